// SPDX-License-Identifier: MIT
// struct.mjs: a PDF's structure tree as pdf.js reads it (issue 16: the
// tree must be read by pdf.js without warnings).
//
//   node tests/pdfjs/struct.mjs [--json] [--strict] PDF
//
// Loads PDF with pdfjs-dist's legacy build (the one meant for Node) and
// prints, for each page, the tree page.getStructTree() gives: each
// element's role, /Alt (or /ActualText) and /Lang, and the text of its
// marked content, found by matching the tree's content ids with those of
// page.getTextContent({includeMarkedContent: true}); a link's
// annotation is printed with its URL or destination.  Text inside
// /Artifact marked content is listed per page as artifacts; text in no
// marked content with an MCID and in no artifact as untagged; text in
// marked content whose MCID no element of the page's tree holds as
// unreferenced.
//
// --json prints one JSON object instead, for jq:
//   {file, pages: [{page, tree, artifacts: [str], untagged: [str],
//    unreferenced: [str]}], warnings: [str]}
// where tree is null or {role: "Root", children}, an element is
// {role, alt?, lang?, text, children} (text: the whole subtree's text,
// white space collapsed, a space between two elements' texts), a content item {type: "content", id, text}, an
// annotation {type: "annotation" or "object", id, subtype?, url?, dest?}.
// For instance, "the tree has an H1 whose text is X":
//   node tests/pdfjs/struct.mjs --json x.pdf |
//       jq -e --arg t X '[.. | objects | select(.role == "H1" and
//           .text == $t)] | length > 0'
// An element on two pages is in both pages' trees (pdf.js builds a page's
// tree from its /StructParents).
//
// Exit status: 0; 1 if pdf.js printed a warning or an error (each is
// printed on stderr, and in --json's warnings) or if no page has a
// structure tree, and with --strict if some text is untagged or
// unreferenced; 2 on a usage error or a PDF pdf.js cannot open.
//
// pdf.js's warnings go to console.log as "Warning: ..." when its
// verbosity is WARNINGS (the default, set here explicitly); console is
// captured before pdf.js is loaded.  Two warnings are not about the PDF
// and are left out: "Cannot polyfill `DOMMatrix`" and "`Path2D`", printed
// on Node when the optional packages canvas and path2d are not installed
// (they are not: npm ci --omit=optional); they matter for rendering
// only, and nothing is rendered here.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const distdir = path.join(here, "node_modules", "pdfjs-dist");
const ENV_WARNING = /^Warning: Cannot polyfill `(DOMMatrix|Path2D)`/;

const messages = [];
for (const level of ["log", "info", "warn", "error", "debug"]) {
	console[level] = (...args) => {
		messages.push({ level, text: args.map(String).join(" ") });
	};
}
const out = (s) => process.stdout.write(s + "\n");
// a reader that stops early (| head) is no error of the PDF
process.stdout.on("error", (e) => {
	if (e.code !== "EPIPE")
		throw e;
	process.exit(process.exitCode ?? 0);
});

// pdf.js's messages about the PDF, printed on stderr
function
pdfjsMessages()
{
	const w = messages.filter((m) => !ENV_WARNING.test(m.text))
	    .map((m) => m.text);
	for (const t of w)
		process.stderr.write(`struct.mjs: pdf.js: ${t}\n`);
	return w;
}

function
usage()
{
	process.stderr.write("usage: node struct.mjs [--json] [--strict] " +
	    "PDF\n");
	process.exit(2);
}

// The text of each marked-content id on a page, the artifacts' text and
// the text outside any tagged or artifact content.
function
markedText(items)
{
	const byId = new Map();
	const artifacts = [];
	const untagged = [];
	const stack = [];	// {id, artifact} of the open sequences
	let artifact = null;	// text of the open outermost artifact

	const owner = () => {
		for (let i = stack.length - 1; i >= 0; i--)
			if (stack[i].id)
				return stack[i].id;
		return null;
	};
	const inArtifact = () => stack.some((m) => m.artifact);
	for (const it of items) {
		if (it.type === "beginMarkedContent" ||
		    it.type === "beginMarkedContentProps") {
			const a = it.tag === "Artifact";
			if (a && !inArtifact())
				artifact = "";
			stack.push({ id: it.id ?? null, artifact: a });
			continue;
		}
		if (it.type === "endMarkedContent") {
			const m = stack.pop();
			if (m?.artifact && !inArtifact()) {
				if (artifact.trim())
					artifacts.push(artifact.trim());
				artifact = null;
			}
			continue;
		}
		const s = (it.str ?? "") + (it.hasEOL ? "\n" : "");
		if (inArtifact()) {
			artifact += s;
			continue;
		}
		const id = owner();
		if (id)
			byId.set(id, (byId.get(id) ?? "") + s);
		else if (it.str?.trim())
			untagged.push(it.str.trim());
	}
	return { byId, artifacts, untagged };
}

const squash = (s) => s.replace(/\s+/g, " ").trim();

// pdf.js's tree with the text and annotations filled in; returns the
// raw (uncollapsed) text of the subtree.
function
fill(node, text, annots)
{
	let all = "";

	for (const kid of node.children ?? []) {
		if (kid.type === "content") {
			kid.text = text.get(kid.id) ?? "";
			text.delete(kid.id);
			all += kid.text;
		} else if (kid.type === "annotation" || kid.type === "object") {
			const a = annots.get(kid.id.replace(/^pdfjs_internal_id_/,
			    ""));
			if (a) {
				kid.subtype = a.subtype;
				if (a.url)
					kid.url = a.url;
				if (a.dest)
					kid.dest = a.dest;
			}
		} else {
			// a space where an element starts or ends: "summit"
			// then a Lbl "1" reads "summit 1", not "summit1"
			all += " " + fill(kid, text, annots) + " ";
		}
	}
	if (node.role !== undefined)
		node.text = squash(all);
	return all;
}

function
annotLabel(kid)
{
	let s = `[${kid.subtype ?? kid.type} ${kid.id}`;
	if (kid.url)
		s += ` ${kid.url}`;
	else if (typeof kid.dest === "string")
		s += ` #${kid.dest}`;
	else if (kid.dest)
		s += " (explicit destination)";
	return s + "]";
}

function
printNode(node, depth)
{
	const pad = "  ".repeat(depth);
	let line = pad + node.role;
	if (node.alt !== undefined)
		line += ` alt=${JSON.stringify(node.alt)}`;
	if (node.lang !== undefined)
		line += ` lang=${node.lang}`;
	const kids = node.children ?? [];
	if (kids.length === 1 && kids[0].type === "content") {
		out(`${line} ${JSON.stringify(squash(kids[0].text))}`);
		return;
	}
	out(line);
	for (const kid of kids) {
		if (kid.type === "content")
			out(`${pad}  ${JSON.stringify(squash(kid.text))}`);
		else if (kid.type !== undefined)
			out(`${pad}  ${annotLabel(kid)}`);
		else
			printNode(kid, depth + 1);
	}
}

async function
main()
{
	const args = process.argv.slice(2);
	let json = false, strict = false;
	while (args.length && args[0].startsWith("--")) {
		const o = args.shift();
		if (o === "--json")
			json = true;
		else if (o === "--strict")
			strict = true;
		else
			usage();
	}
	if (args.length !== 1 || args[0].startsWith("-"))
		usage();
	const file = args[0];
	let data;
	try {
		data = new Uint8Array(fs.readFileSync(file));
	} catch (e) {
		process.stderr.write(`struct.mjs: ${file}: ${e.message}\n`);
		process.exit(2);
	}

	const pdfjs = await import(pathToFileURL(path.join(distdir,
	    "legacy", "build", "pdf.mjs")));
	let doc;
	try {
		doc = await pdfjs.getDocument({
			data,
			verbosity: pdfjs.VerbosityLevel.WARNINGS,
			standardFontDataUrl: path.join(distdir,
			    "standard_fonts") + "/",
			cMapUrl: path.join(distdir, "cmaps") + "/",
			cMapPacked: true,
			isEvalSupported: false,
			disableFontFace: true,
		}).promise;
	} catch (e) {
		pdfjsMessages();
		process.stderr.write(`struct.mjs: ${file}: ${e.message}\n`);
		process.exit(2);
	}

	const result = { file, pages: [], warnings: [] };
	let trees = 0;
	for (let n = 1; n <= doc.numPages; n++) {
		const page = await doc.getPage(n);
		const tc = await page.getTextContent({
		    includeMarkedContent: true });
		const { byId, artifacts, untagged } = markedText(tc.items);
		const annots = new Map();
		for (const a of await page.getAnnotations())
			annots.set(a.id, a);
		const tree = await page.getStructTree();
		if (tree && tree.children?.length) {
			trees++;
			fill(tree, byId, annots);	// takes what it finds
		}
		const unreferenced = [...byId.values()].map(squash)
		    .filter((s) => s);
		result.pages.push({ page: n, tree: tree ?? null, artifacts,
		    untagged, unreferenced });
	}
	await doc.destroy();

	result.warnings = pdfjsMessages();

	if (json) {
		out(JSON.stringify(result, null, 1));
	} else {
		for (const p of result.pages) {
			out(`page ${p.page}`);
			if (!p.tree || !p.tree.children?.length)
				out("  (no structure tree)");
			else
				for (const kid of p.tree.children)
					printNode(kid, 1);
			for (const a of p.artifacts)
				out(`  Artifact ${JSON.stringify(squash(a))}`);
			for (const u of p.untagged)
				out(`  UNTAGGED ${JSON.stringify(u)}`);
			for (const u of p.unreferenced)
				out(`  UNREFERENCED ${JSON.stringify(u)}`);
		}
	}
	let status = result.warnings.length ? 1 : 0;
	if (trees === 0) {
		process.stderr.write(`struct.mjs: ${file}: no page has a ` +
		    "structure tree\n");
		status = 1;
	}
	if (strict) {
		const loose = result.pages.reduce((k, p) => k +
		    p.untagged.length + p.unreferenced.length, 0);
		if (loose) {
			process.stderr.write(`struct.mjs: ${file}: ${loose} ` +
			    "texts neither in the tree nor artifacts\n");
			status = 1;
		}
	}
	process.exitCode = status;
}

main().catch((e) => {
	process.stderr.write(`struct.mjs: ${e.stack ?? e}\n`);
	process.exit(2);
});

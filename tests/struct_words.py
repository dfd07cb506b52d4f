#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Are the words on the page in the structure tree?  (issue 16)

    python3 tests/struct_words.py [-v] [--artifact-regex RE]... PDF
    python3 tests/struct_words.py --self-test

Reads the page's words from `pdftotext -raw PDF -` and the tree's from
`pdfinfo -struct-text PDF` (its quoted text lines; an element's /T
title, printed on the element's own line, is not text of the tree).
The lines of pdftotext's output that match an --artifact-regex (Python
re.search on the line as printed, e.g. the running footer
'\\.md · .* Page [0-9]+ of [0-9]+$') are page furniture: their words are
not looked for in the tree, and they must not be there.

Fails (exit 1) and prints what is wrong when
- the tree lacks a word of the page: the tree's words, counted as a
  multiset, must cover the page's, so a paragraph said once in the tree
  but printed twice is missing once;
- the words of an artifact line are in the tree besides the page's (the
  furniture was tagged; each line is checked against the tree's words
  left over once the page's are matched), or some of them are, found
  nowhere else on the page (the file name of a footer);
- pdfinfo prints no tree or pdftotext no text.
Exit 2 on a usage error or when pdftotext or pdfinfo fails.  -v also
prints the tree's words that are not on the page (an /ActualText, the
footer of a tree that tags it) and the words matched only in parts.

Both texts are normalised the same way before they are split into
words: Unicode NFKC (ligatures, no-break spaces), curly quotes made
straight, zero-width characters dropped, a hyphen (-, U+2010, U+2011
or a soft hyphen) at a line end joining the line's last word to the
next line's first ("burgeon-" "ing" is one word "burgeoning", as is an
/ActualText's "burgeoning"), then hyphens inside a word dropped (so
"comrades-in-arms" is one word whichever line it was broken on), case
folded; a word is a run of letters and digits, with apostrophes inside.
Dashes, slashes, dots and other punctuation separate words.  A word of
one side that the other prints glued or split differently (pdftotext's
"summit1" where the tree has "summit" then a label "1", or a word split
between two elements) is matched by its parts among the other side's
unmatched words.
"""

import argparse
import collections
import re
import subprocess
import sys
import unicodedata

QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u2032": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u2033": '"',
    "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None,
    "\ufeff": None,
})
HYPHENS = "\\-\u2010\u2011\u00ad"
LINE_END_HYPHEN = re.compile(r"(\w)[" + HYPHENS + r"][ \t]*\n\s*(?=\w)")
INNER_HYPHEN = re.compile(r"(?<=\w)[" + HYPHENS + r"](?=\w)")
WORD = re.compile(r"\w+(?:'\w+)*")


def words(text):
    """The normalised words of text, in order."""
    t = unicodedata.normalize("NFKC", text).translate(QUOTES)
    t = LINE_END_HYPHEN.sub(r"\1", t)
    t = INNER_HYPHEN.sub("", t).replace("\u00ad", "")
    return WORD.findall(t.casefold())


def split_into(word, pool):
    """word as two or more words of pool (a Counter), fewest parts
    first; the parts taken from pool, or None."""
    n = len(word)
    best = [None] * (n + 1)     # best[i]: fewest parts spelling word[:i]
    best[0] = []
    for i in range(1, n + 1):
        for j in range(i):
            part = word[j:i]
            if best[j] is None or pool[part] <= best[j].count(part):
                continue
            if best[i] is None or len(best[j]) + 1 < len(best[i]):
                best[i] = best[j] + [part]
    parts = best[n]
    if parts is None or len(parts) < 2:
        return None
    pool.subtract(parts)
    return parts


def compare(page_text, tree_text, artifact_lines):
    """(missing, tagged, extra, split): the page's words that the tree
    lacks; the artifact lines whose words are in the tree besides the
    page's, or some of whose words are in the tree and nowhere else on
    the page, as (line, those words); the tree's words not on the page;
    and the words matched by parts, as (word, parts)."""
    page = collections.Counter(words(page_text))
    tree = collections.Counter(words(tree_text))
    missing = page - tree
    extra = tree - page
    split = []
    # a page word glued from tree words, then a tree word glued from
    # page words (longest first: the likeliest glued)
    for w in sorted(missing, key=len, reverse=True):
        for _ in range(missing[w]):
            parts = split_into(w, extra)
            if parts is None:
                break
            missing[w] -= 1
            split.append((w, parts))
    missing = +missing
    extra = +extra
    for w in sorted(extra, key=len, reverse=True):
        for _ in range(extra[w]):
            parts = split_into(w, missing)
            if parts is None:
                break
            extra[w] -= 1
            split.append((w, parts))
    missing = +missing
    extra = +extra
    tagged = []
    for line in artifact_lines:
        aw = collections.Counter(words(line))
        if aw and not aw - extra:
            extra.subtract(aw)
            tagged.append((line, sorted(aw)))
            continue
        # part of the line: its words found nowhere else on the page
        own = sorted(w for w in aw if page[w] == 0 and extra[w] > 0)
        if own:
            extra.subtract(own)
            tagged.append((line, own))
    return missing, tagged, +extra, split


def run(argv):
    try:
        r = subprocess.run(argv, capture_output=True, check=False)
    except OSError as e:
        sys.exit(f"struct_words: {argv[0]}: {e.strerror}")
    if r.returncode != 0:
        sys.stderr.write(r.stderr.decode("utf-8", "replace"))
        print(f"struct_words: {' '.join(argv)} failed", file=sys.stderr)
        sys.exit(2)
    return r.stdout.decode("utf-8", "replace")


def tree_text(struct_text):
    """The quoted text lines of pdfinfo -struct-text, one a line."""
    out = []
    for line in struct_text.splitlines():
        m = re.fullmatch(r'\s*"(.*)"\s*', line)
        if m:
            out.append(m.group(1))
    return "\n".join(out)


def self_test():
    page = ("Putin’s visit, the burgeon-\ning “unbreakable ties” of "
            "comrades-\nin-arms; the ﬁrst summit1 ended.\n")
    tree = ("Putin's visit, the burgeoning \"unbreakable ties\" of\n"
            "comrades-in-arms; the first summit\n1\nended.")
    ok = True

    def check(what, got, want):
        nonlocal ok
        if got != want:
            print(f"self-test: {what}: {got!r}, want {want!r}")
            ok = False

    check("words", words("Trump–\nKim; e\u00adnough ﬂag-\nship"),
          ["trump", "kim", "enough", "flagship"])
    m, t, _, _ = compare(page, tree, [])
    check("same words", (dict(m), t), ({}, []))
    m, _, _, _ = compare(page, tree.replace("unbreakable ", ""), [])
    check("a word gone", dict(m), {"unbreakable": 1})
    m, _, _, _ = compare(page + page, tree, [])
    check("said twice, once in the tree", sum(m.values()),
          len(words(page)))
    footer = "brief.md · 1a2b3c Page 1 of 2"
    m, t, _, _ = compare(page, tree + "\n" + footer, [footer])
    check("footer in the tree", (dict(m), [x[0] for x in t]), ({}, [footer]))
    m, t, _, _ = compare(page, tree + "\nbrief.md", [footer])
    check("footer's file name in the tree", t, [(footer, ["brief", "md"])])
    m, t, _, _ = compare(page, tree, [footer])
    check("footer not in the tree", (dict(m), t), ({}, []))
    print("self-test: " + ("ok" if ok else "FAILED"))
    return 0 if ok else 1


def main():
    ap = argparse.ArgumentParser(
        description="check that the words of pdftotext -raw are in the "
        "structure tree (pdfinfo -struct-text)")
    ap.add_argument("pdf", nargs="?")
    ap.add_argument("--artifact-regex", action="append", default=[],
                    metavar="RE", help="lines of pdftotext -raw that are "
                    "page furniture (repeatable)")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--self-test", action="store_true")
    a = ap.parse_args()
    if a.self_test:
        return self_test()
    if a.pdf is None:
        ap.error("no PDF")
    try:
        res = [re.compile(r) for r in a.artifact_regex]
    except re.error as e:
        ap.error(f"--artifact-regex: {e}")

    page_lines, artifacts = [], []
    for line in run(["pdftotext", "-raw", "-enc", "UTF-8", a.pdf,
                     "-"]).replace("\f", "\n").splitlines():
        (artifacts if any(r.search(line) for r in res)
         else page_lines).append(line)
    tree = tree_text(run(["pdfinfo", "-struct-text", a.pdf]))
    status = 0
    if not words(tree):
        print(f"struct_words: {a.pdf}: no text in the structure tree")
        return 1
    if not words("\n".join(page_lines)):
        print(f"struct_words: {a.pdf}: pdftotext prints no words")
        return 1
    for r in res:
        if not any(r.search(line) for line in artifacts):
            print(f"struct_words: --artifact-regex {r.pattern!r} "
                  "matches no line")
            status = 1

    missing, tagged, extra, split = compare("\n".join(page_lines), tree,
                                            artifacts)
    n = len(words("\n".join(page_lines)))
    if missing:
        print(f"struct_words: {a.pdf}: {sum(missing.values())} of {n} "
              "words of the page are not in the structure tree:")
        for w, c in sorted(missing.items()):
            print(f"  {w}" + (f" (x{c})" if c > 1 else ""))
        status = 1
    for line, found in tagged:
        print(f"struct_words: {a.pdf}: artifact in the structure tree: "
              f"{line!r} ({' '.join(found)})")
        status = 1
    if a.verbose:
        for w, parts in split:
            print(f"  matched in parts: {w} = {' + '.join(parts)}")
        if extra:
            print("  in the tree, not on the page: " +
                  " ".join(sorted(extra.elements())))
    if status == 0:
        print(f"struct_words: {a.pdf}: the {n} words of the page are in "
              f"the structure tree ({len(artifacts)} artifact lines "
              "left out, none in the tree)")
    return status


if __name__ == "__main__":
    sys.exit(main())

#!/bin/sh
# SPDX-License-Identifier: MIT
# make eval: score the program against a labelled corpus with
# ../shared/tools/corpus-score, print the scorer's table, a summary by
# language (events, relations, actors: articles, gold, predicted,
# matched, P, R, F1; central relation recall) and the change against
# the last line of eval/figures.tsv kept for the same corpus.  --keep
# appends the figures, with the commit and the date, to that file.
# Then tests/headline_check.py reads the English articles' --dump events
# and lists the entries that do not read as headlines (rule 3 of issue
# 10): printed, never a failure.  EVAL_EVENTS=DIR keeps those dumps in
# DIR (NNN-slug.json); otherwise they go with the scratch folder.
#
# Usage: tests/eval.sh [--keep] [BRIEFING [CORPUS]]
#        tests/eval.sh --check [CORPUS]   only check that CORPUS is there
# BRIEFING defaults to build/briefing, CORPUS to ../shared/corpus (beside
# the checkout); SCORER in the environment names another scorer.  The
# figures are read from the scorer's --json output; python3 runs the
# summary because corpus-score is itself a python3 script.
set -eu
export LC_ALL=C.UTF-8
# git status takes no lock that a commit running beside it would meet
export GIT_OPTIONAL_LOCKS=0

keep=0
check=0
while [ $# -gt 0 ]; do
	case $1 in
	--keep) keep=1 ;;
	--check) check=1 ;;
	--) shift; break ;;
	-*) echo "eval: unknown option '$1'" >&2; exit 2 ;;
	*) break ;;
	esac
	shift
done
if [ "$check" = 1 ]; then
	bin=-
	corpus=${1:-}
else
	bin=${1:-}
	corpus=${2:-}
fi

# Paths given are made absolute before moving to the top of the tree;
# the defaults are relative to it.  The corpus is named in
# eval/figures.tsv as given.
abs() {
	case $1 in
	/*) printf '%s\n' "$1" ;;
	*) printf '%s/%s\n' "$(pwd)" "$1" ;;
	esac
}
label=${corpus:-../shared/corpus}
[ -n "$bin" ] && [ "$bin" != - ] && bin=$(abs "$bin")
[ -n "$corpus" ] && corpus=$(abs "$corpus")
cd "$(dirname "$0")/.."
bin=${bin:-build/briefing}
corpus=${corpus:-../shared/corpus}
scorer=${SCORER:-../shared/tools/corpus-score}
figures=eval/figures.tsv

if [ ! -d "$corpus" ]; then
	echo "eval: no corpus folder '$label' (CI and developers keep" \
	    "../shared beside the checkout; make eval CORPUS=DIR scores" \
	    "another folder)" >&2
	exit 1
fi
if ! ls "$corpus"/*/gold.yaml >/dev/null 2>&1; then
	echo "eval: '$label' holds no article folder with a gold.yaml" >&2
	exit 1
fi
if [ ! -f "$scorer" ]; then
	echo "eval: no scorer '$scorer' (it comes with ../shared/tools)" >&2
	exit 1
fi
[ "$check" = 1 ] && exit 0
if [ ! -x "$bin" ]; then
	echo "eval: no program '$bin' (make prog builds it)" >&2
	exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The table as the scorer prints it, then the same scores as JSON.
rc=0
"$scorer" "$bin" "$corpus" all >"$tmp/table" 2>"$tmp/table.err" || rc=$?
cat "$tmp/table"
cat "$tmp/table.err" >&2
if [ "$rc" != 0 ]; then
	echo "eval: corpus-score failed (exit $rc); nothing summed or kept" >&2
	exit 1
fi
rc=0
"$scorer" "$bin" "$corpus" all --json >"$tmp/json" 2>"$tmp/json.err" ||
    rc=$?
if [ "$rc" != 0 ]; then
	cat "$tmp/json.err" >&2
	echo "eval: corpus-score --json failed (exit $rc)" >&2
	exit 1
fi
if [ "$(tail -n 1 "$tmp/table")" != "$(tail -n 1 "$tmp/json")" ]; then
	echo "eval: the scorer's two runs gave different totals" >&2
	exit 1
fi

commit=$(git rev-parse --short HEAD 2>/dev/null) || commit=none
if [ "$commit" != none ] && [ -n "$(git status --porcelain 2>/dev/null)" ]
then
	commit="$commit+dirty"
fi
date=$(date -u +%Y-%m-%dT%H:%M:%SZ)
[ "$keep" = 1 ] && mkdir -p eval

python3 - "$tmp/json" "$figures" "$label" "$commit" "$date" "$keep" \
    <<'EOF'
import json
import os
import sys

jsonf, figures, label, commit, date, keep = sys.argv[1:]
LANGS = ["en", "es", "fr", "de"]
KINDS = [("events", "events_hit", "events_hit", "events_pred",
          "events_gold"),
         ("relations", "rel_good", "rel_hit", "rel_pred", "rel_gold"),
         ("actors", "actors_good", "actors_hit", "actors_pred",
          "actors_gold")]


def fail(msg):
    sys.exit("eval: " + msg)


# the JSON document the scorer prints before its TOTAL line
text = open(jsonf, encoding="utf-8").read()
start = text.find("{")
if start < 0:
    fail("no JSON in the output of corpus-score --json")
try:
    doc, _ = json.JSONDecoder().raw_decode(text[start:])
except ValueError as e:
    fail("corpus-score --json: %s" % e)
rows, total = doc.get("articles", []), doc.get("total", {})
if total.get("failed"):
    fail("corpus-score failed on %d articles" % total["failed"])


def ratio(a, b):
    return a / b if b else 0.0


def f1(p, r):
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


langs = LANGS + sorted({r["lang"] for r in rows} - set(LANGS))
present = ["all"] + [l for l in langs if any(r["lang"] == l for r in rows)]
fig = {}
for scope in ["all"] + langs:
    sel = [r for r in rows if scope == "all" or r["lang"] == scope]
    fig["articles_" + scope] = len(sel) if sel else None
    for kind, right, found, pred, gold in KINDS:
        k = kind + "_" + scope + "_"
        if not sel or any(gold not in r for r in sel):
            for c in ("gold", "pred", "right", "found", "P", "R", "F1"):
                fig[k + c] = None
            continue
        n = {c: sum(r[f] for r in sel) for c, f in
             (("gold", gold), ("pred", pred), ("right", right),
              ("found", found))}
        p, r = ratio(n["right"], n["pred"]), ratio(n["found"], n["gold"])
        fig.update({k + c: v for c, v in n.items()})
        fig.update({k + "P": p, k + "R": r, k + "F1": f1(p, r)})
    k = "central_" + scope + "_"
    if sel and all("central_gold" in r for r in sel):
        g = sum(r["central_gold"] for r in sel)
        h = sum(r["central_hit"] for r in sel)
        fig.update({k + "gold": g, k + "found": h, k + "R": ratio(h, g)})
    else:
        fig.update({k + "gold": None, k + "found": None, k + "R": None})
fig["wrong_state"] = total.get("wrong_state")

# The overall figures are the scorer's own; those by language are summed
# from its articles: both must agree with what it printed.
checks = [("events_all_" + c, "events_" + c.lower()) for c in "PR"] + \
    [("events_all_F1", "events_f1"), ("central_all_R", "central_r")] + \
    [(k + "_all_" + c, k + "_" + c.lower()) for k in ("relations", "actors")
     for c in ("P", "R", "F1")] + \
    [("events_%s_%s" % (l, c), "events_%s_%s" % (c.lower(), l))
     for l in present[1:] for c in ("P", "R", "F1")] + \
    [("actors_%s_F1" % l, "actors_f1_" + l) for l in present[1:]]
for mine, theirs in checks:
    if theirs not in total:
        continue
    if fig[mine] is None or abs(fig[mine] - total[theirs]) > 1e-9:
        fail("figure '%s' %s differs from the scorer's '%s' %s"
             % (mine, fig[mine], theirs, total[theirs]))
    fig[mine] = total[theirs]

print()
print("summary: %d articles in '%s'" % (len(rows), label))
print("%-10s %-4s %8s %5s %5s %5s %5s %5s %5s %5s" % (
    "", "lang", "articles", "gold", "pred", "right", "found", "P", "R", "F1"))
for kind, *_ in KINDS:
    for scope in present:
        k = kind + "_" + scope + "_"
        if fig[k + "gold"] is None:
            continue
        print("%-10s %-4s %8d %5d %5d %5d %5d %5.2f %5.2f %5.2f" % (
            kind, scope, fig["articles_" + scope], fig[k + "gold"],
            fig[k + "pred"], fig[k + "right"], fig[k + "found"],
            fig[k + "P"], fig[k + "R"], fig[k + "F1"]))
for scope in present:
    k = "central_" + scope + "_"
    if fig[k + "gold"] is not None:
        print("%-10s %-4s %8d %5d %5s %5s %5d %5s %5.2f" % (
            "central", scope, fig["articles_" + scope], fig[k + "gold"],
            "", "", fig[k + "found"], "", fig[k + "R"]))
if fig["wrong_state"] is not None:
    print("persons under a wrong state: %d" % fig["wrong_state"])
print("right: predicted items that match, P = right/pred; "
      "found: gold items matched,")
print("R = found/gold; central: the gold relations marked central")

# eval/figures.tsv: a header line, then one line per kept measurement
cols = ["commit", "date", "corpus"] + \
    ["articles_" + s for s in ["all"] + LANGS] + \
    ["%s_%s_%s" % (kind, s, c) for kind, *_ in KINDS
     for s in ["all"] + LANGS
     for c in ("gold", "pred", "right", "found", "P", "R", "F1")] + \
    ["central_%s_%s" % (s, c) for s in ["all"] + LANGS
     for c in ("gold", "found", "R")] + ["wrong_state"]


def cell(v):
    if v is None:
        return "-"
    return "%.4f" % v if isinstance(v, float) else str(v)


cur = dict(fig, commit=commit, date=date, corpus=label)
line = "\t".join(cell(cur.get(c)) for c in cols)
head, last = None, None
if os.path.exists(figures):
    with open(figures, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip()]
    if lines:
        head = lines[0].split("\t")
        for l in lines[1:]:
            v = dict(zip(head, l.split("\t")))
            if v.get("corpus") == label:
                last = v

print()
if last is None:
    print("no kept figures for '%s' in %s to compare with" % (label,
          figures))
else:
    print("change since %s (%s), kept in %s:" % (last.get("commit"),
          last.get("date"), figures))

    def num(v):
        try:
            return float(v)
        except (TypeError, ValueError):
            return None

    def delta(name, key):
        old, new = num(last.get(key)), cur.get(key)
        if old is None or new is None:
            return None
        o, n = round(old, 2), round(new, 2)
        d = n - o
        return "%s %.2f -> %.2f (%+.2f)" % (name, o, n, 0.0 if
                                             abs(d) < 0.005 else d)

    for kind, *_ in KINDS:
        for scope in present:
            k = kind + "_" + scope + "_"
            parts = [p for p in (delta(c, k + c) for c in ("P", "R", "F1"))
                     if p]
            if parts:
                print("%s %s %s" % (kind, scope, "  ".join(parts)))
    for scope in present:
        p = delta("R", "central_%s_R" % scope)
        if p:
            print("central %s %s" % (scope, p))
    for c in cols:
        if c.endswith("_gold") or c.startswith("articles_"):
            o, n = last.get(c), cell(cur.get(c))
            if o is not None and o != n:
                print("note: %s was %s, now %s: the corpus changed" % (
                    c, o, n))

if keep == "1":
    if head is not None and head != cols:
        fail("%s has other columns than this script writes; not kept"
             % figures)
    with open(figures, "a", encoding="utf-8") as f:
        if head is None:
            f.write("\t".join(cols) + "\n")
        f.write(line + "\n")
    print("kept: %s %s in %s" % (commit, date, figures))
    other = [l for l in present[1:] if l not in LANGS]
    if other:
        print("note: %s not kept by language (%s holds %s)" % (
            " ".join(other), figures, " ".join(LANGS)))
EOF

# The English articles' events, the source as the scorer feeds it (its
# own source_for: a plain text becomes Markdown with the gold's date).
events=${EVAL_EVENTS:-$tmp/events}
mkdir -p "$events"
rc=0
python3 - "$scorer" "$bin" "$corpus" "$events" "$tmp" <<'EOF' || rc=$?
import importlib.machinery
import importlib.util
import os
import subprocess
import sys

scorer, binary, corpus, out, tmp = sys.argv[1:]
loader = importlib.machinery.SourceFileLoader("corpus_score", scorer)
spec = importlib.util.spec_from_loader("corpus_score", loader)
cs = importlib.util.module_from_spec(spec)
loader.exec_module(cs)
for d in sorted(os.listdir(corpus)):
    folder = os.path.join(corpus, d)
    goldf = os.path.join(folder, "gold.yaml")
    if not os.path.isfile(goldf):
        continue
    gold = cs.yaml.safe_load(open(goldf, encoding="utf-8"))
    if not str(gold.get("lang", "en")).startswith("en"):
        continue
    src = cs.source_for(folder, gold, tmp)
    if src is None:
        continue
    dst = os.path.join(out, d + ".json")
    with open(dst, "w", encoding="utf-8") as f:
        p = subprocess.run([binary, "--dump", "events", src], stdout=f,
                           stderr=subprocess.DEVNULL, timeout=120)
    if p.returncode != 0:
        os.remove(dst)
        print("headlines: %s: --dump events failed (exit %d)" % (
            d, p.returncode))
EOF
echo
if [ "$rc" != 0 ]; then
	echo "headlines: not checked (dumping the English articles failed)"
elif ! ls "$events"/*.json >/dev/null 2>&1; then
	echo "headlines: no English article to check"
else
	# the dumps named by their article's folder
	top=$(pwd)
	(cd "$events" && python3 "$top/tests/headline_check.py" --summary \
	    *.json) || true
fi

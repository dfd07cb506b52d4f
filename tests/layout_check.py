#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Measure the relations figure of every corpus briefing from its geometry.

Usage: tests/layout_check.py [--bin BRIEFING] [--corpus DIR] [--example MD]
                             [--only geometry|placement] [--summary]
                             [ARTICLE...]

Each article folder of the corpus (default ../shared/corpus; a folder with
article.md or article.txt) and the example (default
assets/examples/putin-north-korea.md) is run through
`BRIEFING --dump layout` (issue 13); ARTICLE files given are measured
instead of those.

geometry: per article, the smallest text (font_pt of nodes and labels),
the edge crossings (points where segments of two edges cross, counted
once within 1.5 pt; not inside a box both edges end at), the edges that
pass through a node box that is not one of their ends, the overlapping
pairs of boxes (nodes and labels, pairwise), and the largest distance
from an edge's label box to its edge's polyline (the edges' labels come
first among the labels, in the order of the edges).  Limits: text >= 7 pt,
at most 1 crossing, no edge through a box, no overlap (the label distance
is printed, not judged).

placement: each briefing is written to a temporary folder; on the page of
the dump (`page`), `pdftotext` (the running footer cut off) must find at
least 40 words that are none of the figure's own words (its names,
labels, legend and caption): no page holds only the figure.

One line per article, then the worst article of each measure and a
summary line.  Exit status 1 if any article breaks a limit, 2 when the
program or a tool fails.  --summary prints the summary lines only.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

MIN_FONT = 7.0
MAX_CROSSINGS = 1
MIN_WORDS = 40
NEAR = 1.5          # crossings closer than this are one
FOOTER_CUT = 48.0   # points at the page's foot: the running footer


def fail(msg):
    print("layout-check: " + msg, file=sys.stderr)
    sys.exit(2)


def articles(corpus, example):
    out = []
    if corpus and os.path.isdir(corpus):
        for name in sorted(os.listdir(corpus)):
            d = os.path.join(corpus, name)
            for f in ("article.md", "article.txt"):
                if os.path.isfile(os.path.join(d, f)):
                    out.append((name, os.path.join(d, f)))
                    break
    elif corpus:
        fail("no corpus folder '%s'" % corpus)
    if example:
        if not os.path.isfile(example):
            fail("no example '%s'" % example)
        out.append(("example", example))
    return out


def run_dump(binary, path):
    p = subprocess.run([binary, "--dump", "layout", path],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        fail("%s --dump layout %s: exit %d\n%s" % (
            binary, path, p.returncode, p.stderr.decode(errors="replace")))
    try:
        return json.loads(p.stdout.decode("utf-8"))
    except ValueError as e:
        fail("%s: the dump is no JSON: %s" % (path, e))


# --- geometry --------------------------------------------------------------

def segments(pts):
    return [(pts[i], pts[i + 1]) for i in range(len(pts) - 1)]


def cross(p, q, r, s):
    """The point where segments pq and rs cross, or None (touching
    collinear segments do not cross)."""
    dx1, dy1 = q[0] - p[0], q[1] - p[1]
    dx2, dy2 = s[0] - r[0], s[1] - r[1]
    den = dx1 * dy2 - dy1 * dx2
    if abs(den) < 1e-12:
        return None
    t = ((r[0] - p[0]) * dy2 - (r[1] - p[1]) * dx2) / den
    u = ((r[0] - p[0]) * dy1 - (r[1] - p[1]) * dx1) / den
    if 0 <= t <= 1 and 0 <= u <= 1:
        return (p[0] + t * dx1, p[1] + t * dy1)
    return None


def inside(pt, box, grow=0.0):
    x, y, w, h = box
    return (x - grow <= pt[0] <= x + w + grow and
            y - grow <= pt[1] <= y + h + grow)


def seg_hits_box(p, q, box, shrink=0.5):
    """1 if segment pq enters the box shrunk by `shrink` (Liang-Barsky)."""
    x0, y0 = box[0] + shrink, box[1] + shrink
    x1, y1 = box[0] + box[2] - shrink, box[1] + box[3] - shrink
    if x1 <= x0 or y1 <= y0:
        return False
    t0, t1 = 0.0, 1.0
    dx, dy = q[0] - p[0], q[1] - p[1]
    for pk, qk in ((-dx, p[0] - x0), (dx, x1 - p[0]),
                   (-dy, p[1] - y0), (dy, y1 - p[1])):
        if pk == 0:
            if qk < 0:
                return False
            continue
        t = qk / pk
        if pk < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


def seg_box_dist(p, q, box):
    """Distance from segment pq to a box (0 when they meet)."""
    if seg_hits_box(p, q, box, 0.0) or inside(p, box):
        return 0.0
    x, y, w, h = box
    corners = [(x, y), (x + w, y), (x, y + h), (x + w, y + h)]
    sides = [(corners[0], corners[1]), (corners[2], corners[3]),
             (corners[0], corners[2]), (corners[1], corners[3])]
    best = min(pt_seg(c, p, q) for c in corners)
    for a, b in sides:
        best = min(best, pt_seg(p, a, b), pt_seg(q, a, b))
    return best


def pt_seg(c, p, q):
    dx, dy = q[0] - p[0], q[1] - p[1]
    ll = dx * dx + dy * dy
    t = 0.0 if ll == 0 else max(0.0, min(1.0, (
        (c[0] - p[0]) * dx + (c[1] - p[1]) * dy) / ll))
    ex, ey = p[0] + t * dx - c[0], p[1] + t * dy - c[1]
    return (ex * ex + ey * ey) ** 0.5


def overlap(a, b):
    return (min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]) > 0.01 and
            min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]) > 0.01)


def geometry(lay):
    nodes, labels, edges = lay["nodes"], lay["labels"], lay["edges"]
    m = {"page": lay["page"], "nodes": len(nodes), "edges": len(edges)}
    fonts = [n["font_pt"] for n in nodes] + [l["font_pt"] for l in labels]
    m["font"] = min(fonts) if fonts else None
    boxes_of = {}
    for n in nodes:
        boxes_of.setdefault(n["name"], []).append(n["box"])
    # crossings: distinct points, outside the boxes both edges end at
    points = []
    segs = [segments(e["points"]) for e in edges]
    for i in range(len(edges)):
        for j in range(i + 1, len(edges)):
            shared = ({edges[i]["from"], edges[i]["to"]} &
                      {edges[j]["from"], edges[j]["to"]})
            shared_boxes = [b for s in shared for b in boxes_of.get(s, [])]
            for p, q in segs[i]:
                for r, s in segs[j]:
                    c = cross(p, q, r, s)
                    if c is None or any(inside(c, b, NEAR)
                                        for b in shared_boxes):
                        continue
                    if all(abs(c[0] - x) > NEAR or abs(c[1] - y) > NEAR
                           for x, y in points):
                        points.append(c)
    m["crossings"] = len(points)
    # edges through a box not their end
    through = 0
    for e, sg in zip(edges, segs):
        for n in nodes:
            if n["name"] in (e["from"], e["to"]):
                continue
            if any(seg_hits_box(p, q, n["box"]) for p, q in sg):
                through += 1
    m["through"] = through
    # overlapping boxes, nodes and labels pairwise
    allb = [n["box"] for n in nodes] + [l["box"] for l in labels]
    m["overlaps"] = sum(1 for i in range(len(allb))
                        for j in range(i + 1, len(allb))
                        if overlap(allb[i], allb[j]))
    # each edge label's distance to its edge
    dist = 0.0
    for e, sg, lb in zip(edges, segs, labels):
        if sg:
            dist = max(dist, min(seg_box_dist(p, q, lb["box"])
                                 for p, q in sg))
    m["label_dist"] = dist
    m["broken"] = [k for k, bad in (
        ("font", m["font"] is not None and m["font"] < MIN_FONT),
        ("crossings", m["crossings"] > MAX_CROSSINGS),
        ("through", m["through"] > 0),
        ("overlaps", m["overlaps"] > 0)) if bad]
    return m


# --- placement -------------------------------------------------------------

WORD = re.compile(r"\w[\w'’.-]*", re.UNICODE)


def words(text):
    return [w.strip(".'’-").lower() for w in WORD.findall(text)
            if w.strip(".'’-")]


def page_height(pdf, page):
    p = subprocess.run(["pdfinfo", "-f", str(page), "-l", str(page), pdf],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    m = re.search(r"Page +%d size: +([\d.]+) x ([\d.]+)" % page,
                  p.stdout.decode("utf-8", "replace"))
    if m is None:
        fail("%s: pdfinfo gives no size for page %d" % (pdf, page))
    return float(m.group(1)), float(m.group(2))


def placement(binary, path, lay, tmp):
    m = {"page": lay["page"]}
    if lay["page"] == 0:
        m["words"] = None
        m["broken"] = []
        return m
    pdf = os.path.join(tmp, "b.pdf")
    p = subprocess.run([binary, "-q", "-o", pdf, path],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        fail("%s -o %s %s: exit %d" % (binary, pdf, path, p.returncode))
    w, h = page_height(pdf, lay["page"])
    t = subprocess.run(["pdftotext", "-f", str(lay["page"]), "-l",
                        str(lay["page"]), "-x", "0", "-y", "0", "-W",
                        str(int(w) + 1), "-H", str(int(h - FOOTER_CUT)),
                        pdf, "-"], stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL)
    if t.returncode != 0:
        fail("pdftotext failed on %s" % pdf)
    own = set()
    for item in lay["nodes"]:
        own.update(words(item["name"]))
    for item in lay["labels"]:
        own.update(words(item["text"]))
    m["words"] = sum(1 for x in words(t.stdout.decode("utf-8", "replace"))
                     if x not in own)
    m["broken"] = ["figure alone"] if m["words"] < MIN_WORDS else []
    return m


# --- report ----------------------------------------------------------------

def fmt_geom(m):
    if m["page"] == 0:
        return "no figure"
    return ("page %d  boxes %2d  edges %2d  font %5.2f  crossings %2d  "
            "through %d  overlaps %d  label-dist %5.1f" % (
                m["page"], m["nodes"], m["edges"], m["font"],
                m["crossings"], m["through"], m["overlaps"],
                m["label_dist"]))


def main(argv):
    binary, corpus = "build/briefing", "../shared/corpus"
    example = "assets/examples/putin-north-korea.md"
    only, summary = None, False
    files = []
    args = list(argv)
    while args:
        a = args.pop(0)
        if a in ("--bin", "--corpus", "--example", "--only") and args:
            v = args.pop(0)
            if a == "--bin":
                binary = v
            elif a == "--corpus":
                corpus = v
            elif a == "--example":
                example = v
            elif v in ("geometry", "placement"):
                only = v
            else:
                fail("--only takes geometry or placement")
        elif a == "--summary":
            summary = True
        elif not a.startswith("-"):
            files.append(a)
        else:
            fail("usage: layout_check.py [--bin BRIEFING] [--corpus DIR] "
                 "[--example MD] [--only geometry|placement] [--summary] "
                 "[ARTICLE...]")
    if not os.access(binary, os.X_OK):
        fail("no program '%s' (make prog builds it)" % binary)
    todo = ([(os.path.basename(f), f) for f in files] if files else
            articles(corpus, example))
    if not todo:
        fail("no article to measure")
    env_tmp = tempfile.TemporaryDirectory(prefix="layout-check.")
    geo, pla = [], []
    with env_tmp as tmp:
        for name, path in todo:
            lay = run_dump(binary, path)
            line = "%-48s" % name
            broken = []
            if only != "placement":
                g = geometry(lay)
                geo.append((name, g))
                line += " " + fmt_geom(g)
                broken += g["broken"]
            if only != "geometry":
                pl = placement(binary, path, lay, tmp)
                pla.append((name, pl))
                if pl["words"] is not None:
                    line += ("  words %3d" % pl["words"] if only is None
                             else "  page %d  words %3d" % (
                                 pl["page"], pl["words"]))
                broken += pl["broken"]
            if broken:
                line += "  BREAKS: " + ", ".join(broken)
            if not summary:
                print(line)
    bad = 0
    if geo:
        fig = [(n, g) for n, g in geo if g["page"] > 0]
        gbad = [n for n, g in geo if g["broken"]]
        bad += len(gbad)
        if fig:
            for key, label, pick in (
                    ("font", "smallest text (pt)", min),
                    ("crossings", "most crossings", max),
                    ("through", "most edges through boxes", max),
                    ("overlaps", "most overlapping boxes", max),
                    ("label_dist", "farthest edge label (pt)", max)):
                n, g = pick(fig, key=lambda x: x[1][key])
                v = g[key]
                print("worst %-26s %s (%s)" % (label + ":", n,
                      ("%.2f" % v) if isinstance(v, float) else v))
            worst = max(fig, key=lambda x: (len(x[1]["broken"]),
                                            -x[1]["font"],
                                            x[1]["crossings"]))
            print("worst article: %s: %s" % (worst[0],
                                             fmt_geom(worst[1])))
        print("layout geometry: %d articles, %d with a figure, %d break "
              "the limits (text >= %g pt, crossings <= %d, no edge "
              "through a box, no overlap)" % (
                  len(geo), len(fig), len(gbad), MIN_FONT, MAX_CROSSINGS))
    if pla:
        fig = [(n, p) for n, p in pla if p["words"] is not None]
        pbad = [n for n, p in pla if p["broken"]]
        bad += len(pbad)
        if fig:
            n, p = min(fig, key=lambda x: x[1]["words"])
            print("fewest words beside the figure: %s (%d on page %d)" % (
                n, p["words"], p["page"]))
        print("layout placement: %d briefings with a figure, %d with a "
              "page holding only the figure (< %d words of text)%s" % (
                  len(fig), len(pbad), MIN_WORDS,
                  (": " + ", ".join(pbad)) if pbad else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

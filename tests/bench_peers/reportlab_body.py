#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The body of a Markdown article set to a PDF with ReportLab's Platypus
(SimpleDocTemplate), for make bench's comparison (tests/bench.sh): the
front matter skipped; headings, paragraphs and bulleted or numbered
lists, with their strong, emphasis, code and links, as flowables of the
sample style sheet.  Only the Markdown the examples use: no tables, no
images, no nested lists.

Usage: reportlab_body.py SOURCE.md OUT.pdf
"""
import re
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (ListFlowable, ListItem, Paragraph,
                                SimpleDocTemplate)


def body_lines(text):
    """The lines after the front matter (between two '---' lines)."""
    lines = text.split("\n")
    if lines and lines[0] == "---":
        for i in range(1, len(lines)):
            if lines[i] == "---":
                return lines[i + 1:]
    return lines


def inline(s):
    """Markdown spans as Platypus's mini-markup, its specials escaped."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = re.sub(r"`([^`]+)`", r'<font face="Courier">\1</font>', s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"\*(.+?)\*", r"<i>\1</i>", s)
    s = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)",
               lambda m: '<a href="%s">%s</a>' % (
                   m.group(2).replace('"', "&quot;"), m.group(1)), s)
    return s


def blocks(lines):
    """(kind, text or items): 'h1'..'h6', 'p', 'ul', 'ol'."""
    para, items, kind = [], [], None
    out = []

    def flush():
        nonlocal para, items, kind
        if para:
            out.append(("p", " ".join(para)))
        if items:
            out.append((kind, items))
        para, items, kind = [], [], None

    for line in lines:
        h = re.match(r"(#{1,6})\s+(.*?)\s*#*\s*$", line)
        b = re.match(r"\s{0,3}([-*+]|\d+[.)])\s+(.*)", line)
        if not line.strip():
            flush()
        elif h:
            flush()
            out.append(("h%d" % len(h.group(1)), h.group(2)))
        elif b:
            k = "ul" if b.group(1) in "-*+" else "ol"
            if para or (items and kind != k):
                flush()
            kind = k
            items.append(b.group(2))
        elif items:
            items[-1] += " " + line.strip()     # a wrapped item
        else:
            para.append(line.strip())
    flush()
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: reportlab_body.py SOURCE.md OUT.pdf")
    with open(sys.argv[1], encoding="utf-8") as f:
        lines = body_lines(f.read())
    ss = getSampleStyleSheet()
    story = []
    for kind, val in blocks(lines):
        if kind[0] == "h":
            story.append(Paragraph(inline(val),
                                   ss["Heading%d" % min(int(kind[1]), 6)]))
        elif kind == "p":
            story.append(Paragraph(inline(val), ss["BodyText"]))
        else:
            story.append(ListFlowable(
                [ListItem(Paragraph(inline(t), ss["BodyText"]))
                 for t in val],
                bulletType="bullet" if kind == "ul" else "1"))
    doc = SimpleDocTemplate(sys.argv[2], pagesize=A4, leftMargin=20 * mm,
                            rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm)
    doc.build(story)


if __name__ == "__main__":
    main()

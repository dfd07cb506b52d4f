# SPDX-License-Identifier: MIT
# The seed text (plain text as tests/e2e/article.txt: the headline on
# line 1, a paragraph a line, short lines without final punctuation as
# headings, "- " bullets with a lead-in up to the first colon) as groff
# -ms input, set as briefing sets it: title, section headings,
# paragraphs, bullets with their lead-in in bold.  For make bench's
# comparison with groff (tests/bench.sh).
# Usage: awk -f seed2ms.awk article.txt >article.ms

# troff's escape character and a control character opening a line
function esc(s) {
	gsub(/\\/, "\\e", s)
	if (s ~ /^[.']/)
		s = "\\&" s
	return s
}

NR == 1 {
	print ".TL"
	print esc($0)
	next
}

/^[ \t]*$/ {
	next
}

/^- / {
	s = substr($0, 3)
	c = index(s, ":")
	print ".IP \\(bu 2"
	if (c > 0)
		print "\\fB" esc(substr(s, 1, c)) "\\fP" substr(s, c + 1)
	else
		print esc(s)
	next
}

# a heading: short, no final punctuation
length($0) < 100 && $0 !~ /[.!?:;,]$/ {
	print ".SH"
	print esc($0)
	next
}

{
	print ".PP"
	print esc($0)
}

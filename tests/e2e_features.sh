#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end test of one article that uses every Markdown feature the
# briefing sets (issue 14): footnotes (numbered, named and URL-shaped), a
# table long enough for two pages, a local image, a code block and
# inline code, strikethrough.  Each is checked in the PDF's text
# (pdftotext) and its objects.  The PNG is written here (python3's
# zlib).  Run from the top of the tree: sh tests/e2e_features.sh.
. "$(dirname "$0")/e2e_lib.sh"

if [ ! -x "$B" ]; then
	echo "FAIL binary"
	echo "  $B is missing: build it with 'make prog'"
	exit 0
fi

D=$T/feat
mkdir -p "$D"

python3 - "$D/map.png" <<'EOF'
import struct, sys, zlib
w, h = 300, 120
def chunk(t, d):
    return (struct.pack('>I', len(d)) + t + d +
            struct.pack('>I', zlib.crc32(t + d) & 0xffffffff))
rows = bytearray()
for y in range(h):
    rows.append(0)
    for x in range(w):
        rows += bytes([40 + x * 200 // w, 90, 200 - y * 150 // h])
open(sys.argv[1], 'wb').write(b'\x89PNG\r\n\x1a\n' +
    chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
    chunk(b'IDAT', zlib.compress(bytes(rows))) + chunk(b'IEND', b''))
EOF

{
	cat <<'EOF'
---
title: Harbour Talks Resume
date: 2025-03-04
---

Delegations from Peru and Chile met in Lima on Monday to review the
fishing accord[^1], and the ministers agreed to meet again in
May[^ministry].  The draft had said the talks would ~~end in March~~
go on into the summer.

![The two harbours and the disputed fishing grounds](map.png)

The quota model the ministries share computes each fleet's share:

```
share   =   catch / total      # per fleet
quota   =   share * ceiling
```

The key figure is `ceiling   =   41000` tonnes a year.

| Port | Fleet | Tonnes | Share |
|------|-------|-------:|------:|
EOF
	i=1
	while [ "$i" -le 70 ]; do
		printf '| Port %d | Fleet %d | %d | %d.%d%% |\n' "$i" "$i" \
		    $((1000 + i * 37)) $((i % 9)) $((i % 10))
		i=$((i + 1))
	done
	cat <<'EOF'

The ministers will report to their parliaments in June.

[^1]: The accord of 2019, which set the first joint quotas.
[^ministry]: https://example.org/ministry/fisheries/2025-talks
EOF
} >"$D/features.md"

run "$D" -o features.pdf features.md
check feat/status status_is 0
check feat/no-warning err_empty
check feat/pdf pdf_ok "$D/features.pdf"
pdftext "$D/features.pdf" "$T/feat.txt"

# footnotes: the numbered note's text and the URL note, no marker
check feat/footnote-text has_text "$T/feat.txt" \
    'The accord of 2019, which set the first joint quotas.'
check feat/footnote-url has_text "$T/feat.txt" \
    'example.org/ministry/fisheries/2025-talks'
check feat/no-marker lacks_text "$T/feat.txt" '[^'
# the table: header on two pages, its last row, amounts right-aligned
pages=$(pdfinfo "$D/features.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
check feat/two-pages-or-more test "${pages:-0}" -ge 2
_heads=0
_p=1
while [ "$_p" -le "${pages:-0}" ]; do
	pdftotext -f "$_p" -l "$_p" -layout "$D/features.pdf" "$T/feat-p.txt" \
	    2>>"$T/poppler.err"
	if grep -Eq 'Port +Fleet +Tonnes +Share' "$T/feat-p.txt"; then
		_heads=$((_heads + 1))
	fi
	_p=$((_p + 1))
done
check feat/table-header-repeated test "$_heads" -ge 2
check feat/table-last-row has_text "$T/feat.txt" 'Port 70 Fleet 70 3590'
# the image: an XObject of its size, its alt text as the caption
pdfimages -list "$D/features.pdf" >"$T/feat.img" 2>>"$T/poppler.err"
check feat/image-embedded file_re "$T/feat.img" ' 300 +120 +rgb'
check feat/image-caption has_text "$T/feat.txt" \
    'The two harbours and the disputed fishing grounds'
# code: its spaces kept (measured in advances of the monospaced
# characters from pdftotext -bbox), in the mono face
pdftotext -bbox "$D/features.pdf" "$T/feat.bbox" 2>>"$T/poppler.err"
# (pdftotext need not list a line's words in order: the nearest W2 to
# the right of W1 on its line is taken)
spaces_between() {
	_n=$(awk -v a="$2" -v b="$3" -F'"' '
	    /<word / { w = $0; sub(/.*">/, "", w); sub(/<.*/, "", w)
		n++; wx0[n] = $2; wy[n] = $4; wx1[n] = $6; ww[n] = w }
	    END { for (i = 1; i <= n; i++) {
		if (ww[i] != a) continue
		adv = (wx1[i] - wx0[i]) / length(a); best = ""
		for (j = 1; j <= n; j++)
			if (ww[j] == b && wy[j] == wy[i] && wx0[j] >= wx1[i] &&
			    (best == "" || wx0[j] < best))
				best = wx0[j]
		if (best != "") { printf "%.2f", (best - wx1[i]) / adv; exit }
	    } }' "$1")
	why="'$2' then '$3': ${_n:-not found} spaces, expected $4"
	[ "$_n" = "$4.00" ]
}
check feat/code-spaces spaces_between "$T/feat.bbox" share = 3
check feat/code-spaces-2 spaces_between "$T/feat.bbox" quota = 3
check feat/inline-code-spaces spaces_between "$T/feat.bbox" ceiling = 3
check feat/mono-font has_font "$D/features.pdf" NotoSansMono
# strikethrough: the words printed, and a line drawn through them
check feat/struck-printed has_text "$T/feat.txt" 'end in March'
# ... but the analysis reads them not
run "$D" --dump text features.md
check feat/struck-not-read jq_ok '[.sentences[].text |
    select(test("end in March"))] | length == 0'

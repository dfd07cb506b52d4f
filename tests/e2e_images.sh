#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end tests of Markdown images: local PNG and JPEG files set at
# column width with their alt text as caption, never upscaled past 150
# dpi; a missing file, a remote URL, a path outside the source's folder
# and an image over the pixel cap are warnings at their line:col with
# the alt text printed instead.  The PNGs are written here (python3's
# zlib), the JPEG by pdftoppm from a briefing.  Run from the top of the
# tree: sh tests/e2e_images.sh.
. "$(dirname "$0")/e2e_lib.sh"

if [ ! -x "$B" ]; then
	echo "FAIL binary"
	echo "  $B is missing: build it with 'make prog'"
	exit 0
fi

D=$T/img
mkdir -p "$D/art/pics"

# mkpng FILE W H [alpha|huge]: a gradient PNG; huge: a header claiming
# 10000 x 5000 pixels over one row of data.
mkpng() {
	python3 - "$@" <<'EOF'
import struct, sys, zlib
path, w, h = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
kind = sys.argv[4] if len(sys.argv) > 4 else ''
def chunk(t, d):
    return (struct.pack('>I', len(d)) + t + d +
            struct.pack('>I', zlib.crc32(t + d) & 0xffffffff))
ct = 6 if kind == 'alpha' else 2
rows = bytearray()
for y in range(1 if kind == 'huge' else h):
    rows.append(0)
    for x in range(w):
        rows += bytes([x * 255 // w, y * 255 // h, 60 + (x // 8 % 2) * 120])
        if ct == 6:
            rows.append(255 if x < w // 2 else 90)
if kind == 'huge':
    w, h = 10000, 5000
ihdr = struct.pack('>IIBBBBB', w, h, 8, ct, 0, 0, 0)
open(path, 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) +
    chunk(b'IDAT', zlib.compress(bytes(rows))) + chunk(b'IEND', b''))
EOF
}

mkpng "$D/art/pics/wide.png" 900 300
mkpng "$D/art/small.png" 120 80 alpha
mkpng "$D/art/huge.png" 40 1 huge
mkpng "$D/outside.png" 60 40
printf 'not an image\n' >"$D/art/fake.png"

# the JPEG: page 1 of the example's briefing, small
run "$T" -o ex.pdf "$EX"
pdftoppm -jpeg -r 12 -f 1 -l 1 -singlefile "$T/ex.pdf" "$D/art/page" \
    2>>"$T/poppler.err"
check img_jpeg_made file_re "$D/art/page.jpg" '.'

cat >"$D/art/images.md" <<'EOF'
---
title: Images in a briefing
date: 2025-03-04
---
Ministers met in Lisbon on Monday to review the grain corridor. The
communiqué was short, and the annex listed three ports.

![Grain shipments by port, 2022 to 2024](pics/wide.png)

A delegate pointed to the scanned first page ![The scanned first
page of the minutes](page.jpg) and to the small map below.

![Small map of the ports](small.png)

Closing paragraph of the article.
EOF

run "$D/art" -o images.pdf images.md
check img_builds status_is 0
check img_no_warning err_empty
check img_pdf pdf_ok "$D/art/images.pdf"
pdfimages -list "$D/art/images.pdf" >"$T/list" 2>>"$T/poppler.err"
# three image XObjects: two decoded PNGs, one JPEG embedded as DCT
check img_three_images file_re "$T/list" '^ +[0-9]+ +2 +image'
check img_png_raw file_re "$T/list" \
    '^ +[0-9]+ +[0-9]+ +image +900 +300 +rgb +3 +8 +image '
check img_jpeg_dct file_re "$T/list" '^ +[0-9]+ +[0-9]+ +image .* jpeg '
# the small one at its natural size, 150 dpi: never upscaled
check img_small_natural file_re "$T/list" \
    '^ +[0-9]+ +[0-9]+ +image +120 +80 +rgb .* 150 +150 '
pdftext "$D/art/images.pdf" "$T/images.txt"
check img_caption has_text "$T/images.txt" \
    'Grain shipments by port, 2022 to 2024'
check img_caption_jpeg has_text "$T/images.txt" \
    'The scanned first page of the minutes'
check img_caption_small has_text "$T/images.txt" 'Small map of the ports'
# the paragraph cut by the image goes on after it
check img_text_after has_text "$T/images.txt" 'and to the small map below.'
check img_no_markup lacks_text "$T/images.txt" '!['
# the same input gives the same bytes
cp "$D/art/images.pdf" "$T/first.pdf"
run "$D/art" -o images.pdf images.md
check img_same_bytes cmp -s "$T/first.pdf" "$D/art/images.pdf"
pdftoppm -r 80 -png -f 1 -l 1 "$D/art/images.pdf" "$T/images" \
    2>>"$T/poppler.err"
check img_poppler_quiet test ! -s "$T/poppler.err"
check img_rendered_page test -s "$T/images-1.png"

# images that cannot be shown: a warning each, the alt text instead
cat >"$D/art/bad.md" <<'EOF'
---
title: Images that cannot be shown
date: 2025-03-04
---
Opening paragraph of the article.

![Remote chart](https://example.org/chart.png)

![Missing chart](missing.png)

![Outside chart](../outside.png)

![Huge chart](huge.png)

![Fake chart](fake.png)

![Protocol chart](//example.org/c.png)

Closing paragraph of the article.
EOF
run "$D/art" -o bad.pdf bad.md
check bad_builds status_is 0
W='warning: image not shown:'
U='https://example\.org/chart\.png'
check bad_remote err_re "^bad\.md:7:1: warning: image '$U' is a remote URL"
check bad_missing err_re "^bad\.md:9:1: $W 'missing\.png': No such file"
check bad_outside err_re \
    "^bad\.md:11:1: $W '\.\./outside\.png' is outside the source's folder"
check bad_huge err_re \
    "^bad\.md:13:1: $W 'huge\.png': 10000 x 5000 pixels, more than 40000000"
check bad_fake err_re "^bad\.md:15:1: $W 'fake\.png': not a PNG or JPEG file"
check bad_protocol err_re \
    "^bad\.md:17:1: warning: image '//example\.org/c\.png' is a remote URL"
check bad_six_warnings test "$(grep -c 'warning: image' "$T/err")" -eq 6
pdfimages -list "$D/art/bad.pdf" >"$T/list" 2>>"$T/poppler.err"
check bad_no_image no_images "$D/art/bad.pdf"
pdftext "$D/art/bad.pdf" "$T/bad.txt"
for w in Remote Missing Outside Huge Fake Protocol; do
	check "bad_alt_$w" has_text "$T/bad.txt" "[$w chart]"
done
check bad_werror_fails sh -c "cd '$D/art' && '$B' --werror -o w.pdf bad.md \
    2>/dev/null; [ \$? -ne 0 ]"

# --allow-path lets the folder outside in
run "$D/art" --allow-path .. -o allowed.pdf bad.md
check allow_outside_shown sh -c "! grep -q 'outside\.png' '$T/err'"
pdfimages -list "$D/art/allowed.pdf" >"$T/list" 2>>"$T/poppler.err"
check allow_one_image file_re "$T/list" '^ +[0-9]+ +0 +image +60 +40 '

# a symlink inside the folder pointing out is refused
ln -s ../outside.png "$D/art/link.png"
printf -- '---\ntitle: Link\n---\nText.\n\n![Linked](link.png)\n' \
    >"$D/art/link.md"
run "$D/art" -o link.pdf link.md
check link_refused err_re "^link\.md:6:1: $W 'link\.png' is a symbolic link"

# taller than a page: scaled down so that it and its caption stand on
# one page
mkpng "$D/art/tall.png" 300 3000
printf -- '---\ntitle: Tall\n---\nText before it.\n\n%s\n\nText after.\n' \
    '![Tall chart caption](tall.png)' >"$D/art/tall.md"
run "$D/art" -o tall.pdf tall.md
check tall_builds status_is 0
pdfimages -list "$D/art/tall.pdf" >"$T/list" 2>>"$T/poppler.err"
_pg=$(awk 'NR > 2 && $3 == "image" { print $1; exit }' "$T/list")
pdftotext -raw -f "${_pg:-1}" -l "${_pg:-1}" "$D/art/tall.pdf" "$T/tall.txt" \
    2>>"$T/poppler.err"
check tall_caption_same_page has_text "$T/tall.txt" 'Tall chart caption'
# drawn smaller than its natural size (300 px at 150 dpi is 144 pt
# wide, 1440 pt tall): more than 150 pixels an inch
check tall_scaled_down awk 'NR > 2 && $3 == "image" { exit !($13 > 150) }' \
    "$T/list"

# SPDX-License-Identifier: MIT
# Writes the small hand-made seeds of tests/fuzz/seeds/fuzz_extract/ into
# the working directory: one embedded source per filter (none, Flate,
# RunLength, ASCII85 + ASCIIHex, an unsupported DCT), unsafe and UTF-16
# names, /AF only, a name tree with kids, no attachment.  The other seeds
# are briefings: briefing.pdf and briefing-pdfa.pdf (--attach-source,
# --pdfa), and qpdf's rewrites of briefing.pdf: qdf.pdf (--qdf
# --object-streams=disable), objstm.pdf (--object-streams=generate),
# enc.pdf (--encrypt "" owner 256 --).
import zlib, binascii, base64
def pdf(objs, root=1):
    out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, root, x)
    return out
def stream(data, extra=b""):
    return b"<< /Type /EmbeddedFile /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"
src = b"---\ntitle: T\n---\nRussia and China met.\n"
pages = b"<< /Type /Pages /Kids [] /Count 0 >>"
def one(name, st, rootextra=b"", specextra=b""):
    return pdf([b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(" + name + b") 3 0 R] >> >> " + rootextra + b" >>",
        pages,
        b"<< /Type /Filespec /F (" + name + b") /UF (" + name + b") /EF << /F 4 0 R /UF 4 0 R >> /AFRelationship /Source " + specextra + b">>",
        st])
open("plain.pdf","wb").write(one(b"a.md", stream(src)))
open("flate.pdf","wb").write(one(b"a.md", stream(zlib.compress(src), b"/Filter /FlateDecode")))
def rle(d):
    o=b""
    for i in range(0,len(d),128):
        c=d[i:i+128]; o+=bytes([len(c)-1])+c
    return o+b"\x80"
open("rle.pdf","wb").write(one(b"a.md", stream(rle(src), b"/Filter /RunLengthDecode")))
open("hex85.pdf","wb").write(one(b"a.md", stream(base64.a85encode(binascii.hexlify(src))+b"~>", b"/Filter [/ASCII85Decode /ASCIIHexDecode]")))
open("dct.pdf","wb").write(one(b"a.md", stream(src, b"/Filter /DCTDecode")))
open("traversal.pdf","wb").write(one(b"../../etc/x.md", stream(src)))
u16 = b"\xfe\xff" + "dir/ü.md".encode("utf-16-be")
open("utf16.pdf","wb").write(pdf([b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(x) 3 0 R] >> >> >>", pages,
    b"<< /Type /Filespec /F (x.md) /UF <" + binascii.hexlify(u16) + b"> /EF << /F 4 0 R >> >>", stream(src)]))
# /AF only, two specs, one marked /Source
open("af.pdf","wb").write(pdf([b"<< /Type /Catalog /Pages 2 0 R /AF [3 0 R 5 0 R] >>", pages,
    b"<< /Type /Filespec /UF (data.csv) /EF << /F 4 0 R >> /AFRelationship /Data >>", stream(b"a,b\n"),
    b"<< /Type /Filespec /UF (src.md) /EF << /F 6 0 R >> /AFRelationship /Source >>", stream(src)]))
# name tree with kids and limits, two files, none marked
open("kids.pdf","wb").write(pdf([b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 3 0 R >> >>", pages,
    b"<< /Kids [4 0 R 5 0 R] >>", b"<< /Limits [(a) (a)] /Names [(a) 6 0 R] >>", b"<< /Limits [(b) (b)] /Names [(b) 7 0 R] >>",
    b"<< /Type /Filespec /F (a.md) /EF << /F 8 0 R >> >>", b"<< /Type /Filespec /F (b.txt) /EF << /F 8 0 R >> >>", stream(src)]))
# no attachment
open("none.pdf","wb").write(pdf([b"<< /Type /Catalog /Pages 2 0 R >>", pages]))

"""A tiny PDF with a real text layer, written by hand for the tests (no PDF of a third party is stored).

The font is the standard Helvetica; a ToUnicode map gives every byte code its Unicode character, so the
text layer carries Vietnamese letters exactly (how the glyphs look does not matter to a text extractor)."""

from __future__ import annotations


def make_pdf(pages: list[list[str]]) -> bytes:
    chars = sorted({c for page in pages for line in page for c in line})
    if len(chars) > 254:
        raise ValueError("too many distinct characters for one simple font")
    code = {c: i + 1 for i, c in enumerate(chars)}
    cmap = "\n".join(["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                      "/CMapName /Fixture def", "/CMapType 2 def",
                      "1 begincodespacerange <00> <FF> endcodespacerange",
                      f"{len(chars)} beginbfchar"]
                     + [f"<{code[c]:02X}> <{ord(c):04X}>" for c in chars]
                     + ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 2 0 R >>")
    add(b"<< /Length %d >>\nstream\n" % len(cmap.encode()) + cmap.encode() + b"\nendstream")
    page_ids = []
    pages_id = 3 + 2 * len(pages)
    for page in pages:
        ops = []
        y = 800
        for line in page:
            hexs = "".join(f"{code[c]:02X}" for c in line)
            ops.append(f"BT /F1 11 Tf 40 {y} Td <{hexs}> Tj ET")
            y -= 16
        stream = "\n".join(ops).encode()
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] "
                            f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>".encode()))
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    assert add(f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()) == pages_id
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)

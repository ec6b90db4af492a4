"""Pages of several PDFs rendered at one resolution and set side by side in one greyscale PNG,
for looking at two engines' pages together (bench/latex_comparison.py --side-by-side).

pdftoppm renders each page as a PGM; the pages are joined here with the standard library alone
(zlib for the PNG), so no imaging package is needed.
"""
import os
import struct
import subprocess
import tempfile
import zlib

GAP = 12  # pixels of mid grey between pages


def render_grey(pdf, page, dpi):
    """(width, height, rows) of one page as 8-bit grey."""
    with tempfile.TemporaryDirectory() as work:
        stem = os.path.join(work, "page")
        subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page),
                        "-singlefile", pdf, stem], check=True)
        with open(stem + ".pgm", "rb") as handle:
            data = handle.read()
    fields, offset = [], 0
    while len(fields) < 4:  # P5, width, height, maxval, each ended by white space
        while data[offset:offset + 1].isspace():
            offset += 1
        end = offset
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[offset:end])
        offset = end
    width, height = int(fields[1]), int(fields[2])
    pixels = data[offset + 1:]
    return width, height, [pixels[y * width:(y + 1) * width] for y in range(height)]


def png_chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def write_png(path, width, rows):
    header = struct.pack(">IIBBBBB", width, len(rows), 8, 0, 0, 0, 0)  # 8-bit grey
    raw = b"".join(b"\x00" + row for row in rows)
    with open(path, "wb") as handle:
        handle.write(b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header)
                     + png_chunk(b"IDAT", zlib.compress(raw, 9)) + png_chunk(b"IEND", b""))


def side_by_side(pages, dpi, path):
    """Writes `pages` ([(pdf, page number)]) left to right into the PNG at `path`."""
    rendered = [render_grey(pdf, page, dpi) for pdf, page in pages]
    height = max(h for _, h, _ in rendered)
    rows = []
    for y in range(height):
        parts = []
        for width, h, page_rows in rendered:
            parts.append(page_rows[y] if y < h else b"\xff" * width)
        rows.append((b"\x80" * GAP).join(parts))
    write_png(path, len(rows[0]), rows)

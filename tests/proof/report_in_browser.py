#!/usr/bin/env python3
"""The HTML proof report as an editor sees it (docs/proof.md, "The HTML report").

Makes a small generated title, records it with `galley pdf`, changes one word, and runs
`galley proof RECORD TITLE --html`. Then:
  1. opens the report in headless Chromium and checks its screenshot: not blank, and the
     outline colour of a changed line is there (the change is marked on a page image);
  2. checks that a page image in the report matches `pdftoppm` of the same page of the PDF
     `galley pdf` wrote, within a small tolerance (the report draws what is printed).

Usage: report_in_browser.py GALLEY [SCREENSHOT]
Standard library only: PNGs are decoded here (zlib + the five scanline filters).
"""
import base64
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

OUTLINE = (230, 0, 126)  # div.mark.line's border (src/proof/html_spreads.cc)
PIXELS_PER_POINT = 1.5   # src/cli/proof_page_images.h
SYLLABLES = ["ka", "lor", "mi", "sen", "tu", "va", "rel", "do", "nis", "pa", "que", "ber",
             "sto", "an", "gri", "el", "mon", "ta", "ver", "o"]


def words(seed, count):
    """Deterministic pseudo-words, as tests/proof/test_title.h makes them."""
    state = (seed * 2654435761 + 12345) % 2**32
    out = []
    for _ in range(count):
        state = (state * 1103515245 + 12345) % 2**32
        n = 1 + ((state >> 16) & 0x7fff) % 4
        word = ""
        for _ in range(n):
            state = (state * 1103515245 + 12345) % 2**32
            word += SYLLABLES[((state >> 16) & 0x7fff) % 20]
        out.append(word)
    return " ".join(out) + "."


def make_title(folder):
    text = ("---\ntitle: Browser Sample\nauthor: Ada Tester\nlanguage: en-US\n"
            "publisher: Galley Tests\ndate: 2026-01-01\n---\n\n")
    for chapter in range(2):
        text += "# Part %d\n\n" % (chapter + 1)
        for paragraph in range(6):
            text += words(chapter * 100 + paragraph, 70 + paragraph * 9) + "\n\n"
    os.makedirs(folder)
    with open(os.path.join(folder, "manuscript.md"), "w", encoding="utf-8") as out:
        out.write(text)
    return text


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def read_png(data):
    """(width, height, channels, rows of bytes) of an 8-bit gray, RGB or RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8, "depth %d" % depth
            channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up = previous[x]
            corner = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                line[x] = (line[x] + paeth(left, up, corner)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def rgb(png, x, y):
    width, height, channels, rows = png
    row = rows[y]
    if channels < 3:
        return (row[x * channels],) * 3
    return tuple(row[x * channels:x * channels + 3])


def check_screenshot(path):
    png = read_png(open(path, "rb").read())
    width, height = png[0], png[1]
    inked = outline = 0
    for y in range(0, height, 2):
        for x in range(0, width, 2):
            r, g, b = rgb(png, x, y)
            if r + g + b < 600:
                inked += 1
            if abs(r - OUTLINE[0]) < 40 and g < 60 and abs(b - OUTLINE[2]) < 50:
                outline += 1
    samples = (width // 2) * (height // 2)
    print("screenshot %dx%d: %.1f%% inked, %d outline pixels" %
          (width, height, 100.0 * inked / samples, outline))
    assert inked > samples // 100, "the screenshot is blank"
    assert outline > 20, "no changed line is outlined in the screenshot"


def check_page_image(report, pdf, folder):
    found = re.search(r'<img alt="before, page [^"]*" src="data:image/png;base64,([^"]+)"',
                      report)
    assert found, "the report has no page image"
    caption = re.search(r'before, page [^<]* \((\d+)\)</figcaption>', report[found.start():])
    page = int(caption.group(1))
    ours = read_png(base64.b64decode(found.group(1)))
    prefix = os.path.join(folder, "poppler")
    subprocess.run(["pdftoppm", "-r", str(72 * PIXELS_PER_POINT), "-f", str(page), "-l",
                    str(page), "-png", "-singlefile", pdf, prefix], check=True)
    theirs = read_png(open(prefix + ".png", "rb").read())
    assert abs(ours[0] - theirs[0]) <= 1 and abs(ours[1] - theirs[1]) <= 1, \
        "image %dx%d, pdftoppm %dx%d" % (ours[0], ours[1], theirs[0], theirs[1])
    # Cairo and poppler anti-alias glyph edges differently (poppler's look heavier), so pixels
    # are compared as 4×4 blocks of grey: a mark moved by two pixels makes about 2 % of blocks
    # far apart, the same page none.
    width, height = min(ours[0], theirs[0]), min(ours[1], theirs[1])
    total = far = blocks = 0
    for y in range(0, height - 3, 4):
        for x in range(0, width - 3, 4):
            a = sum(sum(rgb(ours, x + i, y + j)) for i in range(4) for j in range(4)) / 48
            b = sum(sum(rgb(theirs, x + i, y + j)) for i in range(4) for j in range(4)) / 48
            total += abs(a - b)
            far += abs(a - b) > 64
            blocks += 1
    mean = total / blocks
    print("page %d: blocks differ by %.2f of 255 on average, %.3f%% far apart" %
          (page, mean, 100.0 * far / blocks))
    assert mean < 5, "the page image does not match pdftoppm's"
    assert far < blocks * 0.005, "marks of the page image are not where pdftoppm puts them"


def main():
    galley = sys.argv[1]
    screenshot_copy = sys.argv[2] if len(sys.argv) > 2 else None
    folder = tempfile.mkdtemp(prefix="galley-proof-browser-")
    try:
        title = os.path.join(folder, "title")
        text = make_title(title)
        record = os.path.join(folder, "before.lines.txt")
        pdf = os.path.join(folder, "before.pdf")
        subprocess.run([galley, "-q", "pdf", title, "-o", pdf, "--record", record], check=True)
        paragraph = words(100 + 2, 70 + 2 * 9)  # part 2's third paragraph
        word = paragraph.split()[12]
        assert text.count(paragraph) == 1
        text = text.replace(paragraph, paragraph.replace(" " + word + " ", " corrected ", 1))
        with open(os.path.join(title, "manuscript.md"), "w", encoding="utf-8") as out:
            out.write(text)
        report_path = os.path.join(folder, "report.html")
        run = subprocess.run([galley, "-q", "proof", record, title, "--html", report_path],
                             capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        assert "{+corrected+}" in run.stdout, run.stdout
        report = open(report_path, encoding="utf-8").read()
        assert re.search(r'src="(?!data:)', report) is None, "the report loads something"
        shot = os.path.join(folder, "shot.png")
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                        "--user-data-dir=" + os.path.join(folder, "chromium"),
                        "--window-size=1300,1400", "--screenshot=" + shot,
                        "file://" + report_path],
                       check=True, capture_output=True, timeout=120)
        if screenshot_copy:
            shutil.copyfile(shot, screenshot_copy)
        check_screenshot(shot)
        check_page_image(report, pdf, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("ok")


if __name__ == "__main__":
    main()

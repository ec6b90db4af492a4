"""The lines of a justified book's pages as `pdftotext -bbox-layout` places them, and what a
reader sees in them: hyphenated line ends, runts, widows, club lines and short pages — counted
the same way for any engine's PDF, for bench/latex_comparison.py.

Only words inside the text block count (the page less 18 mm margins, with a few points of slack
for protrusion), so running heads, folios and margin page numbers are left out. Words are
grouped into lines by their vertical centres, so a note reference set higher stays in its line.
A line is *full* when its right edge lies within 3 pt of the measure (the right edge, to the
point, that most lines of four words or more share); *centred* when its left
and right gaps to the measure match (a heading); *indented* when it begins 3 pt or more inside
the left edge (a paragraph's first line, or a note's hanging indent). From these:
  runt        a paragraph's last line holding one word, after a full line
  widow       a paragraph's last line at the top of a page
  club line   a paragraph's first line alone at the foot of a page (an orphan): indented,
              full, and after a line that is not full (so not a hanging indent)
  short page  a page whose last line stands a line or more above the deepest page's, although
              the next page does not open a division (its first line is not sunk)
"""
import re
import statistics
import subprocess
import xml.etree.ElementTree as ET

MILLIMETRE = 72 / 25.4
MARGIN = 18 * MILLIMETRE
SLACK = 8.0  # protrusion, and a descender's box below the last baseline


class Line:
    def __init__(self, words):
        self.words = sorted(words, key=lambda w: w[0])
        self.left = self.words[0][0]
        self.right = max(w[1] for w in self.words)
        self.top = min(w[2] for w in self.words)
        self.bottom = max(w[3] for w in self.words)

    @property
    def text(self):
        return " ".join(w[4] for w in self.words)


def block_words(page):
    """(xMin, xMax, yMin, yMax, text) of each word inside the page's text block."""
    width, height = float(page.get("width")), float(page.get("height"))
    words = []
    for word in page.iter("word"):
        box = tuple(float(word.get(k)) for k in ("xMin", "xMax", "yMin", "yMax"))
        inside = (box[0] >= MARGIN - SLACK and box[1] <= width - MARGIN + SLACK
                  and box[2] >= MARGIN - SLACK and box[3] <= height - MARGIN + SLACK)
        if inside and word.text:
            words.append(box + (word.text,))
    return words


def page_lines(words):
    """Words grouped into lines, top to bottom: a word joins the line whose box holds its
    vertical centre."""
    lines = []
    for word in sorted(words, key=lambda w: w[3]):
        centre = (word[2] + word[3]) / 2
        for line in lines:
            if line[0][2] <= centre <= line[0][3]:
                line.append(word)
                break
        else:
            lines.append([word])
    return sorted((Line(l) for l in lines), key=lambda l: l.bottom)


def read_pages(pdf, first=1, last=None):
    """[[Line]] for pages first..last (1-based, inclusive)."""
    command = ["pdftotext", "-bbox-layout", "-f", str(first)]
    if last:
        command += ["-l", str(last)]
    xml = subprocess.run(command + [pdf, "-"], capture_output=True, text=True, check=True).stdout
    xml = re.sub(r' xmlns="[^"]+"', "", re.sub(r"<!DOCTYPE[^>]*>", "", xml))
    return [page_lines(block_words(page)) for page in ET.fromstring(xml).iter("page")]


def most_common_edge(edges):
    """The edge most lines share, to the point: justified lines end together, however few of
    a play's lines are justified (a median would take a short line's end)."""
    return float(statistics.mode(round(edge) for edge in edges))


class Measure:
    """The measure's edges, from the lines of every page."""
    def __init__(self, pages):
        lines = [l for page in pages for l in page]
        self.left = most_common_edge(l.left for l in lines)
        self.right = most_common_edge(l.right for l in lines if len(l.words) >= 4)
        self.deepest = max(page[-1].bottom for page in pages if page)
        self.highest = min(page[0].top for page in pages if page)

    def full(self, line):
        return abs(line.right - self.right) <= 3.0

    def centred(self, line):
        inset = line.left - self.left
        return inset > 3.0 and abs(inset - (self.right - line.right)) < 3.0

    def indented(self, line):
        return line.left - self.left >= 3.0 and not self.centred(line)

    def paragraph_end(self, line):
        return not self.full(line) and not self.centred(line)


def hyphenated(line, next_line):
    return (next_line is not None and re.search(r"\w[-\u2010\u00ad]$", line.words[-1][4])
            and next_line.words[0][4][:1].islower())


def page_findings(pages, first_page=1):
    """{kind: [(page number, text)]} for hyphens, runts, widows, club lines and short pages."""
    measure = Measure(pages)
    found = {"hyphens": [], "runts": [], "widows": [], "club lines": [], "short pages": []}
    flat = [(index, line) for index, page in enumerate(pages) for line in page]
    for k, (index, line) in enumerate(flat):
        number = first_page + index
        before = flat[k - 1][1] if k else None
        after = flat[k + 1][1] if k + 1 < len(flat) else None
        if measure.full(line) and hyphenated(line, after):
            found["hyphens"].append((number, f"{line.words[-1][4]}{after.words[0][4]}"))
        if (measure.paragraph_end(line) and len(line.words) == 1 and before is not None
                and measure.full(before)):
            found["runts"].append((number, f"{before.words[-1][4]} | {line.text}"))
    for index, page in enumerate(pages):
        if not page:
            continue
        number = first_page + index
        top, foot = page[0], page[-1]
        if measure.paragraph_end(top) and not measure.indented(top) and index > 0 and pages[index - 1] \
                and measure.full(pages[index - 1][-1]):
            found["widows"].append((number, top.text))
        starts_paragraph = len(page) == 1 or not measure.full(page[-2])  # not a hanging indent
        if measure.indented(foot) and measure.full(foot) and starts_paragraph:
            found["club lines"].append((number, foot.text[:40]))
        following = pages[index + 1] if index + 1 < len(pages) else None
        opens_division = following and following[0].top > measure.highest + 26
        lines_short = round((measure.deepest - foot.bottom) / 13)
        if following and not opens_division and lines_short >= 1:
            found["short pages"].append((number, f"{lines_short} line(s) short"))
    return found

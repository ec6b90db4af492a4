"""How an engine shares a justified line's adjustment between its glyphs and its word spaces,
read from the PDF, for bench/latex_comparison.py --profile.

Each word's width is compared with the same word's width in a reference PDF set without font
expansion (LuaLaTeX without microtype, same font and size): a line's glyph expansion is the sum
of its words' widths over the sum of their reference widths, less one; its gap is the mean space
between its words. Only full lines of four words or more whose every word occurs in the reference
count (a word broken at a hyphen differs from its whole). From them: the expansion's percentiles,
how many lines have their glyphs at the limit (beyond 2.6 % for a 3 % limit), and how far the
spaces of the other lines stray from the median gap — near zero when the glyphs take the
adjustment first, as pdfTeX and Galley's default do.
"""
import collections
import statistics

import pdf_page_lines


def reference_widths(pages):
    widths = collections.defaultdict(list)
    for page in pages:
        for line in page:
            for word in line.words:
                widths[word[4]].append(word[1] - word[0])
    return {text: statistics.median(found) for text, found in widths.items()}


def line_adjustments(pages, reference):
    """[(glyph expansion, mean gap)] of the full lines whose words all occur in the reference."""
    measure = pdf_page_lines.Measure(pages)
    found = []
    for page in pages:
        for line in page:
            words = line.words
            if len(words) < 4 or not measure.full(line) or any(w[4] not in reference for w in words):
                continue
            expansion = sum(w[1] - w[0] for w in words) / sum(reference[w[4]] for w in words) - 1
            gaps = [words[i + 1][0] - words[i][1] for i in range(len(words) - 1)]
            found.append((expansion, sum(gaps) / len(gaps)))
    return found


def profile(pages, reference, limit=0.026):
    """One line of text: the expansion's 5th/50th/95th percentiles, the lines at the limit, and
    the spread of the other lines' gaps over the median gap."""
    found = line_adjustments(pages, reference)
    if len(found) < 2:
        return "too few lines to profile"
    expansions = sorted(e for e, _ in found)
    median_gap = statistics.median(g for _, g in found)
    free = [g / median_gap for e, g in found if abs(e) <= limit]
    at = lambda share: 100 * expansions[int(share * (len(expansions) - 1))]
    return (f"{len(found)} lines: glyphs {at(0.05):+.1f} / {at(0.5):+.1f} / {at(0.95):+.1f} % "
            f"(5th, 50th, 95th percentile), {len(found) - len(free)} at the limit; "
            f"the others' gaps vary by {statistics.pstdev(free):.3f} of the median")

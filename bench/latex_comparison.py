#!/usr/bin/env python3
"""latex_comparison.py [SLUG...] [--galley BIN] [--keep DIR] [--details] [--profile]
[--side-by-side N,...]
— a title set by Galley's default template beside the same text set by LuaLaTeX on the same
page, with and without microtype (issue 11; docs/linebreak.md, "Side by side with LuaLaTeX").

For each title in content/ (default kronstadt-21): the manuscript goes through pandoc into a
LuaLaTeX document set like templates/print/default.template (bench/latex_document.py: A5, 18 mm
margins, the committed EB Garamond files, 10/13, Galley's 0.3 em word space), in four variants
— no microtype, microtype's defaults, microtype with 3 % expansion in 0.5 % steps like Galley's,
and that with each paragraph's last two words tied as Galley ties them — each run through one
lualatex pass; `galley pdf` sets the title with the default template.
Galley's pages before the text (title, imprint, contents) are left out: the text starts on the
page holding the first full line of LuaLaTeX's first page. Over those pages the script prints
../shared/tools/spacing-stats's figures (spread = CV of the per-line mean gap, p95/median,
loose, tight, hyphenated line ends) and bench/pdf_page_lines.py's (runts, widows, club lines,
short pages), counted the same way for every engine.

  --details           lists each engine's hyphenated line ends, runts, widows, club lines and
                      short pages, with their page numbers
  --side-by-side N,.. writes DIR/<slug>-page-N.png: the text's Nth page of Galley, LuaLaTeX with
                      3 % expansion and LuaLaTeX without microtype, at 100 dpi (needs --keep)
  --profile           how each engine shares a line's adjustment between glyphs and spaces
                      (bench/line_profile.py, against the no-microtype PDF's word widths)
  --keep DIR          keeps the .tex, .log and PDFs in DIR (else a temporary folder)

Below the table: how many paragraphs each LuaLaTeX variant set in its first pass, the one
without hyphenation (TeX's \pretolerance), from \tracingparagraphs in its log.

Needs pandoc, lualatex with fontspec and microtype, qpdf and poppler-utils
(scripts/install-bench-tools.sh pandoc texlive-luatex texlive-latex-recommended) and the
publisher's tools beside the repository (../shared/tools). Takes about 20 s of lualatex per
variant on the 2-core machine.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

import latex_document
import line_profile
import pdf_page_lines
from bench_command_line import ROOT, require_galley
from side_by_side import side_by_side

SPACING_STATS = os.path.join(os.path.dirname(ROOT), "shared", "tools", "spacing-stats")
FIGURES = (("spread", r"spread \(CV\) ([\d.]+)"), ("p95/median", r"p95/median ([\d.]+)"),
           ("loose", r"loose ([\d.]+%)"), ("tight", r"tight ([\d.]+%)"),
           ("hyphens", r"hyphenated ends (\d+)"))
FINDINGS = ("runts", "widows", "club lines", "short pages")


def run_lualatex(tex_path):
    """The PDF lualatex makes of tex_path (one pass: no cross-references to resolve)."""
    folder, name = os.path.split(tex_path)
    result = subprocess.run(["lualatex", "-interaction=nonstopmode", "-halt-on-error", name],
                            cwd=folder, capture_output=True, text=True)
    pdf = tex_path[:-4] + ".pdf"
    if result.returncode != 0 or not os.path.exists(pdf):
        sys.exit(f"lualatex failed on {tex_path}; see {tex_path[:-4]}.log")
    return pdf


def page_count(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def first_text_page(pdf, words):
    """The first page of `pdf` whose text holds `words` (white space folded)."""
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    for number, page in enumerate(text.split("\f"), start=1):
        if words in " ".join(page.split()):
            return number
    sys.exit(f"cannot find the text's first words ({words!r}) in {pdf}")


def opening_words(pdf):
    """The first four words of the first full line of the PDF's first page."""
    pages = pdf_page_lines.read_pages(pdf, 1, 1)
    measure = pdf_page_lines.Measure(pdf_page_lines.read_pages(pdf))
    line = next(l for l in pages[0] if measure.full(l))
    return " ".join(w[4] for w in line.words[:4])


def spacing_figures(pdf, first, work):
    """spacing-stats's figures over pages first..end."""
    part = os.path.join(work, "pages.pdf")
    subprocess.run(["qpdf", pdf, "--pages", pdf, f"{first}-z", "--", part], check=True)
    output = subprocess.run([SPACING_STATS, part], capture_output=True, text=True, check=True).stdout
    return {name: re.search(pattern, output).group(1) for name, pattern in FIGURES}


def measure(engine, pdf, first, work):
    figures = spacing_figures(pdf, first, work)
    findings = pdf_page_lines.page_findings(pdf_page_lines.read_pages(pdf, first), 1)
    figures.update({kind: str(len(findings[kind])) for kind in FINDINGS})
    figures["pages"] = str(page_count(pdf) - first + 1)
    return engine, figures, findings


def print_table(slug, rows):
    columns = [name for name, _ in FIGURES] + list(FINDINGS) + ["pages"]
    print(f"\n{slug}\n| engine | " + " | ".join(columns) + " |")
    print("| --- |" + " --- |" * len(columns))
    for engine, figures, _ in rows:
        print(f"| {engine} | " + " | ".join(figures[c] for c in columns) + " |")


def first_passes(pdf):
    """"66 of 67": the paragraphs the log shows set in the first pass, of all it traced."""
    with open(pdf[:-4] + ".log", encoding="utf-8", errors="replace") as handle:
        log = handle.read()
    tried = len(re.findall(r"^@firstpass$", log, re.M))
    second = len(re.findall(r"^@secondpass$", log, re.M))
    return f"{tried - second} of {tried}"


def print_details(rows):
    for engine, _, findings in rows:
        print(f"\n{engine} (page numbers count from the text's first page):")
        for kind, items in findings.items():
            listed = "; ".join(f"p{page} {what}" for page, what in items) or "none"
            print(f"  {kind}: {listed}")


def compare(slug, galley, work, args):
    manuscript = os.path.join(ROOT, "content", slug, "manuscript.md")
    keys, body = latex_document.latex_body(manuscript)
    latex_pdfs = {}
    for variant in latex_document.VARIANTS:
        tex = os.path.join(work, f"{slug}-{re.sub(r'[^a-z0-9]+', '-', variant)}.tex")
        with open(tex, "w", encoding="utf-8") as handle:
            handle.write(latex_document.latex_document(keys, body, variant))
        latex_pdfs[variant] = run_lualatex(tex)
    galley_pdf = os.path.join(work, f"{slug}-galley.pdf")
    subprocess.run([galley, "-q", "pdf", os.path.join(ROOT, "content", slug), "-o", galley_pdf],
                   check=True)
    galley_first = first_text_page(galley_pdf, opening_words(latex_pdfs["no microtype"]))
    rows = [measure("Galley default", galley_pdf, galley_first, work)]
    rows += [measure(f"LuaLaTeX, {variant}", pdf, 1, work) for variant, pdf in latex_pdfs.items()]
    print_table(slug, rows)
    print("LuaLaTeX paragraphs set in the first pass, without hyphenation: "
          + "; ".join(f"{variant} {first_passes(pdf)}" for variant, pdf in latex_pdfs.items()))
    if args.profile:
        reference = line_profile.reference_widths(pdf_page_lines.read_pages(latex_pdfs["no microtype"]))
        for engine, pdf, first in (("Galley default", galley_pdf, galley_first),
                                   ("LuaLaTeX, microtype 3 %", latex_pdfs["microtype 3 % expansion"], 1)):
            print(f"{engine}: {line_profile.profile(pdf_page_lines.read_pages(pdf, first), reference)}")
    if args.details:
        print_details(rows)
    for page in args.side_by_side:
        png = os.path.join(work, f"{slug}-page-{page}.png")
        side_by_side([(galley_pdf, galley_first + page - 1),
                      (latex_pdfs["microtype 3 % expansion"], page),
                      (latex_pdfs["no microtype"], page)], 100, png)
        print(f"wrote {png}: Galley | LuaLaTeX + microtype 3 % | LuaLaTeX without microtype")


def main():
    parser = argparse.ArgumentParser(description="A title set by Galley beside LuaLaTeX on the same page.")
    parser.add_argument("slugs", nargs="*", default=["kronstadt-21"])
    parser.add_argument("--galley", default=os.path.join(ROOT, "build", "galley"))
    parser.add_argument("--keep")
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--side-by-side", default="",
                        type=lambda s: [int(n) for n in s.split(",") if n])
    args = parser.parse_args()
    galley = require_galley(args.galley, "pass --galley")
    for tool in ("pandoc", "lualatex", "qpdf", "pdftotext", "pdftoppm"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is not installed (scripts/install-bench-tools.sh; poppler-utils, qpdf)")
    if not os.access(SPACING_STATS, os.X_OK):
        sys.exit(f"no {SPACING_STATS}: the publisher's tools must be beside the repository")
    if args.side_by_side and not args.keep:
        sys.exit("--side-by-side writes its pictures into the --keep folder: name one")
    work = os.path.abspath(args.keep) if args.keep else tempfile.mkdtemp(prefix="latex-comparison-")
    os.makedirs(work, exist_ok=True)
    try:
        for slug in args.slugs:
            compare(slug, galley, work, args)
    finally:
        if not args.keep:
            shutil.rmtree(work)


if __name__ == "__main__":
    main()

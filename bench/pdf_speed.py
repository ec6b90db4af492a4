#!/usr/bin/env python3
"""pdf_speed.py [GALLEY] — `galley pdf` end to end against groff, LuaLaTeX and WeasyPrint
(issue 4, "Speed").

Times whole processes, as a user meets them, side by side in one run: each round runs Galley and
then every installed engine once, so all of them meet the same load (the 2-core machine is
shared, and a load that changes over a minute would otherwise favour whichever ran first).
Prints the medians over the rounds of wall time and of CPU time (user + system, from wait4, the
process and the children it waited for), pages per second, peak resident memory (the largest
of the runs) and the ratio of each engine's time to Galley's, on wall and on CPU time. Books:
the pamphlet and the long book (bench/make-long-book.sh, made here when missing). The same
manuscript goes through the other engines when they are installed, each timed on its own
typesetting step (pandoc's conversion is done once, untimed):
  groff       pandoc -t ms, then groff -ms -Tpdf          (scripts/install-bench-tools.sh pandoc groff)
  LuaLaTeX    pandoc -t latex -s, then one lualatex pass  (... texlive-luatex)
  WeasyPrint  pandoc -t html5 -s, then weasyprint         (... weasyprint)
An engine that is missing is reported as "not installed". Run from anywhere; GALLEY defaults to
build/galley; --rounds N sets the pamphlet's rounds (the long book gets a third as many, at
least 3); --pamphlet measures the pamphlet alone. Figures go into bench/README.md by hand.
"""
import os
import shutil
import subprocess
import sys
import tempfile

from bench_command_line import speed_arguments
from measured_process import measure_ok, medians

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BOOKS = (("pamphlet", os.path.join(ROOT, "content/kronstadt-21/manuscript.md"), 15),
         ("long book", os.path.join(ROOT, "out/long-book/manuscript.md"), 5))


def alternate(commands, rounds):
    """Runs every (command, cwd) once per round, in turn; per command the median wall and CPU
    seconds and the largest peak RSS."""
    results = [[] for _ in commands]
    for _ in range(rounds):
        for index, (command, cwd) in enumerate(commands):
            results[index].append(measure_ok(command, cwd))
    return [medians(runs) for runs in results]


def pdf_pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    for line in info.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 0


def pandoc(manuscript, to, output, extra=()):
    subprocess.run(["pandoc", "-f", "markdown", "-t", to, *extra, manuscript, "-o", output],
                   check=True, cwd=ROOT)


def other_engines(manuscript, work, runs):
    """(name, command, cwd, pdf) for each installed engine, or (name, None, why not)."""
    engines = []
    have_pandoc = shutil.which("pandoc") is not None
    if not have_pandoc:
        return [(name, None, "not installed (needs pandoc)") for name in
                ("groff -ms", "LuaLaTeX", "WeasyPrint")]
    groff_pdf = shutil.which("groff") and subprocess.run(
        ["groff", "-Tpdf"], input=b"", capture_output=True).returncode == 0
    if groff_pdf:
        ms = os.path.join(work, "book.ms")
        pandoc(manuscript, "ms", ms)
        engines.append(("groff -ms", ["sh", "-c", "groff -ms -k -Tpdf book.ms > groff.pdf"], work,
                        os.path.join(work, "groff.pdf")))
    else:
        engines.append(("groff -ms", None, "not installed (groff with its pdf device)"))
    if shutil.which("lualatex"):
        tex = os.path.join(work, "book.tex")
        pandoc(manuscript, "latex", tex, ["-s", "-V", "papersize=a5", "-V", "geometry:margin=18mm",
                                          "-V", "fontsize=10pt"])
        engines.append(("LuaLaTeX (1 pass)", ["lualatex", "-interaction=batchmode", tex], work,
                        os.path.join(work, "book.pdf")))
    else:
        engines.append(("LuaLaTeX", None, "not installed"))
    if shutil.which("weasyprint"):
        html = os.path.join(work, "book.html")
        pandoc(manuscript, "html5", html, ["-s"])
        engines.append(("WeasyPrint", ["weasyprint", html, os.path.join(work, "weasy.pdf")], work,
                        os.path.join(work, "weasy.pdf")))
    else:
        engines.append(("WeasyPrint", None, "not installed"))
    return engines


def main():
    galley, rounds, pamphlet_only = speed_arguments(sys.argv[1:])
    books = BOOKS[:1] if pamphlet_only else BOOKS
    if not pamphlet_only and not os.path.exists(BOOKS[1][1]):
        subprocess.run([os.path.join(ROOT, "bench/make-long-book.sh")], check=True)
    work = tempfile.mkdtemp(prefix="pdf-speed-")
    print(f"{'book':<10} {'engine':<20} {'wall':>10} {'CPU':>10} {'pages/s':>9} {'peak RSS':>10}")
    for name, manuscript, book_rounds in books:
        book_rounds = rounds if book_rounds > 5 else max(3, rounds // 3)
        pdf = os.path.join(work, "galley.pdf")
        engines = other_engines(manuscript, work, book_rounds)
        installed = [e for e in engines if e[1] is not None]
        commands = [([galley, "-q", "pdf", manuscript, "-o", pdf], ROOT)]
        commands += [(command, cwd) for _, command, cwd, _ in installed]
        figures = alternate(commands, book_rounds)
        wall, cpu, rss = figures[0]
        pages = pdf_pages(pdf)
        print(f"{name:<10} {'galley':<20} {wall * 1000:>8.1f}ms {cpu * 1000:>8.1f}ms "
              f"{pages / wall:>9.0f} {rss:>7.1f} MB   ({pages} pages, {book_rounds} rounds)")
        for (engine, _, _, their_pdf), (their_wall, their_cpu, their_rss) in zip(installed, figures[1:]):
            their_pages = pdf_pages(their_pdf)
            print(f"{name:<10} {engine:<20} {their_wall * 1000:>8.1f}ms {their_cpu * 1000:>8.1f}ms "
                  f"{their_pages / their_wall:>9.0f} {their_rss:>7.1f} MB   ({their_pages} pages)"
                  f"   galley is {their_wall / wall:.2f}x faster (CPU {their_cpu / cpu:.2f}x)")
        for engine, command, why, *_ in engines:
            if command is None:
                print(f"{name:<10} {engine:<20} {why}")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""memory_scale.py [--galley GALLEY] [--sizes 1,1.7,4,16] [--keep DIR] [--report] — time and peak
memory of `galley pdf` against the size of the book (issue 10, "Linear time, bounded memory").

Each size is a multiple of the long book (bench/make-long-book.sh: Kronstadt 21's body 60 times,
1.7 MB of manuscript, about 740 pages); a size of 4 is the body 240 times. For each, one
`galley -q pdf` run as a user makes it (the PDF and its layout record beside it) is measured
through wait4 (measured_process.py): wall time, CPU time (user + system, the figure to trust
when other work shares the cores), peak resident memory, and the same per 1x of input, which
stays flat when growth is linear. 1.7x stands in for War and Peace (Project Gutenberg #2600,
1,257 pages), 29x for a 50 MB manuscript. With --report each size is also run as
`galley -q pdf --report` (the quality report on standard output, which is discarded), right
after the plain run, and the table gets its CPU time and peak memory beside the plain run's.
The books are made in a temporary folder (or DIR with --keep, where they are reused) and the
load average is printed, since wall time under load means little. Figures go into
bench/README.md by hand.
"""
import argparse
import os
import shutil
import subprocess
import tempfile

from bench_command_line import load_average, require_galley
from measured_process import measure_ok

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COPIES_PER_X = 60  # the long book: Kronstadt 21's body 60 times


def make_book(folder, size):
    copies = round(COPIES_PER_X * size)
    book = os.path.join(folder, f"book-{copies}")
    manuscript = os.path.join(book, "manuscript.md")
    if not os.path.exists(manuscript):
        subprocess.run([os.path.join(ROOT, "bench/make-long-book.sh"), book, str(copies)],
                       check=True, stderr=subprocess.DEVNULL)
    return book, os.path.getsize(manuscript)


def run(galley, book, pdf, report=False):
    """Wall seconds, CPU seconds and peak RSS in MB of one `galley pdf`; exits on failure."""
    return measure_ok([galley, "-q", "pdf", book, "-o", pdf] + (["--report"] if report else []))


def pages_of(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    for line in info.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--galley", default=os.path.join(ROOT, "build/galley"))
    parser.add_argument("--sizes", default="1,1.7,4,16",
                        help="multiples of the long book, comma-separated (29 is about 50 MB)")
    parser.add_argument("--keep", help="make the books in this folder and keep them")
    parser.add_argument("--report", action="store_true",
                        help="also run each size with --report and show its CPU and memory")
    args = parser.parse_args()
    galley = require_galley(args.galley, "pass --galley")
    folder = args.keep or tempfile.mkdtemp(prefix="memory-scale-")
    os.makedirs(folder, exist_ok=True)
    print(load_average("start"))
    report_head = " --report: CPU | --report: peak RSS |" if args.report else ""
    print("| size | manuscript | pages | wall | CPU (user+sys) | peak RSS | CPU per 1x | "
          "RSS per 1x |" + report_head)
    print("| --- " * (8 + 2 * args.report) + "|")
    try:
        for size in (float(s) for s in args.sizes.split(",")):
            book, manuscript_bytes = make_book(folder, size)
            pdf = os.path.join(folder, f"{os.path.basename(book)}.pdf")
            wall, cpu, rss = run(galley, book, pdf)
            pages = pages_of(pdf)
            row = (f"| {size:g}x | {manuscript_bytes / 1e6:.1f} MB | {pages:,} | {wall:.1f} s | "
                   f"{cpu:.1f} s | {rss:.0f} MB | {cpu / size:.2f} s | {rss / size:.0f} MB |")
            if args.report:
                _, report_cpu, report_rss = run(galley, book, pdf, report=True)
                row += f" {report_cpu:.1f} s | {report_rss:.0f} MB |"
            print(row, flush=True)
            for leftover in (pdf, pdf[:-4] + ".lines.txt"):
                if not args.keep and os.path.exists(leftover):
                    os.remove(leftover)
    finally:
        if not args.keep:
            shutil.rmtree(folder)
    print(load_average("end"))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""epub_speed.py [GALLEY] — `galley epub` end to end against `pandoc -t epub3` (issue 3, "Speed").

Times whole processes, as a user meets them, side by side: each round runs Galley with its cache
warm (the cover and font subsets kept in out/.galley-cache from an earlier build), then pandoc
when installed (`-f markdown -t epub3` on the same manuscript), so both meet the same load on a
shared machine; then Galley cold (--no-cache: the cover drawn and the fonts subset anew) a few
times. Prints the medians of wall and of CPU time (user + system, from wait4), peak resident
memory (the largest of the runs), and pandoc's time over Galley's warm time on both. Books: the
pamphlet and the long book (bench/make-long-book.sh, made here when missing); --pamphlet
measures the pamphlet alone, --rounds N sets its rounds (the long book gets a third, at least
3). Run from anywhere; GALLEY defaults to build/galley. Figures go into bench/README.md by hand.
"""
import os
import shutil
import subprocess
import sys
import tempfile

from bench_command_line import speed_arguments
from measured_process import measure_ok, medians

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAMPHLET = os.path.join(ROOT, "content/kronstadt-21/manuscript.md")
LONG_BOOK = os.path.join(ROOT, "out/long-book/manuscript.md")


def run_once(command):
    return measure_ok(command, cwd=ROOT)


def main():
    galley, rounds, pamphlet_only = speed_arguments(sys.argv[1:])
    if not pamphlet_only and not os.path.exists(LONG_BOOK):
        subprocess.run([os.path.join(ROOT, "bench/make-long-book.sh")], check=True)
    pandoc = shutil.which("pandoc")
    out = tempfile.mkdtemp(prefix="epub-speed-")
    os.makedirs(os.path.join(ROOT, "out"), exist_ok=True)

    books = [("pamphlet", PAMPHLET, rounds)]
    if not pamphlet_only:
        books.append(("long book", LONG_BOOK, max(3, rounds // 3)))
    print(f"{'book':<10} {'tool':<22} {'wall':>9} {'CPU':>9} {'peak RSS':>10}")
    for name, manuscript, book_rounds in books:
        epub = os.path.join(ROOT, "out", f"speed-{name.replace(' ', '-')}.epub")
        command = [galley, "-q", "epub", manuscript, "-o", epub]
        theirs_command = [pandoc, "-f", "markdown", "-t", "epub3", manuscript,
                          "-o", os.path.join(out, "pandoc.epub")] if pandoc else None
        run_once(command)  # fills out/.galley-cache
        warm_runs, their_runs = [], []
        for _ in range(book_rounds):
            warm_runs.append(run_once(command))
            if theirs_command:
                their_runs.append(run_once(theirs_command))
        cold = medians([run_once(command + ["--no-cache"]) for _ in range(max(3, book_rounds // 3))])
        warm = medians(warm_runs)
        print(f"{name:<10} {'galley (cache warm)':<22} {warm[0] * 1000:>7.1f}ms {warm[1] * 1000:>7.1f}ms "
              f"{warm[2]:>7.1f} MB   ({book_rounds} rounds)")
        print(f"{name:<10} {'galley (--no-cache)':<22} {cold[0] * 1000:>7.1f}ms {cold[1] * 1000:>7.1f}ms "
              f"{cold[2]:>7.1f} MB")
        if their_runs:
            theirs = medians(their_runs)
            print(f"{name:<10} {'pandoc -t epub3':<22} {theirs[0] * 1000:>7.1f}ms "
                  f"{theirs[1] * 1000:>7.1f}ms {theirs[2]:>7.1f} MB   ratio {theirs[0] / warm[0]:.1f}x "
                  f"(CPU {theirs[1] / warm[1]:.1f}x; cold {theirs[0] / cold[0]:.1f}x)")
        os.remove(epub)
    if not pandoc:
        print("pandoc is not installed: no comparison (scripts/install-bench-tools.sh pandoc)")
    shutil.rmtree(out)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""epub_speed.py [GALLEY] — `galley epub` end to end against `pandoc -t epub3` (issue 3, "Speed").

Times whole processes, as a user meets them: wall time (median of several runs) and peak
resident memory (the largest of the runs, from wait4), for the pamphlet and for the long book
(bench/make-long-book.sh, made here when missing). Galley runs with its cache warm (the cover
and font subsets kept in out/.galley-cache from an earlier build) and cold (--no-cache: the
cover drawn and the fonts subset anew). pandoc, when installed, converts the same manuscript
with `-f markdown -t epub3`; the ratio is pandoc's time over Galley's warm time.
Run from anywhere; GALLEY defaults to build/galley. Figures go into bench/README.md by hand.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAMPHLET = os.path.join(ROOT, "content/kronstadt-21/manuscript.md")
LONG_BOOK = os.path.join(ROOT, "out/long-book/manuscript.md")


def run_once(command):
    """Wall seconds and peak RSS in MB of one run; fails loudly on a non-zero exit."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command)}\n{process.stderr.read().decode()}")
    return wall, usage.ru_maxrss / 1024


def measure(command, runs):
    results = [run_once(command) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def main():
    galley = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build/galley"))
    if not os.path.exists(galley):
        sys.exit(f"no galley binary at {galley}: build it first or pass its path")
    if not os.path.exists(LONG_BOOK):
        subprocess.run([os.path.join(ROOT, "bench/make-long-book.sh")], check=True)
    pandoc = shutil.which("pandoc")
    out = tempfile.mkdtemp(prefix="epub-speed-")
    os.makedirs(os.path.join(ROOT, "out"), exist_ok=True)

    print(f"{'book':<10} {'tool':<22} {'wall':>9} {'peak RSS':>10}")
    for name, manuscript, runs in (("pamphlet", PAMPHLET, 15), ("long book", LONG_BOOK, 5)):
        epub = os.path.join(ROOT, "out", f"speed-{name.replace(' ', '-')}.epub")
        command = [galley, "-q", "epub", manuscript, "-o", epub]
        run_once(command)  # fills out/.galley-cache
        warm = measure(command, runs)
        cold = measure(command + ["--no-cache"], max(3, runs // 3))
        print(f"{name:<10} {'galley (cache warm)':<22} {warm[0] * 1000:>7.1f}ms {warm[1]:>7.1f} MB")
        print(f"{name:<10} {'galley (--no-cache)':<22} {cold[0] * 1000:>7.1f}ms {cold[1]:>7.1f} MB")
        if pandoc:
            theirs = measure([pandoc, "-f", "markdown", "-t", "epub3", manuscript,
                              "-o", os.path.join(out, "pandoc.epub")], 3 if runs > 5 else 2)
            print(f"{name:<10} {'pandoc -t epub3':<22} {theirs[0] * 1000:>7.1f}ms {theirs[1]:>7.1f} MB"
                  f"   ratio {theirs[0] / warm[0]:.1f}x (cold {theirs[0] / cold[0]:.1f}x)")
        os.remove(epub)
    if not pandoc:
        print("pandoc is not installed: no comparison (apt-get install pandoc)")
    shutil.rmtree(out)


if __name__ == "__main__":
    main()

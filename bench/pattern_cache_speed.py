#!/usr/bin/env python3
"""pattern_cache_speed.py [GALLEY] — what the compiled-pattern cache saves `galley pdf`
(issue 11, "Speed"; issue 8, languages).

Runs `galley -q pdf` on each title whole, as a user does, with GALLEY_CACHE_DIR pointing at
(a) a fresh empty folder every run — the patterns are parsed from Debian's file, as before the
cache — and (b) a folder the first run filled, and prints the median wall time of each and the
difference. Titles: Kronstadt 21 (English, hyph_en_US.dic, 106 KB) and Die Verwandlung
(German, hyph_de_DE.dic, 1.1 MB, ISO8859-1). Run from anywhere; GALLEY defaults to
build/galley. Figures go into bench/README.md by hand.
"""
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TITLES = ("content/kronstadt-21", "content/die-verwandlung")
RUNS = 11


def cpu_of_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(galley, title, cache_dir, out):
    """Wall and CPU (user + system) seconds of one run: on a loaded machine the CPU time is the
    steadier figure."""
    env = dict(os.environ, GALLEY_CACHE_DIR=cache_dir)
    start, cpu = time.perf_counter(), cpu_of_children()
    subprocess.run([galley, "-q", "pdf", title, "-o", out], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - start, cpu_of_children() - cpu


def main():
    galley = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                             os.path.join(ROOT, "build/galley"))
    with tempfile.TemporaryDirectory() as work:
        out = os.path.join(work, "book.pdf")
        for title in TITLES:
            cold = []
            for run in range(RUNS):
                cold.append(run_once(galley, title, os.path.join(work, f"cold-{title[8:]}-{run}"), out))
            warm_dir = os.path.join(work, "warm")
            run_once(galley, title, warm_dir, out)
            warm = [run_once(galley, title, warm_dir, out) for _ in range(RUNS)]
            for name, index in (("wall", 0), ("CPU", 1)):
                c = statistics.median(run[index] for run in cold)
                w = statistics.median(run[index] for run in warm)
                print(f"{title} ({name}): patterns parsed {c * 1000:.1f} ms, cached "
                      f"{w * 1000:.1f} ms, saved {(c - w) * 1000:.1f} ms (medians of {RUNS})")


if __name__ == "__main__":
    main()

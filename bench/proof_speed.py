#!/usr/bin/env python3
"""proof_speed.py [GALLEY] — `galley proof RECORD TITLE --html` end to end, one word changed
(issue 9, "Speed": pamphlet under 1 s, long book under 3 s, page images of changed spreads).

For the pamphlet and the long book (bench/make-long-book.sh, made here when missing): writes
the book's layout record with `galley pdf`, copies the title with one word changed in the
middle of the text, and times `galley proof RECORD TITLE --html REPORT` — the title typeset in
memory, both sides compared, the changed spreads drawn with Cairo. Prints the median wall time,
the median CPU time (user + system, from wait4: the figure to trust on a shared machine) and
the peak resident memory of several runs, and the report's size. Figures go into
bench/README.md by hand. Run from anywhere; GALLEY defaults to build/galley.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_once(command):
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("failed: " + " ".join(command))
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def change_one_word(manuscript):
    """The first word of five letters or more after the middle of the text, reversed."""
    with open(manuscript, encoding="utf-8") as source:
        text = source.read()
    at = len(text) // 2
    while True:
        start = text.index(" ", at) + 1
        end = text.index(" ", start)
        word = text[start:end]
        if len(word) >= 5 and word.isalpha():
            break
        at = end
    with open(manuscript, "w", encoding="utf-8") as out:
        out.write(text[:start] + word[::-1] + text[end:])


def bench(galley, name, title, runs, work):
    copy = os.path.join(work, name.replace(" ", "-"))
    shutil.copytree(title, copy)
    record = copy + ".lines.txt"
    subprocess.run([galley, "-q", "pdf", title, "-o", copy + ".pdf", "--record", record],
                   cwd=ROOT, check=True)
    change_one_word(os.path.join(copy, "manuscript.md"))
    report = copy + ".html"
    times = [run_once([galley, "-q", "proof", record, copy, "--html", report])
             for _ in range(runs)]
    print("%-10s wall %.2f s, CPU %.2f s, peak %.0f MB, report %.0f KB" %
          (name, statistics.median(t[0] for t in times), statistics.median(t[1] for t in times),
           max(t[2] for t in times), os.path.getsize(report) / 1024))


def main():
    galley = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build/galley"))
    long_book = os.path.join(ROOT, "out/long-book")
    if not os.path.exists(os.path.join(long_book, "manuscript.md")):
        subprocess.run([os.path.join(ROOT, "bench/make-long-book.sh")], check=True)
    work = tempfile.mkdtemp(prefix="galley-proof-speed-")
    try:
        bench(galley, "pamphlet", os.path.join(ROOT, "content/kronstadt-21"), 7, work)
        bench(galley, "long book", long_book, 3, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

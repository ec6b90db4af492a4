#!/usr/bin/env python3
"""Catalogue builds as a press runs them: `galley build DIR -o OUT` on a generated catalogue.

  bench/catalogue_speed.py [build/galley] [--titles 200]

Makes N titles from copies of content/'s titles (each with its own slug and a paragraph of its
own, so no two are the same book), then measures, wall and CPU time of the whole command:
  1. the first build at -j 1 and at -j 2 (titles per minute; CPU/wall shows the cores used),
  2. a rebuild with nothing changed (every title skipped),
  3. a rebuild after one title's correction (one title built).
"""
import argparse, os, resource, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def make_catalogue(dir, count):
    sources = sorted(d for d in os.listdir(os.path.join(ROOT, "content"))
                     if os.path.isfile(os.path.join(ROOT, "content", d, "manuscript.md")))
    for i in range(count):
        source = sources[i % len(sources)]
        title = os.path.join(dir, f"{source}-{i:04d}")
        os.makedirs(title)
        # The manuscript and what it needs (fonts, cover…): no source, so build reads it as is.
        for name in os.listdir(os.path.join(ROOT, "content", source)):
            if name in ("source.ocr.txt", "source.md"):
                continue
            path = os.path.join(ROOT, "content", source, name)
            (shutil.copytree if os.path.isdir(path) else shutil.copy)(path, os.path.join(title, name))
        # A paragraph of its own, inside the last division when the manuscript has divisions
        # (text outside them is an error).
        path = os.path.join(title, "manuscript.md")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        paragraph = f"\nThis is copy {i} of the catalogue, a book of its own.\n\n"
        end = text.rfind("</division>")
        text = text[:end] + paragraph + text[end:] if end >= 0 else text + paragraph
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


def run(galley, args):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    result = subprocess.run([galley, "-q", "build", *args], capture_output=True, text=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        sys.exit(f"galley build {' '.join(args)} failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return wall, cpu, result.stdout.strip().splitlines()[-1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("galley", nargs="?", default=os.path.join(ROOT, "build", "galley"))
    parser.add_argument("--titles", type=int, default=200)
    options = parser.parse_args()
    galley = os.path.abspath(options.galley)
    with tempfile.TemporaryDirectory() as work:
        catalogue = os.path.join(work, "catalogue")
        os.makedirs(catalogue)
        make_catalogue(catalogue, options.titles)
        print(f"{options.titles} titles; load average {os.getloadavg()[0]:.1f} at the start")
        print("| run | wall | CPU | titles/min | summary |")
        print("| --- | --- | --- | --- | --- |")
        for jobs in (1, 2):
            out = os.path.join(work, f"out-j{jobs}")
            wall, cpu, summary = run(galley, [catalogue, "-o", out, "-j", str(jobs)])
            print(f"| first build -j {jobs} | {wall:.1f} s | {cpu:.1f} s | "
                  f"{options.titles * 60 / wall:.0f} | {summary} |")
        out = os.path.join(work, "out-j2")
        wall, cpu, summary = run(galley, [catalogue, "-o", out])
        print(f"| rebuild, nothing changed | {wall:.2f} s | {cpu:.2f} s | | {summary} |")
        first = sorted(os.listdir(catalogue))[0]
        with open(os.path.join(catalogue, first, "manuscript.md"), "a", encoding="utf-8") as f:
            f.write("\nA correction.\n")
        wall, cpu, summary = run(galley, [catalogue, "-o", out])
        print(f"| rebuild after one title's correction | {wall:.2f} s | {cpu:.2f} s | | {summary} |")


if __name__ == "__main__":
    main()

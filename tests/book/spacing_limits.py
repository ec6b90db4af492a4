#!/usr/bin/env python3
"""spacing_limits.py SPACING_STATS BOOK.pdf --max-spread X --max-loose-percent Y --max-hyphen-run N

Runs the publisher's spacing-stats on the PDF and fails unless its typographic colour is at least
as even as the limits (issue 4: LuaLaTeX on the same text measures spread 0.132, 0.7 % loose
lines, hyphen runs of 1; Galley must match or beat it, with runs of at most two hyphens).
"""
import argparse
import re
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("spacing_stats")
    parser.add_argument("pdf")
    parser.add_argument("--max-spread", type=float, required=True)
    parser.add_argument("--max-loose-percent", type=float, required=True)
    parser.add_argument("--max-hyphen-run", type=int, required=True)
    args = parser.parse_args()

    result = subprocess.run([args.spacing_stats, args.pdf], capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    print(output)
    spread = re.search(r"spread \(CV\) ([0-9.]+)", output)
    loose = re.search(r"loose ([0-9.]+)%", output)
    run = re.search(r"longest hyphen run ([0-9]+)", output)
    if result.returncode != 0 or not (spread and loose and run):
        print(f"FAIL spacing-stats did not run or its output changed (exit {result.returncode})")
        return 1

    failures = 0
    for name, value, limit in (("spread (CV)", float(spread[1]), args.max_spread),
                               ("loose lines %", float(loose[1]), args.max_loose_percent),
                               ("longest hyphen run", int(run[1]), args.max_hyphen_run)):
        ok = value <= limit
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name} {value} (limit {limit})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

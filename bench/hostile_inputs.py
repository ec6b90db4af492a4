#!/usr/bin/env python3
"""hostile_inputs.py [--galley GALLEY] [--quick] [--cpu-limit S] [--rss-limit MB] [--keep DIR] —
the mutation driver's hostile inputs (issue 10, "Shows"), end to end, as a user runs them.

Each case is a small title made in a temporary folder: deep nesting (10,000 block quotes or
emphases, 3,000 lists, and the limit of 100 that must still be set), control characters (U+0013
raw and as &#x13;), U+FFFE/U+FFFF, a 27 KB language tag (in metadata.txt through `galley clean`,
and in the manuscript's front matter), 80,000 hyphens through `galley clean`, and one paragraph of
50,000 or 100,000 words. Each applicable command (clean, epub, pdf) is run and measured through
wait4: exit status, wall and CPU time, peak resident memory. A run passes when
- no signal ends it, and it exits 0 or 1 (1 only with an error located at file:line:column);
- it does what the case expects (refuse, succeed, or either — a paragraph of words must be set);
- its CPU time (user + system, what to trust when other work shares the cores) and peak RSS
  stay within the bounds (defaults: 20 s, 300 MB — "a 100,000-word paragraph typesets in
  seconds and under 300 MB");
- an EPUB it makes passes `galley check`, every XHTML/OPF/NCX/XML entry parses as XML (expat,
  which refuses what XML 1.0 forbids), and ../shared/tools/check-epub (epubcheck and the
  publisher's checks) when it is there.
It prints a Markdown table and exits 1 if any run fails. --quick leaves out the long paragraphs
and check-epub (for a fast look; the figures go into bench/README.md from a full run).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import xml.dom.minidom
from xml.parsers.expat import ExpatError

from bench_command_line import load_average, require_galley
from measured_process import measure

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHECK_EPUB = os.path.join(os.path.dirname(ROOT), "shared", "tools", "check-epub")
LOCATED = re.compile(r"[^\s:]+:\d+:\d+")
XML_ENTRY = re.compile(r"\.(xhtml|html|opf|ncx|xml)$")
# What check-epub asks of a book beyond epubcheck: a publisher, a source edition and rights.
METADATA = ("title: Hostile\nauthor: A. Tester\nlanguage: {language}\ndate: 2026-12-06\n"
            "publisher: Galley Tests\nsource: made by bench/hostile_inputs.py\n"
            "rights: Public domain\n")


def front_matter(language="en-US"):
    return "---\n" + METADATA.format(language=language) + "---\n\n"


def words(count):
    """A paragraph of `count` ordinary words, taken in turn from Kronstadt 21's text."""
    with open(os.path.join(ROOT, "content/kronstadt-21/manuscript.md"), encoding="utf-8") as f:
        vocabulary = [w for w in f.read().split() if w.isalpha()][:2000]
    return " ".join(vocabulary[i % len(vocabulary)] for i in range(count)) + ".\n"


def long_tag(well_formed):
    """A 27 KB language value: well-formed subtags ("en-abcdefgh-…") or one 27,000-letter word."""
    return "en" + "-abcdefgh" * 3000 if well_formed else "e" * 27000


def nested_emphasis(depth):
    return "*a " * depth + "x" + " b*" * depth + "\n"


class Case:
    """A hostile title: its files, whether `galley clean` makes its manuscript, and what to expect
    of its runs: "refused" (exit 1, located), "ok" (exit 0) or "either"."""

    def __init__(self, name, files, expect, clean=False, quick=True):
        self.name, self.files, self.expect, self.clean, self.quick = \
            name, files, expect, clean, quick


def manuscript_case(name, body, expect, language="en-US", quick=True):
    return Case(name, {"manuscript.md": front_matter(language) + "# Hostile\n\n" + body},
                expect, quick=quick)


def clean_case(name, source_file, source, expect, language="en-US"):
    return Case(name, {"metadata.txt": METADATA.format(language=language), source_file: source},
                expect, clean=True)


def cases():
    return [
        manuscript_case("10,000 nested block quotes", "> " * 10000 + "deep\n", "refused"),
        manuscript_case("10,000 nested emphases", nested_emphasis(10000), "refused"),
        manuscript_case("3,000 nested lists", "1. " * 3000 + "deep\n", "refused"),
        manuscript_case("100 nested quotes and lists (the limit)",
                        "> - " * 50 + "deep\n", "ok"),
        manuscript_case("100 nested emphases (the limit)", nested_emphasis(100), "ok"),
        manuscript_case("U+0013 raw", "Before\x13after.\n", "refused"),
        manuscript_case("U+0013 as &#x13;", "Before&#x13;after.\n", "refused"),
        manuscript_case("U+FFFE and U+FFFF raw", "Before\ufffe and \uffff after.\n", "refused"),
        manuscript_case("U+FFFF as &#xFFFF;", "Before&#xFFFF;after.\n", "refused"),
        manuscript_case("27 KB language tag in front matter", "Text.\n", "refused",
                        language=long_tag(False)),
        manuscript_case("27 KB well-formed language tag in front matter", "Text.\n", "either",
                        language=long_tag(True)),
        clean_case("27 KB language tag in metadata.txt", "source.md", "# Hostile\n\nText.\n",
                   "refused", language=long_tag(False)),
        clean_case("27 KB well-formed language tag in metadata.txt", "source.md",
                   "# Hostile\n\nText.\n", "either", language=long_tag(True)),
        clean_case("80,000 hyphens through clean", "source.ocr.txt",
                   "HOSTILE\n\nBefore " + "-" * 80000 + " after.\n", "ok"),
        manuscript_case("50,000-word paragraph", words(50000), "ok", quick=False),
        manuscript_case("100,000-word paragraph", words(100000), "ok", quick=False),
    ]


class Run:
    def __init__(self, case, command, status, stderr, wall, cpu, rss_mb):
        self.case, self.command, self.status, self.stderr = case, command, status, stderr
        self.wall, self.cpu, self.rss_mb = wall, cpu, rss_mb
        self.epub_checks = ""  # what the EPUB's checks said, for a successful epub run
        self.problems = []

    @property
    def outcome(self):
        if self.status < 0:
            return f"signal {-self.status}"
        if self.status == 0:
            return "ok"
        return "refused" if self.located else f"exit {self.status}"

    @property
    def located(self):
        return self.status != 0 and LOCATED.search(self.stderr) is not None

    @property
    def where(self):
        """The file:line:column the refusal names, without the temporary folder."""
        found = LOCATED.search(self.stderr) if self.status != 0 else None
        return os.path.basename(found.group(0)) if found else "–"


def run(galley, case, command, title, output):
    """Runs one galley command on the title, measured through wait4."""
    arguments = [galley, "-q", command, title]
    if output:
        arguments += ["-o", output]
    measured = measure(arguments)
    return Run(case, command, measured.exit_code, measured.stderr, measured.wall, measured.cpu,
               measured.rss_mb)


def xml_problems(epub):
    """Entries of the EPUB that do not parse as XML, with expat's line and column."""
    problems = []
    with zipfile.ZipFile(epub) as book:
        for name in book.namelist():
            if XML_ENTRY.search(name):
                try:
                    xml.dom.minidom.parseString(book.read(name))
                except ExpatError as error:
                    problems.append(f"{name} is not well-formed XML: {error}")
    return problems


def check_epub(galley, epub, with_check_epub):
    """Problems of a successful EPUB, and a short note of the checks that ran."""
    problems = xml_problems(epub)
    ran = ["XML"]
    check = subprocess.run([galley, "check", epub], capture_output=True, text=True)
    ran.append("galley check")
    if check.returncode != 0:
        problems.append("galley check: " + (check.stdout + check.stderr).strip()[-400:])
    if with_check_epub and os.access(CHECK_EPUB, os.X_OK):
        publisher = subprocess.run([CHECK_EPUB, epub], capture_output=True, text=True)
        ran.append("check-epub")
        if publisher.returncode != 0:
            fails = [line for line in publisher.stdout.splitlines() if line.startswith("FAIL")]
            problems.append("check-epub: " + ("; ".join(fails) or publisher.stderr.strip())[:600])
    return problems, ", ".join(ran)


def judge(run_, expect, cpu_limit, rss_limit):
    if run_.status < 0:
        run_.problems.append(f"killed by signal {-run_.status}")
    elif run_.status not in (0, 1):
        run_.problems.append(f"exit status {run_.status}")
    elif run_.status == 1 and not run_.located:
        run_.problems.append("refused without file:line:column: " + run_.stderr.strip()[:300])
    elif expect == "ok" and run_.status != 0:
        run_.problems.append("refused what must be made: " + run_.stderr.strip()[:300])
    elif expect == "refused" and run_.status == 0:
        run_.problems.append("made what must be refused")
    if run_.cpu > cpu_limit:
        run_.problems.append(f"CPU {run_.cpu:.1f} s over {cpu_limit:g} s")
    if run_.rss_mb > rss_limit:
        run_.problems.append(f"peak RSS {run_.rss_mb:.0f} MB over {rss_limit:g} MB")


def run_case(galley, case, folder, args):
    title = os.path.join(folder, "hostile")
    os.makedirs(title)
    for name, text in case.files.items():
        with open(os.path.join(title, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    runs = []
    commands = (["clean"] if case.clean else []) + ["epub", "pdf"]
    for command in commands:
        output = None if command == "clean" else os.path.join(folder, f"hostile.{command}")
        run_ = run(galley, case, command, title, output)
        # A case's expectation is about the hostile input, which the first command meets; the
        # books made from a cleaned manuscript must simply be made.
        judge(run_, case.expect if command == commands[0] else "ok", args.cpu_limit,
              args.rss_limit)
        if command == "epub" and run_.status == 0:
            problems, run_.epub_checks = check_epub(galley, output, not args.quick)
            run_.problems += problems
        runs.append(run_)
        if run_.status != 0:
            break  # nothing to make books from
    return runs


def size_of(case):
    total = sum(len(text.encode("utf-8")) for text in case.files.values())
    return f"{total / 1024:.0f} KB" if total >= 1024 else f"{total} B"


def print_table(runs):
    print("| case | input | command | result | where | wall | CPU | peak RSS | EPUB checks | verdict |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in runs:
        verdict = "pass" if not r.problems else "**FAIL**"
        checks = (r.epub_checks + " ok" if not r.problems else r.epub_checks) if r.epub_checks \
            else "–"
        print(f"| {r.case.name} | {size_of(r.case)} | {r.command} | {r.outcome} | {r.where} | "
              f"{r.wall:.2f} s | {r.cpu:.2f} s | {r.rss_mb:.0f} MB | {checks} | {verdict} |",
              flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--galley", default=os.path.join(ROOT, "build/galley"))
    parser.add_argument("--quick", action="store_true",
                        help="leave out the long paragraphs and check-epub")
    parser.add_argument("--cpu-limit", type=float, default=20.0, help="seconds per run")
    parser.add_argument("--rss-limit", type=float, default=300.0, help="MB per run")
    parser.add_argument("--keep", help="make the titles in this folder and keep them")
    args = parser.parse_args()
    galley = require_galley(args.galley, "pass --galley")
    top = args.keep or tempfile.mkdtemp(prefix="hostile-inputs-")
    os.makedirs(top, exist_ok=True)
    print(load_average("start"))
    runs = []
    try:
        for number, case in enumerate(c for c in cases() if c.quick or not args.quick):
            runs += run_case(galley, case, os.path.join(top, f"case-{number:02}"), args)
    finally:
        if not args.keep:
            shutil.rmtree(top)
    print_table(runs)
    print(load_average("end"))
    failed = [r for r in runs if r.problems]
    for r in failed:
        print(f"FAIL {r.case.name}, galley {r.command}: " + "; ".join(r.problems))
    print(f"{len(runs) - len(failed)} of {len(runs)} runs within their bounds")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

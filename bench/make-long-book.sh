#!/usr/bin/env bash
# Makes the long book the benchmarks use: Kronstadt 21's front matter once, its body division
# repeated 60 times (each copy's headings prefixed "Part N: " so anchors stay unique, and its
# page markers relabelled "N.6" so every original page label is unique), then its back matter.
# About 1.9 MB of manuscript, some 740 A5 pages.
#
#   bench/make-long-book.sh [OUTPUT_DIR] [COPIES]
#
# OUTPUT_DIR (default out/long-book) becomes a title folder holding manuscript.md, so that
# `galley pdf out/long-book` and `galley epub out/long-book` work on it. Run from anywhere.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/out/long-book}"
copies="${2:-60}"
source="$root/content/kronstadt-21/manuscript.md"
mkdir -p "$out"

awk -v copies="$copies" '
  # Split the manuscript into what precedes the body division, the body division itself
  # (from its <division kind="body"> line to the matching </division>), and what follows.
  state == 0 && /^<division kind="body"/ { state = 1 }
  state == 0 { head = head $0 "\n"; next }
  state == 1 { body[++n] = $0; if ($0 == "</division>") state = 2; next }
  state == 2 { tail = tail $0 "\n" }
  END {
    if (n == 0) { print "make-long-book: no body division found" > "/dev/stderr"; exit 1 }
    printf "%s", head
    for (copy = 1; copy <= copies; copy++) {
      for (i = 1; i <= n; i++) {
        line = body[i]
        if (line ~ /^#+ /) {
          match(line, /^#+ /)
          line = substr(line, 1, RLENGTH) "Part " copy ": " substr(line, RLENGTH + 1)
        }
        gsub(/<pb n="/, "<pb n=\"" copy ".", line)
        print line
      }
      print ""
    }
    printf "%s", tail
  }
' "$source" > "$out/manuscript.md.tmp"
mv "$out/manuscript.md.tmp" "$out/manuscript.md"
echo "make-long-book: wrote $out/manuscript.md ($(wc -c < "$out/manuscript.md") bytes, $copies copies of the body)" >&2

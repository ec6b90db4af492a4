#!/usr/bin/env bash
# Makes the man page galley.1 from the command's own help: help2man reads `galley --help` and
# `--version`; each subcommand's `--help` becomes a section of its own.
#
#   scripts/man-page.sh GALLEY OUTPUT
set -euo pipefail
galley="$1"
output="$2"
include="$(mktemp)"
trap 'rm -f "$include"' EXIT

{
  echo "[COMMANDS]"
  for command in clean dump epub pdf build proof check; do
    echo ".SS galley $command"
    echo ".nf"
    # Roman text: a line starting with . or ' would be read as a request.
    "$galley" "$command" --help | sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\&\\1/"
    echo ".fi"
  done
  echo "[FILES]"
  echo "PREFIX/share/galley holds the templates and fonts; \$GALLEY_DATA_DIR overrides it."
} > "$include"

help2man --no-info --name "manuscript to EPUB 3 ebook and print PDF" \
  --include "$include" --output "$output.tmp" "$galley"
mv "$output.tmp" "$output"

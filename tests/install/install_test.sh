#!/usr/bin/env bash
# Installs the build into a temporary prefix, then builds a title copied to a temporary folder
# from an unrelated working folder: the installed galley must use PREFIX/share/galley (not the
# source tree it was built from), and the man page must be there.
#
#   install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1"
source="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cmake --install "$build" --prefix "$work/prefix" >/dev/null
test -x "$work/prefix/bin/galley"
test -f "$work/prefix/share/galley/templates/print/default.template"
test -f "$work/prefix/share/man/man1/galley.1"
man -l "$work/prefix/share/man/man1/galley.1" 2>/dev/null | grep -q "galley build" ||
  grep -q "galley build" "$work/prefix/share/man/man1/galley.1"

cp -r "$source/content/princess-winsome" "$work/title"
mkdir -p "$work/elsewhere" "$work/out"
cd "$work/elsewhere"
env -u GALLEY_DATA_DIR "$work/prefix/bin/galley" build ../title -o ../out 2> "$work/log" || {
  cat "$work/log" >&2
  exit 1
}
grep -q "typesetting with $work/prefix/share/galley/templates/print/default.template" "$work/log" || {
  echo "the installed galley did not use its own templates:" >&2
  cat "$work/log" >&2
  exit 1
}
test -s "$work/out/title.epub"
test -s "$work/out/title.pdf"

# GALLEY_DATA_DIR wins, and a wrong one is named, not silently replaced.
if GALLEY_DATA_DIR="$work/nowhere" "$work/prefix/bin/galley" pdf ../title -o ../x.pdf 2> "$work/log"; then
  echo "a GALLEY_DATA_DIR without templates was not an error" >&2
  exit 1
fi
grep -q "$work/nowhere" "$work/log"
echo "installed galley built a title from $work/elsewhere"

#!/usr/bin/env bash
# The README's first command: install what is missing, build galley (Release), build every
# title in content/ (out/<slug>.epub and out/<slug>.pdf).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target galley
mkdir -p out
for title in content/*/; do
  ./build/galley build "${title%/}" -o out
done

#!/usr/bin/env bash
# The README's first command: install what is missing, build galley (Release), build the book.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target galley
mkdir -p out
./build/galley build content/kronstadt-21 -o out

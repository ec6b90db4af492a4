#!/usr/bin/env bash
# The README's second command: install what is missing, build everything, run every test, then
# the sanitizer stage (scripts/sanitize.sh: the fast unit tests under ASan+UBSan and a short run
# of each fuzzer, docs/fuzzing.md; GALLEY_SANITIZERS=0 leaves it out). Ends with CTest's
# summary, the stage's line and how long each stage took.
#
#   scripts/test.sh                 everything (what CI runs, .ci/run)
#   scripts/test.sh -L clean        the build, then only the tests ctest selects with these
#                                   arguments, without the sanitizer stage
set -euo pipefail
cd "$(dirname "$0")/.."
times=()
stage_start=$SECONDS
# Records how long the stage that just ended took.
stage_done() {
  times+=("$1 $((SECONDS - stage_start)) s")
  stage_start=$SECONDS
}

scripts/install-deps.sh
stage_done deps
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
stage_done build
(cd build && ctest --output-on-failure -j"$(nproc)" "$@")
stage_done tests
# About 500 s at low load on 2 cores with ccache warm, after a suite of about 310 s
# (docs/fuzzing.md, In CI): CI stays under its 20 minutes.
if (($# == 0)) && [[ "${GALLEY_SANITIZERS:-1}" != 0 ]]; then
  scripts/sanitize.sh
  stage_done sanitizers
fi
echo "test.sh: $(IFS=,; echo "${times[*]}" | sed 's/,/, /g'); total ${SECONDS} s"

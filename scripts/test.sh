#!/usr/bin/env bash
# The README's second command: install what is missing, build everything, run every test; with
# GALLEY_SANITIZERS=1, then the sanitizer stage (scripts/sanitize.sh: the fast unit tests under
# ASan+UBSan and a short run of each fuzzer, docs/fuzzing.md). Ends with CTest's summary, the stage's line and how long each
# stage took.
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
# The sanitizer stage doubles the time of a run (about 13 min more from cold on 2 cores), which
# would take CI past its 20 minutes; it runs when asked for (docs/fuzzing.md).
if (($# == 0)) && [[ "${GALLEY_SANITIZERS:-0}" == 1 ]]; then
  scripts/sanitize.sh
  stage_done sanitizers
fi
echo "test.sh: $(IFS=,; echo "${times[*]}" | sed 's/,/, /g'); total ${SECONDS} s"

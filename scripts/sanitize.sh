#!/usr/bin/env bash
# The sanitizer stage of the test command (scripts/test.sh runs it after the normal suite;
# docs/fuzzing.md): builds the asan preset's tree (clang, AddressSanitizer + UndefinedBehaviorSanitizer;
# build-asan/, only the fast unit tests and the fuzzers), runs the fast unit tests in it, then each
# libFuzzer harness for a short smoke run on its committed seeds. Any sanitizer report, failing
# test or fuzzer finding fails it; a finding's input is left in build-asan/fuzz-findings/
# (docs/fuzzing.md says how to turn it into a regression test).
#
#   scripts/sanitize.sh                           build, fast tests, fuzzers
#   GALLEY_FUZZ_SECONDS=60 scripts/sanitize.sh    longer smoke runs (default 20 s each)
#
# Inside the clone test (tests/clone) it does nothing: that test checks that a user's clone
# builds and its shared-tool tests skip; this stage runs once, in the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -n "${GALLEY_INSIDE_CLONE_TEST:-}" ]]; then
  echo "sanitize: skipped inside the clone test (the checkout's own run does it)"
  exit 0
fi

seconds=${GALLEY_FUZZ_SECONDS:-20}
# As the asan test preset sets them (CMakePresets.json), for the fuzzers too.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0}
jobs=$(nproc)
started=$SECONDS

# A build-asan/ made by Make (before the preset chose Ninja) is configured afresh.
if [[ -f build-asan/CMakeCache.txt ]] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' build-asan/CMakeCache.txt; then
  rm -rf build-asan/CMakeCache.txt build-asan/CMakeFiles
fi
cmake --preset asan >/dev/null
cmake --build --preset asan -j"$jobs" >build-asan/build.log 2>&1 || { tail -n 60 build-asan/build.log; exit 1; }
built=$SECONDS
logs=build-asan/sanitize-logs
mkdir -p "$logs"
if ! ctest --preset asan -j"$jobs" >"$logs/fast-tests.log" 2>&1; then
  sed -n '/tests passed/,$p' "$logs/fast-tests.log"
  echo "sanitize: fast tests failed under ASan+UBSan; every report is in $logs/fast-tests.log"
  exit 1
fi
tested=$SECONDS
echo "sanitize: $(grep -E 'tests passed' "$logs/fast-tests.log")"

# Each harness's seeds and dictionary (tests/fuzz/CMakeLists.txt names the harnesses).
declare -A corpus=([clean]=clean [manuscript]=manuscript [epub]=manuscript [pdf]=manuscript
                   [template]=template)
declare -A dictionary=([clean]=manuscript [manuscript]=manuscript [epub]=manuscript
                       [pdf]=manuscript [template]=template)
findings=build-asan/fuzz-findings
mkdir -p "$findings"

# One harness's smoke run: new inputs go to a scratch folder, never into the committed seeds.
smoke_run() {
  local name=$1 scratch status=0 runs
  scratch=$(mktemp -d "${TMPDIR:-/tmp}/galley-fuzz-$name.XXXXXX")
  "build-asan/tests/fuzz/${name}_fuzzer" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 \
    -dict="tests/fuzz/${dictionary[$name]}.dict" -artifact_prefix="$findings/$name-" \
    -print_final_stats=1 "$scratch" "tests/fuzz/corpus/${corpus[$name]}" \
    >"$logs/$name.log" 2>&1 || status=$?
  rm -rf "$scratch"
  runs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$logs/$name.log")
  if ((status != 0)); then
    tail -n 40 "$logs/$name.log"
    echo "sanitize: ${name}_fuzzer found a crash (exit $status): $findings/$name-*"
    return 1
  fi
  echo "sanitize: ${name}_fuzzer ${runs:-?} runs in ${seconds} s, no finding"
}
# The harnesses run side by side, one per core.
failed=0
names=(clean manuscript template epub pdf)
for ((i = 0; i < ${#names[@]}; i += jobs)); do
  pids=()
  for name in "${names[@]:i:jobs}"; do
    smoke_run "$name" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
done
((failed == 0)) || exit 1
echo "sanitize: fast tests and ${#names[@]} fuzzers clean under ASan+UBSan (build $((built - started)) s," \
     "fast tests $((tested - built)) s, fuzzers $((SECONDS - tested)) s)"

#!/usr/bin/env bash
# A user's clone must pass its own tests (issue 12): clone the repository's current commit into
# an empty temporary folder (so there is no ../shared beside it), run the README's test command
# there, and require that it passes with exactly the checks that need ../shared/tools listed as
# skipped.
#
#   clone_test.sh REPOSITORY
#
# The clone builds everything from scratch, as a user's does, but runs a sample of the suite:
# every test of one title (its shared-tool checks, which must skip, and the project's own checks,
# which must pass), the install and the build command's tests. The checkout's run has just run
# the whole suite on the same commit; running it all again inside the clone took nine minutes of
# CI, and what only the clone can show (nothing outside it is needed to build, to make a book
# and to check it) the build and the sample show. A unit test reading a file that was never
# committed would pass here and fail in a user's full run: commit test data with its test.
# GALLEY_INSIDE_CLONE_TEST keeps the run inside the clone from cloning again (that run reports
# this test as skipped) and from running the sanitizer stage. Uncommitted changes are not in the
# clone: it tests HEAD.
set -euo pipefail

repository="$1"
# The checks that need ../shared/tools, one of each per title (tests/book/CMakeLists.txt).
needs_shared='^book_(check_epub|check_ace|check_pdf|spacing)_'
# What the clone runs: every test of Kronstadt 21 (the one title with all four kinds of shared
# check), installing, the build command's tests, and this test (which must say it skipped).
sample='kronstadt-21$|^install_into_prefix$|^BuildCommandTest\.|^clone_passes_its_own_tests$'

if [[ -n "${GALLEY_INSIDE_CLONE_TEST:-}" ]]; then
  echo "SKIPPED: this suite is the one the clone test runs inside a clone; it does not clone again."
  exit 77
fi
if ! commit=$(git -C "$repository" rev-parse --verify HEAD 2>/dev/null); then
  echo "SKIPPED: $repository is not a git repository, so there is nothing to clone."
  exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/galley-clone.XXXXXX")
trap 'rm -rf "$work"' EXIT
git clone --quiet --no-checkout "$repository" "$work/galley"
git -C "$work/galley" checkout --quiet --detach "$commit"
echo "cloned $commit into $work/galley (no $work/shared)"

log="$work/test.log"
status=0
(
  export GALLEY_INSIDE_CLONE_TEST=1
  unset GALLEY_SHARED_TOOLS
  "$work/galley/scripts/test.sh" -R "$sample"
) >"$log" 2>&1 || status=$?
if ((status != 0)); then
  tail -n 80 "$log"
  echo "FAILED: scripts/test.sh in the clone exited $status (last lines above)."
  exit 1
fi
grep -E "tests passed" "$log"

# CTest lists what did not run as "  N - name (Skipped)": only checks that need the shared tools
# and this test itself may be there, and each kind of shared check must be.
mapfile -t skipped < <(sed -nE 's/^[[:space:]]*[0-9]+ - ([A-Za-z0-9_.\/-]+) \(Skipped\)$/\1/p' "$log")
echo "skipped in the clone: ${skipped[*]:-none}"
for name in "${skipped[@]}"; do
  if [[ ! "$name" =~ $needs_shared && "$name" != clone_passes_its_own_tests ]]; then
    echo "FAILED: $name was skipped in the clone, but it does not need ../shared/tools"
    exit 1
  fi
done
for kind in check_epub check_ace check_pdf spacing; do
  if ! printf '%s\n' "${skipped[@]}" | grep -q "^book_${kind}_"; then
    echo "FAILED: no book_${kind}_* test was reported as skipped in the clone"
    exit 1
  fi
done
grep -m 1 -E "^SKIPPED: the publisher's tools" "$log" || true

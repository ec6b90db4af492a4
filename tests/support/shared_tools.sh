#!/usr/bin/env bash
# Runs a test command that needs the publisher's tools from ../shared/tools (beside the
# repository root), or reports the test as skipped (exit 77, CTest's SKIP_RETURN_CODE) when they
# are not there: a clone on its own must pass its own tests (issue 12).
#
#   shared_tools.sh COMMAND [ARG...]
#
# Every argument written "shared:NAME" becomes the path of tool NAME. GALLEY_SHARED_TOOLS names
# another tools folder; set it to a folder that does not exist to see the skips.
set -euo pipefail

repository_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tools="${GALLEY_SHARED_TOOLS:-$repository_root/../shared/tools}"

if [[ ! -d "$tools" ]]; then
  echo "SKIPPED: the publisher's tools are not at $tools (../shared/tools beside the repository," \
       "or GALLEY_SHARED_TOOLS); this check needs them, the project's own checks still run."
  exit 77
fi

arguments=()
for argument in "$@"; do
  if [[ "$argument" == shared:* ]]; then
    tool="$tools/${argument#shared:}"
    if [[ ! -x "$tool" ]]; then
      echo "$tool is not there or not executable, though $tools is." >&2
      exit 1
    fi
    arguments+=("$tool")
  else
    arguments+=("$argument")
  fi
done
exec "${arguments[@]}"

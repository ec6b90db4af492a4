#!/bin/sh
# run_shared_tool.sh COMMAND ARGS… — runs a check that uses the publisher's tools in ../shared/tools,
# or skips it (exit 77, CTest's SKIP_RETURN_CODE) when that folder is not beside the repository,
# as in a clone on its own. Every argument naming a file under a missing .../shared/tools counts.
for argument in "$@"; do
  case "$argument" in
    */shared/tools/*)
      if [ ! -e "$argument" ]; then
        echo "skipped: $argument is absent (the publisher's tools are not beside this repository)"
        exit 77
      fi
      ;;
  esac
done
exec "$@"

#!/usr/bin/env bash
# Installs the npm packages of the reading-system test (tests/reader: epub.js, JSZip and
# playwright-core, pinned in its package-lock.json). No browser is downloaded: the test drives
# Debian's /usr/bin/chromium. Idempotent and quick: when node_modules was installed from the
# current lock file it only compares a checksum and returns, quietly.
set -euo pipefail
cd "$(dirname "$0")/../tests/reader"

if ! command -v npm >/dev/null; then
  echo "install-node-deps: npm is missing (Debian: apt-get install npm)" >&2
  exit 1
fi

stamp=node_modules/.galley-lock-sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ -f $stamp && "$(cat "$stamp")" == "$want" ]]; then
  exit 0
fi

echo "install-node-deps: npm ci in tests/reader" >&2
# --ignore-scripts: no install script runs (none of these packages needs one).
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --silent
echo "$want" >"$stamp"

#!/usr/bin/env bash
# Installs every Debian package Galley's build, tests and checks need. Idempotent: when all
# packages are present it only runs dpkg-query and returns, quietly.
set -euo pipefail

packages=(
  # build
  build-essential cmake pkg-config ccache
  libzip-dev zlib1g-dev libharfbuzz-dev libfreetype-dev libcairo2-dev libpugixml-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev libicu-dev
  libhyphen-dev libhunspell-dev
  # spelling (hunspell) and hyphenation (libhyphen) dictionaries for the languages Galley's
  # titles and tests use: en-US, en-GB, de, fr, es, it (src/language/dictionaries.cc)
  hunspell-en-us hunspell-en-gb hunspell-de-de hunspell-fr hunspell-es hunspell-it
  hyphen-en-us hyphen-en-gb hyphen-de hyphen-fr hyphen-es hyphen-it
  libcli11-dev libgtest-dev libgmock-dev libbenchmark-dev
  # the sanitizer stage: clang with AddressSanitizer, UBSan and libFuzzer, built by Ninja and
  # linked by lld (docs/fuzzing.md)
  clang libclang-rt-14-dev ninja-build lld
  # fonts the committed fonts/ were copied from (kept so the copies can be checked)
  fonts-ebgaramond fonts-courier-prime
  # install and package: the man page from --help, dependencies of the Debian package
  help2man dpkg-dev file
  # checks: EPUB, PDF, reading-system test
  epubcheck default-jre-headless poppler-utils qpdf unzip python3 chromium nodejs
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

# Debian's nodejs has no npm; NodeSource's node bundles it. Ask for Debian's only when absent.
command -v npm >/dev/null 2>&1 || missing+=(npm)

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}" >&2
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Node packages for the reading-system test (pinned by tests/reader/package-lock.json).
"$(dirname "$0")/install-node-deps.sh"

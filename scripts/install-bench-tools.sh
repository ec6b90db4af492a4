#!/usr/bin/env bash
# Installs the other engines bench/ compares Galley with (not needed to build or test):
# pandoc (EPUB, and the front end for the others), groff with its PDF device, LuaLaTeX (with
# German and French hyphenation for bench/latex_comparison.py's Die Verwandlung and La morale
# anarchiste) and WeasyPrint — all Debian packages. Idempotent; quiet when everything is there.
# With arguments, installs only the packages named (e.g. `install-bench-tools.sh pandoc groff`,
# enough for bench/pdf_speed.py's groff comparison and bench/epub_speed.py's pandoc one), so a
# machine that does not need LuaLaTeX is spared TeX Live.
set -euo pipefail

packages=(pandoc groff texlive-luatex texlive-latex-recommended texlive-lang-german texlive-lang-french lmodern weasyprint)
if (($#)); then
  for p in "$@"; do
    [[ " ${packages[*]} " == *" $p "* ]] || { echo "install-bench-tools: $p is not a bench tool (${packages[*]})" >&2; exit 2; }
  done
  packages=("$@")
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install-bench-tools: installing ${missing[*]}" >&2
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

#!/usr/bin/env bash
# Installs everything gongwen needs on Debian 12 and provisions the default fonts.
# Safe to run twice: apt-get skips what is installed; fonts are fetched only when missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

packages=(
  # build
  build-essential cmake pkg-config
  # fuzzing (scripts/fuzz.sh, run by scripts/test.sh): clang with libFuzzer and its sanitizers
  clang libclang-rt-14-dev
  # the design card's libraries
  libhpdf-dev libharfbuzz-dev libfreetype-dev libicu-dev libfmt-dev libgtest-dev
  # parsing, styles, CLI, font lookup
  libpugixml-dev libtomlplusplus-dev libcli11-dev libfontconfig-dev
  # seal images, decoded by us (issue 8): PNG and JPEG (offices' scanners write JPEG)
  libpng-dev libjpeg62-turbo-dev
  # import: the .docx package is a zip (libzip: reads from memory, checks consistency)
  libzip-dev
  # PDF streams (font programs above all) deflated ~2.7× faster than with zlib (issue 13)
  libdeflate-dev
  # tests: .docx fixtures are built at test time with python-docx
  python3-docx
  # tests: examples/java/Render.java (JNA) is run by ctest, so an OA developer's Java
  # example is tested in CI: a JDK (runs a source file directly) and JNA
  default-jdk-headless libjna-java
  # tests: read PDFs back, check them, render with a second engine
  libpoppler-cpp-dev poppler-utils qpdf libqpdf-dev mupdf-tools libxml2-utils ghostscript
  # word-frequency dictionary (jieba's dict.txt) read at run time to break titles by meaning
  python3-jieba
  # fallback fonts with large coverage (TrueType outlines)
  fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei
  # fallback by weight (Noto Serif/Sans CJK Bold and Regular, SC faces)
  fonts-noto-cjk
  # last-resort coverage of the 禁则 characters CJK fonts lack (U+2024, U+10AF6)
  fonts-noto-core
  # fetching the Fandol fonts without installing TeX
  dpkg-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

"$here/fonts/fetch-fandol.sh"

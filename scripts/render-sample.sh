#!/usr/bin/env bash
# Sets up a Debian 12 machine (packages + fonts), builds, and renders a sample notice.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)" --target gongwen_cli
mkdir -p out
# an uninstalled build: the fonts are named (installed, they are found beside the library)
./build/gongwen render --font-dir fonts/fandol samples/seed-002-tongzhi.xml -o out/seed-002-tongzhi.pdf
echo "The PDF is at $here/out/seed-002-tongzhi.pdf"

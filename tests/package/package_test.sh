#!/usr/bin/env bash
# Packaging test: install the build into a temporary prefix, then build consumers against
# the installed files only — with find_package (C and C++) and with pkg-config (C) — run
# them, and check the PDFs they write. Fonts must be found relative to the install.
set -euo pipefail
build_dir="$1"
source_dir="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"

cmake --install "$build_dir" --prefix "$prefix" >/dev/null
test -f "$prefix/include/gongwen/gongwen.h"
test -x "$prefix/bin/gongwen"
test -f "$prefix/share/gongwen/fonts/FandolFang-Regular.otf"
test -f "$prefix/share/gongwen/styles/gbt9704.toml"

lib="$(find "$prefix" -name libgongwen.so | head -n1)"
test -n "$lib"
# Only the API is exported from the shared library.
symbols="$(nm -D --defined-only "$lib")"
if [[ "$symbols" == *7gongwen6detail* ]]; then
  echo "internal (detail) symbols are exported from $lib" >&2
  exit 1
fi
[[ "$symbols" == *" T gongwen_render"* ]]

sample="$source_dir/samples/seed-002-tongzhi.xml"
unset GONGWEN_FONT_DIR

# 1. find_package
cmake -S "$source_dir/tests/package/consumer" -B "$work/consumer" \
  -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$work/consumer" >/dev/null
LD_LIBRARY_PATH="$(dirname "$lib")" "$work/consumer/consumer_c" "$sample" "$work/c.pdf"
LD_LIBRARY_PATH="$(dirname "$lib")" "$work/consumer/consumer_cpp" "$sample" "$work/cpp.pdf"

# 2. pkg-config
export PKG_CONFIG_PATH="$(dirname "$lib")/pkgconfig"
cc -o "$work/consumer_pc" "$source_dir/tests/package/consumer/main.c" \
  $(pkg-config --cflags --libs gongwen)
LD_LIBRARY_PATH="$(dirname "$lib")" "$work/consumer_pc" "$sample" "$work/pc.pdf"

# 3. the installed CLI
"$prefix/bin/gongwen" render "$sample" -o "$work/cli.pdf" 2>/dev/null

for pdf in c cpp pc cli; do
  test "$(head -c 5 "$work/$pdf.pdf")" = "%PDF-"
  text="$(pdftotext "$work/$pdf.pdf" -)"  # not piped into grep -q: pipefail + SIGPIPE
  [[ "$text" == *枣科职院党* ]]
done
# The same document through every path gives the same bytes.
cmp "$work/c.pdf" "$work/pc.pdf"
cmp "$work/c.pdf" "$work/cli.pdf"
echo "package test passed"

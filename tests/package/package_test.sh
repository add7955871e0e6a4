#!/usr/bin/env bash
# Packaging test: install the build into a temporary prefix, then build consumers against
# the installed files only — with find_package (C and C++) and with pkg-config (C) — run
# them, and check the PDFs they write. Fonts must be found relative to the install, with
# no build-tree path in the library (issue 14 point 7); GONGWEN_FONT_DIR serves a library
# moved away from its fonts.
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

# 2. pkg-config, with no other .pc file reachable (as in a clean container): gongwen's
# public headers include no third-party header, so its .pc requires nothing, and its
# Cflags name only its own include folder.
export PKG_CONFIG_LIBDIR="$(dirname "$lib")/pkgconfig"
unset PKG_CONFIG_PATH
cflags="$(pkg-config --cflags gongwen)"
libs="$(pkg-config --libs gongwen)"
read -r -a words <<<"$cflags"
if [[ "$cflags" =~ harfbuzz|glib|freetype|unicode|fontconfig ]] || [ "${#words[@]}" -ne 1 ]; then
  echo "pkg-config --cflags gongwen gives more than gongwen's include folder: $cflags" >&2
  exit 1
fi
[ "$(realpath "${words[0]#-I}")" = "$(realpath "$prefix/include")" ]
# The headers a consumer's compiler opens: none from a third-party library.
opened="$(printf '#include <gongwen/gongwen.hpp>\n#include <gongwen/gongwen.h>\n' |
  c++ -std=c++20 $cflags -H -E -x c++ - 2>&1 >/dev/null)"
if grep -E 'harfbuzz|glib|freetype|unicode/|fontconfig|hpdf|fmt/|pugixml|toml' <<<"$opened"; then
  echo "the public headers include a third-party header (above)" >&2
  exit 1
fi
cc -o "$work/consumer_pc" "$source_dir/tests/package/consumer/main.c" $cflags $libs
LD_LIBRARY_PATH="$(dirname "$lib")" "$work/consumer_pc" "$sample" "$work/pc.pdf"

# 3. the installed CLI
"$prefix/bin/gongwen" render "$sample" -o "$work/cli.pdf" 2>/dev/null

# 4. No build-tree path in the installed library: neither the source or build folder nor
# the source tree's font folder. (Debug sections record the compile folder, as a debugger
# needs; they are checked away here, as distributions ship them apart.)
objcopy --strip-debug "$lib" "$work/stripped.so"
for path in "$source_dir" "$build_dir" "$(realpath "$source_dir")" "$(realpath "$build_dir")" fonts/fandol; do
  if strings "$work/stripped.so" | grep -F -- "$path"; then
    echo "$lib holds the build-tree path $path (above)" >&2
    exit 1
  fi
done

# 5. GONGWEN_FONT_DIR pointing elsewhere does not take an installed library away from its
# own fonts (same bytes), ...
GONGWEN_FONT_DIR="$work/nowhere" LD_LIBRARY_PATH="$(dirname "$lib")" \
  "$work/consumer_pc" "$sample" "$work/env-elsewhere.pdf"
cmp "$work/c.pdf" "$work/env-elsewhere.pdf"
# ... a whole prefix moved elsewhere still finds its fonts (relative lookup), ...
mv "$prefix" "$work/moved-prefix"
moved_lib="${lib/#$prefix/$work/moved-prefix}"
LD_LIBRARY_PATH="$(dirname "$moved_lib")" "$work/consumer_pc" "$sample" "$work/moved.pdf"
cmp "$work/c.pdf" "$work/moved.pdf"
# ... and a library copied away from its fonts finds none (the error names where it
# looked) until GONGWEN_FONT_DIR names a folder that has them.
mkdir -p "$work/bare/lib" "$work/fonts-elsewhere"
cp -P "$(dirname "$moved_lib")"/libgongwen.so* "$work/bare/lib/"
cp "$work/moved-prefix/share/gongwen/fonts/"*.otf "$work/fonts-elsewhere/"
if LD_LIBRARY_PATH="$work/bare/lib" "$work/consumer_pc" "$sample" "$work/bare.pdf" \
     2>"$work/bare.err"; then
  echo "a library with no fonts beside it and no GONGWEN_FONT_DIR rendered" >&2
  exit 1
fi
grep -q "GW-E-FONT-UNAVAILABLE" "$work/bare.err"
grep -qF "$work/bare/share/gongwen/fonts" "$work/bare.err"
GONGWEN_FONT_DIR="$work/fonts-elsewhere" LD_LIBRARY_PATH="$work/bare/lib" \
  "$work/consumer_pc" "$sample" "$work/env.pdf"
cmp "$work/c.pdf" "$work/env.pdf"
mv "$work/moved-prefix" "$prefix"

for pdf in c cpp pc cli; do
  test "$(head -c 5 "$work/$pdf.pdf")" = "%PDF-"
  text="$(pdftotext "$work/$pdf.pdf" -)"  # not piped into grep -q: pipefail + SIGPIPE
  [[ "$text" == *枣科职院党* ]]
done
# The same document through every path gives the same bytes.
cmp "$work/c.pdf" "$work/pc.pdf"
cmp "$work/c.pdf" "$work/cli.pdf"
echo "package test passed"

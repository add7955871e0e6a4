#!/usr/bin/env bash
# Sets up a Debian 12 machine (packages + fonts), builds with warnings as errors, and runs
# every test (ctest); then the same unit tests built with AddressSanitizer + UBSan, then
# every libFuzzer target for a short fixed time on its committed seed corpus.
# GONGWEN_QUICK=1 stops after the first ctest run (for a quick local check).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
bash scripts/setup.sh
jobs="$(nproc)"

echo "== build and test (RelWithDebInfo, -Werror)"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGONGWEN_WERROR=ON
cmake --build build -j"$jobs"
(cd build && ctest --output-on-failure -j"$jobs")
[ "${GONGWEN_QUICK:-0}" = 1 ] && exit 0

echo "== unit tests with AddressSanitizer + UBSan"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGONGWEN_SANITIZE=ON -DGONGWEN_WERROR=ON
cmake --build build-asan -j"$jobs"
# The packaging test installs and links plain consumers, and the examples load the library
# into python3 and java, none of which can take a sanitized library (ASan must come first
# in the process); both ran against the plain build above.
(cd build-asan &&
  ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$here/tests/fuzz/lsan.supp" \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  ctest --output-on-failure -j"$jobs" -E '^(package|examples)\.')

echo "== fuzz targets"
bash scripts/fuzz.sh "${GONGWEN_FUZZ_SECONDS:-30}"

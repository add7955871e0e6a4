#!/usr/bin/env bash
# Builds every libFuzzer target (tests/fuzz/fuzz_*.cpp) with clang, ASan and UBSan, and runs
# each for SECONDS (default 30) on a copy of its committed seed corpus
# (tests/fuzz/corpus/<name>/), so new inputs never land in the source tree. Any crash,
# sanitizer report or leak fails the script; the reproducer is kept in build-fuzz/findings/.
#   bash scripts/fuzz.sh            # 30 s each (what CI runs)
#   bash scripts/fuzz.sh 3600       # an hour each
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
seconds="${1:-30}"
build="${GONGWEN_FUZZ_BUILD:-build-fuzz}"
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DGONGWEN_FUZZ=ON -DGONGWEN_SANITIZE=ON -DGONGWEN_BUILD_TESTS=OFF >/dev/null
fuzzers=()
for src in tests/fuzz/fuzz_*.cpp; do fuzzers+=("$(basename "$src" .cpp)"); done
cmake --build "$build" -j"$(nproc)" --target "${fuzzers[@]}"
mkdir -p "$build/findings"
export LSAN_OPTIONS="suppressions=$here/tests/fuzz/lsan.supp"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
for fuzzer in "${fuzzers[@]}"; do
  name="${fuzzer#fuzz_}"
  corpus="$(mktemp -d)"
  if [ -d "tests/fuzz/corpus/$name" ]; then cp -r "tests/fuzz/corpus/$name/." "$corpus/"; fi
  echo "== $fuzzer: $seconds s on $(ls "$corpus" | wc -l) seed inputs"
  if ! "$build/$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$build/findings/$fuzzer-" -print_final_stats=1 "$corpus" \
      >"$build/findings/$fuzzer.log" 2>&1; then
    tail -n 60 "$build/findings/$fuzzer.log"
    rm -rf "$corpus"
    echo "FAILED: $fuzzer (log and reproducer in $build/findings/)" >&2
    exit 1
  fi
  grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "$build/findings/$fuzzer.log" | tail -n 2 || true
  rm -rf "$corpus"
done
echo "fuzzing: ${#fuzzers[@]} targets, $seconds s each, no findings"

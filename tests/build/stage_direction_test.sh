#!/usr/bin/env bash
# The build enforces the pipeline's direction: a parse-stage source that includes a layout
# header must fail to compile with "No such file", while one that includes the model builds.
set -uo pipefail
build_dir="$1"
if ! cmake --build "$build_dir" --target gongwen_right_way_probe >/tmp/gw-right-$$.log 2>&1; then
  cat /tmp/gw-right-$$.log; rm -f /tmp/gw-right-$$.log
  echo "the control probe (parse → model) did not build" >&2
  exit 1
fi
rm -f /tmp/gw-right-$$.log
if out="$(cmake --build "$build_dir" --target gongwen_wrong_way_probe 2>&1)"; then
  echo "a parse-stage source including layout/layout.hpp built: the stage direction is not enforced" >&2
  exit 1
fi
if [[ "$out" != *"layout/layout.hpp: No such file"* ]]; then
  echo "$out"
  echo "the wrong-way probe failed for another reason than the missing header" >&2
  exit 1
fi
echo "stage direction enforced: parse cannot include layout/layout.hpp"

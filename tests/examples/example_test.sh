#!/usr/bin/env bash
# Runs an example of examples/ as an OA developer would (issue 14 point 6): the Python
# ctypes or the Java JNA program renders samples/joint-notice.xml from memory with the
# build's libgongwen.so. Checks what it prints against the sample and GB/T 9704, and the
# PDF against the CLI's. A missing interpreter or JDK is a failure, never a skip.
#   example_test.sh python|java BUILD_DIR SOURCE_DIR
set -euo pipefail
lang="$1"
build_dir="$2"
source_dir="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

case "$lang" in
  python)
    command -v python3 >/dev/null || fail "python3 not found (scripts/setup.sh installs it)"
    run() { python3 "$source_dir/examples/python/render.py" "$build_dir/libgongwen.so" "$@"; }
    ;;
  java)
    command -v java >/dev/null && command -v javac >/dev/null ||
      fail "no JDK: install default-jdk-headless (scripts/setup.sh does)"
    jna=/usr/share/java/jna.jar
    test -f "$jna" || fail "$jna not found: install libjna-java (scripts/setup.sh does)"
    # Java 11+ runs a single source file directly (the JDK compiles it in memory).
    run() {
      java -cp "$jna" -Djna.library.path="$build_dir" "$source_dir/examples/java/Render.java" "$@"
    }
    ;;
  *) fail "unknown example language $lang" ;;
esac

sample="$source_dir/samples/joint-notice.xml"
set +e
output="$(run "$sample" "$work/example.pdf" 2>&1)"
status=$?
set -e
echo "$output"
[ "$status" -eq 0 ] || fail "the $lang example exited with $status"

# The sample's <signature> has two <issuer>s and two seals. GB/T 9704 §7.3.5.1: joint
# issuers take equal columns across the 156 mm 版心 (28 mm from the left edge), a 42 mm
# seal centred in each: centres at 28 + 39 = 67 mm and 28 + 117 = 145 mm, at one height.
number='[0-9]+\.[0-9]'
line1="seal 1: page ([0-9]+), centre \(67\.0, ($number)\) mm, diameter 42\.0 mm, issuer 中共某某市委员会"
line2="seal 2: page ([0-9]+), centre \(145\.0, ($number)\) mm, diameter 42\.0 mm, issuer 某某市人民政府"
[[ "$output" =~ $line1 ]] || fail "no line matching: $line1"
page1="${BASH_REMATCH[1]}" y1="${BASH_REMATCH[2]}"
[[ "$output" =~ $line2 ]] || fail "no line matching: $line2"
[ "$page1" = "${BASH_REMATCH[1]}" ] && [ "$y1" = "${BASH_REMATCH[2]}" ] ||
  fail "the two seals are not side by side on one page"
[[ "$output" =~ wrote\ .*example\.pdf:\ [1-9][0-9]*\ pages ]] || fail "no 'wrote' line"

# The same bytes as the CLI renders from the file (one document, one PDF).
"$build_dir/gongwen" render "$sample" -o "$work/cli.pdf" >/dev/null 2>&1 ||
  fail "the CLI could not render $sample"
cmp "$work/example.pdf" "$work/cli.pdf" || fail "the $lang example's PDF differs from the CLI's"

# Diagnostics: an impossible date is an error the example prints with its place, and no
# PDF is written.
printf '%s\n' '<gongwen><title>关于测试的通知</title><body><p>正文。</p></body>' \
  '<signature><issuer>某某市人民政府</issuer><date>2022-02-30</date></signature></gongwen>' \
  >"$work/bad.xml"
set +e
output="$(run "$work/bad.xml" "$work/bad.pdf" 2>&1)"
status=$?
set -e
echo "$output"
[ "$status" -eq 1 ] || fail "a notice with errors: the $lang example exited with $status, not 1"
[[ "$output" == *"bad.xml:2:"*"error GW-E-BAD-DATE"* ]] || fail "the GW-E-BAD-DATE error is not printed"
[ ! -e "$work/bad.pdf" ] || fail "a PDF was written for a notice with errors"
echo "$lang example test passed"

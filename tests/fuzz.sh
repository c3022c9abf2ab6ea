#!/bin/sh
# Runs each libFuzzer target for a while: tests/fuzz.sh BUILD SECONDS TARGET...; with no
# arguments, FUZZ_BUILD, FUZZ_SECONDS and FUZZERS from the environment (make check).
# The corpus starts from the golden statements, the voice files and the stored
# regressions; a crash, a sanitizer report, a leak or a slow input is a failure, saved
# under BUILD/findings/ (copy it to tests/fuzz/regressions/TARGET/ once fixed).
set -u
build=${1:-${FUZZ_BUILD:-build/fuzz}}
secs=${2:-${FUZZ_SECONDS:-5}}
[ $# -ge 2 ] && shift 2
targets=${*:-${FUZZERS:-fuzz_parse fuzz_plan fuzz_settings fuzz_speech}}
passed=0
failed=0
mkdir -p "$build/findings"
for t in $targets; do
    bin="$build/$t"
    if [ ! -x "$bin" ]; then
        echo "fuzz: $bin is missing (make fuzz-build needs clang)"
        failed=$((failed + 1))
        continue
    fi
    corpus="$build/corpus/$t"
    mkdir -p "$corpus"
    for f in tests/golden/*/input.txt; do
        cp "$f" "$corpus/golden-$(basename "$(dirname "$f")")"
    done
    i=0
    for f in voices/*.voice voices/lexicon.txt; do
        # the settings target reads its loader from the first byte
        printf "\\00$((i % 4))" | cat - "$f" > "$corpus/voices-$i"
        i=$((i + 1))
    done
    [ -d "tests/fuzz/regressions/$t" ] && cp tests/fuzz/regressions/"$t"/* "$corpus"/ 2>/dev/null
    if "$bin" -max_total_time="$secs" -max_len=16384 -timeout=20 -rss_limit_mb=2048 \
        -artifact_prefix="$build/findings/$t-" -print_final_stats=0 "$corpus" \
        > "$build/$t.log" 2>&1; then
        passed=$((passed + 1))
        runs=$(grep -a -o 'Done [0-9]* runs' "$build/$t.log" | tail -n 1)
        echo "fuzz $t: ${runs:-ran} in ${secs} s"
    else
        failed=$((failed + 1))
        echo "fuzz $t: FAILED, see $build/$t.log and $build/findings/"
        grep -a -E 'ERROR|SUMMARY|timeout' "$build/$t.log" | head -5
    fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

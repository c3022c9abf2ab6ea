#!/bin/sh
# Golden tests of the command: for each tests/golden/NAME/, `herald segment --json`
# and `herald plan` of input.txt (with the options in `args`, if present) must equal
# expected.jsonl and plan.jsonl. With --update, rewrites them instead (review the diff).
set -u
build=${1:-build}
update=${2:-}
herald="$build/herald"
passed=0
failed=0
for dir in tests/golden/*/; do
    name=$(basename "$dir")
    args=""
    [ -f "$dir/args" ] && args=$(cat "$dir/args")
    for what in segment plan; do
        want="$dir/expected.jsonl"
        [ "$what" = plan ] && want="$dir/plan.jsonl"
        if [ "$what" = segment ]; then
            # shellcheck disable=SC2086
            got=$("$herald" segment --json $args "$dir/input.txt" 2>&1)
        else
            # shellcheck disable=SC2086
            got=$("$herald" plan $args "$dir/input.txt" 2>&1)
        fi
        rc=$?
        if [ "$update" = "--update" ]; then
            printf '%s\n' "$got" > "$want"
            echo "updated $want"
            continue
        fi
        if [ $rc -eq 0 ] && [ -f "$want" ] && [ "$got" = "$(cat "$want")" ]; then
            passed=$((passed + 1))
        else
            failed=$((failed + 1))
            echo "golden $name ($what): differs from $want (exit $rc)"
            printf '%s\n' "$got" | diff "$want" - | head -20
        fi
    done
done
echo "golden: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

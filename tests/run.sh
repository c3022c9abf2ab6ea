#!/bin/sh
# Runs every test for each build directory given (build, build/asan): the unit tests,
# the golden tests and the command's end-to-end tests. Ends with "N passed, N failed"
# over all of them and exits non-zero if anything failed.
set -u
passed=0
failed=0
tally() { # reads "NAME: N passed, N failed" lines
    line=$(printf '%s\n' "$1" | grep -E '[0-9]+ passed, [0-9]+ failed' | tail -n 1)
    if [ -z "$line" ]; then
        failed=$((failed + 1))
        echo "  (no result line: crashed?)"
        return
    fi
    p=$(printf '%s' "$line" | sed -E 's/.* ([0-9]+) passed, ([0-9]+) failed.*/\1/')
    f=$(printf '%s' "$line" | sed -E 's/.* ([0-9]+) passed, ([0-9]+) failed.*/\2/')
    passed=$((passed + p))
    failed=$((failed + f))
}
# Arguments: build directories, then optionally -- and scripts run once.
builds=""
scripts=""
seen_sep=0
for a in "$@"; do
    if [ "$a" = "--" ]; then seen_sep=1; continue; fi
    if [ $seen_sep -eq 1 ]; then scripts="$scripts $a"; else builds="$builds $a"; fi
done
for build in $builds; do
    echo "== $build"
    # a cache of this run's own: what an earlier run left must not decide what is
    # synthesised
    rm -rf "$build/cache"
    for t in "$build"/tests/test_*; do
        [ -x "$t" ] || continue
        san=""
        case "$build" in *asan*) san=1 ;; esac
        out=$(HERALD="$build/herald" HERALD_SANITIZED=$san XDG_CACHE_HOME="$build/cache" "$t" 2>&1)
        rc=$?
        printf '%s\n' "$out" | sed 's/^/  /' | grep -vE '^  *$'
        tally "$out"
        if [ $rc -ne 0 ] && ! printf '%s' "$out" | grep -qE '[1-9][0-9]* failed'; then
            failed=$((failed + 1))
            echo "  $t exited $rc"
        fi
    done
    out=$(sh tests/golden.sh "$build" 2>&1)
    printf '%s\n' "$out" | sed 's/^/  /'
    tally "$out"
done
for script in $scripts; do
    echo "== $script"
    out=$(sh "$script" 2>&1)
    printf '%s\n' "$out" | sed 's/^/  /'
    tally "$out"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

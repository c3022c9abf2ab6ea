#!/bin/sh
# make bench: herald against the espeak-ng command on the same text (wall time as
# the median of paired runs, time to first audio, peak memory of every process),
# herald plan's speed, and segmentation scores on ../shared/bench when it is there.
# The statement is ../shared/seeds' first when present, else samples/press-statement.txt;
# "x200" is it 200 times over. Measures only; asserts nothing: the verdicts are
# printed beside the targets of issue 9.
set -eu
build=${1:-build}
herald="$build/herald"
measure="$build/measure"
work="$build/bench"
rm -rf "$work"
mkdir -p "$work"
runs=${BENCH_RUNS:-7}

seed=$(ls ../shared/seeds/*.txt 2>/dev/null | head -n 1 || true)
[ -n "$seed" ] || seed=samples/press-statement.txt
cp "$seed" "$work/seed.txt"
i=0
while [ $i -lt 200 ]; do cat "$work/seed.txt"; printf '\n\n'; i=$((i + 1)); done > "$work/x200.txt"
# one sentence of about 100 KB: memory must not grow with a sentence's length
awk 'BEGIN { srand(7); split("harbour council budget ferry terminal sea wall plans next year and the", w, " ");
             printf "We said"; for (i = 0; i < 16000; i++) printf " %s", w[int(rand() * 12) + 1]; print " today." }' \
    > "$work/sentence.txt"
echo "statement: $seed ($(wc -c < "$work/seed.txt") bytes; x200: $(wc -c < "$work/x200.txt") bytes)"

# field NAME of a measure line
field() { printf '%s\n' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

# median of the numbers on standard input
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# paired: N, label, then two commands as strings; runs them alternately and prints
# "herald_median espeak_median" wall seconds (or first-audio ms with FIELD=first_audio_ms)
paired() {
    n=$1; f=${FIELD:-wall}; a=$2; b=$3
    : > "$work/a.txt"; : > "$work/b.txt"
    k=0
    while [ "$k" -lt "$n" ]; do
        rm -rf "$work/out"
        # synthesised afresh every time: no part of it kept from the run before
        [ -n "${WARM_UNITS:-}" ] || rm -rf "$work/cache/herald/units"
        [ -z "${COLD:-}" ] || rm -rf "$work/cache"
        l=$(sh -c "$measure $a"); field "$l" "$f" >> "$work/a.txt"
        echo "$l" > "$work/last-a.txt"
        l=$(sh -c "$measure $b"); field "$l" "$f" >> "$work/b.txt"
        k=$((k + 1))
    done
    echo "$(median < "$work/a.txt") $(median < "$work/b.txt")"
}

row() { # label, herald, espeak, target ratio, unit
    echo "$2 $3 $4" | awk -v label="$1" -v unit="$5" '{
        r = $1 / $2; v = r <= $3 ? "meets" : "misses";
        printf "%-44s herald %8.3f %s  espeak-ng %8.3f %s  ratio %5.2f  target <= %.2f: %s\n",
               label, $1, unit, $2, unit, r, $3, v }'
}

S="$work/seed.txt"
L="$work/x200.txt"
export XDG_CACHE_HOME="$work/cache"

echo
echo "== speed against the espeak-ng command (median of $runs paired runs; x200: 1)"
set -- $(paired "$runs" "$herald -q -f wav -o $work/out $S" "espeak-ng -w $work/e.wav -f $S")
row "WAV, default loudness (seed)" "$1" "$2" 0.75 s
# x200 repeats one statement: without a cache, or its repeats would come from it
set -- $(paired 1 "$herald -q --no-cache -f wav -o $work/out $L" "espeak-ng -w $work/e.wav -f $L")
row "WAV, default loudness (x200, no cache)" "$1" "$2" 0.75 s
if command -v sox >/dev/null 2>&1; then
    set -- $(paired "$runs" "$herald -q -f ogg -o $work/out $S" \
        "sh -c 'espeak-ng --stdout -f $S | sox -q -t wav - $work/e.ogg'")
    row "Ogg Vorbis vs espeak-ng --stdout | sox (seed)" "$1" "$2" 0.70 s
else
    echo "Ogg Vorbis: sox not installed, skipped"
fi
$herald -q -o - "$S" > /dev/null # voices known, as a screen reader's runs find them
set -- $(FIELD=first_audio_ms paired 9 "$herald -q -o - $S" "espeak-ng --stdout -f $S")
row "time to first audio, -o - (seed)" "$1" "$2" 1.2 ms
$herald -q -o - "$L" > /dev/null
set -- $(FIELD=first_audio_ms paired 5 "$herald -q -o - $L" "espeak-ng --stdout -f $L")
row "time to first audio, -o - (x200)" "$1" "$2" 1.2 ms
set -- $(WARM_UNITS=1 FIELD=first_audio_ms paired 9 "$herald -q -o - $S" "espeak-ng --stdout -f $S")
row "time to first audio, seed, its audio cached" "$1" "$2" 1.2 ms
set -- $(COLD=1 FIELD=first_audio_ms paired 9 "$herald -q -o - $S" "espeak-ng --stdout -f $S")
row "time to first audio, seed, nothing cached" "$1" "$2" 1.2 ms

echo
echo "== rendering again (median of $runs runs; the first render synthesises everything)"
# field wall of one measured command
wall() { l=$($measure "$@"); field "$l" wall; }
again() { # label, target ratio, then the command; prints it against a cold render
    label=$1; target=$2; shift 2
    : > "$work/a.txt"; : > "$work/b.txt"
    k=0
    while [ "$k" -lt "$runs" ]; do
        rm -rf "$work/again" "$work/again2" "$work/cache/herald/units"
        wall "$herald" -q -f wav -o "$work/again" "$S" >> "$work/a.txt"
        wall "$@" >> "$work/b.txt"
        k=$((k + 1))
    done
    echo "$(median < "$work/b.txt") $(median < "$work/a.txt") $target" | awk -v label="$label" '{
        r = $1 / $2; printf "%-44s herald %8.3f s  first render %8.3f s  ratio %5.2f  target <= %.2f: %s\n",
        label, $1, $2, r, $3, r <= $3 ? "meets" : "misses" }'
}
again "seed, unchanged, into the same folder" 0.10 "$herald" -q -f wav -o "$work/again" "$S"
again "seed, from the cache into a new folder" 1.00 "$herald" -q -f wav -o "$work/again2" "$S"
sed 's/once again/once more/' "$S" > "$work/edited.txt"
again "seed, one sentence changed" 1.00 "$herald" -q -f wav -o "$work/again2" "$work/edited.txt"

echo
echo "== many statements: 50 generated, herald's batch against espeak-ng (one run each)"
mkdir -p "$work/many"
k=1
while [ $k -le 50 ]; do
    awk -v k=$k 'BEGIN { srand(k); split("harbour council budget ferry terminal sea wall plans next year town works school road quay winter board residents contract tender bridge market", w, " ");
        printf "Press statement\n\nThe council on its plans, number %d\n\n", k;
        for (p = 0; p < 12; p++) { for (s = 0; s < 3; s++) { n = 8 + int(rand() * 12); printf "The";
            for (i = 0; i < n; i++) printf " %s", w[int(rand() * 21) + 1]; printf ". " } printf "\n\n" } }' \
        > "$work/many/s$k.txt"
    k=$((k + 1))
done
rm -rf "$work/batch" "$work/batch2" "$work/bcache" "$work/many-e"
mkdir -p "$work/many-e"
hb=$(wall "$herald" -q -f wav --cache "$work/bcache" -o "$work/batch" "$work"/many/s*.txt)
hw=$(wall "$herald" -q -f wav --cache "$work/bcache" -o "$work/batch2" "$work"/many/s*.txt)
hu=$(wall "$herald" -q -f wav --cache "$work/bcache" -o "$work/batch2" "$work"/many/s*.txt)
el=$(wall sh -c "for f in $work/many/s*.txt; do espeak-ng -w $work/many-e/\$(basename \$f .txt).wav -f \$f; done")
printf '%-44s herald %8.2f s  espeak-ng loop %8.2f s  ratio %5.2f\n' "50 statements to WAV, cold" "$hb" "$el" \
    "$(echo "$hb $el" | awk '{ print $1 / $2 }')"
if command -v parallel >/dev/null 2>&1; then
    ep=$(wall parallel --will-cite espeak-ng -w "$work/many-e/{/.}.wav" -f {} ::: "$work"/many/s*.txt)
    echo "$hb $ep" | awk '{ r = $1 / $2; printf "%-44s herald %8.2f s  parallel espeak-ng %8.2f s  ratio %5.2f  target <= 0.75: %s\n",
        "50 statements to WAV, cold", $1, $2, r, r <= 0.75 ? "meets" : "misses" }'
else
    echo "parallel espeak-ng: GNU parallel not installed, skipped"
fi
echo "$hw $hb" | awk '{ r = $1 / $2; printf "%-44s herald %8.2f s  cold %8.2f s  ratio %5.2f  target <= 0.10: %s\n",
    "50 statements, warm cache, new folders", $1, $2, r, r <= 0.10 ? "meets" : "misses" }'
echo "$hu $hb" | awk '{ r = $1 / $2; printf "%-44s herald %8.2f s  cold %8.2f s  ratio %5.2f  target <= 0.10: %s\n",
    "50 statements again, all up to date", $1, $2, r, r <= 0.10 ? "meets" : "misses" }'

echo
echo "== herald alone"
: > "$work/plan.txt"
for k in 1 2 3 4 5; do
    l=$($measure "$herald" plan "$L"); field "$l" wall >> "$work/plan.txt"
done
p=$(median < "$work/plan.txt")
# (issue 9: at least 10 MB of statement text a second)
echo "$p $(wc -c < "$L")" | awk '{ printf "%-44s %8.3f s  (%.1f MB/s)  target >= 10 MB/s: %s\n",
    "herald plan (x200)", $1, $2 / $1 / 1e6, ($2 / $1 / 1e6 >= 10) ? "meets" : "misses" }'
for what in seed x200 sentence; do
    l=$($measure "$herald" -q --no-cache -f wav -o "$work/out-$what" "$work/$what.txt")
    echo "$l" | tr ' ' '\n' | sed -n 's/^maxrss_kib=//p' | awk -v w="$what" '{
        printf "%-44s %8.1f MiB (largest process)  target < 32 MiB: %s\n",
               "peak memory, WAV (" w ")", $1 / 1024, $1 < 32768 ? "meets" : "misses" }'
done
l=$($measure espeak-ng -w "$work/e.wav" -f "$work/sentence.txt")
echo "$l" | tr ' ' '\n' | sed -n 's/^maxrss_kib=//p' | awk '{ printf "%-44s %8.1f MiB\n", "  espeak-ng -w, the same sentence", $1 / 1024 }'
audio=$(sed -n 's/^  "duration_s": \([0-9.]*\)$/\1/p' "$work/out-x200/index.json")
echo "audio of x200: ${audio:-?} s"

shared="../shared/bench"
echo
if [ -d "$shared" ]; then
    for f in "$shared"/*.tsv; do
        "$build/score" "$herald" "$f"
    done
    if [ -f "$shared/golden_rules_en.tsv" ]; then
        "$build/pauses" espeak espeak-ng "$shared/golden_rules_en.tsv"
        "$build/pauses" herald "$herald" "$shared/golden_rules_en.tsv"
    fi
else
    echo "segmentation scores: $shared not present, skipped"
fi
# the project's own French and Spanish sets, scored with --lang fr / es
"$build/score" "$herald" tests/data/fr-sbd.tsv
"$build/score" "$herald" tests/data/es-sbd.tsv

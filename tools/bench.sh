#!/bin/sh
# make bench: herald against the espeak-ng command on the same generated statement
# (wall time, CPU time, peak memory), and segmentation scores on ../shared/bench when
# it is there. Measures only; asserts nothing.
set -eu
build=${1:-build}
herald="$build/herald"
work="$build/bench"
rm -rf "$work"
mkdir -p "$work"

# A statement of 240 paragraphs in the international-organisation convention.
awk 'BEGIN {
    print "Press statement\n"
    print "by the Secretary General of the Northern Rivers Commission Tomas Eriksen after the spring session\n"
    print "  \xe2\x80\xa2 3 Apr. 2025 -\n  \xe2\x80\xa2 |\n  \xe2\x80\xa2 Last updated: 3 Apr. 2025 18:20\n"
    print "(As delivered)\n"
    split("We met for two days in Riga, and the talks were open and useful.|" \
          "The rivers we share do not stop at borders, and neither can our work.|" \
          "Last year the spring floods cost farmers a whole season.|" \
          "We agreed to fund new gauges along the lower reaches.|" \
          "Data from every station will be published free of charge.|" \
          "Mr. Ozols and Dr. Berzina led the technical groups with great care.|" \
          "Our budget for 2026 rises by 4.5 per cent., the first rise in six years.|" \
          "Is this enough? No, but it is a real start.|" \
          "Communities along the coast have waited too long for better warnings.|" \
          "So we will act faster, and we will act together.", s, "|")
    for (p = 1; p <= 240; p++) {
        line = ""
        for (k = 0; k < 3; k++)
            line = line (k ? "\n" : "") s[(p * 7 + k * 3) % 10 + 1]
        print line "\n"
        if (p % 60 == 0)
            print "Part " (p / 60 + 1) "\n"
    }
    print "Thank you."
}' > "$work/statement.txt"

paras=$(grep -c '^$' "$work/statement.txt" || true)
words=$(wc -w < "$work/statement.txt")
echo "statement: $work/statement.txt, $paras paragraphs, $words words"

measure() { # label, command...: wall s, CPU s, peak KiB
    label=$1
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
        echo "$label: failed"; cat "$work/stderr.txt"; return 1; }
    read -r wall user sys rss < "$work/time.txt"
    cpu=$(echo "$user $sys" | awk '{printf "%.2f", $1 + $2}')
    printf '%-28s wall %6.2f s   cpu %6.2f s   peak %7d KiB\n' "$label" "$wall" "$cpu" "$rss"
    echo "$wall $cpu $rss" > "$work/$(echo "$label" | tr -c 'a-z0-9\n' '_').m"
}

measure "espeak-ng -w (wav)" espeak-ng -w "$work/espeak.wav" -f "$work/statement.txt"
measure "herald -f wav --loudness off" "$herald" -q -f wav --loudness off -o "$work/wavraw" "$work/statement.txt"
measure "herald -f wav" "$herald" -q -f wav -o "$work/wav" "$work/statement.txt"
measure "herald -f ogg" "$herald" -q -f ogg -o "$work/ogg" "$work/statement.txt"
measure "herald -o - (stream)" sh -c "'$herald' -q -o - '$work/statement.txt' > '$work/stream.wav'"

e=$(cat "$work/espeak_ng__w__wav_.m")
h=$(cat "$work/herald__f_wav___loudness_off.m")
n=$(cat "$work/herald__f_wav.m")
echo "$e $h" | awk '{printf "herald wav (level unchanged) vs espeak-ng: wall x%.2f, cpu x%.2f (overhead %+.1f%% cpu)\n", $4/$1, $5/$2, ($5/$2 - 1) * 100}'
echo "$h $n" | awk '{printf "loudness normalisation (measure, limit, true peak): %+.2f s cpu\n", $5 - $2}'
audio_e=$(soxi -D "$work/espeak.wav" 2>/dev/null || echo "?")
audio_h=$(awk -F'"duration_s": ' '/"duration_s": [0-9.]+$/ {print $2}' "$work/wav/index.json" | tail -n 1)
echo "audio: espeak-ng $audio_e s, herald $audio_h s (herald adds structural pauses and the header)"

shared="../shared/bench"
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

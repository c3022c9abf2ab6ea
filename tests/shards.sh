#!/bin/sh
# A batch spread over processes as README's recipes spread it, with GNU parallel
# (installed with apt-get when it can be; says so, and counts nothing, when it cannot):
# shards rendering into one output tree with one shared cache give every statement's
# folder exactly as a single process does, and together cover every input exactly once
# (herald batch-report); shares stay put when inputs are added; the shard comes from
# --shard, a Slurm array's variables or a Kubernetes Indexed Job's index.
# Ends with "shards: N passed, N failed".
set -u
herald=${HERALD:-build/herald}
case "$herald" in /*) ;; *) herald="$(pwd)/$herald" ;; esac
. tests/need.sh
missing=""
command -v parallel >/dev/null 2>&1 || missing="$missing parallel"
command -v python3 >/dev/null 2>&1 || missing="$missing python3"
# shellcheck disable=SC2086
need shards $missing
passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "shards: FAIL: $*"; }
check() { # description, then a command that must succeed
    d=$1
    shift
    if "$@"; then ok; else bad "$d"; fi
}

work=$(mktemp -d "${TMPDIR:-/tmp}/herald-shards-XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
mkdir in
k=1
while [ $k -le 9 ]; do
    printf 'Press statement\n\nFerry notice %d\n\n%d March 2025\n\nThe ferry to island %d leaves at %d o'"'"'clock from Monday. Tickets cost %d euros. The harbour office answers questions on weekdays.\n' \
        $k $k $k $((k + 6)) $((k * 3)) > "in/notice-$k.txt"
    k=$((k + 1))
done
cp in/notice-3.txt "in/Notice 3.txt" # a second 'notice-3': its folder is notice-3-2
ls in/*.txt > list.txt
n=$(wc -l < list.txt)

# one process
"$herald" -q -f flac --cache cache-1 -o single --from list.txt
check "single batch renders" [ $? -eq 0 ]

# three shards at once under GNU parallel, one tree, one cache
parallel --will-cite "$herald" -q -j 1 -f flac --cache cache-3 --shard {}/3 -o sharded --from list.txt ::: 1 2 3
check "three shards under GNU parallel succeed" [ $? -eq 0 ]
for r in 1 2 3; do
    check "shard $r writes its own report" [ -f "sharded/batch-$r-of-3.json" ]
done
check "no shard writes batch.json" [ ! -e sharded/batch.json ]
for d in single/*/; do
    name=$(basename "$d")
    same=1
    for f in "$d"*; do
        cmp -s "$f" "sharded/$name/$(basename "$f")" || { same=0; echo "  $name/$(basename "$f") differs"; }
    done
    check "$name: sharded render equals the single one" [ $same -eq 1 ]
done
check "sharded tree has every folder" [ "$(ls -d sharded/*/ | wc -l)" -eq "$n" ]

"$herald" batch-report -q sharded > merged.json
check "batch-report: every statement rendered (exit 0)" [ $? -eq 0 ]
covers=$(python3 -c '
import json, sys
m = json.load(open("merged.json"))
listed = [l.strip() for l in open("list.txt") if l.strip()]
got = [s["input"] for s in m["statements"]]
print(int(sorted(got) == sorted(listed) and len(got) == len(set(got)) and m["ok"] == len(listed)
          and not m["claimed_twice"] and len(m["reports"]) == 3))' 2>/dev/null)
check "the shards cover every input exactly once" [ "$covers" = 1 ]
total=0
for r in 1 2 3; do
    c=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["statements"]))' "sharded/batch-$r-of-3.json")
    total=$((total + c))
done
check "the shards' reports add up to the list" [ "$total" -eq "$n" ]

# the cross-machine recipe's form, on this machine (-S : is the local computer)
parallel --will-cite -S : "$herald" -q -j 1 -f flac --cache cache-3 --shard {}/3 -o sharded-s --from "$work/list.txt" ::: 1 2 3
check "GNU parallel with --sshlogin : succeeds" [ $? -eq 0 ]
"$herald" batch-report -q sharded-s > /dev/null
check "and covers every input" [ $? -eq 0 ]

# shares stay put when inputs are added elsewhere in the list
share() { # list, N -> "input shard" lines, by rendering nothing: each shard's report
    rm -rf share
    k=1
    while [ $k -le "$2" ]; do
        "$herald" -q -f flac --cache cache-3 --shard "$k/$2" -o share --from "$1" >/dev/null 2>&1
        python3 -c 'import json,sys; [print(s["input"], sys.argv[2]) for s in json.load(open(sys.argv[1]))["statements"]]' \
            "share/batch-$k-of-$2.json" "$k"
        k=$((k + 1))
    done | sort
}
share list.txt 3 > before.txt
printf 'Press statement\n\nA new notice\n\nThe quay is open again.\n' > in/extra.txt
{ echo in/extra.txt; cat list.txt; } > list2.txt
share list2.txt 3 | grep -v '^in/extra.txt ' > after.txt
check "adding an input moves no other to another shard" cmp -s before.txt after.txt

# the shard from a Slurm array task (ids 4, 5, 6: the second is shard 2 of 3)
rm -rf slurm
SLURM_ARRAY_TASK_ID=5 SLURM_ARRAY_TASK_MIN=4 SLURM_ARRAY_TASK_STEP=1 SLURM_ARRAY_TASK_COUNT=3 \
    "$herald" -q -f flac --cache cache-3 -o slurm --from list.txt
check "a Slurm array task renders its shard" [ $? -eq 0 ] && [ -f slurm/batch-2-of-3.json ]
python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); sys.exit(0 if [s["input"] for s in a["statements"]] == [s["input"] for s in b["statements"]] else 1)' \
    slurm/batch-2-of-3.json sharded/batch-2-of-3.json
check "a Slurm task's share is --shard's" [ $? -eq 0 ]
SLURM_ARRAY_TASK_ID=5 SLURM_ARRAY_TASK_COUNT=3 SLURM_ARRAY_TASK_MIN=4 \
    "$herald" -q -f flac --cache cache-3 --shard none -o slurm-all --from list.txt
check "--shard none renders everything inside an array" [ -f slurm-all/batch.json ]
SLURM_ARRAY_TASK_ID=9 SLURM_ARRAY_TASK_COUNT=3 SLURM_ARRAY_TASK_MIN=4 \
    "$herald" -q -o slurm-bad --from list.txt 2>/dev/null
check "a task id outside the array is bad usage (64)" [ $? -eq 64 ]
rm -rf slurm-bounds
SLURM_ARRAY_TASK_ID=5 SLURM_ARRAY_TASK_MIN=4 SLURM_ARRAY_TASK_MAX=6 \
    "$herald" -q -f flac --cache cache-3 -o slurm-bounds --from list.txt
check "a Slurm without a count: the array's bounds give it" [ -f slurm-bounds/batch-2-of-3.json ]
SLURM_ARRAY_TASK_ID=5 "$herald" -q -o slurm-bad2 --from list.txt 2>/dev/null
check "a task id and nothing else is bad usage (64)" [ $? -eq 64 ]

# a Kubernetes Indexed Job: the index from JOB_COMPLETION_INDEX, the count by --shards
rm -rf k8s
JOB_COMPLETION_INDEX=2 "$herald" -q -f flac --cache cache-3 --shards 3 -o k8s --from list.txt
check "an Indexed Job's pod renders its shard" [ $? -eq 0 ] && [ -f k8s/batch-3-of-3.json ]
"$herald" -q --shards 3 -o k8s-bad --from list.txt 2>/dev/null
check "--shards without JOB_COMPLETION_INDEX is bad usage (64)" [ $? -eq 64 ]
for v in 0/3 4/3 3 a/b 1/0; do
    "$herald" -q --shard "$v" -o bad --from list.txt 2>/dev/null
    check "--shard $v is bad usage (64)" [ $? -eq 64 ]
done

# batch-report: inputs claimed twice, a shard without its report, shardings mixed, a
# report from a run without shards beside shard reports, one herald did not write,
# nothing to read
"$herald" batch-report -q sharded sharded-s > twice.json
check "an input in two reports: exit 1" [ $? -eq 1 ]
check "and claimed_twice names them" python3 -c 'import json,sys; sys.exit(0 if len(json.load(open("twice.json"))["claimed_twice"]) == '"$n"' else 1)'
mkdir -p partial && cp sharded/batch-1-of-3.json sharded/batch-3-of-3.json partial/
"$herald" batch-report -q partial > partial.json
check "a shard without its report: exit 1" [ $? -eq 1 ]
check "and missing_shards names it" python3 -c 'import json,sys; sys.exit(0 if json.load(open("partial.json"))["missing_shards"] == [2] else 1)'
mkdir -p mixed && cp sharded/batch-1-of-3.json mixed/ && cp sharded/batch-2-of-3.json mixed/batch-1-of-2.json
"$herald" batch-report -q mixed > /dev/null 2>&1
check "reports of two shardings: 65" [ $? -eq 65 ]
cp single/batch.json sharded/batch.json
"$herald" batch-report sharded > /dev/null 2> stale.txt
check "a batch.json beside shard reports is left out (exit 0)" [ $? -eq 0 ]
check "and herald says so" grep -q "left out" stale.txt
rm -f sharded/batch.json
mkdir -p foreign && echo '{"statements": []}' > foreign/batch.json
"$herald" batch-report -q foreign > /dev/null 2>&1
check "a report herald did not write: 65" [ $? -eq 65 ]
mkdir -p empty
"$herald" batch-report -q empty > /dev/null 2>&1
check "a folder without a report: 66" [ $? -eq 66 ]

echo "shards: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

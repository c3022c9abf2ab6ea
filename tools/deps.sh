#!/bin/sh
# Installs the Debian packages herald needs to build, test and benchmark, when any is
# missing: apt-get as root, or through sudo. Does nothing when all are there.
set -eu
need="gcc make pkg-config clang libclang-rt-14-dev libespeak-ng-dev libsndfile1-dev libutf8proc-dev libsamplerate0-dev libebur128-dev libjansson-dev libzip-dev espeak-ng sox time parallel"
missing=""
for p in $need; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0
echo "deps: installing$missing"
if [ "$(id -u)" -eq 0 ]; then
    run=""
elif command -v sudo >/dev/null 2>&1; then
    run="sudo"
else
    echo "deps: missing packages:$missing; install them as root (apt-get install$missing)" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$run apt-get update -qq
# shellcheck disable=SC2086
$run apt-get install -y -qq --no-install-recommends $missing >/dev/null

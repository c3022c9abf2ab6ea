#!/bin/sh
# The web player (index.html) in a real browser: renders tests/player/statement.txt,
# then tests/player/player.test.js drives Debian's chromium with puppeteer-core (from
# npm; no browser is downloaded) and audits the page with axe-core. Installs chromium,
# node and npm with apt-get, and the two npm packages into build/node, when it can;
# says so, and counts nothing, when it cannot. SCREENSHOT=FILE.png keeps a screenshot.
# Ends with "player: N passed, N failed".
set -u
herald=${HERALD:-build/herald}
mods=${HERALD_NODE_DIR:-build/node}
skip() {
    echo "player: cannot run: $1"
    echo "player: 0 passed, 0 failed"
    exit 0
}
need=""
command -v chromium >/dev/null 2>&1 || need="$need chromium"
command -v node >/dev/null 2>&1 || need="$need nodejs"
command -v npm >/dev/null 2>&1 || need="$need npm"
. tests/need.sh
# shellcheck disable=SC2086
need player $need
major=$(node -e 'process.stdout.write(String(process.versions.node.split(".")[0]))' 2>/dev/null)
[ "${major:-0}" -ge 18 ] || skip "node $major is too old for puppeteer-core (18 or later)"
if ! cmp -s tests/player/package.json "$mods/package.json" || [ ! -d "$mods/node_modules/puppeteer-core" ] ||
    [ ! -d "$mods/node_modules/axe-core" ]; then
    mkdir -p "$mods" && cp tests/player/package.json "$mods/package.json" || skip "cannot write $mods"
    echo "player: installing puppeteer-core and axe-core from npm into $mods"
    # no browser download: puppeteer-core never fetches one; the system's chromium is used
    (cd "$mods" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund --loglevel=error >/dev/null) || {
        rm -f "$mods/package.json"
        skip "npm could not install puppeteer-core and axe-core"
    }
fi
tmp=$(mktemp -d) || skip "no temporary folder"
trap 'rm -rf "$tmp"' EXIT INT TERM
dirs=""
for f in ogg mp3 opus flac wav; do
    "$herald" -q -f "$f" -o "$tmp/$f" tests/player/statement.txt || {
        echo "  FAIL: herald could not render the test statement as $f"
        echo "player: 0 passed, 1 failed"
        exit 1
    }
    [ "$f" = ogg ] || dirs="$dirs $tmp/$f"
done
NODE_PATH="$mods/node_modules" node tests/player/player.test.js "$tmp/ogg" "${SCREENSHOT:-}" $dirs

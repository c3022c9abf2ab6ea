#!/bin/sh
# make install: what lands where, that a program builds against the installed library
# with pkg-config, and that an installed herald finds its installed voice profiles.
set -u
passed=0
failed=0
check() { # description, command...
    what=$1
    shift
    if "$@" >/dev/null 2>&1; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "install: FAIL: $what"
    fi
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
top=$(pwd)

make --no-print-directory -s BUILD="$tmp/build" PREFIX="$tmp/pfx" install >/dev/null 2>&1
check "installs the command" test -x "$tmp/pfx/bin/herald"
check "installs the header" test -f "$tmp/pfx/include/herald.h"
check "installs the library" test -f "$tmp/pfx/lib/libherald.a"
check "installs herald.pc" test -f "$tmp/pfx/lib/pkgconfig/herald.pc"
check "installs seven voice profiles" test "$(ls "$tmp/pfx/share/herald/voices" | grep -c '\.voice$')" -ge 7

cat > "$tmp/app.c" <<'C'
#include <herald.h>
#include <stdio.h>
#include <string.h>
int main(void)
{
    const char *text = "Speech\n\nby the Mayor of Eastport Lena Holt\n\nGood evening.";
    hd_doc *doc = NULL;
    if (hd_doc_parse(text, strlen(text), NULL, &doc, NULL) != HD_OK)
        return 1;
    printf("%zu %s\n", hd_doc_sentence_count(doc), hd_doc_header(doc).kind);
    hd_doc_free(doc);
    return 0;
}
C
flags=$(PKG_CONFIG_PATH="$tmp/pfx/lib/pkgconfig" pkg-config --cflags --libs herald)
# shellcheck disable=SC2086
check "a program builds with pkg-config --cflags --libs herald" \
    cc -o "$tmp/app" "$tmp/app.c" $flags
check "and runs" sh -c "'$tmp/app' | grep -qx '3 Speech'"
# The README's library example builds against the installed library and renders.
sed -n '/^```c$/,/^```$/p' README.md | sed '1d;$d' > "$tmp/readme.c"
check "the README's example builds" cc -o "$tmp/readme" "$tmp/readme.c" $flags
printf 'Speech\n\nby the Mayor of Eastport Lena Holt\n\nGood evening.\n' > "$tmp/s.txt"
check "and renders MP3 chapters" sh -c "cd '$tmp' && ./readme s.txt && test -f out/index.json && ls out | grep -q '\\.mp3\$'"
check "installed herald finds installed voices" sh -c \
    "cd '$tmp' && HERALD_VOICES= '$tmp/pfx/bin/herald' voices | grep -q '$tmp/pfx/share/herald/voices/narrator.voice'"

make --no-print-directory -s BUILD="$tmp/build" PREFIX=/usr DESTDIR="$tmp/stage" install >/dev/null 2>&1
check "DESTDIR stages under the prefix" test -x "$tmp/stage/usr/bin/herald"
check "herald.pc names the prefix" grep -qx 'prefix=/usr' "$tmp/stage/usr/lib/pkgconfig/herald.pc"
cd "$top" || exit 1
echo "install: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

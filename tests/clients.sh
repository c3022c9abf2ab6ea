#!/bin/sh
# Real clients read herald's output: ffmpeg/ffprobe (decoding, channels, loudness,
# chapters, tags, the ffconcat playlist), mpv (the M3U playlist), mutagen (MP3's ID3 tag, a second reader)
# feedparser (feed.xml) and epubcheck (the EPUB read-along book). Installs them with apt-get when it can (root or sudo);
# says so, and counts nothing, when it cannot. Ends with "clients: N passed, N failed".
set -u
herald=${HERALD:-build/herald}
py=/usr/bin/python3
need=""
command -v ffprobe >/dev/null 2>&1 || need="$need ffmpeg"
command -v mpv >/dev/null 2>&1 || need="$need mpv"
command -v epubcheck >/dev/null 2>&1 || need="$need epubcheck"
[ -x "$py" ] || need="$need python3"
[ -x "$py" ] && "$py" -c 'import feedparser' 2>/dev/null || need="$need python3-feedparser"
[ -x "$py" ] && "$py" -c 'import mutagen' 2>/dev/null || need="$need python3-mutagen"
if [ -n "$need" ]; then
    if [ "$(id -u)" -eq 0 ]; then
        run=""
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        run="sudo -n"
    else
        echo "clients: cannot run: missing$need and no root to install them (apt-get install$need)"
        echo "clients: 0 passed, 0 failed"
        exit 0
    fi
    echo "clients: installing$need"
    export DEBIAN_FRONTEND=noninteractive
    if ! { $run apt-get update -qq && $run apt-get install -y -qq --no-install-recommends $need >/dev/null; }; then
        echo "clients: cannot run: apt-get could not install$need"
        echo "clients: 0 passed, 0 failed"
        exit 0
    fi
fi
exec "$py" tests/clients.py "$herald"

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
. tests/need.sh
# shellcheck disable=SC2086
need clients $need
exec "$py" tests/clients.py "$herald"

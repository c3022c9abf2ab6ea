"""Real clients read what herald writes (run by tests/clients.sh).

For every format, a stereo render must decode (ffmpeg) to two equal channels that
follow the mono render, and measure (ffmpeg's ebur128) within 0.5 LU and 0.1 dB of
what index.json claims. Tags read back in ffprobe, and MP3's ID3 tag in mutagen too;
a one-file MP3 carries its chapters; playlist.ffconcat opens in ffprobe with the
exact duration; captions keep their line limits and each chapter's own timeline;
transcript.json is a Podcasting 2.0 transcript; feed.xml parses in feedparser and
every link in it names a file that exists.
"""
import array
import json
import math
import os
import re
import subprocess
import sys
import tempfile

HERALD = sys.argv[1] if len(sys.argv) > 1 else "build/herald"
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("  FAIL: " + what)


STATEMENT = """Press conference

by Spokesperson Ana Ruiz \u2014 Caf\u00e9 de la Mer, 3 March 2025

3 March 2025

Opening

MS. RUIZ: Good afternoon. The harbour reopens on Monday after three weeks of repairs, and the ferries run again from Tuesday.

Questions

Q: Will the fares change?

MS. RUIZ: No. The fares stay as they are until the end of the year.
"""


def run(args):
    p = subprocess.run([HERALD, "-q"] + args, capture_output=True, text=True)
    return p.returncode, p.stderr


def decode(path, channels, rate=None):
    cmd = ["ffmpeg", "-v", "error", "-i", path, "-f", "f32le", "-ac", str(channels)]
    if rate:
        cmd += ["-ar", str(rate)]
    out = subprocess.run(cmd + ["-"], capture_output=True).stdout
    a = array.array("f")
    a.frombytes(out[: len(out) // 4 * 4])
    return a


def ebur128(path):
    err = subprocess.run(["ffmpeg", "-nostats", "-i", path, "-af", "ebur128=peak=true", "-f", "null", "-"],
                         capture_output=True, text=True).stderr
    summary = err[err.rfind("Summary:"):]
    i = re.search(r"I:\s+(-?[\d.]+) LUFS", summary)
    p = re.search(r"Peak:\s+(-?[\d.]+|-inf) dBFS", summary)
    return (float(i.group(1)) if i else None, float(p.group(1)) if p else None)


def probe(path, *entries):
    out = subprocess.run(["ffprobe", "-v", "error", "-of", "json"] + list(entries) + [path],
                         capture_output=True, text=True).stdout
    return json.loads(out or "{}")


def correlation(x, y):
    n = min(len(x), len(y))
    sx = sum(x[:n]) / n
    sy = sum(y[:n]) / n
    cxy = cxx = cyy = 0.0
    for i in range(n):
        a, b = x[i] - sx, y[i] - sy
        cxy += a * b
        cxx += a * a
        cyy += b * b
    return cxy / math.sqrt(cxx * cyy) if cxx > 0 and cyy > 0 else 0.0


def audio_files(d, index):
    return [os.path.join(d, c["file"]) for c in index["chapters"]]


work = tempfile.mkdtemp(prefix="herald-clients-")
src = os.path.join(work, "statement.txt")
with open(src, "w", encoding="utf-8") as f:
    f.write(STATEMENT)

# 1. Every format in stereo: equal channels that follow the mono render; loudness and
#    true peak as index.json says, read back from the files by ffmpeg.
for fmt in ["wav", "flac", "ogg", "opus", "mp3"]:
    st, mo = os.path.join(work, fmt + "-st"), os.path.join(work, fmt + "-mo")
    rc1, e1 = run(["-f", fmt, "--channels", "2", "--sample-rate", "48000" if fmt == "opus" else "44100",
                   "--chapters", "none", "-o", st, src])
    rc2, e2 = run(["-f", fmt, "--sample-rate", "48000" if fmt == "opus" else "44100", "--chapters", "none",
                   "-o", mo, src])
    check(rc1 == 0 and rc2 == 0, "%s renders: %s %s" % (fmt, e1.strip(), e2.strip()))
    if rc1 or rc2:
        continue
    ist = json.load(open(os.path.join(st, "index.json")))
    imo = json.load(open(os.path.join(mo, "index.json")))
    fst, fmo = audio_files(st, ist)[0], audio_files(mo, imo)[0]
    both = decode(fst, 2)
    left, right = both[0::2], both[1::2]
    side = math.sqrt(sum((left[i] - right[i]) ** 2 for i in range(len(left))) / max(len(left), 1))
    mid = math.sqrt(sum(v * v for v in left) / max(len(left), 1))
    ratio = 20 * math.log10(side / mid) if side > 0 and mid > 0 else -999
    # lossy joint stereo may leave a trace in the side channel, far below the speech
    # (the corrupt stereo MP3 of libsndfile 1.2 was at -17 dB); lossless: none at all
    check(mid > 0.01 and ratio <= (-30 if fmt in ("ogg", "opus", "mp3") else -200),
          "%s stereo: left minus right at %.1f dB of the speech" % (fmt, ratio))
    mono = decode(fmo, 1)
    r = correlation(left, mono)
    check(r >= 0.98, "%s stereo follows the mono render: correlation %.4f" % (fmt, r))
    for d, idx, path in ((st, ist, fst), (mo, imo, fmo)):
        lufs, tp = ebur128(path)
        claim = idx["loudness"]
        check(lufs is not None and abs(lufs - claim["integrated_lufs"]) <= 0.5,
              "%s %s: ffmpeg measures %s LUFS, index.json %s" % (fmt, os.path.basename(d), lufs,
                                                                  claim["integrated_lufs"]))
        check(tp is not None and tp <= claim["true_peak_dbtp"] + 0.1 and tp <= -1.0,
              "%s %s: ffmpeg true peak %s dBTP, index.json %s" % (fmt, os.path.basename(d), tp,
                                                                  claim["true_peak_dbtp"]))
    # tags, as ffprobe reads them
    pr = probe(fst, "-show_entries", "format_tags:stream_tags")
    tags = {k.lower(): v for k, v in pr.get("format", {}).get("tags", {}).items()}
    for s0 in pr.get("streams", []):  # Ogg keeps its comments with the stream
        tags.update({k.lower(): v for k, v in s0.get("tags", {}).items()})
    if fmt != "wav":
        check(tags.get("title") == "Opening" or tags.get("title") == ist["chapters"][0]["title"],
              "%s title tag: %r" % (fmt, tags.get("title")))
        check(tags.get("album") == ist["title"], "%s album tag: %r" % (fmt, tags.get("album")))
        date = tags.get("date", "")
        check(date.startswith("2025"), "%s date tag: %r" % (fmt, date))
    else:
        check(tags.get("title") is not None, "wav INFO title tag missing")
    # a one-file render carries its chapters: MP3 in ID3 CHAP frames
    if fmt == "mp3":
        chs = probe(fst, "-show_chapters").get("chapters", [])
        marks = json.load(open(os.path.join(st, "chapters.json")))["chapters"]
        check(len(chs) == len(marks) and len(marks) >= 2,
              "mp3: ffprobe finds %d chapters, chapters.json %d" % (len(chs), len(marks)))
        for c, m in zip(chs, marks):
            check(abs(float(c["start_time"]) - m["startTime"]) <= 0.002 and c["tags"]["title"] == m["title"],
                  "mp3 chapter %r at %s, chapters.json %r at %s" % (c["tags"].get("title"), c["start_time"],
                                                                  m["title"], m["startTime"]))
        import mutagen.id3
        t = mutagen.id3.ID3(fst)
        check(t.version[:2] == (2, 3), "mp3: ID3 version %r" % (t.version,))
        check(str(t.get("TDRC", "")) == "2025-03-03", "mp3: mutagen reads the date %r" % str(t.get("TDRC", "")))
        check(len(t.getall("CHAP")) == len(marks) and len(t.getall("CTOC")) == 1,
              "mp3: mutagen finds %d CHAP and %d CTOC" % (len(t.getall("CHAP")), len(t.getall("CTOC"))))
        check(str(t.get("TALB", "")) == ist["title"], "mp3: mutagen album %r" % str(t.get("TALB", "")))

# 2. A chaptered render: playlists, captions per chapter, transcript, feed.
out = os.path.join(work, "chaptered")
rc, e = run(["-f", "mp3", "--base-url", "https://example.org/audio/", "-o", out, src])
check(rc == 0, "chaptered render: " + e.strip())
if rc == 0:
    idx = json.load(open(os.path.join(out, "index.json")))
    total = sum(c["duration_s"] for c in idx["chapters"])
    check(len(idx["chapters"]) >= 2, "chaptered render has %d chapters" % len(idx["chapters"]))
    d = probe(os.path.join(out, "playlist.ffconcat"), "-show_entries", "format=duration")
    got = float(d.get("format", {}).get("duration", "nan"))
    check(abs(got - total) <= 0.002, "ffprobe reads playlist.ffconcat as %.3f s, chapters sum %.3f s" % (got, total))
    # mpv plays playlist.m3u8: every chapter file, in order, to the end
    played = subprocess.run(["mpv", "--no-config", "--vo=null", "--ao=null", "--ao-null-untimed",
                             "--term-playing-msg=PLAYING ${filename} ${=duration}",
                             os.path.join(out, "playlist.m3u8")], capture_output=True, text=True, timeout=120)
    names = re.findall(r"PLAYING (\S+) ([\d.]+)", played.stdout + played.stderr)
    check([n for n, _ in names] == [c["file"] for c in idx["chapters"]] and "End of file" in played.stdout + played.stderr,
          "mpv plays %r, chapters %r" % ([n for n, _ in names], [c["file"] for c in idx["chapters"]]))
    for (n, dur), c in zip(names, idx["chapters"]):
        # an MP3 decoder adds the encoder's delay and padding (about 70 ms a file)
        check(0 <= float(dur) - c["duration_s"] <= 0.1, "mpv: %s lasts %s s, index.json %.3f" % (n, dur, c["duration_s"]))
    m3u = open(os.path.join(out, "playlist.m3u8"), encoding="utf-8").read()
    durs = [float(x) for x in re.findall(r"#EXTINF:([\d.]+),", m3u)]
    check(len(durs) == len(idx["chapters"]) and abs(sum(durs) - total) <= 0.002 * len(durs),
          "playlist.m3u8 durations %r against %.3f s" % (durs, total))
    # captions: every chapter's own, starting at its own zero; line limits
    for c in idx["chapters"]:
        vtt = os.path.join(out, os.path.splitext(c["file"])[0] + ".vtt")
        check(os.path.exists(vtt), "no captions for " + c["file"])
        if not os.path.exists(vtt):
            continue
        text = open(vtt, encoding="utf-8").read()
        times = re.findall(r"(\d\d):(\d\d):(\d\d)\.(\d\d\d) --> ", text)
        starts = [int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000 for h, m, s, ms in times]
        check(starts and 0 <= starts[0] < 1.5 and max(starts) < c["duration_s"],
              "%s: cues from %s to %s in a file of %.3f s" % (vtt, starts[:1], starts[-1:], c["duration_s"]))
        check(text.startswith("WEBVTT\n"), vtt + ": no WEBVTT header")
    for name, width in (("captions.vtt", 42), ("captions.srt", 32)):
        text = open(os.path.join(out, name), encoding="utf-8").read()
        body = [l for l in text.split("\n") if l and "-->" not in l and not l.isdigit() and not l.startswith(("WEBVTT", "NOTE"))]
        longest = max(len(re.sub(r"<[^>]*>", "", l)) for l in body)
        check(longest <= width, "%s: a line of %d characters (at most %d)" % (name, longest, width))
    for name in ("captions.vtt", "captions.srt"):
        blocks = open(os.path.join(out, name), encoding="utf-8").read().split("\n\n")
        most = max((len([l for l in b.split("\n")[b.split("\n").index(l0) + 1:] if l])
                    for b in blocks for l0 in b.split("\n") if "-->" in l0), default=0)
        check(0 < most <= 2, "%s: a cue of %d lines (at most 2)" % (name, most))
    srt = open(os.path.join(out, "captions.srt"), encoding="utf-8").read()
    check(re.match(r"1\n00:00:00,000 --> \d\d:\d\d:\d\d,\d\d\d\nNarrator: ", srt) is not None,
          "captions.srt does not open with a SubRip cue naming its voice")
    check("Ana Ruiz: " in srt, "captions.srt never names Ana Ruiz at her turn")
    tr = json.load(open(os.path.join(out, "transcript.json")))
    segs = tr.get("segments", [])
    check(tr.get("version") == "1.0.0" and segs and all(
        isinstance(s.get("startTime"), (int, float)) and s["endTime"] > s["startTime"] and s.get("body")
        and s.get("speaker") for s in segs), "transcript.json is not a Podcasting 2.0 transcript")
    # the feed: parsed by feedparser; every link names a file of the render
    import feedparser
    feed = feedparser.parse(os.path.join(out, "feed.xml"))
    check(not feed.bozo, "feedparser: %s" % feed.get("bozo_exception"))
    check(len(feed.entries) == len(idx["chapters"]), "feed has %d items for %d files" % (len(feed.entries), len(idx["chapters"])))
    raw = open(os.path.join(out, "feed.xml"), encoding="utf-8").read()
    links = re.findall(r'url="([^"]+)"', raw)
    check(len(links) >= 2 * len(idx["chapters"]), "feed.xml has %d links" % len(links))
    for url in links:
        check(url.startswith("https://example.org/audio/") and
              os.path.exists(os.path.join(out, url[len("https://example.org/audio/"):])),
              "feed link %s names no file of the render" % url)
    for e, c in zip(feed.entries, idx["chapters"]):
        enc = e.enclosures[0] if e.enclosures else {}
        size = os.path.getsize(os.path.join(out, c["file"]))
        check(int(enc.get("length", -1)) == size and enc.get("type") == "audio/mpeg",
              "enclosure of %s: %r, file has %d bytes" % (c["file"], enc, size))
        check(e.get("itunes_duration", "").count(":") == 2, "itunes:duration %r" % e.get("itunes_duration"))
    check("podcast:person" in raw and 'rel="captions"' in raw, "feed.xml lacks podcast:person or captions")

# 3. The podcast preset: 44.1 kHz stereo MP3 at 128 kbit/s, one file with chapters,
#    -16 LUFS and at most -1 dBTP, and its feed item.
pod = os.path.join(work, "podcast")
rc, e = run(["--preset", "podcast", "-o", pod, src])
check(rc == 0, "podcast preset: " + e.strip())
if rc == 0:
    idx = json.load(open(os.path.join(pod, "index.json")))
    f = audio_files(pod, idx)
    check(len(f) == 1 and f[0].endswith(".mp3"), "podcast preset writes %r" % f)
    s = probe(f[0], "-show_streams", "-show_chapters")
    st0 = s.get("streams", [{}])[0]
    check(st0.get("sample_rate") == "44100" and st0.get("channels") == 2 and st0.get("bit_rate") == "128000",
          "podcast stream: %s Hz, %s channels, %s bit/s" % (st0.get("sample_rate"), st0.get("channels"),
                                                           st0.get("bit_rate")))
    check(len(s.get("chapters", [])) >= 2, "podcast MP3 has %d chapters" % len(s.get("chapters", [])))
    lufs, tp = ebur128(f[0])
    check(lufs is not None and abs(lufs + 16) <= 0.5 and tp is not None and tp <= -1.0,
          "podcast loudness %s LUFS, true peak %s dBTP" % (lufs, tp))
    check(os.path.exists(os.path.join(pod, "feed.xml")), "podcast preset wrote no feed.xml")

# 4. The EPUB read-along book passes epubcheck with no error and no warning, for a
#    render in sections and one in turns (more chapters, a speaker's turns in the nav).
# Debian's epubcheck is a jar that runs as a command only where binfmt_misc knows jars
epubcheck = subprocess.run(["sh", "-c", "command -v epubcheck"], capture_output=True, text=True).stdout.strip()
if epubcheck and subprocess.run(["sh", "-c", "command -v java"], capture_output=True).returncode == 0:
    for policy in ("sections", "turns"):
        bd = os.path.join(work, "book-" + policy)
        rc, e = run(["--epub", "--chapters", policy, "-o", bd, src])
        check(rc == 0, "--epub --chapters %s: %s" % (policy, e.strip()))
        books = [f for f in os.listdir(bd) if f.endswith(".epub")] if rc == 0 else []
        check(len(books) == 1, "--epub wrote %r" % books)
        for b in books:
            report = os.path.join(work, "epubcheck.json")
            ec = subprocess.run(["java", "-jar", os.path.realpath(epubcheck), "--json", report,
                                 os.path.join(bd, b)],
                                capture_output=True, text=True)
            try:
                msgs = json.load(open(report)).get("messages", [])
            except (OSError, ValueError):
                msgs = [{"severity": "FATAL", "message": ec.stdout + ec.stderr}]
            bad = [m for m in msgs if m.get("severity") in ("FATAL", "ERROR", "WARNING")]
            check(not bad and ec.returncode == 0, "epubcheck %s (%s): %s" % (b, policy, "; ".join(
                "%s %s %s" % (m.get("severity"), m.get("ID"), m.get("message")) for m in bad[:8])))
else:
    print("clients: epubcheck (or java) is not installed: the EPUB is not validated")

subprocess.run(["rm", "-rf", work])
print("clients: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)

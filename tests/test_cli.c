/* End-to-end tests of the herald command: renders statements written for the tests,
 * reads every file back with libsndfile and checks it against index.json; streams;
 * the error cases and their exit codes; interruption; progress on a terminal. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "level.h"

static char herald[PATH_MAX];
static char fixture[PATH_MAX]; /* international-organisation press statement */
static char fixture2[PATH_MAX]; /* keynote with headings */

static int count_matching(const char *dir, const char *needle)
{
    DIR *d = opendir(dir);
    int n = 0;
    struct dirent *e;
    while (d && (e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..") && strstr(e->d_name, needle))
            n++;
    if (d)
        closedir(d);
    return n;
}

static int one_line(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    return n > 0 && s[n - 1] == '\n' && memchr(s, '\n', n - 1) == NULL;
}

/* Renders `input` in `fmt` and checks every file against the manifest. Returns the
 * total frames, or 0. */
static long long render_and_check(const char *input, const char *fmt, int want_rate,
                                  int want_major, size_t want_chapters)
{
    char *dir = h_tempdir(), path[PATH_MAX + 64];
    char *out = NULL, *err = NULL;
    long long total = 0;
    char *argv[] = {herald, (char *)"-f", (char *)fmt, (char *)"-o", dir, (char *)input, NULL};
    int rc = h_run(argv, NULL, &out, NULL, &err);
    CHECKF(rc == 0, "%s: exit %d: %s", fmt, rc, err);
    CHECKF(out && !*out, "%s: stdout not empty", fmt);
    CHECKF(err && !*err, "%s: stderr not empty off a terminal: %s", fmt, err);

    snprintf(path, sizeof path, "%s/index.json", dir);
    char *text = h_read_file(path, NULL);
    jv *m = text ? j_parse(text) : NULL;
    CHECKF(m != NULL, "%s: index.json missing or not JSON", fmt);
    const jv *ch = j_get(m, "chapters");
    CHECKF(ch && ch->n == want_chapters, "%s: %zu chapters, want %zu", fmt, ch ? ch->n : 0,
           want_chapters);
    CHECK_INT(j_num(m, "sample_rate"), want_rate);
    CHECK_INT(count_matching(dir, ".part-"), 0);
    CHECK_INT(count_matching(dir, fmt), (long long)want_chapters);

    snprintf(path, sizeof path, "%s/playlist.m3u8", dir);
    char *playlist = h_read_file(path, NULL);
    CHECK(playlist && strncmp(playlist, "#EXTM3U\n", 8) == 0);

    double start = 0;
    for (size_t i = 0; ch && i < ch->n; i++) {
        const jv *c = ch->items[i];
        const char *file = j_str(c, "file");
        char want_prefix[32];
        snprintf(want_prefix, sizeof want_prefix, "%02zu-", i + 1);
        CHECKF(file && strncmp(file, want_prefix, 3) == 0, "chapter %zu file %s", i + 1, file);
        if (!file)
            continue;
        CHECKF(playlist && strstr(playlist, file), "%s not in the playlist", file);
        snprintf(path, sizeof path, "%s/%s", dir, file);
        SF_INFO info;
        memset(&info, 0, sizeof info);
        SNDFILE *f = sf_open(path, SFM_READ, &info);
        CHECKF(f != NULL, "%s: %s", path, sf_strerror(NULL));
        if (!f)
            continue;
        CHECK_INT(info.format & SF_FORMAT_TYPEMASK, want_major);
        CHECK_INT(info.samplerate, want_rate);
        CHECK_INT(info.channels, 1);
        /* Frames actually decodable, and the manifest's exact durations. */
        short buf[4096];
        long long got = 0;
        sf_count_t r;
        while ((r = sf_read_short(f, buf, 4096)) > 0)
            got += r;
        sf_close(f);
        CHECKF(got == info.frames, "%s: header says %lld frames, decoded %lld", file,
               (long long)info.frames, got);
        CHECKF(j_num(c, "frames") == (double)got, "%s: manifest frames %g, file %lld", file,
               j_num(c, "frames"), got);
        CHECKF(j_num(c, "duration_s") == (double)got / want_rate,
               "%s: duration_s %.17g, frames/rate %.17g", file, j_num(c, "duration_s"),
               (double)got / want_rate);
        CHECKF(j_num(c, "start_s") == start, "%s: start_s %.17g, want %.17g", file,
               j_num(c, "start_s"), start);
        CHECK(got > want_rate); /* more than a second of speech per chapter */
        total += got;
        start = (double)total / want_rate;
    }
    CHECK(j_num(m, "duration_s") == (double)total / want_rate);
    j_free(m);
    free(text);
    free(playlist);
    free(out);
    free(err);
    h_rmtree(dir);
    free(dir);
    return total;
}

static void test_formats(void)
{
    long long wav = render_and_check(fixture, "wav", 22050, SF_FORMAT_WAV, 2);
    long long flac = render_and_check(fixture, "flac", 22050, SF_FORMAT_FLAC, 2);
    long long ogg = render_and_check(fixture, "ogg", 22050, SF_FORMAT_OGG, 2);
    long long mp3 = render_and_check(fixture, "mp3", 22050, SF_FORMAT_MPEG, 2);
    long long opus = render_and_check(fixture, "opus", 24000, SF_FORMAT_OGG, 2);
    /* The same speech in every format: same length (Opus: resampled). */
    CHECK(wav > 0 && wav == flac && wav == ogg && wav == mp3);
    CHECKF(llabs(opus - wav * 24000 / 22050) < 64, "opus %lld frames, wav %lld", opus, wav);
    render_and_check(fixture2, "wav", 22050, SF_FORMAT_WAV, 4);
}

/* Runs herald with stdout into a pipe that libsndfile reads as it comes, as `aplay`
 * or `sox` would. Returns the frames read. */
static long long stream_frames(const char *input, int *rate)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 1);
        close(fds[0]);
        int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, 2);
        execl(herald, herald, "-o", "-", input, (char *)NULL);
        _exit(127);
    }
    close(fds[1]);
    SF_INFO info;
    memset(&info, 0, sizeof info);
    SNDFILE *f = sf_open_fd(fds[0], SFM_READ, &info, 1);
    long long got = -1;
    if (f) {
        short buf[4096];
        sf_count_t r;
        got = 0;
        while ((r = sf_read_short(f, buf, 4096)) > 0)
            got += r;
        *rate = info.samplerate;
        CHECK_INT(info.channels, 1);
        sf_close(f);
    } else {
        close(fds[0]);
    }
    int status;
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    return got;
}

static void test_stream(void)
{
    int rate = 0;
    long long frames = stream_frames(fixture, &rate);
    CHECK_INT(rate, 22050);
    /* The stream holds exactly what the chapter files hold, end to end. */
    char *dir = h_tempdir(), path[PATH_MAX + 64];
    char *argv[] = {herald, (char *)"-f", (char *)"wav", (char *)"-o", dir, fixture, NULL};
    CHECK_INT(h_run(argv, NULL, NULL, NULL, NULL), 0);
    snprintf(path, sizeof path, "%s/index.json", dir);
    char *text = h_read_file(path, NULL);
    jv *m = text ? j_parse(text) : NULL;
    /* The same speech as the files; espeak-ng's length for a sentence depends a little
     * on what it said before, and the stream first calibrates each voice. */
    CHECKF(llabs(frames - (long long)llround(j_num(m, "duration_s") * 22050)) < 22050 / 2,
           "stream %lld frames, files %g s", frames, j_num(m, "duration_s"));
    j_free(m);
    free(text);
    h_rmtree(dir);
    free(dir);

    /* Standard input in, standard output out. */
    char *in = h_read_file(fixture, NULL), *out = NULL;
    size_t outlen = 0;
    char *argv2[] = {herald, (char *)"-o", (char *)"-", (char *)"-", NULL};
    CHECK_INT(h_run(argv2, in, &out, &outlen, NULL), 0);
    CHECK(outlen > 44 && out && memcmp(out, "RIFF", 4) == 0);
    CHECK_INT((long long)(outlen - 44) / 2, frames); /* the same render, from stdin */
    /* A stream cannot look ahead: per-voice calibrated gain brings it near the target,
     * under the ceiling. */
    if (out && outlen > 44) {
        size_t n = (outlen - 44) / 2;
        float *x = malloc(n * sizeof *x + 4);
        for (size_t i = 0; i < n; i++)
            x[i] = (short)((unsigned char)out[44 + 2 * i] | (unsigned char)out[45 + 2 * i] << 8) / 32768.0f;
        lv_meter *mt = lv_meter_new(22050);
        lv_peak *pk = lv_peak_new();
        lv_meter_add(mt, x, n);
        lv_peak_add(pk, x, n);
        double l = lv_meter_loudness(&mt, 1), tp = lv_peak_db(pk);
        CHECKF(fabs(l + 19) < 1.5, "stream at %.2f LUFS", l);
        CHECKF(tp <= -1.0, "stream true peak %.2f", tp);
        lv_meter_free(mt);
        lv_peak_free(pk);
        free(x);
    }
    free(out);
    /* Stereo 44.1 kHz stream: the header says so, and the frames are whole. */
    char *argv3[] = {herald, (char *)"-o", (char *)"-", (char *)"--channels", (char *)"2",
                     (char *)"--sample-rate", (char *)"44100", (char *)"-", NULL};
    CHECK_INT(h_run(argv3, "Hello there, in stereo.", &out, &outlen, NULL), 0);
    if (out && outlen > 44) {
        const unsigned char *h = (const unsigned char *)out;
        CHECK_INT(h[22] | h[23] << 8, 2);
        CHECK_INT(h[24] | h[25] << 8 | h[26] << 16, 44100);
        CHECK_INT(h[32] | h[33] << 8, 4);
        CHECK_INT((outlen - 44) % 4, 0);
        CHECK(outlen - 44 > 44100 * 4 / 2); /* more than half a second */
    }
    free(out);
    free(in);
}

/* espeak-ng 1.51 opens an audio device even for the synchronous output herald uses;
 * the command answers that call itself (src/cli/noaudio.c), so no process of a render
 * contacts a sound server. The loader's own report says which definition espeak-ng
 * was bound to, in every process that started a synthesiser. */
static void test_no_audio_device(void)
{
    char *dir = h_tempdir(), prefix[PATH_MAX + 16];
    snprintf(prefix, sizeof prefix, "%s/ld", dir);
    setenv("LD_DEBUG", "bindings", 1);
    setenv("LD_DEBUG_OUTPUT", prefix, 1);
    char *out = NULL;
    size_t outlen = 0;
    char *argv[] = {herald, (char *)"-o", (char *)"-", (char *)"--no-cache", (char *)"-", NULL};
    CHECK_INT(h_run(argv, "A first sentence. A second one, spoken too.", &out, &outlen, NULL), 0);
    unsetenv("LD_DEBUG");
    unsetenv("LD_DEBUG_OUTPUT");
    CHECK(outlen > 44 + 22050 && out && memcmp(out, "RIFF", 4) == 0);
    free(out);
    int to_herald = 0, to_other = 0;
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        char path[PATH_MAX + 300];
        if (strncmp(e->d_name, "ld.", 3) != 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        char *log = h_read_file(path, NULL);
        for (char *l = log; l && *l;) {
            char *nl = strchr(l, '\n');
            if (nl)
                *nl = '\0';
            if (strstr(l, "`create_audio_device_object'") && strstr(l, "libespeak-ng")) {
                const char *to = strstr(l, " to ");
                if (to && strstr(to, herald))
                    to_herald++;
                else
                    to_other++;
            }
            l = nl ? nl + 1 : l + strlen(l);
        }
        free(log);
    }
    if (d)
        closedir(d);
    CHECKF(to_herald >= 1, "espeak-ng bound to the command's definition %d times", to_herald);
    CHECKF(to_other == 0, "espeak-ng bound to another definition %d times", to_other);
    h_rmtree(dir);
    free(dir);
}

static void test_default_output(void)
{
    char *dir = h_tempdir(), cwd[PATH_MAX], path[PATH_MAX + 64];
    if (!getcwd(cwd, sizeof cwd) || chdir(dir) != 0) {
        CHECKF(0, "cannot change to %s: %s", dir, strerror(errno));
        return;
    }
    char *text = h_read_file(fixture, NULL);
    h_write_file("talk.txt", text);
    char *argv[] = {herald, (char *)"-q", (char *)"talk.txt", NULL};
    CHECK_INT(h_run(argv, NULL, NULL, NULL, NULL), 0);
    CHECK(access("talk/index.json", F_OK) == 0);
    CHECK(access("talk/01-introduction.ogg", F_OK) == 0);
    char *argv2[] = {herald, (char *)"-", NULL};
    CHECK_INT(h_run(argv2, "Hello from standard input.", NULL, NULL, NULL), 0);
    CHECK(access("statement/index.json", F_OK) == 0);
    /* An input without extension does not become a directory over itself. */
    h_write_file("notes", "A note.");
    char *argv3[] = {herald, (char *)"notes", NULL};
    CHECK_INT(h_run(argv3, NULL, NULL, NULL, NULL), 0);
    CHECK(access("notes-audio/index.json", F_OK) == 0);
    snprintf(path, sizeof path, "%s", cwd);
    CHECK(chdir(path) == 0);
    free(text);
    h_rmtree(dir);
    free(dir);
}

/* Several statements: each into OUT/NAME/ (names unique and stable), a failure not
 * stopping the others, batch.json, the exit status of the first failure. */
static void test_batch(void)
{
    char *dir = h_tempdir(), cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd) || chdir(dir) != 0) {
        CHECKF(0, "cannot change to %s: %s", dir, strerror(errno));
        return;
    }
    char *text = h_read_file(fixture, NULL), *text2 = h_read_file(fixture2, NULL);
    CHECK(mkdir("a", 0777) == 0 && mkdir("b", 0777) == 0);
    h_write_file("a/Talk One.txt", text);
    h_write_file("b/Talk One.txt", text2);
    h_write_file("bad.txt", "Press statement\n\nBut caf\xC3 here.\n");
    h_write_file("list.txt", "# the week's statements\nb/Talk One.txt\n\nmissing.txt\n");
    char *argv[] = {herald, (char *)"-q", (char *)"-f", (char *)"wav", (char *)"-o", (char *)"out",
                    (char *)"a/Talk One.txt", (char *)"bad.txt", (char *)"--from", (char *)"list.txt", NULL};
    char *err = NULL;
    CHECK_INT(h_run(argv, NULL, NULL, NULL, &err), 65); /* the first failure's */
    CHECKF(err && strstr(err, "bad.txt:3:8: invalid UTF-8") && strstr(err, "missing.txt: cannot open"), "%s", err);
    free(err);
    CHECK(access("out/talk-one/index.json", F_OK) == 0);
    CHECK(access("out/talk-one-2/index.json", F_OK) == 0);
    CHECK(access("out/bad", F_OK) != 0);
    char *bj = h_read_file("out/batch.json", NULL);
    CHECKF(bj && strstr(bj, "\"input\": \"a/Talk One.txt\"") && strstr(bj, "\"output\": \"talk-one\"") &&
               strstr(bj, "\"output\": \"talk-one-2\"") && strstr(bj, "\"status\": \"failed\"") &&
               strstr(bj, "\"exit_status\": 66") && strstr(bj, "\"ok\": 2") && strstr(bj, "\"failed\": 2"),
           "%s", bj);
    free(bj);
    /* all well: 0; the same list gives the same folders */
    char *argv2[] = {herald, (char *)"-q", (char *)"-f", (char *)"wav", (char *)"-o", (char *)"out",
                     (char *)"a/Talk One.txt", (char *)"b/Talk One.txt", NULL};
    CHECK_INT(h_run(argv2, NULL, NULL, NULL, NULL), 0);
    bj = h_read_file("out/batch.json", NULL);
    CHECKF(bj && strstr(bj, "\"ok\": 2") && strstr(bj, "\"failed\": 0") && strstr(bj, "talk-one-2"), "%s", bj);
    free(bj);
    /* the list from standard input */
    char *argv3[] = {herald, (char *)"-q", (char *)"-f", (char *)"wav", (char *)"-o", (char *)"out3", (char *)"--from",
                     (char *)"-", NULL};
    CHECK_INT(h_run(argv3, "a/Talk One.txt\n", NULL, NULL, NULL), 0);
    CHECK(access("out3/talk-one/index.json", F_OK) == 0);
    /* a batch.json herald did not write is never replaced */
    CHECK(mkdir("theirs", 0777) == 0);
    h_write_file("theirs/batch.json", "{\"mine\": true}");
    char *argv4[] = {herald, (char *)"-q", (char *)"-o", (char *)"theirs", (char *)"a/Talk One.txt", (char *)"bad.txt", NULL};
    err = NULL;
    CHECK_INT(h_run(argv4, NULL, NULL, NULL, &err), 73);
    CHECKF(err && strstr(err, "herald did not write it"), "%s", err);
    free(err);
    bj = h_read_file("theirs/batch.json", NULL);
    CHECK(bj && strcmp(bj, "{\"mine\": true}") == 0);
    free(bj);
    /* several statements cannot share one stream */
    char *argv5[] = {herald, (char *)"-o", (char *)"-", (char *)"a/Talk One.txt", (char *)"bad.txt", NULL};
    err = NULL;
    CHECK_INT(h_run(argv5, NULL, NULL, NULL, &err), 64);
    CHECKF(err && strstr(err, "'-o -' streams one"), "%s", err);
    free(err);
    CHECK(chdir(cwd) == 0);
    free(text);
    free(text2);
    h_rmtree(dir);
    free(dir);
}

static void test_errors(void)
{
    char *dir = h_tempdir(), bad[PATH_MAX + 64], empty[PATH_MAX + 64], blank[PATH_MAX + 64],
         afile[PATH_MAX + 64], out[PATH_MAX + 64], sub[PATH_MAX + 64];
    snprintf(bad, sizeof bad, "%s/bad.txt", dir);
    snprintf(empty, sizeof empty, "%s/empty.txt", dir);
    snprintf(blank, sizeof blank, "%s/blank.txt", dir);
    snprintf(afile, sizeof afile, "%s/afile", dir);
    snprintf(out, sizeof out, "%s/out", dir);
    snprintf(sub, sizeof sub, "%s/afile/out", dir);
    h_write_file(bad, "Press statement\n\nIt is fine.\nBut caf\xC3 here.\n");
    h_write_file(empty, "");
    h_write_file(blank, "  \n\t\n\xC2\xA0\n");
    h_write_file(afile, "x");

    static const struct {
        int rc;
        const char *needle;
    } want[] = {
        {66, "cannot open: No such file"},
        {65, ":4:8: invalid UTF-8"},
        {65, "empty statement"},
        {65, "empty statement"},
        {64, "unknown format 'aiff'"},
        {64, "unknown option '--loud'"},
        {64, "needs a value"},
        {64, "rate '20'"},
        {73, "cannot use as output folder: it is a file"},
        {73, "cannot create folder"},
        {64, "more than one input"},
        {64, "streams WAV only"},
        {73, "cannot write to output folder"},
        {66, "Is a directory"},
        {64, "MP3 at 22050 Hz takes 8, 16"},
        {64, "a bit rate applies to MP3 and Opus only"},
        {64, "--bitrate takes kbit/s"},
        {64, "--preset takes podcast"},
        {64, "cannot stream"},
        {64, "--base-url takes a URL"},
        {64, "--epub writes a book into a folder"},
    };
    char missing[PATH_MAX + 64];
    snprintf(missing, sizeof missing, "%s/missing.txt", dir);
    char *cases[][10] = {
        {herald, (char *)"-o", out, missing, NULL},
        {herald, (char *)"-o", out, bad, NULL},
        {herald, (char *)"-o", out, empty, NULL},
        {herald, (char *)"-o", out, blank, NULL},
        {herald, (char *)"-f", (char *)"aiff", (char *)"-o", out, fixture, NULL},
        {herald, (char *)"--loud", fixture, NULL},
        {herald, fixture, (char *)"-o", NULL},
        {herald, (char *)"-r", (char *)"20", (char *)"-o", out, fixture, NULL},
        {herald, (char *)"-o", afile, fixture, NULL},
        {herald, (char *)"-o", sub, fixture, NULL},
        {herald, (char *)"segment", fixture, fixture2, NULL},
        {herald, (char *)"-o", (char *)"-", (char *)"-f", (char *)"mp3", fixture, NULL},
        {herald, (char *)"-o", (char *)"/proc/self", fixture, NULL},
        {herald, (char *)"-o", out, dir, NULL},
        {herald, (char *)"-f", (char *)"mp3", (char *)"--bitrate", (char *)"100", (char *)"-o", out, fixture, NULL},
        {herald, (char *)"-f", (char *)"ogg", (char *)"--bitrate", (char *)"128", (char *)"-o", out, fixture, NULL},
        {herald, (char *)"--bitrate", (char *)"9999", (char *)"-o", out, fixture, NULL},
        {herald, (char *)"--preset", (char *)"radio", (char *)"-o", out, fixture, NULL},
        {herald, (char *)"--preset", (char *)"podcast", (char *)"-o", (char *)"-", fixture, NULL},
        {herald, (char *)"--base-url", (char *)"a b", (char *)"-o", out, fixture, NULL},
        {herald, (char *)"--epub", (char *)"-o", (char *)"-", fixture, NULL},
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        char *err = NULL, *so = NULL;
        int rc = h_run(cases[i], NULL, &so, NULL, &err);
        CHECKF(rc == want[i].rc, "case %zu: exit %d, want %d (%s)", i, rc, want[i].rc, err);
        CHECKF(err && strncmp(err, "herald: ", 8) == 0 && one_line(err),
               "case %zu: not one 'herald: ' line: [%s]", i, err);
        CHECKF(err && strstr(err, want[i].needle), "case %zu: [%s] lacks [%s]", i, err,
               want[i].needle);
        CHECKF(so && !*so, "case %zu: wrote to stdout", i);
        /* Nothing partial left behind. */
        CHECKF(access(out, F_OK) != 0, "case %zu: created %s", i, out);
        free(err);
        free(so);
    }
    h_rmtree(dir);
    free(dir);
}

/* Output that cannot be written (a full disk) is exit 74 with one line. */
static void test_full_disk(void)
{
    static const char *const modes[][4] = {{"-o", "-", NULL, NULL}, {"segment", NULL, NULL, NULL},
                                           {"plan", NULL, NULL, NULL}};
    for (size_t i = 0; i < 3; i++) {
        char errpath[] = "/tmp/herald-test-full-XXXXXX";
        int errfd = mkstemp(errpath);
        pid_t pid = fork();
        if (pid == 0) {
            int full = open("/dev/full", O_WRONLY);
            dup2(full, 1);
            dup2(errfd, 2);
            if (modes[i][1])
                execl(herald, herald, modes[i][0], modes[i][1], fixture, (char *)NULL);
            else
                execl(herald, herald, modes[i][0], fixture, (char *)NULL);
            _exit(127);
        }
        int status = 0;
        waitpid(pid, &status, 0);
        char *err = h_read_file(errpath, NULL);
        CHECKF(WIFEXITED(status) && WEXITSTATUS(status) == 74, "%s: status %d", modes[i][0],
               status);
        CHECKF(err && one_line(err) && strstr(err, "No space left"), "%s: [%s]", modes[i][0],
               err);
        free(err);
        close(errfd);
        unlink(errpath);
    }
}

/* A statement long enough to interrupt: many paragraphs. */
static char *long_statement(void)
{
    size_t cap = 1 << 16, n = 0;
    char *s = malloc(cap);
    n += (size_t)snprintf(s, cap, "Speech\n\nby the Mayor of Eastport Lena Holt\n\n");
    for (int i = 0; i < 80 && n + 300 < cap; i++)
        n += (size_t)snprintf(s + n, cap - n,
                              "Paragraph %d tells the council about the harbour, the roads "
                              "and the schools. We will keep our promises.\n\n",
                              i + 1);
    return s;
}

static void test_interrupt(int sig)
{
    char *dir = h_tempdir(), in[PATH_MAX + 64], out[PATH_MAX + 64];
    snprintf(in, sizeof in, "%s/long.txt", dir);
    snprintf(out, sizeof out, "%s/out", dir);
    char *text = long_statement();
    h_write_file(in, text);
    free(text);
    pid_t pid = fork();
    if (pid == 0) {
        int devnull = open("/dev/null", O_RDWR);
        dup2(devnull, 1);
        dup2(devnull, 2);
        /* synthesised, not taken from a cache: the signal comes while workers run */
        execl(herald, herald, "--no-cache", "-f", "wav", "-o", out, in, (char *)NULL);
        _exit(127);
    }
    /* Wait until the render is under way, then interrupt. */
    int seen = 0;
    for (int i = 0; i < 3000 && !seen; i++) {
        seen = count_matching(out, ".herald-stage-") > 0;
        if (!seen) {
            struct timespec ts = {0, 10 * 1000 * 1000};
            nanosleep(&ts, NULL);
        }
    }
    CHECKF(seen, "no staging folder appeared");
    kill(pid, sig);
    int status = 0;
    waitpid(pid, &status, 0);
    CHECKF(WIFSIGNALED(status) && WTERMSIG(status) == sig, "status %d after signal %d", status,
           sig);
    CHECKF(count_matching(out, ".herald-stage-") == 0, "staging left after signal %d", sig);
    CHECK(count_matching(out, "index.json") == 0);
    h_rmtree(dir);
    free(dir);
}

static void test_progress_on_terminal(void)
{
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) {
        CHECKF(0, "no pseudo-terminal: %s", strerror(errno));
        return;
    }
    char *dir = h_tempdir(), out[PATH_MAX + 64];
    snprintf(out, sizeof out, "%s/out", dir);
    const char *slave = ptsname(master);
    for (int quiet = 0; quiet <= 1; quiet++) {
        pid_t pid = fork();
        if (pid == 0) {
            int s = open(slave, O_RDWR);
            dup2(s, 2);
            int devnull = open("/dev/null", O_RDWR);
            dup2(devnull, 1);
            /* no cache: a render kept whole there is a copy, too quick for progress */
            if (quiet)
                execl(herald, herald, "-q", "--no-cache", "-f", "wav", "-o", out, fixture, (char *)NULL);
            else
                execl(herald, herald, "--no-cache", "-f", "wav", "-o", out, fixture, (char *)NULL);
            _exit(127);
        }
        char buf[65536];
        size_t n = 0;
        int status = 0;
        for (;;) {
            struct pollfd p = {master, POLLIN, 0};
            if (poll(&p, 1, 100) > 0 && (p.revents & POLLIN)) {
                ssize_t r = read(master, buf + n, sizeof buf - 1 - n);
                if (r > 0)
                    n += (size_t)r;
            }
            if (waitpid(pid, &status, WNOHANG) == pid)
                break;
        }
        struct pollfd p = {master, POLLIN, 0};
        while (poll(&p, 1, 50) > 0 && (p.revents & POLLIN)) {
            ssize_t r = read(master, buf + n, sizeof buf - 1 - n);
            if (r <= 0)
                break;
            n += (size_t)r;
        }
        buf[n] = '\0';
        CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        if (quiet) {
            CHECKF(n == 0, "-q still printed: %s", buf);
        } else {
            CHECKF(strstr(buf, "chapter 2/2") && strstr(buf, "sentence") && strstr(buf, "elapsed"),
                   "no progress on a terminal: [%s]", buf);
            CHECKF(strstr(buf, "wrote 2 chapters"), "no closing line: [%s]", buf);
        }
    }
    close(master);
    h_rmtree(dir);
    free(dir);
}

static void test_help_version_segment(void)
{
    char *out = NULL, *err = NULL;
    char *help[] = {herald, (char *)"--help", NULL};
    CHECK_INT(h_run(help, NULL, &out, NULL, NULL), 0);
    static const char *const words[] = {"segment", "plan", "voices", "--version", "-o, --output",
                                        "-f, --format", "-r, --rate", "-q, --quiet", "--plain",
                                        "--json", "opus", "flac", "mp3", "Exit status",
                                        "--pause KIND=MS", "--lexicon FILE", "--cast FILE",
                                        "--voice WHO=NAME", "--narrator NAME", "--announce WHEN"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        CHECKF(out && strstr(out, words[i]), "--help lacks '%s'", words[i]);
    free(out);
    char *version[] = {herald, (char *)"--version", NULL};
    CHECK_INT(h_run(version, NULL, &out, NULL, NULL), 0);
    CHECK(out && strncmp(out, "herald ", 7) == 0 && strstr(out, "\nespeak-ng 1.") &&
          strstr(out, "\nlibsndfile 1."));
    free(out);

    char *seg[] = {herald, (char *)"segment", fixture, NULL};
    char *segj[] = {herald, (char *)"segment", (char *)"--json", fixture, NULL};
    char *jl = NULL;
    CHECK_INT(h_run(seg, NULL, &out, NULL, &err), 0);
    CHECK_INT(h_run(segj, NULL, &jl, NULL, NULL), 0);
    size_t lines = 0, jlines = 0;
    for (char *p = out; p && *p; p++)
        lines += *p == '\n';
    for (char *p = jl; p && *p; p++)
        jlines += *p == '\n';
    CHECK(lines > 10);
    CHECK_INT(jlines, lines + 1);
    CHECK(out && strstr(out, "\nThank you, Liis.\n"));
    free(out);
    free(jl);
    free(err);

    char *voices[] = {herald, (char *)"voices", NULL};
    CHECK_INT(h_run(voices, NULL, &out, NULL, NULL), 0);
    CHECK(out && strstr(out, "narrator") && strstr(out, "speaker-6"));
    free(out);
    char *plan[] = {herald, (char *)"plan", (char *)"-r", (char *)"300", fixture, NULL};
    CHECK_INT(h_run(plan, NULL, &out, NULL, NULL), 0);
    CHECK(out && strstr(out, "\"rate\":300") && strstr(out, "\"voice\":\"speaker-1\""));
    free(out);

    /* --pause and --lexicon reach the plan; bad values are usage errors. */
    char *dir = h_tempdir(), lex[PATH_MAX + 64];
    snprintf(lex, sizeof lex, "%s/mine.txt", dir);
    h_write_file(lex, "# mine\nLiis\tLeese\n");
    char *tuned[] = {herald, (char *)"plan", (char *)"--pause", (char *)"sentence=123",
                     (char *)"--pause=turn=0", (char *)"--lexicon", lex, fixture, NULL};
    CHECK_INT(h_run(tuned, NULL, &out, NULL, &err), 0);
    CHECK(out && strstr(out, "\"pause_ms\":123,\"pause\":\"sentence\""));
    CHECK(out && strstr(out, "Thank you, Leese."));
    free(out);
    free(err);
    char *bad_pause[] = {herald, (char *)"plan", (char *)"--pause", (char *)"comma=5", fixture, NULL};
    CHECK_INT(h_run(bad_pause, NULL, NULL, NULL, &err), 64);
    CHECK(err && strstr(err, "unknown pause 'comma'") && one_line(err));
    free(err);
    char *bad_ms[] = {herald, (char *)"plan", (char *)"--pause", (char *)"turn=-4", fixture, NULL};
    CHECK_INT(h_run(bad_ms, NULL, NULL, NULL, &err), 64);
    free(err);
    h_write_file(lex, "Liis\n");
    CHECK_INT(h_run(tuned, NULL, NULL, NULL, &err), 65);
    CHECKF(err && strstr(err, "mine.txt:1:1:") && one_line(err), "[%s]", err);
    free(err);
    snprintf(lex, sizeof lex, "%s/missing.txt", dir);
    CHECK_INT(h_run(tuned, NULL, NULL, NULL, &err), 66);
    free(err);
    h_rmtree(dir);
    free(dir);
}

/* Reads a whole file's frames as mono floats (first channel); NULL on failure. */
static float *read_audio(const char *path, size_t *n, int *rate, int *channels)
{
    SF_INFO info;
    memset(&info, 0, sizeof info);
    SNDFILE *f = sf_open(path, SFM_READ, &info);
    if (!f)
        return NULL;
    float *fr = malloc((size_t)info.frames * (size_t)info.channels * sizeof *fr + 4);
    float *mono = malloc((size_t)info.frames * sizeof *mono + 4);
    sf_count_t got = sf_readf_float(f, fr, info.frames);
    for (sf_count_t i = 0; i < got; i++)
        mono[i] = fr[i * info.channels];
    sf_close(f);
    free(fr);
    *n = (size_t)got;
    *rate = info.samplerate;
    *channels = info.channels;
    return mono;
}

/* Parses "HH:MM:SS.mmm". */
static double vtt_seconds(const char *s)
{
    int h = 0, m = 0, sec = 0, ms = 0;
    sscanf(s, "%d:%d:%d.%d", &h, &m, &sec, &ms);
    return h * 3600 + m * 60 + sec + ms / 1000.0;
}

/* Renders with `extra` options and checks every sidecar against the audio: cues inside
 * their file, on sound, with exact silence between them; transcript equal to the
 * captions; chapter starts the sums of durations; the whole render's loudness within
 * 0.5 LU of the target and its true peak at most -1 dBTP. Returns the chapter count. */
static size_t check_publish(const char *input, char *const extra[], double target, int want_channels,
                            int want_rate)
{
    char *dir = h_tempdir(), path[PATH_MAX + 64];
    char *argv[24];
    size_t a = 0;
    argv[a++] = herald;
    argv[a++] = (char *)"-q";
    argv[a++] = (char *)"-o";
    argv[a++] = dir;
    for (size_t i = 0; extra[i]; i++)
        argv[a++] = extra[i];
    argv[a++] = (char *)input;
    argv[a] = NULL;
    char *err = NULL;
    int rc = h_run(argv, NULL, NULL, NULL, &err);
    CHECKF(rc == 0, "exit %d: %s", rc, err);
    free(err);

    snprintf(path, sizeof path, "%s/index.json", dir);
    char *text = h_read_file(path, NULL);
    jv *m = text ? j_parse(text) : NULL;
    const jv *ch = j_get(m, "chapters");
    size_t nch = ch ? ch->n : 0;
    snprintf(path, sizeof path, "%s/captions.vtt", dir);
    char *vtt = h_read_file(path, NULL);
    snprintf(path, sizeof path, "%s/transcript.json", dir);
    char *trs = h_read_file(path, NULL);
    jv *tr = trs ? j_parse(trs) : NULL;
    snprintf(path, sizeof path, "%s/chapters.json", dir);
    char *chs = h_read_file(path, NULL);
    jv *cj = chs ? j_parse(chs) : NULL;
    CHECK(m && vtt && tr && cj);
    CHECK(vtt && strncmp(vtt, "WEBVTT\n", 7) == 0);
    CHECK_STR(j_str(cj, "version"), "1.2.0");

    /* all audio, one timeline */
    lv_meter *meter = NULL;
    lv_peak *peak = NULL;
    float **audio = calloc(nch + 1, sizeof *audio);
    size_t *alen = calloc(nch + 1, sizeof *alen);
    double *astart = calloc(nch + 1, sizeof *astart);
    int rate = 0, channels = 0;
    double at = 0;
    for (size_t c = 0; c < nch; c++) {
        snprintf(path, sizeof path, "%s/%s", dir, j_str(ch->items[c], "file"));
        audio[c] = read_audio(path, &alen[c], &rate, &channels);
        CHECKF(audio[c] != NULL, "%s unreadable", path);
        if (!meter && rate) {
            meter = lv_meter_new(rate);
            peak = lv_peak_new();
        }
        if (meter && audio[c]) {
            lv_meter_add(meter, audio[c], alen[c]);
            lv_peak_add(peak, audio[c], alen[c]);
        }
        astart[c] = at;
        CHECKF(fabs(j_num(ch->items[c], "start_s") - at) < 1e-9, "chapter %zu start %.9f, sum %.9f",
               c + 1, j_num(ch->items[c], "start_s"), at);
        at += (double)alen[c] / rate;
    }
    CHECK_INT(rate, want_rate);
    CHECK_INT(channels, want_channels);
    if (meter && !isnan(target)) {
        /* two equal channels: +3 dB over the first one alone */
        double l = lv_meter_loudness(&meter, 1) + (channels == 2 ? 10 * log10(2.0) : 0);
        double tp = lv_peak_db(peak);
        CHECKF(fabs(l - target) <= 0.5, "loudness %.2f LUFS, target %.1f", l, target);
        CHECKF(tp <= -1.0, "true peak %.2f dBTP", tp);
    }
    lv_meter_free(meter);
    lv_peak_free(peak);

    /* chapters.json: starts equal the files' starts, or, for one file, lie inside it */
    const jv *cl = j_get(cj, "chapters");
    CHECK(cl && cl->n >= nch);
    for (size_t k = 0; cl && nch > 1 && k < cl->n && k < nch; k++)
        CHECKF(fabs(j_num(cl->items[k], "startTime") - astart[k]) <= 0.0005,
               "chapters.json %zu: %.3f, file starts %.3f", k, j_num(cl->items[k], "startTime"),
               astart[k]);

    /* captions and transcript: a sentence's cues run from its start to its end, one
     * after the other; a long sentence is cut into cues of at most two lines */
    const jv *sents = j_get(tr, "segments");
    size_t cue = 0, seg = 0;
    double prev_end = -1;
    size_t prev_file = 0;
    for (const char *q = vtt ? strstr(vtt, " --> ") : NULL; q; q = strstr(q + 5, " --> ")) {
        double s0 = vtt_seconds(q - 12), s1 = vtt_seconds(q + 5);
        CHECKF(s1 > s0, "cue %zu: %.3f --> %.3f", cue + 1, s0, s1);
        const char *v = strstr(q, "\n<v "), *next = strstr(q + 5, " --> ");
        CHECKF(v && (!next || v < next), "cue %zu has no voice span", cue + 1);
        /* its lines: from the voice span to the blank line after it */
        const char *endc = v ? strstr(v + 1, "\n\n") : NULL;
        size_t lines = 0;
        for (const char *c = v ? v + 1 : NULL; c && (!endc || c < endc) && *c; c++)
            lines += *c == '\n' || c == v + 1;
        CHECKF(lines <= 2, "cue %zu has %zu lines", cue + 1, lines);
        int fresh = cue == 0;
        if (!fresh && sents && seg + 1 < sents->n &&
            s0 >= j_num(sents->items[seg], "endTime") - 0.0005) {
            CHECKF(fabs(prev_end - j_num(sents->items[seg], "endTime")) < 0.0015,
                   "sentence %zu's cues end at %.3f, it at %.3f", seg + 1, prev_end,
                   j_num(sents->items[seg], "endTime"));
            seg++;
            fresh = 1;
        }
        const jv *se = sents && seg < sents->n ? sents->items[seg] : NULL;
        if (fresh)
            CHECKF(se && fabs(j_num(se, "startTime") - s0) < 0.0015, "cue %zu at %.3f, sentence %zu at %.3f",
                   cue + 1, s0, seg + 1, j_num(se, "startTime"));
        else
            CHECKF(fabs(prev_end - s0) < 0.0015, "cue %zu at %.3f, the one before ends %.3f", cue + 1, s0,
                   prev_end);
        CHECKF(se && s1 <= j_num(se, "endTime") + 0.0015, "cue %zu ends %.3f, after its sentence (%.3f)",
               cue + 1, s1, j_num(se, "endTime"));
        size_t f = 0;
        /* times are to the millisecond: half of one either way */
        while (f + 1 < nch && s0 >= astart[f + 1] - 0.0005)
            f++;
        double fend = astart[f] + (double)alen[f] / rate;
        CHECKF(s0 >= astart[f] - 0.0005 && s1 <= fend + 0.0005, "cue %zu (%.3f-%.3f) leaves its file",
               cue + 1, s0, s1);
        if (se)
            CHECK_STR(j_str(se, "file"), j_str(ch->items[f], "file"));
        /* sound at a cue's start; exact silence between two sentences of a file */
        const char *fname = j_str(ch->items[f], "file");
        if (audio[f] && (strstr(fname, ".wav") || strstr(fname, ".flac")) && rate == 22050) {
            double off = s0 > astart[f] ? s0 - astart[f] : 0;
            size_t i0 = (size_t)(off * rate), i1 = i0 + (size_t)(0.15 * rate);
            float loudest = 0;
            for (size_t i = i0; i < i1 && i < alen[f]; i++)
                loudest = fabsf(audio[f][i]) > loudest ? fabsf(audio[f][i]) : loudest;
            CHECKF(loudest > 0.01, "cue %zu starts on silence", cue + 1);
            if (fresh && prev_end >= 0 && prev_file == f) {
                size_t g0 = (size_t)((prev_end - astart[f]) * rate) + (size_t)rate / 500,
                       g1 = (size_t)(off * rate);
                int quiet = 1;
                for (size_t i = g0; i + rate / 500 < g1 && i < alen[f]; i++)
                    quiet &= audio[f][i] == 0.0f;
                CHECKF(quiet, "cue %zu: sound in the pause before it", cue + 1);
            }
        }
        prev_end = s1;
        prev_file = f;
        cue++;
    }
    CHECKF(sents && seg + 1 == sents->n && cue >= sents->n, "%zu cues reach sentence %zu of %zu", cue,
           seg + 1, sents ? sents->n : 0);

    for (size_t c = 0; c < nch; c++)
        free(audio[c]);
    free(audio);
    free(alen);
    free(astart);
    j_free(m);
    j_free(tr);
    j_free(cj);
    free(text);
    free(vtt);
    free(trs);
    free(chs);
    h_rmtree(dir);
    free(dir);
    return nch;
}

static void test_publishing(void)
{
    char conf[PATH_MAX];
    if (!realpath("tests/golden/conf-joint/input.txt", conf)) {
        CHECKF(0, "fixture tests/golden/conf-joint/input.txt: %s", strerror(errno));
        return;
    }
    char *wav[] = {(char *)"-f", (char *)"wav", NULL};
    CHECK_INT(check_publish(fixture2, wav, -19, 1, 22050), 4);
    char *stereo[] = {(char *)"-f", (char *)"flac", (char *)"--channels", (char *)"2",
                      (char *)"--sample-rate", (char *)"44100", NULL};
    CHECK_INT(check_publish(fixture2, stereo, -16, 2, 44100), 4);
    char *target[] = {(char *)"-f", (char *)"wav", (char *)"--loudness", (char *)"-23", NULL};
    check_publish(fixture, target, -23, 1, 22050);
    char *lossy[] = {(char *)"-f", (char *)"opus", (char *)"--channels", (char *)"2", NULL};
    check_publish(fixture, lossy, -16, 2, 24000);
    char *mp3[] = {(char *)"-f", (char *)"mp3", NULL};
    check_publish(fixture, mp3, -19, 1, 22050);
    char *none[] = {(char *)"-f", (char *)"wav", (char *)"--chapters", (char *)"none", NULL};
    CHECK_INT(check_publish(fixture2, none, -19, 1, 22050), 1);
    char *turns[] = {(char *)"-f", (char *)"wav", (char *)"--chapters", (char *)"turns", NULL};
    /* header, Ruiz, Berg, question+answer, question+answer, Ruiz, Q+answer */
    CHECK_INT(check_publish(conf, turns, -19, 1, 22050), 7);
    char *split[] = {(char *)"-f", (char *)"wav", (char *)"--max-chapter", (char *)"0.25", NULL};
    CHECK(check_publish(conf, split, -19, 1, 22050) >= 4);
    char *off[] = {(char *)"-f", (char *)"wav", (char *)"--loudness", (char *)"off", NULL};
    check_publish(fixture2, off, NAN, 1, 22050);
}

/* Chapter files and tags, and never replacing a file herald did not write. */
static void test_files_and_tags(void)
{
    char *dir = h_tempdir(), path[PATH_MAX + 64], *err = NULL;
    char *argv[] = {herald, (char *)"-q", (char *)"-f", (char *)"flac", (char *)"-o", dir, fixture2, NULL};
    CHECK_INT(h_run(argv, NULL, NULL, NULL, NULL), 0);
    snprintf(path, sizeof path, "%s/02-keynote-address.flac", dir);
    SF_INFO info;
    memset(&info, 0, sizeof info);
    SNDFILE *f = sf_open(path, SFM_READ, &info);
    CHECK(f != NULL);
    if (f) {
        const char *title = sf_get_string(f, SF_STR_TITLE), *album = sf_get_string(f, SF_STR_ALBUM),
                   *artist = sf_get_string(f, SF_STR_ARTIST), *track = sf_get_string(f, SF_STR_TRACKNUMBER),
                   *date = sf_get_string(f, SF_STR_DATE), *comment = sf_get_string(f, SF_STR_COMMENT);
        CHECK_STR(title, "Keynote address");
        CHECK(album && strncmp(album, "Keynote address by the President", 32) == 0);
        CHECK_STR(artist, "Dr. Helga Brunner");
        CHECK_STR(track, "2");
        CHECK_STR(date, "2017-05-25");
        CHECK(comment && strstr(comment, "Keynote address") && strstr(comment, "input.txt"));
        sf_close(f);
    }
    /* MP3 carries herald's own ID3v2.3 tag: libsndfile reads it back too */
    char *mp3dir = h_tempdir();
    char *mp3[] = {herald, (char *)"-q", (char *)"-f", (char *)"mp3", (char *)"--chapters", (char *)"none",
                   (char *)"-o", mp3dir, fixture2, NULL};
    CHECK_INT(h_run(mp3, NULL, NULL, NULL, NULL), 0);
    char one[PATH_MAX + 64];
    snprintf(one, sizeof one, "%s/01-keynote-address-by-the-president-of-the-alpine-e.mp3", mp3dir);
    memset(&info, 0, sizeof info);
    f = sf_open(one, SFM_READ, &info);
    CHECKF(f != NULL, "%s: %s", one, sf_strerror(NULL));
    if (f) {
        const char *album = sf_get_string(f, SF_STR_ALBUM), *date = sf_get_string(f, SF_STR_DATE),
                   *artist = sf_get_string(f, SF_STR_ARTIST), *track = sf_get_string(f, SF_STR_TRACKNUMBER);
        CHECK(album && strncmp(album, "Keynote address by the President", 32) == 0);
        CHECK_STR(artist, "Dr. Helga Brunner");
        CHECK_STR(date, "2017"); /* ID3v2.3's year; the day is in TDAT */
        CHECK_STR(track, "1/1");
        sf_close(f);
    }
    h_rmtree(mp3dir);
    free(mp3dir);
    /* Rendering again into the same directory replaces herald's own files and drops
     * the ones the new render does not make. */
    char *none[] = {herald, (char *)"-q", (char *)"-f", (char *)"flac", (char *)"--chapters",
                    (char *)"none", (char *)"-o", dir, fixture2, NULL};
    CHECK_INT(h_run(none, NULL, NULL, NULL, &err), 0);
    free(err);
    CHECK(access(path, F_OK) != 0);
    CHECK_INT(count_matching(dir, ".flac"), 1);
    /* A file of the same name that herald did not write stays, and the render stops. */
    char *other = h_tempdir();
    snprintf(path, sizeof path, "%s/01-introduction.flac", other);
    h_write_file(path, "my own notes");
    char *argv2[] = {herald, (char *)"-q", (char *)"-f", (char *)"flac", (char *)"-o", other, fixture2, NULL};
    CHECK_INT(h_run(argv2, NULL, NULL, NULL, &err), 73);
    CHECK(err && strstr(err, "01-introduction.flac is there already") && one_line(err));
    free(err);
    char *back = h_read_file(path, NULL);
    CHECK_STR(back, "my own notes");
    free(back);
    CHECK_INT(count_matching(other, ".part-"), 0);
    h_rmtree(other);
    free(other);
    h_rmtree(dir);
    free(dir);
}

/* Casting through the command, checked in the plan of a press conference. */
static void test_casting(void)
{
    char conf[PATH_MAX];
    if (!realpath("tests/golden/conf-joint/input.txt", conf)) {
        CHECKF(0, "fixture tests/golden/conf-joint/input.txt: %s", strerror(errno));
        return;
    }
    char *dir = h_tempdir(), cast[PATH_MAX + 64], *out = NULL, *err = NULL;
    snprintf(cast, sizeof cast, "%s/cast.txt", dir);
    h_write_file(cast, "# press office\nAna Ruiz = speaker-6\nAgence Nord = speaker-5\n");
    char *argv[] = {herald, (char *)"plan", (char *)"--cast", cast, (char *)"--voice",
                    (char *)"Agence Nord=speaker-4", (char *)"--narrator", (char *)"speaker-3",
                    (char *)"--announce", (char *)"never", conf, NULL};
    CHECK_INT(h_run(argv, NULL, &out, NULL, &err), 0);
    CHECK(out && strstr(out, "\"speaker\":\"s1\",\"voice\":\"speaker-6\""));
    CHECK(out && strstr(out, "\"speaker\":\"s3\",\"voice\":\"speaker-4\"")); /* --voice wins */
    CHECK(out && strstr(out, "\"kind\":\"title\",\"speaker\":null,\"voice\":\"speaker-3\""));
    CHECK(out && !strstr(out, "\"announce\""));
    free(out);
    free(err);
    /* Under --chapters turns, the plan's document record lists the turns it numbers. */
    char *turns[] = {herald, (char *)"plan", (char *)"--chapters", (char *)"turns", conf, NULL};
    CHECK_INT(h_run(turns, NULL, &out, NULL, NULL), 0);
    CHECK(out && strstr(out, "\"chapters\":[\"Introduction\",\"Ana Ruiz\",\"Ola Berg\",\"Question from Agence Nord"));
    CHECK(out && strstr(out, "\"chapter\":7,"));
    free(out);
    char *first[] = {herald, (char *)"plan", conf, NULL};
    CHECK_INT(h_run(first, NULL, &out, NULL, NULL), 0);
    CHECK(out && strstr(out, "\"kind\":\"announce\",\"speaker\":null,\"announces\":\"s1\","
                             "\"voice\":\"narrator\",\"rate\":170,\"text\":\"Ana Ruiz, Spokesperson.\""));
    free(out);
    char *bad[] = {herald, (char *)"plan", (char *)"--voice", (char *)"s1=speaker-42", conf, NULL};
    CHECK_INT(h_run(bad, NULL, NULL, NULL, &err), 64);
    CHECK(err && strstr(err, "no voice profile 'speaker-42'") && one_line(err));
    free(err);
    char *bad_mode[] = {herald, (char *)"plan", (char *)"--announce", (char *)"often", conf, NULL};
    CHECK_INT(h_run(bad_mode, NULL, NULL, NULL, &err), 64);
    free(err);
    h_write_file(cast, "Ana Ruiz speaker-6\n");
    CHECK_INT(h_run(argv, NULL, NULL, NULL, &err), 65);
    CHECK(err && strstr(err, "cast.txt:1:1:") && one_line(err));
    free(err);
    h_rmtree(dir);
    free(dir);
}

/* What issue 10 found, each held: the phoneme crash, nothing to speak, rates MP3
 * cannot take, ./notes, voices --voices, ./voices that is not the user's, question
 * titles cut inside a character. */
static void test_hostile(void)
{
    char *dir = h_tempdir(), path[PATH_MAX + 64], out[PATH_MAX + 64], cwd[PATH_MAX];
    char *err = NULL, *so = NULL;
    /* text that turned back into [[...]] and crashed espeak-ng 1.51 */
    char text[1024] = "Say [(Applause)[";
    for (int i = 0; i < 220; i++)
        strcat(text, "t");
    strcat(text, "]] now. And [[h@l'oU]] again.");
    snprintf(path, sizeof path, "%s/crash.txt", dir);
    snprintf(out, sizeof out, "%s/crash", dir);
    h_write_file(path, text);
    char *crash[] = {herald, (char *)"-q", (char *)"--plain", (char *)"-f", (char *)"wav",
                     (char *)"-o", out, path, NULL};
    CHECK_INT(h_run(crash, NULL, NULL, NULL, &err), 0);
    free(err);
    char *plan[] = {herald, (char *)"plan", (char *)"--plain", path, NULL};
    CHECK_INT(h_run(plan, NULL, &so, NULL, NULL), 0);
    size_t speeches = 0;
    for (char *line = so ? strtok(so, "\n") : NULL; line; line = strtok(NULL, "\n")) {
        jv *u = j_parse(line);
        const char *speech = j_str(u, "speech");
        if (speech) {
            speeches++;
            CHECKF(!strchr(speech, '[') && !strchr(speech, ']'), "phonemes from text: %s", speech);
        }
        j_free(u);
    }
    CHECK(speeches >= 2);
    free(so);
    /* nothing to speak: 65, and no folder */
    snprintf(path, sizeof path, "%s/dots.txt", dir);
    snprintf(out, sizeof out, "%s/dots", dir);
    h_write_file(path, "...\n\n\xE2\x80\xA6\n");
    char *dots[] = {herald, (char *)"-o", out, path, NULL};
    CHECK_INT(h_run(dots, NULL, NULL, NULL, &err), 65);
    CHECK(err && strstr(err, "nothing to speak"));
    CHECK(access(out, F_OK) != 0);
    free(err);
    /* a rate MP3 cannot take: a usage error before any synthesis or folder */
    char *mp3[] = {herald, (char *)"-f", (char *)"mp3", (char *)"--sample-rate", (char *)"96000",
                   (char *)"-o", out, fixture, NULL};
    CHECK_INT(h_run(mp3, NULL, NULL, NULL, &err), 64);
    CHECK(err && strstr(err, "MP3"));
    CHECK(access(out, F_OK) != 0);
    free(err);
    /* ./notes: the input is never taken for the output folder */
    if (!getcwd(cwd, sizeof cwd) || chdir(dir) != 0) {
        CHECKF(0, "cannot change to %s", dir);
        goto out;
    }
    h_write_file("notes", "A note.");
    char *notes[] = {herald, (char *)"-q", (char *)"./notes", NULL};
    CHECK_INT(h_run(notes, NULL, NULL, NULL, NULL), 0);
    CHECK(access("notes-audio/index.json", F_OK) == 0);
    /* voices --voices DIR */
    mkdir("mine", 0755);
    h_write_file("mine/narrator.voice", "espeak = en-gb\nrate = 222\n");
    char *vo[] = {herald, (char *)"voices", (char *)"--voices", (char *)"mine", NULL};
    CHECK_INT(h_run(vo, NULL, &so, NULL, NULL), 0);
    CHECK(so && strstr(so, "222") && strstr(so, "mine/narrator.voice"));
    free(so);
    /* ./voices that others may write to is not used */
    mkdir("voices", 0777);
    chmod("voices", 0777);
    h_write_file("voices/narrator.voice", "espeak = en-gb\nrate = 333\n");
    char *vo2[] = {herald, (char *)"voices", NULL};
    CHECK_INT(h_run(vo2, NULL, &so, NULL, NULL), 0);
    CHECK(so && !strstr(so, "333"));
    free(so);
    chmod("voices", 0755);
    CHECK_INT(h_run(vo2, NULL, &so, NULL, NULL), 0);
    CHECK(so && strstr(so, "333"));
    free(so);
    CHECK(chdir(cwd) == 0);
    /* a question title cut at 60 bytes never splits a character */
    snprintf(path, sizeof path, "%s/question.txt", dir);
    h_write_file(path, "Press conference\n\nMODERATOR: Welcome.\n\n"
                       "Question [Agence Nord]: \xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
                       "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
                       "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
                       "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
                       "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9x?\n");
    char *q[] = {herald, (char *)"plan", (char *)"--chapters", (char *)"turns", path, NULL};
    CHECK_INT(h_run(q, NULL, &so, NULL, NULL), 0);
    jv *doc = NULL;
    if (so) {
        char *nl = strchr(so, '\n');
        if (nl)
            *nl = '\0';
        doc = j_parse(so); /* jansson refuses invalid UTF-8 */
    }
    CHECKF(doc && j_get(doc, "chapters"), "the document record is not valid JSON/UTF-8");
    j_free(doc);
    free(so);
    /* cache records damaged or gone stale never stop a render: a voice name that no
     * longer resolves is resolved afresh, an absurd gain is not used */
    char cache[PATH_MAX + 64], cmd[3 * PATH_MAX];
    snprintf(cache, sizeof cache, "%s/cache", dir);
    snprintf(out, sizeof out, "%s/cached", dir);
    char *warm[] = {herald, (char *)"-q", (char *)"--cache", cache, (char *)"-o", (char *)"-",
                    fixture, NULL};
    char *a = NULL, *b = NULL;
    size_t la = 0, lb = 0;
    CHECK_INT(h_run(warm, NULL, &a, &la, NULL), 0);
    snprintf(cmd, sizeof cmd,
             "for f in '%s'/voice-*; do head -n 1 \"$f\" > \"$f.x\"; echo gmw/en-removed >> \"$f.x\"; "
             "mv \"$f.x\" \"$f\"; done; for f in '%s'/gain-*; do head -n 1 \"$f\" > \"$f.x\"; "
             "echo '1e300 0' >> \"$f.x\"; mv \"$f.x\" \"$f\"; done", cache, cache);
    CHECK(system(cmd) == 0);
    char *folder[] = {herald, (char *)"-q", (char *)"--cache", cache, (char *)"-f", (char *)"wav",
                      (char *)"-o", out, fixture, NULL};
    CHECK_INT(h_run(folder, NULL, NULL, NULL, NULL), 0);
    CHECK_INT(h_run(warm, NULL, &b, &lb, NULL), 0);
    CHECKF(a && b && la == lb && memcmp(a, b, la) == 0, "a damaged cache changed the stream");
    free(a);
    free(b);
out:
    h_rmtree(dir);
    free(dir);
}

/* --lang: the statement's language over what its words say; an unknown one is a usage
 * error; a French statement is spoken by espeak-ng's French voice. */
static void test_lang(void)
{
    char fr[PATH_MAX];
    if (!realpath("tests/golden/fr-declaration/input.txt", fr)) {
        CHECKF(0, "fixture tests/golden/fr-declaration/input.txt: %s", strerror(errno));
        return;
    }
    char *out = NULL, *err = NULL;
    char *a1[] = {herald, (char *)"segment", (char *)"--json", fr, NULL};
    CHECK_INT(h_run(a1, NULL, &out, NULL, NULL), 0);
    CHECKF(out && strstr(out, "\"lang\":\"fr\""), "found language: %.200s", out);
    free(out);
    out = NULL;
    char *a2[] = {herald, (char *)"segment", (char *)"--json", (char *)"--lang", (char *)"en", fr, NULL};
    CHECK_INT(h_run(a2, NULL, &out, NULL, NULL), 0);
    CHECKF(out && strstr(out, "\"lang\":\"en\""), "--lang en: %.200s", out);
    free(out);
    out = NULL;
    char *a3[] = {herald, (char *)"plan", (char *)"--lang=de", fr, NULL};
    CHECK_INT(h_run(a3, NULL, &out, NULL, &err), 64);
    CHECKF(err && strstr(err, "--lang takes en, fr or es"), "%s", err);
    free(out);
    free(err);
    out = err = NULL;
    /* rendered: chapters named in French, the statement's speaker alone */
    char *dir = h_tempdir();
    char *a4[] = {herald, (char *)"-q", (char *)"-f", (char *)"wav", (char *)"-o", dir, fr, NULL};
    CHECK_INT(h_run(a4, NULL, &out, NULL, &err), 0);
    char path[PATH_MAX + 32];
    snprintf(path, sizeof path, "%s/index.json", dir);
    char *idx = h_read_file(path, NULL);
    CHECKF(idx && strstr(idx, "\"title\": \"D\xC3\xA9" "claration \xC3\xA0 la presse\"") &&
               !strstr(idx, "\"s2\""),
           "index.json: %.600s", idx);
    free(idx);
    free(out);
    free(err);
    h_rmtree(dir);
    free(dir);
}

int main(void)
{
    const char *h = getenv("HERALD");
    if (!realpath(h ? h : "build/herald", herald) ||
        !realpath("tests/golden/intl-press-statement/input.txt", fixture) ||
        !realpath("tests/golden/intl-speech-headings/input.txt", fixture2)) {
        fprintf(stderr, "test_cli: run from the project root with HERALD set\n");
        return 1;
    }
    /* Profiles from the project's voices/, whatever the caller's environment. */
    unsetenv("HERALD_VOICES");
    signal(SIGPIPE, SIG_IGN);
    test_formats();
    test_stream();
    test_no_audio_device();
    test_default_output();
    test_batch();
    test_errors();
    test_full_disk();
    test_interrupt(SIGINT);
    test_interrupt(SIGTERM);
    test_progress_on_terminal();
    test_help_version_segment();
    test_casting();
    test_publishing();
    test_files_and_tags();
    test_hostile();
    test_lang();
    return h_report("test_cli");
}

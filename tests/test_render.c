/* Tests of hd_render: exact sample accounting, audio leaving a stream before the rest
 * is synthesised, cancellation leaving no temporaries. */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "prosody.h"
#include "render.h"
#include "synth.h"

static hd_plan *make_plan(const char *text, int plain, int rate, hd_doc **doc)
{
    hd_parse_options po = hd_parse_options_default();
    po.plain = plain;
    hd_plan_options o = hd_plan_options_default();
    o.rate_wpm = rate;
    hd_plan *p = NULL;
    *doc = NULL;
    if (hd_doc_parse(text, strlen(text), &po, doc, NULL) != HD_OK)
        return NULL;
    if (hd_plan_new(*doc, NULL, &o, &p, NULL) != HD_OK)
        return NULL;
    return p;
}

static void test_exact(void)
{
    hd_doc *d;
    hd_plan *p = make_plan("The harbour opened today.", 1, 0, &d);
    CHECK(p != NULL);
    if (!p)
        return;
    char *dir = h_tempdir();
    hd_render_options o = hd_render_options_default();
    o.format = HD_FORMAT_WAV;
    o.out_dir = dir;
    CHECK_INT(hd_render(p, &o, NULL), HD_OK);
    char path[4300];
    snprintf(path, sizeof path, "%s/index.json", dir);
    char *text = h_read_file(path, NULL);
    jv *m = text ? j_parse(text) : NULL;
    const jv *ch = j_get(m, "chapters");
    CHECK(ch && ch->n == 1);
    /* The file ends in the pause: exactly that many zero samples after the speech
     * (espeak-ng's own tail is not digital silence, give or take a few samples). */
    size_t pause = (size_t)p->u[0].pause_ms * 22050 / 1000;
    if (ch && ch->n == 1) {
        snprintf(path, sizeof path, "%s/%s", dir, j_str(ch->items[0], "file"));
        SF_INFO info;
        memset(&info, 0, sizeof info);
        SNDFILE *f = sf_open(path, SFM_READ, &info);
        CHECK(f != NULL);
        short *pcm = f ? calloc((size_t)info.frames, sizeof *pcm) : NULL;
        if (pcm && sf_read_short(f, pcm, info.frames) == info.frames) {
            CHECK_INT(info.frames, (long long)j_num(ch->items[0], "frames"));
            size_t zeros = 0;
            while (zeros < (size_t)info.frames && pcm[info.frames - 1 - zeros] == 0)
                zeros++;
            CHECKF(zeros >= pause && zeros < pause + 22050 / 20,
                   "%zu zero samples at the end, pause is %zu", zeros, pause);
            CHECK((size_t)info.frames > pause + 22050 / 2);
        }
        free(pcm);
        if (f)
            sf_close(f);
    }
    j_free(m);
    free(text);
    h_rmtree(dir);
    free(dir);
    hd_plan_free(p);
    hd_doc_free(d);
}

typedef struct stream_probe {
    int fd;
    size_t bytes;
    size_t bytes_after_first; /* read by the time the first utterance was done */
    size_t progress_calls;
} stream_probe;

static void drain(stream_probe *s)
{
    char buf[65536];
    ssize_t r;
    while ((r = read(s->fd, buf, sizeof buf)) > 0)
        s->bytes += (size_t)r;
}

static void on_progress(void *user, const hd_progress *pr)
{
    stream_probe *s = user;
    drain(s);
    if (pr->done == 1)
        s->bytes_after_first = s->bytes;
    s->progress_calls++;
}

static void test_stream_early(void)
{
    hd_doc *d;
    hd_plan *p = make_plan("First things first. Then the second. And a third one.", 1, 0, &d);
    CHECKF(p != NULL, "no plan to test with");
    if (!p)
        return;
    int fds[2];
    CHECK(pipe(fds) == 0);
    fcntl(fds[0], F_SETPIPE_SZ, 1 << 20);
    fcntl(fds[0], F_SETFL, O_NONBLOCK);
    stream_probe s = {fds[0], 0, 0, 0};
    hd_render_options o = hd_render_options_default();
    o.stream_fd = fds[1];
    o.progress = on_progress;
    o.user = &s;
    CHECK_INT(hd_render(p, &o, NULL), HD_OK);
    drain(&s);
    CHECK_INT(s.progress_calls, 3);
    /* After the first of three sentences, its audio had already left. */
    CHECKF(s.bytes_after_first > 44 + 22050, "only %zu bytes out after the first sentence",
           s.bytes_after_first);
    CHECKF(s.bytes_after_first < s.bytes, "%zu of %zu bytes", s.bytes_after_first, s.bytes);
    CHECK((s.bytes - 44) % 2 == 0);
    close(fds[0]);
    close(fds[1]);
    hd_plan_free(p);
    hd_doc_free(d);
}

/* Renders to a stream in memory: samples after the 44-byte header. */
typedef struct capture {
    int fd;
    unsigned char *buf;
    size_t len, cap;
} capture;

static void capture_drain(capture *c)
{
    for (;;) {
        if (c->len + 65536 > c->cap) {
            c->cap = (c->cap + 65536) * 2;
            c->buf = realloc(c->buf, c->cap);
        }
        ssize_t r = read(c->fd, c->buf + c->len, 65536);
        if (r <= 0)
            break;
        c->len += (size_t)r;
    }
}

static void capture_progress(void *user, const hd_progress *pr)
{
    (void)pr;
    capture_drain(user);
}

/* Pauses where the structure is and nowhere else: the audio splits at silences of
 * 280 ms or more into exactly one piece per utterance, and each boundary's silence is
 * the planned pause to the sample (digital zero), give or take espeak-ng's own edge. */
static void test_pauses_in_audio(void)
{
    const char *text =
        "Speech\n\nby the Mayor of Eastport Lena Holt\n\n"
        "It was Jan. 5 then, and we met Mr. Ruiz at 9 a.m. sharp. Then we left.\n\n"
        "Prices rose 3.5 per cent. in the U.S. last year, e.g. in ports.\n\n"
        "\"Who is there?\" she asked. He said: we wait... and wait.\n\n"
        "Q: When?\n\nMayor Holt: On 11 Jan. 2023, at No. 10.\n";
    hd_doc *d;
    hd_plan *p = make_plan(text, 0, 0, &d);
    CHECKF(p != NULL, "no plan to test with");
    if (!p)
        return;
    int fds[2];
    CHECK(pipe(fds) == 0);
    fcntl(fds[0], F_SETPIPE_SZ, 1 << 20);
    fcntl(fds[0], F_SETFL, O_NONBLOCK);
    capture c = {fds[0], NULL, 0, 0};
    hd_render_options o = hd_render_options_default();
    o.stream_fd = fds[1];
    o.progress = capture_progress;
    o.user = &c;
    CHECK_INT(hd_render(p, &o, NULL), HD_OK);
    capture_drain(&c);
    size_t n = c.len > 44 ? (c.len - 44) / 2 : 0;
    short *pcm = calloc(n + 1, sizeof *pcm);
    for (size_t i = 0; i < n; i++)
        pcm[i] = (short)(c.buf[44 + 2 * i] | c.buf[45 + 2 * i] << 8);
    /* silences: runs of |x| < 100 of 280 ms or more */
    size_t min = 22050 * 280 / 1000, runs = 0, run = 0, zeros = 0, most = 0;
    size_t runlen[64], zerolen[64];
    for (size_t i = 0; i <= n; i++) {
        int quiet = i < n && abs(pcm[i]) < 100;
        if (quiet) {
            run++;
            zeros = pcm[i] == 0 ? zeros + 1 : 0;
            most = zeros > most ? zeros : most;
            continue;
        }
        if (run >= min && runs < 64) {
            runlen[runs] = run;
            zerolen[runs] = most;
            runs++;
        }
        run = zeros = most = 0;
    }
    CHECKF(runs == p->n, "%zu silences of 280 ms or more for %zu utterances", runs, p->n);
    for (size_t k = 0; k < runs && k < p->n; k++) {
        size_t want = (size_t)p->u[k].pause_ms * 22050 / 1000;
        CHECKF(zerolen[k] >= want && runlen[k] < want + 22050 * 15 / 100,
               "pause %zu (%s): %zu zero samples in a %zu-sample silence, planned %zu", k,
               hd_pause_kind_name(p->u[k].pause), zerolen[k], runlen[k], want);
    }
    free(pcm);
    free(c.buf);
    close(fds[0]);
    close(fds[1]);
    hd_plan_free(p);
    hd_doc_free(d);
}

static int stop_now;
static int cancel_cb(void *user)
{
    (void)user;
    return stop_now;
}
static void stop_after_first(void *user, const hd_progress *pr)
{
    (void)user;
    (void)pr;
    stop_now = 1;
}

static void test_cancel(void)
{
    hd_doc *d;
    hd_plan *p = make_plan("One sentence here. Another one there. A third to be safe.", 1, 0, &d);
    CHECKF(p != NULL, "no plan to test with");
    if (!p)
        return;
    char *dir = h_tempdir();
    hd_render_options o = hd_render_options_default();
    o.out_dir = dir;
    o.cancelled = cancel_cb;
    o.progress = stop_after_first;
    hd_diag diag = {0};
    CHECK_INT(hd_render(p, &o, &diag), HD_ERR_CANCELLED);
    DIR *dp = opendir(dir);
    int entries = 0;
    struct dirent *e;
    while (dp && (e = readdir(dp)))
        entries += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    if (dp)
        closedir(dp);
    CHECKF(entries == 0, "%d files left after cancelling", entries);
    h_rmtree(dir);
    free(dir);
    hd_plan_free(p);
    hd_doc_free(d);
}

static void test_bad_voice(void)
{
    char *dir = h_tempdir(), path[4300];
    snprintf(path, sizeof path, "%s/narrator.voice", dir);
    h_write_file(path, "espeak = zz-qq\n");
    hd_voices *v = NULL;
    hd_doc *d = NULL;
    hd_plan *p = NULL;
    CHECK_INT(hd_voices_load(dir, &v, NULL), HD_OK);
    CHECK_INT(hd_doc_parse("Hello.", 6, NULL, &d, NULL), HD_OK);
    CHECK_INT(hd_plan_new(d, v, NULL, &p, NULL), HD_OK);
    hd_render_options o = hd_render_options_default();
    snprintf(path, sizeof path, "%s/out", dir);
    o.out_dir = path;
    hd_diag diag = {0};
    /* Refused before anything is written. */
    CHECK_INT(hd_render(p, &o, &diag), HD_ERR_VOICE);
    CHECK(strstr(diag.message, "zz-qq") != NULL);
    CHECK(access(path, F_OK) != 0);
    hd_plan_free(p);
    hd_doc_free(d);
    hd_voices_free(v);
    h_rmtree(dir);
    free(dir);
}

/* A stream to a scratch file: with hd_stream (opening > 0: begun on the statement's
 * opening past that many bytes) or the whole statement's plan and hd_render. */
static unsigned char *stream_of(const char *text, size_t opening, const char *lang, size_t *len,
                                hd_status *st)
{
    FILE *f = tmpfile();
    hd_parse_options po = hd_parse_options_default();
    po.lang = lang;
    hd_render_options o = hd_render_options_default();
    o.stream_fd = fileno(f);
    o.jobs = 2;
    *len = 0;
    if (opening) {
        rd_set_stream_opening(opening);
        *st = hd_stream(text, strlen(text), &po, NULL, NULL, &o, NULL);
        rd_set_stream_opening(16384);
    } else {
        hd_doc *d = NULL;
        hd_plan *p = NULL;
        if ((*st = hd_doc_parse(text, strlen(text), &po, &d, NULL)) == HD_OK &&
            (*st = hd_plan_new(d, NULL, NULL, &p, NULL)) == HD_OK)
            *st = hd_render(p, &o, NULL);
        hd_plan_free(p);
        hd_doc_free(d);
    }
    fflush(f);
    long n = ftell(f);
    unsigned char *buf = n > 0 ? malloc((size_t)n) : NULL;
    rewind(f);
    if (buf && fread(buf, 1, (size_t)n, f) == (size_t)n)
        *len = (size_t)n;
    fclose(f);
    return buf;
}

/* The first utterance of a plan of the statement's first n bytes: its words, voice,
 * rate and speech. When the opening's and the whole's agree, the stream begun on the
 * opening must be the whole plan's to the byte. */
static char *first_utterance(const char *text, size_t n, const char *lang)
{
    hd_parse_options po = hd_parse_options_default();
    po.lang = lang;
    hd_doc *d = NULL;
    hd_plan *p = NULL;
    char *out = NULL;
    if (hd_doc_parse(text, n, &po, &d, NULL) == HD_OK && hd_plan_new(d, NULL, NULL, &p, NULL) == HD_OK &&
        p->n > 0) {
        const pro_utterance *u = &p->u[0];
        const vo_profile *v = &p->voices[u->voice];
        hd_sentence s = {0};
        if (u->sentence != PRO_NO_SENTENCE)
            hd_doc_sentence(d, u->sentence, &s);
        char *speech = pro_speech(p, 0);
        size_t len = (speech ? strlen(speech) : 0) + 256;
        if ((out = malloc(len)))
            snprintf(out, len, "%s %d %d %d %d %d; %d; %zu-%zu; %s", v->espeak, v->rate, v->pitch,
                     v->range, v->volume, v->wordgap, pro_rate(p, u), s.start, s.end,
                     speech ? speech : "");
        free(speech);
    }
    hd_plan_free(p);
    hd_doc_free(d);
    return out;
}

static void test_stream_opening(void)
{
    static const struct {
        const char *dir, *lang;
    } cases[] = {
        {"briefing-president", NULL}, {"interview-qa", NULL}, {"panel-names", NULL},
        {"rev-timecoded", NULL},      {"press-release", NULL}, {"fr-conference", "fr"},
        {"es-rueda", "es"},           {"un-noon-briefing", NULL},
    };
    static const size_t openings[] = {1, 400};
    size_t agreed = 0, differed = 0;
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        char path[256];
        snprintf(path, sizeof path, "tests/golden/%s/input.txt", cases[c].dir);
        char *text = h_read_file(path, NULL);
        CHECKF(text != NULL, "cannot read %s", path);
        if (!text)
            continue;
        size_t wl = 0;
        hd_status st;
        unsigned char *whole = stream_of(text, 0, cases[c].lang, &wl, &st);
        CHECK_INT(st, HD_OK);
        for (size_t k = 0; k < sizeof openings / sizeof *openings; k++) {
            size_t ol = 0;
            unsigned char *got = stream_of(text, openings[k], cases[c].lang, &ol, &st);
            CHECKF(st == HD_OK, "%s, opening %zu: status %d", cases[c].dir, openings[k], (int)st);
            /* the opening ends after the first blank line past that many bytes */
            const char *b = strlen(text) > openings[k] ? strstr(text + openings[k], "\n\n") : NULL;
            size_t cut = b ? (size_t)(b + 2 - text) : strlen(text);
            char *a = first_utterance(text, cut, cases[c].lang);
            char *w = first_utterance(text, strlen(text), cases[c].lang);
            if (a && w && strcmp(a, w) == 0) {
                agreed++;
                CHECKF(ol == wl && memcmp(got, whole, wl) == 0,
                       "%s, opening %zu: %zu bytes streamed, the whole plan's %zu, not the same",
                       cases[c].dir, openings[k], ol, wl);
            } else {
                /* goes on after the words heard: nothing of the statement lost, the
                 * first sentence not heard twice */
                differed++;
                printf("# %s, opening %zu: the opening reads its first sentence otherwise\n", cases[c].dir, openings[k]);
                CHECKF(ol > 44 && ol % 2 == 0 && ol > wl * 9 / 10 && ol < wl * 11 / 10,
                       "%s, opening %zu: %zu bytes streamed, the whole plan's %zu", cases[c].dir,
                       openings[k], ol, wl);
            }
            free(a);
            free(w);
            free(got);
        }
        free(whole);
        free(text);
    }
    CHECKF(agreed >= 8, "only %zu streams agreed with the whole plan at their first sentence", agreed);
    printf("# stream begun on the opening: %zu agreed with the whole at the first sentence, %zu did not\n",
           agreed, differed);
}

typedef struct done_log {
    size_t done[64], n;
} done_log;

static void log_done(void *user, const hd_progress *pr)
{
    done_log *l = user;
    if (l->n < 64)
        l->done[l->n++] = pr->done;
}

/* When the rest of a statement changes how its opening is read (here its language,
 * and so the narrator's voice), the stream goes on in the whole plan from the first
 * sentence after the one heard: every sentence once, in order. */
static void test_stream_opening_differs(void)
{
    const char *text =
        "Press release\n\n"
        "Le ministre de la Mer a pr\xc3\xa9sent\xc3\xa9 ce matin le plan de r\xc3\xa9novation du port "
        "de Brest. Les travaux commenceront en mars et dureront deux ans.\n\n"
        "Le budget total est de 45 millions d'euros, dont la moiti\xc3\xa9 est financ\xc3\xa9" "e "
        "par la r\xc3\xa9gion. Les p\xc3\xaa" "cheurs seront consult\xc3\xa9s chaque mois.\n\n"
        "La ville accueillera une r\xc3\xa9union publique le 12 avril \xc3\xa0 la mairie.\n";
    char *a = first_utterance(text, strlen("Press release\n\n"), NULL);
    char *w = first_utterance(text, strlen(text), NULL);
    CHECKF(a && w && strcmp(a, w) != 0, "the opening and the whole read the first sentence alike: %s",
           a ? a : "-");
    free(a);
    free(w);
    hd_doc *d = NULL;
    hd_plan *p = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECK_INT(hd_plan_new(d, NULL, NULL, &p, NULL), HD_OK);
    size_t n = p ? p->n : 0;
    hd_plan_free(p);
    hd_doc_free(d);
    FILE *f = tmpfile();
    done_log l = {{0}, 0};
    hd_render_options o = hd_render_options_default();
    o.stream_fd = fileno(f);
    o.progress = log_done;
    o.user = &l;
    rd_set_stream_opening(1);
    CHECK_INT(hd_stream(text, strlen(text), NULL, NULL, NULL, &o, NULL), HD_OK);
    rd_set_stream_opening(16384);
    CHECKF(l.n == n, "%zu utterances heard, the whole plan has %zu", l.n, n);
    for (size_t i = 0; i < l.n; i++)
        CHECKF(l.done[i] == i + 1, "utterance %zu heard as number %zu", i + 1, l.done[i]);
    size_t wl = 0;
    hd_status st;
    unsigned char *whole = stream_of(text, 0, NULL, &wl, &st);
    CHECK(fseek(f, 0, SEEK_END) == 0);
    long got = ftell(f);
    CHECKF(got > 44 && (size_t)got > wl * 9 / 10 && (size_t)got < wl * 11 / 10,
           "%ld bytes streamed, the whole plan's stream %zu", got, wl);
    free(whole);
    fclose(f);
}

int main(void)
{
    test_exact();
    test_stream_early();
    test_pauses_in_audio();
    test_cancel();
    test_bad_voice();
    test_stream_opening();
    test_stream_opening_differs();
    hd_shutdown();
    return h_report("test_render");
}

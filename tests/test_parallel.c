/* The render at the machine's limit, held to what it promises: the same audio for any
 * number of synthesis processes (files byte for byte, streams too) under every
 * chapter policy, --max-chapter and many voices; the loudness promise for every
 * format across targets, read back from the written files (libebur128, a reader
 * independent of herald's meter); bounded memory on a statement that is one long
 * sentence. */
#include <dirent.h>
#include <math.h>
#include <signal.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <ebur128.h>

#include "harness.h"

static const char *herald;

static const char conference[] =
    "Joint press conference\n\n"
    "by the Secretary General Ola Berg and Spokesperson Ana Ruiz after the meeting\n\n"
    "  \xE2\x80\xA2 4 Mar. 2025 -\n\n"
    "Spokesperson Ana Ruiz: Good afternoon. We have a short statement, then questions.\n\n"
    "Secretary General Ola Berg: Thank you, Ana. We agreed on three things today. "
    "The harbour will be dredged. The ferry will run every hour. And the sea wall "
    "will be raised by a metre before the winter storms.\n\n"
    "Question [Agence Nord]: How much will it cost, and who pays?\n\n"
    "Secretary General Ola Berg: Forty million euros, shared by the four towns.\n\n"
    "Question (Radio Delta): When does the work start?\n\n"
    "Spokesperson Ana Ruiz: In May. Next question, please.\n\n"
    "Q: Is the ferry company on board?\n\n"
    "Secretary General Ola Berg: Yes. They signed this morning.\n\n"
    "Question [Kestrel Daily]: And the fishermen?\n\n"
    "Secretary General Ola Berg: We met them last week. They asked for a new quay, "
    "and they will have it.\n";



static void test_jobs(const char *dir, const char *in)
{
    static const char *const variants[][8] = {
        {"-f", "wav", NULL},
        {"-f", "flac", "--chapters", "turns", NULL},
        {"-f", "wav", "--chapters", "none", NULL},
        {"-f", "flac", "--max-chapter", "0.1", "--announce", "always", NULL},
        {"-f", "wav", "--loudness", "off", "-r", "320", NULL},
        /* the limiter at work on every sentence, a long chapter limited in stretches */
        {"-f", "wav", "--loudness", "-11", "--chapters", "none", NULL},
    };
    for (size_t v = 0; v < sizeof variants / sizeof *variants; v++) {
        char out1[4200], out3[4200];
        snprintf(out1, sizeof out1, "%s/j1-%zu", dir, v);
        snprintf(out3, sizeof out3, "%s/j3-%zu", dir, v);
        const char *outs[2] = {out1, out3}, *jobs[2] = {"1", "3"};
        for (int k = 0; k < 2; k++) {
            char *argv[20];
            int a = 0;
            argv[a++] = (char *)herald;
            argv[a++] = (char *)"-q";
            argv[a++] = (char *)"-j";
            argv[a++] = (char *)jobs[k];
            /* a cache of its own for each render: both synthesise every unit */
            char cache[4300];
            snprintf(cache, sizeof cache, "%s-cache", outs[k]);
            argv[a++] = (char *)"--cache";
            argv[a++] = cache;
            for (int i = 0; variants[v][i]; i++)
                argv[a++] = (char *)variants[v][i];
            argv[a++] = (char *)"-o";
            argv[a++] = (char *)outs[k];
            argv[a++] = (char *)in;
            argv[a] = NULL;
            CHECKF(h_run(argv, NULL, NULL, NULL, NULL) == 0, "variant %zu, -j %s", v, jobs[k]);
        }
        size_t n = h_same_files(out1, out3, "-j 1 and -j 3");
        CHECKF(n >= 6, "variant %zu: only %zu files", v, n);
    }
    /* streams: the same bytes */
    char *a = NULL, *b = NULL;
    size_t la = 0, lb = 0;
    char *s1[] = {(char *)herald, (char *)"-q", (char *)"--no-cache", (char *)"-j", (char *)"1", (char *)"-o", (char *)"-",
                  (char *)in, NULL};
    char *s3[] = {(char *)herald, (char *)"-q", (char *)"--no-cache", (char *)"-j", (char *)"3", (char *)"-o", (char *)"-",
                  (char *)in, NULL};
    CHECK_INT(h_run(s1, NULL, &a, &la, NULL), 0);
    CHECK_INT(h_run(s3, NULL, &b, &lb, NULL), 0);
    CHECKF(a && b && la == lb && la > 44 && memcmp(a, b, la) == 0, "streams differ: %zu and %zu bytes",
           la, lb);
    /* and the cache of voice resolutions and stream gains changes nothing: without
     * one, cold, and warm */
    char cache[4200];
    snprintf(cache, sizeof cache, "%s/cache", dir);
    char *nc[] = {(char *)herald, (char *)"-q", (char *)"--no-cache", (char *)"-o", (char *)"-",
                  (char *)in, NULL};
    char *wc[] = {(char *)herald, (char *)"-q", (char *)"--cache", cache, (char *)"-o", (char *)"-",
                  (char *)in, NULL};
    for (int k = 0; k < 3; k++) {
        char *c = NULL;
        size_t lc = 0;
        CHECK_INT(h_run(k ? wc : nc, NULL, &c, &lc, NULL), 0);
        CHECKF(c && a && lc == la && memcmp(c, a, la) == 0, "stream %s differs",
               k == 0 ? "without a cache" : k == 1 ? "with a cold cache" : "with a warm cache");
        free(c);
    }
    free(a);
    free(b);
}

/* Loudness and true peak of a render's chapter files, as libebur128 reads them
 * (decoded by libsndfile; the channels are equal, so the first is measured and two
 * add 3 dB). */
static int measure(const char *dir, double *lufs, double *tp)
{
    char *text = h_read_file(h_path(dir, "index.json"), NULL);
    jv *m = text ? j_parse(text) : NULL;
    const jv *ch = j_get(m, "chapters");
    ebur128_state **st = ch ? calloc(ch->n + 1, sizeof *st) : NULL;
    size_t n = 0;
    int channels = 1;
    double peak = 0;
    for (size_t c = 0; st && c < ch->n; c++) {
        SF_INFO info;
        memset(&info, 0, sizeof info);
        SNDFILE *f = sf_open(h_path(dir, j_str(ch->items[c], "file")), SFM_READ, &info);
        if (!f)
            continue;
        channels = info.channels;
        st[n] = ebur128_init(1, (unsigned long)info.samplerate, EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
        float *buf = malloc(4096 * sizeof *buf * (size_t)info.channels);
        sf_count_t got;
        while ((got = sf_readf_float(f, buf, 4096)) > 0) {
            for (sf_count_t i = 1; i < got; i++)
                buf[i] = buf[i * info.channels];
            ebur128_add_frames_float(st[n], buf, (size_t)got);
        }
        double p = 0;
        ebur128_true_peak(st[n], 0, &p);
        peak = p > peak ? p : peak;
        free(buf);
        sf_close(f);
        n++;
    }
    int ok = n > 0 && ebur128_loudness_global_multiple(st, n, lufs) == EBUR128_SUCCESS;
    *lufs += channels == 2 ? 10 * log10(2.0) : 0;
    *tp = peak > 0 ? 20 * log10(peak) : -HUGE_VAL;
    for (size_t i = 0; i < n; i++)
        ebur128_destroy(&st[i]);
    free(st);
    j_free(m);
    free(text);
    return ok;
}

static void test_loudness(const char *dir, const char *in)
{
    static const char *const formats[] = {"wav", "flac", "ogg", "opus", "mp3"};
    static const double targets[] = {-30, -23, -16, -13, -10};
    for (size_t t = 0; t < sizeof targets / sizeof *targets; t++)
        for (size_t f = 0; f < sizeof formats / sizeof *formats; f++) {
            /* documented: lossy encoders cannot hold -1 dBTP at -10 LUFS on speech */
            int lossy = f >= 2;
            if (lossy && targets[t] > -11)
                continue;
            char out[4200], target[16];
            snprintf(out, sizeof out, "%s/loud-%s-%zu", dir, formats[f], t);
            snprintf(target, sizeof target, "%g", targets[t]);
            char *argv[] = {(char *)herald, (char *)"-q", (char *)"-f", (char *)formats[f],
                            (char *)"--loudness", target, (char *)"-o", out, (char *)in, NULL};
            CHECKF(h_run(argv, NULL, NULL, NULL, NULL) == 0, "%s at %s", formats[f], target);
            double lufs = 0, tp = 0;
            CHECKF(measure(out, &lufs, &tp), "%s at %s: cannot measure", formats[f], target);
            CHECKF(fabs(lufs - targets[t]) <= 0.5, "%s at %s LUFS: %.2f LUFS", formats[f], target, lufs);
            /* libebur128 oversamples 4x below 96 kHz: a hair of headroom for its view */
            CHECKF(tp <= -1.0, "%s at %s LUFS: true peak %.2f dBTP", formats[f], target, tp);
            /* and index.json says what the file holds */
            char *text = h_read_file(h_path(out, "index.json"), NULL);
            jv *m = text ? j_parse(text) : NULL;
            const jv *l = j_get(m, "loudness");
            double claim = j_num(l, "integrated_lufs"), ctp = j_num(l, "true_peak_dbtp");
            CHECKF(fabs(claim - lufs) <= 0.2, "%s at %s: index.json says %.2f LUFS, the file %.2f",
                   formats[f], target, claim, lufs);
            CHECKF(fabs(ctp - tp) <= 0.3, "%s at %s: index.json says %.2f dBTP, the file %.2f",
                   formats[f], target, ctp, tp);
            j_free(m);
            free(text);
        }
}

/* One long sentence: the parent and every worker stay small (RUSAGE_CHILDREN gives
 * the largest of herald and the workers it waited for). */
static void test_memory(const char *dir)
{
    char in[4200], out[4200];
    snprintf(in, sizeof in, "%s/one-sentence.txt", dir);
    snprintf(out, sizeof out, "%s/mem", dir);
    static const char *const words[] = {"harbour", "council", "budget", "ferry", "terminal",
                                        "sea", "wall", "plans", "next", "year", "and", "the"};
    size_t cap = 400000, n = 0;
    char *s = malloc(cap);
    n += (size_t)snprintf(s, cap, "We said");
    for (unsigned i = 0, x = 7; n + 16 < cap && i < 24000; i++) {
        x = x * 1103515245u + 12345u;
        n += (size_t)snprintf(s + n, cap - n, " %s", words[(x >> 16) % 12]);
    }
    snprintf(s + n, cap - n, " today.\n");
    h_write_file(in, s);
    free(s);
    pid_t pid = fork();
    if (pid == 0) {
        execl(herald, herald, "-q", "-f", "flac", "-o", out, in, (char *)NULL);
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    struct rusage ru;
    getrusage(RUSAGE_CHILDREN, &ru);
    CHECKF(WIFEXITED(status) && WEXITSTATUS(status) == 0, "long sentence: status %d", status);
    /* 32 MiB is the promise for a plain build; sanitizers' shadow memory adds more */
    const char *san = getenv("HERALD_SANITIZED");
    long limit = san && *san ? 256 * 1024 : 32 * 1024;
    CHECKF(ru.ru_maxrss < limit, "peak memory %ld KiB (limit %ld KiB)", ru.ru_maxrss, limit);
    printf("  one sentence of %zu bytes: peak memory %ld KiB\n", n, ru.ru_maxrss);
}

/* A statement with passages in other languages and scripts: each unit switches voices
 * and back, and still -j 1 and -j 3 give the same bytes; espeak-ng's voices print
 * nothing. */
static void test_passages(void)
{
    const char *in = "tests/golden/mixed-languages/input.txt";
    char *a = NULL, *b = NULL, *ea = NULL, *eb = NULL;
    size_t la = 0, lb = 0;
    char *s1[] = {(char *)herald, (char *)"-q", (char *)"--no-cache", (char *)"-j", (char *)"1", (char *)"-o", (char *)"-",
                  (char *)in, NULL};
    char *s3[] = {(char *)herald, (char *)"-q", (char *)"--no-cache", (char *)"-j", (char *)"3", (char *)"-o", (char *)"-",
                  (char *)in, NULL};
    CHECK_INT(h_run(s1, NULL, &a, &la, &ea), 0);
    CHECK_INT(h_run(s3, NULL, &b, &lb, &eb), 0);
    CHECKF(a && b && la == lb && la > 22050 * 2 * 20 && memcmp(a, b, la) == 0,
           "passages: streams of %zu and %zu bytes", la, lb);
    CHECKF(ea && !*ea && eb && !*eb, "passages: stderr [%s]", ea ? ea : "");
    free(a);
    free(b);
    free(ea);
    free(eb);
}

int main(void)
{
    herald = getenv("HERALD");
    if (!herald)
        herald = "build/herald";
    char *dir = h_tempdir(), in[4200];
    snprintf(in, sizeof in, "%s/conference.txt", dir);
    h_write_file(in, conference);
    test_jobs(dir, in);
    test_passages();
    test_loudness(dir, in);
    test_memory(dir);
    h_rmtree(dir);
    free(dir);
    return h_report("test_parallel");
}

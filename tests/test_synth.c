/* Tests of synth.c: real espeak-ng synthesis, voices that are not installed, stop. */
#define _DEFAULT_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"
#include "synth.h"
#include "herald.h"

typedef struct pcm {
    short *v;
    size_t n, cap;
    size_t stop_after; /* 0: never */
} pcm;

static int collect(void *user, const short *s, size_t n)
{
    pcm *p = user;
    if (p->n + n > p->cap) {
        p->cap = (p->n + n) * 2;
        p->v = realloc(p->v, p->cap * sizeof *p->v);
    }
    memcpy(p->v + p->n, s, n * sizeof *s);
    p->n += n;
    return p->stop_after && p->n >= p->stop_after;
}

static vo_profile profile(const char *espeak)
{
    vo_profile v = {(char *)"test", (char *)espeak, 175, 50, 50, 100, 0, (char *)"test.voice"};
    return v;
}

/* Trailing run of near-silent samples. */
static size_t trailing_silence(const pcm *p)
{
    size_t k = 0;
    while (k < p->n && abs(p->v[p->n - 1 - k]) < 64)
        k++;
    return k;
}

/* Median fundamental frequency of the voiced 40 ms frames, by autocorrelation. */
static double median_f0(const short *x, size_t n, int rate)
{
    size_t frame = (size_t)rate / 25, minlag = (size_t)rate / 400, maxlag = (size_t)rate / 60;
    double f0s[2048];
    size_t k = 0;
    for (size_t at = 0; at + frame + maxlag < n && k < 2048; at += frame / 2) {
        double e0 = 0;
        for (size_t i = 0; i < frame; i++)
            e0 += (double)x[at + i] * x[at + i];
        if (e0 / frame < 1e5)
            continue; /* quiet: not voiced */
        double best = 0;
        size_t lag = 0;
        for (size_t l = minlag; l <= maxlag; l++) {
            double c = 0, e1 = 0;
            for (size_t i = 0; i < frame; i++) {
                c += (double)x[at + i] * x[at + i + l];
                e1 += (double)x[at + i + l] * x[at + i + l];
            }
            double r = c / (1e-9 + __builtin_sqrt(e0 * e1));
            if (r > best) {
                best = r;
                lag = l;
            }
        }
        if (best > 0.6 && lag)
            f0s[k++] = (double)rate / lag;
    }
    if (!k)
        return 0;
    for (size_t i = 1; i < k; i++)
        for (size_t j = i; j > 0 && f0s[j - 1] > f0s[j]; j--) {
            double t = f0s[j];
            f0s[j] = f0s[j - 1];
            f0s[j - 1] = t;
        }
    return f0s[k / 2];
}

typedef struct words {
    size_t pos[32], sample[32], n;
} words;

static void on_word(void *user, size_t pos, size_t sample)
{
    words *w = user;
    if (w->n < 32) {
        w->pos[w->n] = pos;
        w->sample[w->n] = sample;
        w->n++;
    }
}

typedef struct both {
    pcm p;
    words w;
} both;

static int collect_both(void *user, const short *s, size_t n) { return collect(&((both *)user)->p, s, n); }
static void word_both(void *user, size_t pos, size_t sample) { on_word(&((both *)user)->w, pos, sample); }

/* A passage in another language is spoken by that language's voice with the
 * sentence's variant, in the same utterance: its samples are the ones the other
 * voice gives alone, and word positions and times run on across the parts. */
static void test_passages(void)
{
    vo_profile en = profile("en-gb+m3"), fr = profile("fr+m3");
    pcm alone = {0}, english = {0};
    both b = {0};
    hd_diag d = {0};
    /* each measured after the same call, as espeak-ng carries state between calls */
    CHECK_INT(syn_speak(&en, 175, "Start.", collect, &english, &d), HD_OK);
    english.n = 0;
    CHECK_INT(syn_speak(&fr, 175, "Libert\xC3\xA9 et \xC3\xA9galit\xC3\xA9", collect, &alone, &d), HD_OK);
    CHECK_INT(syn_speak(&en, 175, "Start.", collect, &english, &d), HD_OK);
    english.n = 0;
    CHECK_INT(syn_speak(&en, 175, "\x03" "fr\x04Libert\xC3\xA9 et \xC3\xA9galit\xC3\xA9\x05", collect, &b.p, &d), HD_OK);
    /* the French voice's length, to a few samples (a voice loaded again starts from
     * slightly other state), and far from the English voice's */
    CHECKF(b.p.n + 50 > alone.n && b.p.n < alone.n + 50, "passage %zu samples, French voice alone %zu", b.p.n,
           alone.n);
    CHECK_INT(syn_speak(&en, 175, "Start.", collect, &english, &d), HD_OK);
    english.n = 0;
    CHECK_INT(syn_speak(&en, 175, "Libert\xC3\xA9 et \xC3\xA9galit\xC3\xA9", collect, &english, &d), HD_OK);
    CHECKF(english.n > alone.n + alone.n / 20 || english.n + alone.n / 20 < alone.n,
           "the English voice: %zu samples, the French voice %zu", english.n, alone.n);

    /* in a sentence: words in order, in text and in time, across the three parts */
    const char *speech = "The motto was \x03" "fr\x04Libert\xC3\xA9, \xC3\xA9galit\xC3\xA9\x05 and we agree.";
    b.p.n = 0;
    CHECK_INT(syn_speak_words(&en, 175, speech, collect_both, word_both, &b, &d), HD_OK);
    char *t = syn_text(speech);
    CHECKF(b.w.n == 8, "%zu words", b.w.n);
    for (size_t k = 1; k < b.w.n; k++)
        CHECKF(b.w.pos[k] > b.w.pos[k - 1] && b.w.sample[k] > b.w.sample[k - 1],
               "word %zu at %zu (%zu samples) after %zu (%zu)", k, b.w.pos[k], b.w.sample[k], b.w.pos[k - 1],
               b.w.sample[k - 1]);
    /* "Liberté" (the fourth word) is where the French part starts, in characters from 1 */
    if (t && b.w.n >= 5) {
        size_t c = 0, i = 0;
        while (t[i] && c + 1 < b.w.pos[3]) {
            c += ((unsigned char)t[i] & 0xC0) != 0x80;
            i++;
        }
        CHECKF(strncmp(t + i, "Libert", 6) == 0, "fourth word at [%.10s]", t + i);
        CHECKF(b.w.sample[4] < b.p.n && b.w.sample[7] < b.p.n, "word times past the audio");
    }
    free(t);
    /* a frame the guard finds broken is not a passage: its marks are spaces */
    t = syn_text("A \x03" "fr libert\xC3\xA9\x05 b \x03\x04x\x05 c \x03" "fr\x04open");
    CHECK_STR(t, "A fr libert\xC3\xA9  b x  c \x03" "fr\x04open\x05");
    free(t);
    free(alone.v);
    free(english.v);
    free(b.p.v);
}

static const char long_text[] =
    "The harbour council met on Tuesday to discuss the budget for next year, the new "
    "ferry terminal and the repairs to the old sea wall along the northern shore.";

/* Two shipped profiles sound different: pitch measured, not assumed. And rate changes
 * duration in proportion, up to 900 words per minute. */
static void test_voices_and_rates(void)
{
    hd_voices *vs = NULL;
    CHECK_INT(hd_voices_load(NULL, &vs, NULL), HD_OK);
    if (!vs)
        return;
    const vo_profile *male = vo_find(vs, "speaker-1"), *female = vo_find(vs, "speaker-2");
    pcm a = {0}, b = {0};
    CHECK_INT(syn_speak(male, 175, long_text, collect, &a, NULL), HD_OK);
    CHECK_INT(syn_speak(female, 175, long_text, collect, &b, NULL), HD_OK);
    double fa = median_f0(a.v, a.n, 22050), fb = median_f0(b.v, b.n, 22050);
    CHECKF(fa > 60 && fa < 200, "speaker-1 (%s) median F0 %.0f Hz", male->espeak, fa);
    CHECKF(fb > 1.3 * fa, "speaker-2 (%s) F0 %.0f Hz, not clearly above speaker-1's %.0f Hz",
           female->espeak, fb, fa);
    /* Every shipped speaker differs from the next by pitch or voice. */
    double f[7];
    for (int k = 1; k <= 6; k++) {
        char name[32];
        snprintf(name, sizeof name, "speaker-%d", k);
        pcm c = {0};
        CHECK_INT(syn_speak(vo_find(vs, name), 175, long_text, collect, &c, NULL), HD_OK);
        f[k] = median_f0(c.v, c.n, 22050);
        free(c.v);
    }
    for (int k = 2; k <= 6; k++)
        CHECKF(f[k] > f[k - 1] * 1.08 || f[k] < f[k - 1] / 1.08,
               "speaker-%d (%.0f Hz) and speaker-%d (%.0f Hz) have the same pitch", k - 1,
               f[k - 1], k, f[k]);

    size_t len[4];
    const int rates[4] = {175, 350, 700, 900};
    for (int r = 0; r < 4; r++) {
        pcm c = {0};
        CHECK_INT(syn_speak(male, rates[r], long_text, collect, &c, NULL), HD_OK);
        len[r] = c.n;
        free(c.v);
    }
    double r350 = (double)len[1] / len[0], r700 = (double)len[2] / len[0], r900 = (double)len[3] / len[0];
    CHECKF(r350 > 0.4 && r350 < 0.6, "350 wpm: %.2f of the 175 wpm duration", r350);
    CHECKF(r700 > 0.18 && r700 < 0.33, "700 wpm: %.2f of the 175 wpm duration", r700);
    CHECKF(r900 > 0.13 && r900 < r700, "900 wpm: %.2f of the 175 wpm duration", r900);
    free(a.v);
    free(b.v);
    hd_voices_free(vs);
}

/* In a fresh process: the samples of `text` spoken with `v` after loading the voices
 * in pre (none: a synthesiser that loaded nothing before), as a hash and a count. */
static unsigned long long spoken_after(const vo_profile *pre, size_t npre, const vo_profile *v,
                                       const char *text)
{
    int fds[2];
    if (pipe(fds) != 0)
        return 0;
    pid_t pid = fork();
    if (pid == 0) {
        unsigned long long h = 1469598103934665603ULL;
        hd_diag d = {0};
        pcm p = {0};
        int ok = syn_open(NULL, &d) == HD_OK;
        for (size_t i = 0; ok && i < npre; i++)
            ok = syn_preload(&pre[i], &d) == HD_OK;
        ok = ok && syn_speak(v, 175, text, collect, &p, &d) == HD_OK;
        for (size_t i = 0; i < p.n; i++)
            h = (h ^ (unsigned short)p.v[i]) * 1099511628211ULL;
        h ^= p.n;
        if (!ok)
            h = 0;
        _exit(write(fds[1], &h, sizeof h) == sizeof h ? 0 : 1);
    }
    close(fds[1]);
    unsigned long long h = 0;
    if (pid < 0 || read(fds[0], &h, sizeof h) != sizeof h)
        h = 0;
    close(fds[0]);
    if (pid > 0)
        waitpid(pid, NULL, 0);
    return h;
}

/* In a fresh process with the cache directory `dir` (NULL: none): syn_identity, and
 * whether libespeak-ng was loaded to learn it ("1 " or "0 " before it) and after
 * syn_check of a voice ("1 "/"0 " after); then whether it still speaks. */
static char *identity_in_child(const char *dir)
{
    int fds[2];
    if (pipe(fds) != 0)
        return NULL;
    pid_t pid = fork();
    if (pid == 0) {
        char out[1200];
        syn_set_cache(dir);
        const char *id = syn_identity();
        int loaded = dlopen(HD_ESPEAK_SONAME, RTLD_NOW | RTLD_NOLOAD) != NULL;
        vo_profile v = profile("en-gb+m3");
        int checked = syn_check(&v, NULL) == HD_OK;
        int loaded2 = dlopen(HD_ESPEAK_SONAME, RTLD_NOW | RTLD_NOLOAD) != NULL;
        pcm p = {0};
        int spoke = syn_open(NULL, NULL) == HD_OK && syn_speak(&v, 175, "Lazy.", collect, &p, NULL) == HD_OK &&
                    p.n > 1000;
        int n = snprintf(out, sizeof out, "%d %d %d %d %s", loaded, checked, loaded2, spoke, id);
        _exit(n > 0 && write(fds[1], out, (size_t)n) == n ? 0 : 1);
    }
    close(fds[1]);
    char buf[1200];
    ssize_t got = pid < 0 ? -1 : read(fds[0], buf, sizeof buf - 1);
    close(fds[0]);
    if (pid > 0)
        waitpid(pid, NULL, 0);
    if (got <= 0)
        return NULL;
    buf[got] = '\0';
    return strdup(buf);
}

static void *ask_version(void *out)
{
    *(const char **)out = hd_espeak_version();
    return NULL;
}

/* hd_espeak_version on several threads at once, in a fresh process where nobody asked
 * before: every thread gets the same, whole answer (the first call loads libespeak-ng
 * and fills the answer under a lock). */
static void test_version_threads(void)
{
    int fds[2];
    CHECK(pipe(fds) == 0);
    pid_t pid = fork();
    if (pid == 0) {
        syn_set_cache(NULL);
        pthread_t th[6];
        const char *got[6] = {0};
        int ok = 1;
        for (int i = 0; i < 6; i++)
            ok &= pthread_create(&th[i], NULL, ask_version, &got[i]) == 0;
        for (int i = 0; ok && i < 6; i++)
            pthread_join(th[i], NULL);
        char out[200];
        int same = ok;
        for (int i = 1; ok && i < 6; i++)
            same &= got[i] && got[0] && strcmp(got[i], got[0]) == 0;
        int n = snprintf(out, sizeof out, "%d %s", same, ok && got[0] ? got[0] : "-");
        _exit(n > 0 && write(fds[1], out, (size_t)n) == n ? 0 : 1);
    }
    close(fds[1]);
    char buf[200];
    ssize_t got = pid < 0 ? -1 : read(fds[0], buf, sizeof buf - 1);
    close(fds[0]);
    if (pid > 0)
        waitpid(pid, NULL, 0);
    buf[got > 0 ? got : 0] = '\0';
    const char *v = hd_espeak_version();
    CHECKF(got > 2 && buf[0] == '1' && strcmp(buf + 2, v) == 0 && strcmp(v, "?") != 0,
           "six threads: [%s], one: [%s]", buf, v);
}

/* The threads of this process, from /proc. */
static int thread_count(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    int n = -1;
    while (f && fgets(line, sizeof line, f))
        if (sscanf(line, "Threads: %d", &n) == 1)
            break;
    if (f)
        fclose(f);
    return n;
}

/* The thread count once a joined thread has left the kernel's list too: after
 * pthread_join returns, the kernel may still count the exiting thread for a moment
 * (a machine under load showed it), so look again for up to 2 s. */
static int settled_thread_count(void)
{
    int n = thread_count();
    for (int k = 0; n != 1 && k < 200; k++) {
        struct timespec ts = {0, 10 * 1000 * 1000};
        nanosleep(&ts, NULL);
        n = thread_count();
    }
    return n;
}

/* A stream loads libespeak-ng on a thread while it plans its opening: after
 * syn_load_wait it is loaded and that thread is gone (the pool may fork), however
 * often it was asked for. In a child, which starts with it not loaded. */
static void test_load_ahead(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        int bits = 0;
        bits |= (dlopen(HD_ESPEAK_SONAME, RTLD_NOW | RTLD_NOLOAD) == NULL) << 0;
        syn_load_ahead();
        syn_load_ahead();
        syn_load_wait();
        bits |= (dlopen(HD_ESPEAK_SONAME, RTLD_NOW | RTLD_NOLOAD) != NULL) << 1;
        bits |= (settled_thread_count() == 1) << 2;
        syn_load_wait(); /* nothing left to wait for */
        syn_load_ahead(); /* loaded already: no thread */
        bits |= (settled_thread_count() == 1) << 3;
        hd_diag d = {0};
        bits |= (syn_load(&d) == HD_OK) << 4;
        _exit(bits);
    }
    int status = 0;
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
    CHECKF(WIFEXITED(status) && WEXITSTATUS(status) == 31, "load ahead: status %d (bits %d)", status,
           WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

/* A stream resolves its profiles' voices on the loader's thread, with one listing of
 * espeak-ng's voices for all of them (each listing reads every voice file): after
 * syn_load_wait every profile is resolved, the answers are the ones resolving them
 * afterwards gives, and nothing lists the voices again. In children, which start with
 * nothing loaded; the second keeps the resolutions in a cache directory and a third
 * takes them from there without listing. */
static int resolved_ahead(const char *cache_dir, char ids[][160], size_t n, const char *const *specs)
{
    vo_profile ps[8];
    hd_voices set;
    memset(&set, 0, sizeof set);
    for (size_t i = 0; i < n; i++)
        ps[i] = profile(specs[i]);
    set.v = ps;
    set.n = n;
    syn_load_ahead_voices(&set, cache_dir);
    syn_load_wait();
    int bits = 0;
    unsigned listed = syn_listings();
    for (size_t i = 0; i < n; i++) {
        hd_diag d = {0};
        if (syn_resolve(&ps[i], ids[i], 160, &d) != HD_OK)
            bits |= 8;
    }
    bits |= (syn_listings() != listed) << 1; /* resolved ahead: none listed afterwards */
    bits |= (listed > 1) << 2;
    return bits | (int)listed << 4;
}

static void test_resolve_ahead(void)
{
    static const char *const specs[] = {"en-gb", "en-gb+m1", "en-us+f2", "en-gb", "fr", "es+m3"};
    enum { N = sizeof specs / sizeof *specs };
    char dir[] = "/tmp/herald-ahead-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    const char *dirs[3] = {"", dir, dir};
    char got[3][N][160];
    int fds[2];
    for (int run = 0; run < 3; run++) {
        CHECK(pipe(fds) == 0);
        pid_t pid = fork();
        if (pid == 0) {
            char ids[N][160];
            memset(ids, 0, sizeof ids);
            int bits = resolved_ahead(dirs[run], ids, N, specs);
            ssize_t w = write(fds[1], ids, sizeof ids);
            _exit(w == (ssize_t)sizeof ids ? bits : 255);
        }
        close(fds[1]);
        memset(got[run], 0, sizeof got[run]);
        size_t have = 0;
        ssize_t r;
        while (have < sizeof got[run] && (r = read(fds[0], (char *)got[run] + have, sizeof got[run] - have)) > 0)
            have += (size_t)r;
        close(fds[0]);
        int status = 0;
        CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
        int bits = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        /* listed once, then (kept in the directory) not at all */
        CHECKF(bits == (run < 2 ? 16 : 0), "run %d: status %d (bits %d)", run, status, bits);
    }
    /* the same answers each way, and the same as resolving here afterwards (which lists
     * once for all) */
    unsigned before = syn_listings();
    for (size_t i = 0; i < N; i++) {
        vo_profile v = profile(specs[i]);
        char id[160];
        hd_diag d = {0};
        CHECK_INT(syn_resolve(&v, id, sizeof id, &d), HD_OK);
        for (int run = 0; run < 3; run++)
            CHECKF(strcmp(got[run][i], id) == 0, "%s: run %d resolved '%s', here '%s'", specs[i], run,
                   got[run][i], id);
    }
    CHECKF(syn_listings() - before <= 1, "%u listings for %d voices", syn_listings() - before, N);
    char cmd[200];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    CHECK(system(cmd) == 0);
}

/* libespeak-ng is loaded only when herald needs the synthesiser: the engine's identity
 * and a voice's resolution come from the cache directory when they are kept there,
 * and are the same as when they were learnt by loading it. Run before this process
 * loads it. */
static void test_lazy_identity(void)
{
    char dir[] = "/tmp/herald-lazy-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    CHECKF(dlopen(HD_ESPEAK_SONAME, RTLD_NOW | RTLD_NOLOAD) == NULL, "libespeak-ng loaded at start");
    char *none = identity_in_child(NULL), *first = identity_in_child(dir), *again = identity_in_child(dir);
    CHECKF(none && strncmp(none, "1 1 1 1 espeak-ng ", 18) == 0, "without a cache: [%s]", none ? none : "");
    CHECKF(first && strncmp(first, "1 1 1 1 ", 8) == 0, "first with a cache: [%s]", first ? first : "");
    CHECKF(again && strncmp(again, "0 1 0 1 ", 8) == 0, "kept in the cache: [%s]", again ? again : "");
    CHECKF(none && first && again && strcmp(none + 8, first + 8) == 0 && strcmp(none + 8, again + 8) == 0,
           "identities differ: [%s] [%s] [%s]", none ? none : "", first ? first : "", again ? again : "");
    /* where espeak-ng looks for its data is part of the key: another place, learnt anew */
    const char *id = none ? strstr(none, "; data ") : NULL;
    char data[1024] = "";
    if (id && sscanf(id, "; data %1000s", data) == 1 && strlen(data) > 15 &&
        strcmp(data + strlen(data) - 15, "/espeak-ng-data") == 0) {
        data[strlen(data) - 15] = '\0';
        setenv("ESPEAK_DATA_PATH", data, 1);
        char *moved = identity_in_child(dir);
        unsetenv("ESPEAK_DATA_PATH");
        CHECKF(moved && strncmp(moved, "1 1 ", 4) == 0 && strcmp(moved + 8, none + 8) == 0,
               "with ESPEAK_DATA_PATH: [%s]", moved ? moved : "");
        free(moved);
    } else {
        CHECKF(0, "no data folder in [%s]", none ? none : "");
    }
    /* a data folder that appears where espeak-ng looks first is learnt anew, though
     * the variable naming it did not change */
    {
        char where[300], made[340];
        snprintf(where, sizeof where, "%s/data-here", dir);
        snprintf(made, sizeof made, "%s/espeak-ng-data", where);
        setenv("ESPEAK_DATA_PATH", where, 1);
        char *before = identity_in_child(dir);
        CHECK(mkdir(where, 0755) == 0 && mkdir(made, 0755) == 0);
        char *after = identity_in_child(dir);
        unsetenv("ESPEAK_DATA_PATH");
        CHECKF(before && !strstr(before, made), "before: [%s]", before ? before : "");
        CHECKF(after && strstr(after, made), "the new data folder is not in [%s]", after ? after : "");
        free(before);
        free(after);
    }
    free(none);
    free(first);
    free(again);
    char cmd[200];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    CHECK(system(cmd) == 0);
}

/* Loading voices ahead (what the pool's template does before it forks the units)
 * leaves no trace in the audio: every voice speaks the same samples after any other
 * was loaded, or all of them, as in a synthesiser that loaded nothing. Run before this
 * process starts espeak-ng, so it may fork. */
static void test_preload(void)
{
    static const char *const specs[] = {"en-gb",    "en-gb+m1", "en-us+f2", "en-gb+m4", "en-us+f4",
                                        "en-us+m2", "en-gb+f1", "fr",       "es+m3",    "de"};
    enum { N = sizeof specs / sizeof *specs };
    vo_profile vs[N];
    for (size_t i = 0; i < N; i++) {
        vs[i] = profile(specs[i]);
        vs[i].pitch = 30 + 5 * (int)i; /* loaded with other settings than it speaks with */
    }
    const char *text = "On 4 March the council, Mr. Ruiz said, agreed a budget of 3.5 million euros.";
    for (size_t b = 0; b < N; b++) {
        vo_profile v = profile(specs[b]);
        unsigned long long fresh = spoken_after(NULL, 0, &v, text);
        CHECKF(fresh != 0, "%s did not speak", specs[b]);
        CHECKF(spoken_after(vs, N, &v, text) == fresh, "%s after all voices were loaded: other samples",
               specs[b]);
        size_t a = (b + 1) % N, c = (b + 3) % N;
        CHECKF(spoken_after(&vs[a], 1, &v, text) == fresh, "%s after %s: other samples", specs[b], specs[a]);
        CHECKF(spoken_after(&vs[c], 1, &v, text) == fresh, "%s after %s: other samples", specs[b], specs[c]);
    }
}

int main(void)
{
    test_lazy_identity();
    test_load_ahead();
    test_resolve_ahead();
    test_version_threads();
    test_preload();
    int rate = 0;
    hd_diag d = {0};
    CHECK_INT(syn_open(&rate, &d), HD_OK);
    CHECK_INT(rate, 22050);

    vo_profile v = profile("en-gb");
    pcm p = {0};
    CHECK_INT(syn_speak(&v, 175, "Hello, this is a short test.", collect, &p, &d), HD_OK);
    CHECK(p.n > (size_t)rate / 2 && p.n < (size_t)rate * 5);
    int peak = 0;
    for (size_t i = 0; i < p.n; i++)
        peak = abs(p.v[i]) > peak ? abs(p.v[i]) : peak;
    CHECKF(peak > 2000, "peak %d: not speech", peak);
    /* No end pause: espeak-ng's sentence pause is hundreds of milliseconds. */
    CHECKF(trailing_silence(&p) < (size_t)rate / 10, "trailing silence of %zu samples",
           trailing_silence(&p));
    size_t normal = p.n;

    /* Twice the rate, about half the duration. */
    p.n = 0;
    CHECK_INT(syn_speak(&v, 350, "Hello, this is a short test.", collect, &p, &d), HD_OK);
    CHECKF(p.n < normal * 7 / 10, "at 350 wpm %zu samples, at 175 %zu", p.n, normal);

    /* Lexicon entries may be espeak-ng phonemes in [[ ]]: spoken as sounds, not as
     * the letters and symbols written. */
    p.n = 0;
    CHECK_INT(syn_speak(&v, 175, "\x01h@l'oU\x02", collect, &p, &d), HD_OK);
    size_t phonemes = p.n;
    p.n = 0;
    CHECK_INT(syn_speak(&v, 175, "h at l apostrophe o U", collect, &p, &d), HD_OK);
    CHECKF(phonemes > (size_t)rate / 10 && phonemes < p.n / 2, "phonemes %zu, letters %zu",
           phonemes, p.n);

    /* Text that has crashed espeak-ng before. */
    p.n = 0;
    CHECK_INT(syn_speak(&v, 175, "word..", collect, &p, &d), HD_OK);

    /* A variant, and voices that are not installed. */
    vo_profile var = profile("en-us+f2");
    CHECK_INT(syn_check(&var, &d), HD_OK);
    vo_profile nolang = profile("xx-nowhere");
    CHECK_INT(syn_check(&nolang, &d), HD_ERR_VOICE);
    CHECK(strstr(d.message, "xx-nowhere") != NULL);
    CHECK_STR(d.path, "test.voice");
    vo_profile novar = profile("en+nosuchvariant");
    CHECK_INT(syn_speak(&novar, 175, "Hello.", collect, &p, &d), HD_ERR_VOICE);
    CHECK(strstr(d.message, "nosuchvariant") != NULL);
    /* a variant is a file of espeak-ng's variants folder, named plainly */
    static const char *const notvariants[] = {"en+../en", "en+", "en+.hidden", "en+!v/m3", "en+m3/"};
    for (size_t i = 0; i < sizeof notvariants / sizeof *notvariants; i++) {
        vo_profile bad = profile(notvariants[i]);
        CHECKF(syn_check(&bad, &d) == HD_ERR_VOICE, "%s accepted", notvariants[i]);
    }
    vo_profile m3 = profile("en+m3");
    char mid[160];
    CHECK_INT(syn_resolve(&m3, mid, sizeof mid, &d), HD_OK);
    CHECKF(strstr(mid, "+m3") && mid[0] != '+', "en+m3 resolved as '%s'", mid);

    /* Stopping from the callback. */
    p.n = 0;
    p.stop_after = 1;
    CHECK_INT(syn_speak(&v, 175, "This sentence is long enough to be stopped early on.",
                        collect, &p, &d), HD_ERR_CANCELLED);
    CHECK(p.n < normal);
    free(p.v);
    test_passages();
    test_voices_and_rates();
    syn_close();
    return h_report("test_synth");
}

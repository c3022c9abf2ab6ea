/* Tests of synth.c: real espeak-ng synthesis, voices that are not installed, stop. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "synth.h"

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

int main(void)
{
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

    /* Stopping from the callback. */
    p.n = 0;
    p.stop_after = 1;
    CHECK_INT(syn_speak(&v, 175, "This sentence is long enough to be stopped early on.",
                        collect, &p, &d), HD_ERR_CANCELLED);
    CHECK(p.n < normal);
    free(p.v);
    test_voices_and_rates();
    syn_close();
    return h_report("test_synth");
}

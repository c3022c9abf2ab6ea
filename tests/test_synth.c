/* Tests of synth.c: real espeak-ng synthesis, voices that are not installed, stop. */
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
    CHECK_INT(syn_speak(&v, 175, "[[h@l'oU]]", collect, &p, &d), HD_OK);
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
    syn_close();
    return h_report("test_synth");
}

/* Bounded cost on hostile input: each shape that once took time quadratic in its size
 * is generated at a size where quadratic would take minutes, and must be parsed and
 * planned within a generous bound (seconds, under sanitizers too). The bound is far
 * from any machine's speed: it tells linear from quadratic, nothing finer. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "harness.h"
#include "herald.h"
#include "speech.h"

/* (under the sanitizers, which run this code ten to fifteen times slower, three times
 * as long: the 80k-name byline took 22 s of 30 on one run and 36 s on a busier one of
 * the same machine, the whole suite half as slow again, a bound on the machine's load
 * and not on the code's growth) */
static double bound_s(void)
{
    const char *san = getenv("HERALD_SANITIZED");
    return san && *san ? 90.0 : 30.0;
}
#define BOUND_S bound_s()

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

typedef struct text {
    char *s;
    size_t n, cap;
} text;

static void put(text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(text *t, const char *fmt, ...)
{
    va_list ap;
    for (;;) {
        va_start(ap, fmt);
        int k = vsnprintf(t->s ? t->s + t->n : NULL, t->s ? t->cap - t->n : 0, fmt, ap);
        va_end(ap);
        if (t->s && (size_t)k < t->cap - t->n) {
            t->n += (size_t)k;
            return;
        }
        t->cap = (t->cap + (size_t)k + 1) * 2;
        t->s = realloc(t->s, t->cap);
    }
}

/* Parses and plans `t` (and prints the plan as herald plan does); checks the time. */
static void run(const char *what, text *t, int plain)
{
    hd_parse_options po = hd_parse_options_default();
    po.plain = plain;
    hd_doc *d = NULL;
    hd_plan *p = NULL;
    char *json = NULL;
    double t0 = now();
    hd_status st = hd_doc_parse(t->s, t->n, &po, &d, NULL);
    CHECKF(st == HD_OK || st == HD_ERR_EMPTY, "%s: parse status %d", what, (int)st);
    if (d && hd_plan_new(d, NULL, NULL, &p, NULL) == HD_OK)
        hd_plan_json(p, &json);
    double dt = now() - t0;
    CHECKF(dt < BOUND_S, "%s: %.1f s for %zu bytes (quadratic somewhere?)", what, dt, t->n);
    printf("  %-34s %8zu bytes  %6.2f s\n", what, t->n, dt);
    free(json);
    hd_plan_free(p);
    hd_doc_free(d);
    free(t->s);
    memset(t, 0, sizeof *t);
}

int main(void)
{
    text t = {0};

    put(&t, "Press conference\n\nMODERATOR: Welcome.\n\n");
    for (int i = 0; i < 20000; i++)
        put(&t, "MS. NAME%d: Hello there.\n\n", i);
    run("20k distinct MS. NAME labels", &t, 0);

    put(&t, "Press conference\n\nMODERATOR: Welcome.\n\n");
    for (int i = 0; i < 20000; i++)
        put(&t, "Spokesperson Ana Name%d: Good day.\n\n", i);
    run("20k role-and-name labels", &t, 0);

    put(&t, "Press conference\n\nMODERATOR: Welcome.\n\n");
    for (int i = 0; i < 40000; i++)
        put(&t, "Question [Outlet %d]: Why?\n\n", i);
    run("40k outlets", &t, 0);

    put(&t, "Press conference\n\nMODERATOR: Welcome.\n\n");
    for (int i = 0; i < 20000; i++)
        put(&t, "XYZ%d Minister: Yes.\n\n", i);
    run("20k role-only labels", &t, 0);

    for (int i = 0; i < 40000; i++)
        put(&t, "\xE2\x80\x9C" "a ");
    put(&t, "end.\n");
    run("40k unclosed quotes on a line", &t, 0);

    /* passages in another language: weighed once each, however many */
    for (int i = 0; i < 40000; i++)
        put(&t, "\xC2\xAB" "nous et vous \xC2\xAB" "la libert\xC3\xA9 ");
    put(&t, "end.\n");
    run("40k nested French quotations", &t, 0);

    for (int i = 0; i < 40000; i++)
        put(&t, "\xD0\x9E\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB0 %d and \xE2\x80\x9C" "la libert\xC3\xA9\xE2\x80\x9D ", i);
    put(&t, "end.\n");
    run("40k Cyrillic words and quotations", &t, 0);

    for (int i = 0; i < 40000; i++)
        put(&t, "\xE2\x80\x9C" "x\xE2\x80\x9D said Mr. ");
    put(&t, "Ruiz.\n");
    run("40k quotes with attributions", &t, 0);

    put(&t, "For immediate release ");
    for (int i = 0; i < 1000000; i++)
        put(&t, "a");
    put(&t, "\n\nIt is done.\n");
    run("release line with a 1 MB word", &t, 0);

    for (int i = 0; i < 40000; i++)
        put(&t, "5 p.m. The ");
    put(&t, "end.\n");
    run("40k '5 p.m. The'", &t, 1);

    put(&t, "Press statement\n\nby A0");
    for (int i = 1; i < 80000; i++)
        put(&t, " and A%d", i);
    put(&t, "\n\nWe met.\n");
    run("byline of 80k names", &t, 0);

    for (int i = 0; i < 40000; i++)
        put(&t, "Heading Number %d\n\n", i);
    put(&t, "The end.\n");
    run("40k headings", &t, 0);

    /* surnames shared with a title ("DR. HALE" after "… GRAHAM HALE"), each a search
     * of the text for the one the title names */
    put(&t, "Press conference\n\n");
    for (int i = 0; i < 10000; i++)
        put(&t, "MINISTER GRAHAM HALE%d: Good.\n\nDR. HALE%d: Fine.\n\n", i, i);
    run("10k titled surnames shared", &t, 0);

    /* labels with time codes, all different ("A1 00:00:01: …") */
    for (int i = 0; i < 40000; i++)
        put(&t, "LABEL%d 00:%02d:%02d: Yes.\n", i, (i / 60) % 60, i % 60);
    run("40k time-coded labels", &t, 0);

    /* headings, then a speaker's paragraphs */
    put(&t, "Remarks by Governor Teresa Quill\n\n");
    for (int i = 0; i < 20000; i++)
        put(&t, "Part %d\n\n", i);
    for (int i = 0; i < 20000; i++)
        put(&t, "PLACE%d, Ore. \xE2\x80\x94 We will act.\n\n", i);
    run("20k headings, 20k paragraphs of a speaker", &t, 0);

    put(&t, "End. ");
    for (int i = 0; i < 100000; i++)
        put(&t, " ");
    put(&t, "Go x. ");
    for (int i = 0; i < 10000; i++)
        put(&t, "x. ");
    run("spaces then many stops", &t, 1);

    put(&t, "A a");
    for (int i = 0; i < 40000; i++)
        put(&t, "\xCC\x81\xCC\x96");
    put(&t, " b.\n");
    run("80k combining marks in a row", &t, 1);

    for (int i = 0; i < 400000; i++)
        put(&t, "( ");
    put(&t, "x.\n");
    run("400k unclosed brackets", &t, 1);

    for (int i = 0; i < 200000; i++)
        put(&t, "a@b.c ");
    put(&t, "x.\n");
    run("200k addresses in a sentence", &t, 1);

    for (int i = 0; i < 100000; i++)
        put(&t, "word ");
    put(&t, "end.\n");
    run("100k words in a sentence", &t, 1);

    /* a lexicon of 100k entries: linear to load, one probe per word */
    for (int i = 0; i < 100000; i++)
        put(&t, "w%d\tsay%d\n", i, i);
    sp_lexicon lex = {0};
    double t0 = now();
    CHECK_INT(sp_lexicon_parse(&lex, t.s, t.n, "big.txt", NULL), HD_OK);
    for (int i = 0; i < 20000; i++) {
        char *s = sp_speech_text("w17 and w99999 and w5 then w123.", ST_SPEECH, &(sp_context){&lex, 0, 0, 0, NULL, 0});
        free(s);
    }
    double dt = now() - t0;
    CHECKF(dt < BOUND_S, "lexicon of 100k entries: %.1f s", dt);
    printf("  %-34s %8zu bytes  %6.2f s\n", "lexicon of 100k, 80k lookups", t.n, dt);
    sp_lexicon_clear(&lex);
    free(t.s);
    memset(&t, 0, sizeof t);

    /* casting: 10k speakers, 20k cast lines */
    put(&t, "Press conference\n\nMODERATOR: Welcome.\n\n");
    for (int i = 0; i < 10000; i++)
        put(&t, "MS. NAME%d: Hello.\n\n", i);
    hd_doc *d = NULL;
    hd_casting *c = NULL;
    hd_plan *p = NULL;
    t0 = now();
    CHECK_INT(hd_doc_parse(t.s, t.n, NULL, &d, NULL), HD_OK);
    CHECK_INT(hd_casting_new(&c), HD_OK);
    for (int i = 0; c && i < 20000; i++) {
        char who[32];
        snprintf(who, sizeof who, "Name%d", i * 7);
        hd_casting_add(c, who, i % 2 ? "speaker-2" : "speaker-3");
    }
    hd_plan_options o = hd_plan_options_default();
    o.casting = c;
    CHECK_INT(d ? hd_plan_new(d, NULL, &o, &p, NULL) : HD_ERR_ARG, HD_OK);
    dt = now() - t0;
    CHECKF(dt < BOUND_S, "casting 10k speakers with 20k lines: %.1f s", dt);
    printf("  %-34s %8zu bytes  %6.2f s\n", "10k speakers, 20k cast lines", t.n, dt);
    hd_plan_free(p);
    hd_casting_free(c);
    hd_doc_free(d);
    free(t.s);
    return h_report("test_cost");
}

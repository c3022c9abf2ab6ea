/* Bounded cost on hostile input: each shape that once took time quadratic in its size
 * is generated at two sizes, a quarter and the whole, and parsed and planned at both.
 * Four times the input must cost about four times the time, not sixteen: the test
 * compares the growth of the time, never the time itself, so it tells linear from
 * quadratic on any machine, loaded or not, with sanitizers or without. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "harness.h"
#include "herald.h"
#include "speech.h"

/* Linear growth gives 4 (a little more when the larger text leaves the caches),
 * n log n under 5, quadratic 16: 8 lies between. */
#define MAX_GROWTH 8.0
/* Times this short are mostly the timer's and the allocator's noise, so their ratio
 * says nothing; a shape that grew quadratically at these sizes takes seconds. */
#define NOISE_S 0.05

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

/* ---- the shapes: each writes its text with n repetitions ---- */

static void ms_labels(text *t, int n)
{
    put(t, "Press conference\n\nMODERATOR: Welcome.\n\n");
    for (int i = 0; i < n; i++)
        put(t, "MS. NAME%d: Hello there.\n\n", i);
}

static void role_name_labels(text *t, int n)
{
    put(t, "Press conference\n\nMODERATOR: Welcome.\n\n");
    for (int i = 0; i < n; i++)
        put(t, "Spokesperson Ana Name%d: Good day.\n\n", i);
}

static void outlets(text *t, int n)
{
    put(t, "Press conference\n\nMODERATOR: Welcome.\n\n");
    for (int i = 0; i < n; i++)
        put(t, "Question [Outlet %d]: Why?\n\n", i);
}

static void role_only_labels(text *t, int n)
{
    put(t, "Press conference\n\nMODERATOR: Welcome.\n\n");
    for (int i = 0; i < n; i++)
        put(t, "XYZ%d Minister: Yes.\n\n", i);
}

static void unclosed_quotes(text *t, int n)
{
    for (int i = 0; i < n; i++)
        put(t, "\xE2\x80\x9C" "a ");
    put(t, "end.\n");
}

/* passages in another language: weighed once each, however many */
static void french_quotations(text *t, int n)
{
    for (int i = 0; i < n; i++)
        put(t, "\xC2\xAB" "nous et vous \xC2\xAB" "la libert\xC3\xA9 ");
    put(t, "end.\n");
}

static void cyrillic(text *t, int n)
{
    for (int i = 0; i < n; i++)
        put(t, "\xD0\x9E\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB0 %d and \xE2\x80\x9C" "la libert\xC3\xA9\xE2\x80\x9D ", i);
    put(t, "end.\n");
}

static void attributions(text *t, int n)
{
    for (int i = 0; i < n; i++)
        put(t, "\xE2\x80\x9C" "x\xE2\x80\x9D said Mr. ");
    put(t, "Ruiz.\n");
}

static void long_word(text *t, int n)
{
    put(t, "For immediate release ");
    for (int i = 0; i < n; i++)
        put(t, "a");
    put(t, "\n\nIt is done.\n");
}

static void pm_the(text *t, int n)
{
    for (int i = 0; i < n; i++)
        put(t, "5 p.m. The ");
    put(t, "end.\n");
}

static void long_byline(text *t, int n)
{
    put(t, "Press statement\n\nby A0");
    for (int i = 1; i < n; i++)
        put(t, " and A%d", i);
    put(t, "\n\nWe met.\n");
}

static void headings(text *t, int n)
{
    for (int i = 0; i < n; i++)
        put(t, "Heading Number %d\n\n", i);
    put(t, "The end.\n");
}

/* surnames shared with a title ("DR. HALE" after "… GRAHAM HALE"), each a search of
 * the text for the one the title names */
static void shared_surnames(text *t, int n)
{
    put(t, "Press conference\n\n");
    for (int i = 0; i < n; i++)
        put(t, "MINISTER GRAHAM HALE%d: Good.\n\nDR. HALE%d: Fine.\n\n", i, i);
}

/* labels with time codes, all different ("A1 00:00:01: …") */
static void time_coded(text *t, int n)
{
    for (int i = 0; i < n; i++)
        put(t, "LABEL%d 00:%02d:%02d: Yes.\n", i, (i / 60) % 60, i % 60);
}

/* headings, then a speaker's paragraphs */
static void headings_then_speaker(text *t, int n)
{
    put(t, "Remarks by Governor Teresa Quill\n\n");
    for (int i = 0; i < n; i++)
        put(t, "Part %d\n\n", i);
    for (int i = 0; i < n; i++)
        put(t, "PLACE%d, Ore. \xE2\x80\x94 We will act.\n\n", i);
}

static void spaces_then_stops(text *t, int n)
{
    put(t, "End. ");
    for (int i = 0; i < n; i++)
        put(t, " ");
    put(t, "Go x. ");
    for (int i = 0; i < n / 10; i++)
        put(t, "x. ");
}

static void combining_marks(text *t, int n)
{
    put(t, "A a");
    for (int i = 0; i < n; i++)
        put(t, "\xCC\x81\xCC\x96");
    put(t, " b.\n");
}

static void unclosed_brackets(text *t, int n)
{
    for (int i = 0; i < n; i++)
        put(t, "( ");
    put(t, "x.\n");
}

static void addresses(text *t, int n)
{
    for (int i = 0; i < n; i++)
        put(t, "a@b.c ");
    put(t, "x.\n");
}

static void long_sentence(text *t, int n)
{
    for (int i = 0; i < n; i++)
        put(t, "word ");
    put(t, "end.\n");
}

/* ---- measuring ---- */

typedef struct shape {
    const char *what;
    void (*gen)(text *, int);
    int n, plain;
    double (*measure)(int n); /* instead of gen: a shape that is not parse and plan */
} shape;

/* Parses and plans the shape's text at n (and prints the plan as herald plan does);
 * returns the seconds it took. */
static double parse_and_plan(const shape *sh, int n)
{
    text t = {0};
    sh->gen(&t, n);
    hd_parse_options po = hd_parse_options_default();
    po.plain = sh->plain;
    hd_doc *d = NULL;
    hd_plan *p = NULL;
    char *json = NULL;
    double t0 = now();
    hd_status st = hd_doc_parse(t.s, t.n, &po, &d, NULL);
    if (d && hd_plan_new(d, NULL, NULL, &p, NULL) == HD_OK)
        hd_plan_json(p, &json);
    double dt = now() - t0;
    CHECKF(st == HD_OK || st == HD_ERR_EMPTY, "%s (%d): parse status %d", sh->what, n, (int)st);
    CHECKF(json != NULL, "%s (%d): no plan", sh->what, n);
    free(json);
    hd_plan_free(p);
    hd_doc_free(d);
    free(t.s);
    return dt;
}

/* a lexicon of n entries, n/5 sentences looking up four words each: linear to load,
 * one probe per word */
static double lexicon(int n)
{
    text t = {0};
    for (int i = 0; i < n; i++)
        put(&t, "w%d\tsay%d\n", i, i);
    sp_lexicon lex = {0};
    double t0 = now();
    CHECK_INT(sp_lexicon_parse(&lex, t.s, t.n, "big.txt", NULL), HD_OK);
    char probe[96];
    snprintf(probe, sizeof probe, "w17 and w%d and w5 then w%d.", n - 1, n / 2);
    for (int i = 0; i < n / 5; i++) {
        char *s = sp_speech_text(probe, ST_SPEECH, &(sp_context){&lex, 0, 0, 0, NULL, 0});
        if (i == 0)
            CHECKF(s && strstr(s, "say17") && strstr(s, "say5 "), "lexicon of %d: %s", n, s ? s : "(null)");
        free(s);
    }
    double dt = now() - t0;
    sp_lexicon_clear(&lex);
    free(t.s);
    return dt;
}

/* casting: n speakers, 2n cast lines */
static double casting(int n)
{
    text t = {0};
    put(&t, "Press conference\n\nMODERATOR: Welcome.\n\n");
    for (int i = 0; i < n; i++)
        put(&t, "MS. NAME%d: Hello.\n\n", i);
    hd_doc *d = NULL;
    hd_casting *c = NULL;
    hd_plan *p = NULL;
    double t0 = now();
    CHECK_INT(hd_doc_parse(t.s, t.n, NULL, &d, NULL), HD_OK);
    CHECK_INT(hd_casting_new(&c), HD_OK);
    for (int i = 0; c && i < 2 * n; i++) {
        char who[32];
        snprintf(who, sizeof who, "Name%d", i * 7);
        hd_casting_add(c, who, i % 2 ? "speaker-2" : "speaker-3");
    }
    hd_plan_options o = hd_plan_options_default();
    o.casting = c;
    CHECK_INT(d ? hd_plan_new(d, NULL, &o, &p, NULL) : HD_ERR_ARG, HD_OK);
    double dt = now() - t0;
    hd_plan_free(p);
    hd_casting_free(c);
    hd_doc_free(d);
    free(t.s);
    return dt;
}

static double measure(const shape *sh, int n)
{
    return sh->measure ? sh->measure(n) : parse_and_plan(sh, n);
}

/* Times the shape at a quarter of its size and at its size; a growth beyond
 * MAX_GROWTH is measured twice more, keeping each size's fastest run, so that one
 * run slowed by the rest of the machine does not fail the test. */
static void grows_linearly(const shape *sh)
{
    int quarter = sh->n / 4;
    double tq = measure(sh, quarter), tn = measure(sh, sh->n);
    for (int again = 0; again < 2 && tn > NOISE_S && tn > MAX_GROWTH * tq; again++) {
        double a = measure(sh, quarter), b = measure(sh, sh->n);
        tq = a < tq ? a : tq;
        tn = b < tn ? b : tn;
    }
    double growth = tq > 0 ? tn / tq : 0;
    CHECKF(tn <= NOISE_S || tn <= MAX_GROWTH * tq,
           "%s: %.3f s at %d, %.3f s at %d: %.1f times the time for 4 times the input "
           "(quadratic somewhere?)", sh->what, tq, quarter, tn, sh->n, growth);
    printf("  %-40s %8d: %6.2f s, a quarter %6.2f s (%4.1f times)\n", sh->what, sh->n, tn, tq, growth);
}

int main(void)
{
    static const shape shapes[] = {
        {"distinct MS. NAME labels", ms_labels, 20000, 0, NULL},
        {"role-and-name labels", role_name_labels, 20000, 0, NULL},
        {"outlets", outlets, 40000, 0, NULL},
        {"role-only labels", role_only_labels, 20000, 0, NULL},
        {"unclosed quotes on a line", unclosed_quotes, 40000, 0, NULL},
        {"nested French quotations", french_quotations, 40000, 0, NULL},
        {"Cyrillic words and quotations", cyrillic, 40000, 0, NULL},
        {"quotes with attributions", attributions, 40000, 0, NULL},
        {"release line with a long word", long_word, 1000000, 0, NULL},
        {"'5 p.m. The'", pm_the, 40000, 1, NULL},
        {"byline of names", long_byline, 80000, 0, NULL},
        {"headings", headings, 40000, 0, NULL},
        {"titled surnames shared", shared_surnames, 10000, 0, NULL},
        {"time-coded labels", time_coded, 40000, 0, NULL},
        {"headings, then paragraphs of a speaker", headings_then_speaker, 20000, 0, NULL},
        {"spaces then many stops", spaces_then_stops, 100000, 1, NULL},
        {"combining marks in a row", combining_marks, 40000, 1, NULL},
        {"unclosed brackets", unclosed_brackets, 400000, 1, NULL},
        {"addresses in a sentence", addresses, 200000, 1, NULL},
        {"words in a sentence", long_sentence, 100000, 1, NULL},
        {"lexicon entries, lookups a fifth", NULL, 100000, 0, lexicon},
        {"speakers, cast lines twice", NULL, 10000, 0, casting},
    };
    for (size_t i = 0; i < sizeof shapes / sizeof *shapes; i++)
        grows_linearly(&shapes[i]);
    return h_report("test_cost");
}

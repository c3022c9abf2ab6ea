/* Robustness: statements cut and mutated at random (a fixed seed, so every run is the
 * same) go through parse, segment JSON and plan without a crash, a sanitizer report or
 * an offset outside the input, in prose and statement modes and every chapter policy. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "prosody.h"

static const char *const pieces[] = {
    "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "(", ")", "[", "]", "...", ". . . .", "\xE2\x80\xA6",
    ":", "\n", "\n\n", " Q ", "MS. RUIZ: ", "\xE2\x80\xA2 ", "1.) ", "a. ", "$", "\xE2\x82\xAC",
    "+32 2 555 01 23", "http://x.org/a", "@", "\xE2\x80\x93", "\t", "\r\n", "Jan.", "No.", "U.S.",
    "[[", "]]", "#", "%", "&", "10:30", "2024-13-40", "31\xE2\x80\x93" "4", "said ",
    "Question [X]: ", "Interviewer: ", "A: ", "\xC2\xA0", "\xE2\x80\x8B", "word..", "(Applause.)",
    "Press conference\n\nby the Mayor Lena Holt\n\n", "  \xE2\x80\xA2 |\n", "ENDS\n",
};

static unsigned long long rng = 0x9E3779B97F4A7C15ull;
static unsigned next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng >> 11);
}

int main(void)
{
    static const char *const fixtures[] = {
        "tests/golden/intl-press-statement/input.txt", "tests/golden/conf-joint/input.txt",
        "tests/golden/briefing-secretary/input.txt",   "tests/golden/press-release/input.txt",
        "tests/golden/interview-qa/input.txt",
    };
    char *corpus = NULL;
    size_t clen = 0;
    for (size_t f = 0; f < sizeof fixtures / sizeof *fixtures; f++) {
        size_t n = 0;
        char *t = h_read_file(fixtures[f], &n);
        CHECKF(t != NULL, "%s missing (run from the project root)", fixtures[f]);
        if (!t)
            continue;
        corpus = realloc(corpus, clen + n + 1);
        memcpy(corpus + clen, t, n);
        clen += n;
        free(t);
    }
    if (!corpus)
        return h_report("test_robust");
    hd_voices *v = NULL;
    CHECK_INT(hd_voices_load(NULL, &v, NULL), HD_OK);
    size_t bad = 0;
    for (int it = 0; it < 1500; it++) {
        size_t n = next_rand() % 700, at = clen > n ? next_rand() % (clen - n) : 0;
        /* keep whole UTF-8 characters at the cut */
        while (at < clen && ((unsigned char)corpus[at] & 0xC0) == 0x80)
            at++;
        size_t cap = n + 64 * 40 + 1, len = 0;
        char *text = malloc(cap);
        size_t end = at + n < clen ? at + n : clen;
        while (end > at && end < clen && ((unsigned char)corpus[end] & 0xC0) == 0x80)
            end--;
        memcpy(text, corpus + at, end - at);
        len = end - at;
        for (int k = next_rand() % 30; k > 0; k--) {
            const char *p = pieces[next_rand() % (sizeof pieces / sizeof *pieces)];
            size_t pl = strlen(p), pos = len ? next_rand() % (len + 1) : 0;
            while (pos < len && ((unsigned char)text[pos] & 0xC0) == 0x80)
                pos++;
            if (len + pl >= cap)
                break;
            memmove(text + pos + pl, text + pos, len - pos);
            memcpy(text + pos, p, pl);
            len += pl;
        }
        hd_parse_options po = hd_parse_options_default();
        po.plain = it % 4 == 1;
        hd_doc *d = NULL;
        hd_status st = hd_doc_parse(text, len, &po, &d, NULL);
        if (st != HD_OK && st != HD_ERR_EMPTY) {
            bad++;
            fprintf(stderr, "iteration %d: parse status %d\n", it, st);
        }
        for (size_t i = 0; d && i < hd_doc_sentence_count(d); i++) {
            hd_sentence s;
            hd_doc_sentence(d, i, &s);
            if (s.start > s.end || s.end > len || !s.text[0]) {
                bad++;
                fprintf(stderr, "iteration %d: sentence %zu at %zu..%zu of %zu\n", it, i, s.start,
                        s.end, len);
            }
        }
        char *json = NULL;
        if (d && hd_doc_json(d, &json) != HD_OK)
            bad++;
        free(json);
        hd_plan_options o = hd_plan_options_default();
        o.chapters = (hd_chapters)(it % 3);
        o.announce = (hd_announce)(it % 3);
        hd_plan *p = NULL;
        if (d && hd_plan_new(d, v, &o, &p, NULL) != HD_OK) {
            bad++;
            fprintf(stderr, "iteration %d: no plan\n", it);
        }
        for (size_t i = 0; p && i < p->n; i++)
            if (p->u[i].chapter < 1 || (size_t)p->u[i].chapter > p->nchapters) {
                bad++;
                fprintf(stderr, "iteration %d: utterance %zu in chapter %d of %zu\n", it, i,
                        p->u[i].chapter, p->nchapters);
            }
        if (p && hd_plan_json(p, &json) == HD_OK)
            free(json);
        hd_plan_free(p);
        hd_doc_free(d);
        free(text);
    }
    CHECKF(bad == 0, "%zu problems in 1500 mutated statements", bad);
    hd_voices_free(v);
    free(corpus);
    return h_report("test_robust");
}

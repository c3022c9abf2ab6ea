/* Tests of publish.c: slugs, chapter names, JSON Lines, manifest and playlist. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "prosody.h"
#include "publish.h"
#include "util.h"

static void test_slugs(void)
{
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"Opening remarks", "opening-remarks"},
        {"Today's Q&A: 5 questions", "todays-q-a-5-questions"},
        {"Russia\xE2\x80\x99s war", "russias-war"},
        {"../../etc/passwd", "etc-passwd"},
        {"Caf\xC3\xA9 na\xC3\xAFve", "cafe-naive"},
        {"Dur\xC3\xA3o Barroso", "durao-barroso"},             /* NFC */
        {"Dura\xCC\x83o Barroso", "durao-barroso"},            /* decomposed */
        {"Stra\xC3\x9F" "e \xC3\x98resund \xC5\x81\xC3\xB3" "d\xC5\xBA", "strasse-oresund-lodz"},
        {"\xEF\xAC\x81nance", "finance"},                     /* a ligature */
        {"\xD0\x9C\xD0\xB8\xD1\x80 peace", "peace"},       /* another script */
        {"\xE2\x80\xA2\xE2\x80\xA2", "chapter"},
        {"", "chapter"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *got = pub_slug(cases[i].in);
        CHECK_STR(got, cases[i].want);
        free(got);
    }
    char *f = pub_chapter_file(3, 12, "Next steps", "ogg");
    CHECK_STR(f, "03-next-steps.ogg");
    free(f);
    f = pub_chapter_file(7, 120, "Q", "mp3");
    CHECK_STR(f, "007-q.mp3");
    free(f);
    char *long_slug = pub_slug("a very long heading that goes on and on and on about harbours");
    CHECK(long_slug && strlen(long_slug) <= 48);
    free(long_slug);
}

static void test_json_helpers(void)
{
    sb b = {0};
    sb_json_str(&b, "quote \" backslash \\ tab \t bell \x07 caf\xC3\xA9");
    char *s = sb_take(&b);
    CHECK_STR(s, "\"quote \\\" backslash \\\\ tab \\t bell \\u0007 caf\xC3\xA9\"");
    free(s);
    /* Numbers read back exactly. */
    double xs[] = {0.0, 18.069750566893426, 1.0 / 3.0, 123456789.0 / 22050.0};
    for (size_t i = 0; i < sizeof xs / sizeof *xs; i++) {
        sb_json_num(&b, xs[i]);
        s = sb_take(&b);
        CHECKF(strtod(s, NULL) == xs[i], "%s does not read back as %.17g", s, xs[i]);
        free(s);
    }
}

static const char text[] = "Speech\n\nby the Mayor of Eastport Lena Holt\n\n"
                           "Welcome, \"friends\".\n\nNext steps\n\nWe will build.\n";

static void test_outputs(void)
{
    hd_doc *d = NULL;
    hd_plan *p = NULL;
    char *out = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECK_INT(hd_plan_new(d, NULL, NULL, &p, NULL), HD_OK);
    if (!p)
        return;

    /* segment --json: every line is a JSON object; the first is the document. */
    CHECK_INT(hd_doc_json(d, &out), HD_OK);
    size_t lines = 0;
    for (char *line = strtok(out, "\n"); line; line = strtok(NULL, "\n"), lines++) {
        jv *v = j_parse(line);
        CHECKF(v != NULL, "not JSON: %s", line);
        const char *type = j_str(v, "type");
        CHECK_STR(type, lines == 0 ? "document" : "sentence");
        if (lines == 0) {
            CHECK_STR(j_str(v, "kind"), "Speech");
            const jv *sp = j_get(v, "speakers");
            CHECK(sp && sp->type == J_ARR && sp->n == 1);
            if (sp && sp->n == 1)
                CHECK_STR(j_str(sp->items[0], "name"), "Lena Holt");
        } else {
            size_t a = (size_t)j_num(v, "start"), e = (size_t)j_num(v, "end");
            const char *t = j_str(v, "text");
            CHECK(t && e > a && e <= strlen(text) && memcmp(text + a, t, e - a) == 0);
        }
        j_free(v);
    }
    CHECK_INT(lines, 1 + hd_doc_sentence_count(d));
    free(out);

    CHECK_INT(hd_plan_json(p, &out), HD_OK);
    lines = 0;
    for (char *line = strtok(out, "\n"); line; line = strtok(NULL, "\n"), lines++) {
        jv *v = j_parse(line);
        CHECKF(v != NULL, "not JSON: %s", line);
        if (lines > 0) {
            CHECK_STR(j_str(v, "type"), "utterance");
            CHECK(j_str(v, "speech") != NULL && j_str(v, "voice") != NULL);
            CHECK(j_num(v, "pause_ms") > 0);
            const jv *ssml = j_get(v, "ssml");
            CHECK(ssml && ssml->type == J_BOOL && ssml->num == 0);
        }
        j_free(v);
    }
    CHECK_INT(lines, 1 + hd_plan_utterance_count(p));
    free(out);

    /* Sidecars from made-up frame counts and times. */
    size_t nch = hd_plan_chapter_count(p);
    CHECK_INT(nch, 3);
    char f1[] = "01-introduction.ogg", f2[] = "02-speech.ogg";
    char t1[] = "Introduction", t2[] = "Speech";
    pub_chapter ch[2] = {{f1, t1, 44100, 22050, 0.0, 0, 2}, {f2, t2, 33075, 22050, 2.0, 2, p->n}};
    pub_timing *tm = calloc(p->n, sizeof *tm);
    for (size_t i = 0; i < p->n; i++) {
        tm[i].start_s = 0.25 + 0.5 * (double)i;
        tm[i].end_s = tm[i].start_s + 0.4;
    }
    pub_render r = {p, ch, 2, tm, "in.txt", HD_FORMAT_OGG, 1, 1, -19, -19.02, -1.4, NULL, 0};
    CHECK_INT(pub_manifest(&r, &out), HD_OK);
    jv *m = j_parse(out);
    CHECK(m != NULL);
    const jv *chapters = j_get(m, "chapters");
    CHECK(chapters && chapters->n == 2);
    if (chapters && chapters->n == 2) {
        CHECK(j_num(chapters->items[0], "duration_s") == 2.0);
        CHECK(j_num(chapters->items[1], "start_s") == 2.0);
        CHECK(j_num(chapters->items[1], "duration_s") == 1.5);
        CHECK_STR(j_str(chapters->items[1], "file"), "02-speech.ogg");
    }
    CHECK(j_num(m, "duration_s") == 3.5);
    CHECK_STR(j_str(m, "source"), "in.txt");
    CHECK(j_num(j_get(m, "loudness"), "target_lufs") == -19);
    j_free(m);
    free(out);
    CHECK_INT(pub_playlist(&r, &out), HD_OK);
    CHECK(out && strncmp(out, "#EXTM3U\n", 8) == 0);
    CHECK(out && strstr(out, "#EXTINF:2,Introduction\n01-introduction.ogg\n") != NULL);
    CHECK(out && strstr(out, "#EXTINF:2,Speech\n02-speech.ogg\n") != NULL);
    free(out);

    /* WebVTT: header, a cue per utterance with times and a voice, short lines. */
    CHECK_INT(pub_captions(&r, &out), HD_OK);
    CHECK(out && strncmp(out, "WEBVTT\n", 7) == 0);
    CHECK(out && strstr(out, "\n1\n00:00:00.250 --> 00:00:00.650\n<v Narrator>Speech\n"));
    CHECK(out && strstr(out, "NOTE chapter 2 at 00:00:02.000: Speech"));
    CHECK(out && strstr(out, "<v Lena Holt>"));
    size_t cues = 0, longest = 0, col = 0;
    for (const char *c = out; c && *c; c++) {
        if (c[0] == '-' && c[1] == '-' && c[2] == '>')
            cues++;
        if (*c == '\n') {
            longest = col > longest ? col : longest;
            col = 0;
        } else if (((unsigned char)*c & 0xC0) != 0x80) {
            col++;
        }
    }
    CHECK_INT(cues, p->n);
    CHECKF(longest <= 42 + 14, "a caption line of %zu characters", longest);
    free(out);

    CHECK_INT(pub_transcript(&r, &out), HD_OK);
    jv *tr = j_parse(out);
    const jv *sents = j_get(tr, "sentences");
    CHECK(sents && sents->n == p->n);
    if (sents && sents->n == p->n) {
        CHECK(j_num(sents->items[0], "start") == 0.25);
        CHECK(j_num(sents->items[0], "end") == 0.65);
        CHECK_STR(j_str(sents->items[0], "file"), "01-introduction.ogg");
        CHECK_STR(j_str(sents->items[p->n - 1], "file"), "02-speech.ogg");
        CHECK_STR(j_str(sents->items[p->n - 1], "text"), "We will build.");
    }
    j_free(tr);
    free(out);

    CHECK_INT(pub_chapters(&r, &out), HD_OK);
    jv *cj = j_parse(out);
    CHECK_STR(j_str(cj, "version"), "1.2.0");
    const jv *cl = j_get(cj, "chapters");
    CHECK(cl && cl->n == 2);
    if (cl && cl->n == 2) {
        CHECK(j_num(cl->items[0], "startTime") == 0);
        CHECK(j_num(cl->items[1], "startTime") == 2.0);
        CHECK_STR(j_str(cl->items[1], "title"), "Speech");
    }
    j_free(cj);
    free(out);
    free(tm);
    char *artist = pub_artist(d);
    CHECK_STR(artist, "Lena Holt");
    free(artist);

    hd_plan_free(p);
    hd_doc_free(d);
}

/* Chapter numbers are as wide as the count needs, and herald owns every such name. */
static void test_widths(void)
{
    static const struct {
        size_t index, count;
        const char *want;
    } cases[] = {{1, 9, "01-a.wav"}, {7, 120, "007-a.wav"}, {12, 1200, "0012-a.wav"},
                 {10000, 10050, "10000-a.wav"}, {5, 123456, "000005-a.wav"}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *f = pub_chapter_file(cases[i].index, cases[i].count, "A", "wav");
        CHECK_STR(f, cases[i].want);
        free(f);
    }
}

int main(void)
{
    test_widths();
    test_slugs();
    test_json_helpers();
    test_outputs();
    return h_report("test_publish");
}

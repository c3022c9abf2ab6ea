/* Tests of publish.c: slugs, chapter names, JSON Lines, manifest and playlist. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "id3.h"
#include "prosody.h"
#include "publish.h"
#include "synth.h"
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
                           "Welcome, \"friends\". The harbour council met on Tuesday to agree the "
                           "budget for the ferry terminal, the old sea wall and the new fish market "
                           "on the east quay.\n\nNext steps\n\nWe will build.\n";

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
        tm[i].start_s = i < 2 ? 0.25 + 0.5 * (double)i : 2.25 + 0.5 * (double)(i - 2);
        tm[i].end_s = tm[i].start_s + 0.4;
    }
    pub_render r = {p, ch, 2, tm, "in.txt", HD_FORMAT_OGG, 1, 1, -19, -19.02, -1.4, NULL, 0, NULL};
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
    /* exact durations: 44100 and 33075 frames at 22050 Hz */
    CHECK(out && strstr(out, "#EXTINF:2.000,Introduction\n01-introduction.ogg\n") != NULL);
    CHECK(out && strstr(out, "#EXTINF:1.500,Speech\n02-speech.ogg\n") != NULL);
    free(out);
    CHECK_INT(pub_ffconcat(&r, &out), HD_OK);
    CHECK(out && strcmp(out, "ffconcat version 1.0\nfile '01-introduction.ogg'\nduration 2.000000\n"
                             "file '02-speech.ogg'\nduration 1.500000\n") == 0);
    free(out);

    /* a chapter's own captions start at 0, and name the speaker again */
    CHECK_INT(pub_file_captions(&r, 1, &out), HD_OK);
    CHECK(out && strstr(out, "\n1\n00:00:00.250 --> 00:00:00.650\n") != NULL);
    CHECK(out && strstr(out, "NOTE") == NULL);
    free(out);
    /* SubRip: comma before the milliseconds, no voice markup, the name at a change */
    CHECK_INT(pub_srt(&r, &out), HD_OK);
    CHECK(out && strncmp(out, "1\n00:00:00,250 --> 00:00:00,650\nNarrator: Speech\n\n2\n", 52) == 0);
    CHECK(out && strstr(out, "<v") == NULL);
    free(out);

    /* WebVTT: header, a cue per utterance with times and a voice, short lines. */
    CHECK_INT(pub_captions(&r, &out), HD_OK);
    CHECK(out && strncmp(out, "WEBVTT\n", 7) == 0);
    CHECK(out && strstr(out, "\n1\n00:00:00.250 --> 00:00:00.650\n<v Narrator>Narrator: Speech\n"));
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
    const jv *sents = j_get(tr, "segments");
    CHECK_STR(j_str(tr, "version"), "1.0.0"); /* Podcasting 2.0 JSON transcript */
    CHECK(sents && sents->n == p->n);
    if (sents && sents->n == p->n)
        CHECK_STR(j_str(sents->items[0], "speaker"), "Narrator");
    if (sents && sents->n == p->n) {
        CHECK(j_num(sents->items[0], "startTime") == 0.25);
        CHECK(j_num(sents->items[0], "endTime") == 0.65);
        CHECK_STR(j_str(sents->items[0], "file"), "01-introduction.ogg");
        CHECK_STR(j_str(sents->items[p->n - 1], "file"), "02-speech.ogg");
        CHECK_STR(j_str(sents->items[p->n - 1], "body"), "We will build.");
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
    /* A long sentence with espeak-ng's word starts: cut into cues of at most two lines,
     * each starting where a word starts. */
    size_t longest_i = 0, longest_n = 0;
    for (size_t i = 0; i < p->n; i++) {
        const char *t = p->u[i].sentence == PRO_NO_SENTENCE ? p->u[i].text
                                                             : d->sents[p->u[i].sentence].text;
        if (strlen(t) > longest_n) {
            longest_n = strlen(t);
            longest_i = i;
        }
    }
    CHECKF(longest_n > 90, "the test statement needs a sentence longer than two caption lines");
    char *speech = pro_speech(p, longest_i), *spoken = speech ? syn_text(speech) : NULL;
    pub_word words[256];
    size_t nwords = 0, chars = 0;
    for (size_t k = 0; spoken && spoken[k] && nwords < 256; k++) {
        if (((unsigned char)spoken[k] & 0xC0) == 0x80)
            continue;
        chars++;
        if (spoken[k] != ' ' && (k == 0 || spoken[k - 1] == ' ')) {
            words[nwords].pos = (uint32_t)chars;
            words[nwords].at_s = 0.05 * (double)nwords;
            nwords++;
        }
    }
    pub_word *aligned = NULL;
    size_t naligned = 0;
    CHECK_INT(pub_align_words(p, longest_i, words, nwords, &aligned, &naligned), HD_OK);
    tm[longest_i].words = aligned;
    tm[longest_i].nwords = naligned;
    tm[longest_i].end_s = tm[longest_i].start_s + 0.05 * (double)nwords + 0.1;
    CHECK_INT(pub_captions(&r, &out), HD_OK);
    size_t in_it = 0;
    for (const char *q = out ? strstr(out, " --> ") : NULL; q; q = strstr(q + 5, " --> ")) {
        double t0 = atof(q - 6) + 60 * atof(q - 9); /* mm:ss.mmm of a short test */
        double off = t0 - tm[longest_i].start_s;
        if (off < -0.0005 || t0 > tm[longest_i].end_s - 0.0005)
            continue;
        in_it++;
        double k = off / 0.05;
        CHECKF(fabs(k - floor(k + 0.5)) < 0.02, "a cue at %.3f s starts at no word", t0);
        const char *said = strchr(strstr(q, "\n<v "), '>') + 1, *end = strstr(said, "\n\n");
        size_t rows = 1;
        for (const char *c = said; *c && (!end || c < end); c++)
            rows += *c == '\n';
        CHECKF(rows <= 2, "a cue of %zu lines: %.*s", rows, (int)(end ? end - said : 80), said);
    }
    CHECKF(in_it >= 2, "the long sentence gave %zu cue(s)", in_it);
    free(out);
    free(aligned);
    free(speech);
    free(spoken);
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

/* The frame `id` of an ID3v2.3 tag: its body and size, or NULL. */
static const unsigned char *id3_frame(const unsigned char *tag, size_t n, const char *id, size_t from,
                                      size_t *size, size_t *at)
{
    for (size_t i = from; i + 10 <= n;) {
        size_t len = (size_t)tag[i + 4] << 24 | (size_t)tag[i + 5] << 16 | (size_t)tag[i + 6] << 8 | tag[i + 7];
        if (i + 10 + len > n)
            return NULL;
        if (memcmp(tag + i, id, 4) == 0) {
            *size = len;
            *at = i + 10 + len;
            return tag + i + 10;
        }
        i += 10 + len;
    }
    return NULL;
}

static unsigned long be32(const unsigned char *p)
{
    return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 | (unsigned long)p[2] << 8 | p[3];
}

/* ID3v2.3: a four-digit year and DDMM day, UTF-16 where Latin-1 will not do, and
 * chapters as CHAP frames under an ordered top-level CTOC. */
static void test_id3(void)
{
    id3_chapter ch[2] = {{0, 12.3456, "Introduction"}, {12.3456, 80.5, "Questions \xE2\x80\x94 and answers"}};
    id3_tags t = {"Caf\xC3\xA9 talks", "A statement", "Ana Ruiz", "read by herald", "herald", "2025-03-14",
                  2, 3, ch, 2};
    unsigned char *tag = NULL;
    size_t n = 0, size, at;
    CHECK_INT(id3_render(&t, &tag, &n), HD_OK);
    if (!tag)
        return;
    CHECK(n > 10 && memcmp(tag, "ID3\x03\x00\x00", 6) == 0);
    size_t declared = (size_t)tag[6] << 21 | (size_t)tag[7] << 14 | (size_t)tag[8] << 7 | tag[9];
    CHECK_INT(declared, n - 10);
    const unsigned char *f = id3_frame(tag, n, "TYER", 10, &size, &at);
    CHECK(f && size == 5 && memcmp(f, "\0" "2025", 5) == 0);
    f = id3_frame(tag, n, "TDAT", 10, &size, &at);
    CHECK(f && size == 5 && memcmp(f, "\0" "1403", 5) == 0);
    f = id3_frame(tag, n, "TRCK", 10, &size, &at);
    CHECK(f && size == 4 && memcmp(f, "\0" "2/3", 4) == 0);
    f = id3_frame(tag, n, "TIT2", 10, &size, &at); /* é fits Latin-1 */
    CHECK(f && size == 11 && f[0] == 0 && f[4] == 0xE9);
    f = id3_frame(tag, n, "CTOC", 10, &size, &at);
    CHECK(f && memcmp(f, "toc\0\x03\x02" "chp0\0chp1\0", 16) == 0);
    f = id3_frame(tag, n, "CHAP", 10, &size, &at);
    CHECK(f && memcmp(f, "chp0\0", 5) == 0 && be32(f + 5) == 0 && be32(f + 9) == 12346 &&
          be32(f + 13) == 0xFFFFFFFFul);
    f = f ? id3_frame(tag, n, "CHAP", at, &size, &at) : NULL;
    CHECK(f && memcmp(f, "chp1\0", 5) == 0 && be32(f + 5) == 12346 && be32(f + 9) == 80500);
    /* its title has an em dash: UTF-16 with a byte order mark */
    const unsigned char *sub = f ? f + 21 : NULL;
    CHECK(sub && memcmp(sub, "TIT2", 4) == 0 && sub[10] == 1 && sub[11] == 0xFF && sub[12] == 0xFE);
    free(tag);
}

int main(void)
{
    test_widths();
    test_slugs();
    test_json_helpers();
    test_outputs();
    test_id3();
    return h_report("test_publish");
}

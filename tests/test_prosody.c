/* Tests of prosody.c: voices and pauses in the plan. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "speech.h"
#include "prosody.h"

static const char text[] =
    "Speech\n\nby the Mayor of Eastport Lena Holt\n\n(As delivered)\n\n"
    "Welcome. It is good to see you.\n\nWe have news:\n  \xE2\x80\xA2 a harbour;\n  \xE2\x80\xA2 a school.\n\n"
    "Q: When?\n\nMayor Holt: Soon.\n\nNext steps\n\nWe will build.\n";

static const char conference[] =
    "Press conference\n\nby the Secretary General Ola Berg and Spokesperson Ana Ruiz\n\n"
    "Spokesperson Ana Ruiz: Good afternoon.\n\n"
    "Secretary General Ola Berg: Thank you. We agreed.\n\n"
    "Question [Agence Nord]: How much?\n\n"
    "Secretary General: Forty million.\n\n"
    "Question (Radio Delta): Who pays?\n\n"
    "Q: When?\n\nQuestion [Tide FM]: Where?\n\nQuestion [Harbour Weekly]: Why?\n\n"
    "Secretary General: Next year.\n";

/* Voice and announcements of the utterances, as "voice|announce-or-speaker" lines. */
static size_t count_announcements(const hd_plan *p)
{
    size_t n = 0;
    for (size_t i = 0; i < p->n; i++)
        n += p->u[i].announces >= 0;
    return n;
}

static const char *voice_of(const hd_plan *p, const char *speaker_id)
{
    for (size_t i = 0; i < p->n; i++) {
        if (p->u[i].sentence == PRO_NO_SENTENCE)
            continue;
        hd_sentence s;
        hd_doc_sentence(p->doc, p->u[i].sentence, &s);
        if (s.speaker && strcmp(s.speaker, speaker_id) == 0)
            return p->voices[p->u[i].voice].name;
    }
    return NULL;
}

/* The French half of a bilingual statement is spoken as a passage in French: its
 * speech framed with the language's code, its numbers said the French way; the
 * English half as it was. */
static void test_bilingual_speech(void)
{
    const char *both = "Statement by the Minister of Fisheries\n\nJune 21, 2026\n\n"
                       "The Minister of Fisheries, Ana Ruiz, issued the following statement today:\n\n"
                       "\"We will reopen the northern fishery this summer, and we will invest $2.8 billion in the harbours.\"\n\n"
                       "D\xC3\xA9" "claration de la ministre des P\xC3\xAA" "ches\n\nLe 21 juin 2026\n\n"
                       "\xC2\xAB Nous rouvrirons la p\xC3\xAA" "che du Nord cet \xC3\xA9t\xC3\xA9 et nous investirons 2,8 milliards "
                       "de dollars dans les ports. \xC2\xBB\n";
    hd_doc *d = NULL;
    hd_voices *v = NULL;
    hd_plan *p = NULL;
    CHECK_INT(hd_doc_parse(both, strlen(both), NULL, &d, NULL), HD_OK);
    CHECK_INT(hd_voices_load(NULL, &v, NULL), HD_OK);
    CHECK_INT(hd_plan_new(d, v, NULL, &p, NULL), HD_OK);
    int fr = 0, en = 0;
    for (size_t i = 0; p && i < p->n; i++) {
        char *sp = pro_speech(p, i);
        if (sp && strstr(sp, "Nous rouvrirons"))
            fr = sp[0] == SP_SPAN_OPEN && strncmp(sp + 1, "fr", 2) == 0 && sp[3] == SP_SPAN_TEXT;
        if (sp && strstr(sp, "We will reopen"))
            en = sp[0] != SP_SPAN_OPEN && strstr(sp, "2.8 billion dollars") != NULL;
        free(sp);
    }
    CHECK(fr);
    CHECK(en);
    hd_plan_free(p);
    hd_voices_free(v);
    hd_doc_free(d);
}

static void test_casting(void)
{
    hd_doc *d = NULL;
    hd_voices *v = NULL;
    hd_plan *p = NULL;
    CHECK_INT(hd_doc_parse(conference, strlen(conference), NULL, &d, NULL), HD_OK);
    CHECK_INT(hd_voices_load(NULL, &v, NULL), HD_OK);
    CHECK_INT(hd_plan_new(d, v, NULL, &p, NULL), HD_OK);
    if (!p || !d)
        return;
    /* Seven speakers, seven distinct voices, in order of appearance. */
    CHECK_INT(d->nspeakers, 7);
    static const char *const want[] = {"speaker-1", "speaker-2", "speaker-3", "speaker-4",
                                       "speaker-5", "speaker-6", "speaker-7", "speaker-8"};
    for (size_t k = 0; k < d->nspeakers && k < 8; k++)
        CHECK_STR(voice_of(p, d->speakers[k].id), want[k]);
    /* The narrator reads the header; each speaker is announced once. */
    CHECK_STR(p->voices[p->u[0].voice].name, "narrator");
    CHECK_INT(count_announcements(p), 7);
    if (p->u[2].announces >= 0) {
        CHECK_STR(p->u[2].text, "Ana Ruiz, Spokesperson.");
        CHECK_STR(p->voices[p->u[2].voice].name, "narrator");
    }
    hd_plan_free(p);

    /* --cast and --voice: the later entry for a speaker wins; others keep distinct
     * automatic profiles, skipping the ones cast. */
    hd_casting *c = NULL;
    CHECK_INT(hd_casting_new(&c), HD_OK);
    hd_casting_add(c, "Ana Ruiz", "speaker-4");
    hd_casting_add(c, "Secretary General", "speaker-6");
    hd_casting_add(c, "Ruiz", "speaker-5");
    hd_casting_add(c, "Agence Nord", "speaker-6");
    hd_plan_options o = hd_plan_options_default();
    o.casting = c;
    o.narrator = "speaker-3";
    o.announce = HD_ANNOUNCE_ALWAYS;
    CHECK_INT(hd_plan_new(d, v, &o, &p, NULL), HD_OK);
    if (p) {
        CHECK_STR(voice_of(p, "s1"), "speaker-5");
        CHECK_STR(voice_of(p, "s2"), "speaker-6");
        CHECK_STR(voice_of(p, "s3"), "speaker-6");
        CHECK_STR(voice_of(p, "s4"), "speaker-1");
        CHECK_STR(voice_of(p, "s5"), "speaker-2");
        CHECK_STR(voice_of(p, "s6"), "speaker-3");
        CHECK_STR(p->voices[p->u[0].voice].name, "speaker-3");
        CHECK_STR(voice_of(p, "s7"), "speaker-7");
        /* every turn announced: 9 turns */
        CHECK_INT(count_announcements(p), 9);
    }
    hd_plan_free(p);
    o.announce = HD_ANNOUNCE_NEVER;
    CHECK_INT(hd_plan_new(d, v, &o, &p, NULL), HD_OK);
    if (p)
        CHECK_INT(count_announcements(p), 0);
    hd_plan_free(p);
    /* Unknown profiles are errors, even for nobody here. */
    hd_casting_add(c, "Nobody", "speaker-99");
    hd_diag diag = {0};
    p = NULL;
    CHECK_INT(hd_plan_new(d, v, &o, &p, &diag), HD_ERR_ARG);
    CHECK(strstr(diag.message, "speaker-99") != NULL);
    o.casting = NULL;
    o.narrator = "nobody";
    CHECK_INT(hd_plan_new(d, v, &o, &p, &diag), HD_ERR_ARG);
    hd_casting_free(c);
    hd_doc_free(d);

    /* One speaker the byline names: nobody is announced; one known only by the label
     * over her words (which is not read), with a form of address or an office, is,
     * once; one a lead-in has just named is not */
    static const struct {
        const char *text;
        size_t announced;
    } solos[] = {
        {"Speech\n\nby the Mayor Lena Holt\n\nGood evening. Thank you.\n", 0},
        {"Steel Industry\n\nMS. PRIYA LAL: Will the Minister meet me? The workers deserve an answer.\n\nMS. PRIYA LAL: "
         "They have waited long enough.\n",
         1},
        /* (a section's label read in a voice is no one to name) */
        {"Parish Newsletter\n\nGOOD NEWS: The roof appeal has reached its target.\n", 0},
        {"Pier closes\n\nTim Agu, chief executive of the Harbour Trust, issued the following statement:\n\n\"This "
         "was a difficult decision.\"\n",
         0},
        {"Statement from the chair of governors, Priya Lal\n\nPRIYA LAL: We accept the findings.\n", 0},
    };
    for (size_t k = 0; k < sizeof solos / sizeof *solos; k++) {
        CHECK_INT(hd_doc_parse(solos[k].text, strlen(solos[k].text), NULL, &d, NULL), HD_OK);
        CHECK_INT(hd_plan_new(d, v, NULL, &p, NULL), HD_OK);
        if (p)
            CHECKF(count_announcements(p) == solos[k].announced, "solo %zu: %zu announced", k, count_announcements(p));
        hd_plan_free(p);
        hd_doc_free(d);
    }
    hd_voices_free(v);
}

/* A statement of many paragraphs; `edit` changes one sentence of paragraph 23. */
static char *long_text(int edit)
{
    static const char *const what[] = {"harbour", "school", "ferry", "library", "bridge", "market"};
    size_t cap = 64 * 1024, n = 0;
    char *t = malloc(cap);
    n += (size_t)snprintf(t + n, cap - n, "Press release\n\nThe council's plans for the year\n\n");
    for (int k = 0; k < 48; k++)
        n += (size_t)snprintf(t + n, cap - n,
                              "The %s works of area %d begin in week %d. They were agreed by %d "
                              "votes to %d. Residents of street %d will be told %s.\n\n",
                              what[k % 6], k, k % 50 + 1, 20 + k % 7, k % 5,
                              k * 3 + 1, edit && k == 23 ? "by letter and by telephone" : "by letter");
    return t;
}

static const char *utt_text(const hd_plan *p, size_t i)
{
    if (p->u[i].sentence == PRO_NO_SENTENCE)
        return p->u[i].text;
    hd_sentence s;
    hd_doc_sentence(p->doc, p->u[i].sentence, &s);
    return s.text;
}

/* The text of unit k's utterances, one a line (new string). */
static char *unit_text(const hd_plan *p, size_t k)
{
    size_t len = 1;
    for (size_t i = p->units[k].first; i < p->units[k].last; i++)
        len += strlen(utt_text(p, i)) + 1;
    char *s = malloc(len);
    s[0] = '\0';
    for (size_t i = p->units[k].first; i < p->units[k].last; i++) {
        strcat(s, utt_text(p, i));
        strcat(s, "\n");
    }
    return s;
}

/* Work units: the first one utterance, the rest tiling the plan, and edges that the
 * text decides, so one sentence changed changes the unit it is in (and at most its
 * neighbour) and none other: a cache finds the rest. */
static void test_units(void)
{
    hd_voices *v = NULL;
    CHECK_INT(hd_voices_load(NULL, &v, NULL), HD_OK);
    char *a = long_text(0), *b = long_text(1);
    hd_doc *da = NULL, *db = NULL;
    hd_plan *pa = NULL, *pb = NULL;
    CHECK_INT(hd_doc_parse(a, strlen(a), NULL, &da, NULL), HD_OK);
    CHECK_INT(hd_doc_parse(b, strlen(b), NULL, &db, NULL), HD_OK);
    CHECK_INT(hd_plan_new(da, v, NULL, &pa, NULL), HD_OK);
    CHECK_INT(hd_plan_new(db, v, NULL, &pb, NULL), HD_OK);
    if (pa && pb) {
        CHECK(pa->nunits >= 8);
        CHECK_INT(pa->units[0].last - pa->units[0].first, 1);
        for (size_t k = 0; k + 1 < pa->nunits; k++)
            CHECK_INT(pa->units[k].last, pa->units[k + 1].first);
        CHECK_INT(pa->units[pa->nunits - 1].last, pa->n);
        for (size_t k = 1; k + 1 < pa->nunits; k++)
            CHECKF(pa->units[k].bytes >= 256 && pa->units[k].bytes <= 4096 + 512,
                   "unit %zu: %zu bytes", k, pa->units[k].bytes);
        /* the same units before the edit and after it (counted from the end) */
        size_t same_front = 0, same_back = 0;
        while (same_front < pa->nunits && same_front < pb->nunits) {
            char *x = unit_text(pa, same_front), *y = unit_text(pb, same_front);
            int eq = strcmp(x, y) == 0;
            free(x);
            free(y);
            if (!eq)
                break;
            same_front++;
        }
        while (same_back < pa->nunits - same_front && same_back < pb->nunits - same_front) {
            char *x = unit_text(pa, pa->nunits - 1 - same_back), *y = unit_text(pb, pb->nunits - 1 - same_back);
            int eq = strcmp(x, y) == 0;
            free(x);
            free(y);
            if (!eq)
                break;
            same_back++;
        }
        CHECKF(same_front + same_back + 2 >= pa->nunits && same_front > 0 && same_back > 0,
               "%zu units; %zu the same before the edit, %zu after", pa->nunits, same_front, same_back);
    }
    hd_plan_free(pa);
    hd_plan_free(pb);
    hd_doc_free(da);
    hd_doc_free(db);
    hd_voices_free(v);
    free(a);
    free(b);
}

/* A French statement: every English profile speaks it with espeak-ng's French voice
 * and its own variant; the narrator's words are French. */
static void test_french_voices(void)
{
    const char *fr = "Conf\xC3\xA9rence de presse\n\nMod\xC3\xA9ratrice : Bonsoir \xC3\xA0 toutes et \xC3\xA0 tous.\n\n"
                     "M. Ruiz : Merci. Nous avons sign\xC3\xA9 le plan pour la paix.\n\n"
                     "Question (Agence Alpha) : Pourquoi maintenant ?\n";
    hd_doc *d = NULL;
    hd_voices *v = NULL;
    hd_plan *p = NULL;
    CHECK_INT(hd_doc_parse(fr, strlen(fr), NULL, &d, NULL), HD_OK);
    CHECK_INT(hd_voices_load(NULL, &v, NULL), HD_OK);
    CHECK_INT(hd_plan_new(d, v, NULL, &p, NULL), HD_OK);
    if (p && d) {
        CHECK(p->nvoices >= 3);
        for (size_t k = 0; k < p->nvoices; k++)
            CHECKF(strncmp(p->voices[k].espeak, "fr", 2) == 0 &&
                       (p->voices[k].espeak[2] == '\0' || p->voices[k].espeak[2] == '+'),
                   "%s speaks with %s", p->voices[k].name, p->voices[k].espeak);
        int moderator = 0, question = 0;
        for (size_t i = 0; i < p->n; i++) {
            moderator |= p->u[i].text && strcmp(p->u[i].text, "Mod\xC3\xA9ratrice.") == 0;
            question |= p->u[i].text && strcmp(p->u[i].text, "Question de Agence Alpha.") == 0;
        }
        CHECK(moderator && question);
    }
    hd_plan_free(p);
    hd_voices_free(v);
    hd_doc_free(d);
}

/* "Question: [Inaudible] —": the turn is announced before its cue is heard, and the
 * dash left after the cue is no utterance; a cue inside a turn announces no one. */
static void test_cue_opens_turn(void)
{
    static const char *const mayor =
        "Transcript: Mayor Rivera Holds Media Availability\n\nJuly 22, 2024\n\n"
        "Mayor Luis Rivera: We'll take some questions.\n\nQuestion: [Inaudible] \xE2\x80\x94\n\n"
        "Mayor Rivera: Go ahead. [crosstalk] Juliet, please.\n";
    hd_doc *d = NULL;
    hd_voices *v = NULL;
    hd_plan *p = NULL;
    CHECK_INT(hd_doc_parse(mayor, strlen(mayor), NULL, &d, NULL), HD_OK);
    CHECK_INT(hd_voices_load(NULL, &v, NULL), HD_OK);
    CHECK_INT(hd_plan_new(d, v, NULL, &p, NULL), HD_OK);
    if (p && d) {
#define UTEXT(k) (p->u[k].sentence != PRO_NO_SENTENCE ? d->sents[p->u[k].sentence].text : p->u[k].text ? p->u[k].text : "")
        size_t q = 0;
        while (q < p->n && strcmp(UTEXT(q), "[Inaudible]") != 0)
            q++;
        CHECKF(q > 0 && q < p->n && p->u[q - 1].announces >= 0 && strcmp(UTEXT(q - 1), "Question.") == 0,
               "the question's announcement before its cue (at %zu)", q);
        for (size_t k = 0; k < p->n; k++)
            CHECKF(strcmp(UTEXT(k), "\xE2\x80\x94") != 0, "a dash alone is no utterance (%zu)", k);
        size_t c = 0;
        while (c < p->n && strcmp(UTEXT(c), "[crosstalk]") != 0)
            c++;
        CHECKF(c > 0 && c < p->n && p->u[c - 1].announces < 0, "a cue inside a turn announces no one");
#undef UTEXT
    }
    hd_plan_free(p);
    hd_voices_free(v);
    hd_doc_free(d);
}

int main(void)
{
    test_cue_opens_turn();
    test_french_voices();
    test_bilingual_speech();
    test_casting();
    test_units();
    hd_doc *d = NULL;
    hd_voices *v = NULL;
    hd_plan *p = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECK_INT(hd_voices_load(NULL, &v, NULL), HD_OK);
    hd_plan_options quiet = hd_plan_options_default();
    quiet.announce = HD_ANNOUNCE_NEVER; /* pauses only, here */
    CHECK_INT(hd_plan_new(d, v, &quiet, &p, NULL), HD_OK);
    if (!p)
        return h_report("test_prosody");
    static const struct {
        const char *voice;
        hd_pause_kind pause;
    } want[] = {
        {"narrator", HD_PAUSE_PARAGRAPH},  /* Speech */
        {"narrator", HD_PAUSE_PARAGRAPH},  /* by the Mayor … */
        {"narrator", HD_PAUSE_HEADER},     /* As delivered */
        {"speaker-1", HD_PAUSE_SENTENCE},  /* Welcome. */
        {"speaker-1", HD_PAUSE_PARAGRAPH}, /* It is good to see you. */
        {"speaker-1", HD_PAUSE_PARAGRAPH}, /* We have news: (into the list) */
        {"speaker-1", HD_PAUSE_LIST},      /* a harbour; */
        {"speaker-1", HD_PAUSE_TURN},      /* a school. */
        {"speaker-2", HD_PAUSE_TURN},      /* When? */
        {"speaker-1", HD_PAUSE_CHAPTER},   /* Soon. */
        {"narrator", HD_PAUSE_PARAGRAPH},  /* Next steps */
        {"speaker-1", HD_PAUSE_CHAPTER},   /* We will build. */
    };
    size_t nw = sizeof want / sizeof *want;
    CHECK_INT(hd_plan_utterance_count(p), nw);
    CHECK_INT(hd_plan_chapter_count(p), 3);
    for (size_t i = 0; i < p->n && i < nw; i++) {
        CHECK_STR(p->voices[p->u[i].voice].name, want[i].voice);
        CHECKF(p->u[i].pause == want[i].pause, "utterance %zu: pause %s, want %s", i,
               hd_pause_kind_name(p->u[i].pause), hd_pause_kind_name(want[i].pause));
        int rate = p->voices[p->u[i].voice].rate;
        CHECK_INT(p->u[i].pause_ms, pro_scale_pause(pro_default_pause[want[i].pause], rate));
    }
    /* Longer pauses for larger structure. */
    CHECK(pro_default_pause[HD_PAUSE_SENTENCE] < pro_default_pause[HD_PAUSE_LIST]);
    CHECK(pro_default_pause[HD_PAUSE_LIST] < pro_default_pause[HD_PAUSE_PARAGRAPH]);
    CHECK(pro_default_pause[HD_PAUSE_PARAGRAPH] < pro_default_pause[HD_PAUSE_TURN]);
    CHECK(pro_default_pause[HD_PAUSE_TURN] < pro_default_pause[HD_PAUSE_HEADER]);
    hd_plan_free(p);

    /* Pauses shrink in proportion to the rate, down to a third. */
    CHECK_INT(pro_scale_pause(400, 175), 400);
    CHECK_INT(pro_scale_pause(400, 350), 200);
    CHECK_INT(pro_scale_pause(400, 87), 804);
    CHECK_INT(pro_scale_pause(900, 900), 300);
    hd_plan_options o = hd_plan_options_default();
    o.announce = HD_ANNOUNCE_NEVER;
    o.rate_wpm = 350;
    CHECK_INT(hd_plan_new(d, v, &o, &p, NULL), HD_OK);
    if (p) {
        CHECK_INT(pro_rate(p, &p->u[3]), 350);
        CHECK_INT(p->u[3].pause_ms, 200);
    }
    hd_plan_free(p);
    /* Overrides are exact, whatever the rate. */
    o.pause_ms[HD_PAUSE_SENTENCE] = 123;
    o.pause_ms[HD_PAUSE_TURN] = 0;
    CHECK_INT(hd_plan_new(d, v, &o, &p, NULL), HD_OK);
    if (p) {
        CHECK_INT(p->u[3].pause_ms, 123);
        CHECK_INT(p->u[7].pause_ms, 0);
        CHECK_INT(p->u[4].pause_ms, pro_scale_pause(pro_default_pause[HD_PAUSE_PARAGRAPH], 350));
    }
    hd_plan_free(p);
    o.pause_ms[HD_PAUSE_TURN] = 20000;
    p = NULL;
    CHECK_INT(hd_plan_new(d, v, &o, &p, NULL), HD_ERR_ARG);
    o.pause_ms[HD_PAUSE_TURN] = -1;
    hd_pause_kind k;
    CHECK_INT(hd_pause_kind_parse("turn", &k), HD_OK);
    CHECK_INT(k, HD_PAUSE_TURN);
    CHECK_INT(hd_pause_kind_parse("comma", &k), HD_ERR_ARG);
    o.rate_wpm = 50;
    hd_diag diag = {0};
    p = NULL;
    CHECK_INT(hd_plan_new(d, v, &o, &p, &diag), HD_ERR_ARG);
    CHECK(p == NULL && strstr(diag.message, "rate") != NULL);
    hd_voices_free(v);
    hd_doc_free(d);
    return h_report("test_prosody");
}

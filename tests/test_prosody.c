/* Tests of prosody.c: voices and pauses in the plan. */
#include <string.h>

#include "harness.h"
#include "prosody.h"

static const char text[] =
    "Speech\n\nby the Mayor of Eastport Lena Holt\n\n(As delivered)\n\n"
    "Welcome. It is good to see you.\n\nWe have news:\n  \xE2\x80\xA2 a harbour;\n  \xE2\x80\xA2 a school.\n\n"
    "Q: When?\n\nMayor Holt: Soon.\n\nNext steps\n\nWe will build.\n";

int main(void)
{
    hd_doc *d = NULL;
    hd_voices *v = NULL;
    hd_plan *p = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECK_INT(hd_voices_load(NULL, &v, NULL), HD_OK);
    CHECK_INT(hd_plan_new(d, v, NULL, &p, NULL), HD_OK);
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

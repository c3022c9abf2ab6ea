/* Tests of prosody.c: voices and pauses in the plan. */
#include <string.h>

#include "harness.h"
#include "prosody.h"

static const char text[] =
    "Speech\n\nby the Mayor of Eastport Lena Holt\n\n(As delivered)\n\n"
    "Welcome. It is good to see you.\n\nWe have news.\n\nNext steps\n\nWe will build.\n";

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
    /* title, byline, As delivered | Welcome. It is… | We have news. | heading | We will build. */
    CHECK_INT(hd_plan_utterance_count(p), 8);
    CHECK_INT(hd_plan_chapter_count(p), 3);
    static const struct {
        const char *voice;
        int pause_ms; /* at each voice's own rate */
    } want[] = {
        {"narrator", PRO_PAUSE_BLOCK},   {"narrator", PRO_PAUSE_BLOCK},
        {"narrator", PRO_PAUSE_HEADER},  {"speaker-1", PRO_PAUSE_SENTENCE},
        {"speaker-1", PRO_PAUSE_BLOCK},  {"speaker-1", PRO_PAUSE_CHAPTER},
        {"narrator", PRO_PAUSE_BLOCK},   {"speaker-1", PRO_PAUSE_CHAPTER},
    };
    for (size_t i = 0; i < p->n && i < 8; i++) {
        CHECK_STR(p->voices[p->u[i].voice].name, want[i].voice);
        int rate = p->voices[p->u[i].voice].rate;
        CHECKF(p->u[i].pause_ms == pro_scale_pause(want[i].pause_ms, rate),
               "utterance %zu: pause %d, want %d", i, p->u[i].pause_ms,
               pro_scale_pause(want[i].pause_ms, rate));
    }
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
    o.rate_wpm = 50;
    hd_diag diag = {0};
    p = NULL;
    CHECK_INT(hd_plan_new(d, v, &o, &p, &diag), HD_ERR_ARG);
    CHECK(p == NULL && strstr(diag.message, "rate") != NULL);
    hd_voices_free(v);
    hd_doc_free(d);
    return h_report("test_prosody");
}

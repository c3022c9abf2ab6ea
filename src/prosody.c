/* prosody: builds the plan from a parsed statement. Pauses are sized by structure
 * (sentence, block, end of header, end of chapter) and scaled with the speech rate. */
#include "prosody.h"

#include <stdlib.h>
#include <string.h>

#include "speech.h"
#include "util.h"

int pro_scale_pause(int ms, int rate)
{
    if (rate <= 0)
        rate = PRO_RATE_REFERENCE;
    /* Faster speech, shorter pauses; but never below a third, or breaths vanish. */
    long v = (long)ms * PRO_RATE_REFERENCE / rate;
    if (v < ms / 3)
        v = ms / 3;
    return (int)v;
}

int pro_rate(const hd_plan *plan, const pro_utterance *u)
{
    return plan->rate_wpm ? plan->rate_wpm : plan->voices[u->voice].rate;
}

hd_plan_options hd_plan_options_default(void)
{
    hd_plan_options o = {0};
    return o;
}

/* Index of the profile in the plan, adding a copy when it is new; -1 on oom. */
static int plan_voice(hd_plan *p, const vo_profile *v, size_t *cap)
{
    for (size_t i = 0; i < p->nvoices; i++)
        if (strcmp(p->voices[i].name, v->name) == 0)
            return (int)i;
    if (grow((void **)&p->voices, cap, p->nvoices + 1, sizeof *p->voices) != 0 ||
        vo_profile_copy(v, &p->voices[p->nvoices]) != HD_OK)
        return -1;
    return (int)p->nvoices++;
}

hd_status hd_plan_new(const hd_doc *doc, const hd_voices *voices, const hd_plan_options *opt,
                      hd_plan **out, hd_diag *diag)
{
    hd_plan *p = NULL;
    hd_voices *own = NULL;
    hd_status st = HD_OK;
    hd_plan_options o = opt ? *opt : hd_plan_options_default();
    size_t vcap = 0;

    if (!doc || !out)
        return HD_ERR_ARG;
    *out = NULL;
    if (o.rate_wpm && (o.rate_wpm < 80 || o.rate_wpm > 900)) {
        diag_set(diag, 0, 0, "rate %d is out of range (80 to 900 words per minute)", o.rate_wpm);
        return HD_ERR_ARG;
    }
    if (!voices) {
        if ((st = hd_voices_load(NULL, &own, diag)) != HD_OK)
            goto out;
        voices = own;
    }
    if (!(p = calloc(1, sizeof *p)) ||
        (doc->nsents && !(p->u = calloc(doc->nsents, sizeof *p->u)))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    p->doc = doc;
    p->rate_wpm = o.rate_wpm;
    for (size_t i = 0; i < doc->nsents; i++) {
        const st_sentence *s = &doc->sents[i];
        const st_block *b = &doc->blocks[s->block];
        pro_utterance *u = &p->u[i];
        int cast = b->kind == ST_SPEECH || b->kind == ST_LIST ? b->speaker : -1;
        const vo_profile *v = vo_cast(voices, cast);
        if (!v) {
            diag_set(diag, 0, 0, "no voice profile named 'narrator'");
            st = HD_ERR_VOICE;
            goto out;
        }
        u->sentence = i;
        u->chapter = b->chapter;
        if ((u->voice = plan_voice(p, v, &vcap)) < 0 ||
            !(u->speech = sp_speech_text(s->text, b->kind))) {
            st = HD_ERR_NOMEM;
            goto out;
        }
        p->n++;
        int ms = PRO_PAUSE_SENTENCE;
        if (i + 1 == doc->nsents || doc->blocks[doc->sents[i + 1].block].chapter != b->chapter)
            ms = b->header ? PRO_PAUSE_HEADER : PRO_PAUSE_CHAPTER;
        else if (doc->sents[i + 1].block != s->block)
            ms = b->header && !doc->blocks[doc->sents[i + 1].block].header ? PRO_PAUSE_HEADER
                                                                           : PRO_PAUSE_BLOCK;
        u->pause_ms = pro_scale_pause(ms, pro_rate(p, u));
    }
    *out = p;
    p = NULL;
out:
    if (st == HD_ERR_NOMEM)
        diag_set(diag, 0, 0, "out of memory");
    hd_voices_free(own);
    hd_plan_free(p);
    return st;
}

void hd_plan_free(hd_plan *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->n; i++)
        free(p->u[i].speech);
    free(p->u);
    for (size_t i = 0; i < p->nvoices; i++)
        vo_profile_clear(&p->voices[i]);
    free(p->voices);
    free(p);
}

size_t hd_plan_utterance_count(const hd_plan *p) { return p ? p->n : 0; }

size_t hd_plan_chapter_count(const hd_plan *p) { return p ? p->doc->nchapters : 0; }

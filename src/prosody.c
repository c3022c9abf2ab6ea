/* prosody: builds the plan from a parsed statement. Pauses are sized by structure
 * (sentence, block, end of header, end of chapter) and scaled with the speech rate. */
#include "prosody.h"

#include <stdlib.h>
#include <string.h>

#include "speech.h"
#include "util.h"

const int pro_default_pause[HD_PAUSE_KINDS] = {
    [HD_PAUSE_SENTENCE] = 400, [HD_PAUSE_PARAGRAPH] = 750, [HD_PAUSE_LIST] = 550,
    [HD_PAUSE_TURN] = 850,     [HD_PAUSE_HEADER] = 1100,   [HD_PAUSE_CHAPTER] = 900,
};

static const char *const pause_names[HD_PAUSE_KINDS] = {"sentence", "paragraph", "list",
                                                         "turn",     "header",    "chapter"};

hd_status hd_pause_kind_parse(const char *name, hd_pause_kind *out)
{
    for (int k = 0; name && k < HD_PAUSE_KINDS; k++)
        if (strcmp(name, pause_names[k]) == 0) {
            *out = (hd_pause_kind)k;
            return HD_OK;
        }
    return HD_ERR_ARG;
}

const char *hd_pause_kind_name(hd_pause_kind k)
{
    return (unsigned)k < HD_PAUSE_KINDS ? pause_names[k] : "?";
}

/* What the pause after sentence i marks, from the structure around it. */
static hd_pause_kind pause_kind(const hd_doc *d, size_t i)
{
    const st_sentence *s = &d->sents[i];
    const st_block *b = &d->blocks[s->block];
    if (i + 1 == d->nsents)
        return HD_PAUSE_CHAPTER;
    const st_sentence *t = &d->sents[i + 1];
    const st_block *c = &d->blocks[t->block];
    if (b->header && !c->header)
        return HD_PAUSE_HEADER;
    if (c->chapter != b->chapter)
        return HD_PAUSE_CHAPTER;
    if (t->block == s->block)
        return HD_PAUSE_SENTENCE;
    if (c->turn || (c->speaker >= 0 && b->speaker >= 0 && c->speaker != b->speaker))
        return HD_PAUSE_TURN;
    if (b->kind == ST_LIST && c->kind == ST_LIST)
        return HD_PAUSE_LIST;
    return HD_PAUSE_PARAGRAPH;
}

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
    for (int k = 0; k < HD_PAUSE_KINDS; k++)
        o.pause_ms[k] = -1;
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
    for (int k = 0; k < HD_PAUSE_KINDS; k++)
        if (o.pause_ms[k] < -1 || o.pause_ms[k] > 10000) {
            diag_set(diag, 0, 0, "%s pause of %d ms is out of range (0 to 10000)",
                     pause_names[k], o.pause_ms[k]);
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
            !(u->speech = sp_speech_text(s->text, b->kind, &voices->lexicon))) {
            st = HD_ERR_NOMEM;
            goto out;
        }
        p->n++;
        u->pause = pause_kind(doc, i);
        u->pause_ms = o.pause_ms[u->pause] >= 0
                          ? o.pause_ms[u->pause]
                          : pro_scale_pause(pro_default_pause[u->pause], pro_rate(p, u));
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

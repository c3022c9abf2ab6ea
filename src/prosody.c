/* prosody: builds the plan from a parsed statement. Pauses are sized by structure
 * (sentence, block, end of header, end of chapter) and scaled with the speech rate. */
#include "prosody.h"
#include "data.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "speakers.h"
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
    if (t->block == s->block || (c->cont && !c->turn))
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

/* The plan's voices as they are added: profile names to their index. */
typedef struct voice_set {
    size_t cap;
    hmap names;
} voice_set;

/* Index of the profile in the plan, adding a copy when it is new; -1 on oom. */
static int plan_voice(hd_plan *p, const vo_profile *v, voice_set *vs)
{
    long i;
    if (hm_get(&vs->names, v->name, strlen(v->name), &i)) {
        if (strcmp(p->voices[i].name, v->name) == 0)
            return (int)i;
        /* names that differ only in case: rare enough for a scan */
        for (size_t k = 0; k < p->nvoices; k++)
            if (strcmp(p->voices[k].name, v->name) == 0)
                return (int)k;
    }
    if (grow((void **)&p->voices, &vs->cap, p->nvoices + 1, sizeof *p->voices) != 0 ||
        vo_profile_copy(v, &p->voices[p->nvoices]) != HD_OK)
        return -1;
    /* a statement in another language: an English espeak-ng voice speaks it with that
     * language's voice and the same variant ("en-gb+m1" reads French as "fr+m1") */
    const char *lang = data_lang_code(p->doc->lang);
    vo_profile *nv = &p->voices[p->nvoices];
    if (p->doc->lang != 0 && lang && strncmp(nv->espeak, "en", 2) == 0 &&
        (nv->espeak[2] == '\0' || nv->espeak[2] == '-' || nv->espeak[2] == '+')) {
        const char *variant = strchr(nv->espeak, '+');
        size_t l = strlen(lang) + (variant ? strlen(variant) : 0) + 1;
        char *spec = malloc(l);
        if (!spec) {
            vo_profile_clear(nv);
            return -1;
        }
        snprintf(spec, l, "%s%s", lang, variant ? variant : "");
        free(nv->espeak);
        nv->espeak = spec;
    }
    if (hm_put(&vs->names, v->name, strlen(v->name), (long)p->nvoices, HM_FIRST) != 0) {
        vo_profile_clear(&p->voices[p->nvoices]);
        return -1;
    }
    return (int)p->nvoices++;
}

static hd_status missing_profile(hd_diag *diag, const char *name)
{
    diag_set(diag, 0, 0, "no voice profile '%s' (herald voices lists them)", name);
    return HD_ERR_ARG;
}

/* The profile of every speaker: the casting's choice, else the next automatic profile
 * that nobody was cast to. Fills who[k] with plan voice indices. */
static hd_status cast_speakers(hd_plan *p, const hd_voices *voices, const hd_casting *casting,
                               int *who, voice_set *vs, hd_diag *diag)
{
    const hd_doc *d = p->doc;
    size_t next_auto = 0;
    spk_cast_index *ix = NULL;
    hmap cast_profiles = {0};
    const char **whos = NULL;
    hd_status st = HD_OK;
    if (casting && casting->n) {
        if (!(whos = calloc(casting->n, sizeof *whos))) {
            st = HD_ERR_NOMEM;
            goto out;
        }
        for (size_t c = 0; c < casting->n; c++) {
            whos[c] = casting->v[c].who;
            if (hm_put(&cast_profiles, casting->v[c].profile, strlen(casting->v[c].profile), 0,
                       HM_FIRST) != 0) {
                st = HD_ERR_NOMEM;
                goto out;
            }
        }
        if (!(ix = spk_cast_index_new(whos, casting->n))) {
            st = HD_ERR_NOMEM;
            goto out;
        }
    }
    for (size_t k = 0; k < d->nspeakers; k++) {
        long c = ix ? spk_cast_find(ix, &d->speakers[k]) : -1;
        const char *chosen = c >= 0 ? casting->v[c].profile : NULL;
        if (chosen) {
            const vo_profile *v = vo_find(voices, chosen);
            if (!v) {
                st = missing_profile(diag, chosen);
                goto out;
            }
            if ((who[k] = plan_voice(p, v, vs)) < 0) {
                st = HD_ERR_NOMEM;
                goto out;
            }
            continue;
        }
        for (;;) {
            vo_profile auto_v;
            if ((st = vo_auto_profile(voices, next_auto++, &auto_v)) == HD_ERR_VOICE) {
                diag_set(diag, 0, 0, "no speaker-1 voice profile to cast speakers to");
                goto out;
            }
            if (st != HD_OK)
                goto out;
            /* skip a profile cast explicitly to someone */
            long dummy;
            int taken = hm_get(&cast_profiles, auto_v.name, strlen(auto_v.name), &dummy);
            if (!taken || next_auto > d->nspeakers + 64) {
                who[k] = plan_voice(p, &auto_v, vs);
                vo_profile_clear(&auto_v);
                if (who[k] < 0) {
                    st = HD_ERR_NOMEM;
                    goto out;
                }
                break;
            }
            vo_profile_clear(&auto_v);
        }
    }
    out:
    spk_cast_index_free(ix);
    hm_free(&cast_profiles);
    free(whos);
    return st;
}

static int add_title(hd_plan *p, const char *t, size_t *cap)
{
    if (grow((void **)&p->titles, cap, p->nchapters + 1, sizeof *p->titles) != 0 ||
        !(p->titles[p->nchapters] = xstrdup(t)))
        return -1;
    p->nchapters++;
    return 0;
}

/* "Question from Agence Nord: How much will the plan cost?", at most ~60 bytes of the
 * question, cut at a word. */
static char *question_title(const st_speaker *sp, const char *question)
{
    sb o = {0};
    sb_puts(&o, data_say(sp->outlet ? "Question from" : "Question"));
    if (sp->outlet)
        sb_printf(&o, " %s", sp->outlet);
    sb_puts(&o, ": ");
    size_t n = strlen(question);
    if (n > 60) {
        /* at a space if there is one late enough, else at a character's start: never
         * inside a UTF-8 sequence */
        size_t cut = 60;
        while (cut > 30 && question[cut] != ' ')
            cut--;
        if (question[cut] != ' ')
            for (cut = 60; cut > 0 && ((unsigned char)question[cut] & 0xC0) == 0x80; cut--)
                ;
        sb_putn(&o, question, cut);
        sb_puts(&o, "\xE2\x80\xA6");
    } else {
        sb_puts(&o, question);
    }
    return o.oom ? (sb_free(&o), NULL) : sb_take(&o);
}

/* Chapter of every sentence under the policy, and the titles. */
static hd_status plan_chapters(hd_plan *p, hd_chapters policy, int *chap)
{
    const hd_doc *d = p->doc;
    size_t cap = 0;
    p->policy = policy;
    if (policy == HD_CHAPTERS_SECTIONS) {
        for (size_t c = 0; c < d->nchapters; c++)
            if (add_title(p, d->chapters[c].title, &cap) != 0)
                return HD_ERR_NOMEM;
        for (size_t i = 0; i < d->nsents; i++)
            chap[i] = d->blocks[d->sents[i].block].chapter;
        return HD_OK;
    }
    if (policy == HD_CHAPTERS_NONE) {
        if (add_title(p, d->title ? d->title : d->kind ? d->kind : data_say("Statement"), &cap) != 0)
            return HD_ERR_NOMEM;
        for (size_t i = 0; i < d->nsents; i++)
            chap[i] = 1;
        return HD_OK;
    }
    /* turns: the header, then a chapter per turn; an answer joins its question */
    int cur = 0, last = -1, paired = 0;
    for (size_t i = 0; i < d->nsents; i++) {
        const st_block *b = &d->blocks[d->sents[i].block];
        int speaking = b->kind == ST_SPEECH || b->kind == ST_LIST;
        int first_of_block = i == 0 || d->sents[i - 1].block != d->sents[i].block;
        char *title = NULL;
        int start = 0;
        if (b->header) {
            start = cur == 0;
            if (start && !(title = xstrdup(data_say("Introduction"))))
                return HD_ERR_NOMEM;
        } else if (b->kind == ST_HEADING) {
            start = 1;
            if (!(title = xstrdup(d->sents[i].text)))
                return HD_ERR_NOMEM;
        } else if (speaking && first_of_block && (cur == 0 || b->turn || b->speaker != last)) {
            int k = b->speaker;
            const st_speaker *sp = k >= 0 ? &d->speakers[k] : NULL;
            const st_speaker *prev = last >= 0 ? &d->speakers[last] : NULL;
            if (prev && prev->asks && sp && !sp->asks && !paired && k != last && cur > 0) {
                paired = 1; /* the answer joins its question */
            } else if (k != last || b->turn || cur == 0) {
                start = 1;
                paired = 0;
                if (sp && sp->asks)
                    title = question_title(sp, d->sents[i].text);
                else
                    title = xstrdup(sp ? (sp->name ? sp->name : sp->role)
                                       : d->kind ? d->kind : data_say("Statement"));
                if (!title)
                    return HD_ERR_NOMEM;
            }
        } else if (cur == 0) {
            start = 1;
            if (!(title = xstrdup(d->kind ? d->kind : data_say("Statement"))))
                return HD_ERR_NOMEM;
        }
        if (start) {
            int fail = add_title(p, title, &cap);
            free(title);
            if (fail)
                return HD_ERR_NOMEM;
            cur = (int)p->nchapters;
        }
        if (speaking)
            last = b->speaker;
        chap[i] = cur;
    }
    return HD_OK;
}

static pro_utterance *new_utterance(hd_plan *p, size_t *cap)
{
    if (grow((void **)&p->u, cap, p->n + 1, sizeof *p->u) != 0)
        return NULL;
    pro_utterance *u = &p->u[p->n++];
    memset(u, 0, sizeof *u);
    u->announces = -1;
    return u;
}

char *pro_speech(const hd_plan *p, size_t i)
{
    const pro_utterance *u = &p->u[i];
    /* the lexicon's respellings and phonemes are English: a statement in another
     * language is read without them (espeak-ng's French voice says "[[makr'0n]]" as
     * "makr") */
    sp_context cx = {p->doc->lang == 0 ? &p->lexicon : NULL, p->doc->date_order, p->doc->lang, p->doc->peso,
                     p->doc->defined, !p->doc->cites};
    if (u->sentence == PRO_NO_SENTENCE)
        return sp_speech_text(u->text, ST_META, &cx);
    const st_sentence *s = &p->doc->sents[u->sentence];
    const st_block *b = &p->doc->blocks[s->block];
    if (b->lang < 0 || b->lang == p->doc->lang || !data_lang_code(b->lang))
        return sp_speech_text(s->text, b->kind, &cx);
    /* the other half of a bilingual statement: its language's rules, and its voice
     * (the speaker's variant) for the whole sentence, as a passage */
    sp_context other = {b->lang == 0 ? &p->lexicon : NULL, p->doc->date_order, b->lang, 0, p->doc->defined,
                        !p->doc->cites};
    char *inner = sp_speech_text(s->text, b->kind, &other);
    if (!inner)
        return NULL;
    sb o = {0};
    sb_putc(&o, SP_SPAN_OPEN);
    sb_puts(&o, data_lang_code(b->lang));
    sb_putc(&o, SP_SPAN_TEXT);
    sb_puts(&o, inner);
    sb_putc(&o, SP_SPAN_CLOSE);
    free(inner);
    return o.oom ? (sb_free(&o), NULL) : sb_take(&o);
}


/* Why this shape: the first unit is one utterance, so a stream starts as soon as it is
 * spoken. The others end where the text says, never where a count of bytes from the
 * start falls: after an utterance whose text hashes to a multiple of UNIT_SPLIT, once
 * the unit holds UNIT_MIN bytes (or at UNIT_MAX). So an edit moves the edges of the
 * unit it falls in and no other, and rendering a corrected statement again finds
 * every other unit in the cache (a unit's audio depends on all of its utterances:
 * espeak-ng carries state from one to the next). A unit pays for a fresh
 * synthesiser (a process forked from one that has started espeak-ng, and its first
 * voice: about a millisecond, the time it takes to speak some 20 bytes); units of
 * about 500 bytes keep that near 5%. Why not larger: the cores must finish together,
 * and a press statement of 2 to 3 KB cut into three units of 800 bytes kept one core
 * idle for a third of its synthesis. Only the text decides, never the number of
 * workers. */
enum { UNIT_MIN = 256, UNIT_MAX = 4096, UNIT_SPLIT = 2 };

static const char *utterance_text(const hd_plan *p, size_t i)
{
    const pro_utterance *u = &p->u[i];
    return u->sentence == PRO_NO_SENTENCE ? u->text : p->doc->sents[u->sentence].text;
}

static int unit_edge(const char *text)
{
    uint32_t h = 2166136261u;
    for (const unsigned char *s = (const unsigned char *)text; *s; s++)
        h = (h ^ *s) * 16777619u;
    return (h >> 7) % UNIT_SPLIT == 0;
}

static hd_status make_units(hd_plan *p)
{
    size_t cap = 0, i = 0;
    while (i < p->n) {
        size_t first = i, bytes = 0;
        for (;;) {
            const char *t = utterance_text(p, i++);
            bytes += strlen(t);
            if (p->nunits == 0 || i == p->n || bytes >= UNIT_MAX || (bytes >= UNIT_MIN && unit_edge(t)))
                break;
        }
        if (grow((void **)&p->units, &cap, p->nunits + 1, sizeof *p->units) != 0)
            return HD_ERR_NOMEM;
        p->units[p->nunits].first = first;
        p->units[p->nunits].last = i;
        p->units[p->nunits].bytes = bytes;
        p->nunits++;
    }
    return HD_OK;
}

static hd_status plan_new(const hd_doc *doc, const hd_voices *voices, const hd_plan_options *opt,
                          hd_plan **out, hd_diag *diag);

/* Whether the one speaker of doc is known only by the label over her words ("MS.
 * PRIYA LAL: …" under a title that names no one, "Ms Priya Lal (Northbridge East)
 * (Lab)"): the label is not read, so the narrator names her, as when there are
 * several. Not the header's person (the byline has said who), nor one a lead-in has
 * just named ("… issued the following statement:"). */
static int label_only(const hd_doc *doc)
{
    if (doc->nspeakers != 1)
        return 0;
    const st_speaker *sp = &doc->speakers[0];
    /* (someone: a name with a form of address or an office, "MS. PRIYA LAL", "Minister
     * Abernethy"; a section's label, "GOOD NEWS:", "NHS ENGLAND:", read in a voice, is
     * better left unnamed) */
    if (sp->asks || !sp->name || !(sp->role || spk_honorific(sp->name, strcspn(sp->name, " "))))
        return 0;
    for (size_t k = 0; k < doc->npeople; k++)
        if ((doc->people[k].name && sp->name && spk_matches(sp, doc->people[k].name)) ||
            (doc->people[k].role && !doc->people[k].name && sp->role && spk_matches(sp, doc->people[k].role)))
            return 0;
    /* (nor one the header's lines name: "Statement from the chair of governors, Priya
     * Lal", "Priya Lal statement on the report") */
    const char *sur = sp->name ? strrchr(sp->name, ' ') : NULL;
    sur = sur ? sur + 1 : sp->name;
    for (size_t k = 0; sur && strlen(sur) >= 3 && k < doc->nblocks; k++) {
        const st_block *b = &doc->blocks[k];
        size_t sl = strlen(sur);
        for (size_t x = b->start; b->header && x + sl <= b->end; x++)
            if (u8_ncasecmp(doc->src + x, sur, sl) == 0)
                return 0;
    }
    for (size_t k = 0; k < doc->nblocks; k++) {
        const st_block *b = &doc->blocks[k];
        if (b->speaker != 0)
            continue;
        if (!b->turn || b->quoted)
            return 0;
        /* (the block before it, a lead-in's colon) */
        size_t e = k > 0 ? doc->blocks[k - 1].end : 0;
        while (e > 0 && (doc->src[e - 1] == ' ' || doc->src[e - 1] == '\n'))
            e--;
        return !(k > 0 && doc->blocks[k - 1].speaker < 0 && e > 0 && doc->src[e - 1] == ':');
    }
    return 0;
}

hd_status hd_plan_new(const hd_doc *doc, const hd_voices *voices, const hd_plan_options *opt,
                      hd_plan **out, hd_diag *diag)
{
    /* the plan's words (announcements, chapters' names) in the statement's language */
    int was = data_set_lang(doc ? doc->lang : 0);
    hd_status st = plan_new(doc, voices, opt, out, diag);
    data_set_lang(was);
    return st;
}

static hd_status plan_new(const hd_doc *doc, const hd_voices *voices, const hd_plan_options *opt,
                          hd_plan **out, hd_diag *diag)
{
    hd_plan *p = NULL;
    hd_voices *own = NULL;
    int *who = NULL, *chap = NULL;
    char *seen = NULL;
    hd_status st = HD_OK;
    hd_plan_options o = opt ? *opt : hd_plan_options_default();
    size_t ucap = 0;
    voice_set vs = {0, {0}};

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
        !(who = calloc(doc->nspeakers + 1, sizeof *who)) ||
        !(seen = calloc(doc->nspeakers + 1, 1)) ||
        !(chap = calloc(doc->nsents + 1, sizeof *chap))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    p->doc = doc;
    p->rate_wpm = o.rate_wpm;
    if ((st = plan_chapters(p, o.chapters, chap)) != HD_OK)
        goto out;
    const char *narrator_name = o.narrator ? o.narrator : "narrator";
    const vo_profile *narrator = vo_find(voices, narrator_name);
    if (!narrator) {
        st = missing_profile(diag, narrator_name);
        goto out;
    }
    int narrator_voice = plan_voice(p, narrator, &vs);
    if (narrator_voice < 0) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    /* Every profile the casting names must exist, whether or not its speaker is here. */
    for (size_t c = 0; o.casting && c < o.casting->n; c++)
        if (!vo_find(voices, o.casting->v[c].profile)) {
            st = missing_profile(diag, o.casting->v[c].profile);
            goto out;
        }
    if ((st = cast_speakers(p, voices, o.casting, who, &vs, diag)) != HD_OK)
        goto out;

    int announce = o.announce != HD_ANNOUNCE_NEVER && (doc->nspeakers > 1 || label_only(doc)), last = -1;
    for (size_t i = 0; i < doc->nsents; i++) {
        const st_sentence *s = &doc->sents[i];
        const st_block *b = &doc->blocks[s->block];
        int k = b->kind == ST_SPEECH || b->kind == ST_LIST ? b->speaker : -1;
        /* "Question: [Inaudible] —": a cue that opens a turn is heard after the turn's
         * announcement, though no words of it follow */
        int opens = -1;
        if (b->kind == ST_STAGE && s->block + 1 < doc->nblocks) {
            const st_block *nb = &doc->blocks[s->block + 1];
            if ((nb->kind == ST_SPEECH || nb->kind == ST_LIST) && nb->turn && nb->cont && !nb->quoted)
                opens = nb->speaker;
        }
        int named = k >= 0 ? k : opens;
        pro_utterance *u;
        if (named >= 0 && announce && named != last && (k < 0 || !b->quoted) &&
            (o.announce == HD_ANNOUNCE_ALWAYS || !seen[named])) {
            /* The narrator names the speaker before they are heard. */
            if (!(u = new_utterance(p, &ucap))) {
                st = HD_ERR_NOMEM;
                goto out;
            }
            u->sentence = PRO_NO_SENTENCE;
            u->announces = named;
            u->chapter = chap[i];
            u->section = b->chapter;
            u->voice = narrator_voice;
            if (!(u->text = spk_announcement(&doc->speakers[named]))) {
                st = HD_ERR_NOMEM;
                goto out;
            }
            u->pause = HD_PAUSE_SENTENCE;
            u->pause_ms = o.pause_ms[u->pause] >= 0
                              ? o.pause_ms[u->pause]
                              : pro_scale_pause(pro_default_pause[u->pause], pro_rate(p, u));
        }
        if (named >= 0) {
            seen[named] = 1;
            last = named;
        }
        if (!(u = new_utterance(p, &ucap))) {
            st = HD_ERR_NOMEM;
            goto out;
        }
        u->sentence = i;
        u->chapter = chap[i];
        u->section = b->chapter;
        u->voice = k >= 0 ? who[k] : narrator_voice;
        u->pause = pause_kind(doc, i);
        if (u->pause != HD_PAUSE_CHAPTER && u->pause != HD_PAUSE_HEADER && i + 1 < doc->nsents &&
            chap[i + 1] != chap[i])
            u->pause = HD_PAUSE_CHAPTER;
        u->pause_ms = o.pause_ms[u->pause] >= 0
                          ? o.pause_ms[u->pause]
                          : pro_scale_pause(pro_default_pause[u->pause], pro_rate(p, u));
    }
    if ((st = sp_lexicon_copy(&voices->lexicon, &p->lexicon)) != HD_OK ||
        (st = make_units(p)) != HD_OK)
        goto out;
    *out = p;
    p = NULL;
out:
    if (st == HD_ERR_NOMEM)
        diag_set(diag, 0, 0, "out of memory");
    free(who);
    free(seen);
    free(chap);
    hm_free(&vs.names);
    hd_voices_free(own);
    hd_plan_free(p);
    return st;
}

void hd_plan_free(hd_plan *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->n; i++)
        free(p->u[i].text);
    free(p->units);
    sp_lexicon_clear(&p->lexicon);
    free(p->u);
    for (size_t i = 0; i < p->nvoices; i++)
        vo_profile_clear(&p->voices[i]);
    free(p->voices);
    for (size_t i = 0; i < p->nchapters; i++)
        free(p->titles[i]);
    free(p->titles);
    free(p);
}

size_t hd_plan_utterance_count(const hd_plan *p) { return p ? p->n : 0; }

size_t hd_plan_chapter_count(const hd_plan *p) { return p ? p->nchapters : 0; }

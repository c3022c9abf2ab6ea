/* publish: the manifest (index.json), the playlist (playlist.m3u8), and the JSON Lines
 * that `herald segment --json` and `herald plan` print. Every time written here comes
 * from sample counts, so it is exact. */
#include "publish.h"

#include <ctype.h>
#include <math.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <utf8proc.h>

#include "data.h"
#include "id3.h"
#include "prosody.h"
#include "statement.h"
#include "synth.h"
#include "text.h"
#include "util.h"

/* Latin letters that have no decomposition into a base letter and marks. */
static const struct {
    int32_t c;
    const char *ascii;
} translit[] = {
    {0xDF, "ss"}, {0xE6, "ae"}, {0xC6, "ae"}, {0xF8, "o"}, {0xD8, "o"}, {0x153, "oe"},
    {0x152, "oe"}, {0x111, "d"}, {0x110, "d"}, {0x142, "l"}, {0x141, "l"}, {0xFE, "th"},
    {0xDE, "th"}, {0xF0, "d"}, {0xD0, "d"}, {0x131, "i"}, {0x127, "h"}, {0x126, "h"},
};

/* The ASCII letters and digits a character stands for in a file name: itself, its
 * base letters without marks ("ã" -> "a", "ﬁ" -> "fi"), or a transliteration ("ß" ->
 * "ss"); empty when none (punctuation, other scripts). */
static size_t ascii_of(int32_t c, char out[8])
{
    size_t n = 0;
    if (c < 0x80) {
        if (isalnum(c))
            out[n++] = (char)tolower(c);
        return n;
    }
    for (size_t i = 0; i < sizeof translit / sizeof *translit; i++)
        if (translit[i].c == c) {
            n = strlen(translit[i].ascii);
            memcpy(out, translit[i].ascii, n);
            return n;
        }
    utf8proc_int32_t d[8];
    utf8proc_ssize_t k = utf8proc_decompose_char(c, d, 8, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
                                                              UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD,
                                                 NULL);
    for (utf8proc_ssize_t i = 0; k > 0 && k <= 8 && i < k && n < 7; i++)
        if (d[i] < 0x80 && isalnum(d[i]))
            out[n++] = (char)tolower(d[i]);
    return n;
}

char *pub_slug(const char *title)
{
    sb out = {0};
    int dash = 0;
    size_t len = strlen(title), i = 0;
    while (i < len && out.len < 48) {
        size_t at = i;
        int32_t c = txt_next(title, len, &i);
        char a[8];
        size_t k = ascii_of(c, a);
        if (k) {
            if (dash && out.len)
                sb_putc(&out, '-');
            sb_putn(&out, a, k);
            dash = 0;
        } else if (c == '\'' || c == 0x2019) {
            /* apostrophes join: "Today's" -> "todays" */
        } else if (utf8proc_category(c) != UTF8PROC_CATEGORY_MN || at == 0) {
            dash = 1;
        }
    }
    if (out.len > 48)
        out.len = 48;
    while (out.len && out.s[out.len - 1] == '-')
        out.len--;
    if (!out.oom && out.len == 0)
        sb_puts(&out, "chapter");
    return out.oom ? (sb_free(&out), NULL) : sb_take(&out);
}

char *pub_chapter_file(size_t index, size_t count, const char *title, const char *ext)
{
    char *slug = pub_slug(title);
    sb out = {0};
    int width = 2;
    for (size_t c = count; c >= 100; c /= 10)
        width++;
    if (!slug)
        return NULL;
    sb_printf(&out, "%0*zu-%s.%s", width, index, slug, ext);
    free(slug);
    return out.oom ? (sb_free(&out), NULL) : sb_take(&out);
}

/* The document record; `titles` are the chapters the records after it number (the
 * statement's own, or a plan's under its chapter policy). */
static void doc_record(sb *b, const hd_doc *d, char *const *titles, size_t ntitles)
{
    sb_puts(b, "{\"type\":\"document\",\"kind\":");
    sb_json_str(b, d->kind);
    sb_puts(b, ",\"title\":");
    sb_json_str(b, d->title);
    sb_puts(b, ",\"byline\":");
    sb_json_str(b, d->byline);
    sb_puts(b, ",\"date\":");
    sb_json_str(b, d->date);
    sb_puts(b, ",\"updated\":");
    sb_json_str(b, d->updated);
    sb_puts(b, ",\"delivery\":");
    sb_json_str(b, d->delivery);
    sb_puts(b, ",\"lang\":");
    sb_json_str(b, data_lang_code(d->lang));
    sb_puts(b, ",\"speakers\":[");
    for (size_t i = 0; i < d->nspeakers; i++) {
        sb_puts(b, i ? ",{\"id\":" : "{\"id\":");
        sb_json_str(b, d->speakers[i].id);
        sb_puts(b, ",\"name\":");
        sb_json_str(b, d->speakers[i].name);
        sb_puts(b, ",\"role\":");
        sb_json_str(b, d->speakers[i].role);
        if (d->speakers[i].outlet) {
            sb_puts(b, ",\"outlet\":");
            sb_json_str(b, d->speakers[i].outlet);
        }
        sb_putc(b, '}');
    }
    sb_puts(b, "],\"chapters\":[");
    for (size_t i = 0; i < ntitles; i++) {
        if (i)
            sb_putc(b, ',');
        sb_json_str(b, titles ? titles[i] : d->chapters[i].title);
    }
    sb_puts(b, "]}\n");
}

static hd_status finish(sb *b, char **out)
{
    if (b->oom) {
        sb_free(b);
        return HD_ERR_NOMEM;
    }
    *out = sb_take(b);
    return HD_OK;
}

hd_status hd_doc_json(const hd_doc *d, char **out)
{
    sb b = {0};
    if (!d || !out)
        return HD_ERR_ARG;
    doc_record(&b, d, NULL, d->nchapters);
    for (size_t i = 0; i < d->nsents; i++) {
        hd_sentence s;
        hd_doc_sentence(d, i, &s);
        sb_printf(&b, "{\"type\":\"sentence\",\"chapter\":%d,\"block\":%zu,\"kind\":", s.chapter,
                  s.block);
        sb_json_str(&b, s.kind);
        sb_puts(&b, ",\"speaker\":");
        sb_json_str(&b, s.speaker);
        sb_printf(&b, ",\"start\":%zu,\"end\":%zu,\"text\":", s.start, s.end);
        sb_json_str(&b, s.text);
        sb_puts(&b, "}\n");
    }
    return finish(&b, out);
}

hd_status hd_plan_json(const hd_plan *p, char **out)
{
    sb b = {0};
    if (!p || !out)
        return HD_ERR_ARG;
    doc_record(&b, p->doc, p->titles, p->nchapters);
    for (size_t i = 0; i < p->n; i++) {
        const pro_utterance *u = &p->u[i];
        hd_sentence s = {0};
        const char *kind = "announce", *speaker = NULL, *text = u->text;
        if (u->sentence != PRO_NO_SENTENCE) {
            hd_doc_sentence(p->doc, u->sentence, &s);
            kind = s.kind;
            speaker = s.speaker;
            text = s.text;
        }
        sb_printf(&b, "{\"type\":\"utterance\",\"chapter\":%d,\"kind\":", u->chapter);
        sb_json_str(&b, kind);
        sb_puts(&b, ",\"speaker\":");
        sb_json_str(&b, speaker);
        if (u->announces >= 0) {
            sb_puts(&b, ",\"announces\":");
            sb_json_str(&b, p->doc->speakers[u->announces].id);
        }
        sb_puts(&b, ",\"voice\":");
        sb_json_str(&b, p->voices[u->voice].name);
        sb_printf(&b, ",\"rate\":%d,\"text\":", pro_rate(p, u));
        sb_json_str(&b, text);
        char *speech = pro_speech(p, i), *text_in = speech ? syn_text(speech) : NULL;
        free(speech);
        if (!text_in) {
            sb_free(&b);
            return HD_ERR_NOMEM;
        }
        /* passages in another language: said inline in "speech", and each with its
         * language and the espeak-ng voice that speaks it in "spans" */
        sb said = {0}, spans = {0};
        for (const char *c = text_in; *c; c++) {
            const char *mid = *c == SP_SPAN_OPEN ? strchr(c, SP_SPAN_TEXT) : NULL;
            const char *close = mid ? strchr(mid, SP_SPAN_CLOSE) : NULL;
            if (!close) {
                sb_putc(&said, *c);
                continue;
            }
            char code[SP_SPAN_CODE_MAX + 1];
            snprintf(code, sizeof code, "%.*s", (int)(mid - c - 1), c + 1);
            const char *voice = sp_span_voice(code, strlen(code));
            char *passage = strndup(mid + 1, (size_t)(close - mid - 1));
            sb_puts(&spans, spans.len ? ",{\"lang\":" : "[{\"lang\":");
            sb_json_str(&spans, code);
            sb_puts(&spans, ",\"voice\":");
            sb_json_str(&spans, voice ? voice : "");
            sb_puts(&spans, ",\"text\":");
            sb_json_str(&spans, passage ? passage : "");
            sb_putc(&spans, '}');
            sb_putn(&said, mid + 1, (size_t)(close - mid - 1));
            free(passage);
            c = close;
        }
        free(text_in);
        sb_puts(&b, ",\"speech\":");
        sb_json_str(&b, said.s ? said.s : "");
        if (spans.len) {
            sb_puts(&b, ",\"spans\":");
            sb_putn(&b, spans.s, spans.len);
            sb_putc(&b, ']');
        }
        int lost = said.oom || spans.oom;
        sb_free(&said);
        sb_free(&spans);
        if (lost) {
            sb_free(&b);
            return HD_ERR_NOMEM;
        }
        sb_printf(&b, ",\"ssml\":false,\"pause_ms\":%d,\"pause\":\"%s\"}\n", u->pause_ms,
                  hd_pause_kind_name(u->pause));
    }
    return finish(&b, out);
}

static const char *format_name(hd_format f)
{
    switch (f) {
    case HD_FORMAT_WAV: return "WAV (16-bit PCM)";
    case HD_FORMAT_OGG: return "Ogg Vorbis";
    case HD_FORMAT_OPUS: return "Ogg Opus";
    case HD_FORMAT_FLAC: return "FLAC";
    case HD_FORMAT_MP3: return "MP3";
    }
    return "?";
}

/* Milliseconds, as every sidecar rounds them. */
static double ms(double s) { return floor(s * 1000 + 0.5) / 1000; }

const char *pub_speaker_label(const hd_doc *d, int k)
{
    if (k < 0)
        return "Narrator";
    const st_speaker *sp = &d->speakers[k];
    if (sp->asks && sp->outlet)
        return sp->outlet;
    return sp->name ? sp->name : sp->role ? sp->role : sp->id;
}

/* Speaker index of an utterance: the sentence's, or -1 for the narrator. */
int pub_utterance_speaker(const hd_plan *p, const pro_utterance *u)
{
    if (u->sentence == PRO_NO_SENTENCE)
        return -1;
    const st_block *b = &p->doc->blocks[p->doc->sents[u->sentence].block];
    return b->kind == ST_SPEECH || b->kind == ST_LIST ? b->speaker : -1;
}

static const char *utterance_text(const hd_plan *p, const pro_utterance *u)
{
    return u->sentence == PRO_NO_SENTENCE ? u->text : p->doc->sents[u->sentence].text;
}

char *pub_artist(const hd_doc *d)
{
    sb o = {0};
    for (size_t k = 0; k < d->nspeakers; k++) {
        if (d->speakers[k].asks || !d->speakers[k].name)
            continue;
        if (o.len)
            sb_puts(&o, ", ");
        sb_puts(&o, d->speakers[k].name);
    }
    if (!o.len && d->npeople && d->people[0].role) {
        /* "Secretary General of the Northern Rivers Commission": the body */
        const char *r = d->people[0].role, *of = strstr(r, " of the ");
        sb_puts(&o, of ? of + 8 : r);
    }
    if (o.oom || !o.len) {
        sb_free(&o);
        return NULL;
    }
    return sb_take(&o);
}

static int by_index(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

hd_status pub_manifest(const pub_render *r, char **out)
{
    const hd_plan *p = r->plan;
    const hd_doc *d = p->doc;
    sb b = {0};
    unsigned long long total = 0;
    size_t *stamp = calloc(d->nspeakers + 1, sizeof *stamp);
    size_t *here = calloc(d->nspeakers + 1, sizeof *here);
    if (!stamp || !here) {
        free(stamp);
        free(here);
        return HD_ERR_NOMEM;
    }

    sb_puts(&b, "{\n  \"herald\": ");
    sb_json_str(&b, HD_VERSION);
    if (r->render_key) {
        sb_puts(&b, ",\n  \"render_key\": ");
        sb_json_str(&b, r->render_key);
    }
    sb_puts(&b, ",\n  \"source\": ");
    sb_json_str(&b, r->source);
    sb_puts(&b, ",\n  \"kind\": ");
    sb_json_str(&b, d->kind);
    sb_puts(&b, ",\n  \"title\": ");
    sb_json_str(&b, d->title);
    sb_puts(&b, ",\n  \"byline\": ");
    sb_json_str(&b, d->byline);
    sb_puts(&b, ",\n  \"date\": ");
    sb_json_str(&b, d->date);
    sb_puts(&b, ",\n  \"updated\": ");
    sb_json_str(&b, d->updated);
    sb_puts(&b, ",\n  \"format\": ");
    sb_json_str(&b, format_name(r->fmt));
    sb_printf(&b, ",\n  \"sample_rate\": %d,\n  \"channels\": %d", r->nch ? r->ch[0].rate : 0,
              r->channels);
    if (r->loudness_on) {
        sb_puts(&b, ",\n  \"loudness\": {\"target_lufs\": ");
        sb_json_num(&b, r->target_lufs);
        sb_puts(&b, ", \"integrated_lufs\": ");
        sb_json_num(&b, floor(r->lufs * 100 + 0.5) / 100);
        sb_puts(&b, ", \"true_peak_dbtp\": ");
        sb_json_num(&b, floor(r->true_peak_dbtp * 100 + 0.5) / 100);
        sb_puts(&b, "}");
    } else {
        sb_puts(&b, ",\n  \"loudness\": null");
    }
    sb_puts(&b, ",\n  \"speakers\": [");
    for (size_t i = 0; i < d->nspeakers; i++) {
        sb_puts(&b, i ? ", {\"id\": " : "{\"id\": ");
        sb_json_str(&b, d->speakers[i].id);
        sb_puts(&b, ", \"name\": ");
        sb_json_str(&b, d->speakers[i].name);
        sb_puts(&b, ", \"role\": ");
        sb_json_str(&b, d->speakers[i].role);
        if (d->speakers[i].outlet) {
            sb_puts(&b, ", \"outlet\": ");
            sb_json_str(&b, d->speakers[i].outlet);
        }
        sb_putc(&b, '}');
    }
    sb_puts(&b, "],\n  \"chapters\": [");
    for (size_t c = 0; c < r->nch; c++) {
        const pub_chapter *ch = &r->ch[c];
        sb_puts(&b, c ? ",\n    {\"file\": " : "\n    {\"file\": ");
        sb_json_str(&b, ch->file);
        sb_puts(&b, ", \"title\": ");
        sb_json_str(&b, ch->title);
        sb_printf(&b, ", \"frames\": %llu, \"start_s\": ", ch->frames);
        sb_json_num(&b, ch->start_s);
        sb_puts(&b, ", \"duration_s\": ");
        sb_json_num(&b, (double)ch->frames / ch->rate);
        sb_puts(&b, ", \"speakers\": [");
        /* who speaks in the chapter, in the order of the speaker list: marked once per
         * utterance, so the cost is the chapter's length, not speakers times it */
        size_t nk = 0;
        for (size_t i = ch->first; i < ch->last; i++) {
            int k = pub_utterance_speaker(p, &p->u[i]);
            if (k >= 0 && stamp[k] != c + 1) {
                stamp[k] = c + 1;
                here[nk++] = (size_t)k;
            }
        }
        qsort(here, nk, sizeof *here, by_index);
        for (size_t j = 0; j < nk; j++) {
            if (j)
                sb_puts(&b, ", ");
            sb_json_str(&b, d->speakers[here[j]].id);
        }
        sb_puts(&b, "]}");
        total += ch->frames;
    }
    sb_puts(&b, "\n  ],\n  \"files\": [");
    for (size_t k = 0; k < r->nfiles; k++) {
        sb_puts(&b, k ? ",\n    {\"name\": " : "\n    {\"name\": ");
        sb_json_str(&b, r->files[k].name);
        sb_printf(&b, ", \"bytes\": %lld}", r->files[k].bytes);
    }
    sb_puts(&b, "\n  ],\n  \"duration_s\": ");
    sb_json_num(&b, r->nch ? (double)total / r->ch[0].rate : 0.0);
    sb_puts(&b, "\n}\n");
    free(stamp);
    free(here);
    return finish(&b, out);
}

hd_status pub_playlist(const pub_render *r, char **out)
{
    sb b = {0};
    sb_puts(&b, "#EXTM3U\n");
    if (r->plan->doc->title) {
        sb_puts(&b, "#PLAYLIST:");
        sb_puts(&b, r->plan->doc->title);
        sb_putc(&b, '\n');
    }
    for (size_t c = 0; c < r->nch; c++) {
        const pub_chapter *ch = &r->ch[c];
        /* the exact duration, to the millisecond: players sum these for the total */
        sb_printf(&b, "#EXTINF:%.3f,", ch->rate > 0 ? (double)ch->frames / ch->rate : 0.0);
        for (const char *t = ch->title; *t; t++)
            sb_putc(&b, *t == '\n' || *t == '\r' ? ' ' : *t);
        sb_printf(&b, "\n%s\n", ch->file);
    }
    return finish(&b, out);
}

hd_status pub_ffconcat(const pub_render *r, char **out)
{
    /* ffmpeg's concat list: ffmpeg and ffprobe open it as one stream of all chapters
     * (they take a .m3u8 for HLS, which chapter files are not) */
    sb b = {0};
    sb_puts(&b, "ffconcat version 1.0\n");
    for (size_t c = 0; c < r->nch; c++) {
        const pub_chapter *ch = &r->ch[c];
        sb_printf(&b, "file '%s'\nduration %.6f\n", ch->file,
                  ch->rate > 0 ? (double)ch->frames / ch->rate : 0.0);
    }
    return finish(&b, out);
}

static void vtt_time(sb *b, double s)
{
    long long t = (long long)floor(s * 1000 + 0.5);
    sb_printf(b, "%02lld:%02lld:%02lld.%03lld", t / 3600000, t / 60000 % 60, t / 1000 % 60,
              t % 1000);
}

/* Text for a cue: no blank lines or "-->" inside, lines of at most `width`
 * characters; WebVTT's markup characters escaped when `vtt`. */
static void cue_text(sb *b, const char *t, size_t width, int vtt)
{
    size_t col = 0, n = strlen(t), i = 0;
    while (i < n) {
        size_t w = i;
        while (w < n && t[w] != ' ')
            w++;
        size_t len = 0;
        for (size_t k = i; k < w; k++)
            len += ((unsigned char)t[k] & 0xC0) != 0x80;
        if (col && col + 1 + len > width) {
            sb_putc(b, '\n');
            col = 0;
        } else if (col) {
            sb_putc(b, ' ');
            col++;
        }
        for (size_t k = i; k < w; k++) {
            char c = t[k];
            if (vtt && c == '<')
                sb_puts(b, "&lt;");
            else if (vtt && c == '>')
                sb_puts(b, "&gt;");
            else if (vtt && c == '&')
                sb_puts(b, "&amp;");
            else if (c == '\n' || c == '\r')
                sb_putc(b, ' ');
            else
                sb_putc(b, c);
        }
        col += len;
        i = w;
        while (i < n && t[i] == ' ')
            i++;
    }
}

typedef struct chapter_mark {
    double start_s;
    const char *title;
    size_t first; /* the utterance it starts at */
} chapter_mark;

/* Where chapters start: the files, or for a single-file render the statement's own
 * sections (header, headings). *out is new. */
static size_t chapter_marks(const pub_render *r, chapter_mark **out)
{
    const hd_plan *p = r->plan;
    chapter_mark *m = calloc(p->n + r->nch + 1, sizeof *m);
    size_t k = 0;
    if (!m)
        return 0;
    if (p->policy != HD_CHAPTERS_NONE) {
        for (size_t c = 0; c < r->nch; c++, k++) {
            m[k].start_s = r->ch[c].start_s;
            m[k].title = r->ch[c].title;
            m[k].first = r->ch[c].first;
        }
    } else {
        int section = 0;
        for (size_t i = 0; i < p->n; i++) {
            if (p->u[i].section == section)
                continue;
            section = p->u[i].section;
            m[k].start_s = k == 0 ? 0 : r->t[i].start_s;
            m[k].title = p->doc->chapters[section - 1].title;
            m[k].first = i;
            k++;
        }
    }
    *out = m;
    return k;
}

static void srt_time(sb *b, double s)
{
    long long t = (long long)floor(s * 1000 + 0.5);
    sb_printf(b, "%02lld:%02lld:%02lld,%03lld", t / 3600000, t / 60000 % 60, t / 1000 % 60,
              t % 1000);
}

/* ------------------------------------------------------------ caption cues */

/* A word as compared across the written and the spoken text: ASCII letters and
 * digits lower-cased, other bytes kept, punctuation gone. */
static size_t norm_word(const char *w, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++) {
        unsigned char c = (unsigned char)w[i];
        if (isalnum(c))
            out[k++] = (char)tolower(c);
        else if (c >= 0x80)
            out[k++] = (char)c;
    }
    out[k] = '\0';
    return k;
}

/* The byte offset of character `pos` (from 1) of UTF-8 text t, or its length. */
static size_t char_offset(const char *t, size_t pos)
{
    size_t i = 0, c = 1;
    while (t[i] && c < pos) {
        i++;
        while (((unsigned char)t[i] & 0xC0) == 0x80)
            i++;
        c++;
    }
    return i;
}

hd_status pub_align_words(const hd_plan *p, size_t i, const pub_word *events, size_t n,
                          pub_word **out, size_t *nout)
{
    const char *text = utterance_text(p, &p->u[i]);
    size_t tn = strlen(text), m = 0;
    char *sp = NULL, *spoken = NULL;
    pub_word *w = NULL;
    *out = NULL;
    *nout = 0;
    if (!n)
        return HD_OK;
    if (!(sp = pro_speech(p, i)) || !(spoken = syn_text(sp)) || !(w = calloc(n, sizeof *w))) {
        free(sp);
        free(spoken);
        return HD_ERR_NOMEM;
    }
    /* the spoken words, matched in order to the written ones that say them as written */
    size_t j = 0;
    for (size_t k = 0; k < tn && j < n;) {
        while (k < tn && text[k] == ' ')
            k++;
        size_t e = k;
        while (e < tn && text[e] != ' ')
            e++;
        char a[64], b[64];
        if (e > k && norm_word(text + k, e - k, a, sizeof a)) {
            for (size_t q = j; q < n && q < j + 6; q++) {
                size_t o = char_offset(spoken, events[q].pos), oe = o;
                while (spoken[oe] && spoken[oe] != ' ')
                    oe++;
                norm_word(spoken + o, oe - o, b, sizeof b);
                if (strcmp(a, b) == 0) {
                    w[m].pos = (uint32_t)k;
                    w[m].at_s = events[q].at_s;
                    m++;
                    j = q + 1;
                    break;
                }
            }
        }
        k = e;
    }
    free(sp);
    free(spoken);
    if (!m) {
        free(w);
        w = NULL;
    }
    *out = w;
    *nout = m;
    return HD_OK;
}

typedef struct cue_part {
    size_t from, to; /* bytes of the utterance's text */
    double start_s, end_s;
} cue_part;

/* Lines the words [a, b) (of wl[] columns each) need at `width` columns, greedily,
 * after a prefix of `lead` columns. */
static size_t lines_for(const size_t *wl, size_t a, size_t b, size_t width, size_t lead)
{
    size_t lines = 1, col = lead;
    for (size_t k = a; k < b; k++) {
        if (col && col + 1 + wl[k] > width) {
            lines++;
            col = wl[k];
        } else {
            col += (col ? 1 : 0) + wl[k];
        }
    }
    return lines;
}

/* Cuts utterance i's text into cues of at most two lines of `width` columns (the
 * first after a prefix of `lead` columns), each cut before a word espeak-ng reported
 * the start of, so every cue's time is the engine's, not a guess; a stretch with no
 * reported word stays one cue. *out is new; returns how many (0 on oom). */
static size_t cue_parts(const pub_render *r, size_t i, const char *text, size_t width, size_t lead,
                        cue_part **out)
{
    const pub_timing *tm = &r->t[i];
    size_t n = strlen(text), nw = 0, cap = 0, np = 0;
    size_t *ws = NULL, *wl = NULL;
    double *at = NULL;
    cue_part *parts = NULL;
    /* the written words */
    for (size_t k = 0; k < n;) {
        while (k < n && text[k] == ' ')
            k++;
        if (k >= n)
            break;
        size_t e = k;
        while (e < n && text[e] != ' ')
            e++;
        size_t before = cap;
        if (grow((void **)&ws, &cap, nw + 1, sizeof *ws) != 0)
            goto oom;
        if (cap != before) {
            size_t *wl2 = realloc(wl, cap * sizeof *wl);
            if (!wl2)
                goto oom;
            wl = wl2;
            double *at2 = realloc(at, cap * sizeof *at);
            if (!at2)
                goto oom;
            at = at2;
        }
        ws[nw] = k;
        size_t cols = 0;
        for (size_t q = k; q < e; q++)
            cols += ((unsigned char)text[q] & 0xC0) != 0x80;
        wl[nw] = cols;
        at[nw] = NAN;
        nw++;
        k = e;
    }
    /* the written words whose start espeak-ng reported (pub_align_words) */
    for (size_t k = 0, j = 0; k < nw && j < tm->nwords; k++) {
        while (j < tm->nwords && tm->words[j].pos < ws[k])
            j++;
        if (j < tm->nwords && tm->words[j].pos == ws[k])
            at[k] = tm->words[j].at_s;
    }
    /* the cues */
    if (!(parts = calloc(nw + 1, sizeof *parts)))
        goto oom;
    size_t cs = 0, rows = 1, col = lead;
    for (size_t k = 0; k < nw; k++) {
        /* the cue [cs, k] laid out greedily, one word more */
        if (col && col + 1 + wl[k] > width) {
            rows++;
            col = wl[k];
        } else {
            col += (col ? 1 : 0) + wl[k];
        }
        if (rows <= 2 || k == cs)
            continue;
        /* k does not fit: cut before the last word in (cs, k] with a reported start */
        size_t cut = k;
        while (cut > cs && isnan(at[cut]))
            cut--;
        if (cut == cs)
            continue; /* nowhere to cut yet: this cue runs long */
        parts[np].from = ws[cs];
        parts[np].to = ws[cut];
        np++;
        cs = cut;
        rows = lines_for(wl, cs, k + 1, width, 0);
        col = 0;
        for (size_t q = cs; q <= k; q++) /* the last row's width */
            col = (col && col + 1 + wl[q] > width) ? wl[q] : col + (col ? 1 : 0) + wl[q];
    }
    parts[np].from = nw ? ws[cs] : 0;
    parts[np].to = n;
    np++;
    for (size_t k = 0; k < np; k++) {
        size_t w0 = 0;
        while (w0 < nw && ws[w0] < parts[k].from)
            w0++;
        parts[k].start_s = k == 0 || w0 >= nw ? tm->start_s : tm->start_s + at[w0];
    }
    for (size_t k = 0; k < np; k++)
        parts[k].end_s = k + 1 < np ? parts[k + 1].start_s : tm->end_s;
    free(ws);
    free(wl);
    free(at);
    *out = parts;
    return np;
oom:
    free(ws);
    free(wl);
    free(at);
    free(parts);
    return 0;
}

/* Captions of the whole render (file -1: one timeline, chapters as NOTEs) or of
 * chapter file `file` on its own timeline; WebVTT with <v Speaker> spans and lines of
 * 42 characters, or SubRip with lines of 32. At a change of speaker the cue starts
 * with the speaker's name, as captions name a voice that cannot be seen. */
static hd_status captions(const pub_render *r, long file, int vtt, char **out)
{
    const hd_plan *p = r->plan;
    chapter_mark *m = NULL;
    size_t nm = file < 0 && vtt ? chapter_marks(r, &m) : 0, next = 0, cue = 0;
    size_t from = file < 0 ? 0 : r->ch[file].first, to = file < 0 ? p->n : r->ch[file].last;
    double zero = file < 0 ? 0 : r->ch[file].start_s;
    const char *last_who = NULL;
    sb b = {0};
    if (vtt)
        sb_puts(&b, "WEBVTT\n");
    for (size_t i = from; i < to; i++) {
        const pro_utterance *u = &p->u[i];
        while (next < nm && m[next].first == i) {
            sb_printf(&b, "\nNOTE chapter %zu at ", next + 1);
            vtt_time(&b, m[next].start_s);
            sb_puts(&b, ": ");
            for (const char *c = m[next].title; *c; c++)
                sb_putc(&b, *c == '\n' ? ' ' : *c == '>' ? ')' : *c);
            sb_putc(&b, '\n');
            next++;
        }
        const char *who = pub_speaker_label(p->doc, pub_utterance_speaker(p, u));
        const char *said = utterance_text(p, u);
        int named = !last_who || strcmp(last_who, who) != 0;
        size_t width = vtt ? 42 : 32, lead = 0;
        if (named)
            for (const char *c = who; *c; c++)
                lead += ((unsigned char)*c & 0xC0) != 0x80;
        cue_part *parts = NULL;
        size_t np = cue_parts(r, i, said, width, named ? lead + 2 : 0, &parts);
        if (!np) {
            b.oom = 1;
            break;
        }
        for (size_t k = 0; k < np; k++) {
            sb_printf(&b, vtt ? "\n%zu\n" : "%zu\n", cue + 1);
            (vtt ? vtt_time : srt_time)(&b, parts[k].start_s - zero);
            sb_puts(&b, " --> ");
            (vtt ? vtt_time : srt_time)(&b, parts[k].end_s - zero);
            sb_putc(&b, '\n');
            if (vtt) {
                sb_puts(&b, "<v ");
                for (const char *c = who; *c; c++)
                    sb_putc(&b, *c == '>' ? ')' : *c == '<' ? '(' : *c);
                sb_putc(&b, '>');
            }
            sb text = {0};
            if (named && k == 0) {
                sb_puts(&text, who);
                sb_puts(&text, ": ");
            }
            size_t stop = parts[k].to;
            while (stop > parts[k].from && said[stop - 1] == ' ')
                stop--;
            sb_putn(&text, said + parts[k].from, stop - parts[k].from);
            if (text.oom)
                b.oom = 1;
            else
                cue_text(&b, text.s ? text.s : "", width, vtt);
            sb_free(&text);
            sb_puts(&b, vtt ? "\n" : "\n\n");
            cue++;
        }
        free(parts);
        last_who = who;
    }
    free(m);
    return finish(&b, out);
}

hd_status pub_captions(const pub_render *r, char **out) { return captions(r, -1, 1, out); }

hd_status pub_file_captions(const pub_render *r, size_t c, char **out)
{
    return captions(r, (long)c, 1, out);
}

hd_status pub_srt(const pub_render *r, char **out) { return captions(r, -1, 0, out); }

hd_status pub_transcript(const pub_render *r, char **out)
{
    /* the Podcasting 2.0 JSON transcript: version, segments of speaker, startTime,
     * endTime and body; herald's own keys beside them (speakerId, file, fileStart) */
    const hd_plan *p = r->plan;
    sb b = {0};
    sb_puts(&b, "{\n  \"version\": \"1.0.0\",\n  \"title\": ");
    sb_json_str(&b, p->doc->title);
    sb_puts(&b, ",\n  \"segments\": [");
    size_t c = 0;
    for (size_t i = 0; i < p->n; i++) {
        const pro_utterance *u = &p->u[i];
        while (c + 1 < r->nch && i >= r->ch[c].last)
            c++;
        int k = pub_utterance_speaker(p, u);
        sb_puts(&b, i ? ",\n    {\"speaker\": " : "\n    {\"speaker\": ");
        sb_json_str(&b, pub_speaker_label(p->doc, k));
        sb_puts(&b, ", \"startTime\": ");
        sb_json_num(&b, ms(r->t[i].start_s));
        sb_puts(&b, ", \"endTime\": ");
        sb_json_num(&b, ms(r->t[i].end_s));
        sb_puts(&b, ", \"body\": ");
        sb_json_str(&b, utterance_text(p, u));
        sb_puts(&b, ", \"speakerId\": ");
        sb_json_str(&b, k >= 0 ? p->doc->speakers[k].id : NULL);
        sb_puts(&b, ", \"file\": ");
        sb_json_str(&b, r->nch ? r->ch[c].file : NULL);
        sb_puts(&b, ", \"fileStart\": ");
        sb_json_num(&b, ms(r->t[i].start_s - (r->nch ? r->ch[c].start_s : 0)));
        sb_putc(&b, '}');
    }
    sb_puts(&b, "\n  ]\n}\n");
    return finish(&b, out);
}

hd_status pub_chapters(const pub_render *r, char **out)
{
    chapter_mark *m = NULL;
    size_t nm = chapter_marks(r, &m);
    sb b = {0};
    sb_puts(&b, "{\n  \"version\": \"1.2.0\",\n  \"title\": ");
    sb_json_str(&b, r->plan->doc->title);
    sb_puts(&b, ",\n  \"chapters\": [");
    for (size_t k = 0; k < nm; k++) {
        sb_puts(&b, k ? ",\n    {\"startTime\": " : "\n    {\"startTime\": ");
        sb_json_num(&b, ms(m[k].start_s));
        sb_puts(&b, ", \"title\": ");
        sb_json_str(&b, m[k].title);
        sb_putc(&b, '}');
    }
    sb_puts(&b, "\n  ]\n}\n");
    free(m);
    return finish(&b, out);
}

hd_status pub_id3(const pub_render *r, size_t c, const char *artist, const char *comment,
                  unsigned char **out, size_t *n)
{
    const hd_plan *p = r->plan;
    const pub_chapter *f = &r->ch[c];
    id3_tags t = {f->title, p->doc->title, artist, comment, "herald " HD_VERSION, p->doc->date,
                  (int)c + 1, (int)r->nch, NULL, 0};
    chapter_mark *m = NULL;
    id3_chapter *ic = NULL;
    size_t nm = 0;
    if (p->policy == HD_CHAPTERS_NONE && r->nch == 1) {
        /* one file: the statement's sections as chapters inside it */
        nm = chapter_marks(r, &m);
        if (!m || !(ic = calloc(nm + 1, sizeof *ic))) {
            free(m);
            return HD_ERR_NOMEM;
        }
        double end = f->rate > 0 ? (double)f->frames / f->rate : 0;
        for (size_t k = 0; k < nm; k++) {
            ic[k].start_s = m[k].start_s - f->start_s;
            ic[k].end_s = (k + 1 < nm ? m[k + 1].start_s - f->start_s : end);
            ic[k].title = m[k].title;
        }
        t.chapters = ic;
        t.nchapters = nm;
    }
    hd_status st = id3_render(&t, out, n);
    free(m);
    free(ic);
    return st;
}

/* ------------------------------------------------------------ feed */

void pub_xml_text(sb *b, const char *t)
{
    for (; t && *t; t++) {
        switch (*t) {
        case '&': sb_puts(b, "&amp;"); break;
        case '<': sb_puts(b, "&lt;"); break;
        case '>': sb_puts(b, "&gt;"); break;
        case '"': sb_puts(b, "&quot;"); break;
        case '\'': sb_puts(b, "&apos;"); break;
        default:
            /* XML 1.0 has no place for the other control characters */
            if ((unsigned char)*t >= 0x20 || *t == '\t' || *t == '\n')
                sb_putc(b, *t);
        }
    }
}

/* A link to a file of the render: under base (with one slash between), or as is. */
static void xml_link(sb *b, const char *base, const char *name)
{
    if (base && *base) {
        pub_xml_text(b, base);
        if (base[strlen(base) - 1] != '/')
            sb_putc(b, '/');
    }
    /* the names are slugs: nothing in them needs escaping in a URL */
    pub_xml_text(b, name);
}

static const char *mime_of(hd_format f)
{
    switch (f) {
    case HD_FORMAT_MP3: return "audio/mpeg";
    case HD_FORMAT_OGG: return "audio/ogg";
    case HD_FORMAT_OPUS: return "audio/ogg; codecs=opus";
    case HD_FORMAT_FLAC: return "audio/flac";
    default: return "audio/wav";
    }
}

static long long file_bytes(const pub_render *r, const char *name)
{
    for (size_t k = 0; k < r->nfiles; k++)
        if (strcmp(r->files[k].name, name) == 0)
            return r->files[k].bytes;
    return -1;
}

/* RFC 822 date of an ISO date ("2025-03-14" -> "Fri, 14 Mar 2025 00:00:00 +0000"),
 * or 0 when it is not one. */
static int rfc822(const char *iso, char out[40])
{
    int y, m, d;
    if (!iso || sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31)
        return 0;
    static const char *const mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static const char *const wd[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    /* Sakamoto's day of the week */
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    int yy = m < 3 ? y - 1 : y;
    int w = (yy + yy / 4 - yy / 100 + yy / 400 + t[m - 1] + d) % 7;
    snprintf(out, 40, "%s, %02d %s %04d 00:00:00 +0000", wd[w], d, mon[m - 1], y);
    return 1;
}

hd_status pub_feed(const pub_render *r, const char *base_url, char **out)
{
    const hd_plan *p = r->plan;
    const hd_doc *d = p->doc;
    const char *title = d->title ? d->title : d->kind ? d->kind : "Statement";
    char *artist = pub_artist(d);
    sb b = {0};
    /* a stable identity: the statement's text */
    unsigned long long h = 1469598103934665603ull;
    for (size_t i = 0; i < d->len; i++)
        h = (h ^ (unsigned char)d->src[i]) * 1099511628211ull;
    sb_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"\n"
                "     xmlns:podcast=\"https://podcastindex.org/namespace/1.0\">\n<channel>\n  <title>");
    pub_xml_text(&b, title);
    sb_puts(&b, "</title>\n  <link>");
    xml_link(&b, base_url, "index.json");
    sb_puts(&b, "</link>\n  <description>");
    pub_xml_text(&b, d->kind ? d->kind : "Statement");
    sb_puts(&b, ", read aloud by herald</description>\n  <language>en</language>\n  <generator>herald ");
    sb_puts(&b, HD_VERSION);
    sb_puts(&b, "</generator>\n");
    if (artist) {
        sb_puts(&b, "  <itunes:author>");
        pub_xml_text(&b, artist);
        sb_puts(&b, "</itunes:author>\n");
    }
    sb_puts(&b, "  <itunes:explicit>false</itunes:explicit>\n");
    int one = r->nch == 1;
    char date[40];
    for (size_t c = 0; c < r->nch; c++) {
        const pub_chapter *ch = &r->ch[c];
        double secs = ch->rate > 0 ? (double)ch->frames / ch->rate : 0;
        long long whole = (long long)floor(secs + 0.5);
        sb_puts(&b, "  <item>\n    <title>");
        if (one) {
            pub_xml_text(&b, title);
        } else {
            pub_xml_text(&b, title);
            sb_puts(&b, " \xE2\x80\x94 ");
            pub_xml_text(&b, ch->title);
        }
        sb_puts(&b, "</title>\n    <description>");
        pub_xml_text(&b, d->kind ? d->kind : "Statement");
        if (d->byline) {
            sb_putc(&b, ' ');
            pub_xml_text(&b, d->byline);
        }
        sb_printf(&b, "</description>\n    <guid isPermaLink=\"false\">herald-%016llx-%zu</guid>\n", h, c + 1);
        if (rfc822(d->date, date))
            sb_printf(&b, "    <pubDate>%s</pubDate>\n", date);
        sb_puts(&b, "    <enclosure url=\"");
        xml_link(&b, base_url, ch->file);
        long long bytes = file_bytes(r, ch->file);
        sb_printf(&b, "\" length=\"%lld\" type=\"%s\"/>\n", bytes > 0 ? bytes : 0, mime_of(r->fmt));
        sb_printf(&b, "    <itunes:duration>%02lld:%02lld:%02lld</itunes:duration>\n", whole / 3600,
                  whole / 60 % 60, whole % 60);
        if (!one) {
            sb_printf(&b, "    <itunes:episode>%zu</itunes:episode>\n", c + 1);
            char *vtt = NULL;
            const char *dot = strrchr(ch->file, '.');
            size_t n = dot ? (size_t)(dot - ch->file) : strlen(ch->file);
            if ((vtt = malloc(n + 5))) {
                memcpy(vtt, ch->file, n);
                memcpy(vtt + n, ".vtt", 5);
                sb_puts(&b, "    <podcast:transcript url=\"");
                xml_link(&b, base_url, vtt);
                sb_puts(&b, "\" type=\"text/vtt\" rel=\"captions\"/>\n");
                free(vtt);
            } else {
                b.oom = 1;
            }
        } else {
            sb_puts(&b, "    <podcast:chapters url=\"");
            xml_link(&b, base_url, "chapters.json");
            sb_puts(&b, "\" type=\"application/json+chapters\"/>\n    <podcast:transcript url=\"");
            xml_link(&b, base_url, "captions.vtt");
            sb_puts(&b, "\" type=\"text/vtt\" rel=\"captions\"/>\n    <podcast:transcript url=\"");
            xml_link(&b, base_url, "captions.srt");
            sb_puts(&b, "\" type=\"application/srt\"/>\n    <podcast:transcript url=\"");
            xml_link(&b, base_url, "transcript.json");
            sb_puts(&b, "\" type=\"application/json\"/>\n");
        }
        /* who is heard in it, with the Podcast Taxonomy's role: the one who asks in
         * an interview is its host; questioners are reporters; the rest are guests */
        for (size_t k = 0; k < d->nspeakers; k++) {
            const st_speaker *sp = &d->speakers[k];
            const char *who = pub_speaker_label(d, (int)k);
            int heard = 0;
            for (size_t i = ch->first; i < ch->last && !heard; i++)
                heard = pub_utterance_speaker(p, &p->u[i]) == (int)k;
            if (!heard)
                continue;
            const char *role = !sp->asks ? "guest" : sp->outlet || !sp->name ? "reporter" : "host";
            sb_printf(&b, "    <podcast:person role=\"%s\" group=\"cast\">", role);
            pub_xml_text(&b, who);
            sb_puts(&b, "</podcast:person>\n");
        }
        sb_puts(&b, "  </item>\n");
    }
    sb_puts(&b, "</channel>\n</rss>\n");
    free(artist);
    return finish(&b, out);
}

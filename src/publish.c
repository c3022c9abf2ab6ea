/* publish: the manifest (index.json), the playlist (playlist.m3u8), and the JSON Lines
 * that `herald segment --json` and `herald plan` print. Every time written here comes
 * from sample counts, so it is exact. */
#include "publish.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "prosody.h"
#include "statement.h"
#include "util.h"

char *pub_slug(const char *title)
{
    sb out = {0};
    int dash = 0;
    for (const unsigned char *p = (const unsigned char *)title; *p && out.len < 48; p++) {
        if (isalnum(*p) && *p < 0x80) {
            if (dash && out.len)
                sb_putc(&out, '-');
            sb_putc(&out, (char)tolower(*p));
            dash = 0;
        } else if (*p == '\'' || (*p == 0xE2 && p[1] == 0x80 && p[2] == 0x99)) {
            /* apostrophes join: "Today's" -> "todays" */
            if (*p == 0xE2)
                p += 2;
        } else if (*p < 0x80 || (*p & 0xC0) == 0xC0) {
            dash = 1;
        }
    }
    if (!out.oom && out.len == 0)
        sb_puts(&out, "chapter");
    return out.oom ? (sb_free(&out), NULL) : sb_take(&out);
}

char *pub_chapter_file(size_t index, size_t count, const char *title, const char *ext)
{
    char *slug = pub_slug(title);
    sb out = {0};
    int width = count >= 1000 ? 4 : count >= 100 ? 3 : 2;
    if (!slug)
        return NULL;
    sb_printf(&out, "%0*zu-%s.%s", width, index, slug, ext);
    free(slug);
    return out.oom ? (sb_free(&out), NULL) : sb_take(&out);
}

static void doc_record(sb *b, const hd_doc *d)
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
    for (size_t i = 0; i < d->nchapters; i++) {
        if (i)
            sb_putc(b, ',');
        sb_json_str(b, d->chapters[i].title);
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
    doc_record(&b, d);
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
    doc_record(&b, p->doc);
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
        sb_puts(&b, ",\"speech\":");
        sb_json_str(&b, u->speech);
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

hd_status pub_manifest(const hd_plan *p, const pub_chapter *ch, size_t n, const char *source,
                       hd_format fmt, char **out)
{
    const hd_doc *d = p->doc;
    sb b = {0};
    unsigned long long at = 0;
    int rate = n ? ch[0].rate : 0;

    sb_puts(&b, "{\n  \"herald\": ");
    sb_json_str(&b, HD_VERSION);
    sb_puts(&b, ",\n  \"source\": ");
    sb_json_str(&b, source);
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
    sb_json_str(&b, format_name(fmt));
    sb_printf(&b, ",\n  \"sample_rate\": %d,\n  \"channels\": 1", rate);
    sb_puts(&b, ",\n  \"speakers\": [");
    for (size_t i = 0; i < d->nspeakers; i++) {
        sb_puts(&b, i ? ", {\"id\": " : "{\"id\": ");
        sb_json_str(&b, d->speakers[i].id);
        sb_puts(&b, ", \"name\": ");
        sb_json_str(&b, d->speakers[i].name);
        sb_puts(&b, ", \"role\": ");
        sb_json_str(&b, d->speakers[i].role);
        sb_putc(&b, '}');
    }
    sb_puts(&b, "],\n  \"chapters\": [");
    for (size_t c = 0; c < n; c++) {
        sb_puts(&b, c ? ",\n    {\"file\": " : "\n    {\"file\": ");
        sb_json_str(&b, ch[c].file);
        sb_puts(&b, ", \"title\": ");
        sb_json_str(&b, ch[c].title);
        sb_printf(&b, ", \"frames\": %llu, \"start_s\": ", ch[c].frames);
        sb_json_num(&b, (double)at / ch[c].rate);
        sb_puts(&b, ", \"duration_s\": ");
        sb_json_num(&b, (double)ch[c].frames / ch[c].rate);
        sb_puts(&b, ", \"speakers\": [");
        int first = 1;
        for (size_t k = 0; k < d->nspeakers; k++) {
            int speaks = 0;
            for (size_t i = 0; i < p->n && !speaks; i++) {
                if (p->u[i].sentence == PRO_NO_SENTENCE)
                    continue;
                const st_block *bl = &d->blocks[d->sents[p->u[i].sentence].block];
                speaks = p->u[i].chapter == (int)c + 1 && bl->speaker == (int)k;
            }
            if (!speaks)
                continue;
            if (!first)
                sb_puts(&b, ", ");
            sb_json_str(&b, d->speakers[k].id);
            first = 0;
        }
        sb_puts(&b, "]}");
        at += ch[c].frames;
    }
    sb_puts(&b, "\n  ],\n  \"duration_s\": ");
    sb_json_num(&b, rate ? (double)at / rate : 0.0);
    sb_puts(&b, "\n}\n");
    return finish(&b, out);
}

hd_status pub_playlist(const hd_plan *p, const pub_chapter *ch, size_t n, char **out)
{
    sb b = {0};
    sb_puts(&b, "#EXTM3U\n");
    if (p->doc->title) {
        sb_puts(&b, "#PLAYLIST:");
        sb_puts(&b, p->doc->title);
        sb_putc(&b, '\n');
    }
    for (size_t c = 0; c < n; c++) {
        /* #EXTINF takes whole seconds in the original form; rounded up, never 0. */
        unsigned long long secs = (ch[c].frames + (unsigned long long)ch[c].rate - 1) / ch[c].rate;
        sb_printf(&b, "#EXTINF:%llu,%s\n%s\n", secs, ch[c].title, ch[c].file);
    }
    return finish(&b, out);
}

hd_status pub_write_file(const char *dir, const char *name, const char *text, hd_diag *diag)
{
    sb b = {0};
    char *tmp = NULL, *final = NULL;
    FILE *f = NULL;
    hd_status st = HD_OK;

    sb_printf(&b, "%s/%s", dir, name);
    final = sb_take(&b);
    sb_printf(&b, "%s/.%s.part-%ld", dir, name, (long)getpid());
    tmp = sb_take(&b);
    if (!tmp || !final) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    if (!(f = fopen(tmp, "w"))) {
        diag_set_path(diag, final);
        diag_set(diag, 0, 0, "cannot create: %s", strerror(errno));
        st = HD_ERR_CREATE;
        goto out;
    }
    size_t n = strlen(text);
    int bad = fwrite(text, 1, n, f) != n;
    bad |= fclose(f) != 0;
    f = NULL;
    if (bad || rename(tmp, final) != 0) {
        diag_set_path(diag, final);
        diag_set(diag, 0, 0, "cannot write: %s", strerror(errno));
        st = HD_ERR_WRITE;
        goto out;
    }
out:
    if (f)
        fclose(f);
    if (st != HD_OK && tmp)
        unlink(tmp);
    free(tmp);
    free(final);
    return st;
}

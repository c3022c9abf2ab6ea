/* id3: an ID3v2.3 tag with text frames, a comment, and chapters (CHAP and CTOC). */
#include "id3.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "util.h"

static void put_be32(sb *b, uint32_t v)
{
    char x[4] = {(char)(v >> 24), (char)(v >> 16), (char)(v >> 8), (char)v};
    sb_putn(b, x, 4);
}

/* Text in the frame's encoding: ISO-8859-1 (0) when every character fits, else
 * UTF-16 with a byte order mark (1). `terminate` ends it with a NUL of that width. */
static void put_text(sb *b, const char *s, int enc, int terminate)
{
    size_t n = strlen(s), i = 0;
    if (enc == 1)
        sb_putn(b, "\xFF\xFE", 2);
    while (i < n) {
        int32_t c = txt_next(s, n, &i);
        if (c < 0)
            c = 0xFFFD;
        if (enc == 0) {
            sb_putc(b, (char)c);
        } else if (c < 0x10000) {
            sb_putc(b, (char)(c & 0xFF));
            sb_putc(b, (char)(c >> 8));
        } else {
            int32_t v = c - 0x10000, hi = 0xD800 + (v >> 10), lo = 0xDC00 + (v & 0x3FF);
            char x[4] = {(char)(hi & 0xFF), (char)(hi >> 8), (char)(lo & 0xFF), (char)(lo >> 8)};
            sb_putn(b, x, 4);
        }
    }
    if (terminate)
        sb_putn(b, "\0\0", enc == 1 ? 2 : 1);
}

static int encoding_of(const char *s)
{
    size_t n = strlen(s), i = 0;
    while (i < n)
        if (txt_next(s, n, &i) > 0xFF)
            return 1;
    return 0;
}

/* A frame: id, then the body built by the caller in `body`. */
static void put_frame(sb *b, const char *id, const sb *body)
{
    sb_putn(b, id, 4);
    put_be32(b, (uint32_t)body->len);
    sb_putn(b, "\0\0", 2);
    sb_putn(b, body->s ? body->s : "", body->len);
}

static void text_frame(sb *b, const char *id, const char *text)
{
    if (!text || !*text)
        return;
    sb body = {0};
    int enc = encoding_of(text);
    sb_putc(&body, (char)enc);
    put_text(&body, text, enc, 0);
    put_frame(b, id, &body);
    b->oom |= body.oom;
    sb_free(&body);
}

static uint32_t millis(double s)
{
    if (!(s > 0))
        return 0;
    double m = floor(s * 1000 + 0.5);
    return m >= 4294967294.0 ? 4294967294u : (uint32_t)m;
}

hd_status id3_render(const id3_tags *t, unsigned char **out, size_t *n)
{
    sb f = {0};
    text_frame(&f, "TIT2", t->title);
    text_frame(&f, "TALB", t->album);
    text_frame(&f, "TPE1", t->artist);
    if (t->date && strlen(t->date) >= 4) {
        char year[5] = {0}, daymonth[5] = {0};
        memcpy(year, t->date, 4);
        text_frame(&f, "TYER", year);
        /* TDAT is DDMM */
        if (strlen(t->date) >= 10 && t->date[4] == '-' && t->date[7] == '-') {
            memcpy(daymonth, t->date + 8, 2);
            memcpy(daymonth + 2, t->date + 5, 2);
            text_frame(&f, "TDAT", daymonth);
        }
    }
    if (t->track > 0) {
        char tr[32];
        if (t->tracks > 0)
            snprintf(tr, sizeof tr, "%d/%d", t->track, t->tracks);
        else
            snprintf(tr, sizeof tr, "%d", t->track);
        text_frame(&f, "TRCK", tr);
    }
    text_frame(&f, "TSSE", t->software);
    if (t->comment && *t->comment) {
        sb body = {0};
        int enc = encoding_of(t->comment);
        sb_putc(&body, (char)enc);
        sb_putn(&body, "eng", 3);
        put_text(&body, "", enc, 1); /* no short description */
        put_text(&body, t->comment, enc, 0);
        put_frame(&f, "COMM", &body);
        f.oom |= body.oom;
        sb_free(&body);
    }
    size_t nch = t->nchapters > 255 ? 255 : t->nchapters;
    if (nch) {
        /* the table of contents first: top level (0x02), ordered (0x01) */
        sb toc = {0};
        sb_putn(&toc, "toc", 4);
        sb_putc(&toc, 0x03);
        sb_putc(&toc, (char)nch);
        for (size_t k = 0; k < nch; k++) {
            char id[16];
            int len = snprintf(id, sizeof id, "chp%zu", k);
            sb_putn(&toc, id, (size_t)len + 1);
        }
        text_frame(&toc, "TIT2", t->album);
        put_frame(&f, "CTOC", &toc);
        f.oom |= toc.oom;
        sb_free(&toc);
        for (size_t k = 0; k < nch; k++) {
            const id3_chapter *c = &t->chapters[k];
            sb ch = {0};
            char id[16];
            int len = snprintf(id, sizeof id, "chp%zu", k);
            sb_putn(&ch, id, (size_t)len + 1);
            put_be32(&ch, millis(c->start_s));
            put_be32(&ch, millis(c->end_s));
            put_be32(&ch, 0xFFFFFFFFu); /* byte offsets: not given */
            put_be32(&ch, 0xFFFFFFFFu);
            text_frame(&ch, "TIT2", c->title);
            put_frame(&f, "CHAP", &ch);
            f.oom |= ch.oom;
            sb_free(&ch);
        }
    }
    if (f.oom || f.len > 0x0FFFFFFF) {
        sb_free(&f);
        return HD_ERR_NOMEM;
    }
    size_t total = 10 + f.len;
    unsigned char *tag = malloc(total);
    if (!tag) {
        sb_free(&f);
        return HD_ERR_NOMEM;
    }
    memcpy(tag, "ID3\x03\x00\x00", 6);
    /* the size, without the header, in four 7-bit bytes */
    for (int k = 0; k < 4; k++)
        tag[6 + k] = (unsigned char)((f.len >> (7 * (3 - k))) & 0x7F);
    if (f.len)
        memcpy(tag + 10, f.s, f.len);
    sb_free(&f);
    *out = tag;
    *n = total;
    return HD_OK;
}

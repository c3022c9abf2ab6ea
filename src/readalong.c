/* readalong: the statement's text paired with its audio, for the EPUB and the web
 * player (see readalong.h). */
#include "readalong.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "prosody.h"
#include "statement.h"
#include "util.h"

static void xml(sb *b, const char *t) { pub_xml_text(b, t); }

int ra_shown(const pub_render *r, size_t i)
{
    return r->plan->u[i].sentence != PRO_NO_SENTENCE && r->t[i].end_s > r->t[i].start_s;
}

/* The element a block of the statement is shown as. */
static const char *block_open(st_kind k)
{
    switch (k) {
    case ST_TITLE: return "<h1>";
    case ST_BYLINE: return "<p class=\"byline\">";
    case ST_META: return "<p class=\"meta\">";
    case ST_HEADING: return "<h2>";
    case ST_LIST: return "<li>";
    case ST_STAGE: return "<p class=\"stage\">";
    case ST_NOTE: return "<p class=\"note\">";
    default: return "<p>";
    }
}

static const char *block_close(st_kind k)
{
    switch (k) {
    case ST_TITLE: return "</h1>\n";
    case ST_HEADING: return "</h2>\n";
    case ST_LIST: return "</li>\n";
    default: return "</p>\n";
    }
}

/* Seconds to the millisecond, as the SMIL clips give them. */
static void seconds(sb *b, double s) { sb_printf(b, "%.3f", s < 0 ? 0.0 : s); }

void ra_blocks(sb *b, const pub_render *r, size_t c, int timed)
{
    const hd_plan *p = r->plan;
    const hd_doc *d = p->doc;
    const pub_chapter *ch = &r->ch[c];
    size_t open = (size_t)-1; /* the block whose element is open */
    int in_list = 0, last_speaker = -2, last_voice = -2;
    /* the voice of the shown sentence before this chapter: a turn is where it changes */
    for (size_t i = ch->first; i-- > 0;)
        if (ra_shown(r, i)) {
            last_voice = pub_utterance_speaker(p, &p->u[i]);
            break;
        }
    for (size_t i = ch->first; i < ch->last; i++) {
        if (!ra_shown(r, i))
            continue;
        const st_sentence *s = &d->sents[p->u[i].sentence];
        const st_block *bl = &d->blocks[s->block];
        int k = pub_utterance_speaker(p, &p->u[i]), starts = s->block != open;
        if (starts) {
            if (open != (size_t)-1)
                sb_puts(b, block_close(d->blocks[open].kind));
            if (in_list && bl->kind != ST_LIST) {
                sb_puts(b, "</ul>\n");
                in_list = 0;
            }
            if (!in_list && bl->kind == ST_LIST) {
                sb_puts(b, "<ul>\n");
                in_list = 1;
            }
            sb_puts(b, block_open(bl->kind));
            if (k >= 0 && (bl->turn || k != last_speaker) && d->nspeakers > 1) {
                sb_puts(b, "<span class=\"speaker\">");
                xml(b, pub_speaker_label(d, k));
                sb_puts(b, ":</span> ");
            }
            if (bl->kind == ST_SPEECH || bl->kind == ST_LIST)
                last_speaker = k;
            open = s->block;
        } else {
            sb_putc(b, ' ');
        }
        sb_printf(b, "<span id=\"s%zu\"", p->u[i].sentence + 1);
        if (timed) {
            sb_puts(b, " class=\"s\" data-begin=\"");
            seconds(b, r->t[i].start_s - ch->start_s);
            sb_puts(b, "\" data-end=\"");
            seconds(b, r->t[i].end_s - ch->start_s);
            sb_puts(b, "\" data-voice=\"");
            xml(b, pub_speaker_label(d, k));
            sb_putc(b, '"');
            if (k != last_voice || (bl->turn && starts))
                sb_puts(b, " data-turn=\"\"");
        }
        last_voice = k;
        sb_putc(b, '>');
        xml(b, s->text);
        sb_puts(b, "</span>");
    }
    if (open != (size_t)-1)
        sb_puts(b, block_close(d->blocks[open].kind));
    if (in_list)
        sb_puts(b, "</ul>\n");
}

/* m:ss, or h:mm:ss from an hour */
static void clock(sb *b, double s)
{
    long long t = (long long)(s + 0.5);
    if (t >= 3600)
        sb_printf(b, "%lld:%02lld:%02lld", t / 3600, t / 60 % 60, t % 60);
    else
        sb_printf(b, "%lld:%02lld", t / 60, t % 60);
}

static void embedded(sb *b, const char *name)
{
    const data_file *f = data_get(name);
    if (f)
        sb_putn(b, f->bytes, f->len);
}

/* Whether the chapters show the statement's title as a heading of the first rank. */
static int has_title(const pub_render *r)
{
    const hd_plan *p = r->plan;
    for (size_t i = 0; i < p->n; i++)
        if (ra_shown(r, i) && p->doc->blocks[p->doc->sents[p->u[i].sentence].block].kind == ST_TITLE)
            return 1;
    return 0;
}

hd_status ra_player(const pub_render *r, char **out)
{
    const hd_doc *d = r->plan->doc;
    const char *title = d->title && *d->title ? d->title : "Statement";
    sb b = {0};
    sb_puts(&b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                "<meta name=\"generator\" content=\"herald " HD_VERSION "\">\n"
                "<link rel=\"icon\" href=\"data:,\">\n<title>");
    xml(&b, title);
    sb_puts(&b, "</title>\n<style>\n");
    embedded(&b, "player/player.css");
    sb_puts(&b, "</style>\n</head>\n<body>\n"
                "<a class=\"skip\" href=\"#text\">Skip to the text</a>\n"
                "<div class=\"bar\" role=\"region\" aria-label=\"Player\">\n"
                "<audio id=\"audio\" preload=\"metadata\"></audio>\n"
                "<div class=\"controls\">\n"
                "<button type=\"button\" id=\"prev-chapter\" aria-keyshortcuts=\"[\" title=\"Previous chapter ([)\">"
                "<span aria-hidden=\"true\">&#xAB;</span> <span class=\"visually-hidden\">Previous </span>Chapter</button>\n"
                "<button type=\"button\" id=\"prev-turn\" aria-keyshortcuts=\"Shift+T\" title=\"Previous speaker turn (Shift+T)\">"
                "<span aria-hidden=\"true\">&#x2039;</span> <span class=\"visually-hidden\">Previous </span>Turn</button>\n"
                "<button type=\"button\" id=\"prev\" aria-keyshortcuts=\"P ArrowLeft\" title=\"Previous sentence (P)\">"
                "<span aria-hidden=\"true\">&#x25C0;</span> <span class=\"visually-hidden\">Previous </span>Sentence</button>\n"
                "<button type=\"button\" id=\"play\" aria-keyshortcuts=\"Space K\" title=\"Play or pause (Space)\">Play</button>\n"
                "<button type=\"button\" id=\"next\" aria-keyshortcuts=\"N ArrowRight\" title=\"Next sentence (N)\">"
                "<span class=\"visually-hidden\">Next </span>Sentence <span aria-hidden=\"true\">&#x25B6;</span></button>\n"
                "<button type=\"button\" id=\"next-turn\" aria-keyshortcuts=\"T\" title=\"Next speaker turn (T)\">"
                "<span class=\"visually-hidden\">Next </span>Turn <span aria-hidden=\"true\">&#x203A;</span></button>\n"
                "<button type=\"button\" id=\"next-chapter\" aria-keyshortcuts=\"]\" title=\"Next chapter (])\">"
                "<span class=\"visually-hidden\">Next </span>Chapter <span aria-hidden=\"true\">&#xBB;</span></button>\n"
                "<label for=\"rate\">Speed</label>\n<select id=\"rate\" aria-keyshortcuts=\"+ -\">\n");
    static const char *const rates[] = {"0.75", "1", "1.25", "1.5", "1.75", "2", "2.5", "3"};
    for (size_t k = 0; k < sizeof rates / sizeof *rates; k++)
        sb_printf(&b, "<option value=\"%s\"%s>%s&#xD7;</option>\n", rates[k],
                  strcmp(rates[k], "1") == 0 ? " selected" : "", rates[k]);
    sb_puts(&b, "</select>\n</div>\n"
                "<p class=\"now\"><span id=\"where\"></span> <span id=\"time\"></span></p>\n"
                "<p id=\"say\" class=\"visually-hidden\" aria-live=\"polite\"></p>\n"
                "</div>\n<nav aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">Chapters</h2>\n<ol>\n");
    for (size_t c = 0; c < r->nch; c++) {
        const pub_chapter *ch = &r->ch[c];
        sb_printf(&b, "<li><a href=\"#c%zu\">", c + 1);
        xml(&b, ch->title);
        sb_puts(&b, "</a> <span class=\"len\">");
        clock(&b, ch->rate > 0 ? (double)ch->frames / ch->rate : 0);
        sb_puts(&b, "</span></li>\n");
    }
    sb_puts(&b, "</ol>\n</nav>\n<main id=\"text\" tabindex=\"-1\">\n");
    if (!has_title(r)) {
        sb_puts(&b, "<h1>");
        xml(&b, title);
        sb_puts(&b, "</h1>\n");
    }
    for (size_t c = 0; c < r->nch; c++) {
        const pub_chapter *ch = &r->ch[c];
        sb_printf(&b, "<section id=\"c%zu\" data-file=\"", c + 1);
        xml(&b, ch->file);
        sb_puts(&b, "\" data-duration=\"");
        seconds(&b, ch->rate > 0 ? (double)ch->frames / ch->rate : 0);
        sb_puts(&b, "\" aria-label=\"");
        xml(&b, ch->title);
        sb_puts(&b, "\">\n");
        ra_blocks(&b, r, c, 1);
        sb_puts(&b, "</section>\n");
    }
    sb_puts(&b, "</main>\n<footer>\n<details>\n<summary>Keyboard shortcuts</summary>\n<dl>\n"
                "<dt>Space or K</dt><dd>play or pause</dd>\n"
                "<dt>N or &#x2192;, P or &#x2190;</dt><dd>next, previous sentence</dd>\n"
                "<dt>T, Shift+T</dt><dd>next, previous speaker turn</dd>\n"
                "<dt>], [</dt><dd>next, previous chapter</dd>\n"
                "<dt>+, &#x2212;</dt><dd>faster, slower</dd>\n"
                "</dl>\n<p>Click a sentence to play from it.</p>\n"
                "</details>\n<p>Audio made by herald " HD_VERSION " with espeak-ng voices.</p>\n"
                "</footer>\n<script>\n");
    embedded(&b, "player/player.js");
    sb_puts(&b, "</script>\n</body>\n</html>\n");
    if (!(*out = sb_take(&b)))
        return HD_ERR_NOMEM;
    return HD_OK;
}

/* statement: recovers a statement's layout from plain text: the header (kind, title,
 * byline, date, updated, delivery note), body blocks, speakers, chapters, and through
 * segment.c the sentences of every block. Knowledge of words is data (data/en/). */
#include "statement.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <strings.h>

#include "data.h"
#include "dates.h"
#include "segment.h"
#include "speakers.h"
#include "text.h"
#include "util.h"

static const char *const kind_names[] = {"title", "byline", "meta",  "heading",
                                         "speech", "list",  "stage", "note"};

const char *st_kind_name(st_kind k) { return kind_names[k]; }

/* ------------------------------------------------------------ small word helpers */

static int starts_with_ci(const char *s, size_t n, const char *prefix)
{
    size_t k = strlen(prefix);
    return n >= k && strncasecmp(s, prefix, k) == 0;
}

static int equals_ci(const char *s, size_t n, const char *word)
{
    return strlen(word) == n && strncasecmp(s, word, n) == 0;
}

static size_t skip_spaces(const char *s, size_t i, size_t n)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

/* A full date (day, month, year) at s[0, n) as ISO, read in the statement's order
 * for numeric dates; the bytes read, or 0. */
static size_t date_iso(dt_order order, const char *s, size_t n, char iso[11])
{
    dt_date d;
    size_t k = dt_date_at(s, n, order, &d);
    return k && dt_iso(&d, iso) ? k : 0;
}

/* "10:28" or "09:01" at s: writes HH:MM into hm (6 bytes) and returns bytes read. */
static size_t parse_clock(const char *s, size_t n, char hm[6])
{
    dt_time t;
    size_t k = dt_time_at(s, n, &t);
    if (!k)
        return 0;
    int h = t.hour + (t.meridiem == 2 && t.hour < 12 ? 12 : 0) - (t.meridiem == 1 && t.hour == 12 ? 12 : 0);
    snprintf(hm, 6, "%02u:%02u", (unsigned)h % 100u, (unsigned)t.minute % 100u);
    return k;
}

/* ------------------------------------------------------------ lines */

typedef struct parser {
    hd_doc *doc;
    const char *s;
    txt_line *lines;
    size_t nlines;
    int chapter;
    int notes;      /* inside "Notes to editors" */
    int speaker;    /* current speaker, -1 none, -2 not yet known */
    int turn;       /* a cue was just read: the next speech block starts a turn */
    int transcript; /* the body has speaker cues, so name-like labels are cues too */
    dt_order order; /* how the statement writes numeric dates */
    hd_status st;
} parser;

/* The trimmed text of line i. */
static void line_span(const parser *p, size_t i, size_t *a, size_t *b)
{
    *a = p->lines[i].start;
    *b = p->lines[i].end;
    txt_trim(p->s, a, b);
}

static int line_blank(const parser *p, size_t i)
{
    return txt_is_blank(p->s, p->lines[i].start, p->lines[i].end);
}

/* Length of a bullet marker (•, ·, ▪, ‣, -, *, –) and the space after it, or 0. */
static size_t bullet_len(const char *s, size_t a, size_t b)
{
    static const char *const bullets[] = {"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x96\xAA",
                                          "\xE2\x80\xA3", "\xE2\x80\x93", "-", "*"};
    for (size_t i = 0; i < sizeof bullets / sizeof *bullets; i++) {
        size_t k = strlen(bullets[i]);
        if (b - a >= k && memcmp(s + a, bullets[i], k) == 0) {
            if (a + k == b)
                return k;
            if (s[a + k] == ' ' || s[a + k] == '\t')
                return k + 1;
            /* "-30-" and "--" are not bullets */
        }
    }
    return 0;
}

/* Length of a list number ("1. ", "2) ", "(a) ", "b) "), or 0. */
static size_t number_len(const char *s, size_t a, size_t b)
{
    size_t i = a;
    int paren = i < b && s[i] == '(';
    if (paren)
        i++;
    size_t d = i;
    while (i < b && isdigit((unsigned char)s[i]) && i - d < 3)
        i++;
    if (i == d && i < b && islower((unsigned char)s[i]))
        i++;
    if (i == d || i >= b)
        return 0;
    if (!(s[i] == ')' || (!paren && s[i] == '.' && isdigit((unsigned char)s[d]))))
        return 0;
    i++;
    if (i >= b || s[i] != ' ')
        return 0;
    return i + 1 - a;
}

static int is_stage(const char *s, size_t a, size_t b)
{
    if (b - a < 3)
        return 0;
    char o = s[a], c = s[b - 1];
    if (c == '.' && b - a > 3 && (s[b - 2] == ')' || s[b - 2] == ']'))
        c = s[b - 2];
    if (!((o == '(' && c == ')') || (o == '[' && c == ']')))
        return 0;
    for (size_t i = a + 1; i < b - 1; i++)
        if (s[i] == '(' || s[i] == ')' || s[i] == '[' || s[i] == ']')
            return 0;
    return 1;
}

static int is_end_marker(const char *s, size_t a, size_t b)
{
    size_t n = b - a;
    const char *w = s + a;
    if (equals_ci(w, n, "ENDS") || equals_ci(w, n, "ENDS.") || equals_ci(w, n, "END") ||
        equals_ci(w, n, "###") || equals_ci(w, n, "-30-") || equals_ci(w, n, "- 30 -") ||
        equals_ci(w, n, "-ENDS-") || equals_ci(w, n, "- ENDS -"))
        return 1;
    /* END 1:58 P.M. EDT */
    char hm[6];
    return n > 4 && strncmp(w, "END ", 4) == 0 && parse_clock(w + 4, n - 4, hm) > 0;
}

static int is_notes_heading(const char *s, size_t a, size_t b)
{
    size_t n = b - a;
    while (n > 0 && (s[a + n - 1] == ':' || s[a + n - 1] == '.'))
        n--;
    return equals_ci(s + a, n, "Notes to editors") || equals_ci(s + a, n, "Note to editors") ||
           equals_ci(s + a, n, "Notes for editors") || equals_ci(s + a, n, "Editor's note") ||
           equals_ci(s + a, n, "Editors' notes") || equals_ci(s + a, n, "Background");
}

/* Length of a kind line's kind ("Press conference") at s[a, b) when the line is the
 * kind alone or the kind followed by " by …" or ":"; 0 otherwise. */
static size_t kind_len(const char *s, size_t a, size_t b)
{
    const data_file *f = data_get("en/kinds.txt");
    size_t pos = 0, len, best = 0;
    const char *line;
    while (f && data_next_line(f, &pos, &line, &len)) {
        if (len > b - a || strncasecmp(s + a, line, len) != 0)
            continue;
        size_t rest = b - a - len;
        const char *r = s + a + len;
        if (rest == 0 || (rest == 1 && r[0] == ':') || starts_with_ci(r, rest, " by ") ||
            starts_with_ci(r, rest, " of ") || starts_with_ci(r, rest, " with ") || (r[0] == ':' && rest > 1))
            if (len > best)
                best = len;
    }
    return best;
}

static int ends_with_terminal(const char *s, size_t a, size_t b)
{
    while (b > a && (s[b - 1] == '"' || s[b - 1] == ')' || s[b - 1] == '\''))
        b--;
    if (b >= a + 3 && memcmp(s + b - 3, "\xE2\x80\x9D", 3) == 0)
        b -= 3;
    return b > a && strchr(".!?:;,", s[b - 1]) != NULL;
}

static size_t count_words(const char *s, size_t a, size_t b)
{
    size_t w = 0;
    int in = 0;
    for (size_t i = a; i < b; i++) {
        int sp = s[i] == ' ' || s[i] == '\t';
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

/* ------------------------------------------------------------ building the doc */

static int add_block(parser *p, st_kind kind, size_t a, size_t b, int speaker, int header)
{
    hd_doc *d = p->doc;
    txt_trim(p->s, &a, &b);
    if (a >= b)
        return 0;
    if (grow((void **)&d->blocks, &d->cap_blocks, d->nblocks + 1, sizeof *d->blocks) != 0) {
        p->st = HD_ERR_NOMEM;
        return -1;
    }
    st_block *k = &d->blocks[d->nblocks++];
    k->kind = kind;
    k->start = a;
    k->end = b;
    k->speaker = speaker;
    k->chapter = p->chapter;
    k->header = header;
    k->turn = 0;
    k->cont = 0;
    k->quoted = 0;
    if (p->turn && (kind == ST_SPEECH || kind == ST_LIST)) {
        k->turn = 1;
        p->turn = 0;
    }
    return 0;
}

static int add_chapter(parser *p, const char *title, size_t n)
{
    hd_doc *d = p->doc;
    if (grow((void **)&d->chapters, &d->cap_chapters, d->nchapters + 1, sizeof *d->chapters) != 0 ||
        !(d->chapters[d->nchapters].title = xstrndup(title, n))) {
        p->st = HD_ERR_NOMEM;
        return -1;
    }
    d->nchapters++;
    p->chapter = (int)d->nchapters;
    return 0;
}

static int set_field(parser *p, char **field, const char *s, size_t a, size_t b)
{
    if (*field)
        return 0;
    if (!(*field = txt_clean(s, a, b))) {
        p->st = HD_ERR_NOMEM;
        return -1;
    }
    return 0;
}

static int set_date(parser *p, const char *iso)
{
    if (p->doc->date)
        return 0;
    if (!(p->doc->date = xstrdup(iso))) {
        p->st = HD_ERR_NOMEM;
        return -1;
    }
    return 0;
}

/* "Last updated: 7 Oct. 2024 10:28" (also without the colon). */
static int header_updated(parser *p, size_t a, size_t b)
{
    const char *s = p->s;
    static const char prefix[] = "Last updated";
    if (!starts_with_ci(s + a, b - a, prefix))
        return 0;
    size_t i = a + sizeof prefix - 1;
    if (i < b && s[i] == ':')
        i++;
    i = skip_spaces(s, i, b);
    char iso[11], hm[6], buf[17];
    size_t k = date_iso(p->order, s + i, b - i, iso);
    if (!k)
        return 1; /* recognised, nothing to keep */
    i = skip_spaces(s, i + k, b);
    if (parse_clock(s + i, b - i, hm))
        snprintf(buf, sizeof buf, "%sT%s", iso, hm);
    else
        snprintf(buf, sizeof buf, "%s", iso);
    if (!p->doc->updated && !(p->doc->updated = xstrdup(buf)))
        p->st = HD_ERR_NOMEM;
    return 1;
}

static int is_delivery_note(const char *s, size_t a, size_t b)
{
    size_t n = b - a;
    const char *w = s + a;
    if (n >= 2 && ((w[0] == '(' && w[n - 1] == ')') || (w[0] == '[' && w[n - 1] == ']'))) {
        w++;
        n -= 2;
    }
    while (n > 0 && w[n - 1] == '.')
        n--;
    return equals_ci(w, n, "As delivered") || equals_ci(w, n, "Check against delivery") ||
           equals_ci(w, n, "As prepared for delivery") || equals_ci(w, n, "As prepared") ||
           equals_ci(w, n, "Embargoed until delivery") || equals_ci(w, n, "Unofficial transcript");
}

/* A header line other than title, kind and byline; adds its block and returns 1, or
 * returns 0 when the line is none of them. */
static int header_meta(parser *p, size_t a, size_t b, int dry)
{
    const char *s = p->s;
    hd_doc *d = p->doc;
    char iso[11], hm[6];
    size_t bl = bullet_len(s, a, b);
    if (bl) {
        size_t x = a + bl, y = b;
        txt_trim(s, &x, &y);
        /* "7 Oct. 2024 -": a dangling dash is layout, not speech. */
        while (y > x && (s[y - 1] == '-' || s[y - 1] == ' ' || s[y - 1] == '|'))
            y--;
        if (x >= y)
            return 1; /* "•  |" */
        if (dry || header_updated(p, x, y))
            return 1;
        size_t k = date_iso(p->order, s + x, y - x, iso);
        if (k && set_date(p, iso) != 0)
            return 1;
        add_block(p, ST_META, x, y, -1, 1);
        return 1;
    }
    if (dry && starts_with_ci(s + a, b - a, "Last updated"))
        return 1;
    if (!dry && header_updated(p, a, b))
        return 1;
    if (is_delivery_note(s, a, b)) {
        if (dry)
            return 1;
        set_field(p, &d->delivery, s, a, b);
        size_t x = a, y = b;
        if (s[x] == '(' || s[x] == '[') {
            x++;
            y--;
        }
        add_block(p, ST_META, x, y, -1, 1);
        return 1;
    }
    static const char release[] = "For immediate release";
    if (starts_with_ci(s + a, b - a, release) || starts_with_ci(s + a, b - a, "Embargoed")) {
        if (dry)
            return 1;
        size_t i = a + (starts_with_ci(s + a, b - a, release) ? sizeof release - 1 : 0);
        while (i < b && (s[i] == ':' || s[i] == ' ' || s[i] == ','))
            i++;
        while (i < b && ((i > a && isalnum((unsigned char)s[i - 1])) || !date_iso(p->order, s + i, b - i, iso)))
            i++;
        if (i < b && date_iso(p->order, s + i, b - i, iso))
            set_date(p, iso);
        add_block(p, ST_META, a, b, -1, 1);
        return 1;
    }
    /* A date line, or a place-date line ("Brussels, 3 March 2023"), or a time line. */
    size_t k = date_iso(p->order, s + a, b - a, iso);
    if (!k) {
        const char *comma = memchr(s + a, ',', b - a);
        if (comma && count_words(s, a, (size_t)(comma - s)) <= 3) {
            size_t c = skip_spaces(s, (size_t)(comma - s) + 1, b);
            k = date_iso(p->order, s + c, b - c, iso);
            if (k)
                k += c - a;
        }
    }
    if (k && skip_spaces(s, a + k, b) == b) {
        if (dry)
            return 1;
        set_date(p, iso);
        add_block(p, ST_META, a, b, -1, 1);
        return 1;
    }
    if (parse_clock(s + a, b - a, hm) && count_words(s, a, b) <= 4) {
        if (dry)
            return 1;
        add_block(p, ST_META, a, b, -1, 1);
        return 1;
    }
    return 0;
}

/* Next non-blank line at or after i, or nlines. */
static size_t next_content(const parser *p, size_t i)
{
    while (i < p->nlines && line_blank(p, i))
        i++;
    return i;
}

/* Reads the header from the top; returns the first body line. */
static size_t parse_header(parser *p)
{
    const char *s = p->s;
    hd_doc *d = p->doc;
    size_t i = next_content(p, 0), body = i;
    int seen = 0;

    if (add_chapter(p, "Introduction", strlen("Introduction")) != 0)
        return 0;
    while (i < p->nlines && p->st == HD_OK) {
        size_t a, b;
        line_span(p, i, &a, &b);
        size_t kl = kind_len(s, a, b);
        size_t after = next_content(p, i + 1);
        size_t na = 0, nb = 0;
        if (after < p->nlines)
            line_span(p, after, &na, &nb);
        if (kl && !d->kind) {
            set_field(p, &d->kind, s, a, a + kl);
            size_t r = skip_spaces(s, a + kl, b);
            if (r < b && s[r] == ':')
                r = skip_spaces(s, r + 1, b);
            if (r < b && (starts_with_ci(s + r, b - r, "by ") || starts_with_ci(s + r, b - r, "with "))) {
                /* "Press conference by …": the line is the title, the rest the byline. */
                set_field(p, &d->title, s, a, b);
                add_block(p, ST_TITLE, a, a + kl, -1, 1);
                set_field(p, &d->byline, s, r, b);
                add_block(p, ST_BYLINE, r, b, -1, 1);
            } else if (r < b && kl < b - a && s[a + kl] == ':') {
                /* "Statement: title" */
                add_block(p, ST_TITLE, a, b, -1, 1);
                set_field(p, &d->title, s, r, b);
            } else {
                add_block(p, ST_TITLE, a, b, -1, 1);
            }
        } else if ((starts_with_ci(s + a, b - a, "by ") ||
                    (d->kind && starts_with_ci(s + a, b - a, "with "))) && !d->byline) {
            set_field(p, &d->byline, s, a, b);
            add_block(p, ST_BYLINE, a, b, -1, 1);
        } else if (header_meta(p, a, b, 0)) {
            /* added */
        } else if ((d->title || d->byline) && !ends_with_terminal(s, a, b) &&
                   count_words(s, a, b) <= 8 && after < p->nlines && header_meta(p, na, nb, 1)) {
            /* A place line before a time or date line: "North Briefing Room". */
            add_block(p, ST_META, a, b, -1, 1);
        } else if (!d->title && !ends_with_terminal(s, a, b) && count_words(s, a, b) <= 25 &&
                   (seen || (after < p->nlines && (i + 1 >= p->nlines || line_blank(p, i + 1))))) {
            set_field(p, &d->title, s, a, b);
            add_block(p, ST_TITLE, a, b, -1, 1);
        } else {
            break;
        }
        seen = 1;
        i = next_content(p, i + 1);
        body = i;
    }
    if (!d->title && d->kind && p->st == HD_OK) {
        /* No title line: the kind and byline name the statement. */
        sb t = {0};
        sb_puts(&t, d->kind);
        if (d->byline) {
            sb_putc(&t, ' ');
            sb_puts(&t, d->byline);
        }
        if (!(d->title = sb_take(&t)))
            p->st = HD_ERR_NOMEM;
    }
    return body;
}

/* The current speaker of unlabelled speech: whoever spoke last, or before any cue
 * the byline's first person. */
static int current_speaker(parser *p)
{
    if (p->speaker == -2 && p->st == HD_OK) {
        int who = -1;
        p->st = spk_default(p->doc, &who);
        p->speaker = who;
    }
    return p->speaker;
}

/* Is s[i] at a sentence boundary looking back: the start of the run, or after . ! ?
 * and any closers? */
static int boundary_before(const char *s, size_t a, size_t i)
{
    while (i > a && (s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\n' || s[i - 1] == '\r'))
        i--;
    while (i > a && (s[i - 1] == '"' || s[i - 1] == '\'' || s[i - 1] == ')'))
        i--;
    if (i >= a + 3 && (memcmp(s + i - 3, "\xE2\x80\x9D", 3) == 0 || memcmp(s + i - 3, "\xE2\x80\xA6", 3) == 0))
        return 1;
    return i == a || s[i - 1] == '.' || s[i - 1] == '!' || s[i - 1] == '?';
}

/* Adds speech (or notes) s[a, b), with stage directions that stand between sentences
 * ("… we will win. (Applause.) And …") as blocks of their own. */
static st_block *last_block(parser *p)
{
    return p->doc->nblocks ? &p->doc->blocks[p->doc->nblocks - 1] : NULL;
}

static int is_open_quote(const char *s, size_t i, size_t b)
{
    return s[i] == '"' || (i + 3 <= b && memcmp(s + i, "\xE2\x80\x9C", 3) == 0);
}

/* Where the quotation opened at q closes (just past the mark), or 0. */
static size_t quote_end(const char *s, size_t q, size_t b)
{
    size_t i = q + (s[q] == '"' ? 1 : 3);
    for (; i < b && s[i] != '\n'; i++) {
        if (s[i] == '"')
            return i + 1;
        if (i + 3 <= b && memcmp(s + i, "\xE2\x80\x9D", 3) == 0)
            return i + 3;
    }
    return 0;
}

/* Speech with no speaker (a press release): a quotation attributed to a person
 * ('"We listened," said Councillor Ana Ruiz.') is voiced by that person, the
 * attribution by the narrator; a quotation right after one is the same person's. */
static void add_quoted(parser *p, st_kind kind, size_t a, size_t b, int first)
{
    const char *s = p->s;
    size_t from = a;
    int last = -1;
    size_t none_before = 0; /* no closing mark in [scan start, none_before) up to a line end */
    for (size_t q = a; q < b && p->st == HD_OK; q++) {
        if (!is_open_quote(s, q, b) || (q > a && s[q - 1] != ' ' && s[q - 1] != '\n'))
            continue;
        if (q < none_before)
            continue;
        size_t e = quote_end(s, q, b);
        if (!e) {
            size_t l = q + 1;
            while (l < b && s[l] != '\n')
                l++;
            none_before = l;
        }
        if (!e)
            continue;
        int who = -1;
        size_t attr_end = e;
        if ((p->st = spk_attribution(p->doc, e, b, &who, &attr_end)) != HD_OK)
            return;
        int alone = who < 0 && last >= 0 && boundary_before(s, from, q);
        if (who < 0 && !alone) {
            q = e - 1;
            continue;
        }
        if (who < 0)
            who = last;
        if (q > from) {
            add_block(p, kind, from, q, -1, 0);
            if (last_block(p))
                last_block(p)->cont = !first || from > a;
        }
        add_block(p, kind, q, e, who, 0);
        if (last_block(p)) {
            last_block(p)->quoted = 1;
            last_block(p)->cont = !first || q > a;
        }
        if (attr_end > e) {
            add_block(p, kind, e, attr_end, -1, 0);
            if (last_block(p))
                last_block(p)->cont = 1;
        }
        last = who;
        from = attr_end;
        q = attr_end - 1;
    }
    if (from < b && p->st == HD_OK) {
        add_block(p, kind, from, b, -1, 0);
        if (last_block(p) && from > a)
            last_block(p)->cont = 1;
    }
}

/* Adds one piece of prose: with quotations voiced where the text has no speaker. */
static void add_piece(parser *p, st_kind kind, size_t a, size_t b, int first)
{
    if (kind == ST_SPEECH && !p->transcript && current_speaker(p) < 0 && p->st == HD_OK) {
        add_quoted(p, kind, a, b, first);
        return;
    }
    add_block(p, kind, a, b, kind == ST_NOTE ? -1 : current_speaker(p), 0);
    if (!first && last_block(p))
        last_block(p)->cont = 1;
}

static void add_prose(parser *p, st_kind kind, size_t a, size_t b)
{
    const char *s = p->s;
    size_t from = a;
    for (size_t i = a; i < b && p->st == HD_OK; i++) {
        if (s[i] != '(' && s[i] != '[')
            continue;
        char close = s[i] == '(' ? ')' : ']';
        size_t e = i + 1;
        while (e < b && s[e] != close && s[e] != '\n' && e - i < 80)
            e++;
        if (e >= b || s[e] != close)
            continue;
        e++;
        if (e < b && s[e] == '.')
            e++;
        if (!spk_is_stage(s, i, e) || !boundary_before(s, from, i))
            continue;
        size_t n = e;
        while (n < b && (s[n] == ' ' || s[n] == '\t' || s[n] == '\n' || s[n] == '\r'))
            n++;
        if (n < b && islower((unsigned char)s[n]))
            continue; /* inside a sentence: left to the speech stage */
        if (i > from)
            add_piece(p, kind, from, i, from == a);
        add_block(p, ST_STAGE, i, e, -1, 0);
        if (last_block(p))
            last_block(p)->cont = 1;
        from = e;
        i = e - 1;
    }
    if (from < b && p->st == HD_OK)
        add_piece(p, kind, from, b, from == a);
}

/* Speaker cues decide speakers only where the statement has them: a cue with a role,
 * title, Q or A anywhere, or a name-like label used twice. */
static void find_transcript(parser *p, size_t from)
{
    size_t labels[64][2];
    size_t nlabels = 0;
    for (size_t i = from; i < p->nlines && !p->transcript; i++) {
        size_t a, b;
        line_span(p, i, &a, &b);
        spk_cue c;
        if (!spk_read_cue(p->s, a, b, &c))
            continue;
        if (c.strong) {
            p->transcript = 1;
            break;
        }
        size_t n = c.label_end - c.label_start;
        for (size_t k = 0; k < nlabels; k++)
            if (labels[k][1] == n && memcmp(p->s + labels[k][0], p->s + c.label_start, n) == 0)
                p->transcript = 1;
        if (nlabels < 64) {
            labels[nlabels][0] = c.label_start;
            labels[nlabels][1] = n;
            nlabels++;
        }
    }
}

/* Body: paragraphs separated by blank lines; inside one, speaker cues, list items,
 * stage directions and end markers start at the beginning of a line, the rest is
 * speech. */
static void parse_body(parser *p, size_t from, int plain)
{
    const char *s = p->s;
    hd_doc *d = p->doc;
    size_t i = next_content(p, from);
    int body_chapter = 0;

    p->speaker = plain ? -1 : -2;
    if (!plain)
        find_transcript(p, from);
    while (i < p->nlines && p->st == HD_OK) {
        size_t end = i;
        while (end < p->nlines && !line_blank(p, end))
            end++;
        size_t a, b;
        line_span(p, i, &a, &b);
        int last = next_content(p, end) >= p->nlines;
        spk_cue cue;
        int is_cue = !plain && spk_read_cue(s, a, b, &cue) && (cue.strong || p->transcript);

        if (!plain && end == i + 1 && is_notes_heading(s, a, b)) {
            p->notes = 1;
            if (add_chapter(p, s + a, b - a) != 0)
                return;
            body_chapter = 1;
            add_block(p, ST_HEADING, a, b, -1, 0);
            i = next_content(p, end);
            continue;
        }
        if (!plain && end == i + 1 && !last && !is_cue && !ends_with_terminal(s, a, b) &&
            count_words(s, a, b) <= 12 && b - a <= 90 && !bullet_len(s, a, b) &&
            !number_len(s, a, b) && !is_stage(s, a, b) && !is_end_marker(s, a, b)) {
            char *title = txt_clean(s, a, b);
            if (!title || add_chapter(p, title, strlen(title)) != 0) {
                p->st = HD_ERR_NOMEM;
                free(title);
                return;
            }
            free(title);
            body_chapter = 1;
            add_block(p, ST_HEADING, a, b, -1, 0);
            i = next_content(p, end);
            continue;
        }
        if (!body_chapter) {
            const char *t = plain ? "Text" : d->kind ? d->kind : "Statement";
            if (add_chapter(p, t, strlen(t)) != 0)
                return;
            body_chapter = 1;
        }
        st_kind prose = p->notes ? ST_NOTE : ST_SPEECH;
        size_t run = SIZE_MAX; /* start of the current run of prose lines */
        size_t run_end = 0;
        for (size_t k = i; k < end && p->st == HD_OK; k++) {
            line_span(p, k, &a, &b);
            if (!plain && !p->notes && spk_read_cue(s, a, b, &cue) &&
                (cue.strong || p->transcript)) {
                if (run != SIZE_MAX)
                    add_prose(p, prose, run, run_end);
                run = SIZE_MAX;
                int who = -1;
                if ((p->st = spk_resolve(d, &cue, p->speaker, &who)) != HD_OK)
                    return;
                p->speaker = who;
                p->turn = 1;
                if (cue.text_start < b) {
                    run = cue.text_start;
                    run_end = b;
                }
                continue;
            }
            size_t ml = plain ? 0 : bullet_len(s, a, b);
            if (!plain && !ml)
                ml = number_len(s, a, b);
            int special = !plain && (ml || is_stage(s, a, b) || is_end_marker(s, a, b));
            if (!special) {
                if (run == SIZE_MAX)
                    run = a;
                run_end = b;
                continue;
            }
            if (run != SIZE_MAX) {
                add_prose(p, prose, run, run_end);
                run = SIZE_MAX;
            }
            if (ml)
                add_block(p, p->notes ? ST_NOTE : ST_LIST, a + ml, b,
                          p->notes ? -1 : current_speaker(p), 0);
            else if (is_stage(s, a, b))
                add_block(p, ST_STAGE, a, b, -1, 0);
            /* end markers are not spoken */
        }
        if (run != SIZE_MAX)
            add_prose(p, prose, run, run_end);
        i = next_content(p, end);
    }
}

static hd_status add_sentence(hd_doc *d, size_t block, size_t a, size_t b)
{
    if (grow((void **)&d->sents, &d->cap_sents, d->nsents + 1, sizeof *d->sents) != 0)
        return HD_ERR_NOMEM;
    st_sentence *t = &d->sents[d->nsents];
    t->block = block;
    t->start = a;
    t->end = b;
    if (!(t->text = txt_clean(d->src, a, b)))
        return HD_ERR_NOMEM;
    if (!t->text[0]) {
        free(t->text);
        return HD_OK;
    }
    d->nsents++;
    return HD_OK;
}

static hd_status split_sentences(hd_doc *d)
{
    for (size_t i = 0; i < d->nblocks; i++) {
        st_block *k = &d->blocks[i];
        hd_status st;
        if (k->kind != ST_SPEECH && k->kind != ST_LIST && k->kind != ST_NOTE) {
            if ((st = add_sentence(d, i, k->start, k->end)) != HD_OK)
                return st;
            continue;
        }
        seg_span *v = NULL;
        size_t n = 0;
        if ((st = seg_split(d->src, k->start, k->end, &v, &n)) != HD_OK)
            return st;
        for (size_t j = 0; j < n && st == HD_OK; j++)
            st = add_sentence(d, i, v[j].start, v[j].end);
        free(v);
        if (st != HD_OK)
            return st;
    }
    return HD_OK;
}

/* Drops chapters no block belongs to and renumbers the rest: one pass marks the
 * chapters in use, one numbers them, one renumbers the blocks. HD_ERR_NOMEM. */
static hd_status prune_chapters(hd_doc *d)
{
    int *map = calloc(d->nchapters + 1, sizeof *map);
    if (!map)
        return HD_ERR_NOMEM;
    for (size_t i = 0; i < d->nblocks; i++)
        if (d->blocks[i].chapter >= 1 && (size_t)d->blocks[i].chapter <= d->nchapters)
            map[d->blocks[i].chapter] = 1;
    size_t w = 0;
    for (size_t c = 0; c < d->nchapters; c++) {
        if (!map[c + 1]) {
            free(d->chapters[c].title);
            continue;
        }
        map[c + 1] = (int)w + 1;
        d->chapters[w++] = d->chapters[c];
    }
    for (size_t i = 0; i < d->nblocks; i++)
        if (d->blocks[i].chapter >= 1)
            d->blocks[i].chapter = map[d->blocks[i].chapter];
    d->nchapters = w;
    free(map);
    return HD_OK;
}

/* 1 when some sentence has a letter or a digit: "..." alone says nothing. */
static int has_words(const hd_doc *d)
{
    for (size_t i = 0; i < d->nsents; i++) {
        const char *t = d->sents[i].text;
        size_t n = strlen(t), k = 0;
        while (k < n) {
            int32_t c = txt_next(t, n, &k);
            utf8proc_category_t cat = utf8proc_category(c);
            if ((cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO))
                return 1;
        }
    }
    return 0;
}

hd_parse_options hd_parse_options_default(void)
{
    hd_parse_options o = {0};
    return o;
}

hd_status hd_doc_parse(const char *bytes, size_t len, const hd_parse_options *opt,
                       hd_doc **out, hd_diag *diag)
{
    hd_doc *d = NULL;
    parser p = {0};
    hd_status st = HD_OK;
    hd_parse_options o = opt ? *opt : hd_parse_options_default();

    if (!out || (!bytes && len > 0))
        return HD_ERR_ARG;
    *out = NULL;
    if ((st = txt_validate(bytes ? bytes : "", len, diag)) != HD_OK)
        goto out;
    if (!(d = calloc(1, sizeof *d)) || !(d->src = xstrndup(bytes ? bytes : "", len))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    d->len = len;
    p.doc = d;
    p.s = d->src;
    p.order = d->date_order = dt_guess_order(d->src, len);
    if ((st = txt_lines(d->src, len, txt_bom(d->src, len), &p.lines, &p.nlines)) != HD_OK)
        goto out;

    size_t body = 0;
    if (!o.plain) {
        body = parse_header(&p);
        if (p.st == HD_OK)
            p.st = spk_byline_people(d);
    }
    if (p.st == HD_OK)
        parse_body(&p, body, o.plain);
    if ((st = p.st) != HD_OK)
        goto out;
    if ((st = prune_chapters(d)) != HD_OK || (st = split_sentences(d)) != HD_OK)
        goto out;
    if (d->nsents == 0) {
        diag_set(diag, 0, 0, "empty statement: nothing to speak");
        st = HD_ERR_EMPTY;
        goto out;
    }
    if (!has_words(d)) {
        diag_set(diag, 0, 0, "nothing to speak: no letters or digits");
        st = HD_ERR_EMPTY;
        goto out;
    }
    *out = d;
    d = NULL;
out:
    if (st == HD_ERR_NOMEM)
        diag_set(diag, 0, 0, "out of memory");
    free(p.lines);
    hd_doc_free(d);
    return st;
}

void hd_doc_free(hd_doc *d)
{
    if (!d)
        return;
    free(d->src);
    free(d->kind);
    free(d->title);
    free(d->byline);
    free(d->date);
    free(d->updated);
    free(d->delivery);
    free(d->blocks);
    for (size_t i = 0; i < d->nspeakers; i++) {
        free(d->speakers[i].id);
        free(d->speakers[i].name);
        free(d->speakers[i].role);
        free(d->speakers[i].outlet);
    }
    for (size_t i = 0; i < d->npeople; i++) {
        free(d->people[i].name);
        free(d->people[i].role);
    }
    free(d->people);
    spk_index_free(d->who);
    free(d->speakers);
    for (size_t i = 0; i < d->nchapters; i++)
        free(d->chapters[i].title);
    free(d->chapters);
    for (size_t i = 0; i < d->nsents; i++)
        free(d->sents[i].text);
    free(d->sents);
    free(d);
}

hd_header hd_doc_header(const hd_doc *d)
{
    hd_header h = {d->kind, d->title, d->byline, d->date, d->updated, d->delivery};
    return h;
}

size_t hd_doc_sentence_count(const hd_doc *d) { return d ? d->nsents : 0; }

hd_status hd_doc_sentence(const hd_doc *d, size_t i, hd_sentence *out)
{
    if (!d || !out || i >= d->nsents)
        return HD_ERR_ARG;
    const st_sentence *t = &d->sents[i];
    const st_block *k = &d->blocks[t->block];
    out->chapter = k->chapter;
    out->block = t->block + 1;
    out->kind = st_kind_name(k->kind);
    out->speaker = k->speaker >= 0 ? d->speakers[k->speaker].id : NULL;
    out->start = t->start;
    out->end = t->end;
    out->text = t->text;
    return HD_OK;
}

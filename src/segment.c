/* segment: sentence boundaries inside a block. A sentence ends at . ! ? or an
 * ellipsis (with any closing quotes and brackets after it) followed by white space,
 * unless what follows or the word before says otherwise: a lower-case continuation, a
 * known abbreviation, an initial, a list number. */
#include "segment.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "data.h"
#include "text.h"
#include "util.h"

int seg_abbreviation(const char *word, size_t len)
{
    const data_file *f = data_get("en/abbreviations.txt");
    size_t pos = 0, n;
    const char *line;
    while (f && data_next_line(f, &pos, &line, &n)) {
        const char *sp = memchr(line, ' ', n);
        if (!sp)
            continue;
        size_t k = (size_t)(sp - line);
        if (k == len && strncasecmp(line, word, len) == 0) {
            const char *cls = sp + 1;
            return cls[0] == 't' ? 't' : cls[0] == 'i' ? 'i' : 'o';
        }
    }
    return 0;
}

static int is_terminal(int32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

static int is_closer(int32_t c)
{
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
           c == 0xBB;
}

static int is_upper(int32_t c)
{
    return utf8proc_category(c) == UTF8PROC_CATEGORY_LU || utf8proc_category(c) == UTF8PROC_CATEGORY_LT;
}

static int is_lower(int32_t c) { return utf8proc_category(c) == UTF8PROC_CATEGORY_LL; }

static int is_letter(int32_t c)
{
    utf8proc_category_t k = utf8proc_category(c);
    return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}

static int is_digit(int32_t c) { return c >= '0' && c <= '9'; }

/* Is the word after the white space that follows `dot` a common sentence starter? */
static int is_starter(const char *s, size_t dot, size_t b)
{
    size_t i = dot + 1;
    while (i < b && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    size_t e = i;
    while (e < b && ((s[e] >= 'a' && s[e] <= 'z') || (s[e] >= 'A' && s[e] <= 'Z')))
        e++;
    const data_file *f = data_get("en/starters.txt");
    size_t pos = 0, n;
    const char *line;
    while (f && e > i && data_next_line(f, &pos, &line, &n)) {
        for (size_t k = 0; k < n;) {
            size_t w = k;
            while (k < n && line[k] != ' ')
                k++;
            if (k - w == e - i && memcmp(line + w, s + i, e - i) == 0)
                return 1;
            while (k < n && line[k] == ' ')
                k++;
        }
    }
    return 0;
}

/* Does a stop at `dot` (s[dot] == '.') end a sentence, given the first character
 * of what follows (`next`, 0 at the end)? Looks at the word before the stop. */
static int stop_ends_sentence(const char *s, size_t a, size_t b, size_t dot, int32_t next)
{
    size_t w = dot;
    while (w > a) {
        size_t st;
        int32_t c = txt_prev(s, a, w, &st);
        if (!is_letter(c) && !is_digit(c) && c != '.')
            break;
        w = st;
    }
    size_t len = dot - w;
    if (len == 0)
        return 1;
    int cls = seg_abbreviation(s + w, len);
    if (cls == 't' || cls == 'i')
        return next == 0;
    if (next == 0)
        return 1;
    if (cls == 'o') {
        if (!is_upper(next))
            return 0;
        return memchr(s + w, '.', len) ? is_starter(s, dot, b) : 1;
    }
    /* An initial (J. Smith) or a list number at the start of the block (1. First). */
    size_t j = w;
    int32_t first = txt_next(s, dot, &j);
    if (j == dot && is_upper(first) && is_upper(next))
        return 0;
    if (w == a) {
        size_t k = w;
        while (k < dot && is_digit((int32_t)(unsigned char)s[k]))
            k++;
        if (k == dot)
            return 0;
    }
    return !is_lower(next);
}

hd_status seg_split(const char *s, size_t a, size_t b, seg_span **out, size_t *n)
{
    seg_span *v = NULL;
    size_t cap = 0, k = 0, start = a, i = a;

    while (i < b) {
        size_t at = i;
        int32_t c = txt_next(s, b, &i);
        if (!is_terminal(c))
            continue;
        /* The run of terminal marks and closers that ends here. */
        size_t j = i;
        int only_stops = c == '.', count = 1;
        while (j < b) {
            size_t t = j;
            int32_t d = txt_next(s, b, &t);
            if (is_terminal(d)) {
                only_stops &= d == '.';
                count++;
            } else if (!is_closer(d)) {
                break;
            }
            j = t;
        }
        size_t after = j;
        int32_t next = 0;
        if (after < b) {
            size_t t = after;
            int32_t d = txt_next(s, b, &t);
            if (!txt_is_space(d)) {
                i = j;
                continue; /* 3.5, U.S.A., e.g.x: no white space, no boundary */
            }
            while (t < b) {
                size_t u = t;
                d = txt_next(s, b, &u);
                if (!txt_is_space(d)) {
                    next = d;
                    break;
                }
                t = u;
            }
        }
        int ends;
        if (only_stops && count == 1)
            ends = stop_ends_sentence(s, a, b, at, next);
        else
            ends = next == 0 || !is_lower(next);
        if (ends) {
            size_t x = start, y = after;
            txt_trim(s, &x, &y);
            if (x < y) {
                if (grow((void **)&v, &cap, k + 1, sizeof *v) != 0)
                    goto oom;
                v[k].start = x;
                v[k].end = y;
                k++;
            }
            start = after;
        }
        i = j;
    }
    size_t x = start, y = b;
    txt_trim(s, &x, &y);
    if (x < y) {
        if (grow((void **)&v, &cap, k + 1, sizeof *v) != 0)
            goto oom;
        v[k].start = x;
        v[k].end = y;
        k++;
    }
    *out = v;
    *n = k;
    return HD_OK;
oom:
    free(v);
    return HD_ERR_NOMEM;
}

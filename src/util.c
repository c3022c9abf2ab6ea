/* util: growable strings and arrays, JSON string escaping, diagnostics. */
#include "util.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int sb_reserve(sb *b, size_t extra)
{
    if (b->oom)
        return -1;
    if (extra > SIZE_MAX - b->len - 1) {
        b->oom = 1;
        return -1;
    }
    if (grow((void **)&b->s, &b->cap, b->len + extra + 1, 1) != 0) {
        b->oom = 1;
        return -1;
    }
    return 0;
}

void sb_putn(sb *b, const char *s, size_t n)
{
    if (sb_reserve(b, n) != 0)
        return;
    if (n)
        memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void sb_puts(sb *b, const char *s) { sb_putn(b, s, strlen(s)); }

void sb_putc(sb *b, char c)
{
    if (b->s && b->len + 1 < b->cap) {
        b->s[b->len++] = c;
        b->s[b->len] = '\0';
        return;
    }
    sb_putn(b, &c, 1);
}

void sb_printf(sb *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || sb_reserve(b, (size_t)n) != 0)
        return;
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void sb_json_str(sb *b, const char *s)
{
    if (!s) {
        sb_puts(b, "null");
        return;
    }
    sb_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        /* a run that needs no escape goes in one copy */
        const unsigned char *q = p;
        while (*q >= 0x20 && *q != '"' && *q != '\\')
            q++;
        if (q > p) {
            sb_putn(b, (const char *)p, (size_t)(q - p));
            p = q;
            if (!*p)
                break;
        }
        switch (*p) {
        case '"': sb_puts(b, "\\\""); break;
        case '\\': sb_puts(b, "\\\\"); break;
        case '\n': sb_puts(b, "\\n"); break;
        case '\r': sb_puts(b, "\\r"); break;
        case '\t': sb_puts(b, "\\t"); break;
        default:
            if (*p < 0x20)
                sb_printf(b, "\\u%04x", *p);
            else
                sb_putc(b, (char)*p);
        }
    }
    sb_putc(b, '"');
}

void sb_json_num(sb *b, double x)
{
    /* The shortest %.*g that reads back as the same double; JSON has no infinity
     * or NaN, so those are null. */
    char buf[40];
    if (!isfinite(x)) {
        sb_puts(b, "null");
        return;
    }
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, x);
        if (strtod(buf, NULL) == x)
            break;
    }
    sb_puts(b, buf);
}

char *sb_take(sb *b)
{
    char *s = b->s;
    if (!s && !b->oom)
        s = xstrdup("");
    b->s = NULL;
    b->len = b->cap = 0;
    return s;
}

void sb_free(sb *b)
{
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
    b->oom = 0;
}

int grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    size_t n = *cap ? *cap : 8;
    while (n < need) {
        if (n > SIZE_MAX / 2)
            return -1;
        n *= 2;
    }
    if (size && n > SIZE_MAX / size)
        return -1;
    void *q = realloc(*p, n * size);
    if (!q)
        return -1;
    *p = q;
    *cap = n;
    return 0;
}

char *xstrndup(const char *s, size_t n)
{
    if (n == SIZE_MAX)
        return NULL;
    char *d = malloc(n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *xstrdup(const char *s) { return s ? xstrndup(s, strlen(s)) : NULL; }

static int is_blank_char(char c) { return c == ' ' || c == '\t' || c == '\r'; }

int conf_line(const char *text, size_t len, size_t *pos, unsigned long *line, size_t *a,
              size_t *b, int inline_comments)
{
    while (*pos < len) {
        size_t x = *pos, y = x;
        while (y < len && text[y] != '\n')
            y++;
        *pos = y + 1;
        (*line)++;
        const char *hash = inline_comments ? memchr(text + x, '#', y - x) : NULL;
        if (hash)
            y = (size_t)(hash - text);
        while (x < y && is_blank_char(text[x]))
            x++;
        while (y > x && is_blank_char(text[y - 1]))
            y--;
        if (x < y && text[x] != '#') {
            *a = x;
            *b = y;
            return 1;
        }
    }
    return 0;
}

int conf_pair(const char *text, size_t a, size_t b, char sep, size_t *ka, size_t *kb,
              size_t *va, size_t *vb)
{
    const char *s = memchr(text + a, sep, b - a);
    if (!s)
        return 0;
    size_t ke = (size_t)(s - text), vs = ke + 1;
    while (ke > a && is_blank_char(text[ke - 1]))
        ke--;
    while (vs < b && is_blank_char(text[vs]))
        vs++;
    *ka = a;
    *kb = ke;
    *va = vs;
    *vb = b;
    return ke > a && vs < b;
}

char *path_join(const char *dir, const char *name)
{
    sb b = {0};
    sb_printf(&b, "%s/%s", dir, name);
    return b.oom ? (sb_free(&b), NULL) : sb_take(&b);
}

char *path_part(const char *dir, const char *name)
{
    sb b = {0};
    sb_printf(&b, "%s/.%s.part-%ld", dir, name, (long)getpid());
    return b.oom ? (sb_free(&b), NULL) : sb_take(&b);
}

void diag_set(hd_diag *d, unsigned long line, unsigned long col, const char *fmt, ...)
{
    if (!d)
        return;
    d->line = line;
    d->col = col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(d->message, sizeof d->message, fmt, ap);
    va_end(ap);
}

void diag_set_path(hd_diag *d, const char *path)
{
    if (d)
        snprintf(d->path, sizeof d->path, "%s", path ? path : "");
}

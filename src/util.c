/* util: growable strings and arrays, JSON string escaping, diagnostics. */
#include "util.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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

void sb_putn_grow(sb *b, const char *s, size_t n)
{
    if (!(b->s && !b->oom && n < b->cap - b->len) && sb_reserve(b, n) != 0)
        return;
    if (n)
        memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void sb_puts(sb *b, const char *s) { sb_putn(b, s, strlen(s)); }

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
    /* (a string starts at 64 bytes: most are a word or a sentence, built a piece at
     * a time, and would be copied four times on the way from 8) */
    size_t n = *cap ? *cap : size == 1 ? 64 : 8;
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

static unsigned ci_hash(const char *k, size_t n)
{
    unsigned h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)k[i];
        h = (h ^ (c >= 'A' && c <= 'Z' ? c + 32u : c)) * 16777619u;
    }
    return h ^ (h >> 15);
}

static int ci_equal(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if ((x >= 'A' && x <= 'Z' ? x + 32 : x) != (y >= 'A' && y <= 'Z' ? y + 32 : y))
            return 0;
    }
    return 1;
}

static hm_slot *hm_find(const hmap *m, const char *k, size_t n, unsigned h)
{
    for (size_t i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        hm_slot *s = &m->v[i];
        if (!s->key || (s->hash == h && s->len == n && ci_equal(s->key, k, n)))
            return s;
    }
}

int hm_put(hmap *m, const char *k, size_t n, long value, int how)
{
    if ((m->n + 1) * 2 > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 16;
        hm_slot *v = calloc(cap, sizeof *v);
        if (!v)
            return -1;
        hmap bigger = {v, cap, m->n};
        for (size_t i = 0; i < m->cap; i++)
            if (m->v[i].key)
                *hm_find(&bigger, m->v[i].key, m->v[i].len, m->v[i].hash) = m->v[i];
        free(m->v);
        *m = bigger;
    }
    unsigned h = ci_hash(k, n);
    hm_slot *s = hm_find(m, k, n, h);
    if (s->key) {
        if (how == HM_LAST || (how == HM_MAX && value > s->value) ||
            (how == HM_MIN && value < s->value))
            s->value = value;
        return 0;
    }
    if (!(s->key = xstrndup(k, n)))
        return -1;
    s->len = n;
    s->hash = h;
    s->value = value;
    m->n++;
    return 0;
}

int hm_get(const hmap *m, const char *k, size_t n, long *value)
{
    if (!m->cap)
        return 0;
    const hm_slot *s = hm_find(m, k, n, ci_hash(k, n));
    if (!s->key)
        return 0;
    *value = s->value;
    return 1;
}

void hm_free(hmap *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free(m->v[i].key);
    free(m->v);
    m->v = NULL;
    m->cap = m->n = 0;
}

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

int fd_write_all(int fd, const void *buf, size_t n)
{
    const char *p = buf;
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            if (w == 0)
                errno = EIO;
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
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

int mkdir_p(const char *dir)
{
    char *p = xstrdup(dir);
    int rc = 0;
    if (!p)
        return -1;
    for (size_t i = 1, n = strlen(p); i <= n && rc == 0; i++)
        if (p[i] == '/' || p[i] == '\0') {
            char c = p[i];
            p[i] = '\0';
            if (mkdir(p, 0755) != 0 && errno != EEXIST)
                rc = -1;
            p[i] = c;
        }
    free(p);
    return rc;
}

int u8_ncasecmp(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        /* the same byte: the same letter, unless it is a capital's second byte after
         * C3 in one string only, which the same byte before it rules out */
        if (x == y && (x < 0x80 || (i > 0 && a[i - 1] == b[i - 1]))) {
            if (!x)
                return 0;
            continue;
        }
        x = u8_fold_at(a, i);
        y = u8_fold_at(b, i);
        if (x != y)
            return (int)x - (int)y;
        if (!x)
            return 0;
    }
    return 0;
}

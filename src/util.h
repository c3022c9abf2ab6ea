/* util: the small helpers every stage shares: growable strings and arrays, JSON
 * string escaping, diagnostics. */
#ifndef HD_UTIL_H
#define HD_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include "herald.h"

#if defined(__GNUC__)
#define HD_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define HD_PRINTF(a, b)
#endif

/* A growable NUL-terminated string. After any allocation failure `oom` is set, later
 * appends do nothing, and the caller reports HD_ERR_NOMEM once at the end. */
typedef struct sb {
    char *s;
    size_t len, cap;
    int oom;
} sb;

/* (the appends that need no more room are inline: the speech stages append a
 * character or a word's piece at a time, millions of times a long statement) */
void sb_putn_grow(sb *b, const char *s, size_t n);
static inline void sb_putn(sb *b, const char *s, size_t n)
{
    if (b->s && !b->oom && n <= 16 && n < b->cap - b->len) {
        char *d = b->s + b->len;
        for (size_t i = 0; i < n; i++)
            d[i] = s[i];
        b->len += n;
        b->s[b->len] = '\0';
    } else {
        sb_putn_grow(b, s, n);
    }
}
void sb_puts(sb *b, const char *s);
static inline void sb_putc(sb *b, char c)
{
    if (b->s && !b->oom && b->len + 1 < b->cap) {
        b->s[b->len++] = c;
        b->s[b->len] = '\0';
    } else {
        sb_putn_grow(b, &c, 1);
    }
}
void sb_printf(sb *b, const char *fmt, ...) HD_PRINTF(2, 3);
/* Appends s as a quoted JSON string; NULL appends null. */
void sb_json_str(sb *b, const char *s);
/* Appends a JSON number that reads back as exactly x (shortest round-trip form);
 * null for infinity and NaN. */
void sb_json_num(sb *b, double x);
/* Hands the string to the caller (never NULL unless oom) and empties b. */
char *sb_take(sb *b);
void sb_free(sb *b);

/* Makes room for `need` elements of `size` bytes in *p, growing geometrically.
 * Returns 0, or -1 on overflow or allocation failure (then *p is unchanged). */
int grow(void **p, size_t *cap, size_t need, size_t size);

char *xstrdup(const char *s);

/* Byte i of k in lower case: ASCII, and Latin-1's capitals in UTF-8 (C3 80 to C3 9E
 * but the sign ×: "É" is C3 89, "é" C3 A9). */
static inline unsigned char u8_fold_at(const char *k, size_t i)
{
    unsigned char c = (unsigned char)k[i];
    if (c < 0x80)
        return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 0x20) : c;
    if (c <= 0x9E && c != 0x97 && i > 0 && (unsigned char)k[i - 1] == 0xC3)
        return (unsigned char)(c + 0x20);
    return c;
}

/* strncasecmp for UTF-8, by u8_fold_at, so data words match a line set in capitals
 * ("COMMUNIQUÉ DE PRESSE"). */
int u8_ncasecmp(const char *a, const char *b, size_t n);

/* A map from strings (compared without regard to ASCII case) to numbers, for the
 * indexes that keep lookups linear in the input: speakers, people, casting, voices,
 * file names. Keys are copied. */
typedef struct hm_slot {
    char *key;
    size_t len;
    unsigned hash;
    long value;
} hm_slot;
typedef struct hmap {
    hm_slot *v;
    size_t cap, n; /* cap: a power of two, or 0 */
} hmap;
enum { HM_FIRST, HM_LAST, HM_MAX, HM_MIN };
/* Adds k[0, n) with `value`; an existing key keeps its value (HM_FIRST), takes the
 * new one (HM_LAST), or the larger (HM_MAX) or smaller (HM_MIN). -1 on oom. */
int hm_put(hmap *m, const char *k, size_t n, long value, int how);
/* 1 and *value when k[0, n) is there; 0 otherwise. */
int hm_get(const hmap *m, const char *k, size_t n, long *value);
void hm_free(hmap *m);

/* "dir/name", new; NULL on oom. */
char *path_join(const char *dir, const char *name);
/* The temporary a file dir/name is written under until it is complete:
 * "dir/.name.part-PID", new; NULL on oom. Every temporary herald makes has ".part-". */
char *path_part(const char *dir, const char *name);
char *xstrndup(const char *s, size_t n);

/* The next line of a settings file with content: white space trimmed (a CR too), lines
 * starting with `#` skipped, and with `inline_comments` a `#` anywhere starts one.
 * Returns 1 and sets [*a, *b) and the 1-based *line while lines remain; *pos and *line
 * start at 0. */
int conf_line(const char *text, size_t len, size_t *pos, unsigned long *line, size_t *a,
              size_t *b, int inline_comments);

/* Splits a line [a, b) at the first `sep` into trimmed key [*ka, *kb) and value
 * [*va, *vb). Returns 0 when there is no separator or either side is empty. */
int conf_pair(const char *text, size_t a, size_t b, char sep, size_t *ka, size_t *kb,
              size_t *va, size_t *vb);

/* Writes all n bytes to fd, again after a signal interrupts; 0, or -1 with errno. */
int fd_write_all(int fd, const void *buf, size_t n);

/* mkdir -p (mode 0755); 0 when dir is there, -1 (errno) otherwise. */
int mkdir_p(const char *dir);

void diag_set(hd_diag *d, unsigned long line, unsigned long col, const char *fmt, ...)
    HD_PRINTF(4, 5);
void diag_set_path(hd_diag *d, const char *path);

#endif

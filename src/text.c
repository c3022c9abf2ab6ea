/* text: reading input, UTF-8 validation (line:col of the first bad byte), NFC via
 * utf8proc, line endings, byte order marks and control characters. */
#include "text.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <ctype.h>
#include <utf8proc.h>

#include "util.h"

/* Reads fd to the end, at most `max` bytes. */
static hd_status read_all(int fd, long max, char **bytes, size_t *len, hd_diag *diag)
{
    char *buf = NULL;
    size_t n = 0, cap = 0;
    hd_status st = HD_OK;
    for (;;) {
        if (grow((void **)&buf, &cap, n + 65536 + 1, 1) != 0) {
            st = HD_ERR_NOMEM;
            goto out;
        }
        size_t want = cap - n - 1;
        if (n + want > (size_t)max + 1)
            want = (size_t)max + 1 - n;
        ssize_t r = read(fd, buf + n, want);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            diag_set(diag, 0, 0, "cannot read: %s", strerror(errno));
            st = HD_ERR_INPUT;
            goto out;
        }
        if (r == 0)
            break;
        n += (size_t)r;
        if (n > (size_t)max) {
            diag_set(diag, 0, 0, "larger than herald reads (%ld MiB)", max >> 20);
            st = HD_ERR_TOO_LARGE;
            goto out;
        }
    }
    buf[n] = '\0';
    *bytes = buf;
    *len = n;
    buf = NULL;
out:
    free(buf);
    return st;
}

/* Opens a named file that must be a regular file: a FIFO or a device (/dev/zero)
 * would hang or never end. O_NONBLOCK so that opening a FIFO does not wait. */
static int open_regular(const char *path, long max, const char *hint, hd_diag *diag,
                        hd_status *st)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    struct stat info;
    if (fd < 0) {
        diag_set(diag, 0, 0, "cannot open: %s", strerror(errno));
        *st = HD_ERR_INPUT;
        return -1;
    }
    if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        diag_set(diag, 0, 0, "%s", S_ISDIR(info.st_mode) ? "cannot read: Is a directory" : hint);
        close(fd);
        *st = HD_ERR_INPUT;
        return -1;
    }
    if (info.st_size > max) {
        diag_set(diag, 0, 0, "larger than herald reads (%ld MiB)", max >> 20);
        close(fd);
        *st = HD_ERR_TOO_LARGE;
        return -1;
    }
    int flags = fcntl(fd, F_GETFL);
    if (flags >= 0)
        fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    *st = HD_OK;
    return fd;
}

hd_status hd_input_read(const char *path, char **bytes, size_t *len, hd_diag *diag)
{
    int use_stdin = !path || strcmp(path, "-") == 0;
    hd_status st = HD_OK;
    if (!bytes || !len)
        return HD_ERR_ARG;
    if (use_stdin)
        return read_all(STDIN_FILENO, HD_INPUT_MAX, bytes, len, diag);
    int fd = open_regular(path, HD_INPUT_MAX,
                          "not a regular file (give a pipe as standard input, '-')", diag, &st);
    if (fd < 0)
        return st;
    st = read_all(fd, HD_INPUT_MAX, bytes, len, diag);
    close(fd);
    return st;
}

hd_status txt_read_settings(const char *path, char **bytes, size_t *len, hd_diag *diag)
{
    hd_status st = HD_OK;
    int fd = open_regular(path, HD_SETTINGS_MAX, "not a regular file", diag, &st);
    if (fd >= 0) {
        st = read_all(fd, HD_SETTINGS_MAX, bytes, len, diag);
        close(fd);
    }
    if (st != HD_OK)
        diag_set_path(diag, path);
    return st;
}

hd_status txt_validate(const char *s, size_t n, hd_diag *diag)
{
    unsigned long line = 1, col = 1;
    size_t i = 0;
    while (i < n) {
        /* ASCII, the bulk of any statement, needs no decoding */
        unsigned char b = (unsigned char)s[i];
        if (b >= 0x20 && b < 0x80) {
            i++;
            col++;
            continue;
        }
        utf8proc_int32_t c;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(n - i), &c);
        if (k < 0) {
            diag_set(diag, line, col, "invalid UTF-8 (byte 0x%02x)", (unsigned char)s[i]);
            return HD_ERR_UTF8;
        }
        if (c == 0) {
            diag_set(diag, line, col, "NUL byte in text");
            return HD_ERR_UTF8;
        }
        i += (size_t)k;
        if (c == '\n' || (c == '\r' && !(i < n && s[i] == '\n'))) {
            line++;
            col = 1;
        } else if (c != '\r') {
            col++;
        }
    }
    return HD_OK;
}

size_t txt_bom(const char *s, size_t n)
{
    return n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

hd_status txt_lines(const char *s, size_t n, size_t from, txt_line **lines, size_t *count)
{
    txt_line *v = NULL;
    size_t cap = 0, k = 0, a = from;
    for (size_t i = from; i <= n; i++) {
        if (i < n && s[i] != '\n' && s[i] != '\r')
            continue;
        if (i == n && a == n && k > 0)
            break; /* no empty last line after a final terminator */
        if (grow((void **)&v, &cap, k + 1, sizeof *v) != 0) {
            free(v);
            return HD_ERR_NOMEM;
        }
        v[k].start = a;
        v[k].end = i;
        k++;
        if (i < n && s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
            i++;
        a = i + 1;
    }
    *lines = v;
    *count = k;
    return HD_OK;
}

int32_t txt_next(const char *s, size_t n, size_t *i)
{
    unsigned char b = (unsigned char)s[*i];
    if (b < 0x80) {
        (*i)++;
        return b;
    }
    utf8proc_int32_t c = -1;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + *i,
                                          (utf8proc_ssize_t)(n - *i), &c);
    *i += k > 0 ? (size_t)k : 1;
    return k > 0 ? c : 0xFFFD;
}

int32_t txt_prev(const char *s, size_t begin, size_t end, size_t *start)
{
    size_t i = end;
    while (i > begin) {
        i--;
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            break;
    }
    if (start)
        *start = i;
    size_t j = i;
    return txt_next(s, end, &j);
}

int txt_is_space(int32_t c)
{
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        return 1;
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return 1;
    if (c < 0x80)
        return 0;
    utf8proc_category_t cat = utf8proc_category(c);
    return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
           cat == UTF8PROC_CATEGORY_ZP;
}

int txt_is_ignorable(int32_t c)
{
    return c >= 0x80 && utf8proc_category(c) == UTF8PROC_CATEGORY_CF;
}

int txt_is_blank(const char *s, size_t a, size_t b)
{
    size_t i = a;
    while (i < b) {
        int32_t c = txt_next(s, b, &i);
        if (!txt_is_space(c) && !txt_is_ignorable(c))
            return 0;
    }
    return 1;
}

void txt_trim(const char *s, size_t *a, size_t *b)
{
    size_t i = *a;
    while (i < *b) {
        size_t j = i;
        int32_t c = txt_next(s, *b, &j);
        if (!txt_is_space(c) && !txt_is_ignorable(c))
            break;
        i = j;
    }
    *a = i;
    size_t e = *b;
    while (e > *a) {
        size_t st;
        int32_t c = txt_prev(s, *a, e, &st);
        if (!txt_is_space(c) && !txt_is_ignorable(c))
            break;
        e = st;
    }
    *b = e;
}

/* Why: utf8proc orders a run of combining marks by insertion, quadratic in its
 * length; UAX #15's stream-safe format allows 30 in a row, and no text needs more.
 * Marks past the 30th of a run are dropped. Returns a new copy when any is, else
 * NULL with *same set. */
enum { MARKS_MAX = 30 };

static char *stream_safe(const char *s, size_t a, size_t b, int *same)
{
    size_t i = a, run = 0;
    sb out = {0};
    int cut = 0;
    *same = 1;
    while (i < b) {
        size_t at = i;
        int32_t c = txt_next(s, b, &i);
        if (utf8proc_get_property(c)->combining_class != 0) {
            if (++run > MARKS_MAX) {
                if (!cut) {
                    sb_putn(&out, s + a, at - a);
                    cut = 1;
                }
                continue;
            }
        } else {
            run = 0;
        }
        if (cut)
            sb_putn(&out, s + at, i - at);
    }
    if (!cut)
        return NULL;
    *same = 0;
    return out.oom ? (sb_free(&out), NULL) : sb_take(&out);
}

/* 1 when s[a, b) is valid UTF-8 made only of characters that normalisation leaves as
 * they are, alone and next to each other: U+0001-U+02FF (ASCII, Latin-1, Latin
 * Extended; no combining mark), U+2002-U+206F (general punctuation but the two quads)
 * and U+20A0-U+20CF (currency signs). Most statements are made only of these, and
 * for them NFC is a copy; tests/test_text.c checks every pair against utf8proc. */
static int nfc_inert(const char *str, size_t a, size_t b)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = a;
    while (i < b) {
        unsigned char c = s[i];
        if (c < 0x80 && c) {
            i++;
        } else if (c >= 0xC2 && c <= 0xCB && i + 1 < b && (s[i + 1] & 0xC0) == 0x80) {
            i += 2;
        } else if (c == 0xE2 && i + 2 < b && (s[i + 2] & 0xC0) == 0x80) {
            unsigned cp = 0x2000u | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
            if ((s[i + 1] & 0xC0) != 0x80 ||
                !((cp >= 0x2002 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF)))
                return 0;
            i += 3;
        } else {
            return 0;
        }
    }
    return 1;
}

int txt_nfc_inert(const char *s, size_t a, size_t b) { return nfc_inert(s, a, b); }

/* Words that open a compound, kept with their hyphen when a line end breaks it
 * ("self-" / "employed"); other short first parts ("an-", "dis-") are pieces of one
 * word, as are parts before a suffix ("govern-" / "ment"). */
static int compound_first(const char *w, size_t n)
{
    static const char *const firsts[] = {"self", "well", "ex", "non", "long", "short", "high", "low", "full", "part",
                                         "half", "cross", "anti", "post", "multi", "semi", "mid", "all", "one",
                                         "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                         "first", "second", "third", "world", "life", "year", "day", "time",
                                         "child", "family", "state", "city", "wide", "old", "new", "co", "vice",
                                         "cost", "need", "hard", "open", "best", "far", "near", "top"};
    for (size_t k = 0; k < sizeof firsts / sizeof *firsts; k++)
        if (strlen(firsts[k]) == n && strncasecmp(w, firsts[k], n) == 0)
            return 1;
    return 0;
}

static int word_suffix(const char *w, size_t n)
{
    static const char *const suffixes[] = {"ment", "ments", "tion", "tions", "sion", "sions", "ing", "ings", "ed",
                                           "ly", "ness", "ity", "ities", "ance", "ence", "able", "ible", "ive",
                                           "ous", "al", "er", "ers", "es", "ture", "tures", "ful", "less", "ship",
                                           "ism", "ist", "ists", "ise", "ize", "ised", "ized", "ising", "izing"};
    for (size_t k = 0; k < sizeof suffixes / sizeof *suffixes; k++)
        if (strlen(suffixes[k]) == n && memcmp(w, suffixes[k], n) == 0)
            return 1;
    return 0;
}

/* txt_clean at t[i], character c: where the text goes on (past the line end) when a
 * word broken over it is joined in `out`, else 0. */
static size_t line_end_join(const char *t, size_t n, size_t i, sb *out, int32_t c)
{
    int soft = c == 0xAD, hyphen = !soft && txt_is_space(c) && out->len >= 2 && out->s[out->len - 1] == '-' &&
                                   isalpha((unsigned char)out->s[out->len - 2]);
    if (!soft && !hyphen)
        return 0;
    size_t r = soft ? i + 2 : i, newlines = 0;
    while (r < n && (t[r] == ' ' || t[r] == '\t' || t[r] == '\r' || t[r] == '\n'))
        newlines += t[r++] == '\n';
    if (newlines != 1 || r >= n || !islower((unsigned char)t[r]))
        return 0;
    size_t e = r;
    while (e < n && isalpha((unsigned char)t[e]))
        e++;
    if (soft)
        return r;
    /* (not "pre-" / "and post-war": a hyphen left hanging for the word after) */
    static const char *const joins[] = {"and", "or", "nor", "to"};
    for (size_t k = 0; k < sizeof joins / sizeof *joins; k++)
        if (strlen(joins[k]) == e - r && memcmp(t + r, joins[k], e - r) == 0)
            return 0;
    size_t f = out->len - 1;
    while (f > 0 && isalpha((unsigned char)out->s[f - 1]))
        f--;
    size_t fl = out->len - 1 - f;
    /* "an-nounced", "govern-ment": one word; "self-employed", "decision-making": a
     * compound, its hyphen kept (no space either way) */
    if (!compound_first(out->s + f, fl) && (fl <= 4 || word_suffix(t + r, e - r))) {
        out->len--;
        out->s[out->len] = '\0';
    }
    return r;
}

char *txt_clean(const char *s, size_t a, size_t b)
{
    utf8proc_uint8_t *nfc = NULL;
    sb out = {0};
    int same = 1;
    char *safe = NULL;
    utf8proc_ssize_t m;
    if (nfc_inert(s, a, b)) {
        if (!(nfc = malloc(b - a + 1)))
            return NULL;
        memcpy(nfc, s + a, b - a);
        nfc[b - a] = 0;
        m = (utf8proc_ssize_t)(b - a);
    } else {
        safe = stream_safe(s, a, b, &same);
        if (!same && !safe)
            return NULL;
        m = safe ? utf8proc_map((const utf8proc_uint8_t *)safe, (utf8proc_ssize_t)strlen(safe),
                                &nfc, UTF8PROC_STABLE | UTF8PROC_COMPOSE)
                 : utf8proc_map((const utf8proc_uint8_t *)s + a, (utf8proc_ssize_t)(b - a), &nfc,
                                UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        free(safe);
    }
    if (m < 0)
        return NULL;
    const char *t = (const char *)nfc;
    size_t n = (size_t)m, i = 0;
    int pending_space = 0;
    while (i < n) {
        size_t j = i;
        /* a run of printable ASCII goes over at once */
        while (j < n && (unsigned char)t[j] > 0x20 && (unsigned char)t[j] < 0x7F)
            j++;
        if (j > i) {
            if (pending_space)
                sb_putc(&out, ' ');
            pending_space = 0;
            sb_putn(&out, t + i, j - i);
            i = j;
            continue;
        }
        /* "312         345         -10%": a table's cells set apart by a run of
         * spaces (four or more, or a tab) between figures are parted by a comma, not
         * read as one number (three are a wide space of another script, which the
         * parser sets as ASCII spaces of its length: "4 500" with a narrow one) */
        if ((t[i] == ' ' || t[i] == '\t') && out.len && (isdigit((unsigned char)out.s[out.len - 1]) ||
                                                          out.s[out.len - 1] == '%')) {
            size_t r = i, tabs = 0;
            while (r < n && (t[r] == ' ' || t[r] == '\t'))
                tabs += t[r++] == '\t';
            if ((r - i >= 4 || tabs) && r < n &&
                (isdigit((unsigned char)t[r]) ||
                 ((t[r] == '-' || t[r] == '+') && r + 1 < n && isdigit((unsigned char)t[r + 1])))) {
                sb_puts(&out, ", ");
                pending_space = 0;
                i = r;
                continue;
            }
        }
        int32_t c = txt_next(t, n, &j);
        /* a word broken over a line end, as a PDF's text sets it: "an-" / "nounced" is
         * one word, "self-" / "employed" a compound; a soft hyphen there always joins */
        size_t rejoin = line_end_join(t, n, i, &out, c);
        if (rejoin) {
            pending_space = 0;
            i = rejoin;
            continue;
        }
        if (txt_is_space(c)) {
            pending_space = out.len > 0;
        } else if (!txt_is_ignorable(c)) {
            if (pending_space)
                sb_putc(&out, ' ');
            pending_space = 0;
            sb_putn(&out, t + i, j - i);
        }
        i = j;
    }
    free(nfc);
    if (out.oom) {
        sb_free(&out);
        return NULL;
    }
    return sb_take(&out);
}

int txt_starts_upper(const char *s, size_t n)
{
    if (!n)
        return 0;
    if ((unsigned char)s[0] < 0x80)
        return isupper((unsigned char)s[0]) != 0;
    size_t i = 0;
    utf8proc_category_t k = utf8proc_category(txt_next(s, n, &i));
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

int txt_is_emoji(int32_t c)
{
    return (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x1F000 && c <= 0x1F2FF) || (c >= 0x2600 && c <= 0x27BF) ||
           c == 0xFE0F || c == 0x200D || (c >= 0x1F1E6 && c <= 0x1F1FF);
}

int txt_has_lower(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        if ((unsigned char)s[i] < 0x80) {
            /* (not the "c" of a name's "Mc" in a line in capitals: "JENNY McALISTER") */
            if (s[i] == 'c' && i > 0 && s[i - 1] == 'M' && (i == 1 || !isalpha((unsigned char)s[i - 2])) &&
                i + 2 < n && isupper((unsigned char)s[i + 1]) && isupper((unsigned char)s[i + 2])) {
                i++;
                continue;
            }
            if (islower((unsigned char)s[i]))
                return 1;
            i++;
            continue;
        }
        if (utf8proc_category(txt_next(s, n, &i)) == UTF8PROC_CATEGORY_LL)
            return 1;
    }
    return 0;
}

int txt_only_punctuation(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        int32_t c = txt_next(s, n, &i);
        utf8proc_category_t k = utf8proc_category(c);
        if (!(k >= UTF8PROC_CATEGORY_PC && k <= UTF8PROC_CATEGORY_PO) && !txt_is_space(c) && !txt_is_ignorable(c))
            return 0;
    }
    return 1;
}

int txt_has_digit(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (isdigit((unsigned char)s[i]))
            return 1;
    return 0;
}

int32_t txt_lower(int32_t c) { return utf8proc_tolower(c); }
int32_t txt_upper(int32_t c) { return utf8proc_toupper(c); }

size_t txt_words(const char *s, size_t a, size_t b)
{
    if (a >= b)
        return 0;
    /* a word starts where a byte that is no blank follows a blank; eight bytes at a
     * time, as a header's lines are counted again and again */
    const unsigned char *u = (const unsigned char *)s;
    size_t w = 0, i = a;
    uint64_t before = 0x80; /* (the byte before a: a blank) */
    const uint64_t low7 = 0x7F7F7F7F7F7F7F7Full, ones = 0x0101010101010101ull;
    for (; i + 8 <= b; i += 8) {
        uint64_t v;
        memcpy(&v, u + i, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        v = __builtin_bswap64(v); /* (the first byte lowest) */
#endif
        uint64_t sp = v ^ (ones * ' '), tab = v ^ (ones * '\t');
        /* a byte's top bit set exactly where it is 0 (no carry between bytes) */
        sp = ~(((sp & low7) + low7) | sp | low7);
        tab = ~(((tab & low7) + low7) | tab | low7);
        uint64_t blank = sp | tab, word = ~blank & (ones << 7);
        uint64_t starts = word & (blank << 8 | before);
        before = (blank >> 56) & 0x80;
        for (; starts; starts &= starts - 1)
            w++;
    }
    int in = !before;
    for (; i < b; i++) {
        int sp = u[i] == ' ' || u[i] == '\t';
        w += !sp && !in;
        in = !sp;
    }
    return w;
}

/* Whether capitals c[0, n) (three to six) are letters no English reader would say as a
 * word, where espeak-ng tries to ("UDCG" "udkg", "MSME" "emsmee", "GCIS" "gee-sis"):
 * no vowel; or two consonants opening it that open no English word ("GC", "MS", "CS");
 * or three consonants in a row that neither open a syllable ("STR") nor close a word
 * ("RST", "NDS"). */
/* The plural's codas ("FALLS", "CLIFFS", "FARMS", "TOWNS", "FACTS"): a word may end
 * so, but only one that opens with a consonant ("IRMS", "EFTS" are letters). */
#define PLURAL_CODAS " LLS FFS RMS RNS LMS LKS RBS MBS RPS RLS WNS WLS FTS PTS CTS NNS "

int txt_unsayable_caps(const char *c, size_t n)
{
    static const char *const onsets = " BL BR CH CL CR DR DW FL FR GL GN GR KL KN KR PH PL PR PS SC SH SK SL SM SN SP SQ"
                                      " ST SW TH TR TW WH WR ";
    static const char *const runs = " SCH STR SPR SCR SPL SQU CHR PHR THR SHR TCH NCH RCH RST NST RTS NDS NTS NGS RLD"
                                    " LDS MPS NKS RKS RDS LTS LPS XTS RTH NTH STS SKS SPS CKS GHT LTH RSH NGTH"
                                    PLURAL_CODAS
                                    /* (inside words: "CENTRE", "ENTRY", "SAMPLE", "EXTRA",
                                     * "HUNDRED", "SINGLE", "INCLUDE", "EMPTY", "ANGRY") */
                                    " NTR NDR NGL NCL MPL MBL MBR XTR XPL XPR MPT NGR NCR LTR RTR NSTR ";
    if (n < 3 || n > 6)
        return 0;
    int vowels = 0;
    for (size_t q = 0; q < n; q++) {
        if (c[q] < 'A' || c[q] > 'Z')
            return 0;
        vowels += strchr("AEIOUY", c[q]) != NULL;
    }
    if (!vowels)
        return 1;
    /* a vowel and two consonants, not one of the few words so made ("IDP", "EPP",
     * "EBS"; not "ADD", "ARM", "END") */
    if (n == 3 && strchr("AEIOU", c[0]) && !strchr("AEIOUY", c[1]) && !strchr("AEIOUY", c[2]))
        return !strstr(" ABS ACT ADD ADS AFT ALL AMP AND ANT APT ARC ARK ARM ART ASH ASK ASP ASS EBB EGG ELF ELK ELL"
                       " ELM EMS END ERR ILK ILL IMP INK INN ITS ODD OFF OFT OHM OPS OPT ORB ORC OWL OWN UMP URN ",
                       (char[6]){' ', c[0], c[1], c[2], ' ', 0});
    /* two consonants that end no English word ("IOPC", "OFCD"; not "NATO", "ICANN",
     * "UNICEF"'s F, "OPEC"'s C) */
    if (n >= 4 && !strchr("AEIOUY", c[n - 1]) && !strchr("AEIOUY", c[n - 2]) &&
        !strstr(" BB BS CH CK CS CT DD DS FF FS FT GG GH GN GS HT KS LB LC LD LF LK LL LM LN LP LS LT MB MN MP MS NC ND NG"
                " NK NN NS NT PH PP PS PT RB RC RD RF RG RK RL RM RN RP RR RS RT SH SK SM SP SS ST TH TS TT TZ WD WL WN WS"
                " XT ZZ ",
                (char[5]){' ', c[n - 2], c[n - 1], ' ', 0}))
        return 1;
    /* three vowels in a row that no English word has ("TEAE"; not "BEAU", "QUEUE") */
    for (size_t q = 0; q + 3 <= n; q++)
        if (strchr("AEIOU", c[q]) && strchr("AEIOU", c[q + 1]) && strchr("AEIOU", c[q + 2]) &&
            !strstr(" EAU IEU UEU EUE OUI IOU UEI UIE UEE UAI EOU UOU AIE OIE OEU IAO ", (char[6]){' ', c[q], c[q + 1], c[q + 2], ' ', 0}))
            return 1;
    if (!strchr("AEIOUY", c[0]) && !strchr("AEIOUY", c[1]) && !strstr(onsets, (char[4]){' ', c[0], c[1], 0}))
        return 1;
    for (size_t q = 0; q + 3 <= n; q++) {
        size_t r = q;
        while (r < n && !strchr("AEIOUY", c[r]))
            r++;
        if (r - q >= 3) {
            size_t kl = r - q < 5 ? r - q : 5;
            char key[8] = " ";
            memcpy(key + 1, c + q, kl);
            key[1 + kl] = ' ';
            key[2 + kl] = 0;
            int onset = q == 0 || strchr("AEIOUY", c[q - 1]), coda = r == n;
            if (!strstr(runs, key) || (!onset && !coda && r - q > 3))
                return 1;
            /* (a plural's coda, "FALLS", "FARMS", only in a word that opens with a
             * consonant: "IRMS", "EFTS", "URLS" are letters) */
            if (coda && strstr(PLURAL_CODAS, key) && strchr("AEIOUY", c[0]))
                return 1;
        }
        if (r > q)
            q = r - 1;
    }
    return 0;
}

size_t txt_dash_len(const char *s, size_t i, size_t b)
{
    if (i < b && s[i] == '-')
        return 1;
    if (i + 3 <= b && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94))
        return 3;
    return 0;
}

size_t txt_trailing_dash(const char *s, size_t a, size_t b)
{
    size_t e = b;
    while (e > a && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\r'))
        e--;
    size_t d = e >= a + 1 && s[e - 1] == '-' ? e - 1 : e >= a + 3 && txt_dash_len(s, e - 3, e) == 3 ? e - 3 : e;
    return d < e && d > a && s[d - 1] == ' ' ? d - 1 : b;
}

/* ------------------------------------------------------------ HTML left in the text */

static const struct {
    const char *name;
    int32_t cp;
} html_entities[] = {
    {"amp", '&'},       {"lt", '<'},         {"gt", '>'},         {"quot", '"'},       {"apos", '\''},
    {"nbsp", 0xA0},     {"ensp", 0x2002},    {"emsp", 0x2003},    {"thinsp", 0x2009},  {"ndash", 0x2013},
    {"mdash", 0x2014},  {"lsquo", 0x2018},   {"rsquo", 0x2019},   {"sbquo", 0x201A},   {"ldquo", 0x201C},
    {"rdquo", 0x201D},  {"bdquo", 0x201E},   {"laquo", 0xAB},     {"raquo", 0xBB},     {"lsaquo", 0x2039},
    {"rsaquo", 0x203A}, {"hellip", 0x2026},  {"bull", 0x2022},    {"middot", 0xB7},    {"pound", 0xA3},
    {"euro", 0x20AC},   {"yen", 0xA5},       {"cent", 0xA2},      {"curren", 0xA4},    {"copy", 0xA9},
    {"reg", 0xAE},      {"trade", 0x2122},   {"deg", 0xB0},       {"plusmn", 0xB1},    {"times", 0xD7},
    {"divide", 0xF7},   {"frac12", 0xBD},    {"frac14", 0xBC},    {"frac34", 0xBE},    {"sup1", 0xB9},
    {"sup2", 0xB2},     {"sup3", 0xB3},      {"micro", 0xB5},     {"para", 0xB6},      {"sect", 0xA7},
    {"ordf", 0xAA},     {"ordm", 0xBA},      {"iexcl", 0xA1},     {"iquest", 0xBF},    {"shy", 0xAD},
    {"dagger", 0x2020}, {"Dagger", 0x2021},  {"permil", 0x2030},  {"prime", 0x2032},   {"minus", 0x2212},
    {"le", 0x2264},     {"ge", 0x2265},      {"ne", 0x2260},      {"rarr", 0x2192},    {"larr", 0x2190},
    {"Agrave", 0xC0},   {"Aacute", 0xC1},    {"Acirc", 0xC2},     {"Atilde", 0xC3},    {"Auml", 0xC4},
    {"Aring", 0xC5},    {"AElig", 0xC6},     {"Ccedil", 0xC7},    {"Egrave", 0xC8},    {"Eacute", 0xC9},
    {"Ecirc", 0xCA},    {"Euml", 0xCB},      {"Igrave", 0xCC},    {"Iacute", 0xCD},    {"Icirc", 0xCE},
    {"Iuml", 0xCF},     {"Ntilde", 0xD1},    {"Ograve", 0xD2},    {"Oacute", 0xD3},    {"Ocirc", 0xD4},
    {"Otilde", 0xD5},   {"Ouml", 0xD6},      {"Oslash", 0xD8},    {"Ugrave", 0xD9},    {"Uacute", 0xDA},
    {"Ucirc", 0xDB},    {"Uuml", 0xDC},      {"Yacute", 0xDD},    {"szlig", 0xDF},     {"agrave", 0xE0},
    {"aacute", 0xE1},   {"acirc", 0xE2},     {"atilde", 0xE3},    {"auml", 0xE4},      {"aring", 0xE5},
    {"aelig", 0xE6},    {"ccedil", 0xE7},    {"egrave", 0xE8},    {"eacute", 0xE9},    {"ecirc", 0xEA},
    {"euml", 0xEB},     {"igrave", 0xEC},    {"iacute", 0xED},    {"icirc", 0xEE},     {"iuml", 0xEF},
    {"ntilde", 0xF1},   {"ograve", 0xF2},    {"oacute", 0xF3},    {"ocirc", 0xF4},     {"otilde", 0xF5},
    {"ouml", 0xF6},     {"oslash", 0xF8},    {"ugrave", 0xF9},    {"uacute", 0xFA},    {"ucirc", 0xFB},
    {"uuml", 0xFC},     {"yacute", 0xFD},    {"yuml", 0xFF},      {"OElig", 0x152},    {"oelig", 0x153},
    {"Scaron", 0x160},  {"scaron", 0x161},   {"Zcaron", 0x17D},   {"zcaron", 0x17E},   {"Yuml", 0x178},
};

/* The tags taken out: those of a block, each with what it ends (a line, a paragraph,
 * a list's item, a break's line), and those inside a line (emphasis, links, spans). */
enum { HTML_NONE, HTML_INLINE, HTML_LINE, HTML_PARA, HTML_ITEM, HTML_BREAK };
static const struct {
    const char *name;
    int shape;
} html_block_tags[] = {
    {"p", HTML_PARA},       {"br", HTML_BREAK},      {"div", HTML_LINE},        {"li", HTML_ITEM},
    {"ul", HTML_PARA},      {"ol", HTML_PARA},       {"h1", HTML_PARA},         {"h2", HTML_PARA},
    {"h3", HTML_PARA},      {"h4", HTML_PARA},       {"h5", HTML_PARA},         {"h6", HTML_PARA},
    {"blockquote", HTML_PARA}, {"tr", HTML_LINE},    {"table", HTML_LINE},      {"section", HTML_PARA},
    {"article", HTML_PARA}, {"hr", HTML_PARA},       {"dd", HTML_LINE},         {"dt", HTML_LINE},
    {"dl", HTML_LINE},      {"header", HTML_PARA},   {"footer", HTML_PARA},     {"figure", HTML_PARA},
    {"figcaption", HTML_PARA}, {"pre", HTML_PARA},
};
static const char *const html_inline_tags[] = {"strong", "b", "em", "i", "u", "span", "a", "sup", "sub", "small",
                                               "font", "abbr", "cite", "mark", "td", "th", "tbody", "thead", "s", "ins",
                                               "del", "time", "q", "code", "big", "center", "o:p"};

/* Format characters (drop by txt_clean, no width on a page) filling s[0, k): U+2060
 * WORD JOINER (3 bytes), U+E0020 TAG SPACE (4) and, for an odd remainder, U+00AD SOFT
 * HYPHEN (2); k is 2 or more. */
static void html_fill(char *s, size_t k)
{
    while (k) {
        if (k == 2 || k == 5) {
            memcpy(s, "\xC2\xAD", 2), s += 2, k -= 2;
        } else if (k == 4) {
            memcpy(s, "\xF3\xA0\x80\xA0", 4), s += 4, k -= 4;
        } else {
            memcpy(s, "\xE2\x81\xA0", 3), s += 3, k -= 3;
        }
    }
}

/* The leftover of s[a, b) after what was written there, up to `keep`: spaces where a
 * space or a line's end is beside it, else format characters (a single byte left over
 * takes a space too, and the written character moves to make room for none). */
static void html_leftover(char *s, size_t n, size_t a, size_t keep, size_t b)
{
    size_t k = b - a - keep;
    if (!k)
        return;
    int spaced = (a == 0 || s[a - 1] == ' ' || s[a - 1] == '\n' || s[a - 1] == '\t' || s[a - 1] == '\r') ||
                 b >= n || s[b] == ' ' || s[b] == '\n' || s[b] == '\r' || s[b] == '\t';
    if (spaced || k == 1)
        memset(s + a + keep, ' ', k);
    else
        html_fill(s + a + keep, k);
}

static int32_t cp1252_c1(int32_t c)
{
    /* "&#146;": a numeric reference to Windows-1252's typography, as browsers read it */
    static const int32_t map[32] = {0x20AC, 0, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160,
                                    0x2039, 0x152, 0, 0x17D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
                                    0x2014, 0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0, 0x17E, 0x178};
    return c >= 0x80 && c <= 0x9F ? map[c - 0x80] : c;
}

/* A character reference at s[a] ('&'): its code point, and *end past its ';'; -1 for
 * none. */
static int32_t html_reference(const char *s, size_t n, size_t a, size_t *end)
{
    size_t k = a + 1;
    int32_t cp = -1;
    if (k < n && s[k] == '#') {
        k++;
        int hex = k < n && (s[k] == 'x' || s[k] == 'X');
        k += hex;
        size_t d = k;
        long v = 0;
        while (k < n && k - d < 7 && (hex ? isxdigit((unsigned char)s[k]) : isdigit((unsigned char)s[k]))) {
            int dv = isdigit((unsigned char)s[k]) ? s[k] - '0' : tolower((unsigned char)s[k]) - 'a' + 10;
            v = v * (hex ? 16 : 10) + dv;
            k++;
        }
        if (k == d || k >= n || s[k] != ';')
            return -1;
        cp = cp1252_c1((int32_t)v);
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return -1;
    } else {
        size_t d = k;
        while (k < n && k - d < 8 && isalnum((unsigned char)s[k]))
            k++;
        if (k == d || k >= n || s[k] != ';')
            return -1;
        for (size_t e = 0; e < sizeof html_entities / sizeof *html_entities && cp < 0; e++)
            if (strlen(html_entities[e].name) == k - d && memcmp(html_entities[e].name, s + d, k - d) == 0)
                cp = html_entities[e].cp;
        if (cp < 0)
            return -1;
    }
    *end = k + 1;
    return cp;
}

/* A known tag at s[a] ('<'), on its line: a block's shape (HTML_LINE, HTML_PARA,
 * HTML_ITEM, HTML_BREAK), HTML_INLINE for one inside a line, HTML_NONE for none;
 * *end past its '>'. */
static int html_tag(const char *s, size_t n, size_t a, size_t *end)
{
    size_t k = a + 1;
    if (k < n && s[k] == '/')
        k++;
    size_t d = k;
    while (k < n && k - d < 12 && (isalnum((unsigned char)s[k]) || s[k] == ':'))
        k++;
    if (k == d)
        return 0;
    int kind = HTML_NONE;
    for (size_t t = 0; t < sizeof html_block_tags / sizeof *html_block_tags && !kind; t++)
        if (strlen(html_block_tags[t].name) == k - d && u8_ncasecmp(html_block_tags[t].name, s + d, k - d) == 0)
            kind = html_block_tags[t].shape;
    for (size_t t = 0; t < sizeof html_inline_tags / sizeof *html_inline_tags && !kind; t++)
        if (strlen(html_inline_tags[t]) == k - d && u8_ncasecmp(html_inline_tags[t], s + d, k - d) == 0)
            kind = HTML_INLINE;
    if (!kind || k >= n || !(s[k] == '>' || s[k] == ' ' || s[k] == '/' || s[k] == '\t'))
        return 0;
    /* attributes, quoted or not, up to the '>' on the same line (a page's tags are
     * short: at most 400 bytes) */
    char q = 0;
    for (; k < n && k - a < 400 && s[k] != '\n'; k++) {
        if (q) {
            q = s[k] == q ? 0 : q;
        } else if (s[k] == '"' || s[k] == '\'') {
            q = s[k];
        } else if (s[k] == '>') {
            *end = k + 1;
            return kind;
        } else if (s[k] == '<') {
            return 0;
        }
    }
    return 0;
}

size_t txt_unhtml(char *s, size_t n)
{
    size_t done = 0;
    for (size_t i = 0; i < n; i++) {
        size_t e = 0;
        if (s[i] == '&') {
            int32_t cp = html_reference(s, n, i, &e);
            if (cp < 0)
                continue;
            char u[4];
            size_t ul = 0;
            if (cp == 0xA0 || cp == 0x2002 || cp == 0x2003 || cp == 0x2009) {
                memset(s + i, ' ', e - i); /* a no-break or measured space: a space */
            } else {
                ul = (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)u);
                if (!ul || ul > e - i)
                    continue;
                /* (the leftover goes after the character unless only a space or a
                 * line's end is before it: "said: &ldquo;We" keeps "“We" together) */
                int before = (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n') && e < n && s[e] != ' ' && s[e] != '\n';
                if (before && e - i - ul >= 1) {
                    memset(s + i, ' ', e - i - ul);
                    memcpy(s + e - ul, u, ul);
                } else {
                    memcpy(s + i, u, ul);
                    html_leftover(s, n, i, ul, e);
                }
            }
            done++;
            i = e - 1;
        } else if (s[i] == '<') {
            int shape = html_tag(s, n, i, &e);
            if (!shape)
                continue;
            if (shape != HTML_INLINE) {
                /* a block's tag ends its line ("<br />", "<li>"), a paragraph's or a
                 * heading's its paragraph ("<p>", "</h2>"); closed, a break or an item
                 * ends what the others do ("</br>" a paragraph, "</li>" a line) */
                int closing = s[i + 1] == '/';
                if (closing && shape == HTML_BREAK)
                    shape = HTML_PARA;
                else if (closing && shape == HTML_ITEM)
                    shape = HTML_LINE;
                memset(s + i, ' ', e - i);
                if (closing || shape == HTML_BREAK) {
                    s[e - 1] = '\n';
                    if (shape == HTML_PARA)
                        s[e - 2] = '\n';
                } else {
                    s[i] = '\n';
                    if (shape == HTML_PARA)
                        s[i + 1] = '\n';
                    /* ("<li>": an item of a list, marked as a list's items are) */
                    if (shape == HTML_ITEM)
                        s[i + 1] = '-';
                }
            } else {
                html_leftover(s, n, i, 0, e);
            }
            done++;
            i = e - 1;
        }
    }
    return done;
}

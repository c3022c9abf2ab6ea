/* speech: normalisation for speaking. The sentence is cut into words at white space;
 * each word is read through the families below, with the words after it as context;
 * then punctuation is settled so that espeak-ng pauses at a sentence end only at the
 * end. What words, symbols and currencies exist is data (data/en/); the rules are
 * English. */
#include "speech.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "data.h"
#include "dates.h"
#include "segment.h"
#include "speakers.h"
#include "text.h"
#include "util.h"

/* ------------------------------------------------------------ lexicon */

void sp_lexicon_clear(sp_lexicon *lex)
{
    if (!lex)
        return;
    free(lex->pool);
    free(lex->v);
    free(lex->table);
    memset(lex, 0, sizeof *lex);
}

static unsigned lower_hash(const char *w, size_t n)
{
    unsigned h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)tolower((unsigned char)w[i])) * 16777619u;
    return h;
}

static int entry_matches(const sp_lexicon *lex, const sp_entry *e, const char *w, size_t n)
{
    const char *word = lex->pool + e->word;
    return e->len == n &&
           (e->any_case ? u8_ncasecmp(word, w, n) == 0 : memcmp(word, w, n) == 0);
}

/* The entry for exactly this word as written in a lexicon (case matters), or -1. */
static long exact_entry(const sp_lexicon *lex, const char *w, size_t n, unsigned h)
{
    if (!lex->tcap)
        return -1;
    for (size_t k = h & (lex->tcap - 1); lex->table[k]; k = (k + 1) & (lex->tcap - 1)) {
        const sp_entry *e = &lex->v[lex->table[k] - 1];
        if (e->hash == h && e->len == n && memcmp(lex->pool + e->word, w, n) == 0)
            return (long)(lex->table[k] - 1);
    }
    return -1;
}

static int rehash(sp_lexicon *lex, size_t want)
{
    size_t cap = 64;
    while (cap < want * 2)
        cap *= 2;
    size_t *t = calloc(cap, sizeof *t);
    if (!t)
        return -1;
    for (size_t i = 0; i < lex->n; i++) {
        size_t k = lex->v[i].hash & (cap - 1);
        while (t[k])
            k = (k + 1) & (cap - 1);
        t[k] = i + 1;
    }
    free(lex->table);
    lex->table = t;
    lex->tcap = cap;
    return 0;
}

static int pool_add(sp_lexicon *lex, const char *s, size_t n, size_t *at)
{
    if (grow((void **)&lex->pool, &lex->pool_cap, lex->pool_len + n + 1, 1) != 0)
        return -1;
    memcpy(lex->pool + lex->pool_len, s, n);
    lex->pool[lex->pool_len + n] = '\0';
    *at = lex->pool_len;
    lex->pool_len += n + 1;
    return 0;
}

int sp_phonemes_ok(const char *s, size_t n)
{
    if (n == 0 || n > SP_PHONEMES_MAX)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)s[i]) && !strchr("@',%=:;#*?!-./\"~^|_ ", s[i]))
            return 0;
    for (size_t i = 0; i + 3 <= n; i++)
        if (memcmp(s + i, "_^_", 3) == 0)
            return 0;
    return 1;
}

hd_status sp_lexicon_parse(sp_lexicon *lex, const char *text, size_t len, const char *source,
                           hd_diag *diag)
{
    unsigned long line = 0;
    size_t i = 0, a, b;
    /* only whole lines are comments: espeak-ng phonemes may hold a '#' */
    while (conf_line(text, len, &i, &line, &a, &b, 0)) {
        size_t w = a;
        while (w < b && text[w] != '\t' && text[w] != '=' && text[w] != ' ')
            w++;
        size_t r = w;
        while (r < b && (text[r] == '\t' || text[r] == '=' || text[r] == ' '))
            r++;
        if (w == a || r >= b) {
            diag_set_path(diag, source);
            diag_set(diag, line, 1, "expected 'word<TAB>respelling'");
            return HD_ERR_SETTINGS;
        }
        const char *say = text + r;
        size_t sayn = b - r;
        int ph = sayn >= 4 && memcmp(say, "[[", 2) == 0 && memcmp(say + sayn - 2, "]]", 2) == 0;
        if (ph) {
            say += 2;
            sayn -= 4;
            if (!sp_phonemes_ok(say, sayn)) {
                diag_set_path(diag, source);
                diag_set(diag, line, (unsigned long)(r - a) + 1,
                         "phonemes must be 1 to %d characters of espeak-ng's phoneme alphabet "
                         "(letters, digits, @ ' , %% = : ; # * ? ! - . / \" ~ ^ | _ space)",
                         SP_PHONEMES_MAX);
                return HD_ERR_SETTINGS;
            }
        }
        for (size_t k = 0; k < sayn; k++)
            if ((unsigned char)say[k] < 0x20 && say[k] != '\t') {
                diag_set_path(diag, source);
                diag_set(diag, line, (unsigned long)(r - a + k) + 1, "control character in respelling");
                return HD_ERR_SETTINGS;
            }
        unsigned h = lower_hash(text + a, w - a);
        long k = exact_entry(lex, text + a, w - a, h);
        sp_entry e = {0, 0, w - a, h, 1, ph};
        for (size_t c = a; c < w; c++)
            e.any_case &= !isupper((unsigned char)text[c]);
        if (pool_add(lex, text + a, w - a, &e.word) != 0 || pool_add(lex, say, sayn, &e.say) != 0)
            return HD_ERR_NOMEM;
        if (k >= 0) {
            lex->v[k] = e; /* a later entry for the word wins; the old strings stay in the pool */
            continue;
        }
        if (grow((void **)&lex->v, &lex->cap, lex->n + 1, sizeof *lex->v) != 0)
            return HD_ERR_NOMEM;
        lex->v[lex->n++] = e;
        if (lex->n * 2 > lex->tcap) {
            if (rehash(lex, lex->n * 2) != 0)
                return HD_ERR_NOMEM;
        } else {
            size_t t = h & (lex->tcap - 1);
            while (lex->table[t])
                t = (t + 1) & (lex->tcap - 1);
            lex->table[t] = lex->n;
        }
    }
    return HD_OK;
}

hd_status sp_lexicon_copy(const sp_lexicon *from, sp_lexicon *to)
{
    memset(to, 0, sizeof *to);
    if (!from->n)
        return HD_OK;
    to->pool = malloc(from->pool_len);
    to->v = malloc(from->n * sizeof *to->v);
    to->table = malloc(from->tcap * sizeof *to->table);
    if (!to->pool || !to->v || !to->table) {
        sp_lexicon_clear(to);
        return HD_ERR_NOMEM;
    }
    memcpy(to->pool, from->pool, from->pool_len);
    memcpy(to->v, from->v, from->n * sizeof *to->v);
    memcpy(to->table, from->table, from->tcap * sizeof *to->table);
    to->pool_len = to->pool_cap = from->pool_len;
    to->n = to->cap = from->n;
    to->tcap = from->tcap;
    return HD_OK;
}

/* The entry that says how w[0, n) is read: of those matching (case as the entry
 * says), the one added first, as the file order has it. */
static const sp_entry *lexicon_find(const sp_lexicon *lex, const char *w, size_t n)
{
    if (!lex || !lex->tcap || n == 0)
        return NULL;
    unsigned h = lower_hash(w, n);
    const sp_entry *best = NULL;
    for (size_t k = h & (lex->tcap - 1); lex->table[k]; k = (k + 1) & (lex->tcap - 1)) {
        const sp_entry *e = &lex->v[lex->table[k] - 1];
        if (e->hash == h && entry_matches(lex, e, w, n) && (!best || e < best))
            best = e;
    }
    return best;
}

/* Writes an entry's reading: a respelling as text, phonemes between the markers. */
static void put_entry(sb *o, const sp_lexicon *lex, const sp_entry *e)
{
    if (e->phonemes)
        sb_putc(o, SP_PHONEMES_OPEN);
    sb_puts(o, lex->pool + e->say);
    if (e->phonemes)
        sb_putc(o, SP_PHONEMES_CLOSE);
}

/* ------------------------------------------------------------ data lookups */

/* Field k (0-based) of a tab-separated data line, or NULL. */
static const char *field(const char *line, size_t len, int k, size_t *flen)
{
    size_t a = 0;
    for (int i = 0; i < k; i++) {
        while (a < len && line[a] != '\t')
            a++;
        if (a >= len)
            return NULL;
        a++;
    }
    size_t b = a;
    while (b < len && line[b] != '\t')
        b++;
    *flen = b - a;
    return line + a;
}

enum { NEXT_OTHER, NEXT_NUMBER, NEXT_CAPITAL, AFTER_NUMBER = 8, AFTER_COMMA = 16, NEXT_NAME = 32, NEXT_COUNTY = 64,
       AFTER_NAME = 128, AFTER_NAME_COMMA = 256, PLACE_END = 512, NEXT_ROAD = 1024,
       NEXT_QUADRANT = 2048, NEXT_HON = 4096, NEXT_YEAR = 8192, NEXT_CAPS_NAME = 16384, AFTER_DEBATE = 32768,
       DAY_FIRST = 65536 /* the statement writes dates day first: not a US one */,
       AFTER_REGION = 131072 /* after "northern", "southern", …: "northern CA" */,
       NEXT_OF = 262144 /* before "of": "No. of ballots cast" */,
       AFTER_STREET = 524288 /* after a street's word: "450 Park Ave. S., Suite 1200" */,
       NEXT_CODE = 1048576 /* before a code's name: "Civ. Code", "Bus. & Prof. Code" */,
       AFTER_THE = 2097152 /* after "the": "from the Sun." is no Sunday */,
       AFTER_MONEY = 4194304 /* after an amount of money: "Rs. 9,000 p.m." is per month */,
       NEXT_PHONE = 8388608 /* before a telephone's number: "Ph: 01 222 2170", not "Ph 3 trial" */,
       NAME_MARK = 16777216 /* in brackets after a name: "Ryan Naidoo (c)", "Muhammad (PBUH)" */,
       NEXT_TIME = 33554432 /* before a clock's time: "KO 3pm", "KO 15:00" */,
       AFTER_TIME = 67108864 /* after a clock's time: "11:30 PM Fri", "from 2200 Sat" */,
       CITED = 134217728 /* a number cited as a provision's: "under Art 8", "Arts 9-11 of the ECHR" */,
       AFTER_RADIO = 268435456 /* after a radio's band: "VHF Ch. 16", "VHF ch 13" */,
       AFTER_COUNT = 536870912 /* right after a number, grouped or not: "4,000 (est.)" */,
       PARTICIPLE = 1073741824 /* a verb's participle's place: "was est. in 1923", "est. by Jane Smith" */ };

/* The spoken form of an abbreviation written w[0, n) (with its stops), given what
 * follows. */
static const char *field_of(const char *file, const char *w, size_t n, size_t *len);

static const char *expansion(const char *w, size_t n, int next, size_t *slen)
{
    const char *lines[8];
    size_t lens[8], fl = 0, sl = 0, cl = 0;
    size_t k = data_field_lines("en/expansions.txt", w, n, 1, lines, lens, 8);
    for (size_t i = 0; i < k; i++) {
        const char *line = lines[i];
        size_t len = lens[i];
        const char *form = field(line, len, 0, &fl);
        const char *say = field(line, len, 1, &sl);
        const char *cond = field(line, len, 2, &cl);
        if (!form || !say || fl != n)
            continue;
        int any = cond && cl == 3 && strncmp(cond, "any", 3) == 0;
        if (any ? u8_ncasecmp(form, w, n) != 0 : strncmp(form, w, n) != 0)
            continue;
        /* ("Mon 14 April", and "11:30 PM Fri": a weekday after a clock's time) */
        if (cond && cl == 6 && strncmp(cond, "number", 6) == 0 && (next & 7) != NEXT_NUMBER &&
            !((next & AFTER_TIME) && sl > 3 && strncmp(say + sl - 3, "day", 3) == 0))
            continue;
        if (cond && cl == 2 && strncmp(cond, "of", 2) == 0 && !(next & NEXT_OF))
            continue;
        if (cond && cl == 4 && strncmp(cond, "code", 4) == 0 && !(next & NEXT_CODE))
            continue;
        if (cond && cl == 11 && strncmp(cond, "notafterthe", 11) == 0 && (next & AFTER_THE))
            continue;
        /* "No. 24 Cr. 519": between a docket's numbers ("Ward 12 Cr. Ana Ruiz" is a
         * councillor) */
        if (cond && cl == 6 && strncmp(cond, "docket", 6) == 0 && (!(next & AFTER_NUMBER) || (next & 7) != NEXT_NUMBER))
            continue;
        if (cond && cl == 11 && strncmp(cond, "afternumber", 11) == 0 && !(next & AFTER_NUMBER))
            continue;
        if (cond && cl == 10 && strncmp(cond, "participle", 10) == 0 && !(next & PARTICIPLE))
            continue;
        if (cond && cl == 10 && strncmp(cond, "aftercount", 10) == 0 && !(next & AFTER_COUNT))
            continue;
        if (cond && cl == 10 && strncmp(cond, "aftermoney", 10) == 0 && !(next & AFTER_MONEY))
            continue;
        if (cond && cl == 5 && strncmp(cond, "phone", 5) == 0 && !(next & NEXT_PHONE))
            continue;
        if (cond && cl == 11 && strncmp(cond, "afterstreet", 11) == 0 && !(next & AFTER_STREET))
            continue;
        if (cond && cl == 9 && strncmp(cond, "aftername", 9) == 0 && !(next & (AFTER_NAME | AFTER_NAME_COMMA)))
            continue;
        if (cond && cl == 8 && strncmp(cond, "namemark", 8) == 0 && !(next & NAME_MARK))
            continue;
        if (cond && cl == 12 && strncmp(cond, "notaftername", 12) == 0 && (next & AFTER_NAME))
            continue;
        if (cond && cl == 4 && strncmp(cond, "time", 4) == 0 && !(next & NEXT_TIME))
            continue;
        if (cond && cl == 5 && strncmp(cond, "cited", 5) == 0 && (!(next & CITED) || (next & NEXT_YEAR)))
            continue;
        if (cond && cl == 5 && strncmp(cond, "radio", 5) == 0 && (!(next & AFTER_RADIO) || (next & 7) != NEXT_NUMBER))
            continue;
        /* "the Festival Orchestra, cond. Iván Fischer": after a listing's comma, before a name */
        if (cond && cl == 7 && strncmp(cond, "listing", 7) == 0 && (!(next & NEXT_NAME) || !(next & AFTER_COMMA)))
            continue;
        if (cond && cl == 7 && strncmp(cond, "capital", 7) == 0 && (next & 7) != NEXT_CAPITAL)
            continue;
        if (cond && cl == 8 && strncmp(cond, "capsname", 8) == 0 && !(next & NEXT_CAPS_NAME))
            continue;
        /* "10 S. Kedzie Ave.": after a house number, before the street's name */
        if (cond && cl == 7 && strncmp(cond, "address", 7) == 0 &&
            (!(next & AFTER_NUMBER) || (next & 7) != NEXT_CAPITAL))
            continue;
        if (cond && cl == 4 && strncmp(cond, "name", 4) == 0 && !(next & NEXT_NAME))
            continue;
        if (cond && cl == 5 && strncmp(cond, "title", 5) == 0 && (!(next & NEXT_NAME) || (next & AFTER_NUMBER)))
            continue;
        if (cond && cl == 6 && strncmp(cond, "county", 6) == 0 && !(next & NEXT_COUNTY))
            continue;
        if (cond && cl == 8 && strncmp(cond, "quadrant", 8) == 0 && !(next & NEXT_QUADRANT))
            continue;
        if (cond && cl == 3 && strncmp(cond, "hon", 3) == 0 && !(next & NEXT_HON))
            continue;
        /* "HC Deb, 15 October 2024, c. 231": in a citation of the debates, a column */
        if (cond && cl == 6 && strncmp(cond, "debate", 6) == 0 && !(next & AFTER_DEBATE))
            continue;
        /* "an est. 120,000": before a count, not a year */
        if (cond && cl == 5 && strncmp(cond, "count", 5) == 0 && ((next & 7) != NEXT_NUMBER || (next & NEXT_YEAR)))
            continue;
        /* "block of N. Elm St.": before a street's name */
        if (cond && cl == 4 && strncmp(cond, "road", 4) == 0 && !(next & NEXT_ROAD))
            continue;
        /* "Ferndale Rd", "Kerr St and": after a street's name, before no other name */
        if (cond && cl == 6 && strncmp(cond, "street", 6) == 0 && (!(next & AFTER_NAME) || (next & NEXT_NAME)))
            continue;
        *slen = sl;
        return say;
    }
    /* "Tacoma, Wash.": a US state's abbreviation after a place and its comma */
    if ((next & AFTER_COMMA) && n >= 3 && w[n - 1] == '.' && isupper((unsigned char)w[0]) &&
        strncmp(w, "D.C.", n) != 0) { /* "Washington, D.C." is said as written */
        const char *st = field_of("en/us-states.txt", w, n, slen);
        if (st)
            return st;
    }
    /* "Cambridge, MA", "ASHCOMBE, ON –": a postal code after a town and its comma, at
     * the end of the place (no name after it) */
    /* (not the codes that are words too, "Hello, OK.") */
    if ((next & (AFTER_NAME_COMMA | AFTER_REGION)) && (next & PLACE_END) && n == 2 && isupper((unsigned char)w[0]) &&
        isupper((unsigned char)w[1]) && !strstr(" OK ", (char[5]){' ', w[0], w[1], ' ', 0}) &&
        !((next & DAY_FIRST) && w[0] == 'W' && w[1] == 'A') && /* ("Perth, WA": Western Australia's) */
        !(w[0] == 'D' && w[1] == 'C')) { /* ("Washington, DC" is said as written, as "D.C." is) */
        const char *st = field_of("en/us-states.txt", w, n, slen);
        if (st)
            return st;
    }
    return NULL;
}

/* Whether s[0, n) is a figure after at most a currency's sign (a code's capitals, then
 * '$' or a sign outside ASCII: "5", "$5bn", "€900m", "US$2m"); *signed_ says whether
 * it has a sign, *caps how many capitals came first. */
static int signed_figure(const char *s, size_t n, size_t *caps, size_t *signed_)
{
    size_t k = 0, sign = 0;
    *caps = 0;
    while (k < n && *caps < 2 && isupper((unsigned char)s[k]))
        k++, (*caps)++;
    while (k < n && sign < 3 && (s[k] == '$' || (unsigned char)s[k] >= 0x80))
        k++, sign++;
    *signed_ = sign;
    return k < n && isdigit((unsigned char)s[k]);
}

/* "~5", "~$5bn", "~€900m", "~US$2m": a tilde for "about" before a figure, bare or
 * after a currency's sign. */
static int about_figure(const char *s, size_t n)
{
    size_t caps, sign;
    return n >= 2 && s[0] == '~' && signed_figure(s + 1, n - 1, &caps, &sign) && (!caps || sign);
}

/* 's' spelled, 'w' read as a word, 0 unknown. */
static int common_word(const char *w, size_t n);

static int acronym_kind(const char *w, size_t n)
{
    const char *line = data_word_line("en/acronyms.txt", w, n, 0, DATA_NOT_FIRST);
    return line ? line[0] : 0;
}

/* A currency symbol or code at w: its length (the longest that matches), and the
 * spoken units. */
static size_t currency_at(const char *w, size_t n, const char **one, size_t *onel,
                          const char **many, size_t *manyl)
{
    for (size_t l = n < 8 ? n : 8; l > 0; l--) {
        const char *line;
        size_t len, fl;
        if (!data_field_lines("en/currencies.txt", w, l, 0, &line, &len, 1))
            continue;
        *one = field(line, len, 1, onel);
        *many = field(line, len, 2, manyl);
        if (field(line, len, 0, &fl) && *one && *many)
            return l;
    }
    return 0;
}

/* The second field of the line of a two-column data file whose first is w[0, n). */
static const char *lookup(const char *file, const char *w, size_t n, size_t *slen)
{
    const char *line;
    size_t len;
    if (!data_field_lines(file, w, n, 0, &line, &len, 1))
        return NULL;
    return field(line, len, 1, slen);
}

/* A scale word or suffix ("m", "bn", "million"): the spoken word, or NULL. */
static const char *scale(const char *w, size_t n, size_t *slen)
{
    const char *say = lookup("en/scales.txt", w, n, slen);
    if (!say && n > 2 && n < 16) {
        /* "$4.2 Million" in a title, "BILLION" in capitals */
        char low[16];
        for (size_t k = 0; k < n; k++)
            low[k] = (char)tolower((unsigned char)w[k]);
        say = lookup("en/scales.txt", low, n, slen);
    }
    return say;
}

/* A scale after an amount of money: scale()'s, and the "mm" ("MM") of finance, a
 * thousand thousands ("$400mm"), which after a number alone is millimetres. */
static const char *money_scale(const char *w, size_t n, size_t *slen)
{
    if (n == 2 && (memcmp(w, "mm", 2) == 0 || memcmp(w, "MM", 2) == 0) && data_lang() == 0) {
        *slen = 7;
        return "million";
    }
    return scale(w, n, slen);
}

static const char *symbol(const char *w, size_t n, size_t *slen)
{
    return lookup("en/symbols.txt", w, n, slen);
}

/* The bytes a symbol can start with: every other byte of a word is passed over
 * without a lookup. */
static unsigned char sym_starts_of[DATA_NLANGS][32];
static int sym_done[DATA_NLANGS];
static void make_sym_starts_in(int lang) { data_starts("en/symbols.txt", sym_starts_of[lang]); }

/* ------------------------------------------------------------ words */

/* The words of a measure's dimension after it ("2 km long", "a 10 m high wall"). */
static const char *const dimensions[] = {"long", "wide", "high", "deep", "tall", "thick"};

typedef struct word {
    const char *s; /* the whole word as written */
    size_t n;
    size_t lead, core, trail; /* lengths: opening marks, core, closing marks */
} word;

/* Whether a word after w[i] opens with "#" and a figure ("Ordinances #24-31 and
 * #24-32": numbers of one kind, not a range). */
static int later_hash(const word *w, size_t i, size_t nw)
{
    /* (with the same first part: "#24-31 and #24-32" are a number's parts, "#12-18 and
     * #20-25" two ranges) */
    const char *c = w[i].s + w[i].lead;
    size_t first = 1;
    while (first < w[i].core && isdigit((unsigned char)c[first]))
        first++;
    for (size_t q = i + 1; q < nw && q <= i + 3; q++) {
        const char *t = w[q].s + w[q].lead;
        if (w[q].core > first && t[0] == '#' && memcmp(t, c, first) == 0 && !isdigit((unsigned char)t[first]))
            return 1;
    }
    return 0;
}

static size_t digits_run(const char *s, size_t n);
static double plain_value(const char *s, size_t n);

/* Whether the weekday cut short in brackets at w[i] ("(Sat)") follows a date: a year
 * or a month ("25 October 2025 (Sat)", not "1,050 (SAT)", "page 12 (Sun)"), a month's
 * day ("October 25 (Sat)"), a date in figures ("25/10/2025 (Sat)", "2025-10-25 (Sat)");
 * in title case, or in capitals where the words before are in capitals too ("25
 * OCTOBER 2025 (SAT)"). */
static int weekday_after_date(const word *w, size_t i)
{
    const word *pv = &w[i - 1];
    const char *pc = pv->s + pv->lead, *c = w[i].s + w[i].lead;
    size_t pn = pv->core;
    if (!pn || pv->trail || w[i].core < 3)
        return 0;
    if (isupper((unsigned char)c[1])) {
        for (size_t q = i, k = 0; q > 0 && k < 3; q--, k++)
            if (txt_has_lower(w[q - 1].s + w[q - 1].lead, w[q - 1].core))
                return 0;
    } else if (!islower((unsigned char)c[1])) {
        return 0;
    }
    if ((pn == 4 && digits_run(pc, 4) == 4 && (pc[0] == '1' || pc[0] == '2')) || dt_month(pc, pn) > 0)
        return 1;
    size_t d = digits_run(pc, pn);
    if (i >= 2 && pn <= 4 && d >= 1 && d <= 2 && plain_value(pc, d) >= 1 && plain_value(pc, d) <= 31 &&
        (d == pn || (pn - d == 2 && isalpha((unsigned char)pc[pn - 1]))))
        return dt_month(w[i - 2].s + w[i - 2].lead, w[i - 2].core) > 0;
    if (pn >= 8 && pn <= 10 && isdigit((unsigned char)pc[0]) && isdigit((unsigned char)pc[pn - 1])) {
        size_t seps = 0, digs = 0;
        for (size_t q = 0; q < pn; q++) {
            seps += pc[q] == '/' || pc[q] == '-' || pc[q] == '.';
            digs += isdigit((unsigned char)pc[q]) != 0;
        }
        return seps == 2 && digs + 2 == pn && (d == 4 || digits_run(pc + pn - 4, 4) == 4);
    }
    return 0;
}

/* Whether w[i] in capitals is a surname before its first name, as ballots and lists
 * set them ("NGUYEN, Thi Lan"): five letters or more, two vowels at least, then a
 * comma and a capitalised word in lower case after (not "IMF, World Bank": one vowel;
 * not "ARWU, the union"). */
static size_t digits_run(const char *s, size_t n);

/* Whether t, before a name, is a form of address ("DR.", "Mr", "PROF.") */
static int address_word(const word *t)
{
    if (t->lead || t->trail > 1 || (t->trail == 1 && t->s[t->lead + t->core] != '.'))
        return 0;
    return spk_honorific(t->s + t->lead, t->core + t->trail) || spk_honorific(t->s + t->lead, t->core);
}

/* Whether word x is in capitals with a vowel, as a name set in capitals is */
static int caps_with_vowel(const word *x)
{
    const char *f = x->s + x->lead;
    int vowel = 0;
    for (size_t q = 0; q < x->core; q++) {
        if (!isupper((unsigned char)f[q]) && f[q] != '-' && f[q] != '\'')
            return 0;
        vowel |= strchr("AEIOUY", f[q]) != NULL;
    }
    return x->core >= 2 && vowel;
}

/* Whether w[i] is a name in capitals after a form of address: the first name ("MR.
 * JOHN SMYTH"), or the surname after it ("DR. HELGA BRANDT, Deputy Project
 * Scientist"); a name, not letters. */
static int titled_caps_name(const word *w, size_t i)
{
    if (w[i].lead || !caps_with_vowel(&w[i]))
        return 0;
    if (i >= 1 && address_word(&w[i - 1]))
        return 1;
    return i >= 2 && !w[i - 1].trail && caps_with_vowel(&w[i - 1]) && address_word(&w[i - 2]);
}

static int surname_before_comma(const word *w, size_t i, size_t nw)
{
    const char *c = w[i].s + w[i].lead;
    size_t n = w[i].core, vowels = 0, letters = 0;
    for (size_t q = 0; q < n; q++) {
        vowels += strchr("AEIOUY", c[q]) != NULL;
        letters += isupper((unsigned char)c[q]) != 0;
    }
    if (n < 3 || w[i].trail != 1 || c[n] != ',' || i + 1 >= nw)
        return 0;
    const word *nx = &w[i + 1];
    const char *t = nx->s + nx->lead;
    if (nx->lead || nx->core < 2 || !isupper((unsigned char)t[0]) || !islower((unsigned char)t[1]))
        return 0;
    if (n >= 5 && vowels >= 2)
        return 1;
    /* (a short one, "KWON, Scott (Liberal)", "TSANG, Lee (Independent)", when a party
     * in brackets or the line's end follows the first name, and it is no acronym) */
    const word *after = i + 2 < nw ? &w[i + 2] : NULL;
    return letters == n && vowels >= 1 && acronym_kind(c, n) != 's' && !nx->trail &&
           (!after || (after->lead && after->s[0] == '('));
}

/* Whether w[i], after a comma, is a person's letters ("Alan Kerr, MD", "Prof. Hanna
 * Brandt, MD, FRCP") rather than a state's ("Baltimore, MD"): letters of
 * data/en/post-nominals.txt, with more of them after, or after a name that a title or
 * "by" opens. */
static int degree_after_name(const word *w, size_t i, size_t nw)
{
    const word *x = &w[i];
    if (!data_word_line("en/post-nominals.txt", x->s + x->lead, x->core, 1, DATA_ANYWHERE))
        return 0;
    if (i + 1 < nw && x->trail && x->s[x->lead + x->core] == ',' &&
        data_word_line("en/post-nominals.txt", w[i + 1].s + w[i + 1].lead, w[i + 1].core, 1, DATA_ANYWHERE))
        return 1;
    /* back over the name's capitalised words to what opens it */
    size_t k = i - 1, words = 0;
    int initial = 0; /* ("Teodoro J. Herbosa": a middle initial, its stop) */
    while (k > 0 && words < 4 && w[k - 1].core && isupper((unsigned char)w[k - 1].s[w[k - 1].lead])) {
        int init = w[k - 1].core == 1 && w[k - 1].trail == 1 && w[k - 1].s[w[k - 1].lead + 1] == '.';
        if (w[k - 1].trail && !init)
            break;
        initial |= init;
        k--;
        words++;
    }
    /* ("Tom Reyes, MP": a member of parliament after a name of two words or more, not
     * the Northern Mariana Islands after "Saipan,") */
    if (words >= 1 && x->core == 2 && strncmp(x->s + x->lead, "MP", 2) == 0)
        return 1;
    static const char *const opens[] = {"Dr", "Prof", "Professor", "Doctor", "Mr", "Ms", "Mrs", "Hon", "Hon."};
    for (size_t b = 0; b < 2 && b <= k; b++) {
        const word *o = &w[k - b]; /* the name's first word, or the title before it ("Prof.") */
        for (size_t q = 0; q < sizeof opens / sizeof *opens; q++)
            if (o->core == strlen(opens[q]) && strncmp(o->s + o->lead, opens[q], o->core) == 0)
                return 1;
    }
    /* ("Teodoro J. Herbosa, MD": a middle initial makes it a person's name; "said
     * Sharon Balter, MD": so does the word that attributes a quotation) */
    /* (given name, initial, surname exactly, the first no place's word: not "Fort
     * George G. Meade, MD", "John C. Stennis Space Center, MS") */
    if (initial && words == 2 && !(k > 0 && !w[k - 1].trail && isupper((unsigned char)w[k - 1].s[w[k - 1].lead])) &&
        !data_word_line("en/place-firsts.txt", w[k].s + w[k].lead, w[k].core, 1, DATA_ANYWHERE) &&
        !data_word_line("en/place-lasts.txt", w[k].s + w[k].lead, w[k].core, 1, DATA_ANYWHERE))
        return 1;
    if (k > 0 && words >= 1 && !w[k - 1].trail &&
        data_has_line("en/attribution.txt", w[k - 1].s + w[k - 1].lead, w[k - 1].core))
        return 1;
    return k > 0 && words >= 1 && w[k - 1].core == 2 && strncmp(w[k - 1].s + w[k - 1].lead, "by", 2) == 0;
}


static int is_opening(unsigned char c) { return c == '"' || c == '(' || c == '[' || c == '\''; }

/* The value of the number in words that ends the text written so far, o[0, n) less
 * trailing spaces ("sixty" 60, "twenty-one" 21, "Two" 2, "five hundred" 500), in
 * English; -1 when it ends otherwise. */
static long spelled_number_before(const char *o, size_t n)
{
    static const char *const small[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                        "sixteen", "seventeen", "eighteen", "nineteen"};
    static const char *const tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    if (data_lang() != 0)
        return -1;
    long scale = 1;
    for (int part = 0; part < 2; part++) {
        while (n && o[n - 1] == ' ')
            n--;
        size_t e = n;
        while (n && (isalpha((unsigned char)o[n - 1]) || o[n - 1] == '-'))
            n--;
        if (e == n || (n && isalnum((unsigned char)o[n - 1])))
            return -1;
        const char *w = o + n;
        size_t len = e - n;
        if (part == 0 && (len == 7 || len == 8) &&
            (u8_ncasecmp(w, "hundred", len) == 0 || u8_ncasecmp(w, "thousand", len) == 0)) {
            scale = len == 7 ? 100 : 1000;
            continue; /* "five hundred": the word before */
        }
        const char *hy = memchr(w, '-', len);
        size_t l1 = hy ? (size_t)(hy - w) : len;
        long v = -1;
        for (size_t k = 0; k < 8 && v < 0; k++)
            if (strlen(tens[k]) == l1 && u8_ncasecmp(w, tens[k], l1) == 0)
                v = 20 + 10 * (long)k;
        for (size_t k = 0; k < 20 && v < 0 && !hy; k++)
            if (strlen(small[k]) == l1 && u8_ncasecmp(w, small[k], l1) == 0)
                v = (long)k;
        if (v >= 20 && hy) {
            long u = -1;
            for (size_t k = 1; k < 10 && u < 0; k++)
                if (strlen(small[k]) == len - l1 - 1 && u8_ncasecmp(hy + 1, small[k], len - l1 - 1) == 0)
                    u = (long)k;
            v = u > 0 ? v + u : -1;
        }
        return v < 0 ? -1 : v * scale;
    }
    return -1;
}

/* Where the word that ends at text[at] (its last byte before at) starts. */
static size_t word_start(const char *text, size_t at)
{
    while (at > 0 && text[at - 1] != ' ' && text[at - 1] != '\n')
        at--;
    return at;
}

static int equals_word(const word *x, const char *t)
{
    return x->core == strlen(t) && u8_ncasecmp(x->s + x->lead, t, x->core) == 0;
}

/* Whether x is one of the k words of list, in any case. */
static int equals_any(const word *x, const char *const *list, size_t k)
{
    for (size_t q = 0; x && q < k; q++)
        if (equals_word(x, list[q]))
            return 1;
    return 0;
}

/* Whether the sentence w[0, nw) is about a race or an outing, where "10k" is a
 * distance ("the 5-10k option at the city marathon", "She ran 5-10k"), not thousands
 * (not "running costs reached 40k", "the event raised 40k": no words that are as
 * often about money) */
static int race_sentence(const word *w, size_t nw, size_t i)
{
    /* (words as often about money count right after the distance only: "the 5-10k
     * route", "a 10k walking challenge", not "the event raised 40k") */
    static const char *const after[] = {"route", "event", "walking", "running", "cycling", "hiking", "challenge",
                                        "option", "distance", "loop"};
    if (i + 1 < nw && !w[i].trail && equals_any(&w[i + 1], after, sizeof after / sizeof *after))
        return 1;
    /* (and an outing's verb right before it: "cycling 40k a week") */
    static const char *const before[] = {"walking", "running", "cycling", "hiking", "rowing", "swimming"};
    if (i > 0 && i < nw && !w[i - 1].trail && equals_any(&w[i - 1], before, sizeof before / sizeof *before))
        return 1;
    static const char *const runs[] = {"run", "race", "walk", "trail", "loop", "swim", "ride", "course", "fun",
                                       "runners", "runner", "marathon", "km", "split", "splits", "finish",
                                       "races", "walkers", "riders", "cyclists", "relay", "parkrun",
                                       "ran", "runs", "walks", "walked", "cycled", "cycles", "rode", "swam",
                                       "cycle", "jog", "jogs", "jogged", "row", "rows", "rowed",
                                       "swims", "paddle", "hike", "hikes", "hiked", "marathons", "triathlon",
                                       "parkruns"};
    for (size_t q = 0; q < nw; q++)
        /* ("run" as a verb, "run by the council", is no race) */
        if (equals_any(&w[q], runs, sizeof runs / sizeof *runs) &&
            !(equals_word(&w[q], "run") && q + 1 < nw && !w[q].trail && equals_word(&w[q + 1], "by")))
            return 1;
    return 0;
}

/* Whether w[i] is a US state's postal code ("OH") in a list of them (state_in_list). */
static int postal_code(const word *x)
{
    size_t l;
    const char *c = x->s + x->lead;
    return x->core == 2 && isupper((unsigned char)c[0]) && isupper((unsigned char)c[1]) &&
           field_of("en/us-states.txt", c, 2, &l) != NULL;
}

static int state_in_list(const word *w, size_t i, size_t nw)
{
    if (!postal_code(&w[i]))
        return 0;
    /* the run of codes around it, items parted by a comma, "and" or "or": three at
     * least ("an MS and MD", "Ann Lee, PA, and Tom Hart, MD" are no list of states) */
    size_t lo = i, hi = i;
    for (;;) {
        size_t k = lo;
        if (k >= 1 && w[k - 1].trail && w[k - 1].s[w[k - 1].lead + w[k - 1].core] == ',' && postal_code(&w[k - 1]))
            lo = k - 1;
        else if (k >= 2 && (equals_word(&w[k - 1], "and") || equals_word(&w[k - 1], "or")) && postal_code(&w[k - 2]))
            lo = k - 2;
        else
            break;
    }
    for (;;) {
        size_t k = hi;
        int comma = w[k].trail && w[k].s[w[k].lead + w[k].core] == ',';
        size_t j = k + 1;
        if (j < nw && (equals_word(&w[j], "and") || equals_word(&w[j], "or")))
            j++;
        if (j < nw && (comma || j == k + 2) && postal_code(&w[j]))
            hi = j;
        else
            break;
    }
    size_t n = 0;
    for (size_t k = lo; k <= hi; k++)
        n += postal_code(&w[k]);
    /* (not after an article: "an MS") */
    int article = lo >= 1 && (equals_word(&w[lo - 1], "a") || equals_word(&w[lo - 1], "an") ||
                              equals_word(&w[lo - 1], "the") || equals_word(&w[lo - 1], "An") ||
                              equals_word(&w[lo - 1], "The") || equals_word(&w[lo - 1], "A"));
    /* (two will do when neither is also a title's, a word's or a city's letters: "NY
     * and NJ", not "MS and MD", "LA and NY") */
    static const char *const loose = " MS MD PA LA IN OR ME OK HI DE CO AL ID MA MO GA ";
    int plain = n == 2;
    for (size_t k = lo; plain && k <= hi; k++)
        if (postal_code(&w[k]))
            plain = !strstr(loose, (char[5]){' ', w[k].s[w[k].lead], w[k].s[w[k].lead + 1], ' ', 0});
    return (n >= 3 || plain) && !article;
}


/* Whether w[0, nw) is a listing line alone, an exchange's label and its ticker, or a
 * few ("ASX: KRM", "TSX: ACM | OTCQB: ACMF"), as a mining release prints under its
 * kind: in capitals, but no headline (its letters are spelled as in the text). */
static int listing_line(const word *w, size_t nw)
{
    size_t pairs = 0;
    for (size_t t = 0; t < nw;) {
        if (w[t].core == 1 && !isalnum((unsigned char)w[t].s[w[t].lead]) && pairs) {
            t++; /* ("|", "/" between pairs) */
            continue;
        }
        if (t + 1 >= nw || !w[t].trail || w[t].s[w[t].lead + w[t].core] != ':' ||
            !data_has_line("en/exchanges.txt", w[t].s + w[t].lead, w[t].core))
            return 0;
        const word *k = &w[t + 1];
        if (k->lead || k->core < 2 || k->core > 6)
            return 0;
        for (size_t q = 0; q < k->core; q++)
            if (!isupper((unsigned char)k->s[k->lead + q]) && k->s[k->lead + q] != '.')
                return 0;
        pairs++;
        t += 2;
    }
    return pairs > 0;
}

/* Whether x is a word a clock's time follows ("at 1400 GMT", "until 09:12:00"). */
static int clock_word(const word *x)
{
    static const char *const words[] = {"at", "until", "till", "by", "before", "after", "since", "from", "around"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (equals_word(x, words[k]))
            return 1;
    return 0;
}

/* Whether the word before w[k] (a clock's word) says an amount: "stood at 2130 hrs",
 * "totalled", "capped". */
static int amount_verb(const word *w, size_t k)
{
    static const char *const verbs[] = {"stood", "stands", "totalled", "totaled", "estimated", "capped", "put", "set"};
    if (k < 1 || w[k - 1].trail)
        return 0;
    for (size_t q = 0; q < sizeof verbs / sizeof *verbs; q++)
        if (equals_word(&w[k - 1], verbs[q]))
            return 1;
    return 0;
}

/* Whether w[k] is a clock's word, or a word of about after one ("at approximately
 * 2340 hours", "at about 0140", as police statements write times). */
static int clock_at(const word *w, size_t k)
{
    if (clock_word(&w[k]))
        return 1;
    static const char *const about[] = {"approximately", "about", "roughly", "approx", "approx.", "around"};
    for (size_t a = 0; a < sizeof about / sizeof *about; a++)
        if (equals_word(&w[k], about[a]))
            return k > 0 && !w[k - 1].trail && clock_word(&w[k - 1]) && !equals_word(&w[k - 1], "around");
    return 0;
}

/* Whether the word after word i, joined to it, names what it counts: a unit,
 * a scale (scales.txt: "k", "bn", "million"), "percent", "per …": "11.45 million" and
 * "9.30 k" are amounts, not clocks. */
static int currency_named(const char *w, size_t n, const char **key, size_t *keyl);

/* Whether w[0, n) names a currency or its minor unit: "euros", "cents", "pence",
 * "USD" (data/en/currencies.txt). */
static int currency_word(const char *w, size_t n)
{
    const char *key;
    size_t keyl;
    if (currency_named(w, n, &key, &keyl))
        return 1;
    if (n < 4 || !islower((unsigned char)w[0]))
        return 0;
    const data_file *f = data_get("en/currencies.txt");
    const char *line;
    size_t pos = 0, len;
    while (f && data_next_line(f, &pos, &line, &len)) {
        size_t l3 = 0, l4 = 0;
        const char *m1 = field(line, len, 3, &l3), *m2 = field(line, len, 4, &l4);
        if ((m1 && l3 == n && strncmp(m1, w, n) == 0) || (m2 && l4 == n && strncmp(m2, w, n) == 0))
            return 1;
    }
    return 0;
}

static int amount_after(const word *w, size_t i, size_t nw)
{
    const word *nx = i + 1 < nw ? &w[i + 1] : NULL;
    const char *ul;
    size_t ull;
    if (!nx || w[i].trail || !nx->core)
        return 0;
    const char *t = nx->s + nx->lead;
    return data_field_lines("en/units.txt", t, nx->core, 0, &ul, &ull, 1) ||
           data_field_lines("en/scales.txt", t, nx->core, 0, &ul, &ull, 1) || strncmp(t, "per", 3) == 0;
}

/* amount_after, or a currency's name or code after it ("21.07 cents", "7.15 euros",
 * "1.17 USD"): for a number shaped as a time, the few that are (the currencies' file
 * is read line by line). */
static int amount_or_money_after(const word *w, size_t i, size_t nw)
{
    if (amount_after(w, i, nw))
        return 1;
    const word *nx = i + 1 < nw ? &w[i + 1] : NULL;
    return nx && !w[i].trail && nx->core && currency_word(nx->s + nx->lead, nx->core);
}

/* The length of the hour in a time written with a stop, "9.30" 1, "11.45" 2; 0 for
 * none (a shape only: the hour and minute are checked where it is read). */
static size_t stopped_time(const char *c, size_t n)
{
    size_t h = n == 4 ? 1 : n == 5 ? 2 : 0;
    return h && c[h] == '.' && strspn(c, "0123456789") == h && strspn(c + h + 1, "0123456789") == 2 ? h : 0;
}

/* 1 when word i ends with a stop of its own (an abbreviation's: "Fri.", "St.") that ends
 * no sentence, a word coming after it: the stop not to say as a pause. */
static size_t own_stop(const word *w, size_t i, size_t nw)
{
    return w[i].trail && w[i].s[w[i].lead + w[i].core] == '.' && i + 1 < nw;
}

static int is_closing(unsigned char c)
{
    return c == '"' || c == ')' || c == ']' || c == '\'' || c == ',' || c == ';' || c == ':' ||
           c == '.' || c == '!' || c == '?';
}

/* Splits off opening and closing marks (ASCII after the typographic ones are mapped). */
static void split_word(word *w)
{
    size_t a = 0, b = w->n;
    while (a < b && is_opening((unsigned char)w->s[a]))
        a++;
    while (b > a && is_closing((unsigned char)w->s[b - 1]))
        b--;
    w->lead = a;
    w->core = b - a;
    w->trail = w->n - b;
}

static int all_digits(const char *s, size_t n)
{
    if (!n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

/* A number as written: digits with , thousands and one . decimal part. */
static size_t number_len(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (isdigit((unsigned char)s[i]) ||
                     ((s[i] == ',' || s[i] == '.') && i > 0 && i + 1 < n &&
                      isdigit((unsigned char)s[i + 1]))))
        i++;
    return i > 0 && isdigit((unsigned char)s[0]) ? i : 0;
}

/* Whether w[0, n) is a preposition or a conjunction that joins an amount to what it
 * is of ("in", "of", "for"). */
static int is_preposition(const char *w, size_t n)
{
    static const char *const words[] = {"in", "of", "for", "to", "on", "at", "from", "per", "p.a", "and", "or",
                                        "with", "by", "into", "over", "under", "across", "without", "including", "excluding",
                                        "plus", "after", "before", "towards", "toward"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (strlen(words[k]) == n && strncmp(words[k], w, n) == 0)
            return 1;
    return 0;
}

static int next_kind(const word *w)
{
    if (!w)
        return NEXT_OTHER;
    const char *c = w->s + w->lead;
    if (w->core && isdigit((unsigned char)c[0])) {
        /* (a year: "est. 1990" is established, "est. 120,000" estimated) */
        int year = w->core == 4 && all_digits(c, 4) && (c[0] == '1' || (c[0] == '2' && c[1] == '0'));
        size_t digits = 0;
        for (size_t k = 0; k < w->core; k++)
            digits += isdigit((unsigned char)c[k]) != 0;
        int phone = c[0] == '0' || (w->lead && w->s[0] == '(') || (digits >= 6 && !year);
        return NEXT_NUMBER | (year ? NEXT_YEAR : 0) | (phone ? NEXT_PHONE : 0);
    }
    /* "Tel +261 34 05 000 00", "Tel: +1 917 …": a phone number in its international form */
    if (w->core >= 2 && c[0] == '+' && isdigit((unsigned char)c[1]))
        return NEXT_NUMBER | NEXT_PHONE;
    /* "c. £13.4bn", "approx. US$2m": an amount, a currency's sign before its figure */
    size_t caps, sign;
    if (w->core >= 2 && signed_figure(c, w->core, &caps, &sign) && sign)
        return NEXT_NUMBER;
    /* "No. R-2025-88", "no. IOS-2210457", "No. SC123456": a code in capitals with
     * digits counts too (with a hyphen, or three digits or more) */
    if (w->core >= 3 && isupper((unsigned char)c[0]) && !txt_has_lower(c, w->core)) {
        size_t digits = 0;
        for (size_t k = 0; k < w->core; k++)
            digits += isdigit((unsigned char)c[k]) != 0;
        if (digits && (memchr(c, '-', w->core) || digits >= 3))
            return NEXT_NUMBER;
    }
    /* (a title's abbreviation is no name: "ld. Sr. Adv." is a Senior Advocate) */
    /* (but a form of address opens one: "Eng. Dr. Kofi Mensah") */
    /* (nor a number's: "Lic. No. 12345", a licence's) */
    int acls = w->trail && c[w->core] == '.' ? seg_abbreviation(c, w->core) : 0;
    int title = (acls == 't' || acls == 'n') && !spk_honorific(c, w->core + 1);
    /* "CALLUM", "MALHOTRA-FELL": a name set in capitals, three letters or more */
    int caps_name = w->core >= 3;
    for (size_t k = 0; k < w->core && caps_name; k++)
        caps_name = isupper((unsigned char)c[k]) || (c[k] == '-' && k > 0) || c[k] == '\'';
    /* ("Dr. A. Smith": an initial, a stop after it, opens a name too) */
    int initial = w->core == 1 && w->trail >= 1 && c[1] == '.' && isalpha((unsigned char)c[0]);
    /* (or initials run together, "Lt Gen R.K. Menon") */
    if (!initial && w->core >= 3 && w->core % 2 == 1 && w->trail >= 1 && c[w->core] == '.') {
        initial = 1;
        for (size_t k = 0; k < w->core && initial; k++)
            initial = k % 2 ? c[k] == '.' : isupper((unsigned char)c[k]) != 0;
    }
    if (w->core && isupper((unsigned char)c[0]))
        return NEXT_CAPITAL | (caps_name ? NEXT_CAPS_NAME : 0) |
               (((w->core >= 2 && islower((unsigned char)c[1])) || initial) && !title ? NEXT_NAME : 0) |
               (data_word_line("en/counties.txt", c, w->core, 0, DATA_ANYWHERE) ? NEXT_COUNTY : 0);
    return NEXT_OTHER;
}

static void put_ordinal(sb *o, int d)
{
    const char *suffix = (d % 100 >= 11 && d % 100 <= 13) ? "th"
                         : d % 10 == 1                    ? "st"
                         : d % 10 == 2                    ? "nd"
                         : d % 10 == 3                    ? "rd"
                                                          : "th";
    sb_printf(o, "%d%s", d, suffix);
}

/* Primes after the figures that end at c[q] ("1'42\"", "5′10″"; the apostrophe and
 * quotation mark typed for them): where the second figures start (*e) and end
 * (*id), and the length of the double mark after them (*ml), in the word or just
 * after it (c[n, n + trail) holds the word's closing marks); 0 when there is no
 * such pair. */
static int prime_pair(const char *c, size_t n, size_t trail, size_t q, size_t *e, size_t *id, size_t *ml)
{
    size_t p1 = q < n && c[q] == '\'' ? 1 : n - q >= 3 && memcmp(c + q, "\xE2\x80\xB2", 3) == 0 ? 3 : 0;
    *e = *id = q + p1;
    while (*id < n && isdigit((unsigned char)c[*id]))
        (*id)++;
    const char *m = c + *id, *end = c + n + trail;
    *ml = m < end && *m == '"' ? 1
          : end - m >= 3 && (memcmp(m, "\xE2\x80\xB3", 3) == 0 || memcmp(m, "\xE2\x80\x9D", 3) == 0) ? 3
                                                                                                : 0;
    return p1 && *ml && *id > *e;
}

/* The letter A said as a letter ("eI"), written as phonemes: espeak-ng reads "A"
 * before a word or a figure as the article. */
static void put_letter_a(sb *o)
{
    sb_putc(o, SP_PHONEMES_OPEN);
    sb_puts(o, ",eI");
    sb_putc(o, SP_PHONEMES_CLOSE);
}

/* A capital said as a letter: put_letter_a's for "A", itself for the others. */
static void put_letter(sb *o, char c)
{
    if (c == 'A')
        put_letter_a(o);
    else
        sb_putc(o, c);
}

/* Letters of an acronym, joined by stops: "EU" -> "E.U", "MEPs" -> "M.E.P's", "CO2" ->
 * "C.O 2". Why stops: espeak-ng reads "E.U" as one spelled word with its natural
 * stress, while "E U" gives each letter a stress of its own and a lone "A" is read
 * as the article ("U A E" is "you uh E"). But two letters and a plural go apart ("EVs"
 * "E V's"): espeak-ng reads "E.V's" as "E dot V's". */
/* Characters s[0, n) one by one, a space between ("1 2 2 W A F"): a code's or a
 * number's figures said apart. */
static void put_apart(sb *o, const char *s, size_t n)
{
    for (size_t q = 0; q < n; q++) {
        /* (a lone "A" is the letter, not the article: "Z A E 0 0 0") */
        if (s[q] == 'A' && data_lang() == 0) {
            if (q)
                sb_putc(o, ' ');
            put_letter_a(o);
            continue;
        }
        sb_printf(o, q ? " %c" : "%c", s[q]);
    }
}

static void spell(sb *o, const char *w, size_t n)
{
    int two_plural = n == 3 && w[2] == 's' && isupper((unsigned char)w[0]) && isupper((unsigned char)w[1]) &&
                     data_lang() == 0;
    int prev = 0; /* 1 after a letter, 2 after a digit */
    /* "of A.F.P", "at A.I.S.C", "for A.B.C": after these espeak-ng takes the A for the
     * article ("of a dot F P"); the letter's sound, written as phonemes */
    int article = 0;
    if (n >= 2 && w[0] == 'A' && data_lang() == 0 && o->len >= 3) {
        size_t e = o->len;
        while (e > 0 && o->s[e - 1] == ' ')
            e--;
        size_t st = e;
        while (st > 0 && isalpha((unsigned char)o->s[st - 1]))
            st--;
        article = (e - st == 2 && (u8_ncasecmp(o->s + st, "of", 2) == 0 || u8_ncasecmp(o->s + st, "at", 2) == 0)) ||
                  (e - st == 3 && u8_ncasecmp(o->s + st, "for", 3) == 0);
        /* ("of ADRs": the letters after the A are two and a plural, "D R's") */
        two_plural |= article && n == 4 && w[3] == 's' && isupper((unsigned char)w[1]) && isupper((unsigned char)w[2]);
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c == '.')
            continue;
        if (article) {
            if (o->len && o->s[o->len - 1] != ' ')
                sb_putc(o, ' ');
            put_letter_a(o);
            article = 0;
            prev = 0;
            continue;
        }
        if (i + 1 == n && c == 's' && i > 0 && data_lang() == 0) {
            sb_puts(o, "'s");
            break;
        }
        int kind = isdigit(c) ? 2 : 1;
        if (!prev ? o->len && o->s[o->len - 1] != ' ' && o->s[o->len - 1] != '\'' : prev != kind)
            sb_putc(o, ' '); /* "G 20", "C.O 2" */
        else if (prev == 1)
            sb_putc(o, data_lang() == 0 && !two_plural ? '.' : ' '); /* French espeak-ng: "U E" */
        sb_putc(o, (char)toupper(c));
        prev = kind;
    }
}

/* Numbers in words, for what espeak-ng cannot inflect ("thirty-fives", "sixties"). */
static const char *const units_words[] = {"zero", "one", "two", "three", "four", "five", "six",
                                          "seven", "eight", "nine", "ten", "eleven", "twelve",
                                          "thirteen", "fourteen", "fifteen", "sixteen",
                                          "seventeen", "eighteen", "nineteen"};
static const char *const tens_words[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty",
                                         "seventy", "eighty", "ninety"};

/* 0..99 in words, as a plural when `plural` ("sixties", "thirty-fives", "sixes"). */
static void put_number_words(sb *o, int v, int plural)
{
    const char *last;
    if (v < 20) {
        last = units_words[v];
    } else if (v % 10 == 0) {
        last = tens_words[v / 10];
    } else {
        sb_printf(o, "%s-", tens_words[v / 10]);
        last = units_words[v % 10];
    }
    size_t n = strlen(last);
    if (!plural)
        sb_puts(o, last);
    else if (last[n - 1] == 'y')
        sb_printf(o, "%.*sies", (int)(n - 1), last);
    else if (last[n - 1] == 'x' || last[n - 1] == 's')
        sb_printf(o, "%ses", last);
    else
        sb_printf(o, "%ss", last);
}

/* A year as it is said: espeak-ng reads 1100-1999 as "nineteen hundred and sixty
 * three", so those go as two pairs ("19 63", "19 oh 5", "19 hundred"). */
static void put_pairs(sb *o, int v);

static void put_year(sb *o, int y)
{
    if (y >= 1100 && y <= 1999)
        put_pairs(o, y);
    else
        sb_printf(o, "%d", y);
}

/* Four digits as two pairs: "19 63", "19 oh 5", "19 hundred" (years, flights). */
static void put_pairs(sb *o, int v)
{
    if (v % 100 == 0)
        sb_printf(o, "%d hundred", v / 100);
    else if (v % 100 < 10)
        sb_printf(o, "%d oh %d", v / 100, v % 100);
    else
        sb_printf(o, "%d %d", v / 100, v % 100);
}

/* "example.org/path" -> "example dot org slash path". */
static void spell_address(sb *o, const char *w, size_t n)
{
    /* the host's last part, when it is a country's two letters ("au", "ca", "de"):
     * letters, as people say them (espeak-ng says "au" as "oh") */
    size_t host = 0, cc = SIZE_MAX;
    if (n > 7 && strncmp(w, "http", 4) == 0 && memchr(w, ':', 6))
        host = (size_t)((const char *)memchr(w, ':', 6) - w) + 3;
    const char *hs = host < n ? memchr(w + host, '/', n - host) : NULL;
    size_t he = hs ? (size_t)(hs - w) : n;
    if (he >= 3 && w[he - 3] == '.' && isalpha((unsigned char)w[he - 2]) && isalpha((unsigned char)w[he - 1]))
        cc = he - 2;
    /* and "edu", said as letters too (espeak-ng says "eddoo") */
    if (he >= 4 && w[he - 4] == '.' && u8_ncasecmp(w + he - 3, "edu", 3) == 0 && data_lang() == 0)
        cc = he - 3;
    for (size_t i = 0; i < n; i++) {
        char c = w[i];
        if (i == cc) {
            size_t k = i;
            for (; k < he; k++)
                sb_printf(o, k > i ? " %c" : "%c", toupper((unsigned char)w[k]));
            i = k - 1;
            continue;
        }
        const char *say = c == '.' ? " dot " : c == '/' ? " slash " : c == '@' ? " at "
                        : c == '_' ? " underscore " : c == '-' ? " dash " : c == ':' ? " colon "
                        : NULL;
        /* in the statement's language (data/fr/words.txt: " dot " is " point ") */
        char said[48];
        if (say && data_lang() != 0) {
            char key[24];
            size_t kl = strlen(say) - 2;
            memcpy(key, say + 1, kl);
            key[kl] = '\0';
            snprintf(said, sizeof said, " %s ", data_say(key));
            say = said;
        }
        if (say) {
            /* no trailing slash spoken */
            if (c == '/' && i + 1 == n)
                break;
            sb_puts(o, say);
        } else {
            sb_putc(o, c);
        }
    }
}

/* Is word w made for a phone number: digits with - ( ) . / and, for the first, a
 * leading +? Returns its digits, 0 when it holds anything else. */
static size_t phone_digits(const word *w, int first)
{
    const char *t = w->s + w->lead;
    size_t d = 0;
    for (size_t j = 0; j < w->core; j++) {
        if (isdigit((unsigned char)t[j]))
            d++;
        else if (!(t[j] == '-' || t[j] == '(' || t[j] == ')' || t[j] == '.' || t[j] == '/' ||
                   (first && j == 0 && t[j] == '+')))
            return 0;
    }
    return d;
}

/* Words that announce a phone number. */
static int phone_cue(const word *w)
{
    static const char *const cues[] = {"call", "calling", "dialling", "dialing", "phoning", "ringing",
                                       "tel", "telephone", "phone", "fax", "mobile",
                                       "hotline", "dial", "helpline", "cell", "ring", "text",
                                       "WhatsApp", "SMS",
                                       /* "call NHS 111", "TTY: 711": a service's or a
                                        * text phone's number after its name */
                                       "NHS", "TTY", "TDD", "textphone", "relay",
                                       /* French and Spanish: « tél. 01 … », "teléfono 913 358 412" */
                                       "t\xC3\xA9l", "t\xC3\xA9l\xC3\xA9phone", "portable", "appelez",
                                       "tel\xC3\xA9\x66ono", "telefono", "tlf", "tfno", "m\xC3\xB3vil",
                                       "movil", "celular", "llame", "llamar"};
    const char *c = w->s + w->lead;
    size_t n = w->core;
    if (n > 1 && c[n - 1] == '.')
        n--;
    for (size_t i = 0; i < sizeof cues / sizeof *cues; i++)
        if (strlen(cues[i]) == n && u8_ncasecmp(cues[i], c, n) == 0)
            return 1;
    return 0;
}

/* The digit groups of s[0, n): their count, lengths, whether the first opens with 0. */
static size_t digit_groups(const char *s, size_t n, size_t *lens, size_t max)
{
    size_t g = 0;
    for (size_t i = 0; i < n;) {
        if (!isdigit((unsigned char)s[i])) {
            i++;
            continue;
        }
        size_t a = i;
        while (i < n && isdigit((unsigned char)s[i]))
            i++;
        if (g < max)
            lens[g] = i - a;
        g++;
    }
    return g;
}

/* Aircraft types, said as crews and airlines say them: "737-800" (a Boeing 7x7 and its
 * series) "7 3 7 800", not a range; "A350-900", "A321neo" "A3 50 900", "A3 21 neo";
 * and after a maker's name a type and its series ("ATR 72-600", "Dash 8-400") "72 600".
 * Returns 1 when it wrote word i. */
static size_t aircraft(sb *o, const word *w, size_t i)
{
    static const char *const makers[] = {"Boeing", "Airbus", "ATR", "Embraer", "Bombardier", "Dash", "Cessna",
                                         "Gulfstream", "Comac", "Antonov", "Sukhoi", "Tupolev", "Ilyushin",
                                         "Saab", "Fokker", "Learjet", "Beechcraft", "Pilatus"};
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core;
    size_t d = 0;
    if (!n || !(isdigit((unsigned char)c[0]) || c[0] == 'A'))
        return 0; /* (every type below starts so) */
    while (d < n && isdigit((unsigned char)c[d]))
        d++;
    int maker = i > 0 && !w[i - 1].trail;
    if (maker) {
        maker = 0;
        for (size_t k = 0; k < sizeof makers / sizeof *makers && !maker; k++)
            maker = w[i - 1].core == strlen(makers[k]) && strncmp(w[i - 1].s + w[i - 1].lead, makers[k], w[i - 1].core) == 0;
    }
    /* a Boeing: 707 … 787, then a dash and its series */
    if (d == 3 && c[0] == '7' && c[2] == '7' && n > 4 && c[3] == '-') {
        /* its series, and a variant's capitals spelled ("777-300ER", "747-8F") */
        size_t sd = 4, sx;
        while (sd < n && isdigit((unsigned char)c[sd]))
            sd++;
        for (sx = sd; sx < n && c[sx] >= 'A' && c[sx] <= 'Z';)
            sx++;
        if (sd > 4 && sd - 4 <= 3 && sx == n && n - sd <= 3) { /* ("767-300ERF") */
            sb_putn(o, x->s, x->lead);
            sb_printf(o, "%c %c %c %.*s", c[0], c[1], c[2], (int)(sd - 4), c + 4);
            if (n > sd) {
                sb_putc(o, ' ');
                spell(o, c + sd, n - sd);
            }
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* an Airbus: A3xx or A2xx, its series after a dash, "neo" or "ceo" joined */
    if (n >= 4 && c[0] == 'A' && (c[1] == '3' || c[1] == '2') && isdigit((unsigned char)c[2]) &&
        isdigit((unsigned char)c[3]) && (n == 4 || c[4] == '-' || islower((unsigned char)c[4]))) {
        size_t r = 4;
        const char *series = NULL, *suffix = NULL;
        size_t sl = 0, xl = 0;
        if (r < n && c[r] == '-') {
            size_t q = r + 1;
            while (q < n && isdigit((unsigned char)c[q]))
                q++;
            if (q == r + 1 || q - r - 1 > 4) /* ("A350-1000") */
                return 0;
            series = c + r + 1;
            sl = q - r - 1;
            r = q;
        }
        if (r < n) {
            if (!((n - r == 3) && (strncmp(c + r, "neo", 3) == 0 || strncmp(c + r, "ceo", 3) == 0)))
                return 0;
            suffix = c + r;
            xl = 3;
        }
        if (!series && !suffix && !maker)
            return 0; /* "A320" alone may be a road */
        sb_putn(o, x->s, x->lead);
        sb_printf(o, "A%c %.*s", c[1], 2, c + 2); /* "A3": the letter, not the article */
        if (series)
            sb_printf(o, " %.*s", (int)sl, series);
        if (suffix)
            sb_printf(o, " %.*s", (int)xl, suffix);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* after a maker: "72-600", "8-400" */
    if (maker && d >= 1 && d <= 3 && d + 1 < n && c[d] == '-' && all_digits(c + d + 1, n - d - 1) && n - d - 1 <= 3) {
        sb_putn(o, x->s, x->lead);
        sb_printf(o, "%.*s %.*s", (int)d, c, (int)(n - d - 1), c + d + 1);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    return 0;
}

/* "1:12.904", "2:05:33.7": a running time with its seconds' fraction (a lap, a race,
 * a split), and "2:05:33" after "in", "of" or "time": minutes and seconds, not a clock
 * ("one colon twelve point nine"). Returns 1 when it wrote word i. */
static size_t running_time(sb *o, const word *w, size_t i, size_t nw)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core, k = 0;
    /* "+0:38": a gap behind the winner */
    int plus = n > 1 && c[0] == '+';
    c += plus;
    n -= (size_t)plus;
    int part[3], np = 0;
    while (np < 3) {
        size_t d = 0;
        while (k + d < n && isdigit((unsigned char)c[k + d]))
            d++;
        if (d == 0 || d > 2 || (np > 0 && d != 2))
            return 0;
        part[np++] = atoi(c + k); /* (atoi stops at the colon) */
        k += d;
        if (k >= n || c[k] != ':')
            break;
        k++;
    }
    if (np < 2 || (np == 3 && k < n && c[k] == ':'))
        return 0;
    size_t frac = 0; /* the fraction's digits, after its point */
    if (k + 1 < n && c[k] == '.')
        while (k + 1 + frac < n && isdigit((unsigned char)c[k + 1 + frac]))
            frac++;
    if (k + (frac ? 1 + frac : 0) != n || part[np - 1] > 59 || (np == 3 && part[1] > 59))
        return 0;
    /* "in 2:05:33", "Team Corvex 4:02:17": hours, minutes and seconds are a running
     * time, but for a clock's ("at 09:12:00", "16:45:00 CET", "09:12:00 -0400") */
    const word *pv = i > 0 && !w[i - 1].trail ? &w[i - 1] : NULL, *nx = i + 1 < nw && !x->trail ? &w[i + 1] : NULL;
    /* (and "to", "and" between two: "from 09:00:00 to 16:45:00") */
    int at = pv && (clock_at(w, i - 1) || equals_word(pv, "to") || equals_word(pv, "and"));
    const char *zl;
    size_t zll;
    if (nx && nx->core && (nx->s[0] == '+' || nx->s[0] == '-' || u8_ncasecmp(nx->s, "a.m", 3) == 0 ||
                           u8_ncasecmp(nx->s, "p.m", 3) == 0 || equals_word(nx, "am") || equals_word(nx, "pm") ||
                           data_field_lines("en/zones.txt", nx->s + nx->lead, nx->core, 0, &zl, &zll, 1)))
        at = 1;
    int timed = (np == 3 && !at) || plus;
    /* "won by 0:34", "a margin of 1:12": minutes and seconds of a margin, no clock
     * (a clock's hour nought is written "00:34") */
    if (!timed && np == 2 && pv && (equals_word(pv, "by") || equals_word(pv, "of")) && c[0] == '0' && c[1] == ':')
        timed = 1;
    if (!frac && !timed)
        return 0;
    sb_putn(o, x->s, x->lead);
    if (plus)
        sb_puts(o, "plus ");
    /* (each unit that is not nought: "00:07:48" seven minutes 48 seconds) */
    int h = np == 3 ? part[0] : 0, m = part[np - 2], sec = part[np - 1];
    const char *sep = "";
    if (h) {
        sb_printf(o, "%d hour%s", h, h == 1 ? "" : "s");
        sep = " ";
    }
    if (m) {
        sb_printf(o, "%s%d minute%s", sep, m, m == 1 ? "" : "s");
        sep = " ";
    }
    if (sec || frac || !*sep) {
        sb_printf(o, "%s%d", sep, sec);
        if (frac)
            sb_putn(o, c + k, 1 + frac);
        sb_puts(o, sec == 1 && !frac ? " second" : " seconds");
    }
    sb_putn(o, x->s + x->lead + x->core, x->trail);
    return 1;
}

/* "7-6(5)", "6-7(3)": a tennis set won or lost in a tie-break, the loser's points in
 * the brackets ("7 to 6, tie-break 7 to 5"); the winner took 7, or two more than the
 * loser. Returns 1 when it wrote word i. */
static size_t tie_break(sb *o, const word *w, size_t i)
{
    const word *x = &w[i];
    const char *c = x->s;
    size_t n = x->n, k = 3;
    if (x->lead || n < 6 || !((c[0] == '7' && c[2] == '6') || (c[0] == '6' && c[2] == '7')) || c[1] != '-' ||
        c[3] != '(' || !isdigit((unsigned char)c[4]))
        return 0;
    int lost = 0, second = -1;
    while (++k < n && isdigit((unsigned char)c[k]) && k < 7)
        lost = lost * 10 + (c[k] - '0');
    /* "7-6(10-8)": both points written, said as written */
    if (k + 1 < n && c[k] == '-' && isdigit((unsigned char)c[k + 1])) {
        size_t d = k;
        second = 0;
        while (++k < n && isdigit((unsigned char)c[k]) && k < d + 4)
            second = second * 10 + (c[k] - '0');
    }
    if (k >= n || c[k] != ')' || second == lost)
        return 0;
    for (size_t r = k + 1; r < n; r++)
        if (!strchr(",;.:!?", c[r]))
            return 0;
    int won = lost + 2 > 7 ? lost + 2 : 7;
    if (second >= 0)
        sb_printf(o, "%c to %c, tie-break %d to %d", c[0], c[2], lost, second);
    else if (c[0] == '7')
        sb_printf(o, "7 to 6, tie-break %d to %d", won, lost);
    else
        sb_printf(o, "6 to 7, tie-break %d to %d", lost, won);
    sb_putn(o, c + k + 1, n - k - 1);
    return 1;
}

/* Phone numbers, read digit by digit in their groups: "+32 2 555 01 23",
 * "+1-202-555-0143", "(202) 555-0143", "202-555-0143", "1-800-555-0199",
 * "020 7946 0958" (a first group opening with 0), "555-0143" after a word like "call"
 * or with a second group opening with 0 (not a range: "555 to 0143"), and two numbers
 * joined by a slash ("or"). Returns the words used, 0 when w[i] does not start one. */
/* Whether the three characters at c are digits named in list (" 911 999 "). */
static int listed_number(const char *c, const char *list)
{
    char key[6] = {' ', c[0], c[1], c[2], ' ', 0};
    return all_digits(c, 3) && strstr(list, key) != NULL;
}

/* Whether x, right after a number a word dials ("call 911 …", "ring 13 27 01 …"), is
 * what the number counts ("ring 100 000 homes"): a word in lower case that does not go
 * on with the sentence ("or", "today", "quoting"). */
static int noun_after_number(const word *x)
{
    static const char *const joins[] = {"or", "and", "for", "if", "to", "from", "on", "in", "now", "immediately",
                                        "today", "tomorrow", "at", "with", "about", "as", "quoting", "quote", "citing",
                                        "using", "straight", "instead", "right", "first", "again", "anytime",
                                        "whenever", "only", "directly", "before", "after", "when",
                                        "during", "day", "24/7"};
    if (!x->core || !islower((unsigned char)x->s[x->lead]))
        return 0;
    for (size_t q = 0; q < sizeof joins / sizeof *joins; q++)
        if (x->core == strlen(joins[q]) && strncmp(x->s + x->lead, joins[q], x->core) == 0)
            return 0;
    return 1;
}

static size_t phone(sb *o, const word *w, size_t i, size_t nw)
{
    const char *c = w[i].s + w[i].lead;
    if (!w[i].core || !(isdigit((unsigned char)c[0]) || c[0] == '+' ||
                        (w[i].lead && w[i].s[w[i].lead - 1] == '(' && isdigit((unsigned char)c[0]))))
        return 0;
    /* "call the helpline 24/7 on 0800 …": the hours, never a number */
    if (w[i].core == 4 && strncmp(c, "24/7", 4) == 0)
        return 0;
    size_t digits = 0, k = i;
    while (k < nw && k < i + 8) {
        size_t d = phone_digits(&w[k], k == i);
        /* "(518) 474 - 8418", "+ 41 22 917 9431": a dash or the plus set apart by spaces,
         * between the groups */
        const char *kc = w[k].s + w[k].lead;
        if (!d && w[k].core == 1 && !w[k].trail && !w[k].lead && ((k > i && kc[0] == '-') || (k == i && kc[0] == '+')) &&
            k + 1 < nw && !w[k + 1].lead && w[k + 1].core && isdigit((unsigned char)w[k + 1].s[0])) {
            k++;
            continue;
        }
        /* "0800 611 116 (24/7)", "+46 8 555 230 99 (24 hours)": the hours after the
         * number are no part of it ("+44 (0)20 …" closes its bracket in the word) */
        if (!d || (k > i && w[k].lead && (w[k].s[0] != '(' || memchr(w[k].s, '/', w[k].n) ||
                                          !memchr(w[k].s, ')', w[k].n))))
            break;
        /* "… 341" then "24/7 Emergency Line:" on the next line: hours, no group */
        if (k > i && !w[k].lead && w[k].core == 4 && strncmp(w[k].s, "24/7", 4) == 0)
            break;
        digits += d;
        k++;
        /* punctuation ends the number, but for the bracket of an area code */
        const char *tr = w[k - 1].s + w[k - 1].lead + w[k - 1].core;
        if (w[k - 1].trail && !(w[k - 1].trail == 1 && tr[0] == ')'))
            break;
    }
    if (k == i || !digits)
        return 0;
    const char *a = w[i].s + (w[i].lead && w[i].s[w[i].lead - 1] == '(' ? w[i].lead - 1 : w[i].lead);
    const char *e = w[k - 1].s + w[k - 1].lead + w[k - 1].core;
    if (e < a + 1)
        return 0;
    size_t lens[16], groups = digit_groups(a, (size_t)(e - a), lens, 16);
    int cue = i > 0 && phone_cue(&w[i - 1]);
    /* "Bush Fire Information Line: 1800 679 737", "National Relay Service: 133 677": a
     * line's name and its colon over the number (a service's, with a word that dials
     * in it) */
    if (!cue && i > 0 && w[i - 1].trail == 1 && w[i - 1].s[w[i - 1].lead + w[i - 1].core] == ':') {
        static const char *const lines[] = {"line", "Line", "helpline", "Helpline", "hotline", "Hotline", "LINE"};
        static const char *const services[] = {"service", "Service", "number", "Number", "centre", "Centre",
                                               "center", "Center", "desk", "Desk"};
        cue = equals_any(&w[i - 1], lines, sizeof lines / sizeof *lines);
        for (size_t b = 2; !cue && b <= 4 && b <= i && !w[i - b].trail &&
                           equals_any(&w[i - 1], services, sizeof services / sizeof *services);
             b++)
            cue = phone_cue(&w[i - b]);
    }
    /* "call the SES on 132 500", "ring us on 13 27 01": the word that dials it, a word
     * or more before "on" (not "we call on 25 000 volunteers") */
    /* (or "via": "contact police via 101") */
    /* (or "at": "call the investigating officers at 3661 8036", "the ScamShield
     * helpline at 1799"; a hotline's or a helpline's name right before "at" too) */
    const word *dialler = NULL;
    int at = i >= 2 && equals_word(&w[i - 1], "at") && !w[i - 1].trail;
    if (!cue && i >= 2 && (equals_word(&w[i - 1], "on") || equals_word(&w[i - 1], "via") || at) && !w[i - 1].trail)
        for (size_t b = at ? 2 : 3; b <= 6 && b <= i && !cue && !w[i - b].trail; b++) {
            /* (after "at", the word right before is a line's name, never "call at 9") */
            if (b == 2 && !(equals_word(&w[i - 2], "hotline") || equals_word(&w[i - 2], "helpline") ||
                            equals_word(&w[i - 2], "line") || equals_word(&w[i - 2], "number")))
                continue;
            cue = phone_cue(&w[i - b]) || equals_word(&w[i - b], "contact") || equals_word(&w[i - b], "reach") ||
                  (b == 2 && at);
            if (cue)
                dialler = &w[i - b];
        }
    /* (a number of groups after such a word, "132 500", unless a noun follows it, as
     * "100 000 homes" follows "ring"; one in pairs, "13 27 01", is said in pairs as
     * written: "thirteen twenty-seven oh one") */
    size_t pairs = 0;
    for (size_t g = 0; g < groups && g < 16; g++)
        pairs += lens[g] == 2;
    const word *after = k < nw && !w[k - 1].trail && w[k].core ? &w[k] : NULL;
    int grouped = cue && groups >= 2 && digits >= 5 && pairs < groups &&
                  !(after && (noun_after_number(after) || /* ("phone 12 000 Victorians"; not "… Monday to Friday") */
                              (isupper((unsigned char)after->s[after->lead]) &&
                               !dt_weekday(after->s + after->lead, after->core))));
    int plus = c[0] == '+', area = a[0] == '(' && groups >= 3 && lens[0] == 3;
    int slash = memchr(a, '/', (size_t)(e - a)) != NULL;
    /* "pp. 112–118 (2026)": pages, an en dash between them, then the year in brackets;
     * no number to call (unless a word says to call it) */
    if (!cue && !plus && k > i + 1 && w[k - 1].lead && w[k - 1].s[0] == '(' && lens[groups - 1] == 4 &&
        (memcmp(e - 4, "19", 2) == 0 || memcmp(e - 4, "20", 2) == 0))
        for (const char *q = a; q + 3 <= e && q < w[k - 1].s; q++)
            if (memcmp(q, "\xE2\x80\x93", 3) == 0 || (*q == '-' && q > a && isdigit((unsigned char)q[-1])))
                return 0; /* (the dash may be a hyphen by now) */
    /* "202-555-0143", and "250 952-1887" with the area code apart */
    int nanp = groups >= 3 && groups <= 4 && digits >= 10 && digits <= 11 && lens[groups - 1] == 4 &&
               lens[groups - 2] == 3 && (k == i + 1 || (k == i + 2 && groups == 3 && lens[0] == 3)) && !slash;
    /* "916 845 8510", "1 800 555 0199": the same, each group a word apart */
    int spaced = !slash && !plus && ((groups == 3 && k == i + 3 && lens[0] == 3 && lens[1] == 3 && lens[2] == 4) ||
                                     (groups == 4 && k == i + 4 && lens[0] == 1 && c[0] == '1' && lens[1] == 3 &&
                                      lens[2] == 3 && lens[3] == 4));
    /* Australia's "1300 555 123", "1800 555 123" */
    /* (and India's and Singapore's toll-free "1800 255 0000") */
    int au = groups == 3 && lens[0] == 4 && lens[1] == 3 && (lens[2] == 3 || lens[2] == 4) && c[0] == '1' &&
             (c[1] == '3' || c[1] == '8' || c[1] == '9') && c[2] == '0' && c[3] == '0';
    int national = groups >= 2 && groups <= 5 && c[0] == '0' && lens[0] >= 2 && lens[0] <= 5 &&
                   digits >= 9 && digits <= 12;
    int local = groups == 2 && lens[0] == 3 && lens[1] == 4 && k == i + 1 &&
                (cue || c[lens[0] + 1] == '0');
    int listed = slash && groups >= 2 &&
                 (cue || (groups == 4 && lens[0] == 3 && lens[1] == 4 && lens[2] == 3 && lens[3] == 4));
    /* "call 911", "dial 999", "text 988": a service's short number after the word */
    int service = 0;
    /* ("call Fire/Ambulance/Gardaí 112": the service named between) */
    static const char *const places[] = {"Room", "Suite", "Unit", "Floor", "Building", "Level", "Gate", "Platform",
                                         "Bay", "Block", "Ward", "Court", "Lab", "Office", "Box", "Studio", "Hall"};
    int named_cue = !cue && i >= 2 && !w[i - 1].trail && !w[i - 1].lead && !w[i - 2].trail &&
                    isupper((unsigned char)w[i - 1].s[0]) && phone_cue(&w[i - 2]) &&
                    !equals_any(&w[i - 1], places, sizeof places / sizeof *places); /* ("call Room 101") */
    if ((cue || named_cue) && groups == 1 && digits == 3 && k == i + 1 && !plus && w[i].core == 3) {
        char key[6] = {' ', c[0], c[1], c[2], ' ', 0};
        int noun = i + 1 < nw && !w[i].trail && noun_after_number(&w[i + 1]);
        service = strstr(" 911 999 112 000 111 211 311 411 511 711 811 988 101 105 119 ", key) && !noun;
    }
    /* "call the Tourist Police on 126": any three figures after "on", a word that
     * dials them a few words before (each country's own emergency numbers) */
    if (!service && groups == 1 && digits == 3 && k == i + 1 && !plus && w[i].core == 3 && i >= 2 &&
        equals_word(&w[i - 1], "on") && !w[i - 1].trail && !(i + 1 < nw && !w[i].trail && noun_after_number(&w[i + 1])))
        for (size_t q = i - 2, n = 0; n < 6 && !service; q--, n++) {
            /* ("calling on 100 or more residents": "call on" asks people, it dials
             * nothing) */
            /* (but "call on 999.", "call on 101 quoting …", "call on 111 or 999": a
             * number that ends the clause or is followed by a word that dials is dialled) */
            /* (only "call", as a notice tells the reader to: "calling on 100 from each
             * parish" asks people still) */
            static const char *const dialling[] = {"quoting", "quote", "citing", "giving", "if", "anytime",
                                                   "immediately", "straight", "and", "now", "for", "from", "at"};
            /* (any number before "quoting", "if", "immediately", "anytime": "call on 108
             * immediately"; before "and", "from", "at", "for", "now", which also go on
             * with people, "call on 500 from across the county", a service's only) */
            static const char *const people_words[] = {"and", "now", "for", "from", "at", "if"};
            char skey[6] = {' ', c[0], c[1], c[2], ' ', 0};
            int known = strstr(" 911 999 112 000 111 211 311 411 511 711 811 988 101 105 119 100 102 108 110 "
                               "113 114 115 116 117 118 120 122 144 190 191 192 193 197 199 995 997 998 ",
                               skey) != NULL;
            int ends = (equals_word(&w[q], "call") || equals_word(&w[q], "Call")) &&
                       (!(i + 1 < nw && !w[i].trail) ||
                        (equals_any(&w[i + 1], dialling, sizeof dialling / sizeof *dialling) &&
                         (known || !equals_any(&w[i + 1], people_words, sizeof people_words / sizeof *people_words))) ||
                        (equals_word(&w[i + 1], "or") && i + 2 < nw && isdigit((unsigned char)w[i + 2].s[w[i + 2].lead])));
            if (q == i - 2 && !ends &&
                (equals_word(&w[q], "calling") || equals_word(&w[q], "call") || equals_word(&w[q], "calls") ||
                 equals_word(&w[q], "called")))
                break;
            if (w[q].trail && q != i - 2)
                break;
            service = phone_cue(&w[q]) || equals_word(&w[q], "contact") || equals_word(&w[q], "calling");
            if (q == 0)
                break;
        }
    /* "911 dispatchers", "multiple 911 calls", "the 311 line": a service's number
     * before what it names, with no word that dials it ("311 calls" may count them:
     * only the emergency numbers before "calls") */
    if (!service && groups == 1 && digits == 3 && k == i + 1 && !plus && w[i].core == 3) {
        static const char *const named[] = {"dispatcher", "dispatchers", "operator", "operators", "line",
                                            "lines", "system", "center", "centre", "service", "services",
                                            "call-takers", "hotline", "emergency", "app", "response", "dispatch",
                                            "callers", "caller", "texts", "outage", "outages"};
        const word *nx = i + 1 < nw && !w[i].trail && !w[i + 1].lead ? &w[i + 1] : NULL;
        int names = 0;
        for (size_t q = 0; nx && q < sizeof named / sizeof *named && !names; q++)
            names = equals_word(nx, named[q]);
        /* "dial 999 or 112": one after another */
        /* (or "call Gardaí on 112 or 999": the first after "on" a dialling word
         * led to) */
        int dialled = i >= 3 && (equals_word(&w[i - 3], "dial") || equals_word(&w[i - 3], "call") ||
                                 equals_word(&w[i - 3], "text") || equals_word(&w[i - 3], "phone") ||
                                 equals_word(&w[i - 3], "ring"));
        /* (or a service named between: "call Gardaí 112 or 999") */
        dialled |= i >= 4 && !w[i - 3].trail && !w[i - 4].trail && isupper((unsigned char)w[i - 3].s[w[i - 3].lead]) &&
                   phone_cue(&w[i - 4]);
        for (size_t b = 4; !dialled && b <= i && b <= 6 && (equals_word(&w[i - 3], "on") || equals_word(&w[i - 3], "via")) &&
                           !w[i - b].trail;
             b++)
            dialled = phone_cue(&w[i - b]) || equals_word(&w[i - b], "contact") || equals_word(&w[i - b], "Call");
        int second = i >= 3 && (equals_word(&w[i - 1], "or") || equals_word(&w[i - 1], "and")) && dialled &&
                     w[i - 2].core == 3 &&
                     listed_number(w[i - 2].s + w[i - 2].lead, " 911 999 112 000 111 988 101 105 119 211 311 ");
        /* (or after the service's name: "NHS 111", "Emergency 999") */
        int service_name = i >= 1 && !w[i - 1].trail &&
                           (equals_word(&w[i - 1], "NHS") || equals_word(&w[i - 1], "Emergency") ||
                            equals_word(&w[i - 1], "emergency") || equals_word(&w[i - 1], "Triple"));
        if (((names || second || service_name) && listed_number(c, " 911 999 112 000 111 211 311 988 ")) ||
            (nx && (equals_word(nx, "call") || equals_word(nx, "calls")) && listed_number(c, " 911 999 112 000 988 ")))
            service = 1;
    }
    /* "call 1799", "hotline 1800": a four-digit hotline after a word that dials it
     * (not "text 2025") */
    int hotline = 0;
    /* (after "at", a clock's time is no number: "the police hotline at 2330 hours";
     * without a word of time after it, "call the DOH hotline at 1555" dials) */
    if (at && dialler && groups == 1 && digits == 4 && k == i + 1 && (c[0] - '0') * 10 + c[1] - '0' <= 23 &&
        (c[2] - '0') * 10 + c[3] - '0' <= 59 && k < nw && !w[i].trail &&
        (equals_word(&w[k], "hours") || equals_word(&w[k], "hrs") || equals_word(&w[k], "hr") ||
         equals_word(&w[k], "h") || equals_word(&w[k], "local") ||
         data_field_lines("en/zones.txt", w[k].s + w[k].lead, w[k].core, 0, NULL, NULL, 0)))
        return 0;
    if (cue && groups == 1 && digits == 4 && k == i + 1 && !plus && w[i].core == 4 && i > 0) {
        const word *cw = dialler ? dialler : &w[i - 1];
        static const char *const dials[] = {"call", "dial", "hotline", "helpline"};
        for (size_t q = 0; q < sizeof dials / sizeof *dials && !hotline; q++)
            hotline = cw->core == strlen(dials[q]) && u8_ncasecmp(cw->s + cw->lead, dials[q], cw->core) == 0;
    }
    /* Australia's six-figure "13" numbers, "131 555", after a word that dials them or
     * "on" ("reported on 131 555"); not a count before its noun ("13 27 01", in
     * pairs, is said in pairs) */
    static const char *const compared[] = {"up", "down", "increase", "rise", "fall", "decrease", "drop", "growth",
                                           "improvement", "higher", "lower", "compared"};
    int au13 = !plus && !slash && digits == 6 && c[0] == '1' && c[1] == '3' && groups == 2 && lens[0] == 3 &&
               lens[1] == 3 && memcmp(c + 4, "000", 3) != 0 && /* ("up 8% on 131 000": a count) */
               (cue || (i > 0 && !w[i - 1].trail && equals_word(&w[i - 1], "on") &&
                        /* (not a comparison's base: "up 3% on 131 450", "a rise on") */
                        !(i > 1 && (memchr(w[i - 2].s, '%', w[i - 2].n) ||
                                    equals_any(&w[i - 2], compared, sizeof compared / sizeof *compared))))) &&
               !(k < nw && !w[k - 1].trail && noun_after_number(&w[k]));
    int ok = plus ? digits >= 7 && digits <= 15
                  : area || nanp || spaced || au || au13 || national || local || listed || service || hotline || grouped ||
                        (cue && digits >= 7 && digits <= 15);
    if (!ok || (slash && !listed && !plus))
        return 0;
    sb_putn(o, w[i].s, (size_t)(a - w[i].s));
    int pending = 0; /* a group ended: a comma before the next digit */
    for (const char *p = a; p < e; p++) {
        /* "+44 (0)20 7946 0958": the trunk 0, dialled only inside the country */
        if (plus && p + 2 < e && p[0] == '(' && p[1] == '0' && p[2] == ')') {
            p += 2;
            continue;
        }
        if (*p == '+') {
            sb_printf(o, "%s ", data_say("plus")); /* Spanish « más » */
        } else if (isdigit((unsigned char)*p)) {
            if (pending)
                sb_puts(o, ", ");
            else if (p > a && isdigit((unsigned char)p[-1]))
                sb_putc(o, ' ');
            pending = 0;
            sb_putc(o, *p);
        } else if (*p == '/') {
            sb_puts(o, ", or ");
            pending = 0;
        } else if (p > a && isdigit((unsigned char)p[-1])) {
            pending = 1;
        }
    }
    const word *last = &w[k - 1];
    const char *tr = last->s + last->lead + last->core;
    if (last->trail && tr[0] == ')')
        tr++;
    sb_putn(o, tr, (size_t)(last->s + last->n - tr));
    return k - i;
}

/* "A-25-31 and -32", "R-24-05 through -07", "P-25-1, -2 and -3": the last part of a
 * code written once and elided after, its figures alone (espeak-ng says "minus 32").
 * The code is a few words back, over joining words and other elided parts, and has
 * letters and as many figures after its last hyphen. Returns the words used. */
static size_t elided_code(sb *o, const word *w, size_t i)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core;
    if (n < 2 || n > 5 || c[0] != '-' || !all_digits(c + 1, n - 1) || x->lead)
        return 0;
    static const char *const joins[] = {"and", "or", "to", "through", "thru", "&"};
    for (size_t back = 1; back <= 8 && back <= i; back++) {
        const word *p = &w[i - back];
        const char *pc = p->s + p->lead;
        size_t pn = p->core;
        int comma = p->trail == 1 && pc[pn] == ',';
        if (p->trail && !comma)
            return 0;
        if (equals_any(p, joins, sizeof joins / sizeof *joins) && !p->trail)
            continue;
        if (pn == n && pc[0] == '-' && all_digits(pc + 1, pn - 1))
            continue;
        /* the code: letters, a hyphen before its last figures, as many as here */
        if (pn <= n + 1 || pc[pn - n] != '-' || !all_digits(pc + pn - n + 1, n - 1))
            return 0;
        /* (capitals, no word: "lows from minus-12 to -15" keep their minus) */
        int letters = 0;
        for (size_t q = 0; q < pn - n; q++) {
            letters |= isalpha((unsigned char)pc[q]);
            if (islower((unsigned char)pc[q]))
                return 0;
        }
        if (!letters)
            return 0;
        sb_putn(o, c + 1, n - 1 + x->trail);
        return 1;
    }
    return 0;
}

/* "ABN 51 824 753 556", "ACN 123 456 789": a company's registered number in its
 * groups, figure by figure (no number of billions). Returns the words used, or 0. */
static size_t registered_number(sb *o, const word *w, size_t i, size_t nw)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core;
    if (n < 2 || n > 3 || !all_digits(c, n) || x->trail || i + 1 >= nw || i == 0 || w[i - 1].trail ||
        w[i + 1].lead || w[i + 1].core != 3 || !all_digits(w[i + 1].s, 3))
        return 0;
    static const char *const registers[] = {"ABN", "ACN", "ARBN", "ARSN", "NZBN"};
    const word *pv = &w[i - 1];
    int reg = 0;
    for (size_t q = 0; q < sizeof registers / sizeof *registers && !reg; q++)
        reg = pv->core == strlen(registers[q]) && memcmp(pv->s + pv->lead, registers[q], pv->core) == 0;
    if (!reg)
        return 0;
    size_t last = i;
    while (last + 1 < nw && !w[last].trail && w[last + 1].core == 3 && !w[last + 1].lead && all_digits(w[last + 1].s, 3))
        last++;
    sb_putn(o, x->s, x->lead);
    for (size_t j = i; j <= last; j++) {
        const char *g = w[j].s + w[j].lead;
        if (j > i)
            sb_puts(o, ", ");
        put_apart(o, g, w[j].core);
    }
    sb_putn(o, w[last].s + w[last].lead + w[last].core, w[last].trail);
    return last - i + 1;
}

/* A code after the word that names it ("postcode 4810", "ZIP 20500-0001", "PIN
 * 4402", "ext. 2231", "postal code 75007"), read digit by digit, not as a quantity.
 * Returns the words used, or 0. */
static size_t digit_code(sb *o, const word *w, size_t i, size_t nw)
{
    static const char *const cues[] = {"postcode", "postcodes", "zip", "zipcode", "pin", "ext", "extension", "loc",
                                       "reference", "ref", "quoting", "incident", "passcode", "password",
                                       /* "quoting log 1234 of 5 May", "CAD 1234": a police log's */
                                       "log", "cad",
                                       /* a ship's IMO number, an airframe's serial: "IMO 9384712" */
                                       "imo", "msn", "mmsi", "upc", "sku",
                                       /* a body's registration: "EIN 12-3456789", "ABN 51 824
                                        * 753 556", "CIN L12345MH2000PLC123456" */
                                       "ein", "abn", "acn", "cin", "gstin", "isin", "lei",
                                       /* Asian exchanges' stock codes: "(HKEX: 1234)", "(TSE: 7203)" */
                                       "hkex", "sehk", "tse", "tyo", "krx", "twse", "sgx"};
    /* "file number 251116/4471", "Incident number: WP25-118432": a case's number */
    static const char *const numbered[] = {"file", "incident", "case", "reference", "event", "job", "occurrence",
                                           "log", "crime",
                                           "report", "claim", "tracking", "booking", "docket", "complaint",
                                           /* "webinar number 845 1123 7789": a call's */
                                           "webinar", "meeting", "conference", "participant",
                                           /* "RNS Number : 4821K": a London Stock Exchange
                                            * announcement's */
                                           "rns",
                                           /* "Batch number: 24318", "lot number 5521": a recall's */
                                           "batch", "lot"};
    /* "registered charity (no. 1184321)", "company number 01234567": a register's, of
     * six figures at least ("Registration number 10000 arrived" is a count) */
    static const char *const kept[] = {"charity", "company", "registration", "vat"};
    int kept_no = 0;
    /* "The conference ID is 4471 9902": the code's name, then "is" */
    size_t q = i >= 3 && !w[i - 1].trail && !w[i - 2].trail && (equals_word(&w[i - 1], "is") || equals_word(&w[i - 1], "was"))
                   ? i - 2
                   : i - (i > 0);
    /* ("RNS Number : 4821K": a colon set apart, on its own or as the word's end) */
    if (q > 0 && q == i - 1 && w[q].n == 1 && w[q].s[0] == ':' && !w[q - 1].trail)
        q--;
    if (i == 0 || w[q].trail > 1 ||
        (w[q].trail && w[q].s[w[q].lead + w[q].core] != '.' && w[q].s[w[q].lead + w[q].core] != ':'))
        return 0;
    /* "UPC 0 12345 67890 5", "EAN 9 312345 678901", "Barcode: 5012345678900": a
     * product's barcode, its groups (the first a digit alone) digit by digit */
    const word *p = &w[q];
    const char *pc = p->s + p->lead;
    static const char *const barcodes[] = {"upc", "ean", "gtin", "barcode", "barcodes"};
    int barcode = 0;
    for (size_t k = 0; k < sizeof barcodes / sizeof *barcodes; k++)
        barcode |= p->core == strlen(barcodes[k]) && u8_ncasecmp(pc, barcodes[k], p->core) == 0;
    /* "HS 2711.11", "HS code 0901.21.00": a tariff heading, its figures one by one and
     * a pause at each stop (not "HS2" or a count: the code has four figures or more) */
    int hs_code = q > 0 && p->core == 4 && u8_ncasecmp(pc, "code", 4) == 0 && !w[q - 1].trail && w[q - 1].core == 2 &&
                  memcmp(w[q - 1].s + w[q - 1].lead, "HS", 2) == 0;
    /* (after "HS" alone, a code with a stop or of six figures: "Jefferson HS 2025
     * graduates" is a high school's year) */
    int tariff = hs_code || (p->core == 2 && memcmp(pc, "HS", 2) == 0 &&
                             (memchr(w[i].s + w[i].lead, '.', w[i].core) || w[i].core >= 6));
    if (tariff) {
        const char *tc = w[i].s + w[i].lead;
        size_t tn = w[i].core, td = 0;
        int ok = tn >= 4 && isdigit((unsigned char)tc[0]);
        for (size_t k = 0; k < tn && ok; k++) {
            td += isdigit((unsigned char)tc[k]) != 0;
            ok = isdigit((unsigned char)tc[k]) || (tc[k] == '.' && k > 0 && k + 1 < tn && isdigit((unsigned char)tc[k + 1]));
        }
        if (ok && td >= 4 && !w[i].lead) {
            for (size_t k = 0; k < tn; k++) {
                if (tc[k] == '.')
                    sb_putc(o, ',');
                else {
                    if (k > 0)
                        sb_putc(o, ' ');
                    sb_putc(o, tc[k]);
                }
            }
            sb_putn(o, tc + tn, w[i].trail);
            return 1;
        }
    }
    /* (every code below opens with a digit or a capital, has three digits or more and
     * nothing before it) */
    const char *cc = w[i].s;
    if (w[i].lead || (w[i].core < 3 && !(barcode && all_digits(cc, w[i].core) && !w[i].trail && i + 1 < nw &&
                                         !w[i + 1].lead && w[i + 1].core >= 3 && all_digits(w[i + 1].s, w[i + 1].core))) ||
        !(isdigit((unsigned char)cc[0]) || (cc[0] >= 'A' && cc[0] <= 'Z')) || !txt_has_digit(cc, w[i].core))
        return 0;
    int ok = 0, ref = 0;
    for (size_t k = 0; k < sizeof cues / sizeof *cues; k++)
        ok |= p->core == strlen(cues[k]) && u8_ncasecmp(pc, cues[k], p->core) == 0;
    /* "under award 2145789", "grant R01AI123456": a funder's grant, right before its
     * number ("the grant is 12500 euros" is an amount) */
    int funded = q + 1 == i && p->core == 5 && (u8_ncasecmp(pc, "award", 5) == 0 || u8_ncasecmp(pc, "grant", 5) == 0);
    ref = (ok && p->core >= 3 && (u8_ncasecmp(pc, "ref", 3) == 0 || u8_ncasecmp(pc, "quo", 3) == 0 ||
                                  u8_ncasecmp(pc, "inc", 3) == 0 || u8_ncasecmp(pc, "pas", 3) == 0)) ||
          funded || barcode;
    /* ("quoting CAD 8812/08MAR25", "quoting log NP-20251109-1162": a police log's
     * number a caller quotes, figures and capitals one by one) */
    if (ok && !ref && q >= 1 && !w[q - 1].trail && p->core == 3 &&
        (u8_ncasecmp(pc, "log", 3) == 0 || u8_ncasecmp(pc, "cad", 3) == 0) &&
        (equals_word(&w[q - 1], "quoting") || equals_word(&w[q - 1], "quote") || equals_word(&w[q - 1], "reference") ||
         equals_word(&w[q - 1], "citing") || equals_word(&w[q - 1], "incident")) &&
        !all_digits(w[i].s + w[i].lead, w[i].core))
        ref = 1;
    ok |= funded;
    /* "conference ID 13754982", "Meeting ID 845 2231 9970": a call's numbers */
    static const char *const calls[] = {"conference", "meeting", "webinar", "participant", "access", "event"};
    if (!ok && q >= 1 && !w[q - 1].trail && p->core == 2 && (pc[0] == 'I' || pc[0] == 'i') && (pc[1] == 'D' || pc[1] == 'd'))
        for (size_t k = 0; k < sizeof calls / sizeof *calls; k++)
            ok = ref |= w[q - 1].core == strlen(calls[k]) &&
                        u8_ncasecmp(w[q - 1].s + w[q - 1].lead, calls[k], w[q - 1].core) == 0;
    /* ("FPPC ID #1445678", "FEC ID C00123456": an agency's number for a committee) */
    if (!ok && q >= 1 && !w[q - 1].trail && p->core == 2 && pc[0] == 'I' && pc[1] == 'D' && w[q - 1].core >= 2 &&
        w[q - 1].core <= 6 && !txt_has_lower(w[q - 1].s + w[q - 1].lead, w[q - 1].core) &&
        isupper((unsigned char)w[q - 1].s[w[q - 1].lead]))
        ok = ref = 1;
    /* "access code 123456", "participant code 4471 882": a call's code */
    /* ("quoting code 122WAF946", "warning code …": a flood warning's code a caller gives) */
    /* ("lot code 13225", "batch code L5032": a product's batch in a recall) */
    static const char *const coded[] = {"access", "conference", "participant", "entry", "meeting", "dial-in",
                                        "security", "verification", "event", "reference", "booking", "quoting",
                                        "quote", "warning", "lot", "batch"};
    if (!ok && q >= 1 && !w[q - 1].trail && p->core == 4 && u8_ncasecmp(pc, "code", 4) == 0)
        for (size_t k = 0; k < sizeof coded / sizeof *coded && !ok; k++)
            ok = ref |= w[q - 1].core == strlen(coded[k]) &&
                        u8_ncasecmp(w[q - 1].s + w[q - 1].lead, coded[k], w[q - 1].core) == 0;
    if (!ok && q >= 1 && !w[q - 1].trail &&
        ((p->core == 6 && u8_ncasecmp(pc, "number", 6) == 0) || (p->core == 2 && u8_ncasecmp(pc, "no", 2) == 0)))
    {
        for (size_t k = 0; k < sizeof numbered / sizeof *numbered; k++)
            ok = ref |= w[q - 1].core == strlen(numbered[k]) &&
                        u8_ncasecmp(w[q - 1].s + w[q - 1].lead, numbered[k], w[q - 1].core) == 0;
        for (size_t k = 0; k < sizeof kept / sizeof *kept && !ok; k++)
            ok = ref |= kept_no = w[q - 1].core == strlen(kept[k]) &&
                                  u8_ncasecmp(w[q - 1].s + w[q - 1].lead, kept[k], w[q - 1].core) == 0;
    }
    if (ref) {
        /* the number itself: digits, capitals, a slash or a dash between them; said
         * one by one ("W P 2 5, 1 1 8 4 3 2") */
        const char *c = w[i].s + w[i].lead;
        /* (not a date: "Date of Award: 14/08/2025") */
        {
            size_t d1 = digits_run(c, w[i].core), d2 = d1 < w[i].core ? digits_run(c + d1 + 1, w[i].core - d1 - 1) : 0;
            /* (a real day and month, either first: "Grant 12/34/5678" is a number; and
             * with dashes too, "14-08-2025") */
            double v1 = d1 ? plain_value(c, d1) : 0, v2 = d2 ? plain_value(c + d1 + 1, d2) : 0;
            if (d1 >= 1 && d1 <= 2 && d2 >= 1 && d2 <= 2 && (c[d1] == '/' || c[d1] == '.' || c[d1] == '-') &&
                d1 + 1 + d2 + 5 == w[i].core && c[d1 + 1 + d2] == c[d1] && digits_run(c + d1 + 2 + d2, 4) == 4 &&
                v1 >= 1 && v2 >= 1 && ((v1 <= 31 && v2 <= 12) || (v1 <= 12 && v2 <= 31)))
                return 0;
        }
        size_t n = w[i].core, digits = 0;
        for (size_t k = 0; k < n; k++) {
            if (isdigit((unsigned char)c[k]))
                digits++;
            else if (!((c[k] >= 'A' && c[k] <= 'Z') || ((c[k] == '-' || c[k] == '/') && k > 0 && k + 1 < n) ||
                       (c[k] == '#' && k + 1 == n && k > 0))) /* "passcode 774210#": the key that ends it */
                return 0;
        }
        int more = !w[i].trail && i + 1 < nw && !w[i + 1].lead && w[i + 1].core >= 3 &&
                   all_digits(w[i + 1].s, w[i + 1].core - (w[i + 1].s[w[i + 1].core - 1] == '#'));
        if (w[i].lead || digits < (more ? (barcode ? 1u : 3u) : funded ? 5u : 4u)) /* (an award's, not its year: "award 2025") */
            return 0;
        if (kept_no && digits < 6)
            return 0;
        for (size_t k = 0; k < n; k++) {
            if (c[k] == '-')
                sb_puts(o, ",");
            else if (c[k] == '/')
                sb_printf(o, ", %s,", data_say("slash"));
            else {
                if (k > 0)
                    sb_putc(o, ' ');
                sb_putc(o, c[k]);
            }
        }
        /* the groups after it, a space apart ("845 2231 9970") */
        size_t used = 1;
        while (!w[i + used - 1].trail && i + used < nw && !w[i + used].lead &&
               w[i + used].core >= (barcode ? 1u : 2u) && w[i + used].core <= 6 &&
               (all_digits(w[i + used].s, w[i + used].core) ||
                (w[i + used].s[w[i + used].core - 1] == '#' && all_digits(w[i + used].s, w[i + used].core - 1)))) {
            const word *g = &w[i + used]; /* (the last may end in the '#' key: "552 019#") */
            sb_putc(o, ',');
            for (size_t k = 0; k < g->core; k++) {
                sb_putc(o, ' ');
                sb_putc(o, g->s[k]);
            }
            used++;
        }
        /* "Batch code: L5091A, L5092B": more codes of the same shape after commas, the
         * last after "and" or "or" too ("L5092B and L5093C", "2302, and 2303"); not a
         * count before its noun ("Batch number 2409, 1200 bottles") nor a year */
        for (;;) {
            size_t j = i + used, join = 0;
            if (used >= 16 || j >= nw)
                break;
            const word *pw = &w[j - 1];
            int comma = pw->trail == 1 && pw->s[pw->lead + pw->core] == ',';
            if ((comma || !pw->trail) && j + 1 < nw && !w[j].lead && !w[j].trail &&
                (equals_word(&w[j], "and") || equals_word(&w[j], "or")))
                join = 1;
            else if (!comma)
                break;
            const word *g = &w[j + join];
            if (g->lead || g->core != n)
                break;
            int same = 1, letters = 0;
            for (size_t k = 0; k < n && same; k++) {
                same = isdigit((unsigned char)g->s[k]) ? isdigit((unsigned char)c[k]) != 0
                                                       : g->s[k] >= 'A' && g->s[k] <= 'Z' && c[k] >= 'A' && c[k] <= 'Z';
                letters += !isdigit((unsigned char)g->s[k]);
            }
            if (!same)
                break;
            if (!letters) {
                static const char *const verbs[] = {"and", "or", "are", "were", "is", "was", "have", "has", "had",
                                                    "will", "may", "should", "must"};
                int year = n == 4 && (strncmp(g->s, "19", 2) == 0 || strncmp(g->s, "20", 2) == 0);
                const word *nx2 = j + join + 1 < nw && !g->trail ? &w[j + join + 1] : NULL;
                if (year || (nx2 && !nx2->lead && islower((unsigned char)nx2->s[0]) &&
                             !equals_any(nx2, verbs, sizeof verbs / sizeof *verbs)))
                    break;
            }
            if (join) {
                if (comma)
                    sb_putc(o, ',');
                sb_putc(o, ' ');
                sb_putn(o, w[j].s, w[j].core);
            } else
                sb_putc(o, ',');
            for (size_t k = 0; k < n; k++) {
                sb_putc(o, ' ');
                sb_putc(o, g->s[k]);
            }
            used += 1 + join;
        }
        const word *lw = &w[i + used - 1];
        sb_putn(o, lw->s + lw->lead + lw->core, lw->trail);
        return used;
    }
    /* "postal code 75007", "post code 4810" */
    ok |= p->core == 4 && u8_ncasecmp(pc, "code", 4) == 0 && q >= 1 && !w[q - 1].trail &&
          ((w[q - 1].core == 6 && u8_ncasecmp(w[q - 1].s + w[q - 1].lead, "postal", 6) == 0) ||
           (w[q - 1].core == 4 && u8_ncasecmp(w[q - 1].s + w[q - 1].lead, "post", 4) == 0));
    const char *c = w[i].s + w[i].lead;
    size_t n = w[i].core, digits = 0;
    /* "PIN 8812#": the key that ends it, said after the digits */
    int key = p->core == 3 && u8_ncasecmp(pc, "pin", 3) == 0;
    for (size_t k = 0; k < n; k++) {
        if (isdigit((unsigned char)c[k]))
            digits++;
        else if (!(c[k] == '-' && k > 0 && k + 1 < n && isdigit((unsigned char)c[k + 1])) &&
                 !(key && c[k] == '#' && k + 1 == n && k > 0))
            return 0;
    }
    /* "Gonzales, LA 70737", "Albany, NY 12224-0341": a ZIP code after a state's postal
     * code, which follows a town and a comma */
    if (!ok && p->core == 2 && isupper((unsigned char)pc[0]) && isupper((unsigned char)pc[1]) && i >= 2 &&
        w[i - 2].trail && w[i - 2].s[w[i - 2].lead + w[i - 2].core] == ',' && (n == 5 || (n == 10 && c[5] == '-')) &&
        data_field_lines("en/us-states.txt", pc, 2, 0, &(const char *){NULL}, &(size_t){0}, 1))
        ok = 1;
    /* ("Rio de Janeiro, RJ 20030-020": Brazil's CEP, five digits and three, after its
     * state's two letters) */
    if (!ok && p->core == 2 && isupper((unsigned char)pc[0]) && isupper((unsigned char)pc[1]) && i >= 2 &&
        w[i - 2].trail && w[i - 2].s[w[i - 2].lead + w[i - 2].core] == ',' && n == 9 && c[5] == '-')
        ok = 1;
    if (!ok || w[i].lead || digits < 3 || digits > 10)
        return 0;
    for (size_t k = 0; k < n; k++) {
        if (c[k] == '-')
            sb_puts(o, ",");
        else if (k > 0)
            sb_putc(o, ' ');
        if (c[k] != '-')
            sb_putc(o, c[k]);
    }
    sb_putn(o, c + n, w[i].trail);
    return 1;
}

/* "1,84,36,210", "1,46,000", "12,50,000": Indian grouping (two-digit groups before the
 * last three), said in crores and lakhs as those who write it say it ("1 crore 84 lakh
 * 36 thousand 210"). Writes it to o (when not NULL) and returns 1, or returns 0. */
static int indian_number(sb *o, const char *c, size_t n)
{
    size_t g = 0;
    while (g < n && isdigit((unsigned char)c[g]))
        g++;
    int indian = g >= 1 && g <= 2, pairs = 0;
    size_t gk = g;
    while (indian && gk + 3 <= n && c[gk] == ',' && isdigit((unsigned char)c[gk + 1]) &&
           isdigit((unsigned char)c[gk + 2]) && gk + 3 < n && c[gk + 3] == ',') {
        gk += 3;
        pairs++;
    }
    if (!(indian && pairs >= 1 && gk + 4 == n && c[gk] == ',' && isdigit((unsigned char)c[gk + 1]) &&
          isdigit((unsigned char)c[gk + 2]) && isdigit((unsigned char)c[gk + 3])))
        return 0;
    if (!o)
        return 1;
    unsigned long long v = 0;
    for (size_t q = 0; q < n; q++)
        if (isdigit((unsigned char)c[q]))
            v = v * 10 + (unsigned long long)(c[q] - '0');
    unsigned long long crore = v / 10000000ULL, lakh = v / 100000ULL % 100, th = v / 1000 % 100, rest = v % 1000;
    int any = 0;
    if (crore)
        sb_printf(o, "%llu crore", crore), any = 1;
    if (lakh)
        sb_printf(o, "%s%llu lakh", any ? " " : "", lakh), any = 1;
    if (th)
        sb_printf(o, "%s%llu thousand", any ? " " : "", th), any = 1;
    if (rest || !any)
        sb_printf(o, "%s%llu", any ? " " : "", rest);
    return 1;
}

/* A number as written, a year of 1100-1999 (four digits, no separator) as a year. */
static void put_number(sb *o, const char *c, size_t n)
{
    if (n == 4 && all_digits(c, 4) && atoi(c) >= 1100 && atoi(c) <= 1999)
        put_year(o, atoi(c));
    else if (data_lang() == 0 && indian_number(o, c, n))
        return;
    else
        sb_putn(o, c, n);
}

/* A number, or a range of two ("15-20": the first c[0, first), a dash of rd bytes,
 * the second of n2; n2 0 for no range) as put_number says them, "15 to 20". */
static void put_number_range(sb *o, const char *c, size_t first, size_t rd, size_t n2)
{
    put_number(o, c, first);
    if (n2) {
        sb_puts(o, " to ");
        put_number(o, c + first + rd, n2);
    }
}

/* ------------------------------------------------------------ more words */

/* The second field of the line of `file` whose first field is w[0, n) (case matters). */
static const char *field_of(const char *file, const char *w, size_t n, size_t *len)
{
    const char *line;
    size_t ll;
    if (!n || !data_field_lines(file, w, n, 0, &line, &ll, 1))
        return NULL;
    return field(line, ll, 1, len);
}

/* A Roman numeral's value (I..MMMCMXCIX written the standard way), or 0. */
static int roman_value(const char *w, size_t n)
{
    static const struct {
        const char *s;
        int v;
    } parts[] = {{"M", 1000}, {"CM", 900}, {"D", 500}, {"CD", 400}, {"C", 100}, {"XC", 90},
                 {"L", 50},   {"XL", 40},  {"X", 10},  {"IX", 9},   {"V", 5},   {"IV", 4},
                 {"I", 1}};
    if (n == 0 || n > 15)
        return 0;
    int v = 0;
    size_t i = 0;
    char back[32];
    for (size_t k = 0; k < n; k++)
        if (!strchr("IVXLCDM", w[k]))
            return 0;
    for (size_t p = 0; p < sizeof parts / sizeof *parts && i < n; p++) {
        size_t pl = strlen(parts[p].s);
        int times = 0;
        while (i + pl <= n && strncmp(w + i, parts[p].s, pl) == 0 && times < 3) {
            v += parts[p].v;
            i += pl;
            times++;
        }
    }
    if (i != n || v <= 0 || v >= 4000)
        return 0;
    /* only the standard spelling: written back, it must be the same */
    size_t bl = 0;
    int r = v;
    for (size_t p = 0; p < sizeof parts / sizeof *parts; p++)
        while (r >= parts[p].v && bl + 2 < sizeof back) {
            memcpy(back + bl, parts[p].s, strlen(parts[p].s));
            bl += strlen(parts[p].s);
            r -= parts[p].v;
        }
    return bl == n && memcmp(back, w, n) == 0 ? v : 0;
}

static size_t range_dash(const char *s, const char *end);

/* A reference to a provision: "7(a)", "12(b)(ii)", "5(1)(c)", "23A(4)". Brackets
 * would be commas' pauses ("seven, uh,"), and a lone "a" is the article; joined to
 * what comes before, a letter is its name ("7A": "seven A"). A group of i, v and x
 * after a letter's group is a Roman numeral ("(a)(ii)": "A 2"); after a number it is
 * a letter ("5(i)"). Returns 1 when it wrote word x. */
static size_t provision(sb *o, const word *x)
{
    const char *c = x->s + x->lead, *end = x->s + x->n;
    size_t d = 0;
    while (c + d < end && isdigit((unsigned char)c[d]))
        d++;
    if (!d || d > 4)
        return 0;
    /* ("Rule 7.3(b)", "Article 38.1(d)": a numbered rule's parts before its letter) */
    for (int parts = 0; parts < 2 && c + d + 1 < end && c[d] == '.' && isdigit((unsigned char)c[d + 1]); parts++) {
        size_t e = d + 1;
        while (c + e < end && isdigit((unsigned char)c[e]) && e - d <= 3)
            e++;
        if (c + e >= end || (c[e] != '(' && c[e] != '.'))
            break;
        d = e;
    }
    size_t at = d;
    int suffix = c + at < end && isupper((unsigned char)c[at]) && c + at + 1 < end && c[at + 1] == '(';
    at += (size_t)suffix;
    sb tmp = {0};
    sb_putn(&tmp, c, at);
    int groups = 0, last = 0; /* last group: 1 a number, 2 a letter, 3 a numeral */
    while (c + at < end && c[at] == '(') {
        const char *g = c + at + 1, *close = memchr(g, ')', (size_t)(end - g));
        size_t gl = close ? (size_t)(close - g) : 0;
        if (!gl || gl > 4)
            break;
        char up[5];
        int kind = 0, v = 0;
        for (size_t k = 0; k < gl; k++)
            up[k] = (char)toupper((unsigned char)g[k]);
        if (all_digits(g, gl) && gl <= 3)
            kind = 1;
        else if (last == 2 && strspn(g, "ivx") >= gl && (v = roman_value(up, gl)) > 0)
            kind = 3;
        else if (gl <= 2 && isalpha((unsigned char)g[0]) && (gl == 1 || g[1] == g[0]))
            kind = 2;
        if (!kind)
            break;
        if (kind == 1)
            sb_printf(&tmp, " %.*s", (int)gl, g);
        else if (kind == 3)
            sb_printf(&tmp, " %d", v);
        else if (last == 2 || (last == 0 && suffix))
            sb_printf(&tmp, " %.*s", (int)gl, up); /* "(a)(b)": a letter after a letter */
        else
            sb_putn(&tmp, up, gl); /* "7A", "5 1C" */
        last = kind;
        groups++;
        at = (size_t)(close - c) + 1;
    }
    /* "17(a)(1)-(3)": the last part's range, to another of its kind */
    size_t rdl = groups && c + at < end ? range_dash(c + at, end) : 0;
    if (rdl && c + at + rdl < end && c[at + rdl] == '(') {
        const char *g = c + at + rdl + 1, *close = memchr(g, ')', (size_t)(end - g));
        size_t gl = close ? (size_t)(close - g) : 0;
        if (gl && gl <= 3 && ((last == 1 && all_digits(g, gl)) || (last == 2 && gl == 1 && isalpha((unsigned char)g[0])))) {
            sb_puts(&tmp, " to ");
            if (last == 2)
                sb_putc(&tmp, (char)toupper((unsigned char)g[0]));
            else
                sb_putn(&tmp, g, gl);
            at = (size_t)(close - c) + 1;
        }
    }
    /* the rest: closing marks only ("7(a)),") */
    size_t rest = at;
    while (c + rest < end && is_closing((unsigned char)c[rest]))
        rest++;
    if (!groups || c + rest != end || (c + at < end && c[at] == '(')) {
        sb_free(&tmp);
        return 0;
    }
    sb_putn(o, x->s, x->lead);
    sb_putn(o, tmp.s, tmp.len);
    sb_putn(o, c + at, rest - at);
    sb_free(&tmp);
    return 1;
}

static int listed_word(const char *file, const word *x)
{
    if (!x || !x->core)
        return 0;
    return data_word_line(file, x->s + x->lead, x->core, 0, DATA_ANYWHERE) != NULL;
}


/* "a" or "an", in any case. */
static int indefinite_article(const word *x) { return equals_word(x, "a") || equals_word(x, "an"); }

/* A counting word in the plural ("Regions", "Titles", "Phases"): a word of
 * data/en/counters.txt with an s. */
static int counter_plural(const word *x)
{
    const char *c = x->s + x->lead;
    if (x->core < 4 || c[x->core - 1] != 's' || !isupper((unsigned char)c[0]))
        return 0;
    return data_word_line("en/counters.txt", c, x->core - 1, 0, DATA_ANYWHERE) != NULL;
}

/* "GPS IIIF", "Block IIR", "Landsat IIA": a generation in Roman numerals (two or
 * more of I, V, X) and a capital for its variant, after a capitalised name: the
 * number, then the letter ("GPS 3 F"). */
static size_t roman_variant(sb *o, const word *w, size_t i)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core;
    /* (not an acronym that opens so: "IIT Madras", "(IIT)") */
    if (n < 3 || n > 6 || i == 0 || x->lead || w[i - 1].trail || !isupper((unsigned char)w[i - 1].s[w[i - 1].lead]) ||
        strspn(c, "IVX") != n - 1 || !isupper((unsigned char)c[n - 1]) || acronym_kind(c, n))
        return 0;
    int v = roman_value(c, n - 1);
    if (v < 2)
        return 0;
    sb_putn(o, x->s, x->lead);
    sb_printf(o, "%d %c", v, c[n - 1]);
    sb_putn(o, c + n, x->trail);
    return 1;
}

/* Roman numerals: after a monarch's or a pope's name "the 3rd" (espeak-ng says "the
 * third"); after a counting word (War, Title, Phase), and any numeral of two or more
 * of I, V, X, the number ("World War 2"); espeak-ng says "roman two", and a lone I is
 * "eye". Returns 1 when it wrote word i. */
static size_t roman(sb *o, const word *w, size_t i)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core;
    int v = roman_value(c, n);
    /* "Medicare Part D", "Schedule C", "Class C": a lone C, D, L or M is a letter */
    if (!v || (n == 1 && !strchr("IVX", c[0])))
        return 0;
    /* "the maximum contaminant level (MCL)": letters alone in brackets after the words
     * they stand for, an abbreviation, not a number */
    if (x->lead && c[-1] == '(' && x->trail && c[n] == ')' && strspn(c, "IVX") < n && i >= n) {
        int initials = 1;
        for (size_t k = 0; k < n && initials; k++) {
            const word *q = &w[i - n + k];
            initials = q->core && tolower((unsigned char)q->s[q->lead]) == tolower((unsigned char)c[k]);
        }
        if (initials)
            return 0;
    }

    /* (or a counting word cut short with its stop: "Vol. IV") */
    const word *p1 = i > 0 && (!w[i - 1].trail || (w[i - 1].trail == 1 && w[i - 1].s[w[i - 1].lead + w[i - 1].core] == '.' &&
                                                   listed_word("en/counters.txt", &w[i - 1])))
                         ? &w[i - 1]
                         : NULL;
    const word *p2 = p1 && i > 1 && !w[i - 2].trail ? &w[i - 2] : NULL;
    /* (in capitals too: "POPE LEO XIV") */
    /* ("HENRY FORD III" as "Henry Ford III": the name before in capitals too) */
    int caps2 = p2 && p2->core >= 3 && !txt_has_lower(p2->s + p2->lead, p2->core) &&
                !txt_has_lower(p1->s + p1->lead, p1->core) &&
                data_word_line("en/regnal.txt", p2->s + p2->lead, p2->core, 1, DATA_ANYWHERE);
    int regnal = p1 && (listed_word("en/regnal.txt", p1) || (p2 && listed_word("en/regnal.txt", p2) &&
                                                              isupper((unsigned char)p1->s[p1->lead])) ||
                        caps2 ||
                        (!txt_has_lower(p1->s + p1->lead, p1->core) && p1->core >= 3 &&
                         data_word_line("en/regnal.txt", p1->s + p1->lead, p1->core, 1, DATA_ANYWHERE)));
    /* "Lloyd J. Austin III": a surname after a middle initial, a generation (II-IV) */
    if (!regnal && p1 && i > 1 && v >= 2 && v <= 4 && isupper((unsigned char)p1->s[p1->lead]) &&
        txt_has_lower(p1->s + p1->lead, p1->core)) {
        const word *q = &w[i - 2];
        regnal = q->core == 1 && isupper((unsigned char)q->s[q->lead]) && q->trail == 1 && q->s[q->lead + 1] == '.';
        /* ("Paolo Benigno Aquino IV": or a name of three words, none a counting word) */
        if (!regnal && i > 2 && !q->trail && !w[i - 3].trail && !listed_word("en/counters.txt", p1) &&
            !listed_word("en/counters.txt", q)) {
            int named = 1;
            for (size_t k = i - 3; k < i && named; k++)
                named = w[k].core >= 2 && !w[k].lead && isupper((unsigned char)w[k].s[0]) &&
                        txt_has_lower(w[k].s, w[k].core) && !listed_word("en/starters.txt", &w[k]);
            /* (not a thing after an article: "the Great Lakes Compact II") */
            regnal = named && !(i > 3 && (equals_word(&w[i - 4], "the") || equals_word(&w[i - 4], "The") ||
                                          equals_word(&w[i - 4], "a") || equals_word(&w[i - 4], "A")));
        }
    }
    int counted = p1 && (listed_word("en/counters.txt", p1) || counter_plural(p1));
    /* (a counting word in lower case before a lone I may be a sentence going on: "in
     * this phase I will …"; "category II" is the number) */
    if (counted && n == 1 && c[0] == 'I' && islower((unsigned char)p1->s[p1->lead]))
        counted = 0;
    /* "Model X", "Series X": a product's letter, not ten */
    if (counted && n == 1 && c[0] != 'I' && (equals_word(p1, "Model") || equals_word(p1, "Series")))
        return 0;
    /* "Regions I, II, III and IV", "Titles II and IV": a list of numerals after a
     * counting word in the plural, each the number */
    if (!counted && !regnal) {
        size_t k = i;
        while (k > 0) {
            const word *q = &w[k - 1];
            const char *qc = q->s + q->lead;
            int numeral = q->core && strspn(qc, "IVX") >= q->core && roman_value(qc, q->core) > 0 &&
                          (q->trail == 0 || (q->trail == 1 && qc[q->core] == ','));
            int joint = !q->trail && (equals_word(q, "and") || equals_word(q, "or") || equals_word(q, "to"));
            if (!numeral && !joint)
                break;
            k--;
        }
        counted = k < i && k > 0 && !w[k - 1].trail && counter_plural(&w[k - 1]) &&
                  roman_value(w[k].s + w[k].lead, w[k].core) > 0;
    }
    /* after a name ("Artemis II"), not a unit or a word in lower case ("10 mg IV",
     * "an IV drip": intravenous) */
    int plain = n >= 2 && strspn(c, "IVX") >= n && p1 && isupper((unsigned char)p1->s[p1->lead]) &&
                !(p1->core <= 3 && (u8_ncasecmp(p1->s + p1->lead, "an", p1->core) == 0 ||
                                    u8_ncasecmp(p1->s + p1->lead, "the", p1->core) == 0 ||
                                    u8_ncasecmp(p1->s + p1->lead, "a", p1->core) == 0));
    if (!regnal && !counted && !plain)
        return 0;
    if (regnal && !(p1 && isupper((unsigned char)p1->s[p1->lead])))
        return 0;
    sb_putn(o, x->s, x->lead);
    if (regnal) {
        sb_puts(o, "the ");
        put_ordinal(o, v);
    } else {
        sb_printf(o, "%d", v);
    }
    sb_putn(o, c + n, x->trail);
    return 1;
}

/* A US party tag: "D-N.Y.", "R-Ohio", "I-Vt." -> "Democrat of New York". */
static size_t party_tag(sb *o, const word *x)
{
    const char *c = x->s + x->lead;
    size_t n = x->core;
    const char *dash = memchr(c, '-', n);
    if (!dash || dash == c || (size_t)(dash - c) > 1 || dash + 1 >= c + n)
        return 0;
    size_t pl = 0, sl = 0;
    const char *party = field_of("en/parties.txt", c, (size_t)(dash - c), &pl);
    const char *st = dash + 1;
    size_t stn = (size_t)(c + n - st);
    /* "D-NM-03", "R-AK-AL": a House member's district after the state */
    int district = 0;
    const char *d2 = memchr(st, '-', stn);
    if (d2 && d2 > st) {
        size_t dn = (size_t)(c + n - d2 - 1);
        if (dn == 2 && d2[1] == 'A' && d2[2] == 'L')
            district = -1;
        else if (dn >= 1 && dn <= 2 && isdigit((unsigned char)d2[1]) && isdigit((unsigned char)d2[dn]))
            district = atoi(d2 + 1);
        if (!district)
            return 0;
        stn = (size_t)(d2 - st);
    }
    /* the state's own stop was split off as a closing mark: "N.Y." has core "N.Y" */
    const char *state = field_of("en/us-states.txt", st, stn, &sl);
    int took_stop = 0;
    if (!state && !district && x->trail && st[stn] == '.') {
        state = field_of("en/us-states.txt", st, stn + 1, &sl);
        took_stop = state != NULL;
    }
    if (!party || !state)
        return 0;
    sb_putn(o, x->s, x->lead);
    sb_putn(o, party, pl);
    sb_puts(o, " of ");
    sb_putn(o, state, sl);
    if (district > 0)
        sb_printf(o, ", district %d", district);
    else if (district < 0)
        sb_puts(o, ", at large");
    sb_putn(o, c + n + took_stop, x->trail - (size_t)took_stop);
    return 1;
}

/* Whether s[0, n) is a whole number in groups of three with commas ("1,146"). */
static int grouped_digits(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && k < 3 && isdigit((unsigned char)s[k]))
        k++;
    if (k == 0 || k == n)
        return 0;
    while (k < n) {
        if (k + 4 > n || s[k] != ',' || !isdigit((unsigned char)s[k + 1]) || !isdigit((unsigned char)s[k + 2]) ||
            !isdigit((unsigned char)s[k + 3]))
            return 0;
        k += 4;
    }
    return 1;
}

/* The value of the number written s[0, n) ("1,146", "2.5"), its commas left out
 * (read here, not by strtod: a program's locale may take the point for no point). */
static double plain_value(const char *s, size_t n)
{
    double v = 0, scale = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '.' && scale == 0)
            scale = 1;
        else if (isdigit((unsigned char)s[i])) {
            v = v * 10 + (s[i] - '0');
            scale *= 10;
        }
    }
    return scale > 0 ? v / scale : v;
}

/* Whether s[0, n) is digits with at most one point between them ("1.2", "30"). */
static int all_digits_or_point(const char *s, size_t n)
{
    int points = 0;
    for (size_t k = 0; k < n; k++) {
        if (s[k] == '.' && k > 0 && k + 1 < n)
            points++;
        else if (!isdigit((unsigned char)s[k]))
            return 0;
    }
    return n > 0 && points <= 1;
}

/* A unit after a number: "25 km", "40kg", "a 500 MW plant", "1 km" -> "25 kilometres",
 * "40 kilograms", "a 500 megawatt plant", "1 kilometre". Returns the words used. */
static size_t range_dash(const char *s, const char *end);

static int txt_has_upper_letter(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (isupper((unsigned char)s[i]))
            return 1;
    return 0;
}

/* The singular of unit u[0, n) (data/en/units.txt), for a unit written apart or
 * joined by a hyphen ("1.5-km", "per kWh"); NULL for none, or for a one-letter unit
 * that counts only apart ("spaced": "5m" is 5 million). */
static const char *unit_singular(const char *u, size_t n, size_t *onel)
{
    const char *line;
    size_t len, fl;
    if (!data_field_lines("en/units.txt", u, n, 0, &line, &len, 1))
        return NULL;
    const char *one = field(line, len, 1, onel);
    return one && !field(line, len, 3, &fl) ? one : NULL;
}

/* "210 m3/s", "4.2 mm/yr", "10Gb/s", "5 mg/kg/day": a unit of data/en/units.txt per
 * another, and per a third (or per one marked "per", said only after a slash: "s",
 * "h"), after the number c[0, nl) of word x; u[0, ul) the units as written, `last` the
 * word they end. 1 when said. */
static int per_unit(sb *o, const word *x, const char *c, size_t nl, const char *u, size_t ul, const word *last)
{
    const char *slash = memchr(u, '/', ul), *end = u + ul;
    if (!slash || slash == u || slash + 1 >= end)
        return 0;
    const char *top, *one, *many, *flag = NULL;
    size_t tl, onel = 0, manyl = 0, fl = 0;
    if (slash - u == 1 && u[0] == 'p') {
        /* "6.99p/kWh", "12p/day": pence per a unit (British tariffs) */
        one = "penny", onel = 5, many = "pence", manyl = 5;
    } else if (slash - u == 2 && memcmp(u, "\xC2\xA2", 2) == 0) {
        /* "12.1¢/kWh", "95.3¢/L": cents (American and Canadian tariffs and pumps) */
        one = "cent", onel = 4, many = "cents", manyl = 5;
    } else {
        if (!data_field_lines("en/units.txt", u, (size_t)(slash - u), 0, &top, &tl, 1))
            return 0;
        one = field(top, tl, 1, &onel), many = field(top, tl, 2, &manyl);
        flag = field(top, tl, 3, &fl);
    }
    if (!one || !many || (flag && fl == 3 && strncmp(flag, "per", 3) == 0))
        return 0;
    /* ("32mN/m": millinewtons, no grid's northing) */
    if (slash - u == 2 && u[0] == 'm' && (u[1] == 'E' || u[1] == 'N'))
        return 0;
    /* each unit below a slash: its singular, or a span of time ("31.7 km/day", "12
     * ML/day"); at most three ("mg/kg/day") */
    static const char *const spans[] = {"day", "week", "month", "year", "hour", "night", "annum", "shift", "person"};
    const char *per[3];
    size_t perl[3], np = 0;
    /* ("341 mm/24h", "mm/72hrs": in a counted span of hours or days, as rainfall is
     * given) */
    const char *span_n = NULL, *span_w = NULL;
    size_t span_nl = 0;
    {
        const char *a = slash + 1, *d = a;
        while (d < end && isdigit((unsigned char)*d))
            d++;
        static const char *const marks[][2] = {{"h", "hours"},  {"hr", "hours"}, {"hrs", "hours"}, {"hours", "hours"},
                                               {"d", "days"},   {"day", "days"}, {"days", "days"}};
        for (size_t q = 0; d > a && d - a <= 3 && q < sizeof marks / sizeof *marks && !span_w; q++)
            if (strlen(marks[q][0]) == (size_t)(end - d) && strncmp(d, marks[q][0], (size_t)(end - d)) == 0)
                span_w = marks[q][1];
        if (span_w) {
            span_n = a;
            span_nl = (size_t)(d - a);
            end = slash; /* (no unit under the slash to read) */
        }
    }
    /* ("400 mg/100g", "250 kcal/100g", "12 g/100ml": per a counted amount of a unit,
     * as food labels give it) */
    const char *count_n = NULL, *count_u = NULL;
    size_t count_nl = 0, count_ul = 0;
    if (!span_w) {
        const char *a = slash + 1, *d = a;
        while (d < end && isdigit((unsigned char)*d))
            d++;
        const char *bottom;
        size_t bl;
        if (d > a && d - a <= 4 && d < end && !memchr(d, '/', (size_t)(end - d)) &&
            data_field_lines("en/units.txt", d, (size_t)(end - d), 0, &bottom, &bl, 1) &&
            (count_u = field(bottom, bl, strncmp(a, "1", (size_t)(d - a)) == 0 && d - a == 1 ? 1 : 2, &count_ul)) != NULL) {
            count_n = a;
            count_nl = (size_t)(d - a);
            end = slash;
        }
    }
    for (const char *a = slash + 1; a < end; np++) {
        const char *b = memchr(a, '/', (size_t)(end - a));
        if (!b)
            b = end;
        if (b == a || np == 3)
            return 0;
        per[np] = NULL;
        for (size_t q = 0; q < sizeof spans / sizeof *spans && !per[np]; q++)
            if (strlen(spans[q]) == (size_t)(b - a) && strncmp(a, spans[q], (size_t)(b - a)) == 0)
                per[np] = spans[q], perl[np] = (size_t)(b - a);
        const char *bottom;
        size_t bl;
        if (!per[np] && (!data_field_lines("en/units.txt", a, (size_t)(b - a), 0, &bottom, &bl, 1) ||
                         !(per[np] = field(bottom, bl, 1, &perl[np]))))
            return 0;
        a = b + (b < end);
        if (b + 1 == end)
            return 0; /* "mg/": no unit after the slash */
    }
    sb_putn(o, x->s, x->lead);
    /* (or a range of two numbers: "10–50 ng/mL") */
    size_t first = number_len(c, nl), rd = first && first < nl ? range_dash(c + first, c + nl) : 0;
    if (rd && first + rd < nl && number_len(c + first + rd, nl - first - rd) == nl - first - rd)
        put_number_range(o, c, first, rd, nl - first - rd);
    else
        put_number(o, c, nl);
    sb_putc(o, ' ');
    if (nl == 1 && c[0] == '1')
        sb_putn(o, one, onel);
    else
        sb_putn(o, many, manyl);
    for (size_t k = 0; k < np; k++) {
        sb_puts(o, " per ");
        sb_putn(o, per[k], perl[k]);
    }
    if (count_n) {
        sb_puts(o, " per ");
        sb_putn(o, count_n, count_nl);
        sb_putc(o, ' ');
        sb_putn(o, count_u, count_ul);
    }
    if (span_w) {
        sb_puts(o, " in ");
        sb_putn(o, span_n, span_nl);
        sb_printf(o, " %s", span_nl == 1 && span_n[0] == '1' ? (span_w[0] == 'h' ? "hour" : "day") : span_w);
    }
    sb_putn(o, last->s + last->lead + last->core, last->trail);
    return 1;
}

/* "4 (four) years", "30 (thirty) days", "500 (five hundred) euros": a number in
 * figures, then in words in brackets, as decisions and contracts write it: said once,
 * in the words ("four (4)" is spelled_number_before's). */
static size_t figures_then_words(sb *o, const word *w, size_t i, size_t nw)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core;
    if (x->trail || n == 0 || n > 4 || !all_digits(c, n) || i + 1 >= nw)
        return 0;
    const word *y = &w[i + 1];
    if (y->lead != 1 || y->s[0] != '(')
        return 0;
    /* one word, or two with "hundred" or "thousand" last */
    size_t k = i + 1, words = 1;
    while (k < nw && !(w[k].trail && w[k].s[w[k].lead + w[k].core] == ')') && words < 2) {
        if (w[k].trail)
            return 0;
        k++;
        words++;
    }
    if (k >= nw || !w[k].trail || w[k].s[w[k].lead + w[k].core] != ')' || (k > i + 1 && w[k + 0].lead))
        return 0;
    char t[64];
    size_t tl = 0;
    for (size_t q = i + 1; q <= k; q++) {
        if (tl + w[q].core + 2 >= sizeof t)
            return 0;
        if (tl)
            t[tl++] = ' ';
        memcpy(t + tl, w[q].s + w[q].lead, w[q].core);
        tl += w[q].core;
    }
    if (k > i + 1 && !(equals_word(&w[k], "hundred") || equals_word(&w[k], "thousand")))
        return 0;
    long v = spelled_number_before(t, tl);
    if (v < 0 || v != atol(c))
        return 0;
    sb_putn(o, x->s, x->lead);
    sb_putn(o, t, tl);
    /* (the marks after the bracket: "4 (four), and") */
    const word *z = &w[k];
    sb_putn(o, z->s + z->lead + z->core + 1, z->trail - 1);
    return k - i + 1;
}

/* "India were 268/9 at stumps", "Hobart Hurricanes 187/6 (20 overs)": a cricket
 * score, runs for wickets, in a sentence about cricket (a word of the game in it);
 * "9/11" and "3/4" keep the date's and the fraction's rules. */
static size_t cricket_score(sb *o, const word *w, size_t i, size_t nw)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core, r = 0;
    while (r < n && isdigit((unsigned char)c[r]))
        r++;
    if (r < 1 || r > 3 || r + 2 > n || c[r] != '/' || !all_digits(c + r + 1, n - r - 1) || n - r - 1 > 2 ||
        atoi(c + r + 1) > 10 || (n == 4 && memcmp(c, "24/7", 4) == 0)) /* (round the clock) */
        return 0;
    static const char *const game[] = {"wicket", "wickets", "stumps", "innings", "overs", "over", "batting", "bowled",
                                       "bowling", "declared", "runs", "chasing", "chase", "cricket", "Test", "ODI",
                                       "T20", "T20I", "all-out", "run-rate", "century", "batted", "toss"};
    int cricket = 0;
    for (size_t q = 0; q < nw && !cricket; q++)
        for (size_t k = 0; k < sizeof game / sizeof *game && !cricket; k++)
            cricket = q != i && w[q].core == strlen(game[k]) && strncmp(w[q].s + w[q].lead, game[k], w[q].core) == 0;
    if (!cricket)
        return 0;
    sb_putn(o, x->s, x->lead);
    sb_putn(o, c, r);
    sb_puts(o, " for ");
    sb_putn(o, c + r + 1, n - r - 1);
    sb_putn(o, c + n, x->trail);
    return 1;
}

/* ".182", ".300": a decimal with no figure before its point (a batting average, a
 * calibre), said "point 1 8 2", figure by figure. Not a version's or a file's
 * ending ("v2.182", "file.300" have a word before the point). */
static size_t bare_decimal(sb *o, const word *x)
{
    const char *c = x->s + x->lead;
    size_t n = x->core, d = 0;
    int inside = c[0] == '.'; /* (the point in the core, or the last of the opening marks) */
    if (!inside && !(x->lead >= 1 && x->s[x->lead - 1] == '.'))
        return 0;
    size_t f = inside ? 1 : 0;
    while (f + d < n && isdigit((unsigned char)c[f + d]))
        d++;
    if (d < 1 || d > 4 || f + d != n)
        return 0;
    /* (no other mark before the point: not "...300" nor "(.300") */
    if (!inside && x->lead > 1)
        return 0;
    sb_putn(o, x->s, inside ? x->lead : x->lead - 1);
    sb_puts(o, "point");
    for (size_t k = 0; k < d; k++)
        sb_printf(o, " %c", c[f + k]);
    sb_putn(o, c + n, x->trail);
    return 1;
}

/* "FRB 20250412A", "GRB 20221009A": an event named by the date it was seen
 * (year, month, day) and a letter, after its kind's capitals; said by its parts
 * ("2025 04 12 A"), not as a count of twenty million. */
static size_t dated_designation(sb *o, const word *w, size_t i)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core;
    if (i == 0 || n < 9 || n > 11 || !all_digits(c, 8) || w[i - 1].trail || w[i - 1].core < 2 || w[i - 1].core > 4)
        return 0;
    for (size_t q = 0; q < w[i - 1].core; q++)
        if (!isupper((unsigned char)w[i - 1].s[w[i - 1].lead + q]))
            return 0;
    for (size_t q = 8; q < n; q++)
        if (!isupper((unsigned char)c[q]))
            return 0;
    int y = atoi((char[5]){c[0], c[1], c[2], c[3], 0}), m = (c[4] - '0') * 10 + c[5] - '0', d = (c[6] - '0') * 10 + c[7] - '0';
    if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31)
        return 0;
    sb_putn(o, x->s, x->lead);
    sb_printf(o, "%.4s %.2s %.2s", c, c + 4, c + 6);
    if (n > 8) {
        sb_putc(o, ' ');
        spell(o, c + 8, n - 8);
    }
    sb_putn(o, c + n, x->trail);
    return 1;
}

/* "45 Mt CO2 eq", "37 MMT CO2e", "500 t CO2": a mass of emissions written apart
 * from its gas, as the mass written onto it is ("MtCO2e", data/en/units.txt): "of
 * CO2", "of CO2 equivalent" (the "eq" after it taken in). */
static size_t mass_of_gas(sb *o, const word *w, size_t i, size_t nw)
{
    static const char *const masses[] = {"Mt", "Gt", "kt", "t", "MMT", "MMTCO2e", "tonnes", "tons", "megatonnes",
                                         "gigatonnes", "kilotonnes", "tonne", "ton", "kg"};
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core;
    if (i < 2 || x->lead || w[i - 1].trail || w[i - 2].trail || !isdigit((unsigned char)w[i - 2].s[w[i - 2].lead]) ||
        !equals_any(&w[i - 1], masses, sizeof masses / sizeof *masses))
        return 0;
    int eq = 0;
    if ((n == 3 && memcmp(c, "CO2", 3) == 0) || (n == 5 && memcmp(c, "CO\xE2\x82\x82", 5) == 0))
        eq = 0;
    else if ((n == 4 && memcmp(c, "CO2e", 4) == 0) || (n == 5 && (memcmp(c, "CO2eq", 5) == 0 || memcmp(c, "CO2-e", 5) == 0)) ||
             (n == 6 && memcmp(c, "CO\xE2\x82\x82" "e", 6) == 0))
        eq = 1;
    else
        return 0;
    size_t used = 1;
    const word *last = x;
    if (!eq && !x->trail && i + 1 < nw && !w[i + 1].lead &&
        (equals_word(&w[i + 1], "eq") || equals_word(&w[i + 1], "equivalent") || equals_word(&w[i + 1], "e"))) {
        eq = 1;
        used = 2;
        last = &w[i + 1];
    }
    sb_puts(o, eq ? "of CO2 equivalent" : "of CO2");
    /* (a stop after "eq." is its own, not a sentence's) */
    size_t t = last->trail;
    const char *tail = last->s + last->lead + last->core;
    if (used == 2 && t && tail[0] == '.' && equals_word(last, "eq") && i + 2 < nw)
        tail++, t--;
    sb_putn(o, tail, t);
    return used;
}

/* "F-OVRA", "VH-QOR", "9V-SKA", "EI-DEO": an aircraft's registration, its nation's
 * letters, a hyphen and its own, said letter by letter, in a sentence about an
 * aircraft ("UK-EU" stays two bodies). */
static size_t registration(sb *o, const word *w, size_t i, size_t nw)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core, h = 0;
    while (h < n && h < 3 && (isupper((unsigned char)c[h]) || (h == 0 && isdigit((unsigned char)c[h]))))
        h++;
    if (h < 1 || h > 2 || h >= n || c[h] != '-' || n - h - 1 < 3 || n - h - 1 > 4)
        return 0;
    for (size_t q = h + 1; q < n; q++)
        if (!isupper((unsigned char)c[q]))
            return 0;
    static const char *const craft[] = {"aircraft", "registered", "registration", "Airbus", "Boeing", "ATR", "Embraer",
                                        "helicopter", "airliner", "jet", "plane", "Cessna", "Bombardier", "Dash",
                                        "Beechcraft", "Piper", "glider", "operated"};
    int air = 0;
    for (size_t q = 0; q < nw && !air; q++)
        air = q != i && equals_any(&w[q], craft, sizeof craft / sizeof *craft);
    if (!air)
        return 0;
    sb_putn(o, x->s, x->lead);
    for (size_t q = 0; q < n; q++) {
        if (c[q] == '-')
            continue;
        if (q)
            sb_putc(o, ' ');
        put_letter(o, c[q]); /* (the letter, not the article) */
    }
    sb_putn(o, c + n, x->trail);
    return 1;
}

/* "runway 27L", "Runways 09R and 27L", "Runway 4R/22L": a runway's heading and its
 * side, left, right or centre (not "2L of water", litres); the word "runway" among the
 * three before. */
static size_t runway(sb *o, const word *w, size_t i)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core;
    /* ("Runway 4R/22L": both ends of one strip, a slash between) */
    const char *sl = n >= 5 && n <= 7 ? memchr(c, '/', n) : NULL;
    size_t n1 = sl ? (size_t)(sl - c) : n, n2 = sl ? n - n1 - 1 : 0;
    if (n1 < 2 || n1 > 3 || !all_digits(c, n1 - 1) || !strchr("LRC", c[n1 - 1]) ||
        (sl && (n2 < 2 || n2 > 3 || !all_digits(sl + 1, n2 - 1) || !strchr("LRC", sl[n2]))))
        return 0;
    static const char *const runways[] = {"runway", "runways", "RWY", "rwy", "Runway", "Runways"};
    int on = 0;
    for (size_t q = i; q > 0 && q + 4 > i && !on; q--)
        on = equals_any(&w[q - 1], runways, sizeof runways / sizeof *runways);
    if (!on)
        return 0;
    sb_putn(o, x->s, x->lead);
    sb_putn(o, c, n1 - 1);
    sb_puts(o, c[n1 - 1] == 'L' ? " left" : c[n1 - 1] == 'R' ? " right" : " centre");
    if (sl) {
        sb_puts(o, ", ");
        sb_putn(o, sl + 1, n2 - 1);
        sb_puts(o, sl[n2] == 'L' ? " left" : sl[n2] == 'R' ? " right" : " centre");
    }
    sb_putn(o, c + n, x->trail);
    return 1;
}

/* "T-00:07:32", "T+2:35", "T-0", "L+2": a mission's clock, counting down to launch
 * (T minus) or up from it (T plus; L for launch, in days), its parts hours, minutes
 * and seconds ("T+2:35" is two minutes and thirty-five seconds). A model's name is
 * no clock: "T-72 tanks", "L-39" (a minus sign with one number only at zero or
 * before a unit of time). */
static size_t mission_clock(sb *o, const word *w, size_t i, size_t nw)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core, sl = 0;
    int minus = 0;
    if (n < 3 || (c[0] != 'T' && c[0] != 'L'))
        return 0;
    if (c[1] == '+' || c[1] == '-')
        sl = 1, minus = c[1] == '-';
    else if (n >= 5 && memcmp(c + 1, "\xE2\x88\x92", 3) == 0)
        sl = 3, minus = 1;
    else
        return 0;
    int parts[3];
    size_t np = 0, p = 1 + sl;
    for (;;) {
        size_t d = p;
        int v = 0;
        while (d < n && isdigit((unsigned char)c[d]) && d - p < 3)
            v = v * 10 + (c[d++] - '0');
        if (d == p || np == 3 || (np > 0 && (d - p != 2 || v > 59)))
            return 0;
        parts[np++] = v;
        if (d == n)
            break;
        if (c[d] != ':' || d + 1 >= n)
            return 0;
        p = d + 1;
    }
    static const char *const spans[] = {"second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins",
                                        "hour", "hours", "day", "days"};
    int timed = 0;
    for (size_t q = 0; q < sizeof spans / sizeof *spans && np == 1 && !x->trail && i + 1 < nw && !timed; q++)
        timed = equals_word(&w[i + 1], spans[q]);
    if (np == 1 && minus && parts[0] != 0 && !timed)
        return 0;
    sb_putn(o, x->s, x->lead);
    sb_printf(o, "%c %s", c[0], minus ? "minus" : "plus");
    if (np == 1) {
        sb_printf(o, " %d", parts[0]);
    } else {
        int h = np == 3 ? parts[0] : 0, m = parts[np - 2], sec = parts[np - 1];
        if (h)
            sb_printf(o, " %d %s", h, h == 1 ? "hour" : "hours");
        if (m)
            sb_printf(o, " %d %s", m, m == 1 ? "minute" : "minutes");
        if (sec)
            sb_printf(o, " %d %s", sec, sec == 1 ? "second" : "seconds");
        if (!h && !m && !sec)
            sb_puts(o, " 0");
    }
    sb_putn(o, c + n, x->trail);
    return 1;
}

/* "10.30 hrs Official welcome ceremony": a programme's line, its time first, then
 * the hours' word and the item in capitals: a clock, not a duration. */
static int sched_clock(const word *w, size_t i, size_t nw)
{
    return i == 0 && i + 2 < nw && !w[i + 1].trail && isupper((unsigned char)w[i + 2].s[w[i + 2].lead]);
}


/* Whether w[i] ("2300") before "hrs" or "hr" at w[i + 1] is a clock time by where it
 * stands: a field's value ("Estimated time of restoration: 2300 hrs"), or before a
 * word that says when ("2300 hrs tonight", "… on Sunday"). */
static int hrs_when(const word *w, size_t i, size_t nw)
{
    if (i + 1 >= nw || !(equals_word(&w[i + 1], "hrs") || equals_word(&w[i + 1], "hr")))
        return 0;
    const word *nx = &w[i + 1], *nn = i + 2 < nw && !nx->trail ? &w[i + 2] : NULL;
    if (i > 0 && w[i - 1].trail == 1 && w[i - 1].s[w[i - 1].lead + w[i - 1].core] == ':')
        return 1;
    return nn && (equals_word(nn, "tonight") || equals_word(nn, "today") || equals_word(nn, "tomorrow") ||
                  equals_word(nn, "local"));
}

static size_t unit(sb *o, const word *w, size_t i, size_t nw)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core, nl = number_len(c, n);
    /* "+1.3pp", "-5 km": a sign, then the measure (the minus sign too: "−2.8 m") */
    size_t sgl = n >= 2 && (c[0] == '+' || c[0] == '-') ? 1 : n >= 4 && memcmp(c, "\xE2\x88\x92", 3) == 0 ? 3 : 0;
    if (!nl && sgl && isdigit((unsigned char)c[sgl]) && data_lang() == 0) {
        word t[2];
        t[0] = (word){c + sgl, x->n - x->lead - sgl, 0, n - sgl, x->trail};
        size_t tn = 1;
        if (i + 1 < nw)
            t[tn++] = w[i + 1];
        size_t at = o->len;
        sb_putn(o, x->s, x->lead);
        sb_puts(o, c[0] == '+' ? "plus " : "minus ");
        size_t used = unit(o, t, 0, tn);
        if (!used)
            o->len = at;
        return used;
    }
    if (!nl)
        return 0;
    /* "at 2130 hrs", "0945 hrs": a clock time of 24 hours, not a duration (read by
     * the clock's rules) */
    if (n == 4 && nl == 4 && all_digits(c, 4) && !x->trail && i + 1 < nw && !w[i + 1].lead &&
        (equals_word(&w[i + 1], "hrs") || equals_word(&w[i + 1], "hr")) &&
        (c[0] == '0' || (i > 0 && !w[i - 1].trail && clock_at(w, i - 1) &&
                         /* ("overtime stood at 2130 hrs": an amount; "at approximately" too) */
                         !amount_verb(w, clock_word(&w[i - 1]) ? i - 1 : i - 2)) ||
         hrs_when(w, i, nw)) &&
        (c[0] - '0') * 10 + c[1] - '0' <= 23 && (c[2] - '0') * 10 + c[3] - '0' <= 59)
        return 0;
    /* (nor "at 10.30 hrs", a clock's with a stop after a word of time) */
    if ((n == 4 || n == 5) && nl == n && c[n - 3] == '.' && !x->trail && i + 1 < nw && !w[i + 1].lead &&
        (sched_clock(w, i, nw) || (i > 0 && !w[i - 1].trail && clock_at(w, i - 1))) &&
        (equals_word(&w[i + 1], "hrs") || equals_word(&w[i + 1], "hr") || equals_word(&w[i + 1], "hours")))
        return 0;
    /* "15-20 kts": a range of numbers before the unit */
    size_t first = nl, rd = range_dash(c + nl, c + n), nl2 = rd ? number_len(c + nl + rd, n - nl - rd) : 0;
    if (nl2)
        nl += rd + nl2;
    const char *u;
    size_t ul, used;
    /* "a 1.5-km line", "a 20-MW farm", "155-mm shells", "the 10-yr yield": a measure
     * joined to its noun, in the singular */
    if (nl + 1 < n && c[nl] == '-' && !nl2 && data_lang() == 0) {
        size_t onel;
        const char *one = unit_singular(c + nl + 1, n - nl - 1, &onel);
        /* (in capitals, as a headline shouts it: "24-HR PSI", "5-KM RUN") */
        if (!one && n - nl - 1 <= 3) {
            static const char *const caps[] = {"HR", "HRS", "MIN", "KM", "KG", "CM", "MM", "YR"};
            char low[4];
            for (size_t k = 0; k < sizeof caps / sizeof *caps && !one; k++)
                if (strlen(caps[k]) == n - nl - 1 && memcmp(caps[k], c + nl + 1, n - nl - 1) == 0) {
                    for (size_t q = 0; q < n - nl - 1; q++)
                        low[q] = (char)tolower((unsigned char)caps[k][q]);
                    one = unit_singular(low, n - nl - 1, &onel);
                }
        }
        if (one) {
            sb_putn(o, x->s, x->lead);
            put_number(o, c, nl);
            sb_putc(o, ' ');
            sb_putn(o, one, onel);
            /* ("7-oz. plastic containers": the unit's own stop, before the noun, is no
             * pause) */
            size_t tr = x->trail;
            const char *t = c + n;
            if (tr && t[0] == '.' && i + 1 < nw && w[i + 1].core && islower((unsigned char)w[i + 1].s[w[i + 1].lead]))
                t++, tr--;
            sb_putn(o, t, tr);
            return 1;
        }
    }
    /* "c. 287W", "cols 412WH": a Hansard column of written answers (W), written
     * statements (WS) or Westminster Hall (WH), no watts */
    if (nl < n && n - nl <= 2 && c[nl] == 'W' && (n - nl == 1 || c[nl + 1] == 'S' || c[nl + 1] == 'H' || c[nl + 1] == 'A') &&
        i > 0 && data_lang() == 0) {
        const word *pv = &w[i - 1];
        static const char *const cols[] = {"cc", "col", "cols", "column", "columns"};
        /* (a bare "c." is "circa" but in a citation of the record: "Vol. 760, c. 287W",
         * "HC Deb 4 March 2026 c. 12WS") */
        static const char *const cites[] = {"Vol", "Report", "Deb", "Hansard", "HC", "HL"};
        int cited = 0;
        for (size_t q = i > 12 ? i - 12 : 0; q + 1 < i && !cited && equals_word(pv, "c"); q++)
            cited = equals_any(&w[q], cites, sizeof cites / sizeof *cites);
        if (equals_any(pv, cols, sizeof cols / sizeof *cols) || cited) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, nl);
            sb_putc(o, ' ');
            spell(o, c + nl, n - nl);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "20+ km", "20+ hrs": more than the number, then its unit */
    int plus = nl + 1 == n && c[nl] == '+' && data_lang() == 0;
    if (nl < n && !plus) {
        u = c + nl;
        ul = n - nl;
        used = 1;
        /* "0930hrs", "22:47hrs": a clock time, not a duration (said elsewhere) */
        if (ul >= 2 && u8_ncasecmp(u, "hr", 2) == 0 && (nl == 4 || memchr(c, ':', nl)))
            return 0;
        /* "1.2m households", "4bn", "30k jobs": a scale joined to a number with no
         * currency (a "k" only before a plural: "a 5k run" is a distance) */
        const word *nx = i + 1 < nw && !x->trail ? &w[i + 1] : NULL;
        int plural = nx && !nx->lead && nx->core > 3 && islower((unsigned char)nx->s[0]) &&
                     (nx->s[nx->core - 1] == 's' || (nx->core == 6 && strncmp(nx->s, "people", 6) == 0));
        /* (words in -s that are no plural noun: "4.12m this morning") */
        static const char *const not_plural[] = {"this", "thus", "plus", "less", "unless", "across", "always",
                                                 "perhaps", "besides", "towards", "afterwards", "sometimes",
                                                 "radius", "status", "campus", "corridor"};
        for (size_t q = 0; plural && q < sizeof not_plural / sizeof *not_plural; q++)
            plural = !equals_word(nx, not_plural[q]);
        /* (or one a word or two in lower case further on: "41k net new connections";
         * not a race's, "5k fun runs") */
        for (size_t q = i + 2; !plural && nx && !nx->trail && !nx->lead && islower((unsigned char)nx->s[0]) && q < nw && q <= i + 3 &&
                               !equals_any(nx, dimensions, sizeof dimensions / sizeof *dimensions);
             q++) {
            const word *y = &w[q];
            static const char *const races[] = {"runs", "races", "walks", "rides", "swims"};
            if (y->lead || y->core < 2 || !islower((unsigned char)y->s[0]))
                break;
            if (y->core >= 4 && y->s[y->core - 1] == 's' && y->s[y->core - 2] != 's' && !equals_any(y, races, sizeof races / sizeof *races) &&
                !equals_any(y, not_plural, sizeof not_plural / sizeof *not_plural)) {
                plural = 1;
                break;
            }
            if (y->trail || equals_any(y, races, sizeof races / sizeof *races) || equals_any(y, dimensions, sizeof dimensions / sizeof *dimensions))
                break;
        }
        size_t sl;
        const char *sc;
        /* "a 1.2m wall", "the 100m final": after an article, before a noun in the
         * singular, a measure; not before what money buys ("a 10m deal": a million) */
        const word *pv = i > 0 && !w[i - 1].trail ? &w[i - 1] : NULL;
        /* (after "the", only before what is measured by its length: "the 60m transfer"
         * is money) */
        static const char *const lengths[] = {"final", "race", "wall", "fence", "barrier", "pool", "tunnel",
                                              "bridge", "tower", "pipe", "pipeline", "cable", "road", "track",
                                              "gap", "stretch", "section", "mark", "zone", "radius", "drop",
                                              "wave", "waves", "boat", "yacht", "vessel", "mast", "rule",
                                              "limit", "line", "long", "high", "deep", "wide", "tall"};
        int the = 0;
        int lower = nx && !nx->lead && nx->core && islower((unsigned char)nx->s[0]);
        for (size_t q = 0; pv && lower && equals_word(pv, "the") && !the && q < sizeof lengths / sizeof *lengths; q++)
            the = equals_word(nx, lengths[q]);
        int measure = pv && (indefinite_article(pv) || the) && nx && !plural && ul == 1 && u[0] == 'm' &&
                      data_lang() == 0 && !data_has_line("en/amount-nouns.txt", nx->s + nx->lead, nx->core);
        /* "he is 1.78m tall", "a wall 3m high": metres before what they measure */
        /* and a race's distance before its event: "the women's 400m hurdles", "ran the
         * 100m freestyle" */
        static const char *const dims[] = {"tall", "high", "long", "wide", "deep", "thick", "away", "hurdles",
                                           "freestyle", "backstroke", "breaststroke", "butterfly", "medley",
                                           "relay", "sprint", "dash", "steeplechase", "x", "by", "apart",
                                           /* "his 100m time", "the 400m record", "in the 800m heats" */
                                           "time", "times", "record", "records", "title", "heat", "heats",
                                           "semi-final", "semi-finals", "semifinal", "semifinals", "champion",
                                           "specialist", "event", "events", "races", "finals", "swim", "split"};
        int predicative = 0;
        /* "keep at least 10m from the water's edge", "stay 50m from", "within 30m of":
         * a distance kept from a place */
        if (nx && !measure && ul == 1 && u[0] == 'm' && data_lang() == 0 && !nx->trail && !nx->lead && pv &&
            (equals_word(nx, "from") || (equals_word(nx, "of") && equals_word(pv, "within")))) {
            static const char *const keeps[] = {"keep", "stay", "remain", "within", "kept", "keeping", "staying",
                                                "remaining"};
            /* ("at least" after such a verb or "be": "must be at least 10m from"; not
             * "raised at least 10m from investors") */
            static const char *const bes[] = {"be", "is", "are", "was", "were", "stand", "park", "parked", "fly",
                                              "flying", "flown", "placed", "maintain", "maintained", "sited",
                                              "located", "situated", "positioned", "built", "planted", "moored"};
            predicative = equals_any(pv, keeps, sizeof keeps / sizeof *keeps) ||
                          (equals_word(pv, "least") && i >= 3 && !w[i - 2].trail && !w[i - 3].trail &&
                           equals_word(&w[i - 2], "at") &&
                           (equals_any(&w[i - 3], keeps, sizeof keeps / sizeof *keeps) ||
                            equals_any(&w[i - 3], bes, sizeof bes / sizeof *bes)));
        }
        /* "extended by 250m along strike": along a line, not "£250m along with …" */
        if (nx && !measure && ul == 1 && u[0] == 'm' && data_lang() == 0 && equals_word(nx, "along") && !nx->trail &&
            !(i + 2 < nw && equals_word(&w[i + 2], "with")))
            predicative = 1;
        /* "45m below ground level", "120m above sea level", "7.1m in diameter": a depth,
         * a height, a size */
        if (nx && !measure && ul == 1 && u[0] == 'm' && data_lang() == 0 && !nx->trail && i + 2 < nw) {
            static const char *const levels[] = {"ground", "sea", "street", "grade", "river", "water"};
            static const char *const sizes[] = {"diameter", "length", "height", "depth", "width", "radius",
                                                "circumference", "span", "elevation", "altitude"};
            if ((equals_word(nx, "below") || equals_word(nx, "above")) &&
                equals_any(&w[i + 2], levels, sizeof levels / sizeof *levels))
                predicative = 1;
            if (equals_word(nx, "in") && equals_any(&w[i + 2], sizes, sizeof sizes / sizeof *sizes))
                predicative = 1;
        }
        for (size_t q = 0; nx && !measure && ul == 1 && u[0] == 'm' && data_lang() == 0 && q < sizeof dims / sizeof *dims; q++)
            predicative |= nx->core == strlen(dims[q]) && strncmp(nx->s + nx->lead, dims[q], nx->core) == 0 &&
                           /* ("x" and "by" only between two measures: "40m x 25m", not "7m by spring") */
                           ((strcmp(dims[q], "x") != 0 && strcmp(dims[q], "by") != 0) ||
                            (i + 2 < nw && !nx->trail && w[i + 2].core && isdigit((unsigned char)w[i + 2].s[w[i + 2].lead])));
        /* "smashes 100m world record", "a 400m personal best": a race's distance before
         * its record */
        if (!predicative && !measure && ul == 1 && u[0] == 'm' && data_lang() == 0 && nx && !nx->trail && i + 2 < nw &&
            !plural) {
            static const char *const whose[] = {"world", "personal", "national", "Olympic", "European",
                                                "Commonwealth", "season's", "meeting", "championship", "area"};
            static const char *const marks[] = {"record", "records", "best", "bests", "title", "titles", "champion",
                                                "lead", "leader", "gold", "final", "medal"};
            measure = equals_any(nx, whose, sizeof whose / sizeof *whose) &&
                      equals_any(&w[i + 2], marks, sizeof marks / sizeof *marks); /* (a 100 metre record) */
        }
        /* "the 50m and 100m events": the first of two distances of one kind */
        if (!predicative && !measure && ul == 1 && u[0] == 'm' && data_lang() == 0 && nx && !nx->trail &&
            (equals_word(nx, "and") || equals_word(nx, "or")) && i + 3 < nw && !w[i + 2].trail && w[i + 2].core >= 2 &&
            isdigit((unsigned char)w[i + 2].s[w[i + 2].lead]) && w[i + 2].s[w[i + 2].lead + w[i + 2].core - 1] == 'm' &&
            number_len(w[i + 2].s + w[i + 2].lead, w[i + 2].core - 1) == w[i + 2].core - 1)
            for (size_t q = 0; q < sizeof dims / sizeof *dims && !predicative; q++)
                predicative = strcmp(dims[q], "x") != 0 && strcmp(dims[q], "by") != 0 && equals_word(&w[i + 3], dims[q]);
        /* "14.0m @ 3.2 g/t Au from 56m": a drill hole's intercept, in metres; "leapt a
         * personal best 8.12m", "threw 68.45m": a field event's mark */
        static const char *const field[] = {"jump", "jumped", "jumps", "leapt", "leaped", "threw", "throw", "throws",
                                            "thrown", "vault", "vaulted", "cleared", "javelin", "discus", "hammer",
                                            "shot", "heave", "triple", "vaulter", "thrower"};
        for (size_t q = 0; !predicative && !measure && ul == 1 && u[0] == 'm' && data_lang() == 0 && q < nw; q++) {
            predicative = (w[q].core == 1 && w[q].s[w[q].lead] == '@') ||
                          (w[q].core >= 3 && memcmp(w[q].s + w[q].lead + w[q].core - 3, "g/t", 3) == 0);
            for (size_t f = 0; !predicative && memchr(c, '.', nl) && f < sizeof field / sizeof *field; f++)
                predicative = equals_word(&w[q], field[f]);
        }
        /* "She won the 1500m in Paris and the 800m in Rome": a race of the track's
         * distances, in a sentence about racing ("the 800m it raised" is money) */
        if (!predicative && !measure && ul == 1 && u[0] == 'm' && data_lang() == 0 && pv && equals_word(pv, "the")) {
            static const char *const races[] = {"60", "100", "110", "200", "400", "800", "1500", "1,500", "3000", "3,000",
                                                "5000", "5,000", "10000", "10,000"};
            static const char *const sport[] = {"won", "win", "wins", "ran", "race", "races", "raced", "final", "finals",
                                                "heat", "heats", "medal", "gold", "silver", "bronze", "championship",
                                                "championships", "Olympic", "Olympics", "athletics", "sprinter",
                                                "runner", "hurdler", "PB", "clocked"};
            int race = 0, sporting = 0;
            for (size_t q = 0; q < sizeof races / sizeof *races && !race; q++)
                race = strlen(races[q]) == nl && strncmp(c, races[q], nl) == 0;
            for (size_t q = 0; race && q < nw && !sporting; q++)
                for (size_t k = 0; k < sizeof sport / sizeof *sport && !sporting; k++)
                    sporting = equals_word(&w[q], sport[k]);
            /* ("the 100m in 10.87s", "the 1500m in 3:31.2": a race's time after it) */
            if (race && !sporting && nx && !nx->trail && equals_word(nx, "in") && i + 2 < nw) {
                const word *t = &w[i + 2];
                const char *tc = t->s + t->lead;
                size_t tl = t->core, dl = 0;
                while (dl < tl && (isdigit((unsigned char)tc[dl]) || tc[dl] == '.' || tc[dl] == ':'))
                    dl++;
                sporting = dl >= 3 && isdigit((unsigned char)tc[0]) && (memchr(tc, '.', dl) || memchr(tc, ':', dl)) &&
                           (dl == tl || (dl + 1 == tl && tc[dl] == 's') || (dl + 4 == tl && strncmp(tc + dl, "secs", 4) == 0));
            }
            predicative = race && sporting;
        }
        /* "Ethiopian 1500m runner Genet Alemu", "the women's 400m hurdles": a track's or
         * a pool's distance before who races it or the race (not "5m people", "5m final
         * payments") */
        if (!predicative && !measure && ul == 1 && u[0] == 'm' && data_lang() == 0 && nx && !memchr(c, '.', nl)) {
            static const char *const racing[] = {"runner", "runners", "sprinter", "sprinters", "hurdler", "hurdlers",
                                                 "hurdles", "race", "races", "final", "finals", "heat", "heats",
                                                 "record", "freestyle", "butterfly", "backstroke", "breaststroke",
                                                 "medley", "relay", "steeplechase", "specialist", "champion",
                                                 "medallist", "medalist", "dash", "sprint", "swimmer", "swimmers"};
            static const char *const tracks[] = {"50", "60", "100", "110", "200", "400", "800", "1500", "1,500",
                                                  "3000", "3,000", "5000", "5,000", "10000", "10,000"};
            int length = 0;
            for (size_t q = 0; q < sizeof tracks / sizeof *tracks && !length; q++)
                length = strlen(tracks[q]) == nl && strncmp(c, tracks[q], nl) == 0;
            for (size_t q = 0; length && q < sizeof racing / sizeof *racing && !predicative; q++)
                predicative = equals_word(nx, racing[q]);
        }
        /* "Welsh Bridge level: 4.12m and rising", "Typical range: 0.5m to 3.9m": a
         * river's or the sea's level, in metres, in a sentence about water (a decimal
         * under a hundred; not "4.12m viewers") */
        if (!predicative && !measure && ul == 1 && u[0] == 'm' && data_lang() == 0 && !plural &&
            (memchr(c, '.', nl) ? atof(c) < 100 : atof(c) < 30)) {
            static const char *const water[] = {"level", "levels", "river", "tide", "tides", "tidal", "gauge",
                                                "flood", "flooding", "swell", "waves", "depth", "Level", "River",
                                                "Tide", "Flood", "range", "Range", "water", "Water", "sea",
                                                "reservoir", "surge", "Waves", "wave", "Wave", "swells"};
            /* (not money about water: "The flood appeal raised 4.5m") */
            static const char *const money_words[] = {"raised", "raise", "raises", "raising", "funding", "funded", "fund",
                                                      "funds", "donations", "donors", "donated", "appeal", "cost", "costs",
                                                      "budget", "worth", "paid", "pay", "spent", "spend", "grant", "grants",
                                                      "investment", "invested", "damage", "damages", "claims", "insured",
                                                      "insurance", "bill", "revenue", "sales", "profit", "profits", "loss", "losses",
                                                      "deficit", "earnings", "turnover", "income"};
            for (size_t q = 0; q < nw && !predicative; q++)
                for (size_t k = 0; k < sizeof water / sizeof *water && !predicative; k++)
                    predicative = equals_word(&w[q], water[k]);
            for (size_t q = 0; q < nw && predicative; q++)
                for (size_t k = 0; k < sizeof money_words / sizeof *money_words && predicative; k++)
                    predicative = !equals_word(&w[q], money_words[k]);
        }
        /* "snow above 300m", "visibility below 200m": a height, in hundreds of metres
         * (not "above 300m viewers", "below 7m by spring"); "the women's 100m": a race;
         * "a 1,200m runway": grouped digits (money in millions is written "1.2bn") */
        if (!predicative && !measure && ul == 1 && u[0] == 'm' && data_lang() == 0 && pv && !plural &&
            nl >= 3 && all_digits(c, nl) &&
            (equals_word(pv, "above") || equals_word(pv, "below") || equals_word(pv, "Above") ||
             equals_word(pv, "Below") || equals_word(pv, "beneath")))
            predicative = 1;
        if (!predicative && !measure && ul == 1 && u[0] == 'm' && data_lang() == 0 && pv) {
            static const char *const who[] = {"women's", "men's", "boys'", "girls'", "Women's", "Men's"};
            for (size_t q = 0; q < sizeof who / sizeof *who && !predicative; q++)
                predicative = equals_word(pv, who[q]);
        }
        if (!predicative && !measure && ul == 1 && u[0] == 'm' && data_lang() == 0 && nl >= 5 && memchr(c, ',', nl))
            predicative = 1;
        /* "within 200m of the site": a distance from a place */
        if (!predicative && !measure && ul == 1 && u[0] == 'm' && data_lang() == 0 && pv && nx && !plural &&
            (equals_word(pv, "within") || equals_word(pv, "Within")) && equals_word(nx, "of"))
            predicative = 1;
        /* "40m x 25m": the second of the two; "a depth of 1.8m": a dimension's */
        static const char *const sizes[] = {"depth", "height", "length", "width", "distance", "altitude", "span",
                                        "cordon", "radius", "perimeter", "stretch", "section", "thickness"};
        if (!predicative && !measure && ul == 1 && u[0] == 'm' && data_lang() == 0 && i >= 1) {
            const word *p1 = &w[i - 1];
            predicative = !p1->trail && (equals_word(p1, "x") || equals_word(p1, "by")) && i >= 2 && w[i - 2].core > 1 &&
                          isdigit((unsigned char)w[i - 2].s[w[i - 2].lead]) && w[i - 2].s[w[i - 2].lead + w[i - 2].core - 1] == 'm';
            for (size_t q = 0; !predicative && i >= 2 && equals_word(p1, "of") && q < sizeof sizes / sizeof *sizes; q++)
                predicative = !w[i - 2].trail && equals_word(&w[i - 2], sizes[q]);
        }
        /* "LOA 249.9m, draught 14.8m", "the 23.5m fishing vessel", "a 4.5m wide vein": a
         * ship's or a body's dimension, said after the word that names it or before the
         * vessel or the measure it gives (not "4.5m TEU", "2.5m people") */
        int attributive = 0; /* ("the 23.5 metre fishing vessel") */
        if (!predicative && !measure && ul == 1 && u[0] == 'm' && data_lang() == 0 && !plural) {
            static const char *const ship_dims[] = {"LOA", "draught", "draft", "beam", "breadth", "length", "width",
                                               "thickness", "depth", "height", "Draught", "Draft", "Beam", "Length",
                                               "Width", "Depth", "Height", "length:", "draught:"};
            static const char *const things[] = {"vessel", "fishing", "boat", "yacht", "ship", "trawler", "barge",
                                                 "tug", "catamaran", "ferry", "launch", "long", "wide", "deep",
                                                 "high", "tall", "thick", "wave", "waves", "swell", "craft"};
            for (size_t q = 0; pv && q < sizeof ship_dims / sizeof *ship_dims && !predicative; q++)
                predicative = equals_word(pv, ship_dims[q]);
            for (size_t q = 0; nx && !x->trail && q < sizeof things / sizeof *things && !predicative; q++)
                predicative = attributive = equals_word(nx, things[q]);
        }
        if (predicative) {
            sb_putn(o, x->s, x->lead);
            if (nl2)
                put_number_range(o, c, first, rd, nl2);
            else
                sb_putn(o, c, nl);
            sb_puts(o, attributive || (nl == 1 && c[0] == '1') ? " metre" : " metres");
            sb_putn(o, c + n, x->trail);
            return 1;
        }
        /* "40p a day": pence (British), "1p" a penny; "48.7p" earnings a share;
         * "1,146p" a share's price in thousands of pence */
        int pence = ul == 1 && u[0] == 'p' && data_lang() == 0 && (all_digits_or_point(c, nl) || grouped_digits(c, nl)) &&
                    c[nl - 1] != '.' && c[0] != '.';
        if (measure || pence) {
            sb_putn(o, x->s, x->lead);
            if (nl2)
                put_number_range(o, c, first, rd, nl2);
            else
                sb_putn(o, c, nl);
            sb_puts(o, measure ? " metre" : nl == 1 && c[0] == '1' ? " penny" : " pence");
            sb_putn(o, c + n, x->trail);
            return 1;
        }
        /* "4.8M viewers", "2.3K posts": a capital letter before a word in lower case */
        int capital = ul == 1 && (u[0] == 'M' || u[0] == 'K' || u[0] == 'B') && data_lang() == 0 && nx && !nx->lead &&
                      nx->core && islower((unsigned char)nx->s[0]);
        /* (or before a plural of capitals with a decimal point: "2.3M IDPs", "1.2M SMEs") */
        if (!capital && ul == 1 && (u[0] == 'M' || u[0] == 'B') && data_lang() == 0 && memchr(c, '.', nl) &&
            all_digits_or_point(c, nl) && nx && !nx->lead && nx->core >= 3 && nx->s[nx->core - 1] == 's' &&
            !txt_has_lower(nx->s, nx->core - 1))
            capital = 1;
        /* (not a code after an article, "as a 13B cannon crewmember", an Army job's:
         * a count in billions has no article before its figure) */
        if (capital && all_digits(c, nl) && u[0] == 'B' && i > 0 && !w[i - 1].trail && indefinite_article(&w[i - 1]))
            capital = 0;
        /* ("up from 1.9M.", "4.2M, up": millions with a decimal point, at a clause's end) */
        /* (and billions and trillions so where the sentence speaks of money, or at a
         * title's end: "Roadmap to 1.3T"; an MRI's "1.5T." is teslas) */
        if (!capital && ul == 1 && (u[0] == 'M' || u[0] == 'B' || u[0] == 'T') && data_lang() == 0 && memchr(c, '.', nl) &&
            all_digits_or_point(c, nl) && ((x->trail && strchr(".,;", c[n])) || (i + 1 == nw && !x->trail))) {
            static const char *const money_words[] = {"revenue", "revenues", "sales", "profit", "GDP", "budget",
                                                      "worth", "valued", "value", "debt", "investment", "assets",
                                                      "market", "spending", "funding", "economy", "trade", "income"};
            int moneyed = u[0] == 'M' || (i + 1 == nw && !x->trail);
            for (size_t q = 0; q < nw && !moneyed; q++)
                moneyed = equals_any(&w[q], money_words, sizeof money_words / sizeof *money_words);
            capital = moneyed;
        }
        /* (not a building's or a gate's label after its capitalised noun: "Building
         * 4B of Hollis Hall", "Gate 4B now"; nor a screen's resolution: "4K video") */
        if (capital && i > 0 && !w[i - 1].trail && w[i - 1].core >= 2 && isupper((unsigned char)w[i - 1].s[w[i - 1].lead]) &&
            isalpha((unsigned char)w[i - 1].s[w[i - 1].lead + 1]) && all_digits(c, nl))
            capital = 0;
        static const char *const screens[] = {"video", "videos", "resolution", "display", "displays", "screen", "screens",
                                              "monitor", "monitors", "footage", "streaming", "camera", "cameras", "content",
                                              "television", "televisions", "TV", "TVs", "HDR", "recording"};
        if (capital && u[0] == 'K' && all_digits(c, nl) && equals_any(nx, screens, sizeof screens / sizeof *screens))
            capital = 0;
        /* (nor a race's distance: "walked the 10K route", "our 5K fun run", "ran a 5K":
         * a race's word right after it, or an outing's verb before it or its article;
         * not "Of course, we now have 10K members") */
        if (capital && u[0] == 'K' && all_digits(c, nl) && data_lang() == 0) {
            static const char *const legs[] = {"route", "run", "race", "walk", "course", "trail", "loop", "swim",
                                               "challenge", "event", "fun", "runners", "runner", "distance",
                                               "walking", "running", "cycling", "option", "races", "runs", "walks"};
            static const char *const goes[] = {"ran", "run", "runs", "running", "walked", "walk", "walks",
                                               "walking", "completed", "complete", "finished", "finish", "jogged",
                                               "did", "do", "entered", "enter"};
            const word *pv1 = i > 0 && !w[i - 1].trail ? &w[i - 1] : NULL;
            if ((nx && !x->trail && equals_any(nx, legs, sizeof legs / sizeof *legs)) ||
                (pv1 && equals_any(pv1, goes, sizeof goes / sizeof *goes)) ||
                (pv1 && i >= 2 && !w[i - 2].trail && (indefinite_article(pv1) || equals_word(pv1, "the")) &&
                 equals_any(&w[i - 2], goes, sizeof goes / sizeof *goes)))
                capital = 0;
        }
        /* ("rose by 54k", "a fall of 66k", "added 54k": a change in a count, in thousands;
         * "ran 5k" is a distance) */
        int changed = 0;
        if (ul == 1 && u[0] == 'k' && !plural && pv && data_lang() == 0) {
            static const char *const change[] = {"rose", "risen", "rise", "rises", "fell", "fall", "fallen", "falls",
                                                 "increase", "increased", "decrease", "decreased", "drop", "dropped",
                                                 "declined", "decline", "grew", "growth", "gain", "gained", "loss",
                                                 "up", "down", "jumped", "climbed"};
            static const char *const added[] = {"added", "lost", "shed", "cut", "created"};
            changed = ((equals_word(pv, "by") || equals_word(pv, "of")) && i >= 2 && !w[i - 2].trail &&
                       equals_any(&w[i - 2], change, sizeof change / sizeof *change)) ||
                      equals_any(pv, added, sizeof added / sizeof *added);
            /* ("targeting 7.5k by Q1", "exceeded 12k": a count aimed at or passed, in
             * thousands, in no sentence about a race) */
            static const char *const aims[] = {"targeting", "target", "targets", "surpassed", "exceeded", "topped",
                                               "passed", "hit", "hits", "reached", "reach", "reaches", "surpass",
                                               "exceed", "top", "tops", "passes"};
            int racing = race_sentence(w, nw, i); /* (a race's distances: "passed 30k", "choose 2.5k") */
            /* ("2.5k a month", "40k per year": an amount at a rate, in thousands) */
            static const char *const rates[] = {"a", "per", "each", "every"};
            int rate = nx && !x->trail && equals_any(nx, rates, sizeof rates / sizeof *rates) && i + 2 < nw &&
                       !w[i + 1].trail && (equals_word(&w[i + 2], "month") || equals_word(&w[i + 2], "year") || equals_word(&w[i + 2], "week") ||
                        equals_word(&w[i + 2], "day") || equals_word(&w[i + 2], "head") || equals_word(&w[i + 2], "person"));
            changed = changed || (!racing && (equals_any(pv, aims, sizeof aims / sizeof *aims) || rate));
        }
        /* "drilled to 240m depth", "12.4m @ 3.2g/t Au from 56m": metres, where the
         * figure measures a depth or a length, or the sentence tells of a drill hole
         * (no currency before it: "$240m" is millions) */
        if (ul == 1 && u[0] == 'm' && data_lang() == 0 && all_digits_or_point(c, nl) && !x->lead) {
            static const char *const depth_words[] = {"depth", "deep", "long", "wide", "high", "tall", "thick",
                                                  "below", "above", "downhole", "vertical", "interval", "@"};
            static const char *const drill[] = {"hole", "holes", "drilled", "drilling", "drillhole", "drillholes",
                                                "intercept", "intercepts", "intercepted", "intersected", "downhole",
                                                "depth", "depths", "borehole", "boreholes", "trench", "trenches"};
            /* (in a drilling sentence the figure itself a measure: after "from", "to",
             * "over", before "@" or "at" and a grade; "a drilling budget of 12m" and
             * "raised 25m to fund drilling" are money) */
            int drilled = nx && !x->trail && equals_any(nx, depth_words, sizeof depth_words / sizeof *depth_words);
            static const char *const before_m[] = {"from", "to", "over", "downhole", "between", "intersected",
                                                   "intercepted", "returned", "at", "cored"},
                                     *const after_m[] = {"@", "at", "grading", "averaging"},
                                     *const money_m[] = {"budget", "spent", "spend", "spending", "raised", "raise",
                                                         "funding", "funded", "cost", "costs", "cash", "placement",
                                                         "capital", "revenue", "loan", "debt"},
                                     *const weak_m[] = {"to", "over", "at"};
            /* (or before "of" and a grade: "56m of 2.1% Cu", "14m of 3.1g/t") */
            int graded = 0;
            if (nx && !x->trail && equals_word(nx, "of") && i + 2 < nw)
                for (size_t z = 0; z < w[i + 2].core && !graded; z++)
                    graded = w[i + 2].s[w[i + 2].lead + z] == '%' ||
                             (z + 3 <= w[i + 2].core && memcmp(w[i + 2].s + w[i + 2].lead + z, "g/t", 3) == 0);
            /* (money near the figure, four words either side, unsays only "to", "over"
             * and "at": "budget was increased to 12m"; "from 200m to 450m depth" in a
             * sentence that raised money is still measured) */
            int moneyed = 0;
            for (size_t q = i > 4 ? i - 4 : 0; q < nw && q <= i + 4 && !moneyed; q++)
                moneyed = equals_any(&w[q], money_m, sizeof money_m / sizeof *money_m);
            int at_depth = nx && !x->trail && equals_word(nx, "at") && i + 2 < nw && equals_word(&w[i + 2], "depth");
            int weak_before = i > 0 && equals_any(&w[i - 1], weak_m, sizeof weak_m / sizeof *weak_m);
            int placed = graded || at_depth ||
                         (nx && !x->trail && equals_any(nx, after_m, sizeof after_m / sizeof *after_m) &&
                          !(moneyed && equals_word(nx, "at"))) ||
                         ((!moneyed || !weak_before) && i > 0 && !w[i - 1].trail &&
                          equals_any(&w[i - 1], before_m, sizeof before_m / sizeof *before_m));
            for (size_t q = 0; q < nw && !drilled && placed; q++) {
                drilled = equals_any(&w[q], drill, sizeof drill / sizeof *drill);
                for (size_t z = 0; !drilled && z + 3 <= w[q].core; z++)
                    drilled = memcmp(w[q].s + w[q].lead + z, "g/t", 3) == 0; /* a grade: "3.2g/t" */
            }
            if (drilled) {
                sb_putn(o, x->s, x->lead);
                sb_putn(o, c, nl);
                sb_puts(o, nl == 1 && c[0] == '1' ? " metre" : " metres");
                sb_putn(o, c + n, x->trail);
                return 1;
            }
        }
        if ((capital || (ul <= 2 && islower((unsigned char)u[0]) && (u[0] != 'k' || plural || changed) && (u[0] != 'b' || ul == 2))) &&
            all_digits_or_point(c, nl) && (sc = scale(u, ul, &sl)) != NULL) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, nl);
            sb_putc(o, ' ');
            sb_putn(o, sc, sl);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    } else if (i + 1 < nw && !x->trail && !w[i + 1].lead) {
        u = w[i + 1].s;
        ul = w[i + 1].core;
        used = 2;
        /* "0610 hrs": a clock time with its leading zero (said elsewhere) */
        if (nl == 4 && n == 4 && c[0] == '0' && ul >= 2 && u8_ncasecmp(u, "hr", 2) == 0)
            return 0;
    } else {
        return 0;
    }
    const char *line;
    size_t len;
    /* "a 4g network", "5g phones": a mobile network's generation, no grams */
    if (ul == 1 && u[0] == 'g' && used == 1 && i + 1 < nw && !x->trail) {
        static const char *const net[] = {"network", "networks", "phone", "phones", "coverage", "signal", "mast",
                                          "masts", "service", "services", "connection", "technology", "rollout"};
        for (size_t q = 0; q < sizeof net / sizeof *net; q++)
            if (equals_word(&w[i + 1], net[q]))
                return 0;
    }
    /* "a 3 nm process": a chip's nanometres; "12 nm off the coast": nautical miles */
    if (ul == 2 && u[0] == 'n' && u[1] == 'm' && data_lang() == 0 && all_digits_or_point(c, nl)) {
        static const char *const chips[] = {"process", "processes", "node", "nodes", "chip", "chips", "technology",
                                            "wavelength", "wavelengths", "lithography", "transistor", "transistors",
                                            "particles", "class", "generation", "manufacturing", "product",
                                            "products", "wafer", "wafers", "design", "designs", "platform",
                                            "family", "silicon", "GPU", "GPUs", "CPU", "CPUs", "SoC", "SoCs", "processor",
                                            "processors", "device", "devices", "platforms", "accelerator",
                                            "accelerators", "modem", "modems", "capacity", "AI", "yield", "yields",
                                            "ramp", "output", "volume", "volumes", "revenue", "shipments"};
        int chip = i + used < nw && equals_any(&w[i + used], chips, sizeof chips / sizeof *chips);
        /* (or in a sentence of a chipmaker's words, none of the sea but "from" or "off":
         * "3nm contributed 24% of wafer revenue", "Revenue from 3nm rose") */
        static const char *const fab[] = {"wafer", "wafers", "foundry", "foundries", "semiconductor",
                                          "semiconductors", "chip", "chips", "chipmaker", "fab", "fabs", "node",
                                          "nodes", "transistor", "transistors", "TSMC", "lithography", "GPU", "GPUs",
                                          "CPU", "CPUs", "processor", "processors", "silicon", "N2", "N3", "EUV"};
        static const char *const open_sea[] = {"coast", "sea", "offshore", "vessel", "vessels", "ship", "ships",
                                               "boat", "boats", "port", "harbour", "harbor", "knots", "island", "shore",
                                               "storm", "hurricane", "cyclone", "coastguard", "yacht", "rescue"};
        int fabbed = 0, open = 0;
        for (size_t q = 0; !chip && q < nw; q++) {
            fabbed |= equals_any(&w[q], fab, sizeof fab / sizeof *fab);
            open |= equals_any(&w[q], open_sea, sizeof open_sea / sizeof *open_sea);
            /* ("5nm and 3nm capacity": nodes named together, joined by "and" or "or") */
            const char *qc = w[q].s + w[q].lead;
            size_t qn = w[q].core, qd = 0;
            while (qd < qn && isdigit((unsigned char)qc[qd]))
                qd++;
            int joined = (q + 2 == i || q == i + 2) && (equals_word(&w[(q + i) / 2], "and") || equals_word(&w[(q + i) / 2], "or"));
            fabbed |= joined && qd >= 1 && qd + 2 == qn && qc[qd] == 'n' && qc[qd + 1] == 'm';
        }
        chip |= fabbed && !open;
        /* (and in a sentence about light or matter, with nothing of the sea: "light of
         * 450 nm", "a 20 nm layer") */
        static const char *const science[] = {"wavelength", "wavelengths", "laser", "lasers", "layer", "layers",
                                              "film", "films", "pore", "pores", "particle", "particles",
                                              "nanoparticles", "emission", "absorption", "spectrum", "infrared",
                                              "ultraviolet", "photons", "crystal", "crystals", "molecules",
                                              "membrane", "membranes", "coating", "microscope", "microscopy",
                                              "fluorescence", "nanometre", "nanometres", "semiconductor"};
        static const char *const sea[] = {"coast", "sea", "offshore", "vessel", "vessels", "ship", "ships", "boat",
                                          "boats", "port", "harbour", "harbor", "aircraft", "knots", "island",
                                          "miles", "west", "east", "north", "south", "storm", "hurricane", "cyclone",
                                          "shore", "shoreline", "beach", "marina", "dinghy", "yacht", "rescue",
                                          "regatta", "coastguard", "migrants", "from", "off", "radius", "zone"};
        int sciency = 0, seaward = 0;
        for (size_t q = 0; !chip && q < nw; q++) {
            sciency |= equals_any(&w[q], science, sizeof science / sizeof *science);
            seaward |= equals_any(&w[q], sea, sizeof sea / sizeof *sea);
        }
        /* ("light of 450 nm", "450 nm light": light right by the figure) */
        sciency |= (i >= 2 && equals_word(&w[i - 1], "of") && (equals_word(&w[i - 2], "light") || equals_word(&w[i - 2], "Light"))) ||
                   (i + used < nw && equals_word(&w[i + used], "light"));
        /* (in the plural, but before what it measures: "a 20 nm layer") */
        int plural_nm = 0;
        if (!chip && sciency && !seaward) {
            static const char *const after[] = {"of", "and", "or", "in", "to", "from", "for", "with", "at", "on", "wide",
                                                "thick", "long", "deep", "across", "apart", "is", "was", "are", "were"};
            const word *nx = i + used < nw && !w[i + used - 1].trail ? &w[i + used] : NULL;
            /* (after "a", or before a thing measured: "a 20 nm layer", "450 nm light") */
            int article = i > 0 && !w[i - 1].trail && indefinite_article(&w[i - 1]);
            plural_nm = !((nx && !nx->lead && islower((unsigned char)nx->s[0]) && !equals_any(nx, after, sizeof after / sizeof *after) &&
                           (article || equals_any(nx, science, sizeof science / sizeof *science)))) &&
                        !(nl == 1 && c[0] == '1');
            chip = 1;
        }
        const word *uw = used == 2 ? &w[i + 1] : x;
        sb_putn(o, x->s, x->lead);
        sb_putn(o, c, nl);
        sb_puts(o, plural_nm ? " nanometres" : chip ? " nanometre" : nl == 1 && c[0] == '1' ? " nautical mile" : " nautical miles");
        sb_putn(o, uw->s + uw->lead + uw->core, uw->trail);
        return used;
    }
    /* "2 in." is inches only with its stop ("2 in Paris" is the word), or alone with
     * its figure in brackets ("1002 mb (29.59 in)", a pressure's other unit) */
    if (used == 2 && ul == 2 && (u[0] | 0x20) == 'i' && (u[1] | 0x20) == 'n' && !(w[i + 1].trail && w[i + 1].s[2] == '.') &&
        !(w[i + 1].trail && w[i + 1].s[2] == ')' && x->lead && x->s[x->lead - 1] == '('))
        return 0;
    /* "145 MI", "235 KM", "65 MPH", "100 KM/H": a unit in capitals, in a bulletin set in
     * capitals (no word in lower case around it), is the unit */
    /* (not a state's or a time's letters: "ROUTE 9 MN", "3 MS", "10 AM") */
    static const char *const not_units[] = {"MN", "MS", "AM", "PM", "ME"};
    int shouted = ul >= 2 && ul <= 5 && data_lang() == 0 && !txt_has_lower(u, ul);
    for (size_t q = 0; shouted && q < sizeof not_units / sizeof *not_units; q++)
        shouted = !(ul == strlen(not_units[q]) && memcmp(u, not_units[q], ul) == 0);
    for (size_t t = i > 4 ? i - 4 : 0; shouted && t < nw && t <= i + 4; t++)
        shouted = !txt_has_lower(w[t].s + w[t].lead, w[t].core);
    /* "2,046 GB adults": Great Britain's people, as British pollsters write their
     * sample, no gigabytes */
    if (ul == 2 && u[0] == 'G' && u[1] == 'B' && used == 2 && i + 2 < nw && !w[i + 1].trail) {
        static const char *const people[] = {"adults", "adult", "residents", "voters", "respondents", "consumers",
                                             "households", "parents", "workers", "employees", "people", "children",
                                             "drivers", "businesses", "teenagers"};
        if (equals_any(&w[i + 2], people, sizeof people / sizeof *people))
            return 0;
    }
    /* "150 kW (204 PS)": metric horsepower beside a power in kW or hp ("PS" alone is
     * a school, "District 2 PS 234", or a postscript) */
    if (ul == 2 && u[0] == 'P' && u[1] == 'S' && data_lang() == 0) {
        int power = 0;
        static const char *const engine[] = {"kW", "hp", "bhp", "Nm", "rpm"};
        for (size_t t = i > 3 ? i - 3 : 0; t < nw && t <= i + 6 && !power; t++)
            power = t != i && equals_any(&w[t], engine, sizeof engine / sizeof *engine);
        if (power) {
            const word *uw = used == 2 ? &w[i + 1] : x;
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, nl);
            sb_puts(o, " metric horsepower");
            sb_putn(o, uw->s + uw->lead + uw->core, uw->trail);
            return used;
        }
    }
    /* ("412350mE 6587220mN": a grid's eastings and northings are of five figures or
     * more; "32mN/m", "5mN of thrust" are millinewtons, left as written) */
    if (ul == 2 && u[0] == 'm' && (u[1] == 'E' || u[1] == 'N') && (nl < 5 || !all_digits(c, nl)))
        return 0;
    /* "1.8 mL/min/1.73 m²", "mL/min/1.73m2": per a counted amount of a unit, written
     * apart or joined, after the last slash (a filtration rate per body surface, as
     * trial results give it) */
    const word *uw0 = used == 2 ? &w[i + 1] : x;
    const char *cs = NULL;
    for (size_t q = ul; ul > 2 && q > 1 && !cs; q--)
        if (u[q - 1] == '/')
            cs = u + q - 1;
    size_t ctl = cs ? (size_t)(u + ul - cs - 1) : 0, cnl = cs ? number_len(cs + 1, ctl) : 0;
    if (cnl && cs > u && data_lang() == 0) {
        /* (its unit joined to the number, or the next word: not a unit that is also a
         * word, "per 1.73 in all") */
        const word *bw = cnl == ctl && !uw0->trail && i + used < nw && !w[i + used].lead ? &w[i + used] : NULL;
        const char *bu = bw ? bw->s + bw->lead : cs + 1 + cnl, *bline, *bflag = NULL;
        size_t bul = bw ? bw->core : ctl - cnl, bl, bpl = 0, bfl = 0;
        const char *bpl_s = bul && data_field_lines("en/units.txt", bu, bul, 0, &bline, &bl, 1) ? field(bline, bl, 2, &bpl) : NULL;
        if (bpl_s)
            bflag = field(bline, bl, 3, &bfl);
        word top = *uw0;
        top.trail = 0;
        size_t at = o->len;
        if (bpl_s && !bflag && per_unit(o, x, c, nl, u, (size_t)(cs - u), &top)) {
            const word *endw = bw ? bw : uw0;
            sb_puts(o, " per ");
            put_number(o, cs + 1, cnl);
            sb_putc(o, ' ');
            sb_putn(o, bpl_s, bpl);
            sb_putn(o, endw->s + endw->lead + endw->core, endw->trail);
            return used + (bw != NULL);
        }
        o->len = at;
    }
    if (ul && shouted && !data_field_lines("en/units.txt", u, ul, 0, &line, &len, 1) &&
        data_field_lines("en/units.txt", u, ul, 1, &line, &len, 1)) {
        /* (found in any case: read on as the unit in lower case is) */
    } else if (!ul || !data_field_lines("en/units.txt", u, ul, 0, &line, &len, 1))
        return ul && !plus && data_lang() == 0 && per_unit(o, x, c, nl, u, ul, used == 2 ? &w[i + 1] : x)
                   ? used
                   : 0;
    size_t onel = 0, manyl = 0, fl = 0;
    const char *one = field(line, len, 1, &onel), *many = field(line, len, 2, &manyl);
    const char *flag = field(line, len, 3, &fl);
    /* "MINIMUM CENTRAL PRESSURE...962 MB": millibars, a storm's pressure in a bulletin
     * set in capitals (megabytes elsewhere) */
    if (ul == 2 && u[0] == 'M' && u[1] == 'B') {
        static const char *const air[] = {"PRESSURE", "MILLIBARS", "INCHES", "hPa", "HPA"};
        int pressure = 0;
        /* (as written: "pressure" in a sentence in lower case is anyone's) */
        for (size_t q = 0; q < nw && !pressure; q++)
            for (size_t k = 0; k < sizeof air / sizeof *air && !pressure; k++)
                pressure = w[q].core == strlen(air[k]) && memcmp(w[q].s + w[q].lead, air[k], w[q].core) == 0;
        if (pressure)
            one = "millibar", onel = 8, many = "millibars", manyl = 9;
    }
    /* "25kt contained copper", "4.5-5.0kt of lithium": kilotonnes, where the sentence
     * weighs ore or metal and says nothing of wind or of a vessel's speed */
    if (ul == 2 && u[0] == 'k' && u[1] == 't' && data_lang() == 0) {
        /* (ore or a metal named outweighs a vessel: "shipped 40kt of copper concentrate
         * on three vessels"; production and capacity weigh where nothing blows or
         * sails) */
        static const char *const mass[] = {"contained", "tonnes", "tons", "Mt", "ore", "copper", "Cu", "zinc", "Zn",
                                           "nickel", "Ni", "lead", "Pb", "lithium", "LCE", "concentrate",
                                           "metal", "cathode", "uranium", "U3O8", "graphite", "coal", "CO2"};
        static const char *const output[] = {"production", "produced", "capacity", "resource", "resources",
                                             "reserve", "reserves", "grade", "emissions", "guidance", "output"};
        static const char *const wind[] = {"wind", "winds", "gust", "gusts", "gusting", "speed", "speeds", "knots",
                                           "sustained", "storm", "hurricane", "cyclone", "typhoon", "vessel",
                                           "vessels", "ship", "ships", "aircraft", "sailing", "boat", "boats",
                                           "ferry", "ferries", "frigate", "cruises", "cruise", "cruising", "tanker",
                                           "yacht", "destroyer", "carrier", "airspeed", "sails", "sailed"};
        /* (but a vessel under way is at knots whatever it carries: "The coal carrier
         * sailed at 12kt", "reduced speed to 10kt") */
        static const char *const moving[] = {"sailed", "sailing", "sails", "speed", "speeds", "making", "cruises",
                                             "cruising", "steaming", "steamed", "reached", "averaged", "knots",
                                             "wind", "winds", "gust", "gusts", "gusting", "sustained"};
        int weighed = 0, made = 0, windy = 0, moves = 0;
        for (size_t q = 0; q < nw; q++) {
            weighed |= equals_any(&w[q], mass, sizeof mass / sizeof *mass);
            made |= equals_any(&w[q], output, sizeof output / sizeof *output);
            windy |= equals_any(&w[q], wind, sizeof wind / sizeof *wind);
            moves |= equals_any(&w[q], moving, sizeof moving / sizeof *moving);
        }
        if ((weighed && !(windy && moves)) || (made && !windy))
            one = "kilotonne", onel = 9, many = "kilotonnes", manyl = 10;
    }
    const word *prev = i > 0 ? &w[i - 1] : NULL;
    int per_only = flag && fl == 3 && strncmp(flag, "per", 3) == 0;
    /* "9.87s", "+0.344 s": seconds after a number with a fraction ("the 1990s" and "in
     * their 20s" are no seconds); "within 48 h", "72h": hours, but not a clock's "at
     * 10 h" */
    if (per_only && ul == 1 && u[0] == 's' && !nl2 && memchr(c, '.', nl) && isdigit((unsigned char)c[nl - 1]))
        per_only = 0;
    /* ("11 min 42 s", "1 h 20 min 5 s": seconds after the minutes of a duration) */
    if (per_only && ul == 1 && u[0] == 's' && used == 2 && i >= 2 && !w[i - 1].trail && !w[i - 2].trail &&
        (equals_word(&w[i - 1], "min") || equals_word(&w[i - 1], "mins") || equals_word(&w[i - 1], "minutes") ||
         equals_word(&w[i - 1], "minute")) &&
        w[i - 2].core && isdigit((unsigned char)w[i - 2].s[w[i - 2].lead]))
        per_only = 0;
    /* (a clock has no hour past 24 and no fraction: "after 1,000 h" is hours) */
    int clock_hour = nl <= 2 && all_digits(c, nl) && atoi(c) <= 24;
    if (per_only && ul == 1 && u[0] == 'h' && data_lang() == 0 &&
        !(clock_hour && prev && !prev->trail && (equals_word(prev, "at") || equals_word(prev, "from") || equals_word(prev, "until") ||
                                   equals_word(prev, "till") || equals_word(prev, "by") || equals_word(prev, "before") ||
                                   equals_word(prev, "after") || equals_word(prev, "around"))))
        per_only = 0;
    /* "5m" is 5 million; "40W" is watts, "40 W" a direction; "s" only after a slash */
    /* (but "1.5 L bottles": a litre apart from a figure with decimals, as recalls and
     * labels write it; "Runway 27 L" is no litre) */
    int litre = ul == 1 && u[0] == 'L' && used == 2 && memchr(c, '.', nl) != NULL;
    /* (and "4,820t", "1.5t": tonnes joined to a figure with a group or a fraction, as
     * production reports write them) */
    int joined_t = ul == 1 && u[0] == 't' && used == 1 && (memchr(c, ',', nl) || memchr(c, '.', nl));
    if (!one || !many || (flag && fl == 6 && strncmp(flag, "spaced", 6) == 0 && used == 1 && !joined_t) ||
        (flag && fl == 6 && strncmp(flag, "joined", 6) == 0 && used == 2 && !litre) || per_only)
        return 0;
    /* "cooled to 0.3 K.", "between 4 K and 300 K": kelvin at a phrase's end; "the 5 K
     * run" and a "401(k) plan" are no temperature */
    if (ul == 1 && u[0] == 'K' && !w[i + 1].trail && i + 2 < nw) {
        static const char *const on[] = {"and", "or", "to", "in", "at", "for", "with", "from", "than", "below",
                                         "above", "under", "over", "before", "after", "during", "while", "when", "until"};
        if (!equals_any(&w[i + 2], on, sizeof on / sizeof *on))
            return 0;
    }
    /* "120 kt of ore", "528 kt at 2.64 g/t": kilotonnes, as a mine or an inventory of
     * emissions reports them; knots have no "of", and a wind or a ship no grade */
    if (ul == 2 && u[0] == 'k' && u[1] == 't') {
        int tonnes = i + used < nw && !w[i + used - 1].trail && equals_word(&w[i + used], "of");
        static const char *const mass[] = {"ore", "grade", "milled", "mined", "concentrate", "tonnes", "CO2",
                                           "CO2e", "emissions", "stockpile", "throughput", "processed"};
        for (size_t q = 0; q < nw && !tonnes; q++) {
            tonnes = w[q].core >= 3 && memcmp(w[q].s + w[q].lead + w[q].core - 3, "g/t", 3) == 0;
            for (size_t m = 0; m < sizeof mass / sizeof *mass && !tonnes; m++)
                tonnes = equals_word(&w[q], mass[m]);
        }
        if (tonnes) {
            one = "kilotonne", onel = 9;
            many = "kilotonnes", manyl = 10;
        }
    }
    int attributive = prev && !prev->trail && indefinite_article(prev);
    /* "the 25 km exclusion zone": a determiner, the measure, then the noun it describes */
    static const char *const dets[] = {"the", "this", "that", "its", "their", "our", "his",
                                       "her", "each", "every", "new", "first", "planned", "one"};
    static const char *const after[] = {"of", "to", "from", "in", "on", "at", "and", "or",
                                        "away", "long", "wide", "high", "deep", "tall", "inland",
                                        "offshore", "north", "south", "east", "west", "per", "a",
                                        "an", "the", "each", "more", "less", "further", "farther",
                                        "above", "below", "beyond", "ago", "off", "out", "up",
                                        "down", "into", "across", "along", "through", "by",
                                        "for", "with", "is", "are", "was", "were", "than", "between", "until",
                                        "till", "during", "throughout", "while", "when", "since", "around",
                                        "apart", "later", "earlier", "every", "each", "north-east", "north-west",
                                        "south-east", "south-west", "northeast", "northwest", "southeast",
                                        "southwest", "upstream", "downstream", "underground", "overhead",
                                        /* ("every 30 min. overnight", "every 20 mins instead") */
                                        "overnight", "instead", "daily", "weekly", "nightly", "hourly", "today",
                                        "tonight", "tomorrow", "yesterday", "now", "then", "again", "but", "if",
                                        "unless", "because", "after", "before", "past", "ahead", "behind",
                                        "there", "here", "late", "early", "longer", "only"};
    /* "a 16 oz. jar": the unit's own stop before a word in lower case ends nothing */
    const word *uw = &w[i + used - 1];
    /* (and before a number: "6 ft. 2 in. tall") */
    int unit_stop = uw->trail == 1 && uw->s[uw->lead + uw->core] == '.' && i + used < nw &&
                    !w[i + used].lead && (islower((unsigned char)w[i + used].s[0]) || isdigit((unsigned char)w[i + used].s[0]) ||
                                          (shouted && isupper((unsigned char)w[i + used].s[0])));
    const word *next = i + used < nw && (!w[i + used - 1].trail || unit_stop) ? &w[i + used] : NULL;
    /* "the 63 MW Putaki wind farm": after a determiner, the measure of what a name and
     * its noun after it describe */
    if (!attributive && next && !next->lead && !next->trail && next->core > 1 && isupper((unsigned char)next->s[0]) &&
        txt_has_lower(next->s, next->core) && prev && !prev->trail && i + used + 1 < nw &&
        (equals_any(prev, dets, sizeof dets / sizeof *dets) || indefinite_article(prev))) {
        const word *noun = &w[i + used + 1];
        int lower = !noun->lead && noun->core > 2 && islower((unsigned char)noun->s[0]) &&
                    !equals_any(noun, after, sizeof after / sizeof *after);
        for (size_t k = 0; lower && k < noun->core; k++)
            lower = isalpha((unsigned char)noun->s[k]) || noun->s[k] == '-';
        attributive = lower;
    }
    if (!attributive && next && !next->lead && next->core > 1 && islower((unsigned char)next->s[0]) &&
        (!prev || !prev->trail || next->s[next->core - 1] == 's')) {
        int det = 0, stop = 0;
        /* (no word before at all: "25 km roads were built" opens its sentence, as a
         * list's item does, "52kWh battery with a range of …", whose noun is in the
         * singular) */
        /* (not before what is measured out, "25 mm rain expected": 25 millimetres) */
        static const char *const masses[] = {"rain", "rainfall", "snow", "snowfall", "water", "energy", "fuel",
                                             "precipitation", "hail", "ice", "power", "electricity", "waste",
                                             /* (nor a verb: "300 mm fell", "10 km remain") */
                                             "fell", "fall", "remain", "lie", "lay", "left", "was", "were", "had",
                                             "have", "stand", "separate", "came", "went", "fallen", "need", "seemed"};
        det = !prev && !equals_any(next, masses, sizeof masses / sizeof *masses);
        for (size_t k = 0; prev && k < sizeof dets / sizeof *dets; k++)
            det |= prev->core == strlen(dets[k]) && u8_ncasecmp(prev->s + prev->lead, dets[k], prev->core) == 0;
        /* "a faulty 22kV switchgear": an adjective between the article and the measure */
        const word *p2 = i >= 2 && prev && !prev->lead && prev->core > 2 && islower((unsigned char)prev->s[0]) ? &w[i - 2] : NULL;
        if (p2 && !p2->trail)
            det |= indefinite_article(p2) || equals_word(p2, "the");
        for (size_t k = 0; k < sizeof after / sizeof *after; k++)
            stop |= next->core == strlen(after[k]) && strncmp(next->s, after[k], next->core) == 0;
        /* ("the 30 min daily walk", "the 8 hr overnight shift": an adverb that is an
         * adjective too, before a noun, goes on with the measure's noun) */
        static const char *const adjectival[] = {"overnight", "daily", "weekly", "nightly", "hourly", "early", "late"};
        if (stop && det && !next->trail && i + used + 1 < nw && equals_any(next, adjectival, sizeof adjectival / sizeof *adjectival)) {
            const word *nn2 = &w[i + used + 1];
            int noun2 = !nn2->lead && nn2->core > 2 && islower((unsigned char)nn2->s[0]);
            for (size_t k = 0; noun2 && k < nn2->core; k++)
                noun2 = isalpha((unsigned char)nn2->s[k]) != 0;
            if (noun2 && !equals_any(nn2, after, sizeof after / sizeof *after))
                stop = 0;
        }
        for (size_t k = 0; k < next->core; k++)
            stop |= !isalpha((unsigned char)next->s[k]) && next->s[k] != '-';
        /* "40 km towards", "5 km lies": words in -s that are no plural noun */
        static const char *const not_plural[] = {"has", "does", "goes", "lies", "plus", "thus", "unless",
                                                 "besides", "as", "us", "its", "this", "runs", "remains",
                                                 "separates", "means", "makes", "takes", "gives"};
        for (size_t k = 0; k < sizeof not_plural / sizeof *not_plural; k++)
            stop |= next->core == strlen(not_plural[k]) && strncmp(next->s, not_plural[k], next->core) == 0;
        stop |= next->core > 5 && strncmp(next->s + next->core - 5, "wards", 5) == 0;
        /* "the 2.32 km long bridge", "the 10 m high wall": a dimension between the
         * measure and the noun it describes (not "the 5 km long and 2 km wide zone") */
        if (stop && det && !next->trail && i + used + 1 < nw && equals_any(next, dimensions, sizeof dimensions / sizeof *dimensions)) {
            const word *noun = &w[i + used + 1];
            int noun_like = !noun->lead && noun->core > 2 && islower((unsigned char)noun->s[0]) &&
                            !equals_any(noun, after, sizeof after / sizeof *after);
            for (size_t k = 0; noun_like && k < noun->core; k++)
                noun_like = isalpha((unsigned char)noun->s[k]) || noun->s[k] == '-';
            if (noun_like)
                stop = 0;
        }
        /* "50 kWh batteries": with no determiner, before a plural noun */
        attributive = (det || (next->core > 3 && next->s[next->core - 1] == 's')) && !stop;
    }
    int singular = ((nl == 1 && c[0] == '1') || attributive) && !plus;
    sb_putn(o, x->s, x->lead);
    put_number_range(o, c, first, rd, nl2);
    sb_puts(o, plus ? " plus " : " ");
    if (singular)
        sb_putn(o, one, onel);
    else
        sb_putn(o, many, manyl);
    const word *last = &w[i + used - 1];
    if (!unit_stop)
        sb_putn(o, last->s + last->lead + last->core, last->trail);
    return used;
}

/* "example.org/press", "gov.uk/news": a bare address with a path, known by the end of
 * its host (data/en/domains.txt); in French or Spanish a host alone too. */
static int bare_address(const char *c, size_t n)
{
    const char *slash = memchr(c, '/', n);
    /* or a host alone in lower case, two parts or more ("diplomatie.gouv.fr"):
     * French espeak-ng would drop its stops */
    if (!slash && n >= 5) {
        for (size_t k = 0; k < n; k++)
            if (!(islower((unsigned char)c[k]) || isdigit((unsigned char)c[k]) || c[k] == '-' || c[k] == '.'))
                return 0;
        /* (in English two dots at least, "apsc.gov.au", "ir.harborridgebank.com"; one
         * alone, "example.com", is left as written) */
        if (data_lang() == 0) {
            const char *d1 = memchr(c, '.', n);
            if (!d1 || !memchr(d1 + 1, '.', (size_t)(c + n - d1 - 1)))
                return 0;
        }
        slash = c + n;
    }
    if (!slash || slash == c)
        return 0;
    size_t hl = (size_t)(slash - c);
    const char *dot = NULL;
    for (size_t k = 0; k < hl; k++) {
        if (c[k] == '.')
            dot = c + k;
        else if (!isalnum((unsigned char)c[k]) && c[k] != '-')
            return 0;
    }
    if (!dot || dot == c || dot + 1 >= slash)
        return 0;
    return data_has_line("en/domains.txt", dot + 1, (size_t)(slash - dot - 1));
}

/* The word holding byte p of the sentence, from word i on. */
static size_t word_at(const word *w, size_t i, size_t nw, const char *p)
{
    while (i + 1 < nw && w[i + 1].s < p)
        i++;
    return i;
}

/* A date starting at word i, read by dates.c ("7 Oct. 2024", "October 7, 2024",
 * "2023-01-11", "03/09/2025" in the statement's order, with a weekday or not), said
 * the way its writer would: "the 7th of October 2024", or month first "October 7th,
 * 2024" where the text or the statement puts the month first. Returns the words
 * used. */
/* "the " before a day said as "the 16th of June", unless the text says it already
 * ("on the 16th of June"). */
static void put_the(sb *o, const word *w, size_t i)
{
    const word *p = i > 0 && !w[i - 1].trail ? &w[i - 1] : NULL;
    if (!(p && p->core == 3 && u8_ncasecmp(p->s + p->lead, "the", 3) == 0))
        sb_puts(o, "the ");
}

/* "signed on 2/28", "since 14/5": a numeric day and month without a year, after a
 * word that introduces a date, in the statement's order (or the only order that makes
 * a date). Returns the words used. */
static size_t short_date(sb *o, const word *w, size_t i, dt_order order)
{
    static const char *const intro[] = {"on", "since", "until", "till", "by", "from",
                                        "through", "before", "after"};
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core, sl = 0;
    while (sl < n && isdigit((unsigned char)c[sl]))
        sl++;
    if (i == 0 || sl < 1 || sl > 2 || sl >= n || c[sl] != '/' || n - sl - 1 < 1 || n - sl - 1 > 2)
        return 0;
    for (size_t k = sl + 1; k < n; k++)
        if (!isdigit((unsigned char)c[k]))
            return 0;
    const word *p = &w[i - 1];
    int ok = 0;
    for (size_t k = 0; k < sizeof intro / sizeof *intro && !p->trail; k++)
        ok |= p->core == strlen(intro[k]) && u8_ncasecmp(p->s + p->lead, intro[k], p->core) == 0;
    /* "on Saturday, 11/1", "Tue 11/4": a weekday before it (its stop or comma too) */
    size_t pc = p->core;
    if (pc > 1 && p->s[p->lead + pc - 1] == '.')
        pc--;
    const char *pt = p->s + p->lead + p->core; /* (what follows it: "Sat.,") */
    ok |= dt_weekday(p->s + p->lead, pc) > 0 &&
          (!p->trail || (p->trail == 1 && (pt[0] == ',' || pt[0] == '.')) ||
           (p->trail == 2 && pt[0] == '.' && pt[1] == ','));
    if (!ok)
        return 0;
    int a = atoi(c), b = atoi(c + sl + 1);
    int month_first = order == DT_MONTH_FIRST;
    /* "killed on 9/11" in a statement that writes dates day first: the attacks, not the
     * 9th of November (which such a statement writes out) */
    if (!month_first && a == 9 && b == 11)
        return 0;
    int m = month_first ? a : b, d = month_first ? b : a;
    if (m < 1 || m > 12 || d < 1 || d > 31) {
        month_first = !month_first;
        m = month_first ? a : b;
        d = month_first ? b : a;
        if (m < 1 || m > 12 || d < 1 || d > 31)
            return 0;
    }
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d > days[m - 1])
        return 0;
    sb_putn(o, x->s, x->lead);
    if (month_first) {
        sb_printf(o, "%s ", dt_month_name(m));
        put_ordinal(o, d);
    } else {
        put_the(o, w, i);
        put_ordinal(o, d);
        sb_printf(o, " of %s", dt_month_name(m));
    }
    sb_putn(o, c + n, x->trail);
    return 1;
}

/* The digits at c[0, n): how many (at most max), their value in *v. */
static size_t digits_at(const char *c, size_t n, size_t max, int *v)
{
    size_t k = 0;
    *v = 0;
    while (k < n && k < max && isdigit((unsigned char)c[k]))
        *v = *v * 10 + (c[k++] - '0');
    return k < n && isdigit((unsigned char)c[k]) ? 0 : k;
}

static size_t range_dash(const char *s, const char *end);

/* A citation of scripture, a book (data/en/scripture.txt) and chapter:verse ("Lk
 * 24:15", "Matt. 5:9-12", "John 3:16"): "Luke chapter 24, verse 15", as a reading is
 * announced, not "L K 24 15". Returns the words used, or 0. */
static size_t scripture_at(sb *o, const word *w, size_t i, size_t nw, int numbered);

static size_t scripture(sb *o, const word *w, size_t i, size_t nw) { return scripture_at(o, w, i, nw, 0); }

/* (numbered: after a book's number, "1 Cor 13", where the chapter may stand alone) */
static size_t scripture_at(sb *o, const word *w, size_t i, size_t nw, int numbered)
{
    const word *x = &w[i];
    /* "1 Pet 3:15", "2 Cor 5:17": a numbered book, "First Peter" as it is read */
    if (x->core == 1 && x->s[x->lead] >= '1' && x->s[x->lead] <= '3' && !x->trail && i + 2 < nw) {
        static const char *const ords[] = {"First", "Second", "Third"};
        sb book = {0};
        size_t k = scripture_at(&book, w, i + 1, nw, 1);
        if (k && !book.oom) {
            sb_putn(o, x->s, x->lead);
            sb_puts(o, ords[x->s[x->lead] - '1']);
            sb_putc(o, ' ');
            sb_putn(o, book.s, book.len);
        }
        sb_free(&book);
        return k ? k + 1 : 0;
    }
    if (i + 1 >= nw || !x->core || !isupper((unsigned char)x->s[x->lead]) ||
        (x->trail && !(x->trail == 1 && x->s[x->lead + x->core] == '.')))
        return 0;
    const word *y = &w[i + 1];
    const char *c = y->s + y->lead, *end = c + y->core;
    int ch, v1 = 0, v2 = 0;
    size_t k = digits_at(c, y->core, 3, &ch), d;
    /* ("1 Cor 13", "2 Kgs 5": a numbered book's chapter alone, its number a book's
     * own sign) */
    /* (the books numbered so, of more chapters than one, and no team's name: not "2
     * Kings 3" in a league's results, "Row 2 Col 5", "2 John 5") */
    static const char *const numbered_books[] = {"Sam", "Kgs", "Chr", "Chron", "Cor", "Thess", "Tim", "Pet", "Macc",
                                                 "Samuel", "Chronicles", "Corinthians", "Thessalonians", "Timothy",
                                                 "Peter", "Maccabees"};
    int numbered_book = 0;
    for (size_t q = 0; q < sizeof numbered_books / sizeof *numbered_books && numbered; q++)
        numbered_book |= strlen(numbered_books[q]) == x->core && memcmp(x->s + x->lead, numbered_books[q], x->core) == 0;
    int chapter_only = numbered && numbered_book && k && c + k == end && ch >= 1;
    if (!chapter_only && (!k || c + k >= end || c[k] != ':'))
        return 0;
    const char *p = c + k + 1, *after = NULL;
    if (chapter_only)
        p = end;
    else if (!(k = digits_at(p, (size_t)(end - p), 3, &v1)) || ch < 1 || v1 < 1)
        return 0;
    else
        p += k;
    if (p < end && (d = range_dash(p, end)) && (k = digits_at(p + d, (size_t)(end - p - d), 3, &v2)))
        p += d + k;
    /* "Mt 5:3ff", "Gen 2:4f": the verses after it too; "Jn 3:16a": a part of the verse */
    else if (p + 2 == end && p[0] == 'f' && p[1] == 'f')
        after = " and following", p = end;
    else if (p + 1 == end && p[0] == 'f')
        after = " and the next", p = end;
    else if (p + 1 == end && p[0] >= 'a' && p[0] <= 'c')
        after = p, p = end;
    if (p != end)
        return 0;
    /* (a clock's time after a name, "Sports Bar 7:30 pm", "Meet John 7:30 pm", is no
     * citation: not before "am" or "pm", nor after "at") */
    if (!chapter_only && i + 2 < nw && !y->trail) {
        const word *z = &w[i + 2];
        static const char *const clocks[] = {"am", "pm", "a.m", "p.m", "AM", "PM", "GMT", "BST", "UTC", "CET"};
        for (size_t q = 0; q < sizeof clocks / sizeof *clocks; q++)
            if (strlen(clocks[q]) == z->core && memcmp(z->s + z->lead, clocks[q], z->core) == 0)
                return 0;
    }
    if (i > 0 && !w[i - 1].trail && equals_word(&w[i - 1], "at"))
        return 0;
    const char *line;
    size_t len, bl = 0, cl = 0;
    if (!data_field_lines("en/scripture.txt", x->s + x->lead, x->core, 0, &line, &len, 1))
        return 0;
    const char *book = field(line, len, 1, &bl), *how = field(line, len, 2, &cl);
    if (!book || !bl)
        return 0;
    /* (a form that is a word or a name too, only as a citation is set: in brackets or
     * before a mark) */
    /* (or at the line's end, or after a reading's label: "First Reading: Sg 2:8-14") */
    if (how && cl == 5 && memcmp(how, "cited", 5) == 0 && !y->trail && !(x->lead && x->s[0] == '(') && i + 2 < nw &&
        !(i > 0 && w[i - 1].trail && w[i - 1].s[w[i - 1].n - 1] == ':'))
        return 0;
    sb_putn(o, x->s, x->lead);
    sb_putn(o, book, bl);
    /* (a surah is said by its number alone: "Surah 2, verse 256") */
    sb_printf(o, how && cl == 1 && how[0] == '-' ? " %d" : " chapter %d", ch);
    if (chapter_only)
        ;
    else if (v2 > v1)
        sb_printf(o, ", verses %d to %d", v1, v2);
    else
        sb_printf(o, ", verse %d", v1);
    if (after && after >= c && after < end) {
        sb_putc(o, ' ');
        put_letter(o, (char)toupper((unsigned char)*after));
    } else if (after) {
        sb_puts(o, after);
    }
    sb_putn(o, end, y->trail);
    return 2;
}

/* A federal court's district ("E.D. Tex.", "N.D. Cal.", "S.D.N.Y."): "the Eastern
 * District of Texas" as lawyers say it. Returns the words used, or 0. */
static size_t court_district(sb *o, const word *w, size_t i, size_t nw)
{
    static const char *const sides[] = {"N", "Northern", "S", "Southern", "E", "Eastern",
                                        "W", "Western", "C", "Central", "M", "Middle"};
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    if (x->core < 3 || c[1] != '.' || c[2] != 'D')
        return 0;
    const char *side = NULL;
    for (size_t k = 0; k < sizeof sides / sizeof *sides; k += 2)
        if (c[0] == sides[k][0])
            side = sides[k + 1];
    if (!side)
        return 0;
    const char *st, *state;
    size_t stn, sl, used;
    const word *last;
    if (x->core > 4 && c[3] == '.') {
        /* "S.D.N.Y.": the state after the district, in one word */
        st = c + 4;
        stn = x->core - 4;
        if (x->trail && st[stn] == '.')
            stn++;
        last = x;
        used = 1;
    } else if (x->core == 3 && x->trail == 1 && c[3] == '.' && i + 1 < nw && !w[i + 1].lead) {
        /* "E.D. Tex.": the state in the next word */
        st = w[i + 1].s;
        stn = w[i + 1].core + (w[i + 1].trail && st[w[i + 1].core] == '.');
        last = &w[i + 1];
        used = 2;
    } else {
        return 0;
    }
    if (!(state = field_of("en/us-states.txt", st, stn, &sl)))
        return 0;
    sb_putn(o, x->s, x->lead);
    sb_printf(o, "%s District of ", side);
    sb_putn(o, state, sl);
    /* the state's stop was its own, unless the sentence ends there */
    const char *tr = last->s + last->lead + last->core;
    size_t tl = last->trail;
    if (tl && *tr == '.' && i + used < nw)
        tr++, tl--;
    sb_putn(o, tr, tl);
    return used;
}

/* A range dash at s ("-", en or em dash): its length, or 0. */
static size_t range_dash(const char *s, const char *end)
{
    if (s < end && *s == '-')
        return 1;
    if (end - s >= 3 && (memcmp(s, "\xE2\x80\x93", 3) == 0 || memcmp(s, "\xE2\x80\x94", 3) == 0))
        return 3;
    return 0;
}

/* "10 to 21 November", "10-21 November 2025", "between 23 and 27 November", "14/15
 * August": a range of days before their month, both said as days ("the 10th to the
 * 21st of November"). Returns the words used, or 0. */
static size_t day_range(sb *o, const word *w, size_t i, size_t nw, dt_order order)
{
    const char *c = w[i].s + w[i].lead, *end = w[nw - 1].s + w[nw - 1].n, *second = NULL;
    size_t dl = 0;
    while (dl < w[i].core && dl < 3 && isdigit((unsigned char)c[dl]))
        dl++;
    if (dl == 0 || dl > 2)
        return 0;
    int d1 = atoi(c);
    /* "on 8, 9 and 10 December": the days of a list before the pair that ends it,
     * each said as a day ("the 8th, the 9th and the 10th of December") */
    size_t lw0 = i;
    while (lw0 > 0 && lw0 + 12 > i && w[lw0 - 1].trail == 1 && w[lw0 - 1].core >= 1 && w[lw0 - 1].core <= 2 &&
           all_digits(w[lw0 - 1].s + w[lw0 - 1].lead, w[lw0 - 1].core) && w[lw0 - 1].s[w[lw0 - 1].lead + w[lw0 - 1].core] == ',')
        lw0--; /* (past the list's days before it: "on 7, 8, 9 and 10 December") */
    /* (not after a capitalised or a plural noun that numbers things: "Items 3, 4 and 5
     * May be removed", "rooms 8, 9 and 10") */
    const word *lead_word = lw0 > 0 && !w[lw0 - 1].trail ? &w[lw0 - 1] : NULL;
    int dated_list = !lead_word || !(isupper((unsigned char)lead_word->s[lead_word->lead]) ||
                                     (lead_word->core > 3 && lead_word->s[lead_word->lead + lead_word->core - 1] == 's' &&
                                      !equals_word(lead_word, "runs") && !equals_word(lead_word, "is") &&
                                      !equals_word(lead_word, "was") && !equals_word(lead_word, "closes") &&
                                      !equals_word(lead_word, "opens")));
    if (dated_list && dl == w[i].core && w[i].trail == 1 && w[i].s[w[i].lead + dl] == ',' && d1 >= 1 && d1 <= 31 &&
        data_lang() == 0) {
        size_t j = i + 1;
        while (j < nw && j < i + 12 && w[j].core >= 1 && w[j].core <= 2 && all_digits(w[j].s + w[j].lead, w[j].core) &&
               w[j].trail == 1 && w[j].s[w[j].lead + w[j].core] == ',' && !w[j].lead)
            j++;
        sb pair = {0};
        size_t k = j < nw && !w[j].lead && w[j].core <= 2 && all_digits(w[j].s + w[j].lead, w[j].core)
                       ? day_range(&pair, w, j, nw, order)
                       : 0;
        int joined = k && j + 1 < nw && w[j + 1].core == 3 && u8_ncasecmp(w[j + 1].s, "and", 3) == 0;
        sb_free(&pair);
        if (joined) {
            sb_putn(o, w[i].s, w[i].lead);
            put_the(o, w, i);
            put_ordinal(o, d1);
            sb_putn(o, c + dl, w[i].trail);
            return 1;
        }
    }
    /* "12th-15th May": the first day an ordinal too */
    size_t sl = 0;
    if (dl + 2 <= w[i].core && data_lang() == 0) {
        static const char *const sfx[] = {"st", "nd", "rd", "th"};
        for (size_t k = 0; k < 4 && !sl; k++)
            if (strncmp(c + dl, sfx[k], 2) == 0)
                sl = 2;
    }
    if (dl + sl == w[i].core && !w[i].trail && i + 2 < nw && !w[i + 1].lead && !w[i + 1].trail && !w[i + 2].lead &&
        ((w[i + 1].core == 2 && u8_ncasecmp(w[i + 1].s, "to", 2) == 0) ||
         (w[i + 1].core == 3 && u8_ncasecmp(w[i + 1].s, "and", 3) == 0)))
        second = w[i + 2].s; /* ("on 27 and 28 February": both days) */
    else if (dl + sl < w[i].core && range_dash(c + dl + sl, c + w[i].core))
        second = c + dl + sl + range_dash(c + dl + sl, c + w[i].core);
    else if (dl + sl + 1 < w[i].core && c[dl + sl] == '/' && data_lang() == 0)
        second = c + dl + sl + 1; /* "the night of 14/15 August" */
    if (!second || !isdigit((unsigned char)*second))
        return 0;
    dt_date d;
    size_t k = dt_date_at(second, (size_t)(end - second), order, &d);
    if (!k || d.month_first || d.weekday || d.day <= d1 || d1 < 1)
        return 0;
    size_t j = word_at(w, i, nw, second + k);
    const char *core_end = w[j].s + w[j].lead + w[j].core, *word_end = w[j].s + w[j].n;
    if (second + k < core_end || second + k > word_end)
        return 0;
    sb_putn(o, w[i].s, w[i].lead);
    put_the(o, w, i);
    put_ordinal(o, d1);
    /* "between 12-15 May": between the 12th and the 15th */
    const word *pv = i > 0 && !w[i - 1].trail ? &w[i - 1] : NULL;
    int between = pv && pv->core == 7 && u8_ncasecmp(pv->s + pv->lead, "between", 7) == 0;
    int and = second == w[i + 2 < nw ? i + 2 : i].s && w[i + 1].core == 3;
    sb_puts(o, between || and ? " and the " : " to the ");
    put_ordinal(o, d.day);
    sb_printf(o, " of %s", dt_month_name(d.month));
    if (d.year) {
        sb_putc(o, ' ');
        put_year(o, d.year);
    }
    const char *tr = second + k > core_end && j + 1 < nw ? second + k : core_end;
    sb_putn(o, tr, (size_t)(word_end - tr));
    return j - i + 1;
}

/* "from Tuesday 8 to Thursday 10 April 2025", "Monday 7 and Tuesday 8 April",
 * "Friday 4 – Sunday 6 July": two days, each with its weekday, before one month, said
 * as days ("Tuesday the 8th to Thursday the 10th of April"; espeak-ng heard the first
 * as a bare 8). Returns the words used, or 0. */
static size_t weekday_range(sb *o, const word *w, size_t i, size_t nw, dt_order order)
{
    /* (the cheap tests first: this runs at every word) */
    if (data_lang() != 0 || i + 3 >= nw || w[i].trail || w[i + 1].lead || w[i + 1].trail || w[i + 2].trail ||
        !isdigit((unsigned char)w[i + 1].s[0]))
        return 0;
    int wd = dt_weekday(w[i].s + w[i].lead, w[i].core);
    const char *c = w[i + 1].s;
    size_t dl = 0, n = w[i + 1].core;
    while (dl < n && dl < 3 && isdigit((unsigned char)c[dl]))
        dl++;
    int d1 = dl ? atoi(c) : 0;
    static const char *const sfx[] = {"st", "nd", "rd", "th"};
    int suffixed = 0;
    for (size_t k = 0; k < 4 && dl + 2 == n; k++)
        suffixed |= strncmp(c + dl, sfx[k], 2) == 0;
    if (!wd || !dl || dl > 2 || (dl != n && !suffixed) || d1 < 1)
        return 0;
    /* the word between: "to", "and", "until", "through" (a spaced dash is "to" by now:
     * dash_range) */
    const word *by = &w[i + 2];
    static const char *const joins[] = {"to", "and", "until", "till", "through", "thru"};
    if (by->lead || !equals_any(by, joins, sizeof joins / sizeof *joins))
        return 0;
    const char *second = w[i + 3].s + w[i + 3].lead, *end = w[nw - 1].s + w[nw - 1].n;
    dt_date d;
    size_t k = dt_date_at(second, (size_t)(end - second), order, &d);
    if (!k || !d.weekday || d.month_first || d.day <= d1)
        return 0;
    size_t j = word_at(w, i + 3, nw, second + k);
    const char *core_end = w[j].s + w[j].lead + w[j].core, *word_end = w[j].s + w[j].n;
    if (second + k < core_end || second + k > word_end)
        return 0;
    sb_putn(o, w[i].s, w[i].lead);
    sb_printf(o, "%s the ", dt_weekday_name(wd));
    put_ordinal(o, d1);
    sb_printf(o, " %s %s the ", equals_word(by, "and") ? "and" : "to", dt_weekday_name(d.weekday));
    put_ordinal(o, d.day);
    sb_printf(o, " of %s", dt_month_name(d.month));
    if (d.year) {
        sb_putc(o, ' ');
        put_year(o, d.year);
    }
    const char *tr = second + k > core_end && j + 1 < nw ? second + k : core_end;
    sb_putn(o, tr, (size_t)(word_end - tr));
    return j - i + 1;
}

/* "Apr-Jul 2025", "Jan.–Mar.": a range of months in one word. Returns 1, or 0. */
static size_t month_range(sb *o, const word *w, size_t i, size_t nw)
{
    const char *c = w[i].s + w[i].lead;
    size_t n = w[i].core, a = 0;
    while (a < n && isalpha((unsigned char)c[a]))
        a++;
    size_t m1e = a < n && c[a] == '.' ? a + 1 : a, dl = m1e < n ? range_dash(c + m1e, c + n) : 0;
    if (!a || !dl)
        return 0;
    size_t b0 = m1e + dl, b = b0;
    while (b < n && isalpha((unsigned char)c[b]))
        b++;
    size_t m2e = b < n && c[b] == '.' ? b + 1 : b;
    int m1 = dt_month(c, m1e), m2 = dt_month(c + b0, m2e - b0);
    if (!m1 || !m2 || b == b0 || m2e != n || !isupper((unsigned char)c[0]) || !isupper((unsigned char)c[b0]))
        return 0;
    sb_putn(o, w[i].s, w[i].lead);
    sb_printf(o, "%s to %s", dt_month_name(m1), dt_month_name(m2));
    /* "Mar." before the year: the abbreviation's stop, not a pause */
    size_t skip = own_stop(w, i, nw);
    sb_putn(o, c + n + skip, w[i].trail - skip);
    return 1;
}

/* Says date d as the text has it: "the 26th of May 2025", "May 26th, 2025", a weekday
 * first ("Monday, …"); "the" from word i's case. */
static void say_date(sb *o, const word *w, size_t i, const dt_date *d, dt_order order)
{
    if (d->weekday)
        sb_printf(o, "%s, ", dt_weekday_name(d->weekday));
    int month_first = d->month_first || (d->form == DT_ISO && order == DT_MONTH_FIRST);
    const char *month = dt_month_name(d->month);
    if (month_first) {
        sb_printf(o, "%s ", month);
        put_ordinal(o, d->day);
        if (d->year) {
            sb_puts(o, ", ");
            put_year(o, d->year);
        }
    } else {
        put_the(o, w, i);
        put_ordinal(o, d->day);
        sb_printf(o, " of %s", month);
        if (d->year) {
            sb_putc(o, ' ');
            put_year(o, d->year);
        }
    }
}

/* Whether x is a small word that goes on from a date ("in", "at", "for"). */
static int short_link(const word *x)
{
    static const char *const links[] = {"in", "at", "on", "for", "when", "with", "from", "as", "of", "to",
                                        "and", "or", "but", "next", "this", "last", "only"};
    for (size_t k = 0; k < sizeof links / sizeof *links; k++)
        if (equals_word(x, links[k]))
            return 1;
    return 0;
}

/* After a range's last day, word j ("28," in "Feb. 27 and 28, 2025"): its trail, and
 * the year that follows its comma, said as a year. Returns the words used after j. */
static size_t range_year(sb *o, const word *w, size_t j, size_t nw)
{
    const word *y = j + 1 < nw ? &w[j + 1] : NULL;
    int year = y && w[j].trail && w[j].s[w[j].lead + w[j].core] == ',' && !y->lead && y->core == 4 &&
               all_digits(y->s, 4) && atoi(y->s) >= 1900 && atoi(y->s) <= 2100;
    sb_putn(o, w[j].s + w[j].lead + w[j].core, w[j].n - w[j].lead - w[j].core);
    if (!year)
        return 0;
    sb_putn(o, w[j].s + w[j].n, (size_t)(y->s - (w[j].s + w[j].n)));
    put_year(o, atoi(y->s));
    sb_putn(o, y->s + y->core, y->n - y->core);
    return 1;
}

/* "BEST BY 04/2026", "exp. 11/2027": a month and a year after a word that dates a
 * product ("best by", "use by", "exp."), said "April 2026" (a decision's number,
 * "Decision 04/2026", is none of these). Returns the words used. */
static size_t month_year(sb *o, const word *w, size_t i)
{
    static const char *const dating[] = {"by", "before", "exp", "exp.", "expiry", "expires", "until", "through",
                                         /* ("expiry date 04/2026", "Mfg. Date 09/2024", "manufactured
                                          * 09/2024") */
                                         "date", "dated", "manufactured", "packed", "produced", "mfd", "mfg",
                                         "between", "from", "since"};
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    /* "in Mar-24", "by Dec-25", as tables and their text write a month of a year: the
     * month's three letters, a hyphen and the year's last two figures (a day would
     * come first: "24-Mar") */
    size_t ml = x->core == 6 || x->core == 7 ? x->core - 3 : 0; /* ("Sept-24", "MAR-24") */
    if (ml && isupper((unsigned char)c[0]) && isalpha((unsigned char)c[1]) && isalpha((unsigned char)c[2]) &&
        c[ml] == '-' && isdigit((unsigned char)c[ml + 1]) && isdigit((unsigned char)c[ml + 2])) {
        int m = dt_month(c, ml);
        if (m > 0) {
            sb_putn(o, x->s, x->lead);
            /* (a year of the last century: "Dec-99") */
            sb_printf(o, "%s %s%.2s", dt_month_name(m), c[ml + 1] >= '7' ? "19" : "20", c + ml + 1);
            sb_putn(o, c + x->core, x->trail);
            return 1;
        }
    }
    if (i == 0 || x->core != 7 || !isdigit((unsigned char)c[0]) || !isdigit((unsigned char)c[1]) || c[2] != '/' ||
        (strncmp(c + 3, "19", 2) != 0 && strncmp(c + 3, "20", 2) != 0) || !isdigit((unsigned char)c[5]) ||
        !isdigit((unsigned char)c[6]))
        return 0;
    int m = (c[0] - '0') * 10 + (c[1] - '0');
    int dated = 0;
    /* ("an expiry date of 04/2026": the date's word before "of"; "between 04/2026 and
     * 05/2026": after another such month and year) */
    size_t dw = i - 1;
    if (dw > 0 && !w[dw - 1].trail && equals_word(&w[dw], "of"))
        dw--;
    for (size_t k = 0; k < sizeof dating / sizeof *dating && !dated; k++)
        dated = w[dw].core == strlen(dating[k]) && u8_ncasecmp(w[dw].s + w[dw].lead, dating[k], w[dw].core) == 0;
    /* (the first one itself after a word that dates it: not "Decisions 03/2026 and
     * 04/2026") */
    if (!dated && i >= 3 && (equals_word(&w[i - 1], "and") || equals_word(&w[i - 1], "to")) && w[i - 2].core == 7 &&
        w[i - 2].s[w[i - 2].lead + 2] == '/' && all_digits(w[i - 2].s + w[i - 2].lead, 2) &&
        all_digits(w[i - 2].s + w[i - 2].lead + 3, 4))
        for (size_t k = 0; k < sizeof dating / sizeof *dating && !dated; k++)
            dated = equals_word(&w[i - 3], dating[k]);
    if (m < 1 || m > 12 || !dated)
        return 0;
    sb_putn(o, x->s, x->lead);
    sb_printf(o, "%s %.4s", dt_month_name(m), c + 3);
    sb_putn(o, c + x->core, x->trail);
    return 1;
}

/* "FL350", "FL 350": a flight level, "flight level 350" (not "FL 33126", Florida's
 * ZIP code: two or three figures); "a mean grade of A-": a grade and its minus after
 * a word of grades; "Second Class Upper (2:1)", "a 2:2 degree": a British degree's
 * class, "two-one". Returns the words used. */
static size_t aviation_and_grades(sb *o, const word *w, size_t i, size_t nw)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core;
    /* (in an aircraft's words: "at FL350", "climbed to FL 240", "above FL300"; not
     * "model FL350 flashlights" nor a Florida road, "FL 60 near Tampa") */
    /* (the words before looked at only for "FL": this runs for every word) */
    int flown = 0;
    static const char *const air[] = {"at", "to", "above", "below", "climb", "climbed", "climbing", "descend",
                                      "descended", "descending", "cruise", "cruising", "cruised", "altitude",
                                      "level", "maintain", "maintaining", "between", "from", "and"};
    for (size_t b = 1; n >= 2 && c[0] == 'F' && c[1] == 'L' && b <= 2 && b <= i && !flown; b++)
        flown = equals_any(&w[i - b], air, sizeof air / sizeof *air) && (b == 1 || !w[i - 1].trail);
    if (flown && n >= 4 && n <= 5 && c[0] == 'F' && c[1] == 'L' && all_digits(c + 2, n - 2)) {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, "flight level ");
        sb_putn(o, c + 2, n - 2);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    if (flown && n == 2 && c[0] == 'F' && c[1] == 'L' && !x->trail && i + 1 < nw && !w[i + 1].lead && w[i + 1].core >= 2 &&
        w[i + 1].core <= 3 && all_digits(w[i + 1].s, w[i + 1].core)) {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, "flight level ");
        sb_putn(o, w[i + 1].s, w[i + 1].n);
        return 2;
    }
    if ((n == 1 || n == 2) && c[0] >= 'A' && c[0] <= 'E' && x->n - x->lead >= 2 && c[1] == '-' &&
        (x->n - x->lead == 2 || !isalnum((unsigned char)c[2]))) {
        int graded = 0;
        for (size_t b = 1; b <= 3 && b <= i && !graded; b++)
            graded = equals_word(&w[i - b], "grade") || equals_word(&w[i - b], "grades") ||
                     equals_word(&w[i - b], "Grade") || equals_word(&w[i - b], "scored");
        /* (not a prefix shared with the next compound: "Grade A- and B-rated") */
        if (graded && i + 2 < nw && (equals_word(&w[i + 1], "and") || equals_word(&w[i + 1], "or") ||
                                     equals_word(&w[i + 1], "to")) &&
            w[i + 2].core >= 3 && w[i + 2].s[w[i + 2].lead + 1] == '-')
            graded = 0;
        if (graded) {
            sb_putn(o, x->s, x->lead);
            sb_putc(o, c[0]);
            sb_puts(o, " minus");
            sb_putn(o, c + 2, x->n - x->lead - 2);
            return 1;
        }
    }
    if (n == 3 && c[0] == '2' && c[1] == ':' && (c[2] == '1' || c[2] == '2')) {
        const word *nx = i + 1 < nw && !x->trail ? &w[i + 1] : NULL;
        const word *pv = i > 0 ? &w[i - 1] : NULL;
        int degree = (nx && (equals_word(nx, "degree") || equals_word(nx, "honours") || equals_word(nx, "Honours"))) ||
                     (pv && x->lead && x->s[0] == '(' && (equals_word(pv, "Upper") || equals_word(pv, "Lower") ||
                                                          equals_word(pv, "upper") || equals_word(pv, "lower")));
        if (degree) {
            sb_putn(o, x->s, x->lead);
            sb_puts(o, c[2] == '1' ? "two-one" : "two-two");
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    return 0;
}

/* "23:59 (SAST)", "10:00 (WAT)": a time zone in brackets after a clock time, said by
 * its name (data/en/zones.txt) as it is without them. Returns the words used. */
static size_t bracketed_zone(sb *o, const word *w, size_t i)
{
    const word *x = &w[i];
    /* (or after a clock's four figures and "hours": "1300 hours IST", "0600 hrs UTC") */
    int hours = i >= 2 && !x->lead && x->core >= 2 && x->core <= 5 && !w[i - 1].trail && !w[i - 2].trail &&
                (equals_word(&w[i - 1], "hours") || equals_word(&w[i - 1], "hrs") || equals_word(&w[i - 1], "hr"));
    if (i == 0 || (!hours && (!x->lead || x->s[x->lead - 1] != '(' || !x->trail || x->s[x->lead + x->core] != ')')) ||
        x->core < 2 || x->core > 5 || txt_has_lower(x->s + x->lead, x->core))
        return 0;
    const word *pv = hours ? &w[i - 2] : &w[i - 1];
    const char *pc = pv->s + pv->lead;
    int clock = pv->core >= 3 && isdigit((unsigned char)pc[0]) &&
                (memchr(pc, ':', pv->core) || u8_ncasecmp(pc + pv->core - 2, "am", 2) == 0 ||
                 u8_ncasecmp(pc + pv->core - 2, "pm", 2) == 0 ||
                 /* (four figures a clock's, no year: "1400 (GMT)", not "the Finance Act
                  * 2024 (CAT)") */
                 (pv->core == 4 && all_digits(pc, 4) && (pc[0] - '0') * 10 + (pc[1] - '0') <= 23 &&
                  (pc[2] - '0') <= 5 && strncmp(pc, "19", 2) != 0 && strncmp(pc, "20", 2) != 0));
    const char *line, *zs;
    size_t len, zsl;
    if (!clock || !data_field_lines("en/zones.txt", x->s + x->lead, x->core, 0, &line, &len, 1) ||
        !(zs = field(line, len, 1, &zsl)))
        return 0;
    sb_putn(o, x->s, x->lead);
    sb_putn(o, zs, zsl);
    sb_putn(o, x->s + x->lead + x->core, x->trail);
    return 1;
}

/* "(acc. no. 1912.1.77)": a museum's accession number, its parts parted by a stop or
 * more; "acc. no. 40123456", a bank account's. Returns the words used. */
static size_t acc_no(sb *o, const word *w, size_t i, size_t nw)
{
    const word *x = &w[i];
    if (i + 2 >= nw || !equals_word(x, "acc") || x->trail != 1 || x->s[x->lead + 3] != '.' ||
        !equals_word(&w[i + 1], "no"))
        return 0;
    const word *v = &w[i + 2];
    const char *c = v->s + v->lead;
    if (!v->core || !isdigit((unsigned char)c[0]))
        return 0;
    int dotted = 0; /* (a stop between figures: an accession's, "2019.45", "1912.1.77") */
    for (size_t k = 1; k + 1 < v->core && !dotted; k++)
        dotted = c[k] == '.' && isdigit((unsigned char)c[k - 1]) && isdigit((unsigned char)c[k + 1]);
    sb_putn(o, x->s, x->lead);
    sb_puts(o, dotted ? "accession" : "account");
    return 1;
}

/* "12 fl. oz. bottles", "64 fl oz": fluid ounces, two words written short after the
 * figure; in the singular before the noun they measure. Returns the words used. */
static size_t fluid_ounces(sb *o, const word *w, size_t i, size_t nw)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    /* (the words after first, the cheaper test: this runs for every word) */
    if (x->trail || i + 2 >= nw || w[i + 1].lead || w[i + 2].lead || !equals_word(&w[i + 1], "fl") ||
        !equals_word(&w[i + 2], "oz") || (w[i + 1].trail && !(w[i + 1].trail == 1 && w[i + 1].s[2] == '.')))
        return 0;
    size_t nl = x->core ? number_len(c, x->core) : 0;
    if (!nl || nl != x->core)
        return 0;
    const word *oz = &w[i + 2];
    const char *t = oz->s + oz->lead + oz->core;
    size_t tr = oz->trail;
    const word *nx = i + 3 < nw ? &w[i + 3] : NULL;
    int noun = nx && nx->core && islower((unsigned char)nx->s[nx->lead]) && !is_preposition(nx->s + nx->lead, nx->core);
    if (tr && t[0] == '.' && nx) /* (the abbreviation's stop, not the sentence's) */
        t++, tr--;
    sb_putn(o, x->s, x->lead);
    put_number(o, c, nl);
    sb_puts(o, noun || (nl == 1 && c[0] == '1') ? " fluid ounce" : " fluid ounces");
    sb_putn(o, t, tr);
    return 3;
}

/* "sold in NSW, VIC and QLD", "WA, SA and the NT": Australia's states and
 * territories by their letters, said by name where another of them is in the same
 * sentence ("VIC" alone may be the Vienna International Centre, "SA" South Africa,
 * "ACT" a word). Returns the words used. */
static size_t au_state(sb *o, const word *w, size_t i, size_t nw)
{
    static const struct {
        const char *code, *name;
    } states[] = {{"NSW", "New South Wales"}, {"VIC", "Victoria"}, {"QLD", "Queensland"},
                  {"SA", "South Australia"},  {"WA", "Western Australia"}, {"TAS", "Tasmania"},
                  {"NT", "the Northern Territory"}, {"ACT", "the Australian Capital Territory"},
                  {"Vic", "Victoria"}, {"Qld", "Queensland"}, {"Tas", "Tasmania"}};
    size_t n = sizeof states / sizeof *states, me = n;
    for (size_t k = 0; k < n && me == n; k++)
        if (w[i].core == strlen(states[k].code) && memcmp(w[i].s + w[i].lead, states[k].code, w[i].core) == 0)
            me = k;
    if (me == n || (w[i].trail && w[i].s[w[i].lead + w[i].core] == '.' && me >= 8))
        return 0;
    /* (another state in a list with it: next to it but for a comma, "and", "or" or
     * "&", as "NSW, VIC and QLD" and "WA, SA and the NT" are written) */
    int other = 0;
    for (int dir = -1; dir <= 1 && !other; dir += 2)
        for (size_t step = 1; step <= 3 && !other; step++) {
            long q = (long)i + dir * (long)step;
            if (q < 0 || (size_t)q >= nw)
                break;
            const word *y = &w[q];
            for (size_t k = 0; k < n && !other; k++)
                other = k != me && strcmp(states[k].name, states[me].name) != 0 && y->core == strlen(states[k].code) &&
                        memcmp(y->s + y->lead, states[k].code, y->core) == 0;
            if (other)
                break;
            /* (only joins between: a comma after the nearer one, or the words) */
            const word *near = dir < 0 ? y : &w[q - 1];
            int comma = near->trail && near->s[near->lead + near->core] == ',';
            if (!(equals_word(y, "and") || equals_word(y, "or") || equals_word(y, "the") || (y->core == 0 && y->n == 1 && y->s[0] == '&') ||
                  (step == 1 && comma)))
                break;
        }
    if (!other)
        return 0;
    /* (nor a name before a capitalised word: "Vic Toews") */
    if (i + 1 < nw && !w[i].trail && w[i + 1].core && isupper((unsigned char)w[i + 1].s[w[i + 1].lead]) &&
        txt_has_lower(w[i].s + w[i].lead, w[i].core))
        return 0;
    const char *name = states[me].name;
    /* ("in the NT": the article is there already) */
    if (strncmp(name, "the ", 4) == 0 && i > 0 && (equals_word(&w[i - 1], "the") || equals_word(&w[i - 1], "The")))
        name += 4;
    sb_putn(o, w[i].s, w[i].lead);
    sb_puts(o, name);
    sb_putn(o, w[i].s + w[i].lead + w[i].core, w[i].trail);
    return 1;
}

/* Whether x is a clock time as written ("9pm", "10:30", "21.00", "noon", "midnight"). */
static int clock_time_word(const word *x)
{
    const char *c = x->s + x->lead;
    size_t n = x->core;
    if (!n)
        return 0;
    if (equals_word(x, "noon") || equals_word(x, "midday") || equals_word(x, "midnight"))
        return 1;
    if (!isdigit((unsigned char)c[0]))
        return 0;
    size_t d = strspn(c, "0123456789");
    if (d <= 2 && d + 3 <= n && (c[d] == ':' || c[d] == '.') && isdigit((unsigned char)c[d + 1]) &&
        isdigit((unsigned char)c[d + 2]))
        return 1;
    return n >= 3 && d <= 2 && (u8_ncasecmp(c + n - 2, "am", 2) == 0 || u8_ncasecmp(c + n - 2, "pm", 2) == 0) &&
           d + 2 == n;
}

/* "Fri until 9pm", "Sat 10am–4pm": a weekday written short alone, before a time or
 * "until", "till" or "from", said in full (espeak-ng says "fry"); not after "the"
 * ("The Sun 10 …" names a paper). Returns the words used. */
static size_t lone_weekday(sb *o, const word *w, size_t i, size_t nw)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    int wd = x->core >= 3 && x->core <= 5 && isupper((unsigned char)c[0]) ? dt_weekday(c, x->core) : 0;
    if (wd <= 0 || i + 1 >= nw || (x->trail && !(x->trail == 1 && c[x->core] == '.')))
        return 0;
    if (x->core == strlen(dt_weekday_name(wd)))
        return 0; /* (the name in full is said as it is) */
    if (i > 0 && (equals_word(&w[i - 1], "the") || equals_word(&w[i - 1], "The")))
        return 0;
    /* (nor a name's last word after a capitalised one: "Professor Li Sun from …", "Le
     * Thi Thu", "Minister Mon") */
    if (i > 0 && !w[i - 1].trail && w[i - 1].core && isupper((unsigned char)w[i - 1].s[w[i - 1].lead]))
        return 0;
    const word *nx = &w[i + 1];
    /* a clock time, or "until", "till" or "from" before one ("from noon") */
    int timed = clock_time_word(nx);
    if (!timed && !nx->trail && i + 2 < nw &&
        (equals_word(nx, "until") || equals_word(nx, "till") || equals_word(nx, "from")))
        timed = clock_time_word(&w[i + 2]);
    if (!timed)
        return 0;
    sb_putn(o, x->s, x->lead);
    sb_puts(o, dt_weekday_name(wd));
    return 1;
}

static size_t date(sb *o, const word *w, size_t i, size_t nw, dt_order order)
{
    const char *c = w[i].s + w[i].lead, *end = w[nw - 1].s + w[nw - 1].n;
    size_t r = day_range(o, w, i, nw, order);
    if (!r && w[i].core && isalpha((unsigned char)c[0]))
        r = month_range(o, w, i, nw);
    if (r)
        return r;
    dt_date d;
    size_t k = dt_date_at(c, (size_t)(end - c), order, &d);
    /* ("this 14th day of January 2025": said as written) */
    if (k && d.day_of)
        return 0;
    /* ("Palma Verde Sun, May 8, 2026": a newspaper's name ends in "Sun"; a
     * capitalised word right before makes it a name, the date after it) */
    if (k && d.weekday && w[i].core == 3 && memcmp(w[i].s + w[i].lead, "Sun", 3) == 0 && i > 0 && !w[i - 1].trail &&
        w[i - 1].core >= 2 &&
        isupper((unsigned char)w[i - 1].s[w[i - 1].lead]) && txt_has_lower(w[i - 1].s + w[i - 1].lead, w[i - 1].core))
        return 0;
    if (!k)
        return short_date(o, w, i, order);
    size_t j = word_at(w, i, nw, c + k);
    const char *core_end = w[j].s + w[j].lead + w[j].core, *word_end = w[j].s + w[j].n;
    {
        /* "26 May–8 June 2025", "May 26–June 8": a date, a dash, a date of another
         * month, in one word: the range said whole */
        size_t dl = c + k < core_end ? range_dash(c + k, core_end) : 0;
        dt_date d2;
        size_t k2 = dl ? dt_date_at(c + k + dl, (size_t)(end - c - k - dl), order, &d2) : 0;
        size_t j2 = k2 ? word_at(w, i, nw, c + k + dl + k2) : 0;
        if (k2 && !d.weekday && !d2.weekday && d2.month != d.month && j2 >= j &&
            c + k + dl + k2 >= w[j2].s + w[j2].lead + w[j2].core && c + k + dl + k2 <= w[j2].s + w[j2].n) {
            sb_putn(o, w[i].s, w[i].lead);
            say_date(o, w, i, &d, order);
            sb_puts(o, " to ");
            say_date(o, w, j2, &d2, order);
            const char *e2 = w[j2].s + w[j2].lead + w[j2].core;
            const char *t2 = c + k + dl + k2 > e2 && j2 + 1 < nw ? c + k + dl + k2 : e2;
            sb_putn(o, t2, (size_t)(w[j2].s + w[j2].n - t2));
            return j2 - i + 1;
        }
    }
    /* "February 27-28, 2025": the range's last day after a dash, in the same word */
    if (d.month_first && !d.year && !d.weekday && c + k < core_end) {
        size_t dl = range_dash(c + k, core_end), nd = 0;
        const char *q = c + k + dl;
        while (dl && q + nd < core_end && isdigit((unsigned char)q[nd]))
            nd++;
        if (dl && nd >= 1 && nd <= 2 && q + nd == core_end && atoi(q) > d.day && atoi(q) <= 31) {
            sb_putn(o, w[i].s, w[i].lead);
            say_date(o, w, i, &d, order);
            sb_puts(o, " to ");
            put_ordinal(o, atoi(q));
            return j - i + 1 + range_year(o, w, j, nw);
        }
    }
    if (c + k < core_end || c + k > word_end)
        return 0; /* ends inside a word */
    sb_putn(o, w[i].s, w[i].lead);
    say_date(o, w, i, &d, order);
    int month_first = d.month_first || (d.form == DT_ISO && order == DT_MONTH_FIRST);
    /* what follows the date in its last word: a stop the date took ("Oct.") is its
     * own, unless it also ends the sentence */
    const char *tr = c + k > core_end && j + 1 < nw ? c + k : core_end;
    /* "March 9 to 11", "Feb. 27 and 28, 2025": the range's other day is a day too,
     * the year after it the range's */
    static const char *const joins[] = {"to", "and", "through", "or"};
    int join = -1;
    for (size_t q = 0; q < sizeof joins / sizeof *joins && j + 1 < nw && join < 0; q++)
        if (equals_word(&w[j + 1], joins[q]))
            join = (int)q;
    /* (after "and" or "or", only a day the clause ends on or a year follows: "July 4
     * and 12 homes" counts homes) */
    int day_ends = j + 2 < nw && (w[j + 2].trail || j + 3 >= nw || !isalnum((unsigned char)w[j + 3].s[w[j + 3].lead]) ||
                                  short_link(&w[j + 3]));
    if (month_first && !d.year && tr == core_end && !w[j].trail && j + 2 < nw && join >= 0 && !w[j + 1].trail &&
        (join == 0 || join == 2 || day_ends) && !w[j + 2].lead && w[j + 2].core >= 1 && w[j + 2].core <= 2 &&
        all_digits(w[j + 2].s, w[j + 2].core) && atoi(w[j + 2].s) > d.day && atoi(w[j + 2].s) <= 31) {
        sb_putn(o, tr, (size_t)(word_end - tr));
        if (!(o->len && o->s[o->len - 1] == ' '))
            sb_putc(o, ' ');
        sb_printf(o, "%s ", joins[join]);
        put_ordinal(o, atoi(w[j + 2].s));
        return j - i + 3 + range_year(o, w, j + 2, nw);
    }
    sb_putn(o, tr, (size_t)(word_end - tr));
    return j - i + 1;
}

/* Whether the range w[i] cites pages or columns: after "pp.", "pages", "cols" and
 * the like, or after a journal's name and volume ("Science 391, 1102-1108"). */
static int page_range_at(const word *w, size_t i)
{
    static const char *const marks[] = {"pages", "page", "pp", "p", "cols", "col", "columns", "column",
                                        "paras", "paragraphs", "lines", "ll", "fols", "folios", "ff"};
    if (i == 0)
        return 0;
    const word *p = &w[i - 1];
    const char *e = p->s + p->lead + p->core;
    if (equals_any(p, marks, sizeof marks / sizeof *marks) && (p->trail == 0 || (p->trail == 1 && *e == '.')) &&
        (p->core > 1 || p->trail == 1))
        return 1;
    /* a volume: a number with its comma after a capitalised word with none (not a
     * building's: "Room 12, 1102-1108") */
    static const char *const places[] = {"Room", "Suite", "Building", "Block", "Unit", "Floor", "Level", "Gate",
                                         "Platform", "Flat", "Apartment", "Route", "Highway", "Lot", "Plot"};
    if (i < 2 || p->lead || p->trail != 1 || *e != ',' || p->core < 1 || p->core > 4 ||
        !all_digits(p->s, p->core) || (p->core == 4 && atoi(p->s) >= 1800))
        return 0;
    const word *j = &w[i - 2];
    /* (a journal's name may end in its abbreviation's stop: "Nat. Commun. 15, 1102-1108") */
    return (!j->trail || (j->trail == 1 && j->s[j->lead + j->core] == '.')) && j->core >= 3 &&
           isupper((unsigned char)j->s[j->lead]) &&
           !all_digits(j->s + j->lead, j->core) && !equals_any(j, places, sizeof places / sizeof *places);
}

/* Whether the four digits of w[i] count things ("seats 1184 people", "were 1776
 * complaints"): a plural in lower case right after them, and no word of time before
 * them ("in 1984 people thought …" is a year). */
static int counted_things(const word *w, size_t i, size_t nw)
{
    if (data_lang() != 0 || w[i].trail || i + 1 >= nw || w[i + 1].lead)
        return 0;
    const word *nx = &w[i + 1];
    const char *t = nx->s;
    static const char *const irregular[] = {"people", "children", "staff", "men", "women", "police", "personnel"};
    int plural = nx->core >= 3 && islower((unsigned char)t[0]) && t[nx->core - 1] == 's' && t[nx->core - 2] != 's';
    for (size_t k = 0; k < sizeof irregular / sizeof *irregular && !plural; k++)
        plural = equals_word(nx, irregular[k]);
    if (!plural)
        return 0;
    /* (a sentence's first word, "1945 marks the end", is a year) */
    if (i == 0 || (w[i - 1].trail && strchr(".!?:", w[i - 1].s[w[i - 1].lead + w[i - 1].core])))
        return 0;
    static const char *const timely[] = {"in", "In", "since", "Since", "by", "By", "from", "From", "until", "till",
                                         "year", "Year", "years",
                                         "before", "Before", "after", "After", "during", "During", "of", "to",
                                         "through", "circa", "around", "c.", "the", "The", "early", "late", "mid"};
    if (i > 0 && !w[i - 1].trail)
        for (size_t k = 0; k < sizeof timely / sizeof *timely; k++)
            if (equals_word(&w[i - 1], timely[k]))
                return 0;
    /* nor a name's or an identifier's number ("Section 1983 provides", "Local 1187
     * represents": a verb, not a plural); at a sentence's start a quantifier may open */
    static const char *const opening[] = {"Some", "About", "Nearly", "Over", "Almost", "Around", "Roughly",
                                          "More", "Fewer", "Only", "Just", "Another", "All"};
    if (i > 0 && w[i - 1].core && isupper((unsigned char)w[i - 1].s[w[i - 1].lead])) {
        int q = 0;
        for (size_t k = 0; k < sizeof opening / sizeof *opening && !q; k++)
            q = equals_word(&w[i - 1], opening[k]);
        if (!q)
            return 0;
    }
    return 1;
}

/* A decade said as words ("20 twenties", "19 sixties", "nineties", "19 hundreds"):
 * v from d (2 or 4) digits; 0 (nothing written) when v names no decade. */
static int put_decade(sb *o, int v, size_t d)
{
    if (d == 2 && v % 10 == 0 && v >= 10)
        put_number_words(o, v, 1);
    else if (d == 4 && v % 100 == 0 && v >= 1100 && v <= 1900)
        sb_printf(o, "%d hundreds", v / 100);
    else if (d == 4 && v == 2000)
        sb_puts(o, "two thousands");
    else if (d == 4 && v % 10 == 0 && ((v >= 1100 && v <= 1999) || (v >= 2010 && v <= 2090))) {
        sb_printf(o, "%d ", v / 100);
        put_number_words(o, v % 100, 1);
    } else
        return 0;
    return 1;
}

/* Decades, plural numbers, designators, initials:
 *   1960s, 1960's -> "19 sixties"; 2020s -> "20 twenties"; 1900s -> "19 hundreds";
 *   '90s, 40s -> "nineties", "forties" (espeak-ng says "ninety z");
 *   F-35, B-52s, COVID-19 -> "F 35", "B fifty-twos", "COVID 19" (no pause at the hyphen);
 *   1963 -> "19 63" (see put_year);
 *   Laura M. Hill -> "Laura M Hill": an initial's stop would be a pause, and a lone A
 *   is said as the letter, not the article.
 * Returns 1 when it wrote word i, else 0. */
static size_t numbers(sb *o, const word *w, size_t i, size_t nw)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core;
    if (!n)
        return 0;
    /* the digits and what follows them: "s" or "'s" */
    size_t d = 0;
    while (d < n && isdigit((unsigned char)c[d]))
        d++;
    size_t plural = d && ((d + 1 == n && c[d] == 's') ||
                          (d + 2 == n && c[d] == '\'' && c[d + 1] == 's'));
    /* ("1184 people" is a count; "1500 hours", round, is "15 hundred" either way) */
    if (d == n && d == 4 && atoi(c) >= 1100 && atoi(c) <= 1999 && (atoi(c) % 100 == 0 || !counted_things(w, i, nw))) {
        sb_putn(o, x->s, x->lead);
        put_year(o, atoi(c));
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "Flight 2210": a flight's four digits in pairs, as crews and airports say them
     * ("twenty-two ten"; espeak-ng would say "two thousand two hundred and ten") */
    if (d == n && d == 4 && i > 0 && !w[i - 1].trail && (equals_word(&w[i - 1], "Flight") || equals_word(&w[i - 1], "Flt")) &&
        c[0] != '0') {
        sb_putn(o, x->s, x->lead);
        put_pairs(o, atoi(c));
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    if (plural && (d == 2 || d == 4)) {
        /* "'90s": the apostrophe of the missing century is not read (a long pause) */
        size_t lead = x->lead && x->s[x->lead - 1] == '\'' ? x->lead - 1 : x->lead;
        sb_putn(o, x->s, lead);
        if (!put_decade(o, atoi(c), d)) {
            o->len -= lead;
            return 0;
        }
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "95-95-95", "90-90-90": targets of two figures each, three or more joined by
     * hyphens (and a bank's sort code, "20-00-00"), said one by one, never with
     * "dash" */
    if (d == 2 && n >= 8 && n % 3 == 2) {
        int chain = 1;
        for (size_t q = 2; q < n && chain; q += 3)
            chain = c[q] == '-' && isdigit((unsigned char)c[q + 1]) && isdigit((unsigned char)c[q + 2]);
        /* (not a date written short, "12-05-24": a day and a month first, either way) */
        int g1 = atoi(c), g2 = atoi(c + 3);
        if (chain && n == 8 &&
            ((g1 >= 1 && g1 <= 31 && g2 >= 1 && g2 <= 12) || (g1 >= 1 && g1 <= 12 && g2 >= 1 && g2 <= 31)))
            chain = 0;
        if (chain) {
            sb_putn(o, x->s, x->lead);
            for (size_t q = 0; q < n; q += 3)
                sb_printf(o, "%s%.2s", q ? ", " : "", c + q);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "mid-2020s", "early-1990s", "late-'80s": the part of a decade, then the decade
     * (espeak-ng says "mid two thousand and twenty z") */
    static const char *const parts[] = {"mid-", "early-", "late-", "pre-", "post-"};
    for (size_t k = 0; k < sizeof parts / sizeof *parts; k++) {
        size_t pl = strlen(parts[k]), q = pl + (n > pl && c[pl] == '\'');
        if (n <= q + 2 || strncasecmp(c, parts[k], pl) != 0)
            continue;
        size_t dd = 0;
        while (q + dd < n && isdigit((unsigned char)c[q + dd]))
            dd++;
        if ((dd != 2 && dd != 4) || q + dd + 1 != n || c[n - 1] != 's')
            break;
        size_t at = o->len;
        sb_putn(o, x->s, x->lead);
        sb_putn(o, c, pl - 1);
        sb_putc(o, ' ');
        if (!put_decade(o, atoi(c + q), dd)) {
            o->len = at;
            break;
        }
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "+1'42"", "1'05" behind": a race's time gap in minutes and seconds, primes as
     * feet's and inches' are: after a plus sign, or seconds of twelve or more (no
     * inches), or in a sentence about a race ("5'10"" tall stays feet and inches) */
    {
        size_t sg = c[0] == '+' ? 1 : 0, dd = 0;
        while (sg + dd < n && isdigit((unsigned char)c[sg + dd]))
            dd++;
        size_t e, id, ml;
        const char *end = c + n + x->trail;
        if (dd >= 1 && dd <= 2 && prime_pair(c, n, x->trail, sg + dd, &e, &id, &ml) && id - e == 2 &&
            atoi(c + e) < 60) {
            const char *m = c + id;
            static const char *const racing[] = {"behind", "gap", "ahead", "stage", "race", "GC", "lead", "finish",
                                                 "finished", "overall", "leader", "peloton", "time", "winner"};
            int raced = sg || atoi(c + e) >= 12;
            for (size_t r = 0; r < nw && !raced; r++)
                raced = equals_any(&w[r], racing, sizeof racing / sizeof *racing);
            if (raced) {
                int mi = atoi(c + sg), se = atoi(c + e);
                sb_putn(o, x->s, x->lead);
                sb_printf(o, "%s%d %s %d %s", sg ? "plus " : "", mi, mi == 1 ? "minute" : "minutes", se,
                          se == 1 ? "second" : "seconds");
                sb_putn(o, m + ml, (size_t)(end - m) - ml);
                return 1;
            }
        }
    }
    /* 5'10": feet and inches (primes, or the apostrophe and quotation mark typed for
     * them); the closing mark would otherwise be taken for a quotation's */
    if (d >= 1 && d <= 2 && d < n) {
        size_t e, id, ml;
        const char *end = c + n + x->trail;
        if (prime_pair(c, n, x->trail, d, &e, &id, &ml) && id - e <= 2 && atoi(c + e) < 12) {
            const char *m = c + id;
            int feet = atoi(c), inches = atoi(c + e);
            sb_putn(o, x->s, x->lead);
            sb_printf(o, "%d %s %d %s", feet, feet == 1 ? "foot" : "feet", inches, inches == 1 ? "inch" : "inches");
            sb_putn(o, m + ml, (size_t)(end - m) - ml);
            return 1;
        }
    }
    /* 3x4 (a size: "3 by 4"), 10x ("10 times"), with x or the multiplication sign */
    if (d >= 1 && d < n) {
        size_t xl = c[d] == 'x' ? 1 : (n - d >= 2 && (unsigned char)c[d] == 0xC3 && (unsigned char)c[d + 1] == 0x97) ? 2 : 0;
        if (xl && d + xl == n && d <= 4) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, d);
            sb_puts(o, " times");
            sb_putn(o, c + n, x->trail);
            return 1;
        }
        if (xl && d + xl < n && d <= 4 && n - d - xl <= 4 && all_digits(c + d + xl, n - d - xl)) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, d);
            sb_puts(o, " by ");
            sb_putn(o, c + d + xl, n - d - xl);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* a designator: letters, a hyphen, digits, perhaps a plural */
    size_t l = 0;
    while (l < n && isalpha((unsigned char)c[l]))
        l++;
    if (l >= 2 && l + 1 < n && c[l] == '-' && isupper((unsigned char)c[0])) {
        /* SALT-II, START-I: a numeral joined to a name in capitals */
        /* (of I, V and X only: "IRS-CI", "USAO-MD", "HSI-DC" are an office's letters) */
        /* (or to a name in mixed case, as constituencies are numbered: "Khushab-II",
         * "Bhakkar-I"; a lone X is a letter, "Project-X", "RAV-X") */
        int v = strspn(c + l + 1, "IVX") == n - l - 1 ? roman_value(c + l + 1, n - l - 1) : 0;
        /* ("TSX-V": an exchange's letters, data/en/exchanges.txt, spelled) */
        if (v && data_has_line("en/exchanges.txt", c, n)) {
            sb_putn(o, x->s, x->lead);
            spell(o, c, l);
            sb_putc(o, ' ');
            spell(o, c + l + 1, n - l - 1);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
        /* (but after a word that numbers a level or a part: "CLASS-X", "PART-X";
         * not a make's "Model-X", "Type-X", "Mark-X", whose X is a letter) */
        static const char *const levels[] = {"class", "grade", "part", "phase", "level", "stage", "region",
                                             "chapter", "volume", "book", "article", "section", "schedule",
                                             "annex", "tier", "form", "standard", "round", "title"};
        char lw[16];
        int counting = 0;
        if (l < sizeof lw) {
            for (size_t q = 0; q < l; q++)
                lw[q] = (char)tolower((unsigned char)c[q]);
            for (size_t q = 0; q < sizeof levels / sizeof *levels && !counting; q++)
                counting = strlen(levels[q]) == l && memcmp(levels[q], lw, l) == 0;
        }
        if (v && (n - l - 1 >= 2 || strchr("IV", c[l + 1]) || counting)) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, l);
            sb_printf(o, " %d", v);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    if (l >= 1 && l <= 5 && isupper((unsigned char)c[0]) && l + 1 < n && c[l] == '-') {
        size_t e = l + 1;
        while (e < n && isdigit((unsigned char)c[e]))
            e++;
        /* "CBET-2145678", "NSF-2234567": an award's or a case's code, its figures said
         * one by one (no count of millions) */
        if (e == n && e - l - 1 >= 5 && e - l - 1 <= 12) {
            int caps = 1;
            for (size_t q = 0; q < l; q++)
                caps &= c[q] >= 'A' && c[q] <= 'Z';
            sb_putn(o, x->s, x->lead);
            if (caps && l >= 2 && acronym_kind(c, l) != 'w')
                spell(o, c, l);
            else
                sb_putn(o, c, l);
            for (size_t q = l + 1; q < e; q++)
                sb_printf(o, " %c", c[q]);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
        /* "CA-26-014", "KDD-26-001": a drill hole's code, letters, the year, the
         * hole's number: the capitals spelled, the figures in their groups (not
         * "ka twenty-six dash zero fourteen") */
        size_t e2 = e + 1;
        while (e2 < n && isdigit((unsigned char)c[e2]))
            e2++;
        if (e < n && c[e] == '-' && e2 == n && e - l - 1 >= 2 && e - l - 1 <= 4 && e2 - e - 1 >= 2 && e2 - e - 1 <= 4 &&
            l >= 2 && l <= 4 && data_lang() == 0 && acronym_kind(c, l) != 'w') {
            int caps = 1;
            for (size_t q = 0; q < l; q++)
                caps &= c[q] >= 'A' && c[q] <= 'Z';
            /* (capitals no one says as a word only: "DEC-31-2025", "ISO-9001-2015"
             * are said as written) */
            int ak = acronym_kind(c, l);
            caps = caps && (ak == 's' || l == 2 || (txt_unsayable_caps(c, l) && !common_word(c, l))) && !dt_month(c, l);
            if (caps) {
                sb_putn(o, x->s, x->lead);
                spell(o, c, l);
                sb_putc(o, ' ');
                sb_putn(o, c + l + 1, e - l - 1);
                sb_putc(o, ' ');
                sb_putn(o, c + e + 1, e2 - e - 1);
                sb_putn(o, c + n, x->trail);
                return 1;
            }
        }
        int pl = e < n && e + 1 == n && c[e] == 's';
        if (e > l + 1 && (e == n || pl) && e - l - 1 <= 4) {
            sb_putn(o, x->s, x->lead);
            /* "OTC-2", "TCM-3": capitals that no one says as a word are spelled, as
             * before a number apart ("OTC 2"); espeak-ng reads "OTC" as "otk" */
            /* (not "AS-01", a pay classification's letters) */
            static const char *const words2[] = {"NO", "GO", "SO", "DO", "TO", "UP", "IN", "ON", "OR", "OF", "IS",
                                                 "IT", "AT", "BE", "WE", "US", "MY", "ME", "HE", "OK", "AN",
                                                 "BY", "AM"};
            int ak = l >= 2 && l <= 4 ? acronym_kind(c, l) : 0, spelled = l >= 2 && l <= 4 && data_lang() == 0;
            for (size_t q = 0; spelled && q < l; q++)
                spelled = c[q] >= 'A' && c[q] <= 'Z';
            for (size_t q = 0; spelled && l == 2 && q < sizeof words2 / sizeof *words2; q++)
                spelled = strncmp(c, words2[q], 2) != 0;
            spelled = spelled && ak != 'w' &&
                      (ak == 's' || l == 2 || (txt_unsayable_caps(c, l) && !common_word(c, l)));
            if (spelled)
                spell(o, c, l);
            else
                sb_putn(o, c, l);
            sb_putc(o, ' ');
            int v = atoi(c + l + 1);
            if (pl && e - l - 1 <= 2)
                put_number_words(o, v, 1);
            else
                sb_putn(o, c + l + 1, n - l - 1);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* an initial: one capital and a stop, inside a sentence, before a capitalised word
     * or a number (a bill: "S. 1482") */
    if (n == 1 && isupper((unsigned char)c[0]) && x->trail && c[1] == '.' && i + 1 < nw &&
        w[i + 1].core &&
        (isupper((unsigned char)w[i + 1].s[w[i + 1].lead]) || isdigit((unsigned char)w[i + 1].s[w[i + 1].lead])) &&
        x->lead == 0) {
        put_letter(o, c[0]);
        sb_putn(o, c + 2, x->trail - 1);
        return 1;
    }
    /* a genus cut to its initial before the species: "E. coli", "S. aureus", "C.
     * difficile" (its stop no pause: "E coli") */
    if (n == 1 && isupper((unsigned char)c[0]) && x->trail == 1 && c[1] == '.' && x->lead == 0 && i + 1 < nw &&
        !w[i + 1].lead && w[i + 1].core >= 4 && i > 0) {
        const word *y = &w[i + 1];
        /* (after a mark, "or" or "and", only a species' Latin ending: "options: A.
         * increase …, or B. reduce …" are labels) */
        static const char *const latin[] = {"i", "us", "ae", "um", "is", "a", "es", "ile"};
        int ending = 0;
        for (size_t q = 0; q < sizeof latin / sizeof *latin && !ending; q++) {
            size_t ll = strlen(latin[q]);
            ending = y->core > ll && memcmp(y->s + y->lead + y->core - ll, latin[q], ll) == 0;
        }
        int label_place = w[i - 1].trail || equals_word(&w[i - 1], "or") || equals_word(&w[i - 1], "and");
        int lower = !label_place || ending;
        for (size_t k = 0; k < y->core && lower; k++)
            lower = islower((unsigned char)y->s[y->lead + k]) != 0;
        if (lower && !common_word(y->s + y->lead, y->core)) {
            put_letter(o, c[0]); /* ("A. baumannii") */
            return 1;
        }
    }
    return 0;
}

/* One clock time as a person says it. */
static void say_time(sb *o, const dt_time *t)
{
    /* "00:01", "00:30 GMT": after midnight on the 24-hour clock, "12 oh 1 AM" (not
     * "0 oh 1") */
    if (t->hour == 0 && t->minute > 0 && !t->meridiem) {
        dt_time am = *t;
        am.hour = 12;
        am.meridiem = 1;
        say_time(o, &am);
        return;
    }
    if (t->minute == 0 && !t->meridiem && t->second <= 0 && (t->hour == 0 || t->hour == 24))
        sb_puts(o, "midnight");
    else if (t->minute == 0 && !t->meridiem && t->second <= 0 && t->hour == 12)
        sb_puts(o, "12 noon");
    else if (t->minute == 0 && !t->meridiem)
        sb_printf(o, t->hour >= 1 && t->hour <= 12 ? "%d o'clock" : "%d hundred", t->hour);
    else if (t->minute == 0)
        sb_printf(o, "%d", t->hour);
    else if (t->minute < 10)
        sb_printf(o, "%d oh %d", t->hour, t->minute);
    else
        sb_printf(o, "%d %d", t->hour, t->minute);
    if (t->second > 0)
        sb_printf(o, " and %d seconds", t->second);
    if (t->meridiem)
        sb_puts(o, t->meridiem == 1 ? " AM" : " PM");
    if (t->zone_say) {
        sb_putc(o, ' ');
        sb_putn(o, t->zone_say, t->zone_say_len);
    }
    if (t->offset) {
        int m = t->offset_minutes < 0 ? -t->offset_minutes : t->offset_minutes;
        sb_printf(o, "%s %s %d", t->zone_len ? "" : " U T C", t->offset_minutes < 0 ? "minus" : "plus",
                  m / 60);
        if (m % 60)
            sb_printf(o, " %d", m % 60);
    }
}


static void say_clock24(sb *o, int lead_zero, int hh, int mm);

/* A clock time starting at word i, read by dates.c, said as a person reads it: "2:14"
 * two fourteen, "2:05" two oh five, "9:00" nine o'clock, "16:00" sixteen hundred,
 * "1:32 P.M. EDT" one thirty-two PM Eastern Daylight Time (espeak-ng reads "2:05"
 * as "two zero five" and "9:00" as "nine zero zero"); a range of two ("10:00–11:15
 * GMT", "9 a.m.-5 p.m.") is said "… to …". Returns the words used. */
static size_t clock_time(sb *o, const word *w, size_t i, size_t nw)
{
    const char *c = w[i].s + w[i].lead, *end = w[nw - 1].s + w[nw - 1].n;
    if (!w[i].core || !isdigit((unsigned char)c[0]))
        return 0;
    /* (a report's or a statute's number after its series' capitals, "SOU 2023:45",
     * is no investigator's "1412:36") */
    if (w[i].core == 7 && all_digits(c, 4) && c[4] == ':' && i > 0 && !w[i - 1].trail && w[i - 1].core >= 2 &&
        !txt_has_lower(w[i - 1].s + w[i - 1].lead, w[i - 1].core) && isupper((unsigned char)w[i - 1].s[w[i - 1].lead]))
        return 0;
    /* "2315Z", "0740Z": the 24-hour clock in UTC as forces write it, "23 15 Zulu" */
    if (w[i].core == 5 && all_digits(c, 4) && c[4] == 'Z' && data_lang() == 0) {
        int hh = (c[0] - '0') * 10 + c[1] - '0', mm = (c[2] - '0') * 10 + c[3] - '0';
        if (hh <= 23 && mm <= 59) {
            sb_putn(o, w[i].s, w[i].lead);
            say_clock24(o, c[0] == '0', hh, mm);
            sb_puts(o, " Zulu");
            sb_putn(o, c + 5, w[i].trail);
            return 1;
        }
    }
    /* "00:01hrs": the 24-hour clock's first hour with its hours' word joined, said on
     * that clock, "zero zero zero 1 hours" (not "12 oh 1 AM hours"; "22:47hrs" is "22 47
     * hours" by the unit's rules) */
    if (w[i].core == 8 && c[0] == '0' && c[1] == '0' && c[2] == ':' && isdigit((unsigned char)c[3]) &&
        isdigit((unsigned char)c[4]) && (memcmp(c + 5, "hrs", 3) == 0 || memcmp(c + 5, "Hrs", 3) == 0)) {
        int mm = (c[3] - '0') * 10 + c[4] - '0';
        if (mm >= 1 && mm <= 59) {
            sb_putn(o, w[i].s, w[i].lead);
            sb_printf(o, mm < 10 ? "zero zero zero %d hours" : "zero zero %d hours", mm);
            sb_putn(o, c + 8, w[i].trail);
            return 1;
        }
    }
    dt_time t, t2;
    size_t k = dt_time_at(c, (size_t)(end - c), &t), d, k2 = 0;
    if (!k)
        return 0;
    /* ("10 a.m. - 8 p.m.": the dash spaced on both sides, as notices set it) */
    size_t sp = c + k + 1 < end && c[k] == ' ' && (c[k + 1] == '-' || (unsigned char)c[k + 1] == 0xE2) ? 1 : 0;
    if ((d = range_dash(c + k + sp, end)) && sp && c + k + sp + d < end && c[k + sp + d] == ' ')
        d += 1;
    else if (sp)
        d = 0;
    if (d && isdigit((unsigned char)c[k + sp + d]) &&
        (k2 = dt_time_at(c + k + sp + d, (size_t)(end - c - k - sp - d), &t2)))
        k += sp + d + k2;
    /* ("6pm–midnight", "9am – noon": a range that ends at midnight or noon) */
    else if (d && t.meridiem) {
        const char *x = c + k + sp + d;
        size_t xl = (size_t)(end - x);
        int mid = xl >= 8 && u8_ncasecmp(x, "midnight", 8) == 0 && (xl == 8 || !isalpha((unsigned char)x[8]));
        int noon = xl >= 4 && u8_ncasecmp(x, "noon", 4) == 0 && (xl == 4 || !isalpha((unsigned char)x[4]));
        if (mid || noon) {
            memset(&t2, 0, sizeof t2);
            t2.hour = mid ? 24 : 12;
            k2 = mid ? 8 : 4;
            k += sp + d + k2;
        }
    }
    size_t j = word_at(w, i, nw, c + k);
    const char *core_end = w[j].s + w[j].lead + w[j].core, *word_end = w[j].s + w[j].n;
    if (c + k < core_end || c + k > word_end)
        return 0;
    sb_putn(o, w[i].s, w[i].lead);
    if (!k2 && c[0] == '0' && c[1] == '0' && c[2] == ':' && t.hour == 0 && t.second >= 0 &&
        !t.meridiem && !t.zone_say && !t.offset) {
        /* "00:07:48": a running time, not seven minutes past midnight */
        if (t.minute)
            sb_printf(o, "%d minute%s%s", t.minute, t.minute == 1 ? "" : "s", t.second ? " " : "");
        if (t.second || !t.minute)
            sb_printf(o, "%d second%s", t.second, t.second == 1 ? "" : "s");
        const char *tr0 = c + k > core_end && j + 1 < nw ? c + k : core_end;
        sb_putn(o, tr0, (size_t)(word_end - tr0));
        return j - i + 1;
    }
    /* "11:00–20:00": a range on the 24-hour clock is said on it at both ends ("11
     * hundred to 20 hundred", not "11 o'clock to 20 hundred") */
    int clock24 = k2 && !t.meridiem && !t2.meridiem && (t.hour > 12 || t2.hour > 12) && t.hour <= 23 &&
                  t2.hour <= 23;
    for (int side = 0; side < (k2 ? 2 : 1); side++) {
        const dt_time *tt = side ? &t2 : &t;
        if (side)
            sb_puts(o, " to ");
        /* ("08:00": "oh 8 hundred", as the 24-hour clock is said) */
        const char *written = side ? c + k - k2 : c;
        if (clock24 && tt->minute == 0 && tt->second <= 0 && tt->hour >= 1 && tt->hour <= 12 && !tt->zone_say &&
            !tt->offset)
            sb_printf(o, "%s%d hundred", written[0] == '0' ? "oh " : "", tt->hour);
        else
            say_time(o, tt);
    }
    /* a stop the time took ("p.m.") is its own, unless it also ends the sentence */
    const char *tr = c + k > core_end && j + 1 < nw ? c + k : core_end;
    sb_putn(o, tr, (size_t)(word_end - tr));
    return j - i + 1;
}

/* The minor unit of the currency written c[0, n) ("cent" and "cents" for "$"), from
 * the fourth and fifth fields of data/en/currencies.txt: 1, or 0 when it has none. */
static int minor_unit(const char *c, size_t n, const char **one, size_t *onel, const char **many, size_t *manyl)
{
    const char *line;
    size_t len;
    if (!n || !data_field_lines("en/currencies.txt", c, n, 0, &line, &len, 1))
        return 0;
    *one = field(line, len, 3, onel);
    *many = field(line, len, 4, manyl);
    return *one && *many && *onel && *manyl;
}

/* Money: "€100m", "$3.2bn", "£5", "EUR 100", "100 euros" is left alone. */
static size_t money_as_written(sb *o, const word *w, size_t i, size_t nw);

/* Whether x is a pair of currencies' codes, as exchange rates are named ("EUR/USD"). */
static int currency_pair(const word *x)
{
    const char *c = x->s + x->lead;
    const char *one, *many;
    size_t onel, manyl;
    return x->core == 7 && c[3] == '/' && isupper((unsigned char)c[0]) && isupper((unsigned char)c[4]) &&
           currency_at(c, 3, &one, &onel, &many, &manyl) == 3 && currency_at(c + 4, 3, &one, &onel, &many, &manyl) == 3;
}

/* An amount with two decimals, num[0, n) ("3.50", "0.81"), in its currency's units and
 * minor units: "3 euros and 50 cents", "81 cents", "1 pound and 1 penny", "0 dollars". */
static void put_with_cents(sb *o, const char *num, size_t n, const char *one, size_t onel, const char *many,
                           size_t manyl, const char *m1, size_t m1l, const char *mm, size_t mml)
{
    size_t whole = n - 3;
    int cents = (num[n - 2] - '0') * 10 + (num[n - 1] - '0');
    int zero = whole == 1 && num[0] == '0', unit = whole == 1 && num[0] == '1';
    if (!zero || !cents) {
        sb_putn(o, num, whole);
        sb_putc(o, ' ');
        sb_putn(o, unit ? one : many, unit ? onel : manyl);
    }
    if (cents) {
        sb_printf(o, "%s%d ", zero ? "" : " and ", cents);
        /* ("A$0.25": "25 Australian cents"; the unit's word before its last says whose
         * cents they are, when no dollar is said) */
        const char *sp = NULL;
        for (size_t k = 0; zero && k < onel; k++)
            if (one[k] == ' ')
                sp = one + k;
        if (sp && mml && memchr(mm, ' ', mml) == NULL)
            sb_printf(o, "%.*s ", (int)(sp - one), one);
        sb_putn(o, cents == 1 ? m1 : mm, cents == 1 ? m1l : mml);
    }
}

/* The currency whose sign or code ("€", "EUR") or spoken unit ("euros", "euro") is
 * w[0, n): the first field of its line in data/en/currencies.txt, for minor_unit. */
static int currency_named(const char *w, size_t n, const char **key, size_t *keyl)
{
    const char *one, *many;
    size_t onel, manyl;
    if (currency_at(w, n, &one, &onel, &many, &manyl) == n) {
        *key = w;
        *keyl = n;
        return 1;
    }
    /* (not "pounds": "weighed 2.50 pounds" is a weight) */
    if (n < 4 || !islower((unsigned char)w[0]) || (n >= 5 && strncmp(w, "pound", 5) == 0))
        return 0;
    const data_file *f = data_get("en/currencies.txt");
    const char *line;
    size_t pos = 0, len;
    while (f && data_next_line(f, &pos, &line, &len)) {
        size_t kl = 0, ol = 0, ml = 0;
        const char *k = field(line, len, 0, &kl), *o1 = field(line, len, 1, &ol), *m = field(line, len, 2, &ml);
        if (k && ((o1 && ol == n && strncmp(o1, w, n) == 0) || (m && ml == n && strncmp(m, w, n) == 0))) {
            *key = k;
            *keyl = kl;
            return 1;
        }
    }
    return 0;
}

/* A span of time after a slash as an amount is said per it ("$35/month", "$60bn/yr"):
 * the span's word for u[0, n) in any case, or NULL. `which` 'p' for a price ("/night"
 * too), 's' for a scaled amount ("/quarter" too), 'r' for a range's end (neither). */
static const char *per_time(const char *u, size_t n, char which)
{
    static const struct {
        const char *written, *say;
        char only;
    } spans[] = {{"month", "month", 0}, {"mo", "month", 0},  {"year", "year", 0},  {"yr", "year", 0},
                 {"day", "day", 0},     {"week", "week", 0}, {"wk", "week", 0},    {"hour", "hour", 0},
                 {"hr", "hour", 0},     {"night", "night", 'p'}, {"quarter", "quarter", 's'}, {"qtr", "quarter", 's'}};
    for (size_t k = 0; k < sizeof spans / sizeof *spans; k++)
        if ((!spans[k].only || spans[k].only == which) && strlen(spans[k].written) == n &&
            u8_ncasecmp(u, spans[k].written, n) == 0)
            return spans[k].say;
    return NULL;
}

/* "3.50 euros", "4.99 EUR", "3,50 €" (its comma a point by now): a price with its
 * cents, the currency after it, as much of Europe writes it. espeak-ng would say
 * "three point five zero euros"; said as the sign before it is, "3 euros and 50
 * cents". A whole amount ("100 euros") is left as it is. */
static size_t money_after(sb *o, const word *w, size_t i, size_t nw)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core;
    if (n < 4 || x->trail || i + 1 >= nw || w[i + 1].lead || !w[i + 1].core || c[n - 3] != '.' ||
        !isdigit((unsigned char)c[0]) || !isdigit((unsigned char)c[n - 2]) || !isdigit((unsigned char)c[n - 1]))
        return 0;
    for (size_t q = 0; q < n - 3; q++)
        if (!isdigit((unsigned char)c[q]) && !(c[q] == ',' && q > 0 && q + 4 <= n - 3))
            return 0;
    const word *y = &w[i + 1];
    const char *key, *one, *many, *m1, *mm;
    size_t keyl, onel, manyl, m1l, mml;
    if (!currency_named(y->s + y->lead, y->core, &key, &keyl) || !currency_at(key, keyl, &one, &onel, &many, &manyl) ||
        !minor_unit(key, keyl, &m1, &m1l, &mm, &mml))
        return 0;
    sb_putn(o, x->s, x->lead);
    put_with_cents(o, c, n, one, onel, many, manyl, m1, m1l, mm, mml);
    sb_putn(o, y->s + y->lead + y->core, y->trail);
    return 2;
}

/* The amount w[i] names once rewritten as `as` (its sign or brackets taken off), said
 * after `say` ("minus ", "negative "): by the rules for amounts after their number
 * too when `after`. The words used, or 0 with nothing written. */
static size_t money_rewritten(sb *o, const word *w, size_t i, size_t nw, word as, const char *say, int after)
{
    word *copy = malloc(nw * sizeof *copy);
    if (!copy)
        return 0;
    memcpy(copy, w, nw * sizeof *copy);
    copy[i] = as;
    size_t at = o->len;
    sb_putn(o, w[i].s, w[i].lead);
    sb_puts(o, say);
    size_t used = after ? money_after(o, copy, i, nw) : 0;
    if (!used)
        used = money_as_written(o, copy, i, nw);
    free(copy);
    if (!used)
        o->len = at;
    return used;
}

/* Whether a word of loss comes in the six words before w[i]: after it, an amount's
 * brackets say what the word has said ("net loss of $(12.4) million, or $(0.31) per
 * share" is no "loss of negative …"). */
static int after_loss(const word *w, size_t i)
{
    static const char *const said[] = {"loss", "losses", "deficit", "deficits", "shortfall", "outflow", "outflows"};
    for (size_t k = i; k > 0 && i - k < 7; k--) {
        const word *t = &w[k - 1];
        /* (not a caption of both signs, the loss in brackets: "net income (loss)",
         * "inflow (outflow)"; nor one before a comma, another clause's: "After heavy
         * outflows, net flows of …"; an amount before its comma goes on with the
         * list, "Net loss per share was $(0.12), against $(0.31)") */
        int comma = t->trail && memchr(t->s + t->lead + t->core, ',', t->trail) != NULL &&
                    strcspn(t->s + t->lead, "0123456789") >= t->core;
        if (equals_any(t, said, sizeof said / sizeof *said))
            return !(t->lead && t->s[0] == '(') && !comma;
        if (comma)
            return 0;
    }
    return 0;
}

/* and an account's negative amount, its number in brackets after the currency
 * ("$(0.12)", "$(4.1) million"): "negative", then the amount */
static size_t money(sb *o, const word *w, size_t i, size_t nw)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core, cl = 0;
    const char *one, *many;
    size_t onel, manyl;
    /* "quoting CAD 1234 of 5 May": a police log (Computer Aided Dispatch), no dollars */
    /* (after "citing", "incident", "log" and "reference" too: "citing CAD 2231") */
    if (n == 3 && memcmp(c, "CAD", 3) == 0 && i > 0 && !w[i - 1].trail &&
        (equals_word(&w[i - 1], "quoting") || equals_word(&w[i - 1], "quote") || equals_word(&w[i - 1], "Quote") ||
         equals_word(&w[i - 1], "citing") || equals_word(&w[i - 1], "incident") || equals_word(&w[i - 1], "Incident") ||
         equals_word(&w[i - 1], "reference") || equals_word(&w[i - 1], "log")))
        return 0;
    /* "$(1.7)-(1.9) billion": a range of losses in an outlook's table, each end in
     * brackets; "negative 1.7 to negative 1.9 billion dollars" */
    if (data_lang() == 0 && n >= 7 && (cl = currency_at(c, n, &one, &onel, &many, &manyl)) && cl + 1 < n && c[cl] == '(') {
        size_t a1 = cl + 1, l1 = number_len(c + a1, n - a1);
        size_t b1 = a1 + l1, dl = l1 && b1 + 1 < n && c[b1] == ')' ? range_dash(c + b1 + 1, c + n) : 0;
        size_t a2 = b1 + 1 + dl + (dl && b1 + 1 + dl < n && c[b1 + 1 + dl] == '(' ? 1 : 0);
        size_t l2 = dl && a2 > b1 + 1 + dl ? number_len(c + a2, n - a2) : 0;
        int closed = l2 && ((a2 + l2 == n && x->trail && c[n] == ')') || (a2 + l2 + 1 == n && c[a2 + l2] == ')'));
        if (closed) {
            size_t used = 1, sl0 = 0;
            const char *sc0 = NULL;
            const word *last = x;
            size_t skip = a2 + l2 == n ? 1 : 0; /* (the closing bracket in the trail) */
            if (x->trail == skip && i + 1 < nw && !w[i + 1].lead && (sc0 = scale(w[i + 1].s, w[i + 1].core, &sl0))) {
                used = 2;
                last = &w[i + 1];
                skip = 0;
            }
            int loss = after_loss(w, i);
            sb_putn(o, x->s, x->lead);
            sb_puts(o, loss ? "" : "negative ");
            sb_putn(o, c + a1, l1);
            sb_puts(o, loss ? " to " : " to negative ");
            sb_putn(o, c + a2, l2);
            if (sc0) {
                sb_putc(o, ' ');
                sb_putn(o, sc0, sl0);
            }
            sb_putc(o, ' ');
            sb_putn(o, many, manyl);
            sb_putn(o, last->s + last->lead + last->core + skip, last->trail - skip);
            return used;
        }
    }
    if (n >= 3 && x->trail && c[n] == ')' && c[0] != '(' && (cl = currency_at(c, n, &one, &onel, &many, &manyl)) &&
        cl + 1 < n && c[cl] == '(' && isdigit((unsigned char)c[cl + 1]) && n + x->trail < 64 && nw <= 4096) {
        char buf[64];
        memcpy(buf, c, cl);
        memcpy(buf + cl, c + cl + 1, n - cl - 1);
        memcpy(buf + n - 1, c + n + 1, x->trail - 1); /* what follows the bracket */
        int loss = after_loss(w, i);
        return money_rewritten(o, w, i, nw, (word){buf, n - 1 + x->trail - 1, 0, n - 1, x->trail - 1},
                               loss ? "" : "negative ", 0);
    }
    /* "+$3.1m", "-€1.2 billion", "−$0.05": a sign, then the amount (espeak-ng drops
     * a minus before a currency's sign) */
    size_t sl = n >= 2 && (c[0] == '+' || c[0] == '-') ? 1 : n >= 4 && memcmp(c, "\xE2\x88\x92", 3) == 0 ? 3 : 0;
    if (sl && data_lang() == 0 && (cl = currency_at(c + sl, n - sl, &one, &onel, &many, &manyl)) &&
        (cl < n - sl ? isdigit((unsigned char)c[sl + cl]) : i + 1 < nw && isdigit((unsigned char)w[i + 1].s[w[i + 1].lead])) &&
        nw <= 4096)
        return money_rewritten(o, w, i, nw, (word){c + sl, x->n - x->lead - sl, 0, n - sl, x->trail},
                               c[0] == '+' ? "plus " : "minus ", 1);
    size_t after = data_lang() == 0 ? money_after(o, w, i, nw) : 0;
    return after ? after : money_as_written(o, w, i, nw);
}

static size_t money_as_written(sb *o, const word *w, size_t i, size_t nw)
{
    const char *c = w[i].s + w[i].lead;
    size_t n = w[i].core, used = 1;
    const char *one = NULL, *many = NULL;
    size_t onel = 0, manyl = 0;
    /* an amount has its digits in the word ("€100m") or starts the next ("EUR 100"):
     * no other word is looked up (this runs for every word) */
    if (!txt_has_digit(c, n) && !(i + 1 < nw && isdigit((unsigned char)w[i + 1].s[w[i + 1].lead])))
        return 0;
    size_t cl = currency_at(c, n, &one, &onel, &many, &manyl);
    /* ("Hong Kong SAR 2025": a Special Administrative Region, no riyals) */
    if (cl == 3 && n == 3 && memcmp(c, "SAR", 3) == 0 && i > 0 &&
        (equals_word(&w[i - 1], "Kong") || equals_word(&w[i - 1], "Macao") || equals_word(&w[i - 1], "Macau")))
        return 0;
    const char *num;
    size_t numl, rest;
    if (cl && cl < n && isdigit((unsigned char)c[cl])) {
        num = c + cl;
        rest = n - cl;
    } else if (cl && cl == n && i + 1 < nw && isdigit((unsigned char)w[i + 1].s[w[i + 1].lead])) {
        /* "EUR 100", "€ 100" (a currency there is: not a colon set apart, "Number : 4821K") */
        used = 2;
        num = w[i + 1].s + w[i + 1].lead;
        rest = w[i + 1].core;
    } else {
        return 0;
    }
    numl = number_len(num, rest);
    if (!numl)
        return 0;
    /* "SAR 1.285 trillion", "KD 2.4 billion", "worth Shs 31,000": letters that are other
     * things as often ("flight QR 817", "the SAR 3 team", "HH"), money only with a
     * scale, a point or a group's comma, or a word of paying before */
    {
        static const char *const weak[] = {"QR", "KD", "SAR", "OMR", "BHD", "JOD", "Dh", "Dhs", "Shs", "Shs.", "USh"};
        static const char *const paying[] = {"worth", "cost", "costs", "costing", "paid", "pay", "pays", "fine",
                                             "fined", "price", "priced", "fee", "fees", "salary", "spent", "spend",
                                             "budget", "raised", "of", "at", "for", "about", "around", "nearly",
                                             "over", "than", "to", "from", "and", "or", "each",
                                             "only", "just", "some", "valued", "totalling", "totaling", "reached"};
        size_t cw = cl;
        while (cw > 0 && c[cw - 1] == ' ')
            cw--;
        int is_weak = 0;
        for (size_t q = 0; q < sizeof weak / sizeof *weak && !is_weak; q++)
            is_weak = strlen(weak[q]) == cw && memcmp(c, weak[q], cw) == 0;
        if (is_weak) {
            size_t nsl;
            const word *after = i + used < nw ? &w[i + used] : NULL;
            int money = memchr(num, '.', numl) || memchr(num, ',', numl) || numl < rest ||
                        (after && !w[i + used - 1].trail && scale(after->s + after->lead, after->core, &nsl)) ||
                        (i > 0 && !w[i - 1].trail && equals_any(&w[i - 1], paying, sizeof paying / sizeof *paying));
            if (!money)
                return 0;
        }
    }
    /* "the NIS2 Directive", "Under NIS2,", "NIS 2 Directive": a code's letters and one
     * figure, joined or before a name, are a name ("NIS 500", "EUR5m" are amounts) */
    if (cl >= 3 && numl == 1 && numl == rest && isupper((unsigned char)c[0]) && isupper((unsigned char)c[cl - 1]) &&
        (used == 1 || (!w[i + 1].trail && i + 2 < nw && w[i + 2].core >= 2 && isupper((unsigned char)w[i + 2].s[w[i + 2].lead]) &&
                       txt_has_lower(w[i + 2].s + w[i + 2].lead, w[i + 2].core))))
        return 0;
    const word *last = &w[i + used - 1];
    size_t sl = 0;
    const char *sc = NULL;
    /* "a $3.2B contract", "an £8m grant": an amount before its noun is said in the
     * singular ("a 3.2 billion dollar contract") */
    int attributive = i > 0 && !w[i - 1].trail && indefinite_article(&w[i - 1]), acronym_noun = 0;
    /* "a projected $3.2 billion shortfall", "a new $40 million stadium": an adjective
     * between the article and the amount */
    if (!attributive && i > 1 && !w[i - 1].trail && !w[i - 2].trail && !w[i - 1].lead && w[i - 1].core >= 3 &&
        islower((unsigned char)w[i - 1].s[0]) && data_lang() == 0 && indefinite_article(&w[i - 2])) {
        int letters = 1;
        for (size_t q = 0; q < w[i - 1].core; q++)
            letters &= isalpha((unsigned char)w[i - 1].s[q]) || w[i - 1].s[q] == '-';
        attributive = letters && !(w[i - 1].core == 3 && strncmp(w[i - 1].s, "few", 3) == 0);
    }
    /* "The $300 rebate starts now", "the £362m fleet is new": after "the" (or "this",
     * "its" …), an amount, a noun and then a verb: the amount names the noun's size */
    if (!attributive && i > 0 && !w[i - 1].trail && data_lang() == 0 && i + used < nw && !last->trail) {
        static const char *const dets[] = {"the", "The", "this", "This", "its", "Its", "our", "Our", "their", "Their"};
        static const char *const verbs[] = {"is", "was", "will", "would", "has", "had", "starts", "started", "begins",
                                            "began", "opens", "opened", "applies", "includes", "covers", "comes",
                                            "remains", "helps", "funds", "pays", "goes", "can", "should", "must"};
        /* (past a scale word: "The $11 billion estimate was dropped") */
        size_t nsl0, at = i + used;
        if (at + 2 < nw && !w[at].lead && !w[at].trail && scale(w[at].s, w[at].core, &nsl0))
            at++;
        const word *nn = &w[at], *vb = at + 1 < nw ? &w[at + 1] : NULL;
        int det = 0, verb = 0, noun = !nn->lead && !nn->trail && nn->core >= 4 && islower((unsigned char)nn->s[0]);
        for (size_t q = 0; q < sizeof dets / sizeof *dets && !det; q++)
            det = equals_word(&w[i - 1], dets[q]);
        /* (or an adjective between: "The earlier $11 billion estimate was dropped") */
        if (!det && i > 1 && !w[i - 2].trail && !w[i - 1].lead && w[i - 1].core >= 3 &&
            islower((unsigned char)w[i - 1].s[0])) {
            int letters = 1;
            for (size_t q = 0; q < w[i - 1].core; q++)
                letters &= isalpha((unsigned char)w[i - 1].s[q]) || w[i - 1].s[q] == '-';
            for (size_t q = 0; letters && q < sizeof dets / sizeof *dets && !det; q++)
                det = equals_word(&w[i - 2], dets[q]);
            for (size_t q = 0; det && q < sizeof verbs / sizeof *verbs; q++)
                det = !equals_word(&w[i - 1], verbs[q]);
        }
        for (size_t q = 0; noun && q < nn->core; q++)
            noun = isalpha((unsigned char)nn->s[q]) != 0;
        for (size_t q = 0; q < sizeof verbs / sizeof *verbs && !verb; q++)
            verb = vb && !vb->lead && equals_word(vb, verbs[q]);
        /* (not a verb itself before the other: "the $300 was paid") */
        for (size_t q = 0; noun && q < sizeof verbs / sizeof *verbs; q++)
            noun = !equals_word(nn, verbs[q]);
        size_t nsl;
        /* ("of our £6m target", "their $5bn plan": after a possessive, a noun alone
         * names the amount's size, no verb needed; not a participle or an adverb, "our
         * £6m raised", "our £6m already") */
        static const char *const owners[] = {"our", "Our", "their", "Their", "its", "Its", "my", "My", "your",
                                             "Your", "his", "His", "her", "Her"};
        static const char *const not_nouns[] = {"already", "again", "instead", "spent", "left", "more", "less",
                                                "alone", "back", "each", "here", "there",
                                                /* ("raised our £6m through …", "paid their £30 online") */
                                                "through", "within", "online", "before", "after", "during", "from",
                                                "into", "onto", "over", "under", "since", "until", "across",
                                                "towards", "toward", "with", "without", "away", "home", "last",
                                                "next", "this", "that", "then", "than", "also", "even", "just",
                                                "still", "only", "once", "twice", "today", "tonight", "yesterday",
                                                "tomorrow", "year", "month", "week", "annually", "outright"};
        const char *ne = nn->s + nn->core;
        int owned = !nn->lead && nn->core >= 4 && islower((unsigned char)nn->s[0]) &&
                    equals_any(&w[i - 1], owners, sizeof owners / sizeof *owners) &&
                    !(ne[-2] == 'e' && ne[-1] == 'd') && !(ne[-2] == 'l' && ne[-1] == 'y') &&
                    !equals_any(nn, not_nouns, sizeof not_nouns / sizeof *not_nouns);
        for (size_t q = 0; owned && q < nn->core; q++)
            owned = isalpha((unsigned char)nn->s[q]) != 0;
        for (size_t q = 0; owned && q < sizeof verbs / sizeof *verbs; q++)
            owned = !equals_word(nn, verbs[q]);
        attributive = det && ((noun && verb) || owned) && !scale(nn->s, nn->core, &nsl); /* (not "million") */
        /* "finds $230 million IT project", "a $40m NHS contract": an acronym and a noun
         * in the singular after the amount, which names the project's size */
        const word *ac = &w[at], *an = at + 1 < nw ? &w[at + 1] : NULL;
        /* (not a mass noun in -ing: "spent $3 billion EU funding") */
        int caps = !ac->lead && !ac->trail && ac->core >= 2 && ac->core <= 5 && an && !an->lead &&
                   an->core >= 4 && islower((unsigned char)an->s[0]) && an->s[an->core - 1] != 's' &&
                   memcmp(an->s + an->core - 3, "ing", 3) != 0 &&
                   !equals_any(an, not_nouns, sizeof not_nouns / sizeof *not_nouns) &&
                   !equals_any(an, verbs, sizeof verbs / sizeof *verbs);
        for (size_t q = 0; caps && q < ac->core; q++)
            caps = isupper((unsigned char)ac->s[q]) != 0;
        for (size_t q = 0; caps && q < an->core; q++)
            caps = isalpha((unsigned char)an->s[q]) != 0;
        attributive |= caps;
        acronym_noun = caps;
    }
    const char *many0 = many;
    size_t manyl0 = manyl;
    if (attributive) {
        many = one;
        manyl = onel;
    }
    /* "between $20 and $25 billion", "from $20 to $25 billion", "€3 to €4 million": the
     * scale said once, at the range's end, is its start's too; the start is said as its
     * number alone ("between 20 and 25 billion dollars") */
    if (used == 1 && numl == rest && !w[i].trail && i + 2 < nw && data_lang() == 0 && !w[i + 1].lead &&
        !w[i + 1].trail &&
        (equals_word(&w[i + 1], "to") ||
         (equals_word(&w[i + 1], "and") && i > 0 && (equals_word(&w[i - 1], "between") || equals_word(&w[i - 1], "Between"))))) {
        const word *y = &w[i + 2];
        const char *yc = y->s + y->lead, *o2 = NULL, *m2 = NULL;
        size_t ol2 = 0, ml2 = 0, c2 = currency_at(yc, y->core, &o2, &ol2, &m2, &ml2), n2 = 0, ysl = 0;
        if (c2 && c2 < y->core && ml2 == manyl0 && strncmp(m2, many0, manyl0) == 0)
            n2 = number_len(yc + c2, y->core - c2);
        /* (the start no larger than the end: "from $500 to $1 million" is 500 dollars) */
        if (n2 && plain_value(num, numl) > plain_value(yc + c2, n2))
            n2 = 0;
        int scaled = 0;
        if (n2 && c2 + n2 < y->core)
            scaled = money_scale(yc + c2 + n2, y->core - c2 - n2, &ysl) != NULL;
        else if (n2 && !y->trail && i + 3 < nw && !w[i + 3].lead)
            scaled = scale(w[i + 3].s, w[i + 3].core, &ysl) != NULL;
        if (scaled) {
            sb_putn(o, w[i].s, w[i].lead);
            sb_putn(o, num, numl);
            return 1;
        }
    }
    /* "$5.60–$5.80", "€10-12m", "$1.60B-$1.64B": a range of the one currency, said once
     * at its end, with the scale once when both ends have it */
    size_t after = numl, s1l = 0;
    const char *sc1 = NULL;
    if (numl < rest) {
        size_t k = numl;
        while (k < rest && isalpha((unsigned char)num[k]))
            k++;
        if (k > numl && k < rest && (sc1 = money_scale(num + numl, k - numl, &s1l)) != NULL)
            after = k;
    }
    size_t dl = after < rest ? range_dash(num + after, num + rest) : 0;
    if (dl) { /* ("SEK 350-400m": its code a word before) */
        const char *r2 = num + after + dl, *end = num + rest;
        const char *o2 = NULL, *m2 = NULL;
        size_t ol2 = 0, ml2 = 0;
        size_t c2 = currency_at(r2, (size_t)(end - r2), &o2, &ol2, &m2, &ml2);
        if (c2 && !(ml2 == manyl0 && strncmp(m2, many0, manyl0) == 0))
            return 0;
        size_t n2 = number_len(r2 + c2, (size_t)(end - r2 - c2));
        const char *sc2 = NULL;
        size_t sl2 = 0;
        if (n2 && r2 + c2 + n2 < end)
            sc2 = money_scale(r2 + c2 + n2, (size_t)(end - r2 - c2 - n2), &sl2);
        /* "$10–$15 million": the scale in the next word */
        size_t took = used;
        const word *lw = last;
        if (n2 && r2 + c2 + n2 == end && !sc1 && !last->trail && i + used < nw && !w[i + used].lead &&
            (sc2 = scale(w[i + used].s + w[i + used].lead, w[i + used].core, &sl2)) != NULL) {
            took = used + 1;
            lw = &w[i + used];
        }
        /* "$230–$310/yr": a range of prices per unit of time */
        const char *unit_say = NULL;
        char per_unit_say[80];
        const char *span = n2 && !sc2 && r2 + c2 + n2 + 1 < end && r2[c2 + n2] == '/'
                               ? per_time(r2 + c2 + n2 + 1, (size_t)(end - r2 - c2 - n2 - 1), 'r')
                               : NULL;
        if (span) {
            snprintf(per_unit_say, sizeof per_unit_say, "%s %s", strcmp(span, "hour") == 0 ? "an" : "a", span);
            unit_say = per_unit_say;
        }
        /* "A$2,150–2,350/oz": per a unit of data/en/units.txt */
        const char *ul0 = r2 + c2 + n2 + 1;
        const char *uline;
        size_t ulen, uone = 0;
        if (n2 && !sc2 && !unit_say && ul0 < end && ul0[-1] == '/' &&
            data_field_lines("en/units.txt", ul0, (size_t)(end - ul0), 0, &uline, &ulen, 1)) {
            const char *u1 = field(uline, ulen, 1, &uone);
            if (u1 && uone + 5 < sizeof per_unit_say) {
                snprintf(per_unit_say, sizeof per_unit_say, "per %.*s", (int)uone, u1);
                unit_say = per_unit_say;
            }
        }
        /* "$0.20-$0.24": cents at both ends, "20 to 24 cents" */
        const char *m1 = NULL, *mm = NULL;
        size_t m1l = 0, mml = 0;
        if (n2 == 4 && numl == 4 && r2 + c2 + n2 == end && !sc1 && !sc2 && took == used && num[0] == '0' &&
            num[1] == '.' && r2[c2] == '0' && r2[c2 + 1] == '.' && isdigit((unsigned char)num[2]) &&
            isdigit((unsigned char)num[3]) && isdigit((unsigned char)r2[c2 + 2]) && isdigit((unsigned char)r2[c2 + 3]) &&
            minor_unit(c, cl, &m1, &m1l, &mm, &mml)) {
            int lo = (num[2] - '0') * 10 + (num[3] - '0'), hi = (r2[c2 + 2] - '0') * 10 + (r2[c2 + 3] - '0');
            sb_putn(o, w[i].s, w[i].lead);
            sb_printf(o, "%d to %d ", lo, hi);
            sb_putn(o, mm, mml);
            sb_putn(o, lw->s + lw->lead + lw->core, lw->trail);
            return took;
        }
        /* "$4.90-$5.05": dollars and cents at both ends, said as each alone is */
        if (n2 >= 4 && numl >= 4 && r2 + c2 + n2 == end && !sc1 && !sc2 && num[numl - 3] == '.' &&
            r2[c2 + n2 - 3] == '.' && isdigit((unsigned char)num[numl - 1]) && isdigit((unsigned char)num[numl - 2]) &&
            isdigit((unsigned char)r2[c2 + n2 - 1]) && isdigit((unsigned char)r2[c2 + n2 - 2]) &&
            minor_unit(c, cl, &m1, &m1l, &mm, &mml)) {
            sb_putn(o, w[i].s, w[i].lead);
            put_with_cents(o, num, numl, one, onel, many0, manyl0, m1, m1l, mm, mml);
            sb_puts(o, " to ");
            put_with_cents(o, r2 + c2, n2, one, onel, many0, manyl0, m1, m1l, mm, mml);
            sb_putn(o, lw->s + lw->lead + lw->core, lw->trail);
            return took;
        }
        if (n2 && (r2 + c2 + n2 == end || sc2 || unit_say) && (!sc1 || sc2)) {
            sb_putn(o, w[i].s, w[i].lead);
            sb_putn(o, num, numl);
            if (sc1 && !(sl2 == s1l && strncmp(sc1, sc2, s1l) == 0)) {
                sb_putc(o, ' ');
                sb_putn(o, sc1, s1l);
            }
            sb_puts(o, " to ");
            sb_putn(o, r2 + c2, n2);
            if (sc2) {
                sb_putc(o, ' ');
                sb_putn(o, sc2, sl2);
            }
            sb_putc(o, ' ');
            sb_putn(o, many, manyl);
            if (unit_say) {
                sb_putc(o, ' ');
                sb_puts(o, unit_say);
            }
            sb_putn(o, lw->s + lw->lead + lw->core, lw->trail);
            return took;
        }
    }
    /* "$60bn/month", "€2m/yr": an amount with its scale, per a unit of time */
    if (used == 1 && numl + 3 < rest) {
        size_t k = numl;
        while (k < rest && isalpha((unsigned char)num[k]))
            k++;
        size_t scl = 0;
        const char *scx = k > numl && k + 1 < rest && num[k] == '/' ? money_scale(num + numl, k - numl, &scl) : NULL;
        const char *say = scx ? per_time(num + k + 1, rest - k - 1, 's') : NULL;
        if (say) {
            sb_putn(o, w[i].s, w[i].lead);
            sb_putn(o, num, numl);
            sb_putc(o, ' ');
            sb_putn(o, scx, scl);
            sb_putc(o, ' ');
            sb_putn(o, many, manyl);
            sb_puts(o, strcmp(say, "hour") == 0 ? " an " : " a ");
            sb_puts(o, say);
            sb_putn(o, c + n, w[i].trail);
            return 1;
        }
    }
    /* "$35/month", "€1.20/kWh": a price per unit (of one letter too when it is one of
     * data/en/units.txt: "US$60/t", per tonne) */
    const char *one_line;
    size_t one_len;
    if ((numl + 2 < rest ||
         (numl + 2 == rest && isalpha((unsigned char)num[numl + 1]) &&
          data_field_lines("en/units.txt", num + numl + 1, 1, 0, &one_line, &one_len, 1))) &&
        num[numl] == '/' && used <= 2) { /* ("US$ 12/m³": its code a word before) */
        const char *u = num + numl + 1;
        size_t ul = rest - numl - 1, al = 0;
        while (al < ul && isalpha((unsigned char)u[al]))
            al++;
        const char *uline;
        size_t ulen;
        /* (or a unit of data/en/units.txt with a figure: "€4,200/m²", "$2/m3") */
        if (al == ul || data_field_lines("en/units.txt", u, ul, 0, &uline, &ulen, 1)) {
            const char *say = per_time(u, ul, 'p');
            sb_putn(o, w[i].s, w[i].lead);
            /* "$19.50/hr": dollars and cents, where the currency has a minor unit */
            const char *mi1 = NULL, *mim = NULL;
            size_t mi1l = 0, miml = 0;
            if (numl >= 4 && num[numl - 3] == '.' && isdigit((unsigned char)num[numl - 1]) &&
                minor_unit(c, cl, &mi1, &mi1l, &mim, &miml)) {
                int cents = (num[numl - 2] - '0') * 10 + (num[numl - 1] - '0');
                /* "$0.42/share": cents alone, no "0 dollars" */
                int zero = numl - 3 == 1 && num[0] == '0' && cents;
                if (!zero) {
                    sb_putn(o, num, numl - 3);
                    sb_putc(o, ' ');
                    if (numl - 3 == 1 && num[0] == '1')
                        sb_putn(o, one, onel);
                    else
                        sb_putn(o, many, manyl);
                }
                if (cents) {
                    sb_printf(o, zero ? "%d " : " and %d ", cents);
                    if (cents == 1)
                        sb_putn(o, mi1, mi1l);
                    else
                        sb_putn(o, mim, miml);
                }
            } else {
                sb_putn(o, num, numl);
                sb_putc(o, ' ');
                if (numl == 1 && num[0] == '1')
                    sb_putn(o, one, onel);
                else
                    sb_putn(o, many, manyl);
            }
            if (say) {
                sb_puts(o, strcmp(say, "hour") == 0 ? " an " : " a ");
                sb_puts(o, say);
            } else {
                const char *line;
                size_t len, onl = 0;
                const char *unit_one = data_field_lines("en/units.txt", u, ul, 0, &line, &len, 1)
                                           ? field(line, len, 1, &onl)
                                           : NULL;
                sb_puts(o, " per ");
                if (unit_one)
                    sb_putn(o, unit_one, onl);
                else
                    sb_putn(o, u, ul);
            }
            sb_putn(o, last->s + last->lead + last->core, last->trail);
            return used;
        }
    }
    /* "$900-million fund": the scale joined by a hyphen, before its noun */
    if (numl + 2 < rest && num[numl] == '-' && isalpha((unsigned char)num[numl + 1]) &&
        (sc = scale(num + numl + 1, rest - numl - 1, &sl)) != NULL) {
        attributive = 1;
        many = one;
        manyl = onel;
    } else if (numl < rest)
        sc = money_scale(num + numl, rest - numl, &sl);
    if (numl < rest && !sc)
        return 0;
    const char *sc2 = NULL; /* "₹11.2 lakh crore": a scale of the scale */
    size_t sl2 = 0;
    if (!sc && i + used < nw && !last->trail) {
        const word *nx = &w[i + used];
        sc = scale(nx->s + nx->lead, nx->core, &sl);
        if (sc && !nx->lead) {
            used++;
            last = nx;
            if (i + used < nw && !last->trail && !w[i + used].lead &&
                (sc2 = scale(w[i + used].s, w[i + used].core, &sl2)) != NULL) {
                last = &w[i + used];
                used++;
            }
        } else {
            sc = NULL;
        }
    }
    /* a letter for a currency ("N2.5 trillion" naira, "R2bn" rand) only with a scale
     * or cents ("R1.21", "R4,01"): "N95" is a mask, "R0.9" the R number, "R445" a road */
    /* (or the rand as a price, per a thing or for whom it is paid: "R80 for adults and
     * R30 for children", "R150 per person"; "the R61 for Queenstown", "R445 for two
     * kilometres" are roads, "N95 for children" a mask) */
    int priced = 0;
    if (!sc && cl == 1 && c[0] == 'R' && numl == rest && used == 1 && !w[i].trail && i + 2 < nw && !w[i + 1].trail &&
        !w[i + 2].lead && w[i + 2].core && islower((unsigned char)w[i + 2].s[0])) {
        static const char *const payers[] = {"adults", "adult", "children", "child", "kids", "students", "pensioners",
                                             "seniors", "members", "non-members", "learners", "visitors", "families",
                                             "guests", "delegates", "residents", "entry", "admission", "juniors"};
        priced = (equals_word(&w[i + 1], "per") ||
                  (equals_word(&w[i + 1], "for") && equals_any(&w[i + 2], payers, sizeof payers / sizeof *payers))) &&
                 !(i > 0 && !w[i - 1].trail && (equals_word(&w[i - 1], "the") || equals_word(&w[i - 1], "The")));
    }
    /* (or grouped in thousands: "a fine of N5,000,000", "R12,500"; no mask or road
     * is numbered so) */
    int grouped = numl >= 5 && memchr(num, ',', numl) && num[numl - 4] == ',' && isdigit((unsigned char)num[numl - 1]);
    if (!sc && cl == 1 && isalpha((unsigned char)c[0]) && !priced && !grouped &&
        !(numl >= 4 && (num[numl - 3] == '.' || num[numl - 3] == ',') && isdigit((unsigned char)num[numl - 2]) &&
          isdigit((unsigned char)num[numl - 1])))
        return 0;
    /* "$1.2 million pesos", "$5 USD", "$20 dollars", "€5 euros": a currency named or
     * coded after the amount is the one said, once ("$" is the peso in much of Latin
     * America); a code in capitals of three or more letters or a name in lower case,
     * never a letter ("$5 K") */
    if (data_lang() == 0 && !last->trail && i + used < nw && !w[i + used].lead && w[i + used].core >= 3 &&
        (islower((unsigned char)w[i + used].s[0]) || strspn(w[i + used].s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") >= w[i + used].core)) {
        const word *nx = &w[i + used];
        const char *key, *o2, *m2;
        size_t keyl, ol2 = 0, ml2 = 0;
        /* (a name no English word shares, "real estate", "won"; a code no word in
         * capitals shares, "SOS appeal", "MAD", "TRY") */
        static const char *const names[] = {"dollars", "dollar", "pesos", "peso", "euros", "euro", "reais",
                                            "rupees", "rupee", "yen", "yuan", "shillings", "naira", "cedis", "rand",
                                            "ringgit", "rupiah", "taka", "baht", "shekels", "dirhams", "riyals",
                                            "kwacha", "birr", "kyat", "leva", "lei", "forints", "zlotys", "hryvnias",
                                            "roubles", "francs", "kronor", "kroner", "lira", "afghanis", "gourdes"};
        static const char *const words[] = {"SOS", "MAD", "TRY"};
        int safe = islower((unsigned char)nx->s[0]) ? equals_any(nx, names, sizeof names / sizeof *names)
                                                    : !equals_any(nx, words, sizeof words / sizeof *words);
        if (safe && currency_named(nx->s, nx->core, &key, &keyl) && currency_at(key, keyl, &o2, &ol2, &m2, &ml2) == keyl &&
            o2 && m2) {
            int attr = attributive && many == one;
            c = key;
            cl = keyl;
            one = o2;
            onel = ol2;
            many0 = m2;
            manyl0 = ml2;
            many = attr ? o2 : m2;
            manyl = attr ? ol2 : ml2;
            last = nx;
            used++;
        }
    }
    /* but after its article an amount that no noun follows is a quantity, in the
     * plural: "an additional $500 million in hospitals", "an estimated $1.1 billion a
     * day", "a further £2.2B." */
    if (attributive && many == one && !(numl + 2 < rest && num[numl] == '-')) {
        const word *nx = i + used < nw ? &w[i + used] : NULL;
        /* (nor a verb: "An additional $5 million was approved") */
        static const char *const auxiliaries[] = {"was", "is", "were", "are", "will", "would", "has", "have", "had",
                                                  "can", "could", "should", "must", "may", "might", "shall"};
        int aux = 0;
        for (size_t q = 0; nx && q < sizeof auxiliaries / sizeof *auxiliaries && !aux; q++)
            aux = !nx->lead && equals_word(nx, auxiliaries[q]);
        /* (nor an adverb: "worth an estimated $1.2 billion annually") */
        aux |= nx && !nx->lead && nx->core > 4 && islower((unsigned char)nx->s[0]) &&
               memcmp(nx->s + nx->core - 2, "ly", 2) == 0;
        /* (but after a comma another measure of the same noun: "a $148 million, 312-unit
         * community", "a $2 billion, 20-year deal") */
        /* (measures joined by hyphens, a comma between them, "a $148 million, 312-unit,
         * mixed-use community", "a $1.2 billion, two-phase project"; then a singular
         * noun: "a further $20 million, 10-year bonds making up the rest" is an amount) */
        int stacked = 0;
        if (last->trail == 1 && last->s[last->lead + last->core] == ',' && nx) {
            size_t k = i + used, measures = 0;
            while (k < nw && !w[k].lead && w[k].core >= 3 && memchr(w[k].s, '-', w[k].core) &&
                   isalnum((unsigned char)w[k].s[0]) && !isupper((unsigned char)w[k].s[0]) &&
                   isalpha((unsigned char)w[k].s[w[k].core - 1]) &&
                   (!w[k].trail || (w[k].trail == 1 && w[k].s[w[k].core] == ','))) {
                measures++;
                k++;
            }
            if (measures && k < nw && !w[k].lead && w[k].core >= 3 && islower((unsigned char)w[k].s[0]) &&
                !memchr(w[k].s, '-', w[k].core) && !w[k - 1].trail) {
                const char *h = w[k].s;
                stacked = !(h[w[k].core - 1] == 's' && h[w[k].core - 2] != 's');
            }
        }
        if (acronym_noun)
            ; /* ("IT" is no pronoun there) */
        else if ((last->trail && !stacked) || !nx || !nx->core || aux || is_preposition(nx->s + nx->lead, nx->core) ||
            indefinite_article(nx) || (nx->core == 3 && strncmp(nx->s + nx->lead, "the", 3) == 0) ||
            data_word_line("en/starters.txt", nx->s + nx->lead, nx->core, 1, DATA_ANYWHERE)) {
            attributive = 0;
            many = many0;
            manyl = manyl0;
        }
    }
    /* "$10m fund", "£2.4bn flood investment programme": before the noun it measures;
     * "the $2 billion Northern Rail Fund": before a name that ends in one */
    if (!attributive && !last->trail && i + used < nw) {
        int named = 0;
        for (size_t k = i + used; k < nw && (k < i + used + 3 || (named && k < i + used + 5)) && !attributive; k++) {
            const word *nx = &w[k];
            /* (in a headline's capitals too: "Announces $186 Million Investment") */
            char low[32];
            if (!nx->core || nx->lead || nx->core >= sizeof low ||
                !(islower((unsigned char)nx->s[0]) || (isupper((unsigned char)nx->s[0]) && txt_has_lower(nx->s, nx->core))))
                break;
            /* ("$1.9 million will fund monitoring": a verb after a modal, no noun) */
            static const char *const modals[] = {"will", "would", "can", "could", "may", "might", "shall", "should",
                                                 "must", "to", "is", "was", "are", "were", "has", "have", "had"};
            if (equals_any(nx, modals, sizeof modals / sizeof *modals))
                break;
            memcpy(low, nx->s, nx->core);
            low[0] = (char)tolower((unsigned char)low[0]);
            attributive = data_has_line("en/amount-nouns.txt", low, nx->core);
            named |= k == i + used && isupper((unsigned char)nx->s[0]);
            /* "$1.2 billion in grants", "£63 billion of investment": a preposition
             * between them makes the amount a quantity, said in the plural */
            if (nx->trail || data_word_line("en/starters.txt", nx->s, nx->core, 1, DATA_ANYWHERE) ||
                is_preposition(nx->s, nx->core))
                break;
        }
    }
    /* "$1.07", "$0.81": dollars and cents, where the currency has a minor unit */
    const char *m1 = NULL, *mm = NULL;
    size_t m1l = 0, mml = 0;
    if (!sc && !attributive && numl >= 4 && num[numl - 3] == '.' && isdigit((unsigned char)num[numl - 1]) &&
        minor_unit(c, cl, &m1, &m1l, &mm, &mml)) {
        sb_putn(o, w[i].s, w[i].lead);
        put_with_cents(o, num, numl, one, onel, many, manyl, m1, m1l, mm, mml);
        sb_putn(o, last->s + last->lead + last->core, last->trail);
        return used;
    }
    /* "a $0.10 headwind", "a $4.50 fee": before its noun, "a 10 cent headwind", "a 4
     * dollar 50 fee" ("pence" stays: "a 50 pence charge") */
    if (!sc && attributive && numl >= 4 && num[numl - 3] == '.' && isdigit((unsigned char)num[numl - 1]) &&
        isdigit((unsigned char)num[numl - 2]) && minor_unit(c, cl, &m1, &m1l, &mm, &mml)) {
        int cents = (num[numl - 2] - '0') * 10 + (num[numl - 1] - '0');
        int zero = numl == 4 && num[0] == '0';
        sb_putn(o, w[i].s, w[i].lead);
        if (!zero || !cents) {
            sb_putn(o, num, numl - 3);
            sb_putc(o, ' ');
            sb_putn(o, one, onel);
        }
        if (cents && zero) {
            sb_printf(o, "%d ", cents);
            if (mml == 5 && strncmp(mm, "pence", 5) == 0)
                sb_putn(o, mm, mml);
            else
                sb_putn(o, m1, m1l);
        } else if (cents) {
            sb_printf(o, " %d", cents);
        }
        sb_putn(o, last->s + last->lead + last->core, last->trail);
        return used;
    }
    sb_putn(o, w[i].s, w[i].lead);
    if (!(data_lang() == 0 && indian_number(o, num, numl))) /* "Rs. 12,50,000" */
        sb_putn(o, num, numl);
    if (sc) {
        sb_putc(o, ' ');
        sb_putn(o, sc, sl);
    }
    if (sc2) {
        sb_putc(o, ' ');
        sb_putn(o, sc2, sl2);
    }
    sb_putc(o, ' ');
    int singular = attributive || (!sc && numl == 1 && num[0] == '1');
    if (singular)
        sb_putn(o, one, onel);
    else
        sb_putn(o, many, manyl);
    /* "RM640 mil. plan": the scale's own stop before a word in lower case ends nothing */
    const char *tr = last->s + last->lead + last->core;
    size_t trl = last->trail;
    if (sc && trl == 1 && tr[0] == '.' && i + used < nw && !w[i + used].lead && w[i + used].core &&
        islower((unsigned char)w[i + used].s[0]))
        trl = 0;
    sb_putn(o, tr, trl);
    return used;
}

/* "epidemiological week 26/2024", "EW 9/2025": a week of the year and its year, "26
 * of 2024"; "26.1% (10/38)": a count of a total in brackets after a share, "10 of 38"
 * (espeak-ng says "slash"). Returns 1, or 0. */
static size_t part_of_whole(sb *o, const word *w, size_t i)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core, d = 0;
    while (d < n && isdigit((unsigned char)c[d]))
        d++;
    if (!d || d > 4 || d + 2 > n || c[d] != '/' || !all_digits(c + d + 1, n - d - 1) || n - d - 1 > 5)
        return 0;
    long a = atol(c), b = atol(c + d + 1);
    const word *pv = i > 0 && !w[i - 1].trail ? &w[i - 1] : NULL;
    int week = pv && (equals_word(pv, "week") || equals_word(pv, "EW") || equals_word(pv, "wk")) &&
               a >= 1 && a <= 53 && n - d - 1 == 4 && b >= 1900 && b <= 2199;
    /* (the share right before: "26.1% (10/38)") */
    int count = 0;
    if (!week && x->lead && x->s[x->lead - 1] == '(' && i > 0 && a <= b && b > 31) {
        const word *p = &w[i - 1];
        const char *pc = p->s + p->lead;
        count = p->core >= 2 && (pc[p->core - 1] == '%' || (p->trail && pc[p->core] == '%'));
    }
    if (!week && !count)
        return 0;
    sb_putn(o, x->s, x->lead);
    sb_putn(o, c, d);
    sb_puts(o, " of ");
    sb_putn(o, c + d + 1, n - d - 1);
    sb_putn(o, c + n, x->trail);
    return 1;
}

/* "26 3/4 in.", "3/16 in. wide": after a fraction (with a whole number before it
 * when `whole`), the inch written short with its stop, w[j], said in full (its stop
 * kept only at the sentence's end); 1 when it was. */
static int inch_after(sb *o, const word *w, size_t j, size_t nw, int whole)
{
    if (j >= nw || w[j - 1].trail || !equals_word(&w[j], "in") || !w[j].trail || w[j].s[w[j].lead + 2] != '.')
        return 0;
    sb_puts(o, whole ? " inches" : " of an inch"); /* ("three sixteenths of an inch") */
    const char *t = w[j].s + w[j].lead + 2;
    size_t tl = w[j].trail;
    if (j + 1 < nw) {
        t++;
        tl--;
    }
    sb_putn(o, t, tl);
    return 1;
}

/* The names of a fraction's parts by its denominator, 2 to 10: one and many. */
static const char *const fraction_one[] = {NULL, NULL, "half", "third", "quarter", "fifth", "sixth",
                                           "seventh", "eighth", "ninth", "tenth"};
static const char *const fraction_many[] = {NULL, NULL, "halves", "thirds", "quarters", "fifths",
                                            "sixths", "sevenths", "eighths", "ninths", "tenths"};

/* A simple fraction read as one: "1/2 of a percent", "2 1/2 miles", "3/4 of them" ->
 * "one half", "two and one half", "three quarters" (espeak-ng says "one slash two");
 * and shares of a hundred, "50/50" -> "50 50". Not after a word that dates it (a day
 * and a month, "on 1/3"). Returns the words used. */
static size_t fraction(sb *o, const word *w, size_t i, size_t nw)
{
    /* "CARRIED 5/2", "LOST 4/7": a council's vote, for and against, its word
     * capitalised as minutes set it and opening its sentence or after a stop ("the
     * company lost 3/4 of its value" is a fraction) */
    if (data_lang() == 0 && i > 0 && !w[i - 1].trail) {
        static const char *const votes[] = {"CARRIED", "Carried", "LOST", "Lost", "DEFEATED", "Defeated"};
        const word *vw = &w[i - 1];
        int vote = 0;
        for (size_t q = 0; q < sizeof votes / sizeof *votes && !vote; q++)
            vote = vw->core == strlen(votes[q]) && memcmp(vw->s + vw->lead, votes[q], vw->core) == 0;
        vote = vote && (i == 1 || (w[i - 2].trail && strchr(".:;,", w[i - 2].s[w[i - 2].n - 1])));
        const char *vc = w[i].s + w[i].lead;
        size_t vn = w[i].core, vd = 0;
        while (vd < vn && isdigit((unsigned char)vc[vd]))
            vd++;
        if (vd >= 1 && vd <= 2 && vd + 1 < vn && vc[vd] == '/' && all_digits(vc + vd + 1, vn - vd - 1) && vn - vd - 1 <= 2 &&
            vote) {
            sb_putn(o, w[i].s, w[i].lead);
            sb_putn(o, vc, vd);
            sb_puts(o, " to ");
            sb_putn(o, vc + vd + 1, vn - vd - 1);
            sb_putn(o, vc + vn, w[i].trail);
            return 1;
        }
    }
    const char *const *one = fraction_one, *const *many = fraction_many;
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    /* "4-1/4", as rates are written: four and one quarter */
    size_t d = 0;
    while (d < x->core && isdigit((unsigned char)c[d]))
        d++;
    if (d >= 1 && d <= 3 && d + 4 == x->core && c[d] == '-' && isdigit((unsigned char)c[d + 1]) && c[d + 2] == '/' &&
        isdigit((unsigned char)c[d + 3])) {
        int num = c[d + 1] - '0', den = c[d + 3] - '0';
        if (num >= 1 && den >= 2 && num < den) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, d);
            sb_puts(o, " and ");
            put_number_words(o, num, 0);
            sb_putc(o, ' ');
            sb_puts(o, num == 1 ? one[den] : many[den]);
            sb_putn(o, c + x->core, x->trail);
            return 1;
        }
    }
    /* "platforms 3/4", "stands A/B", "gates 12/14": two of a plural's numbers, both */
    if (d >= 1 && d <= 3 && d + 1 < x->core && c[d] == '/' && i > 0 && !w[i - 1].trail) {
        static const char *const places[] = {"platforms", "Platforms", "stands", "Stands", "gates", "Gates",
                                             "bays", "Bays", "berths", "piers", "terminals", "Terminals",
                                             "junctions", "Junctions", "exits", "lanes", "rooms", "Rooms",
                                             "floors", "levels", "units", "Units", "wards", "Wards", "pages",
                                             "carriages", "coaches", "courts", "pitches", "docks", "stations"};
        size_t e = d + 1;
        while (e < x->core && isdigit((unsigned char)c[e]))
            e++;
        if (e == x->core && e > d + 1 && e - d - 1 <= 3 && equals_any(&w[i - 1], places, sizeof places / sizeof *places)) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, d);
            sb_puts(o, " and ");
            sb_putn(o, c + d + 1, e - d - 1);
            sb_putn(o, c + x->core, x->trail);
            return 1;
        }
    }
    /* "a 50/50 call", "a 60/40 split": shares of a hundred, said "sixty forty" (never a
     * date: no day and month add up to 100) */
    if (d >= 1 && d <= 2 && c[0] != '0' && d + 1 < x->core && c[d] == '/') {
        size_t e = d + 1;
        while (e < x->core && isdigit((unsigned char)c[e]))
            e++;
        int a = atoi(c), b = atoi(c + d + 1); /* (not odds, "99/1") */
        if (e == x->core && e - d - 1 == 2 && a >= 10 && b >= 10 && a + b == 100) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, d);
            sb_putc(o, ' ');
            sb_putn(o, c + d + 1, e - d - 1);
            sb_putn(o, c + x->core, x->trail);
            return 1;
        }
    }
    /* "14 15/16 inches", "3/16 in.": a measure's finer parts (twelfths, sixteenths,
     * thirty-seconds, sixty-fourths), after a whole number or before an inch */
    if (d >= 1 && d <= 2 && d + 3 == x->core && c[d] == '/' && isdigit((unsigned char)c[d + 1]) &&
        isdigit((unsigned char)c[d + 2])) {
        static const struct {
            int den;
            const char *one, *many;
        } fine[] = {{12, "twelfth", "twelfths"}, {16, "sixteenth", "sixteenths"},
                    {32, "thirty-second", "thirty-seconds"}, {64, "sixty-fourth", "sixty-fourths"}};
        int fnum = atoi(c), fden = atoi(c + d + 1);
        const word *fp = i > 0 && !w[i - 1].trail ? &w[i - 1] : NULL;
        const word *fx = i + 1 < nw && !x->trail ? &w[i + 1] : NULL;
        int fwhole = fp && fp->core >= 1 && fp->core <= 3 && !fp->lead && all_digits(fp->s, fp->core);
        /* (the inch written short with its stop: "9/12 in York" is a date) */
        int inch = fx && ((equals_word(fx, "in") && fx->trail && fx->s[fx->lead + fx->core] == '.') ||
                          equals_word(fx, "inch") || equals_word(fx, "inches"));
        for (size_t k = 0; k < sizeof fine / sizeof *fine; k++)
            /* (an inch after it, always: "Round 2 10/16 to 10/30" is a date, "voted 12
             * 11/16" a vote) */
            if (fine[k].den == fden && fnum >= 1 && fnum < fden && inch && (fwhole || fden != 12)) {
                sb_putn(o, x->s, x->lead);
                if (fwhole)
                    sb_puts(o, "and ");
                put_number_words(o, fnum, 0);
                sb_printf(o, " %s", fnum == 1 ? fine[k].one : fine[k].many);
                if (inch_after(o, w, i + 1, nw, fwhole))
                    return 2;
                sb_putn(o, c + x->core, x->trail);
                return 1;
            }
    }
    if (x->core != 3 || !isdigit((unsigned char)c[0]) || c[1] != '/' || !isdigit((unsigned char)c[2]))
        return 0;
    int num = c[0] - '0', den = c[2] - '0';
    if (num < 1 || den < 2 || num >= den)
        return 0;
    const word *prev = i > 0 && !w[i - 1].trail ? &w[i - 1] : NULL;
    const word *next = i + 1 < nw && !x->trail ? &w[i + 1] : NULL;
    int whole = prev && prev->core >= 1 && prev->core <= 3 && !prev->lead;
    for (size_t k = 0; whole && k < prev->core; k++)
        whole = isdigit((unsigned char)prev->s[k]) != 0;
    int before = 0;
    /* (and before what a fraction measures: "by 1/4 percentage point", "a 1/2 point
     * cut", "a 3/4 chance", "1/2 mile": the Fed's and a recipe's fractions) */
    static const char *const follow[] = {"of", "a", "an", "percent", "per", "percentage", "point", "points",
                                         "chance", "mile", "miles", "inch", "inches", "hour", "cup", "cups",
                                         "teaspoon", "tablespoon", "pound", "ounce", "share", "majority",
                                         "century", "mark", "stake", "acre", "acres"};
    for (size_t k = 0; next && k < sizeof follow / sizeof *follow; k++)
        before |= next->core == strlen(follow[k]) && strncmp(next->s + next->lead, follow[k], next->core) == 0;
    /* "1/2 million", "3/4 billion": half a million, three quarters of a billion */
    static const char *const scales[] = {"thousand", "million", "billion", "trillion"};
    for (size_t k = 0; next && !whole && k < sizeof scales / sizeof *scales; k++)
        if (equals_word(next, scales[k])) {
            sb_putn(o, x->s, x->lead);
            if (num == 1 && den == 2) {
                sb_puts(o, "half a");
            } else {
                if (num == 1)
                    sb_puts(o, "a");
                else
                    put_number_words(o, num, 0);
                sb_printf(o, " %s of a", num == 1 ? one[den] : many[den]);
            }
            sb_putn(o, c + 3, x->trail);
            return 1;
        }
    /* "the other 2/3", "traffic: 1/3 (target: 1/2 by 2035)": a figure over a larger one
     * alone is a fraction too, but for a word that dates what follows ("on 1/3", "from
     * 2/5", "Tuesday 1/4": a day and a month, date's) */
    static const char *const dating[] = {"on", "from", "to", "until", "till", "since", "before", "after", "dated",
                                         "by", "between", "through", "and", "or", "each", "every", "next", "last",
                                         "deadline", "due", "effective", "expires", "closes", "opens", "starting",
                                         "ending", "commencing"};
    const word *pv = i > 0 ? &w[i - 1] : NULL;
    int dated = pv && pv->core && dt_weekday(pv->s + pv->lead, pv->core) > 0;
    for (size_t k = 0; pv && !dated && k < sizeof dating / sizeof *dating; k++)
        dated = equals_word(pv, dating[k]);
    if (!whole && !before && dated)
        return 0;
    /* "a 1/2 point cut": a half, not a one half */
    const word *pw = i > 0 ? &w[i - 1] : NULL;
    int after_a = pw && !pw->trail && pw->core == 1 && (pw->s[pw->lead] == 'a' || pw->s[pw->lead] == 'A');
    sb_putn(o, x->s, x->lead);
    if (whole)
        sb_puts(o, "and ");
    if (!(after_a && num == 1)) {
        put_number_words(o, num, 0);
        sb_putc(o, ' ');
    }
    sb_puts(o, num == 1 ? one[den] : many[den]);
    if (inch_after(o, w, i + 1, nw, whole))
        return 2;
    sb_putn(o, c + 3, x->trail);
    return 1;
}

/* What a side of a spaced dash is, for a range: 1 a weekday ("Monday", "Fri."), 2 a
 * clock time ("8:00", "5 PM", "11:46 A.M."), 3 a month, capitalised ("March",
 * "Sept."), 0 anything else. The word is w[0, n). */
static int range_side(const char *w, size_t n)
{
    /* ("(9am - 6pm, Mon-Fri)": the bracket that opens it) */
    while (n && (w[0] == '(' || w[0] == '['))
        w++, n--;
    while (n && (w[n - 1] == ',' || w[n - 1] == ';' || w[n - 1] == ')' ||
                 (w[n - 1] == '.' && n >= 2 && w[n - 2] == ')')))
        n--;
    if (n && dt_weekday(w, n) > 0)
        return 1;
    if (n > 1 && w[n - 1] == '.' && dt_weekday(w, n - 1) > 0)
        return 1;
    if (n && isupper((unsigned char)w[0]) && dt_month(w, n) > 0)
        return 3;
    if ((n == 2 && (u8_ncasecmp(w, "AM", 2) == 0 || u8_ncasecmp(w, "PM", 2) == 0)) ||
        (n == 4 && (u8_ncasecmp(w, "a.m.", 4) == 0 || u8_ncasecmp(w, "p.m.", 4) == 0)))
        return 2;
    /* ("6pm – midnight", "noon – 2pm") */
    {
        size_t m = n;
        while (m && w[m - 1] == '.')
            m--;
        if ((m == 8 && u8_ncasecmp(w, "midnight", 8) == 0) || (m == 4 && u8_ncasecmp(w, "noon", 4) == 0) ||
            (m == 6 && u8_ncasecmp(w, "midday", 6) == 0))
            return 2;
    }
    while (n && (w[n - 1] == '.' || w[n - 1] == ')')) /* "… – 15:30." */
        n--;
    size_t k = 0, colon = 0;
    while (k < n && (isdigit((unsigned char)w[k]) || w[k] == ':'))
        colon += w[k++] == ':';
    if (k == n && colon == 1 && n >= 4 && isdigit((unsigned char)w[n - 1]))
        return 2;
    if (k && k < n && k + 2 <= n && (u8_ncasecmp(w + k, "am", 2) == 0 || u8_ncasecmp(w + k, "pm", 2) == 0))
        return 2;
    /* ("9.30am", "1.00pm": the minutes after a stop, as British notices write them) */
    if (k && k <= 2 && colon == 0 && k + 5 <= n && w[k] == '.' && isdigit((unsigned char)w[k + 1]) &&
        isdigit((unsigned char)w[k + 2]) && (u8_ncasecmp(w + k + 3, "am", 2) == 0 || u8_ncasecmp(w + k + 3, "pm", 2) == 0))
        return 2;
    /* a currency's amount as said ("1.62 billion dollars"): 6; a number ("12"): 4; a
     * year (as the dates stage leaves it, "2024"): 5 */
    static const char *const money[] = {"dollars", "euros", "pounds", "yen", "francs", "rupees", "pesos"};
    for (size_t q = 0; q < sizeof money / sizeof *money; q++)
        if (n == strlen(money[q]) && strncmp(w, money[q], n) == 0)
            return 6;
    /* (or as written: "$1.62", "€5", "A$2,150") */
    {
        size_t c = 0;
        while (c < n && c < 3 && isupper((unsigned char)w[c]))
            c++;
        size_t sym = c < n && w[c] == '$' ? 1 : c + 1 < n && (unsigned char)w[c] == 0xC2 && (unsigned char)w[c + 1] == 0xA3 ? 2
                     : c + 2 < n && (unsigned char)w[c] == 0xE2 && (unsigned char)w[c + 1] == 0x82 && (unsigned char)w[c + 2] == 0xAC ? 3 : 0;
        if (sym && c + sym < n && isdigit((unsigned char)w[c + sym]))
            return 6;
    }
    size_t d = 0;
    while (d < n && (isdigit((unsigned char)w[d]) || ((w[d] == ',' || w[d] == '.') && d > 0 && d + 1 < n)))
        d++;
    if (d == n && n) {
        int y = n == 4 ? atoi(w) : 0;
        return y >= 1900 && y <= 2199 ? 5 : 4;
    }
    return 0;
}

/* The last word of out[0, len), its trailing spaces left out: at out[*b, returned). */
static size_t last_out_word(const char *out, size_t len, size_t *b)
{
    while (len && out[len - 1] == ' ')
        len--;
    *b = len;
    while (*b && out[*b - 1] != ' ')
        (*b)--;
    return len;
}

/* How many digits start s[0, n). */
static size_t digits_run(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && isdigit((unsigned char)s[k]))
        k++;
    return k;
}

/* Whether a spaced dash at text[at] (ending at text[i]) stands between two weekdays
 * or two clock times ("Monday – Friday", "8:00 AM – 5:00 PM"): a range, "to". The
 * word before it ends out[0, len). */
static int dash_range(const char *out, size_t len, const char *text, size_t i, size_t n)
{
    if (!out || !len)
        return 0; /* (nothing said before the dash: no range) */
    /* "Jessica Holloway (Labour) - 11,204 - 37.6%": a record's fields, spaced dashes
     * apart, the first between a name and a number; no range between them */
    for (size_t q = 1; q + 3 < i; q++) {
        size_t dl = text[q + 1] == '-' ? 1 : q + 4 < i && memcmp(text + q + 1, "\xE2\x80\x93", 3) == 0 ? 3 : 0;
        if (!dl || text[q] != ' ' || !(islower((unsigned char)text[q - 1]) || text[q - 1] == ')') ||
            text[q + 1 + dl] != ' ' || q + 2 + dl >= i - 2 || !isdigit((unsigned char)text[q + 2 + dl]))
            continue;
        /* (a name's word before it, no time's: "9am - 5pm" is a range) */
        size_t w = q;
        while (w > 0 && text[w - 1] != ' ')
            w--;
        if (!txt_has_digit(text + w, q - w))
            return 0;
    }
    size_t b;
    len = last_out_word(out, len, &b);
    int before = range_side(out + b, len - b);
    {
        size_t x = i;
        while (x < n && text[x] == ' ')
            x++;
        size_t xe = x;
        while (xe < n && text[xe] != ' ')
            xe++;
        /* "(Nov 2024 - Feb 2025)", "Q1 2023 - Q2 2025": a month or a quarter and its year
         * after a year */
        /* (the year after a month or a quarter alone, not a dateline's day: "NAIROBI,
         * the 14th of October 2025 - September 2025 inflation …") */
        size_t pb = b, pl = b ? last_out_word(out, b, &pb) : 0, qb = pb, ql = pb ? last_out_word(out, pb, &qb) : 0;
        /* (a quarter or a half said by now: "second half 2024 - H1 2025"; a month's
         * middle, "mid-October 2024 - February 2025") */
        static const char *const nth[] = {"first", "second", "third", "fourth"};
        int said_part = 0;
        for (size_t k = 0; k < 4 && qb < ql && ((pl - pb == 4 && strncmp(out + pb, "half", 4) == 0) ||
                                                (pl - pb == 7 && strncmp(out + pb, "quarter", 7) == 0));
             k++)
            said_part |= ql - qb == strlen(nth[k]) && strncmp(out + qb, nth[k], ql - qb) == 0;
        int mid = pl - pb > 4 && strncmp(out + pb, "mid-", 4) == 0 && range_side(out + pb + 4, pl - pb - 4) == 3;
        int period = pl > pb && (range_side(out + pb, pl - pb) == 3 || said_part || mid ||
                                 (pl - pb == 2 && (out[pb] == 'Q' || out[pb] == 'H') && out[pb + 1] >= '1' && out[pb + 1] <= '4')) &&
                     !(ql == qb + 2 && strncmp(out + qb, "of", 2) == 0) && !(ql > qb && isdigit((unsigned char)out[qb]));
        if (before == 5 && period && xe + 5 <= n && text[xe] == ' ' && (text[xe + 1] == '1' || text[xe + 1] == '2') &&
            digits_run(text + xe + 1, n - xe - 1) == 4 &&
            (range_side(text + x, xe - x) == 3 ||
             (xe - x == 2 && (text[x] == 'Q' || text[x] == 'H') && text[x + 1] >= '1' && text[x + 1] <= '4')))
            return 1;
        /* "12th - 14th September 2025": two days in ordinals, the month after */
        size_t bd = b < len ? digits_run(out + b, len - b) : 0, ad = digits_run(text + x, xe - x);
        if (bd >= 1 && bd <= 2 && len - b == bd + 2 && isalpha((unsigned char)out[b + bd]) && ad >= 1 && ad <= 2 &&
            xe - x == ad + 2 && isalpha((unsigned char)text[x + ad]) && xe + 1 < n) {
            size_t me = xe + 1;
            while (me < n && isalpha((unsigned char)text[me]))
                me++;
            if (me > xe + 1 && isupper((unsigned char)text[xe + 1]) && dt_month(text + xe + 1, me - xe - 1) > 0)
                return 1;
        }
    }
    /* "Tuesday 8 – Thursday 10 April": a weekday and its day on each side */
    if (before == 4 && len - b <= 2 && b) {
        size_t b0, l0 = last_out_word(out, b, &b0), x = i;
        while (x < n && text[x] == ' ')
            x++;
        size_t xe = x;
        while (xe < n && text[xe] != ' ')
            xe++;
        size_t d = xe < n ? xe + 1 : n, de = d;
        while (de < n && isdigit((unsigned char)text[de]))
            de++;
        if (range_side(out + b0, l0 - b0) == 1 && range_side(text + x, xe - x) == 1 && de > d && de - d <= 2)
            return 1;
    }
    /* "26 May – 8 June 2025", "May 26 – June 8, 2025": a date, then a day of another
     * month (as said by now, "the 26th of May" / "the 8th of June", or as written) */
    {
        size_t b2 = b, l2 = len;
        int dated = before == 3;
        if (!dated && len > b && isdigit((unsigned char)out[b])) {
            l2 = last_out_word(out, b, &b2);
            dated = l2 > b2 && range_side(out + b2, l2 - b2) == 3;
        }
        size_t x = i;
        while (x < n && text[x] == ' ')
            x++;
        /* ("Monday 24 March – Sunday 6 April 2025": the other day's weekday first) */
        if (dated) {
            size_t we = x;
            while (we < n && isalpha((unsigned char)text[we]))
                we++;
            if (we > x && we < n && (text[we] == ' ' || text[we] == ',') && dt_weekday(text + x, we - x) > 0) {
                x = we + (text[we] == ',');
                while (x < n && text[x] == ' ')
                    x++;
            }
        }
        if (dated && n - x > 4 && strncmp(text + x, "the ", 4) == 0)
            x += 4;
        size_t d = digits_run(text + x, n - x), y = x + d;
        while (y < n && isalpha((unsigned char)text[y]))
            y++; /* ("8th") */
        if (dated && d >= 1 && d <= 2 && y - x - d <= 2) {
            size_t m = y;
            while (m < n && text[m] == ' ')
                m++;
            if (n - m > 3 && strncmp(text + m, "of ", 3) == 0)
                m += 3;
            size_t me = m;
            while (me < n && isalpha((unsigned char)text[me]))
                me++;
            if (me > m && isupper((unsigned char)text[m]) && dt_month(text + m, me - m) > 0)
                return 1;
        }
        size_t me = x;
        while (me < n && isalpha((unsigned char)text[me]))
            me++;
        if (dated && me > x && isupper((unsigned char)text[x]) && dt_month(text + x, me - x) > 0 && me + 1 < n &&
            text[me] == ' ' && (d = digits_run(text + me + 1, n - me - 1)) >= 1 && d <= 2)
            return 1;
    }
    /* ("$1.62 billion": the amount before its scale) */
    static const char *const scales[] = {"million", "billion", "trillion", "bn"};
    int scale = 0;
    for (size_t k = 0; k < sizeof scales / sizeof *scales && !before; k++)
        scale |= len - b == strlen(scales[k]) && strncmp(out + b, scales[k], len - b) == 0;
    if (!before && scale) {
        size_t b2, l2 = last_out_word(out, b, &b2);
        before = range_side(out + b2, l2 - b2) == 6 ? 6 : 0;
    }
    if (!before)
        return 0;
    while (i < n && text[i] == ' ')
        i++;
    size_t e = i;
    while (e < n && text[e] != ' ')
        e++;
    int after = range_side(text + i, e - i);
    /* "$1.62 billion – $1.64 billion", "1 December 2024 – 31 May 2025", "12 – 15":
     * a range of amounts of one kind, of numbers, of dates (not "Rue de la Loi 175 –
     * B 1048", "$2.96 billion – 64% more than planned") */
    if ((before == 4 || before == 5 || before == 6) && e > i) {
        size_t k = i;
        while (k < e && k - i < 3 && isupper((unsigned char)text[k]))
            k++; /* ("A$", "US$") */
        size_t sym = k < e && (text[k] == '$' || (unsigned char)text[k] >= 0xC2) && !isalpha((unsigned char)text[k])
                         ? (text[k] == '$' ? 1 : (unsigned char)text[k] >= 0xE0 ? 3 : 2)
                         : 0;
        if (!sym)
            k = i;
        size_t d = k + sym, q = d;
        while (q < e && (isdigit((unsigned char)text[q]) || text[q] == ',' || text[q] == '.'))
            q++;
        int digits = q > d && isdigit((unsigned char)text[d]);
        /* a currency's amount after a currency's amount ("… dollars – $1.64 billion",
         * as said by now "1.64 billion dollars") */
        if (before == 6) {
            int said = 0;
            for (size_t w = q, words = 0; digits && !sym && w < n && words < 3 && !said; words++) {
                while (w < n && text[w] == ' ')
                    w++;
                size_t we = w;
                while (we < n && isalpha((unsigned char)text[we]))
                    we++;
                said = we > w && range_side(text + w, we - w) == 6;
                w = we;
                if (w < n && text[w] != ' ')
                    break;
            }
            return digits && (sym || said);
        }
        /* a number after a number, no more to the word ("12 – 15", "09.00 – 12.30") */
        if (before == 4)
            return digits && !sym && (q == e || (q + 1 == e && (text[q] == ',' || text[q] == ';' || text[q] == ')')));
        /* a day and its month after a year ("2024 – 31 May 2025"), or a year */
        size_t m = e;
        while (m < n && text[m] == ' ')
            m++;
        size_t me = m;
        while (me < n && isalpha((unsigned char)text[me]))
            me++;
        /* (as said by now: "the 31st of May 2025") */
        if (!digits && e - i == 3 && strncmp(text + i, "the", 3) == 0 && m < n && isdigit((unsigned char)text[m])) {
            size_t o = m;
            while (o < n && isdigit((unsigned char)text[o]))
                o++;
            return o - m <= 2 && o + 5 < n && (strncmp(text + o, "st of ", 6) == 0 || strncmp(text + o, "nd of ", 6) == 0 ||
                                               strncmp(text + o, "rd of ", 6) == 0 || strncmp(text + o, "th of ", 6) == 0);
        }
        return digits && !sym && ((q - d <= 2 && dt_month(text + m, me - m) > 0) || (q - d == 4 && q == e));
    }
    /* "5:00" then "PM", "8" then "p.m.": the time's first word is enough */
    if ((!after || after == 4) && before == 2 && e > i && isdigit((unsigned char)text[i])) {
        size_t k = i;
        while (k < e && (isdigit((unsigned char)text[k]) || text[k] == ':' || text[k] == '.'))
            k++;
        /* (with the sentence's stop or a comma after it: "8.30 am – 12.30 pm.") */
        size_t zl = e + 1 < n ? strcspn(text + e + 1, " ") : 0;
        if (zl > 1 && zl + e + 1 <= n && range_side(text + e + 1, zl) != 2 && strchr(".,;)", text[e + zl]))
            zl--;
        after = k == e && e + 1 < n && range_side(text + e + 1, zl) == 2 ? 2 : 0;
    }
    return before == after;
}

/* Whether a spaced en dash, after the word that ends out[0, len) and before text[i, n),
 * joins a direct line's digits to an international number ("+49 40 123 456 – 78", as
 * German and Austrian offices print them): the groups before it from a '+', one to four
 * digits after it, then no more digits. */
static int intl_dash(const char *out, size_t len, const char *text, size_t i, size_t n)
{
    if (!out)
        return 0;
    size_t groups = 0, b;
    for (;;) {
        len = last_out_word(out, len, &b);
        size_t wl = len - b, s0 = out[b] == '+';
        if (wl <= s0 || digits_run(out + b + s0, wl - s0) != wl - s0)
            return 0;
        groups++;
        if (s0)
            break;
        len = b;
    }
    while (i < n && text[i] == ' ')
        i++;
    size_t d = digits_run(text + i, n - i);
    if (groups < 3 || d < 1 || d > 4 || (i + d < n && isalnum((unsigned char)text[i + d])))
        return 0;
    /* (no more digits, and no clock's word: "+49 40 123 456 – 8 pm" is a time) */
    size_t w0 = i + d;
    while (w0 < n && text[w0] == ' ')
        w0++;
    size_t w1 = w0;
    while (w1 < n && (isalpha((unsigned char)text[w1]) || text[w1] == '.'))
        w1++;
    static const char *const clocks[] = {"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "h", "hrs", "uhr"};
    for (size_t k = 0; k < sizeof clocks / sizeof *clocks; k++)
        if (w1 - w0 == strlen(clocks[k]) && u8_ncasecmp(text + w0, clocks[k], w1 - w0) == 0)
            return 0;
    return !(w0 < n && w0 == i + d + 1 && isdigit((unsigned char)text[w0]));
}

/* Whether a spaced dash, after the word that ends out[0, len) and before text[i, n),
 * joins the groups of a North American phone number ("202 - 555 - 0143", "(202)
 * 555 - 0143"): three digits, three, then four, the first not 0 or 1 (no area code or
 * exchange starts so). */
static int phone_dash(const char *out, size_t len, const char *text, size_t i, size_t n)
{
    size_t b;
    if (!out)
        return 0;
    len = last_out_word(out, len, &b);
    const char *w = out + b;
    size_t wl = len - b;
    /* (an area code in brackets is the phone stage's: "(518) 474 - 8418") */
    if (wl < 3 || w[0] < '2' || w[0] > '9')
        return 0;
    while (i < n && text[i] == ' ')
        i++;
    size_t d = digits_run(text + i, n - i);
    if (i + d < n && isalnum((unsigned char)text[i + d]))
        return 0;
    /* "202-555" so far: the last group, four digits, follows */
    if (wl == 7 && digits_run(w, 3) == 3 && w[3] == '-' && digits_run(w + 4, 3) == 3)
        return d == 4 && !(i + d < n && (text[i + d] == '-' || text[i + d] == '.') && i + d + 1 < n &&
                           isdigit((unsigned char)text[i + d + 1]));
    if (wl != 3 || digits_run(w, 3) != 3)
        return 0;
    /* "(202) 555" so far: four digits follow */
    if (d == 4) {
        size_t pb, pe = last_out_word(out, b, &pb);
        return pe - pb == 5 && out[pb] == '(' && out[pe - 1] == ')' && digits_run(out + pb + 1, 3) == 3;
    }
    if (d != 3)
        return 0;
    /* "202" so far: "555", then a dash (spaced or not) and four digits */
    size_t j = i + 3;
    if (j < n && text[j] == '-')
        j++;
    else {
        while (j < n && text[j] == ' ')
            j++;
        if (!(j < n && text[j] == '-'))
            return 0;
        j++;
        while (j < n && text[j] == ' ')
            j++;
    }
    size_t d2 = digits_run(text + j, n - j);
    return d2 == 4 && !(j + d2 < n && isalnum((unsigned char)text[j + d2]));
}

/* Spans written in one word:
 *   Mon.–Fri., Mon-Fri -> "Monday to Friday"; January–December, Jan-Mar -> "January to
 *   December", "January to March";
 *   2025/26, 2025-26, FY2025-26, FY25 -> "2025 to 26", "fiscal year 2025 to 26", "fiscal
 *   year 25" (a year and the next, as budgets and seasons are named).
 * Returns 1 when it wrote word i, else 0. */
static size_t spans(sb *o, const word *w, size_t i, size_t nw)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core;
    size_t dash = 0, dl = 0;
    for (size_t k = 1; k + 1 < n && !dl; k++) {
        if (c[k] == '-' || c[k] == '/')
            dash = k, dl = 1;
        else if (k + 3 < n && (memcmp(c + k, "\xE2\x80\x93", 3) == 0 || memcmp(c + k, "\xE2\x80\x94", 3) == 0))
            dash = k, dl = 3;
    }
    /* "Safety Recommendation 2025-004", "Report 2024-017": a year and a number with
     * its zeros, an identifier's parts, no span ("2019-2023", "2019-20" are) */
    /* (three figures after it: "2200-0600" is a span of hours) */
    if (dl == 1 && c[dash] == '-' && dash == 4 && all_digits(c, 4) && n - dash - 1 == 3 && c[dash + 1] == '0' &&
        all_digits(c + dash + 1, n - dash - 1)) {
        sb_putn(o, x->s, x->lead);
        sb_putn(o, c, 4);
        sb_putc(o, ' ');
        sb_putn(o, c + dash + 1, n - dash - 1);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* weekdays: "Mon–Fri" a span, "Fri/Sat" the two */
    if (dl && c[dash] == '/') {
        int d1 = dt_weekday(c, dash), d2 = dt_weekday(c + dash + dl, n - dash - dl);
        if (d1 && d2 && d1 != d2 && dash <= 10 && n - dash - dl <= 10) {
            sb_putn(o, x->s, x->lead);
            sb_printf(o, "%s and %s", dt_weekday_name(d1), dt_weekday_name(d2));
            size_t skip = own_stop(w, i, nw);
            sb_putn(o, c + n + skip, x->trail - skip);
            return 1;
        }
    }
    if (dl && c[dash] != '/') {
        int d1 = dt_weekday(c, dash), d2 = dt_weekday(c + dash + dl, n - dash - dl);
        if (d1 && d2 && dash <= 10 && n - dash - dl <= 10) { /* "Mon–Fri", "Monday–Friday" */
            sb_putn(o, x->s, x->lead);
            sb_printf(o, "%s to %s", dt_weekday_name(d1), dt_weekday_name(d2));
            /* "Fri.": the abbreviation's stop, unless it ends the sentence */
            size_t skip = own_stop(w, i, nw);
            sb_putn(o, c + n + skip, x->trail - skip);
            return 1;
        }
        /* "January–December", "Jan-Mar": months, capitalised as names are */
        int m1 = isupper((unsigned char)c[0]) && isupper((unsigned char)c[dash + dl]) ? dt_month(c, dash) : 0;
        int m2 = m1 ? dt_month(c + dash + dl, n - dash - dl) : 0;
        if (m1 && m2 && dash <= 10 && n - dash - dl <= 10) {
            sb_putn(o, x->s, x->lead);
            sb_printf(o, "%s to %s", dt_month_name(m1), dt_month_name(m2));
            size_t skip = own_stop(w, i, nw);
            sb_putn(o, c + n + skip, x->trail - skip);
            return 1;
        }
    }
    /* "2025/26–2027/28", "2025-26 to 2027-28" in one word: a span of years that are
     * each a year and the next ("2025 26 to 2027 28"), as budgets over several are
     * named */
    if (n == 15 && all_digits(c, 4) && (c[4] == '/' || c[4] == '-') && all_digits(c + 5, 2) &&
        (c[7] == '-' || c[7] == '/') && all_digits(c + 8, 4) && c[12] == c[4] && all_digits(c + 13, 2) &&
        (atoi(c) + 1) % 100 == atoi(c + 5) && (atoi(c + 8) + 1) % 100 == atoi(c + 13) && c[7] != c[4]) {
        sb_putn(o, x->s, x->lead);
        put_year(o, atoi(c));
        sb_printf(o, " %.2s to ", c + 5);
        put_year(o, atoi(c + 8));
        sb_printf(o, " %.2s", c + 13);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* fiscal years and year spans */
    /* (and calendar years so written: "CY2024") */
    int calendar = n >= 4 && strncmp(c, "CY", 2) == 0 && isdigit((unsigned char)c[2]);
    size_t f = n >= 4 && (strncmp(c, "FY", 2) == 0 || calendar) && isdigit((unsigned char)c[2]) ? 2 : 0;
    size_t d = f;
    while (d < n && isdigit((unsigned char)c[d]))
        d++;
    if (f && d == n && (d - f == 2 || d - f == 4)) {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, calendar ? "calendar year " : "fiscal year ");
        if (d - f == 4)
            put_year(o, atoi(c + f));
        else
            sb_putn(o, c + f, 2);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "FY24–FY28", "FY2024-FY2028": a span of fiscal years */
    if (f && d < n && (d - f == 2 || d - f == 4) && dash == d && c[d] != '/') {
        size_t r = d + dl;
        size_t e = r + 2;
        while (r > d && e < n && isdigit((unsigned char)c[e]))
            e++;
        if (r > d && r + 2 < n && strncmp(c + r, "FY", 2) == 0 && e == n && e - r - 2 == d - f) {
            sb_putn(o, x->s, x->lead);
            sb_puts(o, "fiscal years ");
            for (int k = 0; k < 2; k++) {
                const char *y = k ? c + r + 2 : c + f;
                if (d - f == 4)
                    put_year(o, atoi(y));
                else
                    sb_putn(o, y, 2);
                if (!k)
                    sb_puts(o, " to ");
            }
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "FY23/24", "FY24-25": a fiscal year of two, each its last two figures */
    if (f && d - f == 2 && d + 3 == n && (c[d] == '-' || c[d] == '/') && isdigit((unsigned char)c[d + 1]) &&
        isdigit((unsigned char)c[d + 2]) && (atoi(c + f) + 1) % 100 == atoi(c + d + 1)) {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, calendar ? "calendar year " : "fiscal year ");
        put_year(o, (atoi(c + f) < 70 ? 2000 : 1900) + atoi(c + f));
        sb_printf(o, " to %.2s", c + d + 1);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    if (d - f == 4 && d + 3 == n && (c[d] == '-' || c[d] == '/') && isdigit((unsigned char)c[d + 1]) &&
        isdigit((unsigned char)c[d + 2])) {
        int y = atoi(c + f), y2 = atoi(c + d + 1);
        if (y >= 1900 && y <= 2199 && y2 == (y + 1) % 100) {
            sb_putn(o, x->s, x->lead);
            if (f)
                sb_puts(o, calendar ? "calendar year " : "fiscal year ");
            put_year(o, y);
            sb_printf(o, " to %02d", y2);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "2024/2025", "FY2024/2025": a year of two written in full, the second the next
     * (espeak-ng says "slash") */
    if (d - f == 4 && d + 5 == n && c[d] == '/' && all_digits(c + d + 1, 4)) {
        int y = atoi(c + f), y2 = atoi(c + d + 1);
        if (y >= 1900 && y <= 2199 && y2 == y + 1) {
            sb_putn(o, x->s, x->lead);
            if (f)
                sb_puts(o, calendar ? "calendar year " : "fiscal year ");
            put_year(o, y);
            sb_puts(o, " to ");
            put_year(o, y2);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    return 0;
}

/* Reads one word (from w[i]) into o; returns how many words it used. */
/* ------------------------------------------------------------ French */

/* French numbers in words, for the ordinals espeak-ng cannot make ("XXIe", "2e"). */
static const char *const fr_small[] = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept",
                                       "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze",
                                       "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"};
static const char *const fr_tens[] = {"", "", "vingt", "trente", "quarante", "cinquante", "soixante"};

static void fr_below_100(sb *o, int n)
{
    if (n < 20) {
        sb_puts(o, fr_small[n]);
        return;
    }
    int t = n / 10, u = n % 10;
    if (t == 7 || t == 9) { /* soixante-dix, quatre-vingt-dix */
        sb_puts(o, t == 7 ? "soixante" : "quatre-vingt");
        sb_puts(o, t == 7 && u == 1 ? " et " : "-");
        sb_puts(o, fr_small[10 + u]);
        return;
    }
    if (t == 8) {
        sb_puts(o, u ? "quatre-vingt-" : "quatre-vingts");
        if (u)
            sb_puts(o, fr_small[u]);
        return;
    }
    sb_puts(o, fr_tens[t]);
    if (u == 1)
        sb_puts(o, " et un");
    else if (u)
        sb_printf(o, "-%s", fr_small[u]);
}

static void fr_below_1000(sb *o, int n)
{
    int h = n / 100, r = n % 100;
    if (h) {
        if (h > 1)
            sb_printf(o, "%s ", fr_small[h]);
        sb_puts(o, h > 1 && !r ? "cents" : "cent");
        if (r)
            sb_putc(o, ' ');
    }
    if (r || !h)
        fr_below_100(o, r);
}

/* A cardinal in words, 0 to 999 999. */
static void fr_cardinal(sb *o, long n)
{
    long th = n / 1000, r = n % 1000;
    if (th) {
        if (th > 1) {
            fr_below_1000(o, (int)th);
            sb_putc(o, ' ');
        }
        sb_puts(o, "mille");
        if (r)
            sb_putc(o, ' ');
    }
    if (r || !th)
        fr_below_1000(o, (int)r);
}

/* An ordinal in words ("deuxième", "vingt et unième"); feminine for 1 ("première"). */
static void fr_ordinal(sb *o, long n, int feminine, int plural)
{
    if (n == 1) {
        sb_puts(o, feminine ? "première" : "premier");
    } else {
        sb w = {0};
        fr_cardinal(&w, n);
        if (!w.s)
            return;
        size_t l = w.len;
        if (l && w.s[l - 1] == 's' && (l < 5 || strcmp(w.s + l - 5, "trois") != 0))
            l--; /* "quatre-vingts", "deux cents": no s before -ième */
        if (l && w.s[l - 1] == 'e')
            l--;
        sb_putn(o, w.s, l);
        if (l >= 4 && strncmp(w.s + l - 4, "cinq", 4) == 0)
            sb_putc(o, 'u');
        else if (l >= 4 && strncmp(w.s + l - 4, "neuf", 4) == 0)
            o->s[o->len - 1] = 'v';
        sb_puts(o, "ième");
        sb_free(&w);
    }
    if (plural)
        sb_putc(o, 's');
}

/* French number words a digit string c[0, n) stands for; -1 when it is no plain
 * number of at most six digits. */
static long fr_digits(const char *c, size_t n)
{
    if (!n || n > 6)
        return -1;
    long v = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)c[i]))
            return -1;
        v = v * 10 + (c[i] - '0');
    }
    return v;
}

/* A group of three digits after a space ("000" in "48 000"); in French also the last
 * group with its decimals ("234,50" in "1 234,50"). */
static int group3(const word *y, int en)
{
    const char *s = y->s;
    if (y->lead || y->core < 3 || !all_digits(s, 3))
        return 0;
    if (y->core == 3)
        return 1;
    return !en && s[3] == ',' && y->core > 4 && all_digits(s + 4, y->core - 4);
}

/* Five to seven capitals no voice could say as a word: three consonants in a row
 * that open no syllable ("FNSEA", "ANSSI"; espeak-ng's French voice reads "FNSE" as
 * English), not "SCHOLZ", "STRAUSS". */
static int unsayable_caps(const char *c, size_t n)
{
    static const char *const clusters[] = {"SCH", "STR", "SPR", "SCR", "CHR", "PHR", "THR", "TCH"};
    size_t run = 0, most = 0;
    if (n < 5 || n > 7)
        return 0;
    for (size_t q = 0; q < n; q++) {
        if (c[q] < 'A' || c[q] > 'Z')
            return 0;
        run = strchr("AEIOUY", c[q]) ? 0 : run + 1;
        if (run == 3)
            for (size_t k = 0; k < sizeof clusters / sizeof *clusters; k++)
                if (memcmp(c + q - 2, clusters[k], 3) == 0)
                    run = 2;
        most = run > most ? run : most;
    }
    return most >= 3;
}


/* Whether capitals c[0, n) open as an English word can: a vowel first, one
 * consonant, or a cluster words open with ("STR", "PL"; not "SF", "TN"). */
static int sayable_onset(const char *c, size_t n)
{
    static const char *const onsets[] = {"BL", "BR", "CH", "CL", "CR", "DR", "DW", "FL", "FR", "GL", "GN", "GR",
                                         "KL", "KN", "KR", "PH", "PL", "PR", "PS", "QU", "SC", "SH", "SK", "SL",
                                         "SM", "SN", "SP", "ST", "SW", "TH", "TR", "TW", "WH", "WR", "SCH", "SCR",
                                         "SHR", "SPL", "SPR", "STR", "SQU", "THR",
                                         /* (and names' and loans': "Khan", "tsar", "Ghana", "Zhou", "Rhys") */
                                         "KH", "TS", "GH", "ZH", "RH"};
    size_t k = 0;
    while (k < n && !strchr("AEIOUY", c[k]))
        k++;
    if (k <= 1)
        return 1;
    for (size_t j = 0; j < sizeof onsets / sizeof *onsets; j++)
        if (strlen(onsets[j]) == k && memcmp(c, onsets[j], k) == 0)
            return 1;
    return 0;
}

/* Whether w[0, n) is, in any case, one of the language's common small words (its
 * detect, connector and article lists): "LE", "DES" in capitals are no acronyms. */
static int common_word(const char *w, size_t n)
{
    return data_has_line("en/detect.txt", w, n) || data_has_line("en/connectors.txt", w, n) ||
           data_has_line("en/articles.txt", w, n);
}

/* "$" is the peso in the sentence being read (sp_context.peso: a Spanish statement
 * from a country that writes its peso so). */
static _Thread_local int peso_sign;
/* the statement cites numbered paragraphs (sp_context.cites): "[45]" is one */
static _Thread_local int cites_paragraphs;

/* A scale word after a number ("millions", Swiss "mio."): 1, with what it says in
 * *say (the word itself, or data/<lang>/scales.txt's second field for an
 * abbreviation, which may keep its stop); 0 otherwise. */
static int scale_word(const word *y, const char **say, size_t *sayl)
{
    const char *line;
    size_t len, fl;
    if (!data_field_lines("en/scales.txt", y->s + y->lead, y->core, 1, &line, &len, 1))
        return 0;
    const char *f = field(line, len, 1, &fl);
    if (!f && y->trail)
        return 0;
    if (f && y->trail && !(y->trail == 1 && y->s[y->lead + y->core] == '.'))
        return 0;
    *say = f ? f : y->s + y->lead;
    *sayl = f ? fl : y->core;
    return 1;
}

/* An amount in a language other than English: a number, then a currency's sign or
 * code from the language's data ("12 €", "8 M€", "1 234,50 $", "40 milliards $"), or
 * the sign joined to it ("12€"). Returns the words used, or 0. */
static size_t amount_word(sb *o, const word *w, size_t i, size_t nw)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core;
    /* the code or sign first ("CHF 3 millions", "USD 12,50", "(EUR 40 mio.)", "$ 300"),
     * or the sign joined to the number ("$20.45", "€300", "$1.205.450 millones"): read
     * as the number, its scale, then the currency */
    {
        const char *one_, *many_;
        size_t onel_, manyl_, cl = 0, base = 0;
        word joined;
        const word *numw = NULL;
        if (!x->trail && i + 1 < nw && !w[i + 1].lead && isdigit((unsigned char)w[i + 1].s[0]) && n <= 4 &&
            (isupper((unsigned char)c[0]) || n <= 3) &&
            data_field_lines("en/currencies.txt", c, n, 0, &(const char *){NULL}, &(size_t){0}, 1)) {
            cl = n;
            numw = &w[i + 1];
            base = 2;
        } else if ((cl = currency_at(c, n, &one_, &onel_, &many_, &manyl_)) != 0 && cl < n &&
                   isdigit((unsigned char)c[cl]) && !isdigit((unsigned char)c[0])) {
            joined.s = c + cl;
            joined.lead = 0;
            joined.core = n - cl;
            joined.trail = x->trail;
            joined.n = joined.core + joined.trail;
            numw = &joined;
            base = 1;
        }
        if (numw) {
            word t[3], sc = i + base < nw ? w[i + base] : w[i];
            size_t k = 0, used = base;
            const char *say;
            size_t sayl;
            t[k++] = *numw;
            /* Swiss thousands ("CHF 16'400") without their apostrophes; "$20.45", as
             * Mexico writes cents, with a comma */
            char plain[32];
            const word *y = numw;
            size_t dot = y->core >= 4 && y->s[y->core - 3] == '.' && isdigit((unsigned char)y->s[y->core - 1]) &&
                                 isdigit((unsigned char)y->s[y->core - 2]) && !memchr(y->s, ',', y->core) &&
                                 memchr(y->s, '.', y->core) == y->s + y->core - 3
                             ? y->core - 3
                             : 0;
            if ((memchr(y->s, '\'', y->core) || dot) && y->core < sizeof plain) {
                size_t m = 0;
                for (size_t q = 0; q < y->core; q++)
                    if (y->s[q] != '\'')
                        plain[m++] = q == dot && dot ? ',' : y->s[q];
                t[0].s = plain;
                t[0].core = t[0].n = m;
                t[0].lead = 0;
                t[0].trail = 0;
            }
            sc.trail = 0;
            if (!numw->trail && i + base < nw && !w[i + base].lead && scale_word(&sc, &say, &sayl)) {
                t[k++] = w[i + base];
                used = base + 1;
            }
            const word *last = used > base ? &w[i + used - 1] : numw;
            t[k - 1].trail = 0;
            t[k].s = c;
            t[k].n = t[k].core = cl;
            t[k].lead = t[k].trail = 0;
            k++;
            size_t before = o->len;
            sb_putn(o, x->s, x->lead);
            if (amount_word(o, t, 0, k) == k) {
                /* "$350 pesos", "$1,200 millones de pesos": the currency the sign said
                 * written out after it too; said once */
                if (!last->trail && o->len > before) {
                    size_t e = o->len, b0 = e;
                    while (b0 > before && o->s[b0 - 1] != ' ')
                        b0--;
                    size_t cw = e - b0, extra = 0;
                    const word *nx = i + used < nw ? &w[i + used] : NULL;
                    if (nx && !nx->lead && nx->core == cw && u8_ncasecmp(nx->s, o->s + b0, cw) == 0)
                        extra = 1;
                    else if (nx && !nx->lead && !nx->trail && i + used + 1 < nw && nx->core == 2 &&
                             strncmp(nx->s, "de", 2) == 0 && !w[i + used + 1].lead &&
                             w[i + used + 1].core == cw && u8_ncasecmp(w[i + used + 1].s, o->s + b0, cw) == 0)
                        extra = 2;
                    if (extra) {
                        used += extra;
                        last = &w[i + used - 1];
                    }
                }
                /* the mark after the amount ("millions.") is the last word's */
                size_t tl = last->trail;
                const char *te = last->s + last->lead + last->core;
                if (used > base && tl == 1 && te[0] == '.' && i + used < nw &&
                    islower((unsigned char)w[i + used].s[w[i + used].lead]))
                    tl = 0; /* "mio. pour": the abbreviation's stop, not the sentence's */
                sb_putn(o, te, tl);
                return used;
            }
            o->len = before;
        }
    }
    /* amounts: a number, then a currency's sign or code ("12 €", "8 M€", "1 234,50 $",
     * "40 milliards $"), or the sign joined to it ("12€") */
    {
        size_t nl = 0;
        int stops = 0; /* "1.234,50 €": Spanish sets thousands apart with stops */
        while (nl < n && (isdigit((unsigned char)c[nl]) || (c[nl] == ',' && nl + 1 < n && isdigit((unsigned char)c[nl + 1])) ||
                          (c[nl] == '.' && data_lang() == 2 && nl + 3 < n + 1 && nl + 3 <= n &&
                           isdigit((unsigned char)c[nl + 1]) && isdigit((unsigned char)c[nl + 2]) &&
                           isdigit((unsigned char)c[nl + 3]) && (nl + 4 > n || !isdigit((unsigned char)c[nl + 4])))))
            stops += c[nl++] == '.';
        char plain[64];
        if (stops && nl < sizeof plain) {
            size_t k = 0;
            for (size_t q = 0; q < nl; q++)
                if (c[q] != '.')
                    plain[k++] = c[q];
            plain[k] = '\0';
        }
        const char *num = stops && nl < sizeof plain ? plain : c;
        size_t numl = stops && nl < sizeof plain ? strlen(plain) : nl;
        if (nl && isdigit((unsigned char)c[0])) {
            const char *cur = NULL, *scale = NULL;
            size_t curl = 0, scalel = 0, used = 0;
            const word *last = x;
            if (nl < n) {
                cur = c + nl;
                curl = n - nl;
                used = 1;
            } else if (!x->trail && i + 1 < nw && !w[i + 1].lead) {
                const word *y = &w[i + 1];
                if (scale_word(y, &scale, &scalel) && i + 2 < nw && !w[i + 2].lead) {
                    const word *z = &w[i + 2];
                    cur = z->s;
                    curl = z->core;
                    used = 3;
                    if (!z->trail && i + 3 < nw && !w[i + 3].lead && w[i + 3].core <= 3 && w[i + 3].s == z->s + z->n + 1 &&
                        data_field_lines("en/currencies.txt", z->s, z->n + 1 + w[i + 3].core, 0, &(const char *){NULL},
                                         &(size_t){0}, 1)) {
                        curl = z->n + 1 + w[i + 3].core;
                        used = 4;
                    }
                } else {
                    cur = y->s;
                    curl = y->core;
                    used = 2;
                    /* "2 500 $ US", "40 $ CA": the sign and the country's letters */
                    if (!y->trail && i + 2 < nw && !w[i + 2].lead && w[i + 2].core <= 3 && w[i + 2].s == y->s + y->n + 1 &&
                        data_field_lines("en/currencies.txt", y->s, y->n + 1 + w[i + 2].core, 0, &(const char *){NULL},
                                         &(size_t){0}, 1)) {
                        curl = y->n + 1 + w[i + 2].core;
                        used = 3;
                    }
                }
            }
            const char *line;
            size_t len, onel = 0, manyl = 0;
            if (used && curl && data_field_lines("en/currencies.txt", cur, curl, 0, &line, &len, 1)) {
                const char *one = field(line, len, 1, &onel), *many = field(line, len, 2, &manyl);
                if (peso_sign && curl == 1 && cur[0] == '$') {
                    one = "peso";
                    many = "pesos";
                    onel = 4;
                    manyl = 5;
                }
                const char *comma = memchr(num, ',', numl);
                long whole = fr_digits(num, comma ? (size_t)(comma - num) : numl);
                last = &w[i + used - 1];
                if (one && many) {
                    sb_putn(o, x->s, x->lead);
                    if (scale) {
                        /* "40 milliards $": forty billion dollars, "de" before the unit */
                        sb_putn(o, num, numl);
                        sb_putc(o, ' ');
                        sb_putn(o, scale, scalel);
                        sb_puts(o, data_lang() == 1 && strchr("aeiouAEIOU", many[0]) ? " d'" : " de ");
                        sb_putn(o, many, manyl);
                    } else if (comma && !memchr(one, ' ', onel) && numl - (size_t)(comma - num + 1) == 2) {
                        /* "1 234,50 $": dollars, then the cents */
                        sb_putn(o, num, (size_t)(comma - num));
                        sb_putc(o, ' ');
                        sb_putn(o, whole >= 0 && whole < 2 ? one : many, whole >= 0 && whole < 2 ? onel : manyl);
                        sb_putc(o, ' ');
                        sb_putn(o, comma + 1, 2);
                    } else {
                        sb_putn(o, num, numl);
                        sb_putc(o, ' ');
                        int single = whole >= 0 && whole < 2;
                        sb_putn(o, single ? one : many, single ? onel : manyl);
                    }
                    sb_putn(o, last->s + last->lead + last->core, last->trail);
                    return used;
                }
            }
        }
    }
    return 0;
}

/* Rules every language but English shares, its words from its data: a minus before
 * a number ("-4 %", "−3,2 %": « moins », « menos »), and abbreviations of two words
 * (data/fr/pairs.txt: « p. ex. » par exemple; « EE. UU. » Estados Unidos). Returns
 * the words used; 0 also when only a minus in the word's lead was said, the number
 * itself left to the rules after. */
static size_t other_language_word(sb *o, const word *w, size_t i, size_t nw)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core;
    if (isdigit((unsigned char)c[0]) && x->lead && x->s[x->lead - 1] == '-') {
        sb_putn(o, x->s, x->lead - 1);
        sb_printf(o, "%s ", data_say("minus"));
        return 0; /* the number itself is read on */
    }
    if ((c[0] == '-' && n > 1 && isdigit((unsigned char)c[1])) ||
        (n > 3 && memcmp(c, "\xE2\x88\x92", 3) == 0 && isdigit((unsigned char)c[3]))) {
        size_t skip = c[0] == '-' ? 1 : 3;
        sb_putn(o, x->s, x->lead);
        sb_printf(o, "%s ", data_say("minus"));
        sb_putn(o, c + skip, n - skip + x->trail);
        return 1;
    }
    /* "desde el 17/3", « le 17/3 »: a day and a month after an article */
    if (n >= 3 && n <= 5 && isdigit((unsigned char)c[0]) && i > 0 && !w[i - 1].trail &&
        ((w[i - 1].core == 2 && (strncmp(w[i - 1].s + w[i - 1].lead, "el", 2) == 0 ||
                                 strncmp(w[i - 1].s + w[i - 1].lead, "le", 2) == 0 ||
                                 strncmp(w[i - 1].s + w[i - 1].lead, "al", 2) == 0 ||
                                 strncmp(w[i - 1].s + w[i - 1].lead, "au", 2) == 0 ||
                                 strncmp(w[i - 1].s + w[i - 1].lead, "du", 2) == 0)) ||
         (w[i - 1].core == 3 && strncmp(w[i - 1].s + w[i - 1].lead, "del", 3) == 0))) {
        const char *sl = memchr(c, '/', n);
        int day = sl ? atoi(c) : 0, month = sl ? atoi(sl + 1) : 0;
        if (sl && sl > c && sl - c <= 2 && c + n - sl - 1 >= 1 && c + n - sl - 1 <= 2 &&
            all_digits(sl + 1, (size_t)(c + n - sl - 1)) && all_digits(c, (size_t)(sl - c)) && day >= 1 &&
            day <= 31 && month >= 1 && month <= 12 && dt_month_name(month)) {
            sb_putn(o, x->s, x->lead);
            if (day == 1 && data_lang() == 1)
                sb_puts(o, "1er");
            else
                sb_printf(o, "%d", day);
            sb_printf(o, data_lang() == 2 ? " de %s" : " %s", dt_month_name(month));
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* a numeric date, day first ("15/03/2025", Swiss "03.02.2025", "2025-03-04"):
     * « 15 mars 2025 », « 15 de marzo de 2025 » */
    dt_date dd = {0};
    size_t dl = isdigit((unsigned char)c[0]) ? dt_date_at(c, n, DT_DAY_FIRST, &dd) : 0;
    if (dl == n && dd.form != DT_NAMED && dd.year && dt_month_name(dd.month)) {
        int es = data_lang() == 2;
        sb_putn(o, x->s, x->lead);
        if (dd.day == 1 && !es)
            sb_puts(o, "1er");
        else
            sb_printf(o, "%d", dd.day);
        sb_printf(o, es ? " de %s de %d" : " %s %d", dt_month_name(dd.month), dd.year);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* a regnal or section number in roman numerals after a capitalised name or a noun
     * ("Louis XIV", "Jean-Paul II", "chapitre IV", "Felipe VI"): French says the
     * number, Spanish the ordinal up to ten */
    if (n >= 1 && n <= 7 && i > 0 && !w[i - 1].trail && w[i - 1].core >= 3 && strspn(c, "IVXLCDM") >= n) {
        const word *pv = &w[i - 1];
        int lower = 0;
        for (size_t q = 0; q < pv->core; q++)
            lower |= islower((unsigned char)pv->s[pv->lead + q]);
        int v = roman_value(c, n);
        if (lower && v >= 1 && (n >= 2 || v == 1) && !(n == 1 && c[0] == 'I' && !isupper((unsigned char)pv->s[pv->lead]))) {
            static const char *const es_ord[] = {"", "primero", "segundo", "tercero", "cuarto", "quinto",
                                                 "sexto", "séptimo", "octavo", "noveno", "décimo"};
            sb_putn(o, x->s, x->lead);
            if (data_lang() == 2 && v <= 10)
                sb_puts(o, es_ord[v]);
            else if (data_lang() == 1 && v == 1)
                sb_puts(o, "premier");
            else
                sb_printf(o, "%d", v);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* Swiss thousands set apart by apostrophes ("1'234", "CHF 16'400") */
    if (isdigit((unsigned char)c[0]) && n >= 5 && memchr(c, '\'', n)) {
        int ok = 1;
        size_t digits_run = 0, groups = 0;
        for (size_t q = 0; q < n && ok; q++) {
            if (isdigit((unsigned char)c[q]))
                digits_run++;
            else if (c[q] == '\'' && digits_run >= 1 && (groups ? digits_run == 3 : digits_run <= 3) && q + 3 < n + 1)
                digits_run = 0, groups++;
            else if (c[q] == ',' || c[q] == '.')
                break;
            else
                ok = 0;
        }
        if (ok && groups && digits_run >= 3) {
            sb_putn(o, x->s, x->lead);
            for (size_t q = 0; q < n; q++)
                if (c[q] != '\'')
                    sb_putc(o, c[q]);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* two words, each with its stop */
    if (i + 1 < nw && x->trail >= 1 && c[n] == '.' && n < 8 && w[i + 1].core && w[i + 1].core < 8 && !w[i + 1].lead &&
        w[i + 1].trail >= 1 && w[i + 1].s[w[i + 1].core] == '.') {
        char key[24];
        const word *y = &w[i + 1];
        int kl = snprintf(key, sizeof key, "%.*s. %.*s.", (int)n, c, (int)y->core, y->s);
        const char *line;
        size_t len, sl;
        if (kl > 0 && (size_t)kl < sizeof key && data_field_lines("en/pairs.txt", key, (size_t)kl, 0, &line, &len, 1)) {
            const char *say = field(line, len, 1, &sl);
            if (say && sl) {
                sb_putn(o, x->s, x->lead);
                sb_putn(o, say, sl);
                const char *tr = y->s + y->core;
                size_t tl = y->trail;
                if (tl && *tr == '.' && i + 2 < nw)
                    tr++, tl--; /* the stop is the abbreviation's, unless it ends the sentence */
                sb_putn(o, tr, tl);
                return 2;
            }
        }
    }
    return 0;
}

/* What French espeak-ng misreads, read as a person would: hours ("17 h 45"),
 * ordinals ("1er", "2e", "XXIe siècle"), amounts ("8 M€", "1 234,50 $", "12 €"), a minus
 * before a number. Returns the words used, or 0. */
static size_t fr_word(sb *o, const word *w, size_t i, size_t nw)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core;
    if (!n)
        return 0;
    /* "24 h/24", "7 j/7": around the clock */
    if (n == 2 && strncmp(c, "24", 2) == 0 && !x->trail && i + 1 < nw && w[i + 1].core == 4 &&
        strncmp(w[i + 1].s + w[i + 1].lead, "h/24", 4) == 0) {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, "24 heures sur 24");
        sb_putn(o, w[i + 1].s + w[i + 1].lead + 4, w[i + 1].trail);
        return 2;
    }
    if (n == 1 && c[0] == '7' && !x->trail && i + 1 < nw && w[i + 1].core == 3 &&
        strncmp(w[i + 1].s + w[i + 1].lead, "j/7", 3) == 0) {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, "7 jours sur 7");
        sb_putn(o, w[i + 1].s + w[i + 1].lead + 3, w[i + 1].trail);
        return 2;
    }
    /* "17 h 45", "17h45", "9 h": hours and minutes */
    {
        size_t d = 0;
        while (d < n && d < 2 && isdigit((unsigned char)c[d]))
            d++;
        long hh = d ? fr_digits(c, d) : -1, mm = -1;
        size_t used = 0;
        const char *mp = NULL;
        if (hh >= 0 && hh <= 24 && d == n && !x->trail && i + 1 < nw && w[i + 1].core == 1 && w[i + 1].s[w[i + 1].lead] == 'h' &&
            !w[i + 1].lead) {
            used = 2;
            if (!w[i + 1].trail && i + 2 < nw && w[i + 2].core == 2 && !w[i + 2].lead &&
                (mm = fr_digits(w[i + 2].s, 2)) >= 0 && mm < 60) {
                used = 3;
                mp = w[i + 2].s;
            }
        } else if (hh >= 0 && hh <= 24 && d < n && c[d] == 'h' &&
                   (d + 1 == n || (n - d - 1 == 2 && (mm = fr_digits(c + d + 1, 2)) >= 0 && mm < 60))) {
            used = 1;
            if (mm >= 0)
                mp = c + d + 1;
        }
        if (used) {
            const word *last = &w[i + used - 1];
            sb_putn(o, x->s, x->lead);
            if (hh == 1)
                sb_puts(o, "une heure");
            else if (hh == 21)
                sb_puts(o, "vingt et une heures");
            else
                sb_printf(o, "%ld heures", hh);
            if (mp && mm > 0)
                sb_printf(o, " %ld", mm);
            sb_putn(o, last->s + last->lead + last->core, last->trail);
            return used;
        }
    }
    /* ordinals: "1er", "1re", "1ère", "2e", "2ème", "2ᵉ", "XXIe", "Ier" */
    {
        size_t d = 0;
        while (d < n && isdigit((unsigned char)c[d]))
            d++;
        size_t r = 0;
        if (!d)
            while (r < n && strchr("IVXLCDM", c[r]))
                r++;
        size_t k = d ? d : r;
        long v = d ? fr_digits(c, d) : r ? (long)roman_value(c, r) : -1;
        const char *suf = c + k;
        size_t sl = n - k;
        int fem = 0, plural = 0, ok = 0;
        if (v > 0 && k < n) {
            if ((sl == 2 && strncmp(suf, "er", 2) == 0) || (sl == 3 && strncmp(suf, "ers", 3) == 0))
                ok = v == 1, plural = sl == 3;
            else if ((sl == 2 && strncmp(suf, "re", 2) == 0) || (sl == 3 && strncmp(suf, "res", 3) == 0) ||
                     (sl == 4 && strncmp(suf, "ère", 4) == 0) || (sl == 5 && strncmp(suf, "ères", 5) == 0))
                ok = v == 1, fem = 1, plural = suf[sl - 1] == 's';
            else if (v == 2 && ((sl == 2 && strncmp(suf, "nd", 2) == 0) || (sl == 3 && strncmp(suf, "nde", 3) == 0) ||
                                (sl == 3 && strncmp(suf, "nds", 3) == 0) || (sl == 4 && strncmp(suf, "ndes", 4) == 0))) {
                /* « 2nd », « 2nde »: second, seconde */
                sb_putn(o, x->s, x->lead);
                sb_puts(o, suf[2] == 'e' ? "seconde" : "second");
                if (suf[sl - 1] == 's')
                    sb_putc(o, 's');
                sb_putn(o, c + n, x->trail);
                return 1;
            } else if ((sl == 1 && suf[0] == 'e') || (sl == 2 && strncmp(suf, "es", 2) == 0) ||
                     (sl == 4 && strncmp(suf, "ème", 4) == 0) || (sl == 5 && strncmp(suf, "èmes", 5) == 0) ||
                     (sl == 3 && memcmp(suf, "\xE1\xB5\x89", 3) == 0))
                ok = v > 1, plural = suf[sl - 1] == 's';
        }
        /* a roman ordinal needs a capital numeral of two letters or more, "Ier", or
         * V or X ("la Ve République") */
        if (ok && r && r < 2 && !(v == 1 && sl >= 2) && c[0] != 'V' && c[0] != 'X')
            ok = 0;
        if (ok && v < 1000000) {
            sb_putn(o, x->s, x->lead);
            fr_ordinal(o, v, fem, plural);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "l'UE", "d'OMS": an elided article, then a spelled acronym */
    if (n > 3 && (c[1] == '\'' || (n > 5 && memcmp(c + 1, "\xE2\x80\x99", 3) == 0)) && strchr("ldjLDJ", c[0])) {
        size_t q = c[1] == '\'' ? 2 : 4;
        /* (in a line set in capitals, "MESURES D'ORDRE INDIVIDUEL", a word: only a
         * listed acronym is spelled there) */
        int mixed = islower((unsigned char)c[0]);
        for (size_t t = 0; !mixed && t < nw; t++)
            for (size_t u = 0; t != i && u < w[t].core && !mixed; u++)
                mixed = islower((unsigned char)w[t].s[w[t].lead + u]) != 0;
        int caps = mixed &&
                   ((n - q >= 2 && n - q <= 4) || unsayable_caps(c + q, n - q)) && acronym_kind(c + q, n - q) != 'w' &&
                   !common_word(c + q, n - q);
        for (size_t k = q; caps && k < n; k++)
            caps = c[k] >= 'A' && c[k] <= 'Z';
        if (acronym_kind(c + q, n - q) == 's' || caps) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, q);
            spell(o, c + q, n - q);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
        /* "l'art. 5": the abbreviation after the article, with its stop */
        size_t sl = 0;
        const char *say;
        int ctx = next_kind(i + 1 < nw ? &w[i + 1] : NULL);
        if (x->trail && c[n] == '.' && (say = expansion(c + q, n - q + 1, ctx, &sl)) != NULL) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, q);
            sb_putn(o, say, sl);
            sb_putn(o, c + n + 1, x->trail - 1);
            return 1;
        }
    }
    return amount_word(o, w, i, nw);
}

/* What Spanish espeak-ng misreads, read as a person would: ordinals ("1.º" primero,
 * "2.ª" segunda, "3.er" tercer), an hour's "h" ("17:45 h" 17:45 horas), a minus, "p.
 * ej."; amounts as amount_word. Returns the words used, or 0. */
static size_t es_word(sb *o, const word *w, size_t i, size_t nw)
{
    static const char *const masc[] = {"", "primero", "segundo", "tercero", "cuarto", "quinto",
                                       "sexto", "séptimo", "octavo", "noveno", "décimo"};
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core, d = 0;
    if (!n)
        return 0;
    while (d < n && isdigit((unsigned char)c[d]))
        d++;
    /* "$48,500 mdp", "$1,200 mdd": millions of pesos or of dollars, the sign and the
     * unit saying the currency once */
    if (n >= 2 && c[0] == '$' && isdigit((unsigned char)c[1]) && !x->trail && i + 1 < nw) {
        const word *u = &w[i + 1];
        const char *uc = u->s + u->lead;
        int pesos = u->core == 3 && u8_ncasecmp(uc, "mdp", 3) == 0, dollars = u->core == 3 && u8_ncasecmp(uc, "mdd", 3) == 0;
        if (!u->lead && (pesos || dollars)) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c + 1, n - 1);
            sb_puts(o, pesos ? " millones de pesos" : " millones de dólares");
            sb_putn(o, uc + u->core, u->trail);
            return 2;
        }
    }
    /* "3T de 2027", "el 2S": a quarter (trimestre) or a half (semestre) of a year */
    if (d == 1 && n == 2 && (c[1] == 'T' || c[1] == 'S') && c[0] >= '1' && c[0] <= (c[1] == 'T' ? '4' : '2')) {
        static const char *const nth[] = {"", "primer", "segundo", "tercer", "cuarto"};
        sb_putn(o, x->s, x->lead);
        sb_printf(o, "%s %s", nth[c[0] - '0'], c[1] == 'T' ? "trimestre" : "semestre");
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* ordinals: "1.º", "1º", "2.ª", "3.er", "1.os", "2.as" */
    if (d && d <= 2) {
        size_t q = d + (d < n && c[d] == '.');
        const char *suf = c + q;
        size_t sl = n + x->trail - q; /* "3.er." keeps its stop apart below */
        int v = atoi(c), fem = -1, plural = 0, apoc = 0;
        if (sl >= 2 && memcmp(suf, "\xC2\xBA", 2) == 0)
            fem = 0, sl = 2; /* º */
        else if (sl >= 2 && memcmp(suf, "\xC2\xB0", 2) == 0 && q + 2 == n && !x->trail && i + 1 < nw &&
                 islower((unsigned char)w[i + 1].s[w[i + 1].lead]))
            fem = 0, sl = 2; /* "1° de junio": a degree's sign for º, before a word (not "20 °C") */
        else if (sl >= 2 && memcmp(suf, "\xC2\xAA", 2) == 0)
            fem = 1, sl = 2; /* ª */
        else if (q > d && n - q == 2 && strncmp(suf, "er", 2) == 0)
            fem = 0, apoc = 1, sl = 2;
        else if (q > d && n - q == 2 && (strncmp(suf, "os", 2) == 0 || strncmp(suf, "as", 2) == 0))
            fem = suf[0] == 'a', plural = 1, sl = 2;
        else if (q == d && n - q == 2 && strncmp(suf, "er", 2) == 0)
            fem = 0, apoc = 1, sl = 2; /* "3er" */
        if (fem >= 0 && v > 10 && q + sl >= n) {
            /* "13.º": above ten the number itself */
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, d);
            const char *tr = c + q + sl;
            sb_putn(o, tr, (size_t)(x->s + x->n - tr));
            return 1;
        }
        if (fem >= 0 && v >= 1 && v <= 10 && q + sl >= n) {
            const char *m = masc[v];
            size_t ml = strlen(m);
            sb_putn(o, x->s, x->lead);
            if (apoc && (v == 1 || v == 3))
                sb_putn(o, m, ml - 1); /* "primer", "tercer" */
            else if (fem || plural) {
                sb_putn(o, m, ml - 1);
                sb_putc(o, fem ? 'a' : 'o');
                if (plural)
                    sb_putc(o, 's');
            } else
                sb_putn(o, m, ml);
            const char *tr = c + q + sl;
            sb_putn(o, tr, (size_t)(x->s + x->n - tr));
            return 1;
        }
    }
    /* "7:45 a. m.", "9 a.m.", "10:00 p. m.": of the morning, of the afternoon */
    {
        const word *y = i + 1 < nw ? &w[i + 1] : NULL, *z = i + 2 < nw ? &w[i + 2] : NULL;
        int am = -1;
        size_t used = 0;
        if (d && y && !x->trail && !y->lead) {
            const char *yc = y->s + y->lead;
            if (y->core + y->trail >= 4 && (strncmp(yc, "a.m.", 4) == 0 || strncmp(yc, "p.m.", 4) == 0))
                am = yc[0] == 'a', used = 2;
            else if (z && y->core == 1 && y->trail == 1 && (yc[0] == 'a' || yc[0] == 'p') && yc[1] == '.' &&
                     z->core == 1 && z->s[z->lead] == 'm' && z->trail >= 1 && z->s[z->lead + 1] == '.')
                am = yc[0] == 'a', used = 3;
        }
        if (am >= 0 && (d == n || (n - d == 3 && c[d] == ':'))) {
            const word *last = &w[i + used - 1];
            sb_putn(o, x->s, x->lead);
            /* "10:00 p. m.": the hour alone */
            sb_putn(o, c, n - d == 3 && c[d + 1] == '0' && c[d + 2] == '0' ? d : n);
            sb_puts(o, am ? " de la mañana" : " de la tarde");
            /* the abbreviation's stop ends the sentence only at its end */
            const char *te = last->s + last->lead + last->core + 1;
            size_t tl = last->trail ? last->trail - 1 : 0;
            if (i + used >= nw && last->trail)
                sb_putc(o, '.');
            sb_putn(o, te, tl);
            return used;
        }
    }
    /* "24:00 horas", "a las 08:00": a whole hour is its number ("veinticuatro horas",
     * not "veinticuatro cero cero") */
    /* (and "10:00 h", "18.00 h": the hour's h is that "horas") */
    int hour_h = i + 1 < nw && !x->trail && w[i + 1].core == 1 && w[i + 1].s[w[i + 1].lead] == 'h' && !w[i + 1].lead;
    if (d && d <= 2 && n == d + 3 && (c[d] == ':' || (c[d] == '.' && hour_h)) && c[d + 1] == '0' && c[d + 2] == '0' &&
        atoi(c) <= 24) {
        int hv = atoi(c);
        int horas = i + 1 < nw && !x->trail && w[i + 1].core == 5 && strncmp(w[i + 1].s + w[i + 1].lead, "horas", 5) == 0;
        sb_putn(o, x->s, x->lead);
        sb_printf(o, "%d", hv);
        if (!horas)
            sb_puts(o, hv == 1 ? " hora" : " horas");
        if (hour_h) {
            const word *h = &w[i + 1];
            sb_putn(o, h->s + h->lead + h->core, h->trail);
            return 2;
        }
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "9.30 horas": the hour written with a stop */
    if (d && d <= 2 && n == d + 3 && c[d] == '.' && isdigit((unsigned char)c[d + 1]) && isdigit((unsigned char)c[d + 2]) &&
        i + 1 < nw && !x->trail && w[i + 1].core == 5 && strncmp(w[i + 1].s + w[i + 1].lead, "horas", 5) == 0) {
        sb_putn(o, x->s, x->lead);
        sb_putn(o, c, d);
        sb_printf(o, ":%c%c", c[d + 1], c[d + 2]);
        return 1;
    }
    /* "17:45 h", "17.45 h", "9 h": the hour's h is "horas" */
    if (d && i + 1 < nw && !x->trail && w[i + 1].core == 1 && w[i + 1].s[w[i + 1].lead] == 'h' && !w[i + 1].lead &&
        (d == n || (n - d == 3 && (c[d] == ':' || c[d] == '.') && isdigit((unsigned char)c[d + 1]) &&
                    isdigit((unsigned char)c[d + 2])))) {
        sb_putn(o, x->s, x->lead);
        sb_putn(o, c, d);
        if (d < n)
            sb_printf(o, ":%c%c", c[d + 1], c[d + 2]);
        sb_puts(o, atoi(c) == 1 && d == n ? " hora" : " horas");
        const word *h = &w[i + 1];
        sb_putn(o, h->s + h->lead + h->core, h->trail);
        return 2;
    }
    return amount_word(o, w, i, nw);
}

/* Whether word i, "IT", "US" or "WHO" among words with no letter in lower case, is
 * the pronoun: before a verb that follows a subject ("IT WAS", "WHO IS"), after a
 * word that takes an object ("CALL US", "ABOUT IT", "ALL OF US") or a person ("THOSE
 * WHO"), or last; "THE US WILL", "THE IT DEPARTMENT", "WHO GUIDANCE" stay letters. */
static int caps_pronoun(const word *w, size_t i, size_t nw)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core;
    int it = n == 2 && strncmp(c, "IT", 2) == 0, us = n == 2 && strncmp(c, "US", 2) == 0,
        who = n == 3 && strncmp(c, "WHO", 3) == 0;
    if (!it && !us && !who)
        return 0;
    /* a media advisory's field, "WHO: Mayor Ana Ruiz", in any sentence (not a
     * contact's line, "WHO: Margaret Harris, mediainquiries@who.int, +41 22 …", the
     * World Health Organization's press office among others') */
    if (who && i == 0 && x->trail && x->s[x->lead + x->core] == ':') {
        for (size_t t = 1; t < nw && t < 40; t++)
            if (memchr(w[t].s, '@', w[t].n) || (w[t].n > 2 && w[t].s[0] == '+' && isdigit((unsigned char)w[t].s[1])))
                return 0;
        return 1;
    }
    /* (the words around it, not the whole sentence: a sentence of such words would
     * be read in time quadratic in its length) */
    for (size_t t = i > 8 ? i - 8 : 0; t < nw && t <= i + 8; t++)
        for (size_t q = 0; q < w[t].core; q++)
            if (islower((unsigned char)w[t].s[w[t].lead + q]))
                return 0;
    static const char *const verbs[] = {"WAS", "IS", "ARE", "WERE", "WILL", "WOULD", "HAS", "HAVE", "HAD",
                                        "CAN", "COULD", "SHOULD", "MAY", "MIGHT", "MUST", "DID", "DOES",
                                        "DO", "SAID", "SAYS", "SEEMS", "SEEMED", "LOOKS", "LOOKED", "CALLED",
                                        "SAW", "KNOWS", "KNEW", "TOOK", "GOT", "WANTS", "WANTED", "NEEDS"};
    static const char *const takes[] = {"CALL", "TELL", "JOIN", "HELP", "LET", "TO", "FOR", "WITH", "OF",
                                        "FROM", "GIVE", "SHOW", "CONTACT", "EMAIL", "VISIT", "ASK", "THANK",
                                        "ABOUT", "AMONG", "BEHIND", "AGAINST", "SEND", "BRING", "TAKE",
                                        "TOLD", "ASKED", "JOINED", "HELPED", "SHOWED", "SENT", "GAVE",
                                        "MAKE", "MADE", "KEEP", "FOLLOW", "ON", "IN", "DO", "DID", "GET",
                                        "SEE", "FIX", "PUT", "WANT", "NEED", "USE", "BEFORE", "AFTER", "LIKE"};
    /* what may follow the object: "CALL US AT", "JOIN US FOR", "ABOUT IT NOW" ("OF US
     * FORCES", "IN IT SYSTEMS": the letters before a noun) */
    static const char *const after[] = {"AT", "FOR", "TO", "AND", "OR", "BUT", "ON", "IN", "WITH", "ABOUT",
                                        "BACK", "UP", "OUT", "DOWN", "OFF", "OVER", "AGAIN", "NOW",
                                        "TODAY", "TOO", "ALSO", "FIRST", "HERE", "THERE", "BY", "FROM"};
    static const char *const persons[] = {"PEOPLE", "THOSE", "ANYONE", "EVERYONE", "SOMEONE", "ANYBODY",
                                          "EVERYBODY", "SOMEBODY", "ONE", "PERSON", "MAN", "WOMAN", "MEN",
                                          "WOMEN", "RESIDENTS", "OFFICERS", "FAMILIES", "CHILDREN", "ALL"};
    const word *nx = i + 1 < nw && !x->trail ? &w[i + 1] : NULL, *pv = i > 0 && !w[i - 1].trail ? &w[i - 1] : NULL;
    for (size_t k = 0; nx && !us && k < sizeof verbs / sizeof *verbs; k++)
        if (equals_word(nx, verbs[k]))
            return !pv || !equals_word(pv, "THE");
    /* "STRENGTHENING AS IT APPROACHES THE ISLANDS", "WHEN IT MOVED": a clause's
     * subject after its conjunction, a verb in -S or -ED after it (not "SUCH AS IT
     * SERVICES") */
    static const char *const clauses[] = {"AS", "WHILE", "WHEN", "SINCE", "BECAUSE", "IF", "UNTIL", "THOUGH",
                                          "ALTHOUGH", "ONCE", "WHERE", "AFTER", "BEFORE"};
    /* (a verb in -S before what a verb takes, "APPROACHES THE ISLANDS", "MOVES NORTH",
     * or last; "ONCE IT SYSTEMS ARE RESTORED", "UNTIL IT SERVICES CONFIRM": nouns) */
    static const char *const objects[] = {"THE", "A", "AN", "ITS", "TO", "INTO", "TOWARD", "TOWARDS", "ACROSS",
                                           "OVER", "NEAR", "ON", "AT", "BY", "FROM", "THROUGH", "ALONG", "NORTH",
                                           "SOUTH", "EAST", "WEST", "INLAND", "ASHORE", "SLOWLY", "QUICKLY"};
    if (it && nx && pv && nx->core >= 4 && equals_any(pv, clauses, sizeof clauses / sizeof *clauses) &&
        !(i >= 2 && !w[i - 2].trail && equals_word(&w[i - 2], "SUCH"))) {
        const char *v = nx->s + nx->lead;
        int ed = v[nx->core - 2] == 'E' && v[nx->core - 1] == 'D';
        int es = v[nx->core - 1] == 'S' &&
                 (nx->trail || i + 2 >= nw || equals_any(&w[i + 2], objects, sizeof objects / sizeof *objects) ||
                  w[i + 2].core == 0 || isdigit((unsigned char)w[i + 2].s[w[i + 2].lead]));
        if (ed || es)
            return 1;
    }
    int free_after = !nx;
    for (size_t k = 0; nx && k < sizeof after / sizeof *after; k++)
        free_after |= equals_word(nx, after[k]);
    for (size_t k = 0; pv && !who && free_after && k < sizeof takes / sizeof *takes; k++)
        if (equals_word(pv, takes[k]))
            return 1;
    for (size_t k = 0; pv && who && k < sizeof persons / sizeof *persons; k++)
        if (equals_word(pv, persons[k]))
            return 1;
    return 0;
}

/* « l'article 49.3 », « l'article 49-3 », « artículo 16.2 »: an article's number in
 * parts, no decimal and no range ("quarante-neuf trois"); in a code's article after
 * « L. » or « R. » the hyphen is said (« L. 121-1 »: « cent vingt et un tiret un »). */
static size_t article_number(sb *o, const word *w, size_t i)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core;
    if (i == 0 || w[i - 1].trail > 1 || n < 3 || !isdigit((unsigned char)c[0]) || !isdigit((unsigned char)c[n - 1]))
        return 0;
    size_t seps = 0;
    for (size_t k = 0; k < n; k++) {
        if (c[k] == '.' || c[k] == '-') {
            if (!isdigit((unsigned char)c[k - 1]) || !isdigit((unsigned char)c[k + 1]))
                return 0;
            seps++;
        } else if (!isdigit((unsigned char)c[k])) {
            return 0;
        }
    }
    const word *p = &w[i - 1];
    const char *pc = p->s + p->lead;
    size_t pl = p->core;
    const char *ap = memchr(pc, '\'', pl); /* « l'article » */
    if (ap) {
        pl -= (size_t)(ap + 1 - pc);
        pc = ap + 1;
    }
    int en = data_lang() == 0;
    int code = !en && (pl == 1 && (pc[0] == 'L' || pc[0] == 'R' || pc[0] == 'D'));
    int article = !en && pl >= 7 && (u8_ncasecmp(pc, "article", 7) == 0 || u8_ncasecmp(pc, "art\xC3\xAD" "culo", 9) == 0);
    /* "P.L. 118-272", "Public Law 118-272": a Congress's number, then the law's */
    int public_law = en && ((pl == 3 && strncmp(pc, "P.L", 3) == 0) || (pl == 3 && strncmp(pc, "Law", 3) == 0 && i >= 2 &&
                                                                        strncmp(w[i - 2].s + w[i - 2].lead, "Public", 6) == 0) ||
                            (pl == 1 && pc[0] == 'L' && i >= 2 && w[i - 2].core == 3 &&
                             strncmp(w[i - 2].s + w[i - 2].lead, "Pub", 3) == 0));
    if (!seps || (!code && !article && !public_law))
        return 0;
    sb_putn(o, x->s, x->lead);
    for (size_t k = 0; k < n; k++)
        if (c[k] == '-' && code)
            sb_printf(o, " %s ", data_say("dash"));
        else
            sb_putc(o, c[k] == '.' || c[k] == '-' ? ' ' : c[k]);
    sb_putn(o, c + n, x->trail);
    return 1;
}

/* A 24-hour clock time, hh:mm, as said with "hours" after it: "1400" fourteen hundred,
 * "0600" oh six hundred, "0000" zero hundred, "0245" oh two forty-five; lead_zero: the
 * hour was written with its leading zero. */
static void say_clock24(sb *o, int lead_zero, int hh, int mm)
{
    if (mm == 0) {
        sb_printf(o, !hh ? "zero hundred" : lead_zero ? "oh %d hundred" : "%d hundred", hh);
        return;
    }
    if (lead_zero && hh > 0)
        sb_puts(o, "oh ");
    dt_time t = {.hour = hh, .minute = mm, .second = -1};
    say_time(o, &t);
}

/* Whether w[i] is "(ii)", a lower-case Roman numeral alone in brackets. */
static int bracket_roman(const word *x, char *up, int *v)
{
    const char *c = x->s + x->lead;
    size_t n = x->core;
    if (!x->lead || x->s[x->lead - 1] != '(' || !x->trail || c[n] != ')' || n < 1 || n > 4 || strspn(c, "ivx") < n)
        return 0;
    for (size_t k = 0; k < n; k++)
        up[k] = (char)toupper((unsigned char)c[k]);
    *v = roman_value(up, n);
    return *v > 0;
}

/* "(i) your previous conviction …; and (ii) the fact that …": items counted in
 * lower-case Roman numerals inside a sentence, said as the numbers "(1)", "(2)" are
 * ("eye", "roman two" otherwise). A lone "(i)", "(v)" or "(x)" counts only beside
 * another numeral of two letters or more: after "(h)" it is a letter. */
static size_t roman_item(sb *o, const word *w, size_t i, size_t nw)
{
    char up[5];
    int v;
    if (!bracket_roman(&w[i], up, &v))
        return 0;
    if (w[i].core == 1) {
        int other = 0;
        for (size_t q = 0; q < nw && !other; q++) {
            char u2[5];
            int v2;
            other = q != i && w[q].core >= 2 && bracket_roman(&w[q], u2, &v2);
        }
        if (!other)
            return 0;
    }
    const word *x = &w[i];
    sb_putn(o, x->s, x->lead);
    sb_printf(o, "%d", v);
    sb_putn(o, x->s + x->lead + x->core, x->trail);
    return 1;
}

/* read_word's DOI: "doi:10.1056/NEJMoa2507731", "DOI: 10.1038/s41561-025-01822-7",
 * a research paper's identifier, said as one: "D.O.I, 10 dot 1056 slash N E J M O A 2
 * 5 0 …", the registrant's number whole, the rest character by character (a word in
 * lower case of five letters or more as a word: "science, dot A D K"). Returns the
 * words used, or 0. */
static size_t doi(sb *o, const word *w, size_t i)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core, at = 0;
    int label = 0;
    if (n > 4 && u8_ncasecmp(c, "doi:", 4) == 0)
        at = 4, label = 1;
    else if (i > 0 && w[i - 1].core == 3 && u8_ncasecmp(w[i - 1].s + w[i - 1].lead, "doi", 3) == 0 &&
             (!w[i - 1].trail || (w[i - 1].trail == 1 && w[i - 1].s[w[i - 1].lead + 3] == ':')))
        at = 0; /* (its label said before it) */
    else
        return 0;
    /* "10." then the registrant's four figures or more, a slash, a suffix */
    size_t d = at + 3;
    if (n < at + 9 || memcmp(c + at, "10.", 3) != 0)
        return 0;
    while (d < n && isdigit((unsigned char)c[d]))
        d++;
    if (d - (at + 3) < 4 || d >= n - 1 || c[d] != '/')
        return 0;
    sb_putn(o, x->s, x->lead);
    if (label)
        sb_puts(o, "D.O.I, ");
    sb_puts(o, "10 dot ");
    sb_putn(o, c + at + 3, d - (at + 3));
    sb_printf(o, " %s", data_say("slash"));
    for (size_t k = d + 1; k < n;) {
        size_t e = k;
        if (isalpha((unsigned char)c[k])) {
            while (e < n && isalpha((unsigned char)c[e]))
                e++;
            int word_like = e - k >= 5;
            for (size_t q = k; q < e && word_like; q++)
                word_like = islower((unsigned char)c[q]) != 0;
            if (word_like) {
                sb_putc(o, ' ');
                sb_putn(o, c + k, e - k);
            } else
                for (size_t q = k; q < e; q++)
                    sb_printf(o, " %c", toupper((unsigned char)c[q]));
        } else if (isdigit((unsigned char)c[k])) {
            for (e = k; e < n && isdigit((unsigned char)c[e]); e++)
                sb_printf(o, " %c", c[e]);
        } else {
            e = k + 1;
            const char *say = c[k] == '.' ? "dot" : c[k] == '-' ? "dash" : c[k] == '/' ? data_say("slash") : NULL;
            if (say)
                sb_printf(o, ", %s", say);
        }
        k = e;
    }
    sb_putn(o, c + n, x->trail);
    return 1;
}

/* Puts c[0, n) with each stop said as `sep` (" dot ", " point "). */
static void put_dotted(sb *o, const char *c, size_t n, const char *sep)
{
    for (size_t q = 0; q < n; q++) {
        if (c[q] == '.')
            sb_puts(o, sep);
        else
            sb_putc(o, c[q]);
    }
}

/* read_word's "4.2.1": 1 when x's core is numbers parted by stops (three parts or
 * more; the first may end in a capital letter, "28B"), said part by part. */
static size_t dotted_number(sb *o, const word *x)
{
    const char *c = x->s + x->lead;
    size_t n = x->core, parts = 0, small = 1;
    for (size_t q = 0; q < n;) {
        size_t e = q;
        while (e < n && isdigit((unsigned char)c[e]))
            e++;
        if (e == q || e - q > 4)
            return 0;
        if (atoi(c + q) > 255 || e - q > 3)
            small = 0;
        if (!parts && e < n && isupper((unsigned char)c[e]) && e + 1 < n && c[e + 1] == '.') {
            small = 0;
            e++;
        }
        parts++;
        if (e == n)
            break;
        if (c[e] != '.' || e + 1 == n)
            return 0;
        q = e + 1;
    }
    if (parts < 3)
        return 0;
    const char *sep = small && parts == 4 && isdigit((unsigned char)c[1]) ? " dot " : " point ";
    sb_putn(o, x->s, x->lead);
    put_dotted(o, c, n, sep);
    sb_putn(o, c + n, x->trail);
    return 1;
}

/* The words from w[i] that a legal citation of data/en/citations.txt spells (the
 * longest written form that starts there and ends at a word's end), said as its
 * spoken form; the number of words, or 0. */
static size_t citation(sb *o, const word *w, size_t i, size_t nw)
{
    const char *s = w[i].s + w[i].lead, *end = w[nw - 1].s + w[nw - 1].n;
    const char *lines[8];
    size_t lens[8], nl = data_prefix_lines("en/citations.txt", s, (size_t)(end - s), 0, lines, lens, 8);
    size_t best = 0, bl = 0;
    const char *say = NULL;
    for (size_t k = 0; k < nl; k++) {
        const char *tab = memchr(lines[k], '\t', lens[k]);
        size_t l = tab ? (size_t)(tab - lines[k]) : lens[k];
        if (!tab || l <= bl || (s + l < end && isalnum((unsigned char)s[l])))
            continue;
        bl = l;
        say = tab + 1;
        best = lens[k] - l - 1;
    }
    if (!say)
        return 0;
    /* ("Justice B.R. Gavai": a reporter whose letters are a name's initials too is one
     * only after its volume's number, "512 B.R. 34") */
    int initials = bl >= 4 && bl <= 6;
    for (size_t k = 0; k < bl && initials; k++)
        initials = k % 2 ? s[k] == '.' : isupper((unsigned char)s[k]) != 0;
    if (initials && !(i > 0 && w[i - 1].core && all_digits(w[i - 1].s + w[i - 1].lead, w[i - 1].core)))
        return 0;
    /* the words it spans: the last holds its end */
    size_t j = i;
    while (j + 1 < nw && w[j + 1].s < s + bl)
        j++;
    const word *last = &w[j];
    size_t used = (size_t)(s + bl - last->s); /* of the last word */
    if (used < last->lead + last->core)
        return 0; /* it ends inside a word's letters */
    sb_putn(o, w[i].s, w[i].lead);
    sb_putn(o, say, best);
    /* what follows in the last word: its closing marks, less the citation's own stop
     * (unless it ends the sentence) */
    size_t rest = last->n - used;
    const char *r = last->s + used;
    if (s[bl - 1] == '.' && j + 1 >= nw)
        sb_putc(o, '.');
    sb_putn(o, r, rest);
    return j - i + 1;
}

/* A weekday's (*day set) or a month's name in word x, capitalised, in full or short
 * (data/en/weekdays.txt, months.txt): its full name, or NULL. */
static const char *day_month_of(const word *x, int *day)
{
    const char *c = x->s + x->lead;
    size_t n = x->core;
    if (n < 3 || !isupper((unsigned char)c[0]))
        return NULL;
    int k = dt_weekday(c, n);
    *day = k != 0;
    return k ? dt_weekday_name(k) : (k = dt_month(c, n)) != 0 ? dt_month_name(k) : NULL;
}

/* "Mon", "Tues", "Sept": a weekday's or a month's short form, capitalised, the rest in
 * lower case; its full name, or NULL. */
static const char *short_day_month(const word *x, int *day)
{
    const char *c = x->s + x->lead;
    size_t n = x->core;
    if (n > 5)
        return NULL;
    for (size_t k = 1; k < n; k++)
        if (!islower((unsigned char)c[k]))
            return NULL;
    const char *full = day_month_of(x, day);
    return full && !(strlen(full) == n && memcmp(full, c, n) == 0) ? full : NULL;
}

/* Whether x is a financial year, "2024–25", "2024-25": a year, a dash, the next
 * year's last two figures. */
static int fiscal_span(const word *x)
{
    const char *c = x->s + x->lead;
    size_t n = x->core;
    if (n < 7 || !all_digits(c, 4))
        return 0;
    size_t dl = range_dash(c + 4, c + n);
    if (!dl || 4 + dl + 2 != n || !all_digits(c + 4 + dl, 2))
        return 0;
    int y = atoi(c), yy = (c[n - 2] - '0') * 10 + (c[n - 1] - '0');
    return y >= 1900 && y < 2100 && (y + 1) % 100 == yy;
}

/* How much of a number such as "7.00" or "4.50" is said before a rate's word: the
 * digits before its point when all after it are zeros, else those up to its last
 * figure that is not a zero; 0 when it is not such a number (no point, no zero at
 * the end, a second point). */
static size_t point_zeros_len(const char *c, size_t n)
{
    size_t d = 0;
    while (d < n && isdigit((unsigned char)c[d]))
        d++;
    if (d == 0 || d + 1 >= n || c[d] != '.' || c[n - 1] != '0')
        return 0;
    for (size_t q = d + 1; q < n; q++)
        if (!isdigit((unsigned char)c[q]))
            return 0;
    size_t e = n;
    while (e > d + 1 && c[e - 1] == '0')
        e--;
    return e == d + 1 ? d : e;
}

/* Whether w[j] says a rate: "percent", "percentage", "per cent", "%". */
static int rate_word_at(const word *w, size_t j, size_t nw)
{
    if (j >= nw || w[j].lead)
        return 0;
    const word *y = &w[j];
    return equals_word(y, "percent") || equals_word(y, "percentage") || (y->core == 1 && y->s[y->lead] == '%') ||
           (equals_word(y, "per") && !y->trail && j + 1 < nw && equals_word(&w[j + 1], "cent"));
}

/* Whether w[i] is a word of a dateline's place in capitals, "ACCRA, 8TH JULY 2025 –"
 * (the sentence's first words, all capitals, up to a comma before a date): a city's
 * name, said as a word, never spelled. */
static int dateline_place(const word *w, size_t i, size_t nw)
{
    if (i > 2 || !w[i].core)
        return 0;
    /* (a name of five letters or more, two vowels among them: "NNPC, 8 July", "KPA,
     * 12 March", "IEBC, …" are bodies' letters) */
    int vowels = 0;
    for (size_t q = 0; q < w[i].core; q++)
        vowels += strchr("AEIOUY", w[i].s[w[i].lead + q]) != NULL;
    if (vowels < 2 || w[i].core < 5)
        return 0;
    for (size_t j = 0; j < nw && j <= 3; j++) {
        const char *c = w[j].s + w[j].lead;
        if (w[j].lead || !w[j].core)
            return 0;
        for (size_t q = 0; q < w[j].core; q++)
            if (!(isupper((unsigned char)c[q]) || c[q] == '-'))
                return 0;
        if (w[j].trail) {
            if (j < i || c[w[j].core] != ',' || j + 1 >= nw)
                return 0;
            /* (a day, "8TH", "8", "08.07.2025", or a month, "July": not a count, "APC –
             * 312,406") */
            const word *d = &w[j + 1];
            const char *dc = d->s + d->lead;
            size_t dd = strspn(dc, "0123456789");
            int day = dd >= 1 && dd <= 2 &&
                      (dd == d->core || (d->core == dd + 2 && isalpha((unsigned char)dc[dd])) ||
                       ((dc[dd] == '.' || dc[dd] == '/') && d->core >= dd + 3));
            return d->core && (day || dt_month(dc, d->core) > 0);
        }
    }
    return 0;
}

/* A UN document's symbol, or a notice's number built the same way: "A/HRC/58/47",
 * "S/RES/2745", "E/CN.6/2025/3", "A/HRC/58/47/Add.2", "EAR/EN/2025/117" -> each part
 * by its slash, capitals spelled, figures as numbers, "Add." an addendum ("A slash H
 * R C slash 58 slash 47"; espeak-ng heard "A/" as the article and "HRC" said
 * whole). Three parts at least, the first of capitals, one of figures. */
static size_t doc_symbol(sb *o, const word *w, size_t i)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core, parts = 1, figures = 0;
    size_t l0 = 0;
    while (l0 < n && c[l0] >= 'A' && c[l0] <= 'Z')
        l0++;
    /* (or the EU's acts: "Directive 2008/50/EC", "Regulation 2019/1020/EU": the
     * year, the number, the treaty's capitals) */
    if (l0 == 0 && n >= 9 && all_digits(c, 4) && c[4] == '/') {
        size_t e = 5;
        while (e < n && isdigit((unsigned char)c[e]))
            e++;
        size_t cl = n - e - 1;
        if (e > 5 && e < n && c[e] == '/' && cl >= 2 && cl <= 3 && strspn(c + e + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == cl) {
            sb_putn(o, x->s, x->lead);
            sb_printf(o, "%.4s %s %.*s %s ", c, data_say("slash"), (int)(e - 5), c + 5, data_say("slash"));
            spell(o, c + e + 1, cl);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    if (l0 < 1 || l0 > 5 || l0 >= n || c[l0] != '/')
        return 0;
    for (size_t q = 0; q < n; q++) {
        if (c[q] == '/') {
            if (q + 1 >= n || c[q + 1] == '/')
                return 0;
            parts++;
            size_t e = q + 1;
            while (e < n && isdigit((unsigned char)c[e]))
                e++;
            figures += e > q + 1 && (e == n || c[e] == '/');
        } else if (!isalnum((unsigned char)c[q]) && c[q] != '.') {
            return 0;
        }
    }
    if (parts < 3 || !figures)
        return 0;
    /* (after "No.", a number's reading, character by character, is the code's; not a
     * tender's parts, two of letters: "Tender No. LMWA/WKS/T/2025/014") */
    size_t lettered = 0;
    for (size_t q = 0; q < n;) {
        size_t e = q;
        while (e < n && c[e] != '/')
            e++;
        lettered += e > q && strspn(c + q, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") >= e - q;
        q = e + 1;
    }
    if (i > 0 && w[i - 1].core <= 3 && (u8_ncasecmp(w[i - 1].s + w[i - 1].lead, "No", 2) == 0) && lettered < 2)
        return 0;
    sb_putn(o, x->s, x->lead);
    for (size_t q = 0; q < n;) {
        size_t e = q;
        while (e < n && c[e] != '/')
            e++;
        if (q)
            sb_printf(o, " %s ", data_say("slash"));
        /* each piece of the part: "CN.6" is C N 6, "Add.2" addendum 2, "L.12" L 12 */
        for (size_t y = q; y < e;) {
            size_t z = y;
            while (z < e && c[z] != '.')
                z++;
            if (y > q)
                sb_putc(o, ' ');
            if (z - y == 3 && memcmp(c + y, "Add", 3) == 0)
                sb_puts(o, "addendum");
            else if (z - y == 3 && memcmp(c + y, "Rev", 3) == 0)
                sb_puts(o, "revision");
            else if (z - y == 4 && memcmp(c + y, "Corr", 4) == 0)
                sb_puts(o, "corrigendum");
            else if (z - y == 1 && c[y] == 'A')
                put_letter_a(o); /* (not the article) */
            else if (strspn(c + y, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") >= z - y)
                spell(o, c + y, z - y);
            else
                sb_putn(o, c + y, z - y);
            y = z < e ? z + 1 : z;
        }
        q = e < n ? e + 1 : e;
    }
    sb_putn(o, c + n, x->trail);
    return 1;
}

/* "2026;391(6788):1102-1108", "2025;12:e0331": a journal's year, volume, issue and
 * pages as the Vancouver style runs them together, said "2026, volume 391, issue
 * 6788, pages 1102 to 1108" (espeak-ng reads the run as one long number). */
static size_t vancouver(sb *o, const word *x)
{
    const char *c = x->s + x->lead;
    size_t n = x->core, k = 0;
    if (n < 7 || !all_digits(c, 4) || c[4] != ';' || atoi(c) < 1800 || atoi(c) > 2099)
        return 0;
    size_t v = 5, vl = 0;
    while (v + vl < n && isdigit((unsigned char)c[v + vl]))
        vl++;
    if (!vl || vl > 5)
        return 0;
    k = v + vl;
    size_t is = 0, il = 0;
    if (k < n && c[k] == '(') {
        is = k + 1;
        while (is + il < n && isalnum((unsigned char)c[is + il]))
            il++;
        /* (the closing bracket may end the word: "2023;329(12).") */
        if (!il || (is + il >= n && !(is + il == n && x->trail && c[n] == ')')) || (is + il < n && c[is + il] != ')'))
            return 0;
        k = is + il < n ? is + il + 1 : n;
    }
    size_t ps = 0, pl = 0, qs = 0, ql = 0;
    if (k < n && c[k] == ':') {
        ps = k + 1;
        while (ps + pl < n && (isalnum((unsigned char)c[ps + pl])))
            pl++;
        if (!pl)
            return 0;
        k = ps + pl;
        if (k + 1 < n && c[k] == '-') {
            qs = k + 1;
            while (qs + ql < n && isalnum((unsigned char)c[qs + ql]))
                ql++;
            if (!ql)
                return 0;
            k = qs + ql;
        }
    }
    if (k != n || (!il && !pl))
        return 0;
    sb_putn(o, x->s, x->lead);
    put_year(o, atoi(c));
    sb_puts(o, ", volume ");
    sb_putn(o, c + v, vl);
    if (il) {
        sb_puts(o, ", issue ");
        sb_putn(o, c + is, il);
        if (is + il == n) {
            sb_putn(o, c + n + 1, x->trail - 1); /* past its bracket */
            return 1;
        }
    }
    if (pl) {
        sb_puts(o, ql ? ", pages " : ", page ");
        sb_putn(o, c + ps, pl);
    }
    if (ql) {
        sb_puts(o, " to ");
        /* ("1102-8": 1108, as the style cuts the second short) */
        if (ql < pl && all_digits(c + ps, pl) && all_digits(c + qs, ql) && strncmp(c + qs, c + ps + pl - ql, ql) > 0)
            sb_putn(o, c + ps, pl - ql);
        sb_putn(o, c + qs, ql);
    }
    sb_putn(o, c + n, x->trail);
    return 1;
}

/* The inch mark after a number that no quotation closes: 'A 12" water main', 'a
 * 5/8" meter', 'pipes of 2.5"' -> "12 inch water main", "five eighths inch meter",
 * "2.5 inches" (espeak-ng drops the mark). A mark is a quotation's close when the
 * sentence has opened one before it (an odd count of marks before). */
static size_t inch_mark(sb *o, const word *w, size_t i, size_t nw)
{
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core;
    if (!n || !x->trail || c[n] != '"' || !isdigit((unsigned char)c[0]))
        return 0;
    /* (marks that open, in a word's lead, against those that close after a word not
     * a number: '1" to 3"' opens nothing) */
    long open = 0;
    for (size_t k = i > 400 ? i - 400 : 0; k <= i; k++) {
        for (size_t q = 0; q < w[k].lead; q++)
            open += w[k].s[q] == '"';
        const char *t = w[k].s + w[k].lead + w[k].core;
        for (size_t q = 0; k < i && q < w[k].trail; q++)
            if (t[q] == '"' && !(q == 0 && w[k].core && isdigit((unsigned char)t[-1])))
                open--;
    }
    if (open > 0)
        return 0;
    /* the number: whole, with decimals, or a fraction of up to sixteenths */
    size_t d = 0;
    while (d < n && isdigit((unsigned char)c[d]))
        d++;
    int num = 0, den = 0;
    if (d < n && c[d] == '.') {
        size_t e = d + 1;
        while (e < n && isdigit((unsigned char)c[e]))
            e++;
        if (e == d + 1 || e != n)
            return 0;
    } else if (d < n && c[d] == '/') {
        num = atoi(c), den = atoi(c + d + 1);
        if (d > 2 || !all_digits(c + d + 1, n - d - 1) || num < 1 || num >= den ||
            !(den <= 10 || den == 16))
            return 0;
    } else if (d != n) {
        return 0;
    }
    /* before the thing it measures: "inch"; else "inch" for one, "inches" */
    const word *nx = i + 1 < nw && x->trail == 1 ? &w[i + 1] : NULL;
    /* (a word after the mark, not a stop, nor an attribution: 'by 2030" said the
     * Mayor' closes a quotation opened in a sentence before) */
    static const char *const says[] = {"said", "says", "added", "told", "asked", "replied", "explained", "noted",
                                       "wrote", "stressed", "warned"};
    if (!nx || nx->lead || !nx->core || equals_any(nx, says, sizeof says / sizeof *says))
        return 0;
    int before = !nx->lead && nx->core > 2 && islower((unsigned char)nx->s[0]);
    static const char *const joins[] = {"of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from",
                                        "long", "wide", "high", "deep", "thick", "tall", "is", "was", "are", "were",
                                        "overnight", "today", "tonight", "expected", "possible", "likely", "per",
                                        "across", "above", "below", "than", "since", "during"};
    if (before && equals_any(nx, joins, sizeof joins / sizeof *joins))
        before = 0;
    sb_putn(o, x->s, x->lead);
    if (den) {
        put_number_words(o, num, 0);
        sb_putc(o, ' ');
        sb_puts(o, den == 16 ? (num == 1 ? "sixteenth" : "sixteenths") : num == 1 ? fraction_one[den] : fraction_many[den]);
        sb_puts(o, " inch");
    } else {
        sb_putn(o, c, n);
        sb_puts(o, before || (n == 1 && c[0] == '1') ? " inch" : " inches");
    }
    sb_putn(o, c + n + 1, x->trail - 1);
    return 1;
}

/* Puts the characters of c[0, n) one by one, letters in capitals, a space between
 * (an A as the letter's sound: espeak-ng takes "A B" for the article). */
static void say_chars(sb *o, const char *c, size_t n)
{
    for (size_t q = 0; q < n; q++) {
        if (q)
            sb_putc(o, ' ');
        if (c[q] == 'A' || c[q] == 'a')
            put_letter_a(o);
        else
            sb_putc(o, (char)toupper((unsigned char)c[q]));
    }
}

/* An advisory's or a scanner's token, said as a listener can note it down: a CVE id
 * ("CVE-2025-21298": "C.V.E 2025, 2 1 2 9 8"), a CERT note ("VU#384712"), a hash in
 * hexadecimal ("9e107d9d372bb682…": its characters in fours), a network's range
 * ("10.0.0.0/8": "10 dot 0 dot 0 dot 0 slash 8"), a port and its protocol
 * ("8443/tcp": "8443 T C P"). 1 when x was one and is said. */
static int security_token(sb *o, const word *x)
{
    const char *c = x->s + x->lead;
    size_t n = x->core;
    /* CVE-YYYY-NNNN… */
    if (n >= 13 && n <= 16 && u8_ncasecmp(c, "CVE-", 4) == 0 && digits_run(c + 4, 4) == 4 && c[8] == '-' &&
        digits_run(c + 9, n - 9) == n - 9) {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, "C.V.E ");
        sb_putn(o, c + 4, 4);
        sb_puts(o, ", ");
        say_chars(o, c + 9, n - 9);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* VU#NNNNNN */
    if (n >= 5 && n <= 12 && memcmp(c, "VU#", 3) == 0 && digits_run(c + 3, n - 3) == n - 3) {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, "V U number ");
        say_chars(o, c + 3, n - 3);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* a hash: 32 hexadecimal characters or more (MD5, SHA-1, SHA-256), figures and
     * letters both */
    if (n >= 32 && n <= 128) {
        size_t digits = 0, upper = 0, lower = 0, q = 0;
        for (; q < n && isxdigit((unsigned char)c[q]); q++) {
            digits += isdigit((unsigned char)c[q]) != 0;
            upper += isupper((unsigned char)c[q]) != 0;
            lower += islower((unsigned char)c[q]) != 0;
        }
        /* (its letters in one case) */
        if (q == n && digits >= 4 && upper + lower >= 4 && !(upper && lower)) {
            sb_putn(o, x->s, x->lead);
            for (size_t g = 0; g < n; g += 4) {
                if (g)
                    sb_puts(o, ", ");
                say_chars(o, c + g, n - g < 4 ? n - g : 4);
            }
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* a.b.c.d/nn */
    {
        size_t q = 0, parts = 0;
        while (parts < 4) {
            size_t d = digits_run(c + q, n - q);
            if (d < 1 || d > 3)
                break;
            q += d;
            parts++;
            if (parts < 4) {
                if (q >= n || c[q] != '.')
                    break;
                q++;
            }
        }
        size_t m = q + 1 < n && parts == 4 && c[q] == '/' ? digits_run(c + q + 1, n - q - 1) : 0;
        if (parts == 4 && m >= 1 && m <= 3 && q + 1 + m == n) {
            sb_putn(o, x->s, x->lead);
            put_dotted(o, c, q, " dot ");
            sb_puts(o, " slash ");
            sb_putn(o, c + q + 1, m);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* NNNN/tcp, NNNN/udp */
    {
        size_t d = digits_run(c, n);
        if (d >= 1 && d <= 5 && n == d + 4 && c[d] == '/' &&
            (u8_ncasecmp(c + d + 1, "tcp", 3) == 0 || u8_ncasecmp(c + d + 1, "udp", 3) == 0)) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, d);
            sb_putc(o, ' ');
            say_chars(o, c + d + 1, 3);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    return 0;
}

static size_t read_word(sb *o, const word *w, size_t i, size_t nw, const sp_context *cx)
{
    const sp_lexicon *lex = cx ? cx->lex : NULL;
    dt_order order = cx ? (dt_order)cx->date_order : DT_DAY_FIRST;
    const word *x = &w[i];
    const char *c = x->s + x->lead;
    size_t n = x->core, k;
    const char *say;
    size_t sl = 0;

    /* a passage in another language, held in its place (sp_speech_text) */
    if (memchr(x->s, SP_SPAN_OPEN, x->n)) {
        sb_putn(o, x->s, x->n);
        return 1;
    }
    /* English's rules say their numbers, dates and times in English; another
     * language has its own (French: fr_word), and shares the rules its data drive */
    int en = data_lang() == 0;
    /* "/etc/orchiddb/orchid.conf", "../../etc/shadow", "~/.ssh/config": a file's path,
     * said part by part ("slash E T C slash orchiddb slash orchid dot conf"; "etc" in
     * a path is no "et cetera") */
    if (en) {
        size_t pe = x->n - x->trail, slashes = 0, ok = pe >= 4;
        const char *ps = x->s;
        for (size_t q = 0; q < pe && ok; q++) {
            slashes += ps[q] == '/';
            ok = isalnum((unsigned char)ps[q]) || strchr("._/~-", ps[q]);
        }
        if (ok && slashes >= 2 && (ps[0] == '/' || ps[0] == '~' || (ps[0] == '.' && (ps[1] == '/' || ps[1] == '.'))) &&
            isalnum((unsigned char)ps[pe - 1])) {
            for (size_t q = 0; q < pe;) {
                size_t e = q;
                while (e < pe && (isalnum((unsigned char)ps[e]) || ps[e] == '_' || ps[e] == '-'))
                    e++;
                if (e > q) {
                    if (o->len && o->s[o->len - 1] != ' ')
                        sb_putc(o, ' ');
                    if (e - q == 3 && memcmp(ps + q, "etc", 3) == 0)
                        sb_puts(o, "E T C");
                    else
                        sb_putn(o, ps + q, e - q);
                    q = e;
                    continue;
                }
                if (o->len && o->s[o->len - 1] != ' ')
                    sb_putc(o, ' ');
                if (ps[q] == '.' && q + 1 < pe && ps[q + 1] == '.')
                    sb_puts(o, "dot dot"), q += 2;
                else {
                    sb_puts(o, ps[q] == '/' ? data_say("slash") : ps[q] == '.' ? "dot" : ps[q] == '~' ? "tilde" : "");
                    q++;
                }
            }
            sb_putn(o, ps + pe, x->trail);
            return 1;
        }
    }
    /* "BA2490", "FA2490A", "MH370", "IP68": two capitals joined to a number (a flight's,
     * a model's, a rating's code), the letters said as letters ("B A 2490"), not as a
     * word ("bah") */
    /* (letters a word might be said as, a vowel among them: "CD41", "HL60" are
     * spelled anyway) */
    if (en && n >= 4 && n <= 7 && isupper((unsigned char)c[0]) && isupper((unsigned char)c[1]) &&
        isdigit((unsigned char)c[2]) && (strchr("AEIOU", c[0]) || strchr("AEIOU", c[1]))) {
        size_t d = 2;
        while (d < n && isdigit((unsigned char)c[d]))
            d++;
        int tail = d < n ? 1 : 0;
        /* (not a postcode's outward part, "AB12 3CD": its own rule reads it) */
        const word *nx = i + 1 < nw && !x->trail ? &w[i + 1] : NULL;
        int postcode = nx && nx->core == 3 && isdigit((unsigned char)nx->s[nx->lead]) &&
                       isupper((unsigned char)nx->s[nx->lead + 1]) && isupper((unsigned char)nx->s[nx->lead + 2]);
        if (d - 2 >= 2 && d - 2 <= 4 && d + (size_t)tail == n && (!tail || isupper((unsigned char)c[d])) &&
            !(c[2] == '0' && d - 2 > 1) && !postcode) {
            sb_putn(o, x->s, x->lead);
            put_letter(o, c[0]);
            sb_putc(o, ' ');
            put_letter(o, c[1]);
            sb_putc(o, ' ');
            sb_putn(o, c + 2, d - 2);
            if (tail) {
                sb_putc(o, ' ');
                put_letter(o, c[d]);
            }
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "(OC123456)", "SC045678": a company's or a partnership's registration, two
     * capitals and six digits, said a character at a time ("O C 1 2 3 4 5 6"), not
     * "ock one hundred and twenty-three thousand…" */
    if (en && n == 8 && isupper((unsigned char)c[0]) && isupper((unsigned char)c[1]) && all_digits(c + 2, 6)) {
        sb_putn(o, x->s, x->lead);
        for (size_t q = 0; q < n; q++) {
            if (q)
                sb_putc(o, ' ');
            if (q < 2)
                put_letter(o, c[q]);
            else
                sb_putc(o, c[q]);
        }
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "(Chamberlain J)", "Underhill LJ held", "Hale CJ said": a judge as the law reports
     * write one, the surname before the office's letters, said the way a lawyer reads
     * it aloud: "Justice Chamberlain", "Chief Justice Hale" (no "Mr" or "Lord", whose
     * gender the letters do not say). Alone in brackets, or before what a judge does
     * ("Plan J, the last," is no judge; nor an initial, "Michael J. Fox") */
    if (en && n >= 3 && isupper((unsigned char)c[0]) && islower((unsigned char)c[1]) && !x->trail && i + 1 < nw &&
        !w[i + 1].lead && w[i + 1].core >= 1 && w[i + 1].core <= 2 && strchr("JLC", w[i + 1].s[0])) {
        const word *j = &w[i + 1];
        int office = j->core == 1 ? (j->s[0] == 'J') : (j->s[1] == 'J' && (j->s[0] == 'L' || j->s[0] == 'C')) ? 2 : 0;
        static const char *const acts[] = {"said", "held", "found", "noted", "observed", "ruled", "concluded",
                                           "stated", "accepted", "rejected", "dismissed", "granted", "agreed",
                                           "refused", "considered", "explained", "ordered", "gave", "sitting",
                                           "says", "holds", "finds", "described", "allowed", "quashed"};
        int after = x->lead && x->s[x->lead - 1] == '(' && j->trail && j->s[j->core] == ')';
        if (!j->trail && i + 2 < nw)
            after = equals_any(&w[i + 2], acts, sizeof acts / sizeof *acts);
        int name = 1;
        for (size_t q = 1; q < n && name; q++)
            name = islower((unsigned char)c[q]) || c[q] == '-' || c[q] == '\'';
        /* (in a sentence about a court: "Coach CJ said", "Agent J found", "(Wilson J)"
         * among a match's scorers are no judges) */
        static const char *const courts[] = {"court", "Court", "courts", "appeal", "Appeal", "appeals", "judgment",
                                             "judgement", "judge", "judges", "tribunal", "Tribunal", "claim",
                                             "claimant", "claimants", "defendant", "defendants", "appellant",
                                             "respondent", "counsel", "ruling", "dismissed", "quashed", "trial",
                                             "hearing", "Lordship", "lordship", "KC", "QC", "Bench", "Division",
                                             "Chancery", "sentence", "sentenced", "sentencing", "conviction",
                                             "injunction", "jurisdiction", "statute", "Act", "Justice", "justice"};
        /* (or in a judgment, which cites its numbered paragraphs: "Whipple LJ agreed,
         * adding at [112] …") */
        int court = cx && !cx->footnotes;
        for (size_t q = 0; q < nw && office && after && name && !court; q++)
            court = equals_any(&w[q], courts, sizeof courts / sizeof *courts);
        static const char *const styles[] = {"Coach", "Pastor", "Brother", "Sister", "Uncle", "Aunt", "Agent",
                                             "Little", "Lil", "Big", "Magic", "Mary", "Baby", "Young", "Detective"};
        if (equals_any(x, styles, sizeof styles / sizeof *styles))
            court = 0;
        if (office && after && name && court) {
            sb_putn(o, x->s, x->lead);
            sb_puts(o, office == 2 && j->s[0] == 'C' ? "Chief Justice " : "Justice ");
            sb_putn(o, c, n);
            sb_putn(o, j->s + j->core, j->trail);
            return 2;
        }
    }
    /* "25/12 - 26/12", "12/25 to 12/26": two days and months, no year, a range apart:
     * dates, as the statement's order writes them ("the 25th of December to the 26th
     * of December") */
    if (en && n >= 3 && n <= 5 && isdigit((unsigned char)c[0]) && i + 2 < nw && !x->trail &&
        (equals_word(&w[i + 1], "to") || (w[i + 1].core == 0 && w[i + 1].n && range_dash(w[i + 1].s, w[i + 1].s + w[i + 1].n)))) {
        int dm[2][2], ok = 1;
        const word *ends[2] = {x, &w[i + 2]};
        for (int k2 = 0; k2 < 2 && ok; k2++) {
            const char *q = ends[k2]->s + ends[k2]->lead;
            size_t ql = ends[k2]->core, a1 = 0;
            while (a1 < ql && a1 < 3 && isdigit((unsigned char)q[a1]))
                a1++;
            size_t a2 = a1 + 1;
            while (a2 < ql && a2 - a1 - 1 < 3 && isdigit((unsigned char)q[a2]))
                a2++;
            ok = a1 >= 1 && a1 <= 2 && a1 < ql && q[a1] == '/' && a2 == ql && a2 - a1 - 1 >= 1 && a2 - a1 - 1 <= 2 &&
                 !ends[k2]->lead;
            if (ok) {
                int f1 = atoi(q), f2 = atoi(q + a1 + 1);
                dm[k2][0] = order == DT_MONTH_FIRST ? f2 : f1;
                dm[k2][1] = order == DT_MONTH_FIRST ? f1 : f2;
                ok = dm[k2][0] >= 1 && dm[k2][0] <= 31 && dm[k2][1] >= 1 && dm[k2][1] <= 12;
            }
        }
        /* (a day past the 12th on a side: "3/4 - 5/6" may be fractions, scores; a
         * range forward of two months at most: "16/1 to 12/1" are odds; no odds'
         * words near: "odds 15/8 to 11/4") */
        int from_day = dm[0][1] * 31 + dm[0][0], to_day = dm[1][1] * 31 + dm[1][0];
        if (to_day < from_day)
            to_day += 12 * 31; /* (over the year's end: "24/12 to 2/1") */
        ok = ok && to_day > from_day && to_day - from_day <= 62;
        static const char *const betting[] = {"odds", "Odds", "bet", "bets", "betting", "Betting", "favourite", "favorite",
                                              "bookmaker", "bookmakers", "drifted", "shortened", "price", "priced", "each-way"};
        for (size_t q = i > 12 ? i - 12 : 0; ok && q < nw && q < i + 12; q++)
            for (size_t b2 = 0; b2 < sizeof betting / sizeof *betting && ok; b2++)
                ok = !equals_word(&w[q], betting[b2]);
        if (ok && (dm[0][0] > 12 || dm[1][0] > 12)) {
            sb_putn(o, x->s, x->lead);
            put_the(o, w, i);
            put_ordinal(o, dm[0][0]);
            sb_printf(o, " of %s to the ", dt_month_name(dm[0][1]));
            put_ordinal(o, dm[1][0]);
            sb_printf(o, " of %s", dt_month_name(dm[1][1]));
            sb_putn(o, w[i + 2].s + w[i + 2].lead + w[i + 2].core, w[i + 2].trail);
            return 3;
        }
    }
    /* "1 train/hr", "4 buses/hour", "2 flights/day": what a number counts, a slash and
     * a time's unit, a rate ("1 train per hour") */
    if (en && i > 0 && n >= 4 && n <= 24 && islower((unsigned char)c[0]) && memchr(c, '/', n) &&
        number_len(w[i - 1].s + w[i - 1].lead, w[i - 1].core) == w[i - 1].core && w[i - 1].core && !w[i - 1].trail) {
        static const char *const per[][2] = {{"hr", "hour"}, {"h", "hour"}, {"hour", "hour"}, {"min", "minute"},
                                             {"day", "day"}, {"wk", "week"}, {"week", "week"}, {"mth", "month"},
                                             {"month", "month"}, {"yr", "year"}, {"year", "year"}};
        const char *slash = memchr(c, '/', n);
        size_t nl = (size_t)(slash - c), ul = n - nl - 1;
        int noun = nl >= 3;
        for (size_t q = 0; q < nl && noun; q++)
            noun = islower((unsigned char)c[q]) != 0;
        /* (what is counted agrees with its number, "1 train", "4 buses": not "2
         * max/min readings", "3 pri/sec schools", "2 guest/s") */
        int one = w[i - 1].core == 1 && w[i - 1].s[w[i - 1].lead] == '1';
        static const char *const plurals[] = {"people", "staff", "children", "men", "women", "police", "data",
                                              "sheep", "fish", "cattle", "personnel", "crew"};
        int plural = c[nl - 1] == 's';
        for (size_t q = 0; q < sizeof plurals / sizeof *plurals && !plural; q++)
            plural = strlen(plurals[q]) == nl && memcmp(c, plurals[q], nl) == 0;
        noun = noun && (one || plural);
        const char *unit_say = NULL;
        size_t usl = 0;
        for (size_t q2 = 0; noun && q2 < sizeof per / sizeof *per && !unit_say; q2++)
            if (strlen(per[q2][0]) == ul && memcmp(slash + 1, per[q2][0], ul) == 0)
                unit_say = per[q2][1], usl = strlen(per[q2][1]);
        /* (or a unit of data/en/units.txt: "30 cells/mL", "cells per millilitre") */
        const char *ul_line;
        size_t ul_len;
        /* (a unit of one letter only after a plural: "300 litres/s", not "2 guest/s") */
        if (noun && !unit_say && (ul >= 2 || (ul == 1 && plural && !one)) &&
            data_field_lines("en/units.txt", slash + 1, ul, 0, &ul_line, &ul_len, 1))
            unit_say = field(ul_line, ul_len, 1, &usl);
        if (unit_say && usl) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, nl);
            sb_puts(o, " per ");
            sb_putn(o, unit_say, usl);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    if (en && security_token(o, x))
        return 1;
    if (en && (k = inch_mark(o, w, i, nw)))
        return k;
    if (en && (k = doc_symbol(o, w, i)))
        return k;
    /* "A*A*A*A", "A*AB": A-level grades run together, each said ("A star, A star, A") */
    if (en && n >= 3 && n <= 10 && memchr(c, '*', n)) {
        int grades = 0, ok = 1;
        for (size_t q = 0; q < n && ok; q++) {
            if (c[q] >= 'A' && c[q] <= 'E')
                grades++;
            else
                ok = c[q] == '*' && q > 0 && c[q - 1] == 'A';
        }
        if (ok && grades >= 2) {
            sb_putn(o, x->s, x->lead);
            for (size_t q = 0; q < n; q++) {
                if (c[q] == '*')
                    continue;
                if (q)
                    sb_puts(o, ", ");
                put_letter(o, c[q]);
                if (q + 1 < n && c[q + 1] == '*')
                    sb_puts(o, " star");
            }
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "Zones A-D", "rows C-F", "Grades A-C": a range of letters after a plural noun */
    if (en && n == 3 && c[1] == '-' && c[0] >= 'A' && c[0] <= 'Z' && c[2] > c[0] && c[2] <= 'Z' && i > 0 &&
        !w[i - 1].trail && w[i - 1].core >= 4 && w[i - 1].s[w[i - 1].lead + w[i - 1].core - 1] == 's' &&
        islower((unsigned char)w[i - 1].s[w[i - 1].lead + 1])) {
        sb_putn(o, x->s, x->lead);
        put_letter(o, c[0]);
        sb_puts(o, " to ");
        sb_putc(o, c[2]);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "99¢": cents by their sign after the number (and what they buy, "12.1¢/kWh":
     * per_unit) */
    if (en && n >= 3 && isdigit((unsigned char)c[0])) {
        size_t d = 0;
        while (d < n && (isdigit((unsigned char)c[d]) || (c[d] == '.' && d + 1 < n && isdigit((unsigned char)c[d + 1]))))
            d++;
        if (d + 2 <= n && memcmp(c + d, "\xC2\xA2", 2) == 0) {
            if (d + 2 == n) {
                sb_putn(o, x->s, x->lead);
                sb_putn(o, c, d);
                sb_puts(o, d == 1 && c[0] == '1' ? " cent" : " cents");
                sb_putn(o, c + n, x->trail);
                return 1;
            }
        }
    }
    /* "T: +44 …", "M: 07700 …", "E: name@…": a contact's letter before its colon, at
     * the start (UK universities' and the NHS's releases) */
    /* (and a contact's value after it: a number, an address; "T: Talking." is a letter) */
    int valued = 0;
    if (en && i == 0 && n == 1 && x->trail && c[1] == ':' && nw > 1) {
        const word *v = &w[1];
        const char *vc = v->s;
        valued = v->n > 0 && (isdigit((unsigned char)vc[0]) || vc[0] == '+' || vc[0] == '(' ||
                              memchr(vc, '@', v->n) || memchr(vc, '.', v->n > 1 ? v->n - 1 : 0));
    }
    if (valued && strchr("TMEFW", c[0])) {
        static const char *const said[] = {"Telephone", "Mobile", "Email", "Fax", "Web"};
        sb_putn(o, x->s, x->lead);
        sb_puts(o, said[strchr("TMEFW", c[0]) - "TMEFW"]);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "2–3× higher", "5–11-year-olds": a range joined to what it counts, times or
     * years of age ("2 to 3 times", "5 to 11 year olds") */
    if (en && n >= 4 && isdigit((unsigned char)c[0])) {
        size_t d1 = 0;
        while (d1 < n && d1 < 3 && isdigit((unsigned char)c[d1]))
            d1++;
        size_t dl = d1 < n ? range_dash(c + d1, c + n) : 0, d2 = d1 + dl, e2 = d2;
        while (dl && e2 < n && e2 < d2 + 3 && isdigit((unsigned char)c[e2]))
            e2++;
        const char *rest = c + e2;
        size_t rl = n - e2;
        const char *what = NULL;
        if (dl && e2 > d2 && ((rl == 2 && memcmp(rest, "\xC3\x97", 2) == 0) || (rl == 1 && rest[0] == 'x')))
            what = " times";
        else if (dl && e2 > d2 && rl >= 9 && memcmp(rest, "-year-old", 9) == 0)
            what = rl == 10 && rest[9] == 's' ? " year olds" : rl == 9 ? " year old" : NULL;
        if (what) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, d1);
            sb_puts(o, " to ");
            sb_putn(o, c + d2, e2 - d2);
            sb_puts(o, what);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "Mon, Wed, Fri", "Sat & Sun", "Oct to Dec": short weekdays and months in a list
     * or a range of their kind, each said in full ("Sat" alone may be the verb) */
    {
        int day = 0, near = 0, other;
        const char *full = en ? short_day_month(x, &day) : NULL;
        for (int dir = -1; full && dir <= 1 && !near; dir += 2) {
            size_t q = i;
            for (int step = 0; step < 2; step++) {
                if ((dir < 0 && q == 0) || (dir > 0 && q + 1 >= nw))
                    break;
                q = dir < 0 ? q - 1 : q + 1;
                if (day_month_of(&w[q], &other) && other == day) {
                    near = 1;
                    break;
                }
                if (!(equals_word(&w[q], "and") || equals_word(&w[q], "or") || equals_word(&w[q], "to") ||
                      (w[q].core == 1 && w[q].s[w[q].lead] == '&')))
                    break;
            }
        }
        /* ("on Fri, 14:00–15:30", "Mon, 10 March": a weekday, its comma, then a time
         * or a date, as a day and its hours are written) */
        if (full && day > 0 && !near && x->trail == 1 && c[n] == ',' && i + 1 < nw && !w[i + 1].lead &&
            isdigit((unsigned char)w[i + 1].s[0]))
            near = 1;
        if (near) {
            sb_putn(o, x->s, x->lead);
            sb_puts(o, full);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "Q1–Q3 2024", "J10–J11", "H1-H2": a range of two codes of one kind, its letters
     * and figure each ("Q1 to Q3") */
    if (en && n >= 5 && isupper((unsigned char)c[0])) {
        size_t l1 = 0;
        while (l1 < n && l1 < 3 && isupper((unsigned char)c[l1]))
            l1++;
        size_t d1 = l1;
        while (d1 < n && isdigit((unsigned char)c[d1]))
            d1++;
        size_t dl = d1 < n ? range_dash(c + d1, c + n) : 0, s2 = d1 + dl, d2 = s2 + l1;
        /* (fiscal years are spans' own: "FY24–FY28") */
        if (l1 && d1 > l1 && d1 - l1 <= 2 && dl && d2 < n && memcmp(c, c + s2, l1) == 0 &&
            !(l1 == 2 && c[0] == 'F' && c[1] == 'Y')) {
            size_t e2 = d2;
            while (e2 < n && isdigit((unsigned char)c[e2]))
                e2++;
            if (e2 == n && e2 > d2 && e2 - d2 <= 2) {
                sb_putn(o, x->s, x->lead);
                sb_putn(o, c, d1);
                /* ("between J10–J11": between the one and the other) */
                sb_puts(o, i > 0 && !w[i - 1].trail && equals_word(&w[i - 1], "between") ? " and " : " to ");
                sb_putn(o, c + s2, e2 - s2);
                sb_putn(o, c + n, x->trail);
                return 1;
            }
        }
    }
    if (en && (k = aircraft(o, w, i)))
        return k;
    /* "v2.4.1", "V3.0": a version's number, said "version 2.4.1" (espeak-ng says "vee
     * two …"); "7.x": a series of versions, "7 point x" */
    /* (a capital V only with two stops: "the V6.0 model" is a model's name) */
    int vdots = 0;
    for (size_t q = 1; q < n && n <= 16; q++)
        vdots += c[q] == '.';
    if (en && n >= 4 && n <= 16 && (c[0] == 'v' || (c[0] == 'V' && vdots >= 2)) && isdigit((unsigned char)c[1]) &&
        strspn(c + 1, "0123456789.") == n - 1 && vdots && c[n - 1] != '.') {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, "version ");
        sb_putn(o, c + 1, n - 1);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    if (en && n >= 3 && n <= 5 && c[n - 1] == 'x' && c[n - 2] == '.' && strspn(c, "0123456789") == n - 2) {
        sb_putn(o, x->s, x->lead);
        sb_putn(o, c, n - 2);
        sb_puts(o, " point x");
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "Dunleavy 89 og", "Pym 23 (o.g.)": an own goal after its minute, in a match's
     * scorers */
    if (en && i > 0 && !w[i - 1].trail && (equals_word(x, "og") || equals_word(x, "o.g") || equals_word(x, "o.g.")) &&
        w[i - 1].core >= 1 && w[i - 1].core <= 6 && isdigit((unsigned char)w[i - 1].s[w[i - 1].lead])) {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, "own goal");
        size_t t = x->trail;
        const char *tc = c + n;
        if (t && tc[0] == '.' && n == 3) /* ("o.g.": its own last stop) */
            tc++, t--;
        sb_putn(o, tc, t);
        return 1;
    }
    /* "the 1st XI", "Second XV": a school's or a club's team by its numbers */
    if (en && i > 0 && !w[i - 1].trail && (equals_word(x, "XI") || equals_word(x, "XV") || equals_word(x, "XIII"))) {
        static const char *const ords[] = {"1st", "2nd", "3rd", "4th", "first", "second", "third", "fourth", "First",
                                           "Second", "Third", "Fourth", "starting", "Starting", "test", "Test"};
        if (equals_any(&w[i - 1], ords, sizeof ords / sizeof *ords)) {
            sb_putn(o, x->s, x->lead);
            sb_puts(o, n == 2 && c[1] == 'I' ? "eleven" : n == 2 ? "fifteen" : "thirteen");
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "on 41'", "Pym 23'", "90+3′": a match's minute, its mark after the figures (not
     * a quotation's end: no quotation opened with a single mark before it) */
    int primed = n >= 4 && n <= 9 && memcmp(c + n - 3, "\xE2\x80\xB2", 3) == 0;
    int minute_shape = en && isdigit((unsigned char)c[0]) && ((n <= 6 && x->trail && c[n] == '\'') || primed);
    int minute_next = !minute_shape || (i + 1 < nw && (equals_word(&w[i + 1], "minute") || equals_word(&w[i + 1], "min")));
    /* (in a match's words only: "40' high", "6' 2\"" are feet) */
    static const char *const match[] = {"goal", "goals", "scored", "scorer", "scorers", "penalty", "equaliser",
                                        "equalizer", "booked", "substitute", "free-kick", "Goals", "Scorers", "og",
                                        "volley", "half-time", "halftime", "Booked", "Subs", "netted"};
    int matchy = 0;
    /* (nor a strand's end, "the 3' G", "5' UTR") */
    if (!minute_next && i + 1 < nw && ((w[i + 1].core == 1 && isupper((unsigned char)w[i + 1].s[w[i + 1].lead])) ||
                       equals_word(&w[i + 1], "end") || equals_word(&w[i + 1], "ends") || equals_word(&w[i + 1], "UTR")))
        minute_next = 1;
    /* (nor a height: "6' 2\"", "40' high") */
    static const char *const dims2[] = {"high", "tall", "long", "wide", "deep", "thick", "across"};
    if (!minute_next && i + 1 < nw && (equals_any(&w[i + 1], dims2, sizeof dims2 / sizeof *dims2) ||
                       (isdigit((unsigned char)w[i + 1].s[w[i + 1].lead]) && w[i + 1].n > w[i + 1].lead + 1 &&
                        (memchr(w[i + 1].s, '"', w[i + 1].n) || (w[i + 1].n >= 4 && memcmp(w[i + 1].s + w[i + 1].n - 3, "\xE2\x80\xB3", 3) == 0)))))
        minute_next = 1;
    for (size_t q = i > 40 ? i - 40 : 0; q < nw && q <= i + 40 && !matchy && !minute_next; q++)
        matchy = equals_any(&w[q], match, sizeof match / sizeof *match); /* (a window: bounded work) */
    if (!minute_next && matchy) { /* (minute_next is set for any word not of the shape) */
        if (primed)
            n -= 3;
        size_t d1 = 0;
        while (d1 < n && isdigit((unsigned char)c[d1]))
            d1++;
        size_t d2 = d1 < n && c[d1] == '+' ? d1 + 1 : d1, e2 = d2;
        while (e2 < n && isdigit((unsigned char)c[e2]))
            e2++;
        int opened = 0;
        for (size_t q = i > 40 ? i - 40 : 0; q < i && !opened; q++)
            opened = w[q].lead && (w[q].s[w[q].lead - 1] == '\'' || (w[q].lead >= 3 && memcmp(w[q].s + w[q].lead - 3, "\xE2\x80\x98", 3) == 0));
        int prime = primed;
        /* (a scorer's minute or "on 41'": after a name or "on", "in", "after", "by",
         * and before the item's end or a word that goes on with the clause; "dredge to
         * 12' by May", "on 60' poles", "the 3' untranslated region" are feet and ends) */
        const word *pv = i > 0 && !w[i - 1].trail ? &w[i - 1] : NULL;
        static const char *const befores[] = {"on", "in", "after", "by", "until", "from"};
        static const char *const afters[] = {"after", "and", "when", "as", "with", "before", "but", "to", "for",
                                             "while", "then", "from"};
        size_t tr_end = (size_t)(x->s + x->n - (c + n)); /* the mark and what follows it */
        int item_end = tr_end > (size_t)(prime ? 3 : 1) || i + 1 >= nw ||
                       equals_any(&w[i + 1], afters, sizeof afters / sizeof *afters);
        int scorer = pv && ((pv->core >= 2 && isupper((unsigned char)pv->s[pv->lead]) &&
                             txt_has_lower(pv->s + pv->lead, pv->core)) ||
                            equals_any(pv, befores, sizeof befores / sizeof *befores));
        if (e2 == n && d1 <= 3 && (d2 == d1 || e2 > d2) && atoi(c) <= 130 && (prime || !opened) &&
            (d2 > d1 || (scorer && item_end))) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, d1);
            if (d2 > d1) {
                sb_puts(o, " plus ");
                sb_putn(o, c + d2, e2 - d2);
            }
            sb_puts(o, d2 == d1 && d1 == 1 && c[0] == '1' ? " minute" : " minutes");
            sb_putn(o, c + n + (prime ? 3 : 1), x->trail - (prime ? 0 : 1));
            return 1;
        }
        n = x->core;
    }
    /* "a 2:1 in History", "an upper 2:1 degree": a British degree's class, said "two
     * one", never a ratio */
    if (en && n == 3 && c[0] == '2' && c[1] == ':' && (c[2] == '1' || c[2] == '2') && i > 0 && !w[i - 1].trail &&
        i + 1 < nw && !x->trail) {
        static const char *const before[] = {"a", "upper", "lower", "her", "his", "their"};
        static const char *const after[] = {"in", "degree", "honours", "from", "or", "and"};
        /* (not a vote's "a 2:1 in favour"; among a degree's words only, not a slope's
         * "a 2:1 or flatter", odds or a score) */
        int vote = i + 2 < nw && (equals_word(&w[i + 2], "favour") || equals_word(&w[i + 2], "favor"));
        static const char *const study[] = {"graduated", "graduate", "graduating", "degree", "degrees", "university",
                                            "University", "honours", "Honours", "studied", "studying", "achieved",
                                            "awarded", "obtained", "earned", "gained", "BA", "BSc", "LLB", "class",
                                            "first-class", "dissertation", "finals"};
        int studied = 0;
        for (size_t q = i > 20 ? i - 20 : 0; q < nw && q <= i + 20 && !studied; q++)
            studied = q != i && equals_any(&w[q], study, sizeof study / sizeof *study);
        vote |= !studied;
        if (!vote && equals_any(&w[i - 1], before, sizeof before / sizeof *before) &&
            equals_any(&w[i + 1], after, sizeof after / sizeof *after)) {
            sb_putn(o, x->s, x->lead);
            sb_puts(o, c[2] == '1' ? "two one" : "two two");
            return 1;
        }
    }
    /* "3.2 g/t Au", "1.4% Cu": an assay's element after its grade, by name
     * (data/en/elements.txt) */
    if (en && i > 0 && !w[i - 1].trail && !x->lead && n <= 5 && isupper((unsigned char)c[0])) {
        const word *g = &w[i - 1];
        const char *gc = g->s + g->lead, *el;
        size_t gn = g->core, ell, namel;
        /* (or after its amount: "185-200koz Au", "2.1 Mlb Cu") */
        int grade = (gn >= 3 && memcmp(gc + gn - 3, "g/t", 3) == 0) || (gn >= 2 && gc[gn - 1] == '%' &&
                                                                       isdigit((unsigned char)gc[gn - 2])) ||
                    equals_word(g, "ppm") || equals_word(g, "percent") || (gn >= 2 && memcmp(gc + gn - 2, "oz", 2) == 0) ||
                    (gn >= 2 && memcmp(gc + gn - 2, "lb", 2) == 0);
        const char *name = grade && data_field_lines("en/elements.txt", c, n, 0, &el, &ell, 1) ? field(el, ell, 1, &namel) : NULL;
        if (name) {
            sb_putn(o, name, namel);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "the B3417", "the A614", "the A1079": a British road's number, said a digit at a
     * time (of three digits or four; "the A39" is said as the number; "the A380" of
     * an airline's fleet is the aircraft) */
    int road = en && i > 0 && !w[i - 1].trail && (n == 4 || n == 5) && (c[0] == 'B' || c[0] == 'A') &&
               all_digits(c + 1, n - 1) && c[1] != '0' && w[i - 1].core == 3 &&
               u8_ncasecmp(w[i - 1].s + w[i - 1].lead, "the", 3) == 0;
    /* (looked for only after "the" and such a number: a sentence of many "A380"s is
     * read once, not once a number) */
    static const char *const air[] = {"Airbus", "aircraft", "airline", "airliner", "jet", "jets", "fleet", "plane",
                                      "flight", "flights", "superjumbo"};
    for (size_t q = 0; road && n == 4 && c[0] == 'A' && q < nw; q++)
        road = !equals_any(&w[q], air, sizeof air / sizeof *air);
    if (road) {
        sb_putn(o, x->s, x->lead);
        sb_putc(o, c[0]);
        sb_putc(o, c[1]); /* joined: the letter, not the article "a" */
        for (size_t q = 2; q < n; q++)
            sb_printf(o, " %c", c[q]);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    if (en && (k = roman_item(o, w, i, nw)))
        return k;
    /* "described as a W/F, 5'4\"", "suspect: B/M, 30s": a police description's race
     * and sex, said ("a white female"), where a description's article or its height
     * or age is beside it */
    if (en && n == 3 && c[1] == '/' && strchr("WBHA", c[0]) && (c[2] == 'M' || c[2] == 'F') && i > 0) {
        const word *nx2 = i + 1 < nw ? &w[i + 1] : NULL;
        int described = equals_word(&w[i - 1], "a") || equals_word(&w[i - 1], "as") ||
                        (w[i - 1].trail && w[i - 1].s[w[i - 1].n - 1] == ':') ||
                        (nx2 && x->trail && x->s[x->lead + n] == ',' && nx2->core && isdigit((unsigned char)nx2->s[nx2->lead]));
        if (described) {
            static const char *const race[] = {"white", "black", "Hispanic", "Asian"};
            sb_putn(o, x->s, x->lead);
            sb_printf(o, "%s %s", race[strchr("WBHA", c[0]) - "WBHA"], c[2] == 'M' ? "male" : "female");
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "2024–25 to 2028–29": financial years, each a year and the next one's last
     * figures, in a range of them: each said whole ("2024 25"), so the one "to" is
     * the range's */
    if (en && fiscal_span(x)) {
        int joined = (i + 2 < nw && !x->trail && (equals_word(&w[i + 1], "to") || equals_word(&w[i + 1], "through") ||
                                                  equals_word(&w[i + 1], "and")) &&
                      fiscal_span(&w[i + 2])) ||
                     (i >= 2 && !w[i - 1].trail && !w[i - 2].trail &&
                      (equals_word(&w[i - 1], "to") || equals_word(&w[i - 1], "through") || equals_word(&w[i - 1], "and")) &&
                      fiscal_span(&w[i - 2]));
        if (joined) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, 4);
            sb_putc(o, ' ');
            sb_putn(o, c + n - 2, 2);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "No. 1:25-cv-20417", "3:24-cr-00112": a federal court's docket, the office, the
     * year, the kind of case, its number ("1, 25, C V, 2 0 4 1 7") */
    if (en && n >= 11 && isdigit((unsigned char)c[0])) {
        size_t d = 0;
        while (d < n && d < 2 && isdigit((unsigned char)c[d]))
            d++;
        if (d < n && c[d] == ':' && d + 10 <= n && isdigit((unsigned char)c[d + 1]) && isdigit((unsigned char)c[d + 2]) &&
            c[d + 3] == '-' && isalpha((unsigned char)c[d + 4]) && isalpha((unsigned char)c[d + 5]) && c[d + 6] == '-') {
            size_t e = d + 7;
            while (e < n && isdigit((unsigned char)c[e]))
                e++;
            if (e - d - 7 >= 3 && (e == n || c[e] == '-')) {
                sb_putn(o, x->s, x->lead);
                sb_putn(o, c, d);
                sb_printf(o, ", %c%c, %c %c,", c[d + 1], c[d + 2], toupper((unsigned char)c[d + 4]),
                          toupper((unsigned char)c[d + 5]));
                for (size_t q = d + 7; q < e; q++)
                    sb_printf(o, " %c", c[q]);
                if (e < n) {
                    sb_puts(o, ",");
                    for (size_t q = e + 1; q < n; q++)
                        sb_printf(o, " %c", c[q]);
                }
                sb_putn(o, c + n, x->trail);
                return 1;
            }
        }
    }
    /* "RCW 9A.52.030", "ORS 166.720", "NRS 200.481": a state code's section after the
     * code's letters, its parts a dot apart, not a decimal ("9A dot 52 dot 030") */
    if (en && i > 0 && n >= 5 && isdigit((unsigned char)c[0]) && !w[i - 1].trail && w[i - 1].core >= 3 &&
        w[i - 1].core <= 4 && memchr(c, '.', n)) {
        const char *pc = w[i - 1].s + w[i - 1].lead;
        int code = 1, dots = 0, ok = c[n - 1] != '.';
        for (size_t q = 0; q < w[i - 1].core && code; q++)
            code = isupper((unsigned char)pc[q]);
        for (size_t q = 0; q < n && ok; q++) {
            dots += c[q] == '.';
            ok = isdigit((unsigned char)c[q]) || (c[q] == '.' && q > 0 && c[q - 1] != '.') ||
                 (isupper((unsigned char)c[q]) && q > 0 && isdigit((unsigned char)c[q - 1]));
        }
        static const char *const codes[] = {"RCW", "ORS", "NRS", "ARS", "KRS", "MCL", "OCGA", "TCA", "RSA", "HRS",
                                            "ILCS", "MCA", "NMSA", "SDCL", "WAC", "OAR", "CFR", "USC"};
        int known = 0;
        for (size_t q = 0; code && q < sizeof codes / sizeof *codes && !known; q++)
            known = strlen(codes[q]) == w[i - 1].core && memcmp(pc, codes[q], w[i - 1].core) == 0;
        if (known && ok && dots >= 1) {
            sb_putn(o, x->s, x->lead);
            put_dotted(o, c, n, " dot ");
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "ISO 9001:2015", "ISO/IEC 27001:2022": a standard's number and its year */
    if (en && i > 0 && n >= 8 && isdigit((unsigned char)c[0]) && !w[i - 1].trail) {
        const char *colon = memchr(c, ':', n);
        size_t cl = colon ? (size_t)(colon - c) : 0;
        const word *pw = &w[i - 1];
        const char *pc = pw->s + pw->lead;
        int iso = (pw->core >= 3 && memcmp(pc, "ISO", 3) == 0) || (pw->core >= 3 && memcmp(pc + pw->core - 3, "IEC", 3) == 0);
        /* (and the other bodies' standards: "AS/NZS 10002:2022", "BS 8300:2018", "EN
         * 1176:2017", "ANSI 117:2017", "NFPA 70:2023") */
        static const char *const bodies[] = {"NZS", "BS", "EN", "DIN", "ANSI", "NFPA", "IEEE", "ASTM", "CSA", "SANS"};
        for (size_t q = 0; q < sizeof bodies / sizeof *bodies && !iso; q++) {
            size_t bl = strlen(bodies[q]);
            iso = pw->core >= bl && memcmp(pc + pw->core - bl, bodies[q], bl) == 0 &&
                  (pw->core == bl || pc[pw->core - bl - 1] == '/' || pc[pw->core - bl - 1] == ' ');
        }
        if (iso && cl >= 3 && cl <= 6 && n - cl - 1 == 4 && all_digits(c, cl) && all_digits(c + cl + 1, 4)) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, cl);
            sb_puts(o, ", ");
            sb_putn(o, c + cl + 1, 4);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "Arianna DE LUCA", "Pierre DU PONT": a surname's particle in capitals, as the EU
     * institutions write surnames, between a given name and the rest of the surname;
     * said as a word ("De"), not spelled */
    if (en && (n == 2 || n == 3) && i > 0 && i + 1 < nw && !x->lead && !x->trail && !w[i - 1].trail &&
        w[i - 1].core >= 2 && isupper((unsigned char)w[i - 1].s[w[i - 1].lead]) &&
        txt_has_lower(w[i - 1].s + w[i - 1].lead, w[i - 1].core) && w[i + 1].core >= 3 && !w[i + 1].lead) {
        static const char *const particles[] = {"DE", "DU", "DA", "DI", "DEL", "DER", "DEN", "DOS", "DAS", "VAN",
                                                "VON", "LE", "DELLA"};
        int caps = 1;
        for (size_t q = 0; q < w[i + 1].core && caps; q++)
            caps = isupper((unsigned char)w[i + 1].s[q]) || w[i + 1].s[q] == '-' || w[i + 1].s[q] == '\'';
        for (size_t q = 0; caps && q < sizeof particles / sizeof *particles; q++)
            if (strlen(particles[q]) == n && memcmp(c, particles[q], n) == 0) {
                sb_putc(o, c[0]);
                for (size_t r = 1; r < n; r++)
                    sb_putc(o, (char)tolower((unsigned char)c[r]));
                return 1;
            }
    }
    /* "1,000s of calls", "100s of emails": hundreds, thousands (and tens of them), a
     * round number's plural before "of" */
    if (en && i + 1 < nw && !x->trail && equals_word(&w[i + 1], "of") && n >= 4 && c[n - 1] == 's' && c[0] == '1') {
        static const char *const rounds[][2] = {{"100s", "hundreds"}, {"1000s", "thousands"},
                                                {"1,000s", "thousands"}, {"10,000s", "tens of thousands"},
                                                {"100,000s", "hundreds of thousands"}, {"1,000,000s", "millions"}};
        for (size_t q = 0; q < sizeof rounds / sizeof *rounds; q++)
            if (strlen(rounds[q][0]) == n && memcmp(c, rounds[q][0], n) == 0) {
                sb_putn(o, x->s, x->lead);
                sb_puts(o, rounds[q][1]);
                return 1;
            }
    }
    /* "£99 for U18s", "the U16 team", "at U-23 level": an age group, under so many years
     * (two figures; "U2" is a band's name) */
    size_t ud = n >= 4 && c[1] == '-' ? 2 : 1; /* (the hyphen FIFA and UEFA print) */
    if (en && (n == ud + 2 || n == ud + 3) && c[0] == 'U' && isdigit((unsigned char)c[ud]) &&
        isdigit((unsigned char)c[ud + 1]) && (n == ud + 2 || c[ud + 2] == 's') && c[ud] != '0') {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, "under ");
        put_number_words(o, (c[ud] - '0') * 10 + (c[ud + 1] - '0'), n == ud + 3); /* ("eighteens", not "18 z") */
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "since Sept,", "in Nov,", "from Jan to Mar": a month cut short, no day or year
     * after it, after a word that dates */
    if (en && (n == 3 || n == 4) && i > 0 && !w[i - 1].trail && isupper((unsigned char)c[0]) && islower((unsigned char)c[1]) &&
        !(n == 3 && memcmp(c, "May", 3) == 0) && w[i - 1].core >= 2 && w[i - 1].core <= 6) {
        /* (not "to", "from", "by": "Thanks to Jan and Eva", "a letter from Jan, our chair") */
        static const char *const dating[] = {"since", "in", "until", "till", "before", "after", "through", "during",
                                             "mid", "late", "early", "Since", "In", "Until"};
        int m = dt_month(c, n);
        const word *nx = i + 1 < nw ? &w[i + 1] : NULL;
        int ends = x->trail ? strchr(",.;:)", c[n]) != NULL
                            : nx && (equals_word(nx, "to") || equals_word(nx, "and") || equals_word(nx, "or"));
        if (m > 0 && ends && equals_any(&w[i - 1], dating, sizeof dating / sizeof *dating) &&
            !(nx && isdigit((unsigned char)nx->s[nx->lead]))) { /* ("by Feb. 28": a date) */
            sb_putn(o, x->s, x->lead);
            sb_puts(o, dt_month_name(m));
            /* (the stop of "Nov." ends nothing before a word in lower case) */
            size_t tr = x->trail;
            if (tr && c[n] == '.' && nx && islower((unsigned char)nx->s[nx->lead]))
                sb_putn(o, c + n + 1, tr - 1);
            else
                sb_putn(o, c + n, tr);
            return 1;
        }
    }
    /* "Wilhelmstrasse 97, 10117 Berlin": a postcode before its town, after a house's
     * number and its comma, said figure by figure */
    /* (the town then its comma or the sentence's end; the house's street before it,
     * no "Suite 400, 1600 Pennsylvania Avenue", "Issue 7, 2025 Spring Edition") */
    static const char *const not_street[] = {"Suite", "Building", "Issue", "Volume", "Vol", "Round", "Floor", "Unit",
                                             "Room", "No", "Apartment", "Apt", "Level", "Box", "Chapter", "Page",
                                             "Section", "Article", "Rule", "Part", "Block", "Gate", "Stage", "Week",
                                             "Season", "Game", "Match", "Episode", "Phase", "Series", "Year", "Grade",
                                             "Yes", "For", "Against", "Total", "Class", "Group", "Team"};
    if (en && (n == 4 || n == 5) && all_digits(c, n) && !x->lead && !x->trail && i >= 2 && i + 1 < nw &&
        w[i - 1].trail == 1 && w[i - 1].s[w[i - 1].n - 1] == ',' && w[i - 1].core <= 4 &&
        isdigit((unsigned char)w[i - 1].s[w[i - 1].lead]) && isupper((unsigned char)w[i - 2].s[w[i - 2].lead]) &&
        !w[i - 2].trail && !equals_any(&w[i - 2], not_street, sizeof not_street / sizeof *not_street) &&
        !w[i + 1].lead && w[i + 1].core >= 3 && isupper((unsigned char)w[i + 1].s[0]) &&
        txt_has_lower(w[i + 1].s, w[i + 1].core) && (w[i + 1].trail || i + 2 == nw) &&
        !((c[0] == '1' && c[1] == '9') || (c[0] == '2' && c[1] == '0' && n == 4))) {
        sb_putn(o, x->s, x->lead);
        for (size_t q = 0; q < n; q++) {
            if (q)
                sb_putc(o, ' ');
            sb_putc(o, c[q]);
        }
        return 1;
    }
    /* "Lars Berg (DEN)", "Ana Ruiz (ESP)": a country's code in brackets after a name,
     * as results give it (data/en/country-codes.txt), spelled ("den", "ken" else) */
    if (en && n == 3 && x->lead && x->s[x->lead - 1] == '(' && x->trail && c[3] == ')' && isupper((unsigned char)c[0]) &&
        isupper((unsigned char)c[1]) && isupper((unsigned char)c[2]) && i > 0 && !w[i - 1].trail &&
        isupper((unsigned char)w[i - 1].s[w[i - 1].lead]) && data_has_line("en/country-codes.txt", c, 3)) {
        sb_putn(o, x->s, x->lead);
        spell(o, c, 3);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "EUR/USD", "USD/JPY": an exchange rate's pair, "euro dollar" */
    if (en && currency_pair(x)) {
        const char *o1, *m1, *o2, *m2;
        size_t o1l, m1l, o2l, m2l;
        currency_at(c, 3, &o1, &o1l, &m1, &m1l);
        currency_at(c + 4, 3, &o2, &o2l, &m2, &m2l);
        sb_putn(o, x->s, x->lead);
        sb_putn(o, o1, o1l);
        sb_putc(o, ' ');
        sb_putn(o, o2, o2l);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "(PLN mn)", "(EUR m)", "(£m)": a table's unit, a currency and its scale with no
     * figure, "million zlotys" */
    /* (cheap shapes first: a code of three capitals, or a sign then letters) */
    if (en && n <= 8 && ((n == 3 && isupper((unsigned char)c[0]) && isupper((unsigned char)c[2]) && !x->trail) ||
                         (n >= 2 && (c[0] == '$' || (unsigned char)c[0] == 0xC2 || (unsigned char)c[0] == 0xE2 ||
                                     (isupper((unsigned char)c[0]) && n >= 3 && c[n - 1] != ')' &&
                                      memchr(c, '$', n)))) ||
                         (n == 3 && isupper((unsigned char)c[0]) && x->trail && c[3] == ',')) &&
        !txt_has_digit(c, n)) {
        const char *o1, *m1;
        size_t o1l, m1l, scl = 0;
        size_t cl = currency_at(c, n, &o1, &o1l, &m1, &m1l);
        const char *sc = NULL;
        const word *last = x;
        if (cl && cl < n && (cl > 1 || !isalpha((unsigned char)c[0]))) {
            sc = money_scale(c + cl, n - cl, &scl); /* "£m", "€bn" */
            /* (capitals joined to a code's, "RMT", "RMB", are an acronym: a union's, a
             * currency's; a table's unit only in its brackets or at a column's end,
             * "(RMM)") */
            if (sc && cl > 1 && isupper((unsigned char)c[cl]) &&
                !((x->lead && x->s[x->lead - 1] == '(') ||
                  (x->trail && (c[n] == ')' || c[n] == ',' || c[n] == ';' || c[n] == ':'))))
                sc = NULL;
        } else if (cl == n && n == 3 && isupper((unsigned char)c[0]) && !x->trail && i + 1 < nw && !w[i + 1].lead &&
                 (sc = money_scale(w[i + 1].s, w[i + 1].core, &scl)) != NULL) {
            last = &w[i + 1];
            /* (in a table's brackets or a column's heading, its end marked: not "EUR m
             * 12", nor "the CAD m file") */
            const char *tr = last->s + last->lead + last->core;
            if (!((x->lead && x->s[x->lead - 1] == '(') ||
                  (last->trail && (tr[0] == ')' || tr[0] == ',' || tr[0] == ';' || tr[0] == ':'))))
                sc = NULL;
        }
        if (sc) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, sc, scl);
            sb_putc(o, ' ');
            sb_putn(o, m1, m1l);
            sb_putn(o, last->s + last->lead + last->core, last->trail);
            return last == x ? 1 : 2;
        }
    }
    /* "the 10y yield", "2yr notes": a bond's tenor, so many years, before what has it */
    if (en && n >= 2 && n <= 4 && isdigit((unsigned char)c[0]) && !x->trail && i + 1 < nw && !w[i + 1].lead) {
        size_t d = strspn(c, "0123456789");
        static const char *const tenor[] = {"yield", "yields", "bond", "bonds", "note", "notes", "rate", "rates",
                                            "swap", "swaps", "Treasury", "Treasuries", "Bund", "Bunds", "gilt",
                                            "gilts", "JGB", "JGBs", "breakeven", "breakevens", "OAT", "BTP",
                                            "BTPs", "spread", "spreads", "maturity", "sector", "tenor", "paper"};
        int years = (d + 1 == n && c[d] == 'y') || (d + 2 == n && c[d] == 'y' && c[d + 1] == 'r');
        if (years && d <= 2 && equals_any(&w[i + 1], tenor, sizeof tenor / sizeof *tenor)) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, d);
            sb_puts(o, "-year");
            return 1;
        }
    }
    /* "xx Jolie", "Love, Sam xxx": kisses at a note's sign-off, no Roman twenty */
    if (en && (equals_word(x, "xx") || equals_word(x, "xxx") || equals_word(x, "xoxo")) &&
        islower((unsigned char)c[0])) {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, "kisses");
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    if ((k = phone(o, w, i, nw)))
        return k;
    if ((k = provision(o, x)))
        return k;
    /* "under s 95ZH", "ss 12-14", "s. 7(2)": the section(s) of an Act */
    if (en && (n == 1 || n == 2) && c[0] == 's' && (n == 1 || c[1] == 's') && i + 1 < nw &&
        (x->trail == 0 || (x->trail == 1 && x->s[x->lead + n] == '.')) && !w[i + 1].lead &&
        isdigit((unsigned char)w[i + 1].s[0]) && (i == 0 || !w[i - 1].trail || w[i - 1].s[w[i - 1].n - 1] == ',')) {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, n == 2 ? "sections" : "section");
        return 1;
    }
    if (!en && (k = other_language_word(o, w, i, nw)))
        return k;
    if ((k = article_number(o, w, i)))
        return k;
    if (data_lang() == 1 && (k = fr_word(o, w, i, nw)))
        return k;
    if (data_lang() == 2 && (k = es_word(o, w, i, nw)))
        return k;
    if (en && (k = scripture(o, w, i, nw)))
        return k;
    if (en && (k = elided_code(o, w, i)))
        return k;
    if (en && (k = registered_number(o, w, i, nw)))
        return k;
    if (en && (k = digit_code(o, w, i, nw)))
        return k;
    if (en && (k = tie_break(o, w, i)))
        return k;
    /* "ABS-CBN", "GMA-NTV", "SFO-SEA": capitals joined by a hyphen, each part short and
     * one no word could open so (no vowel, or two consonants no English word opens
     * with), are a broadcaster's letters or a route's airports, spelled part by part
     * (espeak-ng says "abz", and "sea" after spelling "SFO") */
    if (en && n >= 5 && n <= 12 && memchr(c, '-', n) && isupper((unsigned char)c[0]) && !txt_has_lower(c, n)) {
        int ok = 1, unsayable = 0;
        for (size_t q = 0; q < n && ok;) {
            size_t pe = q;
            while (pe < n && c[pe] != '-')
                pe++;
            ok = pe - q >= 3 && pe - q <= 4; /* (not an aircraft's "VH-QOR") */
            for (size_t y = q; ok && y < pe; y++)
                ok = c[y] >= 'A' && c[y] <= 'Z';
            /* (a part with no vowel: "CBN"; "LEE-ANN" is a name) */
            int vowel = 0;
            for (size_t y = q; ok && y < pe; y++)
                vowel |= strchr("AEIOUY", c[y]) != NULL;
            unsayable |= ok && pe - q >= 2 && (!vowel || !sayable_onset(c + q, pe - q));
            q = pe < n ? pe + 1 : n;
        }
        if (ok && unsayable) {
            sb_putn(o, x->s, x->lead);
            for (size_t q = 0; q < n;) {
                size_t pe = q;
                while (pe < n && c[pe] != '-')
                    pe++;
                if (q)
                    sb_putc(o, ' ');
                spell(o, c + q, pe - q);
                q = pe < n ? pe + 1 : n;
            }
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "National Instrument 43-101", "NI 43-101": Canada's standard for mineral
     * disclosure, by its number ("43 1 0 1"), no range */
    if (en && n == 6 && isdigit((unsigned char)c[0]) && isdigit((unsigned char)c[1]) && c[2] == '-' &&
        all_digits(c + 3, 3) && i > 0 && !w[i - 1].trail &&
        (equals_word(&w[i - 1], "Instrument") || equals_word(&w[i - 1], "NI"))) {
        sb_putn(o, x->s, x->lead);
        sb_printf(o, "%c%c %c %c %c", c[0], c[1], c[3], c[4], c[5]);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "the Phase 2/3 trial", "a phase 1/2 study": a combined trial's phases, said one
     * after the other, no fraction */
    if (en && n == 3 && isdigit((unsigned char)c[0]) && c[1] == '/' && isdigit((unsigned char)c[2]) && i > 0 &&
        !w[i - 1].trail && (equals_word(&w[i - 1], "Phase") || equals_word(&w[i - 1], "phase") ||
                            equals_word(&w[i - 1], "Phases") || equals_word(&w[i - 1], "phases"))) {
        sb_putn(o, x->s, x->lead);
        sb_printf(o, "%c %c", c[0], c[2]);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "Ma. Cristina Villanueva": the Philippines' short form of María before a given
     * name and a surname (espeak-ng says "ma") */
    if (en && n == 2 && c[0] == 'M' && c[1] == 'a' && x->trail == 1 && c[2] == '.' && i + 2 < nw &&
        isupper((unsigned char)w[i + 1].s[w[i + 1].lead]) && !w[i + 1].trail && w[i + 1].core > 1 &&
        isupper((unsigned char)w[i + 2].s[w[i + 2].lead])) {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, "Maria");
        return 1;
    }
    /* "a record 2,381m t", "4.6m t of wheat": millions of tonnes as Australian and
     * British crop reports write them (not metres and the letter) */
    if (en && n >= 2 && c[n - 1] == 'm' && !x->trail && i + 1 < nw && number_len(c, n - 1) == n - 1 &&
        w[i + 1].core == 1 && w[i + 1].s[w[i + 1].lead] == 't' && !w[i + 1].lead &&
        (!w[i + 1].trail || strchr(".,;:)", w[i + 1].s[1]))) {
        sb_putn(o, x->s, x->lead);
        sb_putn(o, c, n - 1);
        sb_puts(o, " million tonnes");
        sb_putn(o, w[i + 1].s + w[i + 1].lead + 1, w[i + 1].trail);
        return 2;
    }
    /* "Serial no: 1187", "Flight no: TR 512": a field's label, its number ("the answer
     * is no: …" has no capitalised noun right before) */
    if (en && n == 2 && (c[0] == 'n' || c[0] == 'N') && c[1] == 'o' && x->trail && c[2] == ':' && i > 0 && i <= 3 &&
        !w[i - 1].trail && isupper((unsigned char)w[i - 1].s[w[i - 1].lead]) && !x->lead) {
        sb_puts(o, "number");
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "limit warming to 1.5C", "temperatures hit 40C": degrees Celsius without the
     * sign, as British and Commonwealth style writes them, where the number has a
     * decimal point or the sentence speaks of heat ("Apartment 4C" is a letter) */
    if (en && n >= 2 && n <= 6 && c[n - 1] == 'C' && number_len(c, n - 1) == n - 1 && isdigit((unsigned char)c[0])) {
        static const char *const heat[] = {"temperature", "temperatures", "warming", "heatwave", "degrees", "warmer",
                                           "cooler", "highs", "lows", "frost", "celsius", "Celsius"};
        static const char *const parts[] = {"section", "clause", "form", "paragraph", "room", "part", "grade", "class",
                                            "level", "schedule", "rule", "article", "chapter", "annex", "flat", "unit"};
        int warm = memchr(c, '.', n - 1) != NULL;
        for (size_t q = 0; q < nw && !warm; q++)
            warm = equals_any(&w[q], heat, sizeof heat / sizeof *heat);
        /* (after a noun that names it, "Apartment 4C", "section 12C": a letter) */
        if (i > 0 && !w[i - 1].trail && w[i - 1].core >= 2 &&
            ((isupper((unsigned char)w[i - 1].s[w[i - 1].lead]) && txt_has_lower(w[i - 1].s + w[i - 1].lead, w[i - 1].core)) ||
             equals_any(&w[i - 1], parts, sizeof parts / sizeof *parts)))
            warm = 0;
        if (warm) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, n - 1);
            sb_puts(o, n == 2 && c[0] == '1' ? " degree Celsius" : " degrees Celsius");
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "JN.1", "KP.2", "BA.2.86": a virus's lineage, its letters spelled and its numbers
     * said apart, where the sentence speaks of variants ("K P 2", "B A 2 86") */
    if (en && n >= 4 && n <= 10 && isupper((unsigned char)c[0]) && isupper((unsigned char)c[1])) {
        size_t l = 0;
        while (l < n && c[l] >= 'A' && c[l] <= 'Z')
            l++;
        int shape = l >= 2 && l <= 3 && l < n && c[l] == '.';
        for (size_t q = l; shape && q < n;) {
            size_t d = q + 1;
            while (d < n && isdigit((unsigned char)c[d]))
                d++;
            shape = c[q] == '.' && d > q + 1 && d - q - 1 <= 3;
            q = d;
        }
        static const char *const viral[] = {"variant", "variants", "subvariant", "subvariants", "lineage",
                                            "lineages", "strain", "strains", "COVID-19", "COVID", "SARS-CoV-2",
                                            "Omicron", "sequenced", "sequencing", "sequences", "virus", "viruses",
                                            "infections"};
        int virus = 0;
        for (size_t q = 0; shape && q < nw && !virus; q++)
            virus = equals_any(&w[q], viral, sizeof viral / sizeof *viral);
        if (shape && virus) {
            sb_putn(o, x->s, x->lead);
            spell(o, c, l);
            for (size_t q = l; q < n; q++) {
                if (c[q] == '.')
                    sb_putc(o, ' ');
                else
                    sb_putc(o, c[q]);
            }
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "a M6.4 aftershock", "M7.7": a quake's magnitude, where the sentence speaks of a
     * quake (not a motorway's "M6" or a size) */
    if (en && n >= 4 && n <= 5 && c[0] == 'M' && isdigit((unsigned char)c[1]) &&
        c[2] == '.' && isdigit((unsigned char)c[3]) && (n == 4 || isdigit((unsigned char)c[4]))) {
        static const char *const quake[] = {"earthquake", "earthquakes", "quake", "quakes", "aftershock",
                                            "aftershocks", "tremor", "tremors", "seismic", "magnitude"};
        int shaken = 0;
        for (size_t q = 0; q < nw && !shaken; q++)
            shaken = equals_any(&w[q], quake, sizeof quake / sizeof *quake);
        if (shaken) {
            sb_putn(o, x->s, x->lead);
            sb_puts(o, "magnitude ");
            sb_putn(o, c + 1, n - 1 + x->trail);
            return 1;
        }
    }
    /* "Influenza A", "hepatitis A", "Category A", "Schedule A": the letter after the
     * noun it names a kind of, not the article (espeak-ng says "uh") */
    if (en && n == 1 && c[0] == 'A' && i > 0 && !w[i - 1].trail && !x->lead) {
        static const char *const kinds[] = {"influenza", "hepatitis", "vitamin", "category", "type", "schedule",
                                            "grade", "class", "group", "annex", "appendix", "exhibit", "part",
                                            "tier", "phase", "level", "zone", "option", "division", "series",
                                            "figure", "strain", "lineage", "subtype", "clade", "serogroup", "team",
                                            "platoon", "company", "wing", "terminal", "gate", "pier", "ward", "row",
                                            "section"};
        /* (words that are verbs too count capitalised only: "Plan A", "Form A", not
         * "plan a trip", "form a government") */
        static const char *const verbs[] = {"Plan", "Form", "Table", "List", "Block", "Building", "Model"};
        const word *p = &w[i - 1];
        int kind = !p->lead && (equals_any(p, kinds, sizeof kinds / sizeof *kinds));
        for (size_t q = 0; !kind && !p->lead && q < sizeof verbs / sizeof *verbs; q++)
            kind = p->core == strlen(verbs[q]) && memcmp(p->s, verbs[q], p->core) == 0;
        /* (not in a line in Title Case, where the article is capitalised too: "Building
         * A Stronger Health System") */
        if (kind && i + 1 < nw && !x->trail && w[i + 1].core && isupper((unsigned char)w[i + 1].s[w[i + 1].lead])) {
            size_t caps = 0, words = 0;
            for (size_t q = 0; q < nw; q++)
                if (w[q].core && isalpha((unsigned char)w[q].s[w[q].lead])) {
                    words++;
                    caps += isupper((unsigned char)w[q].s[w[q].lead]) != 0;
                }
            kind = !(words >= 3 && caps * 10 >= words * 7);
        }
        if (kind) {
            put_letter_a(o);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "Sub: Listing of equity shares …": an Indian circular's or letter's subject line,
     * its label cut short before its colon ("Sub" alone elsewhere is left) */
    if (en && i == 0 && n == 3 && memcmp(c, "Sub", 3) == 0 && x->trail && c[3] == ':' && !x->lead) {
        sb_puts(o, "Subject");
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "et seq.": and the ones following (Latin, in law: "sections 12 et seq."); "ET
     * AL." in a caption in capitals, said as the Latin is, not spelled */
    if (en && equals_word(x, "et") && !x->trail && i + 1 < nw) {
        const word *q = &w[i + 1];
        const char *latin = equals_word(q, "seq") || equals_word(q, "seqq") || equals_word(q, "sq") ? "and following"
                            : q->core == 2 && memcmp(x->s + x->lead, "ET", 2) == 0 &&
                                      memcmp(q->s + q->lead, "AL", 2) == 0
                                ? "et al"
                                : NULL;
        if (latin) {
            /* (the abbreviation's stop, unless it ends the sentence) */
            size_t skip = own_stop(w, i + 1, nw);
            sb_putn(o, x->s, x->lead);
            sb_puts(o, latin);
            sb_putn(o, q->s + q->lead + q->core + skip, q->trail - skip);
            return 2;
        }
    }
    if (en && (k = court_district(o, w, i, nw)))
        return k;
    /* ("by 1/4 percentage point" is no 1 April: a fraction before what it measures) */
    if (en && (k = part_of_whole(o, w, i)))
        return k;
    if (en && (k = fraction(o, w, i, nw)))
        return k;
    if (en && (k = month_year(o, w, i)))
        return k;
    if (en && (k = weekday_range(o, w, i, nw, order)))
        return k;
    if (en && (k = lone_weekday(o, w, i, nw)))
        return k;
    if (en && (k = au_state(o, w, i, nw)))
        return k;
    if (en && (k = fluid_ounces(o, w, i, nw)))
        return k;
    if (en && (k = acc_no(o, w, i, nw)))
        return k;
    if (en && (k = aviation_and_grades(o, w, i, nw)))
        return k;
    if (en && (k = bracketed_zone(o, w, i)))
        return k;
    if (en && (k = vancouver(o, x)))
        return k;
    if (en && (k = date(o, w, i, nw, order)))
        return k;
    if (en && (k = running_time(o, w, i, nw)))
        return k;
    if (en && (k = mission_clock(o, w, i, nw)))
        return k;
    if (en && (k = runway(o, w, i)))
        return k;
    if (en && (k = registration(o, w, i, nw)))
        return k;
    if (en && (k = mass_of_gas(o, w, i, nw)))
        return k;
    if (en && (k = dated_designation(o, w, i)))
        return k;
    if (en && (k = bare_decimal(o, x)))
        return k;
    if (en && (k = figures_then_words(o, w, i, nw)))
        return k;
    if (en && (k = cricket_score(o, w, i, nw)))
        return k;
    if (en && (k = clock_time(o, w, i, nw)))
        return k;
    /* "randomized 2:1", "by a 3:1 margin": a ratio (a time has two digits after its
     * colon) */
    if (en && n >= 3 && n <= 4 && isdigit((unsigned char)c[0]) && c[n - 2] == ':' && isdigit((unsigned char)c[n - 1]) &&
        (n == 3 || isdigit((unsigned char)c[1]))) {
        sb_putn(o, x->s, x->lead);
        sb_putn(o, c, n - 2);
        sb_puts(o, " to ");
        sb_putc(o, c[n - 1]);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    if (en && (k = party_tag(o, x)))
        return k;
    /* "increased ×4", "take it x3 daily": a multiplier before its figure, after no
     * figure, is so many times */
    {
        size_t xl = n >= 2 && c[0] == 'x' ? 1 : n >= 3 && (unsigned char)c[0] == 0xC3 && (unsigned char)c[1] == 0x97 ? 2 : 0;
        /* (a letter "x" before one digit only: "x86" is a chip's name) */
        if (en && xl && number_len(c + xl, n - xl) == n - xl && isdigit((unsigned char)c[xl]) && n - xl <= 4 &&
            (xl == 2 || n == 2 || c[2] == '.') &&
            !(i > 0 && !w[i - 1].trail && w[i - 1].core && isdigit((unsigned char)w[i - 1].s[w[i - 1].lead + w[i - 1].core - 1]))) {
            /* "×10 the value", "x3 more effective": so many times; after a verb, so
             * many fold ("rose x3": threefold, not on three occasions) */
            static const char *const compare[] = {"the", "more", "less", "higher", "lower", "bigger", "larger",
                                                  "greater", "faster", "as", "that", "what", "its", "their", "daily",
                                                  "weekly", "monthly", "a", "per", "each", "every"};
            int times = 0;
            for (size_t q = 0; q < sizeof compare / sizeof *compare && !x->trail && i + 1 < nw && !times; q++)
                times = equals_word(&w[i + 1], compare[q]);
            /* (a letter x only before a comparison or a frequency: "Route x4 buses",
             * "press x2" are names and keys) */
            if (xl == 1 && !times)
                goto not_multiplier;
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c + xl, n - xl);
            sb_puts(o, times ? " times" : "-fold");
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
not_multiplier:;
    /* "40m x 25m", "3 × 4 metres": a lone "x" between numbers is "by"; and between
     * measures with their units apart, "200 km x 5,500 km" (a unit of units.txt after
     * a number before it) */
    int unit_before = i > 1 && !w[i - 1].trail && !w[i - 2].trail && w[i - 1].core && w[i - 2].core &&
                      isdigit((unsigned char)w[i - 2].s[w[i - 2].lead]) && isalpha((unsigned char)w[i - 1].s[w[i - 1].lead]) &&
                      w[i - 1].core <= 4 && data_field_lines("en/units.txt", w[i - 1].s + w[i - 1].lead, w[i - 1].core, 0,
                                                             &(const char *){NULL}, &(size_t){0}, 1);
    if (en && ((n == 1 && c[0] == 'x') || (n == 2 && (unsigned char)c[0] == 0xC3 && (unsigned char)c[1] == 0x97)) &&
        i > 0 && i + 1 < nw && !w[i - 1].trail && w[i - 1].core &&
        (isdigit((unsigned char)w[i - 1].s[w[i - 1].lead]) ||
         /* (a unit after the second number too: "500 mg x 2 tablets" is times) */
         (unit_before && i + 2 < nw && !w[i + 1].trail && w[i + 2].core <= 4 && !w[i + 2].lead &&
          data_field_lines("en/units.txt", w[i + 2].s, w[i + 2].core, 0, &(const char *){NULL}, &(size_t){0}, 1))) &&
        !w[i + 1].lead && w[i + 1].core && isdigit((unsigned char)w[i + 1].s[0])) {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, "by");
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "2h 45m", "1h 5min": hours and minutes */
    if (en && n >= 2 && n <= 3 && c[n - 1] == 'h' && all_digits(c, n - 1) && !x->trail && i + 1 < nw && !w[i + 1].lead) {
        const word *m = &w[i + 1];
        const char *mc = m->s;
        size_t md = 0;
        while (md < m->core && isdigit((unsigned char)mc[md]))
            md++;
        if (md >= 1 && md <= 2 && ((m->core == md + 1 && mc[md] == 'm') || (m->core == md + 3 && strncmp(mc + md, "min", 3) == 0))) {
            int h = atoi(c), mi = atoi(mc);
            sb_putn(o, x->s, x->lead);
            sb_printf(o, "%d %s %d %s", h, h == 1 ? "hour" : "hours", mi, mi == 1 ? "minute" : "minutes");
            sb_putn(o, mc + m->core, m->trail);
            return 2;
        }
    }
    if ((k = unit(o, w, i, nw)))
        return k;
    /* "1.2 million kWh", "3 billion m3": a unit after a number and its scale word, in
     * the plural */
    if (en && i >= 2 && !w[i - 1].trail && !w[i - 2].trail && w[i - 2].core &&
        number_len(w[i - 2].s + w[i - 2].lead, w[i - 2].core) == w[i - 2].core) {
        static const char *const scales[] = {"thousand", "million", "billion", "trillion"};
        int scaled = 0;
        for (size_t q = 0; q < sizeof scales / sizeof *scales && !scaled; q++)
            scaled = equals_word(&w[i - 1], scales[q]);
        const char *line, *many;
        size_t len, manyl = 0, fl = 0;
        if (scaled && data_field_lines("en/units.txt", c, n, 0, &line, &len, 1) &&
            (many = field(line, len, 2, &manyl)) != NULL && !field(line, len, 3, &fl)) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, many, manyl);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "30 cents per kWh", "$2 per kg": a unit after "per" with no number, in the
     * singular (espeak-ng would spell it) */
    if (en && i > 0 && equals_word(&w[i - 1], "per") && !w[i - 1].trail && n >= 2 && !x->lead) {
        size_t onel, un = n;
        /* "$3.89/gal." and "per gal.": the unit's own stop */
        int stop = x->trail && c[n] == '.' && i + 1 < nw && islower((unsigned char)w[i + 1].s[w[i + 1].lead]);
        const char *one = unit_singular(c, un, &onel);
        if (one) {
            sb_putn(o, one, onel);
            sb_putn(o, c + n + stop, x->trail - (size_t)stop);
            return 1;
        }
    }
    if (en && (k = roman_variant(o, w, i)))
        return k;
    if (en && (k = roman(o, w, i)))
        return k;
    /* "Mon–Thu, 09.30–12.30", "14.00–15.30": a range of times written with stops, as
     * British, Commonwealth and Asian notices write opening hours: a clock's when an
     * hour has its leading zero or is past noon, or a weekday or "at", "from" or
     * "between" comes before, and no unit after ("10.15–11.45 euros") */
    if (en && n >= 9 && n <= 13 && isdigit((unsigned char)c[0])) {
        size_t h1 = c[1] == '.' ? 1 : 2, e1 = h1 + 3;
        size_t dl = e1 < n ? range_dash(c + e1, c + n) : 0;
        size_t s2 = e1 + dl, h2 = s2 + 1 < n && c[s2 + 1] == '.' ? 1 : 2;
        if (dl && stopped_time(c, e1) == h1 && s2 + h2 + 3 == n && stopped_time(c + s2, h2 + 3) == h2 &&
            !amount_or_money_after(w, i, nw)) {
            int a1 = h1 == 1 ? c[0] - '0' : (c[0] - '0') * 10 + (c[1] - '0');
            int m1 = (c[h1 + 1] - '0') * 10 + (c[h1 + 2] - '0');
            const char *d2 = c + s2;
            int a2 = h2 == 1 ? d2[0] - '0' : (d2[0] - '0') * 10 + (d2[1] - '0');
            int m2 = (d2[h2 + 1] - '0') * 10 + (d2[h2 + 2] - '0');
            const word *pv = i > 0 && !w[i - 1].trail ? &w[i - 1] : i > 0 ? &w[i - 1] : NULL;
            int day = 0;
            int led = (h1 == 2 && c[0] == '0') || (h2 == 2 && d2[0] == '0') || a1 > 12 || a2 > 12 ||
                      (pv && (equals_word(pv, "at") || equals_word(pv, "from") || equals_word(pv, "between") ||
                              (day_month_of(pv, &day) && day) ||
                              (pv->core > 3 && dt_weekday(pv->s + pv->lead, pv->core) == 0 &&
                               range_dash(pv->s + pv->lead + 3, pv->s + pv->lead + pv->core) &&
                               day_month_of(&(word){.s = pv->s, .n = pv->n, .lead = pv->lead, .core = 3}, &day) && day)));
            if (led && a1 <= 23 && a2 <= 23 && m1 <= 59 && m2 <= 59) {
                dt_time t1 = {.hour = a1, .minute = m1, .second = -1}, t2 = {.hour = a2, .minute = m2, .second = -1};
                sb_putn(o, x->s, x->lead);
                say_time(o, &t1);
                sb_puts(o, " to ");
                say_time(o, &t2);
                sb_putn(o, c + n, x->trail);
                return 1;
            }
        }
    }
    /* "suspended at 11.52", "until 10.05 a.m.": a time written with a stop, as British
     * records write it, after "at", "until", "from", "before" or "after" */
    if (en && (n == 5 || n == 4)) {
        size_t h = c[1] == '.' ? 1 : 2;
        const word *pv = i > 0 && !w[i - 1].trail ? &w[i - 1] : NULL;
        static const char *const lead[] = {"at", "until", "till", "from", "before", "after", "by", "At", "Until", "From"};
        int led = 0;
        for (size_t q = 0; pv && q < sizeof lead / sizeof *lead; q++)
            led |= pv->core == strlen(lead[q]) && strncmp(pv->s + pv->lead, lead[q], pv->core) == 0;
        /* (and the range's end, "from 10.15 to 11.45": after "to", a time so written
         * after "from") */
        if (!led && pv && i >= 3 && equals_word(pv, "to") && !w[i - 2].trail && !w[i - 3].trail &&
            equals_word(&w[i - 3], "from"))
            led = stopped_time(w[i - 2].s + w[i - 2].lead, w[i - 2].core) > 0;
        /* "09.30": an hour with its leading zero is a clock's (no amount is written so);
         * and a range's end after one, or after a time a word of time led to ("at
         * 14.00 - 16.00") */
        if (!led && n == 5 && c[0] == '0' && isdigit((unsigned char)c[1]))
            led = 1;
        if (!led && pv && i >= 2 && (equals_word(pv, "to") || equals_word(pv, "-") || equals_word(pv, "\xE2\x80\x93")) &&
            !w[i - 2].trail && stopped_time(w[i - 2].s + w[i - 2].lead, w[i - 2].core)) {
            const char *pc = w[i - 2].s + w[i - 2].lead;
            led = (w[i - 2].core == 5 && pc[0] == '0') || (i >= 3 && !w[i - 3].trail && (equals_word(&w[i - 3], "at") ||
                                                                                        equals_word(&w[i - 3], "from")));
        }
        const word *nx = i + 1 < nw ? &w[i + 1] : NULL;
        int ends = !nx || x->trail || (nx->core && (islower((unsigned char)nx->s[nx->lead]) || nx->lead)) ||
                   (nx->core >= 2 && (u8_ncasecmp(nx->s + nx->lead, "a.m", 3) == 0 || u8_ncasecmp(nx->s + nx->lead, "p.m", 3) == 0 ||
                                     u8_ncasecmp(nx->s + nx->lead, "am", 2) == 0 || u8_ncasecmp(nx->s + nx->lead, "pm", 2) == 0));
        int unit = stopped_time(c, n) && amount_or_money_after(w, i, nw);
        /* (nor a multiplier: "dosed at 1.33×10¹⁴", said "1.33 times 10 to …" before
         * this pass, "at 2.50 times the rate") */
        if (!unit && nx && !x->trail && equals_word(nx, "times"))
            unit = 1;
        /* (nor a price: "traded at 1.17", "EUR/USD … at 1.17": a currency's pair in
         * the sentence) */
        if (led && !unit && i >= 2 && !w[i - 2].trail &&
            (equals_word(&w[i - 2], "quoted") || equals_word(&w[i - 2], "priced")))
            unit = 1;
        for (size_t q = i >= 5 ? i - 5 : 0; led && !unit && q < i; q++)
            unit = currency_pair(&w[q]); /* (a few words before) */
        /* (nor a range's start whose end is an amount: "from 2.50 to 3.75 percent") */
        if (!unit && i + 2 < nw && !x->trail && equals_word(&w[i + 1], "to") && !w[i + 1].trail)
            unit = amount_or_money_after(w, i + 2, nw);
        if (led && ends && !unit && stopped_time(c, n) == h) {
            int hh = h == 1 ? c[0] - '0' : (c[0] - '0') * 10 + (c[1] - '0');
            int mm = (c[h + 1] - '0') * 10 + (c[h + 2] - '0');
            if (hh <= 23 && mm <= 59) {
                dt_time t = {.hour = hh, .minute = mm, .second = -1};
                sb_putn(o, x->s, x->lead);
                say_time(o, &t);
                sb_putn(o, c + n, x->trail);
                return 1;
            }
        }
    }
    /* "1,84,36,210": Indian grouping (two-digit groups before the last three), said in
     * crores and lakhs as those who write it say it */
    if (en && indian_number(NULL, c, n)) {
        sb_putn(o, x->s, x->lead);
        indian_number(o, c, n);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "22:47hrs", "0930hrs": a time the police write with "hrs" joined to it; "0610H"
     * as the military writes it */
    int mil = en && n == 5 && c[4] == 'H' && strspn(c, "0123456789") == 4;
    /* "1 Ramadan 1446H": a Hijri year after its month, "1446 AH" */
    if (mil && i > 0 && !w[i - 1].trail &&
        data_word_line("en/hijri-months.txt", w[i - 1].s + w[i - 1].lead, w[i - 1].core, 0, DATA_ANYWHERE)) {
        sb_putn(o, x->s, x->lead);
        put_year(o, atoi(c));
        sb_puts(o, " AH");
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    if (en && ((n >= 7 && u8_ncasecmp(c + n - 3, "hrs", 3) == 0) || mil)) {
        size_t d = mil ? 4 : n - 3;
        int hh = -1, mm = -1;
        if (d == 5 && c[2] == ':' && isdigit((unsigned char)c[0]) && isdigit((unsigned char)c[1]) &&
            isdigit((unsigned char)c[3]) && isdigit((unsigned char)c[4]))
            hh = (c[0] - '0') * 10 + c[1] - '0', mm = (c[3] - '0') * 10 + c[4] - '0';
        else if (d == 4 && strspn(c, "0123456789") == 4)
            hh = (c[0] - '0') * 10 + c[1] - '0', mm = (c[2] - '0') * 10 + c[3] - '0';
        if (hh >= 0 && hh <= 23 && mm >= 0 && mm <= 59) {
            sb_putn(o, x->s, x->lead);
            /* "0230hrs": oh two thirty hours, the leading zero said */
            if (c[0] == '0' && hh > 0 && d == 4)
                sb_puts(o, "oh ");
            if (mm == 0)
                sb_printf(o, "%d hundred hours", hh); /* "0900hrs": (oh) nine hundred hours */
            else {
                dt_time t = {.hour = hh, .minute = mm, .second = -1};
                say_time(o, &t);
                sb_puts(o, " hours");
            }
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "the 0715 from Cork", "the 1830 to Leeds": a train or a bus by its departure
     * time, on the 24-hour clock */
    if (en && n == 4 && all_digits(c, 4) && i > 0 && i + 1 < nw && !w[i - 1].trail && !x->trail &&
        equals_word(&w[i - 1], "the") &&
        (((equals_word(&w[i + 1], "from") || equals_word(&w[i + 1], "to")) && i + 2 < nw && !w[i + 1].trail &&
          w[i + 2].core && isupper((unsigned char)w[i + 2].s[w[i + 2].lead])) ||
         equals_word(&w[i + 1], "service") || equals_word(&w[i + 1], "departure"))) {
        /* (to or from a place, its name capitalised: "the 2024 to 2025 budget" is years) */
        int hh = (c[0] - '0') * 10 + c[1] - '0', mm = (c[2] - '0') * 10 + c[3] - '0';
        if (hh <= 23 && mm <= 59) {
            sb_putn(o, x->s, x->lead);
            say_clock24(o, c[0] == '0', hh, mm);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "from 0600 to 2300": the range's end, after its start with a leading zero */
    if (en && n == 4 && all_digits(c, 4) && i >= 3 && !w[i - 1].trail &&
        !(i + 1 < nw && !x->trail &&
          (equals_word(&w[i + 1], "hrs") || equals_word(&w[i + 1], "hr") || equals_word(&w[i + 1], "hours"))) &&
        (equals_word(&w[i - 1], "to") || equals_word(&w[i - 1], "until") || equals_word(&w[i - 1], "till") ||
         (equals_word(&w[i - 1], "and") && equals_word(&w[i - 3], "between"))) &&
        !w[i - 2].trail && w[i - 2].core == 4 && w[i - 2].s[w[i - 2].lead] == '0' &&
        all_digits(w[i - 2].s + w[i - 2].lead, 4) && !w[i - 3].trail &&
        (equals_word(&w[i - 3], "from") || equals_word(&w[i - 3], "From") || equals_word(&w[i - 3], "between"))) {
        int hh = (c[0] - '0') * 10 + c[1] - '0', mm = (c[2] - '0') * 10 + c[3] - '0';
        if (hh <= 24 && mm <= 59) {
            sb_putn(o, x->s, x->lead);
            say_clock24(o, c[0] == '0', hh, mm);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "Aid arrived at 0900.", "from 0600 to 0830": a 24-hour clock time with its
     * leading zero after a word of time, nothing after it ("oh nine hundred") */
    if (en && n == 4 && c[0] == '0' && strspn(c, "0123456789") == 4 && i > 0 && !w[i - 1].trail && clock_at(w, i - 1) &&
        (i + 1 >= nw || x->trail || !unit_singular(w[i + 1].s + w[i + 1].lead, w[i + 1].core, &(size_t){0}))) {
        int hh = c[1] - '0', mm = (c[2] - '0') * 10 + c[3] - '0';
        const word *nx = i + 1 < nw && !x->trail ? &w[i + 1] : NULL;
        if (mm <= 59 && !(nx && (equals_word(nx, "hours") || equals_word(nx, "hrs") || equals_word(nx, "hr") ||
                                 equals_word(nx, "local") || (nx->core >= 2 && isupper((unsigned char)nx->s[nx->lead]))))) {
            sb_putn(o, x->s, x->lead);
            if (!hh && !mm)
                sb_puts(o, "zero hundred");
            else if (mm == 0)
                sb_printf(o, "oh %d hundred", hh);
            else {
                if (hh)
                    sb_puts(o, "oh ");
                dt_time t = {.hour = hh, .minute = mm, .second = -1};
                say_time(o, &t);
            }
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "at 10.30 hrs", "from 14.45 hours": a clock time with a stop, as British forces
     * and police write it, after a word of time (not "1.25 hours", a duration) */
    if (en && (n == 4 || n == 5) && c[n - 3] == '.' && isdigit((unsigned char)c[0]) && isdigit((unsigned char)c[n - 4]) &&
        isdigit((unsigned char)c[n - 2]) && isdigit((unsigned char)c[n - 1]) && !x->trail && i + 1 < nw &&
        !w[i + 1].lead && (sched_clock(w, i, nw) || (i > 0 && !w[i - 1].trail && clock_at(w, i - 1))) &&
        (equals_word(&w[i + 1], "hrs") || equals_word(&w[i + 1], "hours") || equals_word(&w[i + 1], "hr"))) {
        int hh = n == 5 ? (c[0] - '0') * 10 + c[1] - '0' : c[0] - '0', mm = (c[n - 2] - '0') * 10 + c[n - 1] - '0';
        if (hh <= 23 && mm <= 59) {
            const word *nx = &w[i + 1];
            sb_putn(o, x->s, x->lead);
            say_clock24(o, c[0] == '0', hh, mm);
            sb_puts(o, " hours");
            sb_putn(o, nx->s + nx->lead + nx->core, nx->trail);
            return 2;
        }
    }
    /* "at 0930 hours", "2152 local time", "1400 GMT": a 24-hour clock time written
     * without a colon, known by the word after it; before "hours" only after a time
     * word or with its leading zero ("1500 hours of training" is a duration), before
     * "local" only as the time's end ("1500 local residents" are people) */
    if (en && n == 4 && strspn(c, "0123456789") == 4 && !x->trail && i + 1 < nw && !w[i + 1].lead) {
        int hh = (c[0] - '0') * 10 + c[1] - '0', mm = (c[2] - '0') * 10 + c[3] - '0';
        const word *nx = &w[i + 1], *pv = i > 0 && !w[i - 1].trail ? &w[i - 1] : NULL;
        const word *nn = i + 2 < nw && !nx->trail ? &w[i + 2] : NULL;
        int at = pv && clock_at(w, i - 1);
        /* ("Estimated time of restoration: 2300 hrs tonight": a field's value, or the
         * abbreviation before a word that says when) */
        at |= hrs_when(w, i, nw);
        int hours = (equals_word(nx, "hours") || equals_word(nx, "hrs") || equals_word(nx, "hr")) &&
                    (at || c[0] == '0') && !(nn && equals_word(nn, "of"));
        int local = equals_word(nx, "local") && (nx->trail || at || c[0] == '0' || (nn && equals_word(nn, "time")));
        /* "between 0200 and 0500 hrs", "from 2200 to 0600 hours": the first time of a
         * span whose end has the word (one of them with its leading zero: "from 1000
         * to 1400 hours per pilot" is a count) */
        int span = 0;
        /* (or "from 0600 until 2200", "between 0600 and 1800": a span after "from" or
         * "between", one end with its leading zero) */
        int framed = pv && (equals_word(pv, "from") || equals_word(pv, "From") || equals_word(pv, "between")) &&
                     (c[0] == '0' || (nn && nn->core == 4 && nn->s[nn->lead] == '0'));
        if (!hours && nn && !nx->trail && (equals_word(nx, "and") || equals_word(nx, "to") || equals_word(nx, "until") ||
                                           equals_word(nx, "till")) &&
            nn->core == 4 && !nn->lead && all_digits(nn->s + nn->lead, 4) &&
            (framed || (!nn->trail && i + 3 < nw &&
                        (equals_word(&w[i + 3], "hours") || equals_word(&w[i + 3], "hrs") || equals_word(&w[i + 3], "hr")))) &&
            (c[0] == '0' || nn->s[0] == '0' || at) &&
            !(i + 4 < nw && (equals_word(&w[i + 4], "per") || equals_word(&w[i + 4], "of")))) {
            int h2 = (nn->s[0] - '0') * 10 + nn->s[1] - '0', m2 = (nn->s[2] - '0') * 10 + nn->s[3] - '0';
            span = h2 <= 23 && m2 <= 59;
        }
        const char *zl;
        size_t zll;
        /* (not the codes that are words: "1400 WEST 5th Street" is an address) */
        /* (nor a neutral citation, "[2025] CAT 12": a year, a court's letters and the
         * judgment's number after them) */
        int zone = nx->core >= 2 && data_field_lines("en/zones.txt", nx->s, nx->core, 0, &zl, &zll, 1) &&
                   !equals_word(nx, "WEST") && !equals_word(nx, "WET") &&
                   !(i + 2 < nw && !nx->trail && w[i + 2].core && all_digits(w[i + 2].s + w[i + 2].lead, w[i + 2].core));
        if (hh <= 23 && mm <= 59 && span) {
            sb_putn(o, x->s, x->lead);
            say_clock24(o, c[0] == '0', hh, mm);
            return 1;
        }
        if (hh <= 23 && mm <= 59 && (hours || local || zone)) {
            sb_putn(o, x->s, x->lead);
            say_clock24(o, c[0] == '0', hh, mm);
            /* "0610 hrs": the word said in full */
            if (hours && !equals_word(nx, "hours")) {
                sb_puts(o, " hours");
                sb_putn(o, nx->s + nx->lead + nx->core, nx->trail);
                return 2;
            }
            /* the zone by its name, as after "1:32 P.M. EDT" */
            size_t zsl;
            const char *zs = zone ? field(zl, zll, 1, &zsl) : NULL;
            if (!zs)
                return 1;
            sb_putc(o, ' ');
            sb_putn(o, zs, zsl);
            sb_putn(o, nx->s + nx->lead + nx->core, nx->trail);
            return 2;
        }
    }
    /* "1.3x", "10x": a multiple; not a capital X in a name after one ("Route 66X",
     * "the 66X", "Model 3X": the letter) */
    if (en) {
        size_t nl = number_len(c, n);
        const word *pw = i > 0 ? &w[i - 1] : NULL;
        int named = c[nl] == 'X' && pw && !pw->trail && pw->core && !indefinite_article(pw) &&
                    (isupper((unsigned char)pw->s[pw->lead]) || equals_word(pw, "the"));
        /* (or in a list of routes after another's number: "Routes 3, 3X and 15") */
        for (size_t b = 1; c[nl] == 'X' && !named && b <= 4 && b <= i; b++) {
            const word *q = &w[i - b];
            named = equals_word(q, "Route") || equals_word(q, "Routes") || equals_word(q, "Bus") ||
                    equals_word(q, "Buses") || equals_word(q, "Line") || equals_word(q, "Lines");
            if (!named && !(q->core && isdigit((unsigned char)q->s[q->lead])) && !equals_word(q, "and"))
                break;
        }
        if (nl && nl + 1 == n && named) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, nl);
            sb_puts(o, " X");
            sb_putn(o, c + n, x->trail);
            return 1;
        }
        if (nl && nl + 1 == n && (c[nl] == 'x' || c[nl] == 'X')) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, nl);
            sb_puts(o, " times");
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "Lot# 25209A", "Case #: 4471": a word and its number sign before a number */
    if (en && n >= 3 && c[n - 1] == '#' && isalpha((unsigned char)c[0]) && isalpha((unsigned char)c[n - 2]) &&
        i + 1 < nw && w[i + 1].core && isdigit((unsigned char)w[i + 1].s[w[i + 1].lead])) {
        sb_putn(o, x->s, x->lead);
        sb_putn(o, c, n - 1);
        sb_puts(o, " number");
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "Keswick > Hartside": a route, from one place to the next (between numbers ">"
     * is more than) */
    if (en && n == 1 && c[0] == '>' && !x->lead && i > 0 && i + 1 < nw && !w[i - 1].trail && w[i - 1].core &&
        isalpha((unsigned char)w[i - 1].s[w[i - 1].lead + w[i - 1].core - 1]) && !w[i + 1].lead &&
        isupper((unsigned char)w[i + 1].s[0])) {
        /* ("go to Settings > Device > Firmware", "tap Menu > Help": a path through an
         * app's menus, one step then the next: "Settings, then Device, then Firmware") */
        size_t st = i - 1;
        while (st >= 2 && w[st - 1].n == 1 && w[st - 1].s[0] == '>' && !w[st - 2].trail && w[st - 2].core)
            st -= 2;
        /* (opening on a menu's own name, or after a tap or a click; after "go to", a
         * path of three steps at least: "Go to London > Paris" is a journey, "Privacy >
         * Profit" and "Home > Away" no paths) */
        size_t en_ = i + 1;
        while (en_ + 2 < nw && !w[en_].trail && w[en_ + 1].n == 1 && w[en_ + 1].s[0] == '>')
            en_ += 2;
        int steps3 = en_ - st >= 4;
        static const char *const menus[] = {"Settings", "Preferences", "Menu", "Options", "File"};
        static const char *const steps[] = {"tap", "Tap", "click", "Click", "select", "Select", "press", "Press"};
        int menu = equals_any(&w[st], menus, sizeof menus / sizeof *menus) ||
                   (st >= 1 && !w[st - 1].trail && equals_any(&w[st - 1], steps, sizeof steps / sizeof *steps)) ||
                   (steps3 && st >= 2 && !w[st - 1].trail && equals_word(&w[st - 1], "to") && !w[st - 2].trail &&
                    (equals_word(&w[st - 2], "go") || equals_word(&w[st - 2], "Go") ||
                     equals_word(&w[st - 2], "navigate") || equals_word(&w[st - 2], "Navigate")));
        if (menu) {
            if (o->len && o->s[o->len - 1] == ' ')
                o->len--;
            sb_puts(o, ", then");
        } else
            sb_puts(o, "to");
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "text FLOOD to 70085", "No. 1098765": a short code after "text … to", a
     * registration of six digits or more after its number sign: digit by digit */
    /* ("No. SC123456", "No. NI012345": a company's registration with its register's
     * letters, Scotland's or Northern Ireland's, spelled, then the figures) */
    if (en && n >= 8 && n <= 12 && !x->lead && i >= 1 && isupper((unsigned char)c[0]) && isupper((unsigned char)c[1]) &&
        all_digits(c + 2, n - 2) && equals_word(&w[i - 1], "No") && w[i - 1].trail <= 1) {
        sb_putn(o, x->s, x->lead);
        spell(o, c, 2);
        for (size_t q = 2; q < n; q++)
            sb_printf(o, " %c", c[q]);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    if (en && n >= 4 && n <= 12 && !x->lead && all_digits(c, n) && i >= 1) {
        const word *pv = &w[i - 1];
        int code = (i >= 3 && equals_word(pv, "to") && !pv->trail && !w[i - 2].trail && !w[i - 3].trail &&
                    (equals_word(&w[i - 3], "text") || equals_word(&w[i - 3], "txt") || equals_word(&w[i - 3], "SMS")) &&
                    w[i - 2].core >= 2 && !txt_has_lower(w[i - 2].s + w[i - 2].lead, w[i - 2].core)) ||
                   (n >= 6 && (equals_word(pv, "No") || equals_word(pv, "number")) && pv->trail <= 1 &&
                    isupper((unsigned char)pv->s[pv->lead]));
        if (code) {
            sb_putn(o, x->s, x->lead);
            for (size_t q = 0; q < n; q++)
                sb_printf(o, "%s%c", q ? " " : "", c[q]);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "14th St/Union", "W 4 St", "42 St-Port Authority", "5 Av": a street or avenue after
     * its number is said whole, whatever follows (a station's name, a slash) */
    if (en && i > 0 && !w[i - 1].trail && w[i - 1].core && n >= 2) {
        size_t al = n >= 3 && c[0] == 'A' && c[1] == 'v' && c[2] == 'e' ? 3 : c[0] == 'A' && c[1] == 'v' ? 2
                    : c[0] == 'S' && c[1] == 't' ? 2 : 0;
        const word *pv = &w[i - 1];
        const char *pc = pv->s + pv->lead;
        int numbered = isdigit((unsigned char)pc[0]) &&
                       (all_digits(pc, pv->core) ||
                        (pv->core >= 3 && isalpha((unsigned char)pc[pv->core - 1]) && all_digits(pc, pv->core - 2)));
        /* (not after a name: "Aurélie St-Onge" is a surname) */
        int joined = al && n > al + 1 && (c[al] == '-' || c[al] == '/') && isupper((unsigned char)c[al + 1]);
        /* (but "12 St. Anne's Rd.", "4 St John Street": a house number, then a street
         * named for a saint: a capitalised name, then a street's word or a possessive) */
        int saint = 0;
        if (al == 2 && c[0] == 'S' && n == al && all_digits(pc, pv->core) && i + 1 < nw &&
            w[i + 1].core >= 2 && isupper((unsigned char)w[i + 1].s[w[i + 1].lead]))
            for (size_t q = i + 1; q < nw && q < i + 4 && !saint; q++) {
                const char *qc = w[q].s + w[q].lead;
                size_t ql = w[q].core;
                saint = (q > i + 1 && seg_street_word(qc, ql)) ||
                        (ql > 2 && qc[ql - 2] == '\'' && qc[ql - 1] == 's') ||
                        (ql > 4 && memcmp(qc + ql - 4, "\xE2\x80\x99s", 4) == 0);
                if (w[q].trail || !ql || !isupper((unsigned char)qc[0]))
                    break;
            }
        if (al && (n == al || joined) && numbered && !saint) {
            sb_putn(o, x->s, x->lead);
            sb_puts(o, c[0] == 'S' ? "Street" : "Avenue");
            if (joined)
                sb_printf(o, ", %.*s", (int)(n - al - 1), c + al + 1);
            /* (the abbreviation's stop, unless it ends the sentence) */
            size_t skip = own_stop(w, i, nw);
            sb_putn(o, c + n + skip, x->trail - skip);
            return 1;
        }
    }
    /* "No.4 seed", "no.10": the number sign joined to its number */
    if (en && n > 3 && (c[0] == 'N' || c[0] == 'n') && c[1] == 'o' && c[2] == '.' && isdigit((unsigned char)c[3]) &&
        all_digits(c + 3, n - 3)) {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, "number ");
        sb_putn(o, c + 3, n - 3 + x->trail);
        return 1;
    }
    /* "ID.7", "ID.Buzz": a model's name, capitals and a stop joined to its number, said
     * "I D 7" (espeak-ng says "dot"; a version's "4.2" has a figure first) */
    if (en && n >= 4 && n <= 8 && isupper((unsigned char)c[0]) && isupper((unsigned char)c[1])) {
        size_t l = 2;
        while (l < n && l < 4 && isupper((unsigned char)c[l]))
            l++;
        /* (not "NO.4", the number sign in capitals) */
        if (l + 1 < n && c[l] == '.' && isdigit((unsigned char)c[l + 1]) && all_digits(c + l + 1, n - l - 1) &&
            !(l == 2 && c[0] == 'N' && c[1] == 'O')) {
            sb_putn(o, x->s, x->lead);
            spell(o, c, l);
            sb_putc(o, ' ');
            sb_putn(o, c + l + 1, n - l - 1 + x->trail);
            return 1;
        }
    }
    /* "Edinburgh EH2 1AA", "London EC2V 7HN": a UK postcode, its letters spelled
     * ("EH" is no "eh") and its figures one by one */
    if (en && n >= 2 && n <= 4 && !x->trail && i + 1 < nw && !w[i + 1].lead && w[i + 1].core == 3 &&
        isupper((unsigned char)c[0])) {
        size_t l = 1 + (isupper((unsigned char)c[1]) ? 1 : 0);
        const char *ic = w[i + 1].s;
        /* (the letters a postcode uses: no Q, V or X first, no I, J or Z second, none of
         * C, I, K, M, O, V in the inward code: "Q2 1GW", "T20 7PM" are no postcodes) */
        int outward = l < n && isdigit((unsigned char)c[l]) && !strchr("QVX", c[0]) && !(l == 2 && strchr("IJZ", c[1])) &&
                      (l + 1 == n || (l + 2 == n && (isdigit((unsigned char)c[l + 1]) || isupper((unsigned char)c[l + 1]))));
        int inward = isdigit((unsigned char)ic[0]) && isupper((unsigned char)ic[1]) && isupper((unsigned char)ic[2]) &&
                     !strchr("CIKMOV", ic[1]) && !strchr("CIKMOV", ic[2]);
        if (outward && inward) {
            sb_putn(o, x->s, x->lead);
            spell(o, c, l);
            /* (the district's figures a number, "E14" "E 14", as Londoners say it) */
            for (size_t q = l; q < n; q++) {
                if (isupper((unsigned char)c[q])) {
                    sb_putc(o, ' ');
                    spell(o, c + q, 1);
                } else {
                    if (q == l)
                        sb_putc(o, ' ');
                    sb_putc(o, c[q]);
                }
            }
            sb_printf(o, ", %c ", ic[0]);
            spell(o, ic + 1, 2);
            sb_putn(o, ic + 3, w[i + 1].trail);
            return 2;
        }
    }
    /* "Q2-2025", "H1-2024": a quarter or a half joined to its year */
    if (en && n == 7 && (c[0] == 'Q' || c[0] == 'H') && c[1] >= '1' && c[1] <= '4' && c[2] == '-' &&
        (c[3] == '1' || c[3] == '2') && digits_run(c + 3, 4) == 4) {
        sb_putn(o, x->s, x->lead);
        sb_putn(o, c, 2);
        sb_putc(o, ' ');
        sb_putn(o, c + 3, 4);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "18-24s", "25-34s": an age band in the plural, "18 to 24s" */
    /* (said "18 to 24 year olds": espeak-ng reads "24s" as "twenty-four z"; and with
     * an apostrophe, "18-24's") */
    if (en && (n == 6 || (n == 7 && c[5] == '\'')) && digits_run(c, 2) == 2 && c[2] == '-' &&
        digits_run(c + 3, 2) == 2 && c[n - 1] == 's') {
        sb_putn(o, x->s, x->lead);
        sb_putn(o, c, 2);
        sb_puts(o, " to ");
        sb_putn(o, c + 3, 2);
        /* (two tens are decades or seconds, "the 80-90s", "bursts of 10-20s": "80 to
         * 90s") */
        if (c[1] == '0' && c[4] == '0')
            sb_putc(o, 's');
        else
            sb_puts(o, " year olds");
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "70-90k homes", "70k-90k", "1.5-2k": a range in thousands (not a race's "5-10k
     * run") */
    if (en && n >= 4 && n <= 12 && c[n - 1] == 'k' && digits_run(c, n) >= 1) {
        size_t e1 = number_len(c, n), s2 = e1 + (e1 < n && c[e1] == 'k');
        size_t e2 = s2 < n && c[s2] == '-' ? s2 + 1 + number_len(c + s2 + 1, n - s2 - 1) : 0;
        /* (the shape first; only then the sentence's words) */
        int range = e1 && e2 > s2 + 1 && e2 + 1 == n && isdigit((unsigned char)c[s2 + 1]) && c[e1 - 1] != '.' &&
                    c[e2 - 1] != '.';
        if (range && !race_sentence(w, nw, i)) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, e1);
            sb_puts(o, " to ");
            sb_putn(o, c + s2 + 1, e2 - s2 - 1);
            sb_puts(o, " thousand");
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "Ch. 12+350", "(Ch. 45.2 km)": a road's or a railway's chainage, not a chapter */
    if (en && n == 2 && c[0] == 'C' && c[1] == 'h' && x->trail && c[2] == '.' && i + 1 < nw && !w[i + 1].lead) {
        const word *y = &w[i + 1];
        const char *yc = y->s + y->lead;
        size_t yd = digits_run(yc, y->core);
        int chain = yd >= 1 && yd + 4 == y->core && yc[yd] == '+' && digits_run(yc + yd + 1, 3) == 3;
        if (!chain && yd >= 1 && !y->trail && i + 2 < nw && number_len(yc, y->core) == y->core &&
            equals_word(&w[i + 2], "km"))
            chain = 1;
        if (chain) {
            sb_putn(o, x->s, x->lead);
            sb_puts(o, "chainage");
            sb_putn(o, c + n + 1, x->trail - 1);
            return 1;
        }
    }
    /* "(GMT-6)", "UTC+5:30", "UTC−3": an offset from universal time, its sign said */
    if (en && n >= 5 && (memcmp(c, "GMT", 3) == 0 || memcmp(c, "UTC", 3) == 0)) {
        size_t zsl = c[3] == '+' || c[3] == '-' ? 1 : n >= 7 && memcmp(c + 3, "\xE2\x88\x92", 3) == 0 ? 3 : 0;
        size_t zd = zsl ? digits_run(c + 3 + zsl, n - 3 - zsl) : 0;
        size_t ze = 3 + zsl + zd;
        if (zsl && zd >= 1 && zd <= 2 && (ze == n || (c[ze] == ':' && ze + 3 == n && digits_run(c + ze + 1, 2) == 2))) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, 3);
            sb_puts(o, c[3] == '+' ? " plus " : " minus ");
            sb_putn(o, c + 3 + zsl, n - 3 - zsl);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "25 October 2025 (Sat)": a weekday cut short, in brackets after a date */
    /* (after a year or a month, the weekday in title case: not "1,050 (SAT)", "page 12
     * (Sun)") */
    /* (or after a month's day, "October 25 (Sat)", or a date in figures, "25/10/2025
     * (Sat)", "2025-10-25 (Sat)"; in capitals after a date in capitals, "25 OCTOBER
     * 2025 (SAT)") */
    if (en && n >= 3 && n <= 5 && x->lead == 1 && x->s[0] == '(' && x->trail >= 1 && c[n] == ')' && i > 0 &&
        isupper((unsigned char)c[0]) && weekday_after_date(w, i)) {
        int wd = dt_weekday(c, n);
        if (wd && strlen(dt_weekday_name(wd)) != n) {
            sb_putn(o, x->s, x->lead);
            sb_puts(o, dt_weekday_name(wd));
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "#1" is number 1, "#Word" a hashtag */
    if (en && n > 1 && c[0] == '#' && isalnum((unsigned char)c[1])) {
        /* ("Recall #2025-087", "#24-118", "Resolution #25-07": groups of figures
         * joined by hyphens, a number's parts, "2025 087"; espeak-ng says "dash") */
        const char *hy = memchr(c, '-', n);
        int grouped = isdigit((unsigned char)c[1]) && isdigit((unsigned char)c[n - 1]) && hy;
        for (size_t q = 1; grouped && q < n; q++)
            grouped = isdigit((unsigned char)c[q]) || (c[q] == '-' && c[q - 1] != '-');
        /* (but two short numbers after a plural, "Lots #12-18", the second the
         * larger: a range, "Lots 12 to 18") */
        if (grouped && (size_t)(hy - c - 1) <= 3 && (size_t)(c + n - hy - 1) <= 3 && !memchr(hy + 1, '-', (size_t)(c + n - hy - 1)) &&
            hy[1] != '0' && plain_value(hy + 1, (size_t)(c + n - hy - 1)) > plain_value(c + 1, (size_t)(hy - c - 1)) &&
            !later_hash(w, i, nw) && i > 0 && !w[i - 1].trail && w[i - 1].core >= 3 &&
            ((w[i - 1].s[w[i - 1].lead + w[i - 1].core - 1] == 's' && isalpha((unsigned char)w[i - 1].s[w[i - 1].lead])) ||
             /* ("Lots #12-18 and #20-25": the second range after "and" or "or", its
              * first part not the first range's) */
             (i >= 2 && (equals_word(&w[i - 1], "and") || equals_word(&w[i - 1], "or")) && w[i - 2].core > 2 &&
              w[i - 2].s[w[i - 2].lead] == '#' && !later_hash(w, i - 2, i + 1)))) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c + 1, (size_t)(hy - c - 1));
            sb_puts(o, " to ");
            sb_putn(o, hy + 1, (size_t)(c + n - hy - 1));
            sb_putn(o, c + n, x->trail);
            return 1;
        }
        /* ("FPPC ID #1445678": an agency's number, six figures or more after "ID",
         * said figure by figure) */
        if (isdigit((unsigned char)c[1]) && n >= 7 && all_digits(c + 1, n - 1) && i > 0 && !w[i - 1].trail &&
            w[i - 1].core == 2 && memcmp(w[i - 1].s + w[i - 1].lead, "ID", 2) == 0) {
            sb_putn(o, x->s, x->lead);
            sb_puts(o, "number");
            for (size_t q = 1; q < n; q++) {
                sb_putc(o, ' ');
                sb_putc(o, c[q]);
            }
            sb_putn(o, c + n, x->trail);
            return 1;
        }
        sb_putn(o, x->s, x->lead);
        sb_puts(o, isdigit((unsigned char)c[1]) ? "number " : "hashtag ");
        if (grouped) {
            for (size_t q = 1; q < n; q++)
                sb_putc(o, c[q] == '-' ? ' ' : c[q]);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
        sb_putn(o, c + 1, n - 1 + x->trail);
        return 1;
    }
    /* "Oct 2025–Sep 2026": a month written short before a year is said whole, and a
     * year joined by a dash to the next month is a range ("2025 to September") */
    if (en && n >= 3 && n <= 5 && isupper((unsigned char)c[0]) && i + 1 < nw && !x->trail) {
        int m = dt_month(c, n);
        const word *yw = &w[i + 1];
        const char *yc = yw->s + yw->lead;
        if (m && strlen(dt_month_name(m)) != n && yw->core >= 4 && (yc[0] == '1' || yc[0] == '2') &&
            isdigit((unsigned char)yc[1]) && isdigit((unsigned char)yc[2]) && isdigit((unsigned char)yc[3]) &&
            (yw->core == 4 || !isdigit((unsigned char)yc[4]))) {
            sb_putn(o, x->s, x->lead);
            sb_puts(o, dt_month_name(m));
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    if (en && n >= 8 && isdigit((unsigned char)c[0]) && isdigit((unsigned char)c[1]) && isdigit((unsigned char)c[2]) &&
        isdigit((unsigned char)c[3])) {
        size_t rd = range_dash(c + 4, c + n);
        int m = rd ? dt_month(c + 4 + rd, n - 4 - rd) : 0;
        if (m) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, 4);
            sb_printf(o, " to %s", dt_month_name(m));
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "+Tobias Westmarch": a bishop signs with a cross before his name, not a plus */
    if (n >= 3 && c[0] == '+' && isupper((unsigned char)c[1]) && islower((unsigned char)c[2])) {
        sb_putn(o, x->s, x->lead);
        sb_putn(o, c + 1, n - 1 + x->trail);
        return 1;
    }
    /* "Ó Dubhghaill", "Seán Ó Briain": the Irish surname's "Ó" (espeak-ng says "O acute") */
    if (en && n == 2 && (unsigned char)c[0] == 0xC3 && (unsigned char)c[1] == 0x93) {
        sb_putn(o, x->s, x->lead);
        sb_putc(o, 'O');
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "61%-62%", "3.5%–4%": a range of percentages (espeak-ng hears "minus 62") */
    if (en && n >= 5 && isdigit((unsigned char)c[0])) {
        size_t p1 = number_len(c, n);
        size_t rd = p1 && p1 < n && c[p1] == '%' ? range_dash(c + p1 + 1, c + n) : 0;
        size_t p2 = rd ? number_len(c + p1 + 1 + rd, n - p1 - 1 - rd) : 0;
        if (p2 && p1 + 1 + rd + p2 + 1 == n && c[n - 1] == '%') {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, p1);
            sb_puts(o, " to ");
            sb_putn(o, c + p1 + 1 + rd, p2);
            sb_puts(o, " percent");
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "1-800-CDC-INFO", "1-888-FLU-SHOT", "888-INFO-FDA": a toll-free number with
     * letters, each part said apart ("1 800 CDC INFO"), no dashes; a code other than
     * 800 digit by digit, as it is said ("8 8 8") */
    size_t tf = en && n >= 8 && c[0] == '1' && c[1] == '-' ? 2 : 0;
    /* (and "1-800-222-TIPS": a group of digits before the letters, said digit by digit) */
    int grouped = en && n >= tf + 10 && all_digits(c + tf + 4, 3) && c[tf + 7] == '-' && isupper((unsigned char)c[tf + 8]);
    if (en && n >= tf + 6 && c[tf] == '8' && isdigit((unsigned char)c[tf + 1]) && isdigit((unsigned char)c[tf + 2]) &&
        c[tf + 3] == '-' && (isupper((unsigned char)c[tf + 4]) || grouped) &&
        txt_has_upper_letter(c + tf + 4, n - tf - 4)) {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, tf ? "1 " : "");
        if (c[tf + 1] == '0' && c[tf + 2] == '0')
            sb_putn(o, c + tf, 3);
        else
            sb_printf(o, "%c %c %c", c[tf], c[tf + 1], c[tf + 2]);
        for (size_t q = tf + 3; q < n; q++) {
            if (c[q] == '-')
                sb_putc(o, ' ');
            else {
                sb_putc(o, c[q]);
                if (isdigit((unsigned char)c[q]) && q + 1 < n && isdigit((unsigned char)c[q + 1]))
                    sb_putc(o, ' ');
            }
        }
        /* "1-800-222-TIPS (8477)": the letters' digits after them, digit by digit */
        const word *y = i + 1 < nw && !x->trail ? &w[i + 1] : NULL;
        if (y && y->lead == 1 && y->s[0] == '(' && y->core == 4 && all_digits(y->s + 1, 4) && y->trail >= 1 &&
            y->s[5] == ')') {
            sb_puts(o, ", ");
            put_apart(o, y->s + 1, 4);
            sb_putn(o, y->s + 6, y->trail - 1);
            return 2;
        }
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "s.1", "ss.3-5", "reg.12", "para.4(b)": a provision of an Act or of rules,
     * written short and joined to its number, as UK judgments and statutes write them */
    if (en && n > 2 && isalpha((unsigned char)c[0]) && memchr(c, '.', n)) {
        static const char *const law[][2] = {{"ss.", "sections"}, {"s.", "section"}, {"rr.", "rules"}, {"r.", "rule"},
                                             {"regs.", "regulations"}, {"reg.", "regulation"},
                                             {"paras.", "paragraphs"}, {"para.", "paragraph"}, {"arts.", "articles"},
                                             {"art.", "article"}, {"Sch.", "Schedule"}, {"pt.", "part"},
                                             {"cl.", "clause"}};
        for (size_t q = 0; q < sizeof law / sizeof *law; q++) {
            size_t ll = strlen(law[q][0]);
            if (n > ll && strncmp(c, law[q][0], ll) == 0 && isdigit((unsigned char)c[ll])) {
                sb_putn(o, x->s, x->lead);
                sb_printf(o, "%s ", law[q][1]);
                /* "s.58(3)(b)": its subsections and paragraphs, as provision() says them */
                word sub = {c + ll, (size_t)(x->s + x->n - (c + ll)), 0, n - ll, x->trail};
                if (provision(o, &sub))
                    return 1;
                /* "ss.3-5": sections 3 to 5 */
                size_t d1 = ll;
                while (d1 < n && isalnum((unsigned char)c[d1]))
                    d1++;
                size_t rd = range_dash(c + d1, c + n), d2 = d1 + rd;
                while (rd && d2 < n && isalnum((unsigned char)c[d2]))
                    d2++;
                if (rd && d2 == n && d2 > d1 + rd && isdigit((unsigned char)c[d1 + rd])) {
                    sb_putn(o, c + ll, d1 - ll);
                    sb_puts(o, " to ");
                    sb_putn(o, c + d1 + rd, n - d1 - rd + x->trail);
                } else {
                    sb_putn(o, c + ll, n - ll + x->trail);
                }
                return 1;
            }
        }
    }
    /* "±$5M", "±5 km": plus or minus, then the amount as without the sign */
    if (en && n > 3 && (unsigned char)c[0] == 0xC2 && (unsigned char)c[1] == 0xB1 && !isdigit((unsigned char)c[2])) {
        word t[2] = {{c + 2, n - 2 + x->trail, 0, n - 2, x->trail}};
        size_t nt = 1;
        if (i + 1 < nw)
            t[nt++] = w[i + 1];
        sb_putn(o, x->s, x->lead);
        sb_puts(o, "plus or minus ");
        size_t at = o->len;
        if ((k = money(o, t, 0, nt)) != 0)
            return k;
        o->len = at;
        sb_putn(o, c + 2, n - 2 + x->trail);
        return 1;
    }
    /* "±1.8 pp", "±300 bps": plus or minus, the figure and its unit as without the sign */
    if (en && n > 2 && (unsigned char)c[0] == 0xC2 && (unsigned char)c[1] == 0xB1 && isdigit((unsigned char)c[2]) &&
        i + 1 < nw && !x->trail) {
        word t[2] = {{c + 2, n - 2 + x->trail, 0, n - 2, x->trail}, w[i + 1]};
        sb_putn(o, x->s, x->lead);
        sb_puts(o, "plus or minus ");
        size_t at = o->len;
        if ((k = read_word(o, t, 0, 2, cx)) == 2)
            return k;
        o->len = at;
        sb_putn(o, c + 2, n - 2 + x->trail);
        return 1;
    }
    /* "~5" is about 5 */
    if (en && about_figure(c, n)) {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, "about ");
        /* "~100 km", "~5%": the number and what follows it as without the sign */
        word t[2] = {{c + 1, n - 1 + x->trail, 0, n - 1, x->trail}};
        size_t nt = 1;
        if (i + 1 < nw)
            t[nt++] = w[i + 1];
        if ((k = read_word(o, t, 0, nt, cx)) != 0)
            return k;
        sb_putn(o, c + 1, n - 1 + x->trail);
        return 1;
    }
    if (en && (k = money(o, w, i, nw)))
        return k;
    if (en && (k = spans(o, w, i, nw)))
        return k;
    /* "Smith v Jones", "R v. Hale": a case's parties, versus */
    if (en && n == 1 && c[0] == 'v' && i > 0 && i + 1 < nw && txt_starts_upper(w[i - 1].s + w[i - 1].lead, w[i - 1].core) &&
        w[i + 1].core && txt_starts_upper(w[i + 1].s + w[i + 1].lead, w[i + 1].core) && !w[i - 1].trail) {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, "versus");
        size_t skip = x->trail && c[1] == '.' ? 1 : 0;
        sb_putn(o, c + 1 + skip, x->trail - skip);
        return 1;
    }
    /* "grid reference 33U WV 123 456": a map's square, then its easting and northing,
     * figure by figure (no number of thousands) */
    if (en && n >= 3 && n <= 5 && all_digits(c, n) && !x->trail && i + 1 < nw && i > 0 && !w[i - 1].trail &&
        w[i - 1].core == 2 && isupper((unsigned char)w[i - 1].s[w[i - 1].lead]) &&
        isupper((unsigned char)w[i - 1].s[w[i - 1].lead + 1]) && w[i + 1].core == n && !w[i + 1].lead &&
        all_digits(w[i + 1].s, n) && !currency_at(w[i - 1].s + w[i - 1].lead, 2, &(const char *){NULL}, &(size_t){0},
                                                  &(const char *){NULL}, &(size_t){0})) {
        int grid = 0;
        for (size_t q = i >= 5 ? i - 5 : 0; q < i && !grid; q++)
            grid = equals_word(&w[q], "grid") || equals_word(&w[q], "Grid") || equals_word(&w[q], "MGRS") ||
                   equals_word(&w[q], "GR");
        if (grid) {
            sb_putn(o, x->s, x->lead);
            put_apart(o, c, n);
            sb_puts(o, ", ");
            put_apart(o, w[i + 1].s, n);
            sb_putn(o, w[i + 1].s + n, w[i + 1].trail);
            return 2;
        }
    }
    /* "48 000", "1 234 567": thousands set apart by spaces */
    if (n >= 1 && n <= 3 && all_digits(c, n) && !x->trail && i + 1 < nw && group3(&w[i + 1], en) &&
        !(i > 0 && !w[i - 1].trail && all_digits(w[i - 1].s + w[i - 1].lead, w[i - 1].core))) {
        size_t last = i;
        sb_putn(o, x->s, x->lead);
        size_t digits_at = o->len;
        sb_putn(o, c, n);
        for (size_t j = i + 1; j < nw && !w[last].trail && group3(&w[j], en); j++) {
            last = j;
            if (w[j].core > 3) { /* "1 234,50": the last group and its decimals */
                if ((k = amount_word(o, w, j, nw)) != 0) {
                    /* the amount after it: its words say the rest ("dollars 50") */
                    return j - i + k;
                }
                sb_putn(o, w[j].s, w[j].core);
                break;
            }
            sb_putn(o, w[j].s, 3);
        }
        /* "250 000 €", "2 500 millions $ US": the currency after the grouped number
         * (another language's amount rule, given the number whole) */
        if (!en && !w[last].trail && w[last].core == 3 && last + 1 < nw && o->len > digits_at &&
            o->len - digits_at < 40) {
            char joined[48];
            size_t jl = o->len - digits_at;
            memcpy(joined, o->s + digits_at, jl);
            word t[5];
            size_t k2 = 0;
            t[k2].s = joined;
            t[k2].n = t[k2].core = jl;
            t[k2].lead = t[k2].trail = 0;
            k2++;
            for (size_t j = last + 1; j < nw && k2 < 5; j++)
                t[k2++] = w[j];
            size_t before = o->len;
            o->len = digits_at;
            size_t used = amount_word(o, t, 0, k2);
            if (used >= 2)
                return last - i + used;
            o->len = before;
        }
        /* "40 000 t", "48 000 km": the unit after the grouped number */
        const char *ul;
        size_t ull, onel, manyl;
        /* (not a unit that is also a word: "per 100 000 in week 9" is no inches) */
        size_t flagl = 0;
        const char *flag3 = NULL;
        if (!w[last].trail && last + 1 < nw && !w[last + 1].lead && w[last + 1].core &&
            data_field_lines("en/units.txt", w[last + 1].s, w[last + 1].core, 0, &ul, &ull, 1) &&
            !((flag3 = field(ul, ull, 3, &flagl)) != NULL && flagl == 4 && strncmp(flag3, "word", 4) == 0)) {
            const char *many = field(ul, ull, 2, &manyl);
            if (many && field(ul, ull, 1, &onel)) {
                sb_putc(o, ' ');
                sb_putn(o, many, manyl);
                last++;
            }
        }
        sb_putn(o, w[last].s + w[last].lead + w[last].core, w[last].trail);
        return last - i + 1;
    }
    /* Addresses: e-mail, URL. */
    if (n > 4 && (memchr(c, '@', n) || (n > 7 && (strncmp(c, "http", 4) == 0 ||
                                                  strncmp(c, "www.", 4) == 0)) ||
                  bare_address(c, n))) {
        sb_putn(o, x->s, x->lead);
        const char *p = c;
        size_t pn = n;
        /* a query or a fragment is for machines: "?id=42&lang=en" is not read */
        for (size_t q = 0; q < pn; q++)
            if (p[q] == '?' || p[q] == '#') {
                pn = q;
                break;
            }
        const char *scheme = NULL;
        for (size_t q = 0; q + 3 <= pn && !scheme; q++)
            if (p[q] == ':' && p[q + 1] == '/' && p[q + 2] == '/')
                scheme = p + q;
        if (scheme && (size_t)(scheme - p) < pn) {
            pn -= (size_t)(scheme + 3 - p);
            p = scheme + 3;
        }
        if (pn > 4 && strncmp(p, "www.", 4) == 0) {
            p += 4;
            pn -= 4;
        }
        /* "on X at @HarbourTrust": the word before already says the @ */
        if (pn > 1 && p[0] == '@' && !memchr(p + 1, '@', pn - 1) && i > 0 && !w[i - 1].trail &&
            w[i - 1].core == strlen(data_say("at")) &&
            u8_ncasecmp(w[i - 1].s + w[i - 1].lead, data_say("at"), w[i - 1].core) == 0) {
            p++;
            pn--;
        }
        spell_address(o, p, pn);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "213800ABCDEF12345678", "GB00B03MLX29": a code of ten characters or more, figures
     * and capitals mixed, said one by one (espeak-ng would read the figures as
     * numbers and the letters as a word) */
    if (en && n >= 10 && n <= 40) {
        size_t digits = 0, caps = 0;
        for (size_t q = 0; q < n; q++) {
            digits += isdigit((unsigned char)c[q]) != 0;
            caps += c[q] >= 'A' && c[q] <= 'Z';
        }
        if (digits + caps == n && digits >= 3 && caps >= 3) {
            sb_putn(o, x->s, x->lead);
            put_apart(o, c, n);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "Policy 4.2.1", "version 2.10.3", "RCW 28B.10.900": three numbers or more parted
     * by stops are a section's or a version's, each part a whole number ("two point ten
     * point three", not the decimal "two point one zero"); an address of the internet
     * ("192.168.0.1": four parts, none over 255, the first of two digits or more) is
     * said with "dot" */
    if (en && (k = doi(o, w, i)))
        return k;
    if (en && (k = dotted_number(o, x)))
        return k;
    /* "Ver.5.4.0": a version joined to its abbreviation, as Japanese advisories write it */
    if (en && n > 5 && memcmp(c, "Ver.", 4) == 0 && isdigit((unsigned char)c[4])) {
        word v = {c + 4, x->n - x->lead - 4, 0, n - 4, x->trail};
        sb_putn(o, x->s, x->lead);
        sb_puts(o, "version ");
        if (!dotted_number(o, &v))
            sb_putn(o, v.s, v.n);
        return 1;
    }
    /* a legal citation's abbreviations, said whole (data/en/citations.txt: "Fed. R.
     * Civ. P." Federal Rule of Civil Procedure, "9th Cir." Ninth Circuit) */
    if (en && (k = citation(o, w, i, nw)))
        return k;
    /* "Pub. L. 117-58": Public Law (its number is read by the rule for laws' numbers) */
    if (en && n == 3 && strncmp(c, "Pub", 3) == 0 && x->trail && c[3] == '.' && i + 1 < nw && w[i + 1].core == 1 &&
        w[i + 1].s[w[i + 1].lead] == 'L' && w[i + 1].trail && w[i + 1].s[w[i + 1].lead + 1] == '.') {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, "Public Law");
        const word *l = &w[i + 1];
        sb_putn(o, l->s + l->lead + 2, l->trail - 1);
        return 2;
    }
    /* Lexicon, whole word as written. */
    const sp_entry *entry = lexicon_find(lex, c, n);
    if (entry) {
        sb_putn(o, x->s, x->lead);
        put_entry(o, lex, entry);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* Abbreviations with their stop: the stop is part of the core here. */
    const word *nx = i + 1 < nw ? &w[i + 1] : NULL;
    size_t with_stop = n + (x->trail && c[n] == '.' ? 1 : 0);
    for (size_t len = with_stop; len >= n && len > 0; len--) {
        int ctx = next_kind(nx);
        /* ("Station Rd, Ashford": a comma after it parts it from the next name) */
        if (x->trail && memchr(c + n, ',', x->trail) && (ctx & NEXT_NAME))
            ctx &= ~NEXT_NAME; /* (and "10 Oak Dr., Fort Worth": past its stop) */
        /* ("No: 36,704": a ballot's side and its count, a label's colon between) */
        /* (a count in thousands or a share after it: "No: 27," is a document's number) */
        if (n == 2 && (c[0] == 'N' || c[0] == 'n') && c[1] == 'o' && x->trail && c[n] == ':' &&
            (ctx & 7) == NEXT_NUMBER && nx) {
            int tally = 0;
            for (size_t q = 0; q + 4 <= nx->core && !tally; q++)
                tally = nx->s[nx->lead + q] == ',' && q > 0 && all_digits(nx->s + nx->lead + q + 1, 3);
            for (size_t q = i + 1; q < nw && q < i + 4 && !tally; q++)
                tally = memchr(w[q].s, '%', w[q].n) != NULL;
            if (tally)
                ctx &= ~7;
        }
        /* "MS HELENA STROUD": a form of address before a first name and a surname in
         * capitals, in a sentence not set in capitals ("EASTERN DR CONGO", "MS SOCIETY"
         * in a headline are no one's) */
        if (ctx & NEXT_CAPS_NAME) {
            int two = i + 2 < nw && !nx->trail && w[i + 2].core >= 2;
            for (size_t q = 0; two && q < w[i + 2].core; q++)
                two = isupper((unsigned char)w[i + 2].s[w[i + 2].lead + q]) || w[i + 2].s[w[i + 2].lead + q] == '-';
            int lower = 0;
            for (size_t q = 0; q < nw && !lower; q++)
                lower = txt_has_lower(w[q].s + w[q].lead, w[q].core);
            /* (or a surname alone after MR, MRS or MS, as court transcripts print
             * counsel: "I appear with MS BURKE for the appellant") */
            /* ("MS" after "with" or "and" only: "on MS TEAMS" is software) */
            /* (after "with", "and" or an address's comma only: "The new MR SCANNER" is a
             * machine) */
            /* ("appear with MS BURKE", "MS BURKE and MR LEE"; not "living with MS
             * FATIGUE") */
            const word *w2 = i > 1 && !w[i - 2].trail ? &w[i - 2] : NULL;
            int caps2 = w2 && w2->core >= 3 && !txt_has_lower(w2->s + w2->lead, w2->core) &&
                        isupper((unsigned char)w2->s[w2->lead]);
            int sir = ((n == 2 && memcmp(c, "MR", 2) == 0) || (n == 3 && memcmp(c, "MRS", 3) == 0) ||
                       (n == 2 && memcmp(c, "MS", 2) == 0)) &&
                      i > 0 &&
                      ((!w[i - 1].trail && equals_word(&w[i - 1], "with") && w2 &&
                        (equals_word(w2, "appear") || equals_word(w2, "appears") || equals_word(w2, "appearing"))) ||
                       (!w[i - 1].trail && equals_word(&w[i - 1], "and") && caps2) ||
                       (w[i - 1].trail && w[i - 1].s[w[i - 1].lead + w[i - 1].core] == ','));
            /* (not "the MS SOCIETY": an article before it, or a body's word after) */
            int alone = sir && (i + 2 >= nw || nx->trail || islower((unsigned char)w[i + 2].s[w[i + 2].lead])) &&
                        !(i > 0 && (equals_word(&w[i - 1], "the") || equals_word(&w[i - 1], "The") ||
                                    equals_word(&w[i - 1], "a") || equals_word(&w[i - 1], "an")));
            if ((!two && !alone) || !lower)
                ctx &= ~NEXT_CAPS_NAME;
        }
        /* "34th St., Suite 200": past a comma the next word is no name */
        if (memchr(c + n, ',', x->trail))
            ctx &= ~7;
        /* "Sr. Communications Specialist", "Sr. Vice President": a job's words after a
         * title's abbreviation are no name (Senior, not Sister) */
        if ((ctx & NEXT_NAME) && n <= 3) {
            int job = 0;
            for (size_t q = i + 1; q < nw && q <= i + 2 && !job; q++) {
                const word *y = &w[q];
                const char *yc = y->s + y->lead;
                /* (a name's possessive ends it: "PM Lawrence Wong's National Day") */
                if (!y->core || !isupper((unsigned char)yc[0]) || (y->core > 2 && yc[y->core - 1] == 's' &&
                                                                  (yc[y->core - 2] == '\'' || yc[y->core - 2] == (char)0x99)))
                    break;
                size_t l = y->core;
                /* (a form of address is no job: "Eng. Dr. Kofi Mensah") */
                if (spk_honorific(yc, l + (y->trail && yc[l] == '.')))
                    continue;
                job = spk_role_word_in(yc, 0, l, 0) ||
                      (l > 4 && (memcmp(yc + l - 3, "ist", 3) == 0 || memcmp(yc + l - 3, "ger", 3) == 0 ||
                                 memcmp(yc + l - 3, "tor", 3) == 0 || memcmp(yc + l - 3, "yst", 3) == 0 ||
                                 memcmp(yc + l - 4, "ists", 4) == 0));
                if (y->trail)
                    break;
            }
            if (job)
                ctx &= ~NEXT_NAME;
        }
        if (i > 0 && !w[i - 1].trail && w[i - 1].core &&
            all_digits_or_point(w[i - 1].s + w[i - 1].lead, w[i - 1].core)) /* ("0.5 wt%") */
            ctx |= AFTER_NUMBER;
        /* ("was est. in 1923", "est. by Jane Smith", "est. as a mission"; after a form of
         * "be") */
        {
            static const char *const be[] = {"was", "were", "is", "are", "been", "being", "be"};
            if ((i + 2 < nw && equals_word(&w[i + 1], "in") && !w[i + 1].trail && w[i + 2].core == 4 &&
                 all_digits(w[i + 2].s + w[i + 2].lead, 4) &&
                 (w[i + 2].s[w[i + 2].lead] == '1' || w[i + 2].s[w[i + 2].lead] == '2')) ||
                (i + 1 < nw && (equals_word(&w[i + 1], "by") || equals_word(&w[i + 1], "as"))) ||
                (i > 0 && !w[i - 1].trail && equals_any(&w[i - 1], be, sizeof be / sizeof *be)))
                ctx |= PARTICIPLE;
        }
        /* ("4,000 (est.)", "12,500 est."; its brackets its own) */
        if (i > 0 && !w[i - 1].trail && w[i - 1].core && isdigit((unsigned char)w[i - 1].s[w[i - 1].lead]) &&
            strspn(w[i - 1].s + w[i - 1].lead, "0123456789,.") >= w[i - 1].core &&
            (!w[i].lead || (w[i].lead == 1 && w[i].s[0] == '(')))
            ctx |= AFTER_COUNT;
        /* (after "PM", "a.m.", or a time with them joined or a colon: "11:30 PM Fri") */
        if (i > 1 && w[i - 1].core >= 2 &&
            (!w[i - 1].trail || (w[i - 1].trail == 1 && w[i - 1].s[w[i - 1].lead + w[i - 1].core] == '.' &&
                                 w[i - 1].core >= 3 && w[i - 1].s[w[i - 1].lead + w[i - 1].core - 2] == '.'))) {
            const word *pw = &w[i - 1];
            const char *pc = pw->s + pw->lead;
            size_t pn = pw->core;
            static const char *const marks[] = {"AM", "PM", "am", "pm", "a.m", "p.m", "A.M", "P.M"};
            int mark = 0;
            for (size_t q = 0; q < sizeof marks / sizeof *marks && !mark; q++) {
                size_t ml = strlen(marks[q]);
                mark = pn >= ml && memcmp(pc + pn - ml, marks[q], ml) == 0 &&
                       (pn == ml ? isdigit((unsigned char)w[i - 2].s[w[i - 2].lead]) : isdigit((unsigned char)pc[pn - ml - 1]));
            }
            if (mark)
                ctx |= AFTER_TIME;
        }
        /* ("Rs. 9,000 p.m.", "₹9,000 p.m.": after an amount of money) */
        /* (an amount has a digit: most words have none, and look no further) */
        if (i > 0 && !w[i - 1].trail && w[i - 1].core && data_lang() == 0 &&
            txt_has_digit(w[i - 1].s + w[i - 1].lead, w[i - 1].core)) {
            const word *m = &w[i - 1];
            const char *mc = m->s + m->lead, *o1, *o2;
            size_t l1, l2, cl0 = currency_at(mc, m->core, &o1, &l1, &o2, &l2);
            /* (the currency in the word, or the word before it whole: "Rs." with its stop) */
            const word *cw = i > 1 ? &w[i - 2] : NULL;
            size_t cwl = cw ? cw->core + cw->trail : 0;
            if ((cl0 && cl0 < m->core && isdigit((unsigned char)mc[cl0])) ||
                (isdigit((unsigned char)mc[0]) && cw && cw->core &&
                 (currency_at(cw->s + cw->lead, cw->core, &o1, &l1, &o2, &l2) == cw->core ||
                  currency_at(cw->s + cw->lead, cwl, &o1, &l1, &o2, &l2) == cwl)))
                ctx |= AFTER_MONEY;
        }
        /* ("Park Ave. S.,", "Elm Street N": the street's own abbreviation or word, a
         * capitalised name before it) */
        /* (and its comma: "Saratoga Ave., NE," as Washington writes its quadrants) */
        if (i > 1 && w[i - 1].core &&
            (!w[i - 1].trail || (w[i - 1].trail == 1 && w[i - 1].s[w[i - 1].n - 1] == '.') ||
             (w[i - 1].trail == 2 && w[i - 1].s[w[i - 1].n - 2] == '.' && w[i - 1].s[w[i - 1].n - 1] == ',') ||
             (w[i - 1].trail == 1 && w[i - 1].s[w[i - 1].n - 1] == ',' && n == 2 && strchr("NS", c[0]) && strchr("EW", c[1]))) &&
            seg_street_word(w[i - 1].s + w[i - 1].lead, w[i - 1].core) && !w[i - 2].trail &&
            w[i - 2].core && (isupper((unsigned char)w[i - 2].s[w[i - 2].lead]) ||
                              /* (or a numbered street's ordinal: "14th St. NW") */
                              (isdigit((unsigned char)w[i - 2].s[w[i - 2].lead]) && w[i - 2].core >= 3 &&
                               isalpha((unsigned char)w[i - 2].s[w[i - 2].lead + w[i - 2].core - 1]))))
            ctx |= AFTER_STREET;
        if (i > 0 && w[i - 1].trail && memchr(w[i - 1].s + w[i - 1].lead + w[i - 1].core, ',', w[i - 1].trail)) {
            ctx |= AFTER_COMMA;
            /* (not a word said to someone: "Hello, OH.", "Thanks, ME.") */
            static const char *const said[] = {"Hello", "Thanks", "Thank", "Yes", "Well", "Okay", "Right", "Sure",
                                               "Fine", "Great", "Good", "Hey", "Sorry", "Please", "Now", "So"};
            int interjection = 0;
            for (size_t q = 0; q < sizeof said / sizeof *said && !interjection; q++)
                interjection = equals_word(&w[i - 1], said[q]);
            if (w[i - 1].core >= 3 && isupper((unsigned char)w[i - 1].s[w[i - 1].lead]) &&
                !degree_after_name(w, i, nw) && !interjection)
                ctx |= AFTER_NAME_COMMA; /* a town's name before the comma */
        }
        /* "northern CA", "central OR": a state's part before its code */
        if (n == 2 && isupper((unsigned char)c[0]) && isupper((unsigned char)c[1]) && i > 0 && !w[i - 1].trail) {
            static const char *const regions[] = {"northern", "southern", "eastern", "western", "central",
                                                  "northeastern", "northwestern", "southeastern", "southwestern",
                                                  "northeast", "northwest", "southeast", "southwest", "coastal",
                                                  "rural", "upstate", "downstate"};
            for (size_t q = 0; q < sizeof regions / sizeof *regions; q++)
                if (w[i - 1].core == strlen(regions[q]) && strncmp(w[i - 1].s + w[i - 1].lead, regions[q], w[i - 1].core) == 0)
                    ctx |= AFTER_REGION;
        }
        /* the place ends here: a comma or stop after it, a dash, or nothing */
        /* (or a word in lower case: "Salinas, CA is recalling …") */
        if (!nx || (x->trail && (memchr(c + n, ',', x->trail) || memchr(c + n, '.', x->trail))) ||
            (nx->n && (nx->s[0] == '-' || (unsigned char)nx->s[0] == 0xE2 || nx->s[0] == '(')) ||
            (!x->trail && nx->core && !nx->lead && islower((unsigned char)nx->s[0])) ||
            /* (or a ZIP code: "Columbus, OH 43204", "… OH 43204-1187") */
            (!x->trail && n == 2 && nx->core >= 5 && !nx->lead && all_digits(nx->s, 5) &&
             (nx->core == 5 || (nx->core == 10 && nx->s[5] == '-' && all_digits(nx->s + 6, 4)))))
            ctx |= PLACE_END;
        /* (not among honours after a name: "SIR PATRICK ALLEN, ON, GCMG, CD", Jamaica's
         * Order of the Nation before the others' letters) */
        if ((ctx & PLACE_END) && nx && x->trail && memchr(c + n, ',', x->trail) && nx->core >= 2 && !nx->lead &&
            !txt_has_lower(nx->s, nx->core) && spk_post_nominal(nx->s, nx->core))
            ctx &= ~PLACE_END;
        if (i > 0 && !w[i - 1].trail && w[i - 1].core >= 2 && isupper((unsigned char)w[i - 1].s[w[i - 1].lead]) &&
            txt_has_lower(w[i - 1].s + w[i - 1].lead, w[i - 1].core))
            ctx |= AFTER_NAME;
        /* (the mark alone in its brackets: "(c)" after a name, not "(a) fine, (b) suspend or (c) expel") */
        /* (nor a copyright's "(c) 2025", nor an acronym defined by the capitals before it:
         * "the Small Arms Workshop (SAW)") */
        if ((ctx & AFTER_NAME) && x->lead == 1 && x->s[0] == '(' && len == n && x->trail && c[n] == ')' &&
            (ctx & 7) != NEXT_NUMBER) {
            size_t q = 0;
            while (q < n && q < i && isupper((unsigned char)c[n - 1 - q]) && !w[i - 1 - q].trail &&
                   w[i - 1 - q].s[w[i - 1 - q].lead] == c[n - 1 - q])
                q++;
            if (q < n)
                ctx |= NAME_MARK;
        }
        /* ("N. 3rd St", "E 34 St": a numbered street, its number or ordinal next) */
        static const char *const units_[] = {"Unit", "Block", "Flat", "Lot", "Gate", "Building", "Suite", "Apt",
                                             "Zone", "Section", "Grade", "Level", "Platform", "Bay", "Stand",
                                             "Hall", "Room", "Site", "Plot", "Phase", "Area"};
        if (nx && !nx->trail && !nx->lead && nx->core >= 1 && isdigit((unsigned char)nx->s[0]) && i + 2 < nw &&
            seg_street_word(w[i + 2].s + w[i + 2].lead, w[i + 2].core) &&
            !(i > 0 && !w[i - 1].trail && equals_any(&w[i - 1], units_, sizeof units_ / sizeof *units_)) &&
            !(i + 3 < nw && !w[i + 2].trail && w[i + 3].core && isupper((unsigned char)w[i + 3].s[w[i + 3].lead]) &&
              txt_has_lower(w[i + 3].s + w[i + 3].lead, w[i + 3].core))) {
            size_t dd = strspn(nx->s, "0123456789");
            if (dd == nx->core || (dd + 2 == nx->core && (strncmp(nx->s + dd, "st", 2) == 0 || strncmp(nx->s + dd, "nd", 2) == 0 ||
                                                        strncmp(nx->s + dd, "rd", 2) == 0 || strncmp(nx->s + dd, "th", 2) == 0)))
                ctx |= NEXT_ROAD;
        }
        if ((ctx & NEXT_NAME) && !nx->trail)
            for (size_t q = i + 2; q < nw && q < i + 5; q++) {
                if (seg_street_word(w[q].s + w[q].lead, w[q].core)) {
                    ctx |= NEXT_ROAD;
                    break;
                }
                if (w[q].trail || !w[q].core || !isupper((unsigned char)w[q].s[w[q].lead]))
                    break;
            }
        /* "3pm", "3.30pm", "15:00": a clock's time next (after an abbreviation's stop
         * too: "dep. 09:10") */
        if (nx && (!x->trail || (x->trail == 1 && x->s[x->lead + x->core] == '.')) && nx->core >= 3 &&
            isdigit((unsigned char)nx->s[nx->lead])) {
            const char *t = nx->s + nx->lead;
            size_t tl = nx->core, d = strspn(t, "0123456789");
            if ((d <= 2 && d + 3 <= tl && (t[d] == ':' || t[d] == '.') && all_digits(t + d + 1, 2) &&
                 (d + 3 == tl || u8_ncasecmp(t + d + 3, "am", 2) == 0 || u8_ncasecmp(t + d + 3, "pm", 2) == 0)) ||
                (d <= 2 && d + 2 == tl && (u8_ncasecmp(t + d, "am", 2) == 0 || u8_ncasecmp(t + d, "pm", 2) == 0)))
                ctx |= NEXT_TIME;
        }
        /* "RT HON DAVID ASHWORTH MP": the style in capitals */
        if (nx && nx->core == 3 && u8_ncasecmp(nx->s + nx->lead, "hon", 3) == 0)
            ctx |= NEXT_HON;
        if (cx && cx->date_order == DT_DAY_FIRST)
            ctx |= DAY_FIRST;
        /* "HC Deb, 15 October 2024, c. 231": a citation of the debates before it */
        /* (or Hansard's reference in a speech: "(Official Report, 4 February 2025; Vol.
         * 761, c. 245)") */
        for (size_t q = i; q > 0 && q + 8 > i; q--)
            if (equals_word(&w[q - 1], "Deb") || equals_word(&w[q - 1], "Deb.") ||
                (q >= 2 && equals_word(&w[q - 1], "Report") && equals_word(&w[q - 2], "Official")) ||
                (q + 3 > i && equals_word(&w[q - 1], "Vol") && i > 0 && w[i - 1].trail &&
                 w[i - 1].s[w[i - 1].n - 1] == ',')) {
                ctx |= AFTER_DEBATE;
                break;
            }
        if (nx && equals_word(nx, "of"))
            ctx |= NEXT_OF;
        static const char *const bands[] = {"VHF", "UHF", "HF", "MF", "CB", "radio", "Radio", "marine", "DSC"};
        if (i > 0 && !w[i - 1].trail && equals_any(&w[i - 1], bands, sizeof bands / sizeof *bands))
            ctx |= AFTER_RADIO;
        /* "under Art 8", "Arts 9-11 of the ECHR", "Art 8 ECHR": a provision's number,
         * cited (a preposition before, or "of" or a treaty's capitals after), not a
         * name's ("Visit Art 21 today") */
        /* (a law's words before it: "in Art 101" is a course, "and Art 21" a channel) */
        if (nx && !x->trail && !nx->lead && nx->core && isdigit((unsigned char)nx->s[0])) {
            static const char *const before[] = {"under", "breach", "breaches", "breached", "cf", "cf.", "per",
                                                 "engage", "engages", "engaged", "violate", "violates", "violated",
                                                 "infringe", "infringes", "infringed", "contravene", "contravenes",
                                                 "contravened", "pursuant"};
            const word *af = i + 2 < nw && !nx->trail ? &w[i + 2] : NULL, *af2 = i + 3 < nw ? &w[i + 3] : NULL;
            if ((i > 0 && !w[i - 1].trail && equals_any(&w[i - 1], before, sizeof before / sizeof *before)) ||
                (af && !af->lead &&
                 ((equals_word(af, "of") && !af->trail && af2 &&
                   (equals_word(af2, "the") || (af2->core && isupper((unsigned char)af2->s[af2->lead])))) ||
                  (af->core >= 4 && !txt_has_lower(af->s, af->core) && isupper((unsigned char)af->s[0])))))
                ctx |= CITED;
            /* ("Art 8 ECHR and Art 10": after "and" or "or", an article cited just before) */
            static const char *const arts[] = {"Art", "Arts", "Art.", "Arts.", "Article", "Articles"};
            if (i >= 3 && !w[i - 1].trail && (equals_word(&w[i - 1], "and") || equals_word(&w[i - 1], "or")))
                for (size_t q = i - 2; q + 6 > i && q > 0 && !(ctx & CITED); q--)
                    if (equals_any(&w[q - 1], arts, sizeof arts / sizeof *arts))
                        ctx |= CITED;
        }
        if (i > 0 && !w[i - 1].trail && (equals_word(&w[i - 1], "the") || equals_word(&w[i - 1], "The")))
            ctx |= AFTER_THE;
        /* "Civ. Code", "Cal. Penal Code", "Bus. & Prof. Code": a code's name cut short */
        /* (cited: a section's sign or a number after it; at most "& Prof." or one
         * word, "Penal", between) */
        for (size_t q = i + 1; q < nw && q < i + 4 && (!w[q - 1].trail || (w[q - 1].trail == 1 && w[q - 1].s[w[q - 1].n - 1] == '.')); q++) {
            if (equals_word(&w[q], "Code")) {
                const word *cn = q + 1 < nw ? &w[q + 1] : NULL;
                if (cn && (isdigit((unsigned char)cn->s[cn->lead]) || memcmp(cn->s + cn->lead, "\xC2\xA7", 2) == 0))
                    ctx |= NEXT_CODE;
                break;
            }
            if (w[q].lead || !w[q].core || !(isupper((unsigned char)w[q].s[0]) || w[q].s[0] == '&'))
                break;
        }
        /* "1600 Elm St. NW": a quadrant after the street */
        if (nx && nx->core == 2 && strchr("NS", nx->s[nx->lead]) && strchr("EW", nx->s[nx->lead + 1]))
            ctx |= NEXT_QUADRANT;
        say = expansion(c, len, ctx, &sl);
        /* "GOV. HART", "LT. GOV. SIMMS", "SEN. OKAFOR": a title set in capitals with
         * its stop, before a capitalised word, is the same title as in Title Case
         * (and a company's form anywhere: "DELMAR FREIGHT, INC.") */
        static const char *const forms[] = {"INC", "LTD", "CORP", "BROS", "DEPT", "ASSN", "GOVT"};
        if (!say && en && len > n && n >= 2 && n < 16 && !txt_has_lower(c, n) && isupper((unsigned char)c[1]) &&
            ((ctx & 7) == NEXT_CAPITAL || equals_any(x, forms, sizeof forms / sizeof *forms))) {
            char tc[17];
            tc[0] = c[0];
            for (size_t q = 1; q < n; q++)
                tc[q] = (char)tolower((unsigned char)c[q]);
            tc[n] = '.';
            say = expansion(tc, len, ctx, &sl);
        }
        if (say) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, say, sl);
            /* "La directora de Inmunizaciones, Lic. Rosa Huamán": the title agrees with
             * the role before it (Spanish: Licenciada, Ingeniera, Arquitecta, Maestra) */
            if (data_lang() == 2 && sl > 3 && say[sl - 1] == 'o' && isupper((unsigned char)say[0]))
                for (size_t b = i; b > 0 && b + 8 > i; b--) {
                    const word *r = &w[b - 1];
                    const char *rs = r->s + r->lead;
                    /* (not a portfolio after "de": "directora de Salud") */
                    if (!r->core || !data_word_line("en/roles.txt", rs, r->core, 1, DATA_ANYWHERE) ||
                        (b >= 2 && w[b - 2].core >= 2 && w[b - 2].core <= 3 && w[b - 2].s[w[b - 2].lead] == 'd' &&
                         w[b - 2].s[w[b - 2].lead + 1] == 'e'))
                        continue;
                    if (rs[r->core - 1] == 'a')
                        o->s[o->len - 1] = 'a';
                    break;
                }
            /* The stop belongs to the abbreviation; only a final one ends a sentence. */
            const char *tr = c + len;
            size_t tl = x->n - x->lead - len;
            if (len > n) {
                if (!nx)
                    sb_putc(o, '.');
            }
            sb_putn(o, tr, tl);
            return 1;
        }
        if (len == n)
            break;
    }
    /* Dotted acronyms: U.S.A. -> U S A */
    if (n >= 2 && with_stop >= 3) {
        int dotted = 1;
        size_t letters = 0;
        for (size_t j = 0; j < with_stop; j++) {
            if (j % 2 == 0)
                dotted &= isalpha((unsigned char)c[j]) != 0, letters++;
            else
                dotted &= c[j] == '.';
        }
        if (dotted && with_stop % 2 == 0 && letters >= 2) {
            sb_putn(o, x->s, x->lead);
            spell(o, c, with_stop);
            if (!nx && with_stop > n)
                sb_putc(o, '.');
            sb_putn(o, c + with_stop, x->n - x->lead - with_stop);
            return 1;
        }
    }
    /* "the Korea-U.S. alliance", "Japan-U.S. Security Treaty": a compound that ends in
     * dotted letters, spelled, its stop no pause inside the sentence */
    if (en && with_stop > n && nx) {
        const char *h = NULL;
        for (size_t j = 0; j + 4 <= with_stop; j++)
            if (c[j] == '-' && j > 0)
                h = c + j + 1;
        size_t hl = h ? (size_t)(c + with_stop - h) : 0;
        int dotted = hl >= 4 && hl % 2 == 0;
        for (size_t j = 0; dotted && j < hl; j++)
            dotted = j % 2 == 0 ? isupper((unsigned char)h[j]) != 0 : h[j] == '.';
        if (dotted && x->trail == 1) {
            sb_putn(o, x->s, (size_t)(h - 1 - x->s)); /* (the hyphen a space: "Korea U.S") */
            spell(o, h, hl);
            return 1;
        }
    }
    /* "WHO/Europe", "UNICEF/WHO": names joined by a slash, each read as it would be
     * alone */
    const char *slash = n > 3 ? memchr(c, '/', n) : NULL;
    if (slash && slash > c && slash + 1 < c + n && isalpha((unsigned char)slash[-1]) &&
        isupper((unsigned char)slash[1]) && !memchr(slash + 1, '/', (size_t)(c + n - slash - 1))) {
        size_t l1 = (size_t)(slash - c), l2 = n - l1 - 1;
        int k1 = acronym_kind(c, l1), k2 = acronym_kind(slash + 1, l2), alpha = 1;
        /* ("AS/NZS": a pair the data spells whole, though "AS" alone is a word) */
        if (acronym_kind(c, n) == 's')
            k1 = k2 = 's';
        for (size_t j = 0; j < n; j++)
            alpha &= isalpha((unsigned char)c[j]) || j == l1;
        /* ("CCPA/CPRA": capitals the data does not know, that no one would say as a
         * word, spelled) */
        const char *part[2] = {c, slash + 1};
        size_t plen[2] = {l1, l2};
        int *kind[2] = {&k1, &k2};
        for (int q = 0; q < 2 && alpha; q++) {
            /* (three or four, the first two no vowels: "TEFL", "SAG", "AFTRA" are said as
             * words) */
            int caps_only = plen[q] >= 3 && plen[q] <= 4 && !strchr("AEIOUY", part[q][0]) &&
                            !strchr("AEIOUY", part[q][1]);
            for (size_t j = 0; j < plen[q] && caps_only; j++)
                caps_only = part[q][j] >= 'A' && part[q][j] <= 'Z';
            if (!*kind[q] && caps_only && txt_unsayable_caps(part[q], plen[q]) && !common_word(part[q], plen[q]))
                *kind[q] = 's';
        }
        if (alpha && (k1 == 's' || k2 == 's')) {
            sb_putn(o, x->s, x->lead);
            if (k1 == 's')
                spell(o, c, l1);
            else
                sb_putn(o, c, l1);
            sb_putc(o, ' ');
            if (k2 == 's')
                spell(o, slash + 1, l2);
            else
                sb_putn(o, slash + 1, l2);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "USAO-MD", "IRS-CI", "AU-led": a spelled acronym joined by a hyphen to a
     * district's or a unit's capitals, or to a word: the acronym spelled, the rest as
     * it is (espeak-ng said "USAO" as a word and "AU" as "oh") */
    {
        size_t h = 0;
        while (h < n && c[h] >= 'A' && c[h] <= 'Z')
            h++;
        if (h >= 2 && h + 1 < n && c[h] == '-' && acronym_kind(c, h) == 's') {
            size_t r = h + 1, caps = 0;
            while (r < n && isalpha((unsigned char)c[r]))
                caps += c[r++] >= 'A' && c[r - 1] <= 'Z';
            if (r == n) {
                sb_putn(o, x->s, x->lead);
                spell(o, c, h);
                sb_putc(o, ' ');
                if (caps == n - h - 1 && caps <= 3)
                    spell(o, c + h + 1, n - h - 1);
                else
                    sb_putn(o, c + h + 1, n - h - 1);
                sb_putn(o, c + n, x->trail);
                return 1;
            }
        }
    }
    /* "27 km NE of Tarawhiti", "235 KM ESE OF ISLA DORADA": a compass point between a
     * distance and "of", said as the direction; and a bearing's, "MOVEMENT...NE OR 45
     * DEGREES", as hurricane advisories give it */
    int bearing = en && n <= 3 && !x->trail && i + 3 < nw && equals_word(&w[i + 1], "or") && !w[i + 1].trail &&
                  w[i + 2].core && all_digits(w[i + 2].s + w[i + 2].lead, w[i + 2].core) && !w[i + 2].trail &&
                  equals_word(&w[i + 3], "degrees");
    if (en && n <= 3 && !x->trail && (bearing || (i > 0 && i + 1 < nw && equals_word(&w[i + 1], "of") && !w[i - 1].trail))) {
        static const char *const points[][2] = {
            {"N", "north"},           {"S", "south"},           {"E", "east"},           {"W", "west"},
            {"NE", "north-east"},     {"NW", "north-west"},     {"SE", "south-east"},    {"SW", "south-west"},
            {"NNE", "north-north-east"}, {"ENE", "east-north-east"}, {"ESE", "east-south-east"},
            {"SSE", "south-south-east"}, {"SSW", "south-south-west"}, {"WSW", "west-south-west"},
            {"WNW", "west-north-west"},  {"NNW", "north-north-west"}};
        static const char *const distances[] = {"km", "kms", "kilometres", "kilometers", "mi", "miles", "nm",
                                                "m", "metres", "meters", "mile", "kilometre", "kilometer"};
        const word *pv = i > 0 ? &w[i - 1] : NULL;
        int far = bearing || equals_any(pv, distances, sizeof distances / sizeof *distances);
        /* ("27km NE of"): the unit joined to its number */
        if (!far && pv->core >= 3 && isdigit((unsigned char)pv->s[pv->lead])) {
            size_t d = 0;
            while (d < pv->core && (isdigit((unsigned char)pv->s[pv->lead + d]) || pv->s[pv->lead + d] == '.' ||
                                    pv->s[pv->lead + d] == ','))
                d++;
            word u = {pv->s + pv->lead + d, pv->core - d, 0, pv->core - d, 0};
            far = d < pv->core && equals_any(&u, distances, sizeof distances / sizeof *distances);
        }
        for (size_t pt = 0; far && pt < sizeof points / sizeof *points; pt++)
            if (n == strlen(points[pt][0]) && memcmp(c, points[pt][0], n) == 0) {
                sb_putn(o, x->s, x->lead);
                sb_puts(o, points[pt][1]);
                return 1;
            }
    }
    /* "(NASDAQ: ARDS)", "NYSE: PEC": a ticker after its exchange's label, its letters
     * said one by one, as a ticker is read */
    /* (in brackets, "(NASDAQ: ARDS)", or after an exchange's letters of four or more:
     * not "Aim: ZERO", "Set: ABC", "Symbol: OK", whose words the list holds too) */
    const word *xl = i > 0 ? &w[i - 1] : NULL;
    int bracketed = xl && xl->lead && xl->s[xl->lead - 1] == '(' && x->trail && c[n] == ')';
    int exch_caps = xl && xl->core >= 4 && !txt_has_lower(xl->s + xl->lead, xl->core);
    /* (or the exchange as the list writes it, "Nasdaq: MIND", "(Nasdaq: ACME; TSX: ACM)":
     * not "Aim", "Set" in mixed case) */
    const char *xln;
    size_t xll;
    /* (and the ticker closed by a comma, a semicolon or a bracket: "Berlin: NATO
     * defence ministers" is a dateline) */
    exch_caps = exch_caps || (xl && x->trail && strchr(",;)", c[n]) &&
                              data_field_lines("en/exchanges.txt", xl->s + xl->lead, xl->core, 0, &xln, &xll, 1));
    if (en && n >= 2 && n <= 5 && xl && xl->trail && xl->s[xl->lead + xl->core] == ':' &&
        (bracketed || exch_caps || listing_line(w, nw)) &&
        data_has_line("en/exchanges.txt", xl->s + xl->lead, xl->core)) {
        int caps_only = 1;
        /* (a share class after a stop, "(NYSE: BRK.B)", "(TSX: MGM.U)": letters, then
         * the class) */
        size_t tn = n >= 4 && c[n - 2] == '.' && c[n - 1] >= 'A' && c[n - 1] <= 'Z' ? n - 2 : n;
        for (size_t q = 0; q < tn && caps_only; q++)
            caps_only = c[q] >= 'A' && c[q] <= 'Z';
        if (caps_only) {
            sb_putn(o, x->s, x->lead);
            spell(o, c, tn);
            if (tn < n) {
                sb_puts(o, " dot ");
                sb_putc(o, c[n - 1]);
            }
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "a DDoS attack", "DoS": denial of service as it is said, "D-dos", "doss" (not
     * "D do S", as a department's letters would be) */
    /* ("DoS" before "attack" only: "the DoS said" is a department of state) */
    /* (a DoS is the attack before a cyber word, after "remote" or "cause", or as "a
     * DoS" ending a clause; any other is a department's letters: "the DoS said", "A
     * DoS spokeswoman", "(DoS)") */
    /* (and "denial-of-service (DoS) attack", "lead to DoS", "result in DoS", "DoS
     * traffic"; not "your local DoS office", "caused DoS staff", "The DoS attempts to
     * contact …": a department's people, or its verb) */
    static const char *const cyber[] = {"attack", "attacks", "condition", "conditions", "vulnerability",
                                        "vulnerabilities", "flaw", "flaws", "bug", "exploit", "attempt", "attempts",
                                        "traffic", "protection", "protections", "mitigation", "defence", "defense",
                                        "resilience", "vector", "vectors"};
    static const char *const causes[] = {"remote", "cause", "causes", "causing", "caused", "trigger", "triggers",
                                         "local", "persistent", "enable", "enables", "enabling", "mitigate",
                                         "mitigates"};
    static const char *const leads[] = {"lead", "leads", "leading", "led", "result", "results", "resulting", "resulted"};
    static const char *const staff[] = {"staff", "office", "offices", "official", "officials", "spokesperson",
                                        "spokeswoman", "spokesman", "employees", "personnel", "team", "said", "says"};
    int dos_attack = 0;
    static const char *const guards[] = {"allow", "allows", "prevent", "prevents", "against"};
    static const char *const cyberish[] = {"flaw", "flaws", "vulnerability", "vulnerabilities", "attacker",
                                           "attackers", "exploit", "exploited", "patch", "patched",
                                           "unauthenticated", "firmware", "packets"};
    static const char *const officers[] = {"officials", "official", "inspectors", "inspector", "staff", "officers",
                                           "employees", "personnel", "spokesperson", "spokeswoman", "spokesman"};
    if (n == 3 && memcmp(c, "DoS", 3) == 0 && i > 0 && !w[i - 1].trail &&
        equals_any(&w[i - 1], guards, sizeof guards / sizeof *guards) &&
        !(i + 1 < nw && !x->trail && equals_any(&w[i + 1], officers, sizeof officers / sizeof *officers)))
        for (size_t q = 0; q < nw && !dos_attack; q++)
            dos_attack = equals_any(&w[q], cyberish, sizeof cyberish / sizeof *cyberish);
    if (!dos_attack && n == 3 && memcmp(c, "DoS", 3) == 0) {
        int closes = x->trail == 1 && c[n] == ')' && x->lead == 1 && x->s[0] == '(';
        int verb_to = i + 2 < nw && equals_word(&w[i + 2], "to");
        int people = i + 1 < nw && !x->trail && equals_any(&w[i + 1], staff, sizeof staff / sizeof *staff);
        dos_attack = (i + 1 < nw && (!x->trail || closes) && equals_any(&w[i + 1], cyber, sizeof cyber / sizeof *cyber) &&
                      !verb_to) ||
                     (closes && i > 0 && w[i - 1].core >= 17 &&
                      u8_ncasecmp(w[i - 1].s + w[i - 1].lead + w[i - 1].core - 17, "denial-of-service", 17) == 0) ||
                     (i > 0 && !w[i - 1].trail && !people && equals_any(&w[i - 1], causes, sizeof causes / sizeof *causes)) ||
                     (i > 1 && !w[i - 1].trail && !people && (equals_word(&w[i - 1], "to") || equals_word(&w[i - 1], "in")) &&
                      !w[i - 2].trail && equals_any(&w[i - 2], leads, sizeof leads / sizeof *leads)) ||
                     (i > 0 && !w[i - 1].trail && equals_word(&w[i - 1], "a") && x->trail && strchr(".,;", c[n]));
    }
    if (en && ((n == 4 && memcmp(c, "DDoS", 4) == 0) || dos_attack)) {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, n == 4 ? "D-dos" : "doss");
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* Acronyms the data says are spelled, and department-style ones with a small
     * middle letter (DoJ, MoD, DfE), which espeak-ng reads as "do J". */
    int akind = acronym_kind(c, n);
    /* "IT WAS A CHAOTIC SCENE", "PLEASE CALL US", "WHO WAS INVOLVED": in a sentence set
     * in capitals (captions, headlines), the pronouns these acronyms are too */
    if (akind == 's' && en && caps_pronoun(w, i, nw)) {
        sb_putn(o, x->s, x->lead);
        for (size_t j = 0; j < n; j++)
            sb_putc(o, (char)tolower((unsigned char)c[j]));
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "EVs", "IDs", "ICBMs", "MOUs": a plural of capitals that are spelled (listed, two,
     * or no word) is spelled, its "s" said as the plural */
    if (!akind && en && n >= 3 && n <= 7 && c[n - 1] == 's') {
        int capsrun = 1;
        for (size_t q = 0; q + 1 < n && capsrun; q++)
            capsrun = c[q] >= 'A' && c[q] <= 'Z';
        char key[10];
        snprintf(key, sizeof key, " %.*s ", (int)(n - 1), c);
        int skind = capsrun ? acronym_kind(c, n - 1) : 0;
        if (capsrun && (skind == 's' || n == 3 || txt_unsayable_caps(c, n - 1) ||
                        (cx && cx->defined && strstr(cx->defined, key))) &&
            skind != 'w' && !common_word(c, n - 1)) {
            sb_putn(o, x->s, x->lead);
            /* "AEs", "ACs": two letters and their plural as written, which espeak-ng
             * spells as one word ("A E's" would open with the article "uh") */
            if (n == 3 && c[0] == 'A')
                sb_putn(o, c, n);
            else
                spell(o, c, n);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* "the ACCC's report": a spelled acronym's possessive, the letters then 's */
    /* (three letters or more: "E.U's" would be "E dot U's", and "EU's" is said well) */
    /* (or one the data does not know, three to six capitals no one would say as a
     * word: "the NCDC's figures", with a straight or a curly apostrophe) */
    size_t ap = n >= 5 && c[n - 1] == 's' && c[n - 2] == '\'' ? 2
                : n >= 7 && c[n - 1] == 's' && memcmp(c + n - 4, "\xE2\x80\x99", 3) == 0 ? 4 : 0;
    int caps_only = ap != 0;
    for (size_t q = 0; caps_only && q < n - ap; q++)
        caps_only = c[q] >= 'A' && c[q] <= 'Z';
    if (!akind && en && ap &&
        (acronym_kind(c, n - ap) == 's' ||
         (caps_only && n - ap >= 3 && n - ap <= 6 && !acronym_kind(c, n - ap) && txt_unsayable_caps(c, n - ap) &&
          !common_word(c, n - ap)))) {
        sb_putn(o, x->s, x->lead);
        spell(o, c, n - ap);
        sb_puts(o, "'s");
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "sold in OH, PA, IN and MI": states' postal codes in a list of them, each the
     * state's name ("OH" and "IN" are no words here) */
    if (en && n == 2 && isupper((unsigned char)c[0]) && isupper((unsigned char)c[1]) && state_in_list(w, i, nw)) {
        size_t statel;
        const char *state = field_of("en/us-states.txt", c, 2, &statel);
        sb_putn(o, x->s, x->lead);
        sb_putn(o, state, statel);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* two capitals that are no English word ("AU", "EU"), in a sentence not set in
     * capitals: letters, whatever espeak-ng would make of them ("AU" is "oh") */
    static const char *const two[] = {"NO", "OK", "AN", "AT", "BE", "DO", "GO", "IF", "IN", "IS", "ME", "MY",
                                      "OF", "ON", "OR", "SO", "TO", "UP", "WE", "AM", "AS", "BY", "HE", "HI",
                                      "US", "IT", "OH", "AH", "OX"};
    /* French and Spanish espeak-ng read capitals as a word when they can ("AFD" afd,
     * "IPC" ipk): two to four capitals that the data does not call a word are spelled,
     * in a sentence not set in capitals */
    int caps = !akind && n >= 2 && n <= (en ? 2u : 4u);
    /* and three in brackets right after a place's name, an airport's code: "Toronto
     * Pearson (YYZ)", "Gold Coast (OOL)" */
    if (!akind && en && n == 3 && x->lead && x->s[x->lead - 1] == '(' && x->trail && c[n] == ')' && i > 0 &&
        w[i - 1].core >= 2 && isupper((unsigned char)w[i - 1].s[w[i - 1].lead]) &&
        txt_has_lower(w[i - 1].s + w[i - 1].lead, w[i - 1].core)) {
        /* (not letters the words before define, "the Small Arms Workshop (SAW)": those
         * are read as the statement defines them) */
        int defined = i >= 3;
        for (size_t q = 0; q < 3 && defined; q++)
            defined = (w[i - 3 + q].s[w[i - 3 + q].lead] | 0x20) == (c[q] | 0x20);
        /* (nor a word in capitals: "Director of Operations (NEW)") */
        caps = !defined && !common_word(c, n);
    }
    /* and three or four the statement defines in brackets ("… Protection (DEP)") */
    if (!akind && n >= 3 && n <= 4 && cx && cx->defined) {
        char key[8];
        snprintf(key, sizeof key, " %.*s ", (int)n, c);
        caps |= strstr(cx->defined, key) != NULL;
    }
    /* and five to seven no voice could say as a word ("FNSEA", "ANSSI": three
     * consonants in a row; espeak-ng's French voice reads "FNSE" as English) */
    /* (a surname set in capitals after a first name, "Olaf SCHOLZ", is a name, but not
     * after a name and its comma, "said Ana Ruiz, CAQMD Executive Officer"; not
     * one in brackets, a party's letters after a candidate, "Rachel Simmons (APC)") */
    /* and in English three to six that no reader would say as a word ("UDCG", "MSME") */
    if (!akind && ((!en && n >= 5 && n <= 7) || (en && n >= 3 && n <= 6)) && !caps)
        caps = (en ? txt_unsayable_caps(c, n) && !common_word(c, n) : unsayable_caps(c, n)) &&
               !(i > 0 && !x->lead && !w[i - 1].trail && w[i - 1].core >= 2 &&
                 isupper((unsigned char)w[i - 1].s[w[i - 1].lead]) &&
                 islower((unsigned char)w[i - 1].s[w[i - 1].lead + w[i - 1].core - 1]) &&
                 !common_word(w[i - 1].s + w[i - 1].lead, w[i - 1].core)) &&
               !surname_before_comma(w, i, nw) && !titled_caps_name(w, i) && !dateline_place(w, i, nw);
    for (size_t q = 0; caps && q < n; q++)
        caps = c[q] >= 'A' && c[q] <= 'Z';
    int two_caps = caps && (en || (strspn(c, "IVXLCDM") < n && !common_word(c, n)));
    for (size_t t = 0; en && two_caps && n == 2 && t < sizeof two / sizeof *two; t++)
        two_caps = strncmp(c, two[t], 2) != 0;
    /* (a sentence with no other word of letters, "APC – 312,406" on a results sheet,
     * is not set in capitals either: the acronym stands alone) */
    int lettered = 0;
    for (size_t t = 0; two_caps && t < nw; t++)
        if (t != i)
            for (size_t q = 0; q < w[t].core; q++) {
                if (islower((unsigned char)w[t].s[w[t].lead + q]))
                    goto mixed;
                lettered |= isalpha((unsigned char)w[t].s[w[t].lead + q]);
            }
    two_caps = two_caps && (!lettered || (en && listing_line(w, nw)));
mixed:
    if (akind == 's' || two_caps || (en && n == 3 && isupper((unsigned char)c[0]) && islower((unsigned char)c[1]) &&
                                     isupper((unsigned char)c[2]) && !akind)) {
        sb_putn(o, x->s, x->lead);
        spell(o, c, n);
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* Acronyms read as words: capitalised, since espeak-ng spells some (HUD, ICE). */
    if (akind == 'w') {
        sb_putn(o, x->s, x->lead);
        sb_putc(o, c[0]);
        for (size_t j = 1; j < n; j++)
            sb_putc(o, (char)tolower((unsigned char)c[j]));
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "2-1-1", "3-1-1": a service's number, digit by digit */
    if (n >= 5 && n % 2 == 1) {
        int code = 1;
        for (size_t j = 0; j < n && code; j++)
            code = j % 2 ? c[j] == '-' : isdigit((unsigned char)c[j]) != 0;
        if (code) {
            sb_putn(o, x->s, x->lead);
            for (size_t j = 0; j < n; j += 2) {
                if (j)
                    sb_putc(o, ' ');
                sb_putc(o, c[j]);
            }
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* Ranges and votes: 31–4, 2019-2023 (a dash between numbers). */
    size_t nl = number_len(c, n);
    if (nl && nl + 1 < n && (c[nl] == '-' || (unsigned char)c[nl] == 0xE2)) {
        size_t dl = c[nl] == '-' ? 1 : 3;
        size_t nl2 = number_len(c + nl + dl, n - nl - dl);
        int pct = nl2 && nl + dl + nl2 + 1 == n && c[n - 1] == '%'; /* "15–20%" */
        if (nl2 && (nl + dl + nl2 == n || pct)) {
            /* "Serial No. 119-7", "Public Law 118-42": an identifier, not a range */
            /* (not "Nos. 1–45": numbers, plural, are a range) */
            static const char *const ids[] = {"No.", "No", "number", "Number", "Law",
                                              "Resolution", "Docket", "Case", "Ref.", "Serial",
                                              "Sec.", "Section", "\xC2\xA7", "Article", "Art.",
                                              "Rule", "Chapter", "Ordinance", "Bill", "n\xC2\xB0", "N\xC2\xB0",
                                              "n\xC2\xBA", "n.\xC2\xBA", "N.\xC2\xBA",
                                              /* "Executive Order 2025-14", "NASA Release 25-117" */
                                              "Order", "Release", "Decree", "Directive", "Regulation", "Act",
                                              "Proclamation", "Notice", "Bulletin", "Circular", "Memorandum",
                                              /* "EO 2024-03", "A.O. 2025-7": an order's letters */
                                              "EO", "E.O.", "AO", "A.O.",
                                              /* "S. Hrg. 119-212", "H. Rept. 118-45": Congress's records */
                                              "Hrg.", "Rept.", "Doc.",
                                              /* "Rev. Proc. 2026-14", "Rev. Rul. 2019-24": the
                                               * tax authority's */
                                              "Proc.", "Rul.",
                                              /* "lot code 2025-118", "Batch 24-0117": a product's */
                                              "code", "Code", "lot", "Lot", "batch", "Batch",
                                              /* "Measure 26-238", "Proposition 24-3": a ballot's;
                                               * "occurrence 2025-123456", "incident 24-1187",
                                               * "ref 24/1234": a police log's or a file's */
                                              "Measure", "Proposition", "Prop.", "occurrence", "Occurrence",
                                              "incident", "Incident", "ref", "reference", "Reference",
                                              "log", "Log", "file", "File", "claim", "Claim", "permit",
                                              "Permit", "docket", "case", "crime", "Crime",
                                              /* "IRS Tax Tip 2025-22", "Communiqué 014-25" */
                                              "Communiqu\xC3\xA9", "Communique"};
            /* "Case #: 25-004512": after a number sign of its own */
            int id = i > 0 && w[i - 1].core == 1 && w[i - 1].s[w[i - 1].lead] == '#';
            /* ("IRS Tax Tip 2025-22": a year and its number; "Tip 3-5 of our guide" a range) */
            id |= i > 0 && nl == 4 && equals_word(&w[i - 1], "Tip") && !w[i - 1].trail;
            for (size_t q = 0; i > 0 && q < sizeof ids / sizeof *ids; q++) {
                const word *p = &w[i - 1];
                size_t kl = strlen(ids[q]);
                /* in any case ("ORDINANCE NO. 2026-07"), but "no" in lower case is the word */
                /* (or a field's label: "Recall Number: 24-318") */
                int label = p->core == kl && p->trail == 1 && p->s[p->lead + p->core] == ':';
                id |= (p->n - p->lead == kl || label) && u8_ncasecmp(p->s + p->lead, ids[q], kl) == 0 &&
                      (kl > 3 || p->s[p->lead] == ids[q][0]);
            }
            /* "Senate passes Safe Harbors Act 52–48", "passed the bill 218-212": a vote's
             * tally after the act's or the bill's name, the greater first, in a sentence
             * about voting, said "52 to 48" */
            if (en && id && !pct && nl <= 3 && nl2 <= 3 && all_digits(c, nl) && all_digits(c + nl + dl, nl2) &&
                strtoul(c, NULL, 10) > strtoul(c + nl + dl, NULL, 10) && i > 0 && w[i - 1].s[w[i - 1].lead] != '#') {
                static const char *const votes[] = {"passed", "passes", "pass", "voted", "vote", "votes", "approved",
                                                    "approves", "adopted", "adopts", "confirmed", "confirms",
                                                    "rejected", "rejects", "defeated", "Passes", "Passed", "Approves",
                                                    "Confirms", "Rejects", "Adopts"};
                int voting = 0;
                for (size_t q = 0; q < nw && !voting; q++)
                    voting = equals_any(&w[q], votes, sizeof votes / sizeof *votes);
                if (voting)
                    id = 0;
            }
            /* "text HOME to 741-555", "text FIX to 55-311": a short code, its digits */
            if (en && !pct && i >= 3 && equals_word(&w[i - 1], "to") && !w[i - 1].trail && !w[i - 2].trail &&
                (equals_word(&w[i - 3], "text") || equals_word(&w[i - 3], "txt")) && !w[i - 3].trail &&
                w[i - 2].core >= 2 && !txt_has_lower(w[i - 2].s + w[i - 2].lead, w[i - 2].core)) {
                sb_putn(o, x->s, x->lead);
                for (size_t q = 0; q < n; q++) {
                    if (isdigit((unsigned char)c[q]))
                        sb_printf(o, "%s%c", q && isdigit((unsigned char)c[q - 1]) ? " " : "", c[q]);
                    else
                        sb_puts(o, ", ");
                }
                sb_putn(o, c + n, x->trail);
                return 1;
            }
            /* "closed 2200–0600": a night's hours on the 24-hour clock, one of them
             * with its leading zero (no year has one) */
            const char *c2 = c + nl + dl;
            if (en && !pct && !id && nl == 4 && nl2 == 4 && all_digits(c, 4) && all_digits(c2, 4) &&
                (c[0] == '0' || c2[0] == '0')) {
                int h1 = (c[0] - '0') * 10 + c[1] - '0', m1 = (c[2] - '0') * 10 + c[3] - '0';
                int h2 = (c2[0] - '0') * 10 + c2[1] - '0', m2 = (c2[2] - '0') * 10 + c2[3] - '0';
                if (h1 <= 23 && m1 <= 59 && h2 <= 24 && m2 <= 59) {
                    sb_putn(o, x->s, x->lead);
                    say_clock24(o, c[0] == '0', h1, m1);
                    sb_puts(o, " to ");
                    say_clock24(o, c2[0] == '0', h2, m2);
                    sb_putn(o, c + n, x->trail);
                    return 1;
                }
            }
            /* "case number GAJB 12345-24", "P.O. Box 30259-00100": five figures or
             * more before a smaller number, or a group of four or more opening with 0,
             * make a case's or a postcode's number, no range and no vote */
            if (en && !pct && all_digits(c, nl) && all_digits(c + nl + dl, nl2) &&
                ((nl >= 5 && strtoul(c + nl + dl, NULL, 10) < strtoul(c, NULL, 10)) || (nl2 >= 4 && c[nl + dl] == '0')))
                id = 1;
            /* "1-3 Attack Battalion", "2-41 FA": a US Army battalion of its regiment,
             * "1 3", no range */
            static const char *const units[] = {"Battalion", "Infantry", "Cavalry", "Armor", "Armored", "Aviation",
                                                "FA", "IN", "CAV", "AR", "ADA", "Regiment", "BSB", "BEB", "Marines",
                                                "Artillery"};
            /* (a word that names a unit only before the unit's: "Attack Battalion",
             * "Field Artillery") */
            static const char *const kinds2[] = {"Attack", "Field", "Air", "Assault", "Reconnaissance", "Support"};
            static const char *const heads[] = {"Battalion", "Artillery", "Regiment", "Squadron", "Cavalry"};
            int unit_after = 0;
            /* (as written: "in 2019" is no infantry's IN) */
            for (size_t q = 0; i + 1 < nw && !x->trail && q < sizeof units / sizeof *units && !unit_after; q++)
                unit_after = w[i + 1].core == strlen(units[q]) && memcmp(w[i + 1].s + w[i + 1].lead, units[q], w[i + 1].core) == 0;
            unit_after = i + 1 < nw && !x->trail &&
                             (unit_after ||
                              (equals_any(&w[i + 1], kinds2, sizeof kinds2 / sizeof *kinds2) && !w[i + 1].trail &&
                               i + 2 < nw && equals_any(&w[i + 2], heads, sizeof heads / sizeof *heads)));
            if (en && !id && !pct && nl <= 2 && nl2 <= 2 && all_digits(c, nl) && unit_after) {
                sb_putn(o, x->s, x->lead);
                sb_putn(o, c, nl);
                sb_putc(o, ' ');
                sb_putn(o, c + nl + dl, nl2);
                sb_putn(o, c + n, x->trail);
                return 1;
            }
            /* "between 2-3 per cent": between the one and the other; "a 50-50 chance",
             * "a 2-2 draw": the same figure twice, even odds or a level score, said as a
             * pair ("fifty fifty"), never "50 to 50" */
            int between = en && !id && i > 0 && !w[i - 1].trail && equals_word(&w[i - 1], "between");
            int same = en && !id && !pct && nl == nl2 && memcmp(c, c + nl + dl, nl) == 0 && nl <= 3;
            /* "pp. 1102-1108", "Science 391, 1102-1108", "cols 412-13": pages or columns,
             * numbers and never years; the second, cut short as citations write it, in
             * full ("412 to 413") */
            int pages = en && !id && !pct && all_digits(c, nl) && all_digits(c + nl + dl, nl2) && page_range_at(w, i);
            sb_putn(o, x->s, x->lead);
            /* ("10.5–11.0%": a rate's zeros after its point are not said, as "8.0%") */
            size_t k1 = pct ? point_zeros_len(c, nl) : 0, k2 = pct ? point_zeros_len(c + nl + dl, nl2) : 0;
            if (pages)
                sb_putn(o, c, nl);
            else
                put_number(o, c, k1 ? k1 : nl);
            /* ("drew 1-1", "a 2-2 draw": a level score, "1 all") */
            static const char *const level[] = {"draw", "draws", "tie", "stalemate", "drew", "drawn", "tied", "level"};
            /* (not "0-0", "nil all" to some and "zero zero" to others) */
            if (same && nl <= 2 && strtoul(c, NULL, 10) <= 15 && strtoul(c, NULL, 10) > 0 &&
                ((i + 1 < nw && !x->trail && equals_any(&w[i + 1], level, 4)) ||
                 (i > 0 && !w[i - 1].trail && equals_any(&w[i - 1], level + 4, 4)))) {
                sb_puts(o, " all");
                sb_putn(o, c + n, x->trail);
                return 1;
            }
            if (same)
                sb_putc(o, ' ');
            else
                sb_printf(o, " %s ", between ? "and" : data_say(id ? "dash" : "to"));
            /* ("412-13": 413, when that is past the first) */
            if (pages && nl2 < nl && strncmp(c + nl + dl, c + nl - nl2, nl2) > 0)
                sb_putn(o, c, nl - nl2);
            if (pages)
                sb_putn(o, c + nl + dl, nl2);
            else
                put_number(o, c + nl + dl, k2 ? k2 : nl2);
            if (pct)
                sb_puts(o, en ? " percent" : " %");
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    if (en && (k = numbers(o, w, i, nw)))
        return k;
    /* "Case #: 25-004512", "Report # 1187": a number sign alone before a number */
    if (en && n == 1 && c[0] == '#' && i + 1 < nw && w[i + 1].core && isdigit((unsigned char)w[i + 1].s[w[i + 1].lead])) {
        sb_putn(o, x->s, x->lead);
        sb_puts(o, "number");
        sb_putn(o, c + n, x->trail);
        return 1;
    }
    /* "7.00 per cent", "2.0 percent", "0.50 percentage points", "2.0 %": a rate's
     * zeros after its point are not said, as with "4.00%" below */
    /* (and "11.00 to 12.00 per cent": the range's first figure too) */
    if (en && !x->trail && i + 1 < nw && !w[i + 1].lead) {
        size_t keep = point_zeros_len(c, n), r = i + 1;
        if (keep && r + 2 < nw && !w[r].trail && (equals_word(&w[r], "to") || equals_word(&w[r], "and")) &&
            !w[r + 1].lead && !w[r + 1].trail && number_len(w[r + 1].s, w[r + 1].core) == w[r + 1].core)
            r += 2;
        if (keep && rate_word_at(w, r, nw)) {
            sb_putn(o, x->s, x->lead);
            sb_putn(o, c, keep);
            sb_putn(o, c + n, x->trail);
            return 1;
        }
    }
    /* Symbols standing as or at the end of a word: & + = § °C %. */
    const unsigned char *sym_starts = sym_starts_of[data_once(sym_done, make_sym_starts_in)];
    sb_putn(o, x->s, x->lead);
    for (size_t j = 0; j < n;) {
        size_t best = 0, best_sl = 0;
        const char *best_say = NULL;
        unsigned char b = (unsigned char)c[j];
        /* trade marks are not read: "KELVARA™", "Acme®" */
        if (n - j >= 3 && (memcmp(c + j, "\xE2\x84\xA2", 3) == 0 || memcmp(c + j, "\xE2\x84\xA0", 3) == 0)) {
            j += 3;
            continue;
        }
        if (n - j >= 2 && memcmp(c + j, "\xC2\xAE", 2) == 0) {
            j += 2;
            continue;
        }
        int may = (sym_starts[b >> 3] >> (b & 7)) & 1;
        for (size_t l = 1; may && l <= 4 && j + l <= n; l++) /* ("§§": four bytes) */
            if ((say = symbol(c + j, l, &sl))) {
                best = l;
                best_say = say;
                best_sl = sl;
            }
        if (best) {
            /* "3½": three and a half */
            int fraction = best == 2 && (unsigned char)c[j] == 0xC2 &&
                           ((unsigned char)c[j + 1] == 0xBD || (unsigned char)c[j + 1] == 0xBC ||
                            (unsigned char)c[j + 1] == 0xBE);
            if (fraction && o->len && isdigit((unsigned char)o->s[o->len - 1]))
                sb_puts(o, " and");
            /* "4.00%", "4.50%": a rate's zeros after its point are not said ("four
             * percent", "four point five percent") */
            if (c[j] == '%' && data_lang() == 0 && o->len >= 3 && o->s[o->len - 1] == '0') {
                size_t e = o->len, d = e;
                while (d > 0 && isdigit((unsigned char)o->s[d - 1]))
                    d--;
                if (d >= 2 && o->s[d - 1] == '.' && isdigit((unsigned char)o->s[d - 2])) {
                    while (e > d && o->s[e - 1] == '0')
                        e--;
                    o->len = e == d ? d - 1 : e;
                    o->s[o->len] = '\0';
                }
            }
            if (o->len && o->s[o->len - 1] != ' ' && !(best_say[0] == 'p' && c[j] == '%'))
                sb_putc(o, ' ');
            else if (o->len && c[j] == '%')
                sb_putc(o, ' ');
            /* "by 1 °C": one degree */
            size_t ol = o->len;
            while (ol > 0 && o->s[ol - 1] == ' ')
                ol--;
            if (best_sl > 8 && memcmp(best_say, "degrees ", 8) == 0 && ol >= 1 && o->s[ol - 1] == '1' &&
                (ol == 1 || !(isdigit((unsigned char)o->s[ol - 2]) || o->s[ol - 2] == '.' || o->s[ol - 2] == ','))) {
                sb_puts(o, "degree ");
                sb_putn(o, best_say + 8, best_sl - 8);
            } else {
                sb_putn(o, best_say, best_sl);
            }
            if (j + best < n)
                sb_putc(o, ' ');
            j += best;
            /* "1½–2%", "2½-3%": a range from the fraction (espeak-ng says "minus") */
            size_t dl = j < n && c[j] == '-' ? 1 : n - j >= 3 && memcmp(c + j, "\xE2\x80\x93", 3) == 0 ? 3 : 0;
            if (fraction && dl && j + dl < n && isdigit((unsigned char)c[j + dl])) {
                sb_puts(o, "to ");
                j += dl;
            }
        } else if (c[j] == '/' && j > 0 && j + 1 < n && isalpha((unsigned char)c[j - 1]) &&
                   isalpha((unsigned char)c[j + 1])) {
            /* "vehicles/day", "visits/week": a count per a span of time */
            static const char *const spans[] = {"day", "week", "month", "year", "hour", "night", "minute", "second"};
            int per = 0;
            for (size_t q = 0; q < sizeof spans / sizeof *spans && !per; q++)
                per = n - j - 1 == strlen(spans[q]) && memcmp(c + j + 1, spans[q], n - j - 1) == 0 && j >= 3 &&
                      c[j - 1] == 's' && islower((unsigned char)c[0]);
            sb_puts(o, per ? " per " : " "); /* and/or */
            j++;
        } else {
            sb_putc(o, c[j]);
            j++;
        }
    }
    sb_putn(o, c + n, x->trail);
    return 1;
}

/* ------------------------------------------------------------ other scripts */

/* Letters of scripts espeak-ng's English and French voices spell letter by letter. */
static int foreign_script(int32_t c)
{
    if (c < 0x0370)
        return 0; /* (most characters: Latin) */
    return (c >= 0x0370 && c <= 0x03FF) || (c >= 0x1F00 && c <= 0x1FFF) ? 1 : /* Greek */
           c >= 0x0400 && c <= 0x052F                                 ? 2 : /* Cyrillic */
           c >= 0x0530 && c <= 0x058F                                 ? 3 : /* Armenian */
           c >= 0x0590 && c <= 0x05FF                                 ? 4 : /* Hebrew */
           (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ? 5 : /* Arabic */
           c >= 0x0900 && c <= 0x097F                                 ? 6 : /* Devanagari */
           c >= 0x0E00 && c <= 0x0E7F                                 ? 7 : /* Thai */
           c >= 0x10A0 && c <= 0x10FF                                 ? 8 : /* Georgian */
           (c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF) ? 9 : /* kana, Han */
           c >= 0xAC00 && c <= 0xD7AF                                 ? 10 : 0; /* Hangul */
}

/* Greek mu written for the micro sign ("2.5 μm", "μg/m³"): a unit's prefix, not Greek
 * text, when a Latin letter follows it and no Greek letter stands either side. */
static int micro_mu(const char *text, size_t n, size_t a)
{
    if (a + 2 >= n || (unsigned char)text[a] != 0xCE || (unsigned char)text[a + 1] != 0xBC ||
        !isalpha((unsigned char)text[a + 2]))
        return 0;
    size_t p = a;
    return a == 0 || foreign_script(txt_prev(text, 0, a, &p)) != 1;
}

/* The end of a passage in another script that starts at text[a]: its letters, and
 * spaces, hyphens, apostrophes and commas between them. */
static size_t foreign_run(const char *text, size_t n, size_t a)
{
    size_t e = a, k = a, q0 = a;
    int script = foreign_script(txt_next(text, n, &q0));
    while (k < n) {
        size_t q = k;
        int32_t c = txt_next(text, n, &q);
        /* and the CJK stops and commas ("。", "，") inside or after a Han passage */
        if (foreign_script(c) == script || (c >= 0x0300 && c <= 0x036F) ||
            (script == 9 && ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF65)))) {
            k = e = q;
            continue;
        }
        if (c == ' ' || c == '-' || c == '\'' || c == 0x2019 || c == ',') {
            k = q;
            continue;
        }
        break;
    }
    return e;
}

/* The language of a passage in another script, by its letters (a code of
 * data/en/scripts.txt). */
static const char *script_language(const char *s, size_t n)
{
    int cyr = 0, uk = 0, be = 0, sr = 0, mk = 0, ru = 0, hard = 0, kana = 0, han = 0;
    const char *lang = NULL;
    for (size_t i = 0; i < n;) {
        int32_t c = txt_next(s, n, &i);
        if (c >= 0x0400 && c <= 0x052F) {
            cyr = 1;
            uk |= c == 0x0456 || c == 0x0457 || c == 0x0454 || c == 0x0491 || c == 0x0406 || c == 0x0407 ||
                  c == 0x0404 || c == 0x0490;
            be |= c == 0x045E || c == 0x040E;
            sr |= c == 0x0452 || c == 0x045B || c == 0x045F || c == 0x0459 || c == 0x045A || c == 0x0458;
            mk |= c == 0x0453 || c == 0x045C || c == 0x0455;
            ru |= c == 0x044B || c == 0x044D || c == 0x042B || c == 0x042D;
            hard |= c == 0x044A;
        } else if (!lang && ((c >= 0x0370 && c <= 0x03FF) || (c >= 0x1F00 && c <= 0x1FFF)))
            lang = "el";
        else if (!lang && c >= 0x0600 && c <= 0x077F)
            lang = c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF ? "fa" : "ar";
        else if (!lang && c >= 0x0590 && c <= 0x05FF)
            lang = "he";
        else if (!lang && c >= 0x0900 && c <= 0x097F)
            lang = "hi";
        else if (!lang && c >= 0x0E00 && c <= 0x0E7F)
            lang = "th";
        else if (!lang && c >= 0x0530 && c <= 0x058F)
            lang = "hy";
        else if (!lang && c >= 0x10A0 && c <= 0x10FF)
            lang = "ka";
        else if (!lang && c >= 0xAC00 && c <= 0xD7AF)
            lang = "ko";
        kana |= c >= 0x3040 && c <= 0x30FF;
        han |= c >= 0x4E00 && c <= 0x9FFF;
    }
    if (cyr)
        return uk ? "uk" : be ? "be" : sr ? "sr" : mk ? "mk" : ru ? "ru" : hard ? "bg" : "und-Cyrl";
    if (kana)
        return han ? "ja" : "ja-Hrkt";
    if (han)
        return "zh";
    return lang ? lang : "und-Cyrl";
}

/* The name data/<lang>/scripts.txt gives a code ("uk": "Ukrainian"). */
static const char *script_name(const char *code)
{
    static _Thread_local char name[64];
    size_t l;
    const char *say = lookup("en/scripts.txt", code, strlen(code), &l);
    if (!say || l >= sizeof name)
        return code;
    memcpy(name, say, l);
    name[l] = '\0';
    return name;
}

/* ------------------------------------------------------------ punctuation */

/* The length of the news wire's tag that t starts with (data/en/wires.txt), or 0. */
static size_t wire_tag(const char *t, size_t n)
{
    const data_file *f = data_get("en/wires.txt");
    size_t pos = 0, len;
    const char *line;
    while (f && data_next_line(f, &pos, &line, &len))
        if (len <= n && u8_ncasecmp(t, line, len) == 0)
            return len;
    return 0;
}

/* The digit a superscript figure writes ("¹" 1, "⁴" 4), or -1. */
static int superscript_digit(int32_t c)
{
    if (c == 0xB9)
        return 1;
    if (c == 0xB2 || c == 0xB3)
        return (int)(c - 0xB0);
    return c == 0x2070 || (c >= 0x2074 && c <= 0x2079) ? (int)(c - 0x2070) : -1;
}

/* The word before t[at] (after a space), if it is one of words[0, k): its index + 1,
 * or 0. */
static size_t word_before_among(const char *t, size_t at, const char *const *words, size_t k)
{
    if (at < 2 || t[at - 1] != ' ')
        return 0;
    size_t e = at - 1, b = e;
    while (b > 0 && isalpha((unsigned char)t[b - 1]))
        b--;
    for (size_t q = 0; q < k; q++)
        if (strlen(words[q]) == e - b && u8_ncasecmp(t + b, words[q], e - b) == 0)
            return q + 1;
    return 0;
}

/* Whether the word before t[at] names the paragraph or goes on from one: "paragraph
 * [45]", "paras [3]", "[34] and [41]", "[3] to [5]". */
static int paragraph_named_before(const char *t, size_t at)
{
    static const char *const words[] = {"paragraph", "paragraphs", "para", "paras", "and", "to"};
    return word_before_among(t, at, words, sizeof words / sizeof *words) != 0;
}

/* Whether the word before t[at] (after a space) names what a bracketed number is:
 * "paragraph", "paras", "at", "and" ("paragraphs [34] and [41]", "at [12]"). */
static int paragraph_word_before(const char *t, size_t at)
{
    static const char *const words[] = {"paragraph", "paragraphs", "para", "paras", "at", "and", "to", "see", "in"};
    size_t k = word_before_among(t, at, words, sizeof words / sizeof *words);
    /* ("in" only after "judgment": "judgment in [5]") */
    return k && (strcmp(words[k - 1], "in") != 0 || (at >= 12 && u8_ncasecmp(t + at - 12, "judgment ", 9) == 0));
}

/* The scale word at t[x, n) ("million", "bn", "m"): its length, or 0. */
static size_t scale_at(const char *t, size_t n, size_t x)
{
    size_t e = x;
    while (e < n && isalpha((unsigned char)t[e]))
        e++;
    size_t sl;
    return e > x && (e == n || !isalnum((unsigned char)t[e])) && scale(t + x, e - x, &sl) ? e - x : 0;
}

/* Whether w[0, 3) is a currency's ISO code in capitals ("EUR", "CHF"). */
static int currency_code(const char *w, size_t n)
{
    const char *one, *many;
    size_t onel, manyl;
    return n == 3 && isupper((unsigned char)w[0]) && isupper((unsigned char)w[1]) && isupper((unsigned char)w[2]) &&
           currency_at(w, 3, &one, &onel, &many, &manyl) == 3;
}

/* Whether s[0, n) starts with the word w (and a word ends there). */
static int starts_with_word(const char *s, size_t n, const char *w)
{
    size_t l = strlen(w);
    return n >= l && strncmp(s, w, l) == 0 && (n == l || !isalnum((unsigned char)s[l]));
}

/* Whether a currency's sign or code stands right before t[at] ("€", "$", "£",
 * "EUR ", "PLN "). */
/* Whether the sign right before t[at] (a space between or none) is one whose
 * country groups thousands with stops: "Rp 950.000", "R$1.017,50" (Indonesia's and
 * Brazil's; not "Rs", "RM", "US$", whose stop is a point). */
static int stop_grouped_sign(const char *t, size_t at)
{
    static const char *const signs[] = {"Rp", "R$"};
    size_t sp = at >= 1 && t[at - 1] == ' ';
    for (size_t k = 0; k < sizeof signs / sizeof *signs; k++)
        if (at >= 2 + sp && strncmp(t + at - 2 - sp, signs[k], 2) == 0 &&
            (at == 2 + sp || !isalnum((unsigned char)t[at - 3 - sp])))
            return 1;
    return 0;
}

static int currency_before(const char *t, size_t at)
{
    const unsigned char *u = (const unsigned char *)t;
    if ((at >= 3 && u[at - 3] == 0xE2 && u[at - 2] == 0x82 && u[at - 1] == 0xAC) ||
        (at >= 2 && u[at - 2] == 0xC2 && (u[at - 1] == 0xA3 || u[at - 1] == 0xA5)) || (at >= 1 && t[at - 1] == '$'))
        return 1;
    if (at >= 4 && t[at - 1] == ' ' && currency_code(t + at - 4, 3) && (at == 4 || !isalnum(u[at - 5])))
        return 1;
    return stop_grouped_sign(t, at);
}

/* Whether the comma at t[at] is a decimal one: one or two digits after it, a plain
 * number before it, and a percentage, a scale or a currency around ("34,6%", "R6,8
 * billion", "12,5 per cent"); "1,234" and "items 3,4 and 5" are not. */
static int decimal_comma(const char *t, size_t n, size_t at)
{
    if (at == 0 || !isdigit((unsigned char)t[at - 1]) || at + 1 >= n || !isdigit((unsigned char)t[at + 1]))
        return 0;
    size_t e = at + 1;
    while (e < n && isdigit((unsigned char)t[e]))
        e++;
    if (e - at - 1 > 2 || (e + 1 < n && (t[e] == ',' || t[e] == '.') && isdigit((unsigned char)t[e + 1])))
        return 0;
    size_t b = at;
    while (b > 0 && isdigit((unsigned char)t[b - 1]))
        b--;
    if (b > 0 && (t[b - 1] == ',' || t[b - 1] == '.'))
        return 0;
    size_t x = e < n && t[e] == ' ' ? e + 1 : e;
    if (x < n && t[x] == '%') /* "34,6%", "12,5 %" */
        return 1;
    /* "contributed 0,7 of a percentage point": a nought before the comma groups no
     * thousands */
    if (at - b == 1 && t[b] == '0')
        return 1;
    if (scale_at(t, n, x) || (n - x >= 8 && strncmp(t + x, "per cent", 8) == 0) ||
        (n - x >= 7 && strncmp(t + x, "percent", 7) == 0))
        return 1;
    if (b > 0 && t[b - 1] == 'R' && (b == 1 || !isalnum((unsigned char)t[b - 2])))
        return 1;
    /* "€0,42", "€ 3,20", "EUR 0,99", "3,50 €": an amount of money with two decimals or
     * one */
    const unsigned char *u = (const unsigned char *)t;
    if (currency_before(t, b) || (b >= 2 && t[b - 1] == ' ' && currency_before(t, b - 1)))
        return 1;
    if (e + 4 <= n && t[e] == ' ' && u[e + 1] == 0xE2 && u[e + 2] == 0x82 && u[e + 3] == 0xAC)
        return 1;
    return x < n && (starts_with_word(t + x, n - x, "euros") || starts_with_word(t + x, n - x, "euro") ||
                     (x + 3 <= n && currency_code(t + x, 3) && (x + 3 == n || !isalnum(u[x + 3]))));
}

/* Whether "R" at t[at] is the rand: an amount right after it, then a scale ("R6,8
 * billion", "R450m"); "R2 motorway" is a road. */
static int rand_amount(const char *t, size_t n, size_t at)
{
    if ((at > 0 && isalnum((unsigned char)t[at - 1])) || at + 1 >= n || !isdigit((unsigned char)t[at + 1]))
        return 0;
    size_t e = at + 1;
    while (e < n && (isdigit((unsigned char)t[e]) || ((t[e] == ',' || t[e] == '.') && e + 1 < n && isdigit((unsigned char)t[e + 1]))))
        e++;
    size_t x = e < n && t[e] == ' ' ? e + 1 : e;
    /* ("R30 000 a month", "R1 200 000": thousands set apart by spaces, as South
     * African releases write them) */
    size_t lead = e - at - 1, g = e;
    int spaced = lead >= 1 && lead <= 3 && digits_run(t + at + 1, lead) == lead;
    size_t groups = 0;
    while (spaced && g + 3 < n && t[g] == ' ' && digits_run(t + g + 1, 3) == 3 && (g + 4 >= n || !isdigit((unsigned char)t[g + 4])))
        g += 4, groups++;
    /* (not a road's number before a distance: "the R300 100 km south") */
    if (spaced && groups > 0 && g + 1 < n && t[g] == ' ') {
        size_t ue = g + 1;
        while (ue < n && isalpha((unsigned char)t[ue]))
            ue++;
        const char *ul;
        size_t ull;
        /* (a unit that is also a word, "in", is no sign of one) */
        if (ue > g + 1 && data_field_lines("en/units.txt", t + g + 1, ue - g - 1, 0, &ul, &ull, 1) &&
            !(ull >= 5 && memcmp(ul + ull - 5, "\tword", 5) == 0))
            spaced = 0;
        /* (nor before a unit spelled out or a count of times: "the R21 500 metres past
         * the toll", "the R61 120 times a day") */
        if (ue > g + 3 && ((ue - g - 1 == 5 && strncmp(t + g + 1, "times", 5) == 0) ||
                           data_word_line("en/units.txt", t + g + 1, ue - g - 1, 0, DATA_NOT_FIRST)))
            spaced = 0;
    }
    /* (nor a form's or a route's number: "Form R12 345", "Route R61 120") */
    if (spaced && at >= 2 && t[at - 1] == ' ') {
        static const char *const refs[] = {"Form", "Route", "Road", "Regulation", "Box", "Section", "Code", "No.", "Ref."};
        size_t pb = at - 1;
        while (pb > 0 && t[pb - 1] != ' ')
            pb--;
        for (size_t k = 0; k < sizeof refs / sizeof *refs && spaced; k++)
            spaced = !(at - 1 - pb == strlen(refs[k]) && strncmp(t + pb, refs[k], at - 1 - pb) == 0);
    }
    return scale_at(t, n, x) != 0 || (spaced && groups > 0);
}

/* The end of a power of ten that starts at t[at]: "10", then raised figures ("10⁻⁶",
 * "10²³") or a caret and figures ("10^5", "10^-9"); 0 for none (a footnote's mark
 * after a year, "2010¹", is no power: only 10 itself is the base). */
static size_t power_of_ten(const char *t, size_t n, size_t at)
{
    /* (after a figure and "x": "2.1x10^6") */
    int times = at > 1 && (t[at - 1] == 'x' || t[at - 1] == 'X') && isdigit((unsigned char)t[at - 2]);
    if ((at > 0 && !times && (isalnum((unsigned char)t[at - 1]) || t[at - 1] == '.' || t[at - 1] == ',')) || at + 3 > n ||
        t[at + 1] != '0')
        return 0;
    size_t k = at + 2, digits = 0;
    if (k < n && t[k] == '^') {
        k++;
        if (k < n && (t[k] == '-' || t[k] == '+'))
            k++;
        while (k < n && isdigit((unsigned char)t[k]) && digits < 3)
            k++, digits++;
    } else {
        /* "⁻" U+207B, "⁺" U+207A, then "⁰" U+2070, "¹²³" U+00B9 U+00B2 U+00B3, "⁴"-"⁹" */
        if (k + 2 < n && (unsigned char)t[k] == 0xE2 && (unsigned char)t[k + 1] == 0x81 &&
            ((unsigned char)t[k + 2] == 0xBB || (unsigned char)t[k + 2] == 0xBA))
            k += 3;
        while (digits < 3) {
            if (k + 1 < n && (unsigned char)t[k] == 0xC2 &&
                ((unsigned char)t[k + 1] == 0xB9 || (unsigned char)t[k + 1] == 0xB2 || (unsigned char)t[k + 1] == 0xB3))
                k += 2, digits++;
            else if (k + 2 < n && (unsigned char)t[k] == 0xE2 && (unsigned char)t[k + 1] == 0x81 &&
                     ((unsigned char)t[k + 2] == 0xB0 || ((unsigned char)t[k + 2] >= 0xB4 && (unsigned char)t[k + 2] <= 0xB9)))
                k += 3, digits++;
            else
                break;
        }
    }
    if (!digits || (k < n && (isalnum((unsigned char)t[k]) || t[k] == '^')))
        return 0;
    return k;
}

/* The next word of s[*at, end) as letters and figures (ASCII letters lower-cased;
 * "meter" and "liter" spelled "metre", "litre"), into buf; 0 at the end. */
static size_t said_token(const char *s, size_t *at, size_t end, char *buf, size_t cap)
{
    size_t i = *at, n = 0;
    while (i < end && !(isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80))
        i++;
    while (i < end && (isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80)) {
        if (n + 1 < cap)
            buf[n++] = (char)tolower((unsigned char)s[i]);
        i++;
    }
    buf[n] = 0;
    *at = i;
    char *er = n >= 5 ? strstr(buf, "eter") : NULL;
    if (!er && n >= 5)
        er = strstr(buf, "iter");
    if (er && (er[4] == 0 || (er[4] == 's' && er[5] == 0))) {
        er[2] = 'r';
        er[3] = 'e';
    }
    return n;
}

/* Whether the words of s[from, to) (a bracket just said) are the words said right
 * before it: "parts per billion (parts per billion)". */
static int said_again(const char *s, size_t from, size_t to)
{
    char a[12][32], b[32];
    size_t m = 0, at = from;
    while (m < 12 && said_token(s, &at, to, a[m], sizeof a[m]))
        m++;
    if (!m || m == 12 || said_token(s, &at, to, b, sizeof b))
        return 0;
    /* the m words before `from` */
    size_t start = from, got = 0;
    while (start > 0 && got < m) {
        while (start > 0 && !(isalnum((unsigned char)s[start - 1]) || (unsigned char)s[start - 1] >= 0x80))
            start--;
        if (!start)
            break;
        while (start > 0 && (isalnum((unsigned char)s[start - 1]) || (unsigned char)s[start - 1] >= 0x80))
            start--;
        got++;
    }
    if (got < m)
        return 0;
    at = start;
    for (size_t q = 0; q < m; q++)
        if (!said_token(s, &at, from, b, sizeof b) || strcmp(a[q], b) != 0)
            return 0;
    return 1;
}

/* Typographic marks to ASCII, brackets of stage directions out. */
/* The end of "H.MM" or "HH.MM", a dash, "H.MM" or "HH.MM" at text[at], when a time
 * zone of data/en/zones.txt follows after a space ("11.00–12.00 EET"); else 0. */
static size_t dotted_clock_range(const char *text, size_t n, size_t at)
{
    size_t k = at;
    for (int side = 0; side < 2; side++) {
        size_t d = k;
        while (d < n && isdigit((unsigned char)text[d]) && d - k < 3)
            d++;
        if (d == k || d - k > 2 || d + 3 > n || text[d] != '.' || !isdigit((unsigned char)text[d + 1]) ||
            !isdigit((unsigned char)text[d + 2]) || atoi(text + k) > 24 || (text[d + 1] - '0') > 5)
            return 0;
        k = d + 3;
        if (side == 0) {
            size_t dl = range_dash(text + k, text + n);
            if (!dl)
                return 0;
            k += dl;
        }
    }
    if (k >= n || text[k] != ' ' || isdigit((unsigned char)text[k]))
        return 0;
    size_t z = k + 1, ze = z;
    while (ze < n && isupper((unsigned char)text[ze]))
        ze++;
    const char *line;
    size_t len;
    if (ze - z < 2 || (ze < n && isalnum((unsigned char)text[ze])) ||
        !data_field_lines("en/zones.txt", text + z, ze - z, 0, &line, &len, 1))
        return 0;
    return k;
}

/* Whether the ".0" at text[at] ends a number (one stop in it) that a scale follows:
 * "75.0 million", "2.0bn", "13.0m". */
static int point_zero_scale(const char *text, size_t at)
{
    size_t d = at;
    while (d > 0 && (isdigit((unsigned char)text[d - 1]) || text[d - 1] == ','))
        d--;
    if (d > 0 && (text[d - 1] == '.' || isalpha((unsigned char)text[d - 1])))
        return 0; /* ("1.2.0", "v2.0") */
    const char *r = text + at + 2;
    /* (a letter alone only after a currency: "$75.0m"; "14.0m" may be metres, its
     * tenth a measure's precision) */
    int money = d > 0 && !isalnum((unsigned char)text[d - 1]) && text[d - 1] != ' ' && text[d - 1] != '(';
    static const char *const joined[] = {"bn", "BN", "tn", "mn", "Mn", "m", "M", "b", "B", "k", "K"};
    for (size_t k = 0; k < sizeof joined / sizeof *joined; k++) {
        size_t l = strlen(joined[k]);
        if (strncmp(r, joined[k], l) == 0 && !isalnum((unsigned char)r[l]) && (l > 1 || money))
            return 1;
    }
    static const char *const words[] = {" million", " billion", " trillion", " thousand", " crore", " lakh"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        size_t l = strlen(words[k]);
        if (strncmp(r, words[k], l) == 0 && !isalpha((unsigned char)r[l]))
            return 1;
    }
    return 0;
}

/* Whether a run of stars opens emphasis in text[0, at), at a word's start ("**Plan B**",
 * "*Zone C*"): the stars at `at` close it, and are no grade's. */
static int stars_opened(const char *text, size_t at)
{
    for (size_t q = 0; q + 1 < at; q++) {
        if (text[q] != '*' || (q > 0 && !isspace((unsigned char)text[q - 1]) && text[q - 1] != '('))
            continue;
        size_t r = q;
        while (r < at && text[r] == '*')
            r++;
        if (r < at && !isspace((unsigned char)text[r]))
            return 1;
        q = r;
    }
    return 0;
}

/* A latitude or a longitude read at text[at]: its degrees' figure, and its minutes'
 * and seconds' when written ("01°12.4′N", "51°30'26\"N"). */
typedef struct coord {
    size_t a, fe;   /* the degrees' figure */
    size_t ma, me;  /* the minutes' figure (ma == me: none) */
    size_t sa, se;  /* the seconds' */
    char h;         /* the hemisphere's letter */
} coord;

/* The length of a minute's mark at text[x] (a prime, an apostrophe or a right single
 * quotation mark), or of a second's (a double prime, a straight double quote, two
 * apostrophes) when `second`; 0 for none. */
static size_t arc_mark(const char *text, size_t x, size_t n, int second)
{
    if (x + 2 < n && (unsigned char)text[x] == 0xE2 && (unsigned char)text[x + 1] == 0x80 &&
        (unsigned char)text[x + 2] == (second ? 0xB3 : 0xB2))
        return 3;
    if (!second && x + 2 < n && memcmp(text + x, "\xE2\x80\x99", 3) == 0)
        return 3;
    if (second && x + 1 < n && text[x] == '\'' && text[x + 1] == '\'')
        return 2;
    if (x < n && text[x] == (second ? '"' : '\''))
        return 1;
    return 0;
}

/* Digits at text[x], a decimal part after; where they end. */
static size_t figure_end(const char *text, size_t x, size_t n, size_t max)
{
    size_t a = x;
    while (x < n && isdigit((unsigned char)text[x]) && x - a < max)
        x++;
    if (x > a && x + 1 < n && text[x] == '.' && isdigit((unsigned char)text[x + 1])) {
        x++;
        while (x < n && isdigit((unsigned char)text[x]))
            x++;
    }
    return x;
}

/* A latitude's or a longitude's figure at text[at]: digits, a decimal part, a degree's
 * sign or not (then perhaps minutes and seconds with their marks), a space or not,
 * then one of the hemisphere letters `hs` alone; where it ends (0 for none), its parts
 * in *c; *deg is set when the degree's sign is written. */
static size_t coordinate_at(const char *text, size_t at, size_t n, const char *hs, coord *c, int *deg)
{
    memset(c, 0, sizeof *c);
    c->a = at;
    size_t x = figure_end(text, at, n, 3);
    if (x == at || x >= n)
        return 0;
    c->fe = x;
    if (x + 1 < n && (unsigned char)text[x] == 0xC2 && ((unsigned char)text[x + 1] == 0xB0 || (unsigned char)text[x + 1] == 0xBA)) {
        x += 2;
        *deg = 1;
        /* "12°34′", "01° 12.4'", "51°30′26″": minutes, then seconds, each with its mark */
        size_t y = x < n && text[x] == ' ' ? x + 1 : x, me = figure_end(text, y, n, 2), mk;
        if (me > y && me - y <= 6 && (mk = arc_mark(text, me, n, 0)) != 0) {
            c->ma = y;
            c->me = me;
            x = me + mk;
            size_t z = x < n && text[x] == ' ' ? x + 1 : x, se = figure_end(text, z, n, 2), sk;
            if (se > z && se - z <= 6 && (sk = arc_mark(text, se, n, 1)) != 0) {
                c->sa = z;
                c->se = se;
                x = se + sk;
            }
        }
    }
    if (x < n && text[x] == ' ')
        x++;
    if (x >= n || !strchr(hs, text[x]) || !text[x] || (x + 1 < n && isalnum((unsigned char)text[x + 1])))
        return 0;
    c->h = text[x];
    return x + 1;
}

/* Says a coordinate: "1 degree 12.4 minutes north" ("01" as its value: espeak-ng says
 * "zero one"); "degrees" only when the sign is written. */
static void say_coordinate(sb *out, const char *text, const coord *c, int deg)
{
    size_t a = c->a;
    while (a + 1 < c->fe && text[a] == '0' && isdigit((unsigned char)text[a + 1]))
        a++;
    sb_putn(out, text + a, c->fe - a);
    if (deg)
        sb_puts(out, c->fe - a == 1 && text[a] == '1' ? " degree" : " degrees");
    const size_t parts[2][2] = {{c->ma, c->me}, {c->sa, c->se}};
    for (int k = 0; k < 2; k++) {
        size_t pa = parts[k][0], pe = parts[k][1];
        if (pa == pe)
            continue;
        while (pa + 1 < pe && text[pa] == '0' && isdigit((unsigned char)text[pa + 1]))
            pa++;
        int one = pe - pa == 1 && text[pa] == '1';
        sb_putc(out, ' ');
        sb_putn(out, text + pa, pe - pa);
        sb_puts(out, k == 0 ? (one ? " minute" : " minutes") : (one ? " second" : " seconds"));
    }
    sb_puts(out, c->h == 'N' ? " north" : c->h == 'S' ? " south" : c->h == 'E' ? " east" : " west");
}

/* Whether text[0, n) speaks of results: a percentage, an amount, or a word of
 * reporting ("revenue", "growth", "margin", "guidance"), where "1H" is a half-year. */
static int results_sentence(const char *text, size_t n)
{
    static const char *const words[] = {"revenue", "sales", "growth", "margin", "earnings", "profit", "guidance",
                                        "results", "ebitda", "eps", "orders", "demand", "outlook", "fiscal",
                                        "quarter", "bookings", "volume", "income", "dividend", "cash flow",
                                        "turnover", "expect", "forecast", "trading"};
    for (size_t k = 0; k < n; k++) {
        if (text[k] == '%' || text[k] == '$' ||
            (k + 2 < n && memcmp(text + k, "\xE2\x82\xAC", 3) == 0) /* € */ ||
            ((unsigned char)text[k] == 0xC2 && k + 1 < n && (unsigned char)text[k + 1] == 0xA3) /* £ */)
            return 1;
        if (k > 0 && isalpha((unsigned char)text[k - 1]))
            continue;
        /* (whole words, or their plurals: not "salesman") */
        for (size_t q = 0; q < sizeof words / sizeof *words; q++) {
            size_t l = strlen(words[q]);
            if (k + l <= n && u8_ncasecmp(text + k, words[q], l) == 0) {
                size_t e = k + l;
                while (e < n && isalpha((unsigned char)text[e]))
                    e++;
                static const char *const ends[] = {"", "s", "es", "ed", "d", "ing", "ity", "ability", "able"};
                for (size_t z = 0; z < sizeof ends / sizeof *ends; z++)
                    if (e - k - l == strlen(ends[z]) && strncmp(text + k + l, ends[z], e - k - l) == 0)
                        return 1;
            }
        }
    }
    return 0;
}

/* Whether an en dash joins two ends of a clock's range, written without spaces: the
 * word before it (out[.., len)) a time with "am"/"pm" or "noon", "midday",
 * "midnight", and the word after it (text[i, n)) one of those or a time with
 * "am"/"pm" ("6pm–midnight", "noon–2pm"). */
static int clock_dash(const char *out, size_t len, const char *text, size_t i, size_t n)
{
    size_t pb = len;
    while (pb > 0 && isalnum((unsigned char)out[pb - 1]))
        pb--;
    size_t ne = i;
    while (ne < n && isalnum((unsigned char)text[ne]))
        ne++;
    static const char *const words[] = {"noon", "midday", "midnight"};
    int before = 0, after = 0;
    for (size_t k = 0; k < 3; k++) {
        before |= len - pb == strlen(words[k]) && u8_ncasecmp(out + pb, words[k], len - pb) == 0;
        after |= ne - i == strlen(words[k]) && u8_ncasecmp(text + i, words[k], ne - i) == 0;
    }
    before |= len - pb >= 3 && isdigit((unsigned char)out[pb]) &&
              (u8_ncasecmp(out + len - 2, "am", 2) == 0 || u8_ncasecmp(out + len - 2, "pm", 2) == 0);
    after |= ne - i >= 3 && isdigit((unsigned char)text[i]) &&
             (u8_ncasecmp(text + ne - 2, "am", 2) == 0 || u8_ncasecmp(text + ne - 2, "pm", 2) == 0);
    return before && after && !(isdigit((unsigned char)out[pb]) && isdigit((unsigned char)text[i]));
}

static char *prepare(const char *text, st_kind kind)
{
    sb out = {0};
    size_t n = strlen(text), i = 0;
    int stop = 0, results = -1; /* (results_sentence, once asked) */
    if (kind == ST_STAGE && n >= 2 && (text[0] == '(' || text[0] == '[')) {
        size_t e = n;
        if (text[e - 1] == '.') {
            e--;
            stop = 1;
        }
        if (e >= 2 && (text[e - 1] == ')' || text[e - 1] == ']')) {
            text++;
            n = e - 2;
        }
    }
    /* a bench's signature: ".......................J." is "Justice", "…CJ." "Chief
     * Justice" */
    if (data_lang() == 0 && n >= 7 && text[0] == '.' && text[4] == '.') {
        size_t d = 0;
        while (d < n && text[d] == '.')
            d++;
        if (d >= 5 && d + 2 <= n && text[d] == 'J' && text[d + 1] == '.') {
            sb_puts(&out, "Justice");
            i = d + 2;
        } else if (d >= 5 && d + 3 <= n && text[d] == 'C' && text[d + 1] == 'J' && text[d + 2] == '.') {
            sb_puts(&out, "Chief Justice");
            i = d + 3;
        }
    }
    /* next ')' and ']' at or after the scan, found once and reused: O(n) in all */
    const char *next_close[2] = {NULL, NULL};
    int have[2] = {0, 0};
    while (i < n) {
        size_t at = i;
        /* "(37.50 N, 137.27 E)", "27.4N 90.1W", "28.84° N, 82.19° E": a place's
         * latitude and longitude, as weather services and seismologists give them,
         * "37.50 north, 137.27 east" ("degrees" when the sign is written; not naira
         * or watts, which the letters alone would be read as) */
        /* (not inside a decimal's figures; after an ellipsis, "LOCATION...16.4N 58.7W",
         * as hurricane advisories set their fields) */
        if (data_lang() == 0 && isdigit((unsigned char)text[at]) && (at == 0 || !isalnum((unsigned char)text[at - 1])) &&
            (at == 0 || text[at - 1] != '.' || (at >= 3 && text[at - 2] == '.' && text[at - 3] == '.'))) {
            coord c1, c2;
            int deg = 0;
            size_t x = coordinate_at(text, at, n, "NS", &c1, &deg);
            if (x) {
                size_t y = x;
                if (y < n && text[y] == ',')
                    y++;
                while (y < n && text[y] == ' ')
                    y++;
                int deg2 = 0;
                size_t z = y < n && isdigit((unsigned char)text[y]) ? coordinate_at(text, y, n, "EW", &c2, &deg2) : 0;
                deg |= deg2;
                if (z) {
                    say_coordinate(&out, text, &c1, deg);
                    sb_puts(&out, ", ");
                    say_coordinate(&out, text, &c2, deg);
                    i = z;
                    continue;
                }
            }
            /* (one alone when its minutes are written: "the eye was near 12°34′N") */
            if (!x)
                x = coordinate_at(text, at, n, "NSEW", &c1, &deg);
            else
                deg = c1.fe < n && (unsigned char)text[c1.fe] == 0xC2;
            if (x && c1.ma != c1.me) {
                say_coordinate(&out, text, &c1, deg);
                i = x;
                continue;
            }
        }
        /* "magnitude 5.8 ML", "an aftershock of 4.9 mb", "6.1 Mw": a quake's magnitude
         * on a scale its letters name, spelled (not megalitres or millibars), when the
         * words around it speak of a quake */
        if (data_lang() == 0 && isdigit((unsigned char)text[at]) && (at == 0 || !isalnum((unsigned char)text[at - 1]))) {
            size_t x = at;
            while (x < n && isdigit((unsigned char)text[x]) && x - at < 2)
                x++;
            if (x + 1 < n && text[x] == '.' && isdigit((unsigned char)text[x + 1])) {
                size_t fe = x + 2;
                while (fe < n && isdigit((unsigned char)text[fe]))
                    fe++;
                size_t u = fe < n && text[fe] == ' ' ? fe + 1 : fe;
                static const char *const scales[] = {"ML", "Ml", "Mw", "MW", "mb", "Mb", "Ms", "MS", "Md", "Mj", "Mwp"};
                const char *sc = NULL;
                for (size_t k = 0; k < sizeof scales / sizeof *scales && !sc; k++) {
                    size_t l = strlen(scales[k]);
                    if (u + l <= n && memcmp(text + u, scales[k], l) == 0 && (u + l == n || !isalnum((unsigned char)text[u + l])))
                        sc = scales[k];
                }
                int quake = 0;
                static const char *const cues[] = {"magnitude", "quake", "aftershock", "tremor", "seismic"};
                /* (close by: "magnitude 5.8 ML", "an aftershock of 4.9 mb", "a 6.1 Mw
                 * quake"; not "released 5.8 ML of water after an earthquake") */
                size_t lo = at > 24 ? at - 24 : 0, hi = u + 14 < n ? u + 14 : n;
                for (size_t q = lo; sc && !quake && q < hi; q++)
                    for (size_t k = 0; k < sizeof cues / sizeof *cues && !quake; k++) {
                        size_t l = strlen(cues[k]);
                        quake = q + l <= n && u8_ncasecmp(text + q, cues[k], l) == 0;
                    }
                if (sc && quake) {
                    sb_putn(&out, text + at, fe - at);
                    for (const char *c = sc; *c; c++)
                        sb_printf(&out, " %c", toupper((unsigned char)*c));
                    i = u + strlen(sc);
                    continue;
                }
            }
        }
        /* "HE Mr Tomas Lindgren", "HE President William Ruto": His (or Her) Excellency,
         * as diplomatic lists write it without stops, before a name's word in mixed
         * case (not the pronoun of a line in capitals, "HE SAID"); "HH Sheikh Hamdan",
         * "HRH the Crown Prince", "HRH Princess Anne" (the Gulf's agencies and
         * palaces): His or Her Highness, Royal Highness, before a title only (not "HH
         * Gregg", "the HE Bill") */
        int styled = 0;
        if (data_lang() == 0 && text[at] == 'H' && (at == 0 || !isalnum((unsigned char)text[at - 1]))) {
            static const char *const styles[][2] = {{"HE ", "Excellency "},       {"HH ", "Highness "},
                                                    {"HRH ", "Royal Highness "},  {"HM ", "Majesty "},
                                                    {"H.M. ", "Majesty "},        {"H.R.H. ", "Royal Highness "},
                                                    {"H.E. ", "Excellency "},     {"H.H. ", "Highness "}};
            static const char *const hers[] = {"Mrs ", "Mrs. ", "Ms ", "Ms. ", "Madam ", "Dame ", "Queen ", "Princess ",
                                               "Sheikha ", "Duchess ", "Countess ", "Lady ", "Crown Princess "};
            static const char *const his[] = {"Mr ", "Mr. ", "Dr ", "Dr. ", "Sir ", "Sheikh ", "Prof. ", "Professor ",
                                              "President ", "Prime ", "Ambassador ", "Minister ", "King ",
                                              "Prince ", "General ", "Archbishop ", "Cardinal ", "Bishop ",
                                              "Emir ", "Amir ", "Sultan ", "Crown Prince ", "Duke ", "Earl "};
            for (size_t st = 0; st < sizeof styles / sizeof *styles; st++) {
                size_t sl = strlen(styles[st][0]), x = at + sl;
                if (x + 1 >= n || strncmp(text + at, styles[st][0], sl) != 0)
                    continue;
                /* ("HRH the Duchess of Edinburgh": the title past its article) */
                /* (HE only where a line, a sentence or a dateline's dash leaves it: "Across
                 * FE and HE the Minister …" is higher education) */
                size_t bk = at;
                while (bk > 0 && text[bk - 1] == ' ')
                    bk--;
                int opens = bk == 0 || strchr("\n.:-", text[bk - 1]) || (bk >= 3 && (unsigned char)text[bk - 3] == 0xE2);
                if ((st > 0 || opens) && x + 5 < n && (strncmp(text + x, "the ", 4) == 0 || strncmp(text + x, "The ", 4) == 0) &&
                    isupper((unsigned char)text[x + 4])) {
                    x += 4;
                    /* (and a country's letters: "HE the US President") */
                    size_t cl = 0;
                    while (x + cl < n && isupper((unsigned char)text[x + cl]))
                        cl++;
                    if (cl >= 2 && cl <= 4 && x + cl + 1 < n && text[x + cl] == ' ' && isupper((unsigned char)text[x + cl + 1]))
                        x += cl + 1;
                }
                if (!isupper((unsigned char)text[x]) || !islower((unsigned char)text[x + 1]))
                    break;
                int her = 0, titled = 0;
                for (size_t k = 0; k < sizeof hers / sizeof *hers && !her; k++)
                    her = strncmp(text + x, hers[k], strlen(hers[k])) == 0;
                for (size_t k = 0; k < sizeof his / sizeof *his && !titled; k++)
                    titled = strncmp(text + x, his[k], strlen(his[k])) == 0;
                /* (a majesty's only before a sovereign's title: "HM Ambassador" is His
                 * Majesty's, "HM Treasury" and "HM Prison" the Crown's) */
                if (styles[st][1][0] == 'M') {
                    static const char *const sovereigns[] = {"King ", "Queen ", "Emperor ", "Empress ", "Sultan ",
                                                             "Emir ", "Amir "};
                    int sovereign = 0;
                    for (size_t k = 0; k < sizeof sovereigns / sizeof *sovereigns && !sovereign; k++)
                        sovereign = strncmp(text + x, sovereigns[k], strlen(sovereigns[k])) == 0;
                    her = her && sovereign;
                    titled = titled && sovereign;
                }
                if (her || titled) {
                    sb_printf(&out, "%s %s", her ? "Her" : "His", styles[st][1]);
                    i = at + sl;
                    styled = 1;
                }
                break;
            }
        }
        if (styled)
            continue;
        /* "(SGD) ARIEL F NEPOMUCENO", "(Sgd.) Ariel F. Nepomuceno": a signature's
         * mark, as Philippine and South Asian offices print a copy, before the name
         * (not the Singapore dollar: a name follows, no figure) */
        if (text[at] == '(' && data_lang() == 0) {
            static const char *const sgd[] = {"(SGD) ", "(Sgd.) ", "(Sgd) ", "(sgd.) ", "(sgd) ", "(SGD.) "};
            for (size_t k = 0; k < sizeof sgd / sizeof *sgd; k++) {
                size_t l = strlen(sgd[k]);
                if (at + l < n && strncmp(text + at, sgd[k], l) == 0 && isupper((unsigned char)text[at + l])) {
                    sb_puts(&out, "Signed ");
                    i = at + l;
                    break;
                }
            }
            if (i != at)
                continue;
        }
        /* "fell 3%pts", "up 2% pts": percentage points written after the sign */
    if (data_lang() == 0 && text[at] == '%' && at > 0 && isdigit((unsigned char)text[at - 1])) {
        size_t e = at + 1 + (at + 1 < n && (text[at + 1] == ' ' || text[at + 1] == '-'));
        if (e + 3 <= n && strncmp(text + e, "pts", 3) == 0 && (e + 3 == n || !isalnum((unsigned char)text[e + 3]))) {
            sb_puts(&out, " percentage points");
            i = e + 3;
            continue;
        }
    }
    /* "a 501(c)(3) nonprofit", "her 401(k)": a tax code's section, said as Americans
         * say it, "five oh one C three", "four oh one K" */
        if (data_lang() == 0 && at + 6 <= n && isdigit((unsigned char)text[at]) && text[at + 1] == '0' &&
            isdigit((unsigned char)text[at + 2]) && text[at + 3] == '(' && isalpha((unsigned char)text[at + 4]) &&
            text[at + 5] == ')' && (at == 0 || !isalnum((unsigned char)text[at - 1]))) {
            size_t e = at + 6;
            if (e + 2 < n && text[e] == '(' && isdigit((unsigned char)text[e + 1])) {
                size_t d = e + 1;
                while (d < n && isdigit((unsigned char)text[d]))
                    d++;
                if (d < n && text[d] == ')' && d - e - 1 <= 2)
                    e = d + 1;
            }
            if (e >= n || !isalnum((unsigned char)text[e])) {
                sb_printf(&out, "%c oh %c %c", text[at], text[at + 2], toupper((unsigned char)text[at + 4]));
                if (e > at + 6) {
                    sb_putc(&out, ' ');
                    sb_putn(&out, text + at + 7, e - at - 8);
                }
                i = e;
                continue;
            }
        }
        /* "11.00–12.00 EET", "9.00-10.30 CET": a range of clock times written with
         * stops, as the Nordic exchanges' releases write them, before a time zone:
         * the clock's colons ("11:00–12:00 EET", which the times' rules read) */
        if (data_lang() == 0 && isdigit((unsigned char)text[at]) && (at == 0 || !isalnum((unsigned char)text[at - 1]))) {
            size_t e = dotted_clock_range(text, n, at);
            if (e) {
                for (size_t k = at; k < e; k++)
                    sb_putc(&out, text[k] == '.' ? ':' : text[k]);
                i = e;
                continue;
            }
        }
        /* "(OTCQB:LUMH)", "(NASDAQ:ABCD)": an exchange and its ticker with no space
         * after the colon, parted so the ticker is spelled as "(NYSE: ABC)" is */
        if (text[at] == ':' && at >= 2 && at + 2 < n && isupper((unsigned char)text[at - 1]) &&
            isupper((unsigned char)text[at - 2]) && isupper((unsigned char)text[at + 1]) &&
            (isupper((unsigned char)text[at + 2]) || text[at + 2] == ')') && data_lang() == 0) {
            sb_puts(&out, ": ");
            i = at + 1;
            continue;
        }
        /* "$75.0 million", "€2.0bn": a tenth that is nought before a scale is not said
         * ("75 million", as a reader says it; not "seventy-five point zero") */
        if (text[at] == '.' && at > 0 && at + 2 < n && text[at + 1] == '0' && isdigit((unsigned char)text[at - 1]) &&
            !isdigit((unsigned char)text[at + 2]) && data_lang() == 0 && point_zero_scale(text, at)) {
            i = at + 2;
            continue;
        }
        /* "≤155 L/person/day", "≥£2.50", "≈$108,000": a comparison's sign joined to its
         * figure, parted from it so the figure's unit or currency is said ("at most 155
         * litres per person per day") */
        if (data_lang() == 0 && at + 3 < n && (unsigned char)text[at] == 0xE2 &&
            (((unsigned char)text[at + 1] == 0x89 &&
              ((unsigned char)text[at + 2] == 0xA4 || (unsigned char)text[at + 2] == 0xA5 ||
               (unsigned char)text[at + 2] == 0x88))) &&
            (at == 0 || text[at - 1] == ' ' || text[at - 1] == '(') &&
            (isdigit((unsigned char)text[at + 3]) || text[at + 3] == '$' ||
             (at + 4 < n && (unsigned char)text[at + 3] == 0xC2 && (unsigned char)text[at + 4] == 0xA3) ||
             (at + 5 < n && (unsigned char)text[at + 3] == 0xE2 && (unsigned char)text[at + 4] == 0x82))) {
            sb_putn(&out, text + at, 3);
            sb_putc(&out, ' ');
            i = at + 3;
            continue;
        }
        /* ("<50 mg/L", ">10 km/h", ">$100K", "<£5": the same, in ASCII) */
        if (data_lang() == 0 && (text[at] == '<' || text[at] == '>') &&
            (at == 0 || text[at - 1] == ' ' || text[at - 1] == '(')) {
            const unsigned char *u = (const unsigned char *)text + at + 1;
            size_t left = n - at - 1;
            size_t cur = left > 1 && u[0] == '$'                                  ? 1
                         : left > 2 && u[0] == 0xC2 && u[1] == 0xA3               ? 2
                         : left > 3 && u[0] == 0xE2 && u[1] == 0x82 && u[2] == 0xAC ? 3
                                                                                  : 0;
            if (cur < left && isdigit(u[cur])) {
                sb_putc(&out, text[at]);
                sb_putc(&out, ' ');
                i = at + 1;
                continue;
            }
        }
        /* "EUR 12.500", "€1.234,56", "PLN 1 200": an amount grouped the European way after
         * a currency, its stops or spaces between thousands and a decimal comma, said as
         * "12500", "1234.56", "1200" */
        if (data_lang() == 0 && isdigit((unsigned char)text[at]) &&
            (at == 0 || !isalnum((unsigned char)text[at - 1]) || stop_grouped_sign(text, at)) && currency_before(text, at)) {
            size_t e = at, lead = 0;
            while (e < n && isdigit((unsigned char)text[e]) && lead < 4)
                e++, lead++;
            size_t groups = 0;
            char sep = 0;
            while (lead >= 1 && lead <= 3 && e + 3 < n && (text[e] == '.' || text[e] == ' ') && (!sep || text[e] == sep) &&
                   isdigit((unsigned char)text[e + 1]) && isdigit((unsigned char)text[e + 2]) && isdigit((unsigned char)text[e + 3]) &&
                   (e + 4 >= n || !isdigit((unsigned char)text[e + 4]))) {
                sep = text[e];
                e += 4;
                groups++;
            }
            int cents = groups && e + 2 < n && text[e] == ',' && isdigit((unsigned char)text[e + 1]) &&
                        isdigit((unsigned char)text[e + 2]) && (e + 3 >= n || !isdigit((unsigned char)text[e + 3]));
            /* ("1.5", "1 200 people" after no currency, and "12.50" are not this; nor
             * "$3.499/gal" or "£1.250", whose stop is a point) */
            int point_money = at > 0 && !stop_grouped_sign(text, at) && (text[at - 1] == '$' || (at >= 2 && (unsigned char)text[at - 2] == 0xC2 &&
                                                                (unsigned char)text[at - 1] == 0xA3) ||
                                         (at >= 4 && (strncmp(text + at - 4, "USD ", 4) == 0 || strncmp(text + at - 4, "GBP ", 4) == 0)));
            /* ("SAR 1.285 trillion", "EUR 2.500 billion": before a scale the stop is a
             * point) */
            /* (not Indonesia's, whose stops group thousands: "IDR 12.500 billion") */
            if (sep == '.' && groups == 1 && e < n && text[e] == ' ' && !stop_grouped_sign(text, at) &&
                !(at >= 4 && strncmp(text + at - 4, "IDR ", 4) == 0)) {
                static const char *const scales[] = {"million", "billion", "trillion", "thousand", "bn", "mn", "tn"};
                for (size_t q = 0; q < sizeof scales / sizeof *scales; q++) {
                    size_t l = strlen(scales[q]);
                    if (e + 1 + l <= n && strncmp(text + e + 1, scales[q], l) == 0 &&
                        (e + 1 + l == n || !isalpha((unsigned char)text[e + 1 + l])))
                        point_money = 1;
                }
            }
            if (groups && (sep == ' ' || (sep == '.' && !point_money)) && (e >= n || !isdigit((unsigned char)text[e]))) {
                for (size_t q = at; q < e; q++)
                    if (isdigit((unsigned char)text[q]))
                        sb_putc(&out, text[q]);
                if (cents) {
                    sb_putc(&out, '.');
                    sb_putn(&out, text + e + 1, 2);
                    e += 3;
                }
                i = e;
                continue;
            }
        }
        /* "CHF 1'000", "12'500'000": Switzerland groups thousands with an apostrophe
         * (straight or ’), said as the number (a comma here, for the rules after) */
        if (data_lang() == 0 && at > 0 && isdigit((unsigned char)text[at - 1]) && (text[at] == '\'' || (at + 3 <= n && memcmp(text + at, "\xE2\x80\x99", 3) == 0))) {
            size_t ml = text[at] == '\'' ? 1 : 3, q = at;
            while (q > 0 && isdigit((unsigned char)text[q - 1]))
                q--;
            size_t d = at + ml;
            if (at - q <= 3 && (q == 0 || !isalpha((unsigned char)text[q - 1])) && d + 3 <= n &&
                isdigit((unsigned char)text[d]) && isdigit((unsigned char)text[d + 1]) && isdigit((unsigned char)text[d + 2]) &&
                (d + 3 == n || !isalnum((unsigned char)text[d + 3]))) {
                sb_putc(&out, ',');
                i = d;
                continue;
            }
        }
        /* "2⁄3": the fraction slash is a fraction's */
        if (at + 3 <= n && memcmp(text + at, "\xE2\x81\x84", 3) == 0 && at > 0 && isdigit((unsigned char)text[at - 1]) &&
            at + 3 < n && isdigit((unsigned char)text[at + 3])) {
            sb_putc(&out, '/');
            i = at + 3;
            continue;
        }
        /* "34,6%", "R6,8 billion": a decimal comma in an English text (South Africa,
         * Europe) is a point; "R" before an amount with a scale is the rand */
        if (data_lang() == 0 && text[at] == ',' && decimal_comma(text, n, at)) {
            sb_putc(&out, '.');
            i = at + 1;
            continue;
        }
        /* "1,200 millones", "$41,200": where "$" is the peso (Mexico), a comma groups
         * thousands; espeak-ng's Spanish would read "uno coma doscientos" */
        if (peso_sign && text[at] == ',' && at > 0 && isdigit((unsigned char)text[at - 1]) &&
            at + 3 < n && isdigit((unsigned char)text[at + 1]) && isdigit((unsigned char)text[at + 2]) &&
            isdigit((unsigned char)text[at + 3]) && (at + 4 >= n || !isdigit((unsigned char)text[at + 4]))) {
            size_t q = at;
            while (q > 0 && isdigit((unsigned char)text[q - 1]))
                q--;
            if (at - q <= 3 && !(q > 0 && (text[q - 1] == '.' || text[q - 1] == ','))) {
                i = at + 1;
                continue;
            }
            /* (or a later group: "1,234,567") */
            if (at - q == 3 && q > 0 && text[q - 1] == ',') {
                i = at + 1;
                continue;
            }
        }
        /* "a 19th-c. loom", "18th-c": a century after its ordinal */
        if (data_lang() == 0 && (text[at] == 'c' || text[at] == 'C') && at >= 4 &&
            (text[at - 1] == '-' || (text[at - 1] == ' ' && at + 1 < n && text[at + 1] == '.' &&
                                     !(at + 3 < n && text[at + 2] == ' ' && isdigit((unsigned char)text[at + 3])))) &&
            isalpha((unsigned char)text[at - 2]) && isalpha((unsigned char)text[at - 3]) && isdigit((unsigned char)text[at - 4]) &&
            (at + 1 == n || !isalnum((unsigned char)text[at + 1]))) {
            static const char *const ords[] = {"st", "nd", "rd", "th"};
            int ord = 0;
            for (size_t k = 0; k < 4 && !ord; k++)
                ord = u8_ncasecmp(text + at - 3, ords[k], 2) == 0;
            if (ord) {
                sb_puts(&out, "century");
                i = at + 1;
                if (i < n && text[i] == '.' && i + 1 < n)
                    i++; /* (the short form's stop; a sentence's last is kept) */
                continue;
            }
        }
        /* "grew 12% cc", "up 4% in cc": growth at constant currency, as results say it */
        /* (and "4%cc", "5% at cc", "5% CC", "12% (cc)") */
        if (data_lang() == 0 && (text[at] == 'c' || text[at] == 'C') && at + 1 < n && text[at + 1] == text[at] && at >= 1 &&
            (at + 2 == n || !isalnum((unsigned char)text[at + 2]))) {
            size_t pb = at;
            if (text[pb - 1] == '(' && at + 2 < n && text[at + 2] == ')')
                pb--;
            int after_pc = text[pb - 1] == '%' ||
                           (pb >= 2 && text[pb - 1] == ' ' &&
                            (text[pb - 2] == '%' || (pb >= 5 && (strncmp(text + pb - 4, " in ", 4) == 0 ||
                                                                 strncmp(text + pb - 4, " at ", 4) == 0) &&
                                                      text[pb - 5] == '%')));
            if (after_pc) {
                if (text[at - 1] == '%')
                    sb_putc(&out, ' ');
                sb_puts(&out, "constant currency");
                i = at + 2;
                continue;
            }
        }
        /* "a cost:income ratio", "debt:equity ratios": two words a colon apart before
         * "ratio", said "cost to income" */
        /* (or an acronym after the colon: "net debt:EBITDA ratio") */
        if (data_lang() == 0 && text[at] == ':' && at > 1 && at + 2 < n && islower((unsigned char)text[at - 1]) &&
            isalpha((unsigned char)text[at + 1]) && isalpha((unsigned char)text[at + 2])) {
            size_t e = at + 1;
            while (e < n && isalpha((unsigned char)text[e]))
                e++;
            if (e + 6 <= n && text[e] == ' ' && u8_ncasecmp(text + e + 1, "ratio", 5) == 0 &&
                (e + 6 == n || !isalpha((unsigned char)text[e + 6]) || text[e + 6] == 's')) {
                sb_puts(&out, " to ");
                i = at + 1;
                continue;
            }
        }
        /* "CAD $260", "MXN $3,250", "CAD$260": a currency's code before a dollar sign
         * that only marks the amount; the code says which (Canadian dollars, Mexican
         * pesos); joined, a space for the sign */
        if (data_lang() == 0 && text[at] == '$' && at >= 3 && at + 1 < n && isdigit((unsigned char)text[at + 1])) {
            size_t ce = text[at - 1] == ' ' ? at - 1 : at; /* (where the code ends) */
            const char *cl;
            size_t cll;
            if (ce >= 3 && isupper((unsigned char)text[ce - 3]) && isupper((unsigned char)text[ce - 2]) &&
                isupper((unsigned char)text[ce - 1]) && (ce == 3 || !isalnum((unsigned char)text[ce - 4])) &&
                data_field_lines("en/currencies.txt", text + ce - 3, 3, 0, &cl, &cll, 1)) {
                if (ce == at)
                    sb_putc(&out, ' ');
                i = at + 1;
                continue;
            }
        }
        if (data_lang() == 0 && text[at] == 'R' && rand_amount(text, n, at)) {
            sb_puts(&out, "ZAR ");
            i = at + 1;
            /* (its thousands set apart by spaces joined: "R30 000" is "ZAR 30000") */
            size_t e = i;
            while (e < n && isdigit((unsigned char)text[e]))
                e++;
            if (e - i <= 3 && e + 3 < n && text[e] == ' ' && digits_run(text + e + 1, 3) == 3 &&
                (e + 4 >= n || !isdigit((unsigned char)text[e + 4]))) {
                sb_putn(&out, text + i, e - i);
                while (e + 3 < n && text[e] == ' ' && digits_run(text + e + 1, 3) == 3 &&
                       (e + 4 >= n || !isdigit((unsigned char)text[e + 4]))) {
                    sb_putn(&out, text + e + 1, 3);
                    e += 4;
                }
                /* ("R4 500-R9 000 a month": a range's second amount, the code said once,
                 * "ZAR 4500-9000") */
                /* (and with spaces round the dash, "R4 500 - R9 000", or an en dash) */
                size_t r = e + 1, dl = 0;
                if (e + 2 < n && text[e] == '-')
                    dl = 1;
                else if (e + 4 < n && text[e] == ' ' && text[e + 1] == '-' && text[e + 2] == ' ')
                    dl = 3;
                else if (e + 6 < n && text[e] == ' ' &&
                         (memcmp(text + e + 1, "\xE2\x80\x93 ", 4) == 0 || memcmp(text + e + 1, "\xE2\x80\x94 ", 4) == 0))
                    dl = 5;
                else if (e + 4 < n && (memcmp(text + e, "\xE2\x80\x93", 3) == 0 || memcmp(text + e, "\xE2\x80\x94", 3) == 0))
                    dl = 3; /* ("R4 500–R9 000", the dash joined) */
                r = e + dl;
                if (dl && r + 1 < n && text[r] == 'R' && isdigit((unsigned char)text[r + 1])) {
                    size_t f = r + 1;
                    while (f < n && isdigit((unsigned char)text[f]))
                        f++;
                    if (f - r - 1 <= 3 && f + 3 < n && text[f] == ' ' && digits_run(text + f + 1, 3) == 3 &&
                        (f + 4 >= n || !isdigit((unsigned char)text[f + 4]))) {
                        sb_putc(&out, '-');
                        sb_putn(&out, text + r + 1, f - r - 1);
                        while (f + 3 < n && text[f] == ' ' && digits_run(text + f + 1, 3) == 3 &&
                               (f + 4 >= n || !isdigit((unsigned char)text[f + 4]))) {
                            sb_putn(&out, text + f + 1, 3);
                            f += 4;
                        }
                        e = f;
                    }
                }
                i = e;
            }
            continue;
        }
        /* "P R O C E E D I N G S": a word set with spaces between its letters */
        if (isupper((unsigned char)text[at]) && (at == 0 || text[at - 1] == ' ')) {
            size_t e = at, letters = 0;
            while (e < n && isupper((unsigned char)text[e]) && (e + 1 == n || text[e + 1] == ' ' || !isalnum((unsigned char)text[e + 1]))) {
                letters++;
                if (e + 2 < n && text[e + 1] == ' ' && isupper((unsigned char)text[e + 2]))
                    e += 2;
                else {
                    e++;
                    break;
                }
            }
            if (letters >= 5 && (e == n || !isalnum((unsigned char)text[e]))) {
                for (size_t k = at; k < e; k += 2)
                    sb_putc(&out, text[k]);
                i = e;
                continue;
            }
        }
        /* "c.26%", "c.£13bn": circa joined to its figure, parted so the expansions say
         * it ("c. 26%") */
        if ((text[at] == 'c' || text[at] == 'C') && at + 2 < n && text[at + 1] == '.' && (at == 0 || text[at - 1] == ' ' || text[at - 1] == '(') &&
            (isdigit((unsigned char)text[at + 2]) || text[at + 2] == '$' || (unsigned char)text[at + 2] == 0xC2 ||
             (unsigned char)text[at + 2] == 0xE2) && data_lang() == 0) {
            sb_putn(&out, text + at, 2);
            sb_putc(&out, ' ');
            i = at + 2;
            continue;
        }
        /* "1H 2026", "2H25", "H1 2025": a half of a (fiscal) year, before its year ("first
         * half 2026"; "H1N1" and an "H1 visa" have no year after them) */
        if ((text[at] == '1' || text[at] == '2' || text[at] == 'H') && at + 4 < n && (at == 0 || !isalnum((unsigned char)text[at - 1])) &&
            data_lang() == 0) {
            int lead = text[at] != 'H' && text[at + 1] == 'H', trail = text[at] == 'H' && (text[at + 1] == '1' || text[at + 1] == '2');
            size_t y = at + 2 + (at + 2 < n && text[at + 2] == ' ');
            size_t d = y;
            while (d < n && isdigit((unsigned char)text[d]))
                d++;
            /* (two figures joined only after the half: "2H25"; "H100", "H200" are chips) */
            if ((lead || trail) && ((d - y == 4 && !(trail && y == at + 2)) || (d - y == 2 && y == at + 2 && lead)) &&
                (d == n || !isalnum((unsigned char)text[d]))) {
                sb_puts(&out, (lead ? text[at] : text[at + 1]) == '1' ? "first half " : "second half ");
                /* ("2H26": the year's last two figures, "second half of 2026") */
                if (d - y == 2)
                    sb_puts(&out, "of 20");
                i = y;
                continue;
            }
        }
        /* "P=.0003", "p < .001": a fraction without its zero after a comparison, as
         * journals print a p-value ("point 0 0 0 3", not "dot") */
        if (text[at] == '.' && at + 1 < n && isdigit((unsigned char)text[at + 1]) && at > 0 && data_lang() == 0) {
            size_t q = at;
            while (q > 0 && text[q - 1] == ' ')
                q--;
            if (q > 0 && (text[q - 1] == '=' || text[q - 1] == '<' || text[q - 1] == '>' ||
                          (q >= 3 && (unsigned char)text[q - 3] == 0xE2 && (unsigned char)text[q - 2] == 0x89 &&
                           ((unsigned char)text[q - 1] == 0xA4 || (unsigned char)text[q - 1] == 0xA5)))) {
                sb_puts(&out, "0.");
                i = at + 1;
                continue;
            }
        }
        /* "by YE2026", "YE26": a year's end, as analysts write it; "Q3W", "Q2W": a dose
         * every three or two weeks, as trials write it ("Q3 2027" is a quarter) */
        if (text[at] == 'Y' && at + 3 < n && text[at + 1] == 'E' && (at == 0 || !isalnum((unsigned char)text[at - 1])) &&
            data_lang() == 0) {
            size_t d = at + 2;
            while (d < n && isdigit((unsigned char)text[d]))
                d++;
            if ((d - at - 2 == 4 || d - at - 2 == 2) && (d == n || !isalnum((unsigned char)text[d]))) {
                sb_puts(&out, d - at - 2 == 2 ? "year-end 20" : "year-end ");
                i = at + 2;
                continue;
            }
        }
        if ((text[at] == 'Q' || text[at] == 'q') && at + 2 < n && (at == 0 || !isalnum((unsigned char)text[at - 1])) &&
            data_lang() == 0) {
            size_t d = at + 1;
            while (d < n && d < at + 3 && isdigit((unsigned char)text[d]))
                d++;
            if (d > at + 1 && d < n && (text[d] == 'W' || (text[d] == 'w' && text[at] == 'q')) &&
                (d + 1 == n || !isalnum((unsigned char)text[d + 1]))) {
                int one = d == at + 2 && text[at + 1] == '1';
                sb_puts(&out, "every ");
                if (!one) {
                    sb_putn(&out, text + at + 1, d - at - 1);
                    sb_puts(&out, " weeks");
                } else {
                    sb_puts(&out, "week");
                }
                i = d + 1;
                continue;
            }
        }
        /* "Revenue for 1H was …", "in the 2H", "growth in 2H.": a half alone, after a
         * word that leads to a period, in a sentence about results (not "the fire
         * started in 2H", "the occupant of 1H": a flat's number) */
        if ((text[at] == '1' || text[at] == '2') && at + 1 < n && text[at + 1] == 'H' && at >= 3 && text[at - 1] == ' ' &&
            (at + 2 == n || !isalnum((unsigned char)text[at + 2])) && data_lang() == 0) {
            size_t pw = at - 1;
            while (pw > 0 && isalpha((unsigned char)text[pw - 1]))
                pw--;
            /* (after "the", "this" or "our" only before a stop or a comma: "the 1H
             * bolt" is a part's name) */
            static const char *const leads[] = {"for", "in", "of", "during", "over", "from", "to", "than", "versus", "vs",
                                                "with", "the", "this", "our"};
            int led = 0;
            for (size_t k = 0; k < sizeof leads / sizeof *leads && !led; k++)
                led = at - 1 - pw == strlen(leads[k]) && u8_ncasecmp(text + pw, leads[k], at - 1 - pw) == 0 &&
                      (k < 11 || at + 2 == n || text[at + 2] == ',' || text[at + 2] == '.' || text[at + 2] == ';');
            if (led && results < 0)
                results = results_sentence(text, n);
            if (led && results) {
                sb_puts(&out, text[at] == '1' ? "first half" : "second half");
                i = at + 2;
                continue;
            }
        }
        /* "9M 2024", "9M25", "the 9M period": the first nine (or six) months of a year,
         * as insurers and banks label a period, not nine million ("£9M" keeps its sign;
         * "3M 2025" is a company) */
        if ((text[at] == '6' || text[at] == '9') && at + 3 < n && text[at + 1] == 'M' &&
            (at == 0 || text[at - 1] == ' ' || text[at - 1] == '(') && data_lang() == 0) {
            const char *say = text[at] == '6' ? "six" : "nine";
            size_t y = at + 2 + (text[at + 2] == ' '), d = y;
            while (d < n && isdigit((unsigned char)text[d]))
                d++;
            if ((d - y == 4 || (d - y == 2 && y == at + 2)) && (d == n || !isalnum((unsigned char)text[d]))) {
                sb_printf(&out, "%s months ", say);
                i = y;
                continue;
            }
            if (text[at + 2] == ' ' && at + 9 <= n && memcmp(text + at + 3, "period", 6) == 0 &&
                (at + 9 == n || !isalnum((unsigned char)text[at + 9]))) {
                sb_printf(&out, "%s month", say);
                i = at + 2;
                continue;
            }
        }
        /* "3Q25", "1Q 2026": a quarter before its year, as banks write it ("third
         * quarter 25"; "4Q" alone, a code, is left) */
        if (text[at] >= '1' && text[at] <= '4' && at + 3 < n && text[at + 1] == 'Q' &&
            (at == 0 || !isalnum((unsigned char)text[at - 1])) && data_lang() == 0) {
            size_t y = at + 2 + (text[at + 2] == ' '), d = y;
            while (d < n && isdigit((unsigned char)text[d]))
                d++;
            if ((d - y == 4 || (d - y == 2 && y == at + 2)) && (d == n || !isalnum((unsigned char)text[d]))) {
                static const char *const nth[] = {"first", "second", "third", "fourth"};
                sb_printf(&out, "%s quarter ", nth[text[at] - '1']);
                i = y;
                continue;
            }
        }
        /* "16.3 kWh/100 km", "5.9 l/100 km": a consumption per 100 km (WLTP), the unit
         * written apart from its hundred, read as "kWh/100km" (data/en/units.txt) */
        /* (and "4 g/100 ml", "3 g/100 g": a label's amount per 100) */
        if (text[at] == '/' && at + 7 <= n && memcmp(text + at, "/100 ", 5) == 0 && at >= 1 && data_lang() == 0) {
            size_t ue = at + 5;
            while (ue < n && isalpha((unsigned char)text[ue]))
                ue++;
            int per_km = ue - at - 5 == 2 && memcmp(text + at + 5, "km", 2) == 0 &&
                         ((at >= 3 && memcmp(text + at - 3, "kWh", 3) == 0) || text[at - 1] == 'l' || text[at - 1] == 'L');
            /* (the amount in grams, milligrams, micrograms, kilocalories or kilojoules) */
            static const char *const label_units[] = {"g", "mg", "mcg", "\xC2\xB5g", "\xCE\xBCg", "kcal", "kJ", "cal"};
            int label_unit = 0;
            for (size_t q = 0; q < sizeof label_units / sizeof *label_units && !label_unit; q++) {
                size_t ll = strlen(label_units[q]);
                label_unit = at >= ll && memcmp(text + at - ll, label_units[q], ll) == 0 &&
                             (at == ll || !isalpha((unsigned char)text[at - ll - 1]));
            }
            int per_label = label_unit &&
                            ((ue - at - 5 == 2 && (memcmp(text + at + 5, "ml", 2) == 0 || memcmp(text + at + 5, "mL", 2) == 0)) ||
                             (ue - at - 5 == 1 && text[at + 5] == 'g'));
            if ((per_km || per_label) && (ue == n || !isalnum((unsigned char)text[ue]))) {
                sb_puts(&out, "/100");
                sb_putn(&out, text + at + 5, ue - at - 5);
                i = ue;
                continue;
            }
        }
        /* "FY 2025-26": the fiscal year written apart from its year, said as "FY2025-26" */
        if (text[at] == 'F' && at + 4 < n && text[at + 1] == 'Y' && text[at + 2] == ' ' && isdigit((unsigned char)text[at + 3]) &&
            isdigit((unsigned char)text[at + 4]) && (at == 0 || !isalnum((unsigned char)text[at - 1])) && data_lang() == 0) {
            sb_puts(&out, "FY");
            i = at + 3;
            continue;
        }
        /* "2–4pm", "10-11am": a range of hours with the meridiem joined to its end, parted
         * from it so the ranges' rules read it ("2-4 pm": 2 to 4 PM) */
        if ((text[at] == 'a' || text[at] == 'p') && at + 1 < n && text[at + 1] == 'm' &&
            (at + 2 == n || !isalnum((unsigned char)text[at + 2])) && at >= 3 && isdigit((unsigned char)text[at - 1]) &&
            data_lang() == 0) {
            size_t d = at - 1;
            while (d > 0 && isdigit((unsigned char)text[d - 1]) && at - d < 2)
                d--;
            size_t dash = d >= 2 && text[d - 1] == '-' ? 1 : d >= 4 && memcmp(text + d - 3, "\xE2\x80\x93", 3) == 0 ? 3 : 0;
            if (dash && d - dash >= 1 && isdigit((unsigned char)text[d - dash - 1])) {
                sb_putc(&out, ' ');
                sb_putn(&out, text + at, 2);
                i = at + 2;
                continue;
            }
        }
        /* "11:30 hrs IST": the clock's hours written after its time say nothing more
         * (and hide the zone from it); "0930hrs" and "0930 hours" are said elsewhere */
        if (text[at] == 'h' && at >= 5 && text[at - 1] == ' ' && isdigit((unsigned char)text[at - 2]) &&
            isdigit((unsigned char)text[at - 3]) && text[at - 4] == ':' && at + 3 <= n && memcmp(text + at, "hrs", 3) == 0 &&
            (at + 3 == n || !isalnum((unsigned char)text[at + 3])) && data_lang() == 0) {
            while (out.len && out.s[out.len - 1] == ' ')
                out.len--;
            i = at + 3; /* (a stop after it stays: "at 11:30 hrs. Then") */
            continue;
        }
        /* "10⁻⁶", "10^5", "10^-9": a power of ten, as science writes it, said "10 to the
         * power of minus 6" (espeak-ng drops the raised figures and says "10 5" for the
         * caret); "3 × 10^5", "2.1x10^6": times it, not by */
        size_t pe;
        if (text[at] == '1' && (pe = power_of_ten(text, n, at)) != 0 && data_lang() == 0) {
            size_t m = out.len;
            while (m > 0 && out.s[m - 1] == ' ')
                m--;
            size_t xl = m >= 2 && (unsigned char)out.s[m - 2] == 0xC3 && (unsigned char)out.s[m - 1] == 0x97 ? 2
                        : m >= 1 && (out.s[m - 1] == 'x' || out.s[m - 1] == 'X')                            ? 1
                                                                                                             : 0;
            size_t d = m - xl;
            while (xl && d > 0 && out.s[d - 1] == ' ')
                d--;
            if (xl && d > 0 && isdigit((unsigned char)out.s[d - 1])) {
                out.len = d;
                sb_puts(&out, " times ");
            }
            sb_puts(&out, "10 to the power of ");
            size_t k = at + 2 + (text[at + 2] == '^');
            for (; k < pe; k++) {
                unsigned char b = (unsigned char)text[k];
                if (b == '-' || (b == 0xE2 && (unsigned char)text[k + 2] == 0xBB)) /* "-", "⁻" */
                    sb_puts(&out, "minus ");
                else if (b == 0xE2 && (unsigned char)text[k + 2] == 0xBA) /* "⁺" */
                    ;
                else if (b == 0xC2) /* "¹", "²", "³" */
                    sb_putc(&out, text[k + 1] == '\xB9' ? '1' : text[k + 1] == '\xB2' ? '2' : '3');
                else if (b == 0xE2) /* "⁰", "⁴" to "⁹" */
                    sb_putc(&out, (char)('0' + ((unsigned char)text[k + 2] - 0xB0)));
                else if (isdigit(b))
                    sb_putc(&out, (char)b);
                if (b >= 0xC0)
                    k += b >= 0xE0 ? 2 : 1;
            }
            i = pe;
            /* ("11 × 10⁹/L": per a unit of data/en/units.txt after it) */
            if (pe + 1 < n && text[pe] == '/' && isalpha((unsigned char)text[pe + 1])) {
                size_t ue = pe + 1;
                while (ue < n && (isalnum((unsigned char)text[ue]) || (unsigned char)text[ue] >= 0x80))
                    ue++;
                const char *uline;
                size_t ulen, uone = 0;
                const char *u1 = data_field_lines("en/units.txt", text + pe + 1, ue - pe - 1, 0, &uline, &ulen, 1)
                                     ? field(uline, ulen, 1, &uone)
                                     : NULL;
                if (u1) {
                    sb_puts(&out, " per ");
                    sb_putn(&out, u1, uone);
                    i = ue;
                }
            }
            continue;
        }
        /* "NO₂", "CH₄", "CO₂e": a formula's subscript figures, as written on the line
         * ("NO2"), which the acronyms' rules then say */
        if ((unsigned char)text[at] == 0xE2 && at + 2 < n && (unsigned char)text[at + 1] == 0x82 &&
            (unsigned char)text[at + 2] >= 0x80 && (unsigned char)text[at + 2] <= 0x89 && at > 0 &&
            (isalpha((unsigned char)text[at - 1]) ||
             (at >= 3 && (unsigned char)text[at - 3] == 0xE2 && (unsigned char)text[at - 2] == 0x82 &&
              (unsigned char)text[at - 1] >= 0x80 && (unsigned char)text[at - 1] <= 0x89))) { /* (not "Level 3₂") */
            sb_putc(&out, (char)('0' + ((unsigned char)text[at + 2] - 0x80)));
            i = at + 3;
            continue;
        }
        /* "85 sq. m.", "40 sq ft", "2 sq. km": a square unit, written as one ("m²") so
         * the unit rules say it; the unit's own stop goes unless it ends the sentence */
        /* "a 200 MW/800 MWh battery": a power and an energy, a slash between two
         * measures, as "200 MW / 800 MWh" is read */
        if (text[at] == '/' && at >= 4 && at + 3 < n && data_lang() == 0 && isalpha((unsigned char)text[at - 1]) &&
            isdigit((unsigned char)text[at + 1])) {
            size_t ua = at;
            while (ua > 0 && isalpha((unsigned char)text[ua - 1]) && at - ua < 4)
                ua--;
            size_t d = at + 1;
            while (d < n && (isdigit((unsigned char)text[d]) || text[d] == '.' || text[d] == ','))
                d++;
            size_t ue = d + (d < n && text[d] == ' ');
            size_t ue2 = ue;
            while (ue2 < n && isalpha((unsigned char)text[ue2]) && ue2 - ue < 4)
                ue2++;
            const char *ul0;
            size_t ull0;
            /* (not per a round amount: "12 km/100 km", "5 mg/100g") */
            int per = (d - at - 1 == 3 && memcmp(text + at + 1, "100", 3) == 0) ||
                      (d - at - 1 == 4 && memcmp(text + at + 1, "1000", 4) == 0) ||
                      (d - at - 1 == 2 && memcmp(text + at + 1, "10", 2) == 0) || (d - at - 1 == 1 && text[at + 1] == '1');
            /* (the second unit apart from its figure: "341 mm/24h" is a span) */
            /* (a power over an energy only, "MW/MWh", "kW/kWh": "250 mg/5 ml" is per) */
            int energy = at - ua >= 1 && text[at - 1] == 'W' && ue2 - ue >= 2 && text[ue2 - 1] == 'h' && text[ue2 - 2] == 'W';
            if (!per && energy && ue > d && ua >= 2 && text[ua - 1] == ' ' && isdigit((unsigned char)text[ua - 2]) && ue2 > ue &&
                (ue2 == n || !isalnum((unsigned char)text[ue2])) &&
                data_field_lines("en/units.txt", text + ua, at - ua, 0, &ul0, &ull0, 1) &&
                data_field_lines("en/units.txt", text + ue, ue2 - ue, 0, &ul0, &ull0, 1)) {
                sb_puts(&out, ", ");
                i = at + 1;
                continue;
            }
        }
        /* "the 420 m-long bridge", "a 3 km-long tunnel": the unit, then its dimension */
        if (text[at] == '-' && at >= 3 && at + 4 < n && data_lang() == 0 && isalpha((unsigned char)text[at - 1])) {
            size_t ua = at;
            while (ua > 0 && isalpha((unsigned char)text[ua - 1]) && at - ua < 4)
                ua--;
            int dim = 0;
            for (size_t k = 0; k < sizeof dimensions / sizeof *dimensions && !dim; k++) {
                size_t l = strlen(dimensions[k]);
                dim = at + 1 + l <= n && memcmp(text + at + 1, dimensions[k], l) == 0 &&
                      (at + 1 + l == n || !isalpha((unsigned char)text[at + 1 + l]));
            }
            const char *ul0;
            size_t ull0;
            if (dim && ua >= 2 && text[ua - 1] == ' ' && isdigit((unsigned char)text[ua - 2]) &&
                data_field_lines("en/units.txt", text + ua, at - ua, 0, &ul0, &ull0, 1)) {
                sb_putc(&out, ' ');
                i = at + 1;
                continue;
            }
        }
        /* (and after a scale: "1.1 million sq ft") */
        if (text[at] == 's' && at + 4 < n && text[at + 1] == 'q' && at >= 2 && text[at - 1] == ' ' &&
            (isdigit((unsigned char)text[at - 2]) || (at >= 9 && memcmp(text + at - 8, "million", 7) == 0) ||
             (at >= 9 && memcmp(text + at - 8, "billion", 7) == 0) || (at >= 10 && memcmp(text + at - 9, "thousand", 8) == 0)) &&
            data_lang() == 0) {
            size_t u = at + 2 + (text[at + 2] == '.');
            if (u < n && text[u] == ' ') {
                u++;
                static const char *const units[] = {"km", "mi", "ft", "yd", "m"};
                for (size_t k = 0; k < sizeof units / sizeof *units; k++) {
                    size_t l = strlen(units[k]);
                    if (u + l <= n && memcmp(text + u, units[k], l) == 0 &&
                        (u + l == n || !isalnum((unsigned char)text[u + l]))) {
                        size_t e = u + l;
                        if (e < n && text[e] == '.' && e + 1 < n)
                            e++; /* "sq. m. and": the abbreviation's stop */
                        sb_puts(&out, units[k]);
                        sb_puts(&out, "\xC2\xB2");
                        i = e;
                        break;
                    }
                }
                if (i != at)
                    continue;
            }
        }
        /* "Q: How many flights are affected?" / "A: Two flights …": a release's
         * questions and answers the narrator reads with their labels, said as words
         * (espeak-ng says "kyoo" and the article "uh") */
        if (at == 0 && data_lang() == 0 && n > 4 && (text[0] == 'Q' || text[0] == 'A') &&
            (text[1] == ':' || (text[0] == 'Q' && text[1] == '.')) && text[2] == ' ' && isupper((unsigned char)text[3])) {
            sb_puts(&out, text[0] == 'Q' ? "Question, " : "Answer, ");
            i = 3;
            continue;
        }
        int32_t c = txt_next(text, n, &i);
        size_t wl;
        /* "🧵", "🙏", "✈️❤️": a post's pictographs are not read (espeak-ng would say
         * "folded hands", "red") */
        if (txt_is_emoji(c))
            continue;
        /* a passage in another script ("Олена Коваль", "φιλοξενία"): espeak-ng would
         * spell it letter by letter ("cyrillic letter …"); the narrator names its
         * language instead */
        if (foreign_script(c) && !micro_mu(text, n, at)) {
            size_t e = foreign_run(text, n, at);
            const char *lang = script_language(text + at, e - at);
            while (out.len && out.s[out.len - 1] == ' ')
                out.len--;
            if (out.len)
                sb_putc(&out, ' ');
            sb_puts(&out, script_name("text in"));
            sb_putc(&out, ' ');
            sb_puts(&out, script_name(lang));
            if (e < n && (isalnum((unsigned char)text[e]) || (unsigned char)text[e] >= 0x80))
                sb_putc(&out, ' ');
            i = e;
            continue;
        }
        /* "irrelevent [sic]": an editor's mark that the spelling is the original's, which
         * a listener cannot hear; not read */
        size_t sic = c != '[' ? 0 : n - i >= 4 && strncasecmp(text + i, "sic]", 4) == 0 ? 4
                                  : n - i >= 5 && strncasecmp(text + i, "sic!]", 5) == 0 ? 5 : 0;
        if (sic) {
            while (out.len && out.s[out.len - 1] == ' ')
                out.len--;
            i += sic;
            continue;
        }
        /* "update-check[.]net", "203.0.113[.]45", "hxxps://": an indicator defanged, as
         * threat advisories write it, said as the address it stands for */
        if (c == '[' && i + 1 < n && text[i] == '.' && text[i + 1] == ']' && at > 0 &&
            isalnum((unsigned char)text[at - 1]) && i + 2 < n && isalnum((unsigned char)text[i + 2])) {
            sb_putc(&out, '.');
            i += 2;
            continue;
        }
        /* "[$43000][445380761]": fields in brackets back to back, each its own */
        if (c == ']' && i < n && text[i] == '[') {
            sb_puts(&out, "], ");
            continue;
        }
        /* footnotes' marks: "2025.[1]", "Grid¹" (after a character, not a word of their own) */
        if (c == '[') {
            size_t e = i;
            while (e < n && isdigit((unsigned char)text[e]))
                e++;
            /* "paragraphs [34]-[41]", "at [12]": numbered paragraphs, as courts cite them */
            if (e > i && e < n && text[e] == ']' && (at == 0 || text[at - 1] == ' ' || text[at - 1] == '-' ||
                                                     (at > 3 && memcmp(text + at - 3, "\xE2\x80\x93", 3) == 0))) {
                if ((at > 0 && text[at - 1] == '-') || (at > 3 && memcmp(text + at - 3, "\xE2\x80\x93", 3) == 0)) {
                    while (out.len && (out.s[out.len - 1] == '-' || (unsigned char)out.s[out.len - 1] >= 0x80))
                        out.len--;
                    sb_puts(&out, " to ");
                } else if (kind == ST_NOTE && at == 0 && e - i <= 3) {
                    /* "[1] Cf. Francis, …": an endnote's mark opening the note */
                    sb_printf(&out, "%s %.*s,", data_say("Note"), (int)(e - i), text + i);
                    i = e + 1;
                    continue;
                } else if (data_lang() == 0 && e - i <= 3 && !paragraph_word_before(text, at) && !cites_paragraphs) {
                    /* "highest in the north [2].", "In the draw, [2] Tomasz Wierzbicki": a
                     * footnote's mark or a seed, in a statement that cites no paragraphs:
                     * not said; opening a paragraph (a note's, a draw's line), its number */
                    if (at == 0)
                        sb_printf(&out, "%.*s,", (int)(e - i), text + i);
                    while (out.len && out.s[out.len - 1] == ' ')
                        out.len--;
                    i = e + 1;
                    continue;
                } else if (data_lang() == 0 && e - i <= 3 && !paragraph_word_before(text, at)) {
                    /* "erred in law [45]": the paragraph said, as no word before it
                     * says, after a comma's pause */
                    if (out.len && out.s[out.len - 1] == ' ' && out.len > 1 && out.s[out.len - 2] != ',') {
                        out.len--;
                        sb_puts(&out, ", ");
                    }
                    /* ("[23]-[27]", "[23]–[27]": a range of them) */
                    int range = (e + 2 < n && text[e + 1] == '-' && text[e + 2] == '[') ||
                                (e + 4 < n && memcmp(text + e + 1, "\xE2\x80\x93", 3) == 0 && text[e + 4] == '[');
                    sb_puts(&out, range ? "paragraphs " : "paragraph ");
                } else if (data_lang() == 0 && e - i <= 3 && cites_paragraphs && paragraph_word_before(text, at) &&
                           !paragraph_named_before(text, at)) {
                    /* "adding at [112]", "see [23]": the word before is no "paragraph",
                     * so it is said ("and [41]" after one goes on bare) */
                    int range = (e + 2 < n && text[e + 1] == '-' && text[e + 2] == '[') ||
                                (e + 4 < n && memcmp(text + e + 1, "\xE2\x80\x93", 3) == 0 && text[e + 4] == '[');
                    sb_puts(&out, range ? "paragraphs " : "paragraph ");
                }
                sb_putn(&out, text + i, e - i);
                i = e + 1;
                continue;
            }
            if (at > 0 && text[at - 1] != ' ' && e > i && e < n && text[e] == ']' && e - i <= 3) {
                i = e + 1;
                continue;
            }
        }
        /* "TOLLIVER\\1\\": a footnote's mark as the US Government Publishing Office
         * prints it, not said after a word; "\\1\\ The prepared statement …" opening
         * the note, its number */
        if (c == '\\') {
            size_t e = i;
            while (e < n && e < i + 3 && isdigit((unsigned char)text[e]))
                e++;
            if (e > i && e < n && text[e] == '\\' && ((kind == ST_NOTE && at == 0) || (at > 0 && text[at - 1] != ' '))) {
                if (at == 0)
                    sb_printf(&out, "%s %.*s,", data_say("Note"), (int)(e - i), text + i);
                i = e + 1;
                continue;
            }
        }
        /* "since May 2023.1", "in the March quarter.2": a PDF's superscript copied as
         * plain figures after the stop, a footnote's mark (seg_footnote_mark), not said */
        size_t fm;
        if (c == '.' && (fm = seg_footnote_mark(text, 0, at, n)) != 0) {
            sb_putc(&out, '.');
            i = at + 1 + fm;
            continue;
        }
        /* "¹ Laboratory-confirmed cases.": a footnote's mark opening the note */
        if (at == 0 && kind == ST_NOTE && superscript_digit(c) >= 0) {
            sb_printf(&out, "%s %d", data_say("Note"), superscript_digit(c));
            for (size_t k = i, ck; k < n; k = ck) {
                ck = k;
                int v = superscript_digit(txt_next(text, n, &ck));
                if (v < 0)
                    break;
                sb_putc(&out, (char)('0' + v));
                i = ck;
            }
            sb_putc(&out, ',');
            continue;
        }
        if ((c == 0xB9 || c == 0xB2 || c == 0xB3 || (c >= 0x2070 && c <= 0x2079)) && at > 0 && text[at - 1] != ' ') {
            /* not a unit's power ("m²", "km³"): after a word of three letters or more, a
             * number or a stop */
            size_t l = at;
            while (l > 0 && isalpha((unsigned char)text[l - 1]))
                l--;
            if (at - l >= 3 || isdigit((unsigned char)text[at - 1]) || text[at - 1] == '.' || text[at - 1] == ')' ||
                text[at - 1] == '%')
                continue;
        }
        if ((c == '(' || c == '/') && (wl = wire_tag(text + at, n - at)) != 0) {
            /* "Ohio--(BUSINESS WIRE)--Acme": the wire's tag and its dashes go */
            while (out.len && (out.s[out.len - 1] == '-' || out.s[out.len - 1] == ' '))
                out.len--;
            i = at + wl;
            while (i < n && (text[i] == '-' || text[i] == ' '))
                i++;
            sb_puts(&out, out.len && out.s[out.len - 1] == ',' ? " " : ", ");
            continue;
        }
        long spelled;
        if (c == '(' && at > 1 && text[at - 1] == ' ' && (spelled = spelled_number_before(out.s, out.len)) >= 0) {
            /* "within sixty (60) days", "Two (2) illnesses": the figure repeats the
             * words, as contracts and communiqués write it; said once ("Phase two
             * (2020)" is another number) */
            size_t d = at + 1;
            while (d < n && isdigit((unsigned char)text[d]))
                d++;
            if (d > at + 1 && d - at - 1 <= 6 && d < n && text[d] == ')' && strtol(text + at + 1, NULL, 10) == spelled) {
                i = d + 1;
                continue;
            }
        }
        if (c == '(' && at > 0 && isalpha((unsigned char)text[at - 1]) && n - at >= 3 && text[at + 1] == 's' &&
            text[at + 2] == ')' && (n - at == 3 || !isalnum((unsigned char)text[at + 3]))) {
            /* "the form(s)": one or more, said as the plural */
            sb_putc(&out, 's');
            i = at + 3;
            continue;
        }
        if (c == 0xA9 && data_lang() == 0) {
            /* "Copyright © 2026", "© Copyright": the sign is the word, said once */
            size_t e = out.len;
            while (e && out.s[e - 1] == ' ')
                e--;
            size_t f = i;
            while (f < n && text[f] == ' ')
                f++;
            if ((e >= 9 && u8_ncasecmp(out.s + e - 9, "copyright", 9) == 0) ||
                (n - f >= 9 && u8_ncasecmp(text + f, "copyright", 9) == 0)) {
                i = f;
                continue;
            }
        }
        if (c == '(' && n - at >= 4 && memcmp(text + at, "(ph)", 4) == 0 && at > 0 && text[at - 1] == ' ' &&
            data_lang() == 0) {
            /* "Tomas Velez (ph)": NPR's mark after a name spelled as heard, not read */
            while (out.len && out.s[out.len - 1] == ' ')
                out.len--;
            i = at + 4;
            continue;
        }
        if (c == '[' && n - at >= 6) {
            /* "[the full report](https://example.org/report.pdf)": a Markdown link,
             * its words said, its address not */
            const char *cb = memchr(text + at + 1, ']', n - at - 1);
            size_t q = cb ? (size_t)(cb - text) : n;
            if (cb && q > at + 1 && q + 2 < n && text[q + 1] == '(' && !memchr(text + at + 1, '[', q - at - 1)) {
                const char *cp = memchr(text + q + 2, ')', n - q - 2);
                size_t r = cp ? (size_t)(cp - text) : n;
                int scheme = 0;
                for (size_t x = q + 2; cp && x + 3 <= r && !scheme; x++)
                    scheme = text[x] == ':' && text[x + 1] == '/' && text[x + 2] == '/';
                int addr = cp && r > q + 2 && !memchr(text + q + 2, ' ', r - q - 2) &&
                           (scheme || text[q + 2] == '/' || text[q + 2] == '#' ||
                            strncmp(text + q + 2, "www.", 4) == 0 || strncmp(text + q + 2, "mailto:", 7) == 0);
                if (addr) {
                    sb_putn(&out, text + at + 1, q - at - 1);
                    i = r + 1;
                    continue;
                }
            }
        }
        if ((c == '(' || c == '[') && kind != ST_STAGE) {
            /* "[inaudible]" inside a sentence is not read. */
            char close = c == '(' ? ')' : ']';
            int k = c == '(' ? 0 : 1;
            if (!have[k] || (next_close[k] && next_close[k] < text + at)) {
                next_close[k] = memchr(text + at, close, n - at);
                have[k] = 1;
            }
            const char *e = next_close[k];
            /* (but a note that is the whole utterance is said: nothing would be left) */
            size_t rest = e ? (size_t)(e - text) + 1 : n;
            while (rest < n && (text[rest] == '.' || text[rest] == ' '))
                rest++;
            /* (nor a language that a label's word is in: "Fiction (English):", a
             * prize's category) */
            int category = e && at > 0 && text[at - 1] == ' ' && (size_t)(e - text) + 1 < n && e[1] == ':' &&
                           data_has_line("en/languages.txt", text + at + 1, (size_t)(e - text) - at - 1) &&
                           spk_prize_category(text, word_start(text, at - 1), (size_t)(e - text) + 2, n);
            if (e && !category && spk_is_stage(text, at, (size_t)(e - text) + 1, SPK_INSIDE) && !(at == 0 && rest >= n)) {
                i = (size_t)(e - text) + 1;
                continue;
            }
        }
        if (c == '*' || c == '_' || c == '~' || c == '`') {
            /* Markdown emphasis (**bold**, _it_, ~~struck~~, `code`) at a word's edge
             * is layout, not words: espeak-ng would say "asterisk". Inside a word
             * (snake_case) it stays; "~5" is "about 5". */
            size_t e = i;
            while (e < n && text[e] == (char)c)
                e++;
            int before = at > 0 && !isspace((unsigned char)text[at - 1]);
            int after = e < n && !isspace((unsigned char)text[e]);
            int inside = at > 0 && isalnum((unsigned char)text[at - 1]) && e < n &&
                         isalnum((unsigned char)text[e]);
            int about = c == '~' && e == i && about_figure(text + at, n - at);
            /* "press *1": a telephone key, said ("star 1"), not emphasis */
            size_t dg = e;
            while (dg < n && isdigit((unsigned char)text[dg]))
                dg++;
            if (c == '*' && e == i && dg > e && dg - e <= 4 && !before &&
                (dg == n || !isalnum((unsigned char)text[dg]))) {
                sb_printf(&out, "%s ", data_say("star"));
                continue;
            }
            /* "awarded A*", "three A*s", "5**" (Hong Kong's top grade): a grade's stars
             * after one capital (or one digit, twice starred), said: the grade differs */
            /* (one star after a letter, two after a digit; and no emphasis it closes:
             * "**Plan B**", "*Zone C*") */
            if (c == '*' && before && (at == 1 || !isalnum((unsigned char)text[at - 2])) &&
                ((text[at - 1] >= 'A' && text[at - 1] <= 'F' && e - at == 1) ||
                 (isdigit((unsigned char)text[at - 1]) && e - at == 2)) &&
                (e == n || !isalnum((unsigned char)text[e]) || (text[e] == 's' && (e + 1 == n || !isalnum((unsigned char)text[e + 1])))) &&
                !stars_opened(text, at)) {
                for (size_t q = at; q < e; q++)
                    sb_printf(&out, " %s", data_say("star"));
                i = e;
                /* ("grades A*-E", "A*-C": a range of grades, "A star to E") */
                if (e + 1 < n && text[e] == '-' && text[e + 1] >= 'A' && text[e + 1] <= 'G' &&
                    (e + 2 == n || !isalnum((unsigned char)text[e + 2]))) {
                    sb_puts(&out, " to ");
                    i = e + 1;
                }
                continue;
            }
            if (!inside && !about && (before || after || c == '`')) {
                i = e;
                continue;
            }
            /* "* WHAT...Heavy snow": a bullet opening the line, no word */
            if (c == '*' && e == i && e < n && text[e] == ' ' && out.len == 0) {
                i = e + 1;
                continue;
            }
            /* "(202) 691-5902 * PressOffice@bls.gov": one star set apart between
             * fields, a pause (not "asterisk") */
            /* (between figures, times: "5 * 3") */
            if (c == '*' && e == i && e + 1 < n && text[e] == ' ' && at > 1 && text[at - 1] == ' ' &&
                isdigit((unsigned char)text[at - 2]) && isdigit((unsigned char)text[e + 1])) {
                sb_printf(&out, "%s", data_say("times"));
                continue;
            }
            if (c == '*' && e == i && e < n && text[e] == ' ' && at > 0 && text[at - 1] == ' ' && out.len) {
                while (out.len && out.s[out.len - 1] == ' ')
                    out.len--;
                if (out.len && out.s[out.len - 1] != ',')
                    sb_putc(&out, ',');
                continue;
            }
        }
        /* "Médecins Sans Frontières / Doctors Without Borders", "10 a.m. PT / 1 p.m.
         * ET": a slash set apart between words, two names of one thing, a pause (not
         * "slash") */
        /* (not before a unit's letter: "50 km / h") */
        /* (and between two prices: "£18 / £16 concessions") */
        int priced = c == '/' && i + 2 < n && text[i] == ' ' && out.len >= 2 && isdigit((unsigned char)out.s[out.len - 2]) &&
                     (text[i + 1] == '$' || (n - i - 1 >= 2 && memcmp(text + i + 1, "\xC2\xA3", 2) == 0) ||
                      (n - i - 1 >= 3 && memcmp(text + i + 1, "\xE2\x82\xAC", 3) == 0));
        if (c == '/' && at > 0 && text[at - 1] == ' ' && i + 2 < n && text[i] == ' ' &&
            (isalnum((unsigned char)text[i + 1]) || priced) &&
            !(islower((unsigned char)text[i + 1]) && !isalnum((unsigned char)text[i + 2])) && out.len >= 2 &&
            (isalpha((unsigned char)out.s[out.len - 2]) || out.s[out.len - 2] == ')' || out.s[out.len - 2] == '.' || priced)) {
            while (out.len && out.s[out.len - 1] == ' ')
                out.len--;
            /* ("and / or": the two words) */
            int andor = out.len >= 3 && u8_ncasecmp(out.s + out.len - 3, "and", 3) == 0 &&
                        (out.len == 3 || out.s[out.len - 4] == ' ') && i + 3 < n &&
                        memcmp(text + i + 1, "or", 2) == 0 && !isalpha((unsigned char)text[i + 3]);
            sb_putc(&out, andor ? ' ' : ',');
            continue;
        }
        /* "145 MI...235 KM", "WHAT...Heavy snow": an ellipsis between words with no
         * space, as weather bulletins part their fields; the words apart */
        if (c == '.' && at > 0 && at + 3 < n && isalnum((unsigned char)text[at - 1]) && text[at + 1] == '.' &&
            text[at + 2] == '.' && isalnum((unsigned char)text[at + 3])) {
            sb_puts(&out, "... ");
            i = at + 3;
            continue;
        }
        switch (c) {
        case 0x2018: case 0x2019: case 0x02BC: sb_putc(&out, '\''); break;
        case 0xA0: case 0x202F: case 0x2009:
            /* "1 234 567" with no-break spaces: French groups thousands so, and
             * espeak-ng reads each group apart unless they are joined */
            if (data_lang() != 0 && out.len && isdigit((unsigned char)out.s[out.len - 1]) && i + 2 < n &&
                isdigit((unsigned char)text[i]) && isdigit((unsigned char)text[i + 1]) &&
                isdigit((unsigned char)text[i + 2]) && (i + 3 >= n || !isdigit((unsigned char)text[i + 3])))
                break;
            sb_putc(&out, ' ');
            break;
        case 0x201C: case 0x201D: case 0x201E: case 0xAB: case 0xBB: sb_putc(&out, '"'); break;
        case 0x2013: case 0x2014: case 0x2015:
            /* "between –1% and 1%", "–$2.4m", "(–8°C)": an en dash set as a minus sign,
             * right before a figure and after no figure (not "10 –12", a range) */
            if (c == 0x2013 && data_lang() == 0 && (at == 0 || text[at - 1] == ' ' || text[at - 1] == '(') && i < n &&
                (isdigit((unsigned char)text[i]) ||
                 (text[i] == '$' && i + 1 < n && isdigit((unsigned char)text[i + 1])) ||
                 (n - i > 2 && memcmp(text + i, "\xC2\xA3", 2) == 0 && isdigit((unsigned char)text[i + 2])) ||
                 (n - i > 3 && memcmp(text + i, "\xE2\x82\xAC", 3) == 0 && isdigit((unsigned char)text[i + 3])))) {
                size_t fe = out.len;
                while (fe > 0 && (out.s[fe - 1] == ' ' || out.s[fe - 1] == '('))
                    fe--;
                size_t pb = fe;
                while (pb > 0 && out.s[pb - 1] != ' ')
                    pb--;
                int figure = 0;
                for (size_t q = pb; q < fe; q++)
                    figure |= isdigit((unsigned char)out.s[q]) != 0;
                /* (a sign the figure's own form calls for: an amount, a per cent, degrees
                 * or a decimal; or a word that leads to a value: "fell to –12", "between
                 * –5 and …", not "Closing date –12 May", a dash missing its space) */
                size_t d = i;
                while (d < n && (isdigit((unsigned char)text[d]) || text[d] == ',' ||
                                 (text[d] == '.' && d + 1 < n && isdigit((unsigned char)text[d + 1]))))
                    d++;
                int signed_form = !isdigit((unsigned char)text[i]) || memchr(text + i, '.', d - i) ||
                                  (d < n && (text[d] == '%' || (n - d >= 2 && memcmp(text + d, "\xC2\xB0", 2) == 0)));
                static const char *const leads[] = {"between", "to", "of", "at", "from", "was", "were", "is", "are",
                                                    "fell", "by", "reached", "hit", "and", "or", "around", "about",
                                                    "below", "lows", "highs", "minus", "near", "just", "like"};
                int lead = 0;
                for (size_t q = 0; q < sizeof leads / sizeof *leads && !lead; q++)
                    lead = fe - pb == strlen(leads[q]) && strncmp(out.s + pb, leads[q], fe - pb) == 0;
                /* (what follows the figure: "–15 degrees" is a value; "to –14 March",
                 * "–10am" a date's or a time's dash missing its space) */
                size_t nw0 = d;
                while (nw0 < n && text[nw0] == ' ')
                    nw0++;
                size_t nw1 = nw0;
                while (nw1 < n && isalpha((unsigned char)text[nw1]))
                    nw1++;
                if (nw1 - nw0 == 7 && strncmp(text + nw0, "degrees", 7) == 0)
                    signed_form = 1;
                /* (the word whole: "am", "pm", or "a.m." / "p.m." stopped after its letter) */
                int clock = (nw1 - nw0 == 2 && (u8_ncasecmp(text + nw0, "am", 2) == 0 || u8_ncasecmp(text + nw0, "pm", 2) == 0)) ||
                            (nw1 - nw0 == 1 && nw1 < n && text[nw1] == '.' && strchr("aApP", text[nw0]));
                if (nw1 > nw0 && (dt_month(text + nw0, nw1 - nw0) > 0 || clock))
                    signed_form = lead = 0;
                if (!figure && (signed_form || lead)) {
                    sb_puts(&out, "\xE2\x88\x92");
                    break;
                }
            }
            /* a dash that closes the sentence ("¿cómo te llamas?—", "we were—"): nothing,
             * so its own mark stays the last */
            {
                size_t r = i;
                while (r < n && (text[r] == ' ' || text[r] == '"' || text[r] == '\''))
                    r++;
                if (r == n)
                    break;
            }
            /* a dash with a space before it, or an em dash with none ("a conclusion—far
             * from it", US federal transcripts' style): a pause; an en dash between
             * words ("the Leeds–Manchester line") keeps them apart (a hyphen would
             * make espeak-ng say them as one word) */
            if (at > 0 && text[at - 1] == ' ' && i < n && text[i] == ' ' && c == 0x2013 &&
                intl_dash(out.s, out.len, text, i, n)) {
                /* "+49 40 123 456 – 78": the direct line's digits, a group of the number */
                while (out.len && out.s[out.len - 1] == ' ')
                    out.len--;
                sb_putc(&out, ' ');
                while (i < n && text[i] == ' ')
                    i++;
            } else if (at > 0 && text[at - 1] == ' ' && i < n && text[i] == ' ' && c == 0x2013 &&
                data_lang() == 0 && dash_range(out.s, out.len, text, i, n)) {
                /* "Monday – Friday, 8:00 AM – 5:00 PM": a range */
                while (out.len && out.s[out.len - 1] == ' ')
                    out.len--;
                sb_puts(&out, " to");
            } else if ((at > 0 && text[at - 1] == ' ') ||
                (c != 0x2013 && !(at > 0 && isdigit((unsigned char)text[at - 1]) && i < n &&
                                  isdigit((unsigned char)text[i])))) {
                while (out.len && out.s[out.len - 1] == ' ')
                    out.len--;
                if (out.len && out.s[out.len - 1] != ',')
                    sb_puts(&out, ",");
                if (c != 0x2013 && i < n && text[i] != ' ')
                    sb_putc(&out, ' ');
            } else if (at > 0 && isalpha((unsigned char)text[at - 1]) && i < n && isalnum((unsigned char)text[i]) &&
                       data_lang() == 0 && clock_dash(out.s, out.len, text, i, n)) {
                /* "6pm–midnight", "noon–2pm": a range of the clock */
                sb_puts(&out, " to ");
            } else if (at > 0 && isalpha((unsigned char)text[at - 1]) && i < n && isalpha((unsigned char)text[i])) {
                /* "Mon–Sat", "Jan–Mar", "Bands B–D": weekdays, months or letters, a
                 * range ("Monday to Saturday", "January to March", "B to D") */
                size_t pb = out.len, ne = i;
                while (pb > 0 && isalpha((unsigned char)out.s[pb - 1]))
                    pb--;
                while (ne < n && isalpha((unsigned char)text[ne]))
                    ne++;
                int days = data_lang() == 0 && ((dt_weekday(out.s + pb, out.len - pb) > 0 && dt_weekday(text + i, ne - i) > 0) ||
                                                (isupper((unsigned char)out.s[pb]) && isupper((unsigned char)text[i]) &&
                                                 dt_month(out.s + pb, out.len - pb) > 0 && dt_month(text + i, ne - i) > 0));
                int letters = data_lang() == 0 && out.len - pb == 1 && ne - i == 1 && isupper((unsigned char)out.s[pb]) &&
                              isupper((unsigned char)text[i]) && out.s[pb] < text[i];
                /* ("NZ$490m–NZ$510m": amounts, the scale's letter before the dash and a
                 * currency's after it: a range the money's rules read whole) */
                int amounts = pb > 0 && isdigit((unsigned char)out.s[pb - 1]) && ne < n && text[ne] == '$';
                if (amounts)
                    sb_puts(&out, "\xE2\x80\x93");
                else if (days)
                    sb_putc(&out, '-');
                else if (letters)
                    sb_puts(&out, " to ");
                else
                    sb_putc(&out, ' ');
            } else
                sb_putc(&out, '-');
            break;
        case 0x2026: sb_puts(&out, "..."); break;
        case '|':
            /* "12 February 2025 | Peace and Security": a bar between fields, a pause */
            while (out.len && out.s[out.len - 1] == ' ')
                out.len--;
            if (out.len && out.s[out.len - 1] != ',')
                sb_putc(&out, ',');
            break;
        case 0x2022: case 0x2043: case 0x2023: case 0xB7:
            /* bullets; between words, a list's parting ("Ada Quill • Brass Lantern •
             * DJ Kestrel"): a pause */
            if (out.len && isalnum((unsigned char)out.s[out.len - 1 - (out.s[out.len - 1] == ' ' && out.len > 1)]) &&
                i < n && text[i] == ' ') {
                while (out.len && out.s[out.len - 1] == ' ')
                    out.len--;
                sb_puts(&out, ", ");
                while (i < n && text[i] == ' ')
                    i++;
            }
            break;
        case '-':
            /* " - " between words is a dash: a pause, not "minus"; between numbers a
             * range ("Questions 1 - 6") */
            if (at > 0 && text[at - 1] == ' ' && i < n && text[i] == ' ' && phone_dash(out.s, out.len, text, i, n)) {
                /* "202 - 555 - 0143": a phone number's groups, joined as written unspaced */
                while (out.len && out.s[out.len - 1] == ' ')
                    out.len--;
                sb_putc(&out, '-');
                while (i < n && text[i] == ' ')
                    i++;
            } else if (at > 0 && text[at - 1] == ' ' && i < n && text[i] == ' ' && data_lang() == 0 &&
                dash_range(out.s, out.len, text, i, n)) {
                while (out.len && out.s[out.len - 1] == ' ')
                    out.len--;
                sb_puts(&out, " to");
            } else if (at > 0 && text[at - 1] == ' ' && i < n && text[i] == ' ') {
                while (out.len && out.s[out.len - 1] == ' ')
                    out.len--;
                size_t dg = i + 1;
                while (dg < n && isdigit((unsigned char)text[dg]))
                    dg++;
                /* ("June 12, 2026 - 4 p.m. CDT": a clock's hour too) */
                size_t mp = dg;
                while (mp < n && text[mp] == ' ')
                    mp++;
                int meridiem = mp + 1 < n && (text[mp] == 'a' || text[mp] == 'p' || text[mp] == 'A' || text[mp] == 'P') &&
                               (text[mp + 1] == 'm' || text[mp + 1] == 'M' ||
                                (text[mp + 1] == '.' && mp + 2 < n && (text[mp + 2] == 'm' || text[mp + 2] == 'M'))) &&
                               (mp + 2 >= n || !isalpha((unsigned char)text[mp + 2]) || text[mp + 1] == '.');
                size_t yd = 0; /* (after a year: "from 3 - 4 PM" is a range) */
                while (yd < out.len && isdigit((unsigned char)out.s[out.len - 1 - yd]))
                    yd++;
                meridiem &= yd == 4;
                if (out.len && isdigit((unsigned char)out.s[out.len - 1]) && i + 1 < n &&
                    isdigit((unsigned char)text[i + 1]) && !meridiem &&
                    !(dg < n && (text[dg] == ':' || (text[dg] == '.' && dg + 1 < n && isdigit((unsigned char)text[dg + 1])))))
                    sb_puts(&out, " to"); /* not before a time ("2025 - 11:30", "- 11.30"), but
                                           * before a sentence's stop ("questions 1 - 6.") */
                else
                    sb_putc(&out, ',');
            } else {
                sb_putc(&out, '-');
            }
            break;
        default: sb_putn(&out, text + at, i - at);
        }
    }
    if (kind == ST_STAGE && out.s) {
        /* "[inaudible 00:03:21]": the time code is for the editor, not the listener */
        size_t w = 0, pw = 0; /* (out.s[pw, w): the word kept last) */
        for (size_t r = 0; r < out.len;) {
            size_t e = r;
            while (e < out.len && out.s[e] != ' ')
                e++;
            size_t t = e; /* "1:02:17." keeps its full stop, loses the time */
            while (t > r && strchr(".,;:!?", out.s[t - 1]))
                t--;
            int letters = 0, digits = 0, lower = 0; /* "T5512.001": a reference */
            for (size_t k = r; k < t; k++) {
                letters |= isupper((unsigned char)out.s[k]) != 0;
                digits += isdigit((unsigned char)out.s[k]) != 0;
                lower |= islower((unsigned char)out.s[k]) != 0;
            }
            /* an editor's time code ("00:03:21", "1:02:17"), not a clock time ("at 1:48 p.m.") */
            size_t colons = 0;
            for (size_t k = r; k < t; k++)
                colons += out.s[k] == ':';
            int code = spk_time_code(out.s, r, t) && (colons == 2 || out.s[r] == '0');
            /* (a clock time after the word that takes one is the day's: "(Departing
             * Tokyo Station at 07:03)", "Tokyo dep. 07:03") */
            static const char *const takes[] = {"at", "dep.", "arr.", "from", "until", "till", "to", "by",
                                                "before", "after", "around", "about", "departs", "arrives"};
            for (size_t k = 0; code && colons == 1 && w > pw && k < sizeof takes / sizeof *takes; k++)
                if (strlen(takes[k]) == w - pw && strncasecmp(out.s + pw, takes[k], w - pw) == 0)
                    code = 0;
            if (code || (letters && digits >= 4 && !lower)) {
                memmove(out.s + w, out.s + t, e - t);
                w += e - t;
            } else {
                if (w && r > 0)
                    out.s[w++] = ' ';
                pw = w;
                memmove(out.s + w, out.s + r, e - r);
                w += e - r;
            }
            r = e < out.len ? e + 1 : e;
        }
        out.len = w;
        out.s[w] = '\0';
    }
    if (stop)
        sb_putc(&out, '.');
    if (out.oom) {
        sb_free(&out);
        return NULL;
    }
    return sb_take(&out);
}

/* Settles punctuation: quotes and brackets go (espeak-ng would pause or name them),
 * every . ! ? : ; and ellipsis before the end becomes a comma, so the only
 * sentence-end pause is at the end, after the sentence's own final mark. */
static char *settle(const char *s)
{
    sb o = {0};
    size_t n = strlen(s);
    /* the final mark: last of . ! ? in the trailing run of marks and closers */
    size_t end = n;
    while (end > 0 && strchr(".!?\"')] ", s[end - 1]))
        end--;
    char final = 0;
    for (size_t k = end; k < n; k++)
        if (s[k] == '?' || s[k] == '!' || (s[k] == '.' && !final))
            final = s[k] == '.' && final ? final : s[k];
    for (size_t k = end; k < n; k++)
        if (s[k] == '?' || s[k] == '!')
            final = s[k];
    for (size_t i = 0; i < end; i++) {
        char c = s[i];
        if (c == SP_PHONEMES_OPEN) {
            /* lexicon phonemes pass as they are */
            const char *close = memchr(s + i, SP_PHONEMES_CLOSE, end - i);
            size_t k = close ? (size_t)(close - s) + 1 : end;
            sb_putn(&o, s + i, k - i);
            i = k - 1;
            continue;
        }
        if (c == '"' || c == '[' || c == ']')
            continue;
        if (c == '(' || c == ')') {
            /* a bracket is a comma's pause */
            if (o.len && o.s[o.len - 1] != ',' && o.s[o.len - 1] != ' ')
                sb_putc(&o, ',');
            else if (o.len > 1 && o.s[o.len - 1] == ' ' && o.s[o.len - 2] != ',')
                o.len--, sb_putc(&o, ','), sb_putc(&o, ' ');
            continue;
        }
        if (c == '.' || c == '!' || c == '?') {
            int next_space = i + 1 >= end || s[i + 1] == ' ' || s[i + 1] == '"' ||
                             s[i + 1] == ')' || s[i + 1] == '\'' || s[i + 1] == '.';
            int prev_digit = i > 0 && isdigit((unsigned char)s[i - 1]);
            if (c == '.' && !next_space && (prev_digit || isalnum((unsigned char)s[i + 1]))) {
                sb_putc(&o, c); /* 3.5, example.org */
                continue;
            }
            /* "U.S.-led", "U.S.-Kenya": the stop goes, and no pause with it */
            if (c == '.' && i > 0 && isalpha((unsigned char)s[i - 1]) && i + 2 < end && s[i + 1] == '-' &&
                isalnum((unsigned char)s[i + 2]))
                continue;
            while (i + 1 < end && (s[i + 1] == '.' || s[i + 1] == '!' || s[i + 1] == '?' ||
                                   (s[i + 1] == ' ' && i + 2 < end && s[i + 2] == '.')))
                i++;
            if (o.len && o.s[o.len - 1] == ' ')
                o.len--;
            if (o.len && o.s[o.len - 1] != ',')
                sb_putc(&o, ',');
            if (i + 1 < end && isalnum((unsigned char)s[i + 1]))
                sb_putc(&o, ' '); /* mean...see */
            continue;
        }
        if ((c == ':' || c == ';') && !(i > 0 && isdigit((unsigned char)s[i - 1]) && i + 1 < end &&
                                        isdigit((unsigned char)s[i + 1]))) {
            /* espeak-ng's colon and semicolon pauses come near a sentence's; a comma's
             * is the pause a reader makes there. */
            c = ',';
        }
        if (c == ',' && o.len && o.s[o.len - 1] == ',')
            continue;
        if (c == ' ' && o.len && o.s[o.len - 1] == ' ')
            continue;
        if (c == ' ' && !o.len)
            continue;
        sb_putc(&o, c);
    }
    while (o.len && (o.s[o.len - 1] == ' ' || o.s[o.len - 1] == ','))
        o.len--;
    if (o.s)
        o.s[o.len] = '\0';
    if (final && o.len)
        sb_putc(&o, final);
    if (o.oom) {
        sb_free(&o);
        return NULL;
    }
    return sb_take(&o);
}

/* A list marker that opens the sentence ("1.)", "2)", "a.", "•") is read as the
 * number and a comma. */
static size_t list_marker(const char *s, size_t n, sb *o)
{
    size_t i = 0;
    while (i < n && isdigit((unsigned char)s[i]) && i < 3)
        i++;
    if (i == 0 && n > 1 && islower((unsigned char)s[0]) && (s[1] == '.' || s[1] == ')'))
        i = 1;
    if (i == 0)
        return 0;
    size_t j = i;
    if (j < n && s[j] == '.')
        j++;
    if (j < n && s[j] == ')')
        j++;
    if (j == i || j >= n || s[j] != ' ')
        return 0;
    sb_putn(o, s, i);
    sb_puts(o, ", ");
    return j + 1;
}

static char *speech_text(const char *text, st_kind kind, const sp_context *cx);


/* ------------------------------------------------------------ numbers that agree */

/* Whether noun w[0, n) (lower case) is feminine, by data/<lang>/genders.txt's "f" and
 * "m" lines, then by its ending. */
static int feminine(const char *w, size_t n)
{
    const char *line = data_word_line("en/genders.txt", w, n, 1, DATA_NOT_FIRST);
    if (line)
        return line[0] == 'f';
    static const char *const es[] = {"a", "as", "ión", "iones", "dad", "dades", "tud", "tudes"};
    static const char *const fr[] = {"tion", "tions", "sion", "sions", "té", "tés", "ette", "ettes", "ence",
                                     "ences", "ance", "ances", "ure", "ures", "ière", "ières", "euse",
                                     "euses", "trice", "trices", "elle", "elles", "ie", "ies", "ude",
                                     "udes", "ade", "ades"};
    int isfr = data_lang() == 1;
    const char *const *ends = isfr ? fr : es;
    size_t ne = isfr ? sizeof fr / sizeof *fr : sizeof es / sizeof *es;
    for (size_t k = 0; k < ne; k++) {
        size_t l = strlen(ends[k]);
        if (n > l + 1 && memcmp(w + n - l, ends[k], l) == 0)
            return 1;
    }
    return 0;
}

/* Spanish words for 1 to 999 before a noun: feminine ("doscientas", "una") or, before
 * a masculine one, the short "un" ("veintiún", "treinta y un"). */
static void es_hundreds(sb *o, long v, int fem)
{
    static const char *const units[] = {"", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"};
    static const char *const teens[] = {"diez", "once", "doce", "trece", "catorce", "quince", "dieciséis",
                                        "diecisiete", "dieciocho", "diecinueve"};
    static const char *const twenties[] = {"veinte", "veintiún", "veintidós", "veintitrés", "veinticuatro",
                                           "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"};
    static const char *const tens[] = {"", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta",
                                       "ochenta", "noventa"};
    static const char *const hundreds[] = {"", "", "doscient", "trescient", "cuatrocient", "quinient",
                                           "seiscient", "setecient", "ochocient", "novecient"};
    long h = v / 100, r = v % 100;
    if (h == 1)
        sb_puts(o, r ? "ciento" : "cien");
    else if (h > 1)
        sb_printf(o, "%s%s", hundreds[h], fem ? "as" : "os");
    if (h && r)
        sb_putc(o, ' ');
    if (!r)
        return;
    if (r == 21 && fem)
        sb_puts(o, "veintiuna");
    else if (r >= 20 && r < 30)
        sb_puts(o, twenties[r - 20]);
    else if (r >= 10 && r < 20)
        sb_puts(o, teens[r - 10]);
    else if (r >= 30) {
        sb_puts(o, tens[r / 10]);
        if (r % 10)
            sb_puts(o, " y ");
    }
    if (r < 10 || (r >= 30 && r % 10))
        sb_puts(o, r % 10 == 1 && fem ? "una" : units[r % 10]);
}

/* French for the last two digits r (…1) before a feminine noun: "une",
 * "vingt-et-une", "quatre-vingt-une". */
static void fr_une(sb *o, long r)
{
    static const char *const tens[] = {"", "", "vingt", "trente", "quarante", "cinquante", "soixante", "", "quatre-vingt"};
    if (r == 1)
        sb_puts(o, "une");
    else if (r == 81)
        sb_puts(o, "quatre-vingt-une");
    else
        sb_printf(o, "%s-et-une", tens[r / 10]);
}

/* A number before the noun it counts agrees with it, which espeak-ng does not do:
 * Spanish "1 millón" un millón, "21 personas" veintiuna personas, "200 toneladas"
 * doscientas toneladas; French "1 personne" une personne, "21 tonnes" vingt-et-une
 * tonnes. A year (1000 to 2099), a number that names rather than counts (after a
 * word of data/<lang>/numbered.txt: "siglo 21", "article 1") and a word that is no
 * noun (a small word of the language, a verb's ending "-ron", "-an", "-en", "-ent")
 * leave it as it is. New string, or NULL on oom. */
static char *agree_numbers(const char *s)
{
    sb o = {0};
    size_t n = strlen(s), from = 0;
    int es = data_lang() == 2, fr = data_lang() == 1;
    for (size_t i = 0; i < n && (es || fr);) {
        if (!isdigit((unsigned char)s[i]) || (i > 0 && (isalnum((unsigned char)s[i - 1]) || s[i - 1] == ',' ||
                                                        s[i - 1] == '.' || s[i - 1] == ':' || s[i - 1] == '-'))) {
            i++;
            continue;
        }
        size_t e = i;
        long v = 0;
        int grouped = 0;
        while (e < n && (isdigit((unsigned char)s[e]) ||
                         (es && s[e] == '.' && e + 3 < n && isdigit((unsigned char)s[e + 1]) &&
                          isdigit((unsigned char)s[e + 2]) && isdigit((unsigned char)s[e + 3]) &&
                          (e + 4 >= n || !isdigit((unsigned char)s[e + 4]))))) {
            if (s[e] == '.')
                grouped = 1;
            else if (v < 100000000)
                v = v * 10 + (s[e] - '0');
            e++;
        }
        if (e >= n || s[e] != ' ' || v < 1 || v >= 1000000 || (v >= 1000 && v < 2100 && !grouped)) {
            i = e;
            continue;
        }
        size_t a = e + 1, b = a;
        while (b < n && (islower((unsigned char)s[b]) || (unsigned char)s[b] >= 0x80))
            b++;
        char low[64];
        size_t wl = b - a;
        if (wl < 3 || wl >= sizeof low || (b < n && isalnum((unsigned char)s[b]))) {
            i = e;
            continue;
        }
        memcpy(low, s + a, wl);
        low[wl] = '\0';
        static const char *const verbs[] = {"ron", "ban", "ían", "rán", "an", "en", "ent", "ont"};
        int verb = 0;
        for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++)
            verb |= wl > strlen(verbs[k]) + (strlen(verbs[k]) == 2 ? 4 : 1) &&
                    strcmp(low + wl - strlen(verbs[k]), verbs[k]) == 0; /* "plan" is no verb */
        if (verb || common_word(low, wl) || data_has_line("en/of-words.txt", low, wl) ||
            data_has_line("en/and-words.txt", low, wl) || data_has_line("en/by-words.txt", low, wl) ||
            dt_month(low, wl) > 0) {
            i = e;
            continue;
        }
        /* "siglo 21 necesita": a number that names, not counts */
        size_t pe = i, pa;
        while (pe > 0 && s[pe - 1] == ' ')
            pe--;
        pa = pe;
        while (pa > 0 && s[pa - 1] != ' ')
            pa--;
        if (pe > pa && data_word_line("en/numbered.txt", s + pa, pe - pa, 1, DATA_ANYWHERE)) {
            i = e;
            continue;
        }
        int fem = feminine(low, wl);
        long r = v % 100, h3 = v % 1000, th = v / 1000;
        int one = v % 10 == 1 && r != 11;
        if (fr) {
            if (!fem || !one || r == 71 || r == 91) {
                i = e;
                continue;
            }
            sb_putn(&o, s + from, i - from);
            if (v >= 100)
                sb_printf(&o, "%ld ", v - r);
            fr_une(&o, r);
        } else {
            /* Spanish: a number ending in one, or feminine hundreds ("doscientas") */
            int hundreds = fem && (h3 >= 200 || (th % 1000) >= 200);
            int thousand_one = th % 10 == 1 && th % 100 != 11;
            if (!one && !hundreds && !thousand_one) {
                i = e;
                continue;
            }
            sb_putn(&o, s + from, i - from);
            if (th) {
                if (th > 1) {
                    es_hundreds(&o, th, fem);
                    sb_putc(&o, ' ');
                }
                sb_puts(&o, "mil");
                if (h3)
                    sb_putc(&o, ' ');
            }
            if (h3)
                es_hundreds(&o, h3, fem);
        }
        from = i = e;
    }
    sb_putn(&o, s + from, n - from);
    if (o.oom) {
        sb_free(&o);
        return NULL;
    }
    return o.s ? sb_take(&o) : xstrdup("");
}

/* ------------------------------------------------------------ passages in another language */

const char *sp_span_voice(const char *code, size_t n)
{
    static _Thread_local char voice[32];
    size_t l;
    const char *say = n ? lookup("en/span-voices.txt", code, n, &l) : NULL;
    if (!say || !l || l >= sizeof voice || (l == 1 && say[0] == '-'))
        return NULL;
    memcpy(voice, say, l);
    voice[l] = '\0';
    return voice;
}

/* Letters only one of herald's languages writes: French (2 points each) and Spanish;
 * "é" is French's by a point (Spanish writes it, rarely at a word's end). */
static void accent_points(int32_t c, size_t *pts)
{
    int fr = data_lang_index("fr"), es = data_lang_index("es");
    c = c >= 0xC0 && c <= 0xDE ? c + 0x20 : c == 0x152 ? 0x153 : c;
    if (c == 0xE0 || c == 0xE2 || c == 0xE7 || c == 0xE8 || c == 0xEA || c == 0xEB || c == 0xEE ||
        c == 0xEF || c == 0xF4 || c == 0x153 || c == 0xF9 || c == 0xFB)
        pts[fr] += 2;
    else if (c == 0xE9)
        pts[fr] += 1;
    else if (c == 0xE1 || c == 0xED || c == 0xF3 || c == 0xFA || c == 0xF1 || c == 0xBF || c == 0xA1)
        pts[es] += 2;
}

/* The language of a quotation s[0, n) in a statement in language `own`, when it is
 * clearly another of herald's languages: two words or more, none of them one of
 * `own`'s common or small words (data/<lang>/detect.txt, articles, of-words,
 * and-words), and that language's own such words (2 points each: words no other
 * language lists) and letters (accent_points) make 2 points more than `own`'s
 * letters; or `before`'s, a language an earlier quotation of the sentence was in,
 * when no word is `own`'s. -1 otherwise. */
static int quote_language(const char *s, size_t n, int own, int before)
{
    size_t hits[DATA_NLANGS] = {0}, pts[DATA_NLANGS] = {0}, words = 0, own_hits = 0;
    int was = data_lang();
    for (size_t i = 0; i < n;) {
        while (i < n && !isalpha((unsigned char)s[i]) && (unsigned char)s[i] < 0x80)
            i++;
        size_t a = i;
        while (i < n && (isalpha((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80 || s[i] == '\''))
            i++;
        if (i == a)
            continue;
        words++;
        /* a language's word, if no other language writes it as a common or small word:
         * "la" is Spanish as well as French, "hemos" Spanish alone */
        int in[DATA_NLANGS], langs = 0;
        for (int l = 0; l < DATA_NLANGS; l++) {
            data_set_lang(l);
            in[l] = data_has_line("en/detect.txt", s + a, i - a) || data_has_line("en/articles.txt", s + a, i - a) ||
                    data_has_line("en/of-words.txt", s + a, i - a) || data_has_line("en/and-words.txt", s + a, i - a);
            langs += in[l];
        }
        own_hits += in[own];
        for (int l = 0; l < DATA_NLANGS; l++)
            hits[l] += in[l] && langs == 1;
        for (size_t k = a; k < i;) {
            int32_t c = txt_next(s, i, &k);
            accent_points(c, pts);
        }
    }
    data_set_lang(was);
    if (!words || own_hits)
        return -1;
    /* the rest of a quotation the sentence has already begun in another language
     * ("No hay puerto sin ciudad", she said, "ni ciudad sin puerto.") */
    if (before >= 0 && before != own)
        return before;
    if (words < 2)
        return -1;
    int best = -1;
    size_t top = pts[own] + 1;
    for (int l = 0; l < DATA_NLANGS; l++)
        if (l != own && hits[l] * 2 + pts[l] > top) {
            top = hits[l] * 2 + pts[l];
            best = l;
        }
    return best;
}

/* A passage of a sentence in another language: bytes [a, e) of the text, the code of
 * its language and its speech text in that language. */
typedef struct span {
    size_t a, e;
    char code[SP_SPAN_CODE_MAX + 1];
    char *speech;
} span;

enum { SPANS_MAX = 26 };

/* The quotation mark that closes one opened by c, or 0 when c opens none. */
static int32_t closing_quote(int32_t c)
{
    return c == 0xAB ? 0xBB : c == 0x201C ? 0x201D : c == 0x201E ? 0x201C : c == '"' ? '"' : 0;
}


/* Finds the passages of text[0, n) that another voice speaks: runs of another script
 * espeak-ng has a voice for, and quotations clearly in another of herald's languages
 * (an opening mark without its closing one runs to the end, a closing one without
 * its opening one from the start: a quotation over several sentences). */
static size_t find_spans(const char *text, size_t n, st_kind kind, const sp_context *cx, span *sp)
{
    size_t ns = 0;
    int own = data_lang();
    /* a closing mark before any opening one */
    for (size_t i = 0; i < n;) {
        size_t at = i;
        int32_t c = txt_next(text, n, &i);
        if (closing_quote(c))
            break;
        if (c == 0xBB || c == 0x201D) {
            int l = quote_language(text, at, own, -1);
            if (l >= 0) {
                sp[ns].a = 0;
                sp[ns].e = i;
                snprintf(sp[ns].code, sizeof sp[ns].code, "%s", data_lang_code(l));
                sp[ns].speech = NULL;
                ns++;
            }
            break;
        }
    }
    size_t weighed = 0;
    int quoted = ns ? data_lang_index(sp[0].code) : -1;
    for (size_t i = ns ? sp[0].e : 0; i < n && ns < SPANS_MAX;) {
        size_t at = i;
        int32_t c = txt_next(text, n, &i);
        if (foreign_script(c) && !micro_mu(text, n, at)) {
            size_t e = foreign_run(text, n, at);
            const char *lang = script_language(text + at, e - at);
            if (sp_span_voice(lang, strlen(lang))) {
                sp[ns].a = at;
                sp[ns].e = e;
                snprintf(sp[ns].code, sizeof sp[ns].code, "%s", lang);
                sp[ns].speech = NULL;
                ns++;
            }
            i = e > i ? e : i;
            continue;
        }
        int32_t close = closing_quote(c);
        /* an ASCII mark opens only at a word's start; a mark inside a quotation already
         * weighed opens none (so the text is weighed once: linear) */
        if (!close || (c == '"' && at > 0 && text[at - 1] != ' ' && text[at - 1] != '(') || at < weighed)
            continue;
        size_t e = i, inner_e = n;
        while (e < n) {
            size_t q = e;
            if (txt_next(text, n, &q) == close) {
                inner_e = e;
                e = q;
                break;
            }
            e = q;
        }
        weighed = inner_e < n ? e : n;
        int l = quote_language(text + i, inner_e - i, own, quoted);
        if (l < 0)
            continue;
        quoted = l;
        sp[ns].a = at;
        sp[ns].e = e;
        snprintf(sp[ns].code, sizeof sp[ns].code, "%s", data_lang_code(l));
        sp[ns].speech = NULL;
        ns++;
        i = e;
    }
    /* Cyrillic with no letter of one language takes the language another passage of
     * the sentence shows ("Mayor Олена Коваль: ласкаво просимо, і …") */
    const char *cyr = NULL;
    for (size_t k = 0; k < ns; k++)
        if (!strcmp(sp[k].code, "uk") || !strcmp(sp[k].code, "ru") || !strcmp(sp[k].code, "bg") ||
            !strcmp(sp[k].code, "sr") || !strcmp(sp[k].code, "mk"))
            cyr = cyr && strcmp(cyr, sp[k].code) ? "" : sp[k].code;
    for (size_t k = 0; k < ns && cyr && *cyr; k++)
        if (!strcmp(sp[k].code, "und-Cyrl"))
            snprintf(sp[k].code, sizeof sp[k].code, "%s", cyr);
    /* each passage's speech text, by its language's rules */
    for (size_t k = 0; k < ns; k++) {
        span *p = &sp[k];
        int l = data_lang_index(p->code);
        if (l < 0) {
            /* another script: espeak-ng's voice reads its letters as they are */
            size_t b = p->a, e = p->e;
            p->speech = malloc(e - b + 1);
            if (p->speech) {
                memcpy(p->speech, text + b, e - b);
                p->speech[e - b] = '\0';
            }
        } else {
            /* the quotation without its marks */
            size_t b = p->a, e = p->e, q = b;
            int32_t c = txt_next(text, n, &q);
            if (closing_quote(c))
                b = q;
            size_t t = e, last = b;
            for (size_t r = b; r < e;) {
                last = r;
                txt_next(text, e, &r);
            }
            q = last;
            int32_t z = last < e ? txt_next(text, e, &q) : 0;
            if (z == 0xBB || z == 0x201D || z == 0x201C || z == '"')
                t = last;
            char *inner = malloc(t - b + 1);
            if (inner) {
                memcpy(inner, text + b, t - b);
                inner[t - b] = '\0';
                sp_context sub = cx ? *cx : (sp_context){NULL, 0, 0, 0, NULL, 0};
                sub.lang = l;
                if (l != 0)
                    sub.lex = NULL; /* the lexicon is English's */
                int was = data_set_lang(l);
                p->speech = speech_text(inner, kind, &sub);
                data_set_lang(was);
                free(inner);
            }
        }
        if (!p->speech) {
            for (size_t j = 0; j < ns; j++)
                free(sp[j].speech);
            return (size_t)-1;
        }
    }
    return ns;
}

char *sp_speech_text(const char *text, st_kind kind, const sp_context *cx)
{
    int was = data_set_lang(cx ? cx->lang : 0);
    peso_sign = cx && cx->peso;
    cites_paragraphs = !cx || !cx->footnotes;
    span sp[SPANS_MAX];
    size_t n = strlen(text), ns = find_spans(text, n, kind, cx, sp);
    char *r = NULL;
    if (ns == (size_t)-1)
        goto out;
    if (!ns) {
        r = speech_text(text, kind, cx);
        goto out;
    }
    /* each passage stands in the sentence as a word of its own (SP_SPAN_OPEN and a
     * letter) that every rule passes as it is, and is put back at the end */
    sb t = {0};
    size_t from = 0;
    for (size_t k = 0; k < ns; k++) {
        sb_putn(&t, text + from, sp[k].a - from);
        if (t.len && t.s[t.len - 1] != ' ')
            sb_putc(&t, ' ');
        sb_putc(&t, SP_SPAN_OPEN);
        sb_putc(&t, (char)('a' + k));
        from = sp[k].e;
        if (from < n && text[from] != ' ' && !strchr(".,;:!?)", text[from]))
            sb_putc(&t, ' ');
    }
    sb_putn(&t, text + from, n - from);
    char *held = t.oom ? NULL : sb_take(&t);
    char *said = held ? speech_text(held, kind, cx) : NULL;
    free(held);
    if (said) {
        sb o = {0};
        for (const char *c = said; *c; c++) {
            if (*c == SP_SPAN_OPEN && c[1] >= 'a' && (size_t)(c[1] - 'a') < ns) {
                span *p = &sp[c[1] - 'a'];
                sb_putc(&o, SP_SPAN_OPEN);
                sb_puts(&o, p->code);
                sb_putc(&o, SP_SPAN_TEXT);
                sb_puts(&o, p->speech);
                sb_putc(&o, SP_SPAN_CLOSE);
                c++;
                continue;
            }
            sb_putc(&o, *c);
        }
        r = o.oom ? NULL : sb_take(&o);
        if (o.oom)
            sb_free(&o);
        free(said);
    }
    for (size_t k = 0; k < ns; k++)
        free(sp[k].speech);
out:
    data_set_lang(was);
    return r;
}

/* "II. Current Programs", "IV. Conclusion": an outline's numeral opening a heading,
 * its number in o (espeak-ng says "I.I" and "vee"); where the heading's words start,
 * or 0. */
static size_t outline_numeral(const char *t, size_t n, sb *o)
{
    size_t k = strspn(t, "IVX");
    int v = k && k <= 6 ? roman_value(t, k) : 0;
    if (v <= 0 || k + 3 >= n || t[k] != '.' || t[k + 1] != ' ' || !isupper((unsigned char)t[k + 2]) ||
        !isalpha((unsigned char)t[k + 3]))
        return 0; /* (not an initial: "I. M. Pei Lecture") */
    sb_printf(o, "%d. ", v);
    return k + 2;
}

static char *speech_text(const char *text, st_kind kind, const sp_context *cx)
{
    char *pre = NULL, *out = NULL;
    word *w = NULL;
    size_t nw = 0, cap = 0;
    sb o = {0};

    /* "(BOOING)", "(CHEERS AND APPLAUSE)": a direction set in capitals describes what
     * is heard; its words are said as words, not spelled ("B.O.O.I.N.G") */
    /* (a word of letters alone, three or more, not an abbreviation's before its stop
     * nor an acronym the data spells: "BY MR. REYES" keeps its "MR.", "[TIFF
     * OMITTED] T5512.001" its reference, "AUDIENCE CHANTS USA" its letters) */
    char *lowered = NULL;
    if (kind == ST_STAGE && data_lang() == 0 && !txt_has_lower(text, strlen(text)) &&
        (lowered = xstrdup(text)) != NULL) {
        size_t tl = strlen(text);
        for (size_t k = 0; k < tl;) {
            size_t e = k;
            while (e < tl && isupper((unsigned char)text[e]))
                e++;
            /* (nor a name after a title's stop: "MR. REYES" is said "Mister Reyes"; nor a
             * king's numeral, "CHARLES III", nor a word of three or four letters that
             * may be a call sign's or an acronym's, "WSVN", "AOC", but the small words
             * a direction is made of) */
            int titled = k >= 2 && text[k - 1] == ' ' && text[k - 2] == '.';
            /* (a king's numeral: I, V, X, up to four; "CIVIC" is a word) */
            int roman = e - k <= 4 && strspn(text + k, "IVX") >= e - k, vowel = 0, regnal = 0;
            /* (a name before its numeral keeps its capital: "CHARLES III", "LEO XIV" are
             * "Charles the 3rd", "Leo the 14th") */
            if (e + 1 < tl && text[e] == ' ') {
                size_t r = strspn(text + e + 1, "IVX");
                regnal = r >= 1 && r <= 4 && (e + 1 + r == tl || !isalnum((unsigned char)text[e + 1 + r]));
            }
            for (size_t q = k; q < e; q++)
                vowel |= strchr("AEIOUY", text[q]) != NULL;
            /* (three or four letters: only the small words a direction is made of;
             * "GOP", "ABC", "ESPN" are letters) */
            static const char *const small[] = {"THE", "AND", "WAS", "ARE", "FOR", "WITH", "FROM", "INTO", "BOOS",
                                                "CLIP", "END", "ENDS", "OFF", "HIS", "HER", "THEY", "HAS", "HAVE",
                                                "ALL", "OUT", "SITS", "SIT", "NOD", "NODS", "CRY", "SOBS", "THIS",
                                                "THAT", "BACK", "ROOM", "SAYS", "SAID", "TAPE", "BELL", "RISE",
                                                "MAN", "MEN", "DOG", "DOGS", "BOY", "GIRL", "CAR", "DOOR", "BABY",
                                                "KING", "POPE", "ASKS", "CALL", "OPEN", "OPENS", "WAVE", "WAVES",
                                                "SHOT", "SHOTS", "GUN", "BOOM", "HORN", "HUM", "SONG", "PLAY", "CUT",
                                                "CUTS", "ONE", "TWO", "OVER", "CHEER", "CLAP", "BOO", "LEFT", "EXIT",
                                                "ENTER", "WALK", "WALKS", "RUNS", "DEAD", "AIR", "ON", "UP", "IN"};
            int listed = 0;
            for (size_t q = 0; q < sizeof small / sizeof *small && !listed; q++)
                listed = strlen(small[q]) == e - k && memcmp(small[q], text + k, e - k) == 0;
            int plain = (e - k >= 5 || listed) && !titled && !roman && vowel && (k == 0 || !isalnum((unsigned char)text[k - 1])) &&
                        (e == tl || (!isalnum((unsigned char)text[e]) && text[e] != '.')) && acronym_kind(text + k, e - k) != 's';
            plain |= regnal && e - k >= 3 && vowel && !titled && !roman && acronym_kind(text + k, e - k) != 's';
            for (size_t q = regnal ? k + 1 : k; plain && q < e; q++)
                lowered[q] = (char)tolower((unsigned char)text[q]);
            k = e > k ? e : k + 1;
        }
        text = lowered;
    }
    pre = prepare(text, kind);
    free(lowered);
    if (!pre)
        goto out;
    size_t n = strlen(pre), i = 0, tag = 0;
    /* "(FR) Madame la Présidente, …": the European Parliament's mark of the language a
     * member spoke, before the words; no word to say ("F.R") */
    if (n > 5 && pre[0] == '(' && isupper((unsigned char)pre[1]) && isupper((unsigned char)pre[2]) && pre[3] == ')' &&
        pre[4] == ' ') {
        static const char codes[] = "BG CS DA DE EL EN ES ET FI FR GA HR HU IT LT LV MT NL PL PT RO SK SL SV ";
        for (const char *c = codes; *c; c += 3)
            if (c[0] == pre[1] && c[1] == pre[2]) {
                tag = 5;
                break;
            }
    }
    /* "a £40,000-a-year post", "a 20-per-day limit": the amount and how often, words
     * of their own (the money said before its rate, "40,000 pounds a year") */
    for (size_t x = 1; data_lang() == 0 && x + 4 < n; x++) {
        size_t l = strncmp(pre + x, "-a-", 3) == 0 ? 3 : strncmp(pre + x, "-an-", 4) == 0 ? 4
                                                       : strncmp(pre + x, "-per-", 5) == 0 ? 5 : 0;
        if (l && isdigit((unsigned char)pre[x - 1]) && x + l < n && isalpha((unsigned char)pre[x + l])) {
            pre[x] = ' ';
            pre[x + l - 1] = ' ';
        }
    }
    /* "Rs. 25,00,000/-": India's mark that an amount has no paise, not said */
    for (size_t x = 1; data_lang() == 0 && x + 1 < n; x++)
        if (pre[x] == '/' && pre[x + 1] == '-' && isdigit((unsigned char)pre[x - 1]) &&
            (x + 2 == n || pre[x + 2] == ' ' || strchr(".,;:)", pre[x + 2]))) {
            memmove(pre + x, pre + x + 2, n - x - 1);
            n -= 2;
        }
    i = tag ? tag : list_marker(pre, n, &o);
    if (!i && kind == ST_HEADING)
        i = outline_numeral(pre, n, &o);
    while (i < n) {
        while (i < n && pre[i] == ' ')
            i++;
        size_t a = i;
        while (i < n && pre[i] != ' ')
            i++;
        if (a == i)
            break;
        if (grow((void **)&w, &cap, nw + 1, sizeof *w) != 0)
            goto out;
        w[nw].s = pre + a;
        w[nw].n = i - a;
        split_word(&w[nw]);
        nw++;
    }
    for (size_t k = 0; k < nw;) {
        size_t mark = o.len, e = k;
        /* "85 ppb (parts per billion)", "5 km (kilometres)", "10 mg/L (10 milligrams
         * per litre)": a bracket that says again what was just said (an abbreviation,
         * then its words) is said once */
        int br = k && data_lang() == 0 && w[k].lead == 1 && w[k].s[0] == '(';
        while (br && e < nw && e < k + 8 && !memchr(w[e].s + w[e].lead + w[e].core, ')', w[e].trail))
            e++;
        if (k)
            sb_putc(&o, ' ');
        size_t was = k;
        k += read_word(&o, w, k, nw, cx);
        br = br && e < nw && e < was + 8 && memchr(w[e].s + w[e].lead + w[e].core, ')', w[e].trail);
        /* (words in it, not figures alone: "12.5% (12.5%)", "250 (250)" give the year
         * before, unchanged, as Nordic reports do) */
        int lettered = 0;
        for (size_t q = was; br && q <= e && !lettered; q++)
            for (size_t c = 0; c < w[q].core && !lettered; c++)
                lettered = isalpha((unsigned char)w[q].s[w[q].lead + c]) != 0;
        /* (nor the words before it again as written, "SEK 250 million (SEK 250
         * million)": the year before, unchanged) */
        if (br && was >= e - was + 1 && e - was < 8) {
            size_t m = e - was + 1;
            int same = 1;
            for (size_t q = 0; q < m && same; q++) {
                const word *a1 = &w[was - m + q], *b1 = &w[was + q];
                same = a1->core == b1->core && memcmp(a1->s + a1->lead, b1->s + b1->lead, a1->core) == 0;
            }
            lettered = lettered && !same;
        }
        br = br && lettered;
        if (br && k <= e + 1) {
            while (k <= e) {
                sb_putc(&o, ' ');
                k += read_word(&o, w, k, nw, cx);
            }
            if (k == e + 1 && o.s && said_again(o.s, mark, o.len)) {
                const char *t = w[e].s + w[e].lead + w[e].core, *close = memchr(t, ')', w[e].trail);
                o.len = mark;
                sb_putn(&o, close + 1, (size_t)(t + w[e].trail - close - 1));
            }
        }
    }
    if (o.oom)
        goto out;
    out = settle(o.s ? o.s : "");
    if (out && data_lang() != 0) {
        char *agreed = agree_numbers(out);
        free(out);
        out = agreed;
    }
out:
    free(pre);
    free(w);
    sb_free(&o);
    return out;
}

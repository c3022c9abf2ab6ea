/* segment: sentence boundaries inside a block, as byte offsets into the input.
 *
 * A sentence ends at . ! ? or an ellipsis (with any closing quotes and brackets after
 * it) followed by white space, unless what follows or the word before says otherwise:
 * a lower-case continuation, a known abbreviation, an initial, a list marker. Inline
 * list items ("1.) … 2.) …"), line breaks that are not wrapping, and sentences run
 * together without a space ("world.Today") also end sentences. What abbreviations and
 * sentence starters exist is data (data/en/); the rules here are English. */
#include "segment.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "data.h"
#include "dates.h"
#include "text.h"
#include "util.h"

static int code_abbreviation(const char *w, size_t n);

/* ------------------------------------------------------------ word knowledge */

/* The class abbreviations.txt gives the abbreviation, as written there, or 0. */
static int abbreviation_class(const char *word, size_t len)
{
    /* "mr title": the abbreviation is a line's first word, its behaviour the second */
    const char *line = data_word_line("en/abbreviations.txt", word, len, 1, DATA_FIRST);
    return line && line[len] == ' ' ? line[len + 1] : 0;
}

int seg_abbreviation(const char *word, size_t len)
{
    int cls = abbreviation_class(word, len);
    if (cls != 'e')
        return cls;
    /* (a title in mixed case only: "Lic.", not "LIC." nor "SRA.") */
    int mixed = len >= 2 && isupper((unsigned char)word[0]);
    for (size_t k = 1; k < len && mixed; k++)
        mixed = !isupper((unsigned char)word[k]);
    return mixed ? 't' : 0;
}

/* Whether the abbreviation is a title only before a name (abbreviations.txt's "e"). */
static int name_title_only(const char *word, size_t len) { return abbreviation_class(word, len) == 'e'; }

/* Is the word starting at s[i] one of the common sentence starters? */
static int is_starter(const char *s, size_t i, size_t b)
{
    size_t e = i;
    while (e < b && ((s[e] >= 'a' && s[e] <= 'z') || (s[e] >= 'A' && s[e] <= 'Z')))
        e++;
    return data_word_line("en/starters.txt", s + i, e - i, 0, DATA_ANYWHERE) != NULL;
}

/* Whether the word after the one at s[i] opens with a capital. */
static int capital_after(const char *s, size_t i, size_t b)
{
    while (i < b && s[i] != ' ' && s[i] != '\n')
        i++;
    while (i < b && s[i] == ' ')
        i++;
    return i < b && isupper((unsigned char)s[i]);
}

/* Whether the word after the one at s[i] opens in lower case. */
static int lower_after(const char *s, size_t i, size_t b)
{
    while (i < b && isalpha((unsigned char)s[i]))
        i++;
    if (i >= b || s[i] != ' ')
        return 0;
    while (i < b && s[i] == ' ')
        i++;
    return i < b && islower((unsigned char)s[i]);
}

/* Whether the word at s[i] (its letters) is one of the k words of list. */
static int word_among(const char *s, size_t i, size_t b, const char *const *list, size_t k)
{
    size_t e = i;
    while (e < b && isalpha((unsigned char)s[e]))
        e++;
    for (size_t q = 0; q < k; q++)
        if (strlen(list[q]) == e - i && strncmp(s + i, list[q], e - i) == 0)
            return 1;
    return 0;
}

/* Whether the word at s[i] opens a sentence and is no one's surname: an article, a
 * pronoun or a determiner ("The", "It", "We", "This"), not "A" (an initial too). */
static int letter_then_opening(const char *s, size_t i, size_t b)
{
    static const char *const words[] = {"The", "This", "That", "These", "Those", "There", "It", "Its",
                                        "We", "Our", "They", "Their", "He", "She", "His", "I", "You",
                                        "An", "What", "Why", "How", "When", "But", "And", "If"};
    size_t e = i;
    while (e < b && ((s[e] >= 'a' && s[e] <= 'z') || (s[e] >= 'A' && s[e] <= 'Z')))
        e++;
    if (e < b && s[e] == '.')
        return 0; /* "I." is an initial */
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (strlen(words[k]) == e - i && memcmp(s + i, words[k], e - i) == 0)
            return 1;
    /* or a word that opens sentences (data/en/starters.txt), not "A" */
    return e - i > 1 && is_starter(s, i, b);
}

/* Whether s[i] starts "The" and a capitalised word, a street's or a place's name
 * ("300 W. The Alameda", "The Strand"). */
static int the_name(const char *s, size_t i, size_t b)
{
    return i + 5 < b && strncmp(s + i, "The ", 4) == 0 && s[i + 4] >= 'A' && s[i + 4] <= 'Z' &&
           !is_starter(s, i + 4, b);
}

/* ------------------------------------------------------------ characters */

static int is_terminal(int32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

static int is_closer(int32_t c)
{
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
           c == 0xBB;
}

static int is_upper(int32_t c)
{
    utf8proc_category_t k = utf8proc_category(c);
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

static int is_lower(int32_t c) { return utf8proc_category(c) == UTF8PROC_CATEGORY_LL; }

static int is_letter(int32_t c)
{
    utf8proc_category_t k = utf8proc_category(c);
    return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}

static int is_digit(int32_t c) { return c >= '0' && c <= '9'; }

static int is_hspace(char c) { return c == ' ' || c == '\t'; }

static int32_t char_at(const char *s, size_t i, size_t b)
{
    return i < b ? txt_next(s, b, &i) : 0;
}

/* ------------------------------------------------------------ list markers */

typedef struct marker {
    size_t start, end; /* bullet and marker, [start, end) before the item's text */
    int value;         /* 1, 2, … or 'a', 'b', … */
    int style;         /* 1 "N.)"  2 "N)"  3 "N."  4 "a."  5 "a)" */
} marker;

/* A list marker at s[i] ("1.) ", "2) ", "3. ", "a. ", "• 9. ", "⁃10. "), or 0. */
static int read_marker(const char *s, size_t i, size_t b, marker *m)
{
    size_t p = i;
    int32_t c = char_at(s, p, b);
    if (c == 0x2022 || c == 0x2043 || c == 0x2023 || c == '*') {
        txt_next(s, b, &p);
        while (p < b && is_hspace(s[p]))
            p++;
    }
    size_t d = p;
    int value = 0;
    while (p < b && p - d < 3 && s[p] >= '0' && s[p] <= '9')
        value = value * 10 + (s[p++] - '0');
    int digits = p > d;
    if (!digits && p < b && s[p] >= 'a' && s[p] <= 'z' && (p + 1 >= b || !is_letter((int32_t)(unsigned char)s[p + 1]))) {
        value = s[p++];
    } else if (!digits) {
        return 0;
    }
    int style;
    if (p + 1 < b && s[p] == '.' && s[p + 1] == ')') {
        style = 1;
        p += 2;
    } else if (p < b && s[p] == ')') {
        style = digits ? 2 : 5;
        p++;
    } else if (p < b && s[p] == '.') {
        style = digits ? 3 : 4;
        p++;
    } else {
        return 0;
    }
    if (style == 1 && !digits)
        return 0;
    if (p >= b || !is_hspace(s[p]))
        return 0;
    m->start = i;
    m->end = p;
    m->value = value;
    m->style = style;
    return 1;
}

/* The markers of an inline list that starts the block: the first marker, then every
 * later one that continues the numbering in the same style. One marker alone is kept
 * too, so its stop ("1. First we listen") is not read as a sentence end. */
static size_t find_markers(const char *s, size_t a, size_t b, marker **out)
{
    marker *v = NULL, m;
    size_t cap = 0, n = 0;
    if (!read_marker(s, a, b, &m))
        return 0;
    for (size_t i = a; i < b; i++) {
        if (i > a && !is_hspace(s[i - 1]) && s[i - 1] != '\n')
            continue;
        if (!read_marker(s, i, b, &m))
            continue;
        if (n > 0 && (m.style != v[0].style || m.value != v[n - 1].value + 1))
            continue;
        if (grow((void **)&v, &cap, n + 1, sizeof *v) != 0)
            break;
        v[n++] = m;
        i = m.end;
    }
    *out = v;
    return n;
}

/* ------------------------------------------------------------ decisions */

/* Does a lone stop at `dot` end a sentence, given the first character after the white
 * space that follows (`next`, at byte `next_at`; 0 at the end of the block)? */
/* A time zone's code of data/en/zones.txt at s[i], a whole word. */
static int is_zone(const char *s, size_t i, size_t b)
{
    size_t e = i;
    while (e < b && e - i < 6 && s[e] >= 'A' && s[e] <= 'Z')
        e++;
    if (e == i || (e < b && isalnum((unsigned char)s[e])))
        return 0;
    const char *line;
    size_t len;
    return data_field_lines("en/zones.txt", s + i, e - i, 0, &line, &len, 1) > 0;
}

/* "4:10 a.m. Eastern, and…": the first word of a zone's spoken name (data/en/zones.txt)
 * at s[i], standing as the zone: before a comma or stop, a lower-case word, the end, or
 * the rest of the name ("Eastern Time"). */
static int is_zone_name(const char *s, size_t i, size_t b)
{
    size_t e = i;
    while (e < b && isalpha((unsigned char)s[e]))
        e++;
    if (e == i)
        return 0;
    size_t f = e;
    while (f < b && is_hspace(s[f]))
        f++;
    const data_file *z = data_get("en/zones.txt");
    size_t pos = 0, len;
    const char *line;
    while (z && data_next_line(z, &pos, &line, &len)) {
        const char *tab = memchr(line, '\t', len);
        if (!tab)
            continue;
        const char *say = tab + 1, *end = line + len;
        size_t wl = strcspn(say, " \t\n");
        if (wl != e - i || strncmp(say, s + i, wl) != 0)
            continue;
        if (f == b || !isalpha((unsigned char)s[f]) || islower((unsigned char)s[f]))
            return 1;
        const char *next = say + wl;
        while (next < end && *next == ' ')
            next++;
        size_t nl = strcspn(next, " \t\n");
        if (nl && next + nl <= end && strncmp(next, s + f, nl) == 0)
            return 1;
    }
    return 0;
}

/* A street's word, abbreviated (the first SHORT) or whole. */
static int street_word(const char *w, size_t n, int short_only)
{
    enum { SHORT = 13 };
    static const char *const words[] = {"St", "Ave", "Av", "Blvd", "Rd", "Dr", "Ln", "Pkwy", "Hwy", "Ct", "Pl", "Ter", "Cir",
                                        "Street", "Avenue", "Boulevard", "Road", "Drive", "Lane", "Way",
                                        "Parkway", "Highway", "Court", "Place", "Terrace", "Circle"};
    while (n && w[n - 1] == '.')
        n--;
    for (size_t k = 0; k < (short_only ? SHORT : sizeof words / sizeof *words); k++)
        if (strlen(words[k]) == n && memcmp(w, words[k], n) == 0)
            return 1;
    return 0;
}

int seg_street_word(const char *w, size_t n) { return street_word(w, n, 0); }

int seg_street_abbreviation(const char *w, size_t n) { return street_word(w, n, 1); }

/* Where the word before s[w] starts (its end, past the spaces between, in *end), in
 * s[a, w); *end itself when there is none. */
static size_t word_before(const char *s, size_t a, size_t w, size_t *end)
{
    size_t p = w;
    while (p > a && is_hspace(s[p - 1]))
        p--;
    size_t q = p;
    while (q > a && !is_hspace(s[q - 1]))
        q--;
    *end = p;
    return q;
}

static int equals_word_at(const char *s, size_t q, size_t n, const char *w)
{
    return strlen(w) == n && memcmp(s + q, w, n) == 0;
}

/* Whether a house number and a street's name stand before s[w] ("2250 W. Riverside "
 * before "Dr.", "100 Main " before "St."): one to three capitalised words (or an
 * ordinal, "14th"), perhaps a compass point, then the number. */
static int house_street_before(const char *s, size_t a, size_t w)
{
    size_t p = w, names = 0;
    for (;;) {
        size_t q = word_before(s, a, p, &p);
        if (q == p)
            return 0;
        size_t n = p - q;
        if (isdigit((unsigned char)s[q])) {
            size_t d = 0;
            while (d < n && isdigit((unsigned char)s[q + d]))
                d++;
            /* (the number, "2250", "2250A") */
            if (names && (d == n || (d + 1 == n && isupper((unsigned char)s[q + d]))))
                return 1;
            /* (or the street's ordinal, "W. 14th St.") */
            if (names || n - d != 2 || !(memcmp(s + p - 2, "th", 2) == 0 || memcmp(s + p - 2, "st", 2) == 0 ||
                                         memcmp(s + p - 2, "nd", 2) == 0 || memcmp(s + p - 2, "rd", 2) == 0))
                return 0;
            names++;
        } else if ((n == 2 && s[q + 1] == '.' && strchr("NSEW", s[q])) ||
                   (names && (equals_word_at(s, q, n, "North") || equals_word_at(s, q, n, "South") ||
                              equals_word_at(s, q, n, "East") || equals_word_at(s, q, n, "West")))) {
            if (!names)
                return 0; /* (a compass point after the name's words, not before) */
        } else if (is_upper((int32_t)(unsigned char)s[q]) && n >= 2 && txt_has_lower(s + q, n) && s[p - 1] != '.' &&
                   s[p - 1] != ',' && names < 3) {
            names++;
        } else {
            return 0;
        }
        p = q;
    }
}

/* Whether the capitalised words from s[i] reach a street's word within three ("Oak
 * Blvd.", "Martin Luther King Jr. Way"). */
static int street_ahead(const char *s, size_t i, size_t b)
{
    for (int k = 0; k < 4 && i < b; k++) {
        size_t e = i;
        while (e < b && !is_hspace(s[e]) && s[e] != '\n')
            e++;
        if (k > 0 && seg_street_word(s + i, e - i))
            return 1;
        if (!isupper((unsigned char)s[i]) || (e > i && s[e - 1] == ','))
            return 0;
        i = e;
        while (i < b && is_hspace(s[i]))
            i++;
    }
    return 0;
}

/* Whether the stop at s[dot] closes a title or an inner abbreviation ("Col.", "e.g."),
 * which end no sentence. */
static int title_stop(const char *s, size_t a, size_t dot)
{
    size_t w = dot;
    while (w > a && isalpha((unsigned char)s[w - 1]))
        w--;
    int cls = w < dot ? seg_abbreviation(s + w, dot - w) : 0;
    return cls == 't' || cls == 'i';
}

/* A name in capitals at s[i] ("RAMON ABALOS"): two words in capitals, the first no
 * word that opens sentences and no acronym ("FBI AGENTS" is no one). */
static int capitals_name(const char *s, size_t i, size_t b)
{
    size_t e = i;
    while (e < b && isalpha((unsigned char)s[e]))
        e++;
    size_t j = e;
    while (j < b && s[j] == ' ')
        j++;
    size_t f = j;
    while (f < b && isalpha((unsigned char)s[f]))
        f++;
    return e - i >= 2 && j > e && f - j >= 2 && !txt_has_lower(s + i, e - i) && !txt_has_lower(s + j, f - j) &&
           !data_word_line("en/starters.txt", s + i, e - i, 1, DATA_ANYWHERE) &&
           !data_word_line("en/acronyms.txt", s + i, e - i, 0, DATA_NOT_FIRST);
}

/* Whether the word at s[i] is a name that opens in lower case: a capital inside it
 * ("iPhone", "eBay", "iOS", "eSIM"), so it may open a sentence. */
static int brand_word(const char *s, size_t i, size_t b)
{
    if (i >= b || !islower((unsigned char)s[i]))
        return 0;
    for (size_t k = i + 1; k < b && k < i + 12 && isalpha((unsigned char)s[k]); k++)
        if (isupper((unsigned char)s[k]))
            return 1;
    return 0;
}

/* Whether the stop at s[dot] lies inside a legal citation of data/en/citations.txt
 * ("Fed. R. Civ. P.", "512 F. Supp. 3d 101"): 1 before its last character, 2 when
 * it is the last (a citation starting at one of the four words up to the stop's). */
static int inside_citation(const char *s, size_t a, size_t b, size_t dot)
{
    size_t p = dot;
    for (int words = 0; words < 4; words++) {
        while (p > a && !is_hspace(s[p - 1]))
            p--;
        /* (in its brackets: "(Sup. Ct. N.Y. Cnty. 2024)") */
        size_t at = p;
        while (at < dot && (s[at] == '(' || s[at] == '['))
            at++;
        const char *lines[8];
        size_t lens[8], nl = data_prefix_lines("en/citations.txt", s + at, b - at, 0, lines, lens, 8);
        /* (the longest: "Sup. Ct. N.Y. Cnty." goes on where "Sup. Ct." ends) */
        int found = 0;
        for (size_t i = 0; i < nl; i++) {
            const char *tab = memchr(lines[i], '\t', lens[i]);
            size_t e = at + (tab ? (size_t)(tab - lines[i]) : lens[i]);
            if (e > dot && (e == b || !isalnum((unsigned char)s[e])))
                found = e > dot + 1 ? 1 : found ? found : 2;
        }
        if (found)
            return found;
        while (p > a && is_hspace(s[p - 1]))
            p--;
        if (p == a)
            break;
    }
    return 0;
}

static int stop_ends_sentence(const char *s, size_t a, size_t b, size_t dot, int32_t next,
                              size_t next_at, size_t sentence)
{
    size_t w = dot;
    while (w > a) {
        size_t st;
        int32_t c = txt_prev(s, a, w, &st);
        if (!is_letter(c) && !is_digit(c) && c != '.' && c != 0xB0)
            break;
        w = st;
    }
    size_t len = dot - w;
    if (next == 0)
        return 1;
    /* "Lancet. 2025;405:1102-8": a journal's name before its year and volume, as the
     * Vancouver style runs them together, ends no sentence */
    if (is_digit(next) && next_at + 6 < b && isdigit((unsigned char)s[next_at + 1]) &&
        isdigit((unsigned char)s[next_at + 2]) && isdigit((unsigned char)s[next_at + 3]) && s[next_at + 4] == ';' &&
        isdigit((unsigned char)s[next_at + 5]))
        return 0;
    /* "a 19th-c. Jacquard loom": a century's short form after its ordinal, no
     * sentence's end unless a sentence's opening word follows */
    /* (or a space apart: "a 19th c. loom") */
    if (len == 1 && (s[w] == 'c' || s[w] == 'C') && w >= a + 5 && (s[w - 1] == '-' || s[w - 1] == ' ') &&
        isalpha((unsigned char)s[w - 2]) && isalpha((unsigned char)s[w - 3]) && isdigit((unsigned char)s[w - 4]) &&
        (u8_ncasecmp(s + w - 3, "st", 2) == 0 || u8_ncasecmp(s + w - 3, "nd", 2) == 0 || u8_ncasecmp(s + w - 3, "rd", 2) == 0 ||
         u8_ncasecmp(s + w - 3, "th", 2) == 0) &&
        !letter_then_opening(s, next_at, b) && !is_digit(next))
        return 0;
    /* ("S/. 3.20": the sol's sign with its stop, before its amount) */
    if (len == 0 && dot > a + 1 && s[dot - 1] == '/' && isupper((unsigned char)s[dot - 2]) && is_digit(next))
        return 0;
    if (len == 0)
        return !is_lower(next);
    /* "on 2025. 2. 5. at City Hall": the stops of a date written Korea's way */
    if (len <= 4 && is_digit((int32_t)(unsigned char)s[dot - 1]) && (is_digit(next) || is_lower(next))) {
        for (size_t p = dot >= a + 12 ? dot - 12 : a; p + 4 <= dot; p++) {
            if (!(p == a || !isdigit((unsigned char)s[p - 1])) || !isdigit((unsigned char)s[p]) ||
                !isdigit((unsigned char)s[p + 3]) || s[p + 4] != '.')
                continue;
            dt_date dd;
            size_t k = dt_date_at(s + p, b - p, DT_DAY_FIRST, &dd);
            if (k && dd.form == DT_ISO && p + k >= dot && (p + k > dot || is_lower(next)))
                return 0;
        }
    }
    /* (its last stop goes on before the number it cites: "143 S. Ct. 2141") */
    int cited = inside_citation(s, a, b, dot);
    if (cited == 1 || (cited == 2 && (is_digit(next) || next == 0xA7)))
        return 0;
    int cls = seg_abbreviation(s + w, len);
    /* ("Drivers must carry a Lic. The police …", "Lic. No. 12345": no name after it) */
    /* (a name of two words at least: "Lic. Esteban Moctezuma", not "for Lic. Details
     * are online") */
    if (cls == 't' && name_title_only(s + w, len) &&
        (is_starter(s, next_at, b) || word_among(s, next_at, b, (const char *const[]){"No"}, 1) ||
         !capital_after(s, next_at, b)))
        cls = 'o';
    /* "S.I. No. 28 of 2009", "Republic Act (R.A.) No. 8749", "G.R. No. 12345": letters
     * with their stops before a number's "No.", a statute's or a case's citation going
     * on */
    if (len >= 3 && memchr(s + w, '.', len) && is_upper((int32_t)(unsigned char)s[w]) && next_at + 5 <= b &&
        (strncmp(s + next_at, "No. ", 4) == 0 || strncmp(s + next_at, "Nos. ", 5) == 0)) {
        size_t d = next_at + (s[next_at + 2] == '.' ? 4 : 5);
        if (d < b && is_digit((int32_t)(unsigned char)s[d]))
            return 0;
    }
    /* "said Ma. Cristina Villanueva": the Philippines' short form of María before a
     * given name and a surname, as written there (capital M, small a) */
    if (!cls && len == 2 && s[w] == 'M' && s[w + 1] == 'a' && (w == a || s[w - 1] == ' ') && dot + 2 < b &&
        s[dot + 1] == ' ' && isupper((unsigned char)s[dot + 2])) {
        size_t e1 = dot + 2;
        while (e1 < b && isalpha((unsigned char)s[e1]))
            e1++;
        if (e1 + 2 < b && e1 > dot + 3 && s[e1] == ' ' && isupper((unsigned char)s[e1 + 1]) && !is_starter(s, dot + 2, b))
            return 0;
    }
    /* "26 × 22 in. (68 × 57.5 cm)": inches after a figure, before the size in the
     * metric system, as museums give a work's size */
    if (!cls && len == 2 && s[w] == 'i' && s[w + 1] == 'n' && w >= a + 2 && s[w - 1] == ' ' &&
        isdigit((unsigned char)s[w - 2]) && next == '(')
        return 0;
    /* "above 2,000 ms. 09:26 - Incident declared", "12 km. Then": a unit's stop after
     * its number ends the sentence, before a capital or a figure ("6 ft. 2 in. tall"
     * goes on: a unit after that figure too; "c. 1990" is circa) */
    /* (or after a number's scale: "about 43 million km. All ten instruments …") */
    int scaled = 0;
    if (cls && w >= a + 4 && s[w - 1] == ' ') {
        static const char *const scales[] = {"thousand", "million", "billion", "trillion"};
        size_t se = w - 1, sw = se;
        while (sw > a && isalpha((unsigned char)s[sw - 1]))
            sw--;
        for (size_t k = 0; k < 4 && !scaled; k++)
            scaled = strlen(scales[k]) == se - sw && memcmp(s + sw, scales[k], se - sw) == 0 && sw >= a + 2 &&
                     s[sw - 1] == ' ' && isdigit((unsigned char)s[sw - 2]);
    }
    if (cls && len >= 2 && len <= 4 && w >= a + 2 && s[w - 1] == ' ' && (isdigit((unsigned char)s[w - 2]) || scaled) &&
        (is_digit(next) || is_upper(next)) && data_lang() == 0) {
        const char *line;
        size_t ll;
        int unit = data_field_lines("en/units.txt", s + w, len, 0, &line, &ll, 1) != 0;
        if (unit && is_digit(next)) {
            size_t e = next_at;
            while (e < b && (isdigit((unsigned char)s[e]) || s[e] == ',' || s[e] == '.' || s[e] == ':'))
                e++;
            size_t f = e < b && s[e] == ' ' ? e + 1 : e, g = f;
            while (g < b && isalpha((unsigned char)s[g]))
                g++;
            unit = !(g > f && data_field_lines("en/units.txt", s + f, g - f, 0, &line, &ll, 1));
        }
        if (unit)
            return 1;
    }
    /* "Theft Ordinance, Cap. 210": Hong Kong's chapter of the laws, a capital C, before
     * its number (not "the rent cap. 2025 will …") */
    if (len == 3 && memcmp(s + w, "Cap", 3) == 0 && is_digit(next))
        return 0;
    /* "Pub. L. 117-58": Public Law, cited */
    if (len == 3 && memcmp(s + w, "Pub", 3) == 0 && next == 'L' && next_at + 1 < b && s[next_at + 1] == '.')
        return 0;
    /* "Civ. Code § 1788", "Cal. Penal Code", "Bus. & Prof. Code": a code's name cut
     * short before "Code" goes on */
    if (len >= 2 && len <= 6 && is_upper((int32_t)(unsigned char)s[w])) {
        int letters = 1;
        for (size_t k = w; k < dot && letters; k++)
            letters = isalpha((unsigned char)s[k]) != 0;
        size_t x = next_at;
        if (letters && x + 2 < b && s[x] == '&' && s[x + 1] == ' ') { /* ("& Prof. Code") */
            size_t e = x + 2;
            while (e < b && isalpha((unsigned char)s[e]))
                e++;
            x = e > x + 2 && e + 1 < b && s[e] == '.' && s[e + 1] == ' ' && isupper((unsigned char)s[x + 2]) ? e + 2 : b;
        } else if (letters && x < b && isupper((unsigned char)s[x]) && !(x + 4 <= b && memcmp(s + x, "Code", 4) == 0)) {
            size_t e = x; /* ("Penal Code") */
            while (e < b && isalpha((unsigned char)s[e]))
                e++;
            x = e < b && s[e] == ' ' ? e + 1 : b;
        }
        /* (cited: a section's sign, a number or "section" after it; "Mayor. Code Blue
         * is in effect" is two sentences) */
        size_t c = x + 4;
        if (c < b && (s[c] == ',' || s[c] == ')'))
            c++;
        while (c < b && is_hspace(s[c]))
            c++;
        int statute = c < b && c > x + 4 &&
                    (isdigit((unsigned char)s[c]) || (c + 1 < b && (unsigned char)s[c] == 0xC2 && (unsigned char)s[c + 1] == 0xA7) ||
                     u8_ncasecmp(s + c, "sec", 3) == 0 || u8_ncasecmp(s + c, "art", 3) == 0);
        /* (and the word a code's, data/en/expansions.txt's "code" lines, or one that
         * leads to one: "Cal. Penal Code"; not "won the Cup. Code 4 was declared") */
        if (letters && x + 4 <= b && memcmp(s + x, "Code", 4) == 0 && (x + 4 == b || !isalpha((unsigned char)s[x + 4])) &&
            (statute || (x + 4 < b && s[x + 4] == ')')) && (x != next_at || code_abbreviation(s + w, len)))
            return 0;
    }
    /* "published in Sci. Adv. 12", "J. Clin. Invest. 135", "Proc. Natl. Acad. Sci. USA
     * 121": a journal's name cut short, word by word (data/en/journal-words.txt), before
     * its volume; two words at least, so "John F. Kelly. 15 agencies" ends */
    /* (and "Ito H, et al. Lancet Oncol. 2026;27:301": the authors' "et al." before
     * the journal) */
    int et_al = len == 2 && memcmp(s + w, "al", 2) == 0 && w >= a + 3 && memcmp(s + w - 3, "et ", 3) == 0;
    if (len >= 1 && len <= 12 && (et_al || data_has_line("en/journal-words.txt", s + w, len))) {
        /* (the words cut short before this one, back to the run's start) */
        /* (a word in full among them, "Lancet Oncol.", has no stop) */
        size_t before = 0, q = w;
        while (!et_al && q >= a + 3 && s[q - 1] == ' ' && (s[q - 2] == '.' || isalpha((unsigned char)s[q - 2]))) {
            size_t r = q - 1 - (s[q - 2] == '.');
            size_t re = r;
            while (r > a && isalpha((unsigned char)s[r - 1]))
                r--;
            if (r == re || !data_has_line("en/journal-words.txt", s + r, re - r))
                break;
            before++;
            q = r;
        }
        size_t x = next_at, after = 0;
        for (;;) {
            size_t e = x;
            while (e < b && isalpha((unsigned char)s[e]))
                e++;
            if (e == x || e >= b || !data_has_line("en/journal-words.txt", s + x, e - x))
                break;
            if (s[e] == '.' && e + 1 < b && s[e + 1] == ' ')
                x = e + 2, after++;
            else if (s[e] == ' ' && e + 1 < b && isupper((unsigned char)s[e + 1]) && e - x >= 4 && txt_has_lower(s + x, e - x))
                x = e + 1, after++; /* ("et al. Lancet Oncol. 2026") */
            else if (s[e] == ' ' && e + 1 < b && isdigit((unsigned char)s[e + 1]) && e - x <= 3 &&
                     !txt_has_lower(s + x, e - x))
                x = e + 1, after++; /* ("… Sci. USA 121": a country's letters, no stop) */
            else
                break;
        }
        /* (or three words of a name or more, the run going on after this stop: "the
         * N. Engl. J. Med. last week") */
        if ((before + after >= 1 && x < b && isdigit((unsigned char)s[x])) || (!et_al && after >= 1 && before + after >= 2))
            return 0;
    }
    /* "Wilhelmstr. 97": a German street's "-str." before its number */
    if (len >= 5 && memcmp(s + dot - 3, "str", 3) == 0 && is_upper((int32_t)(unsigned char)s[w]) && is_digit(next))
        return 0;
    /* "(D. Md.)", "(N.D. Cal.)": a court's district in brackets, letters and stops to
     * the bracket's close */
    {
        size_t open = w;
        while (open > a && w - open < 8 && s[open - 1] != '(' && s[open - 1] != ')' && s[open - 1] != ' ')
            open--;
        while (open > a && w - open < 8 && (s[open - 1] == ' ' || s[open - 1] == '.' || isupper((unsigned char)s[open - 1])))
            open--;
        size_t close = next_at;
        while (close < b && close - next_at < 10 && (isalpha((unsigned char)s[close]) || s[close] == '.' || s[close] == ' '))
            close++;
        if (open > a && s[open - 1] == '(' && close < b && s[close] == ')' && len <= 3 && is_upper(next) &&
            s[close - 1] == '.')
            return 0;
    }
    /* "Ch. Insp. Amy Cole", "Ch. Supt.": Chief before a rank's abbreviation */
    if (len == 2 && s[w] == 'C' && s[w + 1] == 'h' && is_upper(next)) {
        size_t e = next_at;
        while (e < b && isalpha((unsigned char)s[e]))
            e++;
        if (e < b && s[e] == '.' && seg_abbreviation(s + next_at, e - next_at) == 't')
            return 0;
    }
    /* "Marchetti (ITA) d. Okafor (USA) 6-4": a result's "defeated", between two names */
    if (len == 1 && s[w] == 'd' && w >= a + 2 && s[w - 1] == ' ' && (s[w - 2] == ')' || isalpha((unsigned char)s[w - 2])) &&
        is_upper(next))
        return 0;
    /* "Company Reg. No. SC123456", "Pat. No. 7": an abbreviation before "No." names
     * the number's kind */
    if (cls && next_at + 3 < b && (s[next_at] == 'N' || s[next_at] == 'n') && s[next_at + 1] == 'o' &&
        (s[next_at + 2] == '.' || (s[next_at + 2] == 's' && s[next_at + 3] == '.')))
        return 0;
    /* "VAT No. GB 123 4567 89": the number's letters before its figures */
    if (cls == 'n' && next_at + 2 < b && isupper((unsigned char)s[next_at]) && isupper((unsigned char)s[next_at + 1])) {
        size_t e = next_at;
        while (e < b && isupper((unsigned char)s[e]))
            e++;
        if (e - next_at <= 3 && e + 1 < b && s[e] == ' ' && isdigit((unsigned char)s[e + 1]))
            return 0;
    }
    /* "filings with the SEC. We will": a listed acronym in capitals (data/en/
     * acronyms.txt), not the abbreviation its letters spell in lower case ("Sec."),
     * in a sentence written in mixed case; before a name in capitals it is the title
     * ("said SEC. RAMON ABALOS") */
    if (cls && len >= 3 && !memchr(s + w, '.', len) && !txt_has_lower(s + w, len) &&
        data_word_line("en/acronyms.txt", s + w, len, 0, DATA_NOT_FIRST) && txt_has_lower(s + sentence, w - sentence) &&
        !(cls == 't' && capitals_name(s, next_at, b)))
        cls = 0;
    /* "1401 E. 34th St.", "49 C.F.R. § 395.3": a letter or letters with stops before a
     * number or a section sign are an address's or a code's, not a sentence's end */
    /* (not figures alone, "from 198.51.100.23." over "23:40 UTC – …": an address's
     * or a number's stops, then the sentence's) */
    int lettered = 0;
    for (size_t x = w; x < dot && !lettered; x++)
        lettered = isalpha((unsigned char)s[x]);
    if ((len == 1 && is_upper((int32_t)(unsigned char)s[w]) && is_digit(next)) ||
        (memchr(s + w, '.', len) && lettered && (next == 0xA7 || (is_digit(next) && cls != 'o'))))
        return 0;
    /* a capital alone before a capitalised word is an initial first ("J. P. Solberg",
     * "S. Lee"), though "p." and "s." are abbreviations too */
    if (cls && cls != 't' && len == 1 && is_upper((int32_t)(unsigned char)s[w]) && is_upper(next))
        cls = 0;
    if (!cls) {
        /* "Tuesday.Mr. Smith": the abbreviation after a run-together stop. */
        const char *last = memchr(s + w, '.', len);
        while (last && memchr(last + 1, '.', (size_t)(s + dot - last - 1)))
            last = memchr(last + 1, '.', (size_t)(s + dot - last - 1));
        /* (not "fdic.gov. And": a domain's last part in lower case is no title) */
        if (last && s + dot - last > 2 && isupper((unsigned char)last[1]))
            cls = seg_abbreviation(last + 1, (size_t)(s + dot - last - 1));
    }
    /* "450 ms. Monitor …": after a number, a title's letters are a unit (not "12 St.
     * Anne's Rd.", a street's saint) */
    if (cls == 't' && !(len == 2 && s[w] == 'S' && s[w + 1] == 't')) {
        size_t p = w;
        while (p > a && is_hspace(s[p - 1]))
            p--;
        if (p < w && p > a && isdigit((unsigned char)s[p - 1]))
            cls = 'o';
        /* (and after "sq." or "cu.": "40,000 sq. ft. It opens …") */
        if (p < w && p >= a + 3 && s[p - 1] == '.' && (p == a + 3 || is_hspace(s[p - 4])) &&
            (u8_ncasecmp(s + p - 3, "sq", 2) == 0 || u8_ncasecmp(s + p - 3, "cu", 2) == 0))
            cls = 'o';
    }
    /* ("lost 3-2 at FT. Bennett …", "level at HT.": full time in capitals after "at"
     * or "by", a match report's, no fort) */
    if (cls == 't' && len == 2 && s[w] == 'F' && s[w + 1] == 'T') {
        size_t p, q = word_before(s, a, w, &p);
        if (q < p && p - q == 2 && (u8_ncasecmp(s + q, "at", 2) == 0 || u8_ncasecmp(s + q, "by", 2) == 0))
            cls = 'o';
    }
    /* ("the stone arch. It was …": a title that is a word too, in lower case, is the
     * word) */
    /* (nor after a capitalised word, a place's name: "at Marble Arch. Police …") */
    if (cls == 't' && len >= 3 && (len == 3 || len == 4) &&
        (u8_ncasecmp(s + w, "arch", len) == 0 || u8_ncasecmp(s + w, "eng", len) == 0)) {
        size_t pw = w;
        while (pw > a && is_hspace(s[pw - 1]))
            pw--;
        size_t ps = pw;
        while (ps > a && !is_hspace(s[ps - 1]))
            ps--;
        /* (only "Arch.", and not before a name of two words: "City Planner Arch. Maria
         * Santos"; "Principal Secretary Eng. Peter Mwangi" is the engineer's title) */
        size_t n1 = next_at, n2 = next_at;
        while (n2 < b && !is_hspace(s[n2]))
            n2++;
        while (n2 < b && is_hspace(s[n2]))
            n2++;
        int named = n1 < b && isupper((unsigned char)s[n1]) && n2 < b && isupper((unsigned char)s[n2]);
        if (islower((unsigned char)s[w]) ||
            (len == 4 && !named && pw < w && ps < pw && isupper((unsigned char)s[ps]) && islower((unsigned char)s[pw - 1])))
            cls = 'o';
    }
    /* "Thank you, Usec. Our buffer stock …": a title said to someone, after a comma,
     * ends the sentence before a word that opens one ("Good morning, Asec. Joey" does
     * not) */
    /* (or a question: "Thank you, Usec. Is there a timeline?") */
    static const char *const asks[] = {"Is", "Are", "Was", "Were", "Do", "Does", "Did", "Can", "Could", "Would",
                                       "Should", "Have", "Has"};
    /* (a question's verb before a word in lower case: "Is there", "Do you"; not "Mr.
     * Do Hung Viet", "Mr. Can Dündar") */
    if (cls == 't' && w > a + 2 && s[w - 1] == ' ' && s[w - 2] == ',' && is_upper(next) &&
        (is_starter(s, next_at, b) ||
         (word_among(s, next_at, b, asks, sizeof asks / sizeof *asks) && lower_after(s, next_at, b))))
        return 1;
    /* "toward Main St. Upon arrival …", "W. 14th St. The …": "St." after a street's
     * name is Street, and a word that opens sentences opens one after it ("Port St.
     * Lucie" goes on) */
    if (cls == 't' && len == 2 && (s[w] == 'S' && s[w + 1] == 't') && is_starter(s, next_at, b)) {
        size_t p, q = word_before(s, a, w, &p);
        if (q < p && ((is_upper((int32_t)(unsigned char)s[q]) && p - q >= 2 && txt_has_lower(s + q, p - q) &&
                       s[p - 1] != '.' && s[p - 1] != ',') ||
                      (isdigit((unsigned char)s[q]) && isalpha((unsigned char)s[p - 1]))))
            return 1;
    }
    /* "Sadly, Pte. Samuel Kiprop": a private's rank before a capital, not after a
     * company's name ("… with Keppel Pte. It takes effect …" ends there) */
    if (cls == 'o' && len == 3 && s[w] == 'P' && s[w + 1] == 't' && s[w + 2] == 'e' && is_upper(next)) {
        size_t p, q = word_before(s, a, w, &p);
        if (!(q < p && is_upper((int32_t)(unsigned char)s[q]) && s[p - 1] != ',' && s[p - 1] != '.' && s[p - 1] != ':'))
            return 0;
    }
    /* "Mfg. Date 09/2024", "Mfd. Lic. No.": a label's date of making (not "made by Acme
     * Mfg. They …") */
    if (cls == 'o' && len == 3 && (s[w] == 'M' || s[w] == 'm') && s[w + 1] == 'f' && (s[w + 2] == 'g' || s[w + 2] == 'd') &&
        next_at + 3 < b && (strncmp(s + next_at, "Date", 4) == 0 || strncmp(s + next_at, "Dt", 2) == 0 ||
                            strncmp(s + next_at, "Lic", 3) == 0))
        return 0;
    /* "| Sr. Communications Specialist", ", Sr. Vice President", "Sr. Mary Joseph":
     * "Sr." before a capital and not after a name (where it is one's suffix, "John
     * Fox Sr. Then …") is a title, Senior or Sister, and ends nothing */
    if (cls == 'o' && len == 2 && (s[w] == 'S' || s[w] == 's') && s[w + 1] == 'r' && is_upper(next)) {
        size_t p, q = word_before(s, a, w, &p);
        if (!(q < p && is_upper((int32_t)(unsigned char)s[q]) && txt_has_lower(s + q, p - q) && s[p - 1] != ',' &&
              s[p - 1] != '.' && s[p - 1] != ':'))
            return 0;
    }
    /* "450 Park Ave. S., Suite 1200", "5 Elm St. NW": a street's abbreviation before
     * its compass point goes on */
    if (next_at < b && seg_street_abbreviation(s + w, len)) {
        size_t e = next_at;
        while (e < b && (isupper((unsigned char)s[e]) || s[e] == '.'))
            e++;
        size_t l = e - next_at - (e > next_at && s[e - 1] == '.');
        int compass = l >= 1 && l <= 4 && (e >= b || is_hspace(s[e]) || s[e] == ',' || s[e] == ';');
        for (size_t k = next_at; compass && k < e; k++)
            compass = strchr("NSEW.", s[k]) != NULL;
        if (compass && (l <= 2 || memchr(s + next_at, '.', e - next_at)))
            return 0;
        /* ("Montlake Blvd. East and Pacific St.", "24th Ave. North, then": the point
         * in words, then no capitalised word) */
        static const char *const points[] = {"North", "South", "East", "West", "Northeast", "Northwest", "Southeast",
                                             "Southwest"};
        size_t we = next_at;
        while (we < b && isalpha((unsigned char)s[we]))
            we++;
        size_t after = we;
        while (after < b && is_hspace(s[after]))
            after++;
        int capital_after = we < after && after < b && is_upper((int32_t)(unsigned char)s[after]);
        for (size_t k = 0; k < sizeof points / sizeof *points; k++)
            if (strlen(points[k]) == we - next_at && memcmp(s + next_at, points[k], we - next_at) == 0 && !capital_after)
                return 0;
    }
    /* "at 2250 W. Riverside Dr. Media vehicles …", "at 100 Main St. Visitors …": after a
     * house number and a street's name, "Dr." is Drive and "St." Street, and a
     * capitalised word opens a sentence (not a compass point, a suite, nor a town
     * before its comma: "100 Main St. Columbus, Ohio") */
    if (cls == 't' && len == 2 && ((s[w] == 'S' && s[w + 1] == 't') || (s[w] == 'D' && s[w + 1] == 'r')) &&
        is_upper(next) && house_street_before(s, a, w)) {
        size_t e = next_at;
        while (e < b && !is_hspace(s[e]))
            e++;
        static const char *const goes_on[] = {"N", "S", "E", "W", "NE", "NW", "SE", "SW", "N.", "S.", "E.", "W.",
                                              "N.E.", "N.W.", "S.E.", "S.W.", "Suite", "Ste.", "Ste", "Unit",
                                              "Apt.", "Apt", "Floor", "Fl.", "Room", "Rm.", "Building", "Bldg.",
                                              "Box", "North", "South", "East", "West", "Extension", "Ext."};
        int on = s[e - 1] == ',' || s[e - 1] == ':' || s[e - 1] == ';';
        for (size_t k = 0; k < sizeof goes_on / sizeof *goes_on && !on; k++)
            on = strlen(goes_on[k]) == e - next_at && memcmp(s + next_at, goes_on[k], e - next_at) == 0;
        if (!on)
            return 1;
    }
    /* "Trains skip Flatbush Av. Some 4 trains run", "on Elm Dr. The road": a street's
     * abbreviation after its capitalised name, then a word that opens a sentence */
    /* (not "Dr." nor "St.", titles too: "Director Dr. An Hyun-jin", "the BBC's Dr. Who") */
    if (cls == 't' && next_at < b && seg_street_abbreviation(s + w, len) && letter_then_opening(s, next_at, b) &&
        !(len == 2 && ((s[w] == 'D' && s[w + 1] == 'r') || (s[w] == 'S' && s[w + 1] == 't')))) {
        size_t p0, q0 = word_before(s, a, w, &p0);
        if (q0 < p0 && is_upper((int32_t)(unsigned char)s[q0]) && txt_has_lower(s + q0, p0 - q0) &&
            !strchr(",.:", s[p0 - 1]))
            return 1;
    }
    /* "Goldman Sachs & Co. LLC is …", "Meridian Logistics Sdn. Bhd. for …": a company's
     * legal form after an abbreviation goes on with the name (data/en/company-forms.txt) */
    /* (only after a company's own abbreviation, and the form as written: "the U.S.
     * As a result" goes on to a new sentence) */
    static const char *const firms[] = {"Co", "Inc", "Corp", "Ltd", "Sdn", "Bhd", "Pty", "Pte", "Bros", "N.V", "S.A", "B.V"};
    int firm = 0;
    for (size_t k = 0; cls == 'o' && next_at < b && is_upper(next) && k < sizeof firms / sizeof *firms && !firm; k++)
        firm = strlen(firms[k]) == len && memcmp(firms[k], s + w, len) == 0;
    if (firm && data_lang() == 0) {
        size_t e = next_at;
        while (e < b && (isalpha((unsigned char)s[e]) || s[e] == '.'))
            e++;
        size_t fl = e - next_at;
        char form[16];
        size_t k = 0;
        for (size_t x = next_at; x < e && k + 1 < sizeof form; x++)
            if (s[x] != '.')
                form[k++] = s[x];
        if (fl && k < sizeof form - 1 && data_word_line("en/company-forms.txt", form, k, 0, DATA_ANYWHERE) &&
            (e >= b || !isalpha((unsigned char)s[e])))
            return 0;
    }
    /* "on Fri. Jan. 9": a weekday's abbreviation before its date goes on */
    if (cls == 'o' && dt_weekday(s + w, len) > 0) {
        size_t e = next_at;
        while (e < b && isalpha((unsigned char)s[e]))
            e++;
        if (dt_month(s + next_at, e - next_at))
            return 0;
    }
    if (cls == 't' || cls == 'i')
        return 0;
    /* "ld. Sr. Adv. for the appellants": an abbreviation before a title's abbreviation
     * with its stop ("Adv.", "Prof.") goes on */
    if (cls == 'o' && next_at < b && is_upper(next)) {
        size_t e = next_at;
        while (e < b && isalpha((unsigned char)s[e]))
            e++;
        size_t after = e + 1;
        while (after < b && is_hspace(s[after]))
            after++;
        /* not "Inc. Mr. Smith": a title before a name opens the next sentence */
        if (e < b && s[e] == '.' && e - next_at >= 2 && seg_abbreviation(s + next_at, e - next_at) == 't' &&
            after < b && islower((unsigned char)s[after]))
            return 0;
    }
    /* "WASHINGTON, D.C. – Today…": a dateline's abbreviation before a dash */
    if ((cls || memchr(s + w, '.', len)) && (next == 0x2013 || next == 0x2014 || next == '-'))
        return 0;
    /* "WASHINGTON, D.C. (Jan. 3, 2024) — …": before its date in brackets and the dash */
    if ((cls || memchr(s + w, '.', len)) && next == '(') {
        dt_date dd;
        size_t e = next_at + 1, n = dt_date_at(s + e, b - e, DT_MONTH_FIRST, &dd);
        if (n && e + n < b && s[e + n] == ')') {
            e += n + 1;
            while (e < b && is_hspace(s[e]))
                e++;
            int32_t dash = e < b ? txt_next(s, b, &e) : 0;
            if (dash == 0x2013 || dash == 0x2014 || dash == '-')
                return 0;
        }
    }
    /* "Alberta (+6.7%) and B.C. (+5.4%) contributed the most.": an abbreviation before
     * a figure in brackets, the sentence going on after them in lower case or at a
     * comma, goes on */
    if ((cls || memchr(s + w, '.', len)) && next == '(' && next_at + 1 < b &&
        (isdigit((unsigned char)s[next_at + 1]) || strchr("+-$%", s[next_at + 1]))) {
        size_t e = next_at + 1;
        while (e < b && e < next_at + 40 && s[e] != ')' && s[e] != '(' && s[e] != '\n')
            e++;
        if (e < b && s[e] == ')') {
            e++;
            while (e < b && is_hspace(s[e]))
                e++;
            if (e < b && (islower((unsigned char)s[e]) || s[e] == ',' || s[e] == ';'))
                return 0;
        }
    }
    /* "740 ILCS 14/1 et seq. ("BIPA")." and "Acme Holdings Inc. (the "Company"),": a
     * term defined in brackets after an abbreviation, in its quotation marks, the
     * sentence ending or going on after them, belongs to the sentence */
    if ((cls || memchr(s + w, '.', len)) && next == '(' && next_at + 2 < b) {
        size_t e = next_at + 1;
        if (e + 4 < b && strncmp(s + e, "the ", 4) == 0)
            e += 4;
        if (s[e] == '"' || (e + 3 <= b && (unsigned char)s[e] == 0xE2 && (unsigned char)s[e + 1] == 0x80 &&
                            (unsigned char)s[e + 2] == 0x9C)) {
            while (e < b && e < next_at + 60 && s[e] != ')' && s[e] != '(' && s[e] != '\n')
                e++;
            if (e < b && s[e] == ')' &&
                (e + 1 == b || strchr(".,;:)", s[e + 1]) ||
                 (is_hspace(s[e + 1]) && e + 2 < b && islower((unsigned char)s[e + 2]))))
                return 0;
        }
    }
    /* "…the Festival Orchestra, cond. Iván Fischer": a listing's conductor after its
     * comma */
    if (len == 4 && memcmp(s + w, "cond", 4) == 0 && w >= a + 2 && s[w - 1] == ' ' && s[w - 2] == ',' && is_upper(next))
        return 0;
    /* "To Coach D. — thank you …": an initial before a dash and a word in lower case */
    if (len == 1 && is_upper((int32_t)(unsigned char)s[w]) && (next == 0x2013 || next == 0x2014 || next == '-')) {
        size_t e = next_at;
        txt_next(s, b, &e);
        while (e < b && is_hspace(s[e]))
            e++;
        if (e < b && islower((unsigned char)s[e]))
            return 0;
    }
    if (cls == 'n') {
        /* "Resolution No. R-2025-88": a number with letters is still the number */
        size_t e = next_at;
        int digit = 0;
        while (e < b && !is_hspace(s[e]) && s[e] != '\n')
            digit |= isdigit((unsigned char)s[e++]);
        return !is_digit(next) && is_upper(next) && !digit;
    }
    if (cls == 'm') {
        /* a.m./p.m. before a capital: the end of a clause ("He left at 6 P.M. Mr. Smith
         * then…"), not an opening time ("At 5 a.m. Mr. Smith went…"), nor before the
         * time's zone ("10:30 A.M. EDT"). */
        if (!is_upper(next) || is_zone(s, next_at, b) || is_zone_name(s, next_at, b))
            return 0;
        /* "until 6 p.m. Wednesday.": the day or month of the time */
        size_t we = next_at;
        while (we < b && isalpha((unsigned char)s[we]))
            we++;
        if (dt_weekday(s + next_at, we - next_at) || dt_month(s + next_at, we - next_at))
            return 0;
        /* "until 11:00 a.m. Washington time", "10 a.m. New York time": a place's clock,
         * a capitalised word or three, then "time" */
        /* (not a sentence that opens so: "This time, …", "Every time …", "Local time
         * is …") */
        for (size_t x = next_at, names = 0; x < b && names < 3 && is_upper(s[x]) && !is_starter(s, next_at, b) &&
                                            !(b - next_at > 6 && memcmp(s + next_at, "Local ", 6) == 0);
             names++) {
            while (x < b && (isalpha((unsigned char)s[x]) || s[x] == '-' || s[x] == '\''))
                x++;
            while (x < b && is_hspace(s[x]))
                x++;
            /* (or "Time" after a capital's name, as Xinhua writes "10:43 a.m. Beijing
             * Time on Thursday"; not "Story Time starts") */
            if (b - x >= 4 &&
                (memcmp(s + x, "time", 4) == 0 ||
                 (x > next_at && memcmp(s + x, "Time", 4) == 0 &&
                  data_has_line("en/places.txt", s + next_at, x - 1 - next_at))) &&
                (b - x == 4 || !isalpha((unsigned char)s[x + 4])))
                return 0;
        }
        /* "spoken to P.M. Netanyahu": no time before it, the Prime Minister's title */
        {
            size_t p = w;
            while (p > a && is_hspace(s[p - 1]))
                p--;
            if (p < w && !(p > a && isdigit((unsigned char)s[p - 1])) && isupper((unsigned char)s[w]))
                return is_starter(s, next_at, b);
        }
        size_t words = 0;
        for (size_t i = w; i > a && words < 4; i--)
            words += !is_hspace(s[i - 1]) && s[i - 1] != '\n' &&
                     (i - 1 == a || is_hspace(s[i - 2]) || s[i - 2] == '\n');
        return is_starter(s, next_at, b) || words >= 4;
    }
    if (cls == 'o') {
        if (!is_upper(next))
            return 0;
        /* "Co. Galway": a county's name after "Co." (data/en/counties.txt) */
        if (len == 2 && s[w] == 'C' && s[w + 1] == 'o') {
            size_t e = next_at;
            while (e < b && isalpha((unsigned char)s[e]))
                e++;
            if (data_word_line("en/counties.txt", s + next_at, e - next_at, 0, DATA_ANYWHERE))
                return 0;
        }
        /* "the U.S. Government" is a name; "the U.S. How about you?" is not. */
        return memchr(s + w, '.', len) ? is_starter(s, next_at, b) : 1;
    }
    /* A number that opens the sentence is a list number: "1. In this study…". */
    size_t first_at = w;
    while (first_at > sentence) {
        size_t st;
        if (!txt_is_space(txt_prev(s, sentence, first_at, &st)))
            break;
        first_at = st;
    }
    if (first_at == sentence) {
        size_t k = w;
        while (k < dot && is_digit((int32_t)(unsigned char)s[k]))
            k++;
        if (k == dot && dot - w <= 3)
            return 0;
    }
    /* one capital, or capitals joined by stops (H.W), is an initial or initials */
    size_t j = w;
    int32_t first = txt_next(s, dot, &j);
    int initials = is_upper(first);
    for (size_t k = j; initials && k < dot; k += 2)
        initials = k + 1 < dot && s[k] == '.' && s[k + 1] >= 'A' && s[k + 1] <= 'Z';
    /* "per R.C. 125.05", "49 C.F.R. 395.3": a code's letters before its number */
    if (initials && dot - w >= 3 && is_digit(next))
        return 0;
    /* "up 9% Y/Y. Margins rose": a letter after a slash is a ratio's ("Y/Y", "Q/Q"),
     * no one's initial */
    if (initials && dot - w == 1 && w > a && s[w - 1] == '/' && is_upper(next))
        return 1;
    /* "in position 51°30.2'N 001°12.5'W. Vessels …", "at 51N 001W.": a position's
     * last point, its minutes' mark or figures right before it, ends the sentence */
    if (initials && dot - w == 1 && strchr("NSEW", s[w]) && w > a && is_upper(next) &&
        (s[w - 1] == '\'' || is_digit((int32_t)(unsigned char)s[w - 1]) ||
         (w >= a + 2 && (unsigned char)s[w - 2] == 0xC2 && (unsigned char)s[w - 1] == 0xB0) ||
         (w >= a + 3 && (unsigned char)s[w - 3] == 0xE2 && (unsigned char)s[w - 2] == 0x80 &&
          ((unsigned char)s[w - 1] == 0xB2 || (unsigned char)s[w - 1] == 0xB3 || (unsigned char)s[w - 1] == 0x99))))
        return 1;
    /* "The vessel was heading E. Vessels …": a course's point after the word that
     * gives it */
    if (initials && dot - w == 1 && strchr("NSEW", s[w]) && w > a + 1 && is_hspace(s[w - 1]) && is_upper(next)) {
        static const char *const courses[] = {"heading", "bearing", "towards", "toward", "moving", "drifting",
                                              "tracking", "steering", "course", "winds", "wind", "due"};
        size_t pe = w - 1, pb = pe;
        while (pb > a && isalpha((unsigned char)s[pb - 1]))
            pb--;
        for (size_t k = 0; k < sizeof courses / sizeof *courses; k++)
            if (pe - pb == strlen(courses[k]) && memcmp(s + pb, courses[k], pe - pb) == 0)
                return 1;
    }
    if (initials && is_upper(next)) {
        /* One capital and a stop is an initial after a name or before another initial
         * (Jonas E. Smith, J. K. Rowling); after a lower-case word it is a letter or
         * the pronoun ending a clause (glycophorin A. Likewise…, you and I. Did…). */
        size_t p = w;
        while (p > a && is_hspace(s[p - 1]))
            p--;
        size_t q = p;
        while (q > a && !is_hspace(s[q - 1]) && s[q - 1] != '\n')
            q--;
        /* (past a bishop's cross before the name: "+Samuel K. Osei", "\u2720Samuel") */
        if (q < p && s[q] == '+')
            q++;
        else if (q + 3 < p && ((unsigned char)s[q] == 0xE2 && (((unsigned char)s[q + 1] == 0x9C && (unsigned char)s[q + 2] == 0xA0) ||
                                                                ((unsigned char)s[q + 1] == 0x80 && (unsigned char)s[q + 2] == 0xA0))))
            q += 3;
        int32_t prev = q < p ? char_at(s, q, p) : 0;
        size_t n1 = next_at;
        txt_next(s, b, &n1);
        int next_initial = n1 < b && s[n1] == '.';
        /* "moved to Washington, D.C. It now has": initials after a comma are a place's
         * or a name's own, not a name's middle; they end a sentence before its opening */
        if (p > q && s[p - 1] == ',' && dot - w >= 3)
            return is_starter(s, next_at, b);
        /* "with J.P. Morgan.", "by J.R. Hale": a person's initials before the surname;
         * a sentence ends there only before its opening word ("… in the U.K. The …") */
        /* (and after "the": "opened the R.Y.A. Training Centre", as "the U.S. Army";
         * before a number's "No.", "G.R. No. 12345", the rule at the top has gone on) */
        if (dot - w >= 3 && dot - w <= 7 && data_lang() == 0)
            return is_starter(s, next_at, b);
        /* "10 S. Kedzie Ave.", "400 N. Lake St.": a compass point after a house number
         * is the street's */
        /* (but "at 4500 S. 900 E. The suspect fled": a grid address's last point, then
         * a sentence's opening word) */
        if (dot - w == 1 && prev >= '0' && prev <= '9' && strchr("NSEW", s[w]))
            return letter_then_opening(s, next_at, b) && !the_name(s, next_at, b);
        /* "and N. Oak Blvd.": a compass point before a street's name */
        if (dot - w == 1 && strchr("NSEW", s[w]) && street_ahead(s, next_at, b))
            return 0;
        /* "in N. Darfur and S. Kordofan": a compass point before a place's name, after
         * a word in lower case, goes on unless a sentence's opening word follows */
        if (dot - w == 1 && strchr("NSEW", s[w]) && prev && is_lower(prev) && !is_starter(s, next_at, b) &&
            !letter_then_opening(s, next_at, b))
            return 0;
        /* "We chose Plan B. It worked.", "Sizewell C. The NAO says": a letter that
         * names a thing, then an article or a pronoun that no surname is */
        if (dot - w == 1 && prev && is_upper(prev) && !next_initial && p > q && s[p - 1] != ',' &&
            letter_then_opening(s, next_at, b))
            return 1;
        /* "Electoral Area D. Highway 97 is closed": a letter that names an area, a
         * gate, an appendix (data/en/lettered.txt), not a middle initial */
        if (dot - w == 1 && prev && is_upper(prev) && !next_initial && p > q && s[p - 1] != ',' &&
            data_lang() == 0 && data_word_line("en/lettered.txt", s + q, p - q, 0, DATA_ANYWHERE))
            return 1;
        if (!prev || is_upper(prev) || next_initial)
            return 0;
        /* "Authorised by P. Hennessy", "a letter to J. Smith", "Kowalczyk beat
         * L. Dubois": a word that leads to a name before an initial (data/en/
         * name-leads.txt; "you and I. Did" is the pronoun) */
        /* (and a word that attributes a quotation, data/en/attribution.txt: '"Margins
         * improved," added J. Michael O'Neill') */
        /* ("members H. Nakagawa, T. Ono and S. Ito": a list of names, each an initial
         * and a surname) */
        if (dot - w == 1 && s[w] != 'I') {
            size_t e = next_at;
            while (e < b && (isalpha((unsigned char)s[e]) || s[e] == '-' || s[e] == '\'' || (unsigned char)s[e] >= 0x80))
                e++;
            size_t f = e < b && s[e] == ',' ? e + 1 : e + 5 <= b && memcmp(s + e, " and", 4) == 0 ? e + 4 : b;
            if (f + 3 < b && s[f] == ' ' && isupper((unsigned char)s[f + 1]) && s[f + 2] == '.' && s[f + 3] == ' ')
                return 0;
        }
        /* ("signed by J. Amis and P. Dyer, both electors": an initial after "and" that
         * joins it to an initial and a surname before, unless a sentence's opening
         * word follows) */
        if (dot - w == 1 && s[w] != 'I' && p - q == 3 && memcmp(s + q, "and", 3) == 0 &&
            !letter_then_opening(s, next_at, b) && !is_starter(s, next_at, b)) {
            size_t se = q;
            while (se > a && is_hspace(s[se - 1]))
                se--;
            size_t sa = se;
            while (sa > a && !is_hspace(s[sa - 1]) && s[sa - 1] != '\n')
                sa--;
            size_t ie = sa;
            while (ie > a && is_hspace(s[ie - 1]))
                ie--;
            if (se > sa + 1 && isupper((unsigned char)s[sa]) && ie >= a + 2 && s[ie - 1] == '.' &&
                isupper((unsigned char)s[ie - 2]) && (ie == a + 2 || !isalpha((unsigned char)s[ie - 3])))
                return 0;
        }
        /* "at R. Premadasa Stadium", "the M. Chinnaswamy Stadium": a place named after
         * someone, after a word that leads to a place, an initial and a surname before
         * a place's last word (data/en/place-lasts.txt); not "in group B. Wembley
         * Stadium hosts …" */
        static const char *const to_place[] = {"at", "the", "in", "on", "from", "to", "near", "outside", "of",
                                               "inside", "into", "for"};
        int placed = 0;
        for (size_t k = 0; k < sizeof to_place / sizeof *to_place && !placed; k++)
            placed = strlen(to_place[k]) == p - q && memcmp(s + q, to_place[k], p - q) == 0;
        if (placed && dot - w == 1 && s[w] != 'I' && data_lang() == 0 && !letter_then_opening(s, next_at, b) &&
            !is_starter(s, next_at, b)) {
            size_t e = next_at;
            while (e < b && (isalpha((unsigned char)s[e]) || s[e] == '-' || (unsigned char)s[e] >= 0x80))
                e++;
            size_t f = e + 1, g = f;
            while (g < b && isalpha((unsigned char)s[g]))
                g++;
            if (e < b && s[e] == ' ' && g > f && isupper((unsigned char)s[f]) &&
                data_word_line("en/place-lasts.txt", s + f, g - f, 0, DATA_ANYWHERE))
                return 0;
        }
        if (dot - w == 1 && s[w] != 'I') {
            /* (a surname after it, not a sentence's opening word: "Model C replaced
             * B. The board …") */
            if (data_lang() == 0 && !letter_then_opening(s, next_at, b) &&
                (data_has_line("en/name-leads.txt", s + q, p - q) || data_has_line("en/attribution.txt", s + q, p - q)))
                return 0;
        }
        return 1;
    }
    /* "1.7 m w.e. (metres water equivalent) in 2024": letters joined by stops, in lower
     * case, before a bracket that opens in lower case gloss themselves; no sentence
     * opens so */
    if (next == '(' && next_at + 1 < b && islower((unsigned char)s[next_at + 1]) && dot - w >= 3 &&
        islower((unsigned char)s[w]) && s[w + 1] == '.')
        return 0;
    return !is_lower(next) || brand_word(s, next_at, b);
}

/* "world.Today": a stop with no space before a capitalised word. Not in addresses,
 * domains, decimals or acronyms. */
static int joined_sentences(const char *s, size_t a, size_t b, size_t dot)
{
    size_t t = dot + 1;
    if (t + 1 >= b || !is_upper(char_at(s, t, b)) || !is_lower(char_at(s, t + 1, b)))
        return 0;
    size_t w = dot;
    int lower = 0, digit = 0, upper_only = 1;
    /* "www.GoCoastGuard.com": a web address in mixed case */
    if (dot >= a + 3 && (dot == a + 3 || is_hspace(s[dot - 4]) || s[dot - 4] == '\n' || s[dot - 4] == '(') &&
        (s[dot - 3] | 32) == 'w' && (s[dot - 2] | 32) == 'w' && (s[dot - 1] | 32) == 'w')
        return 0;
    while (w > a && !is_hspace(s[w - 1]) && s[w - 1] != '\n') {
        char c = s[w - 1];
        if (c == '.' || c == '@' || c == '/' || c == ':')
            return 0;
        lower |= c >= 'a' && c <= 'z';
        digit |= c >= '0' && c <= '9';
        upper_only &= !(c >= 'a' && c <= 'z');
        w--;
    }
    for (size_t e = t; e < b && !is_hspace(s[e]) && s[e] != '\n'; e++)
        if (s[e] == '@' || s[e] == '/' || s[e] == ':')
            return 0;
    if (dot - w < 2 || (upper_only && !digit))
        return 0;
    if (lower && seg_abbreviation(s + w, dot - w))
        return 0;
    return lower || digit;
}

/* Is the line break at s[nl] the end of a sentence? Not where the text is wrapped: a
 * space before the break, a comma, or lines of a wrapped paragraph (long and alike). */
/* Whether the line at s[i] opens with two or three capitalised words and a comma
 * ("Helena Strand, …"). */
static int name_comma(const char *s, size_t i, size_t b)
{
    size_t words = 0;
    /* (after a title or two written short: "H.E. Ms. Marta Ilves, …", "Dr. Kwame
     * Osei-Bonsu, …") */
    for (int t = 0; t < 2 && i < b && isupper((unsigned char)s[i]); t++) {
        size_t e = i;
        while (e < b && e - i < 5 && (isalpha((unsigned char)s[e]) || s[e] == '.'))
            e++;
        if (e - i < 2 || s[e - 1] != '.' || e >= b || s[e] != ' ')
            break;
        /* (a title's abbreviation, or initials: not "Yes." or "Done.") */
        int initials = 1;
        for (size_t q = i; q + 1 < e && initials; q += 2)
            initials = isupper((unsigned char)s[q]) && s[q + 1] == '.';
        if (!(initials && (e - i) % 2 == 0) && seg_abbreviation(s + i, e - 1 - i) != 't')
            break;
        i = e + 1;
    }
    while (i < b && words < 5) {
        /* (a particle inside a name: "Lord Castleton of Merrow", "Ana de la Cruz") */
        size_t pe = i;
        while (pe < b && islower((unsigned char)s[pe]))
            pe++;
        static const char *const particles[] = {"of", "de", "la", "van", "von", "der", "du", "da", "bin", "al", "le"};
        int particle = 0;
        for (size_t k = 0; words && pe < b && s[pe] == ' ' && k < sizeof particles / sizeof *particles && !particle;
             k++)
            particle = strlen(particles[k]) == pe - i && strncmp(s + i, particles[k], pe - i) == 0;
        if (particle) {
            i = pe + 1;
            continue;
        }
        if (!isupper((unsigned char)s[i]))
            return 0;
        while (i < b && (isalpha((unsigned char)s[i]) || s[i] == '-' || s[i] == '\'' || (unsigned char)s[i] >= 0x80))
            i++;
        words++;
        if (i < b && s[i] == ',')
            return words >= 2;
        if (i >= b || s[i] != ' ')
            return 0;
        i++;
    }
    return 0;
}

/* Whether a line of the block s[a, b) ends with a sentence's stop (".", "!", "?",
 * or one of them before a closing quotation mark or bracket): a wrapped paragraph's
 * last line does; the lines of a list of roads, names or places ("R551 Ballyvane to
 * Kilcarra (fallen trees)" / "N70 at Drumore Bridge (flooding)") none. */
static int block_ends_sentence(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i <= b; i++) {
        if (i < b && s[i] != '\n')
            continue;
        size_t e = i;
        while (e > a && (s[e - 1] == '\r' || is_hspace(s[e - 1])))
            e--;
        while (e > a && (s[e - 1] == ')' || s[e - 1] == '"' || s[e - 1] == '\''))
            e--;
        if (e >= a + 3 && (unsigned char)s[e - 3] == 0xE2 && (unsigned char)s[e - 2] == 0x80 &&
            ((unsigned char)s[e - 1] == 0x9D || (unsigned char)s[e - 1] == 0x99))
            e -= 3;
        if (e > a && (s[e - 1] == '.' || s[e - 1] == '!' || s[e - 1] == '?'))
            return 1;
    }
    return 0;
}

static int line_break_ends(const char *s, size_t a, size_t b, size_t nl, size_t longest)
{
    /* (the line's width from its start in the text: a block that starts within a line,
     * a quotation after its attribution, is as wide as the page's lines) */
    size_t ls = nl;
    while (ls > 0 && s[ls - 1] != '\n')
        ls--;
    if (nl > a && (is_hspace(s[nl - 1]) || s[nl - 1] == '\r')) {
        size_t p = nl - 1;
        if (s[p] == '\r' && p > a)
            p--;
        if (is_hspace(s[p]))
            return 0;
    }
    size_t e = nl;
    while (e > ls && (s[e - 1] == '\r' || is_hspace(s[e - 1])))
        e--;
    if (e == ls)
        return 0;
    char last = s[e - 1];
    if (last == ',' || last == ';' || last == '-' || last == '(')
        return 0;
    size_t next = nl + 1;
    while (next < b && (is_hspace(s[next]) || s[next] == '\r'))
        next++;
    if (next >= b)
        return 0;
    /* "For more information on this topic, please contact:" over "In Geneva, Inés
     * Calvo Ruiz, calvoi@…, +41 79 …": a lead-in over a contact's line (an e-mail
     * address in it, or a telephone number at its end) ends there */
    if (last == ':') {
        size_t ne = next, at = 0;
        while (ne < b && s[ne] != '\n')
            at |= s[ne++] == '@';
        size_t le = ne;
        while (le > next && (s[le - 1] == '\r' || is_hspace(s[le - 1])))
            le--;
        if (at || (le > next + 7 && isdigit((unsigned char)s[le - 1]) && isdigit((unsigned char)s[le - 4]) &&
                   memchr(s + next, '+', le - next)))
            return 1;
    }
    /* A line that ends with a word that cannot end a sentence ("… reaches over" /
     * "2,000 families in" / "12 regions …"), or before one that cannot open one ("…
     * began in 2019" / "and has grown", "… cost £12" / "billion over ten years", "until
     * the end" / "of 2025"): the text goes on, however short its lines (a PDF's
     * narrow columns); data/en/wrap-ends.txt and wrap-opens.txt */
    {
        size_t lw = e;
        while (lw > ls && isalpha((unsigned char)s[lw - 1]))
            lw--;
        if (lw < e && (lw == ls || s[lw - 1] == ' ') && data_has_line("en/wrap-ends.txt", s + lw, e - lw))
            return 0;
        size_t ne = next;
        while (ne < b && islower((unsigned char)s[ne]))
            ne++;
        if (isalnum((unsigned char)last) && ne > next && (ne == b || !isalpha((unsigned char)s[ne])) &&
            data_has_line("en/wrap-opens.txt", s + next, ne - next))
            return 0;
    }
    /* "… in the Bellmont" / "warehouse.": a word in lower case after a line that ends
     * with a word goes on with its sentence, in text of a page's width (not a list of
     * short items, "features" / "contact manager") */
    if (isalpha((unsigned char)last) && islower((unsigned char)s[next])) {
        /* (either line of the page's width: "We'll hear" / "argument first this morning
         * in …" goes on; "… this weekend:" over "glass bottles" / "fireworks" is a list) */
        size_t ne = next;
        while (ne < b && s[ne] != '\n')
            ne++;
        /* (a narrow column's lines too, "Second, we will give local" / "councils the
         * power to run"; not a list's, under a line that ends in a colon) */
        size_t w1 = e - ls, w2 = ne - next;
        int listed = 0;
        for (size_t q = a; q + 1 < ls && !listed; q++)
            listed = s[q] == ':' && (s[q + 1] == '\n' || s[q + 1] == '\r');
        if (!listed && (((w1 >= 30 && w1 * 10 >= longest * 6) || (w2 >= 30 && w2 * 10 >= longest * 6)) ||
                        (w1 >= 20 && w2 >= 20)))
            return 0;
    }
    /* a shortlist's lines, each opening with a work's title in emphasis ("*The
     * Lantern Year* by Owen Price (Picador)" / "*Field Notes for a Flood* by …"),
     * under a lead-in that ends in a colon or another such line */
    if ((s[next] == '*' || s[next] == '_') && next + 1 < b && isupper((unsigned char)s[next + 1]) &&
        (last == ':' || s[ls] == s[next])) {
        /* (its author after the title: "*…* by Owen Price"; not a passage quoted in
         * emphasis under a lead-in, "*The river was high that year* and …") */
        size_t ne = next + 1;
        while (ne < b && s[ne] != '\n' && s[ne] != s[next])
            ne++;
        if (s[ls] == s[next] || (ne + 4 < b && s[ne] == s[next] && memcmp(s + ne + 1, " by ", 4) == 0))
            return 1;
    }
    /* lines of a list, not a wrapped paragraph: a contact's line ending in a phone
     * number before the next ("… +41 79 740 21 11" / "In Port Sudan, …"), or a
     * label in capitals opening the next ("ABSENT: …") */
    if ((isdigit((unsigned char)last) || last == '%') && next < b && isupper((unsigned char)s[next]))
        return 1;
    size_t cw = next;
    while (cw < b && isupper((unsigned char)s[cw]))
        cw++;
    if (cw - next >= 2 && cw < b && s[cw] == ':')
        return 1;
    /* or a field's name in mixed case, a few words and a colon ("GAAP gross margin:
     * 61.2%" under "Revenue: $2.84B"): a list of figures, a line each */
    if (isupper((unsigned char)s[next])) {
        size_t words = 1, q = next;
        while (q < b && s[q] != '\n' && s[q] != ':' && q - next < 48) {
            words += s[q] == ' ';
            q++;
        }
        if (q < b && s[q] == ':' && q + 1 < b && s[q + 1] == ' ' && words <= 4)
            return 1;
    }
    /* (or a field's name that opens with its number, "2 Year Fixed Rate Bond: 4.20%
     * AER/gross p.a." under "1 Year Fixed Rate Bond: …": both lines so) */
    if (isdigit((unsigned char)s[next])) {
        int fields = 1;
        for (int k = 0; k < 2 && fields; k++) {
            size_t q = k ? next : ls, words = 1;
            int stop = 0; /* ("12 regions. Operating margin:": a sentence's end before it) */
            while (q < b && s[q] != '\n' && s[q] != ':' && q - (k ? next : ls) < 48) {
                words += s[q] == ' ';
                stop |= strchr(".!?;", s[q]) && q + 1 < b && s[q + 1] == ' ';
                q++;
            }
            fields = q + 1 < b && s[q] == ':' && s[q + 1] == ' ' && words <= 6 && words >= 2 && !stop;
        }
        if (fields)
            return 1;
    }
    /* a roster, a person a line ("Marcus Okafor, Deputy Governor for Financial
     * Stability" / "Helena Strand, Deputy Governor …"): both lines open with a name
     * and its comma */
    if (name_comma(s, ls, e) && name_comma(s, next, b))
        return 1;
    /* "[The prepared statement of Mr. Dalton follows:]" / "Prepared Statement of Hon.
     * Robert Dalton" / "The safety of our dams …": a title in Title Case on a line of
     * its own, after a sentence's end or at the text's start, over a line of prose */
    if (isalpha((unsigned char)last) && isupper((unsigned char)s[next]) &&
        (ls == a || (ls >= 2 && strchr(".!?]):\"", s[ls - 2])))) {
        static const char *const small[] = {"of", "the", "and", "for", "on", "in", "to", "at", "by", "a", "an", "with"};
        size_t words = 0, caps = 0;
        int title = isupper((unsigned char)s[ls]);
        for (size_t q = ls; q < e && title;) {
            size_t w = q;
            while (q < e && s[q] != ' ')
                q++;
            /* (a dash between its parts is no word: "Item 9.1 – Notice of Motion – Cr
             * Ford – Public Toilets, Elwood Park") */
            words += !(q - w == 1 && s[w] == '-') &&
                     !(q - w == 3 && (memcmp(s + w, "\xE2\x80\x93", 3) == 0 || memcmp(s + w, "\xE2\x80\x94", 3) == 0));
            if (islower((unsigned char)s[w])) {
                int sm = 0;
                for (size_t k = 0; k < sizeof small / sizeof *small && !sm; k++)
                    sm = strlen(small[k]) == q - w && memcmp(small[k], s + w, q - w) == 0;
                title = sm;
            } else {
                caps += isupper((unsigned char)s[w]) != 0;
            }
            while (q < e && s[q] == ' ')
                q++;
        }
        size_t ne = next;
        int lower = 0;
        while (ne < b && s[ne] != '\n')
            lower |= islower((unsigned char)s[ne++]);
        if (title && words >= 3 && words <= 12 && caps >= 3 && lower)
            return 1;
    }
    size_t width = e - ls;
    /* (a block of lines no wider than a list's, none ending in a stop, is a list: a
     * page's text of 60 characters or more a line is wrapped, stop or none) */
    if (longest <= 100 && width >= 40 && width * 10 >= longest * 6 && (longest >= 60 || block_ends_sentence(s, a, b)))
        return 0;
    /* "… who have worked around" / "the clock since Sunday. The Prime" / "Minister's
     * Office has …": a short line that goes on from a wide one, a sentence ending
     * inside it and a few words of the next after that, breaks a paragraph's sentence,
     * not a list's item */
    if (ls > a && isalpha((unsigned char)last)) {
        size_t ps = ls - 1, pe = ls - 1;
        while (pe > a && (s[pe - 1] == '\r' || is_hspace(s[pe - 1])))
            pe--;
        while (ps > a && s[ps - 1] != '\n')
            ps--;
        size_t stop = e;
        while (stop > ls && !(strchr(".!?", s[stop - 1]) && stop < e && s[stop] == ' ' && stop + 1 < e &&
                              isupper((unsigned char)s[stop + 1])))
            stop--;
        size_t tail = 0;
        for (size_t q = stop; q < e; q++)
            tail += s[q] == ' ';
        if (stop > ls && tail <= 3 && pe > ps && (pe - ps) * 10 >= longest * 8 && isalpha((unsigned char)s[pe - 1]))
            return 0;
    }
    return 1;
}

static size_t longest_line(const char *s, size_t a, size_t b)
{
    size_t longest = 0, ls = a;
    while (ls > 0 && s[ls - 1] != '\n')
        ls--;
    for (size_t i = a; i <= b; i++)
        if (i == b || s[i] == '\n') {
            if (i - ls > longest)
                longest = i - ls;
            ls = i + 1;
        }
    return longest;
}

/* ------------------------------------------------------------ the scan */

typedef struct cuts {
    size_t *v;
    size_t n, cap;
    int oom;
} cuts;

static void cut(cuts *c, size_t at)
{
    if (c->n && c->v[c->n - 1] >= at)
        return;
    if (grow((void **)&c->v, &c->cap, c->n + 1, sizeof *c->v) != 0) {
        c->oom = 1;
        return;
    }
    c->v[c->n++] = at;
}

/* Inside a marker of the inline list? */
static int in_marker(const marker *m, size_t n, size_t i)
{
    for (size_t k = 0; k < n; k++)
        if (i >= m[k].start && i < m[k].end)
            return 1;
    return 0;
}

/* Whether w[0, n) with its stop is a code's name cut short, a line of
 * data/en/expansions.txt marked "code" ("Civ.", "Bus.", "Veh."). */
static int code_abbreviation(const char *w, size_t n)
{
    char form[16];
    if (n + 2 > sizeof form)
        return 0;
    memcpy(form, w, n);
    form[n] = '.';
    const char *lines[8];
    size_t lens[8], k = data_field_lines("en/expansions.txt", form, n + 1, 0, lines, lens, 8);
    for (size_t q = 0; q < k; q++)
        if (lens[q] >= 5 && memcmp(lines[q] + lens[q] - 5, "\tcode", 5) == 0)
            return 1;
    return 0;
}

size_t seg_footnote_mark(const char *s, size_t a, size_t dot, size_t b)
{
    if (dot <= a || dot + 1 >= b || s[dot] != '.' || !isdigit((unsigned char)s[dot + 1]))
        return 0;
    size_t e = dot + 1;
    while (e < b && isdigit((unsigned char)s[e]) && e - dot <= 2)
        e++;
    if (s[dot + 1] == '0')
        return 0;
    /* (the end of the text, or a space and a capital: a sentence opens after it) */
    if (e < b) {
        if (!is_hspace(s[e]) && s[e] != '\n')
            return 0;
        size_t x = e;
        while (x < b && (is_hspace(s[x]) || s[x] == '\n'))
            x++;
        if (x < b && !isupper((unsigned char)s[x]) && s[x] != '"' && (unsigned char)s[x] != 0xE2)
            return 0;
    }
    unsigned char pc = (unsigned char)s[dot - 1];
    if (islower(pc) || pc == ')' || pc == '"' || (dot - a >= 3 && memcmp(s + dot - 3, "\xE2\x80\x9D", 3) == 0)) {
        /* (a word: not a web address's or a file's, "example.com", "v2.1") */
        size_t w = dot;
        while (w > a && !is_hspace(s[w - 1]) && s[w - 1] != '\n')
            w--;
        for (size_t x = w; x < dot; x++)
            if (s[x] == '.' || s[x] == '/' || s[x] == '@' || isdigit((unsigned char)s[x]))
                return 0;
        /* (nor an abbreviation before its number: "on p.12 Table 3", "vol.2 Part") */
        if (islower(pc) && (dot - w <= 2 || seg_abbreviation(s + w, dot - w)))
            return 0;
        return e - dot - 1;
    }
    /* a year ("May 2023.1", "in 2024.12"): four figures, 1900-2099, after a month or a
     * word that dates ("in", "since", "until", "during"; not "to", "from" or "by",
     * which take amounts: "rose to 2010.50 US dollars") */
    if (dot - a < 6 || !isdigit(pc))
        return 0;
    size_t y = dot - 4;
    if (!(isdigit((unsigned char)s[y]) && isdigit((unsigned char)s[y + 1]) && isdigit((unsigned char)s[y + 2]) &&
          ((s[y] == '1' && s[y + 1] == '9') || (s[y] == '2' && s[y + 1] == '0')) && is_hspace(s[y - 1])))
        return 0;
    size_t we = y - 1, w = we;
    while (w > a && isalpha((unsigned char)s[w - 1]))
        w--;
    static const char *const preps[] = {"in", "since", "until", "till", "during"};
    if (we > w && dt_month(s + w, we - w))
        return e - dot - 1;
    for (size_t k = 0; k < sizeof preps / sizeof *preps; k++)
        if (strlen(preps[k]) == we - w && strncasecmp(s + w, preps[k], we - w) == 0)
            return e - dot - 1;
    return 0;
}

hd_status seg_split(const char *s, size_t a, size_t b, seg_span **out, size_t *n)
{
    seg_span *v = NULL;
    marker *marks = NULL;
    cuts c = {0};
    hd_status st = HD_OK;
    size_t nmarks = find_markers(s, a, b, &marks), longest = longest_line(s, a, b);
    size_t i = a;

    while (i < b && !c.oom) {
        size_t at = i;
        if (nmarks > 1) {
            for (size_t k = 1; k < nmarks; k++)
                if (marks[k].start == at)
                    cut(&c, at);
        }
        int32_t ch = txt_next(s, b, &i);
        if (ch == '\n') {
            if (line_break_ends(s, a, b, at, longest))
                cut(&c, at);
            continue;
        }
        if (!is_terminal(ch) || in_marker(marks, nmarks, at))
            continue;

        /* The run of marks: . ! ? … and spaced stops (". . ."), then closers. */
        size_t j = i, dots = ch == '.' ? 1 : 0, marks_n = 1;
        int spaced = 0, other = ch != '.';
        for (;;) {
            size_t t = j;
            if (t + 1 < b && is_hspace(s[t]) && s[t + 1] == '.' && (ch == '.' || dots)) {
                t++;
                spaced = 1;
            }
            int32_t d = char_at(s, t, b);
            if (!is_terminal(d) || (t > j && d != '.'))
                break;
            txt_next(s, b, &t);
            dots += d == '.';
            other |= d != '.';
            marks_n++;
            j = t;
        }
        size_t run_end = j;
        while (j < b) {
            size_t t = j;
            int32_t d = txt_next(s, b, &t);
            if (!is_closer(d)) {
                /* "« Nous agirons. »": French closes a quotation after a space */
                if (d != ' ' && d != 0xA0 && d != 0x202F && d != 0x2009)
                    break;
                while (t < b && (s[t] == ' ' || txt_is_space(char_at(s, t, b))) && s[t] != '\n')
                    txt_next(s, b, &t);
                if (char_at(s, t, b) != 0xBB)
                    break;
                txt_next(s, b, &t);
            }
            j = t;
        }
        /* "2 March 2025.[1] They": a footnote's mark, or superscript digits, after the stop */
        /* (or plain figures, a PDF's superscripts copied: "since May 2023.1 Annual …") */
        if (ch == '.' && marks_n == 1 && j == at + 1)
            j += seg_footnote_mark(s, a, at, b);
        /* ("to hold. [1]" at a line's end: the mark set apart by a space, as a
         * page's footnote copied keeps it) */
        if (j + 3 < b && s[j] == ' ' && s[j + 1] == '[' && isdigit((unsigned char)s[j + 2])) {
            size_t t = j + 2;
            while (t < b && isdigit((unsigned char)s[t]) && t - j <= 4)
                t++;
            size_t e = t < b && s[t] == ']' ? t + 1 : 0;
            while (e && e < b && is_hspace(s[e]))
                e++;
            if (e && (e == b || s[e] == '\n' || s[e] == '\r'))
                j = t + 1;
        }
        for (;;) {
            size_t t = j;
            if (t < b && s[t] == '[') {
                t++;
                while (t < b && isdigit((unsigned char)s[t]))
                    t++;
                if (t > j + 1 && t < b && s[t] == ']' && t - j <= 4) {
                    j = t + 1;
                    continue;
                }
                break;
            }
            int32_t d = j < b ? txt_next(s, b, &t) : 0;
            if (d == 0xB9 || d == 0xB2 || d == 0xB3 || (d >= 0x2070 && d <= 0x2079)) {
                j = t;
                continue;
            }
            break;
        }
        size_t after = j;
        /* "[...]": an omission inside brackets, never an end. */
        if (at > a && s[at - 1] == '[' && after > run_end && s[run_end] == ']') {
            i = after;
            continue;
        }
        /* (a zero-width space, as web pages set after a stop, is a space here) */
        size_t next_at = after;
        while (next_at < b && (txt_is_space(char_at(s, next_at, b)) || char_at(s, next_at, b) == 0x200B))
            txt_next(s, b, &next_at);
        int32_t next = char_at(s, next_at, b);
        if (after < b && next_at == after) {
            /* No white space after: 3.5, U.S.A., e.g.x, or sentences run together. */
            if (marks_n == 1 && ch == '.' && joined_sentences(s, a, b, at))
                cut(&c, at + 1);
            i = after;
            continue;
        }
        int attached = at > a && !is_hspace(s[at - 1]) && s[at - 1] != '\n';
        int ends;
        if (next == 0)
            ends = 1;
        else if (marks_n == 1 && ch == '.') {
            ends = stop_ends_sentence(s, a, b, at, next, next_at, c.n ? c.v[c.n - 1] : a);
            /* "Jane Moss, B.A. '98, M.D.": a class year after a degree's letters, its
             * century cut to an apostrophe, opens no sentence */
            if (ends && (next == '\'' || next == 0x2019) && at > a + 1 && s[at - 2] == '.' && isupper((unsigned char)s[at - 1])) {
                size_t q = next_at + (next == '\'' ? 1 : 3);
                if (q + 3 <= b && isdigit((unsigned char)s[q]) && isdigit((unsigned char)s[q + 1]) && s[q + 2] == ',')
                    ends = 0; /* (its comma after it: "'98, M.D.") */
            }
            /* "Lt. Col. (Inf.) Bima Santosa", "the Army (Ret.) said": one abbreviated
             * word in brackets inside a sentence ends nothing */
            size_t w = at;
            while (w > a && isalpha((unsigned char)s[w - 1]))
                w--;
            if (ends && after == at + 2 && s[at + 1] == ')' && w < at && w > a && s[w - 1] == '(') {
                size_t q = w - 1;
                while (q > a && is_hspace(s[q - 1]))
                    q--;
                if (q < w - 1 && q > a && (isalnum((unsigned char)s[q - 1]) || s[q - 1] == ',' || s[q - 1] == '.'))
                    ends = s[q - 1] == '.' ? !title_stop(s, a, q - 1) : 0;
            }
            /* "(Reg. Charity No. 1187342)", "(credit: Tidewell Trust / J. Okafor)": a stop
             * inside brackets that close soon after, on the line, with no other
             * sentence's end before them, ends nothing */
            if (ends) {
                int depth = 0;
                for (size_t q = c.n ? c.v[c.n - 1] : a; q < at; q++)
                    depth += s[q] == '(' ? 1 : s[q] == ')' && depth > 0 ? -1 : 0;
                if (depth > 0) {
                    size_t q = after;
                    int stop = 0;
                    while (q < b && q < after + 80 && s[q] != ')' && s[q] != '(' && s[q] != '\n' && !stop) {
                        stop = (s[q] == '!' || s[q] == '?' || s[q] == '.') && q + 1 < b && s[q + 1] == ' ' &&
                               q + 2 < b && isupper((unsigned char)s[q + 2]);
                        q++;
                    }
                    /* ("(We slept. Then it rained.)": sentences inside, the last closed
                     * by its own stop) */
                    if (q < b && s[q] == ')' && !stop && !(q > after && strchr(".!?", s[q - 1])))
                        ends = 0;
                }
            }
        }         else if (spaced && !other) {
            /* ". . ." is an omission; a fourth stop ends the sentence. Attached to the
             * word before, the first stop is the end and the omission opens the next
             * sentence ("compounds. . . . The practice"). */
            if (dots >= 4 && attached && is_upper(next)) {
                cut(&c, at + 1);
                i = after;
                continue;
            }
            ends = dots >= 4 && is_upper(next);
        } else if (!other && !spaced && dots >= 5 && ((next >= '0' && next <= '9') || next == '('))
            ends = 0; /* "Ayes ........ 32", "Mr. Yang ...... (Cameroon)": dot leaders */
        else {
            ends = !is_lower(next) || brand_word(s, next_at, b); /* "? iPhone sales fell" */
            /* a citation in brackets after a quotation's question or exclamation, the
             * sentence going on after it: '"Who do you say that I am?" (Mk 8:29) and
             * Peter answers', '"Where are you?" (Gen 3:9).' (not "(Laughter) Thank
             * you": a capital after the bracket opens a sentence) */
            if (ends && other && next == '(' && after > run_end) {
                size_t q = next_at + 1;
                while (q < b && q < next_at + 80 && s[q] != ')' && s[q] != '(' && s[q] != '\n')
                    q++;
                if (q < b && s[q] == ')' && q > next_at + 1) {
                    size_t x = q + 1;
                    while (x < b && is_hspace(s[x]))
                        x++;
                    if (x < b && x == q + 1 && strchr(".,;:", s[x]))
                        ends = 0;
                    else if (x < b && x > q + 1 && is_lower(char_at(s, x, b)))
                        ends = 0;
                }
            }
        }
        if (ends)
            cut(&c, after);
        i = after;
    }
    if (c.oom) {
        st = HD_ERR_NOMEM;
        goto out;
    }

    size_t k = 0, cap = 0, start = a;
    for (size_t x = 0; x <= c.n; x++) {
        size_t e = x < c.n ? c.v[x] : b, p = start, q = e;
        txt_trim(s, &p, &q);
        start = e;
        if (p >= q)
            continue;
        if (grow((void **)&v, &cap, k + 1, sizeof *v) != 0) {
            st = HD_ERR_NOMEM;
            goto out;
        }
        v[k].start = p;
        v[k].end = q;
        k++;
    }
    *out = v;
    *n = k;
    v = NULL;
out:
    free(v);
    free(marks);
    free(c.v);
    return st;
}

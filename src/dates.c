/* dates: dates and clock times as written in statements, read once for the header
 * (ISO dates) and for speech (how they are said). Month, weekday and zone words are
 * data (data/en/months.txt, weekdays.txt, zones.txt). */
#include "dates.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_alnum(char c) { return isalnum((unsigned char)c) != 0; }

/* Digits at s[i] (at most max; more digits than that: none read). */
static size_t digits(const char *s, size_t i, size_t n, size_t max, int *value)
{
    size_t k = 0;
    int v = 0;
    while (i + k < n && is_digit(s[i + k]) && k <= max) {
        v = v * 10 + (s[i + k] - '0');
        k++;
    }
    if (k == 0 || k > max)
        return 0;
    *value = v;
    return k;
}

/* Letters, and in another language than English the bytes of accented ones
 * ("février", "août"). */
static int letter(unsigned char c) { return isalpha(c) || (c >= 0x80 && data_lang() != 0); }

static size_t letters(const char *s, size_t i, size_t n)
{
    size_t k = 0;
    while (i + k < n && letter((unsigned char)s[i + k]) && k < 16)
        k++;
    return i + k < n && letter((unsigned char)s[i + k]) ? 0 : k;
}

static size_t spaces(const char *s, size_t i, size_t n)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

/* The number in the first field of the line of `file` holding w[0, n) (a stop at the
 * end dropped) as a later word, any case; 0 if none. */
static int numbered_word(const char *file, const char *w, size_t n)
{
    if (n > 1 && w[n - 1] == '.')
        n--;
    if (n < 3)
        return 0;
    const char *line = data_word_line(file, w, n, 1, DATA_NOT_FIRST);
    return line ? atoi(line) : 0;
}

int dt_month(const char *w, size_t n) { return numbered_word("en/months.txt", w, n); }

int dt_weekday(const char *w, size_t n) { return numbered_word("en/weekdays.txt", w, n); }

/* The names as they are said: the second word of each line of the data files. */
static char month_names_of[DATA_NLANGS][13][16], weekday_names_of[DATA_NLANGS][8][16];
static int names_done[DATA_NLANGS];

static void load(const char *file, char (*names)[16], int max)
{
    const data_file *f = data_get(file);
    size_t pos = 0, len;
    const char *line;
    while (f && data_next_line(f, &pos, &line, &len)) {
        int m = atoi(line);
        size_t a = 0;
        while (a < len && line[a] != ' ')
            a++;
        while (a < len && line[a] == ' ')
            a++;
        size_t b = a;
        while (b < len && line[b] != ' ')
            b++;
        if (m >= 1 && m <= max && b > a && b - a < sizeof names[0])
            memcpy(names[m], line + a, b - a);
    }
}

static void load_names_in(int lang)
{
    load("en/months.txt", month_names_of[lang], 12);
    load("en/weekdays.txt", weekday_names_of[lang], 7);
}

static int names_lang(void) { return data_once(names_done, load_names_in); }

const char *dt_month_name(int month)
{
    if (month < 1 || month > 12)
        return NULL;
    int l = names_lang();
    return month_names_of[l][month][0] ? month_names_of[l][month] : NULL;
}

const char *dt_weekday_name(int weekday)
{
    if (weekday < 1 || weekday > 7)
        return NULL;
    int l = names_lang();
    return weekday_names_of[l][weekday][0] ? weekday_names_of[l][weekday] : NULL;
}

static int valid(int y, int m, int d)
{
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
        return 0;
    if (y && (y < 1000 || y > 2999))
        return 0;
    if (y && m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 0;
    return 1;
}

/* A month word at s[i], capitalised ("Oct.", "OCTOBER"); its length with a stop, or 0. */
static size_t month_word(const char *s, size_t i, size_t n, int *m)
{
    size_t k = letters(s, i, n);
    /* English capitalises its months; French does not ("3 février 2025") */
    if (!k || (!isupper((unsigned char)s[i]) && data_lang() == 0))
        return 0;
    size_t with_stop = i + k < n && s[i + k] == '.' ? k + 1 : k;
    if (!(*m = dt_month(s + i, with_stop)))
        return 0;
    return with_stop;
}

static size_t ordinal_suffix(const char *s, size_t i, size_t n)
{
    static const char *const sfx[] = {"st", "nd", "rd", "th", "ST", "ND", "RD", "TH"};
    for (size_t k = 0; k < sizeof sfx / sizeof *sfx; k++)
        if (i + 2 <= n && memcmp(s + i, sfx[k], 2) == 0 && (i + 2 == n || !is_alnum(s[i + 2])))
            return 2;
    return 0;
}

static int full_year(int y, size_t digits_read)
{
    if (digits_read == 4)
        return y;
    return y < 70 ? 2000 + y : 1900 + y;
}

/* A year after a date's day and month: " 2024", ", 2024". Returns the bytes, or 0. */
static size_t year_after(const char *s, size_t i, size_t n, int *y)
{
    size_t j = i;
    if (j < n && s[j] == ',')
        j++;
    j = spaces(s, j, n);
    if (j == i)
        return 0;
    size_t k = digits(s, j, n, 4, y);
    if (k != 4 || (j + k < n && is_alnum(s[j + k])))
        return 0;
    return j + k - i;
}

/* Numeric dates: d SEP m SEP y with one separator (/ or . or -; spaces around / allowed). */
static size_t numeric(const char *s, size_t i, size_t n, dt_order order, dt_date *out)
{
    int a, b, y;
    size_t k = digits(s, i, n, 2, &a), j = i + k, ka = k, kb;
    if (!k)
        return 0;
    size_t sp = spaces(s, j, n);
    char sep = sp < n ? s[sp] : 0;
    if (sep != '/' && sep != '.' && sep != '-')
        return 0;
    int spaced = sp > j;
    if (spaced && sep != '/')
        return 0;
    j = spaces(s, sp + 1, n);
    if ((j > sp + 1) != spaced)
        return 0;
    if (!(k = kb = digits(s, j, n, 2, &b)))
        return 0;
    j += k;
    sp = spaces(s, j, n);
    if ((sp > j) != spaced || sp >= n || s[sp] != sep)
        return 0;
    j = spaces(s, sp + 1, n);
    if ((j > sp + 1) != spaced)
        return 0;
    k = digits(s, j, n, 4, &y);
    /* a year of two digits after slashes ("9/11/01"), or after stops when the day and
     * month have two digits each ("born 04.09.96"; "2.5.1" is a version) */
    if (!(k == 4 || (k == 2 && (sep == '/' || (sep == '.' && ka == 2 && kb == 2)))))
        return 0;
    j += k;
    if (j < n && (is_alnum(s[j]) || ((s[j] == '/' || s[j] == '.' || s[j] == '-') && j + 1 < n &&
                                     is_digit(s[j + 1]))))
        return 0;
    y = full_year(y, k);
    /* (dates with stops are day first wherever they are written so: Germany, Brazil,
     * Israel, Türkiye, the Holy See; "12.03.2025" is never December) */
    int month_first = a > 12 ? 0 : b > 12 ? 1 : order == DT_MONTH_FIRST && sep != '.';
    int d = month_first ? b : a, m = month_first ? a : b;
    if (!valid(y, m, d))
        return 0;
    out->year = y;
    out->month = m;
    out->day = d;
    out->form = DT_NUMERIC;
    out->month_first = month_first;
    return j - i;
}

size_t dt_date_at(const char *s, size_t n, dt_order order, dt_date *out)
{
    size_t i = 0, k;
    int y = 0, m = 0, d = 0, wd = 0;
    memset(out, 0, sizeof *out);

    if ((k = letters(s, 0, n)) && (wd = dt_weekday(s, k + (k < n && s[k] == '.')))) {
        i = k + (k < n && s[k] == '.');
        if (i < n && s[i] == ',')
            i++;
        size_t j = spaces(s, i, n);
        if (j == i)
            return 0;
        i = j;
    }
    size_t start = i;
    if ((k = digits(s, i, n, 4, &y)) == 4 && i + k < n && (s[i + k] == '-' || s[i + k] == '/')) {
        /* 2024-10-07 */
        char sep = s[i + k];
        i += k + 1;
        if ((k = digits(s, i, n, 2, &m)) != 2 || i + k >= n || s[i + k] != sep)
            return 0;
        i += k + 1;
        if ((k = digits(s, i, n, 2, &d)) != 2)
            return 0;
        i += k;
        if (i < n && is_alnum(s[i]))
            return 0;
        out->form = DT_ISO;
    } else if (k == 4 && i + k + 1 < n && s[i + k] == '.' && is_digit(s[i + k + 1]) && y >= 1000) {
        /* 2025.03.11, as East Asian broadcasters and papers write it: two figures
         * each after the year */
        i += k + 1;
        if ((k = digits(s, i, n, 2, &m)) != 2 || i + k + 1 >= n || s[i + k] != '.')
            return 0;
        i += k + 1;
        if ((k = digits(s, i, n, 2, &d)) != 2)
            return 0;
        i += k;
        if (i < n && (is_alnum(s[i]) || (s[i] == '.' && i + 1 < n && is_digit(s[i + 1]))))
            return 0;
        out->form = DT_ISO;
    } else if (k == 4 && i + k + 2 < n && s[i + k] == '.' && s[i + k + 1] == ' ' && is_digit(s[i + k + 2]) &&
               y >= 1000) {
        /* "2025. 2. 5.", Korea's way: the year, the month and the day each closed by a
         * stop and a space between (the last stop stays the text's) */
        i += k + 2;
        if (!(k = digits(s, i, n, 2, &m)) || i + k + 2 >= n || s[i + k] != '.' || s[i + k + 1] != ' ')
            return 0;
        i += k + 2;
        if (!(k = digits(s, i, n, 2, &d)))
            return 0;
        i += k;
        if (i >= n || s[i] != '.' || (i + 1 < n && !(s[i + 1] == ' ' || s[i + 1] == '\n' || s[i + 1] == '\r' ||
                                                     s[i + 1] == ')' || s[i + 1] == ',' || s[i + 1] == '(')))
            return 0;
        out->form = DT_ISO;
    } else if ((k = digits(s, start, n, 2, &d)) > 0) {
        size_t num = numeric(s, start, n, order, out);
        if (num) {
            out->weekday = wd;
            return start + num;
        }
        i = start + k;
        if (i < n && s[i] == '-') {
            /* 25-May-2017 */
            size_t w = month_word(s, i + 1, n, &m);
            if (!w || i + 1 + w >= n || s[i + 1 + w] != '-')
                return 0;
            i += 1 + w + 1;
            if ((k = digits(s, i, n, 4, &y)) != 4 || (i + k < n && is_alnum(s[i + k])))
                return 0;
            i += k;
        } else {
            /* 7 Oct. 2024, 7th of October, 7 October; "14th day of January 2025", as
             * treaties and communiqués are signed */
            size_t suffix = ordinal_suffix(s, i, n);
            i += suffix;
            size_t j = spaces(s, i, n);
            if (j == i)
                return 0;
            if (suffix && j + 7 <= n && strncmp(s + j, "day of ", 7) == 0) {
                j = spaces(s, j + 7, n);
                out->day_of = 1;
            } else if (j + 3 <= n && strncmp(s + j, "of ", 3) == 0)
                j = spaces(s, j + 3, n);
            /* Spanish: "17 de marzo de 2025" */
            int de = data_lang() == 2 && j + 3 <= n && strncmp(s + j, "de ", 3) == 0;
            if (de)
                j = spaces(s, j + 3, n);
            size_t w = month_word(s, j, n, &m);
            if (!w || (j + w < n && is_alnum(s[j + w])))
                return 0;
            i = j + w;
            if (de && i + 4 <= n && strncmp(s + i, " de ", 4) == 0)
                i += 3;
            size_t yl = year_after(s, i, n, &y);
            i += yl;
            if (!yl)
                y = 0;
        }
        out->form = DT_NAMED;
    } else {
        /* October 7, 2024; Oct. 7th */
        size_t w = month_word(s, i, n, &m);
        if (!w)
            return 0;
        i = spaces(s, i + w, n);
        if ((k = digits(s, i, n, 2, &d)) == 0)
            return 0;
        i += k;
        i += ordinal_suffix(s, i, n);
        if (i < n && is_alnum(s[i]))
            return 0;
        size_t yl = year_after(s, i, n, &y);
        i += yl;
        if (!yl)
            y = 0;
        out->form = DT_NAMED;
        out->month_first = 1;
    }
    if (!valid(y, m, d))
        return 0;
    int day_of = out->day_of;
    out->year = y;
    out->month = m;
    out->day = d;
    out->weekday = wd;
    out->day_of = day_of;
    return i;
}

int dt_iso(const dt_date *d, char iso[11])
{
    if (!d->year || !d->day)
        return 0;
    snprintf(iso, 11, "%04u-%02u-%02u", (unsigned)d->year % 10000u, (unsigned)d->month % 100u,
             (unsigned)d->day % 100u);
    return 1;
}

/* "a.m.", "am", "A.M.", "AM", "a. m.": 1 or 2 and the bytes, or 0. */
static size_t meridiem(const char *s, size_t i, size_t n, int *which)
{
    if (i >= n)
        return 0;
    char c = (char)tolower((unsigned char)s[i]);
    if (c != 'a' && c != 'p')
        return 0;
    size_t j = i + 1;
    if (j < n && s[j] == '.')
        j = spaces(s, j + 1, n);
    if (j >= n || tolower((unsigned char)s[j]) != 'm')
        return 0;
    j++;
    if (j < n && s[j] == '.')
        j++;
    if (j < n && is_alnum(s[j]))
        return 0;
    *which = c == 'a' ? 1 : 2;
    return j - i;
}

/* "-0400", "+01:00", "+1": the offset east of UTC in minutes and the bytes, or 0. */
static size_t offset(const char *s, size_t i, size_t n, int *minutes)
{
    if (i >= n || (s[i] != '+' && s[i] != '-'))
        return 0;
    int sign = s[i] == '-' ? -1 : 1, h = 0, mi = 0;
    size_t j = i + 1, k = digits(s, j, n, 4, &h);
    if (k == 4) {
        mi = h % 100;
        h /= 100;
    } else if (k == 1 || k == 2) {
        if (j + k + 2 < n && s[j + k] == ':' && digits(s, j + k + 1, n, 2, &mi) == 2)
            k += 3;
    } else {
        return 0;
    }
    j += k;
    if ((j < n && is_alnum(s[j])) || h > 14 || mi > 59)
        return 0;
    *minutes = sign * (h * 60 + mi);
    return j - i;
}

/* The length of a time zone's letters at s[j] (two to five capitals, a whole word,
 * data/en/zones.txt), its line in *line; 0 when there is none. */
static size_t zone_at(const char *s, size_t j, size_t n, const char **line, size_t *len)
{
    size_t zl = 0;
    while (j + zl < n && isupper((unsigned char)s[j + zl]) && zl < 5)
        zl++;
    return zl >= 2 && (j + zl == n || !is_alnum(s[j + zl])) &&
                   data_field_lines("en/zones.txt", s + j, zl, 0, line, len, 1)
               ? zl
               : 0;
}

size_t dt_time_at(const char *s, size_t n, dt_time *out)
{
    int h, mi = 0, sec = -1;
    memset(out, 0, sizeof *out);
    size_t k = digits(s, 0, n, 2, &h), i = k;
    int minutes = 0, dotted = 0;
    /* "347 AM CST", "1030 PM EST": a weather service's hour and minutes run together,
     * with a meridiem and a zone after them (not "WBZ 1030 AM", a station's frequency) */
    size_t run = 0;
    while (run < n && is_digit(s[run]))
        run++;
    if (!k && (run == 3 || run == 4)) {
        size_t j2 = spaces(s, run, n), ml2 = meridiem(s, j2, n, &out->meridiem);
        size_t z = ml2 ? spaces(s, j2 + ml2, n) : n;
        const char *zline;
        size_t zlen;
        out->meridiem = 0;
        if (ml2 && zone_at(s, z, n, &zline, &zlen)) {
            h = run == 3 ? s[0] - '0' : (s[0] - '0') * 10 + (s[1] - '0');
            mi = (s[run - 2] - '0') * 10 + (s[run - 1] - '0');
            k = i = run;
            minutes = 1;
        }
    }
    /* "1412:36", "0907:58": an accident investigator's hours and minutes run together
     * with the seconds after a colon (never a verse or a score: the hour and minute
     * must be a clock's) */
    if (!k && run == 4 && run + 2 < n && s[run] == ':' && digits(s, run + 1, n, 2, &sec) == 2 &&
        (run + 3 == n || !is_alnum(s[run + 3]))) {
        h = (s[0] - '0') * 10 + (s[1] - '0');
        mi = (s[2] - '0') * 10 + (s[3] - '0');
        if (h > 23 || mi > 59 || sec > 59)
            return 0;
        k = i = run + 3;
        minutes = 1;
    }
    if (!k)
        return 0;
    if (sec < 0 && i + 2 < n && (s[i] == ':' || s[i] == '.') && digits(s, i + 1, n, 2, &mi) == 2) {
        dotted = s[i] == '.';
        i += 3;
        minutes = 1;
        if (!dotted && i + 2 < n && s[i] == ':' && digits(s, i + 1, n, 2, &sec) == 2)
            i += 3;
    } else if (sec < 0 && i + 2 < n && s[i] == 'h' && digits(s, i + 1, n, 2, &mi) == 2 &&
               (i + 3 == n || !is_alnum(s[i + 3]))) {
        /* "16h42": the 24-hour clock as much of Europe and Latin America writes it */
        i += 3;
        minutes = 1;
    }
    /* (a colon that ends a lead-in after it, "from 10:00 hrs to 18:00 hrs:", is no
     * more of the time) */
    if (i < n && (is_digit(s[i]) || (s[i] == ':' && i + 1 < n && is_digit(s[i + 1]))))
        return 0;
    size_t j = spaces(s, i, n), ml = meridiem(s, j, n, &out->meridiem);
    if (ml)
        i = j + ml;
    /* ("11.30 GMT", "16.00 BST": a zone after the dotted hour makes it one, as
     * British releases write the time) */
    int zoned = 0;
    if (dotted && !out->meridiem) {
        size_t zj = spaces(s, i, n);
        const char *zline;
        size_t zlen;
        zoned = zj > i && zone_at(s, zj, n, &zline, &zlen);
    }
    if ((!minutes || dotted) && !out->meridiem && !zoned)
        return 0; /* "9" or "11.30" alone is no time */
    if (h > (out->meridiem ? 12 : 24) || (out->meridiem && h == 0) || mi > 59 || sec > 59 ||
        (h == 24 && (mi || sec > 0)))
        return 0;
    if (i < n && is_alnum(s[i]))
        return 0;
    out->hour = h;
    out->minute = mi;
    out->second = sec;
    /* a zone, then perhaps an offset ("GMT+1"), or an offset alone */
    j = spaces(s, i, n);
    const char *line;
    size_t len, zl = zone_at(s, j, n, &line, &len);
    if (zl) {
        const char *tab = memchr(line, '\t', len);
        out->zone_at = j;
        out->zone_len = zl;
        if (tab) {
            const char *e = line + len, *tab2 = memchr(tab + 1, '\t', (size_t)(e - tab - 1));
            out->zone_say = tab + 1;
            out->zone_say_len = (size_t)((tab2 ? tab2 : e) - (tab + 1));
            out->zone_us = tab2 && (size_t)(e - tab2) == 3 && memcmp(tab2 + 1, "US", 2) == 0;
        }
        i = j + zl;
    }
    /* an offset right after a zone ("GMT+1"), or after a space in full ("-0400",
     * "+01:00"): "2:14-3:00" is a range, not an offset */
    j = out->zone_len ? i : spaces(s, i, n);
    size_t ol = out->zone_len || j > i ? offset(s, j, n, &out->offset_minutes) : 0;
    if (ol && !out->zone_len && ol != 5 && ol != 6)
        ol = 0;
    if (ol) {
        out->offset = 1;
        i = j + ol;
    }
    return i;
}

dt_order dt_guess_order(const char *s, size_t n)
{
    enum { SCAN = 32768 };
    int numeric_votes[2] = {0, 0}, named_votes[2] = {0, 0}, yearless[2] = {0, 0}, us = 0;
    /* the dates in the header that the order leaves open (read day first), and those
     * with a month's name that say which day "today" is: "Date: 07/02/2025" over "The
     * Committee at its meeting today (February 7, 2025) …" is the same day */
    enum { KEEP = 64, HEAD = 600 };
    dt_date open[KEEP], named[KEEP];
    size_t nopen = 0, nnamed = 0;
    if (n > SCAN)
        n = SCAN;
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && is_alnum(s[i - 1]))
            continue;
        /* an American statement's own marks: "Washington, D.C." and a member's party
         * and state, "(D-Wash.)", "(R-TX)" */
        if (s[i] == '(' && i + 4 < n && (s[i + 1] == 'D' || s[i + 1] == 'R' || s[i + 1] == 'I') && s[i + 2] == '-' &&
            isupper((unsigned char)s[i + 3]))
            us++;
        if (s[i] == 'W' && i + 14 <= n &&
            (strncmp(s + i, "Washington, D", 13) == 0 || strncmp(s + i, "WASHINGTON, D", 13) == 0) &&
            (s[i + 13] == '.' || s[i + 13] == 'C'))
            us++;
        if (!is_digit(s[i]) && !isupper((unsigned char)s[i]))
            continue;
        dt_date a, b;
        if (dt_date_at(s + i, n - i, DT_DAY_FIRST, &a)) {
            if (a.form == DT_NUMERIC) {
                /* evidence only where a number above 12 settled the order */
                if (dt_date_at(s + i, n - i, DT_MONTH_FIRST, &b) && b.month == a.month &&
                    b.day == a.day && a.month != a.day)
                    numeric_votes[a.month_first]++;
                else if (a.day <= 12 && a.month != a.day && i < HEAD && nopen < KEEP)
                    open[nopen++] = a;
            } else if (a.form == DT_NAMED && !a.year) {
                /* ("on Feb. 7", "on 7 February": the order a writer names a day in,
                 * weaker than a full date's) */
                yearless[a.month_first]++;
            } else if (a.form == DT_NAMED && a.year) {
                named_votes[a.month_first]++;
                /* (the day "today" is: the statement's own) */
                size_t back = i > 12 ? i - 12 : 0;
                int today = 0;
                for (size_t k = back; k + 5 <= i && !today; k++)
                    today = (s[k] == 'T' || s[k] == 't') && strncmp(s + k + 1, "oday", 4) == 0;
                if (today && nnamed < KEEP)
                    named[nnamed++] = a;
            }
            continue;
        }
        dt_time t;
        if (is_digit(s[i]) && dt_time_at(s + i, n - i, &t) && t.zone_us)
            us++;
    }
    if (numeric_votes[0] != numeric_votes[1])
        return numeric_votes[1] > numeric_votes[0] ? DT_MONTH_FIRST : DT_DAY_FIRST;
    int same[2] = {0, 0};
    for (size_t i = 0; i < nopen; i++)
        for (size_t k = 0; k < nnamed; k++)
            if (named[k].year == open[i].year) {
                same[0] += named[k].day == open[i].day && named[k].month == open[i].month;
                same[1] += named[k].day == open[i].month && named[k].month == open[i].day;
            }
    if (same[0] != same[1])
        return same[1] > same[0] ? DT_MONTH_FIRST : DT_DAY_FIRST;
    if (named_votes[0] != named_votes[1])
        return named_votes[1] > named_votes[0] ? DT_MONTH_FIRST : DT_DAY_FIRST;
    if (us)
        return DT_MONTH_FIRST;
    return yearless[1] > yearless[0] ? DT_MONTH_FIRST : DT_DAY_FIRST;
}

/* statement: recovers a statement's layout from plain text: the header (kind, title,
 * byline, date, updated, delivery note), body blocks, speakers, chapters, and through
 * segment.c the sentences of every block. Knowledge of words is data (data/en/). */
#include "statement.h"

#include <ctype.h>
#include <pthread.h>
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

static int is_open_quote(const char *s, size_t i, size_t b);
static int abbreviation_end(const char *s, size_t a, size_t b);
static int abbreviation_stop(const char *s, size_t a, size_t b);
static size_t quote_end(const char *s, size_t q, size_t b);
static size_t opens_curly(const char *s, size_t i, size_t b);
static size_t closes_curly(const char *s, size_t i, size_t b);
static int names_event(const char *s, size_t a, size_t b);
static int name_only(const char *s, size_t a, size_t b);

/* ------------------------------------------------------------ small word helpers */

static int starts_with_ci(const char *s, size_t n, const char *prefix)
{
    size_t k = strlen(prefix);
    return n >= k && u8_ncasecmp(s, prefix, k) == 0;
}

static int equals_ci(const char *s, size_t n, const char *word)
{
    return strlen(word) == n && u8_ncasecmp(s, word, n) == 0;
}

static size_t skip_spaces(const char *s, size_t i, size_t n)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

/* The first dash set apart by spaces (" - ", " – ", " — ") at or after s[from], before
 * `limit`, within s[.., b): where its space before is, its length with both spaces in
 * *len; SIZE_MAX when there is none. */
static size_t spaced_dash(const char *s, size_t from, size_t b, size_t limit, size_t *len)
{
    for (size_t x = from; x < limit && x + 2 < b; x++) {
        size_t dl = s[x] == ' ' ? txt_dash_len(s, x + 1, b) : 0;
        if (dl && x + 1 + dl < b && s[x + 1 + dl] == ' ') {
            *len = dl + 2;
            return x;
        }
    }
    return SIZE_MAX;
}

/* A full date (day, month, year) at s[0, n) as ISO, read in the statement's order
 * for numeric dates; the bytes read, or 0. */
static size_t date_iso(dt_order order, const char *s, size_t n, char iso[11])
{
    dt_date d;
    size_t k = dt_date_at(s, n, order, &d);
    if (k && dt_iso(&d, iso))
        return k;
    /* "2–3 October 2025", "October 2-3, 2025": a meeting's days; the statement is of
     * its last (read without the first day and its dash) */
    char t[64];
    if (n > 48)
        n = 48; /* (a date is shorter; what follows it is not read) */
    size_t w = 0;
    while (w < n && w < 12 && isalpha((unsigned char)s[w]))
        w++;
    if (w && w < n && (s[w] == ' ' || s[w] == '.')) /* a month's name first */
        w = skip_spaces(s, w + (s[w] == '.'), n);
    else
        w = 0;
    size_t d1 = w;
    while (d1 < n && d1 - w < 2 && isdigit((unsigned char)s[d1]))
        d1++;
    size_t dl = d1 < n && s[d1] == '-' ? 1 : d1 + 3 <= n && memcmp(s + d1, "\xE2\x80\x93", 3) == 0 ? 3 : 0;
    if (d1 == w || !dl || d1 + dl >= n || !isdigit((unsigned char)s[d1 + dl]) || n - (d1 - w + dl) >= sizeof t)
        return 0;
    size_t cut = d1 - w + dl;
    memcpy(t, s, w);
    memcpy(t + w, s + d1 + dl, n - d1 - dl);
    size_t tn = n - cut;
    if (atoi(s + w) >= atoi(s + d1 + dl))
        return 0;
    k = dt_date_at(t, tn, order, &d);
    return k > w + 1 && dt_iso(&d, iso) ? k + cut : 0;
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
    unsigned char *chevron; /* per line: it opened with a caption's ">>", a new turn */
    int chapter;
    int notes;      /* inside "Notes to editors" */
    int speaker;    /* current speaker, -1 none, -2 not yet known */
    int clip_speaker; /* who spoke before "(BEGIN VIDEO CLIP)", -3 none open */
    int turn;       /* a cue was just read: the next speech block starts a turn */
    int transcript; /* the body has speaker cues, so name-like labels are cues too */
    size_t timed;   /* lines whose recording's time code ("[00:00:04]") was not read */
    signed char *hl;    /* per line: its header_class + 1, or 0 before it is known */
    dt_order order; /* how the statement writes numeric dates */
    hmap names;     /* name lines standing over turns, and how often (panel transcripts) */
    int name_cues;  /* name lines are cues */
    int name_tight; /* ... every one right over its text, one of them a known person's */
    int name_spoken; /* ... every one over words a person says */
    int name_quotes; /* ... every one over a quotation, two or more (a team's release) */
    int name_layout; /* how the recurring names stand over their turns: 1 right over
                      * them, 2 a blank line between, 0 both ways */
    int contacts;   /* past a contact block's label: the rest is the narrator's */
    int signed_off; /* past a closing dateline ("Lima, 19 de noviembre de 2025"): the
                     * office's name under it is the record's */
    int release;    /* the header has a release line ("For immediate release") */
    int kind_field; /* the kind came from a "Release Type:" field: a kind line may say more */
    int captions;   /* a video's captions: a time code alone over each line of text */
    int date_updated; /* the date so far is the last change's: a date of its own wins */
    int date_event;   /* the date so far is an event's in the title: a date line's wins */
    int plain;        /* prose only: no speakers, so no quotation is anyone's */
    int cues_seen;  /* a speaker cue has been read in the body */
    int own_voice;  /* the body speaks in the first person, no one named: an unnamed speaker's */
    hmap words;     /* weak labels ("Hale:", "Senator Okafor."), and how often they open a line */
    hmap labels;    /* every label that opens a line as a cue, and how often */
    hmap colon_heads; /* each line's words before its first colon (words after it too),
                       * and the last line they open: label_again's index */
    int colon_heads_built;
    size_t said_at;   /* body_said: 1 + the block of speech found, or 0 */
    size_t said_seen; /* (blocks before this one are none) */
    long period_lines; /* lines that open with a label ended by a stop */
    long titled_periods; /* of them, those whose label is an office's or an address's */
    int words_counted;
    int numbered;   /* paragraphs open with their numbers, "1 Good morning." */
    int resume;     /* after an interjection ("HECKLER: …"), whose speech goes on */
    int resume_on;  /* (one is pending: resume may be the narrator's -1) */
    int cued_main;  /* whom the last label that was no interjection's gave the floor */
    int bold_asker, bold_answerer; /* a magazine's interview: questions in bold, and who
                                    * asks and answers them; -1 when not one */
    int emph_mark;  /* their emphasis (emph_paragraph), once counted; -1 none; -2 not yet */
    int said;       /* "Library manager Gwen Pryor said:" ended the last paragraph: her speaker */
    int attributed; /* "Quotes attributable to …:" named this speaker aloud (or -1) */
    int attr_quoted; /* its first paragraph opened a quotation: 1, 0, or -1 not yet */
    int attr_open;   /* the last of its paragraphs left a quotation open */
    int said_on;     /* who "X said:" gave the last paragraph to, unquoted, or -1 */
    int qcues;       /* 0 not yet looked for; 1 no question's label in the statement; 2 some */
    int spoke;      /* a block of the body's speech has been added */
    size_t voiced;  /* 1 + the index of the body's first block in a speaker's voice, or 0 */
    int quoted;     /* who the last paragraph's quotation was attributed to, or -1 */
    size_t reported_a, reported_b; /* the last paragraph, narrated, when it may report
                                    * someone's words ("Mr Rewiti said …"); b 0: none */
    int open;       /* who speaks a quotation the last paragraph left open, or -1 */
    hmap running;   /* short lines with a digit or in capitals, and how often each comes
                     * (pages' heads and feet) */
    int running_counted;
    int narrated_labels; /* labels_narrated, worked out once: 1 yes, -1 no, 0 not yet */
    int reported_article; /* reported_article, the same */
    int thread;        /* posts of a thread, counted "1/6", "2/6": its count */
    size_t thread_from; /* and the first line of its first counted post */
    int cues_counted;  /* lines that open with a cue and go on after it, counted once: */
    size_t cue_lines;  /* how many, */
    size_t first_cue;  /* and the first of them */
    char foot_date[11]; /* the date of a line the page's foot was cut at ("Ends/Wednesday,
                         * October 22, 2025"), for a statement that gives no other */
    size_t sign_line;   /* a letter's signature: its first line (the signer's name, or
                         * "Signed:" over it), to the end; 0 when the statement is no
                         * signed letter */
    char *signer, *signer_role; /* the name on it, and the office under it */
    char sign_iso[11];          /* the date under the signature, or "" */
    int exam_q, exam_a;  /* a court's examination ("BY MR. REYES:" over Q. and A.): who
                          * asks, and the witness; -1 outside one */
    int last_cue;        /* the kind of the last turn's cue (CUE_NAMED, …), -1 before any */
    int counsel;         /* the last turn's label was counsel's ("MR LAWSON KC:") */
    int answerer;        /* who answers a magazine interview's unlabelled answers, or -1 */
    int short_heads;     /* short_heads, worked out once: 1 yes, -1 no, 0 not yet */
    int quote_voice;     /* 1 + who speaks a statement whose words are all in quotation
                          * marks (its first paragraph one quotation), or 0: its other
                          * paragraphs are the issuer's */
    size_t label_a, label_b, label_blocks; /* the last label alone on its line over a
                                            * turn, and the blocks there were then */
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

/* The first line that starts at s[pos] or after it (p->nlines when none does); or the
 * line whose leading spaces pos is just past (an indented line's text: "     MR.
 * HALE:" at its label). */
static size_t line_from(const parser *p, size_t pos)
{
    size_t lo = 0, hi = p->nlines;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (p->lines[mid].start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo > 0 && p->lines[lo - 1].start < pos && pos < p->lines[lo - 1].end) {
        size_t x = p->lines[lo - 1].start;
        while (x < pos && (p->s[x] == ' ' || p->s[x] == '\t'))
            x++;
        if (x == pos)
            return lo - 1;
    }
    return lo;
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
            /* "- 30 -", "– ENDS –": an end mark between its dashes, no bullet */
            if (b - a <= 12 && b - a > 2 * k + 1 && memcmp(s + b - k, bullets[i], k) == 0 && s[b - k - 1] == ' ')
                return 0;
            /* "*** CHECK AGAINST DELIVERY ***": a line framed in asterisks, no item */
            /* (opened by two or more, or closed by one after a space: "* new funding of
             * **£2 million**" is an item) */
            if (bullets[i][0] == '*' && b - a > 4 && s[b - 1] == '*' && (s[a + 1] == '*' || s[b - 2] == ' '))
                return 0;
            if (s[a + k] == ' ' || s[a + k] == '\t')
                return k + 1;
            /* "-30-" and "--" are not bullets */
        }
    }
    return 0;
}

/* Length of a list number ("1. ", "2) ", "(a) ", "b) ", "iii) ", "(iv) "), or 0. */
static int ends_with_terminal(const char *s, size_t a, size_t b);

/* Whether a line in the text from s on (the next 16 KB of it) opens with w. */
static int later_line_opens(const char *s, const char *w)
{
    size_t n = strlen(w);
    for (size_t k = 0; k < 16384 && s[k]; k++)
        if (s[k] == '\n' && strncmp(s + k + 1, w, n) == 0)
            return 1;
    return 0;
}

/* The length of a capital roman numeral from 1 to 39 that s opens ("IV", "XII"),
 * or 0. */
static size_t roman_upper_len(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && i < 3 && s[i] == 'X')
        i++;
    if (i + 1 < n && s[i] == 'I' && (s[i + 1] == 'X' || s[i + 1] == 'V'))
        return i + 2;
    if (i < n && s[i] == 'V')
        i++;
    for (size_t k = 0; k < 3 && i < n && s[i] == 'I'; k++)
        i++;
    return i;
}

static size_t number_len(const char *s, size_t a, size_t b)
{
    size_t i = a;
    int paren = i < b && s[i] == '(';
    if (paren)
        i++;
    /* "PP1. Recognizing …", "OP2. Decide …": a resolution's preambular and operative
     * paragraphs, as the UN's drafts number them */
    if (!paren && b - i > 6 && (s[i] == 'P' || s[i] == 'O') && s[i + 1] == 'P' && isdigit((unsigned char)s[i + 2])) {
        size_t e = i + 2;
        while (e < b && isdigit((unsigned char)s[e]) && e - i < 5)
            e++;
        if (e + 2 < b && s[e] == '.' && s[e + 1] == ' ' && isupper((unsigned char)s[e + 2]))
            return e + 2 - a;
    }
    /* "II. The two sides agreed to expand trade …": a joint statement's paragraph
     * numbered in capital roman numerals, a sentence after it (a short heading after
     * one, "II. On practical cooperation", is the heading's; "I." alone is an
     * initial's, "I. Petrova", unless "II." opens a later line) */
    if (!paren) {
        size_t r = roman_upper_len(s + i, b - i);
        if (r && i + r + 2 < b && s[i + r] == '.' && s[i + r + 1] == ' ' && isupper((unsigned char)s[i + r + 2]) &&
            txt_words(s, i + r + 2, b) >= 6 && ends_with_terminal(s, a, b) &&
            (r > 1 || (s[i] == 'I' && later_line_opens(s + b, "II. "))))
            return i + r + 2 - a;
    }
    size_t d = i;
    while (i < b && isdigit((unsigned char)s[i]) && i - d < 3)
        i++;
    /* "5 bis. We agree …", "12 ter.", "5a. We agree …": a paragraph put in between two
     * of a text's numbered paragraphs */
    if (!paren && i > d && i + 4 < b) {
        size_t e = i;
        if (islower((unsigned char)s[e]) && s[e] <= 'h')
            e++;
        else if (s[e] == ' ' && (strncmp(s + e + 1, "bis.", 4) == 0 || strncmp(s + e + 1, "ter.", 4) == 0))
            e += 4;
        else if (s[e] == ' ' && b - e > 8 && strncmp(s + e + 1, "quater.", 7) == 0)
            e += 7;
        if (e > i && e + 2 < b && s[e] == '.' && s[e + 1] == ' ' && isupper((unsigned char)s[e + 2]))
            return e + 2 - a;
    }
    /* "(617) 555-0143": an area code, not a list number */
    if (paren && i - d == 3 && i + 2 < b && s[i] == ')' && s[i + 1] == ' ' && isdigit((unsigned char)s[i + 2]))
        return 0;
    /* ("(03) 9247 6894": Australia's and Ireland's, a trunk zero and a digit or two,
     * then the number's groups of three digits or more) */
    if (paren && i - d >= 2 && s[d] == '0' && i + 2 < b && s[i] == ')' && s[i + 1] == ' ') {
        /* (two groups of digits, or one of six or more: not "(01) 250 new homes") */
        size_t g1 = strspn(s + i + 2, "0123456789"), x = i + 2 + g1;
        size_t g2 = x + 1 < b && (s[x] == ' ' || s[x] == '-') ? strspn(s + x + 1, "0123456789") : 0;
        if ((g1 >= 3 && g2 >= 3) || g1 >= 6)
            return 0;
    }
    if (i == d) {
        /* a lower-case roman numeral, closed by a bracket, or by a stop before a capital
         * ("i. Construction of 3 barrages", as Indian ministries number their lists) */
        while (i < b && i - d < 6 && (s[i] == 'i' || s[i] == 'v' || s[i] == 'x'))
            i++;
        /* (or before a word in lower case of three letters or more: "i. embankments at
         * 42 locations be strengthened …", a list that goes on the sentence above) */
        if (i > d && !paren && i + 2 < b && s[i] == '.' && s[i + 1] == ' ' &&
            (isupper((unsigned char)s[i + 2]) ||
             (i + 5 <= b && islower((unsigned char)s[i + 2]) && islower((unsigned char)s[i + 3]) &&
              islower((unsigned char)s[i + 4]))))
            return i + 2 - a;
        if (i < b && s[i] != ')')
            i = d;
    }
    if (i == d && i < b && islower((unsigned char)s[i]))
        i++;
    if (i == d || i >= b)
        return 0;
    if (!(s[i] == ')' || (!paren && s[i] == '.' && isdigit((unsigned char)s[d]))))
        return 0;
    i++;
    /* "1.1. Cabinet welcomes …", "2.3.1. ": a section's number within a section, its
     * own stop last and a capital after it (not "1.5 million") */
    for (size_t e = i, parts = 0; s[i - 1] == '.' && !paren && parts < 3; parts++) {
        while (e < b && isdigit((unsigned char)s[e]) && e - i < 3)
            e++;
        if (e == i || e + 2 >= b || s[e] != '.')
            break;
        if (s[e + 1] == ' ' && isupper((unsigned char)s[e + 2]))
            return e + 2 - a;
        i = e = e + 1;
    }
    if (i >= b || s[i] != ' ')
        return 0;
    return i + 1 - a;
}

/* A paragraph's number without a stop, as some governments print speeches ("1 Good
 * morning."): its length with the spaces, when it is n and a capital follows; or 0. */
static size_t paragraph_number(const char *s, size_t a, size_t b, long n)
{
    size_t i = a;
    long v = 0;
    while (i < b && isdigit((unsigned char)s[i]) && i - a < 3)
        v = v * 10 + (s[i++] - '0');
    if (i == a || v != n || i >= b || (s[i] != ' ' && s[i] != '\t'))
        return 0;
    size_t g = i;
    while (i < b && (s[i] == ' ' || s[i] == '\t'))
        i++;
    /* (a figure may open the sentence after a number set off by a tab or two spaces:
     * "4     3 safety recommendations were made.") */
    int wide = s[g] == '\t' || i - g >= 2;
    return i < b && (isupper((unsigned char)s[i]) || (wide && isdigit((unsigned char)s[i]))) ? i - a : 0;
}

static int is_stage(const char *s, size_t a, size_t b) { return spk_is_stage(s, a, b, SPK_ALONE); }

/* Whether s[a, b) is one token of editors' initials as agencies sign a story: groups of
 * two or three small letters joined by stops ("mt.gb", "ys.ma"), no web address
 * ("un.org", "www.gov.za"); not words parted by a slash ("yes/no", "and/or"). */
static int editors_initials(const char *s, size_t a, size_t b)
{
    static const char *const domains[] = {"org", "com", "net", "int", "gov", "edu", "mil", "uk", "us", "eu", "io",
                                          "www", "co", "ac", "go", "or", "ne"};
    size_t groups = 0, k = a;
    while (k < b) {
        size_t g = k;
        while (k < b && s[k] >= 'a' && s[k] <= 'z')
            k++;
        if (k - g < 2 || k - g > 3)
            return 0;
        /* (no web address: "www.gov.za", "www.moh.gov.sg") */
        for (size_t q = 0; q < sizeof domains / sizeof *domains; q++)
            if (strlen(domains[q]) == k - g && strncmp(s + g, domains[q], k - g) == 0)
                return 0;
        groups++;
        if (k < b && s[k] != '.')
            return 0;
        if (k < b)
            k++;
        if (k == b && s[b - 1] == '.')
            return 0;
    }
    return groups >= 2;
}

/* Whether s[a, b) is an agency's credit of its writers, "WAM/Tariq Alfaham/Hatem
 * Mohamed": the agency's capitals, then names, parted by slashes with no spaces. */
static int agency_credit(const char *s, size_t a, size_t b)
{
    size_t k = a;
    while (k < b && isupper((unsigned char)s[k]))
        k++;
    if (k - a < 2 || k - a > 6 || k >= b || s[k] != '/')
        return 0;
    size_t fields = 0;
    while (k < b && s[k] == '/') {
        size_t f = ++k, words = 0;
        while (k < b && s[k] != '/') {
            if (!isupper((unsigned char)s[k]))
                return 0;
            words++;
            while (k < b && s[k] != ' ' && s[k] != '/') {
                if (!isalpha((unsigned char)s[k]) && s[k] != '-' && s[k] != '\'' && (unsigned char)s[k] < 0x80)
                    return 0;
                k++;
            }
            if (k < b && s[k] == ' ')
                k++;
        }
        if (k == f || words > 3)
            return 0;
        fields++;
    }
    return k == b && fields >= 1;
}

static int is_end_marker(const char *s, size_t a, size_t b)
{
    /* "-USCG-", "-DoD-": an agency's letters between hyphens, its end mark */
    if (b - a >= 4 && b - a <= 10 && s[a] == '-' && s[b - 1] == '-' && isupper((unsigned char)s[a + 1])) {
        size_t k = a + 1;
        while (k < b - 1 && isalnum((unsigned char)s[k]))
            k++;
        if (k == b - 1)
            return 1;
    }
    /* "– END –", "— ENDS —": the marker between dashes */
    int dashed = 0;
    while (b - a >= 4 && (unsigned char)s[a] == 0xE2 && s[a + 1] == '\x80' &&
           ((unsigned char)s[a + 2] == 0x93 || (unsigned char)s[a + 2] == 0x94) &&
           (unsigned char)s[b - 3] == 0xE2 && ((unsigned char)s[b - 1] == 0x93 || (unsigned char)s[b - 1] == 0x94)) {
        size_t x = a + 3, y = b - 3;
        txt_trim(s, &x, &y);
        if (x >= y)
            break;
        a = x;
        b = y;
        dashed = 1;
    }
    /* "– 30 –", "— 30 —": Canada's end mark between en or em dashes */
    if (dashed && b - a == 2 && s[a] == '3' && s[a + 1] == '0')
        return 1;
    /* "### (PCO)": the marker, then the office's initials in brackets */
    if (b - a > 6 && s[b - 1] == ')' && memchr(s + a, '(', b - a)) {
        size_t o = b - 1;
        while (o > a && s[o] != '(')
            o--;
        size_t e = o;
        while (e > a && s[e - 1] == ' ')
            e--;
        if (e > a && e < o && txt_words(s, o, b) == 1 && !txt_has_lower(s + o, b - o))
            b = e;
    }
    size_t n = b - a;
    const char *w = s + a;
    /* "-- END --", "*** END ***", "### END ###", NASA's "-end-": the marker inside
     * dashes, stars or hashes */
    int wrapped = 0;
    while (n > 2 && (w[0] == '-' || w[0] == '*' || w[0] == ' ' || (w[0] == '#' && w[n - 1] == '#' && n > 3)) &&
           (w[n - 1] == '-' || w[n - 1] == '*' || w[n - 1] == ' ' || (w[n - 1] == '#' && w[0] == '#')) &&
           !isdigit((unsigned char)w[1]) && !(w[0] == '-' && w[1] == ' ' && isdigit((unsigned char)w[2]))) {
        w++;
        n -= 2;
        wrapped = 1;
    }
    /* "[ends]", "(ENDS)", "[END]", "/END/", "<ENDS>": the marker in brackets or
     * slashes */
    if (n > 4 && ((w[0] == '[' && w[n - 1] == ']') || (w[0] == '(' && w[n - 1] == ')') ||
                  (w[0] == '/' && w[n - 1] == '/') || (w[0] == '<' && w[n - 1] == '>')) &&
        (equals_ci(w + 1, n - 2, "END") || equals_ci(w + 1, n - 2, "ENDS") ||
         equals_ci(w + 1, n - 2, "End of transcript") || equals_ci(w + 1, n - 2, "End of briefing") ||
         equals_ci(w + 1, n - 2, "End of statement") || equals_ci(w + 1, n - 2, "End of remarks")))
        return 1;
    /* "//END//": doubled slashes */
    if (n > 6 && w[0] == '/' && w[1] == '/' && w[n - 1] == '/' && w[n - 2] == '/' &&
        (equals_ci(w + 2, n - 4, "END") || equals_ci(w + 2, n - 4, "ENDS")))
        return 1;
    /* "/end", "/ends": a post's or thread's last mark */
    if (n >= 4 && w[0] == '/' && (equals_ci(w + 1, n - 1, "end") || equals_ci(w + 1, n - 1, "ends")))
        return 1;
    /* (the bare word with its capital: "end" alone on a line is a narrow column's
     * word, "… until the" / "end" / "of 2025") */
    if (((equals_ci(w, n, "ENDS") || equals_ci(w, n, "ENDS.") || equals_ci(w, n, "END")) &&
         (isupper((unsigned char)w[0]) || wrapped)) ||
        equals_ci(w, n, "End of briefing") || equals_ci(w, n, "End of statement") ||
        equals_ci(w, n, "End of transcript") || equals_ci(w, n, "End of remarks") ||
        equals_ci(w, n, "###") || equals_ci(w, n, "-30-") || equals_ci(w, n, "- 30 -") || equals_ci(w, n, "Enditem") ||
        equals_ci(w, n, "-ENDS-") || equals_ci(w, n, "- ENDS -") || equals_ci(w, n, "[END]") ||
        equals_ci(w, n, "(END)") || equals_ci(w, n, "-more-") || equals_ci(w, n, "(END OF TRANSCRIPT)") ||
        equals_ci(w, n, "END OF TRANSCRIPT") || equals_ci(w, n, "000") || equals_ci(w, n, "ooo") ||
        equals_ci(w, n, "o0o") || equals_ci(w, n, "0o0") || equals_ci(w, n, "-000-") || equals_ci(w, n, "-o0o-") ||
        equals_ci(w, n, "-0-") ||
        /* (Spanish and French end marks, also in the English copies of Latin American
         * governments' releases: "Fin.") */
        (data_lang() != 0 && (equals_ci(w, n, "FIN") || equals_ci(w, n, "-FIN-") || equals_ci(w, n, "- FIN -") ||
                              equals_ci(w, n, "FIN."))) ||
        /* (in English only with its stop or its dashes, "FIN" alone being an acronym's
         * heading too) */
        (isupper((unsigned char)w[0]) && (equals_ci(w, n, "Fin.") || (wrapped && equals_ci(w, n, "FIN"))) ) ||
        equals_ci(w, n, "-FIN-") || equals_ci(w, n, "- FIN -"))
        return 1;
    /* "oOo", "oo0oo", "---oo0oo---": the Spanish-language end mark in its forms */
    if (n >= 3 && n <= 9 && strspn(w, "oO0") >= n)
        return 1;
    /* END 1:58 P.M. EDT, also with a run of spaces or a tab before the time */
    char hm[6];
    if (n > 4 && strncmp(w, "END", 3) == 0 && (w[3] == ' ' || w[3] == '\t')) {
        size_t t = skip_spaces(w, 3, n);
        return parse_clock(w + t, n - t, hm) > 0;
    }
    /* a line without a letter or a digit: a separator ("* *** *", "---", "<…>") */
    for (size_t i = 0; i < n;) {
        if ((unsigned char)w[i] < 0x80) {
            if (isalnum((unsigned char)w[i]))
                return 0;
            i++;
            continue;
        }
        utf8proc_category_t k = utf8proc_category(txt_next(w, n, &i));
        if (k < UTF8PROC_CATEGORY_PC || k > UTF8PROC_CATEGORY_SO)
            return 0; /* letters, numbers, marks, spaces of other kinds */
    }
    return 1;
}

static int is_notes_heading(const char *s, size_t a, size_t b)
{
    size_t n = b - a;
    while (n > 0 && (s[a + n - 1] == ':' || s[a + n - 1] == '.'))
        n--;
    /* "Note(s) to/for (the) editor(s)", in any case */
    static const char *const heads[] = {"Notes to ", "Note to ", "Notes for ", "Note for "};
    for (size_t k = 0; k < sizeof heads / sizeof *heads; k++) {
        size_t h = strlen(heads[k]);
        if (n > h && u8_ncasecmp(s + a, heads[k], h) == 0) {
            size_t r = a + h, rn = n - h;
            if (rn > 4 && u8_ncasecmp(s + r, "the ", 4) == 0)
                r += 4, rn -= 4;
            /* (or correspondents, journalists, the media: "Note to Correspondents", the
             * UN's, under a spokesperson's statement) */
            if (equals_ci(s + r, rn, "editor") || equals_ci(s + r, rn, "editors") ||
                equals_ci(s + r, rn, "correspondents") || equals_ci(s + r, rn, "journalists") ||
                equals_ci(s + r, rn, "media") || equals_ci(s + r, rn, "reporters"))
                return 1;
        }
    }
    return equals_ci(s + a, n, "Editor's note") || equals_ci(s + a, n, "Editors' notes") ||
           equals_ci(s + a, n, "Background");
}

/* "(1425)": a parliament's record marks the clock alone on a line; not read. */
static int record_clock(const char *s, size_t a, size_t b)
{
    if (b - a != 6 || s[a] != '(' || s[b - 1] != ')')
        return 0;
    for (size_t i = a + 1; i < b - 1; i++)
        if (!isdigit((unsigned char)s[i]))
            return 0;
    int hh = (s[a + 1] - '0') * 10 + s[a + 2] - '0', mm = (s[a + 3] - '0') * 10 + s[a + 4] - '0';
    return hh < 24 && mm < 60;
}

static int ends_with_terminal(const char *s, size_t a, size_t b);
static int introduced(parser *p, size_t li, size_t x, size_t y);
static int org_name(const char *s, size_t a, size_t b);
static int title_cased(const char *s, size_t a, size_t b);
static int place_date_at(const char *s, size_t a, size_t b, size_t x, size_t n);
static int ends_sentence(const char *s, size_t a, size_t b);
static int find_ci(const char *s, size_t a, size_t b, const char *w);
static int org_line(const char *s, size_t a, size_t b);
static size_t field_at(const char *s, size_t a, size_t b, size_t *value, int *holds);

/* Whether s[a, b) holds a digit. */
static int has_digit(const char *s, size_t a, size_t b) { return b > a && txt_has_digit(s + a, b - a); }

/* Whether a credit's value at s[v, b) names whose the picture is, in lower case:
 * "courtesy of …", "by …", "via …", "copyright …" (a credit still, not a sentence). */
static int credit_value(const char *s, size_t v, size_t b)
{
    static const char *const leads[] = {"courtesy ", "via ", "copyright ", "by ", "photo by ", "image by "};
    for (size_t k = 0; k < sizeof leads / sizeof *leads; k++)
        if (b - v > strlen(leads[k]) && strncmp(s + v, leads[k], strlen(leads[k])) == 0)
            /* ("by" before a name: "by Ana Ruiz", not "by the time the ceremony ended") */
            return k < 3 || isupper((unsigned char)s[v + strlen(leads[k])]);
    return 0;
}

/* "Page 2 of 18", "Page 7": a printed page's number. */
static int page_line(const char *s, size_t a, size_t b)
{
    unsigned pg = 0, of = 0;
    int used = 0;
    char tail;
    /* "- 2 -", "– 14 –": the number between dashes */
    size_t x = a, y = b, dl = 0;
    if (y - x >= 5 && (s[x] == '-' || (y - x >= 7 && memcmp(s + x, "\xE2\x80\x93", 3) == 0))) {
        dl = s[x] == '-' ? 1 : 3;
        x += dl;
        while (x < y && s[x] == ' ')
            x++;
        size_t d0 = x;
        while (x < y && isdigit((unsigned char)s[x]))
            x++;
        size_t d1 = x;
        while (x < y && s[x] == ' ')
            x++;
        if (d1 > d0 && d1 - d0 <= 4 && y - x == dl && memcmp(s + x, s + a, dl) == 0)
            return 1;
    }
    if (starts_with_ci(s + a, b - a, "Page ") && b - a < 24) {
        char buf[24];
        memcpy(buf, s + a, b - a);
        buf[b - a] = '\0';
        if ((sscanf(buf + 5, "%u of %u%n%c", &pg, &of, &used, &tail) == 2 && (size_t)used == b - a - 5) ||
            (sscanf(buf + 5, "%u%n%c", &pg, &used, &tail) == 1 && (size_t)used == b - a - 5))
            return 1;
    }
    return 0;
}

/* A printed page's running header or footer copied with the text ("March 19, 2025
 * Chair Okafor's Press Conference FINAL", "Page 2 of 18"): a short line with a digit
 * that comes twice or more, or "Page N of M"; not read. */
static size_t next_content(const parser *p, size_t i);

/* The content line before line i, or SIZE_MAX. */
static size_t prev_content(parser *p, size_t i)
{
    while (i > 0) {
        i--;
        if (!line_blank(p, i))
            return i;
    }
    return SIZE_MAX;
}

/* "1. Main points" alone on its line, a blank line, then prose, as statistics offices
 * and advisories number a bulletin's sections ("4. MITIGATIONS"): a heading, though in
 * mixed case or of one word. A list's item is not one: the line over it is no other
 * numbered line nor a lead-in's colon, and the line after it no numbered line. */
static int numbered_section(parser *p, size_t i, size_t a, size_t b, size_t nh)
{
    const char *s = p->s;
    /* (over its paragraph after a blank line, or right over it: "1. Introduction" /
     * "The Synod met …") */
    if (!isupper((unsigned char)s[a + nh]) || txt_words(s, a + nh, b) > 8 || ends_with_terminal(s, a, b) ||
        memchr(s + a + nh, ':', b - a - nh) || i + 1 >= p->nlines)
        return 0;
    size_t pv = prev_content(p, i), nx = next_content(p, i + 1), x, y;
    if (pv == SIZE_MAX || nx >= p->nlines)
        return 0;
    line_span(p, pv, &x, &y);
    if (number_len(s, x, y) || bullet_len(s, x, y) || (y > x && s[y - 1] == ':'))
        return 0;
    line_span(p, nx, &x, &y);
    return !number_len(s, x, y) && !bullet_len(s, x, y) && isupper((unsigned char)s[x]) && txt_words(s, x, y) >= 6 &&
           ends_with_terminal(s, x, y);
}

/* Line i is the content line before it again, exactly: a web page's title printed
 * over its own heading ("Harbor County Briefing Transcript" twice), said once. */
static int doubled_line(parser *p, size_t i)
{
    size_t k = prev_content(p, i), a, b, x, y;
    if (k == SIZE_MAX)
        return 0;
    line_span(p, i, &a, &b);
    line_span(p, k, &x, &y);
    return b > a && y - x == b - a && memcmp(p->s + x, p->s + a, b - a) == 0;
}

/* The field of s[a, b) between bars (" | ") that starts at x: its words at [*fa, *fe),
 * and where the next starts (b after the last). */
static size_t bar_field(const char *s, size_t a, size_t b, size_t x, size_t *fa, size_t *fe)
{
    size_t e = x;
    while (e < b && !(s[e] == '|' && e > a && s[e - 1] == ' '))
        e++;
    *fa = skip_spaces(s, x, e);
    *fe = e;
    while (*fe > *fa && s[*fe - 1] == ' ')
        (*fe)--;
    return e < b ? e + 1 : b;
}

/* Whether the fields of s[a, b) between bars, all but the one at fa, are names a site
 * gives itself ("Office of Public Affairs", "United States Department of Justice"):
 * capitalised words and small ones, no figure, nothing said nowhere else. */
static int tab_names_only(const char *s, size_t a, size_t b, size_t fa)
{
    size_t names = 0;
    for (size_t x = a, ga, ge; x < b;) {
        x = bar_field(s, a, b, x, &ga, &ge);
        if (ga == fa || ge <= ga)
            continue;
        if (has_digit(s, ga, ge) || memchr(s + ga, ':', ge - ga))
            return 0;
        for (size_t w = ga; w < ge; w++)
            if ((w == ga || s[w - 1] == ' ') && !isupper((unsigned char)s[w]) && !equals_ci(s + w, 3, "of ") &&
                !equals_ci(s + w, 4, "the ") && !equals_ci(s + w, 4, "and ") && !equals_ci(s + w, 4, "for "))
                return 0;
        names++;
    }
    return names >= 1;
}

/* Whether line i is a page's title as a browser shows it, "Office of Public Affairs |
 * Two Defendants Convicted | United States Department of Justice": fields between bars,
 * one of them a line of its own a little further on (the headline), said there. */
static int tab_title(parser *p, size_t i)
{
    size_t a, b;
    line_span(p, i, &a, &b);
    if (b - a < 8 || !find_ci(p->s, a, b, " | "))
        return 0;
    for (size_t x = a, fa, fe; x < b;) {
        x = bar_field(p->s, a, b, x, &fa, &fe);
        size_t k = i;
        char iso[11];
        for (int n = 0; fe > fa && n < 8 && (k = next_content(p, k + 1)) < p->nlines; n++) {
            size_t ka, kb;
            line_span(p, k, &ka, &kb);
            if (kb - ka == fe - fa && memcmp(p->s + ka, p->s + fa, fe - fa) == 0 &&
                !date_iso(p->order, p->s + fa, fe - fa, iso))
                return tab_names_only(p->s, a, b, fa);
        }
    }
    return 0;
}

/* Counts, once, the lines a page's head or foot may be: short ones with a digit
 * ("March 19, 2025 Press Briefing 2") or in capitals ("DEPARTMENT FOR RURAL TRANSPORT
 * — SPEECH"). Returns 1 (the counts are in p->running). */
static int count_running(parser *p)
{
    const char *s = p->s;
    if (p->running_counted)
        return 1;
    p->running_counted = 1;
    for (size_t i = 0; i < p->nlines && p->st == HD_OK; i++) {
        size_t x, y, caps = 0;
        line_span(p, i, &x, &y);
        if (y <= x || y - x > 100 || txt_words(s, x, y) > 12)
            continue;
        for (size_t k = x; k < y; k++)
            caps += isupper((unsigned char)s[k]) != 0;
        if (!has_digit(s, x, y) && (caps < 3 || txt_has_lower(s + x, y - x)))
            continue;
        long v = 0;
        hm_get(&p->running, s + x, y - x, &v);
        if (hm_put(&p->running, s + x, y - x, v + 1, HM_MAX) != 0)
            p->st = HD_ERR_NOMEM;
    }
    return 1;
}

/* Whether a paragraph of prose (a line of six words or more ended by a stop) comes
 * before line i. */
static int prose_above(parser *p, size_t i)
{
    for (size_t k = 0; k < i; k++) {
        size_t a, b;
        line_span(p, k, &a, &b);
        if (b > a && ends_with_terminal(p->s, a, b) && txt_words(p->s, a, b) >= 6)
            return 1;
    }
    return 0;
}

static int running_line(parser *p, size_t a, size_t b)
{
    const char *s = p->s;
    if (b <= a || b - a > 100)
        return 0;
    /* "OFFICIAL" / "Page 1 of 2", "DEPARTMENT FOR RURAL TRANSPORT — SPEECH" / "- 2 -":
     * a page's marking or running title in capitals, beside its number */
    /* or one that breaks into a sentence ("… the flat fare until" / "OFFICIAL" / "the
     * end of 2025."): no heading stands inside a sentence */
    size_t letters = 0;
    for (size_t k = a; k < b; k++)
        letters += isupper((unsigned char)s[k]) != 0;
    if (letters >= 3 && !txt_has_lower(s + a, b - a) && txt_words(s, a, b) <= 12 && !ends_with_terminal(s, a, b)) {
        size_t i = line_from(p, a);
        for (size_t k = i > 2 ? i - 2 : 0; k <= i + 2 && k < p->nlines; k++) {
            size_t ka, kb;
            line_span(p, k, &ka, &kb);
            if (k != i && kb > ka && page_line(s, ka, kb))
                return 1;
        }
        size_t pv = i, nx = i + 1, pa = 0, pb = 0, na = 0, nb = 0;
        for (int n = 0; n < 6 && pv > 0; n++) {
            line_span(p, --pv, &pa, &pb);
            if (pb > pa && txt_has_lower(s + pa, pb - pa) && !page_line(s, pa, pb))
                break;
            pa = pb = 0;
        }
        for (int n = 0; n < 6 && nx < p->nlines; n++, nx++) {
            line_span(p, nx, &na, &nb);
            if (nb > na && txt_has_lower(s + na, nb - na) && !page_line(s, na, nb))
                break;
            na = nb = 0;
        }
        /* (the sentence goes on in a word: "media@resbank.co.za" under a phone number
         * goes on nothing) */
        size_t w = na;
        while (w < nb && islower((unsigned char)s[w]))
            w++;
        /* (and comes back, as a page's title does on every page: "NHS" alone in a
         * narrow column's sentence is a word of it) */
        long v = 0;
        if (pb > pa && nb > na && isalpha((unsigned char)s[pb - 1]) && w > na && (w == nb || s[w] == ' ' || s[w] == ',') &&
            count_running(p) && hm_get(&p->running, s + a, b - a, &v) && v >= 2)
            return 1;
    }
    if (!has_digit(s, a, b))
        return 0;
    if (page_line(s, a, b))
        return 1;
    /* "2" alone between two paragraphs of prose: a printed page's number (a PDF's
     * text), after a paragraph of a sentence or more */
    if (b - a <= 3 && strspn(s + a, "0123456789") == b - a) {
        size_t lo = line_from(p, a);
        if (lo < p->nlines && p->lines[lo].start <= a && lo > 0 && line_blank(p, lo - 1) &&
            (lo + 1 >= p->nlines || line_blank(p, lo + 1))) {
            size_t pv = prev_content(p, lo), nx = next_content(p, lo + 1);
            size_t pa, pb, na, nb;
            if (pv != SIZE_MAX && nx < p->nlines) {
                line_span(p, pv, &pa, &pb);
                line_span(p, nx, &na, &nb);
                if (txt_words(s, pa, pb) >= 6 && txt_has_lower(s + pa, pb - pa) && txt_words(s, na, nb) >= 4 &&
                    txt_has_lower(s + na, nb - na))
                    return 1;
            }
        }
    }
    /* "Page 1 Monetary Policy Report Press Conference - 6.2.25": the page's number
     * before its running title */
    if (starts_with_ci(s + a, b - a, "Page ") && isdigit((unsigned char)s[a + 5])) {
        size_t k = a + 5;
        while (k < b && isdigit((unsigned char)s[k]))
            k++;
        if (k < b && s[k] == ' ' && txt_words(s, a, b) <= 12 && !ends_with_terminal(s, a, b))
            return 1;
    }
    count_running(p);
    long v = 0;
    size_t fv;
    int holds;
    if (txt_words(s, a, b) > 12 || ends_with_terminal(s, a, b) || spk_time_code(s, a, b) ||
        field_at(s, a, b, &fv, &holds))
        return 0;
    /* (nor a count in a record, the same under two wards: "Spoilt ballots: 31",
     * "Turnout: 64.2%" — a label of a few words, a colon, a figure alone) */
    {
        const char *cl = memchr(s + a, ':', b - a);
        size_t v0 = cl ? skip_spaces(s, (size_t)(cl - s) + 1, b) : b, v1 = v0;
        while (v1 < b && (isdigit((unsigned char)s[v1]) || ((s[v1] == ',' || s[v1] == '.') && v1 > v0)))
            v1++;
        if (v1 < b && s[v1] == '%')
            v1++;
        if (cl && v1 > v0 && isdigit((unsigned char)s[v0]) && v1 == b && txt_words(s, a, (size_t)(cl - s)) <= 4 &&
            !has_digit(s, a, (size_t)(cl - s)))
            return 0;
    }
    /* (a date alone, printed in the masthead and again over the sitting, is the
     * statement's date, read: "Wednesday, March 4, 2026") */
    char iso[11];
    size_t dn = date_iso(p->order, s + a, b - a, iso);
    if (dn && skip_spaces(s, a + dn, b) == b)
        return 0;
    /* (nor one without its year over each section: "NORTH WARD" / "Monday 3 March") */
    dt_date dd;
    dn = dt_date_at(s + a, b - a, p->order, &dd);
    if (dn && skip_spaces(s, a + dn, b) == b)
        return 0;
    /* (nor a programme's item at its time, the same on two days: "19:30 State
     * Banquet, Buckingham Palace") */
    size_t t = a;
    while (t < b && t < a + 2 && isdigit((unsigned char)s[t]))
        t++;
    if (t > a && t + 3 <= b && (s[t] == ':' || s[t] == '.') && isdigit((unsigned char)s[t + 1]) &&
        isdigit((unsigned char)s[t + 2]) && (t + 3 == b || s[t + 3] == ' ' || s[t + 3] == '\t'))
        return 0;
    if (hm_get(&p->running, s + a, b - a, &v) && v >= 2) {
        /* (not a numbered item said twice: "1. Growth" in a speech's plan and again
         * over its part is the speaker's; over every page, "1. Introduction" is the
         * page's head) */
        if (v == 2 && number_len(s, a, b))
            return 0;
        /* (twice, one right after the other: a doubled title, not a page's head; under
         * a paragraph of prose it is a page's foot over the next page's head) */
        size_t lo = line_from(p, a), nx = lo < p->nlines ? next_content(p, lo + 1) : p->nlines;
        return !(v == 2 && lo < p->nlines && p->lines[lo].start == a &&
                 (doubled_line(p, lo) || (nx < p->nlines && doubled_line(p, nx))) && !prose_above(p, lo));
    }
    /* once only, next to "Page 2 of 22": the last page's head (not a field under it,
     * "Next release: 14 August 2025") */
    size_t lo = line_from(p, a);
    if (lo >= p->nlines || p->lines[lo].start > a)
        return 0;
    const char *colon = memchr(s + a, ':', b - a);
    if (colon && colon + 1 < s + b && colon[1] == ' ' && txt_words(s, a, (size_t)(colon - s)) <= 3)
        return 0;
    for (int dir = -1; dir <= 1; dir += 2) {
        size_t k = lo;
        for (int step = 0; step < 3; step++) {
            if ((dir < 0 && k == 0) || (dir > 0 && k + 1 >= p->nlines))
                break;
            k = dir < 0 ? k - 1 : k + 1;
            size_t x, y;
            line_span(p, k, &x, &y);
            if (x >= y)
                continue;
            /* (a page's marking that opens the document heads its first page: the
             * line under it is the title, "Page 1 of 2" / "Consumer prices, June
             * 2025") */
            if (page_line(s, x, y) && !(dir < 0 && !prose_above(p, k)))
                return 1;
            break;
        }
    }
    return 0;
}

/* "Questions & Answers:", "Prepared Remarks:": a short heading in title case that
 * ends with a colon. */
static int colon_heading(const char *s, size_t a, size_t b)
{
    if (b <= a || s[b - 1] != ':' || txt_words(s, a, b) > 5)
        return 0;
    /* "The Ministers:" leads into what they agreed: a sentence's start */
    if (b - a > 4 && strncmp(s + a, "The ", 4) == 0)
        return 0;
    for (size_t i = a; i < b - 1;) {
        while (i < b - 1 && s[i] == ' ')
            i++;
        size_t w = i;
        while (i < b - 1 && s[i] != ' ')
            i++;
        if (i == w)
            continue;
        if (!(isupper((unsigned char)s[w]) || s[w] == '&' || equals_ci(s + w, i - w, "and") ||
              equals_ci(s + w, i - w, "of") || equals_ci(s + w, i - w, "the")))
            return 0;
        for (size_t q = w; q < i; q++)
            if (s[q] == ',' || s[q] == '.' || isdigit((unsigned char)s[q]))
                return 0;
    }
    return 1;
}

/* Whether s[a, b) is a field that holds a date or chrome ("Updated May 8, 2025",
 * "Topic"): a page's record, never a heading. */
static int dated_field(parser *p, size_t a, size_t b)
{
    size_t v;
    int holds = 0;
    return field_at(p->s, a, b, &v, &holds) && (holds == 'd' || holds == 'u' || holds == 'c' || holds == 'f' ||
                                                 holds == 'r' || holds == 'w');
}

/* Whether s[a, b) holds a role's word (data/en/roles.txt) that stands for a person:
 * "Prime Minister", "The Commissioner", not "The Ministry" or "The Council". */
static int person_role_in_ex(const char *s, size_t a, size_t b, int no_portfolio);
static int person_role_in(const char *s, size_t a, size_t b) { return person_role_in_ex(s, a, b, 0); }

/* (no_portfolio: nor a portfolio's word, "Health" in "Health Canada") */
static int person_role_in_ex(const char *s, size_t a, size_t b, int no_portfolio)
{
    for (size_t x = a; x < b;) {
        size_t w = x;
        while (x < b && s[x] != ' ' && s[x] != ',')
            x++;
        int body = x > w && data_word_line("en/bodies.txt", s + w, x - w, 0, DATA_ANYWHERE);
        /* ("Mayor-elect", "Ambassador-designate": the office to come) */
        size_t we = x;
        if (we - w > 6 && u8_ncasecmp(s + we - 6, "-elect", 6) == 0)
            we -= 6;
        else if (we - w > 10 && u8_ncasecmp(s + we - 10, "-designate", 10) == 0)
            we -= 10;
        /* ("Vice-President", "Co-Chair", "Under-Secretary": its last part a role's) */
        size_t ws = w;
        for (size_t h = w + 1; h + 1 < we; h++)
            if (s[h] == '-' && !data_word_line("en/roles.txt", s + ws, we - ws, 0, DATA_ANYWHERE))
                ws = h + 1;
        if (x > w && !body && isupper((unsigned char)s[w]) &&
            data_word_line("en/roles.txt", s + ws, we - ws, 0, DATA_ANYWHERE) &&
            !(no_portfolio && data_word_line("en/portfolios.txt", s + ws, we - ws, 0, DATA_ANYWHERE)))
            return 1;
        while (x < b && (s[x] == ' ' || s[x] == ','))
            x++;
    }
    return 0;
}

/* Whether s[a, b) after a heading's "of" names a person by a role ("the Holy Father",
 * "the Prime Minister"): capitalised words, after "the", one of them a role's. */
static int heading_of_role(const char *s, size_t a, size_t b)
{
    if (b - a > 4 && u8_ncasecmp(s + a, "the ", 4) == 0)
        a += 4;
    for (size_t x = a; x < b; x++)
        if ((x == a || s[x - 1] == ' ') && s[x] != ' ' && !isupper((unsigned char)s[x]))
            return 0;
    return spk_role_word_in(s, a, b, 0);
}

/* Whether every word of s[a, b) starts with a capital (small words aside). */
static int title_words(const char *s, size_t a, size_t b)
{
    int words = 0;
    for (size_t i = a; i < b;) {
        while (i < b && s[i] == ' ')
            i++;
        size_t w = i;
        while (i < b && s[i] != ' ')
            i++;
        if (i == w)
            break;
        words++;
        if (!isupper((unsigned char)s[w]) && !equals_ci(s + w, i - w, "of") && !equals_ci(s + w, i - w, "and") &&
            !equals_ci(s + w, i - w, "the") && !equals_ci(s + w, i - w, "by") && !equals_ci(s + w, i - w, "for"))
            return 0;
    }
    return words >= 2;
}

/* A line that is only a clock time, perhaps with its zone ("4:31 P.M. EDT"). */
static int clock_line(const char *s, size_t a, size_t b)
{
    char hm[6];
    size_t k = parse_clock(s + a, b - a, hm);
    if (!k)
        return 0;
    size_t r = skip_spaces(s, a + k, b);
    if (r == b)
        return 1;
    /* a zone: one word in capitals */
    for (size_t q = r; q < b; q++)
        if (!isupper((unsigned char)s[q]))
            return 0;
    return b - r <= 5;
}

/* A paragraph that is the publisher's note ("Editor's note: …", "Correction: …",
 * "Copyright © …"): data/en/notes.txt. */
/* "About the Bank:", "About Brightwell Foods": the heading of a publisher's
 * boilerplate, at most eight words, ended by a colon or alone. */
static int about_label(const char *s, size_t a, size_t b)
{
    size_t e = a;
    while (e < b && s[e] != ':' && s[e] != '\n' && s[e] != '.' && s[e] != ',' && s[e] != '?' && s[e] != '!')
        e++;
    size_t r = e + 1;
    while (r < b && (s[r] == ' ' || s[r] == '\t' || s[r] == '*'))
        r++;
    /* the label alone on its line */
    return starts_with_ci(s + a, b - a, "About ") && e < b && s[e] == ':' && (r >= b || s[r] == '\n' || s[r] == '\r') &&
           txt_words(s, a, e) <= 8;
}

/* A footnote's mark at the start of s[a, b), as its text is printed at the foot
 * ("¹ Laboratory-confirmed cases.", "[3] WHO estimates, 2024.", "\\1\\ The prepared
 * statement …"), the same mark found
 * on a word of the text before a ("… measles.¹"): its length with the spaces after
 * it, or 0. */
static size_t footnote_mark(const char *s, size_t a, size_t b)
{
    size_t m = a;
    if (m < b && (s[m] == '[' || s[m] == '\\')) {
        /* (a US Government Publishing Office record marks them "\1\") */
        char close = s[m] == '[' ? ']' : '\\';
        m++;
        while (m < b && m < a + 4 && isdigit((unsigned char)s[m]))
            m++;
        if (m == a + 1 || m >= b || s[m] != close)
            return 0;
        m++;
    } else {
        for (;;) {
            if (m + 2 <= b && (unsigned char)s[m] == 0xC2 &&
                ((unsigned char)s[m + 1] == 0xB9 || (unsigned char)s[m + 1] == 0xB2 || (unsigned char)s[m + 1] == 0xB3))
                m += 2;
            else if (m + 3 <= b && (unsigned char)s[m] == 0xE2 && (unsigned char)s[m + 1] == 0x81 &&
                     ((unsigned char)s[m + 2] == 0xB0 || ((unsigned char)s[m + 2] >= 0xB4 && (unsigned char)s[m + 2] <= 0xB9)))
                m += 3;
            else
                break;
        }
        if (m == a)
            return 0;
    }
    size_t t = m;
    while (t < b && (s[t] == ' ' || s[t] == '\t'))
        t++;
    if (t == m || t >= b || !isalnum((unsigned char)s[t]))
        return 0;
    /* its mark in the text, after a word or a stop, earlier ("[1]" after a space too:
     * "rose 12% [1].") */
    for (size_t x = 1; x + (m - a) <= a; x++)
        if (memcmp(s + x, s + a, m - a) == 0 && s[x - 1] != '\n' && s[x - 1] != '\t' &&
            (s[x - 1] != ' ' || (s[a] == '[' && x > 1 && s[x - 2] != '\n')))
            return t - a;
    return 0;
}

static int copyright_line(const char *s, size_t a, size_t b);

static int is_note_paragraph(const char *s, size_t a, size_t b)
{
    /* "About the Bank:" over the publisher's boilerplate */
    if (about_label(s, a, b))
        return 1;
    /* "Content and Programming Copyright 2025 Fox News Network, LLC. ALL RIGHTS
     * RESERVED.", "Produced by Kate Swoger. Q&A edited for length and clarity.": a
     * short paragraph with the publisher's notice or the editors' credit anywhere in it */
    /* (the notice itself: the paragraph ends on "all rights reserved", or the editing
     * it tells of is an interview's or a transcript's; never a turn under its label,
     * "Q: … the video was edited for length.") */
    if (b > a && txt_words(s, a, b) <= 30) {
        size_t e = b;
        while (e > a && (s[e - 1] == '.' || s[e - 1] == ' ' || s[e - 1] == '*' || s[e - 1] == '_'))
            e--;
        int notice = e - a >= 19 && u8_ncasecmp(s + e - 19, "all rights reserved", 19) == 0;
        notice |= (find_ci(s, a, b, "edited for length") || find_ci(s, a, b, "condensed for clarity") ||
                   find_ci(s, a, b, "edited for clarity")) &&
                  (find_ci(s, a, b, "interview") || find_ci(s, a, b, "transcript") ||
                   find_ci(s, a, b, "conversation") || find_ci(s, a, b, "Q&A") || find_ci(s, a, b, "remarks"));
        /* ("Tech Frontier is produced by Northgate Audio. Transcripts are
         * auto-generated …": a programme's credit and its transcript's making) */
        notice |= (find_ci(s, a, b, " produced by ") || find_ci(s, a, b, "generated")) &&
                  find_ci(s, a, b, "transcript");
        /* (after capitalised words only, the notice's own: "Content and Programming
         * Copyright 2025 …"; not a sentence that goes on to it) */
        for (size_t x = a + 1; !notice && x + 10 < b; x++) {
            if (s[x - 1] != ' ')
                continue;
            if (!isupper((unsigned char)s[x]) && !(x + 3 < b && equals_ci(s + x, 3, "and") && s[x + 3] == ' '))
                break;
            notice = s[x] == 'C' && copyright_line(s, x, b);
        }
        spk_cue nc;
        if (notice && !spk_read_cue(s, a, b, &nc))
            return 1;
    }
    /* ("*This transcript has been edited …*": set in italics or bold) */
    while (a < b && (s[a] == '*' || s[a] == '_'))
        a++;
    const data_file *f = data_get("en/notes.txt");
    size_t pos = 0, len;
    const char *line;
    /* (none starts so: most paragraphs, at their first byte) */
    unsigned char first[32], c0 = (unsigned char)s[a];
    data_starts("en/notes.txt", first);
    if (a >= b || !((first[c0 >> 3] >> (c0 & 7)) & 1))
        return 0;
    while (f && data_next_line(f, &pos, &line, &len)) {
        if (b - a >= len && u8_ncasecmp(s + a, line, len) == 0 &&
            (line[len - 1] == ':' || a + len == b || !isalnum((unsigned char)s[a + len])))
            return 1;
        /* "UPDATE (July 20, 09:00 UTC):", "Editor's note (12 May 2025):": the label's
         * time or date in brackets before its colon, as incident pages stamp them */
        size_t x = a + len - 1;
        if (line[len - 1] == ':' && b - a > len + 3 && u8_ncasecmp(s + a, line, len - 1) == 0 && s[x] == ' ' &&
            s[x + 1] == '(') {
            const char *close = memchr(s + x + 2, ')', b - x - 2 < 48 ? b - x - 2 : 48);
            if (close && close + 1 < s + b && close[1] == ':' && txt_has_digit(s + x + 2, (size_t)(close - s) - x - 2))
                return 1;
        }
    }
    return 0;
}

/* A label that opens the contacts at a statement's foot (data/en/contacts.txt), as
 * a whole line ("Contacts", "**Media enquiries:**") or a field's name ("Media
 * contact: Ana Ruiz"): what follows is the narrator's. */
static int contact_label(const char *s, size_t a, size_t b)
{
    /* "Subscribe to Contracts | Media Inquiries: 703-571-3343": a page's footer, one
     * of its fields a contact's */
    for (size_t x = a; x + 3 <= b; x++)
        if (s[x] == ' ' && s[x + 1] == '|' && s[x + 2] == ' ') {
            size_t st = a;
            for (size_t y = a; y <= b; y++)
                if (y == b || (y + 3 <= b && s[y] == ' ' && s[y + 1] == '|' && s[y + 2] == ' ')) {
                    size_t e = y;
                    while (st < e && s[st] == ' ')
                        st++;
                    int colon = memchr(s + st, ':', e - st) != NULL;
                    if (e > st && colon && !memchr(s + st, '|', e - st) && contact_label(s, st, e))
                        return 1;
                    st = y + 3;
                    y += 2;
                }
            break;
        }
    while (a < b && s[a] == '*')
        a++;
    size_t e = a;
    while (e < b && s[e] != ':')
        e++;
    while (e > a && (s[e - 1] == '*' || s[e - 1] == ' '))
        e--;
    if (e > a && data_has_line("en/contacts.txt", s + a, e - a)) {
        /* (not a press officer's turn: "Press officer: Good evening and welcome.",
         * its words a sentence's, data/en/starters.txt) */
        size_t v = e;
        while (v < b && (s[v] == '*' || s[v] == ' ' || s[v] == ':'))
            v++;
        size_t w = v;
        while (w < b && isalpha((unsigned char)s[w]))
            w++;
        return !(w > v && w < b && s[w] == ' ' && ends_with_terminal(s, v, b) &&
                 data_word_line("en/starters.txt", s + v, w - v, 0, DATA_ANYWHERE));
    }
    /* "Press office - General Secretariat of the Council": the label, a dash, whose */
    for (size_t x = a; x + 3 < b && x < a + 40; x++)
        if (s[x] == ' ' && s[x + 1] == '-' && s[x + 2] == ' ')
            return data_has_line("en/contacts.txt", s + a, x - a);
    /* "Issued by the Ministry of Health" on its own line: the publisher's */
    if ((starts_with_ci(s + a, b - a, "Issued by ") || starts_with_ci(s + a, b - a, "Released by ")) &&
        txt_words(s, a, b) <= 12 && !ends_with_terminal(s, a, b))
        return 1;
    /* "For media enquiries contact:", "For more information please contact:" */
    static const char *const asks[] = {" please contact", " contact", " call", " email", " e-mail"};
    for (size_t k = 0; e < b && s[e] == ':' && k < sizeof asks / sizeof *asks; k++) {
        size_t al = strlen(asks[k]);
        if (e - a > al && u8_ncasecmp(s + e - al, asks[k], al) == 0) {
            size_t x = e - al;
            while (x > a && (s[x - 1] == ',' || s[x - 1] == ' '))
                x--;
            return x > a && data_has_line("en/contacts.txt", s + a, x - a);
        }
    }
    /* "For more information, please contact:" */
    const char *comma = memchr(s + a, ',', e - a);
    return comma && b > a && s[b - 1] == ':' && data_has_line("en/contacts.txt", s + a, (size_t)(comma - s) - a);
}

/* Whether the paragraph of lines [i, end), the statement's last, is a contact's block
 * with no label over it: two to six short lines, none a sentence, one a way to reach
 * someone ("Ministry of External Relations" / "Press Office" / "Tel.: +55 61 …"). */
/* The figures in s[a, b) when all its other characters are of seps ("+55 61
 * 2030-8006" with "+()-. "), or 0. */
static size_t figures_only(const char *s, size_t a, size_t b, const char *seps)
{
    size_t digits = 0;
    for (size_t x = a; x < b; x++) {
        if (isdigit((unsigned char)s[x]))
            digits++;
        else if (!strchr(seps, s[x]))
            return 0;
    }
    return digits;
}

static int contact_foot(const parser *p, size_t i, size_t end)
{
    if (end < i + 2 || end > i + 6 || next_content(p, end) < p->nlines)
        return 0;
    int reach = 0;
    for (size_t k = i; k < end; k++) {
        size_t a = p->lines[k].start, b = p->lines[k].end, v;
        int holds = 0;
        while (b > a && p->s[b - 1] == ' ')
            b--;
        if (field_at(p->s, a, b, &v, &holds) && holds == 'a') {
            reach = 1;
            continue;
        }
        /* (or, with no label, a telephone number or an address of e-mail alone on its
         * line: "+55 61 2030-8006", "imprensa@…", under an office's name) */
        if (figures_only(p->s, a, b, "+()-. ") >= 7 || (!memchr(p->s + a, ' ', b - a) && memchr(p->s + a, '@', b - a))) {
            reach = 1;
            continue;
        }
        if (b <= a || txt_words(p->s, a, b) > 8 || ends_with_terminal(p->s, a, b))
            return 0;
    }
    return reach;
}

/* Where s[a, b) ends before its closing quotation marks ('"', "'", ”, ’, », the last
 * after a space or a no-break space as French sets it) and the spaces before them. */
static size_t before_closing_quotes(const char *s, size_t a, size_t b)
{
    for (;;) {
        size_t e = b;
        while (e > a && s[e - 1] == ' ')
            e--;
        while (e >= a + 2 && memcmp(s + e - 2, "\xC2\xA0", 2) == 0) /* no-break space */
            e -= 2;
        while (e >= a + 3 && memcmp(s + e - 3, "\xE2\x80\xAF", 3) == 0) /* narrow one */
            e -= 3;
        if (e > a && (s[e - 1] == '"' || s[e - 1] == '\''))
            b = e - 1;
        else if (e >= a + 3 && (memcmp(s + e - 3, "\xE2\x80\x9D", 3) == 0 || memcmp(s + e - 3, "\xE2\x80\x99", 3) == 0))
            b = e - 3;
        else if (e >= a + 2 && memcmp(s + e - 2, "\xC2\xBB", 2) == 0)
            b = e - 2;
        else
            return e;
    }
}

/* Whether s[a, b) is a question's number on a parliament's order paper, "[902114]":
 * five to eight digits in square brackets, for the record, not said. */
static int order_paper_number(const char *s, size_t a, size_t b)
{
    return b - a >= 7 && b - a <= 10 && s[a] == '[' && s[b - 1] == ']' && strspn(s + a + 1, "0123456789") == b - a - 2;
}

static int ends_with_terminal(const char *s, size_t a, size_t b)
{
    /* (an agency's end mark after the stop: "… the ministry said. (end)") */
    {
        size_t t = b;
        while (t > a && s[t - 1] != ' ')
            t--;
        size_t q = t;
        while (q > a && s[q - 1] == ' ')
            q--;
        if (q > a && q < t && b - t >= 4 && strchr("/<[(", s[t]) && strchr(".!?\"", s[q - 1]) && is_end_marker(s, t, b))
            b = q;
    }
    /* (a post's pictographs after its stop: "… by Feb. 28. 🙏") */
    while (b > a && (unsigned char)s[b - 1] >= 0x80) {
        size_t k = b - 1;
        while (k > a && ((unsigned char)s[k] & 0xC0) == 0x80)
            k--;
        size_t q = k;
        if (!txt_is_emoji(txt_next(s, b, &q)))
            break;
        b = k;
        while (b > a && s[b - 1] == ' ')
            b--;
    }
    /* "… non-essential travel. #StormBrenna #KerrowCoCo": a post's hashtags after its
     * stop */
    {
        size_t e = b;
        for (;;) {
            size_t w = e;
            while (w > a && s[w - 1] != ' ' && s[w - 1] != '#')
                w--;
            if (w <= a || s[w - 1] != '#' || w == e || (w - 1 > a && s[w - 2] != ' '))
                break;
            e = w - 1;
            while (e > a && s[e - 1] == ' ')
                e--;
        }
        if (e < b && e > a && strchr(".!?", s[e - 1]))
            return 1;
    }
    /* "I was moved. [laughs]", "… for all of us. (Applause)": a stage direction after
     * the last sentence's stop */
    if (b > a + 4 && (s[b - 1] == ']' || s[b - 1] == ')')) {
        size_t o = b - 1;
        char open = s[b - 1] == ']' ? '[' : '(';
        while (o > a && s[o] != open && s[o] != '\n')
            o--;
        /* (after a quotation's closing mark too: '… said, "Never." (Laughter)', "… : «
         * Jamais. » (Rires)") */
        if (s[o] == open && o > a + 1 && s[o - 1] == ' ' && spk_is_stage(s, o, b, SPK_INSIDE)) {
            size_t e = before_closing_quotes(s, a, o - 1);
            if (e > a && strchr(".!?", s[e - 1]))
                return 1;
        }
    }
    /* "… rural bus services? [902114]": an order paper's number for the question,
     * after its stop */
    if (b > a + 9 && s[b - 1] == ']') {
        size_t o = b - 1;
        while (o > a && s[o - 1] != '[')
            o--;
        if (o > a + 2 && order_paper_number(s, o - 1, b) && s[o - 2] == ' ' && strchr(".!?", s[o - 3]))
            return 1;
    }
    /* "… since 2021.[1]", "… in 2024.¹", "… Appendix.\\2\\": a footnote's mark after
     * the stop */
    {
        size_t m = b;
        if (m > a + 2 && (s[m - 1] == ']' || s[m - 1] == '\\')) {
            char open = s[m - 1] == ']' ? '[' : '\\';
            size_t d = m - 1;
            while (d > a && d + 4 > m && isdigit((unsigned char)s[d - 1]))
                d--;
            if (d < m - 1 && d > a && s[d - 1] == open && d - 1 > a && strchr(".!?", s[d - 2]))
                return 1;
        }
        while (m > a + 2 && (unsigned char)s[m - 2] == 0xC2 &&
               ((unsigned char)s[m - 1] == 0xB9 || (unsigned char)s[m - 1] == 0xB2 || (unsigned char)s[m - 1] == 0xB3))
            m -= 2;
        while (m > a + 3 && (unsigned char)s[m - 3] == 0xE2 && (unsigned char)s[m - 2] == 0x81 &&
               ((unsigned char)s[m - 1] == 0xB0 || ((unsigned char)s[m - 1] >= 0xB4 && (unsigned char)s[m - 1] <= 0xB9)))
            m -= 3;
        if (m < b && m > a && strchr(".!?", s[m - 1]))
            return 1;
    }
    while (b > a && s[b - 1] == ')')
        b--;
    b = before_closing_quotes(s, a, b);
    return b > a && strchr(".!?:;,", s[b - 1]) != NULL;
}

/* "1 - Ukraine - Aide humanitaire": a number, a dash, then a topic's parts a dash
 * apart (two parts or more), no sentence: the length of "1 - ", or 0. */
static size_t dash_topic(const char *s, size_t a, size_t b)
{
    size_t i = a;
    while (i < b && isdigit((unsigned char)s[i]) && i - a < 2)
        i++;
    if (i == a || i + 3 >= b || s[i] != ' ')
        return 0;
    size_t dl = s[i + 1] == '-' ? 1 : (unsigned char)s[i + 1] == 0xE2 ? 3 : 0;
    if (!dl || i + 2 + dl >= b || s[i + 1 + dl] != ' ' || !isupper((unsigned char)s[i + 2 + dl]))
        return 0;
    size_t head = i + 2 + dl - a, parts = 0;
    for (size_t x = a + head; x + 2 < b; x++)
        parts += s[x] == ' ' && (s[x + 1] == '-' || ((unsigned char)s[x + 1] == 0xE2 && x + 4 < b)) &&
                 s[x + (s[x + 1] == '-' ? 2 : 4)] == ' ';
    if (!parts || txt_words(s, a, b) > 16 || ends_with_terminal(s, a, b))
        return 0;
    return head;
}

/* Whether s[a, b) ends in an abbreviation's stop, not a sentence's, and has no
 * sentence's stop before it: "… across 7 districts of U.P. and M.P.", "Two Arrested
 * After Shooting in the 1200 Block of N. Elm St." (a headline or a deck). */
static int abbreviation_end(const char *s, size_t a, size_t b)
{
    if (b - a < 4 || s[b - 1] != '.')
        return 0;
    size_t w = b - 1;
    while (w > a && s[w - 1] != ' ')
        w--;
    /* letters with stops ("U.P.", "N.Y."), not a time ("a.m.") nor a degree ("Ph.D."),
     * nor the capital's "D.C." (a place line); or a street's word ("St.", "Blvd.") */
    int initials = b - w >= 4;
    for (size_t x = w; x < b && initials; x += 2)
        initials = isupper((unsigned char)s[x]) && s[x + 1] == '.';
    if (initials && b - w == 4 && s[w] == 'D' && s[w + 2] == 'C')
        initials = 0;
    if (!initials && !seg_street_abbreviation(s + w, b - w))
        return 0;
    for (size_t x = a; x + 2 < w; x++)
        if ((s[x] == '.' || s[x] == '!' || s[x] == '?') && s[x + 1] == ' ' && isupper((unsigned char)s[x + 2])) {
            size_t q = x;
            while (q > a && s[q - 1] != ' ')
                q--;
            /* (an initial or an abbreviation inside is no stop: "N. Elm", "Gov. Ruiz") */
            if (x - q <= 1 || memchr(s + q, '.', x - q) || seg_abbreviation(s + q, x - q))
                continue;
            return 0;
        }
    return 1;
}

/* A kind line: up to three qualifying words, a kind of data/en/kinds.txt, then the
 * line's end, a colon, a dash, or a lower-case word ("by", "with", "on" …): "Press
 * conference by …", "Pre-summit press conference", "Department Press Briefing – April
 * 8, 2025", "European Commission - Statement" (the kind after the dash). Sets the
 * kind's span [*ks, *ke) (qualifiers included) and *narrated; returns 1, or 0. */
/* A release's number after its kind ("No. 412", "No 12", "NO: 2026/021/AFR", "Number
 * 7", "#31", ": 2025-2026/1242"): all of s[a, b). */
static int kind_number(const char *s, size_t a, size_t b)
{
    a = skip_spaces(s, a, b);
    int colon = a < b && s[a] == ':';
    if (colon)
        a = skip_spaces(s, a + 1, b);
    if (starts_with_ci(s + a, b - a, "No. ") || starts_with_ci(s + a, b - a, "No: "))
        a += 4;
    else if (starts_with_ci(s + a, b - a, "No "))
        a += 3;
    else if (starts_with_ci(s + a, b - a, "Number "))
        a += 7;
    else if (a < b && s[a] == '#')
        a++;
    else if (!colon && !(a < b && isdigit((unsigned char)s[a]) && memchr(s + a, '/', b - a)))
        return 0; /* "Comunicado 412/2025": a number and its year, no sign before them */
    a = skip_spaces(s, a, b);
    size_t d = a;
    while (a < b && (isalnum((unsigned char)s[a]) || s[a] == '/' || s[a] == '-'))
        a++;
    return a > d && isdigit((unsigned char)s[d]) && skip_spaces(s, a, b) == b;
}

/* The next line of data/en/kinds.txt and, in *kl, the length of its kind (the line
 * before a tab). */
static int next_kind(const data_file *f, size_t *pos, const char **line, size_t *len, size_t *kl)
{
    if (!data_next_line(f, pos, line, len))
        return 0;
    *kl = strcspn(*line, "\t\n");
    if (*kl > *len)
        *kl = *len;
    return 1;
}

/* Whether a line of data/en/kinds.txt (len bytes, its kind kl) says "alone": the kind
 * counts only as a line of its own. */
static int kind_alone(const char *line, size_t len, size_t kl)
{
    for (size_t q = kl; q + 5 <= len; q++)
        if (memcmp(line + q, "alone", 5) == 0)
            return 1;
    return 0;
}

/* Whether w[0, n) opens with a word that joins a kind to what it is of, on or at
 * ("of", "on", "at", "in", "for", "to"; another language's "of": data/fr/of-words.txt). */
static int of_word_at(const char *w, size_t n)
{
    static const char *const joins[] = {"of ", "on ", "at ", "in ", "for ", "to ", "from ", "following "};
    for (size_t k = 0; k < sizeof joins / sizeof *joins; k++)
        if (starts_with_ci(w, n, joins[k]))
            return 1;
    size_t e = 0;
    while (e < n && w[e] != ' ')
        e++;
    return data_lang() != 0 && e < n && data_has_line("en/of-words.txt", w, e);
}

/* Where " / " parts s[a, b) in two, once only (a line in two languages), or SIZE_MAX. */
static size_t two_languages(const char *s, size_t a, size_t b)
{
    size_t at = SIZE_MAX;
    for (size_t x = a; x + 3 <= b; x++)
        if (s[x] == ' ' && s[x + 1] == '/' && s[x + 2] == ' ') {
            if (at != SIZE_MAX)
                return SIZE_MAX;
            at = x;
        }
    /* (two words or more a side, no plural at either end: "Newsroom / Press Releases",
     * "News / Statements" are a site's breadcrumb) */
    /* (Indonesian's and Dutch's "pers" is no plural: "SIARAN PERS / PRESS RELEASE") */
    int pers = at != SIZE_MAX && at >= a + 5 && u8_ncasecmp(s + at - 5, " pers", 5) == 0;
    return at != SIZE_MAX && at > a && at + 3 < b && txt_words(s, a, at) >= 2 && txt_words(s, a, at) <= 4 &&
                   txt_words(s, at + 3, b) >= 2 && txt_words(s, at + 3, b) <= 4 && !has_digit(s, a, b) &&
                   ((s[at - 1] != 's' && s[at - 1] != 'S') || pers) && s[b - 1] != 's' && s[b - 1] != 'S'
               ? at
               : SIZE_MAX;
}

/* Whether s[0, n) says to whom a notice goes: "to customers", "TO ALL MEMBERS". */
static int addressed_to(const char *s, size_t n)
{
    static const char *const whom[] = {"customers", "residents", "members", "passengers", "parents", "students",
                                       "the public", "consumers", "shareholders", "subscribers", "motorists",
                                       "road users", "staff", "employees", "stakeholders", "travellers",
                                       "travelers", "patients", "visitors", "tenants", "users"};
    if (!starts_with_ci(s, n, "to "))
        return 0;
    size_t w = skip_spaces(s, 3, n);
    if (starts_with_ci(s + w, n - w, "all "))
        w = skip_spaces(s, w + 4, n);
    for (size_t k = 0; k < sizeof whom / sizeof *whom; k++)
        if (equals_ci(s + w, n - w, whom[k]))
            return 1;
    return 0;
}

static int kind_line(const char *s, size_t a, size_t b, size_t *ks, size_t *ke, int *narrated)
{
    /* a kind in two languages, "KENYATAAN MEDIA / MEDIA STATEMENT", "COMMUNIQUÉ DE
     * PRESSE / PRESS RELEASE": the side that is a kind alone (English's, when both
     * are) */
    size_t sl = two_languages(s, a, b);
    if (sl != SIZE_MAX) {
        const size_t from[2] = {sl + 3, a}, to[2] = {b, sl};
        for (int k = 0; k < 2; k++)
            if (kind_line(s, from[k], to[k], ks, ke, narrated) && *ks == from[k] && *ke == to[k])
                return 1;
    }
    const data_file *f = data_get("en/kinds.txt");
    size_t w = a, best = 0, kstart = a, links = 0, linked = SIZE_MAX;
    for (int q = 0; q <= 3 && w < b; q++) {
        size_t pos = 0, len;
        const char *line;
        /* (the word right after an office's small word is its name's, no kind: "Reason
         * for Announcement:", a recall notice's field) */
        while (f && w != linked && data_next_line(f, &pos, &line, &len)) {
            const char *tab = memchr(line, '\t', len);
            size_t kl = tab ? (size_t)(tab - line) : len;
            if (kl > b - w || u8_ncasecmp(s + w, line, kl) != 0 || kl <= best)
                continue;
            const char *r = s + w + kl;
            size_t rest = b - w - kl;
            /* (not after "the": "The Great Debate", "Beyond the Debate", a topic's) */
            if (w >= a + 4 && u8_ncasecmp(s + w - 4, "the ", 4) == 0 && (w == a + 4 || s[w - 5] == ' '))
                continue;
            /* (nor a debate a title names, "The Great Debate": a debate's kind line
             * names its race or its house, "U.S. SENATE DEBATE") */
            if (kl == 6 && u8_ncasecmp(line, "Debate", 6) == 0 && starts_with_ci(s + a, b - a, "The "))
                continue;
            /* (a line in capitals that says by whom: its small words are as if in
             * lower case, "ADDRESS TO THE NATION BY PRESIDENT …") */
            static const char *const small[] = {"TO ", "ON ", "AT ", "FOR ", "IN ", "WITH ", "AFTER ", "BEFORE ",
                                                "DURING ", "AND ", "ABOUT ", "UPON "};
            int small_caps = 0;
            for (size_t sw = 0; sw < sizeof small / sizeof *small && !small_caps && rest > 1 && r[0] == ' ' &&
                                isupper((unsigned char)r[1]) && !txt_has_lower(s + a, b - a) &&
                                find_ci(s, (size_t)(r - s), b, " by ");
                 sw++)
                small_caps = strncmp(r + 1, small[sw], strlen(small[sw])) == 0;
            /* "Release" is a kind only on a line of its own ("FOR IMMEDIATE RELEASE",
             * "Release of a national" are not) */
            /* (nor "ASX RELEASE", "TSXV Release": an exchange's release, its kind
             * after the exchange's name alone) */
            int exchange = w > a && rest == 0 && q == 1 && data_has_line("en/exchanges.txt", s + a, w - a - 1);
            if (kind_alone(line, len, kl) && (rest != 0 || w != a) && !exchange)
                continue;
            /* "DOORSTOP INTERVIEW, HOBART", "Press conference, Canberra": the kind, a
             * comma and where, a few capitalised words */
            int placed = 0;
            if (rest > 2 && r[0] == ',' && r[1] == ' ' && isupper((unsigned char)r[2]) && txt_words(r, 1, rest) <= 4 &&
                !ends_with_terminal(r, 1, rest)) {
                placed = 1;
                for (size_t y = 2; y < rest && placed; y++)
                    placed = !isdigit((unsigned char)r[y]) && r[y] != ':' && r[y] != '(';
                for (size_t y = 2; y < rest && placed;) {
                    size_t e = y;
                    while (e < rest && r[e] != ' ' && r[e] != ',')
                        e++;
                    placed = e > y && (isupper((unsigned char)r[y]) || (unsigned char)r[y] >= 0xC3);
                    while (e < rest && (r[e] == ' ' || r[e] == ','))
                        e++;
                    y = e;
                }
            }
            int ok = rest == 0 || r[0] == ':' || placed ||
                     (r[0] == ' ' && rest > 1 &&
                      (islower((unsigned char)r[1]) || small_caps || r[1] == '-' || (unsigned char)r[1] == 0xE2 ||
                       r[1] == '(' || spk_by_word(r + 1, rest - 1) || starts_with_ci(r + 1, rest - 1, "of ") ||
                       addressed_to(r + 1, rest - 1) ||
                       starts_with_ci(r + 1, rest - 1, "from ") || kind_number(r, 0, rest) ||

                       /* ("STATEMENT OF" over the witness's name) */
                       equals_ci(r + 1, rest - 1, "of") || equals_ci(r + 1, rest - 1, "by"))) ||
                     (r[0] == ':' && kind_number(r, 0, rest)) ||
                     /* "Harbor County Wildfire Briefing Transcript", "… Press Conference
                      * Transcript December 11": the page's name for the record of a
                      * kind its words qualify ("Media Briefing Transcript" over a topic
                      * line is left to name the page) */
                     (r[0] == ' ' && w > a && rest >= 11 && u8_ncasecmp(r + 1, "Transcript", 10) == 0 &&
                      (rest == 11 || r[11] == ' ' || r[11] == ':'));
            /* "Le message sera transmis.", "The statement was issued on Monday.": a
             * sentence whose kind is its subject, a verb after it */
            /* (or opens with it: "Q&A sessions will be held at 4 p.m. in the Union.") */
            if (ok && rest > 1 && r[0] == ' ' && islower((unsigned char)r[1]) && ends_with_terminal(s, a, b) &&
                (w > a || txt_words(r, 0, rest) >= 5) && !spk_by_word(r + 1, rest - 1) && !of_word_at(r + 1, rest - 1))
                continue;
            /* (or says what became of it, "Debate resumed.", "Statement withdrawn.", as
             * a record notes it) */
            if (ok && rest > 3 && r[0] == ' ' && islower((unsigned char)r[1]) && ends_with_terminal(s, a, b) &&
                txt_words(r, 0, rest) <= 3 && !spk_by_word(r + 1, rest - 1) && !of_word_at(r + 1, rest - 1)) {
                size_t e = 1;
                while (e < rest && isalpha((unsigned char)r[e]))
                    e++;
                if (e >= 4 && r[e - 2] == 'e' && r[e - 1] == 'd')
                    continue;
            }
            if (!ok)
                continue;
            best = kl;
            *ks = kstart;
            *ke = w + kl;
            *narrated = tab && len - kl > 1;
        }
        if (best)
            break;
        /* a qualifying word: capitalised or hyphenated, not a possessive; or the dash
         * after an organisation's name */
        size_t e = w;
        while (e < b && s[e] != ' ')
            e++;
        int dash = (e - w == 1 && s[w] == '-') || (e - w == 3 && memcmp(s + w, "\xE2\x80\x93", 3) == 0);
        int possessive = (e - w > 2 && (s[e - 1] == 's' || s[e - 1] == 'S') && (s[e - 2] == '\'' ||
                          (e - w > 4 && memcmp(s + e - 4, "\xE2\x80\x99", 3) == 0)));
        /* "Department of Defence Press Briefing", "Ministry of Health and Welfare Press
         * Conference": an office's name, its small words not counted, before a
         * capitalised word */
        /* ("Office of the Mayor Statement on …": two small words in a row) */
        size_t nx = w, run = 0;
        for (;;) {
            size_t ne = nx;
            while (ne < b && s[ne] != ' ')
                ne++;
            if (!(islower((unsigned char)s[nx]) &&
                  (equals_ci(s + nx, ne - nx, "of") || equals_ci(s + nx, ne - nx, "and") ||
                   equals_ci(s + nx, ne - nx, "for") || equals_ci(s + nx, ne - nx, "the"))))
                break;
            run++;
            nx = skip_spaces(s, ne, b);
        }
        if (w > a && run && links + run <= 3 && nx < b && isupper((unsigned char)s[nx])) {
            links += run;
            q--;
            w = linked = nx;
            continue;
        }
        /* ("Q3 2024 Earnings Call Transcript", "Q2 FY2025 Results Call": a period's
         * year qualifies too) */
        int year = e - w == 4 && isdigit((unsigned char)s[w]) && isdigit((unsigned char)s[w + 3]) &&
                   (s[w] == '1' || s[w] == '2');
        if (!(dash || year || isupper((unsigned char)s[w]) || memchr(s + w, '-', e - w)) || possessive)
            break;
        w = skip_spaces(s, e, b);
        if (dash)
            kstart = w;
    }
    if (best > 0)
        return 1;
    /* "Sahelia - Release of a French national - Statement by Claire Vautrin, …": the
     * kind and its byline after a later dash */
    for (size_t x = a + 1; x + 4 < b; x++) {
        size_t y;
        if (s[x] == ' ' && s[x + 1] == '-' && s[x + 2] == ' ')
            y = x + 3;
        else if (s[x] == ' ' && x + 5 < b && memcmp(s + x + 1, "\xE2\x80\x93 ", 4) == 0)
            y = x + 5;
        else
            continue;
        size_t pos = 0, len;
        const char *line;
        while (f && data_next_line(f, &pos, &line, &len)) {
            const char *tab = memchr(line, '\t', len);
            size_t kl = tab ? (size_t)(tab - line) : len;
            if (kl + 4 > b - y || u8_ncasecmp(s + y, line, kl) != 0 || kl <= best ||
                !(starts_with_ci(s + y + kl, b - y - kl, " by ") || starts_with_ci(s + y + kl, b - y - kl, " with ")))
                continue;
            best = kl;
            *ks = y;
            *ke = y + kl;
            *narrated = tab && len - kl > 1;
        }
        if (best)
            return 1;
    }
    return 0;
}

/* The header field at the start of s[a, b) ("From: …", "Published 3 March 2025",
 * "Presenter:" with its value on the next line), by data/en/header-fields.txt: the
 * label's length, where the value starts (b when on the next line), and what it holds
 * ('p' people, 'd' a date, 'c' chrome not read, 0 other). 0 when none. */
/* The bytes a header field label or a chrome line can start with: most lines are
 * passed over with one lookup instead of a walk through the file. */
static unsigned char starts_of[DATA_NLANGS][2][32]; /* per language: fields, chrome */
static int starts_done[DATA_NLANGS];
static void make_starts_in(int lang)
{
    data_starts("en/header-fields.txt", starts_of[lang][0]);
    data_starts("en/chrome.txt", starts_of[lang][1]);
}

/* which: 0 a header field's label, 1 a chrome line */
static int may_start(int which, char c)
{
    int lang = data_once(starts_done, make_starts_in);
    const unsigned char *set = starts_of[lang][which];
    unsigned char u = (unsigned char)c;
    return (set[u >> 3] >> (u & 7)) & 1;
}

static size_t field_at(const char *s, size_t a, size_t b, size_t *value, int *holds)
{
    size_t best = 0;
    while (a < b && s[a] == '*')
        a++; /* "**Media contact:**" */
    if (b - a > 2 && s[a] == '(' && s[b - 1] == ')')
        a++, b--; /* "(Release ID: 2168842)" */
    if (a >= b || !may_start(0, s[a]))
        return 0;
    /* a field has its colon near the start, or is a few words ("Published 3 March
     * 2025"): a paragraph of prose is passed over at once */
    if (!memchr(s + a, ':', b - a < 48 ? b - a : 48) && txt_words(s, a, b) > 12)
        return 0; /* « Mis à jour le 12 mars 2025 à 19 h 10 » is a field still */
    /* the fields whose label starts the line, in the file's order */
    const char *lines[32];
    size_t lens[32], nl = data_prefix_lines("en/header-fields.txt", s + a, b - a, 0, lines, lens, 32);
    for (size_t li = 0; li < nl; li++) {
        const char *line = lines[li], *tab = memchr(line, '\t', lens[li]);
        size_t kl = tab ? (size_t)(tab - line) : lens[li];
        if (kl <= best)
            continue;
        size_t r = a + kl;
        while (r < b && s[r] == '*')
            r++;
        /* « Circonstances : … »: French sets a space (or a narrow one) before the colon */
        size_t sp = r;
        while (sp < b && (s[sp] == ' ' || (sp + 1 < b && (unsigned char)s[sp] == 0xC2 && (unsigned char)s[sp + 1] == 0xA0) ||
                          (sp + 2 < b && (unsigned char)s[sp] == 0xE2 && (unsigned char)s[sp + 1] == 0x80 &&
                           (unsigned char)s[sp + 2] == 0xAF)))
            sp += (unsigned char)s[sp] == ' ' ? 1 : (unsigned char)s[sp] == 0xC2 ? 2 : 3;
        if (sp > r && sp < b && s[sp] == ':')
            r = sp;
        int kind = tab ? tab[1] : 0;
        int ok;
        size_t ks, ke;
        int narrated;
        if (r == b && kind_line(s, a, b, &ks, &ke, &narrated))
            ok = 0; /* "Transcript" alone is the statement's kind */
        else if (r == b || (s[r] == ':' && skip_spaces(s, r + 1, b) == b))
            ok = kind != 'w'; /* the label alone: the value follows on the next line (a
                                 warning's word alone, "Outlook", heads a section) */
        else if (s[r] == ':')
            ok = 1;
        else if (s[r] == ' ' && (kind == 'd' || kind == 'u')) {
            /* "Published 3 March 2025", "Published on 7 February 2025" */
            size_t q = skip_spaces(s, r, b);
            if (b - q > 3 && strncmp(s + q, "on ", 3) == 0)
                q = skip_spaces(s, q + 3, b);
            /* (a date has its digits: "Effective Altruism Foundation opens …" is a
             * headline) */
            size_t fw = q;
            while (fw < b && isalpha((unsigned char)s[fw]))
                fw++;
            /* ("Posted Today 10:32": a clock's time right after; not "Effective today,
             * 12 stations …") */
            int dayword = (equals_ci(s + q, fw - q, "Today") || equals_ci(s + q, fw - q, "Yesterday")) && fw + 1 < b &&
                          s[fw] == ' ' && isdigit((unsigned char)s[fw + 1]);
            ok = (isdigit((unsigned char)s[q]) || dt_month(s + q, fw - q) > 0 || dt_weekday(s + q, fw - q) > 0 || dayword) &&
                 has_digit(s, q, b);
            /* (not a sentence that opens with the word and a date: "Effective 15 APR
             * 2025 it rises.", its words in lower case after the date) */
            for (size_t x = q; ok && x < b && ends_with_terminal(s, q, b); x = skip_spaces(s, x, b)) {
                size_t e = x;
                while (e < b && s[e] != ' ')
                    e++;
                ok = !(islower((unsigned char)s[x]) && e - x >= 2 && !(e - x == 2 && (s[x] == 'o' || s[x] == 'a')) &&
                       !memchr(s + x, '.', e - x));
                x = e;
            }
        }
        else if (s[r] == ' ' && kind == 'r' && kl > 3 && (line[kl - 1] == '.' || memcmp(line + kl - 3, " No", 3) == 0))
            /* "Case No. WBT/2026/004": a number's sign ends the label, no colon after it */
            ok = has_digit(s, r, b) && txt_words(s, r, b) == 1; /* (not "Case No. 12 Dismissed") */
        else
            ok = 0;
        if (!ok)
            continue;
        size_t v = r < b && s[r] == ':' ? r + 1 : r;
        while (v < b && (s[v] == '*' || s[v] == ' ' || s[v] == '\t'))
            v++;
        /* (an untyped field's value is a few words, never sentences: "CC: Good
         * morning. We received a call at 6am." is the Chief Constable speaking) */
        /* (a list parted by semicolons is a value: "SUBJECTS: Housing supply; interest
         * rates.") */
        /* (nor an update's note, a sentence: "Latest update: Information on entry
         * requirements for …." is the advice's news, not when it changed) */
        /* (an address's abbreviation ends no sentence: "Where: Harmon Hall, Room 104,
         * 400 Lakeshore Dr.") */
        size_t lw = b - 1;
        while (lw > v && s[lw - 1] != ' ')
            lw--;
        int abbreviated = s[b - 1] == '.' && b - 1 > lw && seg_abbreviation(s + lw, b - 1 - lw);
        if ((!kind || kind == 'u') && v < b && txt_words(s, v, b) >= 4 && !abbreviated &&
            ends_with_terminal(s, v, b) && s[b - 1] != ':' && !memchr(s + v, ';', b - v))
            continue;
        /* (nor sentences after a particular's label: "Event: The Consulate General will
         * be closed … 2025. Appointments … will be rescheduled." is a message's body) */
        if (kind == 'a' && v < b && txt_words(s, v, b) >= 8 && ends_with_terminal(s, v, b) &&
            (starts_with_ci(s + v, b - v, "The ") || starts_with_ci(s + v, b - v, "Our ") ||
             starts_with_ci(s + v, b - v, "This ") || starts_with_ci(s + v, b - v, "All "))) {
            int two = 0; /* (a stop after a word that is no abbreviation: not "St. Parking") */
            for (size_t x = v + 3; x + 2 < b && !two; x++) {
                if (!((s[x] == '.' || s[x] == '!' || s[x] == '?') && s[x + 1] == ' ' && isupper((unsigned char)s[x + 2])))
                    continue;
                size_t ws = x;
                while (ws > v && isalnum((unsigned char)s[ws - 1]))
                    ws--;
                two = x - ws >= 3 && !seg_abbreviation(s + ws, x - ws);
            }
            if (two)
                continue;
        }
        /* (nor a chrome's label before a sentence of its own in lower case: "Image
         * credits: from today, every photographer will be named …", no credit) */
        if (kind == 'c' && v < b && islower((unsigned char)s[v]) && txt_words(s, v, b) >= 6 &&
            ends_with_terminal(s, v, b) && !credit_value(s, v, b))
            continue;
        /* (nor a sentence that opens with the label's word: "From: the perspective of
         * the board, the merger is good news.", its words going on in lower case) */
        if (v < b && islower((unsigned char)s[v]) && txt_words(s, v, b) >= 6 && ends_with_terminal(s, v, b) &&
            (starts_with_ci(s + v, b - v, "the ") || starts_with_ci(s + v, b - v, "a ") ||
             starts_with_ci(s + v, b - v, "an ") || starts_with_ci(s + v, b - v, "our ") ||
             starts_with_ci(s + v, b - v, "this ")))
            continue;
        best = kl;
        *holds = kind;
        *value = v;
    }
    if (!best) {
        /* "Company Announcement Date: September 09, 2025", "Date of issue: 9 September
         * 2025": a label with the word "date", then a date */
        const char *colon = memchr(s + a, ':', b - a < 48 ? b - a : 48);
        size_t ce = colon ? (size_t)(colon - s) : a;
        int dated = 0;
        for (size_t x = a; colon && x + 4 <= ce && !dated; x++)
            dated = (x == a || s[x - 1] == ' ') && u8_ncasecmp(s + x, "date", 4) == 0 &&
                    (x + 4 == ce || s[x + 4] == ' ');
        if (dated && txt_words(s, a, ce) <= 5) {
            size_t v = skip_spaces(s, ce + 1, b), we = v;
            while (we < b && isalpha((unsigned char)s[we]))
                we++;
            if (v < b && (isdigit((unsigned char)s[v]) || dt_month(s + v, we - v) || dt_weekday(s + v, we - v))) {
                *holds = 'd';
                *value = v;
                return ce - a;
            }
        }
    }
    return best;
}

/* Where the person of a kind's byline ends before what the statement is about or
 * where it was given ("by H.E. Ambassador Karolina Vesela on the National Day of
 * Ostria", "by Mr. Tomasi Veikune, Prime Minister, at the General Debate"): the
 * byline's end, or b. ("to" and "of" belong to offices: "Permanent Representative
 * to the United Nations"; "on behalf of the EU" to whom.) */
static size_t byline_topic(const char *s, size_t a, size_t b)
{
    static const char *const topics[] = {" on ", " at ", " following ", " before ", " during ", " after ",
                                         " regarding ", " concerning ", " about "};
    static const char *const offices[] = {"Department", "Ministry", "Office", "Embassy", "Mission", "Consulate",
                                          "Treasury", "High Commission", "Permanent Mission"};
    /* (in capitals, as a caps title line puts it: "STATEMENT BY THE CARIBBEAN
     * COMMUNITY ON THE PASSAGE OF HURRICANE DELPHINE") */
    int (*cmp)(const char *, const char *, size_t) = txt_has_lower(s + a, b - a) ? strncmp : strncasecmp;
    for (size_t x = a + 3; x < b; x++) {
        /* "by Governor Elaine Mercer Conceding the Race for U.S. Senate", "… Marking
         * the Anniversary": a capitalised participle before an article opens what the
         * remarks do (not an office's "Presiding Officer", "Acting Secretary") */
        if (s[x] == ' ' && x + 1 < b && isupper((unsigned char)s[x + 1]) && txt_has_lower(s + a, b - a)) {
            size_t e = x + 1;
            while (e < b && isalpha((unsigned char)s[e]))
                e++;
            static const char *const arts[] = {" the ", " a ", " an ", " his ", " her ", " their ", " our "};
            int art = 0;
            for (size_t q = 0; q < sizeof arts / sizeof *arts && !art; q++)
                art = b - e > strlen(arts[q]) && strncmp(s + e, arts[q], strlen(arts[q])) == 0;
            if (e - x - 1 >= 6 && strncmp(s + e - 3, "ing", 3) == 0 && art && x > a + 3) {
                size_t t = x;
                while (t > a && (s[t - 1] == ',' || s[t - 1] == ' '))
                    t--;
                return t;
            }
        }
        for (size_t k = 0; k < sizeof topics / sizeof *topics; k++) {
            size_t tl = strlen(topics[k]), y = x + tl;
            if (y >= b || cmp(s + x, topics[k], tl) != 0 || cmp(s + x, " on behalf of ", 14) == 0)
                continue;
            /* (an office's own words: "Ambassador at Large", "Minister at the
             * Department of Transport", "Assistant to the President on National
             * Security Affairs") */
            if (k == 1 && isupper((unsigned char)s[y]) && !starts_with_ci(s + y, b - y, "the "))
                continue;
            int office = 0;
            for (size_t o = 0; k == 1 && o < sizeof offices / sizeof *offices && !office; o++)
                office = starts_with_ci(s + y, b - y, "the ") && b - y > 4 + strlen(offices[o]) &&
                         cmp(s + y + 4, offices[o], strlen(offices[o])) == 0;
            if (office || (k == 0 && find_ci(s, a, x, " to the ")))
                continue;
            {
                size_t e = x;
                while (e > a && (s[e - 1] == ',' || s[e - 1] == ' '))
                    e--;
                return e > a + 3 ? e : b;
            }
        }
    }
    return b;
}

/* byline_topic, unless the person's name comes only after the cut ("by the Special
 * Rapporteur on the Right to Food Ana Ruiz"): the whole byline then. */
static size_t byline_person(parser *p, const char *s, size_t a, size_t b)
{
    size_t e = byline_topic(s, a, b), by = a + spk_by_word(s + a, b - a);
    if (e == b || by >= e || p->st != HD_OK)
        return e;
    char *whole = txt_clean(s, by, b), *cut = txt_clean(s, by, e), *r1 = NULL, *n1 = NULL, *r2 = NULL, *n2 = NULL;
    if (!whole || !cut || spk_split_person(whole, &r1, &n1) != HD_OK || spk_split_person(cut, &r2, &n2) != HD_OK)
        p->st = HD_ERR_NOMEM;
    int later = n1 && strchr(n1, ' ') && !n2;
    free(whole);
    free(cut);
    free(r1);
    free(n1);
    free(r2);
    free(n2);
    return later ? b : e;
}

/* Whether what follows a "by" at s[x, b) opens with a figure or a number's word in
 * lower case ("fourteen votes", "2030", "a majority of"): a count or a date, no one. */
static int by_count(const char *s, size_t x, size_t b)
{
    static const char *const counts[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                         "eighteen", "nineteen", "twenty", "a majority", "a vote", "unanimous",
                                         "consensus", "majority"};
    if (x >= b)
        return 0;
    if (isdigit((unsigned char)s[x]))
        return 1;
    for (size_t k = 0; k < sizeof counts / sizeof *counts; k++) {
        size_t n = strlen(counts[k]);
        if (b - x > n && strncmp(s + x, counts[k], n) == 0 && (s[x + n] == ' ' || s[x + n] == '-' || s[x + n] == ','))
            return 1;
    }
    return 0;
}

/* "3 min read", "5-minute read": how long a page says it takes to read, all of
 * s[a, b). */
static int reading_time(const char *s, size_t a, size_t b)
{
    size_t x = a;
    while (x < b && isdigit((unsigned char)s[x]))
        x++;
    if (x == a || x >= b || (s[x] != ' ' && s[x] != '-'))
        return 0;
    x++;
    static const char *const units[] = {"min read", "mins read", "min. read", "minute read", "minutes read"};
    for (size_t k = 0; k < sizeof units / sizeof *units; k++)
        if (b - x == strlen(units[k]) && u8_ncasecmp(s + x, units[k], b - x) == 0)
            return 1;
    return 0;
}

/* Where a line's last field, after " · ", " | " or " • ", is a reading time ("Posted
 * by Dana Whitfield · Oct 14, 2023 · 3 min read"): the end of the line before it, or b. */
static size_t before_reading_time(const char *s, size_t a, size_t b)
{
    /* (the separator with one space or more each side: "12 May 2025  |  2 min read") */
    for (size_t x = b; x > a + 3; x--) {
        if (s[x - 1] != ' ' || (x < b && s[x] == ' '))
            continue;
        size_t y = x;
        while (y > a && s[y - 1] == ' ')
            y--;
        size_t m = y >= a + 2 && memcmp(s + y - 2, "\xC2\xB7", 2) == 0   ? 2
                   : y >= a + 1 && s[y - 1] == '|'                      ? 1
                   : y >= a + 3 && memcmp(s + y - 3, "\xE2\x80\xA2", 3) == 0 ? 3
                                                                        : 0;
        if (m && y - m > a && s[y - m - 1] == ' ') {
            size_t e = y - m;
            while (e > a && s[e - 1] == ' ')
                e--;
            return reading_time(s, x, b) ? e : b;
        }
    }
    return b;
}

/* "1.2K Reposts 340 Quotes 8.9K Likes", "12 Comments · 4 Shares": a post's counts,
 * numbers each before a word of data/en/engagement.txt; two counts, or one written
 * short ("8.9K Likes"). */
static int engagement_line(const char *s, size_t a, size_t b)
{
    size_t pairs = 0, shortened = 0, i = a;
    while (i < b) {
        while (i < b && (s[i] == ' ' || s[i] == ',' || s[i] == '|' || s[i] == '\t'))
            i++;
        if (i + 2 <= b && memcmp(s + i, "\xC2\xB7", 2) == 0) { /* "·" */
            i += 2;
            continue;
        }
        if (i >= b)
            break;
        size_t n = i;
        while (n < b && (isdigit((unsigned char)s[n]) || s[n] == '.' || s[n] == ','))
            n++;
        if (n == i || !isdigit((unsigned char)s[i]))
            return 0;
        if (n < b && (s[n] == 'K' || s[n] == 'M' || s[n] == 'k' || s[n] == 'B'))
            n++, shortened++;
        if (n >= b || s[n] != ' ')
            return 0;
        size_t w = n + 1, e = w;
        while (e < b && isalpha((unsigned char)s[e]))
            e++;
        if (e == w || !data_word_line("en/engagement.txt", s + w, e - w, 1, DATA_ANYWHERE))
            return 0;
        /* ("340 Quote Tweets": two of the words) */
        size_t w2 = e + 1, e2 = w2;
        while (e2 < b && isalpha((unsigned char)s[e2]))
            e2++;
        if (e < b && s[e] == ' ' && e2 > w2 && data_word_line("en/engagement.txt", s + w2, e2 - w2, 1, DATA_ANYWHERE))
            e = e2;
        pairs++;
        i = e;
    }
    return pairs >= 2 || (pairs == 1 && shortened == 1);
}

/* A line of page chrome (data/en/chrome.txt), or a breadcrumb ("Rev › Blog ›
 * Transcripts", "Home > News"). */
/* A line of hashtags only ("#UpTheRovers #COYR"): a post's sign-off, not a heading. */
static int hashtags_only(const char *s, size_t a, size_t b)
{
    int tags = 0;
    for (size_t i = a; i < b;) {
        while (i < b && s[i] == ' ')
            i++;
        if (i >= b)
            break;
        if (s[i] != '#' || i + 1 >= b || !(isalnum((unsigned char)s[i + 1]) || (unsigned char)s[i + 1] >= 0x80))
            return 0;
        while (i < b && s[i] != ' ')
            i++;
        tags++;
    }
    return tags > 0;
}

/* "Follow Governor Halvorsen on X @GovHalvorsen and on Facebook.": a line that points
 * to the publisher's social media accounts. */
static int follow_line(const char *s, size_t a, size_t b)
{
    static const char *const networks[] = {" on X", "Twitter", "Facebook", "Instagram", "LinkedIn",
                                           "YouTube", "TikTok", "Bluesky", "Threads", "Mastodon"};
    if (!starts_with_ci(s + a, b - a, "Follow ") || txt_words(s, a, b) > 16)
        return 0;
    for (size_t k = 0; k < sizeof networks / sizeof *networks; k++) {
        size_t l = strlen(networks[k]);
        for (size_t x = a; x + l <= b; x++)
            if (memcmp(s + x, networks[k], l) == 0)
                return 1;
    }
    return 0;
}

/* "Download the timetable (PDF, 2.3 MB)", "Annual report [PDF 540KB]": a link to a file
 * with its format and size, a short line ending in the brackets; or a file's name alone
 * ("Statement on the Geneva agreement_EN.pdf", "annex-2.docx"), not an address on the
 * web ("www.example.org/report.pdf" is said) */
static int file_link(const char *s, size_t a, size_t b)
{
    static const char *const formats[] = {"PDF", "DOCX", "DOC", "XLSX", "XLS", "ODT", "CSV", "PPTX", "ZIP"};
    if (b - a < 5 || txt_words(s, a, b) > 16)
        return 0;
    for (size_t k = 0; k < sizeof formats / sizeof *formats; k++) {
        size_t l = strlen(formats[k]);
        if (b - a > l + 1 && s[b - l - 1] == '.' && u8_ncasecmp(s + b - l, formats[k], l) == 0 &&
            isalnum((unsigned char)s[b - l - 2]) && !memchr(s + a, '/', b - a) && !memchr(s + a, '@', b - a) &&
            !starts_with_ci(s + a, b - a, "www."))
            return 1;
    }
    if (b - a < 8 || (s[b - 1] != ')' && s[b - 1] != ']'))
        return 0;
    size_t o = b - 1;
    while (o > a && s[o] != '(' && s[o] != '[')
        o--;
    if ((s[o] != '(' && s[o] != '[') || b - o > 24)
        return 0;
    int format = 0, size = 0;
    /* (the format first or last: "(PDF, 2.3 MB)", "(113.44 KB - PDF)") */
    for (size_t k = 0; k < sizeof formats / sizeof *formats && !format; k++) {
        size_t l = strlen(formats[k]);
        format = starts_with_ci(s + o + 1, b - o - 1, formats[k]) ||
                 (b - o - 2 > l && s[b - l - 2] == ' ' && u8_ncasecmp(s + b - l - 1, formats[k], l) == 0);
    }
    for (size_t x = o; x + 2 <= b; x++)
        size |= (s[x] == 'K' || s[x] == 'M' || s[x] == 'k') && s[x + 1] == 'B' && x > o && (isdigit((unsigned char)s[x - 1]) || s[x - 1] == ' ');
    return format && size;
}

/* "❤️ 245  🔁 88  💬 17": a post's counters, emoji and numbers and nothing else. */
static int counters_row(const char *s, size_t a, size_t b)
{
    int emoji = 0, digits = 0;
    for (size_t x = a; x < b;) {
        int32_t c = txt_next(s, b, &x);
        if (txt_is_emoji(c))
            emoji = 1;
        else if (c >= '0' && c <= '9')
            digits = 1;
        else if (!(c == ' ' || c == '.' || c == ',' || c == 'K' || c == 'k' || c == 'M' || c == '|' || c == 0xA0))
            return 0;
    }
    return emoji && digits;
}

/* "👉 More info: link in bio": a post's pointer to the link on its profile. */
static int bio_link(const char *s, size_t a, size_t b)
{
    return b - a >= 11 && u8_ncasecmp(s + b - 11, "link in bio", 11) == 0 && txt_words(s, a, b) <= 10;
}

/* "Facebook Twitter LinkedIn Email", "Share: X | WhatsApp | Copy link": a row of a
 * page's sharing buttons, every word a network's or a button's (two or more). */
static int share_row(const char *s, size_t a, size_t b)
{
    static const char *const buttons[] = {"Facebook", "Twitter", "X", "LinkedIn", "Email", "E-mail", "WhatsApp",
                                          "Instagram", "YouTube", "TikTok", "Bluesky", "Threads", "Mastodon",
                                          "Reddit", "Pinterest", "Telegram", "Messenger", "Print", "Share",
                                          "Copy", "link", "SMS", "Flipboard", "Tumblr", "Xing", "VK"};
    size_t n = 0;
    for (size_t x = a; x < b;) {
        /* (between buttons: spaces, bars, commas, slashes, colons, dashes, middle dots) */
        size_t sep = (s[x] && strchr(" |,\t/:-", s[x])) ? 1 : x + 2 <= b && memcmp(s + x, "\xC2\xB7", 2) == 0 ? 2 : 0;
        if (sep) {
            x += sep;
            continue;
        }
        size_t e = x;
        while (e < b && !(s[e] && strchr(" |,\t:", s[e])) && !(e + 2 <= b && memcmp(s + e, "\xC2\xB7", 2) == 0))
            e++;
        int known = 0;
        for (size_t k = 0; k < sizeof buttons / sizeof *buttons && !known; k++)
            known = strlen(buttons[k]) == e - x && u8_ncasecmp(s + x, buttons[k], e - x) == 0;
        if (!known)
            return 0;
        n++;
        x = e;
    }
    return n >= 2;
}

/* "SC/16241", "PSC/PR/COMM.1298 (2025)", "SG/SM/22871": a document's symbol alone on a
 * line (capitals, digits and stops between slashes, perhaps a year in brackets): for
 * the archive, not the listener. */
static int doc_symbol(const char *s, size_t a, size_t b)
{
    /* "ECHR 214 (2025)": a court's or an office's letters, the release's number, its
     * year in brackets */
    {
        size_t x = a;
        while (x < b && s[x] >= 'A' && s[x] <= 'Z')
            x++;
        size_t y = x < b && s[x] == ' ' ? x + 1 : x, d = y;
        while (d < b && isdigit((unsigned char)s[d]))
            d++;
        if (x - a >= 2 && x - a <= 6 && y > x && d > y && d - y <= 5 && b - d == 7 && s[d] == ' ' && s[d + 1] == '(' &&
            s[b - 1] == ')' && strspn(s + d + 2, "0123456789") == 4)
            return 1;
    }
    size_t x = a, slashes = 0, caps = 0;
    for (; x < b && s[x] != ' '; x++) {
        unsigned char c = (unsigned char)s[x];
        if (c == '/')
            slashes++;
        else if (isupper(c))
            caps++;
        else if (!isdigit(c) && c != '.' && c != '-')
            return 0;
    }
    if (!slashes || !caps || s[a] == '/' || s[x - 1] == '/')
        return 0;
    x = skip_spaces(s, x, b);
    return x == b || (b - x == 6 && s[x] == '(' && s[b - 1] == ')' && strspn(s + x + 1, "0123456789") == 4);
}

/* "Copyright 2025, European Central Bank", "© 2025 Harbor Ridge Bank": the publisher's
 * notice, a year after the mark; a note, never a heading. */
static int copyright_line(const char *s, size_t a, size_t b)
{
    size_t y = a;
    if (starts_with_ci(s + a, b - a, "Copyright "))
        y = a + 10;
    else if (b - a > 2 && (unsigned char)s[a] == 0xC2 && (unsigned char)s[a + 1] == 0xA9)
        y = a + 2;
    else if (starts_with_ci(s + a, b - a, "(c) "))
        y = a + 4;
    if (y > a) {
        while (y < b && (s[y] == ' ' || (y + 1 < b && (unsigned char)s[y] == 0xC2 && (unsigned char)s[y + 1] == 0xA9)))
            y += s[y] == ' ' ? 1 : 2;
        if (y + 4 <= b && strspn(s + y, "0123456789") >= 4 && txt_words(s, a, b) <= 12)
            return 1;
    }
    return 0;
}

/* Whether s[a, b) is only pictographs and spaces ("🙏 ✈️❤️"): a post's emoji. */
static int emoji_only(const char *s, size_t a, size_t b)
{
    int any = 0;
    for (size_t i = a; i < b;) {
        int32_t c = txt_next(s, b, &i);
        if (c == ' ')
            continue;
        if (!txt_is_emoji(c))
            return 0;
        any = 1;
    }
    return any;
}

/* The lines of data/en/chrome.txt that end in "...", without it, per language: what a
 * line of chrome starts with. */
typedef struct chrome_starts {
    const char *line[128];
    size_t len[128], n;
} chrome_starts;
static chrome_starts chrome_starts_of[DATA_NLANGS];
static int chrome_starts_done[DATA_NLANGS];
static void make_chrome_starts(int lang)
{
    const data_file *f = data_get("en/chrome.txt");
    chrome_starts *cs = &chrome_starts_of[lang];
    size_t pos = 0, len;
    const char *line;
    while (f && data_next_line(f, &pos, &line, &len))
        if (len > 3 && memcmp(line + len - 3, "...", 3) == 0 && cs->n < 128) {
            cs->line[cs->n] = line;
            cs->len[cs->n++] = len - 3;
        }
}

/* "WWUS53 KDMX 142231": a weather bulletin's WMO heading (its type and area, the
 * office, the day and time), for machines. */
static int wmo_heading(const char *s, size_t a, size_t b)
{
    if (b - a < 18 || b - a > 22)
        return 0;
    for (size_t k = 0; k < 4; k++)
        if (!isupper((unsigned char)s[a + k]))
            return 0;
    if (!isdigit((unsigned char)s[a + 4]) || !isdigit((unsigned char)s[a + 5]) || s[a + 6] != ' ')
        return 0;
    for (size_t k = 7; k < 11; k++)
        if (!isupper((unsigned char)s[a + k]))
            return 0;
    if (s[a + 11] != ' ')
        return 0;
    for (size_t k = 12; k < 18; k++)
        if (!isdigit((unsigned char)s[a + k]))
            return 0;
    return b - a == 18 || (s[a + 18] == ' ' && b - a == 22);
}

static int is_chrome(const char *s, size_t a, size_t b)
{
    if (data_has_line("en/chrome.txt", s + a, b - a) || hashtags_only(s, a, b) || follow_line(s, a, b) ||
        share_row(s, a, b) || file_link(s, a, b) || counters_row(s, a, b) || bio_link(s, a, b) ||
        doc_symbol(s, a, b) || emoji_only(s, a, b) ||
        (a < b && isdigit((unsigned char)s[a]) && (engagement_line(s, a, b) || reading_time(s, a, b))))
        return 1;
    /* "Start a free trial...": a line that starts so, whatever follows */
    if (a < b && may_start(1, s[a])) {
        const chrome_starts *cs = &chrome_starts_of[data_once(chrome_starts_done, make_chrome_starts)];
        unsigned char first = u8_fold_at(s + a, 0);
        for (size_t i = 0; i < cs->n; i++)
            if (b - a >= cs->len[i] && u8_fold_at(cs->line[i], 0) == first &&
                u8_ncasecmp(s + a, cs->line[i], cs->len[i]) == 0) {
                /* (not a label's word before a sentence of its own in lower case:
                 * "Image credits: from today, every photographer will be named …") */
                size_t v = skip_spaces(s, a + cs->len[i], b);
                if (cs->line[i][cs->len[i] - 1] == ':' && v < b && islower((unsigned char)s[v]) &&
                    txt_words(s, v, b) >= 6 && ends_with_terminal(s, v, b) && !credit_value(s, v, b))
                    continue;
                return 1;
            }
    }
    /* "Año 2025 XV LEGISLATURA Núm. 118 Pág. 14": a printed page's running head, its
     * page number last */
    {
        size_t e = b;
        while (e > a && isdigit((unsigned char)s[e - 1]))
            e--;
        /* (or "Page 1 of 2": "MINISTRY OF WATER — PRESS RELEASE      Page 1 of 2") */
        if (e < b && e > a + 4 && memcmp(s + e - 4, " of ", 4) == 0 && e - 4 > a && isdigit((unsigned char)s[e - 5])) {
            e -= 4;
            while (e > a && isdigit((unsigned char)s[e - 1]))
                e--;
        }
        if (e < b && e > a + 7 && (memcmp(s + e - 7, " P\xC3\xA1g. ", 7) == 0 || memcmp(s + e - 6, " P\xC3\xA1g ", 6) == 0 ||
                                  u8_ncasecmp(s + e - 6, " Page ", 6) == 0) &&
            txt_words(s, a, b) >= 4 && !ends_with_terminal(s, a, b))
            return 1;
    }
    /* "WWUS53 KDMX 142231"; "LAT...LON 4220 9391 …", "TIME...MOT...LOC 2230Z 262DEG
     * 30KT …": a weather bulletin's lines for machines (the storm's polygon and track) */
    if (wmo_heading(s, a, b))
        return 1;
    if ((b - a > 12 && memcmp(s + a, "LAT...LON ", 10) == 0) || (b - a > 18 && memcmp(s + a, "TIME...MOT...LOC ", 17) == 0))
        return 1;
    /* (what is left, breadcrumbs, menus, a column's number, is no sentence; and codes
     * for machines have no space: a line of words that ends as a sentence is none) */
    if (memchr(s + a, ' ', b - a) && ends_with_terminal(s, a, b))
        return 0;
    /* "Home Briefing Room Speeches & Remarks": a breadcrumb copied without its
     * separators, "Home" then a site's sections (no sentence) */
    int crumbs = starts_with_ci(s + a, b - a, "Home ") && txt_words(s, a, b) >= 3 && txt_words(s, a, b) <= 10 &&
                 !ends_with_terminal(s, a, b);
    for (size_t x = a; x < b && crumbs;) {
        size_t e = x;
        while (e < b && s[e] != ' ')
            e++;
        crumbs = e == x || isupper((unsigned char)s[x]) || (e - x == 1 && s[x] == '&') ||
                 equals_ci(s + x, e - x, "and") || equals_ci(s + x, e - x, "of") || equals_ci(s + x, e - x, "the");
        x = e + 1;
    }
    if (crumbs) {
        static const char *const sections[] = {" News", " Briefing Room", " Press Releases", " Speeches", " Statements",
                                               " Newsroom", " Media Centre", " Media Center", " Press Office"};
        for (size_t k = 0; k < sizeof sections / sizeof *sections; k++)
            if (find_ci(s, a + 4, b, sections[k]))
                return 1;
    }
    /* "Column 612": a printed record's column number */
    if (b - a > 7 && starts_with_ci(s + a, b - a, "Column ") && strspn(s + a + 7, "0123456789") == b - a - 7)
        return 1;
    /* "NDZ013-014-021>023-142200-", "/O.UPG.KHFX.WS.A.0002.250115T0600Z-250116T1200Z/",
     * "&&", "$$": a weather service's machine codes and section marks, one token in
     * capitals, digits and marks, for programs, not listeners */
    if (!memchr(s + a, ' ', b - a) && !txt_has_lower(s + a, b - a)) {
        size_t digits = 0, marks = 0, letters = 0, mixed = 0; /* (a letter against a digit: not
                                                                * a phone number, "1-800-CDC-INFO") */
        for (size_t x = a; x < b; x++) {
            digits += isdigit((unsigned char)s[x]) != 0;
            letters += isalpha((unsigned char)s[x]) != 0;
            marks += strchr("-./>&$_:", s[x]) != NULL && s[x] != 0;
            mixed += x > a && ((isalpha((unsigned char)s[x]) && isdigit((unsigned char)s[x - 1])) ||
                               (isdigit((unsigned char)s[x]) && isalpha((unsigned char)s[x - 1])));
        }
        if ((b - a >= 12 && digits >= 4 && marks >= 3 && mixed && digits + letters + marks == b - a) ||
            ((b - a == 2) && (memcmp(s + a, "&&", 2) == 0 || memcmp(s + a, "$$", 2) == 0)))
            return 1;
        /* "UPDMZGZVZKGGDZM" under an RNS announcement's "END": a tracking code, twelve
         * capitals or more with hardly a vowel (no word, "ACKNOWLEDGEMENTS") */
        size_t vowels = 0;
        for (size_t x = a; x < b; x++)
            vowels += strchr("AEIOUY", s[x]) != NULL && s[x];
        if (b - a >= 12 && b - a <= 24 && letters == b - a && vowels * 6 < b - a)
            return 1;
        /* "CAT25.007E", "HRC25.041E": the UN Office at Geneva's number of a meeting's
         * summary, letters, the year, a stop, its number, the language's letter */
        size_t l = 0;
        while (a + l < b && isupper((unsigned char)s[a + l]))
            l++;
        if (l >= 2 && l <= 6 && b - a == l + 7 && isdigit((unsigned char)s[a + l]) && isdigit((unsigned char)s[a + l + 1]) &&
            s[a + l + 2] == '.' && strspn(s + a + l + 3, "0123456789") >= 3 && strchr("EFS", s[b - 1]))
            return 1;
    }
    /* "FR BKLFLFKLFBBZ", "TST UPDMZGZVZKGGDZM": an RNS announcement's category, then its
     * tracking code (twelve capitals or more with hardly a vowel) */
    {
        size_t l = 0;
        while (a + l < b && isupper((unsigned char)s[a + l]))
            l++;
        if (l >= 2 && l <= 4 && a + l < b && s[a + l] == ' ') {
            size_t c0 = a + l + 1, vowels = 0, letters = 0;
            for (size_t x = c0; x < b; x++) {
                letters += isupper((unsigned char)s[x]) != 0;
                vowels += strchr("AEIOUY", s[x]) != NULL && s[x];
            }
            if (b - c0 >= 12 && b - c0 <= 24 && letters == b - c0 && vowels * 6 < b - c0)
                return 1;
        }
    }
    /* "Home / News / 2024 / Interview: Why bees …": a breadcrumb from the site's home,
     * two separators or more, whatever its last step says */
    if (starts_with_ci(s + a, b - a, "Home / ") || starts_with_ci(s + a, b - a, "Home > ") ||
        starts_with_ci(s + a, b - a, "Home | ")) {
        size_t seps = 0;
        for (size_t i = a; i + 2 < b; i++)
            seps += s[i] == ' ' && (s[i + 1] == '/' || s[i + 1] == '>' || s[i + 1] == '|') && s[i + 2] == ' ';
        if (seps >= 2 && !ends_with_terminal(s, a, b))
            return 1;
    }
    /* "News | Research | Campus Life | Events", "Facebook | X | LinkedIn | Email",
     * "Privacy | Cookies | Accessibility": a page's menu, three short items or more a
     * bar apart, each capitalised, no figure (a contact's line has its numbers, a
     * byline its "By") */
    {
        size_t items = 1, words = 0, lower = 0;
        int menu = txt_starts_upper(s + a, b - a) && !starts_with_ci(s + a, b - a, "By ") && !has_digit(s, a, b) &&
                   !ends_with_terminal(s, a, b);
        /* (not "Why octopuses dream | Dr. Selin Arkan | TEDxHarborview", a talk's
         * title, its speaker and the event: a phrase in lower case, a name's
         * abbreviation) */
        for (size_t i = a; menu && i < b && !(s[i] == ' ' && i + 1 < b && s[i + 1] == '|'); i++)
            if (i > a && s[i - 1] == ' ' && islower((unsigned char)s[i]) && !equals_ci(s + i, 3, "of ") &&
                !equals_ci(s + i, 4, "the ") && !equals_ci(s + i, 4, "and ") && !equals_ci(s + i, 4, "for "))
                lower++;
        for (size_t i = a; menu && i + 1 < b; i++)
            if (s[i] == '.' && s[i + 1] == ' ')
                menu = 0;
        /* (nor fields a bar apart, each its label and colon, "TSX: KRM | OTCQB: KRMF |
         * LSE: KRM", an issuer's listings; "Browse: News | Events | Speeches" is a
         * menu whose first item only is labelled) */
        {
            size_t fields = 0, labelled = 0;
            for (size_t x = a, fa, fe; menu && x < b;) {
                x = bar_field(s, a, b, x, &fa, &fe);
                fields++;
                for (size_t q = fa; q + 1 < fe; q++)
                    if (s[q] == ':' && s[q + 1] == ' ') {
                        labelled++;
                        break;
                    }
            }
            if (fields >= 2 && labelled == fields)
                menu = 0;
        }
        /* (but "Skip to main content | Accessibility statement | Sign in": its first
         * item the page's own) */
        size_t f1 = a;
        while (f1 + 2 < b && !(s[f1] == ' ' && s[f1 + 1] == '|' && s[f1 + 2] == ' '))
            f1++;
        menu &= lower < 2 || data_has_line("en/chrome.txt", s + a, f1 - a);
        for (size_t i = a; menu && i + 2 < b; i++) {
            if (s[i] == ' ' && (s[i + 1] == '|' || (unsigned char)s[i + 1] == 0xC2) &&
                (s[i + 2] == ' ' || (i + 3 < b && (unsigned char)s[i + 2] == 0xB7 && s[i + 3] == ' '))) {
                size_t x = skip_spaces(s, i + 2 + (s[i + 1] != '|'), b);
                menu = txt_starts_upper(s + x, b - x) && words <= 3;
                items++;
                words = 0;
            } else if (s[i] == ' ') {
                words++;
            }
        }
        /* (not a table's head over its rows, "Region | Cases | Deaths" / "North | 342 |
         * 3": the statement's copy ends in a NUL, so the next line can be looked at) */
        if (menu && items >= 3 && words <= 3) {
            const char *nx = s + b;
            while (*nx == '\r' || *nx == '\n' || *nx == ' ')
                nx++;
            size_t bars = 0;
            for (; *nx && *nx != '\n'; nx++)
                bars += *nx == '|';
            /* (nor a table's last row under the others: the line over it has its bars) */
            size_t pb = 0, q = a;
            while (q > 0 && (s[q - 1] == '\n' || s[q - 1] == '\r' || s[q - 1] == ' '))
                q--;
            for (; q > 0 && s[q - 1] != '\n'; q--)
                pb += s[q - 1] == '|';
            if (bars < 2 && pb < 2)
                return 1;
        }
    }
    /* "Events / Transcripts": a few capitalised words a slash apart, no sentence */
    {
        size_t slashes = 0;
        int names = txt_starts_upper(s + a, b - a) && !ends_with_terminal(s, a, b) && txt_words(s, a, b) <= 8;
        for (size_t i = a; names && i + 3 < b; i++)
            if (s[i] == ' ' && s[i + 1] == '/' && s[i + 2] == ' ') {
                slashes++;
                names = txt_starts_upper(s + i + 3, b - i - 3);
            }
        /* (nor initials, "N. KOVALENKO / M. DIALLO", a doubles pair) */
        for (size_t i = a; names && i < b; i++)
            names = !isdigit((unsigned char)s[i]) && s[i] != '(' && s[i] != '.';
        /* (not a name in two languages: "Médecins Sans Frontières / Doctors Without
         * Borders (MSF)", one slash between two names of three words or more) */
        for (size_t i = a; names && slashes == 1 && i + 3 < b; i++)
            if (s[i] == ' ' && s[i + 1] == '/' && s[i + 2] == ' ')
                names = txt_words(s, a, i) < 3 || txt_words(s, i + 3, b) < 3;
        /* (nor who issued it, "CAL FIRE / LOS ANGELES COUNTY FIRE DEPARTMENT", "Harbour
         * Police / Coast Guard": a step of four words, longer than a site's sections,
         * or of two or more with a body's word, data/en/bodies.txt; "News / Police" is
         * a site's) */
        for (size_t x = a, e, step = 0, body = 0; names && x <= b; x = skip_spaces(s, e, b)) {
            for (e = x; e < b && s[e] != ' ';)
                e++;
            if (x == b || (e - x == 1 && s[x] == '/')) {
                names = step < 4 && !(step >= 2 && body);
                step = body = 0;
                if (x == b)
                    break;
                continue;
            }
            step++;
            body |= data_word_line("en/bodies.txt", s + x, e - x, 1, DATA_ANYWHERE) != NULL;
        }
        /* (nor a kind in two languages, "KENYATAAN MEDIA / MEDIA STATEMENT",
         * "COMMUNIQUÉ DE PRESSE / PRESS RELEASE": a step that is a kind alone) */
        size_t ks, ke;
        int narr;
        if (names && slashes == 1 && two_languages(s, a, b) != SIZE_MAX && kind_line(s, a, b, &ks, &ke, &narr))
            names = 0;
        if (names && slashes >= 1)
            return 1;
    }
    size_t seps = 0, compared = 0;
    for (size_t i = a; i + 2 < b; i++)
        if (s[i] == ' ' && s[i + 1] == '>' && s[i + 2] == ' ' && i + 3 < b && isdigit((unsigned char)s[i + 3]) && i > a &&
            (islower((unsigned char)s[i - 1]) ||
             (isupper((unsigned char)s[i - 1]) && i > a + 1 && isupper((unsigned char)s[i - 2]))))
            compared++; /* "detention for > 12 months", "AQI > 300": more than */
        else if ((s[i] == ' ' && s[i + 1] == '>' && s[i + 2] == ' ') ||
            (i + 4 < b && s[i] == ' ' && memcmp(s + i + 1, "\xE2\x80\xBA", 3) == 0) ||
            (i + 3 < b && s[i] == ' ' && memcmp(s + i + 1, "\xC2\xBB", 2) == 0))
            seps++;
    /* (not a stage's route and distance: "Keswick > Hartside, 168.4km"; nor a French
     * quotation, whose » closes what « opened: 'Il disait : « Jamais. » (Rires)') */
    return seps >= 1 && seps >= compared && txt_words(s, a, b) <= 12 && !ends_with_terminal(s, a, b) &&
           !(memchr(s + a, ',', b - a) && has_digit(s, a, b)) && !find_ci(s, a, b, "\xC2\xAB");
}

static int set_date(parser *p, const char *iso);

/* "this morning (Sunday, 8 March 2026)", "today (Sunday, 15 March 2026)": a weekday
 * and its date in brackets at s[i], as Israel's Prime Minister's Office dates its
 * notices; 1 with the date in iso. */
static int weekday_paren(parser *p, size_t i, size_t end, char iso[11])
{
    const char *s = p->s;
    if (s[i] != '(' || i + 1 >= end || !isupper((unsigned char)s[i + 1]))
        return 0;
    size_t e = i + 1, n;
    while (e < end && isalpha((unsigned char)s[e]))
        e++;
    size_t x = e < end && s[e] == ',' ? skip_spaces(s, e + 1, end) : e;
    return dt_weekday(s + i + 1, e - i - 1) > 0 && x < end && (n = date_iso(p->order, s + x, end - x, iso)) &&
           x + n < end && s[x + n] == ')';
}

/* A release's dateline ("TACOMA, Wash., March 5, 2025 /PRNewswire/ --", "EASTPORT,
 * Maine, 5 March 2025 –", "AUSTIN, Texas (Aug. 19, 2025) —") dates a statement whose
 * header gives no date: a date after a comma, or in brackets, near the start of the
 * first paragraph of the body. */
/* The date of a dateline at the start of s[from, bend) into iso: 1; 0 for none; -1
 * when a date in brackets is not a dateline's (nothing later is one either). */
static int dateline_in(parser *p, size_t from, size_t bend, char iso[11])
{
    const char *s = p->s;
    size_t end = from + 120 < bend ? from + 120 : bend;
    /* "March 7, 2025 – Greenfold Foods is recalling …": the date first, a dash after */
    {
        size_t n = data_lang() == 0 ? date_iso(p->order, s + from, bend - from, iso) : 0;
        size_t j = from + n;
        while (n && j < bend && s[j] == ' ')
            j++;
        /* (or the dash set close, an em or en dash: "May 14, 2025—Ottawa—Today, …",
         * as Canada's government writes it) */
        if (n && j < bend && txt_dash_len(s, j, bend) && (j > from + n || (unsigned char)s[j] == 0xE2)) {
            /* (not a range's: "May 14, 2025–June 30, 2025: consultation period") */
            char iso2[11];
            size_t k = skip_spaces(s, j + txt_dash_len(s, j, bend), bend);
            if (!(j == from + n && k < bend && date_iso(p->order, s + k, bend - k, iso2)))
                return 1;
        }
        /* ("(4 December 2025) The Commissioner …": or the date alone in brackets, as
         * the Hong Kong government dates a release's first paragraph) */
        n = data_lang() == 0 && s[from] == '(' && from + 1 < bend
                ? date_iso(p->order, s + from + 1, bend - from - 1, iso)
                : 0;
        j = from + 1 + n;
        if (n && j + 2 < bend && s[j] == ')' && s[j + 1] == ' ' && isupper((unsigned char)s[j + 2]))
            return 1;
    }
    for (size_t i = from + 2; i < end; i++) {
        size_t n;
        /* "AUSTIN, Texas (Aug. 19, 2025) —": the date in brackets after the place */
        int paren = s[i - 1] == '(' && s[i - 2] == ' ';
        /* ("TORONTO, ON – August 7, 2024 –": or after a dash) */
        int dashed = s[i - 1] == ' ' && ((s[i - 2] == '-' && i >= from + 3 && s[i - 3] == ' ') ||
                                         (i >= from + 5 && (unsigned char)s[i - 4] == 0xE2 &&
                                          (unsigned char)s[i - 3] == 0x80 &&
                                          ((unsigned char)s[i - 2] == 0x93 || (unsigned char)s[i - 2] == 0x94)));
        /* ("BOSTON--(BUSINESS WIRE)--Oct. 30, 2024--": or after a wire's double dash,
         * spaced or not: "DALLAS, TX (BUSINESS WIRE) -- Oct. 7, 2025 --") */
        /* (spaced, only at the dateline's head: the place or the wire's tag before it,
         * not a sentence's "will report on Thursday -- Nov. 6, 2025 --") */
        dashed |= (s[i - 1] == '-' && s[i - 2] == '-') ||
                  (s[i - 1] == ' ' && s[i - 2] == '-' && i >= from + 4 && s[i - 3] == '-' &&
                   (s[i - 5] == ')' || txt_words(s, from, i - 4) <= 3));
        if (!paren && !dashed && (s[i - 2] != ',' || s[i - 1] != ' '))
            continue;
        /* « Ottawa (Ontario), le 3 mars 2025 — » : an article before the date */
        size_t at = i;
        if (data_lang() != 0) {
            size_t e = i;
            while (e < bend && s[e] != ' ')
                e++;
            if (e < bend && e > i && data_has_line("en/articles.txt", s + i, e - i))
                at = e + 1;
        }
        if (!(n = date_iso(p->order, s + at, bend - at, iso)))
            continue;
        n += at - i;
        /* the date ends the dateline: a wire's tag or a dash follows */
        size_t j = i + n;
        if (paren && !(j < bend && s[j] == ')'))
            return -1;
        j += paren;
        /* ("(Nairobi, May 20, 2025) –": the whole dateline in brackets, as a human
         * rights body writes it) */
        if (!paren && s[from] == '(' && j < bend && s[j] == ')' && !memchr(s + from + 1, '(', j - from - 1))
            j++;
        while (j < bend && s[j] == ' ')
            j++;
        /* ("Riyadh, January 15, 2025, SPA -- …": the agency's letters after a comma) */
        if (j + 4 < bend && s[j] == ',' && s[j + 1] == ' ') {
            size_t t = j + 2, tl = 0;
            while (t + tl < bend && isupper((unsigned char)s[t + tl]))
                tl++;
            if (tl >= 2 && tl <= 6 && t + tl + 2 < bend && s[t + tl] == ' ' &&
                (s[t + tl + 1] == '-' || (unsigned char)s[t + tl + 1] == 0xE2))
                return 1;
        }
        /* (Chile's ". –": "Santiago, February 1, 2025. – The …") */
        if (j + 3 < bend && s[j] == '.' && s[j + 1] == ' ' && txt_dash_len(s, j + 2, bend))
            return 1;
        if (j < bend && (s[j] == '/' || s[j] == '-' || s[j] == '(' || (unsigned char)s[j] == 0xE2 ||
                            (s[j] == '.' && j + 1 < bend && s[j + 1] == '-'))) { /* Spanish ".-" */
            return 1;
        }
        /* ("Berlin, 11 February 2026. Replacing …", "Dubai, 3 March 2026: India …": a
         * stop or a colon after the date, a short place in capitals before its comma) */
        /* (a place: not a field's word, "Deadline, 30 June 2027: Applications …") */
        static const char *const not_place[] = {"Deadline", "Effective", "Until", "Expires", "Closing", "Due", "Date",
                                                "Updated", "Published", "Posted", "Issued", "Released", "Valid",
                                                "Embargo", "Embargoed", "Dated", "Opening", "Start", "End"};
        int place = 1;
        for (size_t k = 0; k < sizeof not_place / sizeof *not_place && place; k++)
            place = !starts_with_ci(s + from, i - 2 - from, not_place[k]);
        size_t fv;
        int fh = 0;
        if (place && field_at(s, from, i - 2, &fv, &fh))
            place = 0;
        if (place && !paren && !dashed && j + 2 < bend && (s[j] == '.' || s[j] == ':') && s[j + 1] == ' ' &&
            isupper((unsigned char)s[j + 2]) && isupper((unsigned char)s[from]) && txt_words(s, from, i - 2) <= 3 &&
            !memchr(s + from, '.', i - 2 - from))
            return 1;
        /* ("Colombo, Sri Lanka – September 18, 2026: An IMF team …": a place, a dash,
         * the date and a colon, as the IMF dates a mission's statement) */
        /* (a place's words capitalised but for its small ones: not "Consultation opens
         * – September 18, 2026: …") */
        /* (a place's small words and words with a capital inside may be in lower case:
         * "Dar es Salaam", "Saint Vincent and the Grenadines", "Newcastle upon Tyne",
         * "Santa Cruz de la Sierra", "eSwatini"; not "Bids due", "Rates cut", "Talks
         * end in Geneva", a deadline's or a headline's words) */
        static const char *const small[] = {"and", "of", "the", "de", "la", "le", "les", "es", "el", "del", "da",
                                            "do", "dos", "das", "di", "du", "des", "am", "an", "im", "upon", "on",
                                            "sur", "en", "y", "i", "au", "aux", "bin", "al", "van", "von", "der",
                                            "e", "et", "los", "las", "lo", "della", "delle", "dei", "degli", "sul",
                                            "bei", "zu", "zum", "ob", "ad", "op", "aan", "den", "ter", "ten", "och",
                                            "og", "na", "nad", "pod", "sous", "lès", "-sur-"};
        int capped = 1;
        for (size_t y = from; y < i && capped; y++)
            if ((y == from || s[y - 1] == ' ') && islower((unsigned char)s[y])) {
                size_t ye = y;
                while (ye < i && s[ye] != ' ' && s[ye] != ',')
                    ye++;
                int inner_cap = 0;
                for (size_t z = y; z < ye && !inner_cap; z++)
                    inner_cap = isupper((unsigned char)s[z]);
                capped = inner_cap;
                for (size_t k = 0; k < sizeof small / sizeof *small && !capped; k++)
                    capped = equals_ci(s + y, ye - y, small[k]);
            }
        if (dashed && !paren && capped && j + 2 < bend && s[j] == ':' && s[j + 1] == ' ' && isupper((unsigned char)s[j + 2]) &&
            isupper((unsigned char)s[from]) && txt_words(s, from, i) <= 7 && !memchr(s + from, '.', i - from) &&
            !field_at(s, from, i, &fv, &fh))
            return 1;
        break;
    }
    return 0;
}

static int first_person(const char *s, size_t a, size_t b);
/* "BOSTON--(BUSINESS WIRE)--Oct. 30, 2024--", "… /PRNewswire/ --": a news wire's tag
 * (data/en/wires.txt) in the dateline of the body's first paragraph makes a statement
 * with no kind of its own a press release. */
/* Makes the statement a press release, and names the chapter of block bl so when it
 * was named "Statement" before the kind was known. */
static void make_release(parser *p, const st_block *bl)
{
    hd_doc *d = p->doc;
    if (!(d->kind = xstrdup("Press release"))) {
        p->st = HD_ERR_NOMEM;
        return;
    }
    int ch = bl->chapter;
    if (ch >= 1 && (size_t)ch <= d->nchapters && strcmp(d->chapters[ch - 1].title, "Statement") == 0) {
        char *t = xstrdup(d->kind);
        if (!t) {
            p->st = HD_ERR_NOMEM;
            return;
        }
        free(d->chapters[ch - 1].title);
        d->chapters[ch - 1].title = t;
    }
}

static void wire_kind(parser *p)
{
    hd_doc *d = p->doc;
    if (d->kind || data_lang() != 0)
        return;
    for (size_t k = 0; k < d->nblocks; k++) {
        const st_block *bl = &d->blocks[k];
        if (bl->header || bl->kind == ST_HEADING)
            continue;
        size_t len, end = bl->start + 160 < bl->end ? bl->start + 160 : bl->end;
        const char *line;
        for (size_t x = bl->start; x < end; x++)
            if ((p->s[x] == '(' || p->s[x] == '/') &&
                data_prefix_lines("en/wires.txt", p->s + x, end - x, 1, &line, &len, 1)) {
                make_release(p, bl);
                return;
            }
        /* (or a dateline, then a listed company's ticker or "today announced" in the
         * first sentences: "TORONTO, Ontario, February 3, 2026 -- Meridia Health Inc.
         * (TSX: MDH) today announced …", a release sent with no wire's tag) */
        char iso[11];
        size_t far = bl->start + 400 < bl->end ? bl->start + 400 : bl->end;
        int listed = find_ci(p->s, bl->start, far, " today announced") || find_ci(p->s, bl->start, far, " announced today") ||
                     find_ci(p->s, bl->start, far, " is pleased to announce");
        for (size_t x = bl->start; x + 2 < far && !listed; x++)
            if (p->s[x] == '(' && isupper((unsigned char)p->s[x + 1])) {
                size_t e = x + 1;
                while (e < far && p->s[e] != ':' && p->s[e] != ')' && e < x + 24)
                    e++;
                listed = e < far && p->s[e] == ':' && data_has_line("en/exchanges.txt", p->s + x + 1, e - x - 1);
            }
        /* (a transcript's turns make it no release: "MAYOR LEE: …" / "REPORTER: …") */
        for (size_t q = 0; listed && q < d->nblocks; q++)
            listed = !d->blocks[q].turn;
        if (listed && dateline_in(p, bl->start, bl->end, iso) == 1)
            make_release(p, bl);
        return;
    }
}

static void set_title(parser *p, size_t a, size_t b);
static int words_in(const char *s, size_t a, size_t b, const char *w, size_t n);

/* Whether s[i, end) is " on " and a date (a weekday before it or not) that closes a
 * lead-in with its colon: "… issued the following statement on January 24, 2025:". */
static int lead_in_date(parser *p, size_t i, size_t end, char iso[11])
{
    const char *s = p->s;
    if (i + 4 >= end || strncmp(s + i, " on ", 4) != 0)
        return 0;
    size_t w = i + 4, e = w;
    while (e < end && isalpha((unsigned char)s[e]))
        e++;
    if (e > w && dt_weekday(s + w, e - w) && e < end && s[e] == ',')
        w = skip_spaces(s, e + 1, end);
    size_t n = w < end ? date_iso(p->order, s + w, end - w, iso) : 0;
    if (!n)
        return 0;
    size_t x = skip_spaces(s, w + n, end);
    return x < end && s[x] == ':' && skip_spaces(s, x + 1, end) >= end;
}

static void dateline_date(parser *p)
{
    hd_doc *d = p->doc;
    const char *s = p->s;
    /* "MEET THE PRESS — Sunday, March 9, 2025" opening a statement with no other
     * title: the programme's name before the dash titles it */
    if (!d->title && d->nblocks && d->blocks[0].header && d->blocks[0].kind == ST_META) {
        const st_block *bl = &d->blocks[0];
        size_t dl, x = spaced_dash(s, bl->start + 4, bl->end, bl->start + 80, &dl);
        char iso[11];
        if (x != SIZE_MAX && txt_words(s, bl->start, x) <= 8) {
            size_t t = skip_spaces(s, x + dl, bl->end);
            size_t k = date_iso(p->order, s + t, bl->end - t, iso);
            if (k && skip_spaces(s, t + k, bl->end) >= bl->end)
                set_title(p, bl->start, x);
        }
        /* ("Governor's Statement: October 1, 2025": or a kind, its colon and the date,
         * an office's possessive before the kind) */
        const char *c = memchr(s + bl->start, ':', bl->end - bl->start);
        size_t cx = c ? (size_t)(c - s) : SIZE_MAX;
        if (!d->title && cx != SIZE_MAX && cx > bl->start && txt_words(s, bl->start, cx) <= 6 &&
            isupper((unsigned char)s[bl->start])) {
            size_t t = skip_spaces(s, cx + 1, bl->end), k = date_iso(p->order, s + t, bl->end - t, iso);
            int kind = 0;
            for (size_t w = bl->start; w < cx && !kind; w++)
                if (w == bl->start || s[w - 1] == ' ') {
                    size_t ks, ke;
                    int narr;
                    kind = w > bl->start && kind_line(s, w, cx, &ks, &ke, &narr) && ks == w && ke == cx;
                }
            if (kind && k && skip_spaces(s, t + k, bl->end) >= bl->end) {
                set_title(p, bl->start, cx);
                if (!d->date)
                    set_date(p, iso);
            }
        }
    }
    /* a lead-in the header keeps ("Prime Minister …, this morning (Sunday, 8 March
     * 2026), … made the following remarks:") */
    for (size_t k = 0; k < d->nblocks && !d->date && d->blocks[k].header; k++)
        if (d->blocks[k].kind == ST_META && d->blocks[k].end - d->blocks[k].start > 40)
            for (size_t i = d->blocks[k].start; i < d->blocks[k].end; i++) {
                char iso[11];
                if (weekday_paren(p, i, d->blocks[k].end, iso)) {
                    set_date(p, iso);
                    return;
                }
            }
    /* "Measles outbreak update – Friday, April 11, 2025, 2 p.m.": a header's line of a
     * topic, a dash and the date */
    for (size_t k = 0; k < d->nblocks && !d->date && d->blocks[k].header; k++) {
        const st_block *bl = &d->blocks[k];
        if (bl->kind != ST_META)
            continue;
        size_t dl, x = spaced_dash(s, bl->start + 4, bl->end, bl->start + 80, &dl);
        if (x == SIZE_MAX)
            continue;
        size_t t = skip_spaces(s, x + dl, bl->end);
        char iso[11];
        if (date_iso(p->order, s + t, bl->end - t, iso)) {
            set_date(p, iso);
            return;
        }
    }
    /* "November 4, 2025, at the Fillmore Ballroom": a header's line of the date, then
     * where (a venue after "at" or "in") */
    for (size_t k = 0; k < d->nblocks && !d->date && d->blocks[k].header; k++) {
        const st_block *bl = &d->blocks[k];
        char iso[11];
        size_t n = bl->kind == ST_META && !ends_with_terminal(s, bl->start, bl->end)
                       ? date_iso(p->order, s + bl->start, bl->end - bl->start, iso)
                       : 0;
        if (!n)
            continue;
        size_t x = bl->start + n;
        if (x < bl->end && s[x] == ',')
            x++;
        x = skip_spaces(s, x, bl->end);
        if (x < bl->end && (starts_with_ci(s + x, bl->end - x, "at ") || starts_with_ci(s + x, bl->end - x, "in "))) {
            set_date(p, iso);
            return;
        }
    }
    /* ("LONDON (12 March 2024) — Tim Agu, …, issued the following statement:": or a
     * dateline's, at its start) */
    for (size_t k = 0; k < d->nblocks && !d->date && d->blocks[k].header; k++) {
        char iso[11];
        const st_block *bl = &d->blocks[k];
        if (bl->kind == ST_META && spk_lead_in_line(s, bl->start, bl->end) && dateline_in(p, bl->start, bl->end, iso) > 0) {
            set_date(p, iso);
            return;
        }
        /* ("WASHINGTON - The President of …, Archbishop …, issued the following
         * statement on January 24, 2025:": the day it was given, closing it) */
        if (bl->kind == ST_META && spk_lead_in_line(s, bl->start, bl->end))
            for (size_t i = bl->start; i + 4 < bl->end && i < bl->start + 600; i++)
                if (lead_in_date(p, i, bl->end, iso)) {
                    set_date(p, iso);
                    return;
                }
    }
    for (size_t k = 0; k < d->nblocks && !d->date; k++) {
        const st_block *bl = &d->blocks[k];
        if (bl->header || bl->kind == ST_HEADING)
            continue;
        if (bl->kind != ST_SPEECH && bl->kind != ST_META)
            return;
        {
            char iso[11];
            int r = dateline_in(p, bl->start, bl->end, iso);
            if (r < 0)
                return;
            if (r > 0) {
                set_date(p, iso);
                return;
            }
        }
        /* "Senator Moorcroft joined the show on Thursday, Nov. 6, 2025, to …": a
         * narrated opening that says on which day, weekday and year given (not the
         * statement's own words, "We announce the passing of Robert Callahan on
         * Sunday, October 8, 2023": the day of what it tells) */
        if (bl->speaker < 0 && bl->kind == ST_SPEECH && data_lang() == 0 && !first_person(s, bl->start, bl->end))
            for (size_t i = bl->start; i + 4 < bl->end && i < bl->start + 400; i++) {
                char wiso[11];
                if (weekday_paren(p, i, bl->end, wiso)) {
                    set_date(p, wiso);
                    return;
                }
                if (strncmp(s + i, " on ", 4) != 0)
                    continue;
                size_t w = i + 4, e = w;
                while (e < bl->end && isalpha((unsigned char)s[e]))
                    e++;
                char iso[11];
                size_t x = e < bl->end && s[e] == ',' ? skip_spaces(s, e + 1, bl->end) : e;
                if (e > w && dt_weekday(s + w, e - w) && x < bl->end && date_iso(p->order, s + x, bl->end - x, iso)) {
                    set_date(p, iso);
                    return;
                }
                /* (or no weekday, the date closing a lead-in to the statement: "…
                 * issued the following statement on January 24, 2025:") */
                if (words_in(s, bl->start, i, "statement", 9) && lead_in_date(p, i, bl->end, iso)) {
                    set_date(p, iso);
                    return;
                }
            }
        /* (past the body's first lines of the narrator's, a contact's block between the
         * headline and the dateline: "Contact Information" / "EPA Press Office (…)" /
         * "WASHINGTON (Sept. 30, 2024) – …", as the EPA lays out its releases) */
        if (bl->kind == ST_META && k < 8)
            continue;
        return;
    }
}

/* "The Kremlin, Moscow", "Addis Ababa, Ethiopia": a place alone on a line, its words
 * capitalised, a comma between them, nothing after; not a blank line. */
static int foot_place(parser *p, size_t i)
{
    size_t a, b;
    line_span(p, i, &a, &b);
    txt_trim(p->s, &a, &b);
    if (a >= b || b - a > 60 || !memchr(p->s + a, ',', b - a) || strchr(".?!:;", p->s[b - 1]))
        return 0;
    size_t words = 0;
    for (size_t x = a; x < b;) {
        while (x < b && (p->s[x] == ' ' || p->s[x] == ','))
            x++;
        if (x >= b)
            break;
        if (!txt_starts_upper(p->s + x, b - x) && !equals_ci(p->s + x, 2, "of"))
            return 0;
        words++;
        while (x < b && p->s[x] != ' ' && p->s[x] != ',')
            x++;
    }
    return words >= 2 && words <= 6;
}

/* "Associated links", "Related links:", "Useful links": a heading over a list of
 * links. */
static int links_heading(const char *s, size_t a, size_t b)
{
    while (b > a && s[b - 1] == ':')
        b--;
    return b - a >= 5 && u8_ncasecmp(s + b - 5, "links", 5) == 0;
}

/* Whether, after the block of line i (to the next blank line), a paragraph of prose
 * comes: a line of six words or more that ends a sentence. */
static int prose_after_block(parser *p, size_t i)
{
    while (i < p->nlines && !line_blank(p, i))
        i++;
    for (; i < p->nlines; i++) {
        size_t a, b;
        line_span(p, i, &a, &b);
        if (b > a && ends_with_terminal(p->s, a, b) && txt_words(p->s, a, b) >= 6)
            return 1;
    }
    return 0;
}

/* A web page's own matter below the statement ("Is this page useful?", data/en/
 * page-end.txt): the lines from it on are dropped, when something comes before. */
static void cut_page_foot(parser *p)
{
    const data_file *f = data_get("en/page-end.txt");
    /* (only once the text has said a sentence: gov.scot puts "Part of" / "Health and
     * social care" in the header, over the statement) */
    int content = 0;
    unsigned char first[32]; /* (the bytes its lines start with, in any case) */
    data_starts("en/page-end.txt", first);
    for (size_t i = 0; f && i < p->nlines; i++) {
        size_t a, b, pos = 0, len;
        line_span(p, i, &a, &b);
        if (a >= b)
            continue;
        const char *line;
        unsigned char c0 = (unsigned char)p->s[a];
        while (content == 2 && ((first[c0 >> 3] >> (c0 & 7)) & 1) && data_next_line(f, &pos, &line, &len)) {
            int prefix = len > 3 && memcmp(line + len - 3, "...", 3) == 0;
            size_t k = prefix ? len - 3 : len;
            if ((prefix ? b - a >= k : b - a == k) && u8_ncasecmp(p->s + a, line, k) == 0) {
                /* a list of links ("Associated links" / "- Backgrounder: …") with the
                 * statement's own sections after it (Canada's Backgrounder): only the
                 * list is the page's; read on */
                if (links_heading(p->s, a, b) && prose_after_block(p, i)) {
                    /* (its links go with it: "- Clean water in Indigenous communities"
                     * is a page's link, not one more of the facts above) */
                    for (size_t t = i; t < p->nlines && !line_blank(p, t); t++)
                        p->lines[t].start = p->lines[t].end;
                    break;
                }
                /* "Read more" / "City library wins national award" inside an article,
                 * its text going on after: the link and its headline are dropped, not
                 * the rest of the statement */
                if (b - a >= 9 && u8_ncasecmp(p->s + a, "Read more", 9) == 0 && prose_after_block(p, i)) {
                    for (size_t t = i; t < p->nlines && !line_blank(p, t); t++) {
                        size_t x, y;
                        line_span(p, t, &x, &y);
                        if (t > i && (ends_with_terminal(p->s, x, y) || txt_words(p->s, x, y) > 16))
                            break;
                        p->lines[t].start = p->lines[t].end;
                    }
                    break;
                }
                /* with the place over it in the same block ("The Kremlin, Moscow" over
                 * "The Address") */
                if (b - a > 8 && u8_ncasecmp(p->s + a, "Ends/", 5) == 0) {
                    size_t x = a + 5, e = x;
                    while (e < b && isalpha((unsigned char)p->s[e]))
                        e++;
                    if (e < b && p->s[e] == ',' && dt_weekday(p->s + x, e - x))
                        x = skip_spaces(p->s, e + 1, b); /* "Wednesday, October 22, 2025" */
                    if (!date_iso(p->order, p->s + x, b - x, p->foot_date))
                        p->foot_date[0] = '\0';
                }
                while (i > 1 && foot_place(p, i - 1))
                    i--;
                p->nlines = i;
                return;
            }
        }
        /* "-- " over an e-mail's signature: its end, when no sentence comes after it
         * (a statement's own "--" between its parts goes on) */
        if (content == 2 && b - a == 2 && p->s[a] == '-' && p->s[a + 1] == '-') {
            int prose = 0;
            for (size_t k = i + 1; k < p->nlines && !prose; k++) {
                size_t x, y;
                line_span(p, k, &x, &y);
                prose = y > x && ends_with_terminal(p->s, x, y) && txt_words(p->s, x, y) >= 6 && !is_chrome(p->s, x, y);
            }
            if (!prose) {
                p->nlines = i;
                return;
            }
        }
        if (ends_with_terminal(p->s, a, b) && txt_words(p->s, a, b) >= 3)
            content = 2;
    }
}

/* ------------------------------------------------------------ building the doc */

static int add_block(parser *p, st_kind kind, size_t a, size_t b, int speaker, int header)
{
    hd_doc *d = p->doc;
    if (kind != ST_SPEECH) {
        p->reported_b = 0; /* a heading, a list: no longer the paragraph just before */
        p->said_on = -1;
    }
    /* a heading ends what "Quotes attributable to …:" gave its person */
    if (kind == ST_HEADING && p->attributed >= 0) {
        if (p->speaker == p->attributed)
            p->speaker = -2;
        p->attributed = -1;
    }
    txt_trim(p->s, &a, &b);
    /* "March 7, 2025 · 8 min read": a header's line ends before a page's reading time */
    if (kind == ST_META && header)
        b = before_reading_time(p->s, a, b);

    if (a >= b)
        return 0;
    /* "(BEGIN VIDEO CLIP)" … "(END VIDEO CLIP)": a broadcast plays a recording; what
     * follows its end unlabelled is the one who played it (the host's question) */
    if (kind == ST_STAGE && !header && b - a > 6 && (p->s[a] == '(' || p->s[a] == '[')) {
        if (starts_with_ci(p->s + a + 1, b - a - 1, "BEGIN ")) {
            p->clip_speaker = p->speaker;
        } else if (starts_with_ci(p->s + a + 1, b - a - 1, "END ") && p->clip_speaker != -3) {
            p->speaker = p->clip_speaker;
            p->clip_speaker = -3;
        }
    }
    if (grow((void **)&d->blocks, &d->cap_blocks, d->nblocks + 1, sizeof *d->blocks) != 0) {
        p->st = HD_ERR_NOMEM;
        return -1;
    }
    st_block *k = &d->blocks[d->nblocks++];
    p->spoke |= kind == ST_SPEECH && !header;
    if (!p->voiced && kind == ST_SPEECH && !header && speaker >= 0)
        p->voiced = d->nblocks;
    k->kind = kind;
    k->start = a;
    k->end = b;
    k->speaker = speaker;
    k->chapter = p->chapter;
    k->header = header;
    k->turn = 0;
    k->cont = 0;
    k->quoted = 0;
    k->joins = 0;
    k->lang = -1;
    if (p->turn && (kind == ST_SPEECH || kind == ST_LIST)) {
        k->turn = 1;
        p->turn = 0;
    }
    return 0;
}

/* 1 when the current chapter holds headings and nothing else yet. */
/* (looking back 256 blocks at most: a chapter of more headings than that in a row
 * holds nothing else as far as a listener can tell, and 40,000 headings in a row do
 * not cost 40,000 looks back each) */
static int chapter_only_headings(const parser *p)
{
    const hd_doc *d = p->doc;
    size_t n = 0;
    for (size_t i = d->nblocks; i > 0 && n < 256 && d->blocks[i - 1].chapter == p->chapter; i--, n++)
        if (d->blocks[i - 1].kind != ST_HEADING)
            return 0;
    return n > 0;
}

/* Whether the body has said anything yet: a block of speech or a list outside the
 * header. (Blocks are only added, and none becomes speech after it is added, so the
 * blocks already looked at need no second look; the one found is looked at again in
 * case it has since become metadata.) */
static int body_said(parser *p)
{
    const hd_doc *d = p->doc;
    if (p->said_at) {
        const st_block *k = &d->blocks[p->said_at - 1];
        if (!k->header && (k->kind == ST_SPEECH || k->kind == ST_LIST))
            return 1;
        p->said_at = 0;
        p->said_seen = 0;
    }
    for (; p->said_seen < d->nblocks; p->said_seen++) {
        const st_block *k = &d->blocks[p->said_seen];
        if (!k->header && (k->kind == ST_SPEECH || k->kind == ST_LIST)) {
            p->said_at = p->said_seen + 1;
            return 1;
        }
    }
    return 0;
}

static int add_chapter(parser *p, const char *title, size_t n)
{
    hd_doc *d = p->doc;
    /* "**Velmora", "## Summary": Markdown emphasis and heading marks are not the title */
    size_t a = 0, e = n;
    while (a < e && (title[a] == '*' || title[a] == '_' || title[a] == '#' || title[a] == ' '))
        a++;
    while (e > a && (title[e - 1] == '*' || title[e - 1] == '_' || title[e - 1] == ' '))
        e--;
    if (a < e) { /* nothing but marks: kept */
        title += a;
        n = e - a;
    }
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
    /* a date of its own wins over one taken from "Last updated" */
    if (p->doc->date && (p->date_updated || p->date_event)) {
        free(p->doc->date);
        p->doc->date = NULL;
        p->date_updated = p->date_event = 0;
    }
    if (p->doc->date)
        return 0;
    if (!(p->doc->date = xstrdup(iso))) {
        p->st = HD_ERR_NOMEM;
        return -1;
    }
    return 0;
}

static void set_updated(parser *p, size_t i, size_t b);

/* "Last updated: 7 Oct. 2024 10:28" (also without the colon). */
static int header_updated(parser *p, size_t a, size_t b)
{
    const char *s = p->s;
    static const char prefix[] = "Last updated";
    if (!starts_with_ci(s + a, b - a, prefix))
        return 0;
    size_t i = a + sizeof prefix - 1;
    /* "Last updated on: 23 April 2026" (gov.ie) */
    if (i + 3 <= b && strncmp(s + i, " on", 3) == 0 && (i + 3 == b || s[i + 3] == ':' || s[i + 3] == ' '))
        i += 3;
    if (i < b && s[i] == ':')
        i++;
    set_updated(p, skip_spaces(s, i, b), b);
    return 1;
}

/* The date (and hour) at s[i, b) as the statement's last change: "20 June 2025",
 * "7 Oct. 2024 10:28", « 4 févr. 2025 à 9 h 30 ». */
static void set_updated(parser *p, size_t i, size_t b)
{
    const char *s = p->s;
    char iso[11], hm[16], buf[28];
    size_t k = i < b ? date_iso(p->order, s + i, b - i, iso) : 0;
    if (!k && i < b) {
        /* "14:30, Tuesday 11 March 2025": the hour first */
        size_t c = parse_clock(s + i, b - i, hm);
        size_t x = c ? skip_spaces(s, i + c, b) : b;
        if (x < b && s[x] == ',')
            x = skip_spaces(s, x + 1, b);
        if (x < b && date_iso(p->order, s + x, b - x, iso)) {
            snprintf(buf, sizeof buf, "%sT%s", iso, hm);
            if (!p->doc->updated && !(p->doc->updated = xstrdup(buf)))
                p->st = HD_ERR_NOMEM;
            if (!p->doc->date && set_date(p, iso) == 0)
                p->date_updated = 1; /* a statement dated only by its last change */
            return;
        }
    }
    if (!k)
        return; /* recognised, nothing to keep */
    if (!p->doc->date && set_date(p, iso) == 0)
        p->date_updated = 1; /* a statement dated only by its last change */
    i = skip_spaces(s, i + k, b);
    if (i < b && s[i] == ',')
        i = skip_spaces(s, i + 1, b);
    /* "at 10:28", « à 9 h 30 » */
    if (starts_with_ci(s + i, b - i, "at "))
        i = skip_spaces(s, i + 3, b);
    else if (b - i > 3 && memcmp(s + i, "\xC3\xA0 ", 3) == 0)
        i = skip_spaces(s, i + 3, b);
    int hh, mm = 0;
    size_t e = i;
    while (e < b && isdigit((unsigned char)s[e]))
        e++;
    if (e > i && e - i <= 2 && e + 1 < b && s[e] == ' ' && s[e + 1] == 'h' && (e + 2 == b || s[e + 2] == ' ') &&
        (hh = atoi(s + i)) <= 23) {
        /* « 9 h 30 » */
        size_t m = skip_spaces(s, e + 2, b);
        if (m + 2 <= b && isdigit((unsigned char)s[m]) && isdigit((unsigned char)s[m + 1]))
            mm = atoi(s + m);
        snprintf(hm, sizeof hm, "%02d:%02d", hh % 24, mm < 60 && mm >= 0 ? mm : 0);
        snprintf(buf, sizeof buf, "%sT%s", iso, hm);
    } else if (i < b && parse_clock(s + i, b - i, hm))
        snprintf(buf, sizeof buf, "%sT%s", iso, hm);
    else
        snprintf(buf, sizeof buf, "%s", iso);
    if (!p->doc->updated && !(p->doc->updated = xstrdup(buf)))
        p->st = HD_ERR_NOMEM;
}

static int delivery_text(const char *s, size_t a, size_t b, size_t *x, size_t *y)
{
    size_t n = b - a;
    const char *w = s + a;
    /* "-- Check against delivery --", "**As delivered**", "(As delivered.)" */
    while (n > 0 && (w[0] == '-' || w[0] == '*' || w[0] == ' '))
        w++, n--;
    while (n > 0 && (w[n - 1] == '-' || w[n - 1] == '*' || w[n - 1] == ' '))
        n--;
    if (n >= 6 && memcmp(w, "\xE2\x80\x94", 3) == 0 && memcmp(w + n - 3, "\xE2\x80\x94", 3) == 0) {
        w += 3; /* "— As delivered —" */
        n -= 6;
        while (n > 0 && w[0] == ' ')
            w++, n--;
        while (n > 0 && w[n - 1] == ' ')
            n--;
    }
    if (n >= 2 && ((w[0] == '(' && w[n - 1] == ')') || (w[0] == '[' && w[n - 1] == ']'))) {
        w++;
        n -= 2;
    }
    /* (and a colon, as a note over the text: "As prepared for delivery:") */
    while (n > 0 && (w[n - 1] == '.' || w[n - 1] == '!' || w[n - 1] == '*' || w[n - 1] == ':'))
        n--;
    while (n > 0 && w[0] == '*')
        w++, n--;
    if (!n || !data_has_line("en/delivery.txt", w, n))
        return 0;
    *x = (size_t)(w - s);
    *y = *x + n;
    return 1;
}

/* A note on how the text relates to the speech as given (data/en/delivery.txt). */
static int is_delivery_note(const char *s, size_t a, size_t b)
{
    size_t x, y;
    return delivery_text(s, a, b, &x, &y);
}

/* A header line other than title, kind and byline; adds its block and returns 1, or
 * returns 0 when the line is none of them. */
/* What may follow a date on a date line: nothing, the time or times of the event
 * ("Tuesday, 4 March 2025, 10:00–11:15 GMT"), or a dateline's place and office after
 * a dash ("March 3, 2025 – Ottawa, Ontario – Department of Coastal Affairs"). */
static int date_tail(const char *s, size_t i, size_t b)
{
    char hm[6];
    i = skip_spaces(s, i, b);
    int comma = i < b && s[i] == ',';
    if (comma)
        i = skip_spaces(s, i + 1, b);
    if (i == b)
        return 1;
    /* "January 17, 2025 (Friday)": the weekday in brackets, as Japanese and Korean
     * offices write it, perhaps before the hour */
    if (!comma && i + 2 < b && s[i] == '(') {
        const char *cl = memchr(s + i, ')', b - i);
        if (cl && dt_weekday(s + i + 1, (size_t)(cl - s) - i - 1) > 0)
            return date_tail(s, (size_t)(cl - s) + 1, b);
    }
    /* "14 December 2025, Abuja, Federal Republic of Nigeria": the place after the date,
     * as ECOWAS and the African Union write their datelines */
    if (comma && txt_words(s, i, b) >= 1 && txt_words(s, i, b) <= 6 && !has_digit(s, i, b) && !memchr(s + i, '.', b - i) &&
        isalpha((unsigned char)s[i])) {
        int place = 1;
        for (size_t x = i; x < b && place;) {
            size_t e = x;
            while (e < b && s[e] != ' ' && s[e] != ',')
                e++;
            place = e == x || txt_starts_upper(s + x, e - x) || equals_ci(s + x, e - x, "of") ||
                    equals_ci(s + x, e - x, "the") || equals_ci(s + x, e - x, "and");
            x = e;
            while (x < b && (s[x] == ' ' || s[x] == ','))
                x++;
        }
        if (place)
            return 1;
    }
    /* "Tuesday, June 9, 2026 -- 7:15 a.m.": a dash typed as two hyphens, or an en or
     * em dash, before the hour */
    if (i + 2 < b && ((s[i] == '-' && s[i + 1] == '-') ||
                      ((unsigned char)s[i] == 0xE2 && s[i + 1] == '\x80' &&
                       ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94)))) {
        size_t c = skip_spaces(s, i + (s[i] == '-' ? 2 : 3), b);
        if (c < b && parse_clock(s + c, b - c, hm) && txt_words(s, c, b) <= 4)
            return 1;
    }
    /* "Buenos Aires, 18 de febrero de 2025.": a dateline's stop */
    if (i + 1 == b && s[i] == '.')
        return 1;
    /* « Madrid, 15 de octubre de 2025 (MTMS). »: an agency's or an office's tag in
     * capitals, in brackets */
    if (s[i] == '(') {
        const char *close = memchr(s + i, ')', b - i);
        size_t e = close ? (size_t)(close - s) : b;
        if (close && e > i + 1 && e - i <= 24 && (!txt_has_lower(s + i + 1, e - i - 1) || s[i + 1] == '@') &&
            (e + 1 == b || (e + 2 == b && s[e + 1] == '.')))
            return 1; /* (or its account: "(@MinAmbienteCo).") */
    }
    size_t ck = parse_clock(s + i, b - i, hm);
    if (ck) {
        if (txt_words(s, i, b) <= 6)
            return 1;
        /* "10:12 a.m. Front Entrance Hall, Prime Minister's Office": the hour, then
         * where, in capitalised words, no sentence */
        size_t r = skip_spaces(s, i + ck, b);
        if (r < b && (s[r] == ',' || s[r] == '-'))
            r = skip_spaces(s, r + 1, b);
        if (r < b && isupper((unsigned char)s[r]) && txt_words(s, r, b) <= 10 && !find_ci(s, r, b, ". "))
            return 1;
        return 0;
    }
    /* "… on Thursday 6 February 2025 at 7.00 pm": "at" and the hour */
    if (starts_with_ci(s + i, b - i, "at ")) {
        size_t c = skip_spaces(s, i + 3, b);
        if (c < b && parse_clock(s + c, b - c, hm) && txt_words(s, c, b) <= 4)
            return 1;
    }
    /* "(11:32 A.M. – 12:18 P.M.)": the hours in brackets */
    if (s[i] == '(' && s[b - 1] == ')' && parse_clock(s + i + 1, b - i - 1, hm))
        return txt_words(s, i, b) <= 8;
    /* "7 October 2025 in Berlin", "… at Lancaster House": where, in a few words */
    if ((starts_with_ci(s + i, b - i, "in ") || starts_with_ci(s + i, b - i, "at ")) &&
        txt_words(s, i, b) <= 5 && !memchr(s + i, '.', b - i) && isupper((unsigned char)s[skip_spaces(s, i + 3, b)]))
        return 1;
    /* "24 December 2024 | Humanitarian Aid": a news site's section after a bar */
    if (s[i] == '|' && i + 1 < b && s[i + 1] == ' ' && txt_words(s, i + 1, b) <= 6 && !memchr(s + i, '.', b - i))
        return 1;
    size_t dash = s[i] == '-' ? 1 : b - i >= 3 && (memcmp(s + i, "\xE2\x80\x93", 3) == 0 ||
                                                   memcmp(s + i, "\xE2\x80\x94", 3) == 0) ? 3 : 0;
    if (!dash || i + dash >= b || s[i + dash] != ' ')
        return 0;
    /* "October 14, 2025 – 2 p.m. EDT": the hour after a dash */
    size_t t0 = skip_spaces(s, i + dash, b);
    if (parse_clock(s + t0, b - t0, hm) && txt_words(s, t0, b) <= 4)
        return 1;
    for (size_t k = i; k + 1 < b; k++)
        if ((s[k] == '.' || s[k] == '!' || s[k] == '?') && s[k + 1] == ' ')
            return 0;
    return txt_words(s, i + dash, b) <= 10;
}

static size_t next_content(const parser *p, size_t i);

/* "Remarks as prepared for delivery", in any case: a kind of data/en/kinds.txt at
 * the start of s[a, b), then a delivery note; the kind's span and the note's. */
static int kind_delivery(const char *s, size_t a, size_t b, size_t *ks, size_t *ke, size_t *dx, size_t *dy,
                         const char **kind)
{
    const data_file *f = data_get("en/kinds.txt");
    size_t pos = 0, len, kl;
    const char *line;
    while (f && next_kind(f, &pos, &line, &len, &kl))
        if (kl + 2 < b - a && s[a + kl] == ' ' && u8_ncasecmp(s + a, line, kl) == 0 &&
            delivery_text(s, skip_spaces(s, a + kl, b), b, dx, dy)) {
            *ks = a;
            *ke = a + kl;
            if (kind)
                *kind = line;
            return 1;
        }
    return 0;
}

/* Whether s[a, x), the words before " on <date>", say something happened rather
 * than note when: a note has a participle ("debated", "Held at …", "Given") or is one
 * or two words; a headline ("Council agrees budget") has neither. */
static int headline_on(const char *s, size_t a, size_t x)
{
    if (txt_words(s, a, x) < 3)
        return 0;
    static const char *const irregular[] = {"held", "given", "made", "read", "spoken", "written", "sent", "set"};
    for (size_t w = a; w < x;) {
        size_t e = w;
        while (e < x && s[e] != ' ')
            e++;
        size_t n = e - w;
        while (n > 0 && ispunct((unsigned char)s[w + n - 1]))
            n--;
        if (n >= 4 && (s[w + n - 2] == 'e' || s[w + n - 2] == 'E') && (s[w + n - 1] == 'd' || s[w + n - 1] == 'D'))
            return 0;
        for (size_t k = 0; k < sizeof irregular / sizeof *irregular; k++)
            if (equals_ci(s + w, n, irregular[k]))
                return 0;
        w = skip_spaces(s, e, x);
    }
    return 1;
}

/* A header line that dates the statement: unless only asked (dry), the date is set and
 * the line read as a header line. Returns 1. */
static int dated_line(parser *p, size_t a, size_t b, const char *iso, int dry)
{
    if (!dry) {
        set_date(p, iso);
        add_block(p, ST_META, a, b, -1, 1);
    }
    return 1;
}

static int capitalised_words(const char *s, size_t a, size_t b);

/* Whether the word before s[x] (no further back than a, spaces skipped) is one of the
 * n words, in any case. */
static int word_before_in(const char *s, size_t a, size_t x, const char *const *words, size_t n)
{
    size_t e = x;
    while (e > a && s[e - 1] == ' ')
        e--;
    size_t w = e;
    while (w > a && s[w - 1] != ' ')
        w--;
    for (size_t k = 0; k < n; k++)
        if (equals_ci(s + w, e - w, words[k]))
            return 1;
    return 0;
}

/* Whether the word before s[x] is a preposition ("… TRAIN SERVICES ON 12 AUGUST
 * 2025"): the date of what the line is about, not of the statement. */
static int date_after_preposition(const char *s, size_t a, size_t x)
{
    /* (and a period's end or start: "TRADING STATEMENT FOR THE YEAR ENDED 28 FEBRUARY
     * 2026" is no date of the statement) */
    static const char *const preps[] = {"on", "of", "since", "from", "until", "by", "in", "for", "at", "ended", "ending",
                                        "to", "through"};
    return word_before_in(s, a, x, preps, sizeof preps / sizeof *preps);
}

/* Whether s[a, b) is what a release tells editors: "For immediate release",
 * "Embargoed until …", "Embargo: …". */
static int release_line(const char *s, size_t a, size_t b)
{
    /* (and when it may be released: "For release: Tuesday 9 September 2025, 00:01
     * BST", "FOR RELEASE AT 00:01 GMT", "Not for publication before …") */
    static const char *const when[] = {"For release:", "For release at ", "For release on ", "For publication:",
                                       "For publication at ", "Not for publication before ",
                                       "Not for release before ", "Under embargo until ",
                                       /* (a testimony's: "NOT FOR PUBLICATION UNTIL RELEASED BY
                                        * THE SENATE ARMED SERVICES COMMITTEE") */
                                       "Not for publication until ", "Not for release until ",
                                       "Not for publication prior to ", "Not for release prior to "};
    for (size_t k = 0; k < sizeof when / sizeof *when; k++)
        if (starts_with_ci(s + a, b - a, when[k]))
            return 1;
    if (starts_with_ci(s + a, b - a, "For immediate release") || starts_with_ci(s + a, b - a, "Embargoed") ||
        starts_with_ci(s + a, b - a, "Embargo:"))
        return 1;
    /* ("EMBARGO 00:01 BST", "Embargo until …", "Embargo on …"; not a sentence about
     * embargoes, "Embargo times are 09:30 WAT unless stated otherwise.") */
    if (starts_with_ci(s + a, b - a, "Embargo ")) {
        size_t w = skip_spaces(s, a + 8, b), we = w;
        while (we < b && isalpha((unsigned char)s[we]))
            we++;
        static const char *const next[] = {"until", "till", "to", "on", "lifted", "date", "time", "at", "for"};
        int ok = w < b && (isdigit((unsigned char)s[w]) || !txt_has_lower(s + a, b - a) || isupper((unsigned char)s[w]));
        for (size_t k = 0; k < sizeof next / sizeof *next && !ok; k++)
            ok = equals_ci(s + w, we - w, next[k]);
        if (ok)
            return 1;
    }
    /* ("IMMEDIATE RELEASE", "For Immediate Use", as East African ministries head a
     * statement) */
    if (equals_ci(s + a, b - a, "Immediate release") || equals_ci(s + a, b - a, "For immediate use") ||
        equals_ci(s + a, b - a, "For immediate publication"))
        return 1;
    /* ("Transmission of material in this release is embargoed until 8:30 a.m. (ET)
     * Friday, October 3, 2025", as the BLS heads its releases: the embargo said in a
     * line of its own, no sentence's stop after it) */
    return b - a <= 240 && !ends_with_terminal(s, a, b) && txt_words(s, a, b) <= 24 &&
           (find_ci(s, a, b, " embargoed until ") || find_ci(s, a, b, " under embargo until "));
}

static int place_line(const char *s, size_t a, size_t b);
static int kind_masthead(const char *s, size_t ke, size_t b);
static int bar_kind_line(const char *s, size_t a, size_t b, size_t *ks, size_t *ke);

/* "Media Statement - Embargoed until 16:00 SAST, Wednesday 9 July 2025": after a
 * kind at s[ke], a dash or a bar, then when it may be published; the line says no
 * title. */
static int kind_embargo(const char *s, size_t ke, size_t b)
{
    size_t x = skip_spaces(s, ke, b), dl = x < b ? (s[x] == '|' ? 1 : txt_dash_len(s, x, b)) : 0;
    if (!dl)
        return 0;
    x = skip_spaces(s, x + dl, b);
    /* ("Press release – 14.01.2025", as the Bundeskartellamt heads one: the date
     * alone after the dash) */
    char iso[11];
    size_t dn = x < b ? date_iso(DT_DAY_FIRST, s + x, b - x, iso) : 0;
    if (dn && skip_spaces(s, x + dn, b) == b)
        return 1;
    return (x < b && release_line(s, x, b)) || kind_masthead(s, ke, b);
}

/* "PRESS RELEASE | Euro-Alpine Institute for Climate Research | Geneva": after a kind
 * at s[ke], fields parted by bars, each a body's name, a place or a date: the
 * publisher's masthead, which titles nothing. */
static int kind_masthead(const char *s, size_t ke, size_t b)
{
    size_t x = skip_spaces(s, ke, b);
    if (x >= b || s[x] != '|')
        return 0;
    x = skip_spaces(s, x + 1, b);
    for (size_t f = x; f < b;) {
        size_t e = f;
        while (e < b && s[e] != '|')
            e++;
        size_t fe = e;
        while (fe > f && s[fe - 1] == ' ')
            fe--;
        char iso[11];
        /* (or the release's number: "Media release | 27 March 2025 | Release number: MR
         * 041/25") */
        int numbered = (starts_with_ci(s + f, fe - f, "Release number") || starts_with_ci(s + f, fe - f, "Release no") ||
                        starts_with_ci(s + f, fe - f, "Reference:") || starts_with_ci(s + f, fe - f, "Ref:")) &&
                       has_digit(s, f, fe);
        if (fe <= f || !(numbered || org_name(s, f, fe) || org_line(s, f, fe) || place_line(s, f, fe) ||
                         (date_iso(DT_DAY_FIRST, s + f, fe - f, iso) && skip_spaces(s, f + date_iso(DT_DAY_FIRST, s + f, fe - f, iso), fe) == fe)))
            return 0;
        f = e < b ? skip_spaces(s, e + 1, b) : b;
    }
    return 1;
}

/* "PRESS RELEASE | Euro-Alpine Institute for Climate Research | Geneva": a kind
 * opening the line, then a bar and the publisher's fields; the kind's span in [*ks,
 * *ke). */
static int bar_kind_line(const char *s, size_t a, size_t b, size_t *ks, size_t *ke)
{
    const char *bar = b - a > 4 ? memchr(s + a, '|', b - a) : NULL;
    if (!bar || bar == s + a)
        return 0;
    size_t x = (size_t)(bar - s), kb = x, k1, k2;
    while (kb > a && s[kb - 1] == ' ')
        kb--;
    int narr;
    if (kb <= a || !kind_line(s, a, kb, &k1, &k2, &narr) || k1 != a || k2 != kb || !kind_masthead(s, kb, b))
        return 0;
    *ks = k1;
    *ke = k2;
    return 1;
}

static int header_meta(parser *p, size_t a, size_t b, int dry)
{
    const char *s = p->s;
    hd_doc *d = p->doc;
    char iso[11], hm[6];
    /* "MANCHESTER, Saturday 12 October 2024 -": a dateline on a line of its own keeps
     * the dash that led into the first paragraph; the line is what it was without */
    {
        size_t dl = b > a + 4 ? txt_trailing_dash(s, a, b) : b;
        if (dl < b && has_digit(s, a, dl)) {
            while (dl > a && s[dl - 1] == ' ')
                dl--;
            /* (and a wire's tag before the dash, data/en/wires.txt: "GATINEAU, QC, Oct. 22,
             * 2024 /CNW/ -") */
            if (dl > a + 3 && s[dl - 1] == '/') {
                size_t t = dl - 1;
                while (t > a && t + 30 > dl && (isalpha((unsigned char)s[t - 1]) || s[t - 1] == ' '))
                    t--;
                const char *line;
                size_t len;
                if (t > a && s[t - 1] == '/' && t + 1 < dl && isupper((unsigned char)s[t]) &&
                    data_prefix_lines("en/wires.txt", s + t - 1, dl - t + 1, 1, &line, &len, 1) && len == dl - t + 1) {
                    dl = t - 1;
                    while (dl > a && s[dl - 1] == ' ')
                        dl--;
                }
            }
            b = dl;
        }
    }
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
    /* "Chief Veterinary Officer's update - 14:00 BST, 2 October 2026": an update's
     * name, a dash, then its time and date to the line's end, as GOV.UK heads a
     * running update: a line of the header that dates it */
    {
        size_t x = a;
        while (x + 2 < b && !(s[x] == ' ' && txt_dash_len(s, x + 1, b) && s[x + 1 + txt_dash_len(s, x + 1, b)] == ' '))
            x++;
        /* (an office's update, its possessive: "Evening Update – January 28, 2025"
         * heads a section of a page of updates) */
        if (x + 2 < b && x > a && txt_words(s, a, x) <= 6 &&
            (find_ci(s, a, x, "'s update") || find_ci(s, a, x, "\xE2\x80\x99s update"))) {
            size_t y = skip_spaces(s, x + 1 + txt_dash_len(s, x + 1, b), b), z = y;
            /* (a clock time and its zone first, then a comma) */
            while (z < b && s[z] != ',')
                z++;
            size_t from = z < b && has_digit(s, y, z) && memchr(s + y, ':', z - y) ? skip_spaces(s, z + 1, b) : y;
            size_t k = from < b ? date_iso(p->order, s + from, b - from, iso) : 0;
            if (k && skip_spaces(s, from + k, b) >= b) {
                if (dry)
                    return 1;
                set_date(p, iso);
                add_block(p, ST_META, a, b, -1, 1);
                return 1;
            }
        }
    }
    size_t dx, dy, ks, ke;
    int narrated = 0;
    /* a delivery note and a date, a dash between: « 24 octobre 2025 - Seul le
     * prononcé fait foi » (the date first), "As delivered – 6 March 2025" (the note
     * first, or a comma between) */
    int noted = 0;
    size_t dn = date_iso(p->order, s + a, b - a, iso);
    if (dn) {
        size_t x = skip_spaces(s, a + dn, b);
        size_t y = skip_spaces(s, x + txt_dash_len(s, x, b), b);
        noted = y > x && y < b && delivery_text(s, y, b, &dx, &dy);
    }
    for (size_t x = a + 1; !noted && x + 2 < b; x++) {
        size_t sep = s[x] == ',' ? 1 : s[x] == ' ' && txt_dash_len(s, x + 1, b) ? 1 + txt_dash_len(s, x + 1, b) : 0;
        if (!sep)
            continue;
        size_t y = skip_spaces(s, x + sep, b);
        noted = y < b && date_iso(p->order, s + y, b - y, iso) && delivery_text(s, a, x, &dx, &dy);
        break;
    }
    if (noted) {
        if (dry)
            return 1;
        set_date(p, iso);
        if (!d->delivery)
            set_field(p, &d->delivery, s, dx, dy);
        add_block(p, ST_META, a, b, -1, 1);
        return 1;
    }
    if (delivery_text(s, a, b, &dx, &dy)) {
        if (dry)
            return 1;
        if (!d->delivery) /* ("E&OE TRANSCRIPT" over "PROOF ONLY": the first) */
            set_field(p, &d->delivery, s, dx, dy);
        add_block(p, ST_META, dx, dy, -1, 1);
        return 1;
    }
    /* "REMARKS AS PREPARED FOR DELIVERY": a kind and a delivery note, no title */
    const char *kind;
    if (kind_delivery(s, a, b, &ks, &ke, &dx, &dy, &kind)) {
        if (dry)
            return 1;
        if (!d->kind && kind_line(s, ks, ke, &ks, &ke, &narrated)) {
            /* as the list writes it: "Remarks", not "REMARKS" */
            if (!(d->kind = xstrndup(kind, ke - ks)))
                p->st = HD_ERR_NOMEM;
            d->narrated = narrated;
        }
        if (!d->delivery)
            set_field(p, &d->delivery, s, dx, dy);
        add_block(p, ST_META, a, b, -1, 1);
        return 1;
    }
    /* "No PR-48/2026-ISPR          Dated: March 12, 2026": a release's number and its
     * date field on one line */
    for (size_t x = a; x + 7 < b; x++)
        if ((x == a || s[x - 1] == ' ') && (strncmp(s + x, "Dated:", 6) == 0 || strncmp(s + x, "Dated ", 6) == 0)) {
            size_t y = skip_spaces(s, x + 6, b);
            size_t kk = y < b ? date_iso(p->order, s + y, b - y, iso) : 0;
            if (!kk || skip_spaces(s, y + kk, b) != b)
                break;
            return dated_line(p, a, b, iso, dry);
        }
    /* "1298TH MEETING", "47th session": which meeting of a council, not a title */
    {
        size_t x = a;
        while (x < b && isdigit((unsigned char)s[x]))
            x++;
        static const char *const sittings[] = {"meeting", "session", "sitting", "plenary meeting",
                                               "plenary session", "ordinary session", "extraordinary session"};
        if (x > a && x + 3 < b && (starts_with_ci(s + x, b - x, "st ") || starts_with_ci(s + x, b - x, "nd ") ||
                                   starts_with_ci(s + x, b - x, "rd ") || starts_with_ci(s + x, b - x, "th ")))
            for (size_t k = 0; k < sizeof sittings / sizeof *sittings; k++)
                if (equals_ci(s + x + 3, b - x - 3, sittings[k])) {
                    if (!dry)
                        add_block(p, ST_META, a, b, -1, 1);
                    return 1;
                }
    }
    static const char release[] = "For immediate release";
    if (release_line(s, a, b)) {
        if (dry)
            return 1;
        p->release = 1;
        size_t i = a + (starts_with_ci(s + a, b - a, release) ? sizeof release - 1 : 0);
        while (i < b && (s[i] == ':' || s[i] == ' ' || s[i] == ','))
            i++;
        while (i < b && ((i > a && isalnum((unsigned char)s[i - 1])) || !date_iso(p->order, s + i, b - i, iso)))
            i++;
        if (i < b && date_iso(p->order, s + i, b - i, iso))
            set_date(p, iso);
        /* an instruction to editors, not read (« Pour diffusion immédiate » neither);
         * a date on it dates the statement, and is read as its date line would be */
        size_t da = i, db = b;
        /* ("Embargo: The report and all related materials are under strict embargo
         * until 23 April 2025, 00:01 CEST.": a sentence that says what waits for the
         * date, read whole) */
        size_t lead = a;
        while (lead < b && s[lead] != ':')
            lead++;
        if (lead < b && da <= b && txt_words(s, lead + 1, da) >= 5 && ends_with_terminal(s, a, b))
            da = skip_spaces(s, lead + 1, b);
        if (da < b && (da < i || date_iso(p->order, s + da, b - da, iso)))
            add_block(p, ST_META, da, db, -1, 1);
        return 1;
    }
    /* A date line, or a place-date line ("Brussels, 3 March 2023"), or a time line. */
    size_t k = date_iso(p->order, s + a, b - a, iso);
    if (!k && data_lang() != 0) {
        /* « Le 3 mars 2025 », "El 3 de marzo de 2025": the article before the date */
        size_t e = a;
        while (e < b && s[e] != ' ')
            e++;
        if (e < b && e > a && data_has_line("en/articles.txt", s + a, e - a)) {
            size_t c = skip_spaces(s, e, b);
            k = date_iso(p->order, s + c, b - c, iso);
            if (k)
                k += c - a;
        }
    }
    /* "on January 24, 2025" under the title that names the event (its line broken
     * before the date) */
    if (!k && data_lang() == 0 && b - a > 3 && strncmp(s + a, "on ", 3) == 0) {
        size_t c = skip_spaces(s, a + 3, b);
        k = date_iso(p->order, s + c, b - c, iso);
        if (k)
            k += c - a;
    }
    if (!k) {
        const char *comma = memchr(s + a, ',', b - a);
        /* "Rawalpindi - October 16, 2025": a place and a dash before the date */
        const char *dsh = memchr(s + a, '-', b - a);
        if (dsh && dsh > s + a + 1 && dsh[-1] == ' ' && (size_t)(dsh - s) + 2 < b && dsh[1] == ' ' &&
            (!comma || dsh < comma) && txt_words(s, a, (size_t)(dsh - s)) <= 3)
            comma = dsh;
        if (comma && txt_words(s, a, (size_t)(comma - s)) <= 3) {
            size_t c = skip_spaces(s, (size_t)(comma - s) + 1, b);
            /* "Bhubaneswar, dated 07.03.2025"; « Paris, le 3 mars 2025 », "Madrid, el
             * 3 de marzo" (an article of data/fr/articles.txt) */
            if (starts_with_ci(s + c, b - c, "dated "))
                c = skip_spaces(s, c + 6, b);
            else if (data_lang() != 0) {
                size_t e = c;
                while (e < b && s[e] != ' ')
                    e++;
                if (e < b && e > c && data_has_line("en/articles.txt", s + c, e - c))
                    c = skip_spaces(s, e, b);
            }
            k = date_iso(p->order, s + c, b - c, iso);
            if (k)
                k += c - a;
        }
    }
    /* "Sacramento, CA – Jan. 28, 2025", "WASHINGTON, D.C. — Jan. 28, 2025": a longer
     * place, a dash, the date to the line's end */
    for (size_t x = a + 1; !k && x < b && txt_words(s, a, b) <= 12; x++)
        if (s[x - 1] == ' ' && isalnum((unsigned char)s[x])) {
            size_t kk = date_iso(p->order, s + x, b - x, iso);
            if (kk && place_date_at(s, a, b, x, kk))
                k = x + kk - a;
        }
    if (k && date_tail(s, a + k, b)) {
        return dated_line(p, a, b, iso, dry);
    }
    /* "Volume 773: debated on Wednesday 15 October 2025", "Held at … on 9 October
     * 2025": a short line that ends in its date after "on"; but the first line is the
     * title ("Spokesperson Lin Ruoxi's Regular Press Conference on March 5, 2025") */
    size_t f0 = next_content(p, 0);
    int first_line = f0 < p->nlines && p->lines[f0].start <= a && a <= p->lines[f0].end;
    /* (twelve words to the date's end: "… at 7.00 pm" after it is the hour) */
    if (txt_words(s, a, b) <= 16 && !(first_line && txt_words(s, a, b) >= 6)) {
        for (size_t x = a; x + 4 < b; x++)
            if (strncmp(s + x, " on ", 4) == 0 && !headline_on(s, a, x)) {
                size_t c = x + 4;
                size_t kk = date_iso(p->order, s + c, b - c, iso);
                if (kk && txt_words(s, a, c + kk) <= 12 && date_tail(s, c + kk, b) && !ends_with_terminal(s, a, b)) {
                    return dated_line(p, a, b, iso, dry);
                }
            }
    }
    /* "347 AM CST Tue Jan 14 2025", "9:05 A.M. EDT, March 3, 2025": the time, then the
     * date */
    {
        dt_time tt;
        size_t tl = dt_time_at(s + a, b - a, &tt);
        size_t c = tl ? skip_spaces(s, a + tl, b) : b;
        if (c < b && s[c] == ',')
            c = skip_spaces(s, c + 1, b);
        size_t kk = c < b ? date_iso(p->order, s + c, b - c, iso) : 0;
        if (kk && date_tail(s, c + kk, b))
            return dated_line(p, a, b, iso, dry);
    }
    if (parse_clock(s + a, b - a, hm) && txt_words(s, a, b) <= 4) {
        if (dry)
            return 1;
        add_block(p, ST_META, a, b, -1, 1);
        return 1;
    }
    /* "Republic Of Türkiye Ministry Of Foreign Affairs 03.09.2025": the office's name,
     * then the date, under the title */
    if (!first_line && txt_words(s, a, b) <= 12 && !ends_with_terminal(s, a, b))
        for (size_t x = a + 1; x + 6 < b; x++)
            if (s[x - 1] == ' ' && isdigit((unsigned char)s[x]) && capitalised_words(s, a, x - 1) &&
                !memchr(s + a, ',', x - a) && !memchr(s + a, ':', x - a) && !date_after_preposition(s, a, x)) {
                size_t kk = date_iso(p->order, s + x, b - x, iso);
                if (kk && skip_spaces(s, x + kk, b) == b)
                    return dated_line(p, a, b, iso, dry);
                break;
            }
    /* "PM Tan Wei Jie | 7 November 2024": who and when, between bars */
    for (size_t x = b; x > a + 2; x--)
        if (s[x - 1] == '|' && s[x - 2] == ' ') {
            size_t c = skip_spaces(s, x, b);
            size_t kk = c < b ? date_iso(p->order, s + c, b - c, iso) : 0;
            if (!kk || !date_tail(s, c + kk, b) || txt_words(s, a, b) > 14)
                break;
            return dated_line(p, a, b, iso, dry);
        }
    return 0;
}

/* A cue the body takes: a strong one, or in a transcript a name-like label; but
 * before any cue has been heard a name-like label over a few words that end no
 * sentence is a title ("Flood Defences: Severn Marshes"). */
/* Whether a weak cue's label is one word ("Hale:", "First:", "Media:"). */
static int one_word_label(const parser *p, const spk_cue *c)
{
    return c->kind == CUE_NAMED && c->label_end > c->label_start &&
           !memchr(p->s + c->label_start, ' ', c->label_end - c->label_start);
}

/* Counts, once for the statement, the lines each weak label opens ("Hale:", "Senator
 * Okafor.") and the lines that open with a label ended by a stop, whichever. */
static int titled_period(const parser *p, const spk_cue *c);

static void count_labels(parser *p)
{
    if (p->words_counted)
        return;
    p->words_counted = 1;
    for (size_t i = 0; i < p->nlines && p->st == HD_OK; i++) {
        size_t x, y;
        line_span(p, i, &x, &y);
        spk_cue c;
        long k = 0;
        if (x >= y || !spk_read_cue(p->s, x, y, &c))
            continue;
        p->period_lines += c.period;
        p->titled_periods += titled_period(p, &c);
        hm_get(&p->labels, p->s + c.label_start, c.label_end - c.label_start, &k);
        if (hm_put(&p->labels, p->s + c.label_start, c.label_end - c.label_start, k + 1, HM_MAX) != 0)
            p->st = HD_ERR_NOMEM;
        k = 0;
        if (c.strong || !(one_word_label(p, &c) || c.period))
            continue;
        hm_get(&p->words, p->s + c.label_start, c.label_end - c.label_start, &k);
        if (hm_put(&p->words, p->s + c.label_start, c.label_end - c.label_start, k + 1, HM_MAX) != 0)
            p->st = HD_ERR_NOMEM;
    }
}

/* How many lines of the statement open with the weak label s[a, a + n). */
static long word_label_uses(parser *p, size_t a, size_t n)
{
    long k = 0;
    count_labels(p);
    hm_get(&p->words, p->s + a, n, &k);
    return k;
}

/* "Host", "Reporter", "Correspondent": a broadcast's role, as a header's field label
 * over the name of who holds it */
static int broadcast_role(const char *s, size_t a, size_t b)
{
    static const char *const r[] = {"Host", "Hosts", "Reporter", "Correspondent", "Producer", "Interviewer", "Anchor"};
    for (size_t k = 0; k < sizeof r / sizeof *r; k++)
        if (equals_ci(s + a, b - a, r[k]))
            return 1;
    return 0;
}

/* "Tom Bell: 40 at least.", "MS. REID: £5 each.": a label over a figure, at s[a, b), is
 * a turn when it addresses a person by a title or opens another line as a cue;
 * "Revenue: 12%", "GAAP EPS: $1.07" are fields. 1 and *c when it is one. */
static int figure_turn(parser *p, size_t a, size_t b, spk_cue *c)
{
    int titled = 0;
    if (!spk_read_figure_cue(p->s, a, b, c, &titled))
        return 0;
    if (titled)
        return 1;
    long k = 0;
    count_labels(p);
    hm_get(&p->labels, p->s + c->label_start, c->label_end - c->label_start, &k);
    return k > 0;
}

/* How many lines of the statement open with a label ended by a stop. */
static long period_labels(parser *p)
{
    count_labels(p);
    return p->period_lines;
}

/* "Chairman Tolliver.", "Senator Achebe.", "Ms. Vanterpool.": a record's label ended by
 * a stop whose first word is an office or a form of address. */
static int titled_period(const parser *p, const spk_cue *c)
{
    size_t a = c->label_start, e = a;
    while (e < c->label_end && p->s[e] != ' ')
        e++;
    /* (in capitals too: "CHAIR POWELL.", "SENATOR ACHEBE.") */
    int caps = !txt_has_lower(p->s + a, c->label_end - a);
    return c->period && e < c->label_end && (spk_honorific(p->s + a, e - a) || spk_role_word_in(p->s, a, e, caps));
}

/* "MICHELLE SMITH.", "STEVE LIESMAN.": a label in capitals of two or three words,
 * each a name's, ended by a stop (in a record whose other labels are titled:
 * "CHAIR POWELL.") */
static int full_caps_name(const parser *p, const spk_cue *c)
{
    size_t a = c->label_start, b = c->label_end, words = txt_words(p->s, a, b);
    if (!c->period || words < 2 || words > 3 || txt_has_lower(p->s + a, b - a))
        return 0;
    for (size_t x = a; x < b; x++)
        if (!isupper((unsigned char)p->s[x]) && p->s[x] != ' ' && p->s[x] != '-' && p->s[x] != '\'')
            return 0;
    return 1;
}

/* Whether a cue with no words after its colon, ending at b, stands over a quotation
 * ("Ana Ruiz, Cabinet Member for Environment:" / "“These barriers …”"): a release's
 * way of saying who is quoted, not a transcript's turn. */
static int quote_lead(const parser *p, const spk_cue *c, size_t b)
{
    if (c->text_start < b)
        return 0;
    size_t n = b;
    while (n < p->doc->len && (p->s[n] == '\n' || p->s[n] == '\r' || p->s[n] == ' ' || p->s[n] == '\t'))
        n++;
    return n < p->doc->len && (p->s[n] == '"' || (n + 3 <= p->doc->len && memcmp(p->s + n, "\xE2\x80\x9C", 3) == 0));
}

/* Whether a cue's words are only a way to reach someone ("Ms Ann Roe, Head of
 * Department: +31 70 302 2336", "Press office: press@example.org"): a contact line. */
static int contact_text(const parser *p, const spk_cue *c, size_t b)
{
    size_t a = c->text_start;
    if (a >= b)
        return 0;
    const char *s = p->s;
    size_t digits = 0, other = 0;
    for (size_t i = a; i < b; i++) {
        if (s[i] == '@' && txt_words(s, a, b) <= 4)
            return 1;
        if (isdigit((unsigned char)s[i]))
            digits++;
        else if (isalpha((unsigned char)s[i]))
            other++;
    }
    return (s[a] == '+' || s[a] == '(' || isdigit((unsigned char)s[a])) && digits >= 7 && other <= 6;
}

/* s[a, b) is a headline in capitals: four words or more, no lower case, no stop at
 * its end. */
static int caps_headline(const char *s, size_t a, size_t b)
{
    return a < b && txt_words(s, a, b) >= 4 && !txt_has_lower(s + a, b - a) && !ends_with_terminal(s, a, b);
}

static int quoted_cue(const parser *p, const spk_cue *c, size_t b);

static int greeting(const char *s, size_t a, size_t b);
static int label_again(parser *p, size_t i, const spk_cue *c);

/* Whether s[a, b) speaks to or for someone: "I", "we", "you", a question, a greeting. */
static int addressed(const char *s, size_t a, size_t b)
{
    if (first_person(s, a, b) || memchr(s + a, '?', b - a) || greeting(s, a, b))
        return 1;
    /* "Senator, thanks for being here.": a person called by name or office first */
    size_t w = a;
    while (w < b && isalpha((unsigned char)s[w]))
        w++;
    if (w > a && w < b && s[w] == ',' && isupper((unsigned char)s[a]) && txt_words(s, a, b) > 1)
        return 1;
    static const char *const polite[] = {"thank", "thanks", "welcome", "please", "sorry"};
    for (size_t x = a; x < b;) {
        while (x < b && !isalpha((unsigned char)s[x]))
            x++;
        size_t e = x;
        while (e < b && isalpha((unsigned char)s[e]))
            e++;
        for (size_t k = 0; k < sizeof polite / sizeof *polite; k++)
            if (equals_ci(s + x, e - x, polite[k]))
                return 1;
        x = e;
    }
    for (size_t i = a; i + 3 <= b; i++)
        if ((i == a || !isalpha((unsigned char)s[i - 1])) && u8_ncasecmp(s + i, "you", 3) == 0 &&
            (i + 3 == b || !isalpha((unsigned char)s[i + 3]) || (i + 4 <= b && (s[i + 3] == 'r' || s[i + 3] == 'R'))))
            return 1;
    return 0;
}

/* Whether the statement's first lines name someone whose surname is the word w, in
 * any case ("Maren Holt" for "Holt"). */
static int header_names(parser *p, const char *w)
{
    size_t wl = strlen(w), seen = 0;
    const char *s = p->s;
    for (size_t i = next_content(p, 0); i < p->nlines && seen < 10; i = next_content(p, i + 1), seen++) {
        size_t a, b;
        line_span(p, i, &a, &b);
        for (size_t x = a + 3; x + wl <= b; x++) {
            if (s[x - 1] != ' ' || !isupper((unsigned char)s[x]) || u8_ncasecmp(s + x, w, wl) != 0 ||
                (x + wl < b && isalpha((unsigned char)s[x + wl])))
                continue;
            size_t v = x - 1; /* the word before: a given name, capitalised */
            while (v > a && isalpha((unsigned char)s[v - 1]))
                v--;
            if (x - 1 - v >= 2 && isupper((unsigned char)s[v]) && islower((unsigned char)s[v + 1]))
                return 1;
        }
    }
    return 0;
}

/* Whether t has a role word that is a person's ("Minister", "Spokesperson"), not only
 * the words of a country or a body that roles.txt holds too ("United Kingdom"). */
static int person_role_word(const char *t)
{
    for (const char *w = t; *w;) {
        size_t l = strcspn(w, " ");
        int body = l && data_word_line("en/bodies.txt", w, l, 1, DATA_ANYWHERE);
        if (l && !body && data_word_line("en/roles.txt", w, l, 1, DATA_ANYWHERE))
            return 1;
        w += l;
        while (*w == ' ')
            w++;
    }
    return 0;
}

/* Whether the statement's labelled lines are a list's fields, not turns: every line
 * that opens with a label ("TICKETS:" over a line, "Brazil: Authorities seized …",
 * "United Kingdom: The regulator seized …") goes on in the third person and speaks to
 * no one, and no label names a person or asks. Worked out once. */
static int labels_narrated(parser *p)
{
    if (p->narrated_labels)
        return p->narrated_labels > 0;
    const char *s = p->s;
    int yes = 0, no = 0, persons = 0, sentences = 0;
    for (size_t i = 0; i < p->nlines && !no; i++) {
        size_t a, b, ta, tb;
        line_span(p, i, &a, &b);
        spk_cue c;
        if (b <= a || !spk_read_cue(s, a, b, &c) || quote_lead(p, &c, b) || contact_text(p, &c, b) ||
            contact_label(s, a, b) || about_label(s, a, b))
            continue; /* ("… Tamsin Pengelly said: \"…\"", "Media contact: …": no labels) */
        if (c.kind != CUE_NAMED || c.label_end <= c.label_start) {
            no = 1;
            break;
        }
        ta = c.text_start;
        tb = b;
        if (ta >= b && i + 1 < p->nlines && !line_blank(p, i + 1))
            line_span(p, i + 1, &ta, &tb);
        if (ta >= tb || is_open_quote(s, ta, tb))
            continue;
        char *label = txt_has_lower(s + c.label_start, c.label_end - c.label_start)
                          ? txt_clean(s, c.label_start, c.label_end)
                          : spk_title_case(s + c.label_start, c.label_end - c.label_start);
        char *role = NULL, *name = NULL;
        int person = label && spk_split_person(label, &role, &name) == HD_OK && name && (strchr(name, ' ') || role);
        /* (a surname the header names in full: "HOLT:" under "Sunday Ledger with Maren
         * Holt") */
        person |= label && !strchr(label, ' ') && header_names(p, label);
        /* (a role of a person's: "Spokesperson", "Minister"; not a country's or a
         * body's words, "United Kingdom", "European Union") */
        person |= label && role && !name && person_role_word(label);
        free(label);
        free(role);
        free(name);
        /* (a label said again is a turn's: "SMITH:" … "JONES:" … "SMITH:") */
        if (addressed(s, ta, tb) || label_again(p, i, &c))
            no = 1;
        else if (person)
            persons++;
        else
            yes = 1;
        /* (what follows a turn's label is said: a sentence, a question) */
        sentences += ends_with_terminal(s, ta, tb) || memchr(s + ta, '?', tb - ta) || find_ci(s, ta, tb, ". ");
    }
    /* labels that read as persons' ("Present Movement:", "Location of Center (10:00
     * PM):", "Intensity:") over values that none of them says as a sentence, each
     * label once: a bulletin's fields, as weather services set them, no turns */
    int fields = !no && persons && !sentences && yes + persons >= 2;
    p->narrated_labels = (yes && !no && !persons) || fields ? 1 : -1;
    return p->narrated_labels > 0;
}

static size_t count_cue_lines(parser *p);

/* Whether s[a, b) is a roster: names (a word to three, capitalised) parted by commas
 * and semicolons, four or more ("Whitcombe; Adeyemi, Kowalczyk, O'Dowd (c), Marsh"). */
static int roster(const char *s, size_t a, size_t b)
{
    size_t parts = 0;
    while (b > a && (s[b - 1] == '.' || s[b - 1] == ' '))
        b--;
    for (size_t x = a; x < b;) {
        while (x < b && (s[x] == ' ' || s[x] == ',' || s[x] == ';'))
            x++;
        size_t w = x;
        while (x < b && s[x] != ',' && s[x] != ';')
            x++;
        if (x == w)
            continue;
        /* the name, brackets aside ("O'Dowd (c)", "Fry (Mensah-Lund 62)": the captain's
         * mark, a substitute and his minute) */
        size_t words = 0, depth = 0;
        int word = 0;
        for (size_t k = w; k < x; k++) {
            if (s[k] == '(' || s[k] == ')') {
                if (s[k] == '(')
                    depth++;
                else if (depth)
                    depth--;
                word = 0;
                continue;
            }
            if (depth)
                continue;
            if (s[k] == '.' || isdigit((unsigned char)s[k]))
                return 0;
            if (s[k] == ' ')
                word = 0;
            else if (!word) {
                word = 1;
                words++;
            }
        }
        if (!(isupper((unsigned char)s[w]) || (unsigned char)s[w] >= 0x80) || words > 3)
            return 0;
        parts++;
    }
    return parts >= 4;
}

/* A label over a field's value, not a turn, outside transcripts: a team's line-up
 * (a roster after the label), a label alone over a list of points ("Executive
 * Order:" over bullets), or one of a block of labelled lines with short values and no
 * sentence ("Referee: Graham Pike" over "Attendance: 18,412"). */
/* Whether the cue's label is one word, the surname of a speaker the statement has
 * already heard ("VOSS:" after "SARAH VOSS, BYLINE:"). */
static int speaker_surname(const parser *p, const spk_cue *c)
{
    size_t n = c->label_end - c->label_start;
    const char *l = p->s + c->label_start;
    if (n < 2 || memchr(l, ' ', n))
        return 0;
    for (size_t k = 0; k < p->doc->nspeakers; k++) {
        const char *nm = p->doc->speakers[k].name;
        const char *last = nm ? strrchr(nm, ' ') : NULL;
        if (last && strlen(last + 1) == n && u8_ncasecmp(last + 1, l, n) == 0)
            return 1;
    }
    return 0;
}

static int field_cue(parser *p, const spk_cue *c, size_t b)
{
    const char *s = p->s;
    size_t i = line_from(p, c->label_start);
    if (i >= p->nlines || c->kind != CUE_NAMED)
        return 0;
    /* (not a speaker's own surname once turns have begun: a reporter's sign-off, "VOSS:
     * Sarah Voss, NPR News, Broken Bow, Neb.") */
    if (c->text_start < b && roster(s, c->text_start, b) && !(p->cues_seen && speaker_surname(p, c)))
        return 1;
    /* (once turns have begun, a label is a turn's: a deposition's short answers) */
    if (p->cues_seen)
        return 0;
    size_t n = next_content(p, i + 1), na, nb;
    if (c->text_start >= b && n < p->nlines) {
        line_span(p, n, &na, &nb);
        return bullet_len(s, na, nb) > 0;
    }
    if (ends_with_terminal(s, c->text_start, b) || txt_words(s, c->text_start, b) > 6)
        return 0;
    for (int side = -1; side <= 1; side += 2) {
        size_t k = (size_t)((long)i + side);
        if ((side < 0 && i == 0) || k >= p->nlines || line_blank(p, k))
            continue;
        size_t x, y;
        line_span(p, k, &x, &y);
        spk_cue kc;
        if (spk_read_cue(s, x, y, &kc) && kc.kind == CUE_NAMED && kc.text_start < y &&
            !ends_with_terminal(s, kc.text_start, y) && txt_words(s, kc.text_start, y) <= 6)
            return 1;
    }
    return 0;
}

/* "Vandermeer Group: H1 2025 results": an organisation's name, a colon and a
 * headline (no sentence's end, a few words): the release's headline, nobody's turn. */
static int org_headline(parser *p, const spk_cue *c, size_t b)
{
    const char *s = p->s;
    return c->kind == CUE_NAMED && c->label_end > c->label_start && c->text_start < b &&
           org_line(s, c->label_start, c->label_end) && !ends_with_terminal(s, c->text_start, b) &&
           txt_words(s, c->text_start, b) <= 14 && !is_open_quote(s, c->text_start, b);
}

/* Whether s[a, b) opens by thanking, by a word of their name, the person called
 * name: "Thank you, Alma.", "Thanks, Ms Reyes." */
static int thanks_by_name(const char *s, size_t a, size_t b, const char *name)
{
    static const char *const opens[] = {"Thank you, ", "Thanks, ", "Thank you very much, ", "Thanks very much, "};
    size_t x = b;
    for (size_t k = 0; k < sizeof opens / sizeof *opens && x == b; k++)
        if (starts_with_ci(s + a, b - a, opens[k]))
            x = a + strlen(opens[k]);
    if (x >= b)
        return 0;
    /* past a form of address ("Ms Reyes") */
    size_t e = x;
    while (e < b && isalpha((unsigned char)s[e]))
        e++;
    if (e < b && (s[e] == ' ' || s[e] == '.') && spk_honorific(s + x, e - x + (s[e] == '.'))) {
        x = skip_spaces(s, e + (s[e] == '.'), b);
        for (e = x; e < b && isalpha((unsigned char)s[e]);)
            e++;
    }
    if (e - x < 2)
        return 0;
    for (const char *w = name; *w;) {
        size_t wl = strcspn(w, " ");
        if (wl == e - x && strncmp(w, s + x, wl) == 0)
            return 1;
        w += wl;
        while (*w == ' ')
            w++;
    }
    return 0;
}

static int person_words(const char *s, size_t a, size_t b, int singular);
static int greeting(const char *s, size_t a, size_t b);
/* "LOWERING COSTS: The plan cuts closing costs." in a fact sheet: a run-in heading in
 * capitals, two words or more, one of them a verb's -ING form ("BUILDING", "PUTTING";
 * no office's word), that no other line opens with: what the paragraph is about, not
 * who says it ("MANNING:" said again is a speaker). */
static int gerund_heading(parser *p, const spk_cue *c)
{
    const char *s = p->s;
    size_t a = c->label_start, e = c->label_end;
    if (c->kind != CUE_NAMED || e <= a || txt_has_lower(s + a, e - a) || !memchr(s + a, ' ', e - a))
        return 0;
    /* (the first word; not an office's "ACTING CHAIR", "RANKING MEMBER", "PRESIDING
     * OFFICER", nor a programme's "MORNING PRESENTER") */
    static const char *const offices[] = {"ACTING",   "PRESIDING", "VISITING", "OUTGOING", "INCOMING",
                                          "RETIRING", "SITTING",   "MORNING",  "EVENING",  "GOVERNING",
                                          "RULING",   "SERVING",   "RANKING",  "LEADING",  "REPORTING"};
    size_t w = a;
    while (w < e && s[w] != ' ')
        w++;
    if (w - a < 6 || memcmp(s + w - 3, "ING", 3) != 0)
        return 0;
    for (size_t k = 0; k < sizeof offices / sizeof *offices; k++)
        if (strlen(offices[k]) == w - a && memcmp(s + a, offices[k], w - a) == 0)
            return 0;
    size_t n = 0;
    for (size_t k = 0; k < p->nlines && n < 2; k++) {
        size_t x, y;
        line_span(p, k, &x, &y);
        while (x < y && (s[x] == '*' || s[x] == '_'))
            x++; /* (a label in bold: "**ROLLING RECORD:**") */
        n += y - x > e - a && memcmp(s + x, s + a, e - a) == 0 && !isalpha((unsigned char)s[x + (e - a)]);
    }
    return n < 2;
}

/* "Ukraine: Humanitarian Aid" alone in its paragraph over a paragraph no label opens,
 * as a noon briefing heads its items: a place or topic and a heading in Title Case,
 * no sentence (no stop, no question), not a turn. A questioner's, an answerer's or a
 * host's label, and a person the statement names, keep their turns ("MODERATOR: Next
 * Question"); so does a label that opens a turn elsewhere with a sentence. */
static int topic_heading(parser *p, const spk_cue *c, size_t b)
{
    const char *s = p->s;
    size_t a = c->text_start, n = p->doc->len;
    if (c->kind != CUE_NAMED || a >= b || c->label_end <= c->label_start || txt_words(s, a, b) < 2 ||
        txt_words(s, a, b) > 8 || txt_words(s, c->label_start, c->label_end) > 3 || ends_with_terminal(s, a, b) ||
        memchr(s + a, '?', b - a) || memchr(s + a, '!', b - a) || memchr(s + a, ',', b - a) ||
        !isupper((unsigned char)s[a]) || !title_cased(s, a, b) || is_open_quote(s, a, b) ||
        spk_known_person(p->doc, s, c->label_start, c->label_end))
        return 0;
    /* (its words capitalised, not a shout in capitals: "MS RUIZ: THANK YOU"; no
     * person, "Secretary: Ms Ruth Delahay (Judicial Services)", a field's) */
    if (!txt_has_lower(s + a, b - a) || memchr(s + a, '(', b - a))
        return 0;
    for (size_t x = a; x < b;) {
        size_t e = x;
        while (e < b && s[e] != ' ')
            e++;
        if (spk_honorific(s + x, e - x))
            return 0;
        x = e + 1;
    }
    /* alone: a blank line under it, then a paragraph no label opens */
    size_t x = b;
    while (x < n && (s[x] == ' ' || s[x] == '\t' || s[x] == '\r'))
        x++;
    if (x < n && s[x] == '\n')
        x++;
    size_t y = x;
    while (y < n && (s[y] == ' ' || s[y] == '\t' || s[y] == '\r'))
        y++;
    if (y < n && s[y] != '\n')
        return 0;
    while (y < n && isspace((unsigned char)s[y]))
        y++;
    if (y >= n)
        return 0;
    size_t e = y;
    while (e < n && s[e] != '\n')
        e++;
    spk_cue nc;
    if (spk_read_cue(s, y, e, &nc) || !ends_with_terminal(s, y, e))
        return 0;
    /* the label over a sentence elsewhere is a speaker's (looked for within a few
     * thousand lines, so that a record of many such headings costs no square) */
    size_t ll = c->label_end - c->label_start, here = line_from(p, c->label_start);
    size_t k0 = here > 2000 ? here - 2000 : 0, k1 = here + 2000 < p->nlines ? here + 2000 : p->nlines;
    for (size_t k = k0; k < k1; k++) {
        size_t lx, ly;
        line_span(p, k, &lx, &ly);
        if (lx != c->label_start && ly - lx > ll && memcmp(s + lx, s + c->label_start, ll) == 0 &&
            spk_read_cue(s, lx, ly, &nc) && nc.label_end == lx + ll && ends_with_terminal(s, nc.text_start, ly))
            return 0;
    }
    return 1;
}

static int dot_leaders(const char *s, size_t a, size_t b);
static int turn_line(const char *s, size_t a, size_t b);
static int record_line(parser *p, size_t i);
static int interjection(const char *s, const spk_cue *c);

/* Whether a cue's words open with a service's status ("DLR: Good service.",
 * "London Overground (Mildmay line): Part closed …"; data/en/service-status.txt): a
 * transport operator's list, no one's turn. */
static int status_text(const parser *p, const spk_cue *c, size_t b)
{
    const char *s = p->s;
    size_t t = c->text_start;
    if (t >= b || !isupper((unsigned char)s[t]) || txt_words(s, t, b) > 12)
        return 0;
    const char *lines[8];
    size_t lens[8], n = data_prefix_lines("en/service-status.txt", s + t, b - t, 1, lines, lens, 8);
    for (size_t k = 0; k < n; k++) {
        size_t e = t + lens[k];
        if (e == b || s[e] == '.' || s[e] == ',' || s[e] == ';' || s[e] == ' ')
            return 1;
    }
    return 0;
}

static int body_cue(parser *p, const spk_cue *c, size_t b)
{
    if (quote_lead(p, c, b) || contact_text(p, c, b) || org_headline(p, c, b))
        return 0;
    if (c->kind == CUE_NAMED && status_text(p, c, b))
        return 0;
    /* "ANDREW HALL:" said again, or over words a person says (the first person, a
     * question); not "SITUATION REPORT: Crews contained …" heading a paragraph */
    if (c->kind_ended && c->kind == CUE_NAMED && c->text_start < b && !first_person(p->s, c->text_start, b) &&
        !memchr(p->s + c->text_start, '?', b - c->text_start)) {
        long k = 0;
        count_labels(p);
        hm_get(&p->labels, p->s + c->label_start, c->label_end - c->label_start, &k);
        if (k < 2)
            return 0;
    }

    /* "HECKLER: Rubbish!" in a speech: a cry from the floor, however short (a field's
     * words end no sentence: "Audience: General public; GPs") */
    if (c->text_start < b && interjection(p->s, c) && ends_with_terminal(p->s, c->text_start, b))
        return 1;
    /* "President: Mr. Yang ........ (Cameroon)": a record's roster, no turn */
    if (c->text_start < b && dot_leaders(p->s, c->text_start, b) && !ends_with_terminal(p->s, c->text_start, b))
        return 0;
    /* "FORECAST: Rainfall totals …", "ROAD CLOSURES: …", a recall's "Hazard: …": a
     * notice's field (data/en/header-fields.txt, references), read with its label by
     * the narrator wherever it stands, no one's turn */
    {
        size_t fv;
        int holds = 0;
        /* (the fields' labels made the statement look like a transcript: a label said
         * once is no one's; one said again may be a person's) */
        if (c->label_end > c->label_start && field_at(p->s, c->label_start, b, &fv, &holds) &&
            (((holds == 'r' || holds == 'w') && !label_again(p, line_from(p, c->label_start), c)) || holds == 'v'))
            return 0;
    }
    /* 'Assemblymember Kristin Dahl: "…"' in a release: a person's name (two words or
     * more) over a quotation, whatever their title */
    if (!p->transcript && quoted_cue(p, c, b) && c->label_end > c->label_start &&
        isupper((unsigned char)p->s[c->label_start]) &&
        memchr(p->s + c->label_start, ' ', c->label_end - c->label_start))
        return 1;
    if (about_label(p->s, c->label_start, b) || contact_label(p->s, c->label_start, b))
        return 0; /* "About the Bank:", "Contact presse : …" */
    if (field_cue(p, c, b))
        return 0; /* "Referee: Graham Pike", "Harbourside (4-3-3): Whitcombe; …" */
    if (labels_narrated(p))
        return 0; /* "TICKETS:", "Brazil: Authorities seized …": a list's fields */
    /* "AM: Tour of the library." over "PM: Visit to the harbour.": a day's programme,
     * morning and afternoon, not Alan Morris and the Prime Minister */
    if (c->label_end - c->label_start == 2 && (memcmp(p->s + c->label_start, "AM", 2) == 0 ||
                                               memcmp(p->s + c->label_start, "PM", 2) == 0)) {
        /* (each once: "AM:" and "PM:" that take turns are two people talking) */
        size_t am = 0, pm = 0;
        for (const char *h = p->s; (h = strstr(h, "\nAM:")) != NULL && (size_t)(h - p->s) < p->doc->len; h++)
            am++;
        for (const char *h = p->s; (h = strstr(h, "\nPM:")) != NULL && (size_t)(h - p->s) < p->doc->len; h++)
            pm++;
        am += strncmp(p->s, "AM:", 3) == 0;
        pm += strncmp(p->s, "PM:", 3) == 0;
        /* (and no question between them: "AM: Prime Minister, will you …?" asks) */
        if (am == 1 && pm == 1 && !memchr(p->s + c->text_start, '?', b - c->text_start)) {
            const char *o = strstr(p->s, p->s[c->label_start] == 'A' ? "PM:" : "AM:");
            const char *oe = o ? strchr(o, '\n') : NULL;
            if (o && !memchr(o, '?', oe ? (size_t)(oe - o) : strlen(o)))
                return 0;
        }
    }
    /* "PM MARAPA: 50 YEARS OF INDEPENDENCE A MILESTONE FOR ALL": a headline in
     * capitals that names its subject, before any turn: no turn */
    if (!p->cues_seen && caps_headline(p->s, c->text_start, b))
        return 0;
    if (gerund_heading(p, c) || topic_heading(p, c, b))
        return 0;
    /* "The Ministers:" over a numbered list of what they agreed, as communiqués write
     * them: the list's lead-in, said by the narrator */
    if (c->text_start >= b && c->label_end - c->label_start > 4 &&
        u8_ncasecmp(p->s + c->label_start, "The ", 4) == 0) {
        size_t n = b;
        while (n < p->doc->len && (p->s[n] == '\n' || p->s[n] == '\r' || p->s[n] == ' ' || p->s[n] == '\t'))
            n++;
        size_t e = n;
        while (e < p->doc->len && p->s[e] != '\n')
            e++;
        if (n < e && (bullet_len(p->s, n, e) || number_len(p->s, n, e)))
            return 0;
    }
    /* "Ukraine: something happened …": a word in mixed case over a sentence that goes
     * on in lower case is a topic, not a turn */
    if (one_word_label(p, c) && c->text_start < b && islower((unsigned char)p->s[c->text_start]) &&
        txt_has_lower(p->s + c->label_start, c->label_end - c->label_start))
        return 0;
    /* "Secretary: Ms Ruth Delahay (Judicial Services)", "Audience: General public; GPs;
     * EDs": the statement's one labelled line, naming whom or what in a few words and
     * no sentence, is a field the narrator reads, not a turn that takes the rest */
    if (!p->cues_seen && c->text_start < b && count_cue_lines(p) == 1 &&
        !ends_with_terminal(p->s, c->text_start, b) && txt_words(p->s, c->text_start, b) <= 10)
        return 0;
    /* the statement's one labelled line, its words going on in lower case
     * ("Councillor Reid: a lifelong resident of the ward, she chairs …", "Question:
     * will the break be extended? No."), or a bare role's over a sentence of news
     * ("Host: Port Arden will welcome 1,500 athletes"; not a cry from the floor,
     * "Voz del público: ¡Gracias, presidente!"): a paragraph's topic, not a turn that
     * takes the rest */
    if (!p->cues_seen && c->text_start < b && count_cue_lines(p) == 1 &&
        (islower((unsigned char)p->s[c->text_start]) ||
         (c->kind != CUE_NAMED && txt_words(p->s, c->text_start, b) >= 6 &&
          !memchr(p->s + c->text_start, '?', b - c->text_start) &&
          !person_words(p->s, c->text_start, b, 0) && !greeting(p->s, c->text_start, b))))
        return 0;
    /* a release's questions and answers ("Question: Who is eligible?" / "Answer: All
     * residents …", a page of frequently asked ones): the publisher's, read by the
     * narrator with their labels, no questioner and no one who answers */
    if ((c->kind == CUE_QUESTION || c->kind == CUE_ANSWER) && c->outlet_end == c->outlet_start &&
        (p->release || (p->doc->kind && find_ci(p->doc->kind, 0, strlen(p->doc->kind), "release"))) && !p->cues_seen) {
        int named = 0; /* (a release that quotes a named person's interview has turns) */
        for (size_t k = 0; k < p->nlines && !named; k++) {
            size_t x, y;
            line_span(p, k, &x, &y);
            spk_cue nc;
            named = spk_read_cue(p->s, x, y, &nc) && nc.kind == CUE_NAMED && nc.strong && !field_cue(p, &nc, y);
        }
        if (!named)
            return 0;
    }
    if (c->strong)
        return 1;
    /* "Alma Reyes: Good afternoon, everybody." under "Press Briefing by Press
     * Secretary Alma Reyes": the one label names the header's person (two words or
     * more) over words said, a turn */
    if (!p->transcript && c->kind == CUE_NAMED && c->text_start < b &&
        txt_words(p->s, c->label_start, c->label_end) >= 2 &&
        spk_known_person(p->doc, p->s, c->label_start, c->label_end) &&
        (ends_with_terminal(p->s, c->text_start, b) || find_ci(p->s, c->text_start, b, ". ")))
        return 1;
    /* "Tom Hale: Thank you, Alma. …" while Alma Reyes speaks: the floor handed over,
     * a turn whose first words thank the one who gave it */
    if (!p->transcript && c->kind == CUE_NAMED && c->text_start < b && p->speaker >= 0 &&
        (size_t)p->speaker < p->doc->nspeakers && p->doc->speakers[p->speaker].name &&
        txt_words(p->s, c->label_start, c->label_end) >= 2 && name_only(p->s, c->label_start, c->label_end) &&
        thanks_by_name(p->s, c->text_start, b, p->doc->speakers[p->speaker].name))
        return 1;
    /* "Tobias Vrana: Thank you, Chair." under "I will now hand over to our CEO, Mr.
     * Tobias Vrana.": the floor handed to the one the label names in full */
    if (!p->transcript && c->kind == CUE_NAMED && c->text_start < b && txt_words(p->s, c->label_start, c->label_end) >= 2 &&
        name_only(p->s, c->label_start, c->label_end) && ends_with_terminal(p->s, c->text_start, b) &&
        introduced(p, line_from(p, c->label_start), c->label_start, c->label_end))
        return 1;
    if (!p->transcript)
        return 0;
    /* "Senator Okafor. Thank you.": a record's label only where it comes back, or
     * where the statement prints its turns so throughout */
    /* (or three such, each an office's or a form of address's: "Chairman Tolliver.",
     * "Senator Achebe.", "Ms. Vanterpool.", a hearing's excerpt) */
    if (c->period && word_label_uses(p, c->label_start, c->label_end - c->label_start) < 2 &&
        period_labels(p) < (titled_period(p, c) || (p->titled_periods && full_caps_name(p, c)) ? 3 : 4))
        return 0;
    /* one word in mixed case opening a line ("First: the President will travel…",
     * "Media: …" in a contact block) is a speaker only when it comes back, or names
     * someone the statement names */
    if (one_word_label(p, c) &&
        word_label_uses(p, c->label_start, c->label_end - c->label_start) < 2 &&
        !spk_known_person(p->doc, p->s, c->label_start, c->label_end)) {
        /* once only: a turn when what follows starts as a turn does ("Sidhant: Sir,
         * …"), not a sentence that goes on ("First: the President will …"), and the
         * word is no sentence's opening, date or publisher's note ("Correction:") */
        const char *w = p->s + c->label_start;
        size_t wl = c->label_end - c->label_start;
        size_t t = c->text_start;
        if (t >= b || !txt_starts_upper(p->s + t, b - t) ||
            data_word_line("en/starters.txt", w, wl, 1, DATA_ANYWHERE) || dt_month(w, wl) ||
            dt_weekday(w, wl) || is_note_paragraph(p->s, c->label_start, b))
            return 0;
    }
    return p->cues_seen || ends_with_terminal(p->s, c->text_start, b) ||
           txt_words(p->s, c->text_start, b) > 6;
}

/* Next non-blank line at or after i, or nlines. */
static size_t next_content(const parser *p, size_t i)
{
    while (i < p->nlines && line_blank(p, i))
        i++;
    return i;
}

static void find_transcript(parser *p, size_t from);

/* ------------------------------------------------------------ the header */

/* Whether the cue at line i is a headline's ("PM Netanyahu: We will not allow the
 * Houthis to threaten the Red Sea." under "Cabinet communique"): the statement's only
 * line that opens with a cue and goes on after it, the cue a strong label, a name in
 * mixed case, a line alone under the first lines, one sentence after it. */
/* "Team News: Injury Update Ahead of Harrowgate Rovers", 'Panel Discussion: "Cities
 * After Cars?"' as the first line, a blank or header line under it: a section's or an event's
 * name and a headline, no turn; its label opens no other line. The headline is in
 * Title Case (most of its longer words capitalised) or quoted, and ends no sentence. */
/* Whether s[a, b) is one quotation in double or single marks, straight or curly,
 * opening before a capital: a headline's ("'We cannot borrow our way to
 * prosperity'"), where a single mark need not open a line. */
static int wholly_quoted(const char *s, size_t a, size_t b)
{
    size_t ol = 0, cl = 0;
    if (a < b && (s[a] == '"' || s[a] == '\''))
        ol = 1;
    else if (a + 3 <= b && (memcmp(s + a, "\xE2\x80\x9C", 3) == 0 || memcmp(s + a, "\xE2\x80\x98", 3) == 0))
        ol = 3;
    if (b > a + ol && (s[b - 1] == '"' || s[b - 1] == '\''))
        cl = 1;
    else if (b >= a + ol + 3 && (memcmp(s + b - 3, "\xE2\x80\x9D", 3) == 0 || memcmp(s + b - 3, "\xE2\x80\x99", 3) == 0))
        cl = 3;
    return ol && cl && a + ol + cl < b && isupper((unsigned char)s[a + ol]);
}

static int section_headline(parser *p, size_t i, const spk_cue *c)
{
    const char *s = p->s;
    size_t a = c->text_start, b = p->lines[i].end;
    /* "Kenya's Finance Minister: 'We cannot borrow our way to prosperity'" as the first
     * line over a reporter's byline ("By Wanjiru Kamau"): a news story's headline that
     * quotes its subject, no turn */
    /* (or asks in Title Case: "Dr. Wen Hsu: Can America Still Lead?") */
    if (i == next_content(p, 0) && a < b && (wholly_quoted(s, a, b) || (s[b - 1] == '?' && title_cased(s, a, b))) &&
        txt_words(s, a, b) <= 16 && txt_words(s, c->label_start, c->label_end) <= 5) {
        size_t n = next_content(p, i + 1), na, nb;
        if (n < p->nlines) {
            line_span(p, n, &na, &nb);
            /* (a dated line may come first: "March 9, 2025" / "By …") */
            char iso[11];
            size_t n2 = next_content(p, n + 1);
            if (date_iso(p->order, s + na, nb - na, iso) && n2 < p->nlines && n2 == n + 1) {
                n = n2;
                line_span(p, n, &na, &nb);
            }
            if (nb - na > 5 && nb - na < 80 && starts_with_ci(s + na, nb - na, "by ") && isupper((unsigned char)s[na + 3]) &&
                !ends_with_terminal(s, na, nb))
                return 1;
        }
    }
    /* 'Chancellor Wallner: Europe must stand together' as the first line, over a
     * standfirst that names her ("Interview with Federal Chancellor Theresa Wallner
     * in …"): an interview's headline, no turn */
    if (i == next_content(p, 0) && c->kind == CUE_NAMED && a < b && (i + 1 >= p->nlines || line_blank(p, i + 1)) &&
        txt_words(s, a, b) <= 12 && txt_words(s, c->label_start, c->label_end) <= 4 &&
        (!ends_with_terminal(s, a, b) || (is_open_quote(s, a, b) && quote_end(s, a, b) == b))) {
        size_t lw = c->label_end;
        while (lw > c->label_start && s[lw - 1] != ' ')
            lw--;
        size_t n = next_content(p, i + 1), na, nb;
        spk_cue nc;
        if (n < p->nlines && c->label_end - lw >= 3 && isupper((unsigned char)s[lw]) &&
            !spk_role_word_in(s, lw, c->label_end, 0)) {
            line_span(p, n, &na, &nb);
            if (!spk_read_cue(s, na, nb, &nc) && txt_words(s, na, nb) >= 4)
                for (size_t x = na; x + (c->label_end - lw) <= nb; x++)
                    if (memcmp(s + x, s + lw, c->label_end - lw) == 0 && (x == na || !isalpha((unsigned char)s[x - 1])) &&
                        (x + (c->label_end - lw) == nb || !isalpha((unsigned char)s[x + (c->label_end - lw)])))
                        return 1;
        }
    }
    if (i + 1 < p->nlines && !line_blank(p, i + 1)) {
        /* (or a short header line under it: "Velden Urban Forum, 26 April 2025") */
        size_t x, y;
        spk_cue nc;
        line_span(p, i + 1, &x, &y);
        if (txt_words(s, x, y) > 12 || ends_with_terminal(s, x, y) || spk_read_cue(s, x, y, &nc))
            return 0;
    }
    /* (the first line, or the one under a masthead: "National Rugby League" over
     * "Match Review Committee Report: Round 9") */
    size_t first = next_content(p, 0);
    int under_masthead = 0;
    if (i != first && first < p->nlines && next_content(p, first + 1) == i) {
        size_t fa, fb;
        line_span(p, first, &fa, &fb);
        /* (a name of a few capitalised words, "National Rugby League"; only over a
         * document's name and its part, checked below) */
        under_masthead = !ends_with_terminal(s, fa, fb) && !memchr(s + fa, ':', fb - fa) && !has_digit(s, fa, fb) &&
                         txt_words(s, fa, fb) <= 5 && (org_name(s, fa, fb) || capitalised_words(s, fa, fb));
    }
    if ((i != first && !under_masthead) || a >= b || c->label_end <= c->label_start || txt_words(s, a, b) > 14 ||
        txt_words(s, c->label_start, c->label_end) > 4 || !txt_has_lower(s + a, b - a))
        return 0;
    size_t colon = skip_spaces(s, c->label_end, b);
    if (colon >= b || s[colon] != ':')
        return 0;
    int quoted = is_open_quote(s, a, b) && quote_end(s, a, b) == b;
    if (!quoted && ends_with_terminal(s, a, b))
        return 0;
    /* (a person quoted is no section: 'Mayor Ana Ruiz: "We will rebuild …"') */
    if (quoted && (name_only(s, c->label_start, c->label_end) || spk_role_word_in(s, c->label_start, c->label_end, 0)))
        return 0;
    size_t longw = 0, caps = 0;
    for (size_t x = a; x < b;) {
        while (x < b && s[x] == ' ')
            x++;
        size_t e = x;
        while (e < b && s[e] != ' ')
            e++;
        if (e - x >= 4) {
            longw++;
            caps += isupper((unsigned char)s[x]) || isdigit((unsigned char)s[x]);
        }
        x = e;
    }
    /* (or a document's name and its part: "Match Review Committee Report: Round 14",
     * "Weekly Update: Week 3") */
    static const char *const docs[] = {"Report", "Review", "Update", "Preview", "Recap", "Bulletin",
                                       "Summary", "Notice", "Briefing", "Results", "Roundup", "Digest"};
    size_t lw = c->label_end;
    while (lw > c->label_start && s[lw - 1] != ' ')
        lw--;
    int doc = 0;
    for (size_t k = 0; k < sizeof docs / sizeof *docs; k++)
        doc |= equals_ci(s + lw, c->label_end - lw, docs[k]) && isupper((unsigned char)s[lw]);
    if (i != first && !doc)
        return 0;
    /* (or a kicker in capitals over a headline in sentence case, "POLICE APPEAL:
     * Witnesses sought after …", or a bulletin's name, "Public Health Update: Measles
     * exposure sites": a line apart, no stop; not a person's or an office's label) */
    int apart = i + 1 >= p->nlines || line_blank(p, i + 1);
    /* (or over the header's next line, a kind's or a date's: "NORTHERN SAHEL:
     * Flooding" over "Situation Report No. 12") */
    int header_next = 0;
    if (!apart && i == next_content(p, 0)) {
        size_t na, nb, ks, ke;
        int narr;
        line_span(p, i + 1, &na, &nb);
        /* (or a report's number, "Situation Report No. 12", "Flash Update 3") */
        int numbered = txt_words(s, na, nb) <= 6 && nb > na && isupper((unsigned char)s[na]) && has_digit(s, na, nb) &&
                       !ends_with_terminal(s, na, nb) && isdigit((unsigned char)s[nb - 1]);
        apart = header_next = (kind_line(s, na, nb, &ks, &ke, &narr) && ks == na) || header_meta(p, na, nb, 1) || numbered;
    }
    int kicker = !quoted && apart && !ends_with_terminal(s, a, b) && (txt_words(s, a, b) >= 3 || header_next) &&
                 !txt_has_lower(s + c->label_start, c->label_end - c->label_start) &&
                 !spk_role_word_in(s, c->label_start, c->label_end, 1);
    /* (a name in capitals is as likely: "ANA RUIZ: Good morning everyone" opens a
     * transcript, whose other turns have labels too) */
    /* (nor a greeting, "ANA RUIZ: Good morning everyone", and not when the label's
     * words open a later line, "Ana Ruiz" over a later turn) */
    kicker = kicker && !greeting(s, a, b);
    size_t kl = c->label_end - c->label_start;
    for (size_t k = i + 1; kicker && k < p->nlines && k < i + 400; k++) {
        size_t x, y;
        spk_cue kc;
        line_span(p, k, &x, &y);
        kicker = !(y > x && spk_read_cue(s, x, y, &kc) && kc.strong && kc.text_start < y) &&
                 !(y - x >= kl && u8_ncasecmp(s + x, s + c->label_start, kl) == 0 &&
                   (y - x == kl || !isalpha((unsigned char)s[x + kl])));
    }
    kicker |= !quoted && apart && doc && !ends_with_terminal(s, a, b) && txt_words(s, a, b) <= 10;
    if (!quoted && !kicker && !(doc && caps == longw && txt_words(s, a, b) <= 6) && (longw < 2 || caps * 4 < longw * 3))
        return 0;
    /* the same label over a later line is a turn's */
    size_t ll = c->label_end - c->label_start;
    for (size_t k = i + 1; k < p->nlines; k++) {
        size_t x, y;
        line_span(p, k, &x, &y);
        if (y - x > ll && memcmp(s + x, s + c->label_start, ll) == 0)
            return 0;
    }
    return 1;
}

/* How many lines open with a cue and go on after it, counted up to two, once (the
 * first of them in p->first_cue). */
static size_t count_cue_lines(parser *p)
{
    if (!p->cues_counted) {
        p->cues_counted = 1;
        p->first_cue = SIZE_MAX;
        for (size_t k = 0; k < p->nlines; k++) {
            size_t x, y;
            line_span(p, k, &x, &y);
            spk_cue lc;
            if (x < y && spk_read_cue(p->s, x, y, &lc) && lc.text_start < y) {
                if (!p->cue_lines++)
                    p->first_cue = k;
                if (p->cue_lines > 1)
                    break;
            }
        }
    }
    return p->cue_lines;
}

static int headline_cue(parser *p, size_t i, const spk_cue *c)
{
    /* "ICRC: families still searching for missing relatives in Kessara": an agency's
     * letters before a headline that ends in no stop, among
     * the first lines, the only such line; no turn starts so */
    /* (or a company's name in mixed case before a topic in lower case, "Alpine Air
     * Group: first-half results", as German and Austrian releases head theirs) */
    int org = c->label_end - c->label_start <= 40 && txt_has_lower(p->s + c->label_start, c->label_end - c->label_start) &&
              memchr(p->s + c->label_start, ' ', c->label_end - c->label_start) && c->text_start < p->lines[i].end &&
              islower((unsigned char)p->s[c->text_start]);
    if (count_cue_lines(p) == 1 && p->first_cue == i && c->kind == CUE_NAMED && !c->period &&
        c->label_end > c->label_start &&
        ((c->label_end - c->label_start <= 8 && !txt_has_lower(p->s + c->label_start, c->label_end - c->label_start)) ||
         org) &&
        c->text_start < p->lines[i].end &&
        /* (or in sentence case after one word of letters, "ICRC: Hospitals in Kherson
         * on the brink as winter approaches", as the ICRC heads its releases; not a
         * name's two words, "ANA RUIZ: Good morning everyone") */
        (islower((unsigned char)p->s[c->text_start]) ||
         (isupper((unsigned char)p->s[c->text_start]) &&
          !memchr(p->s + c->label_start, ' ', c->label_end - c->label_start))) &&
        !ends_with_terminal(p->s, c->text_start, p->lines[i].end) &&
        txt_words(p->s, c->text_start, p->lines[i].end) >= (org ? 2u : 3u) &&
        txt_words(p->s, c->text_start, p->lines[i].end) <= 20 && (i + 1 >= p->nlines || line_blank(p, i + 1))) {
        size_t seen = 0;
        for (size_t k = next_content(p, 0); k < i; k = next_content(p, k + 1))
            seen++;
        if (seen <= 3)
            return 1;
    }
    if (count_cue_lines(p) != 1 || p->first_cue != i || !c->strong || c->text_start >= p->lines[i].end ||
        c->kind != CUE_NAMED || c->period || c->label_end <= c->label_start ||
        !txt_has_lower(p->s + c->label_start, c->label_end - c->label_start) ||
        (i + 1 < p->nlines && !line_blank(p, i + 1)))
        return 0;
    /* a person's name ("PM Netanyahu"), not an office ("The Speaker"), before a colon
     * (not a record's "Portavoz.-") */
    const char *s = p->s;
    size_t lw = c->label_end;
    while (lw > c->label_start && s[lw - 1] != ' ')
        lw--;
    size_t colon = skip_spaces(s, c->label_end, p->lines[i].end);
    if (spk_role_word_in(s, lw, c->label_end, 0) || colon >= p->lines[i].end || s[colon] != ':')
        return 0;
    /* one sentence, under a title or kind line (a transcript's first turn may open the
     * text) */
    size_t stops = 0;
    for (size_t x = c->text_start; x + 1 < p->lines[i].end; x++)
        stops += (s[x] == '.' || s[x] == '?' || s[x] == '!') && s[x + 1] == ' ';
    size_t seen = 0;
    for (size_t k = next_content(p, 0); k < i; k = next_content(p, k + 1))
        seen++;
    return seen >= 1 && seen <= 3 && !stops && ends_with_terminal(s, c->text_start, p->lines[i].end) &&
           txt_words(s, c->text_start, p->lines[i].end) <= 20;
}

/* A date among fields parted by bullets or middle dots ("Thursday, May 29, 2025 •
 * Pelican Arena • Attendance: 18,204", a post's foot "10:42 AM · Jan 12, 2026 · 1.2M
 * Views"): 1 with it in iso. */
static int fields_date(parser *p, size_t a, size_t b, char iso[11])
{
    const char *s = p->s;
    size_t st0 = a;
    for (size_t x = a; x <= b; x++) {
        int dot = x + 3 < b && s[x] == ' ' && memcmp(s + x + 1, "\xC2\xB7", 2) == 0 && s[x + 3] == ' ';
        int bullet = x + 4 < b && s[x] == ' ' && memcmp(s + x + 1, "\xE2\x80\xA2", 3) == 0 && s[x + 4] == ' ';
        if (x < b && !dot && !bullet)
            continue;
        if (st0 > a || x < b) {
            size_t n0 = date_iso(p->order, s + st0, x - st0, iso);
            if (n0 && skip_spaces(s, st0 + n0, x) == x)
                return 1;
        }
        if (x == b)
            break;
        st0 = x + (dot ? 4 : 5);
    }
    return 0;
}

/* Whether line i is a social account's handle alone ("@priyaraman_ceo"). */
static int handle_line(parser *p, size_t i)
{
    size_t a, b;
    line_span(p, i, &a, &b);
    if (b - a < 2 || p->s[a] != '@' || memchr(p->s + a, ' ', b - a))
        return 0;
    for (size_t x = a + 1; x < b; x++)
        if (!isalnum((unsigned char)p->s[x]) && p->s[x] != '_' && p->s[x] != '.')
            return 0;
    return 1;
}

/* What a line at the top of a statement is, to the header. */
typedef enum hline {
    HL_CHROME, /* page chrome: not read */
    HL_KIND,   /* a kind line (perhaps with its byline) */
    HL_BYLINE, /* "by …", "with …" */
    HL_FIELD,  /* "From: …", "Published 3 March 2025" */
    HL_NOTE,   /* "(Communicated by the Cabinet Secretariat)": read as a header line */
    HL_META,   /* date, time, place-date, bullet, delivery note, release line */
    HL_LIST,   /* a bullet item without a date: strong only inside a header */
    HL_SHORT,  /* a short line: title, venue, office, person */
    HL_PROSE,  /* a sentence */
    HL_CUE     /* a speaker cue: the body starts */
} hline;

/* Whether s[a, b) is only a person's name: two to five capitalised words (titles,
 * initials, particles), perhaps a bracketed country or seat after them. */
static int name_only(const char *s, size_t a, size_t b)
{
    size_t words = 0;
    /* (the clergy's style before the name: "The Most Rev. Patrick J. Donnelly") */
    static const char *const clergy[] = {"The Most Rev. ", "The Most Revd ", "The Most Reverend ", "The Rt Rev. ",
                                         "The Rt. Rev. ", "The Rt Revd ", "The Right Rev. ", "The Right Reverend ",
                                         "The Very Rev. ", "The Very Revd ", "The Very Reverend ", "Most Rev. "};
    for (size_t k = 0; k < sizeof clergy / sizeof *clergy; k++)
        if (starts_with_ci(s + a, b - a, clergy[k])) {
            a += strlen(clergy[k]);
            break;
        }
    for (size_t i = a; i < b;) {
        while (i < b && s[i] == ' ')
            i++;
        if (i < b && s[i] == '(') {
            while (i < b && s[i] != ')')
                i++;
            i++;
            continue;
        }
        size_t w = i;
        while (i < b && s[i] != ' ')
            i++;
        if (i == w)
            continue;
        /* "Mr. Hassan .......... (Somalia)": a record's dot leaders are no word */
        size_t dots = 0;
        while (w + dots < i && (s[w + dots] == '.' || (unsigned char)s[w + dots] == 0xE2 ||
                                (unsigned char)s[w + dots] == 0x80 || (unsigned char)s[w + dots] == 0xA6))
            dots++;
        /* (spaced too: "Mr. Vasquez Rendón . . . . . (Ecuador)") */
        if (dots == i - w && (dots >= 2 || (dots == 1 && ((i + 1 < b && s[i + 1] == '.') || (w >= 2 && s[w - 2] == '.')))))
            continue;
        static const char *const joins[] = {"de", "da", "van", "von", "der", "den", "la", "le", "bin", "al"};
        int join = 0;
        for (size_t k = 0; k < sizeof joins / sizeof *joins; k++)
            join |= strlen(joins[k]) == i - w && strncmp(joins[k], s + w, i - w) == 0;
        /* ("Senator the Hon Jenny Walsh", "Dr the Hon. Ana Ruiz": the style's "the") */
        if (i - w == 3 && memcmp(s + w, "the", 3) == 0 && w > a && i + 4 < b &&
            (strncmp(s + i + 1, "Hon", 3) == 0 || strncmp(s + i + 1, "Rt ", 3) == 0 || strncmp(s + i + 1, "Right ", 6) == 0))
            join = 1;
        if (!txt_starts_upper(s + w, i - w) && !join)
            return 0;
        for (size_t k = w; k < i; k++)
            if (isdigit((unsigned char)s[k]) || s[k] == ',' || s[k] == ':')
                return 0;
        words++;
    }
    return words >= 2 && words <= 5;
}

/* Whether s[a, b) ends with a word no person's name ends with: an organisation's
 * ("U.S. Coast Guard", "St. Jude Hospital", "Westmere Police", "Asian Development
 * Bank", "U.S. Indo-Pacific Command"), a header word
 * (data/en/header-words.txt) or one of these. */
/* Whether w[0, n) is one of list[0, count), as written (any case when caps). */
static int tail_in(const char *w, size_t n, int caps, const char *const *list, size_t count)
{
    for (size_t k = 0; k < count; k++)
        if (strlen(list[k]) == n && (caps ? u8_ncasecmp(w, list[k], n) : memcmp(w, list[k], n)) == 0)
            return 1;
    return 0;
}

static int org_tail(const char *s, size_t a, size_t b)
{
    static const char *const tails[] = {"Guard", "Army", "Navy", "Police", "Hospital", "Force", "Corps",
                                        "Authority", "Trust", "Union", "Association", "Foundation", "Federation",
                                        "Company", "Corporation", "Group", "Network", "Coalition", "Alliance",
                                        "Society", "Partnership", "Inc.", "Ltd", "Ltd.", "LLC", "plc", "PLC"};
    /* (these end surnames too, "Andrea Bank", "David Fund": after three words or more,
     * or a body's word, "World Bank", "Central Command") */
    static const char *const weak[] = {"Bank", "Fund", "Organization", "Organisation", "Command", "Airlines",
                                       "Airways", "Railways"};
    static const char *const firsts[] = {"World", "Central", "National", "Federal", "Reserve", "Islamic", "European",
                                         "International", "Investment", "Development", "Global", "Northern",
                                         "Southern", "Eastern", "Western", "Strategic", "Joint"};
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == ','))
        b--;
    size_t w = b;
    while (w > a && s[w - 1] != ' ')
        w--;
    if (w == b)
        return 0;
    /* (in capitals too: "INTERNATIONAL ROWING FEDERATION") */
    int caps = !txt_has_lower(s + w, b - w);
    if (tail_in(s + w, b - w, caps, tails, sizeof tails / sizeof *tails))
        return 1;
    if (tail_in(s + w, b - w, caps, weak, sizeof weak / sizeof *weak)) {
        size_t fw = a;
        while (fw < b && s[fw] != ' ')
            fw++;
        if (txt_words(s, a, b) >= 3 || tail_in(s + a, fw - a, 1, firsts, sizeof firsts / sizeof *firsts))
            return 1;
    }
    return data_word_line("en/header-words.txt", s + w, b - w, caps, DATA_ANYWHERE) != NULL;
}

static hline header_class_of(parser *p, size_t i);

/* Whether s[a, b) is a member's label as Hansard prints it over her words: a person's
 * name, then her party's letters in brackets at the end ("Ms Priya Lal (Northbridge
 * East) (Lab)", "Lord Fenwick of Alder (Con)", "Jim Roe (Lab/Co-op)"). */
static int org_name(const char *s, size_t a, size_t b);
static int seated_label(const char *s, size_t a, size_t b)
{
    /* (not a body's name and its letters: "International Rowing Federation (IRF)") */
    if (b - a < 8 || s[b - 1] != ')' || org_name(s, a, b))
        return 0;
    size_t o = b - 1;
    while (o > a && s[o - 1] != '(')
        o--;
    if (o <= a + 1 || b - 1 - o < 2 || b - 1 - o > 9 || !isupper((unsigned char)s[o]))
        return 0;
    for (size_t k = o; k < b - 1; k++)
        if (!isalpha((unsigned char)s[k]) && s[k] != '/' && s[k] != '-')
            return 0;
    spk_cue c;
    return spk_line_cue(s, a, b, &c) && c.kind == CUE_NAMED && c.label_end < o &&
           txt_words(s, c.label_start, c.label_end) >= 2;
}

/* "1. Mr Owen Tallis (Ashworth South) (Con)", "3. Russell Findlay (West Scotland)
 * (Con)": an oral question's number before its member's label, as Hansard and the
 * Scottish Parliament's Official Report print it; its length with the spaces, or 0. */
static size_t question_no(const char *s, size_t a, size_t b)
{
    size_t x = a;
    while (x < b && x < a + 3 && isdigit((unsigned char)s[x]))
        x++;
    if (x == a || x + 2 >= b || s[x] != '.' || s[x + 1] != ' ')
        return 0;
    size_t t = skip_spaces(s, x + 1, b);
    return t < b && isupper((unsigned char)s[t]) && seated_label(s, t, b) ? t - a : 0;
}

/* Whether a label s[a, b) calls someone by a form of address or an office, as a
 * parliament's record does: "Mr Speaker", "Madam Deputy Speaker", "Lord Hale",
 * "The Minister of State, Department for Transport (Mr Gareth Pryce)". */
static int titled_label(const char *s, size_t a, size_t b)
{
    static const char *const w[] = {"Madam", "Lord", "Lady", "Baroness", "Viscount", "Earl", "The", "Hon.",
                                    "Several", "Noble"};
    size_t n = 0;
    while (a + n < b && s[a + n] != ' ')
        n++;
    if (a + n >= b)
        return 0;
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (strlen(w[k]) == n && memcmp(w[k], s + a, n) == 0)
            return 1;
    return spk_honorific(s + a, n);
}

/* The end of s[a, b) without the letters after a name ("Professor Sir Alistair Grey
 * FRS FRSE", "Dame Ruth Obi DBE": data/en/post-nominals.txt), and its spaces. */
static size_t name_end(const char *s, size_t a, size_t b)
{
    for (;;) {
        size_t e = b;
        while (e > a && s[e - 1] == ' ')
            e--;
        size_t w = e;
        while (w > a && s[w - 1] != ' ')
            w--;
        if (w <= a || w == e || !data_has_line("en/post-nominals.txt", s + w, e - w))
            return e;
        b = w;
    }
}

/* After a kind, at s[r]: a dash, then a person's name alone to the line's end b
 * ("Acceptance speech — Dr Leila Haddad"): where the name starts, or b. */
static size_t kind_dash_name(const char *s, size_t r, size_t b)
{
    size_t x = r;
    if (x < b && s[x] == '-')
        x++;
    else if (x + 2 < b && (unsigned char)s[x] == 0xE2 && (unsigned char)s[x + 1] == 0x80 &&
             ((unsigned char)s[x + 2] == 0x93 || (unsigned char)s[x + 2] == 0x94))
        x += 3;
    else
        return b;
    if (x >= b || s[x] != ' ')
        return b;
    x = skip_spaces(s, x, b);
    if (x >= b || !name_only(s, x, b) || txt_words(s, x, b) < 2 || txt_words(s, x, b) > 5)
        return b;
    /* a person: a form of address or an office first ("Dr Leila Haddad", "Prime
     * Minister Ana Ruiz"), or a name the statement gives again (its surname below);
     * not "Town Hall", "Check Against Delivery", "Full Text", "Part Two" */
    size_t fw = x;
    while (fw < b && s[fw] != ' ')
        fw++;
    size_t lw = b;
    while (lw > x && s[lw - 1] != ' ')
        lw--;
    static const char *const places[] = {"Hospital", "Infirmary", "Clinic", "Hospice", "Memorial", "Monument",
                                         "Statue", "Bridge", "Tunnel", "Station", "Road", "Street", "Avenue",
                                         "Banquet", "Dinner", "Reception", "Lecture"};
    int place = 0;
    for (size_t k = 0; k < sizeof places / sizeof *places && !place; k++)
        place = strlen(places[k]) == b - lw && memcmp(places[k], s + lw, b - lw) == 0;
    /* ("Queen Elizabeth Hospital", "Lord Mayor's Banquet": a place's or an event's
     * name after a title) */
    if (place || find_ci(s, x, b, "'s ") || find_ci(s, x, b, "\xE2\x80\x99s ") ||
        data_word_line("en/header-words.txt", s + lw, b - lw, 0, DATA_ANYWHERE) ||
        data_word_line("en/event-words.txt", s + lw, b - lw, 0, DATA_ANYWHERE))
        return b;
    if (spk_honorific(s + x, fw - x) || spk_role_word_in(s, x, fw, 0))
        return x;
    char sur[64];
    if (b - lw < 3 || b - lw >= sizeof sur)
        return b;
    memcpy(sur, s + lw, b - lw);
    sur[b - lw] = '\0';
    const char *nl = strchr(s + b, '\n');
    return nl && strstr(nl, sur) ? x : b;
}

/* A line's header class, worked out once: the header's passes ask about the same lines
 * again (body_headed over the whole text, a line's neighbours), and a class depends
 * only on the line and whether the text is a transcript. */
static hline header_class(parser *p, size_t i)
{
    if (p->hl && i < p->nlines) {
        if (!p->hl[i])
            p->hl[i] = (signed char)(header_class_of(p, i) + 1);
        return (hline)(p->hl[i] - 1);
    }
    return header_class_of(p, i);
}

/* Whether line i, at the top of a page, is a site's name said again and again ("Sala
 * Stampa" / "Sala Stampa Back Top Print Pdf" / "Sala Stampa"): a short line that
 * opens three of the first lines. */
static int masthead_repeat(parser *p, size_t i)
{
    size_t a, b;
    line_span(p, i, &a, &b);
    if (b <= a || txt_words(p->s, a, b) > 8)
        return 0;
    for (size_t x = a; x < b; x++)
        if (isdigit((unsigned char)p->s[x]))
            return 0; /* a date line is no site's name */
    size_t f = next_content(p, 0), seen = 0;
    /* the shortest form of the name among the first lines that i starts with */
    for (size_t k = f, n = 0; k < p->nlines && n < 12; k = next_content(p, k + 1), n++) {
        size_t x, y;
        line_span(p, k, &x, &y);
        size_t l = y - x;
        if (l < 4 || l > b - a || txt_words(p->s, x, y) > 4 || strncmp(p->s + x, p->s + a, l) != 0 ||
            (l < b - a && p->s[a + l] != ' '))
            continue;
        seen = 0;
        for (size_t m = f, q = 0; m < p->nlines && q < 12; m = next_content(p, m + 1), q++) {
            size_t x2, y2;
            line_span(p, m, &x2, &y2);
            /* (not a sentence that opens with the name: "Harrowgate Foods PLC (LSE: HGF)
             * today announces …" under the company's name) */
            seen += y2 - x2 >= l && strncmp(p->s + x2, p->s + x, l) == 0 && (y2 - x2 == l || p->s[x2 + l] == ' ') &&
                    !ends_with_terminal(p->s, x2, y2);
        }
        if (seen >= 3)
            return 1;
    }
    return 0;
}

/* Whether a later line of the statement is s[a, b) again, exactly. */
static int line_again(parser *p, size_t i, size_t a, size_t b)
{
    for (size_t k = i + 1; k < p->nlines; k++) {
        size_t x, y;
        line_span(p, k, &x, &y);
        if (y - x == b - a && memcmp(p->s + x, p->s + a, b - a) == 0)
            return 1;
    }
    return 0;
}

static int unit_under_org(parser *p, size_t i);

/* A question on a page of frequently asked questions ("Who is eligible?" over its
 * answer): a heading, a chapter a listener can move to. The title says what the page
 * is. */
static int faq_question(parser *p, size_t a, size_t b)
{
    const char *s = p->s, *t = p->doc->title;
    if (!t || b <= a || s[b - 1] != '?' || txt_words(s, a, b) > 16 || memchr(s + a, '.', b - a))
        return 0;
    size_t tl = strlen(t);
    static const char *const kinds[] = {"frequently asked questions", "faq", "questions and answers", "q&a"};
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
        for (size_t x = 0; x + strlen(kinds[k]) <= tl; x++)
            if (u8_ncasecmp(t + x, kinds[k], strlen(kinds[k])) == 0)
                return 1;
    return 0;
}

/* Whether cue c on header line i is a role given to a person ("Chair: Helen Marsh MP,
 * Labour, …", "Moderator: Celia Brandt (The Ledger)"): a role's label, then a name of
 * two words or more and what she is after a comma, letters or a bracket, no sentence;
 * the name's span through *na, *nb. */
static int role_holder(parser *p, size_t i, const spk_cue *c, size_t *na, size_t *nb)
{
    const char *s = p->s;
    size_t b = p->lines[i].end;
    while (b > c->text_start && (s[b - 1] == ' ' || s[b - 1] == '\r'))
        b--;
    if (c->text_start >= b || ends_with_terminal(s, c->text_start, b) || c->label_end <= c->label_start ||
        txt_words(s, c->text_start, b) > 16 || (c->kind != CUE_MODERATOR && !spk_role_word_in(s, c->label_start, c->label_end, 1)))
        return 0;
    size_t e = c->text_start + spk_name_end(s + c->text_start, b - c->text_start), k = e;
    while (k > c->text_start && s[k - 1] == ' ')
        k--;
    size_t q = c->text_start;
    while (q < k && s[q] != '(' && s[q] != ',')
        q++;
    while (q > c->text_start && s[q - 1] == ' ')
        q--;
    if (q - c->text_start < 3 || !name_only(s, c->text_start, q) || txt_words(s, c->text_start, q) < 2 ||
        (q == b && k == b))
        return 0;
    if (na)
        *na = c->text_start;
    if (nb)
        *nb = q;
    return 1;
}
/* "---", "***", "* * *", "___": a horizontal rule alone on its line. */
static int rule_line(const char *s, size_t a, size_t b)
{
    size_t marks = 0;
    for (size_t x = a; x < b; x++) {
        if (s[x] == '-' || s[x] == '*' || s[x] == '_' || s[x] == '=')
            marks++;
        else if (s[x] != ' ')
            return 0;
    }
    return marks >= 3;
}

/* Where a label line s[a, b) ends before the count of its turn in square brackets,
 * as call transcripts print it ("Operator   [1]", "Ana Ruiz, Acme - CEO   [2]"): the
 * end of the words before it, or b when there is none. */
static size_t turn_count_end(const char *s, size_t a, size_t b)
{
    if (b - a < 5 || s[b - 1] != ']')
        return b;
    size_t o = b - 1;
    while (o > a && isdigit((unsigned char)s[o - 1]))
        o--;
    if (o == b - 1 || b - 1 - o > 4 || o < a + 2 || s[o - 1] != '[' || s[o - 2] != ' ')
        return b;
    size_t e = o - 1;
    while (e > a && s[e - 1] == ' ')
        e--;
    return e;
}

/* A named label s[ls, le) marked as one (strong, timed, marked), its office at
 * [os, oe) (empty for none) and its text from t: *c filled, 1. */
static int office_cue(spk_cue *c, size_t ls, size_t le, size_t os, size_t oe, size_t t)
{
    memset(c, 0, sizeof *c);
    c->kind = CUE_NAMED;
    c->label_start = ls;
    c->label_end = le;
    c->office_start = os;
    c->office_end = oe;
    c->text_start = t;
    c->strong = c->timed = c->marked = 1;
    return 1;
}

/* "Tomas Ekberg,  Northwind Energy Corporation - CEO   [2]" between two rules of
 * dashes, as Refinitiv's call transcripts print each turn's label: the name before
 * the comma, the firm and office after it, the turn's number in brackets (not read).
 * Line li; 1 and *c filled, or 0. */
static int ruled_label(parser *p, size_t li, spk_cue *c)
{
    const char *s = p->s;
    size_t a, b, x, y;
    if (li == 0 || li + 1 >= p->nlines)
        return 0;
    line_span(p, li - 1, &x, &y);
    if (y - x < 10 || !rule_line(s, x, y))
        return 0;
    line_span(p, li + 1, &x, &y);
    if (y - x < 10 || !rule_line(s, x, y))
        return 0;
    line_span(p, li, &a, &b);
    txt_trim(s, &a, &b);
    if (b - a < 4 || s[b - 1] != ']')
        return 0;
    size_t o = b - 1;
    while (o > a && isdigit((unsigned char)s[o - 1]))
        o--;
    if (o == b - 1 || o == a || s[o - 1] != '[')
        return 0;
    size_t e = o - 1;
    while (e > a && s[e - 1] == ' ')
        e--;
    if (e <= a || !isupper((unsigned char)s[a]) || txt_words(s, a, e) > 14 || ends_with_terminal(s, a, e))
        return 0;
    const char *cm = memchr(s + a, ',', e - a);
    size_t ne = cm ? (size_t)(cm - s) : e;
    return cm ? office_cue(c, a, ne, skip_spaces(s, ne + 1, e), e, b) : office_cue(c, a, ne, 0, 0, b);
}


/* Where an examiner's line s[a, b) ends before " (continuing):" ("BY MR. ACHEBE
 * (continuing):" after an interruption), or b. */
static size_t by_line_end(const char *s, size_t a, size_t b)
{
    return b >= a + 14 && strncmp(s + b - 14, " (continuing):", 14) == 0 ? b - 14 : b;
}

/* "BY MR. HALVORSEN:" over "Q.   Where were you employed?": who examines, in
 * capitals, over the first question of a court's or an inquiry's examination. */
static int exam_by_line(parser *p, size_t i)
{
    size_t a, b;
    line_span(p, i, &a, &b);
    const char *s = p->s;
    if (b - a < 6 || strncmp(s + a, "BY ", 3) != 0 || s[b - 1] != ':' || txt_has_lower(s + a, by_line_end(s, a, b) - a))
        return 0;
    size_t k = i + 1;
    while (k < p->nlines && line_blank(p, k))
        k++;
    if (k >= p->nlines)
        return 0;
    size_t x, y;
    line_span(p, k, &x, &y);
    return y - x > 2 && s[x] == 'Q' && (s[x + 1] == '.' || s[x + 1] == ' ' || s[x + 1] == '\t' || s[x + 1] == ':');
}

/* Whether the label of cue c, on line i, opens a later line too, before a colon
 * ("Ruiz: I was moved. [laughs]" / … / "Ruiz: Yes."): a turn's label, said again. */
static int label_again(parser *p, size_t i, const spk_cue *c)
{
    size_t ll = c->label_end - c->label_start, la, lb;
    line_span(p, i, &la, &lb);
    if (!ll || c->label_start != la)
        return 0;
    /* (each line's head before its first colon is indexed once with the last line it
     * opens, so that a transcript of 20,000 labels said once each is not 20,000 reads
     * of the lines below: a later line opening with the label has the same head) */
    if (!p->colon_heads_built) {
        p->colon_heads_built = 1;
        for (size_t k = 0; k < p->nlines; k++) {
            size_t x, y;
            line_span(p, k, &x, &y);
            const char *colon = memchr(p->s + x, ':', y - x);
            if (colon && (size_t)(colon - p->s) + 1 < y && hm_put(&p->colon_heads, p->s + x, (size_t)(colon - p->s) - x, (long)k, HM_MAX) < 0) {
                hm_free(&p->colon_heads);
                p->colon_heads_built = -1; /* (out of memory: every label reads the lines) */
                break;
            }
        }
    }
    if (p->colon_heads_built > 0) {
        const char *colon = memchr(p->s + la, ':', ll);
        long last;
        if (!hm_get(&p->colon_heads, p->s + la, colon ? (size_t)(colon - p->s) - la : ll, &last) || (size_t)last <= i)
            return 0;
        size_t x, y;
        line_span(p, (size_t)last, &x, &y);
        if (y - x > ll + 1 && memcmp(p->s + x, p->s + c->label_start, ll) == 0 && p->s[x + ll] == ':')
            return 1;
        /* (the last such line differs in case, or the label holds a colon: read on) */
    }
    for (size_t k = i + 1; k < p->nlines; k++) {
        size_t x, y;
        line_span(p, k, &x, &y);
        if (y - x > ll + 1 && memcmp(p->s + x, p->s + c->label_start, ll) == 0 && p->s[x + ll] == ':')
            return 1;
    }
    return 0;
}
static int in_people_list(parser *p, size_t i);

/* A people field's value s[a, b) that is a sentence and opens with no name ("Welcome
 * to the show.", "Minister, is it true …?"): a turn's words, not the field's names
 * ("Ana Ruiz, Minister for Health; Tom Hale, Chief Executive." are names). */
static int sentence_not_names(const char *s, size_t a, size_t b)
{
    if (!ends_with_terminal(s, a, b) && !memchr(s + a, '?', b - a))
        return 0;
    size_t e = a;
    while (e < b && s[e] != ',' && s[e] != ';' && s[e] != '(')
        e++;
    /* (a name addressed, then words in lower case: "Gwen Hollis, good morning.") */
    size_t after = e < b && s[e] == ',' ? skip_spaces(s, e + 1, b) : b;
    if (after < b && islower((unsigned char)s[after]))
        return 1;
    while (e > a && (s[e - 1] == ' ' || s[e - 1] == '.'))
        e--;
    return !(e > a && name_only(s, a, e) && txt_words(s, a, e) >= 2);
}

static int release_number(const char *s, size_t a, size_t b, int pr);

/* Whether s[a, b) holds a record's dot leaders: five stops or more in a row, spaced
 * or not ("Mr. Hassan ........ (Somalia)", "Algeria . . . . . Mr. Benmoussa"). */
static int dot_leaders(const char *s, size_t a, size_t b)
{
    size_t run = 0;
    for (size_t x = a; x < b; x++) {
        if (s[x] == '.')
            run++;
        else if (s[x] != ' ')
            run = 0;
        if (run >= 5)
            return 1;
    }
    return 0;
}

/* "By the end of this decade, we will be back in surplus.", "By the time you leave,
 * you will …": a sentence that opens with "By", a clause after its comma that a
 * pronoun starts, and a stop; a speaker's first words, no byline ("By Ana Ruiz,
 * Minister for Health" names). */
static int by_clause(const char *s, size_t a, size_t b)
{
    static const char *const subjects[] = {"we ", "i ", "you ", "they ", "he ", "she ", "it ", "there ", "this ",
                                           "these ", "our ", "my ", "every "};
    if (!ends_with_terminal(s, a, b))
        return 0;
    /* (its second word in lower case: "By the end", "By the time"; "By Tom Hale, our
     * political editor." names) */
    size_t w2 = a;
    while (w2 < b && s[w2] != ' ')
        w2++;
    w2 = skip_spaces(s, w2, b);
    const char *comma = memchr(s + a, ',', b - a);
    if (w2 >= b || !islower((unsigned char)s[w2]) || !comma)
        return 0;
    size_t x = (size_t)(comma - s);
    if (x + 2 >= b || s[x + 1] != ' ')
        return 0;
    for (size_t k = 0; k < sizeof subjects / sizeof *subjects; k++)
        if (starts_with_ci(s + x + 2, b - x - 2, subjects[k]) && (k != 1 || s[x + 2] == 'I'))
            return 1;
    return 0;
}

/* "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong
 * Limited take no responsibility for the contents of this announcement …", "This
 * announcement contains inside information …": a regulator's legend over a listed
 * company's announcement, the first paragraph (or after another), a note of the
 * header, not the body's first words. */
static int legend_line(parser *p, size_t i, int depth)
{
    const char *s = p->s;
    size_t a, b;
    line_span(p, i, &a, &b);
    if (txt_words(s, a, b) < 8 || !ends_with_terminal(s, a, b) || !txt_has_lower(s + a, b - a))
        return 0;
    if (!find_ci(s, a, b, "this announcement") && !find_ci(s, a, b, "this document") &&
        !find_ci(s, a, b, "this press release"))
        return 0;
    if (!find_ci(s, a, b, "no responsibility") && !find_ci(s, a, b, "no representation") &&
        !find_ci(s, a, b, "disclaim") && !find_ci(s, a, b, "inside information"))
        return 0;
    size_t first = next_content(p, 0);
    if (i == first)
        return 1;
    size_t pr = prev_content(p, i);
    return depth == 0 && pr < i && i > 0 && line_blank(p, i - 1) && legend_line(p, pr, 1);
}

/* Whether s[a, b) is an issuer's listing and nothing else: "EXCHANGE: CODE" pairs
 * (data/en/exchanges.txt's labels) parted by "|", ",", ";" or spaces ("TSX-V: NCU |
 * OTCQB: NCUXF", "JSE share code: KRP ISIN: ZAE000287365"). */
static int listing_line(const char *s, size_t a, size_t b)
{
    size_t x = a, pairs = 0;
    while (x < b) {
        while (x < b && (s[x] == ' ' || s[x] == '|' || s[x] == ',' || s[x] == ';' || s[x] == '/' || s[x] == '\t' ||
                         s[x] == '(' || s[x] == ')'))
            x++; /* (in brackets too: "(TSX-V: NCU) (OTCQB: NCUXF)") */
        if (x >= b)
            break;
        const char *c = memchr(s + x, ':', b - x);
        if (!c || c == s + x || (size_t)(c - s) - x > 24 ||
            !data_has_line("en/exchanges.txt", s + x, (size_t)(c - s) - x))
            return 0;
        x = skip_spaces(s, (size_t)(c - s) + 1, b);
        size_t v = x;
        while (x < b && (isupper((unsigned char)s[x]) || isdigit((unsigned char)s[x]) || s[x] == '.' || s[x] == '-'))
            x++;
        /* (a legal entity's identifier runs to twenty) */
        if (x == v || x - v > 20 || (x < b && s[x] != ' ' && s[x] != '|' && s[x] != ',' && s[x] != ';' && s[x] != '/' &&
                                     s[x] != ')'))
            return 0;
        pairs++;
    }
    return pairs > 0;
}

/* Whether one of the three lines over line i, in its block, is a contact's label (with
 * bare, one alone, "Contact:"): "Contact:" / "Lauren Pike" / "lpike@… | 555-…" are
 * the contact's lines, no title. */
static int contact_above(parser *p, size_t i, int bare)
{
    for (size_t k = i, n = 0; k > 0 && n < 3 && !line_blank(p, k - 1); k--, n++) {
        size_t a, b;
        line_span(p, k - 1, &a, &b);
        if ((!bare || (b > a && p->s[b - 1] == ':')) && contact_label(p->s, a, b))
            return 1;
    }
    return 0;
}

static hline header_class_of(parser *p, size_t i)
{
    const char *s = p->s;
    size_t a, b, ks, ke, v;
    int narrated, holds;
    line_span(p, i, &a, &b);
    spk_cue rc;
    if (legend_line(p, i, 0))
        return HL_NOTE;
    if (exam_by_line(p, i) || ruled_label(p, i, &rc))
        return HL_CUE;
    /* "The PRESIDENT: The question is that …": a record's turn under its masthead,
     * its label in capitals, a sentence to its stop (not the first line) */
    if (i > 0 && next_content(p, 0) != i && turn_line(s, a, b))
        return HL_CUE;
    /* (a rule under a line, "Corporate Participants" / "=====", as plain text
     * underlines a heading: not read) */
    if (rule_line(s, a, b) || is_chrome(s, a, b) || running_line(p, a, b) || masthead_repeat(p, i) || doubled_line(p, i) || tab_title(p, i))
        return HL_CHROME;
    /* "Convocation Address" / "by" / "Shri Dharmendra Pradhan, …": "by" alone on its
     * line joins the kind to who gives it, and says nothing itself */
    if (equals_ci(s + a, b - a, "by") && i > 0 && i + 1 < p->nlines)
        return HL_CHROME;
    /* "President:   Mr. Vasquez Rendón  . . . . . (Ecuador)", "Algeria . . . . Mr.
     * Benmoussa": a record's roster, its dot leaders (spaced or not) between a seat and
     * who holds it; read in the header, no one's turn */
    if (dot_leaders(s, a, b) && !ends_with_terminal(s, a, b) && txt_words(s, a, b) <= 24 && i < 60)
        return HL_SHORT;
    /* "The subcommittee met, pursuant to notice, at 10:02 a.m., in room" wrapped onto
     * "2167, Rayburn House Office Building, …": a paragraph's first line, prose, however
     * its words look (a time in it is no time line) */
    if (txt_words(s, a, b) >= 8 && i + 1 < p->nlines && !line_blank(p, i + 1) && txt_has_lower(s + a, b - a) &&
        s[b - 1] != ':' && s[b - 1] != ',' && !ends_with_terminal(s, a, b)) {
        size_t na, nb;
        line_span(p, i + 1, &na, &nb);
        /* (a sentence: the paragraph ends with a stop, fifteen words or more; a title
         * wrapped over two lines ends none) */
        size_t k = i + 1, words = txt_words(s, a, b), ea = na, eb = nb;
        while (k < p->nlines && !line_blank(p, k) && k < i + 12) {
            line_span(p, k, &ea, &eb);
            words += txt_words(s, ea, eb);
            k++;
        }
        if (na < nb && (islower((unsigned char)s[na]) || (isdigit((unsigned char)s[na]) && txt_words(s, na, nb) >= 4)) &&
            words >= 15 && ends_with_terminal(s, ea, eb))
            return HL_PROSE;
    }
    /* "- 30 -", "###", "ENDS": a release's end mark is no line of the header; nor is
     * a caption file's cue timing ("00:00:01.000 --> 00:00:04.000") */
    if (is_end_marker(s, a, b) || (find_ci(s, a, b, " --> ") && spk_time_code(s, a, b)))
        return HL_CHROME;
    /* "SVSDMX" under "WWUS53 KDMX 142231": the product's identifier, for machines */
    if (i > 0 && !line_blank(p, i - 1) && b - a >= 4 && b - a <= 6) {
        size_t pa, pb, k = a;
        line_span(p, i - 1, &pa, &pb);
        while (k < b && (isupper((unsigned char)s[k]) || isdigit((unsigned char)s[k])))
            k++;
        if (k == b && wmo_heading(s, pa, pb))
            return HL_CHROME;
    }
    /* "RELEASE 25-117": the release's number, read with the header, no title */
    if (release_number(s, a, b, 0) || (listing_line(s, a, b) && !prose_above(p, i)))
        return HL_META;
    /* "Consumer Inquiries: 888-INFO-FDA" over the headline: a contact's field, no title */
    {
        const char *colon = memchr(s + a, ':', b - a);
        if (colon && skip_spaces(s, (size_t)(colon - s) + 1, b) < b && contact_label(s, a, b))
            return HL_META;
    }
    /* "* * * * *": a separator */
    int alnum = 0;
    for (size_t k = a; k < b && !alnum; k++)
        alnum = isalnum((unsigned char)s[k]) || (unsigned char)s[k] >= 0x80;
    if (!alnum)
        return HL_CHROME;
    /* "[House Hearing, 119 Congress]": a bracketed note over a page, not read; but
     * "[Prime Minister Ishikawa]" said again over later turns is the first turn's label */
    if (s[a] == '[' && s[b - 1] == ']' && !memchr(s + a + 1, '[', b - a - 1) && !is_delivery_note(s, a, b)) {
        spk_cue lc;
        if (spk_line_cue(s, a, b, &lc) && line_again(p, i, a, b))
            return HL_CUE;
        /* '[Press Conference: "Harbor Shooting Update"]' over a caption page: its kind
         * and title, read as the line would be without the brackets */
        size_t bks, bke;
        int bn;
        if (b - a > 4 && kind_line(s, a + 1, b - 1, &bks, &bke, &bn) && bks == a + 1 && bke < b - 1 && s[bke] == ':')
            return HL_KIND;
        /* "[Music plays]", "[Applause]" under the header: the event has begun (the
         * listed words of data/en/stage.txt; not "[Provisional Translation]") */
        if (spk_is_stage(s, a, b, SPK_INSIDE) && !data_has_line("en/languages.txt", s + a + 1, b - a - 2))
            return HL_PROSE;
        return HL_CHROME;
    }
    /* (a field that names people holds names: "Reporter: Minister, is it true the dam is
     * dry?", "Host: Welcome to the show." open a transcript's turns) */
    /* (a vote's record is a judgment's body, never its header: "IN FAVOUR: …") */
    if (field_at(s, a, b, &v, &holds) && !(holds == 'p' && v < b && sentence_not_names(s, v, b)) && holds != 'v')
        return HL_FIELD;
    /* "(Communicated by the Cabinet Secretariat)", "(Translated from Hebrew)": a note in
     * round brackets on its own line says how the statement came, no title ("(As
     * delivered)" is the delivery's, "(Moderator)" over turns a label) */
    if (s[a] == '(' && s[b - 1] == ')' && b - a > 8 && !memchr(s + a + 1, '(', b - a - 2) &&
        !header_meta(p, a, b, 1) && txt_words(s, a, b) >= 3) {
        spk_cue lc;
        if (!spk_line_cue(s, a, b, &lc))
            return HL_NOTE;
    }
    /* "PLEASE NOTE: "SUNDAY WITH …" MUST BE CREDITED IF …": an instruction to editors,
     * as the BBC heads its transcripts; no title */
    if (strncmp(s + a, "PLEASE NOTE", 11) == 0 && !txt_has_lower(s + a, b - a))
        return HL_META;
    /* "issued by the Registrar of the Court": who issued it, not who speaks */
    if (starts_with_ci(s + a, b - a, "issued by ") && txt_words(s, a, b) <= 12 && !ends_with_terminal(s, a, b))
        return HL_META;
    /* "Delivered in Parliament.", "Delivered at the Merchant Hall, Edinburgh": where
     * (or when) the speech was given, a line of the header */
    /* (up to sixteen words with a date: "Delivered at the Institute of Technical
     * Education College Central on 16 August 2026.") */
    if (starts_with_ci(s + a, b - a, "Delivered ") && !starts_with_ci(s + a, b - a, "Delivered by ") &&
        (txt_words(s, a, b) <= 10 || (txt_words(s, a, b) <= 16 && has_digit(s, a, b))) && !first_person(s, a, b))
        return HL_META;
    /* Hansard's label of a member, "Ms Priya Lal (Northbridge East) (Lab)", right over
     * her words: her party's letters in brackets say it is a label, the body starts */
    if (i + 1 < p->nlines && !line_blank(p, i + 1) && seated_label(s, a, b)) {
        size_t na, nb;
        line_span(p, i + 1, &na, &nb);
        if (txt_has_lower(s + na, nb - na) && txt_words(s, na, nb) >= 2 &&
            (ends_with_terminal(s, na, nb) || find_ci(s, na, nb, ". ")))
            return HL_CUE;
    }
    /* Hansard's and the Oireachtas's first turn: "The Secretary of State for … (Daniel
     * Marwood)", "Mr Speaker", a name line over its speech, whose name comes back
     * alone over later turns: a label, the body starts */
    if (i + 1 < p->nlines && !line_blank(p, i + 1) && b > a && !ends_with_terminal(s, a, b) &&
        txt_words(s, a, b) <= 16) {
        size_t x = a, y = b;
        if (s[b - 1] == ')') {
            const char *o = memchr(s + a, '(', b - a);
            if (o && o > s + a + 2) {
                x = (size_t)(o - s) + 1;
                y = b - 1;
            }
        }
        spk_cue lc;
        size_t na, nb, n = i + 1;
        line_span(p, n, &na, &nb);
        /* (past the page's own links between them: "Share this specific contribution") */
        while (n + 1 < p->nlines && !line_blank(p, n + 1) && is_chrome(s, na, nb))
            line_span(p, ++n, &na, &nb);
        if (y - x >= 4 && txt_words(s, x, y) <= 4 && txt_starts_upper(s + x, y - x) &&
            txt_has_lower(s + na, nb - na) && ends_with_terminal(s, na, nb) && spk_line_cue(s, a, b, &lc) &&
            line_again(p, i, x, y))
            return HL_CUE;
    }
    /* ("E&OE TRANSCRIPT": a delivery note, though it ends in a kind's word) */
    if (kind_delivery(s, a, b, &ks, &ke, &v, &v, NULL) || is_delivery_note(s, a, b))
        return HL_META;
    if (kind_line(s, a, b, &ks, &ke, &narrated)) {
        /* "Highlights" over a list of points (a company's report): the list's heading,
         * not the statement's kind */
        size_t n = next_content(p, i + 1), na, nb;
        if (ks == a && ke == b && txt_words(s, a, b) == 1 && n < p->nlines) {
            line_span(p, n, &na, &nb);
            if (bullet_len(s, na, nb))
                return HL_SHORT;
        }
        return HL_KIND;
    }
    /* ("Por su parte, la directora … precisó que …": a sentence that starts with the
     * word, the body's) */
    /* (nor one whose "by" counts or dates: "By fourteen votes to two, the Court …",
     * "By 2030 the port …") */
    if (spk_by_word(s + a, b - a) && !(ends_with_terminal(s, a, b) && txt_words(s, a, b) > 12) &&
        !by_count(s, a + spk_by_word(s + a, b - a), b) && !by_clause(s, a, b))
        return HL_BYLINE;
    /* "Delivered by Sir Geoffrey Nkemelu, Chair", "Presented by …", "From the Most Rev.
     * Dr. Tobias Ferris, Archbishop of …" (a message's sender) */
    static const char *const given[] = {"Delivered by ", "Presented by ", "Given by ", "Spoken by ", "Posted by ", "From the ",
                                        "From Archbishop ", "From Bishop ", "From Cardinal ", "From Pope ",
                                        "From President ", "From Prime Minister ", "From Minister ", "From His ",
                                        "From Her "};
    /* (not an issuing office's line, "FROM THE OFFICE OF THE GENERAL SECRETARY", as
     * unions and ministries head a statement: whose office, not who speaks) */
    /* ("From the Office of Senator Ana Ruiz" names her, and is hers) */
    if ((starts_with_ci(s + a, b - a, "From the Office of ") || starts_with_ci(s + a, b - a, "From the Offices of ")) &&
        txt_words(s, a, b) <= 16 && !ends_with_terminal(s, a, b)) {
        size_t r = a + (starts_with_ci(s + a, b - a, "From the Office of ") ? 19 : 20);
        char *t = txt_has_lower(s + r, b - r) ? txt_clean(s, r, b) : spk_title_case(s + r, b - r), *role = NULL,
             *name = NULL;
        int named = t && spk_split_person(t, &role, &name) == HD_OK && name && strchr(name, ' ');
        free(t);
        free(role);
        free(name);
        if (!named)
            return HL_META;
    }
    for (size_t k = 0; k < sizeof given / sizeof *given; k++)
        if (starts_with_ci(s + a, b - a, given[k]) && txt_words(s, a, b) <= 16 && !ends_with_terminal(s, a, b))
            return HL_BYLINE;
    /* « de Mme Hélène Duroc, … », "del ministro …, Tomás Ruiz": another language's
     * "of" in lower case opening a header line names who speaks */
    if (data_lang() != 0 && islower((unsigned char)s[a])) {
        size_t e = a;
        while (e < b && s[e] != ' ')
            e++;
        if (e < b && data_has_line("en/of-words.txt", s + a, e - a))
            return HL_BYLINE;
    }
    size_t bl = bullet_len(s, a, b);
    if (bl) {
        size_t x = a + bl, y = b;
        txt_trim(s, &x, &y);
        char iso[11];
        while (y > x && (s[y - 1] == '-' || s[y - 1] == ' ' || s[y - 1] == '|'))
            y--;
        if (x >= y || starts_with_ci(s + x, y - x, "Last updated") ||
            date_iso(p->order, s + x, y - x, iso))
            return HL_META;
        return HL_LIST;
    }
    /* a court's caption without rules: "Plaintiff," / "v." / "Defendant.", and the
     * party's name over its role ("DARREN M. KESSLER," over "Defendant.") */
    {
        static const char *const parties[] = {"Plaintiff,", "Plaintiffs,", "Petitioner,", "Petitioners,", "Appellant,",
                                              "Appellants,", "Claimant,", "Defendant.", "Defendants.", "Respondent.",
                                              "Respondents.", "Appellee.", "Appellees.", "v.", "vs.", "v", "V.",
                                              "Plaintiff", "Defendant", "Defendant,", "Respondent,", "Appellee,"};
        for (size_t k = 0; k < sizeof parties / sizeof *parties; k++)
            if (b - a == strlen(parties[k]) && memcmp(s + a, parties[k], b - a) == 0)
                return HL_META;
        /* (or on one line: "DELMAR FREIGHT, INC., Petitioner, v. ROSA QUINTANILLA,
         * Respondent.") */
        if (find_ci(s, a, b, " v. ") || find_ci(s, a, b, " vs. ")) {
            size_t lw = b;
            while (lw > a && s[lw - 1] != ' ')
                lw--;
            for (size_t k = 0; k < sizeof parties / sizeof *parties; k++)
                if (b - lw == strlen(parties[k]) && memcmp(s + lw, parties[k], b - lw) == 0 && s[lw] != 'v' &&
                    s[lw] != 'V' && lw > a && s[lw - 2] == ',')
                    return HL_META;
        }
        if (i + 1 < p->nlines && !line_blank(p, i + 1) && b > a && s[b - 1] == ',' && !txt_has_lower(s + a, b - a)) {
            size_t na, nb;
            line_span(p, i + 1, &na, &nb);
            for (size_t k = 0; k < sizeof parties / sizeof *parties; k++)
                if (nb - na == strlen(parties[k]) && memcmp(s + na, parties[k], nb - na) == 0 && s[na] != 'v')
                    return HL_META;
        }
    }
    /* "Maribo, 11 September 2025 – The Commission hereby declares …": a dateline
     * before a dash and a sentence opens the body */
    if (ends_with_terminal(s, a, b)) {
        for (size_t x = a + 4; x + 3 < b && x < a + 60; x++)
            if (s[x] == ' ' && (s[x + 1] == '-' || ((unsigned char)s[x + 1] == 0xE2 && x + 4 < b &&
                                                    (unsigned char)s[x + 2] == 0x80)) ) {
                size_t t = x + 1 + (s[x + 1] == '-' ? 1 : 3);
                char iso[11];
                int dated = 0;
                /* (or a month first: "March 7, 2025 – Greenfold Foods is recalling …") */
                for (size_t y = a; y < x && !dated; y++)
                    dated = (y == a || s[y - 1] == ' ') && isalnum((unsigned char)s[y]) &&
                            date_iso(p->order, s + y, x - y, iso);
                /* (four words will do: "LONDON, 12 March 2026 — The gallery announced a
                 * show."; not "… — For immediate release.") */
                /* (nor an embargo's or the pictures' note: "— Strictly embargoed until
                 * Thursday.", "— Images are available on request.") */
                size_t tt = skip_spaces(s, t, b);
                int note = 0;
                static const char *const notes[] = {"For ", "Not for ", "Embargo", "Strictly embargo", "Under embargo",
                                                    "Images are", "Images available", "Photos are", "Photos available",
                                                    "Photographs are", "Pictures are", "Video is", "Editors:",
                                                    "Note to editors", "Notes to editors", "Hi-res images"};
                for (size_t k = 0; k < sizeof notes / sizeof *notes && !note; k++)
                    note = starts_with_ci(s + tt, b - tt, notes[k]);
                if (dated && (txt_words(s, t, b) >= 6 ||
                              (txt_words(s, t, b) >= 4 && isupper((unsigned char)s[tt]) && txt_has_lower(s + tt, b - tt))) &&
                    !note)
                    return HL_PROSE;
                break;
            }
    }
    /* "Measles outbreak update – Friday, April 11, 2025, 2 p.m.": a topic, a spaced dash,
     * then the date (and the hour, whose stop ends no sentence) to the line's end: a
     * title's line, as "Department Press Briefing – April 8, 2025" is */
    if (ends_with_terminal(s, a, b)) {
        size_t dl, x = spaced_dash(s, a + 4, b, a + 80, &dl);
        size_t t = x == SIZE_MAX ? b : skip_spaces(s, x + dl, b);
        char iso[11];
        size_t k = t < b ? date_iso(p->order, s + t, b - t, iso) : 0;
        if (k && !ends_with_terminal(s, a, x) && txt_words(s, a, x) <= 10) {
            size_t r = t + k;
            while (r < b && (s[r] == ',' || s[r] == ' '))
                r++;
            dt_time tm;
            size_t tk = r < b ? dt_time_at(s + r, b - r, &tm) : 0;
            r = skip_spaces(s, r + tk, b);
            /* (a zone's letters after the hour: "2 p.m. ET") */
            while (r < b && isupper((unsigned char)s[r]))
                r++;
            if (skip_spaces(s, r, b) == b)
                return HL_SHORT;
        }
    }
    if (header_meta(p, a, b, 1))
        return HL_META;
    spk_cue c;
    /* "Flood Defences: Severn Marshes" is a title: a name-like label before a few words
     * that end no sentence */
    /* the first line is the title ("The Long Table, Episode 112: Who pays?") unless
     * a label with a role or in capitals opens it */
    /* "Myanmar: Red Cross scales up as floods displace 600,000": a place before a
     * headline, which ends no sentence; a turn's words do */
    if ((i == next_content(p, 0) || i == next_content(p, next_content(p, 0) + 1)) && spk_read_cue(s, a, b, &c) &&
        section_headline(p, i, &c))
        return HL_SHORT;
    /* 'Panel discussion: "What Comes After Coal?"' as the first line: an event and its
     * quoted title, however it ends */
    if (i == next_content(p, 0)) {
        const char *colon = memchr(s + a, ':', b - a);
        size_t q = colon ? skip_spaces(s, (size_t)(colon - s) + 1, b) : b;
        /* (an event's name, with a word in lower case or an event's word; not a person
         * quoted, 'Mayor Ana Ruiz: "We will rebuild …"') */
        size_t ce = colon ? (size_t)(colon - s) : a;
        int eventish = colon && (names_event(s, a, ce) || (txt_has_lower(s + a, ce - a) && memchr(s + a, ' ', ce - a) &&
                                                          !name_only(s, a, ce) && !spk_role_word_in(s, a, ce, 0)));
        if (colon && eventish && q < b && txt_words(s, a, ce) <= 4 && txt_words(s, q, b) <= 14 &&
            is_open_quote(s, q, b) && quote_end(s, q, b) == b && isupper((unsigned char)s[a]))
            return HL_SHORT;
        /* 'Archbishop of Canterbury: "We must not look away"' over "Transcript of
         * interview on …, 10 October 2023": a person and a quotation that ends no
         * sentence, a line of the header under it, is a headline; a turn's quoted
         * words end theirs */
        size_t qe = colon && q < b && is_open_quote(s, q, b) ? quote_end(s, q, b) : 0;
        spk_cue hc, nc;
        if (qe == b && txt_words(s, a, ce) <= 6 && txt_words(s, q, b) <= 14 && b - q > 4 &&
            !strchr(".!?", s[b - 2]) && !((unsigned char)s[b - 1] >= 0x80 && strchr(".!?", s[b - 4])) &&
            i + 1 < p->nlines && !line_blank(p, i + 1) && spk_read_cue(s, a, b, &hc) && hc.text_start == q) {
            size_t na, nb;
            line_span(p, i + 1, &na, &nb);
            /* (not a direction, "(Laughter)", "Applause": the turn's room) */
            if (nb > na && !spk_read_cue(s, na, nb, &nc) && !ends_with_terminal(s, na, nb) && txt_words(s, na, nb) >= 3 &&
                !is_stage(s, na, nb) && s[na] != '(' && s[na] != '[')
                return HL_SHORT;
        }
    }
    /* "MEDIA RELEASE" / "Kestrel Range National Park: Total Fire Ban and Track
     * Closures": under the kind line, a body's name before a headline that ends no
     * sentence is the title, not the body's turn */
    if (i > 0 && spk_read_cue(s, a, b, &c) && c.text_start < b && !ends_with_terminal(s, c.text_start, b) &&
        txt_words(s, c.text_start, b) <= 16 && org_name(s, c.label_start, c.label_end)) {
        size_t k = i;
        while (k > 0 && line_blank(p, k - 1))
            k--;
        size_t ka, kb, kks, kke;
        int narr;
        if (k > 0) {
            line_span(p, k - 1, &ka, &kb);
            if (kind_line(s, ka, kb, &kks, &kke, &narr) && kks == ka && kke >= kb)
                return HL_SHORT;
        }
    }
    if (spk_read_cue(s, a, b, &c) && (c.strong || next_content(p, 0) != i || label_again(p, i, &c)) &&
        !caps_headline(s, c.text_start, b) &&
        (c.strong || label_again(p, i, &c) || turn_line(s, a, b) ||
         (p->transcript && (ends_with_terminal(s, c.text_start, b) ||
                                        (txt_words(s, c.text_start, b) > 6 && !one_word_label(p, &c)))))) {
        /* "MODERATOR: NORA ELLIS" in a list of participants, "President: Mr. Ostrander
         * (Vallonia)" on a record's masthead: a role and who holds it, not a turn */
        if (c.text_start < b && !ends_with_terminal(s, c.text_start, b) && name_only(s, c.text_start, b))
            return HL_SHORT;
        /* "Chair: Helen Marsh MP, Labour, Member for Eastvale", "Moderator: Celia Brandt
         * (The Ledger)" over the turns: who holds the role, then what she is */
        if (role_holder(p, i, &c, NULL, NULL))
            return HL_SHORT;
        /* "Moderator: Chiara Bellandi, urban affairs editor, …" under "Participants:" */
        if (c.text_start < b && !ends_with_terminal(s, c.text_start, b) && in_people_list(p, i))
            return HL_SHORT;
        /* "WOMEN'S NATIONAL CHAMPIONSHIP: SEMIFINALS": an event and its stage in capitals
         * over the first turn, no one's words */
        if (c.text_start < b && !ends_with_terminal(s, c.text_start, b) && !txt_has_lower(s + c.text_start, b - c.text_start) &&
            !txt_has_lower(s + a, b - a) && i == next_content(p, 0))
            return HL_SHORT;
        if (headline_cue(p, i, &c))
            return HL_SHORT;
        /* "Audience: General public" among "Issue: Fire Hazard" and "Identification
         * number: RA-77104", a recall notice's fields: a value, not a turn */
        if (c.text_start < b && !ends_with_terminal(s, c.text_start, b) && !memchr(s + c.text_start, '?', b - c.text_start) &&
            txt_words(s, c.text_start, b) <= 4) {
            int fields = 0;
            for (int d = -1; d <= 1; d += 2) {
                size_t n = (size_t)((long)i + d), na, nb;
                if ((d < 0 && i == 0) || n >= p->nlines || line_blank(p, n))
                    continue;
                line_span(p, n, &na, &nb);
                const char *colon = memchr(s + na, ':', nb - na);
                spk_cue nc;
                fields += colon && colon - (s + na) <= 40 && skip_spaces(s, (size_t)(colon - s) + 1, nb) < nb &&
                          !ends_with_terminal(s, na, nb) && !(spk_read_cue(s, na, nb, &nc) && nc.strong);
            }
            if (fields)
                return HL_SHORT;
        }
        return HL_CUE;
    }
    /* a short line; one ending in a comma is part of an address ("House of
     * Representatives,") */
    /* a clause that runs on ("Recalling its decisions …;", "Adopted by the Council at
     * its meeting of …,") is prose */
    if (s[b - 1] == ';' || (s[b - 1] == ',' && txt_words(s, a, b) > 8))
        return HL_PROSE;
    /* "Mara Quintero (Brandt), 202-555-0133" under "Contact: …": a contact's line,
     * a name and a phone number or an e-mail address, titles nothing */
    if (txt_words(s, a, b) <= 10 && !ends_with_terminal(s, a, b) && i > 0 && !line_blank(p, i - 1)) {
        size_t digits = 0;
        for (size_t x = a; x < b; x++)
            digits += isdigit((unsigned char)s[x]) != 0;
        size_t pa, pb;
        line_span(p, i - 1, &pa, &pb);
        if ((digits >= 7 || memchr(s + a, '@', b - a)) && (contact_label(s, pa, pb) || header_class(p, i - 1) == HL_META))
            return HL_META;
        /* (or under the contact's name in a block that "Contact:" opens: "Contact:" /
         * "Lauren Pike" / "lpike@… | 555-410-8822") */
        if ((digits >= 7 || memchr(s + a, '@', b - a)) && contact_above(p, i - 1, 0))
            return HL_META;
    }
    /* "Permit: IPPC/AT/0456" under "Date of issue: 24 March 2025": a field among the
     * header's fields, its label a few words, its value a code or a name */
    /* (near the top, where a header is: the class of the line above is asked, and a
     * long run of such lines must not recurse line by line) */
    if (i > 0 && i < 200 && !line_blank(p, i - 1) && !ends_with_terminal(s, a, b)) {
        const char *colon = memchr(s + a, ':', b - a);
        size_t pa, pb;
        line_span(p, i - 1, &pa, &pb);
        const char *pcolon = memchr(s + pa, ':', pb - pa);
        char iso[11];
        size_t vx = colon ? skip_spaces(s, (size_t)(colon - s) + 1, b) : b;
        /* (not a subject, which titles a memo, nor a date, the field's own) */
        if (colon && colon > s + a && colon[1] == ' ' && txt_words(s, a, (size_t)(colon - s)) <= 3 &&
            !starts_with_ci(s + a, b - a, "Re:") && !starts_with_ci(s + a, b - a, "Subject:") &&
            !starts_with_ci(s + a, b - a, "Title:") && !starts_with_ci(s + a, b - a, "Topic:") &&
            !date_iso(p->order, s + vx, b - vx, iso) && (has_digit(s, vx, b) || memchr(s + vx, '/', b - vx)) &&
            !txt_has_lower(s + vx, b - vx) &&
            isupper((unsigned char)s[a]) && txt_words(s, (size_t)(colon - s) + 1, b) <= 6 && pcolon &&
            pcolon[1] == ' ' && txt_words(s, pa, (size_t)(pcolon - s)) <= 4 &&
            (header_class(p, i - 1) == HL_META || header_class(p, i - 1) == HL_FIELD))
            return HL_META;
    }
    if ((!ends_with_terminal(s, a, b) || s[b - 1] == ',') && txt_words(s, a, b) <= 25)
        return HL_SHORT;
    /* a long headline on the first line, a line alone ("No: 27, 3 September 2025,
     * Statement of the Spokesperson of the Ministry …, in Response to a Question
     * Regarding …"), no sentence's stop in it */
    if (i == next_content(p, 0) && !ends_with_terminal(s, a, b) && txt_words(s, a, b) <= 45 &&
        (i + 1 >= p->nlines || line_blank(p, i + 1)) && !first_person(s, a, b)) {
        int stop = 0;
        for (size_t x = a; x + 1 < b && !stop; x++)
            stop = (s[x] == '.' || s[x] == '!' || s[x] == '?') && s[x + 1] == ' ' && x > a && islower((unsigned char)s[x - 1]);
        if (!stop)
            return HL_SHORT;
    }
    /* a headline or deck among the first lines that ends in an abbreviation's stop */
    if (txt_words(s, a, b) <= 20 && abbreviation_end(s, a, b)) {
        size_t seen = 0;
        /* (in a headline's capitals, not a sentence's run of words in lower case: "The
         * region will benefit from new investment from Acme Rd.") */
        size_t lower = 0;
        static const char *const small[] = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by",
                                            "with", "from", "as", "after", "over", "near"};
        for (size_t x = a; x < b;) {
            size_t e = x;
            while (e < b && s[e] != ' ')
                e++;
            int sm = 0;
            for (size_t q = 0; q < sizeof small / sizeof *small && !sm; q++)
                sm = equals_ci(s + x, e - x, small[q]);
            lower += islower((unsigned char)s[x]) && !sm;
            x = e + 1;
        }
        int header = lower < 3;
        for (size_t k = next_content(p, 0); k < i && seen <= 10 && header; k = next_content(p, k + 1)) {
            seen++;
            hline hk = header_class(p, k);
            header = hk != HL_PROSE && hk != HL_CUE;
        }
        if (seen >= 1 && seen <= 10 && header)
            return HL_SHORT;
    }
    /* "Thursday, June 4, 2026" / "Harbourfront Arena, Halifax, N.S.": a place under a
     * date, whose last part is letters with stops, ends no sentence */
    size_t pa, pb;
    int under_date = i > 0 && !line_blank(p, i - 1);
    if (under_date) {
        line_span(p, i - 1, &pa, &pb);
        under_date = has_digit(s, pa, pb);
    }
    if (under_date && txt_words(s, a, b) <= 6 && memchr(s + a, ',', b - a) && b - a >= 4 && s[b - 1] == '.') {
        size_t w = b;
        while (w > a && s[w - 1] != ' ')
            w--;
        if (b - w <= 6 && memchr(s + w, '.', b - w - 1) && isupper((unsigned char)s[w]))
            return HL_SHORT;
    }
    /* "U.S. Senate," / "Committee on Commerce," / "Washington, DC.": an address's last
     * line under its lines that end in commas, the stop after a state's capitals */
    if (i > 0 && !line_blank(p, i - 1) && txt_words(s, a, b) <= 6 && memchr(s + a, ',', b - a) && s[b - 1] == '.') {
        line_span(p, i - 1, &pa, &pb);
        size_t w = b - 1;
        while (w > a && s[w - 1] != ' ')
            w--;
        int caps = w + 1 < b;
        for (size_t x = w; x + 1 < b && caps; x++)
            caps = isupper((unsigned char)s[x]) || s[x] == '.';
        if (pb > pa && s[pb - 1] == ',' && caps && b - 1 - w <= 5)
            return HL_SHORT;
    }
    return HL_PROSE;
}

/* Whether the word s[w, e) of s[a, b), a noun that is a verb too, is the verb: before
 * a number ("Call 0800 123 4567", "call 911"), or opening a sentence before a word in
 * lower case ("Call us", "Address letters to …"), as no event's name is. */
static int imperative(const char *s, size_t a, size_t b, size_t w, size_t e)
{
    if (e + 1 >= b || s[e] != ' ')
        return 0;
    unsigned char c = (unsigned char)s[e + 1];
    if (isdigit(c) || c == '+' || (c == '(' && e + 2 < b && isdigit((unsigned char)s[e + 2])))
        return 1;
    size_t x = w;
    while (x > a && s[x - 1] == ' ')
        x--;
    int opens = x == a || s[x - 1] == '.' || s[x - 1] == '!' || s[x - 1] == '?' || s[x - 1] == ':';
    return opens && islower(c);
}

/* Words of a statement's kind in a sentence ("the interview", "today's noon briefing");
 * with nouns_only, not those that are verbs too ("call", "address", "panel"). */
static int event_word(const char *s, size_t a, size_t b, int nouns_only)
{
    static const char *const nouns[] = {"interview", "transcript", "briefing", "press conference",
                                        "press point", "statement", "speech", "remarks", "hearing",
                                        "meeting", "doorstep", "gaggle", "summit",
                                        /* verbs too */ "address", "panel", "call"};
    enum { VERBS_TOO = 3 }; /* the last of nouns[] */
    size_t all = sizeof nouns / sizeof *nouns, count = all - (nouns_only ? VERBS_TOO : 0);
    for (size_t k = 0; k < count; k++) {
        size_t n = strlen(nouns[k]);
        for (size_t i = a; i + n <= b; i++)
            if (u8_ncasecmp(s + i, nouns[k], n) == 0 && (i == a || !isalpha((unsigned char)s[i - 1])) &&
                (i + n == b || !isalpha((unsigned char)s[i + n])) &&
                !(k + VERBS_TOO >= all && imperative(s, a, b, i, i + n)) &&
                /* (nor an infinitive: "resolved to call off the strike") */
                !(k + VERBS_TOO >= all && i >= a + 3 && u8_ncasecmp(s + i - 3, "to ", 3) == 0 &&
                  (i == a + 3 || s[i - 4] == ' ')))
                return 1;
    }
    return 0;
}

static int names_event(const char *s, size_t a, size_t b) { return event_word(s, a, b, 0); }

/* names_event, by a noun that is no verb too: a summary's, even of two sentences. */
static int names_event_noun(const char *s, size_t a, size_t b) { return event_word(s, a, b, 1); }

/* names_event, or in another language one of its kinds (« a fait la déclaration
 * suivante », « pronunció el siguiente discurso »). */
static int names_event_any(const char *s, size_t a, size_t b)
{
    if (names_event(s, a, b))
        return 1;
    const data_file *f = data_lang() != 0 ? data_get("en/kinds.txt") : NULL;
    size_t pos = 0, len;
    const char *line;
    while (f && data_next_line(f, &pos, &line, &len)) {
        const char *tab = memchr(line, '\t', len);
        size_t n = tab ? (size_t)(tab - line) : len;
        for (size_t i = a; n && i + n <= b; i++)
            if ((i == a || s[i - 1] == ' ' || s[i - 1] == '\'') && u8_ncasecmp(s + i, line, n) == 0 &&
                (i + n == b || !isalnum((unsigned char)s[i + n])))
                return 1;
    }
    return 0;
}

/* Whether the word s[w, e) of the text s[a, b), capitalised inside a sentence beside
 * another capitalised word, is part of a name: "Manage My Booking", "My Account", "Find
 * My Device" (a product's, not someone speaking). "I" is a word wherever it stands. */
static int in_name(const char *s, size_t a, size_t b, size_t w, size_t e)
{
    if (e - w < 2 || !isupper((unsigned char)s[w]))
        return 0;
    size_t p = w;
    while (p > a && s[p - 1] == ' ')
        p--;
    if (p == a || strchr(".?!:\"(", s[p - 1]) || (p >= a + 3 && (unsigned char)s[p - 3] == 0xE2))
        return 0; /* (a sentence's first word) */
    size_t pw = p;
    while (pw > a && s[pw - 1] != ' ')
        pw--;
    size_t n = e;
    while (n < b && s[n] == ' ')
        n++;
    return isupper((unsigned char)s[pw]) || (n > e && n < b && isupper((unsigned char)s[n]));
}

/* First-person words (data/en/first-person.txt) in s[a, b) outside quotations (a
 * quotation's "we" is the quoted person's, not the text's); `singular`: only those of
 * one person (I, me, my; not an organisation's "we"). */
static int person_words(const char *s, size_t a, size_t b, int singular)
{
    int quoted = 0;
    for (size_t i = a; i < b;) {
        while (i < b && !isalpha((unsigned char)s[i])) {
            if (s[i] == '"')
                quoted = !quoted;
            else if (i + 3 <= b && memcmp(s + i, "\xE2\x80\x9C", 3) == 0)
                quoted = 1;
            else if (i + 3 <= b && memcmp(s + i, "\xE2\x80\x9D", 3) == 0)
                quoted = 0;
            i++;
        }
        /* a word up to a space, a mark or an apostrophe ("I'm", "j'ai": I, j) */
        size_t w = i;
        while (i < b && s[i] != ' ' && s[i] != ',' && s[i] != '.' && s[i] != '?' && s[i] != '!' &&
               s[i] != '"' && s[i] != '\'' && s[i] != ';' && s[i] != ':' && (unsigned char)s[i] != 0xE2)
            i++;
        const char *line;
        size_t len;
        int apostrophe = i < b && (s[i] == '\'' || (i + 3 <= b && memcmp(s + i, "\xE2\x80\x99", 3) == 0));
        /* "Phase I", "Schedule I", "World War I": a Roman numeral after a word that
         * counts (data/en/counters.txt), no one speaking */
        int numeral = 0;
        if (i - w == 1 && s[w] == 'I' && w >= 2 && s[w - 1] == ' ') {
            size_t pw = w - 1;
            while (pw > a && isalpha((unsigned char)s[pw - 1]))
                pw--;
            /* (or in lower case, as counters.txt writes it: "clade I", "phase I") */
            numeral = pw < w - 1 && data_word_line("en/counters.txt", s + pw, w - 1 - pw, 0, DATA_ANYWHERE) != NULL;
        }
        /* (a word's own start: not "me" in "3ème", after a digit or a letter beyond
         * ASCII; a mark beyond ASCII, “ or a dash, may come before) */
        int inside = w > a && isalnum((unsigned char)s[w - 1]);
        if (w > a && (unsigned char)s[w - 1] >= 0x80) {
            size_t l = w - 1;
            while (l > a && ((unsigned char)s[l] & 0xC0) == 0x80)
                l--;
            inside = (unsigned char)s[l] != 0xE2 && (unsigned char)s[l] != 0xC2;
        }
        if (!quoted && i > w && !numeral && !inside && !in_name(s, a, b, w, i) &&
            data_field_lines("en/first-person.txt", s + w, i - w, 0, &line, &len, 1)) {
            const char *tab = memchr(line, '\t', len);
            size_t fl = tab ? len - (size_t)(tab + 1 - line) : 0;
            int one = tab && fl >= 3 && memcmp(tab + 1, "one", 3) == 0;
            int elided = tab && fl >= 6 && memcmp(tab + 1 + fl - 6, "elided", 6) == 0;
            if ((!singular || one) && (!elided || apostrophe))
                return 1;
        }
        while (i < b && (s[i] == '\'' || isalpha((unsigned char)s[i])))
            i++;
    }
    return 0;
}

/* Whether s[a, b) opens with a greeting a speaker gives (data/en/greetings.txt):
 * "Thank you, conference.", "Good morning." */
static int greeting(const char *s, size_t a, size_t b)
{
    const data_file *f = data_get("en/greetings.txt");
    size_t pos = 0, len;
    const char *line;
    while (f && data_next_line(f, &pos, &line, &len))
        if (b - a >= len && u8_ncasecmp(s + a, line, len) == 0 && (b - a == len || !isalnum((unsigned char)s[a + len])))
            return 1;
    return 0;
}

/* First-person words: a sentence with them is speech, not a caption. */
static int first_person(const char *s, size_t a, size_t b) { return person_words(s, a, b, 0); }

/* Where in s[a, b) a person is said to give the statement: after "by" in a sentence
 * about it ("today's noon briefing by Ana Ruiz, Spokesperson …", "the speech made by
 * …"), or the capitalised description that opens a sentence about it ("Prime Minister
 * Ana Ruiz delivered the following statement:", "The Prime Minister made a statement
 * …"). Sets [*pa, *pb) and returns 1, or 0. */
static int byline_sentence(const char *s, size_t a, size_t b, size_t *pa, size_t *pb)
{
    /* "Ahead of the pledging conference, the Humanitarian Coordinator for Ostria, Ingrid
     * Balogun, issued the following statement:": a clause of when before the sentence
     * about the statement */
    static const char *const whens[] = {"Ahead of ", "Following ", "After ", "Before ", "On the eve of ",
                                        "At the close of ", "At the end of ", "In response to ", "At the opening of "};
    for (size_t k = 0; k < sizeof whens / sizeof *whens; k++)
        if (starts_with_ci(s + a, b - a, whens[k]) &&
            !starts_with_ci(s + a + strlen(whens[k]), b - a - strlen(whens[k]), "is ") &&
            !starts_with_ci(s + a + strlen(whens[k]), b - a - strlen(whens[k]), "are ")) {
            size_t c = a + strlen(whens[k]);
            while (c + 2 < b && !(s[c] == ',' && s[c + 1] == ' '))
                c++;
            if (c + 2 < b && txt_words(s, a, c) <= 12 && (isupper((unsigned char)s[c + 2]) || starts_with_ci(s + c + 2, b - c - 2, "the ")))
                return byline_sentence(s, c + 2, b, pa, pb);
            return 0;
        }
    /* "Following is a question by the Hon Chan Wing-kei and a written reply by the
     * Secretary for Housing, Ms Winnie Ho, in the Legislative Council today": who
     * replies is who speaks the answers */
    size_t reply = SIZE_MAX;
    static const char *const replies[] = {" reply by ", " replies by ", " answer by ", " answers by "};
    for (size_t i = a; i + 10 < b && reply == SIZE_MAX; i++)
        for (size_t k = 0; k < sizeof replies / sizeof *replies; k++)
            if (i + strlen(replies[k]) < b && strncmp(s + i, replies[k], strlen(replies[k])) == 0 &&
                find_ci(s, a, i, "question")) {
                reply = i + strlen(replies[k]) - 4;
                break;
            }
    /* ("Please Note: This transcript is not edited": the publisher's note) */
    if ((!names_event(s, a, b) && reply == SIZE_MAX) || first_person(s, a, b) || memchr(s + a, '"', b - a) ||
        is_note_paragraph(s, a, b))
        return 0;
    for (size_t x = a; x + 3 <= b; x++)
        if (memcmp(s + x, "\xE2\x80\x9C", 3) == 0)
            return 0; /* it quotes someone: the body's */
    /* a resolution's clause ("Noting the opening remarks by …", "Welcoming …") */
    size_t w1 = a;
    while (w1 < b && isalpha((unsigned char)s[w1]))
        w1++;
    /* (but "Following is the transcript of remarks by …", a release's lead) */
    if (w1 - a > 4 && isupper((unsigned char)s[a]) && strncmp(s + w1 - 3, "ing", 3) == 0 &&
        (w1 == b || s[w1] == ' ') && !starts_with_ci(s + w1, b - w1, " is ") &&
        !starts_with_ci(s + w1, b - w1, " are "))
        return 0;
    /* "by" after the event's noun, a few words before ("the speech made by", "noon
     * briefing by"); "farmers affected by Cyclone Tara" names no speaker */
    /* (not those who came, "The meeting was attended by Sheikh Hamdan, …": present,
     * not speaking) */
    static const char *const present[] = {"attended", "joined", "accompanied", "witnessed", "observed",
                                          "received", "followed", "preceded", "organised",
                                          "organized", "sponsored", "funded", "supported", "graced"};
    static const char *const spoke[] = {"addressed", "delivered", "given", "made", "read", "presented", "hosted"};
    int skipped = 0;
    for (size_t i = reply != SIZE_MAX ? reply : a; i + 4 < b; i++)
        if (strncmp(s + i, " by ", 4) == 0 && (isupper((unsigned char)s[i + 4]) ||
                                               starts_with_ci(s + i + 4, b - i - 4, "the ")) &&
            (i == reply || names_event(s, i > a + 32 ? i - 32 : a, i) ||
             (skipped && word_before_in(s, a, i, spoke, sizeof spoke / sizeof *spoke)))) {
            size_t pw = i;
            while (pw > a && s[pw - 1] != ' ')
                pw--;
            int came = 0;
            for (size_t k = 0; k < sizeof present / sizeof *present && !came; k++)
                came = strlen(present[k]) == i - pw && strncmp(s + pw, present[k], i - pw) == 0;
            if (came) {
                skipped = 1; /* (a later "by" may name the speaker: "…, organised by the
                              * Ministry, was addressed by Minister Ali Hassan") */
                continue;
            }
            *pa = i + 4;
            size_t e = *pa;
            /* to the sentence's end: a stop that is not an initial's or a title's */
            while (e < b && !(s[e] == '.' && (e + 1 >= b || s[e + 1] == ' ') && e >= *pa + 3 &&
                              islower((unsigned char)s[e - 1])))
                e++;
            /* to where the person ends: "by the Chief Executive, Mr Kenneth Lau, at a media
             * session …", a comma and a preposition */
            static const char *const after[] = {", at ", ", in ", ", on ", ", during ", ", before ", ", after ",
                                                ", to ", ", from ", ", with ", ", for "};
            for (size_t x = *pa; x < e; x++)
                for (size_t k = 0; k < sizeof after / sizeof *after; k++)
                    if (x + strlen(after[k]) <= e && strncmp(s + x, after[k], strlen(after[k])) == 0) {
                        e = x;
                        break;
                    }
            *pb = e;
            return 1;
        }
    /* a capitalised description, then a verb in lower case */
    size_t i = a, words = 0, caps = 0, verb = a, verb_end = a;
    while (i < b) {
        size_t w = i;
        while (i < b && s[i] != ' ')
            i++;
        const char *t = s + w;
        size_t n = i - w;
        /* (an adverb of time before the verb is no verb: "The Minister of Health, Dr
         * Jane Okello, today chaired …") */
        static const char *const adverbs[] = {"today", "yesterday", "tonight", "also", "recently", "formally",
                                              "officially", "jointly", "earlier"};
        int adverb = 0;
        for (size_t q = 0; q < sizeof adverbs / sizeof *adverbs && !adverb && !isupper((unsigned char)t[0]); q++)
            adverb = equals_ci(t, n, adverbs[q]);
        if (isupper((unsigned char)t[0])) {
            caps++;
        } else if (!(equals_ci(t, n, "of") || equals_ci(t, n, "the") || equals_ci(t, n, "for") || adverb)) {
            verb = w;
            verb_end = i;
            break;
        }
        words++;
        while (i < b && s[i] == ' ')
            i++;
    }
    /* (the verb one of giving the statement: "President Kariuki chaired a meeting of the
     * Cabinet", "… met the press", "… hosted the summit" report an event, narrated) */
    static const char *const not_giving[] = {"chaired", "chairs", "presided", "presides", "convened", "convenes",
                                             "hosted", "hosts", "attended", "attends", "met", "meets",
                                             "visited", "visits", "received", "receives", "led", "leads",
                                             "opened", "opens", "witnessed", "launched"};
    for (size_t k = 0; k < sizeof not_giving / sizeof *not_giving && verb_end > verb; k++)
        if (equals_ci(s + verb, verb_end - verb, not_giving[k]))
            return 0;
    /* ("The Monetary Policy Committee held its 302nd meeting on …", a communiqué's first
     * words: a meeting held; "Governor Ana Ruiz held a press conference" gave one) */
    /* (the meeting a few words after the verb, no spoken event's word between) */
    if (verb_end > verb && (equals_ci(s + verb, verb_end - verb, "held") || equals_ci(s + verb, verb_end - verb, "holds"))) {
        size_t mt = verb_end;
        while (mt + 7 <= b && u8_ncasecmp(s + mt, "meeting", 7) != 0)
            mt++;
        if (mt + 7 > b)
            mt = b;
        if (mt < b && txt_words(s, verb_end, mt) <= 4 && !find_ci(s, verb, mt, "press") &&
            !find_ci(s, verb, mt, "briefing") && !find_ci(s, verb, mt, "conference") && !find_ci(s, verb, mt, "interview"))
            return 0;
    }
    /* "Mayor Gwendolyn Abara called the meeting to order at 6:32 p.m.": minutes */
    if (verb_end > verb && find_ci(s, verb, b, " to order"))
        return 0;
    /* the event is what the verb did ("delivered the following statement", "spoke at
     * the summit"); further on, only when a person gives it ("Prime Minister Ana Ruiz
     * set out plans … in a speech in Tarsby today"), not an office ("The Ministry
     * welcomed the agreement signed in Geneva following a hearing": news) */
    size_t near = verb_end;
    static const char *const other_time[] = {"after", "following", "before", "during", "since", "until", "ahead"};
    for (int k = 0; k < 5 && near < b; k++) {
        size_t w = near;
        while (w < b && s[w] == ' ')
            w++;
        size_t e = w;
        while (e < b && s[e] != ' ')
            e++;
        int stop = 0; /* "… after a hearing": another event, not what was given */
        for (size_t q = 0; q < sizeof other_time / sizeof *other_time && !stop; q++)
            stop = equals_ci(s + w, e - w, other_time[q]);
        if (stop)
            break;
        near = e;
    }
    if (person_role_in(s, a, verb))
        near = b;
    /* "The IRF Council, meeting on 1–2 March in Lausanne, approved …": a body's
     * apposition, its verb still to come; news, not who gives the statement */
    else if (verb > a + 2 && s[verb - 2] == ',')
        return 0;
    /* "The Monetary Policy Committee at its meeting today decided …": a meeting it sat
     * at, no statement it gave */
    if (verb_end > verb && (equals_ci(s + verb, verb_end - verb, "at") || equals_ci(s + verb, verb_end - verb, "in") ||
                            equals_ci(s + verb, verb_end - verb, "during")) &&
        (find_ci(s, verb, near, "meeting") || find_ci(s, verb, near, "summit") || find_ci(s, verb, near, "hearing")))
        return 0;
    if (caps >= 2 && words <= 8 && i < b && names_event(s, verb, near)) {
        *pa = a;
        *pb = i;
        while (*pb > a && s[*pb - 1] == ' ')
            (*pb)--;
        /* back to the last capitalised word */
        size_t e = *pb;
        while (e > a && s[e - 1] != ' ')
            e--;
        if (!isupper((unsigned char)s[e]))
            *pb = e > a ? e - 1 : a;
        return *pb > *pa;
    }
    return 0;
}

/* Where s[a, b) holds w, as written: its offset, or b. */
static size_t find_at(const char *s, size_t a, size_t b, const char *w)
{
    size_t n = strlen(w);
    for (size_t i = a; i + n <= b; i++)
        if (memcmp(s + i, w, n) == 0)
            return i;
    return b;
}

/* Whether s[a, b) holds w, in any case. */
static int find_ci(const char *s, size_t a, size_t b, const char *w)
{
    size_t n = strlen(w);
    for (size_t i = a; i + n <= b; i++)
        if (u8_ncasecmp(s + i, w, n) == 0)
            return 1;
    return 0;
}

/* '"Who Owns the Ocean Floor?"' on a line of its own under a lecture's name: a title
 * in quotation marks, its words capitalised but the small ones, no one's words. */
static int quoted_title(const char *s, size_t a, size_t b)
{
    if (b <= a || !is_open_quote(s, a, b) || quote_end(s, a, b) != b || txt_words(s, a, b) > 14)
        return 0;
    size_t x = a + (s[a] == '"' ? 1 : opens_curly(s, a, b)), y = b - 1, words = 0;
    while (y > x && ((unsigned char)s[y] & 0xC0) == 0x80)
        y--; /* (the closing mark, one byte or three) */
    while (x < y) {
        size_t e = x;
        while (e < y && s[e] != ' ')
            e++;
        if (e > x && !isupper((unsigned char)s[x]) && !(e - x <= 3 && islower((unsigned char)s[x])))
            return 0;
        words += e > x;
        x = e + 1;
    }
    return words >= 2 && isupper((unsigned char)s[a + (s[a] == '"' ? 1 : opens_curly(s, a, b))]);
}

/* A sentence at the top that belongs to the header: a summary before header fields
 * ("Prime Minister Ana Ruiz set out plans … today." then "From: …"), a byline in a
 * sentence, or a caption or note about the event in the third person ("The interview
 * was conducted in English.", "THIS IS A RUSH TRANSCRIPT."). */
/* Whether s[a, b) is a clause that runs on into the next: "…; and", "…; or". */
static int runs_on(const char *s, size_t a, size_t b)
{
    return b - a > 6 && (memcmp(s + b - 5, "; and", 5) == 0 || memcmp(s + b - 4, "; or", 4) == 0);
}

static int header_prose(parser *p, size_t i)
{
    const char *s = p->s;
    size_t a, b, pa, pb;
    line_span(p, i, &a, &b);
    int qtitle = quoted_title(s, a, b);
    /* a paragraph opening with a quotation mark is someone's words */
    if (!qtitle && (s[a] == '"' || (b - a >= 3 && (memcmp(s + a, "\xE2\x80\x9C", 3) == 0 || memcmp(s + a, "\xE2\x80\x98", 3) == 0)) ||
                    (b - a >= 2 && memcmp(s + a, "\xC2\xAB", 2) == 0)))
        return 0;
    /* "Good morning, and welcome to the Annual General Meeting.": a greeting, the
     * speaker's first words */
    if (ends_with_terminal(s, a, b) && greeting(s, a, b))
        return 0;
    /* "Berne, 14.11.2025 - Lors de sa séance …", "WASHINGTON, March 5, 2025 – The
     * Department …": a dateline opens the body's first paragraph */
    const char *dash = NULL;
    for (size_t x = a; x + 2 < b && x < a + 60 && !dash; x++)
        if (s[x] == ' ' && (s[x + 1] == '-' || ((unsigned char)s[x + 1] == 0xE2 && x + 4 < b)) && x > a)
            dash = s + x;
    if (dash) {
        char iso[11];
        size_t e = (size_t)(dash - s);
        for (size_t x = a; x < e; x++)
            if ((x == a || s[x - 1] == ' ') && isalnum((unsigned char)s[x]) && date_iso(p->order, s + x, e - x, iso) &&
                txt_words(s, (size_t)(dash - s), b) >= 6)
                return 0;
    }
    size_t sentences = 0;
    for (size_t x = a; x < b; x++) {
        if (!((s[x] == '.' || s[x] == '?' || s[x] == '!') && (x + 1 == b || s[x + 1] == ' ')))
            continue;
        /* (in the first line, asking, an abbreviation's stop or an initial's ends none:
         * "Is Sen. Ruth Abernathy Ready to Retire?", "Can the U.S. Senate Still Work?") */
        size_t w = x;
        while (w > a && s[w - 1] != ' ')
            w--;
        if (s[x] == '.' && x + 1 < b && s[b - 1] == '?' && i == next_content(p, 0) &&
            (seg_abbreviation(s + w, x - w) || memchr(s + w, '.', x - w) || (x - w == 1 && isupper((unsigned char)s[w]))))
            continue;
        sentences++;
    }
    /* "Cabinet met at State House today. The meeting made the following resolutions:":
     * sentences that end by opening what follows are the body's first paragraph */
    if (sentences >= 1 && b > a && s[b - 1] == ':' && txt_words(s, a, b) > 8 && !spk_lead_in_line(s, a, b))
        return 0; /* (a lead-in, "Below are her remarks as prepared for delivery:", is the header's) */
    /* a summary over header fields is a sentence; a paragraph of news, or one that
     * quotes someone ("… said, \"…\""), is the body's first */
    int quotes = !qtitle && memchr(s + a, '"', b - a) != NULL;
    for (size_t x = a; x + 3 <= b && !quotes && !qtitle; x++)
        quotes = memcmp(s + x, "\xE2\x80\x9C", 3) == 0;
    if ((quotes && sentences >= 2) || txt_words(s, a, b) > 60)
        return 0;
    /* a clause that goes on ("Recalling its decisions …;", "The Council,", a recital's
     * "WHEREAS, … Counties; and") is the body's */
    if (b > a && (s[b - 1] == ';' || (s[b - 1] == ',' && txt_words(s, a, b) > 3)))
        return 0;
    if (runs_on(s, a, b))
        return 0;
    /* a sentence that opens what follows ("The following roads will be closed on
     * Sunday 16 March:") is the body's, not a lead-in the header keeps */
    if (b > a && s[b - 1] == ':' && txt_words(s, a, b) >= 7 && txt_has_lower(s + a, b - a) &&
        !spk_lead_in_line(s, a, b) && !byline_sentence(s, a, b, &pa, &pb))
        return 0;
    /* "1. The Retreat was held on 27 February 2025 …" over "2. The Ministers noted …":
     * the first of the body's numbered paragraphs */
    if (number_len(s, a, b) && txt_words(s, a, b) >= 6) {
        size_t k = next_content(p, i + 1), ka, kb;
        if (k < p->nlines) {
            line_span(p, k, &ka, &kb);
            if (number_len(s, ka, kb))
                return 0;
        }
    }
    size_t k = next_content(p, i + 1);
    for (int n = 0; n < 3 && k < p->nlines && sentences <= 1 && !quotes;
         n++, k = next_content(p, k + 1)) {
        hline c = header_class(p, k);
        size_t ka, kb;
        line_span(p, k, &ka, &kb);
        if (c == HL_CUE || contact_label(s, ka, kb))
            break;
        /* (a lead-in over the body's prose: the fields after that are its foot, "New
         * York, 7 March 2025" under the statement) */
        if (c == HL_PROSE && spk_lead_in_line(s, a, b))
            break;
        /* "… the Committee decided to:" over its bullets: the decision, the body's */
        if (s[b - 1] == ':' && bullet_len(s, ka, kb))
            return 0;
        /* (a photo's caption under the lead, "Photo: Officers at the scene.", is the
         * page's, not a field of the header's) */
        size_t fv;
        int fh = 0;
        if (c == HL_FIELD && field_at(s, ka, kb, &fv, &fh) && fh == 'c')
            continue;
        if (c == HL_FIELD || c == HL_META || c == HL_BYLINE) {
            /* unless no prose follows the fields: the statement's only paragraph, over
             * its page's footer ("Updated …", "Topic", "Press Release Number: …") */
            size_t q = k;
            for (int m = 0; m < 40 && q < p->nlines; m++, q = next_content(p, q + 1))
                if (header_class(p, q) == HL_PROSE || header_class(p, q) == HL_CUE)
                    return 1;
            return 0;
        }
    }
    if (byline_sentence(s, a, b, &pa, &pb))
        return 1;
    int caps = 1;
    for (size_t x = a; x < b && caps; x++)
        caps = !islower((unsigned char)s[x]);
    /* (two sentences that name no event but by a verb, "… asked to call police on 105",
     * are news: the body's one paragraph) */
    /* A note about the event ("The meeting was called to order at 10.05 a.m.",
     * "Earlier today, Governor Roe was a guest on WXYZ.") stands over a transcript's
     * turns, or says what was done ("… was recorded", "… took place"); over a release's
     * paragraphs a sentence naming an event is its news ("The Ministry welcomed the
     * agreement signed following a hearing."). */
    /* (a transcript's note stands right over its turns: a release that ends with
     * questions and answers under a heading keeps its first paragraph) */
    int near_turns = p->transcript;
    if (near_turns && count_cue_lines(p) && p->first_cue != SIZE_MAX) {
        size_t n1 = next_content(p, i + 1), n2 = n1 < p->nlines ? next_content(p, n1 + 1) : p->nlines;
        near_turns = p->first_cue <= n1 || (p->first_cue == n2 && header_class(p, n1) != HL_PROSE);
    }
    int note = near_turns || find_ci(s, a, b, " was ") || find_ci(s, a, b, " were ") ||
               find_ci(s, a, b, " took place") || spk_lead_in_line(s, a, b);
    /* (two sentences of it over a release's paragraphs, "The Meeting was held via
     * videoconference today. Ministers attended.", are its first paragraph; over a
     * record's turns, or minutes' "The meeting was called to order at 6:32 p.m. …",
     * the record's) */
    return sentences <= 2 && txt_words(s, a, b) <= 45 && !first_person(s, a, b) && !quotes &&
           (caps || (note && names_event_any(s, a, b) &&
                     (sentences <= 1 || data_lang() != 0 || (names_event_noun(s, a, b) &&
                                                                       (near_turns || is_note_paragraph(s, a, b) ||
                                                                        find_ci(s, a, b, " to order")))))) &&
           s[a] != '"' && (unsigned char)s[a] != 0xE2;
}

/* An organisation, office or venue line ("Office of the Press Secretary", "James S.
 * Brady Press Briefing Room"): part of a header, not a chapter heading. */
/* Whether every word of s[a, b) is capitalised or joins ("of", "for", "and", "the"):
 * a name's words ("Office of the Press Secretary"), not a headline's. `heading`: a
 * section's words, which may also be figures and join with "to", "on", "in"
 * ("Outlook FY 2025"). */
static int capitalised_words_as(const char *s, size_t a, size_t b, int heading)
{
    for (size_t x = a; x < b;) {
        size_t e = x;
        while (e < b && s[e] != ' ')
            e++;
        if (e > x && !isupper((unsigned char)s[x]) && !equals_ci(s + x, e - x, "of") &&
            !equals_ci(s + x, e - x, "for") && !equals_ci(s + x, e - x, "the") && !equals_ci(s + x, e - x, "and") &&
            !(heading && (isdigit((unsigned char)s[x]) || equals_ci(s + x, e - x, "to") || equals_ci(s + x, e - x, "on") ||
                          equals_ci(s + x, e - x, "in"))))
            return 0;
        x = e + 1;
    }
    return 1;
}

static int capitalised_words(const char *s, size_t a, size_t b) { return capitalised_words_as(s, a, b, 0); }

/* A word after the first of s[a, b) that headlines use as their verb ("City Council
 * Approves Budget"): data/en/headline-verbs.txt. */
static int headline_verb(const char *s, size_t a, size_t b)
{
    size_t i = a;
    while (i < b && s[i] != ' ')
        i++;
    while (i < b) {
        while (i < b && s[i] == ' ')
            i++;
        size_t w = i;
        while (i < b && s[i] != ' ' && s[i] != ',')
            i++;
        /* (a verb has its object after it, and no "of", "and" or "for" before it:
         * "Forum of Electoral Commissions", "Department of Flags and Heraldry") */
        size_t pw = w > a + 1 ? w - 1 : w;
        while (pw > a && s[pw - 1] != ' ')
            pw--;
        int joined = w > a + 1 && (equals_ci(s + pw, w - 1 - pw, "of") || equals_ci(s + pw, w - 1 - pw, "and") ||
                                   equals_ci(s + pw, w - 1 - pw, "for") || equals_ci(s + pw, w - 1 - pw, "the"));
        if (i > w && !joined && skip_spaces(s, i, b) < b &&
            data_word_line("en/headline-verbs.txt", s + w, i - w, 1, DATA_ANYWHERE))
            return 1;
        while (i < b && s[i] == ',')
            i++;
    }
    return 0;
}

static int org_line(const char *s, size_t a, size_t b)
{
    /* "City Council Approves Budget": a headline */
    if (headline_verb(s, a, b))
        return 0;
    /* "Groundbreaking for Nuur Solar Park", "Statement of the Monetary Policy
     * Committee": an event or a kind, then whose or what it is for, a headline */
    {
        static const char *const events[] = {"Groundbreaking", "Ground-breaking", "Inauguration", "Launch", "Opening",
                                             "Commissioning", "Statement", "Signing", "Handover", "Unveiling",
                                             "Completion", "Dedication", "Ceremony", "Decision", "Communique",
                                             "Communiqu\xC3\xA9"};
        size_t w = a;
        while (w < b && s[w] != ' ')
            w++;
        size_t n2 = skip_spaces(s, w, b), e2 = n2;
        while (e2 < b && s[e2] != ' ')
            e2++;
        int joined = equals_ci(s + n2, e2 - n2, "of") || equals_ci(s + n2, e2 - n2, "for") ||
                     equals_ci(s + n2, e2 - n2, "at") || equals_ci(s + n2, e2 - n2, "on");
        for (size_t k = 0; joined && k < sizeof events / sizeof *events; k++)
            if (equals_ci(s + a, w - a, events[k]))
                return 0;
    }
    /* in capitals ("GOVERNMENT OF ODISHA", "PUBLIC RELATIONS DEPARTMENT"), only where a
     * name has the word: first, before "of" or "for", or last; "GOVERNMENT ANNOUNCES
     * NEW FERRY" is a headline */
    int caps = !txt_has_lower(s + a, b - a);
    /* "REGULAR MEETING OF THE CITY COUNCIL" names an event, not an organisation */
    if (caps && names_event(s, a, b))
        return 0;
    size_t words = txt_words(s, a, b), k = 0;
    for (size_t i = a; i < b; k++) {
        size_t w = i;
        while (i < b && s[i] != ' ' && s[i] != ',')
            i++;
        size_t e = i;
        while (i < b && (s[i] == ' ' || s[i] == ','))
            i++;
        if (e == w || !isupper((unsigned char)s[w]))
            continue;
        size_t nx = i;
        while (nx < b && s[nx] != ' ')
            nx++;
        if (!caps) {
            /* where a name has the word: first, last, before a comma or "of" / "for";
             * "Former County Treasurer Indicted" is a headline */
            int at = k == 0 || k + 1 == words || (e < b && s[e] == ',') || equals_ci(s + i, nx - i, "of") ||
                     equals_ci(s + i, nx - i, "for") || equals_ci(s + i, nx - i, "and");
            /* (in a hyphened name its last part: "Max-Linde-Institut") */
            size_t hw = e;
            while (hw > w + 1 && s[hw - 1] != '-')
                hw--;
            if (hw == w + 1)
                hw = w;
            if (at && (data_word_line("en/header-words.txt", s + w, e - w, 0, DATA_ANYWHERE) ||
                       data_word_line("en/foreign-bodies.txt", s + w, e - w, 0, DATA_ANYWHERE) ||
                       (hw > w && isupper((unsigned char)s[hw]) &&
                        data_word_line("en/foreign-bodies.txt", s + hw, e - hw, 0, DATA_ANYWHERE))))
                return 1;
            continue;
        }
        /* (or a word or two before it: "ELECTION COMMISSION OF INDIA", "PHILIPPINE
         * INSTITUTE OF VOLCANOLOGY AND SEISMOLOGY") */
        int placed = (k <= 2 && (equals_ci(s + i, nx - i, "of") || equals_ci(s + i, nx - i, "for"))) ||
                     (k + 1 == words && words >= 2);
        if (placed && words <= 6 && data_word_line("en/header-words.txt", s + w, e - w, 1, DATA_ANYWHERE))
            return 1;
    }
    /* "Police Scotland", "Transport Wales": a body's word, then the nation it serves */
    /* (or a word before it: "Arts Council England", "Public Health Wales") */
    if (!caps && words >= 2 && words <= 4) {
        size_t lw = b;
        while (lw > a && s[lw - 1] != ' ')
            lw--;
        /* (every word capitalised, the body's word right before the nation: not "New
         * Hospital for Wales", "Transit Strike Hits Canada") */
        int capped = 1;
        for (size_t w = a; w < b && capped; w = skip_spaces(s, w, b)) {
            capped = isupper((unsigned char)s[w]) != 0;
            while (w < b && s[w] != ' ')
                w++;
        }
        size_t pe = lw;
        while (pe > a && s[pe - 1] == ' ')
            pe--;
        size_t pw = pe;
        while (pw > a && s[pw - 1] != ' ')
            pw--;
        int body = capped && pe > pw && (data_word_line("en/bodies.txt", s + pw, pe - pw, 0, DATA_ANYWHERE) ||
                                         data_word_line("en/header-words.txt", s + pw, pe - pw, 0, DATA_ANYWHERE)) &&
                   !headline_verb(s, a, b);
        if (lw > a && body && data_has_line("en/countries.txt", s + lw, b - lw))
            return 1;
    }
    /* "Lumen Retail Group plc", "Corvid Logistics AG", "Indus Textiles Limited": a
     * company's name in capitalised words and its legal form last */
    if (!caps && words >= 2 && words <= 6) {
        static const char *const forms[] = {"plc", "PLC", "Plc", "AG", "SA", "S.A.", "SE", "AB", "ASA", "NV", "N.V.",
                                            "BV", "B.V.", "GmbH", "Limited", "Ltd", "Ltd.", "Inc", "Inc.", "LLC",
                                            "Corp.", "Bhd", "Berhad", "Tbk", "SpA", "S.p.A.", "Oyj"};
        size_t lw = b;
        while (lw > a && s[lw - 1] != ' ')
            lw--;
        /* (not a headline about one: "Review of the Post Office Limited") */
        size_t w1 = a;
        while (w1 < b && s[w1] != ' ')
            w1++;
        size_t w2 = skip_spaces(s, w1, b), w2e = w2;
        while (w2e < b && s[w2e] != ' ')
            w2e++;
        int about = (equals_ci(s + w2, w2e - w2, "of") || equals_ci(s + w2, w2e - w2, "into") ||
                     equals_ci(s + w2, w2e - w2, "on")) &&
                    !data_word_line("en/bodies.txt", s + a, w1 - a, 0, DATA_ANYWHERE) &&
                    !data_word_line("en/header-words.txt", s + a, w1 - a, 0, DATA_ANYWHERE);
        /* (nor "… Company Limited", a utility's or a state company's name, kept as the
         * title over its slogan or its notice's kind, as before) */
        if (lw >= a + 9 && strncmp(s + lw - 9, " Company ", 9) == 0)
            about = 1;
        for (size_t f = 0; f < sizeof forms / sizeof *forms && lw > a + 1 && !about; f++)
            if (b - lw == strlen(forms[f]) && strncmp(s + lw, forms[f], b - lw) == 0)
                return capitalised_words(s, a, lw - 1) && !headline_verb(s, a, lw - 1);
    }
    /* "U.S. Coast Guard", "St. Jude Children's Hospital", "INTERNATIONAL ROWING
     * FEDERATION": a name of capitalised words ending with an organisation's word */
    return words >= 2 && words <= 6 && org_tail(s, a, b) && (caps || capitalised_words(s, a, b));
}

/* An organisation's or a place's name ("The White House", "Office of the Press
 * Secretary"): an org line of at most six words, all capitalised but connectors; a
 * headline ("Harbour opens new berths") is not one. */
static int org_name(const char *s, size_t a, size_t b);

/* Whether s[r, b), after a kind's colon, is a date alone ("Press Release: 11 June
 * 2025"): the statement's date, no title. */
static int kind_date(parser *p, size_t r, size_t b, char iso[11])
{
    size_t k = r < b ? date_iso(p->order, p->s + r, b - r, iso) : 0;
    return k && skip_spaces(p->s, r + k, b) >= b - (p->s[b - 1] == '.');
}

/* Whether s[a, b) is a postal address ("Peace Palace, Carnegieplein 2, 2517 KJ The
 * Hague, Netherlands"): three parts or more parted by commas, each opening with a
 * capital or a figure, a postal code's figures in one, no sentence. */
static int postal_line(const char *s, size_t a, size_t b)
{
    size_t parts = 1, figures = 0;
    if (b <= a || ends_with_terminal(s, a, b) || txt_words(s, a, b) > 16 || memchr(s + a, '%', b - a) ||
        memchr(s + a, ';', b - a) || memchr(s + a, '(', b - a))
        return 0; /* (no results' line: "Jessica Holloway, Labour, 11,204, 37.6 percent") */
    /* "P.O. Box 30259-00100, Nairobi", "Private Bag X152, Pretoria", "GPO Box 2013":
     * a box's or a bag's number, as African, Asian and Australian offices print their
     * address under the masthead */
    static const char *const boxes[] = {"P.O. Box ", "P. O. Box ", "P.O.Box ", "PO Box ", "P.O.B. ", "POB ", "GPO Box ",
                                        "Private Bag ", "Private Mail Bag ", "Locked Bag ", "Postbox ", "Post Box "};
    for (size_t k = 0; k < sizeof boxes / sizeof *boxes; k++)
        if (starts_with_ci(s + a, b - a, boxes[k]) && has_digit(s, a, b) && txt_words(s, a, b) <= 12)
            return 1;
    /* ("Plot 436 Zambezi Crescent, Maitama, Abuja": a plot's number, then the street) */
    if (starts_with_ci(s + a, b - a, "Plot ") && b - a > 6 && isdigit((unsigned char)s[a + 5]) && memchr(s + a, ',', b - a))
        return 1;
    for (size_t x = a; x < b; x++) {
        if (x == a || (s[x - 1] == ' ' && x >= a + 2 && s[x - 2] == ',')) {
            if (!isupper((unsigned char)s[x]) && !isdigit((unsigned char)s[x]) && (unsigned char)s[x] < 0xC3)
                return 0;
        }
        if (s[x] == ',' && x > a && x + 1 < b && isdigit((unsigned char)s[x - 1]) && isdigit((unsigned char)s[x + 1]))
            return 0; /* (a count's thousands: "11,204") */
        parts += s[x] == ',';
        /* (a postal code's four or five figures: "2517 KJ", "DC 20500") */
        if (isdigit((unsigned char)s[x]) && (x == a || !isalnum((unsigned char)s[x - 1]))) {
            size_t e = x;
            while (e < b && isdigit((unsigned char)s[e]))
                e++;
            figures += (e - x == 4 || e - x == 5) && (e == b || !isalnum((unsigned char)s[e]));
        }
    }
    return parts >= 3 && figures >= 1;
}

/* Whether lines i to end (one block) are an address: one of them a postal address,
 * the others short lines that end no sentence, each opening with a capital or a
 * figure ("Permanent Mission of Japan to the United Nations" over "866 United Nations
 * Plaza, New York, NY 10017"). */
static int address_block(parser *p, size_t i, size_t end)
{
    int postal = 0;
    for (size_t k = i; k < end; k++) {
        size_t a, b;
        line_span(p, k, &a, &b);
        /* (not a field: "Last updated: Oct. 20, 2026, 6:15 p.m. CDT") */
        if (b <= a || ends_with_terminal(p->s, a, b) || txt_words(p->s, a, b) > 12 || memchr(p->s + a, ':', b - a) ||
            !(txt_starts_upper(p->s + a, b - a) || isdigit((unsigned char)p->s[a])))
            return 0;
        postal |= postal_line(p->s, a, b);
    }
    return postal;
}

/* Whether s[a, b) ends with the word of a publication that comes out again and again
 * ("Weekly Respiratory Illness Update", "Monthly Labour Market Report"): a title,
 * neither a unit nor a person. */
static int issue_name(const char *s, size_t a, size_t b)
{
    static const char *const issues[] = {"Update", "Updates", "Report", "Bulletin", "Briefing", "Summary", "Notice",
                                         "Advisory", "Alert", "Digest", "Newsletter", "Review", "Outlook"};
    size_t lw = b;
    while (lw > a && s[lw - 1] != ' ')
        lw--;
    for (size_t k = 0; k < sizeof issues / sizeof *issues; k++)
        if (equals_ci(s + lw, b - lw, issues[k]))
            return 1;
    /* "Severe Weather Warning", "Tornado Watch", "Earthquake and Tsunami Information",
     * as a weather agency heads what it issues: a hazard's word in it (not a unit's
     * "Neighbourhood Watch", "Public Information", "Early Warning Unit") */
    static const char *const hazards[] = {"Earthquake", "Tsunami", "Flood", "Flooding", "Weather", "Volcano",
                                          "Volcanic", "Storm", "Thunderstorm", "Tornado", "Typhoon", "Hurricane",
                                          "Cyclone", "Bushfire", "Wildfire", "Fire", "Drought", "Heat", "Landslide",
                                          "Avalanche", "Wind", "Winds", "Rain", "Rainfall", "Snow", "Winter", "Ice",
                                          "Frost", "Fog", "Gale", "Hail", "Marine", "Coastal", "Surf", "Cold",
                                          "Tropical", "Dust", "Smoke"};
    static const char *const issued[] = {"Warning", "Warnings", "Watch", "Forecast", "Information"};
    int is_issued = 0;
    for (size_t k = 0; k < sizeof issued / sizeof *issued && !is_issued; k++)
        is_issued = equals_ci(s + lw, b - lw, issued[k]);
    for (size_t x = a; is_issued && x < lw;) {
        size_t e = x;
        while (e < lw && s[e] != ' ')
            e++;
        for (size_t k = 0; k < sizeof hazards / sizeof *hazards; k++)
            if (equals_ci(s + x, e - x, hazards[k]))
                return 1;
        x = e < lw ? e + 1 : lw;
    }
    return 0;
}

/* "Westmere Police Service" over "Corporate Communications": a unit of the
 * organisation on the line above, in the same block; a few capitalised words, no
 * number, no sentence. Not the title. */
static int unit_under_org(parser *p, size_t i)
{
    if (i == 0 || line_blank(p, i - 1))
        return 0;
    const char *s = p->s;
    size_t a, b, pa, pb;
    line_span(p, i, &a, &b);
    line_span(p, i - 1, &pa, &pb);
    /* (or its name's second line: "IN THE UNITED STATES DISTRICT COURT" / "FOR THE
     * DISTRICT OF NORTH CALDORIA") */
    size_t most = starts_with_ci(s + a, b - a, "for the ") || starts_with_ci(s + a, b - a, "of the ") ? 8 : 4;
    if (!(org_name(s, pa, pb) || org_line(s, pa, pb)) || txt_words(s, a, b) > most || ends_with_terminal(s, a, b))
        return 0;
    for (size_t x = a; x < b; x++) {
        if (isdigit((unsigned char)s[x]))
            return 0;
        if ((x == a || s[x - 1] == ' ') && !txt_starts_upper(s + x, b - x) &&
            !starts_with_ci(s + x, b - x, "of ") && !starts_with_ci(s + x, b - x, "and ") &&
            !starts_with_ci(s + x, b - x, "for "))
            return 0;
    }
    /* (not a publication's name under its publisher: "Greenwood County Health
     * Department" / "Weekly Respiratory Illness Update") */
    return !issue_name(s, a, b);
}

/* Whether w[0, n) links the words of a body's name printed untranslated in an
 * English statement ("Max-Linde-Institut für Ökosystemforschung", "Istituto di
 * Fisica", "Universiteit van Amsterdam"). */
static int foreign_link(const char *w, size_t n)
{
    static const char *const links[] = {"f\xC3\xBCr", "de", "des", "du", "di", "del", "della", "der", "van", "voor"};
    for (size_t k = 0; k < sizeof links / sizeof *links; k++)
        if (strlen(links[k]) == n && memcmp(w, links[k], n) == 0)
            return 1;
    return 0;
}

/* Whether every word of s[a, b), parted by spaces and commas, opens with a capital,
 * a figure or a sign, but for the n small words in small ("of", "the", "to"): a
 * name's connectors, which it prints in lower case. */
static int small_words_only(const char *s, size_t a, size_t b, const char *const *small, size_t n)
{
    for (size_t i = a; i < b;) {
        size_t w = i, k = 0;
        while (i < b && s[i] != ' ' && s[i] != ',')
            i++;
        if (i > w && islower((unsigned char)s[w])) {
            while (k < n && !equals_ci(s + w, i - w, small[k]))
                k++;
            if (k == n)
                return 0;
        }
        while (i < b && (s[i] == ' ' || s[i] == ','))
            i++;
    }
    return 1;
}

static int org_name(const char *s, size_t a, size_t b)
{
    /* "Amalgamated Rail Workers' Union (ARWU)": the name, its letters after it */
    if (b - a > 6 && s[b - 1] == ')') {
        size_t o = b - 1;
        while (o > a && isupper((unsigned char)s[o - 1]))
            o--;
        if (o > a + 2 && s[o - 1] == '(' && s[o - 2] == ' ' && b - 1 - o >= 2 && b - 1 - o <= 8)
            b = o - 2;
    }
    /* « Ministère de l'Économie, des Finances et de la Souveraineté industrielle »,
     * « Ministerio de Asuntos Exteriores »: in French and Spanish a ministry's name
     * runs long, its adjectives in lower case; it opens with the office's word and
     * says no sentence */
    if (data_lang() != 0 && b > a && txt_words(s, a, b) <= 14 && !ends_with_terminal(s, a, b) && isupper((unsigned char)s[a])) {
        size_t w = a;
        while (w < b && s[w] != ' ')
            w++;
        const char *line;
        size_t len;
        if (data_word_line("en/header-words.txt", s + a, w - a, 0, DATA_ANYWHERE) && w < b &&
            data_has_line("en/of-words.txt", s + skip_spaces(s, w, b), strcspn(s + skip_spaces(s, w, b), " '\xE2")) &&
            !data_field_lines("en/kinds.txt", s + a, b - a, 1, &line, &len, 1))
            return 1;
    }
    /* "CAL FIRE / LOS ANGELES COUNTY FIRE DEPARTMENT": two bodies that issue it
     * together, one of them a body's name, the other capitalised */
    for (size_t x = a + 1; x + 3 < b; x++)
        if (s[x] == ' ' && s[x + 1] == '/' && s[x + 2] == ' ')
            return !memchr(s + x + 3, '/', b - x - 3) && txt_starts_upper(s + a, x - a) &&
                   txt_starts_upper(s + x + 3, b - x - 3) && (org_name(s, a, x) || org_name(s, x + 3, b));
    /* "Embassy of the People's Republic of China in the Republic of Singapore",
     * "Consulate General of India, Dubai", "Permanent Mission of Ireland to the United
     * Nations, New York": a diplomatic mission's name runs long with where it is; its
     * small words in lower case and no sentence */
    static const char *const missions[] = {"Embassy of ", "Consulate General of ", "Consulate-General of ",
                                           "Consulate of ", "High Commission of ", "Permanent Mission of ",
                                           "Mission of ", "Delegation of the ", "Embassy of the "};
    for (size_t m = 0; m < sizeof missions / sizeof *missions; m++)
        if (starts_with_ci(s + a, b - a, missions[m]) && txt_words(s, a, b) <= 16 && !ends_with_terminal(s, a, b) &&
            !headline_verb(s, a, b)) {
            /* (the country, then where: " in ", " to the ", ", "; a few words each, so
             * "Embassy of Japan to Host Cherry Blossom Festival" is a headline) */
            size_t cut = b;
            const char *seps[] = {" in ", " to the ", " at ", ", "};
            for (size_t q = 0; q < 4; q++) {
                size_t f = find_at(s, a, b, seps[q]);
                if (f < cut)
                    cut = f;
            }
            size_t to = find_at(s, a, b, " to ");
            /* (or " to " and a country: "Embassy of Canada to Mexico") */
            int to_country = 0;
            if (to < b && strncmp(s + to, " to the ", 8) != 0) {
                size_t ca = to + 4;
                to_country = txt_words(s, ca, b) <= 3 && data_has_line("en/countries.txt", s + ca, b - ca);
                if (to_country && to < cut)
                    cut = to;
            }
            if ((to < b && strncmp(s + to, " to the ", 8) != 0 && !to_country) || txt_words(s, a, cut) > 8 ||
                (cut < b && txt_words(s, cut, b) > 7) || (cut == b && txt_words(s, a, b) > 8))
                return 0;
            static const char *const small[] = {"of", "the", "in", "to", "and", "for", "at"};
            return small_words_only(s, a, b, small, sizeof small / sizeof *small);
        }
    /* "Department for Energy Security and Net Zero", "Office of the United States
     * Trade Representative", "U.S. Mission to the United Nations": an office's name
     * that runs past six words, opening with its kind and "of", "for" or "to the",
     * its small words in lower case and no verb */
    static const char *const offices[] = {"Department of ", "Department for ", "Ministry of ", "Ministry for ",
                                          "Office of the ", "Office of ", "Bureau of ", "Agency for ",
                                          "U.S. Mission to the ", "US Mission to the ", "UK Mission to the ",
                                          "Mission to the "};
    for (size_t m = 0; m < sizeof offices / sizeof *offices; m++)
        if (starts_with_ci(s + a, b - a, offices[m]) && isupper((unsigned char)s[a]) && txt_words(s, a, b) <= 10 &&
            !ends_with_terminal(s, a, b) && !headline_verb(s, a, b) && !memchr(s + a, ':', b - a)) {
            static const char *const small[] = {"of", "the", "to", "and", "for"};
            if (small_words_only(s, a, b, small, sizeof small / sizeof *small))
                return 1;
        }
    /* "U.S. Embassy in Brazil", "British Embassy Tokyo", "Australian High Commission,
     * Suva": a mission named by its country's adjective, then where it is */
    static const char *const posts[] = {" Embassy", " High Commission", " Consulate General", " Consulate-General",
                                        " Consulate"};
    for (size_t m = 0; m < sizeof posts / sizeof *posts; m++) {
        size_t at = find_at(s, a, b, posts[m]), pl = strlen(posts[m]);
        if (at >= b || at == a || txt_words(s, a, at) > 3 || txt_words(s, a, b) > 8 || ends_with_terminal(s, a, b) ||
            headline_verb(s, a, b) || (at + pl < b && s[at + pl] != ' ' && s[at + pl] != ','))
            continue;
        static const char *const small[] = {"in", "to", "the", "of"};
        if (small_words_only(s, a, b, small, sizeof small / sizeof *small))
            return 1;
    }
    if (!org_line(s, a, b) || txt_words(s, a, b) > 6)
        return 0;
    /* (one word in lower case that names what the body governs may stand in it,
     * before a body's word last: "Medicines and Healthcare products Regulatory
     * Agency") */
    size_t lw = b;
    while (lw > a && s[lw - 1] != ' ')
        lw--;
    int body_last = lw > a && data_word_line("en/bodies.txt", s + lw, b - lw, 0, DATA_ANYWHERE) && !headline_verb(s, a, b);
    for (size_t i = a; i < b;) {
        size_t w = i;
        while (i < b && s[i] != ' ')
            i++;
        if (islower((unsigned char)s[w]) && body_last && i - w > 3) {
            body_last = 0;
            while (i < b && s[i] == ' ')
                i++;
            continue;
        }
        /* (a company's "plc" last: "Lumen Retail Group plc") */
        if (i == b && i - w == 3 && strncmp(s + w, "plc", 3) == 0 && w > a)
            break;
        if (islower((unsigned char)s[w]) && !(equals_ci(s + w, i - w, "of") || equals_ci(s + w, i - w, "the") ||
                                              equals_ci(s + w, i - w, "for") || equals_ci(s + w, i - w, "and") ||
                                              equals_ci(s + w, i - w, "on") || foreign_link(s + w, i - w) ||
                                              /* « Consejo de la UE », « Ministère des Armées » */
                                              (data_lang() != 0 && (data_has_line("en/of-words.txt", s + w, i - w) ||
                                                                    data_has_line("en/articles.txt", s + w, i - w) ||
                                                                    data_has_line("en/and-words.txt", s + w, i - w)))))
            return 0;
        while (i < b && s[i] == ' ')
            i++;
    }
    return 1;
}

/* Where the header ends: the first line of the body. The header runs over kind,
 * title, byline, fields, dates, times, places and short lines, and over the sentences
 * header_prose keeps; it ends at a speaker cue, at other prose, and at a short line
 * that, after a blank line, opens body prose (a heading) unless it names an office or
 * a venue. */
/* Whether line i looks like a section heading: a few words alone between blank
 * lines, with no digits, commas or colons, naming no organisation or place. */
/* "GAAP EPS: $1.07; Non-GAAP EPS: $1.46", "Revenue: 12% higher": figures and their
 * values, a line of a results release's highlights, no heading: an amount of money or
 * a percentage in it, or fields parted by semicolons. */
static int figures_line(const char *s, size_t a, size_t b)
{
    for (size_t x = a; x + 1 < b; x++) {
        if ((s[x] == ';' && s[x + 1] == ' ') || (isdigit((unsigned char)s[x]) && s[x + 1] == '%'))
            return 1;
        int sign = s[x] == '$' ? 1 : (unsigned char)s[x] == 0xC2 && (unsigned char)s[x + 1] == 0xA3 ? 2
                                 : x + 2 < b && memcmp(s + x, "\xE2\x82\xAC", 3) == 0     ? 3
                                                                                           : 0;
        if (sign && x + (size_t)sign < b && isdigit((unsigned char)s[x + (size_t)sign]))
            return 1;
    }
    return 0;
}

/* A line of results: a name or a label, then figures it ends on ("Daniel K. Osei
 * (National Unity Party): 6,214,550 (52.38%)", "Turnout: 64.1%"), no sentence. */
static int result_line(const char *s, size_t a, size_t b)
{
    while (b > a && s[b - 1] == ' ')
        b--;
    if (b - a < 5 || !(isupper((unsigned char)s[a]) || isdigit((unsigned char)s[a])) || txt_words(s, a, b) > 14)
        return 0;
    size_t e = b;
    if (s[e - 1] == ')')
        e--;
    if (s[e - 1] == '%')
        e--;
    if (!isdigit((unsigned char)s[e - 1]))
        return 0;
    /* (the figures after the label's colon or a spaced dash) */
    return memchr(s + a, ':', b - a) != NULL || find_ci(s, a, b, " - ") || find_ci(s, a, b, " \xE2\x80\x93 ");
}

/* "2023 | 133 200", "Year | Applicants": a row of a table set as text (cells parted
 * by bars), or a line with no letter at all: read where it stands, never a heading. */
static int table_row(const char *s, size_t a, size_t b)
{
    int letter = 0, dashes = 0;
    if (dash_topic(s, a, b))
        return 0; /* ("1 - Ukraine - Aide humanitaire": a numbered topic) */
    for (size_t x = a; x < b; x++) {
        if (x + 2 < b && s[x] == ' ' && s[x + 1] == '|' && s[x + 2] == ' ')
            return 1;
        letter |= isalpha((unsigned char)s[x]) || (unsigned char)s[x] >= 0x80;
        /* (or cells parted by spaced dashes, a number among them: "Jessica Holloway
         * - 11,204 - 37.6") */
        dashes += x + 2 < b && s[x] == ' ' && s[x + 1] == '-' && s[x + 2] == ' ';
    }
    return !letter || (dashes >= 2 && has_digit(s, a, b));
}

/* "I said, GOOD AFTERNOON! (Louder cheers)", "Got it. And a follow-up for Helen --":
 * a sentence that ends inside the line, or words broken off by a dash at its end,
 * are someone's speech, never a heading. */
static int speech_shaped(const char *s, size_t a, size_t b)
{
    for (size_t x = a + 2; x + 2 < b; x++) {
        if (!((s[x] == '!' || s[x] == '?' || (s[x] == '.' && islower((unsigned char)s[x - 1]) &&
                                               islower((unsigned char)s[x - 2]))) &&
              s[x + 1] == ' ' && (isupper((unsigned char)s[x + 2]) || s[x + 2] == '(')))
            continue;
        size_t w = x;
        while (w > a && isalpha((unsigned char)s[w - 1]))
            w--;
        if (s[x] == '.' && seg_abbreviation(s + w, x - w))
            continue; /* "Hon. Delphine …" */
        return 1;
    }
    size_t e = b;
    while (e > a && s[e - 1] == ' ')
        e--;
    return (e - a > 2 && s[e - 1] == '-' && s[e - 2] == '-') ||
           (e - a > 3 && (memcmp(s + e - 3, "\xE2\x80\x94", 3) == 0 || memcmp(s + e - 3, "\xE2\x80\x93", 3) == 0));
}

static int salutation(const char *s, size_t a, size_t b);

/* Whether s[a, b) has a word no person's name has ("What We Are Doing", "For More
 * Information", "How to Apply", and data/en/field-words.txt's: "Affected
 * Products"). */
static int function_word_in(const char *s, size_t a, size_t b)
{
    static const char *const words[] = {"what", "how", "why", "when", "where", "who", "which", "we", "you",
                                        "our", "your", "are", "is", "to", "do", "can", "the", "for", "with",
                                        "more", "about", "this", "next", "if", "not"};
    for (size_t q = a; q < b;) {
        size_t e = q;
        while (e < b && s[e] != ' ')
            e++;
        for (size_t k = 0; k < sizeof words / sizeof *words; k++)
            if (equals_ci(s + q, e - q, words[k]))
                return 1;
        if (e > q && data_has_line("en/field-words.txt", s + q, e - q))
            return 1;
        q = e + 1;
    }
    return 0;
}

/* "Funding for rural areas" / "The ministry will spend …": a short line in sentence
 * case over its paragraph's first line, no blank line between, as releases print a
 * section's heading: one to six words from a capital, no stop, comma, colon or
 * figure, no word that carries a sentence on ("… run by"), over a line that opens a
 * sentence; the paragraph (lines i to end) ends one. A head set in title case, as
 * headings are, may also end in a question mark or a stop ("What Happened?", "What
 * We Are Doing.", as US breach notices print their sections; a colon's line is a
 * label's or a lead-in's), hold a year or a code ("First Quarter 2026 Financial
 * Results", "Q1 Highlights"): such a head is a heading alone (2); one in sentence
 * case counts once (1), and a statement needs two. */
static int short_head_over(parser *p, size_t i, size_t end)
{
    const char *s = p->s;
    size_t a, b, x, y, lx, ly;
    if (end < i + 2)
        return 0;
    line_span(p, i, &a, &b);
    line_span(p, i + 1, &x, &y);
    line_span(p, end - 1, &lx, &ly);
    if (b <= a || !isupper((unsigned char)s[a]) || txt_words(s, a, b) > 6 || !isupper((unsigned char)s[x]) ||
        !txt_has_lower(s + x, y - x) || !txt_has_lower(s + a, b - a))
        return 0;
    /* title case: two words or more, each of four letters or more capitalised, and
     * every other word but the small ones */
    int titled = txt_words(s, a, b) >= 2 && title_cased(s, a, b);
    for (size_t q = a; titled && q < b;) {
        size_t e = q;
        while (e < b && s[e] != ' ')
            e++;
        titled = !islower((unsigned char)s[q]) || e - q <= 3;
        q = e + 1;
    }
    /* (a head that opens with a pronoun is a speaker's words: "We Stand Together",
     * "I Will Not Rest"; a closing mark only after a question's word or the notice's
     * own "For More Information.": "We Will Rebuild.", "Are We Ready?" are said) */
    static const char *const pronouns[] = {"We", "I", "You", "Our", "They", "It", "This", "My", "Us", "He", "She"};
    /* (and a yes-or-no question about the reader's own: "Is My Information Safe?",
     * "Is Your Account Affected?"; not "Are We Ready?", the speaker's) */
    static const char *const wh[] = {"What", "How", "Why", "When", "Where", "Who", "Which"};
    static const char *const yes_no[] = {"Is", "Are", "Do", "Does", "Should", "Can", "Will", "Was", "Has", "Have"};
    size_t fw = a;
    while (fw < b && s[fw] != ' ')
        fw++;
    for (size_t k = 0; titled && k < sizeof pronouns / sizeof *pronouns; k++)
        if (equals_ci(s + a, fw - a, pronouns[k]))
            return 0;
    int asks = 0;
    for (size_t k = 0; k < sizeof wh / sizeof *wh && !asks; k++)
        asks = fw - a == strlen(wh[k]) && memcmp(s + a, wh[k], fw - a) == 0;
    for (size_t k = 0; k < sizeof yes_no / sizeof *yes_no && !asks && s[b - 1] == '?'; k++)
        if (fw - a == strlen(yes_no[k]) && memcmp(s + a, yes_no[k], fw - a) == 0) {
            size_t sw = fw + 1, se = sw;
            while (se < b && s[se] != ' ')
                se++;
            /* (about the reader's own: "My", "Your"; "Is It Worth It?", "Can This
             * Country Do Better?" are a speaker's) */
            asks = sw < b && (equals_ci(s + sw, se - sw, "My") || equals_ci(s + sw, se - sw, "Your"));
        }
    asks |= starts_with_ci(s + a, b - a, "For More Information") || starts_with_ci(s + a, b - a, "For Further Information") ||
            starts_with_ci(s + a, b - a, "Other Important Information");
    char last = s[b - 1];
    size_t hb = b; /* the head without its closing mark */
    if (titled && asks && (last == '?' || last == '.') && b - a >= 2 && isalpha((unsigned char)s[b - 2]))
        hb--;
    if (ends_with_terminal(s, a, hb))
        return 0;
    for (size_t q = a; q < hb; q++) {
        if (s[q] == ',' || s[q] == ':' || s[q] == ';' || s[q] == '"' || s[q] == '(' || s[q] == '?' || s[q] == '!')
            return 0;
        /* a figure: in a title-cased head, a year or a code's ("2026", "Q1", "H2"),
         * never a day, a time, a date, a version or an amount */
        if (isdigit((unsigned char)s[q]) && (q == a || !isdigit((unsigned char)s[q - 1]))) {
            size_t e = q;
            while (e < hb && isdigit((unsigned char)s[e]))
                e++;
            int in_code = q > a && isalpha((unsigned char)s[q - 1]);
            int year = e - q == 4 && (q == a || s[q - 1] == ' ') && (s[q] == '1' || s[q] == '2');
            if (!titled || !(in_code || year) || (e < hb && s[e] != ' '))
                return 0;
        }
    }
    /* the paragraph ends a sentence (a line of a list under "Affected Products",
     * "Orbis Gateway 2.0 through 2.4.0", would stand alone as a heading after it) */
    if (!ends_with_terminal(s, lx, ly))
        return 0;
    size_t lw = hb;
    while (lw > a && s[lw - 1] != ' ')
        lw--;
    spk_cue nc;
    if (data_has_line("en/wrap-ends.txt", s + lw, hb - lw) || bullet_len(s, a, b) || salutation(s, a, b) ||
        greeting(s, a, b) || spk_read_cue(s, a, b, &nc) || spk_read_cue(s, x, y, &nc) ||
        (last != '?' && name_only(s, a, b) && !function_word_in(s, a, hb)) ||
        (b - a > 5 && memcmp(s + a, "Dear ", 5) == 0))
        return 0;
    return titled ? 2 : 1;
}

/* Whether the statement prints its sections so twice or more: one such line alone
 * may be a short first line of a paragraph; a layout that comes back is headings'. */
static int short_heads(parser *p)
{
    if (p->short_heads)
        return p->short_heads > 0;
    int found = 0;
    for (size_t i = 0; i < p->nlines && found < 2; i++) {
        if (line_blank(p, i) || (i > 0 && !line_blank(p, i - 1)))
            continue;
        size_t end = i;
        while (end < p->nlines && !line_blank(p, end))
            end++;
        found += short_head_over(p, i, end);
    }
    p->short_heads = found >= 2 ? 1 : -1;
    return found >= 2;
}

/* Where the day's feast begins after a date, as the Vatican dates its documents
 * ("From the Vatican, 24 January 2025, Memorial of Saint Francis de Sales"): its
 * comma's place, or b. */
static size_t feast_at(const char *s, size_t a, size_t b)
{
    static const char *const feasts[] = {", Memorial of ", ", Feast of ", ", Solemnity of ", ", the Feast of ",
                                         ", the Solemnity of ", ", the Memorial of ", ", Liturgical Memorial of "};
    size_t feast = b;
    for (size_t q = 0; q < sizeof feasts / sizeof *feasts && feast == b; q++)
        feast = find_at(s, a, b, feasts[q]);
    return feast;
}

static int heading_shape(parser *p, size_t i)
{
    size_t a, b;
    line_span(p, i, &a, &b);
    if (i == 0 || !line_blank(p, i - 1) || i + 1 >= p->nlines || !line_blank(p, i + 1) ||
        txt_words(p->s, a, b) > 8 || org_line(p->s, a, b))
        return 0;
    for (size_t x = a; x < b; x++)
        if (isdigit((unsigned char)p->s[x]) || p->s[x] == ',' || p->s[x] == ':')
            return 0;
    return 1;
}

/* Whether the text from line `from` on has a section heading of its own. */
static int body_headed(parser *p, size_t from)
{
    for (size_t j = from; j < p->nlines; j++) {
        if (line_blank(p, j))
            continue;
        hline c = header_class(p, j);
        if ((c == HL_SHORT || c == HL_KIND) && heading_shape(p, j))
            return 1;
    }
    return 0;
}

/* A speech's salutation: a short line that starts with one of data/en/salutations.txt
 * and ends with a comma or "!" ("Mr President,", "Esteemed colleagues,"). */
static int salutation(const char *s, size_t a, size_t b)
{
    /* "Señor alcalde, autoridades, amigos y amigas:": a colon, as Spanish writes it */
    if (b <= a || (s[b - 1] != ',' && s[b - 1] != '!' && s[b - 1] != ':') || txt_words(s, a, b) > 8)
        return 0;
    const data_file *f = data_get("en/salutations.txt");
    size_t pos = 0, len;
    const char *line;
    while (f && data_next_line(f, &pos, &line, &len))
        if (b - a > len && u8_ncasecmp(s + a, line, len) == 0 && !isalnum((unsigned char)s[a + len]))
            return 1;
    return 0;
}

/* Whether s[a, b) is a publisher's masthead by its words (data/en/mastheads.txt):
 * "News from the Union", "Eastfield online newsroom". */
static int masthead_words(const char *s, size_t a, size_t b)
{
    const data_file *f = data_get("en/mastheads.txt");
    size_t pos = 0, len;
    const char *line;
    while (f && data_next_line(f, &pos, &line, &len)) {
        if (len <= 3 || b - a <= len - 3)
            continue;
        if (memcmp(line + len - 3, "...", 3) == 0 && u8_ncasecmp(s + a, line, len - 3) == 0 &&
            !isalnum((unsigned char)s[a + len - 3]))
            return 1;
        if (memcmp(line, "...", 3) == 0 && u8_ncasecmp(s + b - (len - 3), line + 3, len - 3) == 0 &&
            s[b - (len - 3) - 1] == ' ')
            return 1;
    }
    return 0;
}

/* Whether the title line t is a masthead over line i, a headline in mixed case of four
 * words or more that ends no sentence: a line in capitals ("NEWS FROM THE UNITED RAIL
 * UNION"), or one whose words say so ("News from the Union"). */
static int masthead_over(parser *p, size_t t, size_t i)
{
    size_t ta, tb, a, b;
    line_span(p, t, &ta, &tb);
    line_span(p, i, &a, &b);
    /* ("GOVERNOR TALLIS SIGNS HOUSING ACCELERATION ACT": a headline in capitals, the
     * line under it its deck) */
    if (!masthead_words(p->s, ta, tb) && headline_verb(p->s, ta, tb))
        return 0;
    if (!(t < i && (!txt_has_lower(p->s + ta, tb - ta) || masthead_words(p->s, ta, tb)) &&
          txt_has_lower(p->s + a, b - a) &&
          txt_words(p->s, a, b) >= 4 && !ends_with_terminal(p->s, a, b) && !name_only(p->s, a, b) &&
          !memchr(p->s + a, ',', b - a) && !memchr(p->s + a, ')', b - a) && !org_line(p->s, a, b)))
        return 0;
    /* a headline says something: two words in lower case, not only "of" and "the" */
    int lower = 0;
    for (size_t x = a; x < b;) {
        size_t w = x;
        while (x < b && p->s[x] != ' ')
            x++;
        if (x - w >= 3 && islower((unsigned char)p->s[w]) && !equals_ci(p->s + w, x - w, "the") &&
            !equals_ci(p->s + w, x - w, "and") && !equals_ci(p->s + w, x - w, "for"))
            lower++;
        while (x < b && p->s[x] == ' ')
            x++;
    }
    return lower >= 2;
}

/* Whether title line t is a label over a release rather than its headline: a release's
 * number ("Release No. 0142.24", "Release #24-118"), a kind and its date or its
 * occasion after a dash ("Media Release – 18 February 2025", "MEDIA ADVISORY – PHOTO
 * OPPORTUNITY"), a region's tag ("Canterbury"), a member's district ("Representing
 * the 9th District of Texas"), a company and its listing ("Redgum Minerals Limited
 * (ASX: RGM)"), or a masthead's second line under the body's name ("Scottish
 * Government" / "Riaghaltas na h-Alba"). */
static int label_title(parser *p, size_t t)
{
    const char *s = p->s;
    size_t a, b;
    line_span(p, t, &a, &b);
    size_t words = txt_words(s, a, b);
    if (!words || ends_with_terminal(s, a, b))
        return 0;
    if (words == 1 && isupper((unsigned char)s[a]) && txt_has_lower(s + a, b - a))
        return 1;
    /* "Press releases" / "Special Procedures": a site's section under another, the
     * page's path (the first line page chrome), no title */
    int participle = 0;
    for (size_t x = a; x < b;) {
        size_t e = x;
        while (e < b && s[e] != ' ')
            e++;
        participle |= e - x > 4 && (strncmp(s + e - 2, "ed", 2) == 0 || strncmp(s + e - 3, "ing", 3) == 0);
        x = skip_spaces(s, e, b);
    }
    if (t > 0 && !line_blank(p, t - 1) && words <= 3 && capitalised_words(s, a, b) && !has_digit(s, a, b) &&
        !participle && !headline_verb(s, a, b)) {
        size_t pa, pb;
        line_span(p, t - 1, &pa, &pb);
        if (is_chrome(s, pa, pb))
            return 1;
    }
    if (starts_with_ci(s + a, b - a, "Release ") && words <= 4 && has_digit(s, a, b))
        return 1;
    /* "Delta Wildlife Authority – Okavango" over "CROCODILE ATTACK AT XAKANAXA
     * LAGOON": the body, a spaced dash and its region or office in a few capitalised
     * words, a masthead over the headline (a line apart that ends no sentence) */
    for (size_t x = a + 1; x + 3 < b; x++)
        if (s[x] == ' ' && txt_dash_len(s, x + 1, b) && s[x + 1 + txt_dash_len(s, x + 1, b)] == ' ') {
            size_t r = skip_spaces(s, x + 1 + txt_dash_len(s, x + 1, b), b);
            size_t n = next_content(p, t + 1), na, nb, ks, ke;
            int narr;
            char iso[11];
            spk_cue nc;
            if (r < b && txt_words(s, r, b) <= 3 && capitalised_words(s, r, b) && !has_digit(s, r, b) &&
                org_line(s, a, x) && n < p->nlines && n > t + 1 && line_blank(p, n - 1)) {
                line_span(p, n, &na, &nb);
                if (txt_words(s, na, nb) >= 3 && !ends_with_terminal(s, na, nb) && !has_digit(s, na, nb) &&
                    !date_iso(p->order, s + na, nb - na, iso) && !kind_line(s, na, nb, &ks, &ke, &narr) &&
                    !spk_read_cue(s, na, nb, &nc) && !org_line(s, na, nb))
                    return 1;
            }
            break;
        }
    /* "Kingsbridge Insurance Group plc" over '("Kingsbridge" or "the Group")': a
     * listed company's name and the names it defines, as a stock exchange's
     * announcement opens; its headline comes after */
    if (t + 1 < p->nlines && !line_blank(p, t + 1) && words <= 8) {
        size_t na, nb;
        line_span(p, t + 1, &na, &nb);
        /* (the bracket opens with the name it defines, its article perhaps: '("X" or
         * "the Group")', '(the "Company")'; not a note that quotes an event's name) */
        /* (or after "together with its subsidiaries,", "hereinafter", an exchange's
         * code: a defined name's shape, '"X" or the "Group"', 'the "Company"') */
        size_t q = na + 1 + (starts_with_ci(s + na + 1, nb - na - 1, "the ") ? 4 : 0);
        int quoted = s[q] == '"' || (q + 3 <= nb && memcmp(s + q, "\xE2\x80\x9C", 3) == 0);
        int defines = quoted || ((memchr(s + na, '"', nb - na) || find_ci(s, na, nb, "\xE2\x80\x9C")) &&
                                 (find_ci(s, na, nb, "together") || find_ci(s, na, nb, "hereinafter") ||
                                  find_ci(s, na, nb, " or the ") || find_ci(s, na, nb, "the \"Group") ||
                                  find_ci(s, na, nb, "the \"Company")));
        if (nb - na > 4 && s[na] == '(' && s[nb - 1] == ')' && txt_words(s, na, nb) <= 12 && defines)
            return 1;
    }
    if (starts_with_ci(s + a, b - a, "Representing ") && words <= 10)
        return 1;
    /* (a listing in brackets at the end: "(ASX: RGM)", "(NYSE: ABC)") */
    if (b - a > 6 && s[b - 1] == ')' && words <= 8) {
        const char *o = memchr(s + a, '(', b - a);
        const char *c = o ? memchr(o, ':', (size_t)(s + b - o)) : NULL;
        if (c && c > o + 1 && !txt_has_lower(o, (size_t)(c - o)))
            return 1;
    }
    /* (a kind, a spaced dash, then a date or more words in capitals) */
    for (size_t x = a + 1; x + 2 < b; x++)
        if (s[x] == ' ' && txt_dash_len(s, x + 1, b) && s[x + 1 + txt_dash_len(s, x + 1, b)] == ' ') {
            size_t r = skip_spaces(s, x + 1 + txt_dash_len(s, x + 1, b), b);
            size_t ks, ke;
            int narrated;
            char iso[11];
            /* (or what the editors are told: "PRESS RELEASE — For immediate release") */
            if (kind_line(s, a, x, &ks, &ke, &narrated) && ke >= x &&
                (date_iso(p->order, s + r, b - r, iso) || (!txt_has_lower(s + a, b - a) && txt_words(s, r, b) <= 3) ||
                 release_line(s, r, b)))
                return 1;
            break;
        }
    /* (a kind and the body it is from: "Press release from the Department of Virology,
     * Harwick University", "Media release: Coastal Water Authority") */
    {
        size_t ks, ke;
        int narrated;
        if (kind_line(s, a, b, &ks, &ke, &narrated) && ks == a && ke < b) {
            size_t r = skip_spaces(s, ke, b);
            if (r < b && s[r] == ':')
                r = skip_spaces(s, r + 1, b);
            else if (starts_with_ci(s + r, b - r, "from "))
                r = skip_spaces(s, r + 5, b);
            else
                r = b;
            if (starts_with_ci(s + r, b - r, "the "))
                r += 4;
            size_t e = r;
            while (e < b && s[e] != ',')
                e++;
            /* (a body's name: it ends on a body's word, "Coastal Water Authority", or is
             * one "of" a field, "Department of Virology"; not a headline that opens with
             * one, "Senate Committee Report Tabled", "Embassy Closed on Friday") */
            size_t lw = e, fw = r;
            while (lw > r && s[lw - 1] != ' ')
                lw--;
            while (fw < e && s[fw] != ' ')
                fw++;
            int body_end = lw < e && (data_word_line("en/header-words.txt", s + lw, e - lw, 0, DATA_ANYWHERE) ||
                                      data_word_line("en/bodies.txt", s + lw, e - lw, 0, DATA_ANYWHERE) ||
                                      data_word_line("en/foreign-bodies.txt", s + lw, e - lw, 0, DATA_ANYWHERE));
            int body_of = fw < e && starts_with_ci(s + fw, e - fw, " of ") && txt_words(s, r, e) <= 4 &&
                          (data_word_line("en/header-words.txt", s + r, fw - r, 0, DATA_ANYWHERE) ||
                           data_word_line("en/bodies.txt", s + r, fw - r, 0, DATA_ANYWHERE));
            if (r < e && (body_end || body_of) && (org_line(s, r, e) || org_name(s, r, e)))
                return 1;
        }
    }
    /* (the line above in its block names the body) */
    if (t > 0 && !line_blank(p, t - 1) && words <= 6) {
        size_t pa, pb;
        line_span(p, t - 1, &pa, &pb);
        if (org_line(s, pa, pb) || org_name(s, pa, pb))
            return 1;
    }
    return 0;
}

/* When the header's title is a label (label_title) or the kind alone ("NEWS
 * RELEASE"), not a headline: makes its title blocks meta lines, drops the title
 * (a headline takes its place), and returns 1; else 0, changing nothing. */
static int drop_label_title(parser *p)
{
    hd_doc *d = p->doc;
    for (size_t k = d->nblocks; k > 0; k--) {
        st_block *bk = &d->blocks[k - 1];
        if (!bk->header || bk->kind != ST_TITLE)
            continue;
        size_t t = line_from(p, bk->start);
        size_t ks, ke;
        int narrated;
        int kind_only_title = kind_line(p->s, bk->start, bk->end, &ks, &ke, &narrated) && ks == bk->start &&
                              ke >= bk->end;
        /* (or an organisation's name, the first line, over its dateline: "New South
         * Wales Nurses and Midwives' Association" / "Sydney, Tuesday 15 April 2025") */
        /* (the body's word last, or before "of": "Kenya National Union of Teachers") */
        size_t lw = bk->end;
        while (lw > bk->start && p->s[lw - 1] != ' ')
            lw--;
        size_t lwe = bk->end;
        for (size_t x = bk->start; x + 4 < bk->end; x++)
            if (p->s[x] == ' ' && memcmp(p->s + x, " of ", 4) == 0) {
                lwe = x;
                lw = x;
                while (lw > bk->start && p->s[lw - 1] != ' ')
                    lw--;
                break;
            }
        int org = org_name(p->s, bk->start, bk->end) ||
                  (lw > bk->start && txt_words(p->s, bk->start, bk->end) <= 10 && capitalised_words(p->s, bk->start, bk->end) &&
                   !has_digit(p->s, bk->start, bk->end) &&
                   data_word_line("en/bodies.txt", p->s + lw, lwe - lw, 0, DATA_ANYWHERE));
        int masthead = k == 1 && t == next_content(p, 0) && org &&
                       !headline_verb(p->s, bk->start, bk->end) && k < d->nblocks && d->blocks[k].header &&
                       d->blocks[k].kind == ST_META;
        if (t >= p->nlines || !(label_title(p, t) || kind_only_title || masthead))
            return 0;
        /* (every title block that is a label: "Coastal Water Authority Media Release"
         * over "Media Release – 18 February 2025") */
        for (size_t j = 0; j < d->nblocks; j++)
            if (d->blocks[j].header && d->blocks[j].kind == ST_TITLE) {
                st_block *tb = &d->blocks[j];
                tb->kind = ST_META;
                /* ("PRESS RELEASE — For immediate release": the kind is read, what the
                 * editors are told is not, as on a line of its own) */
                for (size_t x = tb->start + 1; x + 2 < tb->end; x++) {
                    size_t dl = p->s[x] == ' ' ? txt_dash_len(p->s, x + 1, tb->end) : 0;
                    if (dl && release_line(p->s, skip_spaces(p->s, x + 1 + dl, tb->end), tb->end)) {
                        tb->end = x;
                        break;
                    }
                }
            }
        free(d->title);
        d->title = NULL;
        return 1;
    }
    return 0;
}

/* Whether line i reads as a headline: words in lower case that say something, no
 * sentence's stop, no body's name. */
static int headline_line(parser *p, size_t i)
{
    const char *s = p->s;
    size_t a, b;
    line_span(p, i, &a, &b);
    size_t words = txt_words(s, a, b);
    if (words < 3 || words > 20 || !txt_has_lower(s + a, b - a) || (ends_with_terminal(s, a, b) && s[b - 1] != '?') ||
        name_only(s, a, b) || org_line(s, a, b) || s[b - 1] == ':')
        return 0;
    int lower = 0;
    for (size_t x = a; x < b;) {
        size_t w = x;
        while (x < b && s[x] != ' ')
            x++;
        if (x - w >= 3 && islower((unsigned char)s[w]) && !equals_ci(s + w, x - w, "the") &&
            !equals_ci(s + w, x - w, "and") && !equals_ci(s + w, x - w, "for"))
            lower++;
        while (x < b && s[x] == ' ')
            x++;
    }
    /* (or in title case, five words or more: "Whitaker Introduces Bipartisan Bill to
     * Expand Rural Broadband") */
    return lower >= 2 || (words >= 5 && capitalised_words_as(s, a, b, 1));
}

/* Whether line i is a headline set in capitals (caps_headline) with one of the
 * small words headlines join with ("NURSES TO STOP WORK FOR 24 HOURS"), no
 * body's name. */
static int caps_headline_line(parser *p, size_t i)
{
    const char *s = p->s;
    size_t a, b;
    line_span(p, i, &a, &b);
    if (!caps_headline(s, a, b) || txt_words(s, a, b) > 16 || s[b - 1] == ':' || org_line(s, a, b) || org_name(s, a, b))
        return 0;
    static const char *const small[] = {"TO", "FOR", "ON", "IN", "AT", "OVER", "AFTER", "AS", "WITH", "FROM", "OF"};
    for (size_t x = a; x < b;) {
        size_t w = x;
        while (x < b && s[x] != ' ')
            x++;
        for (size_t k = 0; k < sizeof small / sizeof *small; k++)
            if (x - w == strlen(small[k]) && memcmp(s + w, small[k], x - w) == 0 && w > a)
                return 1;
        while (x < b && s[x] == ' ')
            x++;
    }
    return 0;
}

/* Whether the title line t is an issuer's short name ("Police Scotland", "Network
 * Rail", "Statistics Canada", "Transport for Greater Westbury"): two to four
 * capitalised words (joined by "of", "for", "and", "the"), no headline's verb, no
 * figure, no stop, opening the page, over line i, right under it, a headline in
 * sentence case ("Appeal to trace missing man, Glenrothes"): the headline is the
 * title. (A single word is a section as often as a body: "Eurostat" and
 * "Defence" stay as they are.) */
static int issuer_over(parser *p, size_t t, size_t i)
{
    const char *s = p->s;
    size_t ta, tb, a, b;
    line_span(p, t, &ta, &tb);
    line_span(p, i, &a, &b);
    size_t tw = txt_words(s, ta, tb);
    if (i != next_content(p, t + 1) || tw < 2 || tw > 4 || has_digit(s, ta, tb) || ends_with_terminal(s, ta, tb) ||
        !capitalised_words(s, ta, tb) || headline_line(p, t) || headline_verb(s, ta, tb) || !headline_line(p, i) ||
        capitalised_words_as(s, a, b, 1))
        return 0;
    for (size_t x = ta; x < tb; x++)
        if (!isalpha((unsigned char)s[x]) && s[x] != ' ' && s[x] != '-' && s[x] != '&' && s[x] != '\'')
            return 0;
    return t == next_content(p, 0);
}

/* Whether s[a, b) is a turn, as a record prints it: a label with a word in capitals
 * ("The PRESIDENT:", "Mr HALE (Leader of the House):"), then a sentence to its stop
 * (a headline quoting someone, "Ruiz: We will rebuild", has no stop). */
static int turn_line(const char *s, size_t a, size_t b)
{
    spk_cue c;
    if (!ends_with_terminal(s, a, b) || !spk_read_cue(s, a, b, &c) || c.kind != CUE_NAMED || c.text_start >= b ||
        txt_words(s, c.text_start, b) < 3)
        return 0;
    for (size_t x = a; x + 2 < c.text_start; x++)
        if ((x == a || s[x - 1] == ' ') && isupper((unsigned char)s[x]) && isupper((unsigned char)s[x + 1]) &&
            isupper((unsigned char)s[x + 2]))
            return 1;
    return 0;
}

/* Whether line i is a record's note of the sitting over its turns, "The House met at
 * half-past Eleven o'clock", "PRAYERS": a stage line (or the prayers' line) alone, no
 * colon, a labelled turn below it; never a title ("The House met at last: MPs
 * return" is a headline, and so is "Bill read a third time" over a news story). */
static int record_line(parser *p, size_t i)
{
    const char *s = p->s;
    size_t a, b;
    line_span(p, i, &a, &b);
    if (memchr(s + a, ':', b - a) || !(spk_is_stage(s, a, b, SPK_ALONE) || equals_ci(s + a, b - a, "Prayers")))
        return 0;
    size_t seen = 0;
    for (size_t k = next_content(p, i + 1); k < p->nlines && seen < 12; k = next_content(p, k + 1), seen++) {
        size_t ka, kb;
        spk_cue c;
        line_span(p, k, &ka, &kb);
        if (spk_read_cue(s, ka, kb, &c) && c.strong && c.kind == CUE_NAMED && c.text_start < kb)
            return 1;
    }
    return 0;
}

/* Whether the title line t is the issuing body's name ("NATIONAL AERONAUTICS AND SPACE
 * ADMINISTRATION", "Election Commission of India") over line i, the next content
 * line, that names what the statement is by its last word (a kind's or an event's,
 * data/en/event-words.txt: "… PRE-LAUNCH NEWS CONFERENCE", "DECLARATION OF RESULTS",
 * "EARTHQUAKE INFORMATION No. 3" no: its kind is a word of data/en/kinds.txt). */
static int agency_over(parser *p, size_t t, size_t i)
{
    size_t ta, tb, a, b;
    line_span(p, t, &ta, &tb);
    line_span(p, i, &a, &b);
    if (i != next_content(p, t + 1) || !org_line(p->s, ta, tb) || org_line(p->s, a, b) ||
        ends_with_terminal(p->s, a, b) || txt_words(p->s, a, b) < 2 || txt_words(p->s, a, b) > 14)
        return 0;
    /* (a word of a kind or an event anywhere in it: "NEWS CONFERENCE", "BRIEFING",
     * "DECLARATION", "PRESS NOTE") */
    for (size_t x = a; x < b;) {
        size_t w = x;
        while (x < b && p->s[x] != ' ')
            x++;
        const char *line;
        size_t len;
        if (x > w && (data_word_line("en/event-words.txt", p->s + w, x - w, 1, DATA_ANYWHERE) ||
                      data_field_lines("en/kinds.txt", p->s + w, x - w, 1, &line, &len, 1)))
            return 1;
        while (x < b && p->s[x] == ' ')
            x++;
    }
    return 0;
}

/* Whether the title line t is a company's name ("Karrawong Resources Limited",
 * "… Ltd (ASX: KRW)") over line i, right under it, a document's name in capitals or
 * title case ("Quarterly Activities Report"): that is the title. */
/* Whether s[a, b) is a company's legal form, as it ends the company's name
 * ("Limited", "plc", "N.V."). */
static int legal_form(const char *s, size_t a, size_t b)
{
    static const char *const forms[] = {"Limited", "LIMITED", "Ltd", "Ltd.", "Inc", "Inc.", "plc", "PLC", "Plc", "LLC",
                                        "Berhad", "BERHAD", "Bhd", "Bhd.",
                                        "Corporation", "Corp.", "Group", "Holdings", "NL", "AG", "SA", "S.A.", "ASA",
                                        "AB", "N.V.", "SE"};
    for (size_t k = 0; k < sizeof forms / sizeof *forms; k++)
        if (strlen(forms[k]) == b - a && memcmp(s + a, forms[k], b - a) == 0)
            return 1;
    return 0;
}

/* Whether line i is a company's name alone ("Greater Accra Water Company Limited")
 * over a short line, in the header: the publisher, whose headline that line is. */
/* Whether s[a, b) opens with an office's word, or a style's ("The Rt Revd …", "Most
 * Rev. …", "Very Rev …": "The", "Most" or "Very" before the style's word). */
static int styled_role_first(const char *s, size_t a, size_t b)
{
    size_t w = strcspn(s + a, " ");
    if (a + w < b && (equals_ci(s + a, w, "The") || equals_ci(s + a, w, "Most") || equals_ci(s + a, w, "Very"))) {
        size_t x = skip_spaces(s, a + w, b);
        return x < b && spk_role_word_in(s, x, x + strcspn(s + x, " "), 0);
    }
    return spk_role_word_in(s, a, a + w, 0);
}

static int company_over_short(parser *p, size_t i)
{
    size_t a, b;
    line_span(p, i, &a, &b);
    /* (its registration's number in brackets after it, as Bursa Malaysia's filings
     * print it: "MAJUMART BERHAD (Registration No. 199801012345 (467890-K))") */
    for (size_t x = a; x + 14 < b; x++)
        if (p->s[x] == '(' && (starts_with_ci(p->s + x, b - x, "(Registration No") ||
                               starts_with_ci(p->s + x, b - x, "(Company No") ||
                               starts_with_ci(p->s + x, b - x, "(Co. Reg") || starts_with_ci(p->s + x, b - x, "(Reg. No"))) {
            b = x;
            while (b > a && p->s[b - 1] == ' ')
                b--;
            break;
        }
    size_t lw = b;
    while (lw > a && p->s[lw - 1] != ' ')
        lw--;
    /* "ROAD CLOSURE NOTICE" / "National Highways - South East", a blank line, then the
     * headline: a body's capitalised name right under the kind line, no legal form
     * needed */
    int under_kind = 0;
    if (i > 0 && !line_blank(p, i - 1) && txt_words(p->s, a, b) <= 6) {
        size_t ka, kb, ks, ke;
        int narr;
        line_span(p, i - 1, &ka, &kb);
        under_kind = kind_line(p->s, ka, kb, &ks, &ke, &narr) && ks == ka && ke >= kb;
        /* (a body's name: a body's or a venue's word in it, or a region after a dash;
         * not a paper's title, "Industrial Strategy") */
        int body = org_line(p->s, a, b) || org_name(p->s, a, b);
        for (size_t x = a; under_kind && !body && x < b;) {
            size_t e = x;
            while (e < b && p->s[e] != ' ')
                e++;
            body = txt_dash_len(p->s, x, e) == e - x ||
                   data_word_line("en/bodies.txt", p->s + x, e - x, 0, DATA_ANYWHERE) ||
                   data_word_line("en/header-words.txt", p->s + x, e - x, 0, DATA_ANYWHERE);
            x = skip_spaces(p->s, e, b);
        }
        under_kind = under_kind && body;
    }
    /* (under the header's first line: a kind, a dateline; "Review of the Post Office
     * Limited" on the first line is a headline) */
    /* (its words capitalised but for a dash between its parts: "National Highways -
     * South East") */
    int caps = capitalised_words(p->s, a, b);
    for (size_t x = a; under_kind && !caps && x < b;) {
        size_t e = x;
        while (e < b && p->s[e] != ' ')
            e++;
        caps = e == b && isupper((unsigned char)p->s[x]);
        if (!(isupper((unsigned char)p->s[x]) || txt_dash_len(p->s, x, e) == e - x || (e - x == 1 && p->s[x] == '&') ||
              (e - x <= 3 && isdigit((unsigned char)p->s[x]))))
            break;
        x = skip_spaces(p->s, e, b);
    }
    /* (an office's number under the kind: "District 8 Public Affairs") */
    if (i == next_content(p, 0) || ((lw == a || !legal_form(p->s, lw, b)) && !under_kind) || txt_words(p->s, a, b) > 8 ||
        (has_digit(p->s, a, b) && !under_kind) || !caps || headline_verb(p->s, a, b))
        return 0;
    size_t n = next_content(p, i + 1);
    /* (past the page's dated fields and its contact under it, "Published: 14 March
     * 2025", "Contact: D8 Public Affairs, …", "December 4, 2024": the headline below) */
    int past_fields = 0;
    for (int k = 0; k < 3 && under_kind && n < p->nlines; k++) {
        size_t fa, fb;
        char iso2[11];
        line_span(p, n, &fa, &fb);
        if (!(dated_field(p, fa, fb) || starts_with_ci(p->s + fa, fb - fa, "Contact:") ||
              starts_with_ci(p->s + fa, fb - fa, "Media contact:") || date_iso(p->order, p->s + fa, fb - fa, iso2)))
            break;
        n = next_content(p, n + 1);
        past_fields = 1;
    }
    /* (then the line names a body, its last word a body's: "HM Coastguard", "District 8
     * Public Affairs"; not a headline with a body's word in it, "Police Appeal For
     * Witnesses", "Guard Dogs Training Day") */
    if (past_fields && !org_line(p->s, a, b) && !org_name(p->s, a, b) &&
        !data_word_line("en/bodies.txt", p->s + lw, b - lw, 0, DATA_ANYWHERE) &&
        !data_word_line("en/header-words.txt", p->s + lw, b - lw, 0, DATA_ANYWHERE))
        return 0;
    if (n >= p->nlines || header_class(p, n) != HL_SHORT)
        return 0;
    if (headline_line(p, n) || caps_headline_line(p, n))
        return 1;
    if (under_kind && (lw == a || !legal_form(p->s, lw, b))) {
        size_t na, nb;
        char iso[11];
        line_span(p, n, &na, &nb);
        return line_blank(p, n - 1) && txt_words(p->s, na, nb) >= 4 && txt_has_lower(p->s + na, nb - na) &&
               !ends_with_terminal(p->s, na, nb) && !org_line(p->s, na, nb) && !place_line(p->s, na, nb) &&
               !date_iso(p->order, p->s + na, nb - na, iso);
    }
    /* (or in sentence case: "Planned shutdown of Kpong Headworks", in a block of its
     * own; a line right under the name is its slogan, "Powering a modern Uganda") */
    size_t na, nb;
    char iso[11];
    line_span(p, n, &na, &nb);
    return line_blank(p, n - 1) && txt_words(p->s, na, nb) >= 3 && txt_has_lower(p->s + na, nb - na) && !capitalised_words(p->s, na, nb) &&
           !org_line(p->s, na, nb) && !place_line(p->s, na, nb) && !date_iso(p->order, p->s + na, nb - na, iso) &&
           !memchr(p->s + na, ':', nb - na);
}

static int company_over(parser *p, size_t t, size_t i)
{
    size_t ta, tb, a, b;
    line_span(p, t, &ta, &tb);
    line_span(p, i, &a, &b);
    /* (a listing after the name: "(ASX: KRW)", "(TSX-V: NRG)") */
    if (tb > ta + 2 && p->s[tb - 1] == ')') {
        const char *open = memchr(p->s + ta, '(', tb - ta);
        if (open && memchr(open, ':', (size_t)(p->s + tb - open))) {
            tb = (size_t)(open - p->s);
            while (tb > ta && p->s[tb - 1] == ' ')
                tb--;
        }
    }
    size_t lw = tb;
    while (lw > ta && p->s[lw - 1] != ' ')
        lw--;
    int company = legal_form(p->s, lw, tb);
    /* (a UK announcement's defined term under the name: '("Thornbury" or the
     * "Company")') */
    /* (and the date under it: "27 May 2026") */
    size_t n = next_content(p, t + 1);
    int defined = 0;
    if (n < i && n < p->nlines) {
        size_t na, nb;
        line_span(p, n, &na, &nb);
        defined = nb - na > 4 && p->s[na] == '(' && p->s[nb - 1] == ')' && memchr(p->s + na, '"', nb - na) &&
                  !memchr(p->s + na + 1, '(', nb - na - 1);
        if (defined)
            n = next_content(p, n + 1);
        char iso[11];
        if (defined && n < i && n < p->nlines) {
            line_span(p, n, &na, &nb);
            if (date_iso(p->order, p->s + na, nb - na, iso) == nb - na)
                n = next_content(p, n + 1);
        }
    }
    if (i != n || !company || lw == ta || txt_words(p->s, a, b) < 2 ||
        ends_with_terminal(p->s, a, b) || memchr(p->s + a, ':', b - a) || org_tail(p->s, a, b))
        return 0;
    /* a headline in mixed case under the defined term ("Thornbury announces CHMP
     * positive opinion for ZELORA") */
    if (defined && txt_words(p->s, a, b) <= 20 && txt_has_lower(p->s + a, b - a) && headline_verb(p->s, a, b))
        return 1;
    if (txt_words(p->s, a, b) > 10 || memchr(p->s + a, ',', b - a) || org_line(p->s, a, b))
        return 0;
    /* capitalised words, a document's among them ("… Report", "Half-Year Results 2025") */
    static const char *const docs[] = {"report", "results", "update", "review", "statement", "announcement",
                                       "presentation", "outlook", "guidance", "estimate", "activities", "accounts"};
    int doc = 0;
    for (size_t x = a; x < b;) {
        size_t w = x;
        while (x < b && p->s[x] != ' ')
            x++;
        if (!isupper((unsigned char)p->s[w]) && !isdigit((unsigned char)p->s[w]) && !equals_ci(p->s + w, x - w, "of") &&
            !equals_ci(p->s + w, x - w, "and") && !equals_ci(p->s + w, x - w, "for") &&
            !equals_ci(p->s + w, x - w, "the") && !txt_dash_len(p->s, w, x))
            return 0;
        for (size_t k = 0; k < sizeof docs / sizeof *docs && !doc; k++)
            doc = equals_ci(p->s + w, x - w, docs[k]);
        while (x < b && p->s[x] == ' ')
            x++;
    }
    return doc;
}

/* Whether a salutation line follows line i's block of short lines ending in commas. */
static int salutation_after(parser *p, size_t i)
{
    for (int k = 0; k < 6 && i < p->nlines; k++) {
        size_t a, b;
        i = next_content(p, i + 1);
        if (i >= p->nlines)
            return 0;
        line_span(p, i, &a, &b);
        if (salutation(p->s, a, b))
            return 1;
        if (b <= a || p->s[b - 1] != ',')
            return 0;
    }
    return 0;
}

/* A short header line that cannot title a statement: a number more than words ("(517)
 * 555-0142", "Vol. 1061 No. 3"), a place and a date ("Strasbourg 25/02/2025"), an office
 * alone ("Premier of Victoria"). The headline under it does. */
/* Whether s[a, b) is a place, a comma (and a small word) or a dash, then the date at
 * s[x, x + n) to the line's end: "Ciudad de México, a 9 de septiembre de 2025", « Genève,
 * le 3 mars 2025 », "Coyhaique, 11 de noviembre de 2025.", "Sacramento, CA – Jan. 28,
 * 2025" (a US release's, the month first). */
static int place_date_at(const char *s, size_t a, size_t b, size_t x, size_t n)
{
    if (skip_spaces(s, x + n, b) < b - (s[b - 1] == '.') || x <= a + 2 || txt_words(s, a, x) > 6)
        return 0;
    size_t c = x;
    while (c > a && s[c - 1] == ' ')
        c--;
    size_t pe = txt_trailing_dash(s, a, c); /* (the place's end, before its dash) */
    if (pe < c && c < x) {
        /* a place's words: capitalised, or small ("of", "de"); with its state after a
         * comma or in capitals ("SACRAMENTO –"), not a heading's ("Evening Update –
         * January 28, 2025") */
        if (!memchr(s + a, ',', pe - a) && txt_has_lower(s + a, pe - a) &&
            !data_has_line("en/places.txt", s + a, pe - a) && !org_line(s, a, pe))
            return 0; /* (but "Paris – 22 January 2024", "Élysée Palace – Monday 22 …") */
        for (size_t y = a, e; y < pe; y = skip_spaces(s, e, pe)) {
            for (e = y; e < pe && s[e] != ' ';)
                e++;
            if (!txt_starts_upper(s + y, e - y) && !(e - y <= 3 && islower((unsigned char)s[y])))
                return 0;
        }
        return 1;
    }
    size_t w = c;
    while (w > a && s[w - 1] != ' ' && s[w - 1] != ',')
        w--;
    if ((c - w <= 3 || (c - w == 4 && strncmp(s + w, "this", 4) == 0)) && w > a && s[w - 1] == ' ' &&
        islower((unsigned char)s[w]))
        c = w - 1; /* « a », « le », "on"; "Done at Abuja, this 15th day of December 2024" */
    if (c > a && s[c - 1] == ':') {
        /* "New Delhi: January 25, 2025", as India's offices write it: a place of
         * data/en/places.txt (not a field, "Date:", "Application Deadline:") */
        for (size_t y = a, e; y < c - 1; y = skip_spaces(s, e, c - 1)) {
            for (e = y; e < c - 1 && s[e] != ' ';)
                e++;
            if (!txt_starts_upper(s + y, e - y))
                return 0;
        }
        return !data_prefix_lines("en/header-fields.txt", s + a, c - a, 0, &(const char *){NULL}, &(size_t){0}, 1) &&
               data_has_line("en/places.txt", s + a, c - 1 - a); /* (not "Application Deadline:") */
    }
    return c > a && s[c - 1] == ',';
}

/* "New Delhi | 09 January 2024 | PIB Delhi", "Nairobi | 3 May 2025": a dateline's
 * fields parted by bars, as India's PIB and other government sites print them: two to
 * four fields of up to four words each, no sentence, the place first, one of them a
 * date alone (in iso). */
static int bar_dateline(parser *p, size_t a, size_t b, char iso[11])
{
    const char *s = p->s;
    if (b - a < 8 || b - a > 120 || !find_ci(s, a, b, " | ") || ends_with_terminal(s, a, b))
        return 0;
    size_t fields = 0;
    int dated = 0;
    for (size_t x = a, fa, fe; x < b;) {
        x = bar_field(s, a, b, x, &fa, &fe);
        if (fe <= fa || txt_words(s, fa, fe) > 4 || ++fields > 4)
            return 0;
        char di[11];
        size_t dn = date_iso(p->order, s + fa, fe - fa, di);
        int date = dn && skip_spaces(s, fa + dn, fe) >= fe;
        /* (the place first: "Monday | 3 March 2025 | Opening" is a table's row) */
        if (fields == 1 && (date || !capitalised_words(s, fa, fe) || dt_weekday(s + fa, fe - fa) > 0))
            return 0;
        if (date && !dated) {
            dated = 1;
            memcpy(iso, di, 11);
        }
    }
    return dated && fields >= 2;
}

/* A dateline alone (place_date_at): its date in iso, 1; or 0. */
static int place_date(parser *p, size_t a, size_t b, char iso[11])
{
    for (size_t x = a; x < b; x++) {
        if ((x > a && p->s[x - 1] != ' ') || !isalnum((unsigned char)p->s[x]))
            continue;
        size_t n = date_iso(p->order, p->s + x, b - x, iso);
        if (n && place_date_at(p->s, a, b, x, n))
            return 1;
    }
    return 0;
}

static int weak_title(parser *p, size_t a, size_t b)
{
    const char *s = p->s;
    size_t letters = 0, digits = 0;
    for (size_t x = a; x < b; x++) {
        letters += isalpha((unsigned char)s[x]) || (unsigned char)s[x] >= 0x80;
        digits += isdigit((unsigned char)s[x]) != 0;
    }
    size_t words = txt_words(s, a, b);
    /* "Club News | 12 Oct 2024 | By Club Media": a section, the date and who wrote it,
     * between bars, over the headline */
    if (digits && memchr(s + a, '|', b - a)) {
        size_t fields = 0;
        int dated = 0, by = 0;
        for (size_t x = a; x < b;) {
            size_t e = x;
            while (e < b && s[e] != '|')
                e++;
            size_t fa = skip_spaces(s, x, e), fe = e;
            while (fe > fa && s[fe - 1] == ' ')
                fe--;
            char iso[11];
            if (fe > fa) {
                fields++;
                dated |= date_iso(p->order, s + fa, fe - fa, iso) == fe - fa;
                by |= starts_with_ci(s + fa, fe - fa, "By ");
            }
            x = e < b ? e + 1 : b;
        }
        if (fields >= 2 && dated && (by || fields >= 3))
            return 1;
    }
    /* a record's volume and number ("VOLUME 152 NUMBER 017"), or its year in words
     * ("Eightieth year"): the masthead of Hansard's and the UN's records, no title */
    if (starts_with_ci(s + a, b - a, "Volume ") && digits &&
        (find_ci(s, a, b, "number") || find_ci(s, a, b, "No. ") || find_ci(s, a, b, "No ")))
        return 1;
    /* "1st SESSION 45th PARLIAMENT": which sitting, an ordinal beside it */
    if (words <= 6 && digits && (find_ci(s, a, b, "session") || find_ci(s, a, b, "parliament")) &&
        (find_ci(s, a, b, "st ") || find_ci(s, a, b, "nd ") || find_ci(s, a, b, "rd ") || find_ci(s, a, b, "th ")))
        return 1;
    if (words == 2 && b - a > 9 && u8_ncasecmp(s + b - 5, " year", 5) == 0 && (u8_ncasecmp(s + b - 7, "th", 2) == 0 ||
                                                                             u8_ncasecmp(s + b - 7, "st", 2) == 0 ||
                                                                             u8_ncasecmp(s + b - 7, "nd", 2) == 0 ||
                                                                             u8_ncasecmp(s + b - 7, "rd", 2) == 0))
        return 1;
    /* a site's logo in letters alone ("NYC", "DHS"): no title */
    if (words == 1 && b - a <= 5 && !txt_has_lower(s + a, b - a) && letters == b - a)
        return 1;
    /* an address alone: "press@governor.example.gov", "www.example.gov/news" */
    if (digits >= letters || (words == 1 && (memchr(s + a, '@', b - a) || starts_with_ci(s + a, b - a, "www.") ||
                                             starts_with_ci(s + a, b - a, "http"))))
        return 1;
    for (size_t x = a; digits && x < b; x++) {
        if (x > a && s[x - 1] != ' ')
            continue;
        char iso[11];
        size_t n = date_iso(p->order, s + x, b - x, iso);
        /* the words besides the date: a place, and the hour ("17 h 45", "10:30") */
        size_t other = 0;
        for (size_t y = a; n && y < b;) {
            while (y < b && s[y] == ' ')
                y++;
            size_t e = y;
            while (e < b && s[e] != ' ')
                e++;
            if (e > y && (y < x || y >= x + n) && !isdigit((unsigned char)s[y]) &&
                !(e - y == 1 && s[y] == 'h') && !equals_ci(s + y, e - y, "at") && !equals_ci(s + y, e - y, "h,"))
                other++;
            y = e;
        }
        if (n && (words - txt_words(s, x, x + n) <= 2 || other <= 2))
            return 1;
        if (n && place_date_at(s, a, b, x, n))
            return 1;
    }
    /* "VOLUME 152 NUMBER 041 | 1st SESSION | 45th PARLIAMENT": a record's numbers in
     * fields */
    if (memchr(s + a, '|', b - a) && digits) {
        size_t fields = 1, numbered = 0, has = 0;
        for (size_t x = a; x < b; x++) {
            if (s[x] == '|') {
                fields++;
                numbered += has;
                has = 0;
            }
            has |= isdigit((unsigned char)s[x]) != 0;
        }
        numbered += has;
        if (fields >= 2 && numbered >= 2 && numbered * 2 >= fields)
            return 1;
    }
    /* "Exhibit 99.1": a filing's exhibit number over the release it holds */
    if (words == 2 && digits && starts_with_ci(s + a, b - a, "Exhibit "))
        return 1;
    /* "Release Number: 112", "Release ID: FR-2025-118": a field and its number */
    const char *colon = memchr(s + a, ':', b - a);
    if (colon && digits && txt_words(s, a, (size_t)(colon - s)) <= 3 &&
        txt_words(s, (size_t)(colon - s) + 1, b) == 1) {
        size_t vl = 0, vd = 0;
        for (const char *q = colon + 1; q < s + b; q++) {
            vl += isalpha((unsigned char)*q) != 0;
            vd += isdigit((unsigned char)*q) != 0;
        }
        if (vd >= vl)
            return 1;
    }
    /* "THE HON. GRAHAM TULLOCH MP": a person's line in capitals, a style before or
     * letters after the name, over an interview's kind */
    if (!digits && words <= 6 && !txt_has_lower(s + a, b - a)) {
        static const char *const styles[] = {"THE HON. ", "THE HON ", "HON. ", "HON ", "THE RT HON ",
                                             "THE RT. HON. ", "SENATOR THE HON "};
        size_t lw = b;
        while (lw > a && s[lw - 1] != ' ')
            lw--;
        for (size_t k = 0; k < sizeof styles / sizeof *styles; k++)
            if (starts_with_ci(s + a, b - a, styles[k]))
                return 1;
        if (lw > a && words >= 3 && data_has_line("en/post-nominals.txt", s + lw, b - lw))
            return 1;
    }
    if (digits || words > 6 || !spk_role_word_in(s, a, b, !txt_has_lower(s + a, b - a)))
        return 0;
    size_t w = a;
    while (w < b && s[w] != ' ')
        w++;
    if (!data_word_line("en/roles.txt", s + a, w - a, 1, DATA_ANYWHERE))
        return 0; /* the office comes first: "Premier of Victoria" */
    /* ("House of Commons Debates", "Senate Proceedings": a record's name titles it) */
    size_t lw = b;
    while (lw > a && s[lw - 1] != ' ')
        lw--;
    static const char *const records[] = {"Debates", "Proceedings", "Record", "Hansard", "Journal", "Report",
                                          "Minutes", "Transcript", "Hearing"};
    for (size_t k = 0; k < sizeof records / sizeof *records; k++)
        if (equals_ci(s + lw, b - lw, records[k]))
            return 0;
    /* and every word is a name's or a joining word ("Bank approves loan" is a headline),
     * none a headline's verb ("PRESIDENT MOURNS JOURNALIST") */
    if (!capitalised_words(s, a, b) || headline_verb(s, a, b))
        return 0;
    /* (in capitals as in mixed case: "PRIME MINISTER"; an office and its holder over a
     * headline, "GOVERNOR ROSALIND MERCADO-HAYES", titles nothing either) */
    int caps = !txt_has_lower(s + a, b - a);
    char *t = caps ? spk_title_case(s + a, b - a) : txt_clean(s, a, b), *role = NULL, *name = NULL;
    int yes = t && spk_split_person(t, &role, &name) == HD_OK && role && !name;
    /* the office and its holder: a masthead when the headline under it names her again
     * ("GOVERNOR MERCADO-HAYES ANNOUNCES …"); "PRESIDENT MOURNS JOURNALIST" is a
     * headline */
    if (!yes && caps && role && name && strchr(name, ' ')) {
        /* the surname as the line writes it, in capitals, found as written */
        size_t tw = b;
        while (tw > a && s[tw - 1] != ' ')
            tw--;
        const char *sur = s + tw;
        size_t sl = b - tw, x = b;
        while (x < p->doc->len && (s[x] == '\n' || s[x] == '\r' || s[x] == ' '))
            x++;
        size_t e = x;
        while (e < p->doc->len && s[e] != '\n')
            e++;
        for (size_t q = x; sl >= 3 && q + sl <= e && !yes; q++)
            yes = memcmp(s + q, sur, sl) == 0 && (q == x || s[q - 1] == ' ') &&
                  (q + sl == e || !isalpha((unsigned char)s[q + sl]));
    }
    free(t);
    free(role);
    free(name);
    return yes;
}

static int person_role_line(const char *s, size_t a, size_t b);
static int person_over_role(parser *p, size_t i);
static int role_under_person(parser *p, size_t i);
static int person_under_role(parser *p, size_t i);
static int role_only_line(parser *p, size_t i);
static int place_under_kind(parser *p, size_t i);

/* Whether header line i is an office in capitals over a name in mixed case on the
 * next line ("MINISTER OF STATE FOR HEALTH" / "Professor Aisling Moran TD"). */
static int role_over_name(parser *p, size_t i)
{
    size_t a, b, na, nb;
    line_span(p, i, &a, &b);
    if (i + 1 >= p->nlines || line_blank(p, i + 1) || txt_has_lower(p->s + a, b - a) || !spk_role_word_in(p->s, a, b, 1))
        return 0;
    line_span(p, i + 1, &na, &nb);
    size_t ks, ke;
    int narrated;
    if (!txt_has_lower(p->s + na, nb - na) || !name_only(p->s, na, nb) || org_line(p->s, a, b) ||
        org_name(p->s, a, b) || kind_line(p->s, na, nb, &ks, &ke, &narrated))
        return 0;
    char *t = txt_clean(p->s, na, nb), *role = NULL, *name = NULL;
    int yes = t && spk_split_person(t, &role, &name) == HD_OK && name;
    free(t);
    free(role);
    free(name);
    return yes;
}

/* spk_caps_person as a test */
static int caps_person(const char *s, size_t a, size_t b)
{
    char *t = NULL;
    int yes = spk_caps_person(s, a, b, &t);
    free(t);
    return yes;
}

/* "Wes Kaluza  0:10", "Speaker 1  2:53": a name, then the time code a transcription
 * service (Otter, Zoom) prints over each turn: a turn's label wherever it is, even
 * the first line of the statement, or a name heard once. */
static int clocked_name_line(parser *p, size_t i)
{
    size_t a, b;
    line_span(p, i, &a, &b);
    txt_trim(p->s, &a, &b);
    size_t t = b;
    while (t > a && p->s[t - 1] != ' ' && p->s[t - 1] != '\t')
        t--;
    spk_cue c;
    return t > a && t < b && spk_time_code(p->s, t, b) && spk_line_cue(p->s, a, b, &c) && c.label_end <= t;
}

/* "WHEN: Thursday, June 4", "Media contact: Jae-won Pike, …": a header field's label
 * and its value on one line, a field wherever it is, never a heading. */
/* "https://www.nasa.gov/lemo", "www.example.org/appeal": an address alone on its line
 * (after "visit:"), read where it stands, never a heading. */
static int url_line(const char *s, size_t a, size_t b)
{
    if (memchr(s + a, ' ', b - a)) {
        /* (or a sentence that ends in one, its stop left off: "The list is available
         * on the University website: https://…") */
        size_t w = b;
        while (w > a && s[w - 1] != ' ')
            w--;
        return txt_words(s, a, w) >= 4 && txt_has_lower(s + a, w - a) &&
               (starts_with_ci(s + w, b - w, "http://") || starts_with_ci(s + w, b - w, "https://") ||
                starts_with_ci(s + w, b - w, "www."));
    }
    return starts_with_ci(s + a, b - a, "http://") || starts_with_ci(s + a, b - a, "https://") ||
           starts_with_ci(s + a, b - a, "www.");
}

/* "Secretary: Ms Ruth Delahay (Judicial Services)": an office's label and whom it
 * names (a cue body_cue did not take for a turn), a field, not a heading. */
static int role_field(const char *s, size_t a, size_t b)
{
    spk_cue c;
    return spk_read_cue(s, a, b, &c) && c.strong && c.kind == CUE_NAMED && c.text_start < b;
}

static int field_with_value(const char *s, size_t a, size_t b)
{
    size_t v;
    int holds = 0;
    return field_at(s, a, b, &v, &holds) && v < b;
}

/* Line k is a name line ("Marcus Lindqvist -- Barrow & Finch Securities -- Analyst")
 * with another, or nothing, after it: one of a list, not a turn's label. */
static int listed_name(parser *p, size_t k)
{
    size_t x, y, n = next_content(p, k + 1);
    spk_cue lc;
    line_span(p, k, &x, &y);
    if (!spk_line_cue(p->s, x, y, &lc))
        return 0;
    if (n >= p->nlines)
        return 1;
    line_span(p, n, &x, &y);
    /* (or a page's short link after the list, "More NWLX analysis": no sentence) */
    return spk_line_cue(p->s, x, y, &lc) || (!ends_with_terminal(p->s, x, y) && txt_words(p->s, x, y) <= 6);
}

/* A people field's label alone on line k, its list under it ("Conference Call
 * Participants"). */
static int people_label(parser *p, size_t k)
{
    size_t a, b, v;
    int holds = 0;
    line_span(p, k, &a, &b);
    txt_trim(p->s, &a, &b);
    if (b > a && p->s[b - 1] == ':')
        b--;
    return field_at(p->s, a, b, &v, &holds) && holds == 'p' && v >= b;
}

/* Line i is in the list of people under such a label, right under it or after one
 * blank line: one person a line, whatever follows the name ("Elena Moravec -
 * Harrowgate Securities", "Sam Okonkwo, Tidewell & Co."). */
static int in_people_list(parser *p, size_t i)
{
    size_t k = i, a, b;
    while (k > 0 && !line_blank(p, k - 1) && i - k < 40)
        k--;
    line_span(p, i, &a, &b);
    /* ("* Hanna Lindqvist" / "  Nordstrom Pharma AB - CEO": a bullet before each, a
     * name's two capitalised words after it; not "* More than 200 volunteers …") */
    size_t bl = bullet_len(p->s, a, b);
    a += bl;
    /* (a question or a cry is said, not a person listed: "Reporter:" over "Was anyone
     * hurt?" is a turn) */
    if (txt_words(p->s, a, b) > 12 || !txt_starts_upper(p->s + a, b - a) ||
        (b > a && (p->s[b - 1] == '?' || p->s[b - 1] == '!')))
        return 0;
    if (bl) {
        size_t w2 = a;
        while (w2 < b && p->s[w2] != ' ')
            w2++;
        w2 = skip_spaces(p->s, w2, b);
        if (w2 < b && !isupper((unsigned char)p->s[w2]))
            return 0;
    }
    if (k < i && people_label(p, k))
        return 1;
    return k >= 2 && line_blank(p, k - 1) && !line_blank(p, k - 2) && (k == 2 || line_blank(p, k - 3)) &&
           people_label(p, k - 2);
}

/* Whether a kind line has nothing after its kind at s[ke, b) but the word for its
 * record and a date ("Media Briefing Transcript", "… Briefing Transcript December
 * 11"): the kind alone, which titles nothing, not "Statement by …". */
static int kind_only(parser *p, size_t ke, size_t b)
{
    size_t r = skip_spaces(p->s, ke, b);
    if (r < b && starts_with_ci(p->s + r, b - r, "Transcript") && (r + 10 == b || p->s[r + 10] == ' ' || p->s[r + 10] == ':')) {
        r = skip_spaces(p->s, r + 10 < b && p->s[r + 10] == ':' ? r + 11 : r + 10, b);
        char iso[11];
        size_t dn = r < b ? date_iso(p->order, p->s + r, b - r, iso) : 0;
        if (dn && skip_spaces(p->s, r + dn, b) == b)
            r = b;
    }
    /* "Oral statement to Parliament", "Written statement to Parliament" (GOV.UK's type
     * line over the title): to whom it was made, no title */
    if (r < b && equals_ci(p->s + r, b - r, "to Parliament"))
        r = b;
    /* "NOTICE TO CUSTOMERS", "Notice to all members": to whom a notice goes */
    if (r < b && addressed_to(p->s + r, b - r))
        r = b;
    /* (or its other language's words after a slash: "MEDIA STATEMENT / KENYATAAN
     * MEDIA") */
    size_t ls = ke;
    while (ls > 0 && p->s[ls - 1] != '\n')
        ls--;
    if (r + 2 < b && p->s[r] == '/' && p->s[r + 1] == ' ' && two_languages(p->s, ls, b) == r - 1)
        r = b;
    return r == b;
}

/* Whether the paragraph s[a, b) under a name line s[x, y) opens by naming that
 * person in the third person, the surname in its first three words ("Daniel Osei
 * founded …", "Ms Tanaka will …"): a heading over words about them, not their turn
 * ("I'm Mei Tanaka, …" introduces herself). */
static int opens_about(const char *s, size_t x, size_t y, size_t a, size_t b, int loosely)
{
    size_t sx = y;
    while (sx > x && s[sx - 1] != ' ')
        sx--;
    size_t sl = y - sx;
    if (sl < 2 || b <= a || s[a] == 'I' || starts_with_ci(s + a, b - a, "My "))
        return 0;
    /* (loosely, for a name heard once: "She has led …", "Sam taught …", the first
     * name or a pronoun of the third person opening the paragraph) */
    if (loosely) {
        static const char *const third[] = {"He ", "She ", "His ", "Her ", "They "};
        for (size_t k = 0; k < sizeof third / sizeof *third; k++)
            if (starts_with_ci(s + a, b - a, third[k]) && isupper((unsigned char)s[a]))
                return 1;
        size_t fe = x;
        while (fe < y && s[fe] != ' ')
            fe++;
        if (fe < y && fe - x >= 2 && b - a > fe - x && u8_ncasecmp(s + a, s + x, fe - x) == 0 &&
            s[a + (fe - x)] == ' ')
            return 1;
    }
    size_t w = a;
    for (int k = 0; k < 3 && w < b; k++) {
        size_t e = w;
        while (e < b && s[e] != ' ')
            e++;
        size_t we = e;
        while (we > w && !isalpha((unsigned char)s[we - 1]))
            we--; /* ("Osei," "Osei's") */
        if (we - w >= sl && u8_ncasecmp(s + w, s + sx, sl) == 0 &&
            (we - w == sl || (s[w + sl] == '\'' || (unsigned char)s[w + sl] == 0xE2)))
            return 1;
        w = e + 1;
    }
    return 0;
}

/* Whether line i stands under a label alone on its line ("Carlos Mendes:" over "Los
 * Angeles"): the words of that label's turn, however short, not a label. */
static int under_label(parser *p, size_t i)
{
    size_t k = prev_content(p, i), ka, kb;
    if (k == SIZE_MAX || k + 1 != i)
        return 0; /* (right over it: "Prepared Remarks:" over a blank line heads a section) */
    line_span(p, k, &ka, &kb);
    return kb > ka && p->s[kb - 1] == ':' && !memchr(p->s + ka, ':', kb - ka - 1) && txt_words(p->s, ka, kb) <= 6;
}

/* Line k's span without a colon at its end ("Owen Price:" alone, the words on the
 * next line, read as the name line "Owen Price"). */
static void label_span(parser *p, size_t k, size_t *a, size_t *b)
{
    line_span(p, k, a, b);
    if (*b > *a && p->s[*b - 1] == ':')
        (*b)--;
}

/* Whether cue c's label is the same text as s[x, x + n). */
static int same_label(const char *s, const spk_cue *c, size_t x, size_t n)
{
    return c->label_end - c->label_start == n && memcmp(s + c->label_start, s + x, n) == 0;
}

/* A label alone on line i right over the words of a turn, whose name comes back
 * later alone on its line ("MINISTER BELLWEATHER" / "Thanks for coming. …", then
 * "MINISTER BELLWEATHER" again; "MATTEO GRANDE, HOST", then "MATTEO GRANDE"): the
 * transcript's first turn, not a line of the header. */
static int name_over_turn(parser *p, size_t i)
{
    size_t a, b;
    spk_cue c;
    label_span(p, i, &a, &b);
    if (i + 1 >= p->nlines || !spk_line_cue(p->s, a, b, &c) || c.kind != CUE_NAMED ||
        txt_words(p->s, c.label_start, c.label_end) < 2)
        return 0;
    /* (or a blank line between, "HELEN ACHEBE" / "" / "Good afternoon. …", where the
     * label is a person's name alone and comes back laid out the same way) */
    int loose = line_blank(p, i + 1);
    size_t n = next_content(p, i + 1);
    if (n >= p->nlines || (loose && (!name_only(p->s, c.label_start, c.label_end) || c.label_end != b)))
        return 0;
    size_t na, nb;
    line_span(p, n, &na, &nb);
    spk_cue nc;
    /* (words said, in a sentence: not "14 May 2025" under "Harwick Minerals PLC") */
    char iso[11];
    if (spk_line_cue(p->s, na, nb, &nc) || txt_words(p->s, na, nb) < 2 || !txt_has_lower(p->s + na, nb - na) ||
        date_iso(p->order, p->s + na, nb - na, iso) || opens_about(p->s, c.label_start, c.label_end, na, nb, 0) ||
        !(ends_with_terminal(p->s, na, nb) || find_ci(p->s, na, nb, ". ")))
        return 0;
    size_t ll = c.label_end - c.label_start;
    /* ("Kenji Watanabe -- President and CEO" over his first words, a call's
     * participants listed above it, "Kenji Watanabe, President and CEO": the name
     * listed, then a comma or a dash after it) */
    if (!loose && c.label_end < b && txt_words(p->s, c.label_start, c.label_end) <= 4)
        for (size_t k = i > 200 ? i - 200 : 0; k < i; k++) {
            size_t ka, kb;
            line_span(p, k, &ka, &kb);
            ka += bullet_len(p->s, ka, kb);
            if (kb - ka > ll + 2 && memcmp(p->s + ka, p->s + c.label_start, ll) == 0 &&
                (p->s[ka + ll] == ',' || (p->s[ka + ll] == ' ' && txt_dash_len(p->s, ka + ll + 1, kb))))
                return 1;
        }
    /* (laid out loose, a panel: some other name too alone on its line over a turn,
     * not one person's name at a eulogy's head and again over the signature) */
    if (loose) {
        int other = 0;
        for (size_t k = n + 1; k + 1 < p->nlines && !other; k++) {
            size_t ka, kb;
            spk_cue kc;
            label_span(p, k, &ka, &kb);
            other = line_blank(p, k - 1) && line_blank(p, k + 1) && spk_line_cue(p->s, ka, kb, &kc) &&
                    kc.kind == CUE_NAMED && kc.label_end == kb && !same_label(p->s, &kc, c.label_start, ll) &&
                    next_content(p, k + 1) < p->nlines;
            if (other) {
                size_t q = next_content(p, k + 1), qa, qb;
                spk_cue qc;
                line_span(p, q, &qa, &qb);
                other = txt_has_lower(p->s + qa, qb - qa) && !spk_line_cue(p->s, qa, qb, &qc) &&
                        !opens_about(p->s, kc.label_start, kc.label_end, qa, qb, 0);
            }
        }
        if (!other)
            return 0;
    }
    for (size_t k = n + 1; k < p->nlines; k++) {
        size_t ka, kb;
        spk_cue kc;
        label_span(p, k, &ka, &kb);
        if (kb - ka >= ll && (k == 0 || line_blank(p, k - 1)) && spk_line_cue(p->s, ka, kb, &kc) &&
            same_label(p->s, &kc, c.label_start, ll) && (!loose || (k + 1 < p->nlines && line_blank(p, k + 1))))
            return 1;
    }
    return 0;
}

/* Whether the line under line i closes a bold line i opened: "**" alone, or a line
 * that ends "**" ("**Council Approves 2026 Budget" / "**"). */
static int bold_closed_below(parser *p, size_t i)
{
    if (i + 1 >= p->nlines || line_blank(p, i + 1))
        return 0;
    size_t a, b;
    line_span(p, i + 1, &a, &b);
    return b - a >= 2 && p->s[b - 1] == '*' && p->s[b - 2] == '*';
}

/* Whether the line s[a, b), a collective label ("Hon. Members"), over the line
 * s[na, nb) is a direction as the two on one line with a colon are ("Hon. Members:
 * Hear, hear.", data/en/stage-lines.txt). */
static int cry_under(const char *s, size_t a, size_t b, size_t na, size_t nb)
{
    char t[96];
    if (b - a + 2 + nb - na >= sizeof t)
        return 0;
    memcpy(t, s + a, b - a);
    memcpy(t + (b - a), ": ", 2);
    memcpy(t + (b - a) + 2, s + na, nb - na);
    size_t n = b - a + 2 + nb - na;
    t[n] = '\0';
    return spk_is_stage(t, 0, n, SPK_ALONE);
}

/* Whether s[a, b) is set as a heading is: every word of four letters or more
 * capitalised ("Election of a Councillor for Millbrook Ward", not "The council has
 * now reopened …"). */
static int title_cased(const char *s, size_t a, size_t b)
{
    for (size_t x = a; x < b;) {
        size_t e = x;
        while (e < b && s[e] != ' ')
            e++;
        if (e - x >= 4 && islower((unsigned char)s[x]))
            return 0;
        x = e + 1;
    }
    return 1;
}

/* Whether the line s[a, b) ends in a date ("held on Thursday 2 May 2024"). */
static int ends_in_date(parser *p, size_t a, size_t b)
{
    char iso[11];
    while (b > a && (p->s[b - 1] == ' ' || p->s[b - 1] == '.'))
        b--;
    for (size_t x = a; x < b; x++)
        if ((x == a || p->s[x - 1] == ' ') && date_iso(p->order, p->s + x, b - x, iso) == b - x)
            return 1;
    return 0;
}

static int bare_salutation(const char *s, size_t a, size_t b);
/* "Mr Daniel Koh, Chairman, Singapore Logistics Association" over "Distinguished
 * guests": a guest of honour greeted by name, a line each, before the salutations
 * (lines of such names, then a bare salutation); the speaker's first words. */
static int addressee_line(parser *p, size_t k)
{
    for (int n = 0; n < 8 && k < p->nlines; n++, k = next_content(p, k + 1)) {
        size_t ka, kb;
        line_span(p, k, &ka, &kb);
        if (bare_salutation(p->s, ka, kb) || salutation(p->s, ka, kb))
            return n > 0;
        size_t hw = strcspn(p->s + ka, " ");
        if (!(ka + hw < kb && spk_honorific(p->s + ka, hw) && memchr(p->s + ka, ',', kb - ka) &&
              !ends_with_terminal(p->s, ka, kb) && txt_words(p->s, ka, kb) <= 14 &&
              !spk_known_person(p->doc, p->s, ka + hw + 1, ka + strcspn(p->s + ka, ","))))
            return 0;
    }
    return 0;
}

/* "**Will you hit the 2030 target?**": a paragraph in bold from end to end. */
static int bold_paragraph(const char *s, size_t a, size_t b)
{
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\r'))
        b--;
    return b - a > 4 && s[a] == '*' && s[a + 1] == '*' && s[b - 1] == '*' && s[b - 2] == '*' &&
           !memchr(s + a + 2, '\n', b - a - 4);
}

/* "**Will you …?**", "*Any regrets?*", "_Why now?_": a paragraph set whole in bold
 * ('b') or in italics ('*' or '_'), or 0. */
static int emph_paragraph(const char *s, size_t a, size_t b)
{
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\r'))
        b--;
    if (bold_paragraph(s, a, b))
        return 'b';
    if (b - a > 3 && (s[a] == '*' || s[a] == '_') && s[b - 1] == s[a] && s[a + 1] != s[a] && s[a + 1] != ' ' &&
        s[b - 2] != s[a] && s[b - 2] != ' ' && !memchr(s + a + 1, s[a], b - a - 2) && !memchr(s + a, '\n', b - a))
        return (unsigned char)s[a];
    return 0;
}

/* The emphasis of an interview's questions set apart without labels: two paragraphs
 * or more whole in bold (or else in italics, one kind) that ask; -1 when none. Counted
 * once. */
static int emph_questions(parser *p)
{
    if (p->emph_mark != -2)
        return p->emph_mark;
    size_t bold = 0, star = 0, under = 0;
    for (size_t i = next_content(p, 0); i < p->nlines; i = next_content(p, i + 1)) {
        size_t a, b;
        line_span(p, i, &a, &b);
        if (!(i == 0 || line_blank(p, i - 1)) || (i + 1 < p->nlines && !line_blank(p, i + 1)) ||
            !memchr(p->s + a, '?', b - a))
            continue;
        int m = emph_paragraph(p->s, a, b);
        bold += m == 'b';
        star += m == '*';
        under += m == '_';
    }
    p->emph_mark = bold >= 2 ? 'b' : star >= 2 ? '*' : under >= 2 ? '_' : -1;
    return p->emph_mark;
}


static size_t header_end(parser *p, size_t first)
{
    size_t i = first, prev = SIZE_MAX, title_line = SIZE_MAX - 1, kind_line_at = SIZE_MAX, deck_line = SIZE_MAX;
    int titled = 0, short_after_kind = 0, short_after_block = 0, peopled = 0, noted = 0;
    for (int lines = 0; i < p->nlines && lines < 80; lines++, prev = i, i = next_content(p, i + 1)) {
        hline c = header_class(p, i);
        if (c == HL_CUE || clocked_name_line(p, i) || name_over_turn(p, i))
            break;
        /* a thread's first counted post: the body (over it, the account's name) */
        if (p->thread && i >= p->thread_from)
            break;
        /* a post under its author's name and handle ("@priyaraman_ceo"): the body */
        if (prev != SIZE_MAX && handle_line(p, prev))
            break;
        size_t la, lb;
        line_span(p, i, &la, &lb);
        if (p->captions && spk_time_code(p->s, la, lb))
            break; /* "0:00" over the first line of a video's captions */
        /* the contacts at the foot: the body is over, or had one paragraph (not "Issued
         * by Farrow Lentz LLP" over the date, the publisher's line of a header) */
        if (titled && contact_label(p->s, la, lb) && !starts_with_ci(p->s + la, lb - la, "Issued by ") &&
            !starts_with_ci(p->s + la, lb - la, "Released by "))
            break;
        if ((titled || starts_with_ci(p->s + la, lb - la, "Dear ") || (lb > la && p->s[lb - 1] == ',')) &&
            salutation(p->s, la, lb))
            break;
        /* "Distinguished guests", "Ladies and gentlemen" without their commas, as
         * Singapore's speeches set them: the speaker's first words; and the guests of
         * honour named over them ("Mr Daniel Koh, Chairman, …"), each a line, too */
        if (titled && bare_salutation(p->s, la, lb)) {
            size_t at = i;
            for (size_t k = first; k < i && at == i; k = next_content(p, k + 1))
                if (addressee_line(p, k))
                    at = k;
            i = at;
            break;
        }
        /* a recital that goes on ("WHEREAS, beginning on February 28, 2025, heavy rainfall
         * …; and"): the body's first clause */
        if (titled && txt_words(p->s, la, lb) >= 8 && runs_on(p->s, la, lb))
            break;
        /* ("My dear brothers and sisters in Christ,": a letter's salutation, whoever
         * it greets) */
        if (lb > la && p->s[lb - 1] == ',' && txt_words(p->s, la, lb) <= 12 &&
            (starts_with_ci(p->s + la, lb - la, "My dear ") || starts_with_ci(p->s + la, lb - la, "My dearest ") ||
             starts_with_ci(p->s + la, lb - la, "Dearly beloved")))
            break; /* "Excellencies, ladies and gentlemen,": the speech has begun ("Dear
                    * colleagues," too, first, and "Hi everyone,": a letter's or a post's
                    * salutation titles nothing) */
        if (titled && txt_words(p->s, la, lb) <= 4 && ends_with_terminal(p->s, la, lb) && greeting(p->s, la, lb))
            break; /* "Buenas tardes.", "Good afternoon.": so has it */
        /* "Highlights" over a list of points, under the title and apart from it: the
         * body's first heading (a company's report; not a page's index of a few words
         * an item, "Index for Today's Briefing" over "• VELMORA") */
        if (titled && i > 0 && line_blank(p, i - 1) && (c == HL_SHORT || c == HL_KIND) &&
            txt_words(p->s, la, lb) <= 4 && !ends_with_terminal(p->s, la, lb)) {
            size_t n = next_content(p, i + 1), na, nb;
            if (n < p->nlines) {
                line_span(p, n, &na, &nb);
                if (bullet_len(p->s, na, nb) && txt_words(p->s, na, nb) >= 5)
                    break;
                /* (or over a table of figures: "Financial highlights" over "Revenue |
                 * H1 2026 | H1 2025 | Change") */
                size_t n2 = n + 1 < p->nlines && !line_blank(p, n + 1) ? n + 1 : SIZE_MAX, a2, b2;
                if (n2 != SIZE_MAX) {
                    line_span(p, n2, &a2, &b2);
                    if (table_row(p->s, na, nb) && txt_has_lower(p->s + na, nb - na) && table_row(p->s, a2, b2) &&
                        has_digit(p->s, a2, b2))
                        break;
                }
            }
        }
        /* "Summary" (or "Summary of major revisions", "Executive summary") under the
         * title, over a paragraph: the body's first section, no kind of the statement */
        if (titled && (c == HL_SHORT || c == HL_KIND) && txt_words(p->s, la, lb) <= 6 && !ends_with_terminal(p->s, la, lb) &&
            (equals_ci(p->s + la, lb - la, "Summary") || starts_with_ci(p->s + la, lb - la, "Summary of ") ||
             equals_ci(p->s + la, lb - la, "Executive summary"))) {
            size_t n = next_content(p, i + 1), na, nb;
            if (n < p->nlines) {
                line_span(p, n, &na, &nb);
                if (txt_has_lower(p->s + na, nb - na) && txt_words(p->s, na, nb) >= 6 &&
                    (ends_with_terminal(p->s, na, nb) || (n + 1 < p->nlines && !line_blank(p, n + 1))))
                    break;
            }
        }
        /* "Minister Ong Bee Lian," over "Ladies and gentlemen,": the salutation names
         * the guests first */
        if (titled && lb > la && p->s[lb - 1] == ',' && txt_words(p->s, la, lb) <= 8) {
            size_t n = next_content(p, i + 1), na, nb;
            if (n < p->nlines) {
                line_span(p, n, &na, &nb);
                if (salutation(p->s, na, nb) || (nb > na && p->s[nb - 1] == ',' && txt_words(p->s, na, nb) <= 8 &&
                                                  n + 1 < p->nlines && salutation_after(p, n)))
                    break;
            }
        }
        /* "1. CALL TO ORDER" right over "Mayor Linda Park called the meeting to
         * order …", under the title: the minutes' first numbered item, the body's */
        if (i > first && i + 1 < p->nlines && !line_blank(p, i + 1) && number_len(p->s, la, lb) &&
            txt_words(p->s, la, lb) <= 7 && !ends_with_terminal(p->s, la, lb)) {
            size_t na, nb;
            line_span(p, i + 1, &na, &nb);
            if (txt_has_lower(p->s + na, nb - na) && ends_with_terminal(p->s, na, nb) && txt_words(p->s, na, nb) >= 4 &&
                !number_len(p->s, na, nb))
                break;
        }
        /* "**Gaza" over the first paragraph, under the title: a briefing's topic as its
         * page prints it, its bold unclosed; the body's first heading */
        if (i > first && lb - la > 2 && p->s[la] == '*' && p->s[la + 1] == '*' && p->s[la + 2] != '*' &&
            p->s[la + 2] != ' ' && !find_ci(p->s, la + 2, lb, "*") && !bold_closed_below(p, i))
            break;
        if (in_people_list(p, i)) {
            peopled = 1;
            continue;
        }
        /* "**Did you expect to win?**" under the title: an interview's first question,
         * its questions set apart in bold or italics and no labels */
        if (i > first && lb - la > 4 && line_blank(p, i - 1) && emph_questions(p) > 0 &&
            emph_paragraph(p->s, la, lb) == emph_questions(p) && memchr(p->s + la, '?', lb - la))
            break;
        /* a paragraph wrapped as a PDF wraps it, under the title: a line that goes on
         * in lower case on the next ("… storm damage at" / "twelve small harbours …")
         * is the body's first paragraph, not lines of the header */
        /* (not a notice's heading that ends in the day, "Election of a Councillor for
         * Millbrook Ward" / "held on Thursday 2 May 2024", the block's last line) */
        if (titled && i + 1 < p->nlines && !line_blank(p, i + 1) && txt_words(p->s, la, lb) >= 6 &&
            !ends_with_terminal(p->s, la, lb) && lb > la && p->s[lb - 1] != ':' && p->s[lb - 1] != ',') {
            size_t na, nb;
            line_span(p, i + 1, &na, &nb);
            int dated = (i + 2 >= p->nlines || line_blank(p, i + 2)) && ends_in_date(p, na, nb) &&
                        txt_words(p->s, la, lb) + txt_words(p->s, na, nb) <= 16 && title_cased(p->s, la, lb);
            if (nb > na && islower((unsigned char)p->s[na]) && txt_words(p->s, na, nb) >= 3 && !dated)
                break;
        }
        if (c == HL_PROSE && !header_prose(p, i))
            break;
        /* (a note about the event kept in the header, of a sentence's length: "Ana
         * Ruiz, Director of …, chaired the briefing, which was attended by …") */
        if (c == HL_PROSE && !titled && txt_words(p->s, la, lb) >= 12 && ends_with_terminal(p->s, la, lb))
            noted = 1;
        /* under such a note, with no title yet, a short line over the body's prose is
         * its first topic's heading ("Floods in the Sahel"), not the title */
        if (c == HL_SHORT && noted && !titled && i > 0 && line_blank(p, i - 1)) {
            size_t n = next_content(p, i + 1);
            if (n < p->nlines && header_class(p, n) == HL_PROSE && !header_prose(p, n))
                break;
        }
        /* "Operator" alone over the first turn of a call, under the title or on the
         * statement's first line (an excerpt): the body's first label, no title */
        /* (or under the call's list of participants, no title over it) */
        if (c == HL_SHORT && (titled || i == first || kind_line_at != SIZE_MAX || peopled)) {
            size_t a, b, n = next_content(p, i + 1);
            line_span(p, i, &a, &b);
            spk_cue lc;
            if (n < p->nlines && header_class(p, n) == HL_PROSE && spk_line_cue(p->s, a, b, &lc) &&
                lc.kind != CUE_NAMED)
                break;
        }
        if (c == HL_SHORT && titled) {
            size_t a, b, n = next_content(p, i + 1);
            line_span(p, i, &a, &b);
            /* a deck right under the title ("New branch brings free coaching to the
             * Eastside"): a sentence of its own, not a heading */
            /* (and under that deck, another: a release's lines of figures, "Total revenue
             * of $412.6 million …" / "Company initiates 2025 guidance …") */
            int deck = (prev == title_line || (prev == deck_line && deck_line != SIZE_MAX)) &&
                       txt_words(p->s, a, b) >= 7;
            if (deck)
                deck_line = i;
            /* a masthead in capitals titles nothing: the headline under it, in mixed
             * case, is the title, not the body's first heading */
            int headline = title_line < p->nlines && masthead_over(p, title_line, i);
            /* (so is a company's name over its headline: "Thornbury Pharma plc") */
            headline |= title_line < p->nlines && company_over(p, title_line, i);
            /* "INDEPENDENT STATE OF PAPUA NEW GUINEA" / "MEDIA STATEMENT" / "Date: …" /
             * the headline: the first short line of four words or more after a kind line
             * under the title */
            headline |= kind_line_at != SIZE_MAX && kind_line_at > title_line && !short_after_kind &&
                        txt_words(p->s, a, b) >= 4;
            short_after_kind |= kind_line_at != SIZE_MAX && kind_line_at > title_line;
            /* "PRESS RELEASE" / "Green Alliance Party" / "7 October 2025", then the
             * headline in a block of its own: the kind first, and the first short line
             * after its block */
            if (kind_line_at == first && title_line < p->nlines && title_line > kind_line_at && !short_after_block &&
                line_blank(p, i - 1)) {
                int one_block = 1;
                for (size_t k = kind_line_at; k < title_line && one_block; k++)
                    one_block = !line_blank(p, k);
                headline |= one_block && txt_words(p->s, a, b) >= 3;
                short_after_block = 1;
            }
            if (n < p->nlines && header_class(p, n) == HL_PROSE && !header_prose(p, n) &&
                i > 0 && line_blank(p, i - 1) && !org_line(p->s, a, b) && !deck && !headline &&
                !person_role_line(p->s, a, b))
                break;
            /* "Opening statements" over the first turn of a transcript whose body has
             * headings of its own ("Questions and answers"): the first heading, not a
             * line of the header (a venue line over the first turn stays in it) */
            if (n < p->nlines && header_class(p, n) == HL_CUE && heading_shape(p, i) &&
                body_headed(p, n))
                break;
        }
        if (c == HL_LIST && !titled)
            break;
        /* (nor the first section's name under a call's participants, "Presentation") */
        size_t bks, bke;
        if (c == HL_SHORT && !titled && !peopled && !org_name(p->s, la, lb) && !weak_title(p, la, lb) &&
            !bar_kind_line(p->s, la, lb, &bks, &bke) &&
            !unit_under_org(p, i) && !person_over_role(p, i) && !role_under_person(p, i) &&
            !person_under_role(p, i) && !person_role_line(p->s, la, lb) && !contact_above(p, i, 1) &&
            !company_over_short(p, i)) {
            /* the first short line titles the statement; an issuer's name over it
             * ("GOVERNMENT OF ODISHA") does not, nor a person over their role ("The Hon
             * Ana Ruiz MP" / "Minister for Transport"): the headline under them does */
            titled = 1;
            title_line = i;
        }
        if (c == HL_KIND && kind_line_at == SIZE_MAX)
            kind_line_at = i;
        if (c == HL_KIND) {
            /* a kind with more than itself ("Statement by …") titles the statement */
            size_t a, b, ks, ke;
            int narrated;
            line_span(p, i, &a, &b);
            if (kind_line(p->s, a, b, &ks, &ke, &narrated) && !kind_only(p, ke, b) && !kind_number(p->s, ke, b))
                titled = 1;
        }
    }
    return i;
}

/* Whether s[a, b) is a place alone: "Albany, NY", "Tacoma, Wash.", a town and a US
 * state as datelines write them, or a city alone. */
static int place_line(const char *s, size_t a, size_t b)
{
    /* (or a city alone: "Brussels", "New York", data/en/places.txt) */
    if (b > a && data_has_line("en/places.txt", s + a, b - a))
        return 1;
    const char *comma = memchr(s + a, ',', b - a);
    if (!comma || txt_words(s, a, b) > 4 || memchr(comma + 1, ',', (size_t)(s + b - comma - 1)))
        return 0;
    size_t x = skip_spaces(s, (size_t)(comma - s) + 1, b);
    const char *line;
    size_t len;
    /* ("Baku, Azerbaijan", "SUVA, FIJI": or a city and its country, data/en/countries.txt) */
    return x < b && (data_field_lines("en/us-states.txt", s + x, b - x, 0, &line, &len, 1) ||
                     equals_ci(s + x, b - x, "D.C.") ||
                     (isupper((unsigned char)s[a]) && data_has_line("en/countries.txt", s + x, b - x)));
}

/* Whether a role split from a name is only a style ("The Hon", "Hon.", "Rt Hon"). */
static int is_style(const char *role)
{
    static const char *const styles[] = {"The Hon", "The Hon.", "Hon", "Hon.", "The Honourable", "Honourable",
                                         "The Rt Hon", "Rt Hon", "The Right Honourable", "Right Honourable",
                                         "The Hon. Dr", "The Hon Dr"};
    for (size_t k = 0; k < sizeof styles / sizeof *styles; k++)
        if (strcmp(role, styles[k]) == 0)
            return 1;
    return 0;
}

/* Whether header line i is a person over their role ("Hon Aroha Whitiora" /
 * "Minister for Regional Development"), as government releases head them: no title. */
static int person_over_role(parser *p, size_t i)
{
    size_t a, b;
    line_span(p, i, &a, &b);
    if (org_line(p->s, a, b) || i + 1 >= p->nlines || line_blank(p, i + 1))
        return 0;
    /* "THE HON. MARCUS TEALBY MP" / "MINISTER FOR REGIONAL TRANSPORT": in capitals,
     * both lines as they would be written in mixed case */
    int caps = !txt_has_lower(p->s + a, b - a);
    char *who = caps ? spk_title_case(p->s + a, b - a) : NULL;
    if (caps && !who)
        return 0;
    int named = caps ? name_only(who, 0, strlen(who)) && !org_tail(who, 0, strlen(who))
                     : name_only(p->s, a, b) && !org_tail(p->s, a, b);
    free(who);
    if (!named)
        return 0;
    /* "Minister for Regional Development", in the name line's case */
    size_t na, nb;
    line_span(p, i + 1, &na, &nb);
    return caps == !txt_has_lower(p->s + na, nb - na) && role_only_line(p, i + 1);
}

/* Whether line i is a place between a kind line and a date line of one block
 * ("DOORSTOP INTERVIEW" / "WAGGA WAGGA" / "MONDAY, 3 NOVEMBER 2025"): where, not the
 * title. */
static int place_under_kind(parser *p, size_t i)
{
    size_t a, b;
    line_span(p, i, &a, &b);
    /* (or one word alone over the date, its block's first line: "Canberra" /
     * "Tuesday, 4 November 2025") */
    int alone = (i == 0 || line_blank(p, i - 1)) && txt_words(p->s, a, b) == 1 && txt_starts_upper(p->s + a, b - a);
    /* (or a town and its country over the date: "ADDIS ABABA, ETHIOPIA") */
    const char *comma = memchr(p->s + a, ',', b - a);
    /* (a comma at the line's end has nothing after it to look at) */
    alone |= comma && comma + 2 < p->s + b && comma[1] == ' ' &&
             !memchr(comma + 1, ',', (size_t)(p->s + b - comma - 1)) && txt_words(p->s, a, b) <= 4 &&
             txt_starts_upper(p->s + a, b - a) && txt_starts_upper(comma + 2, (size_t)(p->s + b - comma - 2));
    if (i + 1 >= p->nlines || line_blank(p, i + 1) || txt_words(p->s, a, b) > 3 || ends_with_terminal(p->s, a, b) ||
        header_class(p, i + 1) != HL_META ||
        !(alone || (i > 0 && !line_blank(p, i - 1) && header_class(p, i - 1) == HL_KIND)))
        return 0;
    for (size_t x = a; x < b; x++)
        if (isdigit((unsigned char)p->s[x]))
            return 0;
    size_t na, nb;
    line_span(p, i + 1, &na, &nb);
    char iso[11];
    for (size_t x = na; x < nb; x++)
        if ((x == na || p->s[x - 1] == ' ') && date_iso(p->order, p->s + x, nb - x, iso))
            return 1;
    return 0;
}

/* Whether the first or the last word of s[a, b) is a body's (data/en/bodies.txt, in
 * any case): "COMMISSION ON ELECTIONS", "ELECTORAL COMMISSION" name no one; "MINISTER
 * OF STATE FOR HEALTH" is an office. */
static int body_word_in(const char *s, size_t a, size_t b)
{
    size_t fe = a, lb = b;
    while (fe < b && s[fe] != ' ' && s[fe] != ',')
        fe++;
    while (lb > a && s[lb - 1] != ' ' && s[lb - 1] != ',')
        lb--;
    return (fe > a && data_word_line("en/bodies.txt", s + a, fe - a, 1, DATA_ANYWHERE)) ||
           (b > lb && data_word_line("en/bodies.txt", s + lb, b - lb, 1, DATA_ANYWHERE));
}

/* Whether the capitalised words t[0, n) name a place rather than a person: a place's
 * first or last word (data/en/place-firsts.txt, place-lasts.txt), a city
 * (places.txt), a state (us-states.txt), a country (countries.txt) or a body's word ("West Point", "Hong Kong",
 * "SOUTH AFRICA" as title-cased in t). */
static int place_name(const char *t, size_t n)
{
    size_t fe = 0, lb = n;
    while (fe < n && t[fe] != ' ')
        fe++;
    while (lb > 0 && t[lb - 1] != ' ')
        lb--;
    return (fe > 0 && data_word_line("en/place-firsts.txt", t, fe, 0, DATA_ANYWHERE)) ||
           (n > lb && data_word_line("en/place-lasts.txt", t + lb, n - lb, 0, DATA_ANYWHERE)) ||
           data_has_line("en/places.txt", t, n) || data_has_line("en/us-states.txt", t, n) ||
           data_has_line("en/countries.txt", t, n) ||
           data_word_line("en/bodies.txt", t + lb, n - lb, 0, DATA_ANYWHERE) != NULL;
}

/* Whether s[a, b) sets its words out in columns ("CANADIAN   CLEVELAND   OKLAHOMA",
 * a watch's counties): a list, no one's office. */
static int in_columns(const char *s, size_t a, size_t b)
{
    /* (two gaps at least, each a tab or three spaces or more: a stray double space
     * from a PDF, "Minister for Health and  Aged Care", is no column) */
    size_t gaps = 0;
    for (size_t x = a; x < b;) {
        size_t e = x;
        while (e < b && (s[e] == ' ' || s[e] == '\t'))
            e++;
        if (e > x && (e - x >= 3 || memchr(s + x, '\t', e - x)))
            gaps++;
        x = e > x ? e : x + 1;
    }
    return gaps >= 2;
}

/* Whether line i is an office alone ("Minister for Regional Transport", "MEMBER FOR
 * CORRANDALE"): a role's word, no name, no digit, ten words at most. */
static int role_only_line(parser *p, size_t i)
{
    size_t a, b;
    line_span(p, i, &a, &b);
    if (b <= a || txt_words(p->s, a, b) > 10)
        return 0;
    if (has_digit(p->s, a, b) || in_columns(p->s, a, b))
        return 0;
    char *t = txt_has_lower(p->s + a, b - a) ? txt_clean(p->s, a, b) : spk_title_case(p->s + a, b - a);
    char *role = NULL, *name = NULL;
    int yes = t && spk_role_word_in(t, 0, strlen(t), 0) && spk_split_person(t, &role, &name) == HD_OK && role && !name;
    free(t);
    free(role);
    free(name);
    return yes;
}

/* Whether line i is a person under their office, in the same block ("Premier of
 * Queensland" / "The Honourable Dominic J. Fairweather MP"): who speaks, no title. */
static int person_under_role(parser *p, size_t i)
{
    if (i == 0 || line_blank(p, i - 1) || !role_only_line(p, i - 1))
        return 0;
    size_t a, b;
    line_span(p, i, &a, &b);
    /* (not a headline under a kind's line: "Safety Gate: toys and cosmetics top list
     * of dangerous products", a colon in it or more than ten words; nor an update's
     * title under a service's name, "Rural Fire Service" / "Fire Update – Bell Ridge
     * Fire", a dash before no office) */
    if (memchr(p->s + a, ':', b - a) || txt_words(p->s, a, b) > 10)
        return 0;
    /* (a dash before a seat or an office is a minister's line still: "The Hon. Jane
     * Smith MP – Member for Ryde") */
    size_t dx = a;
    while (dx < b && !(p->s[dx] == ' ' && txt_dash_len(p->s, dx + 1, b) && dx + 1 + txt_dash_len(p->s, dx + 1, b) < b &&
                       p->s[dx + 1 + txt_dash_len(p->s, dx + 1, b)] == ' '))
        dx++;
    if (dx < b) {
        size_t r = skip_spaces(p->s, dx + 1 + txt_dash_len(p->s, dx + 1, b), b), re = r;
        while (re < b && p->s[re] != ' ')
            re++;
        if (!spk_role_word_in(p->s, r, re, 0))
            return 0;
    }
    char *t = txt_clean(p->s, a, b), *role = NULL, *name = NULL;
    int yes = t && !org_line(p->s, a, b) && !issue_name(p->s, a, b) && spk_split_person(t, &role, &name) == HD_OK &&
              name && strchr(name, ' ') && (!role || is_style(role));
    free(t);
    free(role);
    free(name);
    return yes;
}

/* Whether line i is one of the offices under a person's line, in the same block
 * ("The Hon Ana Ruiz MP" / "Minister for Transport" / "Member for Corrandale"). */
static int role_under_person(parser *p, size_t i)
{
    if (i == 0 || line_blank(p, i - 1) || !role_only_line(p, i))
        return 0;
    for (size_t k = i; k > 0 && !line_blank(p, k - 1) && i - k < 4; k--) {
        if (person_over_role(p, k - 1))
            return 1;
        if (!role_only_line(p, k - 1))
            return 0;
    }
    return 0;
}

/* Whether header line s[a, b) is a person and their role after a comma ("Eleanor
 * Marsh MP, Leader of the Liberal Democrats", "Ana Ruiz, Minister for Coastal
 * Affairs"): who speaks, not the title. */
static int person_role_line(const char *s, size_t a, size_t b)
{
    const char *comma = memchr(s + a, ',', b - a);
    if (!comma || !name_only(s, a, (size_t)(comma - s)) || org_line(s, a, b) || !txt_has_lower(s + a, b - a))
        return 0;
    size_t r = skip_spaces(s, (size_t)(comma - s) + 1, b), re = r, hy;
    while (re < b && s[re] != ' ' && s[re] != ',')
        re++;
    for (hy = r; hy < re && s[hy] != '-';)
        hy++;
    /* "Vice-President of the ECB": the role word before a hyphen counts */
    if (!spk_role_word_in(s, r, b, 0) && !(hy < re && data_word_line("en/roles.txt", s + r, hy - r, 0, DATA_ANYWHERE)))
        return 0;
    /* (not a headline that lists its people: "Governor Ruiz, Senator Hale and
     * Representative Lee announce flood package", a headline's verb after them) */
    for (size_t x = r, e; x < b; x = skip_spaces(s, e, b)) {
        for (e = x; e < b && s[e] != ' ' && s[e] != ',';)
            e++;
        if (e < b && data_word_line("en/headline-verbs.txt", s + x, e - x, 1, DATA_ANYWHERE))
            return 0;
        while (e < b && s[e] == ',')
            e++;
    }
    char *t = txt_clean(s, a, b), *role = NULL, *name = NULL;
    int yes = t && spk_split_person(t, &role, &name) == HD_OK && name;
    free(t);
    free(role);
    free(name);
    return yes;
}

/* Whether header line s[a, b) is an office, a comma, then its holder ("Minister of
 * Foreign Affairs, H.E. Dr. Abdullah bin Zayed"): who speaks, not the title. */
static int role_person_line(const char *s, size_t a, size_t b)
{
    const char *comma = memchr(s + a, ',', b - a);
    size_t c = comma ? (size_t)(comma - s) : b;
    if (!comma || memchr(comma + 1, ',', b - c - 1) || !isupper((unsigned char)s[a]) || txt_words(s, a, c) > 8 ||
        !spk_role_word_in(s, a, c, 0) || org_line(s, a, b) || ends_with_terminal(s, a, b))
        return 0;
    /* (the office's words capitalised but its joins: no sentence) */
    for (size_t x = a; x < c; x = skip_spaces(s, x, c)) {
        size_t e = x;
        while (e < c && s[e] != ' ')
            e++;
        if (islower((unsigned char)s[x]) && !equals_ci(s + x, e - x, "of") && !equals_ci(s + x, e - x, "for") &&
            !equals_ci(s + x, e - x, "and") && !equals_ci(s + x, e - x, "the"))
            return 0;
        x = e;
    }
    char *t = txt_clean(s, (size_t)(comma - s) + 1, b), *role = NULL, *name = NULL;
    int yes = t && spk_split_person(t, &role, &name) == HD_OK && name && !role && strchr(name, ' ') &&
              isupper((unsigned char)name[0]);
    free(t);
    free(role);
    free(name);
    return yes;
}

/* People a header names besides its byline, in the order they count for: the title,
 * then sentences, then fields and lines naming people. */
typedef struct named {
    char *text;
    size_t at;
    int rank;
} named;

static void name_text(parser *p, named **v, size_t *n, size_t *cap, char *text, size_t at, int rank)
{
    if (!text || p->st != HD_OK || grow((void **)v, cap, *n + 1, sizeof **v) != 0) {
        free(text);
        if (p->st == HD_OK)
            p->st = HD_ERR_NOMEM;
        return;
    }
    (*v)[(*n)++] = (named){text, at, rank};
}

/* Whether one of the people found so far has a name, not an office alone ("the
 * President's Remarks …" names the office; "President Sarah L. Whitman" under it, the
 * person). */
static int people_named(const named *v, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        char *role = NULL, *name = NULL;
        int named_one = v[k].text && spk_split_person(v[k].text, &role, &name) == HD_OK && name;
        free(role);
        free(name);
        if (named_one || !v[k].text)
            return 1;
    }
    return 0;
}

static void name_people(parser *p, named **v, size_t *n, size_t *cap, size_t a, size_t b, int rank)
{
    /* (a line in capitals as a name is written: "BY PRESIDENT ELENA MARKOVA") */
    if (a < b && p->st == HD_OK)
        name_text(p, v, n, cap, txt_has_lower(p->s + a, b - a) ? txt_clean(p->s, a, b) : spk_title_case(p->s + a, b - a),
                  a, rank);
}

static int by_rank(const void *x, const void *y)
{
    const named *a = x, *b = y;
    return a->rank != b->rank ? a->rank - b->rank : (a->at > b->at) - (a->at < b->at);
}

/* Whether the line s[a, b) opens a paragraph of news: ten words or more with a
 * sentence's stop, no e-mail address, and figures only in a long sentence (a
 * contact's line is short). */
static int news_paragraph(const char *s, size_t a, size_t b)
{
    size_t digits = 0, stops = 0;
    for (size_t x = a; x < b; x++) {
        digits += isdigit((unsigned char)s[x]) != 0;
        stops += (s[x] == '.' || s[x] == '!' || s[x] == '?') && (x + 1 == b || s[x + 1] == ' ') && x > a &&
                 islower((unsigned char)s[x - 1]);
    }
    size_t words = txt_words(s, a, b);
    return stops && (digits < 7 || words >= 20) && words >= 10 && !memchr(s + a, '@', b - a) &&
           !contact_label(s, a, b);
}

/* Whether line k, s[a, b), is a name alone in brackets, its words capitalised or
 * initials ("(V. Raghunandan)", "(Anita Sharma)"), over a line that names an office
 * ("Secretary, TRA", "Director (Media)"): a release's signature. */
static int paren_signature(parser *p, size_t k, size_t a, size_t b)
{
    const char *s = p->s;
    if (b - a < 6 || s[a] != '(' || s[b - 1] != ')' || memchr(s + a + 1, '(', b - a - 2) || k + 1 >= p->nlines)
        return 0;
    size_t words = txt_words(s, a + 1, b - 1);
    if (words < 2 || words > 5 || has_digit(s, a, b))
        return 0;
    for (size_t x = a + 1; x < b - 1;) {
        size_t w = x;
        while (x < b - 1 && s[x] != ' ')
            x++;
        if (!isupper((unsigned char)s[w]) || spk_is_stage(s, w, x, SPK_ALONE))
            return 0;
        while (x < b - 1 && s[x] == ' ')
            x++;
    }
    size_t na, nb;
    line_span(p, k + 1, &na, &nb);
    return nb > na && !ends_with_terminal(s, na, nb) && txt_words(s, na, nb) <= 10 && spk_role_word_in(s, na, nb, 0);
}

/* Whether a later paragraph of one line, from line k on, is a place alone
 * ("Mombasa, Kenya"): places are then the sections' headings ("Nairobi, Kenya" /
 * … / "Mombasa, Kenya"), the first of them no dateline. */
static int place_heading_after(parser *p, size_t k)
{
    for (size_t i = next_content(p, k); i < p->nlines; i = next_content(p, i + 1)) {
        size_t a, b;
        line_span(p, i, &a, &b);
        if ((i == 0 || line_blank(p, i - 1)) && (i + 1 >= p->nlines || line_blank(p, i + 1)) && place_line(p->s, a, b))
            return 1;
    }
    return 0;
}

/* Whether every block of the body so far is a line of the header's kind (a contact,
 * a date), and there is one. */
static int body_only_meta(const hd_doc *d)
{
    size_t n = 0;
    for (size_t k = 0; k < d->nblocks; k++)
        if (!d->blocks[k].header) {
            if (d->blocks[k].kind != ST_META)
                return 0;
            n++;
        }
    return n > 0;
}

/* Whether the body has had a paragraph of speech yet. */
static int body_spoken(const hd_doc *d)
{
    for (size_t k = 0; k < d->nblocks; k++)
        if (!d->blocks[k].header && d->blocks[k].kind == ST_SPEECH)
            return 1;
    return 0;
}

/* Whether a turn's label s[a, b) is counsel's: a silk's letters after the name ("MR
 * LAWSON KC", "Ms Ruiz SC") or the word "Counsel" ("COUNSEL TO THE INQUIRY"). */
static int counsel_label(const char *s, size_t a, size_t b)
{
    static const char *const silks[] = {" KC", " QC", " SC"};
    for (size_t k = 0; k < sizeof silks / sizeof *silks; k++)
        if (b - a > 3 && memcmp(s + b - 3, silks[k], 3) == 0)
            return 1;
    return find_ci(s, a, b, "counsel");
}

/* The people a title names: "… by X", "X and Y Hold a Press Conference", "X's call
 * with …". */
/* "Emergency Relief Coordinator, Teodor Halvorsen – Statement on the Floods",
 * "Secretary-General Ana Ruiz - Remarks to the Assembly": who speaks, a dash, then
 * the kind of what she says, in a title. The person holds an office and has a name
 * of two words or more ("Asia First — Interview Transcript" names a programme). Where
 * the dash's space before is, the kind's span in [*ks, *ke); b when not. */
static size_t person_dash_kind(parser *p, size_t a, size_t b, size_t *ks, size_t *ke)
{
    const char *s = p->s;
    size_t dl, x = spaced_dash(s, a, b, b, &dl);
    int narr;
    if (x >= b || x == a || !kind_line(s, x + dl, b, ks, ke, &narr) || *ks != skip_spaces(s, x + dl, b) || narr ||
        headline_verb(s, a, x) || txt_words(s, a, x) > 16)
        return b;
    char *who = txt_clean(s, a, x), *r = NULL, *nm = NULL;
    if (!who || spk_split_person(who, &r, &nm) != HD_OK)
        p->st = HD_ERR_NOMEM;
    int person = r && nm && strchr(nm, ' ') && !org_name(s, a, x);
    free(who);
    free(r);
    free(nm);
    return person ? x : b;
}

/* "Floor Speech — Sen. Harold Kim (as prepared for delivery)": the kind, a dash,
 * then an office or a form of address and a name, who gives it (named as such);
 * 1 when so. */
static int kind_dash_person(parser *p, named **v, size_t *n, size_t *cap, size_t a, size_t b)
{
    const char *s = p->s;
    size_t dl, x = spaced_dash(s, a, b, b, &dl), ks, ke;
    int nar;
    if (x == SIZE_MAX || !kind_line(s, a, x, &ks, &ke, &nar) || ks != a || ke < x)
        return 0;
    size_t r = x + dl, e = b;
    if (e > r && s[e - 1] == ')') {
        const char *o = memchr(s + r, '(', e - r);
        if (o)
            for (e = (size_t)(o - s); e > r && s[e - 1] == ' ';)
                e--;
    }
    size_t wl = strcspn(s + r, " ,");
    if (e <= r + wl || !isupper((unsigned char)s[r]) || !(spk_honorific(s + r, wl) || spk_role_word_in(s, r, r + wl, 0)))
        return 0;
    name_people(p, v, n, cap, r, e, 1);
    return 1;
}

static void title_people(parser *p, named **v, size_t *n, size_t *cap, size_t a, size_t b)
{
    const char *s = p->s;
    for (size_t i = a; i + 4 < b; i++)
        if (strncmp(s + i, " by ", 4) == 0) {
            /* (after a headline's verb, "by" names the person only with an office or
             * a form of address: "Bill Signed by Governor Ruiz"; "Bill Passes House by
             * Vote of 218-212", "… by Wide Margin" name no one) */
            size_t w = i + 4, we = w;
            while (we < b && s[we] != ' ' && s[we] != ',')
                we++;
            if (w + 4 <= b && strncmp(s + w, "the ", 4) == 0)
                for (w += 4, we = w; we < b && s[we] != ' ' && s[we] != ',';)
                    we++;
            if (headline_verb(s, a, i) && !spk_role_word_in(s, w, we, 0) && !spk_honorific(s + w, we - w))
                return;
            name_people(p, v, n, cap, i + 1, b, 1);
            return;
        }
    if (kind_dash_person(p, v, n, cap, a, b))
        return;
    /* "Emergency Relief Coordinator, Teodor Halvorsen – Statement on the Floods": who
     * speaks before the dash */
    {
        size_t ks, ke, x = person_dash_kind(p, a, b, &ks, &ke);
        if (x < b) {
            name_people(p, v, n, cap, a, x, 1);
            /* (and the kind is the words after the dash) */
            if (!p->doc->kind && p->st == HD_OK) {
                if (!(p->doc->kind = xstrndup(s + ks, ke - ks)))
                    p->st = HD_ERR_NOMEM;
                else if (islower((unsigned char)p->doc->kind[0]))
                    p->doc->kind[0] = (char)toupper((unsigned char)p->doc->kind[0]);
            }
            return;
        }
    }
    /* "President Ruiz Holds Press Conference", "… Addresses the Nation": the person
     * speaks. A meeting's or a call's readout ("… Meets with …", "… Holds Talks with
     * …", "… Speaks with …") is told in the third person: the narrator's. */
    static const char *const verbs[] = {" Holds ", " Hold ", " Delivers ", " Deliver ", " Gives ",
                                        " Hosts ", " Host ", " Speaks ", " Addresses ", " Remarks ",
                                        " remarks at ", " remarks to ", " remarks on ", " speech at ",
                                        " speech to ", " statement at ", " statement to "};
    static const char *const readouts[] = {"Talks", "Bilateral", "Meeting", "Meetings", "Call", "Calls",
                                           "with", "With", "Phone", "Telephone", "a Call", "a Meeting"};
    for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++)
        for (size_t i = a; i + strlen(verbs[k]) <= b; i++)
            if (strncmp(s + i, verbs[k], strlen(verbs[k])) == 0) {
                /* ("Chancellor's speech at …": the possessive, below) */
                if (i > a + 2 && (s[i - 1] == 's' && (s[i - 2] == '\'' || (unsigned char)s[i - 2] == 0x99)))
                    break;
                size_t r = i + strlen(verbs[k]);
                for (size_t q = 0; q < sizeof readouts / sizeof *readouts; q++) {
                    size_t ql = strlen(readouts[q]);
                    if (r + ql <= b && strncmp(s + r, readouts[q], ql) == 0 && (r + ql == b || s[r + ql] == ' '))
                        return;
                }
                name_people(p, v, n, cap, a, i, 1);
                return;
            }
    /* a possessive at the start: "Foreign Minister Ana Ruiz's call with …" (after a
     * record's word: "Summary of Governor Hayami's Press Conference") */
    static const char *const records[] = {"Summary of ", "Transcript of ", "Excerpts from ", "Excerpts of ",
                                          "Full text of ", "Text of ", "Record of "};
    for (size_t k = 0; k < sizeof records / sizeof *records; k++)
        if (starts_with_ci(s + a, b - a, records[k]) && a + strlen(records[k]) < b &&
            isupper((unsigned char)s[a + strlen(records[k])])) {
            a += strlen(records[k]);
            break;
        }
    for (size_t i = a; i < b && i < a + 80; i++) {
        if (s[i] == ' ' && !isupper((unsigned char)s[i + 1]) && !starts_with_ci(s + i + 1, b - i - 1, "of "))
            break;
        if ((s[i] == '\'' && i + 1 < b && s[i + 1] == 's') ||
            (i + 3 < b && memcmp(s + i, "\xE2\x80\x99s", 4) == 0)) {
            /* (not a headline's object: "FBI Seeks Public's Help …"; nor a country's
             * or a city's, "Ghana's Director-General of Health Service …", whose
             * office names no one yet) */
            /* (nor a day's: "Today's update", "Tuesday's update", "This Week's
             * Briefing") */
            static const char *const days[] = {"Today", "Tonight", "Tomorrow", "Yesterday", "Week", "Weekend",
                                               "Month", "Year", "Morning", "Evening", "Afternoon"};
            size_t lw = i;
            while (lw > a && s[lw - 1] != ' ')
                lw--;
            int day = 0;
            for (size_t k = 0; k < sizeof days / sizeof *days && !day; k++)
                day = equals_ci(s + lw, i - lw, days[k]);
            day = day || data_word_line("en/weekdays.txt", s + lw, i - lw, 1, DATA_ANYWHERE) ||
                  data_word_line("en/months.txt", s + lw, i - lw, 1, DATA_ANYWHERE);
            /* (nor one word that is no office, a company's name as often as a
             * person's: "Norvane's drug approved in Europe") */
            const char *hy = memchr(s + a, '-', i - a); /* ("Secretary-General's") */
            int one = lw == a && !spk_role_word_in(s, a, i, 0) && !(hy && spk_role_word_in(s, a, (size_t)(hy - s), 0));
            /* (a surname is a person's before a speech's kind: "Albanese's address to
             * the National Press Club", "Modi's address to the nation") */
            if (one) {
                size_t kw = i + (s[i] == '\'' ? 2 : 4);
                while (kw < b && s[kw] == ' ')
                    kw++;
                size_t ke2 = kw;
                while (ke2 < b && isalpha((unsigned char)s[ke2]))
                    ke2++;
                const char *kl;
                size_t kll;
                if (ke2 > kw && data_field_lines("en/kinds.txt", s + kw, ke2 - kw, 1, &kl, &kll, 1))
                    one = 0;
            }
            if (!day && !one && !headline_verb(s, a, i) && !place_name(s + a, i - a))
                name_people(p, v, n, cap, a, i, 1);
            return;
        }
    }
}


/* Whether kind k[0, n) only says the text is a record of what was said ("Transcript",
 * « Versión estenográfica », « Transcription »: data/<lang>/words.txt's word for
 * it): the event it records, named further on, is the kind that counts. */
static int transcript_kind(const char *k, size_t n)
{
    const char *w = data_say("Transcript");
    return equals_ci(k, n, "Transcript") || equals_ci(k, n, w);
}

/* Whether the words before t[k] make what follows no kind: a parliament's "Questions
 * without Notice", "Questions on Notice". */
static int notice_not_kind(const char *t, size_t k)
{
    return (k >= 8 && u8_ncasecmp(t + k - 8, "without ", 8) == 0) ||
           (k >= 3 && u8_ncasecmp(t + k - 3, "on ", 3) == 0 && u8_ncasecmp(t, "Questions ", 10) == 0);
}

/* "Transcript of Weekly Media Briefing by the Official Spokesperson": a kind named
 * inside the title is more than "Transcript"; *kind is replaced (1) when one is. */
static int title_names_kind(const char *t, char **kind, hd_status *st)
{
    const data_file *f = data_get("en/kinds.txt");
    size_t pos = 0, len, best = 0, tn = strlen(t);
    const char *line, *found = NULL;
    size_t kl;
    while (f && next_kind(f, &pos, &line, &len, &kl)) {
        if (kl <= best || transcript_kind(line, kl) || kind_alone(line, len, kl))
            continue;
        for (size_t k = 0; k + kl <= tn; k++)
            if ((k == 0 || t[k - 1] == ' ') && (k + kl == tn || !isalpha((unsigned char)t[k + kl])) &&
                u8_ncasecmp(t + k, line, kl) == 0 && !notice_not_kind(t, k)) {
                best = kl;
                found = line;
                break;
            }
    }
    if (!found)
        return 0;
    char *k = xstrndup(found, best);
    if (!k) {
        *st = HD_ERR_NOMEM;
        return 1;
    }
    free(*kind);
    *kind = k;
    return 1;
}

/* Reads the header from the top; returns the first body line. */
/* The title from s[a, b); a delivery note in brackets at its end ("Remarks at the
 * Ocean Conference [as delivered]") is the delivery, not the title. */
static void set_title(parser *p, size_t a, size_t b)
{
    const char *s = p->s;
    hd_doc *d = p->doc;
    /* "Dáil Éireann debate -": a dash left where the date was cut off */
    while (b > a + 2 && (s[b - 1] == '-' || (b - a > 4 && (unsigned char)s[b - 3] == 0xE2 && (unsigned char)s[b - 2] == 0x80 &&
                                                    ((unsigned char)s[b - 1] == 0x93 || (unsigned char)s[b - 1] == 0x94)))) {
        size_t c = s[b - 1] == '-' ? b - 1 : b - 3;
        if (c == a || s[c - 1] != ' ')
            break;
        b = c;
        while (b > a && s[b - 1] == ' ')
            b--;
    }
    if (b > a && (s[b - 1] == ']' || s[b - 1] == ')')) {
        size_t o = b - 1, dx, dy;
        while (o > a && s[o] != (s[b - 1] == ']' ? '[' : '('))
            o--;
        if (o > a && delivery_text(s, o, b, &dx, &dy)) {
            if (!d->delivery)
                set_field(p, &d->delivery, s, dx, dy);
            b = o;
            while (b > a && s[b - 1] == ' ')
                b--;
        }
    }
    set_field(p, &d->title, s, a, b);
}

/* s[a, b) is a person with a title before the name and nothing after it ("Mrs Justice
 * Okonedo", "His Honour Judge Pellegrini KC", "the Minister for Health"). */
static int title_first_person(const char *s, size_t a, size_t b)
{
    if (!spk_role_word_in(s, a, b, 0) || names_event(s, a, b) || txt_words(s, a, b) > 8)
        return 0;
    for (size_t x = a; x < b; x++)
        if (s[x] == ',' || isdigit((unsigned char)s[x]))
            return 0;
    char *t = txt_clean(s, a, b), *role = NULL, *name = NULL;
    int yes = t && spk_split_person(t, &role, &name) == HD_OK && role && name;
    free(t);
    free(role);
    free(name);
    return yes;
}

/* Whether header line i is a person's title and name alone ("Dr. Naomi
 * Castellanos-Reid") over a line that names the occasion ("2025 Commencement
 * Address"): who speaks, the title under it. */
static int person_over_title(parser *p, size_t i)
{
    size_t a, b, n = next_content(p, i + 1), na, nb;
    line_span(p, i, &a, &b);
    if (n >= p->nlines || n != i + 1 || txt_words(p->s, a, b) > 6 || has_digit(p->s, a, b) ||
        memchr(p->s + a, ',', b - a) || org_name(p->s, a, b))
        return 0;
    /* (a title first: "Dr.", "Prof.", "Sir", "Dame") */
    size_t w = a;
    while (w < b && p->s[w] != ' ' && p->s[w] != '.')
        w++;
    static const char *const titles[] = {"Sir", "Dame", "Professor", "Doctor", "Lord", "Lady", "Rabbi", "Imam",
                                         "Dr", "Prof"};
    int titled = w < b && p->s[w] == '.' && seg_abbreviation(p->s + a, w - a) == 't';
    for (size_t k = 0; k < sizeof titles / sizeof *titles && !titled; k++)
        titled = equals_ci(p->s + a, w - a, titles[k]) && strlen(titles[k]) == w - a;
    if (!titled && !title_first_person(p->s, a, b))
        return 0;
    char *t = txt_clean(p->s, a, b), *role = NULL, *name = NULL;
    int person = t && spk_split_person(t, &role, &name) == HD_OK && name && strchr(name, ' ');
    free(t);
    free(role);
    free(name);
    if (!person)
        return 0;
    line_span(p, n, &na, &nb);
    size_t ks, ke;
    int narrated;
    /* (not over the person's office: "Minister for Foreign Affairs") */
    char *u = txt_clean(p->s, na, nb), *urole = NULL, *uname = NULL;
    int office = u && spk_split_person(u, &urole, &uname) == HD_OK && urole && !uname && !has_digit(p->s, na, nb) &&
                 !kind_line(p->s, na, nb, &ks, &ke, &narrated) && !names_event(p->s, na, nb);
    free(u);
    free(urole);
    free(uname);
    return !office && (header_class(p, n) == HL_SHORT || kind_line(p->s, na, nb, &ks, &ke, &narrated));
}

/* Whether a speaker's turn follows header line i ("Opening remarks by the Governor" /
 * "Eleanor Marsh-Whitley: Good afternoon."): the line heads a part of the body. */
/* Whether line i reads as a headline: four words or more, some in lower case ("New
 * rules to protect renters from no-grounds evictions"), not a date's or a name's. */
static int headline_shape(parser *p, size_t i)
{
    size_t a, b;
    line_span(p, i, &a, &b);
    if (txt_words(p->s, a, b) < 4)
        return 0;
    for (size_t x = a; x < b; x++)
        if ((x == a || p->s[x - 1] == ' ') && islower((unsigned char)p->s[x]))
            return 1;
    return 0;
}

static int over_first_turn(parser *p, size_t i)
{
    size_t n = next_content(p, i + 1), x, y;
    spk_cue cue;
    if (n >= p->nlines)
        return 0;
    line_span(p, n, &x, &y);
    hline c = header_class(p, n);
    /* (not a person over their role: "The Hon. Priya Nair MP" / "Minister for Housing"
     * reads as a label "The Hon." and a turn) */
    return c == HL_CUE || (c != HL_FIELD && c != HL_META && spk_read_cue(p->s, x, y, &cue) && cue.text_start < y &&
                           !caps_headline(p->s, cue.text_start, y) && !(person_over_role(p, n) && headline_shape(p, i)) &&
                           /* (nor a field that names who holds an office, "Spokesperson:
                            * Babar Qureshi", a name alone after it) */
                           !(cue.label_end < y && p->s[cue.label_end] == ':' &&
                             name_only(p->s, skip_spaces(p->s, cue.text_start, y), y) && !ends_with_terminal(p->s, x, y)));
}

/* The next short line after header line i, past fields, dates and chrome ("MEDIA
 * STATEMENT" / "Date: 16th September 2025" / the headline); `body` when none. */
/* Whether s[r, b) after a kind is "of" and a person ("SENTENCING REMARKS OF HIS
 * HONOUR JUDGE …", "Statement of the Minister", « Discours de Mme Hélène Duroc »,
 * another language's "of" by data/fr/of-words.txt): a byline too. */
static int of_person(const char *s, size_t r, size_t b)
{
    /* (and "Statement from Mayor Jane Doe") */
    size_t ofl = starts_with_ci(s + r, b - r, "of ") ? 3 : starts_with_ci(s + r, b - r, "from ") ? 5 : 0;
    if (!ofl && data_lang() != 0) {
        size_t e = r;
        while (e < b && s[e] != ' ')
            e++;
        if (e < b && e > r && data_has_line("en/of-words.txt", s + r, e - r))
            ofl = e + 1 - r;
    }
    if (r >= b || !ofl)
        return 0;
    /* (no one's name opens with a figure: "SUMMARY OF 1100 AM AST...INFORMATION", a
     * weather advisory's section, its "AM" no Assembly Member) */
    if (r + ofl < b && isdigit((unsigned char)s[skip_spaces(s, r + ofl, b)]))
        return 0;
    /* (in capitals, read as a name is written: "STATEMENT FROM THE MINISTER FOR
     * HOUSING, DECLAN MOYO") */
    int caps = !txt_has_lower(s + r + ofl, b - r - ofl);
    char *t = caps ? spk_title_case(s + r + ofl, b - r - ofl) : txt_clean(s, r + ofl, b);
    char *role = NULL, *name = NULL;
    /* a person: a name of two words or more, or a role's word ("Proceedings" in
     * "Transcript of Proceedings" is neither) */
    /* (after "from", a person named with an office: "Statement from Downing Street",
     * "Message from Hong Kong" name places) */
    int from = s[r] == 'f' || s[r] == 'F';
    int yes = t && spk_split_person(t, &role, &name) == HD_OK &&
              ((name && strchr(name, ' ') && (!from || role) && (!caps || role)) || spk_role_word_in(s, r + ofl, b, 1));
    /* (and a person's office, not a body's: "Message from the Board", "Statement from
     * Health Canada", "… from the Office of the Premier" are an organisation's) */
    if (from && yes) {
        /* (read in t: a line in capitals is title-cased there) */
        size_t o = 0, tb = strlen(t);
        if (starts_with_ci(t, tb, "the "))
            o += 4;
        size_t pe = tb;
        for (size_t x = o; x + 4 < tb; x++)
            if (strncmp(t + x, " on ", 4) == 0 || strncmp(t + x, " at ", 4) == 0 ||
                (x + 11 <= tb && strncmp(t + x, " regarding ", 11) == 0)) {
                pe = x;
                break;
            }
        /* (and named: "Message from the Head Teacher", an office alone, may be a
         * school's or a company's voice) */
        yes = !starts_with_ci(t + o, tb - o, "Office") && person_role_in_ex(t, o, pe, 1) && name && strchr(name, ' ');
    }
    /* (an event's name is no one's: "Transcript of the Fisheries Summit"; after a
     * person's full name it is where she spoke: "Remarks of Commissioner Elena
     * Brightwater at the Fisheries Summit") */
    size_t ev = b;
    const char *nm = yes && name && strchr(name, ' ') ? strstr(t, name) : NULL;
    if (nm)
        ev = r + ofl + (size_t)(nm - t) + strlen(name);
    yes = yes && !names_event(s, r + ofl, ev);
    /* (nor a thing's name: "Statement of Persons Nominated", its last word a thing's,
     * data/en/event-words.txt) */
    const char *lw = yes && name ? strrchr(name, ' ') : NULL;
    if (lw && data_word_line("en/event-words.txt", lw + 1, strlen(lw + 1), 0, DATA_ANYWHERE))
        yes = 0;
    free(t);
    free(role);
    free(name);
    return yes;
}

/* "TESTIMONY OF JANET OKONJO-REYES" over "Chief Executive Officer, National
 * Association of …": in capitals, "of" and a name of two or three words, whom the
 * office on the next line makes a person (of_person asks a role in the line itself). */
static int caps_of_name(parser *p, size_t i, size_t r, size_t b)
{
    const char *s = p->s;
    if (!starts_with_ci(s + r, b - r, "of ") || txt_has_lower(s + r, b - r) || i + 1 >= p->nlines || line_blank(p, i + 1))
        return 0;
    size_t w = skip_spaces(s, r + 3, b), nw = txt_words(s, w, b);
    if (nw < 2 || nw > 3 || has_digit(s, w, b) || org_line(s, w, b))
        return 0;
    size_t oa, ob;
    line_span(p, i + 1, &oa, &ob);
    const char *comma = memchr(s + oa, ',', ob - oa);
    if (!spk_office_line(s, oa, comma ? (size_t)(comma - s) : ob))
        return 0;
    char *t = spk_title_case(s + w, b - w), *role = NULL, *name = NULL;
    int yes = t && spk_split_person(t, &role, &name) == HD_OK && name && !role && strchr(name, ' ') &&
              !place_name(name, strlen(name));
    free(t);
    free(role);
    free(name);
    return yes;
}

static int person_over_title(parser *p, size_t i);

static size_t headline_after(parser *p, size_t i, size_t body)
{
    for (size_t k = next_content(p, i + 1); k < body; k = next_content(p, k + 1)) {
        hline c = header_class(p, k);
        /* "Opening remarks by the Governor" over the first turn heads a part of the
         * body, not the statement */
        if (c == HL_SHORT) {
            /* (past who speaks, "Dr. Naomi Castellanos-Reid" over the occasion) */
            if (person_over_title(p, k))
                continue;
            return over_first_turn(p, k) ? body : k;
        }
        if (c != HL_FIELD && c != HL_META && c != HL_CHROME && c != HL_NOTE)
            break;
    }
    return body;
}

/* Whether the next short line after header line i names a topic, not a person
 * ("Monetary Policy Committee Meeting", not "Margarethe Lindqvist, President"). */
static int topic_after(parser *p, size_t i, size_t body)
{
    size_t n = headline_after(p, i, body), a, b;
    if (n >= body)
        return 0;
    line_span(p, n, &a, &b);
    char *t = txt_clean(p->s, a, b), *role = NULL, *name = NULL;
    int topic = t && spk_split_person(t, &role, &name) == HD_OK && !(name && strchr(name, ' ')) &&
                !org_name(p->s, a, b) && !weak_title(p, a, b) && !place_line(p->s, a, b);
    free(t);
    free(role);
    free(name);
    return topic;
}

/* A video's captions as sites print them: a time code alone ("0:03", "1:02:15") over
 * each line of text, three times or more. */
static void find_captions(parser *p)
{
    size_t n = 0;
    for (size_t i = 0; i + 1 < p->nlines && n < 3; i++) {
        size_t a, b, x, y;
        line_span(p, i, &a, &b);
        line_span(p, i + 1, &x, &y);
        if (spk_time_code(p->s, a, b) && y > x && !spk_time_code(p->s, x, y) && txt_has_lower(p->s + x, y - x))
            n++;
    }
    p->captions = n >= 3;
}

/* Whether s[a, b) is an agency's name, its letters first and a country's name last
 * ("ACCC Product Safety Australia", "FSAI Food Safety Ireland"): a publisher's line,
 * no person and no title. */
static int agency_name(const char *s, size_t a, size_t b)
{
    size_t fw = strcspn(s + a, " "), lw = b;
    if (fw > b - a)
        fw = b - a;
    while (lw > a && s[lw - 1] != ' ')
        lw--;
    /* (its words capitalised, no small word of a headline between: not "UNICEF Calls
     * for Ceasefire in Sudan") */
    for (size_t x = a; x < b; x++)
        if ((x == a || s[x - 1] == ' ') && !isupper((unsigned char)s[x]))
            return 0;
    return fw >= 3 && fw <= 6 && a + fw < b && strspn(s + a, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") >= fw &&
           txt_has_lower(s + a, b - a) && !spk_honorific(s + a, fw) && txt_words(s, a, b) <= 6 &&
           data_has_line("en/countries.txt", s + lw, b - lw);
}

/* The length of a rank that opens s[a, b) and the space after it ("Captain ",
 * "Col. "), when more follows; 0 for none. */
static size_t rank_first(const char *s, size_t a, size_t b)
{
    size_t fw = a;
    while (fw < b && s[fw] != ' ')
        fw++;
    if (fw >= b)
        return 0;
    static const char *const ranks[] = {"Captain", "Capt.", "Colonel", "Col.", "General", "Gen.", "Major", "Maj.",
                                        "Commander", "Admiral", "Professor", "Prof."};
    int ranked = 0; /* (not "Dr." or "Mr.": a form of address is the name's, "Dr. Imani Okoro") */
    for (size_t q = 0; q < sizeof ranks / sizeof *ranks && !ranked; q++)
        ranked = equals_ci(s + a, fw - a, ranks[q]);
    /* (a name after it, no office: not "General Manager Sophie Lund", "Major General
     * Amina Yusuf") */
    size_t r = skip_spaces(s, fw, b), ne = r;
    while (ne < b && s[ne] != ',' && s[ne] != '(')
        ne++;
    while (ne > r && s[ne - 1] == ' ')
        ne--;
    return ranked && ne > r && name_only(s, r, ne) && !spk_role_word_in(s, r, ne, 0) ? r - a : 0;
}

static size_t parse_header(parser *p)
{
    const char *s = p->s;
    hd_doc *d = p->doc;
    size_t first = next_content(p, 0);
    find_captions(p);
    named *people = NULL;
    size_t npeople = 0, cap = 0;

    if (add_chapter(p, data_say("Introduction"), strlen(data_say("Introduction"))) != 0)
        return 0;
    find_transcript(p, first);
    size_t body = header_end(p, first);
    size_t title_block = SIZE_MAX; /* a title taken from a short line before the kind line */
    size_t title_at = SIZE_MAX, title_blk = SIZE_MAX; /* the title's line and block */
    for (size_t i = first; i < body && p->st == HD_OK; i = next_content(p, i + 1)) {
        size_t a, b, ks, ke, v;
        int narrated, holds;
        line_span(p, i, &a, &b);
        /* "**Hale Secures Funds**": Markdown emphasis is not part of a header line */
        while (b - a > 2 && s[a] == '*' && s[b - 1] == '*' && s[a + 1] != ' ')
            a++, b--;
        hline c = header_class(p, i);
        if (c == HL_KIND && s[a] == '[' && s[b - 1] == ']')
            a++, b--; /* '[Press Conference: "…"]' */
        /* "Chair: Helen Marsh MP, Labour, …": the role's holder, who speaks as it */
        {
            spk_cue rc;
            size_t na, nb;
            if (c == HL_SHORT && spk_read_cue(s, a, b, &rc) && role_holder(p, i, &rc, &na, &nb)) {
                sb t = {0};
                /* (the label as a role is written: "MODERATOR" as "Moderator") */
                int caps_label = !txt_has_lower(s + rc.label_start, rc.label_end - rc.label_start);
                for (size_t x = rc.label_start; x < rc.label_end; x++)
                    sb_putc(&t, caps_label && x > rc.label_start && s[x - 1] != ' ' ? (char)tolower((unsigned char)s[x]) : s[x]);
                sb_putc(&t, ' ');
                /* (a rank before the name is no part of the role: "Guest: Captain Lars
                 * Eriksen, CEO, …" is no "Guest Captain") */
                na += rank_first(s, na, nb);
                sb_putn(&t, s + na, nb - na);
                char *tc = t.oom ? NULL : sb_take(&t);
                if (!t.oom)
                    name_text(p, &people, &npeople, &cap, tc, a, 2);
                else
                    sb_free(&t);
                add_block(p, ST_META, a, b, -1, 1);
                continue;
            }
        }
        if (c == HL_NOTE) {
            add_block(p, ST_META, a, b, -1, 1);
            continue;
        }
        /* "Priya Raman" / "@priyaraman_ceo" over a post: its author and her handle; she
         * speaks the post, and the handle is not read */
        if (handle_line(p, i)) {
            if (title_block != SIZE_MAX && title_block < d->nblocks && d->title && name_only(d->title, 0, strlen(d->title)) &&
                txt_words(d->title, 0, strlen(d->title)) >= 2 && txt_words(d->title, 0, strlen(d->title)) <= 4) {
                d->blocks[title_block].kind = ST_BYLINE;
                name_people(p, &people, &npeople, &cap, d->blocks[title_block].start, d->blocks[title_block].end, 1);
                free(d->title);
                d->title = NULL;
                title_block = SIZE_MAX;
            } else if (!d->byline && !d->title && (i == 0 || line_blank(p, i - 1))) {
                /* (alone, "@kaylaxbright" over her post: the only word of who wrote it,
                 * read) */
                set_field(p, &d->byline, s, a, b);
                add_block(p, ST_BYLINE, a, b, -1, 1);
            }
            continue;
        }
        if (c == HL_CHROME) {
            /* "[Congressional Record Volume 171, Number 88 (Wednesday, May 14, 2025)]": a
             * bracketed note over the page, not read, dates the statement; so does a line
             * said again over each part ("347 AM CST Tue Jan 14 2025", a weather
             * service's time of issue, or a page's running header) */
            if (!d->date && (s[a] == '[' || running_line(p, a, b)))
                for (size_t x = a + 1; x < b; x++) {
                    char iso[11];
                    if (s[x - 1] != ' ' && s[x - 1] != '(')
                        continue;
                    if (isalpha((unsigned char)s[x]) || isdigit((unsigned char)s[x])) {
                        size_t dn = date_iso(p->order, s + x, b - x, iso);
                        if (dn && (x + dn >= b || !isalnum((unsigned char)s[x + dn]))) {
                            set_date(p, iso);
                            break;
                        }
                    }
                }
            continue;
        }
        /* "As delivered by Ambassador Ann Roe": the note names who speaks */
        static const char *const dby[] = {"As delivered by ", "As prepared for delivery by "};
        for (size_t k = 0; k < sizeof dby / sizeof *dby; k++)
            if (starts_with_ci(s + a, b - a, dby[k])) {
                name_people(p, &people, &npeople, &cap, a + strlen(dby[k]), b, 1);
                break;
            }
        if (c == HL_FIELD && field_at(s, a, b, &v, &holds)) {
            size_t va = v, vb = b, end = b;
            if (v >= b) {
                /* the value on the next line(s): one item, or a list up to a blank line */
                size_t k = i + 1, label = i;
                /* "Company Participants", a blank line, then one person a line */
                if (holds == 'p' && k < body && line_blank(p, k) && next_content(p, k) < body &&
                    header_class(p, next_content(p, k)) == HL_SHORT)
                    label = (k = next_content(p, k)) - 1;
                size_t k0 = k;
                while (k < body && !line_blank(p, k) && p->st == HD_OK) {
                    size_t x, y, fv;
                    int fh;
                    line_span(p, k, &x, &y);
                    /* the next field ("From:" / "Ministry of Defence" / "Published" / …) */
                    if (k > label + 1 && (field_at(s, x, y, &fv, &fh) || is_chrome(s, x, y)))
                        break;
                    if (holds == 'p') {
                        /* "Speakers:" and one person a line: each line heard on its own
                         * (a bullet before the person is not part of them) */
                        /* "Moderator: Chiara Bellandi, urban affairs editor": the role
                         * before the colon is hers, the words after her name say more */
                        spk_cue lc;
                        size_t bx = x + bullet_len(s, x, y);
                        /* (a rule under the field's name, "Corporate Participants" /
                         * "=====", is not read) */
                        if (rule_line(s, x, y)) {
                            if (k == k0)
                                add_block(p, ST_META, a, b, -1, 1);
                            a = b = end = y;
                        } else if (spk_read_cue(s, bx, y, &lc) && lc.label_end > lc.label_start && lc.text_start < y &&
                            spk_role_word_in(s, lc.label_start, lc.label_end, 0)) {
                            size_t ne = lc.text_start;
                            while (ne < y && s[ne] != ',' && s[ne] != '(')
                                ne++;
                            while (ne > lc.text_start && s[ne - 1] == ' ')
                                ne--;
                            sb t = {0};
                            sb_putn(&t, s + lc.label_start, lc.label_end - lc.label_start);
                            sb_putc(&t, ' ');
                            sb_putn(&t, s + lc.text_start, ne - lc.text_start);
                            if (name_only(s, lc.text_start, ne))
                                name_text(p, &people, &npeople, &cap, t.oom ? (sb_free(&t), NULL) : sb_take(&t), x, 3);
                            else
                                sb_free(&t);
                        } else {
                            name_people(p, &people, &npeople, &cap, bx, y, 3);
                        }
                        if (!rule_line(s, x, y)) {
                            if (k == k0)
                                add_block(p, ST_META, a, b, -1, 1);
                            add_block(p, ST_META, x, y, -1, 1);
                            a = b = end = y;
                        }
                    }
                    if (k == k0)
                        va = x;
                    vb = end = y;
                    i = k++;
                    if (holds != 'p')
                        break;
                }
            } else if (holds == 'p' && !org_name(s, va, vb)) {
                /* (not an office: "From: Department for Energy and Household Support"
                 * names no people) */
                /* "Host: Declan Rhee (DR)", "Reporter: Danielle Pryor": a broadcast's role,
                 * then who holds it */
                size_t le = va;
                while (le > a && (s[le - 1] == ' ' || s[le - 1] == ':'))
                    le--;
                size_t ne = va;
                while (ne < vb && s[ne] != ',' && s[ne] != '(')
                    ne++;
                while (ne > va && s[ne - 1] == ' ')
                    ne--;
                /* ("Guest: Captain Lars Eriksen, CEO, …": his rank is no part of the
                 * broadcast's role, "Guest Captain") */
                size_t nv = va + rank_first(s, va, ne);
                if (le > a && ne > va && broadcast_role(s, a, le) && name_only(s, va, ne)) {
                    sb t = {0};
                    sb_putn(&t, s + a, le - a);
                    sb_putc(&t, ' ');
                    sb_putn(&t, s + nv, ne - nv);
                    name_text(p, &people, &npeople, &cap, t.oom ? (sb_free(&t), NULL) : sb_take(&t), va, 3);
                } else {
                    name_people(p, &people, &npeople, &cap, va, vb, 3);
                }
            }
            if (holds == 'c' || (holds == 'p' && a == b))
                continue;
            char iso[11];
            /* "Published on 7 February 2025" */
            if (holds == 'd' && vb - va > 3 && strncmp(s + va, "on ", 3) == 0)
                va += 3;
            if (holds == 'd' && va < vb && date_iso(p->order, s + va, vb - va, iso)) {
                set_date(p, iso);
                /* "Delivered on: 15 May 2025 by Hilary Ashcombe": and who (not "Posted On:
                 * 14 FEB 2026 by PIB Delhi", a publisher) */
                for (size_t x = va; starts_with_ci(s + a, b - a, "Delivered") && x + 4 < vb; x++)
                    if (strncmp(s + x, " by ", 4) == 0) {
                        name_people(p, &people, &npeople, &cap, x + 4, vb, 1);
                        break;
                    }
            }
            else if (holds == 'd' && va < vb) {
                /* "Published: 14:32 12 March 2024": the hour before the date */
                char hm[6];
                size_t k = parse_clock(s + va, vb - va, hm);
                if (k) {
                    size_t x = skip_spaces(s, va + k, vb);
                    if (x < vb && s[x] == ',')
                        x = skip_spaces(s, x + 1, vb);
                    /* ("Published 09:14 on 07 July 2025") */
                    if (vb - x > 3 && strncmp(s + x, "on ", 3) == 0)
                        x = skip_spaces(s, x + 3, vb);
                    if (x < vb && date_iso(p->order, s + x, vb - x, iso))
                        set_date(p, iso);
                }
            }
            /* "Last updated: 20 June 2025": when it last changed */
            if (holds == 'u' && va < vb)
                set_updated(p, va, vb);
            /* "Posted: March 14, 2025 | Updated: March 18, 2025": more fields on the line,
             * after bars */
            for (size_t x = va; x + 3 < vb; x++) {
                if (s[x] != '|' || s[x - 1] != ' ')
                    continue;
                size_t fa = skip_spaces(s, x + 1, vb), fv, fe = fa;
                int fh = 0;
                while (fe < vb && s[fe] != '|')
                    fe++;
                while (fe > fa && s[fe - 1] == ' ')
                    fe--;
                if (fa < fe && field_at(s, fa, fe, &fv, &fh) && fv < fe) {
                    char fiso[11];
                    if (fh == 'u')
                        set_updated(p, fv, fe);
                    else if (fh == 'd' && !d->date && date_iso(p->order, s + fv, fe - fv, fiso))
                        set_date(p, fiso);
                }
            }
            /* an e-mail's "Subject: Update on the Hartwell Hall fire": its title, when
             * nothing over it titled the statement */
            if (holds == 's' && va < vb && !d->title)
                set_title(p, va, vb);
            /* "Release Type:" / "Interview": the value is the statement's kind */
            if (holds == 'k' && va < vb && !d->kind && kind_line(s, va, vb, &ks, &ke, &narrated) &&
                skip_spaces(s, ke, vb) == vb) {
                set_field(p, &d->kind, s, ks, ke);
                d->narrated = narrated;
                p->kind_field = 1;
            }
            /* "Delivered on: 3 March 2025 (Transcript of the speech, exactly as it was
             * delivered)" */
            const char *paren = holds == 'd' && va < vb ? memchr(s + va, '(', vb - va) : NULL;
            size_t dx, dy;
            if (paren && !d->delivery && s[vb - 1] == ')' &&
                delivery_text(s, (size_t)(paren - s), vb, &dx, &dy))
                set_field(p, &d->delivery, s, dx, dy);
            add_block(p, ST_META, a, end, -1, 1);
            continue;
        }
        /* a kind line says more than a "Release Type:" field did */
        /* and more than "Transcript" did ("Transcript" / "Interview with the Minister …"):
         * the event it records is the kind */
        /* "PRESS RELEASE" over "Remarks by President Aurelio Nardini after …": a
         * release's label gives way to the kind that names who speaks */
        int relabel = 0;
        if (c == HL_KIND && d->kind && d->narrated && !p->kind_field && kind_line(s, a, b, &ks, &ke, &narrated) &&
            !narrated) {
            size_t r = skip_spaces(s, ke, b);
            relabel = r < b && spk_by_word(s + r, b - r);
        }
        /* "INAUGURATION SPEECH" over "SPEECH BY THE MINISTER OF TRANSPORT, ABENA OWUSU,
         * AT …": the same kind again, now with who gives it; the first, fuller kind stays */
        char *kept_kind = NULL;
        if (c == HL_KIND && d->kind && !d->narrated && !p->kind_field && kind_line(s, a, b, &ks, &ke, &narrated) &&
            !narrated && !transcript_kind(s + ks, ke - ks) && ke - ks < strlen(d->kind) &&
            u8_ncasecmp(d->kind + strlen(d->kind) - (ke - ks), s + ks, ke - ks) == 0 &&
            d->kind[strlen(d->kind) - (ke - ks) - 1] == ' ') {
            size_t r = skip_spaces(s, ke, b);
            if (r < b && spk_by_word(s + r, b - r) && (kept_kind = xstrdup(d->kind)) != NULL)
                relabel = 1;
        }
        if (c == HL_KIND && (!d->kind || p->kind_field || relabel || transcript_kind(d->kind, strlen(d->kind))) &&
            kind_line(s, a, b, &ks, &ke, &narrated) && !(d->kind && !p->kind_field && transcript_kind(s + ks, ke - ks))) {
            if (d->kind) {
                free(d->kind);
                d->kind = NULL;
                p->kind_field = 0;
            }
            size_t kind_from = ks;
            /* "PM statement on …", "Foreign Secretary speech at …": an office before the
             * kind's own words speaks it */
            for (size_t x = ks + 1; x < ke; x++)
                if (s[x - 1] == ' ' && data_has_line("en/kinds.txt", s + x, ke - x)) {
                    size_t qe = x - 1;
                    /* (not "Official statement": official, the statement's kind, no one's office) */
                    int caps = txt_words(s, ks, qe) <= 3 && spk_role_word_in(s, ks, qe, 0) && !org_name(s, ks, qe) &&
                               !org_line(s, ks, qe) && !equals_ci(s + ks, qe - ks, "Official");
                    for (size_t y = ks; caps && y < qe; y++)
                        if (((y == ks || s[y - 1] == ' ') && !isupper((unsigned char)s[y])) || ispunct((unsigned char)s[y]))
                            caps = 0;
                    /* "Keir Starmer speech at …", "Keir Starmer: speech at …": a person's
                     * full name before the kind speaks it, and is no part of the kind */
                    size_t pe = qe > ks && s[qe - 1] == ':' ? qe - 1 : qe;
                    /* (a speech's kind, and where or to whom after it: "Severe Weather
                     * Statement", "Morning Line transcript" name no one) */
                    size_t after_kind = skip_spaces(s, ke, b);
                    int spoken = data_word_line("en/speech-kinds.txt", s + x, ke - x, 0, DATA_ANYWHERE) &&
                                 (starts_with_ci(s + after_kind, b - after_kind, "at ") ||
                                  starts_with_ci(s + after_kind, b - after_kind, "to ") ||
                                  starts_with_ci(s + after_kind, b - after_kind, "on ") ||
                                  starts_with_ci(s + after_kind, b - after_kind, "in ") ||
                                  starts_with_ci(s + after_kind, b - after_kind, "before "));
                    if (!caps && spoken && pe > ks && txt_words(s, ks, pe) >= 2 && txt_words(s, ks, pe) <= 3 &&
                        capitalised_words_as(s, ks, pe, 0) && !org_line(s, ks, pe) && !org_name(s, ks, pe)) {
                        char *t = txt_clean(s, ks, pe), *r = NULL, *nm = NULL;
                        if (t && spk_split_person(t, &r, &nm) == HD_OK && nm && strchr(nm, ' ') && !r &&
                            !data_word_line("en/event-words.txt", strrchr(nm, ' ') + 1, strlen(strrchr(nm, ' ') + 1), 0,
                                            DATA_ANYWHERE) &&
                            !place_name(nm, strlen(nm))) {
                            name_people(p, &people, &npeople, &cap, ks, pe, 1);
                            kind_from = x;
                        }
                        free(t);
                        free(r);
                        free(nm);
                    }
                    /* last in rank: a person the header names in full wins */
                    if (caps)
                        name_people(p, &people, &npeople, &cap, ks, qe, 5);
                    /* "Senator Alana Moorcroft Interview on …": a person's name before
                     * the kind is no part of it */
                    if (caps && txt_words(s, ks, qe) >= 2) {
                        char *t = txt_clean(s, ks, qe), *r = NULL, *nm = NULL;
                        if (t && spk_split_person(t, &r, &nm) == HD_OK && nm)
                            kind_from = x;
                        free(t);
                        free(r);
                        free(nm);
                    }
                    /* "Office of the Mayor Statement on …", "Department of Defence Press
                     * Briefing": nor an office's name (the line is the title) */
                    if (kind_from == ks && txt_words(s, ks, qe) >= 3 && find_ci(s, ks, qe, " of ") &&
                        (org_name(s, ks, qe) || org_line(s, ks, qe)))
                        kind_from = x;
                    break;
                }
            set_field(p, &d->kind, s, kind_from, ke);
            if (kept_kind) {
                free(d->kind);
                d->kind = kept_kind;
                kept_kind = NULL;
            }
            if (kind_from > ks && d->kind && islower((unsigned char)d->kind[0]))
                d->kind[0] = (char)toupper((unsigned char)d->kind[0]); /* ("… Starmer speech at") */
            d->narrated = narrated;
            size_t r = skip_spaces(s, ke, b);
            if (r < b && s[r] == ':')
                r = skip_spaces(s, r + 1, b);
            /* "Summary of Governor Hayami's Press Conference": a record of someone's
             * event, theirs the words in it */
            if (kind_from == a && narrated && equals_ci(s + ks, ke - ks, "Summary") && starts_with_ci(s + r, b - r, "of ")) {
                size_t had = npeople;
                title_people(p, &people, &npeople, &cap, a, b);
                char *line = npeople > had ? txt_clean(s, r, b) : NULL;
                /* (the event's kind, named in it, is the kind: "Press Conference") */
                if (line && title_names_kind(line, &d->kind, &p->st))
                    d->narrated = 0;
                free(line);
            }
            /* "Media Statement - Embargoed until 16:00 SAST, Wednesday 9 July 2025": the
             * day it may be published is the statement's */
            if (kind_embargo(s, ke, b)) {
                char iso[11];
                for (size_t x = ke; x < b; x++)
                    if ((s[x - 1] == ' ') && isalnum((unsigned char)s[x]) && date_iso(p->order, s + x, b - x, iso)) {
                        set_date(p, iso);
                        break;
                    }
            }
            /* "Department Press Briefing – April 8, 2025": the date after a dash */
            for (size_t x = ke; x + 2 < b; x++)
                if ((s[x] == '-' || (unsigned char)s[x] == 0xE2) && x > ke) {
                    size_t y = x + (s[x] == '-' ? 1 : 3);
                    char iso[11];
                    y = skip_spaces(s, y, b);
                    if (date_iso(p->order, s + y, b - y, iso))
                        set_date(p, iso);
                    break;
                }
            /* "Statement by" / "H.E. Mr. Tomas Aurel Lindqvist" / "Prime Minister of …":
             * the kind and its "by" on one line, who on the next: the title and the
             * byline say both */
            size_t nx = i + 1, wa = 0, wb = 0, wz = 0;
            char *who = NULL, *wr = NULL, *wn = NULL;
            /* ("Commencement Remarks" / "Justice Maria Delgado": the kind alone, an office
             * and a name under it, is hers too) */
            int alone = r == b && ke == b && kind_from == a;
            /* ("STATEMENT OF" / "GENERAL MARCUS A. HOLLOWAY, USSF" / "CHIEF OF SPACE
             * OPERATIONS": a testimony's cover page, its "of" alone too; an office and
             * a name on the next line, read in words, the service's letters after the
             * comma no part of them) */
            int of = r + 2 == b && equals_ci(s + r, 2, "of");
            if (((r + 2 == b && equals_ci(s + r, 2, "by")) || alone || of) && nx < body && !line_blank(p, nx)) {
                line_span(p, nx, &wa, &wb);
                size_t we = wb;
                int caps = !alone && !txt_has_lower(s + wa, wb - wa);
                if (caps) {
                    size_t cm = we;
                    while (cm > wa && s[cm - 1] != ',')
                        cm--;
                    size_t l = skip_spaces(s, cm, wb);
                    if (cm > wa && wb - l >= 2 && wb - l <= 5 && txt_words(s, l, wb) == 1)
                        we = cm - 1;
                }
                /* ("Speech" / "Mariana Costa, President, Federal University of the
                 * South": the name and the office, the body after the second comma
                 * no part of who she is) */
                if (alone) {
                    const char *c1 = memchr(s + wa, ',', we - wa);
                    const char *c2 = c1 ? memchr(c1 + 1, ',', (size_t)(s + we - c1 - 1)) : NULL;
                    if (c2 && name_only(s, wa, (size_t)(c1 - s)))
                        we = (size_t)(c2 - s);
                }
                who = we > wa && !ends_with_terminal(s, wa, we)
                          ? (caps ? spk_title_case(s + wa, we - wa) : txt_clean(s, wa, we))
                          : NULL;
                wz = we;
                /* (nor an agency's name: "ACCC Product Safety Australia" under "PRODUCT
                 * SAFETY ALERT") */
                int agency = agency_name(s, wa, wb);
                if (who && (spk_split_person(who, &wr, &wn) != HD_OK || !wn ||
                            ((alone || of) && (!wr || !strchr(wn, ' ') || txt_words(who, 0, strlen(who)) > 6 ||
                                       org_name(s, wa, we) || org_line(s, wa, we) || agency ||
                                       /* (not a match's score, "Ashcombe Rovers 2-1 Beckford Town") */
                                       has_digit(s, wa, we))))) {
                    free(who);
                    who = NULL;
                }
                free(wr);
                free(wn);
            }
            if (who) {
                /* (a title over the kind alone stays the title: "Secretary of State … With
                 * Margaret Brennan" / "Interview" / "Marco Rubio, Secretary of State") */
                int keep = alone && d->title;
                if (title_block != SIZE_MAX && d->title && !keep) {
                    d->blocks[title_block].kind = ST_META;
                    free(d->title);
                    d->title = NULL;
                }
                if (!keep)
                    free(d->title);
                free(d->byline);
                sb t = {0}, by = {0};
                sb_putn(&t, s + a, b - a);
                /* (a name in capitals titles in capitals, as written) */
                if (!txt_has_lower(s + wa, wz - wa) && !txt_has_lower(s + a, b - a)) {
                    sb_puts(&t, alone ? ", " : " ");
                    sb_putn(&t, s + wa, wz - wa);
                } else {
                    sb_printf(&t, alone ? ", %s" : " %s", who);
                }
                sb_printf(&by, "by %s", who);
                if (keep)
                    sb_free(&t);
                else
                    d->title = sb_take(&t);
                d->byline = sb_take(&by);
                free(who);
                if (!d->title || !d->byline)
                    p->st = HD_ERR_NOMEM;
                /* (the name's line, and the office under it, are read as before) */
                add_block(p, ST_TITLE, a, b, -1, 1);
                title_block = SIZE_MAX;
                continue;
            }
            /* (a kind no one speaks, "Notice of Data Security Incident", "Joint
             * Communiqué of the … Ministers": "of" says what it is, or whose) */
            char iso_k[11];
            if (r < b && (spk_by_word(s + r, b - r) || ((of_person(s, r, b) || caps_of_name(p, i, r, b)) && !narrated))) {
                /* "Press conference by …": the line is the title, the rest the byline;
                 * a site's name over it titles nothing */
                /* "PM Transcripts" / … / "Radio Interview with Leanne Prowse, ABC
                 * Adelaide Mornings": a name of three words or fewer over it is a site's
                 * or a section's */
                if (title_block != SIZE_MAX && d->title &&
                    (ks > a || (txt_words(d->title, 0, strlen(d->title)) <= 3 &&
                                txt_words(s, a, b) > txt_words(d->title, 0, strlen(d->title)) + 2) ||
                     /* "JUDICIARY OF ENGLAND AND WALES": a letterhead in capitals */
                     (!txt_has_lower(d->title, strlen(d->title)) && txt_has_lower(s + a, b - a)))) {
                    d->blocks[title_block].kind = ST_META;
                    free(d->title);
                    d->title = NULL;
                    title_block = SIZE_MAX;
                }
                set_field(p, &d->title, s, a, b);
                add_block(p, ST_TITLE, a, ke, -1, 1);
                set_field(p, &d->byline, s, r, byline_person(p, s, r, b));
                add_block(p, ST_BYLINE, r, b, -1, 1);
            } else if (r < b && kind_dash_name(s, r, name_end(s, r, b)) < name_end(s, r, b)) {
                /* "Acceptance speech — Dr Leila Haddad": the kind, a dash, who speaks
                 * (her letters after the name not part of it: "… Grey FRS FRSE") */
                size_t ne = name_end(s, r, b), nm = kind_dash_name(s, r, ne);
                add_block(p, ST_TITLE, a, b, -1, 1);
                set_field(p, &d->title, s, a, b);
                name_people(p, &people, &npeople, &cap, nm, ne, 1);
            } else if (r < b && ke < b && s[ke] == ':' && !kind_number(s, ke, b) && !kind_date(p, r, b, iso_k)) {
                /* "Statement: title"; "Post-match press conference: Marta Kovač" names
                 * who speaks (not "Press Release: 11 June 2025", its date) */
                add_block(p, ST_TITLE, a, b, -1, 1);
                /* (the title without the quotation marks round it) */
                size_t qa = r, qb = b;
                if (b - r > 4 && is_open_quote(s, r, b) && quote_end(s, r, b) == b) {
                    qa = r + (s[r] == '"' ? 1 : opens_curly(s, r, b));
                    qb = s[b - 1] == '"' ? b - 1 : b >= 3 && closes_curly(s, b - 3, b) == 3 ? b - 3 : b - 2;
                }
                set_field(p, &d->title, s, qa < qb ? qa : r, qa < qb ? qb : b);
                if (name_only(s, r, b))
                    name_people(p, &people, &npeople, &cap, r, b, 1);
            } else {
                /* "Defence and armed forces" / "Speech" / "Defence Secretary's speech at …":
                 * a site's section over the kind, the headline under it is the title */
                size_t n = headline_after(p, i, body), na = 0, nb = 0;
                if (n < body)
                    line_span(p, n, &na, &nb);
                /* or the kind line says more than the short line over it ("Singapore" /
                 * "Transcript of speech by Prime Minister … on 7 November 2024.") */
                int says_more = ke < b && txt_words(s, a, b) >= 6 && d->title &&
                                (txt_words(s, a, b) > 2 * txt_words(d->title, 0, strlen(d->title)) ||
                                 (!txt_has_lower(d->title, strlen(d->title)) && txt_has_lower(s + a, b - a)));
                if (title_block != SIZE_MAX && !d->byline &&
                    (says_more || (n < body && header_class(p, n) == HL_SHORT &&
                                   (names_event(s, na, nb) || (txt_words(s, na, nb) >= 4 &&
                                                               txt_words(s, na, nb) > txt_words(d->title, 0, strlen(d->title))))))) {
                    d->blocks[title_block].kind = ST_META;
                    free(d->title);
                    d->title = NULL;
                }
                /* (or words before it that are no person: "Ridgeline State Postgame
                 * Press Conference") */
                if ((ke < b || kind_from > ks) && !d->title && b - a > ke - kind_from + 2 && !kind_number(s, ke, b) &&
                    !kind_embargo(s, ke, b) &&
                    !(kind_from == ks && n < body && header_class(p, n) == HL_SHORT && kind_only(p, ke, b))) {
                    set_title(p, a, b);
                    /* "Transcript of speech by Prime Minister Tan Wei Jie at …" */
                    /* (in a line in capitals, " BY ") */
                    int caps_line = !txt_has_lower(s + a, b - a);
                    for (size_t x = ke; x + 4 < b; x++)
                        if (strncmp(s + x, " by ", 4) == 0 || (caps_line && strncmp(s + x, " BY ", 4) == 0)) {
                            name_people(p, &people, &npeople, &cap, x + 1, b, 1);
                            break;
                        }
                    kind_dash_person(p, &people, &npeople, &cap, a, b);
                    /* "Summary of verdicts and sentencing remarks of Mrs Justice Okonedo":
                     * the last "of", after a kind's word, and a titled person (not "…
                     * on the death of Lord Fairley": whom the statement is about) */
                    for (size_t x = b; x > ke + 4; x--)
                        if (strncmp(s + x - 4, " of ", 4) == 0) {
                            size_t we = x - 4, w0 = we;
                            while (w0 > a && s[w0 - 1] != ' ')
                                w0--;
                            if (we > w0 && data_word_line("en/kinds.txt", s + w0, we - w0, 1, DATA_ANYWHERE) &&
                                title_first_person(s, x, b))
                                name_people(p, &people, &npeople, &cap, x, b, 1);
                            break;
                        }
                }
                add_block(p, ST_TITLE, a, b, -1, 1);
            }
            title_block = SIZE_MAX;
            continue;
        }
        /* a second kind line with its people ("Rueda de prensa de la ministra portavoz,
         * Lucía Arrizabalaga, y del ministro …" under the title): their byline */
        if (c == HL_KIND && d->kind && d->title && !d->byline && kind_line(s, a, b, &ks, &ke, &narrated)) {
            size_t r = skip_spaces(s, ke, b);
            if (r < b && (spk_by_word(s + r, b - r) || of_person(s, r, b))) {
                set_field(p, &d->byline, s, r, b);
                add_block(p, ST_META, a, b, -1, 1);
                continue;
            }
        }
        /* "Thursday, May 29, 2025 • Pelican Arena • Attendance: 18,204": a date among
         * fields parted by bullets */
        char fiso[11];
        if (!d->date && b - a > 10 && fields_date(p, a, b, fiso))
            set_date(p, fiso);
        /* "Transcript – June 3, 2025", "Remarks: 3 June 2025": a kind, a dash or a
         * colon, and the date to the line's end */
        if (!d->date && (c == HL_KIND || c == HL_META || c == HL_SHORT) && kind_line(s, a, b, &ks, &ke, &narrated)) {
            size_t r = skip_spaces(s, ke, b), dl = txt_dash_len(s, r, b);
            if (r < b && (dl || s[r] == ':' || s[r] == ',')) {
                if (kind_date(p, skip_spaces(s, r + (dl ? dl : 1), b), b, fiso))
                    set_date(p, fiso);
            }
        }
        if ((c == HL_BYLINE || (c == HL_KIND && d->kind && spk_by_word(s + a, b - a))) &&
            !d->byline) {
            /* "Posted by Dana Whitfield, CEO · Oct 14, 2023 · 3 min read": the person,
             * the date among the fields; the reading time not read */
            size_t be = b, rb = before_reading_time(s, a, b);
            for (size_t x = a + 3; x + 3 < b && be == b; x++)
                if (s[x] == ' ' && (memcmp(s + x + 1, "\xC2\xB7 ", 3) == 0 || memcmp(s + x + 1, "\xE2\x80\xA2 ", 4) == 0))
                    be = x;
            char byiso[11];
            if (be < b && !d->date && fields_date(p, a, b, byiso))
                set_date(p, byiso);
            set_field(p, &d->byline, s, a, be);
            add_block(p, ST_BYLINE, a, rb, -1, 1);
            /* "Delivered by H.E. Ms. …" under "Joint Statement …": the one who delivers
             * a joint statement speaks it */
            if (starts_with_ci(s + a, b - a, "Delivered by "))
                d->narrated = 0;
            /* "By Motley Fool Transcribing – Jul 24, 2025 at 9:15PM", "By Staff | October
             * 14, 2025": the date after a dash or a bar is the statement's */
            for (size_t x = a + 3; x + 2 < b; x++)
                if (s[x] == ' ' && (s[x + 1] == '|' || s[x + 1] == '-' ||
                                    ((unsigned char)s[x + 1] == 0xE2 && x + 4 < b))) {
                    size_t y = skip_spaces(s, x + 1 + ((unsigned char)s[x + 1] == 0xE2 ? 3 : 1), b);
                    char iso[11];
                    if (y < b && date_iso(p->order, s + y, b - y, iso))
                        set_date(p, iso);
                    break;
                }
            /* "Delivered by Dame Hilary Ashcombe, Chair, at the Assembly Rooms, on 15 May
             * 2025": the date after "on", at the line's end */
            for (size_t x = b; !d->date && x > a + 4; x--)
                if (strncmp(s + x - 4, " on ", 4) == 0) {
                    char iso[11];
                    size_t dn = date_iso(p->order, s + x, b - x, iso);
                    if (dn && skip_spaces(s, x + dn, b) >= b - (s[b - 1] == '.'))
                        set_date(p, iso);
                    break;
                }
            continue;
        }
        /* "Dr. Ngozi A. Fairbanks-Lowe" alone under an address's title: who gives it */
        if (d->title && (c == HL_META || c == HL_SHORT) && !has_digit(s, a, b) && !npeople) {
            static const char *const forms[] = {"Dr. ", "Dr ", "Mr. ", "Mr ", "Ms. ", "Ms ", "Mrs. ", "Prof. ",
                                                "Professor ", "Sir ", "Dame ", "The Rev. ", "Rev. "};
            size_t x = a;
            for (size_t k = 0; k < sizeof forms / sizeof *forms; k++)
                if (starts_with_ci(s + a, b - a, forms[k])) {
                    x = a + strlen(forms[k]);
                    break;
                }
            if (x > a && name_only(s, x, b) && txt_words(s, x, b) >= 2 && txt_words(s, x, b) <= 4)
                name_people(p, &people, &npeople, &cap, x, b, 2);
        }
        /* "Priyanka Oduya-Fenn · Urban ecologist" under a talk's title: who speaks, and
         * who she is, parted by a middle dot */
        for (size_t x = a; x + 4 < b; x++)
            if (s[x] == ' ' && memcmp(s + x + 1, "\xC2\xB7", 2) == 0 && s[x + 3] == ' ') {
                if (name_only(s, a, x) && txt_words(s, a, x) >= 2 && txt_words(s, a, x) <= 4 && !has_digit(s, a, b)) {
                    sb both = {0};
                    sb_putn(&both, s + a, x - a);
                    sb_puts(&both, ", ");
                    sb_putn(&both, s + x + 4, b - x - 4);
                    name_text(p, &people, &npeople, &cap, sb_take(&both), a, 2);
                }
                break;
            }
        if (c == HL_META && header_meta(p, a, b, 0)) {
            const char *bar = memchr(s + a, '|', b - a);
            /* ("Ana Ruiz | 16 May 2025": a writer and the date; "News | 16 May 2025", one
             * word, is the site's section) */
            /* (not "Press Release | 17 January 2025": the kind, which it is) */
            size_t kb = bar ? (size_t)(bar - s) : a;
            while (kb > a && s[kb - 1] == ' ')
                kb--;
            size_t bks = 0, bke = 0;
            int bnarr = 0, kind_bar = bar && kb > a && kind_line(s, a, kb, &bks, &bke, &bnarr) && bks == a && bke == kb;
            if (kind_bar && !d->kind)
                set_field(p, &d->kind, s, a, kb);
            /* (a person's name there: of two words or more, or a surname after a
             * person's office or a form of address, "President Harlan", "Ms Ruiz";
             * "Premier Division | 7 February 2026" is a league's, no premier's) */
            int bar_named = 0;
            if (bar && bar > s + a + 1 && txt_words(s, a, (size_t)(bar - s)) <= 6 &&
                txt_words(s, a, (size_t)(bar - s)) >= 2 && !kind_bar) {
                char *t = txt_clean(s, a, (size_t)(bar - s)), *role = NULL, *name = NULL;
                bar_named = t && spk_split_person(t, &role, &name) == HD_OK;
                /* (a surname alone after a person's office: "President Harlan"; not
                 * "Major Incident", "General News", "Council Tax") */
                if (bar_named && name && !strchr(name, ' ')) {
                    const char *rl = role ? strrchr(role, ' ') : NULL;
                    rl = rl ? rl + 1 : role;
                    static const char *const titles[] = {"Speaker", "Premier", "General", "Taoiseach", "T\xC3\xA1naiste",
                                                         "Secretary-General", "Secretary General", "Attorney General",
                                                         "Majority Leader", "Minority Leader", "Leader"};
                    bar_named = rl && (spk_personal_office(rl, strlen(rl)) || spk_honorific(rl, strlen(rl)));
                    for (size_t k = 0; k < sizeof titles / sizeof *titles && !bar_named && role; k++)
                        bar_named = strcmp(role, titles[k]) == 0;
                    /* (nor a thing's word for the name: a competition's, a body's, a
                     * place's, "Premier Division", "Premier Inn", "President Hotel") */
                    static const char *const things[] = {"Division", "League",   "Cup",    "Championship", "Conference",
                                                         "Series",   "Trophy",   "Shield", "Tour",         "Open",
                                                         "Inn",      "Hotels",   "Foods",  "Club",         "Academy",
                                                         "Lodge",    "News",     "Synod",  "Election",     "Strike",
                                                         "Manager"};
                    for (size_t k = 0; k < sizeof things / sizeof *things && bar_named; k++)
                        bar_named = strcmp(name, things[k]) != 0;
                    bar_named = bar_named && !data_word_line("en/header-words.txt", name, strlen(name), 0, DATA_ANYWHERE) &&
                                !data_word_line("en/bodies.txt", name, strlen(name), 0, DATA_ANYWHERE);
                }
                free(t);
                free(role);
                free(name);
            }
            if (bar_named)
                name_people(p, &people, &npeople, &cap, a, (size_t)(bar - s) - 1, 2);
            continue;
        }
        /* "Attributable to Henrik Solvang, UNHCR spokesperson, at today's press briefing"
         * (UNHCR's briefing notes): who speaks the notes */
        if (starts_with_ci(s + a, b - a, "Attributable to ") && txt_words(s, a, b) <= 24)
            name_people(p, &people, &npeople, &cap, a + 16, b, 1);
        /* "Spokesperson for the UN High Commissioner for Human Rights: Lucia Ferreira": an
         * office, then who holds it */
        const char *colon = memchr(s + a, ':', b - a);
        /* (such a field, "Spokesperson: Babar Qureshi", "By: Ana Ruiz", titles nothing) */
        int office_field = colon && starts_with_ci(s + a, b - a, "By: ");
        if (colon && (size_t)(colon - s) + 2 < b && colon[1] == ' ' && txt_words(s, a, (size_t)(colon - s)) <= 12) {
            size_t ws = a;
            while (ws < b && s[ws] != ' ' && s[ws] != ':')
                ws++;
            size_t va = (size_t)(colon - s) + 2, words = txt_words(s, va, b), capw = 0;
            for (size_t x = va; x < b; x++)
                capw += (x == va || s[x - 1] == ' ') && isupper((unsigned char)s[x]);
            int digits = 0;
            for (size_t x = va; x < b && !digits; x++)
                digits = isdigit((unsigned char)s[x]);
            if (data_word_line("en/roles.txt", s + a, ws - a, 0, DATA_ANYWHERE) && words >= 2 && words <= 4 &&
                capw == words && !digits && !ends_with_terminal(s, va, b)) {
                size_t lw = (size_t)(colon - s);
                while (lw > a && s[lw - 1] != ' ')
                    lw--;
                char *last = xstrndup(s + lw, (size_t)(colon - s) - lw);
                office_field = last && person_role_word(last);
                free(last);
                sb both = {0};
                sb_putn(&both, s + va, b - va);
                sb_puts(&both, ", ");
                sb_putn(&both, s + a, (size_t)(colon - s) - a);
                name_text(p, &people, &npeople, &cap, sb_take(&both), a, 1);
            }
        }
        size_t pa, pb;
        if (c == HL_PROSE && byline_sentence(s, a, b, &pa, &pb))
            name_people(p, &people, &npeople, &cap, pa, pb, 2);
        /* "Strasbourg 25/02/2025": a place and the date, no title */
        if (c == HL_SHORT && !d->date && weak_title(p, a, b))
            for (size_t x = a; x < b; x++) {
                char iso[11];
                if ((x == a || s[x - 1] == ' ') && isdigit((unsigned char)s[x]) &&
                    date_iso(p->order, s + x, b - x, iso)) {
                    set_date(p, iso);
                    break;
                }
            }
        size_t pks, pke;
        /* "PRESS RELEASE | Euro-Alpine Institute for Climate Research | Geneva": the
         * kind and the publisher's masthead, no title (the headline under it is) */
        if ((c == HL_SHORT || c == HL_META) && !d->title && bar_kind_line(s, a, b, &pks, &pke)) {
            if (!d->kind)
                set_field(p, &d->kind, s, pks, pke);
            add_block(p, ST_META, a, b, -1, 1);
            continue;
        }
        /* a first line that asks ("… Episode 112: Who pays for the grid?") is a title too */
        int first_title = c == HL_PROSE && i == first && b > a && s[b - 1] != '.' && txt_words(s, a, b) <= 20;
        /* a second kind alone ("Monetary Policy Statement" / "Press Release") titles
         * nothing */
        int bare_kind = c == HL_KIND && d->kind && kind_line(s, a, b, &ks, &ke, &narrated) && kind_only(p, ke, b) &&
                        topic_after(p, i, body);
        /* nor does "Opening remarks by the Governor" over the first turn, under the kind */
        bare_kind |= d->kind && (c == HL_KIND || c == HL_SHORT) && over_first_turn(p, i);
        /* nor a second kind with its number ("Comunicado 412/2025") */
        /* (not a storm's advisory by its name, "Hurricane Marisol Advisory Number 14":
         * the kind's words a kind alone, no name qualifying it) */
        if (d->kind && c == HL_KIND && kind_line(s, a, b, &ks, &ke, &narrated) && kind_number(s, ke, b)) {
            const char *kl;
            size_t kll;
            bare_kind |= data_field_lines("en/kinds.txt", s + ks, ke - ks, 1, &kl, &kll, 1) > 0;
        }
        if ((c == HL_SHORT || c == HL_KIND || first_title) && !d->title && !(d->kind && d->byline) && !bare_kind &&
            !office_field && !org_name(s, a, b) && !(c == HL_SHORT && d->kind && agency_name(s, a, b)) &&
            !(c == HL_SHORT && unit_under_org(p, i)) && !(c == HL_SHORT && (place_line(s, a, b) || weak_title(p, a, b))) &&
            !(c == HL_SHORT && postal_line(s, a, b)) &&
            !(c == HL_SHORT && person_over_title(p, i)) && !dot_leaders(s, a, b) && !turn_line(s, a, b) &&
            !record_line(p, i) &&
            !(c == HL_SHORT && company_over_short(p, i)) &&
            !(c == HL_SHORT && person_dash_kind(p, a, b, &pks, &pke) == b &&
              (person_over_role(p, i) || person_role_line(s, a, b) || role_person_line(s, a, b) ||
                                caps_person(s, a, b) ||
                                role_over_name(p, i) || (i > 0 && !line_blank(p, i - 1) && role_over_name(p, i - 1)) ||
                                                      role_under_person(p, i) || person_under_role(p, i) ||
                                                      place_under_kind(p, i)))) {
            set_title(p, a, b);
            add_block(p, ST_TITLE, a, b, -1, 1);
            title_at = i;
            title_blk = d->nblocks - 1;
            if (!d->kind)
                title_block = d->nblocks - 1;
            title_people(p, &people, &npeople, &cap, a, b);
            char iso[11];
            /* "PM speech on coastal resilience: 3 March 2025" */
            for (size_t x = a; x + 1 < b; x++)
                if (s[x] == ':' && date_iso(p->order, s + skip_spaces(s, x + 1, b),
                                            b - skip_spaces(s, x + 1, b), iso))
                    set_date(p, iso);
            continue;
        }
        /* "Dr. Naomi Castellanos-Reid" over "2025 Commencement Address": who speaks */
        if (c == HL_SHORT && !d->title && person_over_title(p, i)) {
            name_people(p, &people, &npeople, &cap, a, b, 1);
            add_block(p, ST_META, a, b, -1, 1);
            continue;
        }
        if (c == HL_SHORT && d->title && title_at != SIZE_MAX &&
            (masthead_over(p, title_at, i) || company_over(p, title_at, i) || agency_over(p, title_at, i) ||
             issuer_over(p, title_at, i) ||
             (label_title(p, title_at) && (headline_line(p, i) || caps_headline_line(p, i)))) &&
            title_blk < d->nblocks && d->blocks[title_blk].kind == ST_TITLE) {
            d->blocks[title_blk].kind = ST_META;
            free(d->title);
            d->title = NULL;
            set_title(p, a, b);
            add_block(p, ST_TITLE, a, b, -1, 1);
            title_at = SIZE_MAX;
            /* (the people the headline names: "Keir Starmer's speech at …" under the
             * party's name) */
            title_people(p, &people, &npeople, &cap, a, b);
            continue;
        }
        if (c == HL_SHORT && !org_line(s, a, b)) {
            /* a person ("Ana Ruiz, Department Spokesperson"), or a name over a role line;
             * a list of people ("Secretary of Defense Ana Ruiz; Minister … Ilse Marrow") */
            size_t n = next_content(p, i + 1);
            size_t x = a, y = b;
            if (n < body && !line_blank(p, i + 1) && !txt_has_lower(s + a, b - a) && person_over_role(p, i)) {
                /* "THE HON. MARCUS TEALBY MP" / "MINISTER FOR REGIONAL TRANSPORT": as
                 * written in mixed case, one person */
                size_t na, nb;
                line_span(p, n, &na, &nb);
                char *l1 = spk_title_case(s + a, b - a), *l2 = spk_title_case(s + na, nb - na);
                if (l1 && l2) {
                    sb both = {0};
                    sb_puts(&both, l1);
                    sb_puts(&both, ", ");
                    sb_puts(&both, l2);
                    name_text(p, &people, &npeople, &cap, sb_take(&both), a, 4);
                    y = nb;
                } else {
                    p->st = HD_ERR_NOMEM;
                }
                free(l1);
                free(l2);
            } else if (n < body && header_class(p, n) == HL_SHORT && !line_blank(p, i + 1)) {
                size_t na, nb;
                line_span(p, n, &na, &nb);
                char *t = txt_clean(s, na, nb), *role = NULL, *name = NULL;
                /* (not a body over its country: "COMMISSION ON ELECTIONS" / "Republic of
                 * the Philippines") */
                /* (nor a venue: "Cathedral of St. Mary and St. Anne", a place's word
                 * and "of") */
                size_t vw = na;
                while (vw < nb && s[vw] != ' ')
                    vw++;
                static const char *const houses[] = {"Church", "Basilica", "Chapel", "Parish", "Shrine", "Priory",
                                                     "Minster", "Abbey", "Cathedral", "Temple", "Mosque", "Synagogue"};
                int of = vw + 4 < nb && strncmp(s + vw, " of ", 4) == 0;
                int venue = of && data_word_line("en/place-lasts.txt", s + na, vw - na, 0, DATA_ANYWHERE);
                for (size_t q = 0; of && !venue && q < sizeof houses / sizeof *houses; q++)
                    venue = equals_ci(s + na, vw - na, houses[q]);
                if (t && !venue && !in_columns(s, na, nb) && !body_word_in(s, a, b) && spk_split_person(t, &role, &name) == HD_OK &&
                    role && !name && (txt_words(s, a, b) <= 4 || (txt_words(s, a, b) <= 7 && name_only(s, a, b))) &&
                    !memchr(s + a, ',', b - a) && !memchr(s + a, ':', b - a) && !org_tail(s, a, b) &&
                    !has_digit(s, a, b)) {
                    /* "Ana Ruiz" (or "The Hon Ana Ruiz MP") over "Department
                     * Spokesperson": one person */
                    sb both = {0};
                    sb_putn(&both, s + a, b - a);
                    sb_puts(&both, ", ");
                    sb_puts(&both, t);
                    name_text(p, &people, &npeople, &cap, sb_take(&both), a, 4);
                    y = nb;
                } else if (t && txt_has_lower(s + na, nb - na) && spk_role_word_in(s, a, b, 1) &&
                           (name_only(s, na, nb) || (name && !txt_has_lower(s + a, b - a)) ||
                            (name && (!role || is_style(role)))) &&
                           (!txt_has_lower(s + a, b - a) ||
                            (role_only_line(p, i) && !memchr(s + na, ':', nb - na) && !find_ci(s, na, nb, "..") &&
                             txt_words(s, na, nb) <= 7))) {
                    /* "MINISTER OF STATE FOR HEALTH" over "Professor Aisling Moran TD";
                     * "Prime Minister" over "The Hon Daniel Okonjo MP" */
                    int caps_office = !txt_has_lower(s + a, b - a);
                    char *r = caps_office ? spk_title_case(s + a, b - a) : txt_clean(s, a, b), *r2 = NULL, *n2 = NULL;
                    if (r && spk_split_person(r, &r2, &n2) == HD_OK && r2 && !n2) {
                        /* "Minister of State for Health, Aisling Moran": the office, then
                         * the name without its "Professor" */
                        sb both = {0};
                        sb_puts(&both, r);
                        sb_puts(&both, ", ");
                        sb_puts(&both, name ? name : t);
                        name_text(p, &people, &npeople, &cap, sb_take(&both), a, 4);
                        y = nb;
                    }
                    free(r);
                    free(r2);
                    free(n2);
                }
                free(t);
                free(role);
                free(name);
            }
            /* (a semicolon between people, not inside brackets: "Sample: n = 2,010
             * (men n=1,004; women n=1,006)" names no one) */
            int semis = 0;
            for (size_t q = a, depth = 0; q < b && !semis; q++) {
                depth += s[q] == '(' ? 1 : s[q] == ')' && depth ? (size_t)-1 : 0;
                semis = s[q] == ';' && depth == 0;
            }
            int comma_role = 0;
            const char *comma = memchr(s + a, ',', b - a);
            if (comma) {
                size_t r = skip_spaces(s, (size_t)(comma - s) + 1, b), re = r;
                while (re < b && s[re] != ' ' && s[re] != ',')
                    re++;
                size_t hy = r;
                while (hy < re && s[hy] != '-')
                    hy++;
                /* "Vice-President of the ECB": the role word before a hyphen counts */
                comma_role = re > r && (data_word_line("en/roles.txt", s + r, re - r, 0, DATA_ANYWHERE) ||
                                        (hy < re && data_word_line("en/roles.txt", s + r, hy - r, 0, DATA_ANYWHERE)));
            }
            char *cp = NULL;
            if ((semis || comma_role) && y == b)
                name_people(p, &people, &npeople, &cap, x, y, 4);
            else if (y == b && spk_caps_person(s, a, b, &cp))
                name_text(p, &people, &npeople, &cap, cp, a, 4); /* "SECRETARY OF COMMERCE DANIEL R. HOLLOWAY" */
        }
        /* "Delivered May 18, 2025", "Delivered in Parliament on 3 March 2025": its date */
        if (!d->date && starts_with_ci(s + a, b - a, "Delivered ")) {
            char iso[11];
            for (size_t x = a + 10; x < b; x++)
                if ((s[x - 1] == ' ') && date_iso(p->order, s + x, b - x, iso)) {
                    set_date(p, iso);
                    break;
                }
        }
        /* "PRIME MINISTER" over "THE HON. GRAHAM TULLOCH MP": the office, then who holds
         * it (an Australian transcript's masthead) */
        if (i > 0 && !line_blank(p, i - 1) && !txt_has_lower(s + a, b - a) && weak_title(p, a, b)) {
            size_t oa, ob;
            line_span(p, i - 1, &oa, &ob);
            char *office = !txt_has_lower(s + oa, ob - oa) ? spk_title_case(s + oa, ob - oa) : NULL;
            char *holder = office ? spk_title_case(s + a, b - a) : NULL, *role = NULL, *name = NULL, *r2 = NULL,
                 *n2 = NULL;
            if (office && holder && spk_split_person(office, &role, &name) == HD_OK && role && !name &&
                spk_split_person(holder, &r2, &n2) == HD_OK && n2 && strchr(n2, ' ')) {
                sb both = {0};
                sb_puts(&both, n2);
                sb_puts(&both, ", ");
                sb_puts(&both, role);
                name_text(p, &people, &npeople, &cap, sb_take(&both), a, 2);
            }
            free(office);
            free(holder);
            free(role);
            free(name);
            free(r2);
            free(n2);
        }
        /* "Dr. Adaeze Whitford-Lamb, President, Carrow University" under a speech's
         * title: the person who gives it, and her office */
        const char *comma = memchr(s + a, ',', b - a);
        if (comma && txt_words(s, a, b) <= 14 && !ends_with_terminal(s, a, b)) {
            size_t r = skip_spaces(s, (size_t)(comma - s) + 1, b), re = r;
            while (re < b && s[re] != ' ' && s[re] != ',')
                re++;
            char *cand = txt_clean(s, a, (size_t)(comma - s));
            char *role = NULL, *name = NULL;
            if (cand && re > r && data_word_line("en/roles.txt", s + r, re - r, 0, DATA_ANYWHERE) &&
                spk_split_person(cand, &role, &name) == HD_OK && name && !role && strchr(name, ' '))
                name_people(p, &people, &npeople, &cap, a, b, 2);
            free(cand);
            free(role);
            free(name);
        }
        /* "Minister of Foreign Affairs, H.E. Dr. Abdullah bin Zayed": who speaks */
        if (c == HL_SHORT && role_person_line(s, a, b))
            name_people(p, &people, &npeople, &cap, a, b, 2);
        /* "Mayor Raymond T. Ostrowski" alone under a speech's title: an office, then its
         * holder's full name, who gives it */
        /* (not a table's head, its words in columns: "Candidate   Party   Votes") */
        else if ((c == HL_SHORT || c == HL_META) && i > 0 && !people_named(people, npeople) && !memchr(s + a, ',', b - a) && txt_words(s, a, b) >= 3 &&
                 txt_words(s, a, b) <= 7 && !ends_with_terminal(s, a, b) && styled_role_first(s, a, b) &&
                 !in_columns(s, a, b)) {
            char *t = txt_clean(s, a, b), *role = NULL, *name = NULL;
            /* (not a product's name: "Special Weather Tips", "Network Manager Operations
             * Update", its last word a thing's, data/en/event-words.txt) */
            const char *lw = NULL;
            /* (a cleric's or a member's style alone before the name is the office's
             * place: "Rt Rev Dr Iain Sutherland", "The Rt Hon Ann Roe") */
            if (t && spk_split_person(t, &role, &name) == HD_OK && name && (lw = strrchr(name, ' ')) != NULL &&
                (role || strcmp(name, t) != 0) &&
                !org_line(s, a, b) && !data_word_line("en/event-words.txt", lw + 1, strlen(lw + 1), 0, DATA_ANYWHERE))
                name_people(p, &people, &npeople, &cap, a, b, 2);
            free(t);
            free(role);
            free(name);
        }
        /* "- £200 million allocated to councils": a summary's point under the title,
         * read as a list's item, without its mark */
        size_t bl = c == HL_LIST ? bullet_len(s, a, b) : 0;
        if (bl && skip_spaces(s, a + bl, b) < b)
            add_block(p, ST_LIST, skip_spaces(s, a + bl, b), b, -1, 1);
        else
            add_block(p, ST_META, a, b, -1, 1);
    }
    int named_kind = 0;
    if ((!d->kind || transcript_kind(d->kind, strlen(d->kind))) && d->title && p->st == HD_OK &&
        !(d->kind && (named_kind = title_names_kind(d->title, &d->kind, &p->st)))) {
        /* "Governor Ana Ruiz Storm Update Press Conference Transcript": the kind that
         * ends a title, perhaps before "Transcript" */
        const char *t = d->title;
        size_t tn = strlen(t);
        /* "… press conference transcript – 18 November 2025": the date after a dash */
        for (size_t k = 0; k + 3 < tn; k++)
            if (t[k] == ' ' && (t[k + 1] == '-' || (unsigned char)t[k + 1] == 0xE2) && k > 0) {
                size_t y = k + (t[k + 1] == '-' ? 2 : 4);
                char iso[11];
                if (y < tn && date_iso(p->order, t + y + (t[y] == ' '), tn - y - (t[y] == ' '), iso)) {
                    tn = k;
                    break;
                }
            }
        /* ("… Regular Press Conference on March 3, 2026", "… Press Briefing, 4 August
         * 2025": the date after "on" or a comma, to the end) */
        for (size_t k = 1; k + 4 < tn; k++)
            if ((t[k] == ',' && t[k + 1] == ' ') || (t[k] == ' ' && strncmp(t + k + 1, "on ", 3) == 0)) {
                size_t y = t[k] == ',' ? k + 2 : k + 4;
                char iso[11];
                if (y < tn && date_iso(p->order, t + y, tn - y, iso) == tn - y) {
                    tn = k;
                    break;
                }
            }
        if (tn > 11 && u8_ncasecmp(t + tn - 11, " Transcript", 11) == 0)
            tn -= 11;
        const data_file *f = data_get("en/kinds.txt");
        size_t pos = 0, len, best = 0;
        const char *line, *kind = NULL;
        size_t kl;
        while (f && next_kind(f, &pos, &line, &len, &kl)) {
            /* (not "Highlights" that ends a list of what the release gives: "…
             * Reports Financial Results and Business Highlights"; "… and Health Week
             * Fact Sheet" is one) */
            int listed = 0;
            if (kl == 10 && kl + 1 < tn && u8_ncasecmp(line, "Highlights", 10) == 0) {
                size_t k = tn - kl - 1, words = 0;
                while (k > 0 && words < 3 && !listed) {
                    size_t e = k;
                    while (k > 0 && t[k - 1] != ' ')
                        k--;
                    listed = e - k == 3 && u8_ncasecmp(t + k, "and", 3) == 0;
                    words++;
                    if (k > 0)
                        k--;
                }
            }
            /* (nor a kind after "the", a topic's word: "Time to End the Debate") */
            if (kl + 5 <= tn && u8_ncasecmp(t + tn - kl - 5, " the ", 5) == 0)
                listed = 1;
            if (kl > best && kl < tn && t[tn - kl - 1] == ' ' && u8_ncasecmp(t + tn - kl, line, kl) == 0 &&
                !notice_not_kind(t, tn - kl) && !listed) {
                best = kl;
                kind = line;
            }
        }
        if (kind && !(d->kind = xstrndup(kind, best)))
            p->st = HD_ERR_NOMEM;
    }
    /* "English rendering of PM's address in …", "the President's remarks at …": an
     * office's words before a kind's, and no one named: that office speaks */
    if ((!npeople || !d->kind) && d->title && p->st == HD_OK && data_lang() == 0) {
        /* (a title in capitals read as written in words: "PRESIDENT'S ADDRESS TO THE
         * NATION") */
        char *tc = txt_has_lower(d->title, strlen(d->title)) ? NULL : spk_title_case(d->title, strlen(d->title));
        const char *t = tc ? tc : d->title;
        for (const char *ap = strstr(t, "'s "); ap; ap = strstr(ap + 1, "'s ")) {
            size_t e = (size_t)(ap - t), w = e;
            while (w > 0 && t[w - 1] != ' ')
                w--;
            const char *after = ap + 3;
            size_t ks, ke;
            int narr;
            size_t an = strlen(after);
            if (e == w || !kind_line(after, 0, an, &ks, &ke, &narr) || ks != 0)
                continue;
            const char *line;
            size_t len;
            char *role = NULL;
            if (data_field_lines("en/role-abbreviations.txt", t + w, e - w, 1, &line, &len, 1)) {
                const char *tab = memchr(line, '\t', len);
                if (tab)
                    role = xstrndup(tab + 1, len - (size_t)(tab + 1 - line));
            } else if (spk_role_word_in(t, w, e, 0)) {
                size_t r = w; /* "Prime Minister's": the office's words before */
                while (r > 1 && t[r - 1] == ' ') {
                    size_t q = r - 1;
                    while (q > 0 && t[q - 1] != ' ')
                        q--;
                    if (!spk_role_word_in(t, q, r - 1, 0))
                        break;
                    r = q;
                }
                role = xstrndup(t + r, e - r);
            } else if (!d->kind) {
                /* "Keir Starmer's speech at …": a person's name, who the title names
                 * already (title_people); the kind is the words after */
                size_t r = w, nw = 1;
                while (r > 1 && t[r - 1] == ' ' && nw < 3) {
                    size_t q = r - 1;
                    while (q > 0 && t[q - 1] != ' ')
                        q--;
                    if (!isupper((unsigned char)t[q]))
                        break;
                    r = q;
                    nw++;
                }
                char *who = nw >= 2 ? xstrndup(t + r, e - r) : NULL, *wr = NULL, *wn = NULL;
                if (who && spk_split_person(who, &wr, &wn) == HD_OK && wn && strchr(wn, ' ') && !wr) {
                    if (!(d->kind = xstrndup(after + ks, ke - ks)))
                        p->st = HD_ERR_NOMEM;
                    else if (islower((unsigned char)d->kind[0]))
                        d->kind[0] = (char)toupper((unsigned char)d->kind[0]);
                }
                free(who);
                free(wr);
                free(wn);
                if (d->kind)
                    break;
            }
            if (role) {
                /* (one named already speaks; the kind is still the words after) */
                if (npeople)
                    free(role);
                else
                    name_text(p, &people, &npeople, &cap, role, 0, 3);
                /* (and the kind is the words after: "Address") */
                if (!d->kind && !(d->kind = xstrndup(after + ks, ke - ks)))
                    p->st = HD_ERR_NOMEM;
                else if (d->kind && islower((unsigned char)d->kind[0]))
                    d->kind[0] = (char)toupper((unsigned char)d->kind[0]); /* ("speech" in a title) */
                break;
            }
        }
        free(tc);
    }
    /* "Transcript of Doorstop Interview with Minister for … Mrs Tan Wei Ling": the kind
     * found inside the title, and the person it is with */
    if (named_kind && d->kind && d->title && p->st == HD_OK) {
        size_t kl = strlen(d->kind), tn = strlen(d->title);
        for (size_t k = 0; k + kl + 6 < tn; k++)
            if (u8_ncasecmp(d->title + k, d->kind, kl) == 0 && strncmp(d->title + k + kl, " with ", 6) == 0) {
                char *with = xstrdup(d->title + k + kl + 1);
                if (!with)
                    p->st = HD_ERR_NOMEM;
                else
                    name_text(p, &people, &npeople, &cap, with, 0, 1);
                break;
            }
    }
    /* "Interview: Deputy Governor Chen Wei-Ling on inflation": an interview's kind
     * before the title, the title opening with an office and the person it is with */
    /* (the people found so far all ask: "Interviewer: Mark Sullivan") */
    size_t answering = 0;
    for (size_t k = 0; k < npeople; k++) {
        const char *t = people[k].text;
        size_t w1 = t ? strcspn(t, " ") : 0;
        answering += !(t && t[w1] == ' ' && spk_asking_role(t, w1));
    }
    if (!named_kind && answering == 0 && d->kind && starts_with_ci(d->kind, strlen(d->kind), "Interview") && d->title &&
        p->st == HD_OK && spk_role_word_in(d->title, 0, strcspn(d->title, " "), 0)) {
        char *role = NULL, *name = NULL;
        p->st = spk_split_person(d->title, &role, &name);
        if (p->st == HD_OK && name && strchr(name, ' '))
            name_text(p, &people, &npeople, &cap, xstrdup(d->title), 0, 1);
        free(role);
        free(name);
    }
    if (!d->kind && d->title && p->st == HD_OK) {
        /* « VERSIÓN ESTENOGRÁFICA. CONFERENCIA DE PRENSA MATUTINA DEL PRESIDENTE … »: a
         * kind that opens the title or one of its sentences; the last says most */
        const char *t = d->title, *kind = NULL;
        size_t tn = strlen(t), best = 0;
        for (size_t x = 0; x < tn; x++) {
            if (x > 0 && !(x >= 2 && (t[x - 2] == '.' || t[x - 2] == ':') && t[x - 1] == ' '))
                continue;
            const data_file *f = data_get("en/kinds.txt");
            size_t pos = 0, len, here = 0;
            const char *line, *found = NULL;
            size_t kl;
            while (f && next_kind(f, &pos, &line, &len, &kl)) {
                if (kl > here && x + kl <= tn && !kind_alone(line, len, kl) &&
                    (x + kl == tn || !isalpha((unsigned char)t[x + kl])) && (unsigned char)t[x + kl] < 0x80 &&
                    u8_ncasecmp(t + x, line, kl) == 0) {
                    here = kl;
                    found = line;
                }
            }
            if (found) {
                kind = found;
                best = here;
            }
        }
        if (kind && !(d->kind = xstrndup(kind, best)))
            p->st = HD_ERR_NOMEM;
    }
    if (!d->date && d->title && p->st == HD_OK) {
        /* "Weekly Media Briefing (August 21, 2025)", "… transcript – 18 November 2025" */
        const char *t = d->title;
        size_t tn = strlen(t);
        char iso[11];
        for (size_t k = 0; k < tn; k++)
            if ((k == 0 || t[k - 1] == ' ' || t[k - 1] == '(') && date_iso(p->order, t + k, tn - k, iso)) {
                /* (not a period's end or start: "Interim Results for the six months
                 * ended 31 July 2025" is no date of the statement) */
                static const char *const period[] = {"ended", "ending", "to", "until", "since", "from", "through"};
                if (!word_before_in(t, 0, k, period, sizeof period / sizeof *period)) {
                    set_date(p, iso);
                    /* (an event's: "Final Report on the Serious Incident … at Changi
                     * Airport on 3 August 2024", issued at its foot "23 October 2025") */
                    static const char *const event[] = {"on", "of"};
                    p->date_event = word_before_in(t, 0, k, event, 2) && txt_words(t, 0, tn) >= 6;
                    /* (not the day a speech or a briefing was given, which is the
                     * statement's: "Minister's speech at the launch of … on 12 March
                     * 2025", published a week later) */
                    static const char *const given[] = {"speech", "remarks", "address", "statement", "briefing",
                                                        "conference", "interview", "lecture", "keynote", "testimony",
                                                        "message", "homily", "sermon", "toast", "eulogy", "oration"};
                    for (size_t g = 0; p->date_event && g < sizeof given / sizeof *given; g++)
                        for (size_t x = 0; x + strlen(given[g]) <= k && p->date_event; x++)
                            if ((x == 0 || t[x - 1] == ' ' || t[x - 1] == '\'') &&
                                u8_ncasecmp(t + x, given[g], strlen(given[g])) == 0 &&
                                !isalpha((unsigned char)t[x + strlen(given[g])]))
                                p->date_event = 0;
                }
                break;
            }
    }
    if (!d->kind && p->release && !d->delivery && p->st == HD_OK) {
        /* a release line and no kind line: a press release (not a speech handed out
         * under embargo, "Check against delivery") */
        if (!(d->kind = xstrdup("Press release")))
            p->st = HD_ERR_NOMEM;
        d->narrated = 1;
    }
    /* "JOINT COMMUNIQUÉ" / "of the 5th Ministerial Meeting of …": a title that goes on
     * from the kind's line above it (or a short line's) is the two together */
    if (d->title && p->st == HD_OK && islower((unsigned char)d->title[0])) {
        static const char *const goes_on[] = {"of ", "on ", "for ", "between ", "by ", "to ", "at "};
        int on = 0;
        for (size_t k = 0; k < sizeof goes_on / sizeof *goes_on && !on; k++)
            on = strncmp(d->title, goes_on[k], strlen(goes_on[k])) == 0;
        /* (the kind's line right above the title's) */
        size_t tb = SIZE_MAX;
        for (size_t k = 0; k < d->nblocks && tb == SIZE_MAX; k++)
            if (d->blocks[k].header && d->blocks[k].kind == ST_TITLE && d->blocks[k].end - d->blocks[k].start ==
                                                                              strlen(d->title) &&
                memcmp(d->src + d->blocks[k].start, d->title, strlen(d->title)) == 0)
                tb = k;
        /* (or a short line right above it, no line between: "Severe Weather Warning" /
         * "for DAMAGING WINDS and HEAVY RAINFALL", a headline set over two lines) */
        int above = 0;
        if (on && tb != SIZE_MAX && tb > 0 && d->blocks[tb - 1].header) {
            const st_block *u = &d->blocks[tb - 1];
            size_t gap = 0;
            for (size_t x = u->end; x < d->blocks[tb].start; x++)
                gap += d->src[x] == '\n';
            /* (a warning's or a bulletin's name, not the issuer's: "Office of the
             * Premier" / "on the passing of …" are two lines) */
            above = gap == 1 && u->end > u->start && isupper((unsigned char)d->src[u->start]) &&
                    issue_name(d->src, u->start, u->end) &&
                    txt_words(d->src, u->start, u->end) <= 8 && !ends_with_terminal(d->src, u->start, u->end) &&
                    !memchr(d->src + u->start, ':', u->end - u->start) && !has_digit(d->src, u->start, u->end);
        }
        if (on && tb != SIZE_MAX && tb > 0 && d->blocks[tb - 1].header &&
            ((d->kind && d->blocks[tb - 1].end - d->blocks[tb - 1].start == strlen(d->kind) &&
              u8_ncasecmp(d->src + d->blocks[tb - 1].start, d->kind, strlen(d->kind)) == 0) ||
             above)) {
            sb t = {0};
            sb_putn(&t, d->src + d->blocks[tb - 1].start, d->blocks[tb - 1].end - d->blocks[tb - 1].start);
            sb_putc(&t, ' ');
            sb_puts(&t, d->title);
            char *joined = sb_take(&t);
            if (!joined) {
                p->st = HD_ERR_NOMEM;
            } else {
                free(d->title);
                d->title = joined;
            }
        }
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
    /* "A Conversation With Mayor Inès Castillo" over "By Jonah Reyes": the title names
     * who answers, the byline who asks */
    const char *with = NULL;
    static const char *const talks[] = {"conversation with ", "interview with ", "q&a with ", "talking with ",
                                        "in conversation: "};
    for (size_t k = 0; d->title && d->byline && !with && k < sizeof talks / sizeof *talks; k++) {
        const char *t = d->title;
        for (size_t i = 0; t[i] && !with; i++)
            if (u8_ncasecmp(t + i, talks[k], strlen(talks[k])) == 0)
                with = t + i + strlen(talks[k]);
    }
    /* "Sir Alan Prewitt on leaving the Bank" / "Interview by Rosa Kent", "Q&A: The
     * novelist who …" / "By Clara Benson": a magazine's interview; the byline asks,
     * the one the title names first (or someone unnamed) answers */
    /* (a byline with an office gives the interview: "Interview" / "by the Director of
     * the Harbour Museum Tomas Eriksen" answers; a journalist's is a name alone) */
    char *answers = NULL;
    /* (or no kind, but questions and answers labelled "Q:" and "A:" in the body: "Ingrid
     * Solberg on the cod crisis" / "By Mateo Arce") */
    int qa = 0;
    if (!d->kind) {
        int q = 0, ans = 0;
        for (size_t k = body; k < p->nlines && !(q && ans); k++) {
            size_t la, lb;
            line_span(p, k, &la, &lb);
            if (lb - la > 3 && (s[la + 1] == ':' || s[la + 1] == '.') && s[la + 2] == ' ') {
                q |= s[la] == 'Q';
                ans |= s[la] == 'A';
            }
        }
        qa = q && ans;
    }
    int interview = !with && d->title && d->byline && (d->kind || qa) && p->st == HD_OK &&
                    starts_with_ci(d->byline, strlen(d->byline), "by ") &&
                    (qa || equals_ci(d->kind, strlen(d->kind), "Interview") || equals_ci(d->kind, strlen(d->kind), "Q&A") ||
                     equals_ci(d->kind, strlen(d->kind), "Q and A") ||
                     equals_ci(d->kind, strlen(d->kind), "Conversation"));
    if (interview) {
        char *brole = NULL, *bname = NULL;
        interview = spk_split_person(d->byline + 3, &brole, &bname) == HD_OK && bname && !brole;
        free(brole);
        free(bname);
    }
    if (interview) {
        const char *t = d->title;
        size_t e = 0, words = 0;
        for (size_t i = 0; t[i] && !e; i++)
            if (t[i] == ' ' && (strncmp(t + i, " on ", 4) == 0 || strncmp(t + i, " talks ", 7) == 0 ||
                                strncmp(t + i, " says ", 6) == 0 || strncmp(t + i, " reflects ", 10) == 0))
                e = i;
            else if (t[i] == ':')
                e = i;
        for (size_t i = 0; i < e; i++)
            words += t[i] == ' ';
        char *role = NULL, *name = NULL, *head = e && words <= 4 ? xstrndup(t, e) : NULL;
        if (head && spk_split_person(head, &role, &name) == HD_OK && name && strchr(name, ' ') && name_only(head, 0, e))
            answers = head, head = NULL;
        free(head);
        free(role);
        free(name);
        with = answers ? answers : "the Interviewee";
    }
    if (with && p->st == HD_OK && starts_with_ci(d->byline, strlen(d->byline), "by ")) {
        sb wb = {0};
        sb_puts(&wb, "with ");
        sb_puts(&wb, with);
        sb_putc(&wb, ' ');
        sb_puts(&wb, d->byline);
        char *wt = sb_take(&wb);
        p->st = wt ? spk_add_people(d, wt, 1) : HD_ERR_NOMEM;
        free(wt);
        free(answers);
    } else if (p->st == HD_OK) {
        /* the byline's people first, then the others by rank */
        p->st = spk_byline_people(d);
    }
    if (npeople)
        qsort(people, npeople, sizeof *people, by_rank);
    for (size_t k = 0; k < npeople && p->st == HD_OK; k++) {
        char *t = people[k].text;
        /* "the speech made by X on 3 March 2025": the date is not the person (a unit's
         * number is: "Beth Ordway, Captain, Engine 42") */
        for (char *q = t; *q; q++) {
            char iso[11];
            if ((q == t || q[-1] == ' ') && isdigit((unsigned char)*q) &&
                (date_iso(p->order, q, strlen(q), iso) || (q - t >= 3 && (strncmp(q - 3, "on ", 3) == 0 ||
                                                                          strncmp(q - 3, "in ", 3) == 0)))) {
                *q = '\0';
                break;
            }
        }
        p->st = spk_add_people(d, t, 0);
    }
    for (size_t k = 0; k < npeople; k++)
        free(people[k].text);
    free(people);
    /* "January 17, 2025 (Friday)", "Date: 10:32-10:45 A.M., Friday, June 13, 2025",
     * "Issued at 4:11 a.m. CST Monday 15 January 2024": no dated line said only its
     * date; the first whole date inside a line of the header's own (no title) is the
     * statement's */
    for (size_t k = 0; k < d->nblocks && !d->date && p->st == HD_OK; k++) {
        const st_block *bk = &d->blocks[k];
        if (!bk->header || bk->kind != ST_META || txt_words(p->s, bk->start, bk->end) > 16)
            continue;
        /* (not another field's date, "Best before: 28 May 2025", "WHEN: Thursday, June
         * 4, 2026": an event's or a product's) */
        size_t fv;
        int holds = 0;
        if (field_at(p->s, bk->start, bk->end, &fv, &holds) && holds != 'd' && holds != 'u')
            continue;
        const char *colon = memchr(p->s + bk->start, ':', bk->end - bk->start);
        if (colon && holds != 'd' && holds != 'u') {
            size_t c = (size_t)(colon - p->s);
            if (c + 1 < bk->end && p->s[c + 1] == ' ' && txt_words(p->s, bk->start, c) <= 3 && !has_digit(p->s, bk->start, c))
                continue;
        }
        /* (nor what a headline's "on", "until", "by", "for" dates: "DISRUPTION TO
         * TRAIN SERVICES ON 12 AUGUST 2025", "PDUFA Target Action Date Set for
         * November 14, 2026") */
        static const char *const dating[] = {"on", "until", "by", "from", "before", "after", "for"};
        for (size_t x = bk->start; x < bk->end; x++) {
            char iso[11];
            if (x > bk->start && word_before_in(p->s, bk->start, x, dating, sizeof dating / sizeof *dating))
                continue;
            if ((x == bk->start || p->s[x - 1] == ' ' || p->s[x - 1] == ',') &&
                (isdigit((unsigned char)p->s[x]) || isupper((unsigned char)p->s[x])) &&
                date_iso(p->order, p->s + x, bk->end - x, iso) && iso[4] == '-' && iso[7] == '-') {
                set_date(p, iso);
                break;
            }
        }
    }
    return body;
}

/* "Marcia Dunn-Reilly, Orbital Weekly. Dr. Wren, …": a name of two to four capitalised
 * words, a comma, an outlet of one to five, then a stop and more: the length of the
 * name and outlet (to the stop), or 0. */
static size_t self_named(const char *s, size_t a, size_t b)
{
    size_t x = a, words = 0;
    for (;;) {
        if (x >= b || !isupper((unsigned char)s[x]))
            return 0;
        while (x < b && (isalpha((unsigned char)s[x]) || s[x] == '-' || s[x] == '\'' || (unsigned char)s[x] >= 0x80))
            x++;
        words++;
        if (x < b && s[x] == ',')
            break;
        if (x >= b || s[x] != ' ' || words >= 4)
            return 0;
        x++;
    }
    if (words < 2)
        return 0;
    x = skip_spaces(s, x + 1, b);
    size_t ow = 0;
    for (;;) {
        if (x >= b || !(isupper((unsigned char)s[x]) || isdigit((unsigned char)s[x])))
            return 0;
        while (x < b && (isalnum((unsigned char)s[x]) || s[x] == '-' || s[x] == '&' || s[x] == '\'' ||
                         (unsigned char)s[x] >= 0x80))
            x++;
        ow++;
        if (x < b && s[x] == '.')
            break;
        if (x >= b || s[x] != ' ' || ow >= 5)
            return 0;
        x++;
    }
    /* (a question after it) */
    size_t r = skip_spaces(s, x + 1, b);
    return r < b && isupper((unsigned char)s[r]) && memchr(s + r, '?', b - r) ? x - a : 0;
}

/* "Bush Fire Information Line: 1800 679 737": a label and a number to call (seven
 * digits or more, nothing but digits and their separators after the colon): a
 * contact's line, never a heading. */
static int number_field(const char *s, size_t a, size_t b)
{
    const char *colon = memchr(s + a, ':', b - a);
    if (!colon)
        return 0;
    return figures_only(s, (size_t)(colon - s) + 1, b, " +()-./") >= 7;
}

/* "On behalf of the Disciplinary Commission", "For and on behalf of the Board": a
 * signature's line at a decision's foot, never a heading. */
/* "Stage winner: Lukas Brändle (GER) in 4:21:08", "Epicentre: 12 km NE of Lakeview":
 * a datum's label, a colon, then a value of two words or more with figures in it;
 * a line of data, read in place, no heading. */
static int data_line(const char *s, size_t a, size_t b)
{
    const char *colon = memchr(s + a, ':', b - a);
    size_t c = colon ? (size_t)(colon - s) : b;
    if (!colon || c == a || txt_words(s, a, c) > 3 || c + 2 >= b || s[c + 1] != ' ' || isdigit((unsigned char)s[c - 1]))
        return 0;
    /* (or a figure alone: "Majority: 29", "Turnout: 64.2%", a result's field) */
    size_t v = skip_spaces(s, c + 1, b), e = v;
    while (e < b && (isdigit((unsigned char)s[e]) || ((s[e] == ',' || s[e] == '.') && e > v && e + 1 < b &&
                                                      isdigit((unsigned char)s[e + 1]))))
        e++;
    if (e < b && s[e] == '%')
        e++;
    if (e > v && isdigit((unsigned char)s[v]) && e == b)
        return 1;
    return txt_words(s, c + 1, b) >= 2 && has_digit(s, c + 1, b);
}

static int on_behalf(const char *s, size_t a, size_t b)
{
    if (starts_with_ci(s + a, b - a, "On behalf of ") || starts_with_ci(s + a, b - a, "For and on behalf of "))
        return 1;
    /* "For the Republic of Marovia: Anna Wielgus, Minister of Foreign Affairs": a
     * signatory's line under a joint statement, the state, a colon and who signed */
    size_t st = b - a > 8 && strncmp(s + a, "For the ", 8) == 0 ? a + 8 : a + 4;
    if (b - a > 12 && strncmp(s + a, "For ", 4) == 0 && isupper((unsigned char)s[st]) && !ends_with_terminal(s, a, b)) {
        const char *colon = memchr(s + a, ':', b - a);
        size_t c = colon ? (size_t)(colon - s) : b;
        return colon && c + 2 < b && s[c + 1] == ' ' && isupper((unsigned char)s[c + 2]) && txt_words(s, a, c) <= 8 &&
               capitalised_words(s, a + 4, c) && memchr(s + c, ',', b - c) != NULL;
    }
    return 0;
}

/* Whether s[a, b) is a letter's valediction ("With best wishes,", "Yours sincerely"). */
static int valediction(const char *s, size_t a, size_t b)
{
    while (b > a && (s[b - 1] == ',' || s[b - 1] == ' ' || s[b - 1] == ':'))
        b--;
    return b > a && data_has_line("en/valedictions.txt", s + a, b - a);
}

/* A letter signed at its foot ("Dear colleagues," … "With best wishes," /
 * "Professor Eleanor Whitcombe" / "Vice-Chancellor"): the valediction, then one to
 * four short lines to the end, the first a name. The letter is the signer's words
 * (when no one else is named to speak them); the lines under the valediction, the
 * narrator's. */
static int find_signer_at(parser *p, size_t last);
static size_t signer_start(const char *s, size_t a, size_t b);

static void find_signer(parser *p)
{
    /* the foot, or over one or two paragraphs of the publisher's after it ("Forward-
     * looking statements: …", a disclaimer), which the narrator reads with it */
    size_t last = p->nlines;
    for (int tries = 0; tries < 3 && p->st == HD_OK; tries++) {
        /* (and under the page's own lines, which are not read: "Print friendly pdf",
         * a file's name) */
        while (last > 0 && (line_blank(p, last - 1) || is_chrome(p->s, p->lines[last - 1].start, p->lines[last - 1].end)))
            last--;
        if (last == 0 || find_signer_at(p, last))
            return;
        size_t a, b;
        line_span(p, last - 1, &a, &b);
        /* (the contacts under it: "Media contact: Office of …, 0419 555 201") */
        size_t ps = last - 1;
        while (ps > 0 && !line_blank(p, ps - 1))
            ps--;
        size_t fa, fb;
        line_span(p, ps, &fa, &fb);
        if (tries == 0 && ps > 0 && (contact_label(p->s, fa, fb) || contact_foot(p, ps, last))) {
            last = ps;
            continue;
        }
        if (tries == 0 && !ends_with_terminal(p->s, a, b))
            return; /* (a signature's own lines: no paragraph after it) */
        while (last > 0 && !line_blank(p, last - 1))
            last--;
    }
}

/* Whether w[0, n) occurs in s[a, b), in any case, as whole words. */
static int words_in(const char *s, size_t a, size_t b, const char *w, size_t n)
{
    for (size_t x = a; n && x + n <= b; x++)
        if (u8_ncasecmp(s + x, w, n) == 0 && (x == a || !isalnum((unsigned char)s[x - 1])) &&
            (x + n == b || !isalnum((unsigned char)s[x + n])))
            return 1;
    return 0;
}

/* Where the first word of s[a, b) that is a whole line of data file `name` (in any
 * case) starts, or SIZE_MAX: "said" in ', said union secretary Joe Barker.' */
static size_t word_of_list(const char *name, const char *s, size_t a, size_t b)
{
    for (size_t x = a; x < b;) {
        while (x < b && !(isalpha((unsigned char)s[x]) || (unsigned char)s[x] >= 0x80))
            x++;
        size_t e = x;
        while (e < b && (isalpha((unsigned char)s[e]) || (unsigned char)s[e] >= 0x80))
            e++;
        if (e > x && data_has_line(name, s + x, e - x))
            return x;
        x = e;
    }
    return SIZE_MAX;
}

static int says_first_person(parser *p, size_t end, int plural);

/* Whether the statement over a signature of a name s[na, nb) and an office s[oa, ob)
 * alone, at line first, is that person's: the header's lines name the office or the
 * surname, or the text says "I" or "my" outside quotation marks. */
static int signature_owned(parser *p, size_t first, size_t na, size_t nb, size_t oa, size_t ob)
{
    const char *s = p->s;
    size_t sa, sb2;
    line_span(p, first, &sa, &sb2);
    size_t sw = nb;
    while (sw > na && s[sw - 1] != ' ')
        sw--;
    size_t head = sa < 400 ? sa : 400;
    while (head < sa && s[head] != '\n')
        head++;
    if (words_in(s, 0, head, s + oa, ob - oa) || words_in(s, 0, head, s + sw, nb - sw))
        return 1;
    return says_first_person(p, sa, 0);
}

/* Whether s[0, end) says "I" or "my" (with `plural`, "we" or "our" too) outside
 * quotation marks, or opens with a salutation ("Dear colleagues,"): its writer speaks. */
static int says_first_person(parser *p, size_t end, int plural)
{
    const char *s = p->s;
    int quoted = 0;
    for (size_t x = 0; x < end; x++) {
        if (s[x] == '"' || (x + 3 <= end && (memcmp(s + x, "\xE2\x80\x9C", 3) == 0 || memcmp(s + x, "\xE2\x80\x9D", 3) == 0))) {
            quoted = s[x] == '"' ? !quoted : s[x + 2] == '\x9C';
            continue;
        }
        if (s[x] == '\n' && x + 1 < end && s[x + 1] == '\n')
            quoted = 0; /* (a paragraph closes what it left open) */
        if (!quoted && (x == 0 || !isalnum((unsigned char)s[x - 1])) &&
            ((s[x] == 'I' && x + 1 < end && (s[x + 1] == ' ' || s[x + 1] == '\'')) ||
             (x + 3 < end && (strncmp(s + x, "my ", 3) == 0 || strncmp(s + x, "My ", 3) == 0)) ||
             (plural && x + 3 < end &&
              (strncmp(s + x, "we ", 3) == 0 || strncmp(s + x, "We ", 3) == 0 || strncmp(s + x, "our ", 4) == 0 ||
               strncmp(s + x, "Our ", 4) == 0 || strncmp(s + x, "we'", 3) == 0 || strncmp(s + x, "We'", 3) == 0 ||
               strncmp(s + x, "us ", 3) == 0 || strncmp(s + x, "us.", 3) == 0))))
            return 1;
    }
    for (size_t i = 0; plural && i < p->nlines; i++) {
        size_t a, b;
        line_span(p, i, &a, &b);
        if (a >= end)
            break;
        if (salutation(s, a, b))
            return 1;
    }
    return 0;
}

/* find_signer with the signature ending at line last. */
static int signed_off(parser *p, size_t i, size_t a, size_t b);

/* Whether line i alone signs the statement over it: a title and a name of two words
 * or more ("Chief Rabbi Sir Ephraim Mirvold"), no stop, and the statement is that
 * person's (signature_owned). */
static int titled_signature(parser *p, size_t i)
{
    const char *s = p->s;
    size_t a, b;
    line_span(p, i, &a, &b);
    size_t words = txt_words(s, a, b);
    if (words < 3 || words > 7 || ends_with_terminal(s, a, b) || has_digit(s, a, b) || !txt_starts_upper(s + a, b - a) ||
        memchr(s + a, ',', b - a) || memchr(s + a, ':', b - a) || !txt_has_lower(s + a, b - a))
        return 0;
    char *t = txt_clean(s, a, b), *role = NULL, *name = NULL;
    if (!t || spk_split_person(t, &role, &name) != HD_OK) {
        p->st = t ? p->st : HD_ERR_NOMEM;
        free(t);
        return 0;
    }
    size_t rl = role ? strlen(role) : 0;
    int yes = role && name && strchr(name, ' ') && isupper((unsigned char)name[0]) && rl < b - a &&
              memcmp(s + a, role, rl) == 0 && signature_owned(p, i, a, b, a, a + rl);
    free(t);
    free(role);
    free(name);
    return yes;
}

static int find_signer_at(parser *p, size_t last)
{
    const char *s = p->s;
    size_t first = last, n = 0;
    while (first > 0 && !line_blank(p, first - 1) && n < 5) {
        size_t a, b;
        line_span(p, first - 1, &a, &b);
        if (valediction(s, a, b))
            break;
        first--;
        n++;
    }
    /* the valediction: the line over the signature, in its block or the one before */
    size_t v = first;
    while (v > 0 && line_blank(p, v - 1))
        v--;
    if (n == 0 || n > 4 || v == 0)
        return 0;
    size_t va, vb;
    line_span(p, v - 1, &va, &vb);
    /* ("With best wishes," / "Andrew" / the signature: the first name alone between
     * them is the sign-off's) */
    if (signed_off(p, v - 1, va, vb)) {
        v = prev_content(p, v - 1) + 1;
        line_span(p, v - 1, &va, &vb);
    }
    /* (under a valediction, a letter or a message its writer speaks: it says "I",
     * "we", or opens "Dear …"; not a release in the third person that an e-mail
     * signs off, "Kind regards," / "Media Team") */
    int valediced = valediction(s, va, vb);
    /* ("Signed:" signs a communiqué in the third person too) */
    int signed_line = valediced && (starts_with_ci(s + va, vb - va, "Signed") || starts_with_ci(s + va, vb - va, "Sgd"));
    if (valediced && !signed_line) {
        size_t sa, sb2;
        line_span(p, v - 1, &sa, &sb2);
        if (!says_first_person(p, sa, 1))
            return 0;
    }
    /* (or none, over a name and its office alone: "Hon. Grace Okafor MP" / "Minister
     * for Industry" under a minister's statement, when the statement is hers: its
     * header names her or her office, or it says "I" outside quotations; not a
     * release's contact at its foot) */
    /* (or one line, the office's title before the name: "Chief Rabbi Sir Ephraim
     * Mirvold", "Bishop Anne Kerr" under a message in the first person) */
    if (!valediced && n == 1) {
        if (v == first || !ends_with_terminal(s, va, vb) || !titled_signature(p, first))
            return 0;
    } else if (!valediced) {
        size_t oa, ob, na0, nb0;
        if (n < 2 || n > 3 || v == first || !ends_with_terminal(s, va, vb))
            return 0;
        line_span(p, first + 1, &oa, &ob);
        line_span(p, first, &na0, &nb0);
        nb0 = na0 + spk_name_end(s + na0, nb0 - na0);
        /* (the office before its body's name, "President, Tokai Institute of Science
         * and Technology", as universities and companies sign) */
        const char *comma = memchr(s + oa, ',', ob - oa);
        size_t after = comma ? skip_spaces(s, (size_t)(comma - s) + 1, ob) : ob;
        int office = spk_office_line(s, oa, ob) ||
                     (comma && after < ob && isupper((unsigned char)s[after]) &&
                      spk_office_line(s, oa, (size_t)(comma - s)) && org_line(s, after, ob));
        /* (in capitals too: "Dr. Mary Otieno" / "DIRECTOR GENERAL") */
        if (!office && ob > oa && !txt_has_lower(s + oa, ob - oa) && txt_words(s, oa, ob) <= 6) {
            char *t = spk_title_case(s + oa, ob - oa);
            office = t && spk_office_line(t, 0, strlen(t));
            free(t);
        }
        if (!office || !signature_owned(p, first, na0, nb0, oa, ob))
            return 0;
    }
    for (size_t k = first; k < last; k++) {
        size_t a, b;
        line_span(p, k, &a, &b);
        /* "Margaret Ellison, Ph.D.": the letters after the name end no sentence */
        if (k == first)
            b = a + spk_name_end(s + a, b - a);
        spk_cue c;
        if (a >= b || ends_with_terminal(s, a, b) || txt_words(s, a, b) > 10 || spk_read_cue(s, a, b, &c) ||
            memchr(s + a, '@', b - a))
            return 0;
    }
    size_t na, nb;
    line_span(p, first, &na, &nb);
    na = signer_start(s, na, nb);
    nb = na + spk_name_end(s + na, nb - na);
    size_t words = txt_words(s, na, nb);
    if (words < 2 || words > 6 || !txt_starts_upper(s + na, nb - na) || memchr(s + na, ',', nb - na))
        return 0;
    char *role = NULL, *name = NULL, *text = txt_clean(s, na, nb);
    if (!text || spk_split_person(text, &role, &name) != HD_OK) {
        free(text);
        p->st = HD_ERR_NOMEM;
        return 0;
    }
    free(text);
    if (!name) {
        free(role);
        return 0;
    }
    /* the office under the name, and a date under them ("4 March 2025") */
    for (size_t k = first + 1; k < last; k++) {
        size_t ra, rb;
        char iso[11];
        line_span(p, k, &ra, &rb);
        size_t dn = date_iso(p->order, s + ra, rb - ra, iso);
        if (dn && skip_spaces(s, ra + dn, rb) == rb) {
            memcpy(p->sign_iso, iso, sizeof iso);
            continue;
        }
        if (k == first + 1) {
            char *office = txt_clean(s, ra, rb);
            if (office) {
                free(role);
                role = office;
            }
        }
    }
    p->sign_line = first;
    /* ("Signed:" over them is the signature's, not the letter's last words; over a
     * communiqué in the third person, "The Synod resolved …", it signs what the
     * narrator reads: no one's words) */
    if (signed_line) {
        size_t sa, sb2;
        p->sign_line = v - 1;
        line_span(p, v - 1, &sa, &sb2);
        if (!says_first_person(p, sa, 1)) {
            free(name);
            free(role);
            return 1;
        }
    }
    p->signer = name;
    p->signer_role = role;
    return 1;
}

/* Whether line i, s[a, b), is a first name alone under a valediction ("With best
 * wishes," / "Andrew" / "Professor Sir Andrew Kellett"): the letter's sign-off, no
 * heading. */
static int signed_off(parser *p, size_t i, size_t a, size_t b)
{
    size_t k = prev_content(p, i), ka, kb;
    if (k == SIZE_MAX || txt_words(p->s, a, b) > 2 || ends_with_terminal(p->s, a, b) || !txt_starts_upper(p->s + a, b - a))
        return 0;
    line_span(p, k, &ka, &kb);
    return valediction(p->s, ka, kb);
}

/* The current speaker of unlabelled speech: whoever spoke last, or before any cue
 * the byline's first person, or a letter's signer. */
/* Whether the statement is a reporter's article: its byline "By …" (not "Remarks
 * by …") over a body that credits quotations in the third person ('"…," said manager
 * Elaine Rourke'): the byline names who wrote it, not who speaks it. */
static int reported_article(parser *p)
{
    if (p->reported_article)
        return p->reported_article > 0;
    p->reported_article = -1; /* (worked out once: the speaker is looked for again after each heading) */
    const char *by = p->doc->byline;
    /* "Statement by the Chief Electoral Officer" over "Chief Electoral Officer Dr.
     * Hamid Sorensen said: \"…\"": a statement that quotes the byline's person in the
     * third person is the office's narration around that person's words */
    if (by && p->doc->npeople > 0 && !p->doc->people[0].asks) {
        const char *who = p->doc->people[0].role ? p->doc->people[0].role : p->doc->people[0].name;
        size_t wl = who ? strlen(who) : 0;
        for (const char *q = p->s; wl >= 4 && (q = strstr(q, who)) != NULL; q += wl) {
            size_t at = (size_t)(q - p->s);
            if (at >= p->doc->len)
                break;
            /* " said:" within 60 bytes after it, on its line */
            int said = 0;
            for (size_t x = at + wl; x + 6 <= p->doc->len && x < at + wl + 60 && p->s[x] != '\n' && !said; x++)
                said = strncmp(p->s + x, " said:", 6) == 0;
            const char *line = q;
            while (line > p->s && line[-1] != '\n')
                line--;
            if (said && !starts_with_ci(line, (size_t)(q - line) + wl, "Statement by") &&
                !starts_with_ci(line, (size_t)(q - line) + wl, "by ")) {
                p->reported_article = 1;
                return 1;
            }
        }
    }
    if (!by || strncmp(by, "By ", 3) != 0)
        return 0;
    static const char *const credits[] = {",\" said ", ",\xE2\x80\x9D said ", ",\" says ", ",\xE2\x80\x9D says ",
                                          ",\" added ", ",\xE2\x80\x9D added "};
    for (size_t k = 0; k < sizeof credits / sizeof *credits; k++) {
        size_t n = strlen(credits[k]);
        for (const char *q = p->s; (q = memchr(q, ',', (size_t)(p->s + p->doc->len - q))) != NULL; q++)
            if ((size_t)(p->s + p->doc->len - q) > n && memcmp(q, credits[k], n) == 0) {
                p->reported_article = 1;
                return 1;
            }
    }
    return 0;
}

static int current_speaker(parser *p)
{
    if (p->speaker == -2 && p->st == HD_OK && reported_article(p))
        p->speaker = -1; /* (the quotations are their speakers') */
    if (p->speaker == -2 && p->st == HD_OK) {
        int who = -1;
        /* "From the Chair and Chief Executive Officer" over a letter signed "Rosalind
         * Achterberg" / "Chair and Chief Executive Officer": the header's person, known
         * by a role only, is the signer */
        int role_only = 0;
        for (size_t k = 0; k < p->doc->npeople; k++)
            if (!p->doc->people[k].asks) {
                role_only = !p->doc->people[k].name;
                break;
            }
        if (!p->doc->narrated && !(role_only && p->signer))
            p->st = spk_default(p->doc, &who);
        if (who < 0 && p->signer && p->st == HD_OK)
            p->st = spk_person(p->doc, p->signer, p->signer_role, &who);
        if (who < 0 && p->own_voice && !p->doc->narrated && p->st == HD_OK)
            p->st = spk_person(p->doc, NULL, "Speaker", &who);
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
    /* (a closing ” or », or an ellipsis) */
    if ((i >= a + 3 && (memcmp(s + i - 3, "\xE2\x80\x9D", 3) == 0 || memcmp(s + i - 3, "\xE2\x80\xA6", 3) == 0)) ||
        (i >= a + 2 && memcmp(s + i - 2, "\xC2\xBB", 2) == 0))
        return 1;
    if (i > a && s[i - 1] == '.') {
        /* "Lt. Col. (Inf.) Bima Santosa": a title's stop ends no sentence */
        size_t w = i - 1;
        while (w > a && isalpha((unsigned char)s[w - 1]))
            w--;
        int cls = w < i - 1 ? seg_abbreviation(s + w, i - 1 - w) : 0;
        /* "Halvorsen Biologics, Inc. (Nasdaq: HLVB)": an abbreviation's stop */
        if (cls == 't' || cls == 'i' || cls == 'o')
            return 0;
    }
    return i == a || s[i - 1] == '.' || s[i - 1] == '!' || s[i - 1] == '?';
}

/* Adds speech (or notes) s[a, b), with stage directions that stand between sentences
 * ("… we will win. (Applause.) And …") as blocks of their own. */
static st_block *last_block(parser *p)
{
    return p->doc->nblocks ? &p->doc->blocks[p->doc->nblocks - 1] : NULL;
}

/* The length of an opening curly mark at s[i]: “ (3 bytes) or French « (2), else 0. */
static size_t opens_curly(const char *s, size_t i, size_t b)
{
    /* (and German's low mark, closed by “: „So geht es.“) */
    return i + 3 <= b && (memcmp(s + i, "\xE2\x80\x9C", 3) == 0 || memcmp(s + i, "\xE2\x80\x9E", 3) == 0) ? 3
           : i + 2 <= b && memcmp(s + i, "\xC2\xAB", 2) == 0   ? 2
                                                                  : 0;
}

/* The length of a closing curly mark at s[i]: ” (3 bytes) or » (2), else 0. */
static size_t closes_curly(const char *s, size_t i, size_t b)
{
    return i + 3 <= b && memcmp(s + i, "\xE2\x80\x9D", 3) == 0 ? 3
           : i + 2 <= b && memcmp(s + i, "\xC2\xBB", 2) == 0   ? 2
                                                                  : 0;
}

/* A single mark that opens a paragraph's quotation as British releases write them
 * ("'The Act is now law." over "'Our plan will clean up our rivers.'"): ' or ‘ at a
 * line's start before a capital; its length, else 0. Inside a line single marks
 * are left alone: they are apostrophes as often ("workers' rights", 'Green Deal'). */
static size_t single_open(const char *s, size_t i, size_t b)
{
    /* (or after a word of saying and its comma or colon, as Australian and British
     * releases quote in a paragraph: "Deputy Chair Sandra Courtney said, 'Trustees
     * are …'") */
    if (i > 0 && s[i - 1] != '\n') {
        if (i < 4 || s[i - 1] != ' ' || (s[i - 2] != ',' && s[i - 2] != ':'))
            return 0;
        size_t w = i - 2;
        while (w > 0 && isalpha((unsigned char)s[w - 1]))
            w--;
        if (w == i - 2 || !data_has_line("en/attribution.txt", s + w, i - 2 - w))
            return 0;
    }
    size_t l = s[i] == '\'' ? 1 : i + 3 <= b && memcmp(s + i, "\xE2\x80\x98", 3) == 0 ? 3 : 0;
    if (!l || i + l >= b || !isupper((unsigned char)s[i + l]))
        return 0;
    /* (not a term in quotes that opens a sentence: "'Buy now, pay later' schemes …",
     * closed after a letter in its first sentence) */
    for (size_t k = i + l; k < b && s[k] != '\n' && !(strchr(".!?", s[k]) && k + 1 < b && s[k + 1] == ' '); k++) {
        size_t cl = s[k] == '\'' ? 1 : k + 3 <= b && memcmp(s + k, "\xE2\x80\x99", 3) == 0 ? 3 : 0;
        if (cl && isalpha((unsigned char)s[k - 1]) && (k + cl == b || strchr(" ,;:", s[k + cl])))
            return 0;
    }
    return l;
}

/* A single mark that closes one: after a sentence's stop or a comma, before a space,
 * a line's end or the text's ("… for good.'"); its length, else 0. */
static size_t single_close(const char *s, size_t i, size_t b)
{
    size_t l = s[i] == '\'' ? 1 : i + 3 <= b && memcmp(s + i, "\xE2\x80\x99", 3) == 0 ? 3 : 0;
    return l && i > 0 && strchr(".,!?", s[i - 1]) && (i + l == b || s[i + l] == ' ' || s[i + l] == '\n' ||
                                                      s[i + l] == '\r')
               ? l
               : 0;
}

static int is_open_quote(const char *s, size_t i, size_t b)
{
    return s[i] == '"' || opens_curly(s, i, b) || single_open(s, i, b);
}

/* Whether the line from s[x], opening with a mark after a sentence's end in the
 * quotation opened at q, opens another quotation rather than the next paragraph of
 * the same: it is not the paragraph's last line ('"Libraries matter."' / 'Librarian
 * Tom Brown said: …'), or does not close with its mark, or, when the quotation at q
 * had a lead-in ('Minister Ann Roe said: "…'), it names its own speaker ('"It is a
 * mistake," said Tom Hale.'). A quotation with no lead-in, its attribution at the
 * end of its next paragraph, goes on. */
static int other_quote(const char *s, size_t q, size_t x, size_t b)
{
    size_t k = x;
    int attributed = 0;
    for (; k < b && s[k] != '\n'; k++)
        attributed |= k + 2 < b && (s[k] == ',' || s[k] == '!' || s[k] == '?') && s[k + 1] == '"' && s[k + 2] == ' ';
    size_t e = k;
    while (e > x && (s[e - 1] == ' ' || s[e - 1] == '\r'))
        e--;
    while (k < b && (s[k] == '\n' || s[k] == ' ' || s[k] == '\r'))
        k++;
    if (k < b || e <= x)
        return 1;
    if (!attributed)
        return s[e - 1] != '"';
    size_t ls = q;
    while (ls > 0 && s[ls - 1] != '\n')
        ls--;
    for (size_t t = ls; t < q; t++)
        if (s[t] == ':' || (t + 5 <= q && (memcmp(s + t, "said", 4) == 0 || memcmp(s + t, "says", 4) == 0)))
            return 1;
    return 0;
}

/* Where the quotation opened at q closes (just past the mark), or 0. */
static size_t quote_end(const char *s, size_t q, size_t b)
{
    size_t sl = single_open(s, q, b);
    if (sl) {
        for (size_t i = q + sl; i < b && s[i] != '\n'; i++)
            if (single_close(s, i, b))
                return i + single_close(s, i, b);
        return 0;
    }
    /* (a paragraph wrapped by hand, as PDF and e-mail copies are, goes on over a line
     * end; a blank line ends the search) */
    size_t i = q + (s[q] == '"' ? 1 : opens_curly(s, q, b));
    int low = (unsigned char)s[q] == 0xE2 && (unsigned char)s[q + 2] == 0x9E;
    for (; i < b && !(s[i] == '\n' && (i + 1 >= b || s[i + 1] == '\n' || s[i + 1] == '\r')); i++) {
        /* (a mark opening a line after a sentence's end opens the quotation's next
         * paragraph, no blank line between: '… key services.' / '"Please use …"') */
        if (s[i] == '"' && i >= q + 3 && s[i - 1] == '\n' && strchr(".!?", s[i - 2]) && i + 1 < b &&
            isupper((unsigned char)s[i + 1]) && !other_quote(s, q, i + 1, b))
            continue;
        if (s[i] == '"')
            return i + 1;
        if (low && i + 3 <= b && memcmp(s + i, "\xE2\x80\x9C", 3) == 0)
            return i + 3;
        if (closes_curly(s, i, b))
            return i + closes_curly(s, i, b);
    }
    return 0;
}

/* Whether a cue's words are one quotation and no more ('Senator Teodoro Ruelas: "I'm
 * grateful …"'), as releases quote people under their names: that paragraph is
 * theirs, not a turn that the narration after it goes on with. */
static int quoted_cue(const parser *p, const spk_cue *c, size_t b)
{
    const char *s = p->s;
    size_t a = c->text_start;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '.'))
        b--;
    if (a >= b || !is_open_quote(s, a, b))
        return 0;
    size_t e = quote_end(s, a, b);
    return e && e >= b;
}

/* Where the quotation that is still open at the paragraph's end opened in s[a, b), or
 * SIZE_MAX: one pass, so that a paragraph of many unclosed marks costs no more. */
static size_t open_at_end(const char *s, size_t a, size_t b)
{
    int curly = 0, straight = 0;
    size_t at = SIZE_MAX;
    /* (a paragraph opened with a single mark and never closed) */
    if (single_open(s, a, b) && !quote_end(s, a, b))
        return a;
    for (size_t i = a; i < b; i++) {
        if (s[i] == '"') {
            if (!straight && !curly)
                at = i;
            straight ^= 1;
        } else if (opens_curly(s, i, b)) {
            if (!straight && !curly)
                at = i;
            curly++;
        } else if (closes_curly(s, i, b) && curly > 0)
            curly--;
    }
    return curly > 0 || straight ? at : SIZE_MAX;
}

/* Whether the paragraph s[a, b) ends inside a quotation: it opens more than it closes. */
static int leaves_open(const char *s, size_t a, size_t b)
{
    int curly = 0, straight = 0;
    if (single_open(s, a, b))
        return !quote_end(s, a, b);
    for (size_t i = a; i < b; i++) {
        if (s[i] == '"')
            straight++;
        else if (opens_curly(s, i, b))
            curly++;
        else if (closes_curly(s, i, b))
            curly--;
    }
    return curly > 0 || (straight & 1);
}

/* Where a quotation left open by the last paragraph closes in s[a, b): just past the
 * first closing mark before any opening one, or 0. */
static size_t open_quote_close(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        if (opens_curly(s, i, b))
            return 0;
        if (closes_curly(s, i, b))
            return i + closes_curly(s, i, b);
        if (single_close(s, i, b))
            return i + single_close(s, i, b);
        if (s[i] == '"')
            return i > a && s[i - 1] != ' ' && s[i - 1] != '\n' ? i + 1 : 0;
    }
    return 0;
}

/* Whether s[a, b) holds a quotation mark: '"', “, « */
static int quotes_in(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (s[i] == '"' || (i + 2 < b && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
                            ((unsigned char)s[i + 2] == 0x9C || (unsigned char)s[i + 2] == 0x9D)) ||
            (i + 1 < b && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xAB))
            return 1;
    return 0;
}

/* Speech with no speaker (a press release): a quotation attributed to a person
 * ('"We listened," said Councillor Ana Ruiz.') is voiced by that person, the
 * attribution by the narrator; a quotation right after one is the same person's. */
/* The one person whose words the body has quoted so far, or -1 (none, several, or a
 * heading or more than three blocks of narration since: "Reactions" opens others'). */
static int sole_quoted(const hd_doc *d)
{
    int who = -1;
    size_t since = 0;
    for (size_t k = 0; k < d->nblocks; k++) {
        const st_block *bk = &d->blocks[k];
        if (!bk->quoted || bk->speaker < 0 || bk->header) {
            since += !bk->header;
            if (bk->kind == ST_HEADING)
                since += 4;
            continue;
        }
        if (who >= 0 && bk->speaker != who)
            return -1;
        who = bk->speaker;
        since = 0;
    }
    return since <= 3 ? who : -1;
}

/* Whether the line after s[.., b) is a credit under a quotation ("Dr. Harjit Sandhu",
 * "– Paul Desrochers, Mayor of Sherbrooke"): a short line that ends no sentence. */
static int credit_after(const char *s, size_t b, size_t end)
{
    size_t x = b;
    while (x < end && (s[x] == ' ' || s[x] == '\n' || s[x] == '\r' || s[x] == '\t'))
        x++;
    size_t y = x;
    while (y < end && s[y] != '\n')
        y++;
    while (y > x && (s[y - 1] == ' ' || s[y - 1] == '\r'))
        y--;
    return y > x && txt_words(s, x, y) <= 12 && (!ends_with_terminal(s, x, y) || abbreviation_stop(s, x, y)) &&
           !is_open_quote(s, x, y);
}

/* Whether the line after s[.., b) is a credit that names a person ("Chief Andrea
 * Paul-Denny", "– Paul Desrochers, Mayor of Sherbrooke"): the quotation above is that
 * person's, for credit_line to give, not the one quoted before. */
static int credit_names(const char *s, size_t b, size_t end)
{
    if (!credit_after(s, b, end))
        return 0;
    size_t x = b;
    while (x < end && (s[x] == ' ' || s[x] == '\n' || s[x] == '\r' || s[x] == '\t'))
        x++;
    size_t y = x;
    while (y < end && s[y] != '\n')
        y++;
    size_t dl = txt_dash_len(s, x, y);
    if (dl || (x < y && s[x] == '-'))
        x = skip_spaces(s, x + (dl ? dl : 1), y);
    while (y > x && (s[y - 1] == ' ' || s[y - 1] == '\r'))
        y--;
    /* (not "Ron Kessler, mayor of Abbotsford –", a credit that leads the quotation
     * under it, as British Columbia's releases write them) */
    if (y > x && (s[y - 1] == '-' || s[y - 1] == ':' || (y >= x + 3 && (unsigned char)s[y - 3] == 0xE2 &&
                                                       (unsigned char)s[y - 2] == 0x80)))
        return 0;
    const char *c = x < y ? memchr(s + x, ',', y - x) : NULL;
    size_t ne = c ? (size_t)(c - s) : y;
    while (ne > x && (s[ne - 1] == ' ' || s[ne - 1] == '\r'))
        ne--;
    return x < ne && name_only(s, x, ne) && !org_line(s, x, ne);
}

static void add_quoted(parser *p, st_kind kind, size_t a, size_t b, int first)
{
    const char *s = p->s;
    size_t from = a;
    /* a paragraph that opens with a quotation, after one whose quotation was
     * attributed, goes on in that voice ("“Reopening it will …”" after "…,” Ms
     * Whitiora says.") */
    int last = first && is_open_quote(s, a, b) ? p->quoted : -1;
    /* (not a pull quote whose credit under it names its person: "“…”" / "Chief Andrea
     * Paul-Denny" / "Millbrook First Nation") */
    if (last >= 0 && !p->transcript && quote_end(s, a, b) >= b - 1 && credit_names(s, b, p->doc->len))
        last = -1;
    int open = first ? p->open : -1;
    p->open = -1;
    size_t ra = p->reported_a, rb = p->reported_b;
    p->reported_b = 0;
    if (last < 0 && open < 0 && rb > ra && first && is_open_quote(s, a, b) &&
        (p->st = spk_reported(p->doc, ra, rb, &last)) != HD_OK)
        return;
    /* a paragraph that is one quotation and no more, a paragraph of fact after the
     * last ("Annual CPI inflation was 2.2%." / "“This Government inherited …”"), in a
     * release whose quotations are all one person's: hers */
    if (last < 0 && open < 0 && first && !p->transcript && is_open_quote(s, a, b) && quote_end(s, a, b) >= b - 1 &&
        quote_end(s, a, b) > a + 1 && !credit_after(s, b, p->doc->len))
        last = sole_quoted(p->doc);
    /* a quotation of several paragraphs opens each with a mark and closes only the
     * last: a paragraph that opens one and closes none goes on in the voice */
    if (last >= 0 && !quote_end(s, a, b)) {
        add_block(p, kind, a, b, last, 0);
        if (last_block(p))
            last_block(p)->quoted = 1;
        p->quoted = last;
        p->open = leaves_open(s, a, b) ? last : -1;
        return;
    }
    /* some open no mark on the paragraphs after the first: a paragraph after one left
     * open goes on in the voice up to the closing mark ("… in 2026.”") */
    if (open >= 0 && !is_open_quote(s, a, b)) {
        size_t e = open_quote_close(s, a, b);
        if (!e && (memchr(s + a, '"', b - a) || leaves_open(s, a, b)))
            open = -1;
        else if (!e) {
            add_block(p, kind, a, b, open, 0);
            if (last_block(p))
                last_block(p)->quoted = 1;
            p->quoted = open;
            p->open = open;
            return;
        } else {
            add_block(p, kind, a, e, open, 0);
            if (last_block(p))
                last_block(p)->quoted = 1;
            size_t attr_end = e;
            int who = -1;
            if ((p->st = spk_attribution(p->doc, e, b, &who, &attr_end)) != HD_OK)
                return;
            if (attr_end > e) {
                add_block(p, kind, e, attr_end, -1, 0);
                if (last_block(p))
                    last_block(p)->cont = 1;
            }
            from = attr_end;
            last = open;
            first = 0;
            if (from >= b) {
                p->quoted = last;
                return;
            }
        }
    }
    size_t none_before = 0; /* no closing mark in [scan start, none_before) up to a line end */
    size_t tail = open_at_end(s, from, b); /* the quotation the paragraph leaves open */
    for (size_t q = from; q < b && p->st == HD_OK; q++) {
        if (!is_open_quote(s, q, b) || (q > a && s[q - 1] != ' ' && s[q - 1] != '\n'))
            continue;
        if (q < none_before)
            continue;
        size_t e = quote_end(s, q, b);
        if (!e && q != tail) {
            size_t l = q + 1;
            while (l < b && s[l] != '\n')
                l++;
            none_before = l;
        }
        if (!e && q == tail) {
            /* 'Ruiz said: "We will build …' to the paragraph's end: the quotation goes
             * on in the next paragraph, in her voice */
            int who = -1;
            if ((p->st = spk_attribution_before(p->doc, from, q, &who)) != HD_OK)
                return;
            if (who < 0)
                who = last >= 0 && boundary_before(s, from, q) ? last : -1;
            if (who >= 0) {
                if (q > from) {
                    add_block(p, kind, from, q, -1, 0);
                    if (last_block(p))
                        last_block(p)->cont = !first || from > a;
                }
                add_block(p, kind, q, b, who, 0);
                if (last_block(p)) {
                    last_block(p)->quoted = 1;
                    last_block(p)->cont = !first || q > a;
                }
                p->quoted = p->open = who;
                return;
            }
        }
        if (!e)
            continue;
        int who = -1;
        size_t attr_end = e;
        if ((p->st = spk_attribution(p->doc, e, b, &who, &attr_end)) != HD_OK)
            return;
        /* 'Deputy Mayor Priya Anand said: "…"': the person before the quotation */
        if (who < 0 && (p->st = spk_attribution_before(p->doc, from, q, &who)) != HD_OK)
            return;
        int alone = who < 0 && last >= 0 && boundary_before(s, from, q) && !spk_said_after(p->doc, e, b);
        /* '"…," she said.' with no one quoted before: the person the sentences before
         * it name as their subject, in this paragraph or the narrated ones just before */
        /* (or someone quoted before, but a narrated paragraph between names another:
         * 'President Samia said Tanzania …' / '"…," she said.') */
        int narrated_between = last >= 0 && first && q == a && p->doc->nblocks > 0 &&
                               p->doc->blocks[p->doc->nblocks - 1].kind == ST_SPEECH &&
                               p->doc->blocks[p->doc->nblocks - 1].speaker < 0 &&
                               !p->doc->blocks[p->doc->nblocks - 1].header;
        /* (the pronoun's "she", whom the attribution took for the last one quoted) */
        int pronoun_before = who;
        if (narrated_between && who >= 0 && spk_pronoun_said(p->doc, e, b))
            who = -1;
        if (who < 0 && (last < 0 || narrated_between) && boundary_before(s, from, q) && spk_pronoun_said(p->doc, e, b)) {
            size_t lo = a;
            const hd_doc *dd = p->doc;
            for (size_t k = dd->nblocks, n = 0; k > 0 && n < 3; k--, n++) {
                const st_block *bk = &dd->blocks[k - 1];
                if (bk->kind != ST_SPEECH || bk->speaker >= 0 || bk->header)
                    break;
                lo = bk->start;
            }
            if ((p->st = spk_subject_before(p->doc, lo, q, &who)) != HD_OK)
                return;
            /* (else, a quotation that opens its paragraph, the one person the statement
             * has quoted so far: '“…,” Mere Tawhiri said.' / a paragraph of fact / '“…,”
             * she said.'; not after a sentence that names someone: "Emergency Manager Ana
             * Ruiz said the county … “…,” she said.") */
            if (who < 0 && first && q == a)
                who = narrated_between && pronoun_before >= 0 ? pronoun_before : sole_quoted(p->doc);
        }
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
        /* « … », a déclaré la ministre: the comma after the closing mark is the
         * quotation's (in English too, '"…", said the Minister', before an attribution) */
        if ((attr_end > e + 1 || (data_lang() != 0 && attr_end == e)) && e < b && s[e] == ',') {
            /* (also before a verb alone: « …», ha afirmado.) */
            size_t lim = attr_end > e ? attr_end : b;
            e++;
            while (e < lim && s[e] == ' ')
                e++;
            if (attr_end < e)
                attr_end = e;
        }
        /* «…». : the stop after the closing mark, as Spanish and French set it, is
         * the quotation's (not a narrator's sentence of its own) */
        if (attr_end == e) {
            size_t x = e;
            while (x < b && (s[x] == '.' || s[x] == '!' || s[x] == '?' || s[x] == ';'))
                x++;
            if (x > e && (x == b || s[x] == ' ' || s[x] == '\n'))
                e = attr_end = x;
        }
        /* a quotation of several paragraphs credited in its last ('"Brightpath has
         * built …' / '"Together we will …," said Anika Rao'): the paragraphs before,
         * each opening a mark and closing none, in no one's voice, are hers too */
        if (who >= 0 && q == a && first) {
            hd_doc *dd = p->doc;
            for (size_t k = dd->nblocks; k > 0; k--) {
                st_block *bk = &dd->blocks[k - 1];
                if (bk->kind != ST_SPEECH || bk->speaker >= 0 || bk->header || bk->quoted || bk->cont ||
                    !is_open_quote(s, bk->start, bk->end) || quote_end(s, bk->start, bk->end) ||
                    memchr(s + bk->start, '\n', bk->end - bk->start))
                    break;
                bk->speaker = who;
                bk->quoted = 1;
            }
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
    p->quoted = from >= b || (from < b && is_open_quote(s, from, b)) ? last : -1;
    if (from < b && p->st == HD_OK) {
        add_block(p, kind, from, b, -1, 0);
        if (last_block(p) && from > a)
            last_block(p)->cont = 1;
        /* "Library manager Gwen Pryor said:" over a paragraph of her words */
        int who = -1;
        if ((p->st = spk_attribution_before(p->doc, from, b, &who)) == HD_OK && who >= 0 &&
            (p->s[b - 1] == ':' || txt_trailing_dash(p->s, from, b) < b))
            p->said = who;
        /* "Our Chief Executive, Marcus Delaney, has issued the following statement:" */
        else if (p->st == HD_OK && who < 0 && from == a && p->s[b - 1] == ':' && !p->transcript &&
                 current_speaker(p) < 0 && (p->st = spk_lead_in(p->doc, a, b, a, &who)) == HD_OK && who >= 0)
            p->said = who; /* (the speaker of unlabelled text settled first: still no one) */
        /* "Mr Rewiti said the programme would create 60 jobs." over a paragraph that
         * is a quotation and no more: his words (a release's convention); who he is
         * is looked up only then */
        else if (p->st == HD_OK && from == a && p->quoted < 0 && !quotes_in(s, a, b)) {
            p->reported_a = a;
            p->reported_b = b;
        }
    }
}

/* Adds one piece of prose: with quotations voiced where the text has no speaker. */
/* The length of "Quotes attributable to " (or "Quote …", "Comments …") opening s[a, b),
 * as releases head the words of the person it names; 0 for none. */
static size_t attributable_lead(const char *s, size_t a, size_t b)
{
    static const char *const leads[] = {"Quotes attributable to ", "Quote attributable to ",
                                        "Comments attributable to "};
    for (size_t q = 0; q < sizeof leads / sizeof *leads; q++)
        if (starts_with_ci(s + a, b - a, leads[q]))
            return strlen(leads[q]);
    return 0;
}

/* Whether t[0, n) ends with w, in any case. */
static int ends_with_ci(const char *t, size_t n, const char *w)
{
    size_t l = strlen(w);
    return n >= l && u8_ncasecmp(t + n - l, w, l) == 0;
}

static void add_piece(parser *p, st_kind kind, size_t a, size_t b, int first)
{
    int said = p->said;
    p->said = -1;
    /* (a paragraph of the release's own after them, "Contact the press office on …",
     * "For more information …": the narrator's again) */
    if (p->attributed >= 0 && first && p->speaker == p->attributed &&
        (starts_with_ci(p->s + a, b - a, "Contact ") || starts_with_ci(p->s + a, b - a, "For more information") ||
         starts_with_ci(p->s + a, b - a, "For further information") || starts_with_ci(p->s + a, b - a, "Media ") ||
         starts_with_ci(p->s + a, b - a, "Ends") || starts_with_ci(p->s + a, b - a, "Notes to editors"))) {
        p->speaker = -2;
        p->attributed = -1;
    }
    /* (paragraphs in quotation marks under it: the first without, and outside one
     * left open, is the release's again, "Funding is provided under …") */
    if (p->attributed >= 0 && first && kind == ST_SPEECH && p->speaker == p->attributed) {
        int opens = is_open_quote(p->s, a, b);
        if (p->attr_quoted < 0)
            p->attr_quoted = opens;
        else if (p->attr_quoted && !opens && !p->attr_open && !attributable_lead(p->s, a, b)) {
            p->speaker = -2;
            p->attributed = -1;
        }
        p->attr_open = leaves_open(p->s, a, b);
    }
    /* "Quotes attributable to Minister Daniel Ferreira:" over paragraphs of his words,
     * quoted or not: all his, to the next heading or the next such line */
    if (kind == ST_SPEECH && first && !p->plain && p->st == HD_OK && b > a && p->s[b - 1] == ':' &&
        attributable_lead(p->s, a, b)) {
        int who = -1;
        if ((p->st = spk_attribution_before(p->doc, a, b, &who)) != HD_OK)
            return;
        if (who >= 0) {
            add_block(p, kind, a, b, -1, 0);
            p->speaker = p->attributed = who;
            p->attr_quoted = -1;
            p->attr_open = 0;
            p->turn = 1;
            return;
        }
    }
    /* "JUSTICE OKAFOR delivered the opinion of the Court.", "JUSTICE LINDQVIST, with whom
     * JUSTICE ABARA joins, dissenting.": a slip opinion's heads (in capitals, each a
     * paragraph of its own, one sentence): what follows is that justice's, to the next
     * head; "JUSTICE BRAY filed a dissenting opinion.", a notice, is the narrator's and
     * ends the turn before it */
    if (kind == ST_SPEECH && first && !p->plain && p->st == HD_OK && data_lang() == 0) {
        const char *t = p->s + a;
        size_t n = b - a, k = strncmp(t, "CHIEF JUSTICE ", n >= 14 ? 14 : n) == 0 && n > 14 ? 14
                               : strncmp(t, "JUSTICE ", n >= 8 ? 8 : n) == 0 && n > 8  ? 8
                                                                                      : 0;
        size_t e = k;
        while (e < n && (isupper((unsigned char)t[e]) || t[e] == '\'' || t[e] == '-'))
            e++;
        int one = k && e > k + 1 && e < n && (t[e] == ' ' || t[e] == ',') && t[n - 1] == '.' && txt_words(t, 0, n) <= 40;
        for (size_t x = e; one && x + 1 < n; x++)
            one = !((t[x] == '.' || t[x] == '?' || t[x] == '!') && t[x + 1] == ' ');
        int opens = one && ((t[e] == ' ' && starts_with_ci(t + e + 1, n - e - 1, "delivered the opinion of the Court")) ||
                            (t[e] == ',' && (ends_with_ci(t, n, "dissenting.") || ends_with_ci(t, n, "concurring.") ||
                                             ends_with_ci(t, n, "in part.") || ends_with_ci(t, n, "in the judgment."))));
        int notice = one && !opens && t[e] == ' ' &&
                     (starts_with_ci(t + e + 1, n - e - 1, "filed ") || starts_with_ci(t + e + 1, n - e - 1, "took no part") ||
                      starts_with_ci(t + e + 1, n - e - 1, "joined "));
        if (notice && p->attributed >= 0 && p->speaker == p->attributed) {
            p->speaker = -2;
            p->attributed = -1;
        }
        if (opens) {
            char *name = spk_title_case(t + k, e - k);
            int who = -1;
            if (!name)
                p->st = HD_ERR_NOMEM;
            else
                p->st = spk_person(p->doc, name, k == 14 ? "Chief Justice" : "Justice", &who);
            free(name);
            if (p->st != HD_OK)
                return;
            if (who >= 0) {
                add_block(p, kind, a, b, -1, 0);
                p->speaker = p->attributed = who;
                p->attr_quoted = -1;
                p->attr_open = 0;
                p->turn = 1;
                return;
            }
        }
    }
    /* "Dr Siân Pritchard, Medical Director, said:" over a quotation: hers */
    if (said >= 0 && first && is_open_quote(p->s, a, b))
        p->quoted = said;
    if (said >= 0 && first && kind == ST_SPEECH && !p->transcript && current_speaker(p) < 0 &&
        !is_open_quote(p->s, a, b)) {
        add_block(p, kind, a, b, said, 0);
        if (last_block(p))
            last_block(p)->quoted = 1;
        p->said_on = said;
        return;
    }
    /* "Health Secretary Margaret Ellison said:" over paragraphs with no quotation marks
     * (GOV.UK's way): the next ones in the first person that report no one are hers
     * too ("We are determined to …"); one in the third person is the release's */
    if (first && p->said_on >= 0) {
        int who = p->said_on;
        p->said_on = -1;
        if (kind == ST_SPEECH && !p->transcript && current_speaker(p) < 0 && !is_open_quote(p->s, a, b) &&
            first_person(p->s, a, b) && !find_ci(p->s, a, b, " said") && !find_ci(p->s, a, b, " says") &&
            !(b > a && p->s[b - 1] == ':')) {
            add_block(p, kind, a, b, who, 0);
            if (last_block(p))
                last_block(p)->quoted = 1;
            p->said_on = who;
            return;
        }
    }
    /* (in a transcript, before its first turn too: 'Priya Mehta, Leader of the Council,
     * said: "…"' over the questions and answers) */
    if (kind == ST_SPEECH && (!p->transcript || !p->cues_seen) && !p->plain && current_speaker(p) < 0 &&
        p->st == HD_OK) {
        add_quoted(p, kind, a, b, first);
        return;
    }
    /* '"Commuters have waited long enough," said union secretary Joe Barker.' in a
     * minister's statement: the statement's author credits someone else's words, as
     * a release does; his, and the credit the narrator's */
    /* (and a paragraph that is 'The Chair, Ruth Okoye, said: "…"' and no more) */
    /* "HARROWFIELD, Ore. — Thank you, Mayor …": a dateline opening the first paragraph
     * of a speaker's text is the publisher's, read by the narrator */
    if (kind == ST_SPEECH && first && !p->plain && p->st == HD_OK && current_speaker(p) >= 0) {
        const char *s = p->s;
        int body = p->spoke;
        size_t w = a;
        /* ("NAIROBI/GENEVA, 27 February 2026 –": two places, a slash between) */
        /* (or of two words or three, "NEW YORK", "KUALA LUMPUR") */
        while (w < b && (isupper((unsigned char)s[w]) || s[w] == '-' ||
                         (s[w] == '/' && w > a && w + 1 < b && isupper((unsigned char)s[w + 1])) ||
                         (s[w] == ' ' && w > a && isupper((unsigned char)s[w - 1]) && w + 2 < b &&
                          isupper((unsigned char)s[w + 1]) && isupper((unsigned char)s[w + 2]) && txt_words(s, a, w) < 3)))
            w++;
        size_t dash = 0, de = 0;
        /* (a place in capitals, then its state or its date after a comma, or a wire's
         * name in brackets: "NATO — our alliance —" opens no dateline) */
        int placed = w < b && (s[w] == ',' || (w + 1 < b && s[w] == ' ' && s[w + 1] == '('));
        for (size_t x = w; !body && w - a >= 3 && placed && x + 3 < b && x < a + 80; x++) {
            size_t dl = s[x] == ' ' ? txt_dash_len(s, x + 1, b) : 0;
            if (dl && x + 1 + dl < b && s[x + 1 + dl] == ' ') {
                dash = x;
                de = x + 2 + dl;
                break;
            }
            if (s[x] == '"' || (s[x] == '.' && x + 2 < b && s[x + 1] == ' ' && islower((unsigned char)s[x + 2])))
                break;
        }
        if (dash && txt_words(s, a, dash) <= 8 && de < b) {
            /* (its date dates the statement, when nothing before did) */
            char iso[11];
            if (!p->doc->date && dateline_in(p, a, b, iso) > 0)
                set_date(p, iso);
            add_block(p, ST_SPEECH, a, dash, -1, 0);
            add_block(p, kind, de, b, current_speaker(p), 0);
            if (last_block(p))
                last_block(p)->cont = 1;
            return;
        }
    }
    /* (not in a speech: "Remarks", "Address", "Speech" quote, they do not credit) */
    int spoken = p->doc->kind && word_of_list("en/speech-kinds.txt", p->doc->kind, 0, strlen(p->doc->kind)) < SIZE_MAX;
    if (kind == ST_SPEECH && first && !p->transcript && !p->plain && p->st == HD_OK && !spoken &&
        current_speaker(p) >= 0) {
        const char *s = p->s;
        int who = -1;
        /* (a credit that says so, and ends the paragraph: '"They shall grow not old,"
         * wrote the poet' in a speech, or a credit followed by the speaker's own words,
         * stays in the speaker's voice) */
        if (is_open_quote(s, a, b)) {
            size_t e = quote_end(s, a, b), attr_end = e;
            /* (looked at first as written: finding who it is makes them a speaker) */
            int say = e && word_of_list("en/credit-verbs.txt", s, e, b) < SIZE_MAX, more = 0;
            for (size_t x = e; say && x + 2 < b && !more; x++) {
                size_t wb = x;
                while (wb > e && isalpha((unsigned char)s[wb - 1]))
                    wb--;
                more = strchr(".!?", s[x]) && s[x + 1] == ' ' && isupper((unsigned char)s[x + 2]) && x - wb > 3;
            }
            if (say && !more && e < b && (p->st = spk_attribution(p->doc, e, b, &who, &attr_end)) != HD_OK)
                return;
        } else {
            size_t q = a;
            while (q < b && !(s[q] == ':' && q + 2 < b && s[q + 1] == ' ' && is_open_quote(s, q + 2, b)))
                q++;
            size_t e = q < b ? quote_end(s, q + 2, b) : 0, vb = q;
            while (vb > a && isalpha((unsigned char)s[vb - 1]))
                vb--;
            int say = e && q > vb && data_has_line("en/credit-verbs.txt", s + vb, q - vb);
            if (e && say && skip_spaces(s, e, b) >= b &&
                (p->st = spk_attribution_before(p->doc, a, q + 2, &who)) != HD_OK)
                return;
        }
        if (who >= 0 && who != current_speaker(p)) {
            add_quoted(p, kind, a, b, first);
            return;
        }
    }
    add_block(p, kind, a, b, kind == ST_NOTE ? -1 : current_speaker(p), 0);
    if (!first && last_block(p))
        last_block(p)->cont = 1;
    /* (named just before by the narrator: no announcement of her) */
    if (last_block(p) && kind != ST_NOTE && p->attributed >= 0 && current_speaker(p) == p->attributed)
        last_block(p)->quoted = 1;
}

/* Whether s[a, b) opens by addressing speaker sp ("Prime Minister, you promised …",
 * "Ms Ruiz, will you …", "Madam President, …"): their role or surname, perhaps after
 * a form of address, then a comma. */
static int addresses(const char *s, size_t a, size_t b, const st_speaker *sp)
{
    static const char *const forms[] = {"Mr ", "Mr. ", "Ms ", "Ms. ", "Mrs ", "Mrs. ", "Madam ", "Madame ", "Dr ",
                                        "Dr. ", "Minister ", "Senator ", "Secretary "};
    size_t x = a;
    for (size_t k = 0; k < sizeof forms / sizeof *forms; k++)
        if (starts_with_ci(s + x, b - x, forms[k])) {
            x += strlen(forms[k]);
            break;
        }
    const char *who[2] = {sp->role, sp->name ? strrchr(sp->name, ' ') : NULL};
    if (who[1])
        who[1]++;
    else
        who[1] = sp->name;
    for (int k = 0; k < 2; k++) {
        size_t n = who[k] ? strlen(who[k]) : 0;
        if (n >= 2 && x + n < b && u8_ncasecmp(s + x, who[k], n) == 0 && s[x + n] == ',')
            return 1;
    }
    return 0;
}

static void add_prose(parser *p, st_kind kind, size_t a, size_t b)
{
    const char *s = p->s;
    size_t from = a;
    /* "… Thank you. /END/": the release's end mark after its last sentence, in
     * brackets or slashes, is not read */
    {
        size_t e = b, t;
        while (e > a && (s[e - 1] == ' ' || s[e - 1] == '\n' || s[e - 1] == '\r' || s[e - 1] == '\t'))
            e--;
        t = e;
        while (t > a && s[t - 1] != ' ' && s[t - 1] != '\n')
            t--;
        size_t q = t;
        while (q > a && (s[q - 1] == ' ' || s[q - 1] == '\n' || s[q - 1] == '\r'))
            q--;
        if (q > a && e - t >= 4 && strchr("/<[(", s[t]) && is_end_marker(s, t, e) &&
            (strchr(".!?\")'", s[q - 1]) || (unsigned char)s[q - 1] == 0x9D || (unsigned char)s[q - 1] == 0x99))
            b = q;
        /* "… we'll be in a good spot. #ENGvIND": a post's hashtags after its last
         * sentence's stop are a tag, not read */
        if (!p->plain && s[t] == '#') {
            size_t h = t;
            for (;;) {
                size_t pq = h;
                while (pq > a && (s[pq - 1] == ' ' || s[pq - 1] == '\n'))
                    pq--;
                size_t pt = pq;
                while (pt > a && s[pt - 1] != ' ' && s[pt - 1] != '\n')
                    pt--;
                if (pt < pq && s[pt] == '#' && pt > a)
                    h = pt;
                else
                    break;
            }
            size_t q2 = h;
            while (q2 > a && (s[q2 - 1] == ' ' || s[q2 - 1] == '\n' || s[q2 - 1] == '\r'))
                q2--;
            if (q2 > a && q2 < h && hashtags_only(s, h, e) &&
                (strchr(".!?\")'", s[q2 - 1]) || (unsigned char)s[q2 - 1] == 0x9D || (unsigned char)s[q2 - 1] == 0x99))
                b = q2;
        }
    }
    /* "Prime Minister, you promised … Isn't that a broken promise?": in a transcript, a
     * paragraph that addresses whoever spoke last and asks is a question put to them,
     * though no label says who asks */
    if (p->transcript && kind == ST_SPEECH && !p->plain && p->speaker >= 0 &&
        (size_t)p->speaker < p->doc->nspeakers && !p->doc->speakers[p->speaker].asks && memchr(s + a, '?', b - a) &&
        addresses(s, a, b, &p->doc->speakers[p->speaker])) {
        int q = -1;
        if ((p->st = spk_questioner(p->doc, &q)) == HD_OK && q >= 0) {
            p->speaker = q;
            p->turn = 1;
        }
    }
    /* "Q: Which crisis was worst?" / "2008, without question.": a magazine's interview
     * labels only its questions; a paragraph after one (nobody who answers has had a
     * labelled turn yet) is the answer, the person the header names or one unnamed */
    if (kind == ST_SPEECH && !p->plain && p->speaker >= 0 && (size_t)p->speaker < p->doc->nspeakers &&
        p->doc->speakers[p->speaker].asks && p->doc->nblocks) {
        const hd_doc *d = p->doc;
        const st_block *lb = &d->blocks[d->nblocks - 1];
        size_t le = lb->end;
        while (le > lb->start && (s[le - 1] == ' ' || s[le - 1] == '*' || s[le - 1] == '"'))
            le--;
        int asked = lb->kind == ST_SPEECH && lb->speaker == p->speaker && le > lb->start && s[le - 1] == '?' &&
                    lb->end < a;
        /* (or a press conference's: one person's opening statement before the first
         * question, theirs the answers then) */
        int opener = -1, questioned = 0;
        for (size_t k = 0; asked && k < d->nblocks; k++) {
            const st_block *bk = &d->blocks[k];
            if (bk->kind != ST_SPEECH || bk->speaker < 0)
                continue;
            if (d->speakers[bk->speaker].asks)
                questioned = 1;
            else if (bk->speaker != p->answerer && !questioned && (opener < 0 || opener == bk->speaker) &&
                     p->answerer < 0)
                opener = bk->speaker;
            else if (bk->speaker != p->answerer)
                asked = 0;
        }
        /* (an opener's answer asks nothing: "Q: First, on the budget?" / "And second, on
         * the ferry?" goes on asking) */
        if (asked && opener >= 0 && p->answerer < 0) {
            size_t e = b;
            while (e > a && (s[e - 1] == ' ' || s[e - 1] == '\n' || s[e - 1] == '"'))
                e--;
            asked = e > a && s[e - 1] != '?';
            /* (nor a question's second paragraph where a label gives each answer: "MS.
             * RUIZ: Both are in hand." next) */
            size_t li = line_from(p, b > a ? b - 1 : a), nx = li < p->nlines ? next_content(p, li + 1) : p->nlines;
            spk_cue nc;
            if (asked && nx < p->nlines) {
                size_t na, nb;
                line_span(p, nx, &na, &nb);
                asked = !(spk_read_cue(s, na, nb, &nc) && (nc.kind == CUE_NAMED || nc.kind == CUE_ANSWER));
            }
        }
        if (asked) {
            int who = p->answerer >= 0 ? p->answerer : opener;
            for (size_t k = 0; k < d->npeople && who < 0 && p->st == HD_OK; k++)
                if (!d->people[k].asks)
                    p->st = spk_person(p->doc, d->people[k].name, d->people[k].role, &who);
            if (who < 0 && p->st == HD_OK)
                p->st = spk_person(p->doc, NULL, "Interviewee", &who);
            if (p->st != HD_OK)
                return;
            if (who >= 0) {
                p->speaker = p->answerer = who;
                p->turn = 1;
            }
        }
    }
    for (size_t i = a; i < b && p->st == HD_OK; i++) {
        if (s[i] != '(' && s[i] != '[')
            continue;
        char close = s[i] == '(' ? ')' : ']';
        size_t e = i + 1;
        while (e < b && s[e] != close && s[e] != '\n' && e - i < 200)
            e++;
        if (e >= b || s[e] != close)
            continue;
        e++;
        if (e < b && s[e] == '.')
            e++;
        size_t n = e;
        while (n < b && (s[n] == ' ' || s[n] == '\t' || s[n] == '\n' || s[n] == '\r'))
            n++;
        int between = boundary_before(s, from, i) && !(n < b && islower((unsigned char)s[n]));
        /* a known stage word, or between sentences anything shaped like one ("(Speaks
         * Spanish.)", "[Video plays]") */
        if (!spk_is_stage(s, i, e, between ? SPK_BETWEEN : SPK_INSIDE))
            continue;
        /* inside a sentence, only what a listener must hear ("We will [inaudible] the
         * plan") is cut out for the narrator; the rest is left to the speech stage */
        if (!between && !spk_stage_heard(s, i, e))
            continue;
        if (i > from)
            add_piece(p, kind, from, i, from == a);
        add_block(p, ST_STAGE, i, e, -1, 0);
        if (last_block(p))
            last_block(p)->cont = 1;
        /* "(In Mandarin): …": the colon after a note that opens the paragraph is a
         * label's, not speech */
        if (i == a && e < b && s[e] == ':')
            e++;
        from = e;
        i = e - 1;
    }
    if (from < b && p->st == HD_OK)
        add_piece(p, kind, from, b, from == a);
}

/* Whether s[a, b), what follows a label, is a field's value: one to six words, each
 * capitalised or a figure, and no sentence's end. */
static int field_value(const char *s, size_t a, size_t b)
{
    size_t words = 0;
    if (a >= b || ends_with_terminal(s, a, b))
        return 0;
    for (size_t x = a; x < b;) {
        while (x < b && s[x] == ' ')
            x++;
        if (x >= b)
            break;
        if (!isupper((unsigned char)s[x]) && !isdigit((unsigned char)s[x]) && (unsigned char)s[x] < 0x80)
            return 0;
        words++;
        while (x < b && s[x] != ' ')
            x++;
    }
    return words >= 1 && words <= 6;
}

static int field_cue(parser *p, const spk_cue *c, size_t b);

/* Speaker cues decide speakers only where the statement has them: a cue with a role,
 * title, Q or A anywhere, or a name-like label used twice. */
static void find_transcript(parser *p, size_t from)
{
    size_t labels[64][2];
    size_t nlabels = 0, titled_stops = 0;
    for (size_t i = from; i < p->nlines && !p->transcript; i++) {
        size_t a, b;
        line_span(p, i, &a, &b);
        spk_cue c;
        if (a < b && contact_label(p->s, a, b))
            break; /* "Media:" in the contacts at the foot asks nothing */
        if (!spk_read_cue(p->s, a, b, &c) || quote_lead(p, &c, b) || contact_text(p, &c, b) || org_headline(p, &c, b) ||
            caps_headline(p->s, c.text_start, b) || quoted_cue(p, &c, b) || headline_cue(p, i, &c) ||
            section_headline(p, i, &c))
            continue;
        /* "Player: Jayden Marsh", "Offence: Grade 2 Dangerous Contact": a record's fields,
         * a few capitalised words or figures and no sentence, however often they come */
        if (!c.strong && field_value(p->s, c.text_start, b))
            continue;
        /* (nor a headline's topic in capitals over a place, "ROAD CLOSURE: Rue Laurier":
         * capitals alone make a label strong, and no office's word is in it) */
        if (c.strong && c.kind == CUE_NAMED && c.label_end > c.label_start &&
            !txt_has_lower(p->s + c.label_start, c.label_end - c.label_start) &&
            !spk_role_word_in(p->s, c.label_start, c.label_end, 1) && field_value(p->s, c.text_start, b))
            continue;
        /* (nor a line-up, "Referee: Graham Pike", "Executive Order:" over its points) */
        if (field_cue(p, &c, b))
            continue;
        if (labels_narrated(p))
            break; /* (fields that go on in sentences about others: no record's turns) */
        /* (three labels ended by stops, each an office's or a form of address's:
         * "Chairman Tolliver.", "Senator Achebe.", "Ms. Vanterpool.") */
        /* (or names in capitals beside a titled one: "CHAIR POWELL.", "MICHELLE
         * SMITH.", "STEVE LIESMAN.") */
        if ((titled_period(p, &c) || full_caps_name(p, &c)) && ++titled_stops >= 3 && period_labels(p) >= 3 &&
            p->titled_periods > 0) {
            p->transcript = 1;
            if (p->hl)
                memset(p->hl, 0, p->nlines);
            break;
        }
        if (c.strong) {
            p->transcript = 1;
            if (p->hl)
                memset(p->hl, 0, p->nlines); /* a cue's class depends on it */
            break;
        }
        size_t n = c.label_end - c.label_start;
        for (size_t k = 0; k < nlabels; k++)
            if (labels[k][1] == n && memcmp(p->s + labels[k][0], p->s + c.label_start, n) == 0) {
                p->transcript = 1;
                if (p->hl)
                    memset(p->hl, 0, p->nlines);
            }
        if (nlabels < 64) {
            labels[nlabels][0] = c.label_start;
            labels[nlabels][1] = n;
            nlabels++;
        }
    }
    /* an interview whose kind says so ("Interview: Bees", "Transcript of …") with two
     * people's names, each a full name, over its turns: a transcript though each is
     * heard once */
    /* (or a recording's, its turns under time codes: "[00:00:04] Ben Achebe: …") */
    const char *kind = p->doc->kind;
    if (!p->transcript && nlabels >= 2 &&
        ((kind && (find_ci(kind, 0, strlen(kind), "interview") || find_ci(kind, 0, strlen(kind), "transcript") ||
                   find_ci(kind, 0, strlen(kind), "conversation") || find_ci(kind, 0, strlen(kind), "Q&A"))) ||
         p->timed >= 2)) {
        size_t full = 0;
        for (size_t k = 0; k < nlabels; k++)
            full += (memchr(p->s + labels[k][0], ' ', labels[k][1]) != NULL && isupper((unsigned char)p->s[labels[k][0]])) ||
                    /* (or a surname the header names in full: "Wallner:" under "Interview
                     * with Federal Chancellor Theresa Wallner") */
                    spk_known_person(p->doc, p->s, labels[k][0], labels[k][0] + labels[k][1]);
        if (full >= 2) {
            p->transcript = 1;
            if (p->hl)
                memset(p->hl, 0, p->nlines);
        }
    }
}

/* A document's reference: "STATEMENT/23/1412", "SPEECH/09/548", "IP/24/123". */
/* "RELEASE 25-117", "Release No. 25-117" (with pr, "PR 2025-044" too): a release's
 * number, a dash or slash in it. */
static int release_number(const char *s, size_t a, size_t b, int pr)
{
    static const char *const rel[] = {"RELEASE ", "Release ", "RELEASE NO. ", "Release No. ", "PR ", "PR No. "};
    for (size_t k = 0; k < sizeof rel / sizeof *rel - (pr ? 0 : 2); k++) {
        size_t kl = strlen(rel[k]), x = a + kl, d = 0;
        if (b - a <= kl || memcmp(s + a, rel[k], kl) != 0)
            continue;
        while (x < b && (isdigit((unsigned char)s[x]) || s[x] == '-' || s[x] == '/'))
            x++, d++;
        if (x == b && d >= 3 && isdigit((unsigned char)s[b - 1]) && (memchr(s + a + kl, '-', d) || memchr(s + a + kl, '/', d)))
            return 1;
    }
    return 0;
}

static int is_reference(const char *s, size_t a, size_t b)
{
    if (release_number(s, a, b, 1))
        return 1;
    size_t i = a;
    while (i < b && isupper((unsigned char)s[i]))
        i++;
    if (i - a < 2 || i >= b || s[i] != '/')
        return 0;
    int slashes = 0, caps = 1;
    for (size_t g = i + 1; i < b; i++) {
        if (s[i] == '/') {
            slashes++;
            g = i + 1;
        } else if (isupper((unsigned char)s[i]) && i - g < 5 && (i == g || isupper((unsigned char)s[i - 1]))) {
            caps += i == g; /* "RK/SM/PS/2431": the initials of the office's staff */
        } else if (!isdigit((unsigned char)s[i]) || (i > g && !isdigit((unsigned char)s[i - 1]))) {
            return 0;
        }
    }
    if (caps >= 3 && s[b - 1] != '/')
        return 1;
    return caps == 1 && (slashes == 2 || (slashes == 1 && s[b - 1] != '/')); /* "STATEMENT/23/1412", "SC/16102" */
}

/* A photo's caption: "(Official White House Photo by …)", "Photo: …", "Photo credit". */
static int is_caption(const char *s, size_t a, size_t b)
{
    static const char *const marks[] = {"Photo by ", "(Official ", "Photo: ", "Photo credit", "Photograph by ",
                                        "(Photo", "Image: ", "Credit: ", "Image credit", "Image Credit",
                                        "IMAGE CREDIT", "Picture credit", "Picture Credit", "PICTURE CREDIT",
                                        "Image courtesy of ", "Photograph: ", "Cover image: "};
    for (size_t i = a; i < b; i++) {
        if (s[i] != 'P' && s[i] != '(' && s[i] != 'I' && s[i] != 'C')
            continue;
        for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
            size_t n = strlen(marks[k]);
            if (s[i] != marks[k][0] || i + n > b || strncmp(s + i, marks[k], n) != 0)
                continue;
            /* (a credit's label before a sentence of its own in lower case: "Image
             * credits: from today, every photographer will be named …") */
            const char *colon = memchr(s + i, ':', b - i < 20 ? b - i : 20);
            if (i == a && colon) {
                size_t v = skip_spaces(s, (size_t)(colon - s) + 1, b);
                if (v < b && islower((unsigned char)s[v]) && txt_words(s, v, b) >= 6 && !credit_value(s, v, b))
                    return 0;
            }
            /* ("(Official Report, 4 February 2025; Vol. 761, c. 245)": Hansard's
             * reference in a speech, no photograph's) */
            if (marks[k][0] == '(' && marks[k][1] == 'O') {
                const char *close = memchr(s + i, ')', b - i);
                size_t e = close ? (size_t)(close - s) : b;
                int photo = 0;
                for (size_t x = i; x + 5 <= e && !photo; x++)
                    photo = u8_ncasecmp(s + x, "photo", 5) == 0;
                if (!photo)
                    continue;
            }
            return 1;
        }
    }
    return 0;
}

/* "Carl Dunn, Team Principal" alone on a line: a person and their role, as a cue over
 * the words under it (a label's span the whole line). */
static int credit_cue(parser *p, size_t a, size_t b, spk_cue *c)
{
    memset(c, 0, sizeof *c);
    txt_trim(p->s, &a, &b);
    size_t end = b;
    if (b > a && p->s[b - 1] == ':')
        b--; /* ("INGRID FALK, TEAM PRINCIPAL:") */
    if (b <= a || ends_with_terminal(p->s, a, b) || txt_trailing_dash(p->s, a, b) < b)
        return 0; /* (a credit before a dash is credit_line's: "Ron Kessler, mayor of Abbotsford –") */
    /* (nor a lead-in, "Dr Imogen Clarke, Director of Conservation, said:") */
    size_t lw = b;
    while (lw > a && p->s[lw - 1] != ' ')
        lw--;
    if (data_has_line("en/credit-verbs.txt", p->s + lw, b - lw))
        return 0;
    /* (nor a field's name, "Action Required:", "Nature Of Danger:") */
    for (size_t w = a; w < b;) {
        size_t e = w;
        while (e < b && p->s[e] != ' ' && p->s[e] != ',')
            e++;
        if (e > w && data_has_line("en/field-words.txt", p->s + w, e - w))
            return 0;
        /* ("Of" in capitals inside a label in mixed case: a field's Title Case, "Nature
         * Of Danger"; a name's particle is in lower case, "Lord Castleton of Merrow") */
        if (w > a && e - w == 2 && p->s[w] == 'O' && p->s[w + 1] == 'f')
            return 0;
        w = e + 1;
    }
    /* (or a name alone, "Anna Berg", or a name and a driver's car and place, "Tomas
     * Lindqvist, Car 14, P5"; in capitals as in mixed case) */
    char *t = txt_has_lower(p->s + a, b - a) ? txt_clean(p->s, a, b) : spk_title_case(p->s + a, b - a);
    if (!t)
        return 0;
    size_t tl = strlen(t), ne = strcspn(t, ",");
    int yes = person_role_line(t, 0, tl) || (name_only(t, 0, ne) && txt_words(t, 0, ne) >= 2 && txt_words(t, 0, ne) <= 4);
    free(t);
    if (!yes)
        return 0;
    c->kind = CUE_NAMED;
    c->label_start = a;
    c->label_end = b;
    c->text_start = end;
    c->strong = 1;
    return 1;
}

/* Panel transcripts put the speaker's name alone on the line over each turn. Such
 * lines are cues when names recur over turns: one of them at least twice, and three
 * such lines in all, or two names the header lists; a single line that could be a
 * name is a heading. */
static void find_name_lines(parser *p, size_t from)
{
    size_t lines = 0, repeated = 0, known = 0, brackets = 0, tight = 0, marked = 0, quotes = 0, spoken = 0,
           operator = 0, seated = 0, titled = 0, colons = 0;
    size_t first_quote = SIZE_MAX, first_named = SIZE_MAX; /* the first quotation's paragraph, and the
                                                            * first one a name line stands over */
    for (size_t i = next_content(p, from); i < p->nlines && p->st == HD_OK; i = next_content(p, i + 1)) {
        size_t a, b;
        line_span(p, i, &a, &b);
        a += question_no(p->s, a, b);
        spk_cue c;
        size_t n = next_content(p, i + 1);
        if (n >= p->nlines || running_line(p, a, b) ||
            !(spk_line_cue(p->s, a, b, &c) || credit_cue(p, a, b, &c) || spk_qa_name_cue(p->s, a, b, &c)))
            continue;
        size_t na, nb;
        line_span(p, n, &na, &nb);
        spk_cue nc;
        if (spk_line_cue(p->s, na, nb, &nc))
            continue; /* a name line over another: a list, not a turn */
        long v = 0;
        /* "Lord Fenwick of Alder (Con)": a member's party in brackets after the name,
         * as Hansard prints its labels over the words; the others there are called by
         * their form of address or office ("Mr Speaker", "The Minister for …") */
        int seat = seated_label(p->s, a, b);
        seated += seat;
        titled += seat || titled_label(p->s, c.label_start, c.label_end);
        a = c.label_start; /* the name without a time code after it */
        b = c.label_end;
        hm_get(&p->names, p->s + a, b - a, &v);
        if (hm_put(&p->names, p->s + a, b - a, v + 1, HM_LAST) != 0) {
            p->st = HD_ERR_NOMEM;
            return;
        }
        lines++;
        /* a label by its form: a time code after the name, a dash before a role
         * ("Dale Okafor -- Chief Executive Officer"): two such make the name lines
         * cues, each heard once or not */
        marked += c.marked;
        tight += n == i + 1;
        /* (a name of two words or more in a block of its own: not "Quotes" over
         * them, nor an office under a quotation's "- Name" credit) */
        if (is_open_quote(p->s, na, nb) && txt_words(p->s, a, b) >= 2 && (i == 0 || line_blank(p, i - 1))) {
            quotes++;
            if (first_named == SIZE_MAX)
                first_named = n;
        }
        repeated += v == 1;
        known += v == 0 && spk_known_person(p->doc, p->s, a, b);
        /* (a name of two words or more over words said to or for someone: "Good
         * morning.", "Thank you, Governor.", "We will …") */
        spoken += txt_words(p->s, a, b) >= 2 && addressed(p->s, na, nb);
        /* (or a name of two words or more and its colon, alone on its line: "Matteo
         * Bruni:" over "The first question is from Maria Santos.") */
        {
            size_t la, lb;
            line_span(p, i, &la, &lb);
            while (lb > la && (p->s[lb - 1] == ' ' || p->s[lb - 1] == '\t'))
                lb--;
            colons += lb > la && p->s[lb - 1] == ':' && b <= lb && txt_words(p->s, a, b) >= 2 &&
                      name_only(p->s, a, b);
        }
        brackets += a > 0 && (p->s[a - 1] == '[' || p->s[a - 1] == '('); /* (a label may open the text) */
        operator += b - a == 8 && memcmp(p->s + a, "Operator", 8) == 0;
    }
    /* or when the header lists them ("Company Participants" / "Ana Ruiz - Chief
     * Executive Officer"): two names of the list over turns; or labels in square
     * brackets over three turns ("[Moderator]", "[Reporter]", "[Prime Minister]") */
    p->name_cues = (repeated >= 1 && lines >= 3) || known >= 2 || brackets >= 3 || marked >= 2;
    p->name_layout = tight == lines ? 1 : tight == 0 ? 2 : 0;
    /* or two names or more, each over words a person says ("Jane Holt" / "Good
     * morning. …", "Tom Price" / "Thank you, Governor. …"), as panels and remarks with
     * questions print their turns */
    p->name_spoken = !p->name_cues && lines >= 2 && (spoken == lines || colons == lines);
    p->name_cues |= p->name_spoken;
    /* or a call's transcript: "Operator" alone over its words, and names over theirs
     * (an earnings call with no list of participants) */
    /* (or "Operator: Good morning, …" inline, and names alone over the others' words,
     * as FactSet's calls print them) */
    size_t inline_operator = 0;
    for (size_t i = next_content(p, from); i < p->nlines && !p->name_cues && lines >= 1 && !inline_operator;
         i = next_content(p, i + 1))
        inline_operator = p->lines[i].end - p->lines[i].start > 10 && memcmp(p->s + p->lines[i].start, "Operator: ", 10) == 0;
    if (!p->name_cues && ((operator >= 1 && lines >= 2) || inline_operator))
        p->name_cues = p->name_spoken = 1;
    /* or a call's questions ("Question-and-Answer Session" on a line of its own) and
     * names over what each says ("Unidentified Analyst" / "Can you comment …?",
     * "Maria Estévez" / "Margins were 12%."), each heard once or not */
    if (!p->name_cues && lines >= 2) {
        static const char *const qa[] = {"Question-and-Answer Session", "Question and Answer Session",
                                         "Questions and Answers", "Q&A", "Q&A Session", "Question-and-Answer"};
        for (size_t i = 0; i < p->nlines && i < 400 && !p->name_cues; i++) {
            size_t a, b;
            line_span(p, i, &a, &b);
            for (size_t k = 0; k < sizeof qa / sizeof *qa && !p->name_cues; k++)
                if (equals_ci(p->s + a, b - a, qa[k]))
                    p->name_cues = p->name_spoken = 1;
        }
    }
    /* or a member's label with her party in brackets, right over her words */
    if (!p->name_cues && seated >= 1 && titled == lines && tight == lines)
        p->name_cues = p->name_spoken = 1;
    /* or a single exchange ("BERTRAND LAMOUREUX" / his question, "CLAIRE VAUTRIN" /
     * her answer): each name right over its text, one of them the header's */
    p->name_tight = !p->name_cues && known >= 1 && (lines >= 2 || known == lines) && tight == lines;
    p->name_cues |= p->name_tight;
    /* or a motor racing team's release: each driver's and the team principal's name
     * over their quotation ("Anna Berg" / "\"I love this track.\"", "Carl Dunn, Team
     * Principal" / "\"We are ready.\""), not a credit under the quotation above */
    /* (not credits under quotations, "\"…\"" / "Anna Berg, Chief Executive" / "\"…\"": the
     * first quotation has its name over it) */
    for (size_t i = next_content(p, from); i < p->nlines && first_quote == SIZE_MAX; i = next_content(p, i + 1)) {
        size_t a, b;
        line_span(p, i, &a, &b);
        if (is_open_quote(p->s, a, b))
            first_quote = i;
    }
    p->name_quotes = !p->name_cues && quotes >= 2 && quotes * 2 > lines && first_quote == first_named;
    p->name_cues |= p->name_quotes;
}

/* Whether the paragraph over line `li` (or the one over that) names the person s[x, y)
 * in full ("I will now hand over to our CEO, Mr. Tobias Vrana." over "Tobias Vrana:
 * Thank you, Chair."): the floor handed to them. */
static int introduced(parser *p, size_t li, size_t x, size_t y)
{
    if (y <= x || txt_words(p->s, x, y) < 2 || y - x > 60)
        return 0;
    size_t k = li, paras = 0;
    while (k > 0 && paras < 2) {
        k--;
        if (line_blank(p, k))
            continue;
        size_t a, b;
        line_span(p, k, &a, &b);
        for (size_t q = a; q + (y - x) <= b; q++)
            if (memcmp(p->s + q, p->s + x, y - x) == 0 && (q == a || !isalpha((unsigned char)p->s[q - 1])) &&
                (q + (y - x) == b || !isalpha((unsigned char)p->s[q + (y - x)])))
                return 1;
        if (k > 0 && line_blank(p, k - 1))
            paras++;
    }
    return 0;
}

/* "Peter Hollis, Chief Financial Officer" alone on line s[a, b): a person's name (two
 * to four capitalised words), a comma, an office (a role's word in at most six words),
 * no stop; *ce the comma, *r where the office starts. */
static int name_role_line(const char *s, size_t a, size_t b, size_t *ce, size_t *r)
{
    txt_trim(s, &a, &b);
    const char *cm = b > a ? memchr(s + a, ',', b - a) : NULL;
    if (!cm || memchr(cm + 1, ',', (size_t)(s + b - cm - 1)) || ends_with_terminal(s, a, b) ||
        !txt_has_lower(s + a, b - a) || memchr(s + a, ':', b - a) || memchr(s + a, '"', b - a))
        return 0;
    size_t c = (size_t)(cm - s), x = c + 1;
    while (x < b && s[x] == ' ')
        x++;
    if (x >= b || !isupper((unsigned char)s[x]) || txt_words(s, x, b) > 6 || !spk_role_word_in(s, x, b, 0) ||
        txt_words(s, a, c) < 2 || txt_words(s, a, c) > 4 || !name_only(s, a, c) || spk_role_word_in(s, a, c, 0))
        return 0;
    *ce = c;
    *r = x;
    return 1;
}

/* "MANAGEMENT DISCUSSION SECTION", "Question and Answer Session": a call's part, a
 * heading and no one's name. */
static int section_line(const char *s, size_t a, size_t b)
{
    static const char *const parts[] = {"section", "session", "segment", "presentation", "discussion"};
    txt_trim(s, &a, &b);
    size_t lw = b;
    while (lw > a && s[lw - 1] != ' ')
        lw--;
    for (size_t k = 0; k < sizeof parts / sizeof *parts; k++)
        if (lw > a && equals_ci(s + lw, b - lw, parts[k]))
            return 1;
    return 0;
}

/* "Clara Voss" over "Chief Financial Officer, Halden Bank" (or "Analyst, Drayton &
 * Co."), the two lines a block of their own over prose: a call's label as FactSet's
 * transcripts print it, the name over the office and the firm. The office line's span
 * in *oa, *ob. */
static int name_office_pair(parser *p, size_t li, size_t *oa, size_t *ob)
{
    const char *s = p->s;
    size_t a, b, x, y;
    if (li + 1 >= p->nlines || (li > 0 && !line_blank(p, li - 1)) || line_blank(p, li + 1) ||
        (li + 2 < p->nlines && !line_blank(p, li + 2)))
        return 0;
    line_span(p, li, &a, &b);
    line_span(p, li + 1, &x, &y);
    txt_trim(s, &a, &b);
    txt_trim(s, &x, &y);
    if (b <= a || y <= x || ends_with_terminal(s, a, b) || memchr(s + a, ',', b - a) || memchr(s + a, ':', b - a) ||
        txt_words(s, a, b) < 2 || txt_words(s, a, b) > 4 || !txt_has_lower(s + a, b - a) || !name_only(s, a, b) ||
        spk_role_word_in(s, a, b, 0))
        return 0;
    /* (the office: a role's word before its comma, a few words, no sentence) */
    const char *cm = memchr(s + x, ',', y - x);
    size_t re = cm ? (size_t)(cm - s) : y;
    /* (a firm's abbreviation may end it: "Analyst, Drayton & Co.") */
    size_t lw = y;
    while (lw > x && s[lw - 1] != ' ')
        lw--;
    int abbr = s[y - 1] == '.' && y - lw <= 5 && isupper((unsigned char)s[lw]);
    if ((ends_with_terminal(s, x, y) && !abbr) || memchr(s + x, ':', y - x) || txt_words(s, x, y) > 10 ||
        !isupper((unsigned char)s[x]) || !spk_role_word_in(s, x, re, 0))
        return 0;
    size_t n = next_content(p, li + 2), na, nb;
    if (n >= p->nlines)
        return 0;
    line_span(p, n, &na, &nb);
    spk_cue nc;
    if (!txt_has_lower(s + na, nb - na) || spk_read_cue(s, na, nb, &nc) || is_open_quote(s, na, nb) ||
        !(ends_with_terminal(s, na, nb) || txt_words(s, na, nb) >= 6))
        return 0;
    *oa = x;
    *ob = y;
    return 1;
}

/* "Peter Hollis, Chief Financial Officer" alone over what he says, in prepared remarks
 * that set each speaker so (a second such line, in the header or the body): a turn;
 * the office is his. Not a signature or a quotation's credit: prose follows it, not
 * a quotation, and a dash does not open it. */
static int name_role_cue(parser *p, size_t a, size_t b, spk_cue *c)
{
    const char *s = p->s;
    size_t ce, r;
    txt_trim(s, &a, &b);
    size_t end = b;
    b = turn_count_end(s, a, b); /* ("… - CEO   [2]": the turn's number, not read) */
    if (!name_role_line(s, a, b, &ce, &r))
        return 0;
    size_t li = line_from(p, a), n = li < p->nlines ? next_content(p, li + 1) : p->nlines, na, nb;
    if (n >= p->nlines)
        return 0;
    line_span(p, n, &na, &nb);
    spk_cue nc;
    size_t ne, nr;
    if (is_open_quote(s, na, nb) || txt_words(s, na, nb) < 3 || !txt_starts_upper(s + na, nb - na) ||
        spk_read_cue(s, na, nb, &nc) || name_role_line(s, na, nb, &ne, &nr))
        return 0;
    /* (a release's names credit its quotations: not in a release) */
    if (p->release || (p->doc->kind && find_ci(p->doc->kind, 0, strlen(p->doc->kind), "release")))
        return 0;
    /* (nor the last of a roster, "The following members were present:" / "Arthur
     * Kettering, Governor" / "Colin Ashdown, Deputy Governor": a list's line right
     * under another, or under its lead-in's colon) */
    if (li > 0 && !line_blank(p, li - 1)) {
        size_t px, py, e2, r2;
        line_span(p, li - 1, &px, &py);
        txt_trim(s, &px, &py);
        if ((py > px && s[py - 1] == ':') || name_role_line(s, px, turn_count_end(s, px, py), &e2, &r2))
            return 0;
    }
    /* (under a quotation it credits the quotation) */
    size_t pv = li;
    while (pv > 0 && line_blank(p, pv - 1))
        pv--;
    if (pv > 0) {
        size_t px, py;
        line_span(p, pv - 1, &px, &py);
        size_t q0 = px;
        while (q0 > 0 && !(q0 >= 2 && s[q0 - 1] == '\n' && s[q0 - 2] == '\n'))
            q0--; /* (the paragraph's first line) */
        if (py > px && (s[py - 1] == '"' || (py - px >= 3 && memcmp(s + py - 3, "\xE2\x80\x9D", 3) == 0) ||
                        is_open_quote(s, q0, py)))
            return 0;
    }
    /* (another such line in the statement, or a speech that hands the floor to them by
     * name just over the line) */
    int others = introduced(p, li, a, ce);
    for (size_t k = 0; k < p->nlines && !others; k++) {
        size_t x, y, e2, r2;
        line_span(p, k, &x, &y);
        others = k != li && name_role_line(s, x, turn_count_end(s, x, y), &e2, &r2);
    }
    if (!others)
        return 0;
    return office_cue(c, a, ce, r, b, end);
}

/* A name line over a turn, in a statement whose names recur: a cue. */
static int name_cue(parser *p, size_t a, size_t b, spk_cue *c)
{
    a += question_no(p->s, a, b);
    if (name_role_cue(p, a, b, c))
        return 1;
    size_t pl = line_from(p, a), oa, ob;
    if (pl < p->nlines && ruled_label(p, pl, c))
        return 1;
    /* a name over its office and firm, in a transcript or next to another such pair */
    if (pl < p->nlines && p->lines[pl].start == a && !p->release && name_office_pair(p, pl, &oa, &ob)) {
        int others = p->transcript || p->cues_seen;
        for (size_t k = 0; k < p->nlines && !others; k++) {
            size_t x, y;
            others = k != pl && !line_blank(p, k) && name_office_pair(p, k, &x, &y);
        }
        if (others) {
            txt_trim(p->s, &a, &b);
            return office_cue(c, a, b, oa, ob, b);
        }
    }
    long v;
    /* (a page's running title, "DEPARTMENT FOR RURAL TRANSPORT — SPEECH", is no one) */
    if (running_line(p, a, b))
        return 0;
    /* (in a team's release, only a name over a quotation: "Sao Paulo Grand Prix – Key
     * facts" over a list is a heading) */
    if (p->name_quotes) {
        size_t li = line_from(p, a), n = li < p->nlines ? next_content(p, li + 1) : p->nlines, na, nb;
        if (n >= p->nlines)
            return 0;
        line_span(p, n, &na, &nb);
        if (!is_open_quote(p->s, na, nb))
            return 0;
        if (!spk_line_cue(p->s, a, b, c) && credit_cue(p, a, b, c))
            return 1;
    }
    /* "Lord Harlow" alone over "To ask His Majesty's Government what …": a member's
     * question, as Hansard prints it, the member's name over it */
    {
        size_t li = line_from(p, a), n = li < p->nlines ? next_content(p, li + 1) : p->nlines, na, nb;
        if (n < p->nlines) {
            line_span(p, n, &na, &nb);
            if (nb - na > 8 && memcmp(p->s + na, "To ask ", 7) == 0 && txt_words(p->s, a, b) <= 6 &&
                !ends_with_terminal(p->s, a, b) && spk_line_cue(p->s, a, b, c) && c->kind == CUE_NAMED &&
                c->text_start >= b)
                return 1;
        }
    }
    if (!p->name_cues)
        return 0;
    /* (nor a body's name, "INTERNATIONAL ROWING FEDERATION (IRF)", "St. Brigid's
     * University Hospital": who issues the text, not a person's turn) */
    if (org_name(p->s, a, b) || section_line(p->s, a, b))
        return 0;
    /* ("Helen Achebe:" alone over the words under it, as transcripts are exported: the
     * name and its colon, nothing after) */
    size_t ta = a, tb = b;
    txt_trim(p->s, &ta, &tb);
    if (!spk_line_cue(p->s, a, b, c) && !(tb > ta && p->s[tb - 1] == ':' && credit_cue(p, a, b, c)))
        return 0;
    size_t x = c->label_start, y = c->label_end;
    /* (not the words of a label's turn, "Carlos Mendes:" over "Los Angeles"; nor a
     * name over a paragraph about them, "Daniel Osei" / "Daniel Osei founded …") */
    size_t li0 = line_from(p, a);
    if (li0 < p->nlines && under_label(p, li0))
        return 0;
    if (c->kind == CUE_NAMED && li0 < p->nlines) {
        size_t n0 = next_content(p, li0 + 1), pa, pb;
        if (n0 < p->nlines) {
            line_span(p, n0, &pa, &pb);
            if (opens_about(p->s, x, y, pa, pb, hm_get(&p->names, p->s + x, y - x, &v) && v == 1))
                return 0;
        }
    }
    /* a name that opens one turn only, among names that recur ("Mei Tanaka" once, in a
     * panel where "Helen Achebe" chairs): a person's name of two to four words, over
     * prose as the others stand over theirs */
    if (hm_get(&p->names, p->s + x, y - x, &v) && v == 1 && c->kind == CUE_NAMED && name_only(p->s, x, y) &&
        txt_words(p->s, x, y) >= 2 && txt_words(p->s, x, y) <= 4) {
        size_t li = line_from(p, a), n = li < p->nlines ? next_content(p, li + 1) : p->nlines, na, nb;
        spk_cue nc;
        if (n < p->nlines) {
            line_span(p, n, &na, &nb);
            int tight = n == li + 1;
            if (txt_has_lower(p->s + na, nb - na) && !spk_line_cue(p->s, na, nb, &nc) &&
                (p->name_layout == 0 || p->name_layout == (tight ? 1 : 2)))
                return 1;
        }
    }
    return (hm_get(&p->names, p->s + x, y - x, &v) && v >= 2) || c->kind != CUE_NAMED || c->timed || p->name_quotes ||
           ((p->name_tight || p->name_spoken) && hm_get(&p->names, p->s + x, y - x, &v)) ||
           (hm_get(&p->names, p->s + x, y - x, &v) && spk_known_person(p->doc, p->s, x, y));
}

/* Who speaks the unlabelled text before the first cue. The header's first person,
 * as a rule; but not when the first cue names that person (what comes before it is
 * someone else's: an introduction, a summary), and nobody when the body reports
 * speech in the third person ("Tom Hale, for the Observatory, said …"): a summary is
 * the narrator's. */
/* Whether s[a, b) has the word sur[0, sl) (three letters or more) as a word; with
 * titled, only after a capitalised word ("Governor Ann Roe was", "Ms Roe said"): a
 * mention in the third person. names_surname asks it for the surname of the person
 * called name. */
static int names_word(const char *s, size_t a, size_t b, const char *sur, size_t sl, int titled)
{
    if (sl < 3)
        return 0;
    for (size_t x = a; x + sl <= b; x++) {
        if (strncmp(s + x, sur, sl) != 0 || (x > a && isalpha((unsigned char)s[x - 1])) ||
            (x + sl < b && isalpha((unsigned char)s[x + sl])))
            continue;
        if (!titled)
            return 1;
        /* ("Okafor's "The Long Room" runs …", "Okoro's new novel": the surname opening
         * the paragraph as a work's owner, before its title or a new work; not
         * "Okoro's a common name", nor a verb after it, which may be a noun's, "Cash
         * returns to shareholders …", or the speaker's own of themselves, "Ibrahimovic
         * talks with his feet", "Berg is …") */
        if (x == a && x + sl < b) {
            static const char *const owner[] = {"'s ", "\xE2\x80\x99s "};
            static const char *const works[] = {"new ", "latest ", "debut ", "first ", "second ", "next ", "book ",
                                                "novel ", "film ", "play ", "album ", "exhibition ", "show ",
                                                "collection ", "memoir ", "production ", "tour "};
            for (size_t k = 0; k < sizeof owner / sizeof *owner; k++) {
                size_t kl = strlen(owner[k]), t = x + sl + kl;
                if (t >= b || memcmp(s + x + sl, owner[k], kl) != 0)
                    continue;
                if (s[t] == '"' || isupper((unsigned char)s[t]) || (t + 3 <= b && memcmp(s + t, "\xE2\x80\x9C", 3) == 0))
                    return 1;
                for (size_t q = 0; q < sizeof works / sizeof *works; q++)
                    if (starts_with_ci(s + t, b - t, works[q]))
                        return 1;
            }
        }
        if (x == a || s[x - 1] != ' ')
            continue;
        size_t w = x - 1;
        while (w > a && s[w - 1] != ' ')
            w--;
        if (w < x - 1 && isupper((unsigned char)s[w]))
            return 1;
    }
    return 0;
}

static int names_surname(const char *s, size_t a, size_t b, const char *name, int titled)
{
    if (!name)
        return 0;
    const char *sur = strrchr(name, ' ');
    sur = sur ? sur + 1 : name;
    return names_word(s, a, b, sur, strlen(sur), titled);
}

/* Whether s[a, b) speaks of someone by their office, in the third person: "The Holy
 * Father has accepted …", "… the Prime Minister said". */
static int names_role(const char *s, size_t a, size_t b, const char *role)
{
    size_t n = role ? strlen(role) : 0;
    if (n < 4)
        return 0;
    for (size_t x = a; x + 4 + n <= b; x++)
        if ((strncmp(s + x, "The ", 4) == 0 || strncmp(s + x, "the ", 4) == 0) && (x == a || s[x - 1] == ' ') &&
            strncmp(s + x + 4, role, n) == 0 && (x + 4 + n == b || !isalpha((unsigned char)s[x + 4 + n])))
            return 1;
    return 0;
}

/* The header's first person who does not ask: who speaks unlabelled text; or NULL. */
static const st_person *default_person(const hd_doc *d)
{
    for (size_t k = 0; k < d->npeople; k++)
        if (!d->people[k].asks)
            return &d->people[k];
    return NULL;
}

/* Whether s[a, b) names the person who speaks unlabelled text by surname. */
static int names_default(parser *p, size_t a, size_t b)
{
    const st_person *who = default_person(p->doc);
    if (who && !who->name && who->role && *who->role) {
        /* (one known by an office alone: "The Foreign Secretary was interviewed …") */
        size_t rl = strlen(who->role);
        for (size_t x = a; x + 4 + rl <= b; x++)
            if ((strncmp(p->s + x, "The ", 4) == 0 || strncmp(p->s + x, "the ", 4) == 0) &&
                (x == a || p->s[x - 1] == ' ' || p->s[x - 1] == '\n') && strncmp(p->s + x + 4, who->role, rl) == 0 &&
                (x + 4 + rl == b || !isalpha((unsigned char)p->s[x + 4 + rl])))
                return 1;
        /* (or as a title before the name: "asked Superintendent Monica Reyes to …"; not
         * in a paragraph of the person's own, "I served under Minister Ana Ruiz") */
        int own = b - a < 4000 ? first_person(p->s, a, b) : 1;
        for (size_t x = a; x + rl + 2 <= b && !own; x++)
            if ((x == a || p->s[x - 1] == ' ') && strncmp(p->s + x, who->role, rl) == 0 && p->s[x + rl] == ' ') {
                size_t na = x + rl + 1, ne = na, words = 0;
                while (ne < b && isupper((unsigned char)p->s[ne])) {
                    size_t w = ne;
                    while (w < b && isalpha((unsigned char)p->s[w]))
                        w++;
                    if (w < b && p->s[w] != ' ')
                        break;
                    ne = w;
                    words++;
                    if (ne < b && p->s[ne] == ' ')
                        ne++;
                }
                while (ne > na && p->s[ne - 1] == ' ')
                    ne--;
                if (words >= 2 && name_only(p->s, na, ne))
                    return 1;
            }
        return 0;
    }
    return who && names_surname(p->s, a, b, who->name, 0);
}


/* Whether the body's first paragraph, from line f0, is a speaker's own opening: a
 * greeting, then their own words ("Good morning. Today I'm setting out our plan"),
 * with no one named in the third person ("The Prime Minister will speak first"). In
 * a briefing, before the briefer's own first label at line `cue`, a greeting and news
 * with no "I" ("Good afternoon. More than 4,200 trucks have entered Gaza." before
 * "Spokesman: Edie?") are the briefer's too, unless what comes before the label hosts
 * them: welcomes, introduces, or names them ("Karine will take questions", "Here is
 * the Press Secretary"). */
static int own_opening(parser *p, size_t f0, size_t cue)
{
    const char *s = p->s;
    size_t pe = f0;
    while (pe < p->nlines && !line_blank(p, pe))
        pe++;
    if (pe == f0)
        return 0;
    size_t a = p->lines[f0].start, b = p->lines[pe - 1].end;
    /* (or a salutation: "My dear countrymen, namaskar.") */
    if (!(greeting(s, a, b) || salutation(s, a, p->lines[f0].end) || starts_with_ci(s + a, b - a, "My dear ") ||
          starts_with_ci(s + a, b - a, "My fellow ")))
        return 0;
    if (person_words(s, a, b, 1)) {
        static const char *const third[] = {"The ", " the ", "Mr ", "Mr. ", "Ms ", "Ms. ", "Mrs ", "Dr "};
        for (size_t k = 0; k < sizeof third / sizeof *third; k++) {
            size_t n = strlen(third[k]);
            for (size_t x = a; x + n < b; x++)
                if (strncmp(s + x, third[k], n) == 0 && isupper((unsigned char)s[x + n]))
                    return 0;
        }
        return 1;
    }
    const hd_doc *d = p->doc;
    if (!d->kind || !find_ci(d->kind, 0, strlen(d->kind), "briefing") || cue <= f0)
        return 0;
    const st_person *who = default_person(d);
    if (!who)
        return 0;
    b = p->lines[cue - 1].end;
    static const char *const hosting[] = {"welcome", "join", "introduc", "with us", "pleased to", "the floor",
                                          "hand over", "turn it over", "over to", "here is", "here's"};
    for (size_t h = 0; h < sizeof hosting / sizeof *hosting; h++)
        if (find_ci(s, a, b, hosting[h]))
            return 0;
    /* (their first name too: "Karine will take questions") */
    const char *first = who->name ? who->name : "";
    return !names_word(s, a, b, first, strcspn(first, " "), 0) && !names_surname(s, a, b, who->name, 0) &&
           !names_role(s, a, b, who->role);
}

static void settle_default(parser *p, size_t from)
{
    const char *s = p->s;
    hd_doc *d = p->doc;
    if (p->transcript) {
        for (size_t i = next_content(p, from); i < p->nlines; i = next_content(p, i + 1)) {
            size_t a, b;
            line_span(p, i, &a, &b);
            spk_cue c;
            if ((spk_read_cue(s, a, b, &c) && (c.strong || p->transcript)) || name_cue(p, a, b, &c)) {
                size_t f0 = next_content(p, from);
                if (i > f0 && spk_cue_is_default(d, &c) && !own_opening(p, f0, i))
                    p->speaker = -1;
                /* an introduction that names the person in the third person ("Mayor
                 * Inès Castillo has run Porto Verde since 2021.") is the narrator's: its
                 * first paragraph tells */
                size_t pe = f0;
                while (pe < p->nlines && !line_blank(p, pe))
                    pe++;
                if (i > f0 && p->speaker != -1 && names_default(p, p->lines[f0].start, p->lines[pe - 1].end))
                    p->speaker = -1;
                /* nor is a record's opening ("The Senate met at 2 p.m., the Speaker in the
                 * chair.") under a header that names its people in lines, not a byline (a
                 * council's members, "Members: Algeria Mr. Benaissa"):
                 * no one's own words, no greeting; short too: "The agenda was adopted.") */
                /* (but a spokesperson's news before the first question, in a briefing
                 * the title names them giving: "At the invitation of …, … will visit
                 * China." over "CCTV: What is China's expectation?") */
                size_t fa = p->lines[f0].start, fb = p->lines[pe - 1].end;
                const st_person *dp = default_person(d);
                int news = c.kind == CUE_QUESTION && d->kind &&
                           (find_ci(d->kind, 0, strlen(d->kind), "briefing") ||
                            find_ci(d->kind, 0, strlen(d->kind), "press conference")) &&
                           dp && dp->role && spk_role_word_in(dp->role, 0, strlen(dp->role), 0) && s[fa] != '(' &&
                           s[fa] != '[';
                if (i > f0 && p->speaker != -1 && !d->byline && !first_person(s, fa, fb) && !greeting(s, fa, fb) &&
                    !salutation(s, p->lines[f0].start, p->lines[f0].end) && txt_words(s, fa, fb) >= 3 && !news)
                    p->speaker = -1;
                return;
            }
        }
        return;
    }
    static const char *const reporting[] = {" said", " told ", " noted", " stressed", " added",
                                            " explained", "according to", " urged", " warned",
                                            "Responding to", "Asked ", " underlined", " recalled",
                                            " says.", " says,", " announced", " welcomed", " confirmed"};
    size_t first = 0, reported = 0, paragraphs = 0, singular = 0, self_said = 0;
    int open_q = 0;    /* the paragraph before left a quotation open */
    int opens_own = 0; /* the body opens in a speaker's own voice: a greeting, a
                        * salutation, or a first paragraph in the first person */
    int opens_greeting = 0; /* (a greeting or a salutation) */
    size_t opening = next_content(p, from);
    for (size_t i = opening; i < p->nlines && paragraphs < 12; i = next_content(p, i + 1)) {
        size_t a, b;
        line_span(p, i, &a, &b);
        /* "[Music plays as she walks to the stage]": no one's words; what follows opens */
        if (is_stage(s, a, b) && (s[a] == '[' || s[a] == '(')) {
            if (i == opening)
                opening = next_content(p, i + 1);
            continue;
        }
        if (i == opening)
            opens_own = opens_greeting = greeting(s, a, b) || salutation(s, a, b);
        /* "Anja Lindqvist, Head of Delegation:" over a quotation: someone quoted */
        size_t nx = next_content(p, i + 1);
        if (b > a && s[b - 1] == ':' && nx < p->nlines && nx > i + 1 &&
            (s[p->lines[nx].start] == '"' || (p->lines[nx].end - p->lines[nx].start >= 3 &&
                                             memcmp(s + p->lines[nx].start, "\xE2\x80\x9C", 3) == 0))) {
            reported++;
            continue;
        }
        /* a quotation's next paragraphs ("… we are running out of boats.\"") are the
         * quoted person's words, not the text's own "we" */
        int inside = open_q;
        open_q = open_q ? !open_quote_close(s, a, b) : open_at_end(s, a, b) != SIZE_MAX;
        if (txt_words(s, a, b) < 8) {
            /* (short, yet it reports the header's person: "Councillor Banda said: \"I
             * am delighted.\"") */
            if (!inside && (find_ci(s, a, b, " said") || find_ci(s, a, b, " says")) && names_default(p, a, b))
                self_said++;
            continue;
        }
        paragraphs++;
        int own = !inside && first_person(s, a, b);
        first += own;
        singular += own && person_words(s, a, b, 1);
        if (paragraphs == 1)
            opens_own |= own;
        for (size_t k = 0; k < sizeof reporting / sizeof *reporting; k++) {
            size_t n = strlen(reporting[k]);
            int hit = 0;
            for (size_t x = a; x + n <= b && !hit; x++)
                hit = strncmp(s + x, reporting[k], n) == 0;
            if (hit) {
                reported++;
                /* the header's own person reported ("Councillor Banda said:") */
                self_said += !inside && names_default(p, a, b);
                break;
            }
        }
    }
    /* an announcement about the person the header names, not theirs: its first
     * paragraph names them in the third person ("Club Statement: Marco Tellini" over
     * "… confirm that head coach Marco Tellini has left the club.") */
    size_t oe = opening;
    while (oe < p->nlines && !line_blank(p, oe))
        oe++;
    /* (not an interview's first question, "Madame Lagarde, has the ECB won?") */
    size_t oa = p->lines[opening < p->nlines ? opening : 0].start, ob = oe > opening ? p->lines[oe - 1].end : oa;
    /* (nor a dateline's introduction over their words: "Senator Alvarez released the
     * following statement" over "I thank my colleagues") */
    /* (the club's own "us" later is its voice, not the person's: "… led us to
     * promotion"; his "I" would be his) */
    int about = oe > opening && !opens_greeting && singular == 0 && !person_words(s, oa, ob, 1) &&
                !memchr(s + oa, '?', ob - oa) && names_default(p, oa, ob);
    /* (one paragraph that reports the header's person is enough: "Statement from
     * Councillor Ruth Banda" over "Councillor Banda said: \"…\"" is a release about her,
     * and her words are the quotation's) */
    /* (nor, with no byline, a body in the third person that reports anyone: "Housing
     * Minister Euan MacLeod said: …" under "From: First Minister", the office that
     * issued a release; "Statement by …" over the same is the person's) */
    if ((first == 0 && (reported >= 2 || self_said > 0 || (reported && !d->byline))) || about)
        d->narrated = 1;
    /* remarks that open in the first person, someone's ("I", not only an
     * organisation's "we"), under a header that names no one ("Remarks at the Harbour
     * Forum") or with no header at all: someone speaks them, not the narrator */
    else if (opens_own && singular > 0 && first >= reported)
        p->own_voice = 1;
}

/* "LEI: 213800ABCDEF12345678", "ISIN: GB00B03MLX29": a label and a code (one word
 * with four figures or more), an identifier read where it stands, never a heading. */
static int code_field(const char *s, size_t a, size_t b)
{
    const char *colon = memchr(s + a, ':', b - a < 30 ? b - a : 30);
    if (!colon)
        return 0;
    size_t v = skip_spaces(s, (size_t)(colon - s) + 1, b), digits = 0;
    if (v >= b || memchr(s + v, ' ', b - v))
        return 0;
    for (size_t x = v; x < b; x++)
        digits += isdigit((unsigned char)s[x]) != 0;
    return digits >= 4;
}

/* "Ladies and gentlemen", "Excellencies": a speech's salutation on a line of its own,
 * with or without its comma: the speaker's first words, never a heading. */
static int bare_salutation(const char *s, size_t a, size_t b)
{
    static const char *const forms[] = {"Ladies and gentlemen", "Ladies and Gentlemen", "Excellencies",
                                        "Your Excellencies", "Your Excellency", "Distinguished guests",
                                        "Mesdames et messieurs", "Mesdames, messieurs", "Señoras y señores"};
    if (salutation(s, a, b))
        return 1;
    for (size_t k = 0; k < sizeof forms / sizeof *forms; k++)
        if (b - a >= strlen(forms[k]) && u8_ncasecmp(s + a, forms[k], strlen(forms[k])) == 0 &&
            txt_words(s, a, b) <= 8 && !ends_with_terminal(s, a, b))
            return 1;
    return 0;
}

/* "Amna Nawaz:" alone over her first turn, before any turn was heard: a name's label
 * with nothing after its colon, said again further on or followed within a few
 * paragraphs by another speaker's label (a transcript's way), not a heading. */
static int label_over_turn(parser *p, size_t i, size_t a, size_t b)
{
    const char *s = p->s;
    spk_cue c;
    if (b <= a || s[b - 1] != ':' || !spk_read_cue(s, a, b, &c) || c.kind != CUE_NAMED || c.text_start < b)
        return 0;
    if (line_again(p, i, a, b))
        return 1;
    size_t k = next_content(p, i + 1);
    for (int n = 0; n < 4 && k < p->nlines; n++, k = next_content(p, k + 1)) {
        size_t x, y;
        line_span(p, k, &x, &y);
        spk_cue o;
        if (y > x && s[y - 1] == ':' && spk_read_cue(s, x, y, &o) && o.text_start >= y && o.strong)
            return 1;
    }
    return 0;
}

/* "Questions by MR LAWSON KC", "Examined by Ms Ruiz", "Cross-examined by MR HALE":
 * where the examiner's name starts, or 0. */
static size_t examined_by(const char *s, size_t a, size_t b)
{
    static const char *const forms[] = {"Questions by ", "Questioned by ", "Examined by ", "Examination by ",
                                        "Cross-examined by ", "Cross-examination by ", "Re-examined by ",
                                        "Re-examination by ", "Further questions by "};
    for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) {
        size_t l = strlen(forms[k]);
        if (b - a > l + 2 && u8_ncasecmp(s + a, forms[k], l) == 0 && isupper((unsigned char)s[a + l]) &&
            txt_words(s, a + l, b) <= 6 && !ends_with_terminal(s, a, b))
            return a + l;
    }
    return 0;
}

/* "MR DAVID FENN (affirmed)", "Ms Ana Ruiz (sworn)": a witness called, as inquiries'
 * transcripts print it; where the name ends, or 0. */
static size_t witness_line(const char *s, size_t a, size_t b)
{
    /* (or after a comma, as court reporters set it: "MARGUERITE ANNE SOLIS, sworn") */
    static const char *const oaths[] = {"(affirmed)", "(sworn)", "(Affirmed)", "(Sworn)", "(AFFIRMED)", "(SWORN)",
                                        ", sworn", ", affirmed", ", SWORN", ", AFFIRMED"};
    for (size_t k = 0; k < sizeof oaths / sizeof *oaths; k++) {
        size_t l = strlen(oaths[k]);
        int comma = oaths[k][0] == ',';
        if (b - a > l + 4 && memcmp(s + b - l, oaths[k], l) == 0 && (comma || s[b - l - 1] == ' ') &&
            isupper((unsigned char)s[a]) && txt_words(s, a, b - l) <= 6) {
            size_t e = b - l - (comma ? 0 : 1);
            while (e > a && s[e - 1] == ' ')
                e--;
            return e;
        }
    }
    return 0;
}

/* "DIRECT EXAMINATION", "CROSS-EXAMINATION", "REDIRECT EXAMINATION": a court's
 * examination begins (a line of its own, in capitals). */
static int examination_line(const char *s, size_t a, size_t b)
{
    static const char *const kinds[] = {"EXAMINATION", "DIRECT EXAMINATION", "CROSS-EXAMINATION", "CROSS EXAMINATION",
                                        "REDIRECT EXAMINATION", "RECROSS-EXAMINATION", "RECROSS EXAMINATION",
                                        "VOIR DIRE EXAMINATION", "FURTHER DIRECT EXAMINATION",
                                        "FURTHER CROSS-EXAMINATION"};
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
        if (b - a == strlen(kinds[k]) && memcmp(s + a, kinds[k], b - a) == 0)
            return 1;
    return 0;
}

/* Whether a paragraph of prose (two sentences, or one of ten words or more) comes
 * after line `from`. */
static int body_prose_after(parser *p, size_t from)
{
    for (size_t k = next_content(p, from); k < p->nlines; k = next_content(p, k + 1)) {
        size_t a, b;
        line_span(p, k, &a, &b);
        if (ends_with_terminal(p->s, a, b) && txt_words(p->s, a, b) >= 10)
            return 1;
    }
    return 0;
}

/* Body: paragraphs separated by blank lines; inside one, speaker cues, list items,
 * stage directions and end markers start at the beginning of a line, the rest is
 * speech. */
/* A paragraph of a place and a date, or a date alone, in the body (a dateline under
 * a transcript): short lines, no sentence, one of them a date. */
static int place_date_block(parser *p, size_t i, size_t end)
{
    int dated = 0;
    if (end - i > 3)
        return 0;
    for (size_t k = i; k < end; k++) {
        size_t a, b;
        char iso[11];
        line_span(p, k, &a, &b);
        if (txt_words(p->s, a, b) > 6 || (ends_with_terminal(p->s, a, b) && p->s[b - 1] != '.'))
            return 0;
        size_t n = date_iso(p->order, p->s + a, b - a, iso);
        if (n && date_tail(p->s, a + n, b))
            dated = 1;
        else if (ends_with_terminal(p->s, a, b) || !isupper((unsigned char)p->s[a]))
            return 0;
    }
    return dated;
}

/* Whether s[a, b) opens with a quotation mark. */
static int quote_opens(const char *s, size_t a, size_t b)
{
    size_t n = b - a;
    return (n >= 1 && s[a] == '"') || (n >= 2 && memcmp(s + a, "\xC2\xAB", 2) == 0) ||
           (n >= 3 && (memcmp(s + a, "\xE2\x80\x9C", 3) == 0 || memcmp(s + a, "\xE2\x80\x9E", 3) == 0));
}

/* Whether s[a, b) ends in a sentence's mark before its closing quotation mark and
 * spaces (« … la donne. », "… matters."). */
static int quoted_sentence(const char *s, size_t a, size_t b)
{
    size_t e = b;
    while (e > a && (s[e - 1] == ' ' || s[e - 1] == '"' || (unsigned char)s[e - 1] >= 0x80)) {
        if ((unsigned char)s[e - 1] >= 0x80) {
            /* » (C2 BB), ” (E2 80 9D), a no-break space (C2 A0, E2 80 AF) */
            if (e - a >= 2 && ((unsigned char)s[e - 2] == 0xC2 && ((unsigned char)s[e - 1] == 0xBB || (unsigned char)s[e - 1] == 0xA0)))
                e -= 2;
            else if (e - a >= 3 && (memcmp(s + e - 3, "\xE2\x80\x9D", 3) == 0 || memcmp(s + e - 3, "\xE2\x80\xAF", 3) == 0))
                e -= 3;
            else
                break;
        } else
            e--;
    }
    return e > a && (s[e - 1] == '.' || s[e - 1] == '!' || s[e - 1] == '?');
}

/* Whether block k opens with a quotation mark. */
static int opens_quote(const parser *p, size_t k)
{
    return quote_opens(p->s, p->doc->blocks[k].start, p->doc->blocks[k].end);
}

/* A credit line under a quotation, as Canadian and other releases print their
 * "Quotes": one line, a dash or none, a person's name, a comma and an office, no stop
 * ("– Paul-Émile Desrochers, maire de Sherbrooke"), or after a dash the name alone with
 * the office on the line under it, s[oa, ob) (Ontario's "- Bernadette Kwan" / "MPP for
 * Lakeshore North"; oa == ob: none). When the paragraphs before it are a quotation in no one's
 * voice, from its opening mark to its closing one, they become that person's; the
 * lines are added as the narrator's. 1 when it was one. */
/* Whether s[a, b) ends a sentence with its last mark, not an abbreviation's stop
 * ("ThermaCôte Inc.", "Ana Ruiz Jr."). */
static int ends_sentence(const char *s, size_t a, size_t b)
{
    if (!ends_with_terminal(s, a, b))
        return 0;
    if (b - a < 2 || s[b - 1] != '.' || !isalpha((unsigned char)s[b - 2]))
        return 1;
    size_t w = b - 1;
    while (w > a && isalpha((unsigned char)s[w - 1]))
        w--;
    return !seg_abbreviation(s + w, b - 1 - w);
}

/* Whether s[a, b) ends with an abbreviation's stop ("… Voltaris Inc.", "… & Co."),
 * which ends no sentence of a credit. */
static int abbreviation_stop(const char *s, size_t a, size_t b)
{
    if (b < a + 3 || s[b - 1] != '.')
        return 0;
    size_t w = b - 1;
    while (w > a && isalpha((unsigned char)s[w - 1]))
        w--;
    return w < b - 1 && (w == a || s[w - 1] == ' ') && seg_abbreviation(s + w, b - 1 - w) != 0;
}

static int credit_line(parser *p, size_t a, size_t b, size_t oa, size_t ob)
{
    const char *s = p->s;
    hd_doc *d = p->doc;
    if (!d->nblocks || (ends_sentence(s, a, b) && !abbreviation_stop(s, a, b)) || txt_words(s, a, b) > 24 || b - a > 240 ||
        (oa < ob && (ends_with_terminal(s, oa, ob) || txt_words(s, oa, ob) > 16)))
        return 0;
    const st_block *last = &d->blocks[d->nblocks - 1];
    /* the quotation before it ends with its closing mark */
    size_t le = last->end;
    while (le > last->start && (s[le - 1] == ' ' || s[le - 1] == '.'))
        le--;
    int closed = (le >= 1 && s[le - 1] == '"') || (le >= 2 && memcmp(s + le - 2, "\xC2\xBB", 2) == 0) ||
                 (le >= 3 && memcmp(s + le - 3, "\xE2\x80\x9D", 3) == 0);
    if (!closed || last->kind != ST_SPEECH || last->speaker >= 0)
        return 0;
    /* the dash before the name */
    size_t x = a + txt_dash_len(s, a, b);
    while (x < b && s[x] == ' ')
        x++;
    /* (with no dash, the line under the name must be an office: "The Honourable
     * Mireille Tremblay" / "Minister of Energy") */
    int titled_only = oa < ob && x == a && !spk_office_line(s, oa, ob); /* (then "Chief Darren Paul": a title) */
    if ((oa == ob && !memchr(s + x, ',', b - x)) || x >= b || !txt_starts_upper(s + x, b - x))
        return 0;
    /* the opening of the quotation, at most twelve blocks back, all in no one's voice */
    size_t first = d->nblocks, k = d->nblocks;
    while (k > 0 && d->nblocks - k < 12) {
        k--;
        const st_block *bk = &d->blocks[k];
        if (bk->kind != ST_SPEECH || bk->speaker >= 0 || bk->header)
            break;
        if (opens_quote(p, k)) {
            first = k;
            break;
        }
    }
    if (first == d->nblocks)
        return 0;
    /* (a quotation of several paragraphs opens each with its mark and closes only the
     * last: the paragraphs before, open and unclosed, are the same person's) */
    while (first > 0 && d->nblocks - first < 12) {
        const st_block *bk = &d->blocks[first - 1];
        size_t be = bk->end;
        while (be > bk->start && (s[be - 1] == ' ' || s[be - 1] == '\r'))
            be--;
        int shut = (be >= 1 && s[be - 1] == '"') || (be >= 3 && memcmp(s + be - 3, "\xE2\x80\x9D", 3) == 0);
        /* (still open at its end: its marks odd in number, not '"Safe Hands" is the
         * name of the campaign', a name quoted in the narrator's sentence) */
        size_t marks = 0;
        for (size_t m = bk->start; m < be; m++)
            marks += s[m] == '"' || (m + 3 <= be && (memcmp(s + m, "\xE2\x80\x9C", 3) == 0 ||
                                                     memcmp(s + m, "\xE2\x80\x9D", 3) == 0));
        if (bk->kind != ST_SPEECH || bk->speaker >= 0 || bk->header || shut || marks % 2 == 0)
            break;
        if (!opens_quote(p, first - 1))
            break;
        first--;
    }
    sb t = {0};
    sb_putn(&t, s + x, b - x);
    if (oa < ob) {
        sb_puts(&t, ", ");
        sb_putn(&t, s + oa, ob - oa);
    }
    char *text = sb_take(&t), *role = NULL, *name = NULL;
    if (!text) {
        p->st = HD_ERR_NOMEM;
        return 0;
    }
    hd_status st = spk_split_person(text, &role, &name);
    free(text);
    if (st == HD_OK && titled_only) {
        char *r1 = NULL, *n1 = NULL, *line = xstrndup(s + x, b - x);
        st = line ? spk_split_person(line, &r1, &n1) : HD_ERR_NOMEM;
        titled_only = !(r1 && n1);
        free(line);
        free(r1);
        free(n1);
    }
    int who = -1;
    if (st == HD_OK && name && !txt_has_lower(name, 1) && strchr(name, ' ') && !titled_only)
        st = spk_person(d, name, role, &who);
    free(role);
    free(name);
    if (st != HD_OK) {
        p->st = st;
        return 0;
    }
    if (who < 0)
        return 0;
    for (k = first; k < d->nblocks; k++) {
        d->blocks[k].speaker = who;
        d->blocks[k].quoted = 1;
    }
    add_block(p, ST_META, a, b, -1, 0);
    if (oa < ob)
        add_block(p, ST_META, oa, ob, -1, 0);
    return 1;
}

/* A judge's signature line as Indian and other courts print it: a run of dots, then
 * "J." or "CJ." (".......................J."), or a name in capitals in brackets
 * under one ("[SURYA PRAKASH MENON]"). */
static int bench_signature(parser *p, size_t a, size_t b)
{
    const char *s = p->s;
    size_t dots = 0;
    while (a + dots < b && (s[a + dots] == '.' || (unsigned char)s[a + dots] == 0xE2))
        dots += s[a + dots] == '.' ? 1 : 3; /* "…" is E2 80 A6 */
    if (dots >= 5) {
        size_t x = a + dots;
        while (x < b && s[x] == ' ')
            x++;
        return b - x <= 4 && (b == x || strchr("JCI", s[x]));
    }
    if (b - a < 4 || s[a] != '[' || s[b - 1] != ']' || txt_has_lower(s + a, b - a) || txt_words(s, a, b) > 6)
        return 0;
    const hd_doc *d = p->doc;
    if (!d->nblocks || d->blocks[d->nblocks - 1].kind != ST_META)
        return 0;
    const st_block *k = &d->blocks[d->nblocks - 1];
    return k->end - k->start >= 5 && s[k->start] == '.' && s[k->start + 1] == '.';
}

/* A signature as French and other European offices print it: two to four words, a
 * first name and a surname in capitals ("Emmanuel MACRON", "Ursula VON DER LEYEN"),
 * nothing else. */
/* Whether lines [i, end) are a sign-off: a person's name (in capitals too), short
 * lines of office that end no sentence, and a date alone last; its date in iso. */
/* Past the dash a signature may open with ("— Jonathan Reeve", as posts sign). */
static size_t signer_start(const char *s, size_t a, size_t b)
{
    /* (and a bishop's cross before the name: "+Samuel K. Osei", "✠ Samuel", "†Samuel") */
    if (b - a > 2 && s[a] == '+' && (isupper((unsigned char)s[a + 1]) || s[a + 1] == ' '))
        return skip_spaces(s, a + 1, b);
    if (b - a > 4 && (memcmp(s + a, "\xE2\x9C\xA0", 3) == 0 || memcmp(s + a, "\xE2\x80\xA0", 3) == 0))
        return skip_spaces(s, a + 3, b);
    if (b - a > 4 && (memcmp(s + a, "\xE2\x80\x94 ", 4) == 0 || memcmp(s + a, "\xE2\x80\x93 ", 4) == 0))
        return skip_spaces(s, a + 4, b);
    if (b - a > 3 && (memcmp(s + a, "-- ", 3) == 0 || memcmp(s + a, "- ", 2) == 0))
        return skip_spaces(s, a + 2, b);
    return a;
}

static int signoff_block(parser *p, size_t i, size_t end, char iso[11])
{
    const char *s = p->s;
    size_t a, b;
    line_span(p, end - 1, &a, &b);
    /* (the post's counts under it are chrome: "1.2K Reposts 340 Quotes") */
    while (end > i + 2 && is_chrome(s, a, b))
        line_span(p, --end - 1, &a, &b);
    while (b > a && s[b - 1] == '.')
        b--;
    /* (or a post's time and date: "12:47 PM · Mar 3, 2024") */
    size_t n = date_iso(p->order, s + a, b - a, iso);
    if ((!n || skip_spaces(s, a + n, b) != b) && !(isdigit((unsigned char)s[a]) && fields_date(p, a, b, iso)))
        return 0;
    line_span(p, i, &a, &b);
    a = signer_start(s, a, b);
    char *t = txt_has_lower(s + a, b - a) ? txt_clean(s, a, b) : spk_title_case(s + a, b - a);
    int person = t && name_only(t, 0, strlen(t)) && txt_words(s, a, b) >= 2;
    free(t);
    if (!person)
        return 0;
    for (size_t k = i + 1; k + 1 < end; k++) {
        line_span(p, k, &a, &b);
        if (txt_words(s, a, b) > 8 || ends_with_terminal(s, a, b) || s[a] == '"')
            return 0;
    }
    return 1;
}

/* Whether s[a, b), ending in a stop and not a name, is a sentence rather than a
 * signature's line: over three words, or a word in lower case other than "of", "the"
 * ("Minister of State." signs; "The library opened." under "SOUTH WARD" does not). */
static int signed_sentence(const char *s, size_t a, size_t b)
{
    size_t words = txt_words(s, a, b);
    return words > 3 || (words >= 2 && !title_words(s, a, b - 1));
}

/* Whether the lines from i to the statement's end are signatures: a person's name
 * (in capitals too) first, then only short lines that end no sentence, in at most
 * three blocks ("KARIN M. HALVORSEN" / "Governor" / "By the Governor:" / "DAVID R.
 * OKAFOR" / "Secretary of State": an order signed and attested). */
static int signatures_to_end(parser *p, size_t i)
{
    const char *s = p->s;
    size_t a, b, lines = 0, blocks = 1;
    line_span(p, i, &a, &b);
    a = signer_start(s, a, b);
    char *t = txt_has_lower(s + a, b - a) ? txt_clean(s, a, b) : spk_title_case(s + a, b - a);
    int person = t && name_only(t, 0, strlen(t)) && txt_words(s, a, b) >= 2 && txt_words(s, a, b) <= 5;
    free(t);
    if (!person)
        return 0;
    for (size_t k = i; k < p->nlines; k++) {
        if (line_blank(p, k)) {
            blocks += k + 1 < p->nlines && !line_blank(p, k + 1);
            continue;
        }
        line_span(p, k, &a, &b);
        if (++lines > 12 || blocks > 3 || txt_words(s, a, b) > 8 ||
            (ends_with_terminal(s, a, b) && s[b - 1] != '.' && s[b - 1] != ':') ||
            s[a] == '"' || (s[b - 1] == '.' && !name_only(s, a, b - 1) && signed_sentence(s, a, b)))
            return 0;
    }
    return lines >= 2;
}

static int signature_line(const char *s, size_t a, size_t b)
{
    size_t words = 0, caps = 0, mixed = 0;
    for (size_t k = a; k < b;) {
        while (k < b && s[k] == ' ')
            k++;
        size_t e = k;
        while (e < b && s[e] != ' ')
            e++;
        if (e == k)
            break;
        words++;
        int upper_first = txt_starts_upper(s + k, e - k), lower = txt_has_lower(s + k, e - k);
        for (size_t q = k; q < e; q++)
            if (isdigit((unsigned char)s[q]) || s[q] == '.' || s[q] == ',' || s[q] == ':' || s[q] == '(')
                return 0;
        if (!upper_first)
            return 0;
        if (!lower && e - k >= 2) {
            /* the surname, after the first names; no acronym ("Thank You NATO") */
            if (data_word_line("en/acronyms.txt", s + k, e - k, 0, DATA_ANYWHERE))
                return 0;
            caps++;
        } else if (lower) {
            if (caps || data_has_line("en/detect.txt", s + k, e - k))
                return 0;
            mixed++;
        }
        k = e;
    }
    return words >= 2 && words <= 4 && caps >= 1 && mixed >= 1;
}

/* From line k to the end, only a footer: at most 16 lines, each of at most 12 words,
 * none a sentence of prose (a field or an address may end in a stop). */
/* An end marker that says so ("ENDS", "-30-", "###", "END OF TRANSCRIPT"), not a
 * separator ("* * *", which may part a speech): what follows it (notes to editors, a
 * company's boilerplate) is the publisher's, however it reads. */
static int ends_release(const char *s, size_t a, size_t b)
{
    for (size_t x = a; x + 3 <= b; x++)
        if (u8_ncasecmp(s + x, "end", 3) == 0 || memcmp(s + x, "###", 3) == 0 || memcmp(s + x, "-30-", 3) == 0)
            return 1;
    return 0;
}

static int footer_follows(parser *p, size_t k)
{
    size_t lines = 0;
    for (k = next_content(p, k); k < p->nlines; k = next_content(p, k + 1)) {
        size_t a, b, v;
        int holds;
        line_span(p, k, &a, &b);
        if (++lines > 16 || txt_words(p->s, a, b) > 12)
            return 0;
        /* (a lead-in to the contacts too: "For more information and media requests,
         * please contact:") */
        if (ends_with_terminal(p->s, a, b) && !field_at(p->s, a, b, &v, &holds) && !contact_label(p->s, a, b) &&
            !memchr(p->s + a, '@', b - a) && !(p->s[b - 1] == ':' && find_ci(p->s, a, b, "contact")))
            return 0;
    }
    return lines > 0;
}

/* Where a byline's date starts ("By Mateo Arce, 3 February 2025"): at its comma, or
 * the byline's end when it has none; the date as ISO in iso when it has. */
static size_t byline_date(const parser *p, const char *by, char iso[11])
{
    size_t n = strlen(by);
    const char *cm = strrchr(by, ',');
    iso[0] = '\0';
    if (!cm || cm[1] != ' ')
        return n;
    size_t at = (size_t)(cm - by) + 2, dn = date_iso(p->order, by + at, n - at, iso);
    if (!dn || at + dn != n) {
        iso[0] = '\0';
        return n;
    }
    return (size_t)(cm - by);
}

/* The body's chapter, named by the statement's kind ("Statement" without one; a kind
 * in capitals, "COMMUNIQUÉ DE PRESSE", as data/en/kinds.txt writes it). 0, or -1 when
 * memory ran out. */
static int open_body_chapter(parser *p, int plain)
{
    hd_doc *d = p->doc;
    const char *t = data_say(plain ? "Text" : d->kind ? d->kind : "Statement");
    size_t tl = strlen(t);
    const char *line;
    size_t len;
    if (d->kind && !txt_has_lower(t, tl) && data_field_lines("en/kinds.txt", t, tl, 1, &line, &len, 1))
        t = line;
    return add_chapter(p, t, tl) != 0 ? -1 : 0;
}

/* A magazine's interview with no labels: two questions or more in bold paragraphs, the
 * byline's journalist asking, and the person the header's deck names ("Energy Minister
 * Tove Almqvist-Harju on permitting reform") answering. */
static void bold_interview(parser *p, size_t from)
{
    const char *s = p->s;
    hd_doc *d = p->doc;
    int mark = emph_questions(p);
    size_t questions = 0;
    for (size_t i = next_content(p, from); i < p->nlines && mark > 0; i = next_content(p, i + 1)) {
        size_t a, b;
        line_span(p, i, &a, &b);
        if ((i == 0 || line_blank(p, i - 1)) && emph_paragraph(s, a, b) == mark && memchr(s + a, '?', b - a))
            questions++;
    }
    if (questions < 2)
        return;
    /* who answers: a header line "Role Name on …" */
    char *role = NULL, *name = NULL;
    for (size_t k = 0; k < d->nblocks && !name && p->st == HD_OK; k++) {
        const st_block *bk = &d->blocks[k];
        if (!bk->header || bk->kind == ST_BYLINE)
            continue;
        const char *on = NULL;
        for (size_t x = bk->start; x + 4 < bk->end && !on; x++)
            if (strncmp(s + x, " on ", 4) == 0)
                on = s + x;
        /* or a title that says with whom: "'We cannot wait': an interview with
         * Minister Ana Ruiz", "In conversation with Ana Ruiz" */
        size_t at = bk->start, to = on ? (size_t)(on - s) : 0;
        static const char *const talks[] = {"interview with ", "conversation with ", "q&a with ",
                                            "talking with ", "talks with ", "speaks with "};
        for (size_t q = 0; !on && q < sizeof talks / sizeof *talks; q++)
            for (size_t x = bk->start; x + strlen(talks[q]) < bk->end && !on; x++)
                if ((x == bk->start || s[x - 1] == ' ') && u8_ncasecmp(s + x, talks[q], strlen(talks[q])) == 0) {
                    on = s + x;
                    at = x + strlen(talks[q]);
                    to = bk->end;
                    for (size_t y = at; y < bk->end; y++)
                        if (s[y] == ':' || s[y] == '(' || strncmp(s + y, " on ", 4) == 0 ||
                            strncmp(s + y, " about ", 7) == 0) {
                            to = y;
                            break;
                        }
                }
        /* or a newspaper's headline, the person and a quotation of theirs:
         * "Marguerite Olsen: 'I never wanted to be a politician'" */
        if (!on && bk->kind == ST_TITLE) {
            const char *colon = memchr(s + bk->start, ':', bk->end - bk->start);
            size_t c = colon ? (size_t)(colon - s) : bk->end, q = skip_spaces(s, c + 1, bk->end);
            if (colon && q < bk->end && (s[q] == '\'' || is_open_quote(s, q, bk->end)) &&
                txt_words(s, bk->start, c) >= 2 && txt_words(s, bk->start, c) <= 4 && name_only(s, bk->start, c)) {
                on = colon;
                at = bk->start;
                to = c;
            }
        }
        if (!on)
            continue;
        char *t = txt_clean(s, at, to);
        free(role);
        role = NULL;
        if (!t || spk_split_person(t, &role, &name) != HD_OK)
            p->st = HD_ERR_NOMEM;
        else if (name && !strchr(name, ' ')) {
            free(name);
            name = NULL;
        }
        free(t);
    }
    const char *by = d->byline;
    size_t bl = by ? spk_by_word(by, strlen(by)) : 0;
    /* (a byline "with the Mayor" names who answers, not who asks) */
    if (bl && starts_with_ci(by, strlen(by), "with "))
        bl = 0;
    /* (without the byline's date: "By Mateo Arce, 3 February 2025"; nor its stop) */
    char iso[11], *who = NULL;
    if (by && bl && !(who = xstrndup(by + bl, byline_date(p, by + bl, iso))))
        p->st = HD_ERR_NOMEM;
    for (size_t wl = who ? strlen(who) : 0;
         wl > 0 && who[wl - 1] == '.' && !(wl >= 2 && isupper((unsigned char)who[wl - 2])); wl--)
        who[wl - 1] = '\0';
    /* (or the byline says with whom: "Interview" / "with the Mayor") */
    if (!name && !role && by && starts_with_ci(by, strlen(by), "with ") && p->st == HD_OK &&
        spk_split_person(by + 5, &role, &name) != HD_OK)
        p->st = HD_ERR_NOMEM;
    if (name && p->st == HD_OK && !strchr(name, ' ')) {
        free(name);
        name = NULL;
    }
    /* "Interview with the Mayor": an office and no name, who answers */
    if (!name && role && p->st == HD_OK)
        p->st = spk_person(d, NULL, role, &p->bold_answerer);
    /* no one named so in an interview: its interviewee, unnamed ("Coastal plan:
     * questions and answers" / "By Tom Hale") */
    if (!name && p->bold_answerer < 0 && p->st == HD_OK && d->kind &&
        (equals_ci(d->kind, strlen(d->kind), "Interview") || equals_ci(d->kind, strlen(d->kind), "Q&A")))
        p->st = spk_person(d, NULL, "Interviewee", &p->bold_answerer);
    if (name && p->st == HD_OK)
        p->st = spk_person(d, name, role, &p->bold_answerer);
    if (p->st == HD_OK && p->bold_answerer >= 0)
        p->st = spk_interviewer(d, who, &p->bold_asker);
    free(who);
    if (p->st != HD_OK || p->bold_answerer < 0)
        p->bold_asker = -1;
    else
        p->speaker = -1; /* the introduction before the first question: the narrator's */
    free(role);
    free(name);
}

/* A label for a voice that breaks into a speech: 2 for a cry, a heckler's, the
 * floor's, the crowd's, or anyone's "(from the floor)", "(chanting)"; 1 for one of
 * the hall, an audience member, a delegate, a member of the public, who may speak at
 * length where a transcript gives the floor ("AUDIENCE MEMBER: Thank you, Mayor. …");
 * else 0. */
static int interjection(const char *s, const spk_cue *c)
{
    static const char *const cries[] = {"Heckler", "Hecklers", "Protester", "Protesters", "Protestor",
                                        "Voice from the floor", "Voice", "Voices", "Crowd", "Audience",
                                        "Interjection", "Voz del p\xC3\xBA\x62lico", "P\xC3\xBA\x62lico",
                                        "Une voix", "Des voix"};
    static const char *const hall[] = {"Audience member", "Audience members", "Member of the audience",
                                       "Unidentified audience member", "Member of the public",
                                       "Members of the public", "Delegate", "Delegates", "Supporter",
                                       "Supporters", "Man in crowd", "Woman in crowd", "Man in audience",
                                       "Woman in audience", "Man in the crowd", "Woman in the crowd"};
    size_t a = c->label_start, n = c->label_end - c->label_start;
    const char *open = memchr(s + a, '(', n);
    if (open) {
        /* "Member (from floor)", "Delegates (chanting)" */
        size_t o = (size_t)(open - s);
        if (find_ci(s, o, c->label_end, "floor") || find_ci(s, o, c->label_end, "chant") ||
            find_ci(s, o, c->label_end, "shout") || find_ci(s, o, c->label_end, "interject"))
            return 2;
        while (o > a && s[o - 1] == ' ')
            o--;
        n = o - a;
    }
    for (size_t k = 0; k < sizeof cries / sizeof *cries; k++)
        if (strlen(cries[k]) == n && u8_ncasecmp(s + a, cries[k], n) == 0)
            return 2;
    for (size_t k = 0; k < sizeof hall / sizeof *hall; k++)
        if (strlen(hall[k]) == n && u8_ncasecmp(s + a, hall[k], n) == 0)
            return 1;
    return 0;
}

/* "Brennan, A. (2022). "Inflation and …", Quarterly Bulletin …", "Bank for
 * International Settlements (2023), Annual Economic Report": an entry of a reference
 * list in the author-date style central banks and ministries use: a capital first,
 * then within 120 bytes a year in brackets ("(2022)", "(2021a)") after the authors (a
 * comma among them, or capitalised words). Read whole: its initials end nothing. */
static int ref_entry(const char *s, size_t a, size_t b)
{
    a += footnote_mark(s, a, b); /* (as a note: "[1] Brennan, A. (2022). …") */
    if (b <= a || b - a < 12 || !isupper((unsigned char)s[a]) || txt_words(s, a, b) > 60)
        return 0;
    for (size_t x = a + 2; x + 6 <= b && x < a + 120; x++) {
        if (!(s[x] == '(' && s[x - 1] == ' ' && (s[x + 1] == '1' || s[x + 1] == '2') &&
              isdigit((unsigned char)s[x + 2]) && isdigit((unsigned char)s[x + 3]) && isdigit((unsigned char)s[x + 4])))
            continue;
        size_t c = s[x + 5] == ')'                                                 ? x + 5
                   : x + 6 < b && islower((unsigned char)s[x + 5]) && s[x + 6] == ')' ? x + 6
                                                                                       : 0;
        /* (the year closes the authors with a stop or a comma, "(2022).", "(2023),";
         * "The Climate Change Act (2008) commits …" is a sentence) */
        if (!c || c + 1 >= b || (s[c + 1] != '.' && s[c + 1] != ','))
            return 0;
        return memchr(s + a, ',', x - a) != NULL || capitalised_words(s, a, x - 1);
    }
    return 0;
}

/* Whether every paragraph from line i to the end opens with a note's mark ("[1]",
 * "(2)", "3.", "¹"): endnotes under their rule. */
static int notes_follow(parser *p, size_t i)
{
    const char *s = p->s;
    size_t n = 0, first = next_content(p, i);
    for (size_t k = first; k < p->nlines; k = next_content(p, k + 1)) {
        if (k > 0 && !line_blank(p, k - 1) && k != first)
            continue; /* a paragraph's later lines */
        size_t a, b;
        line_span(p, k, &a, &b);
        size_t x = a + (s[a] == '[' || s[a] == '(');
        size_t d = x;
        while (d < b && isdigit((unsigned char)s[d]))
            d++;
        int mark = d > x && d - x <= 3 && d < b &&
                   ((x > a && (s[d] == ']' || s[d] == ')')) || (x == a && (s[d] == '.' || s[d] == ' ')));
        mark |= b - a >= 2 && (unsigned char)s[a] == 0xC2 && ((unsigned char)s[a + 1] == 0xB9 || (unsigned char)s[a + 1] == 0xB2 ||
                                                           (unsigned char)s[a + 1] == 0xB3); /* ¹ ² ³ */
        if (!mark)
            return 0;
        n++;
    }
    return n > 0;
}

/* Whether s[a, b) opens with a member by their style and name, then what they did, as
 * a record tells it: "Hon. Aurelie St-Onge moved third reading …", "Senator Okafor
 * rose on a point of order." */
static int record_narration(const char *s, size_t a, size_t b)
{
    static const char *const styles[] = {"Hon. ", "Honourable ", "The Hon. ", "Senator ", "Mr. ", "Ms. ",
                                         "Mrs. ", "Mr ", "Ms ", "Dr. ", "Deputy ", "Minister "};
    static const char *const verbs[] = {" moved ", " rose ", " tabled ", " presented ", " introduced ",
                                        " moved, ", " withdrew "};
    size_t x = a;
    for (size_t k = 0; k < sizeof styles / sizeof *styles && x == a; k++)
        if (starts_with_ci(s + a, b - a, styles[k]) && isupper((unsigned char)s[a]))
            x = a + strlen(styles[k]);
    if (x == a)
        return 0;
    /* "Mr. Jomo Kariuki-Waweru, President of the Republic of Lendara, was escorted into
     * the General Assembly Hall.": the United Nations' record of a guest's coming and
     * going, after the name and office */
    if (txt_words(s, a, b) <= 40)
        for (size_t y = x; y + 14 <= b; y++)
            if (s[y] == ' ' && (strncmp(s + y, " was escorted ", 14) == 0 ||
                                (y + 15 <= b && strncmp(s + y, " were escorted ", 15) == 0)))
                return 1;
    for (int words = 0; words < 4 && x < b && isupper((unsigned char)s[x]); words++) {
        while (x < b && s[x] != ' ')
            x++;
        for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++)
            if (b - x > strlen(verbs[k]) && strncmp(s + x, verbs[k], strlen(verbs[k])) == 0)
                return 1;
        if (x < b)
            x++;
    }
    return 0;
}

/* The length of a thread's counter and its space at s[a] ("2/6 "), for a thread of
 * `of` posts, before a capital; 0 when there is none. */
static size_t thread_counter(const char *s, size_t a, size_t b, int of)
{
    size_t k = a;
    int num = 0;
    while (k < b && k - a < 2 && isdigit((unsigned char)s[k]))
        num = num * 10 + (s[k++] - '0');
    if (k == a || k >= b || s[k] != '/')
        return 0;
    size_t d = ++k;
    int m = 0;
    while (k < b && k - d < 2 && isdigit((unsigned char)s[k]))
        m = m * 10 + (s[k++] - '0');
    if (k == d || m != of || num < 1 || num > m || k + 1 >= b || s[k] != ' ' || !isupper((unsigned char)s[k + 1]))
        return 0;
    return k + 1 - a;
}

/* Where a thread's counter at the end of s[a, b) starts, the spaces before it with it
 * ("… updates here. (3/3)", "… here. 3/3", "… here. 3/3 /end"), for a thread of `of`
 * posts (any, with of 0, and *total set); b when there is none. */
static size_t thread_counter_end(const char *s, size_t a, size_t b, int of, int *total)
{
    size_t e = b, t = b;
    while (t > a && s[t - 1] != ' ')
        t--;
    if (e - t >= 4 && s[t] == '/' && is_end_marker(s, t, e))
        for (e = t; e > a && s[e - 1] == ' ';)
            e--;
    int paren = e > a && s[e - 1] == ')';
    size_t k = e - (size_t)paren, d = k;
    while (d > a && k - d < 2 && isdigit((unsigned char)s[d - 1]))
        d--;
    if (d == k || d <= a + 1 || s[d - 1] != '/')
        return b;
    size_t n2 = d - 1, n1 = n2;
    while (n1 > a && n2 - n1 < 2 && isdigit((unsigned char)s[n1 - 1]))
        n1--;
    int num = 0, m = 0;
    for (size_t x = n1; x < n2; x++)
        num = num * 10 + (s[x] - '0');
    for (size_t x = d; x < k; x++)
        m = m * 10 + (s[x] - '0');
    if (paren && (n1 == a || s[n1 - 1] != '('))
        return b;
    n1 -= (size_t)paren;
    if (n1 == n2 || m < 2 || (of && m != of) || num < 1 || num > m || n1 == a || s[n1 - 1] != ' ')
        return b;
    while (n1 > a && s[n1 - 1] == ' ')
        n1--;
    /* (in brackets, or after the post's last stop or pictograph: "… the discount is
     * 2/2" is a fraction) */
    if (!paren && !(n1 > a && (strchr(".!?\")", s[n1 - 1]) || (unsigned char)s[n1 - 1] >= 0x80)))
        return b;
    if (total)
        *total = m;
    return n1;
}

/* A thread: posts, a paragraph each, counted "1/6 …" before their words or "… (1/6)"
 * after them, two or more with the same count. Sets p->thread to the count and
 * p->thread_from to the first counted post's first line. */
static void find_thread(parser *p)
{
    const char *s = p->s;
    int seen = 0, total = 0;
    size_t first = SIZE_MAX;
    for (size_t k = next_content(p, 0); k < p->nlines && seen < 3; k = next_content(p, k + 1)) {
        if (k > 0 && !line_blank(p, k - 1))
            continue;
        size_t x, y, last = k;
        while (last + 1 < p->nlines && !line_blank(p, last + 1))
            last++;
        line_span(p, k, &x, &y);
        int of = 0;
        for (size_t q = x; q < y && q < x + 3; q++)
            if (s[q] == '/') {
                of = atoi(s + q + 1);
                break;
            }
        int lead = of >= 2 && (!total || of == total) && thread_counter(s, x, y, of);
        if (!lead) {
            line_span(p, last, &x, &y);
            of = 0;
            lead = thread_counter_end(s, x, y, total, &of) < y;
        }
        if (lead) {
            total = of;
            seen++;
            if (first == SIZE_MAX)
                first = k;
        }
    }
    p->thread = seen >= 2 ? total : 0;
    p->thread_from = p->thread ? first : 0;
}

static void parse_body(parser *p, size_t from, int plain)
{
    const char *s = p->s;
    hd_doc *d = p->doc;
    size_t i = next_content(p, from);
    int body_chapter = 0;

    p->speaker = plain ? -1 : -2;
    size_t body_start = i < p->nlines ? p->lines[i].start : 0;
    long para_no = 0; /* the number the next numbered paragraph has */
    if (!plain) {
        /* numbered paragraphs: "1 …" and "2 …" open the first paragraphs that start
         * with a digit */
        long want = 1, first = 1;
        for (size_t k = i; k < p->nlines && want <= first + 1; k = next_content(p, k + 1)) {
            size_t x, y;
            line_span(p, k, &x, &y);
            if (k > 0 && !line_blank(p, k - 1))
                continue;
            /* (or from a later number, set off by a tab or two spaces: "2     At about
             * 2318 hrs …" under a release's first paragraph, its title "1") */
            if (want == first && first == 1 && isdigit((unsigned char)s[x])) {
                size_t e = x;
                long v = 0;
                while (e < y && isdigit((unsigned char)s[e]) && e - x < 2)
                    v = v * 10 + (s[e++] - '0');
                /* (or "2" and one space, the first paragraph unnumbered, as
                 * Singapore's and India's ministries number the rest: "3 …" must
                 * follow) */
                size_t mw = e + 1;
                while (mw < y && isalpha((unsigned char)s[mw]))
                    mw++;
                /* (not a day and its month: "2 March First case confirmed …") */
                if ((v > 1 && e + 2 < y && (s[e] == '\t' || (s[e] == ' ' && s[e + 1] == ' '))) ||
                    (v == 2 && e + 2 < y && s[e] == ' ' && isupper((unsigned char)s[e + 1]) &&
                     !dt_month(s + e + 1, mw - e - 1)))
                    want = first = v;
            }
            if (isdigit((unsigned char)s[x]) && !paragraph_number(s, x, y, want))
                break;
            want += paragraph_number(s, x, y, want) != 0;
        }
        p->numbered = want > first + 1;
        para_no = first;
    }
    if (!plain) {
        find_transcript(p, from);
        find_name_lines(p, from);
        settle_default(p, from);
        /* the header's last paragraph may be the lead-in ("… her remarks as delivered:") */
        size_t e = from;
        while (e > 0 && line_blank(p, e - 1))
            e--;
        size_t st = e;
        while (st > 0 && !line_blank(p, st - 1))
            st--;
        /* (the lead-in's own block: not the title over it in the same paragraph,
         * "Statement from the Prime Minister's Office\nThe following statement was
         * issued on behalf of the Prime Minister:") */
        while (e > st + 1 && d->nblocks && d->blocks[d->nblocks - 1].header &&
               d->blocks[d->nblocks - 1].start > p->lines[st].start &&
               d->blocks[d->nblocks - 1].end <= p->lines[e - 1].end && p->lines[st].end < d->blocks[d->nblocks - 1].start)
            st++;
        if (e > st && p->speaker < 0) {
            int who = -1;
            if ((p->st = spk_lead_in(d, p->lines[st].start, p->lines[e - 1].end, 0, &who)) != HD_OK)
                return;
            size_t qa, qb;
            int quote = 0;
            if (i < p->nlines) {
                line_span(p, i, &qa, &qb);
                quote = is_open_quote(s, qa, qb);
            }
            /* '"I am appealing …"' under it, then the release's own text ("Anyone with
             * information …"): the quotation is the person's (the one the lead-in
             * names, or the header's), the rest narrated */
            if (who == SPK_JOINT) {
                p->speaker = -1; /* (two give it: the narrator reads it) */
            } else if (quote && spk_lead_in_line(s, p->lines[st].start, p->lines[e - 1].end)) {
                if (who < 0 && (p->st = spk_default(d, &who)) != HD_OK)
                    return;
                if (who >= 0) {
                    d->narrated = 1;
                    p->said = who;
                }
            } else if (who >= 0) {
                p->speaker = who;
                p->turn = 1;
            }
        }
    }
    p->bold_asker = p->bold_answerer = -1;
    p->resume = -1;
    p->resume_on = 0;
    p->cued_main = -3;
    if (!plain && !p->transcript)
        bold_interview(p, from);
    while (i < p->nlines && p->st == HD_OK) {
        size_t end = i;
        while (end < p->nlines && !line_blank(p, end) && !(end > i && p->chevron && p->chevron[end]))
            end++;
        size_t a, b;
        line_span(p, i, &a, &b);
        /* a caption's ">>": someone else speaks; unless a label names them (read as
         * such below) or the line is a direction, someone unidentified */
        if (p->chevron && p->chevron[i]) {
            spk_cue cc;
            int who = -1;
            /* (two unlabelled turns in a row are two people, whom ">>" tells apart and
             * nothing names: two voices that take turns, so that the listener hears
             * each change of speaker) */
            if (!is_stage(s, a, b) && !(spk_read_cue(s, a, b, &cc) && body_cue(p, &cc, b))) {
                const st_speaker *was = p->speaker >= 0 ? &d->speakers[p->speaker] : NULL;
                int first = !(was && !was->name && was->role && strcmp(was->role, "Unidentified speaker") == 0);
                p->st = spk_person(d, NULL, first ? "Unidentified speaker" : "Another speaker", &who);
            }
            p->speaker = who;
            p->turn = 1;
        }
        /* "---" or "* * *" alone, a rule: what follows it unlabelled is no longer the
         * last speaker's ("*Jonah Feldkamp covers trade for The Harbour Ledger.*" under an
         * interview) */
        if (!plain && end == i + 1 && rule_line(s, a, b) && p->speaker >= 0 && !d->speakers[p->speaker].asks &&
            (p->cues_seen || p->transcript)) { /* (a speech's "* * *" is a pause in it) */
            /* (unless the speaker goes on in the first person under it: "We are now
             * ready to take your questions." between a statement and its questions) */
            size_t nx = next_content(p, end), na = 0, nb = 0;
            spk_cue nc;
            if (nx < p->nlines)
                line_span(p, nx, &na, &nb);
            if (!(nx < p->nlines && !spk_read_cue(s, na, nb, &nc) && !is_open_quote(s, na, nb) && s[na] != '*' &&
                  s[na] != '_' && person_words(s, na, nb, 0)))
                p->speaker = -1; /* (the rule itself is handled below, as before) */
        }
        /* "*This interview has been edited for length and clarity.*": a paragraph set
         * whole in italics under a transcript's turns is the editor's, not the last
         * speaker's */
        if (!plain && end == i + 1 && b - a > 12 && (s[a] == '*' || s[a] == '_') && s[b - 1] == s[a] && s[a + 1] != s[a] &&
            !memchr(s + a + 1, s[a], b - a - 2) && p->speaker >= 0 && (p->cues_seen || p->transcript) &&
            txt_words(s, a, b) >= 4)
            p->speaker = -1;
        /* "Answered by: Simon Achterberg MP (Minister for Buses)" between a written
         * question and its answer: who answers speaks what follows */
        if (!plain && end == i + 1 && (starts_with_ci(s + a, b - a, "Answered by:") || starts_with_ci(s + a, b - a, "Asked by:"))) {
            size_t v = skip_spaces(s, (size_t)((const char *)memchr(s + a, ':', b - a) - s) + 1, b);
            char *t = v < b ? txt_clean(s, v, b) : NULL, *role = NULL, *name = NULL;
            int who = -1;
            if (t && spk_split_person(t, &role, &name) == HD_OK && name)
                p->st = spk_person(d, name, role, &who);
            free(t);
            free(role);
            free(name);
            if (who >= 0) {
                add_block(p, ST_META, a, b, -1, 0);
                p->speaker = who;
                p->turn = 1;
                i = next_content(p, end);
                continue;
            }
        }
        /* a letter's signature under its valediction: the narrator's */
        if (!plain && p->sign_line && i >= p->sign_line) {
            for (size_t k = i; k < end; k++) {
                size_t x, y;
                line_span(p, k, &x, &y);
                if (x < y && !is_chrome(s, x, y) && !running_line(p, x, y))
                    add_block(p, ST_META, x, y, -1, 0);
            }
            p->speaker = -1;
            i = next_content(p, end);
            continue;
        }
        if (!plain && p->sign_line && i < p->sign_line && end > p->sign_line)
            end = p->sign_line; /* "With best wishes," / "Eleanor Whitcombe": the valediction is the letter's */
        /* "Call participants:" at a call's end, one person a line under it: the
         * narrator's, and its names open no turns */
        if (!plain && people_label(p, i)) {
            size_t k = next_content(p, i + 1), x, y;
            if (k < p->nlines && in_people_list(p, k)) {
                add_block(p, ST_META, a, b, -1, 0);
                /* (or one a paragraph: a name line after a name line, to the end; not one
                 * over prose, which is a turn's label) */
                for (; k < p->nlines && (in_people_list(p, k) || listed_name(p, k)); k = next_content(p, k + 1)) {
                    line_span(p, k, &x, &y);
                    add_block(p, ST_META, x, y, -1, 0);
                }
                p->speaker = -1;
                i = k;
                continue;
            }
        }
        /* a magazine's interview: a question in bold is the interviewer's, the
         * paragraphs under it the answer */
        if (p->bold_asker >= 0) {
            size_t x, y;
            line_span(p, end - 1, &x, &y);
            if (emph_paragraph(s, a, y) == p->emph_mark) {
                if (!body_chapter) {
                    if (open_body_chapter(p, plain) != 0)
                        return;
                    body_chapter = 1;
                }
                p->speaker = p->bold_asker;
                p->turn = 1;
                add_prose(p, ST_SPEECH, a, y);
                p->speaker = p->bold_answerer;
                p->turn = 1;
                i = next_content(p, end);
                continue;
            }
        }
        /* a quotation and its credit on the line under it, no blank line between ('"…"' /
         * "— Katarzyna Wróbel-Nowak, Polish Minister for …", the Council of the EU's
         * way): the credit is a paragraph of its own (credit_line) */
        if (!plain && end > i + 1 && (s[a] == '"' || (b - a >= 3 && memcmp(s + a, "\xE2\x80\x9C", 3) == 0))) {
            /* (or on the line over its office: "- Bernadette Kwan" / "MPP for Lakeshore
             * North", Ontario's) */
            for (size_t k = end - 1; k > i && k + 2 >= end; k--) {
                size_t x, y;
                line_span(p, k, &x, &y);
                size_t dl = txt_dash_len(s, x, y);
                /* (an em dash joined to the name: "—The Rt. Hon. Eloise Grant, Prime
                 * Minister of Canada", as Canada's releases credit) */
                size_t nm = x + dl + (x + dl < y && s[x + dl] == ' ');
                if (dl && nm < y && (nm > x + dl || dl == 3) && txt_starts_upper(s + nm, y - nm) &&
                    (k + 1 < end || memchr(s + x, ',', y - x)) && (!ends_sentence(s, x, y) || abbreviation_stop(s, x, y))) {
                    end = k;
                    break;
                }
            }
        }
        /* "Statement from Brighton Comets GM Ana Ruiz:" over its quotation, on the next
         * line with no blank line between: the lead-in a paragraph of its own */
        if (!plain && end > i + 1 && b > a && s[b - 1] == ':' && txt_words(s, a, b) <= 16) {
            size_t x, y;
            line_span(p, i + 1, &x, &y);
            if (is_open_quote(s, x, y))
                end = i + 1;
        }
        /* (further down a run of lines with no blank line between, as a page copied
         * with a line a paragraph gives them: "The minister spoke today." / "The
         * Secretary said:" / "“Families …": the lead-in and its quotation are paragraphs
         * of their own, what is over them another) */
        /* ("Notes to editors" on a line of its own inside the run: the notes start
         * there, a paragraph of their own) */
        for (size_t k = i + 1; !plain && k + 1 < end; k++) {
            size_t x, y, px, py;
            line_span(p, k, &x, &y);
            line_span(p, k - 1, &px, &py);
            if (is_notes_heading(s, x, y) && py > px && ends_with_terminal(s, px, py)) {
                end = k;
                break;
            }
        }
        for (size_t k = i + 1; !plain && k + 1 < end; k++) {
            size_t x, y, qx, qy, px, py;
            line_span(p, k, &x, &y);
            line_span(p, k + 1, &qx, &qy);
            line_span(p, k - 1, &px, &py);
            if (y > x && s[y - 1] == ':' && txt_words(s, x, y) <= 16 && is_open_quote(s, qx, qy) && py > px &&
                ends_with_terminal(s, px, py)) {
                end = k;
                break;
            }
        }
        /* (nothing after it but the page's links: "Share this:", "Facebook") */
        size_t after_end = next_content(p, end);
        while (after_end < p->nlines && is_chrome(s, p->lines[after_end].start, p->lines[after_end].end))
            after_end = next_content(p, after_end + 1);
        int last = after_end >= p->nlines;
        spk_cue cue;
        int is_cue = !plain && !p->contacts && !is_chrome(s, a, b) &&
                     ((!is_stage(s, a, b) &&
                       (spk_read_cue(s, a, b, &cue) || figure_turn(p, a, b, &cue) ||
                        spk_answer_letter(s, a, b, p->last_cue == CUE_QUESTION, &cue)) &&
                       body_cue(p, &cue, b)) ||
                      ((!is_stage(s, a, b) || s[a] == '[' || s[a] == '(') && name_cue(p, a, b, &cue)) ||
                      (end == i + 1 && label_over_turn(p, i, a, b) && spk_read_cue(s, a, b, &cue)));
        /* "IsiZulu:" / "English:" alone between a member's paragraphs: she goes on in
         * another language; a direction, the narrator's, and no heading */
        if (!plain && end == i + 1 && b > a && data_has_line("en/languages.txt", s + a, b - a - (s[b - 1] == ':'))) {
            add_block(p, ST_STAGE, a, b, -1, 0);
            i = next_content(p, end);
            continue;
        }
        /* "Statement from the Bishop of …" / '"It is with great sadness …"' / "The
         * funeral will take place …": a person's statement given in quotation marks,
         * its first paragraph one quotation; the paragraphs outside them are the
         * issuing office's, the narrator's, and the quotations hers */
        if (!plain && !p->transcript && !p->cues_seen && !is_cue && !p->spoke && !p->quote_voice && end > i &&
            is_open_quote(s, a, b) && quote_end(s, a, p->lines[end - 1].end) == p->lines[end - 1].end) {
            int who = current_speaker(p);
            if (who >= 0)
                p->quote_voice = who + 1;
        }
        if (!plain && p->quote_voice && !is_cue && !is_stage(s, a, b))
            p->speaker = is_open_quote(s, a, b) ? p->quote_voice - 1 : -1;
        /* a team's release: its people speak their quotations only; what follows them
         * unlabelled ("Fastest lap: …", "Key facts") is the narrator's */
        if (!plain && p->name_quotes && !is_cue && !is_open_quote(s, a, b) && !is_stage(s, a, b) &&
            !(d->nblocks > 0 && open_at_end(s, d->blocks[d->nblocks - 1].start, d->blocks[d->nblocks - 1].end) != SIZE_MAX))
            p->speaker = -1; /* (a quotation left open goes on: its next paragraph) */
        if (p->resume_on) {
            if (!is_cue && !is_stage(s, a, b)) {
                p->speaker = p->resume;
                p->turn = 1;
            }
            if (!is_stage(s, a, b) && !(is_cue && interjection(s, &cue)))
                p->resume_on = 0;
        }

        /* "_______________" over "[1] Cf. Francis, Encyclical Letter …": a rule, then
         * only paragraphs that open with a note's mark to the end: the notes, the
         * narrator's */
        if (!plain && end == i + 1 && !is_cue && b - a >= 5 && strspn(s + a, "_-\xE2\x80\x94") == b - a &&
            notes_follow(p, end)) {
            p->notes = 1;
            p->speaker = -1;
            i = next_content(p, end);
            continue;
        }
        /* "* * * * *" and then only short lines to the end ("IMF Communications
         * Department" / "PRESS OFFICER: Jonah Prescott" / "Phone: …"): the page's
         * footer, the narrator's, with no chapter */
        if (!plain && end == i + 1 && !is_cue && is_end_marker(s, a, b) && footer_follows(p, end)) {
            p->contacts = 2;
            p->speaker = -1;
            i = next_content(p, end);
            continue;
        }
        /* "ENDS" over a company's boilerplate: the speaker has finished; what follows
         * is the publisher's (a quotation in it still its speaker's) */
        if (!plain && end == i + 1 && !is_cue && !p->transcript && is_end_marker(s, a, b) && ends_release(s, a, b))
            p->speaker = -1;
        if (!plain && !is_cue && place_date_block(p, i, end)) {
            /* "New Delhi / August 21, 2025" under a transcript: the narrator's */
            /* (and the statement's date when nothing else dated it, at its foot:
             * "February 15, 2025" under a pastoral letter's signature, over "– END –"
             * or nothing) */
            size_t ea = 0, eb = 0;
            if (!last)
                line_span(p, after_end, &ea, &eb);
            int foot = last || (is_end_marker(s, ea, eb) && next_content(p, after_end + 1) >= p->nlines);
            for (size_t k = i; k < end; k++) {
                size_t x, y;
                char piso[11];
                line_span(p, k, &x, &y);
                add_block(p, ST_META, x, y, -1, 0);
                size_t dn = (d->date && !p->date_event) || !foot ? 0 : date_iso(p->order, s + x, y - x, piso);
                if (dn && date_tail(s, x + dn, y))
                    set_date(p, piso);
            }
            i = next_content(p, end);
            continue;
        }
        /* "mt.gb", "ys.ma": a news agency's editors' initials, the text's last line
         * (KUNA's, after its "(end)"), no words */
        if (!plain && last && !is_cue && end == i + 1 && (editors_initials(s, a, b) || agency_credit(s, a, b))) {
            i = next_content(p, end);
            continue;
        }
        /* "Heritage Reporting Corporation" at a record's foot: the reporter's name, not
         * the last speaker's words */
        /* (or an office's name of more words: "Cabinet Public Affairs Office, Cabinet
         * Secretariat" under a prime minister's press conference) */
        if (!plain && last && !is_cue && p->transcript && p->cues_seen && end == i + 1 &&
            (txt_words(s, a, b) <= 5 || (txt_words(s, a, b) <= 10 && org_line(s, a, b))) &&
            !ends_with_terminal(s, a, b) && title_words(s, a, b) && !is_stage(s, a, b) && !is_chrome(s, a, b)) {
            add_block(p, ST_META, a, b, -1, 0);
            i = next_content(p, end);
            continue;
        }
        /* '"We are thrilled to partner with Acme."' over 'Sara Kim, CEO, Gearworks' in
         * one paragraph, or '"… supply chain." — Jane Doe, COO, Widgetco' on one line:
         * a quotation and its credit (a name, an office, a comma between), which gives
         * it its voice; the quotation is a paragraph of its own */
        if (!plain && !is_cue && !p->transcript && current_speaker(p) < 0 && end <= i + 2 && is_open_quote(s, a, b)) {
            size_t qe = quote_end(s, a, b), x = b, y = b;
            spk_cue cc;
            if (end == i + 2 && qe >= b)
                line_span(p, i + 1, &x, &y);
            else if (end == i + 1 && qe && qe < b && s[qe] == ' ') {
                x = skip_spaces(s, qe, b);
                size_t dl = txt_dash_len(s, x, b);
                y = dl ? b : x;
                if (dl)
                    a = x, x = skip_spaces(s, x + dl, b), b = qe;
            }
            if (x < y && memchr(s + x, ',', y - x) && credit_cue(p, x, y, &cc)) {
                size_t ca = end == i + 1 ? a : x; /* (the credit with its dash) */
                add_prose(p, ST_SPEECH, p->lines[i].start, end == i + 1 ? b : p->lines[i].end);
                if (!credit_line(p, ca, y, y, y))
                    add_prose(p, ST_SPEECH, ca, y);
                i = next_content(p, end);
                continue;
            }
            line_span(p, i, &a, &b);
        }
        /* « … » / "L'honorable Marie-Claude Beaudrier, ministre du Logement": a credit
         * line under a quotation gives it its voice, and is the narrator's */
        if (!plain && !is_cue && end <= i + 2) {
            size_t oa = b, ob = b;
            if (end == i + 2)
                line_span(p, i + 1, &oa, &ob);
            if (credit_line(p, a, b, oa, ob)) {
                i = next_content(p, end);
                continue;
            }
        }
        /* a bench's signatures: ".......................J." over "[SURYA PRAKASH
         * MENON]", the narrator's, no chapter */
        if (!plain && !is_cue && end <= i + 3 && bench_signature(p, a, b)) {
            size_t x, y;
            line_span(p, end - 1, &x, &y);
            add_block(p, ST_META, a, y, -1, 0);
            i = next_content(p, end);
            continue;
        }
        /* an order's signature and its attestation, to the end: the narrator's */
        if (!plain && !last && !is_cue && d->nblocks > 0 && d->blocks[d->nblocks - 1].kind == ST_SPEECH &&
            signatures_to_end(p, i)) {
            for (size_t k = i; k < p->nlines; k++)
                if (!line_blank(p, k)) {
                    size_t x, y;
                    line_span(p, k, &x, &y);
                    /* (a post's counts under it are not read; its time and date, the
                     * statement's date) */
                    char piso[11];
                    if (is_chrome(s, x, y) || running_line(p, x, y))
                        continue;
                    if ((!d->date || p->date_event) && isdigit((unsigned char)s[x]) && fields_date(p, x, y, piso))
                        set_date(p, piso);
                    add_block(p, ST_META, x, y, -1, 0);
                }
            i = p->nlines;
            continue;
        }
        /* "Permanent Mission of Japan to the United Nations" / "866 United Nations Plaza,
         * New York, NY 10017" under the last paragraph: the publisher's address, the
         * narrator's, not the speaker's last words */
        if (!plain && last && !is_cue && end <= i + 4 && d->nblocks > 0 && address_block(p, i, end)) {
            for (size_t k = i; k < end; k++) {
                size_t x, y;
                char piso[11];
                line_span(p, k, &x, &y);
                if (x < y && !is_chrome(s, x, y))
                    add_block(p, ST_META, x, y, -1, 0);
                /* (a closing dateline among them dates the statement: "Manila,
                 * February 15, 2025" under a pastoral letter) */
                if (x < y && (!d->date || p->date_event) && txt_words(s, x, y) <= 12 && place_date(p, x, y, piso))
                    set_date(p, piso);
            }
            i = next_content(p, end);
            continue;
        }
        /* "Emmanuel MACRON" under the last paragraph: the signature, the narrator's */
        /* "Chief Dayo Fashola-Idowu" / "Special Adviser to the President" / "November
         * 11, 2025" under the last paragraph: who signs and when, the narrator's */
        char sign_iso[11];
        if (!plain && last && !is_cue && end > i + 1 && end <= i + 5 && signoff_block(p, i, end, sign_iso)) {
            for (size_t k = i; k < end; k++) {
                size_t x, y;
                line_span(p, k, &x, &y);
                if (!is_chrome(s, x, y) && !running_line(p, x, y))
                    add_block(p, ST_META, x, y, -1, 0);
            }
            if (!d->date || p->date_event)
                set_date(p, sign_iso);
            i = next_content(p, end);
            continue;
        }
        /* "12:47 PM · Mar 3, 2024" under a post's last words, its counts perhaps under
         * it: when it was posted, the narrator's, and the statement's date */
        {
            char piso[11];
            int stamp = !plain && last && !is_cue && d->nblocks > 0 && d->blocks[d->nblocks - 1].kind == ST_SPEECH &&
                        isdigit((unsigned char)s[a]) && find_ci(s, a, b, " \xC2\xB7 ") && txt_words(s, a, b) <= 8 &&
                        fields_date(p, a, b, piso);
            for (size_t k = i + 1; stamp && k < end; k++) {
                size_t x, y;
                line_span(p, k, &x, &y);
                stamp = is_chrome(s, x, y);
            }
            if (stamp) {
                add_block(p, ST_META, a, b, -1, 0);
                if (!d->date || p->date_event)
                    set_date(p, piso);
                i = next_content(p, end);
                continue;
            }
        }
        /* "H.E. DR. SAMUEL KIPRONO TOWETT, C.G.H." / "PRESIDENT OF THE REPUBLIC OF KENYA
         * …" under a speech's last words: who signs, in capitals, the narrator's (not
         * where the speech itself is set in capitals, as captions are) */
        if (!plain && last && !is_cue && end > i + 1 && end <= i + 4 && d->nblocks > 0 &&
            d->blocks[d->nblocks - 1].kind == ST_SPEECH &&
            txt_has_lower(s + d->blocks[d->nblocks - 1].start,
                          d->blocks[d->nblocks - 1].end - d->blocks[d->nblocks - 1].start)) {
            int caps = 1;
            size_t words = 0;
            for (size_t k = i; k < end && caps; k++) {
                size_t x, y;
                line_span(p, k, &x, &y);
                caps = !txt_has_lower(s + x, y - x) && txt_starts_upper(s + x, y - x) &&
                       !(y > x && (s[y - 1] == '?' || s[y - 1] == '!'));
                words += txt_words(s, x, y);
            }
            if (caps && words <= 40) {
                for (size_t k = i; k < end; k++) {
                    size_t x, y;
                    line_span(p, k, &x, &y);
                    add_block(p, ST_META, x, y, -1, 0);
                }
                i = next_content(p, end);
                continue;
            }
        }
        /* "Contact: Fiona McAteer, press@utw.org.uk" alone under a masthead, the
         * release after it: one contact, the narrator's; what follows is the release,
         * not more contacts */
        if (!plain && !last && !is_cue && end == i + 1 && !p->contacts && contact_label(s, a, b) &&
            body_prose_after(p, end)) {
            const char *colon = memchr(s + a, ':', b - a);
            if (colon && skip_spaces(s, (size_t)(colon - s) + 1, b) < b) {
                add_block(p, ST_META, a, b, -1, 0);
                i = next_content(p, end);
                continue;
            }
        }
        if (!plain && last && !is_cue && end == i + 1 && signature_line(s, a, b)) {
            add_block(p, ST_META, a, b, -1, 0);
            i = next_content(p, end);
            continue;
        }
        /* "SOURCE Housing, Infrastructure and Communities Canada": the wire's line at a
         * release's foot, who issued it (Canada Newswire, PR Newswire); the
         * narrator's, never a heading, and no one's words after it */
        if (!plain && !is_cue && end == i + 1 && b - a > 8 && memcmp(s + a, "SOURCE ", 7) == 0 &&
            isupper((unsigned char)s[a + 7]) && txt_words(s, a, b) <= 16 && d->nblocks &&
            (!ends_with_terminal(s, a, b) || abbreviation_stop(s, a, b))) {
            add_block(p, ST_META, a, b, -1, 0);
            p->speaker = -1;
            i = next_content(p, end);
            continue;
        }
        /* "Stéphane Dujarric, Spokesman for the Secretary-General" under a statement,
         * before its notes ("Note to Correspondents") or its end: who signs it, the
         * narrator's, no chapter's heading */
        if (!plain && !is_cue && end == i + 1 && d->nblocks && d->blocks[d->nblocks - 1].kind == ST_SPEECH &&
            !d->blocks[d->nblocks - 1].header && memchr(s + a, ',', b - a) && !ends_with_terminal(s, a, b) &&
            txt_words(s, a, b) <= 14) {
            size_t nx = next_content(p, end), x = 0, y = 0;
            if (nx < p->nlines)
                line_span(p, nx, &x, &y);
            int closing = nx >= p->nlines || (txt_words(s, x, y) <= 6 && !ends_with_terminal(s, x, y));
            char *t = closing ? txt_clean(s, a, b) : NULL, *role = NULL, *name = NULL;
            int signs = t && spk_split_person(t, &role, &name) == HD_OK && name && role && strchr(name, ' ') &&
                        isupper((unsigned char)name[0]) && strchr(role, ' ');
            free(t);
            free(role);
            free(name);
            if (signs) {
                add_block(p, ST_META, a, b, -1, 0);
                i = next_content(p, end);
                continue;
            }
        }
        /* "Background" as the body's first heading is a section of it; at the foot, after
         * the statement, it opens the notes */
        int said = body_said(p);
        /* "References", "Endnotes" under the speech: its back matter (data/en/back-matter.txt) */
        size_t bm = b - a;
        while (bm > 0 && s[a + bm - 1] == ':')
            bm--;
        /* (alone, or over its entries in one paragraph: "References" / "Brennan, A.
         * (2022). …", "Notes" / "[1] Kenya National Bureau …") */
        int back_matter = said && bm > 0 && data_has_line("en/back-matter.txt", s + a, bm);
        /* "About Université Laval-Rivière" alone under the statement: the publisher's
         * boilerplate, when the name is the one the statement has named before (not a
         * speech's section, "About the future") */
        if (!back_matter && said && end == i + 1 && bm > 6 && starts_with_ci(s + a, bm, "About ") &&
            txt_words(s, a, a + bm) <= 8 && !ends_with_terminal(s, a, a + bm) && isupper((unsigned char)s[a + 6])) {
            size_t nl = bm - 6, hb = 0; /* (named in the header, not in the speaker's words) */
            for (size_t k = 0; k < d->nblocks && d->blocks[k].header; k++)
                hb = d->blocks[k].end;
            for (size_t x = 0; x + nl <= hb && !back_matter; x++)
                back_matter = memcmp(s + x, s + a + 6, nl) == 0 && (x == 0 || !isalpha((unsigned char)s[x - 1])) &&
                              (x + nl == a || !isalpha((unsigned char)s[x + nl]));
        }
        if (back_matter && end > i + 1) {
            size_t na, nb;
            line_span(p, i + 1, &na, &nb);
            back_matter = footnote_mark(s, na, nb) || ref_entry(s, na, nb);
        }
        if (!plain && (back_matter || (is_notes_heading(s, a, b) && (said || !starts_with_ci(s + a, b - a, "Background"))))) {
            /* "Notes to editors", alone or over its notes */
            p->notes = 1;
            if (add_chapter(p, s + a, b - a - (s[b - 1] == ':')) != 0)
                return;
            body_chapter = 1;
            add_block(p, ST_HEADING, a, b, -1, 0);
            i = end == i + 1 ? next_content(p, end) : i + 1;
            continue;
        }
        /* a heading: one short line, or up to three lines in capitals ("STATEMENT OF
         * LAURA M. HILL, ADMINISTRATOR, …" wrapped) */
        int caps_block = !plain && end > i + 1 && end <= i + 3 && !is_cue;
        for (size_t k = i; caps_block && k < end; k++) {
            size_t x, y;
            line_span(p, k, &x, &y);
            for (size_t c = x; c < y && caps_block; c++)
                caps_block = !islower((unsigned char)s[c]);
            if (k + 1 == end)
                caps_block = caps_block && !ends_with_terminal(s, x, y);
        }
        if (caps_block) {
            size_t x, y;
            line_span(p, end - 1, &x, &y);
            b = y;
        }
        /* "(2) Visit to Japan by the Foreign Minister of Paraguay": a numbered topic of
         * a briefing, alone between turns, no list item */
        size_t nh = !plain && end == i + 1 ? number_len(s, a, b) : 0;
        /* (or right over its paragraph: "1. Introduction" / "The Synod met …") */
        if (!plain && !nh && end > i + 1 && !is_cue) {
            size_t n1 = number_len(s, a, b);
            if (n1 && numbered_section(p, i, a, b, n1))
                nh = n1;
        }
        /* (or, anywhere, one in capitals: "1. AFFORDABLE HOUSING PROGRAMME" over a
         * Cabinet dispatch's resolution) */
        if (nh && !p->cues_seen && (txt_has_lower(s + a + nh, b - a - nh) || txt_words(s, a + nh, b) < 2) &&
            !numbered_section(p, i, a, b, nh))
            nh = 0;
        /* (or « 1 - Ukraine - Aide humanitaire », a spokesperson's numbered topic whose
         * parts a dash parts, as the Quai d'Orsay's briefings give them) */
        if (!nh && !plain && end == i + 1)
            nh = dash_topic(s, a, b);
        /* "Ukraine: Humanitarian Aid" over an item of a briefing: a heading, though
         * shaped as a field */
        spk_cue hc;
        int topic_head = !plain && !is_cue && end == i + 1 && spk_read_cue(s, a, b, &hc) && topic_heading(p, &hc, b);
        int numbered_heading = nh && a + nh < b && isupper((unsigned char)s[a + nh]) && !ends_with_terminal(s, a, b) &&
                               txt_words(s, a + nh, b) <= 14 &&
                               (!(next_content(p, end) < p->nlines &&
                                  number_len(s, p->lines[next_content(p, end)].start, p->lines[next_content(p, end)].end)) ||
                                /* (sections numbered in turn, each over its paragraph) */
                                (end > i + 1 && numbered_section(p, i, a, b, nh)));
        /* "NEXT STEPS" in capitals over its paragraph's first line, no blank line
         * between: a heading too, the paragraph after it (a line wrapped short is in
         * lower case or ends a sentence) */
        size_t hend = end;
        if (!plain && !caps_block && !is_cue && end > i + 1 && !txt_has_lower(s + a, b - a) && isupper((unsigned char)s[a]) &&
            txt_words(s, a, b) <= 8 && !ends_with_terminal(s, a, b)) {
            size_t x, y;
            line_span(p, i + 1, &x, &y);
            spk_cue nc;
            if (txt_has_lower(s + x, y - x) && !spk_read_cue(s, x, y, &nc))
                hend = i + 1;
        }
        /* "Guidance" / "For 2025, Acme expects revenue of …", as wire services print a
         * release's sections: a few capitalised words, no sentence's end, right over
         * a long line of prose that no one says to anyone (not a name over a turn) */
        if (!plain && !caps_block && !is_cue && hend == end && end > i + 1 && !p->name_cues && isupper((unsigned char)s[a]) &&
            txt_words(s, a, b) <= 5 && b - a <= 40 && !ends_with_terminal(s, a, b) && !bullet_len(s, a, b) &&
            !number_len(s, a, b) && !memchr(s + a, ':', b - a) && !memchr(s + a, ',', b - a) && !table_row(s, a, b)) {
            /* (or a heading of two or three words in sentence case: "Analyst call",
             * "Quick facts", "Next steps") */
            int titled = capitalised_words_as(s, a, b, 1) || (txt_words(s, a, b) >= 2 && txt_words(s, a, b) <= 3 &&
                                                              !salutation(s, a, b) && !greeting(s, a, b));
            size_t x, y, lx, ly;
            line_span(p, i + 1, &x, &y);
            line_span(p, end - 1, &lx, &ly);
            spk_cue nc;
            /* ("About Acme" over its boilerplate, however short) */
            int about = starts_with_ci(s + a, b - a, "About ") && txt_words(s, a, b) >= 2;
            /* (a word alone, "Outlook" over "For FY2025 we expect …", names no one whose
             * words follow: the company's first person is no turn) */
            int one_word = txt_words(s, a, b) == 1 && !memchr(s + x, '?', y - x) && !greeting(s, x, y);
            if (titled && (about || (y - x >= 40 && y - x >= 2 * (b - a) && txt_words(s, x, y) >= 6)) &&
                isupper((unsigned char)s[x]) && ends_with_terminal(s, lx, ly) && !spk_read_cue(s, x, y, &nc) &&
                (one_word || !addressed(s, x, y)) && !bullet_len(s, x, y))
                hend = i + 1;
        }
        /* "Financial highlights" over "Revenue | H1 2026 | H1 2025 | Change" and its
         * rows of figures: the table's heading, no cell of it */
        if (!plain && !caps_block && !is_cue && hend == end && end > i + 2 && isupper((unsigned char)s[a]) &&
            txt_words(s, a, b) <= 5 && !ends_with_terminal(s, a, b) && !table_row(s, a, b) && !bullet_len(s, a, b) &&
            !memchr(s + a, ':', b - a)) {
            size_t x, y, x2, y2;
            line_span(p, i + 1, &x, &y);
            line_span(p, i + 2, &x2, &y2);
            if (table_row(s, x, y) && txt_has_lower(s + x, y - x) && table_row(s, x2, y2) && has_digit(s, x2, y2))
                hend = i + 1;
        }
        /* "[The prepared statement of Mr. Dalton follows:]" / "Prepared Statement of
         * Hon. Robert Dalton" / "The safety of our dams …": a document's own title, a
         * kind and whose, over its first line, no blank line between */
        if (!plain && !is_cue && hend == end && end > i + 1 && isupper((unsigned char)s[a]) && txt_words(s, a, b) <= 12 &&
            !ends_with_terminal(s, a, b)) {
            size_t ks2, ke2, x, y;
            int narr2;
            if (kind_line(s, a, b, &ks2, &ke2, &narr2) && ks2 == a) {
                size_t r2 = skip_spaces(s, ke2, b);
                line_span(p, i + 1, &x, &y);
                if (r2 < b && (spk_by_word(s + r2, b - r2) || of_person(s, r2, b)) && isupper((unsigned char)s[x]) &&
                    txt_has_lower(s + x, y - x))
                    hend = i + 1;
            }
        }
        /* "Funding for rural areas" over its paragraph, when the statement prints two
         * sections so or more */
        int short_head = 0; /* (its mark too: "What Happened?", "What We Are Doing.") */
        if (!plain && !caps_block && !is_cue && hend == end && end > i + 1 && !p->name_cues &&
            short_head_over(p, i, end) && short_heads(p)) {
            hend = i + 1;
            short_head = 1;
        }
        /* "1. Introduction" right over its paragraph's first line */
        if (!plain && !is_cue && hend == end && end > i + 1 && numbered_heading && numbered_section(p, i, a, b, nh))
            hend = i + 1;
        /* "Highlights" right over its list's first item, no blank line between: a
         * heading too */
        if (!plain && !is_cue && hend == end && end > i + 1 && isupper((unsigned char)s[a]) && txt_words(s, a, b) <= 6 &&
            !ends_with_terminal(s, a, b) && !bullet_len(s, a, b)) {
            size_t x, y;
            line_span(p, i + 1, &x, &y);
            if (bullet_len(s, x, y))
                hend = i + 1;
        }
        /* "(2) Emergency Grant Aid in response to the floods in …" between a briefing's
         * turns, the next a cue: a numbered topic, however long */
        int topic = 0;
        if (numbered_heading && p->cues_seen && end == i + 1 && next_content(p, end) < p->nlines) {
            size_t x, y;
            line_span(p, next_content(p, end), &x, &y);
            spk_cue nc;
            topic = spk_read_cue(s, x, y, &nc) && nc.kind == CUE_NAMED;
        }
        /* "Baku, Azerbaijan" alone between the header's date and the body's first
         * paragraph: where, a header's line (not a chapter's heading); and "Oxford, UK"
         * right under the title, the date in an embargo line above it */
        if (!plain && end == i + 1 && !is_cue && p->doc->nblocks && p->doc->blocks[p->doc->nblocks - 1].header &&
            (p->doc->blocks[p->doc->nblocks - 1].kind == ST_META || p->doc->blocks[p->doc->nblocks - 1].kind == ST_TITLE) &&
            place_line(s, a, b) && next_content(p, end) < p->nlines &&
            (p->doc->blocks[p->doc->nblocks - 1].kind == ST_META || !place_heading_after(p, end))) {
            add_block(p, ST_META, a, b, -1, 1);
            i = next_content(p, end);
            continue;
        }
        if (!plain && (hend == i + 1 || caps_block) && !is_cue && p->contacts != 2 && (!last || hend < end) &&
            (!ends_with_terminal(s, a, b) || short_head || colon_heading(s, a, b) || faq_question(p, a, b) ||
             /* ("About Lumora Health Inc.": the company's stop, no sentence's) */
             (starts_with_ci(s + a, b - a, "About ") && txt_words(s, a, b) <= 8 && abbreviation_stop(s, a, b))) &&
            !clock_line(s, a, b) &&
            txt_words(s, a, b) <= (caps_block || !txt_has_lower(s + a, b - a) ? 24u : topic ? 18u : 12u) &&
            b - a <= (caps_block || !txt_has_lower(s + a, b - a) ? 200u : topic ? 140u : 90u) && !bullet_len(s, a, b) &&
            (!number_len(s, a, b) || numbered_heading) &&
            !is_stage(s, a, b) && !is_end_marker(s, a, b) && s[a] != '[' && (s[a] != '(' || numbered_heading) &&
            !(quote_opens(s, a, b) && quoted_sentence(s, a, b)) &&
            !is_reference(s, a, b) && !is_chrome(s, a, b) && !spk_time_code(s, a, b) && !running_line(p, a, b) &&
            !dated_field(p, a, b) && !(txt_words(s, a, b) <= 12 && place_date(p, a, b, (char[11]){0})) &&
            !(feast_at(s, a, b) < b && txt_words(s, a, feast_at(s, a, b)) <= 12 &&
              place_date(p, a, feast_at(s, a, b), (char[11]){0})) &&
            !copyright_line(s, a, b) && !(b - a > 3 && memcmp(s + a, "\xE2\x80\x94", 3) == 0) &&
            /* (a headline's amount is no line of figures: "Commission approves €200
             * million Italian scheme for wind farms") */
            !(figures_line(s, a, b) && !(headline_verb(s, a, b) && !memchr(s + a, ':', b - a) &&
                                         !memchr(s + a, ';', b - a) && !memchr(s + a, '%', b - a))) &&
            !table_row(s, a, b) && !speech_shaped(s, a, b) &&
            (topic_head || (!field_with_value(s, a, b) && !role_field(s, a, b))) &&
            !url_line(s, a, b) &&
            !((p->transcript || p->cues_seen) && (examined_by(s, a, b) || witness_line(s, a, b))) &&
            !label_over_turn(p, i, a, b) && !bare_salutation(s, a, b) && !code_field(s, a, b) &&
            !addressee_line(p, i) && !number_field(s, a, b) && !on_behalf(s, a, b) && !data_line(s, a, b) &&
            !signed_off(p, i, a, b)) {
            /* a heading right under a heading ("Part one" / "Section A") joins its
             * chapter: a chapter holding only a heading is a second of nothing */
            if (body_chapter && chapter_only_headings(p)) {
                add_block(p, ST_HEADING, a, b, -1, 0);
                i = next_content(p, hend);
                continue;
            }
            /* "Whitaker Introduces Bipartisan Bill to Expand Rural Broadband" under the
             * header's fields, before any of the body's words, when the header's title
             * is a label ("Representing the 9th District of Texas", "NEWS RELEASE",
             * "MEDIA ADVISORY – PHOTO OPPORTUNITY"): the headline, the title; no
             * chapter of its own */
            /* (under the contacts and the release's date too, "Contact: Mark Ellison" /
             * "Phone: …" / "For Immediate Release: Jan. 22, 2025", the body so far
             * only the header's kind of lines) */
            if (!p->spoke && (!body_chapter || body_only_meta(d)) && hend == end &&
                (headline_line(p, i) || caps_headline_line(p, i)) && drop_label_title(p)) {
                add_block(p, ST_TITLE, a, b, -1, 1);
                set_title(p, a, b);
                i = next_content(p, hend);
                continue;
            }
            /* "Check against delivery" after the speech, where the Council and the
             * Commission print it: the delivery's note, no heading and no chapter */
            if (is_delivery_note(s, a, b)) {
                add_block(p, ST_META, a, b, -1, 0);
                i = next_content(p, hend);
                continue;
            }
            if (contact_label(s, a, b))
                p->contacts = 1; /* "Contacts" over names and numbers: the narrator's */
            char *title = txt_clean(s, a, b > a + 1 && s[b - 1] == ':' ? b - 1 : b);
            if (!title || add_chapter(p, title, strlen(title)) != 0) {
                p->st = HD_ERR_NOMEM;
                free(title);
                return;
            }
            free(title);
            body_chapter = 1;
            add_block(p, ST_HEADING, a, b, -1, 0);
            /* "Quotes attributable to Premier Jacinta Ross": the quotations under it are
             * hers */
            int attributed = 0;
            size_t al = attributable_lead(s, a, b);
            if (!al && starts_with_ci(s + a, b - a, "Quotes from "))
                al = strlen("Quotes from ");
            if (al) {
                char *who_text = txt_clean(s, a + al, b), *role = NULL, *name = NULL;
                int who = -1;
                if (!who_text || (p->st = spk_split_person(who_text, &role, &name)) != HD_OK)
                    p->st = p->st != HD_OK ? p->st : HD_ERR_NOMEM;
                else if ((role || name) && (p->st = spk_person(d, name, role, &who)) == HD_OK && who >= 0) {
                    p->speaker = who;
                    p->turn = 1;
                    attributed = 1;
                }
                free(who_text);
                free(role);
                free(name);
            }
            if (p->st != HD_OK)
                return;
            /* in a transcript, a heading ends the turn: what follows without a label
             * ("The moderator then opened the floor …") is the byline's person's, or
             * with none the record's */
            if (p->transcript && p->cues_seen && !attributed)
                p->speaker = -2;
            /* "Excerpts from the press briefing by the Spokesperson": who answers below;
             * "Address of the Holy Father": who speaks below */
            /* (the first "of" only: "Readout of Minister Vesel's Call with Secretary of
             * State Harlan Brooks" is no address of "State Harlan Brooks") */
            int first_of = 1;
            for (size_t x = a; x + 4 < b && p->st == HD_OK; x++) {
                int of = strncmp(s + x, " of ", 4) == 0, by = strncmp(s + x, " by ", 4) == 0;
                int of_role = of && first_of && heading_of_role(s, x + 4, b);
                first_of &= !of;
                if ((by || of_role) && names_event(s, a, x)) {
                    char *who = txt_clean(s, x + 4, b), *role = NULL, *name = NULL;
                    int sp = -1;
                    if (!who || (p->st = spk_split_person(who, &role, &name)) != HD_OK) {
                        if (!who)
                            p->st = HD_ERR_NOMEM;
                    } else if ((role || name) && (p->st = spk_person(d, name, role, &sp)) == HD_OK) {
                        d->answerer = sp;
                        p->speaker = sp;
                    }
                    free(who);
                    free(role);
                    free(name);
                    break;
                }
            }
            i = next_content(p, hend);
            continue;
        }
        if (!body_chapter) {
            if (open_body_chapter(p, plain) != 0)
                return;
            body_chapter = 1;
        }
        /* "Earlier today, Governor Ann Roe was a guest on WXYZ.": a paragraph without a
         * label that speaks of the last speaker in the third person is the record's */
        /* (in a release or a press office's page too, under a heading: "PM Ben-Ami
         * Speaks with …" / "Prime Minister Yoav Ben-Ami, this evening, spoke …", "The
         * Holy Father has accepted the resignation …") */
        int under_heading = d->nblocks > 0 && d->blocks[d->nblocks - 1].kind == ST_HEADING;
        /* (not a page's running head between them: "January 28, 2026 Chair Halvorsen's
         * Press Conference FINAL", which is not read) */
        if (!plain && !is_cue && (p->transcript || under_heading) && p->speaker >= 0 &&
            !(end == i + 1 && (running_line(p, a, b) || is_chrome(s, a, b))) &&
            (size_t)p->speaker < d->nspeakers && p->lines[end - 1].end > p->lines[i].start &&
            (names_surname(s, p->lines[i].start, p->lines[end - 1].end, d->speakers[p->speaker].name, 1) ||
             names_role(s, p->lines[i].start, p->lines[end - 1].end, d->speakers[p->speaker].role)) &&
            !first_person(s, p->lines[i].start, p->lines[end - 1].end))
            p->speaker = -1;
        /* "Hon. Aurelie St-Onge moved third reading of Bill C-14.": a record's own
         * account of what a member did, the narrator's */
        if (!plain && !is_cue && p->transcript && record_narration(s, p->lines[i].start, p->lines[end - 1].end))
            p->speaker = -1;
        /* (and the footnotes at the foot, "¹ Laboratory-confirmed cases.": the
         * narrator's, each said as a note) */
        int footnotes = !plain && footnote_mark(s, a, b) && !d->cites;
        /* (under a rule on the paragraph's first line: "_______" / "Copyright © …") */
        size_t ruled_a = a, ruled_b = b;
        if (end > i + 1 && rule_line(s, a, b))
            line_span(p, i + 1, &ruled_a, &ruled_b);
        st_kind prose =
            p->notes || footnotes || (!plain && is_note_paragraph(s, ruled_a, ruled_b)) ? ST_NOTE : ST_SPEECH;
        size_t run = SIZE_MAX; /* start of the current run of prose lines */
        int skip_value = 0;    /* the line before was a chrome field's label alone */
        int quoted_only = 0, before_quote = -1; /* a quotation under its speaker's name */
        size_t quote_from = 0;                  /* its first block */
        size_t run_end = 0;
        int dated_above = 0; /* a line of this paragraph above was a date's field */
        /* "Daniel K. Osei (National Unity Party): 6,214,550 (52.38%)" over "Grace M.
         * Tembo (…): …": lines of results without bullets, each heard on its own */
        int results = !plain && end >= i + 2;
        for (size_t k = i; k < end && results; k++) {
            size_t ra, rb;
            line_span(p, k, &ra, &rb);
            results = result_line(s, ra, rb);
        }
        /* "Intensity 6 - Borongan City, Eastern Samar" over "Intensity 5 - Tacloban
         * City, Leyte": lines of a label, a spaced dash and its value, none a sentence
         * (two or more, after a lead-in line or not): each heard on its own, as a list
         * of results is */
        if (!plain && !results && end >= i + 2) {
            size_t dashed = 0, lines = 0;
            for (size_t k = i; k < end; k++) {
                size_t ra, rb;
                line_span(p, k, &ra, &rb);
                lines++;
                if (k == i && rb > ra && s[rb - 1] == ':')
                    continue; /* (the lead-in, "Reported Intensities:") */
                size_t dl, d1 = spaced_dash(s, ra, rb, rb, &dl);
                if (d1 != SIZE_MAX && txt_words(s, ra, d1) <= 5 && txt_words(s, ra, rb) <= 14 &&
                    (isupper((unsigned char)s[ra]) || isdigit((unsigned char)s[ra])) && !ends_with_terminal(s, ra, rb))
                    dashed++;
            }
            results = dashed >= 2 && dashed + 1 >= lines;
        }
        for (size_t k = i; k < end && p->st == HD_OK; k++) {
            line_span(p, k, &a, &b);
            size_t pn = p->numbered && k == i ? paragraph_number(s, a, b, para_no) : 0;
            if (pn) {
                a += pn; /* the number is not read */
                para_no++;
            }
            /* "2/6 On Fri. Jan 9, …": a thread's counter before each post, not read */
            size_t tc = p->thread && k == i ? thread_counter(s, a, b, p->thread) : 0;
            a += tc;
            /* ("… updates here. (3/3)": or after them) */
            if (p->thread && k + 1 == end)
                b = thread_counter_end(s, a, b, p->thread, NULL);
            /* "(Laughter and" / "applause.)", "(Whereupon, at 11:08 a.m., the case in the"
             * / "above-entitled matter was submitted.)": a note wrapped over the lines of
             * a record printed narrow, one direction, the narrator's */
            if (!plain && b > a && (s[a] == '(' || s[a] == '[') && !memchr(s + a, s[a] == '(' ? ')' : ']', b - a)) {
                char close = s[a] == '(' ? ')' : ']';
                size_t done = SIZE_MAX, ce = 0;
                for (size_t q = k + 1; q < end && q < k + 4; q++) {
                    size_t x, y;
                    line_span(p, q, &x, &y);
                    const char *c = memchr(s + x, close, y - x);
                    if (!c)
                        continue;
                    ce = (size_t)(c - s) + 1;
                    if (ce < y && s[ce] == '.')
                        ce++;
                    if (skip_spaces(s, ce, y) == y && spk_is_stage(s, a, ce, SPK_ALONE))
                        done = q;
                    break;
                }
                if (done != SIZE_MAX) {
                    if (run != SIZE_MAX)
                        add_prose(p, prose, run, run_end);
                    run = SIZE_MAX;
                    add_block(p, ST_STAGE, a, ce, -1, 0);
                    k = done;
                    continue;
                }
            }
            /* a court's examination: "DIRECT EXAMINATION" / "BY MR. REYES:", then Q. is
             * the lawyer's and A. the witness's */
            if (!plain && p->transcript && examination_line(s, a, b)) {
                if (run != SIZE_MAX)
                    add_prose(p, prose, run, run_end);
                run = SIZE_MAX;
                add_block(p, ST_STAGE, a, b, -1, 0);
                p->exam_q = -1;
                continue;
            }
            size_t by_end = by_line_end(s, a, b);
            if (!plain && (p->transcript || (k == i && exam_by_line(p, k))) && b - a > 6 &&
                strncmp(s + a, "BY ", 3) == 0 && s[b - 1] == ':' && !txt_has_lower(s + a, by_end - a)) {
                spk_cue ec;
                int ew = -1;
                /* ("(continuing)" set aside: "BY MR. ACHEBE:" again) */
                char *byl = by_end < b ? malloc(by_end - a + 2) : NULL;
                int read = 0;
                if (byl) {
                    memcpy(byl, s + a, by_end - a);
                    byl[by_end - a] = ':';
                    byl[by_end - a + 1] = '\0';
                    read = spk_read_cue(byl, 3, by_end - a + 1, &ec) && ec.kind == CUE_NAMED && ec.text_start >= by_end - a + 1;
                    if (read) {
                        ec.label_start += a;
                        ec.label_end += a;
                        ec.text_start = b;
                        ec.outlet_start = ec.outlet_end = 0;
                    }
                    free(byl);
                } else {
                    read = spk_read_cue(s, a + 3, b, &ec) && ec.kind == CUE_NAMED && ec.text_start >= b;
                }
                if (read) {
                    if (run != SIZE_MAX)
                        add_prose(p, prose, run, run_end);
                    run = SIZE_MAX;
                    if ((p->st = spk_resolve(d, &ec, p->speaker, &ew)) != HD_OK)
                        return;
                    p->exam_q = ew;
                    add_block(p, ST_STAGE, a, b, -1, 0);
                    continue;
                }
            }
            /* "Questions by MR LAWSON KC", "Cross-examined by Ms Ruiz": an inquiry's
             * examination, its questions that person's; "MR DAVID FENN (affirmed)":
             * the witness who answers them */
            if (!plain && (p->transcript || p->cues_seen) && ((k == i && end == i + 1) || p->transcript)) {
                size_t qb = examined_by(s, a, b);
                size_t we = qb ? 0 : witness_line(s, a, b);
                if (qb || we) {
                    char *t = qb ? spk_title_case(s + qb, b - qb) : spk_title_case(s + a, we - a);
                    char *role = NULL, *name = NULL;
                    if (!t || (p->st = spk_split_person(t, &role, &name)) != HD_OK) {
                        free(t);
                        if (p->st == HD_OK)
                            p->st = HD_ERR_NOMEM;
                        return;
                    }
                    int who = -1;
                    if (name && strchr(name, ' ') == NULL && qb) {
                        /* "Questions by MR LAWSON KC": the counsel already heard, by surname */
                        for (size_t q = 0; q < d->nspeakers && who < 0; q++)
                            if (d->speakers[q].name && strstr(d->speakers[q].name, name))
                                who = (int)q;
                    }
                    /* ("THE WITNESS:" heard before "MARGUERITE ANNE SOLIS (sworn)": the
                     * same witness, named now) */
                    for (size_t q = 0; who < 0 && name && !qb && q < d->nspeakers; q++)
                        if (!d->speakers[q].name && d->speakers[q].role && strcmp(d->speakers[q].role, "Witness") == 0) {
                            char *nm = xstrdup(name);
                            if (!nm) {
                                p->st = HD_ERR_NOMEM;
                                break;
                            }
                            d->speakers[q].name = nm;
                            who = (int)q;
                        }
                    if (who < 0 && name && p->st == HD_OK)
                        p->st = spk_person(d, name, qb ? role : "Witness", &who);
                    free(t);
                    free(role);
                    free(name);
                    if (p->st != HD_OK)
                        return;
                    if (who >= 0) {
                        if (run != SIZE_MAX)
                            add_prose(p, prose, run, run_end);
                        run = SIZE_MAX;
                        if (qb)
                            p->exam_q = who;
                        else
                            p->exam_a = who;
                        add_block(p, ST_STAGE, a, b, -1, 0);
                        continue;
                    }
                }
            }
            /* "Mr Pryce" / "rose—": what the member did, under her label as the whole
             * of her turn; the narrator reads the two lines as one direction */
            /* ("Mr Owen Pryce (Eastport) (Con)" / "rose—": her full label too; "Hon.
             * Members" / "Hear, hear.": the members' cry, as "Hon. Members: Hear, hear." is) */
            if (!plain && k + 1 < end && !is_stage(s, a, b) && name_cue(p, a, b, &cue) &&
                (skip_spaces(s, cue.label_end, b) == b || seated_label(s, a, b))) {
                size_t na, nb;
                line_span(p, k + 1, &na, &nb);
                if (nb > na && ((islower((unsigned char)s[na]) && spk_is_stage(s, na, nb, SPK_ALONE)) ||
                                cry_under(s, a, b, na, nb))) {
                    if (run != SIZE_MAX)
                        add_prose(p, prose, run, run_end);
                    run = SIZE_MAX;
                    /* (her name, not her seat's and party's brackets: "Mr Owen Pryce" /
                     * "rose—") */
                    if (seated_label(s, a, b) && cue.label_end > cue.label_start && cue.label_end < b) {
                        add_block(p, ST_STAGE, cue.label_start, cue.label_end, -1, 0);
                        add_block(p, ST_STAGE, na, nb, -1, 0);
                        if (d->nblocks)
                            d->blocks[d->nblocks - 1].cont = 1;
                    } else {
                        add_block(p, ST_STAGE, a, nb, -1, 0);
                    }
                    k++;
                    continue;
                }
            }
            /* "Questions and Answers" between two rules of a Refinitiv call (the
             * part's name, not a turn's label): a heading */
            if (!plain && k > i && k + 1 < end && b > a && txt_words(s, a, b) <= 8 && !ends_with_terminal(s, a, b) &&
                rule_line(s, p->lines[k - 1].start, p->lines[k - 1].end) &&
                rule_line(s, p->lines[k + 1].start, p->lines[k + 1].end) && !name_cue(p, a, b, &cue)) {
                if (run != SIZE_MAX)
                    add_prose(p, prose, run, run_end);
                run = SIZE_MAX;
                add_block(p, ST_HEADING, a, b, -1, 0);
                continue;
            }
            /* "Spokesperson: Inspector Kylie Brennan, NSW RFS" over '"Crews are doing …"'
             * (an emergency service's update): the label's line names who is quoted,
             * the narrator's; the quotation under it is hers, the narration goes on
             * after it */
            if (!plain && !quoted_only && k + 1 < end && spk_read_cue(s, a, b, &cue) &&
                cue.kind == CUE_NAMED && cue.text_start < b && cue.label_end > cue.label_start &&
                !label_again(p, k, &cue) &&
                !ends_with_terminal(s, cue.text_start, b) && txt_words(s, cue.text_start, b) <= 12 &&
                person_role_in(s, cue.label_start, cue.label_end)) {
                size_t x, y;
                line_span(p, k + 1, &x, &y);
                char *t = txt_clean(s, cue.text_start, b), *role = NULL, *name = NULL;
                int person = t && is_open_quote(s, x, y) && spk_split_person(t, &role, &name) == HD_OK && name &&
                             strchr(name, ' ');
                int who = -1;
                if (person) {
                    char *lab = txt_has_lower(s + cue.label_start, cue.label_end - cue.label_start)
                                    ? txt_clean(s, cue.label_start, cue.label_end)
                                    : spk_title_case(s + cue.label_start, cue.label_end - cue.label_start);
                    p->st = lab ? spk_person(d, name, role ? role : lab, &who) : HD_ERR_NOMEM;
                    free(lab);
                }
                free(t);
                free(role);
                free(name);
                if (p->st != HD_OK)
                    return;
                if (who >= 0) {
                    if (run != SIZE_MAX)
                        add_prose(p, prose, run, run_end);
                    run = SIZE_MAX;
                    add_block(p, ST_SPEECH, a, b, -1, 0);
                    quoted_only = 1, before_quote = p->speaker;
                    quote_from = d->nblocks;
                    p->speaker = who;
                    p->turn = 1;
                    continue;
                }
            }
            /* "16:12 - Prime Minister Pedro Sandoval: \"We do not rule out …\"": a live
             * page's entry, its time, a dash and a person quoted under her label: the
             * time is the narrator's, the quotation hers */
            /* (the paragraph's last line: a quotation would go on over the entries under
             * it, no blank line between) */
            if (!plain && !p->transcript && !quoted_only && k + 1 == end && isdigit((unsigned char)s[a])) {
                dt_time tm;
                size_t tk = dt_time_at(s + a, b - a, &tm), x = skip_spaces(s, a + tk, b);
                size_t dl = tk && x < b && x > a + tk ? txt_dash_len(s, x, b) : 0;
                size_t t = dl ? skip_spaces(s, x + dl, b) : b;
                spk_cue lc;
                if (t > x + dl && t < b && isupper((unsigned char)s[t]) && spk_read_cue(s, t, b, &lc) &&
                    lc.label_start == t && lc.kind == CUE_NAMED && quoted_cue(p, &lc, b)) {
                    if (run != SIZE_MAX)
                        add_prose(p, prose, run, run_end);
                    run = SIZE_MAX;
                    add_block(p, ST_SPEECH, a, a + tk, -1, 0);
                    a = t;
                }
            }
            if (!plain && !p->notes && !p->contacts && !is_chrome(s, a, b) &&
                ((!is_stage(s, a, b) &&
                  (spk_read_cue(s, a, b, &cue) || figure_turn(p, a, b, &cue) ||
                   spk_answer_letter(s, a, b, p->last_cue == CUE_QUESTION, &cue)) &&
                  body_cue(p, &cue, b)) ||
                 ((!is_stage(s, a, b) || s[a] == '[' || s[a] == '(') && name_cue(p, a, b, &cue)) ||
                 (k == i && end == i + 1 && label_over_turn(p, k, a, b) && spk_read_cue(s, a, b, &cue)))) {
                p->cues_seen = 1;
                if (run != SIZE_MAX)
                    add_prose(p, prose, run, run_end);
                run = SIZE_MAX;
                int who = -1;
                if (!p->transcript && quoted_cue(p, &cue, b) && !quoted_only) {
                    /* the label is read as the narrator's attribution, the quotation is
                     * the person's, with no announcement ("Senator Ruelas: \"…\"") */
                    quoted_only = 1, before_quote = p->speaker;
                    add_block(p, ST_SPEECH, a, cue.text_start, -1, 0);
                    quote_from = d->nblocks;
                }
                /* "MR LAWSON KC: The first witness is Mr David Fenn." / "Q. Mr Fenn, were
                 * you …": counsel's questions under counsel's turn, as inquiries print
                 * them; the answers are the witness's */
                if (p->exam_q < 0 && cue.kind == CUE_QUESTION && cue.outlet_end == cue.outlet_start &&
                    p->last_cue == CUE_NAMED && p->counsel && p->speaker >= 0 && !d->speakers[p->speaker].asks)
                    p->exam_q = p->speaker;
                if (p->exam_q >= 0 && cue.kind == CUE_QUESTION) {
                    who = p->exam_q;
                } else if (p->exam_q >= 0 && cue.kind == CUE_ANSWER) {
                    if (p->exam_a < 0 && (p->st = spk_person(d, NULL, "Witness", &p->exam_a)) != HD_OK)
                        return;
                    who = p->exam_a;
                } else {
                    /* "QUESTIONER: Marcia Dunn-Reilly, Orbital Weekly. Dr. Wren, …": a
                     * questioner who names herself and her outlet first, as "REPORTER
                     * (Marcia Dunn-Reilly, Orbital Weekly):" does */
                    if (cue.kind == CUE_QUESTION && cue.outlet_end == cue.outlet_start && cue.text_start < b) {
                        size_t n = self_named(s, cue.text_start, b);
                        if (n) {
                            cue.outlet_start = cue.text_start;
                            cue.outlet_end = cue.text_start + n;
                            cue.text_start = skip_spaces(s, cue.text_start + n + 1, b);
                            if (run == SIZE_MAX || run < cue.text_start)
                                run_end = b;
                        }
                    }
                    if ((p->st = spk_resolve(d, &cue, p->speaker, &who)) != HD_OK)
                        return;
                    /* (a named turn ends no examination: an objection, the witness's
                     * question, the examiner's "You may answer." come between its
                     * questions; a new "BY …:" line or an examination's heading does) */
                    /* "MS STROUD KC: Please give your full name." / "A. Callum Reddaway.":
                     * an answer to the named person who just spoke is no one's she
                     * knows; she examines a witness, and her "Q." turns are hers */
                    if (cue.kind == CUE_ANSWER && p->last_cue == CUE_NAMED && who >= 0 && who == p->speaker &&
                        !d->speakers[who].asks) {
                        p->exam_q = who;
                        if (p->exam_a < 0 && (p->st = spk_person(d, NULL, "Witness", &p->exam_a)) != HD_OK)
                            return;
                        who = p->exam_a;
                    }
                }
                /* "TH: Disappointing. But we move on." / "Will the red card be
                 * appealed?" / "TH: No.": a paragraph of questions alone between two
                 * turns of the same person, labelled again after it, is the
                 * interviewer's, unlabelled (the person would not be named again
                 * after asking herself) */
                /* (in an interview or a press conference whose questions have no
                 * label at all: a speech, a record, or a conference whose journalists
                 * are labelled keep a speaker's own questions hers) */
                int asking_kind = d->kind && (find_ci(d->kind, 0, strlen(d->kind), "interview") ||
                                              find_ci(d->kind, 0, strlen(d->kind), "conference") ||
                                              find_ci(d->kind, 0, strlen(d->kind), "Q&A") ||
                                              find_ci(d->kind, 0, strlen(d->kind), "conversation") ||
                                              find_ci(d->kind, 0, strlen(d->kind), "doorst") ||
                                              find_ci(d->kind, 0, strlen(d->kind), "press point"));
                if (asking_kind && cue.kind == CUE_NAMED && who >= 0 && who == p->speaker && !p->qcues) {
                    p->qcues = 1;
                    for (size_t li = 0; li < p->nlines && li < 4000 && p->qcues == 1; li++) {
                        size_t la, lb;
                        spk_cue lq;
                        line_span(p, li, &la, &lb);
                        if (lb > la && spk_read_cue(s, la, lb, &lq) && lq.kind == CUE_QUESTION)
                            p->qcues = 2;
                    }
                }
                if (asking_kind && p->qcues == 1 && cue.kind == CUE_NAMED && who >= 0 && who == p->speaker &&
                    !d->speakers[who].asks && d->nblocks >= 2 && p->st == HD_OK) {
                    st_block *q = &d->blocks[d->nblocks - 1];
                    size_t qe = q->end;
                    while (qe > q->start && (s[qe - 1] == ' ' || s[qe - 1] == '"' || s[qe - 1] == '\n'))
                        qe--;
                    int asked = q->kind == ST_SPEECH && q->speaker == who && !q->turn && !q->cont && !q->quoted &&
                                !q->header && qe > q->start && s[qe - 1] == '?';
                    for (size_t x = q->start; asked && x + 1 < qe; x++)
                        asked = !((s[x] == '.' || s[x] == '!') && s[x + 1] == ' ');
                    /* (the turn before it carried the label: the person's own words) */
                    for (size_t kb = d->nblocks - 1; asked && kb-- > 0;) {
                        if (d->blocks[kb].header || d->blocks[kb].speaker != who) {
                            asked = 0;
                            break;
                        }
                        if (d->blocks[kb].turn)
                            break;
                    }
                    if (asked) {
                        spk_cue qc;
                        memset(&qc, 0, sizeof qc);
                        qc.kind = CUE_QUESTION;
                        qc.strong = 1;
                        int asker = -1;
                        if ((p->st = spk_resolve(d, &qc, p->speaker, &asker)) != HD_OK)
                            return;
                        if (asker >= 0 && asker != who) {
                            d->blocks[d->nblocks - 1].speaker = asker;
                            d->blocks[d->nblocks - 1].turn = 1;
                        }
                    }
                }
                p->last_cue = (int)cue.kind;
                p->counsel = cue.kind == CUE_NAMED && counsel_label(s, cue.label_start, cue.label_end);
                /* "HECKLER:", "Voz del público:" in a speech: one short turn, then the
                 * speaker goes on */
                /* (a speech nobody is named for goes on in the narrator's voice; after
                 * two cries, "HECKLER: …" then "CROWD: …", the speech's) */
                /* (one of the hall given the floor by one whose turns are labelled,
                 * "MAYOR RUIZ: … your questions." / "AUDIENCE MEMBER: …", speaks at
                 * length: no cry) */
                int label = interjection(s, &cue), cry = label;
                if (cry == 1 && p->speaker >= 0 && p->speaker == p->cued_main)
                    cry = 0;
                if (!label)
                    p->cued_main = who;
                if (!(p->resume_on && cry)) {
                    p->resume_on = cry && p->speaker != who &&
                                   (p->speaker == -1 || (p->speaker >= 0 && !d->speakers[p->speaker].asks));
                    p->resume = p->speaker;
                }
                p->speaker = who;
                p->turn = 1;
                if (cue.text_start < b) {
                    run = cue.text_start;
                    run_end = b;
                    p->label_b = 0;
                } else {
                    p->label_a = a;
                    p->label_b = b;
                    p->label_blocks = d->nblocks;
                }
                /* (the office on the line under the name: the label's, not read) */
                if (cue.office_start >= b && cue.office_end > cue.office_start && k + 1 < end &&
                    p->lines[k + 1].start <= cue.office_start)
                    k++;
                continue;
            }
            /* "\\1\\ The prepared statement of Senator Tolliver appears in the" /
             * "Appendix on page 31.": a footnote set between the turns of a record, with
             * the lines it wraps onto (up to a rule, a label or the next note), the
             * narrator's, said as a note */
            if (!plain && !d->cites && k > i && s[a] == '\\' && footnote_mark(s, a, b)) {
                if (run != SIZE_MAX)
                    add_prose(p, prose, run, run_end);
                run = SIZE_MAX;
                size_t fe = b;
                while (k + 1 < end) {
                    size_t x, y;
                    line_span(p, k + 1, &x, &y);
                    spk_cue nc;
                    if (y <= x || rule_line(s, x, y) || s[x] == '\\' || spk_read_cue(s, x, y, &nc))
                        break;
                    fe = y;
                    k++;
                }
                add_block(p, ST_NOTE, a, fe, -1, 0);
                continue;
            }
            /* not read: end marks and separators, page chrome, a time code alone (the
             * same speaker goes on), a page's fields that are chrome ("Topic" / "Financial
             * Fraud", "Press Release Number: 25-117") with their values */
            size_t cv;
            int ch = 0;
            int chrome_field = !plain && field_at(s, a, b, &cv, &ch) && (ch == 'c' || ch == 'f');
            /* ("[Photo: Governor Lopez cuts the ribbon.]": the same field in brackets) */
            if (!plain && !chrome_field && b - a > 4 && s[a] == '[' && s[b - 1] == ']' &&
                field_at(s, a + 1, b - 1, &cv, &ch) && ch == 'c') {
                chrome_field = 1;
                cv = b;
            }
            /* (under "Contact", "Press Office" is whom to call, no page's menu) */
            int chrome = is_chrome(s, a, b) && !(p->contacts && data_has_line("en/contacts.txt", s + a, b - a));
            int skip = !plain && (skip_value || chrome_field || is_end_marker(s, a, b) || chrome ||
                                  spk_time_code(s, a, b) || is_reference(s, a, b) || record_clock(s, a, b) ||
                                  running_line(p, a, b));
            skip_value = chrome_field && cv >= b;
            size_t ml = plain || skip ? 0 : bullet_len(s, a, b);
            if (!plain && !ml && !skip)
                ml = number_len(s, a, b);
            /* "Published 3 March 2025" at the foot: the narrator's */
            size_t fv;
            int holds = 0;
            char iso[11];
            size_t db = b; /* where the read part of a dated line ends */
            int dated = !plain && !skip && !ml && field_at(s, a, b, &fv, &holds) && (holds == 'd' || holds == 'u') &&
                        fv < b && date_iso(p->order, s + fv, b - fv, iso);
            /* "Last updated: Oct. 20, 2026, 6:15 p.m. CDT" at a page's foot: when it last
             * changed, as at its top */
            if (dated && holds == 'u' && !d->updated)
                set_updated(p, fv, b);
            /* "Dated: Friday 5 July 2024" under a declaration: its date */
            if (dated && holds == 'd' && !d->date)
                set_date(p, iso);
            if (dated && holds == 'd' && k + 1 < end)
                dated_above = 1;
            if (dated) {
                /* "Last updated 15 October 2025 + show all updates": a page's control
                 * after the date is chrome, not read */
                size_t x = skip_spaces(s, fv + date_iso(p->order, s + fv, b - fv, iso), b), y = x;
                while (y < b && strchr("+-|(\xE2\x80\x94\x93", s[y]))
                    y++;
                y = skip_spaces(s, y, b);
                size_t e = b;
                if (e > y && s[e - 1] == ')')
                    e--;
                if (x < b && !(y < e && is_chrome(s, y, e))) {
                    dated = 0; /* (and read whole: "… 6:42PM by PIB Delhi") */
                } else {
                    db = x;
                    while (db > a && s[db - 1] == ' ')
                        db--;
                }
            }
            /* "Press contacts:", "Media enquiries:" open the end matter, and a photo's
             * caption is not the speaker's: the narrator's */
            if (!plain && !p->contacts && !skip && (contact_label(s, a, b) || (k == i && contact_foot(p, i, end))))
                p->contacts = 1;
            /* "Contact: …" / "(303) 630-6000" over "DENVER—The FBI is asking …": contacts at
             * the head of the body end where its news begins */
            else if (!plain && p->contacts == 1 && !skip && k == i && news_paragraph(s, a, b) && !body_spoken(d))
                p->contacts = 0;
            int caption = !plain && (p->contacts || is_caption(s, a, b));
            /* "(V. Raghunandan)" over "Secretary, TRA" at the foot of an Indian ministry's
             * release: the signing officer's name in brackets, no direction */
            if (!plain && !caption && k + 1 < end && paren_signature(p, k, a, b))
                caption = 1;
            /* (and the office under it) */
            if (!plain && !caption && k > i) {
                size_t sa, sb2;
                line_span(p, k - 1, &sa, &sb2);
                caption = paren_signature(p, k - 1, sa, sb2);
            }
            /* ("Issued by:" / "The Kenya High Commission, London" / "9th December 2024"
             * at the statement's foot: the date under the office that issued it dates
             * the statement when nothing else did) */
            if (caption && p->contacts && !d->date && k > i && next_content(p, end) >= p->nlines) {
                char fiso[11];
                size_t fn = date_iso(p->order, s + a, b - a, fiso);
                if (fn && date_tail(s, a + fn, b))
                    set_date(p, fiso);
            }
            /* "Dated: 5 July 2024" / "M. J. Whitfield" / "Acting Returning Officer": the
             * lines under a date that closes the text are its signature, the record's */
            if (!plain && !caption && dated_above && k > i && txt_words(s, a, b) <= 6 && !ends_with_terminal(s, a, b) &&
                !bullet_len(s, a, b))
                caption = 1;
            /* "There being no objection, the material was ordered to be printed …", "The
             * legislative clerk proceeded to call the roll.": a record's own narration on
             * a line of its own between the turns (data/en/notes.txt) */
            int record_note = !plain && p->transcript && !skip && k > i && is_note_paragraph(s, a, b);
            /* a paragraph of one line that is the record's, not the speaker's: a clock
             * time ("4:31 P.M. EDT") or a field ("Duration: 47 minutes") */
            /* (or a record's roster, "President: Mr. Yang ........ (Cameroon)", its dot
             * leaders between a seat and who holds it) */
            if (!plain && !dated && !skip && !ml && k == i && end == i + 1 && (clock_line(s, a, b) ||
                (field_at(s, a, b, &fv, &holds) && fv < b && !contact_label(s, a, b))))
                dated = 1;
            /* (or a row of a division's table, "Ayes ........ 32", one a line) */
            if (!plain && !dated && !skip && !ml && dot_leaders(s, a, b) && !ends_with_terminal(s, a, b) &&
                txt_words(s, a, b) <= 24)
                dated = 1;
            /* "10:42 AM · Jan 12, 2026 · 1.2M Views": a post's foot, which dates it */
            if (!plain && !dated && !skip && !ml && k == i && end == i + 1 && txt_words(s, a, b) <= 14 &&
                (memchr(s + a, 0xB7, b - a) || memchr(s + a, 0xA2, b - a)) && fields_date(p, a, b, iso)) {
                dated = 1;
                if (!d->date)
                    set_date(p, iso);
            }
            /* "New Delhi | 09 January 2024 | PIB Delhi" over a speech: its dateline, the
             * record's, which dates it */
            if (!plain && !dated && !skip && !ml && k == i && end == i + 1 && bar_dateline(p, a, b, iso)) {
                dated = 1;
                if (!d->date)
                    set_date(p, iso);
            }
            /* "Coyhaique, 11 de noviembre de 2025." under a speech: where and when, the
             * record's */
            /* (and the Vatican's, the day's feast after the date: "Rome, Saint John
             * Lateran, 24 January 2025, Memorial of Saint Francis de Sales.") */
            size_t feast = plain ? b : feast_at(s, a, b);
            if (!plain && !dated && !skip && !ml && k == i && end == i + 1 && txt_words(s, a, b) <= (feast < b ? 20 : 12) &&
                txt_words(s, a, feast) <= 12 && place_date(p, a, feast, iso)) {
                dated = 1;
                p->signed_off = 1;
                if (!d->date)
                    set_date(p, iso);
            } else if (!plain && p->signed_off && !dated && !skip && !ml && k == i && end == i + 1 &&
                       txt_words(s, a, b) <= 8 && !ends_with_terminal(s, a, b) && !txt_has_lower(s + a, b - a)) {
                dated = 1; /* "OFICINA GENERAL DE COMUNICACIONES" under it */
            }
            /* "ORAL ARGUMENT OF DANIEL P. WHITCOMB" between the turns of a record printed
             * without blank lines: a heading, the narrator's */
            int caps_heading = !plain && p->transcript && !skip && !ml && !dated && !caption && end > i + 1 &&
                               txt_words(s, a, b) >= 3 && !txt_has_lower(s + a, b - a) &&
                               !ends_with_terminal(s, a, b) && !is_stage(s, a, b) && !number_len(s, a, b) &&
                               !table_row(s, a, b);
            /* "| Gross margin | 71.2% | 69.8% |", "North | 342 | 4.7 | 3": a table's row,
             * read as a line of its own (joined to the next, two rows were one
             * sentence); its rule ("|---|---|") not read */
            size_t bars = 0;
            for (size_t x = a; x < b; x++)
                bars += s[x] == '|';
            int row = !plain && !skip && !ml && !dated && !caption && ((bars >= 2 && b - a >= 5) || results);
            /* an entry of the notes at the foot, "[2] …", "Lane, P. R. (2021). …": a note
             * of its own, whatever the lines round it */
            int entry = !plain && p->notes && !skip && !ml && (footnote_mark(s, a, b) || ref_entry(s, a, b));
            if (row && strspn(s + a, "|-:= ") >= b - a)
                skip = 1, row = 0;
            int special = !plain && (skip || ml || dated || caption || caps_heading || record_note || row || entry ||
                                     is_stage(s, a, b));
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
            if (skip)
                continue;
            if (entry) {
                add_block(p, ST_NOTE, a, b, -1, 0);
                continue;
            }
            if (row) {
                size_t first_block = d->nblocks;
                add_prose(p, prose, a, b);
                /* (the rows of one table: a sentence's pause between them) */
                if (k > i && first_block < d->nblocks)
                    d->blocks[first_block].cont = 1;
                continue;
            }
            if (caps_heading) {
                add_block(p, ST_HEADING, a, b, -1, 0);
                p->speaker = -1; /* "IN THE CHAIR: ANN ROE" / "Vice-President": the record's */
            }
            else if (ml && !p->notes && !p->transcript && !p->plain && current_speaker(p) < 0 &&
                     quotes_in(s, a + ml, b) && txt_words(s, a + ml, b) >= 8 && ends_with_terminal(s, a + ml, b) &&
                     (is_open_quote(s, a + ml, b) || find_ci(s, a + ml, b, " said") || find_ci(s, a + ml, b, " says") ||
                      find_ci(s, a + ml, b, " added") || find_ci(s, a + ml, b, " noted") ||
                      find_ci(s, a + ml, b, " stated"))) {
                /* '2. Minister Chee Hong Tat said: "…"': a release's numbered paragraph
                 * quoting someone (a quotation that opens it, or a word of saying; not
                 * a list's item with a name in quotation marks) is a paragraph, the
                 * quotation the person's */
                add_prose(p, ST_SPEECH, a + ml, b);
            }
            else if (ml) {
                add_block(p, p->notes ? ST_NOTE : ST_LIST, a + ml, b,
                          p->notes ? -1 : current_speaker(p), 0);
                /* "1. Prime Minister Benjamin Netanyahu made the following remarks:" over
                 * his words, as cabinet communiqués number their items */
                int who = -1;
                if (!p->notes && !p->transcript && s[b - 1] == ':' && current_speaker(p) < 0 && p->st == HD_OK &&
                    (p->st = spk_lead_in(d, a + ml, b, a + ml, &who)) == HD_OK && who >= 0)
                    p->said = who;
            }
            else if (dated || caption) {
                add_block(p, ST_META, a, dated ? db : b, -1, 0);
                /* ("For Immediate Release: Jan. 22, 2025" under the contacts at the
                 * body's head: the release's date, when nothing dated it) */
                char riso[11];
                const char *rc = memchr(s + a, ':', b - a);
                size_t rv = rc ? skip_spaces(s, (size_t)(rc - s) + 1, b) : b;
                if (!d->date && !body_spoken(d) && rv < b && release_line(s, a, b) &&
                    date_iso(p->order, s + rv, b - rv, riso))
                    set_date(p, riso);
            } else if (record_note) {
                add_block(p, ST_NOTE, a, b, -1, 0);
                p->speaker = -1; /* what it says follows ("as follows:") is the record's */
            }
            else if (is_stage(s, a, b))
                add_block(p, ST_STAGE, a, b, -1, 0);
        }
        if (run != SIZE_MAX)
            add_prose(p, prose, run, run_end);
        if (quoted_only) {
            for (size_t q = quote_from; q < d->nblocks; q++)
                d->blocks[q].quoted = 1;
            p->speaker = before_quote; /* the narration goes on after the quotation */
            p->turn = 1;
        }
        /* "This year's Broadcast was recorded in … The full text of His Majesty's
         * message follows:" before the speaker's first words: the publisher's note,
         * in the third person, the narrator's (not "I am pleased to share the
         * following message:", the speaker's own) */
        if (!plain && !p->notes && !p->cues_seen && p->speaker >= 0 && p->st == HD_OK && end > i) {
            size_t pa = p->lines[i].start, pe = p->lines[end - 1].end;
            while (pe > pa && (s[pe - 1] == ' ' || s[pe - 1] == '\r'))
                pe--;
            size_t k0 = d->nblocks;
            while (k0 > 0 && d->blocks[k0 - 1].start >= pa)
                k0--;
            int spoke = p->voiced && p->voiced - 1 < k0;
            if (!spoke && k0 < d->nblocks && pe > pa && s[pe - 1] == ':' && spk_lead_in_line(s, pa, pe) &&
                !first_person(s, pa, pe) && !quotes_in(s, pa, pe)) {
                for (size_t k = k0; k < d->nblocks; k++)
                    if (d->blocks[k].speaker == p->speaker && d->blocks[k].kind == ST_SPEECH)
                        d->blocks[k].speaker = -1;
                p->voiced = 0;
            }
        }
        /* "… Below is a transcript of her remarks as delivered:": the person named
         * before it speaks what follows */
        /* (unless what follows is a quotation, which alone is theirs: p->said) */
        size_t nq = next_content(p, end);
        int quote_next = nq < p->nlines && (s[p->lines[nq].start] == '"' ||
                                            (p->lines[nq].end - p->lines[nq].start >= 3 &&
                                             memcmp(s + p->lines[nq].start, "\xE2\x80\x9C", 3) == 0));
        if (!plain && !p->notes && !p->cues_seen && p->speaker < 0 && p->st == HD_OK && !(quote_next && p->said >= 0)) {
            int who = -1;
            if ((p->st = spk_lead_in(d, p->lines[i].start, p->lines[end - 1].end, body_start, &who)) !=
                HD_OK)
                return;
            if (who >= 0) {
                p->speaker = who;
                p->turn = 1;
            } else if (who == SPK_JOINT) {
                p->speaker = -1; /* (two give it: the narrator reads it) */
            }
        }
        i = next_content(p, end);
    }
    /* a label alone on the statement's last line, no turn under it ("Priya Nair --
     * Halden Securities -- Analyst" as a transcript ends): read, not lost */
    if (p->label_b > p->label_a && d->nblocks == p->label_blocks && p->st == HD_OK) {
        p->speaker = -1;
        add_block(p, ST_SPEECH, p->label_a, p->label_b, -1, 0);
    }
}

/* Whether the text at s[a, b) opens in lower case. */
static int is_lower_at(const char *s, size_t a, size_t b)
{
    return a < b && islower((unsigned char)s[a]);
}

/* Whether s[x, y) is only a page's matter, not read: its running head, chrome or a page
 * number ("Page 2 of 22", "14"), line by line. */
static int only_page_matter(parser *p, size_t x, size_t y)
{
    const char *s = p->s;
    /* the lines that meet [x, y): from the one before the first that starts in it */
    size_t i = line_from(p, x);
    for (i = i > 0 ? i - 1 : 0; i < p->nlines && p->lines[i].start < y; i++) {
        size_t a, b;
        line_span(p, i, &a, &b);
        if (b <= x || a >= y || a >= b)
            continue;
        size_t digits = 0;
        for (size_t k = a; k < b; k++)
            digits += isdigit((unsigned char)s[k]) != 0;
        int page = (starts_with_ci(s + a, b - a, "Page ") && digits && txt_words(s, a, b) <= 4) ||
                   (digits == b - a && digits <= 4);
        if (!page && !running_line(p, a, b) && !is_chrome(s, a, b))
            return 0;
    }
    return 1;
}

/* A video's captions cut sentences at every line ("good evening everybody and thanks
 * for" / "0:03" / "joining us tonight …"): a body line that only a time code parts
 * from the speech line before it goes on with that line's sentence (st_block.joins). */
static void join_captions(parser *p)
{
    hd_doc *d = p->doc;
    const char *s = p->s;
    for (size_t k = 1; k < d->nblocks; k++) {
        st_block *b = &d->blocks[k], *a = &d->blocks[k - 1];
        if (b->kind != ST_SPEECH || a->kind != ST_SPEECH || b->header || a->header || b->turn ||
            a->speaker != b->speaker || a->chapter != b->chapter || b->start < a->end)
            continue;
        size_t x = a->end, y = b->start;
        txt_trim(s, &x, &y);
        /* "[Music]", "(Applause)" between lines stay what they are */
        if (s[a->start] == '[' || s[a->start] == '(' || s[b->start] == '[' || s[b->start] == '(' ||
            is_stage(s, a->start, a->end) || is_stage(s, b->start, b->end))
            continue;
        if (p->captions && x < y && spk_time_code(s, x, y) && !memchr(s + x, '\n', y - x))
            b->joins = 1;
        /* a page's break inside a sentence ("… the unemployment rate was" / the running
         * head / "Page 2 of 22" / "little changed at 4.4 percent."): one sentence */
        else if (x < y && is_lower_at(s, b->start, b->end) && !ends_with_terminal(s, a->start, a->end) &&
                 s[a->end - 1] != ':' && only_page_matter(p, x, y))
            b->joins = 1;
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
    /* "🙏" after a post's last sentence, "—" after a cue ("Question: [Inaudible] —"):
     * nothing to read */
    if (!t->text[0] || emoji_only(t->text, 0, strlen(t->text)) || txt_only_punctuation(t->text, strlen(t->text))) {
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
        /* a header's note of sentences ("Moderators were … Transcript by …; it may
         * contain errors.") is said as sentences, not one run with commas */
        int prose_meta = k->kind == ST_META && k->end > k->start + 2 && ends_with_terminal(d->src, k->start, k->end) &&
                         txt_words(d->src, k->start, k->end) >= 10;
        if ((k->kind != ST_SPEECH && k->kind != ST_LIST && k->kind != ST_NOTE && !prose_meta) ||
            (k->kind == ST_NOTE && ref_entry(d->src, k->start, k->end))) {
            if ((st = add_sentence(d, i, k->start, k->end)) != HD_OK)
                return st;
            continue;
        }
        seg_span *v = NULL;
        size_t n = 0;
        if ((st = seg_split(d->src, k->start, k->end, &v, &n)) != HD_OK)
            return st;
        size_t j = 0;
        /* a caption line goes on with the sentence the line before left open */
        st_sentence *last = d->nsents ? &d->sents[d->nsents - 1] : NULL;
        size_t ll = last ? strlen(last->text) : 0;
        if (k->joins && n && last && last->block == i - 1 && ll &&
            !strchr(".!?", last->text[ll - 1])) {
            char *more = txt_clean(d->src, v[0].start, v[0].end);
            char *joined = more ? malloc(ll + 1 + strlen(more) + 1) : NULL;
            if (!joined) {
                free(more);
                free(v);
                return HD_ERR_NOMEM;
            }
            memcpy(joined, last->text, ll);
            joined[ll] = ' ';
            strcpy(joined + ll + 1, more);
            free(more);
            free(last->text);
            last->text = joined;
            last->end = v[0].end;
            last->block = i; /* its pause is the one after this block's sentence */
            j = 1;
        }
        for (; j < n && st == HD_OK; j++) {
            /* "… rural bus services? [902114]": a question's number on a parliament's
             * order paper, after its text, is for the record and not said */
            if (j > 0 && order_paper_number(d->src, v[j].start, v[j].end))
                continue;
            st = add_sentence(d, i, v[j].start, v[j].end);
        }
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

/* The language of s[a, b), a paragraph: as detect_lang decides, and *sure when it is
 * clear (six words or more, three of them the language's common words, twice as
 * many as any other language's). */
/* The common words a statement's detection has counted, per language: each counts
 * once ("Fondation Lumière pour l'enfance", a name said three times in a short English
 * release, is not three French words). */
typedef struct lang_seen {
    uint32_t slot[DATA_NLANGS][1024]; /* a word's hash + 1; 0 empty */
    size_t n[DATA_NLANGS];
} lang_seen;

static size_t lang_hits(const char *s, size_t a, size_t b, size_t max_words, lang_seen *seen,
                        size_t hits[DATA_NLANGS]);

static size_t quoted_passage_at(const char *s, size_t n, size_t i);
static inline size_t quoted_passage(const char *s, size_t n, size_t i)
{
    /* (what opens one: a quotation mark or a bracket; most bytes are neither) */
    static const unsigned char opens[256] = {['"'] = 1, ['('] = 1, ['['] = 1, [0xC2] = 1, [0xE2] = 1};
    return opens[(unsigned char)s[i]] ? quoted_passage_at(s, n, i) : 0;
}

static int text_lang(const char *s, size_t a, size_t b, int *sure)
{
    /* *sure, when it is 3 on entry: a paragraph that is mostly quotation is not sure
     * (what a statement quotes tells nothing of its halves) */
    int own_only = *sure == 3;
    /* (its own words, not what it quotes in another language, where it has six) */
    size_t hits[DATA_NLANGS] = {0}, words = 0, from = a;
    for (size_t i = a; i < b && words < 400; i++) {
        size_t e = quoted_passage(s, b, i);
        if (e) {
            words += lang_hits(s, from, i, 400 - words, NULL, hits);
            from = e;
            i = e - 1;
        }
    }
    if (from > a && words < 400 && from < b)
        words += lang_hits(s, from, b, 400 - words, NULL, hits);
    if (from == a || words < 6) {
        if (from > a && own_only) {
            *sure = 0;
            return 0;
        }
        memset(hits, 0, sizeof hits);
        words = lang_hits(s, a, b, 400, NULL, hits);
    }
    int best = 0, second = -1;
    for (int l = 1; l < DATA_NLANGS; l++)
        if (hits[l] > hits[best])
            best = l;
    for (int l = 0; l < DATA_NLANGS; l++)
        if (l != best && (second < 0 || hits[l] > hits[second]))
            second = l;
    /* 2: sure; 1: it leans that way (more of its words than any other's) */
    *sure = words >= 6 && hits[best] >= 3 && hits[best] >= 2 * hits[second] + 1 ? 2
            : hits[best] > hits[second]                                          ? 1
                                                                                 : 0;
    return best;
}

/* A statement published in two languages, one after the other (Canada's English then
 * French, a Belgian release in French then Dutch): the language of its first half,
 * whose header the statement opens with; -1 when it is not such a statement. */
static int first_half_lang(const char *s, size_t n)
{
    size_t words[DATA_NLANGS] = {0}, total = 0;
    int first = -1, last = -1, switches = 0;
    /* (a statement's two halves fit in its first 200 KB; past that it is an archive,
     * and looking costs a pass over every word) */
    if (n > 200000)
        n = 200000;
    for (size_t a = 0; a < n;) {
        const char *blank = NULL;
        for (const char *q = s + a; (q = memchr(q, '\n', n - (size_t)(q - s))) != NULL; q++) {
            const char *r = q + 1;
            while (r < s + n && (*r == ' ' || *r == '\t' || *r == '\r'))
                r++;
            if (r < s + n && *r == '\n') {
                blank = q;
                break;
            }
        }
        size_t b = blank ? (size_t)(blank - s) : n;
        int sure = 3, l = text_lang(s, a, b, &sure);
        if (sure == 2) {
            size_t w = txt_words(s, a, b);
            words[l] += w;
            total += w;
            if (first < 0)
                first = l;
            switches += last >= 0 && l != last;
            last = l;
        }
        a = b + 1;
    }
    if (first < 0 || switches != 1 || last == first)
        return -1;
    /* each half a real part of the whole */
    return words[first] * 4 >= total && words[last] * 4 >= total ? first : -1;
}

/* Each body paragraph's language, where a bilingual statement's other half is in
 * another (first_half_lang): its blocks are marked, short ones (a heading, a date)
 * taking the language of the paragraphs around them; the other half's own header
 * lines at its top ("Déclaration du premier ministre …", "Le 21 juin 2026",
 * "Ottawa (Ontario)") are the narrator's, as the first half's were. */
static void block_langs(hd_doc *d)
{
    int sure_any = 0;
    int *lean = calloc(d->nblocks + 1, sizeof *lean);
    if (!lean)
        return;
    for (size_t i = 0; i < d->nblocks; i++) {
        st_block *k = &d->blocks[i];
        int sure = 0, l = text_lang(d->src, k->start, k->end, &sure);
        k->lang = sure == 2 ? l : -2; /* -2: not known yet */
        lean[i] = sure == 1 ? l : -1;
        sure_any |= sure == 2 && l != d->lang;
    }
    /* the unsure take the language of the paragraphs after them where they lean that
     * way or those before agree, else the statement's */
    int prev = d->lang;
    for (size_t i = 0; i < d->nblocks; i++) {
        st_block *k = &d->blocks[i];
        if (k->lang != -2) {
            prev = k->lang;
            continue;
        }
        int next = -1;
        for (size_t j = i + 1; j < d->nblocks && next < 0; j++)
            if (d->blocks[j].lang >= 0)
                next = d->blocks[j].lang;
        k->lang = next >= 0 && lean[i] == next ? next : next < 0 || next == prev ? prev : d->lang;
    }
    free(lean);
    for (size_t i = 0; i < d->nblocks; i++)
        if (d->blocks[i].lang == d->lang || !sure_any || d->blocks[i].header)
            d->blocks[i].lang = -1;
    /* the other half's quotations: the first half's one speaker's, when it had one (its
     * lead-in, « La première ministre … a fait la déclaration suivante : », is in a
     * language the statement was not parsed in) */
    int one = -1, many = 0;
    for (size_t i = 0; i < d->nblocks; i++) {
        const st_block *k = &d->blocks[i];
        if (k->lang < 0 && k->kind == ST_SPEECH && k->speaker >= 0 && !d->speakers[k->speaker].asks) {
            many |= one >= 0 && one != k->speaker;
            one = k->speaker;
        }
    }
    for (size_t i = 0; i < d->nblocks && one >= 0 && !many; i++) {
        st_block *k = &d->blocks[i];
        const char *t = d->src + k->start;
        if (k->lang >= 0 && k->kind == ST_SPEECH && k->speaker < 0 &&
            (*t == '"' || (k->end - k->start >= 2 && memcmp(t, "\xC2\xAB", 2) == 0) ||
             (k->end - k->start >= 3 && memcmp(t, "\xE2\x80\x9C", 3) == 0))) {
            k->speaker = one;
            k->quoted = 1;
        }
    }
    /* the other half's header: its first blocks, short lines that end no sentence */
    for (size_t i = 1; i < d->nblocks; i++) {
        if (d->blocks[i].lang < 0 || d->blocks[i - 1].lang >= 0)
            continue;
        for (size_t j = i; j < d->nblocks && j < i + 4; j++) {
            st_block *k = &d->blocks[j];
            size_t a = k->start, b = k->end;
            if (k->lang < 0 || txt_words(d->src, a, b) > 16 || (ends_with_terminal(d->src, a, b) && d->src[b - 1] != ')'))
                break;
            k->kind = ST_META;
            k->speaker = -1;
            k->quoted = 0;
            k->turn = 0;
        }
    }
}

/* In a statement in one language, a paragraph plainly in another ("(in French)
 * Est-ce que le Secrétaire général ira à Genève ?" in an English briefing): read with
 * that language's rules and voice, as a bilingual statement's other half is. */
static void foreign_blocks(hd_doc *d)
{
    for (size_t i = 0; i < d->nblocks; i++) {
        st_block *k = &d->blocks[i];
        if (k->header || k->kind != ST_SPEECH)
            continue;
        /* its own words (what it quotes is the speech stage's: a span in the quoted
         * language's voice), or those after a note of the language it is in */
        size_t a = k->start;
        const char *s = d->src;
        if ((s[a] == '(' || s[a] == '[') && quoted_passage(s, k->end, a)) {
            const char *close = memchr(s + a, s[a] == '(' ? ')' : ']', k->end - a);
            a = close ? (size_t)(close - s) + 1 : a;
        }
        int sure = a > k->start ? 0 : 3, l = text_lang(s, a, k->end, &sure);
        if (sure == 2 && l != d->lang && data_lang_code(l))
            k->lang = l;
    }
}

/* Whether word s[0, n) is new to language l's common words seen (and now seen). */
static int first_seen(lang_seen *seen, int l, const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ u8_fold_at(s, i)) * 16777619u;
    h += !(h + 1); /* (never the empty slot's 0) */
    uint32_t *t = seen->slot[l];
    size_t k = h & 1023;
    for (; t[k]; k = (k + 1) & 1023)
        if (t[k] == h + 1)
            return 0;
    if (seen->n[l] < 768) { /* (full: counted, as before) */
        t[k] = h + 1;
        seen->n[l]++;
    }
    return 1;
}

/* Adds to hits, per language, the words of s[a, b) (at most max_words) that are its
 * common words (data/<lang>/detect.txt) and, with seen (a whole statement's
 * detection), each once, and those with a letter only that language writes
 * (letters.txt); returns the words read. */
static size_t lang_hits(const char *s, size_t a, size_t b, size_t max_words, lang_seen *seen,
                        size_t hits[DATA_NLANGS])
{
    int letters = seen != NULL;
    size_t words = 0;
    int was = data_lang();
    for (size_t i = a; i < b && words < max_words;) {
        while (i < b && !isalpha((unsigned char)s[i]) && (unsigned char)s[i] < 0x80)
            i++;
        size_t w = i;
        while (i < b && (isalpha((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80))
            i++;
        if (i == w)
            continue;
        words++;
        /* (nor a party's letters alone in brackets: "Owen Pryce (Con)"; nor an
         * abbreviation alone in them: "4,000 (est.)" is no French "est") */
        if (w > a && s[w - 1] == '(' && i < b &&
            (s[i] == ')' ? isupper((unsigned char)s[w]) != 0 : s[i] == '.' && i + 1 < b && s[i + 1] == ')'))
            continue;
        /* (nor a name's article or word: "in El Keyra", "Médecins Sans Frontières",
         * "Los Angeles" make no text Spanish or French) */
        if (isupper((unsigned char)s[w]) && i + 1 < b && s[i] == ' ' &&
            (isupper((unsigned char)s[i + 1]) || ((unsigned char)s[i + 1] == 0xC3 && i + 2 < b &&
                                                  (unsigned char)s[i + 2] >= 0x80 && (unsigned char)s[i + 2] <= 0x9E)))
            continue;
        /* (not in a name: "Gov. Marisol Treviño" makes no text Spanish) */
        int accented = 0;
        for (size_t k = w; letters && k < i && !accented && !isupper((unsigned char)s[w]); k++)
            accented = (unsigned char)s[k] >= 0x80;
        for (int l = 0; l < DATA_NLANGS; l++) {
            data_set_lang(l);
            hits[l] += data_has_line("en/detect.txt", s + w, i - w) && (!seen || first_seen(seen, l, s + w, i - w));
            /* a letter only this language writes ("campaña", "vacunación"; "à", "ç") */
            const data_file *f = accented ? data_get("en/letters.txt") : NULL;
            size_t pos = 0, len;
            const char *line;
            int own = 0;
            while (!own && f && data_next_line(f, &pos, &line, &len))
                for (size_t k = w; len && k + len <= i && !own; k++)
                    own = memcmp(s + k, line, len) == 0;
            hits[l] += (size_t)own;
        }
    }
    data_set_lang(was);
    return words;
}

/* The language of a statement: the one whose common words (data/<lang>/detect.txt)
 * and letters of its own (letters.txt) its first 4000 words hit most; English on a
 * tie. */
/* The end of a passage at s[i] that is what a statement quotes rather than its own
 * language: a quotation closed in its paragraph ("“…”", "« … »", '"…"'), or a line's
 * rest after a note of the language spoken ("(in French) Est-ce que …", "[speaking in
 * Spanish]"); 0 for none. */
static size_t quoted_passage_at(const char *s, size_t n, size_t i)
{
    const char *close = NULL;
    size_t ol = 0;
    if (s[i] == '"' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n' || s[i - 1] == '('))
        close = "\"", ol = 1;
    else if (i + 2 < n && memcmp(s + i, "\xE2\x80\x9C", 3) == 0)
        close = "\xE2\x80\x9D", ol = 3;
    else if (i + 1 < n && memcmp(s + i, "\xC2\xAB", 2) == 0)
        close = "\xC2\xBB", ol = 2;
    if (close) {
        size_t cl = strlen(close);
        for (size_t k = i + ol; k + cl <= n && k - i < 4000; k++) {
            if (s[k] == '\n' && k + 1 < n && (s[k + 1] == '\n' || s[k + 1] == '\r'))
                return 0; /* (unclosed in its paragraph: not a quotation to set aside) */
            if (memcmp(s + k, close, cl) == 0)
                return k + cl;
        }
        return 0;
    }
    if (s[i] != '(' && s[i] != '[')
        return 0;
    size_t k = i + 1;
    static const char *const lead[] = {"in ", "speaking in ", "spoke in ", "speaks in ", "In ", "Speaking in ", "Spoke in "};
    size_t ll = 0;
    for (size_t q = 0; q < sizeof lead / sizeof *lead && !ll; q++)
        if (k + strlen(lead[q]) < n && memcmp(s + k, lead[q], strlen(lead[q])) == 0)
            ll = strlen(lead[q]);
    if (!ll)
        return 0;
    size_t w = k + ll, e = w;
    while (e < n && isalpha((unsigned char)s[e]))
        e++;
    if (e == w || e >= n || (s[e] != ')' && s[e] != ']') || !data_has_line("en/languages.txt", s + w, e - w))
        return 0;
    const char *nl = memchr(s + e, '\n', n - e);
    return nl ? (size_t)(nl - s) : n;
}

static int detect_lang(const char *s, size_t n)
{
    size_t hits[DATA_NLANGS] = {0}, words = 0, a = 0;
    lang_seen *seen = calloc(1, sizeof *seen);
    if (!seen)
        return 0; /* (English, as a statement with no common words is) */
    /* (what the statement quotes in another language, "(in French) Est-ce que …",
     * does not make it that language's; unless nearly all of it is quoted) */
    for (size_t i = 0; i < n && words < 4000; i++) {
        size_t e = quoted_passage(s, n, i);
        if (e) {
            words += lang_hits(s, a, i, 4000 - words, seen, hits);
            a = e;
            i = e - 1;
        }
    }
    if (words < 4000 && a < n)
        words += lang_hits(s, a, n, 4000 - words, seen, hits);
    if (words < 12) {
        memset(hits, 0, sizeof hits);
        memset(seen, 0, sizeof *seen);
        lang_hits(s, 0, n, 4000, seen, hits);
    }
    free(seen);
    int best = 0;
    for (int l = 1; l < DATA_NLANGS; l++)
        if (hits[l] > hits[best])
            best = l;
    return best;
}

/* Whether the statement cites numbered paragraphs, as courts do: a bracketed number
 * after "at", "para(s)" or "paragraph(s)" ("at [12]"), a range of them ("[34]-[41]"),
 * or the word "judgment" anywhere. Elsewhere "[2]" marks a footnote or a seed. */
static int cites_paragraphs(const char *s, size_t n)
{
    static const char *const words[] = {"at", "para", "paras", "paragraph", "paragraphs", "Para", "Paras",
                                        "Paragraph", "Paragraphs"};
    for (size_t i = 0; i + 2 < n; i++) {
        if ((s[i] == 'j' || s[i] == 'J') && i + 8 <= n && u8_ncasecmp(s + i, "judgment", 8) == 0 &&
            (i == 0 || !isalpha((unsigned char)s[i - 1])))
            return 1;
        if (s[i] != '[' || !isdigit((unsigned char)s[i + 1]))
            continue;
        size_t e = i + 1;
        while (e < n && isdigit((unsigned char)s[e]))
            e++;
        if (e >= n || s[e] != ']' || e - i > 4)
            continue;
        if ((e + 2 < n && s[e + 1] == '-' && s[e + 2] == '[') ||
            (e + 4 < n && memcmp(s + e + 1, "\xE2\x80\x93", 3) == 0 && s[e + 4] == '['))
            return 1;
        size_t w = i;
        while (w > 0 && s[w - 1] == ' ')
            w--;
        size_t v = w;
        while (v > 0 && isalpha((unsigned char)s[v - 1]))
            v--;
        for (size_t k = 0; w < i && k < sizeof words / sizeof *words; k++)
            if (strlen(words[k]) == w - v && memcmp(s + v, words[k], w - v) == 0)
                return 1;
    }
    return 0;
}

/* Whether "$" is the peso: a statement whose language lists peso words (Spanish:
 * "pesos", "US$" for the dollar, "México" …) and that has one in its first 60 KB. */
static int peso_sign(const char *s, size_t n)
{
    const data_file *f = data_get("en/peso-words.txt");
    size_t pos = 0, len;
    const char *line;
    if (n > 60000)
        n = 60000;
    while (f && data_next_line(f, &pos, &line, &len))
        for (const char *q = s; len && (q = memchr(q, line[0], (size_t)(s + n - q))) != NULL; q++) {
            if ((size_t)(s + n - q) < len || memcmp(q, line, len) != 0)
                continue;
            int before = q == s || !isalnum((unsigned char)q[-1]);
            int after = q + len >= s + n || !isalnum((unsigned char)q[len]);
            if (before && after)
                return 1;
        }
    return 0;
}

hd_parse_options hd_parse_options_default(void)
{
    hd_parse_options o = {0};
    return o;
}

/* The length of an editor's time code that opens s[a, b) ("[00:00:04] ", "(01:02)",
 * "00:12:31 "), with the space after it; 0 when there is none. A bare "10:30" opens
 * agenda lines too, so only bracketed codes and those with seconds count. */
static size_t leading_time_code(const char *s, size_t a, size_t b)
{
    size_t e = a;
    while (e < b && s[e] != ' ' && s[e] != '\t')
        e++;
    size_t colons = 0;
    for (size_t k = a; k < e; k++)
        colons += s[k] == ':';
    int bracketed = s[a] == '[' || s[a] == '(';
    /* (with its milliseconds, as caption files write them: "00:14:10.250") */
    size_t te = e;
    if (te - a > 8 && (s[te - 4] == '.' || s[te - 4] == ',') && isdigit((unsigned char)s[te - 3]) &&
        isdigit((unsigned char)s[te - 2]) && isdigit((unsigned char)s[te - 1]))
        te -= 4;
    if (!spk_time_code(s, a, te) || !(bracketed || colons == 2))
        return 0;
    /* (not a cue's timing, "00:00:01.000 --> 00:00:04.000": a line that is not read) */
    if (te < e && e + 4 <= b && memcmp(s + e, " -->", 4) == 0)
        return 0;
    while (e < b && (s[e] == ' ' || s[e] == '\t'))
        e++;
    /* ("00:00:20 -- HOST:", "[00:01:02] – Host:": a dash after the code) */
    size_t dl = e + 1 < b && s[e] == '-' && s[e + 1] == '-' ? 2 : e < b ? txt_dash_len(s, e, b) : 0;
    if (dl && e + dl < b && s[e + dl] == ' ') {
        e += dl;
        while (e < b && (s[e] == ' ' || s[e] == '\t'))
            e++;
    }
    return e - a;
}

/* Transcripts with a time code before each paragraph ("[00:00:04] Chief Ana Ruiz: Good
 * evening.", "[00:00:19] As of…"): the codes are the editor's, not the speaker's, so
 * they go before anything else reads the lines; a line of a code alone is a paragraph
 * break. Only when two lines or more start so. */
/* "Anna Petrova (AP) - Media Relations (moderator)", "Dr. Henrike Vogel (HV), Mission
 * Manager": a participant and, in brackets, the letters her turns are marked with.
 * When they are her name's initials they are hers wherever a turn is so marked
 * ("AP:" is then no news agency's); "Tom Hale (AP)", a reporter and his agency, keeps
 * the agency. The line is read as it is. */
static void initials_in_brackets(parser *p)
{
    const char *s = p->s;
    for (size_t i = 0; i < p->nlines && i < 80; i++) {
        size_t a, b;
        line_span(p, i, &a, &b);
        const char *o = b > a && b - a <= 160 ? memchr(s + a, '(', b - a) : NULL;
        if (!o || o == s + a || o[-1] != ' ')
            continue;
        size_t op = (size_t)(o - s), cp = op + 1;
        while (cp < b && isupper((unsigned char)s[cp]))
            cp++;
        size_t nl = cp - op - 1, ne = op - 1, ni = 0;
        if (cp >= b || s[cp] != ')' || nl < 2 || nl > 4)
            continue;
        char ini[8];
        int ok = 1;
        for (size_t x = a; x < ne && ok;) {
            size_t w = x;
            while (x < ne && s[x] != ' ')
                x++;
            if (!spk_honorific(s + w, x - w)) {
                ok = isupper((unsigned char)s[w]) && ni < sizeof ini;
                if (ok)
                    ini[ni++] = s[w];
            }
            while (x < ne && s[x] == ' ')
                x++;
        }
        /* (a person's name in mixed case; not a body's, "INTERNATIONAL ROWING
         * FEDERATION (IRF)", "World Health Organization (WHO)", nor an outlet's,
         * "Associated Press (AP)") */
        size_t lw = ne;
        while (lw > a && s[lw - 1] != ' ')
            lw--;
        if (ok && ni == nl && memcmp(ini, s + op + 1, ni) == 0 && txt_has_lower(s + a, ne - a) &&
            !data_has_line("en/outlets.txt", s + a, ne - a) && !org_name(s, a, ne) &&
            !data_word_line("en/bodies.txt", s + lw, ne - lw, 0, DATA_ANYWHERE))
            spk_key_add(s + op + 1, ni, s + a, ne - a);
    }
}

/* A speaker key, as WHO prints one over its transcripts ("Speaker key:" over lines
 * "LV Leonie Vasseur", "TAG Dr Tadesse Abera Gebru"): its initials mark the turns
 * ("LV Hello and welcome …", one space after them), and the key itself is not read
 * (each speaker is announced by name when first heard; the names come from the key's
 * lines, spk_complete_names). */
static void speaker_key(parser *p)
{
    static const char *const heads[] = {"speaker key", "speakers key", "key to speakers", "speaker legend",
                                        "key", "speakers", "participants"};
    const char *s = p->s;
    for (size_t i = 0; i + 1 < p->nlines; i++) {
        size_t a, b;
        line_span(p, i, &a, &b);
        if (b > a && s[b - 1] == ':')
            b--;
        int head = 0;
        for (size_t k = 0; k < sizeof heads / sizeof *heads && !head; k++)
            head = strlen(heads[k]) == b - a && u8_ncasecmp(s + a, heads[k], b - a) == 0;
        if (!head)
            continue;
        size_t k = i + 1;
        while (k < p->nlines && !line_blank(p, k)) {
            size_t x, y, il = 0;
            line_span(p, k, &x, &y);
            while (x + il < y && il < 5 && isupper((unsigned char)s[x + il]))
                il++;
            if (il < 2 || il > 4 || x + il >= y || (s[x + il] != ' ' && s[x + il] != '\t'))
                break;
            size_t t = x + il;
            while (t < y && (s[t] == ' ' || s[t] == '\t'))
                t++;
            if (t >= y || !isupper((unsigned char)s[t]))
                break;
            k++;
        }
        /* every line of the paragraph a key's, two at least */
        if (k < i + 3 || (k < p->nlines && !line_blank(p, k)))
            continue;
        for (size_t j = i + 1; j < k; j++) {
            size_t x, y, il = 0;
            line_span(p, j, &x, &y);
            while (x + il < y && isupper((unsigned char)s[x + il]))
                il++;
            size_t t = x + il;
            while (t < y && (s[t] == ' ' || s[t] == '\t'))
                t++;
            spk_key_add(s + x, il, s + t, y - t);
        }
        for (size_t j = i; j < k; j++)
            p->lines[j].start = p->lines[j].end;
        return;
    }
}

/* A court transcript's caption ("- - - - - x" rules around the parties, each line
 * ending in a column of colons, "No. 24-1187" beside it): a form's typography, not
 * read (the court and the date are the header's, and the case is named aloud when
 * argument opens). */
static void court_caption(parser *p)
{
    const char *s = p->s;
    size_t open = SIZE_MAX;
    for (size_t i = 0; i < p->nlines; i++) {
        size_t a, b, dashes = 0;
        line_span(p, i, &a, &b);
        int rule = b > a && (s[b - 1] == 'x' || s[b - 1] == 'X');
        for (size_t x = a; rule && x + 1 < b; x++) {
            dashes += s[x] == '-';
            rule = s[x] == '-' || s[x] == ' ';
        }
        if (!(rule && dashes >= 5))
            continue;
        if (open == SIZE_MAX) {
            open = i;
            continue;
        }
        /* a caption: between the rules, lines in a column of colons, a dozen at most */
        int colons = 0;
        for (size_t k = open + 1; k < i; k++) {
            size_t x, y;
            line_span(p, k, &x, &y);
            colons += memchr(s + x, ':', y - x) != NULL;
        }
        if (colons >= 2 && i - open <= 14)
            for (size_t k = open; k <= i; k++)
                p->lines[k].start = p->lines[k].end;
        open = SIZE_MAX;
    }
}

/* Markdown's marks at a line's start: "## Background" is the heading "Background",
 * "> \"This is a great day,\" said the mayor." a quotation set off. Neither is read
 * ("hash hash", "more than"). */
static void strip_markdown_marks(parser *p)
{
    const char *s = p->s;
    for (size_t i = 0; i < p->nlines; i++) {
        size_t a, b;
        line_span(p, i, &a, &b);
        size_t k = a;
        /* "*Applause*", "_(Laughter)_", "**[Cheers]**": a direction set in emphasis, its
         * marks not read (blanked in the statement's own copy) */
        if (b - a >= 3 && (s[a] == '*' || s[a] == '_') && s[b - 1] == s[a]) {
            size_t m = s[a + 1] == s[a] && b - a >= 5 && s[b - 2] == s[a] ? 2 : 1, x = a + m, y = b - m;
            size_t w = x;
            while (w < y && isalpha((unsigned char)s[w]))
                w++;
            const char *sl;
            size_t sll;
            /* (bracketed inside, or its first word one of data/en/stage.txt's: "*Applause*") */
            int stage = spk_is_stage(s, x, y, SPK_ALONE) ||
                        (w > x && txt_words(s, x, y) <= 4 && data_field_lines("en/stage.txt", s + x, w - x, 1, &sl, &sll, 1));
            if (x < y && s[x] != ' ' && s[y - 1] != ' ' && !memchr(s + x, s[a], y - x) && stage) {
                memset(p->doc->src + a, ' ', m);
                memset(p->doc->src + y, ' ', m);
                p->lines[i].start = x;
                p->lines[i].end = y;
                if (s[x] != '(' && s[x] != '[') {
                    /* ("*Applause*": the marks become the brackets a direction has) */
                    p->doc->src[x - 1] = '(';
                    p->doc->src[y] = ')';
                    p->lines[i].start = x - 1;
                    p->lines[i].end = y + 1;
                }
                continue;
            }
        }
        if (k < b && s[k] == '#' && is_end_marker(s, a, b))
            continue; /* "### END ###", "### (PCO)": a release's end */
        if (k < b && s[k] == '#') {
            while (k < b && s[k] == '#' && k - a < 7)
                k++;
            if (k - a > 6 || k >= b || s[k] != ' ')
                continue;
        } else if (k < b && s[k] == '>') {
            k++;
            if (k < b && s[k] != ' ')
                continue;
            /* (blanked in the statement's own copy: a quotation's later lines are inside
             * a paragraph, which its first line's start does not cover) */
            p->doc->src[a] = ' ';
        } else {
            continue;
        }
        while (k < b && s[k] == ' ')
            k++;
        p->lines[i].start = k;
    }
}

/* Closed captions' ">>" at a line's start, two lines or more so: each marks a change
 * of speaker, whose label may follow (">> Director Hale: About $310,000 a year.") or
 * not (">> Thank you. My name is Carl Ostrowski."). The marks are not read ("more than
 * more than"); each such line opens a paragraph of its own (the body's loop) and no
 * longer continues the last speaker's turn. */
static void strip_chevrons(parser *p)
{
    const char *s = p->s;
    size_t n = 0;
    for (size_t i = 0; i < p->nlines; i++) {
        size_t a, b;
        line_span(p, i, &a, &b);
        n += b - a >= 2 && s[a] == '>' && s[a + 1] == '>';
    }
    if (n < 2 || !(p->chevron = calloc(p->nlines ? p->nlines : 1, 1))) {
        if (n >= 2)
            p->st = HD_ERR_NOMEM;
        return;
    }
    int pending = 0; /* a ">>" alone on its line: the next line's words are its */
    for (size_t i = 0; i < p->nlines; i++) {
        size_t a, b;
        line_span(p, i, &a, &b);
        if (b - a < 2 || s[a] != '>' || s[a + 1] != '>') {
            if (pending && a < b) {
                p->chevron[i] = 1;
                pending = 0;
            }
            continue;
        }
        p->doc->src[a] = p->doc->src[a + 1] = ' '; /* (inside a paragraph too) */
        p->lines[i].start = skip_spaces(s, a + 2, b);
        p->chevron[i] = 1;
        pending = p->lines[i].start >= b;
    }
}

/* A transcript's page with its lines numbered down the margin (" 1        Q.   And what
 * was …", " 2        A.   Shift supervisor.", 1 to 25 a page, as court reporters print
 * them): the numbers are the page's, not read. Most of the text's lines must be
 * numbered so, each one more than the line before or a new page's 1. */
static void strip_line_numbers(parser *p)
{
    const char *s = p->s;
    size_t numbered = 0, content = 0, in_order = 0, record = 0;
    int last = 0;
    for (size_t i = 0; i < p->nlines; i++) {
        size_t a, b;
        line_span(p, i, &a, &b);
        if (a >= b)
            continue;
        content++;
        size_t k = a;
        while (k < b && isdigit((unsigned char)s[k]))
            k++;
        /* (a number alone: a page's number over its lines, or a line left empty, which
         * keeps its number; neither is the text's) */
        if (k == b && k - a <= 3) {
            content--;
            continue;
        }
        if (k == a || k - a > 2 || k + 3 >= b || s[k] != ' ' || s[k + 1] != ' ' || s[k + 2] != ' ')
            continue;
        int v = atoi(s + a);
        numbered++;
        /* (an excerpt may start at any line of its page) */
        in_order += v == last + 1 || (v == 1 && last > 1) || numbered == 1;
        last = v;
        /* (a record's: its questions, answers or labels among the numbered lines) */
        size_t t = skip_spaces(s, k, b);
        spk_cue lc;
        record += (t + 2 < b && (s[t] == 'Q' || s[t] == 'A') && (s[t + 1] == '.' || s[t + 1] == ' ')) ||
                  (spk_read_cue(s, t, b, &lc) && !txt_has_lower(s + lc.label_start, lc.label_end - lc.label_start));
    }
    /* (not an agenda's "1   Apologies": a wide gap, and questions or labels in capitals) */
    /* (a short excerpt, three lines or four, only when every line is numbered in
     * order) */
    if (numbered < 3 || (numbered < 5 && (numbered != content || in_order != numbered)) ||
        numbered * 5 < content * 4 || in_order * 5 < numbered * 4 || !record)
        return;
    for (size_t i = 0; i < p->nlines; i++) {
        size_t a, b;
        line_span(p, i, &a, &b);
        size_t k = a;
        while (k < b && isdigit((unsigned char)s[k]))
            k++;
        /* (taken out of the lines, not left blank: a sentence runs on over a page's
         * number, and a line left empty parts no paragraph of a record) */
        if (k > a && k == b && k - a <= 3) {
            memset(p->doc->src + a, ' ', k - a);
            memmove(p->lines + i, p->lines + i + 1, (p->nlines - i - 1) * sizeof *p->lines);
            memmove(p->hl + i, p->hl + i + 1, p->nlines - i - 1);
            if (p->chevron)
                memmove(p->chevron + i, p->chevron + i + 1, p->nlines - i - 1);
            p->nlines--;
            i--;
            continue;
        }
        /* (blanked in the text itself, which is the statement's own copy: a sentence
         * that runs over the line's end must not read the next line's number) */
        if (k > a && k - a <= 2 && k + 3 < b && s[k] == ' ' && s[k + 1] == ' ' && s[k + 2] == ' ')
            memset(p->doc->src + a, ' ', k - a);
    }
}

/* "HOST 00:02:40: Good morning.": a label of one to four words, then a time code with
 * its seconds and the label's colon; 1 with the code's span [*x0, *x1) (its space
 * before, not the colon). */
static int label_code(const char *s, size_t a, size_t b, size_t *x0, size_t *x1)
{
    size_t x = a, words = 0;
    while (x < b && words < 4 && (isupper((unsigned char)s[x]) || s[x] == '.')) {
        while (x < b && s[x] != ' ' && s[x] != ':')
            x++;
        words++;
        if (x + 1 < b && s[x] == ' ' && isdigit((unsigned char)s[x + 1])) {
            size_t e = x + 1, c3 = 0;
            while (e < b && (isdigit((unsigned char)s[e]) || s[e] == ':'))
                c3 += s[e++] == ':';
            /* (the code's last colon is the label's) */
            if (e < b && s[e - 1] == ':' && c3 == 3 && e - x <= 11 && spk_time_code(s, x + 1, e - 1)) {
                *x0 = x;
                *x1 = e - 1;
                return 1;
            }
        }
        if (x < b && s[x] == ' ')
            x++;
        else
            break;
    }
    return 0;
}

/* Whether the text is a record of turns labelled with time codes ("HOST 00:00:04:"):
 * a label among them again, or with its colon alone elsewhere ("HOST:"), the codes
 * never going back (a race's results, "RUIZ 02:21:45: course record." / "HALE
 * 02:23:10: second.", are not). */
static int label_code_record(parser *p)
{
    size_t n = 0, la[2] = {0, 0}, ll[2] = {0, 0};
    long last = -1;
    int again = 0;
    /* (the first 16 such lines decide: the cost stays linear in the text's length) */
    for (size_t i = 0; i < p->nlines && n < 16; i++) {
        size_t a, b, x0, x1;
        line_span(p, i, &a, &b);
        if (!label_code(p->s, a, b, &x0, &x1))
            continue;
        const char *c = p->s + x0 + 1;
        long t = 0, part = 0;
        for (; c < p->s + x1; c++)
            if (*c == ':')
                t = t * 60 + part, part = 0;
            else
                part = part * 10 + (*c - '0');
        t = t * 60 + part;
        if (t < last)
            return 0;
        last = t;
        /* (the label's words, against the two before) */
        for (int k = 0; k < 2; k++)
            again |= ll[k] == x0 - a && strncmp(p->s + la[k], p->s + a, x0 - a) == 0;
        la[n % 2] = a;
        ll[n % 2] = x0 - a;
        n++;
        /* (or the same label elsewhere with its colon alone: "HOST:" … "HOST 00:02:40:") */
        size_t ln = x0 - a;
        for (size_t k = 0; k + ln < p->doc->len && !again; k++)
            again = p->s[k + ln] == ':' && (k == 0 || p->s[k - 1] == ' ' || p->s[k - 1] == '\n') &&
                    strncmp(p->s + k, p->s + a, ln) == 0;
    }
    return n >= 1 && again;
}

/* Where a time code right after a label's colon ends, with the space after it
 * ("ELIAS: 00:09 Thanks for having me."), from the code's start at *at; 0 when none. */
static size_t code_after_label(const char *s, size_t a, size_t b, size_t *at)
{
    spk_cue c;
    if (!spk_read_cue(s, a, b, &c) || c.text_start >= b || !isdigit((unsigned char)s[c.text_start]))
        return 0;
    size_t e = c.text_start;
    while (e < b && s[e] != ' ')
        e++;
    if (e >= b || !spk_time_code(s, c.text_start, e) || !memchr(s + c.text_start, ':', e - c.text_start))
        return 0;
    /* (a clock's time in a field's value is no editor's code: "Valid: 02:00 Saturday to
     * 10:00 Saturday", "Issued: 05:00 UTC", "Closes: 17:00 hrs", "Window: 14:00 –
     * 16:00") */
    {
        size_t w = skip_spaces(s, e, b), we = w;
        while (we < b && s[we] != ' ' && s[we] != ',' && s[we] != '.')
            we++;
        static const char *const clock[] = {"to", "until", "till", "on", "hrs", "hours", "h", "am", "pm", "a.m", "p.m",
                                            "UTC", "GMT", "local"};
        size_t dl = w < b ? txt_dash_len(s, w, b) : 0;
        if (!dl && w < b && s[w] == '-')
            dl = 1;
        size_t after = dl ? skip_spaces(s, w + dl, b) : b;
        int clocked = dt_weekday(s + w, we - w) > 0 || dt_month(s + w, we - w) > 0 ||
                      (after < b && isdigit((unsigned char)s[after]));
        for (size_t q = 0; q < sizeof clock / sizeof *clock && !clocked; q++)
            clocked = equals_ci(s + w, we - w, clock[q]);
        if (clocked)
            return 0;
    }
    *at = c.text_start;
    /* (and a dash after it: "ELIAS: 00:09 - Thanks …") */
    size_t d = e + 1, dl = d < b ? txt_dash_len(s, d, b) : 0;
    if (!dl && d < b && s[d] == '-')
        dl = 1;
    if (dl && d + dl < b && s[d + dl] == ' ')
        return d + dl + 1;
    return e + 1;
}

/* "FOR IMMEDIATE RELEASE – March 7, 2025 – Greenfold Foods is recalling …": the
 * release line run into the dateline and the first paragraph. The instruction is not
 * read (blanked in the statement's own copy, byte for byte); the dateline opens the
 * body's first paragraph, as it does on a line of its own. */
static void release_lede(parser *p)
{
    static const char release[] = "For immediate release";
    for (size_t i = 0; i < p->nlines && i < 40; i++) {
        size_t a, b;
        line_span(p, i, &a, &b);
        if (!starts_with_ci(p->s + a, b - a, release) || !ends_with_terminal(p->s, a, b))
            continue;
        size_t r = skip_spaces(p->s, a + sizeof release - 1, b);
        size_t dl = r < b ? txt_dash_len(p->s, r, b) : 0;
        if (!dl && r < b && p->s[r] == ':')
            dl = 1;
        if (!dl)
            continue;
        r = skip_spaces(p->s, r + dl, b);
        /* a date, then a dash, then a sentence of six words or more */
        size_t dash = SIZE_MAX;
        for (size_t x = r; x + 1 < b && x < r + 60 && dash == SIZE_MAX; x++)
            if (p->s[x] == ' ' && txt_dash_len(p->s, x + 1, b))
                dash = x;
        char iso[11];
        int dated = 0;
        for (size_t y = r; dash != SIZE_MAX && y < dash && !dated; y++)
            dated = (y == r || p->s[y - 1] == ' ') && isalnum((unsigned char)p->s[y]) &&
                    date_iso(p->order, p->s + y, dash - y, iso);
        if (!dated || txt_words(p->s, dash, b) < 6)
            continue;
        memset(p->doc->src + a, ' ', r - a);
        p->lines[i].start = r;
        p->release = 1;
        return;
    }
}

/* The length of a bare time code and its space before a label at s[a, b) ("00:09
 * ELIAS: Thanks …"), 0 when there is none. */
static size_t bare_code_label(const char *s, size_t a, size_t b)
{
    size_t e = a;
    while (e < b && s[e] != ' ')
        e++;
    if (e >= b || !isdigit((unsigned char)s[a]) || !memchr(s + a, ':', e - a) || !spk_time_code(s, a, e))
        return 0;
    size_t t = skip_spaces(s, e, b);
    spk_cue c;
    if (t >= b || !spk_read_cue(s, t, b, &c) || c.label_start != t || c.text_start >= b)
        return 0;
    return t - a;
}

/* Whether the time codes by a record's labels are an editor's: a label so coded comes
 * back (someone's second turn), or a code is in a recording's first minutes ("00:09",
 * no clock's time); not a programme's "Arrival: 09:30 …" / "Lunch: 12:30 …" or "09:30
 * Welcome: …" / "10:00 Keynote: …", each label once. `before`: the code opens the line
 * ("00:09 ELIAS: …"), else it follows the label ("ELIAS: 00:09 …"). */
static int editors_codes(parser *p, int before)
{
    size_t seen[16][2], nseen = 0;
    for (size_t i = 0; i < p->nlines; i++) {
        size_t a, b, at = 0, k;
        line_span(p, i, &a, &b);
        if (a >= b || !(k = before ? bare_code_label(p->s, a, b) : code_after_label(p->s, a, b, &at)))
            continue;
        if (before)
            at = a;
        spk_cue c;
        spk_read_cue(p->s, before ? a + k : a, b, &c);
        size_t ll = c.label_end - c.label_start;
        if (b - at > 3 && memcmp(p->s + at, "00:", 3) == 0)
            return 1;
        for (size_t q = 0; q < nseen; q++)
            if (seen[q][1] == ll && memcmp(p->s + seen[q][0], p->s + c.label_start, ll) == 0)
                return 1;
        if (nseen < 16) {
            seen[nseen][0] = c.label_start;
            seen[nseen][1] = ll;
            nseen++;
        }
    }
    return 0;
}

static void strip_time_codes(parser *p)
{
    int label_codes = label_code_record(p);
    /* "HOST (Priya): 00:00 Hello and welcome." / "ELIAS: 00:09 Thanks …": a podcast's
     * codes after its labels are the editor's (blanked in the statement's own copy) */
    int after = editors_codes(p, 0);
    for (size_t i = 0; i < p->nlines && after; i++) {
        size_t a, b, at, e;
        line_span(p, i, &a, &b);
        if (a < b && (e = code_after_label(p->s, a, b, &at)) > 0)
            memset(p->doc->src + at, ' ', e - at);
    }
    size_t n = 0;
    for (size_t i = 0; i < p->nlines && n < 2; i++) {
        size_t a, b;
        line_span(p, i, &a, &b);
        n += a < b && leading_time_code(p->s, a, b) > 0;
    }
    /* "00:09 ELIAS: Thanks …": a bare code (minutes and seconds) before a label is the
     * editor's too */
    int bare = editors_codes(p, 1);
    for (size_t i = 0; i < p->nlines && bare; i++) {
        size_t a, b, k;
        line_span(p, i, &a, &b);
        if (a < b && (k = bare_code_label(p->s, a, b)) > 0) {
            p->lines[i].start = a + k;
            p->timed++;
        }
    }
    for (size_t i = 0; i < p->nlines; i++) {
        size_t a, b;
        line_span(p, i, &a, &b);
        size_t k = a < b ? leading_time_code(p->s, a, b) : 0;
        /* one alone, "00:00:00" on its own line, with seconds: a recording's mark too */
        size_t colons = 0;
        for (size_t x = a; k && x < b; x++)
            colons += p->s[x] == ':';
        int alone = k && a + k >= b && colons == 2;
        /* (a bracketed code with its seconds, "[00:00:20] HOST: Good.", even once) */
        int sure = k && (p->s[a] == '[' || p->s[a] == '(') && colons == 2;
        if (k && (n >= 2 || alone || sure)) {
            p->lines[i].start = a + k;
            p->timed++;
        }
        /* "HOST 00:02:40: Good morning.": a label's time code, with its seconds, before
         * the label's colon (blanked, as below), in a record of such turns */
        if (label_codes) {
            size_t x0, x1;
            if (label_code(p->s, p->lines[i].start, b, &x0, &x1))
                memset(p->doc->src + x0, ' ', x1 - x0);
        }
        /* inside a line, "homes [00:00:12] last year": an editor's mark, not read (blanked
         * in the statement's own copy, byte for byte) */
        for (size_t x = p->lines[i].start; x + 9 < b; x++) {
            if (p->s[x] != '[' || (x > a && p->s[x - 1] != ' '))
                continue;
            const char *close = memchr(p->s + x, ']', b - x);
            size_t e = close ? (size_t)(close - p->s) + 1 : 0;
            size_t c2 = 0;
            for (size_t q = x; e && q < e; q++)
                c2 += p->s[q] == ':';
            if (e && e - x <= 14 && c2 == 2 && spk_time_code(p->s, x, e) && (e >= b || p->s[e] == ' '))
                memset(p->doc->src + x, ' ', e - x);
        }
    }
}

/* The length of a subject's mark of a forward or a reply at s[a, b) ("FW:", "Fwd:",
 * "RE:"), 0 for none. */
static size_t forward_mark(const char *s, size_t a, size_t b)
{
    static const char *const marks[] = {"FW:", "Fwd:", "RE:"};
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++)
        if (starts_with_ci(s + a, b - a, marks[k]) && (a + strlen(marks[k]) == b || s[a + strlen(marks[k])] == ' '))
            return strlen(marks[k]);
    return 0;
}

/* An e-mail's envelope over a release forwarded or pasted from a message: header
 * blocks ("From:" / "Sent:" / "To:" / "Subject:", two fields or more on lines of their
 * own, one of them Sent, To, Cc or Subject), the markers of a forward ("-----Original
 * Message-----", "Begin forwarded message:") and what the one who forwarded wrote
 * above them ("Hi all, see below." / "Karen"). None of a forward's is the statement:
 * from the text's start to the last header block in its first 80 lines, and the
 * phone's signature under it ("Sent from my iPhone"), nothing is read. */
static void strip_envelope(parser *p)
{
    static const char *const fields[] = {"From", "Sent", "Date", "To", "Cc", "Bcc", "Subject", "Reply-To",
                                         "Importance", "Attachments", "Attachment"};
    const char *s = p->s;
    size_t cut = 0, limit = p->nlines < 80 ? p->nlines : 80;
    int forwarded = 0; /* (a message that is the statement itself, a president's to her
                        * university, keeps its subject for a title and its date) */
    for (size_t i = 0; i < limit;) {
        size_t k = i, n = 0;
        int addressed = 0, ruled = 0;
        for (; k < limit; k++) {
            size_t a, b, f = SIZE_MAX;
            line_span(p, k, &a, &b);
            for (size_t q = 0; q < sizeof fields / sizeof *fields && f == SIZE_MAX; q++) {
                size_t l = strlen(fields[q]);
                if (b - a > l + 1 && u8_ncasecmp(s + a, fields[q], l) == 0 && s[a + l] == ':' && s[a + l + 1] == ' ')
                    f = q;
            }
            /* (a forward's marker, a reply's "On 4 March 2025, Claire Dunn wrote:", a
             * first line that is the subject, "FW: …", or a subject that says it is one:
             * one field is enough then) */
            int forward = f == SIZE_MAX && b > a &&
                          (find_ci(s, a, b, "original message") || find_ci(s, a, b, "forwarded message") ||
                           (starts_with_ci(s + a, b - a, "On ") && b - a < 160 && s[b - 1] == ':' &&
                            b - a > 7 && u8_ncasecmp(s + b - 6, "wrote", 5) == 0) ||
                           (k == 0 && forward_mark(s, a, b)));
            if (f == 6)
                forward = forward_mark(s, skip_spaces(s, a + 8, b), b) != 0;
            /* (Outlook's rule of underscores over a header: a forward's, when fields follow) */
            if (f == SIZE_MAX && !forward && b - a >= 10 && strspn(s + a, "_") == b - a && k + 1 < limit) {
                ruled = 1;
                continue;
            }
            if (f == SIZE_MAX && !forward)
                break;
            n += 1 + forward;
            forwarded |= forward;
            addressed |= forward || f == 1 || f == 3 || f == 4 || f == 6;
        }
        if (n >= 2 && addressed && (forwarded || ruled))
            cut = k;
        forwarded |= ruled && n >= 2 && addressed;
        i = k > i ? k : i + 1;
    }
    if (!cut)
        return;
    while (cut < p->nlines) {
        size_t a, b;
        line_span(p, cut, &a, &b);
        if (a < b && !starts_with_ci(s + a, b - a, "Sent from my ") && !starts_with_ci(s + a, b - a, "Get Outlook for "))
            break;
        cut++;
    }
    /* the last subject titles the statement when nothing under the envelope does (its
     * first line a sentence of the body) */
    size_t subject = SIZE_MAX, first = cut;
    for (size_t i = 0; i < cut; i++) {
        size_t a, b;
        line_span(p, i, &a, &b);
        if (b - a > 9 && u8_ncasecmp(s + a, "Subject: ", 9) == 0)
            subject = i;
    }
    while (first < p->nlines && line_blank(p, first))
        first++;
    size_t fa = 0, fb = 0;
    if (first < p->nlines)
        line_span(p, first, &fa, &fb);
    int headless = first < p->nlines && ends_with_terminal(s, fa, fb) && txt_words(s, fa, fb) >= 8;
    for (size_t i = 0; i < cut; i++) {
        if (i == subject && headless) {
            size_t a, b, v;
            line_span(p, i, &a, &b);
            v = skip_spaces(s, a + 9, b);
            for (size_t fl; v < b && (fl = forward_mark(s, v, b)) != 0;)
                v = skip_spaces(s, v + fl, b);
            p->lines[i].start = v;
            continue;
        }
        p->lines[i].start = p->lines[i].end;
    }
}

/* Turns run together on one line, as a transcript pasted without its line breaks
 * gives them ("MINISTER: He leaves at 10. JOURNALIST: Will he meet them? MINISTER:
 * No.", "… at 10. Q: Will he …? MR. ELLIS: …"): in a line that opens
 * with a speaker's label, a label in capitals after a sentence's end starts a line of
 * its own (the space before it made a line break in the statement's own copy, byte for
 * byte). Labels in mixed case are left where they are: inside a sentence's flow "Ana
 * Ruiz:" may be anything. */
static void inline_labels(char *s, size_t n)
{
    for (size_t a = 0; a < n;) {
        const char *nl = memchr(s + a, '\n', n - a);
        size_t b = nl ? (size_t)(nl - s) : n;
        spk_cue c;
        if (b - a > 12 && spk_read_cue(s, a, b, &c) && c.strong && !txt_has_lower(s + c.label_start, c.label_end - c.label_start)) {
            for (size_t x = c.text_start + 2; x + 3 < b; x++) {
                /* after a sentence's end: ". ", "? ", "!” " */
                if (s[x] != ' ' || !isupper((unsigned char)s[x + 1]))
                    continue;
                size_t t = x;
                while (t > a && (s[t - 1] == '"' || s[t - 1] == ')' || (unsigned char)s[t - 1] >= 0x80))
                    t--; /* (a closing quotation mark or bracket) */
                if (t <= a || (s[t - 1] != '.' && s[t - 1] != '?' && s[t - 1] != '!'))
                    continue;
                /* the label: capitals, stops, spaces, up to its colon */
                size_t e = x + 1, words = 1;
                while (e < b && e - x < 48 && (isupper((unsigned char)s[e]) || s[e] == '.' || s[e] == ' ' || s[e] == '\'' ||
                                               s[e] == '-'))
                    words += s[e++] == ' ';
                if (e >= b || s[e] != ':' || words > 5 || e - x < 2)
                    continue;
                spk_cue d;
                if (!spk_read_cue(s, x + 1, b, &d) || !d.strong || d.label_start != x + 1 || d.label_end > e ||
                    txt_has_lower(s + d.label_start, d.label_end - d.label_start))
                    continue;
                s[x] = '\n';
                b = x; /* (the rest of the line is read again as a line of its own) */
                break;
            }
        }
        if (b >= n)
            break;
        a = b + 1;
    }
}

/* The acronyms a statement defines in brackets after their words ("the Department of
 * Environmental Protection (DEP)", "interest on reserve balances (IORB)"): three or
 * four capitals whose first is the first letter of one of the eight words before.
 * Defined so, they are letters wherever the statement uses them (espeak-ng would say
 * "DEP" and "HICP" as words). */
static hd_status defined_acronyms(hd_doc *d)
{
    const char *s = d->src;
    sb out = {0};
    for (size_t i = 0; i + 4 < d->len; i++) {
        if (s[i] != '(' || i == 0 || s[i - 1] != ' ')
            continue;
        size_t e = i + 1;
        while (e < d->len && s[e] >= 'A' && s[e] <= 'Z')
            e++;
        size_t n = e - i - 1;
        if (n < 3 || n > 4 || e >= d->len || s[e] != ')')
            continue;
        int fits = 0;
        size_t x = i - 1;
        for (int words = 0; words < 8 && x > 0 && !fits; words++) {
            while (x > 0 && s[x - 1] == ' ')
                x--;
            size_t w = x;
            while (w > 0 && s[w - 1] != ' ' && s[w - 1] != '\n' && s[w - 1] != '(')
                w--;
            fits = w < x && toupper((unsigned char)s[w]) == s[i + 1];
            if (w == 0 || s[w - 1] != ' ')
                break;
            x = w;
        }
        char key[8];
        snprintf(key, sizeof key, " %.*s ", (int)n, s + i + 1);
        if (fits && !(out.s && strstr(out.s, key))) {
            if (!out.len)
                sb_putc(&out, ' ');
            sb_putn(&out, s + i + 1, n);
            sb_putc(&out, ' ');
        }
    }
    if (out.oom) {
        sb_free(&out);
        return HD_ERR_NOMEM;
    }
    d->defined = out.len ? sb_take(&out) : NULL;
    sb_free(&out);
    return HD_OK;
}

/* "MG: …" / "CO: With my grandmother's house …" / "Okafor's "The Long Room" runs at
 * the Royal Court until 29 March.": a paragraph without a label, after a turn, that
 * opens on the speaker's surname as a work's owner (names_word), in no first person, is
 * the publication's, not the speaker's. The parse asks this of names it knows
 * (names_surname); this asks it again once initials have their names. */
static void about_the_speaker(hd_doc *d)
{
    for (size_t k = 0; k < d->nblocks; k++) {
        st_block *bl = &d->blocks[k];
        if (bl->turn || bl->cont || bl->quoted || bl->header || bl->kind != ST_SPEECH || bl->speaker < 0 ||
            (size_t)bl->speaker >= d->nspeakers || !d->speakers[bl->speaker].name)
            continue;
        const char *name = d->speakers[bl->speaker].name, *sur = strrchr(name, ' ');
        if (!sur)
            continue; /* (a full name only: "Co" is initials) */
        sur++;
        size_t sl = strlen(sur), a = bl->start, b = bl->end;
        while (a < b && (d->src[a] == '"' || d->src[a] == ' '))
            a++;
        if (sl < 3 || a + sl >= b || strncmp(d->src + a, sur, sl) != 0 || !names_word(d->src, a, b, sur, sl, 1) ||
            first_person(d->src, a, b))
            continue;
        int was = bl->speaker;
        for (size_t j = k; j < d->nblocks && d->blocks[j].speaker == was && (j == k || d->blocks[j].cont); j++)
            d->blocks[j].speaker = -1;
    }
}

/* "PRESS BRIEFING BY THE DEFENCE SPOKESPERSON" / "Lt Gen Arvind Menon, DGMO, and Cdr
 * Rhea Saxena, Spokesperson, briefed the media on Exercise Himgiri." / "Cdr Rhea
 * Saxena: Good afternoon. …": before a transcript's first turn, a paragraph that
 * names people who speak in it, by their labels, in no first person, tells of them:
 * the narrator's, not the header's person's. */
static void lede_about_speakers(parser *p)
{
    hd_doc *d = p->doc;
    const char *s = p->s;
    size_t first_turn = d->nblocks;
    for (size_t q = 0; q < d->nblocks && first_turn == d->nblocks; q++)
        if (d->blocks[q].turn && !d->blocks[q].header)
            first_turn = q;
    if (first_turn == d->nblocks)
        return;
    for (size_t q = 0; q < first_turn; q++) {
        st_block *b = &d->blocks[q];
        if (b->header || b->kind != ST_SPEECH || b->speaker < 0 || b->quoted || first_person(s, b->start, b->end) ||
            quotes_in(s, b->start, b->end))
            continue;
        int about = 0;
        for (size_t k = 0; k < d->nspeakers; k++) {
            const char *nm = d->speakers[k].name;
            if ((int)k == b->speaker || !nm || !strchr(nm, ' '))
                continue;
            size_t nl = strlen(nm);
            for (size_t x = b->start; x + nl <= b->end && !about; x++)
                if (memcmp(s + x, nm, nl) == 0)
                    about = 1;
        }
        if (about)
            b->speaker = -1;
    }
}

/* "Statement by Dr Amber Alayyan, MSF medical programme manager" over "Over the past
 * 72 hours, MSF teams have received …" and '"Our surgeons operated for 20 hours
 * straight."': where a statement (no speech, no transcript) gives the person's words
 * in quotation marks, a paragraph of its body with none, in the third person, is the
 * organisation's, read by the narrator; a statement with no quotation stays whole
 * the person's. */
static void quoted_narration(parser *p)
{
    hd_doc *d = p->doc;
    const char *s = p->s;
    const char *k = d->kind;
    size_t kl = k ? strlen(k) : 0;
    if (p->cues_seen || !k || !(find_ci(k, 0, kl, "statement") || find_ci(k, 0, kl, "release")))
        return;
    for (size_t sp = 0; sp < d->nspeakers; sp++) {
        size_t quoted = 0;
        for (size_t q = 0; q < d->nblocks; q++) {
            const st_block *b = &d->blocks[q];
            quoted += !b->header && b->kind == ST_SPEECH && b->speaker == (int)sp && !b->cont &&
                      wholly_quoted(s, b->start, b->end);
        }
        if (!quoted)
            continue;
        for (size_t q = 0; q < d->nblocks; q++) {
            st_block *b = &d->blocks[q];
            if (!b->header && b->kind == ST_SPEECH && b->speaker == (int)sp && !b->cont && !b->quoted &&
                !quotes_in(s, b->start, b->end) && !first_person(s, b->start, b->end))
                b->speaker = -1;
        }
    }
}

hd_status hd_doc_parse(const char *bytes, size_t len, const hd_parse_options *opt,
                       hd_doc **out, hd_diag *diag)
{
    hd_doc *d = NULL;
    parser p = {0};
    p.said = p.attributed = p.said_on = -1;
    p.quoted = -1;
    p.open = -1;
    p.exam_q = p.exam_a = p.answerer = -1;
    p.last_cue = -1;
    p.clip_speaker = -3;
    p.emph_mark = -2;
    hd_status st = HD_OK;
    hd_parse_options o = opt ? *opt : hd_parse_options_default();
    int lang_was = data_lang();

    if (!out || (!bytes && len > 0))
        return HD_ERR_ARG;
    if (o.lang && data_lang_index(o.lang) < 0) {
        diag_set(diag, 0, 0, "unknown language '%s' (herald reads: en, fr, es)", o.lang);
        return HD_ERR_ARG;
    }
    *out = NULL;
    if ((st = txt_validate(bytes ? bytes : "", len, diag)) != HD_OK)
        goto out;
    if (!(d = calloc(1, sizeof *d)) || !(d->src = xstrndup(bytes ? bytes : "", len))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    d->answerer = -1;
    d->len = len;
    p.doc = d;
    p.s = d->src;
    txt_unhtml(d->src, len);
    /* no-break spaces (U+00A0, U+202F, U+2009) are spaces to every rule here, as they
     * are in the sentences' text: "M. Ruiz\u202F:" is a label, "presse\u00A0:" a
     * field. Replaced byte for byte, so every offset stays the input's. */
    for (size_t k = 0; k + 1 < len; k++) {
        unsigned char *u = (unsigned char *)d->src + k;
        if (u[0] == 0xC2 && u[1] == 0xA0)
            u[0] = u[1] = ' ';
        else if (k + 2 < len && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xAF || u[2] == 0x89))
            u[0] = u[1] = u[2] = ' ';
    }
    int half = o.lang ? -1 : first_half_lang(d->src, len);
    d->lang = o.lang && data_lang_index(o.lang) >= 0 ? data_lang_index(o.lang)
              : half >= 0                            ? half
                                                     : detect_lang(d->src, len);
    lang_was = data_set_lang(d->lang);
    p.order = d->date_order = dt_guess_order(d->src, len);
    d->peso = peso_sign(d->src, len);
    d->cites = cites_paragraphs(d->src, len);
    if ((st = defined_acronyms(d)) != HD_OK)
        goto out;
    if (!o.plain)
        inline_labels(d->src, len);
    if ((st = txt_lines(d->src, len, txt_bom(d->src, len), &p.lines, &p.nlines)) != HD_OK ||
        (p.nlines && !(p.hl = calloc(p.nlines, 1)) && (st = HD_ERR_NOMEM) != HD_OK))
        goto out;
    spk_key_clear();
    if (!o.plain) {
        strip_chevrons(&p);
        strip_markdown_marks(&p);
        strip_line_numbers(&p);
        strip_time_codes(&p);
        release_lede(&p);
        strip_envelope(&p);
        speaker_key(&p);
        initials_in_brackets(&p);
        court_caption(&p);
        cut_page_foot(&p);
        find_signer(&p);
        find_thread(&p);
    }

    size_t body = 0;
    if (!o.plain) {
        body = parse_header(&p);
        /* "By Mateo Arce, 3 February 2025": the byline dates the statement */
        char iso[11];
        if (p.st == HD_OK && !d->date && d->byline) {
            byline_date(&p, d->byline, iso);
            if (iso[0])
                set_date(&p, iso);
        }
    }
    p.plain = o.plain;
    if (p.st == HD_OK)
        parse_body(&p, body, o.plain);
    /* a letter dated under its signature, and nowhere over it */
    if (p.st == HD_OK && !d->date && p.sign_iso[0])
        set_date(&p, p.sign_iso);
    if (p.st == HD_OK && !o.plain)
        dateline_date(&p);
    if (p.st == HD_OK && !o.plain)
        wire_kind(&p);
    if (p.st == HD_OK && !o.plain && !d->date && p.foot_date[0])
        set_date(&p, p.foot_date);
    if (p.st == HD_OK && !o.plain)
        join_captions(&p);
    if (p.st == HD_OK && !o.plain)
        quoted_narration(&p);
    if (p.st == HD_OK && !o.plain && p.cues_seen)
        lede_about_speakers(&p);
    if ((st = p.st) != HD_OK)
        goto out;
    if (half >= 0 && !o.plain)
        block_langs(d);
    else if (!o.plain)
        foreign_blocks(d);
    if ((st = prune_chapters(d)) != HD_OK || (st = split_sentences(d)) != HD_OK ||
        (st = spk_complete_names(d)) != HD_OK)
        goto out;
    if (!o.plain && p.cues_seen)
        about_the_speaker(d);
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
    free(p.chevron);
    free(p.hl);
    free(p.signer);
    free(p.signer_role);
    hm_free(&p.names);
    hm_free(&p.words);
    hm_free(&p.labels);
    hm_free(&p.colon_heads);
    hm_free(&p.running);
    hd_doc_free(d);
    spk_key_clear();
    data_set_lang(lang_was);
    return st;
}

void hd_doc_free(hd_doc *d)
{
    if (!d)
        return;
    free(d->src);
    free(d->defined);
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

/* speakers: part of the statement stage. Speaker cues at the start of a line and the
 * identities behind them. What a role word, a stage direction or a non-speaker label
 * is, is data (data/en/roles.txt, stage.txt, not-speakers.txt); the rules are English. */
#include "speakers.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "data.h"
#include "dates.h"
#include "segment.h"
#include "text.h"
#include "util.h"

static int starts_with_ci(const char *s, size_t n, const char *prefix)
{
    size_t k = strlen(prefix);
    return n >= k && u8_ncasecmp(s, prefix, k) == 0;
}

/* 1 when s[0, n) is, case-insensitively, a whole line of data file `name`. */
static int in_list(const char *name, const char *w, size_t n)
{
    return data_has_line(name, w, n);
}

/* A word of data/en/acronyms.txt ("EU", "NATO"): capitals that are no surname. */
static int acronym_kind_word(const char *w, size_t n)
{
    return data_word_line("en/acronyms.txt", w, n, 0, DATA_NOT_FIRST) != NULL;
}

/* Whether w[0, n) opens with "co-" (in any case) before more: a role shared. */
static int co_prefix(const char *w, size_t n)
{
    return n > 3 && (w[0] == 'C' || w[0] == 'c') && (w[1] == 'o' || w[1] == 'O') && w[2] == '-';
}

static int is_role_word(const char *w, size_t n)
{
    if (data_word_line("en/roles.txt", w, n, 0, DATA_ANYWHERE))
        return 1;
    /* "Co-Chair", "co-Leader": a role shared */
    if (co_prefix(w, n))
        return is_role_word(w + 3, n - 3);
    /* "Vice-President", "Director-General", "Under-Secretary": role words joined */
    const char *h = n > 2 ? memchr(w + 1, '-', n - 2) : NULL;
    if (!h)
        return 0;
    size_t a = (size_t)(h - w);
    /* ("Mayor-elect", "President-Elect", "Ambassador-designate": a role to come) */
    if (data_word_line("en/roles.txt", w, a, 0, DATA_ANYWHERE) &&
        ((n - a - 1 == 5 && u8_ncasecmp(h + 1, "elect", 5) == 0) ||
         (n - a - 1 == 9 && u8_ncasecmp(h + 1, "designate", 9) == 0)))
        return 1;
    return data_word_line("en/roles.txt", w, a, 0, DATA_ANYWHERE) && is_role_word(h + 1, n - a - 1);
}

/* "Representatives Fenwick, Okafor and Hale": a role, or a role in the plural. */
static int is_role_plural(const char *w, size_t n)
{
    return is_role_word(w, n) || (n > 3 && w[n - 1] == 's' && is_role_word(w, n - 1));
}

/* Whether w[0, n) is one of the k words of list, as written. */
static int word_in(const char *const *list, size_t k, const char *w, size_t n)
{
    for (size_t i = 0; i < k; i++)
        if (strlen(list[i]) == n && strncmp(list[i], w, n) == 0)
            return 1;
    return 0;
}

static int is_name_particle(const char *w, size_t n)
{
    static const char *const particles[] = {"von", "van", "der", "den", "de", "la", "le",
                                            "du",  "da",  "di",  "bin", "al", "ten", "ter",
                                            "dos", "das", "del", "y", "ap", "ab", "ibn", "bint",
                                            "ben", "abu", "el", "ould", "zu", "bat", "ni"};
    return word_in(particles, sizeof particles / sizeof *particles, w, n);
}

static int is_acronym(const char *w, size_t n)
{
    if (n < 2)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isupper((unsigned char)w[i]) && w[i] != '.')
            return 0;
    return 1;
}

static int is_honorific(const char *w, size_t n);
static int courtesy_title(const char *w, size_t n);

/* s past a form of address that opens it and the space after ("Dr. Lena Hartmann" ->
 * "Lena Hartmann"), or s when none does. */
static const char *after_honorific(const char *s)
{
    size_t hw = strcspn(s, " ");
    return s[hw] == ' ' && is_honorific(s, hw) ? s + hw + 1 : s;
}

/* Where a person's description ends for sure: at a join ("together with", "and",
 * "following", "before", "upon", " - ", ": "), in any case, since titles are written
 * in Title Case ("Remarks by President Hale Before Departing for the Summit"). */
static size_t trailing_name(const char *s, size_t n);
static size_t name_words(const char *n);
static int died_before(const char *s, size_t from, size_t k);
static char *title_case(const char *s, size_t n);
static void last_word(const char *s, const char **w, size_t *n);
static int is_connector(const char *w, size_t n);

/* Whether the capitalised words before s[j] ("… Transport" in "Minister for Transport
 * and Infrastructure"), all a portfolio's (data/en/portfolios.txt) or a role's, go
 * back to a portfolio's join after a role: "for", "of" or "on"
 * after a role word or "State" ("Secretary of State for Health"). A name there is a
 * portfolio's, not a person's ("Joint statement of Ana Ruiz and Tom Hale" has no role
 * before its "of"). */
static int portfolio_words_before(const char *s, size_t j, int listed);
static int portfolio_before(const char *s, size_t j) { return portfolio_words_before(s, j, 1); }

/* listed 0: any capitalised words between the join and s[j] */
static int portfolio_words_before(const char *s, size_t j, int listed)
{
    size_t e = j;
    while (e > 0) {
        size_t b = e;
        while (b > 0 && s[b - 1] != ' ')
            b--;
        /* (a list of portfolios parted by commas before its "and": "Minister of
         * Economy, Trade and Industry"; a comma after any other word closes a name
         * or an office: "Ana Ruiz, Minister for …") */
        if (b + 1 < e && s[e - 1] == ',' && isupper((unsigned char)s[b]) &&
            data_word_line("en/portfolios.txt", s + b, e - 1 - b, 0, DATA_ANYWHERE))
            e--;
        else if (b == e || s[e - 1] == ',')
            return 0;
        if (is_connector(s + b, e - b)) {
            size_t pe = b > 0 ? b - 1 : 0, pb = pe;
            while (pb > 0 && s[pb - 1] != ' ')
                pb--;
            int join = (e - b == 3 && strncmp(s + b, "for", 3) == 0) || (e - b == 2 && strncmp(s + b, "of", 2) == 0) ||
                       (e - b == 2 && strncmp(s + b, "on", 2) == 0);
            if (join && pe > pb && (is_role_word(s + pb, pe - pb) || (pe - pb == 5 && strncmp(s + pb, "State", 5) == 0)))
                return 1;
            if (join || e - b > 3 || strncmp(s + b, "and", 3) != 0) /* only "and" goes on */
                return 0;
        } else if (!isupper((unsigned char)s[b]) ||
                   (listed && !(data_word_line("en/portfolios.txt", s + b, e - b, 0, DATA_ANYWHERE) || is_role_word(s + b, e - b)))) {
            return 0; /* a name ("Minister for Trade Ana Ruiz and …") */
        }
        if (b == 0)
            return 0;
        e = b - 1;
    }
    return 0;
}

/* " and " at s[j] inside a portfolio ("Minister for Trade and Industry Ana Ruiz",
 * "Secretary of State for Health and Social Care Ana Ruiz"): after "for", "of" or
 * "on", with no one named before it, and capitalised words after it that go on to a
 * name. */
static int and_in_portfolio(const char *s, size_t j, size_t n)
{
    int joined = 0;
    for (size_t x = 0; x + 4 <= j && !joined; x++)
        joined = u8_ncasecmp(s + x, " for ", 5) == 0 || u8_ncasecmp(s + x, " of ", 4) == 0 ||
                 u8_ncasecmp(s + x, " on ", 4) == 0;
    size_t w = j + 5;
    if (w + 4 <= n && u8_ncasecmp(s + w, "the ", 4) == 0)
        w += 4;
    /* and more of the portfolio before a name: "… and Ana Ruiz" names a second person */
    size_t name = trailing_name(s, n);
    if (!joined || w >= n || !isupper((unsigned char)s[w]) || (trailing_name(s, j) < j && !portfolio_before(s, j)))
        return 0;
    if (name > w && name < n)
        return 1;
    /* or the portfolio alone, to the end: "Minister for Foreign Affairs and Trade"; or
     * to the holder's name in brackets, as Hansard prints it ("The Secretary of State
     * for Health and Social Care (Wes Streeting)") */
    for (size_t x = w; x < n;) {
        size_t e = x;
        while (e < n && s[e] != ' ')
            e++;
        if (s[x] == '(' && x > w && memchr(s + x, ')', n - x))
            return 1;
        if (e > x && !isupper((unsigned char)s[x]) && !is_connector(s + x, e - x))
            return 0;
        x = e + 1;
    }
    return name >= n;
}

/* "Kwame Asante, President and Chief Executive Officer": after a name and a comma, an
 * "and" between roles (nothing but role words and small words after it). */
static int and_in_role(const char *s, size_t j, size_t n)
{
    const char *comma = memchr(s, ',', j);
    /* (a form of address before the name: "Dr. Lena Hartmann, President and CEO") */
    const char *nm = after_honorific(s);
    if (!comma || nm + name_words(nm) != comma)
        return 0;
    if (portfolio_before(s, j)) {
        /* "Ana Ruiz, Minister for Transport and Infrastructure, at the Summit": the
         * portfolio goes on in capitals to the next comma or the end */
        size_t w = j + 5, words = 0;
        while (w < n && s[w] != ',' && s[w] != '(') {
            size_t e = w;
            while (e < n && s[e] != ' ' && s[e] != ',')
                e++;
            if (e > w && !isupper((unsigned char)s[w]) && !is_connector(s + w, e - w))
                return 0;
            words++;
            w = e < n && s[e] == ' ' ? e + 1 : e;
        }
        return words > 0;
    }
    /* (or an office in capitals that ends in a role's word: "Executive Vice President
     * and Chief Financial Officer") */
    int all_roles = 1, capitals = 1, last_role = 0;
    for (size_t w = j + 5; w < n && s[w] != '(' && s[w] != ',';) {
        size_t e = w;
        while (e < n && s[e] != ' ' && s[e] != ',')
            e++;
        int role = e > w && is_role_word(s + w, e - w);
        int small = islower((unsigned char)s[w]) && (e - w <= 3 || is_connector(s + w, e - w));
        if (e > w && !role && !small)
            all_roles = 0;
        if (e > w && !small && !isupper((unsigned char)s[w]))
            capitals = 0;
        if (e > w)
            last_role = role;
        w = e < n && s[e] == ' ' ? e + 1 : e;
    }
    return all_roles || (capitals && last_role);
}

/* "President and CEO Armando Pimentel", "FPL President and Chief Executive Officer
 * Ana Ruiz": an office's word, "and", a second office's words in capitals, then the
 * name: two offices of one person, not two people. */
static int and_offices_before_name(const char *s, size_t j, size_t n)
{
    size_t pw = j;
    while (pw > 0 && s[pw - 1] != ' ')
        pw--;
    if (pw == j || !is_role_word(s + pw, j - pw) || memchr(s, ',', j))
        return 0;
    size_t name = trailing_name(s, n), w = j + 5, roles = 0;
    if (name >= n || name <= w)
        return 0;
    while (w < name) {
        size_t e = w;
        while (e < name && s[e] != ' ')
            e++;
        if (e > w && !isupper((unsigned char)s[w]) && !is_connector(s + w, e - w))
            return 0;
        roles += e > w && is_role_word(s + w, e - w);
        w = e + 1;
    }
    return roles > 0;
}

/* "Driver and workplace rep Tasha Benyon", "Nurse and mother of two Ana Ruiz": one
 * capitalised word, "and", then what the person is in lower case before the name:
 * two descriptions of one person, not two people. */
static int and_in_description(const char *s, size_t j, size_t n)
{
    if (j == 0 || memchr(s, ' ', j) || !isupper((unsigned char)s[0]) || j + 5 >= n ||
        !islower((unsigned char)s[j + 5]))
        return 0;
    size_t name = trailing_name(s, n);
    return name > j + 5 && name < n;
}

static size_t description_end(const char *s, size_t n)
{
    static const char *const strong[] = {" together with ", " jointly with ", " with ", " and ",
                                         " ahead of ", " following ", " during ", " - ",
                                         " \xE2\x80\x93 ", " \xE2\x80\x94 ", " on behalf of ",
                                         " upon ", " before ", " after ", ": ", " while ",
                                         " amid ", " as part of ", "; ", " holds ",
                                         " hold ", " delivers ", " gives ", " hosts ", " speaks ",
                                         " en route ", " aboard "};
    size_t end = n;
    for (size_t i = 0; i < sizeof strong / sizeof *strong; i++) {
        size_t k = strlen(strong[i]);
        int depth = 0; /* (inside brackets: "Director-General (Telecoms and Post)") */
        for (size_t j = 0; j + k <= end; j++)
            if (s[j] == '(' || s[j] == ')')
                depth += s[j] == '(' ? 1 : depth > 0 ? -1 : 0;
            else if (!depth && u8_ncasecmp(s + j, strong[i], k) == 0 &&
                !(strcmp(strong[i], " and ") == 0 &&
                  /* ("the Special Rapporteur on the rights to freedom of peaceful
                   * assembly and of association": "and of" goes on with the mandate) */
                  ((j + 8 <= n && strncmp(s + j + 5, "of ", 3) == 0) || and_in_portfolio(s, j, n) || and_in_role(s, j, n) || and_in_description(s, j, n) ||
                   and_offices_before_name(s, j, n)))) {
                end = j;
                break;
            }
    }
    /* "Senator James Caldwell Accepting the Nomination for Vice President": a verb's
     * "-ing" in Title Case, before an article or a possessive, opens what is done */
    for (size_t j = 1; j + 6 <= end; j++) {
        if (s[j - 1] != ' ' || !isupper((unsigned char)s[j]))
            continue;
        size_t e = j;
        while (e < end && isalpha((unsigned char)s[e]))
            e++;
        if (e - j < 6 || e >= end || s[e] != ' ' || memcmp(s + e - 3, "ing", 3) != 0)
            continue;
        /* (not a portfolio's "Housing", "Planning": "Minister for Housing") */
        size_t p0 = j - 1;
        while (p0 > 0 && s[p0 - 1] != ' ')
            p0--;
        if ((j - 1 - p0 == 3 && strncmp(s + p0, "for", 3) == 0) || (j - 1 - p0 == 2 && strncmp(s + p0, "of", 2) == 0) ||
            (j - 1 - p0 == 3 && strncmp(s + p0, "and", 3) == 0) ||
            data_word_line("en/portfolios.txt", s + j, e - j, 0, DATA_ANYWHERE))
            continue;
        static const char *const next[] = {"the ", "a ", "an ", "his ", "her ", "their ", "its ", "our "};
        int opens = 0;
        for (size_t q = 0; q < sizeof next / sizeof *next && !opens; q++)
            opens = u8_ncasecmp(s + e + 1, next[q], strlen(next[q])) == 0 && e + 1 + strlen(next[q]) < n;
        if (opens) {
            end = j - 1;
            break;
        }
    }
    /* "the President in State of the Union Address": "in" before the event, within a
     * few words ("Minister in the Presidency" has none) */
    for (size_t j = 0; j + 4 <= end; j++) {
        int in = u8_ncasecmp(s + j, " in ", 4) == 0, on = !in && u8_ncasecmp(s + j, " on ", 4) == 0;
        int at = !in && !on && u8_ncasecmp(s + j, " at ", 4) == 0;
        if (!in && !on && !at)
            continue;
        /* (after "on": a day that is marked, "the Prime Minister on National
         * Indigenous Peoples Day", or a death or an occasion, "Prime Minister on the
         * Passing of Former Prime Minister …"; "Minister on Women's Affairs" marks none) */
        /* (after "at": an occasion, "the President at a Reception for Black History
         * Month", "the Taoiseach at the Launch of the National Housing Plan"; "Minister
         * of State at the Department of Health" holds an office there) */
        static const char *const in_on[] = {"address", "speech", "remarks", "statement", "message",
                                            "broadcast", "briefing", "interview", "press conference",
                                            "day", "week", "anniversary", "commemoration", "passing", "death of",
                                            "loss of", "demise", "occasion", "retirement"};
        static const char *const at_events[] = {"reception", "launch", "summit", "conference", "rally", "ceremony",
                                                "dinner", "event", "opening", "signing", "forum", "celebration",
                                                "memorial", "cemetery", "festival", "gala", "roundtable", "round table",
                                                "luncheon", "breakfast", "lecture", "unveiling", "commemoration",
                                                "graduation", "convention", "dedication", "vigil", "town hall",
                                                "fundraiser", "symposium", "seminar", "meeting", "visit", "party",
                                                "launch of", "funeral", "service", "parade", "commencement"};
        const char *const *events = at ? at_events : in_on;
        size_t nevents = at ? sizeof at_events / sizeof *at_events : sizeof in_on / sizeof *in_on;
        size_t stop = j + 4, words = 0;
        while (stop < end && words < 6) {
            while (stop < end && s[stop] != ' ')
                stop++;
            words++;
            if (stop < end)
                stop++;
        }
        int event = 0;
        for (size_t k = 0; k < nevents && !event; k++) {
            size_t el = strlen(events[k]);
            for (size_t x = j + 4; x + el <= stop && !event; x++)
                event = u8_ncasecmp(s + x, events[k], el) == 0 && s[x - 1] == ' ' &&
                        (x + el == n || !isalpha((unsigned char)s[x + el]));
        }
        if (event) {
            end = j;
            break;
        }
    }
    /* "the Secretary of Commerce on Quarterly Trade Data", "the Governor of the Central
     * Bank at the Dublin Economic Workshop", "the Secretary-General on Drought": "on"
     * or "at" after an office whole is the topic or the place, in capitals too; not
     * inside an office ("Minister of State at the Department of Health", "Special
     * Rapporteur on Water", "Minister on Women's Affairs") */
    if (data_lang() == 0)
        for (size_t j = 1; j + 5 <= end; j++) {
            int on = u8_ncasecmp(s + j, " on ", 4) == 0, at = !on && u8_ncasecmp(s + j, " at ", 4) == 0;
            size_t tw = j + 4 + (j + 8 < end && strncmp(s + j + 4, "the ", 4) == 0 ? 4 : 0);
            if ((!on && !at) || !isupper((unsigned char)s[tw]) || u8_ncasecmp(s + j + 4, "behalf ", 7) == 0)
                continue;
            size_t wb = j;
            while (wb > 0 && s[wb - 1] != ' ')
                wb--;
            static const char *const on_offices[] = {"Rapporteur", "Envoy", "Adviser", "Advisor", "Representative",
                                                     "Coordinator", "Co-ordinator", "Commissioner", "Minister",
                                                     "Spokesperson", "Spokesman", "Spokeswoman", "Expert", "Chair",
                                                     "Chairman", "Chairwoman", "Chairperson", "Committee", "Member",
                                                     "Secretary", "Counsellor", "Counselor", "Ambassador"};
            int portfolio = j - wb == 5 && strncmp(s + wb, "State", 5) == 0;
            for (size_t q = 0; q < sizeof on_offices / sizeof *on_offices && !portfolio; q++)
                portfolio = strlen(on_offices[q]) == j - wb && strncmp(s + wb, on_offices[q], j - wb) == 0;
            /* (an office before it: a role's word in what comes first) */
            int office = 0;
            for (size_t x = 0; x < j && !office;) {
                size_t e = x;
                while (e < j && s[e] != ' ')
                    e++;
                office = e > x && is_role_word(s + x, e - x);
                x = e + 1;
            }
            /* (nor where the office is held: "Director of Conservation at the Tidewell
             * Trust", "Head of Archaeology at the University of Dunmarrow") */
            static const char *const places[] = {"Trust", "University", "College", "School", "Hospital", "Institute",
                                                 "Foundation", "Museum", "Library", "Centre", "Center", "Company",
                                                 "Society", "Association", "Service", "Embassy", "Consulate", "Court",
                                                 "Tribunal", "Corporation", "Group", "Academy", "Clinic", "Laboratory",
                                                 "Observatory", "Partnership", "Network", "Firm", "Charity"};
            for (size_t x = tw; at && office && x < end;) {
                size_t e = x;
                while (e < end && s[e] != ' ' && s[e] != ',')
                    e++;
                int held = e > x && data_word_line("en/bodies.txt", s + x, e - x, 0, DATA_ANYWHERE) != NULL;
                for (size_t q = 0; q < sizeof places / sizeof *places && !held; q++)
                    held = strlen(places[q]) == e - x && strncmp(s + x, places[q], e - x) == 0;
                if (held)
                    office = 0;
                if (e < end && s[e] == ',')
                    break;
                x = e + 1;
            }
            if (office && !portfolio) {
                end = j;
                break;
            }
        }
    /* another language's ("à l'issue de", "tras": data/fr/description-ends.txt) */
    const data_file *f = data_lang() ? data_get("en/description-ends.txt") : NULL;
    size_t pos = 0, len;
    const char *line;
    while (f && data_next_line(f, &pos, &line, &len))
        for (size_t j = 1; j + len + 1 <= end; j++)
            if (s[j - 1] == ' ' && u8_ncasecmp(s + j, line, len) == 0 && (s[j + len] == ' ' || j + len == end)) {
                end = j - 1;
                break;
            }
    return end;
}

/* Joins that may end a description or stand inside a role ("Minister for Foreign
 * Affairs", "Special Rapporteur on Water"): where, in s[0, n), the k-th one starts, or
 * n when there are fewer. */
static size_t weak_join(const char *s, size_t n, size_t from)
{
    static const char *const weak[] = {" at ", " in ", " on ", " to ", " for ", " from ",
                                       " about ", " regarding ", " via ", " of "};
    size_t best = n;
    for (size_t i = 0; i < sizeof weak / sizeof *weak; i++) {
        size_t k = strlen(weak[i]);
        for (size_t j = from; j + k <= n && j < best; j++)
            if (u8_ncasecmp(s + j, weak[i], k) == 0) {
                best = j;
                break;
            }
    }
    return best;
}

/* The name at the end of s[0, n): a run of at most two capitalised words that are no
 * role, acronym or comma-ended word, with name particles inside (von der), a third
 * word only right after a role word or title; one word only right after one. Returns
 * the start of the name, or n when there is none. */
/* A particle of a surname written with a capital ("Mac Giolla Phádraig", "Van
 * Buren", "De Valera"). */
static int is_caps_particle(const char *w, size_t n)
{
    static const char *const caps_particles[] = {"Mac", "Mc", "Van", "Von", "De", "Del", "Della", "Da", "Di",
                                                 "Du", "Le", "La", "Ni", "N\xC3\xAD", "Nic", "Mhic", "Ua",
                                                 /* ("Jess \xC3\x93 Briain", "Aoife U\xC3\xAD Bhriain": Irish) */
                                                 "\xC3\x93", "U\xC3\xAD",
                                                 "Ap", "Ab", "Bin", "Ibn", "Al", "El", "Ter", "Ten", "Dela", "Delos",
                                                 "Dos", "Das"};
    for (size_t q = 0; q < sizeof caps_particles / sizeof *caps_particles; q++)
        if (strlen(caps_particles[q]) == n && strncmp(w, caps_particles[q], n) == 0)
            return 1;
    return 0;
}

static int given_and_office_surname(const char *g, size_t gl, const char *sur, size_t sl);

static size_t trailing_name(const char *s, size_t n)
{
    size_t start = n, e = n;
    int words = 0, caps_particle = 0, middle_initial = 0, lead_initial = 0;
    while (e > 0) {
        size_t b = e;
        while (b > 0 && s[b - 1] != ' ')
            b--;
        const char *w = s + b;
        size_t wl = e - b;
        int initial = (wl == 2 && isupper((unsigned char)w[0]) && w[1] == '.') ||
                      (wl == 1 && isupper((unsigned char)w[0]));
        /* "R.T.": initials run together */
        for (size_t q = 0; !initial && wl >= 4 && wl <= 8 && q + 1 < wl && isupper((unsigned char)w[q]) && w[q + 1] == '.'; q += 2)
            initial = q + 2 == wl;
        /* "KAMEDA Hiroshi": a family name in capitals before a given name */
        int family = words == 1 && wl >= 3 && is_acronym(w, wl) && !acronym_kind_word(w, wl) &&
                     !memchr(w, '.', wl);
        /* "NNPC Ltd.", "Acme Inc.": a company's form, no one's name */
        static const char *const forms[] = {"Ltd", "Ltd.", "Inc", "Inc.", "plc", "PLC", "LLC", "Limited", "Corp."};
        int company = 0;
        for (size_t f = 0; f < sizeof forms / sizeof *forms && !company; f++)
            company = strlen(forms[f]) == wl && strncmp(w, forms[f], wl) == 0;
        /* (nor a body's name: "General Workers' Federation", a plural's possessive or
         * a body's word last, data/en/bodies.txt, six letters or more: "House" and
         * "Bank" are surnames too) */
        if (wl > 1 && (w[wl - 1] == '\'' || (wl > 3 && memcmp(w + wl - 3, "\xE2\x80\x99", 3) == 0)))
            company = 1;
        if (words == 0 && wl >= 6 && data_word_line("en/bodies.txt", w, wl, 0, DATA_ANYWHERE))
            company = 1;
        /* ("Coach Ben Bishop", "Manager Chris Skipper": a surname that is an office's
         * word too, after a given name) */
        int office_surname = 0;
        if (words == 0 && b >= 3 && is_role_word(w, wl)) {
            size_t gb = b - 1;
            while (gb > 0 && s[gb - 1] != ' ')
                gb--;
            office_surname = gb < b - 1 && given_and_office_surname(s + gb, b - 1 - gb, w, wl);
        }
        int name_word = wl > 0 && txt_starts_upper(w, wl) && w[wl - 1] != ',' && !company &&
                        (!is_role_word(w, wl) || office_surname) && (initial || family || !is_acronym(w, wl)) &&
                        !is_honorific(w, wl) && !memchr(w, '/', wl);
        /* (a portfolio's word after its "of" or "for" ends the name: "Head of Legal Anna
         * Van Dyke") */
        if (name_word && words >= 2 && b >= 4 &&
            ((b >= 4 && strncmp(s + b - 4, " of ", 4) == 0) || (b >= 5 && strncmp(s + b - 5, " for ", 5) == 0)))
            break;
        /* "Séamus Mac Giolla Phádraig", "Mary Ellen Van Buren": a particle in capitals
         * makes room for a fourth word */
        caps_particle |= is_caps_particle(w, wl);
        /* (so does a middle initial before the surname: two given names, "George Erwin
         * M. Garcia", "John Rex C. Laudiangco", as Philippine names are written) */
        if (words == 1 && initial && wl == 2)
            middle_initial = 1;
        /* (but not an office's last word after its "of": "Secretary of the Navy Robert
         * T. Hale") */
        if (words == 3 && middle_initial && b >= 2) {
            size_t pb = b - 1;
            while (pb > 0 && s[pb - 1] != ' ')
                pb--;
            if (pb < b - 1 && islower((unsigned char)s[pb]))
                middle_initial = 0;
        }
        /* ("Minister of Energy B. Enkhbold": a portfolio's word after its "of", before
         * the initial that opens the name, is the office's) */
        if (name_word && words >= 2 && lead_initial && b >= 4 &&
            data_word_line("en/portfolios.txt", w, wl, 0, DATA_ANYWHERE)) {
            size_t pb = b - 1;
            while (pb > 0 && s[pb - 1] != ' ')
                pb--;
            if ((b - 1 - pb == 2 && strncmp(s + pb, "of", 2) == 0) ||
                (b - 1 - pb == 3 && (strncmp(s + pb, "for", 3) == 0 || strncmp(s + pb, "and", 3) == 0)))
                break;
        }
        if (name_word && (words < 3 || (words < 4 && (caps_particle || middle_initial)))) {
            start = b;
            words++;
            lead_initial = initial;
        } else if (!(wl > 0 && is_name_particle(w, wl) && start < n)) {
            break;
        } else {
            /* ("Luiz Inácio Lula da Silva": a particle inside the name makes room for a
             * fourth word, as a capital one does) */
            caps_particle = 1;
        }
        if (b == 0)
            break;
        e = b - 1;
    }
    /* "Mr Louis Ng Kok Kwang": after a form of address that opens the text, a name
     * of four words (a given name, a family name and a given name of two) */
    if (words == 3 && start >= 2 && s[start - 1] == ' ') {
        size_t we = start - 1, wb = we;
        while (wb > 0 && s[wb - 1] != ' ')
            wb--;
        size_t hb = wb >= 2 ? wb - 1 : 0, ha = hb;
        while (ha > 0 && s[ha - 1] != ' ')
            ha--;
        if (wb >= 2 && ha == 0 && hb > ha && is_honorific(s, hb) && we > wb && txt_starts_upper(s + wb, we - wb) &&
            !is_role_word(s + wb, we - wb) && !is_acronym(s + wb, we - wb) && !is_honorific(s + wb, we - wb) &&
            !memchr(s + wb, '.', we - wb) && !memchr(s + wb, ',', we - wb))
            start = wb, words = 4;
    }
    /* Particles before the first capitalised word belong to the role ("Secretary of
     * Defense"); after a role's word or a title, before one word, they are the
     * surname's ("President von der Leyen"). */
    while (start < n) {
        size_t k = start;
        while (k < n && s[k] != ' ')
            k++;
        if (!is_name_particle(s + start, k - start))
            break;
        start = k < n ? k + 1 : n;
    }
    if (start >= n)
        return n;
    /* (in English: elsewhere "de la" is the office's "of the", « ministre de la Santé ») */
    /* (and before two: "Secretary de la Fuente Ramírez", a surname and the mother's) */
    if (words <= 2 && start > 1 && s[start - 1] == ' ' && data_lang() == 0) {
        size_t pstart = start, qe = start - 1, qb;
        for (;;) {
            qb = qe;
            while (qb > 0 && s[qb - 1] != ' ')
                qb--;
            if (qe <= qb || !is_name_particle(s + qb, qe - qb) || qb < 2)
                break;
            pstart = qb;
            qe = qb - 1;
        }
        if (pstart < start && qe > qb && (is_role_word(s + qb, qe - qb) || is_honorific(s + qb, qe - qb)))
            start = pstart;
    }
    /* What stands before the name: a role word or title allows one word or three. */
    size_t pe = start;
    while (pe > 0 && s[pe - 1] == ' ')
        pe--;
    /* ("… for Health and Social Care": a portfolio's words after its "and", no name) */
    if (pe >= 4 && strncmp(s + pe - 4, " and", 4) == 0) {
        int listed = 1;
        for (size_t x = start; x < n && listed;) {
            size_t we = x;
            while (we < n && s[we] != ' ')
                we++;
            listed = data_word_line("en/portfolios.txt", s + x, we - x, 0, DATA_ANYWHERE) != NULL;
            x = we + 1;
        }
        if (listed && portfolio_words_before(s, pe - 4, 1))
            return n;
    }
    if (pe > 0 && s[pe - 1] == ',' && words == 3)
        pe--; /* "An Taoiseach, Ciarán Ó Duibhir": a role before a name of three words */
    size_t pb = pe;
    while (pb > 0 && s[pb - 1] != ' ')
        pb--;
    int after_role = pe > pb && (is_role_word(s + pb, pe - pb) || is_honorific(s + pb, pe - pb) ||
                                 is_acronym(s + pb, pe - pb) || memchr(s + pb, '/', pe - pb) ||
                                 s[pe - 1] == '.');
    /* (or an office's portfolio after its "of", before a name with an initial in its
     * middle: "President of Ireland Michael D Higgins"; "Head of Retail Banking Susan
     * Miller" is a portfolio of two words) */
    if (!after_role && pe > pb && words == 3 && isupper((unsigned char)s[pb]) &&
        ((pb >= 4 && strncmp(s + pb - 4, " of ", 4) == 0) || (pb >= 5 && strncmp(s + pb - 5, " for ", 5) == 0))) {
        size_t m = start;
        while (m < n && s[m] != ' ')
            m++;
        m++;
        after_role = m + 2 < n && isupper((unsigned char)s[m]) && (s[m + 1] == ' ' || (s[m + 1] == '.' && s[m + 2] == ' '));
    }
    if (words == 1 && !after_role && start > 0)
        return n;
    /* ("General Secretary of the All India Trade Union Congress": a body's word that
     * ends what the office is of, no one's name) */
    /* (or a place's or a body's as a header names them, singular or plural: "… of
     * Community Health Centers") */
    size_t sg = n - start > 3 && s[n - 1] == 's' ? n - start - 1 : n - start;
    if (words == 1 && (data_word_line("en/bodies.txt", s + start, n - start, 0, DATA_ANYWHERE) ||
                       data_word_line("en/header-words.txt", s + start, n - start, 0, DATA_ANYWHERE) ||
                       data_word_line("en/bodies.txt", s + start, sg, 0, DATA_ANYWHERE) ||
                       data_word_line("en/header-words.txt", s + start, sg, 0, DATA_ANYWHERE))) {
        for (size_t x = 0; x + 4 <= start; x++)
            if (strncmp(s + x, " of ", 4) == 0)
                return n;
    }
    /* ("Minister for National Development": a portfolio's word after the office's,
     * no one's name) */
    if (words == 1 && data_word_line("en/portfolios.txt", s + start, n - start, 0, DATA_ANYWHERE) &&
        portfolio_words_before(s, n, 1))
        return n;
    /* "the National Day": one word after "the" and a role-like word is a thing's name */
    if (words == 1 && pb >= 4 && u8_ncasecmp(s + pb - 4, "the ", 4) == 0 && (pb == 4 || s[pb - 5] == ' '))
        return n;
    /* a name alone of three or four words ("Clara Mendes Arruda", "Ana Maria Ruiz
     * Lopez") keeps them all: nothing before it makes the first a title */
    if (words == 3 && start > 0 && pb == 0 && pe > pb && txt_starts_upper(s, pe) && !after_role &&
        !is_role_word(s, pe) && !is_honorific(s, pe) && !memchr(s, ' ', pe) && !memchr(s, ',', pe) &&
        !is_acronym(s, pe) && !data_word_line("en/starters.txt", s, pe, 1, DATA_ANYWHERE))
        return 0;
    if (words == 3 && start == 0)
        return 0;
    /* ("Lifeguard supervisor Jess \xC3\x93 Briain", "Martin Van Buren": a surname with its
     * particle, the given name before it; "Minister of Commerce Faisal bin Thani
     * Al-Thani": "bin", "ibn", "bint" after the given name, the father's name after
     * it) */
    int particle_second = 0;
    if (words == 3) {
        static const char *const sons[] = {"bin", "bint", "ibn", "binti", "ould"};
        size_t w1 = start;
        while (w1 < n && s[w1] != ' ')
            w1++;
        size_t w2 = w1 + 1;
        while (w2 < n && s[w2] != ' ')
            w2++;
        const char *p2 = s + w1 + 1;
        size_t l2 = w2 - w1 - 1;
        particle_second = w1 < n && w2 < n &&
                          ((caps_particle && is_caps_particle(p2, l2) && !(pe - pb == 2 && strncmp(s + pb, "of", 2) == 0) &&
                            !(pe - pb == 3 && (strncmp(s + pb, "for", 3) == 0 || strncmp(s + pb, "and", 3) == 0))) ||
                           word_in(sons, sizeof sons / sizeof *sons, p2, l2));
    }
    if (words == 3 && !after_role && !particle_second &&
        !(start < n && (s[start + 1] == '.' || memchr(s + start, '.', n - start)))) {
        while (start < n && s[start] != ' ')
            start++;
        start++;
    }
    /* "the National Day", "the Central Bank": a thing, not a person */
    if (start >= 4 && s[start - 1] == ' ' && u8_ncasecmp(s + start - 4, "the ", 4) == 0 &&
        (start == 4 || s[start - 5] == ' '))
        return n;
    return start;
}

/* 1 when a role is only a form of address ("Rt Hon", "The Honourable"). */
static int address_only(const char *r)
{
    static const char *const words[] = {"the", "rt", "rt.", "right", "hon", "hon.", "honourable",
                                        "honorable", "his", "her", "excellency", "h.e.", "he",
                                        /* the clergy's: "The Most Rev.", "The Very Revd" */
                                        "most", "very", "rev", "rev.", "revd", "revd.", "reverend"};
    int rev = 0, grade = 0;
    for (const char *p = r; *p;) {
        while (*p == ' ')
            p++;
        const char *w = p;
        while (*p && *p != ' ')
            p++;
        size_t n = (size_t)(p - w), k = 0;
        if (!n)
            break;
        while (k < sizeof words / sizeof *words && !(strlen(words[k]) == n && u8_ncasecmp(words[k], w, n) == 0))
            k++;
        if (k == sizeof words / sizeof *words)
            return 0;
        rev |= u8_ncasecmp(w, "rev", 3) == 0;
        grade |= (n == 4 && u8_ncasecmp(w, "most", 4) == 0) || (n == 4 && u8_ncasecmp(w, "very", 4) == 0) ||
                 (n >= 2 && u8_ncasecmp(w, "rt", 2) == 0) || (n == 5 && u8_ncasecmp(w, "right", 5) == 0);
    }
    /* ("Rev." alone is the announcement's: "Reverend Michael Curry") */
    return !rev || grade;
}

/* A role word in capitals ("SPOKESPERSON"), compared in its usual case. */
static int role_word_ci(const char *w, size_t n)
{
    /* (and "co-leader", "co-chair") */
    if (co_prefix(w, n))
        w += 3, n -= 3;
    return data_word_line("en/roles.txt", w, n, 1, DATA_ANYWHERE) != NULL;
}

static hd_status split_person(const char *text, char **role, char **name);

/* split_person of s[0, n), then sep and rest. */
static hd_status split_joined(const char *s, size_t n, const char *sep, const char *rest, char **role,
                              char **name)
{
    sb c = {0};
    sb_putn(&c, s, n);
    sb_puts(&c, sep);
    sb_puts(&c, rest);
    char *joined = sb_take(&c);
    if (!joined)
        return HD_ERR_NOMEM;
    hd_status st = split_person(joined, role, name);
    free(joined);
    return st;
}

/* A name's letters (data/en/post-nominals.txt), also written with stops ("T.D.",
 * "C.G.H", "M.P."). */
static int post_nominal(const char *w, size_t n)
{
    if (in_list("en/post-nominals.txt", w, n))
        return 1;
    /* "David Hurley AC DSC (Retd)": letters in brackets */
    if (n > 2 && w[0] == '(' && w[n - 1] == ')' && w[1] != '(')
        return post_nominal(w + 1, n - 2);
    /* "Felicity Ampofo-Rowe '89": an alumna's class year */
    if ((n == 3 && w[0] == '\'' && isdigit((unsigned char)w[1]) && isdigit((unsigned char)w[2])) ||
        (n == 5 && memcmp(w, "\xE2\x80\x99", 3) == 0 && isdigit((unsigned char)w[3]) && isdigit((unsigned char)w[4])))
        return 1;
    char bare[16];
    size_t k = 0, stops = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i] == '.') {
            stops++;
            continue;
        }
        if (k + 1 >= sizeof bare)
            return 0;
        bare[k++] = w[i];
    }
    return stops && k >= 2 && in_list("en/post-nominals.txt", bare, k);
}

/* Where s[0, n) ends without the post-nominal letters at its end ("Ana Ruiz MP OBE":
 * after "Ruiz"); `commas`: a comma between them goes too. */
static size_t before_post_nominals(const char *s, size_t n, int commas)
{
    for (;;) {
        size_t w = n;
        while (w > 0 && s[w - 1] != ' ')
            w--;
        if (w == 0 || !post_nominal(s + w, n - w))
            return n;
        n = w;
        while (n > 0 && (s[n - 1] == ' ' || (commas && s[n - 1] == ',')))
            n--;
    }
}

/* "Adaeze Brennan - Vice President, Investor Relations", as call transcripts list
 * participants: a name, a dash and the role, read as "Name, Role". */
static hd_status split_person_text(const char *text, char **role, char **name);

size_t spk_name_end(const char *s, size_t n) { return before_post_nominals(s, n, 1); }
int spk_post_nominal(const char *w, size_t n) { return post_nominal(w, n); }

/* *role and *name, new: both or, when either failed to be made, neither
 * (HD_ERR_NOMEM). */
static hd_status give_person(char **role, char **name, char *r, char *n)
{
    *role = r;
    *name = n;
    if (r && n)
        return HD_OK;
    free(r);
    free(n);
    *role = *name = NULL;
    return HD_ERR_NOMEM;
}

static hd_status split_person_raw(const char *text, char **role, char **name);

/* A peer by title, which is the name Hansard labels them by: "Lord Khan of Burnley",
 * "Baroness Chapman", "The Earl of Kinnoull" (not an office: "Lord Chancellor", "Lord
 * Mayor of London", "Lord Privy Seal", "Lady Justice Ruiz"). */
static int peer_name(const char *t)
{
    static const char *const ranks[] = {"Lord ", "Baroness ", "Lady ", "Viscount ", "Viscountess ", "Earl of ",
                                        "The Earl of ", "Countess of ", "The Countess of ", "Marquess of ",
                                        "The Marquess of ", "Duke of ", "The Duke of "};
    size_t rl = 0;
    int of_place = 0; /* "Earl of …": what follows is a place, whatever its words */
    for (size_t k = 0; k < sizeof ranks / sizeof *ranks && !rl; k++)
        if (strncmp(t, ranks[k], strlen(ranks[k])) == 0) {
            rl = strlen(ranks[k]);
            of_place = rl >= 3 && strcmp(ranks[k] + rl - 3, "of ") == 0;
        }
    if (!rl || !isupper((unsigned char)t[rl]))
        return 0;
    size_t wl = strcspn(t + rl, " ,");
    static const char *const offices[] = {"Privy", "High", "Chief", "Advocate", "Lieutenant", "Provost", "Justice",
                                          "Steward", "Great", "Bishop", "Chamberlain"};
    for (size_t k = 0; k < sizeof offices / sizeof *offices; k++)
        if (strlen(offices[k]) == wl && strncmp(t + rl, offices[k], wl) == 0)
            return 0;
    if (is_role_word(t + rl, wl) && !of_place)
        return 0;
    /* capitalised words to the end, joined by "of", "and", "the" */
    for (const char *w = t + rl; *w;) {
        size_t l = strcspn(w, " ");
        if (!isupper((unsigned char)w[0]) && !(l == 2 && strncmp(w, "of", 2) == 0) &&
            !(l == 3 && (strncmp(w, "and", 3) == 0 || strncmp(w, "the", 3) == 0)))
            return 0;
        w += l;
        while (*w == ' ')
            w++;
    }
    return 1;
}

static int post_nominal(const char *w, size_t n);

/* Whether t[0, n), after an office and its comma, is where the office is held: a
 * region ("Northern Ireland", "West Yorkshire Police": a compass's word and a
 * capitalised one), a city (data/en/places.txt) or a US state; never a surname that
 * is a place's word too ("Director, Jane Hall"). */
static int held_place(const char *t, size_t n)
{
    static const char *const compass[] = {"North", "South", "East", "West", "Northern", "Southern",
                                          "Eastern", "Western", "Central", "Greater"};
    size_t fe = strcspn(t, " ");
    for (size_t k = 0; k < sizeof compass / sizeof *compass; k++)
        if (fe < n && strlen(compass[k]) == fe && memcmp(t, compass[k], fe) == 0 && isupper((unsigned char)t[fe + 1]) &&
            !memchr(t + fe + 1, ' ', n - fe - 1))
            return 1; /* (two words: "Greater Manchester Police" is the force's name) */
    return data_has_line("en/places.txt", t, n) || data_has_line("en/us-states.txt", t, n);
}

/* Whether g[0, gl) is a form of address before a name: an honorific or
 * "Professor". */
static int address_form(const char *g, size_t gl)
{
    return is_honorific(g, gl) || (gl == 9 && memcmp(g, "Professor", 9) == 0);
}

/* Whether g[0, gl), then sur[0, sl), are a given name and a surname that is an
 * office's word too (data/en/office-surnames.txt: "Helen Bishop", "Nicola Ranger"):
 * the given name capitalised, of letters, and no office's, place's or form of
 * address's word. */
static int given_and_office_surname(const char *g, size_t gl, const char *sur, size_t sl)
{
    int person = gl >= 2 && isupper((unsigned char)g[0]) &&
                 data_word_line("en/office-surnames.txt", sur, sl, 1, DATA_ANYWHERE) && !is_role_word(g, gl) &&
                 !role_word_ci(g, gl) && !is_honorific(g, gl) &&
                 !data_word_line("en/office-modifiers.txt", g, gl, 1, DATA_ANYWHERE) &&
                 !data_word_line("en/places.txt", g, gl, 1, DATA_ANYWHERE) &&
                 !data_word_line("en/office-surnames.txt", g, gl, 1, DATA_ANYWHERE);
    for (size_t k = 0; person && k < gl; k++)
        person = isalpha((unsigned char)g[k]) || g[k] == '-' || g[k] == '\'' || (unsigned char)g[k] >= 0x80;
    return person;
}

static hd_status person_parts(const char *text, char **role, char **name)
{
    /* "Dr. Samuel Reyes-Whitaker, MD, MPH, County Health Officer": a name's letters
     * after its comma are no office */
    if (data_lang() == 0 && strlen(text) < 240) {
        const char *c1 = strchr(text, ',');
        if (c1 && c1[1] == ' ') {
            const char *x = c1 + 2, *last = NULL;
            for (;;) {
                size_t l = strcspn(x, ",");
                if (!x[l] || !l || !post_nominal(x, l) || x[l + 1] != ' ')
                    break;
                last = x + l;
                x += l + 2;
            }
            if (last && *x && isupper((unsigned char)*x)) {
                sb t = {0};
                sb_putn(&t, text, (size_t)(c1 - text));
                sb_puts(&t, ", ");
                sb_puts(&t, x);
                char *u = sb_take(&t);
                if (!u)
                    return HD_ERR_NOMEM;
                hd_status st0 = spk_split_person(u, role, name);
                free(u);
                return st0;
            }
        }
    }
    /* "A spokesperson for Coral Sky Airlines", "Our Chief Operating Officer": an
     * article or "our" before an office is no part of it; an office for, of or at a
     * body (its last word one of data/en/bodies.txt), no comma, names no one */
    if (data_lang() == 0) {
        size_t skip = strncmp(text, "A ", 2) == 0 ? 2 : strncmp(text, "An ", 3) == 0 ? 3 : strncmp(text, "Our ", 4) == 0 ? 4 : 0;
        const char *r = text + skip;
        size_t w1 = strcspn(r, " ,");
        const char *lw = strrchr(r, ' ');
        int body = isalpha((unsigned char)r[0]) && !strchr(r, ',') && lw && strlen(r) < 200 &&
                   (role_word_ci(r, w1) || is_role_word(r, w1));
        /* (a body's word last, or the first after "the": "for the Ministry of Health") */
        if (body && !data_word_line("en/bodies.txt", lw + 1, strlen(lw + 1), 0, DATA_ANYWHERE)) {
            const char *th = strstr(r, " for the ");
            if (!th)
                th = strstr(r, " of the ");
            if (!th)
                th = strstr(r, " at the ");
            const char *bw = th ? strstr(th + 1, "the ") + 4 : NULL;
            size_t bl = bw ? strcspn(bw, " ") : 0;
            body = bw && bl && isupper((unsigned char)bw[0]) &&
                   data_word_line("en/bodies.txt", bw, bl, 0, DATA_ANYWHERE) != NULL;
            /* (and no name after it: a capitalised word there follows "of" or "and",
             * "Ministry of Health", not "Police Ana Ruiz") */
            for (const char *x = bw ? bw + bl : NULL, *prev = bw; body && x && *x;) {
                while (*x == ' ')
                    x++;
                size_t l = strcspn(x, " ");
                if (!l)
                    break;
                if (isupper((unsigned char)x[0]) && !data_word_line("en/bodies.txt", x, l, 0, DATA_ANYWHERE)) {
                    size_t pl = strcspn(prev, " ");
                    body = (pl == 2 && strncmp(prev, "of", 2) == 0) || (pl == 3 && strncmp(prev, "and", 3) == 0) ||
                           (pl == 1 && prev[0] == '&');
                }
                prev = x;
                x += l;
            }
        }
        /* (the office's words, then "for", "of" or "at": no name between, "Special
         * Agent in Charge Victor Osei of the … Field Office") */
        for (const char *x = r; body;) {
            size_t l = strcspn(x, " ");
            if ((l == 3 && strncmp(x, "for", 3) == 0) || (l == 2 && (strncmp(x, "of", 2) == 0 || strncmp(x, "at", 2) == 0)))
                break;
            if (!x[l]) {
                body = 0;
                break;
            }
            body = !isupper((unsigned char)x[0]) || role_word_ci(x, l) || is_role_word(x, l);
            x += l + 1;
        }
        if ((skip || body) && isalpha((unsigned char)r[0]) && strlen(r) < 200) {
            if (body || role_word_ci(r, w1) || is_role_word(r, w1)) {
                char *t = xstrdup(r);
                if (!t)
                    return HD_ERR_NOMEM;
                t[0] = (char)toupper((unsigned char)t[0]);
                hd_status st0;
                if (body) {
                    *name = NULL;
                    *role = t;
                    return HD_OK;
                }
                st0 = spk_split_person(t, role, name);
                free(t);
                return st0;
            }
        }
    }
    /* "By Josephine Abara-Lindqvist, Returning Officer": a byline's word, capitalised
     * at the line's start, is no part of the name */
    if ((strncmp(text, "By ", 3) == 0 || strncmp(text, "BY ", 3) == 0) && isupper((unsigned char)text[3]))
        return spk_split_person(text + 3, role, name);
    /* (a peer's title is their name) */
    if (peer_name(text)) {
        *role = NULL;
        return (*name = xstrdup(text)) ? HD_OK : HD_ERR_NOMEM;
    }
    /* "Professor Sir Stephen Darrow, NHS National Medical Director", "Dr Dame Ann Lee":
     * two forms of address before the name are both the name's, not a role */
    {
        size_t w1 = strcspn(text, " "), w2 = text[w1] == ' ' ? strcspn(text + w1 + 1, " ") : 0;
        int academic = (w1 == 9 && strncmp(text, "Professor", 9) == 0) || (w1 == 5 && strncmp(text, "Prof.", 5) == 0) ||
                       (w1 == 4 && strncmp(text, "Prof", 4) == 0);
        if (w1 && w2 && text[w1 + 1 + w2] == ' ' && (academic || is_honorific(text, w1)) &&
            is_honorific(text + w1 + 1, w2) &&
            isupper((unsigned char)text[w1 + 1 + w2 + 1])) {
            hd_status st0 = spk_split_person(text + w1 + 1, role, name);
            if (st0 != HD_OK || !*name || strncmp(*name, text + w1 + 1, w2) != 0)
                return st0;
            sb whole = {0};
            sb_printf(&whole, "%.*s %s", (int)w1, text, *name);
            char *wn = sb_take(&whole);
            if (!wn)
                return HD_ERR_NOMEM;
            free(*name);
            *name = wn;
            return HD_OK;
        }
    }
    /* "THE HON HELEN BISHOP MP", "The Hon. Alan King MLA": a parliamentarian's style,
     * the name, the letters after it; what stands between the style and the letters
     * is a name, even where its last word is an office's ("Bishop", "King", "Dean"),
     * unless an office comes first ("The Hon. Justice Ana Ruiz") */
    {
        const char *t = text;
        if (u8_ncasecmp(t, "The ", 4) == 0)
            t += 4;
        static const char *const styles[] = {"Rt Hon ", "Rt. Hon. ", "Rt Hon. ", "Right Hon ", "Right Honourable ",
                                             "Hon ", "Hon. ", "Honourable ", "Honorable "};
        size_t sl = 0;
        for (size_t k = 0; k < sizeof styles / sizeof *styles && !sl; k++)
            if (u8_ncasecmp(t, styles[k], strlen(styles[k])) == 0)
                sl = strlen(styles[k]);
        const char *nm = t + sl;
        size_t nl = strlen(nm);
        while (nl && (nm[nl - 1] == ' ' || nm[nl - 1] == ','))
            nl--;
        size_t pe = sl ? before_post_nominals(nm, nl, 1) : 0;
        size_t fw = strcspn(nm, " ");
        if (sl && pe > 0 && txt_words(nm, 0, pe) >= 2 && txt_words(nm, 0, pe) <= 4 &&
            !is_role_word(nm, fw) && !role_word_ci(nm, fw) && !is_honorific(nm, fw) && !memchr(nm, ',', pe)) {
            int caps = 1; /* every word capitalised, no "of", "for" */
            for (size_t w = 0; w < pe && caps;) {
                size_t we = w;
                while (we < pe && nm[we] != ' ')
                    we++;
                caps = we > w && (isupper((unsigned char)nm[w]) || (unsigned char)nm[w] >= 0xC3);
                w = we;
                while (w < pe && nm[w] == ' ')
                    w++;
            }
            if (caps) {
                *role = NULL;
                *name = txt_has_lower(nm, pe) ? xstrndup(nm, pe) : title_case(nm, pe);
                return *name ? HD_OK : HD_ERR_NOMEM;
            }
        }
    }
    hd_status st = split_person_raw(text, role, name);
    /* "HELEN BISHOP", "Ana King": a given name, then an office's word that is also a
     * surname (data/en/office-surnames.txt), is a person; not where the first word
     * makes an office of it ("District Judge", "Crown Prince", "Anglican Bishop":
     * roles.txt's words, office-modifiers.txt's, places) */
    if (st == HD_OK && *role && !*name && data_lang() == 0) {
        const char *r = *role, *sp = strchr(r, ' ');
        /* (a form of address before them: "Professor Nicola Ranger", "Dr Ana King") */
        if (sp && address_form(r, (size_t)(sp - r))) {
            r = sp + 1;
            sp = strchr(r, ' ');
        }
        size_t l1 = sp ? (size_t)(sp - r) : 0, l2 = sp ? strlen(sp + 1) : 0;
        int person = sp && !strchr(sp + 1, ' ') && l2 >= 3 && given_and_office_surname(r, l1, sp + 1, l2);
        if (person) {
            /* ("Professor" is an office, as for "Professor Nicola Smith"; "Dr" a part
             * of the name) */
            int prof = r != *role && strncmp(*role, "Professor ", 10) == 0;
            if (!prof)
                r = *role;
            char *n = txt_has_lower(r, strlen(r)) ? xstrdup(r) : title_case(r, strlen(r));
            char *o = prof ? xstrdup("Professor") : NULL;
            if (!n || (prof && !o)) {
                free(n);
                free(o);
                return HD_ERR_NOMEM;
            }
            free(*role);
            *role = o;
            *name = n;
        }
    }
    /* "General Secretary of the Royal College of Nursing, Professor Nicola Ranger":
     * after the office's comma, an honorific perhaps, a given name and a surname that
     * is an office's word too: the person */
    if (st == HD_OK && *role && !*name && data_lang() == 0) {
        const char *r = *role, *cm = strrchr(r, ',');
        const char *t = cm && cm[1] == ' ' ? cm + 2 : NULL;
        const char *w[4];
        size_t wl[4], nwd = 0;
        for (const char *q = t; q && *q && nwd < 4;) {
            w[nwd] = q;
            wl[nwd] = strcspn(q, " ");
            q += wl[nwd++];
            while (*q == ' ')
                q++;
            if (*q && nwd == 4)
                nwd = 0, q = NULL; /* (too many words: no name) */
        }
        size_t g = nwd >= 2 ? nwd - 2 : 0; /* the given name */
        /* (in mixed case; not "Park Ranger", a park's ranger) */
        int person = nwd >= 2 && nwd <= 3 && (nwd == 2 || address_form(w[0], wl[0])) &&
                     !(wl[g] == 4 && memcmp(w[g], "Park", 4) == 0) && txt_has_lower(w[g], wl[g]) &&
                     txt_has_lower(w[g + 1], wl[g + 1]) && given_and_office_surname(w[g], wl[g], w[g + 1], wl[g + 1]);
        if (person) {
            char *n = xstrdup(t), *o = xstrndup(r, (size_t)(cm - r));
            if (!n || !o) {
                free(n);
                free(o);
                return HD_ERR_NOMEM;
            }
            free(*role);
            *role = o;
            *name = n;
        }
    }
    /* "GUEST: Hon. Claire Dufresne": a label's role, then the person's honorific, which
     * is hers, not the role's ("Guest Hon.") */
    /* ("Senator the Hon. Tom Reid": the style and its "the", "Senator the Rt Hon.") */
    char *r = st == HD_OK && *name ? *role : NULL;
    static const char *const styles[] = {"Hon.", "Hon", "Honourable", "Honorable", "Rt", "Rt.", "Right"};
    for (int styled = 0;;) {
        char *sp = r ? strrchr(r, ' ') : NULL;
        int style = 0;
        for (size_t k = 0; sp && k < sizeof styles / sizeof *styles; k++)
            style |= strcmp(sp + 1, styles[k]) == 0;
        if (!sp || sp == r || !(style || (styled && strcmp(sp + 1, "the") == 0) ||
                                (!styled && is_honorific(sp + 1, strlen(sp + 1)))))
            break;
        *sp = '\0';
        styled = 1;
    }
    /* "Mr. Dean Harlan", "Ms. Earl Okafor": after a form of address, an office's word
     * that is also a given name, before another name, is the given name ("Mr Justice
     * Harlan" keeps his office) */
    static const char *const given[] = {"Dean", "Earl", "Duke", "Prince", "King", "Major", "Bishop", "Marshal"};
    const char *sp = st == HD_OK && *role && *name && isupper((unsigned char)(*name)[0]) ? strchr(*role, ' ') : NULL;
    for (size_t k = 0; sp && !strchr(sp + 1, ' ') && is_honorific(*role, (size_t)(sp - *role)) &&
                       k < sizeof given / sizeof *given;
         k++)
        if (strcmp(sp + 1, given[k]) == 0) {
            sb whole = {0};
            sb_printf(&whole, "%s %s", *role, *name);
            char *w = sb_take(&whole);
            if (!w)
                return HD_ERR_NOMEM;
            free(*role);
            free(*name);
            *role = NULL;
            *name = w;
            break;
        }
    return st;
}

/* The length of an ʻokina opening word t[0, n) before a capital (U+02BB, a left
 * single quotation mark or an apostrophe standing for it), or 0. */
static size_t okina_len(const char *t, size_t n)
{
    size_t l = n >= 3 && (unsigned char)t[0] == 0xCA && (unsigned char)t[1] == 0xBB   ? 2
               : n >= 4 && memcmp(t, "\xE2\x80\x98", 3) == 0                        ? 3
               : n >= 2 && t[0] == '\''                                               ? 1
                                                                                    : 0;
    return l && l < n && isupper((unsigned char)t[l]) ? l : 0;
}

/* s[q, q + l) of the text without its ʻokinas (clean) as a new string cut from the
 * text itself (orig), the ʻokina before its first letter kept; map[k] is where clean's
 * byte k stands in orig. NULL (no memory) or a copy of s when it is not found. */
static char *okina_back(const char *orig, const char *clean, const size_t *map, const char *part)
{
    const char *at = part ? strstr(clean, part) : NULL;
    if (!part || !at || !*part)
        return part ? strdup(part) : NULL;
    size_t q = (size_t)(at - clean), l = strlen(part);
    size_t from = q ? map[q - 1] + 1 : 0, to = map[q + l - 1] + 1;
    char *r = malloc(to - from + 1);
    if (r) {
        memcpy(r, orig + from, to - from);
        r[to - from] = 0;
    }
    return r;
}

static hd_status person_parts_okina(const char *text, char **role, char **name);

/* Whether w[0, n) is a title a name is given with after an office and its comma
 * ("Justice (Rtd)", "Professor", "Judge"): a form of address, or a retired judge's
 * mark. */
static int name_title_word(const char *w, size_t n)
{
    static const char *const t[] = {"Justice", "Judge", "Prof.", "Prof", "(Rtd)", "(Rtd.)", "(Retd)", "(Retd.)",
                                    "(retired)", "(Retired)", "(rtd)"};
    return courtesy_title(w, n) || is_honorific(w, n) || word_in(t, sizeof t / sizeof *t, w, n);
}

static hd_status split_person_core(const char *text, char **role, char **name);

hd_status spk_split_person(const char *text, char **role, char **name)
{
    hd_status st = split_person_core(text, role, name);
    /* "Science Minister Lord Vallance", "Minister Lady Hale": a peer's style before a
     * surname alone is the name's ("Lord Vallance"), not the end of the office's words
     * ("Lord Mayor", "Lord Chancellor" end in their own) */
    if (st == HD_OK && *role && *name && data_lang() == 0 && !strchr(*name, ' ') && isupper((unsigned char)(*name)[0])) {
        size_t rl = strlen(*role);
        static const char *const peers[] = {" Lord", " Lady"};
        for (size_t k = 0; k < 2; k++) {
            size_t pl = strlen(peers[k]);
            if (rl <= pl)
                continue;
            /* (after an office's word: not "First Lady", "First Sea Lord") */
            size_t pw = rl - pl;
            while (pw > 0 && (*role)[pw - 1] != ' ')
                pw--;
            if (strcmp(*role + rl - pl, peers[k]) == 0 && rl - pl > pw &&
                is_role_word(*role + pw, rl - pl - pw)) {
                sb t = {0};
                sb_puts(&t, peers[k] + 1);
                sb_putc(&t, ' ');
                sb_puts(&t, *name);
                char *nn = sb_take(&t);
                if (!nn)
                    return HD_ERR_NOMEM;
                free(*name);
                *name = nn;
                (*role)[rl - pl] = '\0';
                break;
            }
        }
    }
    return st;
}

static hd_status split_person_core(const char *text, char **role, char **name)
{
    /* "Group Managing Director Tan Sri Lim Wei Keat", "Datuk Seri Ana Tan": Malaysia's
     * styles of two words (and "Datuk", "Dato'", "Tun" alone, and "Sheikh") open the
     * name, of two words or more; the office is what comes before them ("Tan" is a surname too: only before "Sri") */
    if (data_lang() == 0) {
        static const char *const places_named[] = {"City", "Programme", "Program", "Centre", "Center", "Mosque",
                                                   "Foundation", "Hospital", "Award", "Awards", "Prize", "Road",
                                                   "Street", "University", "School", "College", "Stadium", "Port",
                                                   "Airport", "Park", "Bridge", "Initiative", "Fund", "Council",
                                                   "Institute", "Library", "Museum", "Grand", "Medical", "Housing",
                                                   "Highway", "Hall", "Festival", "Cup", "Race", "Tower", "Palace"};
        static const char *const styles[] = {"Tan Sri ", "Puan Sri ", "Toh Puan ", "Datuk Seri ", "Dato' Sri ",
                                             "Dato Sri ", "Datuk Wira ", "Datuk Paduka ", "Datin Paduka ",
                                             "Datuk ", "Dato' ", "Dato ", "Datin ", "Tun ",
                                             /* (and the Gulf's: "Minister of Commerce Sheikh
                                              * Faisal bin Thani Al-Thani") */
                                             "Sheikh ", "Sheikha "};
        for (size_t k = 0; k < sizeof styles / sizeof *styles; k++) {
            const char *h = strstr(text, styles[k]);
            size_t hl = strlen(styles[k]);
            if (!h || (h > text && h[-1] != ' ') || !isupper((unsigned char)h[hl]) || !strchr(h + hl, ' '))
                continue;
            /* ("Director of Sheikh Khalifa Medical City Dr. Ali Hassan", "the Sheikh Zayed
             * Housing Programme": a place or a body named after him, no one's name:
             * "Sheikh" opens a name of its words alone, a body's word or a form of
             * address after it ends that) */
            if (h[0] == 'S') {
                int named = 1;
                for (const char *x = h + hl; *x && named;) {
                    size_t xl = strcspn(x, " ,");
                    named = !is_honorific(x, xl) && !data_word_line("en/bodies.txt", x, xl, 0, DATA_ANYWHERE) &&
                            !word_in(places_named, sizeof places_named / sizeof *places_named, x, xl);
                    x += xl;
                    if (*x == ',')
                        break;
                    while (*x == ' ')
                        x++;
                }
                if (!named)
                    continue;
            }
            size_t rl = (size_t)(h - text);
            while (rl > 0 && (text[rl - 1] == ' ' || text[rl - 1] == ','))
                rl--;
            /* (or the office after a comma: "Dato' Sri Aminah Yusof, Chairman") */
            const char *cm = strchr(h, ',');
            if (cm && !rl) {
                const char *ro = cm + 1;
                while (*ro == ' ')
                    ro++;
                char *r2 = *ro ? xstrdup(ro) : NULL, *n2 = xstrndup(h, (size_t)(cm - h));
                if ((*ro && !r2) || !n2) {
                    free(r2);
                    free(n2);
                    return HD_ERR_NOMEM;
                }
                *role = r2;
                *name = n2;
                return HD_OK;
            }
            if (cm)
                continue;
            /* (the office without the byline's "by" or its article: "by Minister of
             * Tourism, Datuk Seri Haris Ibrahim") */
            size_t r0 = 0;
            for (int again = 1; again;) {
                again = 0;
                static const char *const leads[] = {"by ", "By ", "the ", "The "};
                for (size_t q = 0; q < 4; q++)
                    if (rl > r0 + strlen(leads[q]) && strncmp(text + r0, leads[q], strlen(leads[q])) == 0) {
                        r0 += strlen(leads[q]);
                        again = 1;
                    }
            }
            /* (an office has a capital: "Keynote address delivered by Sheikh …" leaves
             * "delivered by", no office) */
            int capital = 0;
            for (size_t x = r0; x < rl && !capital; x++)
                capital = isupper((unsigned char)text[x]) && (x == r0 || text[x - 1] == ' ');
            if (!capital)
                rl = r0;
            char *r = rl > r0 ? xstrndup(text + r0, rl - r0) : NULL, *nm = xstrdup(h);
            if ((rl > r0 && !r) || !nm) {
                free(r);
                free(nm);
                return HD_ERR_NOMEM;
            }
            *role = r;
            *name = nm;
            return HD_OK;
        }
    }
    hd_status st = person_parts_okina(text, role, name);
    /* "Chair of judges Alasdair Finlay", "Director of research Ana Ruiz": an office
     * whose portfolio is in lower case, then the name, two words or more after it
     * (the role was cut at "of", the name lost) */
    if (st == HD_OK && *role && !*name && data_lang() == 0) {
        size_t tl = strlen(text), t = trailing_name(text, tl);
        size_t rl = strlen(*role);
        if (t > rl + 4 && t < tl && strncmp(text, *role, rl) == 0 && strncmp(text + rl, " of ", 4) == 0 &&
            islower((unsigned char)text[t - 2]) && memchr(text + t, ' ', tl - t) && !memchr(text, ',', tl)) {
            char *r2 = xstrndup(text, t - 1), *n2 = xstrdup(text + t);
            if (!r2 || !n2) {
                free(r2);
                free(n2);
                return HD_ERR_NOMEM;
            }
            free(*role);
            *role = r2;
            *name = n2;
        }
    }
    /* "the Chairperson of the Electoral Commission, Justice (Rtd) Amelia Banda",
     * "…, Professor Nicola Ranger": the title after the office's comma goes with the
     * name it is given with, not the office */
    if (st == HD_OK && *role && *name && data_lang() == 0) {
        const char *c = strrchr(*role, ',');
        int titles = c && c[1] == ' ' && c[2];
        /* (or given names the name's three words left there: "the Minister of Health,
         * Jane Ruth Aceng Ocero"; not a place, "Chief Constable, West Yorkshire") */
        int given = titles, words = 0;
        for (const char *x = c ? c + 2 : NULL; (titles || given) && x && *x;) {
            size_t l = strcspn(x, " ");
            titles = titles && l && name_title_word(x, l);
            given = given && l > 1 && isupper((unsigned char)x[0]) && txt_has_lower(x, l) && !is_role_word(x, l) &&
                    !is_honorific(x, l) && !memchr(x, '.', l);
            words++;
            x += l;
            while (*x == ' ')
                x++;
        }
        titles = titles || (given && words <= 2 && !held_place(c + 2, strlen(c + 2)) && strchr(*name, ' '));
        /* (as written: the titles right before the name) */
        if (titles) {
            sb t = {0};
            sb_printf(&t, "%s %s", c + 2, *name);
            char *n2 = sb_take(&t);
            if (!n2) {
                free(*role);
                free(*name);
                *role = *name = NULL;
                return HD_ERR_NOMEM;
            }
            if (strstr(text, n2)) {
                free(*name);
                *name = n2;
                (*role)[c - *role] = '\0';
            } else {
                free(n2);
            }
        }
    }
    /* "the Director of Public Prosecutions, Northern Ireland", "Chief Constable, West
     * Yorkshire": after an office and its comma, a place is where it is held, no
     * one's name */
    size_t tl = strlen(text), nl = *name ? strlen(*name) : 0;
    if (st == HD_OK && *role && *name && nl < tl && tl - nl >= 2 && strcmp(text + tl - nl, *name) == 0 &&
        text[tl - nl - 2] == ',' && held_place(*name, nl)) {
        sb t = {0};
        sb_printf(&t, "%s, %s", *role, *name);
        char *r = sb_take(&t);
        if (!r)
            return HD_ERR_NOMEM;
        free(*role);
        free(*name);
        *role = r;
        *name = NULL;
    }
    /* "Professor Kenneth Hale, University of Leeds": an academic's title before the
     * name, then where the person teaches after a comma, the role with it */
    /* (and "Emeritus Professor …", "Dr Ruth Bell, University of Leeds", a doctor's
     * title kept with the name; a campus after another comma, "University of
     * California, Berkeley") */
    static const char *const academic[] = {"Professor", "Prof.", "Prof", "Associate Professor", "Assistant Professor",
                                           "Emeritus Professor", "Professor Emeritus", "Distinguished Professor",
                                           "Senior Lecturer", "Lecturer", "Reader"};
    static const char *const schools[] = {"University", "College", "Institute", "School", "Academy"};
    int title_only = 0;
    for (size_t k = 0; st == HD_OK && *role && *name && k < sizeof academic / sizeof *academic && !title_only; k++)
        title_only = strcmp(*role, academic[k]) == 0;
    int doctor = st == HD_OK && !*role && *name && (strncmp(*name, "Dr ", 3) == 0 || strncmp(*name, "Dr. ", 4) == 0);
    const char *at = title_only || doctor ? strstr(text, *name) : NULL;
    const char *comma2 = at && at[nl] == ',' ? strchr(at + nl + 2, ',') : NULL;
    if (at && at[nl] == ',' && at[nl + 1] == ' ' && (!comma2 || (!strchr(comma2 + 1, ',') && strlen(comma2) < 30))) {
        const char *inst = at + nl + 2;
        size_t first = comma2 ? (size_t)(comma2 - inst) : strlen(inst);
        int school = 0;
        for (size_t k = 0; k < sizeof schools / sizeof *schools && !school; k++) {
            const char *f = strstr(inst, schools[k]);
            school = f && (size_t)(f - inst) < first;
        }
        if (school && isupper((unsigned char)inst[0]) && strlen(inst) < 80) {
            sb t = {0};
            if (doctor)
                sb_puts(&t, inst);
            else
                sb_printf(&t, "%s, %s", *role, inst);
            char *r = sb_take(&t);
            if (!r)
                return HD_ERR_NOMEM;
            free(*role);
            *role = r;
        }
    }
    return st;
}

/* person_parts of a name whose words may open with an ʻokina ("Director ‘Ofa
 * Fa‘anunu", "ʻAkilisi Pohiva"): read without the marks, the parts cut from the text
 * as written. */
static hd_status person_parts_okina(const char *text, char **role, char **name)
{
    size_t n = strlen(text), marks = 0;
    for (size_t k = 0; k < n; k++)
        if ((k == 0 || text[k - 1] == ' ') && okina_len(text + k, n - k))
            marks++;
    if (!marks)
        return person_parts(text, role, name);
    char *clean = malloc(n + 1);
    size_t *map = malloc((n + 1) * sizeof *map), m = 0;
    if (!clean || !map) {
        free(clean);
        free(map);
        *role = *name = NULL;
        return HD_ERR_NOMEM;
    }
    for (size_t k = 0; k < n;) {
        size_t ol = (k == 0 || text[k - 1] == ' ') ? okina_len(text + k, n - k) : 0;
        if (ol) {
            k += ol;
            continue;
        }
        map[m] = k;
        clean[m++] = text[k++];
    }
    clean[m] = 0;
    char *r = NULL, *nm = NULL;
    hd_status st = person_parts(clean, &r, &nm);
    *role = *name = NULL;
    if (st == HD_OK) {
        *role = r ? okina_back(text, clean, map, r) : NULL;
        *name = nm ? okina_back(text, clean, map, nm) : NULL;
        if ((r && !*role) || (nm && !*name)) {
            free(*role);
            free(*name);
            *role = *name = NULL;
            st = HD_ERR_NOMEM;
        }
    }
    free(r);
    free(nm);
    free(clean);
    free(map);
    return st;
}

static hd_status split_person_raw(const char *text, char **role, char **name)
{
    /* "Her Royal Highness The Princess Royal", "The Princess Royal": a title that ends
     * in "Royal", no surname; the whole is who she is */
    {
        size_t tl = strlen(text);
        if (tl >= 14 && u8_ncasecmp(text + tl - 14, "Princess Royal", 14) == 0 && (tl == 14 || text[tl - 15] == ' ')) {
            const char *r = text + spk_by_word(text, tl); /* (not the byline's "by") */
            *name = NULL;
            return (*role = xstrdup(r)) ? HD_OK : HD_ERR_NOMEM;
        }
    }
    /* "Department for Transport and The Rt Hon Heidi Alexander MP": GOV.UK's "From:"
     * names the department, then the minister by her style; the person is the one
     * after the last such "and" (the department is no part of her office) */
    {
        static const char *const styled[] = {" and The Rt Hon ", " and Rt Hon ", " and The Hon ", " and The Lord ",
                                             " and Baroness ", " and Lord ", " and Sir ", " and Dame "};
        const char *cut = NULL;
        for (size_t k = 0; k < sizeof styled / sizeof *styled; k++)
            for (const char *h = strstr(text, styled[k]); h; h = strstr(h + 1, styled[k]))
                if (!cut || h > cut)
                    cut = h;
        int body = 0;
        for (const char *x = text; cut && x < cut && !body;) {
            size_t l = strcspn(x, " ,");
            if ((size_t)(cut - x) < l)
                l = (size_t)(cut - x);
            body = l && (data_word_line("en/bodies.txt", x, l, 0, DATA_ANYWHERE) ||
                         (l == 8 && strncmp(x, "Treasury", 8) == 0) || (l == 2 && strncmp(x, "HM", 2) == 0));
            x += l;
            while (*x == ' ' || *x == ',')
                x++;
        }
        if (cut && body)
            return spk_split_person(cut + 5, role, name);
    }
    /* "The Prime Minister, Rt Hon Rowan Hale MP," taken from before a sentence's verb:
     * the comma that closed the apposition is no part of it */
    size_t tl0 = strlen(text);
    if (tl0 > 1 && (text[tl0 - 1] == ',' || text[tl0 - 1] == ' ')) {
        while (tl0 > 0 && (text[tl0 - 1] == ',' || text[tl0 - 1] == ' '))
            tl0--;
        char *trim = xstrndup(text, tl0);
        if (!trim)
            return HD_ERR_NOMEM;
        hd_status st = spk_split_person(trim, role, name);
        free(trim);
        return st;
    }
    /* "Rapporteur Ana Petrescu (EPP, RO)", "Sen. Ann Lee (D-N.Y.)": a group's or a
     * party's letters and a country's or a state's in brackets after the person say
     * where she sits, not who she is */
    if (tl0 > 4 && text[tl0 - 1] == ')') {
        const char *open = strrchr(text, '(');
        int seat = open && open > text + 1 && open[-1] == ' ' && open + 2 < text + tl0 - 1;
        for (const char *q = open ? open + 1 : NULL; seat && q < text + tl0 - 1;) {
            size_t l = strcspn(q, ",)");
            while (l && q[l - 1] == ' ')
                l--;
            /* (capitals, a state's letters, "Lab", "Con": no office, "(Spokesperson)") */
            seat = l >= 2 && l <= 8 && isupper((unsigned char)q[0]) && !memchr(q, ' ', l) && !is_role_word(q, l);
            q += strcspn(q, ",)");
            while (*q == ',' || *q == ' ')
                q++;
        }
        if (seat) {
            const char *e = open;
            while (e > text && e[-1] == ' ')
                e--;
            char *head = xstrndup(text, (size_t)(e - text));
            if (!head)
                return HD_ERR_NOMEM;
            hd_status st = spk_split_person(head, role, name);
            free(head);
            return st;
        }
    }
    /* "Senior State Department Official One", "Senior Administration Official 2": an
     * office numbered, as background briefings label who may not be named; the number
     * is part of the office, no name */
    {
        static const char *const numbers[] = {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
                                              "Ten", "#1", "#2", "#3", "#4", "#5", "1", "2", "3", "4", "5"};
        const char *sp = strrchr(text, ' ');
        for (size_t k = 0; sp && k < sizeof numbers / sizeof *numbers; k++)
            if (strcmp(sp + 1, numbers[k]) == 0) {
                char *head = xstrndup(text, (size_t)(sp - text)), *r = NULL, *n = NULL;
                if (!head)
                    return HD_ERR_NOMEM;
                hd_status st = spk_split_person(head, &r, &n);
                free(head);
                if (st != HD_OK)
                    return st;
                const char *lw = r ? strrchr(r, ' ') : NULL;
                lw = lw ? lw + 1 : r;
                if (r && !n && is_role_word(lw, strlen(lw))) {
                    sb whole = {0};
                    sb_printf(&whole, "%s %s", r, sp + 1);
                    free(r);
                    char *w = sb_take(&whole);
                    if (!w)
                        return HD_ERR_NOMEM;
                    *role = w;
                    *name = NULL;
                    return HD_OK;
                }
                free(r);
                free(n);
                break;
            }
    }
    /* « Pour Jean-Baptiste Moreau, adjoint … : », « Selon Claire Vasseur, … : », "Según
     * X, …:": the word that introduces whose view it is, not part of the name */
    static const char *const views[] = {"Pour ", "Selon ", "Para ", "Seg\xC3\xBAn ", "According to "};
    for (size_t k = 0; k < sizeof views / sizeof *views; k++) {
        size_t vl = strlen(views[k]);
        if (strncmp(text, views[k], vl) == 0 && txt_starts_upper(text + vl, strlen(text + vl))) {
            text += vl;
            break;
        }
    }
    /* "El señor MENDIZÁBAL CORTÉS", "La señora PRESIDENTA": the Cortes' article before
     * the form of address is neither role nor name */
    if (data_lang() == 2 && (strncmp(text, "El ", 3) == 0 || strncmp(text, "La ", 3) == 0) &&
        (u8_ncasecmp(text + 3, "se\xC3\xB1or ", 7) == 0 || u8_ncasecmp(text + 3, "se\xC3\xB1ora ", 8) == 0))
        text += 3;
    /* "Danielle Pryor, Reporter", "INGRID FALK, TEAM PRINCIPAL", "Jo King, Journalist":
     * a name of two or three words, its one comma, then an office (read in capitals
     * as written in mixed case) */
    {
        const char *cm = strchr(text, ',');
        if (cm && cm[1] == ' ' && !strchr(cm + 1, ',') && cm[2]) {
            size_t tl = strlen(text);
            char *t = txt_has_lower(text, tl) ? xstrdup(text) : title_case(text, tl);
            if (!t)
                return HD_ERR_NOMEM;
            /* (the comma found again in the copy: case mapping may change lengths) */
            const char *tc = strchr(t, ',');
            if (!tc || tc[1] != ' ')
                tc = t + strlen(t); /* (no name and office then) */
            const char *r = *tc ? tc + 2 : tc;
            size_t nl = name_words(t), rl = strlen(r);
            int office = 0;
            for (const char *w = r; *w && !office;) {
                size_t l = strcspn(w, " ");
                office = l && is_role_word(w, l);
                w += l;
                while (*w == ' ')
                    w++;
            }
            /* (letters after the name are another rule's: "Eleanor Marsh MP, Leader …") */
            const char *lw = t + nl;
            while (nl && lw > t && lw[-1] != ' ')
                lw--;
            int letters = nl && (post_nominal(lw, (size_t)(t + nl - lw)) ||
                                 data_word_line("en/post-nominals.txt", lw, (size_t)(t + nl - lw), 1, DATA_ANYWHERE));
            if (nl && t + nl == tc && office && !letters && rl && txt_words(r, 0, rl) <= 6 && !strpbrk(r, ".;:")) {
                hd_status st = give_person(role, name, xstrdup(r), xstrndup(t, nl));
                free(t);
                return st;
            }
            free(t);
        }
    }
    /* "Eleanor Vance MP to the Trades Union Congress": after a name's letters, where
     * and to whom she speaks is no part of her */
    char *cut = NULL;
    for (const char *t = strchr(text, ' '); t; t = strchr(t + 1, ' ')) {
        if (strncmp(t, " to ", 4) != 0 && strncmp(t, " at ", 4) != 0 && strncmp(t, " on ", 4) != 0)
            continue;
        const char *w = t;
        while (w > text && w[-1] != ' ')
            w--;
        if (t > w && (data_word_line("en/post-nominals.txt", w, (size_t)(t - w), 1, DATA_ANYWHERE) ||
                      post_nominal(w, (size_t)(t - w))) &&
            !(cut = xstrndup(text, (size_t)(t - text))))
            return HD_ERR_NOMEM;
        if (cut)
            break;
    }
    /* "Secretary of Agriculture, Raúl Ibarra Solís", "President of Costa Alta, Lucia
     * Ferrer Montalvo": an office first, then, after its one comma, a name of two words
     * or more and no role: the office and the whole name (double surnames included) */
    const char *t0 = cut ? cut : text, *comma = strchr(t0, ',');
    /* ("the Chair of the Federation of Coastal Towns, Ann Hale": the article is no
     * part of the office) */
    /* (nor is a byline's "by": "by the Transport Secretary, Rt Hon Marcus Odenwald MP";
     * the office's word may come later, "the Transport Secretary") */
    if (comma && (strncmp(t0, "by ", 3) == 0 || strncmp(t0, "By ", 3) == 0))
        t0 += 3;
    /* (nor an interview's "with": "with the Minister for Northern Resources, Hon.
     * Daniel Okafor-Reid") */
    else if (comma && (strncmp(t0, "with ", 5) == 0 || strncmp(t0, "With ", 5) == 0))
        t0 += 5;
    if ((strncmp(t0, "the ", 4) == 0 || strncmp(t0, "The ", 4) == 0) && comma) {
        int office = 0;
        for (const char *w = t0 + 4; w < comma && !office;) {
            size_t l = strcspn(w, " ,");
            office = l && is_role_word(w, l);
            w += l;
            while (w < comma && *w == ' ')
                w++;
        }
        if (office)
            t0 += 4;
    }
    if (comma && comma[1] == ' ' && !strchr(comma + 1, ',')) {
        const char *nm = comma + 2;
        size_t fw = strcspn(t0, " ,"), nl = name_words(nm), words = 0;
        int role_in = 0;
        for (const char *w = nm; *w;) {
            size_t l = strcspn(w, " ");
            words++;
            role_in |= is_role_word(w, l);
            w += l;
            while (*w == ' ')
                w++;
        }
        if (fw && is_role_word(t0, fw) && nl && nm[nl] == '\0' && words >= 2 && words <= 5 && !role_in) {
            /* (not a person already, then where they work: "Commissioner Tessa Lind,
             * NYC Emergency Management") */
            char *r0 = NULL, *n0 = NULL, *office = xstrndup(t0, (size_t)(comma - t0));
            hd_status st = office ? split_person_text(office, &r0, &n0) : HD_ERR_NOMEM;
            /* (a name's words all capitalised: not "Seguridad y Protección Ciudadana") */
            int named = n0 && strchr(n0, ' ');
            for (const char *q = n0; named && q && *q; q++)
                named = !((q == n0 || q[-1] == ' ') && islower((unsigned char)*q));
            if (st == HD_OK && named) {
                /* the person, and their office with where they work: "Commissioner,
                 * NYC Emergency Management"; "Dr. Rosa Lima", "Mount Sinai Hospital" */
                sb where = {0};
                if (r0 && !is_honorific(r0, strlen(r0)))
                    sb_printf(&where, "%s, ", r0);
                sb_puts(&where, nm);
                char *who = r0 && is_honorific(r0, strlen(r0)) ? office : n0;
                st = give_person(role, name, sb_take(&where), xstrdup(who));
                free(office);
                free(r0);
                free(n0);
                free(cut);
                return st;
            }
            free(office);
            free(r0);
            free(n0);
            if (st != HD_OK) {
                free(cut);
                return st;
            }
            st = give_person(role, name, xstrndup(t0, (size_t)(comma - t0)), xstrdup(nm));
            free(cut);
            return st;
        }
        /* "Chief Rabbi of the Federation of Coastal Congregations, Rabbi Eliezer
         * Hartman", "Archbishop of Westhaven, the Most Revd Dr Paul Okoro": the office,
         * then the person with the title or style that goes with it, which the office
         * already says */
        /* ("Prime Minister, Rt Hon Rowan Hale MP": a role's word further in) */
        int office_role = fw && is_role_word(t0, fw);
        for (const char *w = t0; w < comma && !office_role;) {
            size_t l = strcspn(w, " ,");
            office_role = l && w + l <= comma && is_role_word(w, l);
            w += l;
            while (w < comma && (*w == ' ' || *w == ','))
                w++;
        }
        /* (or a style before the name: "…, Rt Hon Rowan Hale MP", "…, the Hon Ann Lee") */
        const char *sty = nm;
        if (strncmp(sty, "The ", 4) == 0 || strncmp(sty, "the ", 4) == 0)
            sty += 4;
        int styled = strncmp(sty, "Rt Hon ", 7) == 0 || strncmp(sty, "Rt. Hon. ", 9) == 0 ||
                     strncmp(sty, "Right Honourable ", 17) == 0 || strncmp(sty, "Hon ", 4) == 0 ||
                     strncmp(sty, "Hon. ", 5) == 0 || strncmp(sty, "Honourable ", 11) == 0;
        if (office_role && (role_in || styled) && words <= 7) {
            /* (not two people: "Governor Ingrid Sølvberg, Deputy Governor Tomás Okonjo") */
            char *r2 = NULL, *n2 = NULL, *office = xstrndup(t0, (size_t)(comma - t0));
            hd_status st = office ? split_person_text(office, &r2, &n2) : HD_ERR_NOMEM;
            int named = n2 != NULL;
            free(office);
            free(r2);
            free(n2);
            r2 = n2 = NULL;
            if (st == HD_OK && !named)
                st = split_person_text(nm, &r2, &n2);
            /* (or a form of address that stays with the name: "…, Dr Kemi Adeyinka-Ross") */
            int addressed = n2 && is_honorific(n2, strcspn(n2, " ")) && !memchr(t0, ':', (size_t)(comma - t0));
            if (st == HD_OK && !named && (r2 || styled || addressed) && n2 && strchr(n2, ' ')) {
                /* (an office of its own stays: "Minister of Finance, Deputy Prime
                 * Minister Ana Ruiz") */
                /* (a style, or the title the office already says, "Chief Rabbi …, Rabbi",
                 * goes; "Minister for Trade, Vice-President" stays) */
                size_t r2l = r2 ? strlen(r2) : 0;
                int said = 0;
                for (const char *q = t0; r2 && q + r2l <= comma && !said; q++)
                    said = (q == t0 || q[-1] == ' ') && strncmp(q, r2, r2l) == 0 && (q + r2l == comma || q[r2l] == ' ');
                int own = r2 && !said && !styled && strncmp(r2, "Most ", 5) != 0 && strncmp(r2, "Rt ", 3) != 0 &&
                          strncmp(r2, "Right ", 6) != 0 && strncmp(r2, "Very ", 5) != 0 && !address_only(r2);
                size_t ol = (size_t)(comma - t0);
                *role = own ? xstrndup(t0, ol + 2 + strlen(r2)) : xstrndup(t0, ol);
                if (own && *role)
                    strcpy(*role + ol + 2, r2);
                free(r2);
                free(cut);
                *name = n2;
                if (!*role) {
                    free(*name);
                    *name = NULL;
                    return HD_ERR_NOMEM;
                }
                return HD_OK;
            }
            free(r2);
            free(n2);
            if (st != HD_OK) {
                free(cut);
                return st;
            }
        }
    }
    hd_status st = split_person_text(cut ? cut : text, role, name);
    free(cut);
    /* "Pentagon Press Secretary Col. Dana R. Whitfield": a rank before the name is the
     * person's, not the office's ("Col. Dana R. Whitfield", Pentagon Press Secretary) */
    static const char *const ranks[] = {"Lt. Col.", "Lt. Gen.", "Maj. Gen.", "Brig. Gen.", "Rear Adm.", "Vice Adm.",
                                        "Col.", "Gen.", "Maj.", "Capt.", "Adm.", "Cmdr.", "Sgt.", "Lt."};
    if (st == HD_OK && *role && *name && strlen(*role) < 200) {
        size_t rl = strlen(*role);
        for (size_t k = 0; k < sizeof ranks / sizeof *ranks; k++) {
            size_t kl = strlen(ranks[k]);
            /* (the office before it a word of its own: "Maj. Gen." is one rank) */
            if (rl > kl + 1 && (*role)[rl - kl - 1] == ' ' && strcmp(*role + rl - kl, ranks[k]) == 0 &&
                (*role)[rl - kl - 2] != '.' && !(rl - kl - 1 >= 4 && (strncmp(*role + rl - kl - 5, "Rear", 4) == 0 ||
                                                                    strncmp(*role + rl - kl - 5, "Vice", 4) == 0))) {
                size_t nl = strlen(*name);
                char *nn = malloc(kl + 1 + nl + 1), *nr = xstrndup(*role, rl - kl - 1);
                if (!nn || !nr) {
                    free(nn);
                    free(nr);
                    return HD_ERR_NOMEM;
                }
                memcpy(nn, *role + rl - kl, kl);
                nn[kl] = ' ';
                memcpy(nn + kl + 1, *name, nl + 1);
                free(*role);
                free(*name);
                *role = nr;
                *name = nn;
                break;
            }
        }
    }
    /* "RJ Scarborough", "TJ Okafor": two capitals before one surname, no role's
     * letters (roles.txt, role-abbreviations.txt, acronyms.txt), are the initials of
     * the given names, as American executives write them */
    const char *line;
    size_t len;
    if (st == HD_OK && *role && *name && data_lang() == 0 && strlen(*role) == 2 && isupper((unsigned char)(*role)[0]) &&
        isupper((unsigned char)(*role)[1]) && !strchr(*name, ' ') && isupper((unsigned char)(*name)[0]) &&
        txt_has_lower(*name, strlen(*name)) && !is_role_word(*role, 2) &&
        !data_field_lines("en/role-abbreviations.txt", *role, 2, 1, &line, &len, 1) &&
        !data_field_lines("en/acronyms.txt", *role, 2, 0, &line, &len, 1) &&
        !strstr(" MP MD GM DG AG DA DC DI DS DJ PC SP CP CO OC XO VC PA RN NP MC AD EO GC PR QC KC SC JP DO CM VP PM SG"
                " ED HM HE IG JD LT MK ST CS PS ", (char[5]){' ', (*role)[0], (*role)[1], ' ', 0}) &&
        !is_honorific(*role, 2)) {
        char *n = malloc(strlen(*name) + 4);
        if (!n)
            return HD_ERR_NOMEM;
        snprintf(n, strlen(*name) + 4, "%s %s", *role, *name);
        free(*role);
        free(*name);
        *role = NULL;
        *name = n;
        return st;
    }
    /* "PM", "SG": a role written short is the role (data/en/role-abbreviations.txt) */
    if (st == HD_OK && *role && data_field_lines("en/role-abbreviations.txt", *role, strlen(*role), 1, &line, &len, 1)) {
        const char *tab = memchr(line, '\t', len);
        char *full = tab ? xstrndup(tab + 1, len - (size_t)(tab + 1 - line)) : NULL;
        if (full) {
            free(*role);
            *role = full;
        }
    }
    return st;
}

static hd_status split_person_text(const char *text, char **role, char **name)
{
    static const char *const dashes[] = {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " -- "};
    const char *t = text;
    while (*t == ' ')
        t++;
    for (size_t k = 0; k < sizeof dashes / sizeof *dashes; k++) {
        const char *dsh = strstr(t, dashes[k]);
        if (!dsh)
            continue;
        /* (a form of address before the name: "Dr. Kaja Nieminen – State
         * Epidemiologist") */
        const char *nm = after_honorific(t);
        size_t nl = name_words(nm), dl = strlen(dashes[k]);
        if (!nl || nm + nl != dsh || !isupper((unsigned char)dsh[dl]))
            break;
        return split_joined(t, (size_t)(dsh - t), ", ", dsh + dl, role, name);
    }
    /* "…, Minister for Europe and Foreign Affairs (6 March 2025)": a bracket at the
     * end says when or where, not who; nor does a party's tag ("Chairman Delbert K.
     * Amsel (R-Neb.)") */
    size_t tl = strlen(t);
    const char *open = tl > 2 && t[tl - 1] == ')' ? strrchr(t, '(') : NULL;
    int party = open && isupper((unsigned char)open[1]) && open[2] == '-' && isupper((unsigned char)open[3]) &&
                !memchr(open + 3, ' ', (size_t)(t + tl - open - 3));
    if (open && open > t + 1 && open[-1] == ' ' && (isdigit((unsigned char)open[1]) || party)) {
        char *cut = xstrndup(t, (size_t)(open - t) - 1);
        if (!cut)
            return HD_ERR_NOMEM;
        hd_status st = split_person(cut, role, name);
        free(cut);
        return st;
    }
    /* "The Rt Hon. Fiona Dunne MP (Secretary of State for Rural Affairs)": a name, and
     * the office in brackets after it */
    if (open && open > t + 1 && open[-1] == ' ' && isupper((unsigned char)open[1]) && !memchr(open + 1, '(', (size_t)(t + tl - open - 1))) {
        int office = 0;
        for (const char *w = open + 1; w < t + tl - 1 && !office;) {
            size_t wl = strcspn(w, " )");
            office = wl && is_role_word(w, wl);
            w += wl + 1;
        }
        char *cut = office ? xstrndup(t, (size_t)(open - t) - 1) : NULL;
        if (office && !cut)
            return HD_ERR_NOMEM;
        if (cut) {
            char *r0 = NULL, *n0 = NULL;
            hd_status st = split_person(cut, &r0, &n0);
            free(cut);
            if (st == HD_OK && n0 && strchr(n0, ' ')) {
                free(r0);
                *name = n0;
                if (!(*role = xstrndup(open + 1, (size_t)(t + tl - open) - 2)))
                    return HD_ERR_NOMEM;
                return HD_OK;
            }
            free(r0);
            free(n0);
            if (st != HD_OK)
                return st;
        }
    }
    /* "Eleanor Marsh MP, Leader of the Liberal Democrats": the letters after the name
     * before the comma are not part of it, and hide the name from the role */
    const char *cm = strchr(t, ',');
    if (cm && cm > t) {
        size_t e = (size_t)(cm - t), k = before_post_nominals(t, e, 0);
        if (k > 0 && k < e)
            return split_joined(t, k, "", cm, role, name);
    }
    return split_person(text, role, name);
}

/* The current language's word for "and" between two people, spaced (" et "), in buf;
 * NULL for English (its joins are the code's). */
static const char *and_word(char *buf, size_t size)
{
    const data_file *f = data_lang() ? data_get("en/and-words.txt") : NULL;
    size_t pos = 0, len;
    const char *line;
    if (!f || !data_next_line(f, &pos, &line, &len) || len + 3 > size)
        return NULL;
    buf[0] = ' ';
    memcpy(buf + 1, line, len);
    buf[len + 1] = ' ';
    buf[len + 2] = '\0';
    return buf;
}

size_t spk_by_word(const char *s, size_t n)
{
    if (starts_with_ci(s, n, "by "))
        return 3;
    if (starts_with_ci(s, n, "with "))
        return 5;
    /* "Speech given by …", "Remarks delivered by …" */
    /* ("Statement attributable to the High Commissioner …", the UN's form) */
    static const char *const done_by[] = {"given by ", "delivered by ", "made by ", "presented by ",
                                          "attributable to "};
    for (size_t k = 0; data_lang() == 0 && k < sizeof done_by / sizeof *done_by; k++)
        if (starts_with_ci(s, n, done_by[k]))
            return strlen(done_by[k]);
    /* another language's ("par ", "avec ": data/fr/by-words.txt) */
    size_t w = 0;
    while (w < n && s[w] != ' ')
        w++;
    return data_lang() != 0 && w < n && w > 0 && data_has_line("en/by-words.txt", s, w) ? w + 1 : 0;
}

/* "Professor", "Councillor", "Dame": a title a person is addressed by, before the
 * name, where the office after the comma is the role ("Professor Elspeth Ross, Head of
 * Archaeology at the University of Dunmarrow"). */
static int courtesy_title(const char *w, size_t n)
{
    static const char *const t[] = {"Professor", "Councillor", "Cllr", "Cllr.", "Cr", "Dame", "Sir", "Lord", "Lady",
                                    "Baroness", "Baron", "Reverend", "Rabbi", "Imam", "Father", "Sister"};
    return word_in(t, sizeof t / sizeof *t, w, n);
}

/* "Sen.", "Gov.", "Rep.": a role written short before a name (its expansion in
 * data/en/expansions.txt a role word), which is how the person is addressed: "SEN.
 * ROSALIND ACHEBE, MINORITY LEADER" is Sen. Rosalind Achebe, Minority Leader. */
/* A military rank's word written short without a stop, as British and Indian forces
 * write them ("Lt Gen", "Maj Gen", "Sqn Ldr", "Wg Cdr"). */
static int rank_word(const char *w, size_t n)
{
    static const char *const r[] = {"Lt", "Gen", "Maj", "Col", "Brig", "Cdr", "Capt", "Adm", "Sqn", "Ldr",
                                    "Wg", "Gp", "Cmdr", "Sgt", "Cpl", "Pte", "AVM", "ACM", "Lt-Gen", "Maj-Gen",
                                    "Lt-Col", "Brig-Gen"};
    for (size_t i = 0; i < sizeof r / sizeof *r; i++)
        if (strlen(r[i]) == n && memcmp(r[i], w, n) == 0)
            return 1;
    return 0;
}

static int role_short(const char *w, size_t n)
{
    const char *line;
    size_t len;
    if (n < 3 || w[n - 1] != '.' || !data_field_lines("en/expansions.txt", w, n, 1, &line, &len, 1))
        return 0;
    const char *tab = memchr(line, '\t', len);
    if (!tab)
        return 0;
    size_t fl = strcspn(tab + 1, "\t\n");
    if (fl > len - (size_t)(tab + 1 - line))
        fl = len - (size_t)(tab + 1 - line);
    /* (a style, "Hon.", is no office: "The Hon. Ana Ruiz, Minister for Ports" is Ana Ruiz) */
    return is_role_word(tab + 1, fl) && strncmp(tab + 1, "Hono", 4) != 0;
}

static hd_status split_person(const char *text, char **role, char **name)
{
    *role = *name = NULL;
    /* "His Holiness Pope Leo XIV", "King Charles III": the regnal number is the name's
     * (data/en/regnal.txt names those that take one) */
    size_t tn = strlen(text);
    while (tn && (text[tn - 1] == ' ' || text[tn - 1] == '.' || text[tn - 1] == ','))
        tn--;
    size_t nw = tn;
    while (nw && text[nw - 1] != ' ')
        nw--;
    if (nw >= 2 && tn - nw >= 1 && tn - nw <= 6 && strspn(text + nw, "IVXL") >= tn - nw) {
        size_t pw = nw - 1;
        while (pw && text[pw - 1] != ' ')
            pw--;
        if (data_word_line("en/regnal.txt", text + pw, nw - 1 - pw, 0, DATA_ANYWHERE)) {
            char *head = xstrndup(text, nw - 1);
            if (!head)
                return HD_ERR_NOMEM;
            hd_status st = split_person(head, role, name);
            free(head);
            if (st == HD_OK && *name) {
                sb nm = {0};
                sb_puts(&nm, *name);
                sb_putc(&nm, ' ');
                sb_putn(&nm, text + nw, tn - nw);
                free(*name);
                if (!(*name = sb_take(&nm)))
                    st = HD_ERR_NOMEM;
            }
            return st;
        }
    }
    const char *s = text;
    while (*s == ' ')
        s++;
    if (spk_by_word(s, strlen(s)))
        s += spk_by_word(s, strlen(s));
    else if (starts_with_ci(s, strlen(s), "of "))
        s += 3; /* "Sentencing remarks of His Honour Judge …" */
    else if (data_lang() != 0 && strchr(s, ' ') && data_has_line("en/of-words.txt", s, strcspn(s, " ")))
        s += strcspn(s, " ") + 1; /* "Discours de Mme Hélène Duroc" */
    /* "DIRECTOR GENERAL DEL INFONAVIT, OCTAVIO ROMERO OROPEZA", « ministra de Agua y
     * Territorio, Carmen Vidal »: in French and Spanish the office first, then a comma
     * and the name */
    const char *comma1 = strchr(s, ',');
    /* « de la conferencia de prensa del secretario de Hacienda, Ernesto Villaseñor
     * Ruiz, sobre … »: an event named before the office; the office starts at its first
     * role word after « de », « del » or an article (« la Première ministre » keeps
     * its « Première ») */
    for (const char *w = s, *prev = NULL; data_lang() != 0 && comma1 && w < comma1;) {
        size_t wl = strcspn(w, " ,");
        if (is_role_word(w, wl)) {
            size_t pl = prev ? strcspn(prev, " ,") : 0;
            if (prev && (data_has_line("en/of-words.txt", prev, pl) || data_has_line("en/articles.txt", prev, pl)))
                s = w;
            break;
        }
        prev = w;
        w += wl;
        while (*w == ' ')
            w++;
    }
    /* (an office whose name holds commas: the name after the last, "SECRETARIO DE
     * INFRAESTRUCTURA, COMUNICACIONES Y TRANSPORTES, JOAQUÍN LEDESMA ARIZPE") */
    const char *lastc = comma1 ? strrchr(s, ',') : NULL;
    if (lastc && lastc != comma1) {
        int office = 1; /* capitalised words and their joins only between the commas */
        for (const char *w = comma1 + 1; w < lastc && office;) {
            while (*w == ' ' || *w == ',')
                w++;
            size_t wl = strcspn(w, " ,");
            if (w < lastc && !txt_starts_upper(w, wl) && !is_connector(w, wl))
                office = 0;
            w += wl;
        }
        if (office)
            comma1 = lastc;
    }
    if (data_lang() != 0 && comma1 && !strchr(comma1 + 1, ',') && is_role_word(s, strcspn(s, " ,"))) {
        const char *nm = comma1 + 1;
        while (*nm == ' ')
            nm++;
        size_t nl = strlen(nm);
        while (nl && (nm[nl - 1] == ' ' || nm[nl - 1] == '.'))
            nl--;
        /* « Dña. Carmen Vidal Soria »: a form of address before the name */
        size_t hn = strcspn(nm, " ");
        hn = hn < nl && is_honorific(nm, hn) ? hn + 1 : 0;
        if (nl > hn && name_words(nm + hn) >= nl - hn && txt_words(nm, hn, nl) >= 2 && txt_words(nm, hn, nl) <= 5) {
            if (!(*role = xstrndup(s, (size_t)(comma1 - s))) || !(*name = xstrndup(nm, nl))) {
                free(*role);
                *role = NULL;
                return HD_ERR_NOMEM;
            }
            return HD_OK;
        }
    }
    /* "Speaking at the Secretariat, the Chief Minister": a participle's phrase (its next
     * word in lower case; "Acting Director …" is a role) before the subject */
    size_t p1 = strcspn(s, " ,");
    if (p1 > 4 && isupper((unsigned char)s[0]) && strncmp(s + p1 - 3, "ing", 3) == 0 && s[p1] == ' ' &&
        islower((unsigned char)s[p1 + 1])) {
        const char *c = strrchr(s, ',');
        /* (to the first comma when a name and a comma follow it: "Speaking after the
         * hearing, Helen Markby, Area Environment Manager …") */
        const char *c1 = strchr(s, ',');
        if (c1 && c1 < c && c1[1] == ' ') {
            const char *nm = after_honorific(c1 + 2);
            size_t nl = name_words(nm);
            if (nl && nm[nl] == ',' && txt_words(nm, 0, nl) >= 2 && txt_words(nm, 0, nl) <= 4)
                c = c1;
        }
        if (c && c[1] == ' ')
            s = c + 2;
    }
    while (*s == ' ')
        s++;
    if (starts_with_ci(s, strlen(s), "the "))
        s += 4;
    /* "An Taoiseach, …": the Irish article before a role */
    if (strncmp(s, "An ", 3) == 0) {
        size_t rl = strcspn(s + 3, " ,");
        if (rl && is_role_word(s + 3, rl))
            s += 3;
    }
    /* "Today, Senator Ana Ruiz spoke…": a sentence's opening word is no one's name */
    size_t w0 = strcspn(s, " ,");
    if (s[w0] == ',' && s[w0 + 1] == ' ' &&
        (data_word_line("en/starters.txt", s, w0, 1, DATA_ANYWHERE) || dt_weekday(s, w0) || dt_month(s, w0)))
        s += w0 + 2;
    size_t n = description_end(s, strlen(s));
    size_t role_from = 0, role_to = 0;
    /* Commas: "Minister of Transport of Portugal, Rui Almeida" names after one;
     * "Dr. Ana Ruiz, Chief Scientist of …" gives the role after one. */
    const char *comma = memchr(s, ',', n);
    if (comma) {
        size_t c = (size_t)(comma - s);
        size_t c2 = c + 1;
        while (c2 < n && s[c2] != ',')
            c2++;
        if (trailing_name(s, c) < c) {
            size_t r = c + 1;
            while (r < c2 && s[r] == ' ')
                r++;
            size_t re = r;
            while (re < c2 && s[re] != ' ')
                re++;
            size_t ns = trailing_name(s, c), hb = 0;
            while (hb < ns && s[hb] != ' ')
                hb++;
            int bare = ns == 0 || (hb + 1 == ns && (is_honorific(s, hb) || role_short(s, hb) || courtesy_title(s, hb)));
            /* "Rt Hon Marion Keldale MP, Secretary of State …", "The Hon. Ana Ruiz, …": a
             * form of address alone before the name */
            if (!bare && ns < 40) {
                char before[40];
                memcpy(before, s, ns);
                before[ns] = '\0';
                bare = address_only(before);
            }
            /* "Official Spokesperson", "Kestrel Radio Host": a role word anywhere in
             * a few words */
            int role_words = 0, words = 0;
            for (size_t q = r; q < c2;) {
                size_t qe = q;
                while (qe < c2 && s[qe] != ' ')
                    qe++;
                if (qe > q) {
                    words++;
                    /* "Vice-President of the ECB": the word before a hyphen counts */
                    const char *hy = memchr(s + q, '-', qe - q);
                    role_words += is_role_word(s + q, qe - q) || (txt_has_lower(s + q, qe - q) == 0 && qe - q > 1 &&
                                                                   role_word_ci(s + q, qe - q)) ||
                                  (hy && hy > s + q && is_role_word(s + q, (size_t)(hy - s - q)));
                }
                q = qe + 1;
            }
            (void)re;
            if (r < c2 && role_words && words <= 12 && bare) {
                role_from = r;
                role_to = c2;
                /* "Dana Whitfield, Director, Emergency Management": a short title,
                 * then the unit it heads, in capitalised words, to the end */
                if (data_lang() == 0 && words <= 4 && c2 < n && !memchr(s + c2 + 1, ',', n - c2 - 1)) {
                    int unit = 1, uw = 0, held = 0;
                    for (size_t q = c2 + 1; q < n && unit;) {
                        while (q < n && s[q] == ' ')
                            q++;
                        size_t qe = q;
                        while (qe < n && s[qe] != ' ')
                            qe++;
                        if (qe > q) {
                            /* (a number after the unit's name: "Captain, Engine 42") */
                            unit = txt_starts_upper(s + q, qe - q) || is_connector(s + q, qe - q) ||
                                   (uw > 0 && qe - q <= 3 && strspn(s + q, "0123456789") == qe - q);
                            held |= data_word_line("en/portfolios.txt", s + q, qe - q, 0, DATA_ANYWHERE) ||
                                    data_word_line("en/bodies.txt", s + q, qe - q, 0, DATA_ANYWHERE);
                            uw++;
                        }
                        q = qe;
                    }
                    /* (a unit's words: a portfolio's or a body's, or no name at all;
                     * "Ana Ruiz, Director, Tom Hale" names a second person) */
                    if (unit && uw > 0 && uw <= 8 && (held || trailing_name(s, n) >= n))
                        role_to = n;
                }
            }
            n = c;
        } else {
            /* (not inside an office whose name holds commas, no one named after it:
             * "Minister of State, Foreign, Commonwealth and Development Office") */
            int office = data_lang() == 0 && c2 < n && trailing_name(s, n) >= n;
            for (size_t w = c + 1; office && w < n;) {
                while (w < n && (s[w] == ' ' || s[w] == ','))
                    w++;
                size_t we = w;
                while (we < n && s[we] != ' ' && s[we] != ',')
                    we++;
                office = we == w || txt_starts_upper(s + w, we - w) || is_connector(s + w, we - w);
                w = we;
            }
            if (!office)
                n = c2;
        }
    }
    /* A weak join ends the description where what stands before it already names
     * someone ("Vice President Ana Ruiz on Coastal Safety", "President Hale in Address
     * to the Nation"), not inside a role ("Special Rapporteur on Water Ana Ruiz",
     * "Minister for Foreign Affairs Ana Ruiz"); with no name at all, the role ends at a
     * weak join before a lower-case word ("the Governor in a press gaggle"). */
    /* (the description's own comma is not part of it: "the Special Rapporteur on
     * torture, Gina Romero-Valdez, at the end of her visit") */
    while (role_to == role_from && n > 0 && (s[n - 1] == ' ' || s[n - 1] == ','))
        n--;
    if (role_to == role_from) {
        size_t cut = n;
        for (size_t j = weak_join(s, n, 0); j < n; j = weak_join(s, n, j + 1)) {
            size_t t = trailing_name(s, j);
            /* before " of ", only a full name ends it ("… Victor Osei of the Field
             * Office"), not a role in one word ("Director-General of the …") */
            if (t < j && (strncmp(s + j, " of ", 4) != 0 || memchr(s + t, ' ', j - t))) {
                cut = j;
                break;
            }
        }
        if (cut == n && trailing_name(s, n) >= n)
            for (size_t j = weak_join(s, n, 0); j < n; j = weak_join(s, n, j + 1)) {
                size_t w = j + 1;
                while (w < n && s[w] != ' ')
                    w++;
                /* (not "of the" before a name: "Republic of the Philippines") */
                if (strncmp(s + j, " of ", 4) == 0 && w + 5 < n && strncmp(s + w, " the ", 5) == 0 &&
                    isupper((unsigned char)s[w + 5]))
                    continue;
                if (w + 1 < n && islower((unsigned char)s[w + 1])) {
                    cut = j;
                    break;
                }
            }
        /* "the Minister for Transport on the Harbour Line Upgrade": "on the …" after a
         * portfolio is the subject, whatever its capitals; after a role word it is
         * the role's own ("Special Rapporteur on the Right to Food Ana Ruiz") */
        if (cut == n)
            for (size_t j = weak_join(s, n, 0); j < n; j = weak_join(s, n, j + 1)) {
                size_t jl = strspn(s + j + 1, "abcdefghijklmnopqrstuvwxyz"), pb = j;
                static const char *const subject[] = {"on", "about", "regarding"};
                int topic = 0;
                for (size_t k = 0; k < sizeof subject / sizeof *subject; k++)
                    topic |= strlen(subject[k]) == jl && strncmp(s + j + 1, subject[k], jl) == 0;
                const char *a = s + j + 2 + jl;
                if (!topic || !(strncmp(a, "the ", 4) == 0 || strncmp(a, "a ", 2) == 0 || strncmp(a, "an ", 3) == 0))
                    continue;
                while (pb > 0 && s[pb - 1] != ' ')
                    pb--;
                if (pb < j && (!is_role_word(s + pb, j - pb) ||
                               data_word_line("en/portfolios.txt", s + pb, j - pb, 0, DATA_ANYWHERE))) {
                    cut = j;
                    break;
                }
            }
        n = cut;
    }
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ',' || s[n - 1] == '.'))
        n--;
    /* post-nominal letters are not the name: "The Rt Hon Ana Ruiz MP" */
    n = before_post_nominals(s, n, 1);
    size_t name_start = trailing_name(s, n);
    /* An honorific right before the name is part of how the person is named. */
    if (name_start < n && name_start >= 2) {
        size_t b = name_start - 1, a = b;
        while (a > 0 && s[a - 1] != ' ')
            a--;
        /* (and "Sen." where the role follows the name: "Sen. Rosalind Achebe, Minority
         * Leader") */
        if (is_honorific(s + a, b - a) ||
            (role_to > role_from && a == 0 && (role_short(s + a, b - a) || courtesy_title(s + a, b - a))))
            name_start = a;
    }
    size_t role_end = name_start;
    while (role_end > 0 && (s[role_end - 1] == ' ' || s[role_end - 1] == ','))
        role_end--;
    /* "the Prime Minister on Storm Brenna", "the Kingdom of Valdoria on a Strategic
     * Partnership": what follows a join, and only small words after it, is the topic */
    if (name_start < n && role_end > 0 && s[role_end] == ' ') {
        size_t j = weak_join(s, role_end + 1, 0), last = SIZE_MAX;
        for (; j < role_end; j = weak_join(s, role_end + 1, j + 1))
            last = j;
        int small = last != SIZE_MAX;
        for (size_t k = last == SIZE_MAX ? role_end : last + 1; small && k < role_end; k++)
            small = !isupper((unsigned char)s[k]);
        if (small) {
            role_end = last;
            name_start = n;
        }
    }
    if (role_to > role_from) {
        while (role_to > role_from && s[role_to - 1] == ' ')
            role_to--;
    } else if (role_end > 0) {
        role_to = role_end;
    }
    if (role_to > role_from) {
        char *r = xstrndup(s + role_from, role_to - role_from);
        if (r && address_only(r))
            role_to = role_from; /* "Rt Hon": a form of address, no role */
        free(r);
    }
    if (name_start < n && !(*name = xstrndup(s + name_start, n - name_start)))
        return HD_ERR_NOMEM;
    if (role_to > role_from && !(*role = xstrndup(s + role_from, role_to - role_from))) {
        free(*name);
        *name = NULL;
        return HD_ERR_NOMEM;
    }
    return HD_OK;
}

/* ------------------------------------------------------------ cues */

static int is_hspace(char c) { return c == ' ' || c == '\t'; }

/* Whether two whole strings are the same in any case ("Sam Kerr", "SAM KERR"). */
static int same_ci(const char *a, const char *b) { return strlen(a) == strlen(b) && u8_ncasecmp(a, b, strlen(a)) == 0; }

/* The last words of the kinds (data/en/kinds.txt: "conference", "briefing"), in lower
 * case, built once. */
static hmap kind_words_of[DATA_NLANGS];
static int kind_words_done[DATA_NLANGS];

static void build_kind_words_in(int lang)
{
    hmap *kind_words = &kind_words_of[lang];
    const data_file *f = data_get("en/kinds.txt");
    size_t pos = 0, len;
    const char *line;
    while (f && data_next_line(f, &pos, &line, &len)) {
        const char *tab = memchr(line, '\t', len);
        size_t kl = tab ? (size_t)(tab - line) : len, w = kl;
        while (w > 0 && line[w - 1] != ' ')
            w--;
        char low[64];
        if (kl - w >= sizeof low)
            continue;
        for (size_t i = w; i < kl; i++)
            low[i - w] = (char)tolower((unsigned char)line[i]);
        /* 1: a kind of one word ends so ("briefing"); 2: only kinds of more words
         * ("hall" of "Town hall") */
        hm_put(kind_words, low, kl - w, w == 0 ? 1 : 2, HM_MIN);
    }
}

/* 1 when w[0, n) ends a kind of one word, 2 when it ends only kinds of more words
 * ("hall": "Town hall"), else 0. */
static int kind_word(const char *w, size_t n)
{
    char low[64];
    long v = 0;
    if (n == 0 || n >= sizeof low)
        return 0;
    int lang = data_once(kind_words_done, build_kind_words_in);
    for (size_t i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)w[i]);
    return hm_get(&kind_words_of[lang], low, n, &v) ? (int)v : 0;
}

/* Whether s[a, b) ends with a whole kind of data/en/kinds.txt, in any case, plural
 * too ("Department Press Briefings", "TOWN HALL"; not "ANDREW HALL"). */
static int ends_with_kind(const char *s, size_t a, size_t b)
{
    const data_file *f = data_get("en/kinds.txt");
    size_t pos = 0, len;
    const char *line;
    while (f && data_next_line(f, &pos, &line, &len)) {
        const char *tab = memchr(line, '\t', len);
        size_t kl = tab ? (size_t)(tab - line) : len;
        for (int plural = 0; plural < 2; plural++) {
            size_t e = b - (size_t)plural;
            if (plural && (b - a < 2 || (s[b - 1] != 's' && s[b - 1] != 'S')))
                continue;
            if (e - a >= kl && u8_ncasecmp(s + e - kl, line, kl) == 0 && (e - kl == a || is_hspace(s[e - kl - 1])))
                return 1;
        }
    }
    return 0;
}

/* Words that may stand lower-case inside a role or name label. */
static int is_connector(const char *w, size_t n)
{
    static const char *const words[] = {"of", "the", "for", "and", "on", "to", "at"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == n && strncmp(words[i], w, n) == 0)
            return 1;
    /* another language's small words inside a title (data/fr/connectors.txt) */
    return is_name_particle(w, n) || (data_lang() != 0 && data_has_line("en/connectors.txt", w, n));
}

static const struct {
    const char *label;
    spk_cue_kind kind;
} fixed_labels[] = {
    {"Q", CUE_QUESTION},          {"Q.", CUE_QUESTION},        {"Question", CUE_QUESTION},
    {"J", CUE_QUESTION}, /* an Australian doorstop's journalist, "PM:" and "J:" */
    {"Questioner", CUE_QUESTION}, {"Journalist", CUE_QUESTION}, {"Reporter", CUE_QUESTION},
    {"Audience member", CUE_QUESTION}, {"Audience members", CUE_QUESTION}, {"Participant", CUE_QUESTION},
    {"A", CUE_ANSWER},            {"A.", CUE_ANSWER},          {"Answer", CUE_ANSWER},
    {"Reply", CUE_ANSWER}, /* a parliament's written question and its reply */
    {"Interviewer", CUE_INTERVIEWER},
    {"Moderator", CUE_MODERATOR}, {"Host", CUE_MODERATOR},     {"Presenter", CUE_MODERATOR},
    {"Staff", CUE_MODERATOR},     {"Operator", CUE_MODERATOR}, {"Anchor", CUE_MODERATOR},
    {"Correspondent", CUE_QUESTION}, {"Audience", CUE_QUESTION},
    {"Crowd", CUE_QUESTION},      {"Question from the audience", CUE_QUESTION},
    {"Unidentified male", CUE_QUESTION}, {"Unidentified female", CUE_QUESTION},
    {"Unidentified speaker", CUE_QUESTION}, {"Voice", CUE_QUESTION},
    {"Unidentified reporter", CUE_QUESTION}, {"Unidentified journalist", CUE_QUESTION},
    {"Unknown reporter", CUE_QUESTION}, {"Reporters", CUE_QUESTION}, {"Journalists", CUE_QUESTION},
    {"Additional question", CUE_QUESTION}, {"Follow-up question", CUE_QUESTION},
    {"Follow-up", CUE_QUESTION},
};

/* The fixed label s[a, b) is ("Q", "Moderator", …): its index, or -1. */
static long fixed_label(const char *s, size_t a, size_t b)
{
    /* ("Follow-up Q2": the follow-up's) */
    if (b - a > 11 && b - a <= 14 && u8_ncasecmp(s + a, "Follow-up Q", 11) == 0 &&
        strspn(s + a + 11, "0123456789") == b - a - 11)
        b = a + 9;
    /* ("Q1", "A12": the question's and the answer's, once classify_label has taken
     * them for labels) */
    if (b - a >= 2 && b - a <= 4 && (s[a] == 'Q' || s[a] == 'A') && strspn(s + a + 1, "0123456789") >= b - a - 1)
        b = a + 1;
    for (size_t i = 0; i < sizeof fixed_labels / sizeof *fixed_labels; i++)
        if (strlen(fixed_labels[i].label) == b - a && u8_ncasecmp(s + a, fixed_labels[i].label, b - a) == 0)
            return (long)i;
    /* another language's labels (data/fr/labels.txt: "Journaliste" is "Journalist") */
    const char *line;
    size_t len;
    if (b > a && data_field_lines("en/labels.txt", s + a, b - a, 1, &line, &len, 1)) {
        const char *tab = memchr(line, '\t', len);
        size_t el = tab ? len - (size_t)(tab + 1 - line) : 0;
        for (size_t i = 0; tab && i < sizeof fixed_labels / sizeof *fixed_labels; i++)
            if (strlen(fixed_labels[i].label) == el && strncmp(tab + 1, fixed_labels[i].label, el) == 0)
                return (long)i;
    }
    return -1;
}

/* "Speaker", "PANELIST", "Guest": a person's role in any case, one that numbered
 * ("Speaker 3", "PANELIST 2") is someone unnamed. */
static int numbered_role(const char *w, size_t n)
{
    /* (people, not a group or a service: "Group 1:", "Service 3:" are a list's items) */
    static const char *const people[] = {"Speaker", "Caller", "Participant", "Voice", "Reporter", "Delegate",
                                         "Panelist", "Panellist", "Guest", "Juror", "Witness", "Student", "Resident",
                                         "Parent", "Pupil", "Patient", "Respondent", "Visitor", "Voter", "Member",
                                         "Interpreter", "Translator", "Shareholder", "Listener", "Viewer", "Analyst",
                                         "Officer", "Councillor", "Councilor", "Senator", "Representative", "Judge",
                                         "Teacher", "Nurse", "Doctor", "Worker", "Employee", "Customer", "Citizen"};
    char buf[32];
    if (n < 3 || n >= sizeof buf)
        return 0;
    for (size_t k = 0; k < n; k++)
        buf[k] = (char)(k ? tolower((unsigned char)w[k]) : toupper((unsigned char)w[k]));
    return word_in(people, sizeof people / sizeof *people, buf, n);
}

/* Words that make a label a news outlet ("Nordic media:", "Kestrel Radio:"):
 * data/en/media-words.txt. */
static int is_media_word(const char *w, size_t n)
{
    return n && data_has_line("en/media-words.txt", w, n);
}

/* The next word of s[*i, b) (runs between horizontal spaces): 1 with it at [*w, *i),
 * or 0 when none is left. */
static int next_word(const char *s, size_t *i, size_t b, size_t *w)
{
    while (*i < b && is_hspace(s[*i]))
        (*i)++;
    *w = *i;
    while (*i < b && !is_hspace(s[*i]))
        (*i)++;
    return *w < *i;
}

/* Whether the word at s[a] and what follows the colon before s[t] up to s[end] are a
 * prize's category and its work ("Fiction (English): “The Weight of Rain” by …"): the
 * word in mixed case and no role's, the work in quotation marks or credited with
 * "by"; not an interpreter's label, "INTERPRETER (French): Thank you." */
int spk_prize_category(const char *s, size_t a, size_t t, size_t end)
{
    size_t we = a;
    while (we < end && isalpha((unsigned char)s[we]))
        we++;
    if (we == a || !txt_has_lower(s + a, we - a) || is_role_word(s + a, we - a) || role_word_ci(s + a, we - a))
        return 0;
    while (t < end && s[t] == ' ')
        t++;
    size_t le = t;
    while (le < end && s[le] != '\n')
        le++;
    if (t < end && (s[t] == '"' || (end - t >= 3 && memcmp(s + t, "\xE2\x80\x9C", 3) == 0) || s[t] == '*' ||
                    s[t] == '_'))
        return 1;
    for (size_t x = t; x + 4 <= le; x++)
        if (memcmp(s + x, " by ", 4) == 0)
            return 1;
    return 0;
}

/* A news outlet's name: capitalised words, the last a media word, no role word. */
static int is_outlet(const char *s, size_t a, size_t b)
{
    if (memchr(s + a, ',', b - a))
        return 0;
    if (b > a && data_has_line("en/outlets.txt", s + a, b - a))
        return 1;
    /* a US station's call letters ("WAMC", "KQED", "WXYZ-TV") */
    if (b - a >= 4 && b - a <= 7 && (s[a] == 'W' || s[a] == 'K')) {
        size_t k = a;
        while (k < b && isupper((unsigned char)s[k]))
            k++;
        if (k - a == 4 && (k == b || (s[k] == '-' && k + 3 <= b && !txt_has_lower(s + k + 1, b - k - 1))))
            return 1;
    }
    size_t i = a, last_a = a, last_b = a, words = 0;
    for (size_t w; next_word(s, &i, b, &w);) {
        if (is_role_word(s + w, i - w) && !is_media_word(s + w, i - w))
            return 0;
        /* capitalised words; the media word last may be in lower case ("Nordic media") */
        if (!txt_starts_upper(s + w, i - w) && !is_connector(s + w, i - w)) {
            size_t r = i;
            while (r < b && is_hspace(s[r]))
                r++;
            if (r < b || !is_media_word(s + w, i - w))
                return 0;
            /* (a masthead's word is one only capitalised: "Opening times:" heads a
             * gallery's hours, "Blog post:" a link) */
            static const char *const masthead[] = {"times", "post", "herald", "journal", "gazette", "tribune", "daily"};
            if (word_in(masthead, sizeof masthead / sizeof *masthead, s + w, i - w))
                return 0;
        }
        last_a = w;
        last_b = i;
        words++;
    }
    return words >= 1 && words <= 5 && isupper((unsigned char)s[a]) && is_media_word(s + last_a, last_b - last_a);
}

/* A time code "00:22", "1:02:17" (in brackets or not) at s[a, b) as a whole. */
static int is_time_code(const char *s, size_t a, size_t b)
{
    if (b > a && (s[a] == '(' || s[a] == '['))
        a++;
    if (b > a && (s[b - 1] == ')' || s[b - 1] == ']'))
        b--;
    size_t groups = 0, digits = 0;
    for (size_t i = a; i < b; i++) {
        if (isdigit((unsigned char)s[i])) {
            digits++;
        } else if (s[i] == ':' && digits >= 1 && digits <= 2) {
            groups++;
            digits = 0;
        } else {
            return 0;
        }
    }
    return (groups == 1 || groups == 2) && digits == 2;
}

/* Whether s[a, b) is a clock time with its half of the day, "2.03 pm", "10:15 a.m.",
 * "11.30am". */
static int sitting_time(const char *s, size_t a, size_t b)
{
    size_t x = a;
    while (x < b && x - a < 2 && isdigit((unsigned char)s[x]))
        x++;
    if (x == a || x + 3 > b || (s[x] != '.' && s[x] != ':') || !isdigit((unsigned char)s[x + 1]) ||
        !isdigit((unsigned char)s[x + 2]))
        return 0;
    x += 3;
    while (x < b && s[x] == ' ')
        x++;
    static const char *const halves[] = {"am", "pm", "a.m.", "p.m.", "AM", "PM", "A.M.", "P.M."};
    for (size_t k = 0; k < sizeof halves / sizeof *halves; k++)
        if (strlen(halves[k]) == b - x && memcmp(s + x, halves[k], b - x) == 0)
            return 1;
    return 0;
}

/* A caption file's time, s[a, b): "00:00:01.000", "00:01.500", "00:00:01,000". */
static int caption_time(const char *s, size_t a, size_t b)
{
    size_t digits = 0, colons = 0;
    for (size_t x = a; x < b; x++) {
        if (isdigit((unsigned char)s[x]))
            digits++;
        else if (s[x] == ':')
            colons++;
        else if (s[x] != '.' && s[x] != ',')
            return 0;
    }
    return colons >= 1 && colons <= 2 && digits >= 4 && b - a <= 12;
}

int spk_time_code(const char *s, size_t a, size_t b)
{
    /* "00:00:01.000 --> 00:00:04.000": a caption file's cue timing (WebVTT; SubRip
     * writes "00:00:01,000"), pasted with its text */
    for (size_t x = a; x + 5 <= b; x++)
        if (memcmp(s + x, " --> ", 5) == 0) {
            size_t e1 = x, s2 = x + 5, e2 = b;
            while (e2 > s2 && s[e2 - 1] == ' ')
                e2--;
            return caption_time(s, a, e1) && caption_time(s, s2, e2);
        }
    return is_time_code(s, a, b);
}

/* Classifies the label s[a, b) (outlet already removed). Returns 0 if not a cue. */
static size_t attribution_verb(const char *s, size_t a, size_t b);
static int role_word_ci(const char *w, size_t n);

/* Whether t[0, tl), a label's second and last word in lower case, is a role's word
 * ("officer", "coach", "manager") after a capitalised first word that opens no
 * sentence ("Press officer", "Head coach"; not "Our spokesperson"). */
static int lower_role(const char *s, size_t a, const char *t, size_t tl)
{
    /* (a person's, not a body's or a service's: "Bus services: Rural areas" heads a
     * written answer) */
    static const char *const people[] = {"officer",   "coach",     "manager",   "spokesperson", "spokesman",
                                         "spokeswoman", "secretary", "director", "chair",        "chairman",
                                         "chairwoman", "host",      "presenter", "reporter",     "moderator",
                                         "captain",   "commissioner", "minister", "president",  "correspondent",
                                         "editor",    "interpreter", "superintendent", "inspector", "adviser",
                                         "advisor",   "official"};
    size_t fw = strcspn(s + a, " ");
    if (!isupper((unsigned char)s[a]) || data_word_line("en/starters.txt", s + a, fw, 0, DATA_ANYWHERE))
        return 0;
    return word_in(people, sizeof people / sizeof *people, t, tl);
}

static int classify_label(const char *s, size_t a, size_t b, spk_cue *c)
{
    int kind_ended = 0;
    size_t n = b - a;
    /* (an office with a long name before the person runs longer: "SECRETARIO DE
     * INFRAESTRUCTURA, COMUNICACIONES Y TRANSPORTES, JOAQUÍN LEDESMA ARIZPE") */
    if (n == 0 || n > (memchr(s + a, ',', n) ? 120u : 80u))
        return 0;
    /* "Q1", "A12": a briefing's numbered question and its answer (Korean and
     * Vietnamese ministries number them) are the question's and the answer's: a
     * question's that asks ("?" on its line), an answer's after the question of its
     * number ("Q3: Revenue rose" is a quarter's, "A1: Closed at junction 4" a road's) */
    if (n >= 2 && n <= 4 && (s[a] == 'Q' || s[a] == 'A') && strspn(s + a + 1, "0123456789") >= n - 1) {
        int asks = 0;
        if (s[a] == 'Q') {
            for (size_t k = b; s[k] && s[k] != '\n' && !asks; k++)
                asks = s[k] == '?';
            /* (or, put as a statement, "Q1: Please comment on …", the answer of its
             * number at a line's start further on) */
            for (size_t k = b; s[k] && !asks && k < b + 4000; k++)
                if (s[k] == '\n' && s[k + 1] == 'A' && memcmp(s + k + 2, s + a + 1, n - 1) == 0 &&
                    !isdigit((unsigned char)s[k + 1 + n]))
                    asks = 1;
        } else {
            /* (the last numbered question before it, at a line's start) */
            for (size_t k = a; k > 0 && !asks; k--)
                if (s[k - 1] == '\n' && s[k] == 'Q' && isdigit((unsigned char)s[k + 1])) {
                    size_t e = k + 1;
                    while (isdigit((unsigned char)s[e]))
                        e++;
                    asks = e - k == n && memcmp(s + k + 1, s + a + 1, n - 1) == 0 ? 1 : -1;
                }
            asks = asks > 0;
        }
        if (!asks)
            return 0;
        c->kind = s[a] == 'Q' ? CUE_QUESTION : CUE_ANSWER;
        c->strong = 1;
        return 1;
    }
    long fixed = fixed_label(s, a, b);
    /* "AUDIENCE MEMBER 2", "Questioner #3": a fixed label numbered */
    if (fixed < 0) {
        size_t e = b;
        while (e > a && isdigit((unsigned char)s[e - 1]))
            e--;
        if (e < b && b - e <= 3 && e > a + 1 && s[e - 1] == '#')
            e--;
        if (e < b && e > a + 1 && s[e - 1] == ' ')
            fixed = fixed_label(s, a, e - 1);
    }
    if (fixed >= 0) {
        c->kind = fixed_labels[fixed].kind;
        c->strong = 1;
        return 1;
    }
    /* ("Programme (subject to change):": a note in brackets in lower case after the
     * label's words is no part of them) */
    size_t cb = b;
    if (n > 4 && s[b - 1] == ')') {
        size_t o = b - 1;
        while (o > a && s[o] != '(')
            o--;
        if (o > a + 1 && s[o - 1] == ' ' && o + 1 < b && islower((unsigned char)s[o + 1]))
            cb = o - 1;
    }
    if (in_list("en/not-speakers.txt", s + a, n) || (cb < b && in_list("en/not-speakers.txt", s + a, cb - a)))
        return 0;
    /* "Visa Services Update: Interview Waiver Changes …": a label that ends in a word
     * naming a section or a notice (data/en/label-ends.txt) is a headline's topic */
    {
        size_t w = cb;
        while (w > a && s[w - 1] != ' ')
            w--;
        if (w > a && in_list("en/label-ends.txt", s + w, cb - w))
            return 0;
    }
    /* ("Exemptions: Applicants for A-1 …", "Recommendations:": a word alone that
     * names a section by its ending, as no surname ends) */
    if (!memchr(s + a, ' ', n) && n >= 7) {
        static const char *const ends[] = {"tions", "sions", "ities"};
        for (size_t k = 0; k < sizeof ends / sizeof *ends; k++)
            if (strncmp(s + b - 5, ends[k], 5) == 0)
                return 0;
    }
    /* "Honourable Members of the House of Commons: You will be asked …", "Dear
     * colleagues:", "Ladies and Gentlemen:": a speech turning to those it addresses,
     * a salutation's words (data/en/salutations.txt) ending in a plural, two or more
     * or before "of", then "you" (a label in capitals, "MEMBERS:", is left a label) */
    int lower = 0;
    for (size_t k = a; k < cb && !lower; k++)
        lower = islower((unsigned char)s[k]) != 0;
    if (lower) {
        size_t e = cb, w = a, words = 0, ok = 1, last = a;
        for (size_t k = a; k + 4 <= cb && e == cb; k++)
            if (memcmp(s + k, " of ", 4) == 0)
                e = k;
        while (w < e && ok) {
            size_t x = w;
            while (x < e && s[x] != ' ')
                x++;
            ok = (x - w == 3 && memcmp(s + w, "and", 3) == 0) ||
                 (words == 0 ? in_list("en/salutations.txt", s + w, x - w)
                             : isupper((unsigned char)s[w]) || in_list("en/salutations.txt", s + w, x - w));
            words++;
            last = w;
            w = x + 1;
        }
        /* (a word alone, or a note after it, is a crowd's label: "Delegates (chanting):";
         * and the speech turns to them: "you" follows, not Hansard's "Honourable
         * Members: Shame!", "Members of the Public: Can we ask …") */
        size_t y = s[b] == ':' ? b + 1 : b;
        while (s[y] == ' ')
            y++;
        int you = (strncasecmp(s + y, "you", 3) == 0 && !isalpha((unsigned char)s[y + 3])) ||
                  (strncasecmp(s + y, "your", 4) == 0 && !isalpha((unsigned char)s[y + 4]));
        if (ok && you && cb == b && (words >= 2 || e < cb) && words <= 4 && e - last >= 4 && s[e - 1] == 's' &&
            s[e - 2] != '\'' && s[e - 2] != 's')
            return 0;
    }
    /* "And to the Prime Minister, I say this:", "To the Chancellor:": a speech that
     * turns to someone, not a turn's label */
    /* (and "By the Governor:", an order's attestation over the one who signs it) */
    /* (nor "Under PM Surya Ghar: Muft Bijli Yojana, over 10 lakh households …", a
     * sentence that opens with a preposition before a scheme's name: no one's label
     * opens with one) */
    static const char *const turns[] = {"To ", "And ", "But ", "So ", "Now ", "As for ", "And to ", "By ", "BY ",
                                        "Under ", "In ", "On ", "With ", "From ", "At ", "Through ", "After ",
                                        "Before ", "During ", "Since ", "Within ", "Across ", "Over ", "Via "};
    for (size_t k = 0; k < sizeof turns / sizeof *turns; k++)
        if (n > strlen(turns[k]) && strncmp(s + a, turns[k], strlen(turns[k])) == 0)
            return 0;
    /* "LCQ14: Support for …", "SC16241:": a document's code, letters then digits */
    {
        size_t l = 0;
        while (l < n && isalpha((unsigned char)s[a + l]))
            l++;
        if (l >= 2 && l < n && strspn(s + a + l, "0123456789") == n - l)
            return 0;
    }
    /* "BEST DIRECTOR:", "Best Actress:": a prize's category, its first word "best"
     * ("GEORGE BEST:" is a name, "BEST MAN:" a wedding's speaker) */
    if (n > 5 && u8_ncasecmp(s + a, "best ", 5) == 0 && !(n == 8 && u8_ncasecmp(s + a + 5, "man", 3) == 0) &&
        !(n == 10 && u8_ncasecmp(s + a + 5, "woman", 5) == 0))
        return 0;
    /* "WHAT LAWMAKERS ARE SAYING": a word no one's label holds */
    if (memchr(s + a, ' ', n))
        for (size_t w = a; w < b;) {
            size_t e = w;
            while (e < b && s[e] != ' ')
                e++;
            if (e > w && (data_has_line("en/not-label-words.txt", s + w, e - w) ||
                          data_has_line("en/field-words.txt", s + w, e - w)))
                return 0;
            w = e + 1;
        }
    /* "QUESTION SCHULTE", "ADDITIONAL QUESTION DR. HALLMANN": a questioner by name */
    static const char *const asks[] = {"Question ", "Additional question ", "Follow-up question "};
    for (size_t i = 0; i < sizeof asks / sizeof *asks; i++) {
        size_t k = strlen(asks[i]);
        if (n > k + 1 && u8_ncasecmp(s + a, asks[i], k) == 0 && isupper((unsigned char)s[a + k]) &&
            !memchr(s + a + k, ',', n - k)) {
            size_t words = 1;
            for (size_t j = a + k; j < b; j++)
                words += s[j] == ' ';
            if (words <= 3) {
                c->kind = CUE_QUESTION;
                c->strong = 1;
                c->label_start = a + k;
                c->label_end = b;
                return 1;
            }
        }
    }
    /* "Kestrel Radio", "Nordic media": an outlet that asks */
    if (is_outlet(s, a, b)) {
        c->kind = CUE_QUESTION;
        c->strong = 1;
        c->outlet_start = a;
        c->outlet_end = b;
        return 1;
    }
    /* "ANA RUIZ, KESTREL RADIO HOST", "Journalist, Kestrel Radio": a name or a fixed
     * label, then who they are */
    const char *comma = memchr(s + a, ',', n);
    if (comma) {
        size_t ce = (size_t)(comma - s), r = ce + 1;
        while (r < b && is_hspace(s[r]))
            r++;
        if (r >= b)
            return 0;
        /* "SEN. JOHN EDWARDS (D-NC), ARMED SERVICES COMMITTEE": a party's letters in
         * brackets after the name, as US broadcasters print them */
        if (ce > a + 4 && s[ce - 1] == ')') {
            size_t o = ce - 1;
            while (o > a && s[o] != '(')
                o--;
            if (s[o] == '(' && ce - o <= 10 && o > a + 1 && is_hspace(s[o - 1])) {
                int party = 1;
                for (size_t q = o + 1; q + 1 < ce && party; q++)
                    party = isupper((unsigned char)s[q]) || s[q] == '-' || s[q] == '.';
                if (party) {
                    ce = o;
                    while (ce > a && is_hspace(s[ce - 1]))
                        ce--;
                }
            }
        }
        const char *c2 = memchr(s + r, ',', b - r);
        if (c2) {
            /* "Anja Lindqvist, IFRC Head of Delegation, Myanmar", "Ms. KITAMURA Reiko,
             * Press Secretary, Ministry of Foreign Affairs": a name (after an
             * honorific), a role with a role word, then where; no more commas */
            size_t e2 = (size_t)(c2 - s);
            int role = 0;
            for (size_t w = r; w < e2;) {
                size_t we = w;
                while (we < e2 && !is_hspace(s[we]))
                    we++;
                /* (in capitals too: "MARCUS OYELARAN, PRESIDENT, DOCKWORKERS UNION") */
                role |= is_role_word(s + w, we - w) || role_word_ci(s + w, we - w);
                w = we + 1;
            }
            size_t nb = a, hw = a;
            while (hw < ce && !is_hspace(s[hw]))
                hw++;
            if (hw < ce && is_honorific(s + a, hw - a))
                for (nb = hw; nb < ce && is_hspace(s[nb]);)
                    nb++;
            /* (or after a rank, its words with stops or without: "Lt Gen R.K. Menon,
             * Member, NDMA", "Maj. Gen. Anil Menon, …") */
            for (size_t rw = nb, k = 0; k < 3 && rw < ce; k++) {
                size_t re = rw;
                while (re < ce && !is_hspace(s[re]))
                    re++;
                if (re >= ce || !(rank_word(s + rw, re - rw) || role_short(s + rw, re - rw)))
                    break;
                while (re < ce && is_hspace(s[re]))
                    re++;
                nb = rw = re;
            }
            /* "PAT TILLMAN, ARIZONA CARDINALS, U.S. ARMY": in capitals, a name and two
             * things they are, as CNN prints its guests; weak (a transcript's) */
            if (!role && !txt_has_lower(s + a, b - a) && !memchr(c2 + 1, ',', b - e2 - 1) &&
                txt_words(s, a, b) <= 12 && name_words(s + nb) >= ce - nb && txt_words(s, nb, ce) >= 2) {
                c->kind = CUE_NAMED;
                c->strong = 0;
                return 1;
            }
            /* "The Minister of State, Foreign, Commonwealth and Development Office" (the
             * person in brackets after it, as Hansard prints a minister's turn): an
             * office, then its department's name, commas and all, every word
             * capitalised but the small ones */
            if (txt_has_lower(s + a, b - a) && txt_words(s, a, b) <= 16) {
                size_t o = a + (starts_with_ci(s + a, ce - a, "The ") ? 4 : 0);
                int dept = 0; /* (a role's word before the comma, "Parliamentary Under-Secretary") */
                for (size_t w = o; w < ce;) {
                    size_t we = w;
                    while (we < ce && !is_hspace(s[we]) && s[we] != '-')
                        we++;
                    dept |= we > w && isupper((unsigned char)s[w]) && is_role_word(s + w, we - w);
                    w = we + 1;
                }
                dept = dept && isupper((unsigned char)s[o]) && name_words(s + a) < ce - a; /* (no name) */
                for (size_t w = r; dept && w < b;) {
                    size_t we = w;
                    while (we < b && !is_hspace(s[we]) && s[we] != ',')
                        we++;
                    static const char *const small[] = {"and", "of", "for", "the", "&", "in", "on"};
                    int ok = we > w && (isupper((unsigned char)s[w]) || isdigit((unsigned char)s[w]));
                    for (size_t k = 0; !ok && k < sizeof small / sizeof *small; k++)
                        ok = strlen(small[k]) == we - w && memcmp(s + w, small[k], we - w) == 0;
                    dept = ok;
                    w = we;
                    while (w < b && (is_hspace(s[w]) || s[w] == ','))
                        w++;
                }
                if (dept) {
                    c->kind = CUE_NAMED;
                    c->strong = 1;
                    return 1;
                }
            }
            if (!role || memchr(c2 + 1, ',', b - e2 - 1) || txt_words(s, a, b) > 12 ||
                name_words(s + nb) != ce - nb) {
                /* "SECRETARIO DE INFRAESTRUCTURA, COMUNICACIONES Y TRANSPORTES, JOAQUÍN
                 * LEDESMA ARIZPE": an office whose name holds commas, then the person
                 * after the last, all in capitals (Mexico's stenographic versions) */
                size_t lc = b;
                while (lc > r && s[lc - 1] != ',')
                    lc--;
                size_t lr = lc, fw = a;
                while (lr < b && is_hspace(s[lr]))
                    lr++;
                while (fw < ce && !is_hspace(s[fw]))
                    fw++;
                if (txt_has_lower(s + a, b - a) || !data_word_line("en/roles.txt", s + a, fw - a, 1, DATA_ANYWHERE) ||
                    txt_words(s, a, b) > 16 ||
                    txt_words(s, lr, b) < 2 || name_words(s + lr) != b - lr)
                    return 0;
                c->kind = CUE_NAMED;
                c->strong = 1;
                return 1;
            }
        }
        spk_cue left;
        memset(&left, 0, sizeof left);
        if (!classify_label(s, a, ce, &left))
            return 0;
        if (left.kind == CUE_QUESTION && left.outlet_end > left.outlet_start) {
            /* "NHK, Sato": the outlet, then the journalist */
            *c = left;
            c->label_start = r;
            c->label_end = b;
            return 1;
        }
        if (left.kind != CUE_NAMED) {
            *c = left;
            c->outlet_start = r;
            c->outlet_end = b;
            c->label_start = a;
            c->label_end = ce;
            return 1;
        }
        /* "Mori, Kyodo News": a journalist and the outlet */
        if (!c2 && is_outlet(s, r, b)) {
            c->kind = CUE_QUESTION;
            c->strong = 1;
            c->label_start = a;
            c->label_end = ce;
            c->outlet_start = r;
            c->outlet_end = b;
            return 1;
        }
        /* "Asimismo, Irigoyen afirmó", "Además, Facundo Irigoyen afirmó": a sentence
         * that reports, its verb last in lower case, not a name and who they are */
        {
            size_t lw = b;
            while (lw > r && s[lw - 1] != ' ')
                lw--;
            if (lw < b && islower((unsigned char)s[lw]) && !is_role_word(s + lw, b - lw) &&
                !role_word_ci(s + lw, b - lw) && attribution_verb(s, lw, b + 1))
                return 0;
        }
        c->kind = CUE_NAMED;
        c->strong = left.strong || !txt_has_lower(s + a, b - a);
        return 1;
    }
    /* a label ending in a kind's word ("Department Press Briefings") is no person, nor
     * one that ends in a number's name ("Press Release Number", "Index No.") */
    {
        size_t e = b, w = b;
        while (w > a && !is_hspace(s[w - 1]))
            w--;
        static const char *const counters[] = {"Number", "No.", "No", "Nos.", "Index", "ID", "Ref", "Ref.", "Reference", "Code"};
        for (size_t k = 0; k < sizeof counters / sizeof *counters; k++)
            if (strlen(counters[k]) == e - w && u8_ncasecmp(s + w, counters[k], e - w) == 0 && w > a)
                return 0;
        /* (after a rank or a form of address the word is a surname: "LT. COL. HALL",
         * "GEN. HALL", not a town hall) */
        size_t pe = w;
        while (pe > a && is_hspace(s[pe - 1]))
            pe--;
        size_t pw = pe;
        while (pw > a && !is_hspace(s[pw - 1]))
            pw--;
        int titled = pe > pw && (role_short(s + pw, pe - pw) || is_honorific(s + pw, pe - pw));
        /* (a word that ends only kinds of more words ends a kind when they are all
         * there: "TOWN HALL:", not "ANDREW HALL:") */
        int kw = titled ? 0 : kind_word(s + w, e - w);
        if (!kw && !titled && e - w > 1 && (s[e - 1] == 's' || s[e - 1] == 'S'))
            kw = kind_word(s + w, e - w - 1);
        if (kw == 1 || (kw == 2 && ends_with_kind(s, a, b)))
            return 0;
        /* (nor a thing's name that ends like one: "CITY HALL:", "ROLL CALL:", "KEY
         * POINT:", a word of data/en/kind-modifiers.txt before it; "ANDREW HALL:" is
         * a person's) */
        if (kw == 2 && pe > pw && data_word_line("en/kind-modifiers.txt", s + pw, pe - pw, 1, DATA_ANYWHERE))
            return 0;
        kind_ended = kw == 2; /* (the body takes it said again or over a person's words) */
    }
    /* Words: capitalised, or connectors inside; a role word or title makes it strong. */
    size_t words = 0, roles = 0, caps = 0, i = a, pw = a, pl = 0;
    int all_upper = 1;
    for (size_t w; next_word(s, &i, b, &w); pw = w, pl = i - w) {
        words++;
        const char *t = s + w;
        size_t tl = i - w;
        if (txt_has_lower(t, tl))
            all_upper = 0;
        /* "SENIOR ADMINISTRATION OFFICIAL #1": an official numbered, the number last */
        if (words > 1 && tl >= 2 && t[0] == '#' && strspn(t + 1, "0123456789") == tl - 1 && i >= b) {
        } else if (words >= 2 && isdigit((unsigned char)t[0]) && strspn(t, "0123456789") == tl &&
                   ((words == 2 && numbered_role(s + a, strcspn(s + a, " \t"))) ||
                    (i >= b && words <= 3 && numbered_role(s + pw, pl)))) {
            /* "Speaker 3", "PANELIST 2", "Guest 1": an unnamed voice of a transcript
             * (or "Audience Member 1", the number after the role's last word) */
        } else if (txt_starts_upper(t, tl) || (okina_len(t, tl) && txt_starts_upper(t + okina_len(t, tl), tl - okina_len(t, tl)))) {
            /* (or after an ʻokina, as Tongan, Hawaiian and Samoan names open, typed as
             * a turned comma, a left quotation mark or an apostrophe: "ʻOfa", "‘Ofa") */
            caps++;
            /* Roles are compared in their usual case: "SECRETARY" as "Secretary". */
            char buf[48];
            if (tl < sizeof buf) {
                for (size_t k = 0; k < tl; k++)
                    buf[k] = (char)(k ? tolower((unsigned char)t[k]) : t[k]);
                if (is_role_word(t, tl) || is_role_word(buf, tl) || memchr(t, '/', tl))
                    roles++;
            }
        } else if (words > 1 && is_role_word(t, tl)) {
            /* "Secrétaire général", "La porte-parole": French writes a title's words in
             * lower case */
            roles++;
        } else if (words == 2 && i >= b && data_lang() == 0 && tl < 48 && lower_role(s, a, t, tl)) {
            /* "Press officer", "Head coach": a role whose last word is in lower case */
            roles++;
        } else if (tl > 2 && (t[0] == 'l' || t[0] == 'd') && (t[1] == '\'' || (unsigned char)t[1] == 0xE2) &&
                   words > 1 && data_lang() != 0) {
            /* "ministre de l'Europe": an elided article before a capitalised word */
        } else if (words == 1 && is_name_particle(t, tl) && i < b && data_lang() == 0) {
            /* "de Gaudín:", "van der Berg:": a surname with its particle in lower case */
        } else if (words > 1 && i < b && tl >= 5 && t[0] == '(' && t[tl - 1] == ')' &&
                   ((tl == 6 && u8_ncasecmp(t + 1, "Retd", 4) == 0) || (tl == 7 && u8_ncasecmp(t + 1, "Retd.", 5) == 0) ||
                    (tl == 6 && u8_ncasecmp(t + 1, "Ret.", 4) == 0) || (tl == 9 && u8_ncasecmp(t + 1, "Retired", 7) == 0))) {
            /* "Lt. Gen. (Retd.) Anil Menon": a rank held in retirement, as India's and
             * Pakistan's briefings write it */
        } else if (!(words > 1 && is_connector(t, tl))) {
            return 0;
        } else if (!isalpha((unsigned char)t[0])) {
            return 0;
        }
        if (memchr(t, ',', tl) || memchr(t, ';', tl) || memchr(t, '"', tl))
            return 0;
    }
    /* a role with its portfolio ("Minister for Sustainability and the Environment Grace
     * Lim") runs longer than a name */
    if (words == 0 || words > (roles > 0 ? 10u : 7u) || caps == 0)
        return 0;
    /* (no label ends in a join: "ORAL ARGUMENT OF: PAGE", a transcript's contents) */
    {
        static const char *const joins[] = {"of", "the", "for", "and", "on", "to", "at", "by", "with"};
        size_t le = b;
        while (le > a && (s[le - 1] == ' ' || s[le - 1] == '.'))
            le--;
        size_t lw = le;
        while (lw > a && s[lw - 1] != ' ')
            lw--;
        for (size_t k = 0; words > 1 && k < sizeof joins / sizeof *joins; k++)
            if (strlen(joins[k]) == le - lw && u8_ncasecmp(joins[k], s + lw, le - lw) == 0)
                return 0;
    }
    c->kind = CUE_NAMED;
    c->strong = roles > 0 || (all_upper && n >= 2);
    c->kind_ended = kind_ended;
    /* One word that is no role: a surname perhaps; weak. Two to four capitalised: a
     * name; weak. The caller accepts weak cues only in a transcript. */
    if (!c->strong && (words > 4))
        return 0;
    return 1;
}

/* A named label s[x, e) ended by the mark at e (a stop, a colon), its speech after
 * the mark: returns 1. */
static int named_cue(spk_cue *c, const char *s, size_t y, int strong, size_t x, size_t e)
{
    c->kind = CUE_NAMED;
    c->strong = strong;
    c->label_start = x;
    c->label_end = e;
    size_t t = e + 1;
    while (t < y && is_hspace(s[t]))
        t++;
    c->text_start = t;
    return 1;
}

/* The same, ended by a stop. */
static int period_cue(spk_cue *c, const char *s, size_t y, int strong, size_t x, size_t e)
{
    c->period = 1;
    return named_cue(c, s, y, strong, x, e);
}

/* The length of the capital letter at s[i] (in any script: "NICOLÁS"), or 0. */
static size_t capital_at(const char *s, size_t i, size_t y)
{
    if (i >= y)
        return 0;
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80)
        return isupper(b) ? 1 : 0;
    size_t k = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    return i + k <= y && txt_starts_upper(s + i, k) ? k : 0;
}

/* Hearing transcripts: "Chairman FENWICK. The subcommittee …", "Ms. OKAFOR. Thank
 * you", "The CHAIRMAN. …": a title in its usual case, a surname in capitals, a stop. */
/* The French parliament's record: "Mme la présidente. La parole est à …", "M. Yannick
 * Le Bihan. Madame la ministre, …", "Mme Hélène Castaing-Roux, ministre. …": M., Mme or
 * Mlle, then a name (with its particles) or an office, perhaps a comma and an office,
 * and a stop before the speech. */
static int french_period_label(const char *s, size_t x, size_t y, spk_cue *c)
{
    size_t t = x;
    if (starts_with_ci(s + x, y - x, "M. "))
        t += 3;
    else if (strncmp(s + x, "Mme ", 4) == 0)
        t += 4;
    else if (strncmp(s + x, "Mlle ", 5) == 0)
        t += 5;
    else
        return 0;
    size_t words = 0, e = t;
    int named = 0, office = 0;
    while (e < y && words < 18) {
        size_t w = e;
        while (e < y && s[e] != ' ' && s[e] != ',' && s[e] != '.')
            e++;
        if (e == w)
            return 0;
        int upper = txt_starts_upper(s + w, e - w), role = is_role_word(s + w, e - w);
        int small = is_name_particle(s + w, e - w) || (e - w == 2 && (s[w] == 'l' || s[w] == 'd') && s[w + 1] == '\'') ||
                    data_has_line("en/of-words.txt", s + w, e - w) || data_has_line("en/articles.txt", s + w, e - w);
        /* "Mme Sophie Martin (EPR).", "M. Jean Dupont (LFI-NFP).": the member's group
         * after the name, in capitals */
        int group = named && !office && e - w >= 4 && e - w <= 14 && s[w] == '(' && s[e - 1] == ')';
        for (size_t q = w + 1; group && q + 1 < e; q++)
            group = isupper((unsigned char)s[q]) || isdigit((unsigned char)s[q]) || s[q] == '-';
        /* "Mme la présidente de la commission des finances"; after the comma, an
         * office in words of any case ("M. Marc Fesneau, ministre de l’agriculture et
         * de la souveraineté alimentaire.") */
        if (!upper && !role && !small && !group && !office && !(named == 0 && words > 0 && islower((unsigned char)s[w])))
            return 0;
        if (office && (memchr(s + w, ':', e - w) || memchr(s + w, '(', e - w) || memchr(s + w, '"', e - w)))
            return 0;
        /* (an office has no verb: "M. Dupont, ministre de l'agriculture, a annoncé que
         * les prix baisseront. Ils …" is a sentence about him) */
        static const char *const verbs[] = {"a", "est", "sont", "ont", "qui", "que", "qu'il", "qu\xE2\x80\x99il",
                                            "avait", "sera", "va", "doit", "peut", "fait", "dit"};
        for (size_t q = 0; office && q < sizeof verbs / sizeof *verbs; q++)
            if (strlen(verbs[q]) == e - w && strncmp(s + w, verbs[q], e - w) == 0)
                return 0;
        named |= upper || role;
        words++;
        if (e < y && s[e] == '.') {
            /* the label's end: a stop, a space, the speech in a capital (or « , —) */
            if (e + 2 < y && s[e + 1] == ' ' && (txt_starts_upper(s + e + 2, y - e - 2) || s[e + 2] == '(' ||
                                                  (unsigned char)s[e + 2] == 0xC2 || (unsigned char)s[e + 2] == 0xE2)) {
                if (!named)
                    return 0;
                return period_cue(c, s, y, 1, x, e);
            }
            return 0;
        }
        if (e < y && s[e] == ',') {
            e++;
            size_t r = e;
            while (r < y && s[r] == ' ')
                r++;
            size_t re = r;
            while (re < y && s[re] != ' ' && s[re] != ',' && s[re] != '.')
                re++;
            /* (an office begins with its word: "ministre", "rapporteure", "présidente") */
            if (named && !office && re > r && is_role_word(s + r, re - r))
                office = 1;
        }
        while (e < y && s[e] == ' ')
            e++;
    }
    return 0;
}

/* The end of a surname in capitals at s[w]: "OKAFOR", "O'DOWD", "VAN-DREW", and with
 * a prefix in mixed case as Congress prints them, "McMORRIS", "DeSAULNIER", "LaHOOD",
 * "MacDONALD". */
static size_t caps_surname(const char *s, size_t w, size_t y)
{
    size_t e = w;
    if (w + 3 < y && isupper((unsigned char)s[w]) && islower((unsigned char)s[w + 1])) {
        size_t p = w + 1;
        while (p < y && p - w <= 3 && islower((unsigned char)s[p]))
            p++;
        if (p + 1 < y && p - w <= 3 && isupper((unsigned char)s[p]) && isupper((unsigned char)s[p + 1]))
            e = p;
    }
    while (e < y && (isupper((unsigned char)s[e]) || s[e] == '-' || s[e] == '\''))
        e++;
    return e;
}

static int period_label(const char *s, size_t x, size_t y, spk_cue *c)
{
    if (data_lang() == 1 && french_period_label(s, x, y, c))
        return 1;
    /* "Voice. Point of order!", "Voices. No!", "A Member. Hear, hear!": a printed
     * record's unnamed voice from the floor */
    static const char *const voices[] = {"Voice", "Voices", "A Member", "Several Members", "Members"};
    for (size_t k = 0; k < sizeof voices / sizeof *voices; k++) {
        size_t vl = strlen(voices[k]);
        if (y - x > vl + 2 && strncmp(s + x, voices[k], vl) == 0 && s[x + vl] == '.' && is_hspace(s[x + vl + 1]) &&
            capital_at(s, x + vl + 2, y)) {
            period_cue(c, s, y, 0, x, x + vl);
            c->kind = CUE_QUESTION;
            return 1;
        }
    }
    static const char *const titles[] = {"The", "Mr.", "Ms.", "Mrs.", "Dr.", "Chairman",
                                         "Chairwoman", "Chair", "Madam", "Senator", "Representative",
                                         "Secretary", "General", "Admiral", "Ambassador", "Mr",
                                         "Ms", "Mrs", "Dr", "Governor", "Mayor", "Judge", "Justice",
                                         "Chairperson", "Delegate", "Commissioner", "Rep.", "Sen."};
    size_t i = x;
    while (i < y && !is_hspace(s[i]))
        i++;
    size_t k = 0;
    while (k < sizeof titles / sizeof *titles &&
           !(titles[k][0] == s[x] && strlen(titles[k]) == i - x && strncmp(titles[k], s + x, i - x) == 0))
        k++;
    /* "Ranking Member FIELDING.", "Vice Chair OKORO.", "Resident Commissioner
     * VARGAS.": a title of two words */
    static const char *const titles2[] = {"Ranking Member ", "Vice Chair ", "Vice Chairman ", "Vice Chairwoman ",
                                          "Resident Commissioner ", "Acting Chair ", "Acting Chairman "};
    for (size_t q = 0; q < sizeof titles2 / sizeof *titles2 && k == sizeof titles / sizeof *titles; q++) {
        size_t tl = strlen(titles2[q]);
        if (y - x > tl + 3 && strncmp(s + x, titles2[q], tl) == 0 && isupper((unsigned char)s[x + tl]) &&
            isupper((unsigned char)s[x + tl + 1])) {
            i = x + tl - 1;
            k = 0; /* (found) */
        }
    }
    if (k == sizeof titles / sizeof *titles) {
        /* "CHAIR OKAFOR. Good afternoon.", "CLAIRE MORETTI. Thank you.": one to four words in
         * capitals and a stop, as some institutions print transcripts; strong with a
         * role word, else weak (where the statement prints its turns so) */
        size_t e = x, words = 0, roles = 0;
        while (e < y && words < 5) {
            size_t w = e, cl;
            while ((cl = capital_at(s, e, y)) || (e < y && (s[e] == '-' || s[e] == '\'')))
                e += cl ? cl : 1;
            if (e - w < 2 || acronym_kind_word(s + w, e - w))
                return 0;
            words++;
            roles += data_word_line("en/roles.txt", s + w, e - w, 1, DATA_ANYWHERE) != NULL;
            if (e < y && s[e] == ' ' && capital_at(s, e + 1, y))
                e++;
            else
                break;
        }
        /* ("JOURNALIST (Tom Reyes, Daily Ledger). Governor, …": who asks, in brackets,
         * before the stop, as a central bank's transcript prints it) */
        if (e + 3 < y && s[e] == ' ' && s[e + 1] == '(' && words == 1) {
            size_t q = e + 2;
            while (q < y && q < e + 80 && s[q] != ')' && s[q] != '(' && s[q] != ':')
                q++;
            size_t t = q + 2;
            while (t < y && is_hspace(s[t]))
                t++;
            spk_cue lc;
            memset(&lc, 0, sizeof lc);
            if (q + 1 < y && q > e + 2 && s[q] == ')' && s[q + 1] == '.' && t < y && capital_at(s, t, y) && roles &&
                classify_label(s, x, e, &lc)) {
                *c = lc;
                if (c->outlet_end == c->outlet_start) {
                    c->outlet_start = e + 2;
                    c->outlet_end = q;
                }
                c->period = 1;
                c->text_start = t;
                return 1;
            }
        }
        /* ("SENATOR WARNER (Virginia). Thank you": a member's state or party in
         * brackets before the stop; the label is the words before them) */
        size_t bracketed = 0;
        if (words >= 2 && e + 3 < y && s[e] == ' ' && s[e + 1] == '(') {
            const char *close = memchr(s + e + 2, ')', (y - e - 2) < 40 ? y - e - 2 : 40);
            if (close && close > s + e + 2 && (size_t)(close - s) + 1 < y && close[1] == '.' &&
                !memchr(s + e + 2, ':', (size_t)(close - (s + e + 2))) &&
                txt_has_lower(s + e + 2, (size_t)(close - (s + e + 2)))) {
                bracketed = e;
                e = (size_t)(close - s) + 1;
            }
        }
        /* (the speech may open with a direction: "CHAIR HARMON. [Laughter] It's …") */
        size_t sp = e + 2 < y && (s[e + 2] == '[' || s[e + 2] == '(') ? e + 3 : e + 2;
        if (words > 4 || e + 2 >= y || s[e] != '.' || !is_hspace(s[e + 1]) || !capital_at(s, sp, y))
            return 0;
        /* not "MS. RUIZ: …" or "MAJ. GEN. COLIN BREMER: …", whose label ends at its
         * colon, and not a heading in capitals ("OPENING STATEMENT OF HON. ELLEN
         * MARROW, …"): what follows the label is speech, in lower case too */
        int inside = 0; /* "REP. HAUGEN (R-Lincoln): …": brackets before the colon */
        for (size_t q = e + 1; q < y && q < x + 80; q++) {
            if (s[q] == ':')
                return 0;
            inside += s[q] == '(' ? 1 : s[q] == ')' ? -1 : 0;
            if (islower((unsigned char)s[q]) && inside <= 0)
                break;
        }
        if (!txt_has_lower(s + e, y - e))
            return 0;
        if (is_honorific(s + x, e - x + 1) || is_honorific(s + x, e - x) ||
            (words == 1 && seg_abbreviation(s + x, e - x) == 't'))
            return 0;
        if (!period_cue(c, s, y, roles > 0, x, e))
            return 0;
        if (bracketed)
            c->label_end = bracketed;
        return 1;
    }
    size_t w = i;
    while (w < y && is_hspace(s[w]))
        w++;
    size_t e = caps_surname(s, w, y);
    /* "The PRESIDING OFFICER.", "Chairwoman McMORRIS RODGERS.": more words in capitals
     * before the stop */
    while (e - w >= 2 && e + 2 < y && s[e] == ' ' && isupper((unsigned char)s[e + 1]) &&
           (isupper((unsigned char)s[e + 2]) || caps_surname(s, e + 1, y) > e + 3)) {
        size_t f = caps_surname(s, e + 1, y);
        if (f - e - 1 < 2 || (f < y && s[f] != ' ' && s[f] != '.'))
            break;
        e = f;
    }
    /* "The SPEAKER pro tempore.", "The ACTING PRESIDENT pro tempore.": who holds the
     * chair for the day, as the Congressional Record prints it */
    /* (and who holds it, in brackets: "The SPEAKER pro tempore (Mr. Hale).") */
    if (e - w >= 3 && y - e > 13 && strncmp(s + e, " pro tempore", 12) == 0 &&
        (s[e + 12] == '.' || (s[e + 12] == ' ' && s[e + 13] == '(')))
        e += 12;
    /* "Mr. SMITH of Texas.": the member's state, where two share the surname */
    size_t state_end = e;
    if (e - w >= 2 && e + 5 < y && strncmp(s + e, " of ", 4) == 0 && isupper((unsigned char)s[e + 4]) &&
        islower((unsigned char)s[e + 5])) {
        size_t f = e + 4;
        for (int words = 0; words < 3 && f < y && isupper((unsigned char)s[f]); words++) {
            while (f < y && isalpha((unsigned char)s[f]))
                f++;
            if (f + 1 < y && s[f] == ' ' && isupper((unsigned char)s[f + 1]) && s[f + 1] != 'I')
                f++;
            else
                break;
        }
        if (f < y && s[f] == '.')
            state_end = f;
    }
    int strong = 1;
    if (e - w == 1 && e < y && islower((unsigned char)s[e])) {
        /* "The Chairman.", "Senator Okafor.": the printed record's mixed case; weak,
         * a transcript's only (where such labels come back) */
        while (e < y && (isalpha((unsigned char)s[e]) || s[e] == '-' || s[e] == '\''))
            e++;
        strong = 0;
        if (e + 2 >= y || !isupper((unsigned char)s[e + 2]))
            return 0;
    }
    /* "The PRESIDING OFFICER (Mr. Okonkwo).": who holds the chair, in brackets */
    size_t stop = e;
    if (state_end > e) {
        period_cue(c, s, y, strong, x, state_end);
        return 1;
    }
    /* (or what the member does: "Senator TALLIS [presiding].", a hearing's chair for
     * the while) */
    if (e + 3 < y && s[e] == ' ' && (s[e + 1] == '(' || s[e + 1] == '[')) {
        const char *close = memchr(s + e + 2, s[e + 1] == '(' ? ')' : ']', y - e - 2);
        if (close && (size_t)(close - s) + 1 < y && close[1] == '.' && close - (s + e) < 40)
            stop = (size_t)(close - s) + 1;
    }
    if (e - w < 3 || stop >= y || s[stop] != '.' || (stop + 1 < y && !is_hspace(s[stop + 1])) ||
        acronym_kind_word(s + w, e - w))
        return 0;
    period_cue(c, s, y, strong, x, stop);
    c->label_end = e; /* the chair, whoever holds it: one voice */
    return 1;
}

/* The European Parliament's verbatim reports: "President. – The next item is …",
 * "Agnieszka Wróbel, on behalf of the PPE Group. – Madam President, …", "Fiona
 * Gallagher (Renew), blue-card answer. – Yes.": the speaker, what they speak as, a
 * stop and a dash; the label is the name (or the role) before any comma or bracket. */
static int dash_label(const char *s, size_t x, size_t y, spk_cue *c)
{
    size_t e = x;
    /* (no dash in reach, none after a stop: most lines) */
    size_t reach = y - x < 166 ? y - x : 166;
    if (!memchr(s + x, '-', reach) && !memchr(s + x, 0xE2, reach))
        return 0;
    while (e + 3 < y && e - x < 160) {
        if (s[e] == '.' && s[e + 1] == ' ' &&
            (s[e + 2] == '-' || (e + 4 < y && (memcmp(s + e + 2, "\xE2\x80\x93", 3) == 0 ||
                                              memcmp(s + e + 2, "\xE2\x80\x94", 3) == 0))))
            break;
        if ((s[e] == '.' || s[e] == '?' || s[e] == '!') && s[e + 1] == ' ' && !(e > x && isupper((unsigned char)s[e - 1]) && (e - 1 == x || s[e - 2] == ' ')))
            return 0; /* a sentence ended first */
        e++;
    }
    if (e + 3 >= y || e - x >= 160 || s[e] != '.')
        return 0;
    size_t d = e + 2;
    d += s[d] == '-' ? 1 : 3;
    if (d >= y || s[d] != ' ')
        return 0;
    size_t ne = x;
    while (ne < e && s[ne] != ',' && s[ne] != '(')
        ne++;
    while (ne > x && is_hspace(s[ne - 1]))
        ne--;
    /* not a dateline: "WASHINGTON, D.C. – Today …" (capitals, an abbreviation's stop) */
    size_t lw = e;
    while (lw > x && s[lw - 1] != ' ')
        lw--;
    if (ne <= x || !txt_has_lower(s + x, ne - x) || memchr(s + lw, '.', e - lw))
        return 0;
    /* nor "Tacoma, Wash. — The department will …": a town and its state as US
     * datelines write them */
    if (ne < e && s[ne] == ',') {
        size_t st = ne + 1;
        while (st < e && is_hspace(s[st]))
            st++;
        const char *line;
        size_t len;
        if (st < e && data_field_lines("en/us-states.txt", s + st, e + 1 - st, 0, &line, &len, 1))
            return 0;
    }
    spk_cue l;
    memset(&l, 0, sizeof l);
    if (!classify_label(s, x, ne, &l))
        return 0;
    *c = l;
    c->strong = 1;
    c->label_start = x;
    c->label_end = ne;
    /* "Henrik Lund, President-in-Office of the Council. –": the office is part of who
     * speaks ("…, on behalf of the PPE Group" is not) */
    if (ne < e && s[ne] == ',' && l.kind == CUE_NAMED) {
        size_t r = ne + 1;
        while (r < e && is_hspace(s[r]))
            r++;
        size_t rw = r;
        while (rw < e && s[rw] != ' ' && s[rw] != '-' && s[rw] != ',')
            rw++;
        if (r < e && isupper((unsigned char)s[r]) && is_role_word(s + r, rw - r) && !memchr(s + r, ',', e - r))
            c->label_end = e;
    }
    size_t t = d;
    while (t < y && is_hspace(s[t]))
        t++;
    c->text_start = t;
    return 1;
}

/* "in Mandarin", "in French and English": the language words came in, s[a, b). */
static int in_language(const char *s, size_t a, size_t b)
{
    if (!starts_with_ci(s + a, b - a, "in ") || b - a > 40)
        return 0;
    size_t w = a + 3;
    if (w >= b || !isupper((unsigned char)s[w]))
        return 0;
    for (size_t x = w; x < b; x++)
        if (!(isalpha((unsigned char)s[x]) || s[x] == ' '))
            return 0;
    return 1;
}

/* How the words came, in brackets after a label, s[a, b): "spoke in French", "As
 * interpreted", "Through interpreter", "in Mandarin", "name withheld": not who spoke. */
static int how_said(const char *s, size_t a, size_t b)
{
    static const char *const notes[] = {"spoke in ", "speaking in ", "speaks in ", "interpretation from ", "through an interpreter",
                                        "through interpreter", "through interpretation", "as interpreted",
                                        "via interpreter", "via an interpreter", "interpreted", "translated",
                                        "name withheld", "name not given", "unidentified", "off mic",
                                        "off-mic", "inaudible", "as translated", "through translator",
                                        "through a translator", "through translation", "via translator",
                                        "via a translator", "voice-over", "voice over", "on camera", "on-camera",
                                        "off camera", "off-camera"};
    for (size_t k = 0; k < sizeof notes / sizeof *notes; k++)
        if (starts_with_ci(s + a, b - a, notes[k]))
            return 1;
    /* ("speaking Spanish", as a network's transcript puts it) */
    if (starts_with_ci(s + a, b - a, "speaking ") && b - a > 9 && b - a < 30 && isupper((unsigned char)s[a + 9])) {
        int letters = 1;
        for (size_t x = a + 9; x < b && letters; x++)
            letters = isalpha((unsigned char)s[x]) != 0;
        if (letters)
            return 1;
    }
    /* (each part of "in Spanish, translated") */
    const char *cm = memchr(s + a, ',', b - a);
    if (cm) {
        size_t c = (size_t)(cm - s), r = c + 1;
        while (r < b && is_hspace(s[r]))
            r++;
        return c > a && r < b && how_said(s, a, c) && how_said(s, r, b);
    }
    return in_language(s, a, b);
}

static _Thread_local char key_set[32][5], key_names[32][96];
static _Thread_local size_t key_n;

void spk_key_add(const char *s, size_t n, const char *name, size_t nn)
{
    if (n < 2 || n > 4 || key_n >= sizeof key_set / sizeof *key_set)
        return;
    memcpy(key_set[key_n], s, n);
    key_set[key_n][n] = '\0';
    if (nn >= sizeof key_names[0])
        nn = 0; /* too long to be a name */
    memcpy(key_names[key_n], name, nn);
    key_names[key_n][nn] = '\0';
    key_n++;
}

void spk_key_clear(void) { key_n = 0; }

/* The key's entry for initials s[0, n): its name ("" when it gives none), or NULL. */
static const char *in_key(const char *s, size_t n)
{
    for (size_t k = 0; k < key_n; k++)
        if (strlen(key_set[k]) == n && memcmp(key_set[k], s, n) == 0)
            return key_names[k];
    return NULL;
}

static int read_cue(const char *s, size_t a, size_t b, spk_cue *c);

/* "Question 1: …", "QUESTION 12: …": a numbered question, as some central banks and
 * ministries print them; the number is not read. */
static int numbered_question(const char *s, size_t x, size_t y, spk_cue *c)
{
    static const char *const words[] = {"Question", "QUESTION", "Q"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        size_t n = strlen(words[k]), t = x + n;
        if (y - x <= n + 3 || strncmp(s + x, words[k], n) != 0 || s[t] != ' ' ||
            !isdigit((unsigned char)s[t + 1]))
            continue;
        t++;
        while (t < y && isdigit((unsigned char)s[t]))
            t++;
        if (t - x - n > 4 || t >= y || s[t] != ':')
            continue;
        memset(c, 0, sizeof *c);
        c->kind = CUE_QUESTION;
        c->strong = 1;
        c->label_start = x;
        c->label_end = x + n;
        for (c->text_start = t + 1; c->text_start < y && is_hspace(s[c->text_start]);)
            c->text_start++;
        return c->text_start < y;
    }
    return 0;
}

static int read_cue_with(const char *s, size_t a, size_t b, spk_cue *c, int figures);

/* "Q - Raj Bhatnagar" / "A - Helen Stroud" alone on a line: who asks or answers,
 * named, the turn on the lines under it (earnings calls as transcript services print
 * them): a named cue with no text after it. */
int spk_qa_name_cue(const char *s, size_t x, size_t y, spk_cue *c)
{
    txt_trim(s, &x, &y);
    if (!((s[x] == 'Q' || s[x] == 'A') && x + 3 < y && s[x + 1] == ' ' &&
          (s[x + 2] == '-' || ((unsigned char)s[x + 2] == 0xE2 && x + 5 < y))))
        return 0;
    size_t t = x + 2 + (s[x + 2] == '-' ? 1 : 3);
    while (t < y && is_hspace(s[t]))
        t++;
    size_t words = 0;
    int name = t < y;
    for (size_t i = t; name && i < y;) {
        size_t w = i;
        while (i < y && !is_hspace(s[i]))
            i++;
        words++;
        /* (capitalised words, no sentence's marks: "Q - Was a ransom paid?" is a question) */
        name = (isupper((unsigned char)s[w]) || (unsigned char)s[w] >= 0x80) && !memchr(s + w, ',', i - w) &&
               !memchr(s + w, '?', i - w) && !memchr(s + w, ':', i - w) && !memchr(s + w, '!', i - w) &&
               !(s[i - 1] == '.' && i - w > 2);
        while (i < y && is_hspace(s[i]))
            i++;
    }
    if (!name || words < 2 || words > 4)
        return 0;
    memset(c, 0, sizeof *c);
    c->kind = CUE_NAMED;
    c->strong = 1;
    c->marked = 1;
    c->timed = 1;
    c->label_start = t;
    c->label_end = y;
    c->text_start = y;
    return 1;
}

/* A one-letter label at s[x] ("Q", "A"): the cue of its kind, its text from t. */
static int letter_cue(spk_cue *c, spk_cue_kind kind, int strong, size_t x, size_t t)
{
    c->kind = kind;
    c->strong = strong;
    c->label_start = x;
    c->label_end = x + 1;
    c->text_start = t;
    return 1;
}

/* "A  The field office in Marlow.", "A<TAB>Eleven years.": a trial transcript's answer,
 * its letter with no stop (as "Q" asks); weak. With one space ("A Eleven years.") it
 * is read only under a question (`after_q`): elsewhere "A Government spokesperson
 * said" is an article. */
int spk_answer_letter(const char *s, size_t a, size_t b, int after_q, spk_cue *c)
{
    size_t x = a, y = b;
    txt_trim(s, &x, &y);
    if (y - x < 3 || s[x] != 'A' || !is_hspace(s[x + 1]))
        return 0;
    size_t t = x + 1;
    while (t < y && is_hspace(s[t]))
        t++;
    int spaced = s[x + 1] == '\t' || t - x >= 3;
    if (t >= y || islower((unsigned char)s[t]) || !(spaced || after_q))
        return 0;
    memset(c, 0, sizeof *c);
    return letter_cue(c, CUE_ANSWER, 0, x, t);
}

int spk_read_cue(const char *s, size_t a, size_t b, spk_cue *c) { return read_cue_with(s, a, b, c, 0); }

int spk_read_figure_cue(const char *s, size_t a, size_t b, spk_cue *c, int *titled)
{
    spk_cue plain;
    if (read_cue_with(s, a, b, &plain, 0) || !read_cue_with(s, a, b, c, 1))
        return 0;
    /* "MS. REID", "Dr Ansah": a person addressed by a title, no field */
    size_t w = c->label_start;
    while (w < c->label_end && s[w] != ' ')
        w++;
    *titled = w < c->label_end &&
              (is_honorific(s + c->label_start, w - c->label_start) || courtesy_title(s + c->label_start, w - c->label_start) ||
               role_short(s + c->label_start, w - c->label_start));
    return 1;
}

/* `figures`: also a named label over a figure ("Revenue: 12%"), which is read as no
 * cue otherwise */

/* A label at s[a, b) that names a programme or an outlet, not a person: no role's
 * word, and a media word ("SKY NEWS", "Radio Highveld Business Hour"), a small
 * word ("FACE THE NATION"), a figure, or an outlet's name (data/en/outlets.txt). */
static int programme_label(const char *s, size_t a, size_t b)
{
    static const char *const small[] = {"the", "of", "and", "on", "in", "with", "at", "for"};
    if (b <= a || spk_role_word_in(s, a, b, 1))
        return 0;
    /* (or one word, no role's: "Insiders:", "Newsnight:") */
    if (is_outlet(s, a, b) || !memchr(s + a, ' ', b - a))
        return 1;
    for (size_t i = a, w; next_word(s, &i, b, &w);) {
        char low[8];
        size_t n = i - w;
        for (size_t k = 0; k < n && k < sizeof low; k++)
            low[k] = (char)tolower((unsigned char)s[w + k]);
        if (is_media_word(s + w, n) || strcspn(s + w, "0123456789") < n ||
            (n < sizeof low && word_in(small, sizeof small / sizeof *small, low, n)))
            return 1;
    }
    return 0;
}

static int read_cue_with(const char *s, size_t a, size_t b, spk_cue *c, int figures)
{
    size_t x = a, y = b;
    txt_trim(s, &x, &y);
    if (x < y && numbered_question(s, x, y, c))
        return 1;
    /* "(Reporter) Nikkei, Yamada: What is …", "(Reporter) What is …": Japan's foreign
     * ministry marks a journalist's turn so, the outlet and name (if any) before a colon */
    static const char *const asks[] = {"(Reporter)", "(Journalist)", "(Press)"};
    for (size_t k = 0; k < sizeof asks / sizeof *asks; k++) {
        size_t l = strlen(asks[k]);
        if (y - x > l + 2 && memcmp(s + x, asks[k], l) == 0 && is_hspace(s[x + l])) {
            size_t t = x + l;
            while (t < y && is_hspace(s[t]))
                t++;
            memset(c, 0, sizeof *c);
            c->kind = CUE_QUESTION;
            c->strong = 1;
            c->label_start = x + 1;
            c->label_end = x + l - 1;
            const char *colon = memchr(s + t, ':', y - t);
            if (colon && txt_words(s, t, (size_t)(colon - s)) <= 5 && isupper((unsigned char)s[t]) &&
                !memchr(s + t, '?', (size_t)(colon - s) - t)) {
                c->outlet_start = t;
                c->outlet_end = (size_t)(colon - s);
                t = (size_t)(colon - s) + 1;
                while (t < y && is_hspace(s[t]))
                    t++;
            }
            c->text_start = t;
            return 1;
        }
    }
    /* "The Hon. PARKES (Minister for Health):", "The Hon. D.R. PARKES:": a member
     * named after "The Hon.", as "Hon. D.R. PARKES:" is read ("The Hon. the
     * Treasurer:" is an office's label as it stands) */
    static const char *const hons[] = {"The Hon. ", "The Hon ", "The Honourable ", "The Honorable "};
    for (size_t k = 0; k < sizeof hons / sizeof *hons; k++) {
        size_t l = strlen(hons[k]);
        /* (with the office in brackets, as the record prints it: "The Hon. JOHN SMITH: A
         * Life of Service, a book …" is a title's colon in prose) */
        const char *colon = memchr(s + x, ':', y - x);
        if (y - x > l + 2 && memcmp(s + x, hons[k], l) == 0 && isupper((unsigned char)s[x + l]) && colon &&
            memchr(s + x, '(', (size_t)(colon - (s + x))) && !starts_with_ci(s + x + l, y - x - l, "Member ") &&
            read_cue_with(s, x + 4, b, c, figures))
            return 1;
    }
    if (!read_cue(s, a, b, c))
        return 0;
    /* "Pinecrest Homes, Inc. (NYSE: PCH) today broke ground …": a colon inside an open
     * bracket (an exchange and its ticker) ends no label */
    /* (a time code in brackets before the label's colon, "Speaker 3 (03:05):", is the
     * label's) */
    {
        int depth = 0, inside = 0, outside = 0;
        for (size_t q = x; q < y && !outside; q++) {
            depth += s[q] == '(' ? 1 : s[q] == ')' ? -1 : 0;
            if (s[q] == ':')
                inside |= depth > 0, outside |= depth <= 0;
        }
        if (inside && !outside)
            return 0;
    }
    /* "Best PM: Starmer 24%, Farage 22%, Not sure 43%.": a poll's results, each item a
     * share, after what was asked; no turn */
    {
        size_t items = 0, shares = 0;
        for (size_t q = c->text_start; q < y;) {
            size_t e = q;
            while (e < y && s[e] != ',' && s[e] != ';')
                e++;
            size_t z = e;
            while (z > q && (s[z - 1] == ' ' || s[z - 1] == '.'))
                z--;
            items++;
            /* ("Starmer 24%", "Starmer (24%)", "Starmer 24 per cent", "Starmer 24pc"; an
             * option's name in capitals, not "JIM CHALMERS: Headline 2.4 per cent,
             * underlying 2.7 per cent", who answers with figures) */
            size_t f0 = q;
            while (f0 < z && s[f0] == ' ')
                f0++;
            int named = f0 < z && capital_at(s, f0, z);
            if (z > q + 1 && s[z - 1] == ')')
                z--;
            if (z > q + 9 && (strncmp(s + z - 9, " per cent", 9) == 0 || strncmp(s + z - 8, " percent", 8) == 0))
                z -= strncmp(s + z - 9, " per cent", 9) == 0 ? 9 : 8, shares += named && isdigit((unsigned char)s[z - 1]);
            else if (z > q + 3 && s[z - 2] == 'p' && s[z - 1] == 'c')
                shares += named && isdigit((unsigned char)s[z - 3]) && memchr(s + q, ' ', z - q);
            else
                shares += named && z > q + 1 && s[z - 1] == '%' && isdigit((unsigned char)s[z - 2]) &&
                          memchr(s + q, ' ', z - q);
            q = e < y ? e + 1 : y;
        }
        if (items >= 2 && shares == items)
            return 0;
    }
    /* "Radio Highveld Business Hour: Interview with Thandeka Mokoena, CEO of …": a
     * programme's name over whom it talks to, a title (no sentence's end); no turn */
    {
        static const char *const talks[] = {"Interview with ", "An interview with ", "In conversation with ",
                                            "A conversation with ", "Conversation with ", "Q&A with "};
        size_t t = c->text_start;
        /* (only a programme's or an outlet's name: "HOST: Interview with Treasurer Jim
         * Chalmers", "PRESENTER SARAH FERGUSON: Interview with …", "SARAH FERGUSON:
         * Interview with …" are a person's turn) */
        int end = (y > x && strchr(".?!\"", s[y - 1]) != NULL) || !programme_label(s, c->label_start, c->label_end);
        for (size_t k = 0; k < sizeof talks / sizeof *talks && !end && t < y; k++)
            if (y - t > strlen(talks[k]) && u8_ncasecmp(s + t, talks[k], strlen(talks[k])) == 0 &&
                isupper((unsigned char)s[t + strlen(talks[k])])) {
                /* (not a sentence that goes on past the name: "SPEERS: Interview with
                 * Treasurer Jim Chalmers continues after the break" is his turn) */
                static const char *const joins[] = {"of", "the", "and", "for", "on", "at", "in", "to", "de", "van", "von"};
                int verb = 0;
                for (size_t q = t + strlen(talks[k]); q < y && !verb;) {
                    size_t we = q;
                    while (we < y && s[we] != ' ')
                        we++;
                    if (islower((unsigned char)s[q])) {
                        verb = 1;
                        for (size_t j = 0; j < sizeof joins / sizeof *joins && verb; j++)
                            verb = !(we - q == strlen(joins[j]) && strncmp(s + q, joins[j], we - q) == 0);
                    }
                    q = we + 1;
                }
                if (!verb)
                    return 0;
            }
    }
    /* "T+2:35: Main engine cut-off", "L+2: Solar arrays deployed", "T-0:": a mission's
     * clock before or after launch, a time, no one's label */
    {
        size_t l = c->label_start, e = c->label_end;
        size_t sign = l + 1 < e && (s[l] == 'T' || s[l] == 'L') ? (s[l + 1] == '+' || s[l + 1] == '-' ? 1
                                                                   : l + 3 < e && memcmp(s + l + 1, "\xE2\x88\x92", 3) == 0 ? 3
                                                                                                                           : 0)
                                                                 : 0;
        if (sign && l + 1 + sign < e && isdigit((unsigned char)s[l + 1 + sign]))
            return 0;
        /* "AP: Good morning." under "Anna Petrova (AP) - Media Relations": initials the
         * statement's own list of speakers defines are that person's, not a news
         * agency's or a role's letters */
        int caps = e - l >= 2 && e - l <= 4;
        for (size_t q = l; q < e && caps; q++)
            caps = isupper((unsigned char)s[q]);
        if (caps && !c->initials && in_key(s + l, e - l) && in_key(s + l, e - l)[0]) {
            size_t t = c->text_start;
            memset(c, 0, sizeof *c);
            c->kind = CUE_NAMED;
            c->strong = 1;
            c->initials = 1;
            c->label_start = l;
            c->label_end = e;
            c->text_start = t;
        }
    }
    /* "Q - Luis Ortega {BIO 19003412 <GO>}" alone on its line: the person's label (the
     * letter says only that they ask) */
    if ((c->kind == CUE_QUESTION || c->kind == CUE_ANSWER) && y - x > 10 && memcmp(s + y - 5, "<GO>}", 5) == 0) {
        spk_cue lc;
        if (spk_line_cue(s, a, b, &lc) && lc.kind == CUE_NAMED) {
            *c = lc;
            return 1;
        }
    }
    /* "Question: [Nadia Lamarre, Agence Globe] Has the …": who asks, in brackets after
     * the label, as the UN's briefings write it (the name and outlet, not a direction) */
    if (c->kind == CUE_QUESTION && c->outlet_end == c->outlet_start && c->text_start < y &&
        (s[c->text_start] == '[' || s[c->text_start] == '(')) {
        size_t t = c->text_start;
        const char *close = memchr(s + t + 1, s[t] == '[' ? ']' : ')', y - t - 1);
        size_t e = close ? (size_t)(close - s) : y;
        if (close && e > t + 1 && isupper((unsigned char)s[t + 1]) && txt_words(s, t + 1, e) <= 8 &&
            (s[t] == '[' || memchr(s + t + 1, ',', e - t - 1)) && !how_said(s, t + 1, e) &&
            !spk_is_stage(s, t, e + 1, 0)) {
            c->outlet_start = t + 1;
            c->outlet_end = e;
            for (c->text_start = e + 1; c->text_start < y && is_hspace(s[c->text_start]);)
                c->text_start++;
        }
    }
    /* "Q: Reuters: When will …", "Q: (Al Jazeera) And …": the outlet that asks, named
     * after the questioner's label (a news outlet's name, data/en/outlets.txt or its
     * words) */
    if (c->kind == CUE_QUESTION && c->outlet_end == c->outlet_start && c->text_start < y) {
        size_t t = c->text_start, e = t, after = 0;
        if (s[t] == '(' || s[t] == '[') {
            const char *close = memchr(s + t + 1, s[t] == '(' ? ')' : ']', y - t - 1);
            if (close) {
                e = (size_t)(close - s);
                after = e + 1;
                t++;
            }
        } else {
            const char *colon = memchr(s + t, ':', y - t);
            if (colon && (size_t)(colon - s) + 1 < y && is_hspace(colon[1])) {
                e = (size_t)(colon - s);
                after = e + 1;
            }
        }
        if (after && e > t && txt_words(s, t, e) <= 4 && isupper((unsigned char)s[t]) && is_outlet(s, t, e)) {
            while (after < y && is_hspace(s[after]))
                after++;
            if (after < y) {
                c->outlet_start = t;
                c->outlet_end = e;
                c->text_start = after;
            }
        }
    }
    /* "For the Defendant: PETER NWOSU, ESQ.": a record's appearances, whom counsel
     * act for; no turn */
    if (c->label_end - c->label_start > 8 && u8_ncasecmp(s + c->label_start, "For the ", 8) == 0)
        return 0;
    /* "Dear Senator Halvorsen: On behalf of …": a letter's salutation, the American
     * way, not a turn */
    if (c->label_end - c->label_start > 5 && u8_ncasecmp(s + c->label_start, "Dear ", 5) == 0)
        return 0;
    /* "Rawalpindi, March 12:" (a dateline, a place and its date), "… Dated: March 12,
     * 2026" (a field and its date): no one's turn */
    if (c->kind == CUE_NAMED && !c->initials) {
        dt_date dd;
        const char *cm = memchr(s + c->label_start, ',', c->label_end - c->label_start);
        if (cm) {
            size_t dx = (size_t)(cm - s) + 1;
            while (dx < c->label_end && s[dx] == ' ')
                dx++;
            size_t k = dx < c->label_end ? dt_date_at(s + dx, c->label_end - dx, DT_DAY_FIRST, &dd) : 0;
            if (k && dx + k >= c->label_end)
                return 0;
        }
        if (c->text_start < y) {
            size_t k = dt_date_at(s + c->text_start, y - c->text_start, DT_DAY_FIRST, &dd);
            size_t e = c->text_start + k;
            while (k && e < y && (s[e] == ' ' || s[e] == '.'))
                e++;
            if (k && e >= y)
                return 0;
        }
    }
    /* "GAAP EPS: $1.07; Non-GAAP EPS: $1.46", "Revenue: 12%": a figure and its value,
     * not a turn (a named label only: "Q: 5%?" asks) */
    if (c->kind == CUE_NAMED && !c->initials && c->text_start < y && !figures) {
        const unsigned char *t = (const unsigned char *)s + c->text_start;
        int money = *t == '$' || (t[0] == 0xE2 && t[1] == 0x82 && t[2] == 0xAC) || (t[0] == 0xC2 && t[1] == 0xA3) ||
                    ((*t == '-' || *t == '+') && c->text_start + 1 < y && (isdigit(t[1]) || t[1] == '$'));
        int figure = isdigit(*t) && txt_words(s, c->text_start, y) <= 4;
        if (money || figure)
            return 0;
    }
    /* "Question (retranslated): Reuters. …": a note on how the question was put, not
     * who asked it (data/en/turn-notes.txt) */
    /* ("QUESTIONER (via Webex):", "(via Zoom)": the channel it came by, whatever its
     * name) */
    if (c->outlet_end > c->outlet_start &&
        (data_has_line("en/turn-notes.txt", s + c->outlet_start, c->outlet_end - c->outlet_start) ||
         (c->outlet_end - c->outlet_start > 4 && u8_ncasecmp(s + c->outlet_start, "via ", 4) == 0)))
        c->outlet_end = c->outlet_start;
    return 1;
}

/* Where the label starts after a question's number at s[x] ("Q12 ", "Q2. [905413] "
 * before a capital), or x when there is none. */
static size_t after_question_number(const char *s, size_t x, size_t y)
{
    /* (a space after the Q as text from a PDF has it, "Q 104 Chair:") */
    size_t d = x + 1 < y && s[x + 1] == ' ' ? x + 2 : x + 1;
    if (d >= y || s[x] != 'Q' || !isdigit((unsigned char)s[d]))
        return x;
    size_t q = d;
    while (q < y && isdigit((unsigned char)s[q]))
        q++;
    /* "Q102-103 Chair:", "Q103–104", "Q103-Q104", "Q103 and 104": a turn over several
     * numbers */
    size_t u = q;
    if (u < y && s[u] == '-')
        u++;
    else if (u + 3 <= y && memcmp(s + u, "\xE2\x80\x93", 3) == 0)
        u += 3;
    else if (u + 5 <= y && memcmp(s + u, " and ", 5) == 0)
        u += 5;
    if (u > q && u < y && s[u] == 'Q')
        u++;
    if (u > q && u < y && isdigit((unsigned char)s[u])) {
        while (u < y && isdigit((unsigned char)s[u]))
            u++;
        q = u;
    }
    if (q < y && s[q] == '.')
        q++;
    if (q + 1 < y && s[q] == ' ' && s[q + 1] == '[') {
        size_t r = q + 2;
        while (r < y && isdigit((unsigned char)s[r]))
            r++;
        if (r < y && s[r] == ']' && r > q + 2)
            q = r + 1;
    }
    return q + 1 < y && s[q] == ' ' && isupper((unsigned char)s[q + 1]) ? q + 1 : x;
}

/* Whether the capitals w[0, n) hold a vowel (A, E, I, O, U). */
static int has_vowel_caps(const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strchr("AEIOU", w[k]))
            return 1;
    return 0;
}

static int read_cue(const char *s, size_t a, size_t b, spk_cue *c)
{
    memset(c, 0, sizeof *c);
    size_t x = a, y = b;
    txt_trim(s, &x, &y);
    if (x >= y)
        return 0;
    /* "Q12 Chair: …", "Q2. [905413] Tom Gurney (Wells) (LD):": a question's number */
    if (x + 2 < y)
        x = after_question_number(s, x, y);
    /* "1. Fiona Drummond (Lothian) (Con): To ask …": a parliament's numbered question,
     * the member's seat and party in brackets before the colon */
    if (isdigit((unsigned char)s[x])) {
        size_t q = x;
        while (q < y && isdigit((unsigned char)s[q]))
            q++;
        if (q - x <= 3 && q + 2 < y && s[q] == '.' && s[q + 1] == ' ' && isupper((unsigned char)s[q + 2])) {
            const char *colon = memchr(s + q, ':', y - q);
            size_t cl = colon ? (size_t)(colon - s) : y;
            if (colon && cl - q < 120 && s[cl - 1] == ')' && memchr(s + q, '(', cl - q))
                x = q + 2;
        }
    }
    /* "[Interpreter]: Gusting to ninety.": a label in square brackets, then the colon */
    if (s[x] == '[') {
        const char *close = memchr(s + x + 1, ']', y - x - 1 < 60 ? y - x - 1 : 60);
        size_t ce = close ? (size_t)(close - s) : y, t = ce + 2;
        if (close && ce > x + 1 && ce + 1 < y && s[ce + 1] == ':' && !memchr(s + x + 1, '[', ce - x - 1)) {
            while (t < y && is_hspace(s[t]))
                t++;
            spk_cue lc;
            memset(&lc, 0, sizeof lc);
            if (t < y && txt_words(s, x + 1, ce) <= 4 && classify_label(s, x + 1, ce, &lc) &&
                (lc.strong || lc.kind != CUE_NAMED)) {
                *c = lc;
                if (!c->label_end) {
                    c->label_start = x + 1;
                    c->label_end = ce;
                }
                c->text_start = t;
                return 1;
            }
        }
    }
    /* "P.- Buenas tardes.", "Presidente.- Gracias.": a label and ".-", as Spanish
     * records print turns */
    if (data_lang() != 0) {
        size_t d = x;
        while (d + 2 < y && d - x < 120 && !(s[d] == '.' && s[d + 1] == '-'))
            d++;
        if (d + 2 < y && d > x && s[d] == '.' && s[d + 1] == '-' && s[d + 2] != '-') {
            spk_cue lc;
            memset(&lc, 0, sizeof lc);
            size_t le = d + (d == x + 1); /* "P." keeps its stop: a fixed label */
            /* "Secretario de Estado de Comunicación.-": a long office, its word first */
            size_t hw = 0;
            while (x + hw < d && s[x + hw] != ' ')
                hw++;
            int office = txt_words(s, x, d) <= 14 && isupper((unsigned char)s[x]) && is_role_word(s + x, hw) &&
                         x + hw < d && data_has_line("en/of-words.txt", s + x + hw + 1, strcspn(s + x + hw + 1, " "));
            if (office) {
                memset(&lc, 0, sizeof lc);
                lc.kind = CUE_NAMED;
                lc.strong = 1;
                lc.label_start = x;
                lc.label_end = d;
            }
            if (office || (txt_words(s, x, d) <= 4 && classify_label(s, x, le, &lc) && (lc.strong || lc.kind != CUE_NAMED))) {
                *c = lc;
                if (!c->label_end) {
                    c->label_start = x;
                    c->label_end = le;
                }
                size_t t = d + 2;
                while (t < y && is_hspace(s[t]))
                    t++;
                c->text_start = t;
                return 1;
            }
        }
    }
    if (spk_qa_name_cue(s, x, y, c))
        return 1;
    /* "A - Victor Asante: No single customer …" (earnings calls): who answers, named
     * before the colon, the name the label */
    if (s[x] == 'A' && x + 4 < y && s[x + 1] == ' ' &&
        (s[x + 2] == '-' || ((unsigned char)s[x + 2] == 0xE2 && x + 5 < y && s[x + 3] == '\x80'))) {
        size_t t = x + 2 + (s[x + 2] == '-' ? 1 : 3), colon = 0, words = 0;
        while (t < y && is_hspace(s[t]))
            t++;
        int name = t < y;
        for (size_t i = t; name && i < y && i < t + 60;) {
            size_t w = i;
            while (i < y && !is_hspace(s[i]) && s[i] != ':')
                i++;
            words++;
            name = i > w && (isupper((unsigned char)s[w]) || (unsigned char)s[w] >= 0x80) && !memchr(s + w, ',', i - w) &&
                   !memchr(s + w, '?', i - w);
            if (i < y && s[i] == ':') {
                colon = i;
                break;
            }
            while (i < y && is_hspace(s[i]))
                i++;
        }
        if (name && colon && words >= 2 && words <= 4) {
            memset(c, 0, sizeof *c);
            return named_cue(c, s, y, 1, t, colon);
        }
    }
    /* "A - France does not pay ransoms.": the answer after a dash; French « R - »
     * (data/fr/labels.txt: R is an answer), also "R. -" */
    size_t al = x + 1 < y && s[x + 1] == '.' ? 2 : 1;
    int answer_letter = s[x] == 'A' || (data_lang() != 0 && fixed_label(s, x, x + 1) >= 0 &&
                                        fixed_labels[fixed_label(s, x, x + 1)].kind == CUE_ANSWER);
    if (answer_letter && x + al + 2 < y && s[x + al] == ' ' && (s[x + al + 1] == '-' || (unsigned char)s[x + al + 1] == 0xE2)) {
        size_t t = x + al + 1 + (s[x + al + 1] == '-' ? 1 : 3);
        while (t < y && is_hspace(s[t]))
            t++;
        if (t < y && !islower((unsigned char)s[t])) {
            return letter_cue(c, CUE_ANSWER, 0, x, t);
        }
    }
    /* A bare Q at the start of a paragraph, no colon (briefing transcripts), or "Q." */
    size_t ql = x + 1 < y && s[x + 1] == '.' ? 2 : 1;
    /* ("Q" alone on its line, the question under it, as a copied page breaks it; weak:
     * a transcript's only) */
    if (s[x] == 'Q' && x + ql == y) {
        return letter_cue(c, CUE_QUESTION, 0, x, y);
    }
    if (s[x] == 'Q' && x + ql < y && is_hspace(s[x + ql])) {
        size_t t = x + ql;
        while (t < y && is_hspace(s[t]))
            t++;
        /* "Q - Was a ransom paid?" */
        int dashed = 0;
        if (t < y && (s[t] == '-' || ((unsigned char)s[t] == 0xE2 && t + 3 < y))) {
            t += s[t] == '-' ? 1 : 3;
            while (t < y && is_hspace(s[t]))
                t++;
            dashed = 1;
        }
        /* "Q from ITV: …", "Q from the ABC:" (No 10's and Canberra's transcripts) */
        if (!dashed && t + 5 < y && strncmp(s + t, "from ", 5) == 0) {
            t += 5;
            if (t + 4 < y && strncmp(s + t, "the ", 4) == 0)
                t += 4;
            dashed = 1;
        }
        /* "Q – ITV Central: Was he known to police?": the outlet after the dash, a few
         * capitalised words and a colon, then the question (or the label alone on its
         * line, the question under it) */
        if (dashed && t < y && isupper((unsigned char)s[t])) {
            size_t e = t, words = 0;
            int caps = 1;
            while (e < y && s[e] != ':' && words <= 4 && caps) {
                size_t w = e;
                while (e < y && !is_hspace(s[e]) && s[e] != ':')
                    e++;
                caps = e > w && (isupper((unsigned char)s[w]) || isdigit((unsigned char)s[w]) || s[w] == '&');
                words++;
                while (e < y && is_hspace(s[e]))
                    e++;
            }
            if (caps && words >= 1 && words <= 4 && e < y && s[e] == ':' && (e + 1 == y || is_hspace(s[e + 1]))) {
                c->kind = CUE_QUESTION;
                c->strong = 1;
                c->label_start = x;
                c->label_end = x + 1;
                c->outlet_start = t;
                c->outlet_end = e;
                while (c->outlet_end > t && is_hspace(s[c->outlet_end - 1]))
                    c->outlet_end--;
                for (c->text_start = e + 1; c->text_start < y && is_hspace(s[c->text_start]);)
                    c->text_start++;
                return 1;
            }
        }
        /* "Q (Bloomberg): One more …": the outlet in brackets, then the colon */
        if (t < y && (s[t] == '(' || s[t] == '[')) {
            const char *close = memchr(s + t + 1, s[t] == '(' ? ')' : ']', y - t - 1);
            size_t after = close ? (size_t)(close - s) + 1 : y;
            while (after < y && is_hspace(s[after]))
                after++;
            if (close && (size_t)(close - s) > t + 1 && after < y && s[after] == ':') {
                c->kind = CUE_QUESTION;
                c->strong = 1;
                c->label_start = x;
                c->label_end = x + 1;
                /* ("Q (As interpreted):", "Q (name withheld):": how, not who) */
                if (!how_said(s, t + 1, (size_t)(close - s))) {
                    c->outlet_start = t + 1;
                    c->outlet_end = (size_t)(close - s);
                }
                for (c->text_start = after + 1; c->text_start < y && is_hspace(s[c->text_start]);)
                    c->text_start++;
                return 1;
            }
        }
        if (t < y && s[t] != ':') {
            return letter_cue(c, CUE_QUESTION, 1, x, t);
        }
    }
    /* "A. Slowly, but …": the answer, as magazines print interviews; weak (a
     * transcript's), since an initial may open a sentence */
    if (s[x] == 'A' && x + 2 < y && s[x + 1] == '.' && is_hspace(s[x + 2])) {
        size_t t = x + 2;
        while (t < y && is_hspace(s[t]))
            t++;
        /* not "A. Ruiz: …", an initial and a surname before a colon */
        size_t we = t;
        while (we < y && !is_hspace(s[we]) && s[we] != ':')
            we++;
        if (t < y && !islower((unsigned char)s[t]) && !(we < y && s[we] == ':')) {
            return letter_cue(c, CUE_ANSWER, 0, x, t);
        }
    }
    if (dash_label(s, x, y, c))
        return 1;
    if (period_label(s, x, y, c))
        return 1;
    /* Initials and a tab, as some organisations mark turns ("LB<TAB>Hello and
     * welcome…"); who they are, the names in the text tell (spk_complete_names) */
    size_t il = 0;
    while (x + il < y && il < 5 && isupper((unsigned char)s[x + il]))
        il++;
    /* initials a speaker key defines, with one space ("LV Hello and welcome…", as WHO
     * publishes its transcripts): strong */
    int keyed = il >= 2 && il <= 4 && x + il < y && s[x + il] == ' ' && in_key(s + x, il) != NULL;
    /* (or alone on their line, the words on the next: "CL" / "Hello and welcome.") */
    /* (and, where a key marks turns so, initials it leaves out, a journalist's: "JK"
     * alone over a question after "CL" and "MVK" from the key; with no vowel, so no
     * heading in capitals, "FAQ") */
    int alone = il >= 2 && il <= 4 && x + il == y && (in_key(s + x, il) != NULL || (key_n >= 2 && il <= 3 && !has_vowel_caps(s + x, il)));
    /* the same with two spaces or more ("FM  Hello and welcome…"); weak, counted only
     * where the initials recur */
    int spaced = !keyed && il >= 2 && il <= 3 && x + il + 1 < y && s[x + il] == ' ' && s[x + il + 1] == ' ';
    if (alone || (il >= 2 && (il <= 3 || keyed) && x + il < y && (s[x + il] == '\t' || spaced || keyed))) {
        size_t t = x + il;
        while (t < y && is_hspace(s[t]))
            t++;
        if (alone || (t < y && !islower((unsigned char)s[t]))) {
            c->kind = CUE_NAMED;
            c->strong = !spaced;
            c->initials = 1;
            c->label_start = x;
            c->label_end = x + il;
            c->text_start = t;
            return 1;
        }
    }
    /* "**Tom Hale:** …", "**Tom Hale**: …": Markdown's bold around the label */
    int bold = 0;
    if (x + 2 < y && s[x] == '*' && s[x + 1] == '*') {
        x += 2;
        bold = 1;
    }
    /* Label: up to a colon followed by white space or the end of the line (a colon
     * inside a time code, "(00:22)", is not its end). */
    /* (none within the longest label's reach, 220 bytes: most of a body's lines) */
    if (!memchr(s + x, ':', y - x < 221 ? y - x : 221))
        return 0;
    size_t colon = x, limit = 100;
    /* "Ms. Ana Ruiz (Assistant Deputy Minister, Ecosystems and Oceans Science,
     * Department of Fisheries and Oceans):": a role in brackets runs longer */
    for (size_t k = x; k < y && k - x < 60; k++)
        if (s[k] == '(') {
            limit = 220;
            break;
        }
    /* (and an office whose name runs long before the person in brackets: "The
     * Parliamentary Under-Secretary of State, Department for Environment, Food and
     * Rural Affairs (Baroness Hayman of Ullock):") */
    for (size_t k = x + 1; limit == 100 && k + 1 < y && k - x < 220; k++)
        if (s[k] == ':' && is_hspace(s[k + 1])) {
            if (s[k - 1] == ')')
                limit = 220;
            break;
        }
    while (colon < y && colon - x <= limit &&
           !(s[colon] == ':' && (colon + 1 == y || is_hspace(s[colon + 1]) ||
                                 (bold && colon + 2 < y + 1 && s[colon + 1] == '*'))))
        colon++;
    if (colon >= y || colon - x > limit || (colon - x > 100 && s[colon - 1] != ')'))
        return 0;
    size_t le = colon;
    while (le > x && (is_hspace(s[le - 1]) || (bold && s[le - 1] == '*')))
        le--;
    /* "Kunal, on the students: we are…": a comma before lower-case words is a
     * sentence addressing someone, not a name and role */
    int depth = 0; /* "CALLER (Mary, from Leeds):": inside brackets it says who */
    for (size_t k = x; k + 2 < le; k++)
        if (s[k] == '(' || s[k] == ')')
            depth += s[k] == '(' ? 1 : -1;
        else if (depth <= 0 && s[k] == ',' && is_hspace(s[k + 1]) && islower((unsigned char)s[k + 2])) {
            size_t w = k + 2, e = w;
            while (e < le && !is_hspace(s[e]) && s[e] != ',')
                e++;
            /* "Tom Hale, correspondent:" is a cue */
            static const char *const lower_roles[] = {"reporter", "correspondent", "journalist",
                                                      "host", "presenter", "moderator", "anchor",
                                                      "editor", "interviewer", "guest", "spokesperson"};
            int role = is_role_word(s + w, e - w);
            for (size_t q = 0; q < sizeof lower_roles / sizeof *lower_roles; q++)
                role |= strlen(lower_roles[q]) == e - w && strncmp(s + w, lower_roles[q], e - w) == 0;
            if (!role)
                return 0;
        } else if (depth <= 0 && s[k] == ',' && is_hspace(s[k + 1]) && s[k + 2] == 'I' && is_hspace(s[k + 3])) {
            /* "Today, I want to give three updates: on …": someone's own sentence */
            return 0;
        }
    /* "Ms. Adeyemi (Lunaria) (spoke in French):": how the words came is not a name */
    if (le > x && s[le - 1] == ')') {
        size_t o = le - 1;
        while (o > x && s[o] != '(')
            o--;
        if (s[o] == '(' && how_said(s, o + 1, le - 1)) {
            le = o;
            while (le > x && is_hspace(s[le - 1]))
                le--;
        }
    }
    /* A time code: "Ana Ruiz (00:22):" */
    size_t ls = x;
    int timed = 0;
    if (le > ls && s[le - 1] == ')') {
        size_t o = le - 1;
        while (o > ls && s[o] != '(')
            o--;
        if (s[o] == '(' && is_time_code(s, o, le)) {
            le = o;
            while (le > ls && is_hspace(s[le - 1]))
                le--;
            timed = 1;
        } else if (s[o] == '(' && sitting_time(s, o + 1, le - 1)) {
            /* "Mr PARKES (Minister for Health) (2.04 pm):": the hour the member rose,
             * as a state Hansard prints it, no part of the label */
            le = o;
            while (le > ls && is_hspace(s[le - 1]))
                le--;
        }
    }
    /* "Mr Gareth Pryce (Monmouth West) (Con):": a member's seat and party, as
     * parliaments write them; the party goes, the seat is read as the outlet would be */
    if (le > ls && s[le - 1] == ')') {
        size_t o = le - 1;
        while (o > ls && s[o] != '(')
            o--;
        size_t before = o;
        while (before > ls && is_hspace(s[before - 1]))
            before--;
        if (s[o] == '(' && before > ls && s[before - 1] == ')' && le - o <= 8) {
            le = before;
        }
    }
    /* A reporter's name and outlet joined by a slash: "JOSEPH MORONG/GMA 7" (a name of
     * two words or more before it; "HR/VP Fenwick" is a role) */
    int slashed = 0;
    if (le > ls && s[le - 1] != ']' && s[le - 1] != ')') {
        size_t sl = le;
        while (sl > ls && s[sl - 1] != '/')
            sl--;
        /* (not "Rhys ab Owen AS/MS": a member's letters in both languages) */
        size_t pw = sl > ls + 1 ? sl - 1 : ls;
        while (pw > ls && s[pw - 1] != ' ')
            pw--;
        int letters = sl > ls + 1 && data_word_line("en/post-nominals.txt", s + pw, le - pw, 1, DATA_ANYWHERE);
        if (sl > ls + 1 && sl < le && s[sl - 2] != ' ' && s[sl] != ' ' && memchr(s + ls, ' ', sl - 1 - ls) &&
            isupper((unsigned char)s[sl]) && txt_words(s, sl, le) <= 4 && !letters &&
            !memchr(s + ls, '/', sl - 1 - ls)) {
            c->outlet_start = sl;
            c->outlet_end = le;
            le = sl - 1;
            slashed = 1;
        }
    }
    /* "Ruth Abernathy with The Gulf Coast Herald": a reporter's name, "with" and the
     * outlet (two capitalised words or more before it, none a role's: "President
     * Ruiz with Prime Minister Tan" is no reporter) */
    if (!slashed && le > ls + 8) {
        for (size_t w = ls + 1; w + 6 < le; w++) {
            if (memcmp(s + w, " with ", 6) != 0)
                continue;
            size_t words = 0;
            int named = isupper((unsigned char)s[w + 6]) != 0;
            for (size_t q = ls; q < w && named;) {
                size_t e = q;
                while (e < w && s[e] != ' ')
                    e++;
                named = isupper((unsigned char)s[q]) && !is_role_word(s + q, e - q);
                words++;
                q = e + 1;
            }
            if (named && words >= 2 && words <= 4 && txt_words(s, w + 6, le) <= 6) {
                c->outlet_start = w + 6;
                c->outlet_end = le;
                le = w;
                slashed = 1;
            }
            break;
        }
    }
    /* "Question from ITV", "Question from the ABC", "Question – Sky News": who asks
     * after "from" or a dash (a few capitalised words) */
    if (!slashed && le > ls + 9 && s[le - 1] != ']' && s[le - 1] != ')' &&
        starts_with_ci(s + ls, le - ls, "Question ")) {
        size_t o = ls + 9;
        if (starts_with_ci(s + o, le - o, "from "))
            o += 5;
        else if (s[o] == '-' || (unsigned char)s[o] == 0xE2)
            for (o += s[o] == '-' ? 1 : 3; o < le && is_hspace(s[o]);)
                o++;
        else
            o = le;
        if (o < le && starts_with_ci(s + o, le - o, "the "))
            o += 4;
        if (o < le && isupper((unsigned char)s[o]) && txt_words(s, o, le) <= 4 && !memchr(s + o, ',', le - o)) {
            c->outlet_start = o;
            c->outlet_end = le;
            le = ls + 8;
            slashed = 1;
        }
    }
    /* An outlet in brackets: Question [Agence X], Q (Radio Y); brackets inside it
     * ("The Chair (Mr. Darren Kowalchuk (Kootenay—Arrow Lakes, Lib.))") belong to it */
    if (le > ls && (s[le - 1] == ']' || s[le - 1] == ')')) {
        char open = s[le - 1] == ']' ? '[' : '(', close = s[le - 1];
        size_t o = le - 1;
        int nest = 0;
        for (;; o--) {
            nest += s[o] == close ? 1 : s[o] == open ? -1 : 0;
            if (nest == 0 || o == ls)
                break;
        }
        if (s[o] != open || nest != 0)
            return 0;
        /* "Shri Arvind Khurana, OSD (PR):", "Smt. Nandini Rao, JS (Americas):": India's
         * foreign ministry writes an office short after the name, its division in
         * brackets; the brackets are the office's, no outlet */
        size_t pre = o, cm = 0;
        while (pre > ls && is_hspace(s[pre - 1]))
            pre--;
        for (size_t k = ls; k < pre; k++)
            if (s[k] == ',')
                cm = k;
        int office = 0;
        size_t r = cm + 1;
        while (cm && r < pre && is_hspace(s[r]))
            r++;
        if (cm && !how_said(s, o + 1, le - 1) && txt_words(s, o + 1, le - 1) <= 3 && isupper((unsigned char)s[o + 1])) {
            size_t fw = r;
            while (fw < pre && !is_hspace(s[fw]))
                fw++;
            office = r < pre && txt_words(s, r, pre) <= 3 && fw - r >= 2 && fw - r <= 5 &&
                     strspn(s + r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == fw - r && !is_outlet(s, r, pre);
        }
        if (office) {
            c->office_start = r;
            c->office_end = le;
            le = cm;
            timed = 1; /* (a clear label) */
        } else if (!how_said(s, o + 1, le - 1)) {
            /* ("Q (As interpreted):", "QUESTION (Through interpreter):": no outlet) */
            c->outlet_start = o + 1;
            c->outlet_end = le - 1;
            /* the seat and party inside: "Mr. Darren Kowalchuk (Kootenay—Arrow Lakes, Lib.)" */
            if (c->outlet_end > c->outlet_start && s[c->outlet_end - 1] == close) {
                size_t io = c->outlet_end - 1;
                while (io > c->outlet_start && s[io] != open)
                    io--;
                if (s[io] == open && io > c->outlet_start) {
                    c->outlet_end = io;
                    while (c->outlet_end > c->outlet_start && is_hspace(s[c->outlet_end - 1]))
                        c->outlet_end--;
                }
            }
        }
        if (!office)
            le = o;
        while (le > ls && is_hspace(s[le - 1]))
            le--;
    }
    /* "Reuters [Bartosz Lenk]:", "ERR [Maarja Tamm]:": the outlet, then the journalist's
     * name in brackets */
    int bracket_name = 0;
    /* (not a role's word in capitals: "ANCHOR (Genevieve Woo):", "HOST (Ana Ruiz):" name
     * who holds it) */
    if (c->outlet_end > c->outlet_start && le > ls &&
        (is_outlet(s, ls, le) || (le - ls >= 2 && le - ls <= 6 && is_acronym(s + ls, le - ls) &&
                                  fixed_label(s, ls, le) < 0 && !role_word_ci(s + ls, le - ls)))) {
        char *inner = xstrndup(s + c->outlet_start, c->outlet_end - c->outlet_start);
        if (!inner)
            return 0;
        size_t inl = strlen(inner);
        int named = inl && name_words(inner) >= inl && txt_words(inner, 0, inl) >= 2 && txt_words(inner, 0, inl) <= 4;
        free(inner);
        if (named) {
            bracket_name = 1;
            size_t ns = c->outlet_start, ne = c->outlet_end;
            c->outlet_start = ls;
            c->outlet_end = le;
            ls = ns;
            le = ne;
        }
    }
    size_t os = c->outlet_start, oe = c->outlet_end;
    if (!classify_label(s, ls, le, c))
        return 0;
    if (c->outlet_end == c->outlet_start) {
        c->outlet_start = os;
        c->outlet_end = oe;
    }
    /* "QUESTION (DR. WEBER):", as a government's press conference records who asks: a
     * form of address and a name in the brackets are the questioner, no outlet */
    if (oe > os && c->kind == CUE_QUESTION && c->outlet_start == os && c->outlet_end == oe) {
        size_t hw = os;
        while (hw < oe && !is_hspace(s[hw]))
            hw++;
        size_t nx = hw;
        while (nx < oe && is_hspace(s[nx]))
            nx++;
        if (hw < oe && is_honorific(s + os, hw - os) && nx < oe && isupper((unsigned char)s[nx]) &&
            txt_words(s, nx, oe) <= 3 && !memchr(s + nx, ',', oe - nx) && !is_role_word(s + nx, strcspn(s + nx, " )"))) {
            c->label_start = os;
            c->label_end = oe;
            c->outlet_start = c->outlet_end = 0;
        }
    }
    /* "Fiction (English): “The Weight of Rain” by …": a prize's category and its
     * language, one word before the brackets, no one's label */
    if (oe > os && c->kind == CUE_NAMED && !memchr(s + ls, ' ', le - ls) &&
        data_has_line("en/languages.txt", s + os, oe - os) && spk_prize_category(s, ls, colon + 1, y))
        return 0;
    if (oe > os && c->kind == CUE_NAMED) {
        /* "Tom Hale (Kestrel Radio):" asks for his outlet; "Ana Ruiz (Spokesperson):"
         * is named with her role: a clear label either way; "JOSEPH MORONG/GMA 7"
         * asks at a briefing */
        if (slashed) {
            c->kind = CUE_QUESTION;
            c->label_start = ls;
            c->label_end = le;
        } else if (bracket_name || is_outlet(s, os, oe))
            c->kind = CUE_INTERVIEWER;
        c->strong = 1;
    }
    if (timed)
        c->strong = 1;
    if (!c->label_end) {
        c->label_start = ls;
        c->label_end = le;
    }
    size_t t = colon + 1;
    while (t < y && (is_hspace(s[t]) || (bold && s[t] == '*')))
        t++;
    /* "Ana Ruiz: (00:22)": the time code after the colon is not speech */
    if (t < y && s[t] == '(') {
        size_t e = t;
        while (e < y && s[e] != ')')
            e++;
        if (e < y && is_time_code(s, t, e + 1)) {
            c->strong = 1;
            t = e + 1;
            while (t < y && is_hspace(s[t]))
                t++;
        }
    }
    c->text_start = t < y ? t : y;
    /* "VELDORIA: RELEASE DETAINED JOURNALISTS NOW": a headline in capitals after a
     * country or topic, not a turn */
    if (c->kind == CUE_NAMED && !memchr(s + c->label_start, ' ', c->label_end - c->label_start) &&
        c->text_start < y && !txt_has_lower(s + c->text_start, y - c->text_start)) {
        size_t words = 0;
        for (size_t q = c->text_start; q < y; q++)
            words += s[q] == ' ' && q + 1 < y && s[q + 1] != ' ';
        if (words >= 2)
            return 0;
    }
    return 1;
}

static int stage_word(const char *s, size_t a, size_t b);

/* Whether s[x, e) before a dash is a label's name, and s[ra, re) after it what the
 * label says of the person: a role (`role`: "Sarah Bishop - Chief Financial
 * Officer:", "André Dubois - CEO:", "Sarah - Host:") or a firm ("Tom Reyes - Morgan
 * Stanley:"), not a heading of a report ("Third Quarter - Highlights:", "Divisional
 * Results - Retail Bank:", "Asia Pacific - China:", "Cost Base - Headcount:").
 * With a role the name may be any words but a heading's: its first word, or all of
 * them, a section's, a number's or a report's word ("Mark Day" and "Cristina Sales"
 * are names; "John King" and "Sarah Bishop" too, though a role's word ends them).
 * With a firm, whose words alone cannot tell a heading's second half from a firm
 * named after people, the name must be capitalised words in mixed case (initials,
 * a title and a surname's particles aside: "Tom J. Reyes", "Dr. Ana Ruiz", "Ana
 * Maria de la Cruz"), none a section's, a role's or a body's, and the firm must show
 * itself: its last word a firm's ("Barrow Securities"), a news outlet ("Financial
 * Times"), letters alone ("UBS"), or a house of data/en/firms.txt ("Morgan
 * Stanley", "Evercore ISI"). */
static int dash_label_name(const char *s, size_t x, size_t e, size_t ra, size_t re, int role)
{
    static const char *const sections[] = {
        "Phase", "Part", "Section", "Step", "Stage", "Chapter", "Appendix", "Annex", "Item", "Day", "Week", "Round",
        "Session", "Panel", "Module", "Project", "Programme", "Program", "Update", "Key", "Next",
        /* a report's headings */
        "Quarter", "Quarterly", "Results", "Review", "Segment", "Segments", "Divisional", "Division", "Regional",
        "Outlook", "Highlights", "Allocation", "Capital", "Financial", "Operating", "Operational", "Business",
        "Strategic", "Strategy", "Guidance", "Overview", "Summary", "Performance", "Market", "Markets", "Product",
        "Products", "Sales", "Revenue", "Costs", "Balance", "Sheet", "Portfolio", "Full", "Half", "Year", "Annual",
        "First", "Second", "Third", "Fourth", "Fifth", "Closing", "Opening", "Prepared", "Remarks", "Questions",
        "Q&A", "Agenda", "Forward-Looking", "Statements", "Safe", "Harbor", "Harbour",
        /* a region's ("North America - United States:", "Asia Pacific - China:") */
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Asia",
        "Pacific", "Europe", "European", "America", "Americas", "Africa", "Middle", "Latin", "Global",
        "International", "Domestic", "EMEA", "APAC", "LATAM"};
    static const char *const numbers[] = {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
                                          "Nine", "Ten", "I", "II", "III", "IV", "V"};
    static const char *const particles[] = {"de", "da", "do", "dos", "van", "von", "der", "den", "la", "le", "di",
                                            "del", "bin", "al", "el", "du", "ter"};
    static const char *const titles[] = {"Dr.", "Dr", "Mr.", "Mr", "Ms.", "Ms", "Mrs.", "Mrs", "Prof.", "Prof"};
    size_t words = 0, tokens = 0, heading_words = 0;
    int first_heading = 0, plain = 1;
    for (size_t q = x, p; next_word(s, &q, e, &p);) {
        tokens++;
        int heading = word_in(sections, sizeof sections / sizeof *sections, s + p, q - p) ||
                      word_in(numbers, sizeof numbers / sizeof *numbers, s + p, q - p);
        if ((q - p == 2 && isupper((unsigned char)s[p]) && s[p + 1] == '.') ||
            (tokens > 1 && word_in(particles, sizeof particles / sizeof *particles, s + p, q - p)) ||
            (tokens == 1 && word_in(titles, sizeof titles / sizeof *titles, s + p, q - p)))
            continue;
        words++;
        heading_words += heading;
        if (words == 1)
            first_heading = heading;
        /* (in any script: "André", "Émilie") */
        if (!txt_starts_upper(s + p, q - p) || !txt_has_lower(s + p, q - p) || heading || is_role_word(s + p, q - p) ||
            data_word_line("en/bodies.txt", s + p, q - p, 0, DATA_ANYWHERE))
            plain = 0;
    }
    if (words < 1 || words > 4 || tokens > 7)
        return 0;
    if (role)
        return !first_heading && heading_words < words;
    if (!plain || tokens < 2)
        return 0;
    while (ra < re && s[ra] == ' ')
        ra++;
    while (re > ra && s[re - 1] == ' ')
        re--;
    static const char *const firms[] = {"Securities", "Capital", "Partners", "Research", "Bank", "Markets",
                                        "Advisors", "Advisers", "Management", "Investments", "Investment",
                                        "Associates", "Equity", "Equities", "Brokers", "Brokerage", "Holdings",
                                        "Group", "Co.", "LLC", "Inc.", "Ltd", "Ltd.", "AG", "plc", "LLP", "SA",
                                        "Asset", "Funds", "Financial", "Wealth", "Analytics", "Ratings", "& Co."};
    size_t lw = re;
    while (lw > ra && s[lw - 1] != ' ')
        lw--;
    if (re <= ra || !txt_starts_upper(s + ra, re - ra))
        return 0;
    if (word_in(firms, sizeof firms / sizeof *firms, s + lw, re - lw) || is_outlet(s, ra, re) ||
        data_has_line("en/firms.txt", s + ra, re - ra))
        return 1;
    /* (letters alone: "UBS", "RBC", "BMO") */
    return lw == ra && re - ra >= 2 && re - ra <= 5 && !txt_has_lower(s + ra, re - ra);
}

int spk_line_cue(const char *s, size_t a, size_t b, spk_cue *c)
{
    memset(c, 0, sizeof *c);
    size_t x = a, y = b;
    txt_trim(s, &x, &y);
    size_t end = y;
    int timed = 0;
    /* "[Prime Minister Ishikawa]", "[Reporter (Tanabe, NHK)]": a label in square
     * brackets over each turn, not a direction ("[Applause]") */
    if (y - x > 2 && s[x] == '[' && s[y - 1] == ']' && !memchr(s + x + 1, '[', y - x - 2) &&
        !stage_word(s, x, y) && u8_ncasecmp(s + x + 1, "END", 3) != 0) {
        x++;
        y--;
        timed = 1;
    } else if (y - x > 2 && s[x] == '(' && s[y - 1] == ')' && !memchr(s + x + 1, '(', y - x - 2) &&
               !stage_word(s, x, y) && isupper((unsigned char)s[x + 1]) && txt_words(s, x, y) <= 6) {
        /* "(Moderator)", "(Reporter)", "(Chief Cabinet Secretary)": the Prime Minister's
         * Office of Japan prints its labels so, in round brackets over each turn: a
         * fixed label or one with a role's word, never a direction */
        int role = fixed_label(s, x + 1, y - 1) >= 0;
        for (size_t w = x + 1; w < y - 1 && !role;) {
            size_t e = w;
            while (e < y - 1 && !is_hspace(s[e]))
                e++;
            role = is_role_word(s + w, e - w);
            w = e + 1;
        }
        if (role) {
            x++;
            y--;
            timed = 1;
        }
    }
    /* "Ana Ruiz  0:04": a transcription service's time code after the name */
    size_t t = y;
    while (t > x && !is_hspace(s[t - 1]))
        t--;
    int marked = 0;
    if (t > x && t < y && spk_time_code(s, t, y)) {
        y = t;
        while (y > x && is_hspace(s[y - 1]))
            y--;
        timed = marked = 1;
    }
    /* "Rebecca Tan {BIO 20418833 <GO>}": a terminal's link to the person's page after
     * the name, as Bloomberg's transcripts print each label (not read) */
    if (y - x > 8 && s[y - 1] == '}' && y - x > 6 && memcmp(s + y - 5, "<GO>}", 5) == 0) {
        size_t o = y - 5;
        while (o > x && s[o] != '{' && s[o] != '}')
            o--;
        if (s[o] == '{' && o > x) {
            y = o;
            while (y > x && is_hspace(s[y - 1]))
                y--;
            timed = marked = 1;
            /* ("Q - Luis Ortega {BIO …}", "A - Gordon Eliot {BIO …}": who asks and who
             * answers, the letter before them) */
            if (y - x > 4 && (s[x] == 'Q' || s[x] == 'A') && s[x + 1] == ' ' && s[x + 2] == '-' && s[x + 3] == ' ')
                x += 4;
        }
    }
    /* "Operator   [1]", "Hanna Lindqvist, Nordstrom Pharma AB - CEO   [2]": a
     * transcription service's count of the turns, in square brackets after the label */
    if (!marked && y - x > 4 && s[y - 1] == ']') {
        size_t o = y - 1;
        while (o > x && isdigit((unsigned char)s[o - 1]))
            o--;
        if (o < y - 1 && y - 1 - o <= 4 && o > x + 1 && s[o - 1] == '[' && is_hspace(s[o - 2])) {
            y = o - 1;
            while (y > x && is_hspace(s[y - 1]))
                y--;
            timed = marked = 1;
        }
    }
    while (x < y && s[x] == '*' && s[y - 1] == '*')
        x++, y--; /* "**Ana Ruiz**" */
    /* "Q1. [904512] Sarah Whitcombe (Stroud Vale) (Lab)": Hansard's question number and
     * its reference before the member's name line */
    if (y - x > 6) {
        size_t q = after_question_number(s, x, y);
        timed |= q > x;
        x = q;
    }
    /* "Kyle Benton -- Vice President, Investor Relations" (earnings calls): the name
     * before the dash is the label, and the last part after a dash, when it names a
     * role, is the role ("Marcus Lindqvist -- Barrow & Finch Securities -- Analyst") */
    size_t role_at = 0, first_dash = 0, role_end = y;
    for (size_t i = x; i + 3 < y; i++)
        if (s[i] == ' ' && ((s[i + 1] == '-' && s[i + 2] == '-' && s[i + 3] == ' ') ||
                            (s[i + 1] == '-' && s[i + 2] == ' ') || /* (the dash typed short) */
                            (i + 4 < y && (memcmp(s + i + 1, "\xE2\x80\x93 ", 4) == 0 ||
                                           memcmp(s + i + 1, "\xE2\x80\x94 ", 4) == 0)))) {
            role_at = i + (s[i + 1] == '-' ? (s[i + 2] == '-' ? 4 : 3) : 5);
            if (!first_dash)
                first_dash = i;
        }
    /* (not a field after the dash, "State Department – Consular Affairs:
     * 888-407-4747": a line that says something, no label) */
    /* (a colon that ends the line ends a label: "Priya Nair -- Analyst:") */
    if (first_dash && role_end > role_at + 1 && memchr(s + role_at, ':', role_end - role_at - 1))
        return 0;
    if (first_dash) {
        y = first_dash;
        timed = 1;
        int role = 0;
        for (size_t w = role_at; w < role_end && !role;) {
            size_t e = w;
            while (e < role_end && !is_hspace(s[e]) && s[e] != ',' && s[e] != ':')
                e++;
            role = e > w && is_role_word(s + w, e - w);
            w = e + 1;
        }
        /* (a colon ends a label after a role, or after a person's name and a firm
         * or an outlet, "Tom Reyes - Barrow Securities:"; not "Phase Two - Key
         * Dates:", "Harbor Project - Background:", headings) */
        /* (and with a role, the name no report's heading: "Divisional Results - Retail
         * Bank:" in a CFO's remarks) */
        if (role_end > role_at && s[role_end - 1] == ':' &&
            !dash_label_name(s, x, first_dash, role_at, role_end - 1, role))
            return 0;
        if (role) {
            c->office_start = role_at;
            c->office_end = role_end > role_at && s[role_end - 1] == ':' ? role_end - 1 : role_end;
            marked = 1; /* ("Harbor Project -- Background" is a heading) */
        }
    }
    /* "The Parliamentary Under-Secretary of State … (Tom Ravensworth)": a minister's
     * office, then the name in brackets, which is the label */
    if (y > x && s[y - 1] == ')') {
        size_t o = y - 1;
        while (o > x && s[o] != '(')
            o--;
        size_t nx = o + 1, ny = y - 1, words = 0, caps = 1, role = 0;
        for (size_t i = nx, w = nx; i <= ny; i++)
            if (i == ny || s[i] == ' ') {
                if (i > w) {
                    words++;
                    caps &= txt_starts_upper(s + w, i - w);
                }
                w = i + 1;
            }
        for (size_t i = x, w = x; i <= o; i++)
            if (i == o || s[i] == ' ' || s[i] == ',') {
                if (i > w)
                    role |= data_word_line("en/roles.txt", s + w, i - w, 1, DATA_ANYWHERE) != NULL;
                w = i + 1;
            }
        if (s[o] == '(' && o > x && role && caps && words >= 2 && words <= 4 && !memchr(s + nx, ',', ny - nx)) {
            size_t oe = o;
            while (oe > x && is_hspace(s[oe - 1]))
                oe--;
            c->office_start = x + (starts_with_ci(s + x, oe - x, "The ") ? 4 : 0);
            c->office_end = oe;
            x = nx;
            y = ny;
            timed = 1;
        }
    }
    /* "Dame Cora Whitfield (North Norfolk Coast) (LD)": a member's seat and party */
    for (int g = 0; g < 2 && y > x && s[y - 1] == ')'; g++) {
        size_t o = y - 1;
        while (o > x && s[o] != '(')
            o--;
        if (s[o] != '(' || y - o > 48 || o == x)
            break;
        y = o;
        timed = 1;
        while (y > x && is_hspace(s[y - 1]))
            y--;
    }
    if (x >= y || y - x > 60 || !txt_starts_upper(s + x, y - x))
        return 0;
    /* "MATTEO GRANDE, HOST", "ILSE BRANDVOLD, FOREIGN MINISTER": in capitals, a name,
     * one comma and an office (a role's word in it), the label the name (in mixed
     * case, "Anna Berg, Chief Executive", a quotation's credit) */
    const char *cm = memchr(s + x, ',', y - x);
    if (cm && !memchr(cm + 1, ',', (size_t)(s + y - cm - 1)) && !c->office_end && !txt_has_lower(s + x, y - x)) {
        size_t ce = (size_t)(cm - s), r = ce + 1, words = 0;
        while (r < y && is_hspace(s[r]))
            r++;
        int role = 0;
        for (size_t w = r; w < y;) {
            size_t e = w;
            while (e < y && !is_hspace(s[e]))
                e++;
            role |= is_role_word(s + w, e - w) || role_word_ci(s + w, e - w);
            words++;
            w = e;
            while (w < y && is_hspace(s[w]))
                w++;
        }
        if (role && words <= 5 && r < y && txt_words(s, x, ce) >= 2 && txt_words(s, x, ce) <= 4) {
            c->office_start = r;
            c->office_end = y;
            y = ce;
            timed = marked = 1;
        }
    }
    /* "Speaker 3": an unnamed voice, numbered */
    int numbered = starts_with_ci(s + x, y - x, "Speaker ") || starts_with_ci(s + x, y - x, "Participant ");
    /* ("Audience Member 1  0:12", "Caller 2": a role numbered, the number last) */
    {
        size_t d = y;
        while (d > x && isdigit((unsigned char)s[d - 1]))
            d--;
        size_t pe = d, pw = d;
        while (pe > x && is_hspace(s[pe - 1]))
            pe--;
        pw = pe;
        while (pw > x && !is_hspace(s[pw - 1]))
            pw--;
        if (d < y && y - d <= 2 && pe < d && pe > pw && numbered_role(s + pw, pe - pw))
            numbered = 1;
    }
    for (size_t i = x; i < y; i++)
        if ((isdigit((unsigned char)s[i]) && !numbered) || s[i] == ':' || s[i] == ',' || s[i] == ';' ||
            s[i] == '?' || s[i] == '!' || s[i] == '"')
            return 0;
    /* a stop only after an initial ("Laura M. Hill") or a title's abbreviation at
     * the start ("Dr. Odette Marchand  0:19") */
    for (size_t i = x + 1; i < y; i++) {
        if (s[i] != '.' || (isupper((unsigned char)s[i - 1]) && (i < 2 || s[i - 2] == ' ' || s[i - 2] == '.')))
            continue;
        size_t w = i;
        while (w > x && isalpha((unsigned char)s[w - 1]))
            w--;
        if (w != x || i - w < 2 || seg_abbreviation(s + w, i - w) != 't')
            return 0;
    }
    /* one word that opens sentences ("I", "That", "Last"), on a line of its own where
     * a PDF put one word a line, is no name */
    if (!memchr(s + x, ' ', y - x) && (y - x < 2 || data_word_line("en/starters.txt", s + x, y - x, 0, DATA_ANYWHERE)))
        return 0;
    if (!classify_label(s, x, y, c) || (c->kind == CUE_NAMED && c->outlet_end > c->outlet_start))
        return 0;
    /* "Mr Speaker", "Madam Deputy Speaker": a role over a turn is one */
    if (c->strong && c->kind == CUE_NAMED && txt_has_lower(s + x, y - x))
        timed = 1;
    c->strong = 1;
    c->timed = timed;
    c->marked = marked;
    c->label_start = x;
    c->label_end = y;
    c->text_start = end;
    return 1;
}

/* The stage word of data/en/stage.txt that the bracketed s[a, b) starts with: 1, 2
 * when it is one a listener must hear ("heard"), 0 when none. */
static int stage_word(const char *s, size_t a, size_t b)
{
    if (b - a < 3)
        return 0;
    size_t e = b;
    if (s[e - 1] == '.' && e - a > 3)
        e--;
    char o = s[a], cl = s[e - 1];
    if (!((o == '(' && cl == ')') || (o == '[' && cl == ']')))
        return 0;
    size_t x = a + 1, y = e - 1;
    while (x < y && is_hspace(s[x]))
        x++;
    /* "[*laughs*]", "(_applause_)": Markdown emphasis round the words */
    while (y - x > 2 && (s[x] == '*' || s[x] == '_') && s[y - 1] == s[x])
        x++, y--;
    const char *lines[32];
    size_t lens[32], nl = data_prefix_lines("en/stage.txt", s + x, y - x, 0, lines, lens, 32);
    for (size_t i = 0; i < nl; i++) {
        const char *tab = memchr(lines[i], '\t', lens[i]);
        size_t wl = tab ? (size_t)(tab - lines[i]) : lens[i];
        if (y - x == wl || !isalpha((unsigned char)s[x + wl]))
            return tab ? 2 : 1;
    }
    return 0;
}

/* spk_is_stage's shape of an editor's note, for SPK_BETWEEN. */
static int stage_shape(const char *s, size_t a, size_t b)
{
    size_t e = b;
    if (e - a > 3 && s[e - 1] == '.')
        e--;
    if (e - a < 4 || !((s[a] == '(' && s[e - 1] == ')') || (s[a] == '[' && s[e - 1] == ']')))
        return 0;
    size_t x = a + 1, y = e - 1;
    while (x < y && is_hspace(s[x]))
        x++;
    /* "(as Stu Price)": NPR's note that an actor speaks as a character, in lower case */
    if (y - x > 4 && strncmp(s + x, "as ", 3) == 0 && isupper((unsigned char)s[x + 3]) && txt_words(s, x, y) <= 5)
        return 1;
    if (x >= y || !isupper((unsigned char)s[x]))
        return 0;
    static const char *const persons[] = {"I", "I'm", "I've", "I'll", "me", "my", "we", "We", "our",
                                          "Our", "us", "you", "You", "your", "Your"};
    size_t words = 0, upper = 0, letters = 0;
    for (size_t i = x; i < y;) {
        while (i < y && (is_hspace(s[i]) || s[i] == '\n'))
            i++;
        size_t w = i;
        while (i < y && !is_hspace(s[i]) && s[i] != '\n' && s[i] != ',' && s[i] != '.')
            i++;
        if (i == w) {
            i++;
            continue;
        }
        words++;
        for (size_t k = w; k < i; k++) {
            if (isdigit((unsigned char)s[k]) || s[k] == '(' || s[k] == '[' || s[k] == ')' || s[k] == ']')
                return 0;
            letters += isalpha((unsigned char)s[k]) != 0;
            upper += isupper((unsigned char)s[k]) != 0;
        }
        for (size_t k = 0; k < sizeof persons / sizeof *persons; k++)
            if (strlen(persons[k]) == i - w && strncmp(persons[k], s + w, i - w) == 0)
                return 0;
    }
    if (words < 1 || words > 6)
        return 0;
    /* "(NATO)": an acronym, not a direction */
    return !(s[a] == '(' && words == 1 && upper == letters);
}

/* A parliament's unbracketed direction ("Several hon. Members rose—"). */
static int stage_line(const char *s, size_t a, size_t b)
{
    if (a >= b)
        return 0;
    /* "12:00 hrs", "13.00 hrs", "1400 hrs": the record's clock between turns (Lok
     * Sabha, Rajya Sabha), no one's words */
    {
        size_t x = a;
        while (x < b && isdigit((unsigned char)s[x]))
            x++;
        size_t h = x - a;
        if (h >= 1 && h <= 2 && x + 3 < b && (s[x] == ':' || s[x] == '.') && isdigit((unsigned char)s[x + 1]) &&
            isdigit((unsigned char)s[x + 2]))
            x += 3;
        else if (h != 4)
            x = a;
        if (x > a && x < b && s[x] == ' ') {
            size_t w = x + 1, n = b - w;
            /* (not "hours" in words: "1200 hours" under a witness's label answers) */
            if ((n == 3 && u8_ncasecmp(s + w, "hrs", 3) == 0) || (n == 4 && u8_ncasecmp(s + w, "hrs.", 4) == 0))
                return 1;
        }
    }
    /* "AT 11.15 AM THE MATTER WAS ADJOURNED", "ADJOURNED AT 4.02 PM": a court
     * transcript's record of its rising, a short line in capitals */
    if (b - a > 9 && !txt_has_lower(s + a, b - a) && txt_words(s, a, b) <= 12) {
        /* (no label's colon: a clock's, between figures, only) */
        int label = 0;
        for (size_t x = a; x < b; x++)
            label |= s[x] == ':' && !(x > a && x + 1 < b && isdigit((unsigned char)s[x - 1]) && isdigit((unsigned char)s[x + 1]));
        /* (the record's third person: "AT 11.15 AM …", "THE MATTER / HEARING / COURT
         * … ADJOURNED"; not a judge's "WE ARE ADJOURNED") */
        /* (in the past, as the record has it: "… WAS ADJOURNED", not the judge's "THE
         * MATTER IS ADJOURNED TO 14 MARCH") */
        int was = 0, at = 0;
        for (size_t x = a; x < b; x++) {
            was |= b - x >= 14 && memcmp(s + x, " WAS ADJOURNED", 14) == 0;
            at |= b - x >= 14 && memcmp(s + x, " ADJOURNED AT ", 14) == 0;
        }
        /* (each prefix compared within the line: it may be shorter than the word) */
        size_t n = b - a;
        int record = (starts_with_ci(s + a, n, "AT ") && was) || starts_with_ci(s + a, n, "ADJOURNED AT") ||
                     ((starts_with_ci(s + a, n, "THE MATTER ") || starts_with_ci(s + a, n, "THE HEARING ") ||
                       starts_with_ci(s + a, n, "THE COURT ") || starts_with_ci(s + a, n, "PROCEEDINGS ")) &&
                      (was || at));
        for (size_t x = a; x + 3 <= b && record; x++)
            if ((x == a || s[x - 1] == ' ') && ((x + 3 <= b && memcmp(s + x, "WE ", 3) == 0) ||
                                                (x + 2 <= b && memcmp(s + x, "I ", 2) == 0)))
                record = 0;
        for (size_t x = a; x + 9 <= b && !label && record; x++)
            if ((x == a || s[x - 1] == ' ') && memcmp(s + x, "ADJOURNED", 9) == 0 &&
                (x + 9 == b || s[x + 9] == ' ' || s[x + 9] == '.'))
                return 1;
    }
    const char *lines[32];
    size_t lens[32], nl = data_prefix_lines("en/stage-lines.txt", s + a, b - a, 1, lines, lens, 32);
    for (size_t i = 0; i < nl; i++)
        if (b - a == lens[i] || !isalpha((unsigned char)s[a + lens[i]]))
            return 1;
    /* "Opposition members interjecting—", "Mr DUTTON interjecting—": Australian and New
     * Zealand Hansard's interjections, a few words before the word and its dash */
    size_t e = b;
    while (e > a && (s[e - 1] == '-' || s[e - 1] == ' ' || s[e - 1] == '.' ||
                     ((unsigned char)s[e - 1] == 0x94 && e >= a + 3 && (unsigned char)s[e - 3] == 0xE2)))
        e -= (unsigned char)s[e - 1] == 0x94 ? 3 : 1;
    if (e - a > 13 && memcmp(s + e - 13, " interjecting", 13) == 0 && txt_words(s, a, e) <= 5)
        return 1;
    /* "Mrs Helena Draycott rose—": a member who rises to speak, and is not called (as
     * "Several hon. Members rose—"); a name before the word and its dash */
    int dashed = 0;
    for (size_t x = e; x < b; x++)
        dashed |= s[x] == '-' || (unsigned char)s[x] == 0x94;
    if (dashed && e - a > 5 && memcmp(s + e - 5, " rose", 5) == 0 && isupper((unsigned char)s[a]) &&
        txt_words(s, a, e) <= 7 && !memchr(s + a, ':', e - a))
        return 1;
    /* "Contents 212; Not-Contents 180.": the Lords' division */
    if (b - a > 12 && strncmp(s + a, "Contents ", 9) == 0 && isdigit((unsigned char)s[a + 9]))
        for (size_t x = a; x + 12 <= b; x++)
            if (memcmp(s + x, "Not-Contents", 12) == 0)
                return 1;
    /* "rose—", "indicated dissent.": what the member under whose label it stands did,
     * the whole line (data/en/stage-acts.txt) */
    return e > a && islower((unsigned char)s[a]) && data_has_line("en/stage-acts.txt", s + a, e - a);
}

int spk_is_stage(const char *s, size_t a, size_t b, int where)
{
    if (stage_word(s, a, b))
        return 1;
    if (where == SPK_ALONE && b > a && s[a] != '(' && s[a] != '[')
        return stage_line(s, a, b);
    if (where == SPK_BETWEEN)
        return stage_shape(s, a, b);
    if (where != SPK_ALONE || b - a < 3)
        return 0;
    size_t e = b;
    if (s[e - 1] == '.' && e - a > 3)
        e--;
    char o = s[a], c = s[e - 1];
    if ((o == '(' && c == ')') || (o == '[' && c == ']')) {
        size_t i = a + 1;
        while (i < e - 1 && s[i] != '(' && s[i] != ')' && s[i] != '[' && s[i] != ']')
            i++;
        if (i == e - 1)
            return 1;
    }
    /* "[GRAPHIC] [TIFF OMITTED] T5512.001": bracketed groups, then at most a reference */
    size_t i = a, groups = 0;
    while (i < b && s[i] == '[') {
        const char *close = memchr(s + i + 1, ']', b - i - 1);
        if (!close || memchr(s + i + 1, '[', (size_t)(close - s) - i - 1))
            return 0;
        i = (size_t)(close - s) + 1;
        groups++;
        while (i < b && is_hspace(s[i]))
            i++;
    }
    if (groups < 2)
        return 0;
    int digits = 0;
    for (size_t k = i; k < b; k++) {
        if (is_hspace(s[k]) || islower((unsigned char)s[k]))
            return 0;
        digits |= isdigit((unsigned char)s[k]) != 0;
    }
    return i == b || digits;
}

int spk_stage_heard(const char *s, size_t a, size_t b) { return stage_word(s, a, b) == 2; }



/* ------------------------------------------------------------ identities */

static int is_connector_ci(const char *w, size_t n)
{
    static const char *const words[] = {"of", "the", "for", "and", "on", "to", "at", "de", "von",
                                        "van", "der", "la", "le", "du", "da", "di"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == n && u8_ncasecmp(words[i], w, n) == 0)
            return 1;
    /* another language's small words ("DEL", "Y", "DES", "ET") */
    return data_lang() != 0 && (data_has_line("en/of-words.txt", w, n) || data_has_line("en/articles.txt", w, n) ||
                                data_has_line("en/and-words.txt", w, n));
}

/* "MS. RUIZ" -> "Ms. Ruiz", "Chairman FENWICK" -> "Chairman Fenwick", "JEAN-PIERRE" ->
 * "Jean-Pierre": words in capitals (two letters or more) in title case, but acronyms
 * (data/en/acronyms.txt) and words with a slash ("HR/VP"). */
static char *title_case(const char *s, size_t n)
{
    sb o = {0};
    int after_form = 0; /* the word before was "MR." or "MS.": this one is a surname */
    for (size_t i = 0; i < n;) {
        size_t w = i;
        while (i < n && s[i] == ' ')
            i++;
        sb_putn(&o, s + w, i - w);
        w = i;
        int letters = 0, slash = 0;
        while (i < n && s[i] != ' ') {
            letters += isalpha((unsigned char)s[i]) != 0 || (unsigned char)s[i] >= 0xC0;
            slash |= s[i] == '/';
            i++;
        }
        size_t e = i;
        while (e > w && (s[e - 1] == ',' || s[e - 1] == '.'))
            e--;
        /* "KAMEDA Hiroshi" in a label in mixed case: the capitals mark the family name */
        size_t nx = i;
        while (nx < n && s[nx] == ' ')
            nx++;
        size_t ne = nx;
        while (ne < n && s[ne] != ' ')
            ne++;
        int family = ne > nx && txt_starts_upper(s + nx, ne - nx) && txt_has_lower(s + nx, ne - nx) &&
                     (w == 0 || txt_has_lower(s, w));
        /* "McKENNA", "MacDONALD": Hansard's capitals after the prefix */
        size_t px = e - w > 5 && strncmp(s + w, "Mac", 3) == 0 && isupper((unsigned char)s[w + 3]) ? 3
                    : e - w > 4 && strncmp(s + w, "Mc", 2) == 0 && isupper((unsigned char)s[w + 2]) ? 2 : 0;
        if (px && !txt_has_lower(s + w + px, e - w - px)) {
            sb_putn(&o, s + w, px + 1);
            for (size_t k = w + px + 1; k < i; k++)
                sb_putc(&o, (char)tolower((unsigned char)s[k]));
            continue;
        }
        int form = after_form;
        after_form = is_honorific(s + w, i - w);
        /* (or a role's word in capitals: "PRESIDENT DA SILVA", "MAYOR DOE" are names
         * after it, not the District Attorney's or the Department of Energy's letters) */
        if (!after_form && e - w >= 3 && e - w < 24 && !txt_has_lower(s + w, e - w)) {
            char rb[24];
            rb[0] = s[w];
            for (size_t k = 1; k < e - w; k++)
                rb[k] = (char)tolower((unsigned char)s[w + k]);
            after_form = is_role_word(rb, e - w);
        }
        /* "H.E.", "U.S.": initials each with its stop stay capitals */
        int dotted = i - w >= 4 && (i - w) % 2 == 0;
        for (size_t k = w; dotted && k < i; k += 2)
            dotted = isupper((unsigned char)s[k]) && s[k + 1] == '.';
        if (dotted) {
            sb_putn(&o, s + w, i - w);
            after_form = after_form || seg_abbreviation(s + w, i - w - 1) == 't';
            continue;
        }
        /* "SEC. REYES", "USEC. CRUZ": a title's abbreviation, not an acronym */
        if (i - w >= 3 && s[i - 1] == '.' && !txt_has_lower(s + w, i - w) && seg_abbreviation(s + w, i - w - 1) == 't') {
            sb_putc(&o, s[w]);
            for (size_t k = w + 1; k < i; k++)
                sb_putc(&o, (char)tolower((unsigned char)s[k]));
            after_form = 1;
            continue;
        }
        /* "POPE LEO XIV", "KING CHARLES III": a regnal number after the name stays in
         * capitals */
        /* (the name's last word: "TAN LI MEI", "XI JINPING" hold names) */
        size_t after = i;
        while (after < n && s[after] == ' ')
            after++;
        int regnal = w > 0 && e - w >= 2 && e - w <= 6 && strspn(s + w, "IVXL") == e - w && o.len &&
                     isalpha((unsigned char)o.s[o.len - 2]) &&
                     !(e == i && e - w == 2 && after < n && isalpha((unsigned char)s[after]) && memcmp(s + w, "II", 2) != 0 &&
                       u8_ncasecmp(s + after, "OF ", 3) != 0 && u8_ncasecmp(s + after, "IBN ", 4) != 0 &&
                       u8_ncasecmp(s + after, "BIN ", 4) != 0);

        /* ("ABS-CBN": letters joined by a hyphen, each part short and one with no
         * vowel, are a broadcaster's, kept in capitals; "LEE-ANN" is a name) */
        int joined_letters = 0;
        if (memchr(s + w, '-', e - w) && !txt_has_lower(s + w, e - w)) {
            int short_parts = 1, unsayable = 0;
            for (size_t x = w; x < e;) {
                size_t pe = x;
                while (pe < e && s[pe] != '-')
                    pe++;
                short_parts &= pe > x && pe - x <= 4;
                int vowel = 0;
                for (size_t y = x; y < pe; y++)
                    vowel |= strchr("AEIOUY", s[y]) != NULL;
                unsayable |= pe - x >= 2 && !vowel;
                x = pe < e ? pe + 1 : e;
            }
            joined_letters = short_parts && unsayable;
        }
        /* ("Anil Menon, Member, NDMA": in a label in mixed case, a word in capitals
         * after the name's comma is a body's letters) */
        int body = w > 0 && memchr(s, ',', w) && txt_has_lower(s, n) && e - w >= 2 && e - w <= 6 && letters == (int)(e - w);
        /* ("JOHN DOE", "JANE DOE MEP": the second word after a given name in capitals
         * is the surname, not the Department of Energy's letters; "JOHN SMITH CEO"
         * keeps its office's) */
        if (!form && e == i && w >= 3 && s[w - 1] == ' ' && !txt_has_lower(s, n)) {
            size_t pe = w - 1, pw = pe;
            while (pw > 0 && isalpha((unsigned char)s[pw - 1]))
                pw--;
            char rb[24];
            int given = pe - pw >= 2 && pe - pw < sizeof rb && pw == 0 &&
                        !acronym_kind_word(s + pw, pe - pw) && !is_connector_ci(s + pw, pe - pw);
            if (given) {
                rb[0] = s[pw];
                for (size_t k = 1; k < pe - pw; k++)
                    rb[k] = (char)tolower((unsigned char)s[pw + k]);
                /* (not an office's modifier, "ACTING CEO", "FORMER MP"; nor an office's
                 * own letters second, "CEO", "MP") */
                given = !is_role_word(rb, pe - pw) && !is_honorific(rb, pe - pw) &&
                        !data_word_line("en/office-modifiers.txt", rb, pe - pw, 1, DATA_ANYWHERE) &&
                        !is_role_word(s + w, e - w) &&
                        !data_field_lines("en/role-abbreviations.txt", s + w, e - w, 1, NULL, NULL, 0);
            }
            /* (and no more than a post-nominal after it, "JANE DOE MEP"; "SARAH BBC
             * CORRESPONDENT" names her employer) */
            if (given && after < n) {
                size_t r2 = after;
                while (r2 < n && s[r2] != ' ')
                    r2++;
                given = r2 == n && r2 - after <= 4;
            }
            form = given;
        }
        if (txt_has_lower(s + w, i - w) || (letters < 2 && !(w > 0 && data_lang() != 0 && is_connector_ci(s + w, e - w))) ||
            slash || (acronym_kind_word(s + w, e - w) && !form) || family || regnal || joined_letters || body) {
            sb_putn(&o, s + w, i - w);
            continue;
        }
        /* "SECRETARY OF DEFENSE" -> "Secretary of Defense"; "BELTRÁN" -> "Beltrán" */
        int start = !(w > 0 && is_connector_ci(s + w, e - w));
        for (size_t k = w; k < i;) {
            size_t at = k;
            int32_t c = txt_next(s, i, &k);
            if (utf8proc_category(c) == UTF8PROC_CATEGORY_LU || utf8proc_category(c) == UTF8PROC_CATEGORY_LL) {
                c = start ? txt_upper(c) : txt_lower(c);
                start = 0;
                utf8proc_uint8_t buf[4];
                utf8proc_ssize_t len = utf8proc_encode_char(c, buf);
                if (len > 0)
                    sb_putn(&o, (const char *)buf, (size_t)len);
                else
                    sb_putn(&o, s + at, k - at);
            } else {
                /* (O'BRIEN is O'Brien; PRESIDENT'S is President's) */
                start = c == '-' || (c == '\'' && !(k < i && (s[k] == 'S' || s[k] == 's') &&
                                                    (k + 1 >= i || !isalpha((unsigned char)s[k + 1]))));
                sb_putn(&o, s + at, k - at);
            }
        }
    }
    return sb_take(&o);
}

static int is_honorific(const char *w, size_t n)
{
    static const char *const h[] = {"Dr",   "Dr.",  "Mr",   "Mr.",  "Mrs",  "Mrs.",     "Ms",  "Ms.",
                                    "Prof", "Prof.", "Sir", "Dame", "Miss", "Mx",       "Mx.", "Shri",
                                    "Sri",  "Smt",  "Smt.", "Shrimati", "Mme", "Mme.", "Herr", "Frau",
                                    /* an engineer's, as East and West Africa and the
                                     * Philippines address one: "Eng. Mary Otieno" */
                                    "Eng.", "Engr", "Engr.", "Arch.",
                                    /* a minister's, "Revd Alan Price" */
                                    "Revd", "Revd."};
    for (size_t i = 0; i < sizeof h / sizeof *h; i++)
        if (strlen(h[i]) == n && u8_ncasecmp(h[i], w, n) == 0)
            return 1;
    /* another language's (data/fr/honorifics.txt: "M.", "Mme") */
    return data_lang() != 0 && n > 0 && data_has_line("en/honorifics.txt", w, n);
}

int spk_honorific(const char *w, size_t n) { return is_honorific(w, n); }

/* Whether w[0, n) is an office that stands before a person's name as a title
 * ("Cllr Martin Fox", "President Harlan", "Bishop Tutu"), not a body's word that
 * roles.txt also holds ("National", "State", "Union", "General", "Major"). */
int spk_personal_office(const char *w, size_t n)
{
    static const char *const offices[] = {
        "Cllr", "Cllr.", "Councillor", "Councilor", "Senator", "Sen.", "Minister", "Mayor", "Governor", "Bishop",
        "Archbishop", "Cardinal", "Pope", "Rabbi", "Imam", "Pastor", "Reverend", "Rev", "Rev.", "Judge", "Justice",
        "Commissioner", "Inspector", "Superintendent", "Sergeant", "Detective", "Captain", "Commander", "Colonel",
        "Lieutenant", "Admiral", "Ambassador", "Alderman", "Professor", "Rep.", "Representative", "Congressman",
        "Congresswoman", "Supervisor", "Constable", "Sheriff", "President", "Chancellor", "Secretary",
        "Chair", "Chairman", "Chairwoman", "Chief", "Provost", "Dean", "Deputy", "Lord", "Lady", "Father", "King",
        "Queen", "Prince", "Princess", "PM"};
    for (size_t k = 0; k < sizeof offices / sizeof *offices; k++)
        if (strlen(offices[k]) == n && memcmp(w, offices[k], n) == 0)
            return 1;
    return 0;
}

/* The words of a name without honorifics: first and last. */
static void name_parts(const char *name, const char **first, size_t *fl, const char **last,
                       size_t *ll, int *count)
{
    *first = *last = NULL;
    *fl = *ll = 0;
    *count = 0;
    for (const char *p = name; *p;) {
        while (*p == ' ')
            p++;
        const char *w = p;
        while (*p && *p != ' ')
            p++;
        size_t n = (size_t)(p - w);
        if (!n || is_honorific(w, n))
            continue;
        /* "Austin III", "Brown, Jr.", "Ruiz MP": a generation's mark or letters after
         * the surname */
        if (*count >= 2 && post_nominal(w, n)) {
            if (*ll && (*last)[*ll - 1] == ',')
                (*ll)--;
            continue;
        }
        if (!*first) {
            *first = w;
            *fl = n;
        }
        *last = w;
        *ll = n;
        (*count)++;
    }
    /* "Mac Giolla Phádraig": a surname that opens with its particle, no given name */
    if (*count >= 2 && is_caps_particle(*first, *fl))
        *count = 1;
    /* "KAMEDA Hiroshi": the family name first, in capitals, as some governments write
     * names; the surname is the first word */
    /* (not initials: "T.A. Game") */
    if (*count == 2 && *fl >= 2 && !txt_has_lower(*first, *fl) && txt_has_lower(*last, *ll) && !memchr(*first, '.', *fl)) {
        const char *t = *first;
        size_t tl = *fl;
        *first = *last;
        *fl = *ll;
        *last = t;
        *ll = tl;
    }
}

static int same_person(const char *a, const char *b)
{
    const char *af, *al, *bf, *bl;
    size_t afl, all, bfl, bll;
    int ac, bc;
    name_parts(a, &af, &afl, &al, &all, &ac);
    name_parts(b, &bf, &bfl, &bl, &bll, &bc);
    if (!ac || !bc || all != bll || u8_ncasecmp(al, bl, all) != 0)
        return 0;
    return ac < 2 || bc < 2 || (afl == bfl && u8_ncasecmp(af, bf, afl) == 0);
}

/* Does `full` ("NATO Secretary General") hold `role` ("Secretary General") as words? */
static int role_matches(const char *full, const char *role)
{
    size_t n = strlen(role), m = strlen(full);
    for (size_t i = 0; i + n <= m; i++)
        if (u8_ncasecmp(full + i, role, n) == 0 && (i == 0 || full[i - 1] == ' ') &&
            (i + n == m || full[i + n] == ' '))
            return 1;
    return 0;
}

int spk_matches(const st_speaker *sp, const char *who)
{
    if (strcasecmp(sp->id, who) == 0)
        return 1;
    if (sp->name && (strcasecmp(sp->name, who) == 0 || same_person(sp->name, who)))
        return 1;
    if (sp->role && (strcasecmp(sp->role, who) == 0 || role_matches(sp->role, who)))
        return 1;
    return sp->outlet && strcasecmp(sp->outlet, who) == 0;
}

/* The longest run of a role's words that indexes it (labels hold at most seven). */
enum { ROLE_SPAN = 12 };

/* "last\x1ffirst": the key of a longer name by its surname and first name. */
static int pair_key(sb *k, const char *last, size_t ll, const char *first, size_t fl)
{
    k->len = 0;
    sb_putn(k, last, ll);
    sb_putc(k, '\x1f');
    sb_putn(k, first, fl);
    return k->oom ? -1 : 0;
}

/* Why this shape: spk_matches(sp, who) holds when `who` equals the id, name, role or
 * outlet (any case), is the same person as the name (same_person: same surname, and
 * a surname alone on either side or equal first names), or is a run of whole words of
 * the role. So `who` strings are keyed whole, by surname (all; those of one word) and
 * by surname and first name, each to the last entry; a speaker looks up its own
 * strings and every run of its role's words. */
struct spk_cast_index {
    hmap whole, any_last, single_last, pair;
};

void spk_cast_index_free(spk_cast_index *ix)
{
    if (!ix)
        return;
    hm_free(&ix->whole);
    hm_free(&ix->any_last);
    hm_free(&ix->single_last);
    hm_free(&ix->pair);
    free(ix);
}

spk_cast_index *spk_cast_index_new(const char *const *who, size_t n)
{
    spk_cast_index *ix = calloc(1, sizeof *ix);
    sb k = {0};
    if (!ix)
        return NULL;
    for (size_t c = 0; c < n; c++) {
        const char *f, *l;
        size_t fl, ll;
        int count;
        if (hm_put(&ix->whole, who[c], strlen(who[c]), (long)c, HM_MAX) != 0)
            goto fail;
        name_parts(who[c], &f, &fl, &l, &ll, &count);
        if (!count)
            continue;
        if (hm_put(&ix->any_last, l, ll, (long)c, HM_MAX) != 0)
            goto fail;
        if (count < 2 ? hm_put(&ix->single_last, l, ll, (long)c, HM_MAX) != 0
                      : pair_key(&k, l, ll, f, fl) != 0 ||
                            hm_put(&ix->pair, k.s, k.len, (long)c, HM_MAX) != 0)
            goto fail;
    }
    sb_free(&k);
    return ix;
fail:
    sb_free(&k);
    spk_cast_index_free(ix);
    return NULL;
}

static void take(const hmap *m, const char *k, size_t n, long *best)
{
    long v;
    if (hm_get(m, k, n, &v) && v > *best)
        *best = v;
}

long spk_cast_find(const spk_cast_index *ix, const st_speaker *sp)
{
    long best = -1;
    sb k = {0};
    take(&ix->whole, sp->id, strlen(sp->id), &best);
    if (sp->outlet)
        take(&ix->whole, sp->outlet, strlen(sp->outlet), &best);
    if (sp->name) {
        const char *f, *l;
        size_t fl, ll;
        int count;
        take(&ix->whole, sp->name, strlen(sp->name), &best);
        name_parts(sp->name, &f, &fl, &l, &ll, &count);
        if (count == 1) {
            take(&ix->any_last, l, ll, &best);
        } else if (count > 1) {
            take(&ix->single_last, l, ll, &best);
            if (pair_key(&k, l, ll, f, fl) == 0)
                take(&ix->pair, k.s, k.len, &best);
        }
    }
    if (sp->role) {
        /* the whole role, and every run of up to ROLE_SPAN of its words */
        const char *r = sp->role;
        size_t m = strlen(r);
        take(&ix->whole, r, m, &best);
        for (size_t a = 0; a < m; a++) {
            if (r[a] == ' ' || (a > 0 && r[a - 1] != ' '))
                continue;
            int words = 0;
            for (size_t b = a; b <= m && words < ROLE_SPAN; b++)
                if (b == m || r[b] == ' ') {
                    if (b > a && r[b - 1] != ' ')
                        take(&ix->whole, r + a, b - a, &best);
                    words++;
                }
        }
    }
    sb_free(&k);
    return best;
}

/* Whether role is one the public holds in a transcript (a caller, a shareholder), not
 * a title. */
static int public_role(const char *role)
{
    static const char *const public[] = {"Caller", "Listener", "Viewer", "Shareholder", "Guest",
                                          "Witness", "Panellist", "Panelist", "Audience"};
    for (size_t q = 0; q < sizeof public / sizeof *public; q++) {
        size_t l = strlen(public[q]);
        /* (numbered too: "Caller 2") */
        if (strncmp(role, public[q], l) == 0 &&
            (role[l] == '\0' || (role[l] == ' ' && role[l + 1] && strspn(role + l + 1, "0123456789") == strlen(role + l + 1))))
            return 1;
    }
    return 0;
}

/* Whether a speaker is announced title first: a one-word role before a surname
 * ("Senator McKenna", "Commissioner Berg"), or a title's abbreviation before any name
 * ("Gen. Tom Hale", "Rep. Haugen"). */
static int title_first(const st_speaker *sp)
{
    size_t rl = strlen(sp->role);
    if (!rl || strchr(sp->role, ','))
        return 0;
    if (strchr(sp->role, ' ')) {
        /* "Chief Justice Roberts": a title of a few words before a surname */
        const char *lw = strrchr(sp->role, ' ') + 1;
        return !strchr(sp->name, ' ') && txt_words(sp->role, 0, rl) <= 3 && isupper((unsigned char)sp->role[0]) &&
               is_role_word(lw, strlen(lw)) && !strstr(sp->role, " of ") && !strstr(sp->role, " for ");
    }
    int abbr = sp->role[rl - 1] == '.' && rl > 1 && seg_abbreviation(sp->role, rl - 1) == 't';
    return abbr || (!strchr(sp->name, ' ') && is_role_word(sp->role, rl) && !public_role(sp->role));
}

int spk_is_room(const char *role)
{
    return strcmp(role, "Audience") == 0 || strcmp(role, "Audience member") == 0 ||
           strcmp(role, "Audience members") == 0 || strcmp(role, "Crowd") == 0 ||
           strcmp(role, "Unidentified man") == 0 || strcmp(role, "Unidentified woman") == 0 ||
           strcmp(role, "Unidentified speaker") == 0;
}

/* An outlet's two or three capitals, said letter by letter ("FT", "NO"), unless the
 * acronyms' list reads them as a word. */
static int letters_outlet(const char *o)
{
    size_t n = strlen(o);
    if (n < 2 || n > 3 || strspn(o, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != n)
        return 0;
    const char *line = data_word_line("en/acronyms.txt", o, n, 0, DATA_NOT_FIRST);
    return !line || line[0] != 'w';
}

char *spk_announcement(const st_speaker *sp)
{
    sb o = {0};
    /* herald's own words in the statement's language ("Question de", "Modérateur") */
    const char *role = sp->role ? data_say(sp->role) : NULL;
    if (sp->asks && sp->name && sp->outlet)
        sb_printf(&o, "%s, %s", sp->name, sp->outlet);
    else if (sp->asks && sp->role && strcmp(sp->role, "Interviewer") == 0)
        sb_printf(&o, sp->name ? "%s, %s" : "%s", sp->name ? sp->name : data_say("Interviewer"),
                  data_lang() ? data_say("Interviewer") : "interviewer");
    else if (sp->asks && sp->outlet && letters_outlet(sp->outlet)) {
        /* "NO:", "IT:" asking: the letters, not the words "no" and "it" */
        sb_printf(&o, "%s ", data_say("Question from"));
        for (const char *c = sp->outlet; *c; c++)
            sb_printf(&o, "%c.", *c);
    } else if (sp->asks && sp->outlet)
        sb_printf(&o, "%s %s", data_say("Question from"), sp->outlet);
    else if (sp->asks && !sp->name && sp->role && spk_is_room(sp->role))
        sb_puts(&o, data_say(sp->role)); /* "Audience" */
    else if (sp->asks && sp->name && sp->role && strcmp(sp->role, "Questioner") == 0 &&
             !strpbrk(sp->name, "0123456789#") &&
             (!is_role_word(sp->name, strcspn(sp->name, " ")) || is_honorific(sp->name, strcspn(sp->name, " "))) &&
             strncmp(sp->name, "Audience", 8) != 0 && strncmp(sp->name, "Questioner", 10) != 0 &&
             strncmp(sp->name, "Participant", 11) != 0 && strncmp(sp->name, "Caller", 6) != 0)
        sb_printf(&o, "%s %s", data_say("Question from"), sp->name); /* "QUESTION SCHULTE:" */
    else if (sp->asks)
        sb_puts(&o, data_say("Question"));
    else if (sp->name && sp->role && title_first(sp))
        sb_printf(&o, "%s %s", sp->role, sp->name); /* "Senator McKenna", "Gen. Tom Hale" */
    else if (sp->name && sp->role)
        sb_printf(&o, "%s, %s", sp->name, role);
    else
        sb_puts(&o, sp->name ? sp->name : role ? role : "Speaker");
    if (o.len && o.s[o.len - 1] != '.')
        sb_putc(&o, '.');
    return o.oom ? (sb_free(&o), NULL) : sb_take(&o);
}

/* ------------------------------------------------------------ the index */

/* Why an index: a transcript may name tens of thousands of speakers, and each label
 * used to be compared with every speaker so far. Each question "the first speaker (or
 * byline person) who is the same person / holds this role" is answered by a few
 * lookups that give exactly the first match a scan would find.
 *
 * Names: same_person(a, b) holds when the surnames are equal and either name is a
 * surname alone or the first names are equal. So per surname: the first of all, the
 * first of the one-word names, and per first name the first of the longer names.
 * Roles: role_matches(full, role) holds when `role` is a run of whole words of `full`,
 * so every run of up to ROLE_SPAN words of a role is a key (and the whole role). */

struct who_index {
    hmap all, single, first_last, role;
};
typedef struct who_index who_index;

struct spk_index {
    who_index speakers, people;
    hmap askers;
    size_t people_done; /* byline people indexed so far */
    int court;          /* the text is a court's record: 0 not asked yet, 1 no, 2 yes */
};

static void who_free(who_index *w)
{
    hm_free(&w->all);
    hm_free(&w->single);
    hm_free(&w->first_last);
    hm_free(&w->role);
}

void spk_index_free(struct spk_index *ix)
{
    if (!ix)
        return;
    who_free(&ix->speakers);
    who_free(&ix->people);
    hm_free(&ix->askers);
    free(ix);
}

static int index_name(who_index *w, const char *name, long i, sb *k)
{
    const char *f, *l;
    size_t fl, ll;
    int count;
    name_parts(name, &f, &fl, &l, &ll, &count);
    if (!count)
        return 0;
    if (hm_put(&w->all, l, ll, i, HM_FIRST) != 0)
        return -1;
    if (count < 2)
        return hm_put(&w->single, l, ll, i, HM_FIRST);
    if (pair_key(k, l, ll, f, fl) != 0)
        return -1;
    return hm_put(&w->first_last, k->s, k->len, i, HM_FIRST);
}

static int index_role(who_index *w, const char *role, long i)
{
    size_t m = strlen(role);
    if (hm_put(&w->role, role, m, i, HM_FIRST) != 0)
        return -1;
    for (size_t a = 0; a < m; a++) {
        if (role[a] == ' ' || (a > 0 && role[a - 1] != ' '))
            continue;
        int words = 0;
        for (size_t b = a; b <= m && words < ROLE_SPAN; b++)
            if (b == m || role[b] == ' ') {
                if (b > a && role[b - 1] != ' ' && hm_put(&w->role, role + a, b - a, i, HM_FIRST) != 0)
                    return -1;
                words++;
            }
    }
    return 0;
}

/* The first indexed person who is `name` (or, with no name, holds `role`), or -1. */
static long who_find(const who_index *w, const char *name, const char *role, sb *k)
{
    long best = -1, v;
    if (name) {
        const char *f, *l;
        size_t fl, ll;
        int count;
        name_parts(name, &f, &fl, &l, &ll, &count);
        if (!count)
            return -1;
        if (count < 2)
            return hm_get(&w->all, l, ll, &v) ? v : -1;
        if (hm_get(&w->single, l, ll, &v))
            best = v;
        if (pair_key(k, l, ll, f, fl) == 0 && hm_get(&w->first_last, k->s, k->len, &v) &&
            (best < 0 || v < best))
            best = v;
        return best;
    }
    if (!role)
        return -1;
    if (hm_get(&w->role, role, strlen(role), &v))
        return v;
    /* "Spokesman:" under "… by Tobias Renner, Spokesperson for the Secretary-General":
     * one office, whatever the word's gender */
    static const char *const same[][4] = {{"Spokesperson", "Spokesman", "Spokeswoman", NULL},
                                          {"Chair", "Chairman", "Chairwoman", "Chairperson"}};
    for (size_t g = 0; g < sizeof same / sizeof *same; g++) {
        int in = 0;
        for (size_t k2 = 0; k2 < 4 && same[g][k2] && !in; k2++)
            in = strcmp(role, same[g][k2]) == 0;
        for (size_t k2 = 0; k2 < 4 && same[g][k2] && in; k2++)
            if (strcmp(role, same[g][k2]) != 0 && hm_get(&w->role, same[g][k2], strlen(same[g][k2]), &v))
                return v;
    }
    return -1;
}

static hd_status index_new(hd_doc *d)
{
    if (!d->who && !(d->who = calloc(1, sizeof *d->who)))
        return HD_ERR_NOMEM;
    return HD_OK;
}

/* Indexes the byline people not indexed yet. */
static hd_status index_people(hd_doc *d, sb *k)
{
    struct spk_index *ix = d->who;
    for (; ix->people_done < d->npeople; ix->people_done++) {
        const st_person *pe = &d->people[ix->people_done];
        long i = (long)ix->people_done;
        if ((pe->name && index_name(&ix->people, pe->name, i, k) != 0) ||
            (pe->role && index_role(&ix->people, pe->role, i) != 0))
            return HD_ERR_NOMEM;
    }
    return HD_OK;
}

static hd_status add_speaker(hd_doc *d, const char *name, const char *role, const char *outlet,
                             int asks, int *index)
{
    if (grow((void **)&d->speakers, &d->cap_speakers, d->nspeakers + 1, sizeof *d->speakers) != 0)
        return HD_ERR_NOMEM;
    st_speaker *sp = &d->speakers[d->nspeakers];
    memset(sp, 0, sizeof *sp);
    char id[32];
    snprintf(id, sizeof id, "s%zu", d->nspeakers + 1);
    sp->id = xstrdup(id);
    sp->name = name ? xstrdup(name) : NULL;
    sp->role = role ? xstrdup(role) : NULL;
    sp->outlet = outlet ? xstrdup(outlet) : NULL;
    sp->asks = asks;
    if (!sp->id || (name && !sp->name) || (role && !sp->role) || (outlet && !sp->outlet)) {
        free(sp->id);
        free(sp->name);
        free(sp->role);
        free(sp->outlet);
        return HD_ERR_NOMEM;
    }
    *index = (int)d->nspeakers++;
    if (!asks) {
        sb k = {0};
        int bad = index_new(d) != HD_OK ||
                  (sp->name && index_name(&d->who->speakers, sp->name, *index, &k) != 0) ||
                  (sp->role && index_role(&d->who->speakers, sp->role, *index) != 0);
        sb_free(&k);
        if (bad)
            return HD_ERR_NOMEM;
    }
    return HD_OK;
}

/* 1 when a name opens with a man's honorific, 2 a woman's, 0 neither. */
static int honorific_gender(const char *name)
{
    static const char *const men[] = {"Mr", "Mr.", "M.", "Monsieur", "Sr.", "Señor", "Herr", "Don"};
    static const char *const women[] = {"Mrs", "Mrs.", "Ms", "Ms.", "Mme", "Mme.", "Madame", "Miss", "Mlle",
                                        "Sra.", "Señora", "Srta.", "Frau", "Doña", "Dña."};
    size_t n = strcspn(name, " ");
    for (size_t k = 0; k < sizeof men / sizeof *men; k++)
        if (strlen(men[k]) == n && u8_ncasecmp(men[k], name, n) == 0)
            return 1;
    for (size_t k = 0; k < sizeof women / sizeof *women; k++)
        if (strlen(women[k]) == n && u8_ncasecmp(women[k], name, n) == 0)
            return 2;
    return 0;
}

/* "M. Ruiz" and "Mme Ruiz", "Mr. Hale" and "Ms. Hale": two people of one surname. */
static int other_gender(const char *a, const char *b)
{
    int ga = a ? honorific_gender(a) : 0, gb = b ? honorific_gender(b) : 0;
    return ga && gb && ga != gb;
}

/* The speaker for a person described by name and/or role: an existing speaker, a
 * byline person now heard, or a new one. */
/* For a label of a title and a surname alone ("Dr. Hale", "Professor Lee") that
 * found `known` ("Graham Hale"): the full name the text gives someone of that
 * title and surname with another given name ("… joined by Dr. Nora Hale"), new;
 * NULL when there is none. */
static char *titled_in_text(hd_doc *d, const char *name, const char *known)
{
    static const char *const titles[] = {"Dr.", "Dr", "Doctor", "Prof.", "Prof", "Professor"};
    size_t tl = strcspn(name, " ");
    const char *sur = name + tl + 1;
    int titled = 0;
    for (size_t k = 0; k < sizeof titles / sizeof *titles; k++)
        titled |= strlen(titles[k]) == tl && strncmp(name, titles[k], tl) == 0;
    /* (a few searches of the text a statement, whatever its labels: its cost stays
     * linear in its length) */
    if (!titled || !name[tl] || strchr(sur, ' ') || !known || strncmp(known, name, tl) == 0 || d->titled_scans >= 16)
        return NULL;
    d->titled_scans++;
    const char *kf, *kl;
    size_t kfl, kll;
    int count;
    name_parts(known, &kf, &kfl, &kl, &kll, &count);
    size_t sl = strlen(sur);
    const char *s = d->src;
    for (size_t x = 0; x + tl + sl + 4 < d->len; x++) {
        if ((x > 0 && s[x - 1] != ' ' && s[x - 1] != '\n') || strncmp(s + x, name, tl) != 0 || s[x + tl] != ' ')
            continue;
        size_t g = x + tl + 1, ge = g;
        while (ge < d->len && isalpha((unsigned char)s[ge]))
            ge++;
        if (ge == g || !isupper((unsigned char)s[g]) || ge + 1 + sl > d->len || s[ge] != ' ' ||
            strncmp(s + ge + 1, sur, sl) != 0 || isalpha((unsigned char)s[ge + 1 + sl]))
            continue;
        if (kf && count >= 2 && kfl == ge - g && strncmp(kf, s + g, kfl) == 0)
            continue; /* (the known one, by her title) */
        /* (introduced as there to speak: "I am joined by Dr. Nora Hale", not "founded
         * by my mother, Dr. Nora Hale") */
        static const char *const joins[] = {"joined by ", "joined today by ", "with me ", "alongside ",
                                            "introduce ", "welcome ", "accompanied by ", "together with ",
                                            "with me today is ", "with me is ", "joining me is ",
                                            "joining me today is ", "joining us is ", "joining us today is "};
        int joined = 0;
        for (size_t k = 0; k < sizeof joins / sizeof *joins && !joined; k++) {
            size_t jl = strlen(joins[k]);
            joined = x >= jl && u8_ncasecmp(s + x - jl, joins[k], jl) == 0;
        }
        if (!joined)
            continue;
        return xstrndup(s + x, ge + 1 + sl - x);
    }
    return NULL;
}

/* Whether the capitals of `letters` (2 or 3) are the initials of capitalised words in
 * a row of `role` that end in an office's word ("CS": "Transport Cabinet Secretary",
 * "Chief Secretary for Administration"; not "Corporate Services", nor "United
 * Nations" for "the UN"), or are a word of it ("Interior CS"). */
static int role_initials(const char *letters, const char *role)
{
    static const char *const heads[] = {"Director", "Officer", "Executive", "Manager", "Administrator",
                                        "Registrar", "Coordinator", "Controller"};
    /* (a country's or a bloc's letters are its own: "the US said", "the EU said") */
    static const char *const places[] = {"US", "UK", "UN", "EU", "AU", "UAE", "USA", "GCC", "PRC", "ROK", "DRC"};
    if (word_in(places, sizeof places / sizeof *places, letters, strlen(letters)))
        return 0;
    const char *ws[32];
    size_t wl[32], n = 0, l = strlen(letters);
    for (const char *p = role; *p && n < 32;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        ws[n] = p;
        while (*p && *p != ' ')
            p++;
        wl[n] = (size_t)(p - ws[n]);
        while (wl[n] > 0 && ws[n][wl[n] - 1] == ',')
            wl[n]--;
        if (wl[n] == l && strncmp(ws[n], letters, l) == 0)
            return 1;
        n++;
    }
    for (size_t k = 0; k + l <= n; k++) {
        size_t q = 0;
        while (q < l && ws[k + q][0] == letters[q])
            q++;
        if (q == l && (spk_personal_office(ws[k + l - 1], wl[k + l - 1]) ||
                       word_in(heads, sizeof heads / sizeof *heads, ws[k + l - 1], wl[k + l - 1])))
            return 1;
    }
    return 0;
}

static hd_status person_speaker(hd_doc *d, const char *name, const char *role, int *index)
{
    /* '"…," the CS said.' after "Transport Cabinet Secretary Davis Chirchir said": an
     * office's initials, the one person whose office they are (Kenya's Cabinet
     * Secretary, Hong Kong's Chief Secretary) */
    if (!name && role && data_lang() == 0 && strlen(role) >= 2 && strlen(role) <= 3 && !txt_has_lower(role, strlen(role))) {
        long hit = -1;
        int many = 0;
        for (size_t q = 0; q < d->nspeakers; q++)
            if (d->speakers[q].name && d->speakers[q].role && strlen(d->speakers[q].role) > 3 &&
                role_initials(role, d->speakers[q].role)) {
                many |= hit >= 0;
                hit = (long)q;
            }
        if (hit >= 0 && !many) {
            *index = (int)hit;
            return HD_OK;
        }
    }
    /* "Harriet Lowe:" after "Harriet Lowe, Financial Times:": the journalist who asked,
     * by her full name */
    if (name && strchr(name, ' ') && !role)
        for (size_t q = 0; q < d->nspeakers; q++)
            if (d->speakers[q].asks && d->speakers[q].name && same_ci(d->speakers[q].name, name)) {
                *index = (int)q;
                return HD_OK;
            }
    sb k = {0};
    hd_status st = index_new(d);
    if (st == HD_OK)
        st = index_people(d, &k);
    if (st != HD_OK) {
        sb_free(&k);
        return st;
    }
    long i = who_find(&d->who->speakers, name, role, &k);
    if (i >= 0 && name && other_gender(name, d->speakers[i].name)) {
        /* the surname's first holder is the other one: the one of this honorific */
        i = -1;
        for (size_t q = 0; q < d->nspeakers && i < 0; q++)
            if (d->speakers[q].name && !other_gender(name, d->speakers[q].name) &&
                honorific_gender(d->speakers[q].name) && same_person(d->speakers[q].name, name))
                i = (long)q;
    }
    /* "DR. HALE:" after "DEPUTY PRIME MINISTER GRAHAM HALE:", where the text
     * introduces "Dr. Nora Hale": the one the title and the surname name there */
    char *titled = NULL;
    if (i >= 0 && name && !role)
        titled = titled_in_text(d, name, d->speakers[i].name);
    else if (i >= 0 && name && role && !strchr(name, ' ') && !strchr(role, ' ')) {
        /* ("PROFESSOR HALE:": the title read as a role) */
        sb t = {0};
        sb_printf(&t, "%s %s", role, name);
        char *tn = sb_take(&t);
        if (!tn) {
            sb_free(&k);
            return HD_ERR_NOMEM;
        }
        titled = titled_in_text(d, tn, d->speakers[i].name);
        free(tn);
    }
    if (titled) {
        sb_free(&k);
        st = person_speaker(d, titled, NULL, index);
        free(titled);
        return st;
    }
    long j = i < 0 ? who_find(&d->who->people, name, role, &k) : -1;
    if (j >= 0 && name && other_gender(name, d->people[j].name))
        j = -1;
    int oom = k.oom;
    sb_free(&k);
    if (oom)
        return HD_ERR_NOMEM;
    if (i >= 0) {
        /* "LORNA VICKERY, HOST:" for the byline's Lorna Vickery: the label says what
         * she is */
        st_speaker *sp = &d->speakers[i];
        if (role && *role && !sp->role && name && sp->name && strlen(name) == strlen(sp->name) &&
            u8_ncasecmp(name, sp->name, strlen(name)) == 0 && !(sp->role = xstrdup(role)))
            return HD_ERR_NOMEM;
        *index = (int)i;
        return HD_OK;
    }
    if (j >= 0)
        return add_speaker(d, d->people[j].name, d->people[j].role ? d->people[j].role : role, NULL,
                           d->people[j].asks, index);
    /* "Ms Kerr:", "KERR:" after "Sam Kerr (Reuters):": the journalist who asked, by
     * surname, when one asker alone has it */
    if (name && !role) {
        long only = -1;
        int many = 0;
        for (size_t q = 0; q < d->nspeakers && !many; q++)
            if (d->speakers[q].asks && d->speakers[q].name && same_person(d->speakers[q].name, name) &&
                !other_gender(name, d->speakers[q].name)) {
                many = only >= 0;
                only = (long)q;
            }
        if (only >= 0 && !many) {
            *index = (int)only;
            return HD_OK;
        }
    }
    /* "JASON:" after "JASON MOHAMMAD:": a given name alone is the one speaker of that
     * given name, when there is one */
    if (name && !role && !strchr(name, ' ')) {
        long only = -1;
        int many = 0;
        for (size_t q = 0; q < d->nspeakers && !many; q++) {
            const char *f, *l;
            size_t fl, ll;
            int count;
            if (!d->speakers[q].name)
                continue;
            name_parts(d->speakers[q].name, &f, &fl, &l, &ll, &count);
            if (count >= 2 && fl == strlen(name) && u8_ncasecmp(f, name, fl) == 0) {
                many = only >= 0;
                only = (long)q;
            }
        }
        if (only >= 0 && !many) {
            *index = (int)only;
            return HD_OK;
        }
    }
    return add_speaker(d, name, role, NULL, 0, index);
}

/* A generic speaker for those who ask: one per role and outlet. */
hd_status spk_person(hd_doc *d, const char *name, const char *role, int *speaker)
{
    return person_speaker(d, name, role, speaker);
}

static hd_status asker(hd_doc *d, const char *role, const char *outlet, const char *name,
                       int *index)
{
    sb k = {0};
    long v;
    hd_status st = index_new(d);
    if (st != HD_OK)
        return st;
    sb_puts(&k, role);
    sb_putc(&k, '\x1f');
    sb_puts(&k, outlet ? outlet : "\x1e");
    sb_putc(&k, '\x1f');
    sb_puts(&k, name ? name : "\x1e");
    if (k.oom) {
        sb_free(&k);
        return HD_ERR_NOMEM;
    }
    if (hm_get(&d->who->askers, k.s, k.len, &v)) {
        sb_free(&k);
        *index = (int)v;
        return HD_OK;
    }
    /* "SAM KERR, REUTERS:" then "Sam Kerr (Reuters):": one journalist, however the
     * label writes her and her outlet (the first label's words kept) */
    for (size_t q = 0; name && strchr(name, ' ') && q < d->nspeakers; q++) {
        st_speaker *sp = &d->speakers[q];
        if (sp->asks && sp->name && same_ci(sp->name, name) && (!outlet || !sp->outlet || same_ci(sp->outlet, outlet))) {
            sb_free(&k);
            /* (the outlet as written in capitals gives way to its own case: "REUTERS",
             * then "Reuters") */
            if (outlet && (!sp->outlet || (!txt_has_lower(sp->outlet, strlen(sp->outlet)) &&
                                           txt_has_lower(outlet, strlen(outlet))))) {
                char *o = xstrdup(outlet);
                if (!o)
                    return HD_ERR_NOMEM;
                free(sp->outlet);
                sp->outlet = o;
            }
            *index = (int)q;
            return HD_OK;
        }
    }
    st = add_speaker(d, name, role, outlet, 1, index);
    if (st == HD_OK && hm_put(&d->who->askers, k.s, k.len, *index, HM_FIRST) != 0)
        st = HD_ERR_NOMEM;
    sb_free(&k);
    return st;
}

hd_status spk_questioner(hd_doc *d, int *speaker) { return asker(d, "Questioner", NULL, NULL, speaker); }

hd_status spk_interviewer(hd_doc *d, const char *name, int *speaker)
{
    return asker(d, "Interviewer", NULL, name, speaker);
}

/* The attribution verb (data/en/attribution.txt) that s[a, b) starts with: its
 * length, or 0. */
/* "President Erdoğan also said", "Ms Obi then added": an adverb between the person
 * and the verb is not part of who it is. The end of [a, e) without it. */
static size_t drop_adverb(const char *s, size_t a, size_t e)
{
    static const char *const adverbs[] = {"also", "further", "then", "later", "again", "additionally",
                                          "however", "meanwhile", "separately", "subsequently", "earlier",
                                          "previously", "once", "finally", "today"};
    size_t t = e;
    while (t > a && s[t - 1] == ' ')
        t--;
    size_t w = t;
    while (w > a && s[w - 1] != ' ')
        w--;
    for (size_t k = 0; w > a && k < sizeof adverbs / sizeof *adverbs; k++)
        if (strlen(adverbs[k]) == t - w && strncmp(s + w, adverbs[k], t - w) == 0) {
            while (w > a && s[w - 1] == ' ')
                w--;
            return w;
        }
    return e;
}

static size_t attribution_verb(const char *s, size_t a, size_t b)
{
    const data_file *f = data_get("en/attribution.txt");
    size_t pos = 0, len, best = 0;
    const char *line;
    while (f && data_next_line(f, &pos, &line, &len))
        if (b - a > len && strncmp(s + a, line, len) == 0 && !isalpha((unsigned char)s[a + len]) && len > best)
            best = len;
    return best;
}

/* Where the person named from `at` ends: at a comma, a line's end or the sentence's
 * stop (not an abbreviation's). */
static size_t person_end(const char *s, size_t at, size_t b)
{
    size_t e = at;
    while (e < b && e - at <= 120 && s[e] != ',' && s[e] != '\n' && s[e] != ':') {
        if (s[e] == '.' && (e + 1 >= b || s[e + 1] == ' ' || s[e + 1] == '\n')) {
            size_t w = e;
            while (w > at && s[w - 1] != ' ')
                w--;
            /* "said Rep. Hale." runs on past a title's stop, "said U.S. Attorney Abiodun."
             * past an abbreviation's or an initial's before a capital */
            int on = is_honorific(s + w, e - w + 1) || seg_abbreviation(s + w, e - w) == 't' ||
                     ((seg_abbreviation(s + w, e - w) || (e - w == 1 && isupper((unsigned char)s[w])) ||
                       memchr(s + w, '.', e - w) || (e - w == 2 && s[w] == 'M' && s[w + 1] == 'a')) &&
                      e + 2 < b && s[e + 1] == ' ' && isupper((unsigned char)s[e + 2]));
            /* (and "Ma.", the Philippines' María: "said Ma. Cristina Villanueva") */
            if (!on)
                break;
        }
        e++;
    }
    return e;
}

static char *plural_office(const char *t);

static int name_stop(const char *s, size_t a, size_t k);
static hd_status person_speaker(hd_doc *d, const char *name, const char *role, int *speaker);
static int honorific_gender(const char *name);

/* The person the sentence just before s[a] opens with, in the same paragraph: its
 * capitalised words (and "of", "for", "the", "and" among them, and a name set off
 * by commas) before its verb in lower case ("The Minister of Finance, Mr. Wale Edun,
 * has announced …"), when they name one person. */
static hd_status subject_before(hd_doc *d, size_t a, int she, int *speaker)
{
    const char *s = d->src;
    size_t e = a;
    while (e > 0 && s[e - 1] == ' ')
        e--;
    if (e < 2 || s[e - 1] != '.')
        return HD_OK;
    size_t st = e - 1;
    while (st > 0 && !(s[st - 1] == '\n') && !(st >= 2 && strchr(".!?", s[st - 2]) && s[st - 1] == ' ' &&
                                                  !name_stop(s, 0, st - 2)))
        st--;
    size_t w = st, subj = st;
    while (w < e) {
        size_t we = w;
        while (we < e && s[we] != ' ')
            we++;
        size_t core = we;
        while (core > w && s[core - 1] == ',')
            core--;
        static const char *const smalls[] = {"of", "for", "the", "and"};
        int small = subj > st && word_in(smalls, sizeof smalls / sizeof *smalls, s + w, core - w);
        if (!isupper((unsigned char)s[w]) && !small)
            break;
        if (isupper((unsigned char)s[w]))
            subj = core;
        w = we + 1;
    }
    /* (then its verb: "has announced", "said", "told", "welcomed") */
    if (subj <= st || w >= e || !islower((unsigned char)s[w]) || memchr(s + st, '"', subj - st))
        return HD_OK;
    /* (one person, named in full: not "President Tinubu and Vice President Shettima",
     * "The Ministry of Finance", "Her deputy") */
    for (size_t k = st; k + 5 <= subj; k++)
        if (memcmp(s + k, " and ", 5) == 0)
            return HD_OK;
    /* (and no one else named in the sentence: "… met the delegation led by Mr. Ari
     * Aisen.", "… named the victim as Paul Smith.": two capitalised words in a row,
     * or a form of address) */
    for (size_t k = subj; k + 2 < e; k++) {
        if (s[k] != ' ' || !isupper((unsigned char)s[k + 1]))
            continue;
        size_t we = k + 1;
        while (we < e && s[we] != ' ')
            we++;
        if (is_honorific(s + k + 1, we - k - 1) || (we + 1 < e && s[we] == ' ' && isupper((unsigned char)s[we + 1]) &&
                                                    isalpha((unsigned char)s[we - 1])))
            return HD_OK;
    }
    char *text = xstrndup(s + st, subj - st), *role = NULL, *name = NULL;
    if (!text)
        return HD_ERR_NOMEM;
    hd_status r = spk_split_person(text, &role, &name);
    free(text);
    /* (a person by a form of address that says "he" or "she", as the pronoun does:
     * "Mr. Wale Edun" for "He said", not "Mrs. Zainab Ahmed", nor "The Nigerian Army") */
    size_t hl = name ? strcspn(name, " ") : 0;
    int hon = name && is_honorific(name, hl), g = hon ? honorific_gender(name) : 0;
    if (r == HD_OK && name && strchr(name, ' ') && hon && g && (g == 2) == (she != 0) &&
        !data_word_line("en/bodies.txt", name, strlen(name), 0, DATA_ANYWHERE))
        r = person_speaker(d, name, role, speaker);
    free(role);
    free(name);
    return r;
}

/* The speaker of the person s[a, e) names, when it names one. */
static hd_status attributed(hd_doc *d, size_t a, size_t e, int *speaker)
{
    const char *s = d->src;
    *speaker = -1;
    if (e <= a || e - a > 120)
        return HD_OK;
    /* "State Senators Anne Whitfield and James Okafor said:": two who say it together,
     * no one's voice */
    if (isupper((unsigned char)s[a]) && memchr(s + a, ' ', e - a)) {
        char *t = xstrndup(s + a, e - a), *pl = t ? plural_office(t) : NULL;
        free(t);
        if (pl) {
            free(pl);
            return HD_OK;
        }
    }
    /* "She said", "He added": the person the last quotation was given to, when the
     * statement has given one; "it", "we", "I", "they" are not known here */
    /* (and "him", "her": 'According to him, "…"') */
    static const char *const pronouns[] = {"he", "she", "they", "it", "we", "I", "He", "She", "They", "It", "We",
                                           "him", "her"};
    for (size_t k = 0; k < sizeof pronouns / sizeof *pronouns; k++)
        if (strlen(pronouns[k]) == e - a && strncmp(s + a, pronouns[k], e - a) == 0) {
            int person = (e - a == 2 && (s[a] == 'h' || s[a] == 'H')) || (e - a == 3 && (s[a] == 's' || s[a] == 'S')) ||
                         k >= 11;
            /* (right after it: the last paragraphs; a person named since may be meant) */
            for (size_t q = d->nblocks; person && q-- > 0 && q + 3 >= d->nblocks;)
                if (d->blocks[q].quoted && d->blocks[q].speaker >= 0 && d->blocks[q].start < a) {
                    /* no one else named between ("… chair Ana Ruiz criticised it." / "She
                     * said: …") */
                    int other = 0;
                    for (size_t x = d->blocks[q].end; x + 1 < a && !other; x++)
                        if ((s[x] == ' ' || s[x] == '\n') && isupper((unsigned char)s[x + 1]) && x > 0 && s[x - 1] != ':' &&
                            s[x - 1] != '"') {
                            size_t nw = name_words(s + x + 1);
                            other = nw && memchr(s + x + 1, ' ', nw) != NULL;
                        }
                    if (!other)
                        *speaker = d->blocks[q].speaker;
                    break;
                }
            /* "The Minister of Finance, Mr. Wale Edun, has announced … He said, '…'": no
             * one quoted yet, the person the sentence before opens with */
            if (person && *speaker < 0 && data_lang() == 0)
                return subject_before(d, a, s[a] == 's' || s[a] == 'S' || (e - a == 3 && s[a + 1] == 'e'), speaker);
            return HD_OK;
        }
    /* « a déclaré la ministre Claire Vasseur », "ha afirmado la ministra Carmen Vidal":
     * another language's article before the person (data/fr/articles.txt) */
    if (data_lang() != 0 && !txt_starts_upper(s + a, e - a)) {
        size_t w = a;
        while (w < e && s[w] != ' ')
            w++;
        if (w < e && data_has_line("en/articles.txt", s + a, w - a))
            a = w + 1;
    }
    /* (the word up to the attribution's end: « a déclaré la ministre. ») */
    size_t w1 = 0;
    while (a + w1 < e && s[a + w1] != ' ' && s[a + w1] != ',' && s[a + w1] != '.')
        w1++;
    if (!txt_starts_upper(s + a, e - a) && strncmp(s + a, "the ", 4) != 0 &&
        !(data_lang() != 0 && is_role_word(s + a, w1)))
        return HD_OK;
    /* "As Dr. B.R. Ambedkar said,", "Like President Lincoln said,": the conjunction
     * is no part of who said it */
    if (e - a > 5 && (strncmp(s + a, "As ", 3) == 0 || strncmp(s + a, "Like ", 5) == 0)) {
        size_t k = s[a] == 'A' ? 3 : 5;
        if (isupper((unsigned char)s[a + k]) && strncmp(s + a + k, "The ", 4) != 0)
            a += k;
    }
    /* "On his 65th birthday, February 23, His Majesty said": a date before the one
     * who speaks is no role of his */
    {
        dt_date dd;
        size_t dl = dt_date_at(s + a, e - a, DT_DAY_FIRST, &dd);
        if (dl && a + dl + 2 < e && s[a + dl] == ',' && s[a + dl + 1] == ' ' && isupper((unsigned char)s[a + dl + 2]))
            a += dl + 2;
    }
    char *text = xstrndup(s + a, e - a), *role = NULL, *name = NULL;
    hd_status st = HD_OK;
    /* "A Department of Health and Social Care spokesperson": someone not named, whose
     * role is all the words after the article (its "and" joins no two people) */
    size_t art = data_lang() == 0 && text ? (strncmp(text, "A ", 2) == 0 ? 2 : strncmp(text, "An ", 3) == 0 ? 3 : 0) : 0;
    const char *lw = NULL;
    size_t ln = 0;
    if (art && text[art] && isupper((unsigned char)text[art])) {
        last_word(text + art, &lw, &ln);
        if (ln && (is_role_word(lw, ln) || role_word_ci(lw, ln)) && !(role = xstrdup(text + art)))
            st = HD_ERR_NOMEM;
    }
    if (st == HD_OK && !role)
        st = text ? spk_split_person(text, &role, &name) : HD_ERR_NOMEM;
    free(text);
    /* a role alone ends in a role's word ("the Mayor"); "As the report states" is
     * no one */
    if (st == HD_OK && role && !name) {
        const char *w;
        size_t n;
        last_word(role, &w, &n);
        /* (French and Spanish put the office's word first: « la ministre de la Santé ») */
        /* (and an English office for a body: "Spokesperson for Coral Sky Airlines") */
        size_t hw = strcspn(role, " ,");
        int head = (data_lang() != 0 && is_role_word(role, hw)) ||
                   (data_lang() == 0 && (strstr(role, " for ") || strstr(role, " of ") || strstr(role, " at ")) &&
                    (is_role_word(role, hw) || role_word_ci(role, hw)));
        if (!is_role_word(w, n) && !role_word_ci(w, n) && !(n >= 2 && !txt_has_lower(w, n)) && !head) {
            free(role);
            role = NULL;
        }
    }
    if (st == HD_OK && (name || role))
        st = person_speaker(d, name, role, speaker);
    free(role);
    free(name);
    return st;
}

/* After the person and a comma, an apposition that says who they are ("…, chief
 * librarian at the Eastside branch.", "…, M.D., Ph.D., director of the Office of …
 * in the FDA's Center for …"): the attribution runs on to the stop. */
/* s[x, y) past the spaces at x. */
static size_t skip_spaces_to(const char *s, size_t x, size_t y)
{
    while (x < y && s[x] == ' ')
        x++;
    return x;
}

static size_t apposition_end(const char *s, size_t e, size_t b)
{
    enum { MOST = 30 };
    if (e >= b || s[e] != ',')
        return e;
    size_t k = e + 1, words = 0;
    for (; k < b && s[k] != '"' && s[k] != '\n' && words <= MOST; k++) {
        /* (a quotation mark ends it, not an apostrophe: "Northgale’s President") */
        if ((unsigned char)s[k] == 0xE2 &&
            !(k + 3 < b && memcmp(s + k, "\xE2\x80\x99", 3) == 0 && isalpha((unsigned char)s[k + 3])))
            break;
        if (s[k] == ' ')
            words++;
        /* "…, Ph.D., associate professor …": a stop inside or after an abbreviation,
         * before a letter or a comma, ends nothing */
        if (s[k] == '.' && !(k + 1 < b && (isalpha((unsigned char)s[k + 1]) || s[k + 1] == ',')))
            break;
    }
    if (k < b && s[k] == '.' && words <= MOST)
        return k;
    return e;
}

/* '"…," said Patricia Gomez, CAQMD Executive Officer.': the body the person serves
 * (an acronym or a few capitalised words, "Kestrel Energy") before the office's word;
 * s[x, y) is the apposition. */
static int body_before_office(const char *s, size_t x, size_t y)
{
    for (size_t w = x, k = 0; w < y && k <= 3; k++) {
        size_t we = w;
        while (we < y && s[we] != ' ')
            we++;
        if (!isupper((unsigned char)s[w]) || s[we - 1] == ',')
            return 0;
        if (k > 0 && is_role_word(s + w, we - w))
            return 1;
        w = skip_spaces_to(s, we, y);
    }
    return 0;
}

hd_status spk_attribution(hd_doc *d, size_t a, size_t b, int *speaker, size_t *end)
{
    const char *s = d->src;
    *speaker = -1;
    while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\n' || s[a] == '\r'))
        a++;
    /* « … », a déclaré …: French and Spanish put the comma after the closing mark, and
     * so do British and European releases in English ('"We share the same goals",
     * said …') */
    if (a < b && s[a] == ',')
        for (a++; a < b && s[a] == ' '; a++)
            ;
    size_t vl = attribution_verb(s, a, b);
    if (vl && a + vl < b && s[a + vl] == ' ') {
        /* '"…," said Councillor Ana Ruiz.' */
        size_t at = a + vl + 1, e = person_end(s, at, b);
        if (e - at > 120)
            return HD_OK;
        /* « …», ha afirmado el ministro de Transportes, Luis Ortega, en …: the office,
         * a comma, then the name */
        /* ('"…," said Quanta Cloud's SVP of Infrastructure, Maeve Daly.': in English an
         * office with a role's word anywhere, a few words) */
        int office = 0;
        if (e < b && s[e] == ',' && data_lang() == 0 && txt_words(s, at, e) <= 8)
            for (size_t w = at; w < e && !office;) {
                size_t we = w;
                while (we < e && s[we] != ' ')
                    we++;
                office = we > w && isupper((unsigned char)s[w]) && is_role_word(s + w, we - w);
                w = we + 1;
            }
        if (e < b && s[e] == ',' && (data_lang() != 0 || office)) {
            size_t x = at, l = strcspn(s + x, " ,");
            if (x + l < e && data_has_line("en/articles.txt", s + x, l))
                x += l + 1;
            size_t nb = e + 1;
            while (nb < b && s[nb] == ' ')
                nb++;
            size_t hn = strcspn(s + nb, " ,");
            if (nb + hn < b && is_honorific(s + nb, hn))
                nb += hn + 1;
            size_t nl = name_words(s + nb);
            if ((office || is_role_word(s + x, strcspn(s + x, " ,"))) && nl && nb + nl <= b &&
                (nb + nl == b || s[nb + nl] == ',' || s[nb + nl] == '.' || s[nb + nl] == ' ')) {
                int who = -1;
                hd_status st = attributed(d, at, nb + nl, &who);
                if (st != HD_OK)
                    return st;
                if (who >= 0) {
                    *speaker = who;
                    size_t e2 = apposition_end(s, nb + nl, b);
                    *end = e2 < b && (s[e2] == '.' || s[e2] == ',') ? e2 + 1 : e2;
                    return HD_OK;
                }
            }
        }
        hd_status st = attributed(d, at, e, speaker);
        /* '"…," said club president Rui Lima.', 'said spokesperson Ana Ruiz': a title in
         * lower case, as agencies write it, before the name */
        if (st == HD_OK && *speaker < 0 && at < e && islower((unsigned char)s[at])) {
            /* or any words of a job in lower case: 'said lead author Maya Chen', 'said
             * study co-author Tom Reyes', 'said project scientist Dr. Ivo Marsh'; not
             * words that say when, where or how ('said on Monday Ana Ruiz') */
            static const char *const not_job[] = {"on", "in", "at", "by", "the", "a", "an", "of", "to", "for",
                                                  "with", "from", "during", "after", "before", "today",
                                                  "yesterday", "tonight", "recently", "also", "then",
                                                  "again", "later", "earlier", "and", "but", "that", "this",
                                                  "who", "which", "whose", "whom", "as", "when", "while"};
            size_t x = at, role_end = 0;
            int job = 1;
            for (int k = 0; k < 4 && x < e && islower((unsigned char)s[x]); k++) {
                size_t we = x;
                while (we < e && s[we] != ' ')
                    we++;
                if (is_role_word(s + x, we - x) || role_word_ci(s + x, we - x))
                    role_end = we;
                /* (nor a verb's form: "said officers who arrested Tom Hale", "said
                 * protesters blocking Ana Ruiz") */
                size_t wl = we - x;
                int verbish = (wl > 4 && strncmp(s + we - 3, "ing", 3) == 0) || (wl > 3 && strncmp(s + we - 2, "ed", 2) == 0);
                job &= !word_in(not_job, sizeof not_job / sizeof *not_job, s + x, we - x) && !verbish &&
                       (s[we - 1] != ',' && s[we - 1] != '.');
                x = we;
                while (x < e && s[x] == ' ')
                    x++;
            }
            size_t nx = x, hn = strcspn(s + x, " ,");
            if (x < e && x + hn < e && is_honorific(s + x, hn))
                nx = x + hn + 1;
            /* ("said founder and CEO Marcus Bell": an office in capitals after the
             * lower-case words, before the name) */
            for (size_t rw; role_end && nx < e && (rw = strcspn(s + nx, " ,")) > 0 && nx + rw < e &&
                            is_role_word(s + nx, rw) && isupper((unsigned char)s[nx + rw + 1]);)
                nx += rw + 1;
            /* (the name, then where the person works: 'said lead author Lars Vik of
             * the University of Bergen', '… at the Institute') */
            size_t nl = nx < e ? name_words(s + nx) : 0, ne = e;
            if (nl && nx + nl < e - 1 &&
                (strncmp(s + nx + nl, " of ", 4) == 0 || strncmp(s + nx + nl, " at ", 4) == 0 ||
                 strncmp(s + nx + nl, " from ", 6) == 0 || s[nx + nl] == ','))
                ne = nx + nl;
            if ((role_end || (job && x > at)) && nx < e && isupper((unsigned char)s[nx]) && nl >= ne - nx - 1 &&
                txt_words(s, nx, ne) >= 2)
                st = attributed(d, x, ne, speaker);
        }
        if (st == HD_OK && *speaker >= 0) {
            size_t ae = apposition_end(s, e, b);
            /* '"…," said Ana Ruiz, Chief Financial Officer.': the apposition is her
             * office, when the statement has given her none */
            st_speaker *sp = &d->speakers[*speaker];
            if (ae > e && sp->name && !sp->role) {
                size_t x = e + 1, y = ae;
                while (x < y && s[x] == ' ')
                    x++;
                /* ("…, M.D., Ph.D., Chief Medical Officer": her degrees first) */
                for (size_t pl; x < y && (pl = strcspn(s + x, ",")) > 0 && x + pl < y && post_nominal(s + x, pl);)
                    x = skip_spaces_to(s, x + pl + 1, y);
                if (y - x > 4 && strncmp(s + x, "the ", 4) == 0)
                    x += 4;
                size_t fw = strcspn(s + x, " ,.");
                if (x + fw <= y && txt_words(s, x, y) <= 10 && isupper((unsigned char)s[x]) &&
                    (is_role_word(s + x, fw) || role_word_ci(s + x, fw) || body_before_office(s, x, y)) &&
                    !(sp->role = xstrndup(s + x, y - x)))
                    st = HD_ERR_NOMEM;
            }
            e = ae;
            *end = e < b && (s[e] == '.' || s[e] == ',') ? e + 1 : e;
        }
        return st;
    }
    /* '"…," Ruiz said.', '"…," the Mayor added.': the person first, a few words */
    size_t words = 0;
    for (size_t k = a; k < b && words < 8 && s[k] != '\n' && s[k] != '"'; k++) {
        if (k > a && s[k - 1] == ' ') {
            words++;
            size_t v = attribution_verb(s, k, b);
            if (v && k + v <= b && (k + v == b || s[k + v] == '.' || s[k + v] == ',' || s[k + v] == ' ')) {
                size_t pe = k - 1, pa = a;
                if (pe > a && s[pe - 1] == ',') {
                    /* '"…," UEFA's chief integrity officer, Anneli Korhonen, said.': the
                     * name between the commas */
                    size_t c = pe - 1;
                    while (c > a && s[c - 1] != ',')
                        c--;
                    if (c <= a || s[c] != ' ')
                        return HD_OK;
                    pa = c + 1;
                    pe--;
                    size_t nl = name_words(s + pa);
                    if (!nl || pa + nl != pe)
                        return HD_OK;
                } else if (pe > a && s[pe - 1] == '.')
                    return HD_OK;
                hd_status st = attributed(d, pa, drop_adverb(s, pa, pe), speaker);
                if (st == HD_OK && *speaker >= 0) {
                    size_t e = k + v;
                    /* "Ruiz said on Monday." */
                    while (e < b && s[e] != '.' && s[e] != '\n' && s[e] != '"' && e - k < 60)
                        e++;
                    *end = e < b && s[e] == '.' ? e + 1 : e;
                }
                return st;
            }
        }
    }
    return HD_OK;
}

int spk_said_after(const hd_doc *d, size_t a, size_t b)
{
    const char *s = d->src;
    while (a < b && (s[a] == ' ' || s[a] == '\t'))
        a++;
    if (a < b && islower((unsigned char)s[a]) && attribution_verb(s, a, b))
        return 1; /* "said Ana Ruiz" */
    for (size_t k = a, words = 0; k < b && words < 12 && s[k] != '.' && s[k] != '\n' && s[k] != '"'; k++)
        if (s[k] == ' ' && k + 1 < b) {
            words++;
            size_t v = attribution_verb(s, k + 1, b);
            if (v && (k + 1 + v == b || s[k + 1 + v] == '.' || s[k + 1 + v] == ',' || s[k + 1 + v] == ' ')) {
                /* "she said": the one quoted last, most likely */
                static const char *const pronouns[] = {"he", "she", "they", "He", "She", "They"};
                for (size_t q = 0; q < sizeof pronouns / sizeof *pronouns; q++)
                    if (strlen(pronouns[q]) == k - a && strncmp(s + a, pronouns[q], k - a) == 0)
                        return 0;
                return 1;
            }
        }
    return 0;
}

int spk_pronoun_said(const hd_doc *d, size_t a, size_t b)
{
    const char *s = d->src;
    while (a < b && (s[a] == ' ' || s[a] == ','))
        a++;
    size_t e = a;
    while (e < b && s[e] != ' ' && s[e] != '.' && s[e] != ',')
        e++;
    if (e == a)
        return 0;
    /* "she said", "he added" */
    static const char *const pronouns[] = {"he", "she", "He", "She"};
    for (size_t k = 0; k < sizeof pronouns / sizeof *pronouns; k++)
        if (strlen(pronouns[k]) == e - a && strncmp(s + a, pronouns[k], e - a) == 0) {
            size_t v = e < b ? e + 1 : e;
            return v < b && attribution_verb(s, v, b) != 0;
        }
    /* « a-t-il déclaré », « a-t-elle ajouté », « poursuit-il », « ajoute-t-elle » */
    for (size_t k = a; k + 3 <= e; k++)
        if ((e - k == 3 && memcmp(s + k, "-il", 3) == 0) || (e - k == 5 && memcmp(s + k, "-elle", 5) == 0))
            return 1;
    /* "…», añadió.": a verb alone, its subject the one named before */
    if (data_lang() != 0) {
        size_t v = attribution_verb(s, a, b);
        if (v && (a + v == b || s[a + v] == '.' || s[a + v] == '\n'))
            return 1;
    }
    return 0;
}

/* Where the sentence that ends at `end` starts, no earlier than lo: after a line's
 * end or a stop, not a title's or an initial's ("Dr. Emiliano Garza", "Laura M. Hill"). */
static size_t sentence_start(const char *s, size_t lo, size_t end)
{
    size_t st = end;
    while (st > lo) {
        if (s[st - 1] == '\n')
            break;
        if (st >= lo + 2 && s[st - 1] == ' ' && (s[st - 2] == '.' || s[st - 2] == '!' || s[st - 2] == '?')) {
            size_t w = st - 2;
            while (w > lo && s[w - 1] != ' ' && s[w - 1] != '\n')
                w--;
            int title = s[st - 2] == '.' && (is_honorific(s + w, st - 1 - w) || is_role_word(s + w, st - 1 - w) ||
                                             (st - 2 - w == 1 && isupper((unsigned char)s[w])));
            if (!title)
                break;
        }
        st--;
    }
    return st;
}

/* After an opening phrase of small words and its comma at s[x] ("Por su parte, la
 * directora …", "Asimismo, Irigoyen afirmó", "For her part, Quiroga"): where the
 * subject starts; x when there is none. */
static size_t after_opening(const char *s, size_t x, size_t end)
{
    size_t c = x, words = 0;
    int small = 1;
    /* ("Speaking in Nairobi, …", "Visiting Kisumu on Friday, …": a participle's phrase
     * may name a place) */
    size_t fw = strcspn(s + x, " ,");
    /* ("Asked whether he would resign, Smith said:", "Pressed on the timing, …": a
     * reporter's question as the opening) */
    static const char *const asked[] = {"Asked", "Pressed", "Questioned", "Reached", "Contacted", "Challenged"};
    int participle = fw > 4 && x + fw < end &&
                     (strncmp(s + x + fw - 3, "ing", 3) == 0 || word_in(asked, sizeof asked / sizeof *asked, s + x, fw)) &&
                     s[x + fw] == ' ' && islower((unsigned char)s[x + fw + 1]);
    while (c < end && c < x + 40 && s[c] != ',' && small) {
        size_t we = c;
        while (we < end && s[we] != ' ' && s[we] != ',')
            we++;
        small = (c == x || participle || !txt_starts_upper(s + c, we - c)) && !is_role_word(s + c, we - c);
        words++;
        c = we;
        while (c < end && s[c] == ' ')
            c++;
    }
    if (!small || c >= end || s[c] != ',' || words > (participle ? 8u : 4u))
        return x;
    for (c++; c < end && s[c] == ' ';)
        c++;
    return c;
}

/* Whether s[x, end) opens with a determiner and a person's noun in lower case ("Our
 * client", "The woman", "His widow"): a subject no name gives. */
static int unnamed_subject(const char *s, size_t x, size_t end)
{
    static const char *const dets[] = {"Our ", "The ", "His ", "Her ", "Their ", "My ", "A ", "An ", "One "};
    static const char *const people[] = {"client", "clients", "woman", "man", "mother", "father", "victim",
                                         "daughter", "son", "wife", "husband", "widow", "widower", "resident",
                                         "student", "worker", "employee", "patient", "parent", "child", "girl",
                                         "boy", "survivor", "witness", "neighbour", "neighbor", "family",
                                         "plaintiff", "defendant", "customer", "passenger", "teenager", "nurse",
                                         "teacher", "farmer", "driver", "owner", "tenant", "caller", "friend"};
    for (size_t k = 0; k < sizeof dets / sizeof *dets; k++) {
        size_t dl = strlen(dets[k]);
        if (end - x <= dl || strncmp(s + x, dets[k], dl) != 0)
            continue;
        size_t w = x + dl, we = w;
        while (we < end && isalpha((unsigned char)s[we]))
            we++;
        return word_in(people, sizeof people / sizeof *people, s + w, we - w);
    }
    return 0;
}

/* Whether s[a, b) is a name alone, as a person is written: capitalised words in
 * mixed case, no body's ("Jane Doe", not "Riverside Rotary Club"). */
static int bare_name(const char *s, size_t a, size_t b)
{
    for (size_t x = a; x < b;) {
        size_t w = x;
        while (x < b && s[x] != ' ')
            x++;
        if (x - w < 2 || !isupper((unsigned char)s[w]) || !islower((unsigned char)s[x - 1]) ||
            data_word_line("en/bodies.txt", s + w, x - w, 0, DATA_ANYWHERE) || is_role_word(s + w, x - w))
            return 0;
        while (x < b && s[x] == ' ')
            x++;
    }
    return b > a;
}

hd_status spk_subject_before(hd_doc *d, size_t lo, size_t q, int *speaker)
{
    const char *s = d->src;
    size_t short_from = 0, short_subj = 0; /* the nearest "Smt. Rawat said that" */
    *speaker = -1;
    if (q > lo + 1500)
        lo = q - 1500;
    /* sentence starts, the latest first */
    for (size_t end = q; end > lo;) {
        size_t st = sentence_start(s, lo, end);
        size_t x = st;
        while (x < end && (s[x] == ' ' || s[x] == '\n'))
            x++;
        x = after_opening(s, x, end);
        /* a sentence whose subject is someone unnamed ("Our client was fired in 2022",
         * "The woman told officers …"): the pronoun after it is theirs, not the one
         * named before */
        if (data_lang() == 0 && unnamed_subject(s, x, end))
            return HD_OK;
        /* the subject: an article, then capitalised words, role words and the small
         * words between them ("Minister Ana Ruiz", « Le ministre Jean Morel », « la
         * ministra Carmen Vidal ») up to the verb in lower case */
        size_t w = x, from = x, names = 0, roles = 0, words = 0;
        if (data_lang() != 0) {
            size_t l = strcspn(s + w, " \n");
            if (w + l < end && data_has_line("en/articles.txt", s + w, l))
                from = w = w + l + 1;
        }
        size_t subj = from;
        int took_for = 0, appos_role = 0;
        while (w < end && words < 8) {
            size_t we = w;
            while (we < end && s[we] != ' ' && s[we] != ',' && s[we] != '\n')
                we++;
            if (we == w)
                break;
            int upper = txt_starts_upper(s + w, we - w), role = is_role_word(s + w, we - w) || role_word_ci(s + w, we - w);
            /* the small words inside an office ("de Prevención y Promoción de la Salud") */
            int small = !upper && (data_has_line("en/of-words.txt", s + w, we - w) || (we - w == 2 && strncmp(s + w, "of", 2) == 0) ||
                                   (roles && (data_has_line("en/and-words.txt", s + w, we - w) ||
                                              data_has_line("en/articles.txt", s + w, we - w) ||
                                              (we - w == 3 && strncmp(s + w, "and", 3) == 0) ||
                                              /* ("Minister for Health Claire Donnelly";
                                               * not before a comma, below) */
                                              (we - w == 3 && strncmp(s + w, "for", 3) == 0 && (took_for = 1)) ||
                                              (we - w == 3 && strncmp(s + w, "the", 3) == 0))));
            if (!upper && !role && !small)
                break;
            /* an organisation ("The City Council") is no one */
            if (data_word_line("en/header-words.txt", s + w, we - w, 0, DATA_ANYWHERE)) {
                names = 0;
                break;
            }
            if (role)
                names = 0; /* the name comes after the office */
            else if (upper)
                names++;
            roles += role;
            words++;
            if (upper || role)
                subj = we;
            w = we;
            if (w < end && s[w] == ',' && took_for) {
                /* ("Minister of State for Jal Shakti, Smt. …": the office's words after
                 * "for" are not a name; the sentence names her some other way) */
                names = 0;
                break;
            }
            if (w < end && s[w] == ',') {
                /* "El subsecretario de Salud, Dr. Emiliano Garza, señaló …": the office,
                 * then the name between commas */
                size_t c2 = w + 1, nn = 0, ne = w;
                while (c2 < end && s[c2] == ' ')
                    c2++;
                while (roles && c2 < end && nn < 6) {
                    size_t ce = c2;
                    while (ce < end && s[ce] != ' ' && s[ce] != ',' && s[ce] != '\n')
                        ce++;
                    if (ce == c2 || !txt_starts_upper(s + c2, ce - c2))
                        break;
                    nn += !is_role_word(s + c2, ce - c2) && !is_honorific(s + c2, ce - c2);
                    ne = ce;
                    c2 = ce;
                    if (c2 < end && s[c2] == ',')
                        break;
                    while (c2 < end && s[c2] == ' ')
                        c2++;
                }
                if (nn >= 2 && c2 + 2 < end && s[c2] == ',' && s[c2 + 1] == ' ' && islower((unsigned char)s[c2 + 2])) {
                    names = nn;
                    subj = ne;
                    w = c2 + 2;
                }
                /* "Minister Tomás Ryan, T.D., welcomed …": his letters between commas */
                else if (names >= 2 && w + 2 < end && s[w + 1] == ' ' && (c2 = strcspn(s + w + 2, ",\n")) > 0 &&
                         w + 2 + c2 + 2 < end && s[w + 2 + c2] == ',' && s[w + 3 + c2] == ' ' &&
                         islower((unsigned char)s[w + 4 + c2]) && post_nominal(s + w + 2, c2))
                    w = w + 4 + c2;
                /* "Councillor Ben Achterberg, the planning chair, welcomed …": the name,
                 * then what he is between commas, in lower case */
                else if (names >= 2 && w + 2 < end && s[w + 1] == ' ' && islower((unsigned char)s[w + 2])) {
                    const char *c3 = memchr(s + w + 2, ',', end - w - 2);
                    size_t e3 = c3 ? (size_t)(c3 - s) : end;
                    if (c3 && e3 - w <= 80 && txt_words(s, w + 2, e3) <= 8 && e3 + 2 < end && s[e3 + 1] == ' ' &&
                        islower((unsigned char)s[e3 + 2]) && !memchr(s + w + 2, '"', e3 - w - 2)) {
                        /* (an office there makes a bare name a person: "Jane Doe, the
                         * chair of the board, welcomed …") */
                        /* (the apposition opens with it: "the chair of the board", not
                         * "led by Chief Constable …" after an operation's name) */
                        static const char *const dets[] = {"the", "a", "an", "its", "our", "their",
                                                           "The", "A", "An", "Its", "Our", "Their"};
                        size_t ax = w + 2, aw = strcspn(s + ax, " ,");
                        if (ax + aw < e3 && word_in(dets, sizeof dets / sizeof *dets, s + ax, aw))
                            ax += aw + 1;
                        size_t a2 = ax + strcspn(s + ax, " ,");
                        size_t a3 = a2 < e3 && s[a2] == ' ' ? a2 + 1 + strcspn(s + a2 + 1, " ,") : a2;
                        appos_role = spk_role_word_in(s, ax, a3 < e3 ? a3 : e3, 1);
                        w = e3 + 2;
                    }
                }
                break;
            }
            while (w < end && s[w] == ' ')
                w++;
        }
        /* or a form of address and a surname that report ("Smt. Rawat said that …",
         * "Mr Okafor added that …"): she, unless a sentence before names her in full
         * with her office ("Minister of State …, Smt. Kavita Nandini Rawat, …") */
        size_t fw = strcspn(s + from, " ");
        int addressed = names >= 2 && roles == 0 && from + fw < subj && is_honorific(s + from, fw) && w < end &&
                        attribution_verb(s, w, end) && islower((unsigned char)s[w]);
        if (addressed && !short_from) {
            short_from = from;
            short_subj = subj;
        } else if ((names >= 2 || (names == 1 && attribution_verb(s, w, end))) && (roles >= 1 || (appos_role && names >= 2 &&
                                                                                               names <= 4 &&
                                                                                               bare_name(s, from, subj))) &&
                   subj > from && w < end &&
                   islower((unsigned char)s[w])) {
            /* (an office and one name that report: "President Samia said Tanzania …") */
            /* (the surname the short form gave must be this person's) */
            size_t sw = short_subj;
            while (short_from && sw > short_from && s[sw - 1] != ' ')
                sw--;
            int same = !short_from || (subj - from > short_subj - sw && u8_ncasecmp(s + subj - (short_subj - sw), s + sw,
                                                                                  short_subj - sw) == 0);
            if (same) {
                hd_status st2 = attributed(d, from, subj, speaker);
                if (st2 != HD_OK || *speaker >= 0)
                    return st2;
            }
        }
        end = st > lo ? st - 1 : lo;
    }
    if (short_from)
        return attributed(d, short_from, short_subj, speaker);
    return HD_OK;
}

hd_status spk_reported(hd_doc *d, size_t a, size_t b, int *speaker)
{
    const char *s = d->src;
    *speaker = -1;
    /* sentence starts, the latest first */
    for (size_t end = b; end > a;) {
        size_t st = sentence_start(s, a, end);
        size_t x = st;
        while (x < end && (s[x] == ' ' || s[x] == '\n'))
            x++;
        /* the capitalised words that open it ("Mr Rewiti", "Minister Ana Ruiz"), then a
         * verb that reports ("said", "added", « a indiqué ») */
        size_t w = x, subj = x;
        int words = 0;
        while (w < end && words < 6) {
            size_t we = w;
            while (we < end && s[we] != ' ' && s[we] != '\n')
                we++;
            if (we == w || !txt_starts_upper(s + w, we - w) || s[we - 1] == ',')
                break;
            subj = we;
            words++;
            w = we;
            while (w < end && s[w] == ' ')
                w++;
        }
        /* ("As Judge Mary Hall said:", "As The Chief Constable put it:" over a
         * quotation: a citation in the speaker's own words, no one else's turn) */
        if (words && subj > x + 3 && strncmp(s + x, "As ", 3) == 0 && w < end && islower((unsigned char)s[w]) &&
            attribution_verb(s, w, end))
            return HD_OK;
        if (words && subj > x && w < end && islower((unsigned char)s[w]) && attribution_verb(s, w, end)) {
            hd_status st2 = attributed(d, x, subj, speaker);
            if (st2 != HD_OK || *speaker >= 0)
                return st2;
        } else if (words) {
            /* "Bjorn Jarvis-Tate, ABS head of labour statistics, said …": the name, then
             * who he is between commas, then the verb; "ABS head of labour statistics
             * Bjorn Jarvis-Tate said …", "In September, Ana Ruiz said …": the name right
             * before the verb (within a dozen words, no stop, colon or quotation on the
             * way) */
            size_t v = x, first_comma = 0, run = x;
            int commas = 0, runw = 0;
            for (int k = 0; k < 14 && v < end; k++) {
                size_t ve = v;
                while (ve < end && s[ve] != ' ' && s[ve] != '\n')
                    ve++;
                if (ve == v || memchr(s + v, '"', ve - v) || memchr(s + v, '.', ve - v) || memchr(s + v, ':', ve - v))
                    break;
                if (k > 0 && islower((unsigned char)s[v]) && attribution_verb(s, v, end)) {
                    size_t na = 0, nb = 0;
                    if (commas == 2 && s[v - 2] == ',')
                        na = x, nb = first_comma;
                    else if (runw >= 2)
                        na = run, nb = v - 1;
                    /* (a person's name: two to four words, no office's or body's, not
                     * after "the": "the Reserve Bank said" is no one's) */
                    size_t lw = nb;
                    while (lw > na && s[lw - 1] != ' ')
                        lw--;
                    if (nb > na && (txt_words(s, na, nb) < 2 || txt_words(s, na, nb) > 4 || is_role_word(s + na, nb - na) ||
                                    spk_role_word_in(s, na, nb, 0) ||
                                    data_word_line("en/bodies.txt", s + lw, nb - lw, 0, DATA_ANYWHERE) ||
                                    (na >= 4 && u8_ncasecmp(s + na - 4, "the ", 4) == 0)))
                        nb = na;
                    /* (after an office's portfolio, the office too: "Minister for
                     * Education Jane Smith said …", the run "Education Jane Smith";
                     * "General Manager of Operations Michael Drake said …") */
                    size_t pl = na > x + 4 && u8_ncasecmp(s + na - 4, "for ", 4) == 0   ? 4
                                : na > x + 3 && u8_ncasecmp(s + na - 3, "of ", 3) == 0 ? 3
                                                                                       : 0;
                    if (nb > na && na == run && pl && spk_role_word_in(s, x, na - pl, 0) && !memchr(s + x, ',', na - x))
                        na = x;
                    if (nb > na) {
                        hd_status st2 = attributed(d, na, nb, speaker);
                        if (st2 != HD_OK || *speaker >= 0)
                            return st2;
                    }
                    break;
                }
                int comma = s[ve - 1] == ',';
                if (comma && ++commas == 1)
                    first_comma = ve - 1;
                if (txt_starts_upper(s + v, ve - v) && !comma) {
                    if (!runw)
                        run = v;
                    runw++;
                } else
                    runw = 0;
                v = ve;
                while (v < end && s[v] == ' ')
                    v++;
            }
        }
        end = st > a ? st - 1 : a;
    }
    return HD_OK;
}

/* "Ana Ruiz, Cabinet Member for Environment:" alone on its line over her words, its
 * end mark at s[e]: a name, a comma and who she is. */
static hd_status name_line_speaker(hd_doc *d, size_t a, size_t e, int *speaker)
{
    const char *s = d->src;
    size_t ls = e;
    while (ls > a && s[ls - 1] != '\n')
        ls--;
    if ((ls > a && s[ls - 1] != '\n') || e - ls > 120 || txt_words(s, ls, e) > 14)
        return HD_OK;
    const char *comma = memchr(s + ls, ',', e - ls);
    if (!comma)
        return HD_OK;
    /* "Rania, 27, from Qasr al-Nour:", "Joseph, 41, a farmer:": a witness by her given
     * name and age, as an agency prints a testimony over its words */
    {
        size_t ne = (size_t)(comma - s), g = ne + 1;
        while (g < e && s[g] == ' ')
            g++;
        size_t ge = g;
        while (ge < e && isdigit((unsigned char)s[ge]))
            ge++;
        int one_word = ne > ls && !memchr(s + ls, ' ', ne - ls) && isupper((unsigned char)s[ls]) &&
                       txt_has_lower(s + ls, ne - ls) && !is_honorific(s + ls, ne - ls) && !is_role_word(s + ls, ne - ls);
        /* (and what she is after the age, "from …", "a farmer": "Library, 9:", "Total,
         * 19:", "Step, 3:" are a tally's or a list's) */
        size_t de = ge < e && s[ge] == ',' ? ge + 1 : e;
        while (de < e && s[de] == ' ')
            de++;
        int described = de < e && (starts_with_ci(s + de, e - de, "from ") || starts_with_ci(s + de, e - de, "a ") ||
                                   starts_with_ci(s + de, e - de, "an ") || starts_with_ci(s + de, e - de, "mother ") ||
                                   starts_with_ci(s + de, e - de, "father "));
        if (one_word && ge > g && ge - g <= 3 && described && data_lang() == 0) {
            char *name = xstrndup(s + ls, ne - ls);
            if (!name)
                return HD_ERR_NOMEM;
            hd_status st = person_speaker(d, name, NULL, speaker);
            free(name);
            return st;
        }
    }
    size_t hn = strcspn(s + ls, " "), nb = ls; /* "Dr. Tomás Ferreira, …" */
    /* (or a person's office, one word: "Cllr Martin Fox, Cabinet Member for
     * Environment:", "Senator Ana Ruiz, …"; not a body's word, "National Grid …,
     * Warwick:") */
    if (hn < (size_t)(comma - s) - ls && (is_honorific(s + ls, hn) || spk_personal_office(s + ls, hn)))
        nb = ls + hn + 1;
    size_t nl = name_words(s + nb);
    if (!nl || s + nb + nl != comma)
        return HD_OK;
    for (size_t k = ls; k < e; k++)
        if (s[k] == '.' && k + 1 < e && s[k + 1] == ' ' && k - ls > 3 && islower((unsigned char)s[k - 1]))
            return HD_OK;
    while (e > ls && s[e - 1] == ' ')
        e--;
    return attributed(d, ls, e, speaker);
}

/* "… told journalists on Tuesday:", "… said in a statement:", "… wrote on X:": the
 * attribution verb a few words before the colon at ve, with whom it was told to or
 * where and when after it (a short phrase, no comma, that opens with "told"'s object
 * or a preposition of place or time); where the verb starts, or v (the last word)
 * when there is none. */
/* The length of the verb at s[w, ve) that addresses its object before the words to
 * them, "thanked the walkers:", "urged supporters:", "reminded staff:"; 0 for none.
 * (Not attribution verbs: "The club welcomed the decision." / '"…," she said.' is no
 * club's.) */
static size_t address_verb(const char *s, size_t w, size_t ve)
{
    static const char *const addresses[] = {"thanked", "reminded", "assured", "congratulated", "implored",
                                            "encouraged", "addressed"};
    for (size_t o = 0; o < sizeof addresses / sizeof *addresses; o++) {
        size_t l = strlen(addresses[o]);
        if (w + l < ve && strncmp(s + w, addresses[o], l) == 0 && s[w + l] == ' ')
            return l;
    }
    return 0;
}

/* Whether the quotation opening at s[q] is a sentence of someone's, not a quoted name
 * in a list ('thanked the sponsors: "Acme Ltd", "Bolt Logistics" and …'): a stop,
 * a question or an exclamation mark inside it, right before its closing mark. */
static int quoted_sentence(const char *s, size_t q)
{
    /* (the text ends in a NUL: each byte is looked at only while the ones before it
     * are not; q may be a paragraph's end, or no mark) */
    size_t x = q;
    while (s[x] == ' ')
        x++;
    if (s[x] == '"')
        x++;
    else if ((unsigned char)s[x] == 0xE2 && (unsigned char)s[x + 1] == 0x80 && (unsigned char)s[x + 2] == 0x9C)
        x += 3;
    else
        return 1;
    q = x - 1;
    for (size_t k = 0; s[x] && s[x] != '\n' && k < 2000; x++, k++)
        if (s[x] == '"' || ((unsigned char)s[x] == 0xE2 && (unsigned char)s[x + 1] == 0x80 && (unsigned char)s[x + 2] == 0x9D))
            return x > q + 1 && (s[x - 1] == '.' || s[x - 1] == '?' || s[x - 1] == '!' || s[x - 1] == ',');
    return 1; /* (open to the paragraph's end: words going on) */
}

static size_t verb_before_complement(const char *s, size_t a, size_t ve, size_t v, int addressed)
{
    static const char *const opens[] = {"in", "on", "at", "during", "via", "through", "before", "after",
                                        "from", "to", "earlier", "later", "today", "yesterday", "tonight",
                                        "this", "last", "when", "while", "outside", "ahead"};
    size_t w = v;
    for (int k = 0; k < 7 && w > a + 2; k++) {
        w--;
        while (w > a && s[w - 1] != ' ')
            w--;
        if (s[w] == '"' || memchr(s + w, ',', ve - w) || memchr(s + w, '"', ve - w))
            return v;
        size_t vl = attribution_verb(s, w, ve + 1);
        if (!vl && addressed)
            vl = address_verb(s, w, ve);
        if (!vl || w + vl >= ve || s[w + vl] != ' ')
            continue;
        size_t c = w + vl + 1, cl = strcspn(s + c, " ");
        int told = (vl == 4 && strncmp(s + w, "told", 4) == 0) || (addressed && address_verb(s, w, ve) == vl);
        for (size_t o = 0; !told && o < sizeof opens / sizeof *opens; o++)
            told = cl == strlen(opens[o]) && strncmp(s + c, opens[o], cl) == 0;
        return told ? w : v;
    }
    return v;
}

/* Whether s[st, ps) opens with a name (after a title: "Dr", "Professor",
 * "Councillor"), a comma, and a role ("Dr Saoirse Mulcahy, Director of Conservation at
 * the Tidewell Trust, said:"). */
static int name_then_role(const char *s, size_t st, size_t ps)
{
    const char *cm = memchr(s + st, ',', ps - st);
    size_t fw = strcspn(s + st, " ,"), h = is_honorific(s + st, fw) || is_role_word(s + st, fw) ? fw + 1 : 0;
    size_t nw = st + h < ps ? name_words(s + st + h) : 0;
    if (!cm || !nw || st + h + nw > (size_t)(cm - s) || (size_t)(cm - s) + 2 >= ps || s[cm - s + 1] != ' ')
        return 0;
    size_t r = (size_t)(cm - s) + 2, re = r;
    while (re < ps && s[re] != ' ' && s[re] != ',')
        re++;
    if (!isupper((unsigned char)s[r]))
        return 0;
    /* ("Chief Crown Prosecutor for the CPS in Wessex": a role's word first) */
    if (is_role_word(s + r, re - r))
        return 1;
    /* ("Interim Executive Director", "Acting Chief Nurse": a modifier before the
     * office's word, data/en/office-modifiers.txt) */
    for (int k = 0; k < 2 && re < ps && s[re] == ' ' && data_word_line("en/office-modifiers.txt", s + r, re - r, 1, DATA_ANYWHERE); k++) {
        r = re + 1;
        re = r;
        while (re < ps && s[re] != ' ' && s[re] != ',')
            re++;
    }
    if (is_role_word(s + r, re - r))
        return 1;
    /* ("Area Environment Manager", "Senior Planning Officer": the office's word after
     * capitalised words that qualify it) */
    for (size_t x = re, k = 0; k < 3 && x + 1 < ps && s[x] == ' ' && isupper((unsigned char)s[x + 1]); k++) {
        size_t y = x + 1;
        while (y < ps && s[y] != ' ' && s[y] != ',')
            y++;
        if (is_role_word(s + x + 1, y - x - 1))
            return 1;
        x = y;
    }
    /* ("MD & CEO", "MD and CEO": letters of an office, joined to a role's word) */
    size_t j = re;
    if (j + 3 < ps && s[j] == ' ' && s[j + 1] == '&' && s[j + 2] == ' ')
        j += 3;
    else if (j + 5 < ps && strncmp(s + j, " and ", 5) == 0)
        j += 5;
    else
        return 0;
    size_t je = j;
    while (je < ps && s[je] != ' ' && s[je] != ',')
        je++;
    return is_acronym(s + r, re - r) && re - r <= 4 && isupper((unsigned char)s[j]) && is_role_word(s + j, je - j);
}

/* Whether the stop at s[k] closes an initial ("K."), an honorific or an
 * abbreviation ("Mr.", "T.D.", "Ltd.") inside a name and its office, before a capital:
 * no sentence's end. */
static int name_stop(const char *s, size_t a, size_t k)
{
    size_t w = k;
    while (w > a && s[w - 1] != ' ')
        w--;
    size_t n = k - w;
    return n && isupper((unsigned char)s[k + 2]) &&
           ((n == 1 && isupper((unsigned char)s[w])) || is_honorific(s + w, n + 1) || is_honorific(s + w, n) ||
            seg_abbreviation(s + w, n) != 0 || memchr(s + w, '.', n));
}

/* Whether one of the words of s[a, e) is an attribution's verb ("As Chief Constable
 * Dunn told reporters", "As the judge said in court"). */
/* (not "As the harbour reopens today Mayor Ruth Okafor said": a capitalised name
 * after words in lower case other than an article's, a clause of its own, then the
 * one who speaks) */
static int verb_among(const char *s, size_t a, size_t e)
{
    static const char *const light[] = {"the", "a", "an", "our", "his", "her", "their", "my", "your"};
    static const char *const past[] = {"came", "went", "spoke", "began", "rose", "fell", "met", "left", "got",
                                       "ran", "won", "took", "gave", "held", "stood"};
    int clause = 0;
    size_t pw = a, pe = a, ppw = a, ppe = a, p3w = a, p3e = a; /* the three words before */
    for (size_t we = a, w; next_word(s, &we, e, &w); p3w = ppw, p3e = ppe, ppw = pw, ppe = pe, pw = w, pe = we) {
        if (islower((unsigned char)s[w]) && attribution_verb(s, w, e + 1))
            return 1;
        /* (a name after "by" or "of" belongs to the noun before it: "As the inquiry
         * chaired by Judge Ann Lee said in its report:" cites; so after "from", "for",
         * "with" or "under" when a noun comes before them, "As the report from Judge
         * Ann Lee said:"; after a verb they start the clause's own words: "As the
         * harbour reopened for Easter Mayor Ruth Okafor said:") */
        static const char *const links[] = {"by", "of"}, *const after_noun[] = {"from", "for", "with", "under"};
        /* (a noun: the word before comes after an article or a possessive, "the
         * report from"; "the harbour reopens for" has a verb there) */
        int verb_before = pe > pw && ((pe - pw > 3 && s[pe - 2] == 'e' && s[pe - 1] == 'd') ||
                                      word_in(past, sizeof past / sizeof *past, s + pw, pe - pw));
        /* (or a noun and its participle in "-en": "the report written for", "the
         * speech given for"; one in "-ed" may be the clause's verb, "the harbour
         * reopened for Easter") */
        int participle = pe - pw > 4 && s[pe - 2] == 'e' && s[pe - 1] == 'n';
        /* (an adjective or a day's possessive between: "the latest report from",
         * "Tuesday's report from"; not a verb's "-s" or "-ed": "the harbour reopens
         * for") */
        int verbish = pe - pw > 3 && (s[pe - 1] == 's' || (s[pe - 2] == 'e' && s[pe - 1] == 'd'));
        int possessive = ppe - ppw > 2 && s[ppe - 1] == 's' && (s[ppe - 2] == '\'' ||
                         (ppe - ppw > 4 && (unsigned char)s[ppe - 2] == 0x99 && (unsigned char)s[ppe - 4] == 0xE2));
        int noun_before = pe > pw && ((ppw < pw && word_in(light, sizeof light / sizeof *light, s + ppw, ppe - ppw)) ||
                                      (ppw < pw && possessive) ||
                                      ((participle || !verbish) && p3w < ppw &&
                                       word_in(light, sizeof light / sizeof *light, s + p3w, p3e - p3w)));
        int linked = word_in(links, sizeof links / sizeof *links, s + w, we - w) ||
                     (w > a && (!verb_before || participle) && noun_before &&
                      word_in(after_noun, sizeof after_noun / sizeof *after_noun, s + w, we - w));
        if (islower((unsigned char)s[w]) && !word_in(light, sizeof light / sizeof *light, s + w, we - w) && !linked)
            clause = 1;
        else if (linked)
            clause = 0;
        else if (isupper((unsigned char)s[w]) && clause)
            return 0;
    }
    return 0;
}

/* "DUBAI, 12th January, 2025 (WAM) -- Minister Ali Hassan said,": where the words
 * after a dateline start, when s[a, e) opens with one (a place and a date, or an
 * agency's tag in brackets, before a dash); else a. */
static size_t past_dateline(const char *s, size_t a, size_t e)
{
    for (size_t k = a + 4; k + 3 < e && k < a + 80; k++) {
        size_t dl = s[k] != ' ' ? 0
                    : s[k + 1] == '-' && s[k + 2] == '-' && s[k + 3] == ' ' ? 4
                    : s[k + 1] == '-' && s[k + 2] == ' ' ? 3
                    : k + 5 <= e && (unsigned char)s[k + 1] == 0xE2 && (unsigned char)s[k + 2] == 0x80 &&
                              ((unsigned char)s[k + 3] == 0x93 || (unsigned char)s[k + 3] == 0x94) && s[k + 4] == ' '
                        ? 5
                        : 0;
        if (!dl)
            continue;
        int tag = s[k - 1] == ')', dated = 0;
        for (size_t t = a; t < k && !dated && !tag; t++) {
            dt_date dd;
            dated = (t == a || s[t - 1] == ' ') && isdigit((unsigned char)s[t]) && dt_date_at(s + t, k - t, DT_DAY_FIRST, &dd);
        }
        /* (the place first, in capitals: "DUBAI," "LONDON, March 3") */
        int place = isupper((unsigned char)s[a]) && isupper((unsigned char)s[a + 1]);
        return (tag || dated) && place ? k + dl : a;
    }
    return a;
}

/* Whether the label s[a, e) introduces a family's own words: "Victim's family
 * statement", "Family tribute", "The family's statement", "Statement from his
 * family", "Statement on behalf of the family of Ken Hale", "Her family said in a
 * tribute" (not "The family's solicitor, Mark Hale, said", "Statement from the Family
 * Court", "A lawyer for the family issued a statement"). */
static int family_label(const char *s, size_t a, size_t e)
{
    size_t w[12][2], n = 0;
    for (size_t y = a, x; n < 12 && next_word(s, &y, e, &x); n++) {
        w[n][0] = x;
        w[n][1] = y;
    }
    if (n == 0 || n >= 12)
        return 0;
#define FW(i, lit) (w[i][1] - w[i][0] == sizeof lit - 1 && u8_ncasecmp(s + w[i][0], lit, sizeof lit - 1) == 0)
    for (size_t i = 0; i < n; i++) {
        int fam = FW(i, "family"), fams = FW(i, "family's");
        if (!fam && !fams)
            continue;
        /* "family statement", "the family's tribute" */
        if (i + 1 < n && (FW(i + 1, "statement") || FW(i + 1, "tribute")))
            return 1;
        /* the family as the last word, or before "of" and a name: "Statement from his
         * family", "… on behalf of the family of Ken Hale" */
        int last = fam && (i + 1 == n || FW(i + 1, "of"));
        if (last && (FW(0, "statement") || FW(0, "tribute") || (n > 1 && (FW(1, "statement") || FW(1, "tribute")))))
            return 1;
        /* "Her family said in a tribute", "The family said", "Ken's family paid
         * tribute", "The family of Ken Hale said in a statement" */
        size_t vw = i + 1;
        if (fam && vw < n && FW(vw, "of")) /* (past "of" and the name) */
            for (vw += 1; vw < n && isupper((unsigned char)s[w[vw][0]]); vw++)
                ;
        /* (the owner before it: "the", "his", a name's "Ken's", "Ken Hale's", "The
         * Hale family") */
        size_t lo = i > 0 ? w[i - 1][0] : 0, lo1 = i > 0 ? w[i - 1][1] : 0, lol = lo1 - lo;
        int owner = i == 0 || FW(0, "the") || FW(0, "his") || FW(0, "her") || FW(0, "their") ||
                    (i > 0 && lol > 2 && isupper((unsigned char)s[lo]) &&
                     (memcmp(s + lo1 - 2, "'s", 2) == 0 || (lol > 4 && memcmp(s + lo1 - 4, "\xE2\x80\x99s", 4) == 0))) ||
                    (i == 2 && FW(0, "the") && isupper((unsigned char)s[w[1][0]]));
        int first_words = i <= 1 || (i == 2 && (isupper((unsigned char)s[w[0][0]]) || FW(0, "the")));
        if (fam && first_words && vw < n && owner &&
            (attribution_verb(s, w[vw][0], e + 1) || FW(vw, "paid") || FW(vw, "issued") || FW(vw, "released")))
            return 1;
        return 0;
    }
#undef FW
    return 0;
}

hd_status spk_attribution_before(hd_doc *d, size_t a, size_t q, int *speaker)
{
    const char *s = d->src;
    *speaker = -1;
    size_t e = q;
    while (e > a && (s[e - 1] == ' ' || s[e - 1] == '\n'))
        e--;
    /* "Ron Kessler, mayor of Abbotsford –" over his words (British Columbia's releases
     * set a dash where others set a colon) */
    size_t dash = txt_trailing_dash(s, a, e);
    /* (not a dateline: "NEW YORK/GENEVA, 21 May 2024 –" over the quotation, a place
     * and a date, no one) */
    if (dash < e) {
        for (size_t k = a; k < dash; k++) {
            dt_date dd;
            if ((k == a || s[k - 1] == ' ') && isdigit((unsigned char)s[k]) &&
                dt_date_at(s + k, dash - k, DT_DAY_FIRST, &dd))
                return HD_OK;
        }
        return name_line_speaker(d, a, dash, speaker);
    }
    if (e <= a || (s[e - 1] != ':' && s[e - 1] != ','))
        return HD_OK;
    e--;
    /* "As Prime Minister Ishiba said:", "In the words of President Lincoln:": whoever
     * speaks cites someone, and reads the words cited; no turn */
    if (data_lang() == 0) {
        size_t st = a;
        for (size_t k = a; k + 1 < e; k++)
            if ((s[k] == '.' || s[k] == '!' || s[k] == '?' || s[k] == '\n') && (s[k + 1] == ' ' || s[k] == '\n') &&
                k > a && islower((unsigned char)s[k - 1]))
                st = k + 1;
        while (st < e && (s[st] == ' ' || s[st] == '\n'))
            st++;
        if ((e - st > 6 && strncmp(s + st, "As ", 3) == 0 &&
             (isupper((unsigned char)s[st + 3]) || strncmp(s + st + 3, "the ", 4) == 0) &&
             !memchr(s + st, ',', e - st) && verb_among(s, st + 3, e)) ||
            (e - st > 16 && strncmp(s + st, "In the words of ", 16) == 0))
            return HD_OK;
        /* "Victim's family statement:", "Family tribute:", "Statement from the family
         * of Ken Hale:": the family's words, in a voice of their own */
        /* ("Statement from his family:", "The family's statement:", "Statement on
         * behalf of the family:": a family's and a statement's or tribute's word in a
         * short label) */
        if (s[e] == ':' && txt_words(s, st, e) <= 10 && family_label(s, st, e))
            return person_speaker(d, NULL, "Family", speaker);
    }
    /* 'According to him, "…"', 'According to Mr Asante, "…"' (as West African
     * agencies quote): the person the sentence opens with, to the comma */
    if (s[e] == ',' && data_lang() == 0 && e > a + 14) {
        size_t st = a;
        for (size_t k = a; k + 1 < e; k++)
            if ((s[k] == '.' || s[k] == '!' || s[k] == '?') && s[k + 1] == ' ' && k > a && islower((unsigned char)s[k - 1]))
                st = k + 2;
        size_t x = st + 13;
        /* (a person: a pronoun, a form of address or an office first, or a name of
         * two words or more; not "the agency", "Article 12 of the … Act", "Reuters",
         * "the World Health Organization") */
        if (e > x && strncmp(s + st, "According to ", 13) == 0 && !memchr(s + x, ',', e - x)) {
            size_t fx = strncmp(s + x, "the ", 4) == 0 ? x + 4 : x, fl = strcspn(s + fx, " ,");
            size_t lw = e;
            while (lw > x && s[lw - 1] != ' ')
                lw--;
            int body = data_word_line("en/bodies.txt", s + lw, e - lw, 0, DATA_ANYWHERE) != NULL;
            int person = (e - x == 3 && (strncmp(s + x, "him", 3) == 0 || strncmp(s + x, "her", 3) == 0)) ||
                         (isupper((unsigned char)s[fx]) && (is_honorific(s + fx, fl) || is_role_word(s + fx, fl)) && !body) ||
                         (fx == x && isupper((unsigned char)s[x]) && name_words(s + x) == e - x && memchr(s + x, ' ', e - x) &&
                          !body);
            if (person)
                return attributed(d, x, e, speaker);
        }
    }
    /* "Quotes attributable to Minister for Foreign Affairs Senator Clara Wetherby:"
     * (Australian ministers' releases): the person after the words, to the colon */
    if (s[e] == ':' && data_lang() == 0) {
        static const char *const leads[] = {"Quotes attributable to ", "Quote attributable to ",
                                            "Comments attributable to ", "Attributable to "};
        size_t st = a;
        for (size_t k = a; k + 1 < e; k++)
            if ((s[k] == '.' || s[k] == '!' || s[k] == '?') && s[k + 1] == ' ') {
                /* (not a title's stop: "to Dr. Leyla Aksoy, IFRC Head of …:") */
                size_t ws = k;
                while (ws > a && s[ws - 1] != ' ')
                    ws--;
                if (s[k] == '.' && k > ws && seg_abbreviation(s + ws, k - ws) == 't')
                    continue;
                st = k + 2;
            }
        for (size_t k = 0; k < sizeof leads / sizeof *leads; k++) {
            size_t l = strlen(leads[k]);
            if (e > st + l && strncmp(s + st, leads[k], l) == 0)
                return attributed(d, st + l, e, speaker);
        }
        /* "The following statement can be attributed to Wanjiru Kamau, Chief Executive
         * of Kenya Skyways:", "The following is attributable to …": who after the
         * words, to the colon */
        static const char *const tos[] = {" be attributed to ", " is attributable to ", " are attributable to ",
                                          " is attributed to "};
        for (size_t k = 0; k < sizeof tos / sizeof *tos; k++) {
            size_t l = strlen(tos[k]);
            for (size_t x = st; x + l < e; x++)
                if (strncmp(s + x, tos[k], l) == 0 && (starts_with_ci(s + st, e - st, "The following ") ||
                                                       starts_with_ci(s + st, e - st, "This statement ") ||
                                                       starts_with_ci(s + st, e - st, "These comments ") ||
                                                       starts_with_ci(s + st, e - st, "The statement ")))
                    return attributed(d, x + l, e, speaker);
        }
    }
    /* « Le ministre Delcourt a ajouté : »: French sets a space before the colon */
    size_t ve = e;
    while (ve > a && s[ve - 1] == ' ')
        ve--;
    if (ve < e && data_lang() != 1)
        ve = e;
    /* ("Arnesen said afterwards:", "she added later:", "the coach said simply:": an
     * adverb after the verb) */
    if (data_lang() == 0) {
        static const char *const advs[] = {"afterwards", "afterward", "later", "today", "yesterday", "simply",
                                           "then", "too", "also", "again", "recently", "earlier", "tonight",
                                           "briefly", "bluntly", "candidly", "frankly", "proudly"};
        size_t aw = ve;
        while (aw > a && s[aw - 1] != ' ')
            aw--;
        for (size_t k = 0; k < sizeof advs / sizeof *advs && aw > a + 2; k++)
            if (strlen(advs[k]) == ve - aw && memcmp(s + aw, advs[k], ve - aw) == 0) {
                size_t pw = aw - 1, pws = pw;
                while (pws > a && s[pws - 1] != ' ')
                    pws--;
                if (attribution_verb(s, pws, pw + 1)) {
                    ve = pw;
                    break;
                }
            }
    }
    /* "… Priya Anand said:" — the verb last, the person before it, from the sentence's start */
    size_t v = ve;
    while (v > a && s[v - 1] != ' ')
        v--;
    /* (« a ajouté », "ha dicho": the auxiliary before the participle) */
    if (!attribution_verb(s, v, ve + 1) && v > a + 2) {
        size_t v2 = v - 1;
        while (v2 > a && s[v2 - 1] != ' ')
            v2--;
        if (v - 1 - v2 <= 2 && attribution_verb(s, v2, ve + 1))
            v = v2;
        else {
            /* "President Harlan has been clear:", "… made it clear:": a verb of words,
             * to the colon */
            size_t vk = v;
            for (int k = 0; k < 3 && vk > a + 2; k++) {
                size_t w = vk - 1;
                while (w > a && s[w - 1] != ' ')
                    w--;
                if (attribution_verb(s, w, ve + 1) == ve - w) {
                    v = w;
                    break;
                }
                vk = w;
            }
            if (!attribution_verb(s, v, ve + 1))
                v = verb_before_complement(s, a, ve, v, quoted_sentence(s, q));
        }
    }
    int participle = v > a + 1 && s[v - 2] == ',' &&
                     data_word_line("en/participles.txt", s + v, ve - v, 0, DATA_ANYWHERE);
    /* "In a statement, his family said:", "Ken's family added:": the family's words, in a
     * voice of their own (a police tribute's convention) */
    if (!participle && data_lang() == 0 && attribution_verb(s, v, ve + 1) && v > a + 7 &&
        strncmp(s + v - 7, "family ", 7) == 0 && (v == a + 7 || !isalpha((unsigned char)s[v - 8])))
        return person_speaker(d, NULL, "Family", speaker);
    if (!participle && ((!attribution_verb(s, v, ve + 1) && !(address_verb(s, v, ve) && quoted_sentence(s, q))) ||
                        v <= a + 1)) {
        if (s[e] != ':')
            return HD_OK;
        return name_line_speaker(d, a, e, speaker);
    }
    /* "Prime Minister Ana Ruiz thanked the Senators for their visit and said:": the
     * sentence's subject, the capitalised words that open it */
    if (participle || (v >= a + 5 && strncmp(s + v - 5, " and ", 5) == 0)) {
        size_t st1 = a;
        for (size_t k = a; k + 1 < v; k++)
            if ((s[k] == '.' || s[k] == '!' || s[k] == '?') && s[k + 1] == ' ' && k > a &&
                islower((unsigned char)s[k - 1]))
                st1 = k + 2;
        while (st1 < v && s[st1] == ' ')
            st1++;
        size_t w = st1, subj = st1;
        while (w < v) {
            size_t we = w;
            while (we < v && s[we] != ' ')
                we++;
            if (!(isupper((unsigned char)s[w]) || (we - w <= 3 && subj > st1 && islower((unsigned char)s[w]) &&
                                                   (strncmp(s + w, "of", we - w) == 0 || strncmp(s + w, "for", we - w) == 0))))
                break;
            if (isupper((unsigned char)s[w]))
                subj = we;
            w = we + 1;
        }
        if (subj > st1 && w < v && islower((unsigned char)s[w]))
            return attributed(d, st1, subj, speaker);
        return HD_OK;
    }
    size_t ps = drop_adverb(s, a, v - 1), st0 = a;
    /* "Detective Chief Inspector Jane Roe, who is leading the investigation, said:": the
     * clause about the person is not the person */
    /* and "Detective Sergeant Fiona Gallagher, from the Major Collision Investigation
     * Unit, said:", "Dr Lena Ortiz, a researcher and the study's first author, added:":
     * a clause set off by commas that opens in lower case is about the person too */
    /* (not the subject after an opening phrase: "Speaking in Nairobi, the Chief
     * Executive, Wanjiru Kamau, said:") */
    /* ("the Chairperson, Hon. Jonah Mwangi, MP, said:": a name's letters set off by
     * commas count no words of the subject) */
    while (ps > a + 4 && s[ps - 1] == ',') {
        size_t lw = ps - 1;
        while (lw > a && s[lw - 1] != ' ')
            lw--;
        if (lw < a + 3 || s[lw - 1] != ' ' || s[lw - 2] != ',' || !post_nominal(s + lw, ps - 1 - lw))
            break;
        ps = lw - 1;
    }
    size_t opening = after_opening(s, a, ps);
    if (ps > a + 1 && s[ps - 1] == ',') {
        for (size_t k = ps - 1; k > a + 6; k--)
            if (s[k - 1] == ',' && s[k] == ' ' && islower((unsigned char)s[k + 1]) && k + 1 != opening) {
                ps = k - 1;
                break;
            } else if (s[k - 1] == '.' || s[k - 1] == '"') {
                break;
            }
    }
    /* (from the sentence's start: not the stop of an initial or an abbreviation,
     * "Mr. Rajesh K. Menon, Managing Director, …, said,") */
    /* (nor a stop before a word in lower case, which opens no sentence: "Ph.D.
     * candidate Lee Seo-yeon said,") */
    for (size_t k = a; k + 1 < ps; k++)
        if ((s[k] == '.' || s[k] == '!' || s[k] == '?') && s[k + 1] == ' ' && !(s[k] == '.' && name_stop(s, a, k)) &&
            !(s[k] == '.' && k + 2 < ps && islower((unsigned char)s[k + 2])))
            st0 = k + 2;
        /* (or a line of its own over it, a heading's: "Quote from the lead author" /
         * "Dr Emma Clarke said:") */
        else if (s[k] == '\n' && k > a && isalpha((unsigned char)s[k - 1]) && isupper((unsigned char)s[k + 1])) {
            size_t lw = k; /* (not a line that a sentence goes on from: "… said" / "Minister …") */
            while (lw > a && isalpha((unsigned char)s[lw - 1]))
                lw--;
            if (!data_has_line("en/wrap-ends.txt", s + lw, k - lw) && !attribution_verb(s, lw, k + 1))
                st0 = k + 1;
        }
    while (st0 < ps && s[st0] == ' ')
        st0++;
    st0 = past_dateline(s, st0, ps);
    size_t words = 0;
    for (size_t k = st0; k < ps; k++)
        words += s[k] == ' ';
    /* "Speaking during a site visit on Tuesday, 11 March 2025, Minister Mokoena said:":
     * the subject after the last comma of an opening phrase */
    /* "Dr Saoirse Mulcahy, Director of Conservation at the Tidewell Trust, said:": a
     * name, a comma, and her role (a role's word first), longer than an opening
     * phrase, is still the person */
    int named_role = words > 8 && words <= 16 && name_then_role(s, st0, ps);
    /* "Responding to the Prime Minister's announcement, Hannah Achterberg, Director of
     * Policy at Oxbridge Aid, said:": the same after an opening phrase's comma */
    for (size_t c = st0; words > 8 && !named_role && c + 2 < ps; c++)
        if (s[c] == ',' && s[c + 1] == ' ' && name_then_role(s, c + 2, ps)) {
            size_t w2 = 0;
            for (size_t k = c + 2; k < ps; k++)
                w2 += s[k] == ' ';
            if (w2 <= 16) {
                st0 = c + 2;
                named_role = 1;
            }
        }
    /* "Co-author Dr. Grace Achieng of the Kenya Medical Research Institute added:": the
     * person, then where she works after "of", "at" or "from", no comma */
    for (size_t k = st0; words > 8 && !named_role && k + 4 < ps; k++)
        if (strncmp(s + k, " of ", 4) == 0 || strncmp(s + k, " at ", 4) == 0 || strncmp(s + k, " from ", 6) == 0) {
            size_t w3 = 0;
            for (size_t y = st0; y < k; y++)
                w3 += s[y] == ' ';
            if (w3 >= 1 && w3 <= 4 && !memchr(s + st0, ',', k - st0)) {
                /* (a person's name before it, two capitalised words at least, no
                 * body's: "The Ministry of Health … said:" is the ministry's) */
                size_t lw = k;
                while (lw > st0 && s[lw - 1] != ' ')
                    lw--;
                size_t pw = lw > st0 + 1 ? lw - 1 : lw;
                while (pw > st0 && s[pw - 1] != ' ')
                    pw--;
                int named = pw < lw && isupper((unsigned char)s[lw]) && txt_has_lower(s + lw, k - lw) &&
                            isupper((unsigned char)s[pw]) && !starts_with_ci(s + st0, k - st0, "the ") &&
                            !data_word_line("en/bodies.txt", s + lw, k - lw, 0, DATA_ANYWHERE) &&
                            !data_word_line("en/bodies.txt", s + pw, lw - 1 - pw, 0, DATA_ANYWHERE) &&
                            !is_role_word(s + lw, k - lw);
                if (named)
                    return attributed(d, after_opening(s, st0, k), k, speaker);
            }
            break;
        }
    if (words > 8 && !named_role) {
        size_t c = ps;
        while (c > st0 && !(s[c - 1] == ',' && c < ps && s[c] == ' '))
            c--;
        if (c <= st0) {
            /* ("Senior Investigating Officer of the Major Crime Team Claire Hudson
             * said:": a long office, no comma, and a name of two words or more at its
             * end) */
            size_t tn = trailing_name(s + st0, ps - st0);
            /* (an office's words, capitalised but for its small words: not "Officers
             * working closely … alongside Detective Chief Inspector Mark Rowley said:") */
            /* (its words in lower case too after an office's word in lower case and
             * "of" or "for": "Northfield Police's head of public protection Detective
             * Superintendent Ann Lee said:") */
            int office = 1, lower_role = 0, portfolio = 0;
            for (size_t x = st0; x < st0 + tn && office;) {
                size_t we = x;
                while (we < st0 + tn && s[we] != ' ')
                    we++;
                static const char *const small[] = {"of", "the", "for", "and", "on", "in", "at", "to", "&", "with", "by"};
                int is_small = 0;
                for (size_t k = 0; k < sizeof small / sizeof *small && !is_small; k++)
                    is_small = we - x == strlen(small[k]) && strncmp(s + x, small[k], we - x) == 0;
                if (is_small && lower_role && (strncmp(s + x, "of ", 3) == 0 || strncmp(s + x, "for ", 4) == 0))
                    portfolio = 1;
                if (we > x && islower((unsigned char)s[x]) && !is_small && role_word_ci(s + x, we - x))
                    lower_role = 1;
                office = we == x || isupper((unsigned char)s[x]) || is_small || lower_role || portfolio;
                if (we > x && islower((unsigned char)s[x]) && !is_small && !role_word_ci(s + x, we - x))
                    office = portfolio;
                x = we + 1;
            }
            if (office && words <= 14 && tn < ps - st0 && memchr(s + st0 + tn, ' ', ps - st0 - tn) &&
                spk_role_word_in(s, st0, st0 + tn, 0))
                return attributed(d, after_opening(s, st0, ps), ps, speaker);
            return HD_OK;
        }
        st0 = c + 1;
        words = 0;
        for (size_t k = st0; k < ps; k++)
            words += s[k] == ' ';
        /* (longer when an office and a rank lead to a name at the end: "Group Managing
         * Director and CEO Capt. Wanjiru Kamau said:") */
        size_t tn = trailing_name(s + st0 + 1, ps - st0 - 1);
        int ends_named = tn + st0 + 1 < ps && memchr(s + st0 + 1 + tn, ' ', ps - st0 - 1 - tn) &&
                         spk_role_word_in(s, st0 + 1, st0 + 1 + tn, 0);
        if (words > (ends_named ? 10u : 6u))
            return HD_OK;
    }
    /* "On Monday, he said,": a pronoun after an opening phrase's comma is the subject
     * (no one named "On Monday") */
    for (size_t c = ps; c > st0 + 1; c--)
        if (s[c - 1] == ' ' && s[c - 2] == ',') {
            static const char *const pron[] = {"he", "she", "they", "we", "I", "it"};
            if (word_in(pron, sizeof pron / sizeof *pron, s + c, ps - c))
                return attributed(d, c, ps, speaker);
            break;
        }
    return attributed(d, after_opening(s, st0, ps), ps, speaker);
}

/* The given name before s[at] ("Tom" in "… bring up Tom Hale, our …"): a capitalised
 * word, perhaps with a middle initial, that is no title, role or sentence starter.
 * Returns where it starts, or SIZE_MAX. */
static size_t given_name_before(const char *s, size_t at, int caps)
{
    size_t e = at;
    if (e < 2 || s[e - 1] != ' ')
        return SIZE_MAX;
    e--;
    size_t w = e;
    while (w > 0 && (isalpha((unsigned char)s[w - 1]) || s[w - 1] == '.' || s[w - 1] == '-' ||
                     (unsigned char)s[w - 1] >= 0x80))
        w--;
    /* "Laura M. Hill": a middle initial, then the given name */
    if (e - w == 2 && isupper((unsigned char)s[w]) && s[w + 1] == '.' && w >= 2 && s[w - 1] == ' ') {
        size_t v = w - 1;
        while (v > 0 && (isalpha((unsigned char)s[v - 1]) || s[v - 1] == '-' ||
                         (unsigned char)s[v - 1] >= 0x80))
            v--;
        if (v < w - 1 && given_name_before(s, w, caps) == v)
            return v;
        return SIZE_MAX;
    }
    if (e - w < 2 || !txt_starts_upper(s + w, e - w) ||
        (caps ? txt_has_lower(s + w, e - w) : !txt_has_lower(s + w, e - w)) ||
        memchr(s + w, '.', e - w) || is_role_plural(s + w, e - w) || is_honorific(s + w, e - w) ||
        (caps && data_word_line("en/roles.txt", s + w, e - w, 1, DATA_ANYWHERE)) ||
        data_word_line("en/starters.txt", s + w, e - w, caps, DATA_ANYWHERE) ||
        data_word_line("en/not-speakers.txt", s + w, e - w, caps, DATA_ANYWHERE) ||
        data_word_line("en/greetings.txt", s + w, e - w, 1, DATA_FIRST) ||
        dt_month(s + w, e - w) || dt_weekday(s + w, e - w))
        return SIZE_MAX; /* (nor a greeting: "Vanakkam Subramaniam ji!") */
    /* and a second given name before it ("Kavita Nandini Rawat", "Yogendra Nath
     * Tiwari"), not a form of address, office or opening word ("Smt.", "Minister") */
    if (w >= 3 && s[w - 1] == ' ' && !caps) {
        size_t v = w - 1;
        while (v > 0 && (isalpha((unsigned char)s[v - 1]) || (unsigned char)s[v - 1] >= 0x80))
            v--;
        if (w - 1 - v >= 2 && (v == 0 || s[v - 1] == ' ') && txt_starts_upper(s + v, w - 1 - v) &&
            txt_has_lower(s + v, w - 1 - v) && !is_honorific(s + v, w - 1 - v) && !is_role_word(s + v, w - 1 - v) &&
            !is_role_plural(s + v, w - 1 - v) && !data_word_line("en/starters.txt", s + v, w - 1 - v, 0, DATA_ANYWHERE) &&
            !data_word_line("en/not-speakers.txt", s + v, w - 1 - v, 0, DATA_ANYWHERE) &&
            !data_word_line("en/header-words.txt", s + v, w - 1 - v, 0, DATA_ANYWHERE) &&
            !dt_month(s + v, w - 1 - v) && !dt_weekday(s + v, w - 1 - v)) {
            /* (what comes before it ends the name: a form of address, an office, a word
             * in lower case, a comma; not another capitalised word, "Tarsk Region Ana") */
            size_t u = v > 0 ? v - 1 : 0, t = u;
            while (t > 0 && s[t - 1] != ' ' && s[t - 1] != '\n')
                t--;
            size_t tl = u - t;
            while (tl > 0 && (s[t + tl - 1] == '.' || s[t + tl - 1] == ','))
                tl--;
            /* (not a portfolio after its "of": "Minister of Tourism Nomvula Khumalo") */
            int portfolio = ((tl == 2 && memcmp(s + t, "of", 2) == 0) || (tl == 3 && memcmp(s + t, "for", 3) == 0)) &&
                            data_word_line("en/portfolios.txt", s + v, w - 1 - v, 0, DATA_ANYWHERE);
            if (!portfolio && (v == 0 || s[v - 1] != ' ' || u == t || s[u - 1] == ',' || !txt_starts_upper(s + t, u - t) ||
                is_honorific(s + t, tl) || is_role_word(s + t, tl)))
                return v;
        }
    }
    /* a sentence's first word is a name only when it is not a common word */
    return w;
}

/* The given name after a family name written first in capitals, as some governments
 * publish names ("SAKURAGI Tomoya"): " Tomoya", a capitalised word in lower case that
 * is no role, starter, month or weekday. Its length with the space, or 0. */
static size_t given_name_after(const char *s, size_t at, size_t n)
{
    if (at + 3 > n || s[at] != ' ' || !isupper((unsigned char)s[at + 1]) || !islower((unsigned char)s[at + 2]))
        return 0;
    size_t e = at + 1;
    while (e < n && (isalpha((unsigned char)s[e]) || s[e] == '-' || (unsigned char)s[e] >= 0x80))
        e++;
    for (size_t k = at + 2; k < e; k++)
        if (isupper((unsigned char)s[k]))
            return 0;
    const char *w = s + at + 1;
    size_t wl = e - at - 1;
    if (is_role_word(w, wl) || is_honorific(w, wl) || data_word_line("en/starters.txt", w, wl, 0, DATA_ANYWHERE) ||
        data_word_line("en/not-speakers.txt", w, wl, 0, DATA_ANYWHERE) || dt_month(w, wl) || dt_weekday(w, wl))
        return 0;
    return e - at;
}

/* s[0, n) in capitals into out (NUL-terminated; any script, as Unicode maps case one
 * to one). 0 when it does not fit. */
static int upper_copy(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        utf8proc_uint8_t buf[4];
        utf8proc_ssize_t len = utf8proc_encode_char(txt_upper(txt_next(s, n, &i)), buf);
        if (len <= 0 || o + (size_t)len + 1 > cap)
            return 0;
        memcpy(out + o, buf, (size_t)len);
        o += (size_t)len;
    }
    out[o] = '\0';
    return 1;
}

/* The one full name ending in the surname sur (as written: caps 0 in prose, 1 in
 * capitals; or, in capitals, starting with it) in the statement: *found and *flen, or *found SIZE_MAX. Returns 1 when
 * two different people share the surname. */
static int full_name(const hd_doc *d, const char *sur, size_t sl, int caps, char initial, size_t *found,
                     size_t *flen)
{
    const char *s = d->src;
    *found = SIZE_MAX;
    for (const char *h = s; (h = strstr(h, sur)) != NULL; h += sl) {
        size_t at = (size_t)(h - s);
        if (at + sl < d->len && (isalnum((unsigned char)s[at + sl]) || (unsigned char)s[at + sl] >= 0x80))
            continue;
        size_t g = given_name_before(s, at, caps), len;
        if (g != SIZE_MAX)
            len = at + sl - g;
        else if (caps && (len = given_name_after(s, at + sl, d->len)) != 0)
            g = at, len += sl; /* "SAKURAGI Tomoya": the family name first, in capitals */
        else
            continue;
        /* "S. REYES:" between Soledad and Miles Reyes: only the names with that initial */
        if (initial && toupper((unsigned char)s[g]) != initial)
            continue;
        if (*found == SIZE_MAX) {
            *found = g;
            *flen = len;
        } else if (len != *flen || strncmp(s + g, s + *found, len) != 0) {
            /* "Laura M. Hill" and "Laura Hill" are one person; others are not */
            size_t a1 = *found, a2 = g;
            while (s[a1] != ' ' && s[a2] != ' ' && s[a1] == s[a2])
                a1++, a2++;
            if (!(s[a1] == ' ' && s[a2] == ' '))
                return 1;
            if (len > *flen) {
                *found = g;
                *flen = len;
            }
        }
    }
    return 0;
}

/* The length of a person's name at n: two or three capitalised words ("Élise
 * Marchetti", "Ana M. Ruiz") that are no role or sentence starter, ending at a comma,
 * a stop or a space; 0 when there is none. */
static size_t name_words(const char *n)
{
    const char *e = n;
    int words = 0, most = 3;
    for (;;) {
        int cap = isupper((unsigned char)*e) || ((unsigned char)*e >= 0xC3 && (unsigned char)*e <= 0xC5);
        size_t wl = strcspn(e, " ,.;:\n\r\t"); /* a name never runs over a line's end */
        /* "Eluned ap Hywel", "Ana de la Cruz": a surname's particles inside the name */
        if (!cap && words >= 1 && e[wl] == ' ' && is_name_particle(e, wl)) {
            const char *nx = e + wl + 1;
            while (!isupper((unsigned char)*nx) && is_name_particle(nx, strcspn(nx, " ,.;:\n\r\t")) &&
                   nx[strcspn(nx, " ,.;:\n\r\t")] == ' ')
                nx += strcspn(nx, " ,.;:\n\r\t") + 1;
            if (isupper((unsigned char)*nx) || ((unsigned char)*nx >= 0xC3 && (unsigned char)*nx <= 0xC5)) {
                e = nx;
                continue;
            }
        }
        if (!cap || (wl < 2 && !(wl == 1 && e[1] == '.')) || is_role_word(e, wl) || memchr(e, ']', wl) ||
            memchr(e, ')', wl) || memchr(e, '(', wl) || memchr(e, '[', wl) ||
            data_word_line("en/starters.txt", e, wl, 0, DATA_ANYWHERE) ||
            /* (a headline's verb: "Secretary Amara Quist Addresses the Forum") */
            (words >= 1 && data_word_line("en/headline-verbs.txt", e, wl, 0, DATA_ANYWHERE)))
            break;
        words++;
        e += wl;
        if (*e == '.' && wl == 1) {
            e++; /* a middle initial, or initials run together ("Andrew R.T. Pennant") */
            while (isupper((unsigned char)e[0]) && e[1] == '.')
                e += 2;
        }
        if (*e != ' ' || words == most)
            break;
        e++;
    }
    while (e > n && e[-1] == ' ')
        e--;
    return words >= 2 ? (size_t)(e - n) : 0;
}

/* "MODERATOR: Good afternoon. I'm Dario Fenwick from the press office.": the name a
 * role-only speaker gives in the first sentences of the first turn, in *name (NULL
 * when none). HD_ERR_NOMEM. */
static hd_status self_introduction(const hd_doc *d, int speaker, char **name)
{
    *name = NULL;
    static const char *const say[] = {"I'm ", "I\xE2\x80\x99m ", "I am ", "My name is ",
                                      "This is ", "I, "};
    size_t seen = 0;
    for (size_t i = 0; i < d->nsents && seen < 3; i++) {
        const st_block *k = &d->blocks[d->sents[i].block];
        if (k->speaker != speaker || k->kind != ST_SPEECH)
            continue;
        seen++;
        const char *t = d->sents[i].text;
        for (size_t q = 0; q < sizeof say / sizeof *say; q++) {
            const char *at = strstr(t, say[q]);
            if (!at || (at != t && at[-1] != ' '))
                continue;
            const char *n = at + strlen(say[q]);
            size_t nl = name_words(n);
            /* ("I, Gillian Marsh, being the Acting Returning Officer, declare …": a
             * declaration's form, at its start, the name between commas) */
            if (nl && q == sizeof say / sizeof *say - 1 && (at != t || n[nl] != ','))
                continue;
            if (nl)
                return (*name = xstrndup(n, nl)) ? HD_OK : HD_ERR_NOMEM;
        }
    }
    return HD_OK;
}

/* Whether the line around s[at] is written in title case, as headlines are ("President
 * Dewa Launches National Meals Programme"): four words or more, and no word of four
 * letters or more in lower case. */
static int headline_line(const char *s, size_t len, size_t at)
{
    size_t a = at, b = at;
    while (a > 0 && s[a - 1] != '\n')
        a--;
    while (b < len && s[b] != '\n')
        b++;
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
        if (i - w >= 4 && islower((unsigned char)s[w]))
            return 0;
    }
    return words >= 4;
}

/* "The Prime Minister, Élise Marchetti, today issued…": the name the statement gives
 * right after a role-only speaker's role, in *name (NULL when none). In a headline every
 * word is capitalised, so a name there counts only where nothing capitalised follows it
 * ("… Launches National …" is no surname). HD_ERR_NOMEM. */
static hd_status role_apposition(const hd_doc *d, const char *role, char **name)
{
    *name = NULL;
    size_t rl = strlen(role);
    for (const char *h = d->src; rl >= 3 && (h = strstr(h, role)) != NULL; h += rl) {
        const char *n = h + rl;
        if (*n == ',' && n[1] == ' ')
            n += 2;
        else if (*n == ' ')
            n += 1;
        else
            continue;
        size_t k = name_words(n);
        if (!k || !(n[k] == ',' || n[k] == ' ' || n[k] == '.'))
            continue;
        if (n[k] == ' ' && isupper((unsigned char)n[k + 1]) && headline_line(d->src, d->len, (size_t)(h - d->src)))
            continue;
        /* "the Shadow Health Secretary, Tom Ashdown", "the Deputy Prime Minister, …":
         * another office, whose holder is not the role's */
        if (h > d->src && (h[-1] == ' ' || h[-1] == '-')) {
            static const char *const other[] = {"Shadow", "SHADOW", "shadow", "Deputy", "DEPUTY", "Assistant",
                                                "ASSISTANT", "Vice", "VICE", "Former", "FORMER", "former",
                                                "Junior", "Under", "Associate", "Opposition", "Ex"};
            const char *we = h - 1, *ws = we;
            while (ws > d->src && isalpha((unsigned char)ws[-1]))
                ws--;
            int office = 0;
            for (size_t q = 0; q < sizeof other / sizeof *other && !office; q++)
                office = strlen(other[q]) == (size_t)(we - ws) && memcmp(ws, other[q], (size_t)(we - ws)) == 0;
            if (office)
                continue;
        }
        /* "Mr. Speaker, Build Canada Homes will …", "Chair, Transport Canada disagrees":
         * the role addressed at a turn's start or after an honorific, no apposition */
        const char *pw = h;
        while (pw > d->src && pw[-1] == ' ')
            pw--;
        int vocative = h[rl] == ',';
        /* (at a line's start, or a turn's: after the label's colon) */
        if (vocative && (pw == d->src || pw[-1] == '\n' || pw[-1] == ':'))
            continue;
        const char *pws = pw;
        while (pws > d->src && pws[-1] != ' ' && pws[-1] != '\n')
            pws--;
        if (vocative && (is_honorific(pws, (size_t)(pw - pws)) ||
                         ((size_t)(pw - pws) >= 5 && u8_ncasecmp(pws, "Madam", 5) == 0)))
            continue;
        return (*name = xstrndup(n, k)) ? HD_OK : HD_ERR_NOMEM;
    }
    return HD_OK;
}

/* The one name in the statement whose initials are ini ("LB": "Lotte Brennan", also
 * "Dr Lotte Brennan"), in *name; NULL when none or more than one. HD_ERR_NOMEM. */
static hd_status name_of_initials(const hd_doc *d, const char *ini, char **name)
{
    size_t il = strlen(ini), found = SIZE_MAX, flen = 0;
    *name = NULL;
    const char *s = d->src;
    for (size_t i = 0; i < d->len; i++) {
        if ((i > 0 && (isalnum((unsigned char)s[i - 1]) || (unsigned char)s[i - 1] >= 0x80)) ||
            !(isupper((unsigned char)s[i]) || (unsigned char)s[i] >= 0xC3))
            continue;
        size_t k = name_words(s + i);
        if (!k)
            continue;
        /* ("Tariq Haddad's lab": the name, not its possessive) */
        if (k > 3 && s[i + k - 2] == '\'' && s[i + k - 1] == 's')
            k -= 2;
        else if (k > 5 && memcmp(s + i + k - 4, "\xE2\x80\x99s", 4) == 0)
            k -= 4;
        /* the initials of its words, an honorific left out */
        char got[8], hy[8]; /* "ICW": Ines Cardoso-Weil, a hyphenated name's parts too */
        size_t g = 0, h = 0, w = i, e = i + k;
        while (w < e && g < sizeof got) {
            size_t wl = strcspn(s + w, " ");
            if (wl > e - w)
                wl = e - w;
            if (!is_honorific(s + w, wl) && !(wl == 2 && s[w + 1] == '.')) {
                got[g++] = (char)toupper((unsigned char)s[w]);
                if (h < sizeof hy)
                    hy[h++] = got[g - 1];
                for (size_t q = w + 1; q + 1 < w + wl && h < sizeof hy; q++)
                    if (s[q] == '-' && isupper((unsigned char)s[q + 1]))
                        hy[h++] = s[q + 1];
            }
            w += wl + 1;
        }
        /* "DAVID ASHWORTH MP": the letters after the name are no initial */
        if (g == il + 1 && u8_ncasecmp(got, ini, il) == 0) {
            size_t lw = i + k;
            while (lw > i && s[lw - 1] != ' ')
                lw--;
            if (lw > i + 1 && post_nominal(s + lw, i + k - lw)) {
                k = lw - 1 - i;
                g = il;
            }
        }
        if ((g != il || u8_ncasecmp(got, ini, il) != 0) && (h != il || h == g || u8_ncasecmp(hy, ini, il) != 0)) {
            /* on at the next word: "CL Carla Lindahl" holds "Carla Lindahl" */
            size_t wl = strcspn(s + i, " \n");
            i += wl ? wl - 1 : 0;
            continue;
        }
        size_t start = i;
        size_t first = strcspn(s + i, " ");
        if (is_honorific(s + i, first))
            start = i + first + 1;
        /* (the same name in capitals too: "Marko Lindqvist", then "MARKO LINDQVIST:") */
        if (found != SIZE_MAX && (i + k - start != flen || u8_ncasecmp(s + found, s + start, flen) != 0))
            return HD_OK; /* two people with those initials */
        /* as written in prose rather than in capitals, where it is both */
        if (found == SIZE_MAX || (!txt_has_lower(s + found, flen) && txt_has_lower(s + start, i + k - start))) {
            found = start;
            flen = i + k - start;
        }
        i += k;
    }
    if (found != SIZE_MAX && !(*name = xstrndup(s + found, flen)))
        return HD_ERR_NOMEM;
    return HD_OK;
}

/* "BISHOP:", "MS BISHOP:" after "JULIE BISHOP:"; "KING:" after "MINISTER KING:": a
 * surname that is also a title's word was taken for a role, and one person became
 * two or three voices, each announced. An unnamed speaker whose role is such a word
 * (after nothing, an honorific or a role's word) is the one named speaker with that
 * surname; with none, it is a surname when some label puts a role's word before it.
 * Only the words of data/en/office-surnames.txt ("King", "Bishop"). merge_same then
 * makes them one. HD_ERR_NOMEM. */
static hd_status surname_roles(hd_doc *d)
{
    for (size_t i = 0; i < d->nspeakers; i++) {
        st_speaker *sp = &d->speakers[i];
        if (sp->name || !sp->role || sp->asks)
            continue;
        const char *r = sp->role, *last = strrchr(r, ' ');
        last = last ? last + 1 : r;
        size_t ll = strlen(last);
        if (ll < 3 || !isupper((unsigned char)last[0]))
            continue;
        if (!data_word_line("en/office-surnames.txt", last, ll, 1, DATA_ANYWHERE))
            continue;
        /* (the words before it: an honorific or a role's, "Ms", "Minister"; not one
         * that makes another office, "Deputy Mayor", "Auxiliary Bishop") */
        int prefixed = last > r, ok = 1, honoured = 0;
        for (const char *w = r; w < last - 1 && ok;) {
            size_t wl = strcspn(w, " ");
            honoured |= is_honorific(w, wl);
            ok = (is_honorific(w, wl) || is_role_word(w, wl) || role_word_ci(w, wl)) &&
                 !data_word_line("en/office-modifiers.txt", w, wl, 1, DATA_ANYWHERE);
            w += wl + 1;
        }
        if (!ok)
            continue;
        size_t found = SIZE_MAX, count = 0;
        for (size_t j = 0; j < d->nspeakers; j++) {
            const char *nm = d->speakers[j].name;
            if (j == i || !nm || d->speakers[j].asks)
                continue;
            const char *sl = strrchr(nm, ' ');
            sl = sl ? sl + 1 : nm;
            if (strlen(sl) == ll && u8_ncasecmp(sl, last, ll) == 0 && sl > nm) {
                if (found == SIZE_MAX || strcmp(d->speakers[found].name, nm) != 0)
                    count++;
                found = j;
            }
        }
        /* (with no one named so, both forms: the word alone on one label and after a
         * role's word on another, "KING:" and "MINISTER KING:"; "DETECTIVE SERGEANT:"
         * alone is a rank, and an honorific is not enough: "MR SPEAKER:" is the chair) */
        int titled = 0;
        for (size_t j = 0; j < d->nspeakers && !titled && count == 0; j++) {
            const char *o = d->speakers[j].role, *ol = o ? strrchr(o, ' ') : NULL, *on = d->speakers[j].name;
            if (j == i)
                continue;
            /* (the other form a surname already: "KING:" read as the name King, or
             * "MINISTER KING:" made "Minister" and "King" here) */
            if (on && strlen(on) == ll && u8_ncasecmp(on, last, ll) == 0 && (prefixed ? !o : o != NULL)) {
                titled = !honoured;
                continue;
            }
            if (!o || on)
                continue;
            if (prefixed)
                titled = !honoured && strlen(o) == ll && u8_ncasecmp(o, last, ll) == 0;
            else
                titled = ol && !is_honorific(o, strcspn(o, " ")) && u8_ncasecmp(ol + 1, last, ll) == 0 &&
                         strlen(ol + 1) == ll &&
                         !data_word_line("en/office-modifiers.txt", o, strcspn(o, " "), 1, DATA_ANYWHERE);
        }
        char *name;
        if (count == 1)
            name = xstrdup(d->speakers[found].name);
        else if (count == 0 && titled)
            name = title_case(last, ll);
        else
            continue;
        if (!name)
            return HD_ERR_NOMEM;
        /* ("Minister King": the minister's role stays, the name is King) */
        char *role = NULL;
        if (prefixed && count == 0) {
            size_t pl = (size_t)(last - 1 - r);
            if (!is_honorific(r, pl) && !(role = xstrndup(r, pl))) {
                free(name);
                return HD_ERR_NOMEM;
            }
        }
        free(sp->role);
        sp->role = role;
        sp->name = name;
    }
    return HD_OK;
}

/* "DEAN NARRAMORE:" under "Speakers: Dean Narramore, Senior Meteorologist; …": an
 * office's word that is a given name too (data/en/role-first-names.txt) before one
 * surname was taken for the role. When the statement writes the two words as a name,
 * a comma and an office after it, they are the name, and that office the role.
 * HD_ERR_NOMEM. */
static hd_status first_name_roles(hd_doc *d)
{
    for (size_t i = 0; i < d->nspeakers; i++) {
        st_speaker *sp = &d->speakers[i];
        if (!sp->name || !sp->role || sp->asks || strchr(sp->name, ' ') || strchr(sp->role, ' ') ||
            !data_word_line("en/role-first-names.txt", sp->role, strlen(sp->role), 1, DATA_ANYWHERE))
            continue;
        size_t rl = strlen(sp->role), nl = strlen(sp->name);
        for (size_t at = 0; at + rl + nl + 3 < d->len; at++) {
            const char *x = d->src + at;
            if ((at && isalpha((unsigned char)x[-1])) || strncmp(x, sp->role, rl) != 0 || x[rl] != ' ' ||
                strncmp(x + rl + 1, sp->name, nl) != 0 || x[rl + 1 + nl] != ',' || x[rl + 2 + nl] != ' ')
                continue;
            const char *o = x + rl + 3 + nl;
            size_t ol = strcspn(o, ";\n\r");
            while (ol && (o[ol - 1] == ' ' || o[ol - 1] == '.'))
                ol--;
            if (!ol || ol > 80 || !isupper((unsigned char)o[0]) || !spk_role_word_in(o, 0, ol, 0))
                continue;
            char *name = xstrndup(x, rl + 1 + nl), *role = xstrndup(o, ol);
            if (!name || !role) {
                free(name);
                free(role);
                return HD_ERR_NOMEM;
            }
            free(sp->name);
            free(sp->role);
            sp->name = name;
            sp->role = role;
            break;
        }
    }
    return HD_OK;
}

/* Speakers that completing names made one person ("LK:" after "Laura Kessel:",
 * "RUIZ:" after "Ana Ruiz:"): the later is the earlier, whose turns it takes; the
 * rest keep their order and are numbered again (s1, s2, …). */
static hd_status merge_same(hd_doc *d)
{
    size_t n = d->nspeakers, merged = 0;
    int *to = malloc((n + 1) * sizeof *to);
    if (!to)
        return HD_ERR_NOMEM;
    for (size_t j = 0; j < n; j++) {
        to[j] = (int)j;
        const st_speaker *b = &d->speakers[j];
        for (size_t i = 0; i < j && to[j] == (int)j && b->name; i++) {
            const st_speaker *a = &d->speakers[i];
            /* (one who asks and one who does not are one person when the name is
             * full: "Erik Holm:" the interviewer, then "EH:") */
            if (to[i] == (int)i && a->name && strcmp(a->name, b->name) == 0 &&
                (a->asks == b->asks || strchr(a->name, ' ')) &&
                (!a->role || !b->role || strcmp(a->role, b->role) == 0))
                to[j] = (int)i;
        }
        merged += to[j] != (int)j;
    }
    if (!merged) {
        free(to);
        return HD_OK;
    }
    /* compact: new index of each kept speaker */
    int *at = malloc((n + 1) * sizeof *at);
    if (!at) {
        free(to);
        return HD_ERR_NOMEM;
    }
    size_t k = 0;
    for (size_t j = 0; j < n; j++) {
        st_speaker *b = &d->speakers[j];
        if (to[j] != (int)j) {
            st_speaker *a = &d->speakers[to[j]];
            if (!a->role && b->role) {
                a->role = b->role;
                b->role = NULL;
            }
            free(b->id);
            free(b->name);
            free(b->role);
            free(b->outlet);
            at[j] = -1;
            continue;
        }
        at[j] = (int)k;
        if (k != j)
            d->speakers[k] = *b;
        char id[32];
        snprintf(id, sizeof id, "s%zu", k + 1);
        free(d->speakers[k].id);
        if (!(d->speakers[k].id = xstrdup(id))) {
            free(to);
            free(at);
            return HD_ERR_NOMEM;
        }
        k++;
    }
    for (size_t i = 0; i < d->nblocks; i++)
        if (d->blocks[i].speaker >= 0 && (size_t)d->blocks[i].speaker < n)
            d->blocks[i].speaker = at[to[d->blocks[i].speaker]];
    d->nspeakers = k;
    free(to);
    free(at);
    /* the index of who is who was built for the speakers as they were */
    spk_index_free(d->who);
    d->who = NULL;
    return HD_OK;
}

/* name_of_initials, and a name found in capitals ("MARKO LINDQVIST:" before "ML:")
 * as a label's name is kept, in mixed case, so that the two are one person
 * (merge_same). */
static hd_status initials_name(const hd_doc *d, const char *ini, char **full)
{
    if (name_of_initials(d, ini, full) != HD_OK)
        return HD_ERR_NOMEM;
    if (*full && !txt_has_lower(*full, strlen(*full))) {
        char *tc = title_case(*full, strlen(*full));
        free(*full);
        if (!(*full = tc))
            return HD_ERR_NOMEM;
    }
    return HD_OK;
}

/* The capitals that begin name's words, honorifics and initials left out ("Ange
 * Postecoglou": "AP"), in out[0, cap); 0 when there are none or they do not fit. */
static size_t name_capitals(const char *nm, char *out, size_t cap)
{
    size_t k = 0;
    for (const char *w = nm; *w;) {
        size_t wl = strcspn(w, " ");
        if (wl && !is_honorific(w, wl) && !(wl == 2 && w[1] == '.') && !post_nominal(w, wl)) {
            if (k + 1 >= cap || !isupper((unsigned char)w[0]))
                return 0;
            out[k++] = w[0];
        }
        w += wl;
        while (*w == ' ')
            w++;
    }
    out[k] = '\0';
    return k;
}

/* Whether four capitals read as a surname ("KALL", "KING", "WARD", "WEST"), not as a
 * station's call letters ("KCBS", "WTOP", "KQED", "WAMC"): a vowel second, then a
 * vowel or an ending English words have. */
static int surname_shaped(const char *w)
{
    static const char *const ends[] = {"LL", "RD", "NG", "ST", "RR", "RK", "LT", "ND", "NS", "SS", "TT", "CK",
                                       "RN", "RT", "LD", "LK", "NK", "FF", "NN", "BB", "RS", "LS", "NT",
                                       "SH", "TH", "CH", "GH", "RE", "TZ", "HN", "RL", "SK", "LF", "RM"};
    if (!strchr("AEIOU", w[1]))
        return 0;
    if (strchr("AEIOUY", w[2]) || strchr("AEIOUY", w[3]))
        return 1;
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++)
        if (w[2] == ends[k][0] && w[3] == ends[k][1])
            return 1;
    return 0;
}

/* Whether speaker k has turns and none of them asks (no "?"). */
static int speaker_answers(const hd_doc *d, int k)
{
    size_t turns = 0;
    for (size_t i = 0; i < d->nblocks; i++) {
        const st_block *b = &d->blocks[i];
        if (b->speaker != k)
            continue;
        if (memchr(d->src + b->start, '?', b->end - b->start))
            return 0;
        turns++;
    }
    return turns > 0;
}

/* Whether speaker k, whose letters are the initials of full, asks a question (a turn
 * ending in "?") that the labelled speaker full answers in the next turn: someone
 * else, asking them, since nobody answers their own question. */
static int initials_ask_answerer(const hd_doc *d, int k, const char *full)
{
    for (size_t i = 0; i < d->nblocks; i++) {
        const st_block *b = &d->blocks[i];
        /* (a turn that ends asking: "What does this mean for families? It means lower
         * bills." answers itself, the speaker's own) */
        size_t e = b->end;
        while (e > b->start && (d->src[e - 1] == ' ' || d->src[e - 1] == '\n' || d->src[e - 1] == '"'))
            e--;
        if (b->speaker != k || e == b->start || d->src[e - 1] != '?')
            continue;
        size_t n = i + 1;
        while (n < d->nblocks && (d->blocks[n].speaker < 0 || d->blocks[n].speaker == k))
            n++;
        if (n < d->nblocks && d->speakers[d->blocks[n].speaker].name &&
            strcmp(d->speakers[d->blocks[n].speaker].name, full) == 0)
            return 1;
    }
    return 0;
}

/* Makes sp a journalist asking for the outlet of the letters ini ("FT"). */
static hd_status initials_asker(st_speaker *sp, const char *ini)
{
    char up[4] = {0};
    for (size_t k = 0; k < 3 && ini[k]; k++)
        up[k] = (char)toupper((unsigned char)ini[k]);
    char *outlet = xstrdup(up), *role = xstrdup("Journalist");
    if (!outlet || !role) {
        free(outlet);
        free(role);
        return HD_ERR_NOMEM;
    }
    free(sp->name);
    free(sp->role);
    free(sp->outlet);
    sp->name = NULL;
    sp->outlet = outlet;
    sp->role = role;
    sp->asks = 1;
    return HD_OK;
}

/* "AP:" after "Ange Postecoglou:": letters that name an outlet and are the initials of
 * one speaker the labels name are that speaker, who answers, not a questioner from the
 * outlet (merge_same makes them one). */
static hd_status outlet_initials(hd_doc *d)
{
    for (size_t i = 0; i < d->nspeakers; i++) {
        st_speaker *sp = &d->speakers[i];
        size_t ol = sp->outlet ? strlen(sp->outlet) : 0;
        /* (and answers: "AP: Can you say when …?" asks, a reporter of the agency) */
        if (!sp->asks || sp->name || ol < 2 || ol > 4 || strspn(sp->outlet, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != ol ||
            !speaker_answers(d, (int)i))
            continue;
        char *name;
        if (ol == 4) {
            /* "KALL:" taken for a station's call letters: a surname ("KALL: In mid-May,
             * as usual.", a German government briefing's spokesperson) */
            if ((sp->outlet[0] != 'K' && sp->outlet[0] != 'W') || data_has_line("en/outlets.txt", sp->outlet, ol) ||
                !surname_shaped(sp->outlet))
                continue;
            name = spk_title_case(sp->outlet, ol);
        } else {
            const st_speaker *match = NULL;
            int many = 0;
            for (size_t j = 0; j < d->nspeakers; j++) {
                const st_speaker *o = &d->speakers[j];
                char ini[8];
                if (j == i || o->asks || !o->name || name_capitals(o->name, ini, sizeof ini) != ol ||
                    memcmp(ini, sp->outlet, ol) != 0)
                    continue;
                many |= match && strcmp(match->name, o->name) != 0;
                match = o;
            }
            if (many)
                continue;
            if (!match) {
                /* ("DW:" after "… with me is Dana Whitlock": a name the text gives, not
                 * a label) */
                char ini[5] = {0}, *full = NULL;
                memcpy(ini, sp->outlet, ol);
                if (initials_name(d, ini, &full) != HD_OK)
                    return HD_ERR_NOMEM;
                if (!full)
                    continue;
                name = full;
            } else {
                name = xstrdup(match->name);
            }
        }
        if (!name)
            return HD_ERR_NOMEM;
        free(sp->outlet);
        free(sp->role);
        sp->outlet = sp->role = NULL;
        sp->asks = 0;
        sp->name = name;
    }
    return HD_OK;
}

/* "PIA Gutierrez" (a label's "PIA GUTIERREZ", its first name taken for an acronym),
 * "Angus Mcdonald" (title-cased from "ANGUS MCDONALD"): as the text writes it in mixed
 * case ("Next, Pia Gutierrez.", "Angus McDonald"), when it does. */
static void caps_word_in_name(hd_doc *d)
{
    for (size_t i = 0; i < d->nspeakers; i++) {
        char *nm = d->speakers[i].name;
        size_t nl = nm ? strlen(nm) : 0;
        if (!nm || !strchr(nm, ' ') || !txt_has_lower(nm, nl))
            continue;
        const char *s = d->src;
        for (size_t x = 0; x + nl <= d->len; x++) {
            if ((x > 0 && isalnum((unsigned char)s[x - 1])) || (x + nl < d->len && isalnum((unsigned char)s[x + nl])) ||
                toupper((unsigned char)s[x]) != toupper((unsigned char)nm[0]) || u8_ncasecmp(s + x, nm, nl) != 0 ||
                memcmp(s + x, nm, nl) == 0)
                continue;
            /* every word starts with a capital, and none is in capitals */
            int fits = 1;
            for (size_t w = x; w < x + nl && fits;) {
                size_t l = 0;
                while (w + l < x + nl && s[w + l] != ' ')
                    l++;
                fits = isupper((unsigned char)s[w]) && txt_has_lower(s + w, l);
                w += l;
                while (w < x + nl && s[w] == ' ')
                    w++;
            }
            if (!fits)
                continue;
            memcpy(nm, s + x, nl);
            break;
        }
    }
}

hd_status spk_complete_names(hd_doc *d)
{
    /* each search reads the whole statement: a statement of hundreds of speakers is
     * no press conference, and is left as its labels name them */
    if (d->nspeakers > 64)
        return HD_OK;
    if (outlet_initials(d) != HD_OK)
        return HD_ERR_NOMEM;
    caps_word_in_name(d);
    for (size_t i = 0; i < d->nspeakers; i++) {
        st_speaker *sp = &d->speakers[i];
        /* "DA:" taken for an agency's letters, with no name: initials too, when the
         * text names someone so ("RT HON DAVID ASHWORTH MP"); a role's letters ("PM",
         * data/en/role-abbreviations.txt) stay the role */
        if (!sp->name && !sp->asks && sp->role && strlen(sp->role) >= 2 && strlen(sp->role) <= 3 &&
            !txt_has_lower(sp->role, strlen(sp->role)) &&
            !data_field_lines("en/role-abbreviations.txt", sp->role, strlen(sp->role), 1, NULL, NULL, 0)) {
            char ini[4] = {0}, *full = NULL;
            memcpy(ini, sp->role, strlen(sp->role));
            int letters = 1;
            for (size_t k = 0; ini[k]; k++)
                letters &= isupper((unsigned char)ini[k]) != 0;
            if (letters && initials_name(d, ini, &full) != HD_OK)
                return HD_ERR_NOMEM;
            if (full && initials_ask_answerer(d, (int)i, full)) {
                /* ("IT: Is the plan funded?" to Ian Tan, who answers: a paper's) */
                free(full);
                if (initials_asker(sp, ini) != HD_OK)
                    return HD_ERR_NOMEM;
                continue;
            }
            if (full) {
                free(sp->role);
                sp->role = NULL;
                sp->name = full;
                continue;
            }
        }
        const char *nm = sp->name;
        size_t nl = nm ? strlen(nm) : 0;
        if (sp->role || nl < 2 || nl > 3 || !isupper((unsigned char)nm[0]))
            continue;
        int letters = 1;
        for (size_t k = 0; k < nl; k++)
            letters &= isalpha((unsigned char)nm[k]) != 0;
        char ini[4] = {0}, *full = NULL;
        memcpy(ini, nm, nl);
        if (!letters || initials_name(d, ini, &full) != HD_OK)
            return letters ? HD_ERR_NOMEM : HD_OK;
        if (full && initials_ask_answerer(d, (int)i, full)) {
            /* "FT: Prime Minister, are you …?" to Fiona Taylor, who only answers: a
             * newspaper's letters, not her own */
            free(full);
            if (initials_asker(sp, ini) != HD_OK)
                return HD_ERR_NOMEM;
        } else if (full) {
            free(sp->name);
            sp->name = full;
        } else if (strspn(ini, "BCDFGHJKLMNPQRSTVWXZbcdfghjklmnpqrstvwxz") == nl && strcmp(ini, "Ng") != 0) {
            /* "CL:", "HS:" whose names the text never gives: initials, said letter by
             * letter, not the words "Cl" and "Hs" ("Ng" is a surname) */
            for (size_t k = 0; k < nl; k++)
                sp->name[k] = (char)toupper((unsigned char)sp->name[k]);
        }
    }
    for (size_t i = 0; i < d->nspeakers; i++) {
        st_speaker *sp = &d->speakers[i];
        if (!sp->name && !sp->asks && sp->role && role_apposition(d, sp->role, &sp->name) != HD_OK)
            return HD_ERR_NOMEM;
    }
    for (size_t i = 0; i < d->nspeakers; i++) {
        st_speaker *sp = &d->speakers[i];
        /* (an unidentified speaker is anyone unnamed: whoever introduces themselves in
         * one turn is not the next) */
        if (sp->name || sp->asks || !sp->role || u8_ncasecmp(sp->role, "Unidentified", 12) == 0)
            continue;
        if (self_introduction(d, (int)i, &sp->name) != HD_OK)
            return HD_ERR_NOMEM;
        /* "I, Josephine Abara-Lindqvist, Returning Officer for the North Constituency, do
         * hereby declare …": a declaration's office, between the name's comma and the
         * next, is the role (not the "Speaker" a statement in the first person gets) */
        for (size_t k = 0; sp->name && k < d->nsents; k++) {
            const st_block *bk = &d->blocks[d->sents[k].block];
            if (bk->speaker != (int)i || bk->kind != ST_SPEECH)
                continue;
            const char *t = d->sents[k].text;
            size_t nl = strlen(sp->name);
            if (strncmp(t, "I, ", 3) == 0 && strncmp(t + 3, sp->name, nl) == 0 && t[3 + nl] == ',' &&
                t[4 + nl] == ' ') {
                const char *o = t + 5 + nl;
                if (strncmp(o, "being the ", 10) == 0)
                    o += 10;
                else if (strncmp(o, "the ", 4) == 0)
                    o += 4;
                size_t ol = strcspn(o, ",");
                if (o[ol] == ',' && ol >= 4 && ol <= 120 && isupper((unsigned char)o[0]) &&
                    spk_role_word_in(o, 0, ol, 0)) {
                    char *r = xstrndup(o, ol);
                    if (!r)
                        return HD_ERR_NOMEM;
                    free(sp->role);
                    sp->role = r;
                }
            }
            break;
        }
    }
    /* "…," the Chief Executive said.' after "Jane Doe, Chief Executive of the Australian
     * Red Cross, today launched …": an office alone, the one person the text names
     * with it ("Name, Office" or "Office Name") */
    for (size_t i = 0, scans = 0; i < d->nspeakers && scans < 8; i++) {
        st_speaker *sp = &d->speakers[i];
        if (sp->name || sp->asks || !sp->role || !strchr(sp->role, ' ') || !isupper((unsigned char)sp->role[0]))
            continue;
        scans++;
        const char *src = d->src, *rl = sp->role, *h = src;
        size_t rn = strlen(rl), fa = 0, fl = 0;
        int many = 0;
        while (!many && (h = strstr(h, rl)) != NULL) {
            size_t at = (size_t)(h - src), na = 0, nl = 0;
            h += rn;
            if (at + rn < d->len && isalnum((unsigned char)src[at + rn]))
                continue;
            /* (not one who held it, or died: "on the Passing of Former Prime Minister
             * Hale Tomas") */
            size_t ls = at;
            while (ls > 0 && src[ls - 1] != '\n' && at - ls < 300)
                ls--;
            if ((at >= 7 && u8_ncasecmp(src + at - 7, "former ", 7) == 0) ||
                (at >= 5 && u8_ncasecmp(src + at - 5, "late ", 5) == 0) || died_before(src, ls, at))
                continue;
            if (at >= 4 && src[at - 1] == ' ' && src[at - 2] == ',') {
                /* "Jane Doe, Chief Executive …": the name opens its sentence */
                size_t x = at - 2;
                while (x > 0 && src[x - 1] != '\n' && !(x >= 2 && src[x - 1] == ' ' && strchr(".!?", src[x - 2])))
                    x--;
                size_t n = name_words(src + x);
                if (n && x + n == at - 2 && memchr(src + x, ' ', n))
                    na = x, nl = n;
            } else if (at + rn + 1 < d->len && src[at + rn] == ' ') {
                size_t n = name_words(src + at + rn + 1);
                if (n && memchr(src + at + rn + 1, ' ', n))
                    na = at + rn + 1, nl = n;
            }
            if (!nl)
                continue;
            if (!fl) {
                fa = na;
                fl = nl;
            } else if (nl != fl || strncmp(src + na, src + fa, nl) != 0)
                many = 1;
        }
        /* (not when another speaker of that surname holds an office: "PRIME MINISTER:"
         * and "PRIME MINISTER SUNAK:" in one press conference are two) */
        size_t sw = fl;
        while (sw > 0 && src[fa + sw - 1] != ' ')
            sw--;
        for (size_t j = 0; fl && !many && j < d->nspeakers; j++) {
            const char *on = d->speakers[j].name;
            size_t ol = on ? strlen(on) : 0;
            if (j != i && on && d->speakers[j].role && ol >= fl - sw && u8_ncasecmp(on + ol - (fl - sw), src + fa + sw, fl - sw) == 0 &&
                (ol == fl - sw || on[ol - (fl - sw) - 1] == ' '))
                many = 1;
        }
        if (fl && !many) {
            sp->name = xstrndup(src + fa, fl);
            if (!sp->name)
                return HD_ERR_NOMEM;
        }
    }
    for (size_t i = 0; i < d->nspeakers; i++) {
        st_speaker *sp = &d->speakers[i];
        /* "Ms. Hill", or a surname with a role ("Secretary Ruiz:") */
        const char *nm = sp->name, *sp1 = nm ? strchr(nm, ' ') : NULL;
        /* "A. Ruiz": an initial, whose full name must start with it */
        int initial = sp1 && sp1 - nm == 2 && isupper((unsigned char)nm[0]) && nm[1] == '.';
        /* (a surname alone too: '"…," Mills said.' after "President Sharon K. Mills
         * welcomed …") */
        /* (or a surname of two words, its particle first: "COL. DELA CRUZ:" after "COL.
         * MARITES DELA CRUZ:") */
        int particled = sp1 && !strchr(sp1 + 1, ' ') && is_caps_particle(nm, (size_t)(sp1 - nm));
        if (!nm || (sp1 && !particled && (strchr(sp1 + 1, ' ') || !(initial || is_honorific(nm, (size_t)(sp1 - nm))))) ||
            sp->asks)
            continue;
        /* "Dame Cindy said:" after "The Governor-General, Dame Cindy Kiro, has …": a
         * knight or dame known by the given name, as their style has it; the full
         * name the text gives after the same words */
        if (sp1 && ((sp1 - nm == 4 && strncmp(nm, "Dame", 4) == 0) || (sp1 - nm == 3 && strncmp(nm, "Sir", 3) == 0))) {
            size_t nl = strlen(nm);
            const char *src = d->src, *h = src, *hit = NULL;
            size_t hl = 0;
            while (!hit && (h = strstr(h, nm)) != NULL && (size_t)(h - src) + nl + 2 < d->len) {
                const char *w = h + nl;
                size_t wl = 0;
                if ((h == src || !isalpha((unsigned char)h[-1])) && w[0] == ' ' && isupper((unsigned char)w[1])) {
                    while (isalpha((unsigned char)w[1 + wl]) || w[1 + wl] == '-' || w[1 + wl] == '\'')
                        wl++;
                    if (wl >= 2 && !is_role_word(w + 1, wl) && !data_word_line("en/starters.txt", w + 1, wl, 0, DATA_ANYWHERE) &&
                        !isalnum((unsigned char)w[1 + wl])) {
                        hit = h;
                        hl = nl + 1 + wl;
                    }
                }
                h += nl;
            }
            if (hit) {
                char *full = xstrndup(hit, hl);
                if (!full)
                    return HD_ERR_NOMEM;
                free(sp->name);
                sp->name = full;
            }
            continue;
        }
        const char *last = sp1 && !particled ? sp1 + 1 : nm;
        char sur[64];
        size_t sl = strlen(last), found = SIZE_MAX, flen = 0;
        if (sl < 2 || sl >= sizeof sur || !txt_starts_upper(last, sl))
            continue;
        memcpy(sur, last, sl + 1);
        /* as written in prose, then in capitals ("STATEMENT OF LAURA M. HILL") */
        char ini = initial ? nm[0] : 0;
        int clash = full_name(d, sur, sl, 0, ini, &found, &flen), caps = 0;
        if (!clash && found == SIZE_MAX) {
            if (!upper_copy(last, sl, sur, sizeof sur))
                continue;
            sl = strlen(sur);
            clash = full_name(d, sur, sl, caps = 1, ini, &found, &flen);
        }
        if (clash || found == SIZE_MAX || (initial && toupper((unsigned char)d->src[found]) != nm[0]))
            continue;
        /* "HAYASE Koji" stays as written: its capitals say which name is the family's */
        int family_first = caps && flen > sl && d->src[found + sl] == ' ' &&
                           strncmp(d->src + found, sur, sl) == 0;
        char *full = caps && !family_first ? title_case(d->src + found, flen) : xstrndup(d->src + found, flen);
        if (!full)
            return HD_ERR_NOMEM;
        free(sp->name);
        sp->name = full;
    }
    if (surname_roles(d) != HD_OK || first_name_roles(d) != HD_OK)
        return HD_ERR_NOMEM;
    return merge_same(d);
}

/* Whether s[a, b) is a verb that gives a statement: "issued", "released", "made",
 * "gave", "delivered", "read", "sent", "shared", "provided", "offered". */
static int attribution_verb_like(const char *s, size_t a, size_t b)
{
    static const char *const v[] = {"issued", "released", "made", "gave", "delivered", "read", "sent",
                                    "shared", "provided", "offered", "has", "have", "issues", "releases"};
    for (size_t k = 0; k < sizeof v / sizeof *v; k++)
        if (strlen(v[k]) == b - a && strncmp(s + a, v[k], b - a) == 0)
            return 1;
    return 0;
}

/* Where the first lead-in phrase of the line s[a, b) ending in a colon starts
 * (data/en/lead-ins.txt), or SIZE_MAX. */
static size_t lead_in_at(const char *s, size_t a, size_t b)
{
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\n' || s[b - 1] == '\r'))
        b--;
    if (b <= a || s[b - 1] != ':')
        return SIZE_MAX;
    const data_file *f = data_get("en/lead-ins.txt");
    size_t pos = 0, len, at = SIZE_MAX;
    const char *line;
    /* the phrase in the line that ends in the colon, else the first: not the title's
     * over it, in one block ("Statement from the Prime Minister's Office\nThe following
     * statement was issued on behalf of the Prime Minister:") */
    size_t from = a;
    for (size_t k = b - 1; k > a && from == a; k--)
        if (s[k - 1] == '\n')
            from = k;
    for (int pass = 0; pass < 2 && at == SIZE_MAX; pass++) {
        size_t lo = pass ? a : from;
        pos = 0;
        while (f && data_next_line(f, &pos, &line, &len))
            for (size_t k = lo; k + len <= b && k < at; k++)
                if (u8_ncasecmp(s + k, line, len) == 0)
                    at = k;
        if (from == a)
            break;
    }
    return at;
}

int spk_lead_in_line(const char *s, size_t a, size_t b) { return lead_in_at(s, a, b) != SIZE_MAX; }

/* The person named after the last " from " in the line s[.., b) ending in a colon,
 * the " from " ending past lo ("… the following statement from spokesperson Dan
 * Roe:"), as the speaker; *found when there is one. own: an owner's word before the
 * office is left out ("from our CEO, Joana Matos-Reis"). HD_ERR_NOMEM. */
static hd_status person_from(hd_doc *d, size_t lo, size_t b, int own, int *speaker, int *found)
{
    const char *s = d->src;
    size_t f = b;
    int behalf = 0;
    /* (or "… was issued on behalf of the Prime Minister:": that office) */
    while (f > lo && strncmp(s + f - 6, " from ", 6) != 0 &&
           !(behalf = own && f >= lo + 14 && strncmp(s + f - 14, " on behalf of ", 14) == 0))
        f--;
    *found = 0;
    if (f <= lo || b - f < 5 || s[b - 1] != ':' || memchr(s + f, '\n', b - f))
        return HD_OK;
    static const char *const owners[] = {"our ", "its ", "their ", "the "};
    for (size_t q = 0; own && q < sizeof owners / sizeof *owners; q++)
        if (starts_with_ci(s + f, b - f, owners[q])) {
            f += strlen(owners[q]);
            break;
        }
    char *t = xstrndup(s + f, b - 1 - f), *role = NULL, *name = NULL;
    hd_status st = t ? spk_split_person(t, &role, &name) : HD_ERR_NOMEM;
    if (st == HD_OK && name && strchr(name, ' ') && isupper((unsigned char)name[0])) {
        st = person_speaker(d, name, role, speaker);
        *found = 1;
    } else if (st == HD_OK && behalf && !name && role && spk_role_word_in(role, 0, strlen(role), 0)) {
        /* (an office, not a body: "on behalf of the Board" is read as the release) */
        const char *lw;
        size_t ln;
        last_word(role, &lw, &ln);
        if (!ln || !data_word_line("en/bodies.txt", lw, ln, 0, DATA_ANYWHERE)) {
            st = person_speaker(d, NULL, role, speaker);
            *found = 1;
        }
    }
    free(t);
    free(role);
    free(name);
    return st;
}

/* The word before s[k] (past spaces, not before s[from]): s[*p0, *pw), empty at from. */
static void word_before(const char *s, size_t from, size_t k, size_t *p0, size_t *pw)
{
    *pw = k;
    while (*pw > from && s[*pw - 1] == ' ')
        (*pw)--;
    *p0 = *pw;
    while (*p0 > from && s[*p0 - 1] != ' ')
        (*p0)--;
}

int spk_role_word_in(const char *s, size_t a, size_t b, int any_case)
{
    for (size_t x = a; x < b;) {
        size_t w = x;
        while (x < b && s[x] != ' ' && s[x] != ',')
            x++;
        if (x > w && (any_case || isupper((unsigned char)s[w])) &&
            data_word_line("en/roles.txt", s + w, x - w, any_case, DATA_ANYWHERE))
            return 1;
        while (x < b && (s[x] == ' ' || s[x] == ','))
            x++;
    }
    return 0;
}

/* The subject of a lead-in written name first, "Tim Agu, chief executive of the
 * Harbour Trust, issued the following statement:": a name of two words or more (not
 * after a preposition), a comma, a phrase of up to ten words with a role's word, a
 * comma, then a word in lower case (the verb), all before the phrase at s[at]. Sets
 * the name's and the role's spans; 0 when there is none, 2 when another person joins
 * the first ("…, and Tim Agu, …"). */
static int subject_name_role(const char *s, size_t from, size_t at, size_t *na, size_t *nl, size_t *ra, size_t *rl)
{
    static const char *const preps[] = {"with", "by", "of", "for", "from", "to", "and", "on", "at"};
    for (size_t k = from; k < at; k++) {
        if (k > from && s[k - 1] != ' ' && s[k - 1] != '\n')
            continue;
        size_t n = isupper((unsigned char)s[k]) ? name_words(s + k) : 0;
        if (n < 3 || !memchr(s + k, ' ', n) || k + n + 2 >= at || s[k + n] != ',' || s[k + n + 1] != ' ')
            continue;
        size_t p0, pw;
        word_before(s, from, k, &p0, &pw);
        if (word_in(preps, sizeof preps / sizeof *preps, s + p0, pw - p0))
            return 0;
        size_t r = k + n + 2, c = r;
        while (c < at && s[c] != ',')
            c++;
        /* (in the phrase's own sentence: not "Jo Bell, whose campaign saved the
         * bandstand, was praised. The council issued the following statement:") */
        for (size_t x = k; x + 2 < at; x++)
            if ((s[x] == '.' || s[x] == '!' || s[x] == '?') && s[x + 1] == ' ' && isupper((unsigned char)s[x + 2]) &&
                !(x > k && isupper((unsigned char)s[x - 1]) && (x - 1 == k || s[x - 2] == ' ' || s[x - 2] == '.')))
                return 0;
        /* ("Jo Bell, who chairs the Friends of …, issued": a clause says who she is) */
        static const char *const rel[] = {"who", "whose"};
        size_t w = 0;
        while (r + w < c && isalpha((unsigned char)s[r + w]))
            w++;
        int clause = word_in(rel, sizeof rel / sizeof *rel, s + r, w);
        if (c >= at || c + 2 >= at || s[c + 1] != ' ' || !islower((unsigned char)s[c + 2]) ||
            txt_words(s, r, c) > 10 || !(clause || spk_role_word_in(s, r, c, 1)))
            return 0;
        /* (not one of several: "Jo Bell, Mayor of Eastport, and Tim Agu, …") */
        static const char *const joins[] = {"and", "or", "with", "together", "along", "alongside", "plus"};
        size_t v = c + 2, vl = 0;
        while (v + vl < at && isalpha((unsigned char)s[v + vl]))
            vl++;
        if (word_in(joins, sizeof joins / sizeof *joins, s + v, vl)) {
            /* (two people who give it together: no one's voice) */
            size_t x = v + vl + 1;
            size_t m = x < at && isupper((unsigned char)s[x]) ? name_words(s + x) : 0;
            return m >= 3 && memchr(s + x, ' ', m) ? 2 : 0;
        }
        *na = k, *nl = n, *ra = r, *rl = clause ? 0 : c - r; /* (a clause is no role) */
        return 1;
    }
    return 0;
}

/* Whether the words before s[k] (not before s[from]) tell of a death: "death of",
 * "passing of", "loss of", "funeral of", "memory of", then perhaps "former", "the
 * late" or "our former colleague". */
static int died_before(const char *s, size_t from, size_t k)
{
    static const char *const deaths[] = {"death", "passing", "loss", "funeral", "memory", "killing", "murder"};
    size_t p0, pw;
    for (int n = 0; n < 5 && k > from; n++) {
        word_before(s, from, k, &p0, &pw);
        if (pw == p0)
            return 0;
        if (pw - p0 == 2 && strncmp(s + p0, "of", 2) == 0) {
            size_t q0, qw;
            word_before(s, from, p0, &q0, &qw);
            for (size_t q = 0; q < sizeof deaths / sizeof *deaths; q++)
                if (qw - q0 == strlen(deaths[q]) && u8_ncasecmp(s + q0, deaths[q], qw - q0) == 0)
                    return 1;
            return 0;
        }
        k = p0;
    }
    return 0;
}

/* Whether s[a, b) holds " for " or " of ": an office's portfolio ("Minister for
 * Emergency Management"). */
static int find_of_for(const char *s, size_t a, size_t b)
{
    for (size_t k = a; k + 4 < b; k++)
        if (s[k] == ' ' && (strncmp(s + k, " of ", 4) == 0 || (k + 5 < b && strncmp(s + k, " for ", 5) == 0)))
            return 1;
    return 0;
}

hd_status spk_lead_in(hd_doc *d, size_t a, size_t b, size_t from, int *speaker)
{
    const char *s = d->src;
    *speaker = -1;
    size_t at = lead_in_at(s, a, b);
    if (at == SIZE_MAX)
        return HD_OK;
    /* ("Statement of Sen. Maria Gutierrez:": an office or a form of address right
     * after it; "the Statement of Intent signed by Minister Ana Ruiz:" is a
     * document's) */
    if (u8_ncasecmp(s + at, "statement of ", 13) == 0) {
        size_t w = at + 13;
        if (strncmp(s + w, "the ", 4) == 0)
            w += 4;
        size_t wl = strcspn(s + w, " ,:");
        if (!isupper((unsigned char)s[w]) || !(is_honorific(s + w, wl) || is_role_word(s + w, wl)))
            return HD_OK;
    }
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\n' || s[b - 1] == '\r'))
        b--;
    /* the person: of the roles and names in the text before it ("Senator Maren
     * Tolliver", "… with Senator Brent Halvorsen"), the one the statement names most
     * often by surname (its headline does), the first on a tie */
    /* (who gives it comes before the phrase: "Sen. Paul Danvers released the following
     * statement on the passing of former Sen. Edith Morrow:" is his, not hers; after
     * it only when nobody is before: "… the following statement from Senator …") */
    /* "… released the following statement from spokesperson Dan Roe:": the person
     * the phrase names at the line's end */
    {
        int found = 0;
        hd_status st = person_from(d, at + 6, b, 1, speaker, &found);
        if (st != HD_OK || found)
            return st;
    }
    /* "Tim Agu, chief executive of the Harbour Trust, issued the following statement:":
     * the subject's name, then the role */
    {
        size_t na, nl, ra, rl;
        int sub = subject_name_role(s, a > from ? a : from, at, &na, &nl, &ra, &rl);
        if (sub == 2) {
            *speaker = SPK_JOINT;
            return HD_OK;
        }
        if (sub) {
            char *name = xstrndup(s + na, nl), *role = rl ? xstrndup(s + ra, rl) : NULL;
            hd_status st = name && (role || !rl) ? person_speaker(d, name, role, speaker) : HD_ERR_NOMEM;
            free(name);
            free(role);
            return st;
        }
    }
    /* (and the one who gives it is the verb's subject: not "… with Premier Gail
     * Stroud", "The office of Sen. Ida Marsh", after a preposition, unless no one else
     * is named; two joined by "and" give it together, no one's voice) */
    size_t best = SIZE_MAX, bl = 0, rs = 0, most = 0, prev_end = SIZE_MAX;
    int objects = 0, joint = 0;
again:
    for (size_t k = from; k < b; k++) {
        if (k == at && best != SIZE_MAX)
            break;
        if (k > from && s[k - 1] != ' ' && s[k - 1] != '\n' && s[k - 1] != '(')
            continue;
        size_t wl = strcspn(s + k, " ,.;:()\n");
        /* a role written short: "Sen. Paul Danvers", "Gov. Ana Ruiz" */
        if (wl && s[k + wl] == '.' && is_role_word(s + k, wl + 1))
            wl++;
        /* "State Senators Anne Whitfield and James Okafor released …": an office in
         * the plural before names, who give it together (its first word, "State", no
         * office of its own here) */
        if (k < at && wl > 3 && s[k + wl] == ' ' && s[k + wl - 1] == 's' && is_role_word(s + k, wl - 1) &&
            isupper((unsigned char)s[k + wl + 1])) {
            int two = 0;
            for (size_t x = k + wl; x + 5 <= at && !two; x++)
                two = strncmp(s + x, " and ", 5) == 0;
            if (two) {
                joint = 1;
                break;
            }
        }
        if (wl && s[k + wl] == ' ' && is_role_word(s + k, wl)) {
            size_t nx = k + wl + 1, nl = strcspn(s + nx, " ,.;:()\n");
            if (nl > 3 && !is_role_word(s + nx, nl) && is_role_plural(s + nx, nl))
                continue;
        }
        /* (a role in lower case right before a name: "Hale campaign spokesperson
         * Brandon Ellis released …", as US releases write it) */
        int lower_role = wl && islower((unsigned char)s[k]) && s[k + wl] == ' ' &&
                         isupper((unsigned char)s[k + wl + 1]) &&
                         data_word_line("en/roles.txt", s + k, wl, 1, DATA_ANYWHERE);
        if (!wl || !(is_role_word(s + k, wl) || lower_role) || (s[k + wl] != ' ' && s[k + wl] != ','))
            continue;
        {
            size_t p0, pw;
            word_before(s, from, k, &p0, &pw);
            /* ("… on the death of former Secretary-General Kwame Mensah", "the passing
             * of the late Senator …", "… of Ambassador Kofi Mensah": the one who died,
             * not who gives the statement; "former Governor Ana Ruiz released …" is
             * hers) */
            if (died_before(s, from, k))
                continue;
            static const char *const preps[] = {"with", "by", "of", "for", "from", "to", "and"};
            int object = 0;
            for (size_t q = 0; q < sizeof preps / sizeof *preps && !object; q++)
                object = pw - p0 == strlen(preps[q]) && strncmp(s + p0, preps[q], pw - p0) == 0;
            int joined = object && pw - p0 == 3 && prev_end != SIZE_MAX && p0 > prev_end && p0 - prev_end <= 1;
            if (joined && k < at) {
                joint = 1;
                continue;
            }
            if (object != objects)
                continue;
        }
        /* "Our Chief Executive, Marcus Delaney, has issued …": the name between commas */
        size_t gap = s[k + wl] == ',' && s[k + wl + 1] == ' ' ? 2 : 1;
        size_t n = name_words(s + k + wl + gap);
        /* (a verb's "-ing" in a title's capitals ends it: "Senator James Caldwell
         * Accepting the Nomination") */
        {
            const char *nm0 = s + k + wl + gap;
            size_t lw = n;
            while (lw > 0 && nm0[lw - 1] != ' ')
                lw--;
            if (lw > 0 && n - lw >= 6 && memcmp(nm0 + n - 3, "ing", 3) == 0 && nm0[n] == ' ' &&
                islower((unsigned char)nm0[n + 1]))
                n = lw - 1;
        }
        /* (or closing the line: "A statement from our CEO, Joana Matos-Reis:") */
        if (!n || (gap == 2 && s[k + wl + gap + n] != ',' && !(s[k + wl + gap + n] == ':' && k + wl + gap + n + 1 >= b)))
            continue;
        wl += gap - 1;
        prev_end = k + wl + 1 + n;
        const char *nm = s + k + wl + 1, *sur = nm + n;
        while (sur > nm && sur[-1] != ' ')
            sur--;
        size_t sl = (size_t)(nm + n - sur), count = 0;
        char key[64];
        if (sl < 2 || sl >= sizeof key)
            continue;
        memcpy(key, sur, sl);
        key[sl] = '\0';
        for (const char *h = d->src; (h = strstr(h, key)) != NULL; h += sl)
            count++;
        /* the name set between commas after the role is said to be that person's; it
         * wins over a phrase that looks like one ("National Indigenous Peoples Day") */
        if (gap == 2)
            count += 1000;
        if (count > most) {
            most = count;
            best = k + wl + 1;
            bl = n;
            rs = k;
        }
    }
    if (joint) {
        *speaker = SPK_JOINT;
        return HD_OK;
    }
    if (best == SIZE_MAX && !objects) {
        objects = 1;
        prev_end = SIZE_MAX;
        goto again;
    }
    /* "At the conclusion of the mission, Stéphane Roudet issued the following
     * statement:": a name alone (two to four capitalised words, no body's, no
     * office's) right before the verb, after a comma or opening the sentence */
    if (best == SIZE_MAX && at > from + 4) {
        size_t p0, pw;
        word_before(s, from, at, &p0, &pw);
        if (pw - p0 == 3 && strncmp(s + p0, "the", 3) == 0)
            word_before(s, from, p0, &p0, &pw);
        size_t ne = p0, ns = p0;
        /* ("… has issued", "… today issued", "… has today issued") */
        static const char *const aux[] = {"has", "have", "today", "also", "then", "later", "jointly"};
        for (int k2 = 0; k2 < 2 && pw > p0 && attribution_verb_like(s, p0, pw); k2++) {
            size_t a0, aw;
            word_before(s, from, ne, &a0, &aw);
            if (!word_in(aux, sizeof aux / sizeof *aux, s + a0, aw - a0))
                break;
            ne = ns = a0;
        }
        int words = 0;
        while (ne > from && s[ne - 1] == ' ')
            ne--;
        if (pw > p0 && islower((unsigned char)s[p0]) && attribution_verb_like(s, p0, pw))
            for (ns = ne; words < 4;) {
                size_t q0, qw;
                word_before(s, from, ns, &q0, &qw);
                if (qw == q0 || !isupper((unsigned char)s[q0]) || s[qw - 1] == ',')
                    break;
                ns = q0;
                words++;
            }
        size_t lb = ns;
        while (lb > from && s[lb - 1] == ' ')
            lb--;
        /* (a person the statement has named before as one: "… led by Stéphane Roudet",
         * "Ambassador Jane Doe"; not a company's two words, "Kestrel Water issued …") */
        /* (in the 16 KB before the line: a bounded look) */
        int named_before = 0;
        for (size_t h = a > 16384 ? a - 16384 : 0; words >= 2 && h + (ne - ns) <= a && !named_before; h++) {
            if (memcmp(s + h, s + ns, ne - ns) != 0 || (h > 0 && s[h - 1] != ' '))
                continue;
            size_t q0, qw;
            word_before(s, 0, h, &q0, &qw);
            int by = qw - q0 == 2 && strncmp(s + q0, "by", 2) == 0;
            if (by) { /* ("led by", "headed by", "chaired by": a person's; "commissioned by" may be a company's) */
                size_t b0, bw;
                word_before(s, 0, q0, &b0, &bw);
                by = (bw - b0 == 3 && strncmp(s + b0, "led", 3) == 0) || (bw - b0 == 6 && strncmp(s + b0, "headed", 6) == 0) ||
                     (bw - b0 == 7 && strncmp(s + b0, "chaired", 7) == 0);
            }
            named_before = qw > q0 && (by || is_role_word(s + q0, qw - q0) || is_honorific(s + q0, qw - q0));
        }
        /* (after a comma, at the sentence's start, or after a word in lower case that
         * leads to no one: "Later that day Stéphane Roudet issued …") */
        size_t pb0, pbw;
        word_before(s, from, ns, &pb0, &pbw);
        static const char *const preps[] = {"by", "of", "with", "for", "from", "to", "at", "and", "on", "in", "as"};
        int free_before = pbw > pb0 && islower((unsigned char)s[pb0]) && s[pbw - 1] != ',' &&
                          !word_in(preps, sizeof preps / sizeof *preps, s + pb0, pbw - pb0);
        if (words >= 2 && named_before && bare_name(s, ns, ne) &&
            (lb == from || s[lb - 1] == ',' || s[lb - 1] == '\n' || free_before) &&
            !data_word_line("en/starters.txt", s + ns, strcspn(s + ns, " "), 0, DATA_ANYWHERE)) {
            char *name = xstrndup(s + ns, ne - ns);
            hd_status st = name ? person_speaker(d, name, NULL, speaker) : HD_ERR_NOMEM;
            free(name);
            return st;
        }
    }
    if (best == SIZE_MAX) {
        /* "Statement from Ana Ruiz, General Manager:", "Quote from Brighton Comets GM
         * Ana Ruiz:": the person after "from", at the line's end, as a label names one */
        int found = 0;
        return person_from(d, a + 6, b, 0, speaker, &found);
    }
    /* "The Prime Minister, Élise Tremblay-Hart, …": the role's words before it too */
    while (rs > from + 1 && s[rs - 1] == ' ') {
        size_t w = rs - 1;
        while (w > from && s[w - 1] != ' ' && s[w - 1] != '\n')
            w--;
        if (w == rs - 1 || !isupper((unsigned char)s[w]) || !is_role_word(s + w, rs - 1 - w))
            break;
        rs = w;
    }
    size_t rl = best - 1 - rs;
    while (rl > 0 && (s[rs + rl - 1] == ',' || s[rs + rl - 1] == ' '))
        rl--;
    /* "The Governor-General, Her Excellency the Honourable Sam Mostyn AC, has issued
     * …": a style of address is no office; the office is the one before its comma */
    {
        static const char *const styles[] = {"Her",  "His",  "Excellency", "the",   "The",     "Honourable",
                                             "Honorable", "Hon", "Hon.", "Right", "Rt", "Rt.", "Sir", "Dame",
                                             "Senator", "General", "Dr", "Dr."};
        size_t x = rs, style = rl > 0;
        while (style && x < rs + rl) {
            size_t l = strcspn(s + x, " ");
            if (x + l > rs + rl)
                l = rs + rl - x;
            style = word_in(styles, sizeof styles / sizeof *styles, s + x, l);
            x += l + 1;
        }
        /* (back over the style's words before it: "Her Excellency the") */
        size_t c = rs;
        for (;;) {
            while (c > from && s[c - 1] == ' ')
                c--;
            size_t w = c;
            while (w > from && s[w - 1] != ' ' && s[w - 1] != ',' && s[w - 1] != '\n')
                w--;
            if (!style || w == c || !word_in(styles, sizeof styles / sizeof *styles, s + w, c - w))
                break;
            c = w;
        }
        if (style && c > from + 1 && s[c - 1] == ',') {
            size_t r0 = c - 1;
            while (r0 > from && s[r0 - 1] != ',' && s[r0 - 1] != '\n' && s[r0 - 1] != '"')
                r0--;
            while (r0 < c - 1 && s[r0] == ' ')
                r0++;
            if (strncmp(s + r0, "The ", 4) == 0 || strncmp(s + r0, "the ", 4) == 0)
                r0 += 4;
            size_t lw = c - 1;
            while (lw > r0 && s[lw - 1] != ' ')
                lw--;
            /* (an office's few words, the first an office's too: not "Following her
             * meeting with the Prime Minister, Her Excellency …") */
            size_t fw = strcspn(s + r0, " ,");
            if (c - 1 > r0 && isupper((unsigned char)s[r0]) &&
                (is_role_word(s + lw, c - 1 - lw) || find_of_for(s, r0, c - 1)) && is_role_word(s + r0, fw) &&
                txt_words(s, r0, c - 1) <= 7) {
                rs = r0;
                rl = c - 1 - r0;
                style = 0;
            }
        }
        if (style)
            rl = 0; /* no office named: none ("Honourable" is no one's role) */
    }
    /* (and the name without its letters after it: "Sam Mostyn AC") */
    bl = before_post_nominals(s + best, bl, 1);
    char *name = xstrndup(s + best, bl), *role = rl ? xstrndup(s + rs, rl) : NULL;
    hd_status st = name && (role || !rl) ? person_speaker(d, name, role, speaker) : HD_ERR_NOMEM;
    free(name);
    free(role);
    return st;
}

/* Whether a header's person with this role asks the questions ("Interviewer: Mark
 * Sullivan, Asia Markets Weekly" over Q: and A:). */
int spk_asking_role(const char *w, size_t n)
{
    static const char *const r[] = {"Interviewer", "Host", "Presenter", "Moderator", "Anchor", "Reporter"};
    for (size_t k = 0; k < sizeof r / sizeof *r; k++)
        if (strlen(r[k]) == n && strncasecmp(w, r[k], n) == 0)
            return 1;
    return 0;
}

static int asking_person(const st_person *pp)
{
    return pp->asks || (pp->role && spk_asking_role(pp->role, strlen(pp->role)));
}

/* The header's first person who does not ask; with `askers`, else the first who
 * does ("Host: Jane Doe" alone over her words speaks them). */
static hd_status default_person(hd_doc *d, int askers, int *speaker)
{
    *speaker = -1;
    for (size_t i = 0; i < d->npeople; i++)
        if (!asking_person(&d->people[i]))
            return person_speaker(d, d->people[i].name, d->people[i].role, speaker);
    /* (one who hosts, not a reporter's byline over a news article, "Reporter: Jane
     * Doe", nor one who only interviews) */
    static const char *const hosts[] = {"Host", "Presenter", "Moderator", "Anchor"};
    for (size_t i = 0; askers && i < d->npeople; i++) {
        const char *r = d->people[i].role;
        int hosting = !r;
        for (size_t k = 0; r && k < sizeof hosts / sizeof *hosts && !hosting; k++)
            hosting = strcasecmp(r, hosts[k]) == 0;
        if (!d->people[i].asks && hosting)
            return person_speaker(d, d->people[i].name, d->people[i].role, speaker);
    }
    return HD_OK;
}

hd_status spk_default(hd_doc *d, int *speaker) { return default_person(d, 1, speaker); }

/* Whether ini ("TA") is the capitals that begin the words of name ("Dr Tedros
 * Ayele"), a form of address left out. */
static int initials_of(const char *name, const char *ini)
{
    size_t il = strlen(ini), k = 0;
    if (il < 2 || il > 4 || txt_has_lower(ini, il))
        return 0;
    for (const char *w = name; *w;) {
        size_t wl = strcspn(w, " ");
        if (wl && !(w == name && is_honorific(w, wl))) {
            if (k >= il || toupper((unsigned char)w[0]) != ini[k])
                return 0;
            k++;
        }
        w += wl;
        while (*w == ' ')
            w++;
    }
    return k == il;
}

hd_status spk_resolve(hd_doc *d, const spk_cue *c, int last, int *speaker)
{
    const char *s = d->src;
    char *outlet = NULL, *label = NULL, *role = NULL, *name = NULL;
    hd_status st = HD_OK;

    /* ("Question (Speaking in Hindi):": how the question was asked, not who asked) */
    if (c->outlet_end > c->outlet_start && !how_said(s, c->outlet_start, c->outlet_end) &&
        !(outlet = txt_clean(s, c->outlet_start, c->outlet_end))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    /* "CALLER 2 (FAISAL)", "DECLAN FUREY (PRESENTER)": what the brackets hold, in
     * capitals, as a name or a role is written */
    /* (not a party's or an agency's letters: "(ANC)", "(BMF)") */
    if (outlet && !txt_has_lower(outlet, strlen(outlet)) && c->outlet_start > 0 && s[c->outlet_start - 1] == '(' &&
        (strlen(outlet) > 4 || strchr(outlet, ' '))) {
        char *tc = title_case(outlet, strlen(outlet));
        if (!tc) {
            st = HD_ERR_NOMEM;
            goto out;
        }
        free(outlet);
        outlet = tc;
    }
    switch (c->kind) {
    case CUE_QUESTION: {
        /* "AUDIENCE:", "AUDIENCE MEMBER:", "CROWD:": the room, announced as itself, not
         * as a question */
        long fx = c->label_end > c->label_start ? fixed_label(s, c->label_start, c->label_end) : -1;
        if (fx >= 0 && !outlet && spk_is_room(fixed_labels[fx].label)) {
            st = asker(d, fixed_labels[fx].label, NULL, NULL, speaker);
            goto out;
        }
        /* "UNIDENTIFIED MALE:", "UNIDENTIFIED FEMALE:": voices in a report, each its
         * own, announced as what they are, not as questions */
        static const char *const unnamed[][2] = {{"Unidentified male", "Unidentified man"},
                                                 {"Unidentified female", "Unidentified woman"},
                                                 {"Unidentified speaker", "Unidentified speaker"},
                                                 {"Voice", "Unidentified speaker"}};
        for (size_t k = 0; fx >= 0 && !outlet && k < sizeof unnamed / sizeof *unnamed; k++)
            if (strcmp(fixed_labels[fx].label, unnamed[k][0]) == 0) {
                st = asker(d, unnamed[k][1], NULL, NULL, speaker);
                goto out;
            }
        /* "Follow-up:", "Follow-up question:" alone: whoever asked last asks again */
        if (fx >= 0 && !outlet && strncmp(fixed_labels[fx].label, "Follow-up", 9) == 0)
            for (size_t k = d->nblocks; k-- > 0;) {
                int sk = d->blocks[k].speaker;
                if (d->blocks[k].turn && sk >= 0 && (size_t)sk < d->nspeakers && d->speakers[sk].asks) {
                    *speaker = sk;
                    goto out;
                }
            }
    }
        /* "QUESTION SCHULTE:" names the one who asks */
        if (c->label_end > c->label_start && fixed_label(s, c->label_start, c->label_end) < 0 &&
            !(outlet && c->outlet_start == c->label_start) &&
            !(label = title_case(s + c->label_start, c->label_end - c->label_start))) {
            st = HD_ERR_NOMEM;
            goto out;
        }
        /* (not "QUESTIONER:", nor a Q in a briefing or a press conference: the room's
         * journalists ask there, not the moderator the header names) */
        size_t ll0 = c->label_end - c->label_start;
        static const char *const rooms[] = {"briefing", "conference", "availability", "gaggle", "stakeout",
                                            "doorstep", "doorstop", "roundtable", "round table", "press point",
                                            "press encounter", "town hall"};
        int room = ll0 == 10 && u8_ncasecmp(s + c->label_start, "Questioner", 10) == 0;
        for (size_t k = 0; d->kind && !room && k < sizeof rooms / sizeof *rooms; k++)
            for (const char *h = d->kind; *h && !room; h++)
                room = u8_ncasecmp(h, rooms[k], strlen(rooms[k])) == 0;
        if (!label && !outlet && !room) {
            /* a bare Q in an interview whose byline names who asks ("By Jonah Reyes") */
            const st_person *only = NULL;
            int askers = 0;
            for (size_t k = 0; k < d->npeople; k++)
                if (asking_person(&d->people[k]) && d->people[k].name) {
                    only = &d->people[k];
                    askers++;
                }
            if (askers == 1) {
                st = asker(d, "Interviewer", NULL, only->name, speaker);
                goto out;
            }
        }
        /* "QUESTION (Dr. Weller, dpa):" then "QUESTION (Weller):": the journalist and
         * the outlet in the brackets, and later the surname alone, one person */
        if (outlet && !label) {
            const char *cm = strstr(outlet, ", ");
            size_t nl = cm ? (size_t)(cm - outlet) : 0, hw = strcspn(outlet, " ");
            const char *after = cm ? cm + 2 : NULL;
            /* (the name first when it has its title, or the outlet after it reads as
             * one: in lower case or capitals, or naming the media; "Yomiuri Shimbun,
             * Sato" is the outlet first) */
            int outlet_after = after && *after && (islower((unsigned char)after[0]) || is_acronym(after, strlen(after)) ||
                                                   strstr(after, "Media") || strstr(after, "News") ||
                                                   strstr(after, "Radio") || strstr(after, "TV") ||
                                                   strstr(after, "Press") || strstr(after, "Times") ||
                                                   strstr(after, "Post") || strstr(after, "Agency") ||
                                                   /* (or a known outlet of one word: "Reuters", "Kyodo") */
                                                   is_outlet(after, 0, strlen(after)));
            int named = name_words(outlet) == nl || (!memchr(outlet, ' ', nl) && isupper((unsigned char)outlet[0]));
            /* (or both a few capitalised words, the second no lone word: "Nadia Lamarre,
             * Agence Globe" is the name first, as briefings write it; "Yomiuri Shimbun,
             * Sato" and a known outlet first are not) */
            if (after && *after && !outlet_after && named && strchr(after, ' ') && isupper((unsigned char)after[0]) &&
                !is_outlet(outlet, 0, nl) && txt_words(after, 0, strlen(after)) <= 5)
                outlet_after = 1;
            if (cm && nl >= 2 && nl < 48 && (is_honorific(outlet, hw) || (named && outlet_after)) && *after) {
                char *nm = xstrndup(outlet, nl), *ol = xstrdup(after);
                st = nm && ol ? asker(d, "Journalist", ol, nm, speaker) : HD_ERR_NOMEM;
                free(nm);
                free(ol);
                goto out;
            }
            /* (or anyone of that surname who spoke: "KERR:" after "Sam Kerr:" is no
             * station's call letters) */
            for (int pass = 0; pass < 2 && !cm && !strchr(outlet, ' ') && isupper((unsigned char)outlet[0]); pass++)
                for (size_t k = d->nspeakers; k-- > 0;) {
                    const char *nm = d->speakers[k].name;
                    const char *sp = nm ? strrchr(nm, ' ') : NULL, *sur = sp ? sp + 1 : nm;
                    if ((pass ? sp != NULL : d->speakers[k].asks) && sur &&
                        (pass ? same_ci(sur, outlet) : strcmp(sur, outlet) == 0)) {
                        *speaker = (int)k;
                        goto out;
                    }
                }
        }
        st = asker(d, outlet ? "Journalist" : "Questioner", outlet, label, speaker);
        goto out;
    case CUE_INTERVIEWER:
        /* "Tom Hale (Kestrel Radio):" keeps his name */
        if (c->label_end > c->label_start &&
            !(c->label_end - c->label_start == 11 && u8_ncasecmp(s + c->label_start, "Interviewer", 11) == 0) &&
            !(label = title_case(s + c->label_start, c->label_end - c->label_start))) {
            st = HD_ERR_NOMEM;
            goto out;
        }
        st = asker(d, "Interviewer", outlet, label, speaker);
        goto out;
    case CUE_MODERATOR: {
        /* a host, a presenter or a call's operator is announced as the label says;
         * staff who run a briefing are its moderator */
        long f = c->label_end > c->label_start ? fixed_label(s, c->label_start, c->label_end) : -1;
        const char *r = f >= 0 && (strcmp(fixed_labels[f].label, "Host") == 0 ||
                                   strcmp(fixed_labels[f].label, "Presenter") == 0 ||
                                   strcmp(fixed_labels[f].label, "Anchor") == 0 ||
                                   strcmp(fixed_labels[f].label, "Operator") == 0)
                            ? fixed_labels[f].label
                            : "Moderator";
        /* in another language the label's own word: « Modératrice », "Moderadora" */
        if (data_lang() != 0 && c->label_end > c->label_start) {
            if (!(label = title_case(s + c->label_start, c->label_end - c->label_start))) {
                st = HD_ERR_NOMEM;
                goto out;
            }
            r = label;
        }
        /* "Moderator (Chiara Bellandi):": who holds the role, in brackets */
        if (outlet && c->outlet_start > 0 && s[c->outlet_start - 1] == '(' && strchr(outlet, ' ')) {
            /* (and where they work after a comma: "MODERATOR (Laura Greene, NASA
             * Communications):"; the name of two words or more) */
            char *nm = (char *)after_honorific(outlet); /* ("Dr. Laura Greene") */
            size_t nl = strcspn(nm, ",");
            const char *sp = memchr(nm, ' ', nl);
            if ((sp && name_words(nm) == strlen(nm)) ||
                (sp && nm[nl] == ',' && nm[nl + 1] == ' ' && name_words(nm) == nl &&
                 isupper((unsigned char)nm[nl + 2]) && !is_role_word(nm, strcspn(nm, " ")))) {
                nm[nl] = '\0';
                st = person_speaker(d, nm, r, speaker);
                goto out;
            }
        }
        st = person_speaker(d, NULL, r, speaker);
        goto out;
    }
    case CUE_ANSWER:
        /* The one being asked: the one a heading named ("… by the Spokesperson"), the
         * byline's person, else whoever answered last. */
        if (d->answerer >= 0 && (size_t)d->answerer < d->nspeakers) {
            *speaker = d->answerer;
            goto out;
        }
        if (d->npeople) {
            st = default_person(d, 0, speaker);
            if (st != HD_OK || *speaker >= 0)
                goto out;
        }
        for (size_t i = d->nspeakers; i-- > 0;)
            if (!d->speakers[i].asks) {
                *speaker = (int)i;
                goto out;
            }
        /* a court's or an inquiry's record, where "THE WITNESS:" speaks too: the
         * witness answers */
        /* (or examined: "BY MR. HALE:" over Q. and A.) */
        {
            int court = strstr(d->src, "WITNESS:") || strstr(d->src, "Witness:") || strstr(d->src, "BY MR.") ||
                        strstr(d->src, "BY MRS.") || strstr(d->src, "BY MS.") || strstr(d->src, "EXAMINATION");
            st = person_speaker(d, NULL, court ? "Witness" : "Interviewee", speaker);
        }
        goto out;
    case CUE_NAMED:
        break;
    }
    (void)last;
    /* initials stay in capitals ("TAG" is no tag) */
    /* "DR:", "IO:" where the text gives "Declan Rhee (DR)": initials, not the title */
    size_t ll = c->label_end - c->label_start;
    int defined = 0;
    char *defname = NULL;
    if (!c->initials && ll >= 2 && ll <= 3 && !txt_has_lower(s + c->label_start, ll) && isalpha((unsigned char)s[c->label_start]) &&
        isalpha((unsigned char)s[c->label_start + 1])) {
        char paren[8];
        snprintf(paren, sizeof paren, "(%.*s)", (int)ll, s + c->label_start);
        const char *at = strstr(d->src, paren);
        defined = at != NULL;
        /* the name right before the brackets: "Declan Rhee (DR)" */
        const char *e = at;
        while (e && e > d->src && e[-1] == ' ')
            e--;
        const char *b0 = e;
        for (int words = 0; b0 && b0 > d->src && words < 4;) {
            const char *w = b0;
            while (w > d->src && w[-1] != ' ' && w[-1] != '\n' && w[-1] != ':')
                w--;
            if (w == b0 || !isupper((unsigned char)w[0]))
                break;
            b0 = w;
            words++;
            while (b0 > d->src && b0[-1] == ' ')
                b0--;
        }
        while (b0 && b0 < e && *b0 == ' ')
            b0++;
        if (b0 && e && e > b0) {
            size_t hw = strcspn(b0, " ");
            if (hw < (size_t)(e - b0) && is_honorific(b0, hw))
                b0 += hw + 1; /* "Dr. Imani Okoro (IO)": the name, as labels give it */
            if (e > b0 && !(defname = xstrndup(b0, (size_t)(e - b0)))) {
                st = HD_ERR_NOMEM;
                goto out;
            }
        }
    }
    if (!(label = c->initials || defined ? xstrndup(s + c->label_start, c->label_end - c->label_start)
                                         : title_case(s + c->label_start, c->label_end - c->label_start))) {
        free(defname);
        st = HD_ERR_NOMEM;
        goto out;
    }
    if (defined) {
        /* ("Minister Sipho Ndlovu (SN)": the minister, as his own label made him) */
        char *drole = NULL, *dname = NULL;
        if (defname && (st = spk_split_person(defname, &drole, &dname)) != HD_OK) {
            free(defname);
            goto out;
        }
        if (dname && strchr(dname, ' '))
            st = person_speaker(d, dname, drole, speaker);
        else if (drole && !dname && !strchr(drole, ' ') && is_role_word(drole, strlen(drole)))
            st = person_speaker(d, NULL, drole, speaker); /* "Moderator (ML):", then "ML:" */
        else
            st = person_speaker(d, defname && strchr(defname, ' ') ? defname : label, NULL, speaker);
        free(drole);
        free(dname);
        free(defname);
        goto out;
    }
    /* "GORDON J:", "GAGELER CJ:", "Bell P:" no: a Commonwealth judge's letters after the
     * surname are the office ("Justice Gordon", "Chief Justice Gageler") */
    {
        static const char *const bench[][2] = {{"J", "Justice"},
                                               {"CJ", "Chief Justice"},
                                               {"JA", "Justice of Appeal"},
                                               {"LJ", "Lord Justice"},
                                               {"ACJ", "Acting Chief Justice"},
                                               {"DCJ", "Deputy Chief Justice"},
                                               {"AJ", "Acting Justice"},
                                               {"PJ", "Justice"},
                                               {"NPJ", "Justice"}};
        const char *sp = strrchr(label, ' ');
        size_t lw = c->label_end - c->label_start;
        for (size_t k = 0; sp && sp > label && k < sizeof bench / sizeof *bench; k++) {
            size_t bl = strlen(bench[k][0]);
            if (lw > bl + 1 && memcmp(s + c->label_end - bl, bench[k][0], bl) == 0 && s[c->label_end - bl - 1] == ' ' &&
                strlen(sp + 1) == bl && !strchr(label, '.') && txt_words(label, 0, strlen(label)) <= 3 &&
                !is_honorific(label, strcspn(label, " "))) {
                char *nm = xstrndup(label, (size_t)(sp - label));
                if (!nm) {
                    st = HD_ERR_NOMEM;
                    goto out;
                }
                /* (in a court's record only: "MALCOLM J:" in a podcast is Malcolm; the
                 * text is read once, for the first label so written) */
                if ((st = index_new(d)) != HD_OK) {
                    free(nm);
                    goto out;
                }
                if (!d->who->court)
                    d->who->court = d->src && (strstr(d->src, "Court") || strstr(d->src, "COURT") ||
                                               strstr(d->src, "Honour") || strstr(d->src, "HONOUR") ||
                                               strstr(d->src, "Tribunal") || strstr(d->src, "TRIBUNAL"))
                                        ? 2
                                        : 1;
                int surname = d->who->court == 2 && isupper((unsigned char)nm[0]);
                for (const char *q = nm; *q && surname; q++)
                    surname = isalpha((unsigned char)*q) || *q == '-' || *q == '\'' || *q == ' ';
                if (surname && !is_role_word(nm, strcspn(nm, " "))) {
                    st = person_speaker(d, nm, bench[k][1], speaker);
                    free(nm);
                    goto out;
                }
                free(nm);
            }
        }
    }
    /* "The Hon. the Speaker", "The Honourable the Acting Speaker": the chair, as
     * Canada's Debates name it */
    static const char *const chair_styles[] = {"The Hon. the ", "The Honourable the ", "The Hon the "};
    for (size_t k = 0; k < sizeof chair_styles / sizeof *chair_styles; k++)
        if (strncmp(label, chair_styles[k], strlen(chair_styles[k])) == 0 && label[strlen(chair_styles[k])]) {
            memmove(label + 4, label + strlen(chair_styles[k]), strlen(label + strlen(chair_styles[k])) + 1);
            break;
        }
    /* "de Gaudín": a surname's particle opening the label, capitalised as a name's
     * first word is, so that the header's "Luis de Gaudín" is found */
    if (islower((unsigned char)label[0]) && strchr(label, ' ') &&
        is_name_particle(label, strcspn(label, " ")))
        label[0] = (char)toupper((unsigned char)label[0]);
    /* "Sen. John Edwards (D-NC), Armed Services Committee": the party's letters are
     * said in the text, not in who speaks */
    {
        char *o = strchr(label, '(');
        char *cl = o ? strchr(o, ')') : NULL;
        if (o && cl && o > label && o[-1] == ' ' && cl - o <= 9 && (cl[1] == ',' || cl[1] == '\0')) {
            int party = cl > o + 1;
            for (const char *q = o + 1; q < cl && party; q++)
                party = isalpha((unsigned char)*q) || *q == '-' || *q == '.';
            if (party)
                memmove(o - 1, cl + 1, strlen(cl + 1) + 1);
        }
    }
    /* initials are someone's name, never a role: who they are, the text tells
     * (spk_complete_names) */
    if (c->initials) {
        /* the name the speaker key gives them ("TAG Dr Tadesse Abera Gebru") */
        const char *kn = in_key(label, strlen(label));
        size_t hn = kn ? strcspn(kn, " ") : 0;
        if (kn && kn[hn] == ' ' && is_honorific(kn, hn))
            kn += hn + 1; /* "Dr Mira Kovacs": the name, as the text gives it elsewhere */
        if (kn && *kn) {
            if ((st = spk_split_person(kn, &role, &name)) != HD_OK)
                goto out;
            if (!name && !role && !(name = xstrdup(kn))) {
                st = HD_ERR_NOMEM;
                goto out;
            }
            st = person_speaker(d, name, role, speaker);
            goto out;
        }
        st = person_speaker(d, label, NULL, speaker);
        goto out;
    }
    if ((st = spk_split_person(label, &role, &name)) != HD_OK)
        goto out;
    if (role && !name && outlet) {
        /* "Official Spokesperson (Shri Rohan Vashisht):": the role, then who holds it */
        static const char *const forms[] = {"Shri", "Smt", "Smt.", "Sri", "Kumari", "Mx", "Mx."};
        const char *n = outlet;
        size_t first = strcspn(outlet, " "), f = is_honorific(outlet, first);
        for (size_t q = 0; q < sizeof forms / sizeof *forms; q++)
            f |= strlen(forms[q]) == first && strncmp(outlet, forms[q], first) == 0;
        f |= first > 1 && outlet[first - 1] == '.' && seg_abbreviation(outlet, first - 1) == 't';
        if (f && outlet[first] == ' ')
            n = outlet + first + 1; /* the form of address ("Shri", "Rep.") is not the name */
        size_t k = peer_name(n) ? strlen(n) : name_words(n);
        /* "(Rep. Alvarez)": a form of address, then a surname alone */
        if (!k && f && n != outlet && isupper((unsigned char)n[0]) && !strchr(n, ' ') && strlen(n) >= 2 &&
            txt_has_lower(n, strlen(n)) && !is_role_word(n, strlen(n)))
            k = strlen(n);
        if (k == strlen(n) && k && !(name = xstrdup(n))) {
            st = HD_ERR_NOMEM;
            goto out;
        }
        /* "Minister for Finance (Deputy Cathal Brennan):": a member's title before the
         * name in the brackets */
        if (!name && !(k == strlen(n) && k) && is_role_word(n, strcspn(n, " ")) && !strchr(n, ',')) {
            char *r2 = NULL, *n2 = NULL;
            if ((st = spk_split_person(n, &r2, &n2)) != HD_OK)
                goto out;
            if (n2 && strchr(n2, ' ') && name_words(n2) == strlen(n2))
                name = n2, n2 = NULL;
            /* ("CHAIR (Senator Walsh):", as Australia's Senate estimates print it: the
             * member's title and a surname, the name as written) */
            else if (n2 && !strchr(n2, ' ') && strlen(n2) >= 2 && isupper((unsigned char)n2[0]) &&
                     txt_has_lower(n2, strlen(n2)) && !is_role_word(n2, strlen(n2)) && !(name = xstrdup(n))) {
                free(r2);
                free(n2);
                st = HD_ERR_NOMEM;
                goto out;
            }
            free(r2);
            free(n2);
        }
        /* "CALLER (Mary, from Leeds)", "SHAREHOLDER (Tom Hale, London)": a given name
         * or a name, then where they are from */
        int given = public_role(role); /* one of the public: a given name alone names them */
        size_t e = strcspn(n, ",");
        if (!name && e > 0) {
            size_t w = name_words(n);
            if (w == e || (given && strcspn(n, " ,") == e && e >= 2 && isupper((unsigned char)n[0]) &&
                           !is_role_word(n, e)))
                if (!(name = txt_has_lower(n + 1, e - 1) ? xstrndup(n, e) : title_case(n, e))) {
                    st = HD_ERR_NOMEM;
                    goto out;
                }
        }
    }
    if (name && !role && outlet && strlen(outlet) <= 160) {
        /* "Ms. Ana Ruiz (Assistant Deputy Minister, Ecosystems Science, Department of
         * Fisheries):": the office held, its first part */
        char *r2 = NULL, *n2 = NULL;
        size_t cut = strcspn(outlet, ",");
        /* "Hon. Priya Raman (Minister of Housing, Infrastructure and Communities,
         * Lib.):", Ottawa's Hansard: the office whole before the party's short tag */
        const char *lc = strrchr(outlet, ',');
        int party = 0;
        if (lc) {
            const char *t = lc + 1;
            while (*t == ' ')
                t++;
            size_t tl = strlen(t), k = 0;
            while (k < tl && (isalpha((unsigned char)t[k]) || t[k] == '.' || t[k] == '-'))
                k++;
            party = k == tl && tl >= 2 && tl <= 6 && isupper((unsigned char)t[0]);
        }
        int whole = party && lc >= outlet + cut && spk_role_word_in(outlet, 0, (size_t)(lc - outlet), 0);
        if (whole)
            cut = (size_t)(lc - outlet);
        char *first = xstrndup(outlet, cut);
        st = first ? spk_split_person(first, &r2, &n2) : HD_ERR_NOMEM;
        free(first);
        /* (or its last word a role's: "Tom Hale (Fire Chief):", "(Deputy Incident
         * Commander)") */
        size_t lw = cut;
        while (lw > 0 && outlet[lw - 1] != ' ')
            lw--;
        /* ("Jenny Walsh (RCN steward):", "(shop steward)": the role's word in lower
         * case after another) */
        char low[32];
        int lower_role = 0;
        /* (a few words, none a join's: not "(turning to the minister)", "(speaking
         * as organiser)") */
        int plain = txt_words(outlet, 0, cut) <= 3;
        for (size_t x = 0; plain && x < lw;) {
            size_t e = x;
            while (e < lw && outlet[e] != ' ')
                e++;
            static const char *const joins[] = {"to", "the", "for", "as", "of", "by", "with", "from", "at", "a", "an"};
            for (size_t k = 0; k < sizeof joins / sizeof *joins && plain; k++)
                plain = !(strlen(joins[k]) == e - x && strncmp(outlet + x, joins[k], e - x) == 0);
            x = e;
            while (x < lw && outlet[x] == ' ')
                x++;
        }
        if (plain && lw > 0 && cut - lw < sizeof low && islower((unsigned char)outlet[lw]) && !how_said(outlet, 0, cut)) {
            memcpy(low, outlet + lw, cut - lw);
            low[0] = (char)toupper((unsigned char)low[0]);
            lower_role = is_role_word(low, cut - lw);
        }
        if (st == HD_OK && ((r2 && !n2 && (is_role_word(outlet, strcspn(outlet, " ,")) ||
                                           (lw > 0 && is_role_word(outlet + lw, cut - lw)))) ||
                            whole || lower_role)) {
            /* the whole office: "Leader of the Opposition", not "Leader" */
            if (!(role = xstrndup(outlet, cut)))
                st = HD_ERR_NOMEM;
        }
        free(r2);
        free(n2);
        if (st != HD_OK)
            goto out;
    }
    if (!role && !name) {
        if (!(name = xstrdup(label))) {
            st = HD_ERR_NOMEM;
            goto out;
        }
    }
    /* "Chairman, ISRO (Dr. K. Subramaniam):": the office, where it is, then who holds
     * it in brackets; later "Chairman, ISRO:" is the same person (who_find) */
    if (role && !name && !outlet && c->office_end > c->office_start + 2 && s[c->office_end - 1] == ')') {
        const char *o = memchr(s + c->office_start, '(', c->office_end - c->office_start);
        char *inner = o ? xstrndup(o + 1, (size_t)(s + c->office_end - 1 - (o + 1))) : NULL;
        const char *nm = inner ? after_honorific(inner) : NULL;
        if (nm && strchr(nm, ' ') && name_words(nm) == strlen(nm) && !is_role_word(nm, strcspn(nm, " "))) {
            /* (the role with where it is, "Chairman, ISRO", which the later label
             * names: roles are found in any case) */
            size_t ol = (size_t)(o - (s + c->office_start));
            while (ol > 0 && s[c->office_start + ol - 1] == ' ')
                ol--;
            sb r = {0};
            sb_printf(&r, "%s, %.*s", role, (int)ol, s + c->office_start);
            char *full = sb_take(&r);
            if (!(name = xstrdup(nm)) || !full) {
                free(full);
                free(inner);
                st = HD_ERR_NOMEM;
                goto out;
            }
            free(role);
            role = full;
        }
        free(inner);
    }
    /* "Ms. Lassen (Denmark):", "Mr. Fu Cong (China):": a delegate and the country, a
     * council's record's way; the country is who they speak for */
    /* (not the name's own initials, "Dr Tedros Ayele (TA):", by which later turns call
     * the person) */
    /* "Mr DUTFIELD (Farrer—Leader of the Opposition)": the seat, a dash and the office
     * the member holds; the office is the role */
    if (!role && name && outlet) {
        const char *dash = strstr(outlet, "\xE2\x80\x94"); /* (all three dashes are three bytes) */
        if (!dash)
            dash = strstr(outlet, " - ");
        if (!dash)
            dash = strstr(outlet, "\xE2\x80\x93");
        const char *after = dash ? dash + 3 : NULL;
        while (after && *after == ' ')
            after++;
        if (after && *after && isupper((unsigned char)*after) && spk_role_word_in(after, 0, strlen(after), 0)) {
            if (!(role = xstrdup(after))) {
                st = HD_ERR_NOMEM;
                goto out;
            }
        }
    }
    if (!role && name && outlet && !strpbrk(outlet, ",0123456789") && isupper((unsigned char)outlet[0]) &&
        strlen(outlet) < 48 && is_honorific(name, strcspn(name, " ")) && strchr(name, ' ') &&
        !initials_of(name, outlet) && !(role = xstrdup(outlet))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    /* "The Prime Minister (Keith Harlow)": the office before the name is the role, so
     * "The Prime Minister" over a later turn is the same person */
    /* (in capitals as the label was: "FOREIGN MINISTER" is said "Foreign Minister") */
    if (!role && c->office_end > c->office_start &&
        !(role = txt_has_lower(s + c->office_start, c->office_end - c->office_start) ||
                         /* ("OSD (PR)": an office's letters, kept) */
                         (strcspn(s + c->office_start, " (") <= 5 && memchr(s + c->office_start, '(', c->office_end - c->office_start))
                     ? xstrndup(s + c->office_start, c->office_end - c->office_start)
                     : title_case(s + c->office_start, c->office_end - c->office_start))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    st = person_speaker(d, name, role, speaker);
out:
    free(outlet);
    free(label);
    free(role);
    free(name);
    return st;
}

/* The last word of s. */
static void last_word(const char *s, const char **w, size_t *n)
{
    size_t e = strlen(s);
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '.' || s[e - 1] == ','))
        e--;
    size_t b = e;
    while (b > 0 && s[b - 1] != ' ')
        b--;
    *w = s + b;
    *n = e - b;
}

/* Adds one person described by part (role and/or name) unless it is the same as one
 * already known, whose missing name or role it then fills. */
/* Whether a role alone ends as an office does: in a role word ("Chief Executive"), or
 * in a portfolio after its office's word ("Minister for Transport"), not in a word
 * of a header ("Media Release"). */
static int role_ends_office(const char *role)
{
    const char *w, *r0 = strncmp(role, "the ", 4) == 0 ? role + 4 : role;
    size_t n;
    last_word(role, &w, &n);
    int portfolio = (strstr(role, " for ") || strstr(role, " of ")) &&
                    data_word_line("en/portfolios.txt", w, n, 0, DATA_ANYWHERE) && is_role_word(r0, strcspn(r0, " "));
    /* or in a seat's place after a member's word ("the Member for Stoke-on-Trent",
     * "MSP for Glasgow Kelvin") */
    static const char *const seats[] = {"Member", "MP", "MSP", "MLA", "MS", "MPP", "MHA", "MHK", "TD",
                                        "Senator", "Representative", "Councillor", "Councilor", "Delegate"};
    size_t fl = strcspn(r0, " ");
    int seat = word_in(seats, sizeof seats / sizeof *seats, r0, fl) && strncmp(r0 + fl, " for ", 5) == 0 &&
               isupper((unsigned char)r0[fl + 5]);
    /* (or an office of a land or a body: "Governor-General of Canada", "Prime
     * Minister of Australia", "Governor of the Bank of England") */
    const char *of = strstr(r0, " of ");
    int of_land = 0;
    if (of && of > r0 && (isupper((unsigned char)of[4]) || (strncmp(of + 4, "the ", 4) == 0 && isupper((unsigned char)of[8])))) {
        const char *ow = of;
        while (ow > r0 && ow[-1] != ' ')
            ow--;
        /* (a body's word is no one's office: "Board of Regents", "Authority of the
         * Senate", data/en/bodies.txt) */
        of_land = is_role_word(ow, (size_t)(of - ow)) &&
                  !data_word_line("en/bodies.txt", ow, (size_t)(of - ow), 0, DATA_ANYWHERE);
    }
    /* (a body is no one: "the Monetary Policy Board", data/en/bodies.txt) */
    return ((is_role_word(w, n) && !data_word_line("en/bodies.txt", w, n, 0, DATA_ANYWHERE)) || portfolio || seat ||
            of_land) &&
           (of_land || !data_word_line("en/header-words.txt", w, n, 0, DATA_ANYWHERE));
}

int spk_office_line(const char *s, size_t a, size_t b)
{
    if (b <= a || b - a > 120 || txt_words(s, a, b) > 10 || memchr(s + a, '.', b - a) || memchr(s + a, ':', b - a))
        return 0;
    char *t = xstrndup(s + a, b - a), *role = NULL, *name = NULL;
    int office = t && spk_split_person(t, &role, &name) == HD_OK && role && !name && !address_only(role) &&
                 role_ends_office(role);
    free(t);
    free(role);
    free(name);
    return office;
}

static size_t name_words_count(const char *n)
{
    size_t k = 0;
    for (const char *q = n; *q;) {
        while (*q == ' ')
            q++;
        if (*q)
            k++;
        while (*q && *q != ' ')
            q++;
    }
    return k;
}

static hd_status add_person(hd_doc *d, const char *part, int asks)
{
    char *role = NULL, *name = NULL;
    hd_status st = spk_split_person(part, &role, &name);
    if (st != HD_OK)
        return st;
    /* ("… by Mayor Ellen King:": the lead-in's colon, kept so that "King" is read as
     * a name, is no part of it) */
    if (name && strlen(name) > 1 && name[strlen(name) - 1] == ':') {
        const char *lw;
        size_t ln;
        name[strlen(name) - 1] = '\0';
        last_word(name, &lw, &ln);
        if (!ln || !is_role_word(lw, ln))
            name[strlen(name)] = ':';
    }
    /* "Lifetime Achievement Award, National Science Awards 2024", "Severe Weather
     * Warning": a thing the header names, no one (data/en/event-words.txt) */
    /* (not "Mary Bill", "Tom Summit", "Dr Ana Day": a name of two words, or after a
     * form of address, is someone's) */
    if (name && name_words_count(name) >= 3 && !is_honorific(name, strcspn(name, " "))) {
        const char *lw;
        size_t ln;
        last_word(name, &lw, &ln);
        if (ln && data_word_line("en/event-words.txt", lw, ln, 0, DATA_ANYWHERE)) {
            free(role);
            free(name);
            return HD_OK;
        }
    }
    /* ("ANNUAL GENERAL MEETING 2025": "Meeting" after an office's word is no name) */
    if (name && !strchr(name, ' ') && data_word_line("en/event-words.txt", name, strlen(name), 1, DATA_ANYWHERE)) {
        free(role);
        free(name);
        return HD_OK;
    }
    if (role && address_only(role)) {
        free(role);
        role = NULL;
    }
    /* "Press briefing notes on …": "Press" alone is no one's role */
    if (role && !name && (strcmp(role, "Press") == 0 || strcmp(role, "The Press") == 0)) {
        free(role);
        return HD_OK;
    }
    if (role && !name) {
        /* a role alone must end in a role word, not in an office or a place */
        int digit = 0;
        for (const char *q = role; *q; q++)
            digit |= isdigit((unsigned char)*q) != 0;
        int office = starts_with_ci(role, strlen(role), "Office ") ||
                     starts_with_ci(role, strlen(role), "Ministry ") ||
                     starts_with_ci(role, strlen(role), "Department of ") ||
                     starts_with_ci(role, strlen(role), "Bureau ") ||
                     starts_with_ci(role, strlen(role), "Embassy ");
        /* « du Président de la République », « de la ministre des Armées »: in French
         * and Spanish the office's word comes first, then what it is of */
        int head = 0;
        if (data_lang() != 0 && !digit && !office) {
            const char *r = role;
            size_t l = strcspn(r, " ");
            if (r[l] && data_has_line("en/articles.txt", r, l)) {
                r += l + 1;
                l = strcspn(r, " ");
            }
            size_t l2 = r[l] ? strcspn(r + l + 1, " ") : 0;
            head = r[l] && is_role_word(r, l) && data_has_line("en/of-words.txt", r + l + 1, l2);
            if (head && r != role) {
                char *bare = xstrdup(r);
                if (!bare) {
                    free(role);
                    return HD_ERR_NOMEM;
                }
                free(role);
                role = bare;
            }
        }
        /* "the Governor of Westmarch", "the President of the General Assembly": in
         * English too an office's word of a person, then of what (a place, a body) */
        if (data_lang() == 0 && !digit && !office) {
            const char *r = strncmp(role, "the ", 4) == 0 || strncmp(role, "The ", 4) == 0 ? role + 4 : role;
            size_t l = strcspn(r, " ");
            const char *o = r + l;
            if (strncmp(o, " the ", 5) != 0 && strncmp(o, " of ", 4) == 0) {
                o += 4;
                if (strncmp(o, "the ", 4) == 0)
                    o += 4;
                head = isupper((unsigned char)r[0]) && is_role_word(r, l) &&
                       !data_word_line("en/bodies.txt", r, l, 0, DATA_ANYWHERE) && isupper((unsigned char)*o);
            }
        }
        /* ("Her Royal Highness The Princess Royal": a title that ends in "Royal") */
        size_t rl = strlen(role);
        head |= rl >= 14 && u8_ncasecmp(role + rl - 14, "Princess Royal", 14) == 0;
        if (!head && (digit || office || !role_ends_office(role))) {
            free(role);
            role = NULL;
        }
    }
    if (!role && !name)
        return HD_OK;
    /* the same person, found through the people's index: by name; with no name, or a
     * role first and its holder's name later, by role */
    sb k = {0};
    st = index_new(d);
    if (st == HD_OK)
        st = index_people(d, &k);
    long j = -1;
    if (st == HD_OK && name)
        j = who_find(&d->who->people, name, NULL, &k);
    if (st == HD_OK && j < 0 && role) {
        j = who_find(&d->who->people, NULL, role, &k);
        if (j >= 0 && name && d->people[j].name)
            j = -1;
    }
    /* "Chancellor's speech at …" over "From: The Rt Hon Eleanor Castleford MP": one
     * office and one full name, the only two in the header, are one person */
    if (st == HD_OK && j < 0 && !asks && d->npeople == 1 && !d->people[0].asks &&
        ((name && !role && strchr(name, ' ') && !d->people[0].name && d->people[0].role) ||
         (role && !name && d->people[0].name && strchr(d->people[0].name, ' ') && !d->people[0].role)))
        j = 0;
    if (st == HD_OK && j >= 0) {
        st_person *pe = &d->people[j];
        if (!pe->name && name) {
            pe->name = name;
            name = NULL;
            if (index_name(&d->who->people, pe->name, j, &k) != 0)
                st = HD_ERR_NOMEM;
        }
        if (!pe->role && role) {
            pe->role = role;
            role = NULL;
            if (index_role(&d->who->people, pe->role, j) != 0)
                st = HD_ERR_NOMEM;
        }
    }
    if (k.oom)
        st = HD_ERR_NOMEM;
    sb_free(&k);
    if (st != HD_OK || j >= 0) {
        free(role);
        free(name);
        return st;
    }
    if (grow((void **)&d->people, &d->cap_people, d->npeople + 1, sizeof *d->people) != 0) {
        free(role);
        free(name);
        return HD_ERR_NOMEM;
    }
    d->people[d->npeople].role = role;
    d->people[d->npeople].name = name;
    d->people[d->npeople].asks = asks;
    d->npeople++;
    return HD_OK;
}

/* Whether t starts with an organisation's word ("Department of …", "Ministry of …"). */
static int organisation_name(const char *t)
{
    static const char *const orgs[] = {"Department ", "Ministry ", "Office ", "Bureau ", "Embassy ",
                                       "The Department ", "The Ministry ", "The Office "};
    for (size_t k = 0; k < sizeof orgs / sizeof *orgs; k++)
        if (strncmp(t, orgs[k], strlen(orgs[k])) == 0)
            return 1;
    return 0;
}

/* Whether t opens with small words ("del", "de la", « du ») and then a role's word
 * ("… y del ministro de Transportes, Íñigo Salcedo"): another person, not more of an
 * office ("et des Affaires étrangères"). */
static int role_after_small(const char *t)
{
    for (int k = 0; k < 3; k++) {
        size_t l = strcspn(t, " ,");
        if (!l)
            return 0;
        if (is_role_word(t, l))
            return k > 0;
        if (!data_has_line("en/of-words.txt", t, l) && !data_has_line("en/articles.txt", t, l))
            return 0;
        t += l;
        while (*t == ' ')
            t++;
    }
    return 0;
}

/* t with an office in the plural before two or more names ("State Senators Anne
 * Whitfield and James Okafor", capitalised words before it allowed) given to each
 * name in the singular ("State Senator Anne Whitfield and State Senator James
 * Okafor"); NULL when t has none (or on oom). */
static char *plural_office(const char *t)
{
    size_t a = starts_with_ci(t, strlen(t), "by ") ? 3 : 0, n = strlen(t);
    while (a < n) {
        size_t e = a;
        while (e < n && t[e] != ' ')
            e++;
        if (e == a || !isupper((unsigned char)t[a]))
            return NULL;
        if (e - a > 3 && t[e - 1] == 's' && is_role_word(t + a, e - a - 1))
            break;
        a = e + 1;
    }
    if (a >= n)
        return NULL;
    size_t re = a + strcspn(t + a, " ") - 1; /* the office's end, its "s" left out */
    const char *names = t + re + 2;
    if (re + 2 >= n || !isupper((unsigned char)*names) || !strstr(names, " and "))
        return NULL;
    sb o = {0};
    sb_putn(&o, t, re);
    for (const char *q = names; *q;) {
        const char *j1 = strstr(q, " and "), *j2 = strstr(q, ", ");
        const char *j = j2 && (!j1 || j2 < j1) ? j2 : j1;
        size_t jl = j == j1 ? 5 : 2;
        if (j == j2 && j1 == j2 + 1)
            jl = 6; /* (", and ") */
        const char *e = j ? j : q + strlen(q);
        sb_putc(&o, ' ');
        sb_putn(&o, q, (size_t)(e - q));
        if (!j)
            break;
        sb_putn(&o, j, jl);
        q = j + jl;
        size_t w = strcspn(q, " ,");
        /* (the next name's own office or form of address is its own) */
        if (!isupper((unsigned char)*q) || is_role_word(q, w) || is_honorific(q, w)) {
            sb_puts(&o, q);
            break;
        }
        sb_putn(&o, t, re);
    }
    return sb_take(&o);
}

hd_status spk_add_people(hd_doc *d, const char *text, int asks_after_by)
{
    static const char *const joins[] = {" together with ", " jointly with ", " with ", " and ",
                                        "; ", " & "};
    char *t = NULL;
    hd_status st = HD_OK;
    /* a byline in capitals ("OF HIS HONOUR JUDGE PELLEGRINI KC") as written in mixed case */
    int caps_byline = !txt_has_lower(text, strlen(text)) && starts_with_ci(text, strlen(text), "of ");
    /* "Delivered by Sir Geoffrey Nkemelu, Chair", "Presented by …": the person after
     * "by" (a participle is no role) */
    size_t w1 = strcspn(text, " ");
    if (w1 > 3 && (strncmp(text + w1 - 2, "ed", 2) == 0 || (w1 == 5 && strncmp(text, "Given", 5) == 0) ||
                   (w1 == 6 && strncmp(text, "Spoken", 6) == 0)) &&
        isupper((unsigned char)text[0]) && strncmp(text + w1, " by ", 4) == 0 && text[w1 + 4])
        text += w1 + 4;
    /* "From the Most Rev. Dr. Tobias Ferris, Archbishop of …": a message's sender */
    if ((strncmp(text, "From ", 5) == 0 || strncmp(text, "from ", 5) == 0) &&
        (isupper((unsigned char)text[5]) || strncmp(text + 5, "the ", 4) == 0))
        text += strncmp(text + 5, "the ", 4) == 0 ? 9 : 5;
    /* "From the Office of Senator Ana Ruiz": the office is hers, she is the person */
    if (strncmp(text, "Office of ", 10) == 0 && isupper((unsigned char)text[10]))
        text += 10;
    /* "Conclusion of HM Senior Coroner for Westshire, Ms Fiona Harrow", "Statement by
     * …": the statement's kind or a document's word (data/en/kinds.txt,
     * document-words.txt) before whose it is names no office */
    {
        const char *line;
        size_t len, w = strcspn(text, " ");
        for (int k = 0; k < 3 && text[w] == ' '; k++) {
            const char *rest = text + w + 1;
            if ((strncmp(rest, "of ", 3) == 0 || strncmp(rest, "by ", 3) == 0) && isupper((unsigned char)rest[3]) &&
                (data_field_lines("en/kinds.txt", text, w, 1, &line, &len, 1) ||
                 data_field_lines("en/document-words.txt", text, w, 1, &line, &len, 1))) {
                text = rest + 3;
                break;
            }
            w += 1 + strcspn(text + w + 1, " ");
        }
    }
    /* a cleric's style before the name ("the Most Rev. Dr. Tobias Ferris, Archbishop of
     * Westmarch"): the office after the comma is the role */
    /* (and a diplomat's: "H.E. Ms. Ingrid Solbakken, Ambassador and Permanent
     * Representative of …") */
    static const char *const styles[] = {"The Most Rev. ", "the Most Rev. ", "Most Rev. ", "Most Reverend ",
                                         "Rt Rev. ", "Rt. Rev. ", "Right Reverend ", "Very Rev. ",
                                         "Very Reverend ", "The Right Reverend ", "The Most Reverend ",
                                         "H.E. ", "H. E. ", "His Excellency ", "Her Excellency ",
                                         "HIS EXCELLENCY ", "HER EXCELLENCY "};
    /* (before an office and a name too, "H.E. AMBASSADOR KONSTANTIN ILIESCU": the style
     * is no part of the office) */
    /* (after "by" too: "by H.E. Mr. Daniel Okafor, Minister of Trade") */
    const char *sty = starts_with_ci(text, strlen(text), "by ") ? text + 3 : text;
    for (size_t k = 0; k < sizeof styles / sizeof *styles; k++)
        if (strncmp(sty, styles[k], strlen(styles[k])) == 0 &&
            (strchr(sty, ',') || (k >= 11 && txt_words(sty, strlen(styles[k]), strlen(sty)) >= 3))) {
            text = sty + strlen(styles[k]);
            break;
        }
    if (!(t = caps_byline ? title_case(text, strlen(text)) : xstrdup(text)))
        return HD_ERR_NOMEM;
    /* "State Senators Anne Whitfield and James Okafor": an office in the plural before
     * names joined by "and", each holder's office in the singular */
    {
        char *pl = plural_office(t);
        if (pl) {
            free(t);
            t = pl;
        }
    }
    /* ("… issued today by the Spokesperson for UN Secretary-General:": the colon that
     * leads to the words is no part of the office, which names no one) */
    {
        size_t tl = strlen(t);
        if (tl > 1 && t[tl - 1] == ':') {
            const char *lw;
            size_t ln;
            t[tl - 1] = '\0';
            last_word(t, &lw, &ln);
            /* (a surname that is an office's word names someone: "… by U.S. Senator
             * Angus King:", a given name in mixed case before it, no office's) */
            int named = 0;
            if (ln && lw > t + 1) {
                const char *pe = lw - 1, *pb = pe;
                while (pb > t && pb[-1] != ' ')
                    pb--;
                named = pe > pb && isupper((unsigned char)pb[0]) && txt_has_lower(pb, (size_t)(pe - pb)) &&
                        !is_role_word(pb, (size_t)(pe - pb)) && !is_connector(pb, (size_t)(pe - pb));
            }
            if (!ln || !is_role_word(lw, ln) || named)
                t[tl - 1] = ':';
        }
    }
    /* "… Mr Tan Wei Ming at the Manufacturing Summit 2025 on 12 February 2025": from a
     * figure on (a date, a year) nothing names anyone, nor the small words that led
     * to it */
    for (char *q = t; *q; q++) {
        if (q == t || (q[-1] != ' ' && q[-1] != '(') || !isdigit((unsigned char)*q))
            continue;
        /* (a unit's number after its capitalised name ends nothing: "Beth Ordway,
         * Captain, Engine 42", "Northern Rockies Team 3") */
        size_t dn = strspn(q, "0123456789");
        if (dn <= 3 && (q[dn] == '\0' || q[dn] == ',') && q[-1] == ' ' && q - t >= 3 && isalpha((unsigned char)q[-2])) {
            const char *pw = q - 1;
            while (pw > t && pw[-1] != ' ')
                pw--;
            if (isupper((unsigned char)*pw) && !data_word_line("en/months.txt", pw, (size_t)(q - 1 - pw), 1, DATA_ANYWHERE))
                continue;
        }
        char *e = q;
        for (int cut = 1; cut;) {
            while (e > t && (e[-1] == ' ' || e[-1] == '(' || e[-1] == ',' || e[-1] == '-'))
                e--;
            static const char *const leads[] = {" on", " dated", " of", " at", " in", " the", " from", " for"};
            cut = 0;
            for (size_t k = 0; k < sizeof leads / sizeof *leads && !cut; k++) {
                size_t ll = strlen(leads[k]);
                if ((size_t)(e - t) > ll && strncmp(e - ll, leads[k], ll) == 0)
                    e -= ll, cut = 1;
            }
        }
        *e = '\0';
        break;
    }
    /* "with the Secretary General by Kestrel Radio journalist Tom Hale": who is asked,
     * then who asks */
    char *by = NULL;
    if (asks_after_by && starts_with_ci(t, strlen(t), "with "))
        for (char *q = t + 5; *q && !by; q++)
            if (u8_ncasecmp(q, " by ", 4) == 0) {
                *q = '\0';
                by = q + 1;
            }
    /* (a byline names a few people, a joint statement's a few dozen: past 256 the
     * rest is read but not cast, so that each join's look at the rest of the line
     * stays a bounded cost and a hostile line of 80,000 names stays linear) */
    size_t added = 0;
    for (int round = 0; round < 2 && st == HD_OK; round++) {
        char *part = round == 0 ? t : by;
        while (part && *part && st == HD_OK && added < 256) {
            char *next = NULL, *j = part;
            for (; *j && !next; j++) {
                if (*j != ' ' && *j != ';')
                    continue;
                for (size_t i = 0; i < sizeof joins / sizeof *joins + 1; i++) {
                    /* and French "et" between two people */
                    /* and another language's "and" between two people (data/fr/and-words.txt) */
                    char other[16];
                    const char *jw = i < sizeof joins / sizeof *joins ? joins[i] : and_word(other, sizeof other);
                    if (!jw)
                        continue;
                    size_t jl = strlen(jw);
                    /* "ministre de l'Europe et des Affaires étrangères": "et" before a
                     * small word goes on with the office; before a name or "le"/"la"
                     * it names someone else */
                    if (jw == other && u8_ncasecmp(j, jw, jl) == 0 && islower((unsigned char)j[jl]) &&
                        strncmp(j + jl, "le ", 3) != 0 && strncmp(j + jl, "la ", 3) != 0 && !role_after_small(j + jl))
                        continue;
                    /* "… on the rights to freedom of peaceful assembly and of
                     * association": "and of" goes on with a mandate, names no one */
                    if (jw == joins[3] && u8_ncasecmp(j, jw, jl) == 0 && strncmp(j + jl, "of ", 3) == 0)
                        continue;
                    /* "Department of Housing, Local Government and Heritage": an "and"
                     * inside an organisation's name names no one */
                    if (jw == joins[3] && u8_ncasecmp(j, jw, jl) == 0 && organisation_name(part) &&
                        isupper((unsigned char)j[jl]) && !name_words(j + jl))
                        continue;
                    /* "by the General Secretary of the Transport and General Workers'
                     * Federation, Kofi Mensah-Bonsu": an "and" inside the name of the
                     * body an office is of, the name ending in a body's word, names no
                     * one */
                    if (jw == joins[3] && u8_ncasecmp(j, jw, jl) == 0 && isupper((unsigned char)j[jl]) &&
                        !name_words(j + jl) && strstr(part, " of ")) {
                        const char *bn = j + jl;
                        size_t bl = strcspn(bn, ",;"), lw = bl;
                        while (lw > 0 && bn[lw - 1] != ' ')
                            lw--;
                        if (bl > lw && data_word_line("en/bodies.txt", bn + lw, bl - lw, 0, DATA_ANYWHERE))
                            continue;
                    }
                    /* "by the Minister for Transport and Infrastructure, Ana Ruiz": an
                     * "and" inside a portfolio names no one */
                    if (jw == joins[3] && u8_ncasecmp(j, jw, jl) == 0 && portfolio_words_before(part, (size_t)(j - part), 0)) {
                        const char *nw = j + jl;
                        if (strncmp(nw, "the ", 4) == 0)
                            nw += 4;
                        size_t nl = strcspn(nw, " ,;");
                        /* a portfolio's word after it, or one word before a name
                         * ("Sustainability and the Environment Ms Gwendolyn Teo"), the
                         * run before it no one's name */
                        const char *after = nw + nl;
                        while (*after == ' ')
                            after++;
                        size_t al = strcspn(after, " ,;");
                        size_t pj = (size_t)(j - part), pw = pj;
                        while (pw > 0 && part[pw - 1] != ' ')
                            pw--;
                        int one_word = pw >= 5 && (strncmp(part + pw - 5, " for ", 5) == 0 ||
                                                   strncmp(part + pw - 4, " of ", 4) == 0 ||
                                                   strncmp(part + pw - 4, " on ", 4) == 0);
                        if (nl && (portfolio_before(part, pj) || one_word) &&
                            (data_word_line("en/portfolios.txt", nw, nl, 0, DATA_ANYWHERE) ||
                             (isupper((unsigned char)nw[0]) && !is_role_word(nw, nl) &&
                              (is_honorific(after, al) || (al && name_words(after) >= al)))))
                            continue;
                    }
                    if (u8_ncasecmp(j, jw, jl) == 0) {
                        next = j + jl;
                        /* "Kwame Asante, President and Chief Executive Officer": after a
                         * name and a comma, roles alone go on with the role */
                        const char *who = part;
                        if (starts_with_ci(who, strlen(who), "by "))
                            who += 3;
                        /* (a form of address before the name: "Dr. Lena Hartmann -
                         * President and CEO") */
                        who = after_honorific(who);
                        /* (and its body after a comma: "Dr. Priscilla Amankwah,
                         * President and CEO, Lakeshore Health") */
                        const char *nc = strchr(next, ',');
                        int roles_then_body = 0;
                        if (nc && !strchr(next, ';') && !strchr(nc + 1, ',') && nc[1] == ' ' && isupper((unsigned char)nc[2]) &&
                            !is_honorific(nc + 2, strcspn(nc + 2, " "))) {
                            roles_then_body = 1;
                            for (const char *x = next; x < nc && roles_then_body;) {
                                size_t l = strcspn(x, " ,");
                                if (l > (size_t)(nc - x))
                                    l = (size_t)(nc - x);
                                roles_then_body = l && (is_role_word(x, l) || is_connector(x, l));
                                x += l;
                                while (x < nc && *x == ' ')
                                    x++;
                            }
                        }
                        if ((jw[1] == 'a' || jw[1] == '&') && name_words(who) && (!strpbrk(next, ",;") || roles_then_body)) {
                            char *r1 = NULL, *n1 = NULL, *r2 = NULL, *n2 = NULL, save = *j;
                            *j = '\0';
                            st = spk_split_person(part, &r1, &n1);
                            *j = save;
                            if (st == HD_OK && r1 && n1)
                                st = spk_split_person(next, &r2, &n2);
                            if (st == HD_OK && r1 && n1 && r2 && !n2)
                                next = NULL;
                            free(r1);
                            free(n1);
                            free(r2);
                            free(n2);
                        }
                        /* "Under-Secretary-General for Humanitarian Affairs and Emergency
                         * Relief Coordinator, Teodor Halvorsen", "Prime Minister and
                         * Minister of Foreign Affairs Ana Ruiz": an office with no article
                         * and no name, "and", another office and a name: one person who
                         * holds both ("the Prime Minister and Foreign Minister Ana Ruiz"
                         * are two) */
                        /* (short ones only: a byline of many names is no office) */
                        if (next && jw[1] == 'a' && isupper((unsigned char)*who) && isupper((unsigned char)*next) &&
                            strncasecmp(who, "the ", 4) != 0 && strncasecmp(next, "the ", 4) != 0 &&
                            strnlen(next, 241) <= 240 && !strchr(next, ';')) {
                            char *r1 = NULL, *n1 = NULL, *r2 = NULL, *n2 = NULL, save = *j;
                            *j = '\0';
                            st = spk_split_person(who, &r1, &n1);
                            *j = save;
                            if (st == HD_OK && r1 && !n1 && is_role_word(r1, strcspn(r1, " ,")))
                                st = spk_split_person(next, &r2, &n2);
                            if (st == HD_OK && r2 && n2 && strchr(n2, ' '))
                                next = NULL;
                            free(r1);
                            free(n1);
                            free(r2);
                            free(n2);
                        }
                        break;
                    }
                }
            }
            if (next)
                j--;
            *j = '\0';
            st = add_person(d, part, round == 1);
            added++;
            part = next;
        }
    }
    free(t);
    return st;
}

char *spk_title_case(const char *s, size_t n) { return title_case(s, n); }

int spk_caps_person(const char *s, size_t a, size_t b, char **text)
{
    *text = NULL;
    size_t words = txt_words(s, a, b);
    if (b <= a || txt_has_lower(s + a, b - a) || words < 3 || words > 9 || s[b - 1] == ':' ||
        memchr(s + a, ',', b - a) || (s[b - 1] == '.' && !(b - a >= 3 && s[b - 3] == ' ')))
        return 0;
    for (size_t k = a; k < b; k++)
        if (isdigit((unsigned char)s[k]))
            return 0;
    char *t = title_case(s + a, b - a), *role = NULL, *name = NULL;
    int yes = t && spk_split_person(t, &role, &name) == HD_OK && role && name && strchr(name, ' ') &&
              is_role_word(role, strcspn(role, " "));
    /* and plainly a person: an initial in the name, or an office of something
     * ("Secretary of Commerce"); "EXECUTIVE BUSINESS MEETING" is neither */
    if (yes) {
        int initial = 0;
        for (const char *q = name; *q && !initial; q++)
            initial = isupper((unsigned char)q[0]) && q[1] == '.' && (q == name || q[-1] == ' ');
        yes = initial || strstr(role, " of ") || strstr(role, " for ");
    }
    free(role);
    free(name);
    if (yes)
        *text = t;
    else
        free(t);
    return yes;
}

hd_status spk_byline_people(hd_doc *d)
{
    if (!d->byline)
        return HD_OK;
    /* "By Metro Desk Staff", "By Reuters Staff": a newsroom wrote it up, no one speaks */
    static const char *const desks[] = {"Staff", "Desk", "Newsroom", "Reporters", "Editors", "Correspondents",
                                        "Team", "Bureau", "Wire", "Writers", "Media"};
    size_t bn = strlen(d->byline);
    while (bn > 0 && (d->byline[bn - 1] == ' ' || d->byline[bn - 1] == '.'))
        bn--;
    size_t bw = bn;
    while (bw > 0 && d->byline[bw - 1] != ' ')
        bw--;
    for (size_t k = 0; k < sizeof desks / sizeof *desks; k++)
        if (bn - bw == strlen(desks[k]) && strncmp(d->byline + bw, desks[k], bn - bw) == 0)
            return HD_OK;
    /* "By Sarah Jones, Club Reporter", "By Tom Hale, Chief Correspondent": a writer
     * wrote it up, no one speaks it */
    static const char *const writers[] = {"Reporter", "Correspondent", "Writer", "Editor", "Journalist", "Columnist"};
    if (spk_by_word(d->byline, bn))
        for (size_t x = 0; x < bn;) {
            size_t w = x;
            while (x < bn && d->byline[x] != ' ' && d->byline[x] != ',')
                x++;
            for (size_t k = 0; k < sizeof writers / sizeof *writers; k++)
                if (x - w == strlen(writers[k]) && strncmp(d->byline + w, writers[k], x - w) == 0)
                    return HD_OK;
            while (x < bn && (d->byline[x] == ' ' || d->byline[x] == ','))
                x++;
        }
    /* "BY THE PRESIDENT ANA RUIZ AT THE HARBOUR FORUM": read as a label in capitals
     * is, its small words small; when it names someone ("BY AUTHORITY OF THE SENATE"
     * names no one) */
    size_t n = strlen(d->byline);
    if (!txt_has_lower(d->byline, n)) {
        char *t = title_case(d->byline, n), *role = NULL, *name = NULL;
        hd_status st = t ? spk_split_person(t, &role, &name) : HD_ERR_NOMEM;
        /* (or an office a person holds: "ADDRESS OF THE HOLY FATHER") */
        int office = 0;
        for (size_t x = 0; st == HD_OK && role && !name && role[x] && !office;) {
            size_t w = x;
            while (role[x] && role[x] != ' ')
                x++;
            office = is_role_word(role + w, x - w) && isupper((unsigned char)role[w]);
            while (role[x] == ' ')
                x++;
        }
        /* (a short one: not a briefing's list of officers and their departments) */
        size_t spaces = 0;
        for (size_t x = 0; office && role[x]; x++)
            spaces += role[x] == ' ';
        if (st == HD_OK && (name || (office && spaces <= 3 && !strstr(t, " With ") && !strstr(t, " And ") &&
                                     !strstr(t, " and "))))
            st = spk_add_people(d, t, 1);
        free(t);
        free(role);
        free(name);
        return st;
    }
    return spk_add_people(d, d->byline, 1);
}

int spk_known_person(const hd_doc *d, const char *s, size_t a, size_t b)
{
    char *t = xstrndup(s + a, b - a);
    int known = 0;
    for (size_t i = 0; t && i < d->npeople && !known; i++)
        known = d->people[i].name && same_person(d->people[i].name, t);
    free(t);
    return known;
}

int spk_cue_is_default(const hd_doc *d, const spk_cue *c)
{
    size_t k = 0;
    while (k < d->npeople && d->people[k].asks)
        k++;
    if (k == d->npeople || c->kind != CUE_NAMED)
        return 0;
    const st_person *pe = &d->people[k];
    char *label = title_case(d->src + c->label_start, c->label_end - c->label_start);
    char *role = NULL, *name = NULL;
    int same = 0;
    if (label && spk_split_person(label, &role, &name) == HD_OK) {
        if (name && pe->name)
            same = same_person(pe->name, name);
        else if (!name && role && pe->role)
            same = role_matches(pe->role, role);
        else if (!role && !name && pe->name)
            same = same_person(pe->name, label);
    }
    free(label);
    free(role);
    free(name);
    return same;
}

/* Tests of text.c: UTF-8 validation with positions, lines, clean-up and NFC. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "harness.h"
#include "text.h"

static void test_validate(void)
{
    static const struct {
        const char *in;
        int ok;
        unsigned long line, col;
    } cases[] = {
        {"plain ASCII\n", 1, 0, 0},
        {"caf\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x98\x80", 1, 0, 0},
        {"abc\n\xFF", 0, 2, 1},
        {"ab\xC3\xA9\xC3(", 0, 1, 4},           /* truncated sequence, after a 2-byte char */
        {"x\r\ny\r\nzz\xC0\xAF", 0, 3, 3},        /* overlong '/' after CRLF lines */
        {"one\rtwo \xED\xA0\x80", 0, 2, 5},      /* surrogate, after a lone CR */
        {"a\xF4\x90\x80\x80", 0, 1, 2},          /* above U+10FFFF */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        hd_diag d = {0};
        hd_status st = txt_validate(cases[i].in, strlen(cases[i].in), &d);
        CHECKF((st == HD_OK) == cases[i].ok, "case %zu: status %d", i, st);
        if (!cases[i].ok) {
            CHECKF(d.line == cases[i].line && d.col == cases[i].col,
                   "case %zu: at %lu:%lu, want %lu:%lu", i, d.line, d.col, cases[i].line,
                   cases[i].col);
            CHECKF(strstr(d.message, "invalid UTF-8") != NULL, "case %zu: message '%s'", i,
                   d.message);
        }
    }
    hd_diag d = {0};
    CHECK_INT(txt_validate("a\0b", 3, &d), HD_ERR_UTF8);
    CHECK_INT(d.col, 2);
}

static void test_lines(void)
{
    const char *s = "\xEF\xBB\xBFone\r\ntwo\rthree\n\nfour";
    size_t n = strlen(s), bom = txt_bom(s, n), count = 0;
    txt_line *v = NULL;
    CHECK_INT(bom, 3);
    CHECK_INT(txt_lines(s, n, bom, &v, &count), HD_OK);
    CHECK_INT(count, 5);
    static const char *const want[] = {"one", "two", "three", "", "four"};
    for (size_t i = 0; i < count && i < 5; i++) {
        char buf[16];
        snprintf(buf, sizeof buf, "%.*s", (int)(v[i].end - v[i].start), s + v[i].start);
        CHECK_STR(buf, want[i]);
    }
    free(v);
    CHECK_INT(txt_lines("a\n", 2, 0, &v, &count), HD_OK);
    CHECK_INT(count, 1);
    free(v);
}

static void test_clean(void)
{
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"  several   spaces\there\n", "several spaces here"},
        {"e\xCC\x81t\xC3\xA9", "\xC3\xA9t\xC3\xA9"},          /* NFC: e + combining acute */
        {"zero\xE2\x80\x8Bwidth soft\xC2\xADhyphen", "zerowidth softhyphen"},
        {"no\xC2\xA0" "break\xE2\x80\xAFthin", "no break thin"},
        {"bell\x07 and\x1B escape", "bell and escape"},
        {"line\r\nbreaks\rinside", "line breaks inside"},
        /* a table's cells of figures set apart by a wide run of spaces or a tab
         * (look-alikes: a thousands' space, three spaces as a wide space is set, a
         * phone number's groups) */
        {"COVID-19 cases      312         345         -10%", "COVID-19 cases 312, 345, -10%"},
        {"RSV\t198\t221", "RSV 198, 221"},
        {"4   500 t", "4 500 t"},
        {"+33 1 23 45 67 89", "+33 1 23 45 67 89"},
        /* a word broken over a line end (a PDF's text): a piece of a word joins, a
         * compound keeps its hyphen, a hyphen left for the word after stays; a soft
         * hyphen there joins */
        {"today an-\nnounced 340 dis-\ntricts; the self-\nemployed, the govern-\nment, decision-\nmaking",
         "today announced 340 districts; the self-employed, the government, decision-making"},
        {"pre-\nand post-war, ex\xC2\xAD\nempt", "pre- and post-war, exempt"},
        {"", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *got = txt_clean(cases[i].in, 0, strlen(cases[i].in));
        CHECK_STR(got, cases[i].want);
        free(got);
    }
    size_t a = 0, b = 9;
    txt_trim("  word \t ", &a, &b);
    CHECK_INT(a, 2);
    CHECK_INT(b, 6);
    CHECK(txt_is_blank(" \t\xC2\xA0\xE2\x80\x8B\n", 0, 8));
    CHECK(!txt_is_blank(" x ", 0, 3));
}

/* The fast path's set: every pair of its characters is what utf8proc's NFC makes of
 * it, so copying instead of normalising changes nothing; what lies outside (a
 * combining mark, a quad, the ohm sign, broken UTF-8) takes the full path. */
static void test_nfc_inert(void)
{
    static int set[1024];
    size_t n = 0;
    for (int c = 1; c < 0x2100; c++) {
        unsigned char u[4];
        int l = (int)utf8proc_encode_char(c, u);
        if (txt_nfc_inert((const char *)u, 0, (size_t)l) && n < 1024)
            set[n++] = c;
    }
    CHECKF(n == 0x2FF + (0x206F - 0x2002 + 1) + (0x20CF - 0x20A0 + 1), "set of %zu", n);
    size_t bad = 0, unstable = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            unsigned char in[8];
            utf8proc_ssize_t l = utf8proc_encode_char(set[i], in);
            l += utf8proc_encode_char(set[j], in + l);
            if (!txt_nfc_inert((const char *)in, 0, (size_t)l))
                bad++;
            utf8proc_uint8_t *out = NULL;
            utf8proc_ssize_t m = utf8proc_map(in, l, &out, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
            if (m != l || memcmp(in, out, (size_t)l) != 0)
                unstable++;
            free(out);
        }
    CHECKF(bad == 0 && unstable == 0, "%zu pairs not inert, %zu changed by NFC", bad, unstable);
    static const char *const outside[] = {
        "e\xCC\x81",     /* e + combining acute */
        "a\xE2\x80\x80" "b", /* U+2000 EN QUAD, NFC: U+2002 */
        "\xE2\x84\xA6",   /* U+2126 OHM SIGN, NFC: omega */
        "\xC3",           /* truncated */
        "\xC0\xAF",       /* overlong */
        "\xE2\x80",       /* truncated */
        "\xE2\x28\xA0",   /* bad continuation */
    };
    for (size_t i = 0; i < sizeof outside / sizeof *outside; i++)
        CHECKF(!txt_nfc_inert(outside[i], 0, strlen(outside[i])), "outside %zu", i);
    const char *mixed = "cafe\xCC\x81 \xE2\x80\x9Cok\xE2\x80\x9D";
    char *e = txt_clean(mixed, 0, strlen(mixed));
    CHECK_STR(e, "caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D");
    free(e);
}

static void test_input_read(void)
{
    char *bytes = NULL;
    size_t len = 0;
    hd_diag d = {0};
    CHECK_INT(hd_input_read("/nonexistent/statement.txt", &bytes, &len, &d), HD_ERR_INPUT);
    CHECK(strstr(d.message, "No such file") != NULL);
    CHECK(bytes == NULL);
    char *dir = h_tempdir();
    char path[4200];
    snprintf(path, sizeof path, "%s/in.txt", dir);
    h_write_file(path, "Hello.\n");
    CHECK_INT(hd_input_read(path, &bytes, &len, &d), HD_OK);
    CHECK_INT(len, 7);
    CHECK_STR(bytes, "Hello.\n");
    free(bytes);
    CHECK_INT(hd_input_read(dir, &bytes, &len, &d), HD_ERR_INPUT); /* a directory */
    h_rmtree(dir);
    free(dir);
}

/* HTML left in a statement: references decoded and tags out, byte for byte (every
 * offset stays the input's), and what is left over is dropped by txt_clean; text that
 * only looks like HTML stays as it is. */
static void test_unhtml(void)
{
    static const struct {
        const char *in, *lines; /* lines: txt_clean of each line, joined by '|' */
        size_t count;
    } cases[] = {
        {"R&amp;D at Smith &amp; Sons", "R&D at Smith & Sons", 2},
        {"It&rsquo;s &pound;5m&nbsp;now &#8211; &#x2014; &#146;", "It\xE2\x80\x99s \xC2\xA3" "5m now \xE2\x80\x93 \xE2\x80\x94 \xE2\x80\x99", 6},
        {"said: &ldquo;We act.&rdquo; Then", "said: \xE2\x80\x9CWe act.\xE2\x80\x9D Then", 2},
        {"<p><strong>Q:</strong> When?</p><p>MR. OKAFOR: Soon.<br>Yes.</p>", "||Q: When?||||MR. OKAFOR: Soon.|Yes.||", 7},
        {"<a href=\"https://example.org/a?b=1&amp;c=2\">the plan</a>, <em>now</em>.", "the plan, now.", 4},
        {"AT&T, x < 5 and y > 3, &unknown; &#1;, <notatag> & <b", "AT&T, x < 5 and y > 3, &unknown; &#1;, <notatag> & <b", 0},
        {"caf&eacute; &Eacute;mile &oelig;uvre Bees<sup>1</sup>", "caf\xC3\xA9 \xC3\x89mile \xC5\x93uvre Bees1", 5},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t n = strlen(cases[i].in);
        char *s = malloc(n + 1);
        memcpy(s, cases[i].in, n + 1);
        CHECK_INT(txt_unhtml(s, n), cases[i].count);
        CHECK_INT(strlen(s), n);
        char got[512] = "";
        size_t a = 0;
        for (size_t k = 0; k <= n; k++) {
            if (k == n || s[k] == '\n') {
                char *c = txt_clean(s, a, k);
                if (a)
                    strcat(got, "|");
                strcat(got, c ? c : "(null)");
                free(c);
                a = k + 1;
            }
        }
        CHECK_STR(got, cases[i].lines);
        free(s);
    }
}

/* txt_words counts eight bytes at a time: every start, end and length against a
 * count a byte at a time, over blanks (spaces, tabs), letters, marks and UTF-8 */
static size_t words_by_byte(const char *s, size_t a, size_t b)
{
    size_t w = 0;
    int in = 0;
    for (size_t i = a; i < b; i++) {
        int sp = s[i] == ' ' || s[i] == '\t';
        w += !sp && !in;
        in = !sp;
    }
    return w;
}

static void test_words(void)
{
    CHECK_INT(txt_words("", 0, 0), 0);
    CHECK_INT(txt_words("  \t ", 0, 4), 0);
    CHECK_INT(txt_words("one", 0, 3), 1);
    CHECK_INT(txt_words("  Ana Ruiz,\tMinister for the Coast  ", 0, 36), 6);
    CHECK_INT(txt_words("abcdefgh ijklmnop qrstuvwx", 0, 26), 3); /* (words at the blocks' edges) */
    CHECK_INT(txt_words("abcdefgh ijklmnop qrstuvwx", 8, 26), 2);
    CHECK_INT(txt_words("abcdefgh ijklmnop qrstuvwx", 9, 17), 1);
    static const char alphabet[] = {' ', '\t', 'a', 'Z', '.', '!', 0x21, 0x1F, (char)0xC3, (char)0xA9, (char)0xA0, '\n'};
    char buf[80];
    unsigned seed = 12345;
    size_t bad = 0;
    for (int t = 0; t < 20000 && !bad; t++) {
        for (size_t i = 0; i < sizeof buf; i++) {
            seed = seed * 1103515245u + 12345u;
            buf[i] = alphabet[(seed >> 16) % sizeof alphabet];
        }
        seed = seed * 1103515245u + 12345u;
        size_t a = (seed >> 16) % sizeof buf;
        seed = seed * 1103515245u + 12345u;
        size_t b = a + (seed >> 16) % (sizeof buf - a + 1);
        if (txt_words(buf, a, b) != words_by_byte(buf, a, b))
            bad = (size_t)t + 1;
    }
    CHECKF(!bad, "txt_words differs from a count byte by byte in trial %zu", bad - 1);
}

/* a line in capitals keeps a name's "Mc" ("JENNY McALISTER MP"); any other small
 * letter is one */
static void test_has_lower(void)
{
    CHECK_INT(txt_has_lower("THE HON JENNY McALISTER MP", 26), 0);
    CHECK_INT(txt_has_lower("Mr. McGOVERN.", 13), 1); /* (the "r" of "Mr.") */
    CHECK_INT(txt_has_lower("McALISTER", 9), 0);
    CHECK_INT(txt_has_lower("Minister McAlister", 18), 1);
    CHECK_INT(txt_has_lower("McA", 3), 1); /* (too short to say) */
    CHECK_INT(txt_has_lower("EMcAB", 5), 1);
    CHECK_INT(txt_has_lower("CAF\xC3\xA9", 5), 1);
    CHECK_INT(txt_has_lower("CAF\xC3\x89", 5), 0);
}

int main(void)
{
    test_has_lower();
    test_words();
    test_validate();
    test_lines();
    test_clean();
    test_nfc_inert();
    test_input_read();
    test_unhtml();
    return h_report("test_text");
}

/* Tests of data.c: the index over the data files answers as a walk through their
 * lines would, in every language; files are found by name in each language. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "harness.h"
#include "util.h"

/* The lines of f whose first field (whole: the line) is in any case a prefix of
 * s[0, n), in file order, by walking the file: what data_prefix_lines must give. */
static size_t walk_prefixes(const data_file *f, const char *s, size_t n, int whole, const char **lines, size_t max)
{
    size_t pos = 0, len, got = 0;
    const char *line;
    while (got < max && data_next_line(f, &pos, &line, &len)) {
        const char *tab = whole ? NULL : memchr(line, '\t', len);
        size_t kl = tab ? (size_t)(tab - line) : len;
        if (kl && kl <= n && u8_ncasecmp(s, line, kl) == 0)
            lines[got++] = line;
    }
    return got;
}

/* One query against the walk; returns 1 when they agree. */
static int agrees(const char *name, const data_file *f, const char *s, size_t n, int whole)
{
    const char *got[32], *want[32];
    size_t lens[32];
    size_t ng = data_prefix_lines(name, s, n, whole, got, lens, 32);
    size_t nw = walk_prefixes(f, s, n, whole, want, 32);
    if (ng != nw) {
        CHECKF(0, "%s: \"%.*s\" (whole %d): %zu lines, the walk %zu", f->name, (int)n, s, whole, ng, nw);
        return 0;
    }
    for (size_t i = 0; i < ng; i++)
        if (got[i] != want[i]) {
            CHECKF(0, "%s: \"%.*s\" (whole %d): line %zu differs", f->name, (int)n, s, whole, i);
            return 0;
        }
    return 1;
}

/* Every line of every word list, as written, in capitals, with more after it, one
 * byte short and its first field alone, asked of its own file in its own language:
 * the index gives the lines the walk gives, in the same order. */
static void test_prefix_lines(void)
{
    static const char *const dirs[] = {"en/", "fr/", "es/"};
    size_t queries = 0, bad = 0, nonempty = 0;
    char **names = NULL; /* the English names the lookups take, alive to the end */
    size_t nnames = 0;
    for (const data_file *f = data_files; f->name; f++) {
        int lang = -1;
        for (int l = 0; l < 3; l++)
            if (strncmp(f->name, dirs[l], 3) == 0)
                lang = l;
        if (lang < 0 || !strstr(f->name, ".txt"))
            continue;
        char **grown = realloc(names, (nnames + 1) * sizeof *names);
        if (!grown)
            break;
        names = grown;
        char *name = names[nnames++] = malloc(strlen(f->name) + 1);
        if (!name)
            break;
        memcpy(name, "en/", 3);
        strcpy(name + 3, f->name + 3);
        int was = data_set_lang(lang);
        CHECKF(data_get(name) == f, "%s found by %s in language %d", f->name, name, lang);
        size_t pos = 0, len;
        const char *line;
        while (data_next_line(f, &pos, &line, &len)) {
            char buf[512];
            if (len + 16 > sizeof buf)
                continue;
            const char *tab = memchr(line, '\t', len);
            size_t kl = tab ? (size_t)(tab - line) : len;
            for (int form = 0; form < 5; form++) {
                size_t n = len;
                memcpy(buf, line, len);
                if (form == 1)
                    for (size_t i = 0; i < n; i++)
                        buf[i] = (char)toupper((unsigned char)buf[i]);
                else if (form == 2) {
                    memcpy(buf + n, " and more", 9);
                    n += 9;
                } else if (form == 3 && n > 1)
                    n--;
                else if (form == 4)
                    n = kl;
                for (int whole = 0; whole < 2; whole++) {
                    const char *got[32];
                    size_t lens[32];
                    queries++;
                    nonempty += data_prefix_lines(name, buf, n, whole, got, lens, 32) > 0;
                    bad += !agrees(name, f, buf, n, whole);
                }
            }
            if (bad > 20)
                break;
        }
        data_set_lang(was);
    }
    CHECKF(queries > 10000 && bad == 0, "%zu queries, %zu differ from the walk", queries, bad);
    /* (and the queries were not all empty: most lines find themselves) */
    CHECKF(nonempty > queries / 2, "%zu of %zu queries found lines", nonempty, queries);
    for (size_t i = 0; i < nnames; i++)
        free(names[i]);
    free(names);
}

/* Lookups by the same name in turn in each language find each language's file, and a
 * file a language lacks is none, however often the name is asked. */
static void test_languages(void)
{
    const data_file *en = data_get("en/kinds.txt");
    CHECK(en != NULL && strcmp(en->name, "en/kinds.txt") == 0);
    for (int round = 0; round < 3; round++) {
        for (int l = 0; l < 3; l++) {
            static const char *const want[] = {"en/kinds.txt", "fr/kinds.txt", "es/kinds.txt"};
            int was = data_set_lang(l);
            const data_file *f = data_get("en/kinds.txt");
            CHECKF(f && strcmp(f->name, want[l]) == 0, "language %d: %s", l, f ? f->name : "none");
            CHECKF(data_get("en/counties.txt") == (l == 0 ? data_get("en/counties.txt") : NULL) &&
                       (l != 0 || data_get("en/counties.txt") != NULL),
                   "language %d: counties", l);
            data_set_lang(was);
        }
    }
    /* a prefix lookup in a file of no such language finds nothing */
    const char *lines[4];
    size_t lens[4];
    int was = data_set_lang(1);
    CHECK_INT(data_prefix_lines("en/counties.txt", "Kent", 4, 0, lines, lens, 4), 0);
    data_set_lang(was);
    CHECK(data_prefix_lines("en/header-fields.txt", "Media contact: Ana", 18, 0, lines, lens, 4) >= 1);
    CHECK_INT(data_prefix_lines("en/header-fields.txt", "", 0, 0, lines, lens, 4), 0);
}

/* statement.c keeps the openings of chrome.txt's lines ("Sent from my...") in a table
 * of 128 per language: a file with more would lose the last silently */
static void test_chrome_openings(void)
{
    static const char *const files[] = {"en/chrome.txt", "fr/chrome.txt", "es/chrome.txt"};
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        const data_file *f = data_get(files[i]);
        size_t pos = 0, len, n = 0;
        const char *line;
        while (f && data_next_line(f, &pos, &line, &len))
            n += len > 3 && memcmp(line + len - 3, "...", 3) == 0;
        CHECKF(n <= 128, "%s: %zu openings", files[i], n);
    }
}

int main(void)
{
    test_chrome_openings();
    test_languages();
    test_prefix_lines();
    return h_report("test_data");
}

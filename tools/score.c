/* score: runs each case of a sentence-segmentation test set (TSV: id, rule, input,
 * expected sentences joined by " ||| "; \n \t \r escaped) through
 * `herald segment --plain` and prints how many came out exactly right.
 * usage: score HERALD FILE.tsv [-v] */
#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cases.h"

/* Trims and folds runs of white space to one space, in place. */
static void fold(char *s)
{
    char *w = s;
    int space = 0;
    for (char *r = s; *r; r++) {
        /* no-break spaces (U+00A0, U+202F, U+2009) are spaces too: herald folds them */
        int nb = (unsigned char)r[0] == 0xC2 && (unsigned char)r[1] == 0xA0 ? 2
                 : (unsigned char)r[0] == 0xE2 && (unsigned char)r[1] == 0x80 &&
                           ((unsigned char)r[2] == 0xAF || (unsigned char)r[2] == 0x89) ? 3 : 0;
        if (nb) {
            space = w != s;
            r += nb - 1;
        } else if (*r == ' ' || *r == '\t' || *r == '\n' || *r == '\r') {
            space = w != s;
        } else {
            if (space)
                *w++ = ' ';
            space = 0;
            *w++ = *r;
        }
    }
    *w = '\0';
}

/* Runs herald on `input`; returns its output sentences joined by " ||| ". */
static char *segment(const char *herald, const char *input, const char *lang)
{
    int in[2], out[2];
    if (pipe(in) != 0 || pipe(out) != 0)
        return NULL;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        close(in[1]);
        close(out[0]);
        if (lang)
            execl(herald, herald, "segment", "--plain", "--lang", lang, "-", (char *)NULL);
        else
            execl(herald, herald, "segment", "--plain", "-", (char *)NULL);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    size_t n = strlen(input);
    if (write(in[1], input, n) != (ssize_t)n)
        perror("write");
    close(in[1]);
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    ssize_t r;
    while ((r = read(out[0], buf + len, cap - len - 1)) > 0) {
        len += (size_t)r;
        if (cap - len < 2)
            buf = realloc(buf, cap *= 2);
    }
    buf[len] = '\0';
    close(out[0]);
    waitpid(pid, NULL, 0);
    /* one sentence a line -> joined */
    size_t jcap = len * 2 + 16, j = 0;
    char *joined = malloc(jcap);
    joined[0] = '\0';
    for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) {
        fold(line);
        if (!*line)
            continue;
        j += (size_t)snprintf(joined + j, jcap - j, "%s%s", j ? " ||| " : "", line);
    }
    free(buf);
    return joined;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: score HERALD FILE.tsv [-v]\n");
        return 64;
    }
    int verbose = argc > 3 && strcmp(argv[3], "-v") == 0;
    /* a set of another language names it: "fr-sbd.tsv", "es-sbd.tsv", "golden_rules_fr.tsv" */
    const char *base0 = strrchr(argv[2], '/');
    base0 = base0 ? base0 + 1 : argv[2];
    static char code[3];
    const char *lang = NULL;
    if (islower((unsigned char)base0[0]) && islower((unsigned char)base0[1]) && base0[2] == '-')
        code[0] = base0[0], code[1] = base0[1], lang = code;
    else if (strstr(base0, "_fr"))
        lang = "fr";
    else if (strstr(base0, "_es"))
        lang = "es";
    FILE *f = fopen(argv[2], "r");
    if (!f) {
        perror(argv[2]);
        return 66;
    }
    char *line = NULL;
    size_t cap = 0;
    int passed = 0, total = 0;
    bench_case c;
    while (next_case(f, &line, &cap, &c)) {
        char *text = c.input, *want = c.expected;
        /* fold each expected sentence the same way */
        size_t wcap = strlen(want) * 2 + 16, w = 0;
        char *wanted = malloc(wcap);
        wanted[0] = '\0';
        for (char *s = want; s;) {
            char *sep = strstr(s, " ||| ");
            if (sep)
                *sep = '\0';
            fold(s);
            if (*s)
                w += (size_t)snprintf(wanted + w, wcap - w, "%s%s", w ? " ||| " : "", s);
            s = sep ? sep + 5 : NULL;
        }
        char *got = segment(argv[1], text, lang);
        total++;
        if (got && strcmp(got, wanted) == 0) {
            passed++;
        } else if (verbose) {
            printf("FAIL %s %s\n  want: %s\n  got:  %s\n", c.id, c.rule, wanted, got ? got : "");
        }
        free(got);
        free(wanted);
        bench_case_clear(&c);
    }
    free(line);
    fclose(f);
    const char *base = strrchr(argv[2], '/');
    printf("%s: %d/%d cases\n", base ? base + 1 : argv[2], passed, total);
    return 0;
}

/* cases: reading the segmentation test sets of ../shared/bench (TSV: id, rule, input,
 * expected sentences joined by " ||| "; tab, newline and CR inside written \t \n \r),
 * shared by the bench tools score.c and pauses.c. */
#ifndef HD_TOOLS_CASES_H
#define HD_TOOLS_CASES_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct bench_case {
    const char *id, *rule; /* point into the line */
    char *input, *expected; /* unescaped, new: bench_case_clear frees them */
} bench_case;

static char *unescape(const char *s)
{
    char *out = malloc(strlen(s) + 1), *p = out;
    for (; *s; s++) {
        if (s[0] == '\\' && (s[1] == 'n' || s[1] == 't' || s[1] == 'r')) {
            *p++ = s[1] == 'n' ? '\n' : s[1] == 't' ? '\t' : '\r';
            s++;
        } else {
            *p++ = *s;
        }
    }
    *p = '\0';
    return out;
}

/* The next case of f, skipping comments and blank lines; 0 at the end. *line and *cap
 * are getline's buffer, reused between calls. */
static int next_case(FILE *f, char **line, size_t *cap, bench_case *c)
{
    while (getline(line, cap, f) > 0) {
        char *l = *line;
        if (l[0] == '#' || l[0] == '\n')
            continue;
        l[strcspn(l, "\n")] = '\0';
        char *id = strtok(l, "\t"), *rule = strtok(NULL, "\t"), *input = strtok(NULL, "\t"),
             *expected = strtok(NULL, "\t");
        if (!id || !rule || !input)
            continue;
        c->id = id;
        c->rule = rule;
        c->input = unescape(input);
        c->expected = unescape(expected ? expected : "");
        return 1;
    }
    return 0;
}

static void bench_case_clear(bench_case *c)
{
    free(c->input);
    free(c->expected);
    c->input = c->expected = NULL;
}

#endif

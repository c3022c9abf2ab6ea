/* pauses: where do sentence-length silences fall? For each case of a segmentation test
 * set (TSV: id, rule, input, expected sentences joined by " ||| "), renders the input
 * and finds the silences of at least 280 ms inside it. A case passes when they cut the
 * audio into exactly the expected sentences: as many pieces as sentences, each piece
 * as long as that sentence rendered alone (within 20% or 150 ms).
 * usage: pauses herald HERALD FILE.tsv [-v]    (herald render --plain -f wav -o - -)
 *        pauses espeak ESPEAK FILE.tsv [-v]    (espeak-ng --stdout, text on stdin) */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cases.h"

#define MIN_PAUSE_MS 280
#define QUIET 100 /* |sample| below this is silence */

static const char *mode, *prog;

/* Renders text; returns samples (16-bit mono) and the rate. */
static short *render(const char *text, size_t *n, int *rate)
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
        FILE *null = fopen("/dev/null", "w");
        if (null)
            dup2(fileno(null), 2);
        if (strcmp(mode, "herald") == 0)
            execlp(prog, prog, "render", "--plain", "-q", "-f", "wav", "-o", "-", "-", (char *)NULL);
        else
            execlp(prog, prog, "--stdout", (char *)NULL);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    /* Write all the text first: both programs read it whole before speaking. */
    size_t tl = strlen(text);
    if (write(in[1], text, tl) != (ssize_t)tl)
        perror("write");
    close(in[1]);
    size_t cap = 1 << 20, len = 0;
    unsigned char *buf = malloc(cap);
    ssize_t r;
    while ((r = read(out[0], buf + len, cap - len)) > 0) {
        len += (size_t)r;
        if (len == cap)
            buf = realloc(buf, cap *= 2);
    }
    close(out[0]);
    waitpid(pid, NULL, 0);
    /* WAV: find "fmt " for the rate and "data" for the samples. */
    size_t p = 12, data = 0;
    *rate = 22050;
    while (p + 8 <= len) {
        uint32_t sz = buf[p + 4] | buf[p + 5] << 8 | buf[p + 6] << 16 | (uint32_t)buf[p + 7] << 24;
        if (memcmp(buf + p, "fmt ", 4) == 0 && p + 16 <= len)
            *rate = buf[p + 12] | buf[p + 13] << 8 | buf[p + 14] << 16;
        if (memcmp(buf + p, "data", 4) == 0) {
            data = p + 8;
            break;
        }
        p += 8 + sz;
    }
    if (!data) {
        free(buf);
        return NULL;
    }
    *n = (len - data) / 2;
    short *s = malloc(*n * sizeof *s + 1);
    for (size_t i = 0; i < *n; i++)
        s[i] = (short)(buf[data + 2 * i] | buf[data + 2 * i + 1] << 8);
    free(buf);
    return s;
}

typedef struct span {
    size_t a, b;
} span;

/* The pieces of sound between silences of at least MIN_PAUSE_MS. */
static size_t pieces(const short *s, size_t n, int rate, span *out, size_t max)
{
    size_t minrun = (size_t)rate * MIN_PAUSE_MS / 1000, k = 0, i = 0;
    while (i < n && abs(s[i]) < QUIET)
        i++;
    size_t start = i, quiet = 0;
    for (; i < n; i++) {
        if (abs(s[i]) < QUIET) {
            quiet++;
            continue;
        }
        if (quiet >= minrun && k < max) {
            out[k].a = start;
            out[k].b = i - quiet;
            k++;
            start = i;
        }
        quiet = 0;
    }
    if (start < n && k < max) {
        out[k].a = start;
        out[k].b = n - quiet;
        k++;
    }
    return k;
}

/* Length of the sound in s: first to last sample above the silence level. */
static size_t sound_length(const short *s, size_t n)
{
    size_t a = 0, b = n;
    while (a < n && abs(s[a]) < QUIET)
        a++;
    while (b > a && abs(s[b - 1]) < QUIET)
        b--;
    return b - a;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: pauses herald|espeak PROGRAM FILE.tsv [-v]\n");
        return 64;
    }
    mode = argv[1];
    prog = argv[2];
    int verbose = argc > 4 && strcmp(argv[4], "-v") == 0;
    FILE *f = fopen(argv[3], "r");
    if (!f) {
        perror(argv[3]);
        return 66;
    }
    char *line = NULL;
    size_t cap = 0;
    int passed = 0, total = 0;
    bench_case c;
    while (next_case(f, &line, &cap, &c)) {
        if (!c.expected[0]) {
            bench_case_clear(&c);
            continue;
        }
        total++;
        char *text = c.input, *want = c.expected;
        size_t n = 0;
        int rate = 0;
        short *s = render(text, &n, &rate);
        span got[64];
        size_t k = s ? pieces(s, n, rate, got, 64) : 0;
        /* the expected sentences, each rendered alone */
        size_t m = 0, lens[64];
        for (char *t = want; t && m < 64;) {
            char *sep = strstr(t, " ||| ");
            if (sep)
                *sep = '\0';
            size_t sn = 0;
            int sr = 0;
            short *ss = render(t, &sn, &sr);
            lens[m++] = ss ? sound_length(ss, sn) : 0;
            free(ss);
            t = sep ? sep + 5 : NULL;
        }
        int ok = k == m;
        for (size_t j = 0; ok && j < m; j++) {
            long d = (long)(got[j].b - got[j].a) - (long)lens[j];
            long tol = (long)lens[j] / 5;
            if (tol < rate * 150 / 1000)
                tol = rate * 150 / 1000;
            ok = labs(d) <= tol;
        }
        passed += ok;
        if (!ok && verbose) {
            printf("FAIL %s %s: %zu pieces, %zu sentences\n  pieces (ms):", c.id, c.rule, k, m);
            for (size_t j = 0; j < k; j++)
                printf(" %zu", (got[j].b - got[j].a) * 1000 / (size_t)rate);
            printf("\n  alone  (ms):");
            for (size_t j = 0; j < m; j++)
                printf(" %zu", lens[j] * 1000 / (size_t)rate);
            printf("\n");
        }
        free(s);
        bench_case_clear(&c);
    }
    free(line);
    fclose(f);
    const char *base = strrchr(argv[3], '/');
    printf("%s %s: pauses of %d ms or more exactly at sentence ends in %d/%d cases\n", mode,
           base ? base + 1 : argv[3], MIN_PAUSE_MS, passed, total);
    return 0;
}

/* harness: a few checks, one line per failure with file:line and what differed, and a
 * closing "N passed, N failed". Also a small JSON reader for checking what herald
 * writes, and helpers to run the command. */
#ifndef HD_HARNESS_H
#define HD_HARNESS_H

#include <stddef.h>

extern int h_passed, h_failed;

void h_check(int ok, const char *file, int line, const char *fmt, ...);
#define CHECK(cond) h_check(!!(cond), __FILE__, __LINE__, "%s", #cond)
#define CHECKF(cond, ...) h_check(!!(cond), __FILE__, __LINE__, __VA_ARGS__)
#define CHECK_INT(got, want)                                                                  \
    do {                                                                                      \
        long long g_ = (long long)(got), w_ = (long long)(want);                              \
        h_check(g_ == w_, __FILE__, __LINE__, "%s: got %lld, want %lld", #got, g_, w_);      \
    } while (0)
#define CHECK_STR(got, want) h_check_str((got), (want), __FILE__, __LINE__, #got)
void h_check_str(const char *got, const char *want, const char *file, int line, const char *what);

/* Prints "NAME: N passed, N failed" and returns the exit status. */
int h_report(const char *name);

/* JSON values, enough to read back what herald writes (parsed by jansson, the
 * library herald's manifest reader uses). */
typedef enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ } j_type;
typedef struct jv {
    j_type type;
    double num;
    char *str;
    size_t n;          /* items or members */
    struct jv **items; /* array items, or object values */
    char **keys;       /* object keys */
} jv;
jv *j_parse(const char *text); /* NULL when not valid JSON */
void j_free(jv *v);
const jv *j_get(const jv *obj, const char *key); /* NULL when missing */
const char *j_str(const jv *obj, const char *key); /* NULL unless a string */
double j_num(const jv *obj, const char *key);     /* NaN unless a number */

/* Reads a whole file into a new string (NULL on failure). */
char *h_read_file(const char *path, size_t *len);
int h_write_file(const char *path, const char *text);

/* Runs argv with stdin from `in` (NULL: /dev/null), stdout and stderr captured into
 * new strings; returns the exit status, or 128+signal. */
int h_run(char *const argv[], const char *in, char **out, size_t *outlen, char **err);

/* How many entries of dir start with `prefix`. */
int h_count_prefix(const char *dir, const char *prefix);

/* "dir/name" in one of two static buffers (so two can be used in one call). */
char *h_path(const char *dir, const char *name);

/* Checks that every regular file of folder a is in b with the same bytes (`what` in
 * the failure); returns how many were compared. */
size_t h_same_files(const char *a, const char *b, const char *what);

/* A fresh empty directory under $TMPDIR (new string); h_rmtree removes it. */
char *h_tempdir(void);
void h_rmtree(const char *path);

#endif

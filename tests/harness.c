/* harness: checks and the closing count, a small JSON reader, and process helpers. */
#define _XOPEN_SOURCE 700
#include "harness.h"

#include <jansson.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int h_passed, h_failed;

void h_check(int ok, const char *file, int line, const char *fmt, ...)
{
    if (ok) {
        h_passed++;
        return;
    }
    h_failed++;
    va_list ap;
    fprintf(stderr, "%s:%d: FAIL: ", file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

void h_check_str(const char *got, const char *want, const char *file, int line, const char *what)
{
    int ok = (got == NULL && want == NULL) || (got && want && strcmp(got, want) == 0);
    h_check(ok, file, line, "%s:\n    got  [%s]\n    want [%s]", what, got ? got : "(null)",
            want ? want : "(null)");
}

int h_report(const char *name)
{
    printf("%s: %d passed, %d failed\n", name, h_passed, h_failed);
    return h_failed ? 1 : 0;
}

/* ---------------------------------------------------------------- JSON */

/* The tests read JSON with the parser herald reads its manifests with (jansson), into
 * a small tree that keeps object members in order. */
static jv *jnew(j_type t)
{
    jv *v = calloc(1, sizeof *v);
    if (v)
        v->type = t;
    return v;
}

static jv *from_jansson(const json_t *j)
{
    jv *v = NULL;
    switch (json_typeof(j)) {
    case JSON_OBJECT: {
        size_t n = json_object_size(j), k = 0;
        const char *key;
        json_t *val;
        v = jnew(J_OBJ);
        if (!v || !(v->items = calloc(n + 1, sizeof *v->items)) ||
            !(v->keys = calloc(n + 1, sizeof *v->keys)))
            break;
        json_object_foreach((json_t *)j, key, val) {
            v->keys[k] = strdup(key);
            v->items[k] = from_jansson(val);
            k++;
        }
        v->n = k;
        return v;
    }
    case JSON_ARRAY: {
        size_t n = json_array_size(j);
        v = jnew(J_ARR);
        if (!v || !(v->items = calloc(n + 1, sizeof *v->items)))
            break;
        for (size_t i = 0; i < n; i++)
            v->items[i] = from_jansson(json_array_get(j, i));
        v->n = n;
        return v;
    }
    case JSON_STRING:
        if ((v = jnew(J_STR)))
            v->str = strdup(json_string_value(j));
        return v;
    case JSON_INTEGER:
    case JSON_REAL:
        if ((v = jnew(J_NUM)))
            v->num = json_number_value(j);
        return v;
    case JSON_TRUE:
    case JSON_FALSE:
        if ((v = jnew(J_BOOL)))
            v->num = json_is_true(j);
        return v;
    case JSON_NULL:
        return jnew(J_NULL);
    }
    return v;
}

jv *j_parse(const char *text)
{
    json_error_t err;
    /* preserve member order, refuse duplicate keys, as strict readers do */
    json_t *j = text ? json_loads(text, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &err) : NULL;
    if (!j)
        return NULL;
    jv *v = from_jansson(j);
    json_decref(j);
    return v;
}

void j_free(jv *v)
{
    if (!v)
        return;
    for (size_t i = 0; i < v->n; i++) {
        j_free(v->items[i]);
        if (v->keys)
            free(v->keys[i]);
    }
    free(v->items);
    free(v->keys);
    free(v->str);
    free(v);
}

const jv *j_get(const jv *o, const char *key)
{
    if (!o || o->type != J_OBJ)
        return NULL;
    for (size_t i = 0; i < o->n; i++)
        if (o->keys[i] && strcmp(o->keys[i], key) == 0)
            return o->items[i];
    return NULL;
}

const char *j_str(const jv *o, const char *key)
{
    const jv *v = j_get(o, key);
    return v && v->type == J_STR ? v->str : NULL;
}

double j_num(const jv *o, const char *key)
{
    const jv *v = j_get(o, key);
    return v && v->type == J_NUM ? v->num : NAN;
}

/* ---------------------------------------------------------------- files, processes */

char *h_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (cap - n - 1 == 0) {
            char *q = realloc(buf, cap * 2);
            if (!q) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = q;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        if (len)
            *len = n;
    }
    return buf;
}

int h_write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t n = strlen(text);
    int bad = fwrite(text, 1, n, f) != n;
    bad |= fclose(f) != 0;
    return bad ? -1 : 0;
}

static char *slurp_fd(int fd, size_t *len)
{
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf)
            return NULL;
        if (n + 1 >= cap) {
            char *q = realloc(buf, cap * 2);
            if (!q) {
                free(buf);
                return NULL;
            }
            buf = q;
            cap *= 2;
        }
        ssize_t r = read(fd, buf + n, cap - n - 1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        n += (size_t)r;
    }
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

int h_run(char *const argv[], const char *in, char **out, size_t *outlen, char **err)
{
    char inpath[] = "/tmp/herald-test-in-XXXXXX";
    char errpath[] = "/tmp/herald-test-err-XXXXXX";
    int infd = mkstemp(inpath), errfd = mkstemp(errpath), pipefd[2];
    if (infd < 0 || errfd < 0 || pipe(pipefd) != 0)
        return -1;
    unlink(inpath);
    unlink(errpath);
    if (in && write(infd, in, strlen(in)) < 0)
        return -1;
    lseek(infd, 0, SEEK_SET);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(infd, 0);
        dup2(pipefd[1], 1);
        dup2(errfd, 2);
        close(pipefd[0]);
        execv(argv[0], argv);
        _exit(127);
    }
    close(pipefd[1]);
    close(infd);
    char *o = slurp_fd(pipefd[0], outlen);
    close(pipefd[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    lseek(errfd, 0, SEEK_SET);
    char *e = slurp_fd(errfd, NULL);
    close(errfd);
    if (out)
        *out = o;
    else
        free(o);
    if (err)
        *err = e;
    else
        free(e);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int h_count_prefix(const char *dir, const char *prefix)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;
    while (d && (e = readdir(d)))
        n += strncmp(e->d_name, prefix, strlen(prefix)) == 0;
    if (d)
        closedir(d);
    return n;
}

char *h_path(const char *dir, const char *name)
{
    static char path[2][4800];
    static int k;
    k ^= 1;
    snprintf(path[k], sizeof path[k], "%s/%s", dir, name);
    return path[k];
}

char *h_tempdir(void)
{
    const char *base = getenv("TMPDIR");
    char tmpl[4096];
    snprintf(tmpl, sizeof tmpl, "%s/herald-test-XXXXXX", base && *base ? base : "/tmp");
    char *d = mkdtemp(tmpl);
    return d ? strdup(d) : NULL;
}

static int rm_one(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    return remove(path);
}

void h_rmtree(const char *path)
{
    if (path)
        nftw(path, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

size_t h_same_files(const char *a, const char *b, const char *what)
{
    DIR *d = opendir(a);
    struct dirent *e;
    size_t n = 0;
    while (d && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        size_t la = 0, lb = 0;
        char *x = h_read_file(h_path(a, e->d_name), &la), *y = h_read_file(h_path(b, e->d_name), &lb);
        CHECKF(x && y && la == lb && memcmp(x, y, la) == 0, "%s: %s differs", what, e->d_name);
        free(x);
        free(y);
        n++;
    }
    if (d)
        closedir(d);
    return n;
}

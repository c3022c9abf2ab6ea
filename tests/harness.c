/* harness: checks and the closing count, a small JSON reader, and process helpers. */
#define _XOPEN_SOURCE 700
#include "harness.h"

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

typedef struct jp {
    const char *s;
    int bad;
} jp;

static void ws(jp *p)
{
    while (*p->s == ' ' || *p->s == '\n' || *p->s == '\r' || *p->s == '\t')
        p->s++;
}

static jv *jnew(j_type t)
{
    jv *v = calloc(1, sizeof *v);
    if (v)
        v->type = t;
    return v;
}

static char *jstring(jp *p)
{
    size_t cap = 16, n = 0;
    char *out = malloc(cap);
    if (!out || *p->s != '"')
        goto bad;
    p->s++;
    while (*p->s && *p->s != '"') {
        char c = *p->s++;
        char buf[4];
        size_t k = 1;
        buf[0] = c;
        if (c == '\\') {
            c = *p->s++;
            switch (c) {
            case 'n': buf[0] = '\n'; break;
            case 't': buf[0] = '\t'; break;
            case 'r': buf[0] = '\r'; break;
            case 'b': buf[0] = '\b'; break;
            case 'f': buf[0] = '\f'; break;
            case 'u': {
                unsigned u = 0;
                for (int i = 0; i < 4; i++) {
                    char h = *p->s++;
                    u = u * 16 + (unsigned)(h >= 'a' ? h - 'a' + 10 : h >= 'A' ? h - 'A' + 10 : h - '0');
                }
                if (u < 0x80) {
                    buf[0] = (char)u;
                } else if (u < 0x800) {
                    buf[0] = (char)(0xC0 | (u >> 6));
                    buf[1] = (char)(0x80 | (u & 63));
                    k = 2;
                } else {
                    buf[0] = (char)(0xE0 | (u >> 12));
                    buf[1] = (char)(0x80 | ((u >> 6) & 63));
                    buf[2] = (char)(0x80 | (u & 63));
                    k = 3;
                }
                break;
            }
            default: buf[0] = c;
            }
        }
        if (n + k + 1 > cap) {
            cap = cap * 2 + k;
            char *q = realloc(out, cap);
            if (!q)
                goto bad;
            out = q;
        }
        memcpy(out + n, buf, k);
        n += k;
    }
    if (*p->s != '"')
        goto bad;
    p->s++;
    out[n] = '\0';
    return out;
bad:
    free(out);
    p->bad = 1;
    return NULL;
}

static jv *jvalue(jp *p);

static int jappend(jv *v, jv *item, char *key)
{
    jv **items = realloc(v->items, (v->n + 1) * sizeof *items);
    if (!items)
        return -1;
    v->items = items;
    if (v->type == J_OBJ) {
        char **keys = realloc(v->keys, (v->n + 1) * sizeof *keys);
        if (!keys)
            return -1;
        v->keys = keys;
        v->keys[v->n] = key;
    }
    v->items[v->n++] = item;
    return 0;
}

static jv *jvalue(jp *p)
{
    ws(p);
    jv *v = NULL;
    if (*p->s == '{' || *p->s == '[') {
        int obj = *p->s == '{';
        char close = obj ? '}' : ']';
        v = jnew(obj ? J_OBJ : J_ARR);
        p->s++;
        ws(p);
        if (*p->s == close) {
            p->s++;
            return v;
        }
        for (;;) {
            char *key = NULL;
            ws(p);
            if (obj) {
                key = jstring(p);
                ws(p);
                if (p->bad || *p->s != ':') {
                    free(key);
                    p->bad = 1;
                    return v;
                }
                p->s++;
            }
            jv *item = jvalue(p);
            if (p->bad || jappend(v, item, key) != 0) {
                free(key);
                j_free(item);
                p->bad = 1;
                return v;
            }
            ws(p);
            if (*p->s == ',') {
                p->s++;
                continue;
            }
            if (*p->s == close) {
                p->s++;
                return v;
            }
            p->bad = 1;
            return v;
        }
    }
    if (*p->s == '"') {
        v = jnew(J_STR);
        v->str = jstring(p);
        return v;
    }
    if (strncmp(p->s, "null", 4) == 0) {
        p->s += 4;
        return jnew(J_NULL);
    }
    if (strncmp(p->s, "true", 4) == 0 || strncmp(p->s, "false", 5) == 0) {
        v = jnew(J_BOOL);
        v->num = *p->s == 't';
        p->s += *p->s == 't' ? 4 : 5;
        return v;
    }
    char *end;
    double d = strtod(p->s, &end);
    if (end == p->s) {
        p->bad = 1;
        return NULL;
    }
    p->s = end;
    v = jnew(J_NUM);
    v->num = d;
    return v;
}

jv *j_parse(const char *text)
{
    jp p = {text, 0};
    jv *v = jvalue(&p);
    ws(&p);
    if (p.bad || *p.s) {
        j_free(v);
        return NULL;
    }
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

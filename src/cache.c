/* cache: one small file per record, named by a hash of its key, holding the key and
 * the value; written atomically (O_EXCL temporary, rename). */
#define _GNU_SOURCE
#include "cache.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

enum { RECORD_MAX = 4096 };

static uint64_t fnv64(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static char *record_path(const char *dir, const char *kind, const char *key)
{
    sb b = {0};
    sb_printf(&b, "%s/%s-%016llx", dir, kind, (unsigned long long)fnv64(key));
    return b.oom ? (sb_free(&b), NULL) : sb_take(&b);
}

int cache_get(const char *dir, const char *kind, const char *key, char *value, size_t n)
{
    char buf[RECORD_MAX + 1];
    char *path = dir && *dir ? record_path(dir, kind, key) : NULL;
    int fd = path ? open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) : -1;
    free(path);
    if (fd < 0)
        return 0;
    struct stat st;
    ssize_t got = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? read(fd, buf, RECORD_MAX) : -1;
    close(fd);
    if (got <= 0)
        return 0;
    buf[got] = '\0';
    /* "key\nvalue\n": the key must be ours, and the record whole */
    size_t kl = strlen(key);
    if ((size_t)got < kl + 2 || memcmp(buf, key, kl) != 0 || buf[kl] != '\n' ||
        buf[got - 1] != '\n')
        return 0;
    size_t vl = (size_t)got - kl - 2;
    if (vl + 1 > n || memchr(buf + kl + 1, '\n', vl))
        return 0;
    memcpy(value, buf + kl + 1, vl);
    value[vl] = '\0';
    return 1;
}


void cache_put(const char *dir, const char *kind, const char *key, const char *value)
{
    if (!dir || !*dir || strchr(key, '\n') || strchr(value, '\n') ||
        strlen(key) + strlen(value) + 2 > RECORD_MAX)
        return;
    if (mkdir_p(dir) != 0)
        return;
    char *path = record_path(dir, kind, key);
    sb tmp = {0};
    unsigned char rnd[8] = {0};
    if (getrandom(rnd, sizeof rnd, 0) != (ssize_t)sizeof rnd)
        memset(rnd, getpid() & 255, sizeof rnd);
    sb_printf(&tmp, "%s/.tmp-%02x%02x%02x%02x%02x%02x", dir, rnd[0], rnd[1], rnd[2], rnd[3],
              rnd[4], rnd[5]);
    int fd = path && !tmp.oom ? open(tmp.s, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644)
                              : -1;
    if (fd >= 0) {
        sb rec = {0};
        sb_printf(&rec, "%s\n%s\n", key, value);
        int ok = !rec.oom && write(fd, rec.s, rec.len) == (ssize_t)rec.len;
        ok &= close(fd) == 0;
        if (!ok || rename(tmp.s, path) != 0)
            unlink(tmp.s);
        sb_free(&rec);
    }
    sb_free(&tmp);
    free(path);
}

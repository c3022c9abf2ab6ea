/* ucache: DIR/units/HH/NAME, NAME 32 hex digits of the key's hash, HH its first two.
 * An entry: a header (magic, version, the lengths of key, meta and audio), the key,
 * the meta, the audio, and a checksum of everything before it. */
#define _GNU_SOURCE
#include "ucache.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

static const char magic[8] = {'H', 'D', 'U', 'N', 'I', 'T', '\0', '\1'};
enum { HEADER = 8 + 4 + 4 + 8 + 8 + 8, CHUNK = 1 << 16, NAME_LEN = 32 };

/* ------------------------------------------------------------ hash */

static inline uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

static inline uint64_t mix(uint64_t h, uint64_t v)
{
    v *= 0x87c37b91114253d5ull;
    v = rotl(v, 31) * 0x4cf5ad432745937full;
    h ^= v;
    return rotl(h, 27) * 5 + 0x52dce729;
}

void uc_hash_init(uc_hash *h, unsigned long long seed)
{
    memset(h, 0, sizeof *h);
    h->h = seed ^ 0x9e3779b97f4a7c15ull;
}

void uc_hash_add(uc_hash *h, const void *data, size_t n)
{
    const unsigned char *p = data;
    h->len += n;
    while (n > 0 && h->ntail > 0 && h->ntail < 8) {
        h->tail[h->ntail++] = *p++;
        n--;
        if (h->ntail == 8) {
            uint64_t v;
            memcpy(&v, h->tail, 8);
            h->h = mix(h->h, v);
            h->ntail = 0;
        }
    }
    if (h->ntail)
        return; /* all of it went into the tail, which is not full yet */
    for (; n >= 8; p += 8, n -= 8) {
        uint64_t v;
        memcpy(&v, p, 8);
        h->h = mix(h->h, v);
    }
    memcpy(h->tail, p, n);
    h->ntail = n;
}

unsigned long long uc_hash_end(const uc_hash *h)
{
    uint64_t v = 0, x = h->h;
    memcpy(&v, h->tail, h->ntail);
    x = mix(x, v) ^ h->len;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    return x ^ (x >> 33);
}

/* The same mixing over four lanes at once, 32 bytes a step: a checksum for whole
 * files, whose speed matters (a kept folder is read through it), not for names. */
void uc_sum_init(uc_sum *s)
{
    memset(s, 0, sizeof *s);
    for (int i = 0; i < 4; i++)
        s->lane[i] = 0x9e3779b97f4a7c15ull * (uint64_t)(i + 1);
}

static void sum_block(uc_sum *s, const unsigned char *p)
{
    uint64_t v[4];
    memcpy(v, p, sizeof v);
    for (int i = 0; i < 4; i++)
        s->lane[i] = mix(s->lane[i], v[i]);
}

void uc_sum_add(uc_sum *s, const void *data, size_t n)
{
    const unsigned char *p = data;
    s->len += n;
    if (s->ntail) {
        size_t k = 32 - s->ntail < n ? 32 - s->ntail : n;
        memcpy(s->tail + s->ntail, p, k);
        s->ntail += k;
        p += k;
        n -= k;
        if (s->ntail < 32)
            return;
        sum_block(s, s->tail);
        s->ntail = 0;
    }
    for (; n >= 32; p += 32, n -= 32)
        sum_block(s, p);
    memcpy(s->tail, p, n);
    s->ntail = n;
}

unsigned long long uc_sum_end(const uc_sum *s)
{
    uc_hash h;
    uc_hash_init(&h, 17);
    uc_hash_add(&h, s->lane, sizeof s->lane);
    uc_hash_add(&h, s->tail, s->ntail);
    uc_hash_add(&h, &s->len, sizeof s->len);
    return uc_hash_end(&h);
}

/* ------------------------------------------------------------ paths */

static void entry_name(const char *key, size_t keylen, char out[NAME_LEN + 1])
{
    uc_hash a, b;
    uc_hash_init(&a, 1);
    uc_hash_init(&b, 0x5bd1e995);
    uc_hash_add(&a, key, keylen);
    uc_hash_add(&b, key, keylen);
    snprintf(out, NAME_LEN + 1, "%016llx%016llx", uc_hash_end(&a), uc_hash_end(&b));
}

static char *entry_path(const char *dir, const char *name)
{
    sb b = {0};
    sb_printf(&b, "%s/units/%.2s/%s", dir, name, name);
    return b.oom ? (sb_free(&b), NULL) : sb_take(&b);
}


/* ------------------------------------------------------------ store */

static void put64(unsigned char *p, uint64_t v) { memcpy(p, &v, 8); }

static int write_hashed(int fd, uc_hash *h, const void *data, size_t n)
{
    uc_hash_add(h, data, n);
    return fd_write_all(fd, data, n);
}

/* A fresh temporary name in dir/units (new string), or NULL. */
static char *temp_name(const char *dir)
{
    unsigned char rnd[8] = {0};
    sb tmp = {0};
    if (getrandom(rnd, sizeof rnd, 0) != (ssize_t)sizeof rnd)
        memset(rnd, getpid() & 255, sizeof rnd);
    sb_printf(&tmp, "%s/units/.tmp-%02x%02x%02x%02x%02x%02x%02x%02x", dir, rnd[0], rnd[1], rnd[2],
              rnd[3], rnd[4], rnd[5], rnd[6], rnd[7]);
    return tmp.oom ? (sb_free(&tmp), NULL) : sb_take(&tmp);
}

/* key's entry path in dir and a temporary name beside it, its folder made: 0, or -1
 * (nothing to free then). */
static int entry_paths(const char *dir, const char *key, size_t keylen, char **path, char **tmp)
{
    char name[NAME_LEN + 1];
    entry_name(key, keylen, name);
    sb sub = {0};
    sb_printf(&sub, "%s/units/%.2s", dir, name);
    *path = entry_path(dir, name);
    *tmp = temp_name(dir);
    int ok = *path && *tmp && !sub.oom && mkdir_p(sub.s) == 0;
    sb_free(&sub);
    if (!ok) {
        free(*path);
        free(*tmp);
        *path = *tmp = NULL;
        return -1;
    }
    return 0;
}

/* Copies `bytes` bytes from the start of src (pread: its offset does not move), or
 * all of it to its end with UC_ALL, to dst, adding them to h when h: 0, or -1 (a
 * read or write failed, or src was shorter). */
#define UC_ALL (~0ull)
static int copy_from(int src, int dst, unsigned long long bytes, uc_hash *h)
{
    char *buf = malloc(CHUNK);
    int ok = buf != NULL;
    for (unsigned long long at = 0; ok && at < bytes;) {
        size_t want = bytes - at < CHUNK ? (size_t)(bytes - at) : CHUNK;
        ssize_t got = pread(src, buf, want, (off_t)at);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            ok = got == 0 && bytes == UC_ALL;
            break;
        }
        if (h)
            uc_hash_add(h, buf, (size_t)got);
        ok = fd_write_all(dst, buf, (size_t)got) == 0;
        at += (unsigned long long)got;
    }
    free(buf);
    return ok ? 0 : -1;
}

int uc_store(const char *dir, const char *key, size_t keylen, const void *meta, size_t metalen,
             int pcm_fd, unsigned long long bytes)
{
    char *path = NULL, *tmp = NULL;
    if (!dir || !*dir || entry_paths(dir, key, keylen, &path, &tmp) != 0)
        return -1;
    int rc = -1, fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd >= 0) {
        uc_hash h;
        uc_hash_init(&h, 7);
        unsigned char head[HEADER];
        memcpy(head, magic, 8);
        uint32_t version = 1, zero = 0;
        memcpy(head + 8, &version, 4);
        memcpy(head + 12, &zero, 4);
        put64(head + 16, keylen);
        put64(head + 24, metalen);
        put64(head + 32, bytes);
        int ok = write_hashed(fd, &h, head, HEADER) == 0 && write_hashed(fd, &h, key, keylen) == 0 &&
                 write_hashed(fd, &h, meta, metalen) == 0 && copy_from(pcm_fd, fd, bytes, &h) == 0;
        if (ok) {
            unsigned char sum[8];
            put64(sum, uc_hash_end(&h));
            ok = fd_write_all(fd, sum, 8) == 0;
        }
        ok &= close(fd) == 0;
        if (ok && rename(tmp, path) == 0)
            rc = 0;
        else
            unlink(tmp);
    }
    free(path);
    free(tmp);
    return rc;
}

/* ------------------------------------------------------------ load */

/* Reads exactly n bytes (fewer only at the end of the file); -1 on an error. */
static ssize_t fd_read_all(int fd, void *buf, size_t n)
{
    size_t done = 0;
    while (done < n) {
        ssize_t got = read(fd, (char *)buf + done, n - done);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return -1;
        if (got == 0)
            break;
        done += (size_t)got;
    }
    return (ssize_t)done;
}

static int read_hashed(int fd, uc_hash *h, void *data, size_t n)
{
    if (fd_read_all(fd, data, n) != (ssize_t)n)
        return -1;
    uc_hash_add(h, data, n);
    return 0;
}

/* Reads the entry open on fd from its start and checks it against key: 1 when whole
 * and of this key (its audio copied to out_fd when out_fd >= 0; *meta, *metalen,
 * *bytes and *audio_at, where its audio starts, set), 0 on a miss, -1 when out_fd
 * cannot be written. *damaged: the file is no whole entry (a miss by collision is
 * none). */
static int read_entry(int fd, const char *key, size_t keylen, int out_fd, char **meta,
                      size_t *metalen, unsigned long long *bytes, unsigned long long *audio_at,
                      int *damaged)
{
    char *k = NULL, *m = NULL, *buf = NULL;
    int rc = 0;
    struct stat st;
    *damaged = 1;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || lseek(fd, 0, SEEK_SET) != 0) {
        *damaged = 0;
        goto out;
    }
    uc_hash h;
    uc_hash_init(&h, 7);
    unsigned char head[HEADER];
    uint32_t version;
    uint64_t kl, ml, pl;
    if (read_hashed(fd, &h, head, HEADER) != 0 || memcmp(head, magic, 8) != 0)
        goto out;
    memcpy(&version, head + 8, 4);
    memcpy(&kl, head + 16, 8);
    memcpy(&ml, head + 24, 8);
    memcpy(&pl, head + 32, 8);
    /* the lengths must add up to the file's: a torn or damaged file stops here */
    if (version != 1 || kl != keylen || ml > (uint64_t)st.st_size || pl > (uint64_t)st.st_size ||
        (uint64_t)st.st_size != HEADER + kl + ml + pl + 8)
        goto out;
    /* from here a failure to allocate or to read is no sign of damage */
    *damaged = 0;
    if (!(k = malloc(kl + 1)) || !(m = malloc(ml + 1)) || !(buf = malloc(CHUNK)))
        goto out;
    if (read_hashed(fd, &h, k, kl) != 0)
        goto out;
    if (memcmp(k, key, keylen) != 0)
        goto out; /* another key of the same name: a miss, and the entry is its */
    if (read_hashed(fd, &h, m, ml) != 0)
        goto out;
    for (uint64_t at = 0; at < pl;) {
        size_t want = pl - at < CHUNK ? (size_t)(pl - at) : CHUNK;
        if (read_hashed(fd, &h, buf, want) != 0)
            goto out;
        if (out_fd >= 0 && fd_write_all(out_fd, buf, want) != 0) {
            rc = -1;
            goto out;
        }
        at += want;
    }
    unsigned char sum[8];
    uint64_t want_sum;
    if (fd_read_all(fd, sum, 8) != 8)
        goto out;
    memcpy(&want_sum, sum, 8);
    if (want_sum != uc_hash_end(&h)) {
        *damaged = 1;
        goto out;
    }
    rc = 1;
    futimens(fd, NULL); /* used now: trimmed last */
    *meta = m;
    m = NULL;
    *metalen = (size_t)ml;
    *bytes = pl;
    *audio_at = HEADER + kl + ml;
out:
    free(k);
    free(m);
    free(buf);
    return rc;
}

/* Removes the entry at path when it is still the file fd has open (another process
 * may have renamed a whole one into place since). */
static void drop(const char *path, int fd)
{
    struct stat now, was;
    if (path && fstat(fd, &was) == 0 && lstat(path, &now) == 0 && now.st_ino == was.st_ino &&
        now.st_dev == was.st_dev)
        unlink(path);
}

int uc_load(const char *dir, const char *key, size_t keylen, int out_fd, char **meta,
            size_t *metalen, unsigned long long *bytes)
{
    *meta = NULL;
    if (!dir || !*dir)
        return 0;
    char *path = uc_path(dir, key, keylen);
    int fd = path ? open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) : -1;
    int rc = 0, damaged = 0;
    unsigned long long at;
    if (fd >= 0) {
        rc = read_entry(fd, key, keylen, out_fd, meta, metalen, bytes, &at, &damaged);
        /* synthesised again, and stored whole */
        if (rc == 0 && damaged)
            drop(path, fd);
        close(fd);
    }
    free(path);
    return rc;
}

char *uc_path(const char *dir, const char *key, size_t keylen)
{
    char name[NAME_LEN + 1];
    entry_name(key, keylen, name);
    return entry_path(dir, name);
}

int uc_check(const char *dir, int fd, const char *key, size_t keylen, char **meta, size_t *metalen,
             unsigned long long *bytes, unsigned long long *audio_at)
{
    *meta = NULL;
    int damaged = 0;
    int rc = read_entry(fd, key, keylen, -1, meta, metalen, bytes, audio_at, &damaged);
    if (rc == 0 && damaged && dir && *dir) {
        char *path = uc_path(dir, key, keylen);
        drop(path, fd);
        free(path);
    }
    return rc == 1;
}

/* ------------------------------------------------------------ blobs */

int uc_blob_put(const char *dir, const char *id, size_t idlen, const char *src_path, int src_fd)
{
    char *path = NULL, *tmp = NULL;
    if (!dir || !*dir || entry_paths(dir, id, idlen, &path, &tmp) != 0)
        return -1;
    int rc = -1;
    if (src_path && link(src_path, tmp) == 0) {
        rc = 0;
    } else {
        /* another file system, or links refused: a copy */
        int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (fd >= 0) {
            int ok = copy_from(src_fd, fd, UC_ALL, NULL) == 0;
            ok &= close(fd) == 0;
            rc = ok ? 0 : -1;
        }
    }
    if (rc == 0 && rename(tmp, path) != 0)
        rc = -1;
    if (rc != 0)
        unlink(tmp);
    free(path);
    free(tmp);
    return rc;
}

int uc_blob_open(const char *dir, const char *id, size_t idlen)
{
    if (!dir || !*dir)
        return -1;
    char *path = uc_path(dir, id, idlen);
    int fd = path ? open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) : -1;
    struct stat st;
    if (fd >= 0 && (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))) {
        close(fd);
        fd = -1;
    }
    /* not marked used: a linked blob is also a file of the user's, whose times are
     * theirs (blobs are trimmed oldest first) */
    free(path);
    return fd;
}

void uc_blob_drop(const char *dir, const char *id, size_t idlen, int fd)
{
    char *path = dir && *dir ? uc_path(dir, id, idlen) : NULL;
    drop(path, fd);
    free(path);
}

/* ------------------------------------------------------------ usage, trim */

void uc_sweep(const char *dir)
{
    sb top = {0};
    sb_printf(&top, "%s/units", dir);
    DIR *d = top.oom ? NULL : opendir(top.s);
    struct dirent *de;
    time_t now = time(NULL);
    while (d && (de = readdir(d))) {
        if (strncmp(de->d_name, ".tmp-", 5) != 0)
            continue;
        struct stat st;
        if (fstatat(dirfd(d), de->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode) &&
            now - st.st_mtime > 3600)
            unlinkat(dirfd(d), de->d_name, 0);
    }
    if (d)
        closedir(d);
    sb_free(&top);
}

typedef struct entry {
    char *path;
    long long size;
    struct timespec used;
} entry;

static int is_name(const char *s, size_t n)
{
    if (strlen(s) != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return 0;
    return 1;
}

/* Every entry (and, with tmp_too, old temporaries, which are removed here). */
static int list(const char *dir, entry **out, size_t *n, int tmp_too)
{
    sb top = {0};
    size_t cap = 0;
    *out = NULL;
    *n = 0;
    sb_printf(&top, "%s/units", dir);
    if (top.oom)
        return -1;
    DIR *d = opendir(top.s);
    if (!d) {
        int e = errno;
        sb_free(&top);
        if (e == ENOENT)
            return 0;
        errno = e;
        return -1;
    }
    struct dirent *de;
    time_t now = time(NULL);
    int rc = 0;
    while (rc == 0 && (de = readdir(d))) {
        if (tmp_too && strncmp(de->d_name, ".tmp-", 5) == 0) {
            sb p = {0};
            struct stat st;
            sb_printf(&p, "%s/%s", top.s, de->d_name);
            if (!p.oom && lstat(p.s, &st) == 0 && S_ISREG(st.st_mode) && now - st.st_mtime > 3600)
                unlink(p.s);
            sb_free(&p);
            continue;
        }
        if (!is_name(de->d_name, 2))
            continue;
        sb sub = {0};
        sb_printf(&sub, "%s/%s", top.s, de->d_name);
        DIR *s = sub.oom ? NULL : opendir(sub.s);
        struct dirent *fe;
        while (s && rc == 0 && (fe = readdir(s))) {
            struct stat st;
            if (!is_name(fe->d_name, NAME_LEN))
                continue;
            sb p = {0};
            sb_printf(&p, "%s/%s", sub.s, fe->d_name);
            if (p.oom || grow((void **)out, &cap, *n + 1, sizeof **out) != 0) {
                sb_free(&p);
                rc = -1;
                errno = ENOMEM;
                break;
            }
            if (lstat(p.s, &st) != 0 || !S_ISREG(st.st_mode)) {
                sb_free(&p);
                continue;
            }
            (*out)[*n].path = sb_take(&p);
            (*out)[*n].size = (long long)st.st_size;
            (*out)[*n].used = st.st_mtim;
            (*n)++;
        }
        if (s)
            closedir(s);
        sb_free(&sub);
    }
    closedir(d);
    sb_free(&top);
    return rc;
}

static void free_list(entry *e, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(e[i].path);
    free(e);
}

int uc_usage(const char *dir, unsigned long long *entries, unsigned long long *bytes)
{
    entry *e;
    size_t n;
    *entries = *bytes = 0;
    if (list(dir, &e, &n, 0) != 0)
        return -1;
    for (size_t i = 0; i < n; i++)
        *bytes += (unsigned long long)e[i].size;
    *entries = n;
    free_list(e, n);
    return 0;
}

static int by_use(const void *a, const void *b)
{
    const entry *x = a, *y = b;
    if (x->used.tv_sec != y->used.tv_sec)
        return x->used.tv_sec < y->used.tv_sec ? -1 : 1;
    if (x->used.tv_nsec != y->used.tv_nsec)
        return x->used.tv_nsec < y->used.tv_nsec ? -1 : 1;
    return strcmp(x->path, y->path);
}

int uc_trim(const char *dir, unsigned long long max_bytes)
{
    entry *e;
    size_t n;
    unsigned long long total = 0;
    if (list(dir, &e, &n, 1) != 0)
        return -1;
    for (size_t i = 0; i < n; i++)
        total += (unsigned long long)e[i].size;
    if (n)
        qsort(e, n, sizeof *e, by_use);
    int rc = 0;
    for (size_t i = 0; i < n && total > max_bytes; i++) {
        if (unlink(e[i].path) != 0 && errno != ENOENT) {
            rc = -1;
            break;
        }
        total -= (unsigned long long)e[i].size;
    }
    free_list(e, n);
    return rc;
}

/* outdir: the output folder. Every file is made through a descriptor of a private
 * staging folder with O_EXCL|O_NOFOLLOW; nothing outside the staging folder is
 * written, replaced or removed unless the earlier manifest proves herald wrote it. */
#define _GNU_SOURCE
#include "outdir.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

#define STAGE_PREFIX ".herald-stage-"
#define JOURNAL ".commit"
#define MANIFEST "index.json"
#define MANIFEST_MAX (16L << 20)
#define JOURNAL_MAX (64L << 20)

typedef struct owned {
    char *name;
    long long bytes; /* -1: any (a manifest of herald 0.1, which did not record it) */
} owned;

struct od_dir {
    char *path;
    int fd, stage_fd;
    char stage[32];
    owned *own;
    size_t nown, cap;
    hmap own_index; /* name -> index into own */
    int manifest_ours; /* index.json is an earlier herald manifest */
    char *render_key;  /* what it says it was rendered from, or NULL */
    int journalled;    /* the commit journal is written: the commit must finish */
    int created;       /* the folder did not exist before: it goes if nothing is committed */
    int locked;        /* this render holds the folder's lock */
    int committed;
};

/* ------------------------------------------------------------ names */

static int all_of(const char *s, size_t n, const char *set)
{
    for (size_t i = 0; i < n; i++)
        if (!(isdigit((unsigned char)s[i]) || islower((unsigned char)s[i])) &&
            !strchr(set, s[i]))
            return 0;
    return 1;
}

int od_name_ours(const char *name)
{
    static const char *const sidecars[] = {MANIFEST,          "playlist.m3u8", "playlist.ffconcat", "captions.vtt",
                                           "captions.srt",    "transcript.json",
                                           "chapters.json",   "feed.xml",      "index.html"};
    static const char *const exts[] = {".wav", ".ogg", ".opus", ".flac", ".mp3", ".vtt", ".srt"};
    for (size_t i = 0; i < sizeof sidecars / sizeof *sidecars; i++)
        if (strcmp(name, sidecars[i]) == 0)
            return 1;
    size_t d = 0, n = strlen(name);
    /* slug.epub: the read-along book */
    if (n > 5 && strcmp(name + n - 5, ".epub") == 0)
        return all_of(name, n - 5, "-");
    /* NN-slug.ext: 2 to 4 digits, a hyphen, lower-case letters, digits, hyphens */
    while (d < n && isdigit((unsigned char)name[d]))
        d++;
    if (d < 2 || d > 9 || d >= n || name[d] != '-')
        return 0;
    const char *dot = strrchr(name, '.');
    if (!dot || dot <= name + d + 1)
        return 0;
    int ext = 0;
    for (size_t i = 0; i < sizeof exts / sizeof *exts; i++)
        ext |= strcmp(dot, exts[i]) == 0;
    return ext && all_of(name + d + 1, (size_t)(dot - name) - d - 1, "-");
}

static const owned *find_owned(const od_dir *d, const char *name)
{
    long i;
    /* herald's names are lower case: the index's disregard of case changes nothing */
    if (hm_get(&d->own_index, name, strlen(name), &i) && strcmp(d->own[i].name, name) == 0)
        return &d->own[i];
    return NULL;
}

/* 1 when dir/name is a regular file (never a symlink) of the size expected. */
static int regular(int dirfd, const char *name, long long bytes)
{
    struct stat st;
    if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
        return 0;
    return bytes < 0 || (long long)st.st_size == bytes;
}

/* ------------------------------------------------------------ the earlier manifest */

static hd_status add_owned(od_dir *d, const char *name, long long bytes)
{
    if (!od_name_ours(name) || strcmp(name, MANIFEST) == 0 || find_owned(d, name))
        return HD_OK;
    if (grow((void **)&d->own, &d->cap, d->nown + 1, sizeof *d->own) != 0 ||
        !(d->own[d->nown].name = xstrdup(name)))
        return HD_ERR_NOMEM;
    d->own[d->nown].bytes = bytes;
    if (hm_put(&d->own_index, name, strlen(name), (long)d->nown, HM_FIRST) != 0) {
        free(d->own[d->nown].name);
        return HD_ERR_NOMEM;
    }
    d->nown++;
    return HD_OK;
}

int od_parse_manifest(const char *text, size_t len, od_file_fn fn, void *user)
{
    json_error_t err;
    json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &err);
    int ok = 0;
    size_t i;
    json_t *v;
    if (!root || !json_is_object(root) || !json_is_string(json_object_get(root, "herald")))
        goto out;
    json_t *files = json_object_get(root, "files"), *chapters = json_object_get(root, "chapters");
    if (json_is_array(files)) {
        json_array_foreach(files, i, v) {
            json_t *name = json_object_get(v, "name"), *bytes = json_object_get(v, "bytes");
            if (json_is_string(name) && json_is_integer(bytes) &&
                fn(user, json_string_value(name), json_integer_value(bytes)) != 0)
                goto out;
        }
    } else if (json_is_array(chapters)) {
        /* herald 0.1 listed its chapters and always wrote these sidecars with them */
        static const char *const legacy[] = {"playlist.m3u8", "captions.vtt", "transcript.json",
                                             "chapters.json"};
        json_array_foreach(chapters, i, v) {
            json_t *name = json_object_get(v, "file");
            if (json_is_string(name) && fn(user, json_string_value(name), -1) != 0)
                goto out;
        }
        for (i = 0; i < sizeof legacy / sizeof *legacy; i++)
            if (fn(user, legacy[i], -1) != 0)
                goto out;
    } else {
        goto out;
    }
    ok = 1;
out:
    json_decref(root);
    return ok;
}

static int owned_file(void *user, const char *name, long long bytes)
{
    return add_owned(user, name, bytes) == HD_OK ? 0 : -1;
}

/* Reads what index.json says herald wrote. A manifest that is not a regular file, too
 * large, not JSON, or not herald's proves nothing: then no file is herald's. */
static hd_status read_manifest(od_dir *d)
{
    int fd = openat(d->fd, MANIFEST, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    struct stat st;
    char *text = NULL;
    hd_status status = HD_OK;
    if (fd < 0)
        return HD_OK;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > MANIFEST_MAX)
        goto out;
    if (!(text = malloc((size_t)st.st_size + 1))) {
        status = HD_ERR_NOMEM;
        goto out;
    }
    size_t n = 0;
    while (n < (size_t)st.st_size) {
        ssize_t r = read(fd, text + n, (size_t)st.st_size - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        n += (size_t)r;
    }
    if (od_parse_manifest(text, n, owned_file, d)) {
        d->manifest_ours = 1;
        json_t *root = json_loadb(text, n, 0, NULL);
        json_t *key = root ? json_object_get(root, "render_key") : NULL;
        if (json_is_string(key) && !(d->render_key = xstrdup(json_string_value(key))))
            status = HD_ERR_NOMEM;
        json_decref(root);
    } else {
        /* what a half-read manifest listed proves nothing either */
        for (size_t i = 0; i < d->nown; i++)
            free(d->own[i].name);
        d->nown = 0;
        hm_free(&d->own_index);
    }
out:
    free(text);
    close(fd);
    return status;
}

/* ------------------------------------------------------------ staging */

/* Removes every entry of a staging folder (never following a link) and the folder. */
static void remove_stage(int dirfd, const char *name)
{
    int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0) {
        DIR *dir = fdopendir(fd);
        struct dirent *e;
        if (dir) {
            while ((e = readdir(dir)) != NULL)
                if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
                    unlinkat(fd, e->d_name, 0);
            closedir(dir);
        } else {
            close(fd);
        }
    }
    unlinkat(dirfd, name, AT_REMOVEDIR);
}

/* Whether a file of the folder is what a journal says it replaces: absent (bytes -1)
 * or a regular file of the recorded size. */
static int as_recorded(int dirfd, const char *name, long long bytes)
{
    struct stat st;
    if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
        return errno == ENOENT && bytes < 0;
    return bytes >= 0 && S_ISREG(st.st_mode) && (long long)st.st_size == bytes;
}

/* Carries out a journal: installs what is still staged where the folder still holds
 * what the commit was to replace (nothing, or herald's earlier file of the recorded
 * size), and removes the earlier files it names if they are still what was recorded.
 * Anything else in the folder since is left alone. */
static void replay(int dirfd, int stagefd, const char *journal, size_t len)
{
    size_t pos = 0, a, b;
    unsigned long line = 0;
    while (conf_line(journal, len, &pos, &line, &a, &b, 0)) {
        char *entry = xstrndup(journal + a, b - a);
        if (!entry)
            return;
        long long bytes = -1;
        char name[256];
        if (entry[0] == 'I' && sscanf(entry, "I %lld %255s", &bytes, name) == 2 &&
            od_name_ours(name)) {
            if (regular(stagefd, name, -1) && as_recorded(dirfd, name, bytes))
                renameat(stagefd, name, dirfd, name);
        } else if (entry[0] == 'D' && sscanf(entry, "D %lld %255s", &bytes, name) == 2 &&
                   od_name_ours(name) && bytes >= 0 && as_recorded(dirfd, name, bytes)) {
            unlinkat(dirfd, name, 0);
        }
        free(entry);
    }
}

/* A staging folder herald made: its name is the prefix and ten of [a-z0-9], it is a
 * directory of this user's, and only they may enter it. Nothing else is touched. */
static int our_stage(int dirfd, const char *name, int *fd)
{
    size_t k = sizeof STAGE_PREFIX - 1;
    struct stat st;
    *fd = -1;
    if (strncmp(name, STAGE_PREFIX, k) != 0 || strlen(name) != k + 10)
        return 0;
    for (size_t i = k; i < k + 10; i++)
        if (!isdigit((unsigned char)name[i]) && !islower((unsigned char)name[i]))
            return 0;
    int sfd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (sfd < 0)
        return 0;
    if (fstat(sfd, &st) != 0 || st.st_uid != geteuid() || (st.st_mode & 07777) != 0700) {
        close(sfd);
        return 0;
    }
    *fd = sfd;
    return 1;
}

/* What an interrupted render left: a journalled commit is finished, anything else
 * staged is removed. Runs under the lock. */
static void recover(od_dir *d)
{
    int fd = dup(d->fd);
    DIR *dir = fd >= 0 ? fdopendir(fd) : NULL;
    struct dirent *e;
    if (!dir) {
        if (fd >= 0)
            close(fd);
        return;
    }
    while ((e = readdir(dir)) != NULL) {
        int sfd;
        if (!our_stage(d->fd, e->d_name, &sfd))
            continue;
        int jfd = openat(sfd, JOURNAL, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        struct stat st;
        if (jfd >= 0 && fstat(jfd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size < JOURNAL_MAX) {
            char *text = malloc((size_t)st.st_size + 1);
            ssize_t r = text ? read(jfd, text, (size_t)st.st_size) : -1;
            /* only a journal that was completely written (it ends in "end") counts */
            if (r >= 4 && memcmp(text + r - 4, "end\n", 4) == 0)
                replay(d->fd, sfd, text, (size_t)r);
            free(text);
        }
        if (jfd >= 0)
            close(jfd);
        close(sfd);
        remove_stage(d->fd, e->d_name);
    }
    closedir(dir);
}

static hd_status make_stage(od_dir *d, hd_diag *diag)
{
    static const char digits[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int attempt = 0; attempt < 100; attempt++) {
        unsigned char rnd[10];
        if (getrandom(rnd, sizeof rnd, 0) != (ssize_t)sizeof rnd) {
            for (size_t i = 0; i < sizeof rnd; i++)
                rnd[i] = (unsigned char)(rand() ^ getpid() ^ attempt);
        }
        size_t k = sizeof STAGE_PREFIX - 1;
        memcpy(d->stage, STAGE_PREFIX, k);
        for (size_t i = 0; i < sizeof rnd; i++)
            d->stage[k++] = digits[rnd[i] % (sizeof digits - 1)];
        d->stage[k] = '\0';
        if (mkdirat(d->fd, d->stage, 0700) == 0) {
            d->stage_fd = openat(d->fd, d->stage, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (d->stage_fd >= 0)
                return HD_OK;
            break;
        }
        if (errno != EEXIST)
            break;
    }
    int e = errno;
    d->stage[0] = '\0';
    diag_set_path(diag, d->path);
    diag_set(diag, 0, 0, "cannot create a staging folder: %s", strerror(e));
    return HD_ERR_CREATE;
}

/* mkdir -p, one component at a time. */
static hd_status make_dirs(const char *path, hd_diag *diag)
{
    char *p = xstrdup(path);
    hd_status st = HD_OK;
    if (!p)
        return HD_ERR_NOMEM;
    size_t n = strlen(p);
    for (size_t i = 1; i <= n; i++) {
        if (i < n && p[i] != '/')
            continue;
        if (p[i - 1] == '/')
            continue;
        char c = p[i];
        p[i] = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST) {
            diag_set_path(diag, p);
            diag_set(diag, 0, 0, "cannot create folder: %s", strerror(errno));
            st = HD_ERR_CREATE;
        }
        p[i] = c;
        if (st != HD_OK)
            break;
    }
    free(p);
    return st;
}

hd_status od_open(const char *path, od_dir **out, hd_diag *diag)
{
    od_dir *d = NULL;
    hd_status st = HD_OK;

    *out = NULL;
    if (!path || !*path) {
        diag_set(diag, 0, 0, "the output folder name is empty");
        return HD_ERR_ARG;
    }
    if (!(d = calloc(1, sizeof *d)) || !(d->path = xstrdup(path))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    d->fd = d->stage_fd = -1;
    struct stat before;
    d->created = stat(path, &before) != 0 && errno == ENOENT;
    if ((st = make_dirs(path, diag)) != HD_OK)
        goto out;
    if ((d->fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0) {
        diag_set_path(diag, path);
        diag_set(diag, 0, 0, errno == ENOTDIR ? "cannot use as output folder: it is a file"
                                              : "cannot open output folder: %s",
                 strerror(errno));
        st = HD_ERR_CREATE;
        goto out;
    }
    if (faccessat(d->fd, ".", W_OK | X_OK, AT_EACCESS) != 0) {
        diag_set_path(diag, path);
        diag_set(diag, 0, 0, "cannot write to output folder: %s", strerror(errno));
        st = HD_ERR_CREATE;
        goto out;
    }
    if (flock(d->fd, LOCK_EX | LOCK_NB) != 0) {
        diag_set_path(diag, path);
        diag_set(diag, 0, 0, errno == EWOULDBLOCK
                                 ? "another herald is rendering into this folder; wait for it, "
                                   "or choose another output folder"
                                 : "cannot lock output folder: %s",
                 strerror(errno));
        st = HD_ERR_CREATE;
        goto out;
    }
    d->locked = 1;
    recover(d);
    if ((st = read_manifest(d)) != HD_OK || (st = make_stage(d, diag)) != HD_OK)
        goto out;
    *out = d;
    d = NULL;
out:
    od_close(d);
    return st;
}

hd_status od_check(const od_dir *d, const char *name, hd_diag *diag)
{
    struct stat st;
    if (fstatat(d->fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0 && errno == ENOENT)
        return HD_OK;
    if (strcmp(name, MANIFEST) == 0 ? d->manifest_ours && regular(d->fd, name, -1)
                                    : find_owned(d, name) &&
                                          regular(d->fd, name, find_owned(d, name)->bytes))
        return HD_OK;
    diag_set_path(diag, d->path);
    diag_set(diag, 0, 0,
             "%s is there already and herald did not write it (or it was changed since); "
             "move it, or choose another output folder",
             name);
    return HD_ERR_CREATE;
}

int od_create(od_dir *d, const char *name, hd_diag *diag)
{
    int fd = openat(d->stage_fd, name, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) {
        diag_set_path(diag, d->path);
        diag_set(diag, 0, 0, "cannot create %s: %s", name, strerror(errno));
    }
    return fd;
}

int od_reopen(od_dir *d, const char *name, hd_diag *diag)
{
    /* O_NONBLOCK: a name linked in from elsewhere (od_link) might be a FIFO */
    int fd = openat(d->stage_fd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        diag_set_path(diag, d->path);
        diag_set(diag, 0, 0, "cannot read back %s: %s", name, strerror(errno));
    }
    return fd;
}

int od_link(od_dir *d, const char *name, const char *path)
{
    return linkat(AT_FDCWD, path, d->stage_fd, name, 0);
}

void od_discard(od_dir *d, const char *name) { unlinkat(d->stage_fd, name, 0); }

char *od_stage_path(const od_dir *d, const char *name)
{
    sb b = {0};
    sb_printf(&b, "%s/%s/%s", d->path, d->stage, name);
    return sb_take(&b);
}

long long od_size(od_dir *d, const char *name)
{
    struct stat st;
    return fstatat(d->stage_fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 ? (long long)st.st_size : -1;
}

hd_status od_prepend(od_dir *d, const char *name, const void *head, size_t n, hd_diag *diag)
{
    char tmp[300];
    if (snprintf(tmp, sizeof tmp, ".head-%s", name) >= (int)sizeof tmp)
        return HD_ERR_CREATE;
    int in = od_reopen(d, name, diag);
    if (in < 0)
        return HD_ERR_WRITE;
    int out = od_create(d, tmp, diag);
    if (out < 0) {
        close(in);
        return HD_ERR_CREATE;
    }
    hd_status st = HD_OK;
    int e = 0;
    char buf[1 << 16];
    if (fd_write_all(out, head, n) != 0) {
        st = HD_ERR_WRITE;
        e = errno;
    }
    for (ssize_t got; st == HD_OK && (got = read(in, buf, sizeof buf)) != 0;) {
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0 || fd_write_all(out, buf, (size_t)got) != 0) {
            st = HD_ERR_WRITE;
            e = errno;
        }
    }
    if (st == HD_OK)
        sync_file_range(out, 0, 0, SYNC_FILE_RANGE_WRITE); /* durable at od_commit */
    close(in);
    if (close(out) != 0 && st == HD_OK) {
        st = HD_ERR_WRITE;
        e = errno;
    }
    if (st == HD_OK && renameat(d->stage_fd, tmp, d->stage_fd, name) != 0) {
        st = HD_ERR_WRITE;
        e = errno;
    }
    if (st != HD_OK) {
        unlinkat(d->stage_fd, tmp, 0);
        diag_set_path(diag, d->path);
        diag_set(diag, 0, 0, "cannot write %s: %s", name, strerror(e));
    }
    return st;
}

hd_status od_write(od_dir *d, const char *name, const char *text, hd_diag *diag)
{
    int fd = od_create(d, name, diag);
    if (fd < 0)
        return HD_ERR_CREATE;
    /* durable at od_commit; its writing starts now */
    hd_status st = fd_write_all(fd, text, strlen(text)) == 0 ? HD_OK : HD_ERR_WRITE;
    if (st == HD_OK)
        sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
    int e = errno;
    if (close(fd) != 0 && st == HD_OK) {
        st = HD_ERR_WRITE;
        e = errno;
    }
    if (st != HD_OK) {
        diag_set_path(diag, d->path);
        diag_set(diag, 0, 0, "cannot write %s: %s", name, strerror(e));
    }
    return st;
}

hd_status od_commit(od_dir *d, const char *const *names, size_t n, hd_diag *diag)
{
    sb j = {0};
    hd_status st = HD_OK;
    int jfd = -1;
    hmap fresh = {0};
    char *gone = calloc(d->nown + 1, 1); /* earlier files this render does not write */
    long v;

    if (!gone)
        return HD_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        if ((st = od_check(d, names[i], diag)) != HD_OK)
            goto out;
        if (hm_put(&fresh, names[i], strlen(names[i]), 1, HM_FIRST) != 0) {
            st = HD_ERR_NOMEM;
            goto out;
        }
    }
    /* each installed name with what it replaces: nothing (-1), or herald's earlier file
     * of that size; a replay installs only over that */
    for (size_t i = 0; i < n; i++) {
        struct stat cur;
        long long was = fstatat(d->fd, names[i], &cur, AT_SYMLINK_NOFOLLOW) == 0
                            ? (long long)cur.st_size
                            : -1;
        sb_printf(&j, "I %lld %s\n", was, names[i]);
    }
    for (size_t i = 0; i < d->nown; i++) {
        gone[i] = !hm_get(&fresh, d->own[i].name, strlen(d->own[i].name), &v) &&
                  regular(d->fd, d->own[i].name, d->own[i].bytes);
        if (gone[i])
            sb_printf(&j, "D %lld %s\n", d->own[i].bytes, d->own[i].name);
    }
    sb_puts(&j, "end\n");
    if (j.oom) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    /* The staged files on disk (their writing started when each was closed: one
     * journal commit usually covers them all), their names too, then the journal: a
     * commit cut short, by a kill or a power cut, is finished by the next render. */
    for (size_t i = 0; i < n; i++) {
        int fd = openat(d->stage_fd, names[i], O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        int bad = fd < 0 || fdatasync(fd) != 0;
        int err = errno;
        if (!bad)
            posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        if (fd >= 0)
            close(fd);
        if (bad) {
            diag_set_path(diag, d->path);
            diag_set(diag, 0, 0, "cannot write %s to disk: %s", names[i], strerror(err));
            st = HD_ERR_WRITE;
            goto out;
        }
    }
    fsync(d->stage_fd);
    if ((jfd = od_create(d, JOURNAL, diag)) < 0) {
        st = HD_ERR_CREATE;
        goto out;
    }
    if (fd_write_all(jfd, j.s, j.len) != 0 || fdatasync(jfd) != 0) {
        diag_set_path(diag, d->path);
        diag_set(diag, 0, 0, "cannot write the commit journal: %s", strerror(errno));
        st = HD_ERR_WRITE;
        goto out;
    }
    d->journalled = 1;
    for (size_t i = 0; i < n; i++)
        if (renameat(d->stage_fd, names[i], d->fd, names[i]) != 0) {
            diag_set_path(diag, d->path);
            diag_set(diag, 0, 0, "cannot move %s into place: %s", names[i], strerror(errno));
            st = HD_ERR_WRITE;
            goto out;
        }
    for (size_t i = 0; i < d->nown; i++)
        if (gone[i] && regular(d->fd, d->own[i].name, d->own[i].bytes))
            unlinkat(d->fd, d->own[i].name, 0);
    fsync(d->fd); /* the renames, before the journal goes */
    d->committed = 1;
out:
    if (jfd >= 0)
        close(jfd);
    sb_free(&j);
    hm_free(&fresh);
    free(gone);
    return st;
}

void od_close(od_dir *d)
{
    if (!d)
        return;
    if (d->stage_fd >= 0)
        close(d->stage_fd);
    /* A commit that failed half-way keeps its journal for the next render to finish;
     * otherwise (done, or never begun) the staging folder goes. */
    if (d->stage[0] && d->fd >= 0) {
        if (!d->journalled || d->committed)
            remove_stage(d->fd, d->stage);
    }
    /* only the render that held the lock may take back the folder it made (and only
     * when empty): another could be working in it */
    if (d->created && d->locked && !d->committed)
        rmdir(d->path);
    if (d->fd >= 0)
        close(d->fd); /* releases the lock, after the folder is gone if it goes */
    for (size_t i = 0; i < d->nown; i++)
        free(d->own[i].name);
    free(d->own);
    hm_free(&d->own_index);
    free(d->render_key);
    free(d->path);
    free(d);
}

int od_unchanged(const od_dir *d, const char *key)
{
    if (!d->manifest_ours || !d->render_key || strcmp(d->render_key, key) != 0 || d->nown == 0 ||
        !regular(d->fd, MANIFEST, -1))
        return 0;
    for (size_t i = 0; i < d->nown; i++)
        if (d->own[i].bytes < 0 || !regular(d->fd, d->own[i].name, d->own[i].bytes))
            return 0;
    return 1;
}

/* Tests of cache.c and ucache.c: records and units' audio come back as stored; a
 * record or entry whose key is not the one asked for (a hash collision, a damaged or
 * cut file, a symlink) reads as a miss, a damaged entry is removed; processes writing
 * at once never leave one half written; trimming takes the least recently used. */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cache.h"
#include "harness.h"
#include "ucache.h"

/* A file of n bytes of a pattern that depends on `seed`, open for reading. */
static int pattern_file(const char *dir, const char *name, size_t n, int seed)
{
    char *path = h_path(dir, name);
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)(i * 7 + (size_t)seed * 13 + i / 251);
        if (write(fd, &c, 1) != 1)
            break;
    }
    return fd;
}

/* Loads `key` into a fresh file; returns uc_load's result, the audio in *audio. */
static int load(const char *dir, const char *root, const char *key, char **meta, size_t *ml,
                char **audio, size_t *al)
{
    char *path = h_path(root, "loaded");
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
    unsigned long long bytes = 0;
    int got = uc_load(dir, key, strlen(key), fd, meta, ml, &bytes);
    close(fd);
    *audio = h_read_file(h_path(root, "loaded"), al);
    CHECKF(got != 1 || bytes == *al, "%llu bytes said, %zu written", bytes, *al);
    return got;
}

/* Every entry file under dir/units. */
static void each_entry(const char *dir, const char *shell_action)
{
    char cmd[5200];
    snprintf(cmd, sizeof cmd, "for f in '%s'/units/[0-9a-f][0-9a-f]/*; do %s; done", dir, shell_action);
    CHECK(system(cmd) == 0);
}

/* The streaming hash: the same bytes give the same hash however they are split, and
 * different bytes a different one (every byte counts, the tail's too). */
static void test_hash(void)
{
    const char *all = "abcdefghijklmnopqrstuvwxyz0123456789";
    size_t n = strlen(all);
    uc_hash one;
    uc_hash_init(&one, 7);
    uc_hash_add(&one, all, n);
    unsigned long long want = uc_hash_end(&one);
    for (size_t a = 0; a <= n; a++)
        for (size_t b = a; b <= n; b += 3) {
            uc_hash h;
            uc_hash_init(&h, 7);
            uc_hash_add(&h, all, a);
            uc_hash_add(&h, all + a, b - a);
            uc_hash_add(&h, all + b, 0);
            uc_hash_add(&h, all + b, n - b);
            CHECKF(uc_hash_end(&h) == want, "split at %zu and %zu", a, b);
        }
    uc_hash x, y;
    uc_hash_init(&x, 7);
    uc_hash_init(&y, 7);
    uc_hash_add(&x, "abc", 3);
    uc_hash_add(&x, "de", 2);
    uc_hash_add(&x, "fghijkl", 7);
    uc_hash_add(&y, "XYZ", 3);
    uc_hash_add(&y, "QQ", 2);
    uc_hash_add(&y, "fghijkl", 7);
    CHECK(uc_hash_end(&x) != uc_hash_end(&y));
}

/* The file checksum: the same however the bytes come, and it sees every byte (one
 * changed anywhere, or one more zero at the end). */
static void test_sum(void)
{
    unsigned char buf[300];
    for (size_t i = 0; i < sizeof buf; i++)
        buf[i] = (unsigned char)(i * 37 + 11);
    uc_sum one;
    uc_sum_init(&one);
    uc_sum_add(&one, buf, sizeof buf);
    unsigned long long want = uc_sum_end(&one);
    for (size_t a = 0; a <= sizeof buf; a += 7)
        for (size_t b = a; b <= sizeof buf; b += 13) {
            uc_sum h;
            uc_sum_init(&h);
            uc_sum_add(&h, buf, a);
            uc_sum_add(&h, buf + a, b - a);
            uc_sum_add(&h, buf + b, 0);
            uc_sum_add(&h, buf + b, sizeof buf - b);
            CHECKF(uc_sum_end(&h) == want, "split at %zu and %zu", a, b);
        }
    for (size_t i = 0; i < sizeof buf; i += 29) {
        buf[i] ^= 1;
        uc_sum h;
        uc_sum_init(&h);
        uc_sum_add(&h, buf, sizeof buf);
        CHECKF(uc_sum_end(&h) != want, "byte %zu changed", i);
        buf[i] ^= 1;
    }
    unsigned char zeros[64] = {0};
    uc_sum z1, z2;
    uc_sum_init(&z1);
    uc_sum_init(&z2);
    uc_sum_add(&z1, zeros, 32);
    uc_sum_add(&z2, zeros, 33);
    CHECK(uc_sum_end(&z1) != uc_sum_end(&z2));
}

static void test_units(const char *root)
{
    char dir[4200];
    snprintf(dir, sizeof dir, "%s/units-cache", root);
    unsigned long long n = 9, bytes = 9;
    CHECK_INT(uc_usage(dir, &n, &bytes), 0); /* never made: empty */
    CHECK_INT(n, 0);
    int a = pattern_file(root, "a.pcm", 100003, 1);
    CHECK_INT(uc_store(dir, "key A", 5, "meta of A", 9, a, 100003), 0);
    char *meta = NULL, *audio = NULL;
    size_t ml = 0, al = 0;
    CHECK_INT(load(dir, root, "key A", &meta, &ml, &audio, &al), 1);
    size_t want_len = 0;
    char *want = h_read_file(h_path(root, "a.pcm"), &want_len);
    CHECK(meta && ml == 9 && memcmp(meta, "meta of A", 9) == 0);
    CHECK(audio && want && al == want_len && memcmp(audio, want, al) == 0);
    free(meta);
    free(audio);
    CHECK_INT(load(dir, root, "key B", &meta, &ml, &audio, &al), 0);
    CHECK(meta == NULL);
    free(audio);
    CHECK_INT(uc_usage(dir, &n, &bytes), 0);
    CHECK_INT(n, 1);
    CHECK(bytes > 100003 && bytes < 100003 + 200);

    /* one byte of the audio changed: a miss, and the entry goes */
    each_entry(dir, "printf 'Z' | dd of=\"$f\" bs=1 seek=50000 conv=notrunc 2>/dev/null");
    CHECK_INT(load(dir, root, "key A", &meta, &ml, &audio, &al), 0);
    free(audio);
    CHECK_INT(uc_usage(dir, &n, &bytes), 0);
    CHECK_INT(n, 0);
    /* the last byte of an odd-sized audio changed (it sits in the hash's tail) */
    int odd = pattern_file(root, "odd.pcm", 1003, 9);
    CHECK_INT(uc_store(dir, "key O", 5, "m3", 2, odd, 1003), 0);
    each_entry(dir, "s=$(stat -c %s \"$f\"); printf 'Z' | dd of=\"$f\" bs=1 seek=$((s - 9)) conv=notrunc 2>/dev/null");
    CHECK_INT(load(dir, root, "key O", &meta, &ml, &audio, &al), 0);
    free(audio);
    close(odd);
    /* cut short, or one byte longer: a miss */
    CHECK_INT(uc_store(dir, "key A", 5, "meta of A", 9, a, 100003), 0);
    each_entry(dir, "truncate -s -10 \"$f\"");
    CHECK_INT(load(dir, root, "key A", &meta, &ml, &audio, &al), 0);
    free(audio);
    CHECK_INT(uc_store(dir, "key A", 5, "meta of A", 9, a, 100003), 0);
    each_entry(dir, "printf x >> \"$f\"");
    CHECK_INT(load(dir, root, "key A", &meta, &ml, &audio, &al), 0);
    free(audio);
    /* a symlink in an entry's place is not followed */
    CHECK_INT(uc_store(dir, "key A", 5, "meta of A", 9, a, 100003), 0);
    char cmd[20000];
    snprintf(cmd, sizeof cmd, "for f in '%s'/units/[0-9a-f][0-9a-f]/*; do cp \"$f\" '%s/copy'; rm \"$f\"; "
             "ln -s '%s/copy' \"$f\"; done", dir, root, root);
    CHECK(system(cmd) == 0);
    CHECK_INT(load(dir, root, "key A", &meta, &ml, &audio, &al), 0);
    free(audio);
    CHECK_INT(uc_trim(dir, 0), 0);
    snprintf(cmd, sizeof cmd, "find '%s/units' -type l | grep -q .", dir);
    CHECK(system(cmd) == 0); /* not an entry: trimming leaves what it did not make */
    snprintf(cmd, sizeof cmd, "find '%s/units' -type l -delete", dir);
    CHECK(system(cmd) == 0);

    /* least recently used first: A, B, C stored in that order, then A used */
    const char *keys[3] = {"key A", "key B", "key C"};
    for (int k = 0; k < 3; k++) {
        CHECK_INT(uc_store(dir, keys[k], 5, "m", 1, a, 100003), 0);
        snprintf(cmd, sizeof cmd, "for f in '%s'/units/[0-9a-f][0-9a-f]/*; do [ \"$(stat -c %%Y \"$f\")\" -lt 100000 ] "
                 "|| touch -d @%d \"$f\"; done", dir, 1000 + 1000 * k);
        CHECK(system(cmd) == 0);
    }
    CHECK_INT(load(dir, root, "key A", &meta, &ml, &audio, &al), 1);
    free(meta);
    free(audio);
    CHECK_INT(uc_usage(dir, &n, &bytes), 0);
    CHECK_INT(n, 3);
    CHECK_INT(uc_trim(dir, bytes - 1), 0); /* one must go: B, the oldest */
    CHECK_INT(load(dir, root, "key B", &meta, &ml, &audio, &al), 0);
    free(audio);
    CHECK_INT(load(dir, root, "key A", &meta, &ml, &audio, &al), 1);
    free(meta);
    free(audio);
    CHECK_INT(load(dir, root, "key C", &meta, &ml, &audio, &al), 1);
    free(meta);
    free(audio);
    CHECK_INT(uc_trim(dir, 0), 0);
    CHECK_INT(uc_usage(dir, &n, &bytes), 0);
    CHECK_INT(n, 0);

    /* eight processes storing the same key at once, each its own audio: what is there
     * is whole, one of theirs */
    int fds[8];
    char names[8][24];
    for (int k = 0; k < 8; k++) {
        snprintf(names[k], sizeof names[k], "p%d.pcm", k);
        fds[k] = pattern_file(root, names[k], 65536 + 17, k + 2);
    }
    pid_t kids[8];
    for (int k = 0; k < 8; k++)
        if ((kids[k] = fork()) == 0) {
            for (int i = 0; i < 20; i++)
                uc_store(dir, "shared", 6, names[k], strlen(names[k]), fds[k], 65536 + 17);
            _exit(0);
        }
    for (int k = 0; k < 8; k++)
        waitpid(kids[k], NULL, 0);
    CHECK_INT(load(dir, root, "shared", &meta, &ml, &audio, &al), 1);
    int whose = -1;
    for (int k = 0; meta && k < 8; k++)
        if (ml == strlen(names[k]) && memcmp(meta, names[k], ml) == 0)
            whose = k;
    CHECK(whose >= 0);
    if (whose >= 0) {
        size_t pl = 0;
        char *p = h_read_file(h_path(root, names[whose]), &pl);
        CHECKF(p && audio && pl == al && memcmp(p, audio, al) == 0, "entry of process %d torn", whose);
        free(p);
    }
    free(meta);
    free(audio);
    snprintf(cmd, sizeof cmd, "ls -a '%s/units' | grep -q '^.tmp-'", dir);
    CHECK(system(cmd) != 0);
    /* a temporary a killed process left: gone once an hour old, not before */
    snprintf(cmd, sizeof cmd, "touch '%s/units/.tmp-old' '%s/units/.tmp-new' && touch -d @1000 "
             "'%s/units/.tmp-old'", dir, dir, dir);
    CHECK(system(cmd) == 0);
    CHECK_INT(uc_trim(dir, 1ull << 40), 0);
    snprintf(cmd, sizeof cmd, "test ! -e '%s/units/.tmp-old' && test -e '%s/units/.tmp-new'", dir, dir);
    CHECK(system(cmd) == 0);
    for (int k = 0; k < 8; k++)
        close(fds[k]);
    close(a);
    free(want);
}

int main(void)
{
    char *root = h_tempdir(), dir[4200], value[128];
    snprintf(dir, sizeof dir, "%s/a/b/herald", root);

    CHECK(!cache_get(dir, "voice", "en-gb", value, sizeof value));
    cache_put(dir, "voice", "en-gb", "gmw/en");
    CHECK(cache_get(dir, "voice", "en-gb", value, sizeof value));
    CHECK_STR(value, "gmw/en");
    CHECK(!cache_get(dir, "voice", "en-us", value, sizeof value));
    CHECK(!cache_get(dir, "gain", "en-gb", value, sizeof value));
    CHECK(!cache_get(NULL, "voice", "en-gb", value, sizeof value));
    CHECK(!cache_get(dir, "voice", "en-gb", value, 3)); /* does not fit */
    cache_put(dir, "voice", "en-gb", "gmw/en+m3");      /* a later value replaces */
    CHECK(cache_get(dir, "voice", "en-gb", value, sizeof value));
    CHECK_STR(value, "gmw/en+m3");
    /* values and keys with line breaks are not stored */
    cache_put(dir, "voice", "bad\nkey", "x");
    cache_put(dir, "voice", "key", "bad\nvalue");
    CHECK(!cache_get(dir, "voice", "key", value, sizeof value));

    /* damage every record in the directory: a cut one, one with another key */
    char cmd[4400];
    snprintf(cmd, sizeof cmd, "for f in '%s'/voice-*; do printf 'en-gb\\ngmw' > \"$f\"; done", dir);
    CHECK(system(cmd) == 0);
    CHECK(!cache_get(dir, "voice", "en-gb", value, sizeof value));
    snprintf(cmd, sizeof cmd, "for f in '%s'/voice-*; do printf 'en-us\\nx\\n' > \"$f\"; done", dir);
    CHECK(system(cmd) == 0);
    CHECK(!cache_get(dir, "voice", "en-gb", value, sizeof value));
    /* a symlink in its place is not read */
    snprintf(cmd, sizeof cmd,
             "printf 'en-gb\\nevil\\n' > '%s/target'; for f in '%s'/voice-*; do rm \"$f\"; "
             "ln -s '%s/target' \"$f\"; done", root, dir, root);
    CHECK(system(cmd) == 0);
    CHECK(!cache_get(dir, "voice", "en-gb", value, sizeof value));

    /* eight processes writing the same record at once: whatever is there is whole */
    for (int round = 0; round < 5; round++) {
        pid_t kids[8];
        for (int k = 0; k < 8; k++)
            if ((kids[k] = fork()) == 0) {
                char v[64];
                snprintf(v, sizeof v, "value-%d-%d-%s", round, k, "padding padding padding");
                for (int i = 0; i < 50; i++)
                    cache_put(dir, "gain", "shared", v);
                _exit(0);
            }
        for (int k = 0; k < 8; k++)
            waitpid(kids[k], NULL, 0);
        CHECK(cache_get(dir, "gain", "shared", value, sizeof value));
        CHECKF(strncmp(value, "value-", 6) == 0 && strstr(value, "padding padding padding"),
               "record [%s]", value);
    }
    /* no temporaries left behind */
    snprintf(cmd, sizeof cmd, "ls -a '%s' | grep -q '^.tmp-'", dir);
    CHECK(system(cmd) != 0);
    test_hash();
    test_sum();
    test_units(root);
    h_rmtree(root);
    free(root);
    return h_report("test_cache");
}

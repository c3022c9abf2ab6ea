/* Tests of cache.c: records come back as stored, a record whose key is not the one
 * asked for (a hash collision, a damaged or cut file, a symlink) reads as a miss, and
 * processes writing at once never leave a record half written. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cache.h"
#include "harness.h"

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
    h_rmtree(root);
    free(root);
    return h_report("test_cache");
}

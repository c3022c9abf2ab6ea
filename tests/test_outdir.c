/* Tests of outdir.c: the folder is locked, only files herald's manifest proves it
 * wrote are replaced or removed, a commit is all-or-nothing and an interrupted one is
 * finished by the next opening, nothing outside the staging folder is touched before
 * the commit. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"
#include "outdir.h"


static int exists(const char *dir, const char *name)
{
    struct stat st;
    return lstat(h_path(dir, name), &st) == 0;
}


/* A complete render by hand: the files, then the manifest listing them. */
static void render(od_dir *d, const char *const *names, size_t n, const char *body)
{
    char manifest[4096];
    size_t k = (size_t)snprintf(manifest, sizeof manifest, "{\"herald\": \"test\", \"files\": [");
    for (size_t i = 0; i < n; i++) {
        CHECK_INT(od_write(d, names[i], body, NULL), HD_OK);
        k += (size_t)snprintf(manifest + k, sizeof manifest - k, "%s{\"name\": \"%s\", \"bytes\": %zu}",
                              i ? ", " : "", names[i], strlen(body));
    }
    snprintf(manifest + k, sizeof manifest - k, "]}\n");
    CHECK_INT(od_write(d, "index.json", manifest, NULL), HD_OK);
    const char *all[16];
    for (size_t i = 0; i < n; i++)
        all[i] = names[i];
    all[n] = "index.json";
    CHECK_INT(od_commit(d, all, n + 1, NULL), HD_OK);
}

static void test_names(void)
{
    static const struct {
        const char *name;
        int ours;
    } cases[] = {
        {"01-introduction.ogg", 1}, {"12-question-from-agence-nord.mp3", 1}, {"001-a.flac", 1},
        {"10000-text-part-10000.wav", 1},
        {"index.json", 1},          {"captions.vtt", 1},  {"01-intro.vtt", 1},
        {"precious.txt", 0},        {"1-a.ogg", 0},       {"01-A.ogg", 0},
        {"01-a.exe", 0},            {"../01-a.ogg", 0},   {"01-a/b.ogg", 0},
        {"01-.ogg", 0},             {"01-a b.ogg", 0},    {".index.json.part-12", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        CHECKF(od_name_ours(cases[i].name) == cases[i].ours, "%s", cases[i].name);
}

static void test_lifecycle(void)
{
    char *root = h_tempdir(), out[4200];
    snprintf(out, sizeof out, "%s/a/b/out", root);
    hd_diag diag = {0};
    od_dir *d = NULL, *d2 = NULL;

    CHECK_INT(od_open("", &d, &diag), HD_ERR_ARG);
    CHECK(d == NULL);

    /* made with its parents; nothing committed: the new folder goes again */
    CHECK_INT(od_open(out, &d, &diag), HD_OK);
    CHECK_INT(h_count_prefix(out, ".herald-stage-"), 1);
    /* a second render into the folder is refused while the first holds it */
    CHECK_INT(od_open(out, &d2, &diag), HD_ERR_CREATE);
    CHECK(strstr(diag.message, "another herald") != NULL);
    od_close(d);
    CHECK(access(out, F_OK) != 0);

    /* a first render */
    const char *first[] = {"01-introduction.ogg", "02-body.ogg", "captions.vtt"};
    CHECK_INT(od_open(out, &d, &diag), HD_OK);
    CHECK(d != NULL);
    if (!d)
        goto out;
    /* staged files are nowhere to be seen before the commit */
    CHECK_INT(od_write(d, "01-introduction.ogg", "x", NULL), HD_OK);
    CHECK(!exists(out, "01-introduction.ogg"));
    od_discard(d, "01-introduction.ogg");
    render(d, first, 3, "first");
    od_close(d);
    CHECK(exists(out, "01-introduction.ogg") && exists(out, "02-body.ogg") && exists(out, "index.json"));
    CHECK_INT(h_count_prefix(out, ".herald-stage-"), 0);

    /* a user's files beside them */
    h_write_file(h_path(out, "notes.txt"), "mine");
    h_write_file(h_path(out, "playlist.m3u8"), "#EXTM3U\nmine\n");

    /* a second render: its files replace the first's, the first's others go, the
     * user's stay; the user's playlist is a conflict */
    CHECK_INT(od_open(out, &d, &diag), HD_OK);
    CHECK_INT(od_check(d, "01-introduction.ogg", &diag), HD_OK);
    CHECK_INT(od_check(d, "index.json", &diag), HD_OK);
    CHECK_INT(od_check(d, "03-new.ogg", &diag), HD_OK);
    CHECK_INT(od_check(d, "playlist.m3u8", &diag), HD_ERR_CREATE);
    CHECK(strstr(diag.message, "playlist.m3u8") != NULL);
    CHECK_INT(od_check(d, "notes.txt", &diag), HD_ERR_CREATE);
    const char *second[] = {"01-introduction.ogg", "03-new.ogg"};
    render(d, second, 2, "second!");
    od_close(d);
    char *t = h_read_file(h_path(out, "01-introduction.ogg"), NULL);
    CHECK_STR(t, "second!");
    free(t);
    CHECK(!exists(out, "02-body.ogg") && !exists(out, "captions.vtt"));
    CHECK(exists(out, "03-new.ogg") && exists(out, "notes.txt") && exists(out, "playlist.m3u8"));
    t = h_read_file(h_path(out, "playlist.m3u8"), NULL);
    CHECK_STR(t, "#EXTM3U\nmine\n");
    free(t);

    /* a file changed since herald wrote it is no longer herald's */
    h_write_file(h_path(out, "03-new.ogg"), "edited by hand, longer");
    CHECK_INT(od_open(out, &d, &diag), HD_OK);
    CHECK_INT(od_check(d, "03-new.ogg", &diag), HD_ERR_CREATE);
    /* nor is a symlink under one of its names */
    unlink(h_path(out, "01-introduction.ogg"));
    char target[4400];
    snprintf(target, sizeof target, "%s/victim", root);
    CHECK(symlink(target, h_path(out, "01-introduction.ogg")) == 0);
    CHECK_INT(od_check(d, "01-introduction.ogg", &diag), HD_ERR_CREATE);
    od_close(d);
out:
    h_rmtree(root);
    free(root);
}

/* A manifest from elsewhere cannot make herald remove what it did not write. */
static void test_crafted_manifest(void)
{
    char *out = h_tempdir();
    hd_diag diag = {0};
    od_dir *d = NULL;
    h_write_file(h_path(out, "precious.txt"), "keep me");
    h_write_file(h_path(out, "01-a.ogg"), "a user's recording");
    h_write_file(h_path(out, "index.json"),
                 "{\"herald\": \"0.1.0\", \"chapters\": [{\"file\": \"precious.txt\"}, "
                 "{\"file\": \"../precious.txt\"}, {\"file\": \"/etc/passwd\"}], "
                 "\"files\": [{\"name\": \"precious.txt\", \"bytes\": 7}, "
                 "{\"name\": \"01-a.ogg\", \"bytes\": 1}]}");
    CHECK_INT(od_open(out, &d, &diag), HD_OK);
    if (d) {
        CHECK_INT(od_check(d, "01-a.ogg", &diag), HD_ERR_CREATE); /* size differs */
        const char *mine[] = {"02-b.ogg"};
        render(d, mine, 1, "b");
        od_close(d);
    }
    char *t = h_read_file(h_path(out, "precious.txt"), NULL);
    CHECK_STR(t, "keep me");
    free(t);
    t = h_read_file(h_path(out, "01-a.ogg"), NULL);
    CHECK_STR(t, "a user's recording");
    free(t);
    /* not JSON, or JSON that is not herald's: index.json is the user's */
    h_write_file(h_path(out, "index.json"), "{\"herald\": 1, \"files\": [");
    CHECK_INT(od_open(out, &d, &diag), HD_OK);
    if (d) {
        CHECK_INT(od_check(d, "index.json", &diag), HD_ERR_CREATE);
        CHECK_INT(od_check(d, "02-b.ogg", &diag), HD_ERR_CREATE);
        od_close(d);
    }
    /* a symlink as index.json is never read */
    unlink(h_path(out, "index.json"));
    h_write_file(h_path(out, "elsewhere.json"), "{\"herald\": \"x\", \"files\": [{\"name\": \"02-b.ogg\", \"bytes\": 1}]}");
    CHECK(symlink("elsewhere.json", h_path(out, "index.json")) == 0);
    CHECK_INT(od_open(out, &d, &diag), HD_OK);
    if (d) {
        CHECK_INT(od_check(d, "02-b.ogg", &diag), HD_ERR_CREATE);
        CHECK_INT(od_check(d, "index.json", &diag), HD_ERR_CREATE);
        od_close(d);
    }
    h_rmtree(out);
    free(out);
}

/* What an interrupted render leaves: a staging folder without a journal goes; one
 * whose journal is complete is carried out; a symlink named like one is left alone. */
static void test_recovery(void)
{
    char *out = h_tempdir(), *victim = h_tempdir();
    hd_diag diag = {0};
    od_dir *d = NULL;
    h_write_file(h_path(victim, "keep"), "x");
    CHECK(symlink(victim, h_path(out, ".herald-stage-aaaaaaaaaa")) == 0);
    CHECK(mkdir(h_path(out, ".herald-stage-bbbbbbbbbb"), 0700) == 0);
    h_write_file(h_path(out, ".herald-stage-bbbbbbbbbb/01-x.ogg"), "half");
    CHECK(mkdir(h_path(out, ".herald-stage-cccccccccc"), 0700) == 0);
    h_write_file(h_path(out, ".herald-stage-cccccccccc/01-y.ogg"), "done");
    h_write_file(h_path(out, "02-old.ogg"), "old");
    h_write_file(h_path(out, "03-other.ogg"), "other");
    h_write_file(h_path(out, ".herald-stage-cccccccccc/04-w.ogg"), "staged");
    h_write_file(h_path(out, "04-w.ogg"), "a user's file put there since");
    h_write_file(h_path(out, ".herald-stage-cccccccccc/.commit"),
                 "I -1 01-y.ogg\nI -1 04-w.ogg\nD 3 02-old.ogg\nD 99 03-other.ogg\nD 3 ../outside\nend\n");
    /* folders named like staging that herald did not make: left as they are */
    CHECK(mkdir(h_path(out, ".herald-stage-my-notes"), 0700) == 0);
    h_write_file(h_path(out, ".herald-stage-my-notes/todo.txt"), "precious");
    CHECK(mkdir(h_path(out, ".herald-stage-eeeeeeeeee"), 0755) == 0); /* not private */
    h_write_file(h_path(out, ".herald-stage-eeeeeeeeee/.commit"), "I -1 05-v.ogg\nend\n");
    h_write_file(h_path(out, ".herald-stage-eeeeeeeeee/05-v.ogg"), "planted");
    CHECK_INT(od_open(out, &d, &diag), HD_OK);
    od_close(d);
    CHECK(exists(out, ".herald-stage-aaaaaaaaaa"));          /* the symlink, untouched */
    CHECK(access(h_path(victim, "keep"), F_OK) == 0);             /* and what it points to */
    CHECK(!exists(out, ".herald-stage-bbbbbbbbbb"));          /* unfinished: gone */
    CHECK(!exists(out, "01-x.ogg"));
    CHECK(!exists(out, ".herald-stage-cccccccccc"));          /* journalled: carried out */
    char *t = h_read_file(h_path(out, "01-y.ogg"), NULL);
    CHECK_STR(t, "done");
    free(t);
    CHECK(!exists(out, "02-old.ogg"));                        /* recorded size: removed */
    CHECK(exists(out, "03-other.ogg"));                       /* size differs: kept */
    t = h_read_file(h_path(out, "04-w.ogg"), NULL);           /* not what it replaced: kept */
    CHECK_STR(t, "a user's file put there since");
    free(t);
    t = h_read_file(h_path(out, ".herald-stage-my-notes/todo.txt"), NULL);
    CHECK_STR(t, "precious");
    free(t);
    CHECK(!exists(out, "05-v.ogg") && exists(out, ".herald-stage-eeeeeeeeee"));
    /* a journal cut short is not carried out */
    CHECK(mkdir(h_path(out, ".herald-stage-dddddddddd"), 0700) == 0);
    h_write_file(h_path(out, ".herald-stage-dddddddddd/01-z.ogg"), "z");
    h_write_file(h_path(out, ".herald-stage-dddddddddd/.commit"), "I -1 01-z.ogg\nD 5 03-oth");
    CHECK_INT(od_open(out, &d, &diag), HD_OK);
    od_close(d);
    CHECK(!exists(out, "01-z.ogg") && exists(out, "03-other.ogg"));
    unlink(h_path(out, ".herald-stage-aaaaaaaaaa"));
    h_rmtree(out);
    h_rmtree(victim);
    free(out);
    free(victim);
}

static void test_errors(void)
{
    char *root = h_tempdir();
    hd_diag diag = {0};
    od_dir *d = NULL;
    h_write_file(h_path(root, "afile"), "x");
    CHECK_INT(od_open(h_path(root, "afile"), &d, &diag), HD_ERR_CREATE);
    CHECK(strstr(diag.message, "it is a file") != NULL);
    CHECK_INT(od_open(h_path(root, "afile/sub"), &d, &diag), HD_ERR_CREATE);
    CHECK(d == NULL);
    h_rmtree(root);
    free(root);
}

int main(void)
{
    test_names();
    test_lifecycle();
    test_crafted_manifest();
    test_recovery();
    test_errors();
    return h_report("test_outdir");
}

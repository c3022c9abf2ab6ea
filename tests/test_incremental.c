/* Rendering again, held to what it promises: a render that finds its units in the
 * cache writes the same files, byte for byte, as one without a cache; a folder that
 * already holds the same render is left alone; after one sentence changes only its
 * part is synthesised, and the files equal a cold render of the new text; a damaged
 * entry is synthesised again, never played; renders sharing one cache at once agree;
 * `herald cache` and --cache-max trim it; a batch run again redoes nothing done. */
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "ucache.h"

static const char *herald;

static const char statement[] =
    "Press release\n\n"
    "Harbour authority sets out the winter works\n\n"
    "12 November 2025\n\n"
    "The harbour authority today published its plan for the works of the coming winter. "
    "The plan covers the north quay, the ferry terminal and the old sea wall. "
    "It was agreed by the board on Tuesday after three months of consultation.\n\n"
    "The north quay will be closed to cargo from 1 December to 28 February. "
    "Fishing boats will use the east basin while the quay is rebuilt. "
    "The harbour master will publish a berthing plan for the east basin next week.\n\n"
    "At the ferry terminal, the waiting room will be extended by a third. "
    "New ramps will make every deck reachable without steps. "
    "Passengers will be able to board through the side entrance during the works.\n\n"
    "The sea wall, built in 1884, will be raised by sixty centimetres along its whole length. "
    "Engineers found that storms now reach the top of the wall twice as often as in 1990. "
    "The work will be done in four stretches, so that the promenade stays open.\n\n"
    "The works will cost 14.2 million euros. "
    "The regional government pays half, the harbour authority a third, and the town the rest. "
    "Contracts were awarded after an open tender with eleven bids.\n\n"
    "Residents can see the plans at the harbour office on weekdays from nine to five. "
    "An evening meeting will be held at the town hall on 20 November. "
    "Questions can also be sent to the harbour office by post.\n\n"
    "The chair of the board said the works were overdue and would protect the town for "
    "fifty years. She thanked the residents who had taken part in the consultation, and "
    "the fishermen for their patience while the quay is closed.\n\n"
    "Traffic on the harbour road will be limited to one lane in January. "
    "Buses will stop at the market square instead of the quay. "
    "Delivery vans may use the road before seven in the morning and after seven at night.\n\n"
    "The authority has asked the contractors to keep noise low at night and on Sundays. "
    "Pile driving will only take place between eight and six on weekdays. "
    "A telephone line will be open every day for residents who are disturbed by the works.\n\n"
    "Schools near the harbour have been told about the timetable. "
    "Classes will visit the works in March, when the new wall can be seen from the promenade. "
    "The engineers will explain how the wall is built and why it has to be higher.\n\n"
    "Further updates will be posted at the harbour office and read on local radio every "
    "Friday morning until the works are finished in the spring.\n";

static int run(char **argv, char **err)
{
    return h_run(argv, NULL, NULL, NULL, err);
}

/* Renders `in` into `out` as FLAC with `cache` (NULL: --no-cache); stderr in *err. */
static int render(const char *in, const char *out, const char *cache, const char *extra, char **err)
{
    char *argv[16];
    int a = 0;
    argv[a++] = (char *)herald;
    argv[a++] = (char *)"-v";
    argv[a++] = (char *)"-f";
    argv[a++] = (char *)"flac";
    if (cache) {
        argv[a++] = (char *)"--cache";
        argv[a++] = (char *)cache;
    } else {
        argv[a++] = (char *)"--no-cache";
    }
    if (extra) {
        argv[a++] = (char *)"--cache-max";
        argv[a++] = (char *)extra;
    }
    argv[a++] = (char *)"-o";
    argv[a++] = (char *)out;
    argv[a++] = (char *)in;
    argv[a] = NULL;
    return run(argv, err);
}

/* "synthesised N of M part(s), K from the cache" in stderr: N, M, K; -1 when absent. */
static void parts(const char *err, long *made, long *all, long *reused)
{
    *made = *all = *reused = -1;
    const char *p = err ? strstr(err, "(synthesised ") : NULL;
    if (p)
        sscanf(p, "(synthesised %ld of %ld part%*[s], %ld from the cache)", made, all, reused);
    if (p && *reused < 0)
        sscanf(p, "(synthesised %ld of %ld part, %ld from the cache)", made, all, reused);
}


static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

/* How many entries a cache's units/ folder holds. */
static int count_entries(const char *units)
{
    int n = 0;
    DIR *d = opendir(units);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char sub[4600];
        snprintf(sub, sizeof sub, "%s/%s", units, e->d_name);
        DIR *s = opendir(sub);
        struct dirent *f;
        while (s && (f = readdir(s)))
            n += f->d_name[0] != '.';
        if (s)
            closedir(s);
    }
    if (d)
        closedir(d);
    return n;
}

static long long mtime_ns(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec : -1;
}

static void test_again(const char *dir)
{
    char in[4200], edited[4200], cache[4200], cold[4200], warm[4200], cold2[4200], next[4200];
    snprintf(in, sizeof in, "%s/winter-works.txt", dir);
    snprintf(edited, sizeof edited, "%s/edited/winter-works.txt", dir);
    snprintf(cache, sizeof cache, "%s/cache", dir);
    snprintf(cold, sizeof cold, "%s/cold", dir);
    snprintf(warm, sizeof warm, "%s/warm", dir);
    snprintf(cold2, sizeof cold2, "%s/cold2", dir);
    snprintf(next, sizeof next, "%s/next", dir);
    h_write_file(in, statement);
    char *err = NULL;
    long made, all, reused;

    /* first render: everything synthesised, then kept */
    CHECK_INT(render(in, cold, cache, NULL, &err), 0);
    parts(err, &made, &all, &reused);
    CHECKF(all >= 4 && made == all && reused == 0, "first render: %ld of %ld, %ld reused [%s]", made,
           all, reused, err ? err : "");
    free(err);
    long units = all;

    /* into another folder: nothing synthesised, the same files; and libespeak-ng is
     * never loaded (the dynamic loader names every library it opens) */
    setenv("LD_DEBUG", "files", 1);
    CHECK_INT(render(in, warm, cache, NULL, &err), 0);
    parts(err, &made, &all, &reused);
    CHECKF(made == 0 && all == units && reused == units, "warm render: %ld of %ld, %ld reused", made,
           all, reused);
    CHECKF(err && strstr(err, "file=libsndfile") && !strstr(err, "libespeak-ng"),
           "a render with nothing to synthesise loaded libespeak-ng");
    free(err);
    CHECK(h_same_files(cold, warm, "warm render") >= 8);

    /* into the same folder again: it holds this render; nothing is touched, nothing
     * loaded */
    long long before = mtime_ns(h_path(warm, "index.json"));
    CHECK_INT(render(in, warm, cache, NULL, &err), 0);
    unsetenv("LD_DEBUG");
    CHECKF(err && strstr(err, "already holds this render"), "[%s]", err ? err : "");
    CHECKF(err && strstr(err, "file=libsndfile") && !strstr(err, "libespeak-ng"),
           "an up-to-date render loaded libespeak-ng");
    free(err);
    CHECK(mtime_ns(h_path(warm, "index.json")) == before);
    /* a file removed or changed there: rendered again (from the cache) */
    unlink(h_path(warm, "captions.srt"));
    CHECK_INT(render(in, warm, cache, NULL, &err), 0);
    CHECKF(err && strstr(err, "wrote ") && strstr(err, "(synthesised 0 of"), "[%s]", err ? err : "");
    free(err);
    CHECK(h_same_files(cold, warm, "re-made render") >= 8);
    /* another option: another render */
    char *argv[] = {(char *)herald, (char *)"-v", (char *)"-f", (char *)"wav", (char *)"--cache", cache,
                    (char *)"-o", warm, in, NULL};
    CHECK_INT(run(argv, &err), 0);
    parts(err, &made, &all, &reused);
    CHECKF(made == 0 && reused == units, "as WAV: %ld of %ld, %ld reused", made, all, reused);
    free(err);

    /* one sentence changed: only its part synthesised; the files as a cold render's */
    char *text = strdup(statement);
    char *at = strstr(text, "twice as often");
    memcpy(at, "three times   ", 14); /* same length or not, only the text matters */
    char sub[4300];
    snprintf(sub, sizeof sub, "%s/edited", dir);
    mkdir(sub, 0755);
    h_write_file(edited, text);
    free(text);
    CHECK_INT(render(edited, next, cache, NULL, &err), 0);
    parts(err, &made, &all, &reused);
    CHECKF(made >= 1 && made <= 2 && reused >= all - 2 && all >= units - 1,
           "after one sentence changed: %ld of %ld synthesised, %ld reused", made, all, reused);
    free(err);
    CHECK_INT(render(edited, cold2, NULL, NULL, &err), 0);
    free(err);
    CHECK(h_same_files(cold2, next, "edited, from the cache") >= 8);

    /* every entry damaged (a byte of its audio, or of a kept file): each synthesised
     * again, the files still the cold render's, and the entries made whole again */
    char cmd[9000];
    snprintf(cmd, sizeof cmd, "for f in '%s'/units/*/*; do s=$(stat -c %%s \"$f\"); "
             "printf 'Z' | dd of=\"$f\" bs=1 seek=$((s > 2000 ? s - 2000 : s / 2)) conv=notrunc "
             "2>/dev/null; done", cache);
    CHECK(system(cmd) == 0);
    h_rmtree(next);
    CHECK_INT(render(edited, next, cache, NULL, &err), 0);
    parts(err, &made, &all, &reused);
    CHECKF(made == all && reused == 0, "damaged cache: %ld of %ld synthesised, %ld reused", made, all,
           reused);
    free(err);
    CHECK(h_same_files(cold2, next, "from a damaged cache") >= 8);
    h_rmtree(next);
    CHECK_INT(render(edited, next, cache, NULL, &err), 0);
    parts(err, &made, &all, &reused);
    CHECKF(made == 0 && reused == all, "repaired cache: %ld of %ld, %ld reused", made, all, reused);
    free(err);

    /* herald cache: what it holds; --max trims; --clear empties */
    char *out = NULL;
    char *show[] = {(char *)herald, (char *)"cache", (char *)"--cache", cache, NULL};
    CHECK_INT(h_run(show, NULL, &out, NULL, NULL), 0);
    CHECKF(out && strstr(out, cache) && strstr(out, " entries (parts of synthesised audio and finished files), "), "[%s]", out ? out : "");
    free(out);
    char *max[] = {(char *)herald, (char *)"cache", (char *)"--cache", cache, (char *)"--max", (char *)"1M",
                   NULL};
    CHECK_INT(h_run(max, NULL, &out, NULL, NULL), 0);
    CHECKF(out && (strstr(out, " KiB") || strstr(out, " bytes")), "trimmed to 1M: [%s]", out ? out : "");
    free(out);
    char *clear[] = {(char *)herald, (char *)"cache", (char *)"--cache", cache, (char *)"--clear", NULL};
    CHECK_INT(h_run(clear, NULL, &out, NULL, NULL), 0);
    CHECKF(out && strstr(out, ": 0 entries (parts of synthesised audio and finished files), 0 bytes"), "[%s]", out ? out : "");
    free(out);
    char *bad[] = {(char *)herald, (char *)"cache", (char *)"--max", (char *)"lots", NULL};
    CHECK_INT(h_run(bad, NULL, NULL, NULL, NULL), 64);
    char *nocache[] = {(char *)herald, (char *)"--no-cache", (char *)"--cache-max", (char *)"1G", in, NULL};
    CHECK_INT(h_run(nocache, NULL, NULL, NULL, NULL), 64);

    /* --cache-max after a render: the cache ends within it */
    h_rmtree(next);
    CHECK_INT(render(edited, next, cache, "200K", &err), 0);
    free(err);
    CHECK_INT(h_run(show, NULL, &out, NULL, NULL), 0);
    CHECKF(out && (strstr(out, " KiB") || strstr(out, " bytes")), "after --cache-max 200K: [%s]",
           out ? out : "");
    free(out);
}

/* Four renders of one statement at once, sharing a cache nobody has filled: all
 * succeed with the same files; no temporary is left in the cache. */
static void test_shared(const char *dir)
{
    char in[4200], cache[4200];
    snprintf(in, sizeof in, "%s/shared.txt", dir);
    snprintf(cache, sizeof cache, "%s/shared-cache", dir);
    h_write_file(in, statement);
    pid_t kids[4];
    for (int k = 0; k < 4; k++) {
        char out[4300];
        snprintf(out, sizeof out, "%s/shared-%d", dir, k);
        if ((kids[k] = fork()) == 0) {
            execl(herald, herald, "-q", "-j", "2", "-f", "wav", "--cache", cache, "-o", out, in,
                  (char *)NULL);
            _exit(127);
        }
    }
    for (int k = 0; k < 4; k++) {
        int status = -1;
        waitpid(kids[k], &status, 0);
        CHECKF(WIFEXITED(status) && WEXITSTATUS(status) == 0, "render %d: status %d", k, status);
    }
    char a[4300], b[4300];
    snprintf(a, sizeof a, "%s/shared-0", dir);
    for (int k = 1; k < 4; k++) {
        snprintf(b, sizeof b, "%s/shared-%d", dir, k);
        CHECK(h_same_files(a, b, "renders sharing a cache") >= 8);
    }
    char cmd[4400];
    snprintf(cmd, sizeof cmd, "ls -a '%s/units' | grep -q '^.tmp-'", cache);
    CHECK(system(cmd) != 0);
}

/* A batch run again: every statement already there, nothing synthesised. */
static void test_batch(const char *dir)
{
    char a[4200], b[4200], out[4200], cache[4200];
    snprintf(a, sizeof a, "%s/first.txt", dir);
    snprintf(b, sizeof b, "%s/second.txt", dir);
    snprintf(out, sizeof out, "%s/batch", dir);
    snprintf(cache, sizeof cache, "%s/batch-cache", dir);
    h_write_file(a, statement);
    h_write_file(b, "Statement by the harbour master\n\nThe east basin is open to all boats from "
                    "today. The north quay closes on Monday.\n");
    /* the first statement rendered alone, as a batch stopped after it would leave it */
    char one[4300];
    snprintf(one, sizeof one, "%s/first", out);
    char *first[] = {(char *)herald, (char *)"-q", (char *)"--cache", cache, (char *)"-o", one, a, NULL};
    CHECK_INT(run(first, NULL), 0);
    char *argv[] = {(char *)herald, (char *)"-q", (char *)"--cache", cache, (char *)"-o", out, a, b, NULL};
    CHECK_INT(run(argv, NULL), 0);
    char *report = h_read_file(h_path(out, "batch.json"), NULL);
    jv *j = report ? j_parse(report) : NULL;
    const jv *list = j ? j_get(j, "statements") : NULL;
    CHECK(list && list->type == J_ARR && list->n == 2);
    if (list && list->n == 2) {
        const jv *u = j_get(list->items[0], "up_to_date");
        CHECKF(u && u->type == J_BOOL && u->num != 0, "the first statement was rendered again");
        CHECK(j_num(list->items[0], "synthesised") == 0);
        CHECK(j_num(list->items[1], "synthesised") >= 1);
    }
    j_free(j);
    free(report);
    /* and again: both there, nothing synthesised */
    CHECK_INT(run(argv, NULL), 0);
    report = h_read_file(h_path(out, "batch.json"), NULL);
    j = report ? j_parse(report) : NULL;
    list = j ? j_get(j, "statements") : NULL;
    for (size_t k = 0; list && list->type == J_ARR && k < list->n; k++) {
        const jv *u = j_get(list->items[k], "up_to_date");
        CHECKF(u && u->type == J_BOOL && u->num != 0, "statement %zu rendered again", k + 1);
        CHECK(j_num(list->items[k], "synthesised") == 0);
    }
    j_free(j);
    free(report);
}

/* A batch interrupted half-way and started again: the statement finished before is
 * left alone, the one interrupted takes the parts its workers completed from the
 * cache, and every folder ends as a render without a cache makes it. */
static void test_resume(const char *dir)
{
    char in[3][4200], out[4200], cache[4200], cold[4200];
    static const char *const names[3] = {"one", "two", "three"};
    for (int k = 0; k < 3; k++) {
        snprintf(in[k], sizeof in[k], "%s/%s.txt", dir, names[k]);
        if (k == 0) {
            h_write_file(in[k], "Statement by the harbour master\n\nThe east basin is open today.\n");
            continue;
        }
        /* long enough to be interrupted while its parts are synthesised one by one */
        size_t cap = 7 * sizeof statement + 4096, n = 0;
        char *t = malloc(cap);
        n += (size_t)snprintf(t + n, cap - n, "Press release\n\nWinter works, part %d\n\n", k);
        /* every paragraph its own first sentence: no part repeats another */
        for (int r = 0; r < 5; r++) {
            const char *p = strstr(statement, "The harbour authority today");
            for (int q = 1; p && *p; q++) {
                const char *end = strstr(p, "\n\n");
                size_t len = end ? (size_t)(end - p) : strlen(p);
                n += (size_t)snprintf(t + n, cap - n, "Item %d.%d of part %d. %.*s\n\n", r + 1, q, k,
                                      (int)len, p);
                p = end ? end + 2 : p + len;
            }
        }
        h_write_file(in[k], t);
        free(t);
    }
    snprintf(out, sizeof out, "%s/resume", dir);
    snprintf(cache, sizeof cache, "%s/resume-cache", dir);
    char units[4300];
    snprintf(units, sizeof units, "%s/units", cache);
    pid_t pid = fork();
    if (pid == 0) {
        int devnull = open("/dev/null", O_RDWR);
        dup2(devnull, 1);
        dup2(devnull, 2);
        execl(herald, herald, "-q", "-j", "1", "-f", "flac", "--cache", cache, "-o", out, in[0], in[1],
              in[2], (char *)NULL);
        _exit(127);
    }
    /* the first statement done, and a part of the second kept: then interrupt */
    char first_done[4400];
    snprintf(first_done, sizeof first_done, "%s/one/index.json", out);
    int entries_after_first = -1, ready = 0;
    for (int i = 0; i < 6000 && !ready; i++) {
        if (entries_after_first < 0 && access(first_done, F_OK) == 0)
            entries_after_first = count_entries(units);
        if (entries_after_first >= 0 && count_entries(units) > entries_after_first)
            ready = 1;
        else
            sleep_ms(10);
    }
    CHECKF(ready, "the batch never got into its second statement");
    kill(pid, SIGINT);
    int status = 0;
    waitpid(pid, &status, 0);
    CHECKF(WIFSIGNALED(status) && WTERMSIG(status) == SIGINT, "status %d", status);
    char *report = h_read_file(h_path(out, "batch.json"), NULL);
    jv *j = report ? j_parse(report) : NULL;
    const jv *list = j ? j_get(j, "statements") : NULL;
    CHECK(list && list->type == J_ARR && list->n == 3);
    if (list && list->n == 3) {
        CHECK_STR(j_str(list->items[0], "status"), "ok");
        CHECK_STR(j_str(list->items[1], "status"), "cancelled");
        CHECK_STR(j_str(list->items[2], "status"), "not started");
    }
    j_free(j);
    free(report);

    /* started again */
    char *argv[] = {(char *)herald, (char *)"-q", (char *)"-j", (char *)"1", (char *)"-f", (char *)"flac",
                    (char *)"--cache", cache, (char *)"-o", out, in[0], in[1], in[2], NULL};
    CHECK_INT(run(argv, NULL), 0);
    report = h_read_file(h_path(out, "batch.json"), NULL);
    j = report ? j_parse(report) : NULL;
    list = j ? j_get(j, "statements") : NULL;
    CHECK(list && list->type == J_ARR && list->n == 3);
    if (list && list->n == 3) {
        const jv *u = j_get(list->items[0], "up_to_date");
        CHECKF(u && u->type == J_BOOL && u->num != 0, "the finished statement was rendered again");
        double parts = j_num(list->items[1], "parts"), reused = j_num(list->items[1], "reused");
        CHECKF(reused >= 1 && reused < parts, "the interrupted statement: %g of %g parts reused", reused,
               parts);
        /* the third, never begun, synthesises what it does not share with the second */
        CHECK(j_num(list->items[2], "synthesised") >= j_num(list->items[2], "parts") - 1);
    }
    j_free(j);
    free(report);
    for (int k = 0; k < 3; k++) {
        snprintf(cold, sizeof cold, "%s/resume-cold-%d", dir, k);
        CHECK_INT(render(in[k], cold, NULL, NULL, NULL), 0);
        char there[4400];
        snprintf(there, sizeof there, "%s/%s", out, names[k]);
        CHECK(h_same_files(cold, there, names[k]) >= 8);
    }
}

/* The link count of a file, or -1. */
static long links_of(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (long)st.st_nlink : -1;
}

/* The finished files are kept too: the same render into a new folder is a copy of
 * them, byte for byte, sharing no file with the first folder; a file of the first
 * folder changed in place (a tagger that writes in place) is no longer taken, and a
 * kept list that names a file herald would not make is not followed. */
static void test_finished(const char *dir)
{
    char in[4200], cache[4200], a[4200], b[4200], c[4200], d[4200], e[4200], pristine[4200];
    snprintf(in, sizeof in, "%s/finished.txt", dir);
    snprintf(cache, sizeof cache, "%s/finished-cache", dir);
    snprintf(a, sizeof a, "%s/fin-a", dir);
    snprintf(b, sizeof b, "%s/fin-b", dir);
    snprintf(c, sizeof c, "%s/fin-c", dir);
    snprintf(d, sizeof d, "%s/fin-d", dir);
    snprintf(e, sizeof e, "%s/fin-e", dir);
    snprintf(pristine, sizeof pristine, "%s/fin-pristine", dir);
    h_write_file(in, "Statement by the harbour master\n\n12 November 2025\n\n"
                     "The east basin opens to fishing boats on Monday. The north quay closes "
                     "for its rebuilding on the same day.\n\nBerths will be given out at the "
                     "harbour office from nine in the morning.\n");
    char *err = NULL;
    long made, all, reused;
    CHECK_INT(render(in, a, cache, NULL, &err), 0);
    free(err);
    char *wav = NULL;
    /* the first chapter file of fin-a */
    DIR *dd = opendir(a);
    struct dirent *de;
    while (dd && (de = readdir(dd)))
        if (!wav && strncmp(de->d_name, "01-", 3) == 0 && strstr(de->d_name, ".flac"))
            wav = strdup(de->d_name);
    if (dd)
        closedir(dd);
    CHECK(wav != NULL);
    if (!wav)
        return;
    /* kept without a copy where the cache is on the same file system */
    CHECK_INT(links_of(h_path(a, wav)), 2);

    CHECK_INT(render(in, b, cache, NULL, &err), 0);
    parts(err, &made, &all, &reused);
    CHECKF(made == 0 && reused == all && all >= 1, "from the kept files: %ld of %ld, %ld reused [%s]", made,
           all, reused, err ? err : "");
    free(err);
    CHECK(h_same_files(a, b, "from the kept files") >= 8);
    CHECK_INT(links_of(h_path(b, wav)), 1);
    CHECK_INT(render(in, pristine, NULL, NULL, &err), 0);
    free(err);
    CHECK(h_same_files(pristine, b, "kept files against no cache") >= 8);

    /* fin-a's file changed in place: fin-a keeps the change, a new folder does not */
    char cmd[9000];
    snprintf(cmd, sizeof cmd, "printf 'ZZZZ' | dd of='%s' bs=1 seek=3000 conv=notrunc 2>/dev/null",
             h_path(a, wav));
    CHECK(system(cmd) == 0);
    CHECK_INT(render(in, c, cache, NULL, &err), 0);
    parts(err, &made, &all, &reused);
    CHECKF(made == 0 && reused == all, "after a kept file changed: %ld of %ld, %ld reused", made, all, reused);
    free(err);
    CHECK(h_same_files(pristine, c, "a kept file changed in place") >= 8);
    size_t la = 0, lp = 0;
    char *fa = h_read_file(h_path(a, wav), &la), *fp = h_read_file(h_path(pristine, wav), &lp);
    CHECK(fa && fp && la == lp && la > 3004 && memcmp(fa + 3000, "ZZZZ", 4) == 0 && memcmp(fa, fp, la) != 0);
    free(fa);
    free(fp);

    /* a kept list naming a file outside the folder, or one herald does not make: not
     * followed, and the render is whole */
    char *index = h_read_file(h_path(a, "index.json"), NULL);
    jv *j = index ? j_parse(index) : NULL;
    const char *key = j ? j_str(j, "render_key") : NULL;
    CHECK(key != NULL);
    if (key) {
        static const char *const bad[] = {"../escaped.flac 4 0000000000000000\nindex.json 2 0000000000000000\n",
                                          "notes.txt 4 0000000000000000\nindex.json 2 0000000000000000\n",
                                          "index.json 2\n", ""};
        for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
            char id[200];
            snprintf(id, sizeof id, "herald folder 1\n%s\n", key);
            CHECK_INT(uc_store(cache, id, strlen(id), bad[k], strlen(bad[k]), -1, 0), 0);
            h_rmtree(d);
            CHECK_INT(render(in, d, cache, NULL, &err), 0);
            free(err);
            CHECKF(h_same_files(pristine, d, "a bad kept list") >= 8, "list %zu", k);
            CHECK(access(h_path(dir, "escaped.flac"), F_OK) != 0);
            CHECK(access(h_path(d, "notes.txt"), F_OK) != 0);
        }
        /* and the render that was not taken keeps its files again */
        CHECK_INT(render(in, e, cache, NULL, &err), 0);
        parts(err, &made, &all, &reused);
        CHECKF(made == 0 && reused == all, "kept again: %ld of %ld", made, all);
        free(err);
        CHECK(h_same_files(pristine, e, "kept again") >= 8);
    }
    j_free(j);
    free(index);
    free(wav);
}

int main(void)
{
    herald = getenv("HERALD");
    if (!herald)
        herald = "build/herald";
    char *dir = h_tempdir();
    test_again(dir);
    test_shared(dir);
    test_batch(dir);
    test_resume(dir);
    test_finished(dir);
    h_rmtree(dir);
    free(dir);
    return h_report("test_incremental");
}

/* Faults, as a careless or hostile world brings them: signals at random moments of
 * renders and streams (a stream blocked on a pipe nobody reads among them), a full
 * disk, two renders into one folder at once, planted symlinks and files herald did
 * not write, closed pipes and /dev/full. After each: the folder holds the earlier
 * render or the new one, whole; no staging folder, no temporary; no process left. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"

static const char *herald;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

static void sleep_s(double s)
{
    struct timespec t = {(time_t)s, (long)((s - (double)(time_t)s) * 1e9)};
    nanosleep(&t, NULL);
}


/* Starts herald in a process group of its own: stdout to out_fd (-1: /dev/null),
 * stderr to err_fd (-1: /dev/null); fsize > 0 limits the size of files it may write
 * (a full disk without root: writes past it fail with EFBIG). */
static pid_t spawn(char *const argv[], int out_fd, int err_fd, long fsize)
{
    pid_t pid = fork();
    if (pid == 0) {
        setpgid(0, 0);
        int devnull = open("/dev/null", O_RDWR);
        dup2(out_fd >= 0 ? out_fd : devnull, 1);
        dup2(err_fd >= 0 ? err_fd : devnull, 2);
        if (fsize > 0) {
            struct rlimit rl = {(rlim_t)fsize, (rlim_t)fsize};
            signal(SIGXFSZ, SIG_IGN);
            setrlimit(RLIMIT_FSIZE, &rl);
        }
        execv(argv[0], argv);
        _exit(127);
    }
    setpgid(pid, pid);
    return pid;
}

/* The exit status, or -1 after `limit` seconds (then the group is killed). */
static int wait_for(pid_t pid, double limit)
{
    double t0 = now();
    int status;
    for (;;) {
        pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid)
            return status;
        if (now() - t0 > limit) {
            kill(-pid, SIGKILL);
            waitpid(pid, &status, 0);
            return -1;
        }
        sleep_s(0.005);
    }
}

/* Polls a shell test every 10 ms for up to a minute: 1 once it succeeds. */
static int wait_until(const char *cmd)
{
    for (int i = 0; i < 6000; i++) {
        if (system(cmd) == 0)
            return 1;
        sleep_s(0.01);
    }
    return 0;
}

/* 1 when no process of herald's group is left (children die with it). */
static int group_gone(pid_t pgid)
{
    for (int i = 0; i < 200; i++) {
        if (kill(-pgid, 0) != 0 && errno == ESRCH)
            return 1;
        sleep_s(0.01);
    }
    return 0;
}


/* A folder herald rendered, whole: every file index.json lists is there with the size
 * it recorded, every chapter's frames are the file's, and no staging is left.
 * Returns the manifest's text (new), or NULL when it is not whole. */
static char *whole(const char *dir)
{
    char *text = h_read_file(h_path(dir, "index.json"), NULL);
    jv *m = text ? j_parse(text) : NULL;
    const jv *files = j_get(m, "files"), *ch = j_get(m, "chapters");
    int ok = m && files && ch && h_count_prefix(dir, ".herald-stage-") == 0;
    for (size_t i = 0; ok && i < files->n; i++) {
        struct stat st;
        const char *name = j_str(files->items[i], "name");
        ok = name && lstat(h_path(dir, name), &st) == 0 && S_ISREG(st.st_mode) &&
             (double)st.st_size == j_num(files->items[i], "bytes");
    }
    for (size_t i = 0; ok && i < ch->n; i++) {
        SF_INFO info;
        memset(&info, 0, sizeof info);
        SNDFILE *f = sf_open(h_path(dir, j_str(ch->items[i], "file")), SFM_READ, &info);
        ok = f && (double)info.frames == j_num(ch->items[i], "frames");
        if (f)
            sf_close(f);
    }
    j_free(m);
    if (!ok) {
        free(text);
        return NULL;
    }
    return text;
}

static char *statement(int paragraphs)
{
    size_t cap = (size_t)paragraphs * 200 + 256, n = 0;
    char *s = malloc(cap);
    n += (size_t)snprintf(s, cap, "Speech\n\nby the Mayor of Eastport Lena Holt\n\n");
    for (int i = 0; i < paragraphs; i++)
        n += (size_t)snprintf(s + n, cap - n,
                              "Paragraph %d is about the harbour and the roads. We keep our word.\n\n",
                              i + 1);
    return s;
}

/* Interrupted re-renders leave the earlier render or the new one, whole; the next
 * render into the folder works. Delays are spread over a render's length with a
 * fixed seed. */
static void test_interrupts(const char *dir, const char *in)
{
    char out[4200];
    snprintf(out, sizeof out, "%s/out", dir);
    char *first[] = {(char *)herald, (char *)"-q", (char *)"-f", (char *)"wav", (char *)"-o", out,
                     (char *)in, NULL};
    double t0 = now();
    CHECK_INT(wait_for(spawn(first, -1, -1, 0), 120), 0);
    double span = now() - t0;
    char *before = whole(out);
    CHECKF(before != NULL, "the first render is not whole");
    unsigned seed = 12345;
    int killed = 0, finished = 0;
    for (int k = 0; k < 12; k++) {
        char rate[8];
        snprintf(rate, sizeof rate, "%d", 160 + 10 * k); /* a render that differs */
        char *again[] = {(char *)herald, (char *)"-q", (char *)"-f", (char *)"wav", (char *)"-r",
                         rate, (char *)"-o", out, (char *)in, NULL};
        int sig = k % 2 ? SIGTERM : SIGINT;
        pid_t pid = spawn(again, -1, -1, 0);
        seed = seed * 1103515245u + 12345u;
        sleep_s(span * 1.2 * (double)(seed >> 16 & 0x7fff) / 32768.0);
        kill(pid, sig);
        int status = wait_for(pid, 30);
        CHECKF(status >= 0, "render %d did not end after signal %d", k, sig);
        CHECKF(group_gone(pid), "render %d left processes behind", k);
        char *after = whole(out);
        CHECKF(after != NULL, "after signal %d at render %d the folder is not whole", sig, k);
        if (status >= 0 && WIFSIGNALED(status)) {
            CHECKF(WTERMSIG(status) == sig, "render %d died of %d, not %d", k, WTERMSIG(status), sig);
            killed++;
        } else if (status >= 0) {
            CHECKF(WIFEXITED(status) && WEXITSTATUS(status) == 0, "render %d: status %d", k, status);
            finished++;
        }
        free(before);
        before = after;
    }
    CHECKF(killed > 0, "no render was interrupted (%d finished)", finished);
    free(before);
    CHECK_INT(wait_for(spawn(first, -1, -1, 0), 120), 0);
    char *m = whole(out);
    CHECK(m != NULL);
    free(m);
}

/* A stream whose reader stopped reading dies promptly of SIGTERM. */
static void test_blocked_stream(const char *in)
{
    int fds[2];
    CHECK(pipe(fds) == 0);
    char *argv[] = {(char *)herald, (char *)"-q", (char *)"-o", (char *)"-", (char *)in, NULL};
    pid_t pid = spawn(argv, fds[1], -1, 0);
    close(fds[1]);
    sleep_s(0.8); /* long enough to fill the pipe and block */
    double t0 = now();
    kill(pid, SIGTERM);
    int status = wait_for(pid, 5);
    CHECKF(status >= 0 && WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM,
           "blocked stream: status %d", status);
    CHECKF(now() - t0 < 3, "blocked stream took %.1f s to die", now() - t0);
    CHECK(group_gone(pid));
    close(fds[0]);

    /* streams interrupted at pseudo-random moments while their reader reads, then
     * stops: each dies promptly of its signal and leaves nothing running */
    unsigned seed = 777;
    for (int k = 0; k < 8; k++) {
        int sig = k % 2 ? SIGINT : SIGTERM;
        CHECK(pipe(fds) == 0);
        pid = spawn(argv, fds[1], -1, 0);
        close(fds[1]);
        seed = seed * 1103515245u + 12345u;
        double until = now() + 0.05 + 0.6 * (double)(seed >> 16 & 0x7fff) / 32768.0;
        char buf[65536];
        fcntl(fds[0], F_SETFL, O_NONBLOCK);
        while (now() < until) {
            if (read(fds[0], buf, sizeof buf) <= 0)
                sleep_s(0.001);
        }
        t0 = now();
        kill(pid, sig);
        status = wait_for(pid, 5);
        CHECKF(status >= 0 && WIFSIGNALED(status) && WTERMSIG(status) == sig,
               "stream %d: status %d after signal %d", k, status, sig);
        CHECKF(now() - t0 < 3, "stream %d took %.1f s to die", k, now() - t0);
        CHECK(group_gone(pid));
        close(fds[0]);
    }

    /* a reader that goes away: an I/O error, not a hang or a crash */
    CHECK(pipe(fds) == 0);
    close(fds[0]);
    int errfd = open("/dev/null", O_WRONLY);
    pid = spawn(argv, fds[1], errfd, 0);
    close(fds[1]);
    close(errfd);
    status = wait_for(pid, 30);
    CHECKF(status >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 74, "closed pipe: status %d",
           status);
    CHECK(group_gone(pid));
}

/* A full disk: one clear line, exit 74 (or 73), the earlier render untouched, no
 * staging left; then a render into the same folder works. */
static void disk_full_round(const char *out, const char *in, long fsize, const char *how)
{
    char *before = whole(out);
    char errpath[4400];
    snprintf(errpath, sizeof errpath, "%s.err", out);
    int errfd = open(errpath, O_RDWR | O_CREAT | O_TRUNC, 0644);
    char *argv[] = {(char *)herald, (char *)"-q", (char *)"-f", (char *)"flac", (char *)"-r",
                    (char *)"300", (char *)"-o", (char *)out, (char *)in, NULL};
    pid_t pid = spawn(argv, -1, errfd, fsize);
    int status = wait_for(pid, 120);
    close(errfd);
    char *err = h_read_file(errpath, NULL);
    int rc = status >= 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    CHECKF(rc == 74 || rc == 73, "%s: exit %d [%s]", how, rc, err ? err : "");
    CHECKF(err && strncmp(err, "herald: ", 8) == 0 && strchr(err, '\n') == err + strlen(err) - 1,
           "%s: not one line: [%s]", how, err ? err : "");
    CHECK(group_gone(pid));
    char *after = whole(out);
    CHECKF(after && before && strcmp(after, before) == 0, "%s: the earlier render changed", how);
    CHECKF(h_count_prefix(out, ".herald-stage-") == 0, "%s: staging left", how);
    free(before);
    free(after);
    free(err);
    unlink(errpath);
}

static void test_disk_full(const char *dir, const char *in)
{
    char out[4200];
    snprintf(out, sizeof out, "%s/full", dir);
    char *argv[] = {(char *)herald, (char *)"-q", (char *)"-f", (char *)"flac", (char *)"-o", out,
                    (char *)in, NULL};
    CHECK_INT(wait_for(spawn(argv, -1, -1, 0), 120), 0);
    disk_full_round(out, in, 300 * 1024, "file size limit");
    CHECK_INT(wait_for(spawn(argv, -1, -1, 0), 120), 0);
    char *m = whole(out);
    CHECK(m != NULL);
    free(m);

    /* a real full file system, where one can be mounted */
    char mnt[4200];
    snprintf(mnt, sizeof mnt, "%s/tmpfs", dir);
    mkdir(mnt, 0755);
    if (geteuid() != 0 || mount("tmpfs", mnt, "tmpfs", 0, "size=2m") != 0) {
        printf("  (tmpfs cannot be mounted here: %s; the full disk was a file size limit)\n",
               geteuid() ? "not root" : strerror(errno));
        return;
    }
    char small[4400];
    snprintf(small, sizeof small, "%s/out", mnt);
    char *tiny[] = {(char *)herald, (char *)"-q", (char *)"-f", (char *)"wav", (char *)"-o", small,
                    (char *)"-", NULL};
    /* a small render fits; then one that does not */
    int p[2];
    CHECK(pipe(p) == 0);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(p[0], 0);
        close(p[1]);
        execv(herald, tiny);
        _exit(127);
    }
    close(p[0]);
    const char *short_text = "A short statement. It fits.";
    CHECK(write(p[1], short_text, strlen(short_text)) > 0);
    close(p[1]);
    CHECK_INT(wait_for(pid, 60), 0);
    disk_full_round(small, in, 0, "tmpfs full");
    umount(mnt);
}

/* Two renders into one folder at once: one waits for nobody and wins, the other says
 * so; the folder is whole either way. */
static void test_concurrent(const char *dir, const char *in)
{
    char out[4200];
    snprintf(out, sizeof out, "%s/both", dir);
    for (int round = 0; round < 6; round++) {
        char *a[] = {(char *)herald, (char *)"-q", (char *)"-f", (char *)"wav", (char *)"-r",
                     (char *)"200", (char *)"-o", out, (char *)in, NULL};
        char *b[] = {(char *)herald, (char *)"-q", (char *)"-f", (char *)"wav", (char *)"-r",
                     (char *)"250", (char *)"-o", out, (char *)in, NULL};
        pid_t pa = spawn(a, -1, -1, 0), pb = spawn(b, -1, -1, 0);
        int sa = wait_for(pa, 120), sb = wait_for(pb, 120);
        int ra = sa >= 0 && WIFEXITED(sa) ? WEXITSTATUS(sa) : -1;
        int rb = sb >= 0 && WIFEXITED(sb) ? WEXITSTATUS(sb) : -1;
        CHECKF((ra == 0 || ra == 73) && (rb == 0 || rb == 73) && (ra == 0 || rb == 0),
               "round %d: exits %d and %d", round, ra, rb);
        char *m = whole(out);
        CHECKF(m != NULL, "round %d: the folder is not whole", round);
        free(m);
    }
}

/* Files herald did not write are never replaced, followed or removed. */
static void test_foreign(const char *dir, const char *in)
{
    char out[4200], victim[4200];
    snprintf(out, sizeof out, "%s/foreign", dir);
    snprintf(victim, sizeof victim, "%s/victim.txt", dir);
    mkdir(out, 0755);
    h_write_file(victim, "precious");
    char *argv[] = {(char *)herald, (char *)"-q", (char *)"-f", (char *)"wav", (char *)"-o", out,
                    (char *)in, NULL};
    const char *names[] = {"01-introduction.wav", "index.json", "playlist.m3u8", "captions.vtt"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        /* a symlink to the victim under a name herald would write */
        CHECK(symlink(victim, h_path(out, names[i])) == 0);
        char *err = NULL;
        CHECKF(h_run(argv, NULL, NULL, NULL, &err) == 73 && err && strstr(err, names[i]),
               "symlink %s: [%s]", names[i], err ? err : "");
        free(err);
        char *t = h_read_file(victim, NULL);
        CHECK_STR(t, "precious");
        free(t);
        struct stat st;
        CHECK(lstat(h_path(out, names[i]), &st) == 0 && S_ISLNK(st.st_mode));
        unlink(h_path(out, names[i]));
        /* a user's own file of that name */
        h_write_file(h_path(out, names[i]), "the user's own");
        CHECK_INT(h_run(argv, NULL, NULL, NULL, NULL), 73);
        t = h_read_file(h_path(out, names[i]), NULL);
        CHECK_STR(t, "the user's own");
        free(t);
        unlink(h_path(out, names[i]));
    }
    /* a manifest from elsewhere naming the user's files: they stay */
    h_write_file(h_path(out, "notes.txt"), "mine");
    h_write_file(h_path(out, "index.json"),
                 "{\"herald\": \"0.1.0\", \"chapters\": [{\"file\": \"notes.txt\"}, {\"file\": \"../victim.txt\"}]}");
    CHECK_INT(h_run(argv, NULL, NULL, NULL, NULL), 0);
    char *t = h_read_file(h_path(out, "notes.txt"), NULL);
    CHECK_STR(t, "mine");
    free(t);
    t = h_read_file(victim, NULL);
    CHECK_STR(t, "precious");
    free(t);
    char *m = whole(out);
    CHECK(m != NULL);
    free(m);
}

/* Output that cannot be written, and an empty folder name. */
static void test_devices(const char *in)
{
    char *err = NULL;
    char *empty[] = {(char *)herald, (char *)"-o", (char *)"", (char *)in, NULL};
    CHECK_INT(h_run(empty, NULL, NULL, NULL, &err), 64);
    CHECKF(err && strstr(err, "empty"), "[%s]", err ? err : "");
    free(err);
    int full = open("/dev/full", O_WRONLY);
    if (full < 0) {
        CHECKF(0, "no /dev/full: %s", strerror(errno));
        return;
    }
    char *cases[][6] = {
        {(char *)herald, (char *)"-q", (char *)"-o", (char *)"-", (char *)in, NULL},
        {(char *)herald, (char *)"segment", (char *)"--json", (char *)in, NULL},
        {(char *)herald, (char *)"plan", (char *)in, NULL},
        {(char *)herald, (char *)"--help", NULL},
        {(char *)herald, (char *)"voices", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        pid_t pid = spawn(cases[i], full, -1, 0);
        int status = wait_for(pid, 60);
        CHECKF(status >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 74,
               "case %zu to /dev/full: status %d", i, status);
        CHECK(group_gone(pid));
    }
    close(full);
}

/* A signal while a long sentence is encoded: herald stops within the block, not
 * after the utterance. */
static void test_interrupt_encoding(const char *dir)
{
    char in[4200], out[4200];
    snprintf(in, sizeof in, "%s/sentence.txt", dir);
    snprintf(out, sizeof out, "%s/sentence-out", dir);
    size_t cap = 200000, n = 0;
    char *s = malloc(cap);
    n += (size_t)snprintf(s, cap, "We said");
    for (int i = 0; i < 12000 && n + 16 < cap; i++)
        n += (size_t)snprintf(s + n, cap - n, " harbour%s", i % 3 ? "" : " and");
    snprintf(s + n, cap - n, " today.\n");
    h_write_file(in, s);
    free(s);
    char *argv[] = {(char *)herald, (char *)"-q", (char *)"-j", (char *)"1", (char *)"-f",
                    (char *)"ogg", (char *)"-o", out, in, NULL};
    pid_t pid = spawn(argv, -1, -1, 0);
    /* encoding has begun when the chapter file exists in the staging folder */
    char cmd[4600];
    snprintf(cmd, sizeof cmd, "ls '%s'/.herald-stage-*/01-* >/dev/null 2>&1", out);
    CHECKF(wait_until(cmd), "encoding never began");
    sleep_s(0.3);
    double t0 = now();
    kill(pid, SIGINT);
    int status = wait_for(pid, 60);
    CHECKF(status >= 0 && WIFSIGNALED(status) && WTERMSIG(status) == SIGINT,
           "interrupted encoding: status %d", status);
    CHECKF(now() - t0 < 3, "interrupted encoding took %.1f s to stop", now() - t0);
    CHECK(group_gone(pid));
    CHECK(access(out, F_OK) != 0); /* a new folder with nothing committed goes again */
}

/* A batch rendering two statements at once, SIGTERM sent to herald alone (not its
 * group, as a service manager or `kill PID` does): it passes it on to the statements
 * under way, every process goes, no staging is left, batch.json says what was done,
 * and herald dies of the signal. */
static void test_batch_signal(const char *dir, const char *big)
{
    char out[4200], ins[4][4200];
    snprintf(out, sizeof out, "%s/batch-term", dir);
    size_t len = 0;
    char *text = h_read_file(big, &len);
    for (int k = 0; k < 4; k++) {
        snprintf(ins[k], sizeof ins[k], "%s/batch-%d.txt", dir, k);
        h_write_file(ins[k], text);
    }
    free(text);
    char *argv[] = {(char *)herald, (char *)"-q", (char *)"-j", (char *)"2", (char *)"-f", (char *)"wav",
                    (char *)"-o", out, ins[0], ins[1], ins[2], ins[3], NULL};
    pid_t pid = spawn(argv, -1, -1, 0);
    /* two statements under way at once: two staging folders */
    char cmd[4600];
    snprintf(cmd, sizeof cmd, "test $(ls -d '%s'/*/.herald-stage-* 2>/dev/null | wc -l) -ge 2", out);
    CHECKF(wait_until(cmd), "two statements never rendered at once");
    kill(pid, SIGTERM);
    int status = wait_for(pid, 30);
    CHECKF(status >= 0 && WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM, "status %d", status);
    CHECKF(group_gone(pid), "the batch left processes behind");
    snprintf(cmd, sizeof cmd, "ls -d '%s'/*/.herald-stage-* >/dev/null 2>&1", out);
    CHECKF(system(cmd) != 0, "staging left behind");
    char *report = h_read_file(h_path(out, "batch.json"), NULL);
    CHECKF(report && strstr(report, "\"cancelled\"") && strstr(report, "\"not started\""), "%s",
           report ? report : "no batch.json");
    free(report);
}

int main(void)
{
    herald = getenv("HERALD");
    if (!herald)
        herald = "build/herald";
    signal(SIGPIPE, SIG_IGN);
    /* no cache that could be made: every render here synthesises, so the faults strike
     * while workers run, whatever earlier tests left in a cache */
    setenv("XDG_CACHE_HOME", "/dev/null/no-cache", 1);
    char *dir = h_tempdir(), in[4200], big[4200];
    snprintf(in, sizeof in, "%s/statement.txt", dir);
    snprintf(big, sizeof big, "%s/long.txt", dir);
    char *s = statement(40);
    h_write_file(in, s);
    free(s);
    s = statement(600);
    h_write_file(big, s);
    free(s);
    test_devices(in);
    test_foreign(dir, in);
    test_blocked_stream(big);
    test_interrupts(dir, in);
    test_disk_full(dir, in);
    test_concurrent(dir, in);
    test_interrupt_encoding(dir);
    test_batch_signal(dir, big);
    h_rmtree(dir);
    free(dir);
    return h_report("test_faults");
}

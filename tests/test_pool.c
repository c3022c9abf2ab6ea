/* Tests of pool.c: jobs forked from the caller and from the template; what a job is
 * given (its descriptor and payload) either way; a crash reported with its signal; a
 * template whose init fails, or that dies, leaves jobs to the caller; stopping kills
 * every child, the template's too, and leaves no process behind. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "pool.h"

enum { R_INFO = 1, R_PID = 2 };

/* What a job finds: set in the template by init, never in the caller. */
static int prepared;
static int init_calls;

typedef struct info {
    int32_t prepared;   /* init ran in the process this job was forked from */
    int32_t parent_is_caller;
    int32_t fd_byte;    /* the first byte read from the job's descriptor, or -1 */
    int32_t payload_len;
    char payload[64];
} info;

typedef struct ctx {
    pid_t caller;
    int mode; /* 0: report; 1: crash; 2: sleep */
} ctx;

static hd_status init_ok(void *c)
{
    (void)c;
    prepared = 1;
    init_calls++;
    return HD_OK;
}

static hd_status init_fails(void *c)
{
    (void)c;
    return HD_ERR_SYNTH;
}

static hd_status work(void *c, size_t job, pool_chan *ch, hd_diag *diag)
{
    const ctx *x = c;
    (void)diag;
    if (x->mode == 1 && job == 1)
        raise(SIGKILL); /* SIGSEGV would be caught by a sanitizer */
    pid_t me = getpid();
    pool_send(ch, R_PID, &me, sizeof me);
    info in;
    memset(&in, 0, sizeof in);
    in.prepared = prepared;
    in.parent_is_caller = getppid() == x->caller;
    int fd = pool_chan_fd(ch);
    unsigned char b;
    in.fd_byte = fd >= 0 && pread(fd, &b, 1, (off_t)job) == 1 ? b : -1;
    size_t len = 0;
    const char *p = pool_chan_data(ch, &len);
    in.payload_len = (int32_t)len;
    if (len && len < sizeof in.payload)
        memcpy(in.payload, p, len);
    hd_status st = pool_send(ch, R_INFO, &in, sizeof in);
    while (x->mode == 2)
        pause();
    return st;
}

typedef struct got {
    info in[16];
    int have[16];
    pid_t pid[16];
    int ended[16];
    hd_status status[16];
    char message[16][256];
} got;

static hd_status receive(void *user, const pool_record *r)
{
    got *g = user;
    if (r->job >= 16)
        return HD_ERR_ARG;
    if (r->type == R_INFO && r->len == sizeof(info)) {
        memcpy(&g->in[r->job], r->data, sizeof(info));
        g->have[r->job] = 1;
    } else if (r->type == R_PID && r->len == sizeof(pid_t)) {
        memcpy(&g->pid[r->job], r->data, sizeof(pid_t));
    } else if (r->type == POOL_END) {
        g->ended[r->job] = 1;
        g->status[r->job] = r->status;
        snprintf(g->message[r->job], sizeof g->message[r->job], "%.200s", r->diag ? r->diag->message : "");
    }
    return HD_OK;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Runs jobs 0..n-1 two at a time, the template asked for after the first start (or,
 * when `early`, before it). */
static void run_from(pool *p, ctx *x, size_t n, int fd, pool_init init, int early, got *g)
{
    size_t next = 0;
    double until = now() + 30;
    if (early && init)
        CHECK_INT(pool_template(p, init, work, x), HD_OK);
    while (now() < until) {
        while (next < n && pool_free_slots(p) > 0) {
            char payload[32];
            int len = snprintf(payload, sizeof payload, "key of job %zu", next);
            hd_diag d;
            memset(&d, 0, sizeof d);
            CHECK_INT(pool_start(p, next, work, x, fd, payload, (size_t)len, &d), HD_OK);
            if (next == 0 && init && !early)
                CHECK_INT(pool_template(p, init, work, x), HD_OK);
            next++;
        }
        if (next == n && pool_running(p) == 0)
            break;
        CHECK_INT(pool_wait(p, 100, receive, g), HD_OK);
    }
    CHECKF(next == n && pool_running(p) == 0, "jobs did not finish (%zu started)", next);
}

static void run(pool *p, ctx *x, size_t n, int fd, pool_init init, got *g)
{
    run_from(p, x, n, fd, init, 0, g);
}

/* An init that takes a while, and one that never ends. */
static hd_status init_slow(void *c)
{
    struct timespec t = {0, 200 * 1000 * 1000};
    nanosleep(&t, NULL);
    return init_ok(c);
}

static hd_status init_stuck(void *c)
{
    (void)c;
    for (;;)
        pause();
    return HD_OK;
}

static int gone(pid_t pid) { return pid > 0 && kill(pid, 0) != 0 && errno == ESRCH; }

int main(void)
{
    /* the descriptor every job is given: byte k is 'a' + k */
    char path[] = "/tmp/herald-test-pool-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    unlink(path);
    CHECK(write(fd, "abcdefghijklmnop", 16) == 16);
    ctx x = {getpid(), 0};

    /* With a template: the first job from the caller, then (once the template is
     * ready) from the template, with init done there, once; every job gets its
     * descriptor and payload either way. */
    pool *p = NULL;
    CHECK_INT(pool_new(2, &p), HD_OK);
    got g;
    memset(&g, 0, sizeof g);
    run(p, &x, 12, fd, init_ok, &g);
    int from_template = 0;
    for (size_t j = 0; j < 12; j++) {
        CHECKF(g.ended[j] && g.status[j] == HD_OK && g.have[j], "job %zu: ended %d status %d", j,
               g.ended[j], g.status[j]);
        CHECKF(g.in[j].fd_byte == 'a' + (int)j, "job %zu read %d from its descriptor", j,
               g.in[j].fd_byte);
        char want[32];
        snprintf(want, sizeof want, "key of job %zu", j);
        CHECKF(g.in[j].payload_len == (int)strlen(want) && strcmp(g.in[j].payload, want) == 0,
               "job %zu payload '%s'", j, g.in[j].payload);
        /* a job is prepared exactly when the template forked it */
        CHECKF(g.in[j].prepared == !g.in[j].parent_is_caller, "job %zu: prepared %d, child of the caller %d",
               j, g.in[j].prepared, g.in[j].parent_is_caller);
        from_template += g.in[j].prepared;
    }
    CHECK(g.in[0].parent_is_caller);
    CHECKF(from_template >= 6, "only %d of 12 jobs came from the template", from_template);
    CHECK_INT(init_calls, 0); /* init ran in the template, not here */
    /* the template reaps its children as they end; when it is stopped, all are gone */
    pool_stop(p);
    for (size_t j = 0; j < 12; j++)
        CHECKF(gone(g.pid[j]), "job %zu's process %d is still there", j, (int)g.pid[j]);

    /* The template asked for before the first job, and slow to start: every job waits
     * for it and comes from it (none starts espeak-ng again beside it). */
    memset(&g, 0, sizeof g);
    pool_free(p);
    CHECK_INT(pool_new(2, &p), HD_OK);
    run_from(p, &x, 6, fd, init_slow, 1, &g);
    for (size_t j = 0; j < 6; j++)
        CHECKF(g.ended[j] && g.status[j] == HD_OK && g.in[j].prepared && !g.in[j].parent_is_caller,
               "job %zu with a slow template: status %d, prepared %d", j, g.status[j], g.in[j].prepared);
    CHECK_INT(init_calls, 0);

    /* A template that never gets ready is given up: the jobs come from the caller, all
     * done, none waiting for it again. */
    memset(&g, 0, sizeof g);
    pool_free(p);
    CHECK_INT(pool_new(2, &p), HD_OK);
    double t0 = now();
    run_from(p, &x, 4, fd, init_stuck, 1, &g);
    for (size_t j = 0; j < 4; j++)
        CHECKF(g.ended[j] && g.status[j] == HD_OK && g.in[j].parent_is_caller && !g.in[j].prepared,
               "job %zu with a stuck template: status %d, child of the caller %d", j, g.status[j],
               g.in[j].parent_is_caller);
    /* one wait, not one a job (a bound no machine's speed comes near: 4 waits are 8 s) */
    CHECKF(now() - t0 < 7.0, "the jobs waited %.1f s for a stuck template", now() - t0);

    /* Stopped while its template is still starting (stuck there): nothing waits for
     * it, nothing is left. */
    pool_free(p);
    CHECK_INT(pool_new(2, &p), HD_OK);
    CHECK_INT(pool_template(p, init_stuck, work, &x), HD_OK);
    pool_stop(p);
    CHECK(waitpid(-1, NULL, WNOHANG) < 0 && errno == ECHILD); /* the template reaped */

    /* A crash in a child of the template is reported with its signal. */
    x.mode = 1;
    memset(&g, 0, sizeof g);
    pool_free(p);
    CHECK_INT(pool_new(1, &p), HD_OK);
    run(p, &x, 3, fd, init_ok, &g);
    CHECK(g.ended[1] && g.status[1] == HD_ERR_SYNTH);
    CHECKF(strstr(g.message[1], "signal 9") != NULL, "crash reported as '%s'", g.message[1]);
    CHECK(g.ended[2] && g.status[2] == HD_OK && g.in[2].prepared);

    /* A template whose init fails: every job from the caller, all done. */
    x.mode = 0;
    memset(&g, 0, sizeof g);
    pool_free(p);
    CHECK_INT(pool_new(2, &p), HD_OK);
    run(p, &x, 6, fd, init_fails, &g);
    for (size_t j = 0; j < 6; j++)
        CHECKF(g.ended[j] && g.status[j] == HD_OK && g.in[j].parent_is_caller && !g.in[j].prepared,
               "job %zu with a failed template: status %d, child of the caller %d", j, g.status[j],
               g.in[j].parent_is_caller);

    /* Stopping with jobs running in the template's children: all killed and gone, the
     * template too (nothing left in this process group but this process). */
    x.mode = 2;
    memset(&g, 0, sizeof g);
    pool_free(p);
    CHECK_INT(pool_new(3, &p), HD_OK);
    hd_diag d;
    memset(&d, 0, sizeof d);
    CHECK_INT(pool_start(p, 0, work, &x, fd, NULL, 0, &d), HD_OK);
    CHECK_INT(pool_template(p, init_ok, work, &x), HD_OK);
    struct timespec pause_s = {0, 300 * 1000 * 1000}; /* the template is ready by then */
    nanosleep(&pause_s, NULL);
    CHECK_INT(pool_start(p, 1, work, &x, fd, NULL, 0, &d), HD_OK);
    CHECK_INT(pool_start(p, 2, work, &x, fd, NULL, 0, &d), HD_OK);
    double until = now() + 10;
    while (now() < until && !(g.have[0] && g.have[1] && g.have[2]))
        CHECK_INT(pool_wait(p, 50, receive, &g), HD_OK);
    CHECK(g.have[0] && g.have[1] && g.have[2]);
    CHECK(!g.in[0].prepared && g.in[1].prepared && g.in[2].prepared);
    pool_stop(p);
    for (size_t j = 0; j < 3; j++)
        CHECKF(gone(g.pid[j]), "after stop, job %zu's process %d is still there", j, (int)g.pid[j]);
    CHECK_INT(pool_running(p), 0);
    pool_free(p);
    /* no child of this process is left, reaped or not */
    CHECK(waitpid(-1, NULL, WNOHANG) < 0 && errno == ECHILD);
    close(fd);
    return h_report("test_pool");
}

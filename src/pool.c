/* pool: child processes for jobs, records through pipes, reaping. Nothing else in
 * herald forks or waits. */
#define _GNU_SOURCE
#include "pool.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util.h"

/* A record on the wire: type, length, payload. The end record carries the status and
 * the diag. */
typedef struct wire {
    uint32_t type;
    uint32_t len;
} wire;

typedef struct slot {
    pid_t pid;     /* 0: free */
    int fd;        /* read end */
    size_t job;
    char *buf;     /* bytes read, not yet handed on */
    size_t len, cap;
    int ended;     /* the end record came */
} slot;

struct pool {
    slot *s;
    size_t n;
};

struct pool_chan {
    int fd;
};

size_t pool_cpus(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (size_t)n : 1;
}

hd_status pool_new(size_t slots, pool **out)
{
    pool *p = calloc(1, sizeof *p);
    if (!p || !slots || !(p->s = calloc(slots, sizeof *p->s))) {
        free(p);
        return HD_ERR_NOMEM;
    }
    p->n = slots;
    for (size_t i = 0; i < slots; i++)
        p->s[i].fd = -1;
    *out = p;
    return HD_OK;
}

size_t pool_running(const pool *p)
{
    size_t k = 0;
    for (size_t i = 0; i < p->n; i++)
        k += p->s[i].pid != 0;
    return k;
}

size_t pool_free_slots(const pool *p) { return p->n - pool_running(p); }

hd_status pool_send(pool_chan *ch, uint32_t type, const void *data, size_t len)
{
    wire w = {type, (uint32_t)len};
    if (len > UINT32_MAX)
        return HD_ERR_ARG;
    if (fd_write_all(ch->fd, &w, sizeof w) != 0 || (len && fd_write_all(ch->fd, data, len) != 0))
        return HD_ERR_WRITE;
    return HD_OK;
}

/* The child: dies with the parent, default signal actions, runs the job, reports its
 * end, and leaves with _exit so nothing of the parent (stdio buffers, atexit
 * handlers) runs twice. */
static void child(pool *p, size_t me, int fd, pid_t parent, pool_work fn, void *ctx, size_t job)
{
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
        _exit(127);
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGPIPE, SIG_DFL);
    sigset_t all;
    sigemptyset(&all);
    sigprocmask(SIG_SETMASK, &all, NULL);
    for (size_t i = 0; i < p->n; i++)
        if (i != me && p->s[i].fd >= 0)
            close(p->s[i].fd);
    /* The library never prints: what espeak-ng and the libraries it pulls in (audio
     * servers' clients among them) would say goes nowhere; the job's status and
     * message come through the pipe. */
    int devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (devnull >= 0) {
        dup2(devnull, STDERR_FILENO);
        close(devnull);
    }
    pool_chan ch = {fd};
    hd_diag d;
    memset(&d, 0, sizeof d);
    hd_status st = fn(ctx, job, &ch, &d);
    int32_t code = (int32_t)st;
    char end[sizeof code + sizeof d];
    memcpy(end, &code, sizeof code);
    memcpy(end + sizeof code, &d, sizeof d);
    _exit(pool_send(&ch, POOL_END, end, sizeof end) == HD_OK ? 0 : 1);
}

hd_status pool_start(pool *p, size_t job, pool_work fn, void *ctx, hd_diag *diag)
{
    size_t me = 0;
    while (me < p->n && p->s[me].pid)
        me++;
    if (me == p->n)
        return HD_ERR_ARG;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
        diag_set(diag, 0, 0, "cannot start a synthesis process: %s", strerror(errno));
        return HD_ERR_SYNTH;
    }
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        int e = errno;
        close(fds[0]);
        close(fds[1]);
        diag_set(diag, 0, 0, "cannot start a synthesis process: %s", strerror(e));
        return HD_ERR_SYNTH;
    }
    if (pid == 0) {
        close(fds[0]);
        child(p, me, fds[1], parent, fn, ctx, job);
    }
    close(fds[1]);
    slot *s = &p->s[me];
    s->pid = pid;
    s->fd = fds[0];
    s->job = job;
    s->len = 0;
    s->ended = 0;
    return HD_OK;
}

/* Reaps the child of a slot whose pipe has closed; a child that ended without its end
 * record crashed or was killed. */
static hd_status reap(slot *s, pool_receive receive, void *user)
{
    int status = 0;
    hd_status st = HD_OK;
    while (waitpid(s->pid, &status, 0) < 0 && errno == EINTR)
        ;
    close(s->fd);
    s->fd = -1;
    s->pid = 0;
    if (!s->ended) {
        hd_diag d;
        memset(&d, 0, sizeof d);
        if (WIFSIGNALED(status))
            diag_set(&d, 0, 0, "the synthesis process died of signal %d (%s)", WTERMSIG(status),
                     strsignal(WTERMSIG(status)));
        else
            diag_set(&d, 0, 0, "the synthesis process ended without a result (exit %d)",
                     WIFEXITED(status) ? WEXITSTATUS(status) : -1);
        pool_record r = {s->job, POOL_END, NULL, 0, HD_ERR_SYNTH, &d};
        st = receive(user, &r);
    }
    return st;
}

/* The largest record a child may send: one work unit's loudness statistics are far
 * smaller; anything larger is a child gone wrong, not a reason to grow without end. */
#define RECORD_MAX (16u << 20)

/* Hands on every complete record in the slot's buffer. HD_ERR_SYNTH for a record too
 * large to be one of ours. */
static hd_status deliver(slot *s, pool_receive receive, void *user)
{
    size_t at = 0;
    hd_status st = HD_OK;
    while (st == HD_OK && s->len - at >= sizeof(wire)) {
        wire w;
        memcpy(&w, s->buf + at, sizeof w);
        if (w.len > RECORD_MAX)
            return HD_ERR_SYNTH;
        if (s->len - at - sizeof w < w.len)
            break;
        const char *data = s->buf + at + sizeof w;
        pool_record r = {s->job, w.type, data, w.len, HD_OK, NULL};
        hd_diag d;
        if (w.type == POOL_END) {
            int32_t code = HD_ERR_SYNTH;
            memset(&d, 0, sizeof d);
            if (w.len == sizeof code + sizeof d) {
                memcpy(&code, data, sizeof code);
                memcpy(&d, data + sizeof code, sizeof d);
                d.path[sizeof d.path - 1] = '\0';
                d.message[sizeof d.message - 1] = '\0';
            }
            r.status = (hd_status)code;
            r.diag = &d;
            r.data = NULL;
            r.len = 0;
            s->ended = 1;
        }
        st = receive(user, &r);
        at += sizeof w + w.len;
    }
    memmove(s->buf, s->buf + at, s->len - at);
    s->len -= at;
    return st;
}

hd_status pool_wait(pool *p, int timeout_ms, pool_receive receive, void *user)
{
    struct pollfd fds[64];
    size_t map[64], k = 0;
    for (size_t i = 0; i < p->n && k < 64; i++)
        if (p->s[i].pid) {
            fds[k].fd = p->s[i].fd;
            fds[k].events = POLLIN;
            fds[k].revents = 0;
            map[k++] = i;
        }
    if (!k)
        return HD_OK;
    int r = poll(fds, (nfds_t)k, timeout_ms);
    if (r <= 0)
        return HD_OK; /* timeout, or EINTR: the caller looks at its cancel flag */
    hd_status st = HD_OK;
    for (size_t j = 0; j < k && st == HD_OK; j++) {
        if (!(fds[j].revents & (POLLIN | POLLHUP | POLLERR)))
            continue;
        slot *s = &p->s[map[j]];
        if (grow((void **)&s->buf, &s->cap, s->len + 65536, 1) != 0)
            return HD_ERR_NOMEM;
        ssize_t got = read(s->fd, s->buf + s->len, s->cap - s->len);
        if (got < 0 && errno == EINTR)
            continue;
        if (got > 0) {
            s->len += (size_t)got;
            st = deliver(s, receive, user);
        } else {
            st = reap(s, receive, user);
        }
    }
    return st;
}

void pool_stop(pool *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->n; i++)
        if (p->s[i].pid)
            kill(p->s[i].pid, SIGKILL);
    for (size_t i = 0; i < p->n; i++) {
        slot *s = &p->s[i];
        if (!s->pid)
            continue;
        while (waitpid(s->pid, NULL, 0) < 0 && errno == EINTR)
            ;
        close(s->fd);
        s->fd = -1;
        s->pid = 0;
        s->len = 0;
    }
}

void pool_free(pool *p)
{
    if (!p)
        return;
    pool_stop(p);
    for (size_t i = 0; i < p->n; i++)
        free(p->s[i].buf);
    free(p->s);
    free(p);
}

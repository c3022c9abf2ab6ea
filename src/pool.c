/* pool: child processes for jobs, records through pipes, reaping; the template that
 * forks jobs with espeak-ng started. Nothing else in herald forks or waits. */
#define _GNU_SOURCE
#include "pool.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
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
    int templ;     /* forked by the template, not by the caller */
    int exited;    /* templ: the template reaped it, with this status */
    int status;
} slot;

/* The template: a process forked from the caller once, that starts what every job
 * needs (espeak-ng, through init) and then forks each job's child from itself, so a
 * child starts with that done. It talks to the caller over a socket: a job's request
 * carries the job's number, its payload and its descriptors; the template answers with
 * the child's pid, and reports each child it reaps. */
enum { T_NONE, T_STARTING, T_READY, T_GONE };
enum { M_READY = 1, M_STARTED, M_EXITED };
typedef struct tmsg {
    int32_t type;
    int32_t a; /* READY: status; STARTED: job; EXITED: pid */
    int32_t b; /* STARTED: pid, or -errno; EXITED: wait status */
} tmsg;

struct pool {
    slot *s;
    size_t n;
    int tstate;
    pid_t tpid;
    int tsock;
};

struct pool_chan {
    int fd;
    int xfd;           /* the descriptor the job was given, or -1 */
    const void *data;  /* its payload */
    size_t len;
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
    p->tsock = -1;
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
static void child(pool *p, size_t me, pool_chan ch, pid_t parent, pool_work fn, void *ctx, size_t job)
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
    hd_diag d;
    memset(&d, 0, sizeof d);
    hd_status st = fn(ctx, job, &ch, &d);
    int32_t code = (int32_t)st;
    char end[sizeof code + sizeof d];
    memcpy(end, &code, sizeof code);
    memcpy(end + sizeof code, &d, sizeof d);
    _exit(pool_send(&ch, POOL_END, end, sizeof end) == HD_OK ? 0 : 1);
}

int pool_chan_fd(const pool_chan *ch) { return ch->xfd; }

const void *pool_chan_data(const pool_chan *ch, size_t *len)
{
    *len = ch->len;
    return ch->data;
}

/* ------------------------------------------------------------ the template */

static int send_msg(int sock, int32_t type, int32_t a, int32_t b)
{
    tmsg m = {type, a, b};
    ssize_t w;
    while ((w = send(sock, &m, sizeof m, MSG_NOSIGNAL)) < 0 && errno == EINTR)
        ;
    return w == (ssize_t)sizeof m ? 0 : -1;
}

/* A job's request: its number and payload length, the payload, and in the control
 * data the child's pipe and the job's descriptor. */
typedef struct treq {
    uint64_t job;
    uint64_t len;
} treq;

#define PAYLOAD_MAX 65536

/* The template's life: init, READY, then a child per request and a report per child
 * reaped. When the caller closes the socket (or dies), every child still running is
 * killed and reaped, and the template leaves. The children it forks have only its
 * forking thread: espeak-ng's own thread, started by init to serve its asynchronous
 * mode, is not in them, and herald uses espeak-ng synchronously only, which never
 * touches that thread's queue or locks. */
static void template_main(pool *p, int sock, pid_t parent, pool_init init, pool_work fn, void *ctx)
{
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
        _exit(127);
    /* the caller decides when it ends (a terminal's ^C reaches it too) */
    signal(SIGINT, SIG_IGN);
    signal(SIGTERM, SIG_IGN);
    signal(SIGPIPE, SIG_IGN);
    for (size_t i = 0; i < p->n; i++) {
        if (p->s[i].fd >= 0)
            close(p->s[i].fd);
        p->s[i].fd = -1; /* the numbers come back, as descriptors of the jobs */
    }
    int devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (devnull >= 0) {
        dup2(devnull, STDERR_FILENO);
        close(devnull);
    }
    sigset_t chld, old;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, &old);
    int sfd = signalfd(-1, &chld, SFD_CLOEXEC | SFD_NONBLOCK);
    hd_status st = sfd < 0 ? HD_ERR_SYNTH : init(ctx);
    if (send_msg(sock, M_READY, (int32_t)st, 0) != 0 || st != HD_OK)
        _exit(0);
    pid_t kids[64];
    size_t nkids = 0;
    static char payload[PAYLOAD_MAX];
    for (;;) {
        struct pollfd pf[2] = {{sock, POLLIN, 0}, {sfd, POLLIN, 0}};
        if (poll(pf, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (pf[1].revents) {
            struct signalfd_siginfo si;
            while (read(sfd, &si, sizeof si) > 0)
                ;
            int status;
            pid_t pid;
            while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
                for (size_t i = 0; i < nkids; i++)
                    if (kids[i] == pid) {
                        kids[i] = kids[--nkids];
                        break;
                    }
                if (send_msg(sock, M_EXITED, (int32_t)pid, status) != 0)
                    goto leave;
            }
        }
        if (!pf[0].revents)
            continue;
        treq rq = {0, 0};
        struct iovec iov[2] = {{&rq, sizeof rq}, {payload, sizeof payload}};
        union {
            struct cmsghdr h;
            char buf[CMSG_SPACE(2 * sizeof(int))];
        } cm;
        struct msghdr mh = {0};
        mh.msg_iov = iov;
        mh.msg_iovlen = 2;
        mh.msg_control = cm.buf;
        mh.msg_controllen = sizeof cm.buf;
        ssize_t got = recvmsg(sock, &mh, MSG_CMSG_CLOEXEC);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break; /* the caller closed: stop */
        int fds[2] = {-1, -1};
        size_t nfds = 0;
        for (struct cmsghdr *c = CMSG_FIRSTHDR(&mh); c; c = CMSG_NXTHDR(&mh, c))
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
                nfds = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
                if (nfds > 2)
                    nfds = 2;
                memcpy(fds, CMSG_DATA(c), nfds * sizeof(int));
            }
        if ((size_t)got < sizeof rq || nfds < 1 || rq.len > PAYLOAD_MAX ||
            (size_t)got != sizeof rq + rq.len || nkids == sizeof kids / sizeof *kids) {
            for (size_t i = 0; i < nfds; i++)
                close(fds[i]);
            if (send_msg(sock, M_STARTED, (int32_t)rq.job, -EINVAL) != 0)
                break;
            continue;
        }
        pid_t pid = fork();
        if (pid == 0) {
            close(sock);
            close(sfd);
            sigprocmask(SIG_SETMASK, &old, NULL);
            pool_chan ch = {fds[0], nfds > 1 ? fds[1] : -1, payload, (size_t)rq.len};
            child(p, p->n, ch, getppid(), fn, ctx, (size_t)rq.job);
        }
        int e = errno;
        for (size_t i = 0; i < nfds; i++)
            close(fds[i]);
        if (pid > 0)
            kids[nkids++] = pid;
        if (send_msg(sock, M_STARTED, (int32_t)rq.job, pid > 0 ? (int32_t)pid : -e) != 0)
            break;
    }
leave:
    for (size_t i = 0; i < nkids; i++)
        kill(kids[i], SIGKILL);
    while (waitpid(-1, NULL, 0) > 0 || errno == EINTR)
        ;
    _exit(0);
}

hd_status pool_template(pool *p, pool_init init, pool_work fn, void *ctx)
{
    if (p->tstate != T_NONE)
        return HD_OK;
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) != 0) {
        p->tstate = T_GONE;
        return HD_ERR_SYNTH;
    }
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        close(sv[0]);
        close(sv[1]);
        p->tstate = T_GONE;
        return HD_ERR_SYNTH;
    }
    if (pid == 0) {
        close(sv[0]);
        template_main(p, sv[1], parent, init, fn, ctx);
    }
    close(sv[1]);
    p->tpid = pid;
    p->tsock = sv[0];
    p->tstate = T_STARTING;
    return HD_OK;
}

/* The template is gone (or never came): its children die with it (their parent), so
 * what is left of them is reaped here as crashed, and jobs fork from the caller. */
static void template_gone(pool *p)
{
    if (p->tsock >= 0)
        close(p->tsock);
    p->tsock = -1;
    if (p->tpid > 0) {
        kill(p->tpid, SIGKILL);
        while (waitpid(p->tpid, NULL, 0) < 0 && errno == EINTR)
            ;
    }
    p->tpid = 0;
    p->tstate = T_GONE;
}

/* Takes one message from the template (blocking, or not) and acts on it. Returns the
 * message type, 0 when none waits, -1 when the template is gone. */
static int template_read(pool *p, int block, tmsg *out)
{
    tmsg m;
    ssize_t got;
    while ((got = recv(p->tsock, &m, sizeof m, block ? 0 : MSG_DONTWAIT)) < 0 && errno == EINTR)
        ;
    if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        return 0;
    if (got != (ssize_t)sizeof m) {
        template_gone(p);
        return -1;
    }
    if (m.type == M_READY)
        p->tstate = m.a == HD_OK ? T_READY : T_GONE;
    if (m.type == M_EXITED)
        for (size_t i = 0; i < p->n; i++)
            if (p->s[i].pid == m.a && p->s[i].templ) {
                p->s[i].exited = 1;
                p->s[i].status = m.b;
            }
    if (p->tstate == T_GONE)
        template_gone(p);
    if (out)
        *out = m;
    return m.type;
}

/* Asks the template for the job's child. 1: started; 0: not (the caller forks). A
 * template still starting is waited for (its start is what the job would otherwise do
 * itself, on a core another job needs), but not past a signal, which the caller must
 * see, nor past TEMPLATE_WAIT_MS. */
enum { TEMPLATE_WAIT_MS = 2000 };
static int template_start(pool *p, slot *s, size_t job, int wfd, int xfd, const void *data, size_t len)
{
    while (p->tstate == T_STARTING) {
        struct pollfd pf = {p->tsock, POLLIN, 0};
        int n = poll(&pf, 1, TEMPLATE_WAIT_MS);
        if (n == 0)
            template_gone(p); /* stuck: the jobs fork from the caller */
        if (n <= 0 || template_read(p, 0, NULL) < 0)
            break;
    }
    if (p->tstate != T_READY || len > PAYLOAD_MAX)
        return 0;
    treq rq = {job, len};
    struct iovec iov[2] = {{&rq, sizeof rq}, {(void *)data, len}};
    union {
        struct cmsghdr h;
        char buf[CMSG_SPACE(2 * sizeof(int))];
    } cm;
    memset(&cm, 0, sizeof cm);
    int fds[2] = {wfd, xfd};
    size_t nfds = xfd >= 0 ? 2 : 1;
    struct msghdr mh = {0};
    mh.msg_iov = iov;
    mh.msg_iovlen = len ? 2 : 1;
    mh.msg_control = cm.buf;
    mh.msg_controllen = CMSG_SPACE(nfds * sizeof(int));
    struct cmsghdr *c = CMSG_FIRSTHDR(&mh);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(nfds * sizeof(int));
    memcpy(CMSG_DATA(c), fds, nfds * sizeof(int));
    ssize_t w;
    while ((w = sendmsg(p->tsock, &mh, MSG_NOSIGNAL)) < 0 && errno == EINTR)
        ;
    if (w != (ssize_t)(sizeof rq + len)) {
        template_gone(p);
        return 0;
    }
    for (;;) {
        tmsg m;
        int t = template_read(p, 1, &m);
        if (t < 0)
            return 0;
        if (t == M_STARTED && (size_t)m.a == job) {
            if (m.b <= 0)
                return 0;
            s->pid = m.b;
            s->templ = 1;
            s->exited = 0;
            return 1;
        }
    }
}

/* ------------------------------------------------------------ jobs */

hd_status pool_start(pool *p, size_t job, pool_work fn, void *ctx, int xfd, const void *data, size_t len,
                     hd_diag *diag)
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
    slot *s = &p->s[me];
    if (template_start(p, s, job, fds[1], xfd, data, len)) {
        close(fds[1]);
        s->fd = fds[0];
        s->job = job;
        s->len = 0;
        s->ended = 0;
        return HD_OK;
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
        pool_chan ch = {fds[1], xfd, data, len};
        child(p, me, ch, parent, fn, ctx, job);
    }
    close(fds[1]);
    s->pid = pid;
    s->templ = 0;
    s->fd = fds[0];
    s->job = job;
    s->len = 0;
    s->ended = 0;
    return HD_OK;
}

/* Reaps the child of a slot whose pipe has closed; a child that ended without its end
 * record crashed or was killed. */
static hd_status reap(pool *p, slot *s, pool_receive receive, void *user)
{
    int status = 0;
    hd_status st = HD_OK;
    if (!s->templ) {
        while (waitpid(s->pid, &status, 0) < 0 && errno == EINTR)
            ;
    } else if (!s->ended) {
        /* what it died of, from the template (which reaps it) */
        while (!s->exited && p->tstate != T_GONE && template_read(p, 1, NULL) >= 0)
            ;
        status = s->exited ? s->status : -1;
    }
    s->templ = 0;
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
                     status >= 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1);
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
    struct pollfd fds[65];
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
    size_t nk = k;
    if (p->tsock >= 0 && p->tstate != T_GONE) {
        fds[nk].fd = p->tsock;
        fds[nk].events = POLLIN;
        fds[nk].revents = 0;
        nk++;
    }
    int r = poll(fds, (nfds_t)nk, timeout_ms);
    if (r <= 0)
        return HD_OK; /* timeout, or EINTR: the caller looks at its cancel flag */
    /* the template's reports first, so a child's status is known at its pipe's end */
    if (nk > k && fds[k].revents)
        while (p->tsock >= 0 && template_read(p, 0, NULL) > 0)
            ;
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
            st = reap(p, s, receive, user);
        }
    }
    return st;
}

void pool_stop(pool *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->n; i++)
        if (p->s[i].pid && !p->s[i].templ)
            kill(p->s[i].pid, SIGKILL);
    /* the template, told to stop by the socket's end, kills and reaps its children
     * before it leaves; one still starting has none, and may never read the socket
     * (stuck in espeak-ng's start): killed */
    if (p->tstate == T_STARTING && p->tpid > 0)
        kill(p->tpid, SIGKILL);
    if (p->tsock >= 0) {
        close(p->tsock);
        p->tsock = -1;
    }
    if (p->tpid > 0)
        while (waitpid(p->tpid, NULL, 0) < 0 && errno == EINTR)
            ;
    p->tpid = 0;
    if (p->tstate != T_NONE)
        p->tstate = T_GONE;
    for (size_t i = 0; i < p->n; i++) {
        slot *s = &p->s[i];
        if (!s->pid)
            continue;
        while (!s->templ && waitpid(s->pid, NULL, 0) < 0 && errno == EINTR)
            ;
        s->templ = 0;
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

/* pool: the only file that forks and waits. Each job runs in a child process of its
 * own, forked either from the caller, which has never started espeak-ng, or from the
 * pool's template, a process that has started it and done nothing else (no synthesis):
 * so every job begins with a fresh synthesiser whatever ran before it, and the audio
 * of a job depends on the job alone, never on how many run at once or where it was
 * forked from. A child reports through a pipe as typed records; it dies with its
 * parent, and the template with the caller. */
#ifndef HD_POOL_H
#define HD_POOL_H

#include <stddef.h>
#include <stdint.h>
#include "herald.h"

typedef struct pool pool;

/* A child's side of its pipe. */
typedef struct pool_chan pool_chan;

/* The work of one job, run in the child. Returns its status; diag says why. */
typedef hd_status (*pool_work)(void *ctx, size_t job, pool_chan *ch, hd_diag *diag);

/* The descriptor and the payload pool_start gave the job (-1, and NULL with 0). */
int pool_chan_fd(const pool_chan *ch);
const void *pool_chan_data(const pool_chan *ch, size_t *len);

/* Sends one record (type > 0, chosen by the caller; len bytes of payload) to the
 * parent. HD_ERR_WRITE when the parent is gone. */
hd_status pool_send(pool_chan *ch, uint32_t type, const void *data, size_t len);

/* What the parent receives: a record of a job, or its end. `data` is borrowed until
 * the callback returns. The end of a job has type POOL_END and the job's status and
 * diag, or HD_ERR_SYNTH when the child died without saying (a crash). */
enum { POOL_END = 0 };
typedef struct pool_record {
    size_t job;
    uint32_t type;
    const void *data;
    size_t len;
    hd_status status; /* POOL_END only */
    const hd_diag *diag;
} pool_record;
typedef hd_status (*pool_receive)(void *user, const pool_record *r);

/* A pool of at most `slots` children at once (at most 64). HD_ERR_NOMEM. */
hd_status pool_new(size_t slots, pool **out);

size_t pool_free_slots(const pool *p);
size_t pool_running(const pool *p);

/* Starts `job` in a new child running fn(ctx, job, …), with the descriptor xfd (or -1)
 * and len bytes of payload, which the child finds on its channel. Forked from the
 * template (waiting for it to be ready when it is starting) when the payload is at
 * most 64 KiB, else, or when there is no template, from the caller: then the child
 * keeps the caller's descriptors and nothing of the other children's pipes. Needs a
 * free slot (HD_ERR_ARG otherwise). HD_ERR_SYNTH when fork or pipe fails (diag says
 * why). */
hd_status pool_start(pool *p, size_t job, pool_work fn, void *ctx, int xfd, const void *data, size_t len,
                     hd_diag *diag);

/* Forks the template now: it runs init(ctx), and once it has, the jobs started after
 * are forked from it, with init done. A job from the template sees ctx as it was at
 * this call, plus its descriptor and payload: whatever else of ctx fn reads must not
 * change after. Nothing (HD_OK) when there is a template already; HD_ERR_SYNTH when it
 * cannot be forked (jobs then fork from the caller, as they do when init fails). */
typedef hd_status (*pool_init)(void *ctx);
hd_status pool_template(pool *p, pool_init init, pool_work fn, void *ctx);

/* Waits until a record arrives or timeout_ms passes (-1: no limit), then hands every
 * complete record to `receive` in the order each child sent them. Returns the first
 * non-OK status `receive` returned, HD_ERR_NOMEM, or HD_OK; on a signal it returns
 * HD_OK at once, so the caller can look at its cancel flag. */
hd_status pool_wait(pool *p, int timeout_ms, pool_receive receive, void *user);

/* Kills every child (SIGKILL) and reaps it, and ends the template. */
void pool_stop(pool *p);

/* Stops what runs and frees. Accepts NULL. */
void pool_free(pool *p);

/* The number of processors online, at least 1. */
size_t pool_cpus(void);

#endif

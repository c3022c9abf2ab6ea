/* pool: the only file that forks and waits. Each job runs in a child process of its
 * own, forked from a caller that has never started espeak-ng (whose threads make a
 * fork unsafe), so every job begins with a fresh synthesiser whatever ran before it:
 * the audio of a job depends on the job alone, never on how many run at once. A child
 * reports through a pipe as typed records; it dies with its parent. */
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

/* Starts `job` in a new child running fn(ctx, job, …). The child keeps the caller's
 * descriptors (its spool file among them) and nothing of the other children's pipes.
 * Needs a free slot (HD_ERR_ARG otherwise). HD_ERR_SYNTH when fork or pipe fails
 * (diag says why). */
hd_status pool_start(pool *p, size_t job, pool_work fn, void *ctx, hd_diag *diag);

/* Waits until a record arrives or timeout_ms passes (-1: no limit), then hands every
 * complete record to `receive` in the order each child sent them. Returns the first
 * non-OK status `receive` returned, HD_ERR_NOMEM, or HD_OK; on a signal it returns
 * HD_OK at once, so the caller can look at its cancel flag. */
hd_status pool_wait(pool *p, int timeout_ms, pool_receive receive, void *user);

/* Kills every child (SIGKILL) and reaps it. */
void pool_stop(pool *p);

/* Stops what runs and frees. Accepts NULL. */
void pool_free(pool *p);

/* The number of processors online, at least 1. */
size_t pool_cpus(void);

#endif

/* render: hd_render. Work units of the plan are synthesised in worker processes into
 * spool files (16-bit speech samples, no pauses); the parent follows them in order.
 * A stream goes out through one limiter as they arrive. A folder render gathers the
 * loudness statistics the workers send, sets one gain, cuts the chapters, and encodes
 * them on threads with the limiter (the longest in stretches on several threads) into
 * the staging folder, then commits. */
#define _GNU_SOURCE
#include "render.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cache.h"
#include "epub.h"
#include "level.h"
#include "outdir.h"
#include "pool.h"
#include "prosody.h"
#include "publish.h"
#include "readalong.h"
#include "sink.h"
#include "statement.h"
#include "synth.h"
#include "text.h"
#include "ucache.h"
#include "util.h"

/* Records a worker sends. */
enum {
    R_HELLO = 1, /* int32 sample rate */
    R_PCM,       /* uint64 samples in the spool so far (streams) */
    R_UTT,       /* uint64 utterance, uint64 its speech samples */
    R_STATS,     /* float peak, double[LV_PEAK_BINS], double blocks[] */
    R_WORDS      /* uint64 utterance, then uint32 pairs: text position, sample */
};

enum { U_WAITING, U_RUNNING, U_DONE, U_CONSUMED };

typedef struct unit_state {
    int fd;                    /* spool, or -1 */
    char name[32];             /* spool file in the staging folder (folder render) */
    int state;
    unsigned long long avail;  /* samples written so far (streams) */
    unsigned long long cursor; /* samples of its utterances reported so far */
    unsigned long long base;   /* where in the spool its audio starts (bytes): past the
                                  header of a cache entry linked in as the spool */
    lv_stats *stats;           /* until merged into the render's, in unit order */
} unit_state;

/* A job is a unit (job < nunits) or the calibration of a voice (a stream's gain). */
typedef struct render {
    const hd_plan *plan;
    const hd_render_options *opt;
    hd_diag *diag;
    int rate;                    /* espeak-ng's */
    size_t jobs;
    int stream, level;           /* a stream; loudness normalisation */
    double ceiling, target;      /* dBTP; mono target LUFS */
    pool *pool;
    unit_state *us;
    size_t *unit_of;             /* per utterance */
    unsigned long long *speech;  /* per utterance: speech samples, once reported */
    unsigned long long *offset;  /* per utterance: its start in its unit's spool */
    char *reported;              /* per utterance: its R_UTT came */
    pub_word **words;            /* per utterance: where its words start (folder renders) */
    size_t *nwords;
    size_t done_utts;
    hd_status failed;            /* the first failure a worker reported */
    hd_diag fail_diag;
    od_dir *od;
    /* stream: per voice, the calibration's statistics and gain */
    lv_stats *calib;
    double *gain;
    char *calibrated;
    int mode;                    /* the limiter's mode */
    size_t *job_order;           /* jobs in the order they are started */
    size_t njobs, next_job;
    /* the unit cache: each unit's key (made when it is about to start), and how many
     * units were synthesised and how many taken from the cache */
    const char *cache;
    char **keys;
    size_t *keylen;
    size_t synthesised, reused;
    /* the statement's loudness statistics: the units' merged in unit order as soon
     * as each is done and all before it (the same sums whatever the workers), so
     * memory holds only those waiting */
    lv_stats total;
    size_t merged;
    int heard;                   /* a stream has written its first audio */
    /* a stream begun on the plan of the statement's opening: where the whole is,
     * parsed and planned once the first unit is heard (splice) */
    struct whole *whole;
} render;

/* The whole statement behind a stream begun on its opening (hd_stream). */
typedef struct whole {
    const char *bytes;
    size_t len;
    const hd_parse_options *po;
    const hd_voices *voices;
    const hd_plan_options *plo;
    hd_doc *doc;   /* the whole's, once parsed */
    hd_plan *plan;
} whole;

static int cancelled(const render *r)
{
    return r->opt->cancelled && r->opt->cancelled(r->opt->user);
}

static void progress(const render *r, size_t chapter, size_t chapters, size_t done)
{
    if (r->opt->progress) {
        hd_progress pr = {chapter, chapters, done, r->plan->n};
        r->opt->progress(r->opt->user, &pr);
    }
}

static size_t pause_samples(const render *r, size_t i)
{
    return (size_t)r->plan->u[i].pause_ms * (size_t)r->rate / 1000;
}

/* ------------------------------------------------------------ the worker's side */

/* A sentence of ordinary length and sounds, to measure a voice's loudness by. */
static const char calibration_text[] =
    "The harbour council met on Tuesday to discuss the budget for next year, and agreed "
    "on new plans for the ferry terminal and the old sea wall.";

typedef struct worker {
    render *r;
    pool_chan *ch;
    int fd;
    lv_probe *probe;
    short buf[16384];
    size_t len;
    unsigned long long utt, total;
    float fbuf[4096];
    hd_status st;
    uint32_t *words; /* the utterance's word starts: text position, sample */
    size_t nwords, cap_words;
    sb meta;         /* the records of a unit, for its cache entry */
    size_t first;    /* the unit's first utterance */
} worker;

/* Sends a record and keeps it for the unit's cache entry: type, length, payload,
 * where an utterance's number (the first field of R_UTT and R_WORDS) counts from the
 * unit's first: the same text elsewhere in a statement, or in another, is the same
 * entry. `send` 0: kept only (a stream has no use for word starts). */
static hd_status send_kept(worker *w, uint32_t type, const void *data, size_t len, int send)
{
    if (w->r->cache) {
        uint64_t n = len;
        sb_putn(&w->meta, (const char *)&type, sizeof type);
        sb_putn(&w->meta, (const char *)&n, sizeof n);
        if ((type == R_UTT || type == R_WORDS) && len >= sizeof(uint64_t)) {
            uint64_t i;
            memcpy(&i, data, sizeof i);
            i -= w->first;
            sb_putn(&w->meta, (const char *)&i, sizeof i);
            sb_putn(&w->meta, (const char *)data + sizeof i, len - sizeof i);
        } else {
            sb_putn(&w->meta, data, len);
        }
    }
    return send ? pool_send(w->ch, type, data, len) : HD_OK;
}

static void on_word(void *user, size_t pos, size_t sample)
{
    worker *w = user;
    if (w->st != HD_OK || pos > UINT32_MAX || sample > UINT32_MAX)
        return;
    /* a number's parts repeat its position: its first start is the word's */
    if (w->nwords && w->words[2 * (w->nwords - 1)] == pos)
        return;
    if (grow((void **)&w->words, &w->cap_words, 2 * (w->nwords + 1), sizeof *w->words) != 0) {
        w->st = HD_ERR_NOMEM;
        return;
    }
    w->words[2 * w->nwords] = (uint32_t)pos;
    w->words[2 * w->nwords + 1] = (uint32_t)sample;
    w->nwords++;
}

static hd_status send_words(worker *w, size_t i, int send)
{
    size_t len = sizeof(uint64_t) + w->nwords * 2 * sizeof(uint32_t);
    char *b = malloc(len);
    if (!b)
        return HD_ERR_NOMEM;
    uint64_t u = i;
    memcpy(b, &u, sizeof u);
    if (w->nwords)
        memcpy(b + sizeof u, w->words, w->nwords * 2 * sizeof(uint32_t));
    hd_status st = send_kept(w, R_WORDS, b, len, send);
    free(b);
    return st;
}

static hd_status flush_spool(worker *w)
{
    if (fd_write_all(w->fd, w->buf, w->len * sizeof *w->buf) != 0)
        return HD_ERR_WRITE;
    w->total += w->len;
    w->len = 0;
    if (w->r->stream)
        return pool_send(w->ch, R_PCM, &w->total, sizeof w->total);
    return HD_OK;
}

static int on_pcm(void *user, const short *pcm, size_t n)
{
    worker *w = user;
    if (w->fd < 0) {
        /* a calibration: measured, not kept */
        while (n > 0) {
            size_t k = n < 4096 ? n : 4096;
            for (size_t i = 0; i < k; i++)
                w->fbuf[i] = pcm[i] / 32768.0f;
            if ((w->st = lv_probe_add(w->probe, w->fbuf, k)) != HD_OK)
                return 1;
            pcm += k;
            n -= k;
        }
        return 0;
    }
    while (n > 0) {
        size_t k = sizeof w->buf / sizeof *w->buf - w->len;
        if (k > n)
            k = n;
        if (k > sizeof w->fbuf / sizeof *w->fbuf)
            k = sizeof w->fbuf / sizeof *w->fbuf;
        memcpy(w->buf + w->len, pcm, k * sizeof *pcm);
        if (w->probe) {
            for (size_t i = 0; i < k; i++)
                w->fbuf[i] = pcm[i] / 32768.0f;
            if ((w->st = lv_probe_add(w->probe, w->fbuf, k)) != HD_OK)
                return 1;
        }
        w->len += k;
        w->utt += k;
        pcm += k;
        n -= k;
        /* a stream hears every chunk at once; a folder render writes in large blocks */
        if ((w->r->stream || w->len == sizeof w->buf / sizeof *w->buf) &&
            (w->st = flush_spool(w)) != HD_OK)
            return 1;
    }
    return 0;
}

static hd_status send_stats(worker *w, const lv_stats *s)
{
    size_t len = sizeof(float) + sizeof s->peak_energy + s->nblocks * sizeof(double);
    char *b = malloc(len);
    if (!b)
        return HD_ERR_NOMEM;
    memcpy(b, &s->peak, sizeof(float));
    memcpy(b + sizeof(float), s->peak_energy, sizeof s->peak_energy);
    if (s->nblocks)
        memcpy(b + sizeof(float) + sizeof s->peak_energy, s->blocks, s->nblocks * sizeof(double));
    hd_status st = send_kept(w, R_STATS, b, len, 1);
    free(b);
    return st;
}

static hd_status read_stats(const void *data, size_t len, lv_stats *s)
{
    const char *b = data;
    size_t head = sizeof(float) + sizeof s->peak_energy;
    if (len < head || (len - head) % sizeof(double))
        return HD_ERR_SYNTH;
    lv_stats one;
    memset(&one, 0, sizeof one);
    memcpy(&one.peak, b, sizeof(float));
    memcpy(one.peak_energy, b + sizeof(float), sizeof one.peak_energy);
    one.nblocks = (len - head) / sizeof(double);
    one.blocks = (double *)(uintptr_t)(b + head); /* read only, through merge */
    double *copy = NULL;
    if (one.nblocks) {
        if (!(copy = malloc(one.nblocks * sizeof *copy)))
            return HD_ERR_NOMEM;
        memcpy(copy, b + head, one.nblocks * sizeof *copy);
    }
    one.blocks = copy;
    hd_status st = lv_stats_merge(s, &one);
    free(copy);
    return st;
}

/* Speaks one text with one voice, for the worker; a folder render keeps where the
 * words start, for captions. */
static hd_status speak(worker *w, const vo_profile *v, int rate, const char *speech, hd_diag *diag)
{
    w->nwords = 0;
    /* word starts are kept for the cache even where a stream has no use for them */
    int words = w->fd >= 0 && (!w->r->stream || w->r->cache);
    hd_status st = syn_speak_words(v, rate, speech, on_pcm, words ? on_word : NULL, w, diag);
    if (st == HD_OK && w->st != HD_OK)
        st = w->st;
    if (st == HD_ERR_CANCELLED && w->st != HD_OK)
        st = w->st;
    return st;
}

static hd_status unit_key(render *r, size_t k);

static hd_status work(void *ctx, size_t job, pool_chan *ch, hd_diag *diag)
{
    render *r = ctx;
    const hd_plan *p = r->plan;
    worker *w = calloc(1, sizeof *w);
    hd_status st = HD_OK;
    int rate = 0;
    if (!w)
        return HD_ERR_NOMEM;
    w->r = r;
    w->ch = ch;
    if ((st = syn_open(&rate, diag)) != HD_OK)
        goto out;
    /* this process's copy: the parent may not have heard a worker yet when it forked */
    r->rate = rate;
    int32_t hello = rate;
    if ((st = send_kept(w, R_HELLO, &hello, sizeof hello, 1)) != HD_OK)
        goto out;
    if ((r->level || job >= p->nunits) && !(w->probe = lv_probe_new(rate))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    lv_stats stats;
    memset(&stats, 0, sizeof stats);
    if (job >= p->nunits) {
        /* calibration of a voice: its statistics, no audio kept */
        const vo_profile *v = &p->voices[job - p->nunits];
        w->fd = -1;
        if ((st = speak(w, v, p->rate_wpm ? p->rate_wpm : v->rate, calibration_text, diag)) != HD_OK)
            goto out;
    } else {
        const pro_unit *u = &p->units[job];
        w->fd = pool_chan_fd(ch);
        /* the key, made by the parent after this process's template was forked */
        size_t kl = 0;
        const char *kd = pool_chan_data(ch, &kl);
        if (kl && !r->keys[job]) {
            if (!(r->keys[job] = malloc(kl + 1))) {
                st = HD_ERR_NOMEM;
                goto out;
            }
            memcpy(r->keys[job], kd, kl);
            r->keys[job][kl] = '\0';
            r->keylen[job] = kl;
        }
        w->first = u->first;
        for (size_t i = u->first; i < u->last; i++) {
            char *speech = pro_speech(p, i);
            if (!speech) {
                st = HD_ERR_NOMEM;
                goto out;
            }
            w->utt = 0;
            const pro_utterance *pu = &p->u[i];
            st = speak(w, &p->voices[pu->voice], pro_rate(p, pu), speech, diag);
            free(speech);
            if (st == HD_OK && w->len)
                st = flush_spool(w);
            if (st == HD_OK && (!r->stream || r->cache))
                st = send_words(w, i, !r->stream);
            if (st != HD_OK)
                goto out;
            uint64_t rec[2] = {i, w->utt};
            if ((st = send_kept(w, R_UTT, rec, sizeof rec, 1)) != HD_OK)
                goto out;
            /* the pause after it, as the listener hears it: the loudness gating sees
             * the statement as it will be written */
            if (w->probe && (st = lv_probe_silence(w->probe, pause_samples(r, i))) != HD_OK)
                goto out;
        }
    }
    if (w->probe) {
        if ((st = lv_probe_finish(w->probe, &stats)) == HD_OK)
            st = send_stats(w, &stats);
        lv_stats_clear(&stats);
    }
    /* the unit's audio and records, for the next render that needs them (a stream's
     * first unit makes its key here, after it has been heard) */
    if (st == HD_OK && job < p->nunits && r->cache && !r->keys[job])
        unit_key(r, job);
    if (st == HD_OK && job < p->nunits && r->cache && !w->meta.oom && r->keys[job])
        uc_store(r->cache, r->keys[job], r->keylen[job], w->meta.s, w->meta.len, w->fd,
                 w->total * sizeof(short));
out:
    if (st == HD_ERR_WRITE && !diag->message[0])
        diag_set(diag, 0, 0, "cannot write synthesised audio: %s", strerror(errno));
    if (st == HD_ERR_NOMEM && !diag->message[0])
        diag_set(diag, 0, 0, "out of memory");
    lv_probe_free(w->probe);
    free(w->words);
    sb_free(&w->meta);
    free(w);
    return st;
}

/* ------------------------------------------------------------ the parent's side */

static hd_status on_record(void *user, const pool_record *rec)
{
    render *r = user;
    const hd_plan *p = r->plan;
    size_t job = rec->job;
    int unit = job < p->nunits;
    switch (rec->type) {
    case POOL_END:
        if (rec->status != HD_OK) {
            if (r->failed == HD_OK) {
                r->failed = rec->status;
                r->fail_diag = *rec->diag;
            }
            return rec->status;
        }
        if (unit) {
            /* a unit is done only with every utterance's audio reported */
            for (size_t i = p->units[job].first; i < p->units[job].last; i++)
                if (!r->reported[i]) {
                    if (r->failed == HD_OK) {
                        r->failed = HD_ERR_SYNTH;
                        diag_set(&r->fail_diag, 0, 0,
                                 "a synthesis process ended without all of its audio");
                    }
                    return HD_ERR_SYNTH;
                }
            r->us[job].state = U_DONE;
        } else if (r->calib[job - p->nunits].nblocks == 0 && r->failed == HD_OK) {
            r->failed = HD_ERR_SYNTH;
            diag_set(&r->fail_diag, 0, 0, "a voice's calibration came back without a measurement");
            return HD_ERR_SYNTH;
        } else {
            r->calibrated[job - p->nunits] = 1;
        }
        return HD_OK;
    case R_HELLO: {
        int32_t rate;
        if (rec->len != sizeof rate)
            return HD_ERR_SYNTH;
        memcpy(&rate, rec->data, sizeof rate);
        if (!r->rate)
            r->rate = rate;
        return rate == r->rate ? HD_OK : HD_ERR_SYNTH;
    }
    case R_PCM:
        if (!unit || rec->len != sizeof(uint64_t))
            return HD_ERR_SYNTH;
        memcpy(&r->us[job].avail, rec->data, sizeof(uint64_t));
        return HD_OK;
    case R_UTT: {
        uint64_t v[2];
        if (!unit || rec->len != sizeof v)
            return HD_ERR_SYNTH;
        memcpy(v, rec->data, sizeof v);
        size_t i = (size_t)v[0];
        if (i < p->units[job].first || i >= p->units[job].last)
            return HD_ERR_SYNTH;
        r->speech[i] = v[1];
        r->offset[i] = r->us[job].cursor;
        r->us[job].cursor += v[1];
        r->reported[i] = 1;
        r->done_utts++;
        return HD_OK;
    }
    case R_STATS:
        if (unit && r->stream)
            return HD_OK; /* a stream's level is its voices' calibrations; kept for the cache only */
        if (unit && !r->us[job].stats && !(r->us[job].stats = calloc(1, sizeof *r->us[job].stats)))
            return HD_ERR_NOMEM;
        return read_stats(rec->data, rec->len, unit ? r->us[job].stats : &r->calib[job - p->nunits]);
    case R_WORDS: {
        uint64_t u;
        if (!unit || !r->words || rec->len < sizeof u || (rec->len - sizeof u) % (2 * sizeof(uint32_t)))
            return HD_ERR_SYNTH;
        memcpy(&u, rec->data, sizeof u);
        size_t i = (size_t)u, n = (rec->len - sizeof u) / (2 * sizeof(uint32_t));
        if (i < p->units[job].first || i >= p->units[job].last)
            return HD_ERR_SYNTH;
        free(r->words[i]);
        r->words[i] = NULL;
        r->nwords[i] = 0;
        pub_word *ev = n ? calloc(n, sizeof *ev) : NULL;
        if (n && !ev)
            return HD_ERR_NOMEM;
        const char *d = (const char *)rec->data + sizeof u;
        for (size_t k = 0; k < n; k++) {
            uint32_t pair[2];
            memcpy(pair, d + k * sizeof pair, sizeof pair);
            ev[k].pos = pair[0];
            ev[k].at_s = r->rate > 0 ? (double)pair[1] / r->rate : 0;
        }
        /* aligned once here, for every caption file that is cut from it */
        hd_status st = pub_align_words(p, i, ev, n, &r->words[i], &r->nwords[i]);
        free(ev);
        return st;
    }
    }
    return HD_ERR_SYNTH;
}

/* A spool for a unit: a named file in the staging folder (a folder render reads it
 * again when encoding) or an unnamed temporary file (a stream reads it once). */
static hd_status open_spool(render *r, size_t k)
{
    unit_state *u = &r->us[k];
    if (r->od) {
        snprintf(u->name, sizeof u->name, "u%06zu.pcm", k);
        u->fd = od_create(r->od, u->name, r->diag);
        return u->fd < 0 ? HD_ERR_CREATE : HD_OK;
    }
    const char *tmp = getenv("TMPDIR");
    if (!tmp || !*tmp)
        tmp = "/tmp";
    u->fd = open(tmp, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (u->fd < 0) {
        /* no O_TMPFILE there: a file of an unpredictable name, removed at once */
        char *path = path_join(tmp, "herald-spool-XXXXXX");
        if (!path)
            return HD_ERR_NOMEM;
        u->fd = mkostemp(path, O_CLOEXEC);
        if (u->fd >= 0)
            unlink(path);
        free(path);
    }
    if (u->fd < 0) {
        diag_set_path(r->diag, tmp);
        diag_set(r->diag, 0, 0, "cannot create a temporary file: %s", strerror(errno));
        return HD_ERR_CREATE;
    }
    return HD_OK;
}

static void close_spool(render *r, size_t k)
{
    if (r->us[k].fd >= 0)
        close(r->us[k].fd);
    r->us[k].fd = -1;
}

/* The key of unit k in the cache: everything its samples and records depend on. */
static hd_status unit_key(render *r, size_t k)
{
    const hd_plan *p = r->plan;
    if (r->keys[k])
        return HD_OK;
    sb b = {0};
    /* herald's version too: the records' layout and the probe's statistics are its */
    sb_printf(&b, "herald unit audio 1; herald %s; %d bins\n%s\n", HD_VERSION, (int)LV_PEAK_BINS,
              syn_identity());
    for (size_t i = p->units[k].first; i < p->units[k].last; i++) {
        const pro_utterance *pu = &p->u[i];
        const vo_profile *v = &p->voices[pu->voice];
        char *speech = pro_speech(p, i);
        if (!speech) {
            sb_free(&b);
            return HD_ERR_NOMEM;
        }
        sb_printf(&b, "%s %d %d %d %d; rate %d; pause %d ms; %zu: ", v->espeak, v->pitch, v->range,
                  v->volume, v->wordgap, pro_rate(p, pu), pu->pause_ms, strlen(speech));
        sb_puts(&b, speech);
        /* and the voice each passage in another language is spoken with (data, which
         * can change while the text does not) */
        for (const char *o = strchr(speech, SP_SPAN_OPEN); o; o = strchr(o + 1, SP_SPAN_OPEN)) {
            const char *mid = strchr(o, SP_SPAN_TEXT);
            const char *voice = mid ? sp_span_voice(o + 1, (size_t)(mid - o - 1)) : NULL;
            sb_printf(&b, "; passage voice %s", voice ? voice : "-");
        }
        sb_putc(&b, '\n');
        free(speech);
    }
    if (b.oom) {
        sb_free(&b);
        return HD_ERR_NOMEM;
    }
    r->keylen[k] = b.len;
    r->keys[k] = sb_take(&b);
    return HD_OK;
}

/* Checks a cache entry's records before any is used: whole, of this unit, every
 * utterance once, statistics where the render needs them. */
static int entry_fits(const render *r, size_t k, const char *m, size_t n, unsigned long long bytes)
{
    const pro_unit *u = &r->plan->units[k];
    size_t utts = 0, stats = 0;
    unsigned long long samples = 0;
    while (n > 0) {
        uint32_t type;
        uint64_t len;
        if (n < sizeof type + sizeof len)
            return 0;
        memcpy(&type, m, sizeof type);
        memcpy(&len, m + sizeof type, sizeof len);
        m += sizeof type + sizeof len;
        n -= sizeof type + sizeof len;
        if (len > n || type < R_HELLO || type > R_WORDS || type == R_PCM)
            return 0;
        if (type == R_WORDS) {
            uint64_t wi;
            if (len < sizeof wi || (len - sizeof wi) % (2 * sizeof(uint32_t)))
                return 0;
            memcpy(&wi, m, sizeof wi);
            if (wi >= u->last - u->first)
                return 0;
        }
        if (type == R_HELLO) {
            int32_t rate;
            if (len != sizeof rate)
                return 0;
            memcpy(&rate, m, sizeof rate);
            if (r->rate && rate != r->rate)
                return 0;
        }
        if (type == R_STATS) {
            size_t head = sizeof(float) + sizeof(((lv_stats *)0)->peak_energy);
            if (len < head || (len - head) % sizeof(double))
                return 0;
        }
        if (type == R_UTT) {
            uint64_t v[2];
            if (len != sizeof v)
                return 0;
            memcpy(v, m, sizeof v);
            if (v[0] != utts)
                return 0;
            samples += v[1];
            utts++;
        }
        stats += type == R_STATS;
        m += len;
        n -= (size_t)len;
    }
    return utts == u->last - u->first && stats <= 1 && (stats == 1 || !r->level) &&
           samples == bytes / sizeof(short);
}

/* Takes unit k from the cache into its open spool, as if a worker had sent it: 1
 * when it was there, 0 when it must be synthesised (the spool emptied again). */
static int from_cache(render *r, size_t k)
{
    char *m = NULL;
    size_t n = 0;
    unsigned long long bytes = 0;
    unit_state *u = &r->us[k];
    if (unit_key(r, k) != HD_OK)
        return 0;
    int got = 0, linked = 0;
    if (r->od) {
        /* A folder render links the entry in as the unit's spool and reads its audio
         * where it lies: nothing is copied. The link is checked, not the cache's name,
         * which another process may replace or remove meanwhile. Another file system,
         * or a cache of another user's files, is copied as a stream's is. */
        char *path = uc_path(r->cache, r->keys[k], r->keylen[k]);
        close_spool(r, k);
        od_discard(r->od, u->name);
        linked = path && od_link(r->od, u->name, path) == 0;
        free(path);
        if (linked) {
            int fd = od_reopen(r->od, u->name, NULL);
            unsigned long long at = 0;
            got = fd >= 0 && uc_check(r->cache, fd, r->keys[k], r->keylen[k], &m, &n, &bytes, &at);
            if (fd >= 0)
                close(fd);
            u->base = at;
        }
        if (!got) {
            od_discard(r->od, u->name);
            if ((u->fd = od_create(r->od, u->name, NULL)) < 0)
                return -1;
        }
    }
    if (!linked)
        got = uc_load(r->cache, r->keys[k], r->keylen[k], u->fd, &m, &n, &bytes);
    if (got != 1 || bytes % sizeof(short) || !entry_fits(r, k, m, n, bytes)) {
        free(m);
        u->base = 0;
        if (linked && got == 1) { /* whole, but not this unit's records: a spool again */
            od_discard(r->od, u->name);
            if ((u->fd = od_create(r->od, u->name, NULL)) < 0)
                return -1;
            return 0;
        }
        if (u->fd >= 0 && (ftruncate(u->fd, 0) != 0 || lseek(u->fd, 0, SEEK_SET) != 0))
            return -1;
        return 0;
    }
    const char *at = m;
    size_t left = n;
    hd_status st = HD_OK;
    while (left > 0 && st == HD_OK) {
        uint32_t type;
        uint64_t len;
        memcpy(&type, at, sizeof type);
        memcpy(&len, at + sizeof type, sizeof len);
        at += sizeof type + sizeof len;
        left -= sizeof type + sizeof len;
        /* utterance numbers back from the unit's own */
        char *own = NULL;
        if (type == R_UTT || type == R_WORDS) {
            uint64_t i;
            if (!(own = malloc((size_t)len))) {
                st = HD_ERR_NOMEM;
                break;
            }
            memcpy(own, at, (size_t)len);
            memcpy(&i, own, sizeof i);
            i += r->plan->units[k].first;
            memcpy(own, &i, sizeof i);
        }
        pool_record rec = {k, type, own ? own : at, (size_t)len, HD_OK, NULL};
        if (type != R_WORDS || !r->stream)
            st = on_record(r, &rec);
        free(own);
        at += len;
        left -= (size_t)len;
    }
    free(m);
    if (st != HD_OK) {
        if (st == HD_ERR_NOMEM)
            errno = ENOMEM;
        return -1;
    }
    r->us[k].avail = bytes / sizeof(short);
    pool_record end = {k, POOL_END, NULL, 0, HD_OK, NULL};
    return on_record(r, &end) == HD_OK ? 1 : -1;
}

/* The template's preparation, once for all the units it forks: espeak-ng started and
 * the statement's voices loaded (a voice that will not load is left to the unit that
 * needs it, which says why). */
static hd_status template_init(void *ctx)
{
    const render *r = ctx;
    hd_diag d;
    memset(&d, 0, sizeof d);
    hd_status st = syn_open(NULL, &d);
    for (size_t v = 0; st == HD_OK && v < r->plan->nvoices; v++)
        syn_preload(&r->plan->voices[v], &d);
    return st;
}

/* Starts the next jobs while slots are free; a stream runs at most a few units ahead
 * of what it has written. A unit in the cache needs no worker: it is read at once. */
static hd_status start_jobs(render *r, size_t consumed_unit)
{
    const hd_plan *p = r->plan;
    while (r->next_job < r->njobs && pool_free_slots(r->pool) > 0) {
        size_t job = r->job_order[r->next_job];
        if (r->stream && job < p->nunits && job > consumed_unit + 2 * r->jobs)
            break;
        /* a stream's first sound waits on its first unit and that unit's voice's
         * calibration alone: a worker busy on every core would keep this process,
         * which writes the sound, off the processor for a scheduler's slice (1-3 ms
         * measured on two cores) when the first audio arrives */
        if (r->stream && !r->heard && p->n > 0 && r->us[0].state < U_DONE && job != 0 &&
            job != p->nunits + (size_t)p->u[0].voice)
            break;
        hd_status st;
        if (job < p->nunits) {
            if ((st = open_spool(r, job)) != HD_OK)
                return st;
            r->us[job].state = U_RUNNING;
            /* a stream synthesises what it starts before its first sound, never
             * delaying it with keys and lookups (its first unit is one sentence, the
             * next few small); the rest may come from the cache */
            if (r->cache && !(r->stream && !r->heard)) {
                errno = 0;
                int got = from_cache(r, job);
                if (got < 0) {
                    if (r->failed != HD_OK) {
                        *r->diag = r->fail_diag;
                        return r->failed;
                    }
                    if (errno == ENOMEM)
                        return HD_ERR_NOMEM;
                    diag_set(r->diag, 0, 0, "cannot write audio taken from the cache: %s",
                             strerror(errno));
                    return HD_ERR_WRITE;
                }
                if (got == 1) {
                    free(r->keys[job]);
                    r->keys[job] = NULL;
                    if (r->od)
                        close_spool(r, job);
                    r->reused++;
                    r->next_job++;
                    continue;
                }
                if ((st = unit_key(r, job)) != HD_OK)
                    return st;
            }
            r->synthesised++;
        }
        int unit = job < p->nunits;
        /* every job synthesises: libespeak-ng is loaded once here, not in every child
         * forked from this process (a failure is the child's to report) */
        (void)syn_load(NULL);
        /* A render that has more than one job forks them all from a template that has
         * started espeak-ng once: a job forked from here would start it again, each on
         * a core the others need. A stream's first sentence cannot wait for a template
         * (and its plan may change under one): it forks from here. */
        if (!r->stream && r->next_job + 1 < r->njobs)
            pool_template(r->pool, template_init, work, r);
        if ((st = pool_start(r->pool, job, work, r, unit ? r->us[job].fd : -1, unit ? r->keys[job] : NULL,
                             unit && r->keys[job] ? r->keylen[job] : 0, r->diag)) != HD_OK)
            return st;
        /* the child has its own copy of the key */
        if (job < p->nunits) {
            free(r->keys[job]);
            r->keys[job] = NULL;
        }
        /* the parent keeps only what it reads; the child has its own descriptor */
        if (job < p->nunits && r->od)
            close_spool(r, job);
        r->next_job++;
    }
    return HD_OK;
}

/* Merges the statistics of the units done, in unit order, into the render's. */
static hd_status merge_done(render *r)
{
    const hd_plan *p = r->plan;
    while (r->merged < p->nunits && r->us[r->merged].state >= U_DONE) {
        unit_state *u = &r->us[r->merged];
        if (u->stats) {
            hd_status st = r->level ? lv_stats_merge(&r->total, u->stats) : HD_OK;
            lv_stats_clear(u->stats);
            free(u->stats);
            u->stats = NULL;
            if (st != HD_OK)
                return st;
        }
        r->merged++;
    }
    return HD_OK;
}

/* Waits for workers once; a failure they reported becomes the render's. */
static hd_status wait_once(render *r)
{
    if (cancelled(r))
        return HD_ERR_CANCELLED;
    hd_status st = pool_wait(r->pool, 100, on_record, r);
    if (r->failed != HD_OK) {
        if (r->diag)
            *r->diag = r->fail_diag;
        return r->failed;
    }
    if (st != HD_OK)
        diag_set(r->diag, 0, 0, "a synthesis process sent what herald cannot read");
    return st;
}

static double mono_target(const hd_render_options *o, int channels)
{
    double t = o->loudness != 0 ? o->loudness : channels == 2 ? -16.0 : -19.0;
    /* loudness is measured on the mono signal; two equal channels add 3 dB */
    return t - (channels == 2 ? 10 * log10(2.0) : 0);
}

static int lossy(hd_format f) { return f == HD_FORMAT_OGG || f == HD_FORMAT_OPUS || f == HD_FORMAT_MP3; }

/* ------------------------------------------------------------ a plan's state */

/* What the render keeps per unit, utterance and voice of r->plan. */
static hd_status plan_state_new(render *r)
{
    const hd_plan *plan = r->plan;
    if (!(r->us = calloc(plan->nunits + 1, sizeof *r->us)) ||
        !(r->unit_of = calloc(plan->n + 1, sizeof *r->unit_of)) ||
        !(r->speech = calloc(plan->n + 1, sizeof *r->speech)) ||
        !(r->offset = calloc(plan->n + 1, sizeof *r->offset)) ||
        !(r->reported = calloc(plan->n + 1, 1)) ||
        !(r->words = calloc(plan->n + 1, sizeof *r->words)) ||
        !(r->nwords = calloc(plan->n + 1, sizeof *r->nwords)) ||
        !(r->calib = calloc(plan->nvoices + 1, sizeof *r->calib)) ||
        !(r->gain = calloc(plan->nvoices + 1, sizeof *r->gain)) ||
        !(r->calibrated = calloc(plan->nvoices + 1, 1)) ||
        !(r->job_order = calloc(plan->nunits + plan->nvoices + 1, sizeof *r->job_order)) ||
        !(r->keys = calloc(plan->nunits + 1, sizeof *r->keys)) ||
        !(r->keylen = calloc(plan->nunits + 1, sizeof *r->keylen)))
        return HD_ERR_NOMEM;
    for (size_t k = 0; k < plan->nunits; k++) {
        r->us[k].fd = -1;
        for (size_t i = plan->units[k].first; i < plan->units[k].last; i++)
            r->unit_of[i] = k;
    }
    return HD_OK;
}

static void plan_state_free(render *r)
{
    const hd_plan *plan = r->plan;
    for (size_t k = 0; r->us && k < plan->nunits; k++) {
        close_spool(r, k);
        if (r->us[k].stats)
            lv_stats_clear(r->us[k].stats);
        free(r->us[k].stats);
    }
    for (size_t v = 0; r->calib && v < plan->nvoices; v++)
        lv_stats_clear(&r->calib[v]);
    free(r->us);
    free(r->unit_of);
    free(r->speech);
    free(r->offset);
    free(r->reported);
    for (size_t i = 0; r->words && i < plan->n; i++)
        free(r->words[i]);
    free(r->words);
    free(r->nwords);
    free(r->calib);
    free(r->gain);
    free(r->calibrated);
    free(r->job_order);
    for (size_t k = 0; r->keys && k < plan->nunits; k++)
        free(r->keys[k]);
    free(r->keys);
    free(r->keylen);
    r->us = NULL;
    r->unit_of = NULL;
    r->speech = NULL;
    r->offset = NULL;
    r->reported = NULL;
    r->words = NULL;
    r->nwords = NULL;
    r->calib = NULL;
    r->gain = NULL;
    r->calibrated = NULL;
    r->job_order = NULL;
    r->keys = NULL;
    r->keylen = NULL;
}

/* ------------------------------------------------------------ stream */

/* Blocks of samples on their way out. */
enum { BLOCK = 8192 };
typedef struct block {
    short in[BLOCK];
    float x[BLOCK], y[BLOCK];
} block;

/* Samples handed from the thread that limits and measures them to a thread that
 * encodes them, a few blocks at a time: the longest chapter's two halves of the work
 * overlap. */
enum { HANDOFF_BLOCKS = 8 };
typedef struct handoff {
    snd_out *out;
    lv_meter *meter;   /* measures what is written, on the writer's thread; or NULL */
    float buf[HANDOFF_BLOCKS][BLOCK];
    size_t len[HANDOFF_BLOCKS];
    size_t head, tail; /* blocks taken, blocks given */
    int closed;
    hd_status st;      /* the encoder's first failure */
    hd_diag diag;
    pthread_mutex_t mu;
    pthread_cond_t cv;
} handoff;

static void *handoff_thread(void *arg)
{
    handoff *h = arg;
    pthread_mutex_lock(&h->mu);
    for (;;) {
        while (h->head == h->tail && !h->closed)
            pthread_cond_wait(&h->cv, &h->mu);
        if (h->head == h->tail)
            break;
        size_t slot = h->head % HANDOFF_BLOCKS;
        pthread_mutex_unlock(&h->mu);
        hd_status st = h->st;
        if (st == HD_OK && h->meter)
            st = lv_meter_add(h->meter, h->buf[slot], h->len[slot]);
        if (st == HD_OK)
            st = snd_write(h->out, h->buf[slot], h->len[slot], &h->diag);
        pthread_mutex_lock(&h->mu);
        h->st = st;
        h->head++;
        pthread_cond_broadcast(&h->cv);
    }
    pthread_mutex_unlock(&h->mu);
    return NULL;
}

static hd_status handoff_give(handoff *h, const float *x, size_t n, hd_diag *d)
{
    pthread_mutex_lock(&h->mu);
    while (h->tail - h->head == HANDOFF_BLOCKS && h->st == HD_OK)
        pthread_cond_wait(&h->cv, &h->mu);
    hd_status st = h->st;
    if (st == HD_OK) {
        size_t slot = h->tail % HANDOFF_BLOCKS;
        memcpy(h->buf[slot], x, n * sizeof *x);
        h->len[slot] = n;
        h->tail++;
        pthread_cond_broadcast(&h->cv);
    } else if (d) {
        *d = h->diag;
    }
    pthread_mutex_unlock(&h->mu);
    return st;
}

/* Where played samples go: straight to the output, or through a handoff; `stop`, when
 * set, is asked between blocks whether to stop (an encoding thread's cancel). */
typedef struct lane lane;
typedef struct outlet {
    snd_out *out;
    handoff *h;
    int (*stop)(void *);
    void *user;
    lane *ln; /* a lane of a chapter limited in stretches: its queue */
} outlet;

static hd_status lane_give(lane *ln, const float *x, size_t n, int ends);

static hd_status deliver(outlet *to, const float *x, size_t n, hd_diag *d)
{
    if (to->ln)
        return lane_give(to->ln, x, n, 0);
    return to->h ? handoff_give(to->h, x, n, d) : snd_write(to->out, x, n, d);
}

/* Sends n samples (NULL: silence) through the limiter and the meter, where there are
 * any, to an output: the stream, or a chapter file. */
static hd_status play(outlet *to, lv_limiter *lim, lv_meter *meter, block *b, const short *pcm,
                      size_t n, hd_diag *d)
{
    while (n > 0) {
        if (to->stop && to->stop(to->user))
            return HD_ERR_CANCELLED;
        size_t k = n < BLOCK ? n : BLOCK;
        for (size_t i = 0; i < k; i++)
            b->x[i] = pcm ? pcm[i] / 32768.0f : 0.0f;
        const float *o = b->x;
        size_t m = k;
        if (lim) {
            m = lv_limiter_run(lim, b->x, k, b->y);
            o = b->y;
        }
        hd_status st;
        if (meter && (st = lv_meter_add(meter, o, m)) != HD_OK)
            return st;
        if ((st = deliver(to, o, m, d)) != HD_OK)
            return st;
        if (pcm)
            pcm += k;
        n -= k;
    }
    return HD_OK;
}

/* Plays samples [from, from + n) of a spool. */
static hd_status play_spool(int fd, unsigned long long base, unsigned long long from, unsigned long long n,
                            outlet *to, lv_limiter *lim, lv_meter *meter, block *b, hd_diag *d)
{
    while (n > 0) {
        size_t want = n < BLOCK ? (size_t)n : BLOCK;
        ssize_t got = pread(fd, b->in, want * sizeof(short), (off_t)(base + from * sizeof(short)));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0 || got % (ssize_t)sizeof(short)) {
            diag_set(d, 0, 0, "cannot read back synthesised audio: %s",
                     got < 0 ? strerror(errno) : "short read");
            return HD_ERR_WRITE;
        }
        size_t m = (size_t)got / sizeof(short);
        hd_status st = play(to, lim, meter, b, b->in, m, d);
        if (st != HD_OK)
            return st;
        from += m;
        n -= m;
    }
    return HD_OK;
}

/* The key a voice's stream gain is kept under between runs: everything that moves it.
 * `mode` is the limiter mode asked for (-1: the first voice chooses it). */
static void gain_key(const render *r, size_t v, int mode, char *key, size_t n)
{
    const hd_plan *p = r->plan;
    const vo_profile *vp = &p->voices[v];
    snprintf(key, n, "stream-gain v1 %s %s %d %d %d %d %d %.3f %.3f %d", hd_espeak_version(),
             vp->espeak, vp->pitch, vp->range, vp->volume, vp->wordgap,
             p->rate_wpm ? p->rate_wpm : vp->rate, r->target, r->ceiling, mode);
}

static int kept_gain(render *r, size_t v, int mode)
{
    char key[512], value[64];
    double g;
    int m;
    gain_key(r, v, mode, key, sizeof key);
    if (!cache_get(r->opt->cache_dir, "gain", key, value, sizeof value) ||
        sscanf(value, "%lf %d", &g, &m) != 2 || !isfinite(g) || g < -60 || g > 60 || m < 0 ||
        m >= LV_MODES ||
        (mode >= 0 && m != mode))
        return 0;
    r->gain[v] = g;
    r->mode = m;
    r->calibrated[v] = 2;
    return 1;
}

/* Gains kept from earlier runs: the first utterance's voice (which chooses the
 * limiter's mode), then the others in that mode. */
static void kept_gains(render *r)
{
    const hd_plan *p = r->plan;
    size_t first = (size_t)p->u[0].voice;
    if (!kept_gain(r, first, -1))
        return;
    for (size_t v = 0; v < p->nvoices; v++)
        if (v != first)
            kept_gain(r, v, r->mode);
}

static void keep_gain(render *r, size_t v, int asked)
{
    char key[512], value[64];
    gain_key(r, v, asked, key, sizeof key);
    snprintf(value, sizeof value, "%.17g %d", r->gain[v], r->mode);
    cache_put(r->opt->cache_dir, "gain", key, value);
}

/* Calibrations that came in give their voices gains: the first utterance's voice
 * first, whenever the others arrive, so the mode it chooses is the same in every run. */
static void settle_gains(render *r)
{
    const hd_plan *p = r->plan;
    size_t first = (size_t)p->u[0].voice;
    if (r->calibrated[first] == 1) {
        r->mode = -1;
        r->gain[first] = lv_gain_for(&r->calib[first], r->target, r->ceiling, &r->mode);
        r->calibrated[first] = 2;
        keep_gain(r, first, -1);
    }
    if (r->calibrated[first] != 2)
        return;
    for (size_t v = 0; v < p->nvoices; v++)
        if (r->calibrated[v] == 1) {
            int mode = r->mode;
            r->gain[v] = lv_gain_for(&r->calib[v], r->target, r->ceiling, &mode);
            r->calibrated[v] = 2;
            keep_gain(r, v, r->mode);
        }
}

/* ------------------------------------------------------------ a stream begun on its opening */

static int same_profile(const vo_profile *a, const vo_profile *b)
{
    return strcmp(a->espeak, b->espeak) == 0 && a->rate == b->rate && a->pitch == b->pitch &&
           a->range == b->range && a->volume == b->volume && a->wordgap == b->wordgap;
}

/* Where utterance i's text ends in the statement (an announcement: where it starts). */
static size_t utterance_end(const hd_plan *p, size_t i)
{
    hd_sentence s;
    for (; i < p->n; i++)
        if (p->u[i].sentence != PRO_NO_SENTENCE && hd_doc_sentence(p->doc, p->u[i].sentence, &s) == HD_OK)
            return s.end;
    return 0;
}

/* Utterance i of plan a and j of plan b sound the same: the same words of the
 * statement, or the same announcement, in the same voice at the same rate. */
static int same_utterance(const hd_plan *a, size_t i, const hd_plan *b, size_t j)
{
    const pro_utterance *x = &a->u[i], *y = &b->u[j];
    if ((x->sentence == PRO_NO_SENTENCE) != (y->sentence == PRO_NO_SENTENCE) ||
        !same_profile(&a->voices[x->voice], &b->voices[y->voice]) || pro_rate(a, x) != pro_rate(b, y))
        return 0;
    if (x->sentence != PRO_NO_SENTENCE) {
        hd_sentence sa, sb2;
        if (hd_doc_sentence(a->doc, x->sentence, &sa) != HD_OK ||
            hd_doc_sentence(b->doc, y->sentence, &sb2) != HD_OK || sa.start != sb2.start || sa.end != sb2.end)
            return 0;
    }
    char *ta = pro_speech(a, i), *tb = pro_speech(b, j);
    int same = ta && tb && strcmp(ta, tb) == 0;
    free(ta);
    free(tb);
    return same;
}

/* The stream's first unit, planned from the statement's opening alone, has been
 * heard: parse and plan the whole, and go on in it. When the whole plan's first
 * utterance is the one heard, the stream is the whole plan's to the sample; otherwise
 * (the rest of the statement changed how its opening is read) it goes on from the
 * first utterance that starts after the words heard. *next becomes that utterance of
 * the whole plan, and *pause the pause after the one heard. */
static hd_status splice_whole(render *r, size_t *next, size_t *pause)
{
    whole *w = r->whole;
    const hd_plan *p0 = r->plan;
    size_t heard = *next - 1;
    hd_status st;
    r->whole = NULL;
    if ((st = hd_doc_parse(w->bytes, w->len, w->po, &w->doc, r->diag)) != HD_OK ||
        (st = hd_plan_new(w->doc, w->voices, w->plo, &w->plan, r->diag)) != HD_OK)
        return st;
    /* what the opening's plan still runs (voices' calibrations) ends under its numbers */
    while (pool_running(r->pool) > 0) {
        if ((st = wait_once(r)) != HD_OK)
            return st;
        if (r->level)
            settle_gains(r);
    }
    const hd_plan *p = w->plan;
    size_t k = 0;
    if (heard == 0 && p->n > 1 && same_utterance(p0, 0, p, 0)) {
        k = 1;
    } else {
        size_t end = utterance_end(p0, heard);
        hd_sentence s;
        while (k < p->n && (p->u[k].sentence == PRO_NO_SENTENCE ||
                            hd_doc_sentence(p->doc, p->u[k].sentence, &s) != HD_OK || s.start < end))
            k++;
        /* an announcement just before the next words goes with them */
        while (k > 0 && k < p->n && p->u[k - 1].sentence == PRO_NO_SENTENCE && p->u[k - 1].announces >= 0)
            k--;
    }
    /* the voices' gains and calibrations so far, by profile */
    lv_stats *calib = r->calib;
    double *gain = r->gain;
    char *calibrated = r->calibrated;
    r->calib = NULL;
    r->gain = NULL;
    r->calibrated = NULL;
    plan_state_free(r);
    r->plan = p;
    if ((st = plan_state_new(r)) != HD_OK) {
        for (size_t v = 0; v < p0->nvoices; v++)
            lv_stats_clear(&calib[v]);
        free(calib);
        free(gain);
        free(calibrated);
        return st;
    }
    for (size_t v = 0; v < p->nvoices; v++)
        for (size_t v0 = 0; v0 < p0->nvoices; v0++)
            if (calibrated[v0] && same_profile(&p->voices[v], &p0->voices[v0])) {
                r->gain[v] = gain[v0];
                r->calibrated[v] = calibrated[v0];
                r->calib[v] = calib[v0];
                memset(&calib[v0], 0, sizeof calib[v0]);
                break;
            }
    for (size_t v = 0; v < p0->nvoices; v++)
        lv_stats_clear(&calib[v]);
    free(calib);
    free(gain);
    free(calibrated);
    /* the rest: gains kept from earlier runs, calibrations, then the units from the
     * one that holds the next utterance */
    size_t n = 0;
    if (r->level)
        for (size_t v = 0; v < p->nvoices; v++)
            if (r->calibrated[v] != 2 && !kept_gain(r, v, r->mode))
                r->job_order[n++] = p->nunits + v;
    size_t from = k < p->n ? r->unit_of[k] : p->nunits;
    for (size_t u = 0; u < p->nunits; u++)
        if (u < from)
            r->us[u].state = U_CONSUMED;
        else
            r->job_order[n++] = u;
    r->njobs = n;
    r->next_job = 0;
    *pause = k == 1 && heard == 0 ? pause_samples(r, 0) : *pause;
    *next = k;
    return HD_OK;
}

static hd_status render_stream(render *r)
{
    const hd_plan *p = r->plan;
    const hd_render_options *o = r->opt;
    int channels = o->channels == 2 ? 2 : 1;
    snd_out *out = NULL;
    lv_limiter *lim = NULL;
    block *b = NULL;
    hd_status st = HD_OK;
    size_t cur = 0;                 /* utterance being written */
    unsigned long long written = 0; /* of its speech */

    if (!(b = malloc(sizeof *b))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    /* the first unit, then the calibrations not kept from an earlier run (first voice
     * first), then the rest */
    size_t k = 0;
    r->job_order[k++] = 0;
    if (r->level) {
        int first = p->u[0].voice;
        kept_gains(r);
        if (r->calibrated[first] != 2)
            r->job_order[k++] = p->nunits + (size_t)first;
        for (size_t v = 0; v < p->nvoices; v++)
            if ((int)v != first && r->calibrated[v] != 2)
                r->job_order[k++] = p->nunits + v;
    }
    /* (begun on the statement's opening: its first unit only, the rest comes from the
     * whole statement's plan) */
    for (size_t u = 1; !r->whole && u < p->nunits; u++)
        r->job_order[k++] = u;
    r->njobs = k;

    while (cur < p->n) {
        size_t unit = r->unit_of[cur];
        if (cancelled(r)) {
            st = HD_ERR_CANCELLED;
            goto out;
        }
        if ((st = start_jobs(r, unit)) != HD_OK)
            goto out;
        /* write what has come of the current utterance */
        const pro_utterance *u = &p->u[cur];
        /* (the utterances of its unit before it reported, when a stream goes on from
         * inside a unit: where it starts in the spool is known then) */
        int ready = r->us[unit].state >= U_RUNNING && r->rate &&
                    (!r->level || r->calibrated[u->voice] == 2) &&
                    (cur == p->units[unit].first || r->reported[cur - 1]);
        if (ready && !out) {
            if ((st = snd_stream_open(o->stream_fd, r->rate,
                                      snd_output_rate(HD_FORMAT_WAV, r->rate, o->sample_rate),
                                      channels, o->cancelled, o->user, &out, r->diag)) != HD_OK)
                goto out;
            if (r->level && !(lim = lv_limiter_new(r->rate, 0, r->ceiling, r->mode))) {
                st = HD_ERR_NOMEM;
                goto out;
            }
        }
        if (ready) {
            unsigned long long start = r->reported[cur] ? r->offset[cur] : r->us[unit].cursor;
            unsigned long long have = r->reported[cur] ? r->speech[cur]
                                      : r->us[unit].avail > start ? r->us[unit].avail - start
                                                                  : 0;
            if (lim && written == 0)
                lv_limiter_set_gain(lim, r->gain[u->voice]);
            if (have > written) {
                outlet to = {out, NULL, NULL, NULL, NULL};
                if ((st = play_spool(r->us[unit].fd, r->us[unit].base, start + written, have - written, &to, lim,
                                     NULL, b, r->diag)) != HD_OK)
                    goto out;
                written = have;
                r->heard = 1;
            }
            if (r->reported[cur]) {
                size_t pause = pause_samples(r, cur), next = cur + 1;
                int spliced = r->whole && next == p->units[0].last;
                if (spliced) {
                    /* the opening's first unit is heard: on in the whole statement */
                    if ((st = splice_whole(r, &next, &pause)) != HD_OK)
                        goto out;
                    p = r->plan;
                }
                outlet to = {out, NULL, NULL, NULL, NULL};
                if ((st = play(&to, lim, NULL, b, NULL, pause, r->diag)) != HD_OK)
                    goto out;
                progress(r, spliced && next > 0 ? (size_t)p->u[next - 1].chapter : (size_t)u->chapter,
                         p->nchapters, next);
                cur = next;
                written = 0;
                if (!spliced && (cur == p->n || r->unit_of[cur] != unit))
                    close_spool(r, unit);
                continue;
            }
        }
        if (pool_running(r->pool) == 0 && r->next_job == r->njobs && !r->reported[cur]) {
            /* nothing left that could bring what is missing: never spin on it */
            diag_set(r->diag, 0, 0, "synthesis ended before utterance %zu", cur + 1);
            st = HD_ERR_SYNTH;
            goto out;
        }
        if ((st = wait_once(r)) != HD_OK)
            goto out;
        if (r->level)
            settle_gains(r);
    }
    if (lim) {
        float tail[4096];
        size_t m = lv_limiter_flush(lim, tail);
        if ((st = snd_write(out, tail, m, r->diag)) != HD_OK)
            goto out;
    }
    if (out) {
        st = snd_close(out, NULL, r->diag);
        out = NULL;
    }
out:
    snd_free(out);
    lv_limiter_free(lim);
    free(b);
    return st;
}

/* ------------------------------------------------------------ chapters */

typedef struct chapter {
    pub_chapter pc;
    unsigned long long samples; /* at espeak-ng's rate, pauses included */
    lv_meter *meter;
    double true_peak;
    char *book_file; /* the EPUB's MP3 of it, a scratch file (another format's render) */
} chapter;

/* Cuts the render into chapters: where the plan says, and at a sentence end past
 * --max-chapter. The one place chapters are cut. */
static hd_status cut_chapters(render *r, chapter **out, size_t *count)
{
    const hd_plan *p = r->plan;
    const hd_render_options *o = r->opt;
    chapter *ch = NULL;
    size_t nch = 0, cap = 0;
    unsigned long long max = o->max_chapter_s > 0 ? (unsigned long long)(o->max_chapter_s * r->rate) : 0;
    unsigned long long at = 0, chapter_start = 0;
    int part = 1;
    for (size_t i = 0; i < p->n; i++) {
        const pro_utterance *u = &p->u[i];
        int planned = nch == 0 || u->chapter != p->u[i - 1].chapter;
        int split = !planned && max && at - chapter_start >= max &&
                    u->sentence != PRO_NO_SENTENCE && p->u[i - 1].announces < 0;
        if (planned || split) {
            if (nch)
                ch[nch - 1].pc.last = i;
            if (grow((void **)&ch, &cap, nch + 1, sizeof *ch) != 0)
                goto oom;
            memset(&ch[nch], 0, sizeof ch[nch]);
            nch++;
            part = planned ? 1 : part + 1;
            sb title = {0};
            sb_puts(&title, p->titles[u->chapter - 1]);
            if (part > 1)
                sb_printf(&title, " (part %d)", part);
            if (!(ch[nch - 1].pc.title = sb_take(&title)))
                goto oom;
            ch[nch - 1].pc.first = i;
            chapter_start = at;
        }
        unsigned long long len = r->speech[i] + pause_samples(r, i);
        ch[nch - 1].samples += len;
        at += len;
    }
    if (nch)
        ch[nch - 1].pc.last = p->n;
    for (size_t c = 0; c < nch; c++)
        if (!(ch[c].pc.file = pub_chapter_file(c + 1, nch, ch[c].pc.title, hd_format_ext(o->format))))
            goto oom;
    *out = ch;
    *count = nch;
    return HD_OK;
oom:
    for (size_t c = 0; c < nch; c++) {
        free(ch[c].pc.title);
        free(ch[c].pc.file);
    }
    free(ch);
    return HD_ERR_NOMEM;
}

/* ------------------------------------------------------------ encoding */

typedef struct encoder {
    render *r;
    chapter *ch;
    size_t nch;
    size_t *order;      /* chapters, longest first */
    int overlap;        /* the longest chapter's encoding runs on a thread of its own */
    size_t next;        /* next in order */
    snd_tags base;
    double gain, ceiling;
    int lossy;          /* measure the file as a decoder gives it back */
    int metered;        /* measure what a lossless file holds (the limiter may act much) */
    size_t settle, after; /* silence a cut between stretches needs before and after it */
    int book;           /* writing the EPUB's MP3s (book_file), not the chapter files */
    pthread_mutex_t mu;
    pthread_cond_t cv;
    size_t busy;        /* threads at work */
    size_t encoded;     /* utterances encoded, for progress */
    int stop;           /* a failure or a cancel: everyone stops */
    hd_status st;
    hd_diag diag;
} encoder;

static void enc_fail(encoder *e, hd_status st, const hd_diag *d)
{
    pthread_mutex_lock(&e->mu);
    if (e->st == HD_OK) {
        e->st = st;
        if (d)
            e->diag = *d;
    }
    e->stop = 1;
    pthread_mutex_unlock(&e->mu);
}

static int enc_stopped(encoder *e)
{
    pthread_mutex_lock(&e->mu);
    int s = e->stop;
    pthread_mutex_unlock(&e->mu);
    return s;
}

static int enc_stopped_cb(void *e) { return enc_stopped(e); }

/* A lossy file's loudness and true peak as a decoder gives them back: the encoder
 * moves both, so the claims are made of what is written. */
static hd_status measure_file(render *r, chapter *c, hd_diag *d)
{
    int fd = od_reopen(r->od, c->pc.file, d), rate = 0, channels = 0;
    snd_in *in = NULL;
    lv_peak *pk = NULL;
    float *buf = NULL;
    if (fd < 0)
        return HD_ERR_WRITE;
    hd_status st = snd_in_open(fd, &in, &rate, &channels, d);
    if (st != HD_OK)
        return st;
    if (channels < 1 || !(c->meter = lv_meter_new(rate)) || !(pk = lv_peak_new()) ||
        !(buf = malloc(4096 * sizeof *buf * (size_t)channels))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    size_t got;
    while ((got = snd_in_read(in, buf, 4096)) > 0) {
        /* the channels are equal: the first stands for all */
        for (size_t i = 1; i < got && channels > 1; i++)
            buf[i] = buf[i * (size_t)channels];
        lv_peak_add(pk, buf, got);
        if ((st = lv_meter_add(c->meter, buf, got)) != HD_OK)
            goto out;
    }
    c->true_peak = lv_peak_db(pk);
out:
    snd_in_close(in);
    lv_peak_free(pk);
    free(buf);
    return st;
}

/* A long chapter is limited in stretches on several threads. Where it is cut does
 * not depend on the number of threads, and the audio does not depend on the cuts: a
 * cut lies inside a pause long enough that the limiter has settled before it and
 * stays idle after it (lv_limiter_settle), so a limiter of its own for each stretch
 * gives what one limiter gives (tests/test_level.c shows it sample for sample). */
typedef struct stretch {
    unsigned long long from, to; /* samples from the chapter's start */
    size_t first;                /* the utterance it begins in */
    unsigned long long base;     /* where that utterance begins */
} stretch;

/* Stretches are at least this long (about 3 s), so a cut is rare next to the work. */
enum { STRETCH_MIN = 65536 };

static hd_status cut_stretches(const render *r, const chapter *c, int cut, size_t settle, size_t after,
                               stretch **out, size_t *count)
{
    stretch *st = NULL;
    size_t n = 0, cap = 0;
    unsigned long long pos = 0, from = 0, base = 0;
    size_t first = c->pc.first;
    for (size_t i = c->pc.first; i < c->pc.last; i++) {
        unsigned long long speech_end = pos + r->speech[i], pause = pause_samples(r, i);
        if (cut && i + 1 < c->pc.last && pause >= settle + after && speech_end + settle - from >= STRETCH_MIN) {
            if (grow((void **)&st, &cap, n + 1, sizeof *st) != 0)
                goto oom;
            st[n++] = (stretch){from, speech_end + settle, first, base};
            from = speech_end + settle;
            first = i;
            base = pos;
        }
        pos = speech_end + pause;
    }
    if (grow((void **)&st, &cap, n + 1, sizeof *st) != 0)
        goto oom;
    st[n++] = (stretch){from, pos, first, base};
    *out = st;
    *count = n;
    return HD_OK;
oom:
    free(st);
    return HD_ERR_NOMEM;
}

/* Plays a stretch of chapter c through `lim` (flushed at its end) to `to`; *fd and
 * *open_unit: the spool open for reading. */
static hd_status play_stretch(render *r, const chapter *c, const stretch *sp, outlet *to,
                              lv_limiter *lim, lv_meter *meter, block *b, int *fd, size_t *open_unit,
                              hd_diag *d)
{
    unsigned long long pos = sp->base;
    hd_status st = HD_OK;
    for (size_t i = sp->first; i < c->pc.last && pos < sp->to; i++) {
        unsigned long long sp_end = pos + r->speech[i], end = sp_end + pause_samples(r, i);
        unsigned long long a = pos > sp->from ? pos : sp->from, z = sp_end < sp->to ? sp_end : sp->to;
        if (a < z) {
            size_t unit = r->unit_of[i];
            if (unit != *open_unit) {
                if (*fd >= 0)
                    close(*fd);
                if ((*fd = od_reopen(r->od, r->us[unit].name, d)) < 0)
                    return HD_ERR_WRITE;
                *open_unit = unit;
            }
            if ((st = play_spool(*fd, r->us[unit].base, r->offset[i] + (a - pos), z - a, to, lim, meter, b,
                                 d)) != HD_OK)
                return st;
        }
        a = sp_end > sp->from ? sp_end : sp->from;
        z = end < sp->to ? end : sp->to;
        if (a < z && (st = play(to, lim, meter, b, NULL, (size_t)(z - a), d)) != HD_OK)
            return st;
        pos = end;
    }
    if (lim) {
        size_t m = lv_limiter_flush(lim, b->y);
        if (meter && (st = lv_meter_add(meter, b->y, m)) != HD_OK)
            return st;
        st = deliver(to, b->y, m, d);
    }
    return st;
}

/* A lane: a thread limiting every `step`-th stretch from `index`, into a queue of
 * blocks the chapter's writer empties in order (a zero-length block that `ends` closes
 * a stretch). */
enum { LANE_BLOCKS = 8, MAX_LANES = 8 };
struct lane {
    encoder *e;
    chapter *c;
    const stretch *st;
    size_t nst, index, step;
    lv_limiter *lim;
    block b;
    float buf[LANE_BLOCKS][BLOCK];
    size_t len[LANE_BLOCKS];
    int ends[LANE_BLOCKS];
    size_t head, tail;
    int quit;          /* the writer stopped: give up */
    hd_status status;  /* the lane's first failure */
    hd_diag diag;
    pthread_mutex_t mu;
    pthread_cond_t cv;
};

static hd_status lane_give(lane *ln, const float *x, size_t n, int ends)
{
    pthread_mutex_lock(&ln->mu);
    while (ln->tail - ln->head == LANE_BLOCKS && !ln->quit)
        pthread_cond_wait(&ln->cv, &ln->mu);
    hd_status st = ln->quit ? HD_ERR_CANCELLED : HD_OK;
    if (st == HD_OK) {
        size_t slot = ln->tail % LANE_BLOCKS;
        if (n)
            memcpy(ln->buf[slot], x, n * sizeof *x); /* a stretch's end carries none */
        ln->len[slot] = n;
        ln->ends[slot] = ends;
        ln->tail++;
        pthread_cond_broadcast(&ln->cv);
    }
    pthread_mutex_unlock(&ln->mu);
    return st;
}

static void *lane_thread(void *arg)
{
    lane *ln = arg;
    render *r = ln->e->r;
    outlet to = {NULL, NULL, enc_stopped_cb, ln->e, ln};
    int fd = -1;
    size_t open_unit = (size_t)-1;
    hd_status st = HD_OK;
    hd_diag d;
    memset(&d, 0, sizeof d);
    for (size_t k = ln->index; k < ln->nst && st == HD_OK; k += ln->step)
        if ((st = play_stretch(r, ln->c, &ln->st[k], &to, ln->lim, NULL, &ln->b, &fd, &open_unit, &d)) ==
            HD_OK)
            st = lane_give(ln, NULL, 0, 1);
    if (fd >= 0)
        close(fd);
    pthread_mutex_lock(&ln->mu);
    if (st != HD_OK && ln->status == HD_OK) {
        ln->status = st;
        ln->diag = d;
    }
    ln->quit = 1; /* nothing more comes */
    pthread_cond_broadcast(&ln->cv);
    pthread_mutex_unlock(&ln->mu);
    return NULL;
}

/* Takes the lane's next block: 1 and its samples (or the end of a stretch, *ends),
 * or 0 when the lane stopped before giving it (its status says why). The caller
 * hands the slot back with lane_done. */
static int lane_take(lane *ln, const float **x, size_t *n, int *ends)
{
    pthread_mutex_lock(&ln->mu);
    while (ln->head == ln->tail && !ln->quit)
        pthread_cond_wait(&ln->cv, &ln->mu);
    int got = ln->head != ln->tail;
    if (got) {
        size_t slot = ln->head % LANE_BLOCKS;
        *x = ln->buf[slot];
        *n = ln->len[slot];
        *ends = ln->ends[slot];
    }
    pthread_mutex_unlock(&ln->mu);
    return got;
}

static void lane_done(lane *ln)
{
    pthread_mutex_lock(&ln->mu);
    ln->head++;
    pthread_cond_broadcast(&ln->cv);
    pthread_mutex_unlock(&ln->mu);
}

static void lane_stop(lane *ln)
{
    pthread_mutex_lock(&ln->mu);
    ln->quit = 1;
    pthread_cond_broadcast(&ln->cv);
    pthread_mutex_unlock(&ln->mu);
}

/* Chapter c limited in stretches by `nl` lanes, written here in order (and measured,
 * when `meter`); its true peak in *true_peak. */
static hd_status play_lanes(encoder *e, chapter *c, const stretch *st, size_t nst, size_t nl,
                            snd_out *out, lv_meter *meter, double *true_peak, hd_diag *d)
{
    render *r = e->r;
    lane *ln = calloc(nl, sizeof *ln);
    pthread_t th[MAX_LANES];
    size_t started = 0;
    hd_status status = HD_OK;
    if (!ln)
        return HD_ERR_NOMEM;
    for (size_t k = 0; k < nl; k++) {
        ln[k] = (lane){.e = e, .c = c, .st = st, .nst = nst, .index = k, .step = nl};
        pthread_mutex_init(&ln[k].mu, NULL);
        pthread_cond_init(&ln[k].cv, NULL);
        if (!(ln[k].lim = lv_limiter_new(r->rate, e->gain, e->ceiling, r->mode)))
            status = HD_ERR_NOMEM;
    }
    for (size_t k = 0; k < nl && status == HD_OK; k++) {
        if (pthread_create(&th[k], NULL, lane_thread, &ln[k]) != 0) {
            status = HD_ERR_NOMEM;
            break;
        }
        started++;
    }
    /* the writer: stretch k comes from lane k % nl */
    for (size_t k = 0; k < nst && status == HD_OK; k++) {
        lane *from = &ln[k % nl];
        for (;;) {
            const float *x;
            size_t n;
            int ends;
            if (enc_stopped(e)) {
                status = HD_ERR_CANCELLED;
                break;
            }
            if (!lane_take(from, &x, &n, &ends)) {
                pthread_mutex_lock(&from->mu);
                status = from->status != HD_OK ? from->status : HD_ERR_CANCELLED;
                if (from->status != HD_OK)
                    *d = from->diag;
                pthread_mutex_unlock(&from->mu);
                break;
            }
            if (!ends && meter)
                status = lv_meter_add(meter, x, n);
            if (!ends && status == HD_OK)
                status = snd_write(out, x, n, d);
            lane_done(from);
            if (ends || status != HD_OK)
                break;
        }
    }
    for (size_t k = 0; k < nl; k++)
        lane_stop(&ln[k]);
    for (size_t k = 0; k < started; k++)
        pthread_join(th[k], NULL);
    double tp = -HUGE_VAL;
    for (size_t k = 0; k < nl; k++) {
        if (status == HD_OK && ln[k].lim) {
            double p = lv_limiter_true_peak(ln[k].lim);
            tp = p > tp ? p : tp;
        }
        lv_limiter_free(ln[k].lim);
        pthread_mutex_destroy(&ln[k].mu);
        pthread_cond_destroy(&ln[k].cv);
    }
    free(ln);
    *true_peak = tp;
    return status;
}

static hd_status encode_chapter(encoder *e, size_t ci, block *b, hd_diag *d)
{
    render *r = e->r;
    const hd_render_options *o = r->opt;
    chapter *c = &e->ch[ci];
    snd_out *out = NULL;
    lv_limiter *lim = NULL;
    handoff *h = NULL;
    pthread_t writer;
    int writing = 0;
    int fd = -1;
    size_t open_unit = (size_t)-1;
    hd_status st = HD_OK;
    int channels = o->channels == 2 ? 2 : 1;
    const char *file = e->book ? c->book_file : c->pc.file;
    stretch *sts = NULL;
    size_t nst = 0, nl = 0;
    hd_format fmt = e->book ? HD_FORMAT_MP3 : o->format;

    if (!e->book) {
        lv_meter_free(c->meter);
        c->meter = NULL;
    }
    if (r->level && (!(lim = lv_limiter_new(r->rate, e->gain, e->ceiling, r->mode)) ||
                     (e->metered && !e->lossy && !e->book && !(c->meter = lv_meter_new(r->rate))))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    int ofd = od_create(r->od, file, d);
    if (ofd < 0) {
        st = HD_ERR_CREATE;
        goto out;
    }
    snd_tags tags = e->base;
    tags.title = c->pc.title;
    tags.track = (int)ci + 1;
    int out_rate = snd_output_rate(fmt, r->rate, o->sample_rate);
    unsigned long long frames_hint = c->samples * (unsigned long long)out_rate / (unsigned long long)r->rate;
    /* an MP3's tags are herald's own ID3 tag, put in front once chapters are timed */
    if ((st = snd_file_open(ofd, file, fmt, r->rate, out_rate, channels, frames_hint,
                            fmt == HD_FORMAT_MP3 ? NULL : &tags, &out, d)) != HD_OK ||
        (o->bitrate_kbps > 0 && !e->book && (st = snd_set_bitrate(out, o->bitrate_kbps, d)) != HD_OK))
        goto out;
    outlet to = {out, NULL, enc_stopped_cb, e, NULL};
    /* a limited chapter in stretches; the longest, with threads to spare, on lanes */
    if ((st = cut_stretches(r, c, lim != NULL, e->settle, e->after, &sts, &nst)) != HD_OK)
        goto out;
    if (lim && e->overlap && ci == e->order[0] && nst > 1)
        nl = r->jobs < nst ? (r->jobs < MAX_LANES ? r->jobs : MAX_LANES) : nst;
    if (nl < 2 && e->overlap && ci == e->order[0] && (h = calloc(1, sizeof *h))) {
        h->out = out;
        /* the meter on the writer's thread: the limiter's and the meter's work, each
         * about as long, go to two cores */
        h->meter = e->book ? NULL : c->meter;
        pthread_mutex_init(&h->mu, NULL);
        pthread_cond_init(&h->cv, NULL);
        if (pthread_create(&writer, NULL, handoff_thread, h) == 0) {
            writing = 1;
            to.h = h;
        }
    }
    if (nl > 1) {
        double tp;
        if ((st = play_lanes(e, c, sts, nst, nl, out, e->book ? NULL : c->meter, &tp, d)) != HD_OK)
            goto out;
        if (!e->book)
            c->true_peak = tp;
        pthread_mutex_lock(&e->mu);
        e->encoded += c->pc.last - c->pc.first;
        pthread_mutex_unlock(&e->mu);
    } else {
        lv_meter *meter = e->book || writing ? NULL : c->meter;
        for (size_t k = 0; k < nst; k++) {
            if (enc_stopped(e)) {
                st = HD_ERR_CANCELLED;
                goto out;
            }
            if ((st = play_stretch(r, c, &sts[k], &to, lim, meter, b, &fd, &open_unit, d)) != HD_OK)
                goto out;
            pthread_mutex_lock(&e->mu);
            e->encoded += (k + 1 < nst ? sts[k + 1].first : c->pc.last) - sts[k].first;
            pthread_mutex_unlock(&e->mu);
        }
        if (lim && !e->book)
            c->true_peak = lv_limiter_true_peak(lim);
    }
out:
    if (writing) {
        /* the encoder thread finishes what it was given, then the file is closed */
        pthread_mutex_lock(&h->mu);
        h->closed = 1;
        pthread_cond_broadcast(&h->cv);
        pthread_mutex_unlock(&h->mu);
        pthread_join(writer, NULL);
        if (st == HD_OK && (st = h->st) != HD_OK)
            *d = h->diag;
    }
    if (h) {
        pthread_mutex_destroy(&h->mu);
        pthread_cond_destroy(&h->cv);
        free(h);
    }
    if (st == HD_OK && e->book) {
        st = snd_close(out, NULL, d);
        out = NULL;
    } else if (st == HD_OK) {
        st = snd_close(out, &c->pc.frames, d);
        out = NULL;
        c->pc.rate = snd_output_rate(o->format, r->rate, o->sample_rate);
        if (st == HD_OK && r->level && e->lossy)
            st = measure_file(r, c, d);
    }
    if (fd >= 0)
        close(fd);
    free(sts);
    snd_free(out);
    lv_limiter_free(lim);
    if (st == HD_ERR_NOMEM)
        diag_set(d, 0, 0, "out of memory");
    return st;
}

static void *enc_thread(void *arg)
{
    encoder *e = arg;
    block *b = malloc(sizeof *b);
    hd_diag d;
    if (!b) {
        enc_fail(e, HD_ERR_NOMEM, NULL);
        goto out;
    }
    for (;;) {
        pthread_mutex_lock(&e->mu);
        size_t k = e->stop || e->next == e->nch ? (size_t)-1 : e->order[e->next++];
        pthread_mutex_unlock(&e->mu);
        if (k == (size_t)-1)
            break;
        memset(&d, 0, sizeof d);
        hd_status st = encode_chapter(e, k, b, &d);
        if (st != HD_OK) {
            enc_fail(e, st, &d);
            break;
        }
    }
out:
    free(b);
    pthread_mutex_lock(&e->mu);
    e->busy--;
    pthread_cond_signal(&e->cv);
    pthread_mutex_unlock(&e->mu);
    return NULL;
}

static const chapter *by_length_base;
static int by_length(const void *a, const void *b)
{
    const chapter *x = &by_length_base[*(const size_t *)a], *y = &by_length_base[*(const size_t *)b];
    if (x->samples != y->samples)
        return x->samples < y->samples ? 1 : -1;
    return *(const size_t *)a < *(const size_t *)b ? -1 : 1;
}

/* Encodes every chapter on up to `jobs` threads, longest first; the calling thread
 * watches for cancellation and reports progress. */
static hd_status encode_all(render *r, chapter *ch, size_t nch, const snd_tags *base, double gain,
                            double ceiling, int lossy_check, int metered, int book)
{
    encoder e;
    pthread_t th[64];
    size_t nth = r->jobs < nch ? r->jobs : nch, started = 0;
    memset(&e, 0, sizeof e);
    e.r = r;
    e.ch = ch;
    e.nch = nch;
    e.base = *base;
    e.gain = gain;
    e.ceiling = ceiling;
    e.lossy = lossy_check;
    e.metered = metered;
    e.book = book;
    if (r->level) {
        lv_limiter *l = lv_limiter_new(r->rate, gain, ceiling, r->mode);
        if (!l)
            return HD_ERR_NOMEM;
        e.settle = lv_limiter_settle(l);
        e.after = lv_limiter_latency(l);
        lv_limiter_free(l);
    }
    e.overlap = r->jobs > 1;
    if (nth > 64)
        nth = 64;
    if (!(e.order = malloc(nch * sizeof *e.order)))
        return HD_ERR_NOMEM;
    for (size_t c = 0; c < nch; c++)
        e.order[c] = c;
    by_length_base = ch;
    qsort(e.order, nch, sizeof *e.order, by_length);
    pthread_mutex_init(&e.mu, NULL);
    pthread_cond_init(&e.cv, NULL);
    for (size_t t = 0; t < nth; t++) {
        pthread_mutex_lock(&e.mu);
        e.busy++;
        pthread_mutex_unlock(&e.mu);
        if (pthread_create(&th[t], NULL, enc_thread, &e) != 0) {
            pthread_mutex_lock(&e.mu);
            e.busy--;
            pthread_mutex_unlock(&e.mu);
            break;
        }
        started++;
    }
    if (!started)
        enc_fail(&e, HD_ERR_NOMEM, NULL);
    pthread_mutex_lock(&e.mu);
    while (e.busy > 0) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += 100 * 1000 * 1000;
        if (ts.tv_nsec >= 1000000000L) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000L;
        }
        pthread_cond_timedwait(&e.cv, &e.mu, &ts);
        size_t done = e.encoded;
        pthread_mutex_unlock(&e.mu);
        if (cancelled(r))
            enc_fail(&e, HD_ERR_CANCELLED, NULL);
        else
            progress(r, nch, nch, done);
        pthread_mutex_lock(&e.mu);
    }
    pthread_mutex_unlock(&e.mu);
    for (size_t t = 0; t < started; t++)
        pthread_join(th[t], NULL);
    pthread_mutex_destroy(&e.mu);
    pthread_cond_destroy(&e.cv);
    free(e.order);
    if (e.st != HD_OK && e.st != HD_ERR_CANCELLED && r->diag)
        *r->diag = e.diag;
    return e.st;
}

/* ------------------------------------------------------------ folder */

/* The book's dcterms:modified: when the statement was last updated, or published, as
 * it says (the same statement gives the same book); now when it says neither. */
static void book_modified(const hd_doc *d, char out[32])
{
    const char *s = d->updated && strlen(d->updated) >= 10 ? d->updated : d->date;
    if (s && strlen(s) >= 10 && s[4] == '-' && s[7] == '-') {
        int hh = 0, mm = 0;
        if (strlen(s) >= 16 && s[10] == 'T')
            sscanf(s + 11, "%2d:%2d", &hh, &mm);
        snprintf(out, 32, "%.10sT%02d:%02d:00Z", s, hh % 24, mm % 60);
        return;
    }
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* SLUG.epub in the staging folder, with the chapter files (an MP3 render's) or their
 * MP3 copies inside. *name: the book's file name (new). */
static hd_status write_book(render *r, const pub_render *pr, chapter *ch, char **name)
{
    const hd_plan *p = r->plan;
    size_t nch = pr->nch;
    char modified[32];
    char **audio = calloc(nch + 1, sizeof *audio), *path = NULL;
    epub_book book = {0};
    hd_status st = HD_ERR_NOMEM;
    book_modified(p->doc, modified);
    if (!audio || !(*name = epub_file_name(p->doc->title)))
        goto out;
    for (size_t c = 0; c < nch; c++)
        if (!(audio[c] = od_stage_path(r->od, ch[c].book_file ? ch[c].book_file : ch[c].pc.file)))
            goto out;
    if ((st = od_check(r->od, *name, r->diag)) != HD_OK ||
        (st = epub_make(pr, (const char *const *)audio, modified, &book)) != HD_OK)
        goto out;
    if (!(path = od_stage_path(r->od, *name))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    st = epub_write(&book, path, r->diag);
    if (st != HD_OK)
        diag_set_path(r->diag, path);
out:
    if (st == HD_ERR_NOMEM)
        diag_set(r->diag, 0, 0, "out of memory");
    for (size_t c = 0; audio && c < nch; c++)
        free(audio[c]);
    free(audio);
    free(path);
    epub_free(&book);
    return st;
}

static const char *const sidecar_names[] = {"playlist.m3u8", "playlist.ffconcat", "captions.vtt",
                                            "captions.srt", "transcript.json", "chapters.json"};

/* "01-introduction.ogg" -> "01-introduction.vtt". New string. */
static char *file_vtt_name(const char *file)
{
    const char *dot = strrchr(file, '.');
    size_t n = dot ? (size_t)(dot - file) : strlen(file);
    char *v = malloc(n + 5);
    if (v) {
        memcpy(v, file, n);
        memcpy(v + n, ".vtt", 5);
    }
    return v;
}

static hd_status write_sidecar(render *r, const pub_render *pr, const char *name,
                               hd_status (*make)(const pub_render *, char **))
{
    char *text = NULL;
    hd_status st = make(pr, &text);
    if (st == HD_OK)
        st = od_write(r->od, name, text, r->diag);
    free(text);
    return st;
}

static void hash_both(uc_hash h[2], const char *s, size_t n)
{
    uc_hash_add(&h[0], s, n);
    uc_hash_add(&h[1], s, n);
}

/* What a folder render is made from, as 32 hex digits in out: herald's and espeak-ng's
 * versions, every option that changes a file, the statement as understood and the
 * plan (text, speech, voices, pauses, chapters) and the voices' settings. Equal keys,
 * equal files. HD_ERR_NOMEM. */
static hd_status render_key(const render *r, char out[33])
{
    const hd_plan *p = r->plan;
    const hd_render_options *o = r->opt;
    uc_hash h[2];
    char *doc = NULL, *plan = NULL;
    uc_hash_init(&h[0], 11);
    uc_hash_init(&h[1], 13);
    sb b = {0};
    sb_printf(&b, "herald %s\n%s\nformat %d channels %d rate %d loudness %.6f max %.6f "
                  "bitrate %d epub %d player %d\n",
              HD_VERSION, syn_identity(), (int)o->format, o->channels == 2 ? 2 : 1, o->sample_rate,
              o->loudness, o->max_chapter_s, o->bitrate_kbps, o->epub, o->player);
    sb_printf(&b, "source %zu:%s\nbase %zu:%s\n", o->source ? strlen(o->source) : 0,
              o->source ? o->source : "", o->base_url ? strlen(o->base_url) : 0,
              o->base_url ? o->base_url : "");
    for (size_t v = 0; v < p->nvoices; v++) {
        const vo_profile *vp = &p->voices[v];
        sb_printf(&b, "voice %s %s %d %d %d %d %d\n", vp->name, vp->espeak, vp->rate, vp->pitch,
                  vp->range, vp->volume, vp->wordgap);
    }
    hd_status st = b.oom ? HD_ERR_NOMEM : HD_OK;
    if (st == HD_OK && (st = hd_doc_json(p->doc, &doc)) == HD_OK &&
        (st = hd_plan_json(p, &plan)) == HD_OK) {
        hash_both(h, b.s, b.len);
        hash_both(h, doc, strlen(doc) + 1);
        hash_both(h, plan, strlen(plan) + 1);
        snprintf(out, 33, "%016llx%016llx", uc_hash_end(&h[0]), uc_hash_end(&h[1]));
    }
    sb_free(&b);
    free(doc);
    free(plan);
    return st;
}

/* ------------------------------------------------------------ finished folders */

/* A folder render keeps its finished files in the cache too, so that the same render
 * into another folder (a fresh checkout, a build machine) is a copy: no synthesis,
 * limiting or encoding. An entry under "herald folder" and the render key lists the
 * files (name, size, checksum); each file is a blob, linked in from the staging
 * folder where the cache is on the same file system (no copy; herald never writes a
 * finished file in place) and copied where not. Taking them copies each blob into
 * the new folder, checking its checksum, so no two output folders ever share a file;
 * anything missing or damaged, and the render is done as if nothing were kept. */

static char *folder_id(const char *key, const char *file)
{
    sb b = {0};
    sb_printf(&b, "herald folder 1\n%s\n%s", key, file ? file : "");
    return b.oom ? (sb_free(&b), NULL) : sb_take(&b);
}

/* The checksum and size of what fd holds: 0, or -1. */
static int file_sum(int fd, unsigned long long *sum, unsigned long long *size)
{
    char buf[1 << 16];
    uc_sum h;
    uc_sum_init(&h);
    *size = 0;
    for (off_t at = 0;;) {
        ssize_t got = pread(fd, buf, sizeof buf, at);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return -1;
        if (got == 0)
            break;
        uc_sum_add(&h, buf, (size_t)got);
        at += got;
        *size += (unsigned long long)got;
    }
    *sum = uc_sum_end(&h);
    return 0;
}

/* Keeps the staged files `names` of render `key` (silently: the cache is a
 * shortcut). */
static void keep_folder(render *r, const char *key, const char *const *names, size_t n)
{
    sb meta = {0};
    int ok = 1;
    for (size_t k = 0; k < n && ok; k++) {
        unsigned long long sum = 0, size = 0;
        char *id = folder_id(key, names[k]), *path = od_stage_path(r->od, names[k]);
        int fd = od_reopen(r->od, names[k], NULL);
        ok = id && path && fd >= 0 && file_sum(fd, &sum, &size) == 0 &&
             uc_blob_put(r->cache, id, strlen(id), path, fd) == 0;
        if (ok)
            sb_printf(&meta, "%s %llu %016llx\n", names[k], size, sum);
        if (fd >= 0)
            close(fd);
        free(id);
        free(path);
    }
    char *id = folder_id(key, NULL);
    if (ok && id && !meta.oom)
        uc_store(r->cache, id, strlen(id), meta.s, meta.len, -1, 0);
    free(id);
    sb_free(&meta);
}

/* Copies blob `id` into staging file `name`, checking it: 1 when whole, 0 when not
 * (a damaged blob removed), -1 when the staging file cannot be written. */
static int take_blob(render *r, const char *id, const char *name, unsigned long long size,
                     unsigned long long sum)
{
    int in = uc_blob_open(r->cache, id, strlen(id));
    if (in < 0)
        return 0;
    int out = od_create(r->od, name, NULL), rc = out < 0 ? -1 : 0;
    char buf[1 << 16];
    uc_sum h;
    uc_sum_init(&h);
    unsigned long long got_bytes = 0;
    while (out >= 0) {
        ssize_t got = read(in, buf, sizeof buf);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            if (got == 0 && got_bytes == size && uc_sum_end(&h) == sum)
                rc = 1;
            else if (got == 0)
                uc_blob_drop(r->cache, id, strlen(id), in);
            break;
        }
        uc_sum_add(&h, buf, (size_t)got);
        got_bytes += (unsigned long long)got;
        if (got_bytes > size) {
            uc_blob_drop(r->cache, id, strlen(id), in);
            break;
        }
        if (fd_write_all(out, buf, (size_t)got) != 0) {
            rc = -1;
            break;
        }
    }
    close(in);
    /* on its way to disk while the next is copied: od_commit, which makes every file
     * durable, then finds little left to wait for */
    if (rc == 1)
        sync_file_range(out, 0, 0, SYNC_FILE_RANGE_WRITE);
    if (out >= 0)
        close(out);
    if (out >= 0 && rc != 1)
        od_discard(r->od, name);
    return rc;
}

/* Installs render `key` from the cache when it is kept there whole: 1 when done (the
 * folder committed), 0 when it must be rendered, or an error through *st. */
static int from_folder(render *r, const char *key, hd_status *st)
{
    char *id = folder_id(key, NULL), *m = NULL, *copy = NULL;
    size_t ml = 0, n = 0, staged = 0;
    unsigned long long bytes = 0;
    const char **names = NULL;
    int done = 0;
    *st = HD_OK;
    if (!id || uc_load(r->cache, id, strlen(id), -1, &m, &ml, &bytes) != 1 || bytes != 0)
        goto out;
    for (size_t i = 0; i < ml; i++)
        n += m[i] == '\n';
    if (!n || m[ml - 1] != '\n' || !(names = calloc(n, sizeof *names)) || !(copy = malloc(ml + 1)))
        goto out;
    memcpy(copy, m, ml);
    copy[ml] = '\0';
    char *line = copy;
    for (size_t k = 0; k < n; k++) {
        char *end = strchr(line, '\n'), *sp = strchr(line, ' ');
        unsigned long long size, sum;
        char tail;
        *end = '\0';
        if (!sp || sp > end)
            goto fail;
        *sp = '\0';
        /* names as herald makes them, and nothing else: the cache is not trusted to
         * say where a file goes */
        if (!od_name_ours(line) || strchr(line, '/') || sscanf(sp + 1, "%llu %16llx%c", &size, &sum, &tail) != 2)
            goto fail;
        if (od_check(r->od, line, NULL) != HD_OK)
            goto fail;
        char *bid = folder_id(key, line);
        int got = bid ? take_blob(r, bid, line, size, sum) : -1;
        free(bid);
        /* a file that cannot be written is the render's to report */
        if (got != 1)
            goto fail;
        names[staged++] = line;
        line = end + 1;
    }
    if (strcmp(names[n - 1], "index.json") != 0)
        goto fail;
    if ((*st = od_commit(r->od, names, n, r->diag)) == HD_OK)
        done = 1;
    goto out;
fail:
    for (size_t k = 0; k < staged; k++)
        od_discard(r->od, names[k]);
out:
    free(id);
    free(m);
    free(copy);
    free(names);
    return done;
}

static const hd_plan *units_of_plan;
static int by_bytes(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    size_t bx = units_of_plan->units[x].bytes, by = units_of_plan->units[y].bytes;
    return bx != by ? (bx > by ? -1 : 1) : (x > y) - (x < y);
}

static hd_status render_dir(render *r)
{
    const hd_plan *p = r->plan;
    const hd_doc *d = p->doc;
    const hd_render_options *o = r->opt;
    chapter *ch = NULL;
    size_t nch = 0;
    pub_timing *t = NULL;
    pub_chapter *pcs = NULL;
    char *artist = NULL, *comment = NULL, *book_name = NULL;
    const char **names = NULL;
    char **vtt_names = NULL;
    hd_status st = HD_OK;
    int channels = o->channels == 2 ? 2 : 1;

    /* The folder holds this very render already: nothing to do. */
    char key[33];
    if ((st = render_key(r, key)) != HD_OK)
        goto out;
    if (od_unchanged(r->od, key)) {
        if (o->report)
            o->report->up_to_date = 1;
        goto out;
    }
    /* Conflicts before any synthesis: the sidecars and the chapters the plan names. */
    if ((st = od_check(r->od, "index.json", r->diag)) != HD_OK)
        goto out;
    for (size_t k = 0; k < sizeof sidecar_names / sizeof *sidecar_names; k++)
        if ((st = od_check(r->od, sidecar_names[k], r->diag)) != HD_OK)
            goto out;
    for (size_t c = 0; c < p->nchapters; c++) {
        char *f = pub_chapter_file(c + 1, p->nchapters, p->titles[c], hd_format_ext(o->format));
        st = f ? od_check(r->od, f, r->diag) : HD_ERR_NOMEM;
        free(f);
        if (st != HD_OK)
            goto out;
    }

    /* The same render, kept whole in the cache: a copy. */
    if (r->cache) {
        int kept = from_folder(r, key, &st);
        if (st != HD_OK)
            goto out;
        if (kept) {
            r->reused = p->nunits;
            goto out;
        }
    }

    /* 1. Synthesis. A short statement's few units start longest first, so the cores
     *    finish together; a long one's in order, so their statistics are merged (in
     *    unit order) and freed as they come. */
    for (size_t k = 0; k < p->nunits; k++)
        r->job_order[k] = k;
    units_of_plan = p;
    if (p->nunits <= 16)
        qsort(r->job_order, p->nunits, sizeof *r->job_order, by_bytes);
    r->njobs = p->nunits;
    for (;;) {
        if ((st = start_jobs(r, 0)) != HD_OK || (st = merge_done(r)) != HD_OK)
            goto out;
        int all = r->next_job == r->njobs && pool_running(r->pool) == 0;
        if (all)
            break;
        if ((st = wait_once(r)) != HD_OK || (st = merge_done(r)) != HD_OK)
            goto out;
        size_t last = r->done_utts ? r->done_utts - 1 : 0;
        progress(r, (size_t)p->u[last < p->n ? last : p->n - 1].chapter, p->nchapters, r->done_utts);
    }

    /* 2. Chapters, and their names checked again (--max-chapter adds parts). */
    if ((st = cut_chapters(r, &ch, &nch)) != HD_OK)
        goto out;
    for (size_t c = 0; c < nch; c++)
        if ((st = od_check(r->od, ch[c].pc.file, r->diag)) != HD_OK)
            goto out;

    /* 3. One gain for the statement: its loudness, measured while it was synthesised
     *    (merged in unit order, so the sums are the same whatever the workers), with
     *    what the limiter will take allowed for. */
    if ((st = merge_done(r)) != HD_OK)
        goto out;
    if (r->merged != p->nunits) {
        diag_set(r->diag, 0, 0, "a unit's statistics are missing");
        st = HD_ERR_SYNTH;
        goto out;
    }
    const lv_stats *total = &r->total;
    artist = pub_artist(d);
    sb cm = {0};
    sb_printf(&cm, "%s; from %s; read by herald %s", d->kind ? d->kind : "Statement",
              o->source ? o->source : "-", HD_VERSION);
    if (!(comment = sb_take(&cm))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    snd_tags base = {NULL, d->title, artist, d->date, comment, 0};

    /* 4. The chapter files, encoded on threads into the staging folder. A lossy
     *    encoder moves loudness and peaks, so its files are measured as a decoder
     *    gives them back; the rare file past the promise (very loud targets) is made
     *    again with more headroom. */
    /* every file's true peak and loudness are checked: lossless ones as the limiter put
     * them out, lossy ones as a decoder gives them back */
    int check = r->level, lossy_files = lossy(o->format);
    double book_gain = 0, book_ceiling = r->ceiling;
    double ceiling = r->ceiling, want = r->target, l0 = lv_stats_loudness(total), loudness = 0;
    int loud_tries = 0;
    for (int attempt = 0;; attempt++) {
        double gain = 0;
        if (r->level) {
            r->mode = -1;
            gain = lv_gain_for(total, want, ceiling, &r->mode);
            /* the harder the limiter works, the more a lossy encoder overshoots */
            double reduction = isfinite(l0) ? gain - (want - l0) : 0;
            if (lossy_files && attempt == 0 && reduction > 1) {
                ceiling -= 0.35 * (reduction - 1);
                if (ceiling < -6)
                    ceiling = -6;
                r->mode = -1;
                gain = lv_gain_for(total, want, ceiling, &r->mode);
            }
        }
        /* One pass: a lossless file is measured again only where the limiter is
         * predicted to take much (loud targets); elsewhere the prediction from the
         * statistics gathered while synthesising holds to 0.1 LU. */
        double limited = 0, predicted = r->level ? lv_predict(total, gain, ceiling, r->mode, &limited) : 0;
        int metered = r->level && !lossy_files && limited >= RD_PREDICTED_DB;
        if ((st = encode_all(r, ch, nch, &base, gain, ceiling, lossy_files, metered, 0)) != HD_OK)
            goto out;
        book_gain = gain;
        book_ceiling = ceiling;
        if (!check)
            break;
        double tp = -HUGE_VAL;
        lv_meter **ms = calloc(nch + 1, sizeof *ms);
        if (!ms) {
            st = HD_ERR_NOMEM;
            goto out;
        }
        for (size_t c = 0; c < nch; c++) {
            ms[c] = ch[c].meter;
            if (ch[c].true_peak > tp)
                tp = ch[c].true_peak;
        }
        double got = lossy_files || metered ? lv_meter_loudness(ms, nch) : predicted;
        free(ms);
        loudness = got;
        int peak_ok = tp <= RD_TRUE_PEAK_MAX - 0.05;
        /* a loudness the prediction missed is tried again once; a target louder than
         * the limiter can reach is not chased */
        int loud_ok = !isfinite(got) || fabs(got - r->target) <= 0.3 || loud_tries >= 1;
        if ((peak_ok && loud_ok) || attempt == 4)
            break;
        if (!loud_ok)
            loud_tries++;
        /* the encoder's overshoot, and a little more, comes off the ceiling */
        if (!peak_ok)
            ceiling = RD_TRUE_PEAK_MAX - 0.15 - 1.1 * (tp - ceiling);
        if (!loud_ok)
            want += r->target - got;
        for (size_t c = 0; c < nch; c++)
            od_discard(r->od, ch[c].pc.file);
    }

    /* The EPUB's audio is MP3 (a core media type of EPUB 3): another format's render
     * encodes the same samples once more, as scratch files for the book. */
    if (o->epub && o->format != HD_FORMAT_MP3) {
        for (size_t c = 0; c < nch; c++) {
            sb bf = {0};
            sb_printf(&bf, "book-%02zu.mp3", c + 1);
            if (!(ch[c].book_file = sb_take(&bf))) {
                st = HD_ERR_NOMEM;
                goto out;
            }
        }
        if ((st = encode_all(r, ch, nch, &base, book_gain, book_ceiling, 0, 0, 1)) != HD_OK)
            goto out;
    }

    /* 5. Where everything lies on the timeline, exact to the sample. */
    if (!(t = calloc(p->n + 1, sizeof *t)) || !(pcs = calloc(nch + 1, sizeof *pcs)) ||
        !(names = calloc(2 * nch + 15, sizeof *names)) ||
        !(vtt_names = calloc(nch + 1, sizeof *vtt_names))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    double at = 0, peak = -HUGE_VAL;
    unsigned long long frames = 0;
    for (size_t c = 0; c < nch; c++) {
        ch[c].pc.start_s = at;
        unsigned long long pos = 0;
        for (size_t i = ch[c].pc.first; i < ch[c].pc.last; i++) {
            t[i].start_s = at + (double)pos / r->rate;
            t[i].end_s = t[i].start_s + (double)r->speech[i] / r->rate;
            t[i].words = r->words[i];
            t[i].nwords = r->nwords[i];
            pos += r->speech[i] + pause_samples(r, i);
        }
        frames += ch[c].pc.frames;
        at = (double)frames / ch[c].pc.rate; /* from whole frames: no sum of roundings */
        pcs[c] = ch[c].pc;
        if (ch[c].true_peak > peak)
            peak = ch[c].true_peak;
    }
    double lufs = r->level ? loudness + (channels == 2 ? 10 * log10(2.0) : 0) : 0;

    /* 6. Sidecars, then the commit: everything appears together. */
    pub_render pr = {p, pcs, nch, t, o->source, o->format, channels, r->level,
                     mono_target(o, channels) + (channels == 2 ? 10 * log10(2.0) : 0), lufs, peak,
                     NULL, 0, key};
    if (o->format == HD_FORMAT_MP3)
        for (size_t c = 0; c < nch && st == HD_OK; c++) {
            unsigned char *tag = NULL;
            size_t tn = 0;
            if ((st = pub_id3(&pr, c, artist, comment, &tag, &tn)) == HD_OK)
                st = od_prepend(r->od, pcs[c].file, tag, tn, r->diag);
            free(tag);
        }
    if (st != HD_OK)
        goto out;
    size_t nn = 0;
    for (size_t c = 0; c < nch; c++)
        names[nn++] = ch[c].pc.file;
    if ((st = write_sidecar(r, &pr, "playlist.m3u8", pub_playlist)) != HD_OK ||
        (st = write_sidecar(r, &pr, "playlist.ffconcat", pub_ffconcat)) != HD_OK ||
        (st = write_sidecar(r, &pr, "captions.vtt", pub_captions)) != HD_OK ||
        (st = write_sidecar(r, &pr, "captions.srt", pub_srt)) != HD_OK ||
        (st = write_sidecar(r, &pr, "transcript.json", pub_transcript)) != HD_OK ||
        (st = write_sidecar(r, &pr, "chapters.json", pub_chapters)) != HD_OK)
        goto out;
    /* captions for each chapter file, on its own timeline: NN-slug.vtt */
    for (size_t c = 0; c < nch && st == HD_OK; c++) {
        char *text = NULL;
        if (!(vtt_names[c] = file_vtt_name(pcs[c].file)) || (st = pub_file_captions(&pr, c, &text)) != HD_OK) {
            st = HD_ERR_NOMEM;
        } else if ((st = od_check(r->od, vtt_names[c], r->diag)) == HD_OK &&
                   (st = od_write(r->od, vtt_names[c], text, r->diag)) == HD_OK) {
            names[nn++] = vtt_names[c];
        }
        free(text);
    }
    if (st != HD_OK)
        goto out;
    if (o->epub && (st = write_book(r, &pr, ch, &book_name)) != HD_OK)
        goto out;
    if (book_name)
        names[nn++] = book_name;
    if (o->player) {
        char *page = NULL;
        if ((st = ra_player(&pr, &page)) == HD_OK && (st = od_check(r->od, "index.html", r->diag)) == HD_OK)
            st = od_write(r->od, "index.html", page, r->diag);
        free(page);
        if (st != HD_OK)
            goto out;
        names[nn++] = "index.html";
    }
    for (size_t k = 0; k < sizeof sidecar_names / sizeof *sidecar_names; k++)
        names[nn++] = sidecar_names[k];
    /* the manifest lists every file with its size: what the next render may replace */
    pub_file *files = calloc(nn + 2, sizeof *files);
    if (!files) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    for (size_t k = 0; k < nn; k++) {
        files[k].name = names[k];
        files[k].bytes = od_size(r->od, names[k]);
    }
    pr.files = files;
    pr.nfiles = nn;
    /* the feed item gives the audio's sizes, so it comes after them */
    char *feed = NULL;
    if ((st = od_check(r->od, "feed.xml", r->diag)) == HD_OK &&
        (st = pub_feed(&pr, o->base_url, &feed)) == HD_OK &&
        (st = od_write(r->od, "feed.xml", feed, r->diag)) == HD_OK) {
        names[nn] = "feed.xml";
        files[nn].name = names[nn];
        files[nn].bytes = od_size(r->od, "feed.xml");
        pr.nfiles = ++nn;
    }
    free(feed);
    if (st != HD_OK) {
        free(files);
        goto out;
    }
    st = write_sidecar(r, &pr, "index.json", pub_manifest);
    free(files);
    if (st != HD_OK)
        goto out;
    names[nn++] = "index.json";
    if (cancelled(r)) {
        st = HD_ERR_CANCELLED;
        goto out;
    }
    if (r->cache)
        keep_folder(r, key, names, nn);
    st = od_commit(r->od, names, nn, r->diag);
out:
    for (size_t c = 0; c < nch; c++) {
        if (ch[c].book_file)
            od_discard(r->od, ch[c].book_file);
        free(ch[c].book_file);
        free(ch[c].pc.file);
        free(ch[c].pc.title);
        lv_meter_free(ch[c].meter);
    }
    free(book_name);
    free(ch);
    free(t);
    free(pcs);
    for (size_t c = 0; vtt_names && c < nch; c++)
        free(vtt_names[c]);
    free(vtt_names);
    free(names);
    free(artist);
    free(comment);
    return st;
}

/* ------------------------------------------------------------ hd_render */

static hd_status render_run(const hd_plan *plan, const hd_render_options *opt, whole *w, hd_diag *diag)
{
    render r;
    hd_status st = HD_OK;
    hd_diag scratch;

    if (!plan || !opt || (opt->stream_fd < 0 && !opt->out_dir))
        return HD_ERR_ARG;
    if (opt->report)
        memset(opt->report, 0, sizeof *opt->report);
    if (!diag) {
        memset(&scratch, 0, sizeof scratch);
        diag = &scratch;
    }
    if (opt->channels < 0 || opt->channels > 2 || opt->sample_rate < 0 ||
        (opt->sample_rate && (opt->sample_rate < 8000 || opt->sample_rate > 192000)) ||
        !isfinite(opt->loudness) || !isfinite(opt->max_chapter_s) || opt->max_chapter_s < 0 ||
        opt->max_chapter_s > 1e7 ||
        (opt->loudness != 0 && opt->loudness != HD_LOUDNESS_OFF &&
         (opt->loudness < -70 || opt->loudness > -5)) ||
        opt->jobs < 0) {
        diag_set(diag, 0, 0, "channels must be 1 or 2, the rate 8000 to 192000 Hz, the "
                             "loudness -70 to -5 LUFS, and jobs 0 or more");
        return HD_ERR_ARG;
    }
    int channels = opt->channels == 2 ? 2 : 1;
    hd_format fmt = opt->stream_fd >= 0 ? HD_FORMAT_WAV : opt->format;
    if ((st = snd_check(fmt, snd_output_rate(fmt, SYN_RATE, opt->sample_rate), channels, diag)) != HD_OK)
        return st;
    if (opt->bitrate_kbps &&
        (opt->bitrate_kbps < 0 || opt->stream_fd >= 0 ||
         (st = snd_check_bitrate(fmt, snd_output_rate(fmt, SYN_RATE, opt->sample_rate), channels,
                                 opt->bitrate_kbps, diag)) != HD_OK)) {
        if (st == HD_OK)
            diag_set(diag, 0, 0, "a bit rate is for MP3 or Opus files, not a stream");
        return HD_ERR_ARG;
    }
    if (plan->n == 0) {
        diag_set(diag, 0, 0, "nothing to speak");
        return HD_ERR_EMPTY;
    }
    memset(&r, 0, sizeof r);
    r.plan = plan;
    r.whole = w;
    r.opt = opt;
    r.diag = diag;
    r.stream = opt->stream_fd >= 0;
    r.level = opt->loudness != HD_LOUDNESS_OFF;
    r.ceiling = !r.stream && lossy(opt->format) ? RD_CEILING_LOSSY : RD_CEILING_LOSSLESS;
    r.target = mono_target(opt, channels);
    r.jobs = opt->jobs > 0 ? (size_t)opt->jobs : pool_cpus();
    r.mode = -1;
    r.cache = opt->cache_dir && *opt->cache_dir ? opt->cache_dir : NULL;
    if (r.cache && !r.stream)
        uc_sweep(r.cache); /* what killed renders left half stored */
    syn_set_cache(opt->cache_dir);
    if (r.jobs > 64)
        r.jobs = 64;
    /* A folder render checks every voice first (without starting espeak-ng, so it may
     * still fork); a stream finds a missing voice when it gets to it, to start at once. */
    for (size_t i = 0; !r.stream && i < plan->nvoices; i++)
        if ((st = syn_check(&plan->voices[i], diag)) != HD_OK)
            return st;
    if ((st = plan_state_new(&r)) != HD_OK)
        goto out;
    if ((st = pool_new(r.jobs, &r.pool)) != HD_OK)
        goto out;
    if (r.stream) {
        st = render_stream(&r);
    } else {
        if ((st = od_open(opt->out_dir, &r.od, diag)) != HD_OK)
            goto out;
        st = render_dir(&r);
    }
out:
    pool_free(r.pool);
    plan_state_free(&r);
    lv_stats_clear(&r.total);
    od_close(r.od);
    if (opt->report) {
        if (st != HD_OK)
            opt->report->up_to_date = 0;
        opt->report->units = r.plan->nunits;
        opt->report->synthesised = r.synthesised;
        opt->report->reused = r.reused;
    }
    if (st == HD_ERR_NOMEM)
        diag_set(diag, 0, 0, "out of memory");
    if (st == HD_ERR_CANCELLED)
        diag_set(diag, 0, 0, "interrupted");
    return st;
}

hd_status hd_render(const hd_plan *plan, const hd_render_options *opt, hd_diag *diag)
{
    return render_run(plan, opt, NULL, diag);
}

/* ------------------------------------------------------------ hd_stream */

/* A statement longer than this is streamed from the plan of its opening (this much,
 * to the end of a paragraph) until the whole is planned: about 2 ms of parsing at
 * herald's speed, whatever the length, before its first sound. */
static size_t stream_opening = 16384;

void rd_set_stream_opening(size_t bytes) { stream_opening = bytes; }

/* Where the opening ends: after the first blank line at or past stream_opening bytes,
 * or 0 when the statement is not longer than that (it is planned whole). */
static size_t opening_end(const char *s, size_t n)
{
    for (size_t i = stream_opening; i < n; i++) {
        if (s[i] != '\n')
            continue;
        size_t j = i + 1;
        while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
            j++;
        if (j < n && s[j] == '\n') {
            /* some words must follow, or the whole is the opening */
            for (size_t t = j; t < n; t++)
                if (!strchr(" \t\r\n", s[t]))
                    return j + 1;
            return 0;
        }
    }
    return 0;
}

hd_status hd_stream(const char *bytes, size_t len, const hd_parse_options *parse_opt,
                    const hd_voices *voices, const hd_plan_options *plan_opt,
                    const hd_render_options *opt, hd_diag *diag)
{
    hd_doc *doc = NULL;
    hd_plan *plan = NULL;
    hd_diag scratch;
    if (!opt || opt->stream_fd < 0 || (!bytes && len > 0))
        return HD_ERR_ARG;
    if (!diag) {
        memset(&scratch, 0, sizeof scratch);
        diag = &scratch;
    }
    /* nothing is heard of a statement that cannot be read to its end (one parsed whole
     * is checked by hd_doc_parse) */
    /* espeak-ng loads (several milliseconds) while the opening is planned */
    syn_load_ahead_voices(voices, opt->cache_dir);
    size_t cut = bytes ? opening_end(bytes, len) : 0;
    hd_status st = cut ? txt_validate(bytes, len, diag) : HD_OK;
    whole w = {bytes, len, parse_opt, voices, plan_opt, NULL, NULL};
    if (st == HD_OK && (st = hd_doc_parse(bytes, cut ? cut : len, parse_opt, &doc, diag)) == HD_OK &&
        (st = hd_plan_new(doc, voices, plan_opt, &plan, diag)) == HD_OK) {
        syn_load_wait(); /* no thread but this one when the pool forks */
        st = render_run(plan, opt, cut ? &w : NULL, diag);
    }
    syn_load_wait();
    hd_plan_free(w.plan);
    hd_doc_free(w.doc);
    hd_plan_free(plan);
    hd_doc_free(doc);
    return st;
}

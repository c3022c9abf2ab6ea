/* level: loudness for publishing. EBU R128 measurement (BS.1770 K-weighting and
 * gating, herald's own, held to libebur128 by the tests; block loudness gathered per
 * work unit and gated once for the whole render), a gain to a target that allows for
 * what the limiter will take, and a look-ahead limiter that keeps the true
 * (inter-sample) peak under a ceiling by construction. */
#ifndef HD_LEVEL_H
#define HD_LEVEL_H

#include <stddef.h>
#include "herald.h"

/* ------------------------------------------------------------ measuring */

/* Bins of the peak histograms: local peak level in 0.5 dB steps from -90 dBFS up. */
enum { LV_PEAK_BINS = 200 };

/* The limiter's modes, gentlest first: look-ahead windows of 5, 1 and 0.25 ms. A
 * louder target than the gentle window can reach with moderate gain reduction takes
 * a shorter one, which holds peaks down for less time (at the cost of distortion). */
enum { LV_MODES = 3 };

/* The histograms the gain prediction reads: for each mode, energy by the local peak
 * level around it (frames as long as the mode's window). */
enum { LV_HISTS = 4 };

/* What a stretch of audio tells about its loudness, mergeable across stretches:
 * the energies of its 400 ms gating blocks (BS.1770, 100 ms apart) and how its
 * energy is spread over local peak levels (to predict what a limiter takes). */
typedef struct lv_stats {
    double *blocks;     /* mean-square energy of each gating block */
    size_t nblocks, cap;
    double peak_energy[LV_HISTS][LV_PEAK_BINS];
    float peak;         /* largest |sample| */
    int oom;
} lv_stats;

void lv_stats_clear(lv_stats *s);
/* Appends everything `from` holds to `to`. HD_ERR_NOMEM. */
hd_status lv_stats_merge(lv_stats *to, const lv_stats *from);

/* Gathers lv_stats from one continuous stretch of mono audio (an utterance or a
 * work unit). */
typedef struct lv_probe lv_probe;
lv_probe *lv_probe_new(int rate); /* NULL on oom */
hd_status lv_probe_add(lv_probe *p, const float *x, size_t n);
/* n samples of silence (a pause). */
hd_status lv_probe_silence(lv_probe *p, size_t n);
/* Completes the stretch and appends its statistics to *out. HD_ERR_NOMEM. */
hd_status lv_probe_finish(lv_probe *p, lv_stats *out);
void lv_probe_free(lv_probe *p);

/* Integrated loudness (LUFS) of everything s holds, gated as BS.1770-4 gates one
 * continuous signal; -HUGE_VAL for silence. */
double lv_stats_loudness(const lv_stats *s);

/* The gain (dB) and limiter mode that bring audio of these statistics to `target`
 * LUFS once the limiter has held it under `ceiling` dBTP. *mode on entry: a mode to
 * use, or -1 to choose the gentlest that needs at most 4 dB of gain reduction (else
 * the shortest); on return the mode. 0 for silence. */
double lv_gain_for(const lv_stats *s, double target, double ceiling, int *mode);
/* The loudness (LUFS) audio of these statistics is predicted to have after `gain_db`
 * and the limiter in `mode` under `ceiling` dBTP; and in *reduction the dB the
 * limiter is predicted to take off (0 when it barely acts, where the prediction
 * holds to about 0.1 LU). -HUGE_VAL for silence. */
double lv_predict(const lv_stats *s, double gain_db, double ceiling, int mode, double *reduction);

/* A meter of integrated loudness, for what is written. */
typedef struct lv_meter lv_meter;
lv_meter *lv_meter_new(int rate); /* NULL on oom */
void lv_meter_free(lv_meter *m);
hd_status lv_meter_add(lv_meter *m, const float *x, size_t n);
/* Integrated loudness of several meters together (their blocks gated together),
 * LUFS; -HUGE_VAL for silence. */
double lv_meter_loudness(lv_meter *const *m, size_t n);

/* A true-peak meter (8x interpolation, computed only near the largest level so far),
 * for what a decoder gives back. */
typedef struct lv_peak lv_peak;
lv_peak *lv_peak_new(void); /* NULL on oom */
void lv_peak_add(lv_peak *p, const float *x, size_t n);
/* dBTP of everything added; -HUGE_VAL for silence. */
double lv_peak_db(lv_peak *p);
void lv_peak_free(lv_peak *p);

/* ------------------------------------------------------------ limiting */

/* A streaming limiter: scales by gain_db and lowers the gain smoothly ahead of every
 * peak (a look-ahead window of the mode's length, then a release) so that neither a sample nor a peak between
 * samples (8x interpolation, computed only where the signal comes near the ceiling)
 * exceeds ceiling_db. Output lags input by lv_limiter_latency() samples; before the
 * first sample and after lv_limiter_flush it takes silence. It also measures the true
 * peak of what it puts out. */
typedef struct lv_limiter lv_limiter;
lv_limiter *lv_limiter_new(int rate, double gain_db, double ceiling_db, int mode); /* NULL on oom */
void lv_limiter_free(lv_limiter *l);
size_t lv_limiter_latency(const lv_limiter *l);
/* The gain for samples taken from now on. */
void lv_limiter_set_gain(lv_limiter *l, double gain_db);
/* Takes n samples; writes to out the samples that are complete (at most n) and
 * returns how many. */
size_t lv_limiter_run(lv_limiter *l, const float *in, size_t n, float *out);
/* Writes the last lv_limiter_latency() samples; the limiter starts afresh. */
size_t lv_limiter_flush(lv_limiter *l, float *out);
/* True peak (dBTP) of everything put out so far; -HUGE_VAL for silence. */
double lv_limiter_true_peak(const lv_limiter *l);
/* Samples of silence after which the limiter is exactly as it starts (its window,
 * its look-ahead and its slowest release all passed). So audio with pauses this long
 * can be limited in pieces cut inside them, each by a limiter of its own (flushed at
 * the piece's end), sample for sample as one limiter would: a cut needs this much
 * silence before it and lv_limiter_latency() after. */
size_t lv_limiter_settle(const lv_limiter *l);

/* Tests only: with 0, the limiter and the true-peak meter take every sample the slow
 * way, which their fast paths must match exactly. Not for use while others run. */
void lv_set_fast_paths(int on);

#endif

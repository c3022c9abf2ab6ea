/* level: loudness through libebur128, the reference implementation of BS.1770 and
 * R128; a gain that allows for the limiter; a true-peak limiter that computes
 * inter-sample peaks only where the signal comes near the ceiling. */
#include "level.h"

#include <ebur128.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define HD_PI 3.14159265358979323846

/* ------------------------------------------------------------ statistics */

void lv_stats_clear(lv_stats *s)
{
    if (!s)
        return;
    free(s->blocks);
    memset(s, 0, sizeof *s);
}

static hd_status add_blocks(lv_stats *s, const double *e, size_t n)
{
    if (!n)
        return HD_OK;
    if (s->nblocks > (size_t)-1 - n ||
        grow((void **)&s->blocks, &s->cap, s->nblocks + n, sizeof *s->blocks) != 0) {
        s->oom = 1;
        return HD_ERR_NOMEM;
    }
    memcpy(s->blocks + s->nblocks, e, n * sizeof *e);
    s->nblocks += n;
    return HD_OK;
}

hd_status lv_stats_merge(lv_stats *to, const lv_stats *from)
{
    for (size_t h = 0; h < LV_HISTS; h++)
        for (size_t b = 0; b < LV_PEAK_BINS; b++)
            to->peak_energy[h][b] += from->peak_energy[h][b];
    if (from->peak > to->peak)
        to->peak = from->peak;
    return add_blocks(to, from->blocks, from->nblocks);
}

/* BS.1770-4: blocks above the absolute gate (-70 LUFS), then above the relative gate
 * 10 LU under their mean; the loudness of what passes both. */
double lv_stats_loudness(const lv_stats *s)
{
    const double abs_gate = pow(10.0, (-70.0 + 0.691) / 10);
    double sum = 0;
    size_t n = 0;
    for (size_t i = 0; i < s->nblocks; i++)
        if (s->blocks[i] > abs_gate) {
            sum += s->blocks[i];
            n++;
        }
    if (!n)
        return -HUGE_VAL;
    double rel_gate = sum / (double)n * pow(10.0, -10.0 / 10);
    double sum2 = 0;
    size_t n2 = 0;
    for (size_t i = 0; i < s->nblocks; i++)
        if (s->blocks[i] > abs_gate && s->blocks[i] > rel_gate) {
            sum2 += s->blocks[i];
            n2++;
        }
    if (!n2 || sum2 <= 0)
        return -HUGE_VAL;
    return -0.691 + 10 * log10(sum2 / (double)n2);
}

/* The limiter's modes. `backs`: how many frames before a frame its local peak looks
 * (and one after), per histogram; the prediction averages them. Fitted against the
 * limiter itself on espeak-ng speech: within about 0.1 LU from 0 to 20 dB of gain. */
static const struct mode_def {
    double window_ms, release_ms;
    int hist[2]; /* histograms of this mode (-1: none) */
} mode_defs[LV_MODES] = {{5.0, 80.0, {0, 1}}, {1.0, 40.0, {2, -1}}, {0.25, 10.0, {3, -1}}};
static const int hist_back[LV_HISTS] = {1, 2, 4, 4};

static size_t mode_window(int mode, int rate)
{
    return (size_t)(rate * mode_defs[mode].window_ms / 1000) + 1;
}

/* The level (linear) a peak bin stands for: its middle. */
static double bin_peak(size_t b) { return pow(10.0, (-90.0 + 0.5 * ((double)b + 0.5)) / 20); }

static size_t peak_bin(double peak)
{
    if (peak <= 0)
        return 0;
    double db = 20 * log10(peak);
    double b = floor((db + 90.0) * 2);
    return b < 0 ? 0 : b >= LV_PEAK_BINS ? LV_PEAK_BINS - 1 : (size_t)b;
}

/* Why: the limiter scales a stretch whose local peak is P by at most c/(gP), so after
 * gain g and limiting its energy is about E·min(g², (c/P)²). */
static double limited_share(const lv_stats *s, int mode, double g, double c)
{
    double y = 0, total = 0;
    int k = 0;
    for (int j = 0; j < 2; j++) {
        int h = mode_defs[mode].hist[j];
        if (h < 0)
            continue;
        k++;
        for (size_t b = 0; b < LV_PEAK_BINS; b++) {
            double e = s->peak_energy[h][b];
            if (e <= 0)
                continue;
            double lim = c / bin_peak(b);
            y += e * (g < lim ? g * g : lim * lim);
            total += e;
        }
    }
    return total > 0 ? y / total : g * g;
}

/* The gain (dB) at which mode `mode` reaches `want` (the target's energy relative to
 * the statement's), by bisection: the limited energy grows with the gain. */
static double solve(const lv_stats *s, int mode, double c, double lo, double want)
{
    double hi = lo + 30;
    if (limited_share(s, mode, pow(10.0, hi / 20), c) < want)
        return hi;
    for (int it = 0; it < 50; it++) {
        double mid = (lo + hi) / 2;
        if (limited_share(s, mode, pow(10.0, mid / 20), c) < want)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}

double lv_gain_for(const lv_stats *s, double target, double ceiling, int *mode)
{
    double l0 = lv_stats_loudness(s);
    int fixed = *mode >= 0 && *mode < LV_MODES ? *mode : -1;
    *mode = fixed >= 0 ? fixed : 0;
    if (!isfinite(l0))
        return 0;
    double c = pow(10.0, (ceiling - 0.05) / 20), want = pow(10.0, (target - l0) / 10);
    if (fixed >= 0)
        return solve(s, fixed, c, target - l0, want);
    double g = 0;
    for (int m = 0; m < LV_MODES; m++) {
        g = solve(s, m, c, target - l0, want);
        *mode = m;
        /* gain reduction: what the gain adds beyond the loudness it buys */
        if (g - (target - l0) <= 4.0)
            break;
    }
    return g;
}

/* ------------------------------------------------------------ probe */

enum { PEAK_RING = 8 };

typedef struct framer {
    size_t len, in, count; /* frame length; samples in the current one; frames done */
    double energy, pending;
    float peak, ring[PEAK_RING];
} framer;

struct lv_probe {
    ebur128_state *st;
    size_t hop, in_hop, seen; /* 100 ms in samples; samples in the current hop; total */
    lv_stats stats;
    framer fr[LV_MODES];
};

lv_probe *lv_probe_new(int rate)
{
    lv_probe *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    if (!(p->st = ebur128_init(1, (unsigned long)rate, EBUR128_MODE_M))) {
        free(p);
        return NULL;
    }
    p->hop = (size_t)rate / 10;
    for (int m = 0; m < LV_MODES; m++)
        p->fr[m].len = mode_window(m, rate);
    return p;
}

void lv_probe_free(lv_probe *p)
{
    if (!p)
        return;
    ebur128_destroy(&p->st);
    lv_stats_clear(&p->stats);
    free(p);
}

/* Frame f of mode m is complete: the energy of frame f-1 goes, for each histogram of
 * the mode, to the bin of the largest frame peak from f-1-back to f. */
static void end_frame(lv_probe *p, int m)
{
    framer *f = &p->fr[m];
    f->ring[f->count % PEAK_RING] = f->peak;
    if (f->count > 0)
        for (int j = 0; j < 2; j++) {
            int h = mode_defs[m].hist[j];
            if (h < 0)
                continue;
            float local = 0;
            for (size_t k = 0; k <= (size_t)hist_back[h] + 1 && k <= f->count; k++) {
                float v = f->ring[(f->count - k) % PEAK_RING];
                if (v > local)
                    local = v;
            }
            p->stats.peak_energy[h][peak_bin(local)] += f->pending;
        }
    f->pending = f->energy;
    f->count++;
    f->energy = 0;
    f->peak = 0;
    f->in = 0;
}

static hd_status end_hop(lv_probe *p)
{
    p->in_hop = 0;
    if (p->seen < 4 * p->hop)
        return HD_OK;
    double l;
    if (ebur128_loudness_momentary(p->st, &l) != EBUR128_SUCCESS)
        return HD_ERR_NOMEM;
    double e = isfinite(l) ? pow(10.0, (l + 0.691) / 10) : 0;
    return add_blocks(&p->stats, &e, 1);
}

hd_status lv_probe_add(lv_probe *p, const float *x, size_t n)
{
    while (n > 0) {
        /* up to the next 100 ms hop, where a gating block ends */
        size_t k = p->hop - p->in_hop;
        if (k > n)
            k = n;
        if (ebur128_add_frames_float(p->st, x, k) != EBUR128_SUCCESS)
            return HD_ERR_NOMEM;
        for (size_t i = 0; i < k; i++) {
            float a = fabsf(x[i]);
            double e = (double)x[i] * x[i];
            if (a > p->stats.peak)
                p->stats.peak = a;
            for (int m = 0; m < LV_MODES; m++) {
                framer *f = &p->fr[m];
                if (a > f->peak)
                    f->peak = a;
                f->energy += e;
                if (++f->in == f->len)
                    end_frame(p, m);
            }
        }
        p->in_hop += k;
        p->seen += k;
        x += k;
        n -= k;
        if (p->in_hop == p->hop) {
            hd_status st = end_hop(p);
            if (st != HD_OK)
                return st;
        }
    }
    return HD_OK;
}

hd_status lv_probe_silence(lv_probe *p, size_t n)
{
    static const float zeros[1024];
    while (n > 0) {
        size_t k = n < 1024 ? n : 1024;
        hd_status st = lv_probe_add(p, zeros, k);
        if (st != HD_OK)
            return st;
        n -= k;
    }
    return HD_OK;
}

hd_status lv_probe_finish(lv_probe *p, lv_stats *out)
{
    for (int m = 0; m < LV_MODES; m++) {
        if (p->fr[m].in)
            end_frame(p, m);
        end_frame(p, m); /* an empty frame after the last pushes its energy out */
    }
    return p->stats.oom ? HD_ERR_NOMEM : lv_stats_merge(out, &p->stats);
}

/* ------------------------------------------------------------ meter */

struct lv_meter {
    ebur128_state *st;
};

lv_meter *lv_meter_new(int rate)
{
    lv_meter *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    if (!(m->st = ebur128_init(1, (unsigned long)rate, EBUR128_MODE_I))) {
        free(m);
        return NULL;
    }
    return m;
}

void lv_meter_free(lv_meter *m)
{
    if (!m)
        return;
    ebur128_destroy(&m->st);
    free(m);
}

hd_status lv_meter_add(lv_meter *m, const float *x, size_t n)
{
    return n == 0 || ebur128_add_frames_float(m->st, x, n) == EBUR128_SUCCESS ? HD_OK
                                                                              : HD_ERR_NOMEM;
}

double lv_meter_loudness(lv_meter *const *m, size_t n)
{
    double l = -HUGE_VAL;
    ebur128_state **sts = n ? calloc(n, sizeof *sts) : NULL;
    if (!sts)
        return -HUGE_VAL;
    for (size_t i = 0; i < n; i++)
        sts[i] = m[i]->st;
    if (ebur128_loudness_global_multiple(sts, n, &l) != EBUR128_SUCCESS)
        l = -HUGE_VAL;
    free(sts);
    return l;
}

/* ------------------------------------------------------------ limiter */

enum { PHASES = 8, TAPS = 16, HALF = 7 }; /* interval (k, k+1) uses k-7 .. k+8 */

/* Interpolation filters for the points between two samples, one per phase. */
static float interp[PHASES][TAPS];
static float interp_l1; /* the largest sum of |tap| over the phases */
static int interp_ready;

static double bessel_i0(double x)
{
    double sum = 1, term = 1;
    for (int k = 1; k < 40; k++) {
        term *= (x / (2 * k)) * (x / (2 * k));
        sum += term;
    }
    return sum;
}

/* Kaiser-windowed sinc, each phase normalised to unit gain at DC. Built once: the
 * values are the same for every caller, so a race only writes equal numbers. */
static void make_interp(void)
{
    if (interp_ready)
        return;
    const double beta = 6.0, span = HALF + 2.0;
    float l1 = 0;
    for (int ph = 1; ph < PHASES; ph++) {
        double frac = (double)ph / PHASES, sum = 0, h[TAPS];
        for (int t = 0; t < TAPS; t++) {
            double x = (double)(t - HALF) - frac;
            double s = x == 0 ? 1 : sin(HD_PI * x) / (HD_PI * x);
            double r = x / span;
            double w = r * r < 1 ? bessel_i0(beta * sqrt(1 - r * r)) / bessel_i0(beta) : 0;
            h[t] = s * w;
            sum += h[t];
        }
        float a = 0;
        for (int t = 0; t < TAPS; t++) {
            interp[ph][t] = (float)(h[t] / sum);
            a += fabsf(interp[ph][t]);
        }
        if (a > l1)
            l1 = a;
    }
    interp_l1 = l1;
    interp_ready = 1;
}

/* The largest |value| between x[0] and x[1] (x[-HALF] .. x[HALF+1] readable through
 * the ring `r` of mask `mask` at index k). */
static float between(const float *r, size_t mask, size_t k)
{
    float best = 0;
    for (int ph = 1; ph < PHASES; ph++) {
        float v = 0;
        for (int t = 0; t < TAPS; t++)
            v += interp[ph][t] * r[(k + (size_t)t - HALF) & mask];
        v = fabsf(v);
        if (v > best)
            best = v;
    }
    return best;
}

struct lv_peak {
    float ring[32];
    size_t n;       /* samples seen */
    size_t hot_end; /* positions before this need interpolation */
    float max;
};

lv_peak *lv_peak_new(void)
{
    make_interp();
    return calloc(1, sizeof(lv_peak));
}

void lv_peak_free(lv_peak *p) { free(p); }

/* Position k is evaluated when sample k + 8 arrives: its sample, and the values
 * between it and the next where a sample near enough to the maximum could raise it. */
static void peak_push(lv_peak *p, float v)
{
    size_t j = p->n++;
    p->ring[j & 31] = v;
    float a = fabsf(v);
    if (a * interp_l1 > p->max)
        p->hot_end = j + HALF + 1;
    if (a > p->max)
        p->max = a;
    if (j >= HALF + 1) {
        size_t k = j - HALF - 1;
        if (k < p->hot_end) {
            float b = between(p->ring, 31, k);
            if (b > p->max)
                p->max = b;
        }
    }
}

void lv_peak_add(lv_peak *p, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        peak_push(p, x[i]);
}

double lv_peak_db(lv_peak *p)
{
    /* silence after the end settles the last positions */
    for (int t = 0; t <= HALF; t++)
        peak_push(p, 0.0f);
    return p->max > 0 ? 20 * log10(p->max) : -HUGE_VAL;
}

struct lv_limiter {
    double gain, ceiling, release;
    size_t L, W, latency, mask;
    float *y;     /* ring of gained input */
    float *req;   /* ring of required gains */
    float *pk;    /* ring of peak levels (sample or between samples) */
    size_t *dq;   /* monotone deque of indices into req (values increase) */
    size_t dq_head, dq_tail;
    float *avg;   /* ring of the last L minima */
    double sum, env;
    size_t n;     /* samples taken since the start (or last flush) */
    size_t hot_end;
    float in_max;  /* largest peak level taken */
    float out_max; /* largest peak level put out (true peak of the output) */
};

lv_limiter *lv_limiter_new(int rate, double gain_db, double ceiling_db, int mode)
{
    lv_limiter *l = calloc(1, sizeof *l);
    if (!l)
        return NULL;
    if (mode < 0 || mode >= LV_MODES)
        mode = 0;
    make_interp();
    l->gain = pow(10.0, gain_db / 20);
    /* a hair under the ceiling: the envelope moves a little across the interpolator */
    l->ceiling = pow(10.0, (ceiling_db - 0.05) / 20);
    l->release = 1.0 / (mode_defs[mode].release_ms / 1000 * rate);
    l->L = mode_window(mode, rate);
    l->W = 2 * l->L;
    l->latency = l->W + HALF + 1;
    size_t need = l->W + l->L + 2 * TAPS + 4, size = 64;
    while (size < need)
        size *= 2;
    l->mask = size - 1;
    if (!(l->y = calloc(size, sizeof *l->y)) || !(l->req = calloc(size, sizeof *l->req)) ||
        !(l->pk = calloc(size, sizeof *l->pk)) || !(l->dq = calloc(size, sizeof *l->dq)) ||
        !(l->avg = calloc(l->L, sizeof *l->avg))) {
        lv_limiter_free(l);
        return NULL;
    }
    lv_limiter_flush(l, NULL);
    return l;
}

void lv_limiter_free(lv_limiter *l)
{
    if (!l)
        return;
    free(l->y);
    free(l->req);
    free(l->pk);
    free(l->dq);
    free(l->avg);
    free(l);
}

size_t lv_limiter_latency(const lv_limiter *l) { return l->latency; }

void lv_limiter_set_gain(lv_limiter *l, double gain_db) { l->gain = pow(10.0, gain_db / 20); }

static void reset(lv_limiter *l)
{
    memset(l->y, 0, (l->mask + 1) * sizeof *l->y);
    memset(l->pk, 0, (l->mask + 1) * sizeof *l->pk);
    for (size_t i = 0; i <= l->mask; i++)
        l->req[i] = 1;
    for (size_t i = 0; i < l->L; i++)
        l->avg[i] = 1;
    l->sum = (double)l->L;
    l->env = 1;
    l->n = 0;
    l->hot_end = 0;
    l->dq_head = l->dq_tail = 0;
}

/* Takes one sample (gained); once enough are in, returns 1 and the output sample of
 * index n - latency in *out. Why it holds the true peak: the peak level of position k
 * is the larger of its sample and the largest value between it and the next (8x
 * interpolation); between samples that no nearby sample brings within reach of the
 * ceiling (or of the largest level so far) nothing can exceed it, since no
 * interpolated value exceeds the filter's L1 norm times the largest nearby sample.
 * The gain at every output position is at most the required gain of the positions
 * around it, reached smoothly over the window before. */
static int step(lv_limiter *l, float v, float *out)
{
    size_t j = l->n++, mask = l->mask;
    l->y[j & mask] = v;
    float reach = l->in_max < l->ceiling ? l->in_max : (float)l->ceiling;
    if (fabsf(v) * interp_l1 > reach)
        l->hot_end = j + HALF + 1;
    if (j < HALF + 1)
        return 0;
    size_t k = j - HALF - 1;
    float p = fabsf(l->y[k & mask]);
    if (k < l->hot_end) {
        float b = between(l->y, mask, k);
        if (b > p)
            p = b;
    }
    if (p > l->in_max)
        l->in_max = p;
    l->pk[k & mask] = p;
    float r = p > l->ceiling ? (float)(l->ceiling / p) : 1.0f;
    l->req[k & mask] = r;
    while (l->dq_tail > l->dq_head && l->req[l->dq[(l->dq_tail - 1) & mask] & mask] >= r)
        l->dq_tail--;
    l->dq[l->dq_tail++ & mask] = k;
    if (k < l->W)
        return 0;
    /* output i = k - W: the minimum over [i - 1, i + W], averaged over the last L */
    size_t i = k - l->W;
    while (l->dq[l->dq_head & mask] + 1 < i)
        l->dq_head++;
    float m = l->req[l->dq[l->dq_head & mask] & mask];
    size_t slot = i % l->L;
    l->sum += (double)m - l->avg[slot];
    l->avg[slot] = m;
    double target = l->sum / (double)l->L;
    if (target < l->env)
        l->env = target;
    else
        l->env = l->env + l->release < target ? l->env + l->release : target;
    float c = (float)l->ceiling;
    float z = (float)(l->y[i & mask] * l->env);
    *out = z > c ? c : z < -c ? -c : z;
    float level = (float)(l->pk[i & mask] * l->env);
    if (level > l->out_max)
        l->out_max = level > c ? c : level;
    return 1;
}

size_t lv_limiter_run(lv_limiter *l, const float *in, size_t n, float *out)
{
    size_t k = 0;
    float g = (float)l->gain;
    for (size_t i = 0; i < n; i++)
        k += (size_t)step(l, in[i] * g, &out[k]);
    return k;
}

size_t lv_limiter_flush(lv_limiter *l, float *out)
{
    size_t k = 0;
    /* silence after the end pushes the last `latency` samples (or all, when fewer
     * came in) out; out has room for that many */
    if (out)
        for (size_t t = 0; t < l->latency && l->n > 0; t++)
            k += (size_t)step(l, 0.0f, &out[k]);
    reset(l);
    return k;
}

double lv_limiter_true_peak(const lv_limiter *l)
{
    return l->out_max > 0 ? 20 * log10(l->out_max) : -HUGE_VAL;
}

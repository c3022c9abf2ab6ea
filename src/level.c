/* level: BS.1770 loudness (K-weighting, 400 ms blocks, gating) measured in pieces and
 * gated together; a gain that allows for the limiter; a true-peak limiter that
 * computes inter-sample peaks only where the signal comes near the ceiling. */
#include "level.h"

#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#if defined(__SSE2__)
#include <xmmintrin.h>
#endif

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
    int bases;         /* the window, in base windows of 0.25 ms: 5, 1, 0.25 ms */
    double release_ms;
    int hist[2];       /* histograms of this mode (-1: none) */
} mode_defs[LV_MODES] = {{18, 80.0, {0, 1}}, {4, 40.0, {2, -1}}, {1, 10.0, {3, -1}}};
static const int hist_back[LV_HISTS] = {1, 2, 4, 4};

/* A mode's window in samples: a whole number of base windows, so the probe's frames
 * nest. */
static size_t mode_window(int mode, int rate)
{
    return ((size_t)rate / 4000 + 1) * (size_t)mode_defs[mode].bases;
}

/* The level (linear) a peak bin stands for: its middle. */
static double bin_peak(size_t b) { return pow(10.0, (-90.0 + 0.5 * ((double)b + 0.5)) / 20); }


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

double lv_predict(const lv_stats *s, double gain_db, double ceiling, int mode, double *reduction)
{
    double l0 = lv_stats_loudness(s);
    *reduction = 0;
    if (!isfinite(l0))
        return -HUGE_VAL;
    if (mode < 0 || mode >= LV_MODES)
        mode = 0;
    double c = pow(10.0, (ceiling - 0.05) / 20), g = pow(10.0, gain_db / 20);
    double share = limited_share(s, mode, g, c);
    *reduction = share > 0 ? gain_db - 10 * log10(share) : 0;
    return share > 0 ? l0 + 10 * log10(share) : -HUGE_VAL;
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

/* ------------------------------------------------------------ K-weighting */

/* BS.1770's K-weighting for any rate: a high shelf (+4 dB above ~1.7 kHz, the head)
 * and a high pass (38 Hz), with the coefficient formulas libebur128 uses; two
 * biquads in double (the high pass's poles sit close to 1). Why not libebur128 itself:
 * a render is measured in pieces, in separate processes, and their 400 ms blocks must
 * be gated together, which its API cannot do; and it costs three times as much a
 * sample. tests/test_level.c holds this meter to libebur128 within 0.01 LU. */
typedef struct kweight {
    double b[2][3], a[2][3];
    double z[2][2]; /* stage 1's last inputs, its last outputs */
    double o[2];    /* stage 2's last outputs */
} kweight;

static void kweight_init(kweight *k, int rate)
{
    double f0 = 1681.974450955533, g = 3.999843853973347, q = 0.7071752369554196;
    double K = tan(HD_PI * f0 / rate), vh = pow(10.0, g / 20), vb = pow(vh, 0.4996667741545416);
    double a0 = 1 + K / q + K * K;
    memset(k, 0, sizeof *k);
    k->b[0][0] = (vh + vb * K / q + K * K) / a0;
    k->b[0][1] = 2 * (K * K - vh) / a0;
    k->b[0][2] = (vh - vb * K / q + K * K) / a0;
    k->a[0][1] = 2 * (K * K - 1) / a0;
    k->a[0][2] = (1 - K / q + K * K) / a0;
    f0 = 38.13547087602444;
    q = 0.5003270373238773;
    K = tan(HD_PI * f0 / rate);
    a0 = 1 + K / q + K * K;
    k->b[1][0] = 1;
    k->b[1][1] = -2;
    k->b[1][2] = 1;
    k->a[1][1] = 2 * (K * K - 1) / a0;
    k->a[1][2] = (1 - K / q + K * K) / a0;
}

/* 400 ms gating blocks every 100 ms: the sums of four 100 ms hops. */
typedef struct blocker {
    kweight k;
    size_t hop, in_hop, hops;
    double sum, last[4];
} blocker;

static void blocker_init(blocker *b, int rate)
{
    memset(b, 0, sizeof *b);
    kweight_init(&b->k, rate);
    b->hop = (size_t)rate / 10;
}

/* K-weights n samples and returns the sum of their squares. Direct form I, the state
 * (the last two inputs and outputs of each stage) in local variables. Why two samples
 * at a time: each output waits for the one before it (a multiply and a subtract per
 * stage), which bounds the speed; written from the outputs two back, both outputs of
 * a pair wait for the same earlier pair, so the wait is paid once per two samples:
 *   y[n+1] = u[n+1] - a1·u[n] + (a1² - a2)·y[n-1] + a1·a2·y[n-2]
 * where u is everything known early (the numerator; for stage 2 its 1, -2, 1). */
static double kweight_run(kweight *k, const float *x, size_t n)
{
#if defined(__SSE2__)
    /* Why flush to zero: in the silence between sentences the filters' state decays
     * into subnormal numbers, where every operation costs a hundred cycles (a quarter
     * of the meter's time on speech). Values below 1e-308 add nothing to a sum of
     * squares that is gated at -70 LUFS; the thread's own mode is put back. */
    unsigned csr = _mm_getcsr();
    _mm_setcsr(csr | 0x8040); /* flush to zero, denormals are zero */
#endif
    const double b0 = k->b[0][0], b1 = k->b[0][1], b2 = k->b[0][2], a1 = k->a[0][1],
                 a2 = k->a[0][2], c1 = k->a[1][1], c2 = k->a[1][2];
    const double p1 = a1 * a1 - a2, q1 = a1 * a2, p2 = c1 * c1 - c2, q2 = c1 * c2;
    double x1 = k->z[0][0], x2 = k->z[0][1], y1 = k->z[1][0], y2 = k->z[1][1];
    double o1 = k->o[0], o2 = k->o[1], sum = 0, sum2 = 0;
    size_t i = 0;
    for (; i + 2 <= n; i += 2) {
        double xa = x[i], xb = x[i + 1];
        double ua = b0 * xa + b1 * x1 + b2 * x2, ub = b0 * xb + b1 * xa + b2 * x1;
        double ya = ua - a1 * y1 - a2 * y2;
        double yb = (ub - a1 * ua) + p1 * y1 + q1 * y2;
        double va = ya - 2 * y1 + y2, vb = yb - 2 * ya + y1;
        double oa = va - c1 * o1 - c2 * o2;
        double ob = (vb - c1 * va) + p2 * o1 + q2 * o2;
        x2 = xa;
        x1 = xb;
        y2 = ya;
        y1 = yb;
        o2 = oa;
        o1 = ob;
        sum += oa * oa;
        sum2 += ob * ob;
    }
    for (; i < n; i++) {
        double x0 = x[i];
        double y = (b0 * x0 + b1 * x1 + b2 * x2 - a2 * y2) - a1 * y1;
        double o = (y - 2 * y1 + y2 - c2 * o2) - c1 * o1;
        x2 = x1;
        x1 = x0;
        y2 = y1;
        y1 = y;
        o2 = o1;
        o1 = o;
        sum += o * o;
    }
    k->z[0][0] = x1;
    k->z[0][1] = x2;
    k->z[1][0] = y1;
    k->z[1][1] = y2;
    k->o[0] = o1;
    k->o[1] = o2;
#if defined(__SSE2__)
    _mm_setcsr(csr);
#endif
    return sum + sum2;
}

static hd_status blocker_add(blocker *b, lv_stats *s, const float *x, size_t n)
{
    while (n > 0) {
        size_t k = b->hop - b->in_hop;
        if (k > n)
            k = n;
        b->sum += kweight_run(&b->k, x, k);
        b->in_hop += k;
        x += k;
        n -= k;
        if (b->in_hop < b->hop)
            break;
        b->last[b->hops++ % 4] = b->sum;
        b->sum = 0;
        b->in_hop = 0;
        if (b->hops >= 4) {
            double e = (b->last[0] + b->last[1] + b->last[2] + b->last[3]) / (4.0 * (double)b->hop);
            hd_status st = add_blocks(s, &e, 1);
            if (st != HD_OK)
                return st;
        }
    }
    return HD_OK;
}

/* ------------------------------------------------------------ probe */

/* Frames nest: the shortest mode's window is the base frame, the others whole
 * multiples of it, so a sample is looked at once. */
enum { PEAK_RING = 8 };

typedef struct framer {
    size_t bases, in; /* base frames a frame holds; base frames in the current one */
    size_t count;     /* frames done */
    double energy, pending;
    float peak;
    unsigned char ring[PEAK_RING]; /* the last frames' peaks, as bins */
} framer;

struct lv_probe {
    blocker blk;
    lv_stats stats;
    size_t base, in_base; /* the base frame's length; samples in the current one */
    double base_energy;
    float base_peak;
    framer fr[LV_MODES];
};

/* A frame's bin without a call to log10: the exponent of the float, and a table of
 * log2 over the top eight bits of its mantissa (within 0.07 of a bin; which side of
 * an edge a peak falls on is the same in every run). */
static float log2_table[257];
static pthread_once_t log2_once = PTHREAD_ONCE_INIT;

static void make_log2_table(void)
{
    for (int i = 0; i <= 256; i++)
        log2_table[i] = (float)(log(1.0 + (i + 0.5) / 256.0) / log(2.0));
}

static inline size_t peak_bin_fast(float peak)
{
    if (!(peak > 0))
        return 0;
    union {
        float f;
        uint32_t u;
    } v = {peak};
    int e = (int)((v.u >> 23) & 255) - 127;
    float l2 = (float)e + log2_table[(v.u >> 15) & 255];
    float bin = (l2 * 6.0205999f + 90.0f) * 2.0f;
    return bin < 0 ? 0 : bin >= LV_PEAK_BINS - 1 ? LV_PEAK_BINS - 1 : (size_t)bin;
}

lv_probe *lv_probe_new(int rate)
{
    lv_probe *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    pthread_once(&log2_once, make_log2_table);
    blocker_init(&p->blk, rate);
    p->base = mode_window(LV_MODES - 1, rate);
    /* end_shortest's assumptions */
    if (mode_defs[LV_MODES - 1].bases != 1 || mode_defs[LV_MODES - 1].hist[0] != 3 ||
        mode_defs[LV_MODES - 1].hist[1] != -1) {
        free(p);
        return NULL;
    }
    for (int m = 0; m < LV_MODES; m++)
        p->fr[m].bases = mode_window(m, rate) / p->base;
    return p;
}

void lv_probe_free(lv_probe *p)
{
    if (!p)
        return;
    lv_stats_clear(&p->stats);
    free(p);
}

/* The largest of the last `n` bins in a ring (entries not yet written are 0, the
 * lowest bin, so a frame near the start looks only at those there are). */
static inline unsigned char ring_max(const unsigned char *ring, size_t count, size_t n)
{
    unsigned char local = 0; /* bins are in the order of levels */
    for (size_t k = 0; k < n; k++) {
        unsigned char v = ring[(count - k) % PEAK_RING];
        local = v > local ? v : local;
    }
    return local;
}

/* Frame f of mode m is complete: the energy of frame f-1 goes, for each histogram of
 * the mode, to the bin of the largest frame peak from f-1-back to f. */
static void end_frame(lv_probe *p, int m)
{
    framer *f = &p->fr[m];
    f->ring[f->count % PEAK_RING] = (unsigned char)peak_bin_fast(f->peak);
    if (f->count > 0 && f->pending > 0)
        for (int j = 0; j < 2; j++) {
            int h = mode_defs[m].hist[j];
            if (h < 0)
                continue;
            p->stats.peak_energy[h][ring_max(f->ring, f->count, (size_t)hist_back[h] + 2)] += f->pending;
        }
    f->pending = f->energy;
    f->count++;
    f->energy = 0;
    f->peak = 0;
    f->in = 0;
}

/* The shortest mode's frame is the base frame (its window is one base), ended on every
 * base frame: end_frame with its one histogram and window known to the compiler,
 * which unrolls it (a fifth of the probe's time). */
static inline void end_shortest(lv_probe *p, float peak, double energy)
{
    enum { H = 3 }; /* mode_defs[LV_MODES - 1].hist[0] */
    framer *f = &p->fr[LV_MODES - 1];
    f->ring[f->count % PEAK_RING] = (unsigned char)peak_bin_fast(peak);
    if (f->count > 0 && f->pending > 0)
        p->stats.peak_energy[H][ring_max(f->ring, f->count, (size_t)hist_back[H] + 2)] += f->pending;
    f->pending = energy;
    f->count++;
}

static void end_base(lv_probe *p)
{
    for (int m = 0; m < LV_MODES - 1; m++) {
        framer *f = &p->fr[m];
        if (p->base_peak > f->peak)
            f->peak = p->base_peak;
        f->energy += p->base_energy;
        if (++f->in == f->bases)
            end_frame(p, m);
    }
    end_shortest(p, p->base_peak, p->base_energy);
    p->base_energy = 0;
    p->base_peak = 0;
    p->in_base = 0;
}

hd_status lv_probe_add(lv_probe *p, const float *x, size_t n)
{
    hd_status st = blocker_add(&p->blk, &p->stats, x, n);
    if (st != HD_OK)
        return st;
    while (n > 0) {
        size_t k = p->base - p->in_base;
        if (k > n)
            k = n;
        float peak = p->base_peak;
        double energy = p->base_energy;
        for (size_t i = 0; i < k; i++) {
            float a = fabsf(x[i]);
            peak = a > peak ? a : peak;
            energy += (double)x[i] * x[i];
        }
        p->base_peak = peak;
        p->base_energy = energy;
        if (peak > p->stats.peak)
            p->stats.peak = peak;
        p->in_base += k;
        x += k;
        n -= k;
        if (p->in_base == p->base)
            end_base(p);
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
    if (p->in_base)
        end_base(p);
    for (int m = 0; m < LV_MODES; m++) {
        if (p->fr[m].in)
            end_frame(p, m);
        end_frame(p, m); /* an empty frame after the last pushes its energy out */
    }
    return p->stats.oom ? HD_ERR_NOMEM : lv_stats_merge(out, &p->stats);
}

/* ------------------------------------------------------------ meter */

struct lv_meter {
    blocker blk;
    lv_stats stats;
};

lv_meter *lv_meter_new(int rate)
{
    lv_meter *m = calloc(1, sizeof *m);
    if (m)
        blocker_init(&m->blk, rate);
    return m;
}

void lv_meter_free(lv_meter *m)
{
    if (!m)
        return;
    lv_stats_clear(&m->stats);
    free(m);
}

hd_status lv_meter_add(lv_meter *m, const float *x, size_t n)
{
    return blocker_add(&m->blk, &m->stats, x, n);
}

double lv_meter_loudness(lv_meter *const *m, size_t n)
{
    lv_stats all;
    memset(&all, 0, sizeof all);
    for (size_t i = 0; i < n; i++)
        if (lv_stats_merge(&all, &m[i]->stats) != HD_OK) {
            lv_stats_clear(&all);
            return -HUGE_VAL;
        }
    double l = lv_stats_loudness(&all);
    lv_stats_clear(&all);
    return l;
}

/* ------------------------------------------------------------ limiter */

enum { PHASES = 8, TAPS = 16, HALF = 7 }; /* interval (k, k+1) uses k-7 .. k+8 */
enum { QUIET_BLOCK = 64 }; /* samples a fast path looks at together */
static int fast_paths = 1;

void lv_set_fast_paths(int on) { fast_paths = on; }

/* Interpolation filters for the points between two samples: for each tap, its weight
 * in every phase (phase 0, the sample itself, is not computed and stays 0), so one
 * vector of phases is accumulated tap by tap, in the same order a phase-by-phase sum
 * takes: the same results, several phases at once. */
typedef float quad __attribute__((vector_size(4 * sizeof(float))));
static quad interp[TAPS][PHASES / 4];
static float interp_l1; /* the largest sum of |tap| over the phases */
static float interp_max[TAPS]; /* per tap, the largest |tap| over the phases */
static pthread_once_t interp_once = PTHREAD_ONCE_INIT;

static double bessel_i0(double x)
{
    double sum = 1, term = 1;
    for (int k = 1; k < 40; k++) {
        term *= (x / (2 * k)) * (x / (2 * k));
        sum += term;
    }
    return sum;
}

/* Kaiser-windowed sinc, each phase normalised to unit gain at DC. Built once. */
static void build_interp(void)
{
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
            float c = (float)(h[t] / sum);
            interp[t][ph / 4][ph % 4] = c;
            a += fabsf(c);
            if (fabsf(c) > interp_max[t])
                interp_max[t] = fabsf(c);
        }
        if (a > l1)
            l1 = a;
    }
    interp_l1 = l1;
}

static void make_interp(void) { pthread_once(&interp_once, build_interp); }

/* The largest |value| between w[HALF] and w[HALF + 1] (w: TAPS samples in a row), or 0
 * when it cannot exceed `floor`: a bound from the largest tap of every phase (16
 * products) spares the seven phases (112) wherever the answer cannot matter. */
static float between(const float *w, float floor)
{
    float bound = 0;
    for (int t = 0; t < TAPS; t++)
        bound += interp_max[t] * fabsf(w[t]);
    if (bound <= floor)
        return 0;
    quad lo = {0}, hi = {0}; /* phases 0-3 and 4-7 */
    for (int t = 0; t < TAPS; t++) {
        lo += interp[t][0] * w[t];
        hi += interp[t][1] * w[t];
    }
    float best = 0;
    for (int ph = 1; ph < PHASES; ph++) {
        float a = fabsf(ph < 4 ? lo[ph] : hi[ph - 4]);
        if (a > best)
            best = a;
    }
    return best;
}

/* The rings keep each sample twice, at i and i + size, so the TAPS samples around any
 * position lie in a row. */
struct lv_peak {
    float ring[64];
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
    p->ring[j & 31] = p->ring[(j & 31) + 32] = v;
    float a = fabsf(v);
    if (a * interp_l1 > p->max)
        p->hot_end = j + HALF + 1;
    if (a > p->max)
        p->max = a;
    if (j >= HALF + 1) {
        size_t k = j - HALF - 1;
        if (k < p->hot_end) {
            float b = between(p->ring + ((k - HALF) & 31), p->max);
            if (b > p->max)
                p->max = b;
        }
    }
}

/* Samples that cannot raise the maximum, even between them, and no position left that
 * needs interpolating: only the ring and the count move. */
static int peak_quiet(const lv_peak *p, float amax)
{
    return fast_paths && amax * interp_l1 <= p->max && p->n >= p->hot_end + HALF + 1;
}

static void peak_take(lv_peak *p, const float *x, size_t n)
{
    /* the ring keeps the last 32: only those of x can still be in it */
    size_t i = n > 32 ? n - 32 : 0;
    for (; i < n; i++)
        p->ring[(p->n + i) & 31] = p->ring[((p->n + i) & 31) + 32] = x[i];
    p->n += n;
}

static float abs_max(const float *x, size_t n)
{
    float m[4] = {0, 0, 0, 0}; /* four chains at once */
    size_t i = 0;
    for (; i + 4 <= n; i += 4)
        for (int c = 0; c < 4; c++) {
            float a = fabsf(x[i + c]);
            m[c] = a > m[c] ? a : m[c];
        }
    for (; i < n; i++) {
        float a = fabsf(x[i]);
        m[0] = a > m[0] ? a : m[0];
    }
    float a = m[0] > m[1] ? m[0] : m[1], b = m[2] > m[3] ? m[2] : m[3];
    return a > b ? a : b;
}

void lv_peak_add(lv_peak *p, const float *x, size_t n)
{
    while (n > 0) {
        size_t k = n < QUIET_BLOCK ? n : QUIET_BLOCK;
        if (peak_quiet(p, abs_max(x, k)))
            peak_take(p, x, k);
        else
            for (size_t i = 0; i < k; i++)
                peak_push(p, x[i]);
        x += k;
        n -= k;
    }
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
    float *y;     /* ring of gained input, twice over (as lv_peak's) */
    /* The required gains below 1 in the look-ahead window, as a monotone deque
     * (indices and values; values increase from head to tail). Gains of 1 are not
     * stored: an empty window means no limiting, the common case, which then costs
     * a comparison. */
    size_t *dq_at;
    float *dq_r;
    size_t dq_head, dq_tail;
    float *avg;   /* ring of the last L minima */
    double sum, env;
    size_t below; /* minima below 1 among the last L */
    size_t n;     /* samples taken since the start (or last flush), pre-roll included */
    size_t preroll; /* outputs still to drop: the silence fed ahead of the first sample */
    size_t hot_end;
    lv_peak out;   /* the true peak of what is put out, measured on it */
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
    if (!(l->y = calloc(2 * size, sizeof *l->y)) ||
        !(l->dq_at = calloc(size, sizeof *l->dq_at)) || !(l->dq_r = calloc(size, sizeof *l->dq_r)) ||
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
    free(l->dq_at);
    free(l->dq_r);
    free(l->avg);
    free(l);
}

size_t lv_limiter_latency(const lv_limiter *l) { return l->latency; }

void lv_limiter_set_gain(lv_limiter *l, double gain_db) { l->gain = pow(10.0, gain_db / 20); }

static int step(lv_limiter *l, float v, float *out);

/* Drops the required gains no interval read by output i still needs. */
static void dq_expire(lv_limiter *l, size_t i)
{
    while (l->dq_tail > l->dq_head && l->dq_at[l->dq_head & l->mask] + HALF + 1 < i)
        l->dq_head++;
}

static void reset(lv_limiter *l)
{
    memset(l->y, 0, 2 * (l->mask + 1) * sizeof *l->y);
    for (size_t i = 0; i < l->L; i++)
        l->avg[i] = 1;
    l->sum = (double)l->L;
    l->below = 0;
    l->env = 1;
    l->n = 0;
    l->hot_end = 0;
    l->dq_head = l->dq_tail = 0;
    /* Why a pre-roll: the average of the last L minima must already hold a peak that
     * comes with the very first sample. L samples of silence ahead of it give the
     * positions before the start their minima; their outputs (silence) are dropped, so
     * the output has exactly as many samples as the input. */
    l->preroll = 0;
    float sink;
    for (size_t t = 0; t < l->L; t++)
        step(l, 0.0f, &sink);
    l->preroll = l->L;
}

/* Takes one sample (gained); once enough are in, returns 1 and the output sample of
 * index n - latency in *out. Why it holds the true peak: the peak level of position k
 * is the larger of its sample and the largest value between it and the next (8x
 * interpolation); between samples that no nearby sample brings within reach of the
 * ceiling nothing can exceed it, since no interpolated value exceeds the filter's L1
 * norm times the largest nearby sample.
 * The gain at every output position is at most the required gain of the positions
 * around it, reached smoothly over the window before. */
static int step(lv_limiter *l, float v, float *out)
{
    size_t j = l->n++, mask = l->mask;
    l->y[j & mask] = l->y[(j & mask) + mask + 1] = v;
    if (fabsf(v) * interp_l1 > l->ceiling)
        l->hot_end = j + HALF + 1;
    if (j < HALF + 1)
        return 0;
    size_t k = j - HALF - 1;
    float p = fabsf(l->y[k & mask]);
    if (k < l->hot_end) {
        /* what matters: whether the interval needs more than its sample, or the
         * ceiling, already asks */
        float b = between(l->y + ((k - HALF) & mask), p > l->ceiling ? p : (float)l->ceiling);
        if (b > p)
            p = b;
    }
    if (p > l->ceiling) {
        float r = (float)(l->ceiling / p);
        while (l->dq_tail > l->dq_head && l->dq_r[(l->dq_tail - 1) & mask] >= r)
            l->dq_tail--;
        l->dq_at[l->dq_tail & mask] = k;
        l->dq_r[l->dq_tail & mask] = r;
        l->dq_tail++;
    }
    if (k < l->W)
        return 0;
    /* output i = k - W: the minimum over [i - 8, i + W] (every interval whose
     * interpolation reads sample i), averaged over the last L */
    size_t i = k - l->W;
    dq_expire(l, i);
    float m = l->dq_tail > l->dq_head ? l->dq_r[l->dq_head & mask] : 1.0f;
    size_t slot = i % l->L;
    float old = l->avg[slot];
    if (m < 1.0f || old < 1.0f || l->below) {
        l->below += (m < 1.0f) - (old < 1.0f);
        l->sum += (double)m - old;
        l->avg[slot] = m;
        if (!l->below)
            l->sum = (double)l->L; /* all back to 1: no rounding left over */
    }
    double target = l->below ? l->sum / (double)l->L : 1.0;
    float z = l->y[i & mask];
    if (target < 1.0 || l->env < 1.0) {
        if (target < l->env)
            l->env = target;
        else
            l->env = l->env + l->release < target ? l->env + l->release : target;
        float c = (float)l->ceiling;
        z = (float)(z * l->env);
        z = z > c ? c : z < -c ? -c : z;
    }
    if (l->preroll) {
        l->preroll--; /* the silence ahead of the first sample */
        return 0;
    }
    *out = z;
    peak_push(&l->out, z);
    return 1;
}

/* Whether the next n samples (gained, their largest |value| amax) pass untouched: none
 * comes near the ceiling even between samples, no position before them still needs
 * interpolating, no required gain below 1 is in reach of the outputs they push out,
 * and the gain has recovered. Then step() would only store each and put out the one
 * `latency` before it unchanged, which the fast path does with the same result. */
static int limiter_idle(lv_limiter *l, float amax)
{
    size_t j0 = l->n;
    if (!fast_paths || l->preroll || j0 < l->latency || amax * interp_l1 > l->ceiling ||
        j0 - HALF - 1 < l->hot_end || l->below || l->env < 1.0)
        return 0;
    size_t i0 = j0 - l->latency;
    dq_expire(l, i0);
    return l->dq_tail == l->dq_head;
}

size_t lv_limiter_run(lv_limiter *l, const float *in, size_t n, float *out)
{
    size_t k = 0;
    float g = (float)l->gain, y[QUIET_BLOCK];
    while (n > 0) {
        size_t b = n < QUIET_BLOCK ? n : QUIET_BLOCK;
        for (size_t i = 0; i < b; i++)
            y[i] = in[i] * g;
        if (limiter_idle(l, abs_max(y, b))) {
            size_t mask = l->mask, lat = l->latency, j = l->n;
            for (size_t i = 0; i < b; i++) {
                l->y[(j + i) & mask] = l->y[((j + i) & mask) + mask + 1] = y[i];
                out[k + i] = l->y[(j + i - lat) & mask];
            }
            l->n += b;
            if (peak_quiet(&l->out, abs_max(out + k, b)))
                peak_take(&l->out, out + k, b);
            else
                for (size_t i = 0; i < b; i++)
                    peak_push(&l->out, out[k + i]);
            k += b;
        } else {
            for (size_t i = 0; i < b; i++)
                k += (size_t)step(l, y[i], &out[k]);
        }
        in += b;
        n -= b;
    }
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

size_t lv_limiter_settle(const lv_limiter *l)
{
    /* the ring (all silence), the window of minima, the look-ahead, the release from
     * no gain at all back to 1, and the interpolator's reach */
    return (l->mask + 1) + l->L + l->latency + (size_t)ceil(1.0 / l->release) + TAPS;
}

double lv_limiter_true_peak(const lv_limiter *l)
{
    /* the positions still pending in the meter are settled by silence, on a copy */
    lv_peak p = l->out;
    for (int t = 0; t <= HALF; t++)
        peak_push(&p, 0.0f);
    return p.max > 0 ? 20 * log10(p.max) : -HUGE_VAL;
}

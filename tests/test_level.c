/* Tests of level.c: herald's BS.1770 meter against libebur128 (the reference), the
 * true-peak meter against libebur128's, and the limiter's promises: output as long
 * as the input, untouched when nothing comes near the ceiling, and never over the
 * ceiling, also for a loud signal that starts at the first sample. */
#include <ebur128.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "level.h"

#if defined(__SSE2__)
#include <xmmintrin.h>
#endif

enum { RATE = 22050 };

static double reference_loudness(const float *x, size_t n, double *tp)
{
    ebur128_state *st = ebur128_init(1, RATE, EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
    double l = -HUGE_VAL, p = 0;
    ebur128_add_frames_float(st, x, n);
    ebur128_loudness_global(st, &l);
    ebur128_true_peak(st, 0, &p);
    ebur128_destroy(&st);
    *tp = p > 0 ? 20 * log10(p) : -HUGE_VAL;
    return l;
}

/* Signals: a tone, a tone switching on and off (gating), speech-like pulses. */
static void make_signal(int kind, float *x, size_t n)
{
    unsigned seed = 1;
    for (size_t i = 0; i < n; i++) {
        double t = (double)i / RATE;
        switch (kind) {
        case 0: x[i] = (float)(0.3 * sin(2 * 3.14159265 * 1000 * t)); break;
        case 1: x[i] = (float)((fmod(t, 1.3) < 0.7 ? 0.5 : 0.02) * sin(2 * 3.14159265 * 440 * t)); break;
        default: {
            seed = seed * 1103515245u + 12345u;
            double noise = ((double)(seed >> 16 & 0x7fff) / 32768.0 - 0.5) * 0.05;
            double pulse = fmod(t, 1 / 120.0) < 0.0005 ? 0.8 : 0;
            double env = fmod(t, 0.9) < 0.6 ? 1 : 0.05;
            x[i] = (float)(env * (pulse + noise + 0.2 * sin(2 * 3.14159265 * 700 * t)));
        }
        }
    }
}

static void test_meter(void)
{
    size_t n = (size_t)RATE * 12;
    float *x = malloc(n * sizeof *x);
    for (int kind = 0; kind < 3; kind++) {
        make_signal(kind, x, n);
        double tp_ref = 0, ref = reference_loudness(x, n, &tp_ref);
        /* in pieces, as workers and chapters measure it */
        lv_meter *m[3];
        size_t cut[4] = {0, n / 3, n / 2 + 7, n};
        for (int k = 0; k < 3; k++) {
            m[k] = lv_meter_new(RATE);
            lv_meter_add(m[k], x + cut[k], cut[k + 1] - cut[k]);
        }
        lv_meter *whole = lv_meter_new(RATE);
        lv_meter_add(whole, x, n);
        double ours = lv_meter_loudness(&whole, 1), pieces = lv_meter_loudness(m, 3);
        CHECKF(fabs(ours - ref) < 0.01, "signal %d: %.3f LUFS, libebur128 %.3f", kind, ours, ref);
        CHECKF(fabs(pieces - ref) < 0.1, "signal %d in pieces: %.3f LUFS, libebur128 %.3f", kind,
               pieces, ref);
        lv_peak *pk = lv_peak_new();
        lv_peak_add(pk, x, n);
        double tp = lv_peak_db(pk);
        CHECKF(fabs(tp - tp_ref) < 0.2, "signal %d: true peak %.2f, libebur128 %.2f", kind, tp, tp_ref);
        lv_peak_free(pk);
        lv_meter_free(whole);
        for (int k = 0; k < 3; k++)
            lv_meter_free(m[k]);
    }
    free(x);
}

/* Speech with exact silence between its sentences, as espeak-ng and the pauses give
 * it: the meter flushes the filters' decaying state to zero there (subnormal numbers
 * are slow) and must still agree with libebur128, and leave the thread's floating
 * point mode as it found it (espeak-ng runs on the same thread). */
static void test_silences(void)
{
    size_t n = (size_t)RATE * 10;
    float *x = malloc(n * sizeof *x);
    make_signal(2, x, n);
    for (size_t i = 0; i < n; i++)
        if ((i / (RATE / 2)) % 3 == 2) /* half a second of silence in every second and a half */
            x[i] = 0;
#if defined(__SSE2__)
    unsigned before = _mm_getcsr();
#endif
    double tp_ref = 0, ref = reference_loudness(x, n, &tp_ref);
    lv_meter *m = lv_meter_new(RATE);
    lv_meter_add(m, x, n);
    double ours = lv_meter_loudness(&m, 1);
    CHECKF(fabs(ours - ref) < 0.01, "with silences: %.3f LUFS, libebur128 %.3f", ours, ref);
    lv_probe *p = lv_probe_new(RATE);
    lv_stats st = {0};
    CHECK_INT(lv_probe_add(p, x, n), HD_OK);
    CHECK_INT(lv_probe_finish(p, &st), HD_OK);
    CHECKF(fabs(lv_stats_loudness(&st) - ref) < 0.01, "probe with silences: %.3f LUFS, libebur128 %.3f",
           lv_stats_loudness(&st), ref);
#if defined(__SSE2__)
    /* the mode's bits, not the flags operations raise */
    CHECKF((_mm_getcsr() & ~0x3fu) == (before & ~0x3fu), "floating point mode %#x, was %#x",
           _mm_getcsr(), before);
#endif
    lv_stats_clear(&st);
    lv_probe_free(p);
    lv_meter_free(m);
    free(x);
}

/* Runs x through a limiter; returns the output (new) and its length. */
static float *limit(const float *x, size_t n, double gain, double ceiling, int mode, size_t *len,
                    double *tp)
{
    lv_limiter *l = lv_limiter_new(RATE, gain, ceiling, mode);
    float *y = malloc((n + lv_limiter_latency(l) + 16) * sizeof *y);
    size_t k = 0;
    for (size_t at = 0; at < n; at += 1000)
        k += lv_limiter_run(l, x + at, n - at < 1000 ? n - at : 1000, y + k);
    k += lv_limiter_flush(l, y + k);
    *tp = lv_limiter_true_peak(l);
    lv_limiter_free(l);
    *len = k;
    return y;
}

static void test_limiter(void)
{
    size_t n = (size_t)RATE * 3, len;
    float *x = malloc(n * sizeof *x);
    double tp;
    for (int mode = 0; mode < LV_MODES; mode++) {
        /* quiet: passed through exactly, as long as it came */
        for (size_t i = 0; i < n; i++)
            x[i] = (float)(0.1 * sin(0.03 * (double)i));
        float *y = limit(x, n, 0, -1.3, mode, &len, &tp);
        CHECK_INT(len, n);
        CHECKF(memcmp(x, y, n * sizeof *x) == 0, "mode %d: a quiet signal was changed", mode);
        free(y);
        /* loud from the first sample, 12 dB over: never over the ceiling, between
         * samples either, as the limiter and libebur128 read it */
        for (int kind = 0; kind < 3; kind++) {
            if (kind < 2)
                for (size_t i = 0; i < n; i++)
                    x[i] = (float)(0.9 * sin(2 * 3.14159265 * (kind ? 5000.0 : 1000.0) * (double)i / RATE));
            else
                make_signal(2, x, n);
            y = limit(x, n, 12, -1.3, mode, &len, &tp);
            CHECK_INT(len, n);
            double tp_ref, l = reference_loudness(y, len, &tp_ref);
            (void)l;
            CHECKF(tp <= -1.3 + 0.01, "mode %d, signal %d: true peak %.2f dBTP", mode, kind, tp);
            CHECKF(tp_ref <= -1.0, "mode %d, signal %d: libebur128 reads %.2f dBTP", mode, kind, tp_ref);
            float sample = 0;
            for (size_t i = 0; i < len; i++)
                sample = fabsf(y[i]) > sample ? fabsf(y[i]) : sample;
            CHECKF(20 * log10(sample) <= -1.3, "mode %d, signal %d: a sample at %.2f dBFS", mode, kind,
                   20 * log10(sample));
            free(y);
        }
    }
    free(x);
}

/* The fast paths (stretches nowhere near the ceiling pass untouched, the true-peak
 * meter skips what cannot raise it) give exactly what the slow path gives, sample for
 * sample, whatever the chunking: speech-like bursts, quiet stretches, silence. */
static void test_fast_paths(void)
{
    size_t n = (size_t)RATE * 4;
    float *x = malloc(n * sizeof *x);
    unsigned seed = 7;
    for (size_t i = 0; i < n; i++) {
        double t = (double)i / RATE, env = fmod(t, 0.9) < 0.35 ? 0.9 : fmod(t, 0.9) < 0.6 ? 0.15 : 0;
        seed = seed * 1103515245u + 12345u;
        double noise = ((double)(seed >> 16 & 0x7fff) / 32768.0 - 0.5) * 0.1;
        x[i] = (float)(env * (sin(2 * 3.14159265 * 180 * t) * 0.8 + noise));
    }
    static const size_t chunks[] = {1, 63, 64, 1000, 8192};
    for (int mode = 0; mode < LV_MODES; mode++)
        for (int gi = 0; gi < 3; gi++) {
            double gain = gi == 0 ? -6 : gi == 1 ? 1.5 : 9;
            lv_set_fast_paths(0);
            size_t len0;
            double tp0;
            float *y0 = limit(x, n, gain, -1.0, mode, &len0, &tp0);
            lv_set_fast_paths(1);
            for (size_t c = 0; c < sizeof chunks / sizeof *chunks; c++) {
                lv_limiter *l = lv_limiter_new(RATE, gain, -1.0, mode);
                float *y = malloc((n + lv_limiter_latency(l) + 16) * sizeof *y);
                size_t k = 0;
                for (size_t at = 0; at < n; at += chunks[c])
                    k += lv_limiter_run(l, x + at, n - at < chunks[c] ? n - at : chunks[c], y + k);
                k += lv_limiter_flush(l, y + k);
                double tp = lv_limiter_true_peak(l);
                lv_limiter_free(l);
                CHECKF(k == len0 && memcmp(y, y0, k * sizeof *y) == 0,
                       "mode %d, gain %.1f, chunks of %zu: the fast path changed the output", mode,
                       gain, chunks[c]);
                CHECKF(tp == tp0, "mode %d, gain %.1f, chunks of %zu: true peak %.4f, slow %.4f", mode,
                       gain, chunks[c], tp, tp0);
                free(y);
            }
            free(y0);
        }
    /* the meter alone */
    double db[2];
    for (int fast = 0; fast < 2; fast++) {
        lv_set_fast_paths(fast);
        lv_peak *p = lv_peak_new();
        for (size_t at = 0; at < n; at += 777)
            lv_peak_add(p, x + at, n - at < 777 ? n - at : 777);
        db[fast] = lv_peak_db(p);
        lv_peak_free(p);
    }
    lv_set_fast_paths(1);
    CHECKF(db[0] == db[1], "true peak %.4f with the fast path, %.4f without", db[1], db[0]);
    free(x);
}

/* Bursts of loud speech-like sound, `gap` samples of silence between them, limited
 * by one limiter and in pieces cut `cut` samples into each pause (each piece flushed,
 * the next on the same limiter afresh). 1 when both give the same samples and true
 * peak. */
static int pieces_equal(int mode, double gain, size_t gap, size_t cut)
{
    size_t burst = (size_t)RATE / 2, bursts = 4, n = bursts * (burst + gap);
    float *x = calloc(n, sizeof *x);
    unsigned seed = 3;
    for (size_t b = 0; b < bursts; b++)
        for (size_t i = 0; i < burst; i++) {
            seed = seed * 1103515245u + 12345u;
            /* each burst fades in: what the gain still held from the one before would
             * touch its start */
            double t = (double)i / RATE, fade = t < 0.1 ? t / 0.1 : 1;
            x[b * (burst + gap) + i] =
                (float)(fade * (0.7 * sin(2 * 3.14159265 * (150 + 90 * b) * t) +
                                ((double)(seed >> 16 & 0x7fff) / 32768.0 - 0.5) * 0.3));
        }
    size_t len;
    double tp_whole;
    float *whole = limit(x, n, gain, -1.0, mode, &len, &tp_whole);
    lv_limiter *l = lv_limiter_new(RATE, gain, -1.0, mode);
    float *parts = malloc((n + bursts * lv_limiter_latency(l) + 64) * sizeof *parts);
    size_t k = 0;
    for (size_t b = 0, from = 0; b < bursts; b++) {
        size_t to = b + 1 == bursts ? n : b * (burst + gap) + burst + cut;
        for (size_t at = from; at < to; at += 1000)
            k += lv_limiter_run(l, x + at, to - at < 1000 ? to - at : 1000, parts + k);
        k += lv_limiter_flush(l, parts + k);
        from = to;
    }
    double tp = lv_limiter_true_peak(l);
    lv_limiter_free(l);
    int same = k == len && memcmp(parts, whole, len * sizeof *parts) == 0 && tp == tp_whole;
    free(whole);
    free(parts);
    free(x);
    return same;
}

/* Limiting in pieces cut inside pauses as long as lv_limiter_settle() and
 * lv_limiter_latency() ask gives what one limiter gives, sample for sample (a render
 * limits a long chapter on several threads so); cut inside shorter pauses it would
 * not, which shows the test can tell. */
static void test_pieces(void)
{
    for (int mode = 0; mode < LV_MODES; mode++) {
        lv_limiter *l = lv_limiter_new(RATE, 0, -1.0, mode);
        size_t before = lv_limiter_settle(l), after = lv_limiter_latency(l);
        lv_limiter_free(l);
        CHECKF(pieces_equal(mode, 3, before + after, before), "mode %d, 3 dB: pieces differ", mode);
        CHECKF(pieces_equal(mode, 14, before + after, before), "mode %d, 14 dB: pieces differ", mode);
        CHECKF(!pieces_equal(mode, 14, after + 40, 20),
               "mode %d: pieces cut in a pause too short to settle were the same", mode);
    }
}

/* The gain prediction: a statistics of a signal, asked for a target the limiter can
 * reach, gives a gain whose limited output is within 0.3 LU of it. */
static void test_gain(void)
{
    size_t n = (size_t)RATE * 10, len;
    float *x = malloc(n * sizeof *x);
    make_signal(2, x, n);
    lv_probe *p = lv_probe_new(RATE);
    lv_stats s;
    memset(&s, 0, sizeof s);
    lv_probe_add(p, x, n);
    lv_probe_finish(p, &s);
    lv_probe_free(p);
    for (double target = -30; target <= -16; target += 7) {
        int mode = -1;
        double g = lv_gain_for(&s, target, -1.3, &mode), tp, tp_ref;
        float *y = limit(x, n, g, -1.3, mode, &len, &tp);
        double l = reference_loudness(y, len, &tp_ref);
        CHECKF(fabs(l - target) < 0.3, "target %.0f: %.2f LUFS (gain %.2f dB, mode %d)", target, l, g,
               mode);
        free(y);
    }
    lv_stats_clear(&s);
    free(x);
}

int main(void)
{
    test_meter();
    test_silences();
    test_limiter();
    test_fast_paths();
    test_pieces();
    test_gain();
    return h_report("test_level");
}

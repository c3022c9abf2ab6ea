/* level: EBU R128 loudness through libebur128, and a look-ahead limiter. libebur128 is
 * the reference implementation of R128 gating and true-peak measurement; writing our
 * own would only be a worse copy. */
#include "level.h"

#include <ebur128.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

struct lv_meter {
    ebur128_state *st;
};

lv_meter *lv_meter_new(int rate, int peak)
{
    lv_meter *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->st = ebur128_init(1, (unsigned long)rate, EBUR128_MODE_I | (peak ? EBUR128_MODE_TRUE_PEAK : 0));
    if (!m->st) {
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

double lv_meter_loudness(const lv_meter *m)
{
    double l = -HUGE_VAL;
    if (ebur128_loudness_global(m->st, &l) != EBUR128_SUCCESS)
        return -HUGE_VAL;
    return l;
}

double lv_meter_true_peak(const lv_meter *m)
{
    double p = 0;
    if (ebur128_true_peak(m->st, 0, &p) != EBUR128_SUCCESS || p <= 0)
        return -HUGE_VAL;
    return 20 * log10(p);
}

double lv_loudness_of(const float *x, size_t n, int rate)
{
    lv_meter *m = lv_meter_new(rate, 0);
    double l = -HUGE_VAL;
    if (m && lv_meter_add(m, x, n) == HD_OK)
        l = lv_meter_loudness(m);
    lv_meter_free(m);
    return l;
}

/* Why this shape: the gain needed at sample i is req(i) = min(1, ceiling/|x(i)|). The
 * minimum of req over the next 2L samples, averaged over the last L, is at most req at
 * any peak (every value averaged saw the peak) and changes smoothly, so the limiter
 * never clips and never steps. Release is a linear climb back towards 1. */
void lv_limit(float *x, size_t n, double gain_db, double ceiling_db, int rate)
{
    double g = pow(10.0, gain_db / 20), c = pow(10.0, ceiling_db / 20);
    size_t L = (size_t)rate / 200 + 1, W = 2 * L;
    double release = 1.0 / (0.080 * rate);
    float *req = NULL, *m = NULL;
    size_t *dq = NULL;

    if (n == 0)
        return;
    if (!(req = malloc(n * sizeof *req)) || !(m = malloc(n * sizeof *m)) ||
        !(dq = malloc((n + W + 1) * sizeof *dq))) {
        /* No memory for the look-ahead: gain and a hard ceiling. */
        for (size_t i = 0; i < n; i++) {
            double v = x[i] * g;
            x[i] = (float)(v > c ? c : v < -c ? -c : v);
        }
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        double a = fabs(x[i] * g);
        req[i] = (float)(a > c ? c / a : 1);
    }
    /* m[i] = min of req over [i, i+W] (past the end: silence, 1), by a monotone deque
     * of indices whose values increase from head to tail. */
    size_t head = 0, tail = 0;
    for (size_t j = 0; j < n + W; j++) {
        float v = j < n ? req[j] : 1.0f;
        while (tail > head && v <= (dq[tail - 1] < n ? req[dq[tail - 1]] : 1.0f))
            tail--;
        dq[tail++] = j;
        if (j >= W) {
            size_t i = j - W;
            while (dq[head] < i)
                head++;
            m[i] = dq[head] < n ? req[dq[head]] : 1.0f;
        }
    }
    /* average of m over the last L (before the start: m[0]), then release */
    double sum = (double)m[0] * L, env = 1;
    for (size_t i = 0; i < n; i++) {
        sum += m[i] - (i >= L ? m[i - L] : m[0]);
        double target = sum / L;
        env = target < env ? target : (env + release < target ? env + release : target);
        double v = x[i] * g * env;
        /* rounding can leave a hair above the ceiling: never let a sample through */
        x[i] = (float)(v > c ? c : v < -c ? -c : v);
    }
out:
    free(req);
    free(m);
    free(dq);
}

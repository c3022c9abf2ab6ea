/* level: loudness for publishing. EBU R128 measurement through libebur128, a gain to a
 * target, and a look-ahead peak limiter that keeps the true peak under a ceiling. */
#ifndef HD_LEVEL_H
#define HD_LEVEL_H

#include <stddef.h>
#include "herald.h"

typedef struct lv_meter lv_meter;

/* A meter of integrated loudness, and of true peak when `peak` is set (4x
 * oversampling below 96 kHz: it costs), for mono audio at `rate`. NULL on oom. */
lv_meter *lv_meter_new(int rate, int peak);
void lv_meter_free(lv_meter *m);
hd_status lv_meter_add(lv_meter *m, const float *x, size_t n);
/* Integrated loudness in LUFS (-HUGE_VAL for silence) and true peak in dBTP. */
double lv_meter_loudness(const lv_meter *m);
double lv_meter_true_peak(const lv_meter *m);

/* Scales x[0, n) in place by gain_db and limits it so no sample exceeds ceiling_db
 * (dBFS): the gain falls smoothly ahead of each peak (5 ms look-ahead) and recovers
 * over 80 ms. The buffer is one utterance; what lies past it is taken as silence. */
void lv_limit(float *x, size_t n, double gain_db, double ceiling_db, int rate);

/* The loudness of a mono signal of this many samples, for calibration. */
double lv_loudness_of(const float *x, size_t n, int rate);

#endif

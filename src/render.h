/* render: the render driver behind hd_render. Synthesis runs in worker processes
 * (pool.c), one work unit of the plan per fresh process; a stream is written as the
 * units arrive; a folder render measures loudness while synthesising, cuts chapters
 * (here and nowhere else), encodes them on threads, longest first, and commits the
 * folder (outdir.c). */
#ifndef HD_RENDER_H
#define HD_RENDER_H

#include "herald.h"

/* Ceilings of the limiter, dBTP: lossy encoders overshoot the peaks they are given,
 * so they get more room. */
#define RD_CEILING_LOSSLESS -1.3
#define RD_CEILING_LOSSY -2.5

/* The true peak promised in every format, dBTP. */
#define RD_TRUE_PEAK_MAX -1.0

/* A lossless file is measured after writing only when the limiter is predicted to
 * take at least this much (dB); below it the loudness predicted from what was
 * measured while synthesising holds to 0.1 LU (at -30 to -13 LUFS on the golden
 * statements), and is what the manifest reports. */
#define RD_PREDICTED_DB 1.5

/* For tests: the length past which hd_stream begins on a statement's opening (default
 * 16384 bytes). */
void rd_set_stream_opening(size_t bytes);

#endif

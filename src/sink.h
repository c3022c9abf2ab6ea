/* sink: the only file that includes sndfile.h. Chapter files written under a temporary
 * name and renamed when complete, one WAV streamed to a descriptor, and the raw
 * temporary that holds a render between measuring and writing. */
#ifndef HD_SINK_H
#define HD_SINK_H

#include <stddef.h>
#include "herald.h"

typedef struct snd_sink snd_sink;

/* Tags written into a chapter file where its format carries them. */
typedef struct snd_tags {
    const char *title, *album, *artist, *date, *comment;
    int track; /* 0: none */
} snd_tags;

/* The rate a format will be written at for a requested rate (0: the input's): Opus
 * takes only 8, 12, 16, 24 or 48 kHz, so the nearest one at or above. */
int snd_output_rate(hd_format fmt, int in_rate, int want_rate);

/* A sink writing chapter files into `dir` (created with its parents if missing), at
 * `out_rate` (see snd_output_rate) with `channels` (1 or 2; mono is duplicated).
 * HD_ERR_CREATE when the directory cannot be created or written. */
hd_status snd_dir_open(const char *dir, hd_format fmt, int in_rate, int out_rate, int channels,
                       snd_sink **out, hd_diag *diag);

/* A sink streaming one 16-bit WAV of unknown length to fd. The header goes out at
 * once. HD_ERR_WRITE. */
hd_status snd_stream_open(int fd, int in_rate, int out_rate, int channels, snd_sink **out,
                          hd_diag *diag);

/* Starts the chapter file `name` (a bare file name) with its tags (may be NULL).
 * No-op for a stream. HD_ERR_CREATE. */
hd_status snd_chapter_begin(snd_sink *s, const char *name, const snd_tags *tags, hd_diag *diag);

/* Appends mono samples in [-1, 1] at the input rate. HD_ERR_WRITE, HD_ERR_NOMEM. */
hd_status snd_write(snd_sink *s, const float *x, size_t n, hd_diag *diag);
/* Appends n frames of silence at the input rate. */
hd_status snd_silence(snd_sink *s, size_t n, hd_diag *diag);

/* Completes the chapter: flushes, closes and renames it to its final name. *frames
 * and *rate describe the file as written. For a stream, reports the frames so far.
 * HD_ERR_WRITE. */
hd_status snd_chapter_end(snd_sink *s, unsigned long long *frames, int *rate, hd_diag *diag);

/* Removes the chapter in progress, if any. Safe to call at any time. */
void snd_abort(snd_sink *s);

/* Aborts what is in progress and frees the sink. Accepts NULL. */
void snd_free(snd_sink *s);

/* Creates dir and its parents. HD_ERR_CREATE. */
hd_status snd_make_dir(const char *dir, hd_diag *diag);

/* The raw temporary: 16-bit samples appended (all appends before the first read),
 * read back at any offset, removed by snd_raw_free. */
typedef struct snd_raw snd_raw;
hd_status snd_raw_open(const char *dir, snd_raw **out, hd_diag *diag);
hd_status snd_raw_append(snd_raw *r, const short *x, size_t n, hd_diag *diag);
/* Reads n samples from `at` as floats in [-1, 1]. HD_ERR_WRITE on a read failure. */
hd_status snd_raw_read(snd_raw *r, unsigned long long at, size_t n, float *out, hd_diag *diag);
void snd_raw_free(snd_raw *r);

#endif

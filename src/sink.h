/* sink: the only file that includes sndfile.h. Chapter files written under a temporary
 * name and renamed when complete, or one WAV streamed to a descriptor. */
#ifndef HD_SINK_H
#define HD_SINK_H

#include <stddef.h>
#include "herald.h"

typedef struct snd_sink snd_sink;

/* A sink writing chapter files into `dir` (created with its parents if missing).
 * in_rate is the synthesiser's rate; formats that cannot carry it are resampled.
 * HD_ERR_CREATE when the directory cannot be created or written. */
hd_status snd_dir_open(const char *dir, hd_format fmt, int in_rate, snd_sink **out,
                       hd_diag *diag);

/* A sink streaming one WAV (16-bit mono, unknown length) to fd. The header goes out
 * at once. HD_ERR_WRITE. */
hd_status snd_stream_open(int fd, int in_rate, snd_sink **out, hd_diag *diag);

/* Starts the chapter file `name` (a bare file name). No-op for a stream.
 * HD_ERR_CREATE. */
hd_status snd_chapter_begin(snd_sink *s, const char *name, hd_diag *diag);

/* Appends samples at the input rate. HD_ERR_WRITE, HD_ERR_NOMEM. */
hd_status snd_write(snd_sink *s, const short *pcm, size_t n, hd_diag *diag);
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

#endif

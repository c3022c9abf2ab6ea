/* sink: the only file that includes sndfile.h. One audio output at a time per
 * handle: a chapter file encoded through libsndfile into a descriptor the caller made,
 * or one WAV streamed to a descriptor. Handles are independent, so chapters may be
 * encoded on several threads at once. */
#ifndef HD_SINK_H
#define HD_SINK_H

#include <stddef.h>
#include "herald.h"

typedef struct snd_out snd_out;

/* Tags written into a chapter file where its format carries them. */
typedef struct snd_tags {
    const char *title, *album, *artist, *date, *comment;
    int track; /* 0: none */
} snd_tags;

/* The rate a format will be written at for a requested rate (0: the input's): Opus
 * takes only 8, 12, 16, 24 or 48 kHz, so the nearest one at or above. */
int snd_output_rate(hd_format fmt, int in_rate, int want_rate);

/* HD_OK when the format can be written at that rate and channel count; HD_ERR_ARG
 * with diag saying why not (MP3 takes 8000 to 48000 Hz at MPEG's rates only). */
hd_status snd_check(hd_format fmt, int out_rate, int channels, hd_diag *diag);

/* A chapter file written into fd (which the sink closes), `name` for messages.
 * Mono samples at in_rate go out at out_rate (resampled with libsamplerate) with
 * `channels` equal channels. `frames_hint`: about how many frames at out_rate will be
 * written (a WAV that would pass 4 GiB is written as RF64). Tags may be NULL.
 * HD_ERR_CREATE, HD_ERR_NOMEM. */
hd_status snd_file_open(int fd, const char *name, hd_format fmt, int in_rate, int out_rate,
                        int channels, unsigned long long frames_hint, const snd_tags *tags,
                        snd_out **out, hd_diag *diag);

/* HD_OK when the format's encoder takes `kbps` at that rate and channel count (MP3:
 * MPEG's bit rates; Opus: 6 to 256 kbit/s a channel); HD_ERR_ARG with diag saying
 * which it takes, or that the format has no bit rate. */
hd_status snd_check_bitrate(hd_format fmt, int out_rate, int channels, int kbps, hd_diag *diag);

/* Sets a file's bit rate (MP3 constant; Opus its target) before any audio is written.
 * HD_ERR_ARG. */
hd_status snd_set_bitrate(snd_out *s, int kbps, hd_diag *diag);

/* One 16-bit WAV of unknown length streamed to fd (not closed); the header goes out
 * at once. `cancelled(user)` is asked when a write is interrupted by a signal (may
 * be NULL). HD_ERR_WRITE, HD_ERR_CANCELLED, HD_ERR_NOMEM. */
hd_status snd_stream_open(int fd, int in_rate, int out_rate, int channels,
                          int (*cancelled)(void *), void *user, snd_out **out, hd_diag *diag);

/* Appends mono samples in [-1, 1] at the input rate. HD_ERR_WRITE, HD_ERR_CANCELLED. */
hd_status snd_write(snd_out *s, const float *x, size_t n, hd_diag *diag);

/* Completes the output (flushes the resampler; for a file, finishes and closes it)
 * and frees the handle; *frames gets the frames written at the output rate.
 * HD_ERR_WRITE. */
hd_status snd_close(snd_out *s, unsigned long long *frames, hd_diag *diag);

/* Frees without completing. Accepts NULL. */
void snd_free(snd_out *s);

/* Reading a file back, as a player's decoder gives it. */
typedef struct snd_in snd_in;
/* Opens the audio in fd (which snd_in_close closes, also after a failure).
 * HD_ERR_WRITE when libsndfile cannot read it. */
hd_status snd_in_open(int fd, snd_in **out, int *rate, int *channels, hd_diag *diag);
/* Reads up to `frames` frames, interleaved, as floats; returns how many (0 at the end). */
size_t snd_in_read(snd_in *s, float *x, size_t frames);
void snd_in_close(snd_in *s);

#endif

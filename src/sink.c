/* sink: audio out. Chapter files go through libsndfile under a temporary name and are
 * renamed when complete; Opus is resampled with libsamplerate to a rate it accepts.
 * A stream is a hand-written WAV header with unknown length (libsndfile refuses to
 * write WAV to a pipe) followed by samples as they come. */
#include "sink.h"

#include <errno.h>
#include <fcntl.h>
#include <samplerate.h>
#include <sndfile.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

#define CHUNK 4096

struct snd_sink {
    int fd; /* stream descriptor, or -1 for a directory sink */
    char *dir;
    hd_format fmt;
    int in_rate, out_rate;
    SNDFILE *sf;
    char *tmp, *final;
    SRC_STATE *src;
    float in[CHUNK], out[CHUNK * 3];
    unsigned long long frames;
};

static int format_code(hd_format f)
{
    switch (f) {
    case HD_FORMAT_WAV: return SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    case HD_FORMAT_OGG: return SF_FORMAT_OGG | SF_FORMAT_VORBIS;
    case HD_FORMAT_OPUS: return SF_FORMAT_OGG | SF_FORMAT_OPUS;
    case HD_FORMAT_FLAC: return SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
    case HD_FORMAT_MP3: return SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
    }
    return 0;
}

/* Opus encodes at 8, 12, 16, 24 or 48 kHz only: the nearest one above the input. */
static int output_rate(hd_format f, int in_rate)
{
    static const int opus_rates[] = {8000, 12000, 16000, 24000, 48000};
    if (f != HD_FORMAT_OPUS)
        return in_rate;
    for (size_t i = 0; i < sizeof opus_rates / sizeof *opus_rates; i++)
        if (opus_rates[i] >= in_rate)
            return opus_rates[i];
    return 48000;
}

hd_status snd_make_dir(const char *dir, hd_diag *diag)
{
    char *p = xstrdup(dir);
    hd_status st = HD_OK;
    if (!p)
        return HD_ERR_NOMEM;
    for (char *q = p + 1;; q++) {
        if (*q != '/' && *q != '\0')
            continue;
        char c = *q;
        *q = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST) {
            diag_set_path(diag, p);
            diag_set(diag, 0, 0, "cannot create directory: %s", strerror(errno));
            st = HD_ERR_CREATE;
            goto out;
        }
        *q = c;
        if (c == '\0')
            break;
    }
    struct stat info;
    if (stat(dir, &info) != 0 || !S_ISDIR(info.st_mode)) {
        diag_set_path(diag, dir);
        diag_set(diag, 0, 0, "cannot create directory: a file of that name exists");
        st = HD_ERR_CREATE;
        goto out;
    }
    if (access(dir, W_OK | X_OK) != 0) {
        diag_set_path(diag, dir);
        diag_set(diag, 0, 0, "cannot write to directory: %s", strerror(errno));
        st = HD_ERR_CREATE;
    }
out:
    free(p);
    return st;
}

hd_status snd_dir_open(const char *dir, hd_format fmt, int in_rate, snd_sink **out, hd_diag *diag)
{
    snd_sink *s = NULL;
    hd_status st = HD_OK;

    *out = NULL;
    if ((st = snd_make_dir(dir, diag)) != HD_OK)
        goto out;
    if (!(s = calloc(1, sizeof *s)) || !(s->dir = xstrdup(dir))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    s->fd = -1;
    s->fmt = fmt;
    s->in_rate = in_rate;
    s->out_rate = output_rate(fmt, in_rate);
    if (s->out_rate != in_rate) {
        int err = 0;
        if (!(s->src = src_new(SRC_SINC_MEDIUM_QUALITY, 1, &err))) {
            diag_set(diag, 0, 0, "resampler: %s", src_strerror(err));
            st = HD_ERR_NOMEM;
            goto out;
        }
    }
    *out = s;
    s = NULL;
out:
    snd_free(s);
    return st;
}

static hd_status write_all(int fd, const void *buf, size_t n, hd_diag *diag)
{
    const char *p = buf;
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0) {
            diag_set_path(diag, "standard output");
            diag_set(diag, 0, 0, "cannot write audio stream: %s", strerror(errno));
            return HD_ERR_WRITE;
        }
        p += w;
        n -= (size_t)w;
    }
    return HD_OK;
}

static void put_le(unsigned char *p, uint32_t v, int bytes)
{
    for (int i = 0; i < bytes; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

hd_status snd_stream_open(int fd, int in_rate, snd_sink **out, hd_diag *diag)
{
    snd_sink *s = calloc(1, sizeof *s);
    unsigned char h[44];
    if (!s)
        return HD_ERR_NOMEM;
    s->fd = fd;
    s->in_rate = s->out_rate = in_rate;
    /* RIFF and data sizes of 0xFFFFFFFF: "until the end of the stream". */
    memcpy(h, "RIFF", 4);
    put_le(h + 4, 0xFFFFFFFFu, 4);
    memcpy(h + 8, "WAVEfmt ", 8);
    put_le(h + 16, 16, 4);
    put_le(h + 20, 1, 2);                        /* PCM */
    put_le(h + 22, 1, 2);                        /* mono */
    put_le(h + 24, (uint32_t)in_rate, 4);
    put_le(h + 28, (uint32_t)in_rate * 2, 4);    /* bytes per second */
    put_le(h + 32, 2, 2);                        /* block align */
    put_le(h + 34, 16, 2);                       /* bits */
    memcpy(h + 36, "data", 4);
    put_le(h + 40, 0xFFFFFFFFu, 4);
    hd_status st = write_all(fd, h, sizeof h, diag);
    if (st != HD_OK) {
        free(s);
        return st;
    }
    *out = s;
    return HD_OK;
}

hd_status snd_chapter_begin(snd_sink *s, const char *name, hd_diag *diag)
{
    hd_status st = HD_OK;
    sb p = {0};
    if (s->fd >= 0)
        return HD_OK;
    snd_abort(s);
    s->frames = 0;
    sb_printf(&p, "%s/%s", s->dir, name);
    s->final = sb_take(&p);
    sb_printf(&p, "%s/.%s.part-%ld", s->dir, name, (long)getpid());
    s->tmp = sb_take(&p);
    if (!s->final || !s->tmp) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    SF_INFO info;
    memset(&info, 0, sizeof info);
    info.samplerate = s->out_rate;
    info.channels = 1;
    info.format = format_code(s->fmt);
    int fd = open(s->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) {
        diag_set_path(diag, s->tmp);
        diag_set(diag, 0, 0, "cannot create: %s", strerror(errno));
        st = HD_ERR_CREATE;
        goto out;
    }
    if (!(s->sf = sf_open_fd(fd, SFM_WRITE, &info, 1))) {
        close(fd);
        diag_set_path(diag, s->tmp);
        diag_set(diag, 0, 0, "cannot start audio file: %s", sf_strerror(NULL));
        st = HD_ERR_CREATE;
        goto out;
    }
    if (s->fmt == HD_FORMAT_OGG) {
        double q = 0.4; /* Vorbis q4: transparent for speech at a fraction of FLAC */
        sf_command(s->sf, SFC_SET_VBR_ENCODING_QUALITY, &q, sizeof q);
    }
    if (s->src)
        src_reset(s->src);
out:
    if (st != HD_OK)
        snd_abort(s);
    return st;
}

static hd_status file_error(snd_sink *s, hd_diag *diag)
{
    diag_set_path(diag, s->final);
    diag_set(diag, 0, 0, "cannot write audio: %s", sf_strerror(s->sf));
    return HD_ERR_WRITE;
}

/* Runs `n` input samples (or the flush at the end, when last) through the
 * resampler into the file. */
static hd_status resample(snd_sink *s, const float *in, size_t n, int last, hd_diag *diag)
{
    SRC_DATA d;
    memset(&d, 0, sizeof d);
    d.src_ratio = (double)s->out_rate / s->in_rate;
    d.data_in = in;
    d.input_frames = (long)n;
    d.end_of_input = last;
    for (;;) {
        d.data_out = s->out;
        d.output_frames = (long)(sizeof s->out / sizeof *s->out);
        int err = src_process(s->src, &d);
        if (err) {
            diag_set(diag, 0, 0, "resampler: %s", src_strerror(err));
            return HD_ERR_SYNTH;
        }
        if (d.output_frames_gen > 0) {
            if (sf_write_float(s->sf, s->out, d.output_frames_gen) != d.output_frames_gen)
                return file_error(s, diag);
            s->frames += (unsigned long long)d.output_frames_gen;
        }
        d.data_in += d.input_frames_used;
        d.input_frames -= d.input_frames_used;
        if (d.input_frames == 0 && (!last || d.output_frames_gen == 0))
            return HD_OK;
    }
}

hd_status snd_write(snd_sink *s, const short *pcm, size_t n, hd_diag *diag)
{
    if (s->fd >= 0) {
        unsigned char buf[2 * CHUNK];
        while (n > 0) {
            size_t k = n < CHUNK ? n : CHUNK;
            for (size_t i = 0; i < k; i++)
                put_le(buf + 2 * i, (uint16_t)pcm[i], 2);
            hd_status st = write_all(s->fd, buf, 2 * k, diag);
            if (st != HD_OK)
                return st;
            s->frames += k;
            pcm += k;
            n -= k;
        }
        return HD_OK;
    }
    if (!s->sf)
        return HD_ERR_ARG;
    if (!s->src) {
        if (sf_write_short(s->sf, pcm, (sf_count_t)n) != (sf_count_t)n)
            return file_error(s, diag);
        s->frames += n;
        return HD_OK;
    }
    while (n > 0) {
        size_t k = n < CHUNK ? n : CHUNK;
        for (size_t i = 0; i < k; i++)
            s->in[i] = pcm[i] / 32768.0f;
        hd_status st = resample(s, s->in, k, 0, diag);
        if (st != HD_OK)
            return st;
        pcm += k;
        n -= k;
    }
    return HD_OK;
}

hd_status snd_silence(snd_sink *s, size_t n, hd_diag *diag)
{
    static const short zeros[CHUNK];
    while (n > 0) {
        size_t k = n < CHUNK ? n : CHUNK;
        hd_status st = snd_write(s, zeros, k, diag);
        if (st != HD_OK)
            return st;
        n -= k;
    }
    return HD_OK;
}

hd_status snd_chapter_end(snd_sink *s, unsigned long long *frames, int *rate, hd_diag *diag)
{
    hd_status st = HD_OK;
    if (s->fd < 0) {
        if (!s->sf)
            return HD_ERR_ARG;
        if (s->src && (st = resample(s, s->in, 0, 1, diag)) != HD_OK)
            goto out;
        int err = sf_close(s->sf);
        s->sf = NULL;
        if (err) {
            diag_set_path(diag, s->final);
            diag_set(diag, 0, 0, "cannot finish audio file: %s", sf_error_number(err));
            st = HD_ERR_WRITE;
            goto out;
        }
        if (rename(s->tmp, s->final) != 0) {
            diag_set_path(diag, s->final);
            diag_set(diag, 0, 0, "cannot rename into place: %s", strerror(errno));
            st = HD_ERR_WRITE;
            goto out;
        }
        free(s->tmp);
        s->tmp = NULL;
    }
    *frames = s->frames;
    *rate = s->out_rate;
out:
    if (st != HD_OK)
        snd_abort(s);
    return st;
}

void snd_abort(snd_sink *s)
{
    if (!s)
        return;
    if (s->sf)
        sf_close(s->sf);
    s->sf = NULL;
    if (s->tmp)
        unlink(s->tmp);
    free(s->tmp);
    free(s->final);
    s->tmp = s->final = NULL;
}

void snd_free(snd_sink *s)
{
    if (!s)
        return;
    snd_abort(s);
    if (s->src)
        src_delete(s->src);
    free(s->dir);
    free(s);
}

const char *hd_sndfile_version(void) { return sf_version_string(); }

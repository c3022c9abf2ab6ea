/* sink: audio out. Chapter files go through libsndfile under a temporary name and are
 * renamed when complete; Opus is resampled with libsamplerate to a rate it accepts.
 * A stream is a hand-written WAV header with unknown length (libsndfile refuses to
 * write WAV to a pipe) followed by samples as they come. */
#include "sink.h"

#include <errno.h>
#include <math.h>
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
    int in_rate, out_rate, channels;
    SNDFILE *sf;
    char *tmp, *final;
    SRC_STATE *src;
    float out[CHUNK * 3];
    short pcm[CHUNK * 2];
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

int snd_output_rate(hd_format fmt, int in_rate, int want_rate)
{
    static const int opus_rates[] = {8000, 12000, 16000, 24000, 48000};
    int r = want_rate > 0 ? want_rate : in_rate;
    if (fmt != HD_FORMAT_OPUS)
        return r;
    for (size_t i = 0; i < sizeof opus_rates / sizeof *opus_rates; i++)
        if (opus_rates[i] >= r)
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

static hd_status make_resampler(snd_sink *s, hd_diag *diag)
{
    int err = 0;
    if (s->out_rate == s->in_rate)
        return HD_OK;
    if (!(s->src = src_new(SRC_SINC_MEDIUM_QUALITY, 1, &err))) {
        diag_set(diag, 0, 0, "resampler: %s", src_strerror(err));
        return HD_ERR_NOMEM;
    }
    return HD_OK;
}

hd_status snd_dir_open(const char *dir, hd_format fmt, int in_rate, int out_rate, int channels,
                       snd_sink **out, hd_diag *diag)
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
    s->out_rate = out_rate > 0 ? out_rate : in_rate;
    s->channels = channels == 2 ? 2 : 1;
    if ((st = make_resampler(s, diag)) != HD_OK)
        goto out;
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

hd_status snd_stream_open(int fd, int in_rate, int out_rate, int channels, snd_sink **out,
                          hd_diag *diag)
{
    snd_sink *s = calloc(1, sizeof *s);
    unsigned char h[44];
    hd_status st;
    if (!s)
        return HD_ERR_NOMEM;
    s->fd = fd;
    s->in_rate = in_rate;
    s->out_rate = out_rate > 0 ? out_rate : in_rate;
    s->channels = channels == 2 ? 2 : 1;
    if ((st = make_resampler(s, diag)) != HD_OK) {
        snd_free(s);
        return st;
    }
    uint32_t rate = (uint32_t)s->out_rate, ch = (uint32_t)s->channels;
    /* RIFF and data sizes of 0xFFFFFFFF: "until the end of the stream". */
    memcpy(h, "RIFF", 4);
    put_le(h + 4, 0xFFFFFFFFu, 4);
    memcpy(h + 8, "WAVEfmt ", 8);
    put_le(h + 16, 16, 4);
    put_le(h + 20, 1, 2);              /* PCM */
    put_le(h + 22, ch, 2);
    put_le(h + 24, rate, 4);
    put_le(h + 28, rate * 2 * ch, 4);  /* bytes per second */
    put_le(h + 32, 2 * ch, 2);         /* block align */
    put_le(h + 34, 16, 2);             /* bits */
    memcpy(h + 36, "data", 4);
    put_le(h + 40, 0xFFFFFFFFu, 4);
    st = write_all(fd, h, sizeof h, diag);
    if (st != HD_OK) {
        snd_free(s);
        return st;
    }
    *out = s;
    return HD_OK;
}

hd_status snd_chapter_begin(snd_sink *s, const char *name, const snd_tags *tags, hd_diag *diag)
{
    hd_status st = HD_OK;
    if (s->fd >= 0)
        return HD_OK;
    snd_abort(s);
    s->frames = 0;
    s->final = path_join(s->dir, name);
    s->tmp = path_part(s->dir, name);
    if (!s->final || !s->tmp) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    SF_INFO info;
    memset(&info, 0, sizeof info);
    info.samplerate = s->out_rate;
    info.channels = s->channels;
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
    /* Tags go in before any audio: some formats write them in the header. A format
     * that has no room for one refuses it, which is no error. */
    if (tags) {
        char track[16];
        if (tags->title)
            sf_set_string(s->sf, SF_STR_TITLE, tags->title);
        if (tags->album)
            sf_set_string(s->sf, SF_STR_ALBUM, tags->album);
        if (tags->artist)
            sf_set_string(s->sf, SF_STR_ARTIST, tags->artist);
        if (tags->date)
            sf_set_string(s->sf, SF_STR_DATE, tags->date);
        if (tags->comment)
            sf_set_string(s->sf, SF_STR_COMMENT, tags->comment);
        if (tags->track > 0) {
            snprintf(track, sizeof track, "%d", tags->track);
            sf_set_string(s->sf, SF_STR_TRACKNUMBER, track);
        }
        sf_set_string(s->sf, SF_STR_SOFTWARE, "herald " HD_VERSION);
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

/* Writes n mono frames at the output rate: to the file, or as 16-bit to the stream,
 * duplicated to every channel. */
static hd_status emit(snd_sink *s, const float *x, size_t n, hd_diag *diag)
{
    /* Everything leaves as 16-bit: libsndfile's float paths into FLAC and LAME fail
     * or abort in the versions Debian ships, and espeak-ng's source is 16-bit. */
    while (n > 0) {
        size_t k = n < CHUNK ? n : CHUNK, ch = (size_t)s->channels;
        for (size_t i = 0; i < k; i++) {
            float v = x[i] * 32768.0f;
            short q = (short)(v >= 32767.0f ? 32767 : v <= -32768.0f ? -32768 : lrintf(v));
            for (size_t c = 0; c < ch; c++)
                s->pcm[i * ch + c] = q;
        }
        if (s->fd >= 0) {
            unsigned char buf[2 * CHUNK * 2];
            for (size_t i = 0; i < k * ch; i++)
                put_le(buf + 2 * i, (uint16_t)s->pcm[i], 2);
            hd_status st = write_all(s->fd, buf, 2 * k * ch, diag);
            if (st != HD_OK)
                return st;
        } else if (sf_writef_short(s->sf, s->pcm, (sf_count_t)k) != (sf_count_t)k) {
            return file_error(s, diag);
        }
        s->frames += k;
        x += k;
        n -= k;
    }
    return HD_OK;
}

/* Runs `n` input samples (or the flush at the end, when last) through the resampler
 * and out. */
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
            hd_status st = emit(s, s->out, (size_t)d.output_frames_gen, diag);
            if (st != HD_OK)
                return st;
        }
        d.data_in += d.input_frames_used;
        d.input_frames -= d.input_frames_used;
        if (d.input_frames == 0 && (!last || d.output_frames_gen == 0))
            return HD_OK;
    }
}

hd_status snd_write(snd_sink *s, const float *x, size_t n, hd_diag *diag)
{
    if (s->fd < 0 && !s->sf)
        return HD_ERR_ARG;
    if (!s->src)
        return emit(s, x, n, diag);
    while (n > 0) {
        size_t k = n < CHUNK ? n : CHUNK;
        hd_status st = resample(s, x, k, 0, diag);
        if (st != HD_OK)
            return st;
        x += k;
        n -= k;
    }
    return HD_OK;
}

hd_status snd_silence(snd_sink *s, size_t n, hd_diag *diag)
{
    static const float zeros[CHUNK];
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
        static const float none[1];
        if (s->src && (st = resample(s, none, 0, 1, diag)) != HD_OK)
            goto out;
        if (s->src)
            src_reset(s->src);
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

struct snd_raw {
    FILE *f;
    char *path;
    short buf[CHUNK];
};

hd_status snd_raw_open(const char *dir, snd_raw **out, hd_diag *diag)
{
    snd_raw *r = calloc(1, sizeof *r);
    if (!r)
        return HD_ERR_NOMEM;
    if (!(r->path = path_part(dir, "herald-render"))) {
        free(r);
        return HD_ERR_NOMEM;
    }
    if (!(r->f = fopen(r->path, "w+b"))) {
        diag_set_path(diag, r->path);
        diag_set(diag, 0, 0, "cannot create: %s", strerror(errno));
        free(r->path);
        free(r);
        return HD_ERR_CREATE;
    }
    *out = r;
    return HD_OK;
}

hd_status snd_raw_append(snd_raw *r, const short *x, size_t n, hd_diag *diag)
{
    /* Appends all come before the first read, so the position is the end already; a
     * seek here would flush stdio's buffer on every call. */
    if (fwrite(x, sizeof *x, n, r->f) != n) {
        diag_set_path(diag, r->path);
        diag_set(diag, 0, 0, "cannot write: %s", strerror(errno));
        return HD_ERR_WRITE;
    }
    return HD_OK;
}

hd_status snd_raw_read(snd_raw *r, unsigned long long at, size_t n, float *out, hd_diag *diag)
{
    int ok = fseeko(r->f, (off_t)(at * sizeof(short)), SEEK_SET) == 0;
    while (ok && n > 0) {
        size_t k = n < CHUNK ? n : CHUNK;
        ok = fread(r->buf, sizeof *r->buf, k, r->f) == k;
        for (size_t i = 0; ok && i < k; i++)
            out[i] = r->buf[i] / 32768.0f;
        out += k;
        n -= k;
    }
    if (ok)
        return HD_OK;
    diag_set_path(diag, r->path);
    diag_set(diag, 0, 0, "cannot read back the render: %s", strerror(errno));
    return HD_ERR_WRITE;
}

void snd_raw_free(snd_raw *r)
{
    if (!r)
        return;
    if (r->f)
        fclose(r->f);
    unlink(r->path);
    free(r->path);
    free(r);
}

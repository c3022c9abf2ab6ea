/* sink: audio out. Chapter files go through libsndfile into a descriptor the caller
 * made (in the staging folder); Opus is resampled with libsamplerate to a rate it
 * accepts. A stream is a hand-written WAV header with unknown length (libsndfile
 * refuses to write WAV to a pipe) followed by samples as they come. */
#define _GNU_SOURCE
#include "sink.h"

#include <errno.h>
#include <math.h>
#include <poll.h>
#include <sys/ioctl.h>
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
/* Frames between two pushes of a file towards the disk (about 12 s at 22 kHz). */
#define WRITEBACK_FRAMES 262144ULL
/* A WAV file is written this many frames at a time: libsndfile hands 16-bit PCM to
 * write() as it comes, and writes of a few kilobytes cost the kernel a page-cache
 * allocation and zeroing each (a third of a warm render's time, measured). */
#define WAV_WRITE 65536

struct snd_out {
    int fd;       /* the stream's descriptor, or the file's until libsndfile has it */
    int file_fd;  /* the file's descriptor, libsndfile's once it has it (borrowed) */
    int stream;
    int pipe_size; /* the stream is a pipe of this capacity (0: not a pipe) */
    const char *name;
    hd_format fmt;
    int in_rate, out_rate, channels;
    SNDFILE *sf;
    SRC_STATE *src;
    int (*cancelled)(void *);
    void *user;
    float out[CHUNK * 3];
    short pcm[CHUNK * 2];
    int wide[CHUNK * 2]; /* MP3: the same 16-bit samples through libsndfile's int path */
    unsigned long long frames;
    short *acc;   /* WAV: frames gathered for one large write (WAV_WRITE of them) */
    size_t fill;  /* frames in acc */
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

hd_status snd_check(hd_format fmt, int out_rate, int channels, hd_diag *diag)
{
    static const int mp3_rates[] = {8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000};
    if (channels < 1 || channels > 2 || out_rate < 8000 || out_rate > 192000) {
        diag_set(diag, 0, 0, "channels must be 1 or 2 and the rate 8000 to 192000 Hz");
        return HD_ERR_ARG;
    }
    if (fmt == HD_FORMAT_MP3) {
        for (size_t i = 0; i < sizeof mp3_rates / sizeof *mp3_rates; i++)
            if (mp3_rates[i] == out_rate)
                return HD_OK;
        diag_set(diag, 0, 0, "MP3 cannot be written at %d Hz; choose 8000, 11025, 12000, 16000, "
                             "22050, 24000, 32000, 44100 or 48000", out_rate);
        return HD_ERR_ARG;
    }
    SF_INFO info;
    memset(&info, 0, sizeof info);
    info.samplerate = out_rate;
    info.channels = channels;
    info.format = format_code(fmt);
    if (!sf_format_check(&info)) {
        diag_set(diag, 0, 0, "this libsndfile cannot write %s at %d Hz", fmt == HD_FORMAT_OPUS ? "Opus" : "that format", out_rate);
        return HD_ERR_ARG;
    }
    return HD_OK;
}

static hd_status make_resampler(snd_out *s, hd_diag *diag)
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

static snd_out *new_out(int fd, hd_format fmt, int in_rate, int out_rate, int channels)
{
    snd_out *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->fd = fd;
    s->fmt = fmt;
    s->in_rate = in_rate;
    s->out_rate = out_rate > 0 ? out_rate : in_rate;
    s->channels = channels == 2 ? 2 : 1;
    return s;
}

/* A stream write never blocks for long: a reader that stopped reading may never drain
 * the pipe, and a signal that came before the write began would not interrupt it. So
 * it waits for room at most 100 ms at a time, asking whether to stop in between, and
 * writes at most a page once there is room (a pipe that polls writable has a page). */
static hd_status write_all(snd_out *s, const void *buf, size_t n, hd_diag *diag)
{
    const char *p = buf;
    while (n > 0) {
        if (s->cancelled && s->cancelled(s->user))
            return HD_ERR_CANCELLED;
        size_t k = n;
        if (s->pipe_size > 0) {
            struct pollfd pf = {s->fd, POLLOUT, 0};
            int ready = poll(&pf, 1, 100);
            if (ready == 0 || (ready < 0 && errno == EINTR))
                continue;
            /* as much as the pipe has room for, so the write returns at once */
            int queued = 0;
            size_t room = ioctl(s->fd, FIONREAD, &queued) == 0 && queued >= 0 && queued < s->pipe_size
                              ? (size_t)(s->pipe_size - queued)
                              : 4096;
            if (k > room)
                k = room;
        }
        ssize_t w = write(s->fd, p, k);
        if (w < 0 && (errno == EINTR || errno == EAGAIN))
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

hd_status snd_stream_open(int fd, int in_rate, int out_rate, int channels,
                          int (*cancelled)(void *), void *user, snd_out **out, hd_diag *diag)
{
    snd_out *s = new_out(fd, HD_FORMAT_WAV, in_rate, out_rate, channels);
    unsigned char h[44];
    hd_status st;
    if (!s)
        return HD_ERR_NOMEM;
    s->stream = 1;
    s->cancelled = cancelled;
    s->user = user;
    struct stat info;
    if (fstat(fd, &info) == 0 && S_ISFIFO(info.st_mode)) {
        int size = fcntl(fd, F_GETPIPE_SZ);
        s->pipe_size = size > 0 ? size : 4096;
    }
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
    if ((st = write_all(s, h, sizeof h, diag)) != HD_OK) {
        snd_free(s);
        return st;
    }
    *out = s;
    return HD_OK;
}

hd_status snd_file_open(int fd, const char *name, hd_format fmt, int in_rate, int out_rate,
                        int channels, unsigned long long frames_hint, const snd_tags *tags,
                        snd_out **out, hd_diag *diag)
{
    snd_out *s = new_out(fd, fmt, in_rate, out_rate, channels);
    hd_status st = HD_OK;
    if (!s) {
        close(fd);
        return HD_ERR_NOMEM;
    }
    s->name = name;
    SF_INFO info;
    memset(&info, 0, sizeof info);
    info.samplerate = s->out_rate;
    info.channels = s->channels;
    info.format = format_code(fmt);
    /* WAV's sizes are 32 bits: past 4 GiB libsndfile 1.2 wraps them without a word.
     * A chapter that will not fit is RF64, WAV's 64-bit form (players that read WAV
     * from ffmpeg on read it); every other stays plain PCM WAV, which every reader
     * takes. */
    if (fmt == HD_FORMAT_WAV &&
        frames_hint * (unsigned long long)s->channels * 2 > 0xFFFFFFFFull - (1u << 20))
        info.format = SF_FORMAT_RF64 | SF_FORMAT_PCM_16;
    /* libsndfile closes fd itself when it fails (close_desc) */
    if (!(s->sf = sf_open_fd(fd, SFM_WRITE, &info, 1))) {
        diag_set(diag, 0, 0, "cannot start audio file %s: %s", name, sf_strerror(NULL));
        st = HD_ERR_CREATE;
        goto out;
    }
    s->file_fd = fd;
    s->fd = -1;
    if (fmt == HD_FORMAT_OGG) {
        double q = 0.4; /* Vorbis q4: transparent for speech at a fraction of FLAC */
        sf_command(s->sf, SFC_SET_VBR_ENCODING_QUALITY, &q, sizeof q);
    } else if (fmt == HD_FORMAT_OPUS) {
        /* about 56 kbit/s a channel: below that Opus narrows the band, and speech
         * loses presence (and 0.3 to 0.5 LU) */
        double level = 0.8;
        sf_command(s->sf, SFC_SET_COMPRESSION_LEVEL, &level, sizeof level);
    } else if (fmt == HD_FORMAT_WAV && !(s->acc = malloc(WAV_WRITE * 2 * sizeof *s->acc))) {
        st = HD_ERR_NOMEM;
        goto out;
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
    st = make_resampler(s, diag);
out:
    if (st != HD_OK) {
        snd_free(s);
        return st;
    }
    *out = s;
    return HD_OK;
}

/* The range of bit rates (kbit/s) a format's encoder takes at a rate and channel
 * count, as libsndfile maps its compression level to them; 0 when it has none. */
static int bitrate_range(hd_format fmt, int rate, int channels, int *lo, int *hi)
{
    if (fmt == HD_FORMAT_MP3) {
        /* MPEG-1 above 24 kHz, MPEG-2 and 2.5 below; LAME takes the level's rate down
         * to the bit rate it allows */
        *lo = rate > 24000 ? 32 : 8;
        *hi = rate > 24000 ? 320 : 160;
        return 1;
    }
    if (fmt == HD_FORMAT_OPUS) {
        *lo = 6 * channels;
        *hi = 256 * channels;
        return 1;
    }
    return 0;
}

hd_status snd_check_bitrate(hd_format fmt, int out_rate, int channels, int kbps, hd_diag *diag)
{
    static const int mpeg1[] = {32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
    static const int mpeg2[] = {8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
    int lo, hi;
    if (!bitrate_range(fmt, out_rate, channels, &lo, &hi)) {
        diag_set(diag, 0, 0, "a bit rate applies to MP3 and Opus only");
        return HD_ERR_ARG;
    }
    if (fmt == HD_FORMAT_MP3) {
        const int *v = out_rate > 24000 ? mpeg1 : mpeg2;
        for (int k = 0; k < 14; k++)
            if (v[k] == kbps)
                return HD_OK;
        diag_set(diag, 0, 0, "MP3 at %d Hz takes %s kbit/s, not %d", out_rate,
                 out_rate > 24000 ? "32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256 or 320"
                                  : "8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144 or 160",
                 kbps);
        return HD_ERR_ARG;
    }
    if (kbps < lo || kbps > hi) {
        diag_set(diag, 0, 0, "Opus with %d channel%s takes %d to %d kbit/s, not %d", channels,
                 channels == 1 ? "" : "s", lo, hi, kbps);
        return HD_ERR_ARG;
    }
    return HD_OK;
}

hd_status snd_set_bitrate(snd_out *s, int kbps, hd_diag *diag)
{
    int lo, hi;
    if (s->stream || !s->sf || !bitrate_range(s->fmt, s->out_rate, s->channels, &lo, &hi))
        return HD_ERR_ARG;
    /* libsndfile: level 0 is the highest rate, 1 the lowest, in a straight line
     * between (measured: every MPEG rate comes out exact); MP3 at a constant rate,
     * which podcast platforms ask for (libsndfile answers 0 when it takes it) */
    if (s->fmt == HD_FORMAT_MP3) {
        int mode = SF_BITRATE_MODE_CONSTANT;
        sf_command(s->sf, SFC_SET_BITRATE_MODE, &mode, sizeof mode);
    }
    double level = (hi - kbps) / (double)(hi - lo);
    if (level < 0)
        level = 0;
    if (level > 1)
        level = 1;
    if (sf_command(s->sf, SFC_SET_COMPRESSION_LEVEL, &level, sizeof level) != SF_TRUE) {
        diag_set(diag, 0, 0, "cannot set the bit rate of %s: %s", s->name, sf_strerror(s->sf));
        return HD_ERR_ARG;
    }
    return HD_OK;
}

/* A sample as 16-bit: rounded half away from zero, clipped, NaN as 0. */
static inline short to16(float x)
{
    float v = x * 32768.0f;
    v = v == v ? v : 0.0f;
    v = v >= 32767.0f ? 32767.0f : v;
    v = v <= -32768.0f ? -32768.0f : v;
    return (short)(int)(v + copysignf(0.5f, v));
}

/* to16 over a block, four at a time with the same operations (so the same results):
 * the compilers turn the scalar form's NaN test and clipping into branches. */
typedef float f4 __attribute__((vector_size(4 * sizeof(float))));
typedef int32_t i4 __attribute__((vector_size(4 * sizeof(int32_t))));

static void to16_block(short *o, const float *x, size_t n)
{
    const f4 hi = {32767.0f, 32767.0f, 32767.0f, 32767.0f}, lo = -hi - 1.0f;
    const f4 half = {0.5f, 0.5f, 0.5f, 0.5f};
    const i4 sign = {INT32_MIN, INT32_MIN, INT32_MIN, INT32_MIN};
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        f4 v;
        memcpy(&v, x + i, sizeof v);
        v *= 32768.0f;
        v = (f4)((i4)v & (v == v));              /* NaN: +0 */
        i4 over = v >= hi, under = v <= lo;
        v = (f4)(((i4)v & ~over) | ((i4)hi & over));
        v = (f4)(((i4)v & ~under) | ((i4)lo & under));
        v += (f4)((i4)half | ((i4)v & sign));     /* copysignf(0.5f, v) */
        i4 q = __builtin_convertvector(v, i4);  /* toward zero, as (int) */
        for (int k = 0; k < 4; k++)
            o[i + (size_t)k] = (short)q[k];
    }
    for (; i < n; i++)
        o[i] = to16(x[i]);
}

/* Writes the gathered frames out. */
static hd_status flush_acc(snd_out *s, hd_diag *diag)
{
    if (s->fill && sf_writef_short(s->sf, s->acc, (sf_count_t)s->fill) != (sf_count_t)s->fill) {
        diag_set(diag, 0, 0, "cannot write audio to %s: %s", s->name, sf_strerror(s->sf));
        return HD_ERR_WRITE;
    }
    s->fill = 0;
    return HD_OK;
}

/* Adds the k frames in pcm to the gathered ones, writing whenever WAV_WRITE are in. */
static hd_status gather(snd_out *s, size_t k, hd_diag *diag)
{
    size_t ch = (size_t)s->channels, done = 0;
    while (done < k) {
        size_t m = k - done < WAV_WRITE - s->fill ? k - done : WAV_WRITE - s->fill;
        memcpy(s->acc + s->fill * ch, s->pcm + done * ch, m * ch * sizeof *s->acc);
        s->fill += m;
        done += m;
        if (s->fill == WAV_WRITE) {
            hd_status st = flush_acc(s, diag);
            if (st != HD_OK)
                return st;
        }
    }
    return HD_OK;
}

/* Writes n mono frames at the output rate: to the file, or as 16-bit to the stream,
 * duplicated to every channel. */
static hd_status emit(snd_out *s, const float *x, size_t n, hd_diag *diag)
{
    /* Everything leaves as 16-bit: libsndfile's float paths into FLAC and LAME fail
     * or abort in the versions Debian ships, and espeak-ng's source is 16-bit. */
    while (n > 0) {
        size_t k = n < CHUNK ? n : CHUNK, ch = (size_t)s->channels;
        if (ch == 1)
            to16_block(s->pcm, x, k);
        else
            for (size_t i = 0; i < k; i++) {
                short q = to16(x[i]);
                for (size_t c = 0; c < ch; c++)
                    s->pcm[i * ch + c] = q;
            }
        if (s->stream) {
            unsigned char buf[2 * CHUNK * 2];
            for (size_t i = 0; i < k * ch; i++)
                put_le(buf + 2 * i, (uint16_t)s->pcm[i], 2);
            hd_status st = write_all(s, buf, 2 * k * ch, diag);
            if (st != HD_OK)
                return st;
        } else if (s->acc) {
            hd_status st = gather(s, k, diag);
            if (st != HD_OK)
                return st;
        } else if (s->fmt == HD_FORMAT_MP3) {
            /* libsndfile 1.2's MP3 encoder corrupts interleaved 16-bit stereo (the
             * channels come out different and louder); its int path is sound */
            for (size_t i = 0; i < k * ch; i++)
                s->wide[i] = (int)s->pcm[i] * 65536;
            if (sf_writef_int(s->sf, s->wide, (sf_count_t)k) != (sf_count_t)k) {
                diag_set(diag, 0, 0, "cannot write audio to %s: %s", s->name, sf_strerror(s->sf));
                return HD_ERR_WRITE;
            }
        } else if (sf_writef_short(s->sf, s->pcm, (sf_count_t)k) != (sf_count_t)k) {
            diag_set(diag, 0, 0, "cannot write audio to %s: %s", s->name, sf_strerror(s->sf));
            return HD_ERR_WRITE;
        }
        /* the file goes on its way to disk as it grows, so that od_commit, which
         * makes it durable, finds little left to wait for */
        if (!s->stream && s->file_fd >= 0 && (s->frames + k) / WRITEBACK_FRAMES != s->frames / WRITEBACK_FRAMES)
            sync_file_range(s->file_fd, 0, 0, SYNC_FILE_RANGE_WRITE);
        s->frames += k;
        x += k;
        n -= k;
    }
    return HD_OK;
}

/* Runs `n` input samples (or the flush at the end, when last) through the resampler
 * and out. */
static hd_status resample(snd_out *s, const float *in, size_t n, int last, hd_diag *diag)
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

hd_status snd_write(snd_out *s, const float *x, size_t n, hd_diag *diag)
{
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

hd_status snd_close(snd_out *s, unsigned long long *frames, hd_diag *diag)
{
    static const float none[1];
    hd_status st = HD_OK;
    if (s->src)
        st = resample(s, none, 0, 1, diag);
    if (s->sf && s->acc && st == HD_OK)
        st = flush_acc(s, diag);
    if (s->sf) {
        /* on its way to disk now; od_commit makes every staged file durable before a
         * name the manifest lists points at it (a power cut must not leave an empty
         * file there), by then with little left to wait for */
        if (st == HD_OK && !s->stream && s->file_fd >= 0)
            sync_file_range(s->file_fd, 0, 0, SYNC_FILE_RANGE_WRITE);
        int err = sf_close(s->sf);
        s->sf = NULL;
        if (err && st == HD_OK) {
            diag_set(diag, 0, 0, "cannot finish audio file %s: %s", s->name, sf_error_number(err));
            st = HD_ERR_WRITE;
        }
    }
    if (frames)
        *frames = s->frames;
    snd_free(s);
    return st;
}

void snd_free(snd_out *s)
{
    if (!s)
        return;
    if (s->sf)
        sf_close(s->sf);
    if (s->src)
        src_delete(s->src);
    free(s->acc);
    free(s);
}

struct snd_in {
    SNDFILE *sf;
};

hd_status snd_in_open(int fd, snd_in **out, int *rate, int *channels, hd_diag *diag)
{
    SF_INFO info;
    memset(&info, 0, sizeof info);
    snd_in *s = calloc(1, sizeof *s);
    if (!s) {
        close(fd);
        return HD_ERR_NOMEM;
    }
    if (!(s->sf = sf_open_fd(fd, SFM_READ, &info, 1))) { /* it closes fd */
        free(s);
        diag_set(diag, 0, 0, "cannot read audio back: %s", sf_strerror(NULL));
        return HD_ERR_WRITE;
    }
    *rate = info.samplerate;
    *channels = info.channels;
    *out = s;
    return HD_OK;
}

size_t snd_in_read(snd_in *s, float *x, size_t frames)
{
    sf_count_t n = sf_readf_float(s->sf, x, (sf_count_t)frames);
    return n > 0 ? (size_t)n : 0;
}

void snd_in_close(snd_in *s)
{
    if (!s)
        return;
    sf_close(s->sf);
    free(s);
}

const char *hd_sndfile_version(void) { return sf_version_string(); }

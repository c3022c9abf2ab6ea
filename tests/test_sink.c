/* Tests of sink.c: every format written into a descriptor and read back with
 * libsndfile, tags, stereo, the stream header, and reading back. */
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "sink.h"

static int create(const char *dir, const char *name, char *path, size_t len)
{
    snprintf(path, len, "%s/%s", dir, name);
    return open(path, O_RDWR | O_CREAT | O_EXCL, 0644);
}

static void test_formats(void)
{
    static const struct {
        hd_format f;
        int major, rate;
    } cases[] = {
        {HD_FORMAT_WAV, SF_FORMAT_WAV, 22050},   {HD_FORMAT_OGG, SF_FORMAT_OGG, 22050},
        {HD_FORMAT_OPUS, SF_FORMAT_OGG, 24000},  {HD_FORMAT_FLAC, SF_FORMAT_FLAC, 22050},
        {HD_FORMAT_MP3, SF_FORMAT_MPEG, 22050},
    };
    static float tone[22050], quiet[11025];
    for (size_t i = 0; i < 22050; i++)
        tone[i] = (float)((i % 50) * 400 - 10000) / 32768.0f;
    char *dir = h_tempdir();
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        snd_out *s = NULL;
        hd_diag d = {0};
        char name[32], path[4300];
        snprintf(name, sizeof name, "01-test.%s", hd_format_ext(cases[c].f));
        int fd = create(dir, name, path, sizeof path);
        CHECK(fd >= 0);
        snd_tags tags = {"Chapter title", "Statement title", "Ana Ruiz", "2024-11-09",
                         "Press conference", 3};
        CHECK_INT(snd_check(cases[c].f, snd_output_rate(cases[c].f, 22050, 0), 1, &d), HD_OK);
        CHECK_INT(snd_file_open(fd, name, cases[c].f, 22050, snd_output_rate(cases[c].f, 22050, 0),
                                1, 33075, &tags, &s, &d), HD_OK);
        if (!s)
            continue;
        CHECK_INT(snd_write(s, tone, 22050, &d), HD_OK);
        CHECK_INT(snd_write(s, quiet, 11025, &d), HD_OK);
        unsigned long long frames = 0;
        CHECK_INT(snd_close(s, &frames, &d), HD_OK);

        SF_INFO info;
        memset(&info, 0, sizeof info);
        SNDFILE *f = sf_open(path, SFM_READ, &info);
        CHECKF(f != NULL, "%s: %s", path, sf_strerror(NULL));
        if (!f)
            continue;
        CHECK_INT(info.format & SF_FORMAT_TYPEMASK, cases[c].major);
        CHECK_INT(info.samplerate, cases[c].rate);
        CHECK_INT(info.channels, 1);
        CHECKF((unsigned long long)info.frames == frames, "%s: file has %lld frames, sink said %llu",
               name, (long long)info.frames, frames);
        /* 1.5 s of input at the output rate, give or take the resampler's edge. */
        long long want = 33075LL * cases[c].rate / 22050;
        CHECKF(llabs((long long)frames - want) <= 64, "%s: %llu frames, want about %lld", name,
               frames, want);
        /* Tags read back where the format carries them (WAV keeps no album). */
        const char *title = sf_get_string(f, SF_STR_TITLE), *artist = sf_get_string(f, SF_STR_ARTIST);
        CHECKF(title && strcmp(title, "Chapter title") == 0, "%s: title %s", name, title ? title : "none");
        CHECKF(artist && strcmp(artist, "Ana Ruiz") == 0, "%s: artist", name);
        if (cases[c].f != HD_FORMAT_WAV) {
            const char *album = sf_get_string(f, SF_STR_ALBUM), *track = sf_get_string(f, SF_STR_TRACKNUMBER);
            CHECKF(album && strcmp(album, "Statement title") == 0, "%s: album", name);
            CHECKF(track && strcmp(track, "3") == 0, "%s: track %s", name, track ? track : "none");
        }
        const char *date = sf_get_string(f, SF_STR_DATE), *comment = sf_get_string(f, SF_STR_COMMENT);
        /* libsndfile 1.2 writes no date into MP3's ID3 tag */
        if (cases[c].f != HD_FORMAT_MP3)
            CHECKF(date && strcmp(date, "2024-11-09") == 0, "%s: date", name);
        CHECKF(comment && strcmp(comment, "Press conference") == 0, "%s: comment", name);
        sf_close(f);

        /* and read back through the sink, as the render measures lossy files */
        snd_in *in = NULL;
        int rate = 0, channels = 0;
        CHECK_INT(snd_in_open(open(path, O_RDONLY), &in, &rate, &channels, &d), HD_OK);
        if (in) {
            float buf[4096];
            size_t total = 0, got;
            while ((got = snd_in_read(in, buf, 4096)) > 0)
                total += got;
            CHECK_INT(rate, cases[c].rate);
            CHECK_INT(channels, 1);
            CHECK_INT(total, frames);
            snd_in_close(in);
        }
    }
    h_rmtree(dir);
    free(dir);
}

static void test_checks(void)
{
    hd_diag d = {0};
    CHECK_INT(snd_check(HD_FORMAT_MP3, 44100, 2, &d), HD_OK);
    CHECK_INT(snd_check(HD_FORMAT_MP3, 96000, 1, &d), HD_ERR_ARG);
    CHECK(strstr(d.message, "MP3") != NULL);
    CHECK_INT(snd_check(HD_FORMAT_MP3, 8001, 1, &d), HD_ERR_ARG);
    CHECK_INT(snd_check(HD_FORMAT_WAV, 96000, 2, &d), HD_OK);
    CHECK_INT(snd_check(HD_FORMAT_WAV, 22050, 3, &d), HD_ERR_ARG);
    /* a descriptor libsndfile cannot read is an error, not a crash */
    snd_in *in = NULL;
    int rate, channels;
    int fds[2];
    CHECK(pipe(fds) == 0);
    close(fds[1]);
    CHECK_INT(snd_in_open(fds[0], &in, &rate, &channels, &d), HD_ERR_WRITE);
    CHECK(in == NULL);
}

/* A mono stream at 22050 Hz into a pipe; its header, read, in h. */
static snd_out *open_stream(int fds[2], unsigned char h[44], hd_diag *d)
{
    snd_out *s = NULL;
    CHECK(pipe(fds) == 0);
    CHECK_INT(snd_stream_open(fds[1], 22050, 22050, 1, NULL, NULL, &s, d), HD_OK);
    CHECK_INT(read(fds[0], h, 44), 44); /* the header leaves at once */
    return s;
}

static void test_stream(void)
{
    int fds[2];
    hd_diag d = {0};
    unsigned char h[44];
    snd_out *s = open_stream(fds, h, &d);
    CHECK(memcmp(h, "RIFF", 4) == 0 && memcmp(h + 8, "WAVEfmt ", 8) == 0);
    CHECK(memcmp(h + 36, "data", 4) == 0);
    CHECK(h[40] == 0xFF && h[43] == 0xFF);
    CHECK_INT(h[24] | h[25] << 8 | h[26] << 16, 22050);
    float v[3] = {1 / 32768.0f, -2 / 32768.0f, 300 / 32768.0f};
    CHECK_INT(snd_write(s, v, 3, &d), HD_OK);
    unsigned char b[6];
    CHECK_INT(read(fds[0], b, 6), 6);
    CHECK(b[0] == 1 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF && b[4] == 44 && b[5] == 1);
    unsigned long long frames = 0;
    CHECK_INT(snd_close(s, &frames, &d), HD_OK);
    CHECK_INT(frames, 3);
    close(fds[0]);
    close(fds[1]);
    /* A reader that went away is an I/O error, not a crash. */
    CHECK(pipe(fds) == 0);
    close(fds[0]);
    signal(SIGPIPE, SIG_IGN);
    s = NULL;
    CHECK_INT(snd_stream_open(fds[1], 22050, 22050, 1, NULL, NULL, &s, &d), HD_ERR_WRITE);
    close(fds[1]);
}

/* Samples become 16-bit rounded half away from zero, clipped, NaN as 0, the same in
 * the four-at-a-time path and its tail: every awkward value at every position. */
static short expected16(float x)
{
    if (x != x)
        return 0;
    double v = (double)x * 32768.0;
    if (v >= 32767.0)
        return 32767;
    if (v <= -32768.0)
        return -32768;
    return (short)(v < 0 ? -floor(-v + 0.5) : floor(v + 0.5));
}

static void test_conversion(void)
{
    static const float odd[] = {0.0f, -0.0f, 0.5f / 32768, -0.5f / 32768, 1.5f / 32768, -1.5f / 32768,
                                0.49999f / 32768, 32766.5f / 32768, 32767.4f / 32768, -32767.5f / 32768,
                                1.0f, -1.0f, 1.5f, -7.0f, 1e30f, -1e30f, 0.25f, -0.3333f};
    enum { N = 103 }; /* not a multiple of four: a tail every time */
    float x[N];
    size_t nodd = sizeof odd / sizeof *odd;
    for (size_t i = 0; i < N; i++)
        x[i] = odd[(i * 7) % nodd];
    x[5] = NAN;
    x[40] = -NAN;
    x[41] = INFINITY;
    x[42] = -INFINITY;
    int fds[2];
    hd_diag d = {0};
    unsigned char h[44];
    snd_out *s = open_stream(fds, h, &d);
    CHECK_INT(snd_write(s, x, N, &d), HD_OK);
    unsigned char b[2 * N];
    size_t got = 0;
    while (got < sizeof b) {
        ssize_t r = read(fds[0], b + got, sizeof b - got);
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    CHECK_INT(got, sizeof b);
    for (size_t i = 0; i < N && got == sizeof b; i++) {
        short v = (short)(b[2 * i] | b[2 * i + 1] << 8);
        CHECKF(v == expected16(x[i]), "sample %zu (%g): %d, not %d", i, (double)x[i], v, expected16(x[i]));
    }
    CHECK_INT(snd_close(s, NULL, &d), HD_OK);
    close(fds[0]);
    close(fds[1]);
}

/* Stereo at 44.1 kHz: both channels equal, frames in proportion. */
static void test_stereo(void)
{
    char *dir = h_tempdir(), path[4300];
    snd_out *s = NULL;
    static float ramp[22050];
    for (size_t i = 0; i < 22050; i++)
        ramp[i] = (float)((i % 100) - 50) / 100.0f;
    int fd = create(dir, "01-s.flac", path, sizeof path);
    CHECK_INT(snd_file_open(fd, "01-s.flac", HD_FORMAT_FLAC, 22050, 44100, 2, 44100, NULL, &s, NULL),
              HD_OK);
    /* a WAV that will pass 4 GiB is RF64; its header says so from the start */
    int big = create(dir, "02-big.wav", path, sizeof path);
    snd_out *w = NULL;
    CHECK_INT(snd_file_open(big, "02-big.wav", HD_FORMAT_WAV, 22050, 44100, 2, 1200000000ull, NULL,
                            &w, NULL), HD_OK);
    CHECK_INT(snd_write(w, ramp, 22050, NULL), HD_OK);
    CHECK_INT(snd_close(w, NULL, NULL), HD_OK);
    char *head = h_read_file(path, NULL);
    CHECK(head && memcmp(head, "RF64", 4) == 0);
    free(head);
    snprintf(path, sizeof path, "%s/01-s.flac", dir);
    CHECK_INT(snd_write(s, ramp, 22050, NULL), HD_OK);
    unsigned long long frames = 0;
    CHECK_INT(snd_close(s, &frames, NULL), HD_OK);
    CHECKF(llabs((long long)frames - 44100) <= 4, "%llu frames", frames);
    SF_INFO info;
    memset(&info, 0, sizeof info);
    SNDFILE *f = sf_open(path, SFM_READ, &info);
    CHECK(f && info.channels == 2 && info.samplerate == 44100);
    if (f) {
        float fr[2 * 512];
        int same = 1;
        sf_count_t r;
        while ((r = sf_readf_float(f, fr, 512)) > 0)
            for (sf_count_t i = 0; i < r; i++)
                same &= fr[2 * i] == fr[2 * i + 1];
        CHECK(same);
        sf_close(f);
    }
    CHECK_INT(snd_output_rate(HD_FORMAT_OPUS, 22050, 44100), 48000);
    CHECK_INT(snd_output_rate(HD_FORMAT_OPUS, 22050, 0), 24000);
    CHECK_INT(snd_output_rate(HD_FORMAT_MP3, 22050, 44100), 44100);
    h_rmtree(dir);
    free(dir);
}

int main(void)
{
    test_formats();
    test_stereo();
    test_checks();
    test_stream();
    test_conversion();
    return h_report("test_sink");
}

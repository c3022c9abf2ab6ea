/* Tests of sink.c: every format written and read back with libsndfile, temporary
 * names, the stream header. */
#include <dirent.h>
#include <signal.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "sink.h"

static int count_entries(const char *dir, const char *needle)
{
    DIR *d = opendir(dir);
    int n = 0;
    struct dirent *e;
    while (d && (e = readdir(d)))
        if (e->d_name[0] != '.' || needle) {
            if (!needle || strstr(e->d_name, needle))
                n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
        }
    if (d)
        closedir(d);
    return n;
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
    static float tone[22050];
    for (size_t i = 0; i < 22050; i++)
        tone[i] = (float)((i % 50) * 400 - 10000) / 32768.0f;
    char *dir = h_tempdir();
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        snd_sink *s = NULL;
        hd_diag d = {0};
        char name[32], path[4300];
        snprintf(name, sizeof name, "01-test.%s", hd_format_ext(cases[c].f));
        snprintf(path, sizeof path, "%s/%s", dir, name);
        CHECK_INT(snd_dir_open(dir, cases[c].f, 22050, snd_output_rate(cases[c].f, 22050, 0), 1,
                               &s, &d), HD_OK);
        snd_tags tags = {"Chapter title", "Statement title", "Ana Ruiz", "2024-11-09",
                         "Press conference", 3};
        CHECK_INT(snd_chapter_begin(s, name, &tags, &d), HD_OK);
        CHECK_INT(snd_write(s, tone, 22050, &d), HD_OK);
        CHECK_INT(snd_silence(s, 11025, &d), HD_OK);
        /* Not under its final name until complete. */
        CHECK(access(path, F_OK) != 0);
        CHECK_INT(count_entries(dir, ".part-"), 1);
        unsigned long long frames = 0;
        int rate = 0;
        CHECK_INT(snd_chapter_end(s, &frames, &rate, &d), HD_OK);
        CHECK_INT(rate, cases[c].rate);
        CHECK_INT(count_entries(dir, ".part-"), 0);
        snd_free(s);

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
    }
    h_rmtree(dir);
    free(dir);
}

static void test_abort_and_errors(void)
{
    char *dir = h_tempdir();
    snd_sink *s = NULL;
    hd_diag d = {0};
    CHECK_INT(snd_dir_open(dir, HD_FORMAT_WAV, 22050, 22050, 1, &s, &d), HD_OK);
    CHECK_INT(snd_chapter_begin(s, "01-x.wav", NULL, &d), HD_OK);
    float z[100] = {0};
    CHECK_INT(snd_write(s, z, 100, &d), HD_OK);
    snd_abort(s);
    CHECK_INT(count_entries(dir, ""), 0);
    snd_free(s);

    char path[4300];
    snprintf(path, sizeof path, "%s/file", dir);
    h_write_file(path, "x");
    s = NULL;
    CHECK_INT(snd_dir_open(path, HD_FORMAT_WAV, 22050, 22050, 1, &s, &d), HD_ERR_CREATE);
    CHECK(s == NULL);
    snprintf(path, sizeof path, "%s/a/b/c", dir);
    CHECK_INT(snd_make_dir(path, &d), HD_OK);
    h_rmtree(dir);
    free(dir);
}

static void test_stream(void)
{
    int fds[2];
    CHECK(pipe(fds) == 0);
    snd_sink *s = NULL;
    hd_diag d = {0};
    CHECK_INT(snd_stream_open(fds[1], 22050, 22050, 1, &s, &d), HD_OK);
    unsigned char h[44];
    CHECK_INT(read(fds[0], h, 44), 44); /* the header leaves at once */
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
    int rate = 0;
    CHECK_INT(snd_chapter_end(s, &frames, &rate, &d), HD_OK);
    CHECK_INT(frames, 3);
    snd_free(s);
    close(fds[0]);
    /* A reader that went away is an I/O error, not a crash. */
    CHECK(pipe(fds) == 0);
    close(fds[0]);
    signal(SIGPIPE, SIG_IGN);
    s = NULL;
    CHECK_INT(snd_stream_open(fds[1], 22050, 22050, 1, &s, &d), HD_ERR_WRITE);
    close(fds[1]);
}

/* Stereo at 44.1 kHz: both channels equal, frames in proportion. */
static void test_stereo(void)
{
    char *dir = h_tempdir(), path[4300];
    snd_sink *s = NULL;
    static float ramp[22050];
    for (size_t i = 0; i < 22050; i++)
        ramp[i] = (float)((i % 100) - 50) / 100.0f;
    CHECK_INT(snd_dir_open(dir, HD_FORMAT_FLAC, 22050, 44100, 2, &s, NULL), HD_OK);
    CHECK_INT(snd_chapter_begin(s, "01-s.flac", NULL, NULL), HD_OK);
    CHECK_INT(snd_write(s, ramp, 22050, NULL), HD_OK);
    unsigned long long frames = 0;
    int rate = 0;
    CHECK_INT(snd_chapter_end(s, &frames, &rate, NULL), HD_OK);
    CHECK_INT(rate, 44100);
    CHECKF(llabs((long long)frames - 44100) <= 4, "%llu frames", frames);
    snd_free(s);
    snprintf(path, sizeof path, "%s/01-s.flac", dir);
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
    test_abort_and_errors();
    test_stream();
    return h_report("test_sink");
}

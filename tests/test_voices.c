/* Tests of voices.c: profile parsing and its errors, search, built-ins, casting. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "voices.h"

static void test_parse(void)
{
    vo_profile p;
    hd_diag d = {0};
    const char *good = "# a comment\nespeak = en-us+f2\nrate=190 # trailing\n\npitch = 61\n";
    CHECK_INT(vo_parse(good, strlen(good), "x", "x.voice", &p, &d), HD_OK);
    CHECK_STR(p.espeak, "en-us+f2");
    CHECK_INT(p.rate, 190);
    CHECK_INT(p.pitch, 61);
    CHECK_INT(p.range, 50); /* default */
    vo_profile_clear(&p);

    static const struct {
        const char *text;
        unsigned long line;
        const char *needle;
    } bad[] = {
        {"espeak = en\npitch = 120\n", 2, "'pitch'"},
        {"espeak = en\n\nloudness = 3\n", 3, "unknown key 'loudness'"},
        {"espeak = en\nrate = fast\n", 2, "'rate'"},
        {"espeak = en\nrate 170\n", 2, "key = value"},
        {"rate = 170\n", 1, "'espeak' is missing"},
        {"espeak = en gb\n", 1, "'espeak'"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        memset(&d, 0, sizeof d);
        CHECK_INT(vo_parse(bad[i].text, strlen(bad[i].text), "x", "dir/x.voice", &p, &d),
                  HD_ERR_SETTINGS);
        CHECKF(strstr(d.message, bad[i].needle) != NULL, "case %zu: '%s' lacks '%s'", i,
               d.message, bad[i].needle);
        CHECK_STR(d.path, "dir/x.voice");
        if (bad[i].line != 1 || i != 4)
            CHECK_INT(d.line, bad[i].line);
    }
}

static void test_load(void)
{
    hd_voices *v = NULL;
    hd_diag d = {0};
    char *dir = h_tempdir();
    char path[4300];

    /* An empty directory: built-ins fill in everything. */
    CHECK_INT(hd_voices_load(dir, &v, &d), HD_OK);
    CHECK(hd_voices_count(v) >= 7);
    const vo_profile *n = vo_find(v, "narrator");
    CHECK(n != NULL);
    CHECK(n && strcmp(n->source, "built-in") == 0);
    /* Six shipped speaker profiles, then variants of them: every one distinct. */
    CHECK_INT(vo_speaker_profiles(v), 6);
    vo_profile got[18];
    for (size_t k = 0; k < 18; k++) {
        CHECK_INT(vo_auto_profile(v, k, &got[k]), HD_OK);
        char want[32];
        snprintf(want, sizeof want, "speaker-%zu", k + 1);
        CHECK_STR(got[k].name, want);
        for (size_t j = 0; j < k; j++)
            CHECKF(strcmp(got[j].espeak, got[k].espeak) != 0 || got[j].pitch != got[k].pitch,
                   "speaker-%zu sounds like speaker-%zu", k + 1, j + 1);
    }
    CHECK_STR(got[6].espeak, got[0].espeak);
    CHECK(strstr(got[6].source, "derived from speaker-1") != NULL);
    for (size_t k = 0; k < 18; k++) {
        CHECK(got[k].pitch >= 0 && got[k].pitch <= 99);
        vo_profile_clear(&got[k]);
    }
    /* Some male, some female: variants m and f among the six. */
    int male = 0, female = 0;
    for (size_t k = 1; k <= 6; k++) {
        char name[32];
        snprintf(name, sizeof name, "speaker-%zu", k);
        const char *plus = strchr(vo_find(v, name)->espeak, '+');
        male += plus && plus[1] == 'm';
        female += plus && plus[1] == 'f';
    }
    CHECK(male >= 2 && female >= 2);
    hd_voices_free(v);

    /* A profile in the directory overrides the built-in of that name. */
    snprintf(path, sizeof path, "%s/narrator.voice", dir);
    h_write_file(path, "espeak = en-us\nrate = 200\n");
    CHECK_INT(hd_voices_load(dir, &v, &d), HD_OK);
    n = vo_find(v, "narrator");
    CHECK(n && n->rate == 200 && strcmp(n->source, path) == 0);
    hd_voice_info info;
    CHECK_INT(hd_voices_get(v, 0, &info), HD_OK);
    CHECK_INT(hd_voices_get(v, hd_voices_count(v), &info), HD_ERR_ARG);
    hd_voices_free(v);

    /* A bad one is an error naming the file and line. */
    snprintf(path, sizeof path, "%s/speaker-1.voice", dir);
    h_write_file(path, "espeak = en\nvolume = 999\n");
    v = NULL;
    CHECK_INT(hd_voices_load(dir, &v, &d), HD_ERR_SETTINGS);
    CHECK(v == NULL);
    CHECK_STR(d.path, path);
    CHECK_INT(d.line, 2);

    CHECK_INT(hd_voices_load("/nonexistent/voices", &v, &d), HD_ERR_INPUT);
    h_rmtree(dir);
    free(dir);
}

static void test_casting_files(void)
{
    hd_casting *c = NULL;
    hd_diag d = {0};
    char *dir = h_tempdir(), path[4300];
    snprintf(path, sizeof path, "%s/cast.txt", dir);
    h_write_file(path, "# who = profile\nAna Ruiz = speaker-5\n\nSecretary General=speaker-2 # role\n");
    CHECK_INT(hd_casting_new(&c), HD_OK);
    CHECK_INT(hd_casting_load(c, path, &d), HD_OK);
    CHECK_INT(c->n, 2);
    if (c->n == 2) {
        CHECK_STR(c->v[0].who, "Ana Ruiz");
        CHECK_STR(c->v[1].who, "Secretary General");
        CHECK_STR(c->v[1].profile, "speaker-2");
    }
    h_write_file(path, "Ana Ruiz = speaker-5\nno profile here\n");
    CHECK_INT(hd_casting_load(c, path, &d), HD_ERR_SETTINGS);
    CHECK_INT(d.line, 2);
    CHECK_STR(d.path, path);
    CHECK_INT(hd_casting_add(c, "", "x"), HD_ERR_ARG);
    hd_casting_free(c);
    h_rmtree(dir);
    free(dir);
}

int main(void)
{
    test_parse();
    test_casting_files();
    test_load();
    return h_report("test_voices");
}

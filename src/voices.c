/* voices: voice profiles from voices/NAME.voice files (one `key = value` a line, `#`
 * comments) with the shipped ones compiled in as defaults, and casting. */
#include "voices.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "data.h"
#include "text.h"
#include "util.h"

#ifndef HD_DATADIR
#define HD_DATADIR "/usr/local/share/herald"
#endif

#define PROFILE_EXT ".voice"

void vo_profile_clear(vo_profile *p)
{
    if (!p)
        return;
    free(p->name);
    free(p->espeak);
    free(p->source);
    memset(p, 0, sizeof *p);
}

hd_status vo_profile_copy(const vo_profile *from, vo_profile *to)
{
    *to = *from;
    to->name = xstrdup(from->name);
    to->espeak = xstrdup(from->espeak);
    to->source = xstrdup(from->source);
    if (!to->name || !to->espeak || !to->source) {
        vo_profile_clear(to);
        return HD_ERR_NOMEM;
    }
    return HD_OK;
}

typedef struct key_range {
    const char *key;
    size_t offset;
    int min, max;
} key_range;

static const key_range numeric_keys[] = {
    {"rate", offsetof(vo_profile, rate), 80, 900},
    {"pitch", offsetof(vo_profile, pitch), 0, 99},
    {"range", offsetof(vo_profile, range), 0, 99},
    {"volume", offsetof(vo_profile, volume), 0, 200},
    {"wordgap", offsetof(vo_profile, wordgap), 0, 100},
};

static int valid_espeak_name(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
              *s == '-' || *s == '+' || *s == '_' || *s == '/'))
            return 0;
    return 1;
}

hd_status vo_parse(const char *text, size_t len, const char *name, const char *source,
                   vo_profile *out, hd_diag *diag)
{
    vo_profile p = {0};
    hd_status st = HD_OK;
    unsigned long line = 0;
    size_t i = 0;

    p.rate = 175;
    p.pitch = 50;
    p.range = 50;
    p.volume = 100;
    if (!(p.name = xstrdup(name)) || !(p.source = xstrdup(source))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    size_t a, b;
    while (conf_line(text, len, &i, &line, &a, &b, 1)) {
        size_t ka, ke, vs, ve;
        if (!conf_pair(text, a, b, '=', &ka, &ke, &vs, &ve)) {
            diag_set(diag, line, 1, "expected 'key = value'");
            st = HD_ERR_SETTINGS;
            goto out;
        }
        char key[32], value[128];
        if (ke - ka >= sizeof key || ve - vs >= sizeof value) {
            diag_set(diag, line, 1, "line too long");
            st = HD_ERR_SETTINGS;
            goto out;
        }
        memcpy(key, text + ka, ke - ka);
        key[ke - ka] = '\0';
        memcpy(value, text + vs, ve - vs);
        value[ve - vs] = '\0';
        if (strcmp(key, "espeak") == 0) {
            if (!valid_espeak_name(value)) {
                diag_set(diag, line, 1, "key 'espeak': '%s' is not an espeak-ng voice name", value);
                st = HD_ERR_SETTINGS;
                goto out;
            }
            free(p.espeak);
            if (!(p.espeak = xstrdup(value))) {
                st = HD_ERR_NOMEM;
                goto out;
            }
            continue;
        }
        const key_range *k = NULL;
        for (size_t j = 0; j < sizeof numeric_keys / sizeof *numeric_keys; j++)
            if (strcmp(key, numeric_keys[j].key) == 0)
                k = &numeric_keys[j];
        if (!k) {
            diag_set(diag, line, 1,
                     "unknown key '%s' (known: espeak, rate, pitch, range, volume, wordgap)", key);
            st = HD_ERR_SETTINGS;
            goto out;
        }
        char *end;
        errno = 0;
        long v = strtol(value, &end, 10);
        if (errno || end == value || *end || v < k->min || v > k->max) {
            diag_set(diag, line, 1, "key '%s': '%s' is not a whole number from %d to %d", key,
                     value, k->min, k->max);
            st = HD_ERR_SETTINGS;
            goto out;
        }
        *(int *)((char *)&p + k->offset) = (int)v;
    }
    if (!p.espeak) {
        diag_set(diag, line, 0, "key 'espeak' is missing");
        st = HD_ERR_SETTINGS;
        goto out;
    }
    *out = p;
    memset(&p, 0, sizeof p);
out:
    if (st != HD_OK)
        diag_set_path(diag, source);
    if (st == HD_ERR_NOMEM)
        diag_set(diag, 0, 0, "out of memory");
    vo_profile_clear(&p);
    return st;
}

const vo_profile *vo_find(const hd_voices *v, const char *name)
{
    long i;
    if (!hm_get(&v->names, name, strlen(name), &i))
        return NULL;
    if (strcmp(v->v[i].name, name) == 0)
        return &v->v[i];
    /* the index ignores case, profile names do not: names that differ only in case
     * are rare enough for a scan */
    for (size_t k = 0; k < v->n; k++)
        if (strcmp(v->v[k].name, name) == 0)
            return &v->v[k];
    return NULL;
}

static size_t count_speaker_profiles(const hd_voices *v)
{
    size_t count = 0;
    char name[32];
    for (;;) {
        snprintf(name, sizeof name, "speaker-%zu", count + 1);
        if (!vo_find(v, name))
            return count;
        count++;
    }
}

size_t vo_speaker_profiles(const hd_voices *v) { return v->speaker_profiles; }

hd_status vo_auto_profile(const hd_voices *v, size_t k, vo_profile *out)
{
    size_t count = vo_speaker_profiles(v);
    char name[32];
    if (count == 0)
        return HD_ERR_VOICE;
    snprintf(name, sizeof name, "speaker-%zu", k % count + 1);
    hd_status st = vo_profile_copy(vo_find(v, name), out);
    if (st != HD_OK || k < count)
        return st;
    /* A further round: the same voice, pitch moved by a step a listener hears. */
    size_t round = k / count;
    char derived[32], source[96];
    snprintf(derived, sizeof derived, "speaker-%zu", k + 1);
    snprintf(source, sizeof source, "derived from %s", name);
    int pitch = out->pitch + (round % 2 ? 18 : -18) * (int)((round + 1) / 2);
    while (pitch > 99)
        pitch -= 60;
    while (pitch < 0)
        pitch += 60;
    out->pitch = pitch;
    out->range = (out->range + 20 * (int)round) % 100;
    free(out->name);
    free(out->source);
    out->name = xstrdup(derived);
    out->source = xstrdup(source);
    if (!out->name || !out->source) {
        vo_profile_clear(out);
        return HD_ERR_NOMEM;
    }
    return HD_OK;
}

hd_status hd_casting_new(hd_casting **out)
{
    if (!out)
        return HD_ERR_ARG;
    *out = calloc(1, sizeof **out);
    return *out ? HD_OK : HD_ERR_NOMEM;
}

void hd_casting_free(hd_casting *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++) {
        free(c->v[i].who);
        free(c->v[i].profile);
    }
    free(c->v);
    free(c);
}

hd_status hd_casting_add(hd_casting *c, const char *who, const char *profile)
{
    if (!c || !who || !profile || !*who || !*profile)
        return HD_ERR_ARG;
    if (grow((void **)&c->v, &c->cap, c->n + 1, sizeof *c->v) != 0)
        return HD_ERR_NOMEM;
    char *w = xstrdup(who), *p = xstrdup(profile);
    if (!w || !p) {
        free(w);
        free(p);
        return HD_ERR_NOMEM;
    }
    c->v[c->n].who = w;
    c->v[c->n].profile = p;
    c->n++;
    return HD_OK;
}

hd_status vo_casting_parse(hd_casting *c, const char *text, size_t len, const char *source,
                           hd_diag *diag)
{
    size_t i = 0, a, b, we, ps, pe, wa;
    unsigned long line = 0;
    hd_status st = HD_OK;
    while (st == HD_OK && conf_line(text, len, &i, &line, &a, &b, 1)) {
        if (!conf_pair(text, a, b, '=', &wa, &we, &ps, &pe)) {
            diag_set_path(diag, source);
            diag_set(diag, line, 1, "expected 'speaker = profile'");
            return HD_ERR_SETTINGS;
        }
        char *who = xstrndup(text + wa, we - wa), *prof = xstrndup(text + ps, pe - ps);
        st = who && prof ? hd_casting_add(c, who, prof) : HD_ERR_NOMEM;
        free(who);
        free(prof);
    }
    return st;
}

hd_status hd_casting_load(hd_casting *c, const char *path, hd_diag *diag)
{
    char *text = NULL;
    size_t len = 0;
    hd_status st = txt_read_settings(path, &text, &len, diag);
    if (st == HD_OK)
        st = vo_casting_parse(c, text, len, path, diag);
    free(text);
    return st;
}

static hd_status add_profile(hd_voices *v, const char *text, size_t len, const char *name,
                             const char *source, hd_diag *diag)
{
    if (vo_find(v, name))
        return HD_OK;
    if (grow((void **)&v->v, &v->cap, v->n + 1, sizeof *v->v) != 0)
        return HD_ERR_NOMEM;
    hd_status st = vo_parse(text, len, name, source, &v->v[v->n], diag);
    if (st != HD_OK)
        return st;
    if (hm_put(&v->names, name, strlen(name), (long)v->n, HM_FIRST) != 0) {
        vo_profile_clear(&v->v[v->n]);
        return HD_ERR_NOMEM;
    }
    v->n++;
    return HD_OK;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads dir/name into *text, replacing *path and *text (freed first); a failure names
 * the file in diag. */
static hd_status read_in(const char *dir, const char *name, char **path, char **text,
                         size_t *len, hd_diag *diag)
{
    free(*path);
    free(*text);
    *text = NULL;
    if (!(*path = path_join(dir, name)))
        return HD_ERR_NOMEM;
    return txt_read_settings(*path, text, len, diag);
}

static hd_status load_dir(hd_voices *v, const char *dir, hd_diag *diag)
{
    DIR *dp = NULL;
    char **names = NULL;
    size_t n = 0, cap = 0;
    char *path = NULL, *text = NULL;
    hd_status st = HD_OK;

    if (!(dp = opendir(dir))) {
        diag_set_path(diag, dir);
        diag_set(diag, 0, 0, "cannot read voice directory: %s", strerror(errno));
        st = HD_ERR_INPUT;
        goto out;
    }
    struct dirent *e;
    while ((e = readdir(dp))) {
        size_t l = strlen(e->d_name), x = strlen(PROFILE_EXT);
        if (l <= x || strcmp(e->d_name + l - x, PROFILE_EXT) != 0 || e->d_name[0] == '.')
            continue;
        if (grow((void **)&names, &cap, n + 1, sizeof *names) != 0 ||
            !(names[n] = xstrdup(e->d_name))) {
            st = HD_ERR_NOMEM;
            goto out;
        }
        n++;
    }
    if (n)
        qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; i < n; i++) {
        size_t len;
        if ((st = read_in(dir, names[i], &path, &text, &len, diag)) != HD_OK)
            goto out;
        names[i][strlen(names[i]) - strlen(PROFILE_EXT)] = '\0';
        if ((st = add_profile(v, text, len, names[i], path, diag)) != HD_OK)
            goto out;
    }
    size_t len;
    free(path);
    if (!(path = path_join(dir, "lexicon.txt"))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    if (access(path, F_OK) == 0 &&
        ((st = read_in(dir, "lexicon.txt", &path, &text, &len, diag)) != HD_OK ||
         (st = sp_lexicon_parse(&v->lexicon, text, len, path, diag)) != HD_OK))
        goto out;
out:
    if (dp)
        closedir(dp);
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    free(path);
    free(text);
    return st;
}

static int is_dir(const char *p)
{
    struct stat sbuf;
    return p && *p && stat(p, &sbuf) == 0 && S_ISDIR(sbuf.st_mode);
}

/* ./voices is taken from the working directory only when it is the user's own (or
 * root's) and nobody else may write to it: a directory someone else planted must not
 * change what herald says. */
static int trusted_dir(const char *p)
{
    struct stat sbuf;
    return is_dir(p) && stat(p, &sbuf) == 0 && (sbuf.st_uid == getuid() || sbuf.st_uid == 0) &&
           !(sbuf.st_mode & (S_IWGRP | S_IWOTH));
}

hd_status hd_voices_load(const char *dir, hd_voices **out, hd_diag *diag)
{
    hd_voices *v = NULL;
    hd_status st = HD_OK;

    if (!out)
        return HD_ERR_ARG;
    *out = NULL;
    if (!(v = calloc(1, sizeof *v))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    const char *found = dir;
    if (!found) {
        const char *env = getenv("HERALD_VOICES");
        const char *candidates[] = {env, "voices", HD_DATADIR "/voices"};
        for (size_t i = 0; i < 3 && !found; i++)
            if (i == 1 ? trusted_dir(candidates[i]) : is_dir(candidates[i]))
                found = candidates[i];
    }
    if (found && !(v->dir = xstrdup(found))) {
        st = HD_ERR_NOMEM;
        goto out;
    }
    const data_file *lex = data_get("voices/lexicon.txt");
    if (lex && (st = sp_lexicon_parse(&v->lexicon, lex->bytes, lex->len, "built-in", diag)) != HD_OK)
        goto out;
    if (found && (st = load_dir(v, found, diag)) != HD_OK)
        goto out;
    for (const data_file *f = data_files; f->name; f++) {
        size_t l = strlen(f->name);
        if (strncmp(f->name, "voices/", 7) != 0 || l <= 7 + strlen(PROFILE_EXT) ||
            strcmp(f->name + l - strlen(PROFILE_EXT), PROFILE_EXT) != 0)
            continue;
        char name[64];
        snprintf(name, sizeof name, "%.*s", (int)(l - 7 - strlen(PROFILE_EXT)), f->name + 7);
        if ((st = add_profile(v, f->bytes, f->len, name, "built-in", diag)) != HD_OK)
            goto out;
    }
    v->speaker_profiles = count_speaker_profiles(v);
    *out = v;
    v = NULL;
out:
    if (st == HD_ERR_NOMEM)
        diag_set(diag, 0, 0, "out of memory");
    hd_voices_free(v);
    return st;
}

void hd_voices_free(hd_voices *v)
{
    if (!v)
        return;
    for (size_t i = 0; i < v->n; i++)
        vo_profile_clear(&v->v[i]);
    free(v->v);
    free(v->dir);
    hm_free(&v->names);
    sp_lexicon_clear(&v->lexicon);
    free(v);
}

hd_status hd_voices_add_lexicon(hd_voices *v, const char *path, hd_diag *diag)
{
    char *text = NULL;
    size_t len = 0;
    if (!v || !path)
        return HD_ERR_ARG;
    hd_status st = txt_read_settings(path, &text, &len, diag);
    if (st != HD_OK)
        return st;
    st = sp_lexicon_parse(&v->lexicon, text, len, path, diag);
    free(text);
    return st;
}

size_t hd_voices_count(const hd_voices *v) { return v ? v->n : 0; }

const char *hd_voices_dir(const hd_voices *v) { return v ? v->dir : NULL; }

hd_status hd_voices_get(const hd_voices *v, size_t i, hd_voice_info *out)
{
    if (!v || !out || i >= v->n)
        return HD_ERR_ARG;
    const vo_profile *p = &v->v[i];
    hd_voice_info info = {p->name, p->espeak, p->rate, p->pitch,
                          p->range, p->volume, p->wordgap, p->source};
    *out = info;
    return HD_OK;
}

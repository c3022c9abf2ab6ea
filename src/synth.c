/* synth: espeak-ng in synchronous mode. Each utterance is one espeak_ng_Synthesize
 * call without espeakENDPAUSE, so the only silences are the ones herald inserts; the
 * text it is given passes the guard in syn_text first. */
#define _DEFAULT_SOURCE
#include "synth.h"

#include <ctype.h>
#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cache.h"
#include "dynlib.h"
#include "speech.h"
#include "text.h"
#include "ucache.h"
#include "data.h"
#include "util.h"

/* libespeak-ng is loaded the first time herald needs the synthesiser itself, not at
 * start: it brings PulseAudio, ALSA, D-Bus and more with it (for audio output herald
 * never uses), about 16 ms of page faults, more than planning a statement. A render
 * whose files are up to date, `herald plan` and `herald segment` never load it. Each
 * function is called through es, declared with the type of the header's. */
#define ESPEAK_FUNCTIONS(X)                                                                        \
    X(espeak_Info)                                                                                 \
    X(espeak_ListVoices)                                                                           \
    X(espeak_SetSynthCallback)                                                                     \
    X(espeak_ng_InitializePath)                                                                    \
    X(espeak_ng_Initialize)                                                                        \
    X(espeak_ng_InitializeOutput)                                                                  \
    X(espeak_ng_GetSampleRate)                                                                     \
    X(espeak_ng_GetStatusCodeMessage)                                                              \
    X(espeak_ng_ClearErrorContext)                                                                 \
    X(espeak_ng_Terminate)                                                                         \
    X(espeak_ng_SetVoiceByName)                                                                    \
    X(espeak_ng_SetParameter)                                                                      \
    X(espeak_ng_Synthesize)
#define ES_SLOT(f) __typeof__(f) *f;
static struct {
    ESPEAK_FUNCTIONS(ES_SLOT)
} es;
static int lib_state; /* 0 not tried, 1 loaded, -1 failed (lib_why says why) */
static char lib_why[300];
/* lib_state and the loader below, for any thread */
static pthread_mutex_t lib_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_t loader;
static int loader_running; /* 1: started, not joined; 2: a thread is joining it */
static pthread_cond_t loader_joined = PTHREAD_COND_INITIALIZER;

static int lib_open(void)
{
    pthread_mutex_lock(&lib_lock);
    if (lib_state == 0) {
#define ES_SYMBOL(f) {#f, (void **)&es.f},
        static const dl_symbol syms[] = {ESPEAK_FUNCTIONS(ES_SYMBOL)};
        lib_state = dl_bind(HD_ESPEAK_SONAME, syms, sizeof syms / sizeof *syms, lib_why, sizeof lib_why) ? 1 : -1;
    }
    int state = lib_state;
    pthread_mutex_unlock(&lib_lock);
    return state;
}

/* What the loader resolves once the library is loaded, for a stream: the espeak-ng
 * voices of its profiles (each once), and where resolutions are kept. Set before the
 * thread starts, freed by it. */
static char **ahead;
static size_t nahead;
static char *ahead_cache;
/* the loader's thread: it must not wait for itself */
static _Thread_local int on_loader;

static hd_status resolve_cached(const char *spec, char *id, size_t idlen, int *from_disk, hd_diag *diag);

static void forget_ahead(void)
{
    for (size_t i = 0; i < nahead; i++)
        free(ahead[i]);
    free(ahead);
    free(ahead_cache);
    ahead = NULL;
    ahead_cache = NULL;
    nahead = 0;
}

static void *loader_main(void *unused)
{
    (void)unused;
    on_loader = 1;
    /* a listing (some 15 ms) while the caller plans, once for every worker it forks:
     * each would list on its own otherwise (a voice that is not there is left to the
     * one that needs it, which says so) */
    if (lib_open() > 0 && nahead) {
        syn_set_cache(ahead_cache);
        for (size_t i = 0; i < nahead; i++) {
            char id[160];
            int from_disk;
            (void)resolve_cached(ahead[i], id, sizeof id, &from_disk, NULL);
        }
    }
    forget_ahead();
    return NULL;
}

void syn_load_ahead(void) { syn_load_ahead_voices(NULL, NULL); }

void syn_load_ahead_voices(const hd_voices *voices, const char *cache_dir)
{
    pthread_mutex_lock(&lib_lock);
    if (lib_state == 0 && !loader_running) {
        /* the profiles' voices, each once (none when out of memory: the workers
         * resolve them) */
        size_t n = voices ? voices->n : 0;
        if (n && (ahead = calloc(n, sizeof *ahead)) && (ahead_cache = strdup(cache_dir ? cache_dir : ""))) {
            for (size_t i = 0; i < n; i++) {
                const char *e = voices->v[i].espeak;
                int seen = !e;
                for (size_t k = 0; k < nahead && !seen; k++)
                    seen = strcmp(ahead[k], e) == 0;
                if (!seen && (ahead[nahead] = strdup(e)))
                    nahead++;
            }
        }
        if (pthread_create(&loader, NULL, loader_main, NULL) == 0) {
            loader_running = 1;
        } else {
            forget_ahead();
        }
    }
    pthread_mutex_unlock(&lib_lock);
}

void syn_load_wait(void)
{
    pthread_mutex_lock(&lib_lock);
    /* one thread joins; any other waits until the loader is gone, so that no caller
     * returns (and forks) while it still runs */
    while (loader_running == 2)
        pthread_cond_wait(&loader_joined, &lib_lock);
    if (loader_running == 1) {
        pthread_t t = loader;
        loader_running = 2;
        pthread_mutex_unlock(&lib_lock);
        pthread_join(t, NULL);
        pthread_mutex_lock(&lib_lock);
        loader_running = 0;
        pthread_cond_broadcast(&loader_joined);
    }
    pthread_mutex_unlock(&lib_lock);
}

static int lib_ready(hd_diag *diag)
{
    if (!on_loader)
        syn_load_wait();
    int state = lib_open();
    if (state < 0)
        diag_set(diag, 0, 0, "espeak-ng cannot start: %s", lib_why);
    return state > 0;
}

hd_status syn_load(hd_diag *diag) { return lib_ready(diag) ? HD_OK : HD_ERR_SYNTH; }

static int opened, path_set;
static int sample_rate;
static char current_voice[160];

/* espeak_ListVoices reads every voice file from disk, so what a spec resolves to is
 * remembered for the life of the synthesiser. */
typedef struct resolved {
    char spec[96];
    char id[160];
    int from_disk; /* taken from the cache kept between runs, not checked yet */
} resolved;
static resolved cache[48];
static size_t cached;

typedef struct speak_ctx {
    syn_pcm_fn fn;
    syn_word_fn word;
    void *user;
    int stopped;
    /* where the part being spoken starts in the utterance: characters of its text
     * before it, samples of its audio before it */
    size_t base_pos, base_sample, part_samples;
} speak_ctx;

/* The utterance being spoken: one synthesiser per process, so one at a time. */
static speak_ctx *active;

static int on_audio(short *wav, int n, espeak_EVENT *events)
{
    speak_ctx *c = active;
    /* words: where each starts in the text (characters, from 1) and in the audio
     * (samples from the start of this call) */
    for (espeak_EVENT *e = events; c && c->word && e && e->type != espeakEVENT_LIST_TERMINATED; e++)
        if (e->type == espeakEVENT_WORD && e->text_position > 0 && e->sample >= 0)
            c->word(c->user, c->base_pos + (size_t)e->text_position, c->base_sample + (size_t)e->sample);
    if (!c || !wav || n <= 0)
        return 0;
    c->part_samples += (size_t)n;
    if (c->fn(c->user, wav, (size_t)n) != 0) {
        c->stopped = 1;
        return 1;
    }
    return 0;
}

/* Where espeak-ng's data is: enough to list voices, and starts no thread. 0 when
 * libespeak-ng cannot be loaded (diag says why). */
static int init_path(hd_diag *diag)
{
    if (!lib_ready(diag))
        return 0;
    if (!path_set)
        es.espeak_ng_InitializePath(NULL);
    path_set = 1;
    return 1;
}

/* The cache directory for what is kept between runs, or "" for none. */
static char cache_dir[4096];

void syn_set_cache(const char *dir)
{
    snprintf(cache_dir, sizeof cache_dir, "%s", dir ? dir : "");
}

/* espeak-ng's version and the data folder it reads, as espeak_Info gives them. They
 * are kept between runs under a key of everything espeak-ng and the loader choose them
 * by: the library built against, the loader's cache and each LD_LIBRARY_PATH folder's
 * copy (size, time and inode: an upgrade or a new copy changes them), and the places
 * espeak-ng looks for its data, as they are now ($ESPEAK_DATA_PATH/espeak-ng-data,
 * $ESPEAK_DATA_PATH, ~/espeak-ng-data). So a run that synthesises nothing learns them
 * without loading libespeak-ng. "?" when it cannot be loaded. */
static char info_version[64], info_path[1024];
/* Filled once, under this lock: hd_espeak_version may be called on any thread, also
 * while another renders. */
static pthread_mutex_t info_lock = PTHREAD_MUTEX_INITIALIZER;

/* Adds to b what a file or folder is now ("-" when it is not there): its kind, size,
 * time of change and inode, so that replacing it changes the key. */
static void stat_key(sb *b, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        sb_puts(b, " -");
    else
        sb_printf(b, " %c%lld.%lld.%09ld.%llu", S_ISDIR(st.st_mode) ? 'd' : 'f', (long long)st.st_size,
                  (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec, (unsigned long long)st.st_ino);
}

/* Adds "; <what>dir/leaf" (dir dn bytes) and what that file or folder is now. */
static void path_key(sb *b, const char *what, const char *dir, size_t dn, const char *leaf)
{
    char path[4096];
    int n = snprintf(path, sizeof path, "%.*s/%s", (int)dn, dir, leaf);
    sb_printf(b, "; %s%s", what, path);
    if (n > 0 && (size_t)n < sizeof path)
        stat_key(b, path);
    else
        sb_puts(b, " ?");
}

static void engine_info(const char **version, const char **path)
{
    pthread_mutex_lock(&info_lock);
    if (!info_version[0]) {
        char value[sizeof info_version + sizeof info_path + 2];
        const char *data = getenv("ESPEAK_DATA_PATH"), *libs = getenv("LD_LIBRARY_PATH"),
                   *home = getenv("HOME");
        /* what the loader would open for the soname: the library searched for along
         * LD_LIBRARY_PATH, the loader's cache, the one built against */
        sb kb = {0};
        sb_printf(&kb, "espeak-info v2 %s", HD_ESPEAK_FILE);
        stat_key(&kb, HD_ESPEAK_FILE);
        stat_key(&kb, "/etc/ld.so.cache");
        for (const char *d = libs; d && *d;) {
            size_t n = strcspn(d, ":");
            path_key(&kb, "lib ", d, n, HD_ESPEAK_SONAME);
            d += n + (d[n] == ':');
        }
        /* and where espeak-ng looks for its data: $ESPEAK_DATA_PATH/espeak-ng-data,
         * $ESPEAK_DATA_PATH (each only if a folder; relative to here), then
         * ~/espeak-ng-data, then its own */
        if (data) {
            char cwd[1024];
            sb_printf(&kb, "; data %s in %s", data, data[0] != '/' && getcwd(cwd, sizeof cwd) ? cwd : "");
            path_key(&kb, "", data, strlen(data), "espeak-ng-data");
            stat_key(&kb, data);
        }
        if (home)
            path_key(&kb, "home ", home, strlen(home), "espeak-ng-data");
        const char *key = cache_dir[0] && !kb.oom && kb.s ? kb.s : "";
        char *tab;
        if (key[0] && cache_get(cache_dir, "espeak", key, value, sizeof value) && (tab = strchr(value, '\t')) &&
            tab > value && (size_t)(tab - value) < sizeof info_version && strlen(tab + 1) < sizeof info_path) {
            snprintf(info_version, sizeof info_version, "%.*s", (int)(tab - value), value);
            snprintf(info_path, sizeof info_path, "%s", tab + 1);
        } else if (init_path(NULL)) {
            const char *p = NULL, *v = es.espeak_Info(&p);
            snprintf(info_version, sizeof info_version, "%s", v && *v ? v : "?");
            snprintf(info_path, sizeof info_path, "%s", p && *p ? p : "?");
            if (key[0] && !strchr(info_version, '\t') && !strchr(info_path, '\n')) {
                snprintf(value, sizeof value, "%s\t%s", info_version, info_path);
                cache_put(cache_dir, "espeak", key, value);
            }
        } else {
            snprintf(info_version, sizeof info_version, "?");
            snprintf(info_path, sizeof info_path, "?");
        }
        sb_free(&kb);
    }
    pthread_mutex_unlock(&info_lock);
    *version = info_version;
    *path = info_path;
}

/* Adds to *sum a hash of every file under the directory fd: its path, size and time of
 * change (a sum, so the order a directory lists them in does not matter). Package
 * files keep the archive's times, so machines with the same packages agree; a file
 * edited in place changes it. Folders count only through their files (their own times
 * are when they were installed). About 500 stats, once per process. */
static void hash_tree(int fd, const char *rel, unsigned long long *sum, int depth)
{
    DIR *d = fdopendir(fd);
    if (!d) {
        close(fd);
        return;
    }
    struct dirent *de;
    while ((de = readdir(d))) {
        struct stat st;
        if (de->d_name[0] == '.' || fstatat(dirfd(d), de->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        char line[512];
        int n = snprintf(line, sizeof line, "%s/%s", rel, de->d_name);
        if (S_ISDIR(st.st_mode)) {
            int sub = depth < 4 ? openat(dirfd(d), de->d_name, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
            if (sub >= 0 && n > 0 && (size_t)n < sizeof line)
                hash_tree(sub, line, sum, depth + 1);
            else if (sub >= 0)
                close(sub);
            continue;
        }
        n = snprintf(line, sizeof line, "%s/%s %lld %lld.%09ld\n", rel, de->d_name, (long long)st.st_size,
                     (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
        if (n > 0) {
            uc_hash h;
            uc_hash_init(&h, 3);
            uc_hash_add(&h, line, (size_t)n < sizeof line ? (size_t)n : sizeof line);
            *sum += uc_hash_end(&h);
        }
    }
    closedir(d);
}

const char *syn_identity(void)
{
    static char id[1024];
    if (!id[0]) {
        const char *path, *version;
        engine_info(&version, &path);
        unsigned long long sum = 0;
        int fd = strcmp(path, "?") != 0 ? open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
        if (fd >= 0)
            hash_tree(fd, ".", &sum, 0);
        snprintf(id, sizeof id, "espeak-ng %s; data %s (%016llx); %d Hz", version, path, sum, SYN_RATE);
    }
    return id;
}

hd_status syn_open(int *rate, hd_diag *diag)
{
    if (!opened) {
        espeak_ng_ERROR_CONTEXT ctx = NULL;
        if (!init_path(diag))
            return HD_ERR_SYNTH;
        espeak_ng_STATUS s = es.espeak_ng_Initialize(&ctx);
        if (s != ENS_OK) {
            char msg[256];
            es.espeak_ng_GetStatusCodeMessage(s, msg, sizeof msg);
            es.espeak_ng_ClearErrorContext(&ctx);
            diag_set(diag, 0, 0, "espeak-ng cannot start: %s", msg);
            return HD_ERR_SYNTH;
        }
        if ((s = es.espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, NULL)) != ENS_OK) {
            diag_set(diag, 0, 0, "espeak-ng cannot set up synchronous output");
            return HD_ERR_SYNTH;
        }
        es.espeak_SetSynthCallback(on_audio);
        sample_rate = es.espeak_ng_GetSampleRate();
        opened = 1;
    }
    if (rate)
        *rate = sample_rate;
    return HD_OK;
}

static void forget_listings(void);

void syn_close(void)
{
    syn_load_wait();
    if (opened)
        es.espeak_ng_Terminate();
    opened = 0;
    path_set = 0;
    current_voice[0] = '\0';
    cached = 0;
    forget_listings();
}

/* espeak-ng's languages field: (priority byte, name, NUL) repeated, then a NUL. The
 * priority of `lang` in it (lower is a better match), or -1. */
static int language_priority(const char *langs, const char *lang, size_t n)
{
    const char *p = langs;
    while (p && *p) {
        const char *name = p + 1;
        if (strlen(name) == n && strncasecmp(name, lang, n) == 0)
            return (unsigned char)p[0];
        p = name + strlen(name) + 1;
    }
    return -1;
}

/* espeak-ng's voices as one listing gave them. espeak_ListVoices reads every voice
 * file (about 100, some 6 ms here) each time it is called: a process lists them once,
 * keeps what resolving reads, and the processes it forks inherit it. */
typedef struct listed {
    char *id, *name, *langs;
} listed;
static struct listing {
    listed *v;
    size_t n;
    int state; /* 0 not listed, 1 listed, -1 out of memory */
} voices_listed;
static unsigned listings;

unsigned syn_listings(void) { return listings; }

static void listing_free(struct listing *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].id);
        free(l->v[i].name);
        free(l->v[i].langs);
    }
    free(l->v);
    memset(l, 0, sizeof *l);
}

static void forget_listings(void)
{
    listing_free(&voices_listed);
}

/* The listing of espeak-ng's voices, made the first time; NULL when out of memory.
 * After init_path. */
static const struct listing *listing(void)
{
    struct listing *l = &voices_listed;
    if (l->state)
        return l->state > 0 ? l : NULL;
    const espeak_VOICE **all = es.espeak_ListVoices(NULL);
    listings++;
    size_t n = 0;
    while (all && all[n])
        n++;
    l->state = -1;
    if (n && !(l->v = calloc(n, sizeof *l->v)))
        return NULL;
    for (size_t i = 0; i < n; i++, l->n++) {
        const char *p = all[i]->languages;
        size_t len = 1;
        while (p && p[len - 1])
            len += strlen(p + len) + 2; /* priority byte, name, NUL */
        listed *e = &l->v[i];
        if (!(e->id = strdup(all[i]->identifier ? all[i]->identifier : "")) ||
            !(e->name = strdup(all[i]->name ? all[i]->name : "")) || !(e->langs = malloc(len))) {
            l->n++;
            listing_free(l);
            l->state = -1;
            return NULL;
        }
        if (p)
            memcpy(e->langs, p, len);
        else
            e->langs[0] = '\0';
    }
    l->state = 1;
    return l;
}

/* Turns "en-gb+m3" into the identifier espeak-ng selects by ("gmw/en+m3"); espeak-ng
 * itself accepts a variant only after a voice identifier, not after a language. */
static hd_status resolve(const char *spec, char *id, size_t idlen, hd_diag *diag)
{
    const char *plus = strchr(spec, '+');
    size_t n = plus ? (size_t)(plus - spec) : strlen(spec);
    if (!init_path(diag))
        return HD_ERR_SYNTH;
    const struct listing *all = listing();
    if (!all)
        return HD_ERR_NOMEM;
    const listed *hit = NULL;
    for (size_t i = 0; i < all->n && !hit; i++)
        if ((strlen(all->v[i].id) == n && strncasecmp(all->v[i].id, spec, n) == 0) ||
            (strlen(all->v[i].name) == n && strncasecmp(all->v[i].name, spec, n) == 0))
            hit = &all->v[i];
    int best = 256;
    for (size_t i = 0; i < all->n && !(hit && best == 256); i++) {
        int pr = language_priority(all->v[i].langs, spec, n);
        if (pr >= 0 && pr < best) {
            best = pr;
            hit = &all->v[i];
        }
    }
    if (!hit) {
        diag_set(diag, 0, 0, "espeak-ng voice '%.*s' is not installed (espeak-ng --voices lists them)",
                 (int)n, spec);
        return HD_ERR_VOICE;
    }
    snprintf(id, idlen, "%s", hit->id);
    if (plus) {
        /* espeak-ng loads a variant from its voices/!v folder by name (the folder its
         * variant listing reads, file by file, some 6 ms): the file must be there */
        const char *data = NULL, *name = plus + 1;
        (void)es.espeak_Info(&data);
        char path[4096];
        struct stat st;
        int n2 = data ? snprintf(path, sizeof path, "%s/voices/!v/%s", data, name) : -1;
        if (!*name || strchr(name, '/') || name[0] == '.' || n2 < 0 || (size_t)n2 >= sizeof path ||
            stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
            diag_set(diag, 0, 0, "espeak-ng variant '%s' is not installed (espeak-ng --voices=variant lists them)",
                     name);
            return HD_ERR_VOICE;
        }
    }
    if (plus && strlen(id) + strlen(plus) < idlen)
        strcat(id, plus);
    return HD_OK;
}

/* The key of a resolution: it holds while espeak-ng and its data stay the same. */
static void resolution_key(const char *spec, char *key, size_t n)
{
    const char *path, *version;
    engine_info(&version, &path);
    snprintf(key, n, "espeak-voice v1 %s %s %s", version, path, spec);
}

/* `from_disk` says the answer came from the cache kept between runs (it may be stale:
 * a voice removed since). */
static hd_status resolve_cached(const char *spec, char *id, size_t idlen, int *from_disk,
                                hd_diag *diag)
{
    char key[600];
    *from_disk = 0;
    for (size_t i = 0; i < cached; i++)
        if (strcmp(cache[i].spec, spec) == 0) {
            snprintf(id, idlen, "%s", cache[i].id);
            *from_disk = cache[i].from_disk;
            return HD_OK;
        }
    resolution_key(spec, key, sizeof key);
    hd_status st = HD_OK;
    if (cache_get(cache_dir, "voice", key, id, idlen)) {
        *from_disk = 1;
    } else if ((st = resolve(spec, id, idlen, diag)) == HD_OK) {
        cache_put(cache_dir, "voice", key, id);
    }
    if (st == HD_OK && cached < sizeof cache / sizeof *cache && strlen(spec) < sizeof cache[0].spec) {
        snprintf(cache[cached].spec, sizeof cache[cached].spec, "%s", spec);
        snprintf(cache[cached].id, sizeof cache[cached].id, "%s", id);
        cache[cached].from_disk = *from_disk;
        cached++;
    }
    return st;
}

hd_status syn_resolve(const vo_profile *v, char *id, size_t n, hd_diag *diag)
{
    int from_disk;
    hd_status st = resolve_cached(v->espeak, id, n, &from_disk, diag);
    if (st != HD_OK)
        diag_set_path(diag, v->source);
    return st;
}

hd_status syn_check(const vo_profile *v, hd_diag *diag)
{
    char id[160];
    int from_disk;
    hd_status st = resolve_cached(v->espeak, id, sizeof id, &from_disk, diag);
    if (st != HD_OK)
        diag_set_path(diag, v->source);
    return st;
}

static hd_status set_voice(const vo_profile *v, int rate, hd_diag *diag)
{
    char id[160];
    int from_disk;
    hd_status st = resolve_cached(v->espeak, id, sizeof id, &from_disk, diag);
    if (st != HD_OK)
        return st;
    if (strcmp(id, current_voice) != 0) {
        espeak_ng_STATUS vs = es.espeak_ng_SetVoiceByName(id);
        if (vs != ENS_OK && from_disk) {
            /* a resolution kept from an earlier run that no longer holds: afresh */
            char key[600];
            if ((st = resolve(v->espeak, id, sizeof id, diag)) != HD_OK)
                return st;
            resolution_key(v->espeak, key, sizeof key);
            cache_put(cache_dir, "voice", key, id);
            for (size_t i = 0; i < cached; i++)
                if (strcmp(cache[i].spec, v->espeak) == 0) {
                    snprintf(cache[i].id, sizeof cache[i].id, "%s", id);
                    cache[i].from_disk = 0;
                }
            vs = es.espeak_ng_SetVoiceByName(id);
        }
        else if (vs == ENS_OK && from_disk)
            for (size_t i = 0; i < cached; i++)
                if (strcmp(cache[i].spec, v->espeak) == 0)
                    cache[i].from_disk = 0; /* it held */
        if (vs != ENS_OK) {
            diag_set(diag, 0, 0, "espeak-ng cannot load voice '%s' (as '%s')", v->espeak, id);
            return HD_ERR_VOICE;
        }
        snprintf(current_voice, sizeof current_voice, "%s", id);
    }
    /* Setting the voice resets the parameters, so they are set every time. */
    if (es.espeak_ng_SetParameter(espeakRATE, rate, 0) != ENS_OK ||
        es.espeak_ng_SetParameter(espeakPITCH, v->pitch, 0) != ENS_OK ||
        es.espeak_ng_SetParameter(espeakRANGE, v->range, 0) != ENS_OK ||
        es.espeak_ng_SetParameter(espeakVOLUME, v->volume, 0) != ENS_OK ||
        es.espeak_ng_SetParameter(espeakWORDGAP, v->wordgap, 0) != ENS_OK) {
        diag_set(diag, 0, 0, "espeak-ng rejected the parameters of voice '%s'", v->name);
        return HD_ERR_SYNTH;
    }
    return HD_OK;
}

hd_status syn_preload(const vo_profile *v, hd_diag *diag)
{
    if (!opened) {
        diag_set(diag, 0, 0, "espeak-ng is not started");
        return HD_ERR_SYNTH;
    }
    return set_voice(v, v->rate, diag);
}

/* Why each rule, from espeak-ng 1.51's source and reproductions: "[[" (and "[" then
 * U+0002) switches to phoneme input and control characters are embedded commands
 * (U+0001 + "B" at the end of the text reads past it); U+0530, U+0557 and the private
 * use area are its internal markers; a run of more than about 80 "x." pairs overflows
 * a 160-byte word buffer; 200 digits or 300 words without a break read past arrays. */
enum { DOT_PAIRS_MAX = 20, DIGITS_MAX = 50, WORDS_MAX = 200 };

static int internal_marker(int32_t c)
{
    return c == 0x0530 || c == 0x0557 || (c >= 0xE000 && c <= 0xF8FF);
}

char *syn_text(const char *speech)
{
    sb o = {0};
    size_t n = strlen(speech), pairs = 0, digits = 0, words = 0;
    int prev_alnum = 0, in_span = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)speech[i];
        if (c == SP_PHONEMES_OPEN) {
            const char *close = memchr(speech + i + 1, SP_PHONEMES_CLOSE, n - i - 1);
            size_t k = close ? (size_t)(close - speech) : n;
            if (close && sp_phonemes_ok(speech + i + 1, k - i - 1)) {
                sb_puts(&o, "[[");
                sb_putn(&o, speech + i + 1, k - i - 1);
                sb_puts(&o, "]]");
            }
            i = k + 1;
            pairs = digits = 0;
            continue;
        }
        if (c == '[' || c == ']') {
            i++;
            continue;
        }
        if (c == SP_SPAN_OPEN && !in_span) {
            /* a passage in another language: its frame stays, for syn_speak */
            size_t k = i + 1;
            while (k < n && (isalnum((unsigned char)speech[k]) || speech[k] == '-'))
                k++;
            if (k < n && speech[k] == SP_SPAN_TEXT && k - i - 1 >= 1 && k - i - 1 <= SP_SPAN_CODE_MAX) {
                while (o.len && o.s[o.len - 1] == ' ')
                    o.len--;
                if (o.len)
                    sb_putc(&o, ' ');
                sb_putn(&o, speech + i, k + 1 - i);
                in_span = 1;
                i = k + 1;
                pairs = digits = words = 0;
                prev_alnum = 0;
                continue;
            }
        }
        if (c == SP_SPAN_CLOSE && in_span) {
            while (o.len && o.s[o.len - 1] == ' ')
                o.len--;
            sb_putc(&o, SP_SPAN_CLOSE);
            in_span = 0;
            i++;
            pairs = digits = words = 0;
            prev_alnum = 0;
            if (i < n && speech[i] != ' ' && !strchr(".,;:!?", speech[i]))
                sb_putc(&o, ' ');
            continue;
        }
        if (c < 0x20 || c == 0x7F) {
            if (o.len && o.s[o.len - 1] != ' ')
                sb_putc(&o, ' ');
            i++;
            pairs = digits = 0;
            continue;
        }
        size_t at = i;
        int32_t cp = c;
        if (c >= 0x80) {
            cp = txt_next(speech, n, &i);
            if (internal_marker(cp))
                continue;
        } else {
            i++;
        }
        /* breaks espeak-ng's buffers could not take: a space in a long "a.b.c." run or
         * digit run, a comma after many words without one. espeak-ng splits words at
         * any mark, so a word ends wherever a letter or digit is followed by anything
         * else ("a-a-a" is three). */
        int alnum = cp >= 0x80 || isalnum(c);
        if (!alnum && prev_alnum && ++words >= WORDS_MAX) {
            while (o.len && o.s[o.len - 1] == ' ')
                o.len--;
            sb_puts(&o, ", ");
            words = 0;
        }
        if (c == ' ')
            pairs = digits = 0;
        else if (c == '.' || c == ';' || c == ':' || c == '!' || c == '?' ||
                 (c == ',' && i < n && speech[i] == ' '))
            words = 0;
        prev_alnum = alnum;
        if (c == '.' && at > 0 && speech[at - 1] != '.' && speech[at - 1] != ' ') {
            if (++pairs > DOT_PAIRS_MAX) {
                sb_putn(&o, speech + at, i - at);
                sb_putc(&o, ' ');
                pairs = 0;
                continue;
            }
        }
        if (c >= '0' && c <= '9') {
            if (++digits > DIGITS_MAX) {
                sb_putc(&o, ' ');
                digits = 1;
            }
        } else {
            digits = 0;
        }
        sb_putn(&o, speech + at, i - at);
    }
    if (in_span)
        sb_putc(&o, SP_SPAN_CLOSE);
    /* upstream 1.51 reads past a text that ends in exactly two stops */
    if (o.len >= 2 && o.s[o.len - 1] == '.' && o.s[o.len - 2] == '.' &&
        !(o.len >= 3 && o.s[o.len - 3] == '.'))
        o.len--;
    if (o.s)
        o.s[o.len] = '\0';
    if (o.oom) {
        sb_free(&o);
        return NULL;
    }
    return sb_take(&o);
}

hd_status syn_speak(const vo_profile *v, int rate, const char *speech, syn_pcm_fn fn, void *user,
                    hd_diag *diag)
{
    return syn_speak_words(v, rate, speech, fn, NULL, user, diag);
}

/* Speaks text[0, n) (guarded; one voice) as one espeak-ng call. A part beside a
 * passage in another language (`beside`) with no letter or digit is only its marks. */
static hd_status speak_part(speak_ctx *c, char *text, size_t n, int beside, hd_diag *diag)
{
    size_t blank = 0;
    while (blank < n && (text[blank] == ' ' ||
                         (beside && !isalnum((unsigned char)text[blank]) && (unsigned char)text[blank] < 0x80)))
        blank++;
    if (blank == n)
        return HD_OK; /* nothing to say: no samples */
    /* upstream 1.51 reads past a text that ends in exactly two stops */
    if (n >= 2 && text[n - 1] == '.' && text[n - 2] == '.' && !(n >= 3 && text[n - 3] == '.'))
        text[--n] = ' ';
    char saved = text[n];
    text[n] = '\0';
    /* phoneme input only where the lexicon put phonemes */
    unsigned flags = espeakCHARS_UTF8 | (strstr(text, "[[") ? espeakPHONEMES : 0);
    c->part_samples = 0;
    active = c;
    espeak_ng_STATUS s = es.espeak_ng_Synthesize(text, n + 1, 0, POS_CHARACTER, 0, flags, NULL, NULL);
    active = NULL;
    text[n] = saved;
    c->base_sample += c->part_samples;
    if (c->stopped)
        return HD_ERR_CANCELLED;
    if (s != ENS_OK) {
        char msg[256];
        es.espeak_ng_GetStatusCodeMessage(s, msg, sizeof msg);
        diag_set(diag, 0, 0, "espeak-ng failed: %s", msg);
        return HD_ERR_SYNTH;
    }
    return HD_OK;
}

/* The number of UTF-8 characters in s[0, n). */
static size_t chars(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

hd_status syn_speak_words(const vo_profile *v, int rate, const char *speech, syn_pcm_fn fn,
                          syn_word_fn word, void *user, hd_diag *diag)
{
    hd_status st = syn_open(NULL, diag);
    if (st != HD_OK)
        return st;
    char *text = syn_text(speech);
    if (!text)
        return HD_ERR_NOMEM;
    speak_ctx c = {fn, word, user, 0, 0, 0, 0};
    size_t n = strlen(text), from = 0;
    /* the sentence's voice, and each passage in another language with that language's
     * voice and the same variant and settings ("en-gb+m3" reads Ukrainian as "uk+m3");
     * word positions and samples count from the utterance's start */
    while (from < n && st == HD_OK) {
        char *open = memchr(text + from, SP_SPAN_OPEN, n - from);
        size_t to = open ? (size_t)(open - text) : n;
        if (to > from) {
            if ((st = set_voice(v, rate, diag)) != HD_OK)
                break;
            c.base_pos = chars(text, from);
            st = speak_part(&c, text + from, to - from, open || from > 0, diag);
        }
        if (!open || st != HD_OK)
            break;
        char *mid = memchr(open, SP_SPAN_TEXT, n - to), *close = mid ? memchr(mid, SP_SPAN_CLOSE, (size_t)(text + n - mid)) : NULL;
        if (!mid || !close)
            break; /* syn_text makes every frame whole */
        const char *voice = sp_span_voice(open + 1, (size_t)(mid - open - 1));
        const char *variant = strchr(v->espeak, '+');
        char spec[96];
        snprintf(spec, sizeof spec, "%s%s", voice ? voice : v->espeak, voice && variant ? variant : "");
        vo_profile sv = *v;
        sv.espeak = spec;
        if ((st = set_voice(&sv, rate, diag)) != HD_OK)
            break;
        c.base_pos = chars(text, (size_t)(mid + 1 - text));
        st = speak_part(&c, mid + 1, (size_t)(close - mid - 1), 1, diag);
        from = (size_t)(close + 1 - text);
    }
    free(text);
    return st;
}

const char *hd_engine_identity(void) { return syn_identity(); }

void hd_prepare(void)
{
    data_prepare();
    (void)syn_identity();
    /* loaded, not started: every child that synthesises inherits it */
    (void)syn_load(NULL);
}

const char *hd_espeak_version(void)
{
    const char *version, *path;
    engine_info(&version, &path);
    return version;
}

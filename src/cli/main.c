/* herald: the command. Options, progress, messages and exit codes (sysexits.h); all
 * the work is done by the library through herald.h, as any user of it would. */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "herald.h"

enum {
    EX_OK_ = 0,
    EX_USAGE_ = 64,
    EX_DATAERR_ = 65,
    EX_NOINPUT_ = 66,
    EX_SOFTWARE_ = 70,
    EX_CANTCREAT_ = 73,
    EX_IOERR_ = 74
};

static const char usage_text[] =
    "usage: herald [render] [OPTIONS] [FILE|-]          statement -> audio chapters\n"
    "       herald [render] [OPTIONS] FILE... [--from LIST]  many: OUT/NAME/ each\n"
    "       herald segment [--plain] [--json] [--lang CODE] [FILE|-]  sentences\n"
    "       herald plan    [--plain] [OPTIONS] [FILE|-] the speech plan, no audio\n"
    "       herald voices                               voice profiles found\n"
    "       herald cache [--cache DIR] [--clear | --max SIZE]  the audio cache\n"
    "       herald batch-report [-q] OUT|REPORT...      shards' batch reports, merged\n"
    "       herald --help | --version\n";

static const char help_text[] =
    "\n"
    "herald turns a published statement (press statement, speech, briefing or\n"
    "press-conference transcript, interview, press release) into accessible audio.\n"
    "No FILE, or -, reads standard input. Several FILEs, or --from LIST (one path a\n"
    "line, '-' standard input; # comments), render each into OUT/NAME/ (NAME from the\n"
    "file's name, made unique), go on past a failing one, and write OUT/batch.json\n"
    "(default OUT: herald-out); the exit status is then the first failure's.\n"
    "\n"
    "Options for render and plan:\n"
    "  -o, --output DIR     write chapter files, captions, transcript, playlists,\n"
    "                       feed.xml and index.json into DIR\n"
    "                       (default: the input's name without extension, or\n"
    "                       'statement' for standard input); '-o -' streams one WAV\n"
    "                       to standard output as it is synthesised\n"
    "  -f, --format FMT     wav, ogg (Ogg Vorbis, the default), opus, flac or mp3\n"
    "  -r, --rate WPM       speech rate for every voice, 80 to 900 words per minute\n"
    "                       (default: each voice profile's own); pauses scale with it\n"
    "      --voices DIR     read voice profiles from DIR (default: $HERALD_VOICES,\n"
    "                       ./voices, the installed ones, then built-in profiles)\n"
    "      --lexicon FILE   add a pronunciation lexicon: word<TAB>respelling, or\n"
    "                       word<TAB>[[espeak-ng phonemes]], one a line\n"
    "      --narrator NAME  the voice profile of the narrator (default: narrator)\n"
    "      --voice WHO=NAME give one speaker a profile; WHO is an id (s2), a name or\n"
    "                       surname, a role or an outlet, as 'herald plan' shows them;\n"
    "                       may be repeated, and wins over --cast\n"
    "      --cast FILE      a file of 'WHO = NAME' lines, one per speaker\n"
    "      --announce WHEN  the narrator names a speaker: first (the first time they\n"
    "                       are heard, the default), always (at every turn) or never;\n"
    "                       only in statements with more than one speaker\n"
    "      --chapters HOW   sections (the header, then one chapter per heading; the\n"
    "                       default), turns (one per speaker turn or question and its\n"
    "                       answer) or none (one file; chapters marked in chapters.json\n"
    "                       and captions.vtt)\n"
    "      --max-chapter MINUTES  split a longer chapter at the next sentence end\n"
    "      --loudness LUFS  loudness target (EBU R128), true peak at most -1 dBTP;\n"
    "                       default -19 for mono, -16 for stereo; 'off' keeps\n"
    "                       espeak-ng's level. A stream (-o -) cannot look ahead: there\n"
    "                       each voice gets a gain calibrated on a test sentence\n"
    "      --channels 1|2   mono (default) or stereo\n"
    "      --sample-rate HZ resample (podcast platforms ask for 44100); Opus takes\n"
    "                       8000-48000 and goes to the nearest rate it accepts\n"
    "      --bitrate KBPS   MP3 (constant; 32-320, or 8-160 below 24 kHz, as MPEG has\n"
    "                       them) or Opus (6-256 a channel); default: the encoder's\n"
    "      --preset podcast 44.1 kHz stereo MP3 at 128 kbit/s, one file with its\n"
    "                       chapters inside, -16 LUFS, feed.xml; options given win\n"
    "      --base-url URL   feed.xml's links absolute under URL (default: relative)\n"
    "      --epub           also an EPUB 3 read-along book, SLUG.epub: the text with\n"
    "                       each sentence highlighted as it is spoken (Media\n"
    "                       Overlays), MP3 audio inside whatever the format\n"
    "      --no-player      no index.html (by default a web player: the text with\n"
    "                       the sentence being spoken highlighted; click to hear)\n"
    "";

static const char help_text1b[] =
    "      --pause KIND=MS  set a pause exactly, in milliseconds; KIND is sentence,\n"
    "                       paragraph, list, turn, header or chapter (default: herald's\n"
    "                       own, which shrink as the rate rises); may be repeated\n"
    "      --plain          the input is prose: no header, no speaker cues\n"
    "      --lang CODE      the statement's language: en, fr or es (default: found from\n"
    "                       its words)\n"
    "  -j, --jobs N         synthesis processes at once (default: $HERALD_JOBS, else\n"
    "                       the processors online); the audio is the same for any N\n"
    "      --cache DIR      keep between runs, in DIR, the audio of every part\n"
    "                       synthesised (a render again synthesises only what changed;\n"
    "                       a folder that already holds the same render is left as it\n"
    "                       is) and small facts that let streams start at once; may be\n"
    "                       shared by many processes and machines (default:\n"
    "                       $XDG_CACHE_HOME/herald or ~/.cache/herald)\n"
    "      --cache-max SIZE after the render, trim the cache to SIZE (as 500M or 2G),\n"
    "                       least recently used first\n"
    "      --no-cache       keep nothing between runs\n"
    "  -q, --quiet          no progress (progress is shown only on a terminal)\n"
    "  -v, --verbose        say what was written and how much was synthesised, also\n"
    "                       when standard error is not a terminal\n"
    "      --shard K/N      with several inputs: render shard K of N (1 <= K <= N), a\n"
    "                       share fixed by each input's name; OUT/batch-K-of-N.json.\n"
    "                       Without it, a Slurm array task's variables choose the\n"
    "                       shard; --shard none renders all\n"
    "      --shards N       a Kubernetes Indexed Job: shard JOB_COMPLETION_INDEX of N\n"
    "\n"
    "";

/* in two parts: C promises string literals of 4095 bytes, no more */
static const char help_text2[] =
    "Options for segment:\n"
    "      --json           JSON Lines: a document record, then one per sentence\n"
    "      --plain          the input is prose: no header, no speaker cues\n"
    "      --lang CODE      the statement's language: en, fr or es (default: found)\n"
    "\n"
    "herald cache shows how much audio the cache holds; --clear empties it; --max\n"
    "SIZE trims it to SIZE, least recently used first.\n"
    "\n"
    "Exit status: 0 success, 64 bad usage, 65 bad input data, 66 input missing or\n"
    "unreadable, 70 synthesis or internal failure, 73 cannot create output, 74 I/O\n"
    "error while writing; 130 or 143 when interrupted (temporaries are removed).\n"
    "\n"
    "Examples:\n"
    "  herald statement.txt                      # statement/01-introduction.ogg, ...\n"
    "  herald -f mp3 -o out statement.txt\n"
    "  herald --preset podcast statement.txt     # one MP3 with chapters, feed.xml\n"
    "  herald -r 450 -o - statement.txt | aplay  # fast speech, streamed\n"
    "  herald segment --json statement.txt\n";

typedef struct cli {
    const char *command;
    const char *input;
    const char *output;
    const char *voices_dir;
    const char *format;
    const char *lexicon;
    const char *narrator;
    const char *cast;
    const char *voice_args[64]; /* --voice WHO=PROFILE, in order */
    size_t nvoice_args;
    hd_announce announce;
    hd_chapters chapters;
    double max_chapter_min;
    double loudness;
    int channels, sample_rate;
    int jobs;
    int rate;
    int pause_ms[HD_PAUSE_KINDS];
    int plain, json, quiet;
    const char *lang;     /* --lang: the statement's language, or NULL to find it */
    const char *cache;
    int no_cache;
    int epub;             /* also the EPUB read-along book */
    int no_player;        /* no index.html */
    int chapters_set;
    const char *preset;   /* podcast */
    const char *base_url; /* feed.xml's links */
    int bitrate;          /* kbit/s, MP3 and Opus */
    const char **inputs;  /* render: every input named (several make a batch) */
    size_t ninputs;
    const char *from;     /* render --from LIST: inputs one a line, '-' standard input */
    int verbose;
    int cache_max_set;    /* --cache-max (render) or --max (cache) given */
    unsigned long long cache_max;
    int cache_clear;      /* herald cache --clear */
    int shard_k, shard_n; /* render a share of the inputs: shard K (from 1) of N; 0: all */
    int shards;           /* --shards N: the count, the index from JOB_COMPLETION_INDEX */
    int no_shard;         /* --shard none: all inputs, whatever the environment says */
} cli;

static volatile sig_atomic_t stop_signal;

static void on_signal(int sig) { stop_signal = sig; }

static int is_cancelled(void *user)
{
    (void)user;
    return stop_signal != 0;
}

static void say(const char *fmt, ...)
{
    va_list ap;
    fputs("herald: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

static int usage_error(const char *fmt, ...)
{
    va_list ap;
    fputs("herald: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputs(" (herald --help lists the options)\n", stderr);
    return EX_USAGE_;
}

static int exit_code(hd_status st)
{
    switch (st) {
    case HD_OK: return EX_OK_;
    case HD_ERR_ARG: return EX_USAGE_;
    case HD_ERR_UTF8:
    case HD_ERR_EMPTY:
    case HD_ERR_SETTINGS:
    case HD_ERR_TOO_LARGE: return EX_DATAERR_;
    case HD_ERR_INPUT: return EX_NOINPUT_;
    case HD_ERR_CREATE: return EX_CANTCREAT_;
    case HD_ERR_WRITE: return EX_IOERR_;
    case HD_ERR_CANCELLED: return 128 + (stop_signal ? (int)stop_signal : SIGINT);
    case HD_ERR_NOMEM:
    case HD_ERR_VOICE:
    case HD_ERR_SYNTH: break;
    }
    return EX_SOFTWARE_;
}

/* One line: herald: FILE:LINE:COL: message. `name` is the file the error is about
 * unless the library named another one. */
static int report(hd_status st, const hd_diag *d, const char *name)
{
    const char *path = d->path[0] ? d->path : name;
    const char *msg = d->message[0] ? d->message : hd_strerror(st);
    if (path && d->line)
        say("%s:%lu:%lu: %s", path, d->line, d->col ? d->col : 1, msg);
    else if (path)
        say("%s: %s", path, msg);
    else
        say("%s", msg);
    return exit_code(st);
}

/* A whole decimal number from lo to hi, all of s: 0 and *out, or -1. */
static int parse_int(const char *s, long lo, long hi, int *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi)
        return -1;
    *out = (int)v;
    return 0;
}

static int parse_rate(const char *s, int *out) { return parse_int(s, 80, 900, out); }

/* Standard output flushed and closed without error, or 74: help written to a full
 * disk is not a success. */
static int finish_stdout(void)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        say("cannot write to standard output: %s", strerror(errno));
        return EX_IOERR_;
    }
    return EX_OK_;
}

static int parse_jobs(const char *s, int *out) { return parse_int(s, 1, 64, out); }

/* A size in bytes: a number with an optional K, M, G or T (powers of 1024) and an
 * optional B or iB, as 500M, 2G, 1.5GiB. 0 and *out, or -1. */
static int parse_size(const char *s, unsigned long long *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || !isfinite(v) || v < 0 || *s == '-' || *s == '+')
        return -1;
    double mul = 1;
    const char *units = "KMGT", *u = *end ? strchr(units, toupper((unsigned char)*end)) : NULL;
    if (u) {
        for (const char *k = units; k <= u; k++)
            mul *= 1024;
        end++;
        if (*end == 'i')
            end++;
    }
    if (*end == 'B' || *end == 'b')
        end++;
    if (*end || v * mul > 1e18)
        return -1;
    *out = (unsigned long long)(v * mul);
    return 0;
}

/* Parses argv into c. Returns -1 to go on, or an exit code. */
static int parse_args(int argc, char **argv, cli *c)
{
    int i = 1;
    for (int k = 0; k < HD_PAUSE_KINDS; k++)
        c->pause_ms[k] = -1;
    c->command = "render";
    if (i < argc && (strcmp(argv[i], "render") == 0 || strcmp(argv[i], "segment") == 0 ||
                     strcmp(argv[i], "plan") == 0 || strcmp(argv[i], "voices") == 0 ||
                     strcmp(argv[i], "cache") == 0 || strcmp(argv[i], "batch-report") == 0))
        c->command = argv[i++];
    int is_report = strcmp(c->command, "batch-report") == 0;
    int is_render = strcmp(c->command, "render") == 0, is_plan = strcmp(c->command, "plan") == 0;
    int is_cache = strcmp(c->command, "cache") == 0;
    int is_segment = strcmp(c->command, "segment") == 0;
    int only_files = 0;

    for (; i < argc; i++) {
        const char *a = argv[i];
        const char *value = NULL;
        if (only_files || a[0] != '-' || strcmp(a, "-") == 0) {
            if (strcmp(c->command, "voices") == 0 || is_cache)
                return usage_error("'%s' takes no file", c->command);
            if (c->input && !is_render && !is_report)
                return usage_error("more than one input file ('%s' and '%s'); only render takes several",
                                   c->input, a);
            if (!c->input)
                c->input = a;
            if (is_render || is_report) {
                if (!c->inputs && !(c->inputs = calloc((size_t)argc, sizeof *c->inputs)))
                    return usage_error("out of memory");
                c->inputs[c->ninputs++] = a;
            }
            continue;
        }
        if (strcmp(a, "--") == 0) {
            only_files = 1;
            continue;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage_text, stdout);
            fputs(help_text, stdout);
            fputs(help_text1b, stdout);
            fputs(help_text2, stdout);
            return finish_stdout();
        }
        if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            const char *snd = hd_sndfile_version();
            if (strncmp(snd, "libsndfile-", 11) == 0)
                snd += 11;
            printf("herald %s\nespeak-ng %s\nlibsndfile %s\n", hd_version(), hd_espeak_version(),
                   snd);
            return finish_stdout();
        }
        if (strcmp(a, "--plain") == 0 && !strcmp(c->command, "voices") == 0) {
            c->plain = 1;
            continue;
        }
        if (strcmp(a, "--json") == 0 && is_segment) {
            c->json = 1;
            continue;
        }
        if ((strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) && (is_render || is_plan || is_report)) {
            c->quiet = 1;
            continue;
        }
        if ((strcmp(a, "-v") == 0 || strcmp(a, "--verbose") == 0) && is_render) {
            c->verbose = 1;
            continue;
        }
        if (strcmp(a, "--clear") == 0 && is_cache) {
            c->cache_clear = 1;
            continue;
        }
        if (strcmp(a, "--no-cache") == 0 && is_render) {
            c->no_cache = 1;
            continue;
        }
        if (strcmp(a, "--epub") == 0 && is_render) {
            c->epub = 1;
            continue;
        }
        if (strcmp(a, "--no-player") == 0 && is_render) {
            c->no_player = 1;
            continue;
        }
        /* Options with a value: -o DIR, -oDIR, --output DIR, --output=DIR. */
        static const struct {
            const char *shrt, *lng;
        } valued[] = {{"-o", "--output"},  {"-f", "--format"},   {"-r", "--rate"},
                      {NULL, "--voices"},  {NULL, "--lexicon"},  {NULL, "--pause"},
                      {NULL, "--narrator"}, {NULL, "--voice"},   {NULL, "--cast"},
                      {NULL, "--announce"}, {NULL, "--chapters"}, {NULL, "--max-chapter"},
                      {NULL, "--loudness"}, {NULL, "--channels"}, {NULL, "--sample-rate"},
                      {"-j", "--jobs"},     {NULL, "--cache"},    {NULL, "--base-url"},
                      {NULL, "--bitrate"},  {NULL, "--preset"},   {NULL, "--from"},
                      {NULL, "--cache-max"}, {NULL, "--max"},  {NULL, "--shards"},
                      {NULL, "--shard"},    {NULL, "--lang"}};
        int which = -1;
        for (int k = 0; k < (int)(sizeof valued / sizeof *valued) && which < 0; k++) {
            size_t ll = strlen(valued[k].lng);
            if (valued[k].shrt && strncmp(a, valued[k].shrt, 2) == 0) {
                which = k;
                value = a[2] ? a + 2 : NULL;
            } else if (strncmp(a, valued[k].lng, ll) == 0 && (a[ll] == '\0' || a[ll] == '=')) {
                which = k;
                value = a[ll] == '=' ? a + ll + 1 : NULL;
            }
        }
        int is_voices = strcmp(c->command, "voices") == 0;
        if (which < 0 || ((which == 21 || which == 23 || which == 24) && !is_render) ||
            (which == 22 && !is_cache) ||
            !(is_render || is_plan || (is_voices && which == 3) ||
              (is_cache && (which == 16 || which == 22)) || (is_segment && which == 25)))
            return usage_error("unknown option '%s' for '%s'", a, c->command);
        if (!value) {
            if (i + 1 >= argc)
                return usage_error("option '%s' needs a value", a);
            value = argv[++i];
        }
        switch (which) {
        case 25:
            if (strcmp(value, "en") != 0 && strcmp(value, "fr") != 0 && strcmp(value, "es") != 0)
                return usage_error("--lang takes en, fr or es, not '%s'", value);
            c->lang = value;
            break;
        case 0: c->output = value; break;
        case 1: c->format = value; break;
        case 2:
            if (parse_rate(value, &c->rate) != 0)
                return usage_error("rate '%s' is not a number of words per minute from 80 to 900",
                                   value);
            break;
        case 3: c->voices_dir = value; break;
        case 4: c->lexicon = value; break;
        case 6: c->narrator = value; break;
        case 7: {
            const char *eq = strrchr(value, '=');
            if (!eq || eq == value || !eq[1])
                return usage_error("--voice takes WHO=PROFILE, as in --voice \"Ana Ruiz=speaker-3\"");
            if (c->nvoice_args == sizeof c->voice_args / sizeof *c->voice_args)
                return usage_error("too many --voice options");
            c->voice_args[c->nvoice_args++] = value;
            break;
        }
        case 8: c->cast = value; break;
        case 9:
            if (strcmp(value, "first") == 0)
                c->announce = HD_ANNOUNCE_FIRST;
            else if (strcmp(value, "always") == 0)
                c->announce = HD_ANNOUNCE_ALWAYS;
            else if (strcmp(value, "never") == 0)
                c->announce = HD_ANNOUNCE_NEVER;
            else
                return usage_error("--announce takes first, always or never, not '%s'", value);
            break;
        case 17:
            if (!*value || strpbrk(value, " \t\n\"<>"))
                return usage_error("--base-url takes a URL without spaces or quotes, not '%s'", value);
            c->base_url = value;
            break;
        case 18:
            if (parse_int(value, 6, 512, &c->bitrate) != 0)
                return usage_error("--bitrate takes kbit/s, 6 to 512, not '%s'", value);
            break;
        case 19:
            if (strcmp(value, "podcast") != 0)
                return usage_error("--preset takes podcast, not '%s'", value);
            c->preset = value;
            break;
        case 20:
            if (!is_render)
                return usage_error("--from lists inputs to render; 'herald %s' reads one", c->command);
            c->from = value;
            break;
        case 10:
            c->chapters_set = 1;
            if (strcmp(value, "sections") == 0)
                c->chapters = HD_CHAPTERS_SECTIONS;
            else if (strcmp(value, "turns") == 0)
                c->chapters = HD_CHAPTERS_TURNS;
            else if (strcmp(value, "none") == 0)
                c->chapters = HD_CHAPTERS_NONE;
            else
                return usage_error("--chapters takes sections, turns or none, not '%s'", value);
            break;
        case 11: {
            char *end;
            errno = 0;
            double m = strtod(value, &end);
            if (errno || end == value || *end || !isfinite(m) || !(m > 0 && m <= 1440))
                return usage_error("--max-chapter takes minutes, more than 0, not '%s'", value);
            c->max_chapter_min = m;
            break;
        }
        case 12: {
            char *end;
            if (strcmp(value, "off") == 0) {
                c->loudness = HD_LOUDNESS_OFF;
                break;
            }
            errno = 0;
            double l = strtod(value, &end);
            if (errno || end == value || *end || !isfinite(l) || l < -70 || l > -5)
                return usage_error("--loudness takes LUFS from -70 to -5, or off, not '%s'", value);
            c->loudness = l;
            break;
        }
        case 13:
            if (strcmp(value, "1") && strcmp(value, "2"))
                return usage_error("--channels takes 1 or 2, not '%s'", value);
            c->channels = value[0] - '0';
            break;
        case 14:
            if (parse_int(value, 8000, 192000, &c->sample_rate) != 0)
                return usage_error("--sample-rate takes 8000 to 192000 Hz, not '%s'", value);
            break;
        case 16:
            if (!*value)
                return usage_error("--cache takes a directory");
            c->cache = value;
            break;
        case 23:
            if (parse_int(value, 1, 100000, &c->shards) != 0)
                return usage_error("--shards takes a count from 1 to 100000, not '%s'", value);
            break;
        case 24: {
            if (strcmp(value, "none") == 0) {
                c->no_shard = 1;
                break;
            }
            const char *slash = strchr(value, '/');
            char k[16];
            if (!slash || (size_t)(slash - value) >= sizeof k)
                return usage_error("--shard takes K/N (shard K of N, from 1), or none; not '%s'", value);
            memcpy(k, value, (size_t)(slash - value));
            k[slash - value] = '\0';
            if (parse_int(slash + 1, 1, 100000, &c->shard_n) != 0 ||
                parse_int(k, 1, c->shard_n, &c->shard_k) != 0)
                return usage_error("--shard takes K/N with 1 <= K <= N <= 100000, not '%s'", value);
            break;
        }
        case 21:
        case 22:
            if (parse_size(value, &c->cache_max) != 0)
                return usage_error("%s takes a size, as 500M or 2G, not '%s'", valued[which].lng, value);
            c->cache_max_set = 1;
            break;
        case 15:
            if (parse_jobs(value, &c->jobs) != 0)
                return usage_error("--jobs takes a number of processes from 1 to 64, not '%s'", value);
            break;
        case 5: {
            const char *eq = strchr(value, '=');
            char kind[32];
            hd_pause_kind k;
            if (!eq || (size_t)(eq - value) >= sizeof kind)
                return usage_error("--pause takes KIND=MS, as in --pause sentence=500");
            memcpy(kind, value, (size_t)(eq - value));
            kind[eq - value] = '\0';
            if (hd_pause_kind_parse(kind, &k) != HD_OK)
                return usage_error("unknown pause '%s' (sentence, paragraph, list, turn, header "
                                   "or chapter)", kind);
            if (parse_int(eq + 1, 0, 10000, &c->pause_ms[k]) != 0)
                return usage_error("pause '%s' is not a number of milliseconds from 0 to 10000",
                                   eq + 1);
        }
        }
    }
    return -1;
}

/* Where small facts are kept between runs: --cache, else $XDG_CACHE_HOME/herald,
 * else ~/.cache/herald; NULL with --no-cache or when none can be named. New string. */
static char *cache_dir(const cli *c)
{
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    char *d = NULL;
    if (c->no_cache)
        return NULL;
    if (c->cache)
        return strdup(c->cache);
    size_t n = (xdg && *xdg ? strlen(xdg) : home && *home ? strlen(home) + 7 : 0) + 8;
    if (n == 8 || !(d = malloc(n)))
        return NULL;
    if (xdg && *xdg)
        snprintf(d, n, "%s/herald", xdg);
    else
        snprintf(d, n, "%s/.cache/herald", home);
    return d;
}

/* 1536 -> "1.5 KiB" */
static void human_size(unsigned long long n, char *out, size_t len)
{
    static const char *const unit[] = {"bytes", "KiB", "MiB", "GiB", "TiB"};
    double v = (double)n;
    int u = 0;
    while (v >= 1024 && u < 4) {
        v /= 1024;
        u++;
    }
    if (u == 0)
        snprintf(out, len, "%llu bytes", n);
    else
        snprintf(out, len, "%.1f %s", v, unit[u]);
}

/* herald cache: what the audio cache holds; --clear empties it, --max trims it. */
static int cmd_cache(const cli *c)
{
    char *dir = cache_dir(c);
    hd_diag d = {0};
    unsigned long long units = 0, bytes = 0;
    char size[32];
    int rc = EX_OK_;
    if (!dir) {
        say("no cache directory: give --cache DIR, or set XDG_CACHE_HOME or HOME");
        return EX_USAGE_;
    }
    hd_status st = HD_OK;
    if (c->cache_clear || c->cache_max_set)
        st = hd_cache_trim(dir, c->cache_clear ? 0 : c->cache_max, &d);
    if (st == HD_OK)
        st = hd_cache_usage(dir, &units, &bytes, &d);
    if (st != HD_OK) {
        rc = report(st, &d, dir);
    } else {
        human_size(bytes, size, sizeof size);
        printf("%s: %llu entr%s (parts of synthesised audio and finished files), %s\n", dir, units,
               units == 1 ? "y" : "ies", size);
        rc = finish_stdout();
    }
    free(dir);
    return rc;
}

/* The batch reports a path names: the file itself, or a folder's batch.json and
 * batch-K-of-N.json. Appends new paths to *paths. 0, or -1 (errno). */
static int report_paths(const char *path, char ***paths, size_t *n, size_t *cap)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return -1;
    DIR *d = S_ISDIR(st.st_mode) ? opendir(path) : NULL;
    if (S_ISDIR(st.st_mode) && !d)
        return -1;
    for (;;) {
        const char *name = NULL;
        if (d) {
            struct dirent *e = readdir(d);
            if (!e)
                break;
            int k = 0, m = 0, used = 0;
            if (strcmp(e->d_name, "batch.json") != 0 &&
                !(sscanf(e->d_name, "batch-%d-of-%d.json%n", &k, &m, &used) == 2 &&
                  e->d_name[used] == '\0' && k >= 1 && k <= m))
                continue;
            name = e->d_name;
        }
        if (*n == *cap) {
            size_t nc = *cap ? 2 * *cap : 16;
            char **np = realloc(*paths, nc * sizeof *np);
            if (!np) {
                if (d)
                    closedir(d);
                errno = ENOMEM;
                return -1;
            }
            *paths = np;
            *cap = nc;
        }
        size_t pl = strlen(path) + (name ? strlen(name) : 0) + 2;
        if (!((*paths)[*n] = malloc(pl))) {
            if (d)
                closedir(d);
            errno = ENOMEM;
            return -1;
        }
        if (name)
            snprintf((*paths)[*n], pl, "%s/%s", path, name);
        else
            snprintf((*paths)[*n], pl, "%s", path);
        (*n)++;
        if (!d)
            break;
    }
    if (d)
        closedir(d);
    return 0;
}

static int by_string(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* herald batch-report OUT|REPORT...: the batch reports of a batch's shards (or of
 * several batches) merged into one, on standard output: every statement once, the
 * counts, the reports read, and any input two reports both claim. 0 when every
 * statement was rendered and none is claimed twice; 1 otherwise; 65 a report that is
 * not herald's; 66 nothing to read. */
static int cmd_batch_report(const cli *c)
{
    char **paths = NULL;
    size_t np = 0, cap = 0;
    int rc = EX_OK_;
    unsigned char *have = NULL; /* shard K has a report */
    json_t *all = json_array(), *dups = json_array(), *read = json_array(), *seen = json_object();
    size_t ok = 0, failed = 0, waiting = 0;
    if (!all || !dups || !read || !seen) {
        say("out of memory");
        rc = EX_SOFTWARE_;
        goto out;
    }
    if (!c->ninputs) {
        rc = usage_error("batch-report takes the output folders (or batch reports) of a batch's shards");
        goto out;
    }
    for (size_t k = 0; k < c->ninputs; k++) {
        size_t before = np;
        if (report_paths(c->inputs[k], &paths, &np, &cap) != 0) {
            say("%s: %s", c->inputs[k], strerror(errno));
            rc = errno == ENOMEM ? EX_SOFTWARE_ : EX_NOINPUT_;
            goto out;
        }
        if (np == before) {
            say("%s: no batch report in it (batch.json or batch-K-of-N.json)", c->inputs[k]);
            rc = EX_NOINPUT_;
            goto out;
        }
        qsort(paths + before, np - before, sizeof *paths, by_string);
    }
    /* Shard reports name their shard: batch-K-of-N.json. Shards of one sharding must
     * all be there; a folder's batch.json beside them is from an earlier run. */
    int shards_n = 0, sharded = 0;
    for (size_t k = 0; k < np; k++) {
        const char *base = strrchr(paths[k], '/') ? strrchr(paths[k], '/') + 1 : paths[k];
        int kk = 0, nn = 0, used = 0;
        if (sscanf(base, "batch-%d-of-%d.json%n", &kk, &nn, &used) == 2 && !base[used]) {
            if (sharded && nn != shards_n) {
                say("%s: a report of %d shards among reports of %d; merge one sharding at a time", paths[k], nn,
                    shards_n);
                rc = EX_DATAERR_;
                goto out;
            }
            sharded = 1;
            shards_n = nn;
        }
    }
    if (sharded && !(have = calloc((size_t)shards_n + 1, 1))) {
        rc = EX_SOFTWARE_;
        goto out;
    }
    for (size_t k = 0; k < np; k++) {
        const char *base = strrchr(paths[k], '/') ? strrchr(paths[k], '/') + 1 : paths[k];
        int kk = 0, nn = 0, used = 0;
        int shard = sscanf(base, "batch-%d-of-%d.json%n", &kk, &nn, &used) == 2 && !base[used];
        if (sharded && !shard) {
            if (!c->quiet)
                say("%s: left out: shard reports are there, and this one is from a run without shards", paths[k]);
            continue;
        }
        if (shard && kk >= 1 && kk <= shards_n)
            have[kk] = 1;
        json_error_t err;
        json_t *r = json_load_file(paths[k], 0, &err);
        json_t *list = r ? json_object_get(r, "statements") : NULL;
        if (!json_is_string(json_object_get(r, "herald")) || !json_is_array(list)) {
            say("%s: not a batch report herald wrote%s%s", paths[k], r ? "" : ": ", r ? "" : err.text);
            json_decref(r);
            rc = EX_DATAERR_;
            goto out;
        }
        json_array_append_new(read, json_string(paths[k]));
        size_t i;
        json_t *e;
        json_array_foreach(list, i, e) {
            json_t *input = json_object_get(e, "input"), *status = json_object_get(e, "status");
            if (!json_is_string(input) || !json_is_string(status)) {
                say("%s: statement %zu has no input or status", paths[k], i + 1);
                json_decref(r);
                rc = EX_DATAERR_;
                goto out;
            }
            const char *in = json_string_value(input), *stv = json_string_value(status);
            if (json_object_get(seen, in)) {
                json_array_append_new(dups, json_string(in));
                continue;
            }
            json_object_set_new(seen, in, json_true());
            ok += strcmp(stv, "ok") == 0;
            failed += strcmp(stv, "failed") == 0;
            waiting += strcmp(stv, "ok") != 0 && strcmp(stv, "failed") != 0;
            json_array_append(all, e);
        }
        json_decref(r);
    }
    json_t *root = json_object();
    if (!root) {
        rc = EX_SOFTWARE_;
        goto out;
    }
    json_object_set_new(root, "herald", json_string(hd_version()));
    json_object_set_new(root, "reports", read);
    json_object_set_new(root, "statements", all);
    json_object_set_new(root, "ok", json_integer((json_int_t)ok));
    json_object_set_new(root, "failed", json_integer((json_int_t)failed));
    json_object_set_new(root, "not_done", json_integer((json_int_t)waiting));
    json_object_set_new(root, "claimed_twice", dups);
    json_t *missing = json_array();
    size_t nmissing = 0;
    for (int kk = 1; sharded && kk <= shards_n; kk++)
        if (!have[kk]) {
            json_array_append_new(missing, json_integer(kk));
            nmissing++;
        }
    if (sharded)
        json_object_set_new(root, "shards", json_integer(shards_n));
    json_object_set_new(root, "missing_shards", missing);
    read = all = dups = NULL;
    char *text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_t *twice = json_object_get(root, "claimed_twice");
    size_t ndup = json_array_size(twice);
    json_decref(root);
    if (!text) {
        rc = EX_SOFTWARE_;
        goto out;
    }
    puts(text);
    free(text);
    rc = finish_stdout();
    if (!c->quiet)
        say("%zu statement%s: %zu rendered, %zu failed, %zu not done%s%s", ok + failed + waiting,
            ok + failed + waiting == 1 ? "" : "s", ok, failed, waiting,
            ndup ? "; some inputs are in two reports (claimed_twice)" : "",
            nmissing ? "; shards without a report (missing_shards): their inputs are not counted" : "");
    if (rc == EX_OK_ && (failed || waiting || ndup || nmissing))
        rc = 1;
out:
    for (size_t k = 0; k < np; k++)
        free(paths[k]);
    free(paths);
    json_decref(all);
    json_decref(dups);
    json_decref(read);
    json_decref(seen);
    free(have);
    return rc;
}

/* After a render: how much was synthesised and how much the cache gave. */
static void say_done(const cli *c, const hd_render_report *rep, size_t chapters, const char *outdir)
{
    if (rep->up_to_date) {
        say("%s/ already holds this render; nothing written", outdir);
        return;
    }
    if (c->no_cache)
        say("wrote %zu chapter%s to %s/", chapters, chapters == 1 ? "" : "s", outdir);
    else
        say("wrote %zu chapter%s to %s/ (synthesised %zu of %zu part%s, %zu from the cache)",
            chapters, chapters == 1 ? "" : "s", outdir, rep->synthesised, rep->units,
            rep->units == 1 ? "" : "s", rep->reused);
}

/* --cache-max: the cache trimmed after a render. A failure is said, not fatal. */
static void trim_cache(const cli *c, const char *cache)
{
    hd_diag d = {0};
    if (c->cache_max_set && cache && hd_cache_trim(cache, c->cache_max, &d) != HD_OK)
        report(HD_ERR_WRITE, &d, cache);
}

/* "dir/statement.txt" -> "statement"; standard input -> "statement". */
static char *default_output(const char *input)
{
    const char *base = input && strcmp(input, "-") != 0 ? input : "statement";
    const char *slash = strrchr(base, '/');
    if (slash)
        base = slash + 1;
    size_t n = strlen(base);
    const char *dot = strrchr(base, '.');
    if (dot && dot != base)
        n = (size_t)(dot - base);
    char *out = malloc(n + sizeof "-audio");
    if (!out)
        return NULL;
    memcpy(out, base, n);
    out[n] = '\0';
    /* "notes" read from ./notes (or anything else of that name that is not a folder)
     * must not be taken for the output folder. */
    struct stat info;
    if (stat(out, &info) == 0 && !S_ISDIR(info.st_mode))
        strcat(out, "-audio");
    return out;
}

static int write_stdout(const char *s)
{
    size_t n = strlen(s);
    if (fwrite(s, 1, n, stdout) != n || fflush(stdout) != 0) {
        say("cannot write to standard output: %s", strerror(errno));
        return EX_IOERR_;
    }
    return EX_OK_;
}

typedef struct progress_state {
    struct timespec t0;
    int shown;
} progress_state;

static void on_progress(void *user, const hd_progress *p)
{
    progress_state *ps = user;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    long secs = (long)(now.tv_sec - ps->t0.tv_sec);
    fprintf(stderr, "\rchapter %zu/%zu  sentence %zu/%zu  %ld:%02ld elapsed ", p->chapter,
            p->chapters, p->done, p->total, secs / 60, secs % 60);
    ps->shown = 1;
}

static int cmd_voices(const cli *c)
{
    hd_voices *v = NULL;
    hd_diag d = {0};
    hd_status st = hd_voices_load(c->voices_dir, &v, &d);
    if (st != HD_OK)
        return report(st, &d, NULL);
    printf("%-12s %-12s %5s %5s %5s  %s\n", "NAME", "ESPEAK", "RATE", "PITCH", "RANGE", "FILE");
    for (size_t i = 0; i < hd_voices_count(v); i++) {
        hd_voice_info info;
        hd_voices_get(v, i, &info);
        printf("%-12s %-12s %5d %5d %5d  %s\n", info.name, info.espeak, info.rate, info.pitch,
               info.range, info.source);
    }
    hd_voices_free(v);
    return fflush(stdout) == 0 ? EX_OK_ : EX_IOERR_;
}

static hd_plan_options plan_options(const cli *c, hd_casting *casting)
{
    hd_plan_options plo = hd_plan_options_default();
    plo.rate_wpm = c->rate;
    plo.narrator = c->narrator;
    plo.casting = casting;
    plo.announce = c->announce;
    plo.chapters = c->chapters;
    memcpy(plo.pause_ms, c->pause_ms, sizeof plo.pause_ms);
    return plo;
}

static hd_render_options render_options(const cli *c, hd_format fmt, const char *cache)
{
    hd_render_options ro = hd_render_options_default();
    ro.format = fmt;
    ro.channels = c->channels;
    ro.sample_rate = c->sample_rate;
    ro.loudness = c->loudness;
    ro.max_chapter_s = c->max_chapter_min * 60;
    ro.jobs = c->jobs;
    ro.base_url = c->base_url;
    ro.bitrate_kbps = c->bitrate;
    ro.epub = c->epub;
    ro.player = !c->no_player;
    ro.cache_dir = cache;
    ro.cancelled = is_cancelled;
    return ro;
}

/* The voice profiles, the lexicon and the casting the options name: EX_OK_, or the
 * exit status after the error line. */
static int load_voices(const cli *c, hd_voices **voices, hd_casting **casting)
{
    hd_diag d = {0};
    hd_status st;
    if ((st = hd_voices_load(c->voices_dir, voices, &d)) != HD_OK)
        return report(st, &d, NULL);
    /* Profiles from the working directory change what herald says: never silently. */
    if (!c->voices_dir && !getenv("HERALD_VOICES") && hd_voices_dir(*voices) &&
        strcmp(hd_voices_dir(*voices), "voices") == 0 && !c->quiet && isatty(STDERR_FILENO))
        say("using the voice profiles in ./voices (--voices DIR chooses others)");
    if (c->lexicon && (st = hd_voices_add_lexicon(*voices, c->lexicon, &d)) != HD_OK)
        return report(st, &d, c->lexicon);
    if ((c->cast || c->nvoice_args) && (st = hd_casting_new(casting)) != HD_OK)
        return report(st, &d, NULL);
    if (c->cast && (st = hd_casting_load(*casting, c->cast, &d)) != HD_OK)
        return report(st, &d, c->cast);
    /* --voice after the file, so it wins */
    for (size_t k = 0; k < c->nvoice_args; k++) {
        const char *eq = strrchr(c->voice_args[k], '=');
        char *who = strndup(c->voice_args[k], (size_t)(eq - c->voice_args[k]));
        st = who ? hd_casting_add(*casting, who, eq + 1) : HD_ERR_NOMEM;
        free(who);
        if (st != HD_OK)
            return report(st, &d, NULL);
    }
    return EX_OK_;
}

static void catch_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
}

/* ------------------------------------------------------------ many statements */

/* One statement of a batch and how its render went. */
typedef struct batch_item {
    const char *input; /* as named */
    char *name;        /* its folder under the output folder */
    int rc;            /* exit status of its render; -1 not started */
    char *error;       /* the error line, or NULL */
    double seconds;    /* wall time of its render */
    double audio_s;    /* audio written, from its index.json */
    hd_render_report rep; /* parts synthesised and reused; already rendered */
} batch_item;

/* "Press Statement 12.txt" -> "press-statement-12": lower-case ASCII letters and
 * digits joined by single hyphens, at most 64 bytes; "statement" when nothing is left. */
static char *batch_slug(const char *input)
{
    const char *base = strcmp(input, "-") != 0 ? input : "stdin";
    const char *slash = strrchr(base, '/');
    if (slash && slash[1])
        base = slash + 1;
    size_t n = strlen(base);
    const char *dot = strrchr(base, '.');
    if (dot && dot != base)
        n = (size_t)(dot - base);
    char *out = malloc(66);
    size_t o = 0;
    if (!out)
        return NULL;
    for (size_t i = 0; i < n && o < 64; i++) {
        unsigned char ch = (unsigned char)base[i];
        if (isalnum(ch) && ch < 0x80)
            out[o++] = (char)tolower(ch);
        else if (o && out[o - 1] != '-')
            out[o++] = '-';
    }
    while (o && out[o - 1] == '-')
        o--;
    if (!o) {
        strcpy(out, "statement");
        return out;
    }
    out[o] = '\0';
    return out;
}

/* Reads the list of inputs, one a line ('#' comments and blank lines skipped), from
 * `from` ('-': standard input). *list gets the lines (owned by *text). */
static int read_list(const char *from, char **text, const char ***list, size_t *n)
{
    size_t len = 0;
    hd_diag d = {0};
    hd_status st = hd_input_read(from, text, &len, &d);
    if (st != HD_OK)
        return report(st, &d, strcmp(from, "-") != 0 ? from : "stdin");
    size_t cap = 1;
    for (size_t i = 0; i < len; i++)
        cap += (*text)[i] == '\n';
    if (!(*list = calloc(cap + 1, sizeof **list))) {
        say("out of memory");
        return EX_SOFTWARE_;
    }
    *n = 0;
    for (char *line = *text, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        size_t l = strlen(line);
        while (l && (line[l - 1] == '\r' || line[l - 1] == ' ' || line[l - 1] == '\t'))
            line[--l] = '\0';
        while (*line == ' ' || *line == '\t')
            line++;
        if (*line && *line != '#')
            (*list)[(*n)++] = line;
    }
    return EX_OK_;
}

/* The error line report() prints, kept for batch.json. */
static char *error_text(hd_status st, const hd_diag *d, const char *name)
{
    const char *path = d->path[0] ? d->path : name;
    const char *msg = d->message[0] ? d->message : hd_strerror(st);
    size_t n = (path ? strlen(path) : 0) + strlen(msg) + 48;
    char *t = malloc(n);
    if (!t)
        return NULL;
    if (path && d->line)
        snprintf(t, n, "%s:%lu:%lu: %s", path, d->line, d->col ? d->col : 1, msg);
    else if (path)
        snprintf(t, n, "%s: %s", path, msg);
    else
        snprintf(t, n, "%s", msg);
    return t;
}

/* Renders one statement of a batch into `outdir`. */
static void batch_one(const cli *c, hd_format fmt, const char *cache, hd_voices *voices,
                      hd_casting *casting, const char *outdir, batch_item *it)
{
    const char *name = strcmp(it->input, "-") != 0 ? it->input : "stdin";
    char *bytes = NULL;
    size_t len = 0;
    hd_doc *doc = NULL;
    hd_plan *plan = NULL;
    hd_diag d = {0};
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    hd_parse_options po = hd_parse_options_default();
    po.plain = c->plain;
    po.lang = c->lang;
    hd_plan_options plo = plan_options(c, casting);
    hd_render_options ro = render_options(c, fmt, cache);
    ro.source = it->input;
    ro.out_dir = outdir;
    ro.report = &it->rep;
    hd_status st = hd_input_read(it->input, &bytes, &len, &d);
    if (st == HD_OK)
        st = hd_doc_parse(bytes, len, &po, &doc, &d);
    if (st == HD_OK)
        st = hd_plan_new(doc, voices, &plo, &plan, &d);
    if (st == HD_OK)
        st = hd_render(plan, &ro, &d);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    it->seconds = (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    if (st != HD_OK) {
        const char *about = st == HD_ERR_CANCELLED || st == HD_ERR_ARG || st == HD_ERR_VOICE ? NULL : name;
        it->error = error_text(st, &d, about);
        it->rc = report(st, &d, about);
    } else {
        it->rc = EX_OK_;
        /* the audio's length, as its manifest gives it */
        size_t pl = strlen(outdir) + sizeof "/index.json";
        char *path = malloc(pl);
        if (path) {
            snprintf(path, pl, "%s/index.json", outdir);
            json_t *m = json_load_file(path, 0, NULL);
            json_t *dur = m ? json_object_get(m, "duration_s") : NULL;
            it->audio_s = json_is_number(dur) ? json_number_value(dur) : 0;
            json_decref(m);
            free(path);
        }
    }
    hd_plan_free(plan);
    hd_doc_free(doc);
    free(bytes);
}

/* Writes OUT/NAME (batch.json, or a shard's batch-K-of-N.json; a temporary, then
 * renamed): every input, its status, error, folder, audio and time. 0, or -1 with
 * errno. */
static int batch_write(const char *out, const char *name, const batch_item *items, size_t n)
{
    json_t *root = json_object(), *list = json_array();
    size_t ok = 0, failed = 0, waiting = 0;
    if (!root || !list) {
        json_decref(root);
        json_decref(list);
        errno = ENOMEM;
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        const batch_item *it = &items[i];
        const char *status = it->rc == EX_OK_ ? "ok" : it->rc < 0 ? "not started"
                                                   : it->rc >= 128 ? "cancelled" : "failed";
        ok += it->rc == EX_OK_;
        failed += it->rc > 0 && it->rc < 128;
        waiting += it->rc < 0 || it->rc >= 128;
        json_t *e = json_object();
        json_object_set_new(e, "input", json_string(it->input));
        json_object_set_new(e, "output", it->name ? json_string(it->name) : json_null());
        json_object_set_new(e, "status", json_string(status));
        json_object_set_new(e, "exit_status", it->rc >= 0 ? json_integer(it->rc) : json_null());
        json_object_set_new(e, "error", it->error ? json_string(it->error) : json_null());
        json_object_set_new(e, "duration_s", json_real(it->audio_s));
        json_object_set_new(e, "seconds", json_real(it->seconds));
        if (it->rc == EX_OK_) {
            json_object_set_new(e, "up_to_date", json_boolean(it->rep.up_to_date));
            json_object_set_new(e, "parts", json_integer((json_int_t)it->rep.units));
            json_object_set_new(e, "synthesised", json_integer((json_int_t)it->rep.synthesised));
            json_object_set_new(e, "reused", json_integer((json_int_t)it->rep.reused));
        }
        json_array_append_new(list, e);
    }
    json_object_set_new(root, "herald", json_string(hd_version()));
    json_object_set_new(root, "statements", list);
    json_object_set_new(root, "ok", json_integer((json_int_t)ok));
    json_object_set_new(root, "failed", json_integer((json_int_t)failed));
    json_object_set_new(root, "not_done", json_integer((json_int_t)waiting));
    size_t pl = strlen(out) + strlen(name) + sizeof "/.tmp";
    char *tmp = malloc(pl), *final = malloc(pl);
    int rc = -1;
    if (tmp && final) {
        snprintf(tmp, pl, "%s/%s.tmp", out, name);
        snprintf(final, pl, "%s/%s", out, name);
        if (json_dump_file(root, tmp, JSON_INDENT(2) | JSON_PRESERVE_ORDER) == 0 && rename(tmp, final) == 0)
            rc = 0;
        else
            unlink(tmp);
    } else {
        errno = ENOMEM;
    }
    free(tmp);
    free(final);
    json_decref(root);
    return rc;
}

/* Whether OUT/NAME, when there is one, is a batch report herald wrote. */
static int batch_ours(const char *out, const char *name)
{
    size_t pl = strlen(out) + strlen(name) + 2;
    char *path = malloc(pl);
    if (!path)
        return 0;
    snprintf(path, pl, "%s/%s", out, name);
    struct stat info;
    int ours = 1;
    if (lstat(path, &info) == 0) {
        json_t *m = S_ISREG(info.st_mode) ? json_load_file(path, 0, NULL) : NULL;
        ours = m && json_is_string(json_object_get(m, "herald")) && json_is_array(json_object_get(m, "statements"));
        json_decref(m);
    }
    free(path);
    return ours;
}

static void batch_progress(size_t done, size_t n, double audio_s, double elapsed)
{
    fprintf(stderr, "\rstatements %zu/%zu  %.1f h of audio  %ld:%02ld elapsed", done, n, audio_s / 3600,
            (long)elapsed / 60, (long)elapsed % 60);
    if (done && done < n) {
        long left = (long)(elapsed / (double)done * (double)(n - done));
        fprintf(stderr, "  about %ld:%02ld left", left / 60, left % 60);
    }
    if (elapsed > 0 && audio_s > 0)
        fprintf(stderr, "  %.0fx real time", audio_s / elapsed);
    fputs("   ", stderr);
}

/* A statement's result counted: its audio, the first failure, an interruption. */
static void batch_done(const batch_item *it, double *audio, int *first_fail, int *rc)
{
    *audio += it->audio_s;
    if (it->rc != EX_OK_ && it->rc < 128 && *first_fail == EX_OK_)
        *first_fail = it->rc;
    if (it->rc >= 128)
        *rc = it->rc;
}

/* A statement rendered in a child process: what it sends back through its pipe. */
typedef struct batch_child {
    pid_t pid;
    int fd;
    size_t k;
} batch_child;

typedef struct batch_record {
    int32_t rc, up_to_date;
    double audio_s, seconds;
    uint64_t units, synthesised, reused, errlen;
} batch_record;

/* Forks a child that renders one statement and sends its batch_record (then the
 * error text) back; 0, or -1 (errno). */
static int batch_spawn(const cli *c, hd_format fmt, const char *cache, hd_voices *voices,
                       hd_casting *casting, const char *dir, batch_item *it, size_t k, batch_child *ch,
                       const batch_child *others, size_t nothers)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    fflush(stderr);
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return -1;
    }
    if (pid == 0) {
        close(fds[0]);
        for (size_t r = 0; r < nothers; r++)
            close(others[r].fd); /* the other statements' pipes are not this one's */
        prctl(PR_SET_PDEATHSIG, SIGTERM); /* it dies with the batch */
        if (getppid() != parent)
            _exit(EX_SOFTWARE_); /* the batch died before that took hold */
        batch_one(c, fmt, cache, voices, casting, dir, it);
        batch_record rec = {it->rc, it->rep.up_to_date, it->audio_s, it->seconds, it->rep.units,
                            it->rep.synthesised, it->rep.reused, it->error ? strlen(it->error) : 0};
        int ok = write(fds[1], &rec, sizeof rec) == (ssize_t)sizeof rec &&
                 (!rec.errlen || write(fds[1], it->error, rec.errlen) == (ssize_t)rec.errlen);
        fflush(stderr);
        _exit(ok ? 0 : EX_IOERR_);
    }
    close(fds[1]);
    ch->pid = pid;
    ch->fd = fds[0];
    ch->k = k;
    return 0;
}

/* Reads all of fd; a new buffer in *out (NULL on oom), its length returned. */
static size_t read_whole(int fd, char **out)
{
    size_t len = 0, cap = 0;
    char *buf = NULL;
    for (;;) {
        if (len == cap) {
            cap = cap ? 2 * cap : 4096;
            char *nb = realloc(buf, cap);
            if (!nb)
                break;
            buf = nb;
        }
        ssize_t got = read(fd, buf + len, cap - len);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        len += (size_t)got;
    }
    *out = buf;
    return len;
}

/* Waits until one child has finished (or a signal comes); fills its item in and
 * returns its index in run, or nrun when none finished. */
static size_t batch_wait(batch_child *run, size_t nrun, batch_item *items)
{
    struct pollfd pf[2];
    for (size_t r = 0; r < nrun; r++) {
        pf[r].fd = run[r].fd;
        pf[r].events = POLLIN;
        pf[r].revents = 0;
    }
    if (poll(pf, (nfds_t)nrun, 200) <= 0)
        return nrun;
    for (size_t r = 0; r < nrun; r++) {
        if (!pf[r].revents)
            continue;
        batch_item *it = &items[run[r].k];
        char *buf = NULL;
        size_t len = read_whole(run[r].fd, &buf);
        close(run[r].fd);
        int status = 0;
        while (waitpid(run[r].pid, &status, 0) < 0 && errno == EINTR)
            ;
        batch_record rec;
        if (buf && len >= sizeof rec && (memcpy(&rec, buf, sizeof rec), rec.errlen <= len - sizeof rec) &&
            len == sizeof rec + rec.errlen) {
            it->rc = rec.rc;
            it->rep.up_to_date = rec.up_to_date;
            it->audio_s = rec.audio_s;
            it->seconds = rec.seconds;
            it->rep.units = (size_t)rec.units;
            it->rep.synthesised = (size_t)rec.synthesised;
            it->rep.reused = (size_t)rec.reused;
            if (rec.errlen && (it->error = malloc(rec.errlen + 1))) {
                memcpy(it->error, buf + sizeof rec, rec.errlen);
                it->error[rec.errlen] = '\0';
            }
        } else {
            /* it died without a word: killed, or a crash */
            it->rc = WIFSIGNALED(status) && (WTERMSIG(status) == SIGINT || WTERMSIG(status) == SIGTERM)
                         ? 128 + WTERMSIG(status)
                         : EX_SOFTWARE_;
            char msg[96];
            snprintf(msg, sizeof msg, "its render ended without a result (%s %d)",
                     WIFSIGNALED(status) ? "signal" : "status",
                     WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
            it->error = strdup(msg);
            if (it->rc == EX_SOFTWARE_)
                say("%s: %s", it->input, msg);
        }
        free(buf);
        return r;
    }
    return nrun;
}

/* A set of names (borrowed strings), for making folder names unique in one pass. */
typedef struct name_set {
    const char **slot;
    size_t cap;
} name_set;

static uint64_t fnv1a(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static name_set *name_set_new(size_t n)
{
    name_set *s = calloc(1, sizeof *s);
    size_t cap = 16;
    while (cap < 2 * n + 16)
        cap *= 2;
    if (s && !(s->slot = calloc(cap, sizeof *s->slot))) {
        free(s);
        return NULL;
    }
    if (s)
        s->cap = cap;
    return s;
}

static int name_set_has(const name_set *s, const char *name)
{
    for (size_t i = fnv1a(name) & (s->cap - 1); s->slot[i]; i = (i + 1) & (s->cap - 1))
        if (strcmp(s->slot[i], name) == 0)
            return 1;
    return 0;
}

/* At most as many names as the set was made for. */
static void name_set_add(name_set *s, const char *name)
{
    size_t i = fnv1a(name) & (s->cap - 1);
    while (s->slot[i])
        i = (i + 1) & (s->cap - 1);
    s->slot[i] = name;
}

static void name_set_free(name_set *s)
{
    if (s)
        free(s->slot);
    free(s);
}

/* The shard (0 to n-1) an input belongs to: a hash of it as listed. */
static unsigned shard_of(const char *input, unsigned n)
{
    return (unsigned)(fnv1a(input) % n);
}

/* An integer environment variable: 1 and *out, 0 when unset, -1 when not a number. */
static int env_int(const char *name, long *out)
{
    const char *v = getenv(name);
    char *end;
    if (!v || !*v)
        return 0;
    errno = 0;
    *out = strtol(v, &end, 10);
    return errno || *end || *out < 0 ? -1 : 1;
}

/* Which share of the inputs this process renders: --shard K/N; else a Slurm job
 * array's task (SLURM_ARRAY_TASK_ID, _MIN, _STEP, _COUNT); else a Kubernetes Indexed
 * Job's JOB_COMPLETION_INDEX with --shards N. --shard none: all. EX_OK_ or 64. */
static int resolve_shard(cli *c)
{
    long id, count, min = 0, step = 1, index;
    if (c->no_shard) {
        c->shard_k = c->shard_n = 0;
        return EX_OK_;
    }
    if (c->shard_n)
        return EX_OK_;
    int has_id = env_int("SLURM_ARRAY_TASK_ID", &id), has_count = env_int("SLURM_ARRAY_TASK_COUNT", &count);
    long max = 0;
    /* a Slurm that sets no count: the array's bounds and step give it */
    if (has_id > 0 && !has_count && env_int("SLURM_ARRAY_TASK_MAX", &max) > 0 &&
        env_int("SLURM_ARRAY_TASK_MIN", &min) > 0 && env_int("SLURM_ARRAY_TASK_STEP", &step) >= 0 &&
        step >= 1 && max >= min) {
        count = (max - min) / step + 1;
        has_count = 1;
    }
    if (has_id && !has_count && !c->shards)
        return usage_error("SLURM_ARRAY_TASK_ID is set but neither SLURM_ARRAY_TASK_COUNT nor the array's "
                           "bounds; give --shard K/N, or --shard none");
    if (has_id && has_count && !c->shards) {
        if (has_id < 0 || has_count < 0 || env_int("SLURM_ARRAY_TASK_MIN", &min) < 0 ||
            env_int("SLURM_ARRAY_TASK_STEP", &step) < 0 || step < 1 || count < 1 || count > 100000 ||
            id < min || (id - min) % step || (id - min) / step >= count)
            return usage_error("the Slurm array's SLURM_ARRAY_TASK_ID, _MIN, _STEP and _COUNT do not "
                               "name one task of the array; give --shard K/N, or --shard none");
        c->shard_k = (int)((id - min) / step) + 1;
        c->shard_n = (int)count;
        if (!c->quiet)
            say("shard %d of %d (from the Slurm array task %ld)", c->shard_k, c->shard_n, id);
        return EX_OK_;
    }
    if (c->shards) {
        int has = env_int("JOB_COMPLETION_INDEX", &index);
        if (has <= 0 || index >= c->shards)
            return usage_error("--shards %d takes this shard's index, 0 to %d, from JOB_COMPLETION_INDEX "
                               "(a Kubernetes Indexed Job); elsewhere give --shard K/N", c->shards,
                               c->shards - 1);
        c->shard_k = (int)index + 1;
        c->shard_n = c->shards;
    }
    return EX_OK_;
}

/* herald FILE FILE... / herald --from LIST: each statement into OUT/NAME/, one failing
 * not stopping the others, then OUT/batch.json. Exits 0 when every statement was
 * rendered, else with the status of the first that failed. */
static int run_batch(const cli *c, hd_format fmt)
{
    const char *out = c->output ? c->output : "herald-out";
    const char **inputs = c->inputs;
    size_t n = c->ninputs;
    char *listed = NULL, *cache = NULL;
    const char **list = NULL;
    batch_item *items = NULL;
    name_set *names = NULL;
    hd_voices *voices = NULL;
    hd_casting *casting = NULL;
    int rc = EX_OK_, stdin_used = c->from && strcmp(c->from, "-") == 0;
    if (c->from) {
        size_t nl = 0;
        if ((rc = read_list(c->from, &listed, &list, &nl)) != EX_OK_)
            goto out;
        /* files named as well come first, then the list's */
        const char **all = calloc(n + nl + 1, sizeof *all);
        if (!all) {
            say("out of memory");
            rc = EX_SOFTWARE_;
            goto out;
        }
        for (size_t k = 0; k < n; k++)
            all[k] = inputs[k];
        for (size_t k = 0; k < nl; k++)
            all[n + k] = list[k];
        free(list);
        list = all;
        inputs = all;
        n += nl;
    }
    if (!n) {
        rc = usage_error("the list '%s' names no statement", c->from);
        goto out;
    }
    if (mkdir(out, 0777) != 0 && errno != EEXIST) {
        say("%s: cannot create the output folder: %s", out, strerror(errno));
        rc = EX_CANTCREAT_;
        goto out;
    }
    char report_name[64] = "batch.json";
    if (c->shard_n)
        snprintf(report_name, sizeof report_name, "batch-%d-of-%d.json", c->shard_k, c->shard_n);
    if (!batch_ours(out, report_name)) {
        say("%s/%s is there already and herald did not write it; move it, or choose another "
            "output folder",
            out, report_name);
        rc = EX_CANTCREAT_;
        goto out;
    }
    if (!(items = calloc(n, sizeof *items))) {
        say("out of memory");
        rc = EX_SOFTWARE_;
        goto out;
    }
    /* folder names: the input's, made unique in the order given over the whole list
     * (the same list gives the same names, in every shard) */
    if (!(names = name_set_new(n))) {
        say("out of memory");
        rc = EX_SOFTWARE_;
        goto out;
    }
    for (size_t k = 0; k < n; k++) {
        items[k].input = inputs[k];
        items[k].rc = -1;
        char *base = batch_slug(inputs[k]);
        if (!base) {
            say("out of memory");
            rc = EX_SOFTWARE_;
            goto out;
        }
        for (int v = 1;; v++) {
            char buf[96];
            if (v == 1)
                snprintf(buf, sizeof buf, "%s", base);
            else
                snprintf(buf, sizeof buf, "%s-%d", base, v);
            if (!name_set_has(names, buf)) {
                items[k].name = strdup(buf);
                if (items[k].name)
                    name_set_add(names, items[k].name);
                break;
            }
        }
        free(base);
        if (!items[k].name) {
            say("out of memory");
            rc = EX_SOFTWARE_;
            goto out;
        }
    }
    /* a shard keeps its share: by a hash of each input as listed, so adding inputs
     * elsewhere in the list moves none of the others */
    if (c->shard_n) {
        size_t m = 0;
        for (size_t k = 0; k < n; k++) {
            if (shard_of(items[k].input, (unsigned)c->shard_n) == (unsigned)c->shard_k - 1)
                items[m++] = items[k];
            else
                free(items[k].name);
        }
        n = m;
    }
    if ((rc = load_voices(c, &voices, &casting)) != EX_OK_)
        goto out;
    catch_signals();
    cache = cache_dir(c);
    int show = !c->quiet && isatty(STDERR_FILENO);
    struct timespec t0, now;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    double audio = 0;
    int first_fail = EX_OK_;
    /* Two statements at once (each with every synthesis process it asks for): while
     * one encodes its chapters and writes its sidecars on a core or so, the other's
     * workers synthesise, so the cores stay busy from one statement to the next. Each
     * runs in a child of this process, which never started espeak-ng. -j 1: one. */
    int width = (c->jobs ? c->jobs : (int)sysconf(_SC_NPROCESSORS_ONLN)) > 1 && n > 1 ? 2 : 1;
    /* built once here, not again in every statement's process */
    hd_prepare();
    batch_child run[2];
    size_t nrun = 0, next = 0, done = 0;
    int forwarded = 0;
    while (next < n || nrun > 0) {
        while (nrun < (size_t)width && next < n && !stop_signal) {
            batch_item *it = &items[next];
            size_t k = next++;
            if (strcmp(it->input, "-") == 0 && stdin_used) {
                it->rc = EX_USAGE_;
                it->error = strdup("standard input is read once: it cannot be a statement and the list");
                say("%s", it->error);
                batch_done(it, &audio, &first_fail, &rc);
                done++;
                continue;
            }
            stdin_used |= strcmp(it->input, "-") == 0;
            size_t pl = strlen(out) + strlen(it->name) + 2;
            char *dir = malloc(pl);
            if (!dir) {
                say("out of memory");
                rc = EX_SOFTWARE_;
                goto out;
            }
            snprintf(dir, pl, "%s/%s", out, it->name);
            if (width == 1) {
                batch_one(c, fmt, cache, voices, casting, dir, it);
                batch_done(it, &audio, &first_fail, &rc);
                done++;
            } else if (batch_spawn(c, fmt, cache, voices, casting, dir, it, k, &run[nrun], run, nrun) == 0) {
                nrun++;
            } else {
                it->rc = EX_SOFTWARE_;
                it->error = strdup("cannot start a process for it");
                say("%s: cannot start a process for it: %s", it->input, strerror(errno));
                batch_done(it, &audio, &first_fail, &rc);
                done++;
            }
            free(dir);
        }
        if (nrun > 0) {
            /* the children hear a signal from the terminal themselves; one sent to
             * this process alone is passed on */
            if (stop_signal && !forwarded) {
                for (size_t r = 0; r < nrun; r++)
                    kill(run[r].pid, (int)stop_signal);
                forwarded = 1;
            }
            size_t r = batch_wait(run, nrun, items);
            if (r < nrun) {
                batch_done(&items[run[r].k], &audio, &first_fail, &rc);
                done++;
                run[r] = run[--nrun];
            }
        }
        if (show) {
            clock_gettime(CLOCK_MONOTONIC, &now);
            batch_progress(done, n, audio, (double)(now.tv_sec - t0.tv_sec));
        }
        if (stop_signal && nrun == 0)
            break;
    }
    if (show)
        fputc('\n', stderr);
    if (batch_write(out, report_name, items, n) != 0) {
        say("%s/%s: cannot write: %s", out, report_name, strerror(errno));
        if (rc == EX_OK_)
            rc = EX_IOERR_;
    }
    if (rc == EX_OK_)
        rc = first_fail;
    if ((show || (c->verbose && !c->quiet)) && !stop_signal) {
        size_t ok = 0, same = 0, parts = 0, made = 0;
        for (size_t k = 0; k < n; k++) {
            ok += items[k].rc == EX_OK_;
            same += items[k].rc == EX_OK_ && items[k].rep.up_to_date;
            parts += items[k].rep.units;
            made += items[k].rep.synthesised;
        }
        say("rendered %zu of %zu statements into %s/ (%s lists them; %zu already "
            "there; synthesised %zu of %zu parts)", ok, n, out, report_name, same, made, parts);
    }
    if (!stop_signal)
        trim_cache(c, cache);
out:
    for (size_t k = 0; items && k < n; k++) {
        free(items[k].name);
        free(items[k].error);
    }
    free(items);
    free(list);
    free(listed);
    free(cache);
    name_set_free(names);
    hd_casting_free(casting);
    hd_voices_free(voices);
    return rc;
}

int main(int argc, char **argv)
{
    cli c = {0};
    char *bytes = NULL, *text = NULL, *outdir = NULL, *cache = NULL;
    size_t len = 0;
    hd_doc *doc = NULL;
    hd_voices *voices = NULL;
    hd_plan *plan = NULL;
    hd_casting *casting = NULL;
    hd_diag d = {0};
    hd_status st = HD_OK;
    int rc = parse_args(argc, argv, &c);
    const char *name;

    if (rc >= 0) {
        free(c.inputs);
        return rc;
    }
    if (c.preset) {
        /* what podcast platforms ask for; any option given wins over it */
        if (!c.format)
            c.format = "mp3";
        if (!c.channels)
            c.channels = 2;
        if (!c.sample_rate)
            c.sample_rate = 44100;
        if (!c.chapters_set)
            c.chapters = HD_CHAPTERS_NONE;
        if (!c.bitrate && strcmp(c.format, "mp3") == 0)
            c.bitrate = 128;
    }
    if (strcmp(c.command, "voices") == 0)
        return cmd_voices(&c);
    if (strcmp(c.command, "cache") == 0)
        return cmd_cache(&c);
    if (strcmp(c.command, "batch-report") == 0) {
        rc = cmd_batch_report(&c);
        free(c.inputs);
        return rc;
    }
    if (c.cache_max_set && c.no_cache) {
        free(c.inputs);
        return usage_error("--cache-max trims the cache; --no-cache keeps none");
    }
    const char *env_jobs = getenv("HERALD_JOBS");
    if (!c.jobs && env_jobs && *env_jobs && parse_jobs(env_jobs, &c.jobs) != 0) {
        free(c.inputs);
        return usage_error("HERALD_JOBS takes a number of processes from 1 to 64, not '%s'", env_jobs);
    }
    rc = EX_OK_;
    name = c.input && strcmp(c.input, "-") != 0 ? c.input : "stdin";

    hd_format fmt = HD_FORMAT_OGG;
    if (c.format && hd_format_parse(c.format, &fmt) != HD_OK) {
        rc = usage_error("unknown format '%s' (choose wav, ogg, opus, flac or mp3)", c.format);
        goto out;
    }
    int streaming = c.output && strcmp(c.output, "-") == 0;
    if (streaming && c.preset) {
        rc = usage_error("--preset %s writes files into a folder; it cannot stream to '-o -'", c.preset);
        goto out;
    }
    if (streaming && c.epub) {
        rc = usage_error("--epub writes a book into a folder; it cannot stream to '-o -'");
        goto out;
    }
    if (streaming && c.format && fmt != HD_FORMAT_WAV) {
        rc = usage_error("'-o -' streams WAV only; '-f %s' needs an output directory", c.format);
        goto out;
    }
    if (streaming && strcmp(c.command, "render") == 0 && isatty(STDOUT_FILENO)) {
        rc = usage_error("refusing to write audio to a terminal; pipe it (herald -o - FILE | aplay)");
        goto out;
    }

    if (strcmp(c.command, "render") == 0 && (c.ninputs > 1 || c.from || c.shard_n || c.shards)) {
        if ((rc = resolve_shard(&c)) != EX_OK_)
            goto out;
        if (streaming) {
            rc = usage_error("several statements render into a folder each; '-o -' streams one");
            goto out;
        }
        rc = run_batch(&c, fmt);
        goto out;
    }
    if ((st = hd_input_read(c.input, &bytes, &len, &d)) != HD_OK) {
        rc = report(st, &d, name);
        goto out;
    }
    hd_parse_options po = hd_parse_options_default();
    po.plain = c.plain;
    po.lang = c.lang;
    if (streaming && strcmp(c.command, "render") == 0) {
        /* parsed and planned as it is heard: a long statement's first sound does not
         * wait for the whole */
        if ((rc = load_voices(&c, &voices, &casting)) != EX_OK_)
            goto out;
        hd_plan_options plo = plan_options(&c, casting);
        catch_signals();
        cache = cache_dir(&c);
        hd_render_options ro = render_options(&c, HD_FORMAT_WAV, cache);
        ro.source = c.input ? c.input : "-";
        ro.stream_fd = STDOUT_FILENO;
        progress_state sps = {{0, 0}, 0};
        clock_gettime(CLOCK_MONOTONIC, &sps.t0);
        if (!c.quiet && isatty(STDERR_FILENO)) {
            ro.progress = on_progress;
            ro.user = &sps;
        }
        st = hd_stream(bytes, len, &po, voices, &plo, &ro, &d);
        if (sps.shown)
            fputc('\n', stderr);
        if (st != HD_OK)
            rc = report(st, &d, st == HD_ERR_CANCELLED || st == HD_ERR_ARG ? NULL : name);
        else
            trim_cache(&c, cache);
        goto out;
    }
    if ((st = hd_doc_parse(bytes, len, &po, &doc, &d)) != HD_OK) {
        rc = report(st, &d, name);
        goto out;
    }
    if (strcmp(c.command, "segment") == 0) {
        if (c.json) {
            if ((st = hd_doc_json(doc, &text)) != HD_OK) {
                rc = report(st, &d, name);
                goto out;
            }
            rc = write_stdout(text);
        } else {
            for (size_t i = 0; i < hd_doc_sentence_count(doc) && rc == EX_OK_; i++) {
                hd_sentence s;
                hd_doc_sentence(doc, i, &s);
                if (printf("%s\n", s.text) < 0)
                    rc = EX_IOERR_;
            }
            if (rc == EX_OK_)
                rc = write_stdout("");
        }
        goto out;
    }

    if ((rc = load_voices(&c, &voices, &casting)) != EX_OK_)
        goto out;
    hd_plan_options plo = plan_options(&c, casting);
    if ((st = hd_plan_new(doc, voices, &plo, &plan, &d)) != HD_OK) {
        rc = report(st, &d, st == HD_ERR_ARG || st == HD_ERR_VOICE ? NULL : name);
        goto out;
    }
    if (strcmp(c.command, "plan") == 0) {
        if ((st = hd_plan_json(plan, &text)) != HD_OK) {
            rc = report(st, &d, name);
            goto out;
        }
        rc = write_stdout(text);
        goto out;
    }

    catch_signals();

    progress_state ps = {{0, 0}, 0};
    clock_gettime(CLOCK_MONOTONIC, &ps.t0);
    cache = cache_dir(&c);
    hd_render_options ro = render_options(&c, streaming ? HD_FORMAT_WAV : fmt, cache);
    ro.source = c.input ? c.input : "-";
    if (!c.quiet && isatty(STDERR_FILENO)) {
        ro.progress = on_progress;
        ro.user = &ps;
    }
    hd_render_report rep;
    ro.report = &rep;
    if (streaming) {
        ro.stream_fd = STDOUT_FILENO;
    } else {
        if (!(outdir = c.output ? strdup(c.output) : default_output(c.input))) {
            say("out of memory");
            rc = EX_SOFTWARE_;
            goto out;
        }
        ro.out_dir = outdir;
    }
    st = hd_render(plan, &ro, &d);
    if (ps.shown)
        fputc('\n', stderr);
    if (st != HD_OK) {
        rc = report(st, &d, st == HD_ERR_CANCELLED || st == HD_ERR_ARG ? NULL : name);
        goto out;
    }
    if (!streaming && !c.quiet && (c.verbose || isatty(STDERR_FILENO)))
        say_done(&c, &rep, hd_plan_chapter_count(plan), outdir);
    trim_cache(&c, cache);
out:
    hd_plan_free(plan);
    hd_casting_free(casting);
    hd_voices_free(voices);
    hd_doc_free(doc);
    hd_shutdown();
    free(text);
    free(bytes);
    free(outdir);
    free(cache);
    free(c.inputs);
    if (stop_signal) {
        /* Die of the signal, so a calling shell sees how the run ended. */
        signal((int)stop_signal, SIG_DFL);
        raise((int)stop_signal);
    }
    return rc;
}

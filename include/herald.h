/* herald: published statements (press statements, speeches, briefings, interviews,
 * press releases) into accessible audio. This is the library's only public header. */
#ifndef HERALD_H
#define HERALD_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Ownership, once for the whole API: what a `_new`, `_parse`, `_load` or `_read` call
 * hands back through an out-parameter is yours, to release with the matching `_free`
 * (or free() for plain `char *` buffers). Everything else you receive is borrowed from
 * the handle it came from and stays valid until that handle is freed. Strings you pass
 * in, the library copies if it keeps them. Every `_free` accepts NULL.
 *
 * Threads: espeak-ng keeps global state, so hd_render() may run in one thread of a
 * process at a time. Parse, segment and plan calls are reentrant.
 *
 * Failure: a call that fails leaves its out-parameters untouched (or NULL for handles),
 * frees what it allocated, and, when given a non-NULL `hd_diag`, fills it in.
 */

#if defined(__GNUC__)
#define HD_API __attribute__((visibility("default")))
#else
#define HD_API
#endif

#define HD_VERSION "0.1.0"

typedef enum hd_status {
    HD_OK = 0,
    HD_ERR_NOMEM,     /* out of memory */
    HD_ERR_ARG,       /* invalid argument or option value */
    HD_ERR_INPUT,     /* input missing or unreadable */
    HD_ERR_UTF8,      /* input is not valid UTF-8 (diag has line and column) */
    HD_ERR_EMPTY,     /* input has nothing to speak */
    HD_ERR_VOICE,     /* a profile's espeak-ng voice is not installed, or no speaker profile */
    HD_ERR_SYNTH,     /* espeak-ng failed */
    HD_ERR_CREATE,    /* output cannot be created */
    HD_ERR_WRITE,     /* I/O error while writing output */
    HD_ERR_CANCELLED, /* the caller's cancel callback asked to stop */
    HD_ERR_SETTINGS,  /* a voice profile, cast file or lexicon is malformed (diag: where) */
    HD_ERR_TOO_LARGE  /* an input or settings file is larger than herald reads */
} hd_status;

/* Static text for a status; never NULL. */
HD_API const char *hd_strerror(hd_status st);

/* Details of a failure: where (line and column are 1-based, 0 when not about a
 * position in a file) and what, as one line without a trailing newline. `path` names
 * the file the message is about when it is not the input ("" otherwise). */
typedef struct hd_diag {
    unsigned long line;
    unsigned long col;
    char path[512];
    char message[512];
} hd_diag;

/* Version strings: herald's, espeak-ng's and libsndfile's. Static text. */
HD_API const char *hd_version(void);
HD_API const char *hd_espeak_version(void);
HD_API const char *hd_sndfile_version(void);
/* What a render's audio depends on besides herald: espeak-ng's version and a digest of
 * its data files, read once per process (about 500 files are looked at). A program
 * that renders in child processes asks for it first, so that they inherit it. */
HD_API const char *hd_engine_identity(void);

/* Builds now, once, what every statement's parse, plan and render share and would
 * otherwise build on first use: the index of herald's word lists, the engine's
 * identity, and libespeak-ng loaded. A program that renders in child processes calls
 * it before it forks them, so that they inherit it rather than each building its own
 * (espeak-ng is loaded, not started: forking stays safe). Safe to call more than
 * once. */
HD_API void hd_prepare(void);

/* ---------------------------------------------------------------- input */

/* The largest statement herald reads, and the largest settings file (profile, cast,
 * lexicon). */
#define HD_INPUT_MAX (64L << 20)
#define HD_SETTINGS_MAX (16L << 20)

/* Reads a whole file, or standard input when `path` is NULL or "-", into a new buffer
 * (NUL-terminated for convenience; *len excludes the NUL). A named file must be a
 * regular file (a pipe is read as standard input); at most HD_INPUT_MAX bytes.
 * HD_ERR_INPUT: cannot open or read, or not a regular file; HD_ERR_TOO_LARGE: more
 * than HD_INPUT_MAX bytes; HD_ERR_NOMEM. Diag says why. */
HD_API hd_status hd_input_read(const char *path, char **bytes, size_t *len, hd_diag *diag);

/* ---------------------------------------------------------------- statements */

typedef struct hd_doc hd_doc;

typedef struct hd_parse_options {
    int plain;        /* 1: prose only: no header, no speaker cues; paragraphs and sentences */
    const char *lang; /* "en", "fr", or NULL: found from the statement's words */
} hd_parse_options;

HD_API hd_parse_options hd_parse_options_default(void);

/* Parses a statement: validates UTF-8, recovers header, blocks, speakers, chapters and
 * sentences. `bytes` is copied. `opt` may be NULL for defaults.
 * HD_ERR_UTF8 (diag line/col point at the first bad byte), HD_ERR_EMPTY (nothing to
 * speak), HD_ERR_ARG (NULL bytes with len > 0, or NULL out), HD_ERR_NOMEM. */
HD_API hd_status hd_doc_parse(const char *bytes, size_t len, const hd_parse_options *opt,
                              hd_doc **out, hd_diag *diag);
HD_API void hd_doc_free(hd_doc *doc);

/* Header fields (borrowed; NULL when the statement has none). `date` is ISO 8601
 * (YYYY-MM-DD); `updated` is YYYY-MM-DDTHH:MM or a date. */
typedef struct hd_header {
    const char *kind, *title, *byline, *date, *updated, *delivery;
} hd_header;
HD_API hd_header hd_doc_header(const hd_doc *doc);

typedef struct hd_sentence {
    int chapter;          /* 1-based */
    size_t block;         /* 1-based block number in reading order */
    const char *kind;     /* title byline meta heading speech list stage note */
    const char *speaker;  /* speaker id ("s1"), or NULL where no person speaks */
    size_t start, end;    /* byte offsets into the input given to hd_doc_parse */
    const char *text;     /* NFC, white space folded to single spaces */
} hd_sentence;

HD_API size_t hd_doc_sentence_count(const hd_doc *doc);
/* Fills *out with sentence i (0-based). HD_ERR_ARG if i is out of range. */
HD_API hd_status hd_doc_sentence(const hd_doc *doc, size_t i, hd_sentence *out);

/* `herald segment --json`: the document record then one record per sentence, as JSON
 * Lines, in a new buffer. HD_ERR_NOMEM. */
HD_API hd_status hd_doc_json(const hd_doc *doc, char **out);

/* ---------------------------------------------------------------- voices */

typedef struct hd_voices hd_voices;

/* Loads voice profiles: from `dir` when not NULL; otherwise from $HERALD_VOICES, then
 * ./voices (if the user's own), then the installed data directory, the first that
 * exists; the built-in
 * profiles fill in any name none of them has.
 * HD_ERR_SETTINGS (diag names file, line and key), HD_ERR_INPUT (dir unreadable),
 * HD_ERR_NOMEM. */
HD_API hd_status hd_voices_load(const char *dir, hd_voices **out, hd_diag *diag);
HD_API void hd_voices_free(hd_voices *v);

/* Adds a pronunciation lexicon file (one `word<TAB>respelling` or
 * `word<TAB>[[espeak phonemes]]` a line, `#` comments) whose entries win over the
 * built-in and directory ones. HD_ERR_INPUT (unreadable), HD_ERR_SETTINGS (bad line:
 * diag has path and line), HD_ERR_NOMEM. */
HD_API hd_status hd_voices_add_lexicon(hd_voices *v, const char *path, hd_diag *diag);

typedef struct hd_voice_info {
    const char *name;    /* profile name: narrator, speaker-1, … */
    const char *espeak;  /* espeak-ng voice and variant, e.g. en-gb+m3 */
    int rate, pitch, range, volume, wordgap;
    const char *source;  /* file it came from, or "built-in" */
} hd_voice_info;
HD_API size_t hd_voices_count(const hd_voices *v);
/* The directory the profiles were read from, or NULL when all are built in. ./voices
 * is used only when it belongs to the user (or root) and only they may write to it. */
HD_API const char *hd_voices_dir(const hd_voices *v);
HD_API hd_status hd_voices_get(const hd_voices *v, size_t i, hd_voice_info *out);

/* Casting: who speaks with which profile. `who` is a speaker's id (s2), name (Ana Ruiz,
 * or a surname), role (Secretary General) or outlet (Agence Nord), as `herald plan`
 * shows them. A later entry for the same speaker wins. */
typedef struct hd_casting hd_casting;
HD_API hd_status hd_casting_new(hd_casting **out);
HD_API void hd_casting_free(hd_casting *c);
/* Adds one entry; both strings are copied. HD_ERR_ARG (empty), HD_ERR_NOMEM. */
HD_API hd_status hd_casting_add(hd_casting *c, const char *who, const char *profile);
/* Adds the entries of a cast file: one `who = profile` a line, `#` comments.
 * HD_ERR_INPUT (unreadable), HD_ERR_SETTINGS (bad line: diag has path and line),
 * HD_ERR_NOMEM. */
HD_API hd_status hd_casting_load(hd_casting *c, const char *path, hd_diag *diag);

/* ---------------------------------------------------------------- plans */

typedef struct hd_plan hd_plan;

/* Where a pause falls: after a sentence inside a paragraph, between paragraphs (and
 * headings, stage directions), between list items, where the speaker changes, after
 * the header, at the end of a chapter. */
typedef enum hd_pause_kind {
    HD_PAUSE_SENTENCE,
    HD_PAUSE_PARAGRAPH,
    HD_PAUSE_LIST,
    HD_PAUSE_TURN,
    HD_PAUSE_HEADER,
    HD_PAUSE_CHAPTER,
    HD_PAUSE_KINDS
} hd_pause_kind;

/* "sentence" "paragraph" "list" "turn" "header" "chapter" to a kind; HD_ERR_ARG. */
HD_API hd_status hd_pause_kind_parse(const char *name, hd_pause_kind *out);
HD_API const char *hd_pause_kind_name(hd_pause_kind k);

/* How a render is cut into chapter files: the header, then the statement's sections
 * (headings); one chapter per speaker turn or question-and-answer pair; or one file. */
typedef enum hd_chapters { HD_CHAPTERS_SECTIONS, HD_CHAPTERS_TURNS, HD_CHAPTERS_NONE } hd_chapters;

/* When the narrator names a speaker ("Ana Ruiz, Spokesperson."), in a statement with
 * more than one speaker: the first time each is heard, at every turn, or never. */
typedef enum hd_announce { HD_ANNOUNCE_FIRST, HD_ANNOUNCE_ALWAYS, HD_ANNOUNCE_NEVER } hd_announce;

typedef struct hd_plan_options {
    int rate_wpm; /* 0: each profile's own rate; else 80..900 words per minute */
    const char *narrator;        /* profile of the narrator; NULL: "narrator" */
    const hd_casting *casting;   /* NULL: speakers get speaker-1, speaker-2, … in order */
    hd_announce announce;
    hd_chapters chapters;
    /* Pauses in milliseconds, exactly as given; -1 (the default) for herald's own,
     * which scale with the rate. 0..10000. */
    int pause_ms[HD_PAUSE_KINDS];
} hd_plan_options;
HD_API hd_plan_options hd_plan_options_default(void);

/* Plans the speech of a parsed document: one utterance per sentence with its voice,
 * speech text and the pause after it, and the chapters. `doc` must outlive the plan;
 * `voices` (NULL: hd_voices_load(NULL)) and `opt` are read only during the call.
 * Each distinct speaker gets a distinct profile, in order of appearance: the casting's
 * choice, else the next speaker-N profile not yet used; past the last, a variant of one
 * with its pitch moved. HD_ERR_ARG (rate or pause out of range, or a profile named by
 * the options does not exist), HD_ERR_VOICE (no speaker profile at all), HD_ERR_NOMEM. */
HD_API hd_status hd_plan_new(const hd_doc *doc, const hd_voices *voices,
                             const hd_plan_options *opt, hd_plan **out, hd_diag *diag);
HD_API void hd_plan_free(hd_plan *plan);

HD_API size_t hd_plan_utterance_count(const hd_plan *plan);
HD_API size_t hd_plan_chapter_count(const hd_plan *plan);

/* `herald plan`: the document record then one record per utterance, JSON Lines. */
HD_API hd_status hd_plan_json(const hd_plan *plan, char **out);

/* ---------------------------------------------------------------- rendering */

typedef enum hd_format {
    HD_FORMAT_WAV,
    HD_FORMAT_OGG, /* Ogg Vorbis */
    HD_FORMAT_OPUS,
    HD_FORMAT_FLAC,
    HD_FORMAT_MP3
} hd_format;

/* "wav" "ogg" "opus" "flac" "mp3" to a format. HD_ERR_ARG for anything else. */
HD_API hd_status hd_format_parse(const char *name, hd_format *out);
/* File extension without the dot. */
HD_API const char *hd_format_ext(hd_format f);

typedef struct hd_progress {
    size_t chapter, chapters;  /* 1-based chapter being rendered, of how many */
    size_t done, total;        /* utterances synthesised so far, of how many */
} hd_progress;

/* What a render did, for the caller (hd_render_options.report). */
typedef struct hd_render_report {
    size_t units;       /* work units of the plan */
    size_t synthesised; /* units synthesised by this render */
    size_t reused;      /* units taken from the cache */
    int up_to_date;     /* the folder already held this very render: nothing was written */
} hd_render_report;

/* hd_render_options.loudness: keep espeak-ng's own level. */
#define HD_LOUDNESS_OFF 1.0

typedef struct hd_render_options {
    hd_format format;
    int channels;          /* 1 (default) or 2 */
    int sample_rate;       /* 0: espeak-ng's 22050 Hz; Opus goes to a rate it takes */
    /* Target integrated loudness in LUFS (EBU R128), true peak at most -1 dBTP;
     * 0: -19 for mono, -16 for stereo; HD_LOUDNESS_OFF: unchanged. A directory render
     * measures the whole statement first; a stream cannot look ahead, so each voice
     * gets a gain calibrated on a test sentence. */
    double loudness;
    double max_chapter_s;  /* > 0: split a chapter at the next sentence end past this */
    const char *out_dir;   /* directory for chapter files; created if missing */
    int stream_fd;         /* >= 0: one WAV streamed to this descriptor; out_dir unused */
    const char *source;    /* input name recorded in the manifest ("-" for stdin) */
    /* A directory kept between runs and shared safely by any number of processes,
     * on one machine or several: small facts (which espeak-ng voice a profile's name
     * means; a voice's loudness for streams), so a stream starts at once, and the
     * audio of every work unit synthesised (units/), so rendering again synthesises
     * only what changed, and a folder render's finished files, so the same render
     * into another folder is a checked copy. NULL: nothing is kept. */
    const char *cache_dir;
    /* Synthesis processes at once (each work unit runs in a fresh process, so the
     * audio is the same for any number); chapters are encoded on as many threads.
     * 0: the processors online. */
    int jobs;
    /* Called as utterances are synthesised, then as they are encoded, from the thread
     * that called hd_render; may be NULL. */
    void (*progress)(void *user, const hd_progress *p);
    /* Polled often (also when a write to the stream is interrupted by a signal);
     * non-zero stops the render: nothing of it is left and hd_render returns
     * HD_ERR_CANCELLED. May be NULL. */
    int (*cancelled)(void *user);
    void *user;
    /* feed.xml's links: absolute under this URL; NULL: relative to the folder */
    const char *base_url;
    /* MP3 and Opus: the encoder's bit rate in kbit/s (MP3 constant); 0: its default */
    int bitrate_kbps;
    /* Non-zero: also an EPUB 3 read-along book (Media Overlays; MP3 audio inside,
     * encoded for it when the format is another), SLUG.epub in out_dir. */
    int epub;
    /* Non-zero (the default): also index.html, a web player that shows the text,
     * highlights the sentence being spoken and plays from any sentence. */
    int player;
    /* Filled in by hd_render when not NULL (also after a failure). */
    hd_render_report *report;
} hd_render_options;
HD_API hd_render_options hd_render_options_default(void);

/* Synthesises a plan. To a directory: one file per chapter, NN-slug.EXT, each written
 * under a temporary name and renamed when complete, tagged, then index.json,
 * playlist.m3u8, playlist.ffconcat, captions.vtt (and NN-slug.vtt per chapter),
 * captions.srt, transcript.json, chapters.json and feed.xml (and SLUG.epub with
 * `epub`, index.html with `player`). A file of that name
 * that an earlier render did not write is never replaced (HD_ERR_CREATE). To a stream:
 * a WAV header with unknown length, then each sentence's samples as it is done.
 * HD_ERR_ARG (bad channels, rate or loudness), HD_ERR_CREATE (directory or file
 * cannot be created), HD_ERR_WRITE, HD_ERR_SYNTH, HD_ERR_VOICE (a profile's espeak-ng
 * voice is not installed), HD_ERR_CANCELLED, HD_ERR_NOMEM. After a failure no temporary file remains; chapters completed before
 * it keep their final names but no manifest is written. */
HD_API hd_status hd_render(const hd_plan *plan, const hd_render_options *opt, hd_diag *diag);

/* Streams a statement given as text to opt->stream_fd: hd_doc_parse, hd_plan_new and
 * hd_render in one, with their options (voices NULL: hd_voices_load(NULL)), except that
 * a long statement's first sound does not wait for the whole to be parsed: its opening
 * (some 16 KB, to the end of a paragraph) is planned alone, and the rest while its
 * first sentence is heard. The audio is the whole statement's plan's, to the sample,
 * when both read that first sentence alike; otherwise (something further on changed
 * how the opening is read) the stream goes on from the first sentence after it.
 * The text is checked as UTF-8 to its end before anything is written. Returns what
 * those functions return. */
HD_API hd_status hd_stream(const char *bytes, size_t len, const hd_parse_options *parse_opt,
                           const hd_voices *voices, const hd_plan_options *plan_opt,
                           const hd_render_options *opt, hd_diag *diag);

/* The unit cache in a cache directory (hd_render_options.cache_dir): how many units'
 * audio it holds and their size in bytes (a directory never made holds none).
 * HD_ERR_ARG, HD_ERR_INPUT (it cannot be read), HD_ERR_NOMEM. */
HD_API hd_status hd_cache_usage(const char *dir, unsigned long long *units, unsigned long long *bytes,
                                hd_diag *diag);

/* Removes the least recently used units until at most max_bytes remain (0: every
 * unit), and temporaries older than an hour that a killed process left. Safe while
 * other processes use the cache: one that loses an entry synthesises it again.
 * HD_ERR_ARG, HD_ERR_WRITE, HD_ERR_NOMEM. */
HD_API hd_status hd_cache_trim(const char *dir, unsigned long long max_bytes, hd_diag *diag);

/* Releases espeak-ng's global state. Optional, at process end. */
HD_API void hd_shutdown(void);

#ifdef __cplusplus
}
#endif
#endif

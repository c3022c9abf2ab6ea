/* publish: what goes beside the audio and what the commands print: the manifest
 * (index.json), the playlist, and the JSON Lines of `segment --json` and `plan`. */
#ifndef HD_PUBLISH_H
#define HD_PUBLISH_H

#include <stddef.h>
#include <stdint.h>
#include "herald.h"

typedef struct pub_chapter {
    char *file;  /* NN-slug.ext */
    char *title;
    unsigned long long frames; /* as written, at `rate` */
    int rate;
    double start_s;            /* on the whole render's timeline */
    size_t first, last;        /* utterances [first, last) */
} pub_chapter;

/* Where a word starts, in seconds from the utterance's start, as espeak-ng's word
 * events tell; pos is where it is in a text: in the text espeak-ng was given
 * (syn_text of the utterance's speech), in characters from 1, as the events come, or
 * in the utterance's written text, in bytes, once aligned (pub_align_words). */
typedef struct pub_word {
    uint32_t pos;
    double at_s;
} pub_word;

/* Where an utterance's speech lies on the whole render's timeline, in seconds, and
 * where its written words start (aligned; may be none). */
typedef struct pub_timing {
    double start_s, end_s;
    const pub_word *words;
    size_t nwords;
} pub_timing;

/* A file of a render and its size, as the manifest lists them. */
typedef struct pub_file {
    const char *name;
    long long bytes;
} pub_file;

/* A finished directory render, as the sidecars describe it. */
typedef struct pub_render {
    const hd_plan *plan;
    const pub_chapter *ch;
    size_t nch;
    const pub_timing *t; /* per utterance */
    const char *source;
    hd_format fmt;
    int channels;
    int loudness_on;
    double target_lufs, lufs, true_peak_dbtp;
    const pub_file *files; /* for the manifest: every file but itself */
    size_t nfiles;
    const char *render_key; /* what the render was made from (a hash), or NULL */
} pub_render;

/* Matches espeak-ng's word starts in utterance i (events, positions in the text it
 * was given) in order to the written words of the utterance that say them as
 * written: *out (new, *nout long; NULL when none) gives each matched written word's
 * byte offset and start. Captions are cut only there. HD_ERR_NOMEM. */
hd_status pub_align_words(const hd_plan *p, size_t i, const pub_word *events, size_t n,
                          pub_word **out, size_t *nout);

/* "Opening remarks" -> "opening-remarks": lower-case ASCII letters and digits joined
 * by single hyphens, at most 48 bytes, "chapter" when nothing is left. New string. */
char *pub_slug(const char *title);

/* "NN-slug.ext" for chapter `index` (1-based) of `count`. New string. */
char *pub_chapter_file(size_t index, size_t count, const char *title, const char *ext);

/* The sidecars of a render, as new strings: index.json, playlist.m3u8 (extended M3U,
 * durations to the millisecond), captions.vtt
 * (WebVTT, a cue per sentence with <v Speaker>), transcript.json, chapters.json
 * (Podcasting 2.0 JSON chapters). HD_ERR_NOMEM. */
hd_status pub_manifest(const pub_render *r, char **out);
hd_status pub_playlist(const pub_render *r, char **out);
hd_status pub_captions(const pub_render *r, char **out);
/* Captions of chapter file c (0-based) on that file's own timeline (NN-slug.vtt). */
hd_status pub_file_captions(const pub_render *r, size_t c, char **out);
/* captions.srt: SubRip, lines of at most 32 characters. */
hd_status pub_srt(const pub_render *r, char **out);
/* feed.xml: RSS 2.0 with the iTunes and Podcasting 2.0 namespaces, an item per audio
 * file (enclosure with its bytes from r->files, duration, chapters and transcripts of
 * a one-file render, a chapter's own captions otherwise, a podcast:person for each
 * speaker heard). Links are absolute under base_url, or relative when it is NULL. */
hd_status pub_feed(const pub_render *r, const char *base_url, char **out);
/* playlist.ffconcat: ffmpeg's concat list of the chapter files, exact durations. */
hd_status pub_ffconcat(const pub_render *r, char **out);
hd_status pub_transcript(const pub_render *r, char **out);
hd_status pub_chapters(const pub_render *r, char **out);

/* The ID3v2.3 tag of MP3 file c (0-based) of the render: its title, the statement as
 * album, artist, date, track c+1 of all, comment; in a one-file render, the
 * statement's sections as CHAP frames with a CTOC. New bytes. HD_ERR_NOMEM. */
hd_status pub_id3(const pub_render *r, size_t c, const char *artist, const char *comment,
                  unsigned char **out, size_t *n);

/* What a speaker is called in captions and transcripts: a questioner's outlet, the
 * name, the role, or the id; "Narrator" for k < 0. */
const char *pub_speaker_label(const hd_doc *d, int k);
/* The speaker of utterance u (index into the doc's speakers), or -1: the narrator. */
struct pro_utterance;
int pub_utterance_speaker(const hd_plan *p, const struct pro_utterance *u);

/* Appends t escaped for XML text and attributes (&, <, >, ", '), dropping the control
 * characters XML 1.0 has no place for. */
struct sb;
void pub_xml_text(struct sb *b, const char *t);

/* Who the tags name as artist: the speakers with names, or the body named in the
 * byline; NULL when neither. New string. */
char *pub_artist(const hd_doc *d);


#endif

/* prosody: the plan. One utterance per sentence with its voice, speech text and the
 * pause after it; the chapters the utterances fall in. */
#ifndef HD_PROSODY_H
#define HD_PROSODY_H

#include <stddef.h>
#include "herald.h"
#include "statement.h"
#include "voices.h"

/* herald's pauses at the reference rate, in milliseconds, by hd_pause_kind. */
extern const int pro_default_pause[HD_PAUSE_KINDS];
enum { PRO_RATE_REFERENCE = 175 };

#define PRO_NO_SENTENCE ((size_t)-1)

typedef struct pro_utterance {
    size_t sentence; /* index into the doc's sentences, or PRO_NO_SENTENCE */
    char *text;      /* an announcement's text (sentence is PRO_NO_SENTENCE), else NULL */
    int announces;   /* the speaker an announcement introduces, else -1 */
    int chapter;     /* 1-based, in the plan's chapters (the chapter policy) */
    int section;     /* 1-based, in the statement's own chapters (header, headings) */
    int voice;       /* index into the plan's voices */
    int pause_ms;
    hd_pause_kind pause; /* what the pause after it marks */
} pro_utterance;

/* A work unit: utterances [first, last), synthesised together by one fresh
 * synthesiser. Units depend on the plan alone. */
typedef struct pro_unit {
    size_t first, last;
    size_t bytes; /* of text: what it will take to synthesise */
} pro_unit;

struct hd_plan {
    const hd_doc *doc; /* borrowed: must outlive the plan */
    sp_lexicon lexicon; /* the plan's own copy: speech is made when it is needed */
    vo_profile *voices;
    size_t nvoices;
    pro_utterance *u;
    size_t n;
    char **titles; /* chapter titles */
    size_t nchapters;
    hd_chapters policy;
    int rate_wpm; /* 0: the profiles' own */
    pro_unit *units;
    size_t nunits;
};

/* The speech of utterance i: what espeak-ng reads, with lexicon phonemes marked as
 * SP_PHONEMES_OPEN ... SP_PHONEMES_CLOSE (syn_text turns it into espeak-ng's input).
 * New string; NULL on oom. */
char *pro_speech(const hd_plan *plan, size_t i);

/* A pause scaled from the reference rate to `rate` words per minute. */
int pro_scale_pause(int ms, int rate);

/* The rate an utterance is spoken at. */
int pro_rate(const hd_plan *plan, const pro_utterance *u);

#endif

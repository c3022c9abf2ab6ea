/* statement: what a sighted reader sees at a glance. The header (kind, title, byline,
 * date, updated, delivery note), body blocks (paragraphs, headings, list items, stage
 * directions, notes, end markers), speakers, chapters and the sentences of each block. */
#ifndef HD_STATEMENT_H
#define HD_STATEMENT_H

#include <stddef.h>
#include "herald.h"

typedef enum st_kind {
    ST_TITLE,
    ST_BYLINE,
    ST_META,
    ST_HEADING,
    ST_SPEECH,
    ST_LIST,
    ST_STAGE,
    ST_NOTE
} st_kind;

/* "title" "byline" … as in the command-line contract. */
const char *st_kind_name(st_kind k);

typedef struct st_block {
    st_kind kind;
    size_t start, end; /* the text to speak, [start, end) of the input */
    int speaker;       /* index into speakers, or -1 where no person speaks */
    int chapter;       /* 1-based */
    int header;        /* 1: part of the header */
    int turn;          /* 1: a speaker cue starts this block */
    int cont;          /* 1: continues the paragraph of the block before (split by a
                        * quotation or a stage direction) */
    int quoted;        /* 1: a quotation voiced by the person it is attributed to */
    int joins;         /* 1: a line of a video's captions that goes on with the sentence
                        * the block before left without its end */
    int lang;          /* its language when it is not the statement's (a bilingual
                        * statement's other half: data_lang_index), else -1 */
} st_block;

typedef struct st_speaker {
    char *id, *name, *role; /* name or role may be NULL, never both */
    char *outlet;           /* a questioner's outlet, or NULL */
    int asks;               /* questioner or interviewer */
} st_speaker;

/* Someone the header names (byline, title, fields), who becomes a speaker when first
 * heard. */
typedef struct st_person {
    char *name, *role;
    int asks; /* an interviewer the byline names ("… by Kestrel Radio journalist Tom Hale") */
} st_person;

typedef struct st_chapter {
    char *title;
} st_chapter;

typedef struct st_sentence {
    size_t block; /* index into blocks */
    size_t start, end;
    char *text;
} st_sentence;

struct hd_doc {
    char *src;
    size_t len;
    char *kind, *title, *byline, *date, *updated, *delivery;
    int date_order; /* dt_order: how its numeric dates are written */
    int lang;       /* its language: data_lang_index ("en" 0, "fr" 1) */
    int peso;       /* "$" is the peso: a Spanish statement that says so (data/es/peso-words.txt) */
    int cites;      /* it cites numbered paragraphs ("at [12]", "[34]-[41]", a judgment's): a
                     * bare "[2]" is a paragraph, not a footnote's mark */
    char *defined;  /* acronyms it defines in brackets ("… Protection (DEP)"), " DEP SCU ", or NULL */
    int narrated;   /* a kind with no speaker of its own (a press release, a readout) */
    int answerer;   /* who answers "A" under a heading "… briefing by the Spokesperson", or -1 */
    size_t titled_scans; /* searches of the text for "Dr. Nora Hale" so far (speakers.c): bounded */
    st_block *blocks;
    size_t nblocks, cap_blocks;
    st_speaker *speakers;
    size_t nspeakers, cap_speakers;
    st_person *people;
    size_t npeople, cap_people;
    struct spk_index *who; /* the speakers' and people's index (speakers.c) */
    st_chapter *chapters;
    size_t nchapters, cap_chapters;
    st_sentence *sents;
    size_t nsents, cap_sents;
};

#endif

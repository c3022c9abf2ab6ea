/* readalong: the statement as a sighted reader sees it, every sentence an element
 * with an id and its clip, for the read-along publications: the EPUB's content
 * documents (epub.c) and the web player, index.html. Both take their times from the
 * render's timeline (pub_render.t), the one source captions and transcript.json use. */
#ifndef HD_READALONG_H
#define HD_READALONG_H

#include <stddef.h>
#include "publish.h"

struct sb;

/* Whether utterance i is shown and paired: a sentence of the statement with audio. */
int ra_shown(const pub_render *r, size_t i);

/* The blocks of chapter c (0-based): headings, paragraphs, lists, stage directions,
 * speakers' names where a turn starts, each shown sentence a span id="sN" (N: the
 * statement's sentence number from 1). The markup is both XHTML and HTML. With
 * `timed`, each span also carries class "s", data-begin and data-end (its clip, in
 * seconds on the chapter file's timeline, to the millisecond) and data-turn where a
 * speaker's turn starts. */
void ra_blocks(struct sb *b, const pub_render *r, size_t c, int timed);

/* index.html: a self-contained web player (no network, no framework) that shows the
 * statement with its chapters and speakers, plays the chapter files in order,
 * highlights and scrolls to the sentence being spoken, plays from a clicked sentence
 * and moves by keyboard (sentence, chapter, turn, play/pause, rate). HD_ERR_NOMEM. */
hd_status ra_player(const pub_render *r, char **out);

#endif

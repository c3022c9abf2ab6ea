/* id3: the ID3v2.3 tag at the front of an MP3, with chapters. libsndfile's MP3
 * tags put a whole date in the four-digit year frame and cannot carry chapters;
 * podcast players read chapters from CHAP frames and a CTOC (ID3v2 Chapter Frame
 * Addendum 1.0). Version 2.3, not 2.4: it is what most players and taggers read.
 * Text is ISO-8859-1 when it fits, else UTF-16 with a byte order mark. */
#ifndef HD_ID3_H
#define HD_ID3_H

#include <stddef.h>
#include "herald.h"

typedef struct id3_chapter {
    double start_s, end_s; /* on the file's timeline */
    const char *title;
} id3_chapter;

typedef struct id3_tags {
    const char *title, *album, *artist, *comment, *software;
    const char *date; /* ISO 8601: "2025-03-14"; the year and day go to TYER and TDAT */
    int track, tracks;    /* 0: none */
    const id3_chapter *chapters;
    size_t nchapters; /* at most 255 (CTOC's count is one byte); more are left out */
} id3_tags;

/* The whole tag (header and frames) as new bytes in *out, *n long. Absent (NULL)
 * fields have no frame. HD_ERR_NOMEM. */
hd_status id3_render(const id3_tags *t, unsigned char **out, size_t *n);

#endif

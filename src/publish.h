/* publish: what goes beside the audio and what the commands print: the manifest
 * (index.json), the playlist, and the JSON Lines of `segment --json` and `plan`. */
#ifndef HD_PUBLISH_H
#define HD_PUBLISH_H

#include <stddef.h>
#include "herald.h"

typedef struct pub_chapter {
    char *file;  /* NN-slug.ext */
    const char *title;
    unsigned long long frames;
    int rate;
} pub_chapter;

/* "Opening remarks" -> "opening-remarks": lower-case ASCII letters and digits joined
 * by single hyphens, at most 48 bytes, "chapter" when nothing is left. New string. */
char *pub_slug(const char *title);

/* "NN-slug.ext" for chapter `index` (1-based) of `count`. New string. */
char *pub_chapter_file(size_t index, size_t count, const char *title, const char *ext);

/* The manifest and the playlist for rendered chapters, as new strings. */
hd_status pub_manifest(const hd_plan *plan, const pub_chapter *ch, size_t n,
                       const char *source, hd_format fmt, char **out);
hd_status pub_playlist(const hd_plan *plan, const pub_chapter *ch, size_t n, char **out);

/* Writes `text` to dir/name through a temporary file and a rename. HD_ERR_CREATE,
 * HD_ERR_WRITE; no temporary remains after a failure. */
hd_status pub_write_file(const char *dir, const char *name, const char *text, hd_diag *diag);

#endif

/* epub: a render as an EPUB 3 read-along publication. The statement's text as a
 * sighted reader sees it (header, headings, paragraphs, lists, stage directions,
 * speakers' names), every sentence an element with an id, one SMIL Media Overlay per
 * chapter pairing each sentence with its clip in that chapter's MP3, a navigation
 * document of chapters and turns, and EPUB Accessibility metadata. Written with
 * libzip: `mimetype` first and stored. */
#ifndef HD_EPUB_H
#define HD_EPUB_H

#include <stddef.h>
#include "publish.h"

/* One file of the package: its path inside the EPUB and its bytes (text, owned), or
 * (audio) the path of a file on disk to copy in (owned). */
typedef struct epub_part {
    char *name;
    char *text;
    char *from;
} epub_part;

typedef struct epub_book {
    epub_part *parts;
    size_t n;
} epub_book;

/* The package of a finished render. audio[c] is the path on disk of chapter c's MP3
 * (the chapter file itself, or a copy made for the book); it goes in as
 * audio/<chapter file's name, .mp3>. modified: "YYYY-MM-DDThh:mm:ssZ". HD_ERR_NOMEM. */
hd_status epub_make(const pub_render *r, const char *const *audio, const char *modified,
                    epub_book *out);
void epub_free(epub_book *b);

/* Writes the book as a zip at `path` (libzip: a temporary beside it, renamed when
 * complete). HD_ERR_WRITE with diag. */
hd_status epub_write(const epub_book *b, const char *path, hd_diag *diag);

/* "press-statement-by-the-minister.epub": the book's file name for a statement
 * title. New string. */
char *epub_file_name(const char *title);

#endif

/* segment: sentence boundaries inside a block, as byte offsets into the input.
 * What abbreviations exist is data (data/en/abbreviations.txt). */
#ifndef HD_SEGMENT_H
#define HD_SEGMENT_H

#include <stddef.h>
#include "herald.h"

typedef struct seg_span {
    size_t start, end; /* trimmed, [start, end) */
} seg_span;

/* Splits s[a, b) into sentences. *out is new (free()); *n may be 0 for blank text.
 * HD_ERR_NOMEM. */
hd_status seg_split(const char *s, size_t a, size_t b, seg_span **out, size_t *n);

/* How an abbreviation (without its final stop, any case) behaves before a capital:
 * 't' title (never ends a sentence), 'i' inner, 'o' other (ends before a capital),
 * 0 when it is not a known abbreviation. */
int seg_abbreviation(const char *word, size_t len);

/* Whether w[0, n) (with or without its stop) is a street's word: "St.", "Ave", "Road". */
int seg_street_word(const char *w, size_t n);
/* seg_street_word, only in its abbreviated forms ("St.", "Blvd."; not "Street."). */
int seg_street_abbreviation(const char *w, size_t n);

/* A footnote's mark in plain figures right after a sentence's stop at s[dot], as
 * text copied from a PDF keeps its superscripts ("… since May 2023.1 Annual …", "…
 * in the March quarter.2"): the mark's length (1 or 2), or 0. The stop follows a word
 * in lower case (no abbreviation's: "p.12"), a closing bracket or quotation mark, or a
 * year after a month or "in", "since", "until", "during"; the figures end the text or
 * come before a space and a capital. */
size_t seg_footnote_mark(const char *s, size_t a, size_t dot, size_t b);

#endif

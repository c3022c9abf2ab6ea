/* text: reading input, UTF-8 validation, NFC and white-space clean-up, lines. All
 * offsets are byte offsets into the caller's original input, never into a copy. */
#ifndef HD_TEXT_H
#define HD_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include "herald.h"

typedef struct txt_line {
    size_t start, end; /* [start, end), without the line terminator */
} txt_line;

/* Reads a settings file (profile, cast, lexicon): a regular file of at most
 * HD_SETTINGS_MAX bytes, into a new NUL-terminated buffer. HD_ERR_INPUT,
 * HD_ERR_TOO_LARGE, HD_ERR_NOMEM; diag names the file. */
hd_status txt_read_settings(const char *path, char **bytes, size_t *len, hd_diag *diag);

/* HD_OK, or HD_ERR_UTF8 with diag line and column (in characters, 1-based) of the
 * first byte that is not valid UTF-8. */
hd_status txt_validate(const char *s, size_t n, hd_diag *diag);

/* Length of a UTF-8 byte order mark at s (3) or 0. */
size_t txt_bom(const char *s, size_t n);

/* Splits [from, n) into lines at \n, \r\n and \r. *lines is new (free()). */
hd_status txt_lines(const char *s, size_t n, size_t from, txt_line **lines, size_t *count);

/* Decodes the code point at s[*i] (valid UTF-8 assumed) and advances *i. */
int32_t txt_next(const char *s, size_t n, size_t *i);
/* The code point that ends just before byte `end`, and its start in *start. */
int32_t txt_prev(const char *s, size_t begin, size_t end, size_t *start);

/* Letter case in any script: 1 when the first character of s[0, n) is an upper-case
 * (or title-case) letter; 1 when s[0, n) has a lower-case letter. */
int txt_starts_upper(const char *s, size_t n);
int txt_has_lower(const char *s, size_t n);

/* Whether s[0, n) holds only punctuation and spaces ("—", "...", "-- --"): no word,
 * figure or symbol to say. */
int txt_only_punctuation(const char *s, size_t n);

/* Whether s[0, n) holds an ASCII digit. */
int txt_has_digit(const char *s, size_t n);

/* Whether c is a pictograph or a part of one (emoji, their joiner and variation
 * selector, regional indicators): nothing a voice should read. */
int txt_is_emoji(int32_t c);

/* Words in s[a, b): runs of characters other than spaces and tabs. */
size_t txt_words(const char *s, size_t a, size_t b);
/* The code point c in lower (upper) case, as Unicode maps it one to one. */
int32_t txt_lower(int32_t c);
int32_t txt_upper(int32_t c);

/* Spaces, tabs, line breaks, other Unicode separators and control characters. */
int txt_is_space(int32_t c);
/* Characters to drop when speaking: format characters (soft hyphen, zero-width). */
int txt_is_ignorable(int32_t c);

/* 1: the range holds nothing but white space and ignorable characters. */
int txt_is_blank(const char *s, size_t a, size_t b);

/* [*a, *b) shrunk past leading and trailing white space. */
void txt_trim(const char *s, size_t *a, size_t *b);

/* A new string: s[a, b) in NFC, control characters and line breaks as spaces,
 * ignorable characters dropped, runs of white space folded, trimmed. NULL on oom. */
char *txt_clean(const char *s, size_t a, size_t b);

/* The length of a dash at s[i] (before b): 1 for a hyphen, 3 for an en or em dash, 0
 * for none. */
size_t txt_dash_len(const char *s, size_t i, size_t b);

/* Where a dash after a space ends s[a, b) ("Ron Kessler, mayor of Abbotsford –", white
 * space after it ignored): the space before it; b when s[a, b) ends otherwise. */
size_t txt_trailing_dash(const char *s, size_t a, size_t b);

/* 1 when s[a, b) is valid UTF-8 whose characters NFC leaves as they are, alone and
 * next to each other (txt_clean's fast path: a copy instead of utf8proc). */
int txt_nfc_inert(const char *s, size_t a, size_t b);

/* 1 when capitals c[0, n) (three to six, A-Z) are no English word a reader would say
 * ("UDCG", "IOPC", "TEAE"), so are spelled; the rules are in text.c. */
int txt_unsayable_caps(const char *c, size_t n);

/* HTML left in a statement copied from a page's source, a CMS or a feed: character
 * references ("&amp;", "&rsquo;", "&#8217;") decoded and known tags ("<p>", "<br>",
 * "<strong>") taken out, in place and byte for byte, so every offset stays the input's:
 * what a reference or tag leaves over is spaces beside a space or a line's end, else
 * characters txt_clean drops (format characters); a block's tag ("</p>", "<br>",
 * "<li>") ends its line. Returns the number of references and tags replaced. */
size_t txt_unhtml(char *s, size_t n);

#endif

/* data: the data files compiled into the library (src/data/, voices/). */
#ifndef HD_DATA_H
#define HD_DATA_H

#include <stddef.h>

typedef struct data_file {
    const char *name; /* "en/abbreviations.txt", "voices/narrator.voice" */
    const char *bytes;
    size_t len;
} data_file;

/* Terminated by an entry whose name is NULL. Generated at build time. */
extern const data_file data_files[];

/* Languages. Callers name English files ("en/kinds.txt"); while another language is
 * set for the calling thread, the name stands for that language's file
 * ("fr/kinds.txt"), and a file the language lacks is empty. */
enum { DATA_NLANGS = 3 };               /* en, fr, es */
int data_lang_index(const char *lang); /* "en" 0, "fr" 1, "es" 2; -1 unknown */
const char *data_lang_code(int index); /* NULL out of range */
int data_set_lang(int index);          /* returns the one set before */
/* (inline: the speech rules ask at every character) */
extern _Thread_local int hd_data_lang;
static inline int data_lang(void) { return hd_data_lang; }

/* Runs build(lang) once per language, the first time the current language needs it,
 * with that language set (a cache of a data file's words per language); returns the
 * current language. `done` is an array of DATA_NLANGS flags the caller keeps. */
int data_once(int *done, void (*build)(int lang));

/* What herald's English word or phrase is in the current language (data/fr/words.txt:
 * "Statement" is "Déclaration"), or `english` itself. The result lives until eight
 * more calls on the thread. */
const char *data_say(const char *english);

/* Builds the index of every data file's lines and words now (else the first lookup
 * does): a process that forks children builds it once for all of them. */
void data_prepare(void);

/* The embedded file of that name (a string constant, as for the lookups below), or
 * NULL. */
const data_file *data_get(const char *name);

/* Iterates the lines of a data file, skipping blank lines and '#' comments, with
 * leading and trailing white space trimmed. Returns 1 and sets [*line, *len) while
 * lines remain; *pos starts at 0. */
int data_next_line(const data_file *f, size_t *pos, const char **line, size_t *len);

/* Every lookup below names its file with a string constant: the pointer is remembered
 * (per thread and language) as that file. */

/* Where in a line a word may stand for data_word_line. */
enum { DATA_ANYWHERE, DATA_FIRST, DATA_NOT_FIRST };

/* The first line of data file `name` that holds w[0, n) as a whole space-separated
 * word at `place` (in any case when `any_case`), or NULL. Found through an index
 * built once for all files: one probe. */
const char *data_word_line(const char *name, const char *w, size_t n, int any_case, int place);

/* The lines (at most `max`, at most 16, in file order) whose first field, up to a
 * tab, is key[0, n) (in any case when `any_case`); returns how many. */
size_t data_field_lines(const char *name, const char *key, size_t n, int any_case,
                        const char **lines, size_t *lens, size_t max);

/* The lines (at most `max`, at most 32, in file order) whose first field, up to a tab
 * (with `whole`, the whole line), is in any case a prefix of s[0, n); returns how
 * many. One pass over s, one probe at each length some key has: a loop over the
 * file's lines asking each whether it starts s, without the loop. */
size_t data_prefix_lines(const char *name, const char *s, size_t n, int whole, const char **lines, size_t *lens,
                         size_t max);

/* The bytes (a bit set over 0..255) that a first field of data file `name` starts
 * with, in either case: a caller trying keys at every byte skips those none can start
 * at without a lookup. */
void data_starts(const char *name, unsigned char set[32]);

/* 1 when w[0, n) is, in any case, a whole line of data file `name`. */
int data_has_line(const char *name, const char *w, size_t n);

/* Writes the index over the data files as C arrays (tools/dataindex.c, at build time;
 * the library is compiled with them, HD_DATA_INDEX). 0, or -1 when out of memory. */
#include <stdio.h>
int data_index_write(FILE *out);

#endif

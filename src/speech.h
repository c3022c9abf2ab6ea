/* speech: turns a sentence's text into the exact string handed to espeak-ng, the way a
 * person would read it: abbreviations, dates, times, money, ranges, acronyms, symbols,
 * addresses and phone numbers, and a pronunciation lexicon. Only the sentence's own
 * final mark may make espeak-ng pause like at a sentence end. */
#ifndef HD_SPEECH_H
#define HD_SPEECH_H

#include <stddef.h>
#include "herald.h"
#include "statement.h"

/* word -> what espeak-ng reads instead: a respelling, or espeak-ng phonemes in [[ ]]. */
typedef struct sp_entry {
    char *word, *say;
    int any_case; /* the word is all lower-case: match it in any case */
} sp_entry;

typedef struct sp_lexicon {
    sp_entry *v;
    size_t n, cap;
} sp_lexicon;

/* Adds the entries of a lexicon file (one `word<TAB or =>respelling` a line, `#`
 * comments); a later entry for a word replaces an earlier one. HD_ERR_VOICE with
 * diag line when a line has no respelling; HD_ERR_NOMEM. */
hd_status sp_lexicon_parse(sp_lexicon *lex, const char *text, size_t len, const char *source,
                           hd_diag *diag);
void sp_lexicon_clear(sp_lexicon *lex);

/* The speech text for a sentence of the given kind, new (free()); NULL on oom. `lex`
 * may be NULL. */
char *sp_speech_text(const char *text, st_kind kind, const sp_lexicon *lex);

#endif

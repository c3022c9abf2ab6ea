/* speech: turns a sentence's text into the exact string handed to espeak-ng, the way a
 * person would read it: abbreviations, dates, times, money, ranges, acronyms, symbols,
 * addresses and phone numbers, and a pronunciation lexicon. Only the sentence's own
 * final mark may make espeak-ng pause like at a sentence end. */
#ifndef HD_SPEECH_H
#define HD_SPEECH_H

#include <stddef.h>
#include "herald.h"
#include "statement.h"

/* Lexicon phonemes travel inside speech text between these two control characters,
 * which text from a statement never holds (the text stage turns control characters
 * into spaces); only syn_text turns them into espeak-ng's [[ ]]. */
#define SP_PHONEMES_OPEN '\x01'
#define SP_PHONEMES_CLOSE '\x02'

/* A passage in another language travels in speech text as SP_SPAN_OPEN, its language
 * code (letters, digits and '-': "uk", "fr", "und-Cyrl"), SP_SPAN_TEXT, the passage's
 * speech text in that language, SP_SPAN_CLOSE; syn_text keeps that frame and the
 * synthesiser speaks the passage with sp_span_voice(code). */
#define SP_SPAN_OPEN '\x03'
#define SP_SPAN_TEXT '\x04'
#define SP_SPAN_CLOSE '\x05'
enum { SP_SPAN_CODE_MAX = 15 };

/* The espeak-ng voice that speaks passages in language code[0, n) (data/en/span-voices.txt:
 * "uk" -> "uk", "und-Cyrl" -> "ru"), or NULL when espeak-ng has none fit to speak it. */
const char *sp_span_voice(const char *code, size_t n);

/* The longest phoneme string a lexicon entry may hold (espeak-ng 1.51 overruns a
 * 200-byte buffer with a long phoneme word). */
enum { SP_PHONEMES_MAX = 64 };

/* 1 when s[0, n) is a phoneme string espeak-ng takes safely: 1 to SP_PHONEMES_MAX
 * characters of its phoneme alphabet (letters, digits, @ ' , % = : ; # * ? ! - . / "
 * ~ ^ | _ and space), no brackets, and no _^_ (a language switch whose name espeak-ng
 * 1.51 copies without a bound). */
int sp_phonemes_ok(const char *s, size_t n);

/* word -> what espeak-ng reads instead: a respelling, or espeak-ng phonemes. Entries
 * are kept in one pool of strings and found through a hash of the word in lower
 * case, so loading is linear and a lookup is one probe. */
typedef struct sp_entry {
    size_t word, say;  /* offsets into pool */
    size_t len;        /* of the word */
    unsigned hash;     /* of the word in lower case */
    int any_case;      /* the word is all lower-case: match it in any case */
    int phonemes;      /* `say` is espeak-ng phonemes */
} sp_entry;

typedef struct sp_lexicon {
    char *pool;
    size_t pool_len, pool_cap;
    sp_entry *v;
    size_t n, cap;
    size_t *table; /* open addressing: entry index + 1, 0 for empty */
    size_t tcap;   /* a power of two, or 0 */
} sp_lexicon;

/* Adds the entries of a lexicon file (one `word<TAB or =>respelling` or
 * `word<TAB>[[phonemes]]` a line, `#` comments); a later entry for a word replaces an
 * earlier one. HD_ERR_SETTINGS with diag line when a line has no respelling or its
 * phonemes are not a plain espeak-ng phoneme string of at most SP_PHONEMES_MAX
 * bytes; HD_ERR_NOMEM. */
hd_status sp_lexicon_parse(sp_lexicon *lex, const char *text, size_t len, const char *source,
                           hd_diag *diag);
/* A copy of `from` into *to (empty). HD_ERR_NOMEM. */
hd_status sp_lexicon_copy(const sp_lexicon *from, sp_lexicon *to);
void sp_lexicon_clear(sp_lexicon *lex);

/* What the speech text of a sentence depends on beyond its own words. */
typedef struct sp_context {
    const sp_lexicon *lex; /* may be NULL */
    int date_order;        /* dt_order: how the statement writes numeric dates */
    int lang;              /* data_lang_index: the statement's language ("en" 0) */
    int peso;              /* "$" is the peso (hd_doc.peso) */
    const char *defined;   /* acronyms the statement defines (hd_doc.defined), or NULL */
    int footnotes;         /* it cites no numbered paragraphs (!hd_doc.cites): a bare "[2]"
                            * marks a footnote or a seed, not paragraph 2 */
} sp_context;

/* The speech text for a sentence of the given kind, new (free()); NULL on oom. `cx`
 * may be NULL (no lexicon, numeric dates day first). */
char *sp_speech_text(const char *text, st_kind kind, const sp_context *cx);

#endif

/* synth: the only file that includes espeak-ng's headers. One synthesiser per process
 * (espeak-ng keeps global state); synchronous mode, one call per utterance, no end
 * pause. */
#ifndef HD_SYNTH_H
#define HD_SYNTH_H

#include <stddef.h>
#include "herald.h"
#include "voices.h"

/* Receives audio as it is synthesised. Non-zero return stops the utterance. */
typedef int (*syn_pcm_fn)(void *user, const short *pcm, size_t n);

/* espeak-ng's sample rate: 22050 Hz in every build of espeak-ng 1.x. */
enum { SYN_RATE = 22050 };

/* Loads libespeak-ng now, if it is not loaded yet, without starting it: a process
 * about to fork synthesisers loads it once for all of them. Nothing else needs to
 * call it (every function here loads it when it needs it). HD_ERR_SYNTH when it cannot
 * be loaded (diag says why). */
hd_status syn_load(hd_diag *diag);

/* Starts loading libespeak-ng on a thread of its own, for a caller with other work to
 * do first (a stream plans its opening meanwhile); syn_load and everything else here
 * wait for it. That thread must be gone before the process forks: syn_load_wait, or
 * syn_load (which the pool's users call before they fork), joins it. */
void syn_load_ahead(void);
/* The same, and then, on that thread, resolves the espeak-ng voice of every profile
 * of the set (from the resolutions kept in cache_dir, or one listing of espeak-ng's
 * voices for all): the processes forked after syn_load_wait inherit the answers. */
void syn_load_ahead_voices(const hd_voices *voices, const char *cache_dir);
void syn_load_wait(void);

/* Initialises espeak-ng once per process; later calls do nothing. *rate gets the
 * sample rate. HD_ERR_SYNTH when espeak-ng or its data cannot be loaded. Starts a
 * thread inside espeak-ng, for its asynchronous mode: a process that has called it
 * forks only as the pool's template does, children that speak synchronously and never
 * touch that thread's queue (pool.c). */
hd_status syn_open(int *rate, hd_diag *diag);

/* Where resolutions of voice names to espeak-ng's identifiers are kept between runs
 * (NULL or "": nowhere); a process's workers inherit it. */
void syn_set_cache(const char *dir);

/* Loads a profile's espeak-ng voice (and its language's dictionary) without speaking:
 * what a process forked after it would otherwise load itself. Speaking with any voice
 * afterwards gives the same samples as in a synthesiser that loaded nothing before
 * (espeak-ng 1.51, tested by test_synth). After syn_open. */
hd_status syn_preload(const vo_profile *v, hd_diag *diag);

/* Checks that a profile's espeak-ng voice and variant are installed, without starting
 * the synthesiser (so the caller may still fork). HD_ERR_VOICE naming the voice
 * otherwise. */
hd_status syn_check(const vo_profile *v, hd_diag *diag);
/* The same, giving the identifier espeak-ng selects it by ("gmw/en+m3") in id. */
hd_status syn_resolve(const vo_profile *v, char *id, size_t n, hd_diag *diag);
/* How many times this process has listed espeak-ng's voices (at most once a process,
 * or once after each syn_close). */
unsigned syn_listings(void);

/* The text espeak-ng is given for herald's speech text: the guard. Nothing of the
 * statement can reach espeak-ng as markup or phonemes: brackets and control
 * characters in the text go, and only lexicon phonemes (between SP_PHONEMES_OPEN and
 * SP_PHONEMES_CLOSE, checked again here) become [[ ]]. New string; NULL on oom. */
char *syn_text(const char *speech);

/* Speaks herald's speech text (through syn_text) with profile v at `rate` words per
 * minute, handing samples to fn as they come. HD_ERR_CANCELLED when fn returned
 * non-zero; HD_ERR_SYNTH, HD_ERR_VOICE, HD_ERR_NOMEM. */
hd_status syn_speak(const vo_profile *v, int rate, const char *speech, syn_pcm_fn fn, void *user,
                    hd_diag *diag);

/* Receives each word's start: its position in syn_text(speech) in characters from 1,
 * and in the utterance's audio in samples from its first. */
typedef void (*syn_word_fn)(void *user, size_t text_pos, size_t sample);

/* syn_speak, telling `word` where each word starts (espeak-ng's word events). */
hd_status syn_speak_words(const vo_profile *v, int rate, const char *speech, syn_pcm_fn fn,
                          syn_word_fn word, void *user, hd_diag *diag);

/* What espeak-ng's audio depends on besides the text and the voice settings: its
 * version, where its data is, and a hash of every data file's name, size and time.
 * Starts no thread (the caller may still fork); loads libespeak-ng only when the
 * version and data folder are not kept in the cache directory (syn_set_cache). */
const char *syn_identity(void);

void syn_close(void);

#endif

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

/* Initialises espeak-ng once per process; later calls do nothing. *rate gets the
 * sample rate (22050). HD_ERR_SYNTH when espeak-ng or its data cannot be loaded. */
hd_status syn_open(int *rate, hd_diag *diag);

/* Checks that a profile's espeak-ng voice and variant are installed.
 * HD_ERR_VOICE naming the voice otherwise. Needs syn_open. */
hd_status syn_check(const vo_profile *v, hd_diag *diag);

/* Speaks `text` (UTF-8, exact length taken with strlen) with profile v at `rate`
 * words per minute, handing samples to fn as they come. HD_ERR_CANCELLED when fn
 * returned non-zero; HD_ERR_SYNTH, HD_ERR_VOICE. */
hd_status syn_speak(const vo_profile *v, int rate, const char *text, syn_pcm_fn fn, void *user,
                    hd_diag *diag);

void syn_close(void);

#endif

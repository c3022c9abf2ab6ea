/* voices: voice profiles (voices/NAME.voice, built-in copies of the shipped ones) and
 * casting speakers to profiles. */
#ifndef HD_VOICES_H
#define HD_VOICES_H

#include <stddef.h>
#include "herald.h"
#include "speech.h"

typedef struct vo_profile {
    char *name;
    char *espeak; /* voice+variant as espeak-ng takes it: en-gb+m3 */
    int rate, pitch, range, volume, wordgap;
    char *source;
} vo_profile;

struct hd_voices {
    vo_profile *v;
    size_t n, cap;
    sp_lexicon lexicon; /* built-in entries, then the directory's, then the user's */
};

/* Parses the text of one profile into *out (new strings; vo_profile_clear frees).
 * Unknown keys, bad numbers and values out of range are HD_ERR_VOICE with diag line
 * and a message naming the key. */
hd_status vo_parse(const char *text, size_t len, const char *name, const char *source,
                   vo_profile *out, hd_diag *diag);
void vo_profile_clear(vo_profile *p);
hd_status vo_profile_copy(const vo_profile *from, vo_profile *to);

/* The profile of that name, or NULL. */
const vo_profile *vo_find(const hd_voices *v, const char *name);

/* The profile for a speaker index (-1: narrator): speaker-1, speaker-2, … cycling
 * through those that exist. Never NULL when the set holds the built-ins. */
const vo_profile *vo_cast(const hd_voices *v, int speaker);

#endif

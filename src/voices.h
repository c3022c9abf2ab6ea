/* voices: voice profiles (voices/NAME.voice, built-in copies of the shipped ones) and
 * casting speakers to profiles. */
#ifndef HD_VOICES_H
#define HD_VOICES_H

#include <stddef.h>
#include "herald.h"
#include "speech.h"
#include "util.h"

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
    char *dir;          /* the directory profiles came from, or NULL */
    hmap names;         /* profile name -> index into v */
    size_t speaker_profiles; /* speaker-1 … speaker-N without a gap */
};

/* Parses the text of one profile into *out (new strings; vo_profile_clear frees).
 * Unknown keys, bad numbers and values out of range are HD_ERR_SETTINGS with diag line
 * and a message naming the key. */
hd_status vo_parse(const char *text, size_t len, const char *name, const char *source,
                   vo_profile *out, hd_diag *diag);
void vo_profile_clear(vo_profile *p);
hd_status vo_profile_copy(const vo_profile *from, vo_profile *to);

/* The profile of that name, or NULL. */
const vo_profile *vo_find(const hd_voices *v, const char *name);

typedef struct vo_cast_entry {
    char *who, *profile;
} vo_cast_entry;

struct hd_casting {
    vo_cast_entry *v;
    size_t n, cap;
};

/* Adds the `who = profile` lines of a cast file's text. HD_ERR_SETTINGS (diag: source
 * and line), HD_ERR_NOMEM. */
hd_status vo_casting_parse(hd_casting *c, const char *text, size_t len, const char *source,
                           hd_diag *diag);

/* How many speaker-1 … speaker-N profiles the set has, numbered without a gap. */
size_t vo_speaker_profiles(const hd_voices *v);

/* The k-th (0-based) automatic speaker profile: speaker-(k+1) while they last, then a
 * copy of one with its pitch moved, named speaker-(k+1), into *out (new strings).
 * HD_ERR_VOICE when there is no speaker profile at all; HD_ERR_NOMEM. */
hd_status vo_auto_profile(const hd_voices *v, size_t k, vo_profile *out);

#endif

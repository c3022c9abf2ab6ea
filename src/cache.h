/* cache: small records kept between runs under a cache directory (the command's is
 * $XDG_CACHE_HOME/herald): what espeak-ng voice a profile's name resolves to, and a
 * voice's loudness, so a stream starts without listing every voice or calibrating.
 * A record is a file named by a hash of its key that holds the key itself, so a
 * collision or a damaged file reads as a miss; it is written under a temporary name
 * and renamed, so any number of processes may share the directory. A miss is never an
 * error: the caller computes the value. */
#ifndef HD_CACHE_H
#define HD_CACHE_H

#include <stddef.h>

/* Copies the value stored for `key` in `dir` (NULL: no cache) into value[0, n) and
 * returns 1; 0 when there is none (or it does not fit). */
int cache_get(const char *dir, const char *kind, const char *key, char *value, size_t n);

/* Stores `value` for `key`, creating `dir` when missing. Failures are silent: the
 * cache is only ever a shortcut. */
void cache_put(const char *dir, const char *kind, const char *key, const char *value);

#endif

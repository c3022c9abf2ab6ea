/* ucache: the audio of work units kept between runs, content-addressed. An entry is
 * named by a 128-bit hash of its key (everything that changes the samples: espeak-ng's
 * version and data, each utterance's voice settings, rate, pause and exact speech
 * text, herald's audio format version) and holds the key itself, what the worker
 * reported about the unit (opaque here) and its samples, then a checksum of all of
 * it. Written under a temporary name and renamed, so any number of processes, on one
 * machine or several sharing a file system, may fill one cache at once; a collision,
 * a torn or damaged entry reads as a miss (and the damaged file is removed), never as
 * audio. Touched when used, so trimming removes the least recently used first. */
#ifndef HD_UCACHE_H
#define HD_UCACHE_H

#include <stddef.h>

/* Stores an entry for `key`: meta[0, metalen), then `bytes` bytes of audio read from
 * the start of pcm_fd (pread: its offset does not move). 0 on success; failures are
 * silent otherwise (the cache is only ever a shortcut). */
int uc_store(const char *dir, const char *key, size_t keylen, const void *meta, size_t metalen,
             int pcm_fd, unsigned long long bytes);

/* Looks up `key`. On a whole, matching entry: writes its audio to out_fd (from the
 * descriptor's current offset), sets *meta (new; free it) and *metalen and *bytes,
 * marks the entry used, and returns 1. 0 on a miss or a damaged entry (removed); -1
 * when out_fd cannot be written. out_fd may hold a part of the audio after 0 or -1:
 * the caller truncates it. */
int uc_load(const char *dir, const char *key, size_t keylen, int out_fd, char **meta,
            size_t *metalen, unsigned long long *bytes);

/* How many unit entries `dir` holds and their size in bytes. 0, or -1 (errno) when
 * the directory cannot be read (a cache never made counts as empty). */
int uc_usage(const char *dir, unsigned long long *entries, unsigned long long *bytes);

/* Removes the least recently used entries until at most max_bytes remain (0: all),
 * and temporaries older than an hour left by processes that died. 0, or -1 (errno). */
int uc_trim(const char *dir, unsigned long long max_bytes);

/* Removes temporaries older than an hour that processes killed while storing left
 * in `dir` (one listing of its units/ folder). */
void uc_sweep(const char *dir);

/* A streaming 64-bit hash of bytes (not for security: names and checksums). */
typedef struct uc_hash {
    unsigned long long h, len;
    unsigned char tail[8];
    size_t ntail;
} uc_hash;
void uc_hash_init(uc_hash *h, unsigned long long seed);
void uc_hash_add(uc_hash *h, const void *data, size_t n);
unsigned long long uc_hash_end(const uc_hash *h);

#endif

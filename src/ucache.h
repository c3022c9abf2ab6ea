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

/* The path of key's entry in dir (whether there or not): for a caller that links it
 * where it reads it. New string; NULL on oom. */
char *uc_path(const char *dir, const char *key, size_t keylen);

/* Checks the entry open on fd (read from its start; a link to key's entry in dir,
 * say) the way uc_load does, without copying its audio: 1 when whole and of key,
 * with *meta (new; free it), *metalen, *bytes and *audio_at, the offset of its audio
 * in the file, set and the entry marked used; 0 otherwise, and a damaged entry still
 * at key's path in dir is removed. */
int uc_check(const char *dir, int fd, const char *key, size_t keylen, char **meta, size_t *metalen,
             unsigned long long *bytes, unsigned long long *audio_at);

/* Blobs: files kept whole under a name made from `id` (the same names as entries,
 * trimmed with them; no header: the caller keeps their checksums in an entry of
 * its own). uc_blob_put links src_path in (a hard link: no copy; the file must
 * never be written in place after), or copies src_fd where it cannot; 0, or -1.
 * uc_blob_open opens one read-only and returns its descriptor, or -1; it does not
 * mark it used (a linked blob is also a file of the user's, whose times are
 * theirs), so blobs are trimmed oldest first. uc_blob_drop removes one found damaged when it is still the file fd has
 * open. */
int uc_blob_put(const char *dir, const char *id, size_t idlen, const char *src_path, int src_fd);
int uc_blob_open(const char *dir, const char *id, size_t idlen);
void uc_blob_drop(const char *dir, const char *id, size_t idlen, int fd);

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

/* A faster checksum of many bytes (four lanes of the same mixing), for whole files. */
typedef struct uc_sum {
    unsigned long long lane[4], len;
    unsigned char tail[32];
    size_t ntail;
} uc_sum;
void uc_sum_init(uc_sum *s);
void uc_sum_add(uc_sum *s, const void *data, size_t n);
unsigned long long uc_sum_end(const uc_sum *s);

#endif

/* outdir: the output folder, owned explicitly. A render locks the folder, learns from
 * herald's own manifest (read with jansson, checked name by name) which files it may
 * replace, writes everything into a private staging folder inside it, and commits:
 * the new files replace the old ones by rename, and files of the earlier render that
 * this one did not write go. A commit is journalled, so an interrupted one is finished
 * by the next render; a render that fails before it leaves the folder as it was. */
#ifndef HD_OUTDIR_H
#define HD_OUTDIR_H

#include <stddef.h>
#include "herald.h"

typedef struct od_dir od_dir;

/* Opens `path` (created with its parents when missing), takes its lock, finishes a
 * commit an interrupted render left or removes its staging folder, reads the earlier
 * manifest and makes a new staging folder.
 * HD_ERR_ARG (empty path), HD_ERR_CREATE (cannot create or write it, not a folder,
 * another herald is rendering into it, an index.json herald did not write),
 * HD_ERR_NOMEM. */
hd_status od_open(const char *path, od_dir **out, hd_diag *diag);

/* HD_ERR_CREATE (diag names the file) when `name` is in the folder and is not a
 * regular file the earlier render listed with the size it wrote; HD_OK otherwise. */
hd_status od_check(const od_dir *d, const char *name, hd_diag *diag);

/* Creates staging file `name` for writing (and reading): O_EXCL, O_NOFOLLOW, through
 * the staging folder's descriptor. Returns the descriptor, or -1 with diag set
 * (HD_ERR_CREATE). */
int od_create(od_dir *d, const char *name, hd_diag *diag);
/* Reopens staging file `name` read-only; -1 with diag set. */
int od_reopen(od_dir *d, const char *name, hd_diag *diag);
/* Makes staging file `name` a hard link to the file at `path` (which the render then
 * only reads): 0, or -1 with errno (EXDEV: another file system; EPERM: not the
 * caller's file, where links are protected). */
int od_link(od_dir *d, const char *name, const char *path);
/* Removes staging file `name` (a scratch file that is not part of the output). */
void od_discard(od_dir *d, const char *name);

/* The path of staging file `name`, for a library that opens files by path (libzip).
 * New string; NULL on oom. */
char *od_stage_path(const od_dir *d, const char *name);

/* Writes `text` as staging file `name`. HD_ERR_CREATE, HD_ERR_WRITE. */
hd_status od_write(od_dir *d, const char *name, const char *text, hd_diag *diag);

/* Puts n bytes in front of staging file `name` (an MP3's ID3 tag, made once the
 * audio's chapters are known): a new staging file renamed over it. HD_ERR_CREATE,
 * HD_ERR_WRITE. */
hd_status od_prepend(od_dir *d, const char *name, const void *head, size_t n, hd_diag *diag);

/* The size of staging file `name`, or -1. */
long long od_size(od_dir *d, const char *name);

/* Installs the staged files `names` (the manifest, index.json, last) in place of the
 * earlier render's, then removes the earlier render's files that are not among them.
 * Nothing is replaced that od_check would refuse. HD_ERR_CREATE, HD_ERR_WRITE. */
hd_status od_commit(od_dir *d, const char *const *names, size_t n, hd_diag *diag);

/* 1 when the earlier manifest says it was rendered from `key` (its "render_key") and
 * every file it lists is there with the size it wrote: the folder holds that render
 * already. */
int od_unchanged(const od_dir *d, const char *key);

/* Removes the staging folder unless committed, and releases the lock. Accepts NULL. */
void od_close(od_dir *d);

/* Reads a manifest's text: 1 when it is herald's (an object with "herald", and
 * "files" of {name, bytes}, or herald 0.1's "chapters" of {file}), calling fn for each
 * file it lists (bytes -1: not recorded) until fn returns non-zero; 0 otherwise. */
typedef int (*od_file_fn)(void *user, const char *name, long long bytes);
int od_parse_manifest(const char *text, size_t len, od_file_fn fn, void *user);

/* 1 when `name` is a file name herald generates in an output folder (chapter files,
 * captions and other sidecars). */
int od_name_ours(const char *name);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-atomic-file.h — writing a file so that nobody ever sees half of it.
 *
 * Every output (ledger exports, map sheets, backups, restores) is written
 * to a hidden temporary file beside the target (".<name>.XXXXXX", mode
 * 0600) and renamed over the target only when complete and on disk: a
 * failure at any point leaves the old file, if any, untouched and no
 * temporary file behind. Writers that take a file descriptor use
 * fy_atomic_file_get_fd (); libraries that open a path themselves
 * (libxlsxwriter, SQLite's VACUUM INTO, a file copy) use
 * fy_atomic_file_get_temp_path (). Errors are FY_ERROR sentences. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _FyAtomicFile FyAtomicFile;

/* Creates the empty temporary file beside `path`. NULL with a sentence
 * naming the folder when it cannot be created there. */
FyAtomicFile *fy_atomic_file_begin          (const char    *path,
                                             GError       **error);
/* Open for writing (O_RDWR) until commit or abort; do not close it. */
int           fy_atomic_file_get_fd         (FyAtomicFile  *self);
/* Writes all of `data` to the descriptor, retrying after signals: 0, or
 * the errno of the failure (for stream callbacks such as cairo's). */
int           fy_atomic_file_write          (FyAtomicFile  *self,
                                             const void    *data,
                                             gsize          length);
const char   *fy_atomic_file_get_temp_path  (FyAtomicFile  *self);
const char   *fy_atomic_file_get_path       (FyAtomicFile  *self);
/* Syncs the temporary file, makes it 0600 and renames it over the target
 * (then syncs the folder). On failure the temporary file is removed and
 * the target is left as it was. Once only. */
gboolean      fy_atomic_file_commit         (FyAtomicFile  *self,
                                             GError       **error);
/* Closes and removes the temporary file; nothing happens after a commit
 * or a previous abort. */
void          fy_atomic_file_abort          (FyAtomicFile  *self);
/* Removes in `dir` the temporary files (and their SQLite sidecars) that a
 * killed writer left for targets whose name starts with `prefix`; a file a
 * live writer holds is kept. Returns how many were removed. */
guint         fy_atomic_file_remove_stale   (const char    *dir,
                                             const char    *prefix);
/* Makes a write past the file-size limit (ulimit -f) fail with EFBIG
 * instead of killing the program, and counts it: a file whose writing
 * hit the limit is never committed, even when the library that wrote it
 * did not notice. Called once by main (); process-wide. */
void          fy_atomic_file_catch_size_limit (void);
/* EFBIG: the process may not write files that large (ulimit -f), which is
 * not a full disk; the sentence names the limit. */
void          fy_set_file_size_limit_error  (GError       **error);
/* A writer that saw no errno (a library) failed to write `path`: when a
 * file-size limit is set and the folder has more room than it, *error is
 * replaced by the limit's sentence. */
void          fy_atomic_file_explain_limit  (const char    *path,
                                             GError       **error);
/* From now on every temporary file begun is listed in the file `path`
 * (NULL: none); fy_atomic_file_sweep_registry (path) at the next start
 * removes those nobody holds any more (a killed export's, wherever it was
 * writing) and returns how many. The store sets this for its folder. */
void          fy_atomic_file_set_registry   (const char    *path);
guint         fy_atomic_file_sweep_registry (const char    *path);
/* Aborts unless committed, then frees. */
void          fy_atomic_file_free           (FyAtomicFile  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyAtomicFile, fy_atomic_file_free)

G_END_DECLS

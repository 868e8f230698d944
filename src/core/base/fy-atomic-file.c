/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-atomic-file.c — the one temporary-file-then-rename writer used by the
 * exports, the map sheets, backups and restores; see fy-atomic-file.h. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "fy-atomic-file.h"
#include "fy-error.h"

struct _FyAtomicFile
{
  char    *path;
  char    *temp_path;   /* NULL once committed or aborted */
  int      fd;
  int      limit_hits;  /* size_limit_hits when begun */
};

/* Writes refused past the file-size limit, counted by the SIGXFSZ handler:
 * a library that ignores a failed write (libxlsxwriter's temporary files)
 * would otherwise hand over a truncated file as complete. */
static int size_limit_hits;

static void
on_size_limit (int signum)
{
  __atomic_add_fetch (&size_limit_hits, 1, __ATOMIC_RELAXED);
}

void
fy_atomic_file_catch_size_limit (void)
{
  struct sigaction action = { 0 };

  action.sa_handler = on_size_limit;
  sigemptyset (&action.sa_mask);
  action.sa_flags = SA_RESTART;
  sigaction (SIGXFSZ, &action, NULL);
}

static void registry_add (const char *temp_path);

static int
get_size_limit_hits (void)
{
  return __atomic_load_n (&size_limit_hits, __ATOMIC_RELAXED);
}

void
fy_set_file_size_limit_error (GError **error)
{
  struct rlimit lim;
  g_autofree char *size = NULL;

  if (getrlimit (RLIMIT_FSIZE, &lim) == 0 && lim.rlim_cur != RLIM_INFINITY)
    size = g_format_size ((guint64) lim.rlim_cur);
  else
    size = g_strdup ("?");
  g_set_error (error, FY_ERROR, FY_ERROR_IO,
               /* Translators: %s is a size such as "1.0 MB". */
               _("The file could not be written: this session may not write files larger than %s (a file-size limit, "
                 "“ulimit -f”). The disk is not full. Ask for the limit to be lifted, or write less at once."),
               size);
}

void
fy_atomic_file_explain_limit (const char *path, GError **error)
{
  g_autofree char *dir = NULL;
  struct rlimit lim;
  struct statvfs fs;

  if (error == NULL || *error == NULL
      || !((*error)->domain == FY_ERROR && ((*error)->code == FY_ERROR_IO || (*error)->code == FY_ERROR_DISK_FULL)))
    return;
  if (getrlimit (RLIMIT_FSIZE, &lim) != 0 || lim.rlim_cur == RLIM_INFINITY)
    return;
  dir = g_path_get_dirname (path);
  /* With less room left than the limit, the disk may really be full. */
  if (statvfs (dir, &fs) != 0 || (guint64) fs.f_bavail * fs.f_frsize <= (guint64) lim.rlim_cur)
    return;
  g_clear_error (error);
  fy_set_file_size_limit_error (error);
}

static void
set_file_error (GError **error, int saved_errno, const char *path, gboolean folder)
{
  g_autofree char *display = g_filename_display_name (path);

  switch (saved_errno)
    {
    case ENOENT:
    case ENOTDIR:
      g_set_error (error, FY_ERROR, FY_ERROR_IO,
                   _("The folder “%s” does not exist. Choose another folder."), display);
      break;
    case EACCES:
    case EPERM:
    case EROFS:
      g_set_error (error, FY_ERROR, FY_ERROR_IO,
                   folder ? _("Fangyi may not write in the folder “%s”. Choose another folder.")
                          : _("Fangyi may not replace “%s”. Close it in other programs or choose another name."),
                   display);
      break;
    case ENOSPC:
    case EDQUOT:
      g_set_error (error, FY_ERROR, FY_ERROR_DISK_FULL,
                   _("The disk is full, so the file was not written. Free some space and try again."));
      break;
    case EFBIG:
      fy_set_file_size_limit_error (error);
      break;
    case EISDIR:
      g_set_error (error, FY_ERROR, FY_ERROR_IO,
                   _("“%s” is a folder. Choose a file name."), display);
      break;
    default:
      g_set_error (error, FY_ERROR, FY_ERROR_IO,
                   _("The file could not be written in “%s” (%s). Choose another folder."),
                   display, g_strerror (saved_errno));
      break;
    }
}

FyAtomicFile *
fy_atomic_file_begin (const char *path, GError **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  FyAtomicFile *self;

  g_return_val_if_fail (path != NULL, NULL);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  /* What a killed writer of the same target left behind goes first. */
  fy_atomic_file_remove_stale (dir, base);
  self = g_new0 (FyAtomicFile, 1);
  self->limit_hits = get_size_limit_hits ();
  self->path = g_strdup (path);
  self->fd = -1;
  /* The name is listed BEFORE the file exists: a kill between the two
   * leaves a listed name without a file, never a file nobody listed. */
  for (int attempt = 0; attempt < 100 && self->fd < 0; attempt++)
    {
      static const char alnum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
      /* The pid and the clock too: a forked child shares the parent's GRand. */
      guint64 v = ((guint64) g_random_int () << 32 | g_random_int ()) ^ ((guint64) getpid () << 24)
                  ^ (guint64) g_get_real_time ();
      char suffix[7];

      for (int i = 0; i < 6; i++, v /= sizeof alnum - 1)
        suffix[i] = alnum[v % (sizeof alnum - 1)];
      suffix[6] = '\0';
      g_free (name);
      name = g_strdup_printf (".%s.%s", base, suffix);
      g_free (self->temp_path);
      self->temp_path = g_build_filename (dir, name, NULL);
      registry_add (self->temp_path);
      self->fd = g_open (self->temp_path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
      if (self->fd < 0 && errno != EEXIST)
        break;
    }
  if (self->fd < 0)
    {
      set_file_error (error, errno, dir, TRUE);
      g_clear_pointer (&self->temp_path, g_free);
      fy_atomic_file_free (self);
      return NULL;
    }
  /* Held until the descriptor closes, also by a killed process's kernel:
   * a temporary file nobody holds is an abandoned one. */
  flock (self->fd, LOCK_EX | LOCK_NB);
  return self;
}

/* Sidecars SQLite may leave beside a temporary file it wrote (VACUUM INTO). */
static const char *const sidecars[] = { "-journal", "-wal", "-shm" };

static void
unlink_with_sidecars (const char *path)
{
  g_unlink (path);
  for (guint i = 0; i < G_N_ELEMENTS (sidecars); i++)
    {
      g_autofree char *side = g_strconcat (path, sidecars[i], NULL);
      g_unlink (side);
    }
}

/* ".<target>.XXXXXX" with `prefix` at the start of <target>: the length of
 * that stem within `name` (a sidecar suffix may follow), or 0. */
static gsize
temp_stem_length (const char *name, const char *prefix)
{
  gsize len = strlen (name);

  if (name[0] != '.' || !g_str_has_prefix (name + 1, prefix))
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (sidecars); i++)
    if (g_str_has_suffix (name, sidecars[i]))
      {
        len -= strlen (sidecars[i]);
        break;
      }
  if (len < 1 + strlen (prefix) + 7 || name[len - 7] != '.')
    return 0;
  for (gsize i = len - 6; i < len; i++)
    if (!g_ascii_isalnum (name[i]))
      return 0;
  return len;
}

/* Nobody holds the file (or it is gone and only a sidecar is left). */
static gboolean
is_abandoned (const char *stem_path)
{
  int fd = g_open (stem_path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);
  gboolean abandoned;

  if (fd < 0)
    return errno == ENOENT;
  abandoned = flock (fd, LOCK_EX | LOCK_NB) == 0;
  close (fd);
  return abandoned;
}

/* Where temporary files are listed while they are written, so that the
 * next start finds those of a killed export wherever it was going. */
static GMutex registry_lock;
static char *registry_path;

void
fy_atomic_file_set_registry (const char *path)
{
  g_mutex_lock (&registry_lock);
  g_free (registry_path);
  registry_path = g_strdup (path);
  g_mutex_unlock (&registry_lock);
}

static void
registry_add (const char *temp_path)
{
  g_autofree char *line = g_strconcat (temp_path, "\n", NULL);
  int fd;

  g_mutex_lock (&registry_lock);
  if (registry_path != NULL
      && (fd = g_open (registry_path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600)) >= 0)
    {
      /* One short append: lines of two processes do not interleave. */
      if (write (fd, line, strlen (line)) < 0)
        g_debug ("the list of temporary files could not be written");
      close (fd);
    }
  g_mutex_unlock (&registry_lock);
}

guint
fy_atomic_file_sweep_registry (const char *registry)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) kept = g_string_new (NULL);
  guint removed = 0;

  if (!g_file_get_contents (registry, &text, NULL, NULL))
    return 0;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_autofree char *base = g_path_get_basename (lines[i]);

      /* Only names of our own temporary files are ever acted on. */
      if (!g_path_is_absolute (lines[i]) || temp_stem_length (base, "") != strlen (base))
        continue;
      if (!is_abandoned (lines[i]))
        g_string_append_printf (kept, "%s\n", lines[i]);
      else if (g_file_test (lines[i], G_FILE_TEST_EXISTS))
        {
          unlink_with_sidecars (lines[i]);
          removed++;
        }
    }
  g_file_set_contents_full (registry, kept->str, (gssize) kept->len, G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL);
  return removed;
}

guint
fy_atomic_file_remove_stale (const char *dir, const char *prefix)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) stems = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint removed = 0;

  if (d == NULL)
    return 0;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      gsize stem = temp_stem_length (name, prefix);

      /* The stem (sidecar suffix cut off) decides for all of its files. */
      if (stem > 0)
        {
          g_autofree char *stem_name = g_strndup (name, stem);
          g_ptr_array_add (stems, g_build_filename (dir, stem_name, NULL));
        }
    }
  for (guint i = 0; i < stems->len; i++)
    {
      const char *stem_path = g_ptr_array_index (stems, i);
      gboolean seen = FALSE;

      for (guint j = 0; j < i && !seen; j++)
        seen = g_str_equal (g_ptr_array_index (stems, j), stem_path);
      if (!seen && is_abandoned (stem_path))
        {
          unlink_with_sidecars (stem_path);
          removed++;
        }
    }
  return removed;
}

int
fy_atomic_file_get_fd (FyAtomicFile *self)
{
  g_return_val_if_fail (self != NULL, -1);
  return self->fd;
}

int
fy_atomic_file_write (FyAtomicFile *self, const void *data, gsize length)
{
  const guint8 *p = data;

  g_return_val_if_fail (self != NULL && self->fd >= 0, EBADF);

  while (length > 0)
    {
      ssize_t n = write (self->fd, p, length);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return errno;
      if (n == 0)
        return EIO;
      p += n;
      length -= (gsize) n;
    }
  return 0;
}

const char *
fy_atomic_file_get_temp_path (FyAtomicFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->temp_path;
}

const char *
fy_atomic_file_get_path (FyAtomicFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->path;
}

/* Closes our descriptor (reporting a late write error) and syncs what is
 * at the temporary name: a library writing by path may have replaced the
 * file we created. */
static int
sync_temp (FyAtomicFile *self)
{
  int fd, saved = 0;

  if (self->fd >= 0 && close (self->fd) != 0)
    saved = errno;
  self->fd = -1;
  if (saved != 0)
    return saved;
  fd = g_open (self->temp_path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return errno;
  if (fsync (fd) != 0)
    saved = errno;
  close (fd);
  return saved;
}

/* The new name is durable only once the folder is synced too; a failure
 * here leaves a complete file, so it is not reported. */
static void
sync_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

gboolean
fy_atomic_file_commit (FyAtomicFile *self, GError **error)
{
  int saved;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->temp_path != NULL, FALSE);

  /* On disk before it takes the real name: a crash leaves the old file. */
  saved = sync_temp (self);
  /* Some write while it was made went past the size limit, reported or not. */
  if (saved == 0 && get_size_limit_hits () != self->limit_hits)
    saved = EFBIG;
  if (saved == 0 && (g_chmod (self->temp_path, 0600) != 0 || g_rename (self->temp_path, self->path) != 0))
    saved = errno;
  if (saved != 0)
    {
      fy_atomic_file_abort (self);
      set_file_error (error, saved, self->path, FALSE);
      return FALSE;
    }
  g_clear_pointer (&self->temp_path, g_free);
  sync_folder (self->path);
  return TRUE;
}

void
fy_atomic_file_abort (FyAtomicFile *self)
{
  g_return_if_fail (self != NULL);

  if (self->fd >= 0)
    close (self->fd);
  self->fd = -1;
  if (self->temp_path)
    unlink_with_sidecars (self->temp_path);
  g_clear_pointer (&self->temp_path, g_free);
}

void
fy_atomic_file_free (FyAtomicFile *self)
{
  if (self == NULL)
    return;
  fy_atomic_file_abort (self);
  g_free (self->path);
  g_free (self);
}

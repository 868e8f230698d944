/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-store-probe.c — what an existing database file is, decided from its
 * bytes before SQLite opens it. SQLite would recover a pending write-ahead
 * log (and checkpoint it on close) before we could read the header, so a
 * file we then refuse would already be changed. Here page 1 is read from the
 * main file and replaced by its newest committed copy in the -wal (frames
 * checked by salt and checksum, as SQLite does), then the header fields and
 * the schema table's root page decide: Fangyi, foreign, empty, newer, or
 * not a database at all. Nothing is written. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "fy-store-probe-private.h"

#define HEADER_MAGIC "SQLite format 3"
#define WAL_HEADER_SIZE 32
#define WAL_FRAME_HEADER_SIZE 24

static guint32
get_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static guint32
get_word (const guint8 *p, gboolean big_endian)
{
  if (big_endian)
    return get_be32 (p);
  return ((guint32) p[3] << 24) | ((guint32) p[2] << 16) | ((guint32) p[1] << 8) | p[0];
}

/* The WAL's running checksum over `n` bytes (a multiple of 8). */
static void
wal_checksum (const guint8 *data, gsize n, gboolean big_endian, guint32 sum[2])
{
  for (gsize i = 0; i + 8 <= n; i += 8)
    {
      sum[0] += get_word (data + i, big_endian) + sum[1];
      sum[1] += get_word (data + i + 4, big_endian) + sum[0];
    }
}

static gboolean
read_exact (int fd, guint8 *buf, gsize n, goffset at)
{
  gsize done = 0;

  while (done < n)
    {
      ssize_t r = pread (fd, buf + done, n - done, at + (goffset) done);
      if (r < 0 && errno == EINTR)
        continue;
      if (r <= 0)
        return FALSE;
      done += (gsize) r;
    }
  return TRUE;
}

/* Copies the newest committed page 1 of the -wal into `page` (page_size
 * bytes); FALSE when the log holds none (absent, empty, stale or torn). */
static gboolean
newest_page_one_in_wal (const char *wal_path, guint8 *page, guint32 *page_size)
{
  int fd = g_open (wal_path, O_RDONLY | O_CLOEXEC, 0);
  guint8 header[WAL_HEADER_SIZE];
  guint8 frame_header[WAL_FRAME_HEADER_SIZE];
  g_autofree guint8 *data = NULL;
  g_autofree guint8 *candidate = NULL;
  gboolean big_endian, found = FALSE, have_candidate = FALSE;
  guint32 sum[2] = { 0, 0 };
  guint32 magic, size;
  goffset at;

  if (fd < 0)
    return FALSE;
  if (!read_exact (fd, header, sizeof header, 0))
    goto out;
  magic = get_be32 (header);
  if (magic != 0x377f0682 && magic != 0x377f0683)
    goto out;
  big_endian = (magic & 1) != 0;
  size = get_be32 (header + 8);
  if (size == 1)
    size = 65536;
  if (size < 512 || size > 65536 || (size & (size - 1)) != 0)
    goto out;
  wal_checksum (header, 24, big_endian, sum);
  if (sum[0] != get_be32 (header + 24) || sum[1] != get_be32 (header + 28))
    goto out;

  data = g_malloc (size);
  candidate = g_malloc (size);
  for (at = WAL_HEADER_SIZE;; at += WAL_FRAME_HEADER_SIZE + size)
    {
      guint32 page_no;

      if (!read_exact (fd, frame_header, sizeof frame_header, at)
          || !read_exact (fd, data, size, at + WAL_FRAME_HEADER_SIZE))
        break;
      /* A frame of an older log generation, or torn: the log ends here. */
      if (memcmp (frame_header + 8, header + 16, 8) != 0)
        break;
      wal_checksum (frame_header, 8, big_endian, sum);
      wal_checksum (data, size, big_endian, sum);
      if (sum[0] != get_be32 (frame_header + 16) || sum[1] != get_be32 (frame_header + 20))
        break;
      page_no = get_be32 (frame_header);
      if (page_no == 1)
        {
          memcpy (candidate, data, size);
          have_candidate = TRUE;
        }
      /* Only what a commit frame closed is part of the database. */
      if (get_be32 (frame_header + 4) != 0 && have_candidate)
        {
          memcpy (page, candidate, size);
          *page_size = size;
          found = TRUE;
        }
    }
out:
  close (fd);
  return found;
}

FyStoreKind
fy_store_probe (const char *path, FyStoreProbe *probe)
{
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  guint8 page[65536];
  guint32 wal_page_size = 0;
  gboolean in_wal;
  GStatBuf st;
  gssize got = 0;
  guint8 page_type;
  int fd;

  memset (probe, 0, sizeof *probe);
  if (g_stat (path, &st) != 0)
    return probe->kind = FY_STORE_KIND_MISSING;
  /* A folder or a device is never "damaged" and never moved aside. */
  if (!S_ISREG (st.st_mode))
    return probe->kind = FY_STORE_KIND_UNREADABLE;
  in_wal = newest_page_one_in_wal (wal_path, page, &wal_page_size);
  if (!in_wal)
    {
      if (st.st_size == 0)
        return probe->kind = FY_STORE_KIND_EMPTY;
      fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
      if (fd < 0)
        return probe->kind = FY_STORE_KIND_UNREADABLE;
      /* 100 header bytes and the schema root's 8-byte b-tree header. */
      got = read_exact (fd, page, 108, 0) ? 108 : 0;
      close (fd);
      if (got == 0)
        return probe->kind = FY_STORE_KIND_DAMAGED;
    }
  if (memcmp (page, HEADER_MAGIC, sizeof HEADER_MAGIC) != 0)
    return probe->kind = FY_STORE_KIND_DAMAGED;

  probe->user_version = (gint32) get_be32 (page + 60);
  probe->application_id = (gint32) get_be32 (page + 68);
  /* Page 1 past the header is the root of sqlite_schema: a leaf with no
   * cells means no table, index or view was ever kept. */
  page_type = page[100];
  probe->has_schema = !(page_type == 0x0d && page[103] == 0 && page[104] == 0);
  if (page_type != 0x0d && page_type != 0x05)
    return probe->kind = FY_STORE_KIND_DAMAGED;

  if (probe->application_id != 0 && probe->application_id != FY_STORE_APPLICATION_ID)
    return probe->kind = FY_STORE_KIND_FOREIGN;
  if (probe->application_id == 0)
    {
      /* Fangyi stamps its id with the first migration: no id and nothing
       * in the schema is a new file; no id but tables is someone else's. */
      if (probe->has_schema || probe->user_version != 0)
        return probe->kind = FY_STORE_KIND_FOREIGN;
      return probe->kind = FY_STORE_KIND_EMPTY;
    }
  return probe->kind = FY_STORE_KIND_FANGYI;
}

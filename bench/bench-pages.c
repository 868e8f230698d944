/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-pages.c — printed pages of the widest and the longest ledgers
 * (fy_ledger_paginate on A4 landscape: column widths, the sample of the
 * first rows that shares a wide register's columns by content, every row
 * measured) against a bare loop that reads every cell's text the way
 * pagination must (the same cursor), so the ratio prices the layout.
 * Prints the medians and the rows a page.
 *
 * Without --database it makes the demo company for "today" 2026-12-05 in a
 * temporary file (a month: trucks ≈ 120 rows, visitors ≈ 300, nucleic-acid
 * tests ≈ 2,000); with --database FILE (for instance one kept by
 * bench-gate --keep) it uses that one.
 * Usage: [LANGUAGE=zh_CN FANGYI_LOCALEDIR=build/po] bench-pages [--database FILE]
 *        [--runs N] [--from DATE] [--to DATE] */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "fy-bench.h"
#include "fy-demo.h"
#include "fy-ledger.h"

#define A4_W 842.0
#define A4_H 595.0

typedef struct
{
  FyLedger *ledger;
  guint     n_pages;
  gint64    rows;
} Bench;

static void
app_job (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  FyLedgerPages *pages = fy_ledger_paginate (b->ledger, A4_W, A4_H, &error);

  if (pages == NULL)
    g_error ("paginate: %s", error->message);
  b->n_pages = fy_ledger_pages_get_n_pages (pages);
  fy_ledger_pages_free (pages);
}

static void
bare_job (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedgerCursor) cursor = fy_ledger_query (b->ledger, 0, -1, &error);
  guint n = fy_ledger_get_n_columns (b->ledger);
  gsize bytes = 0;

  b->rows = 0;
  while (cursor && fy_ledger_cursor_next (cursor, &error))
    {
      for (guint i = 0; i < n; i++)
        bytes += strlen (fy_ledger_cursor_get_text (cursor, i));
      b->rows++;
    }
  if (error)
    g_error ("query: %s", error->message);
  if (bytes == 0 && b->rows > 0)
    g_error ("no text");
}

int
main (int argc, char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *from = g_strdup ("2026-11-05");
  g_autofree char *to = g_strdup ("2026-12-05");
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStore) store = NULL;
  int runs = 5;
  GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, "Use this database", "FILE" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs (median)", "N" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, "First day", "DATE" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, "Last day", "DATE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— printed pages of the widest ledgers");
  static const char *const ids[] = { "trucks", "visitors", "nat", "roster", "disinfection" };

  /* The ledgers' words in the user's language (LANGUAGE=zh_CN, with
   * FANGYI_LOCALEDIR=build/po in a build tree): Chinese wraps otherwise. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("FANGYI_LOCALEDIR") ? g_getenv ("FANGYI_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);
  if (database == NULL)
    {
      g_setenv ("FANGYI_TODAY", "2026-12-05", TRUE);
      dir = g_dir_make_tmp ("bench-pages-XXXXXX", &error);
      if (dir == NULL)
        g_error ("%s", error->message);
      database = g_build_filename (dir, "demo.db", NULL);
    }
  store = fy_store_open (database, &error);
  if (store == NULL)
    g_error ("open: %s", error->message);
  if (dir && !fy_demo_populate (store, FY_DEMO_DEFAULT_SEED, &error))
    g_error ("demo: %s", error->message);

  for (guint l = 0; l < G_N_ELEMENTS (ids); l++)
    {
      FyLedgerParams params = { .from = from, .to = to };
      Bench b = { 0 };
      g_autofree char *name = NULL;
      double app_ms, bare_ms, ratio;

      b.ledger = fy_ledger_new (store, ids[l], &params, &error);
      if (b.ledger == NULL)
        g_error ("%s: %s", ids[l], error->message);
      fy_bench_interleaved (app_job, bare_job, &b, MAX (runs, 1), &app_ms, &bare_ms, &ratio);
      name = g_strdup_printf ("paginate %s (%" G_GINT64_FORMAT " rows, %u pages, %.1f a page)",
                              ids[l], b.rows, b.n_pages,
                              b.n_pages ? (double) b.rows / b.n_pages : 0.0);
      g_print ("%-58s app %8.2f ms   bare %8.2f ms   ratio %5.2f\n", name, app_ms, bare_ms, ratio);
      fy_ledger_free (b.ledger);
    }
  g_clear_object (&store);
  if (dir)
    {
      g_autofree char *wal = g_strconcat (database, "-wal", NULL);
      g_autofree char *shm = g_strconcat (database, "-shm", NULL);
      g_remove (wal);
      g_remove (shm);
      g_remove (database);
      g_rmdir (dir);
    }
  return 0;
}

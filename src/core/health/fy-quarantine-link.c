/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-quarantine-link.c — a nucleic-acid sample taken on a quarantine's
 * planned test day ticks that day off (called inside the test's
 * transaction). */
#include "config.h"
#include <string.h>
#include <glib/gi18n-lib.h>
#include "fy-health-private.h"
#include "fy-quarantine.h"
#include "fy-validate.h"

/* ------------------------------------------------------------------ */
/* Planned tests ⇄ samples (called inside the test's transaction)       */

gboolean
fy_quarantine_link_test (FyStore *store, gint64 staff_id, gint64 sampled_at, gint64 result_id,
                         GError **error)
{
  g_autofree char *day = fy_local_day_of (sampled_at);
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "UPDATE quarantine_test SET result_id = ?3 WHERE staff_id = ?1 AND day = ?2 AND result_id IS NULL", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  fy_bind_text (stmt, 2, day);
  sqlite3_bind_int64 (stmt, 3, result_id);
  return fy_store_step_done (store, stmt, error);
}

gboolean
fy_quarantine_link_round (FyStore *store, gint64 round_id, gint64 sampled_at, GError **error)
{
  g_autofree char *day = fy_local_day_of (sampled_at);
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "UPDATE quarantine_test SET result_id ="
      " (SELECT t.id FROM test_result t WHERE t.round_id = ?1 AND t.staff_id = quarantine_test.staff_id)"
      " WHERE day = ?2 AND result_id IS NULL"
      " AND staff_id IN (SELECT staff_id FROM test_result WHERE round_id = ?1)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, round_id);
  fy_bind_text (stmt, 2, day);
  return fy_store_step_done (store, stmt, error);
}

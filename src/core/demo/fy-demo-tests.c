/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-demo-tests.c — the demo company's nucleic-acid tests of the last 30
 * days: a round for everyone on site every other day and for high-contact
 * posts on the days between, results back in the evening (today's still
 * pending), a few people who missed the latest round and so are overdue
 * today, and the planned test days of the quarantines (today's still due).
 * Part of the health step (fy-demo-health.c), inside the demo's
 * transaction. The data is a Chinese company's, so it is not translated. */
#include "config.h"

#include "fy-demo-health-private.h"
#include "fy-validate.h"

static gboolean
write_result (DemoHealth *h, gint64 staff_id, gint64 sampled, const char *place, gint64 round_id,
              gint64 *result_id, GError **error)
{
  gint64 result_at = sampled + (gint64) fy_demo_rand (h->demo, 6 * 60, 10 * 60) * 60;
  sqlite3_stmt *stmt = fy_store_prepare_cached (h->store,
      "INSERT INTO test_result (staff_id, sampled_at, kind, result, result_at, place, round_id, entered_at,"
      " entered_by, sampling) VALUES (?1, ?2, 'pcr', ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  sqlite3_bind_int64 (stmt, 2, sampled);
  /* Results come back in the evening: today's are still pending. */
  fy_bind_text (stmt, 3, result_at <= h->now ? "negative" : "pending");
  if (result_at <= h->now)
    sqlite3_bind_int64 (stmt, 4, result_at);
  fy_demo_health_bind_typed (stmt, 5, place);
  if (round_id)
    sqlite3_bind_int64 (stmt, 6, round_id);
  sqlite3_bind_int64 (stmt, 7, sampled + 1800);
  fy_bind_text (stmt, 8, h->officer);
  /* Rounds pool ten people a tube (混采); a single test is 单采. */
  fy_bind_text (stmt, 9, round_id ? "pooled" : "single");
  if (!fy_demo_health_exec (h, stmt, error))
    return FALSE;
  if (result_id)
    *result_id = sqlite3_last_insert_rowid (fy_store_get_db (h->store));
  return TRUE;
}

static gboolean
write_round (DemoHealth *h, int offset, gboolean high_contact_only, GError **error)
{
  g_autofree char *day = fy_demo_health_day (h, offset);
  const char *place = high_contact_only ? "门卫室采样点" : "食堂东侧采样点";
  gint64 sampled = fy_demo_health_instant (day, high_contact_only ? 8 * 60 + 30 : 9 * 60);
  g_autoptr(GArray) ids = NULL;
  sqlite3_stmt *stmt;
  gint64 round_id;

  if (sampled > h->now)
    return TRUE;
  if ((ids = fy_demo_health_eligible_on (h, day, high_contact_only, error)) == NULL)
    return FALSE;
  stmt = fy_store_prepare_cached (h->store,
      "INSERT INTO test_round (sampled_at, kind, place, note, created_at, created_by)"
      " VALUES (?1, 'pcr', ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, sampled);
  fy_demo_health_bind_typed (stmt, 2, place);
  fy_demo_health_bind_typed (stmt, 3, high_contact_only ? "高频接触岗位每日一检" : "全员核酸（单采）");
  sqlite3_bind_int64 (stmt, 4, sampled - 1800);
  fy_bind_text (stmt, 5, h->officer);
  if (!fy_demo_health_exec (h, stmt, error))
    return FALSE;
  round_id = sqlite3_last_insert_rowid (fy_store_get_db (h->store));

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      gboolean skip = fy_demo_health_is_absent (h, id, day);

      /* The people chosen to be overdue today missed the latest round. */
      for (guint k = 0; k < G_N_ELEMENTS (h->skip_round); k++)
        skip |= h->skip_round[k] == id && offset >= (k < 3 ? -1 : 0);
      if (skip || fy_demo_chance (h->demo, 1))
        continue;
      if (!write_result (h, id, sampled + (gint64) (i % 120) * 30, place, round_id, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/* The row's four columns as text. */
static gpointer
text_row_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  char **row = g_new0 (char *, 5);

  for (int c = 0; c < 4; c++)
    row[c] = g_strdup (fy_column_text (stmt, c));
  return row;
}

/* Planned quarantine tests before today are taken at home or at the
 * isolation point and linked to the plan; today's are still due. */
static gboolean
write_quarantine_tests (DemoHealth *h, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (h->store,
      "SELECT t.quarantine_id, t.staff_id, t.day, q.place FROM quarantine_test t"
      " JOIN quarantine q ON q.id = t.quarantine_id WHERE t.result_id IS NULL AND t.day < ?1"
      " ORDER BY t.quarantine_id, t.day", error);
  g_autoptr(GPtrArray) rows = NULL;

  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, h->today);
  rows = fy_store_collect (h->store, stmt, text_row_from_row, NULL, (GDestroyNotify) g_strfreev, error);
  if (rows == NULL)
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      gint64 result_id = 0;
      gint64 staff_id = g_ascii_strtoll (row[1], NULL, 10);
      g_autofree char *place = g_strdup_printf ("%s(上门采样)", row[3]);

      if (!write_result (h, staff_id, fy_demo_health_instant (row[2], 9 * 60 + 30), place, 0, &result_id, error))
        return FALSE;
      stmt = fy_store_prepare_cached (h->store,
          "UPDATE quarantine_test SET result_id = ?3 WHERE quarantine_id = ?1 AND day = ?2", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_ascii_strtoll (row[0], NULL, 10));
      fy_bind_text (stmt, 2, row[2]);
      sqlite3_bind_int64 (stmt, 3, result_id);
      if (!fy_demo_health_exec (h, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
fy_demo_health_write_tests (DemoHealth *h, GError **error)
{
  for (guint k = 0; k < G_N_ELEMENTS (h->skip_round); k++)
    {
      FyStaff *s = fy_demo_health_pick (h, "", k < 3 ? 0 : 1);
      h->skip_round[k] = s ? s->id : 0;
    }
  /* Everyone on site every 48 h; high-contact posts also on the days between. */
  for (int offset = 1 - DAYS; offset <= 0; offset++)
    if (!write_round (h, offset, (offset % 2) == 0, error))
      return FALSE;
  if (!write_quarantine_tests (h, error))
    return FALSE;
  /* The newest sample per person, as fy-tests.c keeps it. */
  return fy_store_exec (h->store,
                        "UPDATE staff SET last_test_at = m.last FROM"
                        " (SELECT staff_id, max(sampled_at) AS last FROM test_result WHERE kind = 'pcr'"
                        "  GROUP BY staff_id) AS m WHERE m.staff_id = staff.id", error);
}


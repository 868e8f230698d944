/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-health-entry.c — the daily-entry list, paged from SQLite. The order is
 * the staff_by_department index (department, team, name, then the rowid),
 * so a page is an index walk, not a sort of the roster. */
#include "config.h"

#include <string.h>

#include "fy-absence.h"
#include "fy-health-entry-private.h"
#include "fy-validate.h"

#define ENTRY_ORDER " ORDER BY s.department, s.team, s.name, s.id"

const char fy_health_entry_list_sql[] =
  "SELECT s.id, s.employee_no, s.name, s.department, s.team, s.post, s.status," FY_SQL_AWAY_REASON
  " FROM staff s"
  " WHERE" FY_SQL_ELIGIBLE_ON_DAY ENTRY_ORDER " LIMIT ?5 OFFSET ?6";

/* A person of the list; the readings are looked up afterwards. */
static gpointer
entry_row_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyHealthDayRow *row = g_new0 (FyHealthDayRow, 1);

  fy_health_person_from_row (&row->person, stmt, 0);
  row->status = fy_staff_status_from_code (fy_column_text (stmt, 6));
  row->away = fy_away_reason_from_code (fy_column_text (stmt, 7));
  row->readings[0].temp_tenths = row->readings[0].recheck_tenths = -1;
  row->readings[1].temp_tenths = row->readings[1].recheck_tenths = -1;
  return row;
}

GPtrArray *
fy_health_entry_list (FyStore *store, const char *day, const FyHealthFilter *filter,
                      guint offset, guint limit, GError **error)
{
  sqlite3_stmt *stmt;
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (FY_IS_STORE (store), NULL);
  g_return_val_if_fail (day != NULL, NULL);

  stmt = fy_store_prepare_cached (store, fy_health_entry_list_sql, error);
  if (stmt == NULL)
    return NULL;
  fy_health_bind_day_filter (stmt, day, filter);
  sqlite3_bind_int64 (stmt, 5, limit);
  sqlite3_bind_int64 (stmt, 6, offset);
  list = fy_store_collect (store, stmt, entry_row_from_row, NULL, (GDestroyNotify) fy_health_day_row_free, error);
  if (list == NULL)
    return NULL;

  /* Two primary-key look-ups per person (day, session, staff_id) through
   * the one reading parser of fy-health.c. */
  for (guint i = 0; i < list->len; i++)
    {
      FyHealthDayRow *row = list->pdata[i];
      for (int s = FY_SESSION_MORNING; s <= FY_SESSION_AFTERNOON; s++)
        if (!fy_health_get_reading (store, row->person.staff_id, day, s, &row->readings[s], error))
          return NULL;
    }
  return g_steal_pointer (&list);
}

/* `sql`: one of the string literals below (the statement cache's key). */
static gint64
count_people (FyStore *store, const char *sql, const char *day, const FyHealthFilter *filter, GError **error)
{
  sqlite3_stmt *stmt;
  gint64 n = -1;
  int rc;

  g_return_val_if_fail (FY_IS_STORE (store), -1);
  stmt = fy_store_prepare_cached (store, sql, error);
  if (stmt == NULL)
    return -1;
  fy_health_bind_day_filter (stmt, day, filter);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    fy_store_fail (store, rc, error);
  return n;
}

gint64
fy_health_entry_count (FyStore *store, const char *day, const FyHealthFilter *filter, GError **error)
{
  return count_people (store, "SELECT count(*) FROM staff s WHERE" FY_SQL_ELIGIBLE_ON_DAY, day, filter, error);
}

gint64
fy_health_entry_count_on_site (FyStore *store, const char *day, const FyHealthFilter *filter, GError **error)
{
  return count_people (store, "SELECT count(*) FROM staff s WHERE" FY_SQL_ELIGIBLE_ON_DAY FY_SQL_NOT_AWAY_ON_DAY,
                       day, filter, error);
}

gint64
fy_health_entry_position (FyStore *store, const char *day, const FyHealthFilter *filter,
                          gint64 staff_id, GError **error)
{
  sqlite3_stmt *stmt;
  gint64 position = -1;
  int rc;

  g_return_val_if_fail (FY_IS_STORE (store), -2);
  /* Counts who sorts before the person; NULL when the person is not listed. */
  stmt = fy_store_prepare_cached (store,
      "SELECT (SELECT count(*) FROM staff s WHERE" FY_SQL_ELIGIBLE_ON_DAY
      "        AND (s.department, s.team, s.name, s.id) < (p.department, p.team, p.name, p.id))"
      " FROM staff p WHERE p.id = ?5"
      " AND EXISTS (SELECT 1 FROM staff s WHERE s.id = p.id AND" FY_SQL_ELIGIBLE_ON_DAY ")", error);
  if (stmt == NULL)
    return -2;
  fy_health_bind_day_filter (stmt, day, filter);
  sqlite3_bind_int64 (stmt, 5, staff_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    position = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      fy_store_fail (store, rc, error);
      return -2;
    }
  return position;
}

gint64
fy_health_entry_next_missing (FyStore *store, const char *day, FyHealthSession session,
                              const FyHealthFilter *filter, guint from, GError **error)
{
  sqlite3_stmt *stmt;
  gint64 staff_id = 0;
  int rc;

  g_return_val_if_fail (FY_IS_STORE (store), -2);
  stmt = fy_store_prepare_cached (store,
      "WITH start AS (SELECT s.department AS d, s.team AS t, s.name AS n, s.id AS i FROM staff s"
      "               WHERE" FY_SQL_ELIGIBLE_ON_DAY ENTRY_ORDER " LIMIT 1 OFFSET ?5)"
      " SELECT s.id FROM staff s, start WHERE" FY_SQL_ELIGIBLE_ON_DAY FY_SQL_NOT_AWAY_ON_DAY
      " AND (s.department, s.team, s.name, s.id) >= (start.d, start.t, start.n, start.i)"
      " AND NOT EXISTS (SELECT 1 FROM reading r WHERE r.day = ?1 AND r.session = ?6 AND r.staff_id = s.id)"
      ENTRY_ORDER " LIMIT 1", error);
  if (stmt == NULL)
    return -2;
  fy_health_bind_day_filter (stmt, day, filter);
  sqlite3_bind_int64 (stmt, 5, from);
  sqlite3_bind_int (stmt, 6, session);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    staff_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      fy_store_fail (store, rc, error);
      return -2;
    }
  if (staff_id == 0)
    return -1;
  return fy_health_entry_position (store, day, filter, staff_id, error);
}

gboolean
fy_health_entry_marks (FyStore *store, gint64 staff_id, const char *day, FyHealthEntryMarks *marks,
                       GError **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FY_IS_STORE (store), FALSE);
  memset (marks, 0, sizeof *marks);
  marks->same_value = -1;

  stmt = fy_store_prepare_cached (store,
      "SELECT session, id, closed_at IS NOT NULL FROM follow_up"
      " WHERE day = ?1 AND session IN (0, 1) AND staff_id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, day);
  sqlite3_bind_int64 (stmt, 2, staff_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int session = sqlite3_column_int (stmt, 0);
      if (session == FY_SESSION_MORNING || session == FY_SESSION_AFTERNOON)
        {
          marks->follow_up[session] = sqlite3_column_int64 (stmt, 1);
          marks->closed[session] = sqlite3_column_int (stmt, 2) != 0;
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return fy_store_fail (store, rc, error);

  /* The days of the window, then one primary-key look-up per day and session. */
  stmt = fy_store_prepare_cached (store,
      "WITH RECURSIVE d (day, n) AS (SELECT ?1, 1 UNION ALL"
      "                              SELECT date (day, '-1 day'), n + 1 FROM d WHERE n < ?3)"
      " SELECT count (DISTINCT r.day), min (r.temp_tenths), max (r.temp_tenths)"
      " FROM d JOIN reading r ON r.day = d.day AND r.session IN (0, 1) AND r.staff_id = ?2"
      " WHERE r.status = 'measured'", error);
  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, day);
  sqlite3_bind_int64 (stmt, 2, staff_id);
  sqlite3_bind_int (stmt, 3, FY_HEALTH_SAME_VALUE_DAYS);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_int (stmt, 0) == FY_HEALTH_SAME_VALUE_DAYS
      && sqlite3_column_int (stmt, 1) == sqlite3_column_int (stmt, 2))
    marks->same_value = sqlite3_column_int (stmt, 1);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return fy_store_fail (store, rc, error);
  return TRUE;
}

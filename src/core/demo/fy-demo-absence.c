/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-demo-absence.c — the demo's absence records: someone on leave over
 * today, someone on sick leave since the day before yesterday, and a
 * earlier leave, so the daily entry, the health ledgers and the daily
 * report show each reason; and the travel register's transport, number,
 * health code and test before return on the demo's trips. */
#include "config.h"

#include "fy-demo-health-private.h"

typedef struct
{
  const char *kind;
  int         start;     /* days from today */
  int         end;
  const char *note;
} DemoAbsence;

static gboolean
write_one (DemoHealth *h, gint64 staff_id, const DemoAbsence *a, GError **error)
{
  g_autofree char *start = fy_demo_health_day (h, a->start);
  g_autofree char *end = fy_demo_health_day (h, a->end);
  g_autofree char *back = fy_demo_health_day (h, a->end + 1);
  g_autofree char *entered = fy_demo_health_day (h, MIN (a->start, 0));
  sqlite3_stmt *stmt = fy_store_prepare_cached (h->store,
      "INSERT INTO absence (staff_id, kind, start_day, end_day, note, created_at, created_by)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  fy_bind_text (stmt, 2, a->kind);
  fy_bind_text (stmt, 3, start);
  fy_bind_text (stmt, 4, end);
  fy_demo_health_bind_typed (stmt, 5, a->note);
  sqlite3_bind_int64 (stmt, 6, fy_demo_health_instant (entered, 8 * 60 + 10));
  fy_bind_text (stmt, 7, h->officer);
  if (!fy_demo_health_exec (h, stmt, error))
    return FALSE;
  fy_demo_health_mark_absent (h, staff_id, start, back);
  return TRUE;
}

gboolean
fy_demo_health_write_absences (DemoHealth *h, GError **error)
{
  static const DemoAbsence plan[] = {
    { "leave", -1, 2, "年假" },
    { "sick_leave", -2, 1, "急性肠胃炎，医院开具病假条" },
    { "leave", -12, -10, "事假（家中有事）" },
  };

  sqlite3_stmt *stmt;

  for (guint i = 0; i < G_N_ELEMENTS (plan); i++)
    {
      FyStaff *s = fy_demo_health_pick (h, "", -1);
      if (s != NULL && !write_one (h, s->id, &plan[i], error))
        return FALSE;
    }
  stmt = fy_store_prepare_cached (h->store,
      "UPDATE trip SET transport = CASE id % 3 WHEN 0 THEN 'train' WHEN 1 THEN 'flight' ELSE 'car' END,"
      " transport_no = CASE id % 3 WHEN 0 THEN 'G' || (7000 + id * 13) WHEN 1 THEN 'MU' || (5100 + id * 7)"
      "                ELSE '苏E' || (10000 + id * 371) END,"
      " return_code_colour = iif(returned_on IS NULL, '', 'green'),"
      " return_test = iif(returned_on IS NULL, '', 'negative')", error);
  if (stmt == NULL || !fy_demo_health_exec (h, stmt, error))
    return FALSE;
  /* Quarantined people checked morning and evening from their first day,
   * today's evening not yet; the home ones by the community doctor. */
  stmt = fy_store_prepare_cached (h->store,
      "WITH RECURSIVE d(qid, day, place) AS ("
      "  SELECT id, start_day, place FROM quarantine WHERE released_on IS NULL"
      "  UNION ALL SELECT qid, date(day, '+1 day'), place FROM d WHERE day < ?1)"
      " INSERT INTO quarantine_reading (quarantine_id, day, session, temp_tenths, symptoms, monitor,"
      "  entered_at, entered_by)"
      " SELECT qid, day, s.n, 360 + (qid * 7 + CAST(julianday(day) AS INTEGER) * 3 + s.n) % 9, '',"
      "  iif(place LIKE '居家%', '社区医生 陈敏', ?2), unixepoch(day, 'utc') + (s.n * 10 + 8) * 3600 - 8 * 3600, ?2"
      " FROM d, (SELECT 0 AS n UNION ALL SELECT 1) AS s WHERE day < ?1 OR s.n = 0", error);
  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, h->today);
  fy_bind_text (stmt, 2, h->officer);
  return fy_demo_health_exec (h, stmt, error);
}

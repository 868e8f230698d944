/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledgers-month.c — the month grid (体温监测月报表): one row per person,
 * one column group per day of the month with a morning and an afternoon
 * cell, as paper temperature ledgers look; a remarks column names late
 * entries (补录).
 *
 * The day cells come from the engine's cells SQL (fy-ledger.h "Wide
 * pivots"): one scan of the month's readings per batch of people instead of
 * one aggregate or lookup per cell, so a 2,000-person month costs about as
 * much as writing its cells. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-health-private.h"
#include "fy-ledger-defs.h"
#include "fy-ledgers-private.h"
#include "fy-validate.h"

/* The columns before the days; the row key (staff id) goes in the first
 * day column. */
#define FIRST_DAY_COLUMN 4

/* The marks of a temperature cell without a number (fy-ledgers-private.h),
 * shared with the daily sheet. */
const FyCodeLabel fy_ledger_health_marks[] = {
  /* Translators: a month-grid cell: marked normal without symptoms, no
   * temperature taken. One narrow symbol: √ */
  { "n", N_("✓") },
  /* Translators: a month-grid cell: under quarantine or isolation that day.
   * One character: 隔 */
  { "q", N_("Q") },
  /* Translators: a month-grid cell: away on a business trip that day. One
   * character: 差 */
  { "t", N_("T") },
  /* Translators: a month-grid cell: on leave (or a private trip) that day.
   * One character: 假 */
  { "l", N_("L") },
  /* Translators: a month-grid cell: on sick leave that day. One character: 病 */
  { "s", N_("S") },
  /* Translators: a health-ledger cell: sent home (劝返居家) that day. One
   * character: 返 */
  { "h", N_("H") },
  FY_CODE_LABEL_END
};

static const FyLedgerColumn month_columns[FIRST_DAY_COLUMN] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 4, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Five characters on one line (仓储物流部, 综合管理组): a wrapped
   * department doubles every row of a 330-person grid. */
  { "department", N_("Department"), NULL, FY_COLUMN_TEXT, 11, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "team", N_("Team"), NULL, FY_COLUMN_TEXT, 11, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "name", N_("Name"), NULL, FY_COLUMN_TEXT, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
};

/* Everyone who had not left by the first day of the month. */
#define ROW_SQL_HEAD "SELECT 0, s.department, s.team, s.name, s.id"
#define ROW_SQL_TAIL \
  " FROM staff s" \
  " WHERE (s.status <> 'left' OR s.left_on > :from)" \
  " AND (:department = '' OR s.department = :department) AND (:team = '' OR s.team = :team)" \
  " ORDER BY s.department, s.team, s.name, s.id"

/* (key, column, value, highlighted, note) for the people of :fy_keys (all
 * of them when :fy_all), in one pass over the month's readings:
 * - each reading: a temperature (tenths) or 'n' for "normal, not measured";
 *   abnormal as the daily sheet says (fever line stored with the reading,
 *   symptoms, yellow or red code); a note when it was entered late, judged
 *   from the day's local midnight (:midnights, a JSON array per day of the
 *   month), the session's end and the late hours;
 * - 'q' in both cells of each day up to today a quarantine covered;
 * - then, where nothing else is (the first value of a cell wins), the
 *   reason someone was away (fy-absence.h): 't' business trip, 'l' leave or
 *   a private trip, 's' sick leave — from absences, 'h' sent home by a
 *   follow-up still open, then trips not back.
 * The same temperature seven days running is the daily sheet's remark (and
 * a row of equal numbers here): finding runs would sort the whole month by
 * person, costing more than writing the grid. */
static const char cells_sql[] =
  "WITH keys(id) AS MATERIALIZED (SELECT value FROM json_each(:fy_keys)),"
  " mid(day, start, idx) AS MATERIALIZED"
  "  (SELECT date(:from, '+' || key || ' days'), value, key FROM json_each(:midnights)),"
  " days(day, idx) AS (SELECT :from, 0 WHERE :from <= :today"
  "   UNION ALL SELECT date(day, '+1 day'), idx + 1 FROM days WHERE day < min(:to, :today))"
  " SELECT r.staff_id, :first + mid.idx * 2 + r.session,"
  "  CASE r.status WHEN 'measured' THEN r.temp_tenths ELSE 'n' END,"
  "  r.temp_tenths >= r.fever_line OR r.symptoms <> '' OR r.code_colour IN ('yellow', 'red'),"
  "  iif(r.entered_at > mid.start + (12 + 12 * r.session + :late_hours) * 3600,"
  "      printf(:t_late, CAST(substr(r.day, 9, 2) AS INTEGER), iif(r.session, :t_pm, :t_am)), NULL)"
  /* A day of the day-major key at a time. */
  " FROM mid JOIN reading r ON r.day = mid.day"
  " WHERE :fy_all OR r.staff_id IN keys"
  " UNION ALL"
  " SELECT q.staff_id, :first + days.idx * 2 + ses.s, 'q', 0, NULL"
  " FROM quarantine q JOIN days ON days.day >= q.start_day AND (q.released_on IS NULL OR days.day < q.released_on)"
  " JOIN (SELECT 0 AS s UNION ALL SELECT 1) AS ses"
  " WHERE q.staff_id IN keys AND q.start_day <= :to AND (q.released_on IS NULL OR q.released_on > :from)"
  " UNION ALL"
  " SELECT a.staff_id, :first + days.idx * 2 + ses.s,"
  "  CASE a.kind WHEN 'business_trip' THEN 't' WHEN 'sick_leave' THEN 's' ELSE 'l' END, 0, NULL"
  " FROM absence a JOIN days ON days.day BETWEEN a.start_day AND a.end_day"
  " JOIN (SELECT 0 AS s UNION ALL SELECT 1) AS ses"
  " WHERE a.staff_id IN keys AND a.cancelled_at IS NULL AND a.start_day <= :to AND a.end_day >= :from"
  " UNION ALL"
  /* Sent home by a follow-up of an earlier day, until it is closed: after
   * absences and before trips, as the daily sheet decides (fy-absence.h). */
  " SELECT f.staff_id, :first + days.idx * 2 + ses.s, 'h', 0, NULL"
  " FROM follow_up f JOIN days ON days.day > f.day"
  "  AND (f.closed_at IS NULL OR date (f.closed_at, 'unixepoch', 'localtime') > days.day)"
  " JOIN (SELECT 0 AS s UNION ALL SELECT 1) AS ses"
  " WHERE f.staff_id IN keys AND f.action = 'home' AND f.day < :to"
  " UNION ALL"
  " SELECT t.staff_id, :first + days.idx * 2 + ses.s,"
  "  iif(t.purpose = 'business', 't', 'l'), 0, NULL"
  " FROM trip t JOIN days ON days.day >= t.depart_on AND (t.returned_on IS NULL OR days.day < t.returned_on)"
  " JOIN (SELECT 0 AS s UNION ALL SELECT 1) AS ses"
  " WHERE t.staff_id IN keys AND t.depart_on <= :to AND (t.returned_on IS NULL OR t.returned_on > :from)";

static gboolean
month_build (FyLedger *ledger, FyStore *store, GError **error)
{
  const char *from = fy_ledger_get_from (ledger);
  const char *to = fy_ledger_get_to (ledger);
  int n_days = fy_date_diff_days (from, to) + 1;
  g_autoptr(GString) sql = g_string_new (ROW_SQL_HEAD);
  g_autoptr(GString) midnights = g_string_new ("[");
  g_autofree char *note = NULL;
  g_autofree char *line = NULL;
  FyLedgerColumn cell = { "day", NULL, NULL, FY_COLUMN_TEMPERATURE, 4.2, FY_ALIGN_CENTER, FY_SENSITIVE_NONE,
                          fy_ledger_health_marks };
  FyLedgerColumn remarks = { "remarks", _("Remarks"), NULL, FY_COLUMN_TEXT, 16, FY_ALIGN_START,
                             FY_SENSITIVE_NONE, NULL };

  for (int d = 1; d <= n_days; d++)
    {
      g_autofree char *day = fy_date_add_days (from, d - 1);
      /* The day of the month: a grid from the 27th starts at 27. */
      g_autofree char *group = g_strdup_printf ("%d", atoi (day + 8));
      g_autofree char *am = g_strdup_printf ("d%d_am", d);
      g_autofree char *pm = g_strdup_printf ("d%d_pm", d);

      cell.group = group;
      cell.key = am;
      /* Translators: the morning half of a day in the month grid; very
       * narrow: 上午 */
      cell.header = _("AM");
      fy_ledger_add_column (ledger, &cell);
      cell.key = pm;
      /* Translators: the afternoon half of a day in the month grid: 下午 */
      cell.header = _("PM");
      fy_ledger_add_column (ledger, &cell);
      /* The first day column holds the row key; the others are filled
       * from the cells SQL. */
      g_string_append (sql, d == 1 ? ", NULL" : ", NULL, NULL");
      g_string_append_printf (midnights, "%s%" G_GINT64_FORMAT, d > 1 ? "," : "", fy_local_day_start (day));
    }
  g_string_append (midnights, "]");
  fy_ledger_add_column (ledger, &remarks);
  g_string_append (sql, ", NULL" ROW_SQL_TAIL);
  fy_ledger_set_sql (ledger, sql->str);
  fy_ledger_set_cells_sql (ledger, FIRST_DAY_COLUMN, cells_sql);

  fy_ledgers_bind_common (ledger);
  fy_ledger_set_param_int (ledger, ":first", FIRST_DAY_COLUMN);
  fy_ledger_set_param_text (ledger, ":midnights", midnights->str);
  fy_ledger_set_param_int (ledger, ":late_hours", fy_health_get_late_hours (store));
  /* Translators: remark in the month grid for a session entered long after
   * it (补录): %d is the day of the month, %s "AM" or "PM" (17日下午补录).
   * SQL printf: keep %d before %s. */
  fy_ledger_set_param_text (ledger, ":t_late", _("%d %s entered late"));
  fy_ledger_set_param_text (ledger, ":t_am", _("AM"));
  fy_ledger_set_param_text (ledger, ":t_pm", _("PM"));

  line = fy_format_temperature (fy_health_get_fever_line (store));
  /* Translators: legend under the month grid; %s is the fever line (37.3). */
  note = g_strdup_printf (_("Each day has a morning (AM) and an afternoon (PM) cell with the temperature in °C. "
                            "✓ = marked normal without symptoms, no temperature taken; Q = under quarantine or "
                            "isolation; T = business trip; L = leave; S = sick leave; empty = no entry. "
                            "Bold red: at or above the fever line (%s °C), symptoms "
                            "or a yellow or red health code. Remarks name the sessions entered late."), line);
  fy_ledger_set_note (ledger, note);
  return TRUE;
}

const FyLedgerDef fy_ledger_def_health_month = {
  .id = "health-month",
  .title = N_("Monthly Temperature Grid"),
  /* Translators: the tab of this ledger in a spreadsheet; short. */
  .sheet = NC_("sheet name", "Temperatures"),
  .description = N_("A month on one sheet: a row per person, morning and afternoon cells for every day"),
  .period = FY_PERIOD_MONTH,
  .columns = month_columns,
  .n_columns = G_N_ELEMENTS (month_columns),
  .sql = NULL,
  .build = month_build,
  .note = NULL,
};

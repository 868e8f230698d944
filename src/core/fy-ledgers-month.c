/* fy-ledgers-month.c — the month grid (体温监测月报表): one row per person,
 * one column group per day of the month with a morning and an afternoon
 * cell, as paper temperature ledgers look; a remarks column names late
 * entries (补录) and a temperature that stayed the same seven days.
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

static const FyEnumLabel cell_labels[] = {
  /* Translators: a month-grid cell: marked normal without symptoms, no
   * temperature taken. One narrow symbol: √ */
  { "n", N_("✓") },
  /* Translators: a month-grid cell: under quarantine or isolation that day.
   * One character: 隔 */
  { "q", N_("Q") },
  { NULL, NULL }
};

static const FyLedgerColumn month_columns[FIRST_DAY_COLUMN] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 4, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "department", N_("Department"), NULL, FY_COLUMN_TEXT, 9, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "team", N_("Team"), NULL, FY_COLUMN_TEXT, 6, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "name", N_("Name"), NULL, FY_COLUMN_TEXT, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
};

/* Everyone who had not left by the first day of the month. */
#define ROW_SQL_HEAD "SELECT 0, s.department, s.team, s.name, s.id"
#define ROW_SQL_TAIL \
  " FROM staff s" \
  " WHERE (s.status <> 'left' OR s.left_on > :from)" \
  " AND (:department = '' OR s.department = :department) AND (:team = '' OR s.team = :team)" \
  " ORDER BY s.department, s.team, s.name, s.id"

/* (key, column, value, highlighted) for the people of :fy_keys:
 * - each reading: a temperature (tenths) or 'n' for "normal, not measured";
 *   abnormal as the daily sheet says (fever line stored with the reading,
 *   symptoms, yellow or red code);
 * - 'q' in both cells of each day up to today a quarantine covered;
 * - the remarks: sessions entered late, and runs of at least :same_days
 *   days with one and the same measured temperature.
 * Late is judged from the day's local midnight in :midnights (a JSON array
 * per day of the month) plus the session's end and the late hours. */
static const char cells_sql[] =
  "WITH keys(id) AS MATERIALIZED (SELECT value FROM json_each(:fy_keys)),"
  " mid(dom, start) AS MATERIALIZED (SELECT key + 1, value FROM json_each(:midnights)),"
  " days(day) AS (SELECT :from WHERE :from <= :today"
  "   UNION ALL SELECT date(day, '+1 day') FROM days WHERE day < min(:to, :today)),"
  " late AS (SELECT r.staff_id, CAST(substr(r.day, 9, 2) AS INTEGER) AS dom, r.session"
  "   FROM reading r JOIN mid ON mid.dom = CAST(substr(r.day, 9, 2) AS INTEGER)"
  "   WHERE r.day BETWEEN :from AND :to AND r.staff_id IN keys"
  "   AND r.entered_at > mid.start + (12 + 12 * r.session + :late_hours) * 3600),"
  " same_day AS (SELECT staff_id, day, min(temp_tenths) AS t FROM reading"
  "   WHERE day BETWEEN :same_from AND :to AND status = 'measured' AND staff_id IN keys"
  "   GROUP BY staff_id, day HAVING min(temp_tenths) = max(temp_tenths)),"
  " runs AS (SELECT staff_id, t, min(day) AS first_day, max(day) AS last_day, count(*) AS n FROM"
  "   (SELECT staff_id, t, day,"
  "    julianday(day) - row_number() OVER (PARTITION BY staff_id, t ORDER BY day) AS island FROM same_day)"
  "   GROUP BY staff_id, t, island HAVING count(*) >= :same_days AND max(day) >= :from),"
  " remarks(staff_id, part) AS ("
  "   SELECT staff_id, :t_late || group_concat(printf(:t_cell, dom, iif(session, :t_pm, :t_am)), :list_sep)"
  "   FROM (SELECT * FROM late ORDER BY staff_id, dom, session) GROUP BY staff_id"
  "   UNION ALL"
  "   SELECT staff_id, printf(:t_same, t / 10.0, CAST(substr(max(first_day, :from), 9, 2) AS INTEGER),"
  "                           CAST(substr(last_day, 9, 2) AS INTEGER)) FROM runs)"
  " SELECT r.staff_id, :first + (CAST(substr(r.day, 9, 2) AS INTEGER) - 1) * 2 + r.session,"
  "  CASE r.status WHEN 'measured' THEN r.temp_tenths ELSE 'n' END,"
  "  r.temp_tenths >= r.fever_line OR r.symptoms <> '' OR r.code_colour IN ('yellow', 'red')"
  " FROM reading r WHERE r.day BETWEEN :from AND :to AND r.staff_id IN keys"
  " UNION ALL"
  " SELECT q.staff_id, :first + (CAST(substr(days.day, 9, 2) AS INTEGER) - 1) * 2 + ses.s, 'q', 0"
  " FROM quarantine q JOIN days ON days.day >= q.start_day AND (q.released_on IS NULL OR days.day < q.released_on)"
  " JOIN (SELECT 0 AS s UNION ALL SELECT 1) AS ses"
  " WHERE q.staff_id IN keys AND q.start_day <= :to AND (q.released_on IS NULL OR q.released_on > :from)"
  " UNION ALL"
  " SELECT staff_id, :remarks, group_concat(part, :sep), 1 FROM remarks GROUP BY staff_id";

static gboolean
month_build (FyLedger *ledger, FyStore *store, GError **error)
{
  const char *from = fy_ledger_get_from (ledger);
  const char *to = fy_ledger_get_to (ledger);
  int n_days = fy_date_diff_days (from, to) + 1;
  g_autoptr(GString) sql = g_string_new (ROW_SQL_HEAD);
  g_autoptr(GString) midnights = g_string_new ("[");
  g_autofree char *same_from = fy_date_add_days (from, 1 - FY_HEALTH_SAME_VALUE_DAYS);
  g_autofree char *note = NULL;
  g_autofree char *line = NULL;
  FyLedgerColumn cell = { "day", NULL, NULL, FY_COLUMN_TEMPERATURE, 4.2, FY_ALIGN_CENTER, FY_SENSITIVE_NONE,
                          cell_labels };
  FyLedgerColumn remarks = { "remarks", _("Remarks"), NULL, FY_COLUMN_TEXT, 16, FY_ALIGN_START,
                             FY_SENSITIVE_NONE, NULL };

  for (int d = 1; d <= n_days; d++)
    {
      g_autofree char *day = fy_date_add_days (from, d - 1);
      g_autofree char *group = g_strdup_printf ("%d", d);
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
  fy_ledger_set_param_int (ledger, ":remarks", FIRST_DAY_COLUMN + 2 * n_days);
  fy_ledger_set_param_text (ledger, ":midnights", midnights->str);
  fy_ledger_set_param_int (ledger, ":late_hours", fy_health_get_late_hours (store));
  fy_ledger_set_param_text (ledger, ":same_from", same_from);
  fy_ledger_set_param_int (ledger, ":same_days", FY_HEALTH_SAME_VALUE_DAYS);
  /* Translators: start of a remark in the month grid listing the sessions
   * entered late, e.g. "补录：3日上午、17日下午". */
  fy_ledger_set_param_text (ledger, ":t_late", _("Entered late: "));
  /* Translators: one session in a list of the month grid's remarks: %d is
   * the day of the month, %s "AM" or "PM" (e.g. 3日上午). SQL printf: keep
   * %d before %s. */
  fy_ledger_set_param_text (ledger, ":t_cell", _("%d %s"));
  fy_ledger_set_param_text (ledger, ":t_am", _("AM"));
  fy_ledger_set_param_text (ledger, ":t_pm", _("PM"));
  /* Translators: remark in the month grid: the same temperature (%.1f °C)
   * every day from day %d to day %d of the month
   * (体温连续相同：36.5℃，9日至17日). SQL printf: keep the order. */
  fy_ledger_set_param_text (ledger, ":t_same", _("Same temperature %.1f °C from day %d to day %d"));

  line = fy_format_temperature (fy_health_get_fever_line (store));
  /* Translators: legend under the month grid; %s is the fever line (37.3). */
  note = g_strdup_printf (_("Each day has a morning (AM) and an afternoon (PM) cell with the temperature in °C. "
                            "✓ = marked normal without symptoms, no temperature taken; Q = under quarantine or "
                            "isolation; empty = no entry. Bold red: at or above the fever line (%s °C), symptoms "
                            "or a yellow or red health code. Remarks name sessions entered late and a "
                            "temperature that stayed the same for seven days or more."), line);
  fy_ledger_set_note (ledger, note);
  return TRUE;
}

const FyLedgerDef fy_ledger_def_health_month = {
  .id = "health-month",
  .title = N_("Monthly Temperature Grid"),
  .description = N_("A month on one sheet: a row per person, morning and afternoon cells for every day"),
  .period = FY_PERIOD_MONTH,
  .columns = month_columns,
  .n_columns = G_N_ELEMENTS (month_columns),
  .sql = NULL,
  .build = month_build,
  .note = NULL,
};

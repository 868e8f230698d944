/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledgers-health.c — the daily health monitoring sheet
 * (员工每日健康监测登记表): one day, one row per person, morning and
 * afternoon temperature with the recheck, symptoms, health code, what was
 * done about an abnormal reading and the remarks an inspector looks for
 * (补录 late entries, the same value seven days in a row, quarantine).
 *
 * A cell without a temperature holds a one-character mark explained in the
 * legend under the table (✓ marked normal, not measured; 隔 / 差 / 假 / 病 /
 * 返 why someone was away), never a number and never a sentence in a number
 * column: the xlsx stays filterable.
 * Also the helpers shared by the health ledgers (fy-ledgers-private.h). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-clock.h"
#include "fy-health-private.h"
#include "fy-ledger-defs.h"
#include "fy-ledgers-private.h"
#include "fy-validate.h"

gint64
fy_ledgers_now (void)
{
  g_autofree char *today = fy_today ();
  gint64 now = fy_clock_real_now ();
  g_autofree char *real_today = fy_local_day_of (now);

  if (g_strcmp0 (today, real_today) == 0)
    return now;
  return fy_local_day_start (today) + 12 * 3600;
}

void
fy_ledgers_bind_common (FyLedger *ledger)
{
  g_autofree char *after = fy_date_add_days (fy_ledger_get_to (ledger), 1);

  /* Translators: separator between remarks in a ledger cell (；in Chinese). */
  fy_ledger_set_param_text (ledger, ":sep", _("; "));
  fy_ledger_set_param_text (ledger, ":list_sep", _(", "));
  fy_ledger_set_param_int (ledger, ":from_ts", fy_local_day_start (fy_ledger_get_from (ledger)));
  fy_ledger_set_param_int (ledger, ":to_ts", fy_local_day_start (after));
  fy_ledger_set_param_int (ledger, ":now", fy_ledgers_now ());
}

/* ---- the daily sheet ---------------------------------------------------- */

/* Ledger-only codes: the reading status and the follow-up actions with
 * "undecided" for a follow-up without an action (an empty action stays a
 * blank cell). Symptoms and colours use the domain tables of
 * fy-health-codes.c; colours from green on, so an unchecked code is blank. */
#define CODE_LABELS (&fy_code_colour_labels[FY_CODE_GREEN])


static const FyCodeLabel action_labels[] = {
  { "undecided", N_("Not decided") },
  { "observation_point", N_("Observation point") },
  { "fever_clinic", N_("Fever clinic") },
  { "home", N_("Sent home") },
  FY_CODE_LABEL_END
};

static const FyLedgerColumn daily_columns[] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "department", N_("Department"), NULL, FY_COLUMN_TEXT, 11, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "team", N_("Team"), NULL, FY_COLUMN_TEXT, 11, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "name", N_("Name"), NULL, FY_COLUMN_TEXT, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "employee_no", N_("Employee No."), NULL, FY_COLUMN_TEXT, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "am", N_("Temperature"), N_("Morning"), FY_COLUMN_TEMPERATURE, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_ledger_health_marks },
  /* Translators: a second measurement by hand after an abnormal one (人工复测). */
  { "am_recheck", N_("Recheck"), N_("Morning"), FY_COLUMN_TEMPERATURE, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "pm", N_("Temperature"), N_("Afternoon"), FY_COLUMN_TEMPERATURE, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_ledger_health_marks },
  { "pm_recheck", N_("Recheck"), N_("Afternoon"), FY_COLUMN_TEMPERATURE, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "symptoms", N_("Symptoms"), NULL, FY_COLUMN_ENUM, 10, FY_ALIGN_START, FY_SENSITIVE_NONE, fy_symptom_labels },
  { "code", N_("Health code"), NULL, FY_COLUMN_ENUM, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, CODE_LABELS },
  /* Translators: what was done about an abnormal reading (异常处置). */
  { "action", N_("Action taken"), NULL, FY_COLUMN_ENUM, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, action_labels },
  { "remarks", N_("Remarks"), NULL, FY_COLUMN_TEXT, 18, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
};

/* Rows: everyone who had not left by the day, plus anyone with an entry
 * that day. Every join is a key lookup (reading and follow_up are keyed by
 * day, session, person); the seven-day check is one scan of seven days. */
static const char daily_sql[] =
  "WITH same AS MATERIALIZED ("
  "  SELECT staff_id FROM reading"
  "  WHERE day BETWEEN :same_from AND :from AND status = 'measured'"
  "  GROUP BY staff_id"
  "  HAVING count(DISTINCT day) = :same_days AND min(temp_tenths) = max(temp_tenths)),"
  " day_rows AS ("
  "  SELECT s.id, s.department, s.team, s.name, s.employee_no,"
  "   m.status AS m_status, m.temp_tenths AS m_temp, m.recheck_tenths AS m_recheck, m.fever_line AS m_line,"
  "   m.symptoms AS m_symptoms, m.code_colour AS m_code, m.entered_at AS m_at, m.note AS m_note,"
  "   a.status AS a_status, a.temp_tenths AS a_temp, a.recheck_tenths AS a_recheck, a.fever_line AS a_line,"
  "   a.symptoms AS a_symptoms, a.code_colour AS a_code, a.entered_at AS a_at, a.note AS a_note,"
  "   fm.id AS fm_id, fm.action AS fm_action, fm.closed_at AS fm_closed, fm.note AS fm_note,"
  "   fa.id AS fa_id, fa.action AS fa_action, fa.closed_at AS fa_closed, fa.note AS fa_note,"
  "   same.staff_id IS NOT NULL AS same7,"
  "   (SELECT p.kind FROM quarantine q JOIN quarantine_phase p ON p.quarantine_id = q.id"
  "    WHERE q.staff_id = s.id AND q.start_day <= :from"
  "    AND (q.released_on IS NULL OR q.released_on > :from) AND p.start_day <= :from"
  "    ORDER BY q.start_day DESC, p.position DESC LIMIT 1) AS q_kind,"
  FY_SQL_AWAY_REASON_AT (":from") " AS away"
  "  FROM staff s"
  "  LEFT JOIN reading m ON m.day = :from AND m.session = 0 AND m.staff_id = s.id"
  "  LEFT JOIN reading a ON a.day = :from AND a.session = 1 AND a.staff_id = s.id"
  "  LEFT JOIN follow_up fm ON fm.day = :from AND fm.session = 0 AND fm.staff_id = s.id"
  "  LEFT JOIN follow_up fa ON fa.day = :from AND fa.session = 1 AND fa.staff_id = s.id"
  "  LEFT JOIN same ON same.staff_id = s.id"
  "  WHERE (s.status <> 'left' OR s.left_on > :from OR m.staff_id IS NOT NULL OR a.staff_id IS NOT NULL)"
  "  AND (:department = '' OR s.department = :department) AND (:team = '' OR s.team = :team))"
  " SELECT 0, department, team, name, employee_no,"
  "  CASE m_status WHEN 'measured' THEN m_temp WHEN 'normal_unmeasured' THEN 'n'"
  "   ELSE iif(q_kind IS NOT NULL, 'q', away_mark) END,"
  "  m_recheck,"
  "  CASE a_status WHEN 'measured' THEN a_temp WHEN 'normal_unmeasured' THEN 'n'"
  "   ELSE iif(q_kind IS NOT NULL, 'q', away_mark) END,"
  "  a_recheck,"
  "  CASE WHEN coalesce(m_symptoms, '') <> '' AND coalesce(a_symptoms, '') <> ''"
  "       THEN m_symptoms || ',' || a_symptoms ELSE coalesce(m_symptoms, '') || coalesce(a_symptoms, '') END,"
  "  CASE WHEN 'red' IN (m_code, a_code) THEN 'red' WHEN 'yellow' IN (m_code, a_code) THEN 'yellow'"
  "       WHEN 'green' IN (m_code, a_code) THEN 'green' END,"
  "  CASE WHEN fm_id IS NOT NULL AND fa_id IS NOT NULL"
  "       THEN coalesce(nullif(fm_action, ''), 'undecided') || ',' || coalesce(nullif(fa_action, ''), 'undecided')"
  "       WHEN fm_id IS NOT NULL THEN coalesce(nullif(fm_action, ''), 'undecided')"
  "       WHEN fa_id IS NOT NULL THEN coalesce(nullif(fa_action, ''), 'undecided') END,"
  /* Remarks: each part starts with the separator, the first one is cut. */
  "  substr("
  "   CASE q_kind WHEN 'observation' THEN :sep || :t_observation WHEN 'home_isolation' THEN :sep || :t_home"
  "        WHEN 'central_isolation' THEN :sep || :t_central ELSE '' END"
  "   || iif(m_at > :late_am, :sep || :t_late_am, '')"
  "   || iif(a_at > :late_pm, :sep || :t_late_pm, '')"
  "   || iif(same7, :sep || :t_same, '')"
  "   || iif((fm_id IS NOT NULL AND fm_closed IS NULL) OR (fa_id IS NOT NULL AND fa_closed IS NULL),"
  "          :sep || :t_open, '')"
  "   || iif(coalesce(m_note, '') <> '', :sep || m_note, '')"
  "   || iif(coalesce(a_note, '') <> '', :sep || a_note, '')"
  "   || iif(coalesce(fm_note, '') <> '', :sep || fm_note, '')"
  "   || iif(coalesce(fa_note, '') <> '', :sep || fa_note, ''),"
  "   length(:sep) + 1),"
  "  iif(m_temp >= m_line, :bit_am, 0)"
  "  | iif(m_recheck >= m_line, :bit_am_recheck, 0)"
  "  | iif(a_temp >= a_line, :bit_pm, 0)"
  "  | iif(a_recheck >= a_line, :bit_pm_recheck, 0)"
  "  | iif(coalesce(m_symptoms, '') <> '' OR coalesce(a_symptoms, '') <> '', :bit_symptoms, 0)"
  "  | iif(m_code IN ('yellow', 'red') OR a_code IN ('yellow', 'red'), :bit_code, 0)"
  "  | iif((fm_id IS NOT NULL AND fm_closed IS NULL) OR (fa_id IS NOT NULL AND fa_closed IS NULL),"
  "        :bit_action, 0)"
  "  | iif(m_at > :late_am OR a_at > :late_pm OR same7, :bit_remarks, 0)"
  " FROM (SELECT *, CASE away WHEN '' THEN NULL WHEN 'business_trip' THEN 't' WHEN 'sick_leave' THEN 's'"
  "   WHEN 'sent_home' THEN 'h' ELSE 'l' END AS away_mark FROM day_rows)"
  " ORDER BY department, team, name, id";

/* The day's thresholds and the translated words of the remarks. */
static gboolean
daily_build (FyLedger *ledger, FyStore *store, GError **error)
{
  const char *day = fy_ledger_get_from (ledger);
  g_autofree char *same_from = fy_date_add_days (day, 1 - FY_HEALTH_SAME_VALUE_DAYS);
  gint64 late = (gint64) fy_health_get_late_hours (store) * 3600;
  g_autofree char *same = NULL;

  fy_ledgers_bind_common (ledger);
  fy_ledger_set_param_text (ledger, ":same_from", same_from);
  fy_ledger_set_param_int (ledger, ":same_days", FY_HEALTH_SAME_VALUE_DAYS);
  fy_ledger_set_param_int (ledger, ":late_am", fy_health_session_end (day, FY_SESSION_MORNING) + late);
  fy_ledger_set_param_int (ledger, ":late_pm", fy_health_session_end (day, FY_SESSION_AFTERNOON) + late);

  fy_ledger_set_param_text (ledger, ":t_observation", fy_quarantine_kind_label (FY_QUARANTINE_OBSERVATION));
  fy_ledger_set_param_text (ledger, ":t_home", fy_quarantine_kind_label (FY_QUARANTINE_HOME));
  fy_ledger_set_param_text (ledger, ":t_central", fy_quarantine_kind_label (FY_QUARANTINE_CENTRAL));
  /* Translators: remark in the daily health sheet: the morning reading was
   * entered long after the session (上午补录). */
  fy_ledger_set_param_text (ledger, ":t_late_am", _("Morning entered late"));
  /* Translators: remark in the daily health sheet (下午补录). */
  fy_ledger_set_param_text (ledger, ":t_late_pm", _("Afternoon entered late"));
  /* Translators: remark in a health ledger: the same temperature on %d days
   * in a row (连续7天体温相同). */
  same = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Same temperature %d day in a row",
                                       "Same temperature %d days in a row", FY_HEALTH_SAME_VALUE_DAYS),
                          FY_HEALTH_SAME_VALUE_DAYS);
  fy_ledger_set_param_text (ledger, ":t_same", same);
  /* Translators: remark in the daily health sheet: a follow-up of an
   * abnormal reading is not closed yet (随访未结案). */
  fy_ledger_set_param_text (ledger, ":t_open", _("Follow-up open"));
  return TRUE;
}

const FyLedgerDef fy_ledger_def_health_daily = {
  .id = "health-daily",
  .title = N_("Daily Staff Health Monitoring Sheet"),
  /* Translators: the tab of this ledger in a spreadsheet; short. */
  .sheet = NC_("sheet name", "Health"),
  .description = N_("One day: morning and afternoon temperatures, rechecks, symptoms, health code and remarks"),
  .period = FY_PERIOD_DAY,
  .columns = daily_columns,
  .n_columns = G_N_ELEMENTS (daily_columns),
  .sql = daily_sql,
  .build = daily_build,
  .note = N_("Temperatures in °C. Marks where there is no temperature: ✓ = marked normal without symptoms, "
             "no temperature taken; Q = under quarantine or isolation; T = business trip; L = leave or a private "
             "trip; S = sick leave; H = sent home; empty = no entry. Bold red: at or above the fever line in force "
             "when it was entered, symptoms, a yellow or red health code, or a follow-up still open. Remarks name "
             "late entries and the same temperature seven days in a row."),
};

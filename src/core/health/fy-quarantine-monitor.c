/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-quarantine-monitor.c — monitoring entries of quarantined people and
 * their ledger (居家/隔离健康监测记录: day 1…N, morning and evening
 * temperature, symptoms, monitor). */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "fy-health-private.h"
#include "fy-ledger-defs.h"
#include "fy-ledgers-private.h"
#include "fy-quarantine-monitor.h"
#include "fy-validate.h"

gboolean
fy_quarantine_monitor_record (FyStore *store, const FyMonitorEntry *entry, gint64 now, GError **error)
{
  g_autoptr(FyQuarantine) q = NULL;
  g_autofree char *day = NULL;
  g_autofree char *monitor = NULL;
  g_autofree char *codes = NULL;
  g_autofree char *value = NULL;
  sqlite3_stmt *stmt;
  int tenths = 0;

  g_return_val_if_fail (entry != NULL, FALSE);
  if (entry->session != FY_SESSION_MORNING && entry->session != FY_SESSION_AFTERNOON)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Choose the morning or the evening check."));
      return FALSE;
    }
  if (!fy_validate_temperature (entry->temperature, &tenths, error))
    return FALSE;
  day = fy_health_check_day (entry->day, FALSE, error);
  if (day == NULL)
    return FALSE;
  monitor = fy_health_check_text (entry->monitor, 32, _("The monitor’s name"), error);
  if (monitor == NULL)
    return FALSE;
  q = fy_quarantine_get (store, entry->quarantine_id, error);
  if (q == NULL)
    return FALSE;
  if (strcmp (day, q->start_day) < 0 || (q->released_on && strcmp (day, q->released_on) >= 0))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("%s was not under quarantine on %s: check the day."), q->person.name, day);
      return FALSE;
    }
  codes = fy_symptoms_to_codes (entry->symptoms);
  value = g_strdup_printf ("%s/%d: %d %s", day, entry->session, tenths, codes);

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "INSERT INTO quarantine_reading (quarantine_id, day, session, temp_tenths, symptoms, monitor,"
      " entered_at, entered_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
      " ON CONFLICT (quarantine_id, day, session) DO UPDATE SET temp_tenths = excluded.temp_tenths,"
      " symptoms = excluded.symptoms, monitor = excluded.monitor, entered_at = excluded.entered_at,"
      " entered_by = excluded.entered_by", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, q->id);
  fy_bind_text (stmt, 2, day);
  sqlite3_bind_int (stmt, 3, entry->session);
  sqlite3_bind_int (stmt, 4, tenths);
  fy_bind_text (stmt, 5, codes);
  fy_bind_text (stmt, 6, *monitor ? monitor : fy_store_get_actor (store));
  sqlite3_bind_int64 (stmt, 7, now);
  fy_bind_text (stmt, 8, fy_store_get_actor (store));
  if (!fy_store_step_done (store, stmt, error)
      || !fy_store_audit (store,
                          &(FyAuditEntry) { .entity = "quarantine_reading", .entity_id = q->id,
                                             .action = "update", .field = "", .old_value = NULL,
                                             .new_value = value },
                          error))
    goto fail;
  if (!fy_store_commit (store, error))
    return FALSE;
  fy_store_emit_changed (store, FY_STORE_CHANGE_QUARANTINE);
  return TRUE;

fail:
  fy_store_rollback (store);
  return FALSE;
}

/* ---- the ledger --------------------------------------------------------- */

static const FyLedgerColumn monitor_columns[] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "name", N_("Name"), NULL, FY_COLUMN_TEXT, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "department", N_("Department"), NULL, FY_COLUMN_TEXT, 11, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "place", N_("Place"), NULL, FY_COLUMN_TEXT, 12, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "day", N_("Date"), NULL, FY_COLUMN_DATE, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: quarantine monitoring: the day of the quarantine (第几天). */
  { "day_no", N_("Day"), NULL, FY_COLUMN_NUMBER, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "am", N_("Temperature"), N_("Morning"), FY_COLUMN_TEMPERATURE, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "pm", N_("Temperature"), N_("Evening"), FY_COLUMN_TEMPERATURE, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "symptoms", N_("Symptoms"), NULL, FY_COLUMN_ENUM, 12, FY_ALIGN_START, FY_SENSITIVE_NONE, fy_symptom_labels },
  /* Translators: quarantine monitoring: who took the temperatures (监测人). */
  { "monitor", N_("Monitor"), NULL, FY_COLUMN_TEXT, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
};

/* One row per quarantine and day of [:from, :to] up to today that it
 * covers, with or without entries (a missing one shows as a blank). */
static const char monitor_sql[] =
  "WITH RECURSIVE days(day) AS (SELECT :from WHERE :from <= min(:to, :today)"
  "  UNION ALL SELECT date(day, '+1 day') FROM days WHERE day < min(:to, :today))"
  " SELECT 0, s.name, s.department, q.place, days.day,"
  "  CAST(julianday(days.day) - julianday(q.start_day) AS INTEGER) + 1,"
  "  (SELECT temp_tenths FROM quarantine_reading WHERE quarantine_id = q.id AND day = days.day AND session = 0),"
  "  (SELECT temp_tenths FROM quarantine_reading WHERE quarantine_id = q.id AND day = days.day AND session = 1),"
  "  (SELECT group_concat(symptoms) FROM quarantine_reading WHERE quarantine_id = q.id AND day = days.day"
  "   AND symptoms <> ''),"
  "  (SELECT group_concat(DISTINCT monitor) FROM quarantine_reading WHERE quarantine_id = q.id AND day = days.day),"
  "  iif((SELECT max(temp_tenths) FROM quarantine_reading WHERE quarantine_id = q.id AND day = days.day"
  "       AND session = 0) >= :fever_line, :bit_am, 0)"
  "  | iif((SELECT max(temp_tenths) FROM quarantine_reading WHERE quarantine_id = q.id AND day = days.day"
  "         AND session = 1) >= :fever_line, :bit_pm, 0)"
  " FROM quarantine q JOIN staff s ON s.id = q.staff_id"
  " JOIN days ON days.day >= q.start_day AND (q.released_on IS NULL OR days.day < q.released_on)"
  " WHERE (:department = '' OR s.department = :department) AND (:team = '' OR s.team = :team)"
  " ORDER BY s.department, s.name, q.id, days.day";

static gboolean
monitor_build (FyLedger *ledger, FyStore *store, GError **error)
{
  fy_ledgers_bind_common (ledger);
  fy_ledger_set_param_int (ledger, ":fever_line", fy_health_get_fever_line (store));
  return TRUE;
}

const FyLedgerDef fy_ledger_def_quarantine_monitoring = {
  .id = "quarantine-monitoring",
  .title = N_("Quarantine Health Monitoring Record"),
  .description = N_("People in home or in-plant quarantine: each day’s morning and evening temperature, "
                    "symptoms and who took them"),
  .period = FY_PERIOD_RANGE,
  .columns = monitor_columns,
  .n_columns = G_N_ELEMENTS (monitor_columns),
  .sql = monitor_sql,
  .build = monitor_build,
  .note = N_("Temperatures in °C. Day 1 is the first day of the quarantine; a blank temperature is a check not "
             "recorded. Bold red: at or above the fever line."),
};

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledgers-abnormal.c — the abnormal-case ledger (异常情况处置台账), the
 * record an inspector asks for first: every abnormal reading (fever,
 * symptoms, yellow or red code) and every positive test result of a period,
 * with the recheck, what was done, the steps noted, when it was closed, the
 * outcome and who handled it. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-health-private.h"
#include "fy-ledger-defs.h"
#include "fy-ledgers-private.h"

static const FyCodeLabel finding_labels[] = {
  { "fever", N_("Fever") },
  { "symptoms", N_("Symptoms") },
  /* Translators: abnormal-case ledger: a yellow or red health code. */
  { "code", N_("Yellow or red code") },
  /* Translators: abnormal-case ledger: a positive nucleic-acid result. */
  { "positive_pcr", N_("Nucleic acid positive") },
  /* Translators: abnormal-case ledger: a positive antigen result. */
  { "positive_antigen", N_("Antigen positive") },
  FY_CODE_LABEL_END
};

static const FyCodeLabel measure_labels[] = {
  { "undecided", N_("Not decided") },
  { "observation_point", N_("Observation point") },
  { "fever_clinic", N_("Fever clinic") },
  { "home", N_("Sent home") },
  /* Translators: abnormal-case ledger: a quarantine was started (隔离管控). */
  { "quarantine", N_("Quarantine") },
  FY_CODE_LABEL_END
};

static const FyCodeLabel outcome_labels[] = {
  /* Translators: abnormal-case ledger: the case is still being handled (处置中). */
  { "open", N_("Still open") },
  /* Translators: abnormal-case ledger: the case was closed (已结案). */
  { "closed", N_("Closed") },
  FY_CODE_LABEL_END
};

static const FyLedgerColumn abnormal_columns[] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: abnormal-case ledger: the day it was found (发现日期). */
  { "day", N_("Found on"), NULL, FY_COLUMN_DATE, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "name", N_("Name"), NULL, FY_COLUMN_TEXT, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "department", N_("Department"), NULL, FY_COLUMN_TEXT, 11, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  /* Translators: abnormal-case ledger: what was abnormal (异常情况). */
  { "finding", N_("Finding"), NULL, FY_COLUMN_ENUM, 12, FY_ALIGN_START, FY_SENSITIVE_NONE, finding_labels },
  { "temperature", N_("Temperature"), NULL, FY_COLUMN_TEMPERATURE, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "recheck", N_("Recheck"), NULL, FY_COLUMN_TEMPERATURE, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "action", N_("Action taken"), NULL, FY_COLUMN_ENUM, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, measure_labels },
  /* Translators: abnormal-case ledger: the follow-up steps noted (处置经过). */
  { "steps", N_("Steps"), NULL, FY_COLUMN_TEXT, 18, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  /* Translators: abnormal-case ledger: the day the case was closed (结案日期). */
  { "closed_on", N_("Closed on"), NULL, FY_COLUMN_DATE, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "outcome", N_("Outcome"), NULL, FY_COLUMN_ENUM, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, outcome_labels },
  /* Translators: abnormal-case ledger: who handled it (处置人). */
  { "handled_by", N_("Handled by"), NULL, FY_COLUMN_TEXT, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
};

/* Follow-ups of readings of [:from, :to] (the follow_up key is day-first),
 * then positive results received in the period with the quarantine of that
 * person started from the sample day on, if any. Open cases highlighted. */
static const char abnormal_sql[] =
  "SELECT 0, day, name, department, finding, temp, recheck, action, steps, closed_on,"
  " iif(closed_on IS NULL, 'open', 'closed'), handled_by,"
  " iif(closed_on IS NULL, :bit_outcome, 0) | iif(finding LIKE 'positive%', :bit_finding, 0)"
  " FROM ("
  "  SELECT f.day AS day, s.name AS name, s.department AS department, s.team AS team, f.reasons AS finding,"
  "   r.temp_tenths AS temp, r.recheck_tenths AS recheck, coalesce(nullif(f.action, ''), 'undecided') AS action,"
  "   f.note AS steps, date(f.closed_at, 'unixepoch', 'localtime') AS closed_on,"
  "   coalesce(nullif(f.closed_by, ''), r.entered_by) AS handled_by, f.opened_at AS at"
  "  FROM follow_up f JOIN staff s ON s.id = f.staff_id"
  "  LEFT JOIN reading r ON r.day = f.day AND r.session = f.session AND r.staff_id = f.staff_id"
  "  WHERE f.day BETWEEN :from AND :to"
  "  UNION ALL"
  "  SELECT date(t.result_at, 'unixepoch', 'localtime'), s.name, s.department, s.team, 'positive_' || t.kind,"
  "   NULL, NULL, iif(q.id IS NULL, 'undecided', 'quarantine'),"
  "   trim(coalesce(q.place, '') || ' ' || coalesce(q.note, '')), q.released_on,"
  "   coalesce(nullif(q.released_by, ''), nullif(q.created_by, ''), t.entered_by), t.result_at"
  "  FROM test_result t JOIN staff s ON s.id = t.staff_id"
  "  LEFT JOIN quarantine q ON q.id = (SELECT max(q2.id) FROM quarantine q2 WHERE q2.staff_id = t.staff_id"
  "                                    AND q2.start_day >= date(t.sampled_at, 'unixepoch', 'localtime'))"
  "  WHERE t.result = 'positive' AND t.sampled_at >= :from_ts - 14 * 86400 AND t.sampled_at < :to_ts"
  "  AND t.result_at >= :from_ts AND t.result_at < :to_ts)"
  " WHERE (:department = '' OR department = :department) AND (:team = '' OR team = :team)"
  " ORDER BY day, at";

static gboolean
abnormal_build (FyLedger *ledger, FyStore *store, GError **error)
{
  fy_ledgers_bind_common (ledger);
  return TRUE;
}

const FyLedgerDef fy_ledger_def_abnormal = {
  .id = "abnormal",
  .title = N_("Abnormal Case Record"),
  .description = N_("Every abnormal reading and positive result of a period: what was done, by whom, the outcome"),
  .period = FY_PERIOD_RANGE,
  .columns = abnormal_columns,
  .n_columns = G_N_ELEMENTS (abnormal_columns),
  .sql = abnormal_sql,
  .build = abnormal_build,
  .note = N_("Temperatures in °C. A case is closed when its follow-up is closed, or for a positive result when "
             "the quarantine started for it is released. Bold red: still open, or a positive result."),
};

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledgers-travel.c — the travel ledger (行程台账: trips of a period with
 * destination, risk, dates, who went along and what the return led to) and
 * the quarantine register (隔离观察人员登记表: category, mode, place, dates,
 * planned test days and results, release and its basis, who manages it). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-health-private.h"
#include "fy-ledger-defs.h"
#include "fy-ledgers-private.h"
#include "fy-quarantine.h"
#include "fy-tests.h"
#include "fy-trips.h"

/* ---- trips -------------------------------------------------------------- */

/* The outcome of a trip: a quarantine template's name (stored as the
 * msgid for the built-in ones) or one of two codes. */
static const FyCodeLabel outcome_labels[] = {
  /* Translators: travel ledger, what the return led to: nothing (直接返岗). */
  { "none", N_("Back at work, no quarantine") },
  /* Translators: travel ledger: the person has not come back yet (未返回). */
  { "away", N_("Not back yet") },
  /* Translators: travel ledger: the trip has not started (尚未出发). */
  { "planned", N_("Not left yet") },
  { "14-day in-factory observation", N_("14-day in-factory observation") },
  { "7-day home isolation", N_("7-day home isolation") },
  { "5 days central isolation + 3 days home isolation", N_("5 days central isolation + 3 days home isolation") },
  { "Custom", N_("Custom") },
  FY_CODE_LABEL_END
};

static const FyLedgerColumn travel_columns[] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "name", N_("Name"), NULL, FY_COLUMN_TEXT, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Masked unless the export asks for the full numbers (ledgers.md). */
  { "id_number", N_("ID number"), NULL, FY_COLUMN_TEXT, 19, FY_ALIGN_CENTER, FY_SENSITIVE_ID, NULL },
  { "phone", N_("Mobile phone"), NULL, FY_COLUMN_TEXT, 12, FY_ALIGN_CENTER, FY_SENSITIVE_PHONE, NULL },
  { "department", N_("Department"), NULL, FY_COLUMN_TEXT, 11, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  /* Translators: 事由 (business / private) */
  { "purpose", N_("Purpose"), NULL, FY_COLUMN_ENUM, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_trip_purpose_labels },
  { "destination", N_("Destination"), NULL, FY_COLUMN_TEXT, 14, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  /* Translators: travel ledger: how they travel (交通方式). */
  { "transport", N_("Transport"), NULL, FY_COLUMN_ENUM, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE,
    &fy_transport_labels[FY_TRANSPORT_TRAIN] },
  /* Translators: travel ledger: train / flight / plate number (车次/航班/车牌). */
  { "transport_no", N_("Train / flight / plate"), NULL, FY_COLUMN_TEXT, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: 风险等级 of the destination when the trip was registered */
  { "risk", N_("Risk level"), NULL, FY_COLUMN_ENUM, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_trip_risk_labels },
  { "depart_on", N_("Leaves on"), NULL, FY_COLUMN_DATE, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "planned_return_on", N_("Planned return"), NULL, FY_COLUMN_DATE, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "returned_on", N_("Returned on"), NULL, FY_COLUMN_DATE, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: 返回时风险等级 */
  { "return_risk", N_("Risk on return"), NULL, FY_COLUMN_ENUM, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_trip_risk_labels },
  /* Translators: 同行人员 */
  { "companions", N_("Travelling with"), NULL, FY_COLUMN_TEXT, 14, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  /* Translators: travel ledger: health-code colour on return (健康码颜色). */
  { "code", N_("Health code"), NULL, FY_COLUMN_ENUM, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE,
    &fy_code_colour_labels[FY_CODE_GREEN] },
  /* Translators: travel ledger: nucleic-acid test before coming back to work (到岗前核酸). */
  { "return_test", N_("Test before return"), NULL, FY_COLUMN_ENUM, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE,
    &fy_return_test_labels[FY_RETURN_TEST_NEGATIVE] },
  /* Translators: 处置 — what the return led to */
  { "outcome", N_("Measures on return"), NULL, FY_COLUMN_ENUM, 14, FY_ALIGN_START, FY_SENSITIVE_NONE, outcome_labels },
  /* Translators: travel ledger: who registered the trip (登记人). */
  { "registered_by", N_("Registered by"), NULL, FY_COLUMN_TEXT, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "remarks", N_("Remarks"), NULL, FY_COLUMN_TEXT, 14, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
};

/* Trips overlapping [:from, :to]; one not back yet runs until today or its
 * planned return, whichever is later (as fy_trips_list). Registered after
 * the day of departure = registered late (补报). */
static const char travel_sql[] =
  "SELECT 0, s.name, s.id_number, s.phone, s.department, t.purpose, t.destination, nullif(t.transport, ''),"
  " t.transport_no, t.risk, t.depart_on, t.planned_return_on,"
  " t.returned_on, t.return_risk,"
  " (SELECT group_concat (printf (:t_companion, c.name,"
  "    CASE c.relation WHEN 'household' THEN :t_household WHEN 'colleague' THEN :t_colleague ELSE :t_other END),"
  "   :list_sep) FROM (SELECT name, relation FROM trip_companion WHERE trip_id = t.id ORDER BY position) AS c),"
  " nullif(t.return_code_colour, ''), nullif(t.return_test, ''),"
  " coalesce((SELECT qt.name FROM quarantine q JOIN quarantine_template qt ON qt.id = q.template_id"
  "           WHERE q.trip_id = t.id ORDER BY q.id DESC LIMIT 1),"
  "          CASE WHEN t.returned_on IS NOT NULL THEN 'none' WHEN t.depart_on > :today THEN 'planned'"
  "               ELSE 'away' END),"
  " t.registered_by,"
  " substr(iif(t.registered_at >= unixepoch(t.depart_on, '+1 day', 'utc'), :sep || :t_late, '')"
  "  || iif(t.note <> '', :sep || t.note, ''), length(:sep) + 1),"
  " iif(t.risk IN ('medium', 'high'), :bit_risk, 0)"
  " | iif(t.return_risk IN ('medium', 'high'), :bit_return_risk, 0)"
  " | iif(t.registered_at >= unixepoch(t.depart_on, '+1 day', 'utc'), :bit_remarks, 0)"
  " | iif(t.return_code_colour IN ('yellow', 'red'), :bit_code, 0)"
  " | iif(t.return_test IN ('positive', 'not_done'), :bit_return_test, 0)"
  " FROM trip t JOIN staff s ON s.id = t.staff_id"
  " WHERE t.depart_on <= :to AND coalesce(t.returned_on, max(t.planned_return_on, :today)) >= :from"
  " AND (:department = '' OR s.department = :department) AND (:team = '' OR s.team = :team)"
  " ORDER BY t.depart_on, s.department, s.name, t.id";

static gboolean
travel_build (FyLedger *ledger, FyStore *store, GError **error)
{
  fy_ledgers_bind_common (ledger);
  /* Translators: a person travelling along and how they are related:
   * "张丽华（共同生活者）". SQL printf: keep the order. */
  fy_ledger_set_param_text (ledger, ":t_companion", _("%s (%s)"));
  fy_ledger_set_param_text (ledger, ":t_household", fy_companion_relation_label (FY_COMPANION_HOUSEHOLD));
  fy_ledger_set_param_text (ledger, ":t_colleague", fy_companion_relation_label (FY_COMPANION_COLLEAGUE));
  fy_ledger_set_param_text (ledger, ":t_other", fy_companion_relation_label (FY_COMPANION_OTHER));
  /* Translators: remark in the travel ledger: the trip was registered only
   * after the person had left (出发后补报). */
  fy_ledger_set_param_text (ledger, ":t_late", _("Registered after leaving"));
  return TRUE;
}

const FyLedgerDef fy_ledger_def_travel = {
  .id = "travel",
  .title = N_("Travel Register"),
  /* Translators: the tab of this ledger in a spreadsheet; short. */
  .sheet = NC_("sheet name", "Travel"),
  .description = N_("Trips out of the city in a period: destination, risk, dates, companions and measures on return"),
  .period = FY_PERIOD_RANGE,
  .columns = travel_columns,
  .n_columns = G_N_ELEMENTS (travel_columns),
  .sql = travel_sql,
  .build = travel_build,
  .note = N_("Highlighted: a medium- or high-risk area, and trips registered only after leaving."),
};

/* ---- quarantines -------------------------------------------------------- */

static const FyLedgerColumn quarantine_columns[] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "name", N_("Name"), NULL, FY_COLUMN_TEXT, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "department", N_("Department"), NULL, FY_COLUMN_TEXT, 10, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  /* Translators: 类别 — why the person is quarantined */
  { "reason", N_("Category"), NULL, FY_COLUMN_ENUM, 10, FY_ALIGN_START, FY_SENSITIVE_NONE, fy_quarantine_reason_labels },
  /* Translators: 隔离方式 */
  { "mode", N_("Mode"), NULL, FY_COLUMN_TEXT, 13, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  /* Translators: 隔离地点 */
  { "place", N_("Place"), NULL, FY_COLUMN_TEXT, 12, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "start_day", N_("Start"), NULL, FY_COLUMN_DATE, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: 应解除日期: the last day planned under quarantine */
  { "end_day", N_("Planned end"), NULL, FY_COLUMN_DATE, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: 核酸计划日 */
  { "test_days", N_("Planned test days"), NULL, FY_COLUMN_TEXT, 12, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  /* Translators: 核酸结果 */
  { "results", N_("Test results"), NULL, FY_COLUMN_TEXT, 16, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  /* Translators: 解除日期 */
  { "released_on", N_("Released on"), NULL, FY_COLUMN_DATE, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: 解除依据 */
  { "release_note", N_("Basis for release"), NULL, FY_COLUMN_TEXT, 16, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  /* Translators: 管理责任人 */
  { "responsible", N_("Responsible"), NULL, FY_COLUMN_TEXT, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
};

/* Quarantines overlapping [:from, :to] (released_on is the first day back).
 * The mode lists the phases ("居家隔离7天"); results list each planned
 * test day with its result, "not taken" once the day has passed. The
 * responsible person is who registered it. */
static const char quarantine_sql[] =
  "SELECT 0, s.name, s.department, q.reason,"
  " (SELECT group_concat (printf (:t_phase,"
  "    CASE p.kind WHEN 'observation' THEN :t_observation WHEN 'home_isolation' THEN :t_home ELSE :t_central END,"
  "    CAST(julianday(p.end_day) - julianday(p.start_day) + 1 AS INTEGER)), ' + ')"
  "   FROM (SELECT kind, start_day, end_day FROM quarantine_phase WHERE quarantine_id = q.id ORDER BY position) AS p),"
  " q.place, q.start_day, q.end_day,"
  " (SELECT group_concat (substr(day, 6), :list_sep) FROM"
  "   (SELECT day FROM quarantine_test WHERE quarantine_id = q.id ORDER BY day)),"
  " (SELECT group_concat (substr(x.day, 6) || ' ' ||"
  "    CASE WHEN x.result = 'negative' THEN :t_negative WHEN x.result = 'positive' THEN :t_positive"
  "         WHEN x.result = 'pending' THEN :t_pending WHEN x.day < :today THEN :t_missed ELSE :t_due END, :list_sep)"
  "   FROM (SELECT qt.day, r.result FROM quarantine_test qt LEFT JOIN test_result r ON r.id = qt.result_id"
  "         WHERE qt.quarantine_id = q.id AND (qt.day <= :today OR r.id IS NOT NULL) ORDER BY qt.day) AS x),"
  " q.released_on, q.release_note, q.created_by,"
  " iif(q.released_on IS NULL AND q.end_day < :today, :bit_end_day, 0)"
  " | iif(EXISTS (SELECT 1 FROM quarantine_test qt LEFT JOIN test_result r ON r.id = qt.result_id"
  "              WHERE qt.quarantine_id = q.id AND (r.result = 'positive' OR (r.id IS NULL AND qt.day < :today))),"
  "       :bit_results, 0)"
  " FROM quarantine q JOIN staff s ON s.id = q.staff_id"
  " WHERE q.start_day <= :to AND (q.released_on IS NULL OR q.released_on > :from)"
  " AND (:department = '' OR s.department = :department) AND (:team = '' OR s.team = :team)"
  " ORDER BY q.start_day, s.department, s.name, q.id";

static gboolean
quarantine_build (FyLedger *ledger, FyStore *store, GError **error)
{
  fy_ledgers_bind_common (ledger);
  /* Translators: one phase of a quarantine: where, and how many days
   * (居家隔离7天). SQL printf: keep %s before %d. */
  fy_ledger_set_param_text (ledger, ":t_phase", _("%s %d days"));
  fy_ledger_set_param_text (ledger, ":t_observation", fy_quarantine_kind_label (FY_QUARANTINE_OBSERVATION));
  fy_ledger_set_param_text (ledger, ":t_home", fy_quarantine_kind_label (FY_QUARANTINE_HOME));
  fy_ledger_set_param_text (ledger, ":t_central", fy_quarantine_kind_label (FY_QUARANTINE_CENTRAL));
  fy_ledger_set_param_text (ledger, ":t_negative", fy_test_outcome_label (FY_RESULT_NEGATIVE));
  fy_ledger_set_param_text (ledger, ":t_positive", fy_test_outcome_label (FY_RESULT_POSITIVE));
  fy_ledger_set_param_text (ledger, ":t_pending", fy_test_outcome_label (FY_RESULT_PENDING));
  /* Translators: a planned quarantine test day that passed without a
   * sample (未检). */
  fy_ledger_set_param_text (ledger, ":t_missed", _("not taken"));
  /* Translators: a planned quarantine test day that is today (今日待检). */
  fy_ledger_set_param_text (ledger, ":t_due", _("due today"));
  return TRUE;
}

const FyLedgerDef fy_ledger_def_quarantine = {
  .id = "quarantine",
  .title = N_("Quarantine and Observation Register"),
  /* Translators: the tab of this ledger in a spreadsheet; short. */
  .sheet = NC_("sheet name", "Quarantine"),
  .description = N_("People quarantined or observed in a period: category, mode, place, dates, tests and release"),
  .period = FY_PERIOD_RANGE,
  .columns = quarantine_columns,
  .n_columns = G_N_ELEMENTS (quarantine_columns),
  .sql = quarantine_sql,
  .build = quarantine_build,
  .note = N_("Planned end: the last day under quarantine; release is a recorded decision with its date (the first "
             "day back). Highlighted: past the planned end without a release, and a positive or missed test."),
};

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledgers-plans.c — the ledgers of the plans domain: the task force list
 * (专班名单), the plan register, the inspection checklist (企业疫情防控检查表 /
 * 自查表), the corrective actions (整改台账), the drill record (应急预案演练记录),
 * the emergency procedure record (应急处置记录) and one person's 14 days for
 * the epidemiological investigation (流调). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-checklist.h"
#include "fy-emergency.h"
#include "fy-ledger-defs.h"
#include "fy-plans.h"
#include "fy-tests.h"

/* ---- 专班名单 ---------------------------------------------------------------- */

static const FyLedgerColumn taskforce_columns[] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "role", N_("Position in the task force"), NULL, FY_COLUMN_ENUM, 14, FY_ALIGN_CENTER, FY_SENSITIVE_NONE,
    fy_taskforce_role_labels },
  { "group", N_("Working group"), NULL, FY_COLUMN_TEXT, 12, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "group_leader", N_("Group leader"), NULL, FY_COLUMN_BOOL, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "name", N_("Name"), NULL, FY_COLUMN_TEXT, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "department", N_("Department"), NULL, FY_COLUMN_TEXT, 12, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "duty", N_("Duties"), NULL, FY_COLUMN_TEXT, 36, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "phone", N_("Telephone"), NULL, FY_COLUMN_TEXT, 13, FY_ALIGN_CENTER, FY_SENSITIVE_PHONE, NULL },
};

static const char taskforce_sql[] =
  "SELECT 0, m.role, m.group_name, m.group_leader, m.name, coalesce(s.department, ''), m.duty, m.phone"
  " FROM taskforce_member m LEFT JOIN staff s ON s.id = m.staff_id"
  " ORDER BY CASE m.role WHEN 'leader' THEN 0 WHEN 'deputy' THEN 1 WHEN 'liaison' THEN 2 ELSE 3 END,"
  " m.group_name, 1 - m.group_leader, m.position, m.id";

const FyLedgerDef fy_ledger_def_taskforce = {
  .id = "taskforce",
  .title = N_("Prevention Task Force List"),
  .description = N_("The task force: leader, deputies, members, the information reporter and the working groups"),
  .period = FY_PERIOD_NONE,
  .columns = taskforce_columns,
  .n_columns = G_N_ELEMENTS (taskforce_columns),
  .sql = taskforce_sql,
};

/* ---- 方案预案登记 ------------------------------------------------------------- */

static const FyLedgerColumn plans_columns[] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "kind", N_("Kind"), NULL, FY_COLUMN_ENUM, 14, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_plan_kind_labels },
  { "title", N_("Title"), NULL, FY_COLUMN_TEXT, 30, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "version", N_("Version"), NULL, FY_COLUMN_TEXT, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "approved_on", N_("Approved on"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "approved_by", N_("Approved by"), NULL, FY_COLUMN_TEXT, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "next_review", N_("Next review"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "file", N_("File"), NULL, FY_COLUMN_TEXT, 24, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
};

/* A review due today or earlier is highlighted. */
static const char plans_sql[] =
  "SELECT 0, kind, title, version, approved_on, approved_by, next_review, file_name,"
  " CASE WHEN next_review IS NOT NULL AND next_review <= :today THEN :bit_next_review ELSE 0 END"
  " FROM plan_document ORDER BY CASE kind WHEN 'prevention' THEN 0 WHEN 'reopening' THEN 1"
  " WHEN 'emergency' THEN 2 WHEN 'commitment' THEN 3 WHEN 'rule' THEN 4 ELSE 5 END, title, id";

const FyLedgerDef fy_ledger_def_plans = {
  .id = "plans",
  .title = N_("Plan Register"),
  .description = N_("The company’s plans, contingency plans, commitments and rules with approval and review dates"),
  .period = FY_PERIOD_NONE,
  .columns = plans_columns,
  .n_columns = G_N_ELEMENTS (plans_columns),
  .sql = plans_sql,
};

/* ---- 企业疫情防控检查表 / 自查表 ----------------------------------------------- */

static const FyLedgerColumn checklist_columns[] = {
  { "day", N_("Inspection date"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "checklist", N_("Checklist"), NULL, FY_COLUMN_TEXT, 18, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "position", N_("No."), NULL, FY_COLUMN_NUMBER, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "category", N_("Category"), NULL, FY_COLUMN_TEXT, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "content", N_("What is checked"), NULL, FY_COLUMN_TEXT, 36, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "method", N_("How checked"), NULL, FY_COLUMN_ENUM, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_check_method_labels },
  { "answer", N_("Result"), NULL, FY_COLUMN_ENUM, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_check_answer_labels },
  { "problem", N_("Problem found"), NULL, FY_COLUMN_TEXT, 20, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "action", N_("Corrective action"), NULL, FY_COLUMN_TEXT, 20, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "responsible", N_("Responsible"), NULL, FY_COLUMN_TEXT, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "deadline", N_("Deadline"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "recheck", N_("Recheck result"), NULL, FY_COLUMN_TEXT, 14, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "inspector", N_("Inspector"), NULL, FY_COLUMN_TEXT, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "confirmer", N_("Confirmed by the company"), NULL, FY_COLUMN_TEXT, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
};

/* One row per item of every run in the period; a "no" is highlighted. */
static const char checklist_sql[] =
  "SELECT r.day, t.name, i.position, i.category, i.content, i.method, i.answer, i.problem,"
  " coalesce(a.action, ''), coalesce(a.responsible, ''), a.deadline, coalesce(a.recheck, ''),"
  " r.inspector, r.confirmer,"
  " CASE WHEN i.answer = 'no' THEN :bit_answer ELSE 0 END"
  " FROM checklist_run r JOIN checklist_template t ON t.id = r.template_id"
  " JOIN checklist_run_item i ON i.run_id = r.id"
  " LEFT JOIN action_item a ON a.id = (SELECT max(x.id) FROM action_item x WHERE x.source = 'checklist'"
  "  AND x.source_id = r.id AND x.position = i.position)"
  " WHERE r.day BETWEEN :from AND :to ORDER BY r.day, r.id, i.position";

const FyLedgerDef fy_ledger_def_checklist = {
  .id = "checklist",
  .title = N_("Enterprise Epidemic Prevention Checklist"),
  .description = N_("Every checklist run in a period, item by item, with problems and corrective actions"),
  .period = FY_PERIOD_RANGE,
  .columns = checklist_columns,
  .n_columns = G_N_ELEMENTS (checklist_columns),
  .sql = checklist_sql,
  .note = N_("How checked: check documents, check records, check on site, ask. "
             "Inspector’s signature:              Confirmed by the company’s head (signature):              Date:"),
};

/* ---- 整改台账 ---------------------------------------------------------------- */

static const FyLedgerColumn actions_columns[] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "source", N_("Found by"), NULL, FY_COLUMN_ENUM, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_action_source_labels },
  { "raised_on", N_("Found on"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "problem", N_("Problem found"), NULL, FY_COLUMN_TEXT, 26, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "action", N_("Corrective action"), NULL, FY_COLUMN_TEXT, 26, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "responsible", N_("Responsible"), NULL, FY_COLUMN_TEXT, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "deadline", N_("Deadline"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "done_on", N_("Done on"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "recheck", N_("Recheck result"), NULL, FY_COLUMN_TEXT, 16, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
};

/* Open ones first; a deadline passed while open (from the day after it) is
 * highlighted. */
static const char actions_sql[] =
  "SELECT 0, source, raised_on, problem, action, responsible, deadline, done_on, recheck,"
  " CASE WHEN done_on IS NULL AND deadline < :today THEN :bit_deadline ELSE 0 END"
  " FROM action_item ORDER BY done_on IS NOT NULL, deadline, id";

const FyLedgerDef fy_ledger_def_actions = {
  .id = "actions",
  .title = N_("Corrective Action Ledger"),
  .description = N_("Problems found by checklists, drills and emergencies, with actions, deadlines and rechecks"),
  .period = FY_PERIOD_NONE,
  .columns = actions_columns,
  .n_columns = G_N_ELEMENTS (actions_columns),
  .sql = actions_sql,
};

/* ---- 应急预案演练记录 ----------------------------------------------------------- */

static const FyLedgerColumn drills_columns[] = {
  { "day", N_("Drill date"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "plan", N_("Contingency plan"), NULL, FY_COLUMN_TEXT, 16, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "kind", N_("Kind"), NULL, FY_COLUMN_ENUM, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_drill_kind_labels },
  { "scenario", N_("Scenario"), NULL, FY_COLUMN_TEXT, 20, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "place", N_("Place"), NULL, FY_COLUMN_TEXT, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "organiser", N_("Organiser"), NULL, FY_COLUMN_TEXT, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "commander", N_("Commander"), NULL, FY_COLUMN_TEXT, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "participants", N_("Participants"), NULL, FY_COLUMN_TEXT, 16, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "record", N_("What happened"), NULL, FY_COLUMN_TEXT, 24, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "people_in_place", N_("People in place"), N_("Evaluation"), FY_COLUMN_BOOL, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "supplies", N_("Supplies sufficient"), N_("Evaluation"), FY_COLUMN_BOOL, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "ppe", N_("Protective equipment worn"), N_("Evaluation"), FY_COLUMN_BOOL, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "efficient", N_("Organised efficiently"), N_("Evaluation"), FY_COLUMN_BOOL, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "objective", N_("Objective achieved"), N_("Evaluation"), FY_COLUMN_BOOL, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "problems", N_("Problems and actions"), NULL, FY_COLUMN_TEXT, 24, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "revise", N_("Plan to be revised"), NULL, FY_COLUMN_BOOL, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "recorder", N_("Recorded by"), NULL, FY_COLUMN_TEXT, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
};

/* Drills held in the period; an objective not achieved (re-drill) is
 * highlighted. */
static const char drills_sql[] =
  "SELECT d.day, coalesce(p.title, ''), d.kind, d.scenario, d.place, d.organiser, d.commander,"
  " d.participants, d.record, d.people_in_place, d.supplies_sufficient, d.ppe_worn, d.efficient,"
  " d.objective_achieved,"
  " coalesce((SELECT group_concat(a.problem || ': ' || a.action, '; ') FROM action_item a"
  "  WHERE a.source = 'drill' AND a.source_id = d.id), ''),"
  " d.revise_plan, d.recorder,"
  " CASE WHEN d.objective_achieved = 0 THEN :bit_objective ELSE 0 END"
  " FROM drill d LEFT JOIN plan_document p ON p.id = d.plan_id"
  " WHERE d.held = 1 AND d.day BETWEEN :from AND :to ORDER BY d.day, d.id";

const FyLedgerDef fy_ledger_def_drills = {
  .id = "drills",
  .title = N_("Emergency Plan Drill Record"),
  .description = N_("Drills held in a period: plan, kind, scenario, people, evaluation and problems"),
  .period = FY_PERIOD_RANGE,
  .columns = drills_columns,
  .n_columns = G_N_ELEMENTS (drills_columns),
  .sql = drills_sql,
};

/* ---- 应急处置记录 -------------------------------------------------------------- */

static const FyLedgerColumn emergency_columns[] = {
  { "started_at", N_("Started"), NULL, FY_COLUMN_DATETIME, 16, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "person", N_("Person"), NULL, FY_COLUMN_TEXT, 14, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "trigger", N_("Trigger"), NULL, FY_COLUMN_ENUM, 12, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_emergency_trigger_labels },
  { "step", N_("Step"), NULL, FY_COLUMN_ENUM, 22, FY_ALIGN_START, FY_SENSITIVE_NONE, fy_emergency_step_labels },
  { "due_at", N_("Due"), NULL, FY_COLUMN_DATETIME, 16, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "done_at", N_("Done"), NULL, FY_COLUMN_DATETIME, 16, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "done_by", N_("Done by"), NULL, FY_COLUMN_TEXT, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "note", N_("Note"), NULL, FY_COLUMN_TEXT, 24, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
};

/* Every step of every procedure started in the period (local days); a step
 * done after its due time, or still open after its due day, is highlighted. The
 * contacts step lists who was isolated. */
static const char emergency_sql[] =
  "SELECT e.started_at, e.person_name, e.trigger, s.step, s.due_at, s.done_at, s.done_by,"
  " CASE WHEN s.step = 'contacts' THEN trim(s.note || ' ' || coalesce((SELECT group_concat(c.name, ', ')"
  "  FROM emergency_contact c WHERE c.emergency_id = e.id), '')) ELSE s.note END,"
  " CASE WHEN s.due_at IS NOT NULL AND (s.done_at > s.due_at OR (s.done_at IS NULL  AND date(s.due_at, 'unixepoch', 'localtime') < :today)) THEN :bit_due_at ELSE 0 END"
  " FROM emergency e JOIN emergency_step s ON s.emergency_id = e.id"
  " WHERE date(e.started_at, 'unixepoch', 'localtime') BETWEEN :from AND :to"
  " ORDER BY e.started_at, e.id, s.position";

const FyLedgerDef fy_ledger_def_emergency = {
  .id = "emergency",
  .title = N_("Emergency Response Record"),
  .description = N_("Every emergency procedure in a period, step by step, with due and done times and who did them"),
  .period = FY_PERIOD_RANGE,
  .columns = emergency_columns,
  .n_columns = G_N_ELEMENTS (emergency_columns),
  .sql = emergency_sql,
};

/* ---- 流调：个人14天活动轨迹 ------------------------------------------------------ */

/* What a row of the history is. */
static const FyCodeLabel history_kind_labels[] = {
  { "reading_am", N_("Morning temperature") },
  { "reading_pm", N_("Afternoon temperature") },
  { "test", N_("Nucleic acid or antigen test") },
  { "trip", N_("Trip") },
  { "quarantine", N_("Quarantine") },
  { "area", N_("Works in area") },
  FY_CODE_LABEL_END
};

static const FyLedgerColumn history_columns[] = {
  { "day", N_("Date"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "time", N_("Time"), NULL, FY_COLUMN_TEXT, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "person", N_("Name"), NULL, FY_COLUMN_TEXT, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "kind", N_("Record"), NULL, FY_COLUMN_ENUM, 16, FY_ALIGN_START, FY_SENSITIVE_NONE, history_kind_labels },
  { "detail", N_("Details"), NULL, FY_COLUMN_TEXT, 36, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "result", N_("Result"), NULL, FY_COLUMN_ENUM, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_test_result_labels },
};

/* One person (the employee number given as the search) over the period:
 * temperatures, tests, trips and quarantines overlapping it, and the area
 * and grid they work in. A positive result or a fever is highlighted. */
static const char history_sql[] =
  "WITH p AS (SELECT id, name FROM staff WHERE employee_no = :search),"
  " rows AS ("
  "  SELECT r.day AS day, '' AS t, CASE r.session WHEN 0 THEN 'reading_am' ELSE 'reading_pm' END AS kind,"
  "   CASE WHEN r.temp_tenths IS NULL THEN '' ELSE printf('%.1f °C', r.temp_tenths / 10.0) END"
  "   || CASE WHEN r.symptoms <> '' THEN ' ' || r.symptoms ELSE '' END AS detail,"
  "   '' AS result, coalesce(r.temp_tenths >= r.fever_line, 0) AS flag"
  "  FROM reading r JOIN p ON p.id = r.staff_id WHERE r.day BETWEEN :from AND :to"
  "  UNION ALL"
  "  SELECT date(x.sampled_at, 'unixepoch', 'localtime'), strftime('%H:%M', x.sampled_at, 'unixepoch', 'localtime'),"
  "   'test', upper(x.kind) || CASE WHEN x.place <> '' THEN ' ' || x.place ELSE '' END, x.result,"
  "   x.result = 'positive'"
  "  FROM test_result x JOIN p ON p.id = x.staff_id"
  "  WHERE date(x.sampled_at, 'unixepoch', 'localtime') BETWEEN :from AND :to"
  "  UNION ALL"
  "  SELECT max(t.depart_on, :from), '', 'trip', t.destination || ' ' || t.depart_on || ' – '"
  "   || coalesce(t.returned_on, t.planned_return_on), '', 0"
  "  FROM trip t JOIN p ON p.id = t.staff_id"
  "  WHERE t.depart_on <= :to AND coalesce(t.returned_on, :to) >= :from"
  "  UNION ALL"
  "  SELECT max(q.start_day, :from), '', 'quarantine', q.place || ' ' || q.start_day || ' – '"
  "   || coalesce(q.released_on, q.end_day), '', 0"
  "  FROM quarantine q JOIN p ON p.id = q.staff_id"
  "  WHERE q.start_day <= :to AND coalesce(q.released_on, q.end_day) >= :from"
  "  UNION ALL"
  "  SELECT :to, '', 'area', m.name || ' · ' || a.name || coalesce(' · ' || g.name, ''), '', 0"
  "  FROM staff_zone sz JOIN p ON p.id = sz.staff_id JOIN zone_area a ON a.id = sz.area_id"
  "  JOIN zone_map m ON m.id = a.map_id LEFT JOIN zone_grid g ON g.id = sz.grid_id)"
  " SELECT rows.day, rows.t, p.name, rows.kind, rows.detail, rows.result,"
  "  CASE WHEN rows.flag THEN :bit_detail | :bit_result ELSE 0 END"
  " FROM rows, p ORDER BY rows.day, rows.t, rows.kind";

const FyLedgerDef fy_ledger_def_person_history = {
  .id = "person-history",
  .title = N_("Personal 14-Day History for the Epidemiological Investigation"),
  .description = N_("One person’s temperatures, tests, trips, quarantines and work area over a period "
                    "(opened from an emergency procedure)"),
  .period = FY_PERIOD_RANGE,
  .columns = history_columns,
  .n_columns = G_N_ELEMENTS (history_columns),
  .sql = history_sql,
};

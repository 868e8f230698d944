/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The plans domain's core: template versioning (a new version leaves past
 * runs unchanged), checklist runs answered and signed (refused while an item
 * is open), corrective actions (overdue only after the deadline day, a
 * deadline before the run refused), proposed answers read from the app's
 * data, attachments (not a file, too large), the task force and the plan
 * register, drills and the drill reminder. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "fy-checklist.h"
#include "fy-error.h"
#include "fy-plans-private.h"
#include "fy-plans.h"
#include "fy-store-private.h"
#include "fy-test-support.h"

#define TODAY "2026-11-22"

static gint64
now (void)
{
  return fy_test_at (TODAY, 10, 0);
}

static void
exec (FyStore *store, const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fy_store_exec (store, sql, &error));
  g_assert_no_error (error);
}

static void
test_shipped_templates (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = fy_checklist_list_templates (store, &error);
  g_autoptr(FyChecklistTemplate) self = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 4);
  self = fy_checklist_get_template (store, "self_inspection", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (self->items->len, ==, 16);
  g_assert_cmpint (self->version, ==, 1);
  g_assert_cmpstr (((FyChecklistItem *) self->items->pdata[0])->category, ==, "机构");
  g_assert_cmpstr (((FyChecklistItem *) self->items->pdata[15])->category, ==, "安全");
  g_assert_null (fy_checklist_get_template (store, "nothing", &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
}

static void
test_template_versioning (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FyChecklistRun) before = NULL, after = NULL;
  g_autoptr(FyChecklistTemplate) edited = NULL;
  const FyChecklistItem items[] = {
    { .category = "测温", .content = "Edited item", .method = FY_CHECK_BY_OBJECT, .probe = "" },
  };
  gint64 run = 0, tid = 0, run2 = 0;

  g_assert_true (fy_checklist_start_run (store, "gate_daily", TODAY, "Wang", now (), &run, &error));
  g_assert_no_error (error);
  g_assert_true (fy_checklist_save_template (store, "gate_daily", "Gate v2", items, 1, now (), &tid, &error));
  g_assert_no_error (error);

  edited = fy_checklist_get_template (store, "gate_daily", &error);
  g_assert_cmpint (edited->version, ==, 2);
  g_assert_cmpuint (edited->items->len, ==, 1);

  before = fy_checklist_get_run (store, run, &error);
  g_assert_no_error (error);
  g_assert_cmpint (before->template_version, ==, 1);
  g_assert_cmpuint (before->items->len, ==, 5);
  g_assert_cmpstr (((FyChecklistItem *) before->items->pdata[0])->category, ==, "测温");
  g_assert_cmpstr (((FyChecklistItem *) before->items->pdata[0])->content, !=, "Edited item");

  g_assert_true (fy_checklist_start_run (store, "gate_daily", TODAY, "Wang", now (), &run2, &error));
  after = fy_checklist_get_run (store, run2, &error);
  g_assert_cmpint (after->template_version, ==, 2);
  g_assert_cmpuint (after->items->len, ==, 1);

  /* An empty template is refused, nothing written. */
  g_assert_false (fy_checklist_save_template (store, "gate_daily", "Gate v3", items, 0, now (), NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_cmpint (fy_test_query_int (store, "SELECT max(version) FROM checklist_template WHERE code = 'gate_daily'"),
                   ==, 2);
}

/* Retired: out of the list, never started again; its runs stay whole. */
static void
test_template_retire (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = fy_checklist_list_templates (store, &error);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(FyChecklistRun) kept = NULL;
  g_autoptr(FyChecklistTemplate) found = NULL;
  gint64 run = 0;

  g_assert_true (fy_checklist_start_run (store, "gate_daily", TODAY, "Wang", now (), &run, &error));
  g_assert_no_error (error);
  g_assert_true (fy_checklist_retire_template (store, "gate_daily", now (), &error));
  g_assert_no_error (error);
  after = fy_checklist_list_templates (store, &error);
  g_assert_cmpuint (after->len, ==, before->len - 1);
  for (guint i = 0; i < after->len; i++)
    g_assert_cmpstr (((FyChecklistTemplate *) after->pdata[i])->code, !=, "gate_daily");
  g_assert_false (fy_checklist_start_run (store, "gate_daily", TODAY, "Wang", now (), NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM checklist_run"), ==, 1);
  kept = fy_checklist_get_run (store, run, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kept->items->len, ==, 5);
  found = fy_checklist_get_template (store, "gate_daily", &error);
  g_assert_nonnull (found);
  g_assert_cmpint (found->retired_at, ==, now ());
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE entity = 'checklist_template'"
                                              " AND field = 'retired_at' AND new_value = 'gate_daily'"), ==, 1);
  /* An unknown code: an error, nothing written. */
  g_assert_false (fy_checklist_retire_template (store, "no-such", now (), &error));
  g_assert_nonnull (error);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM checklist_template WHERE retired_at IS NOT NULL"),
                   ==, fy_test_query_int (store, "SELECT count(*) FROM checklist_template WHERE code = 'gate_daily'"));
}

static void
test_run_and_sign (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FyChecklistRun) run = NULL;
  gint64 id = 0;

  g_assert_true (fy_checklist_start_run (store, "gate_daily", TODAY, "Wang", now (), &id, &error));
  for (int i = 1; i <= 4; i++)
    {
      FyCheckAnswerInput in = { .position = i, .answer = i == 2 ? FY_ANSWER_NA : FY_ANSWER_YES };
      g_assert_true (fy_checklist_answer (store, id, &in, now (), &error));
      g_assert_no_error (error);
    }
  /* Signing with an item unanswered is refused. */
  g_assert_false (fy_checklist_sign (store, id, "Wang", "Boss", now (), &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM checklist_run WHERE signed_at IS NOT NULL"), ==, 0);

  /* A "no" with a deadline before the run's day: refused, nothing written. */
  {
    FyCheckAnswerInput in = { .position = 5, .answer = FY_ANSWER_NO, .problem = "Gate not disinfected",
                              .action = "Disinfect twice a day", .responsible = "Li", .deadline = "2026-11-21" };
    g_assert_false (fy_checklist_answer (store, id, &in, now (), &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM action_item"), ==, 0);
    g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM checklist_run_item WHERE answer = 'no'"), ==, 0);
    in.deadline = "2026-11-24";
    g_assert_true (fy_checklist_answer (store, id, &in, now (), &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM action_item WHERE source = 'checklist'"), ==, 1);

  g_assert_true (fy_checklist_sign (store, id, "Wang", "Boss", now (), &error));
  g_assert_no_error (error);
  run = fy_checklist_get_run (store, id, &error);
  g_assert_cmpint (run->signed_at, ==, now ());
  g_assert_cmpint (((FyChecklistItem *) run->items->pdata[4])->answer, ==, FY_ANSWER_NO);

  /* Signed: no more changes. */
  {
    FyCheckAnswerInput in = { .position = 1, .answer = FY_ANSWER_NO };
    g_assert_false (fy_checklist_answer (store, id, &in, now (), &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  }
}

static void
test_overdue_boundary (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) open = NULL;
  FyActionInput in = { .source = FY_ACTION_FROM_OTHER, .problem = "No signage", .action = "Put up posters",
                       .deadline = "2026-11-30", .raised_on = "2026-11-20" };
  FyActionItem *item;
  gint64 id = 0;

  fy_store_set_actor (store, "周敏");
  g_assert_true (fy_action_add (store, &in, now (), &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM action_item WHERE created_by = '周敏'"), ==, 1);
  open = fy_action_list (store, TRUE, &error);
  g_assert_cmpuint (open->len, ==, 1);
  item = open->pdata[0];
  g_assert_false (fy_action_is_overdue (item, "2026-11-29"));
  g_assert_false (fy_action_is_overdue (item, "2026-11-30"));   /* due on the deadline itself */
  g_assert_true (fy_action_is_overdue (item, "2026-12-01"));

  /* Closing it: not before it was raised, and a recheck result needed. */
  g_assert_false (fy_action_close (store, id, "2026-11-19", "OK", &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fy_action_close (store, id, TODAY, "", &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (fy_action_close (store, id, TODAY, "Posters up", &error));
  g_assert_no_error (error);
  g_clear_pointer (&open, g_ptr_array_unref);
  open = fy_action_list (store, TRUE, &error);
  g_assert_cmpuint (open->len, ==, 0);

  /* No deadline; a deadline before the day raised. */
  in.deadline = NULL;
  g_assert_false (fy_action_add (store, &in, now (), NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  in.deadline = "2026-11-19";
  g_assert_false (fy_action_add (store, &in, now (), NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM action_item"), ==, 1);
}

static void
assert_proposal (FyStore *store, const char *probe, FyCheckAnswer answer, const char *reason)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyCheckProposal) p = fy_checklist_propose (store, probe, TODAY, &error);

  g_assert_no_error (error);
  g_assert_nonnull (p);
  g_assert_cmpint (p->answer, ==, answer);
  g_assert_cmpstr (p->reason, ==, reason);
}

static void
test_proposals (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  gint64 a = fy_test_add_staff (store, "001", "Zhang San", NULL);
  gint64 b = fy_test_add_staff (store, "002", "Li Si", NULL);
  gint64 c = fy_test_add_staff (store, "003", "Wang Wu", NULL);
  g_autofree char *sql = NULL;

  g_assert_null (fy_checklist_propose (store, "", TODAY, &error));
  g_assert_no_error (error);

  assert_proposal (store, "trips", FY_ANSWER_YES, "Every registered trip has returned");
  sql = g_strdup_printf ("INSERT INTO trip (staff_id, purpose, destination, risk, depart_on, planned_return_on,"
                         " registered_at) VALUES (%" G_GINT64_FORMAT ", 'business', 'Shanghai', 'low', '2026-11-18',"
                         " '2026-11-25', 0), (%" G_GINT64_FORMAT ", 'private', 'Hangzhou', 'low', '2026-11-19',"
                         " '2026-11-21', 0), (%" G_GINT64_FORMAT ", 'private', 'Ningbo', 'low', '2026-11-30',"
                         " '2026-12-01', 0)", a, b, c);
  exec (store, sql);
  assert_proposal (store, "trips", FY_ANSWER_NO, "2 people with a trip not yet returned");

  assert_proposal (store, "readings", FY_ANSWER_NO, "3 morning readings missing on " TODAY);
  g_free (sql);
  sql = g_strdup_printf ("INSERT INTO reading (day, session, staff_id, status, fever_line, entered_at)"
                         " VALUES ('" TODAY "', 0, %" G_GINT64_FORMAT ", 'normal_unmeasured', 373, 0),"
                         " ('" TODAY "', 1, %" G_GINT64_FORMAT ", 'normal_unmeasured', 373, 0)", a, b);
  exec (store, sql);
  assert_proposal (store, "readings", FY_ANSWER_NO, "2 morning readings missing on " TODAY);

  assert_proposal (store, "taskforce", FY_ANSWER_NO, "No task force is recorded");
  {
    FyTaskforceInput leader = { .role = FY_TASKFORCE_LEADER, .staff_id = a, .duty = "Overall" };
    FyTaskforceInput liaison = { .role = FY_TASKFORCE_LIAISON, .name = "Outside Person", .phone = "13800138000" };
    g_assert_true (fy_taskforce_add (store, &leader, NULL, &error));
    g_assert_true (fy_taskforce_add (store, &liaison, NULL, &error));
    g_assert_no_error (error);
  }
  assert_proposal (store, "taskforce", FY_ANSWER_YES, "Task force of 2 people recorded");

  assert_proposal (store, "plans", FY_ANSWER_NO, "The register lacks a prevention plan or an emergency plan");
  assert_proposal (store, "drills", FY_ANSWER_NO, "No drill within the last 180 days");
  assert_proposal (store, "quarantine", FY_ANSWER_NO, "The zone map marks no isolation or observation point");
}

static void
test_taskforce_and_register (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) members = NULL, docs = NULL, due = NULL;
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *file = g_build_filename (dir, "plan.txt", NULL);
  g_autofree char *big = g_build_filename (dir, "big.bin", NULL);
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gint64 a = fy_test_add_staff (store, "001", "Zhang San", "phone", "13912345678", NULL);
  FyTaskforceInput bad = { .role = FY_TASKFORCE_MEMBER, .name = "X", .phone = "12345" };
  FyTaskforceInput from_roster = { .role = FY_TASKFORCE_MEMBER, .staff_id = a, .group_name = "后勤保障",
                                   .group_leader = TRUE };
  FyPlanDocumentInput doc = { .kind = FY_PLAN_EMERGENCY, .title = "Emergency plan", .version = "V1.0",
                              .approved_on = "2026-01-10", .next_review = "2026-11-20", .file_path = file };
  FILE *f;
  gint64 id = 0;

  g_assert_false (fy_taskforce_add (store, &bad, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (fy_taskforce_add (store, &from_roster, NULL, &error));
  g_assert_no_error (error);
  members = fy_taskforce_list (store, &error);
  g_assert_cmpuint (members->len, ==, 1);
  g_assert_cmpstr (((FyTaskforceMember *) members->pdata[0])->name, ==, "Zhang San");
  g_assert_cmpstr (((FyTaskforceMember *) members->pdata[0])->phone, ==, "13912345678");

  g_assert_true (g_file_set_contents (file, "plan text", -1, NULL));
  g_assert_true (fy_plan_document_add (store, &doc, now (), &id, &error));
  g_assert_no_error (error);
  bytes = fy_plan_document_get_file (store, id, &name, &error);
  g_assert_cmpstr (name, ==, "plan.txt");
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 9);
  due = fy_plan_document_list_review_due (store, TODAY, &error);
  g_assert_cmpuint (due->len, ==, 1);

  /* A folder is not a file; a file past the limit is refused. */
  doc.file_path = dir;
  g_assert_false (fy_plan_document_add (store, &doc, now (), NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  f = fopen (big, "w");
  g_assert_nonnull (f);
  g_assert_cmpint (ftruncate (fileno (f), FY_PLAN_FILE_MAX_BYTES + 1), ==, 0);
  fclose (f);
  doc.file_path = big;
  g_assert_false (fy_plan_document_add (store, &doc, now (), NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  /* Review before approval. */
  doc.file_path = NULL;
  doc.next_review = "2025-12-31";
  g_assert_false (fy_plan_document_add (store, &doc, now (), NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  docs = fy_plan_document_list (store, NULL);
  g_assert_cmpuint (docs->len, ==, 1);
}

static void
test_drills (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  FyDrill drill = { .kind = FY_DRILL_FUNCTIONAL, .scenario = "Fever at the gate", .day = "2026-06-01",
                    .held = TRUE, .evaluation = { .people_in_place = TRUE, .ppe_worn = TRUE } };

  g_assert_true (fy_drill_reminder_due (store, TODAY, &error));
  g_assert_true (fy_drill_save (store, &drill, now (), NULL, &error));
  g_assert_no_error (error);
  /* 2026-06-01 → 2026-11-22 is 174 days: within 180. */
  g_assert_false (fy_drill_reminder_due (store, TODAY, &error));
  g_assert_false (fy_drill_set_interval_days (store, 3, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fy_drill_interval_days (store), ==, 180);
  /* 174 days since the drill: due with a 173-day interval, not with 174. */
  g_assert_true (fy_drill_set_interval_days (store, 174, &error));
  g_assert_false (fy_drill_reminder_due (store, TODAY, &error));
  g_assert_true (fy_drill_set_interval_days (store, 173, &error));
  g_assert_no_error (error);
  g_assert_true (fy_drill_reminder_due (store, TODAY, &error));

  /* A drill held in the future is refused. */
  drill.day = "2026-12-01";
  g_assert_false (fy_drill_save (store, &drill, now (), NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  drill.held = FALSE;
  g_assert_true (fy_drill_save (store, &drill, now (), NULL, &error));
  list = fy_drill_list (store, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_false (((FyDrill *) list->pdata[0])->held);
  g_assert_true (((FyDrill *) list->pdata[1])->evaluation.ppe_worn);
}

/* The daily report's plans line: a review due, actions open at the end of
 * the day (one overdue, one closed later still open that day, one closed
 * before), the overdue one named with its deadline. */
static void
test_report_line (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *figures = NULL, *remarks = NULL;
  FyPlanDocumentInput doc = { .kind = FY_PLAN_EMERGENCY, .title = "应急预案", .version = "V1",
                              .next_review = "2026-11-20" };
  FyActionInput late = { .source = FY_ACTION_FROM_OTHER, .problem = "消毒记录缺失", .deadline = "2026-11-21",
                         .raised_on = "2026-11-18" };
  FyActionInput open = { .source = FY_ACTION_FROM_OTHER, .problem = "No signage", .deadline = "2026-11-22",
                         .raised_on = "2026-11-18" };
  FyActionInput closed = open;
  gboolean abnormal = TRUE;
  gint64 id = 0;

  g_assert_true (fy_plans_report_line (store, TODAY, &figures, &remarks, &abnormal, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (figures, ==, "Plan reviews due 0; corrective actions open 0, of which overdue 0");
  g_assert_cmpstr (remarks, ==, "");
  g_assert_false (abnormal);
  g_clear_pointer (&figures, g_free);
  g_clear_pointer (&remarks, g_free);

  g_assert_true (fy_plan_document_add (store, &doc, now (), NULL, &error));
  g_assert_true (fy_action_add (store, &late, now (), NULL, &error));
  g_assert_true (fy_action_add (store, &open, now (), &id, &error));
  g_assert_true (fy_action_close (store, id, TODAY, "OK", &error));
  closed.problem = "Closed";
  g_assert_true (fy_action_add (store, &closed, now (), &id, &error));
  g_assert_true (fy_action_close (store, id, "2026-11-19", "OK", &error));
  g_assert_no_error (error);

  /* The day before: the open one counts (closed only on TODAY), nothing overdue yet. */
  g_assert_true (fy_plans_report_line (store, "2026-11-21", &figures, &remarks, &abnormal, &error));
  g_assert_cmpstr (figures, ==, "Plan reviews due 1; corrective actions open 2, of which overdue 0");
  g_assert_cmpstr (remarks, ==, "Review due: 应急预案");
  g_assert_true (abnormal);
  g_clear_pointer (&figures, g_free);
  g_clear_pointer (&remarks, g_free);
  g_assert_true (fy_plans_report_line (store, TODAY, &figures, &remarks, &abnormal, &error));
  g_assert_cmpstr (figures, ==, "Plan reviews due 1; corrective actions open 1, of which overdue 1");
  g_assert_cmpstr (remarks, ==, "Review due: 应急预案; Overdue: 消毒记录缺失 (due 2026-11-21)");
}

/* A drill's problems become corrective actions in the same transaction:
 * raised on the drill's day, linked to the drill; one bad action (a
 * deadline before the drill) refuses the whole save; a drill only planned
 * takes none. */
static void
test_drill_actions (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  FyDrill drill = { .kind = FY_DRILL_TABLETOP, .scenario = "食堂发热", .day = "2026-11-20", .held = TRUE,
                    .evaluation = { .revise_plan = TRUE } };
  FyActionInput actions[2] = {
    { .problem = "隔离点物资不足", .action = "补足防护服", .responsible = "李四", .deadline = "2026-11-27",
      .raised_on = "2000-01-01" },
    { .problem = "上报电话未更新", .action = "更新联系表", .deadline = "2026-11-19" },
  };
  gint64 id = 0;

  g_assert_false (fy_drill_save_with_actions (store, &drill, actions, 2, now (), &id, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM drill"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM action_item"), ==, 0);

  actions[1].deadline = "2026-11-20";
  g_assert_true (fy_drill_save_with_actions (store, &drill, actions, 2, now (), &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM action_item WHERE source = 'drill'"
                                             " AND source_id = (SELECT max(id) FROM drill)"
                                             " AND raised_on = '2026-11-20'"), ==, 2);
  g_assert_cmpint (fy_test_query_int (store, "SELECT revise_plan FROM drill"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT position FROM action_item WHERE responsible = '李四'"), ==, 1);

  drill.held = FALSE;
  drill.day = "2026-12-20";
  g_assert_false (fy_drill_save_with_actions (store, &drill, actions, 1, now (), NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM drill"), ==, 1);
}

int
main (int argc, char **argv)
{
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  fy_test_init (&argc, &argv, TODAY);

  g_test_add_func ("/plans/templates/shipped", test_shipped_templates);
  g_test_add_func ("/plans/templates/versioning", test_template_versioning);
  g_test_add_func ("/plans/templates/retire", test_template_retire);
  g_test_add_func ("/plans/checklist/run-and-sign", test_run_and_sign);
  g_test_add_func ("/plans/actions/overdue-boundary", test_overdue_boundary);
  g_test_add_func ("/plans/checklist/proposals", test_proposals);
  g_test_add_func ("/plans/taskforce-and-register", test_taskforce_and_register);
  g_test_add_func ("/plans/drills", test_drills);
  g_test_add_func ("/plans/report-line", test_report_line);
  g_test_add_func ("/plans/drill-actions", test_drill_actions);
  return g_test_run ();
}

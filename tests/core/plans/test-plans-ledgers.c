/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The plans ledgers — task force list (phones masked unless asked), plan
 * register, checklist, corrective actions (overdue highlighted from the day
 * after the deadline), drill record, emergency record (late steps
 * highlighted) — exported to xlsx and read back with openpyxl; also the
 * cursor's cells and highlights. */
#include "config.h"

#include <glib/gstdio.h>

#include <string.h>

#include "fy-checklist.h"
#include "fy-emergency.h"
#include "fy-error.h"
#include "fy-ledger.h"
#include "fy-plans.h"
#include "fy-store-private.h"
#include "fy-test-support.h"

#define TODAY "2026-11-22"

static gint64
now (void)
{
  return fy_test_at (TODAY, 10, 0);
}

static FyStore *
fixture (void)
{
  FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  gint64 boss = fy_test_add_staff (store, "001", "张总", "phone", "13812345678", "department", "总经办", NULL);
  gint64 run = 0, drill_id = 0, em = 0;
  FyTaskforceInput leader = { .role = FY_TASKFORCE_LEADER, .staff_id = boss, .duty = "全面负责" };
  FyPlanDocumentInput doc = { .kind = FY_PLAN_EMERGENCY, .title = "疫情应急处置预案", .version = "V2",
                              .approved_on = "2026-02-01", .approved_by = "张总", .next_review = "2026-11-01" };
  FyDrill drill = { .kind = FY_DRILL_FUNCTIONAL, .scenario = "门岗发现发热员工", .day = "2026-11-10",
                    .held = TRUE, .commander = "张总",
                    .evaluation = { .people_in_place = TRUE, .ppe_worn = TRUE, .objective_achieved = FALSE } };
  FyActionInput drill_action = { .source = FY_ACTION_FROM_DRILL, .problem = "观察室钥匙找不到",
                                 .action = "钥匙交门岗保管", .deadline = "2026-11-21", .raised_on = "2026-11-10" };

  g_assert_true (fy_taskforce_add (store, &leader, NULL, &error));
  g_assert_true (fy_plan_document_add (store, &doc, now (), NULL, &error));
  g_assert_true (fy_checklist_start_run (store, "gate_daily", TODAY, "王检查", now (), &run, &error));
  for (int i = 1; i <= 5; i++)
    {
      FyCheckAnswerInput in = { .position = i, .answer = i == 3 ? FY_ANSWER_NO : FY_ANSWER_YES,
                                .problem = i == 3 ? "外来车辆未登记" : NULL, .action = i == 3 ? "补登记并培训" : NULL,
                                .responsible = "李门卫", .deadline = TODAY };
      g_assert_true (fy_checklist_answer (store, run, &in, now (), &error));
    }
  g_assert_true (fy_checklist_sign (store, run, "王检查", "张总", now (), &error));
  g_assert_true (fy_drill_save (store, &drill, now (), &drill_id, &error));
  drill_action.source_id = drill_id;
  g_assert_true (fy_action_add (store, &drill_action, now (), NULL, &error));
  g_assert_true (fy_emergency_start (store, boss, NULL, FY_EMERGENCY_FEVER, NULL, fy_test_at ("2026-11-20", 20, 0),
                                     &em, &error));
  g_assert_true (fy_emergency_complete_step (store, em, FY_STEP_RETEST, fy_test_at ("2026-11-21", 3, 0), "复核阴性",
                                             now (), &error));
  g_assert_true (fy_emergency_complete_step (store, em, FY_STEP_REPORT, fy_test_at ("2026-11-20", 20, 10), NULL,
                                             now (), &error));
  g_assert_no_error (error);
  return store;
}

/* argv: title, a text some cell must hold, a text no cell may hold ("" = none),
 * the header of a column whose first data cell must be bold ("" = none). */
static const char xlsx_check[] =
  "import sys\n"
  "title, needle, forbidden, bold = sys.argv[2:6]\n"
  "ws = wb.worksheets[0]\n"
  "assert ws['A1'].value.endswith(title), ws['A1'].value\n"
  "texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]\n"
  "assert any(needle in t for t in texts), (needle, texts)\n"
  "assert not forbidden or not any(forbidden in t for t in texts), forbidden\n"
  "if bold:\n"
  "    r = next(r for r in range(2, 8) if bold in [c.value for c in ws[r]])\n"
  "    col = [c.value for c in ws[r]].index(bold)\n"
  "    assert ws[r + 1][col].font.b, (bold, [c.value for c in ws[r + 1]])\n"
  "print('ok')\n";

static void
check_export (FyStore *store, const char *id, const char *from, const char *to, const char *title,
              const char *needle, const char *forbidden, const char *bold, gboolean unmasked)
{
  g_autoptr(GError) error = NULL;
  FyLedgerParams params = { .from = from, .to = to, .unmasked = unmasked };
  g_autoptr(FyLedger) ledger = fy_ledger_new (store, id, &params, &error);
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *xlsx = g_build_filename (dir, "out.xlsx", NULL);
  g_autofree char *out = NULL;
  const char *const args[] = { title, needle, forbidden, bold, NULL };

  g_assert_no_error (error);
  g_assert_true (fy_ledger_export (ledger, xlsx, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  out = fy_test_read_xlsx (xlsx, xlsx_check, args);
  g_assert_cmpstr (out, ==, "ok\n");
}

static void
test_exports (void)
{
  FY_TEST_LAST_REF FyStore *store = fixture ();

  check_export (store, "taskforce", NULL, NULL, "Prevention Task Force List", "138****5678", "13812345678", "",
                FALSE);
  check_export (store, "taskforce", NULL, NULL, "Prevention Task Force List", "13812345678", "", "", TRUE);
  check_export (store, "plans", NULL, NULL, "Plan Register", "疫情应急处置预案", "", "Next review", FALSE);
  check_export (store, "checklist", "2026-11-01", TODAY, "Enterprise Epidemic Prevention Checklist",
                "补登记并培训", "", "", FALSE);
  /* The drill's action (deadline yesterday) is overdue; the checklist's (today) is not. */
  check_export (store, "actions", NULL, NULL, "Corrective Action Ledger", "钥匙交门岗保管", "", "Deadline", FALSE);
  check_export (store, "drills", "2026-11-01", TODAY, "Emergency Plan Drill Record", "门岗发现发热员工", "",
                "Objective achieved", FALSE);
  check_export (store, "emergency", "2026-11-01", TODAY, "Emergency Response Record", "复核阴性", "", "", FALSE);
}

static char *
rows_text (FyStore *store, const char *id, const char *from, const char *to, const char *search)
{
  FyLedgerParams params = { .from = from, .to = to, .search = search };

  return fy_test_ledger_rows (store, id, &params);
}

static void
test_rows (void)
{
  FY_TEST_LAST_REF FyStore *store = fixture ();
  g_autofree char *actions = rows_text (store, "actions", NULL, NULL, NULL);
  g_autofree char *emergency = rows_text (store, "emergency", "2026-11-20", "2026-11-20", NULL);
  g_autofree char *checklist = rows_text (store, "checklist", TODAY, TODAY, NULL);

  g_assert_cmpstr (actions, ==,
                   "1|Drill|2026-11-10|观察室钥匙找不到|钥匙交门岗保管||2026-11-21!||\n"
                   "2|Checklist|2026-11-22|外来车辆未登记|补登记并培训|李门卫|2026-11-22||\n");
  /* The re-test was due at 02:00 and done at 03:00: late. */
  g_assert_nonnull (strstr (emergency, "|Re-tested within 6 hours|2026-11-21 02:00!|2026-11-21 03:00|"));
  g_assert_nonnull (strstr (emergency, "2026-11-20 20:00|张总|Fever follow-up|Reported to the local command||"
                                       "2026-11-20 20:10|"));
  g_assert_nonnull (strstr (checklist, "|3|登记|外来人员和车辆逐一登记|Check records|No!|外来车辆未登记|补登记并培训|李门卫|"
                                       "2026-11-22||王检查|张总\n"));
}

static void
test_person_history (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  gint64 p = fy_test_add_staff (store, "E07", "王五", NULL);
  gint64 other = fy_test_add_staff (store, "E08", "赵六", NULL);
  g_autofree char *sql = g_strdup_printf (
      "INSERT INTO zone_map (id, name, width_m, height_m) VALUES (1, '厂区', 100, 100);"
      "INSERT INTO zone_area (id, map_id, name, level, geometry) VALUES (1, 1, '冲压车间', 'green', '0,0;9,0;9,9');"
      "INSERT INTO zone_grid (id, area_id, name) VALUES (1, 1, '甲班');"
      "INSERT INTO staff_zone VALUES (%1$" G_GINT64_FORMAT ", 1, 1);"
      "INSERT INTO reading (day, session, staff_id, status, temp_tenths, fever_line, entered_at) VALUES"
      " ('2026-11-20', 0, %1$" G_GINT64_FORMAT ", 'measured', 381, 373, 0),"
      " ('2026-11-01', 0, %1$" G_GINT64_FORMAT ", 'measured', 365, 373, 0),"
      " ('2026-11-20', 0, %2$" G_GINT64_FORMAT ", 'measured', 366, 373, 0);"
      "INSERT INTO test_result (staff_id, sampled_at, kind, result, result_at, entered_at) VALUES"
      " (%1$" G_GINT64_FORMAT ", %3$" G_GINT64_FORMAT ", 'pcr', 'positive', %3$" G_GINT64_FORMAT ", 0);"
      "INSERT INTO trip (staff_id, purpose, destination, risk, depart_on, planned_return_on, returned_on,"
      " return_risk, registered_at) VALUES (%1$" G_GINT64_FORMAT ", 'private', '杭州', 'low', '2026-11-14',"
      " '2026-11-16', '2026-11-16', 'low', 0);",
      p, other, fy_test_at ("2026-11-21", 8, 30));
  g_autofree char *rows = NULL;

  g_assert_true (fy_store_exec (store, sql, &error));
  g_assert_no_error (error);
  rows = rows_text (store, "person-history", "2026-11-09", TODAY, "E07");
  g_assert_cmpstr (rows, ==,
                   "2026-11-14||王五|Trip|杭州 2026-11-14 – 2026-11-16|\n"
                   "2026-11-20||王五|Morning temperature|38.1 °C!|!\n"
                   "2026-11-21|08:30|王五|Nucleic acid or antigen test|PCR!|Positive!\n"
                   "2026-11-22||王五|Works in area|厂区 · 冲压车间 · 甲班|\n");

  /* The command line: the last 14 days by default, an unknown person refused. */
  {
    g_autofree char *dir = g_dir_make_tmp ("fy-history-XXXXXX", &error);
    g_autofree char *xlsx = g_build_filename (dir, "history.xlsx", NULL);
    g_autofree char *dump = NULL, *out = NULL;
    const char *args[] = { "export", "person-history", "--person", "E07", "-o", xlsx, NULL };
    const char *unknown[] = { "export", "person-history", "--person", "E99", "-o", xlsx, NULL };
    const char *nobody[] = { "export", "person-history", "-o", xlsx, NULL };

    g_assert_cmpint (fy_test_run_cli (fy_store_get_path (store), args, &out), ==, 0);
    dump = fy_test_read_xlsx (xlsx, "for row in ws.iter_rows(values_only=True):\n"
                                    "    print('|'.join('' if v is None else str(v) for v in row))\n", NULL);
    g_assert_nonnull (strstr (dump, "杭州 2026-11-14 – 2026-11-16"));
    g_assert_nonnull (strstr (dump, "2026-11-09"));
    g_assert_null (strstr (dump, "36.5"));       /* 2026-11-01: before the 14 days */
    g_assert_null (strstr (dump, "赵六"));
    g_unlink (xlsx);
    g_clear_pointer (&out, g_free);
    g_assert_cmpint (fy_test_run_cli (fy_store_get_path (store), unknown, &out), !=, 0);
    g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));
    g_clear_pointer (&out, g_free);
    g_assert_cmpint (fy_test_run_cli (fy_store_get_path (store), nobody, &out), !=, 0);
    g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));
    g_rmdir (dir);
  }
}

int
main (int argc, char **argv)
{
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  fy_test_init (&argc, &argv, TODAY);

  g_test_add_func ("/plans-ledgers/exports", test_exports);
  g_test_add_func ("/plans-ledgers/rows", test_rows);
  g_test_add_func ("/plans-ledgers/person-history", test_person_history);
  return g_test_run ();
}

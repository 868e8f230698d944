/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The nucleic-acid ledger's 单采 / 混采 and its completion (issue 9 item 8):
 * a single test and a round keep how they were sampled, an antigen test
 * cannot claim either, and the ledger ends with the completion rate and the
 * people due but untested — read back from the xlsx with openpyxl. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-error.h"
#include "fy-health-test-support.h"
#include "fy-ledger.h"
#include "fy-test-support.h"
#include "fy-tests.h"

#define TODAY "2026-11-22"

static void
record (FyStore *store, gint64 id, gint64 sampled, FyTestKind kind, FyTestSampling sampling, gint64 now)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fy_tests_record (store,
                                  &(FyTestRecordInput) { .staff_id = id, .sampled_at = sampled, .kind = kind,
                                                         .place = "厂区采样点", .result = FY_RESULT_NEGATIVE,
                                                         .result_at = sampled + 600, .sampling = sampling },
                                  now, NULL, &error));
  g_assert_no_error (error);
}

/* The sampling column, then every string cell below the table. */
static const char read_script[] =
  "col = None\n"
  "for row in ws.iter_rows():\n"
  "    for c in row:\n"
  "        if c.value == sys.argv[2]: col = c.column; head = c.row\n"
  "print('col', col is not None)\n"
  "for r in range(head + 1, ws.max_row + 1):\n"
  "    v = ws.cell(r, col).value\n"
  "    if v: print('sampling', v)\n"
  "for row in ws.iter_rows(min_row=head + 1):\n"
  "    for c in row:\n"
  "        if isinstance(c.value, str) and sys.argv[3] in c.value: print('note', c.value.replace('\\n', ' '))\n";

static void
test_sampling_and_completion (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStore) store = fy_test_open_store ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) round = NULL;
  g_autoptr(FyLedger) ledger = NULL;
  g_autofree char *path = fy_test_tmp_path ("nat.xlsx");
  g_autofree char *out = NULL;
  g_autofree char *completion = NULL;
  g_autofree char *single = NULL;
  g_autofree char *pooled = NULL;
  g_auto(GStrv) parts = NULL;
  FyLedgerParams params = { .from = "2026-11-18", .to = "2026-11-22" };
  gint64 now = fy_test_at (TODAY, 12, 0);
  gint64 zhang, li, wang, zhao, round_id;

  zhang = fy_test_add_person_full (store, "N01", "张三", "冲压车间", "甲班", "操作工", FALSE);
  li = fy_test_add_person_full (store, "N02", "李四", "冲压车间", "甲班", "操作工", FALSE);
  wang = fy_test_add_person_full (store, "N03", "王五", "质量部", "乙班", "检验员", FALSE);
  zhao = fy_test_add_person_full (store, "N04", "赵六", "后勤保障部", "保安", "保安", TRUE);

  /* An antigen test is neither 单采 nor 混采: refused, nothing written. */
  g_assert_false (fy_tests_record (store,
                                   &(FyTestRecordInput) { .staff_id = zhao, .sampled_at = fy_test_at ("2026-11-21", 8, 0),
                                                          .kind = FY_TEST_ANTIGEN, .place = "",
                                                          .result = FY_RESULT_PENDING, .sampling = FY_SAMPLING_POOLED },
                                   now, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);

  record (store, zhang, fy_test_at ("2026-11-19", 9, 0), FY_TEST_PCR, FY_SAMPLING_SINGLE, now);
  /* 王五 was tested before the period only: due again on 11-12, untested. */
  record (store, wang, fy_test_at ("2026-11-10", 9, 0), FY_TEST_PCR, FY_SAMPLING_SINGLE, now);
  /* 赵六 had an antigen test only: it does not count for nucleic acid. */
  record (store, zhao, fy_test_at ("2026-11-21", 8, 0), FY_TEST_ANTIGEN, FY_SAMPLING_UNKNOWN, now);
  g_array_append_val (ids, li);
  g_assert_true (fy_tests_create_round (store,
                                        &(FyTestRoundInput) { .sampled_at = fy_test_at ("2026-11-20", 9, 0),
                                                              .kind = FY_TEST_PCR, .place = "", .note = "",
                                                              .staff_ids = ids, .sampling = FY_SAMPLING_POOLED },
                                        now, &round_id, NULL, &error));
  g_assert_no_error (error);
  round = fy_tests_list_round (store, round_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (round->len, ==, 1);
  g_assert_cmpint (((FyTestResult *) g_ptr_array_index (round, 0))->sampling, ==, FY_SAMPLING_POOLED);

  ledger = fy_ledger_new (store, "nat", &params, &error);
  g_assert_no_error (error);
  g_assert_true (fy_ledger_write_xlsx (ledger, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* 应检 4 (王五, 赵六 never had a nucleic-acid test), 实检 2. */
  completion = g_strdup_printf (_("Completion: %u due, %u tested, %.1f%%."), 4, 2, 50.0);
  out = fy_test_read_xlsx (path, read_script,
                           (const char *const[]) { fy_test_tr ("Sampling"),
                                                   completion, NULL });
  g_test_message ("%s", out);
  g_assert_nonnull (strstr (out, "col True\n"));
  single = g_strconcat ("sampling ", fy_test_tr ("Single sample"), "\n", NULL);
  pooled = g_strconcat ("sampling ", fy_test_tr ("Pooled sample"), "\n", NULL);
  g_assert_nonnull (strstr (out, single));
  g_assert_nonnull (strstr (out, pooled));
  /* The antigen test's row is blank in that column: two values only. */
  parts = g_strsplit (out, "sampling ", -1);
  g_assert_cmpuint (g_strv_length (parts), ==, 3);
  g_assert_nonnull (strstr (out, "note "));
  g_assert_nonnull (strstr (out, "王五"));
  g_assert_nonnull (strstr (out, "赵六"));
  g_assert_null (strstr (strstr (out, "note "), "张三"));
  g_assert_null (strstr (strstr (out, "note "), "李四"));
}

int
main (int argc, char **argv)
{
  fy_test_health_init (&argc, &argv, TODAY);
  g_test_add_func ("/nat-ledger/sampling-and-completion", test_sampling_and_completion);
  return g_test_run ();
}

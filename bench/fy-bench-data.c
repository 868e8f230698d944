/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-bench-data.c — the benchmarks' fixed-seed synthetic company (shared
 * by bench-health.c and bench-month.c): N staff over 20 departments, N days
 * of twice-daily readings (a tenth "normal, not measured", a few fevers), a
 * nucleic-acid round every other day over the last two weeks, some people
 * overdue, 30 quarantines under way. */
#include "config.h"

#include <stdlib.h>

#include "fy-bench-data.h"
#include "fy-health-private.h"
#include "fy-quarantine.h"
#include "fy-tests.h"
#include "fy-validate.h"

#define SEED 20221105   /* one company, whoever runs it */

static const char *const departments[] = {
  "冲压车间", "焊装车间", "涂装车间", "总装车间", "质检部", "物流部", "后勤部", "销售部",
  "研发中心", "设备部", "仓储部", "财务部", "人事部", "安保部", "食堂", "动力车间",
  "模具车间", "采购部", "信息部", "办公室",
};
static const char *const teams[] = { "甲班", "乙班", "丙班", "丁班" };
static const char *const posts[] = { "操作工", "班组长", "技术员", "检验员", "保安", "保洁", "厨师", "司机" };

void
fy_bench_die_on (GError *error, const char *what)
{
  if (error == NULL)
    return;
  g_printerr ("%s: %s\n", what, error->message);
  exit (1);
}

void
fy_bench_exec (sqlite3 *db, const char *sql)
{
  char *msg = NULL;
  if (sqlite3_exec (db, sql, NULL, NULL, &msg) != SQLITE_OK)
    {
      g_printerr ("%s: %s\n", sql, msg);
      exit (1);
    }
}

void
fy_bench_generate (FyStore *store, const char *today, gint64 now, int n_staff, int n_days)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = fy_store_get_db (store);
  sqlite3_stmt *stmt = NULL;
  gint64 start = g_get_monotonic_time ();

  /* Staff: bulk insert in one transaction (the import path does the same). */
  fy_bench_exec (db, "BEGIN");
  sqlite3_prepare_v2 (db,
      "INSERT INTO staff (employee_no, name, department, team, post, high_contact, status)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", -1, &stmt, NULL);
  for (int i = 0; i < n_staff; i++)
    {
      g_autofree char *no = g_strdup_printf ("E%06d", i + 1);
      g_autofree char *name = g_strdup_printf ("员工%05d", i + 1);
      const char *post = posts[g_rand_int_range (rand, 0, G_N_ELEMENTS (posts))];
      gboolean hc = g_str_equal (post, "保安") || g_str_equal (post, "保洁") || g_str_equal (post, "厨师")
                    || g_str_equal (post, "司机");
      int r = g_rand_int_range (rand, 0, 1000);

      sqlite3_bind_text (stmt, 1, no, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, departments[g_rand_int_range (rand, 0, G_N_ELEMENTS (departments))], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, teams[g_rand_int_range (rand, 0, G_N_ELEMENTS (teams))], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, post, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 6, hc);
      sqlite3_bind_text (stmt, 7, r < 15 ? "left" : "on_site", -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          g_printerr ("staff: %s\n", sqlite3_errmsg (db));
          exit (1);
        }
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  fy_bench_exec (db, "UPDATE staff SET left_on = '2020-01-01' WHERE status = 'left'");
  fy_bench_exec (db, "COMMIT");

  /* Readings, day-major, one transaction per day; about one in ten is the
   * "normal, not measured" status, a few are fevers. */
  sqlite3_prepare_v2 (db,
      "INSERT INTO reading (day, session, staff_id, status, temp_tenths, method, fever_line, entered_at)"
      " VALUES (?1, ?2, ?3, ?4, ?5, 'forehead', 373, ?6)", -1, &stmt, NULL);
  for (int d = n_days; d >= 1; d--)
    {
      g_autofree char *day = fy_date_add_days (today, -d);
      gint64 day_start = fy_local_day_start (day);

      fy_bench_exec (db, "BEGIN");
      for (int session = 0; session < 2; session++)
        for (int id = 1; id <= n_staff; id++)
          {
            int r = g_rand_int_range (rand, 0, 1000);
            sqlite3_bind_text (stmt, 1, day, -1, SQLITE_STATIC);
            sqlite3_bind_int (stmt, 2, session);
            sqlite3_bind_int (stmt, 3, id);
            if (r < 100)
              {
                sqlite3_bind_text (stmt, 4, "normal_unmeasured", -1, SQLITE_STATIC);
                sqlite3_bind_null (stmt, 5);
              }
            else
              {
                sqlite3_bind_text (stmt, 4, "measured", -1, SQLITE_STATIC);
                sqlite3_bind_int (stmt, 5, r < 103 ? g_rand_int_range (rand, 373, 392)
                                                   : g_rand_int_range (rand, 358, 372));
              }
            sqlite3_bind_int64 (stmt, 6, day_start + (session ? 14 : 8) * 3600 + g_rand_int_range (rand, 0, 7200));
            if (sqlite3_step (stmt) != SQLITE_DONE)
              {
                g_printerr ("reading: %s\n", sqlite3_errmsg (db));
                exit (1);
              }
            sqlite3_reset (stmt);
          }
      fy_bench_exec (db, "COMMIT");
    }
  sqlite3_finalize (stmt);
  /* Left people have no readings after leaving; a tenth of yesterday
   * afternoon is still missing. */
  fy_bench_exec (db, "DELETE FROM reading WHERE staff_id IN (SELECT id FROM staff WHERE status = 'left')");
  {
    g_autofree char *yesterday = fy_date_add_days (today, -1);
    g_autofree char *sql = g_strdup_printf ("DELETE FROM reading WHERE day = '%s' AND session = 1"
                                            " AND staff_id %% 10 = 3", yesterday);
    fy_bench_exec (db, sql);
  }

  /* A nucleic-acid round every other day over the last two weeks (the last
   * one yesterday), through the app (it keeps last_test_at). */
  for (int d = 13; d >= 1; d -= 2)
    {
      g_autofree char *day = fy_date_add_days (today, -d);
      gint64 sampled = fy_local_day_start (day) + 9 * 3600;
      if (!fy_tests_create_round (store,
                                  &(FyTestRoundInput) { .sampled_at = sampled, .kind = FY_TEST_PCR,
                                                        .place = "厂区采样点", .note = "", .filter = NULL,
                                                        .staff_ids = NULL },
                                  now, NULL, NULL, &error))
        fy_bench_die_on (error, "round");
    }
  /* Some people skipped the last round: they become overdue. */
  fy_bench_exec (db, "UPDATE staff SET last_test_at = last_test_at - 3 * 86400 WHERE id % 7 = 0");

  /* A few quarantines under way (planned tests in the due list). */
  for (int i = 0; i < 30; i++)
    {
      FyQuarantineSpec spec = { 0 };
      g_autofree char *day = fy_date_add_days (today, -(i % 6));
      spec.staff_id = 100 + i * 37;
      spec.template_code = i % 2 ? "home_7" : "central_5_home_3";
      spec.start_day = day;
      spec.reason = FY_QUARANTINE_REASON_CLOSE_CONTACT;
      if (!fy_quarantine_start (store, &spec, now, NULL, &error))
        {
          /* A left person or a repeat: skip, the data is synthetic. */
          g_clear_error (&error);
        }
    }
  fy_bench_exec (db, "ANALYZE");
  g_print ("generated %d staff, %d days (%" G_GINT64_FORMAT " readings) in %.1f s\n", n_staff, n_days,
           (gint64) n_days * 2 * n_staff, (g_get_monotonic_time () - start) / 1e6);
}


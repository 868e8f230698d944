/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The daily-entry list (fy-health-entry.c): who is listed (on site only),
 * in the missing list's order, paged consistently; positions of people;
 * the next person without an entry; the page query's plan. */
#include "config.h"

#include <string.h>

#include "fy-error.h"
#include "fy-health-entry-private.h"
#include "fy-health-private.h"
#include "fy-health-test-support.h"
#include "fy-quarantine.h"

#define TODAY "2026-11-22"

typedef struct
{
  FyStore *store;
  gint64   ids[12];      /* on site, in insertion order */
  gint64   left;
  gint64   quarantined;
  gint64   isolated;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  static const struct { const char *no, *name, *dept, *team; } people[] = {
    { "E01", "王五", "总装车间", "乙班" }, { "E02", "李四", "冲压车间", "甲班" },
    { "E03", "张三", "冲压车间", "甲班" }, { "E04", "赵六", "冲压车间", "乙班" },
    { "E05", "孙七", "总装车间", "甲班" }, { "E06", "周八", "质检部", "" },
    { "E07", "吴九", "冲压车间", "甲班" }, { "E08", "郑十", "总装车间", "乙班" },
    { "E09", "钱一", "质检部", "" }, { "E10", "陈二", "冲压车间", "乙班" },
    { "E11", "李四", "冲压车间", "甲班" },    /* same name: the id breaks the tie */
    { "E12", "冯三", "总装车间", "甲班" },
  };
  FyQuarantineSpec spec = { 0 };

  f->store = fy_test_open_store ();
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    f->ids[i] = fy_test_add_person_full (f->store, people[i].no, people[i].name, people[i].dept,
                                 people[i].team, "操作工", FALSE);
  f->left = fy_test_add_person_full (f->store, "X1", "离职者", "冲压车间", "甲班", "操作工", FALSE);
  g_assert_true (fy_staff_mark_left (f->store, f->left, "2026-11-10", &error));
  g_assert_no_error (error);
  f->quarantined = fy_test_add_person_full (f->store, "X2", "隔离者", "冲压车间", "甲班", "操作工", FALSE);
  spec.staff_id = f->quarantined;
  spec.template_code = "home_7";
  spec.start_day = TODAY;
  spec.reason = FY_QUARANTINE_REASON_CLOSE_CONTACT;
  g_assert_true (fy_quarantine_start (f->store, &spec, fy_test_at (TODAY, 9, 0), NULL, &error));
  g_assert_no_error (error);
  f->isolated = fy_test_add_person_full (f->store, "X3", "居家者", "冲压车间", "甲班", "操作工", FALSE);
  g_assert_true (fy_store_exec (f->store, "UPDATE staff SET status = 'home_isolation' WHERE employee_no = 'X3'", &error));
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_assert_finalize_object (g_steal_pointer (&f->store));
}

static GPtrArray *
list_all (Fixture *f, const char *day, const FyHealthFilter *filter)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = fy_health_entry_list (f->store, day, filter, 0, 1000, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

static void
test_on_site_only (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = list_all (f, TODAY, NULL);
  g_autoptr(GPtrArray) missing = fy_health_list_missing (f->store, TODAY, FY_SESSION_MORNING, NULL, &error);
  g_autoptr(GPtrArray) before = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (fy_health_entry_count (f->store, TODAY, NULL, &error), ==, 12);
  g_assert_cmpuint (rows->len, ==, 12);
  /* Same people, same order as the missing list (nobody has an entry yet). */
  g_assert_cmpuint (missing->len, ==, rows->len);
  for (guint i = 0; i < rows->len; i++)
    {
      FyHealthDayRow *row = rows->pdata[i];
      FyHealthPerson *p = missing->pdata[i];
      g_assert_cmpint (row->person.staff_id, ==, p->staff_id);
      g_assert_true (row->person.staff_id != f->left && row->person.staff_id != f->quarantined
                     && row->person.staff_id != f->isolated);
      g_assert_false (row->quarantined);
      g_assert_false (row->left);
      g_assert_cmpint (row->readings[0].status, ==, FY_READING_NONE);
      g_assert_cmpint (row->readings[0].temp_tenths, ==, -1);
    }
  /* Department, team, name (code point order, as SQLite sorts), then the
   * id: the two 李四 of 冲压车间/甲班 by id. */
  g_assert_cmpstr (((FyHealthDayRow *) rows->pdata[0])->person.department, ==, "冲压车间");
  for (guint i = 1; i < rows->len; i++)
    {
      FyHealthDayRow *a = rows->pdata[i - 1], *b = rows->pdata[i];
      int c = strcmp (a->person.department, b->person.department);
      if (c == 0)
        c = strcmp (a->person.team, b->person.team);
      if (c == 0)
        c = strcmp (a->person.name, b->person.name);
      if (c == 0)
        c = a->person.staff_id < b->person.staff_id ? -1 : 1;
      g_assert_cmpint (c, <, 0);
    }

  /* Before the quarantine started and before leaving: both listed; the
   * isolation set by hand only counts from today on. */
  before = list_all (f, "2026-11-05", NULL);
  g_assert_cmpuint (before->len, ==, 15);
}

static void
test_paging_and_positions (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = list_all (f, TODAY, NULL);
  guint seen = 0;

  for (guint offset = 0; offset < all->len; offset += 5)
    {
      g_autoptr(GPtrArray) page = fy_health_entry_list (f->store, TODAY, NULL, offset, 5, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < page->len; i++, seen++)
        g_assert_cmpint (((FyHealthDayRow *) page->pdata[i])->person.staff_id, ==,
                         ((FyHealthDayRow *) all->pdata[offset + i])->person.staff_id);
    }
  g_assert_cmpuint (seen, ==, all->len);

  for (guint i = 0; i < all->len; i++)
    g_assert_cmpint (fy_health_entry_position (f->store, TODAY, NULL,
                                               ((FyHealthDayRow *) all->pdata[i])->person.staff_id, &error), ==, i);
  g_assert_cmpint (fy_health_entry_position (f->store, TODAY, NULL, f->quarantined, &error), ==, -1);
  g_assert_cmpint (fy_health_entry_position (f->store, TODAY, NULL, f->left, &error), ==, -1);
  g_assert_cmpint (fy_health_entry_position (f->store, TODAY, NULL, 999999, &error), ==, -1);
  g_assert_no_error (error);

  /* With a filter: positions inside the filtered list. */
  {
    FyHealthFilter filter = { "总装车间", "乙班" };
    g_autoptr(GPtrArray) some = list_all (f, TODAY, &filter);
    g_assert_cmpuint (some->len, ==, 2);
    g_assert_cmpint (fy_health_entry_count (f->store, TODAY, &filter, &error), ==, 2);
    g_assert_cmpint (fy_health_entry_position (f->store, TODAY, &filter,
                                               ((FyHealthDayRow *) some->pdata[1])->person.staff_id, &error), ==, 1);
    g_assert_cmpint (fy_health_entry_position (f->store, TODAY, &filter, f->ids[1], &error), ==, -1);
  }
}

static void
record (Fixture *f, gint64 id, FyHealthSession session, const char *temp)
{
  g_autoptr(GError) error = NULL;
  FyReadingEntry e = { 0 };

  e.temperature = temp;
  g_assert_true (fy_health_record (f->store,
                                   &(FyReadingSlot) { .staff_id = id, .day = TODAY, .session = session },
                                   &e, fy_test_at (TODAY, 9, 0), NULL, &error));
  g_assert_no_error (error);
}

static void
test_readings_and_next_missing (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = list_all (f, TODAY, NULL);
  g_autoptr(GPtrArray) again = NULL;
  gint64 first = ((FyHealthDayRow *) all->pdata[0])->person.staff_id;
  gint64 second = ((FyHealthDayRow *) all->pdata[1])->person.staff_id;
  gint64 fifth = ((FyHealthDayRow *) all->pdata[4])->person.staff_id;

  g_assert_cmpint (fy_health_entry_next_missing (f->store, TODAY, FY_SESSION_MORNING, NULL, 0, &error), ==, 0);
  record (f, first, FY_SESSION_MORNING, "36.5");
  record (f, second, FY_SESSION_MORNING, "３６．８");
  record (f, fifth, FY_SESSION_AFTERNOON, "38.1");
  g_assert_cmpint (fy_health_entry_next_missing (f->store, TODAY, FY_SESSION_MORNING, NULL, 0, &error), ==, 2);
  g_assert_cmpint (fy_health_entry_next_missing (f->store, TODAY, FY_SESSION_MORNING, NULL, 4, &error), ==, 4);
  g_assert_cmpint (fy_health_entry_next_missing (f->store, TODAY, FY_SESSION_AFTERNOON, NULL, 4, &error), ==, 5);
  g_assert_cmpint (fy_health_entry_next_missing (f->store, TODAY, FY_SESSION_MORNING, NULL, 99, &error), ==, -1);
  g_assert_no_error (error);

  again = list_all (f, TODAY, NULL);
  g_assert_cmpint (((FyHealthDayRow *) again->pdata[0])->readings[0].status, ==, FY_READING_MEASURED);
  g_assert_cmpint (((FyHealthDayRow *) again->pdata[0])->readings[0].temp_tenths, ==, 365);
  g_assert_cmpint (((FyHealthDayRow *) again->pdata[1])->readings[0].temp_tenths, ==, 368);
  g_assert_cmpint (((FyHealthDayRow *) again->pdata[4])->readings[1].temp_tenths, ==, 381);
  g_assert_true (((FyHealthDayRow *) again->pdata[4])->readings[1].abnormal & FY_ABNORMAL_FEVER);
  g_assert_cmpint (((FyHealthDayRow *) again->pdata[4])->readings[0].status, ==, FY_READING_NONE);

  /* Everyone filled: nobody missing. */
  g_assert_true (fy_health_fill_normal (f->store, TODAY, FY_SESSION_MORNING, NULL, fy_test_at (TODAY, 10, 0), NULL, &error));
  g_assert_cmpint (fy_health_entry_next_missing (f->store, TODAY, FY_SESSION_MORNING, NULL, 0, &error), ==, -1);
  g_assert_no_error (error);
}

static void
record_on (Fixture *f, gint64 id, const char *day, FyHealthSession session, const char *temp)
{
  g_autoptr(GError) error = NULL;
  FyReadingEntry e = { 0 };

  e.temperature = temp;
  g_assert_true (fy_health_record (f->store,
                                   &(FyReadingSlot) { .staff_id = id, .day = day, .session = session },
                                   &e, fy_test_at (TODAY, 9, 0), NULL, &error));
  g_assert_no_error (error);
}

static gboolean
flagged (GPtrArray *flags, gint64 id, int *value)
{
  for (guint i = 0; i < flags->len; i++)
    {
      FyHealthFlag *flag = flags->pdata[i];
      if (flag->kind == FY_FLAG_SAME_VALUE && flag->person.staff_id == id)
        {
          *value = flag->temp_tenths;
          return TRUE;
        }
    }
  return FALSE;
}

/* The markers agree with the day-wide lists they stand in for. */
static void
test_marks (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) flags = NULL;
  g_autoptr(GPtrArray) follow_ups = NULL;
  gint64 same = f->ids[0], short_run = f->ids[1], broken = f->ids[2], two_values = f->ids[3], fever = f->ids[4];
  FyHealthEntryMarks marks;
  int value = 0;

  for (int d = 0; d < FY_HEALTH_SAME_VALUE_DAYS; d++)
    {
      g_autofree char *day = fy_date_add_days (TODAY, -d);
      record_on (f, same, day, FY_SESSION_MORNING, "36.4");
      if (d < FY_HEALTH_SAME_VALUE_DAYS - 1)
        record_on (f, short_run, day, FY_SESSION_MORNING, "36.4");
      record_on (f, broken, day, FY_SESSION_MORNING, d == 3 ? "36.5" : "36.4");
      record_on (f, two_values, day, FY_SESSION_MORNING, "36.6");
      record_on (f, two_values, day, d == 2 ? FY_SESSION_AFTERNOON : FY_SESSION_MORNING, d == 2 ? "36.7" : "36.6");
    }
  /* An afternoon with the same value keeps the flag. */
  record_on (f, same, TODAY, FY_SESSION_AFTERNOON, "36.4");
  record_on (f, fever, TODAY, FY_SESSION_MORNING, "38.0");

  flags = fy_health_list_flags (f->store, TODAY, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (f->ids); i++)
    {
      g_assert_true (fy_health_entry_marks (f->store, f->ids[i], TODAY, &marks, &error));
      g_assert_no_error (error);
      if (flagged (flags, f->ids[i], &value))
        g_assert_cmpint (marks.same_value, ==, value);
      else
        g_assert_cmpint (marks.same_value, ==, -1);
    }
  g_assert_true (fy_health_entry_marks (f->store, same, TODAY, &marks, &error));
  g_assert_cmpint (marks.same_value, ==, 364);
  g_assert_true (fy_health_entry_marks (f->store, short_run, TODAY, &marks, &error));
  g_assert_cmpint (marks.same_value, ==, -1);
  g_assert_true (fy_health_entry_marks (f->store, two_values, TODAY, &marks, &error));
  g_assert_cmpint (marks.same_value, ==, -1);
  /* Yesterday the short run is still short; the full run ends today. */
  g_assert_true (fy_health_entry_marks (f->store, same, "2026-11-21", &marks, &error));
  g_assert_cmpint (marks.same_value, ==, -1);

  /* The fever's follow-up, open, in the morning only. */
  follow_ups = fy_health_list_follow_ups (f->store, TRUE, TODAY, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (follow_ups->len, ==, 1);
  g_assert_true (fy_health_entry_marks (f->store, fever, TODAY, &marks, &error));
  g_assert_cmpint (marks.follow_up[FY_SESSION_MORNING], ==, ((FyFollowUp *) follow_ups->pdata[0])->id);
  g_assert_false (marks.closed[FY_SESSION_MORNING]);
  g_assert_cmpint (marks.follow_up[FY_SESSION_AFTERNOON], ==, 0);
  g_assert_true (fy_health_update_follow_up (f->store, marks.follow_up[0], "37.0",
                                             FY_FOLLOW_UP_ACTION_HOME, "", fy_test_at (TODAY, 10, 0), &error));
  g_assert_true (fy_health_close_follow_up (f->store, marks.follow_up[0], fy_test_at (TODAY, 10, 0), &error));
  g_assert_no_error (error);
  g_assert_true (fy_health_entry_marks (f->store, fever, TODAY, &marks, &error));
  g_assert_true (marks.closed[FY_SESSION_MORNING]);
}

static void
test_plan (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *plan = fy_health_explain (f->store, fy_health_entry_list_sql, &error);
  static const char *const tables[] = { "reading", "q", NULL };

  g_assert_no_error (error);
  fy_test_assert_plan_no_scan (plan, tables);
  /* The list order is the index order: no sort of the whole roster per page. */
  g_assert_null (strstr (plan, "TEMP B-TREE"));
  g_assert_nonnull (strstr (plan, "staff_by_department"));
}

int
main (int argc, char **argv)
{
  fy_test_health_init (&argc, &argv, TODAY);
  g_test_add ("/health-entry/on-site-only", Fixture, NULL, fixture_set_up, test_on_site_only, fixture_tear_down);
  g_test_add ("/health-entry/paging-and-positions", Fixture, NULL, fixture_set_up, test_paging_and_positions,
              fixture_tear_down);
  g_test_add ("/health-entry/readings-and-next-missing", Fixture, NULL, fixture_set_up,
              test_readings_and_next_missing, fixture_tear_down);
  g_test_add ("/health-entry/marks", Fixture, NULL, fixture_set_up, test_marks, fixture_tear_down);
  g_test_add ("/health-entry/plan", Fixture, NULL, fixture_set_up, test_plan, fixture_tear_down);
  return g_test_run ();
}

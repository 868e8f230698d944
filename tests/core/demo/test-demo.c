/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The demo company: a realistic roster the app itself would accept,
 * deterministic per seed, written all at once or not at all. */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include "fy-cli-commands.h"
#include "fy-absence.h"
#include "fy-demo.h"
#include "fy-error.h"
#include "fy-health-private.h"
#include "fy-staff.h"
#include "fy-store-private.h"
#include "fy-tests.h"
#include "fy-test-support.h"
#include "fy-validate.h"
#include "fy-zone-map.h"
#include "fy-zone-summary.h"
#include <gdk-pixbuf/gdk-pixbuf.h>

#define TODAY "2026-11-22"
#define SEED 20221122u

/* Everything in the roster, as one string, to compare two databases. */
static char *
dump_roster (FyStore *store)
{
  g_autoptr(GPtrArray) list = fy_staff_list (store, NULL, NULL);
  GString *out = g_string_new (NULL);

  g_assert_nonnull (list);
  for (guint i = 0; i < list->len; i++)
    {
      FyStaff *s = g_ptr_array_index (list, i);
      g_string_append_printf (out, "%s|%s|%s|%s|%s|%s|%d|%s|%s|%s|%d|%d|%s|%s|%s\n",
                              s->employee_no, s->name, s->gender, s->department, s->team, s->post,
                              s->high_contact, s->phone, s->id_number, s->dormitory, s->outsourced,
                              s->vaccine_doses, fy_staff_status_to_code (s->status),
                              s->left_on ? s->left_on : "-", s->note);
    }
  return g_string_free (out, FALSE);
}

static FyStore *
open_demo (guint32 seed)
{
  g_autoptr(GError) error = NULL;
  FyStore *store = fy_test_open_store ();

  g_assert_true (fy_demo_populate (store, seed, &error));
  g_assert_no_error (error);
  return store;
}

/* ISO 7064 MOD 11-2 computed here, independently of the app's validator. */
static gboolean
id_checksum_ok (const char *id)
{
  static const int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
  static const char check[] = "10X98765432";
  int sum = 0;

  if (strlen (id) != 18)
    return FALSE;
  for (int i = 0; i < 17; i++)
    {
      if (!g_ascii_isdigit (id[i]))
        return FALSE;
      sum += (id[i] - '0') * weights[i];
    }
  return id[17] == check[sum % 11];
}

static int
age_on (const char *birth, const char *today)
{
  int by, bm, bd, ty, tm, td;

  g_assert_cmpint (sscanf (birth, "%d-%d-%d", &by, &bm, &bd), ==, 3);
  g_assert_cmpint (sscanf (today, "%d-%d-%d", &ty, &tm, &td), ==, 3);
  return ty - by - ((tm < bm || (tm == bm && td < bd)) ? 1 : 0);
}

static gboolean
is_han_name (const char *name)
{
  glong n = g_utf8_strlen (name, -1);

  if (n < 2 || n > 4)
    return FALSE;
  for (const char *p = name; *p; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) != G_UNICODE_SCRIPT_HAN)
      return FALSE;
  return TRUE;
}

static void
test_roster_looks_real (void)
{
  FY_TEST_LAST_REF FyStore *store = open_demo (SEED);
  g_autoptr(GPtrArray) list = fy_staff_list (store, NULL, NULL);
  g_autoptr(GHashTable) numbers = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) phones = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) high_contact_teams = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) departments = fy_staff_list_departments (store);
  guint outsourced = 0, high_contact = 0, dorm = 0, doses3 = 0, women = 0;
  guint by_status[FY_STAFF_N_STATUSES] = { 0 };

  g_assert_nonnull (list);
  g_assert_cmpuint (list->len, >=, 300);
  g_assert_cmpuint (list->len, <=, 400);
  g_assert_cmpuint (g_strv_length (departments), >=, 6);
  g_assert_true (g_strv_contains ((const char *const *) departments, "冲压车间"));
  g_assert_true (g_strv_contains ((const char *const *) departments, "后勤保障部"));

  for (guint i = 0; i < list->len; i++)
    {
      FyStaff *s = g_ptr_array_index (list, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *birth = NULL;
      g_autofree char *id = NULL;
      g_autofree char *phone = NULL;
      g_autofree char *warning = NULL;
      char gender = 0;

      g_assert_true (is_han_name (s->name));
      g_assert_true (g_regex_match_simple ("^(CH|PQ)[0-9]{4}$|^WB[0-9]{3}$", s->employee_no, 0, 0));
      g_assert_true (g_hash_table_add (numbers, s->employee_no));

      /* Resident ID: valid for the app, checksum right by our own count,
       * gender and an age of 19–58 as the brief asks. */
      g_assert_cmpstr (s->id_kind, ==, "resident");
      g_assert_true (id_checksum_ok (s->id_number));
      id = fy_validate_id_number (s->id_number, FALSE, &birth, &gender, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (id, ==, s->id_number);
      g_assert_cmpint (gender, ==, s->gender[0]);
      g_assert_cmpint ((s->id_number[16] - '0') % 2, ==, g_str_equal (s->gender, "M") ? 1 : 0);
      g_assert_cmpint (age_on (birth, TODAY), >=, 19);
      g_assert_cmpint (age_on (birth, TODAY), <=, 58);
      g_assert_true (g_hash_table_add (ids, s->id_number));

      phone = fy_validate_phone (s->phone, &warning, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (phone, ==, s->phone);
      g_assert_null (warning);
      g_assert_true (g_regex_match_simple ("^1[3-9][0-9]{9}$", s->phone, 0, 0));
      g_assert_true (g_hash_table_add (phones, s->phone));

      g_assert_cmpint (s->vaccine_doses, >=, 0);
      g_assert_cmpint (s->vaccine_doses, <=, 3);
      g_assert_cmpstr (s->department, !=, "");
      g_assert_cmpstr (s->post, !=, "");

      by_status[s->status]++;
      if (s->status == FY_STAFF_LEFT)
        {
          g_assert_nonnull (s->left_on);
          g_assert_cmpint (fy_date_diff_days (s->left_on, TODAY), >, 0);
          g_assert_cmpstr (s->dormitory, ==, "");
        }
      else
        g_assert_null (s->left_on);

      outsourced += s->outsourced;
      dorm += *s->dormitory != '\0';
      doses3 += s->vaccine_doses == 3;
      women += g_str_equal (s->gender, "F");
      if (s->high_contact)
        {
          high_contact++;
          g_hash_table_add (high_contact_teams, *s->team ? s->team : s->department);
        }
    }

  /* Outsourced / dispatch staff, and high-contact posts of every kind. */
  g_assert_cmpuint (outsourced, >=, 20);
  g_assert_cmpuint (outsourced, <, list->len / 3);
  g_assert_cmpuint (high_contact, >=, 40);
  for (guint k = 0; k < 4; k++)
    g_assert_true (g_hash_table_contains (high_contact_teams,
                                          (const char *[]) { "保安", "保洁", "食堂", "物流组" }[k]));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff WHERE high_contact AND department = '销售部'"), >, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff WHERE outsourced AND team = '保安'"), >, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff WHERE outsourced AND department LIKE '%车间'"), >, 0);

  /* Part of the staff in dormitories; most vaccinated three times; a
   * few away and a few who left; both genders. */
  g_assert_cmpuint (dorm, >, list->len / 5);
  g_assert_cmpuint (dorm, <, list->len * 3 / 4);
  g_assert_cmpuint (doses3, >, list->len * 2 / 3);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff WHERE vaccine_doses < 3"), >, 0);
  g_assert_cmpuint (by_status[FY_STAFF_OBSERVATION], >=, 1);
  g_assert_cmpuint (by_status[FY_STAFF_HOME_ISOLATION], >=, 1);
  g_assert_cmpuint (by_status[FY_STAFF_LEFT], >=, 3);
  g_assert_cmpuint (by_status[FY_STAFF_ON_SITE], >, list->len * 9 / 10);
  g_assert_cmpuint (women, >, list->len / 10);
  g_assert_cmpuint (women, <, list->len / 2);

  /* Several teams per workshop; no dormitory room over six beds. */
  {
    g_auto(GStrv) teams = fy_staff_list_teams (store, "焊装车间");
    g_assert_cmpuint (g_strv_length (teams), >=, 2);
  }
  g_assert_cmpint (fy_test_query_int (store, "SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM staff"
                                      " WHERE dormitory <> '' GROUP BY dormitory)"), <=, 6);
}

static void
test_settings (void)
{
  FY_TEST_LAST_REF FyStore *store = open_demo (SEED);
  g_autofree char *name = fy_store_get_setting (store, "company.name");
  g_autofree char *address = fy_store_get_setting (store, "company.address");
  g_autofree char *phone = fy_store_get_setting (store, "company.phone");
  g_autofree char *officer = fy_store_get_setting (store, "officer");
  g_autofree char *reviewer = fy_store_get_setting (store, "reviewer");
  g_autofree char *fever = fy_store_get_setting (store, "fever_line");
  g_autoptr(GPtrArray) list = fy_staff_list (store, NULL, NULL);
  gboolean officer_found = FALSE, reviewer_found = FALSE;

  g_assert_true (g_str_has_suffix (name, "有限公司"));
  g_assert_true (g_str_has_prefix (address, "江苏省苏州市"));
  g_assert_true (g_regex_match_simple ("^0512-[0-9]{8}$", phone, 0, 0));
  g_assert_cmpstr (fever, ==, "373");
  g_assert_cmpint (fy_store_get_setting_int (store, "cadence.default_hours"), ==, 48);
  g_assert_cmpint (fy_store_get_setting_int (store, "cadence.high_contact_hours"), ==, 24);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM setting WHERE key IN ('company.name',"
                                      " 'company.address', 'company.phone', 'officer', 'reviewer', 'fever_line',"
                                      " 'cadence.default_hours', 'cadence.high_contact_hours')"), ==, 8);

  /* The officer and reviewer are real people of the roster. */
  g_assert_true (is_han_name (officer));
  g_assert_true (is_han_name (reviewer));
  g_assert_cmpstr (officer, !=, reviewer);
  for (guint i = 0; i < list->len; i++)
    {
      FyStaff *s = g_ptr_array_index (list, i);
      officer_found |= g_str_equal (s->name, officer) && g_str_equal (s->post, "防疫专员");
      reviewer_found |= g_str_equal (s->name, reviewer) && g_str_equal (s->department, "行政部");
    }
  g_assert_true (officer_found);
  g_assert_true (reviewer_found);
}

/* ---- the last 30 days of health work (fy-demo-health.c) ----------------- */

static gint64
q (FyStore *store, const char *sql)
{
  return fy_test_query_int (store, sql);
}

/* Readings, tests, vaccination, trips and quarantines as one string. */
static char *
dump_health (FyStore *store)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT
                          "/%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                          q (store, "SELECT count(*) * 1000 + total(coalesce(temp_tenths, 7) * staff_id) % 1000 FROM reading"),
                          q (store, "SELECT count(*) * 1000 + total(staff_id * (sampled_at % 97)) % 1000 FROM test_result"),
                          q (store, "SELECT count(*) * 1000 + total(staff_id * dose) % 1000 FROM vaccination"),
                          q (store, "SELECT count(*) * 1000 + total(staff_id) % 1000 FROM trip"),
                          q (store, "SELECT count(*) * 1000 + total(staff_id * template_id) % 1000 FROM quarantine"),
                          q (store, "SELECT count(*) * 1000 + total(staff_id) % 1000 FROM follow_up"));
}

static void
test_health (void)
{
  FY_TEST_LAST_REF FyStore *store = open_demo (SEED);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autofree char *first = fy_date_add_days (TODAY, -29);
  g_autofree char *sql = NULL;
  gint64 readings = q (store, "SELECT count(*) FROM reading");
  gint64 measured = q (store, "SELECT count(*) FROM reading WHERE status = 'measured'");
  guint late = 0, same = 0, overdue = 0, quarantine_due = 0;

  /* Twice a day for everyone on site, for 30 days up to today. */
  sql = g_strdup_printf ("SELECT count(*) FROM reading WHERE day < '%s' OR day > '%s'", first, TODAY);
  g_assert_cmpint (q (store, sql), ==, 0);
  g_assert_cmpint (q (store, "SELECT count(DISTINCT day) FROM reading"), ==, 30);
  g_assert_cmpint (q (store, "SELECT min(n) FROM (SELECT count(*) AS n FROM reading"
                             " WHERE day < (SELECT max(day) FROM reading) GROUP BY day, session)"), >, 280);
  /* Mostly measured 36.0–36.9; some "normal, not measured" (no number);
   * a few fevers, every abnormal reading followed up, one still open. */
  g_assert_cmpint (measured, >, readings * 3 / 4);
  g_assert_cmpint (readings - measured, >, readings / 50);
  g_assert_cmpint (q (store, "SELECT count(*) FROM reading WHERE status = 'measured' AND temp_tenths BETWEEN 360 AND 369"),
                   >, measured * 9 / 10);
  g_assert_cmpint (q (store, "SELECT count(*) FROM reading WHERE status = 'normal_unmeasured' AND temp_tenths IS NOT NULL"), ==, 0);
  g_assert_cmpint (q (store, "SELECT count(*) FROM reading WHERE temp_tenths >= fever_line"), >=, 3);
  g_assert_cmpint (q (store, "SELECT count(*) FROM reading WHERE temp_tenths >= fever_line"), <=, 8);
  g_assert_cmpint (q (store, "SELECT count(*) FROM reading r WHERE (temp_tenths >= fever_line OR symptoms <> ''"
                             " OR code_colour IN ('yellow', 'red')) AND NOT EXISTS (SELECT 1 FROM follow_up f"
                             " WHERE f.day = r.day AND f.session = r.session AND f.staff_id = r.staff_id)"), ==, 0);
  g_assert_cmpint (q (store, "SELECT count(*) FROM follow_up"), >=, 5);
  g_assert_cmpint (fy_health_count_open_follow_ups (store, &error), ==, 1);
  g_assert_cmpint (q (store, "SELECT count(*) FROM follow_up WHERE closed_at IS NOT NULL AND action = ''"), ==, 0);
  /* The health rules hold: nobody has a reading on a day a quarantine
   * covers or after leaving. */
  g_assert_cmpint (q (store, "SELECT count(*) FROM reading r JOIN quarantine qu ON qu.staff_id = r.staff_id"
                             " AND r.day >= qu.start_day AND (qu.released_on IS NULL OR r.day < qu.released_on)"), ==, 0);
  g_assert_cmpint (q (store, "SELECT count(*) FROM reading r JOIN staff s ON s.id = r.staff_id"
                             " WHERE s.status = 'left' AND r.day >= s.left_on"), ==, 0);
  /* Late entries and a value repeated seven days are there to be flagged. */
  for (int d = -29; d <= 0; d++)
    {
      g_autofree char *day = fy_date_add_days (TODAY, d);
      g_autoptr(GPtrArray) flags = fy_health_list_flags (store, day, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < flags->len; i++)
        {
          FyHealthFlag *flag = g_ptr_array_index (flags, i);
          late += flag->kind == FY_FLAG_LATE_ENTRY;
          same += flag->kind == FY_FLAG_SAME_VALUE;
        }
    }
  g_assert_cmpuint (late, >=, 3);
  g_assert_cmpuint (same, >=, 1);

  /* Tests: a round every day (everyone every other day, high-contact posts
   * daily), last_test_at kept, results back except today's, a few people
   * overdue by the end of today. */
  g_assert_cmpint (q (store, "SELECT count(DISTINCT date(sampled_at, 'unixepoch', 'localtime')) FROM test_round"), >=, 29);
  g_assert_cmpint (q (store, "SELECT count(*) FROM staff s WHERE s.last_test_at IS NOT (SELECT max(sampled_at)"
                             " FROM test_result t WHERE t.staff_id = s.id AND t.kind = 'pcr')"), ==, 0);
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM test_result WHERE result = 'pending'"
                         " AND date(sampled_at, 'unixepoch', 'localtime') < '%s'", TODAY);
  g_assert_cmpint (q (store, sql), ==, 0);
  due = fy_tests_list_due (store, fy_local_day_start (TODAY) + 86399, 0, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < due->len; i++)
    {
      FyDueTest *t = g_ptr_array_index (due, i);
      overdue += t->reason == FY_DUE_ROUTINE && t->overdue;
      quarantine_due += t->reason == FY_DUE_QUARANTINE;
    }
  g_assert_cmpuint (overdue, >=, 4);
  g_assert_cmpuint (overdue, <=, 20);
  g_assert_cmpuint (quarantine_due, >=, 2);

  /* Vaccination matches the roster's dose counts; nobody unvaccinated
   * without a reason. */
  g_assert_cmpint (q (store, "SELECT count(*) FROM staff s WHERE s.vaccine_doses <>"
                             " (SELECT count(*) FROM vaccination v WHERE v.staff_id = s.id)"), ==, 0);
  g_assert_cmpint (q (store, "SELECT count(*) FROM staff s WHERE s.vaccine_doses <>"
                             " coalesce((SELECT max(dose) FROM vaccination v WHERE v.staff_id = s.id), 0)"), ==, 0);
  g_assert_cmpint (q (store, "SELECT count(*) FROM staff WHERE vaccine_doses = 0 AND unvaccinated_reason = ''"), ==, 0);
  g_assert_cmpint (q (store, "SELECT count(*) FROM vaccination v JOIN vaccination w ON w.staff_id = v.staff_id"
                             " AND w.dose = v.dose + 1 WHERE w.day <= v.day"), ==, 0);

  /* Trips: one back from a medium-risk area and isolated at home now with
   * test days, some taken; a released quarantine; every away status is a
   * quarantine under way in the phase of that status. */
  g_assert_cmpint (q (store, "SELECT count(*) FROM trip"), >=, 8);
  g_assert_cmpint (q (store, "SELECT count(*) FROM trip t JOIN quarantine qu ON qu.trip_id = t.id"
                             " WHERE t.return_risk = 'medium' AND qu.released_on IS NULL"
                             " AND (SELECT count(*) FROM quarantine_test qt WHERE qt.quarantine_id = qu.id"
                             "      AND qt.result_id IS NOT NULL) >= 2"), ==, 1);
  g_assert_cmpint (q (store, "SELECT count(*) FROM quarantine WHERE released_on IS NOT NULL"), ==, 1);
  g_assert_cmpint (q (store, "SELECT count(*) FROM staff s WHERE s.status IN ('observation', 'home_isolation',"
                             " 'central_isolation') AND NOT EXISTS (SELECT 1 FROM quarantine qu"
                             " JOIN quarantine_phase p ON p.quarantine_id = qu.id WHERE qu.staff_id = s.id"
                             " AND qu.released_on IS NULL AND p.kind = s.status)"), ==, 0);
  g_assert_cmpint (q (store, "SELECT count(*) FROM staff s JOIN quarantine qu ON qu.staff_id = s.id"
                             " WHERE qu.released_on IS NULL AND s.status = 'on_site'"), ==, 0);
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM quarantine_test WHERE day < '%s' AND result_id IS NULL", TODAY);
  g_assert_cmpint (q (store, sql), ==, 0);

  /* Someone on leave and someone on sick leave today, with no reading
   * while away; fill-normal would leave them out. */
  {
    g_autoptr(GPtrArray) away = fy_absence_list_away (store, TODAY, NULL, &error);
    guint leave = 0, sick = 0;

    g_assert_no_error (error);
    for (guint i = 0; i < away->len; i++)
      {
        FyAwayPerson *w = g_ptr_array_index (away, i);
        leave += w->reason == FY_AWAY_LEAVE;
        sick += w->reason == FY_AWAY_SICK_LEAVE;
      }
    g_assert_cmpuint (leave, ==, 1);
    g_assert_cmpuint (sick, ==, 1);
    g_assert_cmpint (q (store, "SELECT count(*) FROM reading r JOIN absence a ON a.staff_id = r.staff_id"
                               " AND r.day BETWEEN a.start_day AND a.end_day"), ==, 0);
    /* Everyone quarantined now has monitoring entries. */
    g_assert_cmpint (q (store, "SELECT count(*) FROM quarantine qu WHERE qu.released_on IS NULL AND NOT EXISTS"
                               " (SELECT 1 FROM quarantine_reading r WHERE r.quarantine_id = qu.id)"), ==, 0);
  }
}

static void
test_deterministic (void)
{
  FY_TEST_LAST_REF FyStore *a = open_demo (SEED);
  FY_TEST_LAST_REF FyStore *b = open_demo (SEED);
  FY_TEST_LAST_REF FyStore *c = open_demo (SEED + 1);
  g_autofree char *da = dump_roster (a);
  g_autofree char *db = dump_roster (b);
  g_autofree char *dc = dump_roster (c);
  g_autofree char *oa = fy_store_get_setting (a, "officer");
  g_autofree char *ob = fy_store_get_setting (b, "officer");
  g_autofree char *ha = dump_health (a);
  g_autofree char *hb = dump_health (b);
  g_autofree char *hc = dump_health (c);

  g_assert_cmpuint (strlen (da), >, 10000);
  g_assert_cmpstr (da, ==, db);
  g_assert_cmpstr (ha, ==, hb);
  g_assert_cmpstr (ha, !=, hc);
  g_assert_cmpstr (oa, ==, ob);
  g_assert_cmpstr (da, !=, dc);
}

static void
test_second_call_refused (void)
{
  FY_TEST_LAST_REF FyStore *store = open_demo (SEED);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump_roster (store);
  g_autofree char *after = NULL;
  gint64 audit = fy_test_query_int (store, "SELECT count(*) FROM audit");
  gint64 staff = fy_test_query_int (store, "SELECT count(*) FROM staff");

  /* One insert row per person; the quarantines audit their start, their
   * status changes and the one release. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE entity = 'staff' AND action = 'insert'"),
                   ==, staff);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE entity = 'quarantine'"), ==,
                   fy_test_query_int (store, "SELECT count(*) FROM quarantine")
                   + fy_test_query_int (store, "SELECT count(*) FROM quarantine WHERE released_on IS NOT NULL"));
  g_assert_false (fy_demo_populate (store, SEED + 7, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_CONFLICT);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_false (fy_store_in_transaction (store));
  after = dump_roster (store);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit"), ==, audit);
}

/* One person of one's own is enough to refuse; the settings stay. */
static void
test_refused_on_own_roster (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaff) s = fy_test_staff_new ("A1", "张伟");
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_assert_true (fy_store_set_setting (store, "company.name", "我的公司", NULL));
  fy_test_save_staff (store, s);

  g_assert_false (fy_demo_populate (store, SEED, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_CONFLICT);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff"), ==, 1);
  name = fy_store_get_setting (store, "company.name");
  g_assert_cmpstr (name, ==, "我的公司");
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM setting WHERE key = 'officer'"), ==, 0);
}

/* A failure half-way leaves nothing behind: neither staff, audit rows
 * nor settings. The trigger stands in for a full disk. */
static void
test_failure_writes_nothing (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;

  g_assert_true (fy_store_exec (store,
      "CREATE TEMP TRIGGER fail_late BEFORE INSERT ON main.staff"
      " WHEN (SELECT count(*) FROM main.staff) >= 200"
      " BEGIN SELECT RAISE(ABORT, 'simulated failure'); END", NULL));
  g_assert_false (fy_demo_populate (store, SEED, &error));
  g_assert_nonnull (error);
  g_assert_false (fy_store_in_transaction (store));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM setting WHERE key <> 'store.open'"), ==, 0);
  g_assert_true (fy_store_is_empty (store));

  /* And once the cause is gone, it works. */
  g_clear_error (&error);
  g_assert_true (fy_store_exec (store, "DROP TRIGGER temp.fail_late", NULL));
  g_assert_true (fy_demo_populate (store, SEED, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff"), >=, 300);
}

static void
on_changed (FyStore *store, FyStoreChange change, gpointer user_data)
{
  GPtrArray *kinds = user_data;
  g_autoptr(GFlagsClass) klass = g_type_class_ref (FY_TYPE_STORE_CHANGE);

  g_ptr_array_add (kinds, g_strdup (g_flags_get_first_value (klass, change)->value_nick));
}

static void
test_changed_signal (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GPtrArray) kinds = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), kinds);
  g_assert_true (fy_demo_populate (store, SEED, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kinds->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (kinds, 0), ==, "all");

  /* A refused call announces nothing. */
  g_assert_false (fy_demo_populate (store, SEED, &error));
  g_assert_cmpuint (kinds->len, ==, 1);
}

/* `fangyi demo` and the window's button load the same company. */
static void
test_cli_uses_default_seed (void)
{
  FY_TEST_LAST_REF FyStore *a = fy_test_open_store ();
  FY_TEST_LAST_REF FyStore *b = open_demo (FY_DEMO_DEFAULT_SEED);
  g_autoptr(GError) error = NULL;
  g_autofree char *da = NULL;
  g_autofree char *db = NULL;

  g_assert_true (fy_cli_populate_demo (a, &error));
  g_assert_no_error (error);
  da = dump_roster (a);
  db = dump_roster (b);
  g_assert_cmpstr (da, ==, db);
}

/* ---- The zone maps ---------------------------------------------------- */

static FyZoneMap *
load_map (FyStore *store, const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) maps = fy_zone_map_list (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < maps->len; i++)
    {
      FyZoneMapInfo *info = g_ptr_array_index (maps, i);
      if (g_str_equal (info->name, name))
        {
          FyZoneMap *map = fy_zone_map_load (store, info->id, &error);
          g_assert_no_error (error);
          return map;
        }
    }
  g_assert_not_reached ();
  return NULL;
}

static const FyZoneArea *
area_named (FyZoneMap *map, const char *name)
{
  for (guint i = 0; i < fy_zone_map_get_n_areas (map); i++)
    if (g_str_equal (fy_zone_map_get_area (map, i)->name, name))
      return fy_zone_map_get_area (map, i);
  g_assert_not_reached ();
  return NULL;
}

/* A floor plan the app drew: a real PNG of the map's size with many colours. */
static void
check_plan (FyZoneMap *map, int min_colours)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new_with_type ("png", &error);
  GBytes *png = fy_zone_map_get_background (map);
  g_autoptr(GHashTable) colours = g_hash_table_new (g_direct_hash, g_direct_equal);
  GdkPixbuf *pixbuf;
  int w, h;

  g_assert_no_error (error);
  g_assert_nonnull (png);
  g_assert_true (gdk_pixbuf_loader_write_bytes (loader, png, &error));
  g_assert_true (gdk_pixbuf_loader_close (loader, &error));
  g_assert_no_error (error);
  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  w = gdk_pixbuf_get_width (pixbuf);
  h = gdk_pixbuf_get_height (pixbuf);
  fy_zone_map_get_background_size (map, &w, &h);
  g_assert_cmpint (w, ==, gdk_pixbuf_get_width (pixbuf));
  g_assert_cmpint (w, >=, 800);
  g_assert_cmpfloat_with_epsilon (w * fy_zone_map_get_metres_per_pixel (map), fy_zone_map_get_width (map), 1e-6);
  g_assert_cmpfloat_with_epsilon (h * fy_zone_map_get_metres_per_pixel (map), fy_zone_map_get_height (map), 1e-6);
  for (int y = 0; y < h; y += 3)
    for (int x = 0; x < w; x += 3)
      {
        const guint8 *p = gdk_pixbuf_read_pixels (pixbuf) + y * gdk_pixbuf_get_rowstride (pixbuf)
                          + x * gdk_pixbuf_get_n_channels (pixbuf);
        g_hash_table_add (colours, GUINT_TO_POINTER ((p[0] << 16) | (p[1] << 8) | p[2]));
      }
  g_assert_cmpuint (g_hash_table_size (colours), >=, (guint) min_colours);
}

static void
test_zone_maps (void)
{
  FY_TEST_LAST_REF FyStore *store = open_demo (SEED);
  FY_TEST_LAST_REF FyZoneMap *plant = load_map (store, "厂区");
  FY_TEST_LAST_REF FyZoneMap *dorms = load_map (store, "宿舍区");
  guint levels[FY_ZONE_N_LEVELS] = { 0 }, functions[FY_ZONE_N_FUNCTIONS] = { 0 };
  const char *workshops[] = { "冲压车间", "焊装车间", "涂装车间", "机加工车间", "总装车间" };

  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_map"), ==, 2);
  check_plan (plant, 30);
  check_plan (dorms, 20);

  /* ~20 areas of all four levels on the plant alone, every workshop of the
   * roster, and the other places the issue names. */
  g_assert_cmpuint (fy_zone_map_get_n_areas (plant), >=, 18);
  g_assert_cmpuint (fy_zone_map_get_n_areas (dorms), >=, 3);
  for (guint i = 0; i < fy_zone_map_get_n_areas (plant); i++)
    {
      const FyZoneArea *a = fy_zone_map_get_area (plant, i);
      levels[a->level]++;
      functions[a->function]++;
    }
  for (guint l = 0; l < FY_ZONE_N_LEVELS; l++)
    g_assert_cmpuint (levels[l], >=, 1);
  g_assert_cmpuint (levels[FY_ZONE_LEVEL_GREEN], >, levels[FY_ZONE_LEVEL_RED]);
  for (guint i = 0; i < G_N_ELEMENTS (workshops); i++)
    g_assert_cmpint (area_named (plant, workshops[i])->function, ==, FY_ZONE_FUNCTION_WORKSHOP);
  for (FyZoneFunction f = FY_ZONE_FUNCTION_ENTRANCE; f <= FY_ZONE_FUNCTION_TOILET; f++)
    if (f != FY_ZONE_FUNCTION_DORMITORY && f != FY_ZONE_FUNCTION_MEETING_ROOM)
      g_assert_cmpuint (functions[f], >=, 1);
  g_assert_cmpint (area_named (dorms, "1号宿舍楼")->function, ==, FY_ZONE_FUNCTION_DORMITORY);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(DISTINCT level) FROM zone_area"), ==, 4);

  /* Closed spaces have their own place code (一门一码); roads do not need one. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_area WHERE place_code = ''"
                                      " AND function NOT IN ('road', 'outdoor', 'toilet')"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(DISTINCT place_code) FROM zone_area WHERE place_code <> ''"),
                   ==, fy_test_query_int (store, "SELECT count(*) FROM zone_area WHERE place_code <> ''"));
}

static void
check_no_overlap (FyZoneMap *map)
{
  guint n = fy_zone_map_get_n_areas (map);

  /* Areas are kept apart: no point strictly inside two of them (sampled on
   * a lattice between the whole-metre corners the demo uses). */
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        const FyZoneArea *a = fy_zone_map_get_area (map, i), *b = fy_zone_map_get_area (map, j);
        FyRect r = { MAX (a->bounds.x0, b->bounds.x0), MAX (a->bounds.y0, b->bounds.y0),
                     MIN (a->bounds.x1, b->bounds.x1), MIN (a->bounds.y1, b->bounds.y1) };

        for (double y = floor (r.y0) + 0.25; y < r.y1; y += 0.5)
          for (double x = floor (r.x0) + 0.25; x < r.x1; x += 0.5)
            if (fy_polygon_contains (a->points, a->n_points, x, y)
                && fy_polygon_contains (b->points, b->n_points, x, y))
              g_error ("%s and %s overlap at (%g, %g)", a->name, b->name, x, y);
      }
}

static void
test_zone_points_and_warnings (void)
{
  FY_TEST_LAST_REF FyStore *store = open_demo (SEED);
  FY_TEST_LAST_REF FyZoneMap *plant = load_map (store, "厂区");
  FY_TEST_LAST_REF FyZoneMap *dorms = load_map (store, "宿舍区");
  g_autoptr(GPtrArray) plant_warnings = fy_zone_map_check (plant);
  g_autoptr(GPtrArray) dorm_warnings = fy_zone_map_check (dorms);
  guint kinds[FY_ZONE_N_POINT_KINDS] = { 0 };
  const FyZoneWarning *w;

  for (guint i = 0; i < fy_zone_map_get_n_points (plant); i++)
    {
      const FyZonePoint *p = fy_zone_map_get_point (plant, i);
      gint64 area_id = fy_zone_map_hit_area (plant, p->x, p->y);
      const FyZoneArea *area = area_id ? fy_zone_map_lookup_area (plant, area_id) : NULL;

      kinds[p->kind]++;
      g_assert_cmpstr (p->name, !=, "");
      if (p->kind == FY_ZONE_POINT_ISOLATION)
        g_assert_true (area && area->level == FY_ZONE_LEVEL_RED);
      if (p->kind == FY_ZONE_POINT_OBSERVATION)
        g_assert_true (area && area->level == FY_ZONE_LEVEL_YELLOW);
      if (p->kind == FY_ZONE_POINT_ENTRANCE)
        g_assert_cmpstr (p->place_code, !=, "");
      if (p->kind == FY_ZONE_POINT_TRUCK_LOADING)
        g_assert_true (area && area->function == FY_ZONE_FUNCTION_LOADING_DOCK);
    }
  for (guint k = 0; k < FY_ZONE_N_POINT_KINDS; k++)
    g_assert_cmpuint (kinds[k], >=, 1);

  /* The one deliberate warning: more logistics staff on the loading yard's
   * list than may work there at once. */
  g_assert_cmpuint (plant_warnings->len, ==, 1);
  w = g_ptr_array_index (plant_warnings, 0);
  g_assert_cmpint (w->kind, ==, FY_ZONE_WARNING_OVER_CAPACITY);
  g_assert_cmpint (w->area_id, ==, area_named (plant, "装卸区")->id);
  g_assert_cmpuint (dorm_warnings->len, ==, 0);

  check_no_overlap (plant);
  check_no_overlap (dorms);
}

static void
test_zone_people (void)
{
  FY_TEST_LAST_REF FyStore *store = open_demo (SEED);
  FY_TEST_LAST_REF FyZoneMap *plant = load_map (store, "厂区");

  /* Everyone at most once (the key says so; count anyway), nobody who left
   * or is isolated off site, everyone else somewhere. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) - count(DISTINCT staff_id) FROM staff_zone"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff_zone z JOIN staff s ON s.id = z.staff_id"
                                      " WHERE s.status IN ('left', 'home_isolation', 'central_isolation')"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff WHERE status IN ('on_site', 'observation')"
                                      " AND id NOT IN (SELECT staff_id FROM staff_zone)"), ==, 0);
  /* A grid belongs to the person's area; people under observation are in
   * the blue transition dormitory. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff_zone z JOIN zone_grid g ON g.id = z.grid_id"
                                      " WHERE g.area_id <> z.area_id"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff s JOIN staff_zone z ON z.staff_id = s.id"
                                      " JOIN zone_area a ON a.id = z.area_id WHERE s.status = 'observation'"
                                      " AND (a.level <> 'blue' OR a.function <> 'dormitory')"), ==, 0);
  /* Workshop staff work in their workshop, each team in its own grid. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff s JOIN staff_zone z ON z.staff_id = s.id"
                                      " JOIN zone_area a ON a.id = z.area_id WHERE s.department LIKE '%车间'"
                                      " AND s.status = 'on_site' AND a.name <> s.department"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(DISTINCT s.team || '/' || z.grid_id) - count(DISTINCT z.grid_id)"
                                      " FROM staff s JOIN staff_zone z ON z.staff_id = s.id"
                                      " WHERE s.department LIKE '%车间'"), ==, 0);
  g_assert_cmpint (fy_zone_map_get_headcount (plant, area_named (plant, "冲压车间")->id), >=, 35);

  /* Every grid and most areas have a leader who is still here, and a grid
   * leader of a workshop team leads that team. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_grid WHERE leader_staff_id IS NULL"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_grid g JOIN staff s ON s.id = g.leader_staff_id"
                                      " WHERE s.status = 'left'"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_area a JOIN staff s ON s.id = a.leader_staff_id"
                                      " WHERE s.status = 'left'"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_grid g JOIN zone_area a ON a.id = g.area_id"
                                      " JOIN staff s ON s.id = g.leader_staff_id WHERE a.function = 'workshop'"
                                      " AND (s.department <> a.name OR s.post NOT IN ('班长', '组长')"
                                      "      OR instr(g.name, substr(s.team, 1, 1)) = 0)"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_area WHERE leader_staff_id IS NULL"
                                      " AND function NOT IN ('road', 'outdoor')"), ==, 0);
}

static void
test_zone_history (void)
{
  FY_TEST_LAST_REF FyStore *store = open_demo (SEED);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyZoneSummary) today = fy_zone_summary_new (store, NULL, &error);
  g_autofree char *officer = fy_store_get_setting (store, "officer");
  const FyZoneSummaryChange *c;

  /* Each area starts with a "create" row and its last row gives its level now. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_area a WHERE (SELECT kind FROM zone_history h"
                                      " WHERE h.area_id = a.id ORDER BY at, id LIMIT 1) <> 'create'"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_area a WHERE (SELECT new_level FROM zone_history h"
                                      " WHERE h.area_id = a.id ORDER BY at DESC, id DESC LIMIT 1) <> a.level"), ==, 0);
  /* Every change continues from the level before it. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_history h WHERE kind = 'change' AND old_level <>"
                                      " (SELECT p.new_level FROM zone_history p WHERE p.area_id = h.area_id AND p.at < h.at"
                                      "  ORDER BY p.at DESC LIMIT 1)"), ==, 0);
  /* The paint shop went green → yellow → blue over the last days, with reasons. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_history h JOIN zone_area a ON a.id = h.area_id"
                                      " WHERE a.name = '涂装车间' AND kind = 'change' AND reason <> ''"
                                      " AND ((old_level = 'green' AND new_level = 'yellow')"
                                      "      OR (old_level = 'yellow' AND new_level = 'blue'))"), ==, 2);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_history WHERE at > unixepoch('" TODAY "', 'utc')"
                                      " + 86400 * 2 OR at < unixepoch('" TODAY "', 'utc') - 86400 * 8"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_history WHERE actor = ''"), ==, 0);

  /* Today's summary shows this morning's change of the loading yard. */
  g_assert_no_error (error);
  g_assert_cmpuint (today->changes->len, ==, 1);
  c = g_ptr_array_index (today->changes, 0);
  g_assert_cmpstr (c->area_name, ==, "装卸区");
  g_assert_cmpint (c->old_level, ==, FY_ZONE_LEVEL_GREEN);
  g_assert_cmpint (c->new_level, ==, FY_ZONE_LEVEL_BLUE);
  g_assert_cmpstr (c->actor, ==, officer);
  g_assert_cmpint (today->levels[FY_ZONE_LEVEL_RED].n_areas, ==, 1);
  g_assert_cmpint (today->n_people, ==, fy_test_query_int (store, "SELECT count(*) FROM staff_zone"));
}

/* A failure while writing the maps leaves no staff either. */
static void
test_zone_failure_writes_nothing (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;

  g_assert_true (fy_store_exec (store,
      "CREATE TEMP TRIGGER fail_zone BEFORE INSERT ON main.zone_point"
      " BEGIN SELECT RAISE(ABORT, 'simulated failure'); END", NULL));
  g_assert_false (fy_demo_populate (store, SEED, &error));
  g_assert_nonnull (error);
  g_assert_false (fy_store_in_transaction (store));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_map"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_history"), ==, 0);
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, TODAY);
  g_test_add_func ("/demo/roster-looks-real", test_roster_looks_real);
  g_test_add_func ("/demo/settings", test_settings);
  g_test_add_func ("/demo/deterministic", test_deterministic);
  g_test_add_func ("/demo/health-30-days", test_health);
  g_test_add_func ("/demo/second-call-refused", test_second_call_refused);
  g_test_add_func ("/demo/refused-on-own-roster", test_refused_on_own_roster);
  g_test_add_func ("/demo/failure-writes-nothing", test_failure_writes_nothing);
  g_test_add_func ("/demo/changed-signal", test_changed_signal);
  g_test_add_func ("/demo/cli-uses-default-seed", test_cli_uses_default_seed);
  g_test_add_func ("/demo/zones/maps-and-areas", test_zone_maps);
  g_test_add_func ("/demo/zones/points-and-warnings", test_zone_points_and_warnings);
  g_test_add_func ("/demo/zones/people-and-leaders", test_zone_people);
  g_test_add_func ("/demo/zones/history", test_zone_history);
  g_test_add_func ("/demo/zones/failure-writes-nothing", test_zone_failure_writes_nothing);
  return g_test_run ();
}

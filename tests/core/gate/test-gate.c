/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The gate in a store: declarations (late trucks, days already past, bad
 * input refused with nothing written), repeat visitors found by ID number
 * and phone, the gate check with the rules' proposal and overrides, the
 * truck's disinfection entry in the same transaction, check out, who is
 * inside, the search at the gate, the day's counts and the events register.
 * The clock is pinned (fy-clock-private.h). */
#include "config.h"

#include <string.h>

#include "fy-clock-private.h"
#include "fy-disinfection.h"
#include "fy-error.h"
#include "fy-gate.h"
#include "fy-store-private.h"
#include "fy-test-support.h"
#include "fy-validate.h"
#include "fy-zone-map.h"
#include "gate-test-util.h"

#define TODAY    "2026-11-22"
#define TOMORROW "2026-11-23"
#define NOW      "2026-11-22 10:00"

typedef struct
{
  FyStore   *store;
  FyZoneMap *map;
  gint64     dock, office, host;
  gint64     now;
  guint      gate_changes, disinfection_changes;
} Fixture;

static void
on_changed (FyStore *store, FyStoreChange change, gpointer user_data)
{
  Fixture *f = user_data;

  if (change & FY_STORE_CHANGE_GATE)
    f->gate_changes++;
  if (change & FY_STORE_CHANGE_DISINFECTION)
    f->disinfection_changes++;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fy_clock_set_for_testing (NOW));
  f->now = fy_now ();
  f->store = fy_test_open_store ();
  f->map = fy_zone_map_create (f->store, "厂区", 100, 60, &error);
  g_assert_no_error (error);
  f->dock = fy_test_add_rect (f->map, "装卸区", FY_ZONE_LEVEL_GREEN, 0, 0, 20, 40);
  f->office = fy_test_add_rect (f->map, "办公楼", FY_ZONE_LEVEL_GREEN, 30, 0, 50, 40);
  f->host = fy_test_add_staff (f->store, "E001", "王主管", "department", "采购部", NULL);
  fy_store_set_actor (f->store, "门卫甲");
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->map);
  g_assert_finalize_object (f->store);
  fy_clock_reset_for_testing ();
}

static FyGateVisit *
visitor (Fixture *f, gint64 planned_at)
{
  FyGateVisit *v = fy_gate_visit_new (FY_GATE_VISITOR);

  v->planned_at = planned_at;
  fy_test_set_text (&v->purpose, "商务洽谈");
  v->host_staff_id = f->host;
  g_array_append_val (v->area_ids, f->office);
  g_ptr_array_add (v->people, good_person (FY_GATE_ROLE_VISITOR, "李访客", "11010519800101001", "13800138000",
                                          f->now));
  return v;
}

static FyGateVisit *
truck (Fixture *f, gint64 planned_at)
{
  FyGateVisit *v = fy_gate_visit_new (FY_GATE_TRUCK);

  v->planned_at = planned_at;
  fy_test_set_text (&v->plate, "粤B12345");
  fy_test_set_text (&v->vehicle_type, "box");
  fy_test_set_text (&v->origin, "广州");
  fy_test_set_text (&v->cargo, "原材料");
  v->unload_area_id = f->dock;
  g_ptr_array_add (v->people, good_person (FY_GATE_ROLE_DRIVER, "张司机", "44010619750505003", "13900139000",
                                          f->now));
  g_ptr_array_add (v->people, good_person (FY_GATE_ROLE_RIDER, "赵随车", "44010619800606004", "", f->now));
  return v;
}

static gint64
count (Fixture *f, const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return fy_test_query_int (f->store, sql);
}

static void
declare (Fixture *f, FyGateVisit *v)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fy_gate_declare (f->store, v, f->now, &error));
  g_assert_no_error (error);
  g_assert_cmpint (v->id, >, 0);
}

/* ---- Store ----------------------------------------------------------------- */

static void
test_rules_settings (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  FyGateRules r;

  fy_gate_rules_load (f->store, &r);
  g_assert_cmpint (r.fever_line, ==, 373);
  g_assert_cmpint (r.test_max_hours, ==, 48);
  g_assert_cmpint (r.notice_hours, ==, 24);
  g_assert_cmpint (r.truck_dwell_min, ==, 60);
  g_assert_cmpint (r.visitor_dwell_min, ==, 480);
  r.test_max_hours = 72;
  r.truck_dwell_min = 90;
  g_assert_true (fy_gate_rules_save (f->store, &r, &error));
  g_assert_no_error (error);
  fy_gate_rules_load (f->store, &r);
  g_assert_cmpint (r.test_max_hours, ==, 72);
  g_assert_cmpint (r.truck_dwell_min, ==, 90);
  r.test_max_hours = 11;
  g_assert_false (fy_gate_rules_save (f->store, &r, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  fy_gate_rules_load (f->store, &r);
  g_assert_cmpint (r.test_max_hours, ==, 72);
}

/* Inside a caller's transaction (the demo) a declaration joins it: the
 * caller's rollback takes it back, and nothing is announced. */
static void
test_joins_transaction (Fixture *f, gconstpointer data)
{
  g_autoptr(FyGateVisit) v = visitor (f, fy_test_at (TODAY, 14, 0));
  g_autoptr(GError) error = NULL;
  gint64 visits = count (f, "gate_visit"), outsiders = count (f, "outsider");

  g_assert_true (fy_store_begin (f->store, &error));
  g_assert_true (fy_gate_declare (f->store, v, f->now, &error));
  g_assert_no_error (error);
  g_assert_true (fy_store_in_transaction (f->store));
  g_assert_cmpint (count (f, "gate_visit"), ==, visits + 1);
  fy_store_rollback (f->store);
  g_assert_cmpint (count (f, "gate_visit"), ==, visits);
  g_assert_cmpint (count (f, "outsider"), ==, outsiders);
  g_assert_cmpuint (f->gate_changes, ==, 0);
}

static void
test_declare_and_get (Fixture *f, gconstpointer data)
{
  g_autoptr(FyGateVisit) v = visitor (f, fy_test_at (TODAY, 14, 0));
  g_autoptr(FyGateVisit) back = NULL;
  g_autoptr(GError) error = NULL;
  FyGatePerson *p;

  declare (f, v);
  back = fy_gate_get (f->store, v->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (back->status, ==, FY_GATE_EXPECTED);
  g_assert_cmpint (back->declared_at, ==, f->now);
  g_assert_cmpstr (back->declared_by, ==, "门卫甲");
  g_assert_cmpstr (back->host_name, ==, "王主管");
  g_assert_cmpstr (back->host_department, ==, "采购部");
  g_assert_cmpuint (back->area_ids->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (back->area_names, 0), ==, "办公楼");
  g_assert_cmpuint (back->people->len, ==, 1);
  p = g_ptr_array_index (back->people, 0);
  g_assert_cmpint (p->outsider_id, >, 0);
  g_assert_cmpstr (p->name, ==, "李访客");
  g_assert_cmpint (p->code, ==, FY_CODE_GREEN);
  g_assert_cmpint (p->test_result, ==, FY_RESULT_NEGATIVE);
  g_assert_cmpint (p->vaccine_doses, ==, 3);
  g_assert_cmpuint (back->flags, ==, 0);
  g_assert_cmpuint (f->gate_changes, ==, 1);
  /* The audit keeps no full ID number or phone. */
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM audit WHERE new_value LIKE '%13800138000%'"
                                                " OR new_value LIKE '%110105198001010%'"), ==, 0);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM audit WHERE entity = 'outsider'"), ==, 1);

  /* Listed as expected today; cancelled, no longer. */
  {
    g_autoptr(GPtrArray) list = fy_gate_list_expected (f->store, TODAY, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (list->len, ==, 1);
  }
  g_assert_false (fy_gate_cancel (f->store, v->id, "  ", &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (fy_gate_cancel (f->store, v->id, "行程取消", &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) list = fy_gate_list_expected (f->store, TODAY, &error);
    g_autoptr(FyGateVisit) gone = fy_gate_get (f->store, v->id, &error);

    g_assert_cmpuint (list->len, ==, 0);
    g_assert_cmpint (gone->status, ==, FY_GATE_CANCELLED);
    g_assert_cmpstr (gone->cancelled_reason, ==, "行程取消");
  }
}

static void
test_late_truck (Fixture *f, gconstpointer data)
{
  g_autoptr(FyGateVisit) late = truck (f, f->now + 24 * 3600 - 1);
  g_autoptr(FyGateVisit) on_time = truck (f, f->now + 24 * 3600);
  g_autoptr(FyGateVisit) early = truck (f, f->now + 24 * 3600 + 1);

  fy_test_set_text (&on_time->plate, "粤BD12345");   /* new energy */
  declare (f, late);
  declare (f, on_time);
  declare (f, early);
  g_assert_cmpuint (late->flags, ==, FY_GATE_FLAG_LATE);
  g_assert_cmpuint (on_time->flags, ==, 0);
  g_assert_cmpuint (early->flags, ==, 0);
  /* Corrected an hour before arrival: still declared on time, when and by
   * whom it was first; moved a day earlier, it is late. */
  {
    g_autoptr(GError) error = NULL;
    gint64 declared = early->declared_at;

    fy_test_set_text (&early->cargo, "钢卷更正");
    fy_store_set_actor (f->store, "门卫乙");
    g_assert_true (fy_gate_declare (f->store, early, early->planned_at - 3600, &error));
    g_assert_no_error (error);
    g_assert_cmpint (early->declared_at, ==, declared);
    g_assert_cmpstr (early->declared_by, ==, "门卫甲");
    g_assert_cmpuint (early->flags, ==, 0);
    early->planned_at -= 24 * 3600;
    g_assert_true (fy_gate_declare (f->store, early, f->now, &error));
    g_assert_cmpuint (early->flags, ==, FY_GATE_FLAG_LATE);
    g_assert_cmpint (fy_test_query_int (f->store, "SELECT declared_at FROM gate_visit WHERE cargo = '钢卷更正'"),
                     ==, declared);
  }
  /* Visitors are never late. */
  {
    g_autoptr(FyGateVisit) v = visitor (f, f->now + 60);

    declare (f, v);
    g_assert_cmpuint (v->flags, ==, 0);
  }
  /* The same driver and rider on three declarations, and the visitor. */
  g_assert_cmpint (count (f, "outsider"), ==, 3);
}

static void
test_bad_input (Fixture *f, gconstpointer data)
{
  gint64 outsiders = count (f, "outsider");
  gint64 visits = count (f, "gate_visit");
  gint64 audit = count (f, "audit");
  struct { const char *what; } cases[] = { { "plate" }, { "plate-province" }, { "id" }, { "phone" }, { "future test" },
                                           { "past day" }, { "no number" }, { "no purpose" }, { "temperature" },
                                           { "vehicle type" } };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(FyGateVisit) t = truck (f, fy_test_at (TOMORROW, 10, 0));
      g_autoptr(GError) error = NULL;
      FyGatePerson *p = g_ptr_array_index (t->people, 0);
      const char *what = cases[i].what;

      if (g_str_equal (what, "plate"))
        fy_test_set_text (&t->plate, "粤B1234");
      else if (g_str_equal (what, "plate-province"))
        fy_test_set_text (&t->plate, "X B12345");
      else if (g_str_equal (what, "id"))
        p->id_number[17] = p->id_number[17] == '1' ? '2' : '1';   /* a wrong check character */
      else if (g_str_equal (what, "phone"))
        fy_test_set_text (&p->phone, "1234");
      else if (g_str_equal (what, "future test"))
        p->test_at = f->now + 60;
      else if (g_str_equal (what, "past day"))
        t->planned_at = fy_test_at (TODAY, 0, 0) - 1;
      else if (g_str_equal (what, "no number"))
        {
          fy_test_set_text (&p->id_number, "");
          fy_test_set_text (&p->phone, "");
        }
      else if (g_str_equal (what, "no purpose"))
        {
          fy_gate_visit_free (g_steal_pointer (&t));
          t = visitor (f, fy_test_at (TOMORROW, 10, 0));
          fy_test_set_text (&t->purpose, " ");
        }
      else if (g_str_equal (what, "temperature"))
        p->temp1 = 430;
      else if (g_str_equal (what, "vehicle type"))
        fy_test_set_text (&t->vehicle_type, "厢式货车");   /* a label, not a code */
      if (fy_gate_declare (f->store, t, f->now, &error))
        g_error ("%s was accepted", what);
      g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
      g_assert_cmpint (t->id, ==, 0);
    }
  g_assert_cmpint (count (f, "outsider"), ==, outsiders);
  g_assert_cmpint (count (f, "gate_visit"), ==, visits);
  g_assert_cmpint (count (f, "audit"), ==, audit);
  g_assert_cmpuint (f->gate_changes, ==, 0);
  /* A planned arrival today (even before now) is not a past day. */
  {
    g_autoptr(FyGateVisit) t = truck (f, fy_test_at (TODAY, 0, 0));

    declare (f, t);
    g_assert_cmpuint (t->flags, ==, FY_GATE_FLAG_LATE);
  }
}

static void
test_repeat_visitor (Fixture *f, gconstpointer data)
{
  g_autoptr(FyGateVisit) first = visitor (f, fy_test_at (TODAY, 14, 0));
  g_autoptr(FyGateVisit) last = NULL;
  g_autoptr(FyGatePerson) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = id_number ("11010519800101001");

  declare (f, first);
  g_assert_null (fy_gate_find_outsider (f->store, "13999999999", NULL, &error));
  g_assert_no_error (error);
  /* By ID number (lower-case x and spaces are fine). */
  found = fy_gate_find_outsider (f->store, id, &last, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpstr (found->name, ==, "李访客");
  g_assert_cmpstr (found->phone, ==, "13800138000");
  g_assert_cmpstr (found->company, ==, "运输公司");
  g_assert_cmpint (found->vaccine_doses, ==, 3);
  g_assert_nonnull (last);
  g_assert_cmpint (last->id, ==, first->id);
  g_assert_cmpstr (last->purpose, ==, "商务洽谈");
  g_assert_cmpint (last->host_staff_id, ==, f->host);
  g_clear_pointer (&found, fy_gate_person_free);
  g_clear_pointer (&last, fy_gate_visit_free);
  /* By phone, written with +86 and spaces. */
  found = fy_gate_find_outsider (f->store, "+86 138 0013 8000", &last, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpstr (found->id_number, ==, id);

  /* The second visit, declared with the phone only and a new company,
   * reuses and updates the same outsider. */
  {
    g_autoptr(FyGateVisit) second = visitor (f, fy_test_at (TOMORROW, 9, 0));
    FyGatePerson *p = g_ptr_array_index (second->people, 0);

    fy_test_set_text (&p->id_number, "");
    fy_test_set_text (&p->company, "新公司");
    declare (f, second);
    g_assert_cmpint (count (f, "outsider"), ==, 1);
    g_assert_cmpint (p->outsider_id, ==, found->outsider_id);
    g_clear_pointer (&found, fy_gate_person_free);
    found = fy_gate_find_outsider (f->store, id, NULL, &error);
    g_assert_cmpstr (found->company, ==, "新公司");
  }
}

static FyGateCheckIn
check_of (FyGateVisit *v, gboolean admit, gint64 at)
{
  return (FyGateCheckIn) { .visit = v, .admit = admit, .at = at };
}

static void
test_check_in_out (Fixture *f, gconstpointer data)
{
  g_autoptr(FyGateVisit) v = visitor (f, fy_test_at (TODAY, 9, 0));
  g_autoptr(GError) error = NULL;
  gint64 at = f->now - 30 * 60;
  FyGateCheckIn check;

  declare (f, v);
  /* Bad input at the gate: nothing written. */
  {
    gint64 audit = count (f, "audit"), people = count (f, "gate_person");
    FyGatePerson *p = g_ptr_array_index (v->people, 0);

    p->test_at = at + 60;
    check = check_of (v, TRUE, at);
    g_assert_false (fy_gate_check_in (f->store, &check, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_clear_error (&error);
    p->test_at = f->now - 20 * 3600;
    check = check_of (v, TRUE, f->now + 5 * 60 + 1);                 /* time in, in the future */
    g_assert_false (fy_gate_check_in (f->store, &check, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (fy_gate_check_out (f->store, v->id, at, "", "", f->now, &error));   /* not inside yet */
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (count (f, "audit"), ==, audit);
    g_assert_cmpint (count (f, "gate_person"), ==, people);
    g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_visit WHERE status = 'expected'"), ==, 1);
    g_assert_cmpuint (f->gate_changes, ==, 1);
  }
  /* Admitting someone whose temperature was not taken is refused. */
  {
    FyGatePerson *p = g_ptr_array_index (v->people, 0);
    int taken = p->temp1;

    p->temp1 = 0;
    check = check_of (v, TRUE, at);
    g_assert_false (fy_gate_check_in (f->store, &check, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, p->name));
    g_clear_error (&error);
    p->temp1 = taken;
    g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_visit WHERE status = 'expected'"), ==, 1);
  }
  /* Refusing a clean visit needs a reason. */
  check = check_of (v, FALSE, at);
  g_assert_false (fy_gate_check_in (f->store, &check, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  check = check_of (v, TRUE, at);
  g_assert_true (fy_gate_check_in (f->store, &check, &error));
  g_assert_no_error (error);
  g_assert_cmpint (v->status, ==, FY_GATE_INSIDE);
  {
    g_autoptr(FyGateVisit) back = fy_gate_get (f->store, v->id, &error);
    FyGatePerson *p = g_ptr_array_index (back->people, 0);

    g_assert_cmpint (back->status, ==, FY_GATE_INSIDE);
    g_assert_cmpint (back->arrived_at, ==, at);
    g_assert_cmpstr (back->checked_by, ==, "门卫甲");
    g_assert_cmpuint (back->reasons, ==, 0);
    g_assert_cmpuint (back->flags, ==, 0);
    g_assert_true (p->declared);
    g_assert_cmpint (p->temp1, ==, 365);
  }
  /* Checked in once only. */
  check = check_of (v, TRUE, at);
  g_assert_false (fy_gate_check_in (f->store, &check, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autoptr(GPtrArray) inside = fy_gate_list_inside (f->store, f->now, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (inside->len, ==, 1);
    g_assert_cmpuint (((FyGateVisit *) g_ptr_array_index (inside, 0))->flags & FY_GATE_FLAG_OVERSTAY, ==, 0);
    g_clear_pointer (&inside, g_ptr_array_unref);
    inside = fy_gate_list_inside (f->store, at + 481 * 60, &error);
    g_assert_cmpuint (((FyGateVisit *) g_ptr_array_index (inside, 0))->flags & FY_GATE_FLAG_OVERSTAY, !=, 0);
  }
  /* Out before in, or in the future: refused, nothing written. */
  {
    gint64 audit = count (f, "audit");

    g_assert_false (fy_gate_check_out (f->store, v->id, at - 1, "", "", f->now, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (fy_gate_check_out (f->store, v->id, f->now + 5 * 60 + 1, "", "", f->now, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (count (f, "audit"), ==, audit);
    g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_visit WHERE left_at IS NOT NULL"), ==, 0);
  }
  g_assert_true (fy_gate_check_out (f->store, v->id, f->now + 5 * 60, "王主管", "", f->now, &error));
  g_assert_no_error (error);
  {
    g_autoptr(FyGateVisit) back = fy_gate_get (f->store, v->id, &error);
    g_autoptr(GPtrArray) inside = fy_gate_list_inside (f->store, f->now, &error);

    g_assert_cmpint (back->status, ==, FY_GATE_LEFT);
    g_assert_cmpint (fy_gate_dwell_minutes (back, 0), ==, 35);
    g_assert_cmpstr (back->left_by, ==, "门卫甲");
    g_assert_cmpuint (inside->len, ==, 0);
  }
}

static void
test_override (Fixture *f, gconstpointer data)
{
  g_autoptr(FyGateVisit) v = visitor (f, fy_test_at (TODAY, 9, 0));
  g_autoptr(GError) error = NULL;
  FyGatePerson *p;
  FyGateCheckIn check;

  declare (f, v);
  p = g_ptr_array_index (v->people, 0);
  p->temp1 = 376;
  check = check_of (v, TRUE, f->now);
  g_assert_false (fy_gate_check_in (f->store, &check, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_visit WHERE status = 'expected'"), ==, 1);
  p->temp2 = 366;    /* the re-take is normal */
  p->temp1 = 376;
  p->code = FY_CODE_UNKNOWN;
  check.override_reason = "健康码截图已核验";
  g_assert_true (fy_gate_check_in (f->store, &check, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (v->reasons, ==, FY_GATE_REASON_CODE);
  g_assert_cmpuint (v->flags, ==, FY_GATE_FLAG_OVERRIDDEN);
  {
    g_autoptr(FyGateVisit) back = fy_gate_get (f->store, v->id, &error);

    g_assert_cmpstr (back->override_reason, ==, "健康码截图已核验");
    g_assert_cmpuint (back->flags, ==, FY_GATE_FLAG_OVERRIDDEN);
  }
}

static void
test_undeclared_and_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(FyGateVisit) v = truck (f, 0);
  g_autoptr(GError) error = NULL;
  FyGatePerson *p = g_ptr_array_index (v->people, 0);
  FyGateCheckIn check = check_of (v, FALSE, f->now);

  p->test_at = f->now - 49 * 3600;   /* an old test */
  g_assert_true (fy_gate_check_in (f->store, &check, &error));
  g_assert_no_error (error);
  g_assert_cmpint (v->status, ==, FY_GATE_REFUSED);
  g_assert_cmpuint (v->reasons, ==, FY_GATE_REASON_TEST_OLD);
  g_assert_cmpuint (v->flags, ==, FY_GATE_FLAG_UNDECLARED);
  g_assert_cmpint (v->planned_at, ==, f->now);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_visit WHERE declared_at IS NULL"), ==, 1);
  g_assert_cmpint (count (f, "disinfection_entry"), ==, 0);
  {
    FyGateDayCounts c;

    g_assert_true (fy_gate_day_counts (f->store, TODAY, f->now, &c, &error));
    g_assert_cmpint (c.refused, ==, 1);
    g_assert_cmpint (c.undeclared, ==, 1);
    g_assert_cmpint (c.trucks, ==, 0);
  }
}

static void
test_truck_disinfection (Fixture *f, gconstpointer data)
{
  g_autoptr(FyGateVisit) v = truck (f, fy_test_at (TODAY, 9, 0));
  g_autoptr(GError) error = NULL;
  FyGateCheckIn check = check_of (v, TRUE, f->now - 600);

  declare (f, v);
  check.disinfected = TRUE;
  check.disinfection_product = FY_DISINFECTANT_CHLORINE84;
  check.disinfection_concentration = 500;
  check.disinfection_contact_min = 30;
  v->stayed_in_cab = 1;
  g_assert_true (fy_gate_check_in (f->store, &check, &error));
  g_assert_no_error (error);
  g_assert_cmpint (v->disinfection_entry_id, >, 0);
  g_assert_cmpuint (f->disinfection_changes, ==, 1);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM disinfection_entry WHERE id = %" G_GINT64_FORMAT
                                            " AND area_id = %" G_GINT64_FORMAT " AND executor = '门卫甲'"
                                            " AND objects = 'vehicles,goods' AND area_name = '装卸区'",
                                            v->disinfection_entry_id, f->dock);
    g_autoptr(FyGateVisit) back = fy_gate_get (f->store, v->id, &error);

    g_assert_cmpint (fy_test_query_int (f->store, sql), ==, 1);
    g_assert_cmpint (back->disinfection_entry_id, ==, v->disinfection_entry_id);
    g_assert_cmpint (back->stayed_in_cab, ==, 1);
  }
  /* Out only with both hand-over signatures (交接双方签字). */
  g_assert_false (fy_gate_check_out (f->store, v->id, f->now, "", "刘司机", f->now, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fy_gate_check_out (f->store, v->id, f->now, "王库管", " ", f->now, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_visit WHERE status = 'inside'"), ==, 1);
  g_assert_true (fy_gate_check_out (f->store, v->id, f->now, "王库管", "刘司机", f->now, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_visit WHERE status = 'left'"
                                                " AND handover_ours = '王库管' AND handover_theirs = '刘司机'"), ==, 1);
}

static void
test_truck_disinfection_rollback (Fixture *f, gconstpointer data)
{
  g_autoptr(FyGateVisit) v = truck (f, fy_test_at (TODAY, 9, 0));
  g_autoptr(GError) error = NULL;
  FyGateCheckIn check = check_of (v, TRUE, f->now);

  v->unload_area_id = 0;
  declare (f, v);
  check.disinfected = TRUE;
  check.disinfection_product = FY_DISINFECTANT_CHLORINE84;
  check.disinfection_concentration = 500;
  check.disinfection_contact_min = 30;
  /* No area anywhere: a clear error, nothing written. */
  g_assert_false (fy_gate_check_in (f->store, &check, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  /* The entry is written, then the visit fails (its rider's temperature is
   * out of the table's range behind validation's back): both roll back. */
  check.disinfection_area_id = f->dock;
  g_assert_true (fy_store_exec (f->store, "CREATE TEMP TRIGGER fail_visit BEFORE UPDATE ON gate_visit"
                                          " BEGIN SELECT RAISE (ABORT, 'refused by the test'); END", NULL));
  g_assert_false (fy_gate_check_in (f->store, &check, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (count (f, "disinfection_entry"), ==, 0);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_visit WHERE status = 'expected'"), ==, 1);
  g_assert_cmpint (v->disinfection_entry_id, ==, 0);
}

/* Just after midnight: yesterday is past, today is not; a test sampled two
 * days ago at this minute is exactly 48 h old, one second more is too old. */
static void
test_midnight (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 midnight = fy_test_at (TOMORROW, 0, 0);

  g_assert_true (fy_clock_set_for_testing ("2026-11-23 00:00:30"));
  f->now = fy_now ();
  {
    g_autoptr(FyGateVisit) v = visitor (f, midnight - 1);

    g_assert_false (fy_gate_declare (f->store, v, f->now, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_clear_error (&error);
    v->planned_at = midnight;
    declare (f, v);
  }
  {
    g_autoptr(FyGateVisit) t = truck (f, midnight + 10 * 60);
    FyGatePerson *driver = g_ptr_array_index (t->people, 0);
    FyGatePerson *rider = g_ptr_array_index (t->people, 1);
    FyGateCheckIn check = check_of (t, TRUE, f->now);

    declare (f, t);
    g_assert_cmpuint (t->flags, ==, FY_GATE_FLAG_LATE);
    driver->test_at = f->now - 48 * 3600;          /* 2026-11-21 00:00:30 */
    rider->test_at = f->now - 48 * 3600 - 1;
    g_assert_false (fy_gate_check_in (f->store, &check, &error));   /* the rider's test is too old */
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_clear_error (&error);
    rider->test_at = f->now - 48 * 3600;
    g_assert_true (fy_gate_check_in (f->store, &check, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (t->reasons, ==, 0);
    g_assert_cmpuint (t->flags, ==, FY_GATE_FLAG_LATE);
  }
  /* The day's counts are of the new day. */
  {
    FyGateDayCounts c;

    g_assert_true (fy_gate_day_counts (f->store, TOMORROW, f->now, &c, &error));
    g_assert_cmpint (c.trucks, ==, 1);
    g_assert_cmpint (c.expected_left, ==, 1);
    g_assert_true (fy_gate_day_counts (f->store, TODAY, f->now, &c, &error));
    g_assert_cmpint (c.trucks, ==, 0);
    g_assert_cmpint (c.inside_now, ==, 0);
  }
}

static void
test_search (Fixture *f, gconstpointer data)
{
  g_autoptr(FyGateVisit) t = truck (f, fy_test_at (TODAY, 11, 0));
  g_autoptr(FyGateVisit) v = visitor (f, fy_test_at (TODAY, 14, 0));
  g_autoptr(FyGateVisit) old = visitor (f, fy_test_at (TOMORROW, 14, 0));
  g_autoptr(GError) error = NULL;
  struct { const char *query; gint64 first; guint n; } cases[] = {
    { "粤B12345", 0, 1 }, { "12345", 0, 1 }, { "b12345", 0, 1 }, { "345", 0, 1 },
    { "李访", 1, 1 }, { "访客", 1, 1 }, { "13800138000", 1, 1 }, { "+86 138 0013 8000", 1, 1 }, { "8000", 1, 1 },
    { "1", 0, 0 }, { "王五", 0, 0 },
  };
  g_autofree char *tail = NULL;

  declare (f, t);
  declare (f, v);
  declare (f, old);    /* tomorrow: not found today */
  {
    FyGatePerson *d = g_ptr_array_index (t->people, 0);

    tail = g_strdup (d->id_number + 14);
  }
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) found = fy_gate_search (f->store, TODAY, cases[i].query, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (found->len, ==, cases[i].n);
      if (cases[i].n > 0)
        g_assert_cmpint (((FyGateVisit *) g_ptr_array_index (found, 0))->id, ==, cases[i].first ? v->id : t->id);
    }
  {
    g_autoptr(GPtrArray) found = fy_gate_search (f->store, TODAY, tail, &error);

    g_assert_cmpuint (found->len, ==, 1);
    g_assert_cmpint (((FyGateVisit *) g_ptr_array_index (found, 0))->id, ==, t->id);
  }
}

static void
test_day_counts (Fixture *f, gconstpointer data)
{
  g_autoptr(FyGateVisit) t = truck (f, fy_test_at (TODAY, 9, 0));
  g_autoptr(FyGateVisit) v = visitor (f, fy_test_at (TODAY, 9, 0));
  g_autoptr(FyGateVisit) later = visitor (f, fy_test_at (TODAY, 15, 0));
  g_autoptr(GError) error = NULL;
  FyGateCheckIn check;
  FyGateDayCounts c;

  fy_test_set_text (&((FyGatePerson *) g_ptr_array_index (later->people, 0))->id_number, "");
  fy_test_set_text (&((FyGatePerson *) g_ptr_array_index (later->people, 0))->phone, "13600136000");
  declare (f, t);
  declare (f, v);
  declare (f, later);
  g_ptr_array_add (v->people, good_person (FY_GATE_ROLE_COMPANION, "同事", NULL, "13500135000", f->now));
  check = check_of (v, TRUE, fy_test_at (TODAY, 9, 5));
  check.override_reason = "随行同事";
  g_assert_true (fy_gate_check_in (f->store, &check, &error));
  g_assert_no_error (error);
  check = check_of (t, TRUE, fy_test_at (TODAY, 8, 0));
  g_assert_true (fy_gate_check_in (f->store, &check, &error));
  g_assert_no_error (error);
  {
    g_autoptr(FyGateVisit) back = fy_gate_get (f->store, v->id, &error);

    g_assert_cmpuint (back->reasons, ==, FY_GATE_REASON_UNDECLARED_PERSON);
    g_assert_true (((FyGatePerson *) g_ptr_array_index (back->people, 0))->declared);
    g_assert_false (((FyGatePerson *) g_ptr_array_index (back->people, 1))->declared);
  }
  g_assert_true (fy_gate_day_counts (f->store, TODAY, f->now, &c, &error));
  g_assert_no_error (error);
  g_assert_cmpint (c.visitor_visits, ==, 1);
  g_assert_cmpint (c.visitor_people, ==, 2);
  g_assert_cmpint (c.trucks, ==, 1);
  g_assert_cmpint (c.truck_people, ==, 2);
  g_assert_cmpint (c.refused, ==, 0);
  g_assert_cmpint (c.undeclared, ==, 0);
  g_assert_cmpint (c.late, ==, 1);
  g_assert_cmpint (c.inside_now, ==, 2);
  g_assert_cmpint (c.overstay, ==, 1);      /* the truck: 2 h > 60 min */
  g_assert_cmpint (c.expected_left, ==, 1);
}

static void
test_events (Fixture *f, gconstpointer data)
{
  g_autoptr(FyGateEvent) e = fy_gate_event_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;

  fy_test_set_text (&e->name, "供应商大会");
  fy_test_set_text (&e->held_on, "2026/11/28");
  e->headcount = 260;
  e->approved_on = g_strdup ("2026-11-20");
  g_assert_false (fy_gate_event_save (f->store, e, &error));     /* approval without authority */
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  fy_test_set_text (&e->authority, "街道办");
  g_assert_true (fy_gate_event_save (f->store, e, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (e->held_on, ==, "2026-11-28");
  list = fy_gate_event_list (f->store, TODAY, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((FyGateEvent *) g_ptr_array_index (list, 0))->authority, ==, "街道办");
  g_clear_pointer (&list, g_ptr_array_unref);
  list = fy_gate_event_list (f->store, "2026-11-29", &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_true (fy_gate_event_delete (f->store, e->id, &error));
  g_assert_no_error (error);
  g_assert_false (fy_gate_event_delete (f->store, e->id, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
}

int
main (int argc, char *argv[])
{
  fy_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/gate/store/rules-settings", test_rules_settings);
  ADD ("/gate/store/declare", test_declare_and_get);
  ADD ("/gate/store/joins-transaction", test_joins_transaction);
  ADD ("/gate/store/late-truck", test_late_truck);
  ADD ("/gate/store/bad-input", test_bad_input);
  ADD ("/gate/store/repeat-visitor", test_repeat_visitor);
  ADD ("/gate/store/check-in-out", test_check_in_out);
  ADD ("/gate/store/override", test_override);
  ADD ("/gate/store/undeclared-refused", test_undeclared_and_refused);
  ADD ("/gate/store/truck-disinfection", test_truck_disinfection);
  ADD ("/gate/store/truck-disinfection-rollback", test_truck_disinfection_rollback);
  ADD ("/gate/store/midnight", test_midnight);
  ADD ("/gate/store/search", test_search);
  ADD ("/gate/store/day-counts", test_day_counts);
  ADD ("/gate/store/events", test_events);
#undef ADD
  return g_test_run ();
}

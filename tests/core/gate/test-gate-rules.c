/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The gate's rules without a store: labels, validation of a declaration
 * (plates, numbers, people), the proposal of the gate check for each reason
 * alone and combined, the 48-hour test age and the 24-hour notice at their
 * exact edges and across midnight, dwell time and an event's approval. */
#include "config.h"

#include <string.h>

#include "fy-error.h"
#include "fy-gate.h"
#include "fy-test-support.h"
#include "gate-test-util.h"

#define TODAY    "2026-11-22"
#define TOMORROW "2026-11-23"

static void
test_labels (void)
{
  g_autofree char *none = fy_gate_reasons_text (0);
  g_autofree char *two = fy_gate_reasons_text (FY_GATE_REASON_FEVER | FY_GATE_REASON_PLATE);
  g_autofree char *flags = fy_gate_flags_text (FY_GATE_FLAG_LATE);

  g_assert_cmpstr (none, ==, "");
  g_assert_nonnull (strstr (two, fy_test_tr (fy_gate_reason_labels[0].label)));
  g_assert_nonnull (strstr (two, fy_test_tr (fy_gate_reason_labels[7].label)));
  g_assert_cmpstr (flags, ==, fy_test_tr ("Late declaration"));
  g_assert_cmpstr (fy_gate_kind_labels[FY_GATE_TRUCK].code, ==, "truck");
  g_assert_cmpstr (fy_gate_status_labels[FY_GATE_CANCELLED].code, ==, "cancelled");
  g_assert_cmpstr (fy_gate_vehicle_label ("refrigerated"), ==, fy_test_tr ("Refrigerated truck"));
  g_assert_cmpstr (fy_gate_vehicle_label (""), ==, "");
  g_assert_cmpstr (fy_gate_vehicle_label ("冷藏车"), ==, "");
  g_assert_cmpstr (fy_gate_vehicle_label (NULL), ==, "");
}

static const FyGateRules rules = { 373, 48, 24, 60, 480 };

static void
test_test_age_edges (void)
{
  gint64 now = fy_test_at (TODAY, 0, 30);   /* just after midnight */
  g_autoptr(FyGateVisit) v = fy_gate_visit_new (FY_GATE_VISITOR);
  FyGatePerson *p = good_person (FY_GATE_ROLE_VISITOR, "甲", "11010519800101001", NULL, now);

  g_ptr_array_add (v->people, p);
  p->test_at = now - 48 * 3600;                                /* exactly 48 h: fine */
  g_assert_cmpuint (fy_gate_evaluate (&rules, NULL, v, now), ==, 0);
  p->test_at = now - 48 * 3600 + 1;                            /* 1 s under */
  g_assert_cmpuint (fy_gate_evaluate (&rules, NULL, v, now), ==, 0);
  p->test_at = now - 48 * 3600 - 1;                            /* 1 s over */
  g_assert_cmpuint (fy_gate_evaluate (&rules, NULL, v, now), ==, FY_GATE_REASON_TEST_OLD);
  /* The setting moves the edge. */
  {
    FyGateRules r = rules;

    r.test_max_hours = 72;
    g_assert_cmpuint (fy_gate_evaluate (&r, NULL, v, now), ==, 0);
  }
  p->test_at = 0;
  g_assert_cmpuint (fy_gate_evaluate (&rules, NULL, v, now), ==, FY_GATE_REASON_NO_TEST);
}

static void
test_notice_edges (void)
{
  /* A truck planned just after midnight, declared the day before. */
  gint64 planned = fy_test_at (TOMORROW, 0, 10);

  g_assert_false (fy_gate_is_late_declaration (&rules, planned - 24 * 3600, planned));      /* exactly 24 h */
  g_assert_false (fy_gate_is_late_declaration (&rules, planned - 24 * 3600 - 1, planned));  /* 1 s more */
  g_assert_true (fy_gate_is_late_declaration (&rules, planned - 24 * 3600 + 1, planned));   /* 1 s less */
  {
    FyGateRules r = rules;

    r.notice_hours = 0;
    g_assert_false (fy_gate_is_late_declaration (&r, planned, planned));
  }
}

static void
test_reasons (void)
{
  gint64 now = fy_test_at (TODAY, 9, 0);
  g_autoptr(FyGateVisit) declared = fy_gate_visit_new (FY_GATE_TRUCK);
  g_autoptr(FyGateVisit) gate = NULL;
  FyGatePerson *p;

  fy_test_set_text (&declared->plate, "粤B12345");
  g_ptr_array_add (declared->people, good_person (FY_GATE_ROLE_DRIVER, "张", "44010619750505003", "13900139000", now));
  gate = fy_gate_visit_copy (declared);
  p = g_ptr_array_index (gate->people, 0);
  g_assert_cmpuint (fy_gate_evaluate (&rules, declared, gate, now), ==, 0);

  /* Each alone. */
  p->temp1 = 373;
  g_assert_cmpuint (fy_gate_evaluate (&rules, declared, gate, now), ==, FY_GATE_REASON_FEVER);
  p->temp2 = 366;    /* the re-take counts */
  g_assert_cmpuint (fy_gate_evaluate (&rules, declared, gate, now), ==, 0);
  p->temp1 = 365;
  p->temp2 = 376;
  g_assert_cmpuint (fy_gate_evaluate (&rules, declared, gate, now), ==, FY_GATE_REASON_FEVER);
  p->temp2 = 372;
  g_assert_cmpuint (fy_gate_evaluate (&rules, declared, gate, now), ==, 0);
  p->code = FY_CODE_YELLOW;
  g_assert_cmpuint (fy_gate_evaluate (&rules, declared, gate, now), ==, FY_GATE_REASON_CODE);
  p->code = FY_CODE_UNKNOWN;
  g_assert_cmpuint (fy_gate_evaluate (&rules, declared, gate, now), ==, FY_GATE_REASON_CODE);
  p->code = FY_CODE_GREEN;
  p->test_result = FY_RESULT_POSITIVE;
  g_assert_cmpuint (fy_gate_evaluate (&rules, declared, gate, now), ==, FY_GATE_REASON_TEST_POSITIVE);
  p->test_result = FY_RESULT_PENDING;
  g_assert_cmpuint (fy_gate_evaluate (&rules, declared, gate, now), ==, FY_GATE_REASON_TEST_POSITIVE);
  p->test_result = FY_RESULT_NEGATIVE;
  p->travel_risk = FY_RISK_MEDIUM;
  g_assert_cmpuint (fy_gate_evaluate (&rules, declared, gate, now), ==, FY_GATE_REASON_TRAVEL);
  p->travel_risk = FY_RISK_LOW;
  fy_test_set_text (&gate->plate, "粤B12346");
  g_assert_cmpuint (fy_gate_evaluate (&rules, declared, gate, now), ==, FY_GATE_REASON_PLATE);
  fy_test_set_text (&gate->plate, "粤B12345");
  /* A rider not declared, matched by ID number, else phone. */
  g_ptr_array_add (gate->people, good_person (FY_GATE_ROLE_RIDER, "钱", "44010619800606004", NULL, now));
  g_assert_cmpuint (fy_gate_evaluate (&rules, declared, gate, now), ==, FY_GATE_REASON_UNDECLARED_PERSON);
  g_ptr_array_add (declared->people, good_person (FY_GATE_ROLE_RIDER, "钱", "44010619800606004", NULL, now));
  g_assert_cmpuint (fy_gate_evaluate (&rules, declared, gate, now), ==, 0);
  {
    FyGatePerson *by_phone = good_person (FY_GATE_ROLE_RIDER, "孙", NULL, "13700137000", now);

    g_ptr_array_add (declared->people, fy_gate_person_copy (by_phone));
    g_ptr_array_add (gate->people, by_phone);
    g_assert_cmpuint (fy_gate_evaluate (&rules, declared, gate, now), ==, 0);
  }
  /* Combined. */
  p->temp1 = 380;
  p->temp2 = 0;
  p->code = FY_CODE_RED;
  p->test_at = 0;
  g_assert_cmpuint (fy_gate_evaluate (&rules, declared, gate, now), ==,
                    FY_GATE_REASON_FEVER | FY_GATE_REASON_CODE | FY_GATE_REASON_NO_TEST);
  /* No declaration: only the per-person rules. */
  fy_test_set_text (&gate->plate, "京A00001");
  g_assert_cmpuint (fy_gate_evaluate (&rules, NULL, gate, now), ==,
                    FY_GATE_REASON_FEVER | FY_GATE_REASON_CODE | FY_GATE_REASON_NO_TEST);
}

static void
test_dwell (void)
{
  g_autoptr(FyGateVisit) v = fy_gate_visit_new (FY_GATE_TRUCK);
  gint64 t = fy_test_at (TODAY, 23, 30);

  g_assert_cmpint (fy_gate_dwell_minutes (v, t), ==, -1);
  v->arrived_at = t;
  g_assert_cmpint (fy_gate_dwell_minutes (v, t + 59), ==, 0);
  g_assert_cmpint (fy_gate_dwell_minutes (v, t + 61 * 60), ==, 61);     /* across midnight */
  v->left_at = t + 45 * 60;
  g_assert_cmpint (fy_gate_dwell_minutes (v, t + 5 * 3600), ==, 45);
}

static void
test_event_approval (void)
{
  g_autoptr(FyGateEvent) e = fy_gate_event_new ();

  fy_test_set_text (&e->name, "年会");
  fy_test_set_text (&e->held_on, "2026-11-29");
  e->headcount = 300;
  g_assert_true (fy_gate_event_needs_approval (e, "2026-11-22"));    /* 7 days */
  g_assert_false (fy_gate_event_needs_approval (e, "2026-11-21"));   /* 8 days */
  g_assert_true (fy_gate_event_needs_approval (e, "2026-11-29"));    /* the day */
  g_assert_false (fy_gate_event_needs_approval (e, "2026-11-30"));   /* past */
  e->approved_on = g_strdup ("2026-11-20");
  g_assert_false (fy_gate_event_needs_approval (e, "2026-11-25"));
  g_clear_pointer (&e->approved_on, g_free);
  g_assert_true (fy_gate_event_needs_approval (e, "2026-11-25"));
}

static void
test_validate (void)
{
  gint64 now = fy_test_at (TODAY, 10, 0);
  g_autoptr(GError) error = NULL;
  const struct { const char *plate; const char *stored; } ok[] = {
    { "粤b·12345", "粤B12345" }, { "京AD12345", "京AD12345" }, { "苏E12345F", "苏E12345F" },
    { "粤B1234挂", "粤B1234挂" }, { "VA12345", "VA12345" }, { "WJ京12345", "WJ京12345" }, { "使123456", "使123456" },
  };
  const char *bad[] = { "", "粤B1234", "XB12345", "AB12345", "京I12345", "京A12D456", "粤B123456789" };

  for (guint i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_autoptr(FyGateVisit) t = fy_gate_visit_new (FY_GATE_TRUCK);

      t->planned_at = now;
      fy_test_set_text (&t->plate, ok[i].plate);
      g_ptr_array_add (t->people, good_person (FY_GATE_ROLE_RIDER, "司机", "44010619750505003", NULL, now));
      g_test_message ("plate %s", ok[i].plate);
      g_assert_true (fy_gate_visit_validate (t, now, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (t->plate, ==, ok[i].stored);
      /* The role follows the position. */
      g_assert_cmpint (((FyGatePerson *) g_ptr_array_index (t->people, 0))->role, ==, FY_GATE_ROLE_DRIVER);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(FyGateVisit) t = fy_gate_visit_new (FY_GATE_TRUCK);

      t->planned_at = now;
      fy_test_set_text (&t->plate, bad[i]);
      g_ptr_array_add (t->people, good_person (FY_GATE_ROLE_DRIVER, "司机", "44010619750505003", NULL, now));
      g_test_message ("plate %s", bad[i]);
      g_assert_false (fy_gate_visit_validate (t, now, &error));
      g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
      g_clear_error (&error);
    }
  /* A visitor on foot; numbers normalised; people checked one by one. */
  {
    g_autoptr(FyGateVisit) v = fy_gate_visit_new (FY_GATE_VISITOR);
    g_autofree char *id = id_number ("11010519491231002");
    g_autofree char *lower = g_ascii_strdown (id, -1);
    FyGatePerson *p = good_person (FY_GATE_ROLE_RIDER, " 李　四 ", NULL, "+86 138-0013-8000", now);
    FyGatePerson *q;

    v->planned_at = now;
    fy_test_set_text (&v->purpose, "送样");
    fy_test_set_text (&v->host_name, "王主管");
    fy_test_set_text (&p->id_number, lower);
    g_ptr_array_add (v->people, p);
    g_assert_true (fy_gate_visit_validate (v, now, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (v->plate, ==, "");
    g_assert_cmpstr (p->phone, ==, "13800138000");
    g_assert_cmpstr (p->id_number, ==, id);
    g_assert_cmpint (p->role, ==, FY_GATE_ROLE_VISITOR);
    q = fy_gate_person_copy (p);
    g_ptr_array_add (v->people, q);
    g_assert_false (fy_gate_visit_validate (v, now, &error));        /* twice the same person */
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_clear_error (&error);
    fy_test_set_text (&q->id_number, "");
    fy_test_set_text (&q->phone, "13900139000");
    q->temp1 = 0;
    q->temp2 = 366;                                                    /* a re-take without a first reading */
    g_assert_false (fy_gate_visit_validate (v, now, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_clear_error (&error);
    q->temp1 = 370;
    g_assert_true (fy_gate_visit_validate (v, now, &error));
    g_assert_cmpint (q->role, ==, FY_GATE_ROLE_COMPANION);
    q->test_at = now + 1;                                              /* sampled in the future */
    g_assert_false (fy_gate_visit_validate (v, now, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_clear_error (&error);
    q->test_at = now;
    fy_test_set_text (&v->host_name, "");
    g_assert_false (fy_gate_visit_validate (v, now, &error));        /* no host */
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  }
}

int
main (int argc, char *argv[])
{
  fy_test_init (&argc, &argv, NULL);
  g_test_add_func ("/gate/labels", test_labels);
  g_test_add_func ("/gate/validate", test_validate);
  g_test_add_func ("/gate/rules/test-age-edges", test_test_age_edges);
  g_test_add_func ("/gate/rules/notice-edges", test_notice_edges);
  g_test_add_func ("/gate/rules/reasons", test_reasons);
  g_test_add_func ("/gate/rules/dwell", test_dwell);
  g_test_add_func ("/gate/rules/event-approval", test_event_approval);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-code-label.c — the code <-> label tables of the stored enumerations
 * (fy-code-label.h): lookups, and every exported table is whole (one entry
 * per enum value, ended, codes unique, labels set), so the ledger columns
 * that point at them show what the domain shows. */
#include "config.h"

#include "fy-checklist.h"
#include "fy-absence.h"
#include "fy-code-label.h"
#include "fy-emergency.h"
#include "fy-disinfection.h"
#include "fy-gate.h"
#include "fy-health.h"
#include "fy-plans.h"
#include "fy-quarantine.h"
#include "fy-staff.h"
#include "fy-supplies.h"
#include "fy-test-support.h"
#include "fy-tests.h"
#include "fy-trips.h"
#include "fy-zone-map.h"

static const FyCodeLabel sample[] = {
  { "", "Not given" },
  { "a", "Alpha" },
  { "b", "" },
  FY_CODE_LABEL_END
};

static void
test_lookup (void)
{
  g_assert_cmpint (fy_code_lookup (sample, 3, "a", -1), ==, 1);
  g_assert_cmpint (fy_code_lookup (sample, 3, "", -1), ==, 0);
  g_assert_cmpint (fy_code_lookup (sample, 3, "z", -1), ==, -1);
  g_assert_cmpint (fy_code_lookup (sample, 1, "a", 7), ==, 7);   /* only the first n */
  g_assert_cmpint (fy_code_lookup (sample, 3, NULL, 5), ==, 5);

  g_assert_true (fy_code_label_find (sample, "b") == &sample[2]);
  g_assert_null (fy_code_label_find (sample, "z"));
  g_assert_null (fy_code_label_find (NULL, "a"));
  g_assert_cmpstr (fy_code_label_text (&sample[1]), ==, "Alpha");
  g_assert_cmpstr (fy_code_label_text (&sample[2]), ==, "");   /* not the catalogue header */
}

static void
assert_table (const char *name, const FyCodeLabel *table, guint n)
{
  g_test_message ("%s", name);
  for (guint i = 0; i < n; i++)
    {
      g_assert_nonnull (table[i].code);
      g_assert_nonnull (table[i].label);
      g_assert_cmpstr (table[i].label, !=, "");
      g_assert_true (fy_code_label_find (table, table[i].code) == &table[i]);
      g_assert_cmpint (fy_code_lookup (table, n, table[i].code, -1), ==, (int) i);
    }
  g_assert_null (table[n].code);
}

static void
test_domain_tables (void)
{
  assert_table ("staff status", fy_staff_status_labels, FY_STAFF_N_STATUSES);
  assert_table ("gender", fy_staff_gender_labels, FY_STAFF_N_GENDERS);
  assert_table ("health code", fy_code_colour_labels, FY_N_CODES);
  assert_table ("symptoms", fy_symptom_labels, FY_N_SYMPTOMS);
  assert_table ("test kind", fy_test_kind_labels, FY_N_TEST_KINDS);
  assert_table ("test result", fy_test_result_labels, FY_N_RESULTS);
  assert_table ("trip purpose", fy_trip_purpose_labels, FY_N_TRIP_PURPOSES);
  assert_table ("risk", fy_trip_risk_labels, FY_N_RISKS);
  assert_table ("transport", fy_transport_labels, FY_N_TRANSPORTS);
  assert_table ("test before return", fy_return_test_labels, FY_N_RETURN_TESTS);
  assert_table ("absence kind", fy_absence_kind_labels, FY_N_ABSENCE_KINDS);
  assert_table ("away reason", fy_away_reason_labels, FY_N_AWAY_REASONS);
  assert_table ("quarantine reason", fy_quarantine_reason_labels, FY_N_QUARANTINE_REASONS);
  assert_table ("zone level", fy_zone_level_labels, FY_ZONE_N_LEVELS);
  assert_table ("zone function", fy_zone_function_labels, FY_ZONE_N_FUNCTIONS);
  assert_table ("task force role", fy_taskforce_role_labels, FY_N_TASKFORCE_ROLES);
  assert_table ("plan kind", fy_plan_kind_labels, FY_N_PLAN_KINDS);
  assert_table ("action source", fy_action_source_labels, FY_N_ACTION_SOURCES);
  assert_table ("drill kind", fy_drill_kind_labels, FY_N_DRILL_KINDS);
  assert_table ("check method", fy_check_method_labels, FY_N_CHECK_METHODS);
  assert_table ("check answer", fy_check_answer_labels, FY_N_ANSWERS);
  assert_table ("emergency step", fy_emergency_step_labels, FY_N_EMERGENCY_STEPS);
  assert_table ("emergency trigger", fy_emergency_trigger_labels, FY_N_EMERGENCY_TRIGGERS);
  assert_table ("supply category", fy_supply_category_labels, FY_SUPPLY_N_CATEGORIES);
  assert_table ("supply rule", fy_supply_rule_labels, FY_SUPPLY_N_RULES);
  assert_table ("supply source", fy_supply_source_labels, FY_SUPPLY_N_SOURCES);
  assert_table ("supply recipient", fy_supply_recipient_labels, FY_SUPPLY_N_RECIPIENTS);
  assert_table ("supply document", fy_supply_doc_kind_labels, FY_SUPPLY_N_DOC_KINDS);
  assert_table ("disinfection frequency", fy_disinfection_frequency_labels, FY_DISINFECTION_N_FREQUENCIES);
  assert_table ("disinfectant", fy_disinfectant_labels, FY_DISINFECTANT_N);
  assert_table ("disinfection method", fy_disinfection_method_labels, FY_DISINFECTION_N_METHODS);
  assert_table ("disinfection object", fy_disinfection_object_labels, FY_DISINFECTION_N_OBJECTS);
  assert_table ("gate kind", fy_gate_kind_labels, FY_GATE_N_KINDS);
  assert_table ("gate status", fy_gate_status_labels, FY_GATE_N_STATUSES);
  assert_table ("gate reason", fy_gate_reason_labels, FY_GATE_N_REASONS);
  assert_table ("gate flag", fy_gate_flag_labels, FY_GATE_N_FLAGS);

  /* The domain's own lookups read the same tables. */
  g_assert_cmpint (fy_staff_status_from_code (fy_staff_status_labels[FY_STAFF_LEFT].code), ==, FY_STAFF_LEFT);
  g_assert_cmpstr (fy_staff_status_label (FY_STAFF_LEFT), ==, fy_code_label_text (&fy_staff_status_labels[FY_STAFF_LEFT]));
  g_assert_cmpint (fy_zone_function_from_code ("toilet"), ==, FY_ZONE_FUNCTION_TOILET);
  g_assert_cmpint (fy_zone_function_group (FY_ZONE_FUNCTION_TOILET), ==, FY_ZONE_GROUP_PUBLIC);
  g_assert_cmpint (fy_zone_function_group (FY_ZONE_FUNCTION_ENTRANCE), ==, FY_ZONE_GROUP_HANDOVER);
  g_assert_cmpint (fy_zone_function_group (FY_ZONE_FUNCTION_CANTEEN), ==, FY_ZONE_GROUP_LIVING);
  g_assert_cmpint (fy_zone_level_from_code ("purple"), ==, -1);
  g_assert_cmpint (fy_symptoms_from_codes ("cough,other"), ==, FY_SYMPTOM_COUGH | FY_SYMPTOM_OTHER);
  {
    g_autofree char *codes = fy_symptoms_to_codes (FY_SYMPTOM_FEVERISH | FY_SYMPTOM_TASTE_SMELL);
    g_assert_cmpstr (codes, ==, "feverish,taste_smell");
  }
  g_assert_cmpstr (fy_symptom_label (FY_SYMPTOM_DIARRHOEA), ==, fy_code_label_text (&fy_symptom_labels[5]));
  g_assert_cmpint (fy_trip_purpose_from_code ("private"), ==, FY_TRIP_PRIVATE);
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, "2026-03-15");

  g_test_add_func ("/code-label/lookup", test_lookup);
  g_test_add_func ("/code-label/domain-tables", test_domain_tables);
  return g_test_run ();
}

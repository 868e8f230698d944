/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The dilution helper: concentrate and water for each product at the
 * preset targets (84 disinfectant, chlorine tablets, chlorine powder,
 * alcohol used neat, ultraviolet), and the concentrations a product cannot
 * give refused with a message. */
#include "config.h"

#include "fy-dilution.h"
#include "fy-error.h"
#include "fy-test-support.h"

static FyDilution
compute (FyDisinfectant product, double strength, int target, int volume_ml)
{
  FyDilutionInput in = { product, strength, target, volume_ml };
  g_autoptr(GError) error = NULL;
  FyDilution d;

  g_assert_true (fy_dilution_compute (&in, &d, &error));
  g_assert_no_error (error);
  return d;
}

static void
test_84 (void)
{
  /* The example: 84 at 1:100 → 500 mg/L: 100 mL + 9.9 L. */
  FyDilution d = compute (FY_DISINFECTANT_CHLORINE84, 5, 500, 10000);
  g_autofree char *text = NULL;

  g_assert_cmpfloat (d.concentrate, ==, 100);
  g_assert_cmpint (d.water_ml, ==, 9900);
  g_assert_cmpint (d.concentration, ==, 500);
  g_assert_cmpint (d.contact_min, ==, 30);
  text = fy_dilution_describe (FY_DISINFECTANT_CHLORINE84, &d);
  g_assert_cmpstr (text, ==, "100 mL 84 disinfectant + 9.9 L water; 30 min");

  d = compute (FY_DISINFECTANT_CHLORINE84, 5, 250, 10000);
  g_assert_cmpfloat (d.concentrate, ==, 50);
  g_assert_cmpint (d.water_ml, ==, 9950);
  d = compute (FY_DISINFECTANT_CHLORINE84, 5, 1000, 2000);
  g_assert_cmpfloat (d.concentrate, ==, 40);
  g_assert_cmpint (d.water_ml, ==, 1960);
  /* Rounded to 0.1 mL: 500 mg/L in 1 L of a 6 % product is 8.33 mL. */
  d = compute (FY_DISINFECTANT_CHLORINE84, 6, 500, 1000);
  g_assert_cmpfloat_with_epsilon (d.concentrate, 8.3, 1e-9);
  g_assert_cmpint (d.water_ml, ==, 992);
}

static void
test_tablets (void)
{
  /* 常州卫健委: one 500 mg tablet per litre gives 500 mg/L. */
  FyDilution d = compute (FY_DISINFECTANT_TABLET, 500, 500, 1000);
  g_autofree char *text = NULL;

  g_assert_cmpfloat (d.concentrate, ==, 1);
  g_assert_cmpint (d.water_ml, ==, 1000);
  text = fy_dilution_describe (FY_DISINFECTANT_TABLET, &d);
  g_assert_cmpstr (text, ==, "1 tablets Chlorine tablets + 1 L water; 30 min");
  d = compute (FY_DISINFECTANT_TABLET, 500, 1000, 5000);
  g_assert_cmpfloat (d.concentrate, ==, 10);
  d = compute (FY_DISINFECTANT_TABLET, 500, 250, 10000);
  g_assert_cmpfloat (d.concentrate, ==, 5);
  /* A quarter tablet is the finest step: 250 mg/L in 3 L of 480 mg tablets = 1.5625 → 1.5. */
  d = compute (FY_DISINFECTANT_TABLET, 480, 250, 3000);
  g_assert_cmpfloat (d.concentrate, ==, 1.5);
}

static void
test_powder (void)
{
  /* 20 g of 12 % powder in 4.8 L ≈ 500 mg/L. */
  FyDilution d = compute (FY_DISINFECTANT_POWDER, 12, 500, 4800);

  g_assert_cmpfloat (d.concentrate, ==, 20);
  g_assert_cmpint (d.water_ml, ==, 4800);
  d = compute (FY_DISINFECTANT_POWDER, 12, 1000, 6000);
  g_assert_cmpfloat (d.concentrate, ==, 50);
  d = compute (FY_DISINFECTANT_POWDER, 12, 250, 1000);
  g_assert_cmpfloat_with_epsilon (d.concentrate, 2.1, 1e-9);
}

static void
test_alcohol_and_uv (void)
{
  FyDilution d = compute (FY_DISINFECTANT_ALCOHOL, 75, 0, 500);
  g_autofree char *text = NULL;
  g_autofree char *uv = NULL;

  g_assert_cmpfloat (d.concentrate, ==, 500);
  g_assert_cmpint (d.water_ml, ==, 0);
  g_assert_cmpint (d.concentration, ==, 75);
  g_assert_cmpint (d.contact_min, ==, 3);
  text = fy_dilution_describe (FY_DISINFECTANT_ALCOHOL, &d);
  g_assert_cmpstr (text, ==, "500 mL Alcohol (75%), neat; 3 min");

  d = compute (FY_DISINFECTANT_NONE, 0, 0, 0);
  g_assert_cmpfloat (d.concentrate, ==, 0);
  g_assert_cmpint (d.concentration, ==, 0);
  uv = fy_dilution_describe (FY_DISINFECTANT_NONE, &d);
  g_assert_cmpstr (uv, ==, "No chemical; 30 min");
}

static void
refused (FyDisinfectant product, double strength, int target, int volume_ml)
{
  FyDilutionInput in = { product, strength, target, volume_ml };
  g_autoptr(GError) error = NULL;
  FyDilution d;

  g_assert_false (fy_dilution_compute (&in, &d, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_cmpuint (strlen (error->message), >, 10);
}

static void
test_out_of_range (void)
{
  g_autoptr(GError) error = NULL;

  refused (FY_DISINFECTANT_CHLORINE84, 5, 60000, 1000);   /* stronger than the product itself */
  refused (FY_DISINFECTANT_CHLORINE84, 5, 0, 1000);
  refused (FY_DISINFECTANT_CHLORINE84, 0, 500, 1000);
  refused (FY_DISINFECTANT_CHLORINE84, 5, 500, 0);        /* no volume */
  refused (FY_DISINFECTANT_TABLET, 500, 20000, 1000);
  refused (FY_DISINFECTANT_POWDER, 120, 500, 1000);
  refused (FY_DISINFECTANT_ALCOHOL, 30, 0, 500);
  /* The neat strength is the only concentration of alcohol. */
  g_assert_true (fy_dilution_check (FY_DISINFECTANT_ALCOHOL, 75, 75, NULL));
  g_assert_false (fy_dilution_check (FY_DISINFECTANT_ALCOHOL, 75, 50, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_true (fy_dilution_check (FY_DISINFECTANT_CHLORINE84, 5, 50000, NULL));
  g_assert_false (fy_dilution_check (FY_DISINFECTANT_CHLORINE84, 5, 50001, NULL));
  g_assert_cmpint (fy_dilution_max_concentration (FY_DISINFECTANT_CHLORINE84, 5), ==, 50000);
}

int
main (int argc, char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  fy_test_init (&argc, &argv, "2026-11-22");
  g_test_add_func ("/dilution/84", test_84);
  g_test_add_func ("/dilution/tablets", test_tablets);
  g_test_add_func ("/dilution/powder", test_powder);
  g_test_add_func ("/dilution/alcohol-and-uv", test_alcohol_and_uv);
  g_test_add_func ("/dilution/out-of-range", test_out_of_range);
  return g_test_run ();
}

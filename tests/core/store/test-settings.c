/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Company settings: defaults, normalised round trip in one transaction,
 * per-field refusals that write nothing, phones, audit rows, bad stored values. */
#include "config.h"

#include "fy-error.h"
#include "fy-settings.h"
#include "fy-test-support.h"

static void
count_changed_cb (FyStore *store, FyStoreChange change, int *count)
{
  g_assert_cmpuint (change, ==, FY_STORE_CHANGE_SETTINGS);
  (*count)++;
}

static void
test_defaults (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyCompanySettings) s = fy_company_settings_load (store);

  g_assert_cmpstr (s->company_name, ==, "");
  g_assert_cmpstr (s->address, ==, "");
  g_assert_cmpstr (s->phone, ==, "");
  g_assert_cmpstr (s->officer, ==, "");
  g_assert_cmpstr (s->reviewer, ==, "");
  g_assert_cmpint (s->fever_line_tenths, ==, 373);
  g_assert_cmpint (s->default_cadence_hours, ==, 48);
  g_assert_cmpint (s->high_contact_cadence_hours, ==, 24);
  g_assert_cmpint (s->backup_keep, ==, 10);
  g_assert_cmpint (s->retention_days, ==, 0);
  /* The defaults are themselves valid: a fresh database saves as is. */
  g_assert_true (fy_company_settings_validate (s, NULL, NULL));
}

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyCompanySettings) s = fy_company_settings_load (store);
  g_autoptr(FyCompanySettings) again = NULL;
  FySettingsField field = FY_SETTINGS_FIELD_COMPANY_NAME;
  int changed = 0;
  g_autofree char *name = NULL, *phone = NULL, *fever = NULL, *keep = NULL, *cadence = NULL;

  g_signal_connect (store, "changed", G_CALLBACK (count_changed_cb), &changed);

  g_free (s->company_name);
  s->company_name = g_strdup ("\u3000星河精密制造有限公司  ");   /* ideographic space in front */
  g_free (s->address);
  s->address = g_strdup ("深圳市宝安区福永街道１号");              /* full-width digit */
  g_free (s->phone);
  s->phone = g_strdup ("０７５５－２７１２ ３４５６");
  g_free (s->officer);
  s->officer = g_strdup (" 李娜 ");
  g_free (s->reviewer);
  s->reviewer = g_strdup ("王强");
  s->fever_line_tenths = 372;
  s->default_cadence_hours = 72;
  s->high_contact_cadence_hours = 12;
  s->backup_keep = 30;
  s->retention_days = 180;

  g_assert_true (fy_company_settings_save (store, s, &field, &error));
  g_assert_no_error (error);
  g_assert_cmpint (field, ==, FY_SETTINGS_FIELD_NONE);
  g_assert_cmpint (changed, ==, 1);
  /* Normalised in place, so the caller shows what was stored. */
  g_assert_cmpstr (s->company_name, ==, "星河精密制造有限公司");
  g_assert_cmpstr (s->phone, ==, "0755-27123456");

  /* The store's own keys hold the values (other modules read those). */
  name = fy_store_get_setting (store, "company.name");
  phone = fy_store_get_setting (store, "company.phone");
  fever = fy_store_get_setting (store, "fever_line");
  keep = fy_store_get_setting (store, "backup.keep");
  cadence = fy_store_get_setting (store, "cadence.high_contact_hours");
  g_assert_cmpstr (name, ==, "星河精密制造有限公司");
  g_assert_cmpstr (phone, ==, "0755-27123456");
  g_assert_cmpstr (fever, ==, "372");
  g_assert_cmpstr (keep, ==, "30");
  g_assert_cmpstr (cadence, ==, "12");
  g_assert_cmpint (fy_store_get_setting_int (store, "cadence.default_hours"), ==, 72);
  g_assert_cmpint (fy_store_get_setting_int (store, "retention_days"), ==, 180);

  again = fy_company_settings_load (store);
  g_assert_cmpstr (again->address, ==, "深圳市宝安区福永街道1号");
  g_assert_cmpstr (again->officer, ==, "李娜");
  g_assert_cmpstr (again->reviewer, ==, "王强");
  g_assert_true (fy_company_settings_equal (s, again));

  /* Ten keys changed: ten audit rows, the fever line with old and new. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE entity = 'setting'"), ==, 10);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE entity = 'setting' AND field = 'fever_line'"
                                     " AND old_value = '373' AND new_value = '372'"), ==, 1);

  /* Saving the same values again writes no new audit rows. */
  g_assert_true (fy_company_settings_save (store, again, NULL, &error));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE entity = 'setting'"), ==, 10);
  g_assert_cmpint (changed, ==, 2);
}

typedef void (*Breaker) (FyCompanySettings *s);

static void break_name (FyCompanySettings *s)
{
  GString *long_name = g_string_new (NULL);
  for (int i = 0; i < 101; i++)
    g_string_append (long_name, "厂");
  g_free (s->company_name);
  s->company_name = g_string_free (long_name, FALSE);
}
static void break_name_newline (FyCompanySettings *s) { g_free (s->company_name); s->company_name = g_strdup ("星河\n制造"); }
static void break_phone (FyCompanySettings *s) { g_free (s->phone); s->phone = g_strdup ("12345"); }
static void break_phone_letters (FyCompanySettings *s) { g_free (s->phone); s->phone = g_strdup ("0755-CALLME"); }
static void break_reviewer (FyCompanySettings *s) { g_free (s->reviewer); s->reviewer = g_strnfill (65, 'a'); }
static void break_fever_low (FyCompanySettings *s) { s->fever_line_tenths = 369; }
static void break_fever_high (FyCompanySettings *s) { s->fever_line_tenths = 386; }
static void break_cadence (FyCompanySettings *s) { s->default_cadence_hours = 36; }
static void break_hc_cadence (FyCompanySettings *s) { s->high_contact_cadence_hours = 0; }
static void break_keep_low (FyCompanySettings *s) { s->backup_keep = 0; }
static void break_keep_high (FyCompanySettings *s) { s->backup_keep = 101; }
static void break_retention (FyCompanySettings *s) { s->retention_days = -1; }

static void
test_refusals (void)
{
  static const struct { Breaker breaker; FySettingsField field; const char *needle; } cases[] = {
    { break_name, FY_SETTINGS_FIELD_COMPANY_NAME, "100" },
    { break_name_newline, FY_SETTINGS_FIELD_COMPANY_NAME, "line" },
    { break_phone, FY_SETTINGS_FIELD_PHONE, "phone" },
    { break_phone_letters, FY_SETTINGS_FIELD_PHONE, "phone" },
    { break_reviewer, FY_SETTINGS_FIELD_REVIEWER, "64" },
    { break_fever_low, FY_SETTINGS_FIELD_FEVER_LINE, "36.9" },
    { break_fever_high, FY_SETTINGS_FIELD_FEVER_LINE, "38.6" },
    { break_cadence, FY_SETTINGS_FIELD_DEFAULT_CADENCE, "36" },
    { break_hc_cadence, FY_SETTINGS_FIELD_HIGH_CONTACT_CADENCE, "high-contact" },
    { break_keep_low, FY_SETTINGS_FIELD_BACKUP_KEEP, "0" },
    { break_keep_high, FY_SETTINGS_FIELD_BACKUP_KEEP, "101" },
    { break_retention, FY_SETTINGS_FIELD_RETENTION_DAYS, "-1" },
  };
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  int changed = 0;

  g_signal_connect (store, "changed", G_CALLBACK (count_changed_cb), &changed);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FyCompanySettings) s = fy_company_settings_load (store);
      g_autofree char *name = NULL;
      FySettingsField field = FY_SETTINGS_FIELD_NONE;

      /* A valid change to another field rides along: it must not be saved either. */
      g_free (s->company_name);
      s->company_name = g_strdup ("Should not be saved");
      cases[i].breaker (s);
      g_assert_false (fy_company_settings_save (store, s, &field, &error));
      g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
      g_assert_cmpint (field, ==, cases[i].field);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].needle));
      name = fy_store_get_setting (store, "company.name");
      g_assert_cmpstr (name, ==, "");
    }
  g_assert_cmpint (fy_store_get_setting_int (store, "fever_line"), ==, 373);
  g_assert_cmpint (fy_store_get_setting_int (store, "backup.keep"), ==, 10);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM setting WHERE key <> 'store.open'"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit"), ==, 0);
  g_assert_cmpint (changed, ==, 0);
}

static void
test_edges_accepted (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyCompanySettings) s = fy_company_settings_load (store);
  GString *name = g_string_new (NULL);

  for (int i = 0; i < 100; i++)
    g_string_append (name, "厂");                 /* exactly 100 characters (300 bytes) */
  g_free (s->company_name);
  s->company_name = g_string_free (name, FALSE);
  s->fever_line_tenths = 370;
  s->backup_keep = 1;
  s->default_cadence_hours = 168;
  g_assert_true (fy_company_settings_save (store, s, NULL, &error));
  g_assert_no_error (error);
  s->fever_line_tenths = 385;
  s->backup_keep = 100;
  g_assert_true (fy_company_settings_save (store, s, NULL, &error));
  g_assert_cmpint (fy_store_get_setting_int (store, "fever_line"), ==, 385);
  g_assert_cmpint (fy_store_get_setting_int (store, "backup.keep"), ==, 100);
}

static void
test_phones (void)
{
  static const struct { const char *in; const char *out; } good[] = {
    { "", "" },
    { "   ", "" },
    { "138 1234 5678", "13812345678" },
    { "+86 138-1234-5678", "13812345678" },
    { "008613812345678", "13812345678" },
    { "１３８１２３４５６７８", "13812345678" },
    { "010-12345678", "010-12345678" },
    { "(010) 1234 5678", "010-12345678" },
    { "（０２１）６４３７８８９０", "021-64378890" },
    { "0755-2712345", "0755-2712345" },
    { "075527123456", "0755-27123456" },
    { "+86 755 2712 3456", "0755-27123456" },
    { "0755-27123456转808", "0755-27123456-808" },
    { "0755-27123456 ext. 12", "0755-27123456-12" },
    { "0755-27123456-808", "0755-27123456-808" },
    { "400-810-8888", "400-810-8888" },
    { "8008108888", "800-810-8888" },
  };
  static const char *bad[] = {
    "12345", "27123456", "0755-123", "0755-123456789", "0755-0123456", "1381234567", "138123456789",
    "12812345678", "0755-27123456转", "0755-27123456转abc", "13812345678转1", "400-810-888",
    "tel 0755 27123456", "=HYPERLINK(\"x\")", "0755+27123456",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *out = fy_settings_validate_phone (good[i].in, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (out, ==, good[i].out);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *out = fy_settings_validate_phone (bad[i], &error);
      if (out != NULL)
        g_error ("“%s” was accepted as “%s”", bad[i], out);
      g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    }
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *out = fy_settings_validate_phone ("27123456", &error);
    g_assert_null (out);
    g_assert_nonnull (strstr (error->message, "area code"));
  }
}

static void
test_bad_stored_values (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyCompanySettings) s = NULL;

  /* Written around the validation (an old version, the command line). */
  g_assert_true (fy_store_set_setting (store, "fever_line", "abc", &error));
  g_assert_true (fy_store_set_setting (store, "cadence.default_hours", "36", &error));
  g_assert_true (fy_store_set_setting (store, "backup.keep", "5000", &error));
  g_assert_true (fy_store_set_setting (store, "retention_days", "90", &error));
  s = fy_company_settings_load (store);
  g_assert_cmpint (s->fever_line_tenths, ==, 373);
  g_assert_cmpint (s->default_cadence_hours, ==, 48);
  g_assert_cmpint (s->backup_keep, ==, 10);
  g_assert_cmpint (s->retention_days, ==, 90);
  /* So changing another field still saves. */
  g_free (s->officer);
  s->officer = g_strdup ("李娜");
  g_assert_true (fy_company_settings_save (store, s, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fy_store_get_setting_int (store, "fever_line"), ==, 373);
}

static void
test_copy_equal (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyCompanySettings) a = fy_company_settings_load (store);
  g_autoptr(FyCompanySettings) b = fy_company_settings_copy (a);
  guint n = 0;
  const int *cadences = fy_settings_cadences (&n);

  g_assert_true (fy_company_settings_equal (a, b));
  g_assert_true (a->company_name != b->company_name);
  g_free (b->reviewer);
  b->reviewer = g_strdup ("x");
  g_assert_false (fy_company_settings_equal (a, b));

  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpint (cadences[0], ==, 12);
  g_assert_cmpint (cadences[n - 1], ==, 168);
  g_assert_true (fy_settings_cadence_allowed (48));
  g_assert_false (fy_settings_cadence_allowed (36));
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, "2026-11-22");
  g_test_add_func ("/settings/defaults", test_defaults);
  g_test_add_func ("/settings/round-trip", test_round_trip);
  g_test_add_func ("/settings/refusals", test_refusals);
  g_test_add_func ("/settings/edges-accepted", test_edges_accepted);
  g_test_add_func ("/settings/phones", test_phones);
  g_test_add_func ("/settings/bad-stored-values", test_bad_stored_values);
  g_test_add_func ("/settings/copy-equal", test_copy_equal);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-tests-cadence.c — how often each person is tested: the company-wide
 * cadences (settings), rules per post or department, and the rule that
 * applies to a person (post over department over high-contact over
 * default). */
#include "config.h"
#include <string.h>
#include <glib/gi18n-lib.h>
#include "fy-health-private.h"
#include "fy-settings.h"
#include "fy-tests.h"
#include "fy-validate.h"

/* ------------------------------------------------------------------ */
/* Cadence                                                             */

static const char *
scope_code (FyCadenceScope scope)
{
  return scope == FY_CADENCE_POST ? "post" : "department";
}

static int
setting_hours (FyStore *store, const char *key, int fallback)
{
  int hours = fy_store_get_setting_int (store, key);
  /* Same rule as the settings record: a stored value outside the choices
   * gives the documented default. */
  return fy_settings_cadence_allowed (hours) ? hours : fallback;
}

int
fy_tests_get_cadence (FyStore *store, FyCadenceScope scope, const char *value)
{
  sqlite3_stmt *stmt;
  int hours = 0;

  if (scope == FY_CADENCE_DEFAULT)
    return setting_hours (store, "cadence.default_hours", 48);
  if (scope == FY_CADENCE_HIGH_CONTACT)
    return setting_hours (store, "cadence.high_contact_hours", 24);
  stmt = fy_store_prepare_cached (store, "SELECT hours FROM cadence_rule WHERE scope = ?1 AND value = ?2", NULL);
  if (stmt == NULL)
    return 0;
  fy_bind_text (stmt, 1, scope_code (scope));
  fy_bind_text (stmt, 2, value);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    hours = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return hours;
}

gboolean
fy_tests_set_cadence (FyStore *store, FyCadenceScope scope, const char *value_in, int hours, GError **error)
{
  g_autofree char *value = NULL;
  g_autofree char *old = NULL;
  g_autofree char *new = NULL;
  gboolean global = scope == FY_CADENCE_DEFAULT || scope == FY_CADENCE_HIGH_CONTACT;
  sqlite3_stmt *stmt;

  if (scope > FY_CADENCE_POST)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Choose what the test cadence applies to."));
      return FALSE;
    }
  if (global && !fy_settings_cadence_allowed (hours))
    {
      guint n = 0;
      const int *choices = fy_settings_cadences (&n);
      g_autoptr(GString) list = g_string_new (NULL);
      for (guint i = 0; i < n; i++)
        g_string_append_printf (list, "%s%d", i ? ", " : "", choices[i]);
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("Choose one of these test cadences (hours): %s."), list->str);
      return FALSE;
    }
  if (hours < 0 || hours > FY_CADENCE_MAX_HOURS)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("A test cadence must be between 1 and %d hours."), FY_CADENCE_MAX_HOURS);
      return FALSE;
    }
  if (!global)
    {
      value = fy_health_check_text (value_in, 64, scope == FY_CADENCE_POST ? _("The post") : _("The department"), error);
      if (value == NULL)
        return FALSE;
      if (*value == '\0')
        {
          g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                               scope == FY_CADENCE_POST ? _("Enter the post the cadence applies to.")
                                                        : _("Enter the department the cadence applies to."));
          return FALSE;
        }
    }
  old = g_strdup_printf ("%d", fy_tests_get_cadence (store, scope, value));
  new = g_strdup_printf ("%d", hours);

  if (!fy_store_begin (store, error))
    return FALSE;
  if (global)
    {
      if (!fy_store_set_setting (store, scope == FY_CADENCE_DEFAULT ? "cadence.default_hours"
                                                                     : "cadence.high_contact_hours", new, error))
        goto fail;
    }
  else
    {
      if (hours == 0)
        stmt = fy_store_prepare_cached (store, "DELETE FROM cadence_rule WHERE scope = ?1 AND value = ?2", error);
      else
        stmt = fy_store_prepare_cached (store,
            "INSERT INTO cadence_rule (scope, value, hours) VALUES (?1, ?2, ?3)"
            " ON CONFLICT (scope, value) DO UPDATE SET hours = excluded.hours", error);
      if (stmt == NULL)
        goto fail;
      fy_bind_text (stmt, 1, scope_code (scope));
      fy_bind_text (stmt, 2, value);
      sqlite3_bind_int (stmt, 3, hours);
      if (!fy_store_step_done (store, stmt, error))
        goto fail;
    }
  {
    g_autofree char *field = g_strdup_printf ("cadence:%s:%s",
                                              global ? (scope == FY_CADENCE_DEFAULT ? "default" : "high_contact")
                                                     : scope_code (scope),
                                              value ? value : "");
    if (!fy_store_audit (store,
                         &(FyAuditEntry) { .entity = "setting", .entity_id = 0, .action = "update",
                                            .field = field, .old_value = old, .new_value = new },
                         error))
      goto fail;
  }
  if (!fy_store_commit (store, error))
    return FALSE;
  fy_store_emit_changed (store, FY_STORE_CHANGE_TESTS);
  return TRUE;

fail:
  fy_store_rollback (store);
  return FALSE;
}

static gpointer
rule_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyCadenceRule *rule = g_new0 (FyCadenceRule, 1);

  rule->scope = g_str_equal (fy_column_text (stmt, 0), "post") ? FY_CADENCE_POST : FY_CADENCE_DEPARTMENT;
  rule->value = g_strdup (fy_column_text (stmt, 1));
  rule->hours = sqlite3_column_int (stmt, 2);
  return rule;
}

GPtrArray *
fy_tests_list_cadence_rules (FyStore *store, GError **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_cadence_rule_free);
  g_autoptr(GPtrArray) rules = NULL;
  sqlite3_stmt *stmt;

  for (FyCadenceScope scope = FY_CADENCE_DEFAULT; scope <= FY_CADENCE_HIGH_CONTACT; scope++)
    {
      FyCadenceRule *rule = g_new0 (FyCadenceRule, 1);
      rule->scope = scope;
      rule->value = g_strdup ("");
      rule->hours = fy_tests_get_cadence (store, scope, NULL);
      g_ptr_array_add (list, rule);
    }
  stmt = fy_store_prepare_cached (store,
      "SELECT scope, value, hours FROM cadence_rule ORDER BY scope = 'department', value", error);
  if (stmt == NULL)
    return NULL;
  rules = fy_store_collect (store, stmt, rule_from_row, NULL, (GDestroyNotify) fy_cadence_rule_free, error);
  if (rules == NULL)
    return NULL;
  /* The two defaults first, then the departments' and posts' rules. */
  g_ptr_array_extend_and_steal (list, g_steal_pointer (&rules));
  return g_steal_pointer (&list);
}

gboolean
fy_tests_cadence_for_staff (FyStore *store, gint64 staff_id, int *hours, FyCadenceScope *scope,
                            GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT (SELECT hours FROM cadence_rule WHERE scope = 'post' AND value = s.post),"
      " (SELECT hours FROM cadence_rule WHERE scope = 'department' AND value = s.department),"
      " s.high_contact FROM staff s WHERE s.id = ?1", error);
  FyCadenceScope found;
  int h;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  if (!fy_store_step_row (store, stmt, _("This person is not in the roster."), error))
    return FALSE;
  if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    found = FY_CADENCE_POST, h = sqlite3_column_int (stmt, 0);
  else if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
    found = FY_CADENCE_DEPARTMENT, h = sqlite3_column_int (stmt, 1);
  else if (sqlite3_column_int (stmt, 2))
    found = FY_CADENCE_HIGH_CONTACT, h = 0;
  else
    found = FY_CADENCE_DEFAULT, h = 0;
  sqlite3_reset (stmt);
  if (h == 0)
    h = fy_tests_get_cadence (store, found, NULL);
  if (hours)
    *hours = h;
  if (scope)
    *scope = found;
  return TRUE;
}


/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-vaccination.c — doses with dates, the roster's dose count, and the
 * reason for not being vaccinated. */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "fy-health-private.h"
#include "fy-validate.h"
#include "fy-vaccination.h"

void
fy_vaccination_free (FyVaccination *v)
{
  if (v == NULL)
    return;
  g_free (v->day);
  g_free (v->vaccine);
  g_free (v->note);
  g_free (v);
}

static gpointer
vaccination_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyVaccination *v = g_new0 (FyVaccination, 1);

  v->id = sqlite3_column_int64 (stmt, 0);
  v->staff_id = sqlite3_column_int64 (stmt, 1);
  v->dose = sqlite3_column_int (stmt, 2);
  v->day = g_strdup (fy_column_text (stmt, 3));
  v->vaccine = g_strdup (fy_column_text (stmt, 4));
  v->note = g_strdup (fy_column_text (stmt, 5));
  return v;
}

GPtrArray *
fy_vaccination_list_for_staff (FyStore *store, gint64 staff_id, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT id, staff_id, dose, day, vaccine, note FROM vaccination WHERE staff_id = ?1 ORDER BY dose", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  return fy_store_collect (store, stmt, vaccination_from_row, NULL, (GDestroyNotify) fy_vaccination_free, error);
}

/* Name, dose count and reason of a person. */
static gboolean
load_staff (FyStore *store, gint64 staff_id, char **name, int *doses, char **reason, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT name, vaccine_doses, unvaccinated_reason FROM staff WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  if (!fy_store_step_row (store, stmt, _("This person is not in the roster."), error))
    return FALSE;
  if (name)
    *name = g_strdup (fy_column_text (stmt, 0));
  if (doses)
    *doses = sqlite3_column_int (stmt, 1);
  if (reason)
    *reason = g_strdup (fy_column_text (stmt, 2));
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
fy_vaccination_record (FyStore *store, const FyVaccinationInput *input, gint64 now, gint64 *vaccination_id,
                       GError **error)
{
  gint64 staff_id = input->staff_id;
  int dose = input->dose;
  const char *day_in = input->day;
  const char *vaccine_in = input->vaccine;
  const char *note_in = input->note;
  g_autofree char *day = NULL;
  g_autofree char *vaccine = NULL;
  g_autofree char *note = NULL;
  g_autofree char *name = NULL;
  g_autofree char *reason = NULL;
  g_autoptr(GPtrArray) doses = NULL;
  sqlite3_stmt *stmt;
  int count = 0;
  gint64 id;

  if (dose < 1 || dose > FY_VACCINATION_MAX_DOSE)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The dose number must be between 1 and %d."), FY_VACCINATION_MAX_DOSE);
      return FALSE;
    }
  day = fy_health_check_day (day_in, FALSE, error);
  if (day == NULL)
    return FALSE;
  vaccine = fy_health_check_text (vaccine_in, 64, _("The vaccine name"), error);
  if (vaccine == NULL)
    return FALSE;
  note = fy_health_check_text (note_in, 200, _("The note"), error);
  if (note == NULL)
    return FALSE;
  if (!load_staff (store, staff_id, &name, &count, &reason, error))
    return FALSE;
  doses = fy_vaccination_list_for_staff (store, staff_id, error);
  if (doses == NULL)
    return FALSE;
  for (guint i = 0; i < doses->len; i++)
    {
      FyVaccination *v = g_ptr_array_index (doses, i);
      if (v->dose == dose)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_CONFLICT,
                       _("Dose %d of %s is already recorded (on %s)."), dose, name, v->day);
          return FALSE;
        }
      if ((v->dose < dose && strcmp (v->day, day) >= 0) || (v->dose > dose && strcmp (v->day, day) <= 0))
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                       _("Doses must be in date order: dose %d of %s was given on %s. Check the date."),
                       v->dose, name, v->day);
          return FALSE;
        }
    }

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "INSERT INTO vaccination (staff_id, dose, day, vaccine, note, entered_at, entered_by)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  sqlite3_bind_int (stmt, 2, dose);
  fy_bind_text (stmt, 3, day);
  fy_bind_text (stmt, 4, vaccine);
  fy_bind_text (stmt, 5, note);
  sqlite3_bind_int64 (stmt, 6, now);
  fy_bind_text (stmt, 7, fy_store_get_actor (store));
  if (!fy_store_step_done (store, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (fy_store_get_db (store));
  {
    g_autofree char *value = g_strdup_printf ("%d@%s", dose, day);
    if (!fy_store_audit (store,
                         &(FyAuditEntry) { .entity = "vaccination", .entity_id = id, .action = "insert",
                                            .field = "", .old_value = NULL, .new_value = value },
                         error))
      goto fail;
  }
  if (dose > count || *reason != '\0')
    {
      stmt = fy_store_prepare_cached (store,
          "UPDATE staff SET vaccine_doses = max(vaccine_doses, ?2), unvaccinated_reason = '',"
          " updated_at = fy_now () WHERE id = ?1", error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, staff_id);
      sqlite3_bind_int (stmt, 2, dose);
      if (!fy_store_step_done (store, stmt, error))
        goto fail;
      if (dose > count)
        {
          g_autofree char *o = g_strdup_printf ("%d", count);
          g_autofree char *n = g_strdup_printf ("%d", dose);
          if (!fy_store_audit (store,
                               &(FyAuditEntry) { .entity = "staff", .entity_id = staff_id, .action = "update",
                                                  .field = "vaccine_doses", .old_value = o, .new_value = n },
                               error))
            goto fail;
        }
      if (*reason != '\0'
          && !fy_store_audit (store,
                              &(FyAuditEntry) { .entity = "staff", .entity_id = staff_id, .action = "update",
                                                 .field = "unvaccinated_reason", .old_value = reason, .new_value = "" },
                              error))
        goto fail;
    }
  if (!fy_store_commit (store, error))
    return FALSE;
  if (vaccination_id)
    *vaccination_id = id;
  fy_store_emit_changed (store, FY_STORE_CHANGE_STAFF);
  return TRUE;

fail:
  fy_store_rollback (store);
  return FALSE;
}

gboolean
fy_vaccination_set_unvaccinated_reason (FyStore *store, gint64 staff_id, const char *reason_in, GError **error)
{
  g_autofree char *reason = fy_health_check_text (reason_in, 100, _("The reason"), error);
  g_autofree char *name = NULL;
  g_autofree char *old = NULL;
  sqlite3_stmt *stmt;
  int doses = 0;

  if (reason == NULL)
    return FALSE;
  if (!load_staff (store, staff_id, &name, &doses, &old, error))
    return FALSE;
  if (*reason != '\0' && doses > 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("%s has %d vaccine doses recorded: a reason for not being vaccinated applies only to "
                     "people without any dose."), name, doses);
      return FALSE;
    }
  if (g_str_equal (old, reason))
    return TRUE;

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "UPDATE staff SET unvaccinated_reason = ?2, updated_at = fy_now () WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  fy_bind_text (stmt, 2, reason);
  if (!fy_store_step_done (store, stmt, error)
      || !fy_store_audit (store,
                          &(FyAuditEntry) { .entity = "staff", .entity_id = staff_id, .action = "update",
                                             .field = "unvaccinated_reason", .old_value = old, .new_value = reason },
                          error))
    goto fail;
  if (!fy_store_commit (store, error))
    return FALSE;
  fy_store_emit_changed (store, FY_STORE_CHANGE_STAFF);
  return TRUE;

fail:
  fy_store_rollback (store);
  return FALSE;
}

char *
fy_vaccination_get_unvaccinated_reason (FyStore *store, gint64 staff_id, GError **error)
{
  char *reason = NULL;

  if (!load_staff (store, staff_id, NULL, NULL, &reason, error))
    return NULL;
  return reason;
}

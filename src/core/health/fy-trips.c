/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-trips.c — trips registered before leaving, returns, and the quarantine
 * a return from a risk area starts. */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "fy-health-private.h"
#include "fy-quarantine.h"
#include "fy-trips.h"
#include "fy-validate.h"

const FyCodeLabel fy_trip_purpose_labels[FY_N_TRIP_PURPOSES + 1] = {
  { "business", N_("Business trip") },
  { "private", N_("Private trip") },
  FY_CODE_LABEL_END
};

const FyCodeLabel fy_trip_risk_labels[FY_N_RISKS + 1] = {
  { "low", N_("Low risk") },
  { "medium", N_("Medium risk") },
  { "high", N_("High risk") },
  FY_CODE_LABEL_END
};

const FyCodeLabel fy_transport_labels[FY_N_TRANSPORTS + 1] = {
  /* Translators: travel: how they travel is not recorded. */
  { "", N_("Not recorded") },
  { "train", N_("Train") },
  { "flight", N_("Flight") },
  /* Translators: travel by car (自驾). */
  { "car", N_("Car") },
  { "coach", N_("Coach") },
  { "other", N_("Other") },
  FY_CODE_LABEL_END
};

const FyCodeLabel fy_return_test_labels[FY_N_RETURN_TESTS + 1] = {
  { "", N_("Not recorded") },
  { "negative", N_("Negative") },
  { "positive", N_("Positive") },
  /* Translators: no nucleic-acid test before coming back (返岗前未检测). */
  { "not_done", N_("Not tested") },
  FY_CODE_LABEL_END
};

static const FyCodeLabel relations[FY_N_COMPANION_RELATIONS] = {
  { "household", N_("Household member") },
  { "colleague", N_("Colleague") },
  { "other", N_("Other") },
};

const char *
fy_trip_purpose_to_code (FyTripPurpose purpose)
{
  g_return_val_if_fail (purpose < FY_N_TRIP_PURPOSES, "business");
  return fy_trip_purpose_labels[purpose].code;
}

FyTripPurpose
fy_trip_purpose_from_code (const char *code)
{
  return fy_code_lookup (fy_trip_purpose_labels, FY_N_TRIP_PURPOSES, code, FY_TRIP_BUSINESS);
}

const char *
fy_trip_purpose_label (FyTripPurpose purpose)
{
  g_return_val_if_fail (purpose < FY_N_TRIP_PURPOSES, "");
  return g_dgettext (GETTEXT_PACKAGE, fy_trip_purpose_labels[purpose].label);
}

const char *
fy_risk_level_to_code (FyRiskLevel risk)
{
  g_return_val_if_fail (risk < FY_N_RISKS, "low");
  return fy_trip_risk_labels[risk].code;
}

FyRiskLevel
fy_risk_level_from_code (const char *code)
{
  return fy_code_lookup (fy_trip_risk_labels, FY_N_RISKS, code, FY_RISK_LOW);
}

const char *
fy_risk_level_label (FyRiskLevel risk)
{
  g_return_val_if_fail (risk < FY_N_RISKS, "");
  return g_dgettext (GETTEXT_PACKAGE, fy_trip_risk_labels[risk].label);
}

const char *
fy_companion_relation_to_code (FyCompanionRelation relation)
{
  g_return_val_if_fail (relation < FY_N_COMPANION_RELATIONS, "other");
  return relations[relation].code;
}

FyCompanionRelation
fy_companion_relation_from_code (const char *code)
{
  return fy_code_lookup (relations, FY_N_COMPANION_RELATIONS, code, FY_COMPANION_OTHER);
}

const char *
fy_companion_relation_label (FyCompanionRelation relation)
{
  g_return_val_if_fail (relation < FY_N_COMPANION_RELATIONS, "");
  return g_dgettext (GETTEXT_PACKAGE, relations[relation].label);
}

void
fy_trip_companion_free (FyTripCompanion *c)
{
  if (c == NULL)
    return;
  g_free (c->name);
  g_free (c);
}

void
fy_trip_free (FyTrip *t)
{
  if (t == NULL)
    return;
  fy_health_person_clear (&t->person);
  g_free (t->destination);
  g_free (t->depart_on);
  g_free (t->planned_return_on);
  g_free (t->returned_on);
  g_free (t->note);
  g_clear_pointer (&t->companions, g_ptr_array_unref);
  g_free (t);
}

/* ------------------------------------------------------------------ */
/* Register                                                            */

static gboolean
staff_exists (FyStore *store, gint64 id)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store, "SELECT 1 FROM staff WHERE id = ?1", NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

gboolean
fy_trips_register (FyStore *store, gint64 staff_id, const FyTripSpec *spec, gint64 now,
                   gint64 *trip_id, GError **error)
{
  g_autofree char *destination = NULL;
  g_autofree char *depart = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *note = NULL;
  g_autofree char *transport_no = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_auto(FyPersonState) state = { 0 };
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (spec != NULL, FALSE);
  if (spec->purpose >= FY_N_TRIP_PURPOSES)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Choose whether the trip is for business or private."));
      return FALSE;
    }
  if (spec->risk >= FY_N_RISKS)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Choose the risk level of the destination."));
      return FALSE;
    }
  destination = fy_health_check_text (spec->destination, 100, _("The destination"), error);
  if (destination == NULL)
    return FALSE;
  if (*destination == '\0')
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Enter the destination (city and district)."));
      return FALSE;
    }
  /* Registered before leaving: future departure days are expected. */
  depart = fy_health_check_day (spec->depart_on, TRUE, error);
  if (depart == NULL)
    {
      g_prefix_error (error, _("Departure: "));
      return FALSE;
    }
  planned = fy_health_check_day (spec->planned_return_on, TRUE, error);
  if (planned == NULL)
    {
      g_prefix_error (error, _("Planned return: "));
      return FALSE;
    }
  if (strcmp (planned, depart) < 0)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("The planned return is before the departure: check both dates."));
      return FALSE;
    }
  note = fy_health_check_text (spec->note, 500, _("The note"), error);
  if (note == NULL)
    return FALSE;
  if (spec->transport >= FY_N_TRANSPORTS)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Choose how they travel."));
      return FALSE;
    }
  transport_no = fy_health_check_text (spec->transport_no, 32, _("The train, flight or plate number"), error);
  if (transport_no == NULL)
    return FALSE;
  if (spec->n_companions > FY_TRIP_MAX_COMPANIONS)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("At most %d people can travel along on one registration."), FY_TRIP_MAX_COMPANIONS);
      return FALSE;
    }
  for (guint i = 0; i < spec->n_companions; i++)
    {
      const FyTripCompanion *c = &spec->companions[i];
      char *name = fy_validate_name (c->name ? c->name : "", error);
      if (name == NULL)
        {
          g_prefix_error (error, _("Companion %u: "), i + 1);
          return FALSE;
        }
      g_ptr_array_add (names, name);
      if (c->relation >= FY_N_COMPANION_RELATIONS)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                       _("Companion %u: choose household member, colleague or other."), i + 1);
          return FALSE;
        }
      if (c->staff_id != 0 && !staff_exists (store, c->staff_id))
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("Companion %u is not in the roster."), i + 1);
          return FALSE;
        }
    }
  if (!fy_person_state_load (store, staff_id, depart, &state, error))
    return FALSE;
  if (state.left)
    return fy_person_state_error_left (&state, error);

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "INSERT INTO trip (staff_id, purpose, destination, risk, depart_on, planned_return_on, note,"
      " registered_at, registered_by, transport, transport_no) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
      error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  fy_bind_text (stmt, 2, fy_trip_purpose_to_code (spec->purpose));
  fy_bind_text (stmt, 3, destination);
  fy_bind_text (stmt, 4, fy_risk_level_to_code (spec->risk));
  fy_bind_text (stmt, 5, depart);
  fy_bind_text (stmt, 6, planned);
  fy_bind_text (stmt, 7, note);
  sqlite3_bind_int64 (stmt, 8, now);
  fy_bind_text (stmt, 9, fy_store_get_actor (store));
  fy_bind_text (stmt, 10, fy_transport_labels[spec->transport].code);
  fy_bind_text (stmt, 11, transport_no);
  if (!fy_store_step_done (store, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (fy_store_get_db (store));
  for (guint i = 0; i < spec->n_companions; i++)
    {
      stmt = fy_store_prepare_cached (store,
          "INSERT INTO trip_companion (trip_id, position, name, relation, staff_id) VALUES (?1, ?2, ?3, ?4, ?5)",
          error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int) i + 1);
      fy_bind_text (stmt, 3, g_ptr_array_index (names, i));
      fy_bind_text (stmt, 4, fy_companion_relation_to_code (spec->companions[i].relation));
      if (spec->companions[i].staff_id)
        sqlite3_bind_int64 (stmt, 5, spec->companions[i].staff_id);
      else
        sqlite3_bind_null (stmt, 5);
      if (!fy_store_step_done (store, stmt, error))
        goto fail;
    }
  if (!fy_store_audit (store,
                       &(FyAuditEntry) { .entity = "trip", .entity_id = id, .action = "insert",
                                          .field = "", .old_value = NULL, .new_value = depart },
                       error))
    goto fail;
  if (!fy_store_commit (store, error))
    return FALSE;
  if (trip_id)
    *trip_id = id;
  fy_store_emit_changed (store, FY_STORE_CHANGE_TRIPS);
  return TRUE;

fail:
  fy_store_rollback (store);
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Return                                                              */

gboolean
fy_trips_record_return (FyStore *store, const FyTripReturn *ret, gint64 now, gint64 *quarantine_id,
                        GError **error)
{
  gint64 trip_id = ret->trip_id;
  const char *returned_in = ret->returned_on;
  FyRiskLevel return_risk = ret->return_risk;
  const char *template_code = ret->template_code;
  g_autoptr(FyTrip) trip = fy_trips_get (store, trip_id, error);
  g_autoptr(FyQuarantineStart) start = NULL;
  g_autofree char *returned = NULL;
  g_autofree char *setting_template = NULL;
  sqlite3_stmt *stmt;
  gint64 qid = 0;

  if (quarantine_id)
    *quarantine_id = 0;
  if (trip == NULL)
    return FALSE;
  if (trip->returned_on)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The return from this trip was already recorded (%s)."), trip->returned_on);
      return FALSE;
    }
  if (ret->code_colour >= FY_N_CODES || ret->test >= FY_N_RETURN_TESTS)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("Choose the health code and the test before coming back from the lists."));
      return FALSE;
    }
  if (return_risk >= FY_N_RISKS)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("Choose the risk level of the place they came back from."));
      return FALSE;
    }
  returned = fy_health_check_day (returned_in, FALSE, error);
  if (returned == NULL)
    return FALSE;
  if (strcmp (returned, trip->depart_on) < 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The return date is before the departure (%s): check the date."), trip->depart_on);
      return FALSE;
    }

  if (template_code == NULL && return_risk != FY_RISK_LOW)
    {
      gboolean high = return_risk == FY_RISK_HIGH;
      setting_template = fy_store_get_setting (store, high ? "trips.quarantine_template.high"
                                                           : "trips.quarantine_template.medium");
      if (setting_template == NULL || *setting_template == '\0')
        {
          g_free (setting_template);
          setting_template = g_strdup (high ? FY_TRIP_TEMPLATE_HIGH : FY_TRIP_TEMPLATE_MEDIUM);
        }
      template_code = setting_template;
    }
  /* Everything about the quarantine is checked before BEGIN as well. */
  if (template_code != NULL)
    {
      FyQuarantineSpec spec = {
        .staff_id = trip->person.staff_id,
        .template_code = template_code,
        .start_day = returned,
        .reason = FY_QUARANTINE_REASON_RETURNEE,
        .place = "",
        .note = trip->destination,
        .trip_id = trip_id,
      };
      start = fy_quarantine_start_prepare (store, &spec, error);
      if (start == NULL)
        return FALSE;
    }

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "UPDATE trip SET returned_on = ?2, return_risk = ?3, return_code_colour = ?4, return_test = ?5"
      " WHERE id = ?1 AND returned_on IS NULL", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, trip_id);
  fy_bind_text (stmt, 2, returned);
  fy_bind_text (stmt, 3, fy_risk_level_to_code (return_risk));
  fy_bind_text (stmt, 4, fy_code_colour_to_code (ret->code_colour));
  fy_bind_text (stmt, 5, fy_return_test_labels[ret->test].code);
  if (!fy_store_step_done (store, stmt, error)
      || !fy_store_audit (store,
                          &(FyAuditEntry) { .entity = "trip", .entity_id = trip_id, .action = "update",
                                             .field = "returned_on", .old_value = NULL, .new_value = returned },
                          error))
    goto fail;
  if (start != NULL && !fy_quarantine_start_write (store, start, now, &qid, error))
    goto fail;
  if (!fy_store_commit (store, error))
    return FALSE;
  if (quarantine_id)
    *quarantine_id = qid;
  fy_store_emit_changed (store, FY_STORE_CHANGE_TRIPS
                         | (qid ? FY_STORE_CHANGE_QUARANTINE | FY_STORE_CHANGE_STAFF : 0));
  return TRUE;

fail:
  fy_store_rollback (store);
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Reading                                                             */

#define TRIP_SELECT \
  "SELECT t.id, s.id, s.employee_no, s.name, s.department, s.team, s.post, t.purpose, t.destination," \
  " t.risk, t.depart_on, t.planned_return_on, t.returned_on, t.return_risk, t.note, t.registered_at," \
  " (SELECT max(q.id) FROM quarantine q WHERE q.trip_id = t.id)" \
  " FROM trip t JOIN staff s ON s.id = t.staff_id"

static gpointer
companion_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyTripCompanion *c = g_new0 (FyTripCompanion, 1);

  c->name = g_strdup (fy_column_text (stmt, 0));
  c->relation = fy_companion_relation_from_code (fy_column_text (stmt, 1));
  c->staff_id = sqlite3_column_int64 (stmt, 2);
  return c;
}

static FyTrip *
trip_from_row (FyStore *store, sqlite3_stmt *stmt, GError **error)
{
  g_autoptr(FyTrip) t = g_new0 (FyTrip, 1);
  g_autoptr(sqlite3_stmt) comp = NULL;
  g_autoptr(GDateTime) registered = NULL;
  g_autofree char *registered_day = NULL;

  t->id = sqlite3_column_int64 (stmt, 0);
  fy_health_person_from_row (&t->person, stmt, 1);
  t->purpose = fy_trip_purpose_from_code (fy_column_text (stmt, 7));
  t->destination = g_strdup (fy_column_text (stmt, 8));
  t->risk = fy_risk_level_from_code (fy_column_text (stmt, 9));
  t->depart_on = g_strdup (fy_column_text (stmt, 10));
  t->planned_return_on = g_strdup (fy_column_text (stmt, 11));
  if (sqlite3_column_type (stmt, 12) != SQLITE_NULL)
    {
      t->returned_on = g_strdup (fy_column_text (stmt, 12));
      t->return_risk = fy_risk_level_from_code (fy_column_text (stmt, 13));
    }
  t->note = g_strdup (fy_column_text (stmt, 14));
  t->registered_at = sqlite3_column_int64 (stmt, 15);
  t->quarantine_id = sqlite3_column_int64 (stmt, 16);
  registered_day = fy_local_day_of (t->registered_at);
  t->registered_late = strcmp (registered_day, t->depart_on) > 0;

  comp = fy_store_prepare (store,
      "SELECT name, relation, staff_id FROM trip_companion WHERE trip_id = ?1 ORDER BY position", error);
  if (comp == NULL)
    return NULL;
  sqlite3_bind_int64 (comp, 1, t->id);
  t->companions = fy_store_collect (store, comp, companion_from_row, NULL,
                                    (GDestroyNotify) fy_trip_companion_free, error);
  if (t->companions == NULL)
    return NULL;
  return g_steal_pointer (&t);
}

static GPtrArray *
collect (FyStore *store, sqlite3_stmt *stmt, GError **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_trip_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FyTrip *t = trip_from_row (store, stmt, error);
      if (t == NULL)
        return NULL;
      g_ptr_array_add (list, t);
    }
  if (rc != SQLITE_DONE)
    {
      fy_store_fail (store, rc, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

FyTrip *
fy_trips_get (FyStore *store, gint64 trip_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = fy_store_prepare (store, TRIP_SELECT " WHERE t.id = ?1", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, trip_id);
  if (!fy_store_step_row (store, stmt, _("This trip no longer exists. Reload the list."), error))
    return NULL;
  return trip_from_row (store, stmt, error);
}

GPtrArray *
fy_trips_list (FyStore *store, const char *from, const char *to, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = fy_store_prepare (store,
      TRIP_SELECT
      " WHERE (?2 = '' OR t.depart_on <= ?2)"
      " AND (?1 = '' OR coalesce(t.returned_on, max(t.planned_return_on, ?3)) >= ?1)"
      " ORDER BY t.depart_on, s.department, s.name, t.id", error);
  g_autofree char *today = fy_today ();

  if (stmt == NULL)
    return NULL;
  fy_bind_text (stmt, 1, from);
  fy_bind_text (stmt, 2, to);
  fy_bind_text (stmt, 3, today);
  return collect (store, stmt, error);
}

GPtrArray *
fy_trips_list_for_staff (FyStore *store, gint64 staff_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = fy_store_prepare (store,
      TRIP_SELECT " WHERE t.staff_id = ?1 ORDER BY t.depart_on DESC, t.id DESC", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  return collect (store, stmt, error);
}

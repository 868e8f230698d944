/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-absence.c — leave, sick leave and business trips (the absence record)
 * and who is away on a day with the reason, from absences, trips,
 * follow-ups that sent someone home and quarantine. */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "fy-absence.h"
#include "fy-health-private.h"

const FyCodeLabel fy_absence_kind_labels[FY_N_ABSENCE_KINDS + 1] = {
  { "leave", N_("Leave") },
  { "sick_leave", N_("Sick leave") },
  { "business_trip", N_("Business trip") },
  FY_CODE_LABEL_END
};

const FyCodeLabel fy_away_reason_labels[FY_N_AWAY_REASONS + 1] = {
  { "", N_("On site") },
  { "leave", N_("Leave") },
  { "sick_leave", N_("Sick leave") },
  { "business_trip", N_("Business trip") },
  { "private_trip", N_("Private trip") },
  { "sent_home", N_("Sent home") },
  { "quarantine", N_("In quarantine") },
  FY_CODE_LABEL_END
};

const char *
fy_absence_kind_to_code (FyAbsenceKind kind)
{
  g_return_val_if_fail (kind < FY_N_ABSENCE_KINDS, "leave");
  return fy_absence_kind_labels[kind].code;
}

FyAbsenceKind
fy_absence_kind_from_code (const char *code)
{
  return fy_code_lookup (fy_absence_kind_labels, FY_N_ABSENCE_KINDS, code, FY_ABSENCE_LEAVE);
}

const char *
fy_absence_kind_label (FyAbsenceKind kind)
{
  g_return_val_if_fail (kind < FY_N_ABSENCE_KINDS, "");
  return fy_code_label_text (&fy_absence_kind_labels[kind]);
}

FyAwayReason
fy_away_reason_from_code (const char *code)
{
  return fy_code_lookup (fy_away_reason_labels, FY_N_AWAY_REASONS, code, FY_AWAY_NONE);
}

const char *
fy_away_reason_label (FyAwayReason reason)
{
  g_return_val_if_fail (reason < FY_N_AWAY_REASONS, "");
  if (reason == FY_AWAY_NONE)
    return "";
  return fy_code_label_text (&fy_away_reason_labels[reason]);
}

void
fy_absence_free (FyAbsence *a)
{
  if (a == NULL)
    return;
  fy_health_person_clear (&a->person);
  g_free (a->start_day);
  g_free (a->end_day);
  g_free (a->note);
  g_free (a->created_by);
  g_free (a);
}

void
fy_away_person_free (FyAwayPerson *w)
{
  if (w == NULL)
    return;
  fy_health_person_clear (&w->person);
  g_free (w->until);
  g_free (w);
}

/* ------------------------------------------------------------------ */
/* Record, cancel                                                      */

/* Days in [start, end], both canonical. */
static gint64
span_days (const char *start, const char *end)
{
  g_autoptr(GDateTime) a = fy_local_day_midnight (start);
  g_autoptr(GDateTime) b = fy_local_day_midnight (end);

  if (a == NULL || b == NULL)
    return 0;
  /* Local midnights: round over a daylight-saving hour. */
  return (g_date_time_difference (b, a) + G_TIME_SPAN_HOUR * 12) / G_TIME_SPAN_DAY + 1;
}

static gboolean
check_overlap (FyStore *store, gint64 staff_id, const char *start, const char *end, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT kind, start_day, end_day FROM absence WHERE staff_id = ?1 AND cancelled_at IS NULL"
      " AND start_day <= ?3 AND end_day >= ?2 ORDER BY start_day LIMIT 1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  fy_bind_text (stmt, 2, start);
  fy_bind_text (stmt, 3, end);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    /* Translators: %s absence kind (请假…), then its first and last day. */
    g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                 _("This person already has an absence (%s, %s to %s) in these days: cancel it or change the dates."),
                 fy_absence_kind_label (fy_absence_kind_from_code (fy_column_text (stmt, 0))),
                 fy_column_text (stmt, 1), fy_column_text (stmt, 2));
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return FALSE;
  if (rc != SQLITE_DONE)
    return fy_store_fail (store, rc, error);
  return TRUE;
}

static gboolean
check_trip (FyStore *store, gint64 staff_id, const FyAbsenceSpec *spec, GError **error)
{
  g_autoptr(FyTrip) trip = NULL;

  if (spec->trip_id == 0)
    return TRUE;
  if (spec->kind != FY_ABSENCE_BUSINESS_TRIP)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("Only a business trip can be linked to a registered trip."));
      return FALSE;
    }
  trip = fy_trips_get (store, spec->trip_id, error);
  if (trip == NULL)
    return FALSE;
  if (trip->person.staff_id != staff_id)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("The linked trip was registered for someone else."));
      return FALSE;
    }
  return TRUE;
}

gboolean
fy_absence_record (FyStore *store, gint64 staff_id, const FyAbsenceSpec *spec, gint64 now,
                   gint64 *absence_id, GError **error)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *note = NULL;
  g_autofree char *range = NULL;
  g_auto(FyPersonState) state = { 0 };
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (spec != NULL, FALSE);
  if (spec->kind >= FY_N_ABSENCE_KINDS)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("Choose leave, sick leave or business trip."));
      return FALSE;
    }
  start = fy_health_check_day (spec->start_day, TRUE, error);
  if (start == NULL)
    {
      g_prefix_error (error, _("First day: "));
      return FALSE;
    }
  end = fy_health_check_day (spec->end_day, TRUE, error);
  if (end == NULL)
    {
      g_prefix_error (error, _("Last day: "));
      return FALSE;
    }
  if (strcmp (end, start) < 0)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("The last day is before the first day: check both dates."));
      return FALSE;
    }
  if (span_days (start, end) > FY_ABSENCE_MAX_DAYS)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("One record covers at most %d days: record a longer absence in parts."),
                   FY_ABSENCE_MAX_DAYS);
      return FALSE;
    }
  note = fy_health_check_text (spec->note, 500, _("The note"), error);
  if (note == NULL)
    return FALSE;
  if (!fy_person_state_load (store, staff_id, start, &state, error))
    return FALSE;
  if (state.left)
    return fy_person_state_error_left (&state, error);
  if (!check_trip (store, staff_id, spec, error)
      || !check_overlap (store, staff_id, start, end, error))
    return FALSE;

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "INSERT INTO absence (staff_id, kind, start_day, end_day, trip_id, note, created_at, created_by)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  fy_bind_text (stmt, 2, fy_absence_kind_to_code (spec->kind));
  fy_bind_text (stmt, 3, start);
  fy_bind_text (stmt, 4, end);
  if (spec->trip_id)
    sqlite3_bind_int64 (stmt, 5, spec->trip_id);
  else
    sqlite3_bind_null (stmt, 5);
  fy_bind_text (stmt, 6, note);
  sqlite3_bind_int64 (stmt, 7, now);
  fy_bind_text (stmt, 8, fy_store_get_actor (store));
  if (!fy_store_step_done (store, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (fy_store_get_db (store));
  range = g_strdup_printf ("%s %s..%s", fy_absence_kind_to_code (spec->kind), start, end);
  if (!fy_store_audit (store,
                       &(FyAuditEntry) { .entity = "absence", .entity_id = id, .action = "insert",
                                          .field = "", .old_value = NULL, .new_value = range },
                       error))
    goto fail;
  if (!fy_store_commit (store, error))
    return FALSE;
  if (absence_id)
    *absence_id = id;
  fy_store_emit_changed (store, FY_STORE_CHANGE_ABSENCE | FY_STORE_CHANGE_HEALTH);
  return TRUE;

fail:
  fy_store_rollback (store);
  return FALSE;
}

gboolean
fy_absence_cancel (FyStore *store, gint64 absence_id, gint64 now, GError **error)
{
  g_autoptr(FyAbsence) absence = fy_absence_get (store, absence_id, error);
  g_autofree char *range = NULL;
  sqlite3_stmt *stmt;

  if (absence == NULL)
    return FALSE;
  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "UPDATE absence SET cancelled_at = ?2, cancelled_by = ?3 WHERE id = ?1 AND cancelled_at IS NULL",
      error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, absence_id);
  sqlite3_bind_int64 (stmt, 2, now);
  fy_bind_text (stmt, 3, fy_store_get_actor (store));
  range = g_strdup_printf ("%s %s..%s", fy_absence_kind_to_code (absence->kind), absence->start_day,
                           absence->end_day);
  if (!fy_store_step_done (store, stmt, error)
      || !fy_store_audit (store,
                          &(FyAuditEntry) { .entity = "absence", .entity_id = absence_id,
                                             .action = "update", .field = "cancelled_at",
                                             .old_value = range, .new_value = NULL },
                          error))
    goto fail;
  if (!fy_store_commit (store, error))
    return FALSE;
  fy_store_emit_changed (store, FY_STORE_CHANGE_ABSENCE | FY_STORE_CHANGE_HEALTH);
  return TRUE;

fail:
  fy_store_rollback (store);
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Reading                                                             */

#define ABSENCE_SELECT \
  "SELECT a.id, s.id, s.employee_no, s.name, s.department, s.team, s.post, a.kind, a.start_day," \
  " a.end_day, a.trip_id, a.note, a.created_at, a.created_by" \
  " FROM absence a JOIN staff s ON s.id = a.staff_id"

static gpointer
absence_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyAbsence *a = g_new0 (FyAbsence, 1);

  a->id = sqlite3_column_int64 (stmt, 0);
  fy_health_person_from_row (&a->person, stmt, 1);
  a->kind = fy_absence_kind_from_code (fy_column_text (stmt, 7));
  a->start_day = g_strdup (fy_column_text (stmt, 8));
  a->end_day = g_strdup (fy_column_text (stmt, 9));
  a->trip_id = sqlite3_column_int64 (stmt, 10);
  a->note = g_strdup (fy_column_text (stmt, 11));
  a->created_at = sqlite3_column_int64 (stmt, 12);
  a->created_by = g_strdup (fy_column_text (stmt, 13));
  return a;
}

FyAbsence *
fy_absence_get (FyStore *store, gint64 absence_id, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      ABSENCE_SELECT " WHERE a.id = ?1 AND a.cancelled_at IS NULL", error);
  FyAbsence *a;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, absence_id);
  if (!fy_store_step_row (store, stmt, _("This absence no longer exists. Reload the list."), error))
    return NULL;
  a = absence_from_row (stmt, NULL);
  sqlite3_reset (stmt);
  return a;
}

GPtrArray *
fy_absence_list (FyStore *store, const char *from, const char *to, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      ABSENCE_SELECT " WHERE a.cancelled_at IS NULL AND (?2 = '' OR a.start_day <= ?2)"
      " AND (?1 = '' OR a.end_day >= ?1) ORDER BY a.start_day, s.department, s.name, a.id", error);

  if (stmt == NULL)
    return NULL;
  fy_bind_text (stmt, 1, from);
  fy_bind_text (stmt, 2, to);
  return fy_store_collect (store, stmt, absence_from_row, NULL, (GDestroyNotify) fy_absence_free, error);
}

/* Everyone away on ?1 (today ?2, department ?3, team ?4) with the reason
 * of the lowest rank; SQLite takes the bare columns from that row. */
#define AWAY_SQL \
  "SELECT s.id, s.employee_no, s.name, s.department, s.team, s.post, w.reason, w.until, min (w.rank)" \
  " FROM (SELECT staff_id, 1 AS rank, 'quarantine' AS reason, end_day AS until FROM quarantine" \
  "       WHERE start_day <= ?1 AND (released_on IS NULL OR released_on > ?1)" \
  "       UNION ALL SELECT id, 1, 'quarantine', '' FROM staff" \
  "       WHERE ?1 >= ?2 AND status IN ('home_isolation', 'central_isolation', 'observation')" \
  "       UNION ALL SELECT staff_id, CASE kind WHEN 'sick_leave' THEN 2 WHEN 'leave' THEN 4 ELSE 5 END," \
  "       kind, end_day FROM absence WHERE cancelled_at IS NULL AND start_day <= ?1 AND end_day >= ?1" \
  "       UNION ALL SELECT f.staff_id, 3, 'sent_home', '' FROM" FY_SQL_SENT_HOME ("?1") " f" \
  "       UNION ALL SELECT staff_id, CASE purpose WHEN 'business' THEN 5 ELSE 6 END," \
  "       CASE purpose WHEN 'business' THEN 'business_trip' ELSE 'private_trip' END," \
  "       coalesce (date (returned_on, '-1 day'), planned_return_on) FROM trip" \
  "       WHERE depart_on <= ?1 AND (returned_on IS NULL OR returned_on > ?1)) w" \
  " JOIN staff s ON s.id = w.staff_id" \
  " WHERE (s.status <> 'left' OR s.left_on > ?1)" \
  " AND (?3 = '' OR s.department = ?3) AND (?4 = '' OR s.team = ?4)" \
  " GROUP BY s.id"

static gpointer
away_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyAwayPerson *w = g_new0 (FyAwayPerson, 1);

  fy_health_person_from_row (&w->person, stmt, 0);
  w->reason = fy_away_reason_from_code (fy_column_text (stmt, 6));
  w->until = g_strdup (fy_column_text (stmt, 7));
  return w;
}

GPtrArray *
fy_absence_list_away (FyStore *store, const char *day, const FyHealthFilter *filter, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      AWAY_SQL " ORDER BY s.department, s.team, s.name, s.id", error);

  g_autofree char *today = fy_today ();

  if (stmt == NULL)
    return NULL;
  fy_health_bind_day_filter (stmt, day ? day : today, filter);
  return fy_store_collect (store, stmt, away_from_row, NULL, (GDestroyNotify) fy_away_person_free, error);
}

gboolean
fy_absence_count_away (FyStore *store, const char *day, guint counts[FY_N_AWAY_REASONS], GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT reason, count(*) FROM (" AWAY_SQL ") GROUP BY reason", error);
  int rc;

  g_autofree char *today = fy_today ();

  memset (counts, 0, sizeof (guint) * FY_N_AWAY_REASONS);
  if (stmt == NULL)
    return FALSE;
  fy_health_bind_day_filter (stmt, day ? day : today, NULL);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FyAwayReason reason = fy_away_reason_from_code (fy_column_text (stmt, 0));
      if (reason != FY_AWAY_NONE)
        counts[reason] = (guint) sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return fy_store_fail (store, rc, error);
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-health-followup.c — follow-ups of abnormal readings (recheck, action,
 * note, close) and the credibility flags of a day's entries. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-clock.h"
#include "fy-health-private.h"
#include "fy-validate.h"

void
fy_follow_up_free (FyFollowUp *f)
{
  if (f == NULL)
    return;
  fy_health_person_clear (&f->person);
  g_free (f->day);
  g_free (f->note);
  g_free (f->closed_by);
  g_free (f);
}

void
fy_health_flag_free (FyHealthFlag *flag)
{
  if (flag == NULL)
    return;
  fy_health_person_clear (&flag->person);
  g_free (flag->day);
  g_free (flag);
}

static FyAbnormal
reasons_from_codes (const char *codes)
{
  g_auto(GStrv) parts = g_strsplit (codes ? codes : "", ",", -1);
  FyAbnormal a = FY_ABNORMAL_NONE;

  for (guint i = 0; parts[i]; i++)
    {
      if (g_str_equal (parts[i], "fever"))
        a |= FY_ABNORMAL_FEVER;
      else if (g_str_equal (parts[i], "symptoms"))
        a |= FY_ABNORMAL_SYMPTOMS;
      else if (g_str_equal (parts[i], "code"))
        a |= FY_ABNORMAL_CODE;
    }
  return a;
}

/* CROSS JOIN keeps follow_up (a few rows) outermost: left to itself the
 * planner could scan all of `reading` (7 M rows a year) to find them. */
#define FOLLOW_UP_SELECT \
  "SELECT f.id, s.id, s.employee_no, s.name, s.department, s.team, s.post," \
  " f.day, f.session, f.reasons, r.temp_tenths, r.fever_line, r.recheck_tenths, r.symptoms," \
  " r.code_colour, f.action, f.note, f.opened_at, f.closed_at, f.closed_by" \
  " FROM follow_up f CROSS JOIN staff s ON s.id = f.staff_id" \
  " CROSS JOIN reading r ON r.day = f.day AND r.session = f.session AND r.staff_id = f.staff_id"

static gpointer
follow_up_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyFollowUp *f = g_new0 (FyFollowUp, 1);

  f->id = sqlite3_column_int64 (stmt, 0);
  fy_health_person_from_row (&f->person, stmt, 1);
  f->day = g_strdup (fy_column_text (stmt, 7));
  f->session = sqlite3_column_int (stmt, 8) ? FY_SESSION_AFTERNOON : FY_SESSION_MORNING;
  f->reasons = reasons_from_codes (fy_column_text (stmt, 9));
  f->temp_tenths = sqlite3_column_type (stmt, 10) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 10);
  f->fever_line = sqlite3_column_int (stmt, 11);
  f->recheck_tenths = sqlite3_column_type (stmt, 12) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 12);
  f->symptoms = fy_symptoms_from_codes (fy_column_text (stmt, 13));
  f->code_colour = fy_code_colour_from_code (fy_column_text (stmt, 14));
  f->action = fy_follow_up_action_from_code (fy_column_text (stmt, 15));
  f->note = g_strdup (fy_column_text (stmt, 16));
  f->opened_at = sqlite3_column_int64 (stmt, 17);
  f->closed_at = sqlite3_column_int64 (stmt, 18);
  f->closed_by = g_strdup (fy_column_text (stmt, 19));
  return f;
}

const char fy_health_follow_up_list_sql[] =
  FOLLOW_UP_SELECT
  " WHERE (?1 = 0 OR f.closed_at IS NULL) AND (?2 = '' OR f.day >= ?2) AND (?3 = '' OR f.day <= ?3)"
  " ORDER BY f.day DESC, f.session DESC, s.department, s.team, s.name, s.id";

GPtrArray *
fy_health_list_follow_ups (FyStore *store, gboolean open_only, const char *from, const char *to,
                           GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store, fy_health_follow_up_list_sql, error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, open_only ? 1 : 0);
  fy_bind_text (stmt, 2, from);
  fy_bind_text (stmt, 3, to);
  return fy_store_collect (store, stmt, follow_up_from_row, NULL, (GDestroyNotify) fy_follow_up_free, error);
}

FyFollowUp *
fy_health_get_follow_up (FyStore *store, gint64 id, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store, FOLLOW_UP_SELECT " WHERE f.id = ?1", error);
  FyFollowUp *f;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!fy_store_step_row (store, stmt, _("This follow-up no longer exists. Reload the list."), error))
    return NULL;
  f = follow_up_from_row (stmt, NULL);
  sqlite3_reset (stmt);
  return f;
}

gint64
fy_health_count_open_follow_ups (FyStore *store, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT count(*) FROM follow_up WHERE closed_at IS NULL", error);
  gint64 n = -1;
  int rc;

  if (stmt == NULL)
    return -1;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    fy_store_fail (store, rc, error);
  return n;
}

static FyFollowUp *
get_open (FyStore *store, gint64 id, GError **error)
{
  g_autoptr(FyFollowUp) f = fy_health_get_follow_up (store, id, error);

  if (f == NULL)
    return NULL;
  if (f->closed_at != 0)
    {
      g_autofree char *text = fy_format_instant (f->closed_at);
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("This follow-up was closed on %s and can no longer be changed."), text);
      return NULL;
    }
  return g_steal_pointer (&f);
}

static char *
tenths_text (int tenths)
{
  return tenths < 0 ? NULL : fy_format_temperature (tenths);
}

gboolean
fy_health_update_follow_up (FyStore *store, gint64 id, const char *recheck, FyFollowUpAction action,
                            const char *note_in, gint64 now, GError **error)
{
  g_autoptr(FyFollowUp) f = NULL;
  g_autofree char *note = NULL;
  g_autofree char *old_recheck = NULL;
  g_autofree char *new_recheck = NULL;
  int recheck_tenths = -1;
  sqlite3_stmt *stmt;

  /* Validate before BEGIN. */
  if (action >= FY_N_FOLLOW_UP_ACTIONS)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("Choose the action taken: observation point, fever clinic or sent home."));
      return FALSE;
    }
  if (recheck != NULL)
    {
      g_autofree char *norm = fy_normalize_text (recheck);
      if (*norm != '\0' && !fy_validate_temperature (norm, &recheck_tenths, error))
        {
          g_prefix_error (error, _("Recheck: "));
          return FALSE;
        }
    }
  note = fy_health_check_text (note_in, 500, _("The note"), error);
  if (note == NULL)
    return FALSE;
  f = get_open (store, id, error);
  if (f == NULL)
    return FALSE;
  old_recheck = tenths_text (f->recheck_tenths);
  new_recheck = tenths_text (recheck_tenths);

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "UPDATE follow_up SET action = ?2, note = ?3, updated_at = ?4 WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  fy_bind_text (stmt, 2, fy_follow_up_action_to_code (action));
  fy_bind_text (stmt, 3, note);
  sqlite3_bind_int64 (stmt, 4, now);
  if (!fy_store_step_done (store, stmt, error))
    goto fail;

  /* The recheck belongs to the reading (it is a column of the ledger). */
  stmt = fy_store_prepare_cached (store,
      "UPDATE reading SET recheck_tenths = ?4 WHERE day = ?1 AND session = ?2 AND staff_id = ?3", error);
  if (stmt == NULL)
    goto fail;
  fy_bind_text (stmt, 1, f->day);
  sqlite3_bind_int (stmt, 2, f->session);
  sqlite3_bind_int64 (stmt, 3, f->person.staff_id);
  if (recheck_tenths >= 0)
    sqlite3_bind_int (stmt, 4, recheck_tenths);
  else
    sqlite3_bind_null (stmt, 4);
  if (!fy_store_step_done (store, stmt, error))
    goto fail;

  if ((g_strcmp0 (old_recheck, new_recheck) != 0
       && !fy_store_audit (store,
                           &(FyAuditEntry) { .entity = "follow_up", .entity_id = id, .action = "update",
                                              .field = "recheck", .old_value = old_recheck, .new_value = new_recheck },
                           error))
      || (action != f->action
          && !fy_store_audit (store,
                              &(FyAuditEntry) { .entity = "follow_up", .entity_id = id, .action = "update",
                                                 .field = "action", .old_value = fy_follow_up_action_to_code (f->action), .new_value = fy_follow_up_action_to_code (action) },
                              error))
      || (g_strcmp0 (note, f->note) != 0
          && !fy_store_audit (store,
                              &(FyAuditEntry) { .entity = "follow_up", .entity_id = id, .action = "update",
                                                 .field = "note", .old_value = f->note, .new_value = note },
                              error)))
    goto fail;
  if (!fy_store_commit (store, error))
    return FALSE;
  fy_store_emit_changed (store, FY_STORE_CHANGE_HEALTH);
  return TRUE;

fail:
  fy_store_rollback (store);
  return FALSE;
}

gboolean
fy_health_close_follow_up (FyStore *store, gint64 id, gint64 now, GError **error)
{
  g_autoptr(FyFollowUp) f = get_open (store, id, error);
  g_autofree char *when = NULL;
  sqlite3_stmt *stmt;

  if (f == NULL)
    return FALSE;
  if (f->action == FY_FOLLOW_UP_ACTION_NONE)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("Record the action taken (observation point, fever clinic or sent home) "
                             "before closing the follow-up."));
      return FALSE;
    }
  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "UPDATE follow_up SET closed_at = ?2, closed_by = ?3, updated_at = ?2"
      " WHERE id = ?1 AND closed_at IS NULL", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, now);
  fy_bind_text (stmt, 3, fy_store_get_actor (store));
  if (!fy_store_step_done (store, stmt, error))
    goto fail;
  when = g_strdup_printf ("%" G_GINT64_FORMAT, now);
  if (!fy_store_audit (store,
                       &(FyAuditEntry) { .entity = "follow_up", .entity_id = id, .action = "update",
                                          .field = "closed_at", .old_value = NULL, .new_value = when },
                       error))
    goto fail;
  if (!fy_store_commit (store, error))
    return FALSE;
  fy_store_emit_changed (store, FY_STORE_CHANGE_HEALTH);
  return TRUE;

fail:
  fy_store_rollback (store);
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Credibility flags                                                   */

/* user_data: the day checked. */
static gpointer
same_value_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyHealthFlag *flag = g_new0 (FyHealthFlag, 1);

  flag->kind = FY_FLAG_SAME_VALUE;
  fy_health_person_from_row (&flag->person, stmt, 0);
  flag->day = g_strdup (user_data);
  flag->temp_tenths = sqlite3_column_int (stmt, 6);
  return flag;
}

typedef struct
{
  const char *day;
  gint64      end[2];   /* the end of each session */
} LateEntryContext;

static gpointer
late_entry_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  const LateEntryContext *ctx = user_data;
  FyHealthFlag *flag = g_new0 (FyHealthFlag, 1);
  int session = sqlite3_column_int (stmt, 6) ? 1 : 0;

  flag->kind = FY_FLAG_LATE_ENTRY;
  fy_health_person_from_row (&flag->person, stmt, 0);
  flag->day = g_strdup (ctx->day);
  flag->session = session;
  flag->temp_tenths = sqlite3_column_type (stmt, 7) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 7);
  flag->entered_at = sqlite3_column_int64 (stmt, 8);
  flag->hours_late = (int) ((flag->entered_at - ctx->end[session]) / 3600);
  return flag;
}

GPtrArray *
fy_health_list_flags (FyStore *store, const char *day_in, GError **error)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) late = NULL;
  g_autofree char *day = NULL;
  g_autofree char *first = NULL;
  LateEntryContext ctx;
  sqlite3_stmt *stmt;
  int late_hours;

  day = fy_health_check_day (day_in, TRUE, error);
  if (day == NULL)
    return NULL;
  first = fy_date_add_days (day, 1 - FY_HEALTH_SAME_VALUE_DAYS);

  /* The same measured value every day of the window (a day range of the
   * day-major key, never a scan of the whole table). */
  stmt = fy_store_prepare_cached (store,
      "SELECT s.id, s.employee_no, s.name, s.department, s.team, s.post, min(reading.temp_tenths)"
      " FROM reading JOIN staff s ON s.id = reading.staff_id"
      " WHERE reading.day BETWEEN ?1 AND ?2 AND reading.status = 'measured'"
      " GROUP BY reading.staff_id"
      " HAVING count(DISTINCT reading.day) = ?3 AND min(reading.temp_tenths) = max(reading.temp_tenths)"
      " ORDER BY s.department, s.team, s.name, s.id", error);
  if (stmt == NULL)
    return NULL;
  fy_bind_text (stmt, 1, first);
  fy_bind_text (stmt, 2, day);
  sqlite3_bind_int (stmt, 3, FY_HEALTH_SAME_VALUE_DAYS);
  list = fy_store_collect (store, stmt, same_value_from_row, day, (GDestroyNotify) fy_health_flag_free, error);
  if (list == NULL)
    return NULL;

  /* Entries made long after their session (补录). */
  late_hours = fy_health_get_late_hours (store);
  ctx.day = day;
  ctx.end[0] = fy_health_session_end (day, FY_SESSION_MORNING);
  ctx.end[1] = fy_health_session_end (day, FY_SESSION_AFTERNOON);
  stmt = fy_store_prepare_cached (store,
      "SELECT s.id, s.employee_no, s.name, s.department, s.team, s.post,"
      " reading.session, reading.temp_tenths, reading.entered_at"
      " FROM reading JOIN staff s ON s.id = reading.staff_id"
      " WHERE reading.day = ?1 AND ((reading.session = 0 AND reading.entered_at > ?2)"
      "                            OR (reading.session = 1 AND reading.entered_at > ?3))"
      " ORDER BY s.department, s.team, s.name, s.id, reading.session", error);
  if (stmt == NULL)
    return NULL;
  fy_bind_text (stmt, 1, day);
  sqlite3_bind_int64 (stmt, 2, ctx.end[0] + (gint64) late_hours * 3600);
  sqlite3_bind_int64 (stmt, 3, ctx.end[1] + (gint64) late_hours * 3600);
  late = fy_store_collect (store, stmt, late_entry_from_row, &ctx, (GDestroyNotify) fy_health_flag_free, error);
  if (late == NULL)
    return NULL;
  /* Same values first, then late entries. */
  g_ptr_array_extend_and_steal (list, g_steal_pointer (&late));
  return g_steal_pointer (&list);
}

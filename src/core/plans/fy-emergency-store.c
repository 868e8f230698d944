/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-emergency-store.c — the SQL of the emergency procedure: start (all
 * steps written with their clocks), step completion, the shutdown clock,
 * contacts from the zone map and by hand, isolation through the quarantine
 * module, finish, and reading procedures back. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-clock.h"
#include "fy-emergency.h"
#include "fy-health-private.h"
#include "fy-plans-private.h"
#include "fy-quarantine.h"
#include "fy-store-private.h"
#include "fy-validate.h"

/* Whether the procedure exists and is running; its start in *started_at. */
static gboolean
check_running (FyStore *store, gint64 id, gint64 *started_at, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT started_at, finished_at IS NOT NULL FROM emergency WHERE id = ?1", error);
  gboolean finished;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!fy_store_step_row (store, stmt, _("This emergency procedure no longer exists."), error))
    return FALSE;
  if (started_at)
    *started_at = sqlite3_column_int64 (stmt, 0);
  finished = sqlite3_column_int (stmt, 1);
  sqlite3_reset (stmt);
  if (finished)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("This emergency procedure is already finished."));
      return FALSE;
    }
  return TRUE;
}

gboolean
fy_emergency_start (FyStore *store, gint64 staff_id, const char *person_name, FyEmergencyTrigger trigger,
                    const char *note, gint64 now, gint64 *id, GError **error)
{
  g_autofree char *name = NULL, *clean_note = NULL, *roster_name = NULL;
  sqlite3_stmt *stmt;
  gint64 new_id = 0;
  gboolean ok;

  g_return_val_if_fail (trigger < FY_N_EMERGENCY_TRIGGERS, FALSE);
  if (staff_id)
    {
      stmt = fy_store_prepare_cached (store,
          "SELECT s.name, (SELECT count(*) FROM emergency e WHERE e.staff_id = s.id AND e.finished_at IS NULL)"
          " FROM staff s WHERE s.id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, staff_id);
      if (!fy_store_step_row (store, stmt, _("This person is no longer on the roster."), error))
        return FALSE;
      roster_name = g_strdup (fy_column_text (stmt, 0));
      ok = sqlite3_column_int (stmt, 1) == 0;
      sqlite3_reset (stmt);
      if (!ok)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_CONFLICT,
                       _("An emergency procedure for %s is already running."), roster_name);
          return FALSE;
        }
    }
  name = fy_validate_name (person_name && *person_name ? person_name : roster_name, error);
  if (name == NULL || !(clean_note = fy_plans_optional_text (note, 300, _("The note"), error)))
    return FALSE;

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "INSERT INTO emergency (staff_id, person_name, trigger, started_at, started_by, note)"
      " VALUES (nullif(?1, 0), ?2, ?3, ?4, ?5, ?6)", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, staff_id);
      fy_bind_text (stmt, 2, name);
      fy_bind_text (stmt, 3, fy_emergency_trigger_labels[trigger].code);
      sqlite3_bind_int64 (stmt, 4, now);
      fy_bind_text (stmt, 5, fy_store_get_actor (store));
      fy_bind_text (stmt, 6, clean_note);
      ok = fy_store_step_done (store, stmt, error);
      new_id = sqlite3_last_insert_rowid (fy_store_get_db (store));
    }
  for (int k = 0; ok && k < FY_N_EMERGENCY_STEPS; k++)
    {
      stmt = fy_store_prepare_cached (store,
          "INSERT INTO emergency_step (emergency_id, step, position, started_at, due_at)"
          " VALUES (?1, ?2, ?3, nullif(?4, 0), nullif(?5, 0))", error);
      ok = stmt != NULL;
      if (!ok)
        break;
      sqlite3_bind_int64 (stmt, 1, new_id);
      fy_bind_text (stmt, 2, fy_emergency_step_labels[k].code);
      sqlite3_bind_int (stmt, 3, k + 1);
      /* The shutdown's clock starts only when production stops. */
      sqlite3_bind_int64 (stmt, 4, k == FY_STEP_SHUTDOWN ? 0 : now);
      sqlite3_bind_int64 (stmt, 5, k == FY_STEP_RETEST ? fy_emergency_retest_due (now) : 0);
      ok = fy_store_step_done (store, stmt, error);
    }
  if (ok && id)
    *id = new_id;
  return fy_plans_commit (store, ok, FY_STORE_CHANGE_PLANS, error);
}

gboolean
fy_emergency_complete_step (FyStore *store, gint64 id, FyEmergencyStepKind kind, gint64 at,
                            const char *note, gint64 now, GError **error)
{
  g_autofree char *clean_note = NULL, *when = NULL;
  sqlite3_stmt *stmt;
  gint64 started = 0;
  gboolean ok;

  g_return_val_if_fail (kind < FY_N_EMERGENCY_STEPS, FALSE);
  if (!check_running (store, id, NULL, error)
      || !(clean_note = fy_plans_optional_text (note, 300, _("The note"), error)))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "SELECT coalesce(started_at, 0) FROM emergency_step WHERE emergency_id = ?1 AND step = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  fy_bind_text (stmt, 2, fy_emergency_step_labels[kind].code);
  if (!fy_store_step_row (store, stmt, _("This step no longer exists."), error))
    return FALSE;
  started = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (started == 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("Production has not stopped, so the shutdown cannot end."));
      return FALSE;
    }
  if (at < started)
    {
      when = fy_format_instant (started);
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("A step cannot be completed before it started (%s)."), when);
      return FALSE;
    }
  if (at > now)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("A step cannot be completed in the future."));
      return FALSE;
    }

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "UPDATE emergency_step SET done_at = ?3, done_by = ?4, note = ?5 WHERE emergency_id = ?1 AND step = ?2",
      error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      fy_bind_text (stmt, 2, fy_emergency_step_labels[kind].code);
      sqlite3_bind_int64 (stmt, 3, at);
      fy_bind_text (stmt, 4, fy_store_get_actor (store));
      fy_bind_text (stmt, 5, clean_note);
      ok = fy_store_step_done (store, stmt, error);
    }
  return fy_plans_commit (store, ok, FY_STORE_CHANGE_PLANS, error);
}

gboolean
fy_emergency_stop_production (FyStore *store, gint64 id, gint64 at, gint64 now, GError **error)
{
  sqlite3_stmt *stmt;
  gint64 started = 0;
  gboolean ok;

  if (!check_running (store, id, &started, error))
    return FALSE;
  if (at < started || at > now)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("Production can only stop between the start of the procedure and now."));
      return FALSE;
    }
  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "UPDATE emergency_step SET started_at = ?2, due_at = ?3"
      " WHERE emergency_id = ?1 AND step = 'shutdown' AND done_at IS NULL", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, at);
      sqlite3_bind_int64 (stmt, 3, fy_emergency_shutdown_due (at));
      ok = fy_store_step_done (store, stmt, error);
    }
  return fy_plans_commit (store, ok, FY_STORE_CHANGE_PLANS, error);
}

static gpointer
contact_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyEmergencyContact *c = g_new0 (FyEmergencyContact, 1);

  c->id = sqlite3_column_int64 (stmt, 0);
  c->staff_id = sqlite3_column_int64 (stmt, 1);
  c->name = g_strdup (fy_column_text (stmt, 2));
  c->source = g_strdup (fy_column_text (stmt, 3));
  c->quarantine_id = sqlite3_column_int64 (stmt, 4);
  return c;
}

GPtrArray *
fy_emergency_propose_contacts (FyStore *store, gint64 id, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT 0, s.id, s.name, CASE WHEN me.grid_id IS NOT NULL AND sz.grid_id = me.grid_id"
      " THEN 'grid' ELSE 'area' END AS src, 0"
      " FROM emergency e JOIN staff_zone me ON me.staff_id = e.staff_id"
      " JOIN staff_zone sz ON sz.area_id = me.area_id JOIN staff s ON s.id = sz.staff_id"
      " WHERE e.id = ?1 AND s.id <> e.staff_id AND s.status <> 'left'"
      " AND NOT EXISTS (SELECT 1 FROM emergency_contact c WHERE c.emergency_id = e.id AND c.staff_id = s.id)"
      " ORDER BY src = 'area', s.department, s.name, s.id", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return fy_store_collect (store, stmt, contact_from_row, NULL,
                           (GDestroyNotify) fy_emergency_contact_free, error);
}

gboolean
fy_emergency_add_contact (FyStore *store, gint64 id, gint64 staff_id, const char *name,
                          const char *source, GError **error)
{
  g_autofree char *clean = NULL, *roster_name = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!check_running (store, id, NULL, error))
    return FALSE;
  if (g_strcmp0 (source, "area") != 0 && g_strcmp0 (source, "grid") != 0)
    source = "manual";
  if (staff_id)
    {
      stmt = fy_store_prepare_cached (store, "SELECT name FROM staff WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, staff_id);
      if (!fy_store_step_row (store, stmt, _("This person is no longer on the roster."), error))
        return FALSE;
      roster_name = g_strdup (fy_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  clean = fy_validate_name (name && *name ? name : roster_name, error);
  if (clean == NULL)
    return FALSE;

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "INSERT INTO emergency_contact (emergency_id, staff_id, name, source) VALUES (?1, nullif(?2, 0), ?3, ?4)"
      " ON CONFLICT DO NOTHING", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, staff_id);
      fy_bind_text (stmt, 3, clean);
      fy_bind_text (stmt, 4, source);
      ok = fy_store_step_done (store, stmt, error);
    }
  return fy_plans_commit (store, ok, FY_STORE_CHANGE_PLANS, error);
}

/* A contact to isolate: who, and the quarantine they are already under. */
typedef struct
{
  gint64             contact_id;
  gint64             staff_id;
  gint64             active_quarantine;
  FyQuarantineStart *start;
} Pending;

static void
pending_free (Pending *p)
{
  g_clear_pointer (&p->start, fy_quarantine_start_free);
  g_free (p);
}

static gpointer
pending_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  Pending *p = g_new0 (Pending, 1);

  p->contact_id = sqlite3_column_int64 (stmt, 0);
  p->staff_id = sqlite3_column_int64 (stmt, 1);
  p->active_quarantine = sqlite3_column_int64 (stmt, 2);
  return p;
}

gboolean
fy_emergency_isolate_contacts (FyStore *store, gint64 id, const char *template_code, const char *day,
                               gint64 now, guint *n_started, GError **error)
{
  g_autoptr(GPtrArray) pending = NULL;
  sqlite3_stmt *stmt;
  guint n = 0;
  gboolean ok = TRUE;

  if (!check_running (store, id, NULL, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "SELECT c.id, c.staff_id, coalesce((SELECT q.id FROM quarantine q WHERE q.staff_id = c.staff_id"
      " AND q.released_on IS NULL), 0)"
      " FROM emergency_contact c JOIN staff s ON s.id = c.staff_id"
      " WHERE c.emergency_id = ?1 AND c.quarantine_id IS NULL AND s.status <> 'left' ORDER BY c.id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  pending = fy_store_collect (store, stmt, pending_from_row, NULL, (GDestroyNotify) pending_free, error);
  if (pending == NULL)
    return FALSE;
  /* Everything validated before BEGIN: a refusal for one contact writes nothing. */
  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = pending->pdata[i];
      FyQuarantineSpec spec = { .staff_id = p->staff_id, .template_code = template_code, .start_day = day,
                                .reason = FY_QUARANTINE_REASON_CLOSE_CONTACT };
      if (p->active_quarantine)
        continue;
      if (!(p->start = fy_quarantine_start_prepare (store, &spec, error)))
        return FALSE;
    }

  if (!fy_store_begin (store, error))
    return FALSE;
  for (guint i = 0; ok && i < pending->len; i++)
    {
      Pending *p = pending->pdata[i];
      gint64 qid = p->active_quarantine;

      if (p->start)
        {
          ok = fy_quarantine_start_write (store, p->start, now, &qid, error);
          n++;
        }
      if (!ok)
        break;
      stmt = fy_store_prepare_cached (store,
          "UPDATE emergency_contact SET quarantine_id = ?2 WHERE id = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, p->contact_id);
          sqlite3_bind_int64 (stmt, 2, qid);
          ok = fy_store_step_done (store, stmt, error);
        }
    }
  if (ok)
    {
      stmt = fy_store_prepare_cached (store,
          "UPDATE emergency_step SET done_at = ?2, done_by = ?3"
          " WHERE emergency_id = ?1 AND step = 'contacts' AND done_at IS NULL", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_int64 (stmt, 2, now);
          fy_bind_text (stmt, 3, fy_store_get_actor (store));
          ok = fy_store_step_done (store, stmt, error);
        }
    }
  if (!fy_plans_commit (store, ok, FY_STORE_CHANGE_PLANS | FY_STORE_CHANGE_QUARANTINE | FY_STORE_CHANGE_STAFF,
                     error))
    return FALSE;
  if (n_started)
    *n_started = n;
  return TRUE;
}

gboolean
fy_emergency_finish (FyStore *store, gint64 id, gint64 now, GError **error)
{
  sqlite3_stmt *stmt;
  gint64 started = 0;
  gboolean ok;

  if (!check_running (store, id, &started, error))
    return FALSE;
  if (now < started)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The procedure cannot finish before it started."));
      return FALSE;
    }
  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store, "UPDATE emergency SET finished_at = ?2 WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, now);
      ok = fy_store_step_done (store, stmt, error);
    }
  return fy_plans_commit (store, ok, FY_STORE_CHANGE_PLANS, error);
}

static gpointer
step_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyEmergencyStep *s = g_new0 (FyEmergencyStep, 1);

  s->kind = fy_code_lookup (fy_emergency_step_labels, FY_N_EMERGENCY_STEPS, fy_column_text (stmt, 0),
                            FY_STEP_REPORT);
  s->started_at = sqlite3_column_int64 (stmt, 1);
  s->due_at = sqlite3_column_int64 (stmt, 2);
  s->done_at = sqlite3_column_int64 (stmt, 3);
  s->done_by = g_strdup (fy_column_text (stmt, 4));
  s->note = g_strdup (fy_column_text (stmt, 5));
  return s;
}

static gpointer
emergency_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyEmergency *e = g_new0 (FyEmergency, 1);

  e->id = sqlite3_column_int64 (stmt, 0);
  e->staff_id = sqlite3_column_int64 (stmt, 1);
  e->person_name = g_strdup (fy_column_text (stmt, 2));
  e->trigger = fy_code_lookup (fy_emergency_trigger_labels, FY_N_EMERGENCY_TRIGGERS,
                               fy_column_text (stmt, 3), FY_EMERGENCY_MANUAL);
  e->started_at = sqlite3_column_int64 (stmt, 4);
  e->started_by = g_strdup (fy_column_text (stmt, 5));
  e->finished_at = sqlite3_column_int64 (stmt, 6);
  e->note = g_strdup (fy_column_text (stmt, 7));
  return e;
}

static gboolean
load_steps (FyStore *store, FyEmergency *e, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT step, coalesce(started_at, 0), coalesce(due_at, 0), coalesce(done_at, 0), done_by, note"
      " FROM emergency_step WHERE emergency_id = ?1 ORDER BY position", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, e->id);
  e->steps = fy_store_collect (store, stmt, step_from_row, NULL, (GDestroyNotify) fy_emergency_step_free, error);
  return e->steps != NULL;
}

#define EMERGENCY_COLUMNS \
  "SELECT id, coalesce(staff_id, 0), person_name, trigger, started_at, started_by," \
  " coalesce(finished_at, 0), note FROM emergency "

FyEmergency *
fy_emergency_get (FyStore *store, gint64 id, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store, EMERGENCY_COLUMNS "WHERE id = ?1", error);
  g_autoptr(FyEmergency) e = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!fy_store_step_row (store, stmt, _("This emergency procedure no longer exists."), error))
    return NULL;
  e = emergency_from_row (stmt, NULL);
  sqlite3_reset (stmt);
  if (!load_steps (store, e, error))
    return NULL;
  stmt = fy_store_prepare_cached (store,
      "SELECT id, coalesce(staff_id, 0), name, source, coalesce(quarantine_id, 0)"
      " FROM emergency_contact WHERE emergency_id = ?1 ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  e->contacts = fy_store_collect (store, stmt, contact_from_row, NULL,
                                  (GDestroyNotify) fy_emergency_contact_free, error);
  return e->contacts ? g_steal_pointer (&e) : NULL;
}

GPtrArray *
fy_emergency_list (FyStore *store, gboolean running_only, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      EMERGENCY_COLUMNS "WHERE ?1 = 0 OR finished_at IS NULL ORDER BY started_at DESC, id DESC", error);
  g_autoptr(GPtrArray) list = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, running_only ? 1 : 0);
  list = fy_store_collect (store, stmt, emergency_from_row, NULL, (GDestroyNotify) fy_emergency_free, error);
  if (list == NULL)
    return NULL;
  for (guint i = 0; i < list->len; i++)
    if (!load_steps (store, list->pdata[i], error))
      return NULL;
  return g_steal_pointer (&list);
}

gboolean
fy_emergency_person_area (FyStore *store, gint64 staff_id, gint64 *map_id, gint64 *area_id, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT a.map_id, a.id FROM staff_zone sz JOIN zone_area a ON a.id = sz.area_id WHERE sz.staff_id = ?1"
      " ORDER BY a.map_id LIMIT 1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  if (!fy_store_step_row (store, stmt, _("This person has no area on the zone map."), error))
    return FALSE;
  *map_id = sqlite3_column_int64 (stmt, 0);
  *area_id = sqlite3_column_int64 (stmt, 1);
  sqlite3_reset (stmt);
  return TRUE;
}

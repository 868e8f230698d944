/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-events.c — the register of business events over 200 people: each
 * needs an approval on file 7 days before the day (fy_gate_event_needs_approval
 * in fy-gate.c); saved, deleted and listed here. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-clock.h"
#include "fy-error.h"
#include "fy-gate-private.h"
#include "fy-validate.h"

static gboolean
invalid (GError **error, const char *message)
{
  g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, message);
  return FALSE;
}

/* Normalises the fields in place and checks them, before BEGIN. */
static gboolean
validate_event (FyGateEvent *e, GError **error)
{
  g_autofree char *name = fy_normalize_text (e->name ? e->name : "");
  g_autofree char *authority = fy_normalize_text (e->authority ? e->authority : "");
  g_autofree char *note = fy_normalize_text (e->note ? e->note : "");
  g_autofree char *held_on = NULL;
  g_autofree char *approved_on = NULL;

  if (name[0] == '\0')
    return invalid (error, _("Enter the name of the event."));
  if (g_utf8_strlen (name, -1) > 100)
    return invalid (error, _("The name of the event can have at most 100 characters."));
  held_on = fy_validate_date (e->held_on ? e->held_on : "", error);
  if (held_on == NULL)
    return FALSE;
  if (e->headcount < 1 || e->headcount > 100000)
    return invalid (error, _("Enter the expected headcount, 1 to 100000."));
  if (e->approved_on != NULL && e->approved_on[0] != '\0')
    {
      approved_on = fy_validate_date (e->approved_on, error);
      if (approved_on == NULL)
        return FALSE;
      if (authority[0] == '\0')
        return invalid (error, _("Enter who approved the event."));
    }
  if (g_utf8_strlen (authority, -1) > 100)
    return invalid (error, _("The approving authority can have at most 100 characters."));
  if (g_utf8_strlen (note, -1) > 500)
    return invalid (error, _("The note can have at most 500 characters."));
  fy_gate_set_text (&e->name, name);
  fy_gate_set_text (&e->held_on, held_on);
  g_free (e->approved_on);
  e->approved_on = g_steal_pointer (&approved_on);
  fy_gate_set_text (&e->authority, authority);
  fy_gate_set_text (&e->note, note);
  return TRUE;
}

gboolean
fy_gate_event_save (FyStore *store, FyGateEvent *event, GError **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *summary = NULL;
  gint64 old_id = event->id;
  gboolean own, ok;

  if (!validate_event (event, error) || !fy_store_begin_write (store, &own, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "INSERT INTO gate_event (id, name, held_on, headcount, approved_on, authority, note, created_at, created_by)"
      " VALUES (nullif(?1, 0), ?2, ?3, ?4, nullif(?5, ''), ?6, ?7, fy_now (), ?8)"
      " ON CONFLICT (id) DO UPDATE SET name = excluded.name, held_on = excluded.held_on,"
      " headcount = excluded.headcount, approved_on = excluded.approved_on, authority = excluded.authority,"
      " note = excluded.note", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, event->id);
      fy_bind_text (stmt, 2, event->name);
      fy_bind_text (stmt, 3, event->held_on);
      sqlite3_bind_int (stmt, 4, event->headcount);
      fy_bind_text (stmt, 5, event->approved_on);
      fy_bind_text (stmt, 6, event->authority);
      fy_bind_text (stmt, 7, event->note);
      fy_bind_text (stmt, 8, fy_store_get_actor (store));
      ok = fy_store_step_done (store, stmt, error);
    }
  if (ok && event->id == 0)
    event->id = sqlite3_last_insert_rowid (fy_store_get_db (store));
  if (ok)
    {
      summary = g_strdup_printf ("%s %s %d %s", event->held_on, event->name, event->headcount,
                                 event->approved_on ? event->approved_on : "");
      ok = fy_store_audit (store, &(FyAuditEntry) { .entity = "gate_event", .entity_id = event->id,
                                                     .action = old_id ? "update" : "insert", .field = "",
                                                     .new_value = summary },
                           error);
    }
  if (!fy_store_end_write (store, ok, own, FY_STORE_CHANGE_GATE, error))
    {
      event->id = old_id;
      return FALSE;
    }
  return TRUE;
}

gboolean
fy_gate_event_delete (FyStore *store, gint64 event_id, GError **error)
{
  sqlite3_stmt *stmt;

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store, "DELETE FROM gate_event WHERE id = ?1 RETURNING name", error);
  if (stmt == NULL)
    {
      fy_store_rollback (store);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, event_id);
  if (!fy_store_step_row (store, stmt, _("This event no longer exists."), error))
    {
      fy_store_rollback (store);
      return FALSE;
    }
  {
    g_autofree char *name = g_strdup (fy_column_text (stmt, 0));

    sqlite3_reset (stmt);
    if (!fy_store_audit (store, &(FyAuditEntry) { .entity = "gate_event", .entity_id = event_id,
                                                   .action = "delete", .field = "", .old_value = name },
                         error)
        || !fy_store_commit (store, error))
      {
        fy_store_rollback (store);
        return FALSE;
      }
  }
  fy_store_emit_changed (store, FY_STORE_CHANGE_GATE);
  return TRUE;
}

static gpointer
event_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyGateEvent *e = fy_gate_event_new ();

  e->id = sqlite3_column_int64 (stmt, 0);
  fy_gate_set_text (&e->name, fy_column_text (stmt, 1));
  fy_gate_set_text (&e->held_on, fy_column_text (stmt, 2));
  e->headcount = sqlite3_column_int (stmt, 3);
  if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
    e->approved_on = g_strdup (fy_column_text (stmt, 4));
  fy_gate_set_text (&e->authority, fy_column_text (stmt, 5));
  fy_gate_set_text (&e->note, fy_column_text (stmt, 6));
  return e;
}

GPtrArray *
fy_gate_event_list (FyStore *store, const char *from, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT id, name, held_on, headcount, approved_on, authority, note FROM gate_event"
      " WHERE held_on >= ?1 ORDER BY held_on, id", error);

  if (stmt == NULL)
    return NULL;
  fy_bind_text (stmt, 1, from ? from : "");
  return fy_store_collect (store, stmt, event_from_row, NULL, (GDestroyNotify) fy_gate_event_free, error);
}

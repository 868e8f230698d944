/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-store.c — the gate's writes: outsiders found again (ID number, else phone) and
 * kept up to date, declarations and their withdrawal, the gate check (with
 * the truck's disinfection entry in the same transaction) and the check
 * out. Each action validates before BEGIN, is one transaction with audit
 * rows (ID numbers and phones masked) and emits FY_STORE_CHANGE_GATE. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-clock.h"
#include "fy-disinfection-private.h"
#include "fy-error.h"
#include "fy-gate-private.h"
#include "fy-validate.h"

/* How far ahead of the clock a time in or out may be typed. */
#define FUTURE_SLACK (5 * 60)

static gboolean
invalid (GError **error, const char *message)
{
  g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, message);
  return FALSE;
}

/* ---- Outsiders ---------------------------------------------------------------- */

static char *
outsider_summary (const char *name, const char *id_number, const char *phone, const char *company)
{
  g_autofree char *id = fy_mask_id_number (id_number);
  g_autofree char *ph = fy_mask_phone (phone);

  return g_strdup_printf ("%s %s %s %s", name, id, ph, company);
}

/* The id of the first row of a bound statement: 0 for none, -1 on failure. */
static gint64
first_id (FyStore *store, sqlite3_stmt *stmt, GError **error)
{
  int rc = sqlite3_step (stmt);
  gint64 id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;

  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return fy_store_fail (store, rc, error) ? 0 : -1;
  return id;
}

/* The outsider this person is (ID number, else phone: a phone row with
 * another ID number is someone else), 0 when new; -1 on failure. */
static gint64
find_outsider_id (FyStore *store, const FyGatePerson *p, GError **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  if (p->id_number[0] != '\0')
    {
      stmt = fy_store_prepare_cached (store, "SELECT id FROM outsider WHERE id_number = ?1 AND id_number <> ''", error);
      if (stmt == NULL)
        return -1;
      fy_bind_text (stmt, 1, p->id_number);
      id = first_id (store, stmt, error);
      if (id != 0 || p->phone[0] == '\0')
        return id;
    }
  if (p->phone[0] == '\0')
    return 0;
  stmt = fy_store_prepare_cached (store,
      "SELECT id FROM outsider WHERE phone = ?1 AND phone <> '' AND (?2 = '' OR id_number = '')"
      " ORDER BY id DESC LIMIT 1", error);
  if (stmt == NULL)
    return -1;
  fy_bind_text (stmt, 1, p->phone);
  fy_bind_text (stmt, 2, p->id_number);
  return first_id (store, stmt, error);
}

/* Finds or adds the outsider, updates their details (a blank field keeps
 * what is known) and sets p->outsider_id. Inside the transaction. */
static gboolean
save_outsider (FyStore *store, FyGatePerson *p, GError **error)
{
  gint64 id = find_outsider_id (store, p, error);
  sqlite3_stmt *stmt;

  if (id < 0)
    return FALSE;
  if (id == 0)
    {
      g_autofree char *summary = outsider_summary (p->name, p->id_number, p->phone, p->company);

      stmt = fy_store_prepare_cached (store,
          "INSERT INTO outsider (name, id_number, phone, company, vaccine_doses, created_at)"
          " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
      if (stmt == NULL)
        return FALSE;
      fy_bind_text (stmt, 1, p->name);
      fy_bind_text (stmt, 2, p->id_number);
      fy_bind_text (stmt, 3, p->phone);
      fy_bind_text (stmt, 4, p->company);
      sqlite3_bind_int (stmt, 5, p->vaccine_doses);
      sqlite3_bind_int64 (stmt, 6, fy_now ());
      if (!fy_store_step_done (store, stmt, error))
        return FALSE;
      p->outsider_id = sqlite3_last_insert_rowid (fy_store_get_db (store));
      return fy_store_audit (store, &(FyAuditEntry) { .entity = "outsider", .entity_id = p->outsider_id,
                                                       .action = "insert", .field = "", .new_value = summary },
                             error);
    }
  p->outsider_id = id;
  {
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;

    stmt = fy_store_prepare_cached (store,
        "SELECT name, id_number, phone, company FROM outsider WHERE id = ?1", error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, id);
    if (!fy_store_step_row (store, stmt, "", error))
      return FALSE;
    before = outsider_summary (fy_column_text (stmt, 0), fy_column_text (stmt, 1), fy_column_text (stmt, 2),
                               fy_column_text (stmt, 3));
    sqlite3_reset (stmt);
    stmt = fy_store_prepare_cached (store,
        "UPDATE outsider SET name = ?2, id_number = CASE WHEN ?3 <> '' THEN ?3 ELSE id_number END,"
        " phone = CASE WHEN ?4 <> '' THEN ?4 ELSE phone END, company = CASE WHEN ?5 <> '' THEN ?5 ELSE company END,"
        " vaccine_doses = CASE WHEN ?6 >= 0 THEN ?6 ELSE vaccine_doses END WHERE id = ?1"
        " RETURNING name, id_number, phone, company", error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, id);
    fy_bind_text (stmt, 2, p->name);
    fy_bind_text (stmt, 3, p->id_number);
    fy_bind_text (stmt, 4, p->phone);
    fy_bind_text (stmt, 5, p->company);
    sqlite3_bind_int (stmt, 6, p->vaccine_doses);
    if (!fy_store_step_row (store, stmt, "", error))
      return FALSE;
    after = outsider_summary (fy_column_text (stmt, 0), fy_column_text (stmt, 1), fy_column_text (stmt, 2),
                              fy_column_text (stmt, 3));
    sqlite3_reset (stmt);
    if (g_str_equal (before, after))
      return TRUE;
    return fy_store_audit (store, &(FyAuditEntry) { .entity = "outsider", .entity_id = id, .action = "update",
                                                     .field = "", .old_value = before, .new_value = after },
                           error);
  }
}

/* ---- Writing a visit ------------------------------------------------------------- */

/* Names kept with the visit as they are now (host, areas, unloading point):
 * read before BEGIN; a host or area that no longer exists fails. */
static gboolean
fill_names (FyStore *store, FyGateVisit *v, GError **error)
{
  sqlite3_stmt *stmt;

  if (v->host_staff_id > 0)
    {
      stmt = fy_store_prepare_cached (store, "SELECT name, department FROM staff WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, v->host_staff_id);
      if (!fy_store_step_row (store, stmt, _("The host is no longer on the roster. Choose the host again."),
                              error))
        return FALSE;
      g_free (v->host_name);
      v->host_name = g_strdup (fy_column_text (stmt, 0));
      g_free (v->host_department);
      v->host_department = g_strdup (fy_column_text (stmt, 1));
      sqlite3_reset (stmt);
    }
  g_ptr_array_set_size (v->area_names, 0);
  for (guint i = 0; i < v->area_ids->len; i++)
    {
      stmt = fy_store_prepare_cached (store, "SELECT name FROM zone_area WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (v->area_ids, gint64, i));
      if (!fy_store_step_row (store, stmt, _("An area of the visit no longer exists on the zone map."), error))
        return FALSE;
      g_ptr_array_add (v->area_names, g_strdup (fy_column_text (stmt, 0)));
      sqlite3_reset (stmt);
    }
  if (v->unload_area_id > 0)
    {
      stmt = fy_store_prepare_cached (store,
          "SELECT a.name, (SELECT p.name FROM zone_point p WHERE p.id = ?2 AND p.map_id = a.map_id)"
          " FROM zone_area a WHERE a.id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, v->unload_area_id);
      sqlite3_bind_int64 (stmt, 2, v->unload_point_id);
      if (!fy_store_step_row (store, stmt, _("The unloading area no longer exists on the zone map."), error))
        return FALSE;
      g_free (v->unload_name);
      if (v->unload_point_id > 0 && sqlite3_column_type (stmt, 1) == SQLITE_NULL)
        {
          sqlite3_reset (stmt);
          v->unload_name = g_strdup ("");
          return invalid (error, _("The unloading point no longer exists on the zone map."));
        }
      if (v->unload_point_id > 0 && fy_column_text (stmt, 1)[0] != '\0')
        v->unload_name = g_strdup_printf ("%s %s", fy_column_text (stmt, 0), fy_column_text (stmt, 1));
      else
        v->unload_name = g_strdup (fy_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  else
    {
      v->unload_point_id = 0;
      g_free (v->unload_name);
      v->unload_name = g_strdup ("");
    }
  return TRUE;
}

static gboolean
write_people (FyStore *store, FyGateVisit *v, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store, "DELETE FROM gate_person WHERE visit_id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, v->id);
  if (!fy_store_step_done (store, stmt, error))
    return FALSE;
  for (guint i = 0; i < v->people->len; i++)
    {
      FyGatePerson *p = g_ptr_array_index (v->people, i);

      if (!save_outsider (store, p, error))
        return FALSE;
      stmt = fy_store_prepare_cached (store,
          "INSERT INTO gate_person (visit_id, position, outsider_id, declared, travel_risk, travel_note,"
          " code_colour, test_at, test_result, vaccine_doses, temp1, temp2)"
          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, nullif(?8, 0), ?9, ?10, nullif(?11, 0), nullif(?12, 0))", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, v->id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sqlite3_bind_int64 (stmt, 3, p->outsider_id);
      sqlite3_bind_int (stmt, 4, p->declared ? 1 : 0);
      fy_bind_text (stmt, 5, fy_risk_level_to_code (p->travel_risk));
      fy_bind_text (stmt, 6, p->travel_note);
      fy_bind_text (stmt, 7, fy_code_colour_to_code (p->code));
      sqlite3_bind_int64 (stmt, 8, p->test_at);
      fy_bind_text (stmt, 9, fy_test_outcome_to_code (p->test_result));
      sqlite3_bind_int (stmt, 10, p->vaccine_doses);
      sqlite3_bind_int (stmt, 11, p->temp1);
      sqlite3_bind_int (stmt, 12, p->temp2);
      if (!fy_store_step_done (store, stmt, error))
        return FALSE;
    }
  stmt = fy_store_prepare_cached (store, "DELETE FROM gate_visit_area WHERE visit_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, v->id);
  if (!fy_store_step_done (store, stmt, error))
    return FALSE;
  for (guint i = 0; i < v->area_ids->len; i++)
    {
      stmt = fy_store_prepare_cached (store,
          "INSERT INTO gate_visit_area (visit_id, area_id, area_name, position) VALUES (?1, ?2, ?3, ?4)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, v->id);
      sqlite3_bind_int64 (stmt, 2, g_array_index (v->area_ids, gint64, i));
      fy_bind_text (stmt, 3, g_ptr_array_index (v->area_names, i));
      sqlite3_bind_int (stmt, 4, (int) i);
      if (!fy_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Inserts (id 0) or replaces the visit's row, then its people and areas,
 * with an audit row. Inside the transaction. */
static gboolean
write_visit (FyStore *store, FyGateVisit *v, const char *action, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "INSERT INTO gate_visit (id, kind, status, planned_at, declared_at, declared_by, purpose, host_staff_id,"
      " host_name, host_department, plate, vehicle_type, origin, route, cargo, unload_area_id, unload_point_id,"
      " unload_name, arrived_at, left_at, reasons, flags, override_reason, checked_by, stayed_in_cab,"
      " disinfection_entry_id, handover_ours, handover_theirs, left_by, note, cancelled_reason)"
      " VALUES (nullif(?1, 0), ?2, ?3, ?4, nullif(?5, 0), ?6, ?7, nullif(?8, 0), ?9, ?10, ?11, ?12, ?13, ?14,"
      " ?15, nullif(?16, 0), nullif(?17, 0), ?18, nullif(?19, 0), nullif(?20, 0), ?21, ?22, ?23, ?24,"
      " nullif(?25, -1), nullif(?26, 0), ?27, ?28, ?29, ?30, ?31)"
      " ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, status = excluded.status,"
      " planned_at = excluded.planned_at, declared_at = excluded.declared_at, declared_by = excluded.declared_by,"
      " purpose = excluded.purpose, host_staff_id = excluded.host_staff_id, host_name = excluded.host_name,"
      " host_department = excluded.host_department, plate = excluded.plate, vehicle_type = excluded.vehicle_type,"
      " origin = excluded.origin, route = excluded.route, cargo = excluded.cargo,"
      " unload_area_id = excluded.unload_area_id, unload_point_id = excluded.unload_point_id,"
      " unload_name = excluded.unload_name, arrived_at = excluded.arrived_at, left_at = excluded.left_at,"
      " reasons = excluded.reasons, flags = excluded.flags, override_reason = excluded.override_reason,"
      " checked_by = excluded.checked_by, stayed_in_cab = excluded.stayed_in_cab,"
      " disinfection_entry_id = excluded.disinfection_entry_id, handover_ours = excluded.handover_ours,"
      " handover_theirs = excluded.handover_theirs, left_by = excluded.left_by, note = excluded.note,"
      " cancelled_reason = excluded.cancelled_reason", error);
  g_autofree char *when = NULL;
  g_autofree char *summary = NULL;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, v->id);
  fy_bind_text (stmt, 2, fy_gate_kind_labels[v->kind].code);
  fy_bind_text (stmt, 3, fy_gate_status_labels[v->status].code);
  sqlite3_bind_int64 (stmt, 4, v->planned_at);
  sqlite3_bind_int64 (stmt, 5, v->declared_at);
  fy_bind_text (stmt, 6, v->declared_by);
  fy_bind_text (stmt, 7, v->purpose);
  sqlite3_bind_int64 (stmt, 8, v->host_staff_id);
  fy_bind_text (stmt, 9, v->host_name);
  fy_bind_text (stmt, 10, v->host_department);
  fy_bind_text (stmt, 11, v->plate);
  fy_bind_text (stmt, 12, v->vehicle_type);
  fy_bind_text (stmt, 13, v->origin);
  fy_bind_text (stmt, 14, v->route);
  fy_bind_text (stmt, 15, v->cargo);
  sqlite3_bind_int64 (stmt, 16, v->unload_area_id);
  sqlite3_bind_int64 (stmt, 17, v->unload_point_id);
  fy_bind_text (stmt, 18, v->unload_name);
  sqlite3_bind_int64 (stmt, 19, v->arrived_at);
  sqlite3_bind_int64 (stmt, 20, v->left_at);
  sqlite3_bind_int (stmt, 21, (int) v->reasons);
  sqlite3_bind_int (stmt, 22, (int) (v->flags & ~FY_GATE_FLAG_OVERSTAY));
  fy_bind_text (stmt, 23, v->override_reason);
  fy_bind_text (stmt, 24, v->checked_by);
  sqlite3_bind_int (stmt, 25, v->kind == FY_GATE_TRUCK && v->stayed_in_cab >= 0 ? (v->stayed_in_cab ? 1 : 0) : -1);
  sqlite3_bind_int64 (stmt, 26, v->disinfection_entry_id);
  fy_bind_text (stmt, 27, v->handover_ours);
  fy_bind_text (stmt, 28, v->handover_theirs);
  fy_bind_text (stmt, 29, v->left_by);
  fy_bind_text (stmt, 30, v->note);
  fy_bind_text (stmt, 31, v->cancelled_reason);
  if (!fy_store_step_done (store, stmt, error))
    return FALSE;
  if (v->id == 0)
    v->id = sqlite3_last_insert_rowid (fy_store_get_db (store));
  if (!write_people (store, v, error))
    return FALSE;
  /* No ID number or phone in the summary: the people have their own rows. */
  when = fy_format_instant (v->arrived_at ? v->arrived_at : v->planned_at);
  summary = g_strdup_printf ("%s %s %s %s", fy_gate_kind_labels[v->kind].code,
                             fy_gate_status_labels[v->status].code, when, v->plate);
  return fy_store_audit (store, &(FyAuditEntry) { .entity = "gate_visit", .entity_id = v->id, .action = action,
                                                   .field = "", .new_value = summary },
                         error);
}

/* The status, time in and kind of a stored visit (for the checks before
 * BEGIN); `arrived_at` and `kind` may be NULL. */
static gboolean
stored_status (FyStore *store, gint64 id, FyGateStatus *status, gint64 *arrived_at, FyGateKind *kind,
               GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT status, ifnull(arrived_at, 0), kind FROM gate_visit WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!fy_store_step_row (store, stmt, FY_GATE_VISIT_GONE, error))
    return FALSE;
  *status = fy_code_lookup (fy_gate_status_labels, FY_GATE_N_STATUSES, fy_column_text (stmt, 0), 0);
  if (arrived_at != NULL)
    *arrived_at = sqlite3_column_int64 (stmt, 1);
  if (kind != NULL)
    *kind = fy_code_lookup (fy_gate_kind_labels, FY_GATE_N_KINDS, fy_column_text (stmt, 2), FY_GATE_VISITOR);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
check_expected (FyStore *store, gint64 id, GError **error)
{
  FyGateStatus status;

  if (!stored_status (store, id, &status, NULL, NULL, error))
    return FALSE;
  if (status != FY_GATE_EXPECTED)
    return invalid (error, _("This visit is no longer expected: it has been checked at the gate or cancelled."));
  return TRUE;
}

/* When and by whom a stored visit was first declared (0 and NULL for an
 * arrival registered at the gate). */
static gboolean
stored_declaration (FyStore *store, gint64 id, gint64 *declared_at, char **declared_by, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT ifnull(declared_at, 0), declared_by FROM gate_visit WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!fy_store_step_row (store, stmt, FY_GATE_VISIT_GONE, error))
    return FALSE;
  *declared_at = sqlite3_column_int64 (stmt, 0);
  *declared_by = g_strdup (fy_column_text (stmt, 1));
  sqlite3_reset (stmt);
  return TRUE;
}

/* ---- Declarations ----------------------------------------------------------------- */

gboolean
fy_gate_declare (FyStore *store, FyGateVisit *visit, gint64 now, GError **error)
{
  g_autofree char *today = fy_local_day_of (now);
  FyGateRules rules;
  gboolean ok;

  if (!fy_gate_visit_validate (visit, now, error))
    return FALSE;
  if (visit->planned_at < fy_local_day_start (today))
    return invalid (error, _("The planned arrival is on a day already past: check the date."));
  if (visit->id != 0 && !check_expected (store, visit->id, error))
    return FALSE;
  if (!fill_names (store, visit, error))
    return FALSE;
  fy_gate_rules_load (store, &rules);
  visit->status = FY_GATE_EXPECTED;
  g_clear_pointer (&visit->declared_by, g_free);
  /* An edit (a typo, another cargo) keeps the time of the declaration:
   * correcting it on the day does not make it late. */
  if (visit->id != 0 && !stored_declaration (store, visit->id, &visit->declared_at, &visit->declared_by, error))
    return FALSE;
  if (visit->id == 0 || visit->declared_at == 0)
    {
      visit->declared_at = now;
      g_free (visit->declared_by);
      visit->declared_by = g_strdup (fy_store_get_actor (store));
    }
  visit->flags = 0;
  if (visit->kind == FY_GATE_TRUCK && fy_gate_is_late_declaration (&rules, visit->declared_at, visit->planned_at))
    visit->flags |= FY_GATE_FLAG_LATE;
  visit->arrived_at = visit->left_at = 0;
  visit->reasons = 0;
  for (guint i = 0; i < visit->people->len; i++)
    ((FyGatePerson *) g_ptr_array_index (visit->people, i))->declared = TRUE;
  {
    gint64 old_id = visit->id;
    gboolean own;

    if (!fy_store_begin_write (store, &own, error))
      return FALSE;
    ok = write_visit (store, visit, old_id ? "update" : "insert", error);
    if (!fy_store_end_write (store, ok, own, FY_STORE_CHANGE_GATE, error))
      {
        visit->id = old_id;
        return FALSE;
      }
  }
  return TRUE;
}

gboolean
fy_gate_cancel (FyStore *store, gint64 visit_id, const char *reason, GError **error)
{
  g_autofree char *text = fy_normalize_text (reason ? reason : "");
  sqlite3_stmt *stmt;
  gboolean own, ok;

  if (text[0] == '\0')
    return invalid (error, _("Enter why the visit is cancelled."));
  if (g_utf8_strlen (text, -1) > 200)
    return invalid (error, _("The reason can have at most 200 characters."));
  if (!check_expected (store, visit_id, error) || !fy_store_begin_write (store, &own, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "UPDATE gate_visit SET status = 'cancelled', cancelled_reason = ?2 WHERE id = ?1 AND status = 'expected'",
      error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, visit_id);
      fy_bind_text (stmt, 2, text);
    }
  ok = stmt != NULL && fy_store_step_done (store, stmt, error)
       && fy_store_audit (store, &(FyAuditEntry) { .entity = "gate_visit", .entity_id = visit_id,
                                                    .action = "update", .field = "status",
                                                    .old_value = "expected", .new_value = "cancelled" },
                          error);
  return fy_store_end_write (store, ok, own, FY_STORE_CHANGE_GATE, error);
}

/* ---- The gate check ---------------------------------------------------------------- */

/* The vehicle's disinfection entry, validated and named before BEGIN. */
static FyDisinfectionEntry *
truck_disinfection (FyStore *store, const FyGateCheckIn *check, gint64 now, GError **error)
{
  const FyGateVisit *v = check->visit;
  g_autoptr(FyDisinfectionEntry) e = fy_disinfection_entry_new ();
  const char *actor = fy_store_get_actor (store) ? fy_store_get_actor (store) : "";
  /* The disinfection log keeps names of at most 32 characters. */
  g_autofree char *executor = g_utf8_strlen (actor, -1) > 32 ? g_utf8_substring (actor, 0, 32) : g_strdup (actor);
  FyDisinfectionEntry *entries[1];

  if (v->unload_area_id > 0)
    {
      e->area_id = v->unload_area_id;
      e->point_id = v->unload_point_id;
    }
  else if (check->disinfection_area_id > 0)
    e->area_id = check->disinfection_area_id;
  else
    {
      invalid (error, _("Choose the area where the truck was disinfected: it has no unloading area."));
      return NULL;
    }
  e->at = check->at;
  g_free (e->objects);
  e->objects = g_strdup ("vehicles,goods");
  if ((int) check->disinfection_product < 0 || check->disinfection_product >= FY_DISINFECTANT_N)
    {
      invalid (error, _("Choose the disinfectant."));
      return NULL;
    }
  e->product = check->disinfection_product;
  e->method = e->product == FY_DISINFECTANT_NONE ? FY_DISINFECTION_UV : FY_DISINFECTION_SPRAY;
  e->concentration = check->disinfection_concentration;
  e->contact_min = check->disinfection_contact_min;
  g_free (e->executor);
  /* No operator and no 填表人 set: the gate itself did it. */
  e->executor = g_strdup (executor[0] ? executor : _("Gate"));
  g_free (e->note);
  /* Translators: the note of the disinfection entry a truck's gate check writes. */
  e->note = g_strdup_printf (_("Truck %s at the gate"), v->plate);
  entries[0] = e;
  if (!fy_disinfection_prepare_entries (store, entries, 1, MAX (now, check->at), error))
    return NULL;
  return g_steal_pointer (&e);
}

gboolean
fy_gate_check_in (FyStore *store, const FyGateCheckIn *check, GError **error)
{
  FyGateVisit *v = check->visit;
  g_autoptr(FyGateVisit) declared = NULL;
  g_autoptr(FyDisinfectionEntry) entry = NULL;
  g_autofree char *reason = fy_normalize_text (check->override_reason ? check->override_reason : "");
  gint64 now = check->now ? check->now : fy_now ();
  FyGateRules rules;
  guint reasons, flags = 0;
  gboolean ok;

  if (check->at <= 0)
    return invalid (error, _("Enter the time of the gate check."));
  if (check->at > now + FUTURE_SLACK)
    return invalid (error, _("The time of the gate check is in the future: check the date and time."));
  if (v->planned_at <= 0)
    v->planned_at = check->at;
  if (!fy_gate_visit_validate (v, check->at, error))
    return FALSE;
  if (g_utf8_strlen (reason, -1) > 200)
    return invalid (error, _("The reason can have at most 200 characters."));
  /* Nobody comes in unmeasured; a refusal (a red code, say) may skip it. */
  for (guint i = 0; check->admit && i < v->people->len; i++)
    {
      const FyGatePerson *p = g_ptr_array_index (v->people, i);

      if (p->temp1 == 0)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("Take the temperature of %s before admitting."),
                       p->name);
          return FALSE;
        }
    }
  if (v->id != 0)
    {
      declared = fy_gate_get (store, v->id, error);
      if (declared == NULL)
        return FALSE;
      if (declared->status != FY_GATE_EXPECTED)
        return invalid (error,
                        _("This visit is no longer expected: it has been checked at the gate or cancelled."));
      if (declared->kind != v->kind)
        return invalid (error, _("A declared visitor cannot arrive as a truck, nor a truck as a visitor."));
      flags = declared->flags & FY_GATE_FLAG_LATE;
    }
  else
    flags = FY_GATE_FLAG_UNDECLARED;
  fy_gate_rules_load (store, &rules);
  /* Never trusts a proposal computed earlier. */
  reasons = fy_gate_evaluate (&rules, declared, v, check->at);
  if (check->admit != (reasons == 0))
    {
      if (reason[0] == '\0')
        return invalid (error, check->admit
                               ? _("The rules propose to refuse: enter why you admit anyway.")
                               : _("The rules propose to admit: enter why you refuse."));
      flags |= FY_GATE_FLAG_OVERRIDDEN;
    }
  if (!fill_names (store, v, error))
    return FALSE;
  if (check->admit && check->disinfected && v->kind == FY_GATE_TRUCK)
    {
      entry = truck_disinfection (store, check, now, error);
      if (entry == NULL)
        return FALSE;
    }
  for (guint i = 0; i < v->people->len; i++)
    {
      FyGatePerson *p = g_ptr_array_index (v->people, i);

      p->declared = declared != NULL && fy_gate_on_declaration (declared, p);
    }
  v->status = check->admit ? FY_GATE_INSIDE : FY_GATE_REFUSED;
  v->arrived_at = check->at;
  v->left_at = 0;
  v->reasons = reasons;
  v->flags = flags;
  v->declared_at = declared ? declared->declared_at : 0;
  g_free (v->declared_by);
  v->declared_by = g_strdup (declared ? declared->declared_by : "");
  g_free (v->override_reason);
  v->override_reason = g_strdup (flags & FY_GATE_FLAG_OVERRIDDEN ? reason : "");
  g_free (v->checked_by);
  v->checked_by = g_strdup (fy_store_get_actor (store));
  if (v->kind != FY_GATE_TRUCK)
    v->stayed_in_cab = -1;
  {
    gint64 old_id = v->id;
    gboolean own;

    v->disinfection_entry_id = 0;
    if (!fy_store_begin_write (store, &own, error))
      return FALSE;
    ok = (entry == NULL || fy_disinfection_insert_entry (store, entry, error));
    if (ok && entry != NULL)
      v->disinfection_entry_id = entry->id;
    ok = ok && write_visit (store, v, old_id ? "update" : "insert", error);
    if (!fy_store_end_write (store, ok, own,
                             FY_STORE_CHANGE_GATE | (entry ? FY_STORE_CHANGE_DISINFECTION : 0)
                             | (entry && entry->supply_doc_id ? FY_STORE_CHANGE_SUPPLIES : 0), error))
      {
        v->id = old_id;
        v->disinfection_entry_id = 0;
        v->status = old_id ? FY_GATE_EXPECTED : v->status;
        return FALSE;
      }
  }
  return TRUE;
}

gboolean
fy_gate_check_out (FyStore *store, gint64 visit_id, gint64 at, const char *handover_ours,
                   const char *handover_theirs, gint64 now, GError **error)
{
  g_autofree char *ours = fy_normalize_text (handover_ours ? handover_ours : "");
  g_autofree char *theirs = fy_normalize_text (handover_theirs ? handover_theirs : "");
  FyGateStatus status;
  FyGateKind kind;
  gint64 arrived_at = 0;
  sqlite3_stmt *stmt;
  gboolean own, ok;

  if (!stored_status (store, visit_id, &status, &arrived_at, &kind, error))
    return FALSE;
  if (status != FY_GATE_INSIDE)
    return invalid (error, _("Only a visit inside can be checked out."));
  if (at < arrived_at)
    return invalid (error, _("The time out is before the time in: check the date and time."));
  if (at > now + FUTURE_SLACK)
    return invalid (error, _("The time out is in the future: check the date and time."));
  if (g_utf8_strlen (ours, -1) > 64 || g_utf8_strlen (theirs, -1) > 64)
    return invalid (error, _("A name can have at most 64 characters."));
  /* 交接双方签字: the truck leaves with both names on the register. */
  if (kind == FY_GATE_TRUCK && *ours == '\0')
    return invalid (error, _("Enter who signs the hand-over for the plant."));
  if (kind == FY_GATE_TRUCK && *theirs == '\0')
    return invalid (error, _("Enter who signs the hand-over for the carrier."));
  if (!fy_store_begin_write (store, &own, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "UPDATE gate_visit SET status = 'left', left_at = ?2, handover_ours = ?3, handover_theirs = ?4,"
      " left_by = ?5 WHERE id = ?1 AND status = 'inside'", error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, visit_id);
      sqlite3_bind_int64 (stmt, 2, at);
      fy_bind_text (stmt, 3, ours);
      fy_bind_text (stmt, 4, theirs);
      fy_bind_text (stmt, 5, fy_store_get_actor (store));
    }
  {
    g_autofree char *when = fy_format_instant (at);

    ok = stmt != NULL && fy_store_step_done (store, stmt, error)
         && fy_store_audit (store, &(FyAuditEntry) { .entity = "gate_visit", .entity_id = visit_id,
                                                      .action = "update", .field = "left_at",
                                                      .new_value = when },
                            error);
  }
  return fy_store_end_write (store, ok, own, FY_STORE_CHANGE_GATE, error);
}

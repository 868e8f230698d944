/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-query.c — the gate's reads: one visit with its people and areas,
 * today's expected arrivals, the search at the gate (plate, name, phone, ID
 * tail), who is inside now, the day's counts and an outsider found again by
 * ID number or phone with their latest visit. Searches start from the few
 * visits expected or inside (indexes of 011-gate.sql), never from the whole
 * history. */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fy-clock.h"
#include "fy-error.h"
#include "fy-gate-private.h"
#include "fy-validate.h"

/* How long a visit may have been inside to still be counted at a past
 * instant (the day's counts read "left" visits only this far back). */
#define LONGEST_STAY (30 * 86400)

static gboolean
invalid (GError **error, const char *message)
{
  g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, message);
  return FALSE;
}

/* ---- Reading a visit ------------------------------------------------------- */

gpointer
fy_gate_visit_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyGateKind kind = fy_code_lookup (fy_gate_kind_labels, FY_GATE_N_KINDS, fy_column_text (stmt, 1), 0);
  FyGateVisit *v = fy_gate_visit_new (kind);
  int c = 0;

#define TEXT(f) g_free (v->f); v->f = g_strdup (fy_column_text (stmt, c++));
  v->id = sqlite3_column_int64 (stmt, c++);
  c++;
  v->status = fy_code_lookup (fy_gate_status_labels, FY_GATE_N_STATUSES, fy_column_text (stmt, c++), 0);
  v->planned_at = sqlite3_column_int64 (stmt, c++);
  v->declared_at = sqlite3_column_int64 (stmt, c++);
  TEXT (declared_by)
  TEXT (purpose)
  v->host_staff_id = sqlite3_column_int64 (stmt, c++);
  TEXT (host_name)
  TEXT (host_department)
  TEXT (plate)
  TEXT (vehicle_type)
  TEXT (origin)
  TEXT (route)
  TEXT (cargo)
  v->unload_area_id = sqlite3_column_int64 (stmt, c++);
  v->unload_point_id = sqlite3_column_int64 (stmt, c++);
  TEXT (unload_name)
  v->arrived_at = sqlite3_column_int64 (stmt, c++);
  v->left_at = sqlite3_column_int64 (stmt, c++);
  v->reasons = sqlite3_column_int (stmt, c++);
  v->flags = sqlite3_column_int (stmt, c++);
  TEXT (override_reason)
  TEXT (checked_by)
  v->stayed_in_cab = sqlite3_column_int (stmt, c++);
  v->disinfection_entry_id = sqlite3_column_int64 (stmt, c++);
  TEXT (handover_ours)
  TEXT (handover_theirs)
  TEXT (left_by)
  TEXT (note)
  TEXT (cancelled_reason)
#undef TEXT
  return v;
}

static gpointer
person_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  const FyGateVisit *v = user_data;
  int position = sqlite3_column_int (stmt, 1);
  FyGatePerson *p;

  if (v->kind == FY_GATE_TRUCK)
    p = fy_gate_person_new (position == 0 ? FY_GATE_ROLE_DRIVER : FY_GATE_ROLE_RIDER);
  else
    p = fy_gate_person_new (position == 0 ? FY_GATE_ROLE_VISITOR : FY_GATE_ROLE_COMPANION);
  p->outsider_id = sqlite3_column_int64 (stmt, 0);
  g_free (p->name);
  p->name = g_strdup (fy_column_text (stmt, 2));
  g_free (p->id_number);
  p->id_number = g_strdup (fy_column_text (stmt, 3));
  g_free (p->phone);
  p->phone = g_strdup (fy_column_text (stmt, 4));
  g_free (p->company);
  p->company = g_strdup (fy_column_text (stmt, 5));
  p->vaccine_doses = sqlite3_column_int (stmt, 6);
  p->travel_risk = fy_risk_level_from_code (fy_column_text (stmt, 7));
  g_free (p->travel_note);
  p->travel_note = g_strdup (fy_column_text (stmt, 8));
  p->code = fy_code_colour_from_code (fy_column_text (stmt, 9));
  p->test_at = sqlite3_column_int64 (stmt, 10);
  p->test_result = fy_test_outcome_from_code (fy_column_text (stmt, 11));
  p->temp1 = sqlite3_column_int (stmt, 12);
  p->temp2 = sqlite3_column_int (stmt, 13);
  p->declared = sqlite3_column_int (stmt, 14) != 0;
  return p;
}

gboolean
fy_gate_load_children (FyStore *store, FyGateVisit *v, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT p.outsider_id, p.position, o.name, o.id_number, o.phone, o.company, p.vaccine_doses,"
      " p.travel_risk, p.travel_note, p.code_colour, ifnull(p.test_at, 0), p.test_result,"
      " ifnull(p.temp1, 0), ifnull(p.temp2, 0), p.declared"
      " FROM gate_person p JOIN outsider o ON o.id = p.outsider_id WHERE p.visit_id = ?1 ORDER BY p.position",
      error);
  GPtrArray *people;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, v->id);
  people = fy_store_collect (store, stmt, person_from_row, v, (GDestroyNotify) fy_gate_person_free, error);
  if (people == NULL)
    return FALSE;
  g_ptr_array_unref (v->people);
  v->people = people;
  stmt = fy_store_prepare_cached (store,
      "SELECT ifnull(area_id, 0), area_name FROM gate_visit_area WHERE visit_id = ?1 ORDER BY position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, v->id);
  g_array_set_size (v->area_ids, 0);
  g_ptr_array_set_size (v->area_names, 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 area = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (v->area_ids, area);
      g_ptr_array_add (v->area_names, g_strdup (fy_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || fy_store_fail (store, rc, error);
}

GPtrArray *
fy_gate_collect_visits (FyStore *store, sqlite3_stmt *stmt, GError **error)
{
  g_autoptr(GPtrArray) visits = fy_store_collect (store, stmt, fy_gate_visit_from_row, NULL,
                                                  (GDestroyNotify) fy_gate_visit_free, error);

  if (visits == NULL)
    return NULL;
  for (guint i = 0; i < visits->len; i++)
    if (!fy_gate_load_children (store, g_ptr_array_index (visits, i), error))
      return NULL;
  return g_steal_pointer (&visits);
}

FyGateVisit *
fy_gate_get (FyStore *store, gint64 visit_id, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT " FY_GATE_VISIT_COLUMNS " FROM gate_visit v WHERE v.id = ?1", error);
  g_autoptr(FyGateVisit) v = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, visit_id);
  if (!fy_store_step_row (store, stmt, FY_GATE_VISIT_GONE, error))
    return NULL;
  v = fy_gate_visit_from_row (stmt, NULL);
  sqlite3_reset (stmt);
  if (!fy_gate_load_children (store, v, error))
    return NULL;
  return g_steal_pointer (&v);
}

gboolean
fy_gate_day_bounds (const char *day, gint64 *start, gint64 *end, GError **error)
{
  g_autoptr(GDateTime) midnight = day ? fy_local_day_midnight (day) : NULL;
  g_autoptr(GDateTime) next = midnight ? g_date_time_add_days (midnight, 1) : NULL;

  if (next == NULL)
    return invalid (error, _("Enter a real date."));
  *start = g_date_time_to_unix (midnight);
  *end = g_date_time_to_unix (next);
  return TRUE;
}

int
fy_gate_dwell_limit (const FyGateRules *rules, FyGateKind kind)
{
  return kind == FY_GATE_TRUCK ? rules->truck_dwell_min : rules->visitor_dwell_min;
}

/* ---- The gate's lists ---------------------------------------------------------- */

GPtrArray *
fy_gate_list_expected (FyStore *store, const char *day, GError **error)
{
  sqlite3_stmt *stmt;
  gint64 start, end;

  if (!fy_gate_day_bounds (day, &start, &end, error))
    return NULL;
  stmt = fy_store_prepare_cached (store,
      "SELECT " FY_GATE_VISIT_COLUMNS " FROM gate_visit v"
      " WHERE v.planned_at >= ?1 AND v.planned_at < ?2 AND v.status = 'expected' ORDER BY v.planned_at, v.id",
      error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, start - 86400);
  sqlite3_bind_int64 (stmt, 2, end);
  return fy_gate_collect_visits (store, stmt, error);
}

/* Two or more characters, every one a Chinese character. */
static gboolean
is_cjk_name (const char *text)
{
  int n = 0;

  for (const char *c = text; *c; c = g_utf8_next_char (c), n++)
    if (g_unichar_get_script (g_utf8_get_char (c)) != G_UNICODE_SCRIPT_HAN)
      return FALSE;
  return n >= 2;
}

GPtrArray *
fy_gate_search (FyStore *store, const char *day, const char *query, GError **error)
{
  g_autofree char *key = fy_normalize_identifier (query ? query : "");
  g_autofree char *name = fy_normalize_text (query ? query : "");
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) visits = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_gate_visit_free);
  sqlite3_stmt *stmt;
  gint64 start, end;
  int rc;

  if (!fy_gate_day_bounds (day, &start, &end, error))
    return NULL;
  {
    /* A phone typed with +86 is still that phone. */
    char *phone = fy_validate_phone (key, NULL, NULL);

    if (phone != NULL)
      {
        g_free (key);
        key = phone;
      }
  }
  if (g_utf8_strlen (key, -1) < 2)
    return g_steal_pointer (&visits);
  /* The candidates are the visits expected around `day` and those inside:
   * a few hundred at most, whatever the history. Scores: 0 an exact plate,
   * ID number or phone, 1 a plate tail or the last 4+ of an ID number or
   * phone, 2 a name from its start, 3 a Chinese name anywhere. */
  stmt = fy_store_prepare_cached (store,
      "WITH cand (id) AS (SELECT id FROM gate_visit WHERE status = 'expected' AND planned_at >= ?1"
      "                   AND planned_at < ?2 UNION SELECT id FROM gate_visit WHERE status = 'inside')"
      " SELECT v.id, min(CASE"
      "   WHEN v.plate = ?3 OR o.id_number = ?3 OR o.phone = ?3 THEN 0"
      "   WHEN v.plate <> '' AND substr(v.plate, -length(?3)) = ?3 THEN 1"
      "   WHEN length(?3) >= 4 AND (substr(o.id_number, -length(?3)) = ?3"
      "                             OR substr(o.phone, -length(?3)) = ?3) THEN 1"
      "   WHEN substr(o.name, 1, length(?4)) = ?4 THEN 2"
      "   WHEN ?5 AND instr(o.name, ?4) > 0 THEN 3"
      "   ELSE 9 END) AS score, v.planned_at"
      " FROM cand JOIN gate_visit v ON v.id = cand.id JOIN gate_person p ON p.visit_id = v.id"
      " JOIN outsider o ON o.id = p.outsider_id"
      " GROUP BY v.id HAVING score < 9 ORDER BY score, v.planned_at, v.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, start - 86400);
  sqlite3_bind_int64 (stmt, 2, end);
  fy_bind_text (stmt, 3, key);
  fy_bind_text (stmt, 4, name);
  sqlite3_bind_int (stmt, 5, is_cjk_name (name));
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      fy_store_fail (store, rc, error);
      return NULL;
    }
  for (guint i = 0; i < ids->len; i++)
    {
      FyGateVisit *v = fy_gate_get (store, g_array_index (ids, gint64, i), error);

      if (v == NULL)
        return NULL;
      g_ptr_array_add (visits, v);
    }
  return g_steal_pointer (&visits);
}

GPtrArray *
fy_gate_list_inside (FyStore *store, gint64 now, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT " FY_GATE_VISIT_COLUMNS " FROM gate_visit v WHERE v.status = 'inside'"
      " ORDER BY v.arrived_at, v.id", error);
  GPtrArray *visits;
  FyGateRules rules;

  if (stmt == NULL)
    return NULL;
  visits = fy_gate_collect_visits (store, stmt, error);
  if (visits == NULL)
    return NULL;
  fy_gate_rules_load (store, &rules);
  for (guint i = 0; i < visits->len; i++)
    {
      FyGateVisit *v = g_ptr_array_index (visits, i);

      if (fy_gate_dwell_minutes (v, now) > fy_gate_dwell_limit (&rules, v->kind))
        v->flags |= FY_GATE_FLAG_OVERSTAY;
    }
  return visits;
}

gboolean
fy_gate_day_counts (FyStore *store, const char *day, gint64 now, FyGateDayCounts *counts, GError **error)
{
  sqlite3_stmt *stmt;
  FyGateRules rules;
  gint64 start, end, at;
  int rc;

  memset (counts, 0, sizeof *counts);
  if (!fy_gate_day_bounds (day, &start, &end, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "SELECT"
      " ifnull(sum(CASE WHEN v.kind = 'visitor' AND v.status <> 'refused' THEN n END), 0),"
      " ifnull(sum(v.kind = 'visitor' AND v.status <> 'refused'), 0),"
      " ifnull(sum(v.kind = 'truck' AND v.status <> 'refused'), 0),"
      " ifnull(sum(CASE WHEN v.kind = 'truck' AND v.status <> 'refused' THEN n END), 0),"
      " ifnull(sum(v.status = 'refused'), 0), ifnull(sum(v.declared_at IS NULL), 0)"
      " FROM (SELECT kind, status, declared_at,"
      "       (SELECT count(*) FROM gate_person p WHERE p.visit_id = gate_visit.id) AS n"
      "       FROM gate_visit WHERE arrived_at >= ?1 AND arrived_at < ?2) v", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, start);
  sqlite3_bind_int64 (stmt, 2, end);
  if (!fy_store_step_row (store, stmt, "", error))
    return FALSE;
  counts->visitor_people = sqlite3_column_int (stmt, 0);
  counts->visitor_visits = sqlite3_column_int (stmt, 1);
  counts->trucks = sqlite3_column_int (stmt, 2);
  counts->truck_people = sqlite3_column_int (stmt, 3);
  counts->refused = sqlite3_column_int (stmt, 4);
  counts->undeclared = sqlite3_column_int (stmt, 5);
  sqlite3_reset (stmt);
  stmt = fy_store_prepare_cached (store,
      "SELECT ifnull(sum(kind = 'truck' AND status <> 'cancelled' AND (flags & ?3) <> 0), 0),"
      " ifnull(sum(status = 'expected'), 0)"
      " FROM gate_visit WHERE planned_at >= ?1 AND planned_at < ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, start);
  sqlite3_bind_int64 (stmt, 2, end);
  sqlite3_bind_int (stmt, 3, FY_GATE_FLAG_LATE);
  if (!fy_store_step_row (store, stmt, "", error))
    return FALSE;
  counts->late = sqlite3_column_int (stmt, 0);
  counts->expected_left = sqlite3_column_int (stmt, 1);
  sqlite3_reset (stmt);
  /* Inside at the end of the day, or now for today. */
  at = MIN (now, end);
  fy_gate_rules_load (store, &rules);
  stmt = fy_store_prepare_cached (store,
      "SELECT kind, arrived_at FROM gate_visit WHERE status = 'inside' AND arrived_at < ?1"
      " UNION ALL SELECT kind, arrived_at FROM gate_visit WHERE arrived_at >= ?1 - ?2 AND arrived_at < ?1"
      " AND status = 'left' AND left_at > ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, at);
  sqlite3_bind_int64 (stmt, 2, LONGEST_STAY);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FyGateKind kind = g_str_equal (fy_column_text (stmt, 0), "truck") ? FY_GATE_TRUCK : FY_GATE_VISITOR;
      gint64 arrived = sqlite3_column_int64 (stmt, 1);

      counts->inside_now++;
      if ((at - arrived) / 60 > fy_gate_dwell_limit (&rules, kind))
        counts->overstay++;
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || fy_store_fail (store, rc, error);
}

/* ---- Outsiders ---------------------------------------------------------------- */

FyGatePerson *
fy_gate_find_outsider (FyStore *store, const char *id_or_phone, FyGateVisit **last_visit, GError **error)
{
  g_autofree char *key = fy_normalize_identifier (id_or_phone ? id_or_phone : "");
  g_autofree char *phone = NULL;
  g_autoptr(FyGatePerson) person = NULL;
  sqlite3_stmt *stmt;
  gint64 outsider_id, visit_id = 0;
  int rc;

  if (last_visit != NULL)
    *last_visit = NULL;
  if (key[0] == '\0')
    return NULL;
  phone = fy_validate_phone (key, NULL, NULL);
  stmt = fy_store_prepare_cached (store,
      "SELECT id, name, id_number, phone, company, vaccine_doses FROM outsider"
      " WHERE (id_number = ?1 AND id_number <> '') OR (phone = ?2 AND phone <> '')"
      " ORDER BY id_number = ?1 DESC, id DESC LIMIT 1", error);
  if (stmt == NULL)
    return NULL;
  fy_bind_text (stmt, 1, key);
  fy_bind_text (stmt, 2, phone ? phone : key);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        fy_store_fail (store, rc, error);
      return NULL;
    }
  person = fy_gate_person_new (FY_GATE_ROLE_VISITOR);
  outsider_id = person->outsider_id = sqlite3_column_int64 (stmt, 0);
  fy_gate_set_text (&person->name, fy_column_text (stmt, 1));
  fy_gate_set_text (&person->id_number, fy_column_text (stmt, 2));
  fy_gate_set_text (&person->phone, fy_column_text (stmt, 3));
  fy_gate_set_text (&person->company, fy_column_text (stmt, 4));
  person->vaccine_doses = sqlite3_column_int (stmt, 5);
  sqlite3_reset (stmt);
  stmt = fy_store_prepare_cached (store,
      "SELECT p.visit_id, p.position, v.kind FROM gate_person p JOIN gate_visit v ON v.id = p.visit_id"
      " WHERE p.outsider_id = ?1 ORDER BY v.planned_at DESC, v.id DESC LIMIT 1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, outsider_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      gboolean truck = g_str_equal (fy_column_text (stmt, 2), "truck");
      gboolean first = sqlite3_column_int (stmt, 1) == 0;

      visit_id = sqlite3_column_int64 (stmt, 0);
      person->role = truck ? (first ? FY_GATE_ROLE_DRIVER : FY_GATE_ROLE_RIDER)
                           : (first ? FY_GATE_ROLE_VISITOR : FY_GATE_ROLE_COMPANION);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      fy_store_fail (store, rc, error);
      return NULL;
    }
  if (visit_id != 0 && last_visit != NULL)
    {
      *last_visit = fy_gate_get (store, visit_id, error);
      if (*last_visit == NULL)
        return NULL;
    }
  return g_steal_pointer (&person);
}

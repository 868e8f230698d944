/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-disinfection-store.c — all the SQL of the disinfection log: places
 * (areas and symbols of the zone maps), schedules, entries and the repeat
 * of yesterday's round (their stock take: fy-disinfection-stock.c). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-clock.h"
#include "fy-disinfection-private.h"
#include "fy-store-private.h"

#define AREA_GONE _("The area no longer exists. It may have been deleted from the zone map.")

/* ---- Places ------------------------------------------------------------------ */

static int
compare_areas (gconstpointer a, gconstpointer b)
{
  const FyZoneArea *x = *(const FyZoneArea *const *) a;
  const FyZoneArea *y = *(const FyZoneArea *const *) b;

  return g_utf8_collate (x->name, y->name);
}

static FyDisinfectionPlace *
place_new (const char *map_name, const FyZoneArea *area, const FyZonePoint *point)
{
  FyDisinfectionPlace *place = g_new0 (FyDisinfectionPlace, 1);
  const char *point_name = "";

  if (point != NULL)
    point_name = point->name[0] ? point->name : fy_zone_point_kind_label (point->kind);
  place->area_id = area->id;
  place->point_id = point ? point->id : 0;
  place->map_name = g_strdup (map_name);
  place->area_name = g_strdup (area->name);
  place->point_name = g_strdup (point_name);
  place->level = area->level;
  place->title = point ? g_strdup_printf ("%s · %s", area->name, point_name) : g_strdup (area->name);
  return place;
}

GPtrArray *
fy_disinfection_list_places (FyStore *store, GError **error)
{
  g_autoptr(GPtrArray) maps = fy_zone_map_list (store, error);
  g_autoptr(GPtrArray) places = NULL;

  if (maps == NULL)
    return NULL;
  places = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_disinfection_place_free);
  for (guint m = 0; m < maps->len; m++)
    {
      const FyZoneMapInfo *info = maps->pdata[m];
      g_autoptr(FyZoneMap) map = fy_zone_map_load (store, info->id, error);
      g_autoptr(GPtrArray) areas = g_ptr_array_new ();

      if (map == NULL)
        return NULL;
      for (guint i = 0; i < fy_zone_map_get_n_areas (map); i++)
        g_ptr_array_add (areas, (gpointer) fy_zone_map_get_area (map, i));
      g_ptr_array_sort (areas, compare_areas);
      for (guint i = 0; i < areas->len; i++)
        {
          const FyZoneArea *area = areas->pdata[i];

          g_ptr_array_add (places, place_new (info->name, area, NULL));
          for (guint p = 0; p < fy_zone_map_get_n_points (map); p++)
            {
              const FyZonePoint *point = fy_zone_map_get_point (map, p);

              if (fy_zone_map_hit_area (map, point->x, point->y) == area->id)
                g_ptr_array_add (places, place_new (info->name, area, point));
            }
        }
    }
  return g_steal_pointer (&places);
}

/* The names of an area and a point of it now, or NOT_FOUND. */
static gboolean
place_names (FyStore *store, gint64 area_id, gint64 point_id, char **area_name, char **point_name,
             GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT a.name, (SELECT CASE WHEN p.name <> '' THEN p.name ELSE p.kind END"
      "                FROM zone_point p WHERE p.id = ?2 AND p.map_id = a.map_id)"
      " FROM zone_area a WHERE a.id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, area_id);
  sqlite3_bind_int64 (stmt, 2, point_id);
  if (!fy_store_step_row (store, stmt, AREA_GONE, error))
    return FALSE;
  if (point_id != 0 && sqlite3_column_type (stmt, 1) == SQLITE_NULL)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("The point no longer exists. It may have been deleted from the zone map."));
      return FALSE;
    }
  *area_name = g_strdup (fy_column_text (stmt, 0));
  if (point_id != 0)
    {
      const char *name = fy_column_text (stmt, 1);
      int kind = fy_zone_point_kind_from_code (name);

      *point_name = g_strdup (kind >= 0 ? fy_zone_point_kind_label (kind) : name);
    }
  else
    *point_name = g_strdup ("");
  sqlite3_reset (stmt);
  return TRUE;
}

/* ---- Schedules --------------------------------------------------------------- */

static int
code_of (const FyCodeLabel *table, guint n, const char *code)
{
  return fy_code_lookup (table, n, code, 0);
}

static gpointer
schedule_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyDisinfectionSchedule *s = g_new0 (FyDisinfectionSchedule, 1);
  const char *point = fy_column_text (stmt, 11);
  int kind;

  s->id = sqlite3_column_int64 (stmt, 0);
  s->area_id = sqlite3_column_int64 (stmt, 1);
  s->point_id = sqlite3_column_int64 (stmt, 2);
  s->frequency = code_of (fy_disinfection_frequency_labels, FY_DISINFECTION_N_FREQUENCIES, fy_column_text (stmt, 3));
  s->objects = g_strdup (fy_column_text (stmt, 4));
  s->method = code_of (fy_disinfection_method_labels, FY_DISINFECTION_N_METHODS, fy_column_text (stmt, 5));
  s->product = code_of (fy_disinfectant_labels, FY_DISINFECTANT_N, fy_column_text (stmt, 6));
  s->concentration = sqlite3_column_int (stmt, 7);
  s->ventilation_min = sqlite3_column_int (stmt, 8);
  s->start_day = g_strdup (fy_column_text (stmt, 9));
  kind = fy_zone_point_kind_from_code (point);
  if (s->point_id != 0)
    s->place_title = g_strdup_printf ("%s · %s", fy_column_text (stmt, 10),
                                      kind >= 0 ? fy_zone_point_kind_label (kind) : point);
  else
    s->place_title = g_strdup (fy_column_text (stmt, 10));
  s->level = MAX (fy_zone_level_from_code (fy_column_text (stmt, 12)), 0);
  return s;
}

GPtrArray *
fy_disinfection_list_schedules (FyStore *store, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT s.id, s.area_id, ifnull(s.point_id, 0), s.frequency, s.objects, s.method, s.product,"
      " s.concentration, s.ventilation_min, s.start_day, a.name,"
      " ifnull((SELECT CASE WHEN p.name <> '' THEN p.name ELSE p.kind END FROM zone_point p"
      "         WHERE p.id = s.point_id), ''), a.level"
      " FROM disinfection_schedule s JOIN zone_area a ON a.id = s.area_id"
      " ORDER BY a.name, s.area_id, s.point_id IS NOT NULL, s.point_id, s.id", error);

  if (stmt == NULL)
    return NULL;
  return fy_store_collect (store, stmt, schedule_from_row, NULL,
                           (GDestroyNotify) fy_disinfection_schedule_free, error);
}

/* A schedule as one line for the audit trail (the old and new values of
 * an edit or a deletion), "" when there is none. Owned. */
static char *
schedule_summary (FyStore *store, gint64 id)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT a.name || ifnull(' · ' || s.point_id, '') || ': ' || s.frequency || ', ' || s.objects || ', '"
      " || s.method || ', ' || s.product || ' ' || s.concentration || ', ' || s.ventilation_min || ' min, '"
      " || s.start_day FROM disinfection_schedule s JOIN zone_area a ON a.id = s.area_id WHERE s.id = ?1", NULL);
  char *line = NULL;

  if (stmt == NULL)
    return g_strdup ("");
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    line = g_strdup (fy_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return line ? line : g_strdup ("");
}

gboolean
fy_disinfection_save_schedule (FyStore *store, FyDisinfectionSchedule *s, GError **error)
{
  g_autofree char *area_name = NULL;
  g_autofree char *point_name = NULL;
  g_autofree char *old = NULL;
  g_autofree char *new = NULL;
  sqlite3_stmt *stmt;

  if (!fy_disinfection_schedule_validate (s, error))
    return FALSE;
  if (!place_names (store, s->area_id, s->point_id, &area_name, &point_name, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "INSERT INTO disinfection_schedule (id, area_id, point_id, frequency, objects, method, product,"
      " concentration, ventilation_min, start_day) VALUES (nullif(?1, 0), ?2, nullif(?3, 0), ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
      " ON CONFLICT (id) DO UPDATE SET area_id = excluded.area_id, point_id = excluded.point_id,"
      " frequency = excluded.frequency, objects = excluded.objects, method = excluded.method,"
      " product = excluded.product, concentration = excluded.concentration,"
      " ventilation_min = excluded.ventilation_min, start_day = excluded.start_day", error);
  if (stmt == NULL || !fy_store_begin (store, error))
    return FALSE;
  old = schedule_summary (store, s->id);
  sqlite3_bind_int64 (stmt, 1, s->id);
  sqlite3_bind_int64 (stmt, 2, s->area_id);
  sqlite3_bind_int64 (stmt, 3, s->point_id);
  fy_bind_text (stmt, 4, fy_disinfection_frequency_labels[s->frequency].code);
  fy_bind_text (stmt, 5, s->objects);
  fy_bind_text (stmt, 6, fy_disinfection_method_labels[s->method].code);
  fy_bind_text (stmt, 7, fy_disinfectant_labels[s->product].code);
  sqlite3_bind_int (stmt, 8, s->concentration);
  sqlite3_bind_int (stmt, 9, s->ventilation_min);
  fy_bind_text (stmt, 10, s->start_day);
  if (!fy_store_step_done (store, stmt, error))
    {
      fy_store_rollback (store);
      return FALSE;
    }
  {
    FyAuditEntry audit = { "disinfection_schedule", s->id, s->id == 0 ? "insert" : "update", "", old, "" };

    if (s->id == 0)
      s->id = audit.entity_id = sqlite3_last_insert_rowid (fy_store_get_db (store));
    audit.new_value = new = schedule_summary (store, s->id);
    if (!fy_store_audit (store, &audit, error) || !fy_store_commit (store, error))
      {
        fy_store_rollback (store);
        return FALSE;
      }
  }
  fy_store_emit_changed (store, FY_STORE_CHANGE_DISINFECTION);
  return TRUE;
}

gboolean
fy_disinfection_delete_schedule (FyStore *store, gint64 id, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store, "DELETE FROM disinfection_schedule WHERE id = ?1", error);
  g_autofree char *old = NULL;
  FyAuditEntry audit = { "disinfection_schedule", id, "delete", "", "", "" };

  if (stmt == NULL || !fy_store_begin (store, error))
    return FALSE;
  audit.old_value = old = schedule_summary (store, id);
  sqlite3_bind_int64 (stmt, 1, id);
  if (!fy_store_step_done (store, stmt, error) || !fy_store_audit (store, &audit, error)
      || !fy_store_commit (store, error))
    {
      fy_store_rollback (store);
      return FALSE;
    }
  fy_store_emit_changed (store, FY_STORE_CHANGE_DISINFECTION);
  return TRUE;
}

/* ---- Entries ----------------------------------------------------------------- */

gboolean
fy_disinfection_insert_entry (FyStore *store, FyDisinfectionEntry *e, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "INSERT INTO disinfection_entry (at, area_id, area_name, point_id, point_name, objects, method,"
      " product, strength, concentration, volume_ml, concentrate, water_ml, contact_min, ventilation_min,"
      " executor, checker, note, supply_item_id, supply_qty) VALUES (?1, ?2, ?3, nullif(?4, 0), ?5, ?6, ?7, ?8,"
      " ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, nullif(?19, 0), ?20)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, e->at);
  sqlite3_bind_int64 (stmt, 2, e->area_id);
  fy_bind_text (stmt, 3, e->area_name);
  sqlite3_bind_int64 (stmt, 4, e->point_id);
  fy_bind_text (stmt, 5, e->point_name);
  fy_bind_text (stmt, 6, e->objects);
  fy_bind_text (stmt, 7, fy_disinfection_method_labels[e->method].code);
  fy_bind_text (stmt, 8, fy_disinfectant_labels[e->product].code);
  sqlite3_bind_double (stmt, 9, e->strength);
  sqlite3_bind_int (stmt, 10, e->concentration);
  sqlite3_bind_int (stmt, 11, e->volume_ml);
  sqlite3_bind_double (stmt, 12, e->concentrate);
  sqlite3_bind_int (stmt, 13, e->water_ml);
  sqlite3_bind_int (stmt, 14, e->contact_min);
  sqlite3_bind_int (stmt, 15, e->ventilation_min);
  fy_bind_text (stmt, 16, e->executor);
  fy_bind_text (stmt, 17, e->checker);
  fy_bind_text (stmt, 18, e->note);
  sqlite3_bind_int64 (stmt, 19, e->supply_item_id);
  sqlite3_bind_int64 (stmt, 20, e->supply_item_id != 0 ? e->supply_qty : 0);
  e->supply_doc_id = 0;
  if (!fy_store_step_done (store, stmt, error))
    return FALSE;
  e->id = sqlite3_last_insert_rowid (fy_store_get_db (store));
  /* The audit row carries the operator who entered it (the executor is
   * who disinfected: often someone else). */
  {
    g_autofree char *when = fy_format_instant (e->at);
    g_autofree char *summary = g_strdup_printf ("%s %s: %s", when, e->area_name, e->executor);
    FyAuditEntry audit = { "disinfection_entry", e->id, "insert", "", NULL, summary };

    if (!fy_store_audit (store, &audit, error))
      return FALSE;
  }
  return fy_disinfection_consume_stock (store, e, error);
}

/* Validation and names, before BEGIN. */
gboolean
fy_disinfection_prepare_entries (FyStore *store, FyDisinfectionEntry **entries, guint n, gint64 now,
                                 GError **error)
{
  for (guint i = 0; i < n; i++)
    {
      FyDisinfectionEntry *e = entries[i];
      g_autofree char *area_name = NULL;
      g_autofree char *point_name = NULL;

      g_strstrip (e->executor);
      g_strstrip (e->checker);
      g_strstrip (e->note);
      if (!fy_disinfection_entry_validate (e, now, error)
          || !place_names (store, e->area_id, e->point_id, &area_name, &point_name, error))
        return FALSE;
      g_free (e->area_name);
      e->area_name = g_steal_pointer (&area_name);
      g_free (e->point_name);
      e->point_name = g_steal_pointer (&point_name);
    }
  return TRUE;
}

gboolean
fy_disinfection_add_entries (FyStore *store, FyDisinfectionEntry **entries, guint n, gint64 now,
                             GError **error)
{
  gboolean stock = FALSE;

  if (n == 0)
    return TRUE;
  if (!fy_disinfection_prepare_entries (store, entries, n, now, error)
      || !fy_disinfection_check_stock (store, entries, n, &stock, error) || !fy_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!fy_disinfection_insert_entry (store, entries[i], error))
      {
        fy_store_rollback (store);
        for (guint j = 0; j <= i; j++)
          entries[j]->id = entries[j]->supply_doc_id = 0;
        return FALSE;
      }
  if (!fy_store_commit (store, error))
    {
      fy_store_rollback (store);
      return FALSE;
    }
  fy_store_emit_changed (store, FY_STORE_CHANGE_DISINFECTION | (stock ? FY_STORE_CHANGE_SUPPLIES : 0));
  return TRUE;
}

#define ENTRY_COLUMNS \
  "id, at, ifnull(area_id, 0), area_name, ifnull(point_id, 0), point_name, objects, method, product, strength," \
  " concentration, volume_ml, concentrate, water_ml, contact_min, ventilation_min, executor, checker, note," \
  " ifnull(supply_item_id, 0), supply_qty, ifnull(supply_doc_id, 0)," \
  " EXISTS (SELECT 1 FROM supply_doc r WHERE r.reverses_id = disinfection_entry.supply_doc_id)"

static gpointer
entry_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyDisinfectionEntry *e = g_new0 (FyDisinfectionEntry, 1);

  e->id = sqlite3_column_int64 (stmt, 0);
  e->at = sqlite3_column_int64 (stmt, 1);
  e->area_id = sqlite3_column_int64 (stmt, 2);
  e->area_name = g_strdup (fy_column_text (stmt, 3));
  e->point_id = sqlite3_column_int64 (stmt, 4);
  e->point_name = g_strdup (fy_column_text (stmt, 5));
  e->objects = g_strdup (fy_column_text (stmt, 6));
  e->method = code_of (fy_disinfection_method_labels, FY_DISINFECTION_N_METHODS, fy_column_text (stmt, 7));
  e->product = code_of (fy_disinfectant_labels, FY_DISINFECTANT_N, fy_column_text (stmt, 8));
  e->strength = sqlite3_column_double (stmt, 9);
  e->concentration = sqlite3_column_int (stmt, 10);
  e->volume_ml = sqlite3_column_int (stmt, 11);
  e->concentrate = sqlite3_column_double (stmt, 12);
  e->water_ml = sqlite3_column_int (stmt, 13);
  e->contact_min = sqlite3_column_int (stmt, 14);
  e->ventilation_min = sqlite3_column_int (stmt, 15);
  e->executor = g_strdup (fy_column_text (stmt, 16));
  e->checker = g_strdup (fy_column_text (stmt, 17));
  e->note = g_strdup (fy_column_text (stmt, 18));
  e->supply_item_id = sqlite3_column_int64 (stmt, 19);
  e->supply_qty = sqlite3_column_int64 (stmt, 20);
  e->supply_doc_id = sqlite3_column_int64 (stmt, 21);
  e->supply_reversed = sqlite3_column_int (stmt, 22) != 0;
  return e;
}

GPtrArray *
fy_disinfection_list_entries (FyStore *store, const char *from, const char *to, gint64 area_id,
                              GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT " ENTRY_COLUMNS " FROM disinfection_entry"
      " WHERE at >= ?1 AND at < ?2 AND (?3 = 0 OR area_id = ?3) ORDER BY at DESC, id DESC", error);
  g_autofree char *next = NULL;

  if (stmt == NULL)
    return NULL;
  {
    g_autoptr(GDateTime) end = fy_local_day_midnight (to);
    g_autoptr(GDateTime) after = end ? g_date_time_add_days (end, 1) : NULL;

    sqlite3_bind_int64 (stmt, 1, fy_local_day_start (from));
    sqlite3_bind_int64 (stmt, 2, after ? g_date_time_to_unix (after) : G_MAXINT64);
  }
  sqlite3_bind_int64 (stmt, 3, area_id);
  return fy_store_collect (store, stmt, entry_from_row, NULL, (GDestroyNotify) fy_disinfection_entry_free,
                           error);
}

gboolean
fy_disinfection_repeat_yesterday (FyStore *store, const gint64 *area_ids, guint n_areas, gint64 now,
                                  guint *n_added, GError **error)
{
  g_autofree char *today = fy_local_day_of (now);
  gint64 today_start = fy_local_day_start (today);
  g_autoptr(GDateTime) midnight = fy_local_day_midnight (today);
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (midnight, -1);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_disinfection_entry_free);
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT " ENTRY_COLUMNS " FROM disinfection_entry"
      " WHERE area_id = ?1 AND at >= ?2 AND at < ?3 ORDER BY at DESC, id DESC LIMIT 1", error);

  if (n_added != NULL)
    *n_added = 0;
  if (stmt == NULL)
    return FALSE;
  if (n_areas == 0)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Choose the areas to repeat."));
      return FALSE;
    }
  for (guint i = 0; i < n_areas; i++)
    {
      FyDisinfectionEntry *e;

      sqlite3_bind_int64 (stmt, 1, area_ids[i]);
      sqlite3_bind_int64 (stmt, 2, g_date_time_to_unix (yesterday));
      sqlite3_bind_int64 (stmt, 3, today_start);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          g_autofree char *name = NULL;
          g_autofree char *point = NULL;

          sqlite3_reset (stmt);
          if (!place_names (store, area_ids[i], 0, &name, &point, error))
            return FALSE;
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                       _("%s was not disinfected yesterday: there is no round to repeat. Enter it instead."),
                       name);
          return FALSE;
        }
      e = entry_from_row (stmt, NULL);
      sqlite3_reset (stmt);
      e->id = 0;
      e->supply_doc_id = 0;   /* the same stock take, issued anew */
      e->supply_reversed = FALSE;
      e->at = now;
      g_free (e->note);
      e->note = g_strdup ("");
      g_ptr_array_add (entries, e);
    }
  if (!fy_disinfection_add_entries (store, (FyDisinfectionEntry **) entries->pdata, entries->len, now, error))
    return FALSE;
  if (n_added != NULL)
    *n_added = entries->len;
  return TRUE;
}

/* ---- For the compliance arithmetic ----------------------------------------- */

GArray *
fy_disinfection_entry_times (FyStore *store, gint64 area_id, gint64 point_id, gint64 from, gint64 to,
                             GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT at FROM disinfection_entry WHERE area_id = ?1 AND (?2 = 0 OR point_id = ?2)"
      " AND at >= ?3 AND at < ?4 ORDER BY at", error);
  GArray *times;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, area_id);
  sqlite3_bind_int64 (stmt, 2, point_id);
  sqlite3_bind_int64 (stmt, 3, from);
  sqlite3_bind_int64 (stmt, 4, to);
  times = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 at = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (times, at);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_array_unref (times);
      fy_store_fail (store, rc, error);
      return NULL;
    }
  return times;
}

GArray *
fy_disinfection_level_changes (FyStore *store, gint64 area_id, gint64 before, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT at, old_level, new_level FROM zone_history WHERE area_id = ?1 AND at < ?2 ORDER BY at, id", error);
  GArray *changes;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, area_id);
  sqlite3_bind_int64 (stmt, 2, before);
  changes = g_array_new (FALSE, FALSE, sizeof (FyDisinfectionLevelChange));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FyDisinfectionLevelChange c = { sqlite3_column_int64 (stmt, 0),
                                      fy_zone_level_from_code (fy_column_text (stmt, 1)),
                                      fy_zone_level_from_code (fy_column_text (stmt, 2)) };
      g_array_append_val (changes, c);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_array_unref (changes);
      fy_store_fail (store, rc, error);
      return NULL;
    }
  return changes;
}

gboolean
fy_disinfection_count_day (FyStore *store, const char *day, guint *entries, guint *areas, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT count(*), count(DISTINCT area_name) FROM disinfection_entry WHERE at >= ?1 AND at < ?2", error);
  g_autoptr(GDateTime) midnight = fy_local_day_midnight (day);
  g_autoptr(GDateTime) next = midnight ? g_date_time_add_days (midnight, 1) : NULL;

  if (stmt == NULL)
    return FALSE;
  if (next == NULL)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Enter a real date."));
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, g_date_time_to_unix (midnight));
  sqlite3_bind_int64 (stmt, 2, g_date_time_to_unix (next));
  if (!fy_store_step_row (store, stmt, "", error))
    return FALSE;
  *entries = sqlite3_column_int (stmt, 0);
  *areas = sqlite3_column_int (stmt, 1);
  sqlite3_reset (stmt);
  return TRUE;
}

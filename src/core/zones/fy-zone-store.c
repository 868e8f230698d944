/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-store.c — zone maps in SQLite: load, list, create, delete, and
 * writing one change of a command (inside the command's transaction). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-store-private.h"
#include "fy-zone-map-private.h"

static void
bind_optional_id (sqlite3_stmt *stmt, int index, gint64 id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

static void
bind_points (sqlite3_stmt *stmt, int index, const FyPoint *points, guint n)
{
  sqlite3_bind_text (stmt, index, fy_zone_points_to_text (points, n), -1, g_free);
}

static gboolean
damaged (GError **error, const char *what)
{
  g_set_error (error, FY_ERROR, FY_ERROR_CORRUPT,
               /* Translators: %s is e.g. "area 12" */
               _("The zone map in the database is damaged (%s). Restore a backup."), what);
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Maps                                                                */

static gpointer
map_info_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyZoneMapInfo *info = g_new0 (FyZoneMapInfo, 1);

  info->id = sqlite3_column_int64 (stmt, 0);
  info->name = g_strdup (fy_column_text (stmt, 1));
  info->width_m = sqlite3_column_double (stmt, 2);
  info->height_m = sqlite3_column_double (stmt, 3);
  info->has_background = sqlite3_column_int (stmt, 4);
  return info;
}

GPtrArray *
fy_zone_map_list (FyStore *store, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT id, name, width_m, height_m, background IS NOT NULL FROM zone_map ORDER BY name, id", error);

  if (stmt == NULL)
    return NULL;
  return fy_store_collect (store, stmt, map_info_from_row, NULL, (GDestroyNotify) fy_zone_map_info_free, error);
}

gboolean
fy_zone_store_insert_map (FyStore *store, FyZoneMapProps *props, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "INSERT INTO zone_map (name, width_m, height_m, grid_step_m, created_at, updated_at)"
      " VALUES (?1, ?2, ?3, ?4, fy_now (), fy_now ())", error);

  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, props->name);
  sqlite3_bind_double (stmt, 2, props->width_m);
  sqlite3_bind_double (stmt, 3, props->height_m);
  sqlite3_bind_double (stmt, 4, props->grid_step_m);
  if (!fy_store_step_done (store, stmt, error))
    return FALSE;
  props->id = sqlite3_last_insert_rowid (fy_store_get_db (store));
  return TRUE;
}

gboolean
fy_zone_map_delete_saved (FyStore *store, gint64 map_id, GError **error)
{
  sqlite3_stmt *stmt;

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store, "DELETE FROM zone_map WHERE id = ?1", error);
  if (stmt == NULL)
    {
      fy_store_rollback (store);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, map_id);
  if (!fy_store_step_done (store, stmt, error))
    {
      fy_store_rollback (store);
      return FALSE;
    }
  if (!fy_store_commit (store, error))
    return FALSE;
  fy_store_emit_changed (store, FY_STORE_CHANGE_ZONES);
  return TRUE;
}

gboolean
fy_zone_store_touch (FyZoneMap *self, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (self->store,
      "UPDATE zone_map SET updated_at = fy_now () WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->props->id);
  return fy_store_step_done (self->store, stmt, error);
}

/* ------------------------------------------------------------------ */
/* Loading                                                             */

static gboolean
load_props (FyZoneMap *self, gint64 map_id, GError **error)
{
  FyStore *store = self->store;
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT name, width_m, height_m, grid_step_m, metres_per_pixel, background, background_type,"
      " background_width, background_height FROM zone_map WHERE id = ?1", error);
  FyZoneMapProps *p;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, map_id);
  if (!fy_store_step_row (store, stmt, _("The zone map no longer exists. It may have been deleted."), error))
    return FALSE;
  p = g_new0 (FyZoneMapProps, 1);
  p->id = map_id;
  p->name = g_strdup (fy_column_text (stmt, 0));
  p->width_m = sqlite3_column_double (stmt, 1);
  p->height_m = sqlite3_column_double (stmt, 2);
  p->grid_step_m = sqlite3_column_double (stmt, 3);
  p->metres_per_pixel = sqlite3_column_double (stmt, 4);
  if (sqlite3_column_type (stmt, 5) == SQLITE_BLOB)
    p->background = g_bytes_new (sqlite3_column_blob (stmt, 5), sqlite3_column_bytes (stmt, 5));
  p->background_type = g_strdup (fy_column_text (stmt, 6));
  p->background_width = sqlite3_column_int (stmt, 7);
  p->background_height = sqlite3_column_int (stmt, 8);
  sqlite3_reset (stmt);
  fy_zone_map_props_free (self->props);
  self->props = p;
  return TRUE;
}

static gboolean
load_areas (FyZoneMap *self, GError **error)
{
  FyStore *store = self->store;
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT id, name, level, function, shape, geometry, place_code, capacity,"
      " ifnull(leader_staff_id, 0), note, z FROM zone_area WHERE map_id = ?1 ORDER BY z, id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->props->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FyZoneArea *a = fy_zone_area_new ();
      int level = fy_zone_level_from_code (fy_column_text (stmt, 2));
      int function = fy_zone_function_from_code (fy_column_text (stmt, 3));

      a->id = sqlite3_column_int64 (stmt, 0);
      g_free (a->name);
      a->name = g_strdup (fy_column_text (stmt, 1));
      a->level = level < 0 ? FY_ZONE_LEVEL_GREEN : level;
      a->function = function < 0 ? FY_ZONE_FUNCTION_OTHER : function;
      a->shape = g_str_equal (fy_column_text (stmt, 4), "rect") ? FY_ZONE_SHAPE_RECT : FY_ZONE_SHAPE_POLYGON;
      if (!fy_zone_points_from_text (fy_column_text (stmt, 5), &a->points, &a->n_points)
          || a->n_points < 3 || level < 0)
        {
          g_autofree char *what = g_strdup_printf (_("area %s"), a->name);
          sqlite3_reset (stmt);
          fy_zone_area_free (a);
          return damaged (error, what);
        }
      g_free (a->place_code);
      a->place_code = g_strdup (fy_column_text (stmt, 6));
      a->capacity = sqlite3_column_int (stmt, 7);
      a->leader_staff_id = sqlite3_column_int64 (stmt, 8);
      g_free (a->note);
      a->note = g_strdup (fy_column_text (stmt, 9));
      a->z = sqlite3_column_int64 (stmt, 10);
      a->bounds = fy_polygon_bounds (a->points, a->n_points);
      g_ptr_array_add (self->areas, a);   /* already in drawing order */
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE ? TRUE : fy_store_fail (store, rc, error);
}

static gboolean
load_grids (FyZoneMap *self, GError **error)
{
  FyStore *store = self->store;
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT g.id, g.area_id, g.name, ifnull(g.leader_staff_id, 0), g.geometry, g.note"
      " FROM zone_grid g JOIN zone_area a ON a.id = g.area_id WHERE a.map_id = ?1 ORDER BY g.id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->props->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FyZoneGrid *g = fy_zone_grid_new ();
      g->id = sqlite3_column_int64 (stmt, 0);
      g->area_id = sqlite3_column_int64 (stmt, 1);
      g_free (g->name);
      g->name = g_strdup (fy_column_text (stmt, 2));
      g->leader_staff_id = sqlite3_column_int64 (stmt, 3);
      if (!fy_zone_points_from_text (fy_column_text (stmt, 4), &g->points, &g->n_points))
        {
          g_autofree char *what = g_strdup_printf (_("grid %s"), g->name);
          sqlite3_reset (stmt);
          fy_zone_grid_free (g);
          return damaged (error, what);
        }
      g_free (g->note);
      g->note = g_strdup (fy_column_text (stmt, 5));
      g_ptr_array_add (self->grids, g);
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE ? TRUE : fy_store_fail (store, rc, error);
}

static gpointer
point_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyZonePoint *p = fy_zone_point_new ();
  int kind = fy_zone_point_kind_from_code (fy_column_text (stmt, 1));

  p->id = sqlite3_column_int64 (stmt, 0);
  p->kind = kind < 0 ? FY_ZONE_POINT_ENTRANCE : kind;
  p->x = sqlite3_column_double (stmt, 2);
  p->y = sqlite3_column_double (stmt, 3);
  g_free (p->name);
  p->name = g_strdup (fy_column_text (stmt, 4));
  g_free (p->place_code);
  p->place_code = g_strdup (fy_column_text (stmt, 5));
  return p;
}

static gboolean
load_points (FyZoneMap *self, GError **error)
{
  FyStore *store = self->store;
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT id, kind, x, y, name, place_code FROM zone_point WHERE map_id = ?1 ORDER BY id", error);
  GPtrArray *points;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->props->id);
  points = fy_store_collect (store, stmt, point_from_row, NULL, (GDestroyNotify) fy_zone_point_free, error);
  if (points == NULL)
    return FALSE;
  g_ptr_array_extend_and_steal (self->points, points);
  return TRUE;
}

gboolean
fy_zone_store_load_staff (FyZoneMap *self, GError **error)
{
  FyStore *store = self->store;
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT sz.staff_id, sz.area_id, ifnull(sz.grid_id, 0), s.status <> 'left'"
      " FROM staff_zone sz JOIN zone_area a ON a.id = sz.area_id JOIN staff s ON s.id = sz.staff_id"
      " WHERE a.map_id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->props->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FyZoneAssignment *a = g_new0 (FyZoneAssignment, 1);
      a->staff_id = sqlite3_column_int64 (stmt, 0);
      a->area_id = sqlite3_column_int64 (stmt, 1);
      a->grid_id = sqlite3_column_int64 (stmt, 2);
      a->active = sqlite3_column_int (stmt, 3);
      g_hash_table_replace (self->assignments, &a->staff_id, a);
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE ? TRUE : fy_store_fail (store, rc, error);
}

gboolean
fy_zone_store_load (FyZoneMap *self, gint64 map_id, GError **error)
{
  /* One read transaction: a consistent snapshot even if another connection writes. */
  if (!fy_store_exec (self->store, "BEGIN", error))
    return FALSE;
  if (!load_props (self, map_id, error) || !load_areas (self, error) || !load_grids (self, error)
      || !load_points (self, error) || !fy_zone_store_load_staff (self, error))
    {
      fy_store_rollback (self->store);
      return FALSE;
    }
  fy_store_rollback (self->store);   /* nothing was written */
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Staff                                                               */

gboolean
fy_zone_store_staff_exists (FyStore *store, gint64 staff_id, gboolean *active, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store, "SELECT status FROM staff WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  if (!fy_store_step_row (store, stmt,
                          _("This person is not in the staff roster. Choose someone from the roster."), error))
    return FALSE;
  if (active)
    *active = !g_str_equal (fy_column_text (stmt, 0), "left");
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
fy_zone_store_get_assignment (FyStore *store, gint64 staff_id, FyZoneAssignment *out, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT area_id, ifnull(grid_id, 0) FROM staff_zone WHERE staff_id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      out->staff_id = staff_id;
      out->area_id = sqlite3_column_int64 (stmt, 0);
      out->grid_id = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return fy_store_fail (store, rc, error);
  return rc == SQLITE_ROW;
}

/* ------------------------------------------------------------------ */
/* Writing one change                                                  */

static gboolean
put_map (FyZoneMap *self, const FyZoneMapProps *from, const FyZoneMapProps *to, GError **error)
{
  FyStore *store = self->store;
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "UPDATE zone_map SET name = ?2, width_m = ?3, height_m = ?4, grid_step_m = ?5,"
      " metres_per_pixel = ?6, background_width = ?7, background_height = ?8 WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, to->id);
  fy_bind_text (stmt, 2, to->name);
  sqlite3_bind_double (stmt, 3, to->width_m);
  sqlite3_bind_double (stmt, 4, to->height_m);
  sqlite3_bind_double (stmt, 5, to->grid_step_m);
  sqlite3_bind_double (stmt, 6, to->metres_per_pixel);
  sqlite3_bind_int (stmt, 7, to->background_width);
  sqlite3_bind_int (stmt, 8, to->background_height);
  if (!fy_store_step_done (store, stmt, error))
    return FALSE;

  /* The image is megabytes: rewrite it only when it changed. */
  if (from == NULL || from->background != to->background)
    {
      stmt = fy_store_prepare_cached (store,
          "UPDATE zone_map SET background = ?2, background_type = ?3 WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, to->id);
      if (to->background)
        {
          gsize size;
          gconstpointer data = g_bytes_get_data (to->background, &size);
          sqlite3_bind_blob64 (stmt, 2, data, size, SQLITE_STATIC);
        }
      else
        sqlite3_bind_null (stmt, 2);
      fy_bind_text (stmt, 3, to->background_type);
      if (!fy_store_step_done (store, stmt, error))
        return FALSE;
      sqlite3_bind_null (stmt, 2);   /* do not keep a pointer into the bytes */
    }
  return TRUE;
}

static gboolean
write_history (FyZoneMap *self, const FyZoneArea *from, const FyZoneArea *to, const char *reason,
               gboolean is_undo, GError **error)
{
  const FyZoneArea *area = to ? to : from;
  const char *kind;
  sqlite3_stmt *stmt;

  if (from == NULL)
    kind = "create";
  else if (to == NULL)
    kind = "delete";
  else if (from->level != to->level)
    kind = "change";
  else
    return TRUE;   /* not a level change */

  stmt = fy_store_prepare_cached (self->store,
      "INSERT INTO zone_history (map_id, area_id, area_name, kind, old_level, new_level, reason, actor, is_undo, at)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, fy_now ())", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->props->id);
  sqlite3_bind_int64 (stmt, 2, area->id);
  fy_bind_text (stmt, 3, area->name);
  fy_bind_text (stmt, 4, kind);
  if (from)
    fy_bind_text (stmt, 5, fy_zone_level_to_code (from->level));
  if (to)
    fy_bind_text (stmt, 6, fy_zone_level_to_code (to->level));
  fy_bind_text (stmt, 7, reason);
  fy_bind_text (stmt, 8, fy_store_get_actor (self->store));
  sqlite3_bind_int (stmt, 9, is_undo ? 1 : 0);
  return fy_store_step_done (self->store, stmt, error);
}

static gboolean
put_area (FyZoneMap *self, const FyZoneArea *from, FyZoneArea *to, const char *reason,
          gboolean is_undo, GError **error)
{
  FyStore *store = self->store;
  sqlite3_stmt *stmt;

  if (to == NULL)
    {
      stmt = fy_store_prepare_cached (store, "DELETE FROM zone_area WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, from->id);
    }
  else
    {
      if (from == NULL)
        stmt = fy_store_prepare_cached (store,
            "INSERT INTO zone_area (id, map_id, name, level, function, shape, geometry, place_code,"
            " capacity, leader_staff_id, note, z) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            error);
      else
        stmt = fy_store_prepare_cached (store,
            "UPDATE zone_area SET name = ?3, level = ?4, function = ?5, shape = ?6, geometry = ?7,"
            " place_code = ?8, capacity = ?9, leader_staff_id = ?10, note = ?11, z = ?12"
            " WHERE id = ?1 AND map_id = ?2", error);
      if (stmt == NULL)
        return FALSE;
      bind_optional_id (stmt, 1, to->id);
      sqlite3_bind_int64 (stmt, 2, self->props->id);
      fy_bind_text (stmt, 3, to->name);
      fy_bind_text (stmt, 4, fy_zone_level_to_code (to->level));
      fy_bind_text (stmt, 5, fy_zone_function_to_code (to->function));
      fy_bind_text (stmt, 6, to->shape == FY_ZONE_SHAPE_RECT ? "rect" : "polygon");
      bind_points (stmt, 7, to->points, to->n_points);
      fy_bind_text (stmt, 8, to->place_code);
      sqlite3_bind_int (stmt, 9, to->capacity);
      bind_optional_id (stmt, 10, to->leader_staff_id);
      fy_bind_text (stmt, 11, to->note);
      sqlite3_bind_int64 (stmt, 12, to->z);
    }
  if (!fy_store_step_done (store, stmt, error))
    return FALSE;
  if (from == NULL && to->id == 0)
    to->id = sqlite3_last_insert_rowid (fy_store_get_db (store));
  return write_history (self, from, to, reason, is_undo, error);
}

static gboolean
put_grid (FyZoneMap *self, const FyZoneGrid *from, FyZoneGrid *to, GError **error)
{
  FyStore *store = self->store;
  sqlite3_stmt *stmt;

  if (to == NULL)
    {
      stmt = fy_store_prepare_cached (store, "DELETE FROM zone_grid WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, from->id);
    }
  else
    {
      if (from == NULL)
        stmt = fy_store_prepare_cached (store,
            "INSERT INTO zone_grid (id, area_id, name, leader_staff_id, geometry, note)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
      else
        stmt = fy_store_prepare_cached (store,
            "UPDATE zone_grid SET area_id = ?2, name = ?3, leader_staff_id = ?4, geometry = ?5, note = ?6"
            " WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      bind_optional_id (stmt, 1, to->id);
      sqlite3_bind_int64 (stmt, 2, to->area_id);
      fy_bind_text (stmt, 3, to->name);
      bind_optional_id (stmt, 4, to->leader_staff_id);
      bind_points (stmt, 5, to->points, to->n_points);
      fy_bind_text (stmt, 6, to->note);
    }
  if (!fy_store_step_done (store, stmt, error))
    return FALSE;
  if (from == NULL && to->id == 0)
    to->id = sqlite3_last_insert_rowid (fy_store_get_db (store));
  return TRUE;
}

static gboolean
put_point (FyZoneMap *self, const FyZonePoint *from, FyZonePoint *to, GError **error)
{
  FyStore *store = self->store;
  sqlite3_stmt *stmt;

  if (to == NULL)
    {
      stmt = fy_store_prepare_cached (store, "DELETE FROM zone_point WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, from->id);
    }
  else
    {
      if (from == NULL)
        stmt = fy_store_prepare_cached (store,
            "INSERT INTO zone_point (id, map_id, kind, x, y, name, place_code)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
      else
        stmt = fy_store_prepare_cached (store,
            "UPDATE zone_point SET kind = ?3, x = ?4, y = ?5, name = ?6, place_code = ?7"
            " WHERE id = ?1 AND map_id = ?2", error);
      if (stmt == NULL)
        return FALSE;
      bind_optional_id (stmt, 1, to->id);
      sqlite3_bind_int64 (stmt, 2, self->props->id);
      fy_bind_text (stmt, 3, fy_zone_point_kind_to_code (to->kind));
      sqlite3_bind_double (stmt, 4, to->x);
      sqlite3_bind_double (stmt, 5, to->y);
      fy_bind_text (stmt, 6, to->name);
      fy_bind_text (stmt, 7, to->place_code);
    }
  if (!fy_store_step_done (store, stmt, error))
    return FALSE;
  if (from == NULL && to->id == 0)
    to->id = sqlite3_last_insert_rowid (fy_store_get_db (store));
  return TRUE;
}

static gboolean
put_assignment (FyZoneMap *self, const FyZoneAssignment *from, const FyZoneAssignment *to,
                GError **error)
{
  FyStore *store = self->store;
  sqlite3_stmt *stmt;

  if (to == NULL)
    {
      stmt = fy_store_prepare_cached (store, "DELETE FROM staff_zone WHERE staff_id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, from->staff_id);
      return fy_store_step_done (store, stmt, error);
    }
  /* An upsert: undo puts a person back even if they were placed elsewhere since. */
  stmt = fy_store_prepare_cached (store,
      "INSERT INTO staff_zone (staff_id, area_id, grid_id) VALUES (?1, ?2, ?3)"
      " ON CONFLICT (staff_id) DO UPDATE SET area_id = excluded.area_id, grid_id = excluded.grid_id",
      error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, to->staff_id);
  sqlite3_bind_int64 (stmt, 2, to->area_id);
  bind_optional_id (stmt, 3, to->grid_id);
  return fy_store_step_done (store, stmt, error);
}

gboolean
fy_zone_store_put (FyZoneMap *self, const FyZoneChange *change, gboolean forward,
                   gboolean is_undo, GError **error)
{
  FyZoneRecord from = forward ? change->before : change->after;
  FyZoneRecord to = forward ? change->after : change->before;

  switch (change->kind)
    {
    case FY_ZONE_CHANGE_MAP:
      return put_map (self, from.map, to.map, error);
    case FY_ZONE_CHANGE_AREA:
      return put_area (self, from.area, to.area, change->reason, is_undo, error);
    case FY_ZONE_CHANGE_GRID:
      return put_grid (self, from.grid, to.grid, error);
    case FY_ZONE_CHANGE_POINT:
      return put_point (self, from.point, to.point, error);
    case FY_ZONE_CHANGE_ASSIGN:
      return put_assignment (self, from.assign, to.assign, error);
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-map.c — the zone map model: in-memory state, the command engine
 * (do/undo/redo, each one transaction) and the edit functions. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "fy-error.h"
#include "fy-validate.h"
#include "fy-zone-map-private.h"

G_DEFINE_FINAL_TYPE (FyZoneMap, fy_zone_map, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------ */
/* Object                                                              */

static void
fy_zone_map_finalize (GObject *object)
{
  FyZoneMap *self = FY_ZONE_MAP (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->props, fy_zone_map_props_free);
  g_ptr_array_unref (self->areas);
  g_ptr_array_unref (self->grids);
  g_ptr_array_unref (self->points);
  g_hash_table_unref (self->assignments);
  g_clear_pointer (&self->headcounts, g_hash_table_unref);
  g_ptr_array_unref (self->undo);
  g_ptr_array_unref (self->redo);
  G_OBJECT_CLASS (fy_zone_map_parent_class)->finalize (object);
}

static void
fy_zone_map_class_init (FyZoneMapClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fy_zone_map_finalize;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
fy_zone_map_init (FyZoneMap *self)
{
  self->areas = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_zone_area_free);
  self->grids = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_zone_grid_free);
  self->points = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_zone_point_free);
  self->assignments = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_zone_command_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_zone_command_free);
  self->next_local_id = 1;
}

void
fy_zone_map_info_free (FyZoneMapInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->name);
  g_free (info);
}

gboolean
fy_zone_validate_map_name (const char *input, char **out, GError **error)
{
  char *name = g_strdup (input);

  if (!fy_zone_validate_text_field (&name, 64, _("map name"), error))
    {
      g_free (name);
      return FALSE;
    }
  if (*name == '\0')
    {
      g_free (name);
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("Enter a name for the map."));
      return FALSE;
    }
  *out = name;
  return TRUE;
}

gboolean
fy_zone_validate_size (double width_m, double height_m, GError **error)
{
  if (!isfinite (width_m) || !isfinite (height_m) || width_m < 1 || height_m < 1
      || width_m > FY_ZONE_MAX_SIZE_M || height_m > FY_ZONE_MAX_SIZE_M)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The map must be between 1 m and %.0f km wide and high."), FY_ZONE_MAX_SIZE_M / 1000);
      return FALSE;
    }
  return TRUE;
}

FyZoneMap *
fy_zone_map_create (FyStore *store, const char *name, double width_m, double height_m,
                    GError **error)
{
  g_autoptr(FyZoneMap) self = NULL;
  g_autofree char *clean = NULL;
  FyZoneMapProps props = { 0 };

  if (!fy_zone_validate_map_name (name, &clean, error) || !fy_zone_validate_size (width_m, height_m, error))
    return NULL;
  props.name = clean;
  props.width_m = width_m;
  props.height_m = height_m;
  props.grid_step_m = 1;
  props.background_type = (char *) "";
  if (store != NULL)
    {
      if (!fy_store_begin (store, error))
        return NULL;
      if (!fy_zone_store_insert_map (store, &props, error))
        {
          fy_store_rollback (store);
          return NULL;
        }
      if (!fy_store_commit (store, error))
        return NULL;
      fy_store_emit_changed (store, FY_STORE_CHANGE_ZONES);
    }
  else
    props.id = 1;

  self = g_object_new (FY_TYPE_ZONE_MAP, NULL);
  self->store = store ? g_object_ref (store) : NULL;
  self->props = fy_zone_map_props_copy (&props);
  return g_steal_pointer (&self);
}

FyZoneMap *
fy_zone_map_load (FyStore *store, gint64 map_id, GError **error)
{
  g_autoptr(FyZoneMap) self = NULL;

  g_return_val_if_fail (FY_IS_STORE (store), NULL);
  self = g_object_new (FY_TYPE_ZONE_MAP, NULL);
  self->store = g_object_ref (store);
  if (!fy_zone_store_load (self, map_id, error))
    return NULL;
  return g_steal_pointer (&self);
}

gboolean
fy_zone_map_refresh_staff (FyZoneMap *self, GError **error)
{
  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if (self->store == NULL)
    return TRUE;
  g_hash_table_remove_all (self->assignments);
  g_clear_pointer (&self->headcounts, g_hash_table_unref);
  if (!fy_zone_store_load_staff (self, error))
    return FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Accessors                                                           */

FyStore *
fy_zone_map_get_store (FyZoneMap *self)
{
  return self->store;
}

gint64
fy_zone_map_get_id (FyZoneMap *self)
{
  return self->props->id;
}

const char *
fy_zone_map_get_name (FyZoneMap *self)
{
  return self->props->name;
}

double
fy_zone_map_get_width (FyZoneMap *self)
{
  return self->props->width_m;
}

double
fy_zone_map_get_height (FyZoneMap *self)
{
  return self->props->height_m;
}

double
fy_zone_map_get_grid_step (FyZoneMap *self)
{
  return self->props->grid_step_m;
}

GBytes *
fy_zone_map_get_background (FyZoneMap *self)
{
  return self->props->background;
}

void
fy_zone_map_get_background_size (FyZoneMap *self, int *width_px, int *height_px)
{
  if (width_px)
    *width_px = self->props->background_width;
  if (height_px)
    *height_px = self->props->background_height;
}

double
fy_zone_map_get_metres_per_pixel (FyZoneMap *self)
{
  return self->props->metres_per_pixel;
}

guint
fy_zone_map_get_n_areas (FyZoneMap *self)
{
  return self->areas->len;
}

const FyZoneArea *
fy_zone_map_get_area (FyZoneMap *self, guint index)
{
  g_return_val_if_fail (index < self->areas->len, NULL);
  return g_ptr_array_index (self->areas, index);
}

int
fy_zone_map_find_area (FyZoneMap *self, gint64 id)
{
  for (guint i = 0; i < self->areas->len; i++)
    if (((FyZoneArea *) self->areas->pdata[i])->id == id)
      return (int) i;
  return -1;
}

/* Grids and points are sorted by id: binary search. */
static int
find_by_id (GPtrArray *array, gint64 id, gsize id_offset)
{
  int lo = 0, hi = (int) array->len - 1;

  while (lo <= hi)
    {
      int mid = (lo + hi) / 2;
      gint64 mid_id = G_STRUCT_MEMBER (gint64, array->pdata[mid], id_offset);
      if (mid_id == id)
        return mid;
      if (mid_id < id)
        lo = mid + 1;
      else
        hi = mid - 1;
    }
  return -1;
}

static void
insert_by_id (GPtrArray *array, gpointer record, gsize id_offset)
{
  gint64 id = G_STRUCT_MEMBER (gint64, record, id_offset);
  guint i = array->len;

  while (i > 0 && G_STRUCT_MEMBER (gint64, array->pdata[i - 1], id_offset) > id)
    i--;
  g_ptr_array_insert (array, (int) i, record);
}

const FyZoneArea *
fy_zone_map_lookup_area (FyZoneMap *self, gint64 area_id)
{
  int i = fy_zone_map_find_area (self, area_id);
  return i < 0 ? NULL : g_ptr_array_index (self->areas, i);
}

guint
fy_zone_map_get_n_points (FyZoneMap *self)
{
  return self->points->len;
}

const FyZonePoint *
fy_zone_map_get_point (FyZoneMap *self, guint index)
{
  g_return_val_if_fail (index < self->points->len, NULL);
  return g_ptr_array_index (self->points, index);
}

const FyZonePoint *
fy_zone_map_lookup_point (FyZoneMap *self, gint64 point_id)
{
  int i = find_by_id (self->points, point_id, G_STRUCT_OFFSET (FyZonePoint, id));
  return i < 0 ? NULL : g_ptr_array_index (self->points, i);
}

GPtrArray *
fy_zone_map_list_grids (FyZoneMap *self, gint64 area_id)
{
  GPtrArray *list = g_ptr_array_new ();

  for (guint i = 0; i < self->grids->len; i++)
    {
      FyZoneGrid *g = self->grids->pdata[i];
      if (area_id == 0 || g->area_id == area_id)
        g_ptr_array_add (list, g);
    }
  return list;
}

const FyZoneGrid *
fy_zone_map_lookup_grid (FyZoneMap *self, gint64 grid_id)
{
  int i = find_by_id (self->grids, grid_id, G_STRUCT_OFFSET (FyZoneGrid, id));
  return i < 0 ? NULL : g_ptr_array_index (self->grids, i);
}

/* Headcounts: one table for areas (key id) and grids (key -id), rebuilt
 * lazily after assignments change. */
static GHashTable *
get_headcounts (FyZoneMap *self)
{
  GHashTableIter iter;
  gpointer value;

  if (self->headcounts != NULL)
    return self->headcounts;
  self->headcounts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_hash_table_iter_init (&iter, self->assignments);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      FyZoneAssignment *a = value;
      gint64 keys[2] = { a->area_id, -a->grid_id };
      if (!a->active)
        continue;
      for (guint k = 0; k < (a->grid_id ? 2u : 1u); k++)
        {
          gpointer old = g_hash_table_lookup (self->headcounts, &keys[k]);
          g_hash_table_replace (self->headcounts, g_memdup2 (&keys[k], sizeof (gint64)),
                                GINT_TO_POINTER (GPOINTER_TO_INT (old) + 1));
        }
    }
  return self->headcounts;
}

int
fy_zone_map_get_headcount (FyZoneMap *self, gint64 area_id)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (get_headcounts (self), &area_id));
}

int
fy_zone_map_get_grid_headcount (FyZoneMap *self, gint64 grid_id)
{
  gint64 key = -grid_id;
  return GPOINTER_TO_INT (g_hash_table_lookup (get_headcounts (self), &key));
}

static int
cmp_int64 (gconstpointer a, gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;
  return (x > y) - (x < y);
}

GArray *
fy_zone_map_list_staff (FyZoneMap *self, gint64 area_id, gint64 grid_id)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->assignments);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      FyZoneAssignment *a = value;
      if (a->area_id == area_id && (grid_id == 0 || a->grid_id == grid_id))
        g_array_append_val (ids, a->staff_id);
    }
  g_array_sort (ids, cmp_int64);
  return ids;
}

gboolean
fy_zone_map_get_assignment (FyZoneMap *self, gint64 staff_id, gint64 *area_id, gint64 *grid_id)
{
  FyZoneAssignment *a = g_hash_table_lookup (self->assignments, &staff_id);

  if (area_id)
    *area_id = a ? a->area_id : 0;
  if (grid_id)
    *grid_id = a ? a->grid_id : 0;
  return a != NULL;
}

/* ------------------------------------------------------------------ */
/* Applying changes in memory (cannot fail)                            */

static int
cmp_area_order (const FyZoneArea *a, const FyZoneArea *b)
{
  if (a->z != b->z)
    return a->z < b->z ? -1 : 1;
  return (a->id > b->id) - (a->id < b->id);
}

void
fy_zone_map_insert_area_sorted (FyZoneMap *self, FyZoneArea *area)
{
  guint i = self->areas->len;

  while (i > 0 && cmp_area_order (self->areas->pdata[i - 1], area) > 0)
    i--;
  g_ptr_array_insert (self->areas, (int) i, area);
}

static void
put_memory_assignment (FyZoneMap *self, const FyZoneAssignment *from, const FyZoneAssignment *to)
{
  if (from)
    g_hash_table_remove (self->assignments, &from->staff_id);
  /* Only assignments to this map's areas are kept in memory. */
  if (to && fy_zone_map_find_area (self, to->area_id) >= 0)
    {
      FyZoneAssignment *copy = fy_zone_assignment_copy (to);
      g_hash_table_replace (self->assignments, &copy->staff_id, copy);
    }
  g_clear_pointer (&self->headcounts, g_hash_table_unref);
}

void
fy_zone_map_apply_memory (FyZoneMap *self, const FyZoneChange *change, gboolean forward)
{
  FyZoneRecord from = forward ? change->before : change->after;
  FyZoneRecord to = forward ? change->after : change->before;
  int i;

  switch (change->kind)
    {
    case FY_ZONE_CHANGE_MAP:
      fy_zone_map_props_free (self->props);
      self->props = fy_zone_map_props_copy (to.map);
      break;

    case FY_ZONE_CHANGE_AREA:
      if (from.area && (i = fy_zone_map_find_area (self, from.area->id)) >= 0)
        g_ptr_array_remove_index (self->areas, i);
      if (to.area)
        {
          FyZoneArea *copy = fy_zone_area_copy (to.area);
          copy->bounds = fy_polygon_bounds (copy->points, copy->n_points);
          fy_zone_map_insert_area_sorted (self, copy);
        }
      break;

    case FY_ZONE_CHANGE_GRID:
      if (from.grid && (i = find_by_id (self->grids, from.grid->id,
                                        G_STRUCT_OFFSET (FyZoneGrid, id))) >= 0)
        g_ptr_array_remove_index (self->grids, i);
      if (to.grid)
        insert_by_id (self->grids, fy_zone_grid_copy (to.grid), G_STRUCT_OFFSET (FyZoneGrid, id));
      break;

    case FY_ZONE_CHANGE_POINT:
      if (from.point && (i = find_by_id (self->points, from.point->id,
                                         G_STRUCT_OFFSET (FyZonePoint, id))) >= 0)
        g_ptr_array_remove_index (self->points, i);
      if (to.point)
        insert_by_id (self->points, fy_zone_point_copy (to.point), G_STRUCT_OFFSET (FyZonePoint, id));
      break;

    case FY_ZONE_CHANGE_ASSIGN:
      put_memory_assignment (self, from.assign, to.assign);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* ------------------------------------------------------------------ */
/* The command engine                                                  */

FyZoneCommand *
fy_zone_command_new (const char *label)
{
  FyZoneCommand *cmd = g_new0 (FyZoneCommand, 1);

  cmd->label = g_strdup (label);
  cmd->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_zone_change_free);
  return cmd;
}

static FyZoneChange *
command_add (FyZoneCommand *cmd, FyZoneChangeKind kind, FyZoneRecord before, FyZoneRecord after)
{
  FyZoneChange *change = g_new0 (FyZoneChange, 1);

  change->kind = kind;
  change->before = before;
  change->after = after;
  g_ptr_array_add (cmd->changes, change);
  return change;
}

FyZoneChange *
fy_zone_command_add_map (FyZoneCommand *cmd, FyZoneMapProps *before, FyZoneMapProps *after)
{
  return command_add (cmd, FY_ZONE_CHANGE_MAP, (FyZoneRecord) { .map = before }, (FyZoneRecord) { .map = after });
}

FyZoneChange *
fy_zone_command_add_area (FyZoneCommand *cmd, FyZoneArea *before, FyZoneArea *after)
{
  return command_add (cmd, FY_ZONE_CHANGE_AREA, (FyZoneRecord) { .area = before }, (FyZoneRecord) { .area = after });
}

FyZoneChange *
fy_zone_command_add_grid (FyZoneCommand *cmd, FyZoneGrid *before, FyZoneGrid *after)
{
  return command_add (cmd, FY_ZONE_CHANGE_GRID, (FyZoneRecord) { .grid = before }, (FyZoneRecord) { .grid = after });
}

FyZoneChange *
fy_zone_command_add_point (FyZoneCommand *cmd, FyZonePoint *before, FyZonePoint *after)
{
  return command_add (cmd, FY_ZONE_CHANGE_POINT, (FyZoneRecord) { .point = before }, (FyZoneRecord) { .point = after });
}

FyZoneChange *
fy_zone_command_add_assign (FyZoneCommand *cmd, FyZoneAssignment *before, FyZoneAssignment *after)
{
  return command_add (cmd, FY_ZONE_CHANGE_ASSIGN, (FyZoneRecord) { .assign = before }, (FyZoneRecord) { .assign = after });
}

/* New records in a map without a store get ids from a counter. */
static void
assign_local_ids (FyZoneMap *self, FyZoneCommand *cmd)
{
  for (guint i = 0; i < cmd->changes->len; i++)
    {
      FyZoneChange *c = cmd->changes->pdata[i];
      gint64 *id = NULL;

      if (c->before.any != NULL || c->after.any == NULL)
        continue;
      if (c->kind == FY_ZONE_CHANGE_AREA)
        id = &c->after.area->id;
      else if (c->kind == FY_ZONE_CHANGE_GRID)
        id = &c->after.grid->id;
      else if (c->kind == FY_ZONE_CHANGE_POINT)
        id = &c->after.point->id;
      if (id && *id == 0)
        *id = self->next_local_id++;
    }
}

/* Writes a command in one transaction, then updates memory. Nothing changes
 * anywhere when the transaction fails. */
static gboolean
write_command (FyZoneMap *self, FyZoneCommand *cmd, gboolean forward, gboolean is_undo,
               GError **error)
{
  guint n = cmd->changes->len;

  if (self->store != NULL)
    {
      if (!fy_store_begin (self->store, error))
        return FALSE;
      for (guint k = 0; k < n; k++)
        {
          FyZoneChange *c = cmd->changes->pdata[forward ? k : n - 1 - k];
          if (!fy_zone_store_put (self, c, forward, is_undo, error))
            {
              fy_store_rollback (self->store);
              return FALSE;
            }
        }
      if (!fy_zone_store_touch (self, error))
        {
          fy_store_rollback (self->store);
          return FALSE;
        }
      if (!fy_store_commit (self->store, error))
        return FALSE;
    }
  else
    assign_local_ids (self, cmd);

  for (guint k = 0; k < n; k++)
    fy_zone_map_apply_memory (self, cmd->changes->pdata[forward ? k : n - 1 - k], forward);
  return TRUE;
}

static void
notify_changed (FyZoneMap *self)
{
  if (self->store)
    fy_store_emit_changed (self->store, FY_STORE_CHANGE_ZONES);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Takes ownership of cmd. */
gboolean
fy_zone_map_run_command (FyZoneMap *self, FyZoneCommand *cmd, GError **error)
{
  if (!write_command (self, cmd, TRUE, FALSE, error))
    {
      fy_zone_command_free (cmd);
      return FALSE;
    }
  g_ptr_array_add (self->undo, cmd);
  if (self->undo->len > FY_ZONE_UNDO_LIMIT)
    g_ptr_array_remove_index (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  notify_changed (self);
  return TRUE;
}

gboolean
fy_zone_map_can_undo (FyZoneMap *self)
{
  return self->undo->len > 0;
}

gboolean
fy_zone_map_can_redo (FyZoneMap *self)
{
  return self->redo->len > 0;
}

const char *
fy_zone_map_get_undo_label (FyZoneMap *self)
{
  return self->undo->len ? ((FyZoneCommand *) g_ptr_array_index (self->undo, self->undo->len - 1))->label : NULL;
}

const char *
fy_zone_map_get_redo_label (FyZoneMap *self)
{
  return self->redo->len ? ((FyZoneCommand *) g_ptr_array_index (self->redo, self->redo->len - 1))->label : NULL;
}

static gboolean
move_command (FyZoneMap *self, GPtrArray *from, GPtrArray *to, gboolean forward, GError **error)
{
  FyZoneCommand *cmd;

  if (from->len == 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_NOT_FOUND,
                   forward ? _("There is nothing to redo.") : _("There is nothing to undo."));
      return FALSE;
    }
  cmd = g_ptr_array_index (from, from->len - 1);
  if (!write_command (self, cmd, forward, !forward, error))
    {
      g_prefix_error (error, forward ? _("Redo failed: ") : _("Undo failed: "));
      return FALSE;
    }
  g_ptr_array_add (to, g_ptr_array_steal_index (from, from->len - 1));
  notify_changed (self);
  return TRUE;
}

gboolean
fy_zone_map_undo (FyZoneMap *self, GError **error)
{
  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  return move_command (self, self->undo, self->redo, FALSE, error);
}

gboolean
fy_zone_map_redo (FyZoneMap *self, GError **error)
{
  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  return move_command (self, self->redo, self->undo, TRUE, error);
}

/* ------------------------------------------------------------------ */
/* Checks shared by the edits                                          */

const FyZoneArea *
fy_zone_map_require_area (FyZoneMap *self, gint64 area_id, GError **error)
{
  const FyZoneArea *area = fy_zone_map_lookup_area (self, area_id);

  if (area == NULL)
    g_set_error (error, FY_ERROR, FY_ERROR_NOT_FOUND,
                 _("The area no longer exists on this map. Reload the map."));
  return area;
}

gboolean
fy_zone_map_check_leader (FyZoneMap *self, gint64 staff_id, GError **error)
{
  gboolean active = TRUE;

  if (staff_id == 0 || self->store == NULL)
    return TRUE;
  if (!fy_zone_store_staff_exists (self->store, staff_id, &active, error))
    return FALSE;
  if (!active)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("This person has left the company and cannot lead an area or grid. Choose someone else."));
      return FALSE;
    }
  return TRUE;
}

gint64
fy_zone_map_top_z (FyZoneMap *self, gboolean top)
{
  const FyZoneArea *a;

  if (self->areas->len == 0)
    return 0;
  a = g_ptr_array_index (self->areas, top ? self->areas->len - 1 : 0);
  return a->z;
}

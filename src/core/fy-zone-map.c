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
clear_content (FyZoneMap *self)
{
  g_ptr_array_set_size (self->areas, 0);
  g_ptr_array_set_size (self->grids, 0);
  g_ptr_array_set_size (self->points, 0);
  g_hash_table_remove_all (self->assignments);
  g_clear_pointer (&self->headcounts, g_hash_table_unref);
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
}

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

static gboolean
validate_map_name (const char *input, char **out, GError **error)
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

static gboolean
validate_size (double width_m, double height_m, GError **error)
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

  if (!validate_map_name (name, &clean, error) || !validate_size (width_m, height_m, error))
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
      fy_store_emit_changed (store, "zones");
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
fy_zone_map_reload (FyZoneMap *self, GError **error)
{
  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if (self->store == NULL)
    return TRUE;
  clear_content (self);
  if (!fy_zone_store_load (self, self->props->id, error))
    return FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
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

static int
find_area (FyZoneMap *self, gint64 id)
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
  int i = find_area (self, area_id);
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
  if (to && find_area (self, to->area_id) >= 0)
    {
      FyZoneAssignment *copy = fy_zone_assignment_copy (to);
      g_hash_table_replace (self->assignments, &copy->staff_id, copy);
    }
  g_clear_pointer (&self->headcounts, g_hash_table_unref);
}

void
fy_zone_map_apply_memory (FyZoneMap *self, const FyZoneChange *change, gboolean forward)
{
  gconstpointer from = forward ? change->before : change->after;
  gconstpointer to = forward ? change->after : change->before;
  int i;

  switch (change->kind)
    {
    case FY_ZONE_CHANGE_MAP:
      fy_zone_map_props_free (self->props);
      self->props = fy_zone_map_props_copy (to);
      break;

    case FY_ZONE_CHANGE_AREA:
      if (from && (i = find_area (self, ((const FyZoneArea *) from)->id)) >= 0)
        g_ptr_array_remove_index (self->areas, i);
      if (to)
        {
          FyZoneArea *copy = fy_zone_area_copy (to);
          copy->bounds = fy_polygon_bounds (copy->points, copy->n_points);
          fy_zone_map_insert_area_sorted (self, copy);
        }
      break;

    case FY_ZONE_CHANGE_GRID:
      if (from && (i = find_by_id (self->grids, ((const FyZoneGrid *) from)->id,
                                   G_STRUCT_OFFSET (FyZoneGrid, id))) >= 0)
        g_ptr_array_remove_index (self->grids, i);
      if (to)
        insert_by_id (self->grids, fy_zone_grid_copy (to), G_STRUCT_OFFSET (FyZoneGrid, id));
      break;

    case FY_ZONE_CHANGE_POINT:
      if (from && (i = find_by_id (self->points, ((const FyZonePoint *) from)->id,
                                   G_STRUCT_OFFSET (FyZonePoint, id))) >= 0)
        g_ptr_array_remove_index (self->points, i);
      if (to)
        insert_by_id (self->points, fy_zone_point_copy (to), G_STRUCT_OFFSET (FyZonePoint, id));
      break;

    case FY_ZONE_CHANGE_ASSIGN:
      put_memory_assignment (self, from, to);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* ------------------------------------------------------------------ */
/* The command engine                                                  */

static FyZoneChange *
change_new (FyZoneChangeKind kind, gpointer before, gpointer after)
{
  FyZoneChange *c = g_new0 (FyZoneChange, 1);

  c->kind = kind;
  c->before = before;
  c->after = after;
  return c;
}

static FyZoneCommand *
command_new (const char *label)
{
  FyZoneCommand *cmd = g_new0 (FyZoneCommand, 1);

  cmd->label = g_strdup (label);
  cmd->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_zone_change_free);
  return cmd;
}

static void
command_add (FyZoneCommand *cmd, FyZoneChangeKind kind, gpointer before, gpointer after)
{
  g_ptr_array_add (cmd->changes, change_new (kind, before, after));
}

/* New records in a map without a store get ids from a counter. */
static void
assign_local_ids (FyZoneMap *self, FyZoneCommand *cmd)
{
  for (guint i = 0; i < cmd->changes->len; i++)
    {
      FyZoneChange *c = cmd->changes->pdata[i];
      gint64 *id = NULL;

      if (c->before != NULL || c->after == NULL)
        continue;
      if (c->kind == FY_ZONE_CHANGE_AREA)
        id = &((FyZoneArea *) c->after)->id;
      else if (c->kind == FY_ZONE_CHANGE_GRID)
        id = &((FyZoneGrid *) c->after)->id;
      else if (c->kind == FY_ZONE_CHANGE_POINT)
        id = &((FyZonePoint *) c->after)->id;
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
    fy_store_emit_changed (self->store, "zones");
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Takes ownership of cmd. */
static gboolean
run_command (FyZoneMap *self, FyZoneCommand *cmd, GError **error)
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

static const FyZoneArea *
require_area (FyZoneMap *self, gint64 area_id, GError **error)
{
  const FyZoneArea *area = fy_zone_map_lookup_area (self, area_id);

  if (area == NULL)
    g_set_error (error, FY_ERROR, FY_ERROR_NOT_FOUND,
                 _("The area no longer exists on this map. Reload the map."));
  return area;
}

static gboolean
check_leader (FyZoneMap *self, gint64 staff_id, GError **error)
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

static gint64
top_z (FyZoneMap *self, gboolean top)
{
  const FyZoneArea *a;

  if (self->areas->len == 0)
    return 0;
  a = g_ptr_array_index (self->areas, top ? self->areas->len - 1 : 0);
  return a->z;
}

/* ------------------------------------------------------------------ */
/* Map properties                                                      */

static gboolean
run_props (FyZoneMap *self, FyZoneMapProps *after, const char *label, GError **error)
{
  FyZoneCommand *cmd = command_new (label);

  command_add (cmd, FY_ZONE_CHANGE_MAP, fy_zone_map_props_copy (self->props), after);
  return run_command (self, cmd, error);
}

gboolean
fy_zone_map_rename (FyZoneMap *self, const char *name, GError **error)
{
  g_autofree char *clean = NULL;
  FyZoneMapProps *after;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if (!validate_map_name (name, &clean, error))
    return FALSE;
  if (g_str_equal (clean, self->props->name))
    return TRUE;
  after = fy_zone_map_props_copy (self->props);
  g_free (after->name);
  after->name = g_steal_pointer (&clean);
  return run_props (self, after, _("Rename map"), error);
}

gboolean
fy_zone_map_set_size (FyZoneMap *self, double width_m, double height_m, GError **error)
{
  FyZoneMapProps *after;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if (self->props->background != NULL)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("A map with a floor plan takes its size from the plan. Set the scale with a line of known length instead."));
      return FALSE;
    }
  if (!validate_size (width_m, height_m, error))
    return FALSE;
  after = fy_zone_map_props_copy (self->props);
  after->width_m = width_m;
  after->height_m = height_m;
  return run_props (self, after, _("Change map size"), error);
}

gboolean
fy_zone_map_set_grid_step (FyZoneMap *self, double step_m, GError **error)
{
  FyZoneMapProps *after;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if (!isfinite (step_m) || step_m < 0 || step_m > 1000)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The grid spacing must be between 0 (no grid) and 1000 m."));
      return FALSE;
    }
  if (step_m == self->props->grid_step_m)
    return TRUE;
  after = fy_zone_map_props_copy (self->props);
  after->grid_step_m = step_m;
  return run_props (self, after, _("Change grid spacing"), error);
}

gboolean
fy_zone_map_set_background (FyZoneMap *self, GBytes *image, GError **error)
{
  FyZoneMapProps *after;
  const char *type = "";
  int w = 0, h = 0;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if (image != NULL)
    {
      g_autoptr(GdkPixbuf) full = NULL;
      if (!fy_zone_check_image (image, &type, &w, &h, error))
        return FALSE;
      /* The header was fine; make sure the whole picture decodes too, so a
       * truncated file is refused now rather than failing on every draw. */
      full = fy_zone_decode_image (image, 0, error);
      if (full == NULL)
        return FALSE;
    }
  after = fy_zone_map_props_copy (self->props);
  g_clear_pointer (&after->background, g_bytes_unref);
  g_free (after->background_type);
  after->background_type = g_strdup (type);
  after->background_width = w;
  after->background_height = h;
  if (image != NULL)
    {
      after->background = g_bytes_ref (image);
      /* Start with the plan as wide as the map; the officer calibrates next. */
      after->metres_per_pixel = self->props->width_m / w;
      after->height_m = h * after->metres_per_pixel;
      if (after->height_m > FY_ZONE_MAX_SIZE_M || after->height_m < 0.01)
        {
          fy_zone_map_props_free (after);
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                       _("The floor plan's proportions do not fit the map. Use a less elongated image."));
          return FALSE;
        }
    }
  else
    after->metres_per_pixel = 0;
  return run_props (self, after, image ? _("Set floor plan") : _("Remove floor plan"), error);
}

gboolean
fy_zone_map_set_background_file (FyZoneMap *self, const char *path, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display = g_filename_display_basename (path);
  GStatBuf st;
  char *data = NULL;
  gsize len = 0;

  if (g_stat (path, &st) == 0 && st.st_size > FY_ZONE_MAX_IMAGE_BYTES)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The image file is too large (more than %d MB). Save the floor plan with a smaller size."),
                   FY_ZONE_MAX_IMAGE_BYTES / (1024 * 1024));
      return FALSE;
    }
  if (!g_file_get_contents (path, &data, &len, &local))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_IO, _("Could not read “%s”: %s"), display, local->message);
      return FALSE;
    }
  bytes = g_bytes_new_take (data, len);
  return fy_zone_map_set_background (self, bytes, error);
}

gboolean
fy_zone_map_calibrate (FyZoneMap *self, FyPoint a, FyPoint b, double metres, GError **error)
{
  FyZoneCommand *cmd;
  FyZoneMapProps *after;
  double length = hypot (b.x - a.x, b.y - a.y);
  double f;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if (!isfinite (length) || length < 0.01)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("Draw a longer line along something whose length you know."));
      return FALSE;
    }
  if (!isfinite (metres) || metres <= 0 || metres > FY_ZONE_MAX_SIZE_M)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("Enter the real length of the line in metres (more than 0)."));
      return FALSE;
    }
  f = metres / length;
  if (!validate_size (self->props->width_m * f, self->props->height_m * f, error))
    return FALSE;

  cmd = command_new (_("Set scale"));
  after = fy_zone_map_props_copy (self->props);
  after->width_m *= f;
  after->height_m *= f;
  after->metres_per_pixel *= f;
  command_add (cmd, FY_ZONE_CHANGE_MAP, fy_zone_map_props_copy (self->props), after);
  /* Scale the drawing with the plan so areas stay on the features. */
  for (guint i = 0; i < self->areas->len; i++)
    {
      FyZoneArea *old = self->areas->pdata[i], *new = fy_zone_area_copy (old);
      for (guint k = 0; k < new->n_points; k++)
        new->points[k] = (FyPoint) { new->points[k].x * f, new->points[k].y * f };
      command_add (cmd, FY_ZONE_CHANGE_AREA, fy_zone_area_copy (old), new);
    }
  for (guint i = 0; i < self->grids->len; i++)
    {
      FyZoneGrid *old = self->grids->pdata[i], *new;
      if (old->n_points == 0)
        continue;
      new = fy_zone_grid_copy (old);
      for (guint k = 0; k < new->n_points; k++)
        new->points[k] = (FyPoint) { new->points[k].x * f, new->points[k].y * f };
      command_add (cmd, FY_ZONE_CHANGE_GRID, fy_zone_grid_copy (old), new);
    }
  for (guint i = 0; i < self->points->len; i++)
    {
      FyZonePoint *old = self->points->pdata[i], *new = fy_zone_point_copy (old);
      new->x *= f;
      new->y *= f;
      command_add (cmd, FY_ZONE_CHANGE_POINT, fy_zone_point_copy (old), new);
    }
  return run_command (self, cmd, error);
}

/* ------------------------------------------------------------------ */
/* Areas                                                               */

gint64
fy_zone_map_add_area (FyZoneMap *self, const FyZoneArea *area, GError **error)
{
  g_autoptr(FyZoneArea) copy = NULL;
  FyZoneCommand *cmd;
  FyZoneArea *after;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), 0);
  g_return_val_if_fail (area != NULL, 0);
  copy = fy_zone_area_copy (area);
  if (!fy_zone_area_validate (copy, error) || !check_leader (self, copy->leader_staff_id, error))
    return 0;
  copy->id = 0;
  copy->z = top_z (self, TRUE) + 1;
  cmd = command_new (_("Add area"));
  after = g_steal_pointer (&copy);
  command_add (cmd, FY_ZONE_CHANGE_AREA, NULL, after);
  /* after->id is filled in by the store (or the local counter). */
  if (!run_command (self, cmd, error))
    return 0;
  return after->id;
}

static gboolean
areas_equal (const FyZoneArea *a, const FyZoneArea *b)
{
  return g_strcmp0 (a->name, b->name) == 0 && a->level == b->level && a->function == b->function
      && a->shape == b->shape && a->n_points == b->n_points
      && memcmp (a->points, b->points, sizeof (FyPoint) * a->n_points) == 0
      && g_strcmp0 (a->place_code, b->place_code) == 0 && a->capacity == b->capacity
      && a->leader_staff_id == b->leader_staff_id && g_strcmp0 (a->note, b->note) == 0
      && a->z == b->z;
}

/* Validates `new` (taking it) and runs a one-change command, or does
 * nothing when it equals the current state. */
static gboolean
run_area_change (FyZoneMap *self, const FyZoneArea *cur, FyZoneArea *new, const char *reason,
                 const char *label, GError **error)
{
  FyZoneCommand *cmd;
  FyZoneChange *change;

  if (!fy_zone_area_validate (new, error))
    {
      fy_zone_area_free (new);
      return FALSE;
    }
  if (areas_equal (cur, new))
    {
      fy_zone_area_free (new);
      return TRUE;
    }
  cmd = command_new (label);
  command_add (cmd, FY_ZONE_CHANGE_AREA, fy_zone_area_copy (cur), new);
  change = cmd->changes->pdata[0];
  change->reason = g_strdup (reason);
  return run_command (self, cmd, error);
}

gboolean
fy_zone_map_update_area (FyZoneMap *self, const FyZoneArea *values, GError **error)
{
  const FyZoneArea *cur;
  FyZoneArea *new;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if ((cur = require_area (self, values->id, error)) == NULL)
    return FALSE;
  if (!check_leader (self, values->leader_staff_id != cur->leader_staff_id ? values->leader_staff_id : 0, error))
    return FALSE;
  new = fy_zone_area_copy (cur);
  g_free (new->name);
  new->name = g_strdup (values->name);
  new->function = values->function;
  g_free (new->place_code);
  new->place_code = g_strdup (values->place_code);
  new->capacity = values->capacity;
  new->leader_staff_id = values->leader_staff_id;
  g_free (new->note);
  new->note = g_strdup (values->note);
  return run_area_change (self, cur, new, NULL, _("Edit area"), error);
}

gboolean
fy_zone_map_set_area_level (FyZoneMap *self, gint64 area_id, FyZoneLevel level,
                            const char *reason, GError **error)
{
  const FyZoneArea *cur;
  g_autofree char *why = g_strdup (reason);
  FyZoneArea *new;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if ((cur = require_area (self, area_id, error)) == NULL)
    return FALSE;
  if ((guint) level >= FY_ZONE_N_LEVELS)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("Choose the risk level of the area."));
      return FALSE;
    }
  if (level == cur->level)
    return TRUE;
  if (!fy_zone_validate_text_field (&why, 200, _("reason"), error))
    return FALSE;
  if (*why == '\0')
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("Enter why the level changes (for example the test result or notice that required it)."));
      return FALSE;
    }
  new = fy_zone_area_copy (cur);
  new->level = level;
  return run_area_change (self, cur, new, why, _("Change area level"), error);
}

static gboolean
is_axis_rect (const FyPoint *p, guint n)
{
  if (n != 4)
    return FALSE;
  for (guint i = 0; i < 4; i++)
    {
      FyPoint a = p[i], b = p[(i + 1) % 4];
      if (a.x != b.x && a.y != b.y)
        return FALSE;
    }
  return TRUE;
}

static gboolean
run_outline (FyZoneMap *self, gint64 area_id, const FyPoint *points, guint n,
             gboolean keep_rect, const char *label, GError **error)
{
  const FyZoneArea *cur;
  FyZoneArea *new;

  if ((cur = require_area (self, area_id, error)) == NULL)
    return FALSE;
  if (!fy_zone_validate_polygon (points, n, error))
    return FALSE;
  new = fy_zone_area_copy (cur);
  fy_zone_area_set_points (new, points, n);
  new->shape = keep_rect && cur->shape == FY_ZONE_SHAPE_RECT && is_axis_rect (points, n)
             ? FY_ZONE_SHAPE_RECT : FY_ZONE_SHAPE_POLYGON;
  return run_area_change (self, cur, new, NULL, label, error);
}

gboolean
fy_zone_map_set_area_points (FyZoneMap *self, gint64 area_id, const FyPoint *points,
                             guint n_points, GError **error)
{
  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  return run_outline (self, area_id, points, n_points, TRUE, _("Reshape area"), error);
}

gboolean
fy_zone_map_move_area (FyZoneMap *self, gint64 area_id, double dx, double dy, GError **error)
{
  const FyZoneArea *cur;
  g_autofree FyPoint *pts = NULL;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if ((cur = require_area (self, area_id, error)) == NULL)
    return FALSE;
  pts = g_memdup2 (cur->points, sizeof (FyPoint) * cur->n_points);
  fy_polygon_translate (pts, cur->n_points, dx, dy);
  return run_outline (self, area_id, pts, cur->n_points, TRUE, _("Move area"), error);
}

gboolean
fy_zone_map_resize_area (FyZoneMap *self, gint64 area_id, const FyRect *bounds, GError **error)
{
  const FyZoneArea *cur;
  g_autofree FyPoint *pts = NULL;
  FyRect to;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if ((cur = require_area (self, area_id, error)) == NULL)
    return FALSE;
  /* Dragging a handle past the opposite side flips the box: normalise. */
  to = (FyRect) { MIN (bounds->x0, bounds->x1), MIN (bounds->y0, bounds->y1),
                  MAX (bounds->x0, bounds->x1), MAX (bounds->y0, bounds->y1) };
  pts = g_memdup2 (cur->points, sizeof (FyPoint) * cur->n_points);
  fy_polygon_map_rect (pts, cur->n_points, &cur->bounds, &to);
  return run_outline (self, area_id, pts, cur->n_points, TRUE, _("Resize area"), error);
}

gboolean
fy_zone_map_move_vertex (FyZoneMap *self, gint64 area_id, guint index, FyPoint to, GError **error)
{
  const FyZoneArea *cur;
  g_autofree FyPoint *pts = NULL;
  guint n;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if ((cur = require_area (self, area_id, error)) == NULL)
    return FALSE;
  n = cur->n_points;
  if (index >= n)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_NOT_FOUND, _("That corner no longer exists. Select the area again."));
      return FALSE;
    }
  pts = g_memdup2 (cur->points, sizeof (FyPoint) * n);
  if (cur->shape == FY_ZONE_SHAPE_RECT && is_axis_rect (cur->points, n))
    {
      /* Drag the neighbours along so the box stays a box. */
      guint nb[2] = { (index + n - 1) % n, (index + 1) % n };
      for (guint k = 0; k < 2; k++)
        {
          if (cur->points[nb[k]].x == cur->points[index].x)
            pts[nb[k]].x = to.x;
          else
            pts[nb[k]].y = to.y;
        }
    }
  pts[index] = to;
  return run_outline (self, area_id, pts, n, TRUE, _("Move corner"), error);
}

gboolean
fy_zone_map_insert_vertex (FyZoneMap *self, gint64 area_id, guint index, FyPoint at, GError **error)
{
  const FyZoneArea *cur;
  g_autoptr(GArray) pts = NULL;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if ((cur = require_area (self, area_id, error)) == NULL)
    return FALSE;
  pts = g_array_sized_new (FALSE, FALSE, sizeof (FyPoint), cur->n_points + 1);
  g_array_append_vals (pts, cur->points, cur->n_points);
  g_array_insert_val (pts, MIN (index, cur->n_points), at);
  return run_outline (self, area_id, (FyPoint *) pts->data, pts->len, FALSE, _("Add corner"), error);
}

gboolean
fy_zone_map_remove_vertex (FyZoneMap *self, gint64 area_id, guint index, GError **error)
{
  const FyZoneArea *cur;
  g_autoptr(GArray) pts = NULL;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if ((cur = require_area (self, area_id, error)) == NULL)
    return FALSE;
  if (index >= cur->n_points)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_NOT_FOUND, _("That corner no longer exists. Select the area again."));
      return FALSE;
    }
  if (cur->n_points <= 3)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("An area needs at least 3 corners. Delete the area instead."));
      return FALSE;
    }
  pts = g_array_sized_new (FALSE, FALSE, sizeof (FyPoint), cur->n_points);
  g_array_append_vals (pts, cur->points, cur->n_points);
  g_array_remove_index (pts, index);
  return run_outline (self, area_id, (FyPoint *) pts->data, pts->len, FALSE, _("Remove corner"), error);
}

/* People of an area (or grid) leave it: changes into `cmd`. grid_only keeps
 * them in the area without a grid. */
static void
add_unassign_changes (FyZoneMap *self, FyZoneCommand *cmd, gint64 area_id, gint64 grid_id)
{
  g_autoptr(GArray) ids = fy_zone_map_list_staff (self, area_id, grid_id);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 staff_id = g_array_index (ids, gint64, i);
      FyZoneAssignment *a = g_hash_table_lookup (self->assignments, &staff_id);
      FyZoneAssignment *after = NULL;
      if (grid_id != 0)
        {
          after = fy_zone_assignment_copy (a);
          after->grid_id = 0;
        }
      command_add (cmd, FY_ZONE_CHANGE_ASSIGN, fy_zone_assignment_copy (a), after);
    }
}

gboolean
fy_zone_map_delete_area (FyZoneMap *self, gint64 area_id, GError **error)
{
  const FyZoneArea *cur;
  FyZoneCommand *cmd;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if ((cur = require_area (self, area_id, error)) == NULL)
    return FALSE;
  cmd = command_new (_("Delete area"));
  add_unassign_changes (self, cmd, area_id, 0);
  for (guint i = 0; i < self->grids->len; i++)
    {
      FyZoneGrid *g = self->grids->pdata[i];
      if (g->area_id == area_id)
        command_add (cmd, FY_ZONE_CHANGE_GRID, fy_zone_grid_copy (g), NULL);
    }
  command_add (cmd, FY_ZONE_CHANGE_AREA, fy_zone_area_copy (cur), NULL);
  return run_command (self, cmd, error);
}

gboolean
fy_zone_map_raise_area (FyZoneMap *self, gint64 area_id, gboolean to_top, GError **error)
{
  const FyZoneArea *cur;
  FyZoneArea *new;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if ((cur = require_area (self, area_id, error)) == NULL)
    return FALSE;
  if (self->areas->pdata[to_top ? self->areas->len - 1 : 0] == cur)
    return TRUE;
  new = fy_zone_area_copy (cur);
  new->z = top_z (self, to_top) + (to_top ? 1 : -1);
  return run_area_change (self, cur, new, NULL, to_top ? _("Bring area to front") : _("Send area to back"), error);
}

/* ------------------------------------------------------------------ */
/* Grids                                                               */

static gboolean
validate_grid (FyZoneMap *self, FyZoneGrid *grid, GError **error)
{
  if (!fy_zone_validate_text_field (&grid->name, 64, _("grid name"), error)
      || !fy_zone_validate_text_field (&grid->note, 500, _("note"), error))
    return FALSE;
  if (*grid->name == '\0')
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("Enter a name for the grid."));
      return FALSE;
    }
  if (grid->n_points > 0 && !fy_zone_validate_polygon (grid->points, grid->n_points, error))
    return FALSE;
  if (grid->leader_staff_id < 0)
    grid->leader_staff_id = 0;
  return TRUE;
}

gint64
fy_zone_map_add_grid (FyZoneMap *self, const FyZoneGrid *grid, GError **error)
{
  FyZoneGrid *after;
  FyZoneCommand *cmd;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), 0);
  if (require_area (self, grid->area_id, error) == NULL)
    return 0;
  after = fy_zone_grid_copy (grid);
  after->id = 0;
  if (!validate_grid (self, after, error) || !check_leader (self, after->leader_staff_id, error))
    {
      fy_zone_grid_free (after);
      return 0;
    }
  cmd = command_new (_("Add grid"));
  command_add (cmd, FY_ZONE_CHANGE_GRID, NULL, after);
  if (!run_command (self, cmd, error))
    return 0;
  return after->id;
}

static const FyZoneGrid *
require_grid (FyZoneMap *self, gint64 grid_id, GError **error)
{
  const FyZoneGrid *g = fy_zone_map_lookup_grid (self, grid_id);

  if (g == NULL)
    g_set_error (error, FY_ERROR, FY_ERROR_NOT_FOUND,
                 _("The grid no longer exists on this map. Reload the map."));
  return g;
}

gboolean
fy_zone_map_update_grid (FyZoneMap *self, const FyZoneGrid *grid, GError **error)
{
  const FyZoneGrid *cur;
  FyZoneGrid *after;
  FyZoneCommand *cmd;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if ((cur = require_grid (self, grid->id, error)) == NULL)
    return FALSE;
  after = fy_zone_grid_copy (grid);
  after->area_id = cur->area_id;   /* a grid stays in its area */
  if (!validate_grid (self, after, error)
      || !check_leader (self, after->leader_staff_id != cur->leader_staff_id ? after->leader_staff_id : 0, error))
    {
      fy_zone_grid_free (after);
      return FALSE;
    }
  cmd = command_new (_("Edit grid"));
  command_add (cmd, FY_ZONE_CHANGE_GRID, fy_zone_grid_copy (cur), after);
  return run_command (self, cmd, error);
}

gboolean
fy_zone_map_delete_grid (FyZoneMap *self, gint64 grid_id, GError **error)
{
  const FyZoneGrid *cur;
  FyZoneCommand *cmd;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if ((cur = require_grid (self, grid_id, error)) == NULL)
    return FALSE;
  cmd = command_new (_("Delete grid"));
  add_unassign_changes (self, cmd, cur->area_id, grid_id);
  command_add (cmd, FY_ZONE_CHANGE_GRID, fy_zone_grid_copy (cur), NULL);
  return run_command (self, cmd, error);
}

/* ------------------------------------------------------------------ */
/* Symbols                                                             */

static gboolean
validate_point (FyZonePoint *p, GError **error)
{
  if ((guint) p->kind >= FY_ZONE_N_POINT_KINDS)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("Choose what kind of symbol to place."));
      return FALSE;
    }
  if (!isfinite (p->x) || !isfinite (p->y)
      || fabs (p->x) > FY_ZONE_MAX_SIZE_M || fabs (p->y) > FY_ZONE_MAX_SIZE_M)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The symbol lies too far outside the map. Place it on the map."));
      return FALSE;
    }
  return fy_zone_validate_text_field (&p->name, 64, _("symbol name"), error)
      && fy_zone_validate_text_field (&p->place_code, 64, _("place code"), error);
}

gint64
fy_zone_map_add_point (FyZoneMap *self, const FyZonePoint *point, GError **error)
{
  FyZonePoint *after;
  FyZoneCommand *cmd;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), 0);
  after = fy_zone_point_copy (point);
  after->id = 0;
  if (!validate_point (after, error))
    {
      fy_zone_point_free (after);
      return 0;
    }
  cmd = command_new (_("Add symbol"));
  command_add (cmd, FY_ZONE_CHANGE_POINT, NULL, after);
  if (!run_command (self, cmd, error))
    return 0;
  return after->id;
}

static gboolean
run_point_change (FyZoneMap *self, FyZonePoint *after, const char *label, GError **error)
{
  const FyZonePoint *cur = fy_zone_map_lookup_point (self, after->id);
  FyZoneCommand *cmd;

  if (cur == NULL)
    {
      fy_zone_point_free (after);
      g_set_error (error, FY_ERROR, FY_ERROR_NOT_FOUND,
                   _("The symbol no longer exists on this map. Reload the map."));
      return FALSE;
    }
  if (!validate_point (after, error))
    {
      fy_zone_point_free (after);
      return FALSE;
    }
  cmd = command_new (label);
  command_add (cmd, FY_ZONE_CHANGE_POINT, fy_zone_point_copy (cur), after);
  return run_command (self, cmd, error);
}

gboolean
fy_zone_map_update_point (FyZoneMap *self, const FyZonePoint *point, GError **error)
{
  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  return run_point_change (self, fy_zone_point_copy (point), _("Edit symbol"), error);
}

gboolean
fy_zone_map_move_point (FyZoneMap *self, gint64 point_id, FyPoint to, GError **error)
{
  const FyZonePoint *cur;
  FyZonePoint *after;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if ((cur = fy_zone_map_lookup_point (self, point_id)) == NULL)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_NOT_FOUND,
                   _("The symbol no longer exists on this map. Reload the map."));
      return FALSE;
    }
  after = fy_zone_point_copy (cur);
  after->x = to.x;
  after->y = to.y;
  return run_point_change (self, after, _("Move symbol"), error);
}

gboolean
fy_zone_map_delete_point (FyZoneMap *self, gint64 point_id, GError **error)
{
  const FyZonePoint *cur;
  FyZoneCommand *cmd;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if ((cur = fy_zone_map_lookup_point (self, point_id)) == NULL)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_NOT_FOUND,
                   _("The symbol no longer exists on this map. Reload the map."));
      return FALSE;
    }
  cmd = command_new (_("Delete symbol"));
  command_add (cmd, FY_ZONE_CHANGE_POINT, fy_zone_point_copy (cur), NULL);
  return run_command (self, cmd, error);
}

/* ------------------------------------------------------------------ */
/* Staff                                                               */

gboolean
fy_zone_map_assign_staff (FyZoneMap *self, gint64 staff_id, gint64 area_id, gint64 grid_id,
                          GError **error)
{
  FyZoneAssignment before = { staff_id, 0, 0, TRUE }, *after = NULL;
  g_autoptr(GError) local = NULL;
  gboolean had = FALSE, active = TRUE;
  FyZoneCommand *cmd;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if (area_id != 0 && require_area (self, area_id, error) == NULL)
    return FALSE;
  if (grid_id != 0)
    {
      const FyZoneGrid *g = require_grid (self, grid_id, error);
      if (g == NULL)
        return FALSE;
      if (g->area_id != area_id)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                       _("The grid belongs to another area. Choose a grid of the same area."));
          return FALSE;
        }
    }
  if (self->store != NULL)
    {
      if (!fy_zone_store_staff_exists (self->store, staff_id, &active, error))
        return FALSE;
      /* Where they are now, on any map: undo puts them back there. */
      had = fy_zone_store_get_assignment (self->store, staff_id, &before, &local);
      if (local != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
    }
  else
    {
      FyZoneAssignment *cur = g_hash_table_lookup (self->assignments, &staff_id);
      if ((had = cur != NULL))
        before = *cur;
    }
  if (area_id == 0 && (!had || find_area (self, before.area_id) < 0))
    return TRUE;   /* not on this map: nothing to remove */
  if (had && before.area_id == area_id && before.grid_id == grid_id)
    return TRUE;
  if (area_id != 0)
    {
      after = g_new0 (FyZoneAssignment, 1);
      *after = (FyZoneAssignment) { staff_id, area_id, grid_id, active };
    }
  before.active = active;
  cmd = command_new (area_id ? _("Assign person") : _("Remove person from area"));
  command_add (cmd, FY_ZONE_CHANGE_ASSIGN, had ? fy_zone_assignment_copy (&before) : NULL, after);
  return run_command (self, cmd, error);
}

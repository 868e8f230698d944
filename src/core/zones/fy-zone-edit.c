/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-edit.c — edits of a zone map's properties and areas. Each
 * builds one command (fy-zone-map-private.h) and runs it: validated first,
 * then one transaction, then memory, then the undo stack. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "fy-error.h"
#include "fy-zone-map-private.h"

/* ------------------------------------------------------------------ */
/* Map properties                                                      */

static gboolean
run_props (FyZoneMap *self, FyZoneMapProps *after, const char *label, GError **error)
{
  FyZoneCommand *cmd = fy_zone_command_new (label);

  fy_zone_command_add_map (cmd, fy_zone_map_props_copy (self->props), after);
  return fy_zone_map_run_command (self, cmd, error);
}

gboolean
fy_zone_map_rename (FyZoneMap *self, const char *name, GError **error)
{
  g_autofree char *clean = NULL;
  FyZoneMapProps *after;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if (!fy_zone_validate_map_name (name, &clean, error))
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
  if (!fy_zone_validate_size (width_m, height_m, error))
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
  if (!fy_zone_validate_size (self->props->width_m * f, self->props->height_m * f, error))
    return FALSE;

  cmd = fy_zone_command_new (_("Set scale"));
  after = fy_zone_map_props_copy (self->props);
  after->width_m *= f;
  after->height_m *= f;
  after->metres_per_pixel *= f;
  fy_zone_command_add_map (cmd, fy_zone_map_props_copy (self->props), after);
  /* Scale the drawing with the plan so areas stay on the features. */
  for (guint i = 0; i < self->areas->len; i++)
    {
      FyZoneArea *old = self->areas->pdata[i], *new = fy_zone_area_copy (old);
      for (guint k = 0; k < new->n_points; k++)
        new->points[k] = (FyPoint) { new->points[k].x * f, new->points[k].y * f };
      fy_zone_command_add_area (cmd, fy_zone_area_copy (old), new);
    }
  for (guint i = 0; i < self->grids->len; i++)
    {
      FyZoneGrid *old = self->grids->pdata[i], *new;
      if (old->n_points == 0)
        continue;
      new = fy_zone_grid_copy (old);
      for (guint k = 0; k < new->n_points; k++)
        new->points[k] = (FyPoint) { new->points[k].x * f, new->points[k].y * f };
      fy_zone_command_add_grid (cmd, fy_zone_grid_copy (old), new);
    }
  for (guint i = 0; i < self->points->len; i++)
    {
      FyZonePoint *old = self->points->pdata[i], *new = fy_zone_point_copy (old);
      new->x *= f;
      new->y *= f;
      fy_zone_command_add_point (cmd, fy_zone_point_copy (old), new);
    }
  return fy_zone_map_run_command (self, cmd, error);
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
  if (!fy_zone_area_validate (copy, error) || !fy_zone_map_check_leader (self, copy->leader_staff_id, error))
    return 0;
  copy->id = 0;
  copy->z = fy_zone_map_top_z (self, TRUE) + 1;
  cmd = fy_zone_command_new (_("Add area"));
  after = g_steal_pointer (&copy);
  fy_zone_command_add_area (cmd, NULL, after);
  /* after->id is filled in by the store (or the local counter). */
  if (!fy_zone_map_run_command (self, cmd, error))
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
  cmd = fy_zone_command_new (label);
  fy_zone_command_add_area (cmd, fy_zone_area_copy (cur), new);
  change = cmd->changes->pdata[0];
  change->reason = g_strdup (reason);
  return fy_zone_map_run_command (self, cmd, error);
}

gboolean
fy_zone_map_update_area (FyZoneMap *self, const FyZoneArea *values, GError **error)
{
  const FyZoneArea *cur;
  FyZoneArea *new;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if ((cur = fy_zone_map_require_area (self, values->id, error)) == NULL)
    return FALSE;
  if (!fy_zone_map_check_leader (self, values->leader_staff_id != cur->leader_staff_id ? values->leader_staff_id : 0, error))
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
  if ((cur = fy_zone_map_require_area (self, area_id, error)) == NULL)
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

  if ((cur = fy_zone_map_require_area (self, area_id, error)) == NULL)
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
  if ((cur = fy_zone_map_require_area (self, area_id, error)) == NULL)
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
  if ((cur = fy_zone_map_require_area (self, area_id, error)) == NULL)
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
  if ((cur = fy_zone_map_require_area (self, area_id, error)) == NULL)
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
  if ((cur = fy_zone_map_require_area (self, area_id, error)) == NULL)
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
  if ((cur = fy_zone_map_require_area (self, area_id, error)) == NULL)
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
void
fy_zone_map_add_unassign_changes (FyZoneMap *self, FyZoneCommand *cmd, gint64 area_id, gint64 grid_id)
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
      fy_zone_command_add_assign (cmd, fy_zone_assignment_copy (a), after);
    }
}

gboolean
fy_zone_map_delete_area (FyZoneMap *self, gint64 area_id, GError **error)
{
  const FyZoneArea *cur;
  FyZoneCommand *cmd;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if ((cur = fy_zone_map_require_area (self, area_id, error)) == NULL)
    return FALSE;
  cmd = fy_zone_command_new (_("Delete area"));
  fy_zone_map_add_unassign_changes (self, cmd, area_id, 0);
  for (guint i = 0; i < self->grids->len; i++)
    {
      FyZoneGrid *g = self->grids->pdata[i];
      if (g->area_id == area_id)
        fy_zone_command_add_grid (cmd, fy_zone_grid_copy (g), NULL);
    }
  fy_zone_command_add_area (cmd, fy_zone_area_copy (cur), NULL);
  return fy_zone_map_run_command (self, cmd, error);
}

gboolean
fy_zone_map_raise_area (FyZoneMap *self, gint64 area_id, gboolean to_top, GError **error)
{
  const FyZoneArea *cur;
  FyZoneArea *new;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if ((cur = fy_zone_map_require_area (self, area_id, error)) == NULL)
    return FALSE;
  if (self->areas->pdata[to_top ? self->areas->len - 1 : 0] == cur)
    return TRUE;
  new = fy_zone_area_copy (cur);
  new->z = fy_zone_map_top_z (self, to_top) + (to_top ? 1 : -1);
  return run_area_change (self, cur, new, NULL, to_top ? _("Bring area to front") : _("Send area to back"), error);
}

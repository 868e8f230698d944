/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-items.c — edits of grids, symbols and who works where (one
 * command, one transaction each, as in fy-zone-edit.c). */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "fy-error.h"
#include "fy-zone-map-private.h"

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
  if (fy_zone_map_require_area (self, grid->area_id, error) == NULL)
    return 0;
  after = fy_zone_grid_copy (grid);
  after->id = 0;
  if (!validate_grid (self, after, error) || !fy_zone_map_check_leader (self, after->leader_staff_id, error))
    {
      fy_zone_grid_free (after);
      return 0;
    }
  cmd = fy_zone_command_new (_("Add grid"));
  fy_zone_command_add_grid (cmd, NULL, after);
  if (!fy_zone_map_run_command (self, cmd, error))
    return 0;
  return after->id;
}

const FyZoneGrid *
fy_zone_map_require_grid (FyZoneMap *self, gint64 grid_id, GError **error)
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
  if ((cur = fy_zone_map_require_grid (self, grid->id, error)) == NULL)
    return FALSE;
  after = fy_zone_grid_copy (grid);
  after->area_id = cur->area_id;   /* a grid stays in its area */
  if (!validate_grid (self, after, error)
      || !fy_zone_map_check_leader (self, after->leader_staff_id != cur->leader_staff_id ? after->leader_staff_id : 0, error))
    {
      fy_zone_grid_free (after);
      return FALSE;
    }
  cmd = fy_zone_command_new (_("Edit grid"));
  fy_zone_command_add_grid (cmd, fy_zone_grid_copy (cur), after);
  return fy_zone_map_run_command (self, cmd, error);
}

gboolean
fy_zone_map_delete_grid (FyZoneMap *self, gint64 grid_id, GError **error)
{
  const FyZoneGrid *cur;
  FyZoneCommand *cmd;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  if ((cur = fy_zone_map_require_grid (self, grid_id, error)) == NULL)
    return FALSE;
  cmd = fy_zone_command_new (_("Delete grid"));
  fy_zone_map_add_unassign_changes (self, cmd, cur->area_id, grid_id);
  fy_zone_command_add_grid (cmd, fy_zone_grid_copy (cur), NULL);
  return fy_zone_map_run_command (self, cmd, error);
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
  cmd = fy_zone_command_new (_("Add symbol"));
  fy_zone_command_add_point (cmd, NULL, after);
  if (!fy_zone_map_run_command (self, cmd, error))
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
  cmd = fy_zone_command_new (label);
  fy_zone_command_add_point (cmd, fy_zone_point_copy (cur), after);
  return fy_zone_map_run_command (self, cmd, error);
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
  cmd = fy_zone_command_new (_("Delete symbol"));
  fy_zone_command_add_point (cmd, fy_zone_point_copy (cur), NULL);
  return fy_zone_map_run_command (self, cmd, error);
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
  if (area_id != 0 && fy_zone_map_require_area (self, area_id, error) == NULL)
    return FALSE;
  if (grid_id != 0)
    {
      const FyZoneGrid *g = fy_zone_map_require_grid (self, grid_id, error);
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
  if (area_id == 0 && (!had || fy_zone_map_find_area (self, before.area_id) < 0))
    return TRUE;   /* not on this map: nothing to remove */
  if (had && before.area_id == area_id && before.grid_id == grid_id)
    return TRUE;
  if (area_id != 0)
    {
      after = g_new0 (FyZoneAssignment, 1);
      *after = (FyZoneAssignment) { staff_id, area_id, grid_id, active };
    }
  before.active = active;
  cmd = fy_zone_command_new (area_id ? _("Assign person") : _("Remove person from area"));
  fy_zone_command_add_assign (cmd, had ? fy_zone_assignment_copy (&before) : NULL, after);
  return fy_zone_map_run_command (self, cmd, error);
}

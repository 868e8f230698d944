/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-assign.c — several assignments in one command. The single-person
 * edit lives in fy-zone-items.c; this builds the same kind of change for
 * each person so undo puts everyone back where they were, in one step. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-error.h"
#include "fy-zone-assign.h"
#include "fy-zone-map-private.h"

/* Where `staff_id` is now (any map with a store, this map without one). */
static gboolean
current_assignment (FyZoneMap *self, gint64 staff_id, FyZoneAssignment *out, gboolean *had,
                    GError **error)
{
  g_autoptr(GError) local = NULL;

  *out = (FyZoneAssignment) { staff_id, 0, 0, TRUE };
  if (self->store == NULL)
    {
      FyZoneAssignment *cur = g_hash_table_lookup (self->assignments, &staff_id);
      if ((*had = cur != NULL))
        *out = *cur;
      return TRUE;
    }
  if (!fy_zone_store_staff_exists (self->store, staff_id, &out->active, error))
    return FALSE;
  {
    gboolean active = out->active;
    *had = fy_zone_store_get_assignment (self->store, staff_id, out, &local);
    out->active = active;
  }
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return TRUE;
}

int
fy_zone_map_assign_staff_many (FyZoneMap *self, const gint64 *staff_ids, guint n_staff,
                               gint64 area_id, gint64 grid_id, GError **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree char *label = NULL;
  FyZoneCommand *cmd;
  guint moved = 0;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), -1);
  g_return_val_if_fail (staff_ids != NULL || n_staff == 0, -1);

  if (area_id != 0 && fy_zone_map_require_area (self, area_id, error) == NULL)
    return -1;
  if (grid_id != 0)
    {
      const FyZoneGrid *g = fy_zone_map_require_grid (self, grid_id, error);
      if (g == NULL)
        return -1;
      if (g->area_id != area_id)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                       _("The grid belongs to another area. Choose a grid of the same area."));
          return -1;
        }
    }

  cmd = fy_zone_command_new ("");
  for (guint i = 0; i < n_staff; i++)
    {
      FyZoneAssignment before, *after = NULL;
      gboolean had = FALSE;

      if (!g_hash_table_add (seen, (gpointer) &staff_ids[i]))
        continue;   /* listed twice */
      if (!current_assignment (self, staff_ids[i], &before, &had, error))
        {
          fy_zone_command_free (cmd);
          return -1;
        }
      if (area_id == 0 && (!had || fy_zone_map_find_area (self, before.area_id) < 0))
        continue;   /* not on this map: nothing to take off */
      if (had && before.area_id == area_id && before.grid_id == grid_id)
        continue;
      if (area_id != 0)
        {
          after = g_new0 (FyZoneAssignment, 1);
          *after = (FyZoneAssignment) { staff_ids[i], area_id, grid_id, before.active };
        }
      fy_zone_command_add_assign (cmd, had ? fy_zone_assignment_copy (&before) : NULL, after);
      moved++;
    }
  if (moved == 0)
    {
      fy_zone_command_free (cmd);
      return 0;
    }

  if (area_id != 0)
    /* Translators: an undo step, "Undo Assign 12 people" */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Assign %u person", "Assign %u people", moved), moved);
  else
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Remove %u person from the map",
                                          "Remove %u people from the map", moved), moved);
  g_free (cmd->label);
  cmd->label = g_steal_pointer (&label);
  if (!fy_zone_map_run_command (self, cmd, error))
    return -1;
  return (int) moved;
}

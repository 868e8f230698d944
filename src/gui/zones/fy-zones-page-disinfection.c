/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zones-page-disinfection.c — the Zones page's disinfection layer: a
 * toggle over the map colours each area with a schedule by its state now
 * (done, due, overdue), and a button records a disinfection of the area
 * selected on the map (the "or by clicking the map"). The states and colours are decided in the core
 * (fy_disinfection_map_tints) and drawn by the zone renderer, so the layer
 * is the same wherever the renderer draws. */
#include "config.h"

#include "fy-clock.h"
#include "fy-disinfection-compliance.h"
#include "fy-disinfection-dialogs.h"
#include "fy-zone-canvas.h"
#include "fy-zones-page-private.h"

GHashTable *
fy_zones_page_dup_disinfection_tints (FyZonesPage *self)
{
  g_autoptr(GError) error = NULL;
  GHashTable *tints;

  if (!self->disinfection_layer)
    return NULL;
  tints = fy_disinfection_map_tints (self->store, fy_now (), &error);
  if (tints == NULL)
    g_warning ("Disinfection states not read: %s", error->message);
  return tints;
}

void
fy_zones_page_refresh_disinfection (FyZonesPage *self)
{
  g_autoptr(GHashTable) tints = fy_zones_page_dup_disinfection_tints (self);

  fy_zone_canvas_set_area_tints (self->canvas, tints);
}

/* An area picked on the map: its entry dialog opens with it chosen. */
void
fy_zones_page_record_disinfection (FyZonesPage *self)
{
  fy_disinfection_entry_dialog_present (fy_zones_page_parent_window (self), self->store,
                                        fy_zone_canvas_get_selected_area (self->canvas));
}

void
fy_zones_page_disinfection_toggled (GtkToggleButton *button, FyZonesPage *self)
{
  self->disinfection_layer = gtk_toggle_button_get_active (button);
  fy_zones_page_refresh_disinfection (self);
}

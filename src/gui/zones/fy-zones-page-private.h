/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zones-page-private.h — shared by fy-zones-page.c (the page, its maps,
 * canvas and panel) and fy-zones-page-actions.c (undo/redo, map and floor
 * plan actions, zoom, print and export). */
#pragma once

#include "fy-zone-render.h"
#include "fy-zones-page.h"

G_BEGIN_DECLS

struct _FyZonesPage
{
  GtkWidget       parent_instance;

  /* template children */
  GtkStack       *main_stack;
  GtkDropDown    *map_dropdown;
  GtkMenuButton  *kind_button;
  GtkButton      *undo_button;
  GtkButton      *redo_button;
  GtkPaned       *paned;
  FyZoneCanvas   *canvas;
  GtkLabel       *hint_label;
  GtkLabel       *position_label;
  GtkButton      *zoom_button;
  GtkRevealer    *legend_revealer;
  GtkDrawingArea *legend_area;
  FyZonePanel    *panel;

  /* owned */
  FyStore        *store;
  FyZoneMap      *map;
  gulong          map_changed_id;
  FyZoneRenderer *legend_renderer;
  GPtrArray      *maps;          /* FyZoneMapInfo*, as in the dropdown */
  GtkWidget      *kind_icon;
  char           *tool;          /* "select"… (property action zones.tool) */
  char           *paper;         /* "a4" | "a3" (property action zones.paper) */
  gboolean        snap;
  gboolean        filling;
  int             panel_width;
  gboolean        placing;       /* the page sets the paned's position */
  gboolean        disinfection_layer;  /* areas coloured by disinfection status */
};

/* fy-zones-page-disinfection.c: the disinfection map layer. */
void       fy_zones_page_disinfection_toggled (GtkToggleButton *button,
                                               FyZonesPage     *self);
/* The layer for printing and export: NULL when off. Owned. */
GHashTable *fy_zones_page_dup_disinfection_tints (FyZonesPage *self);
/* The entry dialog for the area selected on the map (or the first). */
void       fy_zones_page_record_disinfection (FyZonesPage *self);
/* Recomputes the layer (or removes it when off). */
void       fy_zones_page_refresh_disinfection (FyZonesPage     *self);

/* fy-zones-page.c */
GtkWindow *fy_zones_page_parent_window (FyZonesPage *self);
/* A toast in the window, with an Undo button when `undo`. */
void       fy_zones_page_toast        (FyZonesPage *self,
                                       const char  *text,
                                       gboolean     undo);
/* Shows `map` (NULL: the "No Zone Map Yet" page). */
void       fy_zones_page_set_map      (FyZonesPage *self,
                                       FyZoneMap   *map);
/* Lists the maps again and shows `keep_id` (or the current one, or the
 * first). */
void       fy_zones_page_reload_maps  (FyZonesPage *self,
                                       gint64       keep_id);

/* fy-zones-page-actions.c */
void       fy_zones_page_install_actions (GtkWidgetClass *widget_class);

/* Test accessors (declared here: only the tests and benchmarks call them). */
FyZoneCanvas *fy_zones_page_get_canvas   (FyZonesPage *self);
/* The map being edited (NULL when the store has none). Borrowed. */
FyZoneMap    *fy_zones_page_get_map      (FyZonesPage *self);
FyZonePanel  *fy_zones_page_get_panel    (FyZonesPage *self);

G_END_DECLS

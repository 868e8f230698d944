/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-panel-private.h — shared by fy-zone-panel.c (fields, filling,
 * public API) and fy-zone-panel-lists.c (grids, people, warnings, the map
 * page with its departments). */
#pragma once

#include "fy-zone-panel.h"

G_BEGIN_DECLS

#define DEPARTMENT_PREFIX "fangyi-department:"
/* Rows listed per area before "and N more". */
#define MAX_PEOPLE_ROWS 300
#define CAPACITY_DELAY_MS 600

struct _FyZonePanel
{
  GtkWidget          parent_instance;

  /* template children */
  GtkStack          *stack;
  AdwActionRow      *map_size_row;
  AdwActionRow      *map_plan_row;
  AdwActionRow      *map_counts_row;
  AdwPreferencesGroup *departments_group;
  GtkListBox        *departments_list;
  AdwEntryRow       *name_row;
  AdwComboRow       *level_row;
  AdwActionRow      *function_row;
  GtkMenuButton     *function_button;
  AdwEntryRow       *place_code_row;
  GtkSpinButton     *capacity_spin;
  AdwActionRow      *leader_row;
  GtkMenuButton     *leader_button;
  AdwEntryRow       *note_row;
  AdwActionRow      *headcount_row;
  GtkLevelBar       *headcount_bar;
  AdwPreferencesGroup *grids_group;
  GtkListBox        *grids_list;
  AdwPreferencesGroup *people_group;
  GtkListBox        *people_list;
  AdwComboRow       *kind_row;
  AdwEntryRow       *point_name_row;
  AdwEntryRow       *point_code_row;
  AdwActionRow      *point_where_row;
  GtkRevealer       *warnings_revealer;
  GtkLabel          *warnings_title;
  GtkListBox        *warnings_list;

  /* owned */
  FyStore           *store;
  FyZoneMap         *map;
  gulong             map_changed_id;
  GtkWidget         *function_list;    /* GtkListBox in the function popover */
  GArray            *people_shown;     /* staff ids listed, to skip needless rebuilds */
  char              *grids_shown;      /* a digest of the grid rows listed */
  GStrv              departments;

  gint64             area_id;
  gint64             point_id;
  gboolean           filling;
  guint              capacity_id;      /* a capacity change waiting to be saved */
  gint64             capacity_area;
};

/* fy-zone-panel.c */
GtkWindow *fy_zone_panel_parent_window  (FyZonePanel *self);
/* FALSE: reports the refused edit ("error") and shows the saved values. */
gboolean   fy_zone_panel_check          (FyZonePanel *self,
                                         gboolean     ok,
                                         GError      *error);
/* "Name · Department · 138****5678", or why there is nobody (owned). */
char      *fy_zone_panel_describe_person (FyZonePanel *self,
                                         gint64       staff_id);
void       fy_zone_panel_remove_rows    (GtkListBox  *list);

/* fy-zone-panel-lists.c */
void       fy_zone_panel_fill_grids     (FyZonePanel *self);
void       fy_zone_panel_fill_people    (FyZonePanel *self,
                                         gboolean     force);
void       fy_zone_panel_fill_warnings  (FyZonePanel *self);
void       fy_zone_panel_fill_map_page  (FyZonePanel *self);
void       fy_zone_panel_add_grid_clicked (FyZonePanel *self);
void       fy_zone_panel_assign_clicked (FyZonePanel *self);
void       fy_zone_panel_warning_activated (FyZonePanel *self,
                                         GtkListBoxRow *row);

/* Test accessors (declared here: only the tests and benchmarks call them). */
/* Clicks warning `index` (selects its area or symbol on the map). */
void         fy_zone_panel_activate_warning (FyZonePanel *self,
                                         guint        index);
/* For tests: the level row (choosing a level asks for a reason) and the
 * number of warnings listed. */
AdwComboRow *fy_zone_panel_get_level_row (FyZonePanel *self);
guint        fy_zone_panel_get_n_warnings (FyZonePanel *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-panel-lists.c — the lists of the zone side panel: an area's
 * grids (add, rename, leader, delete) and people (grid, remove, Assign…),
 * the map's warnings (a click selects the item) and, with nothing
 * selected, the map's facts and the departments to drag onto areas. */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "fy-person-picker.h"
#include "fy-staff-item.h"
#include "fy-validate.h"
#include "fy-zone-assign-dialog.h"
#include "fy-zone-dialogs.h"
#include "fy-zone-panel-private.h"
#include "fy-zone-staff-picker.h"

/* ------------------------------------------------------------------ */
/* Grids                                                               */

typedef struct
{
  FyZonePanel *self;
  gint64       grid_id;   /* 0 = a new grid */
} GridEdit;

static void
grid_edit_free (gpointer p)
{
  GridEdit *edit = p;
  g_object_unref (edit->self);
  g_free (edit);
}

static void
on_grid_name_done (const char *name, gpointer data)
{
  GridEdit *edit = data;
  FyZonePanel *self = edit->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyZoneGrid) grid = NULL;
  const FyZoneGrid *cur;

  if (name == NULL || self->map == NULL || self->area_id == 0)
    return;
  if (edit->grid_id == 0)
    {
      grid = fy_zone_grid_new ();
      grid->area_id = self->area_id;
      g_free (grid->name);
      grid->name = g_strdup (name);
      fy_zone_panel_check (self, fy_zone_map_add_grid (self->map, grid, &error) != 0, error);
      return;
    }
  if ((cur = fy_zone_map_lookup_grid (self->map, edit->grid_id)) == NULL)
    return;
  grid = fy_zone_grid_copy (cur);
  g_free (grid->name);
  grid->name = g_strdup (name);
  fy_zone_panel_check (self, fy_zone_map_update_grid (self->map, grid, &error), error);
}

static void
ask_grid_name (FyZonePanel *self, gint64 grid_id, const char *initial)
{
  GridEdit *edit = g_new0 (GridEdit, 1);

  edit->self = g_object_ref (self);
  edit->grid_id = grid_id;
  fy_zone_prompt_text (fy_zone_panel_parent_window (self),
                       &(FyZoneTextPrompt) { .heading = grid_id ? _("Rename Grid") : _("New Grid"),
                                             .body = _("Grids are the smaller units of an area, e.g. a production "
                                                       "line or a floor, each with its own leader."),
                                             .initial = initial, .placeholder = _("For example: Line 1"),
                                             .ok_label = grid_id ? _("_Rename") : _("_Add"),
                                             .required = TRUE },
                       on_grid_name_done, edit, grid_edit_free);
}

void
fy_zone_panel_add_grid_clicked (FyZonePanel *self)
{
  g_autoptr(GPtrArray) grids = self->map ? fy_zone_map_list_grids (self->map, self->area_id) : NULL;
  /* Translators: the suggested name of a new grid */
  g_autofree char *name = g_strdup_printf (_("Grid %u"), grids ? grids->len + 1 : 1);

  ask_grid_name (self, 0, name);
}

static void
on_grid_rename_cb (GtkButton *button, FyZonePanel *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "fy-grid");
  const FyZoneGrid *g = self->map ? fy_zone_map_lookup_grid (self->map, id) : NULL;

  if (g)
    ask_grid_name (self, id, g->name);
}

static void
on_grid_delete_cb (GtkButton *button, FyZonePanel *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "fy-grid");
  g_autoptr(GError) error = NULL;

  fy_zone_panel_check (self, fy_zone_map_delete_grid (self->map, id, &error), error);
}

static void
on_grid_leader_picked_cb (FyZoneStaffPicker *picker, gint64 staff_id, FyZonePanel *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (picker), "fy-grid");
  const FyZoneGrid *cur = self->map ? fy_zone_map_lookup_grid (self->map, id) : NULL;
  g_autoptr(FyZoneGrid) grid = NULL;
  g_autoptr(GError) error = NULL;

  if (cur == NULL)
    return;
  grid = fy_zone_grid_copy (cur);
  grid->leader_staff_id = staff_id;
  fy_zone_panel_check (self, fy_zone_map_update_grid (self->map, grid, &error), error);
}

static void
set_grid_data (gpointer object, gint64 grid_id)
{
  gint64 *id = g_new (gint64, 1);
  *id = grid_id;
  g_object_set_data_full (G_OBJECT (object), "fy-grid", id, g_free);
}

static GtkWidget *
icon_button (const char *icon, const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

void
fy_zone_panel_fill_grids (FyZonePanel *self)
{
  g_autoptr(GPtrArray) grids = fy_zone_map_list_grids (self->map, self->area_id);
  GString *digest = g_string_new (NULL);

  for (guint i = 0; i < grids->len; i++)
    {
      const FyZoneGrid *g = grids->pdata[i];
      g_string_append_printf (digest, "%" G_GINT64_FORMAT ":%s:%" G_GINT64_FORMAT ":%d;", g->id, g->name,
                              g->leader_staff_id, fy_zone_map_get_grid_headcount (self->map, g->id));
    }
  g_string_append_printf (digest, "@%" G_GINT64_FORMAT, self->area_id);
  if (g_strcmp0 (digest->str, self->grids_shown) == 0)
    {
      g_string_free (digest, TRUE);
      return;
    }
  g_free (self->grids_shown);
  self->grids_shown = g_string_free (digest, FALSE);

  fy_zone_panel_remove_rows (self->grids_list);
  for (guint i = 0; i < grids->len; i++)
    {
      const FyZoneGrid *g = grids->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *leader = gtk_menu_button_new ();
      GtkWidget *picker = fy_zone_staff_picker_new (self->store);
      GtkWidget *rename = icon_button ("document-edit-symbolic", _("Rename the grid"));
      GtkWidget *remove = icon_button ("user-trash-symbolic", _("Delete the grid (its people stay in the area)"));
      g_autofree char *who = fy_zone_panel_describe_person (self, g->leader_staff_id);
      int count = fy_zone_map_get_grid_headcount (self->map, g->id);
      g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Leader: %s · %d person",
                                                                "Leader: %s · %d people", count), who, count);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (leader), "avatar-default-symbolic");
      gtk_widget_set_tooltip_text (leader, _("Choose the grid's leader"));
      gtk_widget_set_valign (leader, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (leader, "flat");
      gtk_menu_button_set_popover (GTK_MENU_BUTTON (leader), picker);
      set_grid_data (picker, g->id);
      set_grid_data (rename, g->id);
      set_grid_data (remove, g->id);
      g_signal_connect (picker, "picked", G_CALLBACK (on_grid_leader_picked_cb), self);
      g_signal_connect (rename, "clicked", G_CALLBACK (on_grid_rename_cb), self);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_grid_delete_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), leader);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), rename);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->grids_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->grids_list), grids->len > 0);
}

/* ------------------------------------------------------------------ */
/* People                                                              */

static gint64
row_staff (gpointer widget)
{
  return *(gint64 *) g_object_get_data (G_OBJECT (widget), "fy-staff");
}

static void
on_person_remove_cb (GtkButton *button, FyZonePanel *self)
{
  g_autoptr(GError) error = NULL;
  fy_zone_panel_check (self, fy_zone_map_assign_staff (self->map, row_staff (button), 0, 0, &error), error);
}

static void
on_person_grid_cb (GtkDropDown *dropdown, GParamSpec *pspec, FyZonePanel *self)
{
  g_autoptr(GPtrArray) grids = NULL;
  g_autoptr(GError) error = NULL;
  guint sel = gtk_drop_down_get_selected (dropdown);
  gint64 grid_id = 0, area, cur_grid;

  if (self->filling || self->map == NULL)
    return;
  grids = fy_zone_map_list_grids (self->map, self->area_id);
  if (sel > 0 && sel <= grids->len)
    grid_id = ((const FyZoneGrid *) grids->pdata[sel - 1])->id;
  if (fy_zone_map_get_assignment (self->map, row_staff (dropdown), &area, &cur_grid) && cur_grid == grid_id)
    return;
  fy_zone_panel_check (self, fy_zone_map_assign_staff (self->map, row_staff (dropdown), self->area_id, grid_id, &error), error);
}

static void
set_staff_data (gpointer object, gint64 staff_id)
{
  gint64 *id = g_new (gint64, 1);
  *id = staff_id;
  g_object_set_data_full (G_OBJECT (object), "fy-staff", id, g_free);
}

static gboolean
same_ids (GArray *a, GArray *b)
{
  return a && b && a->len == b->len && memcmp (a->data, b->data, a->len * sizeof (gint64)) == 0;
}

void
fy_zone_panel_fill_people (FyZonePanel *self, gboolean force)
{
  g_autoptr(GArray) ids = fy_zone_map_list_staff (self->map, self->area_id, 0);
  g_autoptr(GPtrArray) grids = fy_zone_map_list_grids (self->map, self->area_id);
  g_autoptr(GtkStringList) grid_names = gtk_string_list_new (NULL);
  int count = fy_zone_map_get_headcount (self->map, self->area_id);
  g_autofree char *title = NULL;

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "People (%d)", "People (%d)", count), count);
  adw_preferences_group_set_title (self->people_group, title);
  if (!force && same_ids (ids, self->people_shown))
    return;
  g_clear_pointer (&self->people_shown, g_array_unref);
  self->people_shown = g_array_ref (ids);

  gtk_string_list_append (grid_names, _("No grid"));
  for (guint i = 0; i < grids->len; i++)
    gtk_string_list_append (grid_names, ((const FyZoneGrid *) grids->pdata[i])->name);

  fy_zone_panel_remove_rows (self->people_list);
  for (guint i = 0; i < ids->len && i < MAX_PEOPLE_ROWS; i++)
    {
      gint64 staff_id = g_array_index (ids, gint64, i);
      g_autoptr(FyStaff) s = self->store ? fy_staff_get (self->store, staff_id, NULL) : NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = icon_button ("list-remove-symbolic", _("Take this person off the area"));
      g_autofree char *detail = s ? fy_person_describe (s) : NULL;
      gint64 area, grid_id = 0;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), s ? s->name : "?");
      if (s && s->status == FY_STAFF_LEFT)
        {
          g_autofree char *left = g_strdup_printf ("%s · %s", detail, fy_staff_status_label (s->status));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), left);
        }
      else
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail ? detail : "");
      fy_zone_map_get_assignment (self->map, staff_id, &area, &grid_id);
      if (grids->len > 0)
        {
          GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (grid_names)), NULL);
          guint sel = 0;
          for (guint k = 0; k < grids->len; k++)
            if (((const FyZoneGrid *) grids->pdata[k])->id == grid_id)
              sel = k + 1;
          gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), sel);
          gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
          gtk_widget_set_tooltip_text (dropdown, _("Grid"));
          set_staff_data (dropdown, staff_id);
          g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_person_grid_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);
        }
      set_staff_data (remove, staff_id);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_person_remove_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->people_list, row);
    }
  if (ids->len > MAX_PEOPLE_ROWS)
    {
      g_autofree char *more = g_strdup_printf (_("… and %u more"), ids->len - MAX_PEOPLE_ROWS);
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      gtk_list_box_append (self->people_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->people_list), ids->len > 0);
}

static void
on_assign_error_cb (FyZoneAssignDialog *dialog, const char *message, FyZonePanel *self)
{
  g_signal_emit_by_name (self, "error", message);
}

void
fy_zone_panel_assign_clicked (FyZonePanel *self)
{
  FyZoneAssignDialog *dialog;

  if (self->map == NULL || self->area_id == 0 || self->store == NULL)
    return;
  dialog = fy_zone_assign_dialog_new (fy_zone_panel_parent_window (self), self->store, self->map, self->area_id);
  g_signal_connect_object (dialog, "error", G_CALLBACK (on_assign_error_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------------ */
/* Warnings                                                            */

void
fy_zone_panel_fill_warnings (FyZonePanel *self)
{
  g_autoptr(GPtrArray) warnings = self->map ? fy_zone_map_check (self->map) : NULL;
  guint n = warnings ? warnings->len : 0;
  g_autofree char *title = NULL;

  fy_zone_panel_remove_rows (self->warnings_list);
  for (guint i = 0; i < n; i++)
    {
      const FyZoneWarning *w = warnings->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), w->message);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "fy-area", g_memdup2 (&w->area_id, sizeof (gint64)), g_free);
      g_object_set_data_full (G_OBJECT (row), "fy-point", g_memdup2 (&w->point_id, sizeof (gint64)), g_free);
      gtk_list_box_append (self->warnings_list, row);
    }
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", n), n);
  gtk_label_set_text (self->warnings_title, title);
  gtk_revealer_set_reveal_child (self->warnings_revealer, n > 0);
}

void
fy_zone_panel_warning_activated (FyZonePanel *self, GtkListBoxRow *row)
{
  gint64 area = *(gint64 *) g_object_get_data (G_OBJECT (row), "fy-area");
  gint64 point = *(gint64 *) g_object_get_data (G_OBJECT (row), "fy-point");

  g_signal_emit_by_name (self, "activate-item", area, point);
}

void
fy_zone_panel_activate_warning (FyZonePanel *self, guint index)
{
  GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->warnings_list));

  for (guint i = 0; row && i < index; i++)
    row = gtk_widget_get_next_sibling (row);
  g_return_if_fail (GTK_IS_LIST_BOX_ROW (row));
  g_signal_emit_by_name (self->warnings_list, "row-activated", row);
}

guint
fy_zone_panel_get_n_warnings (FyZonePanel *self)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (self->warnings_list)); c;
       c = gtk_widget_get_next_sibling (c))
    n++;
  return n;
}

/* ------------------------------------------------------------------ */
/* The map page: size, plan, departments to drag                       */

static GdkContentProvider *
on_department_drag_prepare_cb (GtkDragSource *source, double x, double y, gpointer data)
{
  const char *department = data;
  g_autofree char *text = g_strconcat (DEPARTMENT_PREFIX, department, NULL);

  return gdk_content_provider_new_typed (G_TYPE_STRING, text);
}

static void
fill_departments (FyZonePanel *self)
{
  g_auto(GStrv) departments = self->store ? fy_staff_list_departments (self->store) : NULL;
  guint n = departments ? g_strv_length (departments) : 0;

  if (self->departments && departments && g_strv_equal ((const char *const *) self->departments,
                                                        (const char *const *) departments))
    return;
  g_strfreev (self->departments);
  self->departments = g_steal_pointer (&departments);
  fy_zone_panel_remove_rows (self->departments_list);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
      GtkDragSource *source = gtk_drag_source_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), self->departments[i]);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), handle);
      gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
      g_signal_connect (source, "prepare", G_CALLBACK (on_department_drag_prepare_cb), self->departments[i]);
      gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
      gtk_widget_set_tooltip_text (row, _("Drag onto an area of the map"));
      gtk_list_box_append (self->departments_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->departments_group), n > 0);
}

void
fy_zone_panel_fill_map_page (FyZonePanel *self)
{
  int wpx = 0, hpx = 0, people = 0;
  g_autofree char *size = NULL, *plan = NULL, *counts = NULL, *areas = NULL, *symbols = NULL;

  if (self->map == NULL)
    return;
  if (fy_zone_map_get_grid_step (self->map) > 0)
    /* Translators: map size and grid step, "480 × 270 m, grid 1 m" */
    size = g_strdup_printf (_("%.0f × %.0f m, grid %g m"), fy_zone_map_get_width (self->map),
                            fy_zone_map_get_height (self->map), fy_zone_map_get_grid_step (self->map));
  else
    size = g_strdup_printf (_("%.0f × %.0f m, no grid"), fy_zone_map_get_width (self->map),
                            fy_zone_map_get_height (self->map));
  adw_action_row_set_subtitle (self->map_size_row, size);
  fy_zone_map_get_background_size (self->map, &wpx, &hpx);
  if (fy_zone_map_get_background (self->map))
    /* Translators: floor plan image size and scale */
    plan = g_strdup_printf (_("%d × %d pixels, %.3f m per pixel"), wpx, hpx,
                            fy_zone_map_get_metres_per_pixel (self->map));
  else
    plan = g_strdup (_("None: a blank grid"));
  adw_action_row_set_subtitle (self->map_plan_row, plan);
  for (guint i = 0; i < fy_zone_map_get_n_areas (self->map); i++)
    people += fy_zone_map_get_headcount (self->map, fy_zone_map_get_area (self->map, i)->id);
  areas = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u area", "%u areas", fy_zone_map_get_n_areas (self->map)),
                           fy_zone_map_get_n_areas (self->map));
  symbols = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u symbol", "%u symbols",
                                          fy_zone_map_get_n_points (self->map)),
                             fy_zone_map_get_n_points (self->map));
  counts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %s, %d person", "%s, %s, %d people", people),
                            areas, symbols, people);
  adw_action_row_set_subtitle (self->map_counts_row, counts);
  fill_departments (self);
}

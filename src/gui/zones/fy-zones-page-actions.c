/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zones-page-actions.c — the Zones page's actions: undo and redo; new,
 * renamed, resized and deleted maps; floor plans from a file; zoom; print
 * (GtkPrintOperation, A4 or A3 landscape) and export (PNG, PDF, SVG). */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "fy-error.h"
#include "fy-validate.h"
#include "fy-zone-dialogs.h"
#include "fy-print-preview.h"
#include "fy-zone-print.h"
#include "fy-zones-page-private.h"
#include "fy-error-dialog.h"
#include "fy-zone-sheet.h"

/* ------------------------------------------------------------------ */
/* Undo and redo                                                       */

static void
undo_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyZonesPage *self = FY_ZONES_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->map == NULL || !fy_zone_map_can_undo (self->map))
    return;
  fy_zone_canvas_cancel (self->canvas);
  if (!fy_zone_map_undo (self->map, &error))
    fy_show_error (GTK_WIDGET (self), _("Could not undo"), error->message);
}

static void
redo_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyZonesPage *self = FY_ZONES_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->map == NULL || !fy_zone_map_can_redo (self->map))
    return;
  fy_zone_canvas_cancel (self->canvas);
  if (!fy_zone_map_redo (self->map, &error))
    fy_show_error (GTK_WIDGET (self), _("Could not redo"), error->message);
}

/* ------------------------------------------------------------------ */
/* Maps and floor plans                                                */

/* New map: a blank grid, or a floor plan chosen next. */
typedef struct
{
  FyZonesPage *self;
  char        *name;
  double       width;
  double       height;
  gboolean     new_map;   /* FALSE: the plan goes on the current map */
} PlanJob;

static void
plan_job_free (PlanJob *job)
{
  g_object_unref (job->self);
  g_free (job->name);
  g_free (job);
}

gboolean
fy_zones_page_use_plan_file (FyZonesPage *self, const char *path, const char *new_map_name, double width_m,
                             double height_m, GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(FyZoneMap) map = NULL;
  g_autofree char *contents = NULL;
  const char *type;
  gsize length;
  int w, h;

  g_return_val_if_fail (FY_IS_ZONES_PAGE (self), FALSE);
  if (new_map_name == NULL)
    {
      if (self->map == NULL)
        {
          g_set_error_literal (error, FY_ERROR, FY_ERROR_NOT_FOUND, _("There is no map to put the floor plan on. Create a map first."));
          return FALSE;
        }
      return fy_zone_map_set_background_file (self->map, path, error);
    }

  /* Check the image before making the map: a bad file leaves nothing. */
  if (!g_file_get_contents (path, &contents, &length, NULL))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_IO, _("The file “%s” could not be read. Check that it still exists."),
                   path);
      return FALSE;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  if (!fy_zone_check_image (bytes, &type, &w, &h, error))
    return FALSE;
  if ((map = fy_zone_map_create (self->store, new_map_name, width_m, height_m, error)) == NULL)
    return FALSE;
  if (!fy_zone_map_set_background (map, bytes, error))
    {
      fy_zone_map_delete_saved (self->store, fy_zone_map_get_id (map), NULL);
      return FALSE;
    }
  fy_zones_page_reload_maps (self, fy_zone_map_get_id (map));
  /* The next step is the scale. */
  fy_zone_canvas_set_tool (self->canvas, FY_ZONE_TOOL_SCALE);
  fy_zones_page_toast (self, _("Floor plan imported. Now draw a line along a length you know to set the scale."), FALSE);
  return TRUE;
}

static void
on_plan_chosen_cb (GtkNativeDialog *chooser, int response, PlanJob *job)
{
  FyZonesPage *self = job->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      g_autofree char *path = g_file_get_path (file);
      if (path == NULL)
        g_set_error_literal (&error, FY_ERROR, FY_ERROR_IO, _("Choose a file on this computer."));
      if (path == NULL || !fy_zones_page_use_plan_file (self, path, job->new_map ? job->name : NULL, job->width,
                                                        job->height, &error))
        fy_show_error (GTK_WIDGET (self), _("The floor plan could not be used"), error->message);
    }
  g_object_unref (chooser);
  plan_job_free (job);
}

static void
choose_plan (FyZonesPage *self, PlanJob *job)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Choose a Floor Plan Image"), fy_zones_page_parent_window (self),
                                                                GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                                                _("_Cancel"));
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("PNG or JPEG images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_suffix (filter, "png");
  gtk_file_filter_add_suffix (filter, "jpg");
  gtk_file_filter_add_suffix (filter, "jpeg");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_plan_chosen_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_new_map_done (const char *response, const char *name, double width, double height, gpointer data)
{
  FyZonesPage *self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyZoneMap) map = NULL;
  PlanJob *job;

  if (g_str_equal (response, "plan"))
    {
      job = g_new0 (PlanJob, 1);
      job->self = g_object_ref (self);
      job->name = g_strdup (name);
      job->width = width;
      job->height = height;
      job->new_map = TRUE;
      choose_plan (self, job);
      return;
    }
  if (!g_str_equal (response, "blank"))
    return;
  map = fy_zone_map_create (self->store, name, width, height, &error);
  if (map == NULL)
    {
      fy_show_error (GTK_WIDGET (self), _("The map could not be created"), error->message);
      return;
    }
  fy_zones_page_reload_maps (self, fy_zone_map_get_id (map));
  fy_zone_canvas_set_tool (self->canvas, FY_ZONE_TOOL_RECT);
}

static void
new_map_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyZonesPage *self = FY_ZONES_PAGE (widget);
  /* Translators: the suggested name of the first map */
  const char *suggested = self->maps && self->maps->len ? "" : _("Plant");

  fy_zone_ask_new_map (fy_zones_page_parent_window (self), suggested, on_new_map_done, g_object_ref (self), g_object_unref);
}

static void
import_plan_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyZonesPage *self = FY_ZONES_PAGE (widget);
  PlanJob *job;

  if (self->map == NULL)
    return;
  job = g_new0 (PlanJob, 1);
  job->self = g_object_ref (self);
  choose_plan (self, job);
}

static void
remove_plan_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyZonesPage *self = FY_ZONES_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->map && !fy_zone_map_set_background (self->map, NULL, &error))
    fy_show_error (GTK_WIDGET (self), _("The floor plan could not be removed"), error->message);
}

static void
on_rename_done (const char *text, gpointer data)
{
  FyZonesPage *self = data;
  g_autoptr(GError) error = NULL;

  if (text == NULL || self->map == NULL)
    return;
  if (!fy_zone_map_rename (self->map, text, &error))
    fy_show_error (GTK_WIDGET (self), _("The map could not be renamed"), error->message);
  else
    fy_zones_page_reload_maps (self, fy_zone_map_get_id (self->map));
}

static void
rename_map_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyZonesPage *self = FY_ZONES_PAGE (widget);

  if (self->map == NULL)
    return;
  fy_zone_prompt_text (fy_zones_page_parent_window (self),
                       &(FyZoneTextPrompt) { .heading = _("Rename Map"), .body = NULL,
                                             .initial = fy_zone_map_get_name (self->map),
                                             .placeholder = NULL, .ok_label = _("_Rename"),
                                             .required = TRUE },
                       on_rename_done, g_object_ref (self), g_object_unref);
}

static void
on_map_size_done (const char *response, double width, double height, double grid, gpointer data)
{
  FyZonesPage *self = data;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "apply") || self->map == NULL)
    return;
  if (fy_zone_map_get_background (self->map) == NULL
      && (width != fy_zone_map_get_width (self->map) || height != fy_zone_map_get_height (self->map))
      && !fy_zone_map_set_size (self->map, width, height, &error))
    {
      fy_show_error (GTK_WIDGET (self), _("The map size could not be changed"), error->message);
      return;
    }
  if (grid != fy_zone_map_get_grid_step (self->map) && !fy_zone_map_set_grid_step (self->map, grid, &error))
    fy_show_error (GTK_WIDGET (self), _("The grid could not be changed"), error->message);
}

static void
map_size_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyZonesPage *self = FY_ZONES_PAGE (widget);

  if (self->map)
    fy_zone_ask_map_size (fy_zones_page_parent_window (self), self->map, on_map_size_done, g_object_ref (self), g_object_unref);
}

static void
on_delete_map_done (const char *response, gpointer data)
{
  FyZonesPage *self = data;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!g_str_equal (response, "delete") || self->map == NULL)
    return;
  id = fy_zone_map_get_id (self->map);
  fy_zones_page_set_map (self, NULL);
  if (!fy_zone_map_delete_saved (self->store, id, &error))
    {
      fy_show_error (GTK_WIDGET (self), _("The map could not be deleted"), error->message);
      fy_zones_page_reload_maps (self, id);
      return;
    }
  fy_zones_page_reload_maps (self, 0);
}

static void
delete_map_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyZonesPage *self = FY_ZONES_PAGE (widget);
  g_autofree char *heading = NULL;

  if (self->map == NULL)
    return;
  heading = g_strdup_printf (_("Delete the map “%s”?"), fy_zone_map_get_name (self->map));
  fy_zone_confirm (fy_zones_page_parent_window (self), heading,
                   _("Its areas, grids, symbols and who works where are deleted with it. This cannot be undone; "
                     "the zone history is kept."),
                   _("_Delete Map"), on_delete_map_done, g_object_ref (self), g_object_unref);
}

/* ------------------------------------------------------------------ */
/* Zoom, print, export                                                 */

static void
zoom_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyZonesPage *self = FY_ZONES_PAGE (widget);

  if (g_str_equal (name, "zones.zoom-in"))
    fy_zone_canvas_zoom_by (self->canvas, 1.25);
  else if (g_str_equal (name, "zones.zoom-out"))
    fy_zone_canvas_zoom_by (self->canvas, 0.8);
  else
    fy_zone_canvas_zoom_fit (self->canvas);
}

static FyZonePaper
chosen_paper (FyZonesPage *self)
{
  return g_strcmp0 (self->paper, "a3") == 0 ? FY_ZONE_PAPER_A3 : FY_ZONE_PAPER_A4;
}

gboolean
fy_zones_page_export_to (FyZonesPage *self, const char *path, GError **error)
{
  g_autoptr(GHashTable) tints = fy_zones_page_dup_disinfection_tints (self);
  FyZoneExportOptions options = { .paper = chosen_paper (self), .area_tints = tints };
  g_autofree char *base = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (FY_IS_ZONES_PAGE (self), FALSE);
  if (self->map == NULL)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_NOT_FOUND, _("There is no map to export. Create a map first."));
      return FALSE;
    }
  if (!fy_zone_map_export (self->map, path, &options, error))
    return FALSE;
  base = g_path_get_basename (path);
  /* Translators: a toast after export, "Map saved as 厂区.pdf" */
  text = g_strdup_printf (_("Map saved as %s"), base);
  fy_zones_page_toast (self, text, FALSE);
  return TRUE;
}

static void
on_export_chosen_cb (GtkNativeDialog *chooser, int response, FyZonesPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      const char *format = g_object_get_data (G_OBJECT (chooser), "fy-format");
      path = g_file_get_path (file);
      /* The extension decides the format: add it when the user left it out. */
      g_autofree char *lower = path ? g_ascii_strdown (path, -1) : NULL;
      if (path && !g_str_has_suffix (lower, format))
        {
          char *with = g_strconcat (path, format, NULL);
          g_free (path);
          path = with;
        }
      if (path && !fy_zones_page_export_to (self, path, &error))
        fy_show_error (GTK_WIDGET (self), _("The map was not exported"), error->message);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
export_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyZonesPage *self = FY_ZONES_PAGE (widget);
  const char *format = g_variant_get_string (param, NULL);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;
  g_autofree char *today = fy_today ();
  g_autofree char *suggested = NULL;
  g_autofree char *ext = g_strconcat (".", format, NULL);

  if (self->map == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export the Map"), fy_zones_page_parent_window (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  filter = gtk_file_filter_new ();
  gtk_file_filter_add_suffix (filter, format);
  gtk_file_filter_set_name (filter, g_str_equal (format, "pdf") ? _("PDF documents")
                                    : g_str_equal (format, "png") ? _("PNG images") : _("SVG drawings"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  suggested = g_strdup_printf ("%s %s%s", fy_zone_map_get_name (self->map), today, ext);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  g_object_set_data_full (G_OBJECT (chooser), "fy-format", g_steal_pointer (&ext), g_free);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

gboolean
fy_zones_page_print (FyZonesPage *self, GtkPrintOperationAction action, const char *export_path, GError **error)
{
  g_autoptr(FyZonePrint) op = NULL;

  g_return_val_if_fail (FY_IS_ZONES_PAGE (self), FALSE);
  if (self->map == NULL)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_NOT_FOUND, _("There is no map to print. Create a map first."));
      return FALSE;
    }
  do
    {
      g_autoptr(GHashTable) tints = fy_zones_page_dup_disinfection_tints (self);

      g_clear_object (&op);
      op = fy_zone_print_new (self->map, chosen_paper (self));
      fy_zone_print_set_area_tints (op, tints);
      if (export_path)
        gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (op), export_path);
      if (!fy_zone_print_run (op, action, fy_zones_page_parent_window (self), error))
        return FALSE;
      /* Print pressed in Fangyi's own preview: the print dialog again. */
      action = GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG;
    }
  while (fy_print_preview_wants_print (GTK_PRINT_OPERATION (op)));
  return TRUE;
}

static void
print_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyZonesPage *self = FY_ZONES_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!fy_zones_page_print (self, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, &error)
      && !g_error_matches (error, FY_ERROR, FY_ERROR_CANCELLED))
    fy_show_error (GTK_WIDGET (self), _("The map was not printed"), error->message);
}

/* Enter on the map's selected item: its fields in the side panel. */
static void
edit_item_action (GtkWidget *widget, const char *name, GVariant *param)
{
  fy_zone_panel_focus_name (fy_zones_page_get_panel (FY_ZONES_PAGE (widget)));
}

void
fy_zones_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "zones.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "zones.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "zones.new-map", NULL, new_map_action);
  gtk_widget_class_install_action (widget_class, "zones.import-plan", NULL, import_plan_action);
  gtk_widget_class_install_action (widget_class, "zones.remove-plan", NULL, remove_plan_action);
  gtk_widget_class_install_action (widget_class, "zones.rename-map", NULL, rename_map_action);
  gtk_widget_class_install_action (widget_class, "zones.map-size", NULL, map_size_action);
  gtk_widget_class_install_action (widget_class, "zones.delete-map", NULL, delete_map_action);
  gtk_widget_class_install_action (widget_class, "zones.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "zones.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "zones.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "zones.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "zones.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "zones.edit-item", NULL, edit_item_action);
}

/* ---- a level change asked from elsewhere (the emergency procedure) ---- */

typedef struct
{
  FyZonesPage *self;
  gint64       area_id;
  FyZoneLevel  level;
} AskedLevel;

static void
asked_level_free (AskedLevel *asked)
{
  g_object_unref (asked->self);
  g_free (asked);
}

static void
on_asked_reason_done (const char *reason, gpointer data)
{
  AskedLevel *asked = data;
  FyZoneMap *map = fy_zones_page_get_map (asked->self);
  g_autoptr(GError) error = NULL;

  if (reason == NULL || map == NULL)
    return;
  if (!fy_zone_map_set_area_level (map, asked->area_id, asked->level, reason, &error))
    fy_show_error (GTK_WIDGET (asked->self), _("The level was not changed"), error->message);
}

void
fy_zones_page_ask_area_level (FyZonesPage *self, gint64 map_id, gint64 area_id, FyZoneLevel level,
                              const char *reason)
{
  const FyZoneArea *area;
  AskedLevel *asked;

  g_return_if_fail (FY_IS_ZONES_PAGE (self));
  fy_zones_page_open_map (self, map_id);
  if (self->map == NULL || fy_zone_map_get_id (self->map) != map_id
      || !(area = fy_zone_map_lookup_area (self->map, area_id)))
    return;
  fy_zone_canvas_select (self->canvas, area_id, 0, TRUE);
  asked = g_new0 (AskedLevel, 1);
  asked->self = g_object_ref (self);
  asked->area_id = area_id;
  asked->level = level;
  fy_zone_ask_reason_filled (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), area->name, area->level, level,
                             reason, on_asked_reason_done, asked, (GDestroyNotify) asked_level_free);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zones-page.c — the Zones page: the map list, the toolbar, the canvas
 * and the side panel, the legend; its actions are in fy-zones-page-actions.c.
 *
 * The page owns the FyZoneMap being edited and hands it to the canvas and
 * the panel; both listen to its "changed" signal, so an edit made anywhere
 * (canvas, panel, undo) shows everywhere. Errors from the core are shown
 * as dialogs with the core's sentence; nothing was changed in that case. */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "fy-error.h"
#include "fy-gui-util.h"
#include "fy-staff.h"
#include "fy-validate.h"
#include "fy-window.h"
#include "fy-zone-assign.h"
#include "fy-zone-dialogs.h"
#include "fy-zone-icons.h"
#include "fy-zone-print.h"
#include "fy-zones-page-private.h"
#include "fy-error-dialog.h"
#include "fy-wrap-layout.h"

G_DEFINE_FINAL_TYPE (FyZonesPage, fy_zones_page, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_STORE, PROP_TOOL, PROP_PAPER, PROP_SNAP, N_PROPS };
static GParamSpec *properties[N_PROPS];


/* ------------------------------------------------------------------ */
/* Feedback                                                            */

GtkWindow *
fy_zones_page_parent_window (FyZonesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
on_toast_undo_cb (AdwToast *toast, FyZonesPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "zones.undo", NULL);
}

/* A toast in the window (with an Undo button when `undo`). */
void
fy_zones_page_toast (FyZonesPage *self, const char *text, gboolean undo)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *t;

  if (overlay == NULL)
    return;
  t = fy_toast_new_plain (text);
  if (undo)
    {
      adw_toast_set_button_label (t, _("_Undo"));
      g_signal_connect_object (t, "button-clicked", G_CALLBACK (on_toast_undo_cb), self, 0);
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), t);
}

/* ------------------------------------------------------------------ */
/* Undo / redo and action states                                       */

static void
update_actions (FyZonesPage *self)
{
  gboolean have = self->map != NULL;
  const char *undo = have ? fy_zone_map_get_undo_label (self->map) : NULL;
  const char *redo = have ? fy_zone_map_get_redo_label (self->map) : NULL;
  g_autofree char *undo_tip = NULL, *redo_tip = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "zones.undo", have && fy_zone_map_can_undo (self->map));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "zones.redo", have && fy_zone_map_can_redo (self->map));
  /* Translators: tooltip of the Undo button, "Undo: Move area (Ctrl+Z)" */
  undo_tip = undo ? g_strdup_printf (_("Undo: %s (Ctrl+Z)"), undo) : g_strdup (_("Nothing to undo"));
  /* Translators: tooltip of the Redo button */
  redo_tip = redo ? g_strdup_printf (_("Redo: %s (Ctrl+Shift+Z)"), redo) : g_strdup (_("Nothing to redo"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->undo_button), undo_tip);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->redo_button), redo_tip);
  {
    static const char *const need_map[] = {
      "zones.rename-map", "zones.map-size", "zones.import-plan", "zones.delete-map",
      "zones.export", "zones.print", "zones.zoom-in", "zones.zoom-out", "zones.zoom-fit",
    };
    for (guint k = 0; k < G_N_ELEMENTS (need_map); k++)
      gtk_widget_action_set_enabled (GTK_WIDGET (self), need_map[k], have);
  }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "zones.remove-plan",
                                 have && fy_zone_map_get_background (self->map) != NULL);
}

/* The legend (counts per level, symbols in use), drawn by the core as on
 * paper, in a box that keeps its place over the map. */
#define LEGEND_FONT 12.0

static void
draw_legend_cb (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  FyZonesPage *self = data;
  double w, h;

  if (self->map)
    fy_zone_renderer_draw_legend (self->legend_renderer, cr, self->map, (FyPoint) { 0, 0 }, LEGEND_FONT, &w, &h);
}

static void
update_legend (FyZonesPage *self)
{
  double w = 0, h = 0;

  if (self->map)
    fy_zone_renderer_draw_legend (self->legend_renderer, NULL, self->map, (FyPoint) { 0, 0 }, LEGEND_FONT, &w, &h);
  gtk_drawing_area_set_content_width (self->legend_area, (int) ceil (w) + 1);
  gtk_drawing_area_set_content_height (self->legend_area, (int) ceil (h) + 1);
  gtk_widget_queue_draw (GTK_WIDGET (self->legend_area));
}

static void
on_map_changed_cb (FyZoneMap *map, FyZonesPage *self)
{
  update_actions (self);
  update_legend (self);
}

/* ------------------------------------------------------------------ */
/* Maps                                                                */

void
fy_zones_page_set_map (FyZonesPage *self, FyZoneMap *map)
{
  if (self->map)
    {
      g_clear_signal_handler (&self->map_changed_id, self->map);
      g_clear_object (&self->map);
    }
  if (map)
    {
      self->map = g_object_ref (map);
      self->map_changed_id = g_signal_connect (map, "changed", G_CALLBACK (on_map_changed_cb), self);
    }
  fy_zone_canvas_set_map (self->canvas, map);
  fy_zone_panel_set_map (self->panel, map);
  gtk_stack_set_visible_child_name (self->main_stack, map ? "editor" : "empty");
  update_actions (self);
  update_legend (self);
}

void
fy_zones_page_open_map (FyZonesPage *self, gint64 map_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyZoneMap) map = NULL;

  g_return_if_fail (FY_IS_ZONES_PAGE (self));
  if (self->map && fy_zone_map_get_id (self->map) == map_id)
    return;
  map = fy_zone_map_load (self->store, map_id, &error);
  if (map == NULL)
    {
      fy_show_error (GTK_WIDGET (self), _("The map could not be opened"), error->message);
      return;
    }
  fy_zones_page_set_map (self, map);
  self->filling = TRUE;
  for (guint i = 0; i < self->maps->len; i++)
    if (((FyZoneMapInfo *) self->maps->pdata[i])->id == map_id)
      gtk_drop_down_set_selected (self->map_dropdown, i);
  self->filling = FALSE;
}

/* Lists the maps again and shows `keep_id` (or the current one, or the
 * first). */
void
fy_zones_page_reload_maps (FyZonesPage *self, gint64 keep_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) maps = fy_zone_map_list (self->store, &error);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 show = 0;

  if (maps == NULL)
    {
      g_warning ("Zone maps could not be listed: %s", error->message);
      return;
    }
  if (keep_id == 0 && self->map)
    keep_id = fy_zone_map_get_id (self->map);
  for (guint i = 0; i < maps->len; i++)
    {
      FyZoneMapInfo *info = maps->pdata[i];
      gtk_string_list_append (names, info->name);
      if (info->id == keep_id)
        show = keep_id;
    }
  if (show == 0 && maps->len > 0)
    show = ((FyZoneMapInfo *) maps->pdata[0])->id;
  g_clear_pointer (&self->maps, g_ptr_array_unref);
  self->maps = g_steal_pointer (&maps);
  self->filling = TRUE;
  gtk_drop_down_set_model (self->map_dropdown, G_LIST_MODEL (names));
  self->filling = FALSE;

  if (show == 0)
    {
      fy_zones_page_set_map (self, NULL);
      return;
    }
  /* The map object is re-read when it is another map (or gone). */
  if (self->map && fy_zone_map_get_id (self->map) != show)
    fy_zones_page_set_map (self, NULL);
  if (self->map == NULL)
    fy_zones_page_open_map (self, show);
  else
    {
      self->filling = TRUE;
      for (guint i = 0; i < self->maps->len; i++)
        if (((FyZoneMapInfo *) self->maps->pdata[i])->id == show)
          gtk_drop_down_set_selected (self->map_dropdown, i);
      self->filling = FALSE;
    }
}

static void
on_map_selected_cb (FyZonesPage *self)
{
  guint sel = gtk_drop_down_get_selected (self->map_dropdown);

  if (self->filling || self->maps == NULL || sel >= self->maps->len)
    return;
  fy_zones_page_open_map (self, ((FyZoneMapInfo *) self->maps->pdata[sel])->id);
}

/* ------------------------------------------------------------------ */
/* Canvas and panel                                                    */

static void
on_selection_changed_cb (FyZonesPage *self)
{
  fy_zone_panel_show_item (self->panel, fy_zone_canvas_get_selected_area (self->canvas),
                           fy_zone_canvas_get_selected_point (self->canvas));
}

static void
on_area_created_cb (FyZonesPage *self, gint64 area_id)
{
  /* Name it right away. */
  fy_zone_panel_show_item (self->panel, area_id, 0);
  fy_zone_panel_focus_name (self->panel);
}

static void
on_canvas_error_cb (FyZonesPage *self, const char *message)
{
  fy_show_error (GTK_WIDGET (self), _("That change was not made"), message);
}

static void
on_panel_error_cb (FyZonesPage *self, const char *message)
{
  fy_show_error (GTK_WIDGET (self), _("That change was not saved"), message);
}

static void
on_activate_item_cb (FyZonesPage *self, gint64 area_id, gint64 point_id)
{
  fy_zone_canvas_select (self->canvas, area_id, point_id, TRUE);
}

static void
on_delete_item_cb (FyZonesPage *self)
{
  gboolean area = fy_zone_canvas_get_selected_area (self->canvas) != 0;

  fy_zone_canvas_delete_selection (self->canvas);
  fy_zones_page_toast (self, area ? _("Area deleted") : _("Symbol deleted"), TRUE);
}

typedef struct
{
  FyZonesPage *self;
  FyPoint      a, b;
} ScaleJob;

static void
scale_job_free (gpointer p)
{
  ScaleJob *job = p;
  g_object_unref (job->self);
  g_free (job);
}

static void
on_scale_done (const char *text, gpointer data)
{
  ScaleJob *job = data;
  FyZonesPage *self = job->self;
  g_autoptr(GError) error = NULL;
  double metres;

  fy_zone_canvas_cancel (self->canvas);
  if (text == NULL || self->map == NULL)
    return;
  if (!fy_zone_parse_metres (text, &metres))
    {
      fy_show_error (GTK_WIDGET (self), _("The scale was not set"),
                     _("Type the real length as a number of metres greater than zero, e.g. 25 or 12.5."));
      return;
    }
  if (!fy_zone_map_calibrate (self->map, job->a, job->b, metres, &error))
    {
      fy_show_error (GTK_WIDGET (self), _("The scale was not set"), error->message);
      return;
    }
  fy_zone_canvas_zoom_fit (self->canvas);
  fy_zone_canvas_set_tool (self->canvas, FY_ZONE_TOOL_SELECT);
  fy_zones_page_toast (self, _("Scale set: the map now measures in real metres."), TRUE);
}

static void
on_scale_line_cb (FyZonesPage *self, double ax, double ay, double bx, double by)
{
  ScaleJob *job = g_new0 (ScaleJob, 1);
  g_autofree char *body = NULL;

  job->self = g_object_ref (self);
  job->a = (FyPoint) { ax, ay };
  job->b = (FyPoint) { bx, by };
  body = g_strdup_printf (_("The line measures %.2f m on the map now. How long is it in reality? "
                            "Everything on the map is scaled to match."), hypot (bx - ax, by - ay));
  fy_zone_prompt_text (fy_zones_page_parent_window (self),
                       &(FyZoneTextPrompt) { .heading = _("Set the Scale"), .body = body, .initial = "",
                                             .placeholder = _("Length in metres, e.g. 25"),
                                             .ok_label = _("_Set Scale"), .required = TRUE },
                       on_scale_done, job, scale_job_free);
}

static void
on_department_dropped_cb (FyZonesPage *self, const char *department, gint64 area_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  FyStaffFilter filter = { .department = department, .status = -2 };
  const FyZoneArea *area = self->map ? fy_zone_map_lookup_area (self->map, area_id) : NULL;
  g_autofree char *area_name = NULL;
  g_autofree char *text = NULL;
  int moved;

  if (area == NULL || (people = fy_staff_list (self->store, &filter, &error)) == NULL)
    {
      if (error)
        fy_show_error (GTK_WIDGET (self), _("Nobody was assigned"), error->message);
      return;
    }
  area_name = g_strdup (area->name);
  for (guint i = 0; i < people->len; i++)
    g_array_append_val (ids, ((FyStaff *) people->pdata[i])->id);
  moved = fy_zone_map_assign_staff_many (self->map, (gint64 *) ids->data, ids->len, area_id, 0, &error);
  if (moved < 0)
    {
      fy_show_error (GTK_WIDGET (self), _("Nobody was assigned"), error->message);
      return;
    }
  fy_zone_canvas_select (self->canvas, area_id, 0, FALSE);
  /* Translators: "Assigned 12 people of Assembly to Workshop 2" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Assigned %d person of %s to %s",
                                       "Assigned %d people of %s to %s", moved), moved, department, area_name);
  fy_zones_page_toast (self, text, moved > 0);
}

static void
on_tool_notify_cb (FyZonesPage *self)
{
  const char *code = fy_zone_tool_to_code (fy_zone_canvas_get_tool (self->canvas));

  if (g_strcmp0 (code, self->tool) != 0)
    {
      g_free (self->tool);
      self->tool = g_strdup (code);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOOL]);
    }
}

static void
on_zoom_notify_cb (FyZonesPage *self)
{
  g_autofree char *text = g_strdup_printf ("%.0f%%", fy_zone_canvas_get_zoom (self->canvas) * 100);
  gtk_button_set_label (self->zoom_button, text);
}

static void
on_hint_notify_cb (FyZonesPage *self)
{
  const char *hint = fy_zone_canvas_get_hint (self->canvas);

  gtk_label_set_text (self->hint_label, hint);
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), *hint != '\0');
}

static void
on_position_notify_cb (FyZonesPage *self)
{
  g_autofree char *text = NULL;
  g_object_get (self->canvas, "position", &text, NULL);
  gtk_label_set_text (self->position_label, text);
}

/* The symbol chooser next to the symbol tool. */
static void
on_kind_clicked_cb (GtkButton *button, FyZonesPage *self)
{
  int kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "fy-kind"));

  gtk_menu_button_popdown (self->kind_button);
  fy_zone_canvas_set_point_kind (self->canvas, kind);
  fy_zone_icon_set_symbol (self->kind_icon, kind);
  fy_zone_canvas_set_tool (self->canvas, FY_ZONE_TOOL_POINT);
}

static void
build_kind_popover (FyZonesPage *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  for (int k = 0; k < FY_ZONE_N_POINT_KINDS; k++)
    {
      GtkWidget *button = gtk_button_new ();
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
      GtkWidget *label = gtk_label_new (fy_zone_point_kind_label (k));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (row), fy_zone_icon_new_symbol (k, 20));
      gtk_box_append (GTK_BOX (row), label);
      gtk_button_set_child (GTK_BUTTON (button), row);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data (G_OBJECT (button), "fy-kind", GINT_TO_POINTER (k));
      g_signal_connect (button, "clicked", G_CALLBACK (on_kind_clicked_cb), self);
      gtk_box_append (GTK_BOX (box), button);
    }
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (self->kind_button, popover);
  self->kind_icon = fy_zone_icon_new_symbol (FY_ZONE_POINT_ISOLATION, 16);
  gtk_menu_button_set_child (self->kind_button, self->kind_icon);
}

/* ------------------------------------------------------------------ */
/* The store                                                           */

static void
on_store_changed_cb (FyStore *store, FyStoreChange change, FyZonesPage *self)
{
  g_autoptr(GError) error = NULL;

  if (change == FY_STORE_CHANGE_ALL)
    {
      /* Everything may have changed (demo, restore): read the maps again. */
      gint64 keep = self->map ? fy_zone_map_get_id (self->map) : 0;
      fy_zones_page_set_map (self, NULL);
      fy_zones_page_reload_maps (self, keep);
    }
  else if ((change & FY_STORE_CHANGE_STAFF) && self->map)
    {
      if (!fy_zone_map_refresh_staff (self->map, &error))
        g_warning ("Zone map staff could not be refreshed: %s", error->message);
      fy_zone_panel_refresh (self->panel);
    }
  if (change & (FY_STORE_CHANGE_DISINFECTION | FY_STORE_CHANGE_ZONES | FY_STORE_CHANGE_SETTINGS))
    fy_zones_page_refresh_disinfection (self);
}

/* ------------------------------------------------------------------ */
/* Accessors                                                           */

FyZoneMap *
fy_zones_page_get_map (FyZonesPage *self)
{
  return self->map;
}

FyZoneCanvas *
fy_zones_page_get_canvas (FyZonesPage *self)
{
  return self->canvas;
}

FyZonePanel *
fy_zones_page_get_panel (FyZonesPage *self)
{
  return self->panel;
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */

static void
fy_zones_page_constructed (GObject *object)
{
  FyZonesPage *self = FY_ZONES_PAGE (object);

  G_OBJECT_CLASS (fy_zones_page_parent_class)->constructed (object);
  fy_zone_panel_set_store (self->panel, self->store);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  fy_zones_page_reload_maps (self, 0);
  update_actions (self);
}

/* The page lays out its one child itself (no layout manager) so that the
 * side panel keeps its width when the window is resized, and the map gets
 * the rest: GtkPaned alone would hand the panel its (wide) natural width. */
static void
fy_zones_page_measure (GtkWidget *widget, GtkOrientation orientation, int for_size, int *minimum, int *natural,
                       int *minimum_baseline, int *natural_baseline)
{
  FyZonesPage *self = FY_ZONES_PAGE (widget);

  gtk_widget_measure (GTK_WIDGET (self->main_stack), orientation, for_size, minimum, natural, NULL, NULL);
  *natural = MIN (*natural, MAX (*minimum, orientation == GTK_ORIENTATION_HORIZONTAL ? 1200 : 800));
}

static void
fy_zones_page_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  FyZonesPage *self = FY_ZONES_PAGE (widget);

  self->placing = TRUE;
  gtk_paned_set_position (self->paned, MAX (200, width - self->panel_width));
  self->placing = FALSE;
  gtk_widget_allocate (GTK_WIDGET (self->main_stack), width, height, baseline, NULL);
}

static void
on_paned_position_cb (FyZonesPage *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->paned));

  /* The user dragged the handle: keep that panel width from now on. */
  if (!self->placing && width > 0 && gtk_widget_get_mapped (GTK_WIDGET (self->paned)))
    self->panel_width = CLAMP (width - gtk_paned_get_position (self->paned), 280, MAX (280, width - 200));
}

static void
fy_zones_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FyZonesPage *self = FY_ZONES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_TOOL:
      {
        int tool = fy_zone_tool_from_code (g_value_get_string (value));
        if (tool >= 0)
          fy_zone_canvas_set_tool (self->canvas, tool);   /* notifies back through on_tool_notify_cb */
      }
      break;
    case PROP_PAPER:
      if (g_strcmp0 (self->paper, g_value_get_string (value)) != 0)
        {
          g_free (self->paper);
          self->paper = g_strdup (g_strcmp0 (g_value_get_string (value), "a3") == 0 ? "a3" : "a4");
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_SNAP:
      if (self->snap != g_value_get_boolean (value))
        {
          self->snap = g_value_get_boolean (value);
          fy_zone_canvas_set_snap_to_grid (self->canvas, self->snap);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_zones_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FyZonesPage *self = FY_ZONES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_TOOL:
      g_value_set_string (value, self->tool);
      break;
    case PROP_PAPER:
      g_value_set_string (value, self->paper);
      break;
    case PROP_SNAP:
      g_value_set_boolean (value, self->snap);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_zones_page_dispose (GObject *object)
{
  FyZonesPage *self = FY_ZONES_PAGE (object);

  if (self->map)
    {
      g_clear_signal_handler (&self->map_changed_id, self->map);
      g_clear_object (&self->map);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_ZONES_PAGE);
  fy_widget_unparent_children (GTK_WIDGET (self));
  g_clear_pointer (&self->maps, g_ptr_array_unref);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_zones_page_parent_class)->dispose (object);
}

static void
fy_zones_page_finalize (GObject *object)
{
  FyZonesPage *self = FY_ZONES_PAGE (object);

  g_free (self->tool);
  g_free (self->paper);
  g_clear_pointer (&self->legend_renderer, fy_zone_renderer_free);
  G_OBJECT_CLASS (fy_zones_page_parent_class)->finalize (object);
}

static void
add_shortcut (GtkWidget *widget, guint keyval, GdkModifierType mods, const char *action, const char *param)
{
  GtkShortcutController *controller;
  GtkShortcut *shortcut;

  if (mods == GDK_CONTROL_MASK)
    {
      fy_widget_add_window_shortcut (widget, keyval, action, param);
      return;
    }
  /* The same window-wide controller fy_widget_add_window_shortcut made
   * (the first shortcut added is a Ctrl one). */
  controller = g_object_get_data (G_OBJECT (widget), "fy-window-shortcuts");
  g_assert (controller != NULL);
  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, mods), gtk_named_action_new (action));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

static void
fy_zones_page_class_init (FyZonesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fy_zones_page_constructed;
  object_class->dispose = fy_zones_page_dispose;
  object_class->finalize = fy_zones_page_finalize;
  object_class->set_property = fy_zones_page_set_property;
  object_class->get_property = fy_zones_page_get_property;
  widget_class->size_allocate = fy_zones_page_size_allocate;
  widget_class->measure = fy_zones_page_measure;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, FY_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOOL] = g_param_spec_string ("tool", NULL, NULL, "select",
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAPER] = g_param_spec_string ("paper", NULL, NULL, "a4",
                                                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SNAP] = g_param_spec_boolean ("snap", NULL, NULL, TRUE,
                                                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FY_TYPE_ZONE_CANVAS);
  g_type_ensure (FY_TYPE_ZONE_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-zones-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FyZonesPage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, FyZonesPage, map_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FyZonesPage, kind_button);
  gtk_widget_class_bind_template_child (widget_class, FyZonesPage, undo_button);
  gtk_widget_class_bind_template_child (widget_class, FyZonesPage, redo_button);
  gtk_widget_class_bind_template_child (widget_class, FyZonesPage, paned);
  gtk_widget_class_bind_template_child (widget_class, FyZonesPage, canvas);
  gtk_widget_class_bind_template_child (widget_class, FyZonesPage, hint_label);
  gtk_widget_class_bind_template_child (widget_class, FyZonesPage, position_label);
  gtk_widget_class_bind_template_child (widget_class, FyZonesPage, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, FyZonesPage, legend_revealer);
  gtk_widget_class_bind_template_child (widget_class, FyZonesPage, legend_area);
  gtk_widget_class_bind_template_child (widget_class, FyZonesPage, panel);
  gtk_widget_class_bind_template_callback (widget_class, on_map_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, fy_zones_page_disinfection_toggled);
  gtk_widget_class_bind_template_callback (widget_class, fy_zones_page_record_disinfection);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_area_created_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_canvas_error_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_scale_line_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_department_dropped_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_tool_notify_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_zoom_notify_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_panel_error_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_item_cb);

  gtk_widget_class_install_property_action (widget_class, "zones.tool", "tool");
  gtk_widget_class_install_property_action (widget_class, "zones.paper", "paper");
  gtk_widget_class_install_property_action (widget_class, "zones.snap", "snap");
  fy_zones_page_install_actions (widget_class);
}

static void
fy_zones_page_init (FyZonesPage *self)
{
  static gboolean icons_added;
  GdkDisplay *display = gdk_display_get_default ();

  /* The tool icons live in the resources (the application adds the path
   * too; without it, as in tests, this does). */
  if (!icons_added && display)
    {
      gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (display), RESOURCE_BASE "/icons");
      icons_added = TRUE;
    }
  self->tool = g_strdup ("select");
  self->paper = g_strdup ("a4");
  self->snap = TRUE;
  self->panel_width = 370;
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Tool bars wrap: the window may be 640 px wide (sidebar folded). */
  fy_widget_wrap_bar (GTK_WIDGET (self), "toolbar", 6);
  g_signal_connect_swapped (self->paned, "notify::position", G_CALLBACK (on_paned_position_cb), self);
  build_kind_popover (self);
  self->legend_renderer = fy_zone_renderer_new ();
  gtk_drawing_area_set_draw_func (self->legend_area, draw_legend_cb, self, NULL);
  g_signal_connect_swapped (self->canvas, "notify::hint", G_CALLBACK (on_hint_notify_cb), self);
  g_signal_connect_swapped (self->canvas, "notify::position", G_CALLBACK (on_position_notify_cb), self);
  on_hint_notify_cb (self);
  on_zoom_notify_cb (self);

  add_shortcut (GTK_WIDGET (self), GDK_KEY_z, GDK_CONTROL_MASK, "zones.undo", NULL);
  add_shortcut (GTK_WIDGET (self), GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "zones.redo", NULL);
  add_shortcut (GTK_WIDGET (self), GDK_KEY_y, GDK_CONTROL_MASK, "zones.redo", NULL);
  add_shortcut (GTK_WIDGET (self), GDK_KEY_equal, GDK_CONTROL_MASK, "zones.zoom-in", NULL);
  add_shortcut (GTK_WIDGET (self), GDK_KEY_plus, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "zones.zoom-in", NULL);
  add_shortcut (GTK_WIDGET (self), GDK_KEY_KP_Add, GDK_CONTROL_MASK, "zones.zoom-in", NULL);
  add_shortcut (GTK_WIDGET (self), GDK_KEY_minus, GDK_CONTROL_MASK, "zones.zoom-out", NULL);
  add_shortcut (GTK_WIDGET (self), GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "zones.zoom-out", NULL);
  add_shortcut (GTK_WIDGET (self), GDK_KEY_0, GDK_CONTROL_MASK, "zones.zoom-fit", NULL);
  add_shortcut (GTK_WIDGET (self), GDK_KEY_p, GDK_CONTROL_MASK, "zones.print", NULL);
  add_shortcut (GTK_WIDGET (self), GDK_KEY_e, GDK_CONTROL_MASK, "zones.export", "pdf");
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Zones page under Xvfb, in the real window on a real store: a blank
 * map made through the New Map dialog; a rectangle and polygons drawn with
 * synthesized pointer input; a move; a level change through the panel's
 * reason dialog (zone_history row written); undo through the page's action;
 * a refused polygon; assigning a department; export to PNG through the
 * page's export path and printing to PDF through GtkPrintOperation.
 *
 * How input is synthesized: GTK 4 cannot make GdkEvents, so the tests emit
 * the canvas's own controllers' signals ("drag-begin", "drag-update",
 * "drag-end" on its GtkGestureDrag, "pressed" on its GtkGestureClick,
 * "key-pressed" on its GtkEventControllerKey) with widget coordinates
 * computed from map coordinates by the canvas's view. This runs exactly the
 * handlers real input runs, through the same signals; only the event
 * delivery (GDK → controller) is skipped. The controllers are reached with
 * fy_zone_canvas_get_controller ().
 *
 * The last test drags areas and a corner on a 500-area map frame by frame:
 * what moved, and that the frames reuse the static layer. Their frame times
 * are measured by bench/bench-zone-drag.c, not here. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "fy-error.h"
#include "fy-zone-staff-picker.h"
#include "fy-gui-test-support.h"
#include "fy-staff.h"
#include "fy-zone-assign-dialog-private.h"
#include "fy-zone-assign-dialog.h"
#include "fy-zone-canvas-private.h"
#include "fy-zone-panel-private.h"
#include "fy-zones-page-private.h"
#include "fy-zones-page.h"

typedef struct
{
  FyStore      *store;
  FyWindow     *win;
  FyZonesPage  *page;
  FyZoneCanvas *canvas;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  f->store = fy_test_open_store ();
  fy_test_add_staff (f->store, "A01", "张伟", "department", "装配部", "phone", "13812345678", NULL);
  fy_test_add_staff (f->store, "A02", "王芳", "department", "装配部", "phone", "13812345678", NULL);
  fy_test_add_staff (f->store, "A03", "李娜", "department", "装配部", "phone", "13812345678", NULL);
  fy_test_add_staff (f->store, "W01", "刘洋", "department", "仓储部", "phone", "13812345678", NULL);
  f->win = g_object_new (FY_TYPE_WINDOW, "store", f->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->win), 1280, 800);
  gtk_window_present (GTK_WINDOW (f->win));
  fy_gui_test_iterate ();
  fy_window_show_page (f->win, "zones");
  fy_gui_test_iterate ();
  f->page = FY_ZONES_PAGE (fy_gui_test_find_child_of_type (GTK_WIDGET (f->win), FY_TYPE_ZONES_PAGE));
  g_assert_nonnull (f->page);
  f->canvas = fy_zones_page_get_canvas (f->page);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  fy_gui_test_destroy_all_windows ();
  g_assert_finalize_object (g_steal_pointer (&f->store));
}

/* The only AdwMessageDialog open, or NULL. */
static AdwMessageDialog *
find_dialog (void)
{
  return fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

static void
respond (AdwMessageDialog *dialog, const char *response)
{
  adw_message_dialog_response (dialog, response);
  fy_gui_test_iterate ();
  fy_gui_test_destroy (dialog);
}

static gboolean
canvas_ready (gpointer data)
{
  Fixture *f = data;
  return gtk_widget_get_width (GTK_WIDGET (f->canvas)) > 600 && fy_zone_canvas_get_view (f->canvas)->scale > 0;
}

/* New Map… → name, width, height → Create Blank Map. */
static void
make_blank_map (Fixture *f, const char *name, double w, double h)
{
  AdwMessageDialog *dialog;
  GtkWidget *row, *spin;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "zones.new-map", NULL));
  fy_gui_test_iterate ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  row = fy_gui_test_find_child_of_type (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (row), name);
  spin = fy_gui_test_find_child_of_type (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), w);
  /* The height is the second spin button, in the row after the width's. */
  spin = fy_gui_test_find_child_of_type (gtk_widget_get_next_sibling (gtk_widget_get_ancestor (spin, ADW_TYPE_ACTION_ROW)),
                                         GTK_TYPE_SPIN_BUTTON);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), h);
  respond (dialog, "blank");
  /* Layout runs on the frame clock: wait for the canvas to get its size
   * and fit the map. */
  fy_gui_test_wait_until (canvas_ready, f);
}

static FyPoint
at (Fixture *f, double mx, double my)
{
  return fy_zone_canvas_map_to_widget (f->canvas, (FyPoint) { mx, my });
}

/* A pointer drag from one map point to another, in a few motion steps. */
static void
drag (Fixture *f, FyPoint from, FyPoint to)
{
  GtkEventController *gesture = fy_zone_canvas_get_controller (f->canvas, "drag");
  FyPoint a = at (f, from.x, from.y), b = at (f, to.x, to.y);

  g_assert_nonnull (gesture);
  g_signal_emit_by_name (gesture, "drag-begin", a.x, a.y);
  for (int i = 1; i <= 5; i++)
    g_signal_emit_by_name (gesture, "drag-update", (b.x - a.x) * i / 5, (b.y - a.y) * i / 5);
  g_signal_emit_by_name (gesture, "drag-end", b.x - a.x, b.y - a.y);
  fy_gui_test_iterate ();
}

static void
click (Fixture *f, double mx, double my, int n_press)
{
  GtkEventController *gesture = fy_zone_canvas_get_controller (f->canvas, "click");
  FyPoint p = at (f, mx, my);

  g_signal_emit_by_name (gesture, "pressed", n_press, p.x, p.y);
  fy_gui_test_iterate ();
}

static void
key (Fixture *f, guint keyval)
{
  GtkEventController *controller = fy_zone_canvas_get_controller (f->canvas, "key");
  gboolean handled = FALSE;

  g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
  g_assert_true (handled);
  fy_gui_test_iterate ();
}

static gboolean
is_button_with_tooltip (GtkWidget *widget, gconstpointer tooltip)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

static gboolean
is_button_with_action (GtkWidget *widget, gconstpointer action)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static void
set_tool (Fixture *f, const char *tool)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "zones.tool", "s", tool));
  fy_gui_test_iterate ();
  g_assert_cmpstr (fy_zone_tool_to_code (fy_zone_canvas_get_tool (f->canvas)), ==, tool);
}

static void
assert_points (const FyZoneArea *a, const FyPoint *expected, guint n)
{
  g_assert_nonnull (a);
  g_assert_cmpuint (a->n_points, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpfloat_with_epsilon (a->points[i].x, expected[i].x, 1e-6);
      g_assert_cmpfloat_with_epsilon (a->points[i].y, expected[i].y, 1e-6);
    }
}

/* The area as saved: read back from the database with a fresh load. */
static FyZoneArea *
saved_area (Fixture *f, gint64 area_id)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyZoneMap *fresh = fy_zone_map_load (f->store, fy_zone_map_get_id (fy_zones_page_get_map (f->page)),
                                                  &error);
  const FyZoneArea *a;

  g_assert_no_error (error);
  a = fy_zone_map_lookup_area (fresh, area_id);
  return a ? fy_zone_area_copy (a) : NULL;
}

/* The map by keyboard only: Tab selects the areas in turn (the map's
 * accessible name says which), Shift+Right moves one ten grid steps,
 * Enter goes to the side panel, and the level changes there with its
 * reason typed and Enter. */
static void
test_keyboard (Fixture *f, gconstpointer data)
{
  static const FyPoint moved[] = { { 20, 10 }, { 50, 10 }, { 50, 30 }, { 20, 30 } };
  GtkEventController *keys = fy_zone_canvas_get_controller (f->canvas, "key");
  FyZoneMap *map;
  gint64 first, second;
  gboolean handled = FALSE;
  g_autofree char *label = NULL;
  GtkWidget *focus;
  AdwMessageDialog *dialog;

  make_blank_map (f, "厂区", 100, 80);
  map = fy_zones_page_get_map (f->page);
  set_tool (f, "rect");
  drag (f, (FyPoint) { 10, 10 }, (FyPoint) { 40, 30 });
  drag (f, (FyPoint) { 60, 40 }, (FyPoint) { 90, 70 });
  g_assert_cmpuint (fy_zone_map_get_n_areas (map), ==, 2);
  first = fy_zone_map_get_area (map, 0)->id;
  second = fy_zone_map_get_area (map, 1)->id;
  set_tool (f, "select");
  key (f, GDK_KEY_Escape);
  g_assert_cmpint (fy_zone_canvas_get_selected_area (f->canvas), ==, 0);

  /* Tab, Tab, Shift+Tab: first, second, first; past the last, out. */
  key (f, GDK_KEY_Tab);
  g_assert_cmpint (fy_zone_canvas_get_selected_area (f->canvas), ==, first);
  label = fy_zone_canvas_describe_selection (f->canvas);
  g_assert_nonnull (strstr (label, fy_zone_map_get_area (map, 0)->name));
  g_assert_nonnull (strstr (label, fy_zone_level_label (FY_ZONE_LEVEL_GREEN)));
  key (f, GDK_KEY_Tab);
  g_assert_cmpint (fy_zone_canvas_get_selected_area (f->canvas), ==, second);
  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_ISO_Left_Tab, 0, GDK_SHIFT_MASK, &handled);
  g_assert_true (handled);
  g_assert_cmpint (fy_zone_canvas_get_selected_area (f->canvas), ==, first);

  /* Shift+Right: ten 1 m grid steps. */
  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Right, 0, GDK_SHIFT_MASK, &handled);
  fy_gui_test_iterate ();
  assert_points (fy_zone_map_lookup_area (map, first), moved, 4);

  /* Enter: the side panel, in the area's name. */
  key (f, GDK_KEY_Return);
  focus = gtk_root_get_focus (GTK_ROOT (f->win));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (fy_zones_page_get_panel (f->page))));

  /* The level, its reason typed, Enter. */
  adw_combo_row_set_selected (fy_zone_panel_get_level_row (fy_zones_page_get_panel (f->page)), FY_ZONE_LEVEL_RED);
  fy_gui_test_iterate ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_object_ref (dialog);
  focus = gtk_window_get_focus (GTK_WINDOW (dialog));
  gtk_editable_set_text (GTK_EDITABLE (focus), "positive antigen test");
  g_signal_emit_by_name (focus, "activate");
  fy_gui_test_iterate ();
  g_assert_false (fy_gui_test_is_toplevel (dialog));
  g_object_unref (dialog);
  g_assert_cmpint (fy_zone_map_lookup_area (map, first)->level, ==, FY_ZONE_LEVEL_RED);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM zone_history WHERE reason = 'positive antigen test'"),
                   ==, 1);
}

static void
key_mod (Fixture *f, guint keyval, GdkModifierType state, int times)
{
  GtkEventController *controller = fy_zone_canvas_get_controller (f->canvas, "key");

  for (int i = 0; i < times; i++)
    {
      gboolean handled = FALSE;
      g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
      g_assert_true (handled);
    }
  fy_gui_test_iterate ();
}

/* Drawing by keyboard only: R, an arrow shows the cursor, Enter, ten
 * steps right and down, Enter makes a rectangle; P and four corners, the
 * last Enter on the first corner closes the polygon; Esc drops a polygon
 * half drawn; S and Enter places a symbol. */
static void
test_keyboard_placement (Fixture *f, gconstpointer data)
{
  FyZoneMap *map;
  const FyZoneArea *a;
  gboolean shown = FALSE;
  FyPoint c, s;
  guint n_points;

  make_blank_map (f, "厂区", 100, 80);
  map = fy_zones_page_get_map (f->page);
  gtk_widget_grab_focus (GTK_WIDGET (f->canvas));

  key (f, GDK_KEY_r);
  g_assert_cmpint (fy_zone_canvas_get_tool (f->canvas), ==, FY_ZONE_TOOL_RECT);
  fy_zone_canvas_get_key_cursor (f->canvas, &shown);
  g_assert_false (shown);
  key (f, GDK_KEY_Right);   /* the first press shows it */
  c = fy_zone_canvas_get_key_cursor (f->canvas, &shown);
  g_assert_true (shown);
  key (f, GDK_KEY_Return);
  key_mod (f, GDK_KEY_Right, GDK_SHIFT_MASK, 1);
  key_mod (f, GDK_KEY_Down, GDK_SHIFT_MASK, 1);
  key (f, GDK_KEY_Return);
  g_assert_cmpuint (fy_zone_map_get_n_areas (map), ==, 1);
  a = fy_zone_map_get_area (map, 0);
  g_assert_cmpfloat_with_epsilon (a->bounds.x0, c.x, 1e-6);
  g_assert_cmpfloat_with_epsilon (a->bounds.y0, c.y, 1e-6);
  g_assert_cmpfloat_with_epsilon (a->bounds.x1, c.x + 10, 1e-6);
  g_assert_cmpfloat_with_epsilon (a->bounds.y1, c.y + 10, 1e-6);

  /* A polygon to the left of it, closed by Enter on its first corner. */
  key (f, GDK_KEY_p);
  key_mod (f, GDK_KEY_Left, GDK_SHIFT_MASK, 3);
  s = fy_zone_canvas_get_key_cursor (f->canvas, NULL);
  key (f, GDK_KEY_Return);
  key_mod (f, GDK_KEY_Right, GDK_SHIFT_MASK, 1);
  key (f, GDK_KEY_Return);
  key_mod (f, GDK_KEY_Down, GDK_SHIFT_MASK, 1);
  key (f, GDK_KEY_Return);
  key_mod (f, GDK_KEY_Left, 0, 5);
  key (f, GDK_KEY_Return);
  key_mod (f, GDK_KEY_Left, 0, 5);
  key_mod (f, GDK_KEY_Up, GDK_SHIFT_MASK, 1);
  key (f, GDK_KEY_Return);
  g_assert_cmpuint (fy_zone_map_get_n_areas (map), ==, 2);
  a = fy_zone_map_get_area (map, 1);
  g_assert_cmpint (a->shape, ==, FY_ZONE_SHAPE_POLYGON);
  g_assert_cmpuint (a->n_points, ==, 4);
  g_assert_cmpfloat_with_epsilon (a->points[0].x, s.x, 1e-6);
  g_assert_cmpfloat_with_epsilon (a->points[2].y, s.y + 10, 1e-6);

  /* Half a polygon, then Esc: nothing added; C closes one. */
  key_mod (f, GDK_KEY_Down, GDK_SHIFT_MASK, 2);
  key (f, GDK_KEY_Return);
  key_mod (f, GDK_KEY_Right, GDK_SHIFT_MASK, 1);
  key (f, GDK_KEY_Return);
  key (f, GDK_KEY_Escape);
  key (f, GDK_KEY_Return);
  key_mod (f, GDK_KEY_Down, GDK_SHIFT_MASK, 1);
  key (f, GDK_KEY_Return);
  key_mod (f, GDK_KEY_Left, GDK_SHIFT_MASK, 1);
  key (f, GDK_KEY_Return);
  g_assert_cmpuint (fy_zone_map_get_n_areas (map), ==, 2);
  key (f, GDK_KEY_c);
  g_assert_cmpuint (fy_zone_map_get_n_areas (map), ==, 3);
  g_assert_cmpuint (fy_zone_map_get_area (map, 2)->n_points, ==, 3);

  /* A symbol where the cursor is. */
  n_points = fy_zone_map_get_n_points (map);
  key (f, GDK_KEY_s);
  key_mod (f, GDK_KEY_Up, GDK_SHIFT_MASK, 1);
  c = fy_zone_canvas_get_key_cursor (f->canvas, NULL);
  key (f, GDK_KEY_Return);
  g_assert_cmpuint (fy_zone_map_get_n_points (map), ==, n_points + 1);
  g_assert_cmpfloat_with_epsilon (fy_zone_map_get_point (map, n_points)->x, c.x, 1e-6);
  g_assert_cmpfloat_with_epsilon (fy_zone_map_get_point (map, n_points)->y, c.y, 1e-6);
  g_assert_cmpint (fy_zone_canvas_get_selected_point (f->canvas), ==, fy_zone_map_get_point (map, n_points)->id);

  /* Esc hides the cursor; back in the select tool arrows move the symbol. */
  key (f, GDK_KEY_Escape);
  fy_zone_canvas_get_key_cursor (f->canvas, &shown);
  g_assert_false (shown);
}

static void
test_draw_edit_undo (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  FyZoneMap *map;
  const FyZoneArea *a;
  g_autoptr(FyZoneArea) saved = NULL;
  gint64 rect_id, tri_id;
  static const FyPoint rect[] = { { 10, 10 }, { 40, 10 }, { 40, 30 }, { 10, 30 } };
  static const FyPoint moved[] = { { 20, 15 }, { 50, 15 }, { 50, 35 }, { 20, 35 } };
  static const FyPoint tri[] = { { 60, 10 }, { 90, 10 }, { 75, 35 } };
  static const FyPoint quad[] = { { 10, 50 }, { 40, 50 }, { 45, 70 }, { 5, 75 } };
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  /* Empty at first: the "No Zone Map Yet" page. */
  g_assert_null (fy_zones_page_get_map (f->page));
  make_blank_map (f, "厂区", 100, 80);
  map = fy_zones_page_get_map (f->page);
  g_assert_nonnull (map);
  g_assert_cmpstr (fy_zone_map_get_name (map), ==, "厂区");
  g_assert_cmpfloat (fy_zone_map_get_width (map), ==, 100);
  g_assert_cmpfloat (fy_zone_map_get_height (map), ==, 80);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->canvas)), >, 300);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM zone_map"), ==, 1);

  /* A rectangle: drag from corner to corner (snapped to the 1 m grid). */
  set_tool (f, "rect");
  drag (f, (FyPoint) { 10.2, 9.8 }, (FyPoint) { 39.9, 30.3 });
  g_assert_cmpuint (fy_zone_map_get_n_areas (map), ==, 1);
  a = fy_zone_map_get_area (map, 0);
  rect_id = a->id;
  assert_points (a, rect, 4);
  g_assert_cmpint (a->shape, ==, FY_ZONE_SHAPE_RECT);
  g_assert_cmpint (a->level, ==, FY_ZONE_LEVEL_GREEN);
  saved = saved_area (f, rect_id);
  assert_points (saved, rect, 4);
  g_clear_pointer (&saved, fy_zone_area_free);
  /* The new area is selected and shown in the panel. */
  g_assert_cmpint (fy_zone_canvas_get_selected_area (f->canvas), ==, rect_id);

  /* A triangle: three clicks, the last one a double-click. */
  set_tool (f, "polygon");
  click (f, 60, 10, 1);
  click (f, 90, 10, 1);
  click (f, 75, 35, 1);
  click (f, 75, 35, 2);
  g_assert_cmpuint (fy_zone_map_get_n_areas (map), ==, 2);
  tri_id = fy_zone_canvas_get_selected_area (f->canvas);
  a = fy_zone_map_lookup_area (map, tri_id);
  assert_points (a, tri, 3);
  g_assert_cmpint (a->shape, ==, FY_ZONE_SHAPE_POLYGON);
  saved = saved_area (f, tri_id);
  assert_points (saved, tri, 3);
  g_clear_pointer (&saved, fy_zone_area_free);

  /* A quadrilateral closed with Enter; Backspace drops a stray corner. */
  for (guint i = 0; i < 4; i++)
    click (f, quad[i].x, quad[i].y, 1);
  click (f, 30, 60, 1);
  key (f, GDK_KEY_BackSpace);
  key (f, GDK_KEY_Return);
  g_assert_cmpuint (fy_zone_map_get_n_areas (map), ==, 3);
  assert_points (fy_zone_map_lookup_area (map, fy_zone_canvas_get_selected_area (f->canvas)), quad, 4);

  /* Select the rectangle by clicking inside it, then move it 10 m right
   * and 5 m down. */
  set_tool (f, "select");
  drag (f, (FyPoint) { 25, 20 }, (FyPoint) { 25, 20 });
  g_assert_cmpint (fy_zone_canvas_get_selected_area (f->canvas), ==, rect_id);
  drag (f, (FyPoint) { 25, 20 }, (FyPoint) { 35.1, 24.9 });
  assert_points (fy_zone_map_lookup_area (map, rect_id), moved, 4);
  saved = saved_area (f, rect_id);
  assert_points (saved, moved, 4);
  g_clear_pointer (&saved, fy_zone_area_free);
  /* The Undo button says what it would undo, in the core's words. */
  {
    GtkWidget *undo = fy_gui_test_find_widget (GTK_WIDGET (f->page), is_button_with_action, "zones.undo");
    g_assert_nonnull (undo);
    g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (undo), fy_zone_map_get_undo_label (map)));
  }

  /* Level change through the panel: it asks for a reason. Cancelling
   * changes nothing. */
  adw_combo_row_set_selected (fy_zone_panel_get_level_row (fy_zones_page_get_panel (f->page)), FY_ZONE_LEVEL_YELLOW);
  fy_gui_test_iterate ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "ok"));   /* no reason yet */
  respond (dialog, "cancel");
  g_assert_cmpint (fy_zone_map_lookup_area (map, rect_id)->level, ==, FY_ZONE_LEVEL_GREEN);
  g_assert_cmpuint (adw_combo_row_get_selected (fy_zone_panel_get_level_row (fy_zones_page_get_panel (f->page))),
                    ==, FY_ZONE_LEVEL_GREEN);

  adw_combo_row_set_selected (fy_zone_panel_get_level_row (fy_zones_page_get_panel (f->page)), FY_ZONE_LEVEL_RED);
  fy_gui_test_iterate ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  entry = fy_gui_test_find_child_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), "抗原阳性");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "ok"));
  respond (dialog, "ok");
  g_assert_cmpint (fy_zone_map_lookup_area (map, rect_id)->level, ==, FY_ZONE_LEVEL_RED);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM zone_history WHERE kind = 'change' "
                                                "AND old_level = 'green' AND new_level = 'red' "
                                                "AND reason = '抗原阳性'"), ==, 1);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM zone_area WHERE level = 'red'"), ==, 1);

  /* Undo (the page's action, as Ctrl+Z and the button do): the level
   * first, then the move. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "zones.undo", NULL));
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_zone_map_lookup_area (map, rect_id)->level, ==, FY_ZONE_LEVEL_GREEN);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM zone_area WHERE level = 'red'"), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (fy_zone_panel_get_level_row (fy_zones_page_get_panel (f->page))),
                    ==, FY_ZONE_LEVEL_GREEN);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "zones.undo", NULL));
  fy_gui_test_iterate ();
  assert_points (fy_zone_map_lookup_area (map, rect_id), rect, 4);
  saved = saved_area (f, rect_id);
  assert_points (saved, rect, 4);
  g_clear_pointer (&saved, fy_zone_area_free);
  /* And redo puts the move back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "zones.redo", NULL));
  fy_gui_test_iterate ();
  assert_points (fy_zone_map_lookup_area (map, rect_id), moved, 4);

  /* Delete removes the selected area; undo brings it back. */
  fy_zone_canvas_select (f->canvas, tri_id, 0, FALSE);
  key (f, GDK_KEY_Delete);
  g_assert_null (fy_zone_map_lookup_area (map, tri_id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "zones.undo", NULL));
  fy_gui_test_iterate ();
  assert_points (fy_zone_map_lookup_area (map, tri_id), tri, 3);
  g_assert_no_error (error);
}

static void
test_vertex_and_symbol (Fixture *f, gconstpointer data)
{
  FyZoneMap *map;
  gint64 id;
  const FyZoneArea *a;
  static const FyPoint tri[] = { { 10, 10 }, { 50, 10 }, { 30, 40 } };
  static const FyPoint dragged[] = { { 10, 10 }, { 60, 5 }, { 30, 40 } };
  static const FyPoint added[] = { { 10, 10 }, { 60, 5 }, { 30, 40 }, { 20, 25 } };

  make_blank_map (f, "宿舍区", 100, 80);
  map = fy_zones_page_get_map (f->page);
  set_tool (f, "polygon");
  for (guint i = 0; i < 3; i++)
    click (f, tri[i].x, tri[i].y, 1);
  key (f, GDK_KEY_Return);
  id = fy_zone_canvas_get_selected_area (f->canvas);
  g_assert_cmpint (id, >, 0);

  /* Vertex tool: drag the second corner; double-click the last edge to
   * add a corner; Delete removes the chosen corner. */
  set_tool (f, "vertex");
  drag (f, (FyPoint) { 50, 10 }, (FyPoint) { 60.2, 4.9 });
  assert_points (fy_zone_map_lookup_area (map, id), dragged, 3);
  click (f, 20, 25, 1);
  click (f, 20, 25, 2);
  a = fy_zone_map_lookup_area (map, id);
  assert_points (a, added, 4);
  key (f, GDK_KEY_Delete);   /* the corner just added is the chosen one */
  assert_points (fy_zone_map_lookup_area (map, id), dragged, 3);

  /* A symbol: the isolation point, placed by a click, outside any red
   * area: a warning, not a refusal. */
  fy_zone_canvas_set_point_kind (f->canvas, FY_ZONE_POINT_ISOLATION);
  set_tool (f, "point");
  click (f, 80, 60, 1);
  g_assert_cmpuint (fy_zone_map_get_n_points (map), ==, 1);
  g_assert_cmpint (fy_zone_map_get_point (map, 0)->kind, ==, FY_ZONE_POINT_ISOLATION);
  g_assert_cmpfloat_with_epsilon (fy_zone_map_get_point (map, 0)->x, 80, 1e-6);
  g_assert_cmpint (fy_zone_canvas_get_selected_point (f->canvas), ==, fy_zone_map_get_point (map, 0)->id);
  g_assert_cmpuint (fy_zone_panel_get_n_warnings (fy_zones_page_get_panel (f->page)), ==, 1);
  /* Clicking the warning selects the symbol it is about. */
  fy_zone_canvas_select (f->canvas, 0, 0, FALSE);
  fy_zone_panel_activate_warning (fy_zones_page_get_panel (f->page), 0);
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_zone_canvas_get_selected_point (f->canvas), ==, fy_zone_map_get_point (map, 0)->id);

  /* A grid added to the area through the panel. */
  fy_zone_canvas_select (f->canvas, id, 0, FALSE);
  fy_gui_test_iterate ();
  fy_gui_test_click (fy_gui_test_find_widget (GTK_WIDGET (f->page), is_button_with_tooltip, _("Add a grid")));
  {
    AdwMessageDialog *dialog = find_dialog ();
    g_autoptr(GPtrArray) grids = NULL;
    g_assert_nonnull (dialog);
    gtk_editable_set_text (GTK_EDITABLE (fy_gui_test_find_child_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY)),
                           "一号线");
    respond (dialog, "ok");
    grids = fy_zone_map_list_grids (map, id);
    g_assert_cmpuint (grids->len, ==, 1);
    g_assert_cmpstr (((const FyZoneGrid *) grids->pdata[0])->name, ==, "一号线");
    g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM zone_grid WHERE name = '一号线'"), ==, 1);
  }
}

static void
test_floor_plan_and_scale (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *bad = g_build_filename (dir, "plan.png", NULL);
  g_autofree char *good = g_build_filename (dir, "good.png", NULL);
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 300);
  FyZoneMap *map;
  AdwMessageDialog *dialog;

  /* Not an image: refused, no map made. */
  g_assert_true (g_file_set_contents (bad, "not a picture", -1, NULL));
  g_assert_false (fy_zones_page_use_plan_file (f->page, bad, "厂区", 200, 100, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM zone_map"), ==, 0);
  g_assert_null (fy_zones_page_get_map (f->page));

  /* A real PNG: a new map with it, as wide as asked, in its proportions. */
  g_assert_cmpint (cairo_surface_write_to_png (image, good), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (image);
  g_assert_true (fy_zones_page_use_plan_file (f->page, good, "厂区", 200, 100, &error));
  g_assert_no_error (error);
  map = fy_zones_page_get_map (f->page);
  g_assert_nonnull (map);
  g_assert_nonnull (fy_zone_map_get_background (map));
  g_assert_cmpfloat_with_epsilon (fy_zone_map_get_width (map), 200, 1e-9);
  g_assert_cmpfloat_with_epsilon (fy_zone_map_get_height (map), 150, 1e-9);
  fy_gui_test_wait_until (canvas_ready, f);

  /* The scale tool is next: a line over half the width is really 50 m. */
  g_assert_cmpint (fy_zone_canvas_get_tool (f->canvas), ==, FY_ZONE_TOOL_SCALE);
  drag (f, (FyPoint) { 0, 75 }, (FyPoint) { 100, 75 });
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (fy_gui_test_find_child_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY)), "50 m");
  respond (dialog, "ok");
  g_assert_cmpfloat_with_epsilon (fy_zone_map_get_width (map), 100, 1e-6);
  g_assert_cmpfloat_with_epsilon (fy_zone_map_get_metres_per_pixel (map), 0.25, 1e-9);
  /* One undo step puts the old scale back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "zones.undo", NULL));
  fy_gui_test_iterate ();
  g_assert_cmpfloat_with_epsilon (fy_zone_map_get_width (map), 200, 1e-6);
}

static void
test_bad_polygon_refused (Fixture *f, gconstpointer data)
{
  FyZoneMap *map;
  AdwMessageDialog *dialog;

  make_blank_map (f, "厂区", 100, 80);
  map = fy_zones_page_get_map (f->page);
  set_tool (f, "polygon");
  /* A bow tie crosses itself. */
  click (f, 10, 10, 1);
  click (f, 40, 40, 1);
  click (f, 40, 10, 1);
  click (f, 10, 40, 1);
  key (f, GDK_KEY_Return);
  g_assert_cmpuint (fy_zone_map_get_n_areas (map), ==, 0);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM zone_area"), ==, 0);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), !=, "");
  respond (dialog, "close");
  /* The corners are kept: Escape drops them. */
  key (f, GDK_KEY_Escape);
  g_assert_false (fy_zone_map_can_undo (map));
}

static void
test_assign_department (Fixture *f, gconstpointer data)
{
  FyZoneMap *map;
  FyZoneAssignDialog *dialog;
  gint64 id;

  make_blank_map (f, "厂区", 100, 80);
  map = fy_zones_page_get_map (f->page);
  set_tool (f, "rect");
  drag (f, (FyPoint) { 10, 10 }, (FyPoint) { 50, 40 });
  id = fy_zone_canvas_get_selected_area (f->canvas);
  g_assert_cmpint (id, >, 0);

  g_assert_nonnull (fy_gui_test_find_button (GTK_WIDGET (f->page), _("_Assign…")));
  fy_gui_test_click (fy_gui_test_find_button (GTK_WIDGET (f->page), _("_Assign…")));
  dialog = fy_gui_test_find_toplevel (FY_TYPE_ZONE_ASSIGN_DIALOG);
  g_assert_nonnull (dialog);
  fy_zone_assign_dialog_set_department (dialog, "装配部");
  fy_gui_test_iterate ();
  fy_zone_assign_dialog_select_shown (dialog);
  g_assert_cmpuint (fy_zone_assign_dialog_get_n_selected (dialog), ==, 3);
  g_assert_true (fy_zone_assign_dialog_apply (dialog));
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_zone_map_get_headcount (map, id), ==, 3);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM staff_zone"), ==, 3);
  /* One undo step for the three. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "zones.undo", NULL));
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_zone_map_get_headcount (map, id), ==, 0);

  /* Dropping a department on the area does the same. */
  g_signal_emit_by_name (f->canvas, "department-dropped", "仓储部", id);
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_zone_map_get_headcount (map, id), ==, 1);
}

static void
test_export_and_print (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *png = g_build_filename (dir, "厂区.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *size = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;
  GStatBuf st;

  make_blank_map (f, "厂区", 100, 80);
  set_tool (f, "rect");
  drag (f, (FyPoint) { 10, 10 }, (FyPoint) { 50, 40 });

  g_assert_true (fy_zones_page_export_to (f->page, png, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (memcmp (contents, "\x89PNG\r\n\x1a\n", 8) == 0);
  g_assert_cmpint (g_stat (png, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_true (fy_zones_page_print (f->page, GTK_PRINT_OPERATION_ACTION_EXPORT, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fy_test_pdf_pages (pdf, &size), ==, 1);
  g_assert_true (g_str_has_prefix (size, "841.89 x 595.2"));   /* A4 landscape */
  text = fy_test_pdf_text (pdf);
  g_assert_nonnull (strstr (text, "厂区"));
  g_assert_nonnull (strstr (text, "Area 1"));

  /* FANGYI_TEST_KEEP=DIR keeps the files to look at. */
  if (g_getenv ("FANGYI_TEST_KEEP"))
    {
      g_autofree char *keep_png = g_build_filename (g_getenv ("FANGYI_TEST_KEEP"), "zones-export.png", NULL);
      g_autofree char *keep_pdf = g_build_filename (g_getenv ("FANGYI_TEST_KEEP"), "zones-print-a4.pdf", NULL);
      g_autofree char *bytes = NULL;
      gsize n = 0;
      g_assert_true (g_file_get_contents (pdf, &bytes, &n, NULL));
      g_assert_true (g_file_set_contents (keep_pdf, bytes, n, NULL));
      g_assert_true (g_file_set_contents (keep_png, contents, length, NULL));
    }

  /* A3 chosen in the menu prints on A3. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "zones.paper", "s", "a3"));
  g_clear_pointer (&size, g_free);
  g_assert_true (fy_zones_page_print (f->page, GTK_PRINT_OPERATION_ACTION_EXPORT, pdf, &error));
  g_assert_cmpuint (fy_test_pdf_pages (pdf, &size), ==, 1);
  g_assert_true (g_str_has_prefix (size, "1190.55 x 841.8"));
}

/* ------------------------------------------------------------------ */
/* Drags on a 500-area map (their frame times: bench/bench-zone-drag.c) */

/* One frame as GTK makes it with the cairo renderer: the canvas's snapshot,
 * then the render node drawn on an image surface of the widget's size. */
static void
draw_frame (GtkWidget *canvas, cairo_surface_t *target)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  cairo_t *cr;

  GTK_WIDGET_GET_CLASS (canvas)->snapshot (canvas, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  cr = cairo_create (target);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  gsk_render_node_unref (node);
}

#define DRAG_FRAMES 20
#define DRAG_STEP_X 1.5
#define DRAG_STEP_Y 0.75

/* Drags from `from` (widget coordinates) by DRAG_FRAMES steps, drawing a
 * frame after each: the frames reuse the static layer (at most the one
 * render of the map without the dragged area), and the drop is one edit.
 * Returns the drag in metres. */
static FyPoint
drag_frames (GtkWidget *canvas, GtkEventController *gesture, FyPoint from, cairo_surface_t *target,
             const FyZoneArea *before, const char *undo_label)
{
  FyZoneCanvas *zc = FY_ZONE_CANVAS (canvas);
  FyZoneMap *map = fy_zone_canvas_get_map (zc);
  const FyZoneArea *shown;
  double scale = fy_zone_canvas_get_view (zc)->scale;
  guint renders;

  g_signal_emit_by_name (gesture, "drag-begin", from.x, from.y);
  renders = fy_zone_canvas_get_render_count (zc);
  for (guint i = 1; i <= DRAG_FRAMES; i++)
    {
      g_signal_emit_by_name (gesture, "drag-update", i * DRAG_STEP_X, i * DRAG_STEP_Y);
      draw_frame (canvas, target);
    }
  g_assert_cmpuint (fy_zone_canvas_get_render_count (zc) - renders, <=, 1);
  /* Nothing is written before the drop. */
  shown = fy_zone_map_lookup_area (map, before->id);
  g_assert_cmpmem (shown->points, shown->n_points * sizeof (FyPoint), before->points,
                   before->n_points * sizeof (FyPoint));
  g_signal_emit_by_name (gesture, "drag-end", DRAG_FRAMES * DRAG_STEP_X, DRAG_FRAMES * DRAG_STEP_Y);
  renders = fy_zone_canvas_get_render_count (zc);
  draw_frame (canvas, target);
  /* The map changed: the next frame renders it again. */
  g_assert_cmpuint (fy_zone_canvas_get_render_count (zc), ==, renders + 1);
  g_assert_cmpstr (fy_zone_map_get_undo_label (map), ==, undo_label);
  return (FyPoint) { DRAG_FRAMES * DRAG_STEP_X / scale, DRAG_FRAMES * DRAG_STEP_Y / scale };
}

/* `after` is `before` moved by about `by` (snapping may pull it a little):
 * every corner by the same amount. */
static void
assert_moved (const FyZoneArea *before, const FyZoneArea *after, FyPoint by)
{
  double dx = after->points[0].x - before->points[0].x, dy = after->points[0].y - before->points[0].y;

  g_assert_cmpuint (after->n_points, ==, before->n_points);
  g_assert_cmpfloat (fabs (dx - by.x), <, 3);
  g_assert_cmpfloat (fabs (dy - by.y), <, 3);
  g_assert_cmpfloat (dx, >, 1);
  for (guint i = 1; i < after->n_points; i++)
    {
      g_assert_cmpfloat_with_epsilon (after->points[i].x - before->points[i].x, dx, 1e-6);
      g_assert_cmpfloat_with_epsilon (after->points[i].y - before->points[i].y, dy, 1e-6);
    }
}

/* The drop was one undo step: undo brings `before` back, redo the drag. */
static void
assert_one_step (FyZoneMap *map, const FyZoneArea *before)
{
  g_autoptr(FyZoneArea) after = fy_zone_area_copy (fy_zone_map_lookup_area (map, before->id));
  g_autoptr(GError) error = NULL;
  const FyZoneArea *a;

  g_assert_true (fy_zone_map_undo (map, &error));
  g_assert_no_error (error);
  a = fy_zone_map_lookup_area (map, before->id);
  g_assert_cmpuint (a->n_points, ==, before->n_points);
  g_assert_cmpmem (a->points, a->n_points * sizeof (FyPoint), before->points, before->n_points * sizeof (FyPoint));
  g_assert_true (fy_zone_map_redo (map, &error));
  g_assert_no_error (error);
  a = fy_zone_map_lookup_area (map, before->id);
  g_assert_cmpmem (a->points, a->n_points * sizeof (FyPoint), after->points, after->n_points * sizeof (FyPoint));
}

static void
test_drag_frame_times (void)
{
  FY_TEST_LAST_REF FyZoneMap *map = fy_test_zone_site_map (FALSE);
  GtkWidget *win = gtk_window_new ();
  GtkWidget *canvas = fy_zone_canvas_new ();
  FyZoneCanvas *zc = FY_ZONE_CANVAS (canvas);
  GtkEventController *gesture = fy_zone_canvas_get_controller (zc, "drag");
  cairo_surface_t *target;
  g_autoptr(FyZoneArea) before = NULL;
  const FyZoneArea *a;
  FyPoint c, by;
  guint renders;

  gtk_window_set_default_size (GTK_WINDOW (win), 1600, 900);
  gtk_window_set_child (GTK_WINDOW (win), canvas);
  gtk_window_present (GTK_WINDOW (win));
  fy_zone_canvas_set_map (zc, map);
  fy_gui_test_iterate ();
  g_assert_cmpint (gtk_widget_get_width (canvas), >=, 1000);
  target = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, gtk_widget_get_width (canvas),
                                       gtk_widget_get_height (canvas));

  /* A zoom re-renders the static layer on the next frame; a second frame
   * at the same view reuses it. */
  fy_zone_canvas_zoom_by (zc, 1.0001);
  renders = fy_zone_canvas_get_render_count (zc);
  draw_frame (canvas, target);
  g_assert_cmpuint (fy_zone_canvas_get_render_count (zc), ==, renders + 1);
  g_assert_cmpint (fy_zone_canvas_get_last_render_us (zc), >, 0);
  draw_frame (canvas, target);
  g_assert_cmpuint (fy_zone_canvas_get_render_count (zc), ==, renders + 1);

  /* Press on an area that is not selected and drag it at once. */
  a = fy_zone_map_get_area (map, 250);
  before = fy_zone_area_copy (a);
  c = fy_zone_canvas_map_to_widget (zc, fy_polygon_label_point (a->points, a->n_points));
  by = drag_frames (canvas, gesture, c, target, before, "Move area");
  assert_moved (before, fy_zone_map_lookup_area (map, before->id), by);
  assert_one_step (map, before);
  g_clear_pointer (&before, fy_zone_area_free);

  /* Select first, as a person does. */
  a = fy_zone_map_get_area (map, 300);
  before = fy_zone_area_copy (a);
  fy_zone_canvas_select (zc, a->id, 0, FALSE);
  draw_frame (canvas, target);
  fy_gui_test_iterate ();
  c = fy_zone_canvas_map_to_widget (zc, fy_polygon_label_point (a->points, a->n_points));
  by = drag_frames (canvas, gesture, c, target, before, "Move area");
  assert_moved (before, fy_zone_map_lookup_area (map, before->id), by);
  assert_one_step (map, before);
  g_assert_cmpint (fy_zone_canvas_get_selected_area (zc), ==, before->id);
  g_clear_pointer (&before, fy_zone_area_free);

  /* Move a corner of another one (vertex tool, area selected first): only
   * that corner moves. */
  a = fy_zone_map_get_area (map, 120);
  before = fy_zone_area_copy (a);
  fy_zone_canvas_set_tool (zc, FY_ZONE_TOOL_VERTEX);
  fy_zone_canvas_select (zc, a->id, 0, FALSE);
  draw_frame (canvas, target);
  fy_gui_test_iterate ();
  c = fy_zone_canvas_map_to_widget (zc, a->points[0]);
  by = drag_frames (canvas, gesture, c, target, before, "Move corner");
  a = fy_zone_map_lookup_area (map, before->id);
  g_assert_cmpuint (a->n_points, ==, before->n_points);
  g_assert_cmpfloat (fabs (a->points[0].x - before->points[0].x - by.x), <, 3);
  g_assert_cmpfloat (fabs (a->points[0].y - before->points[0].y - by.y), <, 3);
  g_assert_cmpfloat (a->points[0].x - before->points[0].x, >, 1);
  for (guint i = 1; i < a->n_points; i++)
    {
      g_assert_cmpfloat (a->points[i].x, ==, before->points[i].x);
      g_assert_cmpfloat (a->points[i].y, ==, before->points[i].y);
    }
  assert_one_step (map, before);

  cairo_surface_destroy (target);
  fy_gui_test_destroy (win);
  /* The canvas kept the map while it showed it; now the test's is the last
   * reference. */
  g_assert_finalize_object (g_steal_pointer (&map));
}

static void
on_leader_picked_cb (FyZoneStaffPicker *picker, gint64 staff_id, gint64 *picked)
{
  *picked = staff_id;
}

/* The leader popover: the roster when it opens, a pick closes it, and
 * "No Leader" picks nobody. */
static void
test_leader_popover (void)
{
  g_autoptr(FyStore) store = fy_test_open_store ();
  g_autoptr(FyStaff) a = fy_test_staff_new ("L001", "周敏");
  g_autoptr(FyStaff) b = fy_test_staff_new ("L002", "吴刚");
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkMenuButton *button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  GtkWidget *popover;
  FyZoneStaffPicker *picker;
  GListModel *rows;
  gint64 picked = -1;

  fy_test_save_staff (store, a);
  fy_test_save_staff (store, b);
  popover = fy_zone_staff_picker_new (store);
  picker = FY_ZONE_STAFF_PICKER (popover);
  rows = fy_zone_staff_picker_get_model (picker);
  g_signal_connect (popover, "picked", G_CALLBACK (on_leader_picked_cb), &picked);
  gtk_menu_button_set_popover (button, popover);
  gtk_window_set_child (window, GTK_WIDGET (button));
  gtk_window_present (window);
  fy_gui_test_iterate ();

  gtk_menu_button_popup (button);
  fy_gui_test_iterate ();
  g_assert_true (gtk_widget_get_visible (popover));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
  gtk_editable_set_text (fy_zone_staff_picker_get_search (picker), "吴");
  g_signal_emit_by_name (fy_zone_staff_picker_get_search (picker), "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  fy_zone_staff_picker_activate (picker, 0);
  fy_gui_test_iterate ();
  g_assert_cmpint (picked, ==, b->id);
  g_assert_false (gtk_widget_get_visible (popover));

  /* Opened again: the search is empty, and the button picks nobody. */
  gtk_menu_button_popup (button);
  fy_gui_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (fy_zone_staff_picker_get_search (picker)), ==, "");
  fy_gui_test_click (fy_gui_test_find_button (popover, "_No Leader"));
  g_assert_cmpint (picked, ==, 0);
  g_assert_false (gtk_widget_get_visible (popover));
  fy_gui_test_destroy (window);
}

int
main (int argc, char **argv)
{
  if (!fy_gui_test_init (&argc, &argv, "2026-11-22"))
    return 0;
  g_test_add ("/gui/zones/draw-edit-undo", Fixture, NULL, fixture_setup, test_draw_edit_undo, fixture_teardown);
  g_test_add ("/gui/zones/vertex-and-symbol", Fixture, NULL, fixture_setup, test_vertex_and_symbol,
              fixture_teardown);
  g_test_add ("/gui/zones/floor-plan-and-scale", Fixture, NULL, fixture_setup, test_floor_plan_and_scale,
              fixture_teardown);
  g_test_add ("/gui/zones/bad-polygon-refused", Fixture, NULL, fixture_setup, test_bad_polygon_refused,
              fixture_teardown);
  g_test_add ("/gui/zones/assign-department", Fixture, NULL, fixture_setup, test_assign_department,
              fixture_teardown);
  g_test_add ("/gui/zones/export-and-print", Fixture, NULL, fixture_setup, test_export_and_print, fixture_teardown);
  g_test_add ("/gui/zones/keyboard", Fixture, NULL, fixture_setup, test_keyboard, fixture_teardown);
  g_test_add ("/gui/zones/keyboard-placement", Fixture, NULL, fixture_setup, test_keyboard_placement,
              fixture_teardown);
  g_test_add_func ("/gui/zones/drag-frame-times", test_drag_frame_times);
  g_test_add_func ("/gui/zones/leader-popover", test_leader_popover);
  return g_test_run ();
}

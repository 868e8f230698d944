/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Disinfection page under Xvfb, in the real window on a real store:
 * yesterday's round repeated for the areas done yesterday (one action, one
 * row each, the dialog gone), and one entry made by keyboard: the dialog
 * opens with focus on the area, a contact time of zero is refused with the
 * dialog kept open and nothing written, Enter in the note saves once with
 * the dilution figures of the helper; the lists and the "now" section
 * follow; an entry that takes one bottle of 84 from stock, and the Supplies
 * page showing one less; yesterday's round repeated saying it takes the
 * same stock again. China's time zone. */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fy-disinfection-due-private.h"
#include "fy-disinfection-page.h"
#include "fy-disinfection.h"
#include "fy-gui-test-support.h"
#include "fy-supplies.h"
#include "fy-zone-canvas-private.h"
#include "fy-zones-page.h"
#include "fy-zone-map.h"

#define TODAY     "2026-11-22"
#define YESTERDAY "2026-11-21"

typedef struct
{
  FyStore            *store;
  FyWindow           *win;
  FyDisinfectionPage *page;
  gint64              dock, canteen;
} Fixture;

static void
add_entry (Fixture *f, gint64 area, const char *day, int hour)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDisinfectionEntry) e = fy_disinfection_entry_new ();
  FyDisinfectionEntry *one = e;

  e->area_id = area;
  e->at = fy_test_at (day, hour, 0);
  fy_test_set_text (&e->objects, "floor");
  fy_test_set_text (&e->executor, "王师傅");
  g_assert_true (fy_disinfection_add_entries (f->store, &one, 1, e->at, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyZoneMap) map = NULL;
  g_autoptr(FyDisinfectionSchedule) s = fy_disinfection_schedule_new ();

  f->store = fy_test_open_store ();
  /* Not an empty company: the window opens on its pages. */
  fy_test_add_staff (f->store, "A01", "王师傅", NULL);
  map = fy_zone_map_create (f->store, "厂区", 100, 60, &error);
  f->dock = fy_test_add_rect (map, "装卸区", FY_ZONE_LEVEL_GREEN, 0, 0, 20, 40);
  f->canteen = fy_test_add_rect (map, "食堂", FY_ZONE_LEVEL_GREEN, 30, 0, 50, 40);
  fy_test_add_rect (map, "仓库", FY_ZONE_LEVEL_GREEN, 60, 0, 80, 40);
  s->area_id = f->dock;
  fy_test_set_text (&s->start_day, "2026-11-01");
  g_assert_true (fy_disinfection_save_schedule (f->store, s, &error));
  if (data == NULL)   /* else: a log still empty */
    {
      add_entry (f, f->dock, YESTERDAY, 8);
      add_entry (f, f->canteen, YESTERDAY, 9);
      add_entry (f, f->canteen, YESTERDAY, 15);
    }

  f->win = fy_gui_test_make_window (f->store);
  fy_window_show_page (f->win, "disinfection");
  fy_gui_test_iterate ();
  f->page = FY_DISINFECTION_PAGE (fy_gui_test_find_child_of_type (GTK_WIDGET (f->win), FY_TYPE_DISINFECTION_PAGE));
  g_assert_nonnull (f->page);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  fy_gui_test_destroy_all_windows ();
  g_assert_finalize_object (g_steal_pointer (&f->store));
}

static GtkWindow *
find_window (const char *name)
{
  GListModel *tops = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (tops); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (tops, i);

      if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (w)), name) == 0)
        return w;
    }
  return NULL;
}

static gint64
count_today (Fixture *f)
{
  g_autoptr(GPtrArray) list = fy_disinfection_list_entries (f->store, TODAY, TODAY, 0, NULL);

  return list->len;
}

static guint
list_rows (Fixture *f, const char *name)
{
  GtkWidget *list = fy_gui_test_find_named (GTK_WIDGET (f->page), name);
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (list); c; c = gtk_widget_get_next_sibling (c))
    n++;
  return n;
}

static void
test_repeat_yesterday (Fixture *f, gconstpointer data)
{
  GtkWindow *dialog;
  GtkWidget *dock, *canteen, *focus;
  FyDisinfectionDue *due;

  /* The ledger's area choice: all, then each area. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (
                      GTK_DROP_DOWN (fy_gui_test_find_named (GTK_WIDGET (f->page), "ledger-area")))), ==, 4);
  due = FY_DISINFECTION_DUE (fy_gui_test_find_child_of_type (GTK_WIDGET (f->page), FY_TYPE_DISINFECTION_DUE));
  g_assert_cmpuint (fy_disinfection_due_get_n_lines (due), ==, 1);   /* 装卸区 due today */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "disinfection.repeat", NULL));
  fy_gui_test_iterate ();
  dialog = find_window ("disinfection-repeat-dialog");
  g_assert_nonnull (dialog);
  /* One check per area done yesterday, all checked; focus on the first. */
  dock = fy_gui_test_find_named (GTK_WIDGET (dialog), "装卸区");
  canteen = fy_gui_test_find_named (GTK_WIDGET (dialog), "食堂");
  g_assert_nonnull (dock);
  g_assert_nonnull (canteen);
  g_assert_null (fy_gui_test_find_named (GTK_WIDGET (dialog), "仓库"));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (dock)));
  /* It repeats one round per area and says so: the canteen had two. */
  g_assert_nonnull (strstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (canteen)), "the last of 2 rounds"));
  g_assert_null (strstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (dock)), "rounds"));
  focus = gtk_root_get_focus (GTK_ROOT (dialog));
  g_assert_true (focus == canteen || focus == dock);

  fy_gui_test_press (GTK_BUTTON (fy_gui_test_find_button (GTK_WIDGET (dialog), _("_Repeat"))));
  g_assert_false (fy_gui_test_is_toplevel (dialog));
  g_assert_cmpint (count_today (f), ==, 2);
  fy_gui_test_iterate ();
  /* The page followed: two entries today on top of three yesterday, and
   * nothing is due any more. */
  g_assert_cmpuint (list_rows (f, "entry-list"), ==, 5);
  g_assert_cmpuint (fy_disinfection_due_get_n_lines (due), ==, 0);
}

/* What Enter in a single-line field does: its GtkText emits "activate"
 * (the key binding's signal; GTK cannot synthesize the key event). */
static void
press_enter (GtkWidget *entry)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (entry));

  g_assert_true (GTK_IS_TEXT (text));
  g_signal_emit_by_name (text, "activate");
}

static void
test_entry_by_keyboard (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) today = NULL;
  GtkWindow *dialog;
  GtkWidget *place, *executor, *contact, *note, *error;
  const FyDisinfectionEntry *e;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "disinfection.new-entry", NULL));
  fy_gui_test_iterate ();
  dialog = find_window ("disinfection-entry-dialog");
  g_assert_nonnull (dialog);
  place = fy_gui_test_find_named (GTK_WIDGET (dialog), "place");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)), place)
                 || gtk_root_get_focus (GTK_ROOT (dialog)) == place);
  /* Places by name: 仓库, 装卸区, 食堂 — choose the loading yard. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (place), 1);
  executor = fy_gui_test_find_named (GTK_WIDGET (dialog), "executor");
  contact = fy_gui_test_find_named (GTK_WIDGET (dialog), "contact");
  note = fy_gui_test_find_named (GTK_WIDGET (dialog), "note");
  error = fy_gui_test_find_named (GTK_WIDGET (dialog), "error");
  /* The people of the last entry are proposed. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (executor)), ==, "王师傅");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (contact)), ==, 30);

  /* A contact time of zero: refused, the dialog stays, nothing written. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (contact), 0);
  gtk_editable_set_text (GTK_EDITABLE (note), "午间");
  press_enter (note);
  fy_gui_test_iterate ();
  g_assert_true (fy_gui_test_is_toplevel (dialog));
  g_assert_true (gtk_widget_get_visible (error));
  g_assert_cmpint (count_today (f), ==, 0);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (contact), 30);
  press_enter (note);
  fy_gui_test_iterate ();
  g_assert_false (fy_gui_test_is_toplevel (dialog));
  g_assert_cmpint (count_today (f), ==, 1);

  today = fy_disinfection_list_entries (f->store, TODAY, TODAY, 0, NULL);
  e = today->pdata[0];
  g_assert_cmpint (e->area_id, ==, f->dock);
  g_assert_cmpstr (e->note, ==, "午间");
  g_assert_cmpstr (e->objects, ==, "floor,door_handles");
  /* 84 at 500 mg/L, 10 L: 100 mL + 9.9 L, kept with the entry. */
  g_assert_cmpint (e->product, ==, FY_DISINFECTANT_CHLORINE84);
  g_assert_cmpint (e->concentration, ==, 500);
  g_assert_cmpfloat (e->concentrate, ==, 100);
  g_assert_cmpint (e->water_ml, ==, 9900);
  g_assert_cmpint (e->volume_ml, ==, 10000);
}

/* The usable stock the Supplies page shows for the item coded `code`. */
static const char *
supplies_usable (Fixture *f, const char *code)
{
  GtkGrid *grid;

  fy_window_show_page (f->win, "supplies");
  fy_gui_test_iterate ();
  grid = GTK_GRID (fy_gui_test_find_named (GTK_WIDGET (f->win), "supplies-stock"));
  g_assert_nonnull (grid);
  for (int row = 1; gtk_grid_get_child_at (grid, 0, row) != NULL; row++)
    if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (grid, 0, row))), code) == 0)
      return gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (grid, 2, row)));
  g_assert_not_reached ();
}

static void
test_entry_takes_stock (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FySupplyItem) item = fy_supply_item_new ();
  g_autoptr(GPtrArray) today = NULL;
  FySupplyReceiptInput in = { .day = YESTERDAY, .quantity = 3, .batch_no = "B1", .expires = "2027-06-01",
                              .unit_price_fen = -1 };
  GtkWindow *dialog;
  GtkWidget *stock, *quantity, *note;
  const FyDisinfectionEntry *e;

  fy_test_set_text (&item->code, "XD84");
  fy_test_set_text (&item->name, "84消毒液");
  fy_test_set_text (&item->unit, "瓶");
  item->category = FY_SUPPLY_DISINFECTION;
  in.item_id = fy_supplies_save_item (f->store, item, &error);
  g_assert_cmpint (fy_supplies_receive (f->store, &in, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpstr (supplies_usable (f, "XD84"), ==, "3");

  fy_window_show_page (f->win, "disinfection");
  fy_gui_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "disinfection.new-entry", NULL));
  fy_gui_test_iterate ();
  dialog = find_window ("disinfection-entry-dialog");
  g_assert_nonnull (dialog);
  stock = fy_gui_test_find_named (GTK_WIDGET (dialog), "stock-item");
  quantity = fy_gui_test_find_named (GTK_WIDGET (dialog), "stock-quantity");
  note = fy_gui_test_find_named (GTK_WIDGET (dialog), "note");
  /* Nothing taken before: nothing proposed; the 84 with what is on hand. */
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (stock)), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (quantity));
  {
    g_autoptr(GtkStringObject) title = g_list_model_get_item (gtk_drop_down_get_model (GTK_DROP_DOWN (stock)), 1);

    g_assert_cmpstr (gtk_string_object_get_string (title), ==, "84消毒液 · 3 瓶 on hand");
  }
  gtk_drop_down_set_selected (GTK_DROP_DOWN (stock), 1);
  g_assert_true (gtk_widget_get_sensitive (quantity));
  gtk_editable_set_text (GTK_EDITABLE (quantity), "1");
  press_enter (note);
  fy_gui_test_iterate ();
  g_assert_false (fy_gui_test_is_toplevel (dialog));

  today = fy_disinfection_list_entries (f->store, TODAY, TODAY, 0, NULL);
  g_assert_cmpuint (today->len, ==, 1);
  e = today->pdata[0];
  g_assert_cmpint (e->supply_item_id, ==, in.item_id);
  g_assert_cmpint (e->supply_qty, ==, 1);
  g_assert_cmpint (e->supply_doc_id, >, 0);
  g_assert_cmpint (fy_supplies_on_hand (f->store, in.item_id, NULL), ==, 2);
  /* The page's line of the entry says what it took. */
  {
    GtkWidget *row = gtk_widget_get_first_child (fy_gui_test_find_named (GTK_WIDGET (f->page), "entry-list"));

    g_assert_true (ADW_IS_ACTION_ROW (row));
    g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "from stock 1 瓶 84消毒液"));
  }
  /* The Supplies page followed. */
  g_assert_cmpstr (supplies_usable (f, "XD84"), ==, "2");

  /* The next entry proposes the same take. */
  fy_window_show_page (f->win, "disinfection");
  fy_gui_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "disinfection.new-entry", NULL));
  fy_gui_test_iterate ();
  dialog = find_window ("disinfection-entry-dialog");
  stock = fy_gui_test_find_named (GTK_WIDGET (dialog), "stock-item");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (stock)), ==, 1);
}

/* Repeating a round that took stock says so on its check, and takes it. */
static void
test_repeat_says_stock (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FySupplyItem) item = fy_supply_item_new ();
  g_autoptr(FyDisinfectionEntry) e = fy_disinfection_entry_new ();
  FySupplyReceiptInput in = { .day = YESTERDAY, .quantity = 3, .unit_price_fen = -1 };
  FyDisinfectionEntry *one = e;
  GtkWindow *dialog;
  GtkWidget *dock;

  fy_test_set_text (&item->code, "XD84");
  fy_test_set_text (&item->name, "84消毒液");
  fy_test_set_text (&item->unit, "瓶");
  item->category = FY_SUPPLY_DISINFECTION;
  in.item_id = fy_supplies_save_item (f->store, item, &error);
  g_assert_cmpint (fy_supplies_receive (f->store, &in, &error), >, 0);
  e->area_id = f->dock;
  e->at = fy_test_at (YESTERDAY, 11, 0);
  fy_test_set_text (&e->executor, "王师傅");
  e->supply_item_id = in.item_id;
  e->supply_qty = 1;
  fy_test_set_text (&e->objects, "floor");
  g_assert_true (fy_disinfection_add_entries (f->store, &one, 1, e->at, &error));
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "disinfection.repeat", NULL));
  fy_gui_test_iterate ();
  dialog = find_window ("disinfection-repeat-dialog");
  dock = fy_gui_test_find_named (GTK_WIDGET (dialog), "装卸区");
  g_assert_true (g_str_has_suffix (gtk_check_button_get_label (GTK_CHECK_BUTTON (dock)),
                                   "takes 1 瓶 84消毒液 from stock again"));
  fy_gui_test_press (GTK_BUTTON (fy_gui_test_find_button (GTK_WIDGET (dialog), _("_Repeat"))));
  g_assert_false (fy_gui_test_is_toplevel (dialog));
  g_assert_cmpint (fy_supplies_on_hand (f->store, in.item_id, NULL), ==, 1);
}

static void
test_escape_cancels (Fixture *f, gconstpointer data)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "disinfection.new-schedule", NULL));
  fy_gui_test_iterate ();
  dialog = find_window ("disinfection-schedule-dialog");
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  fy_gui_test_iterate ();
  g_assert_false (fy_gui_test_is_toplevel (dialog));
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM disinfection_schedule"), ==, 1);
}

/* With no round yet, the entry proposes the operator at the desk as the
 * one who did it (issue 10 item 2), and the audit row names the operator. */
static void
test_executor_is_operator (Fixture *f, gconstpointer data)
{
  GtkWindow *dialog;
  GtkWidget *executor;

  fy_store_set_actor (f->store, "值班员小李");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "disinfection.new-entry", NULL));
  fy_gui_test_iterate ();
  dialog = find_window ("disinfection-entry-dialog");
  g_assert_nonnull (dialog);
  executor = fy_gui_test_find_named (GTK_WIDGET (dialog), "executor");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (executor)), ==, "值班员小李");
  fy_gui_test_press (GTK_BUTTON (fy_gui_test_find_button (GTK_WIDGET (dialog), _("_Save"))));
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM disinfection_entry"
                                                " WHERE executor = '值班员小李'"), ==, 1);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM audit WHERE entity = 'disinfection_entry'"
                                                " AND action = 'insert' AND actor = '值班员小李'"), ==, 1);
}

static gboolean
is_delete_button (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_BUTTON (widget) && g_object_get_data (G_OBJECT (widget), "fy-schedule-id") != NULL;
}

/* Deleting a schedule asks first; Cancel keeps it, Delete removes it. */
static void
test_delete_schedule_asks (Fixture *f, gconstpointer data)
{
  GtkWidget *list = fy_gui_test_find_named (GTK_WIDGET (f->page), "schedule-list");
  GtkWidget *button = fy_gui_test_find_widget (list, is_delete_button, NULL);
  AdwMessageDialog *dialog;

  g_assert_nonnull (button);
  fy_gui_test_click (button);
  dialog = fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM disinfection_schedule"), ==, 1);

  button = fy_gui_test_find_widget (list, is_delete_button, NULL);
  fy_gui_test_click (button);
  dialog = fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (dialog, "delete");
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM disinfection_schedule"), ==, 0);
  /* The entries stay. */
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM disinfection_entry"), ==, 3);
}

/* The Zones page: the layer toggle colours the areas with a schedule, and
 * an area selected on the map opens the entry dialog with it chosen. */
static void
test_zones_layer (Fixture *f, gconstpointer data)
{
  GtkWidget *zones, *toggle;
  FyZoneCanvas *canvas;

  fy_window_show_page (f->win, "zones");
  fy_gui_test_iterate ();
  zones = fy_gui_test_find_child_of_type (GTK_WIDGET (f->win), FY_TYPE_ZONES_PAGE);
  toggle = fy_gui_test_find_named (zones, "disinfection-layer");
  canvas = FY_ZONE_CANVAS (fy_gui_test_find_child_of_type (zones, FY_TYPE_ZONE_CANVAS));
  g_assert_nonnull (toggle);
  g_assert_null (canvas->area_tints);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  fy_gui_test_iterate ();
  g_assert_nonnull (canvas->area_tints);
  g_assert_true (g_hash_table_contains (canvas->area_tints, &f->dock));
  g_assert_cmpuint (g_hash_table_size (canvas->area_tints), ==, 1);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), FALSE);
  fy_gui_test_iterate ();
  g_assert_null (canvas->area_tints);

  /* An area picked on the map: the entry dialog opens with it chosen. */
  fy_zone_canvas_select (canvas, f->canteen, 0, FALSE);
  fy_gui_test_click (fy_gui_test_find_named (zones, "record-disinfection"));
  {
    GtkWindow *dialog = find_window ("disinfection-entry-dialog");
    GtkWidget *place;

    g_assert_nonnull (dialog);
    place = fy_gui_test_find_named (GTK_WIDGET (dialog), "place");
    /* Places by name: 仓库, 装卸区, 食堂. */
    g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (place)), ==, 2);
  }
}

int
main (int argc, char **argv)
{
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  if (!fy_gui_test_init (&argc, &argv, TODAY))
    return 0;
  g_test_add ("/gui/disinfection/repeat-yesterday", Fixture, NULL, fixture_setup, test_repeat_yesterday,
              fixture_teardown);
  g_test_add ("/gui/disinfection/entry-by-keyboard", Fixture, NULL, fixture_setup, test_entry_by_keyboard,
              fixture_teardown);
  g_test_add ("/gui/disinfection/entry-takes-stock", Fixture, NULL, fixture_setup, test_entry_takes_stock,
              fixture_teardown);
  g_test_add ("/gui/disinfection/repeat-says-stock", Fixture, NULL, fixture_setup, test_repeat_says_stock,
              fixture_teardown);
  g_test_add ("/gui/disinfection/escape-cancels", Fixture, NULL, fixture_setup, test_escape_cancels,
              fixture_teardown);
  g_test_add ("/gui/disinfection/delete-schedule-asks", Fixture, NULL, fixture_setup, test_delete_schedule_asks,
              fixture_teardown);
  g_test_add ("/gui/disinfection/zones-layer", Fixture, NULL, fixture_setup, test_zones_layer, fixture_teardown);
  g_test_add ("/gui/disinfection/executor-is-operator", Fixture, "empty", fixture_setup, test_executor_is_operator,
              fixture_teardown);
  return g_test_run ();
}

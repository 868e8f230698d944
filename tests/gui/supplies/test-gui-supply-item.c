/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The item's window and its forms under Xvfb, by keyboard only: batches
 * coloured by expiry and the movements listed; a return and a scrap typed
 * (a scrap without its approval note refused, nothing written); a
 * stock-take with a difference needing its reason; a movement reversed by
 * Enter on its line; the item edited; Esc closes a form. */
#include "config.h"

#include <adwaita.h>

#include "fy-gui-test-support.h"
#include "fy-supplies.h"
#include "fy-supply-batch-dialog.h"
#include "fy-supply-item-dialog.h"
#include "fy-supply-item-window.h"

#define TODAY "2026-11-22"

typedef struct
{
  FyStore  *store;
  FyWindow *win;
  gint64    item;
  gint64    expired_batch;   /* expired 2026-11-01, 5 on hand */
  gint64    soon_batch;      /* expires 2026-12-10, 40 on hand after the issue */
} Fixture;

static gint64
batch_of (FyStore *store, const char *batch_no)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM supply_batch WHERE batch_no = '%s'", batch_no);

  return fy_test_query_int (store, sql);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FySupplyItem) item = fy_supply_item_new ();
  FySupplyReceiptInput in = { .day = "2026-10-01", .quantity = 5, .batch_no = "OLD-1", .expires = "2026-11-01",
                              .unit_price_fen = -1 };
  FySupplyIssueInput out = { .day = "2026-11-20", .quantity = 10, .recipient = "装配部" };

  f->store = fy_test_open_store ();
  fy_test_set_text (&item->code, "KZ-001");
  fy_test_set_text (&item->name, "医用外科口罩");
  fy_test_set_text (&item->unit, "只");
  f->item = fy_supplies_save_item (f->store, item, &error);
  g_assert_no_error (error);
  in.item_id = out.item_id = f->item;
  g_assert_cmpint (fy_supplies_receive (f->store, &in, &error), >, 0);
  in.day = "2026-11-10";
  in.quantity = 50;
  in.batch_no = "SOON-2";
  in.expires = "2026-12-10";
  g_assert_cmpint (fy_supplies_receive (f->store, &in, &error), >, 0);
  g_assert_cmpint (fy_supplies_issue (f->store, &out, &error), >, 0);
  g_assert_no_error (error);
  f->expired_batch = batch_of (f->store, "OLD-1");
  f->soon_batch = batch_of (f->store, "SOON-2");
  f->win = fy_gui_test_make_window (f->store);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  fy_gui_test_destroy_all_windows ();
  fy_test_finalize_last_ref (&f->store);
}

static GtkWidget *
named (gpointer root, const char *name)
{
  GtkWidget *w = fy_gui_test_find_named (GTK_WIDGET (root), name);

  g_assert_nonnull (w);
  return w;
}

static gboolean
focus_in (GtkWindow *window, GtkWidget *widget)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  return focus == widget || (focus && gtk_widget_is_ancestor (focus, widget));
}

static void
type_text (GtkWindow *window, const char *text)
{
  GtkWidget *focus = gtk_window_get_focus (window);
  GtkWidget *editable = GTK_IS_EDITABLE (focus) && !GTK_IS_TEXT (focus) ? focus : gtk_widget_get_parent (focus);

  g_assert_true (GTK_IS_EDITABLE (editable));
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  fy_gui_test_iterate ();
}

static void
press_tab (GtkWindow *window)
{
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  fy_gui_test_iterate ();
}

/* Enter in the focused field (what the Return binding of GtkText emits). */
static void
press_enter (GtkWindow *window)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  g_assert_true (GTK_IS_TEXT (focus));
  g_signal_emit_by_name (focus, "activate");
  fy_gui_test_iterate ();
}

static FySupplyBatchDialog *
open_form (Fixture *f, FySupplyBatchAction action)
{
  FySupplyBatchDialog *dialog = fy_supply_batch_dialog_new (GTK_WINDOW (f->win), f->store, f->item, action, NULL);

  gtk_window_present (GTK_WINDOW (dialog));
  fy_gui_test_iterate ();
  return dialog;
}

static void
test_window (Fixture *f, gconstpointer data)
{
  FySupplyItemWindow *window = fy_supply_item_window_new (GTK_WINDOW (f->win), f->store, f->item);
  GtkGrid *batches;
  GtkListBox *moves;
  int n = 0;

  gtk_window_present (GTK_WINDOW (window));
  fy_gui_test_iterate ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "医用外科口罩");
  g_assert_true (focus_in (GTK_WINDOW (window), named (window, "item-edit")));
  /* First-expiry-first-out order: the expired batch red, the one expiring
   * within 30 days amber. */
  batches = GTK_GRID (named (window, "item-batches"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (batches, 0, 1))), ==, "OLD-1");
  g_assert_true (gtk_widget_has_css_class (gtk_grid_get_child_at (batches, 2, 1), "error"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (batches, 4, 2))), ==, "40");
  g_assert_true (gtk_widget_has_css_class (gtk_grid_get_child_at (batches, 2, 2), "warning"));
  /* Three movements, the issue first; all can be reversed. */
  moves = GTK_LIST_BOX (named (window, "item-movements"));
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (moves)); c; c = gtk_widget_get_next_sibling (c))
    {
      g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (c)));
      n++;
    }
  g_assert_cmpint (n, ==, 3);
  fy_gui_test_destroy (window);
}

static void
test_return_and_scrap (Fixture *f, gconstpointer data)
{
  FySupplyBatchDialog *dialog = open_form (f, FY_SUPPLY_BATCH_RETURN);
  GtkWindow *w = GTK_WINDOW (dialog);
  GtkWidget *error_label;

  /* Return: the batch of the last issue preselected, the focus in the
   * quantity. */
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (named (dialog, "batch-batch"))), ==, 1);
  g_assert_true (focus_in (w, named (dialog, "batch-quantity")));
  type_text (w, "3");
  press_tab (w);
  g_assert_true (focus_in (w, named (dialog, "batch-person")));
  type_text (w, "李四");
  g_object_ref (dialog);
  press_enter (w);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_unref (dialog);
  g_assert_cmpint (fy_supplies_on_hand (f->store, f->item, NULL), ==, 48);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM supply_doc WHERE kind = 'return'"), ==, 1);

  /* Scrap of the expired batch: without the approval note refused. */
  dialog = open_form (f, FY_SUPPLY_BATCH_SCRAP);
  w = GTK_WINDOW (dialog);
  error_label = named (dialog, "batch-error");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (named (dialog, "batch-batch"))), ==, 0);
  g_assert_true (focus_in (w, named (dialog, "batch-quantity")));
  type_text (w, "5");
  press_enter (w);
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM supply_doc WHERE kind = 'scrap'"), ==, 0);
  gtk_widget_grab_focus (named (dialog, "batch-reason"));
  type_text (w, "过期 经理批准");
  g_object_ref (dialog);
  press_enter (w);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_unref (dialog);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT on_hand FROM supply_batch WHERE batch_no = 'OLD-1'"), ==, 0);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM supply_doc WHERE kind = 'scrap'"
                                                " AND reason = '过期 经理批准'"), ==, 1);
}

static void
test_stocktake (Fixture *f, gconstpointer data)
{
  FySupplyBatchDialog *dialog = open_form (f, FY_SUPPLY_BATCH_STOCKTAKE);
  GtkWindow *w = GTK_WINDOW (dialog);

  /* The counts start at the book stock; the first is focused. */
  g_assert_true (focus_in (w, named (dialog, "batch-count-0")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (named (dialog, "batch-count-1"))), ==, "40");
  press_tab (w);
  type_text (w, "38");
  press_enter (w);
  /* A difference without a reason: refused, nothing written. */
  g_assert_true (gtk_widget_get_visible (named (dialog, "batch-error")));
  g_assert_true (focus_in (w, named (dialog, "batch-reason")));
  g_assert_cmpint (fy_supplies_on_hand (f->store, f->item, NULL), ==, 45);
  type_text (w, "破损 2 只");
  g_object_ref (dialog);
  press_enter (w);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_unref (dialog);
  g_assert_cmpint (fy_supplies_on_hand (f->store, f->item, NULL), ==, 43);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM supply_doc WHERE kind = 'adjust'"), ==, 1);
}

static void
test_reverse_from_list (Fixture *f, gconstpointer data)
{
  FySupplyItemWindow *window = fy_supply_item_window_new (GTK_WINDOW (f->win), f->store, f->item);
  GtkListBox *moves;
  GtkWidget *first;
  FySupplyBatchDialog *dialog;
  GtkWindow *w;

  gtk_window_present (GTK_WINDOW (window));
  fy_gui_test_iterate ();
  moves = GTK_LIST_BOX (named (window, "item-movements"));
  first = gtk_widget_get_first_child (GTK_WIDGET (moves));
  /* Enter on the focused line. */
  gtk_widget_grab_focus (first);
  g_assert_true (gtk_widget_activate (first));
  fy_gui_test_iterate ();
  dialog = fy_gui_test_find_toplevel (FY_TYPE_SUPPLY_BATCH_DIALOG);
  g_assert_nonnull (dialog);
  w = GTK_WINDOW (dialog);
  g_assert_true (focus_in (w, named (dialog, "batch-reason")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (dialog, "batch-movement"))), ==,
                   "2026-11-20 Stock issue, batch SOON-2: -10");
  type_text (w, "领错了");
  press_enter (w);
  g_assert_false (fy_gui_test_is_toplevel (dialog));
  g_assert_cmpint (fy_supplies_on_hand (f->store, f->item, NULL), ==, 55);
  /* The list shows the reversal on top; neither it nor the issue is
   * offered for reversal again. */
  first = gtk_widget_get_first_child (GTK_WIDGET (moves));
  g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (first)));
  g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (gtk_widget_get_next_sibling (first))));
  fy_gui_test_destroy (window);
}

static void
test_edit_and_escape (Fixture *f, gconstpointer data)
{
  g_autoptr(FySupplyItem) item = fy_supplies_get_item (f->store, f->item, NULL);
  FySupplyItemDialog *dialog = fy_supply_item_dialog_new_edit (GTK_WINDOW (f->win), f->store, item);
  FySupplyBatchDialog *form;
  GtkWindow *w = GTK_WINDOW (dialog);
  g_autoptr(FySupplyItem) saved = NULL;

  gtk_window_present (w);
  fy_gui_test_iterate ();
  g_assert_true (focus_in (w, named (dialog, "item-code")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (named (dialog, "item-unit"))), ==, "只");
  press_tab (w);
  type_text (w, "一次性医用外科口罩");
  g_object_ref (dialog);
  press_enter (w);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_unref (dialog);
  saved = fy_supplies_get_item (f->store, f->item, NULL);
  g_assert_cmpstr (saved->name, ==, "一次性医用外科口罩");
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM supply_item"), ==, 1);

  /* Esc closes a form without writing. */
  form = open_form (f, FY_SUPPLY_BATCH_SCRAP);
  type_text (GTK_WINDOW (form), "1");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "window.close", NULL));
  fy_gui_test_iterate ();
  g_assert_false (fy_gui_test_is_toplevel (form));
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM supply_doc WHERE kind = 'scrap'"), ==, 0);
}

int
main (int argc, char **argv)
{
  if (!fy_gui_test_init (&argc, &argv, TODAY))
    return 0;
  g_test_add ("/gui/supply-item/window", Fixture, NULL, fixture_set_up, test_window, fixture_tear_down);
  g_test_add ("/gui/supply-item/return-and-scrap", Fixture, NULL, fixture_set_up, test_return_and_scrap,
              fixture_tear_down);
  g_test_add ("/gui/supply-item/stocktake", Fixture, NULL, fixture_set_up, test_stocktake, fixture_tear_down);
  g_test_add ("/gui/supply-item/reverse-from-list", Fixture, NULL, fixture_set_up, test_reverse_from_list,
              fixture_tear_down);
  g_test_add ("/gui/supply-item/edit-and-escape", Fixture, NULL, fixture_set_up, test_edit_and_escape,
              fixture_tear_down);
  return g_test_run ();
}

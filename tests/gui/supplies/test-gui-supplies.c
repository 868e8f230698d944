/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Supplies page and its dialog under Xvfb, by keyboard only: a receipt
 * (item code typed, Tab, quantity, Enter) saved and the form ready for the
 * next one; an issue whose first-expiry-first-out split shows before Enter,
 * then reversed with a reason; a new item;
 * an over-issue refused with the message shown and nothing written; the
 * stock view lists the items most urgent first. */
#include "config.h"

#include <adwaita.h>

#include "fy-gui-test-support.h"
#include "fy-supplies-page.h"
#include "fy-preferences.h"
#include "fy-supplies-stock.h"
#include "fy-supplies.h"
#include "fy-supply-item-dialog.h"
#include "fy-supply-move-dialog.h"

#define TODAY "2026-11-22"

static gint64
add_item (FyStore *store, const char *code, const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FySupplyItem) item = fy_supply_item_new ();
  gint64 id;

  fy_test_set_text (&item->code, code);
  fy_test_set_text (&item->name, name);
  fy_test_set_text (&item->unit, "只");
  item->rule = FY_SUPPLY_RULE_FIXED_DAY;
  item->rule_milli = 10000;
  item->min_stock = 50;
  id = fy_supplies_save_item (store, item, &error);
  g_assert_no_error (error);
  return id;
}

static GtkWidget *
named (gpointer root, const char *name)
{
  GtkWidget *w = fy_gui_test_find_named (GTK_WIDGET (root), name);

  g_assert_nonnull (w);
  return w;
}

/* Types into the focused entry, as a keyboard would end up. */
static void
type_text (GtkWindow *window, const char *text)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  g_assert_true (GTK_IS_EDITABLE (focus) || GTK_IS_EDITABLE (gtk_widget_get_parent (focus)));
  gtk_editable_set_text (GTK_EDITABLE (GTK_IS_EDITABLE (focus) ? focus : gtk_widget_get_parent (focus)), text);
  fy_gui_test_iterate ();
}

static void
press_tab (GtkWindow *window)
{
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  fy_gui_test_iterate ();
}

static gboolean
label_set (gpointer label)
{
  return *gtk_label_get_text (GTK_LABEL (label)) != '\0' && gtk_widget_get_visible (GTK_WIDGET (label));
}

/* Enter in the focused entry: the dialog's default action. */
static void
press_enter (GtkWindow *window, GtkWidget *wait_for)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  /* What the Return key binding of the entry's text emits. */
  g_assert_true (GTK_IS_TEXT (focus));
  g_signal_emit_by_name (focus, "activate");
  fy_gui_test_wait_until (label_set, wait_for);
}

static gboolean
focus_in (GtkWindow *window, GtkWidget *entry)
{
  GtkWidget *focus = gtk_window_get_focus (window);
  return focus == entry || (focus && gtk_widget_is_ancestor (focus, entry));
}

static void
test_receipt_and_issue_by_keyboard (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FyWindow *win = fy_gui_test_make_window (store);
  gint64 masks = add_item (store, "KZ-001", "医用外科口罩");
  FySupplyMoveDialog *dialog;
  GtkWindow *w;

  /* Receipt: the focus starts on the item; code, Tab, quantity, Enter. */
  dialog = fy_supply_move_dialog_new (GTK_WINDOW (win), store, FY_SUPPLY_MOVE_RECEIPT);
  w = GTK_WINDOW (dialog);
  gtk_window_present (w);
  fy_gui_test_iterate ();
  g_assert_true (focus_in (w, named (dialog, "supply-item")));
  type_text (w, "kz-001");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (dialog, "supply-item-label"))), ==,
                   "医用外科口罩 — 0 只 on hand");
  press_tab (w);
  g_assert_true (focus_in (w, named (dialog, "supply-quantity")));
  type_text (w, "120");
  press_tab (w);
  type_text (w, "B-01");
  press_tab (w);
  type_text (w, "2027-06-30");
  press_enter (w, named (dialog, "supply-status"));
  g_assert_cmpint (fy_supplies_on_hand (store, masks, NULL), ==, 120);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_batch WHERE batch_no = 'B-01'"
                                             " AND expires = '2027-06-30'"), ==, 1);
  /* Ready for the next one at once. */
  g_assert_true (focus_in (w, named (dialog, "supply-item")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (named (dialog, "supply-quantity"))), ==, "");
  fy_gui_test_destroy (dialog);

  /* Issue: by name this time; the split shows before Enter. */
  dialog = fy_supply_move_dialog_new (GTK_WINDOW (win), store, FY_SUPPLY_MOVE_ISSUE);
  w = GTK_WINDOW (dialog);
  gtk_window_present (w);
  fy_gui_test_iterate ();
  g_assert_true (focus_in (w, named (dialog, "supply-item")));
  type_text (w, "外科口罩");
  press_tab (w);
  type_text (w, "20");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (dialog, "supply-plan"))), ==,
                   "Batch B-01 (expires 2027-06-30): 20 只");
  press_tab (w);
  type_text (w, "装配部");
  press_enter (w, named (dialog, "supply-status"));
  g_assert_cmpint (fy_supplies_on_hand (store, masks, NULL), ==, 100);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_doc WHERE kind = 'issue'"
                                             " AND recipient = '装配部'"), ==, 1);
  g_assert_true (focus_in (w, named (dialog, "supply-item")));

  /* A mistake: the last entry reversed with its reason, by keyboard. */
  g_assert_true (gtk_widget_is_visible (named (dialog, "supply-reverse-reason")));
  gtk_widget_grab_focus (named (dialog, "supply-reverse-reason"));
  type_text (w, "数量录错");
  g_signal_emit_by_name (gtk_window_get_focus (w), "activate");
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_supplies_on_hand (store, masks, NULL), ==, 120);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_doc WHERE kind = 'reversal'"
                                             " AND reason = '数量录错'"), ==, 1);
  g_assert_false (gtk_widget_is_visible (named (dialog, "supply-reverse-reason")));
  fy_gui_test_destroy (dialog);
  fy_gui_test_destroy (win);
}

static void
test_over_issue_refused (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FyWindow *win = fy_gui_test_make_window (store);
  gint64 masks = add_item (store, "KZ-001", "医用外科口罩");
  FySupplyReceiptInput in = { .day = TODAY, .item_id = masks, .quantity = 30, .unit_price_fen = -1 };
  FySupplyMoveDialog *dialog;
  GtkWindow *w;
  GtkWidget *error_label;

  g_assert_cmpint (fy_supplies_receive (store, &in, NULL), >, 0);
  dialog = fy_supply_move_dialog_new (GTK_WINDOW (win), store, FY_SUPPLY_MOVE_ISSUE);
  w = GTK_WINDOW (dialog);
  gtk_window_present (w);
  fy_gui_test_iterate ();
  type_text (w, "KZ-001");
  press_tab (w);
  type_text (w, "31");
  /* The refusal shows already in the preview … */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (dialog, "supply-plan"))), ==,
                   "Only 30 on hand, fewer than the 31 asked for.");
  error_label = named (dialog, "supply-error");
  press_enter (w, error_label);
  /* … and under the form on Enter, with the focus on the quantity. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error_label)), ==, "Only 30 on hand, fewer than the 31 asked for.");
  g_assert_true (focus_in (w, named (dialog, "supply-quantity")));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_doc WHERE kind = 'issue'"), ==, 0);
  g_assert_cmpint (fy_supplies_on_hand (store, masks, NULL), ==, 30);
  /* Text in the number field: refused the same way. */
  type_text (w, "三十");
  press_enter (w, error_label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error_label)), ==,
                   "The quantity must be a whole number of the item’s unit, e.g. 20.");
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_doc WHERE kind = 'issue'"), ==, 0);
  fy_gui_test_destroy (dialog);
  fy_gui_test_destroy (win);
}

/* A new item typed in: a bad amount refused at the field, then saved. */
static void
test_new_item (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FyWindow *win = fy_gui_test_make_window (store);
  FySupplyItemDialog *dialog = fy_supply_item_dialog_new (GTK_WINDOW (win), store);
  GtkWindow *w = GTK_WINDOW (dialog);
  GtkWidget *error_label = named (dialog, "item-error");

  gtk_window_present (w);
  fy_gui_test_iterate ();
  g_assert_true (focus_in (w, named (dialog, "item-code")));
  type_text (w, "xd-84");
  press_tab (w);
  type_text (w, "84消毒液");
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "item-unit")), "瓶");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (named (dialog, "item-rule")), FY_SUPPLY_RULE_AREA_DAY);
  gtk_widget_grab_focus (named (dialog, "item-amount"));
  type_text (w, "半瓶");
  press_enter (w, error_label);
  g_assert_true (focus_in (w, named (dialog, "item-amount")));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_item"), ==, 0);
  type_text (w, "0.5");
  g_object_ref (dialog);
  gtk_widget_grab_focus (named (dialog, "item-amount"));
  g_signal_emit_by_name (gtk_window_get_focus (w), "activate");
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_item WHERE code = 'XD-84'"
                                             " AND rule = 'area_day' AND rule_milli = 500"), ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_unref (dialog);
  fy_gui_test_destroy (win);
}

/* The page lists the stock most urgent first once shown. */
static void
test_page (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 a = add_item (store, "A-1", "充足物资");
  FySupplyReceiptInput in = { .day = TODAY, .item_id = a, .quantity = 500, .unit_price_fen = -1 };
  FyWindow *win;
  GtkWidget *summary;

  add_item (store, "B-1", "短缺物资");
  g_assert_cmpint (fy_supplies_receive (store, &in, NULL), >, 0);
  fy_test_add_staff (store, "E1", "张三", NULL);   /* a company: not the welcome page */
  win = fy_gui_test_make_window (store);
  fy_window_show_page (win, "supplies");
  fy_gui_test_iterate ();
  summary = named (win, "supplies-summary");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (summary)), ==,
                   "2 items: 1 below minimum, 0 below reserve target, 0 expiring within 30 days, 0 with expired stock");
  {
    GtkGrid *grid = GTK_GRID (named (win, "supplies-stock"));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (grid, 0, 1))), ==, "B-1");
    g_assert_true (gtk_widget_has_css_class (gtk_grid_get_child_at (grid, 1, 1), "error"));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (grid, 0, 2))), ==, "A-1");
  }
  fy_gui_test_destroy (win);
}

/* The register's other fields, typed on after the first ones: a receipt
 * with its source, supplier, price and people (保管人 = the operator by
 * default); an issue from a batch chosen by hand needs its reason. */
static void
test_register_fields (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FyWindow *win = fy_gui_test_make_window (store);
  gint64 masks = add_item (store, "KZ-001", "医用外科口罩");
  FySupplyMoveDialog *dialog;
  GtkWindow *w;
  GtkWidget *error_label;

  fy_store_set_actor (store, "王保管");
  dialog = fy_supply_move_dialog_new (GTK_WINDOW (win), store, FY_SUPPLY_MOVE_RECEIPT);
  w = GTK_WINDOW (dialog);
  gtk_window_present (w);
  fy_gui_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (named (dialog, "supply-keeper"))), ==, "王保管");
  type_text (w, "KZ-001");
  press_tab (w);
  type_text (w, "100");
  press_tab (w);
  type_text (w, "A-1");
  press_tab (w);
  type_text (w, "2027-01-31");
  press_tab (w);
  press_tab (w);
  g_assert_true (focus_in (w, named (dialog, "supply-source")));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (named (dialog, "supply-source")), FY_SUPPLY_SOURCE_DONATION);
  press_tab (w);
  type_text (w, "红十字会");
  press_tab (w);
  g_assert_true (focus_in (w, named (dialog, "supply-price")));
  type_text (w, "0.855");
  press_enter (w, named (dialog, "supply-error"));
  g_assert_cmpint (fy_supplies_on_hand (store, masks, NULL), ==, 0);
  type_text (w, "0.85");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (named (dialog, "supply-disinfected")), TRUE);
  press_enter (w, named (dialog, "supply-status"));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_doc WHERE kind = 'receipt'"
                                             " AND source = 'donation' AND supplier = '红十字会'"
                                             " AND unit_price_fen = 85 AND keeper = '王保管' AND disinfected = 1"), ==, 1);
  fy_gui_test_destroy (dialog);

  {
    FySupplyReceiptInput in = { .day = TODAY, .item_id = masks, .quantity = 50, .batch_no = "B-2",
                                .expires = "2028-01-31", .unit_price_fen = -1 };
    g_assert_cmpint (fy_supplies_receive (store, &in, NULL), >, 0);
  }
  dialog = fy_supply_move_dialog_new (GTK_WINDOW (win), store, FY_SUPPLY_MOVE_ISSUE);
  w = GTK_WINDOW (dialog);
  gtk_window_present (w);
  fy_gui_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (named (dialog, "supply-issuer"))), ==, "王保管");
  type_text (w, "KZ-001");
  press_tab (w);
  type_text (w, "10");
  press_tab (w);
  type_text (w, "张三");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (named (dialog, "supply-recipient-kind")), FY_SUPPLY_TO_PERSON);
  /* The later batch by hand (the list: FEFO first, then the batches). */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (named (dialog, "supply-override")), 2);
  error_label = named (dialog, "supply-error");
  gtk_widget_grab_focus (named (dialog, "supply-purpose"));
  type_text (w, "隔离点");
  press_enter (w, error_label);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_doc WHERE kind = 'issue'"), ==, 0);
  gtk_widget_grab_focus (named (dialog, "supply-override-reason"));
  type_text (w, "先用捐赠批次外的");
  press_enter (w, named (dialog, "supply-status"));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_doc WHERE kind = 'issue'"
                                             " AND recipient_kind = 'person' AND recipient = '张三'"
                                             " AND purpose = '隔离点' AND issuer = '王保管'"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT on_hand FROM supply_batch WHERE batch_no = 'B-2'"), ==, 40);
  fy_gui_test_destroy (dialog);
  fy_gui_test_destroy (win);
}

/* The store's name and keeper are set in Preferences (text saved on Enter
 * and when the field is left) and the reserve target in days. */
static void
test_preferences (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  GtkWindow *prefs = GTK_WINDOW (fy_preferences_new (NULL, store));
  GtkWidget *warehouse, *keeper, *spin;
  g_autofree char *stored_warehouse = NULL;
  g_autofree char *stored_keeper = NULL;

  gtk_window_present (prefs);
  fy_gui_test_iterate ();
  warehouse = named (prefs, "warehouse");
  keeper = named (prefs, "keeper");
  spin = named (prefs, "reserve-days");

  gtk_editable_set_text (GTK_EDITABLE (warehouse), "  一号防疫物资仓库 ");
  g_signal_emit_by_name (warehouse, "activate");
  stored_warehouse = fy_store_get_setting (store, "supplies.warehouse");
  g_assert_cmpstr (stored_warehouse, ==, "一号防疫物资仓库");

  gtk_editable_set_text (GTK_EDITABLE (keeper), "周保管");
  gtk_widget_grab_focus (keeper);
  fy_gui_test_iterate ();
  gtk_widget_grab_focus (warehouse);   /* leaving the field saves it */
  fy_gui_test_iterate ();
  stored_keeper = fy_store_get_setting (store, "supplies.keeper");
  g_assert_cmpstr (stored_keeper, ==, "周保管");

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 30);
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_supplies_reserve_days (store), ==, 30);
  fy_gui_test_destroy (prefs);
}

int
main (int argc, char **argv)
{
  if (!fy_gui_test_init (&argc, &argv, TODAY))
    return 0;
  g_test_add_func ("/gui/supplies/receipt-and-issue-by-keyboard", test_receipt_and_issue_by_keyboard);
  g_test_add_func ("/gui/supplies/over-issue-refused", test_over_issue_refused);
  g_test_add_func ("/gui/supplies/page", test_page);
  g_test_add_func ("/gui/supplies/new-item", test_new_item);
  g_test_add_func ("/gui/supplies/register-fields", test_register_fields);
  g_test_add_func ("/gui/supplies/preferences", test_preferences);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supply-item-window.c — the item's window (see the header). Everything
 * below the buttons is rebuilt from the store when the supplies change, so
 * a return, scrap, count or reversal made from here shows at once. The
 * widgets have names for the tests. */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fy-form-util.h"
#include "fy-supplies-chart.h"
#include "fy-supplies-stock.h"
#include "fy-supply-batch-dialog.h"
#include "fy-supply-item-dialog.h"
#include "fy-supply-item-window.h"
#include "fy-validate.h"

/* Days the stock chart looks back. */
#define CHART_DAYS 90

struct _FySupplyItemWindow
{
  AdwWindow     parent_instance;

  FyStore      *store;
  gint64        item_id;
  FySupplyItem *item;
  FySupplyDays *days;
  gint64        target;       /* reserve target for the chart's line */
  GPtrArray    *movements;    /* FySupplyMovement, one per list row */
  GtkLabel     *summary;
  GtkGrid      *batches;
  GtkListBox   *moves;
  GtkWidget    *chart;
  GtkWidget    *edit;
};

G_DEFINE_FINAL_TYPE (FySupplyItemWindow, fy_supply_item_window, ADW_TYPE_WINDOW)

static void
add_cell (GtkGrid *grid, int column, int row, const char *text, float xalign, const char *css)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (css)
    gtk_widget_add_css_class (label, css);
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

static void
fill_batches (FySupplyItemWindow *self, const char *today)
{
  static const char *const headers[] = { N_("Batch number"), N_("Produced"), N_("Expires"), N_("Maker"),
                                         N_("On hand") };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) batches = fy_supplies_list_batches (self->store, self->item_id, FALSE, &error);
  g_autofree char *soon = fy_date_add_days (today, FY_SUPPLY_EXPIRING_DAYS);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->batches))))
    gtk_grid_remove (self->batches, child);
  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    add_cell (self->batches, c, 0, _(headers[c]), c == 4 ? 1 : 0, "heading");
  if (batches == NULL)
    {
      add_cell (self->batches, 0, 1, error->message, 0, "error");
      return;
    }
  if (batches->len == 0)
    add_cell (self->batches, 0, 1, _("No stock on hand."), 0, "dim-label");
  for (guint i = 0; i < batches->len; i++)
    {
      FySupplyBatch *b = g_ptr_array_index (batches, i);
      const char *css = !*b->expires ? NULL : strcmp (b->expires, today) < 0 ? "error"
                        : strcmp (b->expires, soon) <= 0 ? "warning" : NULL;
      g_autofree char *on_hand = g_strdup_printf ("%lld", (long long) b->on_hand);
      int row = (int) i + 1;

      add_cell (self->batches, 0, row, b->batch_no, 0, css);
      add_cell (self->batches, 1, row, b->produced, 0, NULL);
      add_cell (self->batches, 2, row, *b->expires ? b->expires : _("Does not expire"), 0, css);
      add_cell (self->batches, 3, row, b->maker, 0, NULL);
      add_cell (self->batches, 4, row, on_hand, 1, css);
    }
}

static GtkWidget *
movement_row (const FySupplyMovement *m)
{
  const char *kind = fy_code_label_text (&fy_supply_doc_kind_labels[m->kind]);
  g_autofree char *change = g_strdup_printf ("%+lld", (long long) m->quantity);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *row = gtk_list_box_row_new ();
  static const int widths[] = { 10, 12, 16, 16, 7 };
  const char *texts[] = { m->day, kind, m->doc_no, m->batch_no, change, m->detail,
                          m->reversed ? _("reversed") : "" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      GtkWidget *label = gtk_label_new (texts[i]);

      gtk_label_set_xalign (GTK_LABEL (label), i == 4 ? 1 : 0);
      /* Fixed widths line the rows up like columns (an issue has no
       * document number). */
      if (i < G_N_ELEMENTS (widths))
        gtk_label_set_width_chars (GTK_LABEL (label), widths[i]);
      if (i == 5)
        {
          gtk_widget_set_hexpand (label, TRUE);
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
        }
      if (m->quantity < 0 && i == 4)
        gtk_widget_add_css_class (label, "error");
      if (i == 6)
        gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
  g_object_set (box, "margin-start", 6, "margin-end", 6, "margin-top", 4, "margin-bottom", 4, NULL);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* Only what the core would reverse is offered. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), !m->reversed && m->kind != FY_SUPPLY_DOC_REVERSAL);
  return row;
}

static void
fill_movements (FySupplyItemWindow *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->moves))))
    gtk_list_box_remove (self->moves, child);
  g_clear_pointer (&self->movements, g_ptr_array_unref);
  self->movements = fy_supplies_list_movements (self->store, self->item_id, 200, &error);
  if (self->movements == NULL)
    {
      gtk_list_box_append (self->moves, gtk_label_new (error->message));
      return;
    }
  for (guint i = 0; i < self->movements->len; i++)
    gtk_list_box_append (self->moves, movement_row (g_ptr_array_index (self->movements, i)));
}

static void
reload (FySupplyItemWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stock = NULL;
  g_autofree char *today = fy_today ();
  g_autofree char *from = fy_date_add_days (today, 1 - CHART_DAYS);
  g_autofree char *summary = NULL;
  gint64 on_hand = 0;

  g_clear_pointer (&self->item, fy_supply_item_free);
  self->item = fy_supplies_get_item (self->store, self->item_id, &error);
  if (self->item == NULL)
    {
      gtk_label_set_text (self->summary, error->message);
      return;
    }
  gtk_window_set_title (GTK_WINDOW (self), self->item->name);
  stock = fy_supplies_stock (self->store, today, 0, NULL);
  self->target = 0;
  for (guint i = 0; stock && i < stock->len; i++)
    {
      FySupplyStock *s = g_ptr_array_index (stock, i);

      if (s->item_id == self->item_id)
        {
          self->target = MAX (s->target, s->min_stock);
          on_hand = s->on_hand;
        }
    }
  /* Translators: the item window's first line: code, spec, place, stock, unit. */
  summary = g_strdup_printf (_("%s · %s · %s · %lld %s on hand"), self->item->code, self->item->spec,
                             self->item->place, (long long) on_hand, self->item->unit);
  gtk_label_set_text (self->summary, summary);
  g_clear_pointer (&self->days, fy_supply_days_free);
  self->days = fy_supplies_days (self->store, self->item_id, from, today, NULL);
  gtk_widget_queue_draw (self->chart);
  fill_batches (self, today);
  fill_movements (self);
}

static void
draw_chart (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  FySupplyItemWindow *self = data;

  if (self->days)
    fy_supplies_draw_stock_chart (cr, self->days, self->target, width, height);
}

static void
on_store_changed_cb (FyStore *store, FyStoreChange change, FySupplyItemWindow *self)
{
  if (change & (FY_STORE_CHANGE_SUPPLIES | FY_STORE_CHANGE_STAFF | FY_STORE_CHANGE_ZONES))
    reload (self);
}

static void
open_action (FySupplyItemWindow *self, FySupplyBatchAction action, const FySupplyMovement *movement)
{
  gtk_window_present (GTK_WINDOW (fy_supply_batch_dialog_new (GTK_WINDOW (self), self->store, self->item_id,
                                                              action, movement)));
}

static void
on_row_activated_cb (GtkListBox *box, GtkListBoxRow *row, FySupplyItemWindow *self)
{
  int i = gtk_list_box_row_get_index (row);

  if (self->movements && i >= 0 && (guint) i < self->movements->len)
    open_action (self, FY_SUPPLY_BATCH_REVERSE, g_ptr_array_index (self->movements, i));
}

static void
on_edit_clicked_cb (FySupplyItemWindow *self)
{
  if (self->item)
    gtk_window_present (GTK_WINDOW (fy_supply_item_dialog_new_edit (GTK_WINDOW (self), self->store, self->item)));
}

static void
on_return_clicked_cb (FySupplyItemWindow *self)
{
  open_action (self, FY_SUPPLY_BATCH_RETURN, NULL);
}

static void
on_scrap_clicked_cb (FySupplyItemWindow *self)
{
  open_action (self, FY_SUPPLY_BATCH_SCRAP, NULL);
}

static void
on_count_clicked_cb (FySupplyItemWindow *self)
{
  open_action (self, FY_SUPPLY_BATCH_STOCKTAKE, NULL);
}

static GtkWidget *
add_button (GtkBox *bar, const char *mnemonic, const char *name, GCallback callback, FySupplyItemWindow *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (mnemonic);

  gtk_widget_set_name (button, name);
  g_signal_connect_swapped (button, "clicked", callback, self);
  gtk_box_append (bar, button);
  return button;
}

static GtkWidget *
section_title (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "title-4");
  return label;
}

static void
build (FySupplyItemWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *summary = gtk_label_new (NULL);
  GtkWidget *batches = gtk_grid_new ();
  GtkWidget *moves = gtk_list_box_new ();

  gtk_window_set_default_size (GTK_WINDOW (self), 900, 700);
  gtk_box_append (GTK_BOX (box), header);
  self->edit = add_button (GTK_BOX (bar), _("_Edit Item…"), "item-edit", G_CALLBACK (on_edit_clicked_cb), self);
  add_button (GTK_BOX (bar), _("Re_turn…"), "item-return", G_CALLBACK (on_return_clicked_cb), self);
  add_button (GTK_BOX (bar), _("_Scrap…"), "item-scrap", G_CALLBACK (on_scrap_clicked_cb), self);
  add_button (GTK_BOX (bar), _("Stoc_k-Take…"), "item-stocktake", G_CALLBACK (on_count_clicked_cb), self);
  g_object_set (column, "margin-start", 18, "margin-end", 18, "margin-top", 12, "margin-bottom", 18, NULL);
  gtk_box_append (GTK_BOX (column), bar);

  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_widget_set_name (summary, "item-summary");
  gtk_box_append (GTK_BOX (column), summary);

  self->chart = gtk_drawing_area_new ();
  gtk_widget_set_name (self->chart, "item-chart");
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->chart), 200);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->chart), draw_chart, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Stock over the last 90 days with the reserve line"), -1);
  gtk_box_append (GTK_BOX (column), section_title (_("Stock over 90 days")));
  gtk_box_append (GTK_BOX (column), self->chart);

  gtk_grid_set_row_spacing (GTK_GRID (batches), 6);
  gtk_grid_set_column_spacing (GTK_GRID (batches), 18);
  gtk_widget_set_name (batches, "item-batches");
  gtk_box_append (GTK_BOX (column), section_title (_("Batches")));
  gtk_box_append (GTK_BOX (column), batches);

  gtk_widget_set_name (moves, "item-movements");
  gtk_widget_add_css_class (moves, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (moves), GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (moves), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Movements; Enter on one reverses it"), -1);
  g_signal_connect (moves, "row-activated", G_CALLBACK (on_row_activated_cb), self);
  gtk_box_append (GTK_BOX (column), section_title (_("Movements (Enter on a line reverses it)")));
  gtk_box_append (GTK_BOX (column), moves);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), column);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (self), box);

  self->summary = GTK_LABEL (summary);
  self->batches = GTK_GRID (batches);
  self->moves = GTK_LIST_BOX (moves);
}

static void
fy_supply_item_window_dispose (GObject *object)
{
  FySupplyItemWindow *self = FY_SUPPLY_ITEM_WINDOW (object);

  g_clear_pointer (&self->item, fy_supply_item_free);
  g_clear_pointer (&self->days, fy_supply_days_free);
  g_clear_pointer (&self->movements, g_ptr_array_unref);
  if (self->store)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_supply_item_window_parent_class)->dispose (object);
}

static void
fy_supply_item_window_class_init (FySupplyItemWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fy_supply_item_window_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_supply_item_window_init (FySupplyItemWindow *self)
{
}

FySupplyItemWindow *
fy_supply_item_window_new (GtkWindow *parent, FyStore *store, gint64 item_id)
{
  FySupplyItemWindow *self = g_object_new (FY_TYPE_SUPPLY_ITEM_WINDOW, "transient-for", parent, "modal", TRUE,
                                           NULL);

  self->store = g_object_ref (store);
  self->item_id = item_id;
  build (self);
  reload (self);
  g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
  gtk_widget_grab_focus (self->edit);
  return self;
}

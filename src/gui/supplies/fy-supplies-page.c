/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supplies-page.c — the Supplies page: buttons for the receipt and issue
 * dialogs and the purchase list, the warning counts, and the stock of every item most urgent
 * first (below minimum and expired in red, below target and expiring
 * within 30 days in amber); an item's name opens its window. It loads when first shown and reloads when the
 * supplies, the roster or the zones change (they move the planned use). */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fy-export-flow.h"
#include "fy-form-util.h"
#include "fy-lazy-reload.h"
#include "fy-store.h"
#include "fy-supplies-chart.h"
#include "fy-supplies-page.h"
#include "fy-supplies-stock.h"
#include "fy-supply-item-dialog.h"
#include "fy-supply-item-window.h"
#include "fy-supply-move-dialog.h"
#include "fy-validate.h"

struct _FySuppliesPage
{
  GtkBox        parent_instance;

  FyStore      *store;
  FyLazyReload *lazy;
  GtkLabel     *summary;
  GtkGrid      *grid;
  GtkWidget    *bars;
  GPtrArray    *urgent;    /* FySupplyStock: the most urgent items, for the bars */
};

/* How many of the most urgent items the days-of-cover picture shows. */
#define N_BARS 10

G_DEFINE_FINAL_TYPE (FySuppliesPage, fy_supplies_page, GTK_TYPE_BOX)

enum { PROP_0, PROP_STORE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
add_cell (FySuppliesPage *self, int column, int row, const char *text, float xalign, const char *css)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (css)
    gtk_widget_add_css_class (label, css);
  gtk_grid_attach (self->grid, label, column, row, 1, 1);
}

static void
on_item_clicked_cb (GtkButton *button, FySuppliesPage *self)
{
  gint64 item_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "item-id"));

  gtk_window_present (GTK_WINDOW (fy_supply_item_window_new (fy_form_window_of (GTK_WIDGET (self)), self->store,
                                                             item_id)));
}

/* The item's name as a flat button: Tab reaches it, Enter opens the item. */
static void
add_item_button (FySuppliesPage *self, int row, const FySupplyStock *s, const char *css)
{
  GtkWidget *button = gtk_button_new_with_label (s->name);
  g_autofree char *name = g_strdup_printf ("supplies-item-%s", s->code);

  gtk_widget_add_css_class (button, "flat");
  if (css)
    gtk_widget_add_css_class (button, css);
  gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), 0);
  gtk_widget_set_name (button, name);
  /* Translators: tooltip of an item's name on the Supplies page. */
  gtk_widget_set_tooltip_text (button, _("Batches, stock chart and movements of this item"));
  g_object_set_data (G_OBJECT (button), "item-id", GSIZE_TO_POINTER ((gsize) s->item_id));
  g_signal_connect (button, "clicked", G_CALLBACK (on_item_clicked_cb), self);
  gtk_grid_attach (self->grid, button, 1, row, 1, 1);
}

static void
fy_supplies_page_reload (FySuppliesPage *self)
{
  static const char *const headers[] = {
    N_("Item code"), N_("Supply item"), N_("Usable stock"), N_("Unit"), N_("Daily use"), N_("Days of cover"),
    N_("Reserve target"), N_("To buy"), N_("Nearest expiry"), N_("Warning"),
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stock = NULL;
  g_autofree char *today = fy_today ();
  g_autofree char *soon = fy_date_add_days (today, FY_SUPPLY_EXPIRING_DAYS);
  g_autofree char *summary = NULL;
  FySupplyWarnings w;
  GtkWidget *child;

  fy_lazy_reload_done (self->lazy);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))))
    gtk_grid_remove (self->grid, child);
  stock = fy_supplies_stock (self->store, today, 0, &error);
  if (stock == NULL)
    {
      gtk_label_set_text (self->summary, error->message);
      return;
    }
  g_clear_pointer (&self->urgent, g_ptr_array_unref);
  self->urgent = g_ptr_array_ref (stock);
  gtk_widget_set_visible (self->bars, stock->len > 0);
  gtk_widget_queue_draw (self->bars);
  fy_supplies_count_warnings (stock, &w);
  /* Translators: Supplies page summary: numbers of items. */
  summary = g_strdup_printf (_("%u items: %u below minimum, %u below reserve target, %u expiring within 30 days, "
                               "%u with expired stock"),
                             stock->len, w.below_minimum, w.below_target, w.expiring, w.expired);
  gtk_label_set_text (self->summary, summary);
  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    add_cell (self, c, 0, _(headers[c]), c >= 2 && c <= 7 ? 1 : 0, "heading");
  for (guint i = 0; i < stock->len; i++)
    {
      FySupplyStock *s = g_ptr_array_index (stock, i);
      const char *level = s->urgency == FY_SUPPLY_URGENT_BELOW_MINIMUM ? "error"
                          : s->urgency == FY_SUPPLY_URGENT_BELOW_TARGET ? "warning" : NULL;
      const char *expiry_css = s->expired > 0 ? "error"
                               : *s->next_expiry && strcmp (s->next_expiry, soon) <= 0 ? "warning" : NULL;
      g_autofree char *usable = g_strdup_printf ("%lld", (long long) s->usable);
      g_autofree char *daily = fy_supplies_format_milli (MAX (s->actual_milli, s->planned_milli));
      g_autofree char *cover = fy_supplies_format_cover (s->cover_tenths);
      g_autofree char *target = g_strdup_printf ("%lld", (long long) s->target);
      g_autofree char *buy = s->shortfall > 0 ? g_strdup_printf ("%lld", (long long) s->shortfall) : g_strdup ("");
      const char *warning = s->urgency == FY_SUPPLY_URGENT_BELOW_MINIMUM ? _("Below minimum stock")
                            : s->urgency == FY_SUPPLY_URGENT_BELOW_TARGET ? _("Below reserve target")
                            : s->expired > 0 ? _("Expired stock on hand")
                            : s->expiring > 0 ? _("Expires within 30 days") : "";
      int row = (int) i + 1;

      add_cell (self, 0, row, s->code, 0, NULL);
      add_item_button (self, row, s, level);
      add_cell (self, 2, row, usable, 1, level);
      add_cell (self, 3, row, s->unit, 1, NULL);
      add_cell (self, 4, row, daily, 1, NULL);
      add_cell (self, 5, row, cover, 1, level);
      add_cell (self, 6, row, target, 1, NULL);
      add_cell (self, 7, row, buy, 1, level);
      add_cell (self, 8, row, s->next_expiry, 0, expiry_css);
      add_cell (self, 9, row, warning, 0, level ? level : expiry_css);
    }
}

/* Days of cover of the most urgent items, against twice the usual reserve. */
static void
draw_bars (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  FySuppliesPage *self = data;
  g_autoptr(GPtrArray) first = g_ptr_array_new ();

  for (guint i = 0; self->urgent && i < self->urgent->len && i < N_BARS; i++)
    g_ptr_array_add (first, g_ptr_array_index (self->urgent, i));
  fy_supplies_draw_cover_bars (cr, first, 2.0 * FY_SUPPLY_DEFAULT_RESERVE_DAYS, width, height);
}

static void
open_dialog (FySuppliesPage *self, FySupplyMoveKind kind)
{
  FySupplyMoveDialog *dialog = fy_supply_move_dialog_new (fy_form_window_of (GTK_WIDGET (self)), self->store, kind);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_new_item_clicked_cb (FySuppliesPage *self)
{
  gtk_window_present (GTK_WINDOW (fy_supply_item_dialog_new (fy_form_window_of (GTK_WIDGET (self)), self->store)));
}

static void
on_receive_clicked_cb (FySuppliesPage *self)
{
  open_dialog (self, FY_SUPPLY_MOVE_RECEIPT);
}

static void
on_issue_clicked_cb (FySuppliesPage *self)
{
  open_dialog (self, FY_SUPPLY_MOVE_ISSUE);
}

static void
on_purchase_clicked_cb (FySuppliesPage *self)
{
  FyLedgerParams params = { 0 };

  fy_export_flow_run (fy_form_window_of (GTK_WIDGET (self)), self->store, "purchase-list", &params, "xlsx");
}

static void
on_store_changed_cb (FyStore *store, FyStoreChange change, FySuppliesPage *self)
{
  if (change & (FY_STORE_CHANGE_SUPPLIES | FY_STORE_CHANGE_STAFF | FY_STORE_CHANGE_ZONES | FY_STORE_CHANGE_SETTINGS))
    fy_lazy_reload_request (self->lazy);
}

static GtkWidget *
text_button (const char *mnemonic, const char *name, GCallback callback, FySuppliesPage *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (mnemonic);

  gtk_widget_set_name (button, name);
  g_signal_connect_swapped (button, "clicked", callback, self);
  return button;
}

static void
fy_supplies_page_constructed (GObject *object)
{
  FySuppliesPage *self = FY_SUPPLIES_PAGE (object);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *summary = gtk_label_new (NULL);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *receive = text_button (_("_Receive…"), "supplies-receive", G_CALLBACK (on_receive_clicked_cb), self);

  G_OBJECT_CLASS (fy_supplies_page_parent_class)->constructed (object);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  g_object_set (bar, "margin-start", 12, "margin-end", 12, "margin-top", 12, "margin-bottom", 6, NULL);
  gtk_widget_set_valign (bar, GTK_ALIGN_START);
  gtk_widget_add_css_class (receive, "suggested-action");
  gtk_box_append (GTK_BOX (bar), receive);
  gtk_box_append (GTK_BOX (bar), text_button (_("_Issue…"), "supplies-issue", G_CALLBACK (on_issue_clicked_cb), self));
  gtk_box_append (GTK_BOX (bar), text_button (_("_New Item…"), "supplies-new-item",
                                              G_CALLBACK (on_new_item_clicked_cb), self));
  gtk_box_append (GTK_BOX (bar), text_button (_("_Purchase List…"), "supplies-purchase-list",
                                              G_CALLBACK (on_purchase_clicked_cb), self));
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_widget_set_hexpand (summary, TRUE);
  gtk_widget_add_css_class (summary, "dim-label");
  gtk_widget_set_name (summary, "supplies-summary");
  /* The counts on a line of their own: beside four buttons they would make
   * the page wider than a narrow window. */
  g_object_set (summary, "margin-start", 12, "margin-end", 12, "margin-bottom", 6, NULL);
  gtk_box_append (GTK_BOX (self), bar);
  gtk_box_append (GTK_BOX (self), summary);

  self->bars = gtk_drawing_area_new ();
  gtk_widget_set_name (self->bars, "supplies-cover-bars");
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->bars), 24 * N_BARS + 48);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->bars), draw_bars, self, NULL);
  g_object_set (self->bars, "margin-start", 12, "margin-end", 12, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bars), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Days of cover of the most urgent items"), -1);
  gtk_widget_set_visible (self->bars, FALSE);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  g_object_set (grid, "margin-start", 12, "margin-end", 12, "margin-top", 6, "margin-bottom", 12, NULL);
  gtk_widget_set_name (grid, "supplies-stock");
  {
    GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
    gtk_box_append (GTK_BOX (column), self->bars);
    gtk_box_append (GTK_BOX (column), grid);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), column);
  }
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (self), scrolled);

  self->summary = GTK_LABEL (summary);
  self->grid = GTK_GRID (grid);
  self->lazy = fy_lazy_reload_new (GTK_WIDGET (self), (FyLazyReloadFunc) fy_supplies_page_reload,
                                   FY_LAZY_RELOAD_IDLE, 0);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
}

static void
fy_supplies_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FySuppliesPage *self = FY_SUPPLIES_PAGE (object);

  if (prop_id == PROP_STORE)
    self->store = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
fy_supplies_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FySuppliesPage *self = FY_SUPPLIES_PAGE (object);

  if (prop_id == PROP_STORE)
    g_value_set_object (value, self->store);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
fy_supplies_page_dispose (GObject *object)
{
  FySuppliesPage *self = FY_SUPPLIES_PAGE (object);

  g_clear_pointer (&self->lazy, fy_lazy_reload_free);
  g_clear_pointer (&self->urgent, g_ptr_array_unref);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_supplies_page_parent_class)->dispose (object);
}

static void
fy_supplies_page_class_init (FySuppliesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = fy_supplies_page_constructed;
  object_class->dispose = fy_supplies_page_dispose;
  object_class->set_property = fy_supplies_page_set_property;
  object_class->get_property = fy_supplies_page_get_property;
  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, FY_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fy_supplies_page_init (FySuppliesPage *self)
{
}

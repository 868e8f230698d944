/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supply-item-dialog.c — the new-item form. Enter in any field saves;
 * a refusal shows under the form with nothing written; Esc closes. The
 * widgets have names for the tests. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-error.h"
#include "fy-form-util.h"
#include "fy-supplies-stock.h"
#include "fy-supply-form.h"
#include "fy-supply-item-dialog.h"

struct _FySupplyItemDialog
{
  AdwWindow    parent_instance;

  FyStore     *store;
  gint64       item_id;   /* 0 = a new item */
  GtkEntry    *code, *name, *spec, *unit, *place, *min_stock, *amount, *reserve;
  GtkDropDown *category, *rule;
  GtkLabel    *error;
};

G_DEFINE_FINAL_TYPE (FySupplyItemDialog, fy_supply_item_dialog, ADW_TYPE_WINDOW)

static const char *
text_of (GtkEntry *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

/* A whole number field ("" = 0). */
static gboolean
read_count (GtkEntry *entry, gint64 *value, const char *message, GError **error)
{
  g_autofree char *normal = g_strstrip (g_strdup (text_of (entry)));
  guint64 n = 0;

  if (*normal != '\0' && !g_ascii_string_to_unsigned (normal, 10, 0, G_MAXINT32, &n, NULL))
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, message);
      return FALSE;
    }
  *value = (gint64) n;
  return TRUE;
}

static void
save (FySupplyItemDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FySupplyItem) item = fy_supply_item_new ();
  gint64 reserve = 0;
  GtkEntry *wrong = NULL;

  item->id = self->item_id;
  g_free (item->code);
  item->code = g_strdup (text_of (self->code));
  g_free (item->name);
  item->name = g_strdup (text_of (self->name));
  g_free (item->spec);
  item->spec = g_strdup (text_of (self->spec));
  g_free (item->unit);
  item->unit = g_strdup (text_of (self->unit));
  g_free (item->place);
  item->place = g_strdup (text_of (self->place));
  item->category = gtk_drop_down_get_selected (self->category);
  item->rule = gtk_drop_down_get_selected (self->rule);
  if (!read_count (self->min_stock, &item->min_stock, _("The minimum stock must be a whole number, 0 or more."),
                   &error))
    wrong = self->min_stock;
  else if (!fy_supplies_parse_milli (text_of (self->amount), &item->rule_milli, &error))
    wrong = self->amount;
  else if (!read_count (self->reserve, &reserve, _("The reserve target is 0 (the company default) to 365 days."),
                        &error))
    wrong = self->reserve;
  item->reserve_days = (int) MIN (reserve, G_MAXINT);
  if (wrong == NULL && fy_supplies_save_item (self->store, item, &error) == 0)
    wrong = self->code;
  if (wrong != NULL)
    {
      fy_form_set_error (self->error, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (wrong));
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static GtkEntry *
add_entry (FySupplyItemDialog *self, GtkGrid *grid, int row, const char *label, const char *name)
{
  return fy_supply_form_add_entry (grid, row, label, name, G_CALLBACK (save), self);
}

static GtkDropDown *
add_choice (GtkGrid *grid, int row, const char *label, const FyCodeLabel *table, guint n, const char *name)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, fy_code_label_text (&table[i]));
  return GTK_DROP_DOWN (fy_supply_form_add_row (grid, row, label, gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&list)), NULL),
                                 name));
}

static void
build (FySupplyItemDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  GtkWidget *save_button = gtk_button_new_with_mnemonic (_("_Save"));
  int row = 0;

  gtk_window_set_title (GTK_WINDOW (self), self->item_id ? _("Edit Supply Item") : _("New Supply Item"));
  gtk_window_set_default_size (GTK_WINDOW (self), 520, -1);
  gtk_widget_add_css_class (save_button, "suggested-action");
  gtk_widget_set_name (save_button, "item-save");
  g_signal_connect_swapped (save_button, "clicked", G_CALLBACK (save), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save_button);
  gtk_box_append (GTK_BOX (box), header);
  gtk_grid_set_row_spacing (grid, 8);
  gtk_grid_set_column_spacing (grid, 12);
  g_object_set (grid, "margin-start", 18, "margin-end", 18, "margin-top", 18, "margin-bottom", 18, NULL);
  self->code = add_entry (self, grid, row++, _("Item _code"), "item-code");
  self->name = add_entry (self, grid, row++, _("_Name"), "item-name");
  self->category = add_choice (grid, row++, _("C_ategory"), fy_supply_category_labels, FY_SUPPLY_N_CATEGORIES,
                               "item-category");
  self->spec = add_entry (self, grid, row++, _("Speci_fication"), "item-spec");
  self->unit = add_entry (self, grid, row++, _("_Unit"), "item-unit");
  self->place = add_entry (self, grid, row++, _("Storage _place"), "item-place");
  self->min_stock = add_entry (self, grid, row++, _("_Minimum stock"), "item-min-stock");
  self->rule = add_choice (grid, row++, _("Consumption _rule"), fy_supply_rule_labels, FY_SUPPLY_N_RULES,
                           "item-rule");
  self->amount = add_entry (self, grid, row++, _("P_lanned use per rule"), "item-amount");
  self->reserve = add_entry (self, grid, row++, _("R_eserve days (0 = company default)"), "item-reserve");
  self->error = fy_supply_form_error_label ("item-error");
  gtk_grid_attach (grid, GTK_WIDGET (self->error), 1, row++, 1, 1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (grid));
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), save_button);
  gtk_widget_grab_focus (GTK_WIDGET (self->code));
}

static void
fy_supply_item_dialog_dispose (GObject *object)
{
  g_clear_object (&FY_SUPPLY_ITEM_DIALOG (object)->store);
  G_OBJECT_CLASS (fy_supply_item_dialog_parent_class)->dispose (object);
}

static void
fy_supply_item_dialog_class_init (FySupplyItemDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fy_supply_item_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_supply_item_dialog_init (FySupplyItemDialog *self)
{
}

FySupplyItemDialog *
fy_supply_item_dialog_new (GtkWindow *parent, FyStore *store)
{
  return fy_supply_item_dialog_new_edit (parent, store, NULL);
}

static void
set_number (GtkEntry *entry, gint64 value)
{
  g_autofree char *text = value ? g_strdup_printf ("%lld", (long long) value) : g_strdup ("");

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

FySupplyItemDialog *
fy_supply_item_dialog_new_edit (GtkWindow *parent, FyStore *store, const FySupplyItem *item)
{
  FySupplyItemDialog *self = g_object_new (FY_TYPE_SUPPLY_ITEM_DIALOG, "transient-for", parent, "modal", TRUE, NULL);

  self->store = g_object_ref (store);
  self->item_id = item ? item->id : 0;
  build (self);
  if (item != NULL)
    {
      g_autofree char *amount = fy_supplies_format_milli (item->rule_milli);

      gtk_editable_set_text (GTK_EDITABLE (self->code), item->code);
      gtk_editable_set_text (GTK_EDITABLE (self->name), item->name);
      gtk_editable_set_text (GTK_EDITABLE (self->spec), item->spec);
      gtk_editable_set_text (GTK_EDITABLE (self->unit), item->unit);
      gtk_editable_set_text (GTK_EDITABLE (self->place), item->place);
      gtk_drop_down_set_selected (self->category, item->category);
      gtk_drop_down_set_selected (self->rule, item->rule);
      set_number (self->min_stock, item->min_stock);
      gtk_editable_set_text (GTK_EDITABLE (self->amount), item->rule_milli ? amount : "");
      set_number (self->reserve, item->reserve_days);
    }
  return self;
}

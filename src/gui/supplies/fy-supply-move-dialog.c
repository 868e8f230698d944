/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supply-move-dialog.c — the receipt / issue dialog: a short form typed
 * again and again. Enter in any field saves; after a save the item and
 * quantity are cleared and the focus is back on the item, so the next one
 * starts at once; Esc closes. The widgets have names for the tests. */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-error.h"
#include "fy-form-util.h"
#include "fy-supplies.h"
#include "fy-supply-move-dialog.h"
#include "fy-clock.h"

struct _FySupplyMoveDialog
{
  AdwWindow         parent_instance;

  FyStore          *store;
  FySupplyMoveKind  kind;
  GPtrArray        *items;        /* FySupplyItem, for names and completion */

  GtkEntry         *item;
  GtkLabel         *item_label;
  GtkEntry         *quantity;
  GtkEntry         *batch_no;     /* receipt */
  GtkEntry         *expires;
  GtkEntry         *produced;
  GtkEntry         *recipient;    /* issue */
  GtkEntry         *taker;
  GtkEntry         *day;
  GtkLabel         *plan;
  GtkLabel         *error;
  GtkLabel         *status;
  GtkEntry         *reason;       /* reversing the last entry */
  GtkWidget        *reverse_box;
  gint64            last_doc;
};

G_DEFINE_FINAL_TYPE (FySupplyMoveDialog, fy_supply_move_dialog, ADW_TYPE_WINDOW)

/* The item the text names: its code exactly, else the one item whose name
 * contains it. Borrowed, or NULL. */
static FySupplyItem *
resolve_item (FySupplyMoveDialog *self, const char *text)
{
  g_autofree char *code = fy_supplies_normalize_code (text);
  FySupplyItem *by_name = NULL;
  guint n_names = 0;

  if (*code == '\0')
    return NULL;
  for (guint i = 0; i < self->items->len; i++)
    {
      FySupplyItem *it = g_ptr_array_index (self->items, i);
      if (g_str_equal (it->code, code))
        return it;
      if (strstr (it->name, text) != NULL)
        {
          by_name = it;
          n_names++;
        }
    }
  return n_names == 1 ? by_name : NULL;
}

static const char *
text_of (GtkEntry *entry)
{
  return entry ? gtk_editable_get_text (GTK_EDITABLE (entry)) : NULL;
}

/* The item line and, for an issue, the split across batches to confirm. */
static void
update_preview (FySupplyMoveDialog *self)
{
  FySupplyItem *item = resolve_item (self, text_of (self->item));
  g_autoptr(GError) error = NULL;
  g_autofree char *day = fy_today ();
  gint64 q = 0;

  if (item == NULL)
    {
      gtk_label_set_text (self->item_label, *text_of (self->item) ? _("No item with this code or name yet") : "");
      gtk_label_set_text (self->plan, "");
      return;
    }
  {
    gint64 on_hand = fy_supplies_on_hand (self->store, item->id, NULL);
    /* Translators: the item chosen in the receipt / issue dialog: name, spec, units on hand and unit. */
    g_autofree char *name = *item->spec ? g_strdup_printf ("%s %s", item->name, item->spec) : g_strdup (item->name);
    g_autofree char *line = g_strdup_printf (_("%s — %lld %s on hand"), name, (long long) on_hand, item->unit);
    gtk_label_set_text (self->item_label, line);
  }
  if (self->kind != FY_SUPPLY_MOVE_ISSUE || !fy_supplies_parse_quantity (text_of (self->quantity), &q, NULL))
    {
      gtk_label_set_text (self->plan, "");
      return;
    }
  {
    g_autoptr(GArray) takes = fy_supplies_plan_issue (self->store, item->id, q, day, &error);
    g_autoptr(GPtrArray) batches = NULL;
    g_autoptr(GString) text = g_string_new (NULL);

    if (takes == NULL)
      {
        gtk_label_set_text (self->plan, error->message);
        return;
      }
    batches = fy_supplies_list_batches (self->store, item->id, FALSE, NULL);
    for (guint t = 0; t < takes->len && batches; t++)
      for (guint b = 0; b < batches->len; b++)
        {
          FySupplyBatch *batch = g_ptr_array_index (batches, b);
          FySupplyTake *take = &g_array_index (takes, FySupplyTake, t);
          if (batch->id != take->batch_id)
            continue;
          if (text->len)
            g_string_append (text, "\n");
          /* Translators: one line of the first-expiry-first-out split: batch, expiry, quantity and unit. */
          g_string_append_printf (text, _("Batch %s (expires %s): %lld %s"),
                                  *batch->batch_no ? batch->batch_no : "—",
                                  *batch->expires ? batch->expires : _("never"),
                                  (long long) take->quantity, item->unit);
        }
    gtk_label_set_text (self->plan, text->str);
  }
}

static void
clear_for_next (FySupplyMoveDialog *self)
{
  GtkEntry *entries[] = { self->item, self->quantity, self->batch_no, self->expires, self->produced };

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    if (entries[i])
      gtk_editable_set_text (GTK_EDITABLE (entries[i]), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->item));
}

static void
save (FySupplyMoveDialog *self)
{
  g_autoptr(GError) error = NULL;
  FySupplyItem *item = resolve_item (self, text_of (self->item));
  g_autofree char *done = NULL;
  gint64 q = 0, doc;

  if (item == NULL)
    {
      g_autofree char *code = fy_supplies_normalize_code (text_of (self->item));
      g_autofree char *message = *code ? g_strdup_printf (_("No item has the code “%s”."), code)
                                       : g_strdup (_("Enter the item’s code or name."));
      fy_form_set_error (self->error, message);
      gtk_widget_grab_focus (GTK_WIDGET (self->item));
      return;
    }
  if (!fy_supplies_parse_quantity (text_of (self->quantity), &q, &error))
    {
      fy_form_set_error (self->error, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->quantity));
      return;
    }
  if (self->kind == FY_SUPPLY_MOVE_RECEIPT)
    {
      FySupplyReceiptInput in = {
        .day = text_of (self->day), .item_id = item->id, .quantity = q, .batch_no = text_of (self->batch_no),
        .expires = text_of (self->expires), .produced = text_of (self->produced),
        .source = FY_SUPPLY_SOURCE_PURCHASE, .unit_price_fen = -1,
      };
      doc = fy_supplies_receive (self->store, &in, &error);
      /* Translators: under the receipt dialog after a save: item, quantity, unit. */
      done = g_strdup_printf (_("Received %s: %lld %s"), item->name, (long long) q, item->unit);
    }
  else
    {
      FySupplyIssueInput in = {
        .day = text_of (self->day), .item_id = item->id, .quantity = q,
        .recipient_kind = FY_SUPPLY_TO_DEPARTMENT, .recipient = text_of (self->recipient),
        .taker = text_of (self->taker),
      };
      doc = fy_supplies_issue (self->store, &in, &error);
      /* Translators: under the issue dialog after a save: item, quantity, unit. */
      done = g_strdup_printf (_("Issued %s: %lld %s"), item->name, (long long) q, item->unit);
    }
  if (doc == 0)
    {
      fy_form_set_error (self->error, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->quantity));
      return;
    }
  fy_form_set_error (self->error, NULL);
  gtk_label_set_text (self->status, done);
  self->last_doc = doc;
  gtk_widget_set_visible (self->reverse_box, TRUE);
  clear_for_next (self);
}

/* A typing mistake is corrected by a reversing entry (红冲) with its
 * reason, never by changing the saved one. */
static void
reverse_last (FySupplyMoveDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *day = fy_today ();

  if (self->last_doc == 0)
    return;
  if (fy_supplies_reverse (self->store, self->last_doc, day, text_of (self->reason), &error) == 0)
    {
      fy_form_set_error (self->error, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->reason));
      return;
    }
  fy_form_set_error (self->error, NULL);
  self->last_doc = 0;
  gtk_editable_set_text (GTK_EDITABLE (self->reason), "");
  gtk_widget_set_visible (self->reverse_box, FALSE);
  gtk_label_set_text (self->status, _("The last entry was reversed (red entry)."));
  gtk_widget_grab_focus (GTK_WIDGET (self->item));
}

static GtkEntry *
add_field (FySupplyMoveDialog *self, GtkGrid *grid, int row, const char *label, const char *name)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);
  GtkWidget *entry = gtk_entry_new ();

  gtk_label_set_xalign (GTK_LABEL (title), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), entry);
  gtk_widget_set_name (entry, name);
  gtk_widget_set_hexpand (entry, TRUE);
  /* Enter in any field saves (what the default button would do, without
   * depending on the window being active). */
  g_signal_connect_swapped (entry, "activate", G_CALLBACK (save), self);
  fy_a11y_name_field (entry, title);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, entry, 1, row, 1, 1);
  return GTK_ENTRY (entry);
}

static GtkLabel *
add_note (GtkGrid *grid, int row, const char *name, const char *css)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_name (label, name);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css)
    gtk_widget_add_css_class (label, css);
  gtk_grid_attach (grid, label, 1, row, 1, 1);
  return GTK_LABEL (label);
}

/* Completion on "code name": typing part of either offers the items. */
static gboolean
completion_match (GtkEntryCompletion *completion, const char *key, GtkTreeIter *iter, gpointer data)
{
  g_autofree char *text = NULL;
  g_autofree char *folded_text = NULL;
  g_autofree char *folded_key = g_utf8_casefold (key, -1);

  gtk_tree_model_get (gtk_entry_completion_get_model (completion), iter, 0, &text, -1);
  folded_text = g_utf8_casefold (text ? text : "", -1);
  return strstr (folded_text, folded_key) != NULL;
}

static gboolean
on_match_selected_cb (GtkEntryCompletion *completion, GtkTreeModel *model, GtkTreeIter *iter,
                      FySupplyMoveDialog *self)
{
  g_autofree char *code = NULL;

  gtk_tree_model_get (model, iter, 1, &code, -1);
  gtk_editable_set_text (GTK_EDITABLE (self->item), code);
  gtk_widget_grab_focus (GTK_WIDGET (self->quantity));
  return TRUE;
}

static void
add_completion (FySupplyMoveDialog *self)
{
  GtkListStore *model = gtk_list_store_new (2, G_TYPE_STRING, G_TYPE_STRING);
  GtkEntryCompletion *completion = gtk_entry_completion_new ();

  for (guint i = 0; i < self->items->len; i++)
    {
      FySupplyItem *it = g_ptr_array_index (self->items, i);
      g_autofree char *shown = g_strdup_printf ("%s %s", it->code, it->name);
      gtk_list_store_insert_with_values (model, NULL, -1, 0, shown, 1, it->code, -1);
    }
  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (model));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_match_func (completion, completion_match, NULL, NULL);
  gtk_entry_completion_set_minimum_key_length (completion, 1);
  g_signal_connect (completion, "match-selected", G_CALLBACK (on_match_selected_cb), self);
  gtk_entry_set_completion (self->item, completion);
  g_object_unref (completion);
  g_object_unref (model);
}

static void
build (FySupplyMoveDialog *self)
{
  gboolean receipt = self->kind == FY_SUPPLY_MOVE_RECEIPT;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *save_button = gtk_button_new_with_mnemonic (receipt ? _("_Receive") : _("_Issue"));
  g_autofree char *today = fy_today ();
  int row = 0;

  gtk_window_set_title (GTK_WINDOW (self), receipt ? _("Receive Supplies") : _("Issue Supplies"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, -1);
  gtk_widget_add_css_class (save_button, "suggested-action");
  gtk_widget_set_name (save_button, "supply-save");
  g_signal_connect_swapped (save_button, "clicked", G_CALLBACK (save), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save_button);
  gtk_box_append (GTK_BOX (box), header);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  g_object_set (grid, "margin-start", 18, "margin-end", 18, "margin-top", 18, "margin-bottom", 18, NULL);
  self->item = add_field (self, GTK_GRID (grid), row++, _("_Item (code or name)"), "supply-item");
  self->item_label = add_note (GTK_GRID (grid), row++, "supply-item-label", "dim-label");
  self->quantity = add_field (self, GTK_GRID (grid), row++, _("_Quantity"), "supply-quantity");
  if (receipt)
    {
      self->batch_no = add_field (self, GTK_GRID (grid), row++, _("_Batch no."), "supply-batch");
      self->expires = add_field (self, GTK_GRID (grid), row++, _("E_xpiry date"), "supply-expires");
      self->produced = add_field (self, GTK_GRID (grid), row++, _("_Production date"), "supply-produced");
    }
  else
    {
      self->recipient = add_field (self, GTK_GRID (grid), row++, _("_Department"), "supply-recipient");
      self->taker = add_field (self, GTK_GRID (grid), row++, _("Received _by"), "supply-taker");
    }
  self->day = add_field (self, GTK_GRID (grid), row++, _("_Date"), "supply-day");
  gtk_editable_set_text (GTK_EDITABLE (self->day), today);
  self->plan = add_note (GTK_GRID (grid), row++, "supply-plan", NULL);
  self->error = add_note (GTK_GRID (grid), row++, "supply-error", "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error), FALSE);
  self->status = add_note (GTK_GRID (grid), row++, "supply-status", "dim-label");
  {
    GtkWidget *reverse = gtk_button_new_with_mnemonic (_("Re_verse"));
    self->reverse_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
    self->reason = GTK_ENTRY (gtk_entry_new ());
    gtk_widget_set_name (GTK_WIDGET (self->reason), "supply-reverse-reason");
    gtk_widget_set_name (reverse, "supply-reverse");
    gtk_widget_set_hexpand (GTK_WIDGET (self->reason), TRUE);
    gtk_entry_set_placeholder_text (self->reason, _("Reason to reverse the last entry"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->reason), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Reason to reverse the last entry"), -1);
    g_signal_connect_swapped (self->reason, "activate", G_CALLBACK (reverse_last), self);
    g_signal_connect_swapped (reverse, "clicked", G_CALLBACK (reverse_last), self);
    gtk_box_append (GTK_BOX (self->reverse_box), GTK_WIDGET (self->reason));
    gtk_box_append (GTK_BOX (self->reverse_box), reverse);
    gtk_widget_set_visible (self->reverse_box, FALSE);
    gtk_grid_attach (GTK_GRID (grid), self->reverse_box, 1, row++, 1, 1);
  }
  gtk_box_append (GTK_BOX (box), grid);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), save_button);

  add_completion (self);
  g_signal_connect_swapped (self->item, "changed", G_CALLBACK (update_preview), self);
  g_signal_connect_swapped (self->quantity, "changed", G_CALLBACK (update_preview), self);
  gtk_widget_grab_focus (GTK_WIDGET (self->item));
}

static void
fy_supply_move_dialog_dispose (GObject *object)
{
  FySupplyMoveDialog *self = FY_SUPPLY_MOVE_DIALOG (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_supply_move_dialog_parent_class)->dispose (object);
}

static void
fy_supply_move_dialog_class_init (FySupplyMoveDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fy_supply_move_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_supply_move_dialog_init (FySupplyMoveDialog *self)
{
}

FySupplyMoveDialog *
fy_supply_move_dialog_new (GtkWindow *parent, FyStore *store, FySupplyMoveKind kind)
{
  FySupplyMoveDialog *self = g_object_new (FY_TYPE_SUPPLY_MOVE_DIALOG, "transient-for", parent,
                                           "modal", TRUE, NULL);
  g_autoptr(GError) error = NULL;

  self->store = g_object_ref (store);
  self->kind = kind;
  self->items = fy_supplies_list_items (store, &error);
  if (self->items == NULL)
    self->items = g_ptr_array_new ();
  build (self);
  return self;
}

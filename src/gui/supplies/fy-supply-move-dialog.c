/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supply-move-dialog.c — the receipt / issue dialog: a short form typed
 * again and again. The fields a clerk needs every time come first (item,
 * quantity, batch or recipient); the register's other fields follow in Tab
 * order and keep their values from one entry to the next (source,
 * supplier, 验收人 / 保管人; recipient, purpose, 领用人 / 审批人 / 发放人,
 * the last two defaulting to the current operator). Enter in any field
 * saves; after a save the item-specific fields are cleared and the focus
 * is back on the item, so the next one starts at once; Esc closes. An
 * issue may take one batch chosen by hand instead of the first-expiry-
 * first-out split, with a reason. The widgets have names for the tests. */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-error.h"
#include "fy-form-util.h"
#include "fy-staff.h"
#include "fy-supplies.h"
#include "fy-supply-form.h"
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
  GtkDropDown      *source;
  GtkEntry         *supplier;
  GtkEntry         *price;
  GtkEntry         *place;
  GtkEntry         *inspector;
  GtkEntry         *keeper;
  GtkCheckButton   *disinfected;
  GtkEntry         *recipient;    /* issue */
  GtkDropDown      *recipient_kind;
  GtkEntry         *purpose;
  GtkEntry         *taker;
  GtkEntry         *approver;
  GtkEntry         *issuer;
  GtkDropDown      *override;     /* 0 = first expiry first out, else batch i - 1 */
  GtkStringList    *override_list;
  GPtrArray        *override_batches;  /* FySupplyBatch of the item shown */
  gint64            override_item;
  GtkEntry         *override_reason;
  GtkEntry         *note;
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

/* The batches an issue of `item` may be taken from by hand, listed in the
 * override drop-down (rebuilt only when the item changes). */
static void
refresh_override (FySupplyMoveDialog *self, FySupplyItem *item)
{
  gint64 id = item ? item->id : 0;
  guint n;

  if (self->override == NULL || id == self->override_item)
    return;
  self->override_item = id;
  g_clear_pointer (&self->override_batches, g_ptr_array_unref);
  self->override_batches = id ? fy_supplies_list_batches (self->store, id, FALSE, NULL) : NULL;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->override_list));
  gtk_string_list_splice (self->override_list, 1, n - 1, NULL);
  for (guint i = 0; self->override_batches && i < self->override_batches->len; i++)
    {
      FySupplyBatch *b = g_ptr_array_index (self->override_batches, i);
      /* Translators: a batch to issue from by hand: number, expiry, stock. */
      g_autofree char *text = g_strdup_printf (_("Batch %s (expires %s), %lld on hand"),
                                               *b->batch_no ? b->batch_no : "—",
                                               *b->expires ? b->expires : _("never"), (long long) b->on_hand);
      gtk_string_list_append (self->override_list, text);
    }
  gtk_drop_down_set_selected (self->override, 0);
}

/* A typed unit price in yuan ("12", "3.5", "0.85"; "" = not given) in fen. */
static gboolean
read_price (GtkEntry *entry, gint64 *fen, GError **error)
{
  g_autofree char *text = g_strstrip (g_strdup (text_of (entry)));
  gint64 milli = 0;

  *fen = -1;
  if (*text == '\0')
    return TRUE;
  if (!fy_supplies_parse_milli (text, &milli, NULL) || milli % 10 != 0)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("The unit price is in yuan with at most two decimals, e.g. 12.50."));
      return FALSE;
    }
  *fen = milli / 10;
  return TRUE;
}

/* The item line and, for an issue, the split across batches to confirm. */
static void
update_preview (FySupplyMoveDialog *self)
{
  FySupplyItem *item = resolve_item (self, text_of (self->item));
  g_autoptr(GError) error = NULL;
  g_autofree char *day = fy_today ();
  gint64 q = 0;

  refresh_override (self, item);
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
  GtkEntry *entries[] = { self->item, self->quantity, self->batch_no, self->expires, self->produced, self->price,
                          self->note, self->override_reason };

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
        .source = gtk_drop_down_get_selected (self->source), .supplier = text_of (self->supplier),
        .place = text_of (self->place), .inspector = text_of (self->inspector), .keeper = text_of (self->keeper),
        .disinfected = gtk_check_button_get_active (self->disinfected), .note = text_of (self->note),
      };
      if (!read_price (self->price, &in.unit_price_fen, &error))
        {
          fy_form_set_error (self->error, error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->price));
          return;
        }
      doc = fy_supplies_receive (self->store, &in, &error);
      /* Translators: under the receipt dialog after a save: item, quantity, unit. */
      done = g_strdup_printf (_("Received %s: %lld %s"), item->name, (long long) q, item->unit);
    }
  else
    {
      guint chosen = gtk_drop_down_get_selected (self->override);
      FySupplyTake take = { 0, q };
      FySupplyIssueInput in = {
        .day = text_of (self->day), .item_id = item->id, .quantity = q,
        .recipient_kind = gtk_drop_down_get_selected (self->recipient_kind), .recipient = text_of (self->recipient),
        .purpose = text_of (self->purpose), .taker = text_of (self->taker), .approver = text_of (self->approver),
        .issuer = text_of (self->issuer), .note = text_of (self->note),
      };
      if (chosen > 0 && chosen != GTK_INVALID_LIST_POSITION && self->override_batches
          && chosen - 1 < self->override_batches->len)
        {
          take.batch_id = ((FySupplyBatch *) g_ptr_array_index (self->override_batches, chosen - 1))->id;
          in.takes = &take;
          in.n_takes = 1;
          in.override_reason = text_of (self->override_reason);
        }
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
  self->override_item = -1;
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
  return fy_supply_form_add_entry (grid, row, label, name, G_CALLBACK (save), self);
}

static GtkDropDown *
add_choice (GtkGrid *grid, int row, const char *label, GListModel *model, const char *name)
{
  return GTK_DROP_DOWN (fy_supply_form_add_row (grid, row, label, gtk_drop_down_new (model, NULL), name));
}

static GListModel *
code_labels (const FyCodeLabel *table, guint n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, fy_code_label_text (&table[i]));
  return G_LIST_MODEL (list);
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

static gboolean
on_recipient_selected_cb (GtkEntryCompletion *completion, GtkTreeModel *model, GtkTreeIter *iter,
                          FySupplyMoveDialog *self)
{
  g_autofree char *value = NULL;
  int kind = 0;

  gtk_tree_model_get (model, iter, 1, &value, 2, &kind, -1);
  gtk_editable_set_text (GTK_EDITABLE (self->recipient), value);
  gtk_editable_set_position (GTK_EDITABLE (self->recipient), -1);
  gtk_drop_down_set_selected (self->recipient_kind, kind);
  return TRUE;
}

/* Completion of the recipient: departments, zone areas and people in the
 * roster; choosing one sets the recipient kind too. */
static void
add_recipient_completion (FySupplyMoveDialog *self)
{
  GtkListStore *model = gtk_list_store_new (3, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_INT);
  GtkEntryCompletion *completion = gtk_entry_completion_new ();
  g_auto(GStrv) departments = fy_staff_list_departments (self->store);
  g_autoptr(GPtrArray) areas = fy_staff_list_areas (self->store);
  FyStaffFilter filter = { 0 };
  g_autoptr(GPtrArray) people = fy_staff_list (self->store, &filter, NULL);

  for (guint i = 0; departments && departments[i]; i++)
    gtk_list_store_insert_with_values (model, NULL, -1, 0, departments[i], 1, departments[i],
                                       2, FY_SUPPLY_TO_DEPARTMENT, -1);
  for (guint i = 0; areas && i < areas->len; i++)
    {
      FyStaffArea *a = g_ptr_array_index (areas, i);
      gtk_list_store_insert_with_values (model, NULL, -1, 0, a->label, 1, a->label, 2, FY_SUPPLY_TO_AREA, -1);
    }
  for (guint i = 0; people && i < people->len; i++)
    {
      FyStaff *p = g_ptr_array_index (people, i);
      g_autofree char *shown = g_strdup_printf ("%s %s", p->name, p->department);
      gtk_list_store_insert_with_values (model, NULL, -1, 0, shown, 1, p->name, 2, FY_SUPPLY_TO_PERSON, -1);
    }
  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (model));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_match_func (completion, completion_match, NULL, NULL);
  gtk_entry_completion_set_minimum_key_length (completion, 1);
  g_signal_connect (completion, "match-selected", G_CALLBACK (on_recipient_selected_cb), self);
  gtk_entry_set_completion (self->recipient, completion);
  g_object_unref (completion);
  g_object_unref (model);
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
  self->item = add_field (self, GTK_GRID (grid), row++, _("It_em (code or name)"), "supply-item");
  self->item_label = add_note (GTK_GRID (grid), row++, "supply-item-label", "dim-label");
  self->quantity = add_field (self, GTK_GRID (grid), row++, _("_Quantity"), "supply-quantity");
  if (receipt)
    {
      self->batch_no = add_field (self, GTK_GRID (grid), row++, _("_Batch no."), "supply-batch");
      self->expires = add_field (self, GTK_GRID (grid), row++, _("E_xpiry date"), "supply-expires");
      self->produced = add_field (self, GTK_GRID (grid), row++, _("_Production date"), "supply-produced");
      self->source = add_choice (GTK_GRID (grid), row++, _("_Source"),
                                 code_labels (fy_supply_source_labels, FY_SUPPLY_N_SOURCES), "supply-source");
      self->supplier = add_field (self, GTK_GRID (grid), row++, _("S_upplier"), "supply-supplier");
      self->price = add_field (self, GTK_GRID (grid), row++, _("Unit price (_yuan)"), "supply-price");
      self->place = add_field (self, GTK_GRID (grid), row++, _("Storage p_lace"), "supply-place");
      self->inspector = add_field (self, GTK_GRID (grid), row++, _("Inspec_ted by"), "supply-inspector");
      self->keeper = add_field (self, GTK_GRID (grid), row++, _("_Keeper"), "supply-keeper");
      self->disinfected = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("Disinfected before stora_ge")));
      gtk_widget_set_name (GTK_WIDGET (self->disinfected), "supply-disinfected");
      gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->disinfected), 1, row++, 1, 1);
      gtk_editable_set_text (GTK_EDITABLE (self->keeper), fy_store_get_actor (self->store));
    }
  else
    {
      self->recipient = add_field (self, GTK_GRID (grid), row++, _("_Recipient"), "supply-recipient");
      self->recipient_kind = add_choice (GTK_GRID (grid), row++, _("Recipient _kind"),
                                         code_labels (fy_supply_recipient_labels, FY_SUPPLY_N_RECIPIENTS),
                                         "supply-recipient-kind");
      self->purpose = add_field (self, GTK_GRID (grid), row++, _("_Purpose"), "supply-purpose");
      self->taker = add_field (self, GTK_GRID (grid), row++, _("Received _by"), "supply-taker");
      self->approver = add_field (self, GTK_GRID (grid), row++, _("_Approved by"), "supply-approver");
      self->issuer = add_field (self, GTK_GRID (grid), row++, _("Issued b_y"), "supply-issuer");
      gtk_editable_set_text (GTK_EDITABLE (self->issuer), fy_store_get_actor (self->store));
      self->override_list = gtk_string_list_new (NULL);
      gtk_string_list_append (self->override_list, _("First expiry, first out"));
      self->override = add_choice (GTK_GRID (grid), row++, _("Bat_ch"),
                                   G_LIST_MODEL (g_object_ref (self->override_list)), "supply-override");
      self->override_reason = add_field (self, GTK_GRID (grid), row++, _("Reason for the batch c_hosen"),
                                         "supply-override-reason");
    }
  self->note = add_field (self, GTK_GRID (grid), row++, _("N_ote"), "supply-note");
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
  if (self->recipient)
    add_recipient_completion (self);
  g_signal_connect_swapped (self->item, "changed", G_CALLBACK (update_preview), self);
  g_signal_connect_swapped (self->quantity, "changed", G_CALLBACK (update_preview), self);
  gtk_widget_grab_focus (GTK_WIDGET (self->item));
}

static void
fy_supply_move_dialog_dispose (GObject *object)
{
  FySupplyMoveDialog *self = FY_SUPPLY_MOVE_DIALOG (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->override_batches, g_ptr_array_unref);
  g_clear_object (&self->override_list);
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

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supply-batch-dialog.c — return, scrap, stock-take and reversal forms
 * of one item (see the header). Every field is typed; batches are chosen
 * in a drop-down listing batch number, expiry and stock. The widgets have
 * names for the tests. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-error.h"
#include "fy-form-util.h"
#include "fy-supply-batch-dialog.h"
#include "fy-supply-form.h"
#include "fy-validate.h"

struct _FySupplyBatchDialog
{
  AdwWindow            parent_instance;

  FyStore             *store;
  gint64               item_id;
  FySupplyBatchAction  action;
  gint64               doc_id;       /* the document to reverse */
  GPtrArray           *batches;      /* FySupplyBatch, in the drop-down's order */
  GPtrArray           *counted;      /* GtkEntry per batch (stock-take) */
  GtkDropDown         *batch;
  GtkEntry            *quantity, *person, *reason, *note;
  GtkLabel            *error;
};

G_DEFINE_FINAL_TYPE (FySupplyBatchDialog, fy_supply_batch_dialog, ADW_TYPE_WINDOW)

static const char *
text_of (GtkEntry *entry)
{
  return entry ? gtk_editable_get_text (GTK_EDITABLE (entry)) : "";
}

static gboolean
stocktake (FySupplyBatchDialog *self, const char *day, GtkEntry **wrong, GError **error)
{
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (FySupplyCount));

  for (guint i = 0; i < self->batches->len; i++)
    {
      FySupplyBatch *b = g_ptr_array_index (self->batches, i);
      GtkEntry *entry = g_ptr_array_index (self->counted, i);
      g_autofree char *text = g_strstrip (g_strdup (text_of (entry)));
      FySupplyCount count = { b->id, 0 };

      /* 0 is a count too (the batch is gone); the quantity parser wants
       * more than 0. */
      if (g_strcmp0 (text, "0") != 0 && !fy_supplies_parse_quantity (text, &count.counted, error))
        {
          *wrong = entry;
          return FALSE;
        }
      g_array_append_val (counts, count);
    }
  *wrong = self->reason;
  return fy_supplies_stocktake (self->store, day, self->item_id, (FySupplyCount *) counts->data, counts->len,
                                text_of (self->reason), error) != 0;
}

static void
save (FySupplyBatchDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *day = fy_today ();
  GtkEntry *wrong = NULL;
  gboolean ok;

  if (self->action == FY_SUPPLY_BATCH_STOCKTAKE)
    ok = stocktake (self, day, &wrong, &error);
  else if (self->action == FY_SUPPLY_BATCH_REVERSE)
    {
      ok = fy_supplies_reverse (self->store, self->doc_id, day, text_of (self->reason), &error) != 0;
      wrong = self->reason;
    }
  else
    {
      guint selected = self->batch ? gtk_drop_down_get_selected (self->batch) : GTK_INVALID_LIST_POSITION;
      FySupplyBatch *b = selected < self->batches->len ? g_ptr_array_index (self->batches, selected) : NULL;
      FySupplyBatchMoveInput input = {
        .day = day, .batch_id = b ? b->id : 0, .reason = text_of (self->reason),
        .person = text_of (self->person), .note = text_of (self->note),
      };

      ok = FALSE;
      if (b == NULL)
        g_set_error_literal (&error, FY_ERROR, FY_ERROR_INVALID, _("This item has no batch to choose."));
      else if (!fy_supplies_parse_quantity (text_of (self->quantity), &input.quantity, &error))
        wrong = self->quantity;
      else if (self->action == FY_SUPPLY_BATCH_RETURN)
        ok = fy_supplies_return (self->store, &input, &error) != 0;
      else
        ok = fy_supplies_scrap (self->store, &input, &error) != 0;
      if (!ok && wrong == NULL)
        wrong = self->quantity;
    }
  if (!ok)
    {
      fy_form_set_error (self->error, error->message);
      if (wrong)
        gtk_widget_grab_focus (GTK_WIDGET (wrong));
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static GtkEntry *
add_entry (FySupplyBatchDialog *self, GtkGrid *grid, int row, const char *label, const char *name)
{
  return fy_supply_form_add_entry (grid, row, label, name, G_CALLBACK (save), self);
}

/* "B2026-11 · expires 2027-05-01 · 120 on hand" */
static char *
describe_batch (const FySupplyBatch *b)
{
  const char *no = *b->batch_no ? b->batch_no : _("(no batch number)");

  if (*b->expires)
    /* Translators: a batch in a drop-down: number, expiry, stock. */
    return g_strdup_printf (_("%s · expires %s · %lld on hand"), no, b->expires, (long long) b->on_hand);
  /* Translators: a batch that does not expire: number, stock. */
  return g_strdup_printf (_("%s · %lld on hand"), no, (long long) b->on_hand);
}

static int
build_batch_fields (FySupplyBatchDialog *self, GtkGrid *grid, int row)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; i < self->batches->len; i++)
    {
      g_autofree char *text = describe_batch (g_ptr_array_index (self->batches, i));

      gtk_string_list_append (list, text);
    }
  self->batch = GTK_DROP_DOWN (fy_supply_form_add_row (grid, row++, _("_Batch"),
                                        gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&list)), NULL),
                                        "batch-batch"));
  self->quantity = add_entry (self, grid, row++, _("_Quantity"), "batch-quantity");
  if (self->action == FY_SUPPLY_BATCH_RETURN)
    {
      self->person = add_entry (self, grid, row++, _("Returned b_y"), "batch-person");
      self->reason = add_entry (self, grid, row++, _("_Reason"), "batch-reason");
    }
  else
    {
      self->person = add_entry (self, grid, row++, _("_Approved by"), "batch-person");
      self->reason = add_entry (self, grid, row++, _("Approval _note"), "batch-reason");
    }
  self->note = add_entry (self, grid, row++, _("N_ote"), "batch-note");
  return row;
}

static int
build_count_fields (FySupplyBatchDialog *self, GtkGrid *grid, int row)
{
  self->counted = g_ptr_array_new ();
  for (guint i = 0; i < self->batches->len; i++)
    {
      FySupplyBatch *b = g_ptr_array_index (self->batches, i);
      g_autofree char *text = describe_batch (b);
      /* The label takes a mnemonic: a batch number's "_" is shown as is. */
      g_auto(GStrv) parts = g_strsplit (text, "_", -1);
      g_autofree char *label = g_strjoinv ("__", parts);
      g_autofree char *name = g_strdup_printf ("batch-count-%u", i);
      g_autofree char *value = g_strdup_printf ("%lld", (long long) b->on_hand);
      GtkEntry *entry = add_entry (self, grid, row++, label, name);

      gtk_editable_set_text (GTK_EDITABLE (entry), value);
      g_ptr_array_add (self->counted, entry);
    }
  self->reason = add_entry (self, grid, row++, _("_Reason for a difference"), "batch-reason");
  return row;
}

/* A return most often brings back what was issued last: its batch first. */
static void
select_last_issued (FySupplyBatchDialog *self)
{
  g_autoptr(GPtrArray) moves = fy_supplies_list_movements (self->store, self->item_id, 50, NULL);

  for (guint i = 0; moves && i < moves->len; i++)
    {
      FySupplyMovement *m = g_ptr_array_index (moves, i);

      if (m->kind != FY_SUPPLY_DOC_ISSUE || m->reversed)
        continue;
      for (guint b = 0; b < self->batches->len; b++)
        if (g_strcmp0 (((FySupplyBatch *) g_ptr_array_index (self->batches, b))->batch_no, m->batch_no) == 0)
          {
            gtk_drop_down_set_selected (self->batch, b);
            return;
          }
      return;
    }
}

static void
build (FySupplyBatchDialog *self, const FySupplyMovement *movement)
{
  static const char *const titles[] = {
    N_("Return to a Batch"), N_("Scrap"), N_("Stock-Take"), N_("Reverse a Movement"),
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  GtkWidget *save_button = gtk_button_new_with_mnemonic (self->action == FY_SUPPLY_BATCH_REVERSE ? _("_Reverse")
                                                         : _("_Save"));
  int row = 0;

  gtk_window_set_title (GTK_WINDOW (self), _(titles[self->action]));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, -1);
  gtk_widget_add_css_class (save_button, self->action == FY_SUPPLY_BATCH_REVERSE ? "destructive-action"
                                                                                 : "suggested-action");
  gtk_widget_set_name (save_button, "batch-save");
  g_signal_connect_swapped (save_button, "clicked", G_CALLBACK (save), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save_button);
  gtk_box_append (GTK_BOX (box), header);
  gtk_grid_set_row_spacing (grid, 8);
  gtk_grid_set_column_spacing (grid, 12);
  g_object_set (grid, "margin-start", 18, "margin-end", 18, "margin-top", 18, "margin-bottom", 18, NULL);
  if (self->action == FY_SUPPLY_BATCH_REVERSE)
    {
      const char *kind = fy_code_label_text (&fy_supply_doc_kind_labels[movement->kind]);
      /* Translators: the movement to reverse: day, kind, batch, change. */
      g_autofree char *text = g_strdup_printf (_("%s %s, batch %s: %+lld"), movement->day, kind,
                                               movement->batch_no, (long long) movement->quantity);
      GtkWidget *what = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (what), 0);
      gtk_label_set_wrap (GTK_LABEL (what), TRUE);
      gtk_widget_set_name (what, "batch-movement");
      gtk_grid_attach (grid, what, 0, row++, 2, 1);
      self->reason = add_entry (self, grid, row++, _("_Reason"), "batch-reason");
    }
  else if (self->action == FY_SUPPLY_BATCH_STOCKTAKE)
    row = build_count_fields (self, grid, row);
  else
    {
      row = build_batch_fields (self, grid, row);
      if (self->action == FY_SUPPLY_BATCH_RETURN)
        select_last_issued (self);
    }
  self->error = fy_supply_form_error_label ("batch-error");
  gtk_grid_attach (grid, GTK_WIDGET (self->error), 0, row++, 2, 1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (grid));
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), save_button);
  /* The first text field (the batch drop-down starts on the first batch,
   * first-expiry-first-out). */
  if (self->action == FY_SUPPLY_BATCH_STOCKTAKE && self->counted->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->counted, 0));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->quantity ? self->quantity : self->reason));
}

static void
fy_supply_batch_dialog_dispose (GObject *object)
{
  FySupplyBatchDialog *self = FY_SUPPLY_BATCH_DIALOG (object);

  g_clear_pointer (&self->batches, g_ptr_array_unref);
  g_clear_pointer (&self->counted, g_ptr_array_unref);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_supply_batch_dialog_parent_class)->dispose (object);
}

static void
fy_supply_batch_dialog_class_init (FySupplyBatchDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fy_supply_batch_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_supply_batch_dialog_init (FySupplyBatchDialog *self)
{
}

FySupplyBatchDialog *
fy_supply_batch_dialog_new (GtkWindow *parent, FyStore *store, gint64 item_id, FySupplyBatchAction action,
                            const FySupplyMovement *movement)
{
  FySupplyBatchDialog *self = g_object_new (FY_TYPE_SUPPLY_BATCH_DIALOG, "transient-for", parent, "modal", TRUE,
                                            NULL);
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (action != FY_SUPPLY_BATCH_REVERSE || movement != NULL, NULL);
  self->store = g_object_ref (store);
  self->item_id = item_id;
  self->action = action;
  self->doc_id = movement ? movement->doc_id : 0;
  /* A return may go back to an emptied batch; scrap and counts take the
   * batches with stock. */
  self->batches = fy_supplies_list_batches (store, item_id, action == FY_SUPPLY_BATCH_RETURN, &error);
  if (self->batches == NULL)
    self->batches = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_supply_batch_free);
  build (self, movement);
  if (error)
    fy_form_set_error (self->error, error->message);
  return self;
}

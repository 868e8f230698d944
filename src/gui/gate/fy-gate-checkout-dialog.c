/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-checkout-dialog.c — check out at the gate: who is leaving and
 * since when, the time out (now by default; a later entry may type the
 * real time), the dwell it makes, kept up to date as the time is typed,
 * and for a truck the two hand-over signatures: ours (the operator by
 * default) and the carrier's (the driver by default), both needed. Enter
 * in a field checks out; a time the core refuses (before time in, in the future) is
 * shown at the time field and nothing is written; Esc closes. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-clock.h"
#include "fy-error-dialog.h"
#include "fy-form-util.h"
#include "fy-gate-checkout-dialog.h"
#include "fy-gate.h"
#include "fy-gui-util.h"

struct _FyGateCheckoutDialog
{
  AdwWindow    parent_instance;

  FyStore     *store;
  FyGateVisit *visit;
  GtkEditable *day;
  GtkEditable *time_of_day;
  GtkEditable *ours;
  GtkEditable *theirs;
  GtkLabel    *dwell;
  GtkLabel    *error;
  gboolean     done;
};

G_DEFINE_FINAL_TYPE (FyGateCheckoutDialog, fy_gate_checkout_dialog, ADW_TYPE_WINDOW)

/* "Inside 1 h 15 min" up to the time typed, or why it cannot be read. */
static void
update_dwell (FyGateCheckoutDialog *self)
{
  gint64 at = 0;
  g_autofree char *text = NULL;

  if (self->dwell == NULL)
    return;
  if (fy_form_read_instant (self->day, self->time_of_day, &at, NULL))
    {
      int minutes = fy_gate_dwell_minutes (self->visit, at);
      FyGateRules rules;
      int limit;

      fy_gate_rules_load (self->store, &rules);
      limit = self->visit->kind == FY_GATE_TRUCK ? rules.truck_dwell_min : rules.visitor_dwell_min;
      if (minutes > limit)
        /* Translators: the check-out dialog: hours and minutes inside, past the limit of Preferences (超时). */
        text = g_strdup_printf (_("Dwell: %d h %02d min — past the limit of %d min"), minutes / 60, minutes % 60,
                                limit);
      else if (minutes >= 0)
        /* Translators: the check-out dialog: hours and minutes inside the plant (停留时长). */
        text = g_strdup_printf (_("Dwell: %d h %02d min"), minutes / 60, minutes % 60);
      else
        text = g_strdup ("");
      fy_widget_set_css_class (GTK_WIDGET (self->dwell), "warning", minutes > limit);
    }
  else
    text = g_strdup ("");
  gtk_label_set_text (self->dwell, text);
}

static void
check_out (FyGateCheckoutDialog *self)
{
  g_autoptr(GError) error = NULL;
  /* Visitors sign nothing at the gate. */
  g_autofree char *ours = g_strstrip (g_strdup (self->ours ? gtk_editable_get_text (self->ours) : ""));
  g_autofree char *theirs = g_strstrip (g_strdup (self->theirs ? gtk_editable_get_text (self->theirs) : ""));
  g_autofree char *toast = NULL;
  gint64 at = 0;
  gboolean truck = self->visit->kind == FY_GATE_TRUCK;

  if (self->done)
    return;
  if (truck && (*ours == '\0' || *theirs == '\0'))
    {
      GtkWidget *field = GTK_WIDGET (*ours == '\0' ? self->ours : self->theirs);

      fy_a11y_set_invalid (field, TRUE);
      fy_form_set_error (self->error, *ours == '\0' ? _("Enter who signs the hand-over for the plant.")
                                                    : _("Enter who signs the hand-over for the carrier."));
      gtk_widget_grab_focus (field);
      return;
    }
  if (!fy_form_read_instant (self->day, self->time_of_day, &at, &error)
      || !fy_gate_check_out (self->store, self->visit->id, at, ours, theirs, fy_now (), &error))
    {
      fy_a11y_set_invalid (GTK_WIDGET (self->time_of_day), TRUE);
      fy_form_set_error (self->error, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->time_of_day));
      return;
    }
  self->done = TRUE;
  {
    const FyGatePerson *first = self->visit->people->len ? self->visit->people->pdata[0] : NULL;
    /* Translators: toast after checking out: the person's name or the truck's plate. */
    toast = g_strdup_printf (_("Checked out: %s"), truck && *self->visit->plate ? self->visit->plate
                                                    : first ? first->name : "");
  }
  fy_form_toast (GTK_WIDGET (self), toast);
  gtk_window_destroy (GTK_WINDOW (self));
}

static GtkEditable *
add_entry (FyGateCheckoutDialog *self, GtkGrid *grid, int row, const char *title_text, const char *name)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (title_text);
  GtkWidget *entry = gtk_entry_new ();

  gtk_label_set_xalign (GTK_LABEL (title), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), entry);
  gtk_widget_set_name (entry, name);
  gtk_widget_set_hexpand (entry, TRUE);
  fy_a11y_name_field (entry, title);
  g_signal_connect_swapped (entry, "activate", G_CALLBACK (check_out), self);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, entry, 1, row, 1, 1);
  return GTK_EDITABLE (entry);
}

static void
build (FyGateCheckoutDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Check Out"));
  GtkWidget *who = gtk_label_new (NULL);
  const FyGatePerson *first = self->visit->people->len ? self->visit->people->pdata[0] : NULL;
  gboolean truck = self->visit->kind == FY_GATE_TRUCK;
  g_autofree char *since = fy_format_instant (self->visit->arrived_at);
  g_autofree char *line = NULL;
  int row = 0;

  gtk_window_set_title (GTK_WINDOW (self), _("Check Out"));
  gtk_window_set_default_size (GTK_WINDOW (self), 480, -1);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_name (button, "gate-checkout");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (check_out), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), button);
  gtk_box_append (GTK_BOX (box), header);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  g_object_set (grid, "margin-start", 18, "margin-end", 18, "margin-top", 18, "margin-bottom", 18, NULL);
  /* Translators: the check-out dialog: kind, plate or name, time in. */
  line = g_strdup_printf (_("%s %s — inside since %s"), fy_code_label_text (&fy_gate_kind_labels[self->visit->kind]),
                          truck && *self->visit->plate ? self->visit->plate : first ? first->name : "", since);
  gtk_label_set_text (GTK_LABEL (who), line);
  gtk_label_set_wrap (GTK_LABEL (who), TRUE);
  gtk_label_set_xalign (GTK_LABEL (who), 0);
  gtk_widget_add_css_class (who, "heading");
  gtk_grid_attach (GTK_GRID (grid), who, 0, row++, 2, 1);
  self->day = add_entry (self, GTK_GRID (grid), row++, _("_Date out"), "gate-out-day");
  self->time_of_day = add_entry (self, GTK_GRID (grid), row++, _("_Time out"), "gate-out-time");
  fy_form_set_now (self->day, self->time_of_day);
  if (truck)
    {
      self->ours = add_entry (self, GTK_GRID (grid), row++, _("Hand-over signed, _ours"), "gate-handover-ours");
      self->theirs = add_entry (self, GTK_GRID (grid), row++, _("Hand-over signed, ca_rrier"),
                                "gate-handover-theirs");
      gtk_editable_set_text (self->ours, fy_store_get_actor (self->store));
      gtk_editable_set_text (self->theirs, first ? first->name : "");
    }
  self->dwell = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->dwell), "gate-dwell");
  gtk_label_set_xalign (self->dwell, 0);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->dwell), 1, row++, 1, 1);
  self->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->error), "gate-checkout-error");
  gtk_widget_add_css_class (GTK_WIDGET (self->error), "error");
  gtk_label_set_wrap (self->error, TRUE);
  gtk_label_set_xalign (self->error, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->error), FALSE);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->error), 1, row++, 1, 1);
  gtk_box_append (GTK_BOX (box), grid);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), button);
  g_signal_connect_swapped (self->day, "changed", G_CALLBACK (update_dwell), self);
  g_signal_connect_swapped (self->time_of_day, "changed", G_CALLBACK (update_dwell), self);
  update_dwell (self);
}

static void
fy_gate_checkout_dialog_dispose (GObject *object)
{
  FyGateCheckoutDialog *self = FY_GATE_CHECKOUT_DIALOG (object);

  g_clear_pointer (&self->visit, fy_gate_visit_free);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_gate_checkout_dialog_parent_class)->dispose (object);
}

static void
fy_gate_checkout_dialog_class_init (FyGateCheckoutDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fy_gate_checkout_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_gate_checkout_dialog_init (FyGateCheckoutDialog *self)
{
}

FyGateCheckoutDialog *
fy_gate_checkout_dialog_present (GtkWidget *parent, FyStore *store, gint64 visit_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyGateVisit) visit = fy_gate_get (store, visit_id, &error);
  GtkWindow *window = parent ? (GTK_IS_WINDOW (parent) ? GTK_WINDOW (parent) : fy_form_window_of (parent)) : NULL;
  FyGateCheckoutDialog *self;

  if (visit == NULL)
    {
      fy_show_error (parent, _("The visit could not be opened"), error->message);
      return NULL;
    }
  self = g_object_new (FY_TYPE_GATE_CHECKOUT_DIALOG, "transient-for", window, "modal", TRUE, NULL);
  self->store = g_object_ref (store);
  self->visit = g_steal_pointer (&visit);
  build (self);
  gtk_window_present (GTK_WINDOW (self));
  fy_form_focus_first_field (GTK_WINDOW (self));
  return self;
}

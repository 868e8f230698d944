/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-release-dialog.c — the release decision. An early release (on or
 * before the planned end) needs a note: the dialog says so as the date is
 * typed, and the core refuses it without one. */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "fy-clock.h"
#include "fy-form-util.h"
#include "fy-quarantine.h"
#include "fy-release-dialog.h"
#include "fy-validate.h"

struct _FyReleaseDialog
{
  AdwWindow       parent_instance;

  /* template children */
  GtkLabel       *error_label;
  GtkBox         *person_box;
  AdwEntryRow    *date_entry;
  AdwEntryRow    *note_entry;
  GtkLabel       *hint_label;
  GtkButton      *save_button;

  /* owned */
  FyStore        *store;
  FyQuarantine   *quarantine;
};

G_DEFINE_FINAL_TYPE (FyReleaseDialog, fy_release_dialog, ADW_TYPE_WINDOW)

static void
on_date_changed_cb (FyReleaseDialog *self)
{
  g_autofree char *day = NULL;
  g_autofree char *text = NULL;

  if (self->quarantine == NULL)
    return;
  day = fy_validate_date (gtk_editable_get_text (GTK_EDITABLE (self->date_entry)), NULL);
  if (day && strcmp (day, self->quarantine->end_day) <= 0)
    text = g_strdup_printf (_("The planned quarantine lasts until %s: an earlier release needs a note "
                              "giving the reason or the decision."), self->quarantine->end_day);
  else
    /* TRANSLATORS: planned end day, the person's name. */
    text = g_strdup_printf (_("Planned until %s. From the release day %s is expected on site again."),
                            self->quarantine->end_day, self->quarantine->person.name);
  gtk_label_set_text (self->hint_label, text);
  if (day && strcmp (day, self->quarantine->end_day) <= 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "warning");
}

static void
on_save_clicked_cb (FyReleaseDialog *self)
{
  g_autoptr(GError) error = NULL;

  fy_form_set_error (self->error_label, NULL);
  if (!fy_quarantine_release (self->store, self->quarantine->id, gtk_editable_get_text (GTK_EDITABLE (self->date_entry)),
                              gtk_editable_get_text (GTK_EDITABLE (self->note_entry)), fy_now (), &error))
    {
      fy_form_set_error (self->error_label, error->message);
      return;
    }
  {
    g_autofree char *msg = g_strdup_printf (_("%s released from quarantine"), self->quarantine->person.name);
    fy_form_toast (GTK_WIDGET (self), msg);
  }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
fy_release_dialog_dispose (GObject *object)
{
  FyReleaseDialog *self = FY_RELEASE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_RELEASE_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->quarantine, fy_quarantine_free);
  G_OBJECT_CLASS (fy_release_dialog_parent_class)->dispose (object);
}

static void
fy_release_dialog_class_init (FyReleaseDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = fy_release_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-release-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FyReleaseDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, FyReleaseDialog, person_box);
  gtk_widget_class_bind_template_child (widget_class, FyReleaseDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, FyReleaseDialog, note_entry);
  gtk_widget_class_bind_template_child (widget_class, FyReleaseDialog, hint_label);
  gtk_widget_class_bind_template_child (widget_class, FyReleaseDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_release_dialog_init (FyReleaseDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

FyReleaseDialog *
fy_release_dialog_present (GtkWindow *parent, FyStore *store, gint64 quarantine_id)
{
  FyReleaseDialog *self = g_object_new (FY_TYPE_RELEASE_DIALOG, "transient-for", parent, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *today = fy_today ();
  GtkWidget *person, *summary;

  self->store = g_object_ref (store);
  self->quarantine = fy_quarantine_get (store, quarantine_id, &error);
  if (self->quarantine == NULL)
    {
      fy_form_set_error (self->error_label, error->message);
      gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
      gtk_window_present (GTK_WINDOW (self));
      return self;
    }
  person = fy_form_person_row (store, self->quarantine->person.staff_id, NULL);
  if (person)
    gtk_box_append (self->person_box, person);
  {
    /* TRANSLATORS: quarantine rule, first day, planned end, reason. */
    g_autofree char *text = g_strdup_printf (_("%s, %s – %s (%s)"),
                                             g_dgettext (GETTEXT_PACKAGE, self->quarantine->template_name),
                                             self->quarantine->start_day, self->quarantine->end_day,
                                             fy_quarantine_reason_label (self->quarantine->reason));
    summary = gtk_label_new (text);
    gtk_label_set_xalign (GTK_LABEL (summary), 0);
    gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
    gtk_box_append (self->person_box, summary);
  }
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), today);
  on_date_changed_cb (self);
  gtk_window_present (GTK_WINDOW (self));
  fy_form_focus_first_field (GTK_WINDOW (self));
  return self;
}

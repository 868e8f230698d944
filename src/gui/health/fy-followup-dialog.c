/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-followup-dialog.c — follow-up of an abnormal reading. The rules
 * (recheck range, action required to close) are core's; this shows its
 * verdict and keeps the dialog open on a refusal. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-clock.h"
#include "fy-followup-dialog.h"
#include "fy-followup-dialog-private.h"
#include "fy-health.h"
#include "fy-validate.h"
#include "fy-window.h"
#include "fy-error-dialog.h"

struct _FyFollowupDialog
{
  AdwWindow     parent_instance;

  /* template children */
  AdwActionRow *person_row;
  AdwActionRow *reading_row;
  AdwActionRow *reasons_row;
  AdwPreferencesGroup *form_group;
  AdwEntryRow  *recheck_row;
  AdwComboRow  *action_row;
  AdwEntryRow  *note_row;
  GtkLabel     *error_label;
  GtkLabel     *closed_label;
  GtkButton    *cancel_button;
  GtkButton    *save_button;
  GtkButton    *close_button;

  /* owned */
  FyStore      *store;
  FyFollowUp   *follow_up;
};

G_DEFINE_FINAL_TYPE (FyFollowupDialog, fy_followup_dialog, ADW_TYPE_WINDOW)

static char *
reasons_text (const FyFollowUp *f)
{
  GString *text = g_string_new (NULL);

  if (f->reasons & FY_ABNORMAL_FEVER)
    {
      g_autofree char *line = fy_format_temperature (f->fever_line);
      g_string_append_printf (text, _("Temperature at or above the fever line (%s °C)"), line);
    }
  if (f->reasons & FY_ABNORMAL_SYMPTOMS)
    {
      g_autofree char *symptoms = fy_symptoms_label (f->symptoms);
      if (text->len)
        g_string_append (text, "\n");
      g_string_append_printf (text, _("Symptoms: %s"), symptoms);
    }
  if (f->reasons & FY_ABNORMAL_CODE)
    {
      if (text->len)
        g_string_append (text, "\n");
      g_string_append_printf (text, _("Health code: %s"), fy_code_colour_label (f->code_colour));
    }
  return g_string_free (text, FALSE);
}

static void
show_follow_up (FyFollowupDialog *self)
{
  const FyFollowUp *f = self->follow_up;
  g_autofree char *person = NULL;
  g_autofree char *reading = NULL;
  g_autofree char *temp = f->temp_tenths >= 0 ? fy_format_temperature (f->temp_tenths) : NULL;
  g_autofree char *reasons = reasons_text (f);
  gboolean closed = f->closed_at != 0;

  person = g_strdup_printf ("%s  %s  %s %s", f->person.name, f->person.employee_no,
                            f->person.department, f->person.team);
  adw_action_row_set_subtitle (self->person_row, person);
  if (temp)
    /* TRANSLATORS: "38.2 °C — 2026-11-22 Morning" */
    reading = g_strdup_printf (_("%s °C — %s %s"), temp, f->day, fy_health_session_label (f->session));
  else
    reading = g_strdup_printf (_("Not measured — %s %s"), f->day, fy_health_session_label (f->session));
  adw_action_row_set_subtitle (self->reading_row, reading);
  adw_action_row_set_subtitle (self->reasons_row, reasons);

  if (f->recheck_tenths >= 0)
    {
      g_autofree char *recheck = fy_format_temperature (f->recheck_tenths);
      gtk_editable_set_text (GTK_EDITABLE (self->recheck_row), recheck);
    }
  adw_combo_row_set_selected (self->action_row, f->action);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), f->note ? f->note : "");

  gtk_widget_set_sensitive (GTK_WIDGET (self->form_group), !closed);
  gtk_widget_set_visible (GTK_WIDGET (self->save_button), !closed);
  gtk_widget_set_visible (GTK_WIDGET (self->close_button), !closed);
  gtk_widget_set_visible (GTK_WIDGET (self->closed_label), closed);
  if (closed)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (f->closed_at);
      g_autofree char *at = when ? g_date_time_format (when, "%Y-%m-%d %H:%M") : g_strdup ("");
      g_autofree char *text = f->closed_by && *f->closed_by
                              ? g_strdup_printf (_("Closed on %s by %s."), at, f->closed_by)
                              : g_strdup_printf (_("Closed on %s."), at);
      gtk_label_set_text (self->closed_label, text);
      gtk_button_set_label (self->cancel_button, _("_Close"));
    }
}

static void
set_error (FyFollowupDialog *self, const char *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static gboolean
save (FyFollowupDialog *self, gboolean and_close)
{
  g_autoptr(GError) error = NULL;
  gint64 now = fy_clock_real_now ();
  guint action = adw_combo_row_get_selected (self->action_row);

  if (action == GTK_INVALID_LIST_POSITION)
    action = FY_FOLLOW_UP_ACTION_NONE;
  /* Saving what was typed and closing are two steps, each one transaction:
   * a refused close keeps what was saved. */
  if (!fy_health_update_follow_up (self->store, self->follow_up->id,
                                   gtk_editable_get_text (GTK_EDITABLE (self->recheck_row)),
                                   action, gtk_editable_get_text (GTK_EDITABLE (self->note_row)),
                                   now, &error)
      || (and_close && !fy_health_close_follow_up (self->store, self->follow_up->id, now, &error)))
    {
      set_error (self, error->message);
      return FALSE;
    }
  return TRUE;
}

static void
toast_parent (FyFollowupDialog *self, const char *text)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (FY_IS_WINDOW (parent))
    fy_window_toast (FY_WINDOW (parent), text);
}

static void
on_save_clicked_cb (FyFollowupDialog *self)
{
  if (save (self, FALSE))
    {
      toast_parent (self, _("Follow-up saved"));
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
on_close_clicked_cb (FyFollowupDialog *self)
{
  if (save (self, TRUE))
    {
      toast_parent (self, _("Follow-up closed"));
      gtk_window_close (GTK_WINDOW (self));
    }
}

/* A fever that needs the emergency procedure: the Plans page owns it
 * (win.emergency-start on the main window). */
static void
on_emergency_clicked_cb (FyFollowupDialog *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (parent)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.emergency-start", "x",
                                (gint64) self->follow_up->person.staff_id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
fy_followup_dialog_dispose (GObject *object)
{
  FyFollowupDialog *self = FY_FOLLOWUP_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->follow_up, fy_follow_up_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_FOLLOWUP_DIALOG);
  G_OBJECT_CLASS (fy_followup_dialog_parent_class)->dispose (object);
}

static void
fy_followup_dialog_class_init (FyFollowupDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fy_followup_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-followup-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FyFollowupDialog, person_row);
  gtk_widget_class_bind_template_child (widget_class, FyFollowupDialog, reading_row);
  gtk_widget_class_bind_template_child (widget_class, FyFollowupDialog, reasons_row);
  gtk_widget_class_bind_template_child (widget_class, FyFollowupDialog, form_group);
  gtk_widget_class_bind_template_child (widget_class, FyFollowupDialog, recheck_row);
  gtk_widget_class_bind_template_child (widget_class, FyFollowupDialog, action_row);
  gtk_widget_class_bind_template_child (widget_class, FyFollowupDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, FyFollowupDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, FyFollowupDialog, closed_label);
  gtk_widget_class_bind_template_child (widget_class, FyFollowupDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, FyFollowupDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, FyFollowupDialog, close_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_close_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_emergency_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_followup_dialog_init (FyFollowupDialog *self)
{
  g_autoptr(GtkStringList) actions = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_string_list_append (actions, _("Not decided yet"));
  for (int a = FY_FOLLOW_UP_ACTION_OBSERVATION_POINT; a < FY_N_FOLLOW_UP_ACTIONS; a++)
    gtk_string_list_append (actions, fy_follow_up_action_label (a));
  adw_combo_row_set_model (self->action_row, G_LIST_MODEL (actions));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
}

void
fy_followup_dialog_present (GtkWindow *parent, FyStore *store, gint64 follow_up_id)
{
  g_autoptr(GError) error = NULL;
  FyFollowUp *f;
  FyFollowupDialog *self;

  g_return_if_fail (FY_IS_STORE (store));
  f = fy_health_get_follow_up (store, follow_up_id, &error);
  if (f == NULL)
    {
      if (FY_IS_WINDOW (parent))
        fy_show_error (GTK_WIDGET (parent), _("The follow-up could not be opened"), error->message);
      else
        g_warning ("The follow-up could not be opened: %s", error->message);
      return;
    }
  self = g_object_new (FY_TYPE_FOLLOWUP_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->follow_up = f;
  show_follow_up (self);
  gtk_window_present (GTK_WINDOW (self));
  /* The recheck is what the officer does next. */
  if (f->closed_at == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->recheck_row));
}

GtkEditable *
fy_followup_dialog_get_recheck (FyFollowupDialog *self)
{
  return GTK_EDITABLE (self->recheck_row);
}

GtkEditable *
fy_followup_dialog_get_note (FyFollowupDialog *self)
{
  return GTK_EDITABLE (self->note_row);
}

void
fy_followup_dialog_set_action (FyFollowupDialog *self, int action)
{
  adw_combo_row_set_selected (self->action_row, action);
}

GtkButton *
fy_followup_dialog_get_close_button (FyFollowupDialog *self)
{
  return self->close_button;
}

const char *
fy_followup_dialog_get_error (FyFollowupDialog *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;
}

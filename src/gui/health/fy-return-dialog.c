/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-return-dialog.c — record a return. What the return will start (a
 * quarantine from the return day, its end and test days) is computed with
 * the same pure plan function the core uses, and shown before confirming;
 * the chosen rule is passed explicitly so what is stored is what was
 * shown. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-clock.h"
#include "fy-form-util.h"
#include "fy-quarantine.h"
#include "fy-return-dialog.h"
#include "fy-return-dialog-private.h"
#include "fy-trips.h"
#include "fy-validate.h"

struct _FyReturnDialog
{
  AdwWindow       parent_instance;

  /* template children */
  GtkLabel       *error_label;
  GtkBox         *person_box;
  AdwEntryRow    *date_entry;
  AdwComboRow    *risk_row;
  AdwComboRow    *template_row;
  AdwComboRow    *code_row;
  AdwComboRow    *test_row;
  GtkLabel       *notice_label;
  GtkButton      *save_button;

  /* owned */
  FyStore        *store;
  FyTrip         *trip;
  GPtrArray      *templates;      /* FyQuarantineTemplate*, those with phases */
};

G_DEFINE_FINAL_TYPE (FyReturnDialog, fy_return_dialog, ADW_TYPE_WINDOW)

static const char *
risk_label (int risk)
{
  return fy_risk_level_label (risk);
}

/* The lists start with "Not recorded" (code ""), index = enum. */
static const char *
code_label (int colour)
{
  return colour == FY_CODE_UNKNOWN ? fy_code_label_text (&fy_return_test_labels[FY_RETURN_TEST_UNKNOWN])
                                   : fy_code_colour_label (colour);
}

static const char *
test_label (int test)
{
  return fy_code_label_text (&fy_return_test_labels[test]);
}

static const FyQuarantineTemplate *
chosen_template (FyReturnDialog *self)
{
  guint sel = adw_combo_row_get_selected (self->template_row);

  if (adw_combo_row_get_selected (self->risk_row) == FY_RISK_LOW || sel >= self->templates->len)
    return NULL;
  return g_ptr_array_index (self->templates, sel);
}

static void
select_default_template (FyReturnDialog *self, FyRiskLevel risk)
{
  g_autofree char *code = NULL;

  if (risk == FY_RISK_LOW)
    return;
  code = fy_store_get_setting (self->store, risk == FY_RISK_HIGH ? "trips.quarantine_template.high"
                                                                 : "trips.quarantine_template.medium");
  if (code == NULL || *code == '\0')
    {
      g_free (code);
      code = g_strdup (risk == FY_RISK_HIGH ? FY_TRIP_TEMPLATE_HIGH : FY_TRIP_TEMPLATE_MEDIUM);
    }
  for (guint i = 0; i < self->templates->len; i++)
    if (g_str_equal (((FyQuarantineTemplate *) g_ptr_array_index (self->templates, i))->code, code))
      adw_combo_row_set_selected (self->template_row, i);
}

static void
update_notice (FyReturnDialog *self)
{
  const FyQuarantineTemplate *tmpl = chosen_template (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  g_autofree char *text = NULL;
  FyRiskLevel risk = adw_combo_row_get_selected (self->risk_row);

  gtk_widget_set_visible (GTK_WIDGET (self->template_row), risk != FY_RISK_LOW);
  gtk_button_set_label (self->save_button, tmpl ? _("_Record Return and Start Quarantine") : _("_Record Return"));
  gtk_widget_remove_css_class (GTK_WIDGET (self->notice_label), "warning");
  if (tmpl == NULL)
    {
      gtk_label_set_text (self->notice_label, _("No quarantine is needed after a low-risk area: "
                                                "they are expected on site from the return day."));
      return;
    }
  day = fy_validate_date (gtk_editable_get_text (GTK_EDITABLE (self->date_entry)), &error);
  if (day == NULL)
    /* TRANSLATORS: risk level ("Medium risk"), quarantine rule name. */
    text = g_strdup_printf (_("Returning from a %s area starts “%s”. Enter the return date to see its days."),
                            fy_risk_level_label (risk), fy_quarantine_template_label (tmpl));
  else
    {
      g_autoptr(GArray) phases = g_array_new (FALSE, FALSE, sizeof (FyQuarantinePhase));
      g_autoptr(FyQuarantinePlan) plan = NULL;

      for (guint i = 0; i < tmpl->phases->len; i++)
        g_array_append_vals (phases, g_ptr_array_index (tmpl->phases, i), 1);
      plan = fy_quarantine_plan (day, (const FyQuarantinePhase *) (gpointer) phases->data, phases->len, &error);
      if (plan == NULL)
        text = g_strdup (error->message);
      else
        {
          g_autofree char *described = fy_form_describe_plan (plan);
          /* TRANSLATORS: risk level, rule name, first day, the plan in words, the person's name. */
          text = g_strdup_printf (_("Returning from a %s area starts “%s” from %s. %s "
                                    "%s will not be expected on site until released."),
                                  fy_risk_level_label (risk), fy_quarantine_template_label (tmpl), day,
                                  described, self->trip->person.name);
        }
    }
  gtk_label_set_text (self->notice_label, text);
  gtk_widget_add_css_class (GTK_WIDGET (self->notice_label), "warning");
}

/* The combos notify while their models are set: wait for a real choice. */
static gboolean
ready (FyReturnDialog *self)
{
  return self->trip != NULL && adw_combo_row_get_selected (self->risk_row) < FY_N_RISKS;
}

static void
on_input_changed_cb (FyReturnDialog *self)
{
  if (ready (self))
    update_notice (self);
}

static void
on_risk_changed_cb (FyReturnDialog *self)
{
  if (ready (self))
    select_default_template (self, adw_combo_row_get_selected (self->risk_row));
}

static void
on_save_clicked_cb (FyReturnDialog *self)
{
  g_autoptr(GError) error = NULL;
  const FyQuarantineTemplate *tmpl = chosen_template (self);
  gint64 quarantine_id = 0;

  fy_form_set_error (self->error_label, NULL);
  if (!fy_trips_record_return (self->store,
                               &(FyTripReturn) { .trip_id = self->trip->id,
                                                 .returned_on = gtk_editable_get_text (GTK_EDITABLE (self->date_entry)),
                                                 .return_risk = adw_combo_row_get_selected (self->risk_row),
                                                 .template_code = tmpl ? tmpl->code : NULL,
                                                 .code_colour = adw_combo_row_get_selected (self->code_row),
                                                 .test = adw_combo_row_get_selected (self->test_row) },
                               fy_now (), &quarantine_id, &error))
    {
      fy_form_set_error (self->error_label, error->message);
      return;
    }
  {
    g_autofree char *msg = quarantine_id
      ? g_strdup_printf (_("Return recorded: %s is under quarantine"), self->trip->person.name)
      : g_strdup_printf (_("Return of %s recorded"), self->trip->person.name);
    fy_form_toast (GTK_WIDGET (self), msg);
  }
  gtk_window_destroy (GTK_WINDOW (self));
}

const char *
fy_return_dialog_get_notice (FyReturnDialog *self)
{
  return gtk_label_get_text (self->notice_label);
}

static void
fy_return_dialog_dispose (GObject *object)
{
  FyReturnDialog *self = FY_RETURN_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_RETURN_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->trip, fy_trip_free);
  g_clear_pointer (&self->templates, g_ptr_array_unref);
  G_OBJECT_CLASS (fy_return_dialog_parent_class)->dispose (object);
}

static void
fy_return_dialog_class_init (FyReturnDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = fy_return_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-return-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FyReturnDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, FyReturnDialog, person_box);
  gtk_widget_class_bind_template_child (widget_class, FyReturnDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, FyReturnDialog, risk_row);
  gtk_widget_class_bind_template_child (widget_class, FyReturnDialog, template_row);
  gtk_widget_class_bind_template_child (widget_class, FyReturnDialog, code_row);
  gtk_widget_class_bind_template_child (widget_class, FyReturnDialog, test_row);
  gtk_widget_class_bind_template_child (widget_class, FyReturnDialog, notice_label);
  gtk_widget_class_bind_template_child (widget_class, FyReturnDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_input_changed_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_return_dialog_init (FyReturnDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

FyReturnDialog *
fy_return_dialog_present (GtkWindow *parent, FyStore *store, gint64 trip_id)
{
  FyReturnDialog *self = g_object_new (FY_TYPE_RETURN_DIALOG, "transient-for", parent, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) templates = NULL;
  g_autoptr(GtkStringList) risks = fy_form_labels (risk_label, FY_N_RISKS);
  g_autoptr(GtkStringList) codes = fy_form_labels (code_label, FY_N_CODES);
  g_autoptr(GtkStringList) tests = fy_form_labels (test_label, FY_N_RETURN_TESTS);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *today = fy_today ();
  GtkWidget *person, *summary;

  self->store = g_object_ref (store);
  adw_combo_row_set_model (self->code_row, G_LIST_MODEL (codes));
  adw_combo_row_set_model (self->test_row, G_LIST_MODEL (tests));
  self->templates = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_quarantine_template_free);
  self->trip = fy_trips_get (store, trip_id, &error);
  templates = self->trip ? fy_quarantine_list_templates (store, &error) : NULL;
  if (templates == NULL)
    {
      fy_form_set_error (self->error_label, error->message);
      gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
      g_clear_pointer (&self->trip, fy_trip_free);
      gtk_window_present (GTK_WINDOW (self));
      return self;
    }
  /* A return starts a quarantine with fixed phases: not "custom". */
  for (guint i = 0; i < templates->len; i++)
    {
      FyQuarantineTemplate *t = g_ptr_array_index (templates, i);
      if (t->phases->len == 0)
        continue;
      gtk_string_list_append (names, fy_quarantine_template_label (t));
      g_ptr_array_add (self->templates, g_steal_pointer (&templates->pdata[i]));
    }

  person = fy_form_person_row (store, self->trip->person.staff_id, NULL);
  if (person)
    gtk_box_append (self->person_box, person);
  {
    /* TRANSLATORS: purpose ("Private trip"), destination, risk level, departure, planned return. */
    g_autofree char *text = g_strdup_printf (_("%s to %s (%s), %s – %s"), fy_trip_purpose_label (self->trip->purpose),
                                             self->trip->destination, fy_risk_level_label (self->trip->risk),
                                             self->trip->depart_on, self->trip->planned_return_on);
    summary = gtk_label_new (text);
    gtk_label_set_xalign (GTK_LABEL (summary), 0);
    gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
    gtk_box_append (self->person_box, summary);
  }

  adw_combo_row_set_model (self->template_row, G_LIST_MODEL (names));
  adw_combo_row_set_model (self->risk_row, G_LIST_MODEL (risks));
  g_signal_connect_swapped (self->risk_row, "notify::selected", G_CALLBACK (on_risk_changed_cb), self);
  adw_combo_row_set_selected (self->risk_row, self->trip->risk);
  select_default_template (self, self->trip->risk);
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), today);
  update_notice (self);
  gtk_window_present (GTK_WINDOW (self));
  fy_form_focus_first_field (GTK_WINDOW (self));
  return self;
}

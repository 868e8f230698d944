/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-plans-dialogs.c — the two small dialogs of the Plans page: start an
 * emergency procedure (trigger, the person when not from the roster, a
 * note) and close a corrective action (the recheck result). Each opens with
 * the focus in its first field; Enter starts / closes, Esc cancels. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-clock.h"
#include "fy-form-util.h"
#include "fy-plans-dialogs.h"
#include "fy-plans.h"
#include "fy-staff.h"

typedef struct
{
  FyStore     *store;
  gint64       id;
  GtkEditable *name;
  GtkDropDown *trigger;
  GtkEditable *text;
} Form;

static void
form_free (Form *form)
{
  g_clear_object (&form->store);
  g_free (form);
}

static GtkEditable *
add_entry (GtkBox *box, const char *label, gboolean activates)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), label);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), activates);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_box_append (box, entry);
  return GTK_EDITABLE (entry);
}

static AdwMessageDialog *
new_dialog (GtkWidget *parent, const char *heading, const char *body, const char *ok)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (fy_form_window_of (parent), heading, body));

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "ok", ok, NULL);
  adw_message_dialog_set_response_appearance (dialog, "ok", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "ok");
  adw_message_dialog_set_close_response (dialog, "cancel");
  return dialog;
}

static void
on_emergency_response_cb (AdwMessageDialog *dialog, const char *response, Form *form)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if (!g_str_equal (response, "ok"))
    return;
  if (!fy_emergency_start (form->store, form->id, form->name ? gtk_editable_get_text (form->name) : NULL,
                           gtk_drop_down_get_selected (form->trigger), gtk_editable_get_text (form->text),
                           fy_now (), &id, &error))
    {
      /* AdwMessageDialog 1.2 closes on every response: the same form comes
       * back with what was typed and the reason (nothing was written). */
      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
      AdwMessageDialog *again = fy_emergency_dialog_present (GTK_WIDGET (parent), form->store, form->id,
                                                             gtk_drop_down_get_selected (form->trigger));
      Form *copy = g_object_get_data (G_OBJECT (again), "fy-form");

      if (form->name && copy->name)
        gtk_editable_set_text (copy->name, gtk_editable_get_text (form->name));
      gtk_editable_set_text (copy->text, gtk_editable_get_text (form->text));
      /* TRANSLATORS: the body of a form whose save was refused: heading and reason. */
      adw_message_dialog_format_body (again, _("%s: %s"), _("The emergency procedure was not started"),
                                      error->message);
      return;
    }
  fy_form_toast (GTK_WIDGET (dialog), _("Emergency procedure started: report to the local command at once"));
}

AdwMessageDialog *
fy_emergency_dialog_present (GtkWidget *parent, FyStore *store, gint64 staff_id, FyEmergencyTrigger trigger)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *box;
  Form *form = g_new0 (Form, 1);

  form->store = g_object_ref (store);
  form->id = staff_id;
  if (staff_id)
    {
      g_autoptr(FyStaff) staff = fy_staff_get (store, staff_id, NULL);
      body = g_strdup_printf (_("For %s. The steps and their clocks (re-test within 6 hours, any shutdown "
                                "at most 3 days) start now."), staff ? staff->name : "?");
    }
  else
    body = g_strdup (_("The steps and their clocks (re-test within 6 hours, any shutdown at most 3 days) "
                       "start now."));
  dialog = new_dialog (parent, _("Start Emergency Procedure"), body, _("_Start"));
  adw_message_dialog_set_response_appearance (dialog, "ok", ADW_RESPONSE_DESTRUCTIVE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  for (int i = 0; i < FY_N_EMERGENCY_TRIGGERS; i++)
    gtk_string_list_append (labels, fy_code_label_text (&fy_emergency_trigger_labels[i]));
  if (staff_id == 0)
    form->name = add_entry (GTK_BOX (box), _("Person’s name"), TRUE);
  form->trigger = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL));
  gtk_drop_down_set_selected (form->trigger, trigger);
  fy_a11y_name (GTK_WIDGET (form->trigger), _("Trigger"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->trigger));
  form->text = add_entry (GTK_BOX (box), _("Note"), TRUE);
  adw_message_dialog_set_extra_child (dialog, box);
  g_object_set_data_full (G_OBJECT (dialog), "fy-form", form, (GDestroyNotify) form_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_emergency_response_cb), form);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (form->name ? GTK_WIDGET (form->name) : GTK_WIDGET (form->trigger));
  return dialog;
}

static void
on_close_response_cb (AdwMessageDialog *dialog, const char *response, Form *form)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = fy_today ();

  if (!g_str_equal (response, "ok"))
    return;
  if (!fy_action_close (form->store, form->id, today, gtk_editable_get_text (form->text), &error))
    {
      /* Presented again with the text and the reason, as above. */
      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
      AdwMessageDialog *again = fy_action_close_dialog_present (GTK_WIDGET (parent), form->store, form->id);
      Form *copy = g_object_get_data (G_OBJECT (again), "fy-form");

      gtk_editable_set_text (copy->text, gtk_editable_get_text (form->text));
      adw_message_dialog_format_body (again, _("%s: %s"), _("The corrective action was not closed"),
                                      error->message);
    }
  else
    fy_form_toast (GTK_WIDGET (dialog), _("Corrective action closed"));
}

AdwMessageDialog *
fy_action_close_dialog_present (GtkWidget *parent, FyStore *store, gint64 action_id)
{
  AdwMessageDialog *dialog = new_dialog (parent, _("Close Corrective Action"),
                                         _("Record the result of the recheck; the action is closed today."),
                                         _("C_lose Action"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  Form *form = g_new0 (Form, 1);

  form->store = g_object_ref (store);
  form->id = action_id;
  form->text = add_entry (GTK_BOX (box), _("Recheck result"), TRUE);
  adw_message_dialog_set_extra_child (dialog, box);
  g_object_set_data_full (G_OBJECT (dialog), "fy-form", form, (GDestroyNotify) form_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response_cb), form);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (form->text));
  return dialog;
}

/* ---- adding to the task force, the register and the drills ------------------ */

typedef struct
{
  FyStore     *store;
  GtkDropDown *kind;
  GtkEditable *fields[10];
  GtkCheckButton *ticks[7];
  /* The function that made this form, to make it again after a refusal. */
  AdwMessageDialog *(*present) (GtkWidget *parent, FyStore *store);
} AddForm;

static void
add_form_free (AddForm *form)
{
  g_clear_object (&form->store);
  g_free (form);
}

static const char *
field (AddForm *form, int i)
{
  return gtk_editable_get_text (form->fields[i]);
}

static GtkDropDown *
add_choice (GtkBox *box, const char *label, const FyCodeLabel *table, int n)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkDropDown *drop;

  for (int i = 0; i < n; i++)
    gtk_string_list_append (labels, fy_code_label_text (&table[i]));
  drop = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL));
  fy_a11y_name (GTK_WIDGET (drop), label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (drop), label);
  gtk_box_append (box, GTK_WIDGET (drop));
  return drop;
}

/* A refusal keeps the form: AdwMessageDialog 1.2 always closes on a
 * response, so the same form is presented again with everything typed and
 * the message in its body; nothing is written. */
static void
refuse (AdwMessageDialog *dialog, AddForm *form, const char *heading, GError *error)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  AdwMessageDialog *again = form->present (GTK_WIDGET (parent), form->store);
  AddForm *copy = g_object_get_data (G_OBJECT (again), "fy-form");

  for (guint i = 0; i < G_N_ELEMENTS (form->fields); i++)
    if (form->fields[i] && copy->fields[i])
      gtk_editable_set_text (copy->fields[i], gtk_editable_get_text (form->fields[i]));
  for (guint i = 0; i < G_N_ELEMENTS (form->ticks); i++)
    if (form->ticks[i] && copy->ticks[i])
      gtk_check_button_set_active (copy->ticks[i], gtk_check_button_get_active (form->ticks[i]));
  if (form->kind && copy->kind)
    gtk_drop_down_set_selected (copy->kind, gtk_drop_down_get_selected (form->kind));
  /* TRANSLATORS: the body of a form whose save was refused: heading and reason. */
  adw_message_dialog_format_body (again, _("%s: %s"), heading, error->message);
}

static AdwMessageDialog *
add_dialog (GtkWidget *parent, const char *heading, AddForm *form, GtkWidget *box, GCallback response)
{
  AdwMessageDialog *dialog = new_dialog (parent, heading, NULL, _("_Add"));

  adw_message_dialog_set_extra_child (dialog, box);
  g_object_set_data_full (G_OBJECT (dialog), "fy-form", form, (GDestroyNotify) add_form_free);
  g_signal_connect (dialog, "response", response, form);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (form->fields[0]));
  return dialog;
}

static void
on_member_response_cb (AdwMessageDialog *dialog, const char *response, AddForm *form)
{
  g_autoptr(GError) error = NULL;
  FyTaskforceInput in = { .role = gtk_drop_down_get_selected (form->kind), .name = field (form, 0),
                          .phone = field (form, 1), .group_name = field (form, 2), .duty = field (form, 3),
                          .group_leader = gtk_check_button_get_active (form->ticks[0]) };

  if (g_str_equal (response, "ok") && !fy_taskforce_add (form->store, &in, NULL, &error))
    refuse (dialog, form, _("The member was not added"), error);
}

AdwMessageDialog *
fy_taskforce_dialog_present (GtkWidget *parent, FyStore *store)
{
  AddForm *form = g_new0 (AddForm, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  form->present = fy_taskforce_dialog_present;
  form->store = g_object_ref (store);
  form->fields[0] = add_entry (GTK_BOX (box), _("Name"), TRUE);
  form->kind = add_choice (GTK_BOX (box), _("Position in the task force"), fy_taskforce_role_labels,
                           FY_N_TASKFORCE_ROLES);
  gtk_drop_down_set_selected (form->kind, FY_TASKFORCE_MEMBER);
  form->fields[1] = add_entry (GTK_BOX (box), _("Telephone"), TRUE);
  form->fields[2] = add_entry (GTK_BOX (box), _("Working group"), TRUE);
  form->ticks[0] = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (_("Group leader")));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->ticks[0]));
  form->fields[3] = add_entry (GTK_BOX (box), _("Duties"), TRUE);
  return add_dialog (parent, _("Add Task Force Member"), form, box, G_CALLBACK (on_member_response_cb));
}

static void
on_document_response_cb (AdwMessageDialog *dialog, const char *response, AddForm *form)
{
  g_autoptr(GError) error = NULL;
  FyPlanDocumentInput in = { .kind = gtk_drop_down_get_selected (form->kind), .title = field (form, 0),
                             .version = field (form, 1), .approved_on = field (form, 2),
                             .approved_by = field (form, 3), .next_review = field (form, 4),
                             .file_path = field (form, 5) };

  if (g_str_equal (response, "ok") && !fy_plan_document_add (form->store, &in, fy_now (), NULL, &error))
    refuse (dialog, form, _("The document was not registered"), error);
}

AdwMessageDialog *
fy_document_dialog_present (GtkWidget *parent, FyStore *store)
{
  AddForm *form = g_new0 (AddForm, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  form->present = fy_document_dialog_present;
  form->store = g_object_ref (store);
  form->fields[0] = add_entry (GTK_BOX (box), _("Title"), TRUE);
  form->kind = add_choice (GTK_BOX (box), _("Kind"), fy_plan_kind_labels, FY_N_PLAN_KINDS);
  form->fields[1] = add_entry (GTK_BOX (box), _("Version"), TRUE);
  form->fields[2] = add_entry (GTK_BOX (box), _("Approved on"), TRUE);
  form->fields[3] = add_entry (GTK_BOX (box), _("Approved by"), TRUE);
  form->fields[4] = add_entry (GTK_BOX (box), _("Next review"), TRUE);
  form->fields[5] = add_entry (GTK_BOX (box), _("File to keep (path)"), TRUE);
  return add_dialog (parent, _("Register Plan Document"), form, box, G_CALLBACK (on_document_response_cb));
}

static void
on_drill_response_cb (AdwMessageDialog *dialog, const char *response, AddForm *form)
{
  g_autoptr(GError) error = NULL;
  FyDrill drill = {
    .kind = gtk_drop_down_get_selected (form->kind), .scenario = (char *) field (form, 0),
    .day = (char *) field (form, 1), .place = (char *) field (form, 2), .commander = (char *) field (form, 3),
    .participants = (char *) field (form, 4), .record = (char *) field (form, 5),
    .held = gtk_check_button_get_active (form->ticks[6]),
    .evaluation = {
      .people_in_place = gtk_check_button_get_active (form->ticks[0]),
      .supplies_sufficient = gtk_check_button_get_active (form->ticks[1]),
      .ppe_worn = gtk_check_button_get_active (form->ticks[2]),
      .efficient = gtk_check_button_get_active (form->ticks[3]),
      .objective_achieved = gtk_check_button_get_active (form->ticks[4]),
      .revise_plan = gtk_check_button_get_active (form->ticks[5]),
    },
  };

  /* A problem found in the drill goes to the shared action list with it. */
  FyActionInput action = { .problem = field (form, 6), .action = field (form, 7),
                           .responsible = field (form, 8), .deadline = field (form, 9) };
  guint n_actions = *action.problem || *action.action ? 1 : 0;

  if (g_str_equal (response, "ok")
      && !fy_drill_save_with_actions (form->store, &drill, &action, n_actions, fy_now (), NULL, &error))
    refuse (dialog, form, _("The drill was not saved"), error);
}

AdwMessageDialog *
fy_drill_dialog_present (GtkWidget *parent, FyStore *store)
{
  static const char *const ticks[] = {
    N_("People in place"), N_("Supplies sufficient"), N_("Protective equipment worn"),
    N_("Organised efficiently"), N_("Objective achieved"), N_("Plan to be revised"), N_("Held (not only planned)"),
  };
  AddForm *form = g_new0 (AddForm, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *flow = fy_form_check_grid (7);
  g_autofree char *today = fy_today ();

  form->present = fy_drill_dialog_present;
  form->store = g_object_ref (store);
  form->fields[0] = add_entry (GTK_BOX (box), _("Scenario"), TRUE);
  form->kind = add_choice (GTK_BOX (box), _("Kind"), fy_drill_kind_labels, FY_N_DRILL_KINDS);
  form->fields[1] = add_entry (GTK_BOX (box), _("Drill date"), TRUE);
  gtk_editable_set_text (form->fields[1], today);
  form->fields[2] = add_entry (GTK_BOX (box), _("Place"), TRUE);
  form->fields[3] = add_entry (GTK_BOX (box), _("Commander"), TRUE);
  form->fields[4] = add_entry (GTK_BOX (box), _("Participants"), TRUE);
  form->fields[5] = add_entry (GTK_BOX (box), _("What happened"), TRUE);
  form->fields[6] = add_entry (GTK_BOX (box), _("Problem found"), TRUE);
  form->fields[7] = add_entry (GTK_BOX (box), _("Corrective action"), TRUE);
  form->fields[8] = add_entry (GTK_BOX (box), _("Responsible"), TRUE);
  form->fields[9] = add_entry (GTK_BOX (box), _("Deadline"), TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (ticks); i++)
    {
      form->ticks[i] = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (_(ticks[i])));
      fy_form_check_grid_add (flow, GTK_WIDGET (form->ticks[i]));
    }
  gtk_check_button_set_active (form->ticks[6], TRUE);
  gtk_box_append (GTK_BOX (box), flow);
  return add_dialog (parent, _("Record Drill"), form, box, G_CALLBACK (on_drill_response_cb));
}

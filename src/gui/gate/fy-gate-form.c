/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-form.c — the fields the gate's declarations share (see the
 * header). */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-clock.h"
#include "fy-error.h"
#include "fy-form-util.h"
#include "fy-gate-form.h"
#include "fy-tests.h"
#include "fy-trips.h"
#include "fy-wrap-layout.h"
#include "fy-validate.h"

/* Vaccination: entry i is i − 1 doses (−1 = not known). */
#define N_DOSES 6
static const FyCodeLabel doses_labels[N_DOSES + 1] = {
  /* Translators: vaccination of an outsider, a choice among numbers of doses. */
  { "", N_("Doses not known") },
  { "0", N_("No dose") },
  { "1", N_("1 dose") },
  { "2", N_("2 doses") },
  { "3", N_("3 doses") },
  { "4", N_("4 doses") },
  FY_CODE_LABEL_END
};

static void
on_activate_cb (GtkWidget *entry, FyDisForm *form)
{
  fy_dis_form_save (form);
}

GtkWidget *
fy_gate_form_entry (FyDisForm *form, const char *name, const char *a11y_label, int width_chars)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_name (entry, name);
  if (width_chars > 0)
    gtk_editable_set_width_chars (GTK_EDITABLE (entry), width_chars);
  if (a11y_label)
    gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y_label, -1);
  g_signal_connect (entry, "activate", G_CALLBACK (on_activate_cb), form);
  return entry;
}

GtkWidget *
fy_gate_form_choice (const FyCodeLabel *table, int n, int selected)
{
  GtkStringList *labels = gtk_string_list_new (NULL);
  GtkWidget *drop;

  for (int i = 0; i < n; i++)
    gtk_string_list_append (labels, fy_code_label_text (&table[i]));
  drop = gtk_drop_down_new (G_LIST_MODEL (labels), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), (guint) MAX (selected, 0));
  return drop;
}

static void
when_entries (FyDisForm *form, const char *prefix, gint64 at, GtkWidget **day, GtkWidget **time)
{
  g_autofree char *day_name = g_strconcat ("day", prefix, NULL);
  g_autofree char *time_name = g_strconcat ("time", prefix, NULL);

  *day = fy_gate_form_entry (form, day_name, _("Date"), 11);
  *time = fy_gate_form_entry (form, time_name, _("Time"), 6);
  if (at > 0)
    {
      g_autofree char *d = fy_format_day (at);
      g_autofree char *t = fy_format_time_of_day (at);
      gtk_editable_set_text (GTK_EDITABLE (*day), d);
      gtk_editable_set_text (GTK_EDITABLE (*time), t);
    }
  gtk_widget_set_hexpand (*day, FALSE);
}

GtkWidget *
fy_gate_form_when (FyDisForm *form, const char *prefix, gint64 at, GtkWidget **day, GtkWidget **time)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  when_entries (form, prefix, at, day, time);
  gtk_box_append (GTK_BOX (box), *day);
  gtk_box_append (GTK_BOX (box), *time);
  return box;
}

void
fy_gate_form_label_last_row (FyDisForm *form, GtkWidget *field)
{
  gtk_label_set_mnemonic_widget (GTK_LABEL (gtk_grid_get_child_at (form->grid, 0, form->rows - 1)), field);
  if (GTK_IS_EDITABLE (field))
    gtk_accessible_reset_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

void
fy_gate_form_clear_marks (FyDisForm *form)
{
  GPtrArray *marked = g_object_get_data (G_OBJECT (form->window), "fy-gate-marked");

  for (guint i = 0; marked && i < marked->len; i++)
    fy_a11y_set_invalid (marked->pdata[i], FALSE);
  if (marked)
    g_ptr_array_set_size (marked, 0);
  fy_form_set_error (form->error, NULL);
}

void
fy_gate_form_error_at (FyDisForm *form, GtkWidget *field, const GError *error)
{
  GPtrArray *marked = g_object_get_data (G_OBJECT (form->window), "fy-gate-marked");

  fy_gate_form_clear_marks (form);
  fy_form_set_error (form->error, error ? error->message : _("Not saved."));
  if (field == NULL)
    return;
  if (marked == NULL)
    {
      marked = g_ptr_array_new ();
      g_object_set_data_full (G_OBJECT (form->window), "fy-gate-marked", marked, (GDestroyNotify) g_ptr_array_unref);
    }
  g_ptr_array_add (marked, field);
  fy_a11y_set_invalid (field, TRUE);
  gtk_widget_grab_focus (field);
}

gboolean
fy_gate_form_fail_at (FyDisForm *form, GtkWidget *field, const char *message, GError **error)
{
  g_autoptr(GError) local = g_error_new_literal (FY_ERROR, FY_ERROR_INVALID, message);

  fy_gate_form_error_at (form, field, local);
  g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

gboolean
fy_gate_form_take_plate (GtkWidget *plate, FyGateVisit *visit)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (plate));
  char *normal = *text ? fy_validate_plate (text, FALSE, NULL, NULL) : g_strdup ("");

  g_free (visit->plate);
  visit->plate = normal ? normal : g_strdup (text);
  return normal != NULL;
}

char *
fy_gate_form_plate_problem (const char *text)
{
  g_autoptr(GError) strict = NULL;
  g_autofree char *normal = fy_validate_plate (text, FALSE, NULL, &strict);
  g_autoptr(FyGateVisit) probe = NULL;
  FyGatePerson *driver;

  if (normal != NULL)
    return NULL;
  /* A truck complete but for the plate: the core's verdict is on the plate. */
  probe = fy_gate_visit_new (FY_GATE_TRUCK);
  driver = fy_gate_person_new (FY_GATE_ROLE_DRIVER);
  g_free (driver->name);
  driver->name = g_strdup (_("Driver"));
  g_free (driver->phone);
  driver->phone = g_strdup ("13800138000");
  g_ptr_array_add (probe->people, driver);
  g_free (probe->plate);
  probe->plate = g_strdup (text);
  probe->planned_at = fy_now () + 86400;
  if (fy_gate_visit_validate (probe, fy_now (), NULL))
    return NULL;
  return g_strdup (strict->message);
}

gboolean
fy_gate_form_declare (FyDisForm *form, FyStore *store, FyGateVisit *visit, GtkWidget *day, GtkWidget *suspect,
                      GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *today = NULL;

  if (fy_gate_declare (store, visit, fy_now (), &local))
    return TRUE;
  /* The core's sentence; at the arrival when it is on a day past. */
  planned = fy_local_day_of (visit->planned_at);
  today = fy_today ();
  fy_gate_form_error_at (form, strcmp (planned, today) < 0 ? day : suspect, local);
  g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

/* ---- Travel ---------------------------------------------------------------- */

void
fy_gate_travel_add (FyGateTravel *t, FyDisForm *form)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  t->risk = fy_gate_form_choice (fy_trip_risk_labels, FY_N_RISKS, FY_RISK_LOW);
  gtk_widget_set_name (t->risk, "risk");
  fy_a11y_name (t->risk, _("Highest risk level of the last 7 days"));
  t->note = fy_gate_form_entry (form, "travel-note", _("Where"), 0);
  gtk_entry_set_placeholder_text (GTK_ENTRY (t->note), _("Where"));
  gtk_widget_set_hexpand (t->note, TRUE);
  gtk_box_append (GTK_BOX (box), t->risk);
  gtk_box_append (GTK_BOX (box), t->note);
  fy_dis_form_add (form, _("_Travel, 7 days"), "travel", box);
  fy_gate_form_label_last_row (form, t->risk);
}

void
fy_gate_travel_read (const FyGateTravel *t, FyGatePerson *p)
{
  p->travel_risk = gtk_drop_down_get_selected (GTK_DROP_DOWN (t->risk));
  g_free (p->travel_note);
  p->travel_note = g_strdup (gtk_editable_get_text (GTK_EDITABLE (t->note)));
}

void
fy_gate_travel_fill (const FyGateTravel *t, const FyGatePerson *p)
{
  gtk_drop_down_set_selected (GTK_DROP_DOWN (t->risk), p->travel_risk);
  gtk_editable_set_text (GTK_EDITABLE (t->note), p->travel_note ? p->travel_note : "");
}

/* ---- One person ----------------------------------------------------------- */

static void
set_if_empty (GtkWidget *entry, const char *text)
{
  if (entry && text && *text && *gtk_editable_get_text (GTK_EDITABLE (entry)) == '\0')
    gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

/* A full ID number or phone of someone seen before fills their details. */
static void
look_up (FyGatePersonFields *f, const char *typed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyGateVisit) last = NULL;
  g_autoptr(FyGatePerson) known = NULL;

  known = fy_gate_find_outsider (f->store, typed, &last, &error);
  if (known == NULL)
    {
      if (error)
        g_warning ("Outsider not looked up: %s", error->message);
      return;
    }
  if (known->outsider_id == f->found_id)
    return;
  f->found_id = known->outsider_id;
  set_if_empty (f->name, known->name);
  set_if_empty (f->id_number, known->id_number);
  set_if_empty (f->phone, known->phone);
  set_if_empty (f->company, known->company);
  if (known->vaccine_doses >= 0 && gtk_drop_down_get_selected (GTK_DROP_DOWN (f->doses)) == 0)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (f->doses), (guint) MIN (known->vaccine_doses + 1, N_DOSES - 1));
  if (f->found)
    f->found (f, known, last, f->found_data);
}

static void
on_id_changed_cb (GtkEditable *entry, FyGatePersonFields *f)
{
  g_autofree char *id = fy_validate_id_number (gtk_editable_get_text (entry), FALSE, NULL, NULL, NULL, NULL);

  if (id)
    look_up (f, id);
}

static void
on_phone_changed_cb (GtkEditable *entry, FyGatePersonFields *f)
{
  g_autofree char *phone = fy_validate_phone (gtk_editable_get_text (entry), NULL, NULL);

  if (phone)
    look_up (f, phone);
}

FyGatePersonFields *
fy_gate_person_fields_new (FyDisForm *form, FyStore *store, FyGateRole role, gboolean with_company)
{
  FyGatePersonFields *f = g_new0 (FyGatePersonFields, 1);
  g_autofree char *key = g_strdup_printf ("fy-gate-person-%p", (void *) f);

  f->store = store;
  f->role = role;
  f->name = fy_gate_form_entry (form, "name", _("Name"), 8);
  f->id_number = fy_gate_form_entry (form, "id-number", _("ID number"), 19);
  f->phone = fy_gate_form_entry (form, "phone", _("Phone"), 12);
  if (with_company)
    f->company = fy_gate_form_entry (form, "company", _("Company"), 12);
  f->code = fy_gate_form_choice (fy_code_colour_labels, FY_N_CODES, FY_CODE_GREEN);
  gtk_widget_set_name (f->code, "code");
  fy_a11y_name (f->code, _("Health code"));
  when_entries (form, "-test", 0, &f->test_day, &f->test_time);
  gtk_accessible_update_property (GTK_ACCESSIBLE (f->test_day), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Day of the last test"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (f->test_time), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Time of the last test"), -1);
  gtk_entry_set_placeholder_text (GTK_ENTRY (f->test_day), _("Test day"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (f->test_time), _("Time"));
  f->test_result = fy_dis_form_choice ((const char *(*) (int)) fy_test_outcome_label, FY_N_RESULTS, FY_RESULT_NEGATIVE);
  gtk_widget_set_name (f->test_result, "test-result");
  fy_a11y_name (f->test_result, _("Test result"));
  f->doses = fy_gate_form_choice (doses_labels, N_DOSES, 0);
  gtk_widget_set_name (f->doses, "doses");
  fy_a11y_name (f->doses, _("Vaccine doses"));
  gtk_widget_set_tooltip_text (f->doses, _("Vaccine doses"));
  g_signal_connect (f->id_number, "changed", G_CALLBACK (on_id_changed_cb), f);
  g_signal_connect (f->phone, "changed", G_CALLBACK (on_phone_changed_cb), f);
  /* Freed with the dialog. */
  g_object_set_data_full (G_OBJECT (form->window), key, f, g_free);
  return f;
}

GtkWidget *
fy_gate_person_fields_row (FyGatePersonFields *f, const char *title, gboolean removable)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *who = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *health = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (head), label);
  if (removable)
    {
      f->remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      gtk_widget_set_name (f->remove, "remove");
      gtk_widget_add_css_class (f->remove, "flat");
      gtk_widget_set_tooltip_text (f->remove, _("Remove this person"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (f->remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Remove this person"), -1);
      gtk_box_append (GTK_BOX (head), f->remove);
    }
  gtk_entry_set_placeholder_text (GTK_ENTRY (f->name), _("Name"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (f->id_number), _("ID number"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (f->phone), _("Phone"));
  if (f->company)
    gtk_entry_set_placeholder_text (GTK_ENTRY (f->company), _("Company"));
  gtk_widget_set_hexpand (f->id_number, TRUE);
  gtk_box_append (GTK_BOX (who), f->name);
  gtk_box_append (GTK_BOX (who), f->id_number);
  gtk_box_append (GTK_BOX (who), f->phone);
  if (f->company)
    gtk_box_append (GTK_BOX (who), f->company);
  gtk_box_append (GTK_BOX (health), f->code);
  gtk_box_append (GTK_BOX (health), f->test_day);
  gtk_box_append (GTK_BOX (health), f->test_time);
  gtk_box_append (GTK_BOX (health), f->test_result);
  gtk_box_append (GTK_BOX (health), f->doses);
  gtk_widget_set_layout_manager (who, fy_wrap_layout_new (6));
  gtk_widget_set_layout_manager (health, fy_wrap_layout_new (6));
  gtk_box_append (GTK_BOX (row), head);
  gtk_box_append (GTK_BOX (row), who);
  gtk_box_append (GTK_BOX (row), health);
  f->row = row;
  return row;
}

void
fy_gate_person_fields_fill (FyGatePersonFields *f, const FyGatePerson *p)
{
  /* First: the ID number set below is this person's, not one to look up. */
  f->found_id = p->outsider_id;
  gtk_editable_set_text (GTK_EDITABLE (f->name), p->name ? p->name : "");
  gtk_editable_set_text (GTK_EDITABLE (f->id_number), p->id_number ? p->id_number : "");
  gtk_editable_set_text (GTK_EDITABLE (f->phone), p->phone ? p->phone : "");
  if (f->company)
    gtk_editable_set_text (GTK_EDITABLE (f->company), p->company ? p->company : "");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (f->code), p->code);
  if (p->test_at > 0)
    {
      g_autofree char *d = fy_format_day (p->test_at);
      g_autofree char *t = fy_format_time_of_day (p->test_at);
      gtk_editable_set_text (GTK_EDITABLE (f->test_day), d);
      gtk_editable_set_text (GTK_EDITABLE (f->test_time), t);
    }
  gtk_drop_down_set_selected (GTK_DROP_DOWN (f->test_result), p->test_result);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (f->doses), (guint) CLAMP (p->vaccine_doses + 1, 0, N_DOSES - 1));
}

static const char *
text_of (GtkWidget *entry)
{
  return entry ? gtk_editable_get_text (GTK_EDITABLE (entry)) : "";
}

void
fy_gate_person_rows_remove (GPtrArray *rows, GtkWidget *box, GtkWidget *button)
{
  for (guint i = 0; i < rows->len; i++)
    {
      FyGatePersonFields *c = rows->pdata[i];
      if (c->remove == button)
        {
          gtk_box_remove (GTK_BOX (box), c->row);
          g_ptr_array_remove_index (rows, i);
          return;
        }
    }
}

gboolean
fy_gate_person_fields_empty (FyGatePersonFields *f)
{
  return *text_of (f->name) == '\0' && *text_of (f->id_number) == '\0' && *text_of (f->phone) == '\0'
         && *text_of (f->test_day) == '\0';
}

gboolean
fy_gate_person_fields_check_repeat (FyGatePersonFields *f, FyDisForm *form, const FyGatePerson *p,
                                    GPtrArray *people, GError **error)
{
  for (guint i = 0; i < people->len; i++)
    if (fy_gate_same_person (people->pdata[i], p))
      return fy_gate_form_fail_at (form, *p->id_number ? f->id_number : f->phone,
                                   _("The same person is entered twice."), error);
  return TRUE;
}

FyGatePerson *
fy_gate_person_fields_read (FyGatePersonFields *f, FyDisForm *form, gint64 now, GError **error)
{
  g_autoptr(FyGatePerson) p = fy_gate_person_new (f->role);
  g_autoptr(GError) local = NULL;
  g_autofree char *id = NULL;
  g_autofree char *phone = NULL;

  if (*text_of (f->id_number))
    {
      id = fy_validate_id_number (text_of (f->id_number), FALSE, NULL, NULL, NULL, &local);
      if (id == NULL)
        {
          fy_gate_form_error_at (form, f->id_number, local);
          g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }
    }
  if (*text_of (f->phone))
    {
      phone = fy_validate_phone (text_of (f->phone), NULL, &local);
      if (phone == NULL)
        {
          fy_gate_form_error_at (form, f->phone, local);
          g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }
    }
  if (*text_of (f->test_day) || *text_of (f->test_time))
    {
      if (!fy_form_read_instant (GTK_EDITABLE (f->test_day), GTK_EDITABLE (f->test_time), &p->test_at, &local))
        {
          fy_gate_form_error_at (form, f->test_day, local);
          g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }
      if (p->test_at > now)
        {
          g_set_error_literal (&local, FY_ERROR, FY_ERROR_INVALID, _("The test was sampled in the future."));
          fy_gate_form_error_at (form, f->test_day, local);
          g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }
    }
  p->outsider_id = 0;
  g_free (p->name);
  p->name = g_strdup (text_of (f->name));
  g_free (p->id_number);
  p->id_number = g_strdup (id ? id : "");
  g_free (p->phone);
  p->phone = g_strdup (phone ? phone : "");
  g_free (p->company);
  p->company = g_strdup (text_of (f->company));
  p->code = gtk_drop_down_get_selected (GTK_DROP_DOWN (f->code));
  p->test_result = gtk_drop_down_get_selected (GTK_DROP_DOWN (f->test_result));
  p->vaccine_doses = (int) gtk_drop_down_get_selected (GTK_DROP_DOWN (f->doses)) - 1;
  p->declared = TRUE;
  return g_steal_pointer (&p);
}

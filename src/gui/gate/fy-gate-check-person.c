/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-check-person.c — one person's fields in the gate check and the
 * form pieces of the gate dialogs (see the header). Temperatures and the
 * test time are read here; the ID number and the phone go through the
 * roster's rules (fy-validate.h), so the field at fault is known before
 * the core sees the visit. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-clock.h"
#include "fy-error.h"
#include "fy-gate-check-person.h"
#include "fy-validate.h"

static const char *
text_of (GtkEditable *field)
{
  return field ? gtk_editable_get_text (field) : "";
}

GtkGrid *
fy_gate_check_grid (void)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());

  gtk_grid_set_row_spacing (grid, 6);
  gtk_grid_set_column_spacing (grid, 8);
  return grid;
}

GtkWidget *
fy_gate_check_entry (const FyGateCheckHooks *hooks, int width_chars)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width_chars);
  g_signal_connect_swapped (entry, "activate", hooks->activate, hooks->data);
  g_signal_connect_swapped (entry, "changed", hooks->changed, hooks->data);
  return entry;
}

GtkWidget *
fy_gate_check_choice (const FyGateCheckHooks *hooks, const FyCodeLabel *table, guint n, const char *first,
                     guint selected)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  GtkWidget *dropdown;

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, i == 0 && first ? first : fy_code_label_text (&table[i]));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (list), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  g_signal_connect_swapped (dropdown, "notify::selected", hooks->changed, hooks->data);
  return dropdown;
}

GtkWidget *
fy_gate_check_attach (GtkGrid *grid, int col, int row, int span, const char *title_text, GtkWidget *field,
                     const char *name)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (title_text);

  gtk_label_set_xalign (GTK_LABEL (title), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), field);
  gtk_widget_set_name (field, name);
  gtk_widget_set_hexpand (field, TRUE);
  fy_a11y_name_field (field, title);
  gtk_grid_attach (grid, title, col * 2, row, 1, 1);
  gtk_grid_attach (grid, field, col * 2 + 1, row, span, 1);
  return field;
}

static const char *
role_label (FyGateRole role)
{
  switch (role)
    {
    case FY_GATE_ROLE_DRIVER:
      return _("Driver");
    case FY_GATE_ROLE_RIDER:
      return _("Co-rider");
    case FY_GATE_ROLE_COMPANION:
      return _("Companion");
    case FY_GATE_ROLE_VISITOR:
    default:
      return C_("gate person", "Visitor");
    }
}

void
fy_gate_check_person_set_heading (FyGateCheckPerson *p, FyGateRole role, gboolean of_declared)
{
  g_autofree char *id = fy_mask_id_number (p->base->id_number);
  g_autofree char *phone = fy_mask_phone (p->base->phone);
  g_autoptr(GString) text = g_string_new (role_label (role));

  if (p->name == NULL)
    {
      /* Translators: separates a role from a name in the gate check ("司机：张三"). */
      g_string_append_printf (text, _(": %s"), p->base->name);
      if (*id)
        g_string_append_printf (text, " · %s", id);
      if (*phone)
        g_string_append_printf (text, " · %s", phone);
    }
  else if (of_declared)
    /* Translators: a person added at the gate, not on the declaration. */
    g_string_append (text, _(" (not on the declaration)"));
  gtk_label_set_text (p->heading, text->str);
}

FyGateCheckPerson *
fy_gate_check_person_new (const FyGateCheckHooks *hooks, FyGatePerson *base, guint index, gboolean editable_identity)
{
  FyGateCheckPerson *p = g_new0 (FyGateCheckPerson, 1);
  GtkGrid *grid = fy_gate_check_grid ();
  g_autofree char *test_at = base->test_at ? fy_format_instant (base->test_at) : g_strdup ("");
  int row = 0;
#define NAME(what) g_autofree char *what##_name = g_strdup_printf ("gate-" #what "-%u", index)
  NAME (name);
  NAME (id);
  NAME (phone);
  NAME (company);
  NAME (temp1);
  NAME (temp2);
  NAME (code);
  NAME (test);
  NAME (result);
  NAME (risk);
  NAME (where);
#undef NAME
#define ENTRY(width) fy_gate_check_entry (hooks, width)

  p->base = base;
  p->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  p->heading = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (p->heading, 0);
  gtk_label_set_wrap (p->heading, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (p->heading), "heading");
  gtk_box_append (GTK_BOX (p->box), GTK_WIDGET (p->heading));
  if (editable_identity)
    {
      p->name = GTK_EDITABLE (fy_gate_check_attach (grid, 0, row, 1, _("Name"), ENTRY (8), name_name));
      p->company = GTK_EDITABLE (fy_gate_check_attach (grid, 1, row++, 1, _("Company"), ENTRY (8), company_name));
      p->id_number = GTK_EDITABLE (fy_gate_check_attach (grid, 0, row, 1, _("ID number"), ENTRY (8), id_name));
      p->phone = GTK_EDITABLE (fy_gate_check_attach (grid, 1, row++, 1, _("Phone"), ENTRY (8), phone_name));
      gtk_editable_set_text (p->name, base->name ? base->name : "");
      gtk_editable_set_text (p->company, base->company ? base->company : "");
      gtk_editable_set_text (p->id_number, base->id_number ? base->id_number : "");
      gtk_editable_set_text (p->phone, base->phone ? base->phone : "");
    }
  p->temp1 = GTK_EDITABLE (fy_gate_check_attach (grid, 0, row, 1, _("Temperature °C"), ENTRY (5), temp1_name));
  p->temp2 = GTK_EDITABLE (fy_gate_check_attach (grid, 1, row++, 1, _("Re-take °C"), ENTRY (5), temp2_name));
  p->code = GTK_DROP_DOWN (fy_gate_check_attach (grid, 0, row, 1, _("Health code"),
                                                fy_gate_check_choice (hooks, fy_code_colour_labels, FY_N_CODES,
                                                                     _("Not shown"), base->code),
                                                code_name));
  p->risk = GTK_DROP_DOWN (fy_gate_check_attach (grid, 1, row++, 1, _("Travel, 7 days"),
                                                fy_gate_check_choice (hooks, fy_trip_risk_labels, FY_N_RISKS, NULL,
                                                                     base->travel_risk),
                                                risk_name));
  p->test_at = GTK_EDITABLE (fy_gate_check_attach (grid, 0, row, 1, _("Test sampled"), ENTRY (12), test_name));
  p->result = GTK_DROP_DOWN (fy_gate_check_attach (grid, 1, row++, 1, _("Test result"),
                                                  fy_gate_check_choice (hooks, fy_test_result_labels, FY_N_RESULTS,
                                                                       NULL, base->test_result),
                                                  result_name));
  p->travel_note = GTK_EDITABLE (fy_gate_check_attach (grid, 0, row++, 3, _("Travel, where"), ENTRY (8),
                                                      where_name));
#undef ENTRY
  gtk_entry_set_placeholder_text (GTK_ENTRY (p->test_at), "2026-11-21 08:30");
  gtk_editable_set_text (p->test_at, test_at);
  gtk_editable_set_text (p->travel_note, base->travel_note ? base->travel_note : "");
  gtk_box_append (GTK_BOX (p->box), GTK_WIDGET (grid));
  p->fields = GTK_WIDGET (grid);
  return p;
}

gboolean
fy_gate_check_person_came (const FyGateCheckPerson *p)
{
  return p->absent == NULL || !gtk_check_button_get_active (p->absent);
}

void
fy_gate_check_person_free (FyGateCheckPerson *p)
{
  fy_gate_person_free (p->base);
  g_free (p);
}

/* A temperature field: "" = not taken (0). */
static gboolean
read_temperature (GtkEditable *field, int *tenths, GError **error)
{
  g_autofree char *text = g_strstrip (g_strdup (text_of (field)));

  *tenths = 0;
  return *text == '\0' || fy_validate_temperature (text, tenths, error);
}

/* "YYYY-MM-DD HH:MM" (any forms fy_parse_local_instant reads), "" = none. */
static gboolean
read_instant (const char *input, gint64 *at, GError **error)
{
  g_autofree char *text = g_strstrip (g_strdup (input));
  g_auto(GStrv) parts = NULL;

  *at = 0;
  if (*text == '\0')
    return TRUE;
  parts = g_strsplit_set (text, " T", 2);
  if (parts[0] == NULL || parts[1] == NULL)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("Enter the test’s sample time as date and time, e.g. 2026-11-21 08:30."));
      return FALSE;
    }
  return fy_parse_local_instant (parts[0], g_strstrip (parts[1]), at, error);
}

/* The identity typed for someone not declared. */
static gboolean
read_identity (FyGateCheckPerson *p, FyGatePerson *out, gboolean strict, GtkWidget **bad, GError **error)
{
  g_autofree char *id = g_strstrip (g_strdup (text_of (p->id_number)));
  g_autofree char *phone = g_strstrip (g_strdup (text_of (p->phone)));

  g_free (out->name);
  out->name = g_strstrip (g_strdup (text_of (p->name)));
  g_free (out->company);
  out->company = g_strstrip (g_strdup (text_of (p->company)));
  g_free (out->id_number);
  out->id_number = fy_normalize_identifier (id);
  g_free (out->phone);
  out->phone = g_strdup (phone);
  if (strict)
    {
      g_autofree char *name = fy_validate_name (out->name, error);
      if (name == NULL)
        {
          *bad = GTK_WIDGET (p->name);
          return FALSE;
        }
    }
  if (strict && *id == '\0' && *phone == '\0')
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Enter an ID number or a phone number for everyone."));
      *bad = GTK_WIDGET (p->id_number);
      return FALSE;
    }
  if (strict && *id)
    {
      g_autofree char *valid = fy_validate_id_number (id, FALSE, NULL, NULL, NULL, error);
      if (valid == NULL)
        {
          *bad = GTK_WIDGET (p->id_number);
          return FALSE;
        }
    }
  if (strict && *phone)
    {
      g_autofree char *valid = fy_validate_phone (phone, NULL, error);
      if (valid == NULL)
        {
          *bad = GTK_WIDGET (p->phone);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
fy_gate_check_person_read (FyGateCheckPerson *p, FyGatePerson *out, gint64 at, gboolean strict, GtkWidget **bad,
                           GError **error)
{
  GtkEditable *temps[] = { p->temp1, p->temp2 };
  int *values[] = { &out->temp1, &out->temp2 };
  g_autoptr(GError) local = NULL;

  if (p->name && !read_identity (p, out, strict, bad, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (temps); i++)
    if (!read_temperature (temps[i], values[i], strict ? error : &local))
      {
        if (strict)
          {
            *bad = GTK_WIDGET (temps[i]);
            return FALSE;
          }
        g_clear_error (&local);
      }
  out->code = (FyCodeColour) gtk_drop_down_get_selected (p->code);
  out->test_result = (FyTestOutcome) gtk_drop_down_get_selected (p->result);
  out->travel_risk = (FyRiskLevel) gtk_drop_down_get_selected (p->risk);
  g_free (out->travel_note);
  out->travel_note = g_strstrip (g_strdup (text_of (p->travel_note)));
  if (!read_instant (text_of (p->test_at), &out->test_at, strict ? error : &local))
    {
      if (strict)
        {
          *bad = GTK_WIDGET (p->test_at);
          return FALSE;
        }
      out->test_at = p->base->test_at;
    }
  /* The core refuses it too; here the field it comes from is known. */
  if (strict && out->test_at > at)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("A test cannot be sampled in the future: check the date and time."));
      *bad = GTK_WIDGET (p->test_at);
      return FALSE;
    }
  return TRUE;
}

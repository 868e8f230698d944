/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-check-dialog.c — the gate check, made to be done by keyboard in
 * seconds: the focus starts in the first person's temperature; every field
 * change asks the rules again (fy_gate_evaluate) and the banner shows the
 * proposal, 放行 or 劝返 with the reasons; the proposed decision is the
 * default, so Enter confirms it. Deciding the other way shows the override
 * reason field and needs it filled. The core checks everything again when
 * writing (fy_gate_check_in); a field it refuses is marked invalid and
 * nothing is written. A new arrival (no declaration) starts with the kind
 * and the person's own details. The widgets have names for the tests. */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-clock.h"
#include "fy-disinfection.h"
#include "fy-error-dialog.h"
#include "fy-error.h"
#include "fy-form-util.h"
#include "fy-gate-check-dialog.h"
#include "fy-gate.h"
#include "fy-gui-util.h"
#include "fy-staff.h"
#include "fy-validate.h"

/* The defaults of the truck's disinfection at the gate: 84 disinfectant
 * at 500 mg/L available chlorine for 30 minutes (the plant's plan). */
#define DEFAULT_CONCENTRATION 500
#define DEFAULT_CONTACT_MIN   30

typedef struct
{
  FyGatePerson *base;      /* as declared, or new (owned) */
  GtkWidget    *box;
  GtkLabel     *heading;
  GtkEditable  *name;      /* these four only for someone not declared */
  GtkEditable  *id_number;
  GtkEditable  *phone;
  GtkEditable  *company;
  GtkEditable  *temp1;
  GtkEditable  *temp2;
  GtkDropDown  *code;
  GtkEditable  *test_at;
  GtkDropDown  *result;
  GtkDropDown  *risk;
  GtkEditable  *travel_note;
} PersonRow;

struct _FyGateCheckDialog
{
  AdwWindow      parent_instance;

  FyStore       *store;
  FyGateRules    rules;
  FyGateVisit   *visit;       /* what the form starts from (owned) */
  FyGateVisit   *declared;    /* the declaration, NULL for a new arrival (owned) */
  GPtrArray     *people;      /* PersonRow* */
  GPtrArray     *areas;       /* FyDisinfectionPlace* of whole areas, as the area list */

  GtkDropDown   *kind;        /* new arrivals only */
  GtkEditable   *purpose;     /* new visitor only */
  GtkEditable   *host;
  GtkWidget     *visitor_box;
  GtkBox        *people_box;
  GtkEditable   *plate;
  GtkWidget     *truck_box;
  GtkCheckButton *in_cab;
  GtkCheckButton *disinfected;
  GtkDropDown   *product;
  GtkEditable   *concentration;
  GtkEditable   *contact;
  GtkDropDown   *area;
  GtkEditable   *day;
  GtkEditable   *time_of_day;
  GtkWidget     *proposal_box;
  GtkLabel      *proposal;
  GtkWidget     *override_box;
  GtkEditable   *override_reason;
  GtkLabel      *error;
  GtkButton     *admit;
  GtkButton     *refuse;
  GtkWidget     *invalid;     /* the field marked invalid, if any */
  gboolean       proposed_admit;
  int            pending;     /* -1 none, else the decision waiting for its reason */
  gboolean       done;
};

G_DEFINE_FINAL_TYPE (FyGateCheckDialog, fy_gate_check_dialog, ADW_TYPE_WINDOW)

static void   decide     (FyGateCheckDialog *self,
                          gboolean           admit);
static gint64 check_time (FyGateCheckDialog *self);

static void
person_row_free (PersonRow *p)
{
  fy_gate_person_free (p->base);
  g_free (p);
}

static const char *
text_of (GtkEditable *field)
{
  return field ? gtk_editable_get_text (field) : "";
}

static FyGateKind
current_kind (FyGateCheckDialog *self)
{
  if (self->kind == NULL)
    return self->visit->kind;
  return gtk_drop_down_get_selected (self->kind) == 1 ? FY_GATE_TRUCK : FY_GATE_VISITOR;
}

/* ---- Reading the form ---------------------------------------------------- */

static void
mark_invalid (FyGateCheckDialog *self, GtkWidget *field)
{
  if (self->invalid)
    fy_a11y_set_invalid (self->invalid, FALSE);
  g_set_weak_pointer (&self->invalid, field);
  if (field)
    fy_a11y_set_invalid (field, TRUE);
}

static void
show_error (FyGateCheckDialog *self, GtkWidget *field, const char *message)
{
  mark_invalid (self, field);
  fy_form_set_error (self->error, message);
  if (field)
    gtk_widget_grab_focus (field);
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

/* The roster's one match for the host typed (name or employee no.). */
static gint64
resolve_host (FyGateCheckDialog *self, const char *text)
{
  g_autofree char *wanted = g_strstrip (g_strdup (text));
  FyStaffFilter filter = { .status = -2, .search = wanted };
  g_autoptr(GPtrArray) found = NULL;

  if (*wanted == '\0')
    return 0;
  found = fy_staff_list (self->store, &filter, NULL);
  if (found == NULL || found->len == 0)
    return 0;
  for (guint i = 0; i < found->len; i++)
    {
      FyStaff *s = found->pdata[i];
      if (g_str_equal (s->name, wanted) || g_str_equal (s->employee_no, wanted))
        return s->id;
    }
  return found->len == 1 ? ((FyStaff *) found->pdata[0])->id : 0;
}

/* Fills `out` (a copy of the visit) from the person fields. With `strict`,
 * a field that cannot be read stops with the field in *bad and a message;
 * otherwise it counts as empty (the live proposal while typing). */
static gboolean
read_person (FyGateCheckDialog *self, PersonRow *p, FyGatePerson *out, gboolean strict, GtkWidget **bad,
             GError **error)
{
  GtkEditable *temps[] = { p->temp1, p->temp2 };
  int *values[] = { &out->temp1, &out->temp2 };
  g_autoptr(GError) local = NULL;

  if (p->name)
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
    }
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
  if (strict && out->test_at > check_time (self))
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("A test cannot be sampled in the future: check the date and time."));
      *bad = GTK_WIDGET (p->test_at);
      return FALSE;
    }
  return TRUE;
}

/* The visit as seen at the gate now (owned), or NULL with *bad / error in
 * strict mode. */
static FyGateVisit *
read_visit (FyGateCheckDialog *self, gboolean strict, GtkWidget **bad, GError **error)
{
  g_autoptr(FyGateVisit) visit = fy_gate_visit_copy (self->visit);
  g_autofree char *plate = g_strstrip (g_strdup (text_of (self->plate)));
  FyGateKind kind = current_kind (self);

  visit->kind = kind;
  g_ptr_array_set_size (visit->people, 0);
  for (guint i = 0; i < self->people->len; i++)
    {
      PersonRow *p = self->people->pdata[i];
      g_autoptr(FyGatePerson) person = fy_gate_person_copy (p->base);

      if (self->declared == NULL || !p->base->declared)
        person->role = i == 0 ? (kind == FY_GATE_TRUCK ? FY_GATE_ROLE_DRIVER : FY_GATE_ROLE_VISITOR)
                              : (kind == FY_GATE_TRUCK ? FY_GATE_ROLE_RIDER : FY_GATE_ROLE_COMPANION);
      if (!read_person (self, p, person, strict, bad, error))
        return NULL;
      g_ptr_array_add (visit->people, g_steal_pointer (&person));
    }
  if (strict && *plate)
    {
      g_autofree char *valid = fy_validate_plate (plate, TRUE, NULL, error);
      if (valid == NULL)
        {
          *bad = GTK_WIDGET (self->plate);
          return NULL;
        }
    }
  g_free (visit->plate);
  visit->plate = fy_normalize_identifier (plate);
  if (self->declared == NULL && kind == FY_GATE_VISITOR)
    {
      g_autofree char *host = g_strstrip (g_strdup (text_of (self->host)));

      g_free (visit->purpose);
      visit->purpose = g_strstrip (g_strdup (text_of (self->purpose)));
      /* Someone of the roster, else the name as typed (a host the
       * roster does not have). */
      visit->host_staff_id = resolve_host (self, host);
      g_free (visit->host_name);
      visit->host_name = visit->host_staff_id ? g_strdup ("") : g_steal_pointer (&host);
    }
  if (kind == FY_GATE_TRUCK)
    visit->stayed_in_cab = gtk_check_button_get_active (self->in_cab) ? 1 : 0;
  return g_steal_pointer (&visit);
}

/* ---- The live proposal --------------------------------------------------- */

static void
set_proposal (FyGateCheckDialog *self, guint reasons)
{
  g_autofree char *reasons_text = fy_gate_reasons_text (reasons);
  g_autofree char *text = NULL;
  GtkButton *proposed, *other;

  self->proposed_admit = reasons == 0;
  if (self->proposed_admit)
    /* Translators: the gate check's banner when every rule is met. */
    text = g_strdup (_("Proposal: admit — every check passed"));
  else
    /* Translators: the gate check's banner: the reasons to refuse, joined by “；”. */
    text = g_strdup_printf (_("Proposal: refuse — %s"), reasons_text);
  gtk_label_set_text (self->proposal, text);
  fy_widget_set_css_class (self->proposal_box, "gate-proposal-refuse", !self->proposed_admit);
  proposed = self->proposed_admit ? self->admit : self->refuse;
  other = self->proposed_admit ? self->refuse : self->admit;
  gtk_widget_remove_css_class (GTK_WIDGET (other), "suggested-action");
  gtk_widget_remove_css_class (GTK_WIDGET (other), "destructive-action");
  gtk_widget_add_css_class (GTK_WIDGET (proposed), self->proposed_admit ? "suggested-action" : "destructive-action");
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (proposed));
}

/* The rules are applied at the time in (the core does so too): now, or
 * the time typed for a late entry. */
static gint64
check_time (FyGateCheckDialog *self)
{
  gint64 at = 0;

  if (self->day && fy_form_read_instant (self->day, self->time_of_day, &at, NULL))
    return at;
  return fy_now ();
}

static void
update_proposal (FyGateCheckDialog *self)
{
  g_autoptr(FyGateVisit) at_gate = NULL;

  if (self->admit == NULL || self->done)
    return;
  at_gate = read_visit (self, FALSE, NULL, NULL);
  if (at_gate)
    set_proposal (self, fy_gate_evaluate (&self->rules, self->declared, at_gate, check_time (self)));
}

/* ---- Deciding ------------------------------------------------------------ */

static gboolean
read_int_field (GtkEditable *field, int min, int max, int *value)
{
  g_autofree char *text = g_strstrip (g_strdup (text_of (field)));
  gint64 v = 0;

  if (!g_ascii_string_to_signed (text, 10, min, max, &v, NULL))
    return FALSE;
  *value = (int) v;
  return TRUE;
}

static void
show_override (FyGateCheckDialog *self, gboolean admit)
{
  self->pending = admit;
  gtk_widget_set_visible (self->override_box, TRUE);
  show_error (self, GTK_WIDGET (self->override_reason),
              admit ? _("Admitting against the proposal needs a reason: enter it, then press Enter.")
                    : _("Refusing against the proposal needs a reason: enter it, then press Enter."));
}

static void
decide (FyGateCheckDialog *self, gboolean admit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyGateVisit) at_gate = NULL;
  g_autofree char *reason = g_strstrip (g_strdup (text_of (self->override_reason)));
  g_autofree char *done = NULL;
  GtkWidget *bad = NULL;
  FyGateCheckIn check = { 0 };
  gboolean proposed;

  if (self->done)
    return;
  at_gate = read_visit (self, TRUE, &bad, &error);
  if (at_gate == NULL)
    {
      show_error (self, bad, error->message);
      return;
    }
  if (!fy_form_read_instant (self->day, self->time_of_day, &check.at, &error))
    {
      show_error (self, GTK_WIDGET (self->time_of_day), error->message);
      return;
    }
  /* Nobody is admitted without a temperature taken at the gate. */
  for (guint i = 0; admit && i < at_gate->people->len; i++)
    if (((FyGatePerson *) at_gate->people->pdata[i])->temp1 == 0)
      {
        show_error (self, GTK_WIDGET (((PersonRow *) self->people->pdata[i])->temp1),
                    _("Take the temperature of everyone before admitting."));
        return;
      }
  set_proposal (self, fy_gate_evaluate (&self->rules, self->declared, at_gate, check.at));
  proposed = self->proposed_admit;
  if (admit != proposed && *reason == '\0')
    {
      show_override (self, admit);
      return;
    }
  check.visit = at_gate;
  check.admit = admit;
  check.override_reason = admit != proposed ? reason : NULL;
  if (admit && at_gate->kind == FY_GATE_TRUCK && gtk_check_button_get_active (self->disinfected))
    {
      guint area = gtk_drop_down_get_selected (self->area);

      check.disinfected = TRUE;
      check.disinfection_product = (int) gtk_drop_down_get_selected (self->product);
      if (!read_int_field (self->concentration, 0, 100000, &check.disinfection_concentration))
        {
          show_error (self, GTK_WIDGET (self->concentration),
                      _("Enter the concentration in mg/L as a whole number, e.g. 500."));
          return;
        }
      if (!read_int_field (self->contact, 1, 1440, &check.disinfection_contact_min))
        {
          show_error (self, GTK_WIDGET (self->contact), _("Enter the contact time in minutes, e.g. 30."));
          return;
        }
      if (area != GTK_INVALID_LIST_POSITION && area < self->areas->len)
        check.disinfection_area_id = ((FyDisinfectionPlace *) self->areas->pdata[area])->area_id;
    }
  if (!fy_gate_check_in (self->store, &check, &error))
    {
      /* The core's sentence names the field; the reason field is the one
       * it refuses most (an override without a reason). */
      gboolean about_reason = admit != proposed;
      show_error (self, about_reason ? GTK_WIDGET (self->override_reason) : NULL, error->message);
      if (about_reason)
        gtk_widget_set_visible (self->override_box, TRUE);
      return;
    }
  self->done = TRUE;
  {
    const FyGatePerson *first = at_gate->people->len ? at_gate->people->pdata[0] : NULL;
    const char *who = at_gate->kind == FY_GATE_TRUCK && *at_gate->plate ? at_gate->plate
                      : first ? first->name : "";
    /* Translators: toast after the gate check: the person's name or the truck's plate. */
    done = admit ? g_strdup_printf (_("Admitted: %s"), who)
                 /* Translators: toast after the gate check: the person's name or the truck's plate. */
                 : g_strdup_printf (_("Refused: %s"), who);
  }
  fy_form_toast (GTK_WIDGET (self), done);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_enter (FyGateCheckDialog *self)
{
  decide (self, self->pending >= 0 ? self->pending : self->proposed_admit);
}

static void
on_admit_clicked (FyGateCheckDialog *self)
{
  decide (self, TRUE);
}

static void
on_refuse_clicked (FyGateCheckDialog *self)
{
  decide (self, FALSE);
}

/* ---- Building ------------------------------------------------------------ */

static GtkWidget *
new_entry (FyGateCheckDialog *self, int width_chars)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width_chars);
  /* Enter in any field decides as proposed (or as the override waits for). */
  g_signal_connect_swapped (entry, "activate", G_CALLBACK (on_enter), self);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (update_proposal), self);
  return entry;
}

static GtkWidget *
new_choice (FyGateCheckDialog *self, const FyCodeLabel *table, guint n, const char *first, guint selected)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  GtkWidget *dropdown;

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, i == 0 && first ? first : fy_code_label_text (&table[i]));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (list), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  g_signal_connect_swapped (dropdown, "notify::selected", G_CALLBACK (update_proposal), self);
  return dropdown;
}

/* A title and its field at column pair `col` of `row`, the field
 * `span` columns wide. */
static GtkWidget *
attach_span (GtkGrid *grid, int col, int row, int span, const char *title_text, GtkWidget *field, const char *name)
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

static GtkWidget *
attach (GtkGrid *grid, int col, int row, const char *title_text, GtkWidget *field, const char *name)
{
  return attach_span (grid, col, row, 1, title_text, field, name);
}

static GtkGrid *
new_grid (void)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());

  gtk_grid_set_row_spacing (grid, 6);
  gtk_grid_set_column_spacing (grid, 8);
  return grid;
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

/* "司机：张三 · 110105********002X · 138****5678" (masked). */
static void
set_heading (FyGateCheckDialog *self, PersonRow *p, guint index)
{
  FyGateKind kind = current_kind (self);
  FyGateRole role = p->base->declared && self->declared ? p->base->role
                    : index == 0 ? (kind == FY_GATE_TRUCK ? FY_GATE_ROLE_DRIVER : FY_GATE_ROLE_VISITOR)
                    : (kind == FY_GATE_TRUCK ? FY_GATE_ROLE_RIDER : FY_GATE_ROLE_COMPANION);
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
  else if (self->declared)
    /* Translators: a person added at the gate, not on the declaration. */
    g_string_append (text, _(" (not on the declaration)"));
  gtk_label_set_text (p->heading, text->str);
}

static void
add_person_row (FyGateCheckDialog *self, FyGatePerson *base)
{
  PersonRow *p = g_new0 (PersonRow, 1);
  guint index = self->people->len;
  gboolean editable_identity = self->declared == NULL || !base->declared;
  GtkGrid *grid = new_grid ();
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

  p->base = base;
  p->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  p->heading = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (p->heading, 0);
  gtk_label_set_wrap (p->heading, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (p->heading), "heading");
  gtk_box_append (GTK_BOX (p->box), GTK_WIDGET (p->heading));
  if (editable_identity)
    {
      p->name = GTK_EDITABLE (attach (grid, 0, row, _("Name"), new_entry (self, 8), name_name));
      p->company = GTK_EDITABLE (attach (grid, 1, row++, _("Company"), new_entry (self, 8), company_name));
      p->id_number = GTK_EDITABLE (attach (grid, 0, row, _("ID number"), new_entry (self, 8), id_name));
      p->phone = GTK_EDITABLE (attach (grid, 1, row++, _("Phone"), new_entry (self, 8), phone_name));
      gtk_editable_set_text (p->name, base->name ? base->name : "");
      gtk_editable_set_text (p->company, base->company ? base->company : "");
      gtk_editable_set_text (p->id_number, base->id_number ? base->id_number : "");
      gtk_editable_set_text (p->phone, base->phone ? base->phone : "");
    }
  p->temp1 = GTK_EDITABLE (attach (grid, 0, row, _("Temperature °C"), new_entry (self, 5), temp1_name));
  p->temp2 = GTK_EDITABLE (attach (grid, 1, row++, _("Re-take °C"), new_entry (self, 5), temp2_name));
  p->code = GTK_DROP_DOWN (attach (grid, 0, row, _("Health code"),
                                   new_choice (self, fy_code_colour_labels, FY_N_CODES, _("Not shown"), base->code),
                                   code_name));
  p->risk = GTK_DROP_DOWN (attach (grid, 1, row++, _("Travel, 7 days"),
                                   new_choice (self, fy_trip_risk_labels, FY_N_RISKS, NULL, base->travel_risk),
                                   risk_name));
  p->test_at = GTK_EDITABLE (attach (grid, 0, row, _("Test sampled"), new_entry (self, 12), test_name));
  p->result = GTK_DROP_DOWN (attach (grid, 1, row++, _("Test result"),
                                     new_choice (self, fy_test_result_labels, FY_N_RESULTS, NULL, base->test_result),
                                     result_name));
  p->travel_note = GTK_EDITABLE (attach_span (grid, 0, row++, 3, _("Travel, where"), new_entry (self, 8), where_name));
  gtk_entry_set_placeholder_text (GTK_ENTRY (p->test_at), "2026-11-21 08:30");
  gtk_editable_set_text (p->test_at, test_at);
  gtk_editable_set_text (p->travel_note, base->travel_note ? base->travel_note : "");
  gtk_box_append (GTK_BOX (p->box), GTK_WIDGET (grid));
  g_ptr_array_add (self->people, p);
  set_heading (self, p, index);
  gtk_box_append (self->people_box, p->box);
}

static void
on_add_person_clicked (FyGateCheckDialog *self)
{
  PersonRow *p;

  add_person_row (self, fy_gate_person_new (current_kind (self) == FY_GATE_TRUCK ? FY_GATE_ROLE_RIDER
                                                                                 : FY_GATE_ROLE_COMPANION));
  p = g_ptr_array_index (self->people, self->people->len - 1);
  p->base->declared = FALSE;
  set_heading (self, p, self->people->len - 1);
  gtk_widget_grab_focus (GTK_WIDGET (p->name));
  update_proposal (self);
}

/* A new arrival switched between visitor and truck. */
static void
on_kind_changed (FyGateCheckDialog *self)
{
  gboolean truck = current_kind (self) == FY_GATE_TRUCK;

  gtk_widget_set_visible (self->truck_box, truck);
  if (self->visitor_box)
    gtk_widget_set_visible (self->visitor_box, !truck);
  for (guint i = 0; i < self->people->len; i++)
    set_heading (self, self->people->pdata[i], i);
  update_proposal (self);
}

static GtkWidget *
section_title (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "title-4");
  return label;
}

/* The areas the truck's disinfection may be written for, the unloading
 * area chosen. */
static GtkWidget *
new_area_choice (FyGateCheckDialog *self)
{
  g_autoptr(GPtrArray) places = fy_disinfection_list_places (self->store, NULL);
  GtkStringList *list = gtk_string_list_new (NULL);
  GtkWidget *dropdown;
  guint chosen = GTK_INVALID_LIST_POSITION;

  self->areas = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_disinfection_place_free);
  for (guint i = 0; places && i < places->len; i++)
    {
      FyDisinfectionPlace *place = places->pdata[i];
      if (place->point_id != 0)
        continue;
      if (place->area_id == self->visit->unload_area_id)
        chosen = self->areas->len;
      gtk_string_list_append (list, place->title);
      g_ptr_array_add (self->areas, g_steal_pointer (&places->pdata[i]));
    }
  dropdown = gtk_drop_down_new (G_LIST_MODEL (list), NULL);
  if (chosen != GTK_INVALID_LIST_POSITION)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), chosen);
  fy_drop_down_let_shrink (GTK_DROP_DOWN (dropdown));
  return dropdown;
}

static GtkWidget *
build_truck_box (FyGateCheckDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkGrid *grid = new_grid ();
  g_autofree char *concentration = g_strdup_printf ("%d", DEFAULT_CONCENTRATION);
  g_autofree char *contact = g_strdup_printf ("%d", DEFAULT_CONTACT_MIN);

  self->in_cab = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("Driver stays in the _cab")));
  gtk_widget_set_name (GTK_WIDGET (self->in_cab), "gate-in-cab");
  gtk_check_button_set_active (self->in_cab, self->visit->stayed_in_cab != 0);
  self->disinfected = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("_Vehicle and goods disinfected")));
  gtk_widget_set_name (GTK_WIDGET (self->disinfected), "gate-disinfected");
  gtk_check_button_set_active (self->disinfected, TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->in_cab));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->disinfected));
  self->product = GTK_DROP_DOWN (attach (grid, 0, 0, _("Disinfectant"),
                                         new_choice (self, fy_disinfectant_labels, FY_DISINFECTANT_N, NULL,
                                                     FY_DISINFECTANT_CHLORINE84),
                                         "gate-product"));
  self->concentration = GTK_EDITABLE (attach (grid, 1, 0, _("mg/L"), new_entry (self, 5), "gate-concentration"));
  self->contact = GTK_EDITABLE (attach (grid, 0, 1, _("Contact, min"), new_entry (self, 5), "gate-contact"));
  self->area = GTK_DROP_DOWN (attach (grid, 1, 1, _("Area"), new_area_choice (self), "gate-area"));
  gtk_editable_set_text (self->concentration, concentration);
  gtk_editable_set_text (self->contact, contact);
  g_object_bind_property (self->disinfected, "active", grid, "sensitive", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (grid));
  return box;
}

static void
build (FyGateCheckDialog *self)
{
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *form = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *bottom = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add_person = gtk_button_new_with_mnemonic (_("Add _Person"));
  GtkGrid *vehicle = new_grid ();
  GtkGrid *when = new_grid ();
  gboolean is_new = self->declared == NULL;
  g_autofree char *title = NULL;

  if (is_new)
    title = g_strdup (_("Arrival Without Declaration"));
  else
    {
      const FyGatePerson *first = self->visit->people->len ? self->visit->people->pdata[0] : NULL;
      /* Translators: the gate check's title: the person's name, or the plate of a truck. */
      title = g_strdup_printf (_("Gate Check — %s"), self->visit->kind == FY_GATE_TRUCK && *self->visit->plate
                                                         ? self->visit->plate
                                                         : first ? first->name : "");
    }
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 720);
  gtk_box_append (GTK_BOX (outer), header);

  /* The proposal: the first thing read, always in view. */
  self->proposal_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  self->proposal = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->proposal), "gate-proposal");
  gtk_label_set_wrap (self->proposal, TRUE);
  gtk_label_set_xalign (self->proposal, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->proposal), TRUE);
  gtk_widget_add_css_class (self->proposal_box, "gate-proposal");
  gtk_widget_set_name (self->proposal_box, "gate-proposal-box");
  gtk_box_append (GTK_BOX (self->proposal_box), GTK_WIDGET (self->proposal));
  gtk_box_append (GTK_BOX (outer), self->proposal_box);

  g_object_set (form, "margin-start", 18, "margin-end", 18, "margin-top", 12, "margin-bottom", 12, NULL);
  if (is_new)
    {
      GtkGrid *grid = new_grid ();
      GtkStringList *kinds = gtk_string_list_new (NULL);

      gtk_string_list_append (kinds, fy_code_label_text (&fy_gate_kind_labels[FY_GATE_VISITOR]));
      gtk_string_list_append (kinds, fy_code_label_text (&fy_gate_kind_labels[FY_GATE_TRUCK]));
      self->kind = GTK_DROP_DOWN (attach (grid, 0, 0, _("_Arrival"), gtk_drop_down_new (G_LIST_MODEL (kinds), NULL),
                                          "gate-kind"));
      gtk_drop_down_set_selected (self->kind, self->visit->kind == FY_GATE_TRUCK ? 1 : 0);
      g_signal_connect_swapped (self->kind, "notify::selected", G_CALLBACK (on_kind_changed), self);
      gtk_box_append (GTK_BOX (form), GTK_WIDGET (grid));
    }
  self->people_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  gtk_box_append (GTK_BOX (form), GTK_WIDGET (self->people_box));
  for (guint i = 0; i < self->visit->people->len; i++)
    add_person_row (self, fy_gate_person_copy (self->visit->people->pdata[i]));
  if (self->visit->people->len == 0)
    {
      FyGatePerson *first = fy_gate_person_new (self->visit->kind == FY_GATE_TRUCK ? FY_GATE_ROLE_DRIVER
                                                                                   : FY_GATE_ROLE_VISITOR);
      first->declared = FALSE;
      add_person_row (self, first);
    }
  gtk_widget_set_name (add_person, "gate-add-person");
  gtk_widget_set_halign (add_person, GTK_ALIGN_START);
  g_signal_connect_swapped (add_person, "clicked", G_CALLBACK (on_add_person_clicked), self);
  gtk_box_append (GTK_BOX (form), add_person);

  if (is_new)
    {
      GtkGrid *grid = new_grid ();
      self->purpose = GTK_EDITABLE (attach (grid, 0, 0, _("P_urpose"), new_entry (self, 8), "gate-purpose"));
      self->host = GTK_EDITABLE (attach (grid, 1, 0, _("_Host"), new_entry (self, 8), "gate-host"));
      gtk_entry_set_placeholder_text (GTK_ENTRY (self->host), _("Name or employee no."));
      self->visitor_box = GTK_WIDGET (grid);
      gtk_box_append (GTK_BOX (form), self->visitor_box);
    }
  gtk_box_append (GTK_BOX (form), section_title (_("Vehicle")));
  self->plate = GTK_EDITABLE (attach (vehicle, 0, 0, _("Plate n_umber"), new_entry (self, 9), "gate-plate"));
  gtk_editable_set_text (self->plate, self->visit->plate ? self->visit->plate : "");
  gtk_box_append (GTK_BOX (form), GTK_WIDGET (vehicle));
  self->truck_box = build_truck_box (self);
  gtk_box_append (GTK_BOX (form), self->truck_box);

  gtk_box_append (GTK_BOX (form), section_title (_("Time in")));
  self->day = GTK_EDITABLE (attach (when, 0, 0, _("_Date"), new_entry (self, 10), "gate-day"));
  self->time_of_day = GTK_EDITABLE (attach (when, 1, 0, _("_Time"), new_entry (self, 5), "gate-time"));
  fy_form_set_now (self->day, self->time_of_day);
  gtk_box_append (GTK_BOX (form), GTK_WIDGET (when));

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), form);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (outer), scrolled);

  /* The decision: the override reason (when needed), the error, the buttons. */
  g_object_set (bottom, "margin-start", 18, "margin-end", 18, "margin-top", 6, "margin-bottom", 12, NULL);
  {
    GtkGrid *grid = new_grid ();
    self->override_reason = GTK_EDITABLE (attach (grid, 0, 0, _("Reason to _override"), new_entry (self, 12),
                                                  "gate-override-reason"));
    self->override_box = GTK_WIDGET (grid);
    gtk_widget_set_visible (self->override_box, FALSE);
    gtk_box_append (GTK_BOX (bottom), self->override_box);
  }
  self->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->error), "gate-error");
  gtk_widget_add_css_class (GTK_WIDGET (self->error), "error");
  gtk_label_set_wrap (self->error, TRUE);
  gtk_label_set_xalign (self->error, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->error), FALSE);
  gtk_box_append (GTK_BOX (bottom), GTK_WIDGET (self->error));
  self->refuse = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Refuse")));
  self->admit = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Admit")));
  gtk_widget_set_name (GTK_WIDGET (self->refuse), "gate-refuse");
  gtk_widget_set_name (GTK_WIDGET (self->admit), "gate-admit");
  g_signal_connect_swapped (self->refuse, "clicked", G_CALLBACK (on_refuse_clicked), self);
  g_signal_connect_swapped (self->admit, "clicked", G_CALLBACK (on_admit_clicked), self);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->refuse));
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->admit));
  gtk_box_append (GTK_BOX (bottom), buttons);
  gtk_box_append (GTK_BOX (outer), bottom);
  adw_window_set_content (ADW_WINDOW (self), outer);

  gtk_widget_set_visible (self->truck_box, current_kind (self) == FY_GATE_TRUCK);
  if (self->visitor_box)
    gtk_widget_set_visible (self->visitor_box, current_kind (self) == FY_GATE_VISITOR);
  update_proposal (self);
}

static void
fy_gate_check_dialog_dispose (GObject *object)
{
  FyGateCheckDialog *self = FY_GATE_CHECK_DIALOG (object);

  g_clear_weak_pointer (&self->invalid);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->areas, g_ptr_array_unref);
  g_clear_pointer (&self->visit, fy_gate_visit_free);
  g_clear_pointer (&self->declared, fy_gate_visit_free);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_gate_check_dialog_parent_class)->dispose (object);
}

static void
fy_gate_check_dialog_class_init (FyGateCheckDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fy_gate_check_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_gate_check_dialog_init (FyGateCheckDialog *self)
{
  self->people = g_ptr_array_new_with_free_func ((GDestroyNotify) person_row_free);
  self->pending = -1;
}

FyGateCheckDialog *
fy_gate_check_dialog_present (GtkWidget *parent, FyStore *store, gint64 visit_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyGateVisit) visit = NULL;
  GtkWindow *window = parent ? (GTK_IS_WINDOW (parent) ? GTK_WINDOW (parent) : fy_form_window_of (parent)) : NULL;
  FyGateCheckDialog *self;

  if (visit_id != 0)
    {
      visit = fy_gate_get (store, visit_id, &error);
      if (visit == NULL)
        {
          fy_show_error (parent, _("The visit could not be opened"), error->message);
          return NULL;
        }
    }
  else
    visit = fy_gate_visit_new (FY_GATE_VISITOR);
  self = g_object_new (FY_TYPE_GATE_CHECK_DIALOG, "transient-for", window, "modal", TRUE, NULL);
  self->store = g_object_ref (store);
  fy_gate_rules_load (store, &self->rules);
  if (visit_id != 0)
    self->declared = fy_gate_visit_copy (visit);
  self->visit = g_steal_pointer (&visit);
  build (self);
  gtk_window_present (GTK_WINDOW (self));
  fy_form_focus_first_field (GTK_WINDOW (self));
  return self;
}

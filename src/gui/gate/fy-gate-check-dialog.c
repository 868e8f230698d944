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

#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-clock.h"
#include "fy-disinfection.h"
#include "fy-error-dialog.h"
#include "fy-error.h"
#include "fy-form-util.h"
#include "fy-gate-check-dialog.h"
#include "fy-gate-check-person.h"
#include "fy-gate.h"
#include "fy-gui-util.h"
#include "fy-staff.h"
#include "fy-validate.h"

/* The defaults of the truck's disinfection at the gate: 84 disinfectant
 * at 500 mg/L available chlorine for 30 minutes (the plant's plan). */
#define DEFAULT_CONCENTRATION 500
#define DEFAULT_CONTACT_MIN   30

struct _FyGateCheckDialog
{
  AdwWindow      parent_instance;

  FyStore       *store;
  FyGateRules    rules;
  FyGateVisit   *visit;       /* what the form starts from (owned) */
  FyGateVisit   *declared;    /* the declaration, NULL for a new arrival (owned) */
  GPtrArray     *people;      /* FyGateCheckPerson* */
  FyGateCheckHooks hooks;      /* every field: the live proposal, Enter decides */
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
      FyGateCheckPerson *p = self->people->pdata[i];
      g_autoptr(FyGatePerson) person = NULL;

      if (!fy_gate_check_person_came (p))
        continue;
      person = fy_gate_person_copy (p->base);

      if (self->declared == NULL || !p->base->declared)
        person->role = i == 0 ? (kind == FY_GATE_TRUCK ? FY_GATE_ROLE_DRIVER : FY_GATE_ROLE_VISITOR)
                              : (kind == FY_GATE_TRUCK ? FY_GATE_ROLE_RIDER : FY_GATE_ROLE_COMPANION);
      if (!fy_gate_check_person_read (p, person, check_time (self), strict, bad, error))
        return NULL;
      g_ptr_array_add (visit->people, g_steal_pointer (&person));
    }
  if (strict && (*plate || kind == FY_GATE_TRUCK))
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
  /* The host only matters when writing (the rules do not look at it). */
  if (strict && self->declared == NULL && kind == FY_GATE_VISITOR)
    {
      g_autofree char *host = g_strstrip (g_strdup (text_of (self->host)));

      g_free (visit->purpose);
      visit->purpose = g_strstrip (g_strdup (text_of (self->purpose)));
      /* Someone of the roster, else the name as typed (a host the
       * roster does not have). */
      visit->host_staff_id = resolve_host (self, host);
      g_free (visit->host_name);
      visit->host_name = visit->host_staff_id ? g_strdup ("") : g_steal_pointer (&host);
      /* The core's rules, said at their fields. */
      if (*visit->purpose == '\0' || (visit->host_staff_id == 0 && *visit->host_name == '\0'))
        {
          gboolean purpose = *visit->purpose == '\0';

          g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                               purpose ? _("Enter the purpose of the visit.") : _("Choose the host of the visit."));
          *bad = GTK_WIDGET (purpose ? self->purpose : self->host);
          return NULL;
        }
    }
  if (kind == FY_GATE_TRUCK)
    visit->stayed_in_cab = gtk_check_button_get_active (self->in_cab) ? 1 : 0;
  return g_steal_pointer (&visit);
}

/* ---- The live proposal --------------------------------------------------- */

/* Whether someone's first temperature is still to be taken. */
static gboolean
temperature_missing (const FyGateVisit *at_gate)
{
  for (guint i = 0; i < at_gate->people->len; i++)
    if (((const FyGatePerson *) at_gate->people->pdata[i])->temp1 == 0)
      return TRUE;
  return FALSE;
}

static void
set_proposal (FyGateCheckDialog *self, guint reasons, gboolean waiting)
{
  g_autofree char *reasons_text = fy_gate_reasons_text (reasons);
  g_autofree char *text = NULL;
  GtkButton *proposed, *other;

  self->proposed_admit = reasons == 0;
  if (self->proposed_admit && waiting)
    /* Translators: the gate check's banner while the rules are met but a temperature is still to be taken. */
    text = g_strdup (_("Proposal: admit once the temperature is taken"));
  else if (self->proposed_admit)
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
    set_proposal (self, fy_gate_evaluate (&self->rules, self->declared, at_gate, check_time (self)),
                  temperature_missing (at_gate));
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
  /* Nobody who came is admitted without a temperature taken at the gate. */
  for (guint i = 0; admit && i < self->people->len; i++)
    {
      FyGateCheckPerson *p = self->people->pdata[i];

      if (fy_gate_check_person_came (p) && *text_of (p->temp1) == '\0')
        {
          show_error (self, GTK_WIDGET (p->temp1), _("Take the temperature of everyone before admitting."));
          return;
        }
    }
  set_proposal (self, fy_gate_evaluate (&self->rules, self->declared, at_gate, check.at),
                temperature_missing (at_gate));
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
      if (area != GTK_INVALID_LIST_POSITION && area < self->areas->len && self->areas->pdata[area])
        check.disinfection_area_id = ((FyDisinfectionPlace *) self->areas->pdata[area])->area_id;
      if (check.disinfection_area_id == 0 && at_gate->unload_area_id == 0)
        {
          show_error (self, GTK_WIDGET (self->area), _("Choose the area where the vehicle was disinfected."));
          return;
        }
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

/* The person's heading follows the kind of a new arrival. */
static void
set_heading (FyGateCheckDialog *self, FyGateCheckPerson *p, guint index)
{
  FyGateKind kind = current_kind (self);
  FyGateRole role = p->base->declared && self->declared ? p->base->role
                    : index == 0 ? (kind == FY_GATE_TRUCK ? FY_GATE_ROLE_DRIVER : FY_GATE_ROLE_VISITOR)
                    : (kind == FY_GATE_TRUCK ? FY_GATE_ROLE_RIDER : FY_GATE_ROLE_COMPANION);

  fy_gate_check_person_set_heading (p, role, self->declared != NULL);
}

/* A declared companion or co-rider ticked as not come: their fields are
 * set aside and they are left out of the check and of the visit. */
static void
on_absent_toggled (GtkCheckButton *check, FyGateCheckDialog *self)
{
  for (guint i = 0; i < self->people->len; i++)
    {
      FyGateCheckPerson *p = self->people->pdata[i];

      if (p->absent == check)
        gtk_widget_set_sensitive (p->fields, !gtk_check_button_get_active (check));
    }
  update_proposal (self);
}

static void
add_person_row (FyGateCheckDialog *self, FyGatePerson *base)
{
  guint index = self->people->len;
  gboolean declared = self->declared != NULL && base->declared;
  FyGateCheckPerson *p = fy_gate_check_person_new (&self->hooks, base, index, !declared);

  g_ptr_array_add (self->people, p);
  set_heading (self, p, index);
  if (declared && index > 0)
    {
      g_autofree char *name = g_strdup_printf ("gate-absent-%u", index);

      p->absent = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (_("Did not come")));
      gtk_widget_set_name (GTK_WIDGET (p->absent), name);
      g_signal_connect (p->absent, "toggled", G_CALLBACK (on_absent_toggled), self);
      gtk_box_insert_child_after (GTK_BOX (p->box), GTK_WIDGET (p->absent), GTK_WIDGET (p->heading));
    }
  gtk_box_append (self->people_box, p->box);
}

static void
on_add_person_clicked (FyGateCheckDialog *self)
{
  FyGateCheckPerson *p;

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
  /* No unloading area declared: the officer says where, never a guess. */
  if (self->visit->unload_area_id == 0)
    {
      gtk_string_list_append (list, _("Choose the area…"));
      g_ptr_array_add (self->areas, NULL);
    }
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
  GtkGrid *grid = fy_gate_check_grid ();
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
  self->product = GTK_DROP_DOWN (fy_gate_check_attach (grid, 0, 0, 1, _("Disinfectant"),
                                                      fy_gate_check_choice (&self->hooks, fy_disinfectant_labels,
                                                                           FY_DISINFECTANT_N, NULL,
                                                                           FY_DISINFECTANT_CHLORINE84),
                                                      "gate-product"));
  self->concentration = GTK_EDITABLE (fy_gate_check_attach (grid, 1, 0, 1, _("mg/L"),
                                                           fy_gate_check_entry (&self->hooks, 5),
                                                           "gate-concentration"));
  self->contact = GTK_EDITABLE (fy_gate_check_attach (grid, 0, 1, 1, _("Contact, min"),
                                                     fy_gate_check_entry (&self->hooks, 5), "gate-contact"));
  self->area = GTK_DROP_DOWN (fy_gate_check_attach (grid, 1, 1, 1, _("Area"), new_area_choice (self), "gate-area"));
  gtk_editable_set_text (self->concentration, concentration);
  gtk_editable_set_text (self->contact, contact);
  g_object_bind_property (self->disinfected, "active", grid, "sensitive", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (grid));
  return box;
}

/* What was declared, to hold the arrival against: the purpose and host of
 * a visitor, the vehicle, cargo and unloading point of a truck, and the
 * declaration's flags (迟报) in words. */
static GtkWidget *
declaration_line (const FyGateVisit *v)
{
  GtkWidget *label = gtk_label_new (NULL);
  g_autofree char *flags = fy_gate_flags_text (v->flags);
  g_autoptr(GString) text = g_string_new (NULL);
  const char *parts[4] = { NULL };

  if (v->kind == FY_GATE_TRUCK)
    {
      parts[0] = fy_gate_vehicle_label (v->vehicle_type);
      parts[1] = v->cargo;
      parts[2] = v->unload_name;
    }
  else
    {
      parts[0] = v->purpose;
      parts[1] = v->host_name;
      parts[2] = v->host_department;
    }
  parts[3] = flags;
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] && *parts[i])
      g_string_append_printf (text, "%s%s", text->len ? " · " : "", parts[i]);
  /* Translators: the gate check: what the declaration says (purpose · host …, or vehicle · cargo · unloading point). */
  gtk_label_set_text (GTK_LABEL (label), text->len ? text->str : _("Nothing more was declared."));
  gtk_widget_set_name (label, "gate-declared");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
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
  GtkGrid *vehicle = fy_gate_check_grid ();
  GtkGrid *when = fy_gate_check_grid ();
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
      GtkGrid *grid = fy_gate_check_grid ();
      GtkStringList *kinds = gtk_string_list_new (NULL);

      gtk_string_list_append (kinds, fy_code_label_text (&fy_gate_kind_labels[FY_GATE_VISITOR]));
      gtk_string_list_append (kinds, fy_code_label_text (&fy_gate_kind_labels[FY_GATE_TRUCK]));
      self->kind = GTK_DROP_DOWN (fy_gate_check_attach (grid, 0, 0, 1, C_("what arrives", "Arr_ival"),
                                                       gtk_drop_down_new (G_LIST_MODEL (kinds), NULL),
                                          "gate-kind"));
      gtk_drop_down_set_selected (self->kind, self->visit->kind == FY_GATE_TRUCK ? 1 : 0);
      g_signal_connect_swapped (self->kind, "notify::selected", G_CALLBACK (on_kind_changed), self);
      gtk_box_append (GTK_BOX (form), GTK_WIDGET (grid));
    }
  if (!is_new)
    gtk_box_append (GTK_BOX (form), declaration_line (self->visit));
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
      GtkGrid *grid = fy_gate_check_grid ();
      self->purpose = GTK_EDITABLE (fy_gate_check_attach (grid, 0, 0, 1, _("P_urpose"),
                                                         fy_gate_check_entry (&self->hooks, 8), "gate-purpose"));
      self->host = GTK_EDITABLE (fy_gate_check_attach (grid, 1, 0, 1, _("_Host"), fy_gate_check_entry (&self->hooks, 8),
                                                      "gate-host"));
      gtk_entry_set_placeholder_text (GTK_ENTRY (self->host), _("Name or employee no."));
      self->visitor_box = GTK_WIDGET (grid);
      gtk_box_append (GTK_BOX (form), self->visitor_box);
    }
  gtk_box_append (GTK_BOX (form), section_title (_("Vehicle")));
  self->plate = GTK_EDITABLE (fy_gate_check_attach (vehicle, 0, 0, 1, _("Plate _number"),
                                                   fy_gate_check_entry (&self->hooks, 9), "gate-plate"));
  gtk_editable_set_text (self->plate, self->visit->plate ? self->visit->plate : "");
  gtk_box_append (GTK_BOX (form), GTK_WIDGET (vehicle));
  self->truck_box = build_truck_box (self);
  gtk_box_append (GTK_BOX (form), self->truck_box);

  gtk_box_append (GTK_BOX (form), section_title (_("Time in")));
  self->day = GTK_EDITABLE (fy_gate_check_attach (when, 0, 0, 1, _("_Date"), fy_gate_check_entry (&self->hooks, 10),
                                                 "gate-day"));
  self->time_of_day = GTK_EDITABLE (fy_gate_check_attach (when, 1, 0, 1, _("_Time"),
                                                         fy_gate_check_entry (&self->hooks, 5), "gate-time"));
  fy_form_set_now (self->day, self->time_of_day);
  gtk_box_append (GTK_BOX (form), GTK_WIDGET (when));

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), form);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (outer), scrolled);

  /* The decision: the override reason (when needed), the error, the buttons. */
  g_object_set (bottom, "margin-start", 18, "margin-end", 18, "margin-top", 6, "margin-bottom", 12, NULL);
  {
    GtkGrid *grid = fy_gate_check_grid ();
    self->override_reason = GTK_EDITABLE (fy_gate_check_attach (grid, 0, 0, 1, _("Reason to _override"),
                                                               fy_gate_check_entry (&self->hooks, 12),
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
  self->hooks.changed = G_CALLBACK (update_proposal);
  self->hooks.activate = G_CALLBACK (on_enter);
  self->hooks.data = self;
  self->people = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_gate_check_person_free);
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

void
fy_gate_check_dialog_prefill (FyGateCheckDialog *self, const char *typed)
{
  g_autofree char *plate = NULL;
  g_autofree char *id = NULL;
  g_autofree char *phone = NULL;
  FyGateCheckPerson *first;
  GtkEditable *next;

  g_return_if_fail (FY_IS_GATE_CHECK_DIALOG (self));
  g_return_if_fail (self->declared == NULL && self->kind != NULL && self->people->len > 0);
  if (typed == NULL || *typed == '\0')
    return;
  first = self->people->pdata[0];
  if ((plate = fy_validate_plate (typed, FALSE, NULL, NULL)) != NULL)
    {
      gtk_drop_down_set_selected (self->kind, FY_GATE_TRUCK);
      gtk_editable_set_text (self->plate, plate);
    }
  else if ((id = fy_validate_id_number (typed, FALSE, NULL, NULL, NULL, NULL)) != NULL)
    gtk_editable_set_text (first->id_number, id);
  else if ((phone = fy_validate_phone (typed, NULL, NULL)) != NULL)
    gtk_editable_set_text (first->phone, phone);
  else
    gtk_editable_set_text (first->name, typed);
  next = *gtk_editable_get_text (first->name) == '\0' ? first->name
         : *gtk_editable_get_text (first->id_number) == '\0' ? first->id_number : first->temp1;
  gtk_widget_grab_focus (GTK_WIDGET (next));
}

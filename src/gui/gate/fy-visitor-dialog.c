/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-visitor-dialog.c — the visitor's declaration (see the header). The ID
 * number comes first: a visitor seen before brings back their name,
 * company, vaccination and, from the last visit, host, purpose and areas. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-clock.h"
#include "fy-disinfection.h"
#include "fy-error-dialog.h"
#include "fy-error.h"
#include "fy-form-util.h"
#include "fy-gate-form.h"
#include "fy-person-picker.h"
#include "fy-staff.h"
#include "fy-validate.h"
#include "fy-visitor-dialog.h"
#include "fy-wrap-layout.h"

typedef struct
{
  FyStore            *store;
  FyDisForm          *form;
  gint64              id;
  gint64              host_id;
  GPtrArray          *places;      /* FyDisinfectionPlace*, areas only, the ones shown */
  FyGatePersonFields *visitor;
  GPtrArray          *companions;  /* FyGatePersonFields* (owned by the window) */
  GtkWidget          *seen, *day, *time, *purpose, *host, *host_popover, *department;
  GtkWidget          *areas, *plate, *companion_box;
  FyGateTravel        travel;
} VisitorForm;

static void
visitor_form_free (gpointer p)
{
  VisitorForm *f = p;

  g_clear_object (&f->store);
  g_clear_pointer (&f->places, g_ptr_array_unref);
  g_clear_pointer (&f->companions, g_ptr_array_unref);
  g_free (f);
}

/* ---- Host ----------------------------------------------------------------- */

static void
set_host (VisitorForm *f, gint64 staff_id)
{
  g_autoptr(FyStaff) staff = staff_id ? fy_staff_get (f->store, staff_id, NULL) : NULL;

  f->host_id = staff ? staff_id : 0;
  gtk_menu_button_set_label (GTK_MENU_BUTTON (f->host), staff ? staff->name : _("Choose…"));
  gtk_label_set_text (GTK_LABEL (f->department), staff && staff->department ? staff->department : "");
}

static void
on_host_picked_cb (FyPersonPicker *picker, gint64 staff_id, VisitorForm *f)
{
  gtk_popover_popdown (GTK_POPOVER (f->host_popover));
  set_host (f, staff_id);
  gtk_widget_grab_focus (f->host);
}

static void
on_host_shown_cb (GtkWidget *popover, FyPersonPicker *picker)
{
  fy_person_picker_reload (picker);
  gtk_widget_grab_focus (GTK_WIDGET (fy_person_picker_get_search (picker)));
}

static GtkWidget *
host_button (VisitorForm *f)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *picker = fy_person_picker_new_quick (f->store);

  f->host = gtk_menu_button_new ();
  gtk_widget_set_name (f->host, "host");
  f->host_popover = gtk_popover_new ();
  gtk_widget_set_name (picker, "host-picker");
  gtk_popover_set_child (GTK_POPOVER (f->host_popover), picker);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (f->host), f->host_popover);
  g_signal_connect (picker, "picked", G_CALLBACK (on_host_picked_cb), f);
  g_signal_connect (f->host_popover, "show", G_CALLBACK (on_host_shown_cb), picker);
  f->department = gtk_label_new (NULL);
  gtk_widget_set_name (f->department, "department");
  gtk_widget_add_css_class (f->department, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (f->department), 0);
  gtk_box_append (GTK_BOX (box), f->host);
  gtk_box_append (GTK_BOX (box), f->department);
  return box;
}

/* ---- Areas ---------------------------------------------------------------- */

static int
by_level_then_title (gconstpointer a, gconstpointer b)
{
  const FyDisinfectionPlace *x = *(const FyDisinfectionPlace *const *) a;
  const FyDisinfectionPlace *y = *(const FyDisinfectionPlace *const *) b;

  if (x->level != y->level)
    return x->level < y->level ? -1 : 1;
  return g_utf8_collate (x->title, y->title);
}

/* The areas of the maps as checks, the low-risk ones (where visitors go)
 * first. */
static GtkWidget *
areas_checks (VisitorForm *f)
{
  g_autoptr(GPtrArray) all = fy_disinfection_list_places (f->store, NULL);
  GtkWidget *flow = fy_form_check_grid (4);

  f->places = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_disinfection_place_free);
  for (guint i = 0; all && i < all->len; i++)
    {
      FyDisinfectionPlace *p = all->pdata[i];
      if (p->point_id == 0)
        g_ptr_array_add (f->places, g_steal_pointer (&all->pdata[i]));
    }
  g_ptr_array_sort (f->places, by_level_then_title);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), FALSE);
  for (guint i = 0; i < f->places->len; i++)
    {
      const FyDisinfectionPlace *p = f->places->pdata[i];
      /* Translators: an area a visitor may enter, with its risk level: "访客缓冲区（绿区）". */
      g_autofree char *label = g_strdup_printf (C_("area and level", "%s (%s)"), p->title,
                                                fy_zone_level_label (p->level));
      GtkWidget *check = gtk_check_button_new_with_label (label);

      gtk_widget_set_name (check, p->title);
      fy_form_check_grid_add (flow, check);
    }
  if (f->places->len == 0)
    gtk_flow_box_append (GTK_FLOW_BOX (flow), gtk_label_new (_("The zone map has no areas yet.")));
  return flow;
}

static GtkCheckButton *
area_check (VisitorForm *f, guint i)
{
  GtkFlowBoxChild *child = gtk_flow_box_get_child_at_index (GTK_FLOW_BOX (f->areas), (int) i);

  return GTK_CHECK_BUTTON (gtk_flow_box_child_get_child (child));
}

static void
set_areas (VisitorForm *f, const GArray *ids)
{
  for (guint i = 0; i < f->places->len; i++)
    {
      const FyDisinfectionPlace *p = f->places->pdata[i];
      gboolean on = FALSE;

      for (guint k = 0; ids && k < ids->len && !on; k++)
        on = g_array_index (ids, gint64, k) == p->area_id;
      gtk_check_button_set_active (area_check (f, i), on);
    }
}

/* ---- Companions ----------------------------------------------------------- */

static void
on_remove_companion_cb (GtkButton *button, VisitorForm *f)
{
  fy_gate_person_rows_remove (f->companions, f->companion_box, GTK_WIDGET (button));
}

static FyGatePersonFields *
add_companion (VisitorForm *f)
{
  FyGatePersonFields *c = fy_gate_person_fields_new (f->form, f->store, FY_GATE_ROLE_COMPANION, TRUE);
  g_autofree char *title = g_strdup_printf (_("Companion %u"), f->companions->len + 1);

  gtk_box_append (GTK_BOX (f->companion_box), fy_gate_person_fields_row (c, title, TRUE));
  g_signal_connect (c->remove, "clicked", G_CALLBACK (on_remove_companion_cb), f);
  g_ptr_array_add (f->companions, c);
  return c;
}

static void
on_add_companion_cb (GtkButton *button, VisitorForm *f)
{
  FyGatePersonFields *c = add_companion (f);

  gtk_widget_grab_focus (c->name);
}

/* ---- A visitor seen before ------------------------------------------------ */

static void
on_found_cb (FyGatePersonFields *fields, const FyGatePerson *person, const FyGateVisit *last, gpointer data)
{
  VisitorForm *f = data;
  g_autofree char *text = NULL;

  if (last != NULL)
    {
      g_autofree char *day = fy_format_day (last->arrived_at ? last->arrived_at : last->planned_at);

      if (f->host_id == 0 && last->host_staff_id)
        set_host (f, last->host_staff_id);
      if (*gtk_editable_get_text (GTK_EDITABLE (f->purpose)) == '\0' && last->purpose)
        gtk_editable_set_text (GTK_EDITABLE (f->purpose), last->purpose);
      if (last->area_ids && last->area_ids->len > 0)
        set_areas (f, last->area_ids);
      if (*gtk_editable_get_text (GTK_EDITABLE (f->plate)) == '\0' && last->plate)
        gtk_editable_set_text (GTK_EDITABLE (f->plate), last->plate);
      /* Translators: shown when the ID number or phone typed is known; %s is the day of the last visit. */
      text = g_strdup_printf (_("Seen before on %s: the details of that visit are filled in."), day);
    }
  else
    text = g_strdup (_("Known from an earlier declaration: the details are filled in."));
  gtk_label_set_text (GTK_LABEL (f->seen), text);
  gtk_widget_set_visible (f->seen, TRUE);
}

/* ---- Saving --------------------------------------------------------------- */

static gboolean
save_visitor (FyDisForm *form, gpointer data, GError **error)
{
  VisitorForm *f = data;
  g_autoptr(FyGateVisit) v = fy_gate_visit_new (FY_GATE_VISITOR);
  g_autoptr(GError) local = NULL;
  gint64 now = fy_now ();
  FyGatePerson *p;
  gboolean plate_ok;

  fy_gate_form_clear_marks (form);
  p = fy_gate_person_fields_read (f->visitor, form, now, error);
  if (p == NULL)
    return FALSE;
  fy_gate_travel_read (&f->travel, p);
  g_ptr_array_add (v->people, p);
  if (*gtk_editable_get_text (GTK_EDITABLE (f->visitor->name)) == '\0')
    return fy_gate_form_fail_at (form, f->visitor->name, _("Enter the visitor’s name."), error);
  if (*p->id_number == '\0' && *p->phone == '\0')
    return fy_gate_form_fail_at (form, f->visitor->id_number, _("Enter the visitor’s ID number or phone."), error);
  if (!fy_form_read_instant (GTK_EDITABLE (f->day), GTK_EDITABLE (f->time), &v->planned_at, &local))
    return fy_gate_form_fail_at (form, f->day, local->message, error);
  if (*gtk_editable_get_text (GTK_EDITABLE (f->purpose)) == '\0')
    return fy_gate_form_fail_at (form, f->purpose, _("Enter the purpose of the visit."), error);
  if (f->host_id == 0)
    return fy_gate_form_fail_at (form, f->host, _("Choose the staff member the visitor comes to see."), error);
  plate_ok = fy_gate_form_take_plate (f->plate, v);
  for (guint i = 0; i < f->companions->len; i++)
    {
      FyGatePersonFields *c = f->companions->pdata[i];
      FyGatePerson *cp;

      if (fy_gate_person_fields_empty (c))
        continue;
      cp = fy_gate_person_fields_read (c, form, now, error);
      if (cp == NULL)
        return FALSE;
      if (!fy_gate_person_fields_check_repeat (c, form, cp, v->people, error))
        {
          fy_gate_person_free (cp);
          return FALSE;
        }
      fy_gate_travel_read (&f->travel, cp);
      g_ptr_array_add (v->people, cp);
      if (*cp->name == '\0')
        return fy_gate_form_fail_at (form, c->name, _("Enter the companion’s name."), error);
      if (*cp->id_number == '\0' && *cp->phone == '\0')
        return fy_gate_form_fail_at (form, c->id_number, _("Enter the companion’s ID number or phone."), error);
    }
  v->id = f->id;
  g_free (v->purpose);
  v->purpose = g_strdup (gtk_editable_get_text (GTK_EDITABLE (f->purpose)));
  v->host_staff_id = f->host_id;
  for (guint i = 0; i < f->places->len; i++)
    if (gtk_check_button_get_active (area_check (f, i)))
      g_array_append_val (v->area_ids, ((FyDisinfectionPlace *) f->places->pdata[i])->area_id);
  if (!fy_gate_form_declare (form, f->store, v, f->day, plate_ok ? NULL : f->plate, error))
    return FALSE;
  fy_form_toast (GTK_WIDGET (form->window), _("Visitor declared"));
  return TRUE;
}

/* ---- The dialog ------------------------------------------------------------- */

static void
fill (VisitorForm *f, const FyGateVisit *v)
{
  g_autofree char *day = fy_format_day (v->planned_at);
  g_autofree char *time = fy_format_time_of_day (v->planned_at);

  if (v->people->len > 0)
    {
      const FyGatePerson *p = v->people->pdata[0];
      fy_gate_person_fields_fill (f->visitor, p);
      fy_gate_travel_fill (&f->travel, p);
    }
  for (guint i = 1; i < v->people->len; i++)
    fy_gate_person_fields_fill (add_companion (f), v->people->pdata[i]);
  gtk_editable_set_text (GTK_EDITABLE (f->day), day);
  gtk_editable_set_text (GTK_EDITABLE (f->time), time);
  gtk_editable_set_text (GTK_EDITABLE (f->purpose), v->purpose ? v->purpose : "");
  set_host (f, v->host_staff_id);
  set_areas (f, v->area_ids);
  gtk_editable_set_text (GTK_EDITABLE (f->plate), v->plate ? v->plate : "");
}

/* The next full hour: a visit is usually declared for later today. */
static gint64
default_arrival (void)
{
  gint64 now = fy_now ();

  return now - now % 3600 + 3600;
}

GtkWindow *
fy_visitor_dialog_present (GtkWindow *parent, FyStore *store, gint64 visit_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyGateVisit) visit = NULL;
  VisitorForm *f;
  FyDisForm *form;
  GtkWidget *test = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *companions = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *add;

  if (visit_id > 0 && (visit = fy_gate_get (store, visit_id, &error)) == NULL)
    {
      fy_show_error (GTK_WIDGET (parent), _("The declaration could not be opened"), error->message);
      return NULL;
    }
  f = g_new0 (VisitorForm, 1);
  f->store = g_object_ref (store);
  f->id = visit_id;
  f->companions = g_ptr_array_new ();
  form = fy_dis_form_new (parent, visit ? _("Edit Visitor Declaration") : _("Declare a Visitor"), _("_Save"),
                          save_visitor, f, visitor_form_free);
  f->form = form;
  gtk_widget_set_name (GTK_WIDGET (form->window), "visitor-dialog");
  gtk_window_set_default_size (form->window, 640, 700);

  f->visitor = fy_gate_person_fields_new (form, store, FY_GATE_ROLE_VISITOR, TRUE);
  f->visitor->found = on_found_cb;
  f->visitor->found_data = f;
  fy_dis_form_add (form, _("_ID number"), "id-number", f->visitor->id_number);
  fy_gate_form_label_last_row (form, f->visitor->id_number);
  fy_dis_form_add (form, _("_Phone"), "phone", f->visitor->phone);
  fy_gate_form_label_last_row (form, f->visitor->phone);
  f->seen = gtk_label_new (NULL);
  gtk_widget_set_name (f->seen, "seen-before");
  gtk_label_set_wrap (GTK_LABEL (f->seen), TRUE);
  gtk_label_set_xalign (GTK_LABEL (f->seen), 0);
  gtk_widget_add_css_class (f->seen, "success");
  gtk_widget_set_visible (f->seen, FALSE);
  gtk_grid_attach (form->grid, f->seen, 1, form->rows++, 1, 1);
  fy_dis_form_add (form, _("_Name"), "name", f->visitor->name);
  fy_gate_form_label_last_row (form, f->visitor->name);
  fy_dis_form_add (form, _("C_ompany"), "company", f->visitor->company);
  fy_gate_form_label_last_row (form, f->visitor->company);
  fy_dis_form_add (form, C_("when a visitor comes", "_Arrival"), "when",
                   fy_gate_form_when (form, "", visit ? visit->planned_at : default_arrival (), &f->day, &f->time));
  fy_gate_form_label_last_row (form, f->day);
  f->purpose = fy_dis_form_add (form, _("P_urpose"), "purpose", fy_gate_form_entry (form, "purpose", NULL, 0));
  fy_dis_form_add (form, _("_Host"), "host-box", host_button (f));
  fy_gate_form_label_last_row (form, f->host);
  fy_a11y_name (f->host, _("Host"));
  set_host (f, 0);
  f->areas = fy_dis_form_add (form, _("Areas allowed"), "areas", areas_checks (f));
  f->plate = fy_dis_form_add (form, _("P_late (if driving)"), "plate", fy_gate_form_entry (form, "plate", NULL, 10));
  gtk_widget_set_hexpand (f->plate, FALSE);
  gtk_widget_set_halign (f->plate, GTK_ALIGN_START);
  fy_gate_travel_add (&f->travel, form);
  fy_dis_form_add (form, _("Health co_de"), "code", f->visitor->code);
  gtk_box_append (GTK_BOX (test), f->visitor->test_day);
  gtk_box_append (GTK_BOX (test), f->visitor->test_time);
  gtk_box_append (GTK_BOX (test), f->visitor->test_result);
  gtk_widget_set_layout_manager (test, fy_wrap_layout_new (6));
  fy_dis_form_add (form, _("Last t_est"), "test", test);
  fy_gate_form_label_last_row (form, f->visitor->test_day);
  fy_dis_form_add (form, _("_Vaccine doses"), "doses", f->visitor->doses);
  gtk_widget_set_hexpand (f->visitor->doses, FALSE);
  gtk_widget_set_halign (f->visitor->doses, GTK_ALIGN_START);
  f->companion_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  add = gtk_button_new_with_mnemonic (_("Add Co_mpanion"));
  gtk_widget_set_name (add, "add-companion");
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_companion_cb), f);
  gtk_box_append (GTK_BOX (companions), f->companion_box);
  gtk_box_append (GTK_BOX (companions), add);
  fy_dis_form_add (form, _("Companions"), "companions", companions);
  if (visit)
    fill (f, visit);
  fy_dis_form_present (form, f->visitor->id_number);
  return form->window;
}

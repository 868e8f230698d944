/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-truck-dialog.c — the truck's declaration (see the header). */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-clock.h"
#include "fy-disinfection.h"
#include "fy-error-dialog.h"
#include "fy-error.h"
#include "fy-form-util.h"
#include "fy-gate-form.h"
#include "fy-truck-dialog.h"
#include "fy-validate.h"
#include "fy-zone-map.h"

typedef struct
{
  FyStore            *store;
  FyDisForm          *form;
  gint64              id;
  FyGateRules         rules;
  GPtrArray          *places;     /* FyDisinfectionPlace*: the unloading points offered */
  GPtrArray          *people;     /* FyGatePersonFields*: [0] the driver */
  GtkWidget          *plate, *plate_error, *type, *day, *time, *late, *people_box;
  GtkWidget          *origin, *route, *cargo, *unload;
  FyGateTravel        travel;
} TruckForm;

static void
truck_form_free (gpointer p)
{
  TruckForm *f = p;

  g_clear_object (&f->store);
  g_clear_pointer (&f->places, g_ptr_array_unref);
  g_clear_pointer (&f->people, g_ptr_array_unref);
  g_free (f);
}

static const char *
vehicle_type_text (int i)
{
  return fy_code_label_text (&fy_gate_vehicle_labels[i]);
}

/* ---- Plate, checked as typed ------------------------------------------------ */

static void
on_plate_changed_cb (GtkEditable *plate, TruckForm *f)
{
  const char *text = gtk_editable_get_text (plate);
  g_autofree char *problem = *text ? fy_gate_form_plate_problem (text) : NULL;

  /* A plate put right takes the refused save's message away too (Save checks all again). */
  if (*text && problem == NULL && gtk_widget_get_visible (GTK_WIDGET (f->form->error)))
    fy_gate_form_clear_marks (f->form);
  fy_a11y_set_invalid (f->plate, problem != NULL);
  gtk_label_set_text (GTK_LABEL (f->plate_error), problem ? problem : "");
  gtk_widget_set_visible (f->plate_error, problem != NULL);
}

/* ---- Late declaration --------------------------------------------------------- */

static void
update_late (TruckForm *f)
{
  gint64 planned = 0;
  gboolean late = FALSE;

  if (fy_form_read_instant (GTK_EDITABLE (f->day), GTK_EDITABLE (f->time), &planned, NULL))
    late = fy_gate_is_late_declaration (&f->rules, fy_now (), planned);
  if (late)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "Late declaration: less than %d hour before the planned "
                                                            "arrival. It is saved and flagged late.",
                                                            "Late declaration: less than %d hours before the planned "
                                                            "arrival. It is saved and flagged late.",
                                                            f->rules.notice_hours),
                                               f->rules.notice_hours);
      gtk_label_set_text (GTK_LABEL (f->late), text);
    }
  gtk_widget_set_visible (f->late, late);
}

static void
on_when_changed_cb (GtkEditable *field, TruckForm *f)
{
  update_late (f);
}

/* ---- Unloading points ----------------------------------------------------------- */

/* Loading-dock areas and truck-loading symbols of the maps; every area
 * when the maps have neither. */
static void
load_unloading_places (TruckForm *f)
{
  g_autoptr(GPtrArray) all = fy_disinfection_list_places (f->store, NULL);
  g_autoptr(GPtrArray) maps = fy_zone_map_list (f->store, NULL);
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);

  f->places = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_disinfection_place_free);
  for (guint i = 0; maps && i < maps->len; i++)
    {
      FyZoneMap *map = fy_zone_map_load (f->store, ((FyZoneMapInfo *) maps->pdata[i])->id, NULL);
      if (map)
        g_ptr_array_add (loaded, map);
    }
  for (guint i = 0; all && i < all->len; i++)
    {
      FyDisinfectionPlace *p = all->pdata[i];
      gboolean fits = FALSE;

      for (guint m = 0; m < loaded->len && !fits; m++)
        {
          if (p->point_id)
            {
              const FyZonePoint *point = fy_zone_map_lookup_point (loaded->pdata[m], p->point_id);
              fits = point && point->kind == FY_ZONE_POINT_TRUCK_LOADING;
            }
          else
            {
              const FyZoneArea *area = fy_zone_map_lookup_area (loaded->pdata[m], p->area_id);
              fits = area && area->function == FY_ZONE_FUNCTION_LOADING_DOCK;
            }
        }
      if (fits)
        g_ptr_array_add (f->places, g_steal_pointer (&all->pdata[i]));
    }
  if (f->places->len == 0)
    for (guint i = 0; all && i < all->len; i++)
      if (all->pdata[i] && ((FyDisinfectionPlace *) all->pdata[i])->point_id == 0)
        g_ptr_array_add (f->places, g_steal_pointer (&all->pdata[i]));
}

static GtkWidget *
unload_drop_down (TruckForm *f)
{
  GtkStringList *titles = gtk_string_list_new (NULL);
  GtkWidget *drop;

  gtk_string_list_append (titles, _("Not set"));
  for (guint i = 0; i < f->places->len; i++)
    gtk_string_list_append (titles, ((FyDisinfectionPlace *) f->places->pdata[i])->title);
  drop = gtk_drop_down_new (G_LIST_MODEL (titles), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), f->places->len > 0 ? 1 : 0);
  return drop;
}

static void
select_unload (TruckForm *f, gint64 area_id, gint64 point_id)
{
  guint selected = 0;

  for (guint i = 0; i < f->places->len; i++)
    {
      const FyDisinfectionPlace *p = f->places->pdata[i];
      if (p->area_id == area_id && p->point_id == point_id)
        selected = i + 1;
    }
  gtk_drop_down_set_selected (GTK_DROP_DOWN (f->unload), selected);
}

/* ---- People --------------------------------------------------------------------- */

static void
on_remove_rider_cb (GtkButton *button, TruckForm *f)
{
  fy_gate_person_rows_remove (f->people, f->people_box, GTK_WIDGET (button));
}

static FyGatePersonFields *
add_person (TruckForm *f)
{
  gboolean driver = f->people->len == 0;
  FyGatePersonFields *c = fy_gate_person_fields_new (f->form, f->store,
                                                     driver ? FY_GATE_ROLE_DRIVER : FY_GATE_ROLE_RIDER, FALSE);
  g_autofree char *title = driver ? g_strdup (_("Driver"))
                                  : g_strdup_printf (_("Co-rider %u"), f->people->len);

  gtk_box_append (GTK_BOX (f->people_box), fy_gate_person_fields_row (c, title, !driver));
  if (!driver)
    g_signal_connect (c->remove, "clicked", G_CALLBACK (on_remove_rider_cb), f);
  g_ptr_array_add (f->people, c);
  return c;
}

static void
on_add_rider_cb (GtkButton *button, TruckForm *f)
{
  gtk_widget_grab_focus (add_person (f)->name);
}

/* ---- Saving ----------------------------------------------------------------------- */

static void
set_text (char **field, GtkWidget *entry)
{
  g_free (*field);
  *field = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static gboolean
save_truck (FyDisForm *form, gpointer data, GError **error)
{
  TruckForm *f = data;
  g_autoptr(FyGateVisit) v = fy_gate_visit_new (FY_GATE_TRUCK);
  g_autoptr(GError) local = NULL;
  gboolean plate_ok;
  gint64 now = fy_now ();
  guint unload = gtk_drop_down_get_selected (GTK_DROP_DOWN (f->unload));

  fy_gate_form_clear_marks (form);
  if (!fy_form_read_instant (GTK_EDITABLE (f->day), GTK_EDITABLE (f->time), &v->planned_at, &local))
    return fy_gate_form_fail_at (form, f->day, local->message, error);
  for (guint i = 0; i < f->people->len; i++)
    {
      FyGatePersonFields *c = f->people->pdata[i];
      FyGatePerson *p;

      if (i > 0 && fy_gate_person_fields_empty (c))
        continue;
      p = fy_gate_person_fields_read (c, form, now, error);
      if (p == NULL)
        return FALSE;
      if (!fy_gate_person_fields_check_repeat (c, form, p, v->people, error))
        {
          fy_gate_person_free (p);
          return FALSE;
        }
      fy_gate_travel_read (&f->travel, p);
      g_ptr_array_add (v->people, p);
      if (*p->name == '\0')
        return fy_gate_form_fail_at (form, c->name, i == 0 ? _("Enter the driver’s name.") : _("Enter the co-rider’s name."), error);
      if (*p->id_number == '\0' && *p->phone == '\0')
        return fy_gate_form_fail_at (form, c->id_number, _("Enter an ID number or phone for everyone in the truck."), error);
    }
  v->id = f->id;
  /* A truck's plate is required: an empty one is the field to blame too. */
  plate_ok = fy_gate_form_take_plate (f->plate, v) && *v->plate;
  g_free (v->vehicle_type);
  v->vehicle_type = g_strdup (fy_gate_vehicle_labels[gtk_drop_down_get_selected (GTK_DROP_DOWN (f->type))].code);
  set_text (&v->origin, f->origin);
  set_text (&v->route, f->route);
  set_text (&v->cargo, f->cargo);
  if (unload > 0 && unload <= f->places->len)
    {
      const FyDisinfectionPlace *p = f->places->pdata[unload - 1];
      v->unload_area_id = p->area_id;
      v->unload_point_id = p->point_id;
    }
  if (!fy_gate_form_declare (form, f->store, v, f->day, plate_ok ? NULL : f->plate, error))
    return FALSE;
  fy_form_toast (GTK_WIDGET (form->window),
                 (v->flags & FY_GATE_FLAG_LATE) ? _("Truck declared, flagged late") : _("Truck declared"));
  return TRUE;
}

/* ---- The dialog --------------------------------------------------------------------- */

static void
fill (TruckForm *f, const FyGateVisit *v)
{
  g_autofree char *day = fy_format_day (v->planned_at);
  g_autofree char *time = fy_format_time_of_day (v->planned_at);

  gtk_editable_set_text (GTK_EDITABLE (f->plate), v->plate ? v->plate : "");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (f->type),
                              (guint) fy_code_lookup (fy_gate_vehicle_labels, FY_GATE_N_VEHICLES,
                                                      v->vehicle_type, FY_GATE_VEHICLE_BOX));
  gtk_editable_set_text (GTK_EDITABLE (f->day), day);
  gtk_editable_set_text (GTK_EDITABLE (f->time), time);
  for (guint i = 0; i < v->people->len; i++)
    {
      const FyGatePerson *p = v->people->pdata[i];
      fy_gate_person_fields_fill (i < f->people->len ? f->people->pdata[i] : add_person (f), p);
      if (i == 0)
        {
          fy_gate_travel_fill (&f->travel, p);
        }
    }
  gtk_editable_set_text (GTK_EDITABLE (f->origin), v->origin ? v->origin : "");
  gtk_editable_set_text (GTK_EDITABLE (f->route), v->route ? v->route : "");
  gtk_editable_set_text (GTK_EDITABLE (f->cargo), v->cargo ? v->cargo : "");
  select_unload (f, v->unload_area_id, v->unload_point_id);
}

/* Tomorrow at the same hour: what a declaration made in time looks like. */
static gint64
default_arrival (void)
{
  gint64 now = fy_now ();

  return now - now % 3600 + 25 * 3600;
}

GtkWindow *
fy_truck_dialog_present (GtkWindow *parent, FyStore *store, gint64 visit_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyGateVisit) visit = NULL;
  TruckForm *f;
  FyDisForm *form;
  GtkWidget *plate_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *people = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *add;

  if (visit_id > 0 && (visit = fy_gate_get (store, visit_id, &error)) == NULL)
    {
      fy_show_error (GTK_WIDGET (parent), _("The declaration could not be opened"), error->message);
      return NULL;
    }
  f = g_new0 (TruckForm, 1);
  f->store = g_object_ref (store);
  f->id = visit_id;
  f->people = g_ptr_array_new ();
  fy_gate_rules_load (store, &f->rules);
  load_unloading_places (f);
  form = fy_dis_form_new (parent, visit ? _("Edit Truck Declaration") : _("Declare a Truck"), _("_Save"),
                          save_truck, f, truck_form_free);
  f->form = form;
  gtk_widget_set_name (GTK_WIDGET (form->window), "truck-dialog");
  gtk_window_set_default_size (form->window, 640, 700);

  f->plate = fy_gate_form_entry (form, "plate", NULL, 10);
  gtk_widget_set_halign (f->plate, GTK_ALIGN_START);
  f->plate_error = gtk_label_new (NULL);
  gtk_widget_set_name (f->plate_error, "plate-error");
  gtk_label_set_wrap (GTK_LABEL (f->plate_error), TRUE);
  gtk_label_set_xalign (GTK_LABEL (f->plate_error), 0);
  gtk_widget_add_css_class (f->plate_error, "error");
  gtk_widget_set_visible (f->plate_error, FALSE);
  gtk_box_append (GTK_BOX (plate_box), f->plate);
  gtk_box_append (GTK_BOX (plate_box), f->plate_error);
  fy_dis_form_add (form, _("_Plate"), "plate-box", plate_box);
  fy_gate_form_label_last_row (form, f->plate);
  gtk_widget_set_name (f->plate, "plate");
  g_signal_connect (f->plate, "changed", G_CALLBACK (on_plate_changed_cb), f);
  f->type = fy_dis_form_add (form, _("_Vehicle type"), "vehicle-type",
                             fy_dis_form_choice (vehicle_type_text, FY_GATE_N_VEHICLES, 0));
  fy_dis_form_add (form, _("Planned _arrival"), "when",
                   fy_gate_form_when (form, "", visit ? visit->planned_at : default_arrival (), &f->day, &f->time));
  fy_gate_form_label_last_row (form, f->day);
  f->late = gtk_label_new (NULL);
  gtk_widget_set_name (f->late, "late-warning");
  gtk_label_set_wrap (GTK_LABEL (f->late), TRUE);
  gtk_label_set_xalign (GTK_LABEL (f->late), 0);
  gtk_widget_add_css_class (f->late, "warning");
  gtk_grid_attach (form->grid, f->late, 1, form->rows++, 1, 1);
  g_signal_connect (f->day, "changed", G_CALLBACK (on_when_changed_cb), f);
  g_signal_connect (f->time, "changed", G_CALLBACK (on_when_changed_cb), f);

  f->people_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  add = gtk_button_new_with_mnemonic (_("Add Co-_rider"));
  gtk_widget_set_name (add, "add-rider");
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_rider_cb), f);
  gtk_box_append (GTK_BOX (people), f->people_box);
  gtk_box_append (GTK_BOX (people), add);
  fy_dis_form_add (form, _("People"), "people", people);
  add_person (f);
  f->origin = fy_dis_form_add (form, _("_Origin"), "origin", fy_gate_form_entry (form, "origin", NULL, 0));
  f->route = fy_dis_form_add (form, _("Rout_e"), "route", fy_gate_form_entry (form, "route", NULL, 0));
  f->cargo = fy_dis_form_add (form, _("Car_go"), "cargo", fy_gate_form_entry (form, "cargo", NULL, 0));
  f->unload = fy_dis_form_add (form, _("_Unloading point"), "unload", unload_drop_down (f));
  fy_gate_travel_add (&f->travel, form);
  if (visit)
    fill (f, visit);
  update_late (f);
  fy_dis_form_present (form, f->plate);
  return form->window;
}

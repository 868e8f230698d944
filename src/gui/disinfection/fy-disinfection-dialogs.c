/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-disinfection-dialogs.c — the entry dialog with the dilution helper
 * inline, the schedule dialog and the repeat of yesterday's round (see
 * fy-disinfection-dialogs.h). */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-clock.h"
#include "fy-dilution.h"
#include "fy-disinfection-dialogs.h"
#include "fy-disinfection-form.h"
#include "fy-error.h"
#include "fy-error-dialog.h"
#include "fy-form-util.h"
#include "fy-supplies.h"

typedef const char *(*LabelFunc) (int value);

/* ---- Places -------------------------------------------------------------- */

/* A drop-down of the places, searchable by typing. */
static GtkWidget *
places_drop_down (GPtrArray *places, gint64 area_id)
{
  GtkStringList *titles = gtk_string_list_new (NULL);
  GtkWidget *drop;
  guint selected = 0;

  for (guint i = 0; i < places->len; i++)
    {
      const FyDisinfectionPlace *p = places->pdata[i];

      gtk_string_list_append (titles, p->title);
      if (p->area_id == area_id && p->point_id == 0)
        selected = i;
    }
  drop = gtk_drop_down_new (G_LIST_MODEL (titles),
                            gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop), TRUE);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), selected);
  return drop;
}

static const FyDisinfectionPlace *
selected_place (GPtrArray *places, GtkWidget *drop)
{
  guint i = gtk_drop_down_get_selected (GTK_DROP_DOWN (drop));

  return i < places->len ? places->pdata[i] : NULL;
}

/* ---- Entry ----------------------------------------------------------------- */

typedef struct
{
  FyStore   *store;
  GPtrArray *places;
  GtkWidget *place, *day, *time, *objects, *method, *product, *strength, *target, *volume, *dilution;
  GtkWidget *contact, *ventilation, *executor, *checker, *note;
  GtkWidget *stock, *stock_qty, *stock_unit;
  GPtrArray *stock_items;   /* FySupplyItem of 消杀用品, after "nothing" in the drop-down */
  gboolean   syncing;
} EntryForm;

static void
entry_form_free (gpointer p)
{
  EntryForm *f = p;

  g_clear_object (&f->store);
  g_clear_pointer (&f->places, g_ptr_array_unref);
  g_clear_pointer (&f->stock_items, g_ptr_array_unref);
  g_free (f);
}

static FyDisinfectant
product_of (EntryForm *f)
{
  return (FyDisinfectant) gtk_drop_down_get_selected (GTK_DROP_DOWN (f->product));
}

static gboolean
compute (EntryForm *f, FyDilution *d, GError **error)
{
  FyDilutionInput in = {
    .product = product_of (f),
    .strength = gtk_spin_button_get_value (GTK_SPIN_BUTTON (f->strength)),
    .target = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (f->target)),
    .volume_ml = (int) (gtk_spin_button_get_value (GTK_SPIN_BUTTON (f->volume)) * 1000 + 0.5),
  };

  return fy_dilution_compute (&in, d, error);
}

/* The helper's line under the figures, and its contact time proposed. */
static void
update_dilution (EntryForm *f, gboolean set_contact)
{
  g_autoptr(GError) error = NULL;
  FyDilution d;

  if (f->syncing)
    return;
  if (!compute (f, &d, &error))
    {
      gtk_label_set_text (GTK_LABEL (f->dilution), error->message);
      return;
    }
  {
    g_autofree char *text = fy_dilution_describe (product_of (f), &d);
    gtk_label_set_text (GTK_LABEL (f->dilution), text);
  }
  if (set_contact)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (f->contact), d.contact_min);
}

static void
on_figures_changed_cb (GtkWidget *widget, EntryForm *f)
{
  update_dilution (f, FALSE);
}

/* ---- Taken from stock ---------------------------------------------------- */

/* The 消杀用品 items with what is on hand, after "Nothing from stock". The
 * officer states whole units of the item (see fy-disinfection.h for why). */
static GtkWidget *
stock_drop_down (EntryForm *f)
{
  g_autoptr(GPtrArray) items = fy_supplies_list_items (f->store, NULL);
  GtkStringList *titles = gtk_string_list_new (NULL);
  GtkWidget *drop;

  f->stock_items = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_supply_item_free);
  gtk_string_list_append (titles, _("Nothing from stock"));
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      FySupplyItem *item = items->pdata[i];
      g_autofree char *title = NULL;

      if (item->category != FY_SUPPLY_DISINFECTION)
        continue;
      /* Translators: item name, units on hand, the item's unit */
      title = g_strdup_printf (_("%s · %lld %s on hand"), item->name,
                               (long long) fy_supplies_on_hand (f->store, item->id, NULL), item->unit);
      gtk_string_list_append (titles, title);
      g_ptr_array_add (f->stock_items, g_steal_pointer (&items->pdata[i]));
    }
  drop = gtk_drop_down_new (G_LIST_MODEL (titles),
                            gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop), TRUE);
  return drop;
}

static const FySupplyItem *
stock_item (EntryForm *f)
{
  guint i = gtk_drop_down_get_selected (GTK_DROP_DOWN (f->stock));

  return i >= 1 && i <= f->stock_items->len ? f->stock_items->pdata[i - 1] : NULL;
}

static void
on_stock_changed_cb (GObject *drop, GParamSpec *pspec, EntryForm *f)
{
  const FySupplyItem *item = stock_item (f);

  gtk_widget_set_sensitive (f->stock_qty, item != NULL);
  gtk_label_set_text (GTK_LABEL (f->stock_unit), item ? item->unit : "");
}

/* What the last entry with this product took, proposed again. */
static void
propose_stock (EntryForm *f)
{
  gint64 item_id = 0, quantity = 0;
  guint selected = 0;

  if (product_of (f) != FY_DISINFECTANT_NONE)
    fy_disinfection_last_stock_take (f->store, product_of (f), &item_id, &quantity, NULL);
  for (guint i = 0; item_id != 0 && i < f->stock_items->len; i++)
    if (((FySupplyItem *) f->stock_items->pdata[i])->id == item_id)
      selected = i + 1;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (f->stock), selected);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (f->stock_qty), selected ? quantity : 1);
  gtk_widget_set_sensitive (f->stock, product_of (f) != FY_DISINFECTANT_NONE);
  on_stock_changed_cb (NULL, NULL, f);
}

/* UV goes with no product and back; the strength follows the product. */
static void
on_product_changed_cb (GObject *drop, GParamSpec *pspec, EntryForm *f)
{
  FyDisinfectant product = product_of (f);
  gboolean chemical = product != FY_DISINFECTANT_NONE;

  f->syncing = TRUE;
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (f->strength), fy_dilution_default_strength (product));
  if (!chemical)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (f->method), FY_DISINFECTION_UV);
  else if (gtk_drop_down_get_selected (GTK_DROP_DOWN (f->method)) == FY_DISINFECTION_UV)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (f->method), FY_DISINFECTION_WIPE);
  f->syncing = FALSE;
  gtk_widget_set_sensitive (f->strength, chemical);
  gtk_widget_set_sensitive (f->target, chemical && product != FY_DISINFECTANT_ALCOHOL);
  gtk_widget_set_sensitive (f->volume, chemical);
  propose_stock (f);
  update_dilution (f, TRUE);
}

static void
on_method_changed_cb (GObject *drop, GParamSpec *pspec, EntryForm *f)
{
  gboolean uv = gtk_drop_down_get_selected (GTK_DROP_DOWN (f->method)) == FY_DISINFECTION_UV;

  if (f->syncing || uv == (product_of (f) == FY_DISINFECTANT_NONE))
    return;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (f->product), uv ? FY_DISINFECTANT_NONE : FY_DISINFECTANT_CHLORINE84);
}

static gboolean
save_entry (FyDisForm *form, gpointer data, GError **error)
{
  EntryForm *f = data;
  const FyDisinfectionPlace *place = selected_place (f->places, f->place);
  g_autoptr(FyDisinfectionEntry) e = fy_disinfection_entry_new ();
  FyDisinfectionEntry *one;
  FyDilution d = { 0 };

  if (place == NULL)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Choose the area that was disinfected."));
      return FALSE;
    }
  if (!fy_form_read_instant (GTK_EDITABLE (f->day), GTK_EDITABLE (f->time), &e->at, error))
    return FALSE;
  e->area_id = place->area_id;
  e->point_id = place->point_id;
  g_free (e->objects);
  e->objects = fy_dis_form_objects_get (f->objects);
  e->method = gtk_drop_down_get_selected (GTK_DROP_DOWN (f->method));
  e->product = product_of (f);
  e->strength = gtk_spin_button_get_value (GTK_SPIN_BUTTON (f->strength));
  if (!compute (f, &d, error))
    return FALSE;
  e->concentration = d.concentration;
  e->volume_ml = e->product == FY_DISINFECTANT_NONE ? 0 : (int) (gtk_spin_button_get_value (GTK_SPIN_BUTTON (f->volume)) * 1000 + 0.5);
  e->concentrate = d.concentrate;
  e->water_ml = d.water_ml;
  e->contact_min = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (f->contact));
  e->ventilation_min = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (f->ventilation));
  g_free (e->executor);
  e->executor = g_strdup (gtk_editable_get_text (GTK_EDITABLE (f->executor)));
  g_free (e->checker);
  e->checker = g_strdup (gtk_editable_get_text (GTK_EDITABLE (f->checker)));
  g_free (e->note);
  e->note = g_strdup (gtk_editable_get_text (GTK_EDITABLE (f->note)));
  if (stock_item (f) != NULL && e->product != FY_DISINFECTANT_NONE)
    {
      e->supply_item_id = stock_item (f)->id;
      e->supply_qty = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (f->stock_qty));
    }
  one = e;
  if (!fy_disinfection_add_entries (f->store, &one, 1, fy_now (), error))
    return FALSE;
  fy_form_toast (GTK_WIDGET (gtk_window_get_transient_for (form->window)), _("Disinfection recorded"));
  return TRUE;
}

/* The people of the last entry: the same team usually does the next round. */
static void
last_people (FyStore *store, char **executor, char **checker)
{
  g_autofree char *today = fy_today ();
  g_autoptr(GDateTime) midnight = fy_local_day_midnight (today);
  g_autoptr(GDateTime) before = g_date_time_add_days (midnight, -7);
  g_autofree char *from = g_date_time_format (before, "%Y-%m-%d");
  g_autoptr(GPtrArray) recent = fy_disinfection_list_entries (store, from, today, 0, NULL);

  if (recent != NULL && recent->len > 0)
    {
      const FyDisinfectionEntry *e = recent->pdata[0];
      *executor = g_strdup (e->executor);
      *checker = g_strdup (e->checker);
    }
  else
    {
      /* No round yet: the operator at the desk, who can change it. */
      *executor = g_strdup (fy_store_get_actor (store));
    }
}

GtkWindow *
fy_disinfection_entry_dialog_present (GtkWindow *parent, FyStore *store, gint64 area_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *executor = NULL;
  g_autofree char *checker = NULL;
  EntryForm *f = g_new0 (EntryForm, 1);
  FyDisForm *form;
  GtkWidget *figures = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *when = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  f->store = g_object_ref (store);
  f->places = fy_disinfection_list_places (store, &error);
  if (f->places == NULL)
    {
      fy_show_error (GTK_WIDGET (parent), _("Could not list the areas"), error->message);
      entry_form_free (f);
      return NULL;
    }
  last_people (store, &executor, &checker);
  form = fy_dis_form_new (parent, _("New Disinfection Entry"), _("_Save"), save_entry, f, entry_form_free);
  gtk_widget_set_name (GTK_WIDGET (form->window), "disinfection-entry-dialog");

  f->place = fy_dis_form_add (form, _("_Area or point"), "place", places_drop_down (f->places, area_id));
  f->day = fy_dis_form_entry (form, NULL);
  f->time = fy_dis_form_entry (form, NULL);
  fy_form_set_now (GTK_EDITABLE (f->day), GTK_EDITABLE (f->time));
  gtk_editable_set_width_chars (GTK_EDITABLE (f->day), 11);
  gtk_editable_set_width_chars (GTK_EDITABLE (f->time), 6);
  gtk_widget_set_name (f->time, "time");
  gtk_accessible_update_property (GTK_ACCESSIBLE (f->time), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Time"), -1);
  gtk_box_append (GTK_BOX (when), f->day);
  gtk_box_append (GTK_BOX (when), f->time);
  fy_dis_form_add (form, _("_Date and time"), "when", when);
  gtk_widget_set_name (f->day, "day");
  gtk_accessible_update_property (GTK_ACCESSIBLE (f->day), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Date"), -1);
  f->objects = fy_dis_form_add (form, _("_Objects"), "objects", fy_dis_form_objects ("floor,door_handles"));
  f->product = fy_dis_form_add (form, _("Dis_infectant"), "product",
                                fy_dis_form_choice ((LabelFunc) fy_disinfectant_label, FY_DISINFECTANT_N,
                                                    FY_DISINFECTANT_CHLORINE84));
  f->method = fy_dis_form_add (form, _("_Method"), "method",
                               fy_dis_form_choice ((LabelFunc) fy_disinfection_method_label,
                                                   FY_DISINFECTION_N_METHODS, FY_DISINFECTION_WIPE));
  f->strength = fy_dis_form_spin (form, 0, 10000, 0.5, 1, fy_dilution_default_strength (FY_DISINFECTANT_CHLORINE84));
  f->target = fy_dis_form_spin (form, 0, 50000, 250, 0, FY_DILUTION_TARGET_MEDIUM);
  f->volume = fy_dis_form_spin (form, 0, 1000, 0.5, 1, 10);
  gtk_widget_set_name (f->strength, "strength");
  gtk_widget_set_name (f->target, "target");
  gtk_widget_set_name (f->volume, "volume");
  gtk_widget_set_tooltip_text (f->strength, _("Per cent of available chlorine (84, powder), mg per tablet, or per cent of alcohol"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (f->strength), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Strength of the product"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (f->target), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Target concentration, mg/L"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (f->volume), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Solution made, litres"), -1);
  gtk_box_append (GTK_BOX (figures), f->strength);
  gtk_box_append (GTK_BOX (figures), gtk_label_new (_("strength")));
  gtk_box_append (GTK_BOX (figures), f->target);
  gtk_box_append (GTK_BOX (figures), gtk_label_new (_("mg/L in")));
  gtk_box_append (GTK_BOX (figures), f->volume);
  gtk_box_append (GTK_BOX (figures), gtk_label_new (C_("litres", "L")));
  fy_dis_form_add (form, _("Di_lution"), "figures", figures);
  f->dilution = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (f->dilution), 0);
  gtk_label_set_wrap (GTK_LABEL (f->dilution), TRUE);
  gtk_label_set_selectable (GTK_LABEL (f->dilution), FALSE);
  fy_dis_form_add (form, _("Make"), "dilution", f->dilution);
  {
    GtkWidget *stock = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

    f->stock = stock_drop_down (f);
    gtk_widget_set_name (f->stock, "stock-item");
    gtk_widget_set_hexpand (f->stock, TRUE);
    f->stock_qty = fy_dis_form_spin (form, 1, FY_SUPPLY_QUANTITY_MAX, 1, 0, 1);
    gtk_widget_set_name (f->stock_qty, "stock-quantity");
    gtk_accessible_update_property (GTK_ACCESSIBLE (f->stock_qty), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Units taken from stock"), -1);
    f->stock_unit = gtk_label_new (NULL);
    gtk_box_append (GTK_BOX (stock), f->stock);
    gtk_box_append (GTK_BOX (stock), f->stock_qty);
    gtk_box_append (GTK_BOX (stock), f->stock_unit);
    fy_dis_form_add (form, _("_Take from stock"), "stock", stock);
    /* Alt+T goes to the item, not to the row's box. */
    gtk_label_set_mnemonic_widget (GTK_LABEL (gtk_grid_get_child_at (form->grid, 0, form->rows - 1)), f->stock);
    fy_a11y_name (f->stock, _("Disinfectant taken from stock"));
  }
  f->contact = fy_dis_form_add (form, _("Contact tim_e (min)"), "contact", fy_dis_form_spin (form, 0, 1440, 5, 0, 30));
  f->ventilation = fy_dis_form_add (form, _("_Ventilation (min)"), "ventilation",
                                    fy_dis_form_spin (form, 0, 1440, 10, 0, 30));
  f->executor = fy_dis_form_add (form, _("Done _by"), "executor", fy_dis_form_entry (form, executor));
  f->checker = fy_dis_form_add (form, _("C_hecked by"), "checker", fy_dis_form_entry (form, checker));
  f->note = fy_dis_form_add (form, _("_Note"), "note", fy_dis_form_entry (form, NULL));

  g_signal_connect (f->product, "notify::selected", G_CALLBACK (on_product_changed_cb), f);
  g_signal_connect (f->method, "notify::selected", G_CALLBACK (on_method_changed_cb), f);
  g_signal_connect (f->strength, "value-changed", G_CALLBACK (on_figures_changed_cb), f);
  g_signal_connect (f->target, "value-changed", G_CALLBACK (on_figures_changed_cb), f);
  g_signal_connect (f->volume, "value-changed", G_CALLBACK (on_figures_changed_cb), f);
  g_signal_connect (f->stock, "notify::selected", G_CALLBACK (on_stock_changed_cb), f);
  propose_stock (f);
  update_dilution (f, TRUE);
  fy_dis_form_present (form, f->place);
  return form->window;
}

/* ---- Schedule ------------------------------------------------------------- */

typedef struct
{
  FyStore   *store;
  GPtrArray *places;
  gint64     id;
  char      *start_day;
  GtkWidget *place, *frequency, *objects, *method, *product, *concentration, *ventilation;
} ScheduleForm;

static void
schedule_form_free (gpointer p)
{
  ScheduleForm *f = p;

  g_clear_object (&f->store);
  g_clear_pointer (&f->places, g_ptr_array_unref);
  g_free (f->start_day);
  g_free (f);
}

static gboolean
save_schedule (FyDisForm *form, gpointer data, GError **error)
{
  ScheduleForm *f = data;
  const FyDisinfectionPlace *place = selected_place (f->places, f->place);
  g_autoptr(FyDisinfectionSchedule) s = fy_disinfection_schedule_new ();

  if (place == NULL)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Choose the area that was disinfected."));
      return FALSE;
    }
  s->id = f->id;
  s->area_id = place->area_id;
  s->point_id = place->point_id;
  s->frequency = gtk_drop_down_get_selected (GTK_DROP_DOWN (f->frequency));
  g_free (s->objects);
  s->objects = fy_dis_form_objects_get (f->objects);
  s->method = gtk_drop_down_get_selected (GTK_DROP_DOWN (f->method));
  s->product = gtk_drop_down_get_selected (GTK_DROP_DOWN (f->product));
  s->concentration = s->product == FY_DISINFECTANT_NONE ? 0
                     : s->product == FY_DISINFECTANT_ALCOHOL ? 75
                     : gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (f->concentration));
  s->ventilation_min = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (f->ventilation));
  if (f->start_day != NULL)
    {
      g_free (s->start_day);
      s->start_day = g_strdup (f->start_day);
    }
  if (!fy_disinfection_save_schedule (f->store, s, error))
    return FALSE;
  fy_form_toast (GTK_WIDGET (gtk_window_get_transient_for (form->window)), _("Schedule saved"));
  return TRUE;
}

GtkWindow *
fy_disinfection_schedule_dialog_present (GtkWindow *parent, FyStore *store, const FyDisinfectionSchedule *schedule)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDisinfectionSchedule) fresh = fy_disinfection_schedule_new ();
  const FyDisinfectionSchedule *s = schedule ? schedule : fresh;
  ScheduleForm *f = g_new0 (ScheduleForm, 1);
  FyDisForm *form;

  f->store = g_object_ref (store);
  f->places = fy_disinfection_list_places (store, &error);
  if (f->places == NULL)
    {
      fy_show_error (GTK_WIDGET (parent), _("Could not list the areas"), error->message);
      schedule_form_free (f);
      return NULL;
    }
  f->id = schedule ? schedule->id : 0;
  f->start_day = schedule ? g_strdup (schedule->start_day) : NULL;
  form = fy_dis_form_new (parent, schedule ? _("Edit Schedule") : _("New Schedule"), _("_Save"), save_schedule, f,
                          schedule_form_free);
  gtk_widget_set_name (GTK_WIDGET (form->window), "disinfection-schedule-dialog");
  f->place = fy_dis_form_add (form, _("_Area or point"), "place", places_drop_down (f->places, s->area_id));
  if (s->point_id != 0)
    for (guint i = 0; i < f->places->len; i++)
      if (((FyDisinfectionPlace *) f->places->pdata[i])->point_id == s->point_id)
        gtk_drop_down_set_selected (GTK_DROP_DOWN (f->place), i);
  f->frequency = fy_dis_form_add (form, _("_How often"), "frequency",
                                  fy_dis_form_choice ((LabelFunc) fy_disinfection_frequency_label,
                                                      FY_DISINFECTION_N_FREQUENCIES, s->frequency));
  f->objects = fy_dis_form_add (form, _("_Objects"), "objects", fy_dis_form_objects (s->objects));
  f->method = fy_dis_form_add (form, _("_Method"), "method",
                               fy_dis_form_choice ((LabelFunc) fy_disinfection_method_label,
                                                   FY_DISINFECTION_N_METHODS, s->method));
  f->product = fy_dis_form_add (form, _("Dis_infectant"), "product",
                                fy_dis_form_choice ((LabelFunc) fy_disinfectant_label, FY_DISINFECTANT_N, s->product));
  f->concentration = fy_dis_form_add (form, _("Co_ncentration (mg/L)"), "concentration",
                                      fy_dis_form_spin (form, 0, 50000, 250, 0, s->concentration));
  f->ventilation = fy_dis_form_add (form, _("_Ventilation (min)"), "ventilation",
                                    fy_dis_form_spin (form, 0, 1440, 10, 0, s->ventilation_min));
  fy_dis_form_present (form, f->place);
  return form->window;
}

/* ---- Repeat yesterday ------------------------------------------------------- */

typedef struct
{
  FyStore   *store;
  GArray    *area_ids;
  GPtrArray *checks;
} RepeatForm;

static void
repeat_form_free (gpointer p)
{
  RepeatForm *f = p;

  g_clear_object (&f->store);
  g_clear_pointer (&f->area_ids, g_array_unref);
  g_clear_pointer (&f->checks, g_ptr_array_unref);
  g_free (f);
}

static gboolean
save_repeat (FyDisForm *form, gpointer data, GError **error)
{
  RepeatForm *f = data;
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *toast = NULL;
  guint n = 0;

  for (guint i = 0; i < f->checks->len; i++)
    if (gtk_check_button_get_active (f->checks->pdata[i]))
      g_array_append_val (chosen, g_array_index (f->area_ids, gint64, i));
  if (!fy_disinfection_repeat_yesterday (f->store, (const gint64 *) chosen->data, chosen->len, fy_now (), &n, error))
    return FALSE;
  /* Translators: a toast after repeating yesterday's disinfection round. */
  toast = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u disinfection recorded", "%u disinfections recorded", n), n);
  fy_form_toast (GTK_WIDGET (gtk_window_get_transient_for (form->window)), toast);
  return TRUE;
}

GtkWindow *
fy_disinfection_repeat_dialog_present (GtkWindow *parent, FyStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = fy_today ();
  g_autoptr(GDateTime) midnight = fy_local_day_midnight (today);
  g_autoptr(GDateTime) before = g_date_time_add_days (midnight, -1);
  g_autofree char *yesterday = g_date_time_format (before, "%Y-%m-%d");
  g_autoptr(GPtrArray) entries = fy_disinfection_list_entries (store, yesterday, yesterday, 0, &error);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) rounds = g_hash_table_new (g_int64_hash, g_int64_equal);
  GtkWidget *note;
  RepeatForm *f;
  FyDisForm *form;
  GtkWidget *first = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  if (entries == NULL)
    {
      fy_show_error (GTK_WIDGET (parent), _("Could not read yesterday’s round"), error->message);
      return NULL;
    }
  f = g_new0 (RepeatForm, 1);
  f->store = g_object_ref (store);
  f->area_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  f->checks = g_ptr_array_new ();
  form = fy_dis_form_new (parent, _("Repeat Yesterday’s Round"), _("_Repeat"), save_repeat, f, repeat_form_free);
  gtk_widget_set_name (GTK_WIDGET (form->window), "disinfection-repeat-dialog");
  gtk_window_set_default_size (form->window, 460, 480);
  /* One round per area, now: an entry says "disinfected at this time", so
   * yesterday's morning and afternoon rounds recorded together at one
   * instant would log a disinfection nobody did. A twice-daily area is
   * repeated again after its second round, or that round is entered. */
  note = gtk_label_new (_("Each area’s last round of yesterday is recorded once, at the current time. "
                          "Repeat again after a later round."));
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_box_append (GTK_BOX (box), note);
  for (guint i = 0; i < entries->len; i++)
    {
      const FyDisinfectionEntry *e = entries->pdata[i];
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (rounds, &e->area_id));

      g_hash_table_insert (rounds, (gpointer) &e->area_id, GUINT_TO_POINTER (n + 1));
    }
  /* Newest first: each area once, with its last round of yesterday. */
  for (guint i = 0; i < entries->len; i++)
    {
      const FyDisinfectionEntry *e = entries->pdata[i];
      g_autofree char *objects = NULL;
      g_autofree char *label = NULL;
      g_autofree char *time = NULL;
      GtkWidget *check;

      if (e->area_id == 0 || g_hash_table_contains (seen, &e->area_id))
        continue;
      g_hash_table_add (seen, (gpointer) &e->area_id);
      objects = fy_disinfection_objects_text (e->objects);
      time = fy_format_time_of_day (e->at);
      /* Translators: a check in "Repeat yesterday": area, time, objects, disinfectant. */
      label = g_strdup_printf (_("%s — %s, %s, %s"), e->area_name, time, objects, fy_disinfectant_label (e->product));
      if (GPOINTER_TO_UINT (g_hash_table_lookup (rounds, &e->area_id)) > 1)
        {
          /* Translators: appended to a check in "Repeat yesterday": the area had several rounds. */
          char *more = g_strdup_printf (_("%s (the last of %u rounds)"), label,
                                        GPOINTER_TO_UINT (g_hash_table_lookup (rounds, &e->area_id)));

          g_free (label);
          label = more;
        }
      if (e->supply_item_id != 0)
        {
          /* The repeat takes the same units from stock again: say so. */
          g_autoptr(FySupplyItem) item = fy_supplies_get_item (store, e->supply_item_id, NULL);
          /* Translators: appended to a check in "Repeat yesterday": units, unit, item. */
          g_autofree char *more = item ? g_strdup_printf (_("%s; takes %lld %s %s from stock again"), label,
                                                          (long long) e->supply_qty, item->unit, item->name)
                                       : NULL;

          if (more != NULL)
            {
              g_free (label);
              label = g_steal_pointer (&more);
            }
        }
      check = gtk_check_button_new_with_label (label);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      gtk_widget_set_name (check, e->area_name);
      g_array_append_val (f->area_ids, e->area_id);
      g_ptr_array_add (f->checks, check);
      gtk_box_append (GTK_BOX (box), check);
      if (first == NULL)
        first = check;
    }
  if (first == NULL)
    {
      first = gtk_label_new (_("Nothing was disinfected yesterday: there is no round to repeat."));
      gtk_label_set_wrap (GTK_LABEL (first), TRUE);
      gtk_widget_set_focusable (first, TRUE);
      gtk_box_append (GTK_BOX (box), first);
      gtk_widget_set_sensitive (form->save, FALSE);
    }
  fy_dis_form_add (form, _("Areas"), "areas", box);
  fy_dis_form_present (form, first);
  return form->window;
}

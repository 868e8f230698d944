/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-disinfection-page.c — the Disinfection page (see the header). Lists
 * are rebuilt from the store when shown after a change (FyLazyReload);
 * they are small: one row per schedule, the entries of three days. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-clock.h"
#include "fy-disinfection-compliance.h"
#include "fy-disinfection-dialogs.h"
#include "fy-disinfection-due.h"
#include "fy-disinfection-page.h"
#include "fy-error-dialog.h"
#include "fy-export-flow.h"
#include "fy-form-util.h"
#include "fy-gui-util.h"
#include "fy-lazy-reload.h"
#include "fy-supplies.h"
#include "fy-validate.h"
#include "fy-wrap-layout.h"

/* Days of entries listed on the page (the ledger has them all). */
#define ENTRY_DAYS 3
/* Default period of the gaps. */
#define GAP_DAYS 30

struct _FyDisinfectionPage
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GtkWidget    *due;
  GtkEditable  *gap_from;
  GtkEditable  *gap_to;
  GtkListBox   *gap_list;
  GtkListBox   *entry_list;
  GtkListBox   *schedule_list;
  GtkDropDown  *ledger_area;   /* "All areas", then the areas by name */
  GtkStringList *area_names;

  FyStore      *store;
  GPtrArray    *schedules;   /* FyDisinfectionSchedule*, as the rows */
  FyLazyReload *lazy;
};

G_DEFINE_FINAL_TYPE (FyDisinfectionPage, fy_disinfection_page, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_STORE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
add_placeholder (GtkListBox *list, const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_list_box_append (list, row);
}

static char *
day_offset (int days)
{
  g_autofree char *today = fy_today ();
  g_autoptr(GDateTime) midnight = fy_local_day_midnight (today);
  g_autoptr(GDateTime) moved = g_date_time_add_days (midnight, days);

  return g_date_time_format (moved, "%Y-%m-%d");
}

/* ---- Gaps ------------------------------------------------------------------ */

static void
load_gaps (FyDisinfectionPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *from = fy_validate_date (gtk_editable_get_text (self->gap_from), &error);
  g_autofree char *to = from ? fy_validate_date (gtk_editable_get_text (self->gap_to), &error) : NULL;
  g_autoptr(GPtrArray) gaps = NULL;

  clear_list (self->gap_list);
  if (to != NULL)
    gaps = fy_disinfection_gaps (self->store, from, to, 0, fy_now (), &error);
  if (gaps == NULL)
    {
      add_placeholder (self->gap_list, error->message);
      return;
    }
  for (guint i = 0; i < gaps->len; i++)
    {
      const FyDisinfectionGap *gap = gaps->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *state = gtk_label_new (NULL);
      g_autofree char *subtitle = NULL;
      g_autofree char *missed = NULL;

      if (gap->frequency == FY_DISINFECTION_PER_TRUCK)
        /* Translators: gaps of a schedule "after each truck": rounds done in the period. */
        subtitle = g_strdup_printf (_("%s · %u done"), fy_disinfection_frequency_label (gap->frequency), gap->tally.done);
      else
        /* Translators: gaps: frequency · done of scheduled · windows missed. */
        subtitle = g_strdup_printf (_("%s · %u of %u done · %u missed"), fy_disinfection_frequency_label (gap->frequency),
                                    gap->tally.done, gap->tally.scheduled, gap->tally.missed);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gap->place_title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_label_set_text (GTK_LABEL (state), fy_disinfection_status_label (gap->now.status));
      if (gap->now.status == FY_DISINFECTION_STATUS_OVERDUE || gap->tally.missed > 0)
        gtk_widget_add_css_class (state, "error");
      else if (gap->now.status == FY_DISINFECTION_STATUS_DUE)
        gtk_widget_add_css_class (state, "warning");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);
      (void) missed;
      gtk_list_box_append (self->gap_list, row);
    }
  if (gaps->len == 0)
    add_placeholder (self->gap_list, _("No schedules yet: add one below."));
}

static void
on_gap_period_activate_cb (GtkEntry *entry, FyDisinfectionPage *self)
{
  load_gaps (self);
}

/* ---- Entries --------------------------------------------------------------- */

/* The item an entry took from stock (`items`: FySupplyItem), NULL if gone. */
static const FySupplyItem *
stock_item_of (GPtrArray *items, gint64 id)
{
  for (guint i = 0; items != NULL && i < items->len; i++)
    if (((const FySupplyItem *) items->pdata[i])->id == id)
      return items->pdata[i];
  return NULL;
}

static GtkWidget *
entry_row (const FyDisinfectionEntry *e, GPtrArray *items)
{
  const FySupplyItem *item = e->supply_item_id ? stock_item_of (items, e->supply_item_id) : NULL;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *when = fy_format_instant (e->at);
  g_autofree char *title = NULL;
  g_autofree char *objects = fy_disinfection_objects_text (e->objects);
  g_autofree char *conc = fy_disinfection_concentration_text (e->product, e->concentration);
  g_autofree char *subtitle = NULL;

  title = e->point_name[0] ? g_strdup_printf ("%s  %s · %s", when, e->area_name, e->point_name)
                           : g_strdup_printf ("%s  %s", when, e->area_name);
  /* Translators: an entry on the Disinfection page: objects · product concentration · method ·
   * contact minutes · done by / checked by. */
  subtitle = g_strdup_printf (_("%s · %s %s · %s · %d min · %s / %s"), objects, fy_disinfectant_label (e->product),
                              conc, fy_disinfection_method_label (e->method), e->contact_min, e->executor,
                              e->checker[0] ? e->checker : "—");
  if (item != NULL)
    {
      /* Translators: appended to an entry's line: units, unit, item taken from stock. */
      g_autofree char *taken = g_strdup_printf (_("%s · from stock %lld %s %s"), subtitle,
                                                (long long) e->supply_qty, item->unit, item->name);
      g_free (subtitle);
      subtitle = g_steal_pointer (&taken);
    }
  if (e->supply_reversed)
    {
      /* Translators: appended to an entry's line when its stock issue was reversed (红冲). */
      g_autofree char *reversed = g_strdup_printf (_("%s · stock issue reversed"), subtitle);
      g_free (subtitle);
      subtitle = g_steal_pointer (&reversed);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static void
load_entries (FyDisinfectionPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *from = day_offset (-(ENTRY_DAYS - 1));
  g_autofree char *today = fy_today ();
  g_autoptr(GPtrArray) entries = fy_disinfection_list_entries (self->store, from, today, 0, &error);
  g_autoptr(GPtrArray) items = fy_supplies_list_items (self->store, NULL);

  clear_list (self->entry_list);
  if (entries == NULL)
    {
      add_placeholder (self->entry_list, error->message);
      return;
    }
  for (guint i = 0; i < entries->len; i++)
    gtk_list_box_append (self->entry_list, entry_row (entries->pdata[i], items));
  if (entries->len == 0)
    add_placeholder (self->entry_list, _("Nothing recorded in the last three days."));
}

/* ---- Schedules ------------------------------------------------------------- */

static void
on_delete_response_cb (AdwMessageDialog *dialog, const char *response, FyDisinfectionPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "fy-schedule-id"));

  if (!g_str_equal (response, "delete"))
    return;
  if (!fy_disinfection_delete_schedule (self->store, id, &error))
    fy_show_error (GTK_WIDGET (self), _("The schedule was not deleted"), error->message);
  else
    fy_form_toast (GTK_WIDGET (self), _("Schedule deleted"));
}

/* Asks first: a deleted schedule is not undone (the entries stay). */
static void
on_delete_schedule_cb (GtkButton *button, FyDisinfectionPage *self)
{
  const char *place = g_object_get_data (G_OBJECT (button), "fy-place");
  /* Translators: heading of the question before deleting a disinfection schedule. */
  g_autofree char *heading = g_strdup_printf (_("Delete the schedule of %s?"), place);
  AdwMessageDialog *dialog = fy_confirm_new (GTK_WIDGET (fy_form_window_of (GTK_WIDGET (self))), heading,
                                             _("The disinfections already recorded stay in the log and the ledger."),
                                             "delete", _("_Delete"));

  g_object_set_data (G_OBJECT (dialog), "fy-schedule-id", g_object_get_data (G_OBJECT (button), "fy-schedule-id"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_schedule_activated_cb (GtkListBox *list, GtkListBoxRow *row, FyDisinfectionPage *self)
{
  int i = gtk_list_box_row_get_index (row);

  if (self->schedules != NULL && i >= 0 && (guint) i < self->schedules->len)
    fy_disinfection_schedule_dialog_present (fy_form_window_of (GTK_WIDGET (self)), self->store,
                                             self->schedules->pdata[i]);
}

static void
load_schedules (FyDisinfectionPage *self)
{
  g_autoptr(GError) error = NULL;

  clear_list (self->schedule_list);
  g_clear_pointer (&self->schedules, g_ptr_array_unref);
  self->schedules = fy_disinfection_list_schedules (self->store, &error);
  if (self->schedules == NULL)
    {
      add_placeholder (self->schedule_list, error->message);
      return;
    }
  for (guint i = 0; i < self->schedules->len; i++)
    {
      const FyDisinfectionSchedule *s = self->schedules->pdata[i];
      FyDisinfectionFrequency effective = fy_disinfection_effective_frequency (self->store, s);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *objects = fy_disinfection_objects_text (s->objects);
      g_autofree char *conc = fy_disinfection_concentration_text (s->product, s->concentration);
      g_autofree char *often = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *label = NULL;

      if (effective != s->frequency)
        /* Translators: a schedule's frequency raised by the risk rule: "Daily → Each shift (red zone)". */
        often = g_strdup_printf (_("%s → %s (%s)"), fy_disinfection_frequency_label (s->frequency),
                                 fy_disinfection_frequency_label (effective), fy_zone_level_label (s->level));
      else
        often = g_strdup (fy_disinfection_frequency_label (s->frequency));
      /* Translators: a schedule: frequency · objects · product concentration · method. */
      subtitle = g_strdup_printf (_("%s · %s · %s %s · %s"), often, objects, fy_disinfectant_label (s->product), conc,
                                  fy_disinfection_method_label (s->method));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), s->place_title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      /* Translators: tooltip and accessible label of a schedule's delete button. */
      label = g_strdup_printf (_("Delete the schedule of %s"), s->place_title);
      fy_widget_set_row_tooltip (remove, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data (G_OBJECT (remove), "fy-schedule-id", GSIZE_TO_POINTER ((gsize) s->id));
      g_object_set_data_full (G_OBJECT (remove), "fy-place", g_strdup (s->place_title), g_free);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_delete_schedule_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->schedule_list, row);
    }
  if (self->schedules->len == 0)
    add_placeholder (self->schedule_list, _("No schedules yet."));
}

/* The ledger's area choice: all, or one area by name (the ledger's :search). */
static void
load_areas (FyDisinfectionPage *self)
{
  g_autoptr(GPtrArray) places = fy_disinfection_list_places (self->store, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->area_names));

  g_ptr_array_add (names, g_strdup (_("All areas")));
  for (guint i = 0; places != NULL && i < places->len; i++)
    {
      const FyDisinfectionPlace *p = places->pdata[i];

      if (p->point_id == 0)
        g_ptr_array_add (names, g_strdup (p->area_name));
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->area_names, 0, n, (const char *const *) names->pdata);
}

void
fy_disinfection_page_reload (FyDisinfectionPage *self)
{
  fy_lazy_reload_done (self->lazy);
  load_areas (self);
  load_gaps (self);
  load_entries (self);
  load_schedules (self);
}

/* ---- Actions ---------------------------------------------------------------- */

static void
new_entry_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyDisinfectionPage *self = FY_DISINFECTION_PAGE (widget);

  fy_disinfection_entry_dialog_present (fy_form_window_of (widget), self->store, 0);
}

static void
repeat_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyDisinfectionPage *self = FY_DISINFECTION_PAGE (widget);

  fy_disinfection_repeat_dialog_present (fy_form_window_of (widget), self->store);
}

/* The ledger 消毒消杀记录表 of the gaps' period, for all areas or the one chosen. */
static void
export_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyDisinfectionPage *self = FY_DISINFECTION_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *from = fy_validate_date (gtk_editable_get_text (self->gap_from), &error);
  g_autofree char *to = from ? fy_validate_date (gtk_editable_get_text (self->gap_to), &error) : NULL;
  guint area = gtk_drop_down_get_selected (self->ledger_area);
  FyLedgerParams params = { .from = from, .to = to };

  if (to == NULL)
    {
      fy_show_error (widget, _("The ledger was not exported"), error->message);
      return;
    }
  if (area > 0 && area != GTK_INVALID_LIST_POSITION)
    params.search = gtk_string_list_get_string (self->area_names, area);
  fy_export_flow_run (fy_form_window_of (widget), self->store, "disinfection", &params, "xlsx");
}

static void
new_schedule_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyDisinfectionPage *self = FY_DISINFECTION_PAGE (widget);

  fy_disinfection_schedule_dialog_present (fy_form_window_of (widget), self->store, NULL);
}

static void
on_store_changed_cb (FyStore *store, FyStoreChange change, FyDisinfectionPage *self)
{
  if (change & (FY_STORE_CHANGE_DISINFECTION | FY_STORE_CHANGE_ZONES | FY_STORE_CHANGE_SETTINGS
                | FY_STORE_CHANGE_SUPPLIES))
    fy_lazy_reload_request (self->lazy);
}

/* ---- Building ---------------------------------------------------------------- */

static GtkListBox *
add_group (FyDisinfectionPage *self, const char *title, const char *description, const char *name,
           GtkWidget *header_suffix)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_list_box_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  if (header_suffix)
    adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), header_suffix);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_name (list, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  gtk_box_append (GTK_BOX (self->box), group);
  return GTK_LIST_BOX (list);
}

static GtkWidget *
action_button (const char *label, const char *action, const char *name)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_name (button, name);
  return button;
}

static GtkEditable *
period_entry (FyDisinfectionPage *self, const char *day, const char *label)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), day);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 11);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect (entry, "activate", G_CALLBACK (on_gap_period_activate_cb), self);
  return GTK_EDITABLE (entry);
}

static void
fy_disinfection_page_constructed (GObject *object)
{
  FyDisinfectionPage *self = FY_DISINFECTION_PAGE (object);
  g_autofree char *from = day_offset (-(GAP_DAYS - 1));
  g_autofree char *today = fy_today ();
  GtkWidget *tools = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *period = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  G_OBJECT_CLASS (fy_disinfection_page_parent_class)->constructed (object);

  /* The tool row wraps: the window may be 640 px wide (sidebar folded). */
  gtk_widget_set_layout_manager (tools, fy_wrap_layout_new (6));
  gtk_box_append (GTK_BOX (tools), action_button (_("_New Entry…"), "disinfection.new-entry", "new-entry"));
  gtk_box_append (GTK_BOX (tools), action_button (_("_Repeat Yesterday…"), "disinfection.repeat", "repeat"));
  gtk_box_append (GTK_BOX (tools), action_button (_("New _Schedule…"), "disinfection.new-schedule", "new-schedule"));
  self->area_names = gtk_string_list_new (NULL);
  self->ledger_area = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->area_names)), NULL));
  gtk_widget_set_name (GTK_WIDGET (self->ledger_area), "ledger-area");
  gtk_widget_set_hexpand (GTK_WIDGET (self->ledger_area), TRUE);
  gtk_widget_set_halign (GTK_WIDGET (self->ledger_area), GTK_ALIGN_END);
  fy_a11y_name (GTK_WIDGET (self->ledger_area), _("Areas in the ledger"));
  gtk_box_append (GTK_BOX (tools), GTK_WIDGET (self->ledger_area));
  gtk_box_append (GTK_BOX (tools), action_button (_("Export _Ledger…"), "disinfection.export", "export"));
  gtk_widget_add_css_class (gtk_widget_get_first_child (tools), "suggested-action");
  gtk_box_append (GTK_BOX (self->box), tools);

  self->due = fy_disinfection_due_new (self->store);
  gtk_box_append (GTK_BOX (self->box), self->due);

  self->gap_from = period_entry (self, from, _("Gaps from"));
  self->gap_to = period_entry (self, today, _("Gaps to"));
  gtk_box_append (GTK_BOX (period), GTK_WIDGET (self->gap_from));
  gtk_box_append (GTK_BOX (period), gtk_label_new (C_("period", "to")));
  gtk_box_append (GTK_BOX (period), GTK_WIDGET (self->gap_to));
  self->gap_list = add_group (self, _("Gaps"), _("Done against scheduled per place; Enter in a date reloads"),
                              "gap-list", period);
  self->entry_list = add_group (self, _("Latest entries"), _("The last three days; every entry is in the ledger"),
                                "entry-list", NULL);
  self->schedule_list = add_group (self, _("Schedules"),
                                   _("Red and yellow areas may be raised by the risk rules in Preferences"),
                                   "schedule-list", NULL);
  g_signal_connect (self->schedule_list, "row-activated", G_CALLBACK (on_schedule_activated_cb), self);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
}

static void
fy_disinfection_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_STORE)
    FY_DISINFECTION_PAGE (object)->store = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
fy_disinfection_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_STORE)
    g_value_set_object (value, FY_DISINFECTION_PAGE (object)->store);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
fy_disinfection_page_dispose (GObject *object)
{
  FyDisinfectionPage *self = FY_DISINFECTION_PAGE (object);

  g_clear_pointer (&self->lazy, fy_lazy_reload_free);
  fy_widget_unparent_children (GTK_WIDGET (self));
  g_clear_pointer (&self->schedules, g_ptr_array_unref);
  g_clear_object (&self->area_names);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_disinfection_page_parent_class)->dispose (object);
}

static void
fy_disinfection_page_class_init (FyDisinfectionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fy_disinfection_page_constructed;
  object_class->dispose = fy_disinfection_page_dispose;
  object_class->set_property = fy_disinfection_page_set_property;
  object_class->get_property = fy_disinfection_page_get_property;
  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, FY_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "disinfection.new-entry", NULL, new_entry_action);
  gtk_widget_class_install_action (widget_class, "disinfection.repeat", NULL, repeat_action);
  gtk_widget_class_install_action (widget_class, "disinfection.new-schedule", NULL, new_schedule_action);
  gtk_widget_class_install_action (widget_class, "disinfection.export", NULL, export_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
fy_disinfection_page_init (FyDisinfectionPage *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_margin_start (self->box, 18);
  gtk_widget_set_margin_end (self->box, 18);
  gtk_widget_set_margin_top (self->box, 24);
  gtk_widget_set_margin_bottom (self->box, 24);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1000);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_widget_set_parent (scroller, GTK_WIDGET (self));
  self->lazy = fy_lazy_reload_new (GTK_WIDGET (self), (FyLazyReloadFunc) fy_disinfection_page_reload,
                                   FY_LAZY_RELOAD_IDLE, 0);
  fy_widget_add_window_shortcut (GTK_WIDGET (self), GDK_KEY_n, "disinfection.new-entry", NULL);
  fy_widget_add_window_shortcut (GTK_WIDGET (self), GDK_KEY_r, "disinfection.repeat", NULL);
}

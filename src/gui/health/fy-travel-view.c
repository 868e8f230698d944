/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-travel-view.c — trips and quarantines, each a list with its filter
 * and actions. Both lists are short (people travelling or isolated), so
 * they are read whole and replaced when trips, quarantines or staff
 * change. */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-form-util.h"
#include "fy-gui-util.h"
#include "fy-lazy-reload.h"
#include "fy-quarantine-dialog.h"
#include "fy-quarantine.h"
#include "fy-record-item.h"
#include "fy-release-dialog.h"
#include "fy-return-dialog.h"
#include "fy-travel-view.h"
#include "fy-travel-view-private.h"
#include "fy-absence-dialog.h"
#include "fy-monitor-dialog.h"
#include "fy-trip-dialog.h"
#include "fy-trips.h"
#include "fy-vaccination-dialog.h"
#include "fy-validate.h"
#include "fy-wrap-layout.h"

struct _FyTravelView
{
  GtkWidget       parent_instance;

  /* template children */
  GtkDropDown    *trip_filter;
  GtkLabel       *trip_count_label;
  GtkStack       *trip_stack;
  GtkColumnView  *trip_view;
  GtkDropDown    *quarantine_filter;
  GtkLabel       *quarantine_count_label;
  GtkStack       *quarantine_stack;
  GtkColumnView  *quarantine_view;

  /* owned */
  FyStore        *store;
  GListStore     *trips;
  GListStore     *quarantines;
  GtkSingleSelection *trip_selection;
  GtkSingleSelection *quarantine_selection;
  char           *today;
  gint64          person_id;      /* of the row chosen last, in either list */
  FyLazyReload   *lazy;          /* data changed while hidden; reload once changes pause */
};

G_DEFINE_FINAL_TYPE (FyTravelView, fy_travel_view, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_STORE, N_PROPS };
static GParamSpec *properties[N_PROPS];

typedef enum { TRIPS_AWAY, TRIPS_UPCOMING, TRIPS_RETURNED, TRIPS_ALL } TripFilter;

typedef enum
{
  T_NAME, T_DEPARTMENT, T_PURPOSE, T_DESTINATION, T_RISK, T_DEPART, T_PLANNED, T_RETURNED,
  T_COMPANIONS, T_REMARKS, N_T_COLS
} TripColumn;

static const struct { const char *title; int width; } trip_columns[N_T_COLS] = {
  { N_("Name"), 6 },
  { N_("Department"), 8 },
  { N_("Purpose"), 13 },
  { N_("Destination"), 12 },
  { N_("Risk"), 5 },
  { N_("Departure"), 10 },
  { N_("Planned Return"), 10 },
  { N_("Returned"), 12 },
  { N_("Travelling Along"), 12 },
  { N_("Remarks"), 10 },
};

typedef enum
{
  Q_NAME, Q_DEPARTMENT, Q_RULE, Q_REASON, Q_PLACE, Q_START, Q_END, Q_NOW, Q_TODAY_TEST, Q_TEST_DAYS, N_Q_COLS
} QuarantineColumn;

static const struct { const char *title; int width; } quarantine_columns[N_Q_COLS] = {
  { N_("Name"), 6 },
  { N_("Department"), 8 },
  { N_("Rule"), 18 },
  { N_("Reason"), 10 },
  { N_("Place"), 8 },
  { N_("Start"), 10 },
  { N_("Planned End"), 10 },
  { N_("Now"), 10 },
  { N_("Today’s Test"), 6 },
  { N_("Test Days"), 14 },
};

/* ------------------------------------------------------------------ */
/* Cells                                                               */

static char *
companions_text (const FyTrip *t)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; t->companions && i < t->companions->len; i++)
    {
      FyTripCompanion *c = g_ptr_array_index (t->companions, i);
      g_string_append_printf (s, "%s%s (%s)", i ? _(", ") : "", c->name, fy_companion_relation_label (c->relation));
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
trip_cell (FyTravelView *self, const FyTrip *t, TripColumn col, gboolean *alert)
{
  *alert = FALSE;
  switch (col)
    {
    case T_NAME: return g_strdup (t->person.name);
    case T_DEPARTMENT: return g_strdup (t->person.department);
    case T_PURPOSE: return g_strdup (fy_trip_purpose_label (t->purpose));
    case T_DESTINATION: return g_strdup (t->destination);
    case T_RISK:
      *alert = t->risk != FY_RISK_LOW;
      return g_strdup (fy_risk_level_label (t->risk));
    case T_DEPART: return g_strdup (t->depart_on);
    case T_PLANNED:
      *alert = t->returned_on == NULL && strcmp (t->planned_return_on, self->today) < 0;
      return g_strdup (t->planned_return_on);
    case T_RETURNED:
      if (t->returned_on)
        {
          *alert = t->return_risk != FY_RISK_LOW;
          return g_strdup_printf ("%s (%s)", t->returned_on, fy_risk_level_label (t->return_risk));
        }
      return g_strdup (strcmp (t->depart_on, self->today) > 0 ? _("Not left yet") : _("Away"));
    case T_COMPANIONS: return companions_text (t);
    case T_REMARKS:
      {
        g_autoptr(GString) s = g_string_new (NULL);
        if (t->quarantine_id)
          g_string_append (s, _("Quarantine started"));
        if (t->registered_late)
          g_string_append_printf (s, "%s%s", s->len ? _(", ") : "", _("Registered after leaving"));
        if (t->returned_on == NULL && strcmp (t->planned_return_on, self->today) < 0)
          {
            g_string_append_printf (s, "%s%s", s->len ? _(", ") : "", _("Past planned return"));
            *alert = TRUE;
          }
        if (*t->note)
          g_string_append_printf (s, "%s%s", s->len ? _(", ") : "", t->note);
        return g_string_free (g_steal_pointer (&s), FALSE);
      }
    case N_T_COLS: default: break;
    }
  return g_strdup ("");
}

static const FyQuarantinePhase *
phase_on (const FyQuarantine *q, const char *day)
{
  for (guint i = 0; q->phases && i < q->phases->len; i++)
    {
      const FyQuarantinePhase *p = g_ptr_array_index (q->phases, i);
      if (strcmp (p->start_day, day) <= 0 && strcmp (day, p->end_day) <= 0)
        return p;
    }
  return NULL;
}

static char *
test_days_text (const FyQuarantine *q)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; q->tests && i < q->tests->len; i++)
    {
      const FyQuarantineTest *t = g_ptr_array_index (q->tests, i);
      /* "11-24✓": month-day, ticked once sampled. */
      g_string_append_printf (s, "%s%s%s", i ? " " : "", t->day + 5, t->result_id ? "✓" : "");
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
quarantine_cell (FyTravelView *self, const FyQuarantine *q, QuarantineColumn col, gboolean *alert)
{
  *alert = FALSE;
  switch (col)
    {
    case Q_NAME: return g_strdup (q->person.name);
    case Q_DEPARTMENT: return g_strdup (q->person.department);
    case Q_RULE: return g_strdup (g_dgettext (GETTEXT_PACKAGE, q->template_name));
    case Q_REASON: return g_strdup (fy_quarantine_reason_label (q->reason));
    case Q_PLACE: return g_strdup (q->place);
    case Q_START: return g_strdup (q->start_day);
    case Q_END: return g_strdup (q->end_day);
    case Q_NOW:
      {
        const FyQuarantinePhase *p;
        if (q->released_on)
          return g_strdup_printf (_("Released %s"), q->released_on);
        if (strcmp (self->today, q->end_day) > 0)
          {
            *alert = TRUE;
            return g_strdup (_("Planned end passed: release?"));
          }
        p = phase_on (q, self->today);
        return g_strdup (p ? fy_quarantine_kind_label (p->kind) : "");
      }
    case Q_TODAY_TEST:
      for (guint i = 0; !q->released_on && q->tests && i < q->tests->len; i++)
        {
          const FyQuarantineTest *t = g_ptr_array_index (q->tests, i);
          if (g_str_equal (t->day, self->today))
            {
              *alert = t->result_id == 0;
              /* Translators: a quarantined person's test today: not sampled
               * yet (应检), unlike the tests view's column "Due" (应检时间). */
              return g_strdup (t->result_id ? _("Sampled") : C_("test today", "Due"));
            }
        }
      return g_strdup ("");
    case Q_TEST_DAYS: return test_days_text (q);
    case N_Q_COLS: default: break;
    }
  return g_strdup ("");
}

static void
setup_trip_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *cell = gtk_inscription_new (NULL);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), trip_columns[GPOINTER_TO_INT (data)].width);
  gtk_list_item_set_child (item, cell);
}

static void
bind_trip_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  FyTravelView *self = g_object_get_data (G_OBJECT (factory), "fy-view");
  GtkWidget *cell = gtk_list_item_get_child (item);
  gboolean alert;
  const FyTrip *t = fy_record_item_get (gtk_list_item_get_item (item));
  g_autofree char *text = trip_cell (self, t, GPOINTER_TO_INT (data), &alert);

  if (GPOINTER_TO_INT (data) == 0)
    fy_a11y_name_person_row (item, t->person.name, t->person.employee_no);

  gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
  fy_widget_set_row_tooltip (cell, strlen (text) > 12 ? text : NULL);
  fy_widget_set_css_class (cell, "abnormal", alert);
}

static void
setup_quarantine_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *cell = gtk_inscription_new (NULL);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), quarantine_columns[GPOINTER_TO_INT (data)].width);
  gtk_list_item_set_child (item, cell);
}

static void
bind_quarantine_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  FyTravelView *self = g_object_get_data (G_OBJECT (factory), "fy-view");
  GtkWidget *cell = gtk_list_item_get_child (item);
  gboolean alert;
  const FyQuarantine *q = fy_record_item_get (gtk_list_item_get_item (item));
  g_autofree char *text = quarantine_cell (self, q, GPOINTER_TO_INT (data), &alert);

  if (GPOINTER_TO_INT (data) == 0)
    fy_a11y_name_person_row (item, q->person.name, q->person.employee_no);

  gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
  fy_widget_set_row_tooltip (cell, strlen (text) > 12 ? text : NULL);
  fy_widget_set_css_class (cell, "abnormal", alert);
}

static void
build_columns (FyTravelView *self)
{
  for (int i = 0; i < N_T_COLS; i++)
    {
      GtkColumnViewColumn *c = fy_column_view_append (self->trip_view, _(trip_columns[i].title),
                                                      G_CALLBACK (setup_trip_cell_cb),
                                                      G_CALLBACK (bind_trip_cell_cb), i);
      g_object_set_data (G_OBJECT (gtk_column_view_column_get_factory (c)), "fy-view", self);
      gtk_column_view_column_set_expand (c, i == T_REMARKS);
    }
  for (int i = 0; i < N_Q_COLS; i++)
    {
      GtkColumnViewColumn *c = fy_column_view_append (self->quarantine_view, _(quarantine_columns[i].title),
                                                      G_CALLBACK (setup_quarantine_cell_cb),
                                                      G_CALLBACK (bind_quarantine_cell_cb), i);
      g_object_set_data (G_OBJECT (gtk_column_view_column_get_factory (c)), "fy-view", self);
      gtk_column_view_column_set_expand (c, i == Q_TEST_DAYS);
    }
  fy_a11y_name (GTK_WIDGET (self->trip_view), _("Trips"));
  fy_a11y_name (GTK_WIDGET (self->quarantine_view), _("Quarantines"));
  fy_a11y_single_tab_stop (GTK_WIDGET (self->trip_view));
  fy_a11y_single_tab_stop (GTK_WIDGET (self->quarantine_view));
}

/* ------------------------------------------------------------------ */
/* Loading                                                             */

static gboolean
trip_shown (FyTravelView *self, const FyTrip *t, TripFilter filter)
{
  switch (filter)
    {
    case TRIPS_AWAY: return t->returned_on == NULL && strcmp (t->depart_on, self->today) <= 0;
    case TRIPS_UPCOMING: return t->returned_on == NULL && strcmp (t->depart_on, self->today) > 0;
    case TRIPS_RETURNED: return t->returned_on != NULL;
    case TRIPS_ALL: default: return TRUE;
    }
}

static void
reload_trips (FyTravelView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *from = fy_date_add_days (self->today, -90);
  g_autoptr(GPtrArray) trips = fy_trips_list (self->store, from, NULL, &error);
  TripFilter filter = gtk_drop_down_get_selected (self->trip_filter);
  guint n_away = 0;
  g_autofree char *text = NULL;

  if (trips == NULL)
    {
      g_warning ("Trips could not be listed: %s", error->message);
      return;
    }
  for (guint i = 0; i < trips->len;)
    {
      FyTrip *t = g_ptr_array_index (trips, i);
      n_away += trip_shown (self, t, TRIPS_AWAY);
      if (trip_shown (self, t, filter))
        i++;
      else
        g_ptr_array_remove_index (trips, i);
    }
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u listed", "%u listed", trips->len), trips->len);
  {
    g_autofree char *away = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person away now",
                                                          "%u people away now", n_away), n_away);
    g_autofree char *line = g_strdup_printf ("%s · %s", text, away);
    gtk_label_set_text (self->trip_count_label, line);
  }
  fy_record_items_splice (self->trips, trips, (GDestroyNotify) fy_trip_free);
  gtk_stack_set_visible_child_name (self->trip_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->trips)) ? "list" : "empty");
}

static void
reload_quarantines (FyTravelView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gboolean released = gtk_drop_down_get_selected (self->quarantine_filter) == 1;
  g_autofree char *text = NULL;
  guint n_due = 0;

  if (released)
    {
      g_autofree char *from = fy_date_add_days (self->today, -90);
      list = fy_quarantine_list (self->store, from, NULL, &error);
    }
  else
    list = fy_quarantine_list_active (self->store, &error);
  if (list == NULL)
    {
      g_warning ("Quarantines could not be listed: %s", error->message);
      return;
    }
  for (guint i = 0; i < list->len;)
    {
      FyQuarantine *q = g_ptr_array_index (list, i);
      if (released && q->released_on == NULL)
        {
          g_ptr_array_remove_index (list, i);
          continue;
        }
      for (guint k = 0; !q->released_on && q->tests && k < q->tests->len; k++)
        {
          FyQuarantineTest *t = g_ptr_array_index (q->tests, k);
          n_due += g_str_equal (t->day, self->today) && t->result_id == 0;
        }
      i++;
    }
  text = released ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u released", "%u released", list->len),
                                     list->len)
                  : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u under way, %u test due today",
                                                  "%u under way, %u tests due today", n_due),
                                     list->len, n_due);
  gtk_label_set_text (self->quarantine_count_label, text);
  fy_record_items_splice (self->quarantines, list, (GDestroyNotify) fy_quarantine_free);
  gtk_stack_set_visible_child_name (self->quarantine_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->quarantines)) ? "list" : "empty");
}

static const FyTrip *
selected_trip (FyTravelView *self)
{
  FyRecordItem *item = gtk_single_selection_get_selected_item (self->trip_selection);
  return item ? fy_record_item_get (item) : NULL;
}

static const FyQuarantine *
selected_quarantine (FyTravelView *self)
{
  FyRecordItem *item = gtk_single_selection_get_selected_item (self->quarantine_selection);
  return item ? fy_record_item_get (item) : NULL;
}

static void
update_actions (FyTravelView *self)
{
  const FyTrip *t = selected_trip (self);
  const FyQuarantine *q = selected_quarantine (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "travel.return", t && t->returned_on == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "travel.release", q && q->released_on == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "travel.monitor", q && q->released_on == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "travel.vaccination", self->person_id != 0);
}

void
fy_travel_view_reload (FyTravelView *self)
{
  g_free (self->today);
  self->today = fy_today ();
  reload_trips (self);
  reload_quarantines (self);
  update_actions (self);
}

/* ------------------------------------------------------------------ */
/* Callbacks and actions                                               */

static void
on_trip_filter_changed_cb (FyTravelView *self)
{
  if (self->store)
    {
      reload_trips (self);
      update_actions (self);
    }
}

static void
on_quarantine_filter_changed_cb (FyTravelView *self)
{
  if (self->store)
    {
      reload_quarantines (self);
      update_actions (self);
    }
}

static void
on_trip_selected_cb (FyTravelView *self)
{
  const FyTrip *t = selected_trip (self);

  if (t)
    self->person_id = t->person.staff_id;
  update_actions (self);
}

static void
on_quarantine_selected_cb (FyTravelView *self)
{
  const FyQuarantine *q = selected_quarantine (self);

  if (q)
    self->person_id = q->person.staff_id;
  update_actions (self);
}

/* Reload once changes pause, and not while hidden (then when shown). */
static void
on_store_changed_cb (FyStore *store, FyStoreChange change, FyTravelView *self)
{
  if (!(change & (FY_STORE_CHANGE_TRIPS | FY_STORE_CHANGE_QUARANTINE | FY_STORE_CHANGE_STAFF
                  | FY_STORE_CHANGE_TESTS)))
    return;
  fy_lazy_reload_request (self->lazy);
}

static void
fy_travel_view_map (GtkWidget *widget)
{
  FyTravelView *self = FY_TRAVEL_VIEW (widget);
  g_autofree char *today = fy_today ();

  GTK_WIDGET_CLASS (fy_travel_view_parent_class)->map (widget);
  /* A new day (changes made while hidden reload on "map", see lazy). */
  if (self->today && g_strcmp0 (self->today, today) != 0)
    {
      fy_lazy_reload_done (self->lazy);
      fy_travel_view_reload (self);
    }
}

static void
on_trip_activated_cb (FyTravelView *self, guint position)
{
  g_autoptr(FyRecordItem) item = g_list_model_get_item (G_LIST_MODEL (self->trips), position);
  const FyTrip *t = item ? fy_record_item_get (item) : NULL;

  if (t && t->returned_on == NULL)
    fy_return_dialog_present (fy_form_window_of (GTK_WIDGET (self)), self->store, t->id);
  else if (t)
    fy_vaccination_dialog_present (fy_form_window_of (GTK_WIDGET (self)), self->store, t->person.staff_id);
}

static void
on_quarantine_activated_cb (FyTravelView *self, guint position)
{
  g_autoptr(FyRecordItem) item = g_list_model_get_item (G_LIST_MODEL (self->quarantines), position);
  const FyQuarantine *q = item ? fy_record_item_get (item) : NULL;

  if (q && q->released_on == NULL)
    fy_release_dialog_present (fy_form_window_of (GTK_WIDGET (self)), self->store, q->id);
}

static void
register_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyTravelView *self = FY_TRAVEL_VIEW (widget);
  fy_trip_dialog_present (fy_form_window_of (widget), self->store, 0);
}

/* With a business trip chosen, its absence; otherwise anyone's. */
static void
absence_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyTravelView *self = FY_TRAVEL_VIEW (widget);
  const FyTrip *t = selected_trip (self);
  gboolean business = t && t->purpose == FY_TRIP_BUSINESS;

  fy_absence_dialog_present (fy_form_window_of (widget), self->store, 0, business ? t->id : 0);
}

static void
return_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyTravelView *self = FY_TRAVEL_VIEW (widget);
  const FyTrip *t = selected_trip (self);

  if (t && t->returned_on == NULL)
    fy_return_dialog_present (fy_form_window_of (widget), self->store, t->id);
}

static void
start_quarantine_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyTravelView *self = FY_TRAVEL_VIEW (widget);
  fy_quarantine_dialog_present (fy_form_window_of (widget), self->store, 0);
}

static void
release_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyTravelView *self = FY_TRAVEL_VIEW (widget);
  const FyQuarantine *q = selected_quarantine (self);

  if (q && q->released_on == NULL)
    fy_release_dialog_present (fy_form_window_of (widget), self->store, q->id);
}

static void
monitor_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyTravelView *self = FY_TRAVEL_VIEW (widget);
  const FyQuarantine *q = selected_quarantine (self);

  if (q && q->released_on == NULL)
    fy_monitor_dialog_present (fy_form_window_of (widget), self->store, q->id);
}

static void
vaccination_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyTravelView *self = FY_TRAVEL_VIEW (widget);

  if (self->person_id)
    fy_vaccination_dialog_present (fy_form_window_of (widget), self->store, self->person_id);
}

/* ------------------------------------------------------------------ */
/* Public API and GObject                                              */

GtkWidget *
fy_travel_view_new (FyStore *store)
{
  return g_object_new (FY_TYPE_TRAVEL_VIEW, "store", store, NULL);
}

GListModel *
fy_travel_view_get_trip_model (FyTravelView *self)
{
  return G_LIST_MODEL (self->trips);
}

GListModel *
fy_travel_view_get_quarantine_model (FyTravelView *self)
{
  return G_LIST_MODEL (self->quarantines);
}

void
fy_travel_view_select_trip (FyTravelView *self, guint position)
{
  gtk_single_selection_set_selected (self->trip_selection, position);
}

static void
fy_travel_view_constructed (GObject *object)
{
  FyTravelView *self = FY_TRAVEL_VIEW (object);

  G_OBJECT_CLASS (fy_travel_view_parent_class)->constructed (object);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
}

static void
fy_travel_view_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_STORE)
    FY_TRAVEL_VIEW (object)->store = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
fy_travel_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_STORE)
    g_value_set_object (value, FY_TRAVEL_VIEW (object)->store);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
fy_travel_view_dispose (GObject *object)
{
  FyTravelView *self = FY_TRAVEL_VIEW (object);

  g_clear_pointer (&self->lazy, fy_lazy_reload_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_TRAVEL_VIEW);
  fy_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->trip_selection);
  g_clear_object (&self->quarantine_selection);
  g_clear_object (&self->trips);
  g_clear_object (&self->quarantines);
  g_clear_object (&self->store);
  g_clear_pointer (&self->today, g_free);
  G_OBJECT_CLASS (fy_travel_view_parent_class)->dispose (object);
}

static void
fy_travel_view_class_init (FyTravelViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fy_travel_view_constructed;
  object_class->dispose = fy_travel_view_dispose;
  object_class->set_property = fy_travel_view_set_property;
  object_class->get_property = fy_travel_view_get_property;
  widget_class->map = fy_travel_view_map;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, FY_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-travel-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FyTravelView, trip_filter);
  gtk_widget_class_bind_template_child (widget_class, FyTravelView, trip_count_label);
  gtk_widget_class_bind_template_child (widget_class, FyTravelView, trip_stack);
  gtk_widget_class_bind_template_child (widget_class, FyTravelView, trip_view);
  gtk_widget_class_bind_template_child (widget_class, FyTravelView, quarantine_filter);
  gtk_widget_class_bind_template_child (widget_class, FyTravelView, quarantine_count_label);
  gtk_widget_class_bind_template_child (widget_class, FyTravelView, quarantine_stack);
  gtk_widget_class_bind_template_child (widget_class, FyTravelView, quarantine_view);
  gtk_widget_class_bind_template_callback (widget_class, on_trip_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_quarantine_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_trip_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_quarantine_activated_cb);

  gtk_widget_class_install_action (widget_class, "travel.register", NULL, register_action);
  gtk_widget_class_install_action (widget_class, "travel.return", NULL, return_action);
  gtk_widget_class_install_action (widget_class, "travel.absence", NULL, absence_action);
  gtk_widget_class_install_action (widget_class, "travel.start-quarantine", NULL, start_quarantine_action);
  gtk_widget_class_install_action (widget_class, "travel.release", NULL, release_action);
  gtk_widget_class_install_action (widget_class, "travel.monitor", NULL, monitor_action);
  gtk_widget_class_install_action (widget_class, "travel.vaccination", NULL, vaccination_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fy_travel_view_init (FyTravelView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Tool bars wrap: the window may be 640 px wide (sidebar folded). */
  fy_widget_wrap_bar (GTK_WIDGET (self), "trips_bar", 6);
  fy_widget_wrap_bar (GTK_WIDGET (self), "returns_bar", 6);
  /* Loaded when first shown: building the window stays cheap on a big plant. */
  self->lazy = fy_lazy_reload_new (GTK_WIDGET (self), (FyLazyReloadFunc) fy_travel_view_reload,
                                   FY_LAZY_RELOAD_SETTLED, FY_VIEW_RELOAD_DELAY_MS);
  self->trips = g_list_store_new (FY_TYPE_RECORD_ITEM);
  self->quarantines = g_list_store_new (FY_TYPE_RECORD_ITEM);
  self->trip_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->trips)));
  self->quarantine_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->quarantines)));
  gtk_single_selection_set_autoselect (self->trip_selection, FALSE);
  gtk_single_selection_set_autoselect (self->quarantine_selection, FALSE);
  g_signal_connect_swapped (self->trip_selection, "selection-changed", G_CALLBACK (on_trip_selected_cb), self);
  g_signal_connect_swapped (self->quarantine_selection, "selection-changed",
                            G_CALLBACK (on_quarantine_selected_cb), self);
  gtk_column_view_set_model (self->trip_view, GTK_SELECTION_MODEL (self->trip_selection));
  gtk_column_view_set_model (self->quarantine_view, GTK_SELECTION_MODEL (self->quarantine_selection));
  build_columns (self);
  fy_widget_add_window_shortcut (GTK_WIDGET (self), GDK_KEY_n, "travel.register", NULL);
}

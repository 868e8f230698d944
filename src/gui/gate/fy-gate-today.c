/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-today.c — the gate section of the Today page (see the header). */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fy-clock.h"
#include "fy-gate-today-private.h"
#include "fy-gui-util.h"
#include "fy-lazy-reload.h"
#include "fy-window.h"

struct _FyGateToday
{
  GtkWidget            parent_instance;
  AdwPreferencesGroup *group;
  GtkListBox          *list;
  FyStore             *store;
  FyLazyReload        *lazy;
  FyGateDayCounts      counts;
  guint                n_unapproved;
};

G_DEFINE_FINAL_TYPE (FyGateToday, fy_gate_today, GTK_TYPE_WIDGET)

static GtkWidget *
add_row (FyGateToday *self, const char *name, const char *title, const char *subtitle, const char *style)
{
  GtkWidget *row = adw_action_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle && *subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (style)
    gtk_widget_add_css_class (row, style);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_append (self->list, row);
  return row;
}

static void
fill_counts (FyGateToday *self)
{
  const FyGateDayCounts *c = &self->counts;
  g_autofree char *arrivals = NULL;
  g_autofree char *details = NULL;
  g_autofree char *inside = NULL;
  g_autofree char *overstay = NULL;
  g_autofree char *expected = NULL;

  /* Translators: the day's arrivals at the gate: visitors counted as people (人次), trucks as trips (车次). */
  arrivals = g_strdup_printf (_("Visitors today: %d · Trucks today: %d"), c->visitor_people, c->trucks);
  details = g_strdup_printf (_("Refused: %d · Without declaration: %d · Declared late: %d"),
                             c->refused, c->undeclared, c->late);
  add_row (self, "today-gate-arrivals", arrivals, details, c->refused > 0 ? "warning" : NULL);
  inside = g_strdup_printf (_("Inside now: %d"), c->inside_now);
  if (c->overstay > 0)
    overstay = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d past the time limit", "%d past the time limit",
                                             c->overstay), c->overstay);
  add_row (self, "today-gate-inside", inside, overstay, c->overstay > 0 ? "error" : NULL);
  expected = g_strdup_printf (_("Still expected today: %d"), c->expected_left);
  add_row (self, "today-gate-expected", expected, NULL, NULL);
}

static void
fill_events (FyGateToday *self, const char *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = fy_gate_event_list (self->store, today, &error);

  if (events == NULL)
    {
      g_warning ("Events not read: %s", error->message);
      return;
    }
  for (guint i = 0; i < events->len; i++)
    {
      const FyGateEvent *e = events->pdata[i];
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (!fy_gate_event_needs_approval (e, today))
        continue;
      /* Translators: Today: an event over 200 people within 7 days without approval (审批未备案). */
      title = g_strdup_printf (_("Approval not on file: %s"), e->name);
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %d person expected", "%s, %d people expected",
                                               e->headcount), e->held_on, e->headcount);
      row = add_row (self, "today-gate-event", title, subtitle, "error");
      g_object_set_data (G_OBJECT (row), "fy-event", GINT_TO_POINTER (1));
      self->n_unapproved++;
    }
}

void
fy_gate_today_reload (FyGateToday *self)
{
  g_autoptr(GError) error = NULL;
  gint64 now = fy_now ();
  g_autofree char *today = fy_local_day_of (now);
  GtkWidget *child;

  fy_lazy_reload_done (self->lazy);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  self->n_unapproved = 0;
  memset (&self->counts, 0, sizeof self->counts);
  if (!fy_gate_day_counts (self->store, today, now, &self->counts, &error))
    {
      add_row (self, "today-gate-error", _("The gate’s numbers could not be read"), error->message, "error");
      return;
    }
  fill_events (self, today);
  fill_counts (self);
}

const FyGateDayCounts *
fy_gate_today_get_counts (FyGateToday *self)
{
  return &self->counts;
}

guint
fy_gate_today_get_n_unapproved (FyGateToday *self)
{
  return self->n_unapproved;
}

static void
on_row_activated_cb (GtkListBox *list, GtkListBoxRow *row, FyGateToday *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (g_object_get_data (G_OBJECT (row), "fy-event"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.gate-events", NULL);
  else if (FY_IS_WINDOW (root))
    fy_window_show_page (FY_WINDOW (root), "gate");
}

static void
on_store_changed_cb (FyStore *store, FyStoreChange change, FyGateToday *self)
{
  if (change & (FY_STORE_CHANGE_GATE | FY_STORE_CHANGE_SETTINGS))
    fy_lazy_reload_request (self->lazy);
}

static void
fy_gate_today_dispose (GObject *object)
{
  FyGateToday *self = FY_GATE_TODAY (object);

  g_clear_pointer (&self->lazy, fy_lazy_reload_free);
  fy_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_gate_today_parent_class)->dispose (object);
}

static void
fy_gate_today_class_init (FyGateTodayClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fy_gate_today_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
fy_gate_today_init (FyGateToday *self)
{
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Gate"));
  adw_preferences_group_set_description (self->group, _("Visitors and trucks of the day"));
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_name (GTK_WIDGET (self->list), "gate-today-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Gate"), -1);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated_cb), self);
  adw_preferences_group_add (self->group, GTK_WIDGET (self->list));
  gtk_widget_set_parent (GTK_WIDGET (self->group), GTK_WIDGET (self));
  self->lazy = fy_lazy_reload_new (GTK_WIDGET (self), (FyLazyReloadFunc) fy_gate_today_reload,
                                   FY_LAZY_RELOAD_IDLE, 0);
}

GtkWidget *
fy_gate_today_new (FyStore *store)
{
  FyGateToday *self = g_object_new (FY_TYPE_GATE_TODAY, NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  return GTK_WIDGET (self);
}

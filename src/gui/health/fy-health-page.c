/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-health-page.c — the Health page: day, session and filter in a toolbar
 * over an inner view stack. The page owns the choice; the daily-entry view
 * is bound to it both ways, so a view that jumps to a day (the Today page
 * asking for a person) moves the toolbar too. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-clock.h"
#include "fy-daily-entry.h"
#include "fy-gui-util.h"
#include "fy-health-page.h"
#include "fy-health-page-private.h"
#include "fy-tests-view.h"
#include "fy-travel-view.h"
#include "fy-staff.h"
#include "fy-validate.h"
#include "fy-wrap-layout.h"

struct _FyHealthPage
{
  GtkWidget        parent_instance;

  /* template children */
  GtkEntry        *date_entry;
  GtkButton       *previous_button;
  GtkButton       *next_button;
  GtkMenuButton   *calendar_button;
  GtkPopover      *calendar_popover;
  GtkCalendar     *calendar;
  GtkWidget       *session_box;
  GtkToggleButton *morning_button;
  GtkToggleButton *afternoon_button;
  GtkDropDown     *department_dropdown;
  GtkDropDown     *team_dropdown;
  GtkLabel        *date_error;
  AdwViewStack    *view_stack;
  AdwViewSwitcher *view_switcher;

  /* borrowed */
  FyDailyEntry    *entry;

  /* owned */
  FyStore         *store;
  char            *day;
  FyHealthSession  session;
  char            *department;
  char            *team;
  GStrv            departments;      /* dropdown item i+1 */
  GStrv            teams;
  gboolean         updating;         /* setting controls from the state */
};

G_DEFINE_FINAL_TYPE (FyHealthPage, fy_health_page, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_STORE, PROP_DAY, PROP_SESSION, PROP_DEPARTMENT, PROP_TEAM, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------ */
/* State → controls                                                    */

static void
show_day (FyHealthPage *self)
{
  g_autofree char *today = fy_today ();
  int y = 0, m = 0, d = 0;

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), self->day);
  fy_a11y_set_invalid (GTK_WIDGET (self->date_entry), FALSE);
  gtk_label_set_text (self->date_error, "");
  if (sscanf (self->day, "%d-%d-%d", &y, &m, &d) == 3)
    {
      g_autoptr(GDateTime) date = g_date_time_new_local (y, m, d, 12, 0, 0);
      if (date)
        gtk_calendar_select_day (self->calendar, date);
    }
  /* Readings are never entered ahead of time. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->next_button), strcmp (self->day, today) < 0);
  self->updating = FALSE;
}

static void
show_session (FyHealthPage *self)
{
  self->updating = TRUE;
  gtk_toggle_button_set_active (self->session == FY_SESSION_MORNING ? self->morning_button : self->afternoon_button,
                                TRUE);
  self->updating = FALSE;
}

static const char *
dropdown_value (GtkDropDown *dropdown, GStrv values)
{
  guint sel = gtk_drop_down_get_selected (dropdown);

  if (sel == 0 || sel == GTK_INVALID_LIST_POSITION || values == NULL || sel > g_strv_length (values))
    return "";
  return values[sel - 1];
}

static void
fill_dropdown (GtkDropDown *dropdown, const char *all_label, GStrv values, const char *keep)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  guint selected = 0;

  gtk_string_list_append (list, all_label);
  for (guint i = 0; values && values[i]; i++)
    {
      gtk_string_list_append (list, values[i]);
      if (g_strcmp0 (values[i], keep) == 0)
        selected = i + 1;
    }
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (dropdown, selected);
}

static void
refill_filters (FyHealthPage *self)
{
  self->updating = TRUE;
  g_strfreev (self->departments);
  self->departments = fy_staff_list_departments (self->store);
  fill_dropdown (self->department_dropdown, _("All departments"), self->departments, self->department);
  g_strfreev (self->teams);
  self->teams = fy_staff_list_teams (self->store, self->department);
  fill_dropdown (self->team_dropdown, _("All teams"), self->teams, self->team);
  self->updating = FALSE;
}

/* ------------------------------------------------------------------ */
/* Setting the state                                                   */

static void
set_day (FyHealthPage *self, const char *day)
{
  if (g_strcmp0 (self->day, day) != 0)
    {
      g_free (self->day);
      self->day = g_strdup (day);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
    }
  show_day (self);
}

static void
set_session (FyHealthPage *self, FyHealthSession session)
{
  if (self->session != session)
    {
      self->session = session;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
    }
  show_session (self);
}

static void
set_filter (FyHealthPage *self, const char *department, const char *team)
{
  gboolean department_changed = g_strcmp0 (self->department, department) != 0;

  if (department_changed)
    {
      g_free (self->department);
      self->department = g_strdup (department ? department : "");
    }
  if (g_strcmp0 (self->team, team) != 0)
    {
      g_free (self->team);
      self->team = g_strdup (team ? team : "");
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEAM]);
    }
  if (department_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPARTMENT]);
  refill_filters (self);
}

/* Validates the typed day; shows the reason beside it when refused. */
static gboolean
apply_typed_day (FyHealthPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *day = fy_validate_past_date (gtk_editable_get_text (GTK_EDITABLE (self->date_entry)), &error);

  if (day == NULL)
    {
      fy_a11y_set_invalid (GTK_WIDGET (self->date_entry), TRUE);
      gtk_label_set_text (self->date_error, error->message);
      return FALSE;
    }
  set_day (self, day);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Callbacks                                                           */

static void
on_date_activate_cb (FyHealthPage *self)
{
  /* Enter: the day is chosen, typing goes on in the list. */
  if (apply_typed_day (self)
      && g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "entry") == 0)
    fy_daily_entry_focus_first_missing (self->entry);
}

static void
on_date_focus_leave_cb (FyHealthPage *self)
{
  if (!self->updating && gtk_widget_get_realized (GTK_WIDGET (self->date_entry)))
    apply_typed_day (self);
}

static void
on_calendar_day_selected_cb (FyHealthPage *self)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *text = NULL;
  g_autofree char *today = fy_today ();

  if (self->updating)
    return;
  date = gtk_calendar_get_date (self->calendar);
  text = g_date_time_format (date, "%Y-%m-%d");
  if (strcmp (text, today) > 0)
    {
      show_day (self);
      gtk_label_set_text (self->date_error, _("Readings cannot be entered for a day in the future."));
      return;
    }
  set_day (self, text);
  gtk_popover_popdown (self->calendar_popover);
}

static void
step_day (FyHealthPage *self, int days)
{
  g_autofree char *day = fy_date_add_days (self->day, days);
  g_autofree char *today = fy_today ();

  if (day && strcmp (day, today) <= 0)
    set_day (self, day);
}

static void
on_previous_clicked_cb (FyHealthPage *self)
{
  step_day (self, -1);
}

static void
on_next_clicked_cb (FyHealthPage *self)
{
  step_day (self, 1);
}

static void
on_session_toggled_cb (FyHealthPage *self)
{
  if (self->updating)
    return;
  if (gtk_toggle_button_get_active (self->morning_button))
    set_session (self, FY_SESSION_MORNING);
  else if (gtk_toggle_button_get_active (self->afternoon_button))
    set_session (self, FY_SESSION_AFTERNOON);
}

static void
on_department_changed_cb (FyHealthPage *self)
{
  if (!self->updating)
    set_filter (self, dropdown_value (self->department_dropdown, self->departments), "");
}

static void
on_team_changed_cb (FyHealthPage *self)
{
  if (!self->updating)
    set_filter (self, self->department, dropdown_value (self->team_dropdown, self->teams));
}

static void
on_store_changed_cb (FyStore *store, FyStoreChange change, FyHealthPage *self)
{
  if (change & FY_STORE_CHANGE_STAFF)
    refill_filters (self);
}

/* Ctrl+D: to the day, selected to type over. */
static void
date_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyHealthPage *self = FY_HEALTH_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->date_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->date_entry), 0, -1);
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */

void
fy_health_page_show (FyHealthPage *self, const char *view)
{
  g_return_if_fail (FY_IS_HEALTH_PAGE (self));
  if (view && adw_view_stack_get_child_by_name (self->view_stack, view))
    adw_view_stack_set_visible_child_name (self->view_stack, view);
}

void
fy_health_page_add_view (FyHealthPage *self, GtkWidget *view, const char *name, const char *title,
                         const char *icon)
{
  AdwViewStackPage *page;

  g_return_if_fail (FY_IS_HEALTH_PAGE (self));
  g_return_if_fail (GTK_IS_WIDGET (view));
  page = adw_view_stack_add_titled (self->view_stack, view, name, title);
  if (icon)
    adw_view_stack_page_set_icon_name (page, icon);
}

FyDailyEntry *
fy_health_page_get_entry (FyHealthPage *self)
{
  g_return_val_if_fail (FY_IS_HEALTH_PAGE (self), NULL);
  return self->entry;
}

const char *
fy_health_page_get_day (FyHealthPage *self)
{
  g_return_val_if_fail (FY_IS_HEALTH_PAGE (self), NULL);
  return self->day;
}

FyHealthSession
fy_health_page_get_session (FyHealthPage *self)
{
  g_return_val_if_fail (FY_IS_HEALTH_PAGE (self), FY_SESSION_MORNING);
  return self->session;
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */

/* Morning and afternoon mean something only to the daily entry. */
static void
on_view_changed_cb (FyHealthPage *self)
{
  const char *view = adw_view_stack_get_visible_child_name (self->view_stack);

  gtk_widget_set_visible (self->session_box, view == NULL || g_str_equal (view, "entry"));
}

static void
fy_health_page_constructed (GObject *object)
{
  FyHealthPage *self = FY_HEALTH_PAGE (object);
  g_autoptr(GDateTime) now = fy_clock_real_now_local ();
  const GBindingFlags both = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;

  G_OBJECT_CLASS (fy_health_page_parent_class)->constructed (object);

  self->day = fy_today ();
  /* The check under way: mornings until noon. */
  self->session = g_date_time_get_hour (now) < FY_HEALTH_MORNING_END_HOUR ? FY_SESSION_MORNING
                                                                          : FY_SESSION_AFTERNOON;
  self->entry = g_object_new (FY_TYPE_DAILY_ENTRY, "store", self->store, "day", self->day,
                              "session", self->session, NULL);
  fy_health_page_add_view (self, GTK_WIDGET (self->entry), "entry", _("Daily Entry"), "document-edit-symbolic");
  g_object_bind_property (self, "day", self->entry, "day", both);
  g_object_bind_property (self, "session", self->entry, "session", both);
  g_object_bind_property (self, "department", self->entry, "department", both);
  g_object_bind_property (self, "team", self->entry, "team", both);
  fy_health_page_add_view (self, fy_tests_view_new (self->store), "tests", _("Tests"), "emblem-ok-symbolic");
  fy_health_page_add_view (self, fy_travel_view_new (self->store), "travel", _("Travel and Quarantine"),
                           "airplane-mode-symbolic");

  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  g_signal_connect_object (self->view_stack, "notify::visible-child-name", G_CALLBACK (on_view_changed_cb), self,
                           G_CONNECT_SWAPPED);
  on_view_changed_cb (self);
  show_day (self);
  show_session (self);
  refill_filters (self);
}

static void
fy_health_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FyHealthPage *self = FY_HEALTH_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_DAY:
      if (g_value_get_string (value))
        set_day (self, g_value_get_string (value));
      break;
    case PROP_SESSION:
      set_session (self, g_value_get_int (value));
      break;
    case PROP_DEPARTMENT:
      set_filter (self, g_value_get_string (value), self->team);
      break;
    case PROP_TEAM:
      set_filter (self, self->department, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_health_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FyHealthPage *self = FY_HEALTH_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE: g_value_set_object (value, self->store); break;
    case PROP_DAY: g_value_set_string (value, self->day); break;
    case PROP_SESSION: g_value_set_int (value, self->session); break;
    case PROP_DEPARTMENT: g_value_set_string (value, self->department); break;
    case PROP_TEAM: g_value_set_string (value, self->team); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_health_page_dispose (GObject *object)
{
  FyHealthPage *self = FY_HEALTH_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_HEALTH_PAGE);
  fy_widget_unparent_children (GTK_WIDGET (self));
  self->entry = NULL;
  g_clear_object (&self->store);
  g_clear_pointer (&self->departments, g_strfreev);
  g_clear_pointer (&self->teams, g_strfreev);
  G_OBJECT_CLASS (fy_health_page_parent_class)->dispose (object);
}

static void
fy_health_page_finalize (GObject *object)
{
  FyHealthPage *self = FY_HEALTH_PAGE (object);

  g_free (self->day);
  g_free (self->department);
  g_free (self->team);
  G_OBJECT_CLASS (fy_health_page_parent_class)->finalize (object);
}

static void
fy_health_page_class_init (FyHealthPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fy_health_page_constructed;
  object_class->dispose = fy_health_page_dispose;
  object_class->finalize = fy_health_page_finalize;
  object_class->set_property = fy_health_page_set_property;
  object_class->get_property = fy_health_page_get_property;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, FY_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DAY] = g_param_spec_string ("day", NULL, NULL, NULL,
                                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] = g_param_spec_int ("session", NULL, NULL, FY_SESSION_MORNING, FY_SESSION_AFTERNOON,
                                               FY_SESSION_MORNING,
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEPARTMENT] = g_param_spec_string ("department", NULL, NULL, "",
                                                     G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEAM] = g_param_spec_string ("team", NULL, NULL, "",
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FY_TYPE_DAILY_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-health-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FyHealthPage, date_entry);
  gtk_widget_class_bind_template_child (widget_class, FyHealthPage, previous_button);
  gtk_widget_class_bind_template_child (widget_class, FyHealthPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, FyHealthPage, calendar_button);
  gtk_widget_class_bind_template_child (widget_class, FyHealthPage, calendar_popover);
  gtk_widget_class_bind_template_child (widget_class, FyHealthPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, FyHealthPage, session_box);
  gtk_widget_class_bind_template_child (widget_class, FyHealthPage, morning_button);
  gtk_widget_class_bind_template_child (widget_class, FyHealthPage, afternoon_button);
  gtk_widget_class_bind_template_child (widget_class, FyHealthPage, department_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FyHealthPage, team_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FyHealthPage, date_error);
  gtk_widget_class_bind_template_child (widget_class, FyHealthPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, FyHealthPage, view_switcher);
  gtk_widget_class_bind_template_callback (widget_class, on_date_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_previous_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_next_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_session_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_department_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_team_changed_cb);

  gtk_widget_class_install_action (widget_class, "health.date", NULL, date_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fy_health_page_init (FyHealthPage *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Tool bars wrap: the window may be 640 px wide (sidebar folded). */
  fy_widget_wrap_bar (GTK_WIDGET (self), "toolbar", 6);
  /* "Travel and Quarantine" and its neighbours fit 640 px with the icons
   * above the titles. */
  fy_view_switcher_narrow_when_narrow (self->view_switcher);
  self->department = g_strdup ("");
  self->team = g_strdup ("");
  /* The session names are the same words as everywhere else. */
  gtk_button_set_label (GTK_BUTTON (self->morning_button), _("_Morning"));
  gtk_button_set_label (GTK_BUTTON (self->afternoon_button), _("_Afternoon"));
  /* Long department names must not keep the window from narrowing. */
  fy_drop_down_let_shrink (self->department_dropdown);
  fy_drop_down_let_shrink (self->team_dropdown);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_date_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->date_entry), focus);
  fy_widget_add_window_shortcut (GTK_WIDGET (self), GDK_KEY_d, "health.date", NULL);
}

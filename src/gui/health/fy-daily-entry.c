/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-daily-entry.c — the keyboard-first daily temperature entry.
 *
 * GTK 4.8's GtkColumnView has no per-cell focus, so this is a GtkListView
 * of FyEntryRow widgets, each holding a GtkEntry, over a model that pages
 * rows from SQLite (FyEntryModel). The keys, the focus moves and saving are
 * in fy-daily-entry-keys.c; here: the widget, loading, the missing list,
 * "fill normal" and the public API. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-absence.h"
#include "fy-a11y.h"
#include "fy-clock.h"
#include "fy-daily-entry-private.h"
#include "fy-gui-util.h"
#include "fy-health-entry.h"
#include "fy-validate.h"
#include "fy-window.h"
#include "fy-error-dialog.h"
#include "fy-wrap-layout.h"

G_DEFINE_FINAL_TYPE (FyDailyEntry, fy_daily_entry, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_STORE, PROP_DAY, PROP_SESSION, PROP_DEPARTMENT, PROP_TEAM, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void reload (FyDailyEntry *self, gint64 keep_staff_id);

/* ------------------------------------------------------------------ */
/* Helpers                                                             */

FyHealthFilter
_fy_daily_entry_filter (FyDailyEntry *self)
{
  FyHealthFilter filter = { self->department, self->team };
  return filter;
}

guint
_fy_daily_entry_n_rows (FyDailyEntry *self)
{
  return self->model ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
}

void
_fy_daily_entry_toast (FyDailyEntry *self, const char *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (FY_IS_WINDOW (root))
    fy_window_toast (FY_WINDOW (root), text);
}

/* The row whose temperature field has the keyboard focus, or NULL. */
FyEntryRow *
_fy_daily_entry_focused_row (FyDailyEntry *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus ? gtk_widget_get_ancestor (focus, FY_TYPE_ENTRY_ROW) : NULL;

  if (row && gtk_widget_is_ancestor (row, GTK_WIDGET (self->list_view)))
    return FY_ENTRY_ROW (row);
  return NULL;
}

FyTempMethod
_fy_daily_entry_method (FyDailyEntry *self)
{
  guint sel = gtk_drop_down_get_selected (self->method_dropdown);
  return sel < FY_N_METHODS ? (FyTempMethod) sel : FY_METHOD_UNKNOWN;
}

/* ------------------------------------------------------------------ */
/* Counts and the missing list                                         */

static void
show_counts (FyDailyEntry *self)
{
  g_autofree char *count = NULL;
  g_autofree char *missing = NULL;
  /* On site as the daily report counts it: the people listed as away
   * (with their reason) are not. */
  guint n = (guint) self->on_site_count;

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person on site", "%u people on site", n), n);
  gtk_label_set_text (self->count_label, count);
  missing = g_strdup_printf (_("Not Entered: %u"), (guint) self->missing_count);
  gtk_button_set_label (GTK_BUTTON (self->missing_button), missing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "entry.fill-normal", self->missing_count > 0);
}

void
_fy_daily_entry_update_counts (FyDailyEntry *self)
{
  g_autoptr(GError) error = NULL;
  FyHealthFilter filter = _fy_daily_entry_filter (self);

  self->missing_count = self->day ? fy_health_count_missing (self->store, self->day, self->session, &filter, &error) : 0;
  if (self->missing_count < 0)
    {
      g_warning ("Missing entries could not be counted: %s", error->message);
      self->missing_count = 0;
      g_clear_error (&error);
    }
  self->on_site_count = self->day ? fy_health_entry_count_on_site (self->store, self->day, &filter, &error) : 0;
  if (self->on_site_count < 0)
    {
      g_warning ("People on site could not be counted: %s", error->message);
      self->on_site_count = 0;
    }
  show_counts (self);
}

void
_fy_daily_entry_entered (FyDailyEntry *self, gint64 staff_id)
{
  /* One person fewer without asking the database again (each Enter). */
  self->missing_count = MAX (self->missing_count - 1, 0);
  show_counts (self);
  if (self->missing == NULL || !gtk_revealer_get_reveal_child (self->missing_revealer))
    return;
  for (guint i = 0; i < self->missing->len; i++)
    if (((FyHealthPerson *) self->missing->pdata[i])->staff_id == staff_id)
      {
        g_autofree char *title = NULL;

        g_ptr_array_remove_index (self->missing, i);
        gtk_string_list_remove (self->missing_strings, i);
        title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person has no entry for the %s check",
                                              "%u people have no entry for the %s check", self->missing->len),
                                 self->missing->len, fy_health_session_label (self->session));
        gtk_label_set_text (self->missing_title, title);
        break;
      }
}

void
_fy_daily_entry_load_missing (FyDailyEntry *self)
{
  g_autoptr(GError) error = NULL;
  FyHealthFilter filter = _fy_daily_entry_filter (self);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autofree char *title = NULL;

  if (!gtk_revealer_get_reveal_child (self->missing_revealer) || self->day == NULL)
    return;
  list = fy_health_list_missing (self->store, self->day, self->session, &filter, &error);
  if (list == NULL)
    {
      g_warning ("The missing list could not be read: %s", error->message);
      return;
    }
  texts = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < list->len; i++)
    {
      FyHealthPerson *p = list->pdata[i];
      g_ptr_array_add (texts, g_strdup_printf ("%s  %s  %s", p->name, p->employee_no, p->department));
    }
  g_ptr_array_add (texts, NULL);
  gtk_string_list_splice (self->missing_strings, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->missing_strings)),
                          (const char *const *) texts->pdata);
  g_clear_pointer (&self->missing, g_ptr_array_unref);
  self->missing = g_steal_pointer (&list);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person has no entry for the %s check",
                                        "%u people have no entry for the %s check", self->missing->len),
                           self->missing->len, fy_health_session_label (self->session));
  gtk_label_set_text (self->missing_title, title);
}

static void
focus_staff (FyDailyEntry *self, gint64 staff_id)
{
  g_autoptr(GError) error = NULL;
  FyHealthFilter filter = _fy_daily_entry_filter (self);
  gint64 position = fy_health_entry_position (self->store, self->day, &filter, staff_id, &error);

  if (position == -2)
    g_warning ("Finding a person in the list failed: %s", error->message);
  else if (position >= 0)
    _fy_daily_entry_focus_position (self, (int) position, 0);
}

static void
on_missing_activated_cb (FyDailyEntry *self, guint position)
{
  if (self->missing && position < self->missing->len)
    focus_staff (self, ((FyHealthPerson *) self->missing->pdata[position])->staff_id);
}

static void
on_missing_toggled_cb (FyDailyEntry *self)
{
  gboolean on = gtk_toggle_button_get_active (self->missing_button);

  gtk_revealer_set_reveal_child (self->missing_revealer, on);
  if (on)
    _fy_daily_entry_load_missing (self);
}

static void
setup_missing_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_missing_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkStringObject *text = gtk_list_item_get_item (item);
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (text));
}

/* ------------------------------------------------------------------ */
/* List rows                                                           */

static void
setup_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FyDailyEntry *self)
{
  FyEntryRow *row = fy_entry_row_new ();

  _fy_daily_entry_setup_row (self, row);
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_child (item, GTK_WIDGET (row));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FyDailyEntry *self)
{
  FyEntryRow *row = FY_ENTRY_ROW (gtk_list_item_get_child (item));
  FyEntryItem *entry_item = gtk_list_item_get_item (item);
  guint position = gtk_list_item_get_position (item);

  fy_entry_row_bind (row, entry_item, self->session);
  fy_a11y_name_person_row (item, fy_entry_item_get_row (entry_item)->person.name,
                           fy_entry_item_get_row (entry_item)->person.employee_no);
  g_object_set_data (G_OBJECT (row), "fy-position", GUINT_TO_POINTER (position + 1));
  g_hash_table_insert (self->bound, GUINT_TO_POINTER (position), row);
  if ((int) position == self->pending_focus)
    _fy_daily_entry_ensure_tick (self);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FyDailyEntry *self)
{
  FyEntryRow *row = FY_ENTRY_ROW (gtk_list_item_get_child (item));
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "fy-position"));

  if (position > 0 && g_hash_table_lookup (self->bound, GUINT_TO_POINTER (position - 1)) == row)
    g_hash_table_remove (self->bound, GUINT_TO_POINTER (position - 1));
  g_object_set_data (G_OBJECT (row), "fy-position", NULL);
  fy_entry_row_unbind (row);
}

/* ------------------------------------------------------------------ */
/* Loading                                                             */

static void
reload (FyDailyEntry *self, gint64 keep_staff_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyEntryModel) model = NULL;

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  if (self->day == NULL)
    return;
  model = fy_entry_model_new (self->store, self->day, self->department, self->team, &error);
  if (model == NULL)
    {
      fy_show_error (GTK_WIDGET (self), _("The entry list could not be read"), error->message);
      return;
    }
  self->pending_focus = -1;
  self->scroll_target = -1;
  g_array_set_size (self->typeahead, 0);
  g_set_object (&self->model, model);
  g_hash_table_remove_all (self->bound);
  /* A new selection model rather than swapping the one shown: GTK 4.8's
   * list answers "all items replaced" by asking for every item, which
   * would page the whole roster in. */
  g_clear_object (&self->selection);
  self->selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  gtk_stack_set_visible_child_name (self->list_stack, _fy_daily_entry_n_rows (self) > 0 ? "list" : "empty");
  _fy_daily_entry_update_counts (self);
  _fy_daily_entry_load_missing (self);
  if (keep_staff_id > 0)
    focus_staff (self, keep_staff_id);
}

static gboolean
reload_idle_cb (gpointer data)
{
  FyDailyEntry *self = data;
  FyEntryRow *row = _fy_daily_entry_focused_row (self);
  FyEntryItem *item = row ? fy_entry_row_get_item (row) : NULL;

  self->reload_idle = 0;
  reload (self, item ? fy_entry_item_get_staff_id (item) : 0);
  return G_SOURCE_REMOVE;
}

static void
queue_reload (FyDailyEntry *self)
{
  if (self->reload_idle == 0)
    self->reload_idle = g_idle_add (reload_idle_cb, self);
}

static void
on_store_changed_cb (FyStore *store, FyStoreChange change, FyDailyEntry *self)
{
  if (self->saving)
    return;     /* commit_row refreshes the row itself */
  if (change & (FY_STORE_CHANGE_STAFF | FY_STORE_CHANGE_QUARANTINE | FY_STORE_CHANGE_TRIPS
                | FY_STORE_CHANGE_ABSENCE))
    queue_reload (self);   /* who is on site may have changed */
  else if (change & (FY_STORE_CHANGE_HEALTH | FY_STORE_CHANGE_SETTINGS))
    {
      /* Readings changed (fill normal, another view): same people, new values. */
      if (self->model)
        fy_entry_model_refresh (self->model);
      _fy_daily_entry_update_counts (self);
      _fy_daily_entry_load_missing (self);
    }
}

/* ------------------------------------------------------------------ */
/* Actions                                                             */

/* The Undo of the last fill normal's toast (also "entry.undo-fill"). */
static void
undo_fill_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyDailyEntry *self = FY_DAILY_ENTRY (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  guint n = 0;

  if (self->fill_day == NULL)
    return;
  if (!fy_health_fill_normal_undo (self->store, self->fill_day, self->fill_session, self->fill_at, &n, &error))
    {
      fy_show_error (GTK_WIDGET (self), _("The fill could not be undone"), error->message);
      return;
    }
  g_clear_pointer (&self->fill_day, g_free);
  done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Undone: %u entry removed",
                                       "Undone: %u entries removed", n), n);
  _fy_daily_entry_toast (self, done);
}

static void
on_undo_fill_cb (AdwToast *toast, FyDailyEntry *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "entry.undo-fill", NULL);
}

static void
on_fill_response_cb (AdwMessageDialog *dialog, const char *response, FyDailyEntry *self)
{
  g_autoptr(GError) error = NULL;
  FyHealthFilter filter = _fy_daily_entry_filter (self);
  g_autofree char *done = NULL;
  GtkWidget *overlay;
  AdwToast *toast;
  gint64 now = fy_clock_real_now ();
  guint n = 0;

  if (!g_str_equal (response, "fill"))
    return;
  if (!fy_health_fill_normal (self->store, self->day, self->session, &filter, now, &n, &error))
    {
      fy_show_error (GTK_WIDGET (self), _("Nobody was marked normal"), error->message);
      return;
    }
  g_free (self->fill_day);
  self->fill_day = g_strdup (self->day);
  self->fill_session = self->session;
  self->fill_at = now;
  done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person marked normal (not measured)",
                                       "%u people marked normal (not measured)", n), n);
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;
  toast = fy_toast_new_plain (done);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_fill_cb), self, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* "Not marked, not there: 刘洋 (Business trip), 李娜 (Leave) and 3 more.", or NULL. */
static char *
away_sentence (FyDailyEntry *self)
{
  g_autoptr(GError) error = NULL;
  FyHealthFilter filter = _fy_daily_entry_filter (self);
  g_autoptr(GPtrArray) away = fy_absence_list_away (self->store, self->day, &filter, &error);
  g_autoptr(GString) names = g_string_new (NULL);
  const guint shown = 12;

  if (away == NULL)
    {
      g_warning ("Who is away could not be listed: %s", error->message);
      return NULL;
    }
  if (away->len == 0)
    return NULL;
  for (guint i = 0; i < away->len && i < shown; i++)
    {
      FyAwayPerson *w = away->pdata[i];
      if (names->len)
        g_string_append (names, _(", "));
      /* Translators: a person left out of fill normal and why: "刘洋（出差）". */
      g_string_append_printf (names, _("%s (%s)"), w->person.name, fy_away_reason_label (w->reason));
    }
  if (away->len > shown)
    /* Translators: after a list of names cut short; %u is how many were left out. */
    g_string_append_printf (names, g_dngettext (GETTEXT_PACKAGE, " and %u more", " and %u more",
                                                away->len - shown), away->len - shown);
  /* Translators: in the fill-normal confirmation; %u people, then their names and reasons. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not marked, %u person not there: %s.",
                                       "Not marked, %u people not there: %s.", away->len),
                          away->len, names->str);
}

static void
fill_normal_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyDailyEntry *self = FY_DAILY_ENTRY (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *away = NULL;
  GtkWidget *dialog;

  _fy_daily_entry_update_counts (self);
  if (self->missing_count <= 0)
    {
      g_autofree char *text = g_strdup_printf (_("Everyone on the list has an entry for the %s check"),
                                               fy_health_session_label (self->session));
      _fy_daily_entry_toast (self, text);
      return;
    }
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Mark %u person normal?", "Mark %u people normal?",
                                          (gulong) self->missing_count),
                             (guint) self->missing_count);
  away = away_sentence (self);
  body = g_strdup_printf (_("Everyone on this list with no entry for the %s check of %s is recorded as "
                            "“Normal (not measured)”. No temperature is stored for them; "
                            "entries already made are not changed."),
                          fy_health_session_label (self->session), self->day);
  if (away)
    {
      char *both = g_strconcat (body, "\n\n", away, NULL);
      g_free (body);
      body = both;
    }
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "fill", _("_Mark Normal"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "fill", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "fill");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_fill_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Ctrl+L: open the missing list and put the focus in it. */
static void
missing_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyDailyEntry *self = FY_DAILY_ENTRY (widget);

  gtk_toggle_button_set_active (self->missing_button, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->missing_view));
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */

/* The row of the first missing reading (the first row when none is
 * missing), or -1 without rows. */
static int
first_missing_position (FyDailyEntry *self)
{
  g_autoptr(GError) error = NULL;
  FyHealthFilter filter = _fy_daily_entry_filter (self);
  gint64 position;

  /* A day or filter just chosen: the list of that day first. */
  if (self->reload_idle)
    reload (self, 0);
  if (self->day == NULL || _fy_daily_entry_n_rows (self) == 0)
    return -1;
  position = fy_health_entry_next_missing (self->store, self->day, self->session, &filter, 0, &error);
  if (position == -2)
    g_warning ("Finding the first missing entry failed: %s", error->message);
  return position >= 0 ? (int) position : 0;
}

void
fy_daily_entry_focus_first_missing (FyDailyEntry *self)
{
  int position;

  g_return_if_fail (FY_IS_DAILY_ENTRY (self));
  position = first_missing_position (self);
  if (position >= 0)
    _fy_daily_entry_focus_position (self, position, 0);
}

static gboolean
set_string (char **field, const char *value)
{
  if (g_strcmp0 (*field, value ? value : "") == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value ? value : "");
  return TRUE;
}

void
fy_daily_entry_show (FyDailyEntry *self, const char *day, int session, gint64 staff_id_or_0)
{
  gboolean changed = FALSE;

  g_return_if_fail (FY_IS_DAILY_ENTRY (self));
  if (day && set_string (&self->day, day))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
      changed = TRUE;
    }
  if ((session == FY_SESSION_MORNING || session == FY_SESSION_AFTERNOON) && (int) self->session != session)
    {
      self->session = session;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
      changed = TRUE;
    }
  if (changed || self->reload_idle || self->model == NULL)
    reload (self, 0);
  if (staff_id_or_0 > 0)
    focus_staff (self, staff_id_or_0);
  else
    fy_daily_entry_focus_first_missing (self);
}

void
fy_daily_entry_set_filter (FyDailyEntry *self, const char *department, const char *team)
{
  g_return_if_fail (FY_IS_DAILY_ENTRY (self));
  if (set_string (&self->department, department))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPARTMENT]);
      queue_reload (self);
    }
  if (set_string (&self->team, team))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEAM]);
      queue_reload (self);
    }
}

const char *
fy_daily_entry_get_day (FyDailyEntry *self)
{
  g_return_val_if_fail (FY_IS_DAILY_ENTRY (self), NULL);
  return self->day;
}

FyHealthSession
fy_daily_entry_get_session (FyDailyEntry *self)
{
  g_return_val_if_fail (FY_IS_DAILY_ENTRY (self), FY_SESSION_MORNING);
  return self->session;
}

GListModel *
fy_daily_entry_get_model (FyDailyEntry *self)
{
  g_return_val_if_fail (FY_IS_DAILY_ENTRY (self), NULL);
  if (self->reload_idle)
    reload (self, 0);
  return G_LIST_MODEL (self->selection);
}

int
fy_daily_entry_get_focus_position (FyDailyEntry *self)
{
  FyEntryRow *row = _fy_daily_entry_focused_row (self);
  FyEntryItem *item = row ? fy_entry_row_get_item (row) : NULL;

  return item ? (int) fy_entry_item_get_position (item) : -1;
}

GtkWidget *
fy_daily_entry_get_focus_field (FyDailyEntry *self)
{
  FyEntryRow *row = _fy_daily_entry_focused_row (self);
  return row ? fy_entry_row_get_entry (row) : NULL;
}

const char *
fy_daily_entry_get_focus_message (FyDailyEntry *self)
{
  FyEntryRow *row = _fy_daily_entry_focused_row (self);
  return row ? fy_entry_row_get_message (row) : NULL;
}

GListModel *
fy_daily_entry_get_missing_model (FyDailyEntry *self)
{
  return G_LIST_MODEL (self->missing_strings);
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */

static void
fy_daily_entry_map (GtkWidget *widget)
{
  FyDailyEntry *self = FY_DAILY_ENTRY (widget);

  GTK_WIDGET_CLASS (fy_daily_entry_parent_class)->map (widget);
  /* Shown: the typing starts in the first empty temperature field, unless
   * someone asked for a person already (fy_daily_entry_show). */
  if (_fy_daily_entry_focused_row (self) == NULL && self->pending_focus < 0)
    {
      /* Not now but on the next frame: a stack showing this page passes
       * the focus on (Tab forward into it) right after mapping it, which
       * would move a focus taken now from the field to the next control. */
      int position = first_missing_position (self);
      if (position >= 0)
        {
          self->pending_focus = position;
          self->focus_tries = 0;
          self->scroll_target = position;
          self->scroll_ahead = 0;
        }
    }
  if (self->pending_focus >= 0)
    _fy_daily_entry_ensure_tick (self);
}

static void
fy_daily_entry_constructed (GObject *object)
{
  FyDailyEntry *self = FY_DAILY_ENTRY (object);
  g_autoptr(GtkStringList) methods = gtk_string_list_new (NULL);

  G_OBJECT_CLASS (fy_daily_entry_parent_class)->constructed (object);

  gtk_string_list_append (methods, "—");
  for (int m = FY_METHOD_AXILLARY; m < FY_N_METHODS; m++)
    gtk_string_list_append (methods, fy_temp_method_label (m));
  gtk_drop_down_set_model (self->method_dropdown, G_LIST_MODEL (methods));

  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  if (self->day == NULL)
    self->day = fy_today ();
  reload (self, 0);
}

static void
fy_daily_entry_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FyDailyEntry *self = FY_DAILY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_DAY:
      if (g_value_get_string (value) && set_string (&self->day, g_value_get_string (value)))
        {
          g_object_notify_by_pspec (object, pspec);
          if (self->model)      /* not while being constructed */
            queue_reload (self);
        }
      break;
    case PROP_SESSION:
      if ((int) self->session != g_value_get_int (value))
        {
          self->session = g_value_get_int (value);
          g_object_notify_by_pspec (object, pspec);
          if (self->model)
            queue_reload (self);
        }
      break;
    case PROP_DEPARTMENT:
      fy_daily_entry_set_filter (self, g_value_get_string (value), self->team);
      break;
    case PROP_TEAM:
      fy_daily_entry_set_filter (self, self->department, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_daily_entry_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FyDailyEntry *self = FY_DAILY_ENTRY (object);

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
fy_daily_entry_dispose (GObject *object)
{
  FyDailyEntry *self = FY_DAILY_ENTRY (object);

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  if (self->focus_tick)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->focus_tick);
      self->focus_tick = 0;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_DAILY_ENTRY);
  fy_widget_unparent_children (GTK_WIDGET (self));
  g_clear_pointer (&self->bound, g_hash_table_unref);
  g_clear_pointer (&self->typeahead, g_array_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->missing_strings);
  g_clear_pointer (&self->missing, g_ptr_array_unref);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_daily_entry_parent_class)->dispose (object);
}

static void
fy_daily_entry_finalize (GObject *object)
{
  FyDailyEntry *self = FY_DAILY_ENTRY (object);

  g_free (self->day);
  g_free (self->fill_day);
  g_free (self->department);
  g_free (self->team);
  G_OBJECT_CLASS (fy_daily_entry_parent_class)->finalize (object);
}

static void
fy_daily_entry_class_init (FyDailyEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fy_daily_entry_constructed;
  object_class->dispose = fy_daily_entry_dispose;
  object_class->finalize = fy_daily_entry_finalize;
  object_class->set_property = fy_daily_entry_set_property;
  object_class->get_property = fy_daily_entry_get_property;
  widget_class->map = fy_daily_entry_map;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, FY_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Construct properties: the first load already shows the right day. */
  properties[PROP_DAY] = g_param_spec_string ("day", NULL, NULL, NULL,
                                              G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY
                                              | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] = g_param_spec_int ("session", NULL, NULL, FY_SESSION_MORNING, FY_SESSION_AFTERNOON,
                                               FY_SESSION_MORNING,
                                               G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY
                                               | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEPARTMENT] = g_param_spec_string ("department", NULL, NULL, "",
                                                     G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEAM] = g_param_spec_string ("team", NULL, NULL, "",
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-daily-entry.ui");
  gtk_widget_class_bind_template_child (widget_class, FyDailyEntry, count_label);
  gtk_widget_class_bind_template_child (widget_class, FyDailyEntry, method_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FyDailyEntry, missing_button);
  gtk_widget_class_bind_template_child (widget_class, FyDailyEntry, fill_button);
  gtk_widget_class_bind_template_child (widget_class, FyDailyEntry, header_box);
  gtk_widget_class_bind_template_child (widget_class, FyDailyEntry, list_stack);
  gtk_widget_class_bind_template_child (widget_class, FyDailyEntry, scroller);
  gtk_widget_class_bind_template_child (widget_class, FyDailyEntry, list_view);
  gtk_widget_class_bind_template_child (widget_class, FyDailyEntry, missing_revealer);
  gtk_widget_class_bind_template_child (widget_class, FyDailyEntry, missing_title);
  gtk_widget_class_bind_template_child (widget_class, FyDailyEntry, missing_view);
  gtk_widget_class_bind_template_callback (widget_class, on_missing_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_missing_activated_cb);

  gtk_widget_class_install_action (widget_class, "entry.fill-normal", NULL, fill_normal_action);
  gtk_widget_class_install_action (widget_class, "entry.undo-fill", NULL, undo_fill_action);
  gtk_widget_class_install_action (widget_class, "entry.missing", NULL, missing_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fy_daily_entry_init (FyDailyEntry *self)
{
  GtkListItemFactory *factory;
  GtkListItemFactory *missing_factory;
  g_autoptr(GtkSingleSelection) missing_selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Tool bars wrap: the window may be 640 px wide (sidebar folded). */
  fy_widget_wrap_bar (GTK_WIDGET (self), "bar", 6);
  self->pending_focus = -1;
  self->scroll_target = -1;
  self->department = g_strdup ("");
  self->team = g_strdup ("");
  self->bound = g_hash_table_new (NULL, NULL);
  self->typeahead = g_array_new (FALSE, FALSE, sizeof (KeyPress));

  gtk_box_append (self->header_box, fy_entry_row_new_header ());
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  /* Tab leaves the ~1,000 rows at once; Enter and the arrows move in them. */
  fy_a11y_single_tab_stop (GTK_WIDGET (self->list_view));
  g_object_unref (factory);

  self->missing_strings = gtk_string_list_new (NULL);
  missing_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->missing_strings)));
  missing_factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (missing_factory, "setup", G_CALLBACK (setup_missing_cb), NULL);
  g_signal_connect (missing_factory, "bind", G_CALLBACK (bind_missing_cb), NULL);
  gtk_list_view_set_factory (self->missing_view, missing_factory);
  g_object_unref (missing_factory);
  gtk_list_view_set_model (self->missing_view, GTK_SELECTION_MODEL (missing_selection));

  fy_widget_add_window_shortcut (GTK_WIDGET (self), GDK_KEY_m, "entry.fill-normal", NULL);
  fy_widget_add_window_shortcut (GTK_WIDGET (self), GDK_KEY_l, "entry.missing", NULL);
}

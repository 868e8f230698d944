/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-page.c — the Gate page, built for the officer at the gate: the
 * search field has the focus whenever the page is shown; typing a plate,
 * a name, a phone or the last digits of an ID number lists the matching
 * expected arrivals and people inside (fy_gate_search), Enter opens the
 * first one — the gate check for an expected visit, the check out for one
 * inside. Without a search the page lists today's expected arrivals
 * (fy_gate_list_expected) and who is inside now (fy_gate_list_inside, an
 * overstay in words and colour). The declarations and the events register
 * are window actions (win.gate-declare, win.gate-edit, win.gate-events)
 * installed by their own folder; their buttons are insensitive until then.
 * Both lists reload when shown after a gate change (FyLazyReload) and every
 * minute while shown (the dwell times grow). */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-clock.h"
#include "fy-error-dialog.h"
#include "fy-form-util.h"
#include "fy-gate-check-dialog.h"
#include "fy-gate-checkout-dialog.h"
#include "fy-gate-page.h"
#include "fy-gate.h"
#include "fy-gui-util.h"
#include "fy-lazy-reload.h"
#include "fy-store.h"
#include "fy-wrap-layout.h"
#include "fy-zone-dialogs.h"

/* A query shorter than this lists today's arrivals instead (the core's
 * minimum). */
#define MIN_QUERY_CHARS 2

struct _FyGatePage
{
  GtkBox          parent_instance;

  FyStore        *store;
  FyLazyReload   *lazy;
  GtkSearchEntry *search;
  GtkLabel       *expected_title;
  GtkListBox     *expected;
  GtkLabel       *inside_title;
  GtkListBox     *inside;
  GtkWidget      *edit;
  GtkWidget      *cancel;
  guint           tick_id;
  guint           focus_id;
};

G_DEFINE_FINAL_TYPE (FyGatePage, fy_gate_page, GTK_TYPE_BOX)

enum { PROP_0, PROP_STORE, N_PROPS };
static GParamSpec *properties[N_PROPS];

#define VISIT_ID "fy-gate-visit-id"
#define VISIT_STATUS "fy-gate-visit-status"

static gint64
row_visit_id (GtkListBoxRow *row)
{
  gint64 *id = row ? g_object_get_data (G_OBJECT (row), VISIT_ID) : NULL;
  return id ? *id : 0;
}

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
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (list, row);
}

static const char *
kind_text (FyGateKind kind)
{
  return fy_code_label_text (&fy_gate_kind_labels[kind]);
}

/* The visitor's name, or a truck's plate and driver. Owned. */
static char *
who_of (const FyGateVisit *v)
{
  const FyGatePerson *first = v->people->len ? v->people->pdata[0] : NULL;
  const char *name = first ? first->name : "";

  if (v->kind == FY_GATE_TRUCK && *v->plate)
    return g_strdup_printf ("%s · %s", v->plate, name);
  if (v->people->len > 1)
    /* Translators: a visitor and the number of people with them. */
    return g_strdup_printf (_("%s and %u more"), name, v->people->len - 1);
  return g_strdup (name);
}

/* Where a visit goes: the host or the areas of a visitor, the unloading
 * point of a truck. Owned. */
static char *
where_of (const FyGateVisit *v)
{
  if (v->kind == FY_GATE_TRUCK)
    return *v->unload_name ? g_strdup_printf (_("Unloading point: %s"), v->unload_name) : g_strdup ("");
  if (v->area_names && v->area_names->len)
    {
      g_autoptr(GString) areas = g_string_new (NULL);
      for (guint i = 0; i < v->area_names->len; i++)
        g_string_append_printf (areas, "%s%s", i ? "、" : "", (const char *) v->area_names->pdata[i]);
      if (*v->host_name)
        /* Translators: a visitor's host, then the areas they may enter. */
        return g_strdup_printf (_("Host: %s · Areas: %s"), v->host_name, areas->str);
      return g_strdup_printf (_("Areas: %s"), areas->str);
    }
  return *v->host_name ? g_strdup_printf (_("Host: %s"), v->host_name) : g_strdup ("");
}

/* A badge per flag in words (迟报, 未预约, 超时): not colour alone. */
static void
add_flag_badges (GtkWidget *row, guint flags)
{
  for (guint i = 0; i < FY_GATE_N_FLAGS; i++)
    if (flags & (1u << i))
      {
        GtkWidget *badge = gtk_label_new (fy_code_label_text (&fy_gate_flag_labels[i]));
        gtk_widget_add_css_class (badge, "gate-flag");
        gtk_widget_add_css_class (badge, (1u << i) == FY_GATE_FLAG_OVERSTAY ? "error" : "warning");
        gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
      }
}

static GtkWidget *
visit_row (const FyGateVisit *v)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *who = who_of (v);
  g_autofree char *where = where_of (v);
  g_autofree char *today = fy_today ();
  const FyGatePerson *first = v->people->len ? v->people->pdata[0] : NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (v->status == FY_GATE_INSIDE)
    {
      g_autofree char *since = fy_format_instant_short (v->arrived_at, today);
      g_autofree char *stay = fy_format_minutes (fy_gate_dwell_minutes (v, fy_now ()));
      title = g_strdup_printf ("%s  %s", kind_text (v->kind), who);
      /* Translators: a row of “Inside now”: where, time in, how long inside ("1 h 49 min"). */
      subtitle = g_strdup_printf (_("%s · in since %s · inside %s"), where, since, stay);
    }
  else
    {
      g_autofree char *when = fy_format_instant_short (v->planned_at, today);
      const char *company = first && *first->company ? first->company : "";
      title = g_strdup_printf ("%s  %s  %s", when, kind_text (v->kind), who);
      subtitle = *company && *where ? g_strdup_printf ("%s · %s", company, where)
                                    : g_strdup_printf ("%s%s", company, where);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  add_flag_badges (row, v->flags);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), VISIT_ID, g_memdup2 (&v->id, sizeof v->id), g_free);
  g_object_set_data (G_OBJECT (row), VISIT_STATUS, GINT_TO_POINTER (v->status));
  return row;
}

static void
open_visit (FyGatePage *self, GtkListBoxRow *row)
{
  gint64 id = row_visit_id (row);

  if (id == 0)
    return;
  if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), VISIT_STATUS)) == FY_GATE_INSIDE)
    fy_gate_checkout_dialog_present (GTK_WIDGET (self), self->store, id);
  else
    fy_gate_check_dialog_present (GTK_WIDGET (self), self->store, id);
}

static void
on_row_activated_cb (GtkListBox *list, GtkListBoxRow *row, FyGatePage *self)
{
  open_visit (self, row);
}

static void
on_check_out_clicked_cb (GtkButton *button, FyGatePage *self)
{
  open_visit (self, GTK_LIST_BOX_ROW (gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW)));
}

/* The row buttons act on the selected expected visit. */
static void
update_row_buttons (FyGatePage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->expected);
  gboolean expected = row_visit_id (row) != 0
                      && GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), VISIT_STATUS)) == FY_GATE_EXPECTED;

  gtk_widget_set_sensitive (self->edit, expected);
  gtk_widget_set_sensitive (self->cancel, expected);
  if (expected)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (self->edit), "x", row_visit_id (row));
}

static void
fill_list (FyGatePage *self, GtkListBox *list, GPtrArray *visits, const char *empty)
{
  clear_list (list);
  for (guint i = 0; visits && i < visits->len; i++)
    gtk_list_box_append (list, visit_row (visits->pdata[i]));
  if (visits && visits->len == 0)
    add_placeholder (list, empty);
}

static void
load_inside (FyGatePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) inside = fy_gate_list_inside (self->store, fy_now (), &error);
  g_autofree char *title = NULL;

  if (inside == NULL)
    {
      clear_list (self->inside);
      add_placeholder (self->inside, error->message);
      return;
    }
  fill_list (self, self->inside, inside, _("Nobody from outside is inside."));
  for (guint i = 0; i < inside->len; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->inside, (int) i);
      GtkWidget *button = gtk_button_new_with_label (_("Check Out…"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_name (button, "gate-row-check-out");
      g_signal_connect (button, "clicked", G_CALLBACK (on_check_out_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  /* Translators: heading of the Gate page's list of visits inside, with their number. */
  title = g_strdup_printf (_("Inside now (%u)"), inside->len);
  gtk_label_set_text (self->inside_title, title);
}

static void
load_expected (FyGatePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = fy_today ();
  g_autofree char *query = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search))));
  gboolean searching = g_utf8_strlen (query, -1) >= MIN_QUERY_CHARS;
  g_autoptr(GPtrArray) visits = searching ? fy_gate_search (self->store, today, query, &error)
                                          : fy_gate_list_expected (self->store, today, &error);
  g_autofree char *title = NULL;

  if (visits == NULL)
    {
      clear_list (self->expected);
      add_placeholder (self->expected, error->message);
      update_row_buttons (self);
      return;
    }
  fill_list (self, self->expected, visits,
             searching ? _("No expected arrival and nobody inside matches. Enter registers the arrival (not declared).")
                       : _("No arrivals expected today."));
  if (searching)
    /* Translators: heading of the Gate page's list while searching, with the number found. */
    title = g_strdup_printf (_("Found (%u)"), visits->len);
  else
    /* Translators: heading of the Gate page's list of today's expected arrivals, with their number. */
    title = g_strdup_printf (_("Expected today (%u)"), visits->len);
  gtk_label_set_text (self->expected_title, title);
  if (visits->len)
    gtk_list_box_select_row (self->expected, gtk_list_box_get_row_at_index (self->expected, 0));
  update_row_buttons (self);
}

static void
reload (gpointer data)
{
  FyGatePage *self = data;

  fy_lazy_reload_done (self->lazy);
  load_expected (self);
  load_inside (self);
}

static void
on_search_changed_cb (FyGatePage *self)
{
  load_expected (self);
}

/* Enter in the search: the first match at once (searched now, not after
 * the search entry's typing delay); with none, the arrival is registered
 * (未预约) starting from what was typed. The search is emptied for the
 * next arrival. */
static void
on_search_activate_cb (FyGatePage *self)
{
  g_autofree char *typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search))));
  GtkListBoxRow *first;

  load_expected (self);
  first = gtk_list_box_get_row_at_index (self->expected, 0);
  if (row_visit_id (first) != 0)
    open_visit (self, first);
  else if (*typed != '\0')
    {
      FyGateCheckDialog *dialog = fy_gate_check_dialog_present (GTK_WIDGET (self), self->store, 0);
      if (dialog)
        fy_gate_check_dialog_prefill (dialog, typed);
    }
  else
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
}

/* Esc in the search: back to today's arrivals. */
static void
on_stop_search_cb (FyGatePage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
}

/* Down from the search goes into the list. */
static gboolean
on_search_key_cb (GtkEventControllerKey *key, guint keyval, guint keycode, GdkModifierType state, FyGatePage *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->expected, 0);

  if (keyval != GDK_KEY_Down || first == NULL)
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (first));
  return TRUE;
}

static gboolean
focus_search (gpointer data)
{
  FyGatePage *self = data;

  self->focus_id = 0;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self->search));
  return G_SOURCE_REMOVE;
}

/* The search has the focus whenever the page is shown: once the window
 * has finished switching (it moves the focus itself while it does). */
static void
on_map_cb (FyGatePage *self)
{
  if (self->focus_id == 0)
    self->focus_id = g_idle_add (focus_search, self);
}

static gboolean
on_tick_cb (gpointer data)
{
  FyGatePage *self = data;

  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  /* Not under the keyboard's feet: a focused row would be rebuilt away. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self))
      && !(focus && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->inside))))
    load_inside (self);
  return G_SOURCE_CONTINUE;
}

static void
on_register_clicked_cb (FyGatePage *self)
{
  fy_gate_check_dialog_present (GTK_WIDGET (self), self->store, 0);
}

/* ---- Cancel a declaration ------------------------------------------------- */

typedef struct
{
  FyGatePage *page;
  gint64      visit_id;
} CancelAsk;

static void
cancel_ask_free (gpointer data)
{
  CancelAsk *ask = data;

  g_object_unref (ask->page);
  g_free (ask);
}

/* The reason given (NULL when the officer kept the declaration). */
static void
on_cancel_reason_cb (const char *reason, gpointer data)
{
  CancelAsk *ask = data;
  g_autoptr(GError) error = NULL;

  if (reason != NULL && !fy_gate_cancel (ask->page->store, ask->visit_id, reason, &error))
    fy_show_error (GTK_WIDGET (ask->page), _("The declaration was not cancelled"), error->message);
}

static void
on_cancel_clicked_cb (FyGatePage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->expected);
  CancelAsk *ask;
  FyZoneTextPrompt prompt = {
    .heading = _("Cancel this declaration?"),
    .placeholder = _("Reason to cancel the declaration"),
    .ok_label = _("_Cancel Declaration"),
    .required = TRUE,
  };

  if (row_visit_id (row) == 0)
    return;
  prompt.body = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  ask = g_new0 (CancelAsk, 1);
  ask->page = g_object_ref (self);
  ask->visit_id = row_visit_id (row);
  fy_zone_prompt_text (fy_form_window_of (GTK_WIDGET (self)), &prompt, on_cancel_reason_cb, ask, cancel_ask_free);
}

/* ---- Building ------------------------------------------------------------ */

static void
on_store_changed_cb (FyStore *store, FyStoreChange change, FyGatePage *self)
{
  if (change & (FY_STORE_CHANGE_GATE | FY_STORE_CHANGE_SETTINGS | FY_STORE_CHANGE_ZONES | FY_STORE_CHANGE_STAFF))
    fy_lazy_reload_request (self->lazy);
}

/* A button that activates a window action (insensitive while the window
 * has none). */
static GtkWidget *
action_button (const char *mnemonic, const char *name, const char *action, GVariant *target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (mnemonic);

  gtk_widget_set_name (button, name);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (target)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  return button;
}

static GtkWidget *
section (FyGatePage *self, GtkWidget *column, GtkLabel **title, GtkListBox **list, const char *name,
         const char *a11y_name)
{
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *box = gtk_list_box_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 12);
  gtk_box_append (GTK_BOX (column), label);
  gtk_widget_add_css_class (box, "boxed-list");
  gtk_widget_set_name (box, name);
  fy_a11y_name (box, a11y_name);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (box), GTK_SELECTION_SINGLE);
  g_signal_connect (box, "row-activated", G_CALLBACK (on_row_activated_cb), self);
  fy_a11y_single_tab_stop (box);
  gtk_box_append (GTK_BOX (column), box);
  *title = GTK_LABEL (label);
  *list = GTK_LIST_BOX (box);
  return box;
}

static void
fy_gate_page_constructed (GObject *object)
{
  FyGatePage *self = FY_GATE_PAGE (object);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *row_bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *register_button = gtk_button_new_with_mnemonic (_("_Register Arrival…"));
  GtkEventController *keys = gtk_event_controller_key_new ();

  G_OBJECT_CLASS (fy_gate_page_parent_class)->constructed (object);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);

  gtk_widget_set_layout_manager (bar, fy_wrap_layout_new (6));
  g_object_set (bar, "margin-start", 12, "margin-end", 12, "margin-top", 12, "margin-bottom", 6, NULL);
  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_widget_set_name (GTK_WIDGET (self->search), "gate-search");
  g_object_set (self->search, "placeholder-text", _("Plate, name, phone or last digits of the ID"), "width-chars", 12,
                NULL);
  gtk_widget_set_hexpand (GTK_WIDGET (self->search), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Find an arrival or someone inside"), -1);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (on_search_changed_cb), self);
  g_signal_connect_swapped (self->search, "activate", G_CALLBACK (on_search_activate_cb), self);
  g_signal_connect_swapped (self->search, "stop-search", G_CALLBACK (on_stop_search_cb), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_search_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search), keys);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->search));
  gtk_widget_set_name (register_button, "gate-register");
  gtk_widget_add_css_class (register_button, "suggested-action");
  g_signal_connect_swapped (register_button, "clicked", G_CALLBACK (on_register_clicked_cb), self);
  gtk_box_append (GTK_BOX (bar), register_button);
  gtk_box_append (GTK_BOX (bar), action_button (_("Declare _Visitor…"), "gate-declare-visitor", "win.gate-declare",
                                                g_variant_new_string ("visitor")));
  gtk_box_append (GTK_BOX (bar), action_button (_("Declare _Truck…"), "gate-declare-truck", "win.gate-declare",
                                                g_variant_new_string ("truck")));
  gtk_box_append (GTK_BOX (bar), action_button (_("_Events…"), "gate-events", "win.gate-events", NULL));
  gtk_box_append (GTK_BOX (self), bar);

  section (self, column, &self->expected_title, &self->expected, "gate-expected",
           _("Expected arrivals and search results"));
  g_signal_connect_swapped (self->expected, "selected-rows-changed", G_CALLBACK (update_row_buttons), self);
  gtk_widget_set_layout_manager (row_bar, fy_wrap_layout_new (6));
  self->edit = action_button (_("E_dit Declaration…"), "gate-edit", "win.gate-edit", g_variant_new_int64 (0));
  self->cancel = gtk_button_new_with_mnemonic (_("_Cancel Declaration…"));
  gtk_widget_set_name (self->cancel, "gate-cancel");
  g_signal_connect_swapped (self->cancel, "clicked", G_CALLBACK (on_cancel_clicked_cb), self);
  gtk_box_append (GTK_BOX (row_bar), self->edit);
  gtk_box_append (GTK_BOX (row_bar), self->cancel);
  gtk_box_append (GTK_BOX (column), row_bar);
  section (self, column, &self->inside_title, &self->inside, "gate-inside", _("Inside now"));
  g_object_set (column, "margin-start", 12, "margin-end", 12, "margin-bottom", 12, NULL);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1000);
  adw_clamp_set_child (ADW_CLAMP (clamp), column);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (self), scrolled);

  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  self->lazy = fy_lazy_reload_new (GTK_WIDGET (self), reload, FY_LAZY_RELOAD_IDLE, 0);
  self->tick_id = g_timeout_add_seconds (60, on_tick_cb, self);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
}

static void
fy_gate_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_STORE)
    FY_GATE_PAGE (object)->store = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
fy_gate_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_STORE)
    g_value_set_object (value, FY_GATE_PAGE (object)->store);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
fy_gate_page_dispose (GObject *object)
{
  FyGatePage *self = FY_GATE_PAGE (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->focus_id, g_source_remove);
  g_clear_pointer (&self->lazy, fy_lazy_reload_free);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_gate_page_parent_class)->dispose (object);
}

static void
fy_gate_page_class_init (FyGatePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = fy_gate_page_constructed;
  object_class->dispose = fy_gate_page_dispose;
  object_class->set_property = fy_gate_page_set_property;
  object_class->get_property = fy_gate_page_get_property;
  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, FY_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fy_gate_page_init (FyGatePage *self)
{
}

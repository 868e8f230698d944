/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-events.c — the events register and its form (see the header).
 * The list reloads itself on gate changes, so a save anywhere shows. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-clock.h"
#include "fy-disinfection-form.h"
#include "fy-error-dialog.h"
#include "fy-form-util.h"
#include "fy-gate-events.h"
#include "fy-gate-form.h"
#include "fy-gui-util.h"
#include "fy-lazy-reload.h"
#include "fy-validate.h"

/* ---- One event ------------------------------------------------------------ */

typedef struct
{
  FyStore   *store;
  gint64     id;
  GtkWidget *name, *day, *headcount, *approved_on, *authority, *note;
} EventForm;

static void
event_form_free (gpointer p)
{
  EventForm *f = p;

  g_clear_object (&f->store);
  g_free (f);
}

static gboolean
save_event (FyDisForm *form, gpointer data, GError **error)
{
  EventForm *f = data;
  g_autoptr(FyGateEvent) e = fy_gate_event_new ();
  g_autoptr(GError) local = NULL;
  const char *approved = gtk_editable_get_text (GTK_EDITABLE (f->approved_on));

  fy_gate_form_clear_marks (form);
  e->id = f->id;
  g_free (e->name);
  e->name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (f->name)));
  g_free (e->held_on);
  e->held_on = fy_validate_date (gtk_editable_get_text (GTK_EDITABLE (f->day)), &local);
  if (e->held_on == NULL)
    {
      fy_gate_form_error_at (form, f->day, local);
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (*approved)
    {
      e->approved_on = fy_validate_past_date (approved, &local);
      if (e->approved_on == NULL)
        {
          fy_gate_form_error_at (form, f->approved_on, local);
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
    }
  e->headcount = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (f->headcount));
  g_free (e->authority);
  e->authority = g_strdup (gtk_editable_get_text (GTK_EDITABLE (f->authority)));
  g_free (e->note);
  e->note = g_strdup (gtk_editable_get_text (GTK_EDITABLE (f->note)));
  if (!fy_gate_event_save (f->store, e, &local))
    {
      fy_gate_form_error_at (form, NULL, local);
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return TRUE;
}

GtkWindow *
fy_gate_event_dialog_present (GtkWindow *parent, FyStore *store, const FyGateEvent *event)
{
  EventForm *f = g_new0 (EventForm, 1);
  FyDisForm *form;

  f->store = g_object_ref (store);
  f->id = event ? event->id : 0;
  form = fy_dis_form_new (parent, event ? _("Edit Event") : _("Register an Event"), _("_Save"), save_event, f,
                          event_form_free);
  gtk_widget_set_name (GTK_WIDGET (form->window), "gate-event-dialog");
  gtk_window_set_default_size (form->window, 520, 420);
  f->name = fy_dis_form_add (form, _("_Event"), "name", fy_gate_form_entry (form, "name", NULL, 0));
  f->day = fy_dis_form_add (form, _("_Date"), "day", fy_gate_form_entry (form, "day", NULL, 11));
  f->headcount = fy_dis_form_add (form, _("Expected _headcount"), "headcount",
                                  fy_dis_form_spin (form, 1, 100000, 10, 0, FY_GATE_EVENT_MIN_PEOPLE));
  f->approved_on = fy_dis_form_add (form, _("_Approved on"), "approved-on",
                                    fy_gate_form_entry (form, "approved-on", NULL, 11));
  gtk_entry_set_placeholder_text (GTK_ENTRY (f->approved_on), _("Not yet"));
  f->authority = fy_dis_form_add (form, _("Approved _by"), "authority", fy_gate_form_entry (form, "authority", NULL, 0));
  gtk_entry_set_placeholder_text (GTK_ENTRY (f->authority), _("The authority that approved it"));
  f->note = fy_dis_form_add (form, _("_Note"), "note", fy_gate_form_entry (form, "note", NULL, 0));
  if (event)
    {
      gtk_editable_set_text (GTK_EDITABLE (f->name), event->name ? event->name : "");
      gtk_editable_set_text (GTK_EDITABLE (f->day), event->held_on ? event->held_on : "");
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (f->headcount), event->headcount);
      gtk_editable_set_text (GTK_EDITABLE (f->approved_on), event->approved_on ? event->approved_on : "");
      gtk_editable_set_text (GTK_EDITABLE (f->authority), event->authority ? event->authority : "");
      gtk_editable_set_text (GTK_EDITABLE (f->note), event->note ? event->note : "");
    }
  else
    {
      g_autofree char *today = fy_today ();
      g_autofree char *week = fy_date_add_days (today, 14);
      gtk_editable_set_text (GTK_EDITABLE (f->day), week);
    }
  fy_dis_form_present (form, f->name);
  return form->window;
}

/* ---- The register ----------------------------------------------------------- */

typedef struct
{
  GtkWindow    *window;
  FyStore      *store;
  GtkListBox   *list;
  GPtrArray    *events;
  FyLazyReload *lazy;
} Register;

static void
register_free (gpointer p)
{
  Register *r = p;

  g_clear_pointer (&r->lazy, fy_lazy_reload_free);
  g_clear_pointer (&r->events, g_ptr_array_unref);
  g_clear_object (&r->store);
  g_free (r);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog, const char *response, Register *r)
{
  g_autoptr(GError) error = NULL;
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "fy-event-id");

  if (g_str_equal (response, "delete") && !fy_gate_event_delete (r->store, id, &error))
    fy_show_error (GTK_WIDGET (r->window), _("The event was not deleted"), error->message);
}

static void
on_delete_clicked_cb (GtkButton *button, Register *r)
{
  const FyGateEvent *e = g_object_get_data (G_OBJECT (button), "fy-event");
  /* Translators: heading of the question before deleting an event of the register. */
  g_autofree char *heading = g_strdup_printf (_("Delete the event “%s”?"), e->name);
  AdwMessageDialog *dialog = fy_confirm_new (GTK_WIDGET (r->window), heading, _("It is removed from the register."),
                                             "delete", _("_Delete"));
  gint64 *id = g_new (gint64, 1);

  *id = e->id;
  g_object_set_data_full (G_OBJECT (dialog), "fy-event-id", id, g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_delete_response_cb), r);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
event_row (Register *r, const FyGateEvent *e, const char *today)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *subtitle = NULL;
  g_autofree char *people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d person expected",
                                                          "%d people expected", e->headcount), e->headcount);

  if (e->approved_on)
    /* Translators: an event's line: day · headcount · approval day and authority. */
    subtitle = g_strdup_printf (_("%s · %s · approved on %s by %s"), e->held_on, people, e->approved_on,
                                e->authority);
  else
    subtitle = g_strdup_printf (_("%s · %s · no approval on file"), e->held_on, people);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), e->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  if (fy_gate_event_needs_approval (e, today))
    {
      GtkWidget *warning = gtk_label_new (_("Approval not on file"));

      gtk_widget_set_name (warning, "needs-approval");
      gtk_widget_add_css_class (warning, "error");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), warning);
    }
  gtk_widget_set_name (delete, "delete");
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_tooltip_text (delete, _("Delete this event"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delete this event"), -1);
  g_object_set_data (G_OBJECT (delete), "fy-event", (gpointer) e);
  g_signal_connect (delete, "clicked", G_CALLBACK (on_delete_clicked_cb), r);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);
  return row;
}

static void
reload (gpointer widget)
{
  Register *r = g_object_get_data (G_OBJECT (widget), "fy-register");
  g_autoptr(GError) error = NULL;
  g_autofree char *today = fy_today ();
  GtkWidget *child;

  fy_lazy_reload_done (r->lazy);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (r->list))) != NULL)
    gtk_list_box_remove (r->list, child);
  g_clear_pointer (&r->events, g_ptr_array_unref);
  r->events = fy_gate_event_list (r->store, NULL, &error);
  if (r->events == NULL)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), error->message);
      gtk_list_box_append (r->list, row);
      return;
    }
  for (guint i = 0; i < r->events->len; i++)
    gtk_list_box_append (r->list, event_row (r, r->events->pdata[i], today));
  if (r->events->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No event is registered."));
      gtk_list_box_append (r->list, row);
    }
}

static void
on_store_changed_cb (FyStore *store, FyStoreChange change, GtkWidget *list)
{
  Register *r = g_object_get_data (G_OBJECT (list), "fy-register");

  if (change & FY_STORE_CHANGE_GATE)
    fy_lazy_reload_request (r->lazy);
}

static void
on_row_activated_cb (GtkListBox *list, GtkListBoxRow *row, Register *r)
{
  int i = gtk_list_box_row_get_index (row);

  if (r->events && i >= 0 && (guint) i < r->events->len)
    fy_gate_event_dialog_present (r->window, r->store, r->events->pdata[i]);
}

static void
on_add_clicked_cb (GtkButton *button, Register *r)
{
  fy_gate_event_dialog_present (r->window, r->store, NULL);
}

GtkWindow *
fy_gate_events_present (GtkWindow *parent, FyStore *store)
{
  Register *r = g_new0 (Register, 1);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Event…"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *intro = gtk_label_new (_("Business events of more than 200 people need an approval on file "
                                      "7 days before the day."));
  GtkEventController *keys = gtk_shortcut_controller_new ();

  r->store = g_object_ref (store);
  r->window = GTK_WINDOW (gtk_window_new ());
  gtk_widget_set_name (GTK_WIDGET (r->window), "gate-events");
  gtk_window_set_title (r->window, _("Events over 200 People"));
  gtk_window_set_transient_for (r->window, parent);
  gtk_window_set_modal (r->window, TRUE);
  gtk_window_set_destroy_with_parent (r->window, TRUE);
  gtk_window_set_default_size (r->window, 620, 520);
  gtk_widget_add_css_class (add, "suggested-action");
  gtk_widget_set_name (add, "add-event");
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_clicked_cb), r);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), add);
  gtk_window_set_titlebar (r->window, header);

  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_widget_add_css_class (intro, "dim-label");
  r->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_name (GTK_WIDGET (r->list), "events-list");
  gtk_list_box_set_selection_mode (r->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (r->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (r->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Events over 200 People"), -1);
  g_signal_connect (r->list, "row-activated", G_CALLBACK (on_row_activated_cb), r);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_box_append (GTK_BOX (box), intro);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (r->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_window_set_child (r->window, scroller);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (GTK_WIDGET (r->window), keys);

  /* Freed as the list goes, while the list the reload watches lives. */
  g_object_set_data (G_OBJECT (r->list), "fy-register", r);
  g_signal_connect_swapped (r->list, "destroy", G_CALLBACK (register_free), r);
  r->lazy = fy_lazy_reload_new (GTK_WIDGET (r->list), reload, FY_LAZY_RELOAD_AT_ONCE, 0);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), r->list, 0);
  gtk_window_present (r->window);
  gtk_widget_grab_focus (add);
  return r->window;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every dialog of the window, opened for real on the demo company: it comes
 * up with the keyboard focus in its first field (never on a button of the
 * header bar), Escape cancels it, and Enter in a single-line field answers
 * the dialog once — the zone level-change reason applies and closes, a
 * cancelled one reports nothing; the follow-up note saves on Enter; after
 * loading the demo the Health page's focus is in a temperature field. */
#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "fy-absence-dialog.h"
#include "fy-backups-dialog.h"
#include "fy-cadence-dialog.h"
#include "fy-daily-report-dialog.h"
#include "fy-disinfection-dialogs.h"
#include "fy-entry-model.h"
#include "fy-entry-row.h"
#include "fy-followup-dialog-private.h"
#include "fy-followup-dialog.h"
#include "fy-gate-check-dialog.h"
#include "fy-gate-checkout-dialog.h"
#include "fy-gate-events.h"
#include "fy-gui-test-support.h"
#include "fy-import-dialog.h"
#include "fy-ledgers-page-private.h"
#include "fy-ledgers-page.h"
#include "fy-monitor-dialog.h"
#include "fy-operator-dialog.h"
#include "fy-pages.h"
#include "fy-plans-dialogs.h"
#include "fy-preferences.h"
#include "fy-quarantine-dialog.h"
#include "fy-release-dialog.h"
#include "fy-return-dialog.h"
#include "fy-staff-dialog.h"
#include "fy-supply-item-dialog.h"
#include "fy-supply-move-dialog.h"
#include "fy-test-record-dialog.h"
#include "fy-test-results-dialog.h"
#include "fy-test-round-dialog.h"
#include "fy-trip-dialog.h"
#include "fy-truck-dialog.h"
#include "fy-vaccination-dialog.h"
#include "fy-visitor-dialog.h"
#include "fy-zone-dialogs.h"

#define TODAY "2026-11-22"

static FyStore *demo;

static gint64
first_id (const char *sql)
{
  gint64 id = fy_test_query_int (demo, sql);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
a_person (void)
{
  return first_id ("SELECT min(id) FROM staff WHERE status = 'on_site'");
}

/* The newest toplevel that is not `known` (the dialog just opened). */
static GtkWindow *
new_toplevel (GList *known)
{
  g_autoptr(GList) now = gtk_window_list_toplevels ();

  for (GList *l = now; l; l = l->next)
    if (!g_list_find (known, l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

/* ------------------------------------------------------------------ */
/* The dialogs, one opener each                                        */

static void open_trip_picker (void) { fy_trip_dialog_present (NULL, demo, 0); }
static void open_trip_person (void) { fy_trip_dialog_present (NULL, demo, a_person ()); }
static void open_staff_new (void) { fy_staff_dialog_present (NULL, demo, 0); }
static void open_staff_edit (void) { fy_staff_dialog_present (NULL, demo, a_person ()); }
static void open_test_record (void) { fy_test_record_dialog_present (NULL, demo, a_person ()); }
static void open_vaccination (void) { fy_vaccination_dialog_present (NULL, demo, a_person ()); }
static void open_quarantine (void) { fy_quarantine_dialog_present (NULL, demo, a_person ()); }
static void open_cadence (void) { fy_cadence_dialog_present (NULL, demo); }
static void open_import (void) { fy_import_dialog_present (NULL, demo); }
static void open_report (void) { fy_daily_report_dialog_present (NULL, demo, TODAY); }
static void open_preferences (void) { fy_preferences_present (NULL, demo); }
static void open_backups (void) { fy_backups_dialog_present (NULL, demo); }

static void
open_followup (void)
{
  fy_followup_dialog_present (NULL, demo, first_id ("SELECT min(id) FROM follow_up WHERE closed_at IS NULL"));
}

static void
open_return (void)
{
  fy_return_dialog_present (NULL, demo, first_id ("SELECT min(id) FROM trip WHERE returned_on IS NULL"));
}

static void
open_release (void)
{
  fy_release_dialog_present (NULL, demo, first_id ("SELECT min(id) FROM quarantine WHERE released_on IS NULL"));
}

static void
open_test_round (void)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 id = a_person ();

  g_array_append_val (ids, id);
  fy_test_round_dialog_present (NULL, demo, NULL, ids);
}

static void
open_test_results (void)
{
  fy_test_results_dialog_present (NULL, demo, first_id ("SELECT max(id) FROM test_round"));
}

static void
ignore_text (const char *text, gpointer data)
{
}

static void
open_reason (void)
{
  fy_zone_ask_reason (NULL, "Workshop 2", FY_ZONE_LEVEL_GREEN, FY_ZONE_LEVEL_RED, ignore_text, NULL, NULL);
}

static void
ignore_new_map (const char *response, const char *name, double w, double h, gpointer data)
{
}

static void
open_new_map (void)
{
  fy_zone_ask_new_map (NULL, "Site", ignore_new_map, NULL, NULL);
}

static void open_absence (void) { fy_absence_dialog_present (NULL, demo, a_person (), 0); }
static void open_operator (void) { fy_operator_dialog_present (NULL, demo); }
static void open_dis_entry (void) { fy_disinfection_entry_dialog_present (NULL, demo, 0); }
static void open_dis_schedule (void) { fy_disinfection_schedule_dialog_present (NULL, demo, NULL); }
static void open_dis_repeat (void) { fy_disinfection_repeat_dialog_present (NULL, demo); }
static void open_visitor (void) { fy_visitor_dialog_present (NULL, demo, 0); }
static void open_truck (void) { fy_truck_dialog_present (NULL, demo, 0); }
static void open_gate_events (void) { fy_gate_events_present (NULL, demo); }
static void open_gate_event (void) { fy_gate_event_dialog_present (NULL, demo, NULL); }

static void
open_monitor (void)
{
  fy_monitor_dialog_present (NULL, demo, first_id ("SELECT min(id) FROM quarantine WHERE released_on IS NULL"));
}

static void
open_supply_item (void)
{
  gtk_window_present (GTK_WINDOW (fy_supply_item_dialog_new (NULL, demo)));
}

static void
open_supply_receipt (void)
{
  gtk_window_present (GTK_WINDOW (fy_supply_move_dialog_new (NULL, demo, FY_SUPPLY_MOVE_RECEIPT)));
}

static void
open_supply_issue (void)
{
  gtk_window_present (GTK_WINDOW (fy_supply_move_dialog_new (NULL, demo, FY_SUPPLY_MOVE_ISSUE)));
}

/* The plans dialogs take the widget they were asked from: a window that
 * is never shown stands in for the page. */
static GtkWidget *
plans_host (void)
{
  return gtk_window_new ();
}

static void
open_emergency (void)
{
  fy_emergency_dialog_present (plans_host (), demo, a_person (), FY_EMERGENCY_POSITIVE);
}

static void open_taskforce (void) { fy_taskforce_dialog_present (plans_host (), demo); }
static void open_document (void) { fy_document_dialog_present (plans_host (), demo); }
static void open_drill (void) { fy_drill_dialog_present (plans_host (), demo); }

static void open_gate_register (void) { fy_gate_check_dialog_present (NULL, demo, 0); }

static void
open_gate_check (void)
{
  fy_gate_check_dialog_present (NULL, demo, fy_test_add_gate_truck (demo, FALSE));
}

static void
open_gate_checkout (void)
{
  fy_gate_checkout_dialog_present (NULL, demo, fy_test_add_gate_truck (demo, TRUE));
}

typedef struct
{
  const char *name;
  void      (*open) (void);
} Opener;

static const Opener openers[] = {
  { "trip-picker", open_trip_picker },
  { "trip-person", open_trip_person },
  { "staff-new", open_staff_new },
  { "staff-edit", open_staff_edit },
  { "test-record", open_test_record },
  { "vaccination", open_vaccination },
  { "quarantine", open_quarantine },
  { "cadence", open_cadence },
  { "import", open_import },
  { "daily-report", open_report },
  { "preferences", open_preferences },
  { "backups", open_backups },
  { "followup", open_followup },
  { "return", open_return },
  { "release", open_release },
  { "test-round", open_test_round },
  { "test-results", open_test_results },
  { "zone-reason", open_reason },
  { "zone-new-map", open_new_map },
  { "absence", open_absence },
  { "monitor", open_monitor },
  { "operator", open_operator },
  { "supply-item", open_supply_item },
  { "supply-receipt", open_supply_receipt },
  { "supply-issue", open_supply_issue },
  { "disinfection-entry", open_dis_entry },
  { "disinfection-schedule", open_dis_schedule },
  { "disinfection-repeat", open_dis_repeat },
  { "gate-visitor", open_visitor },
  { "gate-truck", open_truck },
  { "gate-events", open_gate_events },
  { "gate-event", open_gate_event },
  { "emergency", open_emergency },
  { "taskforce", open_taskforce },
  { "document", open_document },
  { "drill", open_drill },
  { "gate-register", open_gate_register },
  { "gate-check", open_gate_check },
  { "gate-checkout", open_gate_checkout },
};

/* Opens the dialog and returns it, focused and shown. */
static GtkWindow *
open_dialog (const Opener *o)
{
  g_autoptr(GList) before = gtk_window_list_toplevels ();
  GtkWindow *dialog;

  o->open ();
  fy_gui_test_iterate ();
  dialog = new_toplevel (before);
  if (dialog == NULL)
    g_error ("%s: no dialog came up", o->name);
  return dialog;
}

/* Activates the dialog's Escape shortcut as the key press would. */
static gboolean
press_escape (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);
      if (!GTK_IS_SHORTCUT_CONTROLLER (c))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (c)); j++)
        {
          g_autoptr(GtkShortcut) s = g_list_model_get_item (G_LIST_MODEL (c), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (s));
          if (g_str_equal (trigger, "Escape"))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (s), 0, widget,
                                                 gtk_shortcut_get_arguments (s));
        }
    }
  return FALSE;
}

static gboolean
is_gone (gpointer window)
{
  return !fy_gui_test_is_toplevel (window);
}

static gboolean
is_text_field (GtkWidget *widget, gconstpointer unused)
{
  return GTK_IS_TEXT (widget) && gtk_widget_is_drawable (widget) && gtk_widget_is_sensitive (widget)
         && gtk_editable_get_editable (GTK_EDITABLE (widget))
         && !gtk_widget_get_ancestor (widget, ADW_TYPE_HEADER_BAR);
}

/* A field of the form: a text field or a drop-down (a choice), outside
 * the header bar. */
static gboolean
is_field (GtkWidget *widget, gconstpointer unused)
{
  return is_text_field (widget, NULL)
         || ((GTK_IS_DROP_DOWN (widget) || ADW_IS_COMBO_ROW (widget)) && gtk_widget_is_drawable (widget)
             && gtk_widget_is_sensitive (widget) && !gtk_widget_get_ancestor (widget, ADW_TYPE_HEADER_BAR));
}

/* The focus is on something to work with: not nothing, not Cancel (which
 * Enter or Space would press), not a view switcher, and in a text field
 * when the dialog has one (or in its list, where results are typed) —
 * unless the form starts with a choice: then in that very drop-down. */
static void
assert_focus_in_field (const char *name, GtkWindow *dialog)
{
  GtkWidget *focus = gtk_window_get_focus (dialog);
  GtkWidget *choice = focus ? gtk_widget_get_ancestor (focus, GTK_TYPE_DROP_DOWN) : NULL;

  if (choice == NULL && focus)
    choice = gtk_widget_get_ancestor (focus, ADW_TYPE_COMBO_ROW);
  if (focus == NULL)
    g_error ("%s: nothing has the focus", name);
  if (choice && choice == fy_gui_test_find_widget (GTK_WIDGET (dialog), is_field, NULL))
    return;
  if ((GTK_IS_BUTTON (focus) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (focus)), fy_test_tr ("_Cancel")) == 0)
      || g_str_equal (G_OBJECT_TYPE_NAME (focus), "AdwViewSwitcherButton")
      || (!GTK_IS_TEXT (focus) && !gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_VIEW)
          && !gtk_widget_get_ancestor (focus, GTK_TYPE_COLUMN_VIEW)
          && fy_gui_test_find_widget (GTK_WIDGET (dialog), is_text_field, NULL)))
    g_error ("%s: the focus is on a %s (%s), not in the first field", name, G_OBJECT_TYPE_NAME (focus),
             GTK_IS_BUTTON (focus) ? gtk_button_get_label (GTK_BUTTON (focus)) : "");
}

static void
test_dialog (gconstpointer data)
{
  const Opener *o = data;
  GtkWindow *dialog = open_dialog (o);

  assert_focus_in_field (o->name, dialog);

  /* Escape: the dialog goes, nothing asked. */
  g_object_ref (dialog);
  for (GtkWidget *w = gtk_window_get_focus (dialog); w; w = gtk_widget_get_parent (w))
    if (press_escape (w))
      break;
  fy_gui_test_iterate ();
  if (!is_gone (dialog))
    g_error ("%s: Escape did not close the dialog", o->name);
  g_object_unref (dialog);
  fy_gui_test_destroy_all_windows ();
}

/* ------------------------------------------------------------------ */
/* Enter answers once                                                  */

typedef struct
{
  int   calls;
  char *text;
} Answers;

static void
count_answer (const char *text, gpointer data)
{
  Answers *a = data;

  a->calls++;
  g_free (a->text);
  a->text = g_strdup (text);
}

/* Enter in the focused single-line field, as the key press does. */
static void
press_enter (GtkWindow *dialog)
{
  GtkWidget *focus = gtk_window_get_focus (dialog);

  g_assert_true (GTK_IS_TEXT (focus));
  g_signal_emit_by_name (focus, "activate");
}

static void
test_reason_enter (void)
{
  Answers a = { 0 };
  AdwMessageDialog *dialog = fy_zone_ask_reason (NULL, "Workshop 2", FY_ZONE_LEVEL_GREEN, FY_ZONE_LEVEL_RED,
                                                 count_answer, &a, NULL);
  GtkWidget *focus;

  g_object_ref (dialog);
  fy_gui_test_iterate ();
  focus = gtk_window_get_focus (GTK_WINDOW (dialog));
  /* Empty: Enter does nothing (a reason is required). */
  press_enter (GTK_WINDOW (dialog));
  fy_gui_test_iterate ();
  g_assert_cmpint (a.calls, ==, 0);
  g_assert_false (is_gone (dialog));

  gtk_editable_set_text (GTK_EDITABLE (focus), "positive antigen test");
  press_enter (GTK_WINDOW (dialog));
  fy_gui_test_iterate ();
  g_assert_cmpint (a.calls, ==, 1);
  g_assert_cmpstr (a.text, ==, "positive antigen test");
  g_assert_true (is_gone (dialog));
  /* Closing it again answers nothing more. */
  gtk_window_close (GTK_WINDOW (dialog));
  fy_gui_test_iterate ();
  g_assert_cmpint (a.calls, ==, 1);
  g_object_unref (dialog);
  g_free (a.text);
}

static void
test_reason_cancel (void)
{
  Answers a = { 0 };
  AdwMessageDialog *dialog = fy_zone_ask_reason (NULL, "Workshop 2", FY_ZONE_LEVEL_GREEN, FY_ZONE_LEVEL_RED,
                                                 count_answer, &a, NULL);

  g_object_ref (dialog);
  fy_gui_test_iterate ();
  gtk_editable_set_text (GTK_EDITABLE (gtk_window_get_focus (GTK_WINDOW (dialog))), "typed, then cancelled");
  fy_gui_test_click (fy_gui_test_find_button (GTK_WIDGET (dialog), fy_test_tr ("_Cancel")));
  fy_gui_test_iterate ();
  g_assert_cmpint (a.calls, ==, 1);
  g_assert_null (a.text);
  g_assert_true (is_gone (dialog));
  g_object_unref (dialog);
}

static void
test_followup_enter (void)
{
  gint64 id = first_id ("SELECT min(id) FROM follow_up WHERE closed_at IS NULL");
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM follow_up WHERE id = %" G_GINT64_FORMAT
                                          " AND note = 'rechecked at the gate'", id);
  GtkWindow *dialog;
  GtkWidget *note;

  fy_followup_dialog_present (NULL, demo, id);
  fy_gui_test_iterate ();
  dialog = fy_gui_test_find_toplevel (FY_TYPE_FOLLOWUP_DIALOG);
  g_assert_nonnull (dialog);
  g_object_ref (dialog);
  note = GTK_WIDGET (fy_followup_dialog_get_note (FY_FOLLOWUP_DIALOG (dialog)));
  gtk_editable_set_text (GTK_EDITABLE (note), "rechecked at the gate");
  gtk_widget_grab_focus (note);
  press_enter (dialog);
  fy_gui_test_wait_until (is_gone, dialog);
  g_assert_cmpint (fy_test_query_int (demo, sql), ==, 1);
  g_object_unref (dialog);
}

/* ------------------------------------------------------------------ */
/* Accessible names                                                    */

/* The accessible name as GTK 4.8 computes it (gtk_at_context_get_name):
 * the label property, else the labelled-by relation (whose targets are
 * labels GTK or libadwaita set); with neither, a screen reader hears the
 * widget's type name. The label is read back through the test API, which
 * returns the real value when it differs from the one given. */
static gboolean
has_label (GtkWidget *widget)
{
  GtkAccessible *a = GTK_ACCESSIBLE (widget);
  g_autofree char *label = NULL;

  if (!gtk_test_accessible_has_property (a, GTK_ACCESSIBLE_PROPERTY_LABEL))
    return FALSE;
  label = gtk_test_accessible_check_property (a, GTK_ACCESSIBLE_PROPERTY_LABEL, "\x01");
  return label && *g_strstrip (label) && !g_str_has_prefix (label, "Gtk") && !g_str_has_prefix (label, "Adw");
}

static gboolean
is_pointer (GtkWidget *widget, gconstpointer text)
{
  g_autofree char *mine = g_strdup_printf ("%p", (gpointer) widget);
  return g_str_equal (mine, text);
}

/* The relation reads back as "GtkLabel<0x55…> GtkMenuButton<0x55…>": each
 * target, found again in the window, must have a label of its own (GTK
 * does not follow a target's own relations). */
static gboolean
labelled_by_named (GtkWidget *widget)
{
  GtkAccessible *a = GTK_ACCESSIBLE (widget);
  g_autofree char *refs = NULL;
  g_auto(GStrv) parts = NULL;
  gboolean named = FALSE;

  if (!gtk_test_accessible_has_relation (a, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return FALSE;
  refs = gtk_test_accessible_check_relation (a, GTK_ACCESSIBLE_RELATION_LABELLED_BY, NULL);
  parts = g_strsplit (refs ? refs : "", " ", -1);
  for (guint i = 0; parts[i]; i++)
    {
      char *open = strchr (parts[i], '<');
      char *close = open ? strchr (open, '>') : NULL;
      GtkWidget *target;
      if (close == NULL)
        continue;
      *close = '\0';
      target = fy_gui_test_find_widget (GTK_WIDGET (gtk_widget_get_root (widget)), is_pointer, open + 1);
      if (target == NULL || !has_label (target))
        return FALSE;
      named = TRUE;
    }
  return named;
}

static gboolean
has_name (GtkWidget *widget)
{
  return has_label (widget) || labelled_by_named (widget);
}

/* Roles a screen reader passes over for the element around it. */
static gboolean
is_structural (GtkWidget *widget)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));

  return role == GTK_ACCESSIBLE_ROLE_NONE || role == GTK_ACCESSIBLE_ROLE_PRESENTATION
         || role == GTK_ACCESSIBLE_ROLE_GENERIC || role == GTK_ACCESSIBLE_ROLE_GROUP;
}

/* What the focus announces, or NULL when it is no control: the text
 * part of an entry speaks for the entry around it; a container that only
 * passes the focus on (a paned, a page) has a structural role; the parts
 * inside a button never get the focus (the drop-down's shown item). */
static GtkWidget *
announced (GtkWidget *widget)
{
  if (gtk_widget_get_ancestor (gtk_widget_get_parent (widget), GTK_TYPE_BUTTON))
    return NULL;
  if (GTK_IS_TEXT (widget) && has_name (widget))
    return widget;
  if (GTK_IS_TEXT (widget))
    {
      while (widget && is_structural (widget))
        widget = gtk_widget_get_parent (widget);
      return widget;
    }
  return is_structural (widget) ? NULL : widget;
}

static void
collect_unnamed (GtkWidget *widget, const char *where, gpointer problems)
{
  /* can-focus FALSE keeps the focus out of the children too. */
  if (!gtk_widget_is_drawable (widget) || !gtk_widget_get_can_focus (widget))
    return;
  /* A paned is no Tab stop (GTK passes the focus on to its children), nor
   * is a list box without rows. */
  if (gtk_widget_get_focusable (widget) && gtk_widget_is_sensitive (widget) && !GTK_IS_PANED (widget)
      && !(GTK_IS_LIST_BOX (widget) && gtk_widget_get_first_child (widget) == NULL))
    {
      GtkWidget *told = announced (widget);
      /* Both a label and a labelled-by relation: GTK reads the two one
       * after the other ("Print… Print…"). */
      gboolean twice = told && has_label (told) && labelled_by_named (told);
      if (told && (!has_name (told) || twice))
        {
          GString *chain = g_string_new (twice ? "named twice: " : "");
          g_string_append (chain, G_OBJECT_TYPE_NAME (told));
          for (GtkWidget *p = gtk_widget_get_parent (told); p && chain->len < 160; p = gtk_widget_get_parent (p))
            g_string_append_printf (chain, " < %s", gtk_buildable_get_buildable_id (GTK_BUILDABLE (p))
                                                      ? gtk_buildable_get_buildable_id (GTK_BUILDABLE (p))
                                                      : G_OBJECT_TYPE_NAME (p));
          fy_gui_test_add_problem (problems, g_strdup_printf ("%s: %s", where, chain->str));
          g_string_free (chain, TRUE);
        }
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_unnamed (c, where, problems);
}

static void
test_pages_named (void)
{
  FyWindow *win = fy_gui_test_make_window (demo);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  gtk_window_set_default_size (GTK_WINDOW (win), 1280, 800);
  fy_gui_test_walk_pages (win, collect_unnamed, problems);
  /* The window around the pages: header bar, menus. */
  collect_unnamed (GTK_WIDGET (win), "window", problems);
  fy_gui_test_report_problems (problems, "focusable controls without an accessible name");
  fy_gui_test_destroy (win);
}

static void
test_dialogs_named (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (openers); i++)
    {
      GtkWindow *dialog = open_dialog (&openers[i]);
      fy_gui_test_walk_views (GTK_WIDGET (dialog), openers[i].name, collect_unnamed, problems);
      fy_gui_test_destroy_all_windows ();
    }
  fy_gui_test_report_problems (problems, "focusable controls without an accessible name");
}

/* ------------------------------------------------------------------ */
/* Mnemonics                                                           */

static void
collect_mnemonics (GtkWidget *widget, GHashTable *seen, const char *where, GPtrArray *problems)
{
  if (!gtk_widget_is_drawable (widget))
    return;
  if (GTK_IS_LABEL (widget) && gtk_label_get_use_underline (GTK_LABEL (widget))
      && strchr (gtk_label_get_label (GTK_LABEL (widget)), '_') != NULL)
    {
      guint key = gdk_keyval_to_lower (gtk_label_get_mnemonic_keyval (GTK_LABEL (widget)));
      const char *text = gtk_label_get_label (GTK_LABEL (widget));
      GtkWidget *other = g_hash_table_lookup (seen, GUINT_TO_POINTER (key));
      GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);

      /* An entry row shows its title twice (empty, and above the text). */
      if (other && row && gtk_widget_get_ancestor (other, ADW_TYPE_PREFERENCES_ROW) == row)
        other = NULL;
      if (key != GDK_KEY_VoidSymbol && other != NULL)
        fy_gui_test_add_problem (problems, g_strdup_printf ("%s: “%s” and “%s”", where,
                                                            gtk_label_get_label (GTK_LABEL (other)), text));
      else if (key != GDK_KEY_VoidSymbol)
        g_hash_table_insert (seen, GUINT_TO_POINTER (key), widget);
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_mnemonics (c, seen, where, problems);
}

/* No two shown mnemonics of a dialog share a key (Alt+U in the truck
 * form went to 行驶路线 and 卸货点 in turn). Run in English and, by
 * meson, in Chinese (gui-a11y-mnemonics-zh_CN). */
static void
test_dialogs_mnemonics_unique (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (openers); i++)
    {
      GtkWindow *dialog = open_dialog (&openers[i]);
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

      collect_mnemonics (GTK_WIDGET (dialog), seen, openers[i].name, problems);
      fy_gui_test_destroy_all_windows ();
    }
  fy_gui_test_report_problems (problems, "mnemonics used twice in one dialog");
}

/* ------------------------------------------------------------------ */
/* Long lists are one Tab stop                                         */

static GtkEventController *
tab_out_controller (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);
      if (g_strcmp0 (gtk_event_controller_get_name (c), "fy-tab-out") == 0)
        return c;
    }
  return NULL;
}

/* A shown list or column view of more than 50 rows. */
static gboolean
is_long_list (GtkWidget *widget, gconstpointer unused)
{
  GListModel *model = NULL;

  if (!gtk_widget_is_drawable (widget))
    return FALSE;
  if (GTK_IS_COLUMN_VIEW (widget))
    model = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (widget)));
  else if (GTK_IS_LIST_VIEW (widget) && !GTK_IS_COLUMN_VIEW (gtk_widget_get_parent (widget)))
    model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (widget)));
  return model && g_list_model_get_n_items (model) > 50;
}

static void
collect_long_lists (GtkWidget *widget, GPtrArray *lists)
{
  if (!gtk_widget_is_drawable (widget))
    return;
  if (is_long_list (widget, NULL))
    {
      g_ptr_array_add (lists, widget);
      return;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_long_lists (c, lists);
}

static gboolean
shows_long_list (gpointer win)
{
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();

  collect_long_lists (win, lists);
  return lists->len > 0;
}

static gboolean
focus_in_entry_row (gpointer window);

/* Every long list of every page: Tab from inside it lands outside it. */
static void
test_lists_one_tab_stop (void)
{
  FyWindow *win = fy_gui_test_make_window (demo);
  guint n_pages, n_checked = 0;
  const FyPageInfo *pages = fy_pages_get (&n_pages);

  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr(GPtrArray) lists = g_ptr_array_new ();

      fy_window_show_page (win, pages[i].name);
      fy_gui_test_iterate ();
      /* The roster and the daily entry load when shown, in their own time
       * on a busy machine. */
      if (g_str_equal (pages[i].name, "staff") || g_str_equal (pages[i].name, "health"))
        fy_gui_test_wait_until (shows_long_list, win);
      /* The daily entry then puts the focus on the first missing reading,
       * a few frames later: Tab is pressed after that. */
      if (g_str_equal (pages[i].name, "health"))
        fy_gui_test_wait_until (focus_in_entry_row, win);
      collect_long_lists (GTK_WIDGET (win), lists);
      for (guint j = 0; j < lists->len; j++)
        {
          GtkWidget *list = lists->pdata[j];
          GtkEventController *keys = tab_out_controller (list);
          gboolean handled = FALSE;
          GtkWidget *focus;

          if (keys == NULL)
            g_error ("%s: a %s of many rows without a single Tab stop", pages[i].name, G_OBJECT_TYPE_NAME (list));
          if (!gtk_widget_child_focus (list, GTK_DIR_TAB_FORWARD))
            continue;
          g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Tab, 0, 0, &handled);
          fy_gui_test_iterate ();
          focus = gtk_window_get_focus (GTK_WINDOW (win));
          if (!handled || (focus != NULL && gtk_widget_is_ancestor (focus, list)))
            g_error ("%s: Tab in a %s (%s) %s, the focus on a %s inside it", pages[i].name,
                     G_OBJECT_TYPE_NAME (list), gtk_widget_get_name (list), handled ? "handled" : "not handled",
                     focus ? G_OBJECT_TYPE_NAME (focus) : "-");
          n_checked++;
        }
    }
  /* The roster and the daily entry at least. */
  g_assert_cmpuint (n_checked, >=, 2);
  fy_gui_test_destroy (win);
}

/* The accessible label of `widget` (owned; NULL when none). */
static char *
label_of (GtkWidget *widget)
{
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;
  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, "\x01");
}

static gboolean
focus_in_entry_row (gpointer window);

/* Tab along the daily entry says whom the reading is for. */
static void
test_entry_field_named (void)
{
  FyWindow *win = fy_gui_test_make_window (demo);
  GtkWidget *field, *entry;
  FyEntryRow *row;
  g_autofree char *label = NULL;
  g_autofree char *expected = NULL;

  fy_window_show_page (win, "health");
  fy_gui_test_wait_until (focus_in_entry_row, win);
  field = gtk_window_get_focus (GTK_WINDOW (win));
  entry = gtk_widget_get_ancestor (field, GTK_TYPE_ENTRY);
  row = FY_ENTRY_ROW (gtk_widget_get_ancestor (field, FY_TYPE_ENTRY_ROW));
  label = label_of (entry);
  /* "吴林, afternoon temperature": the person, then the session's field. */
  expected = g_strdup_printf ("%s, %s temperature", fy_entry_item_get_row (fy_entry_row_get_item (row))->person.name,
                              fy_entry_row_get_session (row) == FY_SESSION_MORNING ? "morning" : "afternoon");
  g_assert_cmpstr (label, ==, expected);
  fy_gui_test_destroy (win);
}

/* In the Ledgers list the focus moves freely; Enter (activation) shows. */
static void
test_ledger_list_focus (void)
{
  FyWindow *win = fy_gui_test_make_window (demo);
  GtkWidget *page, *list;
  GtkListBoxRow *second;
  GListModel *shown;

  fy_window_show_page (win, "ledgers");
  fy_gui_test_iterate ();
  page = fy_gui_test_find_child_of_type (GTK_WIDGET (win), FY_TYPE_LEDGERS_PAGE);
  list = fy_gui_test_find_buildable_id (page, "ledger_list");
  shown = fy_ledgers_page_get_model (FY_LEDGERS_PAGE (page));
  second = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (second)));
  fy_gui_test_iterate ();
  g_assert_true (fy_ledgers_page_get_model (FY_LEDGERS_PAGE (page)) == shown);
  gtk_widget_activate (GTK_WIDGET (second));
  fy_gui_test_iterate ();
  g_assert_true (fy_ledgers_page_get_model (FY_LEDGERS_PAGE (page)) != shown);
  fy_gui_test_destroy (win);
}

/* ------------------------------------------------------------------ */
/* The Health page after the demo                                      */

static gboolean
focus_in_entry_row (gpointer window)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  return focus && GTK_IS_TEXT (focus) && gtk_widget_get_ancestor (focus, FY_TYPE_ENTRY_ROW);
}

static void
test_health_after_demo (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FyWindow *win = fy_gui_test_make_window (store);

  fy_gui_test_click (fy_gui_test_find_buildable_id (GTK_WIDGET (win), "demo_button"));
  fy_window_show_page (win, "health");
  fy_gui_test_wait_until (focus_in_entry_row, win);
  fy_gui_test_destroy (win);
}

int
main (int argc, char **argv)
{
  int status;

  if (!fy_gui_test_init (&argc, &argv, TODAY))
    return 0;
  demo = fy_test_open_demo_store ();
  for (guint i = 0; i < G_N_ELEMENTS (openers); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gui/focus/dialog/%s", openers[i].name);
      g_test_add_data_func (path, &openers[i], test_dialog);
    }
  g_test_add_func ("/gui/focus/reason-enter", test_reason_enter);
  g_test_add_func ("/gui/focus/reason-cancel", test_reason_cancel);
  g_test_add_func ("/gui/focus/followup-enter", test_followup_enter);
  g_test_add_func ("/gui/focus/health-after-demo", test_health_after_demo);
  g_test_add_func ("/gui/a11y/pages-named", test_pages_named);
  g_test_add_func ("/gui/a11y/dialogs-named", test_dialogs_named);
  g_test_add_func ("/gui/a11y/dialogs-mnemonics-unique", test_dialogs_mnemonics_unique);
  g_test_add_func ("/gui/a11y/entry-field-named", test_entry_field_named);
  g_test_add_func ("/gui/a11y/ledger-list-focus", test_ledger_list_focus);
  g_test_add_func ("/gui/a11y/lists-one-tab-stop", test_lists_one_tab_stop);
  status = g_test_run ();
  fy_gui_test_destroy_all_windows ();
  g_assert_finalize_object (demo);
  return status;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The pieces every page shares, built for real under Xvfb: the error dialog
 * (over the right window, heading and reason as given, one Close button that
 * is default and close response), the people picker's quick form (the
 * roster without those who left, filtered as typed, a pick on click or
 * Enter) and the reload-when-shown helper (nothing while hidden, once when
 * shown, at once / after idle / after a pause while shown) and the grid of
 * checks (one Tab stop, arrows from check to check) and the tooltip label
 * fitted to Chinese text. */
#include "config.h"

#include <adwaita.h>

#include "fy-error-dialog.h"
#include "fy-file-toast.h"
#include "fy-form-util.h"
#include "fy-tooltip-fit.h"
#include "fy-lazy-reload.h"
#include "fy-person-picker.h"
#include "fy-staff.h"
#include "fy-gui-test-support.h"

static void
on_response_cb (AdwMessageDialog *dialog, const char *response, char **answer)
{
  g_free (*answer);
  *answer = g_strdup (response);
}

static void
test_error_dialog (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new ("inside");
  AdwMessageDialog *dialog;
  g_autofree char *answer = NULL;

  gtk_box_append (GTK_BOX (box), label);
  gtk_window_set_child (window, box);
  gtk_window_present (window);
  fy_gui_test_iterate ();

  /* From a widget deep inside: the dialog sits over that widget's window. */
  dialog = fy_show_error (label, "The map was not printed", "The printer is out of paper.");
  fy_gui_test_iterate ();
  g_assert_true (fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == window);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The map was not printed");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "The printer is out of paper.");
  g_assert_true (adw_message_dialog_has_response (dialog, "close"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "close");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "close");
  g_assert_nonnull (fy_gui_test_find_button (GTK_WIDGET (dialog), "_Close"));

  /* Its one button closes it. */
  g_signal_connect (dialog, "response", G_CALLBACK (on_response_cb), &answer);
  fy_gui_test_click (fy_gui_test_find_button (GTK_WIDGET (dialog), "_Close"));
  g_assert_cmpstr (answer, ==, "close");
  g_assert_false (fy_gui_test_is_toplevel (dialog));

  /* A window itself, or nothing at all, works as well. */
  dialog = fy_show_error (GTK_WIDGET (window), "Heading", "Body");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == window);
  gtk_window_destroy (GTK_WINDOW (dialog));
  dialog = fy_show_error (NULL, "Heading", "Body");
  g_assert_null (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  fy_gui_test_destroy_all_windows ();
}

/* ------------------------------------------------------------------ */
/* FyLazyReload                                                        */

static guint n_reloads;

static void
count_reload (gpointer widget)
{
  g_assert_true (GTK_IS_LABEL (widget));
  n_reloads++;
}

/* A label in a stack, on the page that is not shown. */
static GtkWidget *
hidden_label (GtkStack **stack_out)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkStack *stack = GTK_STACK (gtk_stack_new ());
  GtkWidget *label = gtk_label_new ("data");

  gtk_stack_add_named (stack, gtk_label_new ("other"), "other");
  gtk_stack_add_named (stack, label, "data");
  gtk_stack_set_visible_child_name (stack, "other");
  gtk_window_set_child (window, GTK_WIDGET (stack));
  gtk_window_present (window);
  fy_gui_test_iterate ();
  g_assert_false (gtk_widget_get_mapped (label));
  *stack_out = stack;
  return label;
}

static void
show (GtkStack *stack, const char *name)
{
  gtk_stack_set_visible_child_name (stack, name);
  fy_gui_test_iterate ();
}

static void
test_lazy_reload_at_once (void)
{
  GtkStack *stack;
  GtkWidget *label = hidden_label (&stack);
  FyLazyReload *lazy = fy_lazy_reload_new (label, count_reload, FY_LAZY_RELOAD_AT_ONCE, 0);

  /* Never loaded, hidden: nothing, however many changes. */
  n_reloads = 0;
  fy_lazy_reload_request (lazy);
  fy_lazy_reload_request (lazy);
  fy_gui_test_iterate ();
  g_assert_cmpuint (n_reloads, ==, 0);
  g_assert_true (fy_lazy_reload_is_stale (lazy));

  /* First shown: one load. */
  show (stack, "data");
  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_cmpuint (n_reloads, ==, 1);
  g_assert_false (fy_lazy_reload_is_stale (lazy));

  /* Shown: a request reloads before it returns. */
  fy_lazy_reload_request (lazy);
  g_assert_cmpuint (n_reloads, ==, 2);

  /* Hidden and shown again with nothing changed: no reload. */
  show (stack, "other");
  show (stack, "data");
  g_assert_cmpuint (n_reloads, ==, 2);

  /* Changes while hidden: one reload when shown. */
  show (stack, "other");
  fy_lazy_reload_request (lazy);
  fy_lazy_reload_request (lazy);
  fy_lazy_reload_request (lazy);
  g_assert_cmpuint (n_reloads, ==, 2);
  show (stack, "data");
  g_assert_cmpuint (n_reloads, ==, 3);

  /* A page that reloaded by itself while hidden is not stale any more. */
  show (stack, "other");
  fy_lazy_reload_request (lazy);
  fy_lazy_reload_done (lazy);
  show (stack, "data");
  g_assert_cmpuint (n_reloads, ==, 3);

  /* Freed: showing the widget again calls nothing. */
  fy_lazy_reload_free (lazy);
  show (stack, "other");
  show (stack, "data");
  g_assert_cmpuint (n_reloads, ==, 3);
  fy_gui_test_destroy_all_windows ();
}

static gboolean
reloaded (gpointer data)
{
  return n_reloads >= GPOINTER_TO_UINT (data);
}

static void
test_lazy_reload_deferred (void)
{
  GtkStack *stack;
  GtkWidget *label = hidden_label (&stack);
  FyLazyReload *idle = fy_lazy_reload_new (label, count_reload, FY_LAZY_RELOAD_IDLE, 0);
  FyLazyReload *settled = NULL;
  gint64 start;

  n_reloads = 0;
  show (stack, "data");
  g_assert_cmpuint (n_reloads, ==, 1);

  /* A burst while shown: nothing yet, then one reload once idle. */
  fy_lazy_reload_request (idle);
  fy_lazy_reload_request (idle);
  fy_lazy_reload_request (idle);
  g_assert_cmpuint (n_reloads, ==, 1);
  fy_gui_test_iterate ();
  g_assert_cmpuint (n_reloads, ==, 2);

  /* A reload of its own cancels the pending one. */
  fy_lazy_reload_request (idle);
  fy_lazy_reload_done (idle);
  fy_gui_test_iterate ();
  g_assert_cmpuint (n_reloads, ==, 2);
  fy_lazy_reload_free (idle);

  /* Settled: each request restarts the wait; one reload after the pause. */
  settled = fy_lazy_reload_new (label, count_reload, FY_LAZY_RELOAD_SETTLED, 200);
  fy_lazy_reload_done (settled);      /* as if loaded already */
  n_reloads = 0;
  start = g_get_monotonic_time ();
  fy_lazy_reload_request (settled);
  fy_lazy_reload_request (settled);
  fy_gui_test_iterate ();
  g_assert_cmpuint (n_reloads, ==, 0);
  fy_gui_test_wait_until (reloaded, GUINT_TO_POINTER (1));
  g_assert_cmpuint (n_reloads, ==, 1);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 200 * 1000);

  /* Freed with a reload pending: it never comes. */
  fy_lazy_reload_request (settled);
  fy_lazy_reload_free (settled);
  g_usleep (300 * 1000);
  fy_gui_test_iterate ();
  g_assert_cmpuint (n_reloads, ==, 1);
  fy_gui_test_destroy_all_windows ();
}

/* ------------------------------------------------------------------ */
/* FyPersonPicker, quick form                                          */

static gint64
add_person (FyStore *store, const char *no, const char *name, const char *department, const char *phone)
{
  g_autoptr(FyStaff) s = fy_test_staff_new (no, name);

  fy_test_set_text (&s->department, department);
  fy_test_set_text (&s->phone, phone);
  fy_test_save_staff (store, s);
  return s->id;
}

static void
on_picked_cb (FyPersonPicker *picker, gint64 staff_id, gint64 *picked)
{
  *picked = staff_id;
}

static void
test_person_picker_quick (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStore) store = fy_test_open_store ();
  gint64 zhang = add_person (store, "E001", "张伟", "生产部", "13812345678");
  gint64 li = add_person (store, "E002", "李娜", "质检部", "13900001111");
  gint64 wang = add_person (store, "E003", "王芳", "生产部", "13700002222");
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  FyPersonPicker *picker = FY_PERSON_PICKER (fy_person_picker_new_quick (store));
  GListModel *rows = fy_person_picker_get_model (picker);
  GtkWidget *empty = gtk_widget_get_last_child (GTK_WIDGET (picker));
  gint64 picked = -1;

  g_assert_true (fy_staff_mark_left (store, wang, "2026-11-01", &error));
  g_assert_no_error (error);
  g_signal_connect (picker, "picked", G_CALLBACK (on_picked_cb), &picked);
  gtk_window_set_child (window, GTK_WIDGET (picker));
  gtk_window_present (window);
  fy_gui_test_iterate ();

  /* Nothing until the roster is read; then the current staff only. */
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);
  fy_person_picker_reload (picker);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
  g_assert_true (GTK_IS_LABEL (empty));
  g_assert_false (gtk_widget_get_visible (empty));

  /* Department and phone digits match too, in memory. */
  fy_person_picker_set_search (picker, "质检");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  fy_person_picker_set_search (picker, "5678");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  fy_person_picker_set_search (picker, "王芳");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);
  g_assert_true (gtk_widget_get_visible (empty));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (empty)), ==, "Nobody in the roster matches.");
  g_assert_cmpint (picked, ==, -1);

  /* Enter in the search picks the first match; so does a click on a row. */
  fy_person_picker_set_search (picker, "李");
  g_signal_emit_by_name (fy_person_picker_get_search (picker), "activate");
  g_assert_cmpint (picked, ==, li);
  fy_person_picker_set_search (picker, "");
  fy_person_picker_activate_row (picker, 0);
  g_assert_cmpint (picked, ==, zhang);

  /* Read again: the search starts empty. */
  fy_person_picker_set_search (picker, "李");
  fy_person_picker_reload (picker);
  g_assert_cmpstr (gtk_editable_get_text (fy_person_picker_get_search (picker)), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
  fy_gui_test_destroy_all_windows ();
}

/* After an export: the file's name, "Open" and "Show in Folder". */
static GtkEventController *
named_controller (GtkWidget *widget, const char *name)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);
      if (g_strcmp0 (gtk_event_controller_get_name (c), name) == 0)
        return c;
    }
  return NULL;
}

/* Six checks between two buttons: Tab goes button, one check, button;
 * the arrows walk the checks themselves (never their flow-box cells), and
 * Space ticks the one with the focus. */
static void
test_check_grid (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *before = gtk_button_new_with_label ("before");
  GtkWidget *after = gtk_button_new_with_label ("after");
  GtkWidget *grid = fy_form_check_grid (3);
  GtkWidget *checks[6];
  GtkEventController *tab_out = named_controller (grid, "fy-tab-out");
  gboolean handled = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      g_autofree char *label = g_strdup_printf ("check %u", i);
      checks[i] = gtk_check_button_new_with_label (label);
      fy_form_check_grid_add (grid, checks[i]);
    }
  gtk_box_append (GTK_BOX (box), before);
  gtk_box_append (GTK_BOX (box), grid);
  gtk_box_append (GTK_BOX (box), after);
  gtk_window_set_child (window, box);
  gtk_window_set_default_size (window, 600, 200);
  gtk_window_present (window);
  fy_gui_test_iterate ();

  g_assert_nonnull (tab_out);
  gtk_widget_grab_focus (before);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_window_get_focus (window) == checks[0]);
  /* Right, then Down (three a line): checks 1 and 4, never a cell. */
  g_signal_emit_by_name (grid, "move-cursor", GTK_MOVEMENT_VISUAL_POSITIONS, 1, FALSE, FALSE, &handled);
  g_assert_true (handled);
  g_assert_true (gtk_window_get_focus (window) == checks[1]);
  g_signal_emit_by_name (grid, "move-cursor", GTK_MOVEMENT_DISPLAY_LINES, 1, FALSE, FALSE, &handled);
  g_assert_true (gtk_window_get_focus (window) == checks[4]);
  g_assert_true (gtk_widget_activate (checks[4]));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (checks[4])));
  /* Tab from inside: out of the grid in one step, either way. */
  handled = FALSE;
  g_signal_emit_by_name (tab_out, "key-pressed", GDK_KEY_Tab, 0, 0, &handled);
  g_assert_true (handled);
  g_assert_true (gtk_window_get_focus (window) == after);
  gtk_widget_grab_focus (checks[2]);
  handled = FALSE;
  g_signal_emit_by_name (tab_out, "key-pressed", GDK_KEY_ISO_Left_Tab, 0, GDK_SHIFT_MASK, &handled);
  g_assert_true (handled);
  g_assert_true (gtk_window_get_focus (window) == before);
  gtk_window_destroy (window);
}

/* GTK gives a tooltip's label as many average character widths as its
 * text has characters, again on each new text: a Chinese one gets two
 * cells a character, a Latin one keeps GTK's width. */
static void
test_tooltip_fit (void)
{
  GtkLabel *label = GTK_LABEL (g_object_ref_sink (gtk_label_new (NULL)));

  fy_tooltip_fit_label (label);
  gtk_label_set_text (label, "录入上午体温");
  gtk_label_set_max_width_chars (label, 6);   /* what GTK 4.8 sets */
  g_assert_cmpint (gtk_label_get_max_width_chars (label), ==, 12);
  gtk_label_set_text (label, "Open the evidence");
  gtk_label_set_max_width_chars (label, 17);
  g_assert_cmpint (gtk_label_get_max_width_chars (label), ==, 17);
  gtk_label_set_text (label, "这是一个比较长的提示文字，用来检查换行是否正常，以及宽度是否合适，不要太宽");
  gtk_label_set_max_width_chars (label, 37);
  g_assert_cmpint (gtk_label_get_max_width_chars (label), ==, 50);
  g_object_unref (label);
}

static void
test_file_toast (void)
{
  g_autoptr(AdwToast) toast = fy_file_toast_new ("Saved “roster.xlsx”", "/tmp/x/roster.xlsx");
  GtkWidget *title = adw_toast_get_custom_title (toast);
  GtkWidget *open = fy_gui_test_find_button (title, fy_test_tr ("_Open"));
  GtkWidget *show = fy_gui_test_find_button (title, fy_test_tr ("Show in _Folder"));

  g_assert_nonnull (open);
  g_assert_nonnull (show);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (open), "fy-path"), ==, "/tmp/x/roster.xlsx");
  g_assert_cmpstr (g_object_get_data (G_OBJECT (show), "fy-path"), ==, "/tmp/x/roster.xlsx");
}

int
main (int argc, char **argv)
{
  if (!fy_gui_test_init (&argc, &argv, "2026-11-22"))
    return 0;
  g_test_add_func ("/gui/widgets/error-dialog", test_error_dialog);
  g_test_add_func ("/gui/widgets/file-toast", test_file_toast);
  g_test_add_func ("/gui/widgets/check-grid", test_check_grid);
  g_test_add_func ("/gui/widgets/tooltip-fit", test_tooltip_fit);
  g_test_add_func ("/gui/widgets/person-picker-quick", test_person_picker_quick);
  g_test_add_func ("/gui/widgets/lazy-reload/at-once", test_lazy_reload_at_once);
  g_test_add_func ("/gui/widgets/lazy-reload/deferred", test_lazy_reload_deferred);
  return g_test_run ();
}

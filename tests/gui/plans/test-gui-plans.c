/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Plans page in the real window under Xvfb: a checklist run by keyboard
 * (the dialog opens with the focus on the first answer, the proposed
 * answers are preselected, Enter saves, a "no" with an action reaches the
 * action list), and the emergency procedure started from a positive result
 * through win.emergency-start (the dialog, the procedure written, Today
 * showing it above everything else). */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <time.h>
#include <utime.h>

#include "fy-checklist.h"
#include "fy-clock.h"
#include "fy-emergency.h"
#include "fy-gui-test-support.h"
#include "fy-plans-dialogs.h"
#include "fy-plans-page.h"
#include "fy-preferences.h"
#include "fy-plans.h"
#include "fy-store-private.h"

#define TODAY "2026-11-10"

static FyPlansPage *
show_plans (FyWindow *window)
{
  FyPlansPage *page;

  fy_window_show_page (window, "plans");
  fy_gui_test_iterate ();
  page = FY_PLANS_PAGE (fy_gui_test_find_child_of_type (GTK_WIDGET (window), FY_TYPE_PLANS_PAGE));
  g_assert_nonnull (page);
  return page;
}

static gboolean
dialog_gone (gpointer dialog)
{
  return !fy_gui_test_is_toplevel (dialog);
}

static void
collect_drop_downs (GtkWidget *widget, GPtrArray *out)
{
  if (GTK_IS_DROP_DOWN (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_drop_downs (c, out);
}

static void
test_checklist_by_keyboard (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  FyWindow *window;
  FyPlansPage *page;
  GtkWindow *dialog;
  GtkWidget *focus, *start, *checklists;
  GtkListBox *list;
  GtkDropDown *drop;
  gint64 staff = fy_test_add_staff (store, "001", "张三", NULL);

  (void) staff;
  window = fy_gui_test_make_window (store);
  page = show_plans (window);
  gtk_stack_set_visible_child_name (GTK_STACK (fy_gui_test_find_buildable_id (GTK_WIDGET (page), "stack")),
                                    "checklists");
  fy_gui_test_iterate ();
  checklists = fy_gui_test_find_buildable_id (GTK_WIDGET (page), "checklists_list");
  g_assert_nonnull (checklists);
  /* The daily gate check is the fourth template, after the "New
   * checklist…" row: its start button. */
  list = GTK_LIST_BOX (checklists);
  {
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, 4);
    g_assert_nonnull (row);
    start = fy_gui_test_find_child_of_type (GTK_WIDGET (row), GTK_TYPE_BUTTON);
    g_assert_nonnull (start);
    /* Enter on the row activates its button. */
    fy_gui_test_press (GTK_BUTTON (start));
  }
  dialog = NULL;
  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (ADW_IS_WINDOW (l->data) && !FY_IS_WINDOW (l->data) && gtk_widget_get_visible (l->data))
      dialog = l->data;
  g_assert_nonnull (dialog);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM checklist_run"), ==, 1);

  /* The focus is on the first item's answer; "readings" proposes No (one
   * morning reading missing). */
  focus = gtk_window_get_focus (dialog);
  g_assert_nonnull (focus);
  drop = GTK_DROP_DOWN (gtk_widget_get_ancestor (focus, GTK_TYPE_DROP_DOWN) ? gtk_widget_get_ancestor (focus, GTK_TYPE_DROP_DOWN)
                                                                              : focus);
  g_assert_true (GTK_IS_DROP_DOWN (drop));
  g_assert_cmpuint (gtk_drop_down_get_selected (drop), ==, FY_ANSWER_NO);

  /* Answer every item: choose Yes on the others (as arrow keys in the
   * drop-down do), leave the proposal on the first, type its problem and
   * action. */
  {
    g_autoptr(GPtrArray) drops = g_ptr_array_new ();
    GtkWidget *entry = fy_gui_test_find_named (GTK_WIDGET (dialog), "problem");
    GtkWidget *action = fy_gui_test_find_named (GTK_WIDGET (dialog), "action");

    collect_drop_downs (GTK_WIDGET (dialog), drops);
    g_assert_cmpuint (drops->len, ==, 5);
    g_assert_true (drops->pdata[0] == (gpointer) drop);
    for (guint i = 1; i < drops->len; i++)
      gtk_drop_down_set_selected (drops->pdata[i], FY_ANSWER_YES);
    g_assert_nonnull (entry);
    g_assert_nonnull (action);
    gtk_editable_set_text (GTK_EDITABLE (entry), "早班测温漏登");
    gtk_editable_set_text (GTK_EDITABLE (action), "补录并提醒班组长");
    /* The officer typed the action last: the focus is in that field. */
    g_assert_true (gtk_widget_grab_focus (action));
  }
  /* Enter in the field: the default action (Save). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "default.activate", NULL));
  /* The button's "clicked" comes after its press animation. */
  fy_gui_test_wait_until (dialog_gone, dialog);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM checklist_run_item WHERE answer = ''"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM checklist_run_item WHERE answer = 'no'"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM action_item WHERE source = 'checklist'"
                                             " AND action = '补录并提醒班组长'"), ==, 1);
  fy_gui_test_destroy (window);
}

static void
test_emergency_from_positive (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FyWindow *window;
  AdwMessageDialog *dialog;
  GtkWidget *focus, *today_list, *first;
  gint64 staff = fy_test_add_staff (store, "001", "李四", NULL);

  window = fy_gui_test_make_window (store);
  fy_gui_test_iterate ();
  /* What the Health page does on a positive result. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.emergency-start", "x", staff));
  fy_gui_test_iterate ();
  dialog = fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  focus = gtk_window_get_focus (GTK_WINDOW (dialog));
  g_assert_nonnull (focus);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_DROP_DOWN));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (gtk_widget_get_ancestor (focus, GTK_TYPE_DROP_DOWN))),
                    ==, FY_EMERGENCY_POSITIVE);
  adw_message_dialog_response (dialog, "ok");
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM emergency WHERE trigger = 'positive'"
                                             " AND finished_at IS NULL"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM emergency_step"), ==, FY_N_EMERGENCY_STEPS);

  /* Today: the running procedure is the first row, above everything. */
  fy_window_show_page (window, "today");
  fy_gui_test_iterate ();
  today_list = fy_gui_test_find_buildable_id (GTK_WIDGET (window), "plans_list");
  g_assert_nonnull (today_list);
  g_assert_true (gtk_widget_get_visible (today_list));
  first = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (today_list), 0));
  g_assert_true (ADW_IS_ACTION_ROW (first));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), "李四"));
  g_assert_true (gtk_widget_has_css_class (first, "error"));
  fy_gui_test_destroy (window);
}

/* The task force dialog: focus in the name, a bad phone refused with the
 * message in the form itself (what was typed kept, nothing written), then
 * corrected and added. */
static GtkEditable *
phone_of (GtkWidget *name)
{
  GtkWidget *phone = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (name));

  g_assert_true (GTK_IS_ENTRY (phone));
  return GTK_EDITABLE (phone);
}

static void
test_add_member (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FyWindow *window;
  AdwMessageDialog *dialog, *again;
  GtkWidget *focus, *name;

  fy_test_add_staff (store, "001", "张三", NULL);
  window = fy_gui_test_make_window (store);
  dialog = fy_taskforce_dialog_present (GTK_WIDGET (show_plans (window)), store);
  fy_gui_test_iterate ();
  focus = gtk_window_get_focus (GTK_WINDOW (dialog));
  g_assert_nonnull (focus);
  name = gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY);
  g_assert_true (GTK_IS_ENTRY (name));
  gtk_editable_set_text (GTK_EDITABLE (name), "周卫东");
  gtk_editable_set_text (phone_of (name), "12345");
  /* Enter: the default response, through the button as a person does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "default.activate", NULL));
  fy_gui_test_wait_until (dialog_gone, dialog);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM taskforce_member"), ==, 0);

  /* The same form again, the message in its body, the focus in the name. */
  again = fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (again);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (again), "The member was not added"));
  focus = gtk_window_get_focus (GTK_WINDOW (again));
  name = gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "周卫东");
  g_assert_cmpstr (gtk_editable_get_text (phone_of (name)), ==, "12345");
  gtk_editable_set_text (phone_of (name), "13962112345");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (again), "default.activate", NULL));
  fy_gui_test_wait_until (dialog_gone, again);
  g_assert_null (fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM taskforce_member WHERE name = '周卫东'"
                                             " AND phone = '13962112345' AND role = 'member'"), ==, 1);
  fy_gui_test_destroy (window);
}

/* Closing a corrective action without the recheck result is refused in the
 * form itself: it comes back with the message, nothing written; then
 * closed with the result. */
static void
test_close_action_refused (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  FyWindow *window;
  AdwMessageDialog *dialog, *again;
  GtkWidget *focus;
  gint64 id = 0;

  g_assert_true (fy_action_add (store, &(FyActionInput) { .source = FY_ACTION_FROM_CHECKLIST,
                                .problem = "消毒记录缺签字", .action = "补签并培训", .responsible = "周敏",
                                .deadline = "2099-01-01" }, fy_now (), &id, &error));
  g_assert_no_error (error);
  window = fy_gui_test_make_window (store);
  dialog = fy_action_close_dialog_present (GTK_WIDGET (show_plans (window)), store, id);
  fy_gui_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "default.activate", NULL));
  fy_gui_test_wait_until (dialog_gone, dialog);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM action_item WHERE done_on IS NOT NULL"), ==, 0);

  again = fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (again);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (again), fy_test_tr ("The corrective action was not closed")));
  focus = gtk_widget_get_ancestor (gtk_window_get_focus (GTK_WINDOW (again)), GTK_TYPE_ENTRY);
  g_assert_nonnull (focus);
  gtk_editable_set_text (GTK_EDITABLE (focus), "已补签");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (again), "default.activate", NULL));
  fy_gui_test_wait_until (dialog_gone, again);
  g_assert_null (fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM action_item WHERE done_on IS NOT NULL"
                                             " AND recheck = '已补签'"), ==, 1);
  fy_gui_test_destroy (window);
}

static gboolean
label_shown (gpointer label)
{
  return gtk_widget_get_visible (label);
}

/* The template editor by keyboard: focus in the name, a blank new item is
 * refused in the dialog (what was typed stays, nothing written), then the
 * new item moved up one place and saved as version 2; the run made from
 * version 1 keeps its five items. */
static void
test_edit_template (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  FyWindow *window;
  GtkWindow *dialog;
  GtkWidget *focus, *items, *item, *error_label;
  gint64 run = 0;

  g_assert_true (fy_checklist_start_run (store, "gate_daily", TODAY, "王", fy_now (), &run, &error));
  window = fy_gui_test_make_window (store);
  dialog = fy_template_dialog_present (GTK_WIDGET (show_plans (window)), store, "gate_daily");
  g_assert_nonnull (dialog);
  fy_gui_test_iterate ();
  focus = gtk_window_get_focus (dialog);
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) == fy_gui_test_find_named (GTK_WIDGET (dialog), "name"));

  items = fy_gui_test_find_named (GTK_WIDGET (dialog), "items");
  fy_gui_test_press (GTK_BUTTON (fy_gui_test_find_named (GTK_WIDGET (dialog), "add")));
  fy_gui_test_iterate ();
  item = gtk_widget_get_last_child (items);
  /* The focus moved to the new item's category. */
  focus = gtk_window_get_focus (dialog);
  g_assert_true (gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) == g_object_get_data (G_OBJECT (item), "fy-category"));
  gtk_editable_set_text (g_object_get_data (G_OBJECT (item), "fy-category"), "门岗");
  error_label = fy_gui_test_find_named (GTK_WIDGET (dialog), "error");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "default.activate", NULL));
  fy_gui_test_wait_until (label_shown, error_label);
  g_assert_true (fy_gui_test_is_toplevel (dialog));
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (gtk_editable_get_text (g_object_get_data (G_OBJECT (item), "fy-category")), ==, "门岗");
  g_assert_cmpint (fy_test_query_int (store, "SELECT max(version) FROM checklist_template WHERE code = 'gate_daily'"),
                   ==, 1);

  gtk_editable_set_text (g_object_get_data (G_OBJECT (item), "fy-content"), "外来人员登记本在位");
  gtk_check_button_set_active (g_object_get_data (G_OBJECT (item), "fy-evidence"), TRUE);
  gtk_drop_down_set_selected (g_object_get_data (G_OBJECT (item), "fy-method"), FY_CHECK_BY_OBJECT);
  fy_gui_test_press (GTK_BUTTON (fy_gui_test_find_named (item, "up")));
  fy_gui_test_iterate ();
  g_assert_true (gtk_widget_get_next_sibling (item) == gtk_widget_get_last_child (items));
  /* Back in the content field, Enter saves. */
  g_assert_true (gtk_widget_grab_focus (g_object_get_data (G_OBJECT (item), "fy-content")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "default.activate", NULL));
  fy_gui_test_wait_until (dialog_gone, dialog);

  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM checklist_template_item i"
                                             " JOIN checklist_template t ON t.id = i.template_id"
                                             " WHERE t.code = 'gate_daily' AND t.version = 2"), ==, 6);
  g_assert_cmpint (fy_test_query_int (store, "SELECT position FROM checklist_template_item i"
                                             " JOIN checklist_template t ON t.id = i.template_id"
                                             " WHERE t.version = 2 AND content = '外来人员登记本在位'"
                                             " AND method = 'object' AND evidence_required = 1"), ==, 5);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM checklist_run_item WHERE run_id = 1"), ==, 5);
  fy_gui_test_destroy (window);
}

static gboolean
has_new_checklist (gpointer page)
{
  return fy_gui_test_find_named (page, "new-checklist") != NULL;
}

/* A checklist of the company's own, from the Plans page's first checklist
 * row: without a name it is refused in the dialog (nothing written), then
 * saved as custom-1 with its one item, and listed. */
static void
test_new_template (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  /* Someone on the roster: an empty company opens on the welcome page. */
  gint64 staff = fy_test_add_staff (store, "001", "张三", NULL);
  FyWindow *window = fy_gui_test_make_window (store);
  GtkWidget *page = GTK_WIDGET (show_plans (window));
  GtkWindow *dialog;
  GtkWidget *items, *item, *error_label;
  int before = fy_test_query_int (store, "SELECT count(DISTINCT code) FROM checklist_template");

  (void) staff;
  gtk_stack_set_visible_child_name (GTK_STACK (fy_gui_test_find_buildable_id (page, "stack")), "checklists");
  /* The page fills its lists when shown, in its own time. */
  fy_gui_test_wait_until (has_new_checklist, page);
  fy_gui_test_press (GTK_BUTTON (fy_gui_test_find_named (page, "new-checklist")));
  dialog = NULL;
  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (l->data != (gpointer) window && gtk_widget_get_visible (l->data))
      dialog = l->data;
  g_assert_nonnull (dialog);
  items = fy_gui_test_find_named (GTK_WIDGET (dialog), "items");
  item = gtk_widget_get_first_child (items);
  g_assert_nonnull (item);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (item), "fy-category"), "车间");
  gtk_editable_set_text (g_object_get_data (G_OBJECT (item), "fy-content"), "班前测温记录完整");
  error_label = fy_gui_test_find_named (GTK_WIDGET (dialog), "error");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "default.activate", NULL));
  fy_gui_test_wait_until (label_shown, error_label);
  g_assert_true (fy_gui_test_is_toplevel (dialog));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(DISTINCT code) FROM checklist_template"), ==, before);

  gtk_editable_set_text (GTK_EDITABLE (fy_gui_test_find_named (GTK_WIDGET (dialog), "name")), "冲压车间班前检查");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "default.activate", NULL));
  fy_gui_test_wait_until (dialog_gone, dialog);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM checklist_template t"
                                             " JOIN checklist_template_item i ON i.template_id = t.id"
                                             " WHERE t.code = 'custom-1' AND t.version = 1"
                                             " AND t.name = '冲压车间班前检查' AND i.content = '班前测温记录完整'"), ==, 1);
  fy_gui_test_destroy (window);
}

static gboolean
names_gate_daily (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (g_object_get_data (G_OBJECT (widget), "fy-code"), "gate_daily") == 0;
}

static gboolean
gate_daily_listed (gpointer page)
{
  return fy_gui_test_find_widget (page, names_gate_daily, NULL) != NULL;
}

static gboolean
gate_daily_gone (gpointer page)
{
  return !gate_daily_listed (page);
}

/* Retiring a checklist from its editor: Cancel in the confirmation keeps
 * it; Retire takes it out of the page's list, its run stays. */
static void
test_retire_template (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  gint64 staff = fy_test_add_staff (store, "001", "张三", NULL);
  FyWindow *window;
  GtkWidget *page;
  GtkWindow *dialog, *confirm;
  gint64 run = 0;

  (void) staff;
  g_assert_true (fy_checklist_start_run (store, "gate_daily", TODAY, "王", fy_now (), &run, &error));
  window = fy_gui_test_make_window (store);
  page = GTK_WIDGET (show_plans (window));
  gtk_stack_set_visible_child_name (GTK_STACK (fy_gui_test_find_buildable_id (page, "stack")), "checklists");
  fy_gui_test_wait_until (gate_daily_listed, page);
  dialog = fy_template_dialog_present (page, store, "gate_daily");
  g_assert_nonnull (dialog);

  for (int answer = 0; answer < 2; answer++)
    {
      fy_gui_test_press (GTK_BUTTON (fy_gui_test_find_named (GTK_WIDGET (dialog), "retire")));
      fy_gui_test_iterate ();
      confirm = NULL;
      for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
        if (g_strcmp0 (gtk_widget_get_name (l->data), "retire-confirm") == 0 && gtk_widget_get_visible (l->data))
          confirm = l->data;
      g_assert_nonnull (confirm);
      /* Cancel is the default: Enter does not retire by mistake. */
      g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (confirm)), ==, "cancel");
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), answer == 0 ? "cancel" : "retire");
      fy_gui_test_iterate ();
      if (answer == 0)
        {
          g_assert_true (fy_gui_test_is_toplevel (dialog));
          g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM checklist_template"
                                                     " WHERE retired_at IS NOT NULL"), ==, 0);
        }
    }
  fy_gui_test_wait_until (dialog_gone, dialog);
  fy_gui_test_wait_until (gate_daily_gone, page);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM checklist_template"
                                             " WHERE code = 'gate_daily' AND retired_at IS NULL"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM checklist_run_item WHERE run_id = 1"), ==, 5);
  fy_gui_test_destroy (window);
}

/* Opened copies of documents and evidence (0600 in the cache) go a day
 * later: an old one is cleared, a fresh one stays. */
static void
test_open_copies_cleared (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "fangyi", "open", NULL);
  g_autofree char *old = g_build_filename (dir, "fy-test-old-evidence.jpg", NULL);
  g_autofree char *fresh = g_build_filename (dir, "fy-test-fresh-evidence.jpg", NULL);
  struct utimbuf two_days_ago;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (old, "x", 1, NULL));
  g_assert_true (g_file_set_contents (fresh, "x", 1, NULL));
  two_days_ago.actime = two_days_ago.modtime = time (NULL) - 2 * 24 * 3600;
  g_assert_cmpint (g_utime (old, &two_days_ago), ==, 0);
  g_assert_cmpuint (fy_plans_open_clean (FY_PLANS_OPEN_KEEP_S), >=, 1);
  g_assert_false (g_file_test (old, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_unlink (fresh);
}

/* Evidence on a run item by keyboard: a path that is not a file is refused
 * in the dialog (nothing written, the dialog stays), a real file is kept
 * with its name, and the reopened run shows it with an Open button. */
static gboolean
has_open_label (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Open the evidence") == 0;
}

static void
test_evidence (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fy-evidence-XXXXXX", &error);
  g_autofree char *photo = g_build_filename (dir, "门岗.jpg", NULL);
  g_autoptr(GBytes) kept = NULL;
  g_autofree char *name = NULL;
  FyWindow *window;
  GtkWindow *dialog;
  GtkWidget *evidence, *error_label;
  gint64 run = 0;

  g_assert_true (g_file_set_contents (photo, "JPEG", 4, &error));
  g_assert_true (fy_checklist_start_run (store, "gate_daily", TODAY, "王", fy_now (), &run, &error));
  window = fy_gui_test_make_window (store);
  dialog = fy_checklist_dialog_present (GTK_WIDGET (show_plans (window)), store, run);
  fy_gui_test_iterate ();
  evidence = fy_gui_test_find_named (GTK_WIDGET (dialog), "evidence");
  error_label = fy_gui_test_find_named (GTK_WIDGET (dialog), "error");
  g_assert_nonnull (evidence);
  gtk_editable_set_text (GTK_EDITABLE (evidence), dir);
  g_assert_true (gtk_widget_grab_focus (evidence));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "default.activate", NULL));
  fy_gui_test_wait_until (label_shown, error_label);
  g_assert_true (fy_gui_test_is_toplevel (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (evidence)), ==, dir);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM checklist_run_item WHERE evidence_data IS NOT NULL"),
                   ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (evidence), photo);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "default.activate", NULL));
  fy_gui_test_wait_until (dialog_gone, dialog);
  kept = fy_checklist_get_evidence (store, run, 1, &name, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, "门岗.jpg");
  g_assert_cmpuint (g_bytes_get_size (kept), ==, 4);

  dialog = fy_checklist_dialog_present (GTK_WIDGET (show_plans (window)), store, run);
  fy_gui_test_iterate ();
  evidence = fy_gui_test_find_named (GTK_WIDGET (dialog), "evidence");
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (evidence)), "门岗.jpg"));
  g_assert_nonnull (fy_gui_test_find_widget (evidence, has_open_label, NULL));
  fy_gui_test_destroy (dialog);
  fy_gui_test_destroy (window);
  g_remove (photo);
  g_rmdir (dir);
}

static void
collect_entries (GtkWidget *widget, GPtrArray *out)
{
  if (GTK_IS_ENTRY (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_entries (c, out);
}

/* The entries of the drill form, in order (scenario, date, place, commander,
 * participants, what happened, problem, action, responsible, deadline). */
static GPtrArray *
drill_entries (AdwMessageDialog *dialog)
{
  GPtrArray *entries = g_ptr_array_new ();

  collect_entries (adw_message_dialog_get_extra_child (dialog), entries);
  g_assert_cmpuint (entries->len, ==, 10);
  return entries;
}

/* A drill with a problem by keyboard: a deadline before the drill refused in
 * the form (kept, nothing written), then corrected: the drill and its
 * corrective action written together; the drill interval set in
 * Preferences. */
static void
test_drill_with_action (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GPtrArray) entries = NULL;
  FyWindow *window;
  AdwMessageDialog *dialog;
  GtkWindow *prefs;
  GtkWidget *spin;
  const char *texts[10] = { "门岗发现发热人员", "2026-11-09", "东门", "王五", "", "", "隔离点物资不足", "补足防护服",
                            "李四", "2026-11-01" };

  window = fy_gui_test_make_window (store);
  dialog = fy_drill_dialog_present (GTK_WIDGET (show_plans (window)), store);
  fy_gui_test_iterate ();
  entries = drill_entries (dialog);
  g_assert_true (gtk_widget_get_ancestor (gtk_window_get_focus (GTK_WINDOW (dialog)), GTK_TYPE_ENTRY)
                 == entries->pdata[0]);
  for (guint i = 0; i < 10; i++)
    gtk_editable_set_text (entries->pdata[i], texts[i]);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "default.activate", NULL));
  fy_gui_test_wait_until (dialog_gone, dialog);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM drill"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM action_item"), ==, 0);

  dialog = fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = drill_entries (dialog);
  g_assert_cmpstr (gtk_editable_get_text (entries->pdata[6]), ==, "隔离点物资不足");
  gtk_editable_set_text (entries->pdata[9], "2026-11-16");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "default.activate", NULL));
  fy_gui_test_wait_until (dialog_gone, dialog);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM action_item a JOIN drill d ON d.id = a.source_id"
                                             " WHERE a.source = 'drill' AND a.raised_on = '2026-11-09'"
                                             " AND a.deadline = '2026-11-16' AND a.action = '补足防护服'"), ==, 1);

  prefs = GTK_WINDOW (fy_preferences_new (GTK_WINDOW (window), store));
  gtk_window_present (prefs);
  fy_gui_test_iterate ();
  spin = fy_gui_test_find_named (GTK_WIDGET (prefs), "drill-interval");
  g_assert_nonnull (spin);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 90);
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_drill_interval_days (store), ==, 90);
  fy_gui_test_destroy (prefs);
  fy_gui_test_destroy (window);
}

static gboolean
is_zones_button (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Change an area’s level") == 0;
}

static void
collect_editables (GtkWidget *widget, GPtrArray *out)
{
  if (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_editables (c, out);
}

/* The emergency's zones step: the Zones page opens the person's area with
 * the level-change question, the reason filled in; OK moves it to red with
 * that reason in the zone history. */
static void
test_emergency_zones_step (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) editables = g_ptr_array_new ();
  gint64 staff = fy_test_add_staff (store, "E07", "王五", NULL);
  g_autofree char *sql = g_strdup_printf (
      "INSERT INTO zone_map (id, name, width_m, height_m) VALUES (1, '厂区', 100, 100);"
      "INSERT INTO zone_area (id, map_id, name, level, geometry) VALUES (1, 1, '冲压车间', 'green', '0,0;9,0;9,9');"
      "INSERT INTO staff_zone (staff_id, area_id) VALUES (%" G_GINT64_FORMAT ", 1);", staff);
  FyWindow *window;
  GtkWidget *button;
  AdwMessageDialog *dialog;
  gint64 id = 0;

  g_assert_true (fy_store_exec (store, sql, &error));
  g_assert_true (fy_emergency_start (store, staff, NULL, FY_EMERGENCY_POSITIVE, "", fy_now (), &id, &error));
  g_assert_no_error (error);
  window = fy_gui_test_make_window (store);
  button = fy_gui_test_find_widget (GTK_WIDGET (show_plans (window)), is_zones_button, NULL);
  g_assert_nonnull (button);
  fy_gui_test_press (GTK_BUTTON (button));
  dialog = fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "冲压车间"));
  collect_editables (adw_message_dialog_get_extra_child (dialog), editables);
  g_assert_cmpuint (editables->len, ==, 1);
  g_assert_nonnull (strstr (gtk_editable_get_text (editables->pdata[0]), "王五"));
  adw_message_dialog_response (dialog, "ok");
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_area WHERE id = 1 AND level = 'red'"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_history WHERE area_id = 1 AND kind = 'change'"
                                             " AND new_level = 'red' AND reason LIKE '%王五%'"), ==, 1);
  fy_gui_test_destroy (dialog);
  fy_gui_test_destroy (window);
}

int
main (int argc, char **argv)
{
  g_setenv ("TZ", "CST-8", TRUE);
  if (!fy_gui_test_init (&argc, &argv, TODAY))
    return 0;
  g_test_add_func ("/gui/plans/checklist-by-keyboard", test_checklist_by_keyboard);
  g_test_add_func ("/gui/plans/emergency-from-positive", test_emergency_from_positive);
  g_test_add_func ("/gui/plans/add-member", test_add_member);
  g_test_add_func ("/gui/plans/close-action-refused", test_close_action_refused);
  g_test_add_func ("/gui/plans/edit-template", test_edit_template);
  g_test_add_func ("/gui/plans/new-template", test_new_template);
  g_test_add_func ("/gui/plans/retire-template", test_retire_template);
  g_test_add_func ("/gui/plans/evidence", test_evidence);
  g_test_add_func ("/gui/plans/open-copies-cleared", test_open_copies_cleared);
  g_test_add_func ("/gui/plans/drill-with-action", test_drill_with_action);
  g_test_add_func ("/gui/plans/emergency-zones-step", test_emergency_zones_step);
  return g_test_run ();
}

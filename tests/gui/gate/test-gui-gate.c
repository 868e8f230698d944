/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Gate page and the gate check under Xvfb, by keyboard: a declared
 * visitor is found by the last digits of the ID number typed in the page's
 * search, Enter opens the check, a temperature and Enter admit; the visitor
 * is listed inside, found again and checked out with Enter; the database
 * rows say so. A truck whose driver's test is 49 hours old is proposed
 * 劝返 with the reason in the banner and refused by Enter; another one
 * admitted against the proposal needs the override reason (nothing written
 * without it) and gets its disinfection entry. An arrival without a
 * declaration is registered on the spot, flagged 未预约. Bad input (an ID
 * number, a test sampled tomorrow, a time out before the time in) is shown
 * at its field and nothing is written. The selected declaration is edited
 * through win.gate-edit and cancelled with a reason. */
#include "config.h"

#include <adwaita.h>

#include "fy-gate-check-dialog.h"
#include "fy-gate-checkout-dialog.h"
#include "fy-gate.h"
#include "fy-gui-test-support.h"
#include "fy-pages.h"
#include "fy-validate.h"

#define TODAY "2026-11-22"
#define NOW TODAY " 10:00"

static GtkWidget *
named (gpointer root, const char *name)
{
  GtkWidget *w = fy_gui_test_find_named (GTK_WIDGET (root), name);

  if (w == NULL)
    g_error ("no widget named %s", name);
  return w;
}

/* A valid ID number from its first 17 characters. Owned. */
static char *
id_number (const char *first17)
{
  return g_strdup_printf ("%s%c", first17, fy_id_number_check_char (first17));
}

static FyGatePerson *
person (FyGateRole role, const char *name, const char *first17, const char *phone, gint64 test_at)
{
  FyGatePerson *p = fy_gate_person_new (role);

  fy_test_set_text (&p->name, name);
  g_free (p->id_number);
  p->id_number = id_number (first17);
  fy_test_set_text (&p->phone, phone);
  fy_test_set_text (&p->company, "华东物流");
  p->code = FY_CODE_GREEN;
  p->test_at = test_at;
  p->test_result = FY_RESULT_NEGATIVE;
  p->travel_risk = FY_RISK_LOW;
  p->declared = TRUE;
  return p;
}

static gint64
declare (FyStore *store, FyGateVisit *visit)
{
  g_autoptr(GError) error = NULL;

  visit->planned_at = fy_test_at (TODAY, 10, 30);
  fy_gate_declare (store, visit, fy_test_at (TODAY, 9, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpint (visit->id, >, 0);
  return visit->id;
}

static gint64
declare_visitor (FyStore *store, gint64 host)
{
  g_autoptr(FyGateVisit) v = fy_gate_visit_new (FY_GATE_VISITOR);

  fy_test_set_text (&v->purpose, "送样品");
  v->host_staff_id = host;
  g_ptr_array_add (v->people, person (FY_GATE_ROLE_VISITOR, "陈远", "11010519850312123", "13800138000",
                                      fy_test_at (TODAY, 8, 0) - 20 * 3600));
  return declare (store, v);
}

static gint64
declare_truck (FyStore *store, const char *plate, const char *first17, const char *phone, gint64 unload_area)
{
  g_autoptr(FyGateVisit) v = fy_gate_visit_new (FY_GATE_TRUCK);

  fy_test_set_text (&v->plate, plate);
  fy_test_set_text (&v->vehicle_type, "box");
  fy_test_set_text (&v->cargo, "纸箱");
  v->unload_area_id = unload_area;
  /* Sampled 49 hours before the check at 10:00. */
  g_ptr_array_add (v->people, person (FY_GATE_ROLE_DRIVER, "王师傅", first17, phone,
                                      fy_test_at (TODAY, 10, 0) - 49 * 3600));
  return declare (store, v);
}

static char *
status_of (FyStore *store, gint64 visit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyGateVisit) v = fy_gate_get (store, visit, &error);

  g_assert_no_error (error);
  return g_strdup (fy_gate_status_labels[v->status].code);
}

static void
show_gate_page (FyWindow *win)
{
  guint n = 0;
  const FyPageInfo *pages = fy_pages_get (&n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (pages[i].name, "gate"))
      gtk_widget_activate_action (GTK_WIDGET (win), "win.show-page", "i", (int) i);
  fy_gui_test_iterate ();
}

static gboolean
focus_in (GtkWindow *window, GtkWidget *field)
{
  GtkWidget *focus = gtk_window_get_focus (window);
  return focus == field || (focus && gtk_widget_is_ancestor (focus, field));
}

/* Types into the focused field, as the keyboard would end up. */
static void
type_text (GtkWindow *window, const char *text)
{
  GtkWidget *focus = gtk_window_get_focus (window);
  GtkWidget *editable = GTK_IS_EDITABLE (focus) ? gtk_widget_get_ancestor (focus, GTK_TYPE_EDITABLE) : NULL;

  g_assert_nonnull (editable);
  /* The outer entry (a GtkText sits inside a GtkEntry or search entry). */
  if (GTK_IS_EDITABLE (gtk_widget_get_parent (focus)))
    editable = gtk_widget_get_parent (focus);
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  fy_gui_test_iterate ();
}

/* Enter in the focused field (what the Return key binding emits). */
static void
press_enter (GtkWindow *window)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  g_assert_true (GTK_IS_TEXT (focus));
  g_signal_emit_by_name (focus, "activate");
  fy_gui_test_iterate ();
}

/* The banner proposes admit (or refuse, in its style) and the proposed
 * button is the default. */
static void
assert_proposal (gpointer dialog, gboolean admit)
{
  GtkWidget *box = named (dialog, "gate-proposal-box");

  g_assert_true (gtk_widget_has_css_class (box, "gate-proposal-refuse") == !admit);
  g_assert_true (gtk_widget_has_css_class (named (dialog, admit ? "gate-admit" : "gate-refuse"),
                                           admit ? "suggested-action" : "destructive-action"));
  g_assert_true (gtk_window_get_default_widget (dialog) == named (dialog, admit ? "gate-admit" : "gate-refuse"));
}

static gboolean
is_gone (gpointer window)
{
  return !fy_gui_test_is_toplevel (window);
}

static gpointer
wait_toplevel (GType type)
{
  gpointer found;

  fy_gui_test_iterate ();
  found = fy_gui_test_find_toplevel (type);
  if (found == NULL)
    g_error ("no %s came up", g_type_name (type));
  return g_object_ref (found);
}

static void
test_visitor_in_and_out (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 host = fy_test_add_staff (store, "E001", "吴林", "department", "行政部", NULL);
  gint64 visit = declare_visitor (store, host);
  g_autofree char *id = id_number ("11010519850312123");
  FyWindow *win = fy_gui_test_make_window (store);
  GtkWindow *dialog;
  GtkWidget *inside;
  g_autofree char *status = NULL;

  show_gate_page (win);
  /* The search has the focus; today's arrival is listed. */
  g_assert_true (focus_in (GTK_WINDOW (win), named (win, "gate-search")));
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (named (win, "gate-expected")), 0));

  /* The last four of the ID number, Enter: the gate check. */
  type_text (GTK_WINDOW (win), id + 14);
  press_enter (GTK_WINDOW (win));
  dialog = wait_toplevel (FY_TYPE_GATE_CHECK_DIALOG);
  g_assert_true (focus_in (dialog, named (dialog, "gate-temp1-0")));
  type_text (dialog, "36.5");
  assert_proposal (dialog, TRUE);
  press_enter (dialog);
  fy_gui_test_wait_until (is_gone, dialog);
  g_object_unref (dialog);
  status = status_of (store, visit);
  g_assert_cmpstr (status, ==, "inside");
  g_assert_cmpint (fy_test_query_int (store, "SELECT temp1 FROM gate_person WHERE position = 0"), ==, 365);

  /* Listed inside, with its button to check out. */
  fy_gui_test_iterate ();
  inside = named (win, "gate-inside");
  g_assert_nonnull (fy_gui_test_find_named (inside, "gate-row-check-out"));

  /* Found again by the search (emptied for the next arrival, and the
   * focus back in it), Enter: the check out, Enter again. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (named (win, "gate-search"))), ==, "");
  g_assert_true (focus_in (GTK_WINDOW (win), named (win, "gate-search")));
  type_text (GTK_WINDOW (win), id + 14);
  press_enter (GTK_WINDOW (win));
  dialog = wait_toplevel (FY_TYPE_GATE_CHECKOUT_DIALOG);
  g_assert_true (GTK_IS_TEXT (gtk_window_get_focus (dialog)));
  /* Before the time in: refused at the field, still inside. */
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "gate-out-time")), "09:00");
  press_enter (dialog);
  g_assert_false (is_gone (dialog));
  g_assert_true (gtk_widget_has_css_class (named (dialog, "gate-out-time"), "error"));
  g_assert_true (gtk_widget_get_visible (named (dialog, "gate-checkout-error")));
  g_free (status);
  status = status_of (store, visit);
  g_assert_cmpstr (status, ==, "inside");
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "gate-out-time")), "10:00");
  press_enter (dialog);
  fy_gui_test_wait_until (is_gone, dialog);
  g_object_unref (dialog);
  g_free (status);
  status = status_of (store, visit);
  g_assert_cmpstr (status, ==, "left");
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_visit WHERE left_at >= arrived_at"), ==, 1);
  fy_gui_test_destroy (win);
}

/* The visit's row meets `condition` (SQL). */
static void
assert_visit (FyStore *store, gint64 visit, const char *condition)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM gate_visit WHERE id = %" G_GINT64_FORMAT " AND (%s)",
                                          visit, condition);

  if (fy_test_query_int (store, sql) != 1)
    g_error ("visit %" G_GINT64_FORMAT ": not %s", visit, condition);
}

static gint64
loading_area (FyStore *store)
{
  gint64 id = fy_test_query_int (store, "SELECT min(id) FROM zone_area WHERE name LIKE '%装卸%'");

  if (id <= 0)
    id = fy_test_query_int (store, "SELECT min(id) FROM zone_area");
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
test_truck_old_test (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  gint64 area = loading_area (store);
  gint64 refused = declare_truck (store, "京A12345", "31010119800101123", "13900139000", area);
  gint64 admitted = declare_truck (store, "苏E6K789", "32050119790202456", "13700137000", area);
  g_autofree char *reason = fy_gate_reasons_text (FY_GATE_REASON_TEST_OLD);
  g_autofree char *sql = NULL;
  g_autofree char *status = NULL;
  FyWindow *win = fy_gui_test_make_window (store);
  GtkWindow *dialog;
  GtkWidget *override;

  /* Proposed 劝返 with the reason; Enter refuses. */
  dialog = GTK_WINDOW (g_object_ref (fy_gate_check_dialog_present (GTK_WIDGET (win), store, refused)));
  fy_gui_test_iterate ();
  g_assert_true (focus_in (dialog, named (dialog, "gate-temp1-0")));
  /* What was declared, flags in words, to hold the truck against. */
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (dialog, "gate-declared"))), "纸箱"));
  /* The vehicle type in words, never its stored code. */
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (dialog, "gate-declared"))), "Box truck"));
  g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (named (dialog, "gate-declared"))), "box"));
  type_text (dialog, "36.6");
  assert_proposal (dialog, FALSE);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (dialog, "gate-proposal"))), reason));
  press_enter (dialog);
  fy_gui_test_wait_until (is_gone, dialog);
  g_object_unref (dialog);
  status = status_of (store, refused);
  g_assert_cmpstr (status, ==, "refused");
  sql = g_strdup_printf ("SELECT reasons & %d FROM gate_visit WHERE id = %" G_GINT64_FORMAT, FY_GATE_REASON_TEST_OLD,
                         refused);
  g_assert_cmpint (fy_test_query_int (store, sql), ==, FY_GATE_REASON_TEST_OLD);

  /* Admit against the proposal: the reason field comes up, nothing written. */
  dialog = GTK_WINDOW (g_object_ref (fy_gate_check_dialog_present (GTK_WIDGET (win), store, admitted)));
  fy_gui_test_iterate ();
  type_text (dialog, "36.4");
  override = named (dialog, "gate-override-reason");
  g_assert_false (gtk_widget_is_drawable (override));
  fy_gui_test_click (named (dialog, "gate-admit"));
  g_assert_true (gtk_widget_is_drawable (override));
  g_assert_true (gtk_widget_has_css_class (override, "error"));
  g_assert_true (focus_in (dialog, override));
  g_assert_true (gtk_widget_get_visible (named (dialog, "gate-error")));
  g_free (status);
  status = status_of (store, admitted);
  g_assert_cmpstr (status, ==, "expected");
  /* The reason, Enter: admitted as the officer decided. */
  type_text (dialog, "复检阴性经总经理批准");
  press_enter (dialog);
  fy_gui_test_wait_until (is_gone, dialog);
  g_object_unref (dialog);
  g_free (status);
  status = status_of (store, admitted);
  g_assert_cmpstr (status, ==, "inside");
  assert_visit (store, admitted, "flags & 4 = 4");
  assert_visit (store, admitted, "override_reason = '复检阴性经总经理批准'");
  assert_visit (store, admitted, "stayed_in_cab = 1");
  /* The vehicle's disinfection, written with the check, in the loading area. */
  g_free (sql);
  sql = g_strdup_printf ("disinfection_entry_id IN (SELECT id FROM disinfection_entry WHERE area_id = %" G_GINT64_FORMAT
                         ")", area);
  assert_visit (store, admitted, sql);
  fy_gui_test_destroy (win);
}

static void
test_undeclared_arrival (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 host = fy_test_add_staff (store, "E002", "李梅", "department", "采购部", NULL);
  FyWindow *win = fy_gui_test_make_window (store);
  g_autofree char *id = id_number ("44030519900505456");
  GtkWindow *dialog;
  g_autofree char *sql = NULL;

  (void) host;
  show_gate_page (win);
  fy_gui_test_click (named (win, "gate-register"));
  dialog = wait_toplevel (FY_TYPE_GATE_CHECK_DIALOG);
  g_assert_true (focus_in (dialog, named (dialog, "gate-name-0")));
  type_text (dialog, "赵新");
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "gate-id-0")), id);
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "gate-temp1-0")), "36.3");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (named (dialog, "gate-code-0")), FY_CODE_GREEN);
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "gate-test-0")), TODAY " 07:30");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (named (dialog, "gate-result-0")), FY_RESULT_NEGATIVE);
  /* No purpose: at its field, nothing written. */
  gtk_widget_grab_focus (named (dialog, "gate-temp1-0"));
  press_enter (dialog);
  g_assert_true (focus_in (dialog, named (dialog, "gate-purpose")));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_visit"), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "gate-purpose")), "面试");
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "gate-host")), "李梅");
  fy_gui_test_iterate ();
  assert_proposal (dialog, TRUE);
  gtk_widget_grab_focus (named (dialog, "gate-temp1-0"));
  press_enter (dialog);
  fy_gui_test_wait_until (is_gone, dialog);
  g_object_unref (dialog);
  sql = g_strdup_printf ("SELECT count(*) FROM gate_visit WHERE status = 'inside' AND declared_at IS NULL"
                         " AND flags & %d", FY_GATE_FLAG_UNDECLARED);
  g_assert_cmpint (fy_test_query_int (store, sql), ==, 1);
  fy_gui_test_destroy (win);
}

static void
on_edit_cb (GSimpleAction *action, GVariant *parameter, gpointer data)
{
  *(gint64 *) data = g_variant_get_int64 (parameter);
}

static gboolean
has_toplevel_message_dialog (gpointer unused)
{
  return fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* The selected expected visit: Edit Declaration… activates win.gate-edit
 * with its id (the action of the declarations' folder, stood in for here);
 * Cancel Declaration… asks the reason, Enter withdraws it. */
static void
test_edit_and_cancel (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 host = fy_test_add_staff (store, "E003", "周平", "department", "行政部", NULL);
  gint64 visit = declare_visitor (store, host);
  FyWindow *win = fy_gui_test_make_window (store);
  g_autoptr(GSimpleAction) edit = g_simple_action_new ("gate-edit", G_VARIANT_TYPE_INT64);
  g_autofree char *status = NULL;
  gint64 edited = 0;
  GtkWindow *ask;

  g_signal_connect (edit, "activate", G_CALLBACK (on_edit_cb), &edited);
  g_action_map_add_action (G_ACTION_MAP (win), G_ACTION (edit));
  show_gate_page (win);
  /* The first arrival is selected: its buttons work at once. */
  g_assert_true (gtk_widget_get_sensitive (named (win, "gate-edit")));
  fy_gui_test_click (named (win, "gate-edit"));
  g_assert_cmpint (edited, ==, visit);

  fy_gui_test_click (named (win, "gate-cancel"));
  fy_gui_test_wait_until (has_toplevel_message_dialog, NULL);
  ask = g_object_ref (fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (GTK_IS_TEXT (gtk_window_get_focus (ask)));
  type_text (ask, "客户改期");
  press_enter (ask);
  fy_gui_test_wait_until (is_gone, ask);
  g_object_unref (ask);
  status = status_of (store, visit);
  g_assert_cmpstr (status, ==, "cancelled");
  assert_visit (store, visit, "cancelled_reason = '客户改期'");
  /* Gone from today's list. */
  fy_gui_test_iterate ();
  g_assert_false (gtk_widget_get_sensitive (named (win, "gate-edit")));
  fy_gui_test_destroy (win);
}

/* A truck nobody declared: the area of its disinfection must be chosen
 * (there is no unloading area to default to). */
static void
test_undeclared_truck (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  gint64 area = loading_area (store);
  FyWindow *win = fy_gui_test_make_window (store);
  FyGateCheckDialog *dialog = g_object_ref (fy_gate_check_dialog_present (GTK_WIDGET (win), store, 0));
  g_autofree char *id = id_number ("51010419880808123");
  g_autofree char *sql = NULL;
  GtkDropDown *areas;
  GListModel *names;
  guint position = GTK_INVALID_LIST_POSITION;

  fy_gui_test_iterate ();
  gtk_drop_down_set_selected (GTK_DROP_DOWN (named (dialog, "gate-kind")), 1);
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "gate-name-0")), "黄师傅");
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "gate-id-0")), id);
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "gate-temp1-0")), "36.2");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (named (dialog, "gate-code-0")), FY_CODE_GREEN);
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "gate-test-0")), TODAY " 06:00");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (named (dialog, "gate-result-0")), FY_RESULT_NEGATIVE);
  /* No plate: at its field. */
  fy_gui_test_click (named (dialog, "gate-admit"));
  g_assert_true (gtk_widget_has_css_class (named (dialog, "gate-plate"), "error"));
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "gate-plate")), "川A9F3K2");
  fy_gui_test_iterate ();
  assert_proposal (dialog, TRUE);
  fy_gui_test_click (named (dialog, "gate-admit"));
  areas = GTK_DROP_DOWN (named (dialog, "gate-area"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (areas), "error"));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_visit WHERE plate = '川A9F3K2'"), ==, 0);

  /* The loading area chosen: admitted, its disinfection written there. */
  names = gtk_drop_down_get_model (areas);
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    {
      g_autofree char *sql_name = g_strdup_printf ("SELECT count(*) FROM zone_area WHERE id = %" G_GINT64_FORMAT
                                                   " AND name = '%s'", area,
                                                   gtk_string_list_get_string (GTK_STRING_LIST (names), i));
      if (position == GTK_INVALID_LIST_POSITION && fy_test_query_int (store, sql_name) == 1)
        position = i;
    }
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (areas, position);
  fy_gui_test_click (named (dialog, "gate-admit"));
  fy_gui_test_wait_until (is_gone, dialog);
  g_object_unref (dialog);
  sql = g_strdup_printf ("SELECT count(*) FROM gate_visit v JOIN disinfection_entry e ON e.id = v.disinfection_entry_id"
                         " WHERE v.plate = '川A9F3K2' AND v.status = 'inside' AND v.declared_at IS NULL"
                         " AND e.area_id = %" G_GINT64_FORMAT, area);
  g_assert_cmpint (fy_test_query_int (store, sql), ==, 1);

  /* Out: both hand-over signatures, the driver's filled in for him;
   * without the carrier's, refused at its field. */
  {
    gint64 visit = fy_test_query_int (store, "SELECT id FROM gate_visit WHERE plate = '川A9F3K2'");
    GtkWindow *out = GTK_WINDOW (g_object_ref (fy_gate_checkout_dialog_present (GTK_WIDGET (win), store, visit)));
    GtkWidget *theirs = named (out, "gate-handover-theirs");

    fy_gui_test_iterate ();
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (theirs)), ==, "黄师傅");
    gtk_editable_set_text (GTK_EDITABLE (theirs), " ");
    press_enter (out);
    g_assert_false (is_gone (out));
    g_assert_true (gtk_widget_has_css_class (theirs, "error"));
    g_assert_true (gtk_widget_get_visible (named (out, "gate-checkout-error")));
    assert_visit (store, visit, "status = 'inside'");
    gtk_editable_set_text (GTK_EDITABLE (theirs), "黄师傅");
    press_enter (out);
    fy_gui_test_wait_until (is_gone, out);
    g_object_unref (out);
    assert_visit (store, visit, "status = 'left' AND handover_theirs = '黄师傅' AND handover_ours <> ''");
  }
  fy_gui_test_destroy (win);
}

/* Nothing declared matches what the guard typed: Enter registers the
 * arrival from it — a plate makes it a truck with that plate, an ID number
 * or a name goes to the first person — and the focus goes on to the first
 * field still empty. */
static void
test_search_registers_undeclared (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 staff = fy_test_add_staff (store, "E001", "吴林", NULL);   /* not the welcome page */
  FyWindow *win = fy_gui_test_make_window (store);
  g_autofree char *id = id_number ("51010419880808123");
  FyGateCheckDialog *dialog;

  (void) staff;
  show_gate_page (win);
  g_assert_true (focus_in (GTK_WINDOW (win), named (win, "gate-search")));
  type_text (GTK_WINDOW (win), "川a9f3k2");
  press_enter (GTK_WINDOW (win));
  dialog = wait_toplevel (FY_TYPE_GATE_CHECK_DIALOG);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (named (dialog, "gate-kind"))), ==, FY_GATE_TRUCK);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (named (dialog, "gate-plate"))), ==, "川A9F3K2");
  g_assert_true (focus_in (GTK_WINDOW (dialog), named (dialog, "gate-name-0")));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  fy_gui_test_iterate ();
  /* The search was emptied for the next arrival; an ID number this time. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (named (win, "gate-search"))), ==, "");
  gtk_widget_grab_focus (named (win, "gate-search"));
  type_text (GTK_WINDOW (win), id);
  press_enter (GTK_WINDOW (win));
  dialog = wait_toplevel (FY_TYPE_GATE_CHECK_DIALOG);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (named (dialog, "gate-kind"))), ==, FY_GATE_VISITOR);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (named (dialog, "gate-id-0"))), ==, id);
  g_assert_true (focus_in (GTK_WINDOW (dialog), named (dialog, "gate-name-0")));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  fy_gui_test_iterate ();
  /* A name: the ID number is asked next. */
  gtk_widget_grab_focus (named (win, "gate-search"));
  type_text (GTK_WINDOW (win), "黄师傅");
  press_enter (GTK_WINDOW (win));
  dialog = wait_toplevel (FY_TYPE_GATE_CHECK_DIALOG);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (named (dialog, "gate-name-0"))), ==, "黄师傅");
  g_assert_true (focus_in (GTK_WINDOW (dialog), named (dialog, "gate-id-0")));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  /* Nothing was written by opening the form. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_visit"), ==, 0);
  fy_gui_test_destroy (win);
}

/* A bad ID number typed at the gate: the field is marked, nothing written. */
static void
test_bad_input_at_field (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FyWindow *win = fy_gui_test_make_window (store);
  FyGateCheckDialog *dialog = g_object_ref (fy_gate_check_dialog_present (GTK_WIDGET (win), store, 0));
  g_autofree char *bad = id_number ("11010519850312123");
  g_autofree char *good = id_number ("11010519850312123");
  GtkWidget *id_field;

  fy_gui_test_iterate ();
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "gate-name-0")), "赵新");
  id_field = named (dialog, "gate-id-0");
  /* The check character changed. */
  bad[17] = bad[17] == '0' ? '1' : '0';
  gtk_editable_set_text (GTK_EDITABLE (id_field), bad);
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "gate-temp1-0")), "36.3");
  fy_gui_test_click (named (dialog, "gate-refuse"));
  g_assert_true (gtk_widget_has_css_class (id_field, "error"));
  g_assert_true (focus_in (GTK_WINDOW (dialog), id_field));
  g_assert_true (gtk_widget_get_visible (named (dialog, "gate-error")));
  g_assert_false (is_gone (dialog));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_visit"), ==, 0);
  /* A test sampled tomorrow: at its field, nothing written. */
  gtk_editable_set_text (GTK_EDITABLE (id_field), good);
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "gate-test-0")), "2026-11-23 08:00");
  fy_gui_test_click (named (dialog, "gate-refuse"));
  g_assert_false (gtk_widget_has_css_class (id_field, "error"));
  g_assert_true (gtk_widget_has_css_class (named (dialog, "gate-test-0"), "error"));
  g_assert_false (is_gone (dialog));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_visit"), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  fy_gui_test_destroy (win);
}

/* A visitor declared with a companion who does not come: ticked "did not
 * come", the companion needs no temperature and is left out of the visit. */
static void
test_companion_did_not_come (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 host = fy_test_add_staff (store, "E001", "吴林", "department", "行政部", NULL);
  g_autoptr(FyGateVisit) v = fy_gate_visit_new (FY_GATE_VISITOR);
  FyWindow *win;
  GtkWindow *dialog;
  GtkWidget *absent;
  g_autofree char *status = NULL;

  fy_test_set_text (&v->purpose, "送样品");
  v->host_staff_id = host;
  g_ptr_array_add (v->people, person (FY_GATE_ROLE_VISITOR, "陈远", "11010519850312123", "13800138000",
                                      fy_test_at (TODAY, 8, 0) - 20 * 3600));
  g_ptr_array_add (v->people, person (FY_GATE_ROLE_COMPANION, "周同", "11010519900101123", "13900139000",
                                      fy_test_at (TODAY, 8, 0) - 20 * 3600));
  declare (store, v);
  win = fy_gui_test_make_window (store);
  show_gate_page (win);
  dialog = GTK_WINDOW (g_object_ref (fy_gate_check_dialog_present (GTK_WIDGET (win), store, v->id)));
  fy_gui_test_iterate ();
  /* The first person cannot be ticked away; the companion can. */
  g_assert_null (fy_gui_test_find_named (GTK_WIDGET (dialog), "gate-absent-0"));
  absent = named (dialog, "gate-absent-1");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (absent), TRUE);
  fy_gui_test_iterate ();
  g_assert_false (gtk_widget_is_sensitive (named (dialog, "gate-temp1-1")));
  gtk_widget_grab_focus (named (dialog, "gate-temp1-0"));
  type_text (dialog, "36.4");
  assert_proposal (dialog, TRUE);
  press_enter (dialog);
  fy_gui_test_wait_until (is_gone, dialog);
  g_object_unref (dialog);
  status = status_of (store, v->id);
  g_assert_cmpstr (status, ==, "inside");
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_person"), ==, 1);
  fy_gui_test_destroy (win);
}

int
main (int argc, char **argv)
{
  int status;

  if (!fy_gui_test_init (&argc, &argv, TODAY))
    return 0;
  g_setenv ("FANGYI_NOW", NOW, TRUE);
  g_test_add_func ("/gui/gate/visitor-in-and-out", test_visitor_in_and_out);
  g_test_add_func ("/gui/gate/truck-old-test", test_truck_old_test);
  g_test_add_func ("/gui/gate/undeclared-arrival", test_undeclared_arrival);
  g_test_add_func ("/gui/gate/undeclared-truck", test_undeclared_truck);
  g_test_add_func ("/gui/gate/search-registers-undeclared", test_search_registers_undeclared);
  g_test_add_func ("/gui/gate/bad-input-at-field", test_bad_input_at_field);
  g_test_add_func ("/gui/gate/edit-and-cancel", test_edit_and_cancel);
  g_test_add_func ("/gui/gate/companion-did-not-come", test_companion_did_not_come);
  status = g_test_run ();
  fy_gui_test_destroy_all_windows ();
  return status;
}

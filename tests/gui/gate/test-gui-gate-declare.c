/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The gate's declarations under Xvfb, in the real window on a real store:
 * a visitor declared by keyboard, and on the second visit typing the ID
 * number brings back name, company, host, purpose and areas; companions
 * added and removed, the one filled saved with the visitor; a truck with
 * a bad plate shows the error at the field and writes nothing; a truck
 * declared 2 h ahead shows the late warning and is saved flagged late; an
 * event 5 days ahead without approval is warned about in the register and
 * on Today, and deleted only after asking; the Gate page of Preferences
 * saves its rules; an expected visit opens again for editing. China's
 * time zone, the clock pinned. */
#include "config.h"

#include <string.h>

#include "fy-gate-today-private.h"
#include "fy-gate.h"
#include "fy-gui-test-support.h"
#include "fy-person-picker.h"
#include "fy-preferences.h"
#include "fy-validate.h"
#include "fy-zone-map.h"

#define TODAY "2026-11-22"
#define NOW   "2026-11-22 10:00"

typedef struct
{
  FyStore  *store;
  FyWindow *win;
  gint64    host, buffer, office, dock;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyZoneMap) map = NULL;
  g_autoptr(FyZoneArea) dock = NULL;

  f->store = fy_test_open_store ();
  f->host = fy_test_add_staff (f->store, "A01", "张主管", "department", "行政部", NULL);
  map = fy_zone_map_create (f->store, "厂区", 100, 60, &error);
  g_assert_no_error (error);
  f->buffer = fy_test_add_rect (map, "访客缓冲区", FY_ZONE_LEVEL_GREEN, 0, 0, 20, 20);
  f->office = fy_test_add_rect (map, "办公楼", FY_ZONE_LEVEL_GREEN, 30, 0, 50, 20);
  f->dock = fy_test_add_rect (map, "装卸区", FY_ZONE_LEVEL_BLUE, 60, 0, 90, 40);
  dock = fy_zone_area_copy (fy_zone_map_lookup_area (map, f->dock));
  dock->function = FY_ZONE_FUNCTION_LOADING_DOCK;
  g_assert_true (fy_zone_map_update_area (map, dock, &error));
  g_assert_no_error (error);
  f->win = fy_gui_test_make_window (f->store);
  fy_gui_test_iterate ();
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  fy_gui_test_destroy_all_windows ();
  g_assert_finalize_object (g_steal_pointer (&f->store));
}

static GtkWindow *
find_window (const char *name)
{
  GListModel *tops = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (tops); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (tops, i);

      if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (w)), name) == 0)
        return w;
    }
  return NULL;
}

/* What Enter in a single-line field does: its GtkText emits "activate". */
static void
press_enter (GtkWidget *entry)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (entry));

  g_assert_true (GTK_IS_TEXT (text));
  g_signal_emit_by_name (text, "activate");
  fy_gui_test_iterate ();
}

static GtkWidget *
named (GtkWindow *dialog, const char *name)
{
  GtkWidget *w = fy_gui_test_find_named (GTK_WIDGET (dialog), name);

  g_assert_nonnull (w);
  return w;
}

static void
type (GtkWindow *dialog, const char *name, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, name)), text);
  fy_gui_test_iterate ();
}

static const char *
text (GtkWindow *dialog, const char *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (named (dialog, name)));
}

/* A valid resident ID number from its first 17 characters. */
static char *
id_number (const char *first17)
{
  return g_strdup_printf ("%s%c", first17, fy_id_number_check_char (first17));
}

/* A new visit of `kind` planned at `planned_at`, with one person (the
 * visitor or the driver) known by name and phone; a visitor comes to see
 * the host. Not saved. */
static FyGateVisit *
new_visit (Fixture *f, FyGateKind kind, const char *name, const char *phone, gint64 planned_at)
{
  FyGateVisit *v = fy_gate_visit_new (kind);
  FyGatePerson *p = fy_gate_person_new (kind == FY_GATE_TRUCK ? FY_GATE_ROLE_DRIVER : FY_GATE_ROLE_VISITOR);

  fy_test_set_text (&p->name, name);
  fy_test_set_text (&p->phone, phone);
  g_ptr_array_add (v->people, p);
  v->planned_at = planned_at;
  if (kind == FY_GATE_VISITOR)
    v->host_staff_id = f->host;
  return v;
}

static void
declare (Fixture *f, FyGateVisit *v, gint64 now)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fy_gate_declare (f->store, v, now, &error));
  g_assert_no_error (error);
}

static GtkWindow *
open_declaration (Fixture *f, const char *kind, const char *name)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->win), "win.gate-declare", "s", kind));
  fy_gui_test_iterate ();
  dialog = find_window (name);
  g_assert_nonnull (dialog);
  return dialog;
}

static GtkCheckButton *
area_check (GtkWindow *dialog, const char *area)
{
  GtkWidget *check = fy_gui_test_find_named (named (dialog, "areas"), area);

  g_assert_true (GTK_IS_CHECK_BUTTON (check));
  return GTK_CHECK_BUTTON (check);
}

static void
test_visitor_by_keyboard (Fixture *f, gconstpointer data)
{
  g_autofree char *id = id_number ("11010519800101123");
  g_autoptr(GPtrArray) expected = NULL;
  GtkWindow *dialog = open_declaration (f, "visitor", "visitor-dialog");
  GtkWidget *picker, *focus;
  const FyGateVisit *v;

  /* The ID number first, with the focus in it. */
  focus = gtk_root_get_focus (GTK_ROOT (dialog));
  g_assert_true (focus == named (dialog, "id-number") || gtk_widget_is_ancestor (focus, named (dialog, "id-number")));
  type (dialog, "id-number", id);
  g_assert_false (gtk_widget_get_visible (named (dialog, "seen-before")));
  type (dialog, "phone", "13800138000");
  type (dialog, "name", "李访客");
  type (dialog, "company", "华东设备公司");
  type (dialog, "purpose", "设备检修");
  /* The host from the roster's quick form: typing, then Enter on the first match. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (named (dialog, "host")));
  fy_gui_test_iterate ();
  picker = named (dialog, "host-picker");
  fy_person_picker_set_search (FY_PERSON_PICKER (picker), "张");
  fy_gui_test_iterate ();
  fy_person_picker_activate_row (FY_PERSON_PICKER (picker), 0);
  fy_gui_test_iterate ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (dialog, "department"))), ==, "行政部");
  gtk_check_button_set_active (area_check (dialog, "访客缓冲区"), TRUE);
  gtk_check_button_set_active (area_check (dialog, "办公楼"), TRUE);
  press_enter (named (dialog, "purpose"));
  g_assert_false (fy_gui_test_is_toplevel (dialog));
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_visit WHERE kind = 'visitor'"), ==, 1);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM outsider"), ==, 1);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_visit_area"), ==, 2);
  expected = fy_gate_list_expected (f->store, TODAY, NULL);
  g_assert_cmpuint (expected->len, ==, 1);
  v = expected->pdata[0];
  g_assert_cmpint (v->host_staff_id, ==, f->host);
  g_assert_cmpstr (v->purpose, ==, "设备检修");
  g_assert_cmpint (v->planned_at, ==, fy_test_at (TODAY, 11, 0));

  /* The second visit: the ID number brings everything back. */
  dialog = open_declaration (f, "visitor", "visitor-dialog");
  type (dialog, "id-number", id);
  g_assert_true (gtk_widget_get_visible (named (dialog, "seen-before")));
  g_assert_cmpstr (text (dialog, "name"), ==, "李访客");
  g_assert_cmpstr (text (dialog, "company"), ==, "华东设备公司");
  g_assert_cmpstr (text (dialog, "phone"), ==, "13800138000");
  g_assert_cmpstr (text (dialog, "purpose"), ==, "设备检修");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (dialog, "department"))), ==, "行政部");
  g_assert_true (gtk_check_button_get_active (area_check (dialog, "访客缓冲区")));
  g_assert_true (gtk_check_button_get_active (area_check (dialog, "办公楼")));
  g_assert_false (gtk_check_button_get_active (area_check (dialog, "装卸区")));
  type (dialog, "time", "15:00");
  press_enter (named (dialog, "time"));
  g_assert_false (fy_gui_test_is_toplevel (dialog));
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_visit WHERE kind = 'visitor'"), ==, 2);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM outsider"), ==, 1);
}

/* Companions: added and removed by their buttons; an empty row is left
 * out, a filled one saved with the visitor. */
static void
test_visitor_companions (Fixture *f, gconstpointer data)
{
  g_autofree char *id = id_number ("31010119850505432");
  GtkWindow *dialog = open_declaration (f, "visitor", "visitor-dialog");
  GtkWidget *companions = named (dialog, "companions");
  GtkWidget *row;
  g_autoptr(GPtrArray) expected = NULL;

  type (dialog, "id-number", id);
  type (dialog, "name", "孙工");
  type (dialog, "purpose", "验收");
  gtk_menu_button_popup (GTK_MENU_BUTTON (named (dialog, "host")));
  fy_gui_test_iterate ();
  fy_person_picker_activate_row (FY_PERSON_PICKER (named (dialog, "host-picker")), 0);
  fy_gui_test_iterate ();
  fy_gui_test_click (fy_gui_test_find_named (companions, "add-companion"));
  fy_gui_test_click (fy_gui_test_find_named (companions, "add-companion"));
  /* The second row removed, the first filled. */
  row = gtk_widget_get_last_child (gtk_widget_get_first_child (companions));
  fy_gui_test_click (fy_gui_test_find_named (row, "remove"));
  g_assert_true (gtk_widget_get_first_child (gtk_widget_get_first_child (companions))
                 == gtk_widget_get_last_child (gtk_widget_get_first_child (companions)));
  gtk_editable_set_text (GTK_EDITABLE (fy_gui_test_find_named (companions, "name")), "周工");
  gtk_editable_set_text (GTK_EDITABLE (fy_gui_test_find_named (companions, "phone")), "13600136000");
  press_enter (named (dialog, "purpose"));
  g_assert_false (fy_gui_test_is_toplevel (dialog));
  expected = fy_gate_list_expected (f->store, TODAY, NULL);
  g_assert_cmpuint (expected->len, ==, 1);
  g_assert_cmpuint (((FyGateVisit *) expected->pdata[0])->people->len, ==, 2);
  g_assert_cmpstr (((FyGatePerson *) ((FyGateVisit *) expected->pdata[0])->people->pdata[1])->name, ==, "周工");
  g_assert_cmpint (((FyGatePerson *) ((FyGateVisit *) expected->pdata[0])->people->pdata[1])->role, ==,
                   FY_GATE_ROLE_COMPANION);
}

static void
fill_driver (GtkWindow *dialog)
{
  g_autofree char *id = id_number ("32010219751212345");
  GtkWidget *people = named (dialog, "people");

  gtk_editable_set_text (GTK_EDITABLE (fy_gui_test_find_named (people, "name")), "赵司机");
  gtk_editable_set_text (GTK_EDITABLE (fy_gui_test_find_named (people, "id-number")), id);
  gtk_editable_set_text (GTK_EDITABLE (fy_gui_test_find_named (people, "day-test")), "2026-11-21");
  gtk_editable_set_text (GTK_EDITABLE (fy_gui_test_find_named (people, "time-test")), "09:00");
  fy_gui_test_iterate ();
}

static void
test_truck_bad_plate (Fixture *f, gconstpointer data)
{
  GtkWindow *dialog = open_declaration (f, "truck", "truck-dialog");
  GtkWidget *plate = named (dialog, "plate");
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (dialog));

  g_assert_true (focus == plate || gtk_widget_is_ancestor (focus, plate));
  fill_driver (dialog);
  /* Checked as typed: the message under the plate, the field marked. */
  type (dialog, "plate", "京A12");
  g_assert_true (gtk_widget_get_visible (named (dialog, "plate-error")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (dialog, "plate-error"))), !=, "");
  g_assert_true (gtk_widget_has_css_class (plate, "error"));
  /* Enter: refused, the dialog stays, nothing written. */
  press_enter (plate);
  g_assert_true (fy_gui_test_is_toplevel (dialog));
  g_assert_true (gtk_widget_get_visible (named (dialog, "error")));
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_visit"), ==, 0);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM outsider"), ==, 0);
  /* Corrected, the messages go. */
  type (dialog, "plate", "京A12345");
  g_assert_false (gtk_widget_get_visible (named (dialog, "plate-error")));
  g_assert_false (gtk_widget_get_visible (named (dialog, "error")));
  g_assert_false (gtk_widget_has_css_class (plate, "error"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_visit"), ==, 0);
}

static void
collect_named (GtkWidget *widget, const char *name, GPtrArray *out)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    g_ptr_array_add (out, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_named (c, name, out);
}

/* The driver typed again as co-rider: refused at the co-rider's ID number,
 * nothing written. */
static void
test_truck_same_person_twice (Fixture *f, gconstpointer data)
{
  GtkWindow *dialog = open_declaration (f, "truck", "truck-dialog");
  g_autofree char *id = id_number ("32010219751212345");
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GtkWidget *rider_id;

  type (dialog, "plate", "京A12345");
  fill_driver (dialog);
  fy_gui_test_press (GTK_BUTTON (named (dialog, "add-rider")));
  fy_gui_test_iterate ();
  collect_named (named (dialog, "people"), "name", names);
  collect_named (named (dialog, "people"), "id-number", ids);
  g_assert_cmpuint (ids->len, ==, 2);
  rider_id = ids->pdata[1];
  gtk_editable_set_text (GTK_EDITABLE (names->pdata[1]), "钱随车");
  gtk_editable_set_text (GTK_EDITABLE (rider_id), id);
  fy_gui_test_iterate ();
  press_enter (named (dialog, "plate"));
  g_assert_true (fy_gui_test_is_toplevel (dialog));
  g_assert_true (gtk_widget_has_css_class (rider_id, "error"));
  g_assert_false (gtk_widget_has_css_class (ids->pdata[0], "error"));
  g_assert_true (gtk_widget_get_visible (named (dialog, "error")));
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_visit"), ==, 0);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM outsider"), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  fy_gui_test_iterate ();
}

/* A military plate is not GA 36 but the core admits it: saved as typed. */
static void
test_truck_military_plate (Fixture *f, gconstpointer data)
{
  GtkWindow *dialog = open_declaration (f, "truck", "truck-dialog");

  type (dialog, "plate", "VA12345");
  g_assert_false (gtk_widget_get_visible (named (dialog, "plate-error")));
  fill_driver (dialog);
  press_enter (named (dialog, "plate"));
  g_assert_false (fy_gui_test_is_toplevel (dialog));
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_visit WHERE plate = 'VA12345'"), ==, 1);
}

static void
test_truck_late (Fixture *f, gconstpointer data)
{
  GtkWindow *dialog = open_declaration (f, "truck", "truck-dialog");
  GtkDropDown *unload = GTK_DROP_DOWN (named (dialog, "unload"));
  g_autoptr(GPtrArray) expected = NULL;
  const FyGateVisit *v;

  /* Tomorrow is proposed: in time, no warning. */
  g_assert_false (gtk_widget_get_visible (named (dialog, "late-warning")));
  /* The loading dock is the one unloading point offered, and proposed. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (unload)), ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (unload), ==, 1);
  type (dialog, "plate", "沪B D12345");
  fill_driver (dialog);
  type (dialog, "cargo", "钢材");
  type (dialog, "day", TODAY);
  type (dialog, "time", "12:00");
  g_assert_true (gtk_widget_get_visible (named (dialog, "late-warning")));
  press_enter (named (dialog, "cargo"));
  g_assert_false (fy_gui_test_is_toplevel (dialog));
  expected = fy_gate_list_expected (f->store, TODAY, NULL);
  g_assert_cmpuint (expected->len, ==, 1);
  v = expected->pdata[0];
  g_assert_cmpint (v->kind, ==, FY_GATE_TRUCK);
  g_assert_true (v->flags & FY_GATE_FLAG_LATE);
  g_assert_cmpint (v->unload_area_id, ==, f->dock);
  g_assert_cmpint (v->people->len, ==, 1);
  g_assert_cmpint (((FyGatePerson *) v->people->pdata[0])->role, ==, FY_GATE_ROLE_DRIVER);
}

static void
test_event_warning (Fixture *f, gconstpointer data)
{
  GtkWindow *events, *form;
  FyGateToday *section;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->win), "win.gate-events", NULL));
  fy_gui_test_iterate ();
  events = find_window ("gate-events");
  g_assert_nonnull (events);
  g_assert_null (fy_gui_test_find_named (GTK_WIDGET (events), "needs-approval"));
  fy_gui_test_click (named (events, "add-event"));
  form = find_window ("gate-event-dialog");
  g_assert_nonnull (form);
  type (form, "name", "年终客户答谢会");
  type (form, "day", "2026-11-27");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (named (form, "headcount")), 260);
  press_enter (named (form, "name"));
  g_assert_false (fy_gui_test_is_toplevel (form));
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_event"), ==, 1);
  /* The register followed, with the warning. */
  g_assert_nonnull (fy_gui_test_find_named (GTK_WIDGET (events), "needs-approval"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (events), "window.close", NULL));
  fy_gui_test_iterate ();

  fy_window_show_page (f->win, "today");
  fy_gui_test_iterate ();
  section = FY_GATE_TODAY (fy_gui_test_find_child_of_type (GTK_WIDGET (f->win), FY_TYPE_GATE_TODAY));
  g_assert_nonnull (section);
  g_assert_cmpuint (fy_gate_today_get_n_unapproved (section), ==, 1);
  g_assert_nonnull (fy_gui_test_find_named (GTK_WIDGET (section), "today-gate-event"));
}

static void
on_response_cb (AdwMessageDialog *dialog, const char *response, gboolean *asked)
{
  *asked = TRUE;
}

/* Deleting asks first; Cancel keeps the event, Delete removes it. */
static void
test_event_delete (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyGateEvent) e = fy_gate_event_new ();
  GtkWindow *events;
  AdwMessageDialog *ask;
  gboolean asked = FALSE;

  fy_test_set_text (&e->name, "技术交流会");
  fy_test_set_text (&e->held_on, "2026-12-20");
  e->headcount = 300;
  g_assert_true (fy_gate_event_save (f->store, e, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->win), "win.gate-events", NULL));
  fy_gui_test_iterate ();
  events = find_window ("gate-events");
  fy_gui_test_click (named (events, "delete"));
  ask = fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (ask);
  g_signal_connect (ask, "response", G_CALLBACK (on_response_cb), &asked);
  adw_message_dialog_response (ask, "cancel");
  fy_gui_test_iterate ();
  g_assert_true (asked);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_event"), ==, 1);
  fy_gui_test_click (named (events, "delete"));
  ask = fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (ask);
  adw_message_dialog_response (ask, "delete");
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_event"), ==, 0);
  g_assert_null (fy_gui_test_find_named (GTK_WIDGET (events), "delete"));
}

/* Today: one visitor inside since 00:30 (past the 480 minutes at 10:00,
 * said in red) and one still expected. */
static void
test_today_counts (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  FyGateToday *section;
  GtkWidget *inside;
  const char *phones[] = { "13900139000", "13900139001" };

  for (guint i = 0; i < G_N_ELEMENTS (phones); i++)
    {
      g_autoptr(FyGateVisit) v = new_visit (f, FY_GATE_VISITOR, i == 0 ? "王访客" : "陈访客", phones[i],
                                            fy_test_at (TODAY, i == 0 ? 11 : 14, 0));
      FyGatePerson *p = v->people->pdata[0];

      p->code = FY_CODE_GREEN;
      p->test_at = fy_test_at ("2026-11-21", 6, 0);
      p->test_result = FY_RESULT_NEGATIVE;
      fy_test_set_text (&v->purpose, "洽谈");
      declare (f, v, fy_test_at ("2026-11-21", 8, 0));
      if (i == 0)
        {
          FyGateCheckIn check = { .visit = v, .admit = TRUE, .at = fy_test_at (TODAY, 0, 30) };

          p->temp1 = 365;
          g_assert_true (fy_gate_check_in (f->store, &check, &error));
          g_assert_no_error (error);
        }
    }
  fy_window_show_page (f->win, "today");
  fy_gui_test_iterate ();
  section = FY_GATE_TODAY (fy_gui_test_find_child_of_type (GTK_WIDGET (f->win), FY_TYPE_GATE_TODAY));
  g_assert_cmpint (fy_gate_today_get_counts (section)->expected_left, ==, 1);
  g_assert_cmpint (fy_gate_today_get_counts (section)->inside_now, ==, 1);
  g_assert_cmpint (fy_gate_today_get_counts (section)->overstay, ==, 1);
  g_assert_cmpint (fy_gate_today_get_counts (section)->visitor_people, ==, 1);
  inside = fy_gui_test_find_named (GTK_WIDGET (section), "today-gate-inside");
  g_assert_nonnull (inside);
  g_assert_true (gtk_widget_has_css_class (inside, "error"));
  g_assert_nonnull (fy_gui_test_find_named (GTK_WIDGET (section), "today-gate-expected"));
}

static void
test_edit_expected (Fixture *f, gconstpointer data)
{
  g_autoptr(FyGateVisit) v = new_visit (f, FY_GATE_TRUCK, "钱司机", "13700137000", fy_test_at ("2026-11-24", 9, 0));
  GtkWindow *dialog;

  fy_test_set_text (&v->plate, "苏E12345");
  fy_test_set_text (&v->cargo, "纸箱");
  declare (f, v, fy_now ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->win), "win.gate-edit", "x", v->id));
  fy_gui_test_iterate ();
  dialog = find_window ("truck-dialog");
  g_assert_nonnull (dialog);
  g_assert_cmpstr (text (dialog, "plate"), ==, "苏E12345");
  g_assert_cmpstr (text (dialog, "cargo"), ==, "纸箱");
  g_assert_cmpstr (text (dialog, "day"), ==, "2026-11-24");
  type (dialog, "cargo", "纸箱、托盘");
  press_enter (named (dialog, "cargo"));
  g_assert_false (fy_gui_test_is_toplevel (dialog));
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_visit"), ==, 1);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_visit WHERE cargo = '纸箱、托盘'"), ==, 1);
}

/* A visitor's declaration opened again shows it as saved, not as a
 * visitor "seen before". */
static void
test_edit_visitor (Fixture *f, gconstpointer data)
{
  g_autoptr(FyGateVisit) v = new_visit (f, FY_GATE_VISITOR, "吴访客", "13500135000", fy_test_at ("2026-11-23", 9, 30));
  GtkWindow *dialog;

  fy_test_set_text (&v->purpose, "送样");
  g_array_append_val (v->area_ids, f->office);
  declare (f, v, fy_now ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->win), "win.gate-edit", "x", v->id));
  fy_gui_test_iterate ();
  dialog = find_window ("visitor-dialog");
  g_assert_nonnull (dialog);
  g_assert_false (gtk_widget_get_visible (named (dialog, "seen-before")));
  g_assert_cmpstr (text (dialog, "name"), ==, "吴访客");
  g_assert_cmpstr (text (dialog, "purpose"), ==, "送样");
  g_assert_cmpstr (text (dialog, "time"), ==, "09:30");
  g_assert_true (gtk_check_button_get_active (area_check (dialog, "办公楼")));
  g_assert_false (gtk_check_button_get_active (area_check (dialog, "访客缓冲区")));
  gtk_check_button_set_active (area_check (dialog, "访客缓冲区"), TRUE);
  press_enter (named (dialog, "purpose"));
  g_assert_false (fy_gui_test_is_toplevel (dialog));
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_visit"), ==, 1);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM gate_visit_area"), ==, 2);
}

static void
test_preferences (Fixture *f, gconstpointer data)
{
  FyPreferences *prefs = fy_preferences_new (GTK_WINDOW (f->win), f->store);
  GtkWidget *page;
  FyGateRules rules;

  gtk_window_present (GTK_WINDOW (prefs));
  fy_gui_test_iterate ();
  page = fy_gui_test_find_named (GTK_WIDGET (prefs), "gate");
  g_assert_true (ADW_IS_PREFERENCES_PAGE (page));
  fy_gate_rules_load (f->store, &rules);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (fy_gui_test_find_named (page, "test-max-hours"))),
                   ==, rules.test_max_hours);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (fy_gui_test_find_named (page, "test-max-hours")), 72);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (fy_gui_test_find_named (page, "notice-hours")), 12);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (fy_gui_test_find_named (page, "truck-dwell-min")), 90);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (fy_gui_test_find_named (page, "visitor-dwell-min")), 240);
  fy_gui_test_iterate ();
  fy_gate_rules_load (f->store, &rules);
  g_assert_cmpint (rules.test_max_hours, ==, 72);
  g_assert_cmpint (rules.notice_hours, ==, 12);
  g_assert_cmpint (rules.truck_dwell_min, ==, 90);
  g_assert_cmpint (rules.visitor_dwell_min, ==, 240);
}

int
main (int argc, char **argv)
{
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  g_setenv ("FANGYI_NOW", NOW, TRUE);
  if (!fy_gui_test_init (&argc, &argv, TODAY))
    return 0;
  g_test_add ("/gui/gate/visitor-by-keyboard", Fixture, NULL, fixture_setup, test_visitor_by_keyboard,
              fixture_teardown);
  g_test_add ("/gui/gate/visitor-companions", Fixture, NULL, fixture_setup, test_visitor_companions,
              fixture_teardown);
  g_test_add ("/gui/gate/truck-bad-plate", Fixture, NULL, fixture_setup, test_truck_bad_plate, fixture_teardown);
  g_test_add ("/gui/gate/truck-same-person-twice", Fixture, NULL, fixture_setup, test_truck_same_person_twice,
              fixture_teardown);
  g_test_add ("/gui/gate/truck-military-plate", Fixture, NULL, fixture_setup, test_truck_military_plate,
              fixture_teardown);
  g_test_add ("/gui/gate/truck-late", Fixture, NULL, fixture_setup, test_truck_late, fixture_teardown);
  g_test_add ("/gui/gate/event-warning", Fixture, NULL, fixture_setup, test_event_warning, fixture_teardown);
  g_test_add ("/gui/gate/event-delete", Fixture, NULL, fixture_setup, test_event_delete, fixture_teardown);
  g_test_add ("/gui/gate/today-counts", Fixture, NULL, fixture_setup, test_today_counts, fixture_teardown);
  g_test_add ("/gui/gate/edit-expected", Fixture, NULL, fixture_setup, test_edit_expected, fixture_teardown);
  g_test_add ("/gui/gate/edit-visitor", Fixture, NULL, fixture_setup, test_edit_visitor, fixture_teardown);
  g_test_add ("/gui/gate/preferences", Fixture, NULL, fixture_setup, test_preferences, fixture_teardown);
  return g_test_run ();
}

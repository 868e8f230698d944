/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Health page in the real window under Xvfb, driven by the keyboard.
 *
 * How keys are sent: GTK 4 has no public way to make a GdkEvent, so each
 * key press is emitted as "key-pressed" on the key controller of the
 * focused temperature field — the controller ("fy-entry-keys") a real key
 * press reaches first, in the capture phase. It takes digits, the point and
 * the command keys itself (the field types characters without the input
 * method), so every key of these tests goes through the code a user's key
 * press runs. The focus itself is never set by the test: after the first
 * field it is wherever the view's own key handling put it.
 *
 * Checked: 30 staff on site (a quarantined and a left person are not
 * listed); 30 temperatures typed with Enter between them, one full-width,
 * stored exactly; a Fahrenheit value is refused under the row, keeps the
 * focus and stores nothing; Escape reverts; Shift+Enter and Up go back;
 * an abnormal value (38.2) opens the follow-up dialog, which records a
 * recheck and an action and closes the follow-up; G sets a green code;
 * fill-normal marks the rest of the afternoon as a status without a number;
 * the missing list moves the focus to the person chosen. */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "fy-daily-entry-private.h"
#include "fy-daily-entry.h"
#include "fy-entry-model.h"
#include "fy-followup-dialog-private.h"
#include "fy-followup-dialog.h"
#include "fy-gui-test-support.h"
#include "fy-health-page-private.h"
#include "fy-health-page.h"
#include "fy-absence.h"
#include "fy-quarantine.h"

#define TODAY "2026-11-22"
#define N_ON_SITE 30

typedef struct
{
  FyStore      *store;
  FyWindow     *win;
  FyDailyEntry *entry;
  gint64        quarantined;
  gint64        left;
} Fixture;

/* ------------------------------------------------------------------ */
/* Keys                                                                */

static GtkWidget *
focus_widget (Fixture *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->win));
}

static GtkEventController *
find_key_controller (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w; w = gtk_widget_get_parent (w))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (w);
      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);
          if (g_strcmp0 (gtk_event_controller_get_name (c), "fy-entry-keys") == 0)
            return c;
        }
    }
  return NULL;
}

/* One key press on the focused field; TRUE when the view took it. */
static gboolean
press (Fixture *f, guint keyval, GdkModifierType state)
{
  GtkEventController *keys = find_key_controller (focus_widget (f));
  gboolean handled = FALSE;

  g_assert_nonnull (keys);
  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, state, &handled);
  fy_gui_test_iterate ();
  return handled;
}

static void
type_text (Fixture *f, const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    g_assert_true (press (f, gdk_unicode_to_keyval (g_utf8_get_char (p)), 0));
}

typedef struct
{
  Fixture *f;
  int      position;
} FocusWait;

static gboolean
focus_is_at (gpointer data)
{
  FocusWait *w = data;
  return fy_daily_entry_get_focus_position (w->f->entry) == w->position;
}

/* The view moves the focus itself (at once, or once the list has built
 * the row): wait for it, and fail if it never arrives. */
static void
wait_focus (Fixture *f, int position)
{
  FocusWait w = { f, position };
  fy_gui_test_wait_until (focus_is_at, &w);
}

static const char *
field_text (Fixture *f)
{
  GtkWidget *field = fy_daily_entry_get_focus_field (f->entry);
  g_assert_nonnull (field);
  return gtk_editable_get_text (GTK_EDITABLE (field));
}

/* ------------------------------------------------------------------ */
/* Fixture                                                             */

static gint64
staff_at (Fixture *f, guint position)
{
  g_autoptr(FyEntryItem) item = g_list_model_get_item (fy_daily_entry_get_model (f->entry), position);
  g_assert_nonnull (item);
  return fy_entry_item_get_staff_id (item);
}

static void
add_staff (Fixture *f)
{
  static const char *const departments[] = { "冲压车间", "总装车间", "质检部" };
  g_autoptr(GError) error = NULL;
  FyQuarantineSpec spec = { 0 };

  for (int i = 0; i < N_ON_SITE + 2; i++)
    {
      g_autofree char *no = g_strdup_printf ("H%03d", i + 1);
      g_autofree char *name = g_strdup_printf ("员工%02d", i + 1);
      g_autoptr(FyStaff) s = fy_test_staff_new (no, name);
      fy_test_set_text (&s->department, departments[i % 3]);
      fy_test_set_text (&s->team, i % 2 ? "甲班" : "乙班");
      fy_test_save_staff (f->store, s);
      if (i == N_ON_SITE)
        f->quarantined = s->id;
      else if (i == N_ON_SITE + 1)
        f->left = s->id;
    }
  spec.staff_id = f->quarantined;
  spec.template_code = "home_7";
  spec.start_day = "2026-11-20";
  spec.reason = FY_QUARANTINE_REASON_CLOSE_CONTACT;
  g_assert_true (fy_quarantine_start (f->store, &spec, g_get_real_time () / G_USEC_PER_SEC, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (fy_staff_mark_left (f->store, f->left, "2026-11-15", &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  FyHealthPage *page;

  f->store = fy_test_open_store ();
  add_staff (f);
  f->win = fy_gui_test_make_window (f->store);
  fy_window_show_page (f->win, "health");
  fy_gui_test_iterate ();
  page = FY_HEALTH_PAGE (fy_gui_test_find_child_of_type (GTK_WIDGET (f->win), FY_TYPE_HEALTH_PAGE));
  g_assert_nonnull (page);
  f->entry = fy_health_page_get_entry (page);
  fy_daily_entry_show (f->entry, TODAY, FY_SESSION_MORNING, 0);
  g_assert_cmpstr (fy_health_page_get_day (page), ==, TODAY);
  g_assert_cmpint (fy_health_page_get_session (page), ==, FY_SESSION_MORNING);
  wait_focus (f, 0);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  fy_gui_test_destroy_all_windows ();
  g_assert_finalize_object (g_steal_pointer (&f->store));
}

static FyReading
stored (Fixture *f, gint64 staff_id, FyHealthSession session)
{
  g_autoptr(GError) error = NULL;
  FyReading r;

  g_assert_true (fy_health_get_reading (f->store, staff_id, TODAY, session, &r, &error));
  g_assert_no_error (error);
  return r;
}

static gint64
count (Fixture *f, const char *sql)
{
  return fy_test_query_int (f->store, sql);
}

/* ------------------------------------------------------------------ */

static void
test_listed (Fixture *f, gconstpointer data)
{
  GListModel *model = fy_daily_entry_get_model (f->entry);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_ON_SITE);
  for (guint i = 0; i < N_ON_SITE; i++)
    {
      gint64 id = staff_at (f, i);
      g_assert_true (id != f->quarantined);
      g_assert_true (id != f->left);
    }
  /* The focus starts in the first empty temperature field. */
  g_assert_cmpint (fy_daily_entry_get_focus_position (f->entry), ==, 0);
  g_assert_cmpstr (field_text (f), ==, "");
}

static void
close_follow_up_dialog (Fixture *f, gint64 staff_id)
{
  FyFollowupDialog *dialog = fy_gui_test_find_toplevel (FY_TYPE_FOLLOWUP_DIALOG);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) open = NULL;
  FyReading r;

  g_assert_nonnull (dialog);
  /* Closing without an action is refused, with the reason in the dialog. */
  fy_gui_test_click (fy_followup_dialog_get_close_button (dialog));
  g_assert_true (fy_gui_test_is_toplevel (dialog));
  g_assert_nonnull (fy_followup_dialog_get_error (dialog));

  gtk_editable_set_text (fy_followup_dialog_get_recheck (dialog), "３７．１");
  fy_followup_dialog_set_action (dialog, FY_FOLLOW_UP_ACTION_FEVER_CLINIC);
  gtk_editable_set_text (fy_followup_dialog_get_note (dialog), "送发热门诊");
  fy_gui_test_click (fy_followup_dialog_get_close_button (dialog));
  g_assert_false (fy_gui_test_is_toplevel (dialog));

  open = fy_health_list_follow_ups (f->store, TRUE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (open->len, ==, 0);
  r = stored (f, staff_id, FY_SESSION_MORNING);
  g_assert_cmpint (r.recheck_tenths, ==, 371);
  fy_reading_clear (&r);
  g_assert_cmpint (count (f, "SELECT count(*) FROM follow_up WHERE action = 'fever_clinic'"
                             " AND closed_at IS NOT NULL AND note = '送发热门诊'"), ==, 1);
}

static void
test_type_thirty (Fixture *f, gconstpointer data)
{
  int expected[N_ON_SITE];

  for (int i = 0; i < N_ON_SITE; i++)
    {
      g_autofree char *text = NULL;

      g_assert_cmpint (fy_daily_entry_get_focus_position (f->entry), ==, i);
      expected[i] = 360 + i % 9;
      if (i == 3)
        {
          /* Fahrenheit: refused under the row, focus kept, nothing stored. */
          type_text (f, "98");
          g_assert_true (press (f, GDK_KEY_Return, 0));
          g_assert_cmpint (fy_daily_entry_get_focus_position (f->entry), ==, i);
          g_assert_nonnull (fy_daily_entry_get_focus_message (f->entry));
          g_assert_cmpint (count (f, "SELECT count(*) FROM reading"), ==, i);
          /* Escape puts back what is stored (nothing) and clears the message. */
          g_assert_true (press (f, GDK_KEY_Escape, 0));
          g_assert_cmpstr (field_text (f), ==, "");
          g_assert_null (fy_daily_entry_get_focus_message (f->entry));
        }
      if (i == 7)
        expected[i] = 382;
      text = g_strdup_printf ("%d.%d", expected[i] / 10, expected[i] % 10);
      if (i == 5)
        type_text (f, "３６．５");     /* what a Chinese input method types */
      else
        type_text (f, text);
      if (i == 5)
        expected[i] = 365;
      if (i == 12)
        g_assert_true (press (f, GDK_KEY_g, 0));   /* green code, saved at once */
      g_assert_true (press (f, GDK_KEY_Return, 0));

      if (i == 7)
        close_follow_up_dialog (f, staff_at (f, 7));
      if (i < N_ON_SITE - 1)
        wait_focus (f, i + 1);

      if (i == 10)
        {
          /* Shift+Enter goes back to the previous person, showing the value… */
          g_assert_true (press (f, GDK_KEY_Return, GDK_SHIFT_MASK));
          wait_focus (f, 10);
          g_assert_cmpstr (field_text (f), ==, text);
          /* …Up one more, Down twice to where we were; nothing changes. */
          g_assert_true (press (f, GDK_KEY_Up, 0));
          wait_focus (f, 9);
          g_assert_true (press (f, GDK_KEY_Down, 0));
          wait_focus (f, 10);
          g_assert_true (press (f, GDK_KEY_Down, 0));
          wait_focus (f, 11);
        }
    }

  /* The 30 stored values, each exactly as typed, nothing else. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM reading WHERE day = '" TODAY "' AND session = 0"), ==, N_ON_SITE);
  g_assert_cmpint (count (f, "SELECT count(*) FROM reading_history"), ==, 0);
  for (int i = 0; i < N_ON_SITE; i++)
    {
      FyReading r = stored (f, staff_at (f, i), FY_SESSION_MORNING);
      g_assert_cmpint (r.status, ==, FY_READING_MEASURED);
      g_assert_cmpint (r.temp_tenths, ==, expected[i]);
      g_assert_cmpint (r.code_colour, ==, i == 12 ? FY_CODE_GREEN : FY_CODE_UNKNOWN);
      g_assert_cmpint ((r.abnormal & FY_ABNORMAL_FEVER) != 0, ==, i == 7);
      fy_reading_clear (&r);
    }
  /* The person with a fever shows it at once. */
  {
    g_autoptr(FyEntryItem) item = g_list_model_get_item (fy_daily_entry_get_model (f->entry), 7);
    g_assert_true (fy_entry_item_get_row (item)->readings[FY_SESSION_MORNING].abnormal & FY_ABNORMAL_FEVER);
  }
}

static void
test_fill_normal (Fixture *f, gconstpointer data)
{
  AdwMessageDialog *dialog;
  g_autoptr(GError) error = NULL;

  /* Afternoon: ten typed, the rest filled. */
  fy_daily_entry_show (f->entry, NULL, FY_SESSION_AFTERNOON, 0);
  wait_focus (f, 0);
  for (int i = 0; i < 10; i++)
    {
      type_text (f, "36.6");
      g_assert_true (press (f, GDK_KEY_Return, 0));
      wait_focus (f, i + 1);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->entry), "entry.fill-normal", NULL));
  fy_gui_test_iterate ();
  dialog = fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "20"));
  adw_message_dialog_response (dialog, "fill");
  fy_gui_test_iterate ();

  /* A status, never a number. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM reading WHERE session = 1 AND status = 'normal_unmeasured'"
                             " AND temp_tenths IS NULL"), ==, N_ON_SITE - 10);
  g_assert_cmpint (count (f, "SELECT count(*) FROM reading WHERE session = 1 AND status = 'measured'"
                             " AND temp_tenths = 366"), ==, 10);
  g_assert_cmpint (fy_health_count_missing (f->store, TODAY, FY_SESSION_AFTERNOON, NULL, &error), ==, 0);
  /* The rows on screen follow without a reload. */
  {
    g_autoptr(FyEntryItem) item = g_list_model_get_item (fy_daily_entry_get_model (f->entry), 15);
    g_assert_cmpint (fy_entry_item_get_row (item)->readings[FY_SESSION_AFTERNOON].status, ==,
                     FY_READING_NORMAL_UNMEASURED);
  }
}

/* Someone on leave and someone on sick leave: the confirmation names
 * them with the reason, fill-normal leaves them out, their rows show the
 * reason, and the toast's Undo takes the fill back. */
static void
test_fill_normal_away (Fixture *f, gconstpointer data)
{
  AdwMessageDialog *dialog;
  g_autoptr(GError) error = NULL;
  gint64 leave = staff_at (f, 3);
  gint64 sick = staff_at (f, 4);
  const char *body;

  g_assert_true (fy_absence_record (f->store, leave, &(FyAbsenceSpec) { .kind = FY_ABSENCE_LEAVE,
                                    .start_day = TODAY, .end_day = TODAY }, 0, NULL, &error));
  g_assert_true (fy_absence_record (f->store, sick, &(FyAbsenceSpec) { .kind = FY_ABSENCE_SICK_LEAVE,
                                    .start_day = "2026-11-21", .end_day = "2026-11-23" }, 0, NULL, &error));
  g_assert_no_error (error);
  fy_gui_test_iterate ();
  {
    g_autoptr(FyEntryItem) item = g_list_model_get_item (fy_daily_entry_get_model (f->entry), 3);
    g_assert_cmpint (fy_entry_item_get_staff_id (item), ==, leave);
    g_assert_cmpint (fy_entry_item_get_row (item)->away, ==, FY_AWAY_LEAVE);
  }
  /* Listed with their reason, but not counted on site (as the daily report). */
  {
    GtkWidget *label = fy_gui_test_find_buildable_id (GTK_WIDGET (f->entry), "count_label");
    g_autofree char *want = g_strdup_printf ("%d people on site", N_ON_SITE - 2);
    g_assert_nonnull (label);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, want);
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->entry), "entry.fill-normal", NULL));
  fy_gui_test_iterate ();
  dialog = fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "28"));
  body = adw_message_dialog_get_body (dialog);
  /* The quarantined person of the fixture is named too. */
  g_assert_nonnull (strstr (body, "3 people not there"));
  g_assert_nonnull (strstr (body, " (Leave)"));
  g_assert_nonnull (strstr (body, " (Sick leave)"));
  g_assert_nonnull (strstr (body, "员工31 (In quarantine)"));
  adw_message_dialog_response (dialog, "fill");
  fy_gui_test_iterate ();
  g_assert_cmpint (count (f, "SELECT count(*) FROM reading WHERE session = 0 AND status = 'normal_unmeasured'"),
                   ==, N_ON_SITE - 2);
  g_assert_cmpint (stored (f, leave, FY_SESSION_MORNING).status, ==, FY_READING_NONE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->entry), "entry.undo-fill", NULL));
  fy_gui_test_iterate ();
  g_assert_cmpint (count (f, "SELECT count(*) FROM reading"), ==, 0);
}

/* No one is missing a reading this morning. */
static gboolean
morning_complete (gpointer store)
{
  return fy_health_count_missing (store, TODAY, FY_SESSION_MORNING, NULL, NULL) == 0;
}

/* Keys sent back to back, the main loop never running between them, as a
 * fast typist's keys queue up: each value still lands on its own person
 * (rows below the visible part take the keys typed before they show). */
static void
test_type_ahead (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  GtkEventController *keys;
  gboolean handled;

  for (int i = 0; i < N_ON_SITE; i++)
    {
      g_autofree char *text = g_strdup_printf ("36.%d", i % 8);
      for (const char *p = text; *p; p++)
        {
          keys = find_key_controller (focus_widget (f));
          g_assert_nonnull (keys);
          g_signal_emit_by_name (keys, "key-pressed", gdk_unicode_to_keyval (*p), 0, 0, &handled);
          g_assert_true (handled);
        }
      keys = find_key_controller (focus_widget (f));
      g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Return, 0, 0, &handled);
      g_assert_true (handled);
    }
  fy_gui_test_wait_until (morning_complete, f->store);
  g_assert_cmpint (fy_health_count_missing (f->store, TODAY, FY_SESSION_MORNING, NULL, &error), ==, 0);
  for (int i = 0; i < N_ON_SITE; i++)
    {
      FyReading r = stored (f, staff_at (f, i), FY_SESSION_MORNING);
      g_assert_cmpint (r.temp_tenths, ==, 360 + i % 8);
      fy_reading_clear (&r);
    }
}

static gboolean
is_missing_view (GtkWidget *widget, gconstpointer missing)
{
  GtkSelectionModel *model;

  if (!GTK_IS_LIST_VIEW (widget))
    return FALSE;
  model = gtk_list_view_get_model (GTK_LIST_VIEW (widget));
  return GTK_IS_SINGLE_SELECTION (model) && gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model)) == missing;
}

static void
test_missing_list (Fixture *f, gconstpointer data)
{
  GListModel *missing = fy_daily_entry_get_missing_model (f->entry);
  GtkWidget *view;

  for (int i = 0; i < 3; i++)
    {
      type_text (f, "36.4");
      g_assert_true (press (f, GDK_KEY_Return, 0));
      wait_focus (f, i + 1);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->entry), "entry.missing", NULL));
  fy_gui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (missing), ==, N_ON_SITE - 3);
  /* The 25th person still missing is the list's 28th row. */
  view = fy_gui_test_find_widget (GTK_WIDGET (f->entry), is_missing_view, missing);
  g_assert_nonnull (view);
  g_signal_emit_by_name (view, "activate", 24u);
  wait_focus (f, 27);
  g_assert_cmpstr (field_text (f), ==, "");
  /* Entered: gone from the list at once, the others stay. */
  {
    g_autoptr(FyEntryItem) item = g_list_model_get_item (fy_daily_entry_get_model (f->entry), 27);
    g_autofree char *number = g_strdup (fy_entry_item_get_row (item)->person.employee_no);

    type_text (f, "36.2");
    g_assert_true (press (f, GDK_KEY_Return, 0));
    wait_focus (f, 28);
    g_assert_cmpuint (g_list_model_get_n_items (missing), ==, N_ON_SITE - 4);
    for (guint i = 0; i < g_list_model_get_n_items (missing); i++)
      {
        g_autoptr(GtkStringObject) text = g_list_model_get_item (missing, i);
        g_assert_null (strstr (gtk_string_object_get_string (text), number));
      }
  }
}

/* Another page asks for a person (the Today page does): the Health page
 * comes up with the focus in that person's field. */
static void
test_show_person (Fixture *f, gconstpointer data)
{
  gint64 id = staff_at (f, 26);

  fy_window_show_page (f->win, "staff");
  fy_gui_test_iterate ();
  fy_daily_entry_show (f->entry, TODAY, FY_SESSION_AFTERNOON, id);
  fy_window_show_page (f->win, "health");
  wait_focus (f, 26);
  g_assert_cmpint (fy_daily_entry_get_session (f->entry), ==, FY_SESSION_AFTERNOON);
  type_text (f, "36.9");
  g_assert_true (press (f, GDK_KEY_Return, 0));
  wait_focus (f, 27);
  {
    FyReading r = stored (f, id, FY_SESSION_AFTERNOON);
    g_assert_cmpint (r.temp_tenths, ==, 369);
    fy_reading_clear (&r);
  }
}

/* Morning and afternoon are offered with the daily entry only. */
static void
test_session_switch (Fixture *f, gconstpointer data)
{
  FyHealthPage *page = FY_HEALTH_PAGE (fy_gui_test_find_child_of_type (GTK_WIDGET (f->win), FY_TYPE_HEALTH_PAGE));
  GtkWidget *morning = fy_gui_test_find_buildable_id (GTK_WIDGET (page), "morning_button");

  g_assert_true (gtk_widget_is_drawable (morning));
  fy_health_page_show (page, "tests");
  fy_gui_test_iterate ();
  g_assert_false (gtk_widget_is_drawable (morning));
  fy_health_page_show (page, "travel");
  fy_gui_test_iterate ();
  g_assert_false (gtk_widget_is_drawable (morning));
  fy_health_page_show (page, "entry");
  fy_gui_test_iterate ();
  g_assert_true (gtk_widget_is_drawable (morning));
}

int
main (int argc, char **argv)
{
  g_setenv ("TZ", "CST-8", TRUE);
  if (!fy_gui_test_init (&argc, &argv, TODAY))
    return 0;
  g_test_add ("/gui/health/listed", Fixture, NULL, fixture_set_up, test_listed, fixture_tear_down);
  g_test_add ("/gui/health/type-thirty", Fixture, NULL, fixture_set_up, test_type_thirty, fixture_tear_down);
  g_test_add ("/gui/health/type-ahead", Fixture, NULL, fixture_set_up, test_type_ahead, fixture_tear_down);
  g_test_add ("/gui/health/fill-normal", Fixture, NULL, fixture_set_up, test_fill_normal, fixture_tear_down);
  g_test_add ("/gui/health/fill-normal-away", Fixture, NULL, fixture_set_up, test_fill_normal_away,
              fixture_tear_down);
  g_test_add ("/gui/health/show-person", Fixture, NULL, fixture_set_up, test_show_person, fixture_tear_down);
  g_test_add ("/gui/health/missing-list", Fixture, NULL, fixture_set_up, test_missing_list, fixture_tear_down);
  g_test_add ("/gui/health/session-switch", Fixture, NULL, fixture_set_up, test_session_switch, fixture_tear_down);
  return g_test_run ();
}

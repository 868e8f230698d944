/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-tests-view.c — the due / overdue list and the recent test rounds.
 * The due list comes from one indexed query (fy_tests_list_due) and is
 * replaced as a whole when anything about tests, staff or quarantine
 * changes. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-cadence-dialog.h"
#include "fy-clock.h"
#include "fy-form-util.h"
#include "fy-gui-util.h"
#include "fy-lazy-reload.h"
#include "fy-record-item.h"
#include "fy-test-record-dialog.h"
#include "fy-test-results-dialog.h"
#include "fy-test-round-dialog.h"
#include "fy-tests-view.h"
#include "fy-tests-view-private.h"
#include "fy-tests.h"
#include "fy-validate.h"
#include "fy-wrap-layout.h"

struct _FyTestsView
{
  GtkWidget       parent_instance;

  /* template children */
  GtkDropDown    *department_dropdown;
  GtkDropDown    *show_dropdown;
  GtkLabel       *count_label;
  GtkStack       *due_stack;
  GtkColumnView  *due_view;
  GtkListBox     *rounds_list;

  /* owned */
  FyStore        *store;
  GListStore     *due;
  GtkMultiSelection *selection;
  GStrv           departments;   /* dropdown item i + 1 */
  char           *today;         /* of the last reload, for short times */
  gboolean        filling;
  FyLazyReload   *lazy;          /* data changed while hidden; reload once changes pause */

  /* Inside the Health page, its department / team filter applies. */
  GObject        *page;          /* weak */
  char           *page_department;
  char           *page_team;
};

G_DEFINE_FINAL_TYPE (FyTestsView, fy_tests_view, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_STORE, N_PROPS };
static GParamSpec *properties[N_PROPS];

typedef enum { SHOW_TODAY, SHOW_OVERDUE, SHOW_24H } ShowWhat;

typedef enum
{
  COL_NAME, COL_EMPLOYEE_NO, COL_DEPARTMENT, COL_TEAM, COL_POST, COL_REASON, COL_CADENCE,
  COL_LAST, COL_DUE, COL_OVERDUE, N_COLS
} Column;

static const struct { const char *title; int width; } columns[N_COLS] = {
  { N_("Name"), 6 },
  { N_("Employee No."), 8 },
  { N_("Department"), 8 },
  { N_("Team"), 10 },
  { N_("Post"), 16 },
  { N_("Why"), 22 },
  { N_("Cadence"), 8 },
  { N_("Last Sample"), 10 },
  { N_("Due"), 10 },
  { N_("Overdue"), 12 },
};

static const char *
department_filter (FyTestsView *self)
{
  guint sel = gtk_drop_down_get_selected (self->department_dropdown);

  if (self->page)
    return self->page_department ? self->page_department : "";

  if (sel == 0 || sel == GTK_INVALID_LIST_POSITION || self->departments == NULL
      || sel > g_strv_length (self->departments))
    return "";
  return self->departments[sel - 1];
}

static char *
cell_text (FyTestsView *self, const FyDueTest *d, Column col)
{
  switch (col)
    {
    case COL_NAME: return g_strdup (d->person.name);
    case COL_EMPLOYEE_NO: return g_strdup (d->person.employee_no);
    case COL_DEPARTMENT: return g_strdup (d->person.department);
    case COL_TEAM: return g_strdup (d->person.team);
    case COL_POST: return g_strdup (d->person.post);
    case COL_REASON:
      return d->reason == FY_DUE_QUARANTINE ? g_strdup_printf (_("Quarantine test day %s"), d->planned_day)
                                            : g_strdup (_("Routine"));
    case COL_CADENCE:
      return d->reason == FY_DUE_ROUTINE ? g_strdup_printf (_("%d h"), d->cadence_hours) : g_strdup ("");
    case COL_LAST:
      return d->last_sampled_at ? fy_format_instant_short (d->last_sampled_at, self->today)
                                : g_strdup (_("Never"));
    case COL_DUE:
      if (d->reason == FY_DUE_QUARANTINE)
        return g_strdup (d->planned_day);
      return d->due_at ? fy_format_instant_short (d->due_at, self->today) : g_strdup (_("Now"));
    case COL_OVERDUE:
      if (!d->overdue)
        return g_strdup ("");
      if (d->last_sampled_at == 0 && d->reason == FY_DUE_ROUTINE)
        return g_strdup (_("Never tested"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "by %d hour", "by %d hours", d->hours_overdue),
                              d->hours_overdue);
    case N_COLS: default: break;
    }
  return g_strdup ("");
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *cell = gtk_inscription_new (NULL);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), columns[GPOINTER_TO_INT (data)].width);
  gtk_list_item_set_child (item, cell);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *cell = gtk_list_item_get_child (item);
  FyTestsView *self = g_object_get_data (G_OBJECT (factory), "fy-view");
  const FyDueTest *d = fy_record_item_get (gtk_list_item_get_item (item));
  Column col = GPOINTER_TO_INT (data);
  g_autofree char *text = cell_text (self, d, col);

  gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
  fy_widget_set_css_class (cell, "abnormal", d->overdue && (col == COL_OVERDUE || col == COL_NAME));
  if (col == COL_NAME)
    fy_a11y_name_person_row (item, d->person.name, d->person.employee_no);
}

static void
build_columns (FyTestsView *self)
{
  for (int i = 0; i < N_COLS; i++)
    {
      GtkColumnViewColumn *column = fy_column_view_append (self->due_view, _(columns[i].title),
                                                           G_CALLBACK (setup_cell_cb),
                                                           G_CALLBACK (bind_cell_cb), i);
      g_object_set_data (G_OBJECT (gtk_column_view_column_get_factory (column)), "fy-view", self);
      gtk_column_view_column_set_expand (column, i == COL_OVERDUE);
    }
  fy_a11y_name (GTK_WIDGET (self->due_view), _("Tests due"));
  fy_a11y_single_tab_stop (GTK_WIDGET (self->due_view));
}

static void
refill_departments (FyTestsView *self)
{
  g_autofree char *keep = g_strdup (department_filter (self));
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  self->filling = TRUE;
  g_strfreev (self->departments);
  self->departments = fy_staff_list_departments (self->store);
  gtk_string_list_append (list, _("All departments"));
  for (guint i = 0; self->departments[i]; i++)
    gtk_string_list_append (list, self->departments[i]);
  gtk_drop_down_set_model (self->department_dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->department_dropdown, 0);
  for (guint i = 0; self->departments[i]; i++)
    if (g_str_equal (self->departments[i], keep))
      gtk_drop_down_set_selected (self->department_dropdown, i + 1);
  self->filling = FALSE;
}

/* Whole hours from now that still end today (the due list looks ahead in
 * hours, and a planned quarantine day of tomorrow is not due today). */
static int
hours_left_today (gint64 now)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (now);
  int seconds_left = 24 * 3600 - (g_date_time_get_hour (dt) * 3600 + g_date_time_get_minute (dt) * 60
                                   + g_date_time_get_second (dt));
  return MAX (0, (seconds_left - 1) / 3600);
}

static void
reload_due (FyTestsView *self, gint64 now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) due = NULL;
  FyHealthFilter filter = {
    .department = department_filter (self),
    .team = self->page && self->page_team ? self->page_team : "",
  };
  ShowWhat show = gtk_drop_down_get_selected (self->show_dropdown);
  guint n_overdue = 0, n_quarantine = 0;
  g_autofree char *counts = NULL;
  g_autofree char *q_text = NULL;

  due = fy_tests_list_due (self->store, now, show == SHOW_24H ? 24 : show == SHOW_OVERDUE ? 0
                                                                 : hours_left_today (now),
                           &filter, &error);
  if (due == NULL)
    {
      g_warning ("Due tests could not be listed: %s", error->message);
      return;
    }
  for (guint i = 0; i < due->len;)
    {
      FyDueTest *d = g_ptr_array_index (due, i);
      if (show == SHOW_OVERDUE && !d->overdue)
        {
          g_ptr_array_remove_index (due, i);
          continue;
        }
      n_overdue += d->overdue;
      n_quarantine += d->reason == FY_DUE_QUARANTINE;
      i++;
    }
  counts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u test due", "%u tests due", due->len), due->len);
  q_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u overdue", "%u overdue", n_overdue), n_overdue);
  {
    g_autofree char *quarantine = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u quarantine test day",
                                                                "%u quarantine test days", n_quarantine),
                                                   n_quarantine);
    g_autofree char *line = g_strdup_printf ("%s · %s · %s", counts, q_text, quarantine);
    gtk_label_set_text (self->count_label, line);
  }
  fy_widget_set_css_class (GTK_WIDGET (self->count_label), "error", n_overdue > 0);
  fy_record_items_splice (self->due, due, (GDestroyNotify) fy_due_test_free);
  gtk_stack_set_visible_child_name (self->due_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->due)) ? "list" : "empty");
}

static GtkWidget *
round_row (FyTestsView *self, const FyTestRound *r)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *when = fy_format_instant_short (r->sampled_at, self->today);
  g_autofree char *title = g_strdup_printf ("%s · %s", when, fy_test_kind_label (r->kind));
  g_autoptr(GString) subtitle = g_string_new (r->place);
  g_autofree char *people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", r->n_people),
                                             r->n_people);

  if (subtitle->len)
    g_string_append (subtitle, " · ");
  g_string_append (subtitle, people);
  if (r->n_pending)
    g_string_append_printf (subtitle, " · %s %u", fy_test_outcome_label (FY_RESULT_PENDING), r->n_pending);
  if (r->n_positive)
    g_string_append_printf (subtitle, " · %s %u", fy_test_outcome_label (FY_RESULT_POSITIVE), r->n_positive);
  if (!r->n_pending && !r->n_positive)
    g_string_append_printf (subtitle, " · %s", _("all negative"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  if (r->n_positive)
    gtk_widget_add_css_class (row, "error");
  g_object_set_data (G_OBJECT (row), "fy-round-id", GSIZE_TO_POINTER ((gsize) r->id));
  return row;
}

static void
reload_rounds (FyTestsView *self, gint64 now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rounds = fy_tests_list_rounds (self->store, now - 14 * 24 * 3600, now + 24 * 3600, &error);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->rounds_list))) != NULL)
    gtk_list_box_remove (self->rounds_list, child);
  if (rounds == NULL)
    {
      g_warning ("Test rounds could not be listed: %s", error->message);
      return;
    }
  for (guint i = 0; i < rounds->len; i++)
    gtk_list_box_append (self->rounds_list, round_row (self, g_ptr_array_index (rounds, i)));
  if (rounds->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No test rounds yet"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->rounds_list, row);
    }
}

void
fy_tests_view_reload (FyTestsView *self)
{
  gint64 now = fy_now ();

  g_free (self->today);
  self->today = fy_format_day (now);
  reload_due (self, now);
  reload_rounds (self, now);
}

static void
on_filter_changed_cb (FyTestsView *self)
{
  if (!self->filling && self->store)
    reload_due (self, fy_now ());
}

/* Results typed one by one each change the data: reload once they pause,
 * and not at all while the view is hidden (then when it is shown). */
static void
on_store_changed_cb (FyStore *store, FyStoreChange change, FyTestsView *self)
{
  if (change & FY_STORE_CHANGE_STAFF)
    refill_departments (self);
  if (!(change & (FY_STORE_CHANGE_TESTS | FY_STORE_CHANGE_STAFF | FY_STORE_CHANGE_QUARANTINE
                  | FY_STORE_CHANGE_SETTINGS)))
    return;
  fy_lazy_reload_request (self->lazy);
}

static void
on_page_filter_cb (GObject *page, GParamSpec *pspec, FyTestsView *self)
{
  g_clear_pointer (&self->page_department, g_free);
  g_clear_pointer (&self->page_team, g_free);
  g_object_get (page, "department", &self->page_department, "team", &self->page_team, NULL);
  reload_due (self, fy_now ());
}

/* In the Health page (the `entry` module's FyHealthPage, looked up by name
 * so this view also works alone), follow its department / team filter
 * instead of showing a second one. */
static void
attach_to_page (FyTestsView *self)
{
  GType page_type = g_type_from_name ("FyHealthPage");
  GtkWidget *page = page_type ? gtk_widget_get_ancestor (GTK_WIDGET (self), page_type) : NULL;

  if (self->page || page == NULL || !g_object_class_find_property (G_OBJECT_GET_CLASS (page), "department")
      || !g_object_class_find_property (G_OBJECT_GET_CLASS (page), "team"))
    return;
  self->page = G_OBJECT (page);
  g_object_add_weak_pointer (self->page, (gpointer *) &self->page);
  g_signal_connect_object (page, "notify::department", G_CALLBACK (on_page_filter_cb), self, 0);
  g_signal_connect_object (page, "notify::team", G_CALLBACK (on_page_filter_cb), self, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->department_dropdown), FALSE);
  on_page_filter_cb (self->page, NULL, self);
}

static void
fy_tests_view_map (GtkWidget *widget)
{
  FyTestsView *self = FY_TESTS_VIEW (widget);
  g_autofree char *today = fy_format_day (fy_now ());

  GTK_WIDGET_CLASS (fy_tests_view_parent_class)->map (widget);
  attach_to_page (self);
  /* A new day (changes made while hidden reload on "map", see lazy). */
  if (self->today && g_strcmp0 (self->today, today) != 0)
    {
      fy_lazy_reload_done (self->lazy);
      fy_tests_view_reload (self);
    }
}

/* The people of the selected due rows, once each. */
static GArray *
selected_people (FyTestsView *self)
{
  g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  GtkBitsetIter iter;
  guint pos;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, set, &pos); ok; ok = gtk_bitset_iter_next (&iter, &pos))
    {
      g_autoptr(FyRecordItem) item = g_list_model_get_item (G_LIST_MODEL (self->due), pos);
      const FyDueTest *d = item ? fy_record_item_get (item) : NULL;
      if (d && !g_hash_table_contains (seen, &d->person.staff_id))
        {
          g_hash_table_add (seen, (gpointer) &d->person.staff_id);
          g_array_append_val (ids, d->person.staff_id);
        }
    }
  return ids;
}

static void
on_due_activated_cb (FyTestsView *self, guint position)
{
  g_autoptr(FyRecordItem) item = g_list_model_get_item (G_LIST_MODEL (self->due), position);

  if (item)
    fy_test_record_dialog_present (fy_form_window_of (GTK_WIDGET (self)), self->store,
                                   ((FyDueTest *) fy_record_item_get (item))->person.staff_id);
}

static void
on_round_activated_cb (FyTestsView *self, GtkListBoxRow *row)
{
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "fy-round-id"));

  if (id)
    fy_test_results_dialog_present (fy_form_window_of (GTK_WIDGET (self)), self->store, id);
}

static void
new_round_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyTestsView *self = FY_TESTS_VIEW (widget);
  g_autoptr(GArray) ids = selected_people (self);

  fy_test_round_dialog_present (fy_form_window_of (widget), self->store, department_filter (self),
                                ids->len ? ids : NULL);
}

static void
record_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyTestsView *self = FY_TESTS_VIEW (widget);
  g_autoptr(GArray) ids = selected_people (self);

  fy_test_record_dialog_present (fy_form_window_of (widget), self->store,
                                 ids->len ? g_array_index (ids, gint64, 0) : 0);
}

static void
cadence_action (GtkWidget *widget, const char *name, GVariant *param)
{
  fy_cadence_dialog_present (fy_form_window_of (widget), FY_TESTS_VIEW (widget)->store);
}

GListModel *
fy_tests_view_get_due_model (FyTestsView *self)
{
  return G_LIST_MODEL (self->due);
}

void
fy_tests_view_set_department (FyTestsView *self, const char *department)
{
  guint sel = 0;

  for (guint i = 0; department && self->departments && self->departments[i]; i++)
    if (g_str_equal (self->departments[i], department))
      sel = i + 1;
  gtk_drop_down_set_selected (self->department_dropdown, sel);
}

GtkWidget *
fy_tests_view_new (FyStore *store)
{
  return g_object_new (FY_TYPE_TESTS_VIEW, "store", store, NULL);
}

static void
fy_tests_view_constructed (GObject *object)
{
  FyTestsView *self = FY_TESTS_VIEW (object);

  G_OBJECT_CLASS (fy_tests_view_parent_class)->constructed (object);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  refill_departments (self);
}

static void
fy_tests_view_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_STORE)
    FY_TESTS_VIEW (object)->store = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
fy_tests_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_STORE)
    g_value_set_object (value, FY_TESTS_VIEW (object)->store);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
fy_tests_view_dispose (GObject *object)
{
  FyTestsView *self = FY_TESTS_VIEW (object);

  g_clear_pointer (&self->lazy, fy_lazy_reload_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_TESTS_VIEW);
  fy_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->selection);
  g_clear_object (&self->due);
  g_clear_object (&self->store);
  g_clear_pointer (&self->departments, g_strfreev);
  g_clear_pointer (&self->today, g_free);
  if (self->page)
    g_object_remove_weak_pointer (self->page, (gpointer *) &self->page);
  self->page = NULL;
  g_clear_pointer (&self->page_department, g_free);
  g_clear_pointer (&self->page_team, g_free);
  G_OBJECT_CLASS (fy_tests_view_parent_class)->dispose (object);
}

static void
fy_tests_view_class_init (FyTestsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fy_tests_view_constructed;
  object_class->dispose = fy_tests_view_dispose;
  object_class->set_property = fy_tests_view_set_property;
  object_class->get_property = fy_tests_view_get_property;
  widget_class->map = fy_tests_view_map;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, FY_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-tests-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FyTestsView, department_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FyTestsView, show_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FyTestsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, FyTestsView, due_stack);
  gtk_widget_class_bind_template_child (widget_class, FyTestsView, due_view);
  gtk_widget_class_bind_template_child (widget_class, FyTestsView, rounds_list);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_due_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_round_activated_cb);

  gtk_widget_class_install_action (widget_class, "tests.new-round", NULL, new_round_action);
  gtk_widget_class_install_action (widget_class, "tests.record", NULL, record_action);
  gtk_widget_class_install_action (widget_class, "tests.cadence", NULL, cadence_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fy_tests_view_init (FyTestsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Tool bars wrap: the window may be 640 px wide (sidebar folded). */
  fy_widget_wrap_bar (GTK_WIDGET (self), "toolbar", 6);
  fy_drop_down_let_shrink (self->department_dropdown);
  /* Loaded when first shown: building the window stays cheap on a big plant. */
  self->lazy = fy_lazy_reload_new (GTK_WIDGET (self), (FyLazyReloadFunc) fy_tests_view_reload,
                                   FY_LAZY_RELOAD_SETTLED, FY_VIEW_RELOAD_DELAY_MS);
  self->due = g_list_store_new (FY_TYPE_RECORD_ITEM);
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->due)));
  gtk_column_view_set_model (self->due_view, GTK_SELECTION_MODEL (self->selection));
  build_columns (self);
  fy_widget_add_window_shortcut (GTK_WIDGET (self), GDK_KEY_n, "tests.new-round", NULL);
}

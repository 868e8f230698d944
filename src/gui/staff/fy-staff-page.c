/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-staff-page.c — the roster page. The list is small enough (thousands)
 * to hold as objects; filtering runs in SQL so the count and the export
 * agree with what is on screen. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-export-flow.h"
#include "fy-gui-util.h"
#include "fy-lazy-reload.h"
#include "fy-ledger.h"
#include "fy-staff-dialog.h"
#include "fy-staff-item.h"
#include "fy-staff-page.h"
#include "fy-staff-page-private.h"
#include "fy-wrap-layout.h"

struct _FyStaffPage
{
  GtkWidget       parent_instance;

  /* template children */
  GtkSearchEntry *search_entry;
  GtkDropDown    *department_dropdown;
  GtkDropDown    *team_dropdown;
  GtkDropDown    *status_dropdown;
  GtkDropDown    *area_dropdown;
  GtkLabel       *count_label;
  GtkColumnView  *column_view;
  GtkStack       *list_stack;

  /* owned */
  FyStore        *store;
  GListStore     *rows;
  GStrv           departments;   /* dropdown item i+1 */
  GStrv           teams;
  GPtrArray      *areas;         /* FyStaffArea*, dropdown item i+1 */
  gboolean        filling;       /* dropdowns being refilled: ignore their signals */
  FyLazyReload   *lazy;          /* the roster changed while hidden: list it when shown */
};

G_DEFINE_FINAL_TYPE (FyStaffPage, fy_staff_page, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_STORE, N_PROPS };
static GParamSpec *properties[N_PROPS];

typedef enum
{
  COL_NAME, COL_EMPLOYEE_NO, COL_GENDER, COL_DEPARTMENT, COL_TEAM, COL_POST, COL_HIGH_CONTACT,
  COL_PHONE, COL_ID_NUMBER, COL_DORMITORY, COL_OUTSOURCED, COL_DOSES, COL_STATUS, N_COLS
} Column;

/* `fold`: left out on a narrow window (name, number, department, phone
 * and status stay). */
static const struct { const char *title; int width; gboolean expand, fold; } columns[N_COLS] = {
  { N_("Name"), 7, FALSE, FALSE },
  { N_("Employee No."), 8, FALSE, FALSE },
  { N_("Gender"), 3, FALSE, TRUE },
  { N_("Department"), 8, FALSE, FALSE },
  { N_("Team"), 6, FALSE, TRUE },
  { N_("Post"), 7, FALSE, TRUE },
  { N_("High-contact"), 5, FALSE, TRUE },
  { N_("Phone"), 11, FALSE, FALSE },
  { N_("ID Number"), 18, FALSE, TRUE },
  { N_("Dormitory"), 8, FALSE, TRUE },
  { N_("Outsourced"), 5, FALSE, TRUE },
  { N_("Doses"), 3, FALSE, TRUE },
  { N_("Status"), 6, TRUE, FALSE },
};

/* Status filter: 0 = current staff, 1 = everyone, 2.. = one status. */
static int
status_filter (FyStaffPage *self)
{
  guint sel = gtk_drop_down_get_selected (self->status_dropdown);
  if (sel == 0 || sel == GTK_INVALID_LIST_POSITION)
    return -2;
  if (sel == 1)
    return -1;
  return (int) sel - 2;
}

static const char *
dropdown_value (GtkDropDown *dropdown, GStrv values)
{
  guint sel = gtk_drop_down_get_selected (dropdown);
  if (sel == 0 || sel == GTK_INVALID_LIST_POSITION || values == NULL || sel > g_strv_length (values))
    return "";
  return values[sel - 1];
}

static char *
cell_text (const FyStaff *s, Column col)
{
  switch (col)
    {
    case COL_NAME: return g_strdup (s->name);
    case COL_EMPLOYEE_NO: return g_strdup (s->employee_no);
    case COL_GENDER:
      {
        /* From "M" on: a gender not given stays blank. */
        const FyCodeLabel *g = fy_code_label_find (&fy_staff_gender_labels[1], s->gender);
        return g_strdup (g ? fy_code_label_text (g) : "");
      }
    case COL_DEPARTMENT: return g_strdup (s->department);
    case COL_TEAM: return g_strdup (s->team);
    case COL_POST: return g_strdup (s->post);
    case COL_HIGH_CONTACT: return g_strdup (s->high_contact ? _("Yes") : "");
    /* Masked on screen too: shoulder-surfing is the commonest leak. */
    case COL_PHONE: return fy_mask_phone (s->phone);
    case COL_ID_NUMBER: return fy_mask_id_number (s->id_number);
    case COL_DORMITORY: return g_strdup (s->dormitory);
    case COL_OUTSOURCED: return g_strdup (s->outsourced ? _("Yes") : "");
    case COL_DOSES: return g_strdup_printf ("%d", s->vaccine_doses);
    case COL_STATUS: return g_strdup (fy_staff_status_label (s->status));
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
  FyStaffItem *row = gtk_list_item_get_item (item);
  g_autofree char *text = cell_text (fy_staff_item_get (row), GPOINTER_TO_INT (data));
  GtkWidget *cell = gtk_list_item_get_child (item);

  gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
  fy_widget_set_css_class (cell, "dim-label", fy_staff_item_get (row)->status == FY_STAFF_LEFT);
  if (GPOINTER_TO_INT (data) == COL_NAME)
    fy_a11y_name_person_row (item, fy_staff_item_get (row)->name, fy_staff_item_get (row)->employee_no);
}

static void
build_columns (FyStaffPage *self)
{
  for (int i = 0; i < N_COLS; i++)
    {
      GtkColumnViewColumn *column = fy_column_view_append (self->column_view, _(columns[i].title),
                                                           G_CALLBACK (setup_cell_cb),
                                                           G_CALLBACK (bind_cell_cb), i);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      if (columns[i].fold)
        fy_column_view_column_set_foldable (column);
    }
}

static void
fill_dropdown (GtkDropDown *dropdown, const char *all_label, GStrv values)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, all_label);
  for (guint i = 0; values && values[i]; i++)
    gtk_string_list_append (list, values[i]);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (dropdown, 0);
}

static void
refill_teams (FyStaffPage *self)
{
  const char *department = dropdown_value (self->department_dropdown, self->departments);

  self->filling = TRUE;
  g_strfreev (self->teams);
  self->teams = fy_staff_list_teams (self->store, department);
  fill_dropdown (self->team_dropdown, _("All teams"), self->teams);
  self->filling = FALSE;
}

static gint64
selected_area (FyStaffPage *self)
{
  guint sel = gtk_drop_down_get_selected (self->area_dropdown);

  if (self->areas == NULL || sel == 0 || sel == GTK_INVALID_LIST_POSITION || sel > self->areas->len)
    return 0;
  return ((FyStaffArea *) g_ptr_array_index (self->areas, sel - 1))->area_id;
}

/* The zone areas, when a map has any: "who works in the red zone?" */
static void
refill_areas (FyStaffPage *self)
{
  gint64 keep = selected_area (self);
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  guint selected = 0;

  g_clear_pointer (&self->areas, g_ptr_array_unref);
  self->areas = fy_staff_list_areas (self->store);
  gtk_string_list_append (list, _("All areas"));
  for (guint i = 0; i < self->areas->len; i++)
    {
      FyStaffArea *area = g_ptr_array_index (self->areas, i);
      gtk_string_list_append (list, area->label);
      if (area->area_id == keep)
        selected = i + 1;
    }
  self->filling = TRUE;
  gtk_drop_down_set_model (self->area_dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->area_dropdown, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->area_dropdown), self->areas->len > 0);
  self->filling = FALSE;
}

static void
refill_filters (FyStaffPage *self)
{
  g_autofree char *keep = g_strdup (dropdown_value (self->department_dropdown, self->departments));

  self->filling = TRUE;
  g_strfreev (self->departments);
  self->departments = fy_staff_list_departments (self->store);
  fill_dropdown (self->department_dropdown, _("All departments"), self->departments);
  for (guint i = 0; self->departments[i]; i++)
    if (g_str_equal (self->departments[i], keep))
      gtk_drop_down_set_selected (self->department_dropdown, i + 1);
  self->filling = FALSE;
  refill_teams (self);
}

void
fy_staff_page_reload (FyStaffPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  FyStaffFilter filter = {
    .department = dropdown_value (self->department_dropdown, self->departments),
    .team = dropdown_value (self->team_dropdown, self->teams),
    .status = status_filter (self),
    .search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
    .area_id = selected_area (self),
  };
  g_autofree char *count = NULL;

  fy_lazy_reload_done (self->lazy);
  list = fy_staff_list (self->store, &filter, &error);
  if (list == NULL)
    {
      g_warning ("Roster could not be listed: %s", error->message);
      return;
    }
  for (guint i = 0; i < list->len; i++)
    g_ptr_array_add (items, fy_staff_item_new (g_steal_pointer (&list->pdata[i])));
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       items->pdata, items->len);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", items->len), items->len);
  gtk_label_set_text (self->count_label, count);
  gtk_stack_set_visible_child_name (self->list_stack, items->len ? "list" : "empty");
}

GListModel *
fy_staff_page_get_model (FyStaffPage *self)
{
  return G_LIST_MODEL (self->rows);
}

static void
on_filter_changed_cb (FyStaffPage *self)
{
  if (!self->filling)
    fy_staff_page_reload (self);
}

static void
on_department_changed_cb (FyStaffPage *self)
{
  if (self->filling)
    return;
  refill_teams (self);
  fy_staff_page_reload (self);
}

static void
on_store_changed_cb (FyStore *store, FyStoreChange change, FyStaffPage *self)
{
  if (change & FY_STORE_CHANGE_STAFF)
    refill_filters (self);
  if (change & (FY_STORE_CHANGE_STAFF | FY_STORE_CHANGE_ZONES))
    {
      refill_areas (self);
      /* Now if shown, else when next shown: 10,000 rows cost ~30 ms. */
      fy_lazy_reload_request (self->lazy);
    }
}

static void
on_row_activated_cb (FyStaffPage *self, guint position)
{
  g_autoptr(FyStaffItem) item = g_list_model_get_item (G_LIST_MODEL (self->rows), position);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (item)
    fy_staff_dialog_present (GTK_WINDOW (root), self->store, fy_staff_item_get (item)->id);
}

static void
add_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyStaffPage *self = FY_STAFF_PAGE (widget);
  fy_staff_dialog_present (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, 0);
}

/* Ctrl+F: to the search field, its text selected to type over. */
static void
search_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyStaffPage *self = FY_STAFF_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
current_params (FyStaffPage *self, FyLedgerParams *params)
{
  int status = status_filter (self);

  params->department = dropdown_value (self->department_dropdown, self->departments);
  params->team = dropdown_value (self->team_dropdown, self->teams);
  params->search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  params->status = status == -1 ? "all" : status >= 0 ? fy_staff_status_to_code (status) : "";
}

static void
export_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyStaffPage *self = FY_STAFF_PAGE (widget);
  FyLedgerParams params = { 0 };

  current_params (self, &params);
  fy_export_flow_run (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, "roster", &params,
                      g_variant_get_string (param, NULL));
}

static void
print_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyStaffPage *self = FY_STAFF_PAGE (widget);
  FyLedgerParams params = { 0 };

  current_params (self, &params);
  fy_export_flow_print (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, "roster", &params);
}

static void
fy_staff_page_constructed (GObject *object)
{
  FyStaffPage *self = FY_STAFF_PAGE (object);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  G_OBJECT_CLASS (fy_staff_page_parent_class)->constructed (object);

  gtk_string_list_append (statuses, _("Current staff"));
  gtk_string_list_append (statuses, _("Everyone"));
  for (guint i = 0; i < FY_STAFF_N_STATUSES; i++)
    gtk_string_list_append (statuses, fy_staff_status_label (i));
  self->filling = TRUE;
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  self->filling = FALSE;

  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  refill_filters (self);
  refill_areas (self);
}

static void
fy_staff_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_STORE)
    FY_STAFF_PAGE (object)->store = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
fy_staff_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_STORE)
    g_value_set_object (value, FY_STAFF_PAGE (object)->store);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
fy_staff_page_dispose (GObject *object)
{
  FyStaffPage *self = FY_STAFF_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_STAFF_PAGE);
  fy_widget_unparent_children (GTK_WIDGET (self));
  g_clear_pointer (&self->lazy, fy_lazy_reload_free);
  g_clear_object (&self->rows);
  g_clear_object (&self->store);
  g_clear_pointer (&self->departments, g_strfreev);
  g_clear_pointer (&self->teams, g_strfreev);
  g_clear_pointer (&self->areas, g_ptr_array_unref);
  G_OBJECT_CLASS (fy_staff_page_parent_class)->dispose (object);
}

static void
fy_staff_page_class_init (FyStaffPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fy_staff_page_constructed;
  object_class->dispose = fy_staff_page_dispose;
  object_class->set_property = fy_staff_page_set_property;
  object_class->get_property = fy_staff_page_get_property;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, FY_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-staff-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FyStaffPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FyStaffPage, department_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FyStaffPage, team_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FyStaffPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FyStaffPage, area_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FyStaffPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, FyStaffPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, FyStaffPage, list_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_department_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "staff.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "staff.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "staff.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "staff.search", NULL, search_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fy_staff_page_init (FyStaffPage *self)
{
  g_autoptr(GtkSingleSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Tool bars wrap: the window may be 640 px wide (sidebar folded). */
  fy_widget_wrap_bar (GTK_WIDGET (self), "toolbar", 6);
  /* Listed when first shown: building the window stays cheap. */
  self->lazy = fy_lazy_reload_new (GTK_WIDGET (self), (FyLazyReloadFunc) fy_staff_page_reload,
                                   FY_LAZY_RELOAD_AT_ONCE, 0);
  self->rows = g_list_store_new (FY_TYPE_STAFF_ITEM);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  build_columns (self);
  fy_column_view_fold_when_narrow (self->column_view);
  /* The filter bar must not hold the window wider than 640 px: the
   * drop-downs ellipsize (whole item in the tooltip) when short of room. */
  fy_drop_down_let_shrink (self->department_dropdown);
  fy_drop_down_let_shrink (self->team_dropdown);
  fy_drop_down_let_shrink (self->area_dropdown);
  fy_drop_down_let_shrink (self->status_dropdown);
  fy_a11y_name (GTK_WIDGET (self->column_view), _("Staff"));
  fy_a11y_single_tab_stop (GTK_WIDGET (self->column_view));
  fy_widget_add_window_shortcut (GTK_WIDGET (self), GDK_KEY_f, "staff.search", NULL);
  fy_widget_add_window_shortcut (GTK_WIDGET (self), GDK_KEY_n, "staff.add", NULL);
  fy_widget_add_window_shortcut (GTK_WIDGET (self), GDK_KEY_e, "staff.export", "xlsx");
  fy_widget_add_window_shortcut (GTK_WIDGET (self), GDK_KEY_p, "staff.print", NULL);
}

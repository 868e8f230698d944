/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-assign-dialog.c — assign people (one by one or whole
 * departments) to an area. The roster is filtered in memory; the ticked
 * people are kept by id, so ticks survive changing the filter. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-gui-util.h"
#include "fy-person-picker.h"
#include "fy-staff-item.h"
#include "fy-zone-assign.h"
#include "fy-zone-assign-dialog.h"
#include "fy-zone-assign-dialog-private.h"
#include "fy-zone-dialogs.h"

struct _FyZoneAssignDialog
{
  AdwWindow          parent_instance;

  /* template children */
  AdwWindowTitle    *window_title;
  GtkButton         *assign_button;
  GtkSearchEntry    *search_entry;
  GtkDropDown       *department_dropdown;
  GtkLabel          *count_label;
  GtkListView       *list_view;
  GtkDropDown       *grid_dropdown;

  /* owned */
  FyStore           *store;
  FyZoneMap         *map;
  gint64             area_id;
  GListStore        *roster;
  GtkFilterListModel *filtered;
  GtkCustomFilter   *filter;
  GHashTable        *ticked;        /* staff id (gint64*) set */
  GHashTable        *bound;         /* staff id → its row's GtkCheckButton (rows on screen) */
  GStrv              departments;   /* dropdown item i + 1 */
  GPtrArray         *grid_ids;      /* gint64*, dropdown item i + 1 */
  char              *needle;
  gboolean           binding;
};

G_DEFINE_FINAL_TYPE (FyZoneAssignDialog, fy_zone_assign_dialog, ADW_TYPE_WINDOW)

enum { ERROR, N_SIGNALS };
static guint signals[N_SIGNALS];

static const char *
chosen_department (FyZoneAssignDialog *self)
{
  guint sel = gtk_drop_down_get_selected (self->department_dropdown);

  if (sel == 0 || sel == GTK_INVALID_LIST_POSITION || self->departments == NULL
      || sel > g_strv_length (self->departments))
    return NULL;
  return self->departments[sel - 1];
}

static gboolean
filter_func (gpointer item, gpointer data)
{
  FyZoneAssignDialog *self = data;
  const FyStaff *s = fy_staff_item_get (item);
  const char *department = chosen_department (self);

  if (department && g_strcmp0 (s->department, department) != 0)
    return FALSE;
  return fy_person_matches (s, self->needle);
}

static void
update_count (FyZoneAssignDialog *self)
{
  guint n = g_hash_table_size (self->ticked);
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  /* Translators: "3 selected of 120 shown" */
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u selected, %u shown",
                                                        "%u selected, %u shown", n), n, shown);

  gtk_label_set_text (self->count_label, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->assign_button), n > 0);
}

static void
on_filter_changed_cb (FyZoneAssignDialog *self)
{
  if (self->filter == NULL)
    return;   /* still being built */
  g_free (self->needle);
  self->needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  g_strstrip (self->needle);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

static void
tick (FyZoneAssignDialog *self, gint64 staff_id, gboolean on)
{
  if (on)
    {
      gint64 *key = g_new (gint64, 1);
      *key = staff_id;
      g_hash_table_add (self->ticked, key);
    }
  else
    g_hash_table_remove (self->ticked, &staff_id);
}

/* Shows the ticks on the rows on screen. */
static void
sync_checks (FyZoneAssignDialog *self)
{
  GHashTableIter iter;
  gpointer key, check;

  self->binding = TRUE;
  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &key, &check))
    gtk_check_button_set_active (check, g_hash_table_contains (self->ticked, key));
  self->binding = FALSE;
}

static void
on_check_toggled_cb (GtkCheckButton *check, FyZoneAssignDialog *self)
{
  FyStaffItem *item = g_object_get_data (G_OBJECT (check), "fy-item");

  if (self->binding || item == NULL)
    return;
  tick (self, fy_staff_item_get (item)->id, gtk_check_button_get_active (check));
  update_count (self);
}

/* Where the person works now, for the row. */
static char *
where_now (FyZoneAssignDialog *self, const FyStaff *s)
{
  gint64 area = 0, grid = 0;
  const FyZoneArea *a;

  if (!fy_zone_map_get_assignment (self->map, s->id, &area, &grid))
    return NULL;
  if (area == self->area_id)
    return g_strdup (_("already here"));
  a = fy_zone_map_lookup_area (self->map, area);
  /* Translators: where a person is assigned now, "now in Warehouse" */
  return a ? g_strdup_printf (_("now in %s"), a->name) : NULL;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FyZoneAssignDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *text = fy_person_labels_new (FALSE);

  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), text);
  g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled_cb), self);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FyZoneAssignDialog *self)
{
  FyStaffItem *row = gtk_list_item_get_item (item);
  const FyStaff *s = fy_staff_item_get (row);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *check = gtk_widget_get_first_child (box);
  GtkWidget *text = gtk_widget_get_last_child (box);
  g_autofree char *detail = fy_person_describe (s);
  g_autofree char *where = where_now (self, s);
  g_autofree char *line = where ? g_strdup_printf ("%s · %s", detail, where) : g_strdup (detail);

  self->binding = TRUE;
  g_object_set_data (G_OBJECT (check), "fy-item", row);
  g_hash_table_replace (self->bound, g_memdup2 (&s->id, sizeof (gint64)), check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_hash_table_contains (self->ticked, &s->id));
  self->binding = FALSE;
  fy_person_labels_set (text, s->name, line);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FyZoneAssignDialog *self)
{
  const FyStaff *s = fy_staff_item_get (gtk_list_item_get_item (item));
  GtkWidget *check = gtk_widget_get_first_child (gtk_list_item_get_child (item));

  if (g_hash_table_lookup (self->bound, &s->id) == check)
    g_hash_table_remove (self->bound, &s->id);
  g_object_set_data (G_OBJECT (check), "fy-item", NULL);
}

/* A click anywhere on the row ticks or unticks it. */
static void
on_row_activated_cb (FyZoneAssignDialog *self, guint position)
{
  g_autoptr(FyStaffItem) item = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
  gint64 id;

  if (item == NULL)
    return;
  id = fy_staff_item_get (item)->id;
  tick (self, id, !g_hash_table_contains (self->ticked, &id));
  sync_checks (self);
  update_count (self);
}

static void
on_clear_clicked_cb (FyZoneAssignDialog *self)
{
  g_hash_table_remove_all (self->ticked);
  sync_checks (self);
  update_count (self);
}

void
fy_zone_assign_dialog_select_shown (FyZoneAssignDialog *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FyStaffItem) item = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);
      tick (self, fy_staff_item_get (item)->id, TRUE);
    }
  sync_checks (self);
  update_count (self);
}

void
fy_zone_assign_dialog_set_department (FyZoneAssignDialog *self, const char *department)
{
  for (guint i = 0; self->departments && self->departments[i]; i++)
    if (g_strcmp0 (self->departments[i], department) == 0)
      {
        gtk_drop_down_set_selected (self->department_dropdown, i + 1);
        return;
      }
  gtk_drop_down_set_selected (self->department_dropdown, 0);
}

guint
fy_zone_assign_dialog_get_n_selected (FyZoneAssignDialog *self)
{
  return g_hash_table_size (self->ticked);
}

gboolean
fy_zone_assign_dialog_apply (FyZoneAssignDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint sel = gtk_drop_down_get_selected (self->grid_dropdown);
  gint64 grid_id = 0;
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->ticked);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (ids, *(gint64 *) key);
  if (sel > 0 && sel != GTK_INVALID_LIST_POSITION && sel <= self->grid_ids->len)
    grid_id = *(gint64 *) self->grid_ids->pdata[sel - 1];
  if (fy_zone_map_assign_staff_many (self->map, (gint64 *) ids->data, ids->len, self->area_id, grid_id,
                                     &error) < 0)
    {
      g_signal_emit (self, signals[ERROR], 0, error->message);
      return FALSE;
    }
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_assign_clicked_cb (FyZoneAssignDialog *self)
{
  fy_zone_assign_dialog_apply (self);
}

static void
fy_zone_assign_dialog_dispose (GObject *object)
{
  FyZoneAssignDialog *self = FY_ZONE_ASSIGN_DIALOG (object);

  g_clear_object (&self->filtered);
  g_clear_object (&self->roster);
  g_clear_object (&self->map);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_zone_assign_dialog_parent_class)->dispose (object);
}

static void
fy_zone_assign_dialog_finalize (GObject *object)
{
  FyZoneAssignDialog *self = FY_ZONE_ASSIGN_DIALOG (object);

  g_hash_table_unref (self->ticked);
  g_hash_table_unref (self->bound);
  g_strfreev (self->departments);
  g_clear_pointer (&self->grid_ids, g_ptr_array_unref);
  g_free (self->needle);
  G_OBJECT_CLASS (fy_zone_assign_dialog_parent_class)->finalize (object);
}

static void
fy_zone_assign_dialog_class_init (FyZoneAssignDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fy_zone_assign_dialog_dispose;
  object_class->finalize = fy_zone_assign_dialog_finalize;
  signals[ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-zone-assign-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FyZoneAssignDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, FyZoneAssignDialog, assign_button);
  gtk_widget_class_bind_template_child (widget_class, FyZoneAssignDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FyZoneAssignDialog, department_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FyZoneAssignDialog, count_label);
  gtk_widget_class_bind_template_child (widget_class, FyZoneAssignDialog, list_view);
  gtk_widget_class_bind_template_child (widget_class, FyZoneAssignDialog, grid_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_assign_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, fy_zone_assign_dialog_select_shown);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_zone_assign_dialog_init (FyZoneAssignDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->ticked = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->grid_ids = g_ptr_array_new_with_free_func (g_free);
  self->bound = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

FyZoneAssignDialog *
fy_zone_assign_dialog_new (GtkWindow *parent, FyStore *store, FyZoneMap *map, gint64 area_id)
{
  FyZoneAssignDialog *self = g_object_new (FY_TYPE_ZONE_ASSIGN_DIALOG, "transient-for", parent, NULL);
  const FyZoneArea *area = fy_zone_map_lookup_area (map, area_id);
  g_autoptr(GtkStringList) departments = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) grids = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) area_grids = fy_zone_map_list_grids (map, area_id);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;

  self->store = g_object_ref (store);
  self->map = g_object_ref (map);
  self->area_id = area_id;
  if (area)
    adw_window_title_set_subtitle (self->window_title, area->name);

  self->departments = fy_staff_list_departments (store);
  gtk_string_list_append (departments, _("All departments"));
  for (guint i = 0; self->departments[i]; i++)
    gtk_string_list_append (departments, self->departments[i]);
  gtk_drop_down_set_model (self->department_dropdown, G_LIST_MODEL (departments));

  gtk_string_list_append (grids, _("None (the whole area)"));
  for (guint i = 0; i < area_grids->len; i++)
    {
      const FyZoneGrid *g = area_grids->pdata[i];
      gtk_string_list_append (grids, g->name);
      g_ptr_array_add (self->grid_ids, g_memdup2 (&g->id, sizeof (gint64)));
    }
  gtk_drop_down_set_model (self->grid_dropdown, G_LIST_MODEL (grids));
  gtk_widget_set_sensitive (GTK_WIDGET (self->grid_dropdown), area_grids->len > 0);

  self->roster = fy_person_roster_load (store);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->roster)), GTK_FILTER (self->filter));
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (factory);
  g_object_unref (selection);
  update_count (self);
  return self;
}

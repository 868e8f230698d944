/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-panel.c — the Zones page's side panel.
 *
 * Fields are filled from the map with `filling` set, so their change
 * signals do not write back. Each user change is one core call; on refusal
 * the message goes up through "error" and the fields are filled again from
 * the (unchanged) map. The map's "changed" signal refreshes everything, so
 * undo/redo shows at once. */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "fy-gui-util.h"
#include "fy-person-picker.h"
#include "fy-staff-item.h"
#include "fy-validate.h"
#include "fy-zone-assign-dialog.h"
#include "fy-zone-dialogs.h"
#include "fy-zone-icons.h"
#include "fy-zone-panel-private.h"
#include "fy-zone-staff-picker.h"

G_DEFINE_FINAL_TYPE (FyZonePanel, fy_zone_panel, GTK_TYPE_WIDGET)

enum { ERROR, ACTIVATE_ITEM, DELETE_ITEM, N_SIGNALS };
static guint signals[N_SIGNALS];

static void refill (FyZonePanel *self);

/* ------------------------------------------------------------------ */
/* Helpers                                                             */

GtkWindow *
fy_zone_panel_parent_window (FyZonePanel *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* Reports a refused edit and shows the saved values again. */
gboolean
fy_zone_panel_check (FyZonePanel *self, gboolean ok, GError *error)
{
  if (!ok)
    {
      g_signal_emit (self, signals[ERROR], 0, error ? error->message : _("The change could not be saved."));
      refill (self);
    }
  return ok;
}

static const FyZoneArea *
current_area (FyZonePanel *self)
{
  return self->map && self->area_id ? fy_zone_map_lookup_area (self->map, self->area_id) : NULL;
}

static const FyZonePoint *
current_point (FyZonePanel *self)
{
  return self->map && self->point_id ? fy_zone_map_lookup_point (self->map, self->point_id) : NULL;
}

/* "Name · Department · 138****5678", or "Nobody" (owned). */
char *
fy_zone_panel_describe_person (FyZonePanel *self, gint64 staff_id)
{
  g_autoptr(FyStaff) s = NULL;
  g_autofree char *detail = NULL;

  if (staff_id == 0 || self->store == NULL)
    return g_strdup (_("Nobody chosen"));
  if ((s = fy_staff_get (self->store, staff_id, NULL)) == NULL)
    return g_strdup (_("Not in the roster any more"));
  detail = fy_person_describe (s);
  return *detail ? g_strdup_printf ("%s · %s", s->name, detail) : g_strdup (s->name);
}

/* Shows a saved value without making it a step of the field's own undo
 * (Ctrl+Z in a field must not empty it). */
static void
show_text (gpointer editable, const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (editable)), text) == 0)
    return;
  gtk_editable_set_enable_undo (GTK_EDITABLE (editable), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  gtk_editable_set_enable_undo (GTK_EDITABLE (editable), TRUE);
}

void
fy_zone_panel_remove_rows (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
clear_children (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_widget_unparent (child);
}

/* An area edit from a copy of the current values changed by `edit`. */
static void
update_area (FyZonePanel *self, void (*edit) (FyZoneArea *area, gconstpointer data), gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyZoneArea) values = NULL;
  const FyZoneArea *a = current_area (self);

  if (a == NULL)
    return;
  values = fy_zone_area_copy (a);
  edit (values, data);
  fy_zone_panel_check (self, fy_zone_map_update_area (self->map, values, &error), error);
}

static void
set_name (FyZoneArea *a, gconstpointer text)
{
  g_free (a->name);
  a->name = g_strdup (text);
}

static void
set_place_code (FyZoneArea *a, gconstpointer text)
{
  g_free (a->place_code);
  a->place_code = g_strdup (text);
}

static void
set_note (FyZoneArea *a, gconstpointer text)
{
  g_free (a->note);
  a->note = g_strdup (text);
}

static void
set_function (FyZoneArea *a, gconstpointer function)
{
  a->function = *(const FyZoneFunction *) function;
}

static void
set_capacity (FyZoneArea *a, gconstpointer capacity)
{
  a->capacity = *(const int *) capacity;
}

static void
set_leader (FyZoneArea *a, gconstpointer staff_id)
{
  a->leader_staff_id = *(const gint64 *) staff_id;
}

/* ------------------------------------------------------------------ */
/* Area fields                                                         */

static void
on_name_apply_cb (FyZonePanel *self)
{
  update_area (self, set_name, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
}

static void
on_place_code_apply_cb (FyZonePanel *self)
{
  update_area (self, set_place_code, gtk_editable_get_text (GTK_EDITABLE (self->place_code_row)));
}

static void
on_note_apply_cb (FyZonePanel *self)
{
  update_area (self, set_note, gtk_editable_get_text (GTK_EDITABLE (self->note_row)));
}

static void
flush_capacity (FyZonePanel *self)
{
  gint64 keep = self->area_id;
  int capacity = gtk_spin_button_get_value_as_int (self->capacity_spin);
  const FyZoneArea *a;

  if (self->capacity_id == 0)
    return;
  g_clear_handle_id (&self->capacity_id, g_source_remove);
  /* Saved for the area it was typed for, even if another is shown now. */
  self->area_id = self->capacity_area;
  if ((a = current_area (self)) != NULL && a->capacity != capacity)
    update_area (self, set_capacity, &capacity);
  self->area_id = keep;
}

static gboolean
capacity_timeout_cb (gpointer data)
{
  FyZonePanel *self = data;

  flush_capacity (self);
  self->capacity_id = 0;
  return G_SOURCE_REMOVE;
}

static void
on_capacity_changed_cb (FyZonePanel *self)
{
  if (self->filling || self->area_id == 0)
    return;
  /* Clicking the arrows a few times is one edit, not one per click. */
  g_clear_handle_id (&self->capacity_id, g_source_remove);
  self->capacity_area = self->area_id;
  self->capacity_id = g_timeout_add (CAPACITY_DELAY_MS, capacity_timeout_cb, self);
}

typedef struct
{
  FyZonePanel *self;
  gint64       area_id;
  FyZoneLevel  level;
} LevelChange;

static void
level_change_free (gpointer p)
{
  LevelChange *change = p;
  g_object_unref (change->self);
  g_free (change);
}

static void
on_reason_done (const char *reason, gpointer data)
{
  LevelChange *change = data;
  FyZonePanel *self = change->self;
  g_autoptr(GError) error = NULL;

  if (reason == NULL || self->map == NULL)
    {
      refill (self);   /* cancelled: the row shows the saved level again */
      return;
    }
  fy_zone_panel_check (self, fy_zone_map_set_area_level (self->map, change->area_id, change->level, reason, &error), error);
}

static void
on_level_selected_cb (FyZonePanel *self)
{
  const FyZoneArea *a = current_area (self);
  guint level = adw_combo_row_get_selected (self->level_row);
  LevelChange *change;

  if (self->filling || a == NULL || level >= FY_ZONE_N_LEVELS || level == a->level)
    return;
  change = g_new0 (LevelChange, 1);
  change->self = g_object_ref (self);
  change->area_id = a->id;
  change->level = level;
  fy_zone_ask_reason (fy_zone_panel_parent_window (self), a->name, a->level, level, on_reason_done, change, level_change_free);
}

/* Function: a list grouped by handover / production / living / public. */
static void
function_header_cb (GtkListBoxRow *row, GtkListBoxRow *before, gpointer data)
{
  FyZoneFunction f = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "fy-function"));
  FyZoneGroup group = fy_zone_function_group (f);
  GtkWidget *header = NULL;

  if (before == NULL
      || fy_zone_function_group (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (before), "fy-function"))) != group)
    {
      header = gtk_label_new (fy_zone_group_label (group));
      gtk_label_set_xalign (GTK_LABEL (header), 0);
      gtk_widget_set_margin_start (header, 6);
      gtk_widget_set_margin_top (header, before ? 8 : 2);
      gtk_widget_add_css_class (header, "heading");
      gtk_widget_add_css_class (header, "dim-label");
    }
  gtk_list_box_row_set_header (row, header);
}

static void
on_function_activated_cb (GtkListBox *list, GtkListBoxRow *row, FyZonePanel *self)
{
  FyZoneFunction f = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "fy-function"));

  gtk_menu_button_popdown (self->function_button);
  update_area (self, set_function, &f);
}

static void
build_function_popover (FyZonePanel *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *list = gtk_list_box_new ();
  /* Ordered by group so the headers fall in place. */
  for (int g = 0; g < FY_ZONE_N_GROUPS; g++)
    for (int f = 0; f < FY_ZONE_N_FUNCTIONS; f++)
      if ((int) fy_zone_function_group (f) == g)
        {
          GtkWidget *label = gtk_label_new (fy_zone_function_label (f));
          GtkWidget *row = gtk_list_box_row_new ();
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_widget_set_margin_start (label, 12);
          gtk_widget_set_margin_end (label, 12);
          gtk_widget_set_margin_top (label, 4);
          gtk_widget_set_margin_bottom (label, 4);
          gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
          g_object_set_data (G_OBJECT (row), "fy-function", GINT_TO_POINTER (f));
          gtk_list_box_append (GTK_LIST_BOX (list), row);
        }
  gtk_list_box_set_header_func (GTK_LIST_BOX (list), function_header_cb, NULL, NULL);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (list), TRUE);
  g_signal_connect (list, "row-activated", G_CALLBACK (on_function_activated_cb), self);
  gtk_popover_set_child (GTK_POPOVER (popover), list);
  gtk_menu_button_set_popover (self->function_button, popover);
  self->function_list = list;
}

static void
on_leader_picked_cb (FyZoneStaffPicker *picker, gint64 staff_id, FyZonePanel *self)
{
  update_area (self, set_leader, &staff_id);
}

/* ------------------------------------------------------------------ */
/* Buttons                                                             */

static void
on_raise_clicked_cb (FyZonePanel *self)
{
  g_autoptr(GError) error = NULL;
  if (self->area_id)
    fy_zone_panel_check (self, fy_zone_map_raise_area (self->map, self->area_id, TRUE, &error), error);
}

static void
on_lower_clicked_cb (FyZonePanel *self)
{
  g_autoptr(GError) error = NULL;
  if (self->area_id)
    fy_zone_panel_check (self, fy_zone_map_raise_area (self->map, self->area_id, FALSE, &error), error);
}

static void
on_delete_clicked_cb (FyZonePanel *self)
{
  g_signal_emit (self, signals[DELETE_ITEM], 0);
}

/* ------------------------------------------------------------------ */
/* Symbols                                                             */

static void
update_point (FyZonePanel *self, int kind)
{
  const FyZonePoint *p = current_point (self);
  g_autoptr(FyZonePoint) values = NULL;
  g_autoptr(GError) error = NULL;

  if (p == NULL)
    return;
  values = fy_zone_point_copy (p);
  if (kind >= 0)
    values->kind = kind;
  g_free (values->name);
  values->name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->point_name_row)));
  g_free (values->place_code);
  values->place_code = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->point_code_row)));
  fy_zone_panel_check (self, fy_zone_map_update_point (self->map, values, &error), error);
}

static void
on_point_apply_cb (FyZonePanel *self)
{
  update_point (self, -1);
}

static void
on_kind_selected_cb (FyZonePanel *self)
{
  const FyZonePoint *p = current_point (self);
  guint kind = adw_combo_row_get_selected (self->kind_row);

  if (!self->filling && p && kind < FY_ZONE_N_POINT_KINDS && kind != p->kind)
    update_point (self, kind);
}

/* ------------------------------------------------------------------ */
/* Filling                                                             */

static void
fill_area (FyZonePanel *self, const FyZoneArea *a)
{
  int count = fy_zone_map_get_headcount (self->map, a->id);
  g_autofree char *leader = fy_zone_panel_describe_person (self, a->leader_staff_id);
  g_autofree char *headcount = NULL;

  show_text (self->name_row, a->name);
  adw_combo_row_set_selected (self->level_row, a->level);
  gtk_menu_button_set_label (self->function_button, fy_zone_function_label (a->function));
  show_text (self->place_code_row, a->place_code);
  if (self->capacity_id == 0)
    gtk_spin_button_set_value (self->capacity_spin, a->capacity);
  adw_action_row_set_subtitle (self->leader_row, leader);
  show_text (self->note_row, a->note);

  if (a->capacity > 0)
    headcount = g_strdup_printf (_("%d of %d places taken"), count, a->capacity);
  else
    headcount = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d person, no capacity set",
                                              "%d people, no capacity set", count), count);
  adw_action_row_set_subtitle (self->headcount_row, headcount);
  gtk_widget_set_visible (GTK_WIDGET (self->headcount_bar), a->capacity > 0);
  gtk_level_bar_set_value (self->headcount_bar, a->capacity > 0 ? MIN (1.0, (double) count / a->capacity) : 0);
  fy_widget_set_css_class (GTK_WIDGET (self->headcount_row), "error", a->capacity > 0 && count > a->capacity);

  fy_zone_panel_fill_grids (self);
  fy_zone_panel_fill_people (self, FALSE);
}

static void
fill_point (FyZonePanel *self, const FyZonePoint *p)
{
  gint64 inside = fy_zone_map_hit_area (self->map, p->x, p->y);
  const FyZoneArea *a = inside ? fy_zone_map_lookup_area (self->map, inside) : NULL;
  g_autofree char *where = NULL;

  adw_combo_row_set_selected (self->kind_row, p->kind);
  show_text (self->point_name_row, p->name);
  show_text (self->point_code_row, p->place_code);
  if (a)
    /* Translators: "Workshop 2 (Red zone)" */
    where = g_strdup_printf (_("%s (%s)"), a->name, fy_zone_level_label (a->level));
  else
    where = g_strdup (_("Outside every area"));
  adw_action_row_set_subtitle (self->point_where_row, where);
}

static void
refill (FyZonePanel *self)
{

  const FyZoneArea *a = current_area (self);
  const FyZonePoint *p = current_point (self);

  self->filling = TRUE;
  if (a)
    {
      fill_area (self, a);
      gtk_stack_set_visible_child_name (self->stack, "area");
    }
  else if (p)
    {
      fill_point (self, p);
      gtk_stack_set_visible_child_name (self->stack, "point");
    }
  else
    {
      fy_zone_panel_fill_map_page (self);
      gtk_stack_set_visible_child_name (self->stack, "map");
    }
  fy_zone_panel_fill_warnings (self);
  self->filling = FALSE;
}

static void
on_map_changed_cb (FyZoneMap *map, FyZonePanel *self)
{
  if (self->area_id && fy_zone_map_lookup_area (map, self->area_id) == NULL)
    self->area_id = 0;
  if (self->point_id && fy_zone_map_lookup_point (map, self->point_id) == NULL)
    self->point_id = 0;
  refill (self);
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */

void
fy_zone_panel_set_store (FyZonePanel *self, FyStore *store)
{
  GtkWidget *picker;

  g_return_if_fail (FY_IS_ZONE_PANEL (self));
  g_set_object (&self->store, store);
  picker = fy_zone_staff_picker_new (store);
  g_signal_connect (picker, "picked", G_CALLBACK (on_leader_picked_cb), self);
  gtk_menu_button_set_popover (self->leader_button, picker);
}

void
fy_zone_panel_set_map (FyZonePanel *self, FyZoneMap *map)
{
  g_return_if_fail (FY_IS_ZONE_PANEL (self));

  flush_capacity (self);
  if (self->map)
    {
      g_clear_signal_handler (&self->map_changed_id, self->map);
      g_clear_object (&self->map);
    }
  if (map)
    {
      self->map = g_object_ref (map);
      self->map_changed_id = g_signal_connect (map, "changed", G_CALLBACK (on_map_changed_cb), self);
    }
  self->area_id = 0;
  self->point_id = 0;
  g_clear_pointer (&self->people_shown, g_array_unref);
  g_clear_pointer (&self->grids_shown, g_free);
  if (self->map)
    refill (self);
}

void
fy_zone_panel_show_item (FyZonePanel *self, gint64 area_id, gint64 point_id)
{
  g_return_if_fail (FY_IS_ZONE_PANEL (self));

  flush_capacity (self);
  if (self->area_id != area_id)
    {
      g_clear_pointer (&self->people_shown, g_array_unref);
      g_clear_pointer (&self->grids_shown, g_free);
      /* A half-typed name belongs to the old area: show the new one's. */
      self->filling = TRUE;
      show_text (self->name_row, "");
      self->filling = FALSE;
    }
  self->area_id = area_id;
  self->point_id = area_id ? 0 : point_id;
  if (self->map)
    refill (self);
}

void
fy_zone_panel_focus_name (FyZonePanel *self)
{
  g_return_if_fail (FY_IS_ZONE_PANEL (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  gtk_editable_select_region (GTK_EDITABLE (self->name_row), 0, -1);
}

void
fy_zone_panel_refresh (FyZonePanel *self)
{
  g_return_if_fail (FY_IS_ZONE_PANEL (self));
  g_clear_pointer (&self->people_shown, g_array_unref);
  g_clear_pointer (&self->grids_shown, g_free);
  g_clear_pointer (&self->departments, g_strfreev);
  if (self->map)
    refill (self);
}

AdwComboRow *
fy_zone_panel_get_level_row (FyZonePanel *self)
{
  return self->level_row;
}

/* ------------------------------------------------------------------ */
/* Combo rows with pictures                                            */

static void
setup_picture_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer swatch)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = swatch ? fy_zone_icon_new_swatch (0, 22, 14) : fy_zone_icon_new_symbol (0, 18);

  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), gtk_label_new (NULL));
  gtk_list_item_set_child (item, box);
}

static void
bind_picture_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer swatch)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));
  int index = 0;

  /* By the label, not the position: the combo row's button shows its
   * selected item through a list item that has no position. */
  if (swatch)
    {
      for (int i = 0; i < FY_ZONE_N_LEVELS; i++)
        if (g_strcmp0 (text, fy_zone_level_label (i)) == 0)
          index = i;
      fy_zone_icon_set_swatch (gtk_widget_get_first_child (box), index);
    }
  else
    {
      for (int i = 0; i < FY_ZONE_N_POINT_KINDS; i++)
        if (g_strcmp0 (text, fy_zone_point_kind_label (i)) == 0)
          index = i;
      fy_zone_icon_set_symbol (gtk_widget_get_first_child (box), index);
    }
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)), text);
}

static void
setup_combo (AdwComboRow *row, gboolean swatch, guint n, const char *(*label) (int))
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, label (i));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_picture_row_cb), GINT_TO_POINTER (swatch));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_picture_row_cb), GINT_TO_POINTER (swatch));
  adw_combo_row_set_factory (row, factory);
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
}

static const char *
level_label (int i)
{
  return fy_zone_level_label (i);
}

static const char *
kind_label (int i)
{
  return fy_zone_point_kind_label (i);
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */

static void
fy_zone_panel_dispose (GObject *object)
{
  FyZonePanel *self = FY_ZONE_PANEL (object);

  g_clear_handle_id (&self->capacity_id, g_source_remove);
  if (self->map)
    {
      g_clear_signal_handler (&self->map_changed_id, self->map);
      g_clear_object (&self->map);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_ZONE_PANEL);
  clear_children (GTK_WIDGET (self));
  g_clear_object (&self->store);
  g_clear_pointer (&self->people_shown, g_array_unref);
  g_clear_pointer (&self->grids_shown, g_free);
  g_clear_pointer (&self->departments, g_strfreev);
  G_OBJECT_CLASS (fy_zone_panel_parent_class)->dispose (object);
}

static void
fy_zone_panel_class_init (FyZonePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fy_zone_panel_dispose;

  signals[ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[ACTIVATE_ITEM] = g_signal_new ("activate-item", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);
  signals[DELETE_ITEM] = g_signal_new ("delete-item", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                       NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-zone-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, stack);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, map_size_row);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, map_plan_row);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, map_counts_row);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, departments_group);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, departments_list);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, name_row);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, level_row);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, function_row);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, function_button);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, place_code_row);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, capacity_spin);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, leader_row);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, leader_button);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, note_row);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, headcount_row);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, headcount_bar);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, grids_group);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, grids_list);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, people_group);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, people_list);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, kind_row);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, point_name_row);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, point_code_row);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, point_where_row);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, warnings_revealer);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, warnings_title);
  gtk_widget_class_bind_template_child (widget_class, FyZonePanel, warnings_list);
  gtk_widget_class_bind_template_callback (widget_class, on_name_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_level_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_place_code_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_capacity_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_note_apply_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_add_grid_clicked_cb",
                                                G_CALLBACK (fy_zone_panel_add_grid_clicked));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_assign_clicked_cb",
                                                G_CALLBACK (fy_zone_panel_assign_clicked));
  gtk_widget_class_bind_template_callback (widget_class, on_raise_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_lower_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_point_apply_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_warning_activated_cb",
                                                G_CALLBACK (fy_zone_panel_warning_activated));
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fy_zone_panel_init (FyZonePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->filling = TRUE;
  setup_combo (self->level_row, TRUE, FY_ZONE_N_LEVELS, level_label);
  setup_combo (self->kind_row, FALSE, FY_ZONE_N_POINT_KINDS, kind_label);
  self->filling = FALSE;
  build_function_popover (self);
}

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
#include "fy-staff-item.h"
#include "fy-validate.h"
#include "fy-zone-assign-dialog.h"
#include "fy-zone-dialogs.h"
#include "fy-zone-icons.h"
#include "fy-zone-panel.h"
#include "fy-zone-staff-picker.h"

#define DEPARTMENT_PREFIX "fangyi-department:"
/* Rows listed per area before "and N more". */
#define MAX_PEOPLE_ROWS 300
#define CAPACITY_DELAY_MS 600

struct _FyZonePanel
{
  GtkWidget          parent_instance;

  /* template children */
  GtkStack          *stack;
  AdwActionRow      *map_size_row;
  AdwActionRow      *map_plan_row;
  AdwActionRow      *map_counts_row;
  AdwPreferencesGroup *departments_group;
  GtkListBox        *departments_list;
  AdwEntryRow       *name_row;
  AdwComboRow       *level_row;
  AdwActionRow      *function_row;
  GtkMenuButton     *function_button;
  AdwEntryRow       *place_code_row;
  GtkSpinButton     *capacity_spin;
  AdwActionRow      *leader_row;
  GtkMenuButton     *leader_button;
  AdwEntryRow       *note_row;
  AdwActionRow      *headcount_row;
  GtkLevelBar       *headcount_bar;
  AdwPreferencesGroup *grids_group;
  GtkListBox        *grids_list;
  AdwPreferencesGroup *people_group;
  GtkListBox        *people_list;
  AdwComboRow       *kind_row;
  AdwEntryRow       *point_name_row;
  AdwEntryRow       *point_code_row;
  AdwActionRow      *point_where_row;
  GtkRevealer       *warnings_revealer;
  GtkLabel          *warnings_title;
  GtkListBox        *warnings_list;

  /* owned */
  FyStore           *store;
  FyZoneMap         *map;
  gulong             map_changed_id;
  GtkWidget         *function_list;    /* GtkListBox in the function popover */
  GArray            *people_shown;     /* staff ids listed, to skip needless rebuilds */
  char              *grids_shown;      /* a digest of the grid rows listed */
  GStrv              departments;

  gint64             area_id;
  gint64             point_id;
  gboolean           filling;
  guint              capacity_id;      /* a capacity change waiting to be saved */
  gint64             capacity_area;
};

G_DEFINE_FINAL_TYPE (FyZonePanel, fy_zone_panel, GTK_TYPE_WIDGET)

enum { ERROR, ACTIVATE_ITEM, DELETE_ITEM, N_SIGNALS };
static guint signals[N_SIGNALS];

static void refill (FyZonePanel *self);

/* ------------------------------------------------------------------ */
/* Helpers                                                             */

static GtkWindow *
parent_window (FyZonePanel *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* Reports a refused edit and shows the saved values again. */
static gboolean
check (FyZonePanel *self, gboolean ok, GError *error)
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
static char *
describe_person (FyZonePanel *self, gint64 staff_id)
{
  g_autoptr(FyStaff) s = NULL;
  g_autofree char *detail = NULL;

  if (staff_id == 0 || self->store == NULL)
    return g_strdup (_("Nobody chosen"));
  if ((s = fy_staff_get (self->store, staff_id, NULL)) == NULL)
    return g_strdup (_("Not in the roster any more"));
  detail = fy_zone_staff_describe (s);
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

static void
remove_all_rows (GtkListBox *list)
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
  check (self, fy_zone_map_update_area (self->map, values, &error), error);
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
  check (self, fy_zone_map_set_area_level (self->map, change->area_id, change->level, reason, &error), error);
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
  fy_zone_ask_reason (parent_window (self), a->name, a->level, level, on_reason_done, change, level_change_free);
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
/* Grids                                                               */

typedef struct
{
  FyZonePanel *self;
  gint64       grid_id;   /* 0 = a new grid */
} GridEdit;

static void
grid_edit_free (gpointer p)
{
  GridEdit *edit = p;
  g_object_unref (edit->self);
  g_free (edit);
}

static void
on_grid_name_done (const char *name, gpointer data)
{
  GridEdit *edit = data;
  FyZonePanel *self = edit->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyZoneGrid) grid = NULL;
  const FyZoneGrid *cur;

  if (name == NULL || self->map == NULL || self->area_id == 0)
    return;
  if (edit->grid_id == 0)
    {
      grid = fy_zone_grid_new ();
      grid->area_id = self->area_id;
      g_free (grid->name);
      grid->name = g_strdup (name);
      check (self, fy_zone_map_add_grid (self->map, grid, &error) != 0, error);
      return;
    }
  if ((cur = fy_zone_map_lookup_grid (self->map, edit->grid_id)) == NULL)
    return;
  grid = fy_zone_grid_copy (cur);
  g_free (grid->name);
  grid->name = g_strdup (name);
  check (self, fy_zone_map_update_grid (self->map, grid, &error), error);
}

static void
ask_grid_name (FyZonePanel *self, gint64 grid_id, const char *initial)
{
  GridEdit *edit = g_new0 (GridEdit, 1);

  edit->self = g_object_ref (self);
  edit->grid_id = grid_id;
  fy_zone_prompt_text (parent_window (self), grid_id ? _("Rename Grid") : _("New Grid"),
                       _("Grids are the smaller units of an area, e.g. a production line or a floor, each "
                         "with its own leader."),
                       initial, _("For example: Line 1"), grid_id ? _("_Rename") : _("_Add"), TRUE,
                       on_grid_name_done, edit, grid_edit_free);
}

static void
on_add_grid_clicked_cb (FyZonePanel *self)
{
  g_autoptr(GPtrArray) grids = self->map ? fy_zone_map_list_grids (self->map, self->area_id) : NULL;
  /* Translators: the suggested name of a new grid */
  g_autofree char *name = g_strdup_printf (_("Grid %u"), grids ? grids->len + 1 : 1);

  ask_grid_name (self, 0, name);
}

static void
on_grid_rename_cb (GtkButton *button, FyZonePanel *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "fy-grid");
  const FyZoneGrid *g = self->map ? fy_zone_map_lookup_grid (self->map, id) : NULL;

  if (g)
    ask_grid_name (self, id, g->name);
}

static void
on_grid_delete_cb (GtkButton *button, FyZonePanel *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "fy-grid");
  g_autoptr(GError) error = NULL;

  check (self, fy_zone_map_delete_grid (self->map, id, &error), error);
}

static void
on_grid_leader_picked_cb (FyZoneStaffPicker *picker, gint64 staff_id, FyZonePanel *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (picker), "fy-grid");
  const FyZoneGrid *cur = self->map ? fy_zone_map_lookup_grid (self->map, id) : NULL;
  g_autoptr(FyZoneGrid) grid = NULL;
  g_autoptr(GError) error = NULL;

  if (cur == NULL)
    return;
  grid = fy_zone_grid_copy (cur);
  grid->leader_staff_id = staff_id;
  check (self, fy_zone_map_update_grid (self->map, grid, &error), error);
}

static void
set_grid_data (gpointer object, gint64 grid_id)
{
  gint64 *id = g_new (gint64, 1);
  *id = grid_id;
  g_object_set_data_full (G_OBJECT (object), "fy-grid", id, g_free);
}

static GtkWidget *
icon_button (const char *icon, const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
fill_grids (FyZonePanel *self)
{
  g_autoptr(GPtrArray) grids = fy_zone_map_list_grids (self->map, self->area_id);
  GString *digest = g_string_new (NULL);

  for (guint i = 0; i < grids->len; i++)
    {
      const FyZoneGrid *g = grids->pdata[i];
      g_string_append_printf (digest, "%" G_GINT64_FORMAT ":%s:%" G_GINT64_FORMAT ":%d;", g->id, g->name,
                              g->leader_staff_id, fy_zone_map_get_grid_headcount (self->map, g->id));
    }
  g_string_append_printf (digest, "@%" G_GINT64_FORMAT, self->area_id);
  if (g_strcmp0 (digest->str, self->grids_shown) == 0)
    {
      g_string_free (digest, TRUE);
      return;
    }
  g_free (self->grids_shown);
  self->grids_shown = g_string_free (digest, FALSE);

  remove_all_rows (self->grids_list);
  for (guint i = 0; i < grids->len; i++)
    {
      const FyZoneGrid *g = grids->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *leader = gtk_menu_button_new ();
      GtkWidget *picker = fy_zone_staff_picker_new (self->store);
      GtkWidget *rename = icon_button ("document-edit-symbolic", _("Rename the grid"));
      GtkWidget *remove = icon_button ("user-trash-symbolic", _("Delete the grid (its people stay in the area)"));
      g_autofree char *who = describe_person (self, g->leader_staff_id);
      int count = fy_zone_map_get_grid_headcount (self->map, g->id);
      g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Leader: %s · %d person",
                                                                "Leader: %s · %d people", count), who, count);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (leader), "avatar-default-symbolic");
      gtk_widget_set_tooltip_text (leader, _("Choose the grid's leader"));
      gtk_widget_set_valign (leader, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (leader, "flat");
      gtk_menu_button_set_popover (GTK_MENU_BUTTON (leader), picker);
      set_grid_data (picker, g->id);
      set_grid_data (rename, g->id);
      set_grid_data (remove, g->id);
      g_signal_connect (picker, "picked", G_CALLBACK (on_grid_leader_picked_cb), self);
      g_signal_connect (rename, "clicked", G_CALLBACK (on_grid_rename_cb), self);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_grid_delete_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), leader);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), rename);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->grids_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->grids_list), grids->len > 0);
}

/* ------------------------------------------------------------------ */
/* People                                                              */

static gint64
row_staff (gpointer widget)
{
  return *(gint64 *) g_object_get_data (G_OBJECT (widget), "fy-staff");
}

static void
on_person_remove_cb (GtkButton *button, FyZonePanel *self)
{
  g_autoptr(GError) error = NULL;
  check (self, fy_zone_map_assign_staff (self->map, row_staff (button), 0, 0, &error), error);
}

static void
on_person_grid_cb (GtkDropDown *dropdown, GParamSpec *pspec, FyZonePanel *self)
{
  g_autoptr(GPtrArray) grids = NULL;
  g_autoptr(GError) error = NULL;
  guint sel = gtk_drop_down_get_selected (dropdown);
  gint64 grid_id = 0, area, cur_grid;

  if (self->filling || self->map == NULL)
    return;
  grids = fy_zone_map_list_grids (self->map, self->area_id);
  if (sel > 0 && sel <= grids->len)
    grid_id = ((const FyZoneGrid *) grids->pdata[sel - 1])->id;
  if (fy_zone_map_get_assignment (self->map, row_staff (dropdown), &area, &cur_grid) && cur_grid == grid_id)
    return;
  check (self, fy_zone_map_assign_staff (self->map, row_staff (dropdown), self->area_id, grid_id, &error), error);
}

static void
set_staff_data (gpointer object, gint64 staff_id)
{
  gint64 *id = g_new (gint64, 1);
  *id = staff_id;
  g_object_set_data_full (G_OBJECT (object), "fy-staff", id, g_free);
}

static gboolean
same_ids (GArray *a, GArray *b)
{
  return a && b && a->len == b->len && memcmp (a->data, b->data, a->len * sizeof (gint64)) == 0;
}

static void
fill_people (FyZonePanel *self, gboolean force)
{
  g_autoptr(GArray) ids = fy_zone_map_list_staff (self->map, self->area_id, 0);
  g_autoptr(GPtrArray) grids = fy_zone_map_list_grids (self->map, self->area_id);
  g_autoptr(GtkStringList) grid_names = gtk_string_list_new (NULL);
  int count = fy_zone_map_get_headcount (self->map, self->area_id);
  g_autofree char *title = NULL;

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "People (%d)", "People (%d)", count), count);
  adw_preferences_group_set_title (self->people_group, title);
  if (!force && same_ids (ids, self->people_shown))
    return;
  g_clear_pointer (&self->people_shown, g_array_unref);
  self->people_shown = g_array_ref (ids);

  gtk_string_list_append (grid_names, _("No grid"));
  for (guint i = 0; i < grids->len; i++)
    gtk_string_list_append (grid_names, ((const FyZoneGrid *) grids->pdata[i])->name);

  remove_all_rows (self->people_list);
  for (guint i = 0; i < ids->len && i < MAX_PEOPLE_ROWS; i++)
    {
      gint64 staff_id = g_array_index (ids, gint64, i);
      g_autoptr(FyStaff) s = self->store ? fy_staff_get (self->store, staff_id, NULL) : NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = icon_button ("list-remove-symbolic", _("Take this person off the area"));
      g_autofree char *detail = s ? fy_zone_staff_describe (s) : NULL;
      gint64 area, grid_id = 0;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), s ? s->name : "?");
      if (s && s->status == FY_STAFF_LEFT)
        {
          g_autofree char *left = g_strdup_printf ("%s · %s", detail, fy_staff_status_label (s->status));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), left);
        }
      else
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail ? detail : "");
      fy_zone_map_get_assignment (self->map, staff_id, &area, &grid_id);
      if (grids->len > 0)
        {
          GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (grid_names)), NULL);
          guint sel = 0;
          for (guint k = 0; k < grids->len; k++)
            if (((const FyZoneGrid *) grids->pdata[k])->id == grid_id)
              sel = k + 1;
          gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), sel);
          gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
          gtk_widget_set_tooltip_text (dropdown, _("Grid"));
          set_staff_data (dropdown, staff_id);
          g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_person_grid_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);
        }
      set_staff_data (remove, staff_id);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_person_remove_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->people_list, row);
    }
  if (ids->len > MAX_PEOPLE_ROWS)
    {
      g_autofree char *more = g_strdup_printf (_("… and %u more"), ids->len - MAX_PEOPLE_ROWS);
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      gtk_list_box_append (self->people_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->people_list), ids->len > 0);
}

static void
on_assign_error_cb (FyZoneAssignDialog *dialog, const char *message, FyZonePanel *self)
{
  g_signal_emit (self, signals[ERROR], 0, message);
}

static void
on_assign_clicked_cb (FyZonePanel *self)
{
  FyZoneAssignDialog *dialog;

  if (self->map == NULL || self->area_id == 0 || self->store == NULL)
    return;
  dialog = fy_zone_assign_dialog_new (parent_window (self), self->store, self->map, self->area_id);
  g_signal_connect_object (dialog, "error", G_CALLBACK (on_assign_error_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------------ */
/* Buttons                                                             */

static void
on_raise_clicked_cb (FyZonePanel *self)
{
  g_autoptr(GError) error = NULL;
  if (self->area_id)
    check (self, fy_zone_map_raise_area (self->map, self->area_id, TRUE, &error), error);
}

static void
on_lower_clicked_cb (FyZonePanel *self)
{
  g_autoptr(GError) error = NULL;
  if (self->area_id)
    check (self, fy_zone_map_raise_area (self->map, self->area_id, FALSE, &error), error);
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
  check (self, fy_zone_map_update_point (self->map, values, &error), error);
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
/* Warnings                                                            */

static void
fill_warnings (FyZonePanel *self)
{
  g_autoptr(GPtrArray) warnings = self->map ? fy_zone_map_check (self->map) : NULL;
  guint n = warnings ? warnings->len : 0;
  g_autofree char *title = NULL;

  remove_all_rows (self->warnings_list);
  for (guint i = 0; i < n; i++)
    {
      const FyZoneWarning *w = warnings->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), w->message);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "fy-area", g_memdup2 (&w->area_id, sizeof (gint64)), g_free);
      g_object_set_data_full (G_OBJECT (row), "fy-point", g_memdup2 (&w->point_id, sizeof (gint64)), g_free);
      gtk_list_box_append (self->warnings_list, row);
    }
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", n), n);
  gtk_label_set_text (self->warnings_title, title);
  gtk_revealer_set_reveal_child (self->warnings_revealer, n > 0);
}

static void
on_warning_activated_cb (FyZonePanel *self, GtkListBoxRow *row)
{
  gint64 area = *(gint64 *) g_object_get_data (G_OBJECT (row), "fy-area");
  gint64 point = *(gint64 *) g_object_get_data (G_OBJECT (row), "fy-point");

  g_signal_emit (self, signals[ACTIVATE_ITEM], 0, area, point);
}

void
fy_zone_panel_activate_warning (FyZonePanel *self, guint index)
{
  GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->warnings_list));

  for (guint i = 0; row && i < index; i++)
    row = gtk_widget_get_next_sibling (row);
  g_return_if_fail (GTK_IS_LIST_BOX_ROW (row));
  g_signal_emit_by_name (self->warnings_list, "row-activated", row);
}

guint
fy_zone_panel_get_n_warnings (FyZonePanel *self)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (self->warnings_list)); c;
       c = gtk_widget_get_next_sibling (c))
    n++;
  return n;
}

/* ------------------------------------------------------------------ */
/* The map page: size, plan, departments to drag                       */

static GdkContentProvider *
on_department_drag_prepare_cb (GtkDragSource *source, double x, double y, gpointer data)
{
  const char *department = data;
  g_autofree char *text = g_strconcat (DEPARTMENT_PREFIX, department, NULL);

  return gdk_content_provider_new_typed (G_TYPE_STRING, text);
}

static void
fill_departments (FyZonePanel *self)
{
  g_auto(GStrv) departments = self->store ? fy_staff_list_departments (self->store) : NULL;
  guint n = departments ? g_strv_length (departments) : 0;

  if (self->departments && departments && g_strv_equal ((const char *const *) self->departments,
                                                        (const char *const *) departments))
    return;
  g_strfreev (self->departments);
  self->departments = g_steal_pointer (&departments);
  remove_all_rows (self->departments_list);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
      GtkDragSource *source = gtk_drag_source_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), self->departments[i]);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), handle);
      gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
      g_signal_connect (source, "prepare", G_CALLBACK (on_department_drag_prepare_cb), self->departments[i]);
      gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
      gtk_widget_set_tooltip_text (row, _("Drag onto an area of the map"));
      gtk_list_box_append (self->departments_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->departments_group), n > 0);
}

static void
fill_map_page (FyZonePanel *self)
{
  int wpx = 0, hpx = 0, people = 0;
  g_autofree char *size = NULL, *plan = NULL, *counts = NULL, *areas = NULL, *symbols = NULL;

  if (self->map == NULL)
    return;
  if (fy_zone_map_get_grid_step (self->map) > 0)
    /* Translators: map size and grid step, "480 × 270 m, grid 1 m" */
    size = g_strdup_printf (_("%.0f × %.0f m, grid %g m"), fy_zone_map_get_width (self->map),
                            fy_zone_map_get_height (self->map), fy_zone_map_get_grid_step (self->map));
  else
    size = g_strdup_printf (_("%.0f × %.0f m, no grid"), fy_zone_map_get_width (self->map),
                            fy_zone_map_get_height (self->map));
  adw_action_row_set_subtitle (self->map_size_row, size);
  fy_zone_map_get_background_size (self->map, &wpx, &hpx);
  if (fy_zone_map_get_background (self->map))
    /* Translators: floor plan image size and scale */
    plan = g_strdup_printf (_("%d × %d pixels, %.3f m per pixel"), wpx, hpx,
                            fy_zone_map_get_metres_per_pixel (self->map));
  else
    plan = g_strdup (_("None: a blank grid"));
  adw_action_row_set_subtitle (self->map_plan_row, plan);
  for (guint i = 0; i < fy_zone_map_get_n_areas (self->map); i++)
    people += fy_zone_map_get_headcount (self->map, fy_zone_map_get_area (self->map, i)->id);
  areas = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u area", "%u areas", fy_zone_map_get_n_areas (self->map)),
                           fy_zone_map_get_n_areas (self->map));
  symbols = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u symbol", "%u symbols",
                                          fy_zone_map_get_n_points (self->map)),
                             fy_zone_map_get_n_points (self->map));
  counts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %s, %d person", "%s, %s, %d people", people),
                            areas, symbols, people);
  adw_action_row_set_subtitle (self->map_counts_row, counts);
  fill_departments (self);
}

/* ------------------------------------------------------------------ */
/* Filling                                                             */

static void
fill_area (FyZonePanel *self, const FyZoneArea *a)
{
  int count = fy_zone_map_get_headcount (self->map, a->id);
  g_autofree char *leader = describe_person (self, a->leader_staff_id);
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

  fill_grids (self);
  fill_people (self, FALSE);
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
      fill_map_page (self);
      gtk_stack_set_visible_child_name (self->stack, "map");
    }
  fill_warnings (self);
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
  gtk_widget_class_bind_template_callback (widget_class, on_add_grid_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_assign_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_raise_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_lower_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_point_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_warning_activated_cb);
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

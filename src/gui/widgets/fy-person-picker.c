/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-person-picker.c — choose people from the roster. In the dialogs' forms
 * the list is reloaded from SQL on each search (the roster search matches
 * name, number, phone and ID digits) and the choice is kept by id across
 * searches; the quick form (a popover's) filters a roster read once in
 * memory and picks on a click. */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-gui-util.h"
#include "fy-person-picker.h"
#include "fy-staff-item.h"
#include "fy-validate.h"

struct _FyPersonPicker
{
  GtkWidget       parent_instance;

  /* children */
  GtkSearchEntry *search;
  GtkListView    *list;
  GtkLabel       *chosen_label;   /* the choice; quick: "nobody matches" */

  /* owned */
  FyStore        *store;
  GListStore     *rows;
  GtkFilterListModel *filtered;    /* quick: the rows that match */
  GtkCustomFilter *filter;         /* quick */
  char           *needle;          /* quick: folded search text */
  GtkSelectionModel *selection;
  GArray         *chosen;          /* gint64, multiple mode, in order */
  gint64          chosen_id;       /* single mode */
  char           *chosen_name;
  gboolean        multiple;
  gboolean        quick;
  gboolean        reloading;
};

G_DEFINE_FINAL_TYPE (FyPersonPicker, fy_person_picker, GTK_TYPE_WIDGET)

enum { CHANGED, PICKED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* The rows the list shows. */
static GListModel *
shown (FyPersonPicker *self)
{
  return self->quick ? G_LIST_MODEL (self->filtered) : G_LIST_MODEL (self->rows);
}

static gboolean
is_chosen (FyPersonPicker *self, gint64 id)
{
  for (guint i = 0; i < self->chosen->len; i++)
    if (g_array_index (self->chosen, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static void
update_label (FyPersonPicker *self)
{
  g_autofree char *text = NULL;

  if (self->multiple)
    text = self->chosen->len == 0 ? g_strdup (_("No one chosen yet: tick the people to include."))
         : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person chosen", "%u people chosen",
                                         self->chosen->len), self->chosen->len);
  else
    text = self->chosen_id ? g_strdup_printf (_("Chosen: %s"), self->chosen_name)
         : g_strdup (_("Search, then choose a person in the list."));
  gtk_label_set_text (self->chosen_label, text);
}

static void
set_chosen (FyPersonPicker *self, gint64 id, gboolean on)
{
  if (on && !is_chosen (self, id))
    g_array_append_val (self->chosen, id);
  else if (!on)
    for (guint i = 0; i < self->chosen->len; i++)
      if (g_array_index (self->chosen, gint64, i) == id)
        {
          g_array_remove_index (self->chosen, i);
          break;
        }
  update_label (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_check_toggled_cb (GtkCheckButton *check, FyPersonPicker *self)
{
  FyStaffItem *item = g_object_get_data (G_OBJECT (check), "fy-item");

  if (item && !self->reloading)
    set_chosen (self, fy_staff_item_get (item)->id, gtk_check_button_get_active (check));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FyPersonPicker *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  if (self->multiple)
    {
      GtkWidget *check = gtk_check_button_new ();
      g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled_cb), self);
      gtk_box_append (GTK_BOX (box), check);
    }
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_width_chars (GTK_LABEL (name), 6);
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_ellipsize (GTK_LABEL (details), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (details, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), details);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FyPersonPicker *self)
{
  FyStaffItem *row = gtk_list_item_get_item (item);
  const FyStaff *s = fy_staff_item_get (row);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *child = gtk_widget_get_first_child (box);
  g_autoptr(GString) details = g_string_new (s->employee_no);

  if (self->multiple)
    {
      gboolean was = self->reloading;
      g_object_set_data (G_OBJECT (child), "fy-item", row);
      /* Recycled rows: setting the state must not count as a click. */
      self->reloading = TRUE;
      gtk_check_button_set_active (GTK_CHECK_BUTTON (child), is_chosen (self, s->id));
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, s->name, -1);
      self->reloading = was;
      child = gtk_widget_get_next_sibling (child);
    }
  gtk_label_set_text (GTK_LABEL (child), s->name);
  for (const char *const *part = (const char *const[]) { s->department, s->team, s->post, NULL }; *part; part++)
    if (**part)
      g_string_append_printf (details, " · %s", *part);
  if (s->status != FY_STAFF_ON_SITE)
    g_string_append_printf (details, " · %s", fy_staff_status_label (s->status));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_next_sibling (child)), details->str);
  fy_a11y_name_person_row (item, s->name, s->employee_no);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FyPersonPicker *self)
{
  if (self->multiple)
    g_object_set_data (G_OBJECT (gtk_widget_get_first_child (gtk_list_item_get_child (item))), "fy-item", NULL);
}

/* Quick form: the name over department, team and masked phone. */
static void
setup_quick_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *box = fy_person_labels_new (TRUE);

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_item_set_child (item, box);
}

static void
bind_quick_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  const FyStaff *s = fy_staff_item_get (gtk_list_item_get_item (item));
  g_autofree char *detail = fy_person_describe (s);

  fy_person_labels_set (gtk_list_item_get_child (item), s->name, detail);
  fy_a11y_name_person_row (item, s->name, s->employee_no);
}

static gboolean
quick_filter_func (gpointer item, gpointer data)
{
  FyPersonPicker *self = data;
  return fy_person_matches (fy_staff_item_get (item), self->needle);
}

static void
reload (FyPersonPicker *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  FyStaffFilter filter = { .status = -2, .search = gtk_editable_get_text (GTK_EDITABLE (self->search)) };
  guint keep = GTK_INVALID_LIST_POSITION;

  list = fy_staff_list (self->store, &filter, &error);
  if (list == NULL)
    {
      g_warning ("Roster could not be listed: %s", error->message);
      return;
    }
  for (guint i = 0; i < list->len; i++)
    {
      FyStaff *s = g_steal_pointer (&list->pdata[i]);
      if (s->id == self->chosen_id)
        keep = i;
      g_ptr_array_add (items, fy_staff_item_new (s));
    }
  self->reloading = TRUE;
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       items->pdata, items->len);
  if (!self->multiple)
    gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (self->selection), keep);
  self->reloading = FALSE;
}

static void
on_search_changed_cb (FyPersonPicker *self)
{
  if (self->quick)
    {
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search))));

      g_free (self->needle);
      self->needle = g_utf8_casefold (text, -1);
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
      gtk_widget_set_visible (GTK_WIDGET (self->chosen_label), g_list_model_get_n_items (shown (self)) == 0);
      return;
    }
  reload (self);
  /* One match left: that is the person meant. */
  if (!self->multiple && g_list_model_get_n_items (G_LIST_MODEL (self->rows)) == 1)
    fy_person_picker_activate_row (self, 0);
}

static void
on_selection_changed_cb (FyPersonPicker *self)
{
  FyStaffItem *item;

  if (self->reloading)
    return;
  item = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (self->selection));
  if (item == NULL)
    return;     /* keep the choice while a search hides it */
  self->chosen_id = fy_staff_item_get (item)->id;
  g_free (self->chosen_name);
  self->chosen_name = g_strdup (fy_staff_item_get (item)->name);
  update_label (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_activate_cb (GtkListView *view, guint position, FyPersonPicker *self)
{
  if (self->multiple || self->quick)
    fy_person_picker_activate_row (self, position);
}

/* Quick form: Enter takes the only (or first) match. */
static void
on_search_activate_cb (FyPersonPicker *self)
{
  if (g_list_model_get_n_items (shown (self)) > 0)
    fy_person_picker_activate_row (self, 0);
}

/* Escape clears a search; on an empty one it cancels what the picker is
 * in (the search entry would otherwise swallow the dialog's Escape). */
static void
on_stop_search_cb (FyPersonPicker *self)
{
  GtkWidget *popover;

  if (*gtk_editable_get_text (GTK_EDITABLE (self->search)) != '\0')
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search), "");
      return;
    }
  popover = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_POPOVER);
  if (popover)
    gtk_popover_popdown (GTK_POPOVER (popover));
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "window.close", NULL);
}

/* Down arrow from the search field goes into the list. */
static gboolean
on_search_key_cb (GtkEventControllerKey *key, guint keyval, guint keycode, GdkModifierType state,
                  FyPersonPicker *self)
{
  if (keyval != GDK_KEY_Down || g_list_model_get_n_items (shown (self)) == 0)
    return FALSE;
  gtk_widget_child_focus (GTK_WIDGET (self->list), GTK_DIR_TAB_FORWARD);
  return TRUE;
}

/* The list grows inside the picker, but the picker does not ask its
 * parents to grow (a hidden stack page would otherwise stretch the shown
 * one): dialogs give it a height. */
static void
fy_person_picker_compute_expand (GtkWidget *widget, gboolean *hexpand, gboolean *vexpand)
{
  *hexpand = FALSE;
  *vexpand = FALSE;
}

static void
fy_person_picker_dispose (GObject *object)
{
  FyPersonPicker *self = FY_PERSON_PICKER (object);

  fy_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->rows);
  g_clear_object (&self->store);
  g_clear_pointer (&self->chosen, g_array_unref);
  g_clear_pointer (&self->chosen_name, g_free);
  g_clear_pointer (&self->needle, g_free);
  G_OBJECT_CLASS (fy_person_picker_parent_class)->dispose (object);
}

static void
fy_person_picker_class_init (FyPersonPickerClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = fy_person_picker_dispose;
  widget_class->compute_expand = fy_person_picker_compute_expand;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[PICKED] = g_signal_new ("picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
fy_person_picker_init (FyPersonPicker *self)
{
  self->chosen = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->rows = g_list_store_new (FY_TYPE_STAFF_ITEM);
}

/* The search field over the list, then a label: what both forms share. */
static FyPersonPicker *
build (FyStore *store, gboolean multiple, gboolean quick)
{
  FyPersonPicker *self = g_object_new (FY_TYPE_PERSON_PICKER, NULL);
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkSingleSelection *single;

  self->store = g_object_ref (store);
  self->multiple = multiple;
  self->quick = quick;
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search, "placeholder-text",
                quick ? _("Search name, department or phone") : _("Search name, employee no., phone or ID"),
                NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search staff"), -1);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (on_search_changed_cb), self);
  g_signal_connect_swapped (self->search, "stop-search", G_CALLBACK (on_stop_search_cb), self);
  if (quick)
    g_signal_connect_swapped (self->search, "activate", G_CALLBACK (on_search_activate_cb), self);
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_search_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search), key);
  gtk_widget_set_parent (GTK_WIDGET (self->search), GTK_WIDGET (self));

  if (quick)
    {
      self->filter = gtk_custom_filter_new (quick_filter_func, self, NULL);
      self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)),
                                                  GTK_FILTER (self->filter));
    }
  if (multiple)
    self->selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (shown (self))));
  else
    {
      single = gtk_single_selection_new (g_object_ref (shown (self)));
      gtk_single_selection_set_autoselect (single, FALSE);
      self->selection = GTK_SELECTION_MODEL (single);
      if (!quick)
        {
          gtk_single_selection_set_can_unselect (single, TRUE);
          g_signal_connect_swapped (single, "selection-changed", G_CALLBACK (on_selection_changed_cb), self);
        }
    }
  if (quick)
    {
      g_signal_connect (factory, "setup", G_CALLBACK (setup_quick_row_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_quick_row_cb), self);
    }
  else
    {
      g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
    }
  self->list = GTK_LIST_VIEW (gtk_list_view_new (g_object_ref (self->selection), factory));
  gtk_list_view_set_single_click_activate (self->list, quick);
  g_signal_connect (self->list, "activate", G_CALLBACK (on_activate_cb), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Staff"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  if (quick)
    gtk_widget_set_size_request (scrolled, 300, 320);
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->list), "rich-list");
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 180);
      gtk_scrolled_window_set_has_frame (GTK_SCROLLED_WINDOW (scrolled), TRUE);
      gtk_widget_set_vexpand (scrolled, TRUE);
    }
  gtk_widget_set_parent (scrolled, GTK_WIDGET (self));

  self->chosen_label = GTK_LABEL (gtk_label_new (NULL));
  if (!quick)
    {
      gtk_label_set_xalign (self->chosen_label, 0);
      gtk_label_set_wrap (self->chosen_label, TRUE);
    }
  gtk_widget_add_css_class (GTK_WIDGET (self->chosen_label), "dim-label");
  gtk_widget_set_parent (GTK_WIDGET (self->chosen_label), GTK_WIDGET (self));
  return self;
}

GtkWidget *
fy_person_picker_new (FyStore *store, gboolean multiple)
{
  FyPersonPicker *self = build (store, multiple, FALSE);

  reload (self);
  update_label (self);
  return GTK_WIDGET (self);
}

GtkWidget *
fy_person_picker_new_quick (FyStore *store)
{
  FyPersonPicker *self = build (store, FALSE, TRUE);

  gtk_label_set_text (self->chosen_label, _("Nobody in the roster matches."));
  return GTK_WIDGET (self);
}

void
fy_person_picker_reload (FyPersonPicker *self)
{
  g_return_if_fail (FY_IS_PERSON_PICKER (self));

  if (self->quick)
    {
      g_autoptr(GListStore) roster = fy_person_roster_load (self->store);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (roster));
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (roster), i));
      g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                           items->pdata, items->len);
      gtk_editable_set_text (GTK_EDITABLE (self->search), "");
    }
  on_search_changed_cb (self);    /* the dialogs' form reads the roster here */
}

GtkEditable *
fy_person_picker_get_search (FyPersonPicker *self)
{
  return GTK_EDITABLE (self->search);
}

void
fy_person_picker_set_search (FyPersonPicker *self, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search), text);
  /* Search entries wait before "search-changed"; don't. */
  on_search_changed_cb (self);
}

gint64
fy_person_picker_get_chosen (FyPersonPicker *self)
{
  return self->chosen_id;
}

void
fy_person_picker_set_chosen (FyPersonPicker *self, gint64 staff_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStaff) s = staff_id ? fy_staff_get (self->store, staff_id, &error) : NULL;

  self->chosen_id = s ? s->id : 0;
  g_free (self->chosen_name);
  self->chosen_name = g_strdup (s ? s->name : NULL);
  reload (self);
  update_label (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

GArray *
fy_person_picker_dup_chosen_ids (FyPersonPicker *self)
{
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->chosen->len);

  g_array_append_vals (ids, self->chosen->data, self->chosen->len);
  return ids;
}

void
fy_person_picker_add_chosen (FyPersonPicker *self, const gint64 *staff_ids, guint n_ids)
{
  for (guint i = 0; i < n_ids; i++)
    if (!is_chosen (self, staff_ids[i]))
      g_array_append_val (self->chosen, staff_ids[i]);
  reload (self);
  update_label (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

guint
fy_person_picker_get_n_chosen (FyPersonPicker *self)
{
  return self->multiple ? self->chosen->len : self->chosen_id != 0;
}

GListModel *
fy_person_picker_get_model (FyPersonPicker *self)
{
  return shown (self);
}

void
fy_person_picker_activate_row (FyPersonPicker *self, guint position)
{
  g_autoptr(FyStaffItem) item = g_list_model_get_item (shown (self), position);

  if (item == NULL)
    return;
  if (self->quick)
    g_signal_emit (self, signals[PICKED], 0, fy_staff_item_get (item)->id);
  else if (self->multiple)
    {
      gint64 id = fy_staff_item_get (item)->id;
      set_chosen (self, id, !is_chosen (self, id));
      /* Shown rows follow the new state. */
      g_list_model_items_changed (G_LIST_MODEL (self->rows), position, 1, 1);
    }
  else
    gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (self->selection), position);
}

/* ------------------------------------------------------------------ */
/* The roster in memory                                                */

GListStore *
fy_person_roster_load (FyStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  FyStaffFilter current = { .status = -2 };
  GListStore *rows = g_list_store_new (FY_TYPE_STAFF_ITEM);

  list = fy_staff_list (store, &current, &error);
  if (list == NULL)
    {
      g_warning ("Roster could not be read: %s", error->message);
      return rows;
    }
  for (guint i = 0; i < list->len; i++)
    {
      g_autoptr(FyStaffItem) item = fy_staff_item_new (g_steal_pointer (&list->pdata[i]));
      g_list_store_append (rows, item);
    }
  return rows;
}

static gboolean
contains_folded (const char *text, const char *needle)
{
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  return strstr (folded, needle) != NULL;
}

gboolean
fy_person_matches (const FyStaff *s, const char *needle)
{
  if (needle == NULL || *needle == '\0')
    return TRUE;
  return contains_folded (s->name, needle) || contains_folded (s->department, needle)
         || contains_folded (s->team, needle) || contains_folded (s->employee_no, needle)
         || (s->phone && strstr (s->phone, needle) != NULL);
}

char *
fy_person_describe (const FyStaff *s)
{
  g_autofree char *phone = fy_mask_phone (s->phone ? s->phone : "");
  GString *out = g_string_new (s->department ? s->department : "");

  if (s->team && *s->team)
    g_string_append_printf (out, out->len ? " · %s" : "%s", s->team);
  if (*phone)
    g_string_append_printf (out, out->len ? " · %s" : "%s", phone);
  return g_string_free (out, FALSE);
}

GtkWidget *
fy_person_labels_new (gboolean heading)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  if (heading)
    gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  return box;
}

void
fy_person_labels_set (GtkWidget *labels, const char *name, const char *detail)
{
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (labels)), name);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (labels)), detail);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-staff-picker.c — pick one person from the roster. The roster is
 * read when the popover opens (it may have changed) and filtered in
 * memory as the user types: thousands of rows filter instantly. */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "fy-staff-item.h"
#include "fy-validate.h"
#include "fy-zone-staff-picker.h"

struct _FyZoneStaffPicker
{
  GtkPopover        parent_instance;

  GtkSearchEntry   *search;
  GtkListView      *list;
  GtkLabel         *empty;

  FyStore          *store;
  GListStore       *roster;
  GtkFilterListModel *filtered;
  GtkCustomFilter  *filter;
  char             *needle;
};

G_DEFINE_FINAL_TYPE (FyZoneStaffPicker, fy_zone_staff_picker, GTK_TYPE_POPOVER)

enum { PICKED, N_SIGNALS };
static guint signals[N_SIGNALS];

GListStore *
fy_zone_roster_load (FyStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  FyStaffFilter current = { .status = -2 };
  GListStore *rows = g_list_store_new (FY_TYPE_STAFF_ITEM);

  list = fy_staff_list (store, &current, &error);
  if (list == NULL)
    {
      g_warning ("Roster could not be read for the zone map: %s", error->message);
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
fy_zone_staff_matches (const FyStaff *s, const char *needle)
{
  if (needle == NULL || *needle == '\0')
    return TRUE;
  return contains_folded (s->name, needle) || contains_folded (s->department, needle)
         || contains_folded (s->team, needle) || contains_folded (s->employee_no, needle)
         || (s->phone && strstr (s->phone, needle) != NULL);
}

char *
fy_zone_staff_describe (const FyStaff *s)
{
  g_autofree char *phone = fy_mask_phone (s->phone ? s->phone : "");
  GString *out = g_string_new (s->department ? s->department : "");

  if (s->team && *s->team)
    g_string_append_printf (out, out->len ? " · %s" : "%s", s->team);
  if (*phone)
    g_string_append_printf (out, out->len ? " · %s" : "%s", phone);
  return g_string_free (out, FALSE);
}

static gboolean
filter_func (gpointer item, gpointer data)
{
  FyZoneStaffPicker *self = data;
  return fy_zone_staff_matches (fy_staff_item_get (item), self->needle);
}

static void
on_search_changed_cb (FyZoneStaffPicker *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search));

  g_free (self->needle);
  self->needle = g_utf8_casefold (g_strstrip (g_strdup (text)), -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_widget_set_visible (GTK_WIDGET (self->empty),
                          g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  const FyStaff *s = fy_staff_item_get (gtk_list_item_get_item (item));
  GtkWidget *box = gtk_list_item_get_child (item);
  g_autofree char *detail = fy_zone_staff_describe (s);

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)), s->name);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)), detail);
}

void
fy_zone_staff_picker_activate (FyZoneStaffPicker *self, guint position)
{
  g_autoptr(FyStaffItem) item = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (item == NULL)
    return;
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[PICKED], 0, fy_staff_item_get (item)->id);
}

static void
on_activate_cb (GtkListView *list, guint position, FyZoneStaffPicker *self)
{
  fy_zone_staff_picker_activate (self, position);
}

static void
on_none_clicked_cb (GtkButton *button, FyZoneStaffPicker *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[PICKED], 0, (gint64) 0);
}

static void
on_search_activate_cb (FyZoneStaffPicker *self)
{
  /* Enter takes the only (or first) match. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    fy_zone_staff_picker_activate (self, 0);
}

static void
on_show_cb (FyZoneStaffPicker *self)
{
  g_autoptr(GListStore) rows = fy_zone_roster_load (self->store);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (rows));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (rows), i));
  g_list_store_splice (self->roster, 0, g_list_model_get_n_items (G_LIST_MODEL (self->roster)),
                       items->pdata, items->len);
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  on_search_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search));
}

GtkEditable *
fy_zone_staff_picker_get_search (FyZoneStaffPicker *self)
{
  return GTK_EDITABLE (self->search);
}

GListModel *
fy_zone_staff_picker_get_model (FyZoneStaffPicker *self)
{
  return G_LIST_MODEL (self->filtered);
}

static void
fy_zone_staff_picker_dispose (GObject *object)
{
  FyZoneStaffPicker *self = FY_ZONE_STAFF_PICKER (object);

  g_clear_object (&self->store);
  g_clear_object (&self->roster);
  g_clear_object (&self->filtered);
  G_OBJECT_CLASS (fy_zone_staff_picker_parent_class)->dispose (object);
}

static void
fy_zone_staff_picker_finalize (GObject *object)
{
  g_free (FY_ZONE_STAFF_PICKER (object)->needle);
  G_OBJECT_CLASS (fy_zone_staff_picker_parent_class)->finalize (object);
}

static void
fy_zone_staff_picker_class_init (FyZoneStaffPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fy_zone_staff_picker_dispose;
  object_class->finalize = fy_zone_staff_picker_finalize;
  signals[PICKED] = g_signal_new ("picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
fy_zone_staff_picker_init (FyZoneStaffPicker *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *none = gtk_button_new_with_mnemonic (_("_No Leader"));
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkSingleSelection *selection;

  self->roster = g_list_store_new (FY_TYPE_STAFF_ITEM);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->roster)),
                                              GTK_FILTER (self->filter));
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search, "placeholder-text", _("Search name, department or phone"), NULL);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (on_search_changed_cb), self);
  g_signal_connect_swapped (self->search, "activate", G_CALLBACK (on_search_activate_cb), self);

  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (selection), factory));
  gtk_list_view_set_single_click_activate (self->list, TRUE);
  g_signal_connect (self->list, "activate", G_CALLBACK (on_activate_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scrolled, 300, 320);

  self->empty = GTK_LABEL (gtk_label_new (_("Nobody in the roster matches.")));
  gtk_widget_add_css_class (GTK_WIDGET (self->empty), "dim-label");

  g_signal_connect (none, "clicked", G_CALLBACK (on_none_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search));
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->empty));
  gtk_box_append (GTK_BOX (box), none);
  gtk_popover_set_child (GTK_POPOVER (self), box);
  g_signal_connect (self, "show", G_CALLBACK (on_show_cb), NULL);
}

GtkWidget *
fy_zone_staff_picker_new (FyStore *store)
{
  FyZoneStaffPicker *self = g_object_new (FY_TYPE_ZONE_STAFF_PICKER, NULL);

  self->store = g_object_ref (store);
  return GTK_WIDGET (self);
}

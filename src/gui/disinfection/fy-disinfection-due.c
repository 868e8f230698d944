/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-disinfection-due.c — the "Disinfection now" section (see the header). */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fy-clock.h"
#include "fy-disinfection-compliance.h"
#include "fy-disinfection-due.h"
#include "fy-disinfection-due-private.h"
#include "fy-gui-util.h"
#include "fy-lazy-reload.h"

struct _FyDisinfectionDue
{
  GtkWidget           parent_instance;
  AdwPreferencesGroup *group;
  GtkListBox          *list;
  FyStore             *store;
  FyLazyReload        *lazy;
  guint                n_lines;
};

G_DEFINE_FINAL_TYPE (FyDisinfectionDue, fy_disinfection_due, GTK_TYPE_WIDGET)

static int
by_urgency (gconstpointer a, gconstpointer b)
{
  const FyDisinfectionGap *x = *(const FyDisinfectionGap *const *) a;
  const FyDisinfectionGap *y = *(const FyDisinfectionGap *const *) b;

  if (x->now.status != y->now.status)
    return x->now.status == FY_DISINFECTION_STATUS_OVERDUE ? -1 : 1;
  return g_utf8_collate (x->place_title, y->place_title);
}

static GtkWidget *
line_row (const FyDisinfectionGap *gap)
{
  g_autofree char *text = fy_disinfection_now_text (gap->place_title, gap->frequency, &gap->now);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *state = gtk_label_new (fy_disinfection_status_label (gap->now.status));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_add_css_class (state, gap->now.status == FY_DISINFECTION_STATUS_OVERDUE ? "error" : "warning");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);
  return row;
}

void
fy_disinfection_due_reload (FyDisinfectionDue *self)
{
  g_autoptr(GError) error = NULL;
  gint64 now = fy_now ();
  g_autofree char *today = fy_local_day_of (now);
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  GtkWidget *child;

  fy_lazy_reload_done (self->lazy);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  self->n_lines = 0;
  gaps = fy_disinfection_gaps (self->store, today, today, 0, now, &error);
  if (gaps == NULL)
    {
      g_warning ("Disinfection states not read: %s", error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->group), FALSE);
      return;
    }
  for (guint i = 0; i < gaps->len; i++)
    {
      const FyDisinfectionGap *gap = gaps->pdata[i];

      if (gap->now.status == FY_DISINFECTION_STATUS_DUE || gap->now.status == FY_DISINFECTION_STATUS_OVERDUE)
        g_ptr_array_add (lines, (gpointer) gap);
    }
  g_ptr_array_sort (lines, by_urgency);
  for (guint i = 0; i < lines->len; i++)
    gtk_list_box_append (self->list, line_row (lines->pdata[i]));
  self->n_lines = lines->len;
  if (lines->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Every scheduled disinfection is done for now."));
      gtk_list_box_append (self->list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->group), gaps->len > 0);
}

guint
fy_disinfection_due_get_n_lines (FyDisinfectionDue *self)
{
  return self->n_lines;
}

static void
on_store_changed_cb (FyStore *store, FyStoreChange change, FyDisinfectionDue *self)
{
  if (change & (FY_STORE_CHANGE_DISINFECTION | FY_STORE_CHANGE_ZONES | FY_STORE_CHANGE_SETTINGS))
    fy_lazy_reload_request (self->lazy);
}

static void
fy_disinfection_due_dispose (GObject *object)
{
  FyDisinfectionDue *self = FY_DISINFECTION_DUE (object);

  g_clear_pointer (&self->lazy, fy_lazy_reload_free);
  fy_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_disinfection_due_parent_class)->dispose (object);
}

static void
fy_disinfection_due_class_init (FyDisinfectionDueClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fy_disinfection_due_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
fy_disinfection_due_init (FyDisinfectionDue *self)
{
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Disinfection now"));
  adw_preferences_group_set_description (self->group, _("Rounds due in the current window, and those late"));
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_name (GTK_WIDGET (self->list), "disinfection-due-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Disinfection now"), -1);
  adw_preferences_group_add (self->group, GTK_WIDGET (self->list));
  gtk_widget_set_parent (GTK_WIDGET (self->group), GTK_WIDGET (self));
  self->lazy = fy_lazy_reload_new (GTK_WIDGET (self), (FyLazyReloadFunc) fy_disinfection_due_reload,
                                   FY_LAZY_RELOAD_IDLE, 0);
}

GtkWidget *
fy_disinfection_due_new (FyStore *store)
{
  FyDisinfectionDue *self = g_object_new (FY_TYPE_DISINFECTION_DUE, NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  return GTK_WIDGET (self);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-window.c — the main window: a sidebar of pages beside the page (it
 * folds on a narrow window), a welcome page for an empty database, toasts
 * and error dialogs. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-gui-util.h"

#include "fy-a11y.h"
#include "fy-backup.h"
#include "fy-demo.h"
#include "fy-gate-actions.h"
#include "fy-help-overlay.h"
#include "fy-import-dialog.h"
#include "fy-operator-dialog.h"
#include "fy-pages.h"
#include "fy-window-private.h"
#include "fy-window.h"
#include "fy-error-dialog.h"

struct _FyWindow
{
  AdwApplicationWindow parent_instance;

  /* template children */
  AdwToastOverlay     *toast_overlay;
  GtkStack            *main_stack;
  AdwViewStack        *view_stack;
  GtkBox              *job_box;
  AdwLeaflet          *leaflet;
  GtkListBox          *page_list;
  GtkLabel            *sidebar_hint;
  AdwWindowTitle      *page_title;
  GtkButton           *back_button;
  GtkButton           *demo_button;

  /* owned */
  FyStore             *store;
};

G_DEFINE_FINAL_TYPE (FyWindow, fy_window, ADW_TYPE_APPLICATION_WINDOW)

enum { PROP_0, PROP_STORE, N_PROPS };
static GParamSpec *properties[N_PROPS];

FyStore *
fy_window_get_store (FyWindow *self)
{
  return self->store;
}

void
fy_window_add_job (FyWindow *self, GtkWidget *strip)
{
  g_return_if_fail (FY_IS_WINDOW (self));

  gtk_box_append (self->job_box, strip);
  gtk_widget_set_visible (GTK_WIDGET (self->job_box), TRUE);
}

void
fy_window_remove_job (FyWindow *self, GtkWidget *strip)
{
  g_return_if_fail (FY_IS_WINDOW (self));
  g_return_if_fail (gtk_widget_get_parent (strip) == GTK_WIDGET (self->job_box));

  gtk_box_remove (self->job_box, strip);
  gtk_widget_set_visible (GTK_WIDGET (self->job_box),
                          gtk_widget_get_first_child (GTK_WIDGET (self->job_box)) != NULL);
}

void
fy_window_toast (FyWindow *self, const char *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, fy_toast_new_plain (text));
}

void
fy_window_add_toast (FyWindow *self, AdwToast *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
fy_window_show_page (FyWindow *self, const char *name)
{
  if (adw_view_stack_get_child_by_name (self->view_stack, name))
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

void
fy_window_reload (FyWindow *self)
{
  fy_store_emit_changed (self->store, FY_STORE_CHANGE_ALL);
}

static GSettings *
window_settings (FyWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  return FY_IS_APPLICATION (app) ? fy_application_get_settings (FY_APPLICATION (app)) : NULL;
}

/* The welcome page keeps the page list inactive and says why. */
static void
set_pages_open (FyWindow *self, gboolean open)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->page_list), open);
  gtk_widget_set_visible (GTK_WIDGET (self->sidebar_hint), !open);
  if (!open)
    adw_window_title_set_title (self->page_title, _("Welcome"));
}

static void on_visible_page_cb (FyWindow *self);

static void
show_content (FyWindow *self)
{
  GSettings *settings = window_settings (self);
  g_autofree char *last = settings ? g_settings_get_string (settings, "last-page") : NULL;

  gtk_stack_set_visible_child_name (self->main_stack, "content");
  set_pages_open (self, TRUE);
  if (last && *last)
    fy_window_show_page (self, last);
  on_visible_page_cb (self);
}

static void
on_page_row_activated_cb (FyWindow *self, GtkListBoxRow *row)
{
  fy_window_show_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_back_clicked_cb (FyWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* The sidebar row and the header's title follow the page shown, however it
 * was chosen (row, Ctrl+number, a link from Today). */
static void
on_visible_page_cb (FyWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);
  GtkWidget *child = adw_view_stack_get_visible_child (self->view_stack);

  if (name == NULL || child == NULL)
    return;
  adw_window_title_set_title (self->page_title,
                              adw_view_stack_page_get_title (adw_view_stack_get_page (self->view_stack, child)));
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->page_list)); row;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && g_str_equal (gtk_widget_get_name (row), name)
        && gtk_list_box_get_selected_row (self->page_list) != GTK_LIST_BOX_ROW (row))
      gtk_list_box_select_row (self->page_list, GTK_LIST_BOX_ROW (row));
}

static void
on_demo_clicked_cb (FyWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!fy_demo_populate (self->store, FY_DEMO_DEFAULT_SEED, &error))
    {
      fy_show_error (GTK_WIDGET (self), _("The demo company could not be loaded"), error->message);
      return;
    }

  fy_window_reload (self);
  show_content (self);
  fy_window_toast (self, _("Demo company loaded"));
}

static void
on_start_empty_clicked_cb (FyWindow *self)
{
  show_content (self);
}

static void
on_store_changed_cb (FyStore *store, FyStoreChange change, FyWindow *self)
{
  /* Leave the welcome page as soon as there is someone in the roster. */
  if (g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "welcome")
      && !fy_store_is_empty (store))
    show_content (self);
}

static void
import_staff_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyWindow *self = FY_WINDOW (widget);

  fy_import_dialog_present (GTK_WINDOW (self), self->store);
}

static void
operator_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyWindow *self = FY_WINDOW (widget);

  fy_operator_dialog_present (GTK_WINDOW (self), self->store);
}

static void
show_page_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyWindow *self = FY_WINDOW (widget);
  guint n = 0;
  const FyPageInfo *pages = fy_pages_get (&n);
  int index = g_variant_get_int32 (param);

  if (index >= 0 && (guint) index < n)
    {
      show_content (self);
      fy_window_show_page (self, pages[index].name);
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
    }
}

static gboolean
fy_window_close_request (GtkWindow *window)
{
  FyWindow *self = FY_WINDOW (window);
  GSettings *settings = window_settings (self);

  if (settings)
    {
      int width, height;
      const char *page = adw_view_stack_get_visible_child_name (self->view_stack);
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
      if (page)
        g_settings_set_string (settings, "last-page", page);
    }

  /* A verified backup on every close (kept: the newest N). */
  if (self->store && !g_str_equal (fy_store_get_path (self->store), ":memory:")
      && !fy_store_is_empty (self->store) && g_getenv ("FANGYI_NO_CLOSE_BACKUP") == NULL)
    {
      g_autoptr(GError) error = NULL;
      if (!fy_backup_create (self->store, "close", NULL, &error))
        g_warning ("On-close backup failed: %s", error->message);
    }
  return GTK_WINDOW_CLASS (fy_window_parent_class)->close_request (window);
}

static void
add_pages (FyWindow *self)
{
  guint n = 0;
  const FyPageInfo *pages = fy_pages_get (&n);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *page = g_object_new (pages[i].get_type (), "store", self->store, NULL);
      AdwViewStackPage *sp = adw_view_stack_add_titled (self->view_stack, page, pages[i].name,
                                                        _(pages[i].title));
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = gtk_label_new (_(pages[i].title));

      adw_view_stack_page_set_icon_name (sp, pages[i].icon_name);
      gtk_widget_set_name (row, pages[i].name);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (pages[i].icon_name));
      gtk_box_append (GTK_BOX (box), label);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      fy_a11y_name (row, _(pages[i].title));
      gtk_list_box_append (self->page_list, row);
    }
  g_signal_connect_object (self->view_stack, "notify::visible-child", G_CALLBACK (on_visible_page_cb),
                           self, G_CONNECT_SWAPPED);
  on_visible_page_cb (self);
}

static void
fy_window_constructed (GObject *object)
{
  FyWindow *self = FY_WINDOW (object);
  GSettings *settings;

  G_OBJECT_CLASS (fy_window_parent_class)->constructed (object);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->back_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("All Pages"), -1);
  add_pages (self);
  fy_gate_actions_install (GTK_WINDOW (self), self->store);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  if (fy_store_is_empty (self->store))
    {
      /* The pages are empty until the officer chooses: no pages to wander into. */
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      set_pages_open (self, FALSE);
    }
  else
    show_content (self);

  if (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self)) != NULL)
    {
      guint n = 0;
      fy_pages_get (&n);
      fy_help_overlay_fit (GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self))), n);
    }

  settings = window_settings (self);
  if (settings)
    {
      gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (settings, "window-width"),
                                   g_settings_get_int (settings, "window-height"));
      if (g_settings_get_boolean (settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
}

static void
fy_window_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FyWindow *self = FY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FyWindow *self = FY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_window_dispose (GObject *object)
{
  FyWindow *self = FY_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_WINDOW);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_window_parent_class)->dispose (object);
}

static void
fy_window_class_init (FyWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  guint n = 0;

  object_class->constructed = fy_window_constructed;
  object_class->dispose = fy_window_dispose;
  object_class->set_property = fy_window_set_property;
  object_class->get_property = fy_window_get_property;
  GTK_WINDOW_CLASS (klass)->close_request = fy_window_close_request;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, FY_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FyWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, job_box);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, page_list);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, sidebar_hint);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, page_title);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, demo_button);
  gtk_widget_class_bind_template_callback (widget_class, on_demo_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_start_empty_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_page_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.import-staff", NULL, import_staff_action);
  gtk_widget_class_install_action (widget_class, "win.operator", NULL, operator_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "i", show_page_action);
  fy_pages_get (&n);
  for (guint i = 0; i < n && i < 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK,
                                         "win.show-page", "i", (int) i);
}

static void
fy_window_init (FyWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Folded, the window opens on the page, not on the list. */
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

FyWindow *
fy_window_new (FyApplication *app, FyStore *store)
{
  return g_object_new (FY_TYPE_WINDOW, "application", app, "store", store, NULL);
}

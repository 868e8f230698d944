/* fy-gui-util.c — small helpers shared by the GUI's widgets. */
#include "config.h"

#include "fy-gui-util.h"

AdwToast *
fy_toast_new_plain (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text ? text : "", -1);
  return adw_toast_new (escaped);
}

void
fy_widget_add_window_shortcut (GtkWidget *widget, guint keyval, const char *action, const char *string_param)
{
  GtkShortcutController *controller = g_object_get_data (G_OBJECT (widget), "fy-window-shortcuts");
  GtkShortcut *shortcut;

  if (controller == NULL)
    {
      controller = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
      /* GTK skips a global controller whose widget is not mapped, so a page's
       * keys work only while that page is shown. */
      gtk_shortcut_controller_set_scope (controller, GTK_SHORTCUT_SCOPE_GLOBAL);
      gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (controller));
      g_object_set_data (G_OBJECT (widget), "fy-window-shortcuts", controller);
    }
  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, GDK_CONTROL_MASK), gtk_named_action_new (action));
  if (string_param != NULL)
    gtk_shortcut_set_arguments (shortcut, g_variant_new_string (string_param));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

void
fy_widget_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}

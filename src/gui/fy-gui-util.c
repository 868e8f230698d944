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
fy_widget_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}

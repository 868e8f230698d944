/* fy-gui-util.h — small helpers shared by the GUI's widgets. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A toast showing `text` literally (libadwaita 1.2 reads toast titles as
 * markup: a company called “A&B” must not break them). */
AdwToast *fy_toast_new_plain          (const char *text);
/* GTK 4.8's gtk_widget_dispose_template disposes only the bound template
 * children; a template widget calls this after it to unparent the rest. */
void      fy_widget_unparent_children (GtkWidget  *widget);

/* Ctrl+`keyval` anywhere in the window activates `action` (with an optional
 * string parameter) on `widget` while the widget is shown. Class key
 * bindings fire only while the focus is inside the widget, and at start the
 * focus is elsewhere. */
void      fy_widget_add_window_shortcut (GtkWidget  *widget,
                                         guint       keyval,
                                         const char *action,
                                         const char *string_param);

G_END_DECLS

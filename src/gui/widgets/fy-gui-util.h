/* SPDX-License-Identifier: GPL-3.0-or-later */
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
/* Adds the style class `name` to `widget` when `on`, removes it otherwise
 * (a recycled list cell must lose what its previous row set). */
void      fy_widget_set_css_class       (GtkWidget  *widget,
                                         const char *name,
                                         gboolean    on);
/* Sets the tooltip (NULL or "" for none) of a widget in a list row, which
 * changes on every bind: cheaper than gtk_widget_set_tooltip_text(). */
void      fy_widget_set_row_tooltip     (GtkWidget  *widget,
                                         const char *text);

/* Lets a drop-down of strings (GtkStringList) shrink below its longest
 * item on a narrow window: the chosen item ellipsizes (whole in a
 * tooltip), the open list shows every item whole. */
void      fy_drop_down_let_shrink       (GtkDropDown *dropdown);

/* Appends a resizable column titled `title` to `view`; its cells are made
 * by `setup` and filled by `bind` (GtkSignalListItemFactory handlers, both
 * given the column's `index` as user data). Returns the column, owned by
 * the view, for further settings. */
GtkColumnViewColumn *fy_column_view_append (GtkColumnView *view,
                                            const char    *title,
                                            GCallback      setup,
                                            GCallback      bind,
                                            guint          index);

/* Window widths below this (px) fold the wide tables. Above the leaflet's
 * fold (~800 px with the bars wrapping) so that the sidebar and the key
 * columns share 800 px. */
#define FY_NARROW_WINDOW_WIDTH 900

/* Marks `column` as one that a narrow window leaves out (the person's
 * name and the key values stay). */
void      fy_column_view_column_set_foldable (GtkColumnViewColumn *column);
/* Makes `view` show only its unfoldable columns while its window's
 * default width is below FY_NARROW_WINDOW_WIDTH, and all again above. */
void      fy_column_view_fold_when_narrow    (GtkColumnView      *view);
/* Hides `widget` (an optional table cell, say) while its window's default
 * width is below FY_NARROW_WINDOW_WIDTH, and shows it again above. */
void      fy_widget_hide_when_narrow         (GtkWidget          *widget);
/* Puts the icons of `switcher` above their titles (the narrow policy)
 * while its window's default width is below FY_NARROW_WINDOW_WIDTH. */
void      fy_view_switcher_narrow_when_narrow (AdwViewSwitcher   *switcher);

G_END_DECLS

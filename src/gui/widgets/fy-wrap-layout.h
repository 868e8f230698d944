/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-wrap-layout.h — a layout manager for tool and filter bars: the
 * children sit in one row when the width allows and wrap onto further rows
 * when it does not, so a bar never holds the window wider than its widest
 * child. Children that expand horizontally take the spare room of their row. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FY_TYPE_WRAP_LAYOUT (fy_wrap_layout_get_type ())
G_DECLARE_FINAL_TYPE (FyWrapLayout, fy_wrap_layout, FY, WRAP_LAYOUT, GtkLayoutManager)

GtkLayoutManager *fy_wrap_layout_new (int spacing);

/* Gives the horizontal bar with the builder id `id` below `root` (a GtkBox
 * of a template, say, already filled) a wrap layout with `spacing` px
 * between children and between rows. Do not call gtk_box_set_spacing() on
 * the bar afterwards. */
void              fy_widget_wrap_bar (GtkWidget  *root,
                                      const char *id,
                                      int         spacing);

G_END_DECLS

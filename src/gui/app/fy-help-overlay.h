/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-help-overlay.h — fitting the shortcuts window to the window's pages. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Ctrl+1…N for the `n_pages` pages there are; key caps for key names. */
void fy_help_overlay_fit (GtkWidget *overlay,
                          guint      n_pages);

G_END_DECLS

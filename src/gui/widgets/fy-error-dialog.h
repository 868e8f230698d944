/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-error-dialog.h — the one dialog that tells the officer an action failed:
 * a heading, the (already translated) reason and a Close button, on top of
 * the window the action came from. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Presents a modal message dialog transient for the window that holds
 * `widget` (a window itself, any widget inside one, or NULL for none), with
 * one "close" response that is both default and close response. Returns
 * the dialog (owned by GTK; it goes away when answered). */
AdwMessageDialog *fy_show_error (GtkWidget  *widget,
                                 const char *heading,
                                 const char *message);

G_END_DECLS

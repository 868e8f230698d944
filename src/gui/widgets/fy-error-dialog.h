/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-error-dialog.h — the one dialog that tells the officer an action failed:
 * a heading, the (already translated) reason and a Close button, on top of
 * the window the action came from; and the one question asked before
 * deleting, retiring or undoing something. */
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

/* A modal question before a destructive act, transient for the window
 * that holds `widget`: "_Cancel" (the default, and Esc) and `verb` (the
 * response `response`, in the destructive style). Connect to "response"
 * and present it. */
AdwMessageDialog *fy_confirm_new (GtkWidget  *widget,
                                  const char *heading,
                                  const char *body,
                                  const char *response,
                                  const char *verb);

G_END_DECLS

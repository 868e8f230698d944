/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-actions.h — the window actions that open the gate's declaration
 * dialogs and the events register, so the Gate page and Today reach them
 * by name: win.gate-declare (s: "visitor" | "truck"), win.gate-edit (x: the
 * id of an expected visit), win.gate-events. */
#pragma once

#include <gtk/gtk.h>

#include "fy-store.h"

G_BEGIN_DECLS

/* Adds the three actions to `window` (a GActionMap) once. */
void fy_gate_actions_install (GtkWindow *window,
                              FyStore   *store);

G_END_DECLS

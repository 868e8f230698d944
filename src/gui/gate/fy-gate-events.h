/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-events.h — the register of business events over 200 people: a
 * window listing them (name, day, expected headcount, approval day and
 * authority) that warns "Approval not on file" on those within 7 days
 * without approval; add, edit, delete (asked first). */
#pragma once

#include <gtk/gtk.h>

#include "fy-gate.h"

G_BEGIN_DECLS

GtkWindow *fy_gate_events_present      (GtkWindow         *parent,
                                        FyStore           *store);
/* The form of one event: `event` NULL = a new one. */
GtkWindow *fy_gate_event_dialog_present (GtkWindow         *parent,
                                         FyStore           *store,
                                         const FyGateEvent *event);

G_END_DECLS

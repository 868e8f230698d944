/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-checkout-dialog.h — the departure of a visit that is inside:
 * the time out (now, editable), the dwell it makes, and for a truck the
 * hand-over signed by both sides (交接签字). */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_GATE_CHECKOUT_DIALOG (fy_gate_checkout_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FyGateCheckoutDialog, fy_gate_checkout_dialog, FY, GATE_CHECKOUT_DIALOG, AdwWindow)

/* Opens the check out of the visit `visit_id` (inside) over the window of
 * `parent` (may be NULL). Returns the dialog (owned by GTK), or NULL after
 * telling why when the visit cannot be read. */
FyGateCheckoutDialog *fy_gate_checkout_dialog_present (GtkWidget *parent,
                                                       FyStore   *store,
                                                       gint64     visit_id);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-check-dialog.h — the gate check (门岗查验): the people of an
 * arriving visit with their temperatures, health code, test and travel, the
 * plate, the rules' live proposal (放行 / 劝返 with the reasons), and the
 * officer's decision; trucks add the cab and the vehicle disinfection. */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_GATE_CHECK_DIALOG (fy_gate_check_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FyGateCheckDialog, fy_gate_check_dialog, FY, GATE_CHECK_DIALOG, AdwWindow)

/* Opens the check of the expected visit `visit_id`, or with 0 a new
 * arrival without a declaration (未预约), visitor or truck, over the window
 * of `parent` (may be NULL). Returns the dialog (owned by GTK), or NULL
 * after telling why when the visit cannot be read. */
FyGateCheckDialog *fy_gate_check_dialog_present (GtkWidget *parent,
                                                 FyStore   *store,
                                                 gint64     visit_id);
/* A new arrival's form (visit 0) started from what the guard typed in the
 * Gate page's search and found nothing for: a plate (the arrival becomes
 * a truck), an ID number, a phone, or else a name; the focus goes to the
 * first field still empty of the first person. */
void               fy_gate_check_dialog_prefill (FyGateCheckDialog *self,
                                                 const char        *typed);

G_END_DECLS

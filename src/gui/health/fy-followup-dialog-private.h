/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-followup-dialog-private.h — what fy-followup-dialog.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-followup-dialog.h"

G_BEGIN_DECLS

GtkEditable *fy_followup_dialog_get_recheck (FyFollowupDialog *self);
GtkEditable *fy_followup_dialog_get_note    (FyFollowupDialog *self);
/* Chooses the action (FyFollowUpAction) as the combo row does. */
void         fy_followup_dialog_set_action  (FyFollowupDialog *self,
                                             int               action);
GtkButton   *fy_followup_dialog_get_close_button (FyFollowupDialog *self);
/* The error shown in the dialog (NULL when none). */
const char  *fy_followup_dialog_get_error   (FyFollowupDialog *self);

G_END_DECLS

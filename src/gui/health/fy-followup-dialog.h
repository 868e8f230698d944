/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-followup-dialog.h — follow-up of an abnormal reading: the manual
 * recheck (人工复测), the action taken (observation point, fever clinic,
 * home) and a note; closing it once an action is recorded. */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_FOLLOWUP_DIALOG (fy_followup_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FyFollowupDialog, fy_followup_dialog, FY, FOLLOWUP_DIALOG, AdwWindow)

/* Opens the dialog of follow-up `follow_up_id`, modal over `parent`. An
 * unknown id shows the error on `parent` instead. */
void         fy_followup_dialog_present     (GtkWindow        *parent,
                                             FyStore          *store,
                                             gint64            follow_up_id);

G_END_DECLS

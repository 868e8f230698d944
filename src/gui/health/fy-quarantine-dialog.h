/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-quarantine-dialog.h — "Start Quarantine…": person, reason, a rule
 * template or custom phases, start day; the end day and the test days are
 * computed and shown live before saving. */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_QUARANTINE_DIALOG (fy_quarantine_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FyQuarantineDialog, fy_quarantine_dialog, FY, QUARANTINE_DIALOG, AdwWindow)

/* `staff_id` 0: the dialog asks who, with a roster search. */
FyQuarantineDialog *fy_quarantine_dialog_present  (GtkWindow          *parent,
                                                   FyStore            *store,
                                                   gint64              staff_id);

G_END_DECLS

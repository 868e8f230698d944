/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-staff-dialog.h — add or edit one person; errors shown beside the field. */
#pragma once

#include <adwaita.h>

#include "fy-staff.h"
#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_STAFF_DIALOG (fy_staff_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FyStaffDialog, fy_staff_dialog, FY, STAFF_DIALOG, AdwWindow)

/* staff_id 0 = a new person. */
FyStaffDialog *fy_staff_dialog_present       (GtkWindow     *parent,
                                              FyStore       *store,
                                              gint64         staff_id);

G_END_DECLS

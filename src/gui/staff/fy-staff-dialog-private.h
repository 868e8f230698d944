/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-staff-dialog-private.h — what fy-staff-dialog.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-staff-dialog.h"

G_BEGIN_DECLS

/* For tests and assistive technology: the entry of a text field, and the
 * label showing its error (hidden when none). */
GtkEditable   *fy_staff_dialog_get_entry     (FyStaffDialog *self,
                                              FyStaffField   field);
GtkLabel      *fy_staff_dialog_get_error     (FyStaffDialog *self,
                                              FyStaffField   field);
GtkButton     *fy_staff_dialog_get_save_button (FyStaffDialog *self);

G_END_DECLS

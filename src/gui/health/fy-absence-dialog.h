/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-absence-dialog.h — "Record Absence…": who, leave / sick leave /
 * business trip, first and last day, a note. People away are left out of
 * fill normal and shown with the reason in the daily entry and ledgers. */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_ABSENCE_DIALOG (fy_absence_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FyAbsenceDialog, fy_absence_dialog, FY, ABSENCE_DIALOG, AdwWindow)

/* `staff_id` 0: the dialog asks who, with a roster search. A `trip_id`
 * (of that person) records the business trip of that registered trip,
 * its dates filled in. */
FyAbsenceDialog *fy_absence_dialog_present (GtkWindow *parent,
                                            FyStore   *store,
                                            gint64     staff_id,
                                            gint64     trip_id);

G_END_DECLS

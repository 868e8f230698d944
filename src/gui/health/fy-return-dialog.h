/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-return-dialog.h — "Record Return…": the day back and the risk level
 * of where they came from. A medium or high risk starts a quarantine in the
 * same transaction; the dialog says so, with the dates, before confirming. */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_RETURN_DIALOG (fy_return_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FyReturnDialog, fy_return_dialog, FY, RETURN_DIALOG, AdwWindow)

FyReturnDialog *fy_return_dialog_present    (GtkWindow      *parent,
                                             FyStore        *store,
                                             gint64          trip_id);

G_END_DECLS

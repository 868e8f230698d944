/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-cadence-dialog.h — nucleic-acid test cadence rules per post or
 * department: list, add, remove. The two company-wide cadences are shown
 * (they are edited in Preferences). */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_CADENCE_DIALOG (fy_cadence_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FyCadenceDialog, fy_cadence_dialog, FY, CADENCE_DIALOG, AdwWindow)

FyCadenceDialog *fy_cadence_dialog_present (GtkWindow *parent,
                                            FyStore   *store);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-vaccination-dialog.h — one person's vaccine doses (date, vaccine) and
 * the reason they are not vaccinated. Opened from the travel view and from
 * the staff dialog. */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_VACCINATION_DIALOG (fy_vaccination_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FyVaccinationDialog, fy_vaccination_dialog, FY, VACCINATION_DIALOG, AdwWindow)

void fy_vaccination_dialog_present (GtkWindow *parent,
                                    FyStore   *store,
                                    gint64     staff_id);

G_END_DECLS

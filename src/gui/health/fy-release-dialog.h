/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-release-dialog.h — "Release…": the release decision of a quarantine,
 * with its date (the first day back on site) and a note (required before
 * the planned end). */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_RELEASE_DIALOG (fy_release_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FyReleaseDialog, fy_release_dialog, FY, RELEASE_DIALOG, AdwWindow)

FyReleaseDialog *fy_release_dialog_present (GtkWindow *parent,
                                            FyStore   *store,
                                            gint64     quarantine_id);

G_END_DECLS

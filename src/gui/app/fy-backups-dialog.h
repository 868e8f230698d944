/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-backups-dialog.h — the list of backups: back up now, restore one. */
#pragma once

#include <adwaita.h>

#include "fy-backup.h"
#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_BACKUPS_DIALOG (fy_backups_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FyBackupsDialog, fy_backups_dialog, FY, BACKUPS_DIALOG, AdwWindow)

/* The backups of the open database. Restoring closes the store, puts the
 * backup in place (the current data is kept as a "pre-restore" backup),
 * reopens it and replaces the main window. */
FyBackupsDialog    *fy_backups_dialog_present        (GtkWindow       *parent,
                                                      FyStore         *store);
/* The database at db_path could not be opened (damaged, moved aside): lists
 * the backups in <its folder>/backups; restoring one opens the window. */
FyBackupsDialog    *fy_backups_dialog_present_rescue (GtkApplication  *app,
                                                      const char      *db_path);

/* Translated name of a backup's reason ("manual", "daily", …). */
const char         *fy_backups_dialog_reason_label   (const char      *reason);

G_END_DECLS

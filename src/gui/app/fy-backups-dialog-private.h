/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-backups-dialog-private.h — what fy-backups-dialog.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-backups-dialog.h"

G_BEGIN_DECLS

/* The rows shown, newest first. */
guint               fy_backups_dialog_get_n_backups  (FyBackupsDialog *self);
const FyBackupInfo *fy_backups_dialog_get_backup     (FyBackupsDialog *self,
                                                      guint            index);
/* TRUE while "Back Up Now" runs. */
gboolean            fy_backups_dialog_get_busy       (FyBackupsDialog *self);

G_END_DECLS

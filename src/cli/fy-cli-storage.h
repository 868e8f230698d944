/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-cli-storage.h — the command line's backups, restore and purge. */
#pragma once

#include "fy-cli-commands.h"

G_BEGIN_DECLS

int fy_cli_backups (FyCliContext *ctx, int argc, char **argv);
int fy_cli_restore (FyCliContext *ctx, int argc, char **argv);
int fy_cli_purge   (FyCliContext *ctx, int argc, char **argv);

G_END_DECLS

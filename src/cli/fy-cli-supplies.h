/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-cli-supplies.h — the supplies sub-commands of the command line. */
#pragma once

#include "fy-cli-commands.h"

G_BEGIN_DECLS

int fy_cli_stock (FyCliContext *ctx, int argc, char **argv);

G_END_DECLS

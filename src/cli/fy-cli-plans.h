/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-cli-plans.h — the plans entries of the command line. */
#pragma once

#include "fy-cli-commands.h"

G_BEGIN_DECLS

int fy_cli_export_person_history (FyCliContext *ctx, int argc, char **argv);

G_END_DECLS

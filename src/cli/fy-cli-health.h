/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-cli-health.h — `fangyi export health` / `export tests` (fy-cli-health.c). */
#pragma once

#include "fy-cli-commands.h"

G_BEGIN_DECLS

int  fy_cli_export_health  (FyCliContext *ctx, int argc, char **argv);
int  fy_cli_export_tests   (FyCliContext *ctx, int argc, char **argv);

G_END_DECLS

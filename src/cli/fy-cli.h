/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-cli.h — sub-commands of the `fangyi` binary (no display needed). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE if argv names a sub-command (or --help / --version) this module runs. */
gboolean fy_cli_wants            (int    argc,
                                  char **argv);
/* Runs it. Exit status: 0 ok, 1 failure (one line on stderr), 2 usage. */
int      fy_cli_run              (int    argc,
                                  char **argv);

G_END_DECLS

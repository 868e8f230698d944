/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-output-private.h — the stderr filter fy_ledger_export puts
 * around libxlsxwriter, for its test: while caught, lines starting with
 * "[ERROR]" or "[WARNING]" (libxlsxwriter's own, English) are dropped and
 * everything else is passed on to the real stderr at the end. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  int saved;
  int capture;
} FyStderrCapture;

void fy_stderr_capture_begin (FyStderrCapture *capture);
void fy_stderr_capture_end   (FyStderrCapture *capture);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-print-preview.h — what happens on "Preview" in the print dialog when
 * no PDF viewer is installed. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A GtkPrintOperationClass.preview: FALSE (GTK's own preview: a temporary
 * PDF opened, and removed, by the viewer of gtk-print-preview-command) when
 * that viewer is installed; otherwise it says what to install, cancels,
 * and returns TRUE, so no temporary PDF of personal data is written. */
gboolean fy_print_preview_check (GtkPrintOperation        *operation,
                                 GtkPrintOperationPreview *preview,
                                 GtkPrintContext          *context,
                                 GtkWindow                *parent);

G_END_DECLS

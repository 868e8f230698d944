/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-print-preview.h — what happens on "Preview" in the print dialog: the
 * viewer of gtk-print-preview-command when it is installed, otherwise
 * Fangyi's own preview window. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A GtkPrintOperationClass.preview: FALSE (GTK's own preview: a temporary
 * PDF opened, and removed, by the viewer of gtk-print-preview-command) when
 * that viewer is installed; otherwise it opens a window that draws the
 * pages in memory (no temporary PDF of personal data is written), with
 * page navigation, Print and Close, and returns TRUE. */
gboolean fy_print_preview_check (GtkPrintOperation        *operation,
                                 GtkPrintOperationPreview *preview,
                                 GtkPrintContext          *context,
                                 GtkWindow                *parent);

/* TRUE when the user pressed Print in Fangyi's preview window of this
 * operation: the caller then runs a new operation with the print dialog
 * (an operation runs only once). */
gboolean fy_print_preview_wants_print (GtkPrintOperation  *operation);

/* Test hooks: the preview window shown for `operation` (or NULL), its page
 * (0-based) and number of pages. */
GtkWindow *fy_print_preview_get_window (GtkPrintOperation *operation);
int        fy_print_preview_get_page   (GtkWindow         *window);
int        fy_print_preview_get_n_pages (GtkWindow        *window);
/* The inked area of the current page in square points (0: blank). */
double     fy_print_preview_get_ink_area (GtkWindow       *window);

G_END_DECLS

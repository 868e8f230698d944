/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-print.h — printing a zone map: a GtkPrintOperation whose single
 * page is drawn by the core (fy_zone_renderer_draw_sheet: title block, the
 * map fitted to the page, legend, scale bar, date and 填表人 line), so the
 * printout looks like the PDF export. A4 or A3, landscape; the print
 * dialog offers Preview and lets the user change the paper. */
#pragma once

#include <gtk/gtk.h>

#include "fy-zone-render.h"
#include "fy-zone-sheet.h"

G_BEGIN_DECLS

#define FY_TYPE_ZONE_PRINT (fy_zone_print_get_type ())
G_DECLARE_FINAL_TYPE (FyZonePrint, fy_zone_print, FY, ZONE_PRINT, GtkPrintOperation)

/* The map is kept alive by the operation. */
FyZonePrint *fy_zone_print_new      (FyZoneMap               *map,
                                     FyZonePaper              paper);
/* Prints this layer over the areas (fy-zone-render.h); NULL = none. */
void         fy_zone_print_set_area_tints (FyZonePrint        *self,
                                     GHashTable              *tints);
/* Runs synchronously. FALSE with FY_ERROR_CANCELLED when the user
 * cancelled, another FY_ERROR with a sentence when printing failed. */
gboolean     fy_zone_print_run      (FyZonePrint             *self,
                                     GtkPrintOperationAction  action,
                                     GtkWindow               *parent,
                                     GError                 **error);

G_END_DECLS

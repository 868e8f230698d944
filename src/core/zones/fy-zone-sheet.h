/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-sheet.h — the printed map sheet: one page with the title block,
 * the map fitted to the paper, its legend and the signature line, drawn
 * for GtkPrintOperation and exported as PNG, PDF or SVG. (The Zones tab of
 * the window is src/gui/zones/fy-zones-page.c.) */
#pragma once

#include "fy-zone-render.h"

G_BEGIN_DECLS

typedef enum
{
  FY_ZONE_PAPER_A4,   /* landscape, 297 × 210 mm */
  FY_ZONE_PAPER_A3,   /* landscape, 420 × 297 mm */
} FyZonePaper;

/* Page size in points (1/72 inch), landscape. */
void     fy_zone_paper_size         (FyZonePaper  paper,
                                     double      *width_pt,
                                     double      *height_pt);

typedef struct
{
  char *company;    /* company name for the title block ("" = none) */
  char *preparer;   /* 填表人 ("" leaves a line to sign on) */
  char *date;       /* YYYY-MM-DD */
  GHashTable *area_tints;   /* optional layer over the areas (a reference), NULL = none */
} FyZoneSheetInfo;

/* Defaults from the map's store (company.name, officer) and today. */
void     fy_zone_sheet_info_init     (FyZoneSheetInfo *info,
                                     FyZoneMap      *map);
void     fy_zone_sheet_info_clear    (FyZoneSheetInfo *info);

/* One printed page of width × height device units (points): title block,
 * the map fitted to the space left, legend, and the line with date and
 * 填表人 / 审核人. Used by GtkPrintOperation's draw-page and by export. */
void     fy_zone_renderer_draw_sheet (FyZoneRenderer       *renderer,
                                     cairo_t              *cr,
                                     FyZoneMap            *map,
                                     const FyZoneSheetInfo *info,
                                     double                width,
                                     double                height);

typedef struct
{
  FyZonePaper  paper;
  int          png_dpi;     /* PNG resolution, 0 = 150 */
  const char  *company;     /* NULL = from the store */
  const char  *preparer;    /* NULL = from the store */
  const char  *date;        /* NULL = today */
  GHashTable  *area_tints;  /* NULL = no layer (FyZoneRenderOptions.area_tints) */
} FyZoneExportOptions;

/* Writes the page as PNG, PDF or SVG (chosen by the file name's extension)
 * to a temporary file in the same folder, renamed over `path` on success
 * (mode 0600). options may be NULL (A4, 150 dpi, store defaults). */
gboolean fy_zone_map_export         (FyZoneMap                 *map,
                                     const char                *path,
                                     const FyZoneExportOptions *options,
                                     GError                   **error);

G_END_DECLS

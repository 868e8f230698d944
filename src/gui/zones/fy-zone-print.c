/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-print.c — GtkPrintOperation for the zone map: one page, drawn
 * whole by the core's page layout in points on the full sheet (the layout
 * keeps its own margin), A4 or A3 landscape by default. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-error.h"
#include "fy-print-preview.h"
#include "fy-zone-print.h"
#include "fy-zone-sheet.h"

struct _FyZonePrint
{
  GtkPrintOperation  parent_instance;
  FyZoneMap         *map;
  FyZoneRenderer    *renderer;
  FyZoneSheetInfo     info;
};

G_DEFINE_FINAL_TYPE (FyZonePrint, fy_zone_print, GTK_TYPE_PRINT_OPERATION)

/* The printer and settings chosen last time, for this session. */
static GtkPrintSettings *last_settings;

static void
fy_zone_print_begin_print (GtkPrintOperation *op, GtkPrintContext *context)
{
  gtk_print_operation_set_n_pages (op, 1);
}

static void
fy_zone_print_draw_page (GtkPrintOperation *op, GtkPrintContext *context, int page_nr)
{
  FyZonePrint *self = FY_ZONE_PRINT (op);

  fy_zone_renderer_draw_sheet (self->renderer, gtk_print_context_get_cairo_context (context), self->map,
                              &self->info, gtk_print_context_get_width (context),
                              gtk_print_context_get_height (context));
}

static void
fy_zone_print_finalize (GObject *object)
{
  FyZonePrint *self = FY_ZONE_PRINT (object);

  g_clear_object (&self->map);
  g_clear_pointer (&self->renderer, fy_zone_renderer_free);
  fy_zone_sheet_info_clear (&self->info);
  G_OBJECT_CLASS (fy_zone_print_parent_class)->finalize (object);
}

static void
fy_zone_print_class_init (FyZonePrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *op_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = fy_zone_print_finalize;
  op_class->begin_print = fy_zone_print_begin_print;
  op_class->draw_page = fy_zone_print_draw_page;
  op_class->preview = fy_print_preview_check;
}

static void
fy_zone_print_init (FyZonePrint *self)
{
  GtkPrintOperation *op = GTK_PRINT_OPERATION (self);

  self->renderer = fy_zone_renderer_new ();
  gtk_print_operation_set_unit (op, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (op, TRUE);
  gtk_print_operation_set_embed_page_setup (op, TRUE);
  gtk_print_operation_set_n_pages (op, 1);
  if (last_settings)
    gtk_print_operation_set_print_settings (op, last_settings);
}

FyZonePrint *
fy_zone_print_new (FyZoneMap *map, FyZonePaper paper)
{
  FyZonePrint *self;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) size = NULL;
  g_autofree char *job = NULL;

  g_return_val_if_fail (FY_IS_ZONE_MAP (map), NULL);

  self = g_object_new (FY_TYPE_ZONE_PRINT, NULL);
  self->map = g_object_ref (map);
  fy_zone_sheet_info_init (&self->info, map);
  size = gtk_paper_size_new (paper == FY_ZONE_PAPER_A3 ? GTK_PAPER_NAME_A3 : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, size);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  /* Translators: print job name, "厂区 zone map" */
  job = g_strdup_printf (_("%s zone map"), fy_zone_map_get_name (map));
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), job);
  return self;
}

void
fy_zone_print_set_area_tints (FyZonePrint *self, GHashTable *tints)
{
  if (tints != NULL)
    g_hash_table_ref (tints);
  g_clear_pointer (&self->info.area_tints, g_hash_table_unref);
  self->info.area_tints = tints;
}

gboolean
fy_zone_print_run (FyZonePrint *self, GtkPrintOperationAction action, GtkWindow *parent, GError **error)
{
  g_autoptr(GError) gtk_error = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (FY_IS_ZONE_PRINT (self), FALSE);

  result = gtk_print_operation_run (GTK_PRINT_OPERATION (self), action, parent, &gtk_error);
  switch (result)
    {
    case GTK_PRINT_OPERATION_RESULT_ERROR:
      g_set_error (error, FY_ERROR, FY_ERROR_FAILED, _("Printing failed: %s. Check the printer and try again."),
                   gtk_error ? gtk_error->message : _("unknown error"));
      return FALSE;
    case GTK_PRINT_OPERATION_RESULT_CANCEL:
      g_set_error_literal (error, FY_ERROR, FY_ERROR_CANCELLED, _("Printing was cancelled."));
      return FALSE;
    case GTK_PRINT_OPERATION_RESULT_APPLY:
      if (action != GTK_PRINT_OPERATION_ACTION_EXPORT)
        g_set_object (&last_settings, gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (self)));
      return TRUE;
    case GTK_PRINT_OPERATION_RESULT_IN_PROGRESS:
    default:
      return TRUE;
    }
}

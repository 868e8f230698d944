/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-print-preview.c — GTK previews a print job by writing a temporary PDF
 * and starting the program of the gtk-print-preview-command setting
 * (Evince, which removes the file). Without that program nothing appears
 * and the PDF, full of personal data, stays in /tmp: so the print
 * operations look for the program first and otherwise say what to
 * install. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-error-dialog.h"
#include "fy-print-preview.h"

/* The program the preview command starts, found in PATH (owned), or NULL. */
static char *
preview_program (void)
{
  g_autofree char *command = NULL;
  g_auto(GStrv) argv = NULL;

  g_object_get (gtk_settings_get_default (), "gtk-print-preview-command", &command, NULL);
  if (command == NULL || !g_shell_parse_argv (command, NULL, &argv, NULL) || argv[0] == NULL)
    return NULL;
  return g_find_program_in_path (argv[0]);
}

gboolean
fy_print_preview_check (GtkPrintOperation *operation, GtkPrintOperationPreview *preview, GtkPrintContext *context,
                        GtkWindow *parent)
{
  g_autofree char *program = preview_program ();

  if (program != NULL)
    return FALSE;
  fy_show_error (GTK_WIDGET (parent), _("No print preview on this computer"),
                 _("The preview opens the pages in a PDF viewer, and none is installed. Ask for the “evince” "
                   "package to be installed, or use Export → PDF and open the file."));
  gtk_print_operation_cancel (operation);
  return TRUE;
}

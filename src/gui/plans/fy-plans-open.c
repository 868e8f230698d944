/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-plans-open.c — opens a file kept in the database (a plan document, a
 * checklist item's evidence) with the desktop's default application: GTK
 * 4.8 has no launcher for bytes, so a private copy is written (folder 0700,
 * file 0600, in the user's cache) and its URI launched. The copy stays
 * there since the viewer may read it at any time after the launch, until
 * a day later: each open, and the application's start, clear older ones. */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "fy-error-dialog.h"
#include "fy-plans-dialogs.h"

static char *
open_dir (void)
{
  return g_build_filename (g_get_user_cache_dir (), "fangyi", "open", NULL);
}

guint
fy_plans_open_clean (gint64 max_age_s)
{
  g_autofree char *dir_name = open_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_name, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;
  guint n = 0;

  while (dir && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_name, name, NULL);
      GStatBuf st;

      if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode) && now - (gint64) st.st_mtime > max_age_s
          && g_unlink (path) == 0)
        n++;
    }
  return n;
}

void
fy_plans_open_bytes (GtkWidget *parent, const char *name, GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = open_dir ();
  /* Only the last component: a stored name never leaves the folder. */
  g_autofree char *base = g_path_get_basename (name && *name ? name : "file");
  g_autofree char *path = g_build_filename (dir, base, NULL);
  g_autofree char *uri = NULL;

  fy_plans_open_clean (FY_PLANS_OPEN_KEEP_S);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    g_set_error (&error, G_FILE_ERROR, g_file_error_from_errno (errno), "%s", g_strerror (errno));
  else if (g_chmod (dir, 0700) == 0
           && g_file_set_contents_full (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                        G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    {
      uri = g_filename_to_uri (path, NULL, &error);
      if (uri)
        g_app_info_launch_default_for_uri (uri, NULL, &error);
    }
  if (error)
    fy_show_error (parent, _("The file could not be opened"), error->message);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-help-overlay.c — fits the shortcuts window (ui/gtk/help-overlay.ui,
 * loaded by GTK) to this window: Ctrl+1… lists only the pages that exist,
 * and keys GTK would show by their programmer's name ("Page_Down") are
 * shown as they are printed on the keyboard. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-help-overlay.h"

/* Key names GtkShortcutLabel shows as keyval names, and their key caps. */
static const struct { const char *keyval_name; const char *cap; } key_caps[] = {
  /* Translators: the key as printed on a keyboard, in the shortcuts window. */
  { "Page_Down", N_("Page Down") },
  /* Translators: the key as printed on a keyboard, in the shortcuts window. */
  { "Page_Up", N_("Page Up") },
};

static void
fix_key_caps (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        for (guint i = 0; i < G_N_ELEMENTS (key_caps); i++)
          if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), key_caps[i].keyval_name) == 0)
            gtk_label_set_label (GTK_LABEL (child), _(key_caps[i].cap));
      fix_key_caps (child);
    }
}

static void
fit_page_range (GtkWidget *widget, guint n_pages)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SHORTCUTS_SHORTCUT (child))
        {
          g_autofree char *accel = NULL;

          g_object_get (child, "accelerator", &accel, NULL);
          if (accel != NULL && g_str_has_prefix (accel, "<ctrl>1..."))
            {
              g_autofree char *fitted = n_pages > 1 ? g_strdup_printf ("<ctrl>1...%u", MIN (n_pages, 9))
                                                    : g_strdup ("<ctrl>1");
              g_object_set (child, "accelerator", fitted, NULL);
            }
        }
      fit_page_range (child, n_pages);
    }
}

void
fy_help_overlay_fit (GtkWidget *overlay, guint n_pages)
{
  g_return_if_fail (GTK_IS_SHORTCUTS_WINDOW (overlay));

  fit_page_range (overlay, n_pages);
  fix_key_caps (overlay);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-tooltip-fit.c — see fy-tooltip-fit.h. A realize hook finds the label
 * of each tooltip window (a private GTK type, recognised by name); GTK
 * resets its width on every new text, so the label is watched, not set
 * once. */
#include "config.h"

#include "fy-tooltip-fit.h"

#define MAX_CHARS 50   /* GTK's own cap for a tooltip line */

/* Half-width character cells `text` needs: a wide character takes two. */
static int
text_cells (const char *text)
{
  int cells = 0;

  for (const char *p = text ? text : ""; *p; p = g_utf8_next_char (p))
    cells += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return cells;
}

static void
on_label_changed_cb (GtkLabel *label, GParamSpec *pspec, gpointer unused)
{
  int wanted = MIN (text_cells (gtk_label_get_text (label)), MAX_CHARS);

  /* Only widen: a Latin text keeps what GTK gave it. The second notify
   * this causes finds the width already right. */
  if (gtk_label_get_max_width_chars (label) < wanted)
    gtk_label_set_max_width_chars (label, wanted);
}

void
fy_tooltip_fit_label (GtkLabel *label)
{
  g_return_if_fail (GTK_IS_LABEL (label));
  if (g_object_get_data (G_OBJECT (label), "fy-tooltip-fit"))
    return;
  g_object_set_data (G_OBJECT (label), "fy-tooltip-fit", GINT_TO_POINTER (1));
  g_signal_connect (label, "notify::label", G_CALLBACK (on_label_changed_cb), NULL);
  g_signal_connect (label, "notify::max-width-chars", G_CALLBACK (on_label_changed_cb), NULL);
  on_label_changed_cb (label, NULL, NULL);
}

static gboolean
on_realize_hook (GSignalInvocationHint *hint, guint n_values, const GValue *values, gpointer unused)
{
  GtkWidget *widget = g_value_get_object (&values[0]);
  GtkNative *native;

  if (GTK_IS_LABEL (widget) && (native = gtk_widget_get_native (widget)) != NULL
      && g_strcmp0 (G_OBJECT_TYPE_NAME (native), "GtkTooltipWindow") == 0)
    fy_tooltip_fit_label (GTK_LABEL (widget));
  return TRUE;
}

void
fy_tooltip_fit_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      g_type_class_unref (g_type_class_ref (GTK_TYPE_WIDGET));
      g_signal_add_emission_hook (g_signal_lookup ("realize", GTK_TYPE_WIDGET), 0, on_realize_hook, NULL, NULL);
      g_once_init_leave (&installed, 1);
    }
}

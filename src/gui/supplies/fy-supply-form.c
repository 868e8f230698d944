/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supply-form.c — rows shared by the supply forms (see the header). */
#include "config.h"

#include "fy-a11y.h"
#include "fy-supply-form.h"

GtkWidget *
fy_supply_form_add_row (GtkGrid *grid, int row, const char *label, GtkWidget *field, const char *name)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (title), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), field);
  gtk_widget_set_name (field, name);
  gtk_widget_set_hexpand (field, TRUE);
  fy_a11y_name_field (field, title);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, field, 1, row, 1, 1);
  return field;
}

GtkEntry *
fy_supply_form_add_entry (GtkGrid *grid, int row, const char *label, const char *name, GCallback save,
                          gpointer data)
{
  GtkWidget *entry = gtk_entry_new ();

  /* Enter in any field saves (what the default button would do, without
   * depending on the window being active). */
  g_signal_connect_swapped (entry, "activate", save, data);
  return GTK_ENTRY (fy_supply_form_add_row (grid, row, label, entry, name));
}

GtkLabel *
fy_supply_form_error_label (const char *name)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (NULL));

  gtk_widget_set_name (GTK_WIDGET (label), name);
  gtk_widget_add_css_class (GTK_WIDGET (label), "error");
  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_xalign (label, 0);
  gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
  return label;
}

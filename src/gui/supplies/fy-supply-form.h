/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supply-form.h — the rows of the supply forms (item, receipt / issue,
 * return / scrap / stock-take / reversal): a mnemonic title right-aligned
 * beside its field, the title also the field's accessible label, and the
 * hidden error line under a form. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Attaches `label` and `field` (named `name`) at `row` of `grid`; returns
 * `field`. */
GtkWidget *fy_supply_form_add_row   (GtkGrid    *grid,
                                     int         row,
                                     const char *label,
                                     GtkWidget  *field,
                                     const char *name);
/* An entry row whose Enter calls `save` (swapped, with `data`). */
GtkEntry  *fy_supply_form_add_entry (GtkGrid    *grid,
                                     int         row,
                                     const char *label,
                                     const char *name,
                                     GCallback   save,
                                     gpointer    data);
/* The ".error" label under a form, hidden until fy_form_set_error. */
GtkLabel  *fy_supply_form_error_label (const char *name);

G_END_DECLS

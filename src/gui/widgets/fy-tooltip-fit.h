/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-tooltip-fit.h — Chinese tooltips one line wide. GTK 4.8 sizes a
 * tooltip's label to as many average (Latin) character widths as its text
 * has characters; a Chinese character is about two of those, so
 * "录入上午体温" came out as two lines of three characters. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Once per process (the application's startup, the GUI tests): every
 * tooltip label from then on is fitted with fy_tooltip_fit_label. */
void fy_tooltip_fit_install (void);
/* Keeps `label`'s max-width-chars at the width its text needs, a wide
 * (CJK) character counting two, at most 50 — whenever GTK sets the text or
 * the width again. */
void fy_tooltip_fit_label   (GtkLabel *label);

G_END_DECLS

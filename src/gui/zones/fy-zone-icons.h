/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-icons.h — small pictures drawn by the zone renderer for lists
 * and buttons, so a symbol or a level looks the same in a menu as on the
 * map and on paper. */
#pragma once

#include <gtk/gtk.h>

#include "fy-zone-map.h"

G_BEGIN_DECLS

/* A `size` × `size` picture of a symbol kind. */
GtkWidget *fy_zone_icon_new_symbol (FyZonePointKind kind,
                                    int             size);
void       fy_zone_icon_set_symbol (GtkWidget      *icon,
                                    FyZonePointKind kind);
/* A swatch of a level (colour and hatch). */
GtkWidget *fy_zone_icon_new_swatch (FyZoneLevel     level,
                                    int             width,
                                    int             height);
void       fy_zone_icon_set_swatch (GtkWidget      *icon,
                                    FyZoneLevel     level);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-assign.h — moving several people at once on a zone map (a whole
 * department dropped on an area, a selection from the roster picker) as ONE
 * edit: one undo step, one transaction. */
#pragma once

#include "fy-zone-map.h"

G_BEGIN_DECLS

/* Assigns each of `staff_ids` to `area_id` (and `grid_id` of that area, or
 * 0), moving them from wherever they were, on any map; area_id 0 takes them
 * off this map. People already where they should be are skipped; an id
 * not in the roster fails the whole edit and nothing changes. Returns how
 * many people moved (0 = nothing to do, no undo step), or -1 with error. */
int          fy_zone_map_assign_staff_many (FyZoneMap     *self,
                                            const gint64  *staff_ids,
                                            guint          n_staff,
                                            gint64         area_id,
                                            gint64         grid_id,
                                            GError       **error);

G_END_DECLS

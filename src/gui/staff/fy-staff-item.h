/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-staff-item.h — a roster row for list models (wraps an FyStaff). */
#pragma once

#include <glib-object.h>

#include "fy-staff.h"

G_BEGIN_DECLS

#define FY_TYPE_STAFF_ITEM (fy_staff_item_get_type ())
G_DECLARE_FINAL_TYPE (FyStaffItem, fy_staff_item, FY, STAFF_ITEM, GObject)

FyStaffItem   *fy_staff_item_new   (FyStaff     *staff);  /* takes ownership */
const FyStaff *fy_staff_item_get   (FyStaffItem *self);

G_END_DECLS

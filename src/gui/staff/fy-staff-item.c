/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fy-staff-item.h"

struct _FyStaffItem
{
  GObject  parent_instance;
  FyStaff *staff;
};

G_DEFINE_FINAL_TYPE (FyStaffItem, fy_staff_item, G_TYPE_OBJECT)

static void
fy_staff_item_finalize (GObject *object)
{
  g_clear_pointer (&FY_STAFF_ITEM (object)->staff, fy_staff_free);
  G_OBJECT_CLASS (fy_staff_item_parent_class)->finalize (object);
}

static void
fy_staff_item_class_init (FyStaffItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fy_staff_item_finalize;
}

static void
fy_staff_item_init (FyStaffItem *self)
{
}

FyStaffItem *
fy_staff_item_new (FyStaff *staff)
{
  FyStaffItem *self = g_object_new (FY_TYPE_STAFF_ITEM, NULL);
  self->staff = staff;
  return self;
}

const FyStaff *
fy_staff_item_get (FyStaffItem *self)
{
  return self->staff;
}

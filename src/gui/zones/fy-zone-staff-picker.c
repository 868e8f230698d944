/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-staff-picker.c — the popover that picks a grid or area leader: the
 * people picker's quick form (the roster read when the popover opens, as it
 * may have changed, and filtered as the user types) and a "No Leader"
 * button. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-person-picker.h"
#include "fy-zone-staff-picker.h"

struct _FyZoneStaffPicker
{
  GtkPopover      parent_instance;

  FyPersonPicker *picker;
};

G_DEFINE_FINAL_TYPE (FyZoneStaffPicker, fy_zone_staff_picker, GTK_TYPE_POPOVER)

enum { PICKED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
pick (FyZoneStaffPicker *self, gint64 staff_id)
{
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[PICKED], 0, staff_id);
}

static void
on_picked_cb (FyPersonPicker *picker, gint64 staff_id, FyZoneStaffPicker *self)
{
  pick (self, staff_id);
}

static void
on_none_clicked_cb (GtkButton *button, FyZoneStaffPicker *self)
{
  pick (self, 0);
}

static void
on_show_cb (FyZoneStaffPicker *self)
{
  fy_person_picker_reload (self->picker);
  gtk_widget_grab_focus (GTK_WIDGET (fy_person_picker_get_search (self->picker)));
}

GtkEditable *
fy_zone_staff_picker_get_search (FyZoneStaffPicker *self)
{
  return fy_person_picker_get_search (self->picker);
}

GListModel *
fy_zone_staff_picker_get_model (FyZoneStaffPicker *self)
{
  return fy_person_picker_get_model (self->picker);
}

void
fy_zone_staff_picker_activate (FyZoneStaffPicker *self, guint position)
{
  fy_person_picker_activate_row (self->picker, position);
}

static void
fy_zone_staff_picker_class_init (FyZoneStaffPickerClass *klass)
{
  signals[PICKED] = g_signal_new ("picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
fy_zone_staff_picker_init (FyZoneStaffPicker *self)
{
}

GtkWidget *
fy_zone_staff_picker_new (FyStore *store)
{
  FyZoneStaffPicker *self = g_object_new (FY_TYPE_ZONE_STAFF_PICKER, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *none = gtk_button_new_with_mnemonic (_("_No Leader"));

  self->picker = FY_PERSON_PICKER (fy_person_picker_new_quick (store));
  g_signal_connect (self->picker, "picked", G_CALLBACK (on_picked_cb), self);
  g_signal_connect (none, "clicked", G_CALLBACK (on_none_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->picker));
  gtk_box_append (GTK_BOX (box), none);
  gtk_popover_set_child (GTK_POPOVER (self), box);
  g_signal_connect (self, "show", G_CALLBACK (on_show_cb), NULL);
  return GTK_WIDGET (self);
}

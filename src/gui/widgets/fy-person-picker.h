/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-person-picker.h — choose one or several people from the roster (not
 * those who left): a search field over a scrolling list. Used by the
 * test-round, trip and quarantine dialogs. */
#pragma once

#include <gtk/gtk.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_PERSON_PICKER (fy_person_picker_get_type ())
G_DECLARE_FINAL_TYPE (FyPersonPicker, fy_person_picker, FY, PERSON_PICKER, GtkWidget)

/* `multiple`: check boxes on each row; otherwise one row is chosen. Emits
 * "changed" when the choice changes. */
GtkWidget *fy_person_picker_new            (FyStore        *store,
                                            gboolean        multiple);
/* The search text (name, employee no., phone or ID digits). */
void       fy_person_picker_set_search     (FyPersonPicker *self,
                                            const char     *text);
/* The chosen person (single mode), 0 for none. */
gint64     fy_person_picker_get_chosen     (FyPersonPicker *self);
void       fy_person_picker_set_chosen     (FyPersonPicker *self,
                                            gint64          staff_id);
/* The chosen people (multiple mode) as a new GArray of gint64, in the
 * order they were chosen. */
GArray    *fy_person_picker_dup_chosen_ids (FyPersonPicker *self);
void       fy_person_picker_add_chosen     (FyPersonPicker *self,
                                            const gint64   *staff_ids,
                                            guint           n_ids);
guint      fy_person_picker_get_n_chosen   (FyPersonPicker *self);
/* The rows shown (FyStaffItem), e.g. for tests. */
GListModel *fy_person_picker_get_model     (FyPersonPicker *self);
/* Chooses the shown row `position` (single) or toggles it (multiple), as a
 * click does. */
void       fy_person_picker_activate_row   (FyPersonPicker *self,
                                            guint           position);

G_END_DECLS

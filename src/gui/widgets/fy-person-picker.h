/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-person-picker.h — choose one or several people from the roster (not
 * those who left): a search field over a scrolling list. The one people
 * picker: the test-round, trip and quarantine dialogs embed it; the zone
 * map's leader popover wraps its quick-pick form. */
#pragma once

#include <gtk/gtk.h>

#include "fy-staff.h"
#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_PERSON_PICKER (fy_person_picker_get_type ())
G_DECLARE_FINAL_TYPE (FyPersonPicker, fy_person_picker, FY, PERSON_PICKER, GtkWidget)

/* `multiple`: check boxes on each row; otherwise one row is chosen. Emits
 * "changed" when the choice changes. Each search asks the roster search
 * (name, employee no., phone or ID digits). */
GtkWidget *fy_person_picker_new            (FyStore        *store,
                                            gboolean        multiple);
/* The quick-pick form, for a popover: the roster is read by
 * fy_person_picker_reload() and filtered in memory with fy_person_matches()
 * as the user types (thousands of rows filter instantly); rows show name
 * over fy_person_describe(); a click, or Enter in the search for the first
 * match, emits "picked" (gint64 staff_id). */
GtkWidget *fy_person_picker_new_quick      (FyStore        *store);
/* Reads the roster again (it may have changed) and clears the search. */
void       fy_person_picker_reload         (FyPersonPicker *self);
/* The search entry (borrowed). */
GtkEditable *fy_person_picker_get_search   (FyPersonPicker *self);
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
/* Chooses the shown row `position` (single), toggles it (multiple) or
 * picks it (quick), as a click does. */
void       fy_person_picker_activate_row   (FyPersonPicker *self,
                                            guint           position);

/* Current staff (not left) as FyStaffItem rows, ordered as the roster;
 * empty with a warning when the roster cannot be read. Owned. */
GListStore *fy_person_roster_load          (FyStore        *store);
/* Whether `needle` (already folded with g_utf8_casefold) is found in the
 * person's name, department, team, employee number or phone. */
gboolean   fy_person_matches               (const FyStaff  *staff,
                                            const char     *needle);
/* "Department · Team · 138****5678" for a list row (owned). */
char      *fy_person_describe              (const FyStaff  *staff);
/* A person in a list row: the name (bold when `heading`) over a dim
 * caption, e.g. fy_person_describe(); filled by fy_person_labels_set. */
GtkWidget *fy_person_labels_new            (gboolean        heading);
void       fy_person_labels_set            (GtkWidget      *labels,
                                            const char     *name,
                                            const char     *detail);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-disinfection-dialogs.h — the disinfection page's dialogs: an entry
 * (with the dilution helper inline), a schedule, and yesterday's round
 * repeated for chosen areas. Keyboard first: each opens with focus in its
 * first field, Enter in a single-line field saves, Esc cancels; a refused
 * entry keeps the dialog open with the reason under the form. */
#pragma once

#include <gtk/gtk.h>

#include "fy-disinfection.h"
#include "fy-store.h"

G_BEGIN_DECLS

/* New entry; `area_id` preselects a place (0: the first). */
GtkWindow *fy_disinfection_entry_dialog_present    (GtkWindow *parent,
                                                    FyStore   *store,
                                                    gint64     area_id);
/* New schedule (schedule NULL) or an edit of a copy of `schedule`. */
GtkWindow *fy_disinfection_schedule_dialog_present (GtkWindow                    *parent,
                                                    FyStore                      *store,
                                                    const FyDisinfectionSchedule *schedule);
/* The areas disinfected yesterday, each with a check (all checked);
 * "Repeat" records their last round again now, in one action. */
GtkWindow *fy_disinfection_repeat_dialog_present   (GtkWindow *parent,
                                                    FyStore   *store);

G_END_DECLS

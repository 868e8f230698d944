/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-daily-entry.h — the keyboard-first daily temperature entry: everyone
 * on site on a day, one row each; type a temperature, Enter saves it and
 * moves to the next person. Also the missing list and "fill normal". */
#pragma once

#include <adwaita.h>

#include "fy-health.h"
#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_DAILY_ENTRY (fy_daily_entry_get_type ())
G_DECLARE_FINAL_TYPE (FyDailyEntry, fy_daily_entry, FY, DAILY_ENTRY, GtkWidget)

/* Shows `day` (NULL = keep) and `session` (FY_SESSION_MORNING/AFTERNOON,
 * -1 = keep) and puts the keyboard focus in the temperature field of
 * `staff_id_or_0`, or of the first person with no entry for the session. */
void        fy_daily_entry_show            (FyDailyEntry *entry,
                                            const char   *day,
                                            int           session,
                                            gint64        staff_id_or_0);
/* Department / team filter ("" or NULL = any). */
void        fy_daily_entry_set_filter      (FyDailyEntry *entry,
                                            const char   *department,
                                            const char   *team);
/* Focus to the first person with no entry for the session (or the first
 * row when everyone has one). */
void        fy_daily_entry_focus_first_missing (FyDailyEntry *entry);

G_END_DECLS

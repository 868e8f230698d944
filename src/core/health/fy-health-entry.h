/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-health-entry.h — the daily-entry list: who is on site on a day (may
 * get a reading: had not left, no quarantine, no isolation status), paged
 * in the order of the missing list (department, team, name), with both
 * sessions' readings. The screen pages it; nothing loads a whole history.
 *
 * Positions are 0-based indexes in that order for the same day and filter. */
#pragma once

#include <glib.h>

#include "fy-health.h"

G_BEGIN_DECLS

/* A page of `limit` rows from `offset`. GPtrArray of FyHealthDayRow*
 * (quarantined and left are always FALSE here). */
GPtrArray *fy_health_entry_list           (FyStore              *store,
                                           const char           *day,
                                           const FyHealthFilter *filter,
                                           guint                 offset,
                                           guint                 limit,
                                           GError              **error);
gint64     fy_health_entry_count          (FyStore              *store,
                                           const char           *day,
                                           const FyHealthFilter *filter,
                                           GError              **error);
/* Who of the list is on site that day: the list less the people away
 * (leave, sick leave, a trip, sent home — listed with the reason). The
 * daily report's 在岗 count is this same definition
 * (FY_SQL_ELIGIBLE_ON_DAY FY_SQL_NOT_AWAY_ON_DAY). -1 on error. */
gint64     fy_health_entry_count_on_site  (FyStore              *store,
                                           const char           *day,
                                           const FyHealthFilter *filter,
                                           GError              **error);
/* The position of a person in the list, or -1 when not listed (not on
 * site that day, or outside the filter); -2 on error. */
gint64     fy_health_entry_position       (FyStore              *store,
                                           const char           *day,
                                           const FyHealthFilter *filter,
                                           gint64                staff_id,
                                           GError              **error);
/* The position of the first person at or after `from` with no entry for
 * the session, or -1 when there is none; -2 on error. */
gint64     fy_health_entry_next_missing   (FyStore              *store,
                                           const char           *day,
                                           FyHealthSession       session,
                                           const FyHealthFilter *filter,
                                           guint                 from,
                                           GError              **error);

/* What the list marks beside a person on a day: the follow-up of each
 * session's reading (id, 0 = none, and whether closed) and the value
 * repeated on the FY_HEALTH_SAME_VALUE_DAYS days ending on `day` (the rule
 * of fy_health_list_flags), else -1. A few primary-key look-ups. */
typedef struct
{
  gint64    follow_up[2];
  gboolean  closed[2];
  int       same_value;
} FyHealthEntryMarks;

gboolean   fy_health_entry_marks          (FyStore              *store,
                                           gint64                staff_id,
                                           const char           *day,
                                           FyHealthEntryMarks   *marks,
                                           GError              **error);

G_END_DECLS

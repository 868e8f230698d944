/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-disinfection-compliance.h — done against scheduled: the windows each
 * frequency asks for, gaps over a period, and what is due or overdue now.
 *
 * Windows (local time):
 *   daily            each calendar day, 1 disinfection;
 *   twice a day      each calendar day, 2;
 *   each shift       the day cut into `shifts` equal shifts from 00:00
 *                    (3 shifts: 00–08, 08–16, 16–24), 1 in each;
 *   twice in 3 days  a ROLLING window: for every day D, the three days
 *                    D−2, D−1, D must hold disinfections on at least 2
 *                    different days (two on one day count once). The
 *                    window of D is "the window ending on D";
 *   after each truck no fixed count: never due or overdue.
 * A window counts from the schedule's first day: one that would start
 * before it is not checked. A window that has ended is complete (met or
 * missed); the one holding `now` is current; later ones do not count.
 *
 * Now: DONE when the current window is met; otherwise OVERDUE when the
 * window just before it ended short (the round is late, not just due), else
 * DUE. A schedule whose first day is still to come is NOT_STARTED. */
#pragma once

#include <glib.h>

#include "fy-disinfection.h"

G_BEGIN_DECLS

typedef enum
{
  FY_DISINFECTION_STATUS_DONE,
  FY_DISINFECTION_STATUS_DUE,
  FY_DISINFECTION_STATUS_OVERDUE,
  FY_DISINFECTION_STATUS_AS_NEEDED,     /* after each truck */
  FY_DISINFECTION_STATUS_NOT_STARTED,
} FyDisinfectionStatus;

/* What a schedule asks, for the arithmetic below. */
typedef struct
{
  FyDisinfectionFrequency frequency;   /* effective (raised by the risk rule) */
  int                     shifts;      /* shifts a day, for EACH_SHIFT */
  const char             *start_day;   /* YYYY-MM-DD */
  /* Optional: YYYY-MM-DD → GINT_TO_POINTER (frequency + 1) for the days
   * on which the area's level asked for another frequency (the risk rule
   * applied to the level the area had that day); other days use
   * `frequency`. Only the tally reads it: the state now uses `frequency`. */
  GHashTable             *by_day;
} FyDisinfectionRule;

typedef struct
{
  guint scheduled;   /* disinfections asked by the complete and current windows
                      * (twice in 3 days: 2 for every 3 days, rounded up) */
  guint done;        /* of those, done (extra ones in a window do not count) */
  guint windows;     /* complete windows checked */
  guint missed;      /* complete windows that ended short */
} FyDisinfectionTally;

typedef struct
{
  FyDisinfectionStatus status;
  guint                done;       /* in the current window */
  guint                required;   /* in the current window */
  gint64               window_start;
  gint64               window_end;
} FyDisinfectionNow;

/* `at` holds the instants of the place's disinfections, ascending. */
void     fy_disinfection_tally   (const FyDisinfectionRule *rule,
                                  const gint64             *at,
                                  guint                     n_at,
                                  const char               *from,
                                  const char               *to,
                                  gint64                    now,
                                  FyDisinfectionTally      *tally);
void     fy_disinfection_now     (const FyDisinfectionRule *rule,
                                  const gint64             *at,
                                  guint                     n_at,
                                  gint64                    now,
                                  FyDisinfectionNow        *out);
/* "装卸区: 1 of 2 in this 3-day window" (translated). Owned. */
char    *fy_disinfection_now_text (const char              *place,
                                   FyDisinfectionFrequency  frequency,
                                   const FyDisinfectionNow *now);
const char *fy_disinfection_status_label (FyDisinfectionStatus status);

/* One schedule's figures, read from the store. */
typedef struct
{
  gint64                  schedule_id;
  gint64                  area_id;
  gint64                  point_id;
  char                   *place_title;
  FyZoneLevel             level;
  FyDisinfectionFrequency frequency;   /* effective */
  FyDisinfectionTally     tally;       /* over the period asked */
  FyDisinfectionNow       now;
} FyDisinfectionGap;

void fy_disinfection_gap_free (FyDisinfectionGap *gap);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyDisinfectionGap, fy_disinfection_gap_free)

/* Every schedule (of one area, or all with area_id 0) with its tally over
 * from … to and its state at `now` (array of FyDisinfectionGap*, owned). */
GPtrArray *fy_disinfection_gaps  (FyStore     *store,
                                  const char  *from,
                                  const char  *to,
                                  gint64       area_id,
                                  gint64       now,
                                  GError     **error);
/* The worst state now per area (area id → FyDisinfectionStatus as
 * GINT_TO_POINTER (status + 1)): OVERDUE over DUE over DONE; areas without
 * a schedule are absent. For the map layer. Owned. */
GHashTable *fy_disinfection_area_states (FyStore   *store,
                                         gint64     now,
                                         GError   **error);
/* The map layer of the Zones page: area id (gint64 *) → FyZoneTint *
 * (fy-zone-render.h) for every area with a schedule, by its worst state
 * now: done (green, solid, light), due (amber, dashed), overdue (red,
 * solid, strong). Owned; drawn by the zone renderer on screen and paper. */
GHashTable *fy_disinfection_map_tints (FyStore   *store,
                                       gint64     now,
                                       GError   **error);
/* The daily report's 消杀次数 line for a day: figures ("12 times in 8
 * areas") and remarks (places behind), both owned; `behind` when a
 * schedule missed a window that day or, for today, is overdue now. */
gboolean fy_disinfection_report_line (FyStore     *store,
                                      const char  *day,
                                      gint64       now,
                                      char       **figures,
                                      char       **remarks,
                                      gboolean    *behind,
                                      GError     **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-summary.h — the zone map in numbers, for the Today page and the
 * daily report: per risk level, how many areas and people there are now,
 * and which level changes happened on a given day.
 *
 * Typical use (Today page, after a ZONES or STAFF "changed"):
 *
 *   g_autoptr(FyZoneSummary) s = fy_zone_summary_new (store, NULL, &error);
 *   for (FyZoneLevel l = FY_ZONE_LEVEL_GREEN; l < FY_ZONE_N_LEVELS; l++)
 *     show (fy_zone_level_label (l), s->levels[l].n_areas, s->levels[l].n_people);
 *   for (guint i = 0; i < s->changes->len; i++)
 *     {
 *       const FyZoneSummaryChange *c = g_ptr_array_index (s->changes, i);
 *       … c->area_name, c->old_level → c->new_level, c->reason …
 *     }
 *
 * and for a one-line summary in the daily report: fy_zone_summary_dup_text().
 *
 * Counts are the CURRENT state of every map in the store (areas and who is
 * assigned where are not kept per day); `changes` are the day's net change
 * of each area (from its level before the day's first change to its level
 * after the last, under its current name; a change and its Undo cancel
 * out). The zone history ledger lists every row. One read, no transaction needed; runs in
 * milliseconds on a plant-sized map. */
#pragma once

#include <glib.h>

#include "fy-store.h"
#include "fy-zone-map.h"

G_BEGIN_DECLS

typedef struct
{
  int n_areas;      /* areas at this level now, on all maps */
  int n_people;     /* people assigned to those areas (not marked as left) */
  int n_capacity;   /* sum of the capacities set (0 = none set) */
  int n_entered;    /* on the day: areas that came to this level (changed or drawn) */
  int n_left;       /* on the day: areas that changed away from it (or were deleted) */
} FyZoneLevelCount;

typedef enum
{
  FY_ZONE_CHANGE_CREATED,   /* an area was drawn (or a deletion undone) */
  FY_ZONE_CHANGE_LEVEL,     /* its level changed */
  FY_ZONE_CHANGE_DELETED,   /* it was deleted (or its drawing undone) */
} FyZoneSummaryChangeKind;

/* The net change of one area on the day (time, reason and actor of its
 * last history row). */
typedef struct
{
  gint64                   at;          /* unix seconds */
  char                    *time;        /* local "HH:MM" */
  char                    *map_name;
  gint64                   area_id;
  char                    *area_name;
  FyZoneSummaryChangeKind  kind;
  int                      old_level;   /* FyZoneLevel, -1 for a new area */
  int                      new_level;   /* FyZoneLevel, -1 for a deleted area */
  char                    *reason;      /* as typed, may be "" */
  char                    *actor;       /* may be "" */
  gboolean                 is_undo;     /* written by Undo */
} FyZoneSummaryChange;

typedef struct
{
  char             *day;                       /* YYYY-MM-DD the changes are for */
  int               n_maps;
  int               n_areas;                   /* all levels */
  int               n_people;                  /* assigned to any area */
  FyZoneLevelCount  levels[FY_ZONE_N_LEVELS];  /* indexed by FyZoneLevel */
  int               n_level_changes;           /* areas whose level changed (net) */
  GPtrArray        *changes;                   /* FyZoneSummaryChange*, oldest first */
} FyZoneSummary;

/* The summary with today's (or `day`'s, YYYY-MM-DD, validated) changes.
 * NULL with FY_ERROR_INVALID for a bad date, or a store error. Owned.
 * A store without maps gives zeros and no changes. */
FyZoneSummary *fy_zone_summary_new      (FyStore             *store,
                                         const char          *day,
                                         GError             **error);
void           fy_zone_summary_free     (FyZoneSummary       *summary);

/* TRUE when the store has no area at all (the Today page hides its card). */
gboolean       fy_zone_summary_is_empty (const FyZoneSummary *summary);

/* "08:40 装卸区: Green zone → Blue zone (reason)" for one change. Owned. */
char          *fy_zone_summary_change_dup_text (const FyZoneSummaryChange *change);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyZoneSummary, fy_zone_summary_free)

G_END_DECLS

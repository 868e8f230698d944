/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-disinfection-private.h — between the files of the disinfection domain
 * (the compliance arithmetic reads entry times through the store file, which
 * holds all the domain's SQL). Not for the GUI or the command line. */
#pragma once

#include "fy-disinfection.h"

G_BEGIN_DECLS

/* Instants of the disinfections of a place (a point schedule: that point;
 * an area schedule: everything in the area), in [from, to), ascending. */
GArray *fy_disinfection_entry_times (FyStore  *store,
                                     gint64    area_id,
                                     gint64    point_id,
                                     gint64    from,
                                     gint64    to,
                                     GError  **error);
/* One row of an area's zone history: its level before and after (FyZoneLevel,
 * -1 for none: drawn or deleted). */
typedef struct
{
  gint64 at;
  int    old_level;
  int    new_level;
} FyDisinfectionLevelChange;

/* The level changes of an area before `before`, oldest first (array of
 * FyDisinfectionLevelChange). */
GArray *fy_disinfection_level_changes (FyStore  *store,
                                       gint64    area_id,
                                       gint64    before,
                                       GError  **error);
/* Entries and areas on a local day: how many, in how many areas. */
gboolean fy_disinfection_count_day  (FyStore  *store,
                                     const char *day,
                                     guint    *entries,
                                     guint    *areas,
                                     GError  **error);

/* The stock the entries take, checked before BEGIN (see
 * fy_disinfection_consume_stock); `stock` set when any entry takes some. */
gboolean fy_disinfection_check_stock (FyStore              *store,
                                      FyDisinfectionEntry **entries,
                                      guint                 n,
                                      gboolean             *stock,
                                      GError              **error);

/* fy_disinfection_add_entries in its two parts, for an action that writes
 * an entry inside its own transaction (the gate's truck check): before
 * BEGIN, validate the entries and fill in their place names; then, inside
 * the open transaction, write one entry with its audit row and stock take
 * and set its id. */
gboolean fy_disinfection_prepare_entries (FyStore              *store,
                                          FyDisinfectionEntry **entries,
                                          guint                 n,
                                          gint64                now,
                                          GError              **error);
gboolean fy_disinfection_insert_entry    (FyStore              *store,
                                          FyDisinfectionEntry  *entry,
                                          GError              **error);

G_END_DECLS

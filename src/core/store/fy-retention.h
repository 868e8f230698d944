/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-retention.h — the retention period for personal data (PIPL): health
 * records older than the period are deleted for real (secure_delete, then
 * the WAL is truncated), and people who left before it keep only their name
 * and employee number. Visitors' and drivers' visits at the gate go like
 * health records, and so do the outsiders no visit is left for. The period is the company setting "retention_days";
 * 0 keeps everything. */
#pragma once

#include <glib.h>

#include "fy-store.h"

G_BEGIN_DECLS

typedef struct
{
  char   *cutoff;        /* records dated before this day were purged; NULL if nothing to do */
  gint64  readings;      /* daily readings (their follow-ups go with them) and corrections */
  gint64  tests;         /* nucleic-acid and antigen results */
  gint64  trips;
  gint64  quarantines;
  gint64  audit;         /* audit rows */
  gint64  vaccinations;  /* doses of people who left before the cutoff */
  gint64  anonymised;    /* people who left, stripped of ID number, phone, dormitory, note */
  gint64  gate;          /* gate visits (with their people and areas), by arrival or planned day */
  gint64  outsiders;     /* visitors and drivers no visit points at any more */
  gint64  damaged;       /* copies of a damaged database moved aside before the cutoff (files) */
} FyPurgeCounts;

/* Purges what is older than the retention period counted back from `today`
 * (YYYY-MM-DD), in one transaction. After a purge that deleted something,
 * a verified "purge" backup is made and every older backup (which still
 * holds the purged data) is removed. A copy of a damaged database moved
 * aside before the cutoff ("PATH.damaged-YYYYMMDD-HHMMSS", with its -wal,
 * -shm, -journal) holds nothing newer than the cutoff: it is deleted too
 * (one moved aside later may still be needed to recover recent records,
 * and stays). With retention 0 it does nothing and
 * returns TRUE (counts->cutoff NULL). */
gboolean  fy_retention_purge        (FyStore       *store,
                                     const char    *today,
                                     FyPurgeCounts *counts,
                                     GError       **error);
/* What fy_retention_purge would delete now, counted by running it in a
 * transaction that is rolled back: nothing changes. */
gboolean  fy_retention_count        (FyStore       *store,
                                     const char    *today,
                                     FyPurgeCounts *counts,
                                     GError       **error);
void      fy_purge_counts_clear     (FyPurgeCounts *counts);
gint64    fy_purge_counts_total     (const FyPurgeCounts *counts);

G_END_DECLS

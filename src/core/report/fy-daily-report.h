/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-daily-report.h — the numbers of one day (日报告 / 零报告): headcount,
 * who is on site, temperature entries, abnormal readings, returnees,
 * quarantine, nucleic-acid tests and follow-ups, plus the "abnormal
 * situation" text (异常情况说明) that is "None" (无) exactly when nothing
 * abnormal happened that day — then the report is a zero report.
 *
 * Every number comes from aggregate SQL over the health tables; nothing
 * loops over people. Days are local "YYYY-MM-DD"; `now` is passed in.
 *
 * What is abnormal on a day (and so rules out a zero report): a reading
 * at or above the fever line stored with it, a reading with symptoms, a red
 * or yellow health code, a positive test result received that day (nucleic
 * acid or antigen), a test still pending at the day's end of someone whose
 * fever opened a follow-up in the fortnight before the sample, a follow-up
 * of an earlier day still open at the day's end, a quarantine started that
 * day, a return from a medium- or high-risk area that day. Each is named in
 * the abnormal-situation text.
 *
 * At the gate (fy-gate.h), also abnormal: a visit refused that day, a
 * visitor or truck still inside past its dwell limit at the day's end (now,
 * for today), an event over 200 people within 7 days without its approval
 * on file.
 *
 * Compliance gaps of the desk (entries missing, tests overdue) are always
 * listed in `gaps_text`, zero report or not, so a zero report never hides
 * them. */
#pragma once

#include <glib.h>

#include "fy-absence.h"
#include "fy-gate.h"
#include "fy-quarantine.h"
#include "fy-store.h"

G_BEGIN_DECLS

typedef struct
{
  char     *day;                 /* the report date */
  gboolean  is_today;            /* the date is today: the live numbers */
  gint64    as_of;               /* instant the time-dependent numbers hold at:
                                    now for today, the end of a past day */

  /* People */
  guint     headcount;           /* 在册人数: in the roster, not left by the day */
  guint     on_site;             /* 今日在岗: may be at work that day (not quarantined) */
  guint     not_on_site;         /* headcount − on site */
  guint     away[FY_N_AWAY_REASONS]; /* not on site, by reason (fy-absence.h) */
  guint     absent;              /* 请假/缺勤: leave, private trip, sick leave, sent home */
  guint     absent_sick;         /* … of which for illness: sick leave, sent home */

  /* Temperature entries, per session (index FyHealthSession) */
  guint     entered[2];          /* people with an entry */
  guint     entered_unmeasured[2]; /* of which "normal, no symptoms" without a number */
  guint     missing[2];          /* on site but no entry yet */

  /* Abnormal readings of the day (people, each counted once per kind) */
  guint     fever;               /* a reading ≥ the fever line stored with it */
  guint     symptoms;
  guint     red_code;
  guint     yellow_code;         /* yellow and never red that day */
  guint     abnormal_people;     /* anyone above, counted once */
  guint     follow_ups_new;      /* follow-ups opened for readings of the day */
  guint     follow_ups_open;     /* of the day or before, not closed by its end */

  /* Travel and quarantine */
  guint     returnees;           /* people back from a trip that day */
  guint     returnees_risk;      /* … from a medium- or high-risk area */
  guint     quarantine[FY_N_QUARANTINE_KINDS]; /* under quarantine that day, by kind */
  guint     quarantine_total;
  guint     quarantine_started;  /* quarantines that started that day */
  guint     quarantine_released; /* released that day (back on site) */
  guint     quarantine_tests;    /* planned quarantine tests on the day */
  guint     quarantine_tests_done;

  /* Nucleic-acid tests (the cadence and the due list count PCR only) */
  guint     tests_due;           /* 应检: people whose test falls due by the day's end */
  guint     tests_due_done;      /* … of whom sampled that day */
  guint     tests_not_done;      /* … still without a sample (tests_due − tests_due_done) */
  guint     tests_overdue;       /* … of those, past their due time at `as_of` */
  guint     tests_done;          /* 实检: people sampled that day (due or not) */
  guint     antigen_done;        /* people with an antigen test that day */
  guint     tests_positive;      /* positive results received that day (any kind), people */

  /* The gate: arrivals, refusals, who is inside at `as_of`
   * (fy_gate_day_counts), and events within 7 days without approval. */
  FyGateDayCounts gate;
  guint     events_unapproved;

  /* 异常情况说明: translated "None" for a zero report, otherwise one
   * sentence per kind of event with the people concerned. */
  char     *abnormal_text;
  gboolean  zero;
  /* Compliance gaps (missing entries, overdue tests), translated, one
   * sentence each; NULL when there are none. */
  char     *gaps_text;
} FyDailyReport;

/* The report of `day` (NULL = today; not in the future). */
FyDailyReport *fy_daily_report_compute (FyStore             *store,
                                        const char          *day,
                                        gint64               now,
                                        GError             **error);
void           fy_daily_report_free    (FyDailyReport       *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyDailyReport, fy_daily_report_free)

G_END_DECLS

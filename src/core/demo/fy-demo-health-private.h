/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-demo-health-private.h — shared by the halves of the demo's health
 * step: temperatures, trips, quarantines and vaccination (fy-demo-health.c)
 * and nucleic-acid tests (fy-demo-tests.c). Core only. */
#pragma once

#include "fy-demo-private.h"
#include "fy-health-private.h"

G_BEGIN_DECLS

#define DAYS            30      /* today and the 29 days before */

typedef enum { EV_FALSE_ALARM, EV_CLINIC, EV_SYMPTOMS, EV_YELLOW, EV_OPEN } EventKind;

/* An abnormal reading on a day (offset from today) and session; the
 * person is chosen when that session is written. */
typedef struct
{
  int         offset;
  int         session;
  EventKind   kind;
  gint64      staff_id;
} Event;

#define N_EVENTS 6

typedef struct
{
  FyDemo     *demo;
  FyStore    *store;
  char       *today;
  gint64      now;
  char       *officer;
  GHashTable *used;          /* staff ids that already play a part */
  GHashTable *absent;        /* staff id → Absence*, owned */
  gint64      same_person;   /* the same 36.5 every day */
  gint64      skip_round[4]; /* miss the last round: overdue today */
  Event       events[N_EVENTS];
} DemoHealth;

/* fy-demo-health.c */
gboolean  fy_demo_health_is_absent    (DemoHealth *h, gint64 staff_id, const char *day);
/* Not at work from `from` until the day before `until` (NULL = not back). */
void      fy_demo_health_mark_absent  (DemoHealth *h, gint64 staff_id, const char *from, const char *until);
/* Today + offset days (owned), and a local instant of a day (minutes past midnight). */
char     *fy_demo_health_day          (DemoHealth *h, int offset);
gint64    fy_demo_health_instant      (const char *day, int minutes);
/* Free text as the app stores what a user types. */
void      fy_demo_health_bind_typed   (sqlite3_stmt *stmt, int index, const char *text);
gboolean  fy_demo_health_exec         (DemoHealth *h, sqlite3_stmt *stmt, GError **error);
/* Someone on site who plays no part yet (department "" = any; high_contact -1 = either). */
FyStaff  *fy_demo_health_pick         (DemoHealth *h, const char *department, int high_contact);
/* Who may get a reading (and is tested in a round) on `day`. */
GArray   *fy_demo_health_eligible_on  (DemoHealth *h, const char *day, gboolean high_contact_only,
                                       GError **error);

/* fy-demo-absence.c: someone on leave today, someone on sick leave. */
gboolean  fy_demo_health_write_absences (DemoHealth *h, GError **error);

/* fy-demo-tests.c: rounds every day (everyone every 48 h, high-contact
 * posts daily), quarantine test days, staff.last_test_at. */
gboolean  fy_demo_health_write_tests  (DemoHealth *h, GError **error);

G_END_DECLS

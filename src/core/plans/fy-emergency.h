/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-emergency.h — the emergency procedure (应急处置) when a case appears:
 * a run of fixed steps, each recording who did it and when, with clocks
 * kept as stored instants (nothing runs in the background): the re-test is
 * due 6 hours after the start, a shutdown may last at most 3 days from the
 * moment production stopped. A step past its deadline shows as late with
 * the time it was due.
 *
 * Contacts come from the zone map (the person's area and grid) and by
 * hand; sending them to isolation starts quarantines through the
 * quarantine module (fy-quarantine.h) in the same transaction that records
 * the step. */
#pragma once

#include <glib.h>

#include "fy-code-label.h"
#include "fy-types.h"

G_BEGIN_DECLS

typedef enum
{
  FY_STEP_REPORT,          /* reported to the local command 报告属地指挥部 */
  FY_STEP_OBSERVATION,     /* moved to the observation point 转移至临时观察点 */
  FY_STEP_RETEST,          /* re-tested within 6 hours 6小时内复核 */
  FY_STEP_CONTACTS,        /* contacts listed and isolated 密接排查隔离 */
  FY_STEP_ZONES,           /* zones activated 启动分区管控 */
  FY_STEP_DISINFECT,       /* disinfection done 终末消毒 */
  FY_STEP_INVESTIGATION,   /* epidemiological investigation supported 配合流调 */
  FY_STEP_PRODUCTION,      /* other areas keep producing 其他区域正常生产 */
  FY_STEP_SHUTDOWN,        /* any shutdown ≤ 3 days 停产不超过3天 */
  FY_N_EMERGENCY_STEPS
} FyEmergencyStepKind;

extern const FyCodeLabel fy_emergency_step_labels[FY_N_EMERGENCY_STEPS + 1];

typedef enum
{
  FY_EMERGENCY_POSITIVE,   /* a positive test result */
  FY_EMERGENCY_FEVER,      /* a fever follow-up */
  FY_EMERGENCY_MANUAL,     /* started by hand */
  FY_N_EMERGENCY_TRIGGERS
} FyEmergencyTrigger;

extern const FyCodeLabel fy_emergency_trigger_labels[FY_N_EMERGENCY_TRIGGERS + 1];

#define FY_EMERGENCY_RETEST_HOURS  6
#define FY_EMERGENCY_SHUTDOWN_DAYS 3

typedef enum
{
  FY_STEP_NOT_STARTED,     /* the shutdown before production stopped */
  FY_STEP_PENDING,
  FY_STEP_LATE,            /* pending and past its due time */
  FY_STEP_DONE,
  FY_STEP_DONE_LATE,
} FyStepState;

typedef struct
{
  FyEmergencyStepKind  kind;
  gint64               started_at;   /* 0 = not started */
  gint64               due_at;       /* 0 = no deadline */
  gint64               done_at;      /* 0 = not done */
  char                *done_by;
  char                *note;
} FyEmergencyStep;

typedef struct
{
  gint64  id;
  gint64  staff_id;        /* 0 = named by hand */
  char   *name;
  char   *source;          /* "area", "grid", "manual" */
  gint64  quarantine_id;   /* 0 = not sent to isolation */
} FyEmergencyContact;

typedef struct
{
  gint64              id;
  gint64              staff_id;      /* 0 = someone outside the roster */
  char               *person_name;
  FyEmergencyTrigger  trigger;
  gint64              started_at;
  char               *started_by;
  gint64              finished_at;   /* 0 while running */
  char               *note;
  GPtrArray          *steps;         /* FyEmergencyStep*, in order */
  GPtrArray          *contacts;      /* FyEmergencyContact* */
} FyEmergency;

/* The clocks: pure arithmetic on instants. The shutdown's limit is the same
 * local time 3 calendar days later. */
gint64       fy_emergency_retest_due      (gint64 started_at);
gint64       fy_emergency_shutdown_due    (gint64 stopped_at);
FyStepState  fy_emergency_step_state      (const FyEmergencyStep *step,
                                           gint64                 now);

/* Starts a procedure for a person on the roster (staff_id) or named by
 * hand (staff_id 0, name required). Refused while one is running for the
 * same person. */
gboolean     fy_emergency_start           (FyStore            *store,
                                           gint64              staff_id,
                                           const char         *person_name,
                                           FyEmergencyTrigger  trigger,
                                           const char         *note,
                                           gint64              now,
                                           gint64             *id,
                                           GError            **error);
/* Marks a step done at `at` (not before the step started, not after
 * `now`). For the shutdown `at` is when production resumed. */
gboolean     fy_emergency_complete_step   (FyStore            *store,
                                           gint64              id,
                                           FyEmergencyStepKind kind,
                                           gint64              at,
                                           const char         *note,
                                           gint64              now,
                                           GError            **error);
/* Production stopped at `at`: starts the shutdown's 3-day clock. */
gboolean     fy_emergency_stop_production (FyStore            *store,
                                           gint64              id,
                                           gint64              at,
                                           gint64              now,
                                           GError            **error);
/* People of the person's area and grid on the zone map (grid first), not
 * yet listed; FyEmergencyContact* with id 0. */
GPtrArray   *fy_emergency_propose_contacts (FyStore           *store,
                                           gint64              id,
                                           GError            **error);
/* Lists a contact: from the roster (staff_id, source "area" / "grid" /
 * "manual") or by name only. */
gboolean     fy_emergency_add_contact     (FyStore            *store,
                                           gint64              id,
                                           gint64              staff_id,
                                           const char         *name,
                                           const char         *source,
                                           GError            **error);
/* Sends every listed contact on the roster not yet isolated to quarantine
 * (template `template_code`, reason close contact, starting `day`), in one
 * transaction with the contacts step done. People already under quarantine
 * are linked to that quarantine. *n_started counts new quarantines. */
gboolean     fy_emergency_isolate_contacts (FyStore           *store,
                                           gint64              id,
                                           const char         *template_code,
                                           const char         *day,
                                           gint64              now,
                                           guint              *n_started,
                                           GError            **error);
gboolean     fy_emergency_finish          (FyStore            *store,
                                           gint64              id,
                                           gint64              now,
                                           GError            **error);
FyEmergency *fy_emergency_get             (FyStore            *store,
                                           gint64              id,
                                           GError            **error);
/* Newest first, with steps, without contacts. */
GPtrArray   *fy_emergency_list            (FyStore            *store,
                                           gboolean            running_only,
                                           GError            **error);
/* The zone map area the person works in (the first map's when several);
 * NOT_FOUND when the person is on no map. */
gboolean    fy_emergency_person_area  (FyStore            *store,
                                       gint64              staff_id,
                                       gint64             *map_id,
                                       gint64             *area_id,
                                       GError            **error);
/* The reason to fill in when changing an area's level (translated, owned). */
char        *fy_emergency_zone_reason     (const FyEmergency  *emergency);

void         fy_emergency_step_free       (FyEmergencyStep    *step);
void         fy_emergency_contact_free    (FyEmergencyContact *contact);
void         fy_emergency_free            (FyEmergency        *emergency);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyEmergency, fy_emergency_free)

G_END_DECLS

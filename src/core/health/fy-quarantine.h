/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-quarantine.h — quarantine from templates kept as data: 14-day
 * in-factory observation; 7-day home isolation with tests on days 1,3,5,7;
 * 5 days central + 3 days home with tests on central days 1,2,3,5 and home
 * days 1,3; custom.
 *
 * Day 1 of a phase is its first calendar day; the first phase starts on the
 * start day. Starting computes every phase's dates, the end day (last day
 * under quarantine) and the planned test days, which then appear in the due
 * list (fy-tests.h) until a nucleic-acid sample of that person is taken on
 * that day. The person's roster status follows the phase (observation,
 * home_isolation, central_isolation) until release, a recorded decision
 * with a date (the first day back on site) that sets them on site again. */
#pragma once

#include <glib.h>

#include "fy-health.h"

G_BEGIN_DECLS

/* Phase kinds; each is also the roster status during the phase. */
typedef enum
{
  FY_QUARANTINE_OBSERVATION,        /* in-factory observation 厂内观察 */
  FY_QUARANTINE_HOME,               /* home isolation 居家隔离 */
  FY_QUARANTINE_CENTRAL,            /* central isolation 集中隔离 */
  FY_N_QUARANTINE_KINDS
} FyQuarantineKind;

typedef enum
{
  FY_QUARANTINE_REASON_NONE,
  FY_QUARANTINE_REASON_RETURNEE,          /* back from a medium/high risk area */
  FY_QUARANTINE_REASON_CLOSE_CONTACT,
  FY_QUARANTINE_REASON_SECONDARY_CONTACT,
  FY_QUARANTINE_REASON_ABNORMAL,          /* abnormal reading or test */
  FY_QUARANTINE_REASON_OTHER,
  FY_N_QUARANTINE_REASONS
} FyQuarantineReason;

/* Codes and labels, indexed by FyQuarantineReason (fy-code-label.h). */
extern const FyCodeLabel fy_quarantine_reason_labels[FY_N_QUARANTINE_REASONS + 1];

#define FY_QUARANTINE_MAX_PHASES     5
#define FY_QUARANTINE_MAX_PHASE_DAYS 60

typedef struct
{
  FyQuarantineKind  kind;
  int               days;
  char             *test_days;      /* day numbers within the phase, "1,3,5,7" ("" = none) */
  char             *start_day;      /* in a plan: computed; NULL in a template */
  char             *end_day;
} FyQuarantinePhase;

typedef struct
{
  gint64            id;
  char             *code;           /* "observation_14", "home_7", "central_5_home_3", "custom" */
  char             *name;           /* English msgid: show fy_quarantine_template_label () */
  gboolean          builtin;
  GPtrArray        *phases;         /* FyQuarantinePhase*; empty for "custom" */
} FyQuarantineTemplate;

typedef struct
{
  char             *day;
  int               phase;          /* 1-based */
  int               phase_day;      /* 1-based day within the phase */
  gint64            result_id;      /* 0 until sampled */
} FyQuarantineTest;

/* Dates computed for phases from a start day. */
typedef struct _FyQuarantinePlan
{
  char             *start_day;
  char             *end_day;
  GPtrArray        *phases;         /* FyQuarantinePhase* with dates */
  GPtrArray        *tests;          /* FyQuarantineTest*, in day order */
} FyQuarantinePlan;

typedef struct _FyQuarantine
{
  gint64             id;
  FyHealthPerson     person;
  gint64             template_id;
  char              *template_code;
  char              *template_name;  /* msgid */
  FyQuarantineReason reason;
  gint64             trip_id;        /* 0 = none */
  char              *place;
  char              *note;
  char              *start_day;
  char              *end_day;
  char              *released_on;    /* NULL while under way */
  char              *release_note;
  char              *released_by;
  GPtrArray         *phases;         /* FyQuarantinePhase* with dates */
  GPtrArray         *tests;          /* FyQuarantineTest* */
} FyQuarantine;

/* What to start. For the "custom" template give the phases (kind, days,
 * test_days; dates ignored); for the others leave them NULL. */
typedef struct
{
  gint64                    staff_id;
  const char               *template_code;
  const char               *start_day;
  FyQuarantineReason        reason;
  const char               *place;
  const char               *note;
  gint64                    trip_id;
  const FyQuarantinePhase  *custom_phases;
  guint                     n_custom_phases;
} FyQuarantineSpec;

const char   *fy_quarantine_kind_to_code       (FyQuarantineKind    kind);   /* = staff status code */
FyQuarantineKind fy_quarantine_kind_from_code  (const char         *code);
const char   *fy_quarantine_kind_label         (FyQuarantineKind    kind);
const char   *fy_quarantine_reason_to_code     (FyQuarantineReason  reason);
FyQuarantineReason fy_quarantine_reason_from_code (const char      *code);
const char   *fy_quarantine_reason_label       (FyQuarantineReason  reason);
/* The translated name of a template. */
const char   *fy_quarantine_template_label     (const FyQuarantineTemplate *tmpl);

GPtrArray    *fy_quarantine_list_templates     (FyStore            *store,
                                                GError            **error);
FyQuarantineTemplate *fy_quarantine_get_template (FyStore          *store,
                                                const char         *code,
                                                GError            **error);

/* Pure date arithmetic (no store): the plan of phases from start_day. Also
 * validates the phases (kinds, 1…60 days, test days within the phase). */
FyQuarantinePlan *fy_quarantine_plan           (const char         *start_day,
                                                const FyQuarantinePhase *phases,
                                                guint               n_phases,
                                                GError            **error);

/* Starts a quarantine in one transaction: plan, planned tests (a sample
 * already taken on a planned day counts), roster status. Refused (nothing
 * written) for an unknown person, someone who had left, someone already
 * under quarantine, a start day in the future, bad phases. */
gboolean      fy_quarantine_start              (FyStore            *store,
                                                const FyQuarantineSpec *spec,
                                                gint64              now,
                                                gint64             *quarantine_id,
                                                GError            **error);
/* Release decision: `day` is the first day back on site (not in the future,
 * not before the start). Before the planned end (day ≤ end_day) a note
 * giving the reason is required. The person is set on site again. */
gboolean      fy_quarantine_release            (FyStore            *store,
                                                gint64              quarantine_id,
                                                const char         *day,
                                                const char         *note,
                                                gint64              now,
                                                GError            **error);
FyQuarantine *fy_quarantine_get                (FyStore            *store,
                                                gint64              quarantine_id,
                                                GError            **error);
/* Quarantines under way (not released), by start day. GPtrArray of FyQuarantine*. */
GPtrArray    *fy_quarantine_list_active        (FyStore            *store,
                                                GError            **error);
/* Quarantines overlapping [from, to] (days; NULL = open), for the ledger view. */
GPtrArray    *fy_quarantine_list              (FyStore            *store,
                                                const char         *from,
                                                const char         *to,
                                                GError            **error);
/* Moves people under way to the status of today's phase (e.g. central →
 * home after the central days). Call at start-up and when the day changes. */
gboolean      fy_quarantine_refresh_status     (FyStore            *store,
                                                guint              *n_changed,
                                                GError            **error);

void          fy_quarantine_phase_free         (FyQuarantinePhase    *phase);
void          fy_quarantine_template_free      (FyQuarantineTemplate *tmpl);
void          fy_quarantine_test_free          (FyQuarantineTest     *test);
void          fy_quarantine_plan_free          (FyQuarantinePlan     *plan);
void          fy_quarantine_free               (FyQuarantine         *quarantine);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyQuarantineTemplate, fy_quarantine_template_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyQuarantinePlan, fy_quarantine_plan_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyQuarantine, fy_quarantine_free)

G_END_DECLS

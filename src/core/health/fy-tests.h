/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-tests.h — nucleic-acid (核酸, PCR) and antigen (抗原) tests: rounds for
 * many people at once, single results, cadence rules and the due / overdue
 * list (the "electronic sentinel").
 *
 * Instants are Unix seconds; `now` is always passed in. The cadence and the
 * due list count nucleic-acid samples only (a pending sample counts: the
 * person was tested). The newest one per person is kept in
 * staff.last_test_at in the same transaction as the sample, so the due list
 * never scans the test table. */
#pragma once

#include <glib.h>

#include "fy-health.h"

G_BEGIN_DECLS

typedef enum
{
  FY_TEST_PCR,
  FY_TEST_ANTIGEN,
  FY_N_TEST_KINDS
} FyTestKind;

typedef enum
{
  FY_RESULT_PENDING,
  FY_RESULT_NEGATIVE,
  FY_RESULT_POSITIVE,
  FY_N_RESULTS
} FyTestOutcome;

/* How a nucleic-acid sample was taken: 单采 or 混采 (several people in one
 * tube). UNKNOWN ("" in the database) = not recorded: samples entered before
 * the column existed, and every antigen test. */
typedef enum
{
  FY_SAMPLING_UNKNOWN,
  FY_SAMPLING_SINGLE,
  FY_SAMPLING_POOLED,
  FY_N_SAMPLINGS
} FyTestSampling;

/* Codes and labels, indexed by the enums (fy-code-label.h). */
extern const FyCodeLabel fy_test_kind_labels[FY_N_TEST_KINDS + 1];
extern const FyCodeLabel fy_test_sampling_labels[FY_N_SAMPLINGS + 1];
extern const FyCodeLabel fy_test_result_labels[FY_N_RESULTS + 1];

/* Where a cadence comes from, most specific first: a rule for the person's
 * post, then for their department, then the high-contact cadence (staff
 * flagged high_contact: guards, cleaners, canteen, logistics, sales), then
 * the company default. DEFAULT and HIGH_CONTACT are the settings
 * "cadence.default_hours" (48) and "cadence.high_contact_hours" (24). */
typedef enum
{
  FY_CADENCE_DEFAULT,
  FY_CADENCE_HIGH_CONTACT,
  FY_CADENCE_DEPARTMENT,
  FY_CADENCE_POST,
} FyCadenceScope;

#define FY_CADENCE_MAX_HOURS 720

typedef struct
{
  FyCadenceScope  scope;
  char           *value;       /* post or department name; "" for the two settings */
  int             hours;
} FyCadenceRule;

typedef enum
{
  FY_DUE_ROUTINE,              /* cadence since the last nucleic-acid sample */
  FY_DUE_QUARANTINE,           /* a planned test day of a quarantine */
} FyDueReason;

/* One line of the due list. Routine: due_at = last sample + cadence; a
 * person never tested has last_sampled_at 0, due_at 0 and counts as
 * overdue. Quarantine: due_at = the planned day's local midnight and it is
 * overdue once that day has passed without a sample. */
typedef struct
{
  FyHealthPerson  person;
  FyDueReason     reason;
  gint64          last_sampled_at;  /* 0 = never */
  int             cadence_hours;    /* routine only */
  gint64          due_at;
  gboolean        overdue;
  int             hours_overdue;    /* whole hours past due_at (routine) or past the planned day's end */
  gint64          quarantine_id;    /* quarantine only */
  char           *planned_day;      /* quarantine only, "YYYY-MM-DD" */
} FyDueTest;

typedef struct _FyTestResult
{
  gint64          id;
  FyHealthPerson  person;
  gint64          sampled_at;
  FyTestKind      kind;
  FyTestOutcome   result;
  gint64          result_at;        /* 0 while pending */
  char           *place;
  gint64          round_id;         /* 0 for a single test */
  FyTestSampling  sampling;
} FyTestResult;

typedef struct _FyTestRound
{
  gint64          id;
  gint64          sampled_at;
  FyTestKind      kind;
  char           *place;
  char           *note;
  guint           n_people;
  guint           n_pending;
  guint           n_negative;
  guint           n_positive;
} FyTestRound;

const char   *fy_test_kind_to_code      (FyTestKind     kind);
FyTestKind    fy_test_kind_from_code    (const char    *code);
const char   *fy_test_kind_label        (FyTestKind     kind);
const char   *fy_test_outcome_to_code   (FyTestOutcome  outcome);
FyTestOutcome fy_test_outcome_from_code (const char    *code);
const char   *fy_test_outcome_label     (FyTestOutcome  outcome);
const char   *fy_test_sampling_to_code  (FyTestSampling sampling);
FyTestSampling fy_test_sampling_from_code (const char   *code);
const char   *fy_test_sampling_label    (FyTestSampling sampling);

/* A round to create: one sample time, kind and place for many people.
 * People: `staff_ids` (gint64; duplicates ignored; anyone who had not left
 * by the sample day, including people under quarantine) or, when NULL,
 * everyone of `filter` who is on site that day. */
typedef struct
{
  gint64                sampled_at;
  FyTestKind            kind;
  const char           *place;
  const char           *note;
  const FyHealthFilter *filter;
  GArray               *staff_ids;
  FyTestSampling        sampling;      /* nucleic acid only; UNKNOWN for antigen */
} FyTestRoundInput;

/* One person's test, with its result if already known (result_at ignored
 * while pending). */
typedef struct
{
  gint64                staff_id;
  gint64                sampled_at;
  FyTestKind            kind;
  const char           *place;
  FyTestOutcome         result;
  gint64                result_at;
  FyTestSampling        sampling;      /* nucleic acid only; UNKNOWN for antigen */
} FyTestRecordInput;

/* Creates a round, everyone pending. One transaction; validated before it
 * (sample time not in the future, place, people). */
gboolean      fy_tests_create_round     (FyStore                *store,
                                         const FyTestRoundInput *input,
                                         gint64                  now,
                                         gint64                 *round_id,
                                         guint                  *n_people,
                                         GError                **error);
gboolean      fy_tests_record           (FyStore                 *store,
                                         const FyTestRecordInput *input,
                                         gint64                   now,
                                         gint64                  *result_id,
                                         GError                 **error);
/* Sets (or corrects, with an audit row) one result. The result time may not
 * be before the sample time nor in the future. */
gboolean      fy_tests_set_result       (FyStore              *store,
                                         gint64                result_id,
                                         FyTestOutcome         result,
                                         gint64                result_at,
                                         gint64                now,
                                         GError              **error);
/* The same, for the window: correcting a result already recorded (not
 * pending) needs a `reason` (NULL = none asked, as fy_tests_set_result),
 * kept in the audit row with the old and the new value. */
gboolean      fy_tests_correct_result   (FyStore              *store,
                                         gint64                result_id,
                                         FyTestOutcome         result,
                                         gint64                result_at,
                                         const char           *reason,
                                         gint64                now,
                                         GError              **error);
/* Gives every still-pending result of a round the same outcome (typically
 * negative, after setting the positives one by one). */
gboolean      fy_tests_round_set_pending (FyStore             *store,
                                         gint64                round_id,
                                         FyTestOutcome         result,
                                         gint64                result_at,
                                         gint64                now,
                                         guint                *n_set,
                                         GError              **error);
FyTestRound  *fy_tests_get_round        (FyStore              *store,
                                         gint64                round_id,
                                         GError              **error);
/* Rounds sampled in [from, to), newest first. GPtrArray of FyTestRound*. */
GPtrArray    *fy_tests_list_rounds      (FyStore              *store,
                                         gint64                from,
                                         gint64                to,
                                         GError              **error);
/* The results of a round, by department, team, name. GPtrArray of FyTestResult*. */
GPtrArray    *fy_tests_list_round       (FyStore              *store,
                                         gint64                round_id,
                                         GError              **error);
/* One person's tests sampled since `since` (a bounded window: the table has
 * no per-person index), newest first. */
GPtrArray    *fy_tests_list_for_staff   (FyStore              *store,
                                         gint64                staff_id,
                                         gint64                since,
                                         GError              **error);

/* Cadence rules. get: the hours of that exact rule (0 if there is none for
 * a post/department). set: for DEFAULT / HIGH_CONTACT one of
 * fy_settings_cadences () (the settings record's choices); for a post or
 * department 1…FY_CADENCE_MAX_HOURS, and 0 removes the rule. */
int           fy_tests_get_cadence      (FyStore              *store,
                                         FyCadenceScope        scope,
                                         const char           *value);
gboolean      fy_tests_set_cadence      (FyStore              *store,
                                         FyCadenceScope        scope,
                                         const char           *value,
                                         int                   hours,
                                         GError              **error);
/* Both settings first, then post and department rules. GPtrArray of FyCadenceRule*. */
GPtrArray    *fy_tests_list_cadence_rules (FyStore            *store,
                                         GError              **error);
/* The cadence that applies to a person, and which rule gave it. */
gboolean      fy_tests_cadence_for_staff (FyStore             *store,
                                         gint64                staff_id,
                                         int                  *hours,
                                         FyCadenceScope       *scope,
                                         GError              **error);

/* Who must be tested by now + due_within_hours: on-site people whose last
 * nucleic-acid sample is older than their cadence at that instant (or who
 * never had one), plus planned quarantine test days up to that instant's
 * day not yet sampled. Ordered by due_at, then department, team, name.
 * GPtrArray of FyDueTest*. */
GPtrArray    *fy_tests_list_due         (FyStore              *store,
                                         gint64                now,
                                         int                   due_within_hours,
                                         const FyHealthFilter *filter,
                                         GError              **error);

void          fy_cadence_rule_free      (FyCadenceRule  *rule);
void          fy_due_test_free          (FyDueTest      *due);
void          fy_test_result_free       (FyTestResult   *result);
void          fy_test_round_free        (FyTestRound    *round);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyDueTest, fy_due_test_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyTestResult, fy_test_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyTestRound, fy_test_round_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyCadenceRule, fy_cadence_rule_free)

G_END_DECLS

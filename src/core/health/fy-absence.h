/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-absence.h — who is not there on a day and why: the absence record
 * (leave 请假, sick leave 病假, business trip 出差, with dates) and the one
 * rule that puts it together with the trips of the travel ledger, the
 * follow-ups that sent someone home and quarantine. Fill-normal, the missing
 * list, the on-site counts and department test rounds leave away people
 * out; the daily entry, the health ledgers and the daily report show the
 * reason instead of a blank.
 *
 * A person is away on a day when: an absence (not cancelled) covers it; a
 * trip has departed by it and the return is not recorded before it; an
 * open follow-up of an earlier day sent them home (回家观察); or a
 * quarantine (or an isolation status set by hand, from today on) covers
 * it. Days are local "YYYY-MM-DD". */
#pragma once

#include <glib.h>

#include "fy-code-label.h"
#include "fy-health.h"
#include "fy-store.h"

G_BEGIN_DECLS

typedef enum
{
  FY_ABSENCE_LEAVE,
  FY_ABSENCE_SICK_LEAVE,
  FY_ABSENCE_BUSINESS_TRIP,
  FY_N_ABSENCE_KINDS
} FyAbsenceKind;

/* Why someone is not there; NONE (code "", "On site") = there. The first three have
 * the codes of FyAbsenceKind. */
typedef enum
{
  FY_AWAY_NONE,
  FY_AWAY_LEAVE,
  FY_AWAY_SICK_LEAVE,
  FY_AWAY_BUSINESS_TRIP,
  FY_AWAY_PRIVATE_TRIP,
  FY_AWAY_SENT_HOME,
  FY_AWAY_QUARANTINE,
  FY_N_AWAY_REASONS
} FyAwayReason;

/* Codes and labels, indexed by the enums (fy-code-label.h). */
extern const FyCodeLabel fy_absence_kind_labels[FY_N_ABSENCE_KINDS + 1];
extern const FyCodeLabel fy_away_reason_labels[FY_N_AWAY_REASONS + 1];

/* The longest absence one record may cover, in days. */
#define FY_ABSENCE_MAX_DAYS 366

/* What to record. Strings are borrowed. */
typedef struct
{
  FyAbsenceKind  kind;
  const char    *start_day;       /* may be in the future: leave is planned */
  const char    *end_day;
  gint64         trip_id;         /* the registered trip of a business trip, else 0 */
  const char    *note;
} FyAbsenceSpec;

typedef struct _FyAbsence
{
  gint64          id;
  FyHealthPerson  person;
  FyAbsenceKind   kind;
  char           *start_day;
  char           *end_day;
  gint64          trip_id;
  char           *note;
  gint64          created_at;
  char           *created_by;
} FyAbsence;

/* A person not there on a day, with the reason and, when known, the last
 * day of the absence ("" when open-ended). */
typedef struct
{
  FyHealthPerson  person;
  FyAwayReason    reason;
  char           *until;
} FyAwayPerson;

const char   *fy_absence_kind_to_code    (FyAbsenceKind     kind);
FyAbsenceKind fy_absence_kind_from_code  (const char       *code);
const char   *fy_absence_kind_label      (FyAbsenceKind     kind);
FyAwayReason  fy_away_reason_from_code   (const char       *code);
/* Translated; "" for NONE. */
const char   *fy_away_reason_label       (FyAwayReason      reason);

/* Records an absence (validated first: the kind, real days in order, at
 * most FY_ABSENCE_MAX_DAYS, a person in the roster who had not left by the
 * start, no other absence of theirs overlapping, a trip of the same person
 * for a business trip). One transaction with an audit row; emits
 * FY_STORE_CHANGE_ABSENCE | FY_STORE_CHANGE_HEALTH. */
gboolean      fy_absence_record          (FyStore             *store,
                                          gint64               staff_id,
                                          const FyAbsenceSpec *spec,
                                          gint64               now,
                                          gint64              *absence_id,
                                          GError             **error);
/* Cancels a wrong record (kept, with who and when). */
gboolean      fy_absence_cancel          (FyStore             *store,
                                          gint64               absence_id,
                                          gint64               now,
                                          GError             **error);
FyAbsence    *fy_absence_get             (FyStore             *store,
                                          gint64               absence_id,
                                          GError             **error);
/* Absences (not cancelled) overlapping [from, to] ("" or NULL = no bound),
 * by start day. GPtrArray of FyAbsence*. */
GPtrArray    *fy_absence_list            (FyStore             *store,
                                          const char          *from,
                                          const char          *to,
                                          GError             **error);
/* Everyone of the filter in the roster on `day` who is away, with the
 * strongest reason (quarantine, sick leave, sent home, leave, business
 * trip, private trip), by department, team, name. GPtrArray of
 * FyAwayPerson*. */
GPtrArray    *fy_absence_list_away       (FyStore             *store,
                                          const char          *day,
                                          const FyHealthFilter *filter,
                                          GError             **error);
/* The same as counts per reason (counts[FY_AWAY_NONE] stays 0). */
gboolean      fy_absence_count_away      (FyStore             *store,
                                          const char          *day,
                                          guint                counts[FY_N_AWAY_REASONS],
                                          GError             **error);

void          fy_absence_free            (FyAbsence           *absence);
void          fy_away_person_free        (FyAwayPerson        *away);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyAbsence, fy_absence_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyAwayPerson, fy_away_person_free)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-trips.h — the travel ledger (行程台账): trips out of the city registered
 * before leaving (备案) with destination, risk level, dates and who travels
 * along (household members 共同生活者 included); the return is recorded, and
 * a return from a medium- or high-risk area starts a quarantine in the same
 * transaction. */
#pragma once

#include <glib.h>

#include "fy-health.h"

G_BEGIN_DECLS

typedef enum
{
  FY_TRIP_BUSINESS,
  FY_TRIP_PRIVATE,
  FY_N_TRIP_PURPOSES
} FyTripPurpose;

typedef enum
{
  FY_RISK_LOW,
  FY_RISK_MEDIUM,
  FY_RISK_HIGH,
  FY_N_RISKS
} FyRiskLevel;

/* Codes and labels, indexed by the enums (fy-code-label.h). */
extern const FyCodeLabel fy_trip_purpose_labels[FY_N_TRIP_PURPOSES + 1];
extern const FyCodeLabel fy_trip_risk_labels[FY_N_RISKS + 1];

typedef enum
{
  FY_TRANSPORT_UNKNOWN,
  FY_TRANSPORT_TRAIN,
  FY_TRANSPORT_FLIGHT,
  FY_TRANSPORT_CAR,
  FY_TRANSPORT_COACH,
  FY_TRANSPORT_OTHER,
  FY_N_TRANSPORTS
} FyTransport;

/* The nucleic-acid test before coming back. */
typedef enum
{
  FY_RETURN_TEST_UNKNOWN,
  FY_RETURN_TEST_NEGATIVE,
  FY_RETURN_TEST_POSITIVE,
  FY_RETURN_TEST_NOT_DONE,
  FY_N_RETURN_TESTS
} FyReturnTest;

/* Codes and labels, indexed by the enums ("" = not recorded first). */
extern const FyCodeLabel fy_transport_labels[FY_N_TRANSPORTS + 1];
extern const FyCodeLabel fy_return_test_labels[FY_N_RETURN_TESTS + 1];

typedef enum
{
  FY_COMPANION_HOUSEHOLD,
  FY_COMPANION_COLLEAGUE,
  FY_COMPANION_OTHER,
  FY_N_COMPANION_RELATIONS
} FyCompanionRelation;

#define FY_TRIP_MAX_COMPANIONS 20

/* Default quarantine rules for a return (settings override them). */
#define FY_TRIP_TEMPLATE_MEDIUM "home_7"
#define FY_TRIP_TEMPLATE_HIGH   "central_5_home_3"

typedef struct
{
  char                *name;
  FyCompanionRelation  relation;
  gint64               staff_id;     /* a colleague in the roster, else 0 */
} FyTripCompanion;

/* What to register. Strings are borrowed. */
typedef struct
{
  FyTripPurpose          purpose;
  const char            *destination;
  FyRiskLevel            risk;
  const char            *depart_on;          /* may be in the future: registered before leaving */
  const char            *planned_return_on;
  const char            *note;
  const FyTripCompanion *companions;
  guint                  n_companions;
  FyTransport            transport;
  const char            *transport_no;       /* train / flight / plate number */
} FyTripSpec;

typedef struct _FyTrip
{
  gint64           id;
  FyHealthPerson   person;
  FyTripPurpose    purpose;
  char            *destination;
  FyRiskLevel      risk;
  char            *depart_on;
  char            *planned_return_on;
  char            *returned_on;        /* NULL while away */
  FyRiskLevel      return_risk;        /* valid when returned_on is set */
  char            *note;
  gint64           registered_at;
  gboolean         registered_late;    /* registered after the departure day */
  gint64           quarantine_id;      /* started by the return, else 0 */
  GPtrArray       *companions;         /* FyTripCompanion* */
} FyTrip;

const char   *fy_trip_purpose_to_code     (FyTripPurpose        purpose);
FyTripPurpose fy_trip_purpose_from_code   (const char          *code);
const char   *fy_trip_purpose_label       (FyTripPurpose        purpose);
const char   *fy_risk_level_to_code       (FyRiskLevel          risk);
FyRiskLevel   fy_risk_level_from_code     (const char          *code);
const char   *fy_risk_level_label         (FyRiskLevel          risk);
const char   *fy_companion_relation_to_code (FyCompanionRelation relation);
FyCompanionRelation fy_companion_relation_from_code (const char *code);
const char   *fy_companion_relation_label (FyCompanionRelation  relation);

/* Registers a trip (validated first; one transaction). Refused for someone
 * who had left by the departure day. */
gboolean      fy_trips_register           (FyStore             *store,
                                           gint64               staff_id,
                                           const FyTripSpec    *spec,
                                           gint64               now,
                                           gint64              *trip_id,
                                           GError             **error);
/* Records the return on `returned_on` (not in the future, not before the
 * departure) with the risk level of where they came back from. A medium or
 * high risk starts a quarantine from the return day, reason "returnee",
 * with `template_code` or, when NULL, the setting
 * "trips.quarantine_template.medium" / ".high" (defaults above); a template
 * given explicitly also starts one after a low-risk trip. *quarantine_id
 * (may be NULL) is 0 when none was started. All in one transaction. */
typedef struct
{
  gint64               trip_id;
  const char          *returned_on;
  FyRiskLevel          return_risk;
  const char          *template_code;   /* NULL = from the settings */
  FyCodeColour         code_colour;     /* health code on return (FY_CODE_UNKNOWN = not recorded) */
  FyReturnTest         test;            /* the test before coming back */
} FyTripReturn;
gboolean      fy_trips_record_return      (FyStore             *store,
                                           const FyTripReturn  *ret,
                                           gint64               now,
                                           gint64              *quarantine_id,
                                           GError             **error);
FyTrip       *fy_trips_get                (FyStore             *store,
                                           gint64               trip_id,
                                           GError             **error);
/* Trips overlapping [from, to] (a trip not back yet runs until today or
 * its planned return, whichever is later), by departure. GPtrArray of FyTrip*. */
GPtrArray    *fy_trips_list               (FyStore             *store,
                                           const char          *from,
                                           const char          *to,
                                           GError             **error);

void          fy_trip_companion_free      (FyTripCompanion     *companion);
void          fy_trip_free                (FyTrip              *trip);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyTrip, fy_trip_free)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate.h — the gate (门岗): visitors and trucks declared ahead, checked at
 * arrival against the rules (fever line, health-code colour, test age, risk
 * travel, people and vehicle as declared), logged in and out; who and which
 * trucks are inside now; the register of business events over 200 people.
 *
 * Outsiders are kept once (table outsider) and found again by ID number or
 * phone. A visit keeps what was true at its gate check. Every write
 * validates first (FY_ERROR_INVALID, a translated sentence naming the field,
 * nothing written), runs in one transaction, stamps the current operator
 * (fy_store_get_actor) and emits FY_STORE_CHANGE_GATE. ID numbers and phones
 * go through fy-validate.h (the roster's rules); audit rows mask them. */
#pragma once

#include <glib.h>

#include "fy-code-label.h"
#include "fy-health.h"     /* FyCodeColour */
#include "fy-tests.h"      /* FyTestOutcome */
#include "fy-trips.h"      /* FyRiskLevel */
#include "fy-store.h"

G_BEGIN_DECLS

typedef enum
{
  FY_GATE_VISITOR,
  FY_GATE_TRUCK,
  FY_GATE_N_KINDS
} FyGateKind;

typedef enum
{
  FY_GATE_EXPECTED,     /* declared, not arrived */
  FY_GATE_INSIDE,       /* admitted, not left */
  FY_GATE_LEFT,
  FY_GATE_REFUSED,      /* turned away at the gate */
  FY_GATE_CANCELLED,    /* the declaration was withdrawn */
  FY_GATE_N_STATUSES
} FyGateStatus;

/* Why the rules propose to refuse; stored as bits with the visit. */
typedef enum
{
  FY_GATE_REASON_FEVER          = 1 << 0,  /* the last reading of someone ≥ the fever line */
  FY_GATE_REASON_CODE           = 1 << 1,  /* yellow or red code, or not shown */
  FY_GATE_REASON_NO_TEST        = 1 << 2,  /* no test on record */
  FY_GATE_REASON_TEST_OLD       = 1 << 3,  /* sampled more than rules.test_max_hours before now */
  FY_GATE_REASON_TEST_POSITIVE  = 1 << 4,  /* or still pending */
  FY_GATE_REASON_TRAVEL         = 1 << 5,  /* medium / high risk area in the last 7 days */
  FY_GATE_REASON_UNDECLARED_PERSON = 1 << 6, /* someone not on the declaration */
  FY_GATE_REASON_PLATE          = 1 << 7,  /* plate differs from the declared one */
  FY_GATE_N_REASONS             = 8
} FyGateReason;

/* Facts about a visit that are shown, not refused. */
typedef enum
{
  FY_GATE_FLAG_UNDECLARED  = 1 << 0,   /* registered on the spot: 未预约 */
  FY_GATE_FLAG_LATE        = 1 << 1,   /* a truck declared less than rules.notice_hours ahead */
  FY_GATE_FLAG_OVERRIDDEN  = 1 << 2,   /* the officer decided against the proposal (override_reason) */
  FY_GATE_FLAG_OVERSTAY    = 1 << 3,   /* computed, never stored: inside past the dwell limit */
  FY_GATE_N_FLAGS          = 4
} FyGateFlag;

typedef enum
{
  FY_GATE_ROLE_VISITOR,   /* position 0 of a visitor visit */
  FY_GATE_ROLE_COMPANION, /* came with a visitor */
  FY_GATE_ROLE_DRIVER,    /* position 0 of a truck */
  FY_GATE_ROLE_RIDER,     /* 随车人员 */
  FY_GATE_N_ROLES
} FyGateRole;

/* Codes and labels, indexed by the enums; reasons and flags entry i for
 * the bit 1 << i (fy-code-label.h). */
extern const FyCodeLabel fy_gate_kind_labels[FY_GATE_N_KINDS + 1];
extern const FyCodeLabel fy_gate_status_labels[FY_GATE_N_STATUSES + 1];
extern const FyCodeLabel fy_gate_reason_labels[FY_GATE_N_REASONS + 1];
extern const FyCodeLabel fy_gate_flag_labels[FY_GATE_N_FLAGS + 1];

/* A truck's vehicle type (车型): FyGateVisit.vehicle_type holds the code. */
typedef enum
{
  FY_GATE_VEHICLE_BOX,           /* 厢式货车 */
  FY_GATE_VEHICLE_LIGHT_BOX,     /* 轻型厢式货车 */
  FY_GATE_VEHICLE_STAKE,         /* 仓栅式货车 */
  FY_GATE_VEHICLE_REFRIGERATED,  /* 冷藏车 */
  FY_GATE_VEHICLE_SEMI_TRAILER,  /* 半挂牵引车 */
  FY_GATE_VEHICLE_TANKER,        /* 罐式货车 */
  FY_GATE_VEHICLE_FLATBED,       /* 平板货车 */
  FY_GATE_VEHICLE_DUMP,          /* 自卸货车 */
  FY_GATE_VEHICLE_OTHER,
  FY_GATE_N_VEHICLES
} FyGateVehicle;

extern const FyCodeLabel fy_gate_vehicle_labels[FY_GATE_N_VEHICLES + 1];
/* The translated label of a vehicle-type code; "" for none or unknown. */
const char *fy_gate_vehicle_label (const char *code);

/* Translated labels of the set bits joined by "；" ("" for none). Owned. */
char *fy_gate_reasons_text (guint reasons);
char *fy_gate_flags_text   (guint flags);

/* The rules in force (company settings, Preferences). */
typedef struct
{
  int fever_line;        /* tenths of °C: the company setting "fever_line" (fy-settings.h) */
  int test_max_hours;    /* "gate.test_max_hours", default 48, 12–168 */
  int notice_hours;      /* "gate.notice_hours", trucks declared this far ahead, default 24, 0–168 */
  int truck_dwell_min;   /* "gate.truck_dwell_min", default 60, 10–1440 */
  int visitor_dwell_min; /* "gate.visitor_dwell_min", default 480, 10–1440 */
} FyGateRules;

void     fy_gate_rules_load (FyStore           *store,
                             FyGateRules       *rules);
/* Validates the ranges above (the fever line is not saved here). */
gboolean fy_gate_rules_save (FyStore           *store,
                             const FyGateRules *rules,
                             GError           **error);

/* One person of a visit, with what they showed at the gate. */
typedef struct
{
  gint64        outsider_id;    /* 0 = not known yet: found or added by ID number / phone when saved */
  FyGateRole    role;
  char         *name;
  char         *id_number;      /* normalised, "" = not given */
  char         *phone;          /* 11 digits, "" = not given (one of the two is required) */
  char         *company;
  int           vaccine_doses;  /* -1 = not known */
  FyRiskLevel   travel_risk;    /* highest risk of the last 7 days */
  char         *travel_note;    /* where, free text */
  FyCodeColour  code;           /* FY_CODE_UNKNOWN = not shown */
  gint64        test_at;        /* sample time, 0 = no test */
  FyTestOutcome test_result;
  int           temp1;          /* tenths of °C, 0 = not taken */
  int           temp2;          /* a re-take, 0 = none; when set it is the reading that counts */
  gboolean      declared;       /* on the declaration; FALSE = added at the gate */
} FyGatePerson;

FyGatePerson *fy_gate_person_new  (FyGateRole          role);
FyGatePerson *fy_gate_person_copy (const FyGatePerson *person);
void          fy_gate_person_free (FyGatePerson       *person);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyGatePerson, fy_gate_person_free)

typedef struct
{
  gint64        id;              /* 0 until saved */
  FyGateKind    kind;
  FyGateStatus  status;
  gint64        planned_at;      /* planned arrival */
  gint64        declared_at;     /* 0 = not declared (未预约) */
  char         *declared_by;
  /* Visitors */
  char         *purpose;
  gint64        host_staff_id;   /* 0 = none */
  char         *host_name;       /* filled from the roster when saved */
  char         *host_department;
  GArray       *area_ids;        /* gint64: zone areas a visitor may enter */
  GPtrArray    *area_names;      /* char*, read from the store, parallel to area_ids */
  char         *plate;           /* normalised, "" = none (a visitor on foot) */
  /* Trucks */
  char         *vehicle_type;
  char         *origin;
  char         *route;
  char         *cargo;
  gint64        unload_area_id;  /* a loading-dock area, 0 = none */
  gint64        unload_point_id; /* a truck-loading symbol in it, 0 = the whole area */
  char         *unload_name;     /* filled in when saved */
  /* People: [0] the visitor or the driver */
  GPtrArray    *people;          /* FyGatePerson* */
  /* The gate */
  gint64        arrived_at;      /* 0 = not arrived */
  gint64        left_at;         /* 0 = not left */
  guint         reasons;         /* FyGateReason bits found at the check */
  guint         flags;           /* FyGateFlag bits */
  char         *override_reason;
  char         *checked_by;
  int           stayed_in_cab;   /* trucks: -1 not recorded, 0 no, 1 yes */
  gint64        disinfection_entry_id; /* the vehicle's disinfection, 0 = none */
  char         *handover_ours;
  char         *handover_theirs;
  char         *left_by;
  char         *note;
  char         *cancelled_reason;
} FyGateVisit;

FyGateVisit *fy_gate_visit_new  (FyGateKind         kind);
FyGateVisit *fy_gate_visit_copy (const FyGateVisit *visit);
void         fy_gate_visit_free (FyGateVisit       *visit);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyGateVisit, fy_gate_visit_free)

/* Store-free checks of a declaration or a gate registration: a plate
 * (fy_validate_plate, allow_other for military or embassy plates; required for a truck), ID numbers and phones
 * (fy_validate_id_number / fy_validate_phone, one of the two per person),
 * names, a driver, no test sampled after `now`, temperatures in range, a
 * visitor's purpose and host. Normalises the fields in place. */
gboolean fy_gate_visit_validate (FyGateVisit  *visit,
                                 gint64        now,
                                 GError      **error);

/* ---- Rules ---------------------------------------------------------------- */

/* The proposal for the people and vehicle at the gate (`at_gate`) against
 * their declaration (`declared`, NULL when there is none) at `now`:
 * returns FyGateReason bits, 0 = admit. Pure: no store. A person is
 * matched to the declaration by ID number, else phone. */
guint    fy_gate_evaluate       (const FyGateRules *rules,
                                 const FyGateVisit *declared,
                                 const FyGateVisit *at_gate,
                                 gint64             now);
/* TRUE when `a` and `b` are the same person: the same ID number, or (when
 * either has none) the same phone. Both already normalised. */
gboolean fy_gate_same_person    (const FyGatePerson *a,
                                 const FyGatePerson *b);
/* TRUE when a truck declared at `declared_at` for `planned_at` was declared
 * less than rules->notice_hours ahead. */
gboolean fy_gate_is_late_declaration (const FyGateRules *rules,
                                      gint64             declared_at,
                                      gint64             planned_at);

/* ---- Declarations ------------------------------------------------------- */

/* Inserts (id 0) or replaces an expected visit, status EXPECTED. A new
 * one gets declared_at = `now`, declared_by the operator; an edit keeps
 * the first declaration's time and author (lateness is measured from it
 * to the planned arrival, which the edit may move). A planned arrival on a day
 * already past is refused; a truck declared late gets FY_GATE_FLAG_LATE.
 * People are found (ID number, else phone) or added to the outsiders, and
 * their details (name, company, vaccination) updated. Sets the ids. */
gboolean fy_gate_declare        (FyStore      *store,
                                 FyGateVisit  *visit,
                                 gint64        now,
                                 GError      **error);
/* Withdraws an expected visit (kept, status CANCELLED, with the reason). */
gboolean fy_gate_cancel         (FyStore      *store,
                                 gint64        visit_id,
                                 const char   *reason,
                                 GError      **error);

/* A person seen before, by exact ID number or phone (normalised here):
 * their outsider details and, from their latest visit, the company,
 * vaccination, and (for a repeat visitor) the host, purpose and areas in
 * `last_visit` (may be NULL). Returns NULL without error when unknown. */
FyGatePerson *fy_gate_find_outsider (FyStore      *store,
                                     const char   *id_or_phone,
                                     FyGateVisit **last_visit,
                                     GError      **error);

/* ---- The gate ---------------------------------------------------------- */

/* Visits planned for local day `day` (YYYY-MM-DD) that are still expected,
 * plus earlier expected ones of the last 24 h, by planned time (owned). */
GPtrArray   *fy_gate_list_expected (FyStore     *store,
                                    const char  *day,
                                    GError     **error);
/* Expected visits of `day` (as above) and people inside whose plate,
 * name, phone or ID number's last 4+ characters match `query` (normalised,
 * at least 2 characters; a name matches from its start or anywhere for 2+
 * CJK characters), best match first (owned). */
GPtrArray   *fy_gate_search        (FyStore     *store,
                                    const char  *day,
                                    const char  *query,
                                    GError     **error);
FyGateVisit *fy_gate_get           (FyStore     *store,
                                    gint64       visit_id,
                                    GError     **error);

/* What the officer confirms at the gate. `visit` is the declared visit as
 * now seen at the gate (id of an EXPECTED visit), or a new one (id 0)
 * registered on the spot, which gets FY_GATE_FLAG_UNDECLARED. Its people
 * carry the temperatures and what they showed. */
typedef struct
{
  FyGateVisit *visit;
  gboolean     admit;             /* the officer's decision */
  const char  *override_reason;   /* required when admit differs from the rules' proposal */
  gint64       at;                /* time in (or of the refusal) */
  gint64       now;               /* the time it is, for "not in the future": 0 = fy_now () */
  /* Trucks, when admitted: the vehicle and goods disinfected at the gate.
   * When set, a disinfection entry is written in the same transaction
   * (fy_disinfection_add_entries' rules) for the unloading area (or
   * `disinfection_area_id` when the visit has none), executor the operator,
   * and its id kept on the visit. */
  gboolean     disinfected;
  gint64       disinfection_area_id;
  int          disinfection_product;  /* FyDisinfectant */
  int          disinfection_concentration;
  int          disinfection_contact_min;
} FyGateCheckIn;

/* Evaluates the rules again (never trusts a proposal computed earlier),
 * refuses an admission against them without an override reason, and
 * writes the visit INSIDE (or REFUSED) with its reasons, flags, people and
 * temperatures, `at` and the operator, in one transaction. Sets the ids. */
gboolean fy_gate_check_in       (FyStore            *store,
                                 const FyGateCheckIn *check,
                                 GError            **error);
/* Time out (≥ time in, ≤ `now` + 5 min), the hand-over signatures (a
 * truck needs both: the plant's and the carrier's), the operator as
 * left_by. */
gboolean fy_gate_check_out      (FyStore      *store,
                                 gint64        visit_id,
                                 gint64        at,
                                 const char   *handover_ours,
                                 const char   *handover_theirs,
                                 gint64        now,
                                 GError      **error);
/* Visits INSIDE at `now`, longest first; FY_GATE_FLAG_OVERSTAY set on those
 * past their dwell limit (owned). */
GPtrArray   *fy_gate_list_inside   (FyStore     *store,
                                    gint64       now,
                                    GError     **error);
/* Minutes inside: to left_at, or to `now` while inside; -1 if not arrived. */
int          fy_gate_dwell_minutes (const FyGateVisit *visit,
                                    gint64             now);

/* Arrivals of local day `day` (Today, the daily report). */
typedef struct
{
  int visitor_people;   /* 访客人次: people admitted with visitor visits */
  int visitor_visits;
  int trucks;           /* 车次: trucks admitted */
  int truck_people;     /* drivers and co-riders admitted */
  int refused;          /* visits refused */
  int undeclared;       /* arrivals without declaration */
  int late;             /* trucks declared late */
  int inside_now;       /* visits inside at the end of the day (or now, for today) */
  int overstay;         /* of those, past their dwell limit */
  int expected_left;    /* still expected (not arrived) */
} FyGateDayCounts;

gboolean     fy_gate_day_counts    (FyStore          *store,
                                    const char       *day,
                                    gint64            now,
                                    FyGateDayCounts  *counts,
                                    GError          **error);

/* ---- Events over 200 people ---------------------------------------------- */

#define FY_GATE_EVENT_MIN_PEOPLE     200
#define FY_GATE_EVENT_APPROVAL_DAYS  7

typedef struct
{
  gint64  id;          /* 0 until saved */
  char   *name;
  char   *held_on;     /* YYYY-MM-DD */
  int     headcount;
  char   *approved_on; /* YYYY-MM-DD, NULL = not on file */
  char   *authority;   /* who approved; required with approved_on */
  char   *note;
} FyGateEvent;

FyGateEvent *fy_gate_event_new  (void);
void         fy_gate_event_free (FyGateEvent *event);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyGateEvent, fy_gate_event_free)

/* TRUE when the event is 7 days away or nearer (and not past) on `today`
 * and has no approval on file: the register and Today warn. */
gboolean     fy_gate_event_needs_approval (const FyGateEvent *event,
                                           const char        *today);
gboolean     fy_gate_event_save   (FyStore      *store,
                                   FyGateEvent  *event,
                                   GError      **error);
gboolean     fy_gate_event_delete (FyStore      *store,
                                   gint64        event_id,
                                   GError      **error);
/* Events from `from` on (NULL = all), by day (owned). */
GPtrArray   *fy_gate_event_list   (FyStore      *store,
                                   const char   *from,
                                   GError      **error);

G_END_DECLS

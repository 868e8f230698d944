/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-health.h — daily health monitoring (健康监测): temperatures twice a day,
 * the "normal, no symptoms" fill, the missing list, the per-day entry grid,
 * follow-ups of abnormal readings and credibility flags.
 *
 * Days are canonical local dates "YYYY-MM-DD"; instants (`now`, entered_at)
 * are Unix seconds passed in by the caller so everything is testable.
 * "Today" is fy_today () (honours FANGYI_TODAY).
 *
 * Who may get a reading on a day: a person in the roster who had not left by
 * that day (staff.left_on) and whom no quarantine covers on that day (from
 * its start until the day it is released). Others are refused with a
 * specific FY_ERROR_INVALID message, and fill-normal skips them. */
#pragma once

#include <glib.h>

#include "fy-code-label.h"
#include "fy-store.h"
#include "fy-staff.h"

G_BEGIN_DECLS

typedef enum
{
  FY_SESSION_MORNING = 0,
  FY_SESSION_AFTERNOON = 1,
} FyHealthSession;

/* A session ends at noon (morning) or midnight (afternoon); an entry made
 * more than the setting "health.late_hours" (default 12) after that end is
 * flagged as a late entry (补录). */
#define FY_HEALTH_MORNING_END_HOUR    12
#define FY_HEALTH_AFTERNOON_END_HOUR  24
#define FY_HEALTH_DEFAULT_LATE_HOURS  12
/* Identical measured values on this many consecutive days are flagged. */
#define FY_HEALTH_SAME_VALUE_DAYS     7
/* Used when the setting "fever_line" is missing or out of its range
 * (FY_SETTINGS_FEVER_LINE_MIN…MAX, fy-settings.h). */
#define FY_HEALTH_DEFAULT_FEVER_LINE  373

typedef enum
{
  FY_READING_NONE,               /* no entry */
  FY_READING_MEASURED,
  FY_READING_NORMAL_UNMEASURED,  /* "normal, no symptoms": no number stored */
} FyReadingStatus;

typedef enum
{
  FY_METHOD_UNKNOWN,
  FY_METHOD_AXILLARY,            /* 腋温 */
  FY_METHOD_FOREHEAD,            /* 额温 */
  FY_METHOD_EAR,                 /* 耳温 */
  FY_N_METHODS
} FyTempMethod;

typedef enum
{
  FY_CODE_UNKNOWN,
  FY_CODE_GREEN,
  FY_CODE_YELLOW,
  FY_CODE_RED,
  FY_N_CODES
} FyCodeColour;

/* Health inquiry answers. Stored as codes joined by ',' in this order. */
typedef enum
{
  FY_SYMPTOM_NONE        = 0,
  FY_SYMPTOM_FEVERISH    = 1 << 0,   /* feels feverish / chills */
  FY_SYMPTOM_COUGH       = 1 << 1,
  FY_SYMPTOM_SORE_THROAT = 1 << 2,
  FY_SYMPTOM_FATIGUE     = 1 << 3,
  FY_SYMPTOM_BREATHING   = 1 << 4,   /* shortness of breath */
  FY_SYMPTOM_DIARRHOEA   = 1 << 5,   /* diarrhoea / vomiting */
  FY_SYMPTOM_TASTE_SMELL = 1 << 6,   /* loss of taste or smell */
  FY_SYMPTOM_OTHER       = 1 << 7,
  FY_SYMPTOM_ALL         = (1 << 8) - 1,
} FySymptoms;
#define FY_N_SYMPTOMS 8

/* Codes and labels (fy-code-label.h): colours indexed by FyCodeColour
 * ("" = not checked first); symptoms, entry i for the flag 1 << i. */
extern const FyCodeLabel fy_code_colour_labels[FY_N_CODES + 1];
extern const FyCodeLabel fy_symptom_labels[FY_N_SYMPTOMS + 1];

/* Why a reading needs follow-up. */
typedef enum
{
  FY_ABNORMAL_NONE     = 0,
  FY_ABNORMAL_FEVER    = 1 << 0,     /* temperature ≥ the fever line stored with it */
  FY_ABNORMAL_SYMPTOMS = 1 << 1,
  FY_ABNORMAL_CODE     = 1 << 2,     /* yellow or red health code */
} FyAbnormal;

typedef enum
{
  FY_FOLLOW_UP_ACTION_NONE,
  FY_FOLLOW_UP_ACTION_OBSERVATION_POINT,  /* 临时观察点 */
  FY_FOLLOW_UP_ACTION_FEVER_CLINIC,       /* 发热门诊 */
  FY_FOLLOW_UP_ACTION_HOME,               /* 回家观察 */
  FY_N_FOLLOW_UP_ACTIONS
} FyFollowUpAction;

/* Department / team filter shared by the health functions; NULL or "" =
 * any. A NULL filter pointer means everyone. */
typedef struct
{
  const char *department;
  const char *team;
} FyHealthFilter;

/* What the user entered for one person and session. Zero-initialise it
 * (FyReadingEntry e = { 0 };) and fill what is known. */
typedef struct
{
  const char       *temperature;        /* as typed ("36.5", "３６．５"); NULL → use tenths */
  int               tenths;             /* used when temperature is NULL */
  gboolean          normal_unmeasured;  /* "normal, no symptoms" without a number */
  FySymptoms        symptoms;
  FyCodeColour      code_colour;
  FyTempMethod      method;
  const char       *note;
} FyReadingEntry;

/* Whose reading, which day (YYYY-MM-DD; NULL = today) and which session. */
typedef struct
{
  gint64            staff_id;
  const char       *day;
  FyHealthSession   session;
} FyReadingSlot;

/* A stored reading as shown in the grid. status NONE = no entry, and then
 * every other field is empty. Temperatures are tenths of °C or -1. */
typedef struct
{
  FyReadingStatus   status;
  int               temp_tenths;
  int               recheck_tenths;
  int               fever_line;
  FySymptoms        symptoms;
  FyCodeColour      code_colour;
  FyTempMethod      method;
  FyAbnormal        abnormal;
  gint64            entered_at;
  gboolean          late;               /* entered long after the session (补录) */
  char             *entered_by;
  char             *note;
} FyReading;

/* A person in a list (missing list, grid, follow-ups, flags). */
typedef struct
{
  gint64            staff_id;
  char             *employee_no;
  char             *name;
  char             *department;
  char             *team;
  char             *post;
} FyHealthPerson;

/* One row of the per-day entry grid. */
typedef struct
{
  FyHealthPerson    person;
  FyStaffStatus     status;             /* current roster status */
  gboolean          quarantined;        /* a quarantine covers this day */
  gboolean          left;               /* had left by this day */
  int               away;               /* FyAwayReason (fy-absence.h), 0 = there */
  FyReading         readings[2];        /* [FY_SESSION_MORNING], [FY_SESSION_AFTERNOON] */
} FyHealthDayRow;

typedef struct _FyFollowUp
{
  gint64            id;
  FyHealthPerson    person;
  char             *day;
  FyHealthSession   session;
  FyAbnormal        reasons;
  int               temp_tenths;        /* -1 if none */
  int               fever_line;
  int               recheck_tenths;     /* -1 if none */
  FySymptoms        symptoms;
  FyCodeColour      code_colour;
  FyFollowUpAction  action;
  char             *note;
  gint64            opened_at;
  gint64            closed_at;          /* 0 = still open */
  char             *closed_by;
} FyFollowUp;

typedef enum
{
  FY_FLAG_SAME_VALUE,     /* same measured value on FY_HEALTH_SAME_VALUE_DAYS days in a row */
  FY_FLAG_LATE_ENTRY,     /* entered long after the session (补录) */
} FyHealthFlagKind;

typedef struct
{
  FyHealthFlagKind  kind;
  FyHealthPerson    person;
  char             *day;
  FyHealthSession   session;            /* late entry: its session */
  int               temp_tenths;        /* the repeated value, or the late entry's (-1 none) */
  gint64            entered_at;         /* late entry */
  int               hours_late;         /* late entry: whole hours after the session's end */
} FyHealthFlag;

/* Codes and translated labels. */
const char   *fy_temp_method_to_code      (FyTempMethod     method);
FyTempMethod  fy_temp_method_from_code    (const char      *code);
const char   *fy_temp_method_label        (FyTempMethod     method);
const char   *fy_code_colour_to_code      (FyCodeColour     colour);
FyCodeColour  fy_code_colour_from_code    (const char      *code);
const char   *fy_code_colour_label        (FyCodeColour     colour);
const char   *fy_follow_up_action_to_code (FyFollowUpAction action);
FyFollowUpAction fy_follow_up_action_from_code (const char *code);
const char   *fy_follow_up_action_label   (FyFollowUpAction action);
const char   *fy_health_session_label     (FyHealthSession  session);
/* "cough,fatigue" ⇄ flags; unknown codes are ignored. Owned. */
char         *fy_symptoms_to_codes        (FySymptoms       symptoms);
FySymptoms    fy_symptoms_from_codes      (const char      *codes);
/* Translated, joined with "、" ("" for none). Owned. */
char         *fy_symptoms_label           (FySymptoms       symptoms);
const char   *fy_symptom_label            (FySymptoms       one_symptom);

/* The fever line now in force (setting "fever_line", tenths of °C). */
int           fy_health_get_fever_line    (FyStore         *store);
/* The setting "health.late_hours" (default FY_HEALTH_DEFAULT_LATE_HOURS). */
int           fy_health_get_late_hours    (FyStore         *store);
/* The instant a session ends (local time). */
gint64        fy_health_session_end       (const char      *day,
                                           FyHealthSession  session);

/* Records (or corrects) one reading in one transaction. Validates first:
 * the temperature (text rules of fy_validate_temperature, or the range for
 * tenths), the day (a real date, not after today), the person (exists, had
 * not left, not under quarantine that day); nothing is written on failure.
 * A new reading stores the fever line in force now; a correction keeps the
 * line stored with the reading and the trigger keeps the old values in
 * reading_history. An abnormal reading opens a follow-up (if none exists
 * for it yet); *abnormal (may be NULL) tells why. Emits "changed" (FY_STORE_CHANGE_HEALTH). */
gboolean      fy_health_record            (FyStore              *store,
                                           const FyReadingSlot  *slot,
                                           const FyReadingEntry *entry,
                                           gint64                now,
                                           FyAbnormal           *abnormal,
                                           GError              **error);

/* "Normal, no symptoms" for everyone of the filter who may get a reading
 * that day, is not away (fy-absence.h: leave, trip, sent home) and has
 * none yet for the session: ONE INSERT … SELECT storing status
 * 'normal_unmeasured' and no temperature, entered at `now`. Never touches
 * existing entries, people who left, are away or under quarantine. */
gboolean      fy_health_fill_normal       (FyStore              *store,
                                           const char           *day,
                                           FyHealthSession       session,
                                           const FyHealthFilter *filter,
                                           gint64                now,
                                           guint                *n_filled,
                                           GError              **error);

/* Undoes the fill of `now` for the day and session: removes exactly the
 * 'normal_unmeasured' entries it wrote that nobody has changed since, in one
 * transaction with an audit row. *n_removed may be NULL. */
gboolean      fy_health_fill_normal_undo  (FyStore              *store,
                                           const char           *day,
                                           FyHealthSession       session,
                                           gint64                filled_at,
                                           guint                *n_removed,
                                           GError              **error);

/* Who may get a reading that day and is not away but has no entry for the session, ordered
 * by department, team, name. GPtrArray of FyHealthPerson*. */
GPtrArray    *fy_health_list_missing      (FyStore              *store,
                                           const char           *day,
                                           FyHealthSession       session,
                                           const FyHealthFilter *filter,
                                           GError              **error);
gint64        fy_health_count_missing     (FyStore              *store,
                                           const char           *day,
                                           FyHealthSession       session,
                                           const FyHealthFilter *filter,
                                           GError              **error);

/* One stored reading (status NONE if there is no entry). Caller clears it
 * with fy_reading_clear. */
gboolean      fy_health_get_reading       (FyStore              *store,
                                           gint64                staff_id,
                                           const char           *day,
                                           FyHealthSession       session,
                                           FyReading            *reading,
                                           GError              **error);

/* Follow-ups (fy-health-followup.c). List: open ones, or all of a day
 * range (from/to NULL = no bound), newest first. GPtrArray of FyFollowUp*. */
GPtrArray    *fy_health_list_follow_ups   (FyStore              *store,
                                           gboolean              open_only,
                                           const char           *from,
                                           const char           *to,
                                           GError              **error);
FyFollowUp   *fy_health_get_follow_up     (FyStore              *store,
                                           gint64                id,
                                           GError              **error);
/* Sets the recheck (人工复测, text as typed; NULL or "" = none), the action
 * and the note of an open follow-up, in one transaction with an audit row. */
gboolean      fy_health_update_follow_up  (FyStore              *store,
                                           gint64                id,
                                           const char           *recheck,
                                           FyFollowUpAction      action,
                                           const char           *note,
                                           gint64                now,
                                           GError              **error);
/* Closes an open follow-up; it must have an action. */
gboolean      fy_health_close_follow_up   (FyStore              *store,
                                           gint64                id,
                                           gint64                now,
                                           GError              **error);

/* Credibility flags of a day: the same measured value on the
 * FY_HEALTH_SAME_VALUE_DAYS days ending on `day`, and entries of `day`
 * made more than the late hours after their session. GPtrArray of
 * FyHealthFlag*. */
GPtrArray    *fy_health_list_flags        (FyStore              *store,
                                           const char           *day,
                                           GError              **error);

void          fy_reading_clear            (FyReading       *reading);
void          fy_health_person_clear      (FyHealthPerson  *person);
void          fy_health_person_free       (FyHealthPerson  *person);
void          fy_health_day_row_free      (FyHealthDayRow  *row);
void          fy_follow_up_free           (FyFollowUp      *follow_up);
void          fy_health_flag_free         (FyHealthFlag    *flag);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyHealthPerson, fy_health_person_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyHealthDayRow, fy_health_day_row_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyFollowUp, fy_follow_up_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyHealthFlag, fy_health_flag_free)

G_END_DECLS

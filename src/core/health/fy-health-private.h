/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-health-private.h — shared by the health modules of src/core (health,
 * follow-ups, tests, quarantine, trips, vaccination) and their unit tests.
 * Includes sqlite3.h: never include it above the core. */
#pragma once

#include "fy-clock.h"   /* fy_local_day_of (), fy_local_day_start () */
#include "fy-health.h"
#include "fy-quarantine.h"
#include "fy-store-private.h"
#include "fy-tests.h"
#include "fy-trips.h"

G_BEGIN_DECLS

/* What the health rules need to know about a person on a day. */
typedef struct
{
  gint64         staff_id;
  char          *name;
  FyStaffStatus  status;           /* current roster status */
  char          *left_on;          /* NULL unless left */
  gboolean       left;             /* had left by the day asked about */
  gboolean       isolated;         /* not on site that day: quarantined, or an
                                      isolation status set by hand (today on) */
  gint64         quarantine_id;    /* a quarantine covering the day, else 0 */
  char          *quarantine_start;
  char          *quarantine_end;
  gint64         active_quarantine_id;  /* not yet released (any day), else 0 */
} FyPersonState;

void      fy_person_state_clear          (FyPersonState *state);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FyPersonState, fy_person_state_clear)

/* Loads the state of a person on `day` (NULL = today). Fails with
 * FY_ERROR_NOT_FOUND for an unknown id. */
gboolean  fy_person_state_load           (FyStore       *store,
                                          gint64         staff_id,
                                          const char    *day,
                                          FyPersonState *state,
                                          GError       **error);
/* Specific messages (FY_ERROR_INVALID) for the refusals; always FALSE. */
gboolean  fy_person_state_error_left     (const FyPersonState *state,
                                          GError       **error);
gboolean  fy_person_state_error_quarantined (const FyPersonState *state,
                                          GError       **error);

/* Validates a day typed or passed by code: a real date, not after today
 * (unless allow_future). Returns the canonical form (owned). */
char     *fy_health_check_day            (const char    *day,
                                          gboolean       allow_future,
                                          GError       **error);

/* Normalised free text of at most max_chars characters ("" for NULL),
 * or NULL with FY_ERROR_INVALID naming `what`. */
char     *fy_health_check_text           (const char    *text,
                                          guint          max_chars,
                                          const char    *what,
                                          GError       **error);

/* Binds ?1 day, ?2 today, ?3 department, ?4 team (FY_SQL_ELIGIBLE_ON_DAY). */
void      fy_health_bind_day_filter      (sqlite3_stmt         *stmt,
                                          const char           *day,
                                          const FyHealthFilter *filter);

/* Reads columns first..first+5 (id, employee_no, name, department, team,
 * post) into a person. */
void      fy_health_person_from_row      (FyHealthPerson *person,
                                          sqlite3_stmt   *stmt,
                                          int             first);

/* EXPLAIN QUERY PLAN of a statement, one detail per line (for tests and
 * `fangyi check`). Owned. */
char     *fy_health_explain              (FyStore       *store,
                                          const char    *sql,
                                          GError       **error);

/* Marks the planned quarantine test of the person on the local day of
 * sampled_at as done by result_id (fy-quarantine.c). */
gboolean  fy_quarantine_link_test        (FyStore       *store,
                                          gint64         staff_id,
                                          gint64         sampled_at,
                                          gint64         result_id,
                                          GError       **error);
/* Same for every person of a test round. */
gboolean  fy_quarantine_link_round       (FyStore       *store,
                                          gint64         round_id,
                                          gint64         sampled_at,
                                          GError       **error);

/* Starting a quarantine inside another action's transaction (a trip's
 * return): validate before BEGIN with _prepare, write inside with _write. */
typedef struct _FyQuarantineStart FyQuarantineStart;
FyQuarantineStart *fy_quarantine_start_prepare (FyStore              *store,
                                                const FyQuarantineSpec *spec,
                                                GError              **error);
gboolean  fy_quarantine_start_write      (FyStore            *store,
                                          FyQuarantineStart  *start,
                                          gint64              now,
                                          gint64             *quarantine_id,
                                          GError            **error);
void      fy_quarantine_start_free       (FyQuarantineStart  *start);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyQuarantineStart, fy_quarantine_start_free)

/* SQL fragment, staff aliased s. Who may get a reading on day ?1 (today is
 * ?2), of department ?3 / team ?4: had not left by the day, no quarantine
 * covering it, and no isolation status set by hand when the day is today or
 * later — FyPersonState's left / isolated, in SQL. */
#define FY_SQL_ELIGIBLE_ON_DAY \
  " (s.status = 'on_site' OR (s.status = 'left' AND s.left_on > ?1)" \
  "  OR (s.status NOT IN ('on_site', 'left') AND ?1 < ?2))" \
  " AND (?3 = '' OR s.department = ?3) AND (?4 = '' OR s.team = ?4)" \
  " AND NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.staff_id = s.id AND q.start_day <= ?1" \
  "                 AND (q.released_on IS NULL OR q.released_on > ?1))"

/* SQL fragments, staff aliased s, the day a parameter `d` ("?1",
 * ":from"): the away rule of fy-absence.h without quarantine
 * (FY_SQL_ELIGIBLE_ON_DAY has it). NOT_AWAY follows a WHERE clause;
 * AWAY_REASON is a column, the code of FyAwayReason ('' when there; max ()
 * of the kinds puts sick_leave before leave before business_trip, without
 * a sort). The sent-home list is one uncorrelated look-up per statement. */
#define FY_SQL_ABSENCE_COVERS(d) \
  " a.staff_id = s.id AND a.cancelled_at IS NULL AND a.start_day <= " d " AND a.end_day >= " d
#define FY_SQL_TRIP_COVERS(d) \
  " t.staff_id = s.id AND t.depart_on <= " d " AND (t.returned_on IS NULL OR t.returned_on > " d ")"
#define FY_SQL_SENT_HOME(d) \
  " (SELECT f.staff_id FROM follow_up f WHERE f.action = 'home' AND f.day < " d \
  "  AND (f.closed_at IS NULL OR date (f.closed_at, 'unixepoch', 'localtime') > " d "))"
#define FY_SQL_NOT_AWAY_AT(d) \
  " AND NOT EXISTS (SELECT 1 FROM absence a WHERE" FY_SQL_ABSENCE_COVERS (d) ")" \
  " AND NOT EXISTS (SELECT 1 FROM trip t WHERE" FY_SQL_TRIP_COVERS (d) ")" \
  " AND s.id NOT IN" FY_SQL_SENT_HOME (d)
#define FY_SQL_AWAY_REASON_AT(d) \
  " coalesce ((SELECT max (a.kind) FROM absence a WHERE" FY_SQL_ABSENCE_COVERS (d) ")," \
  "           CASE WHEN s.id IN" FY_SQL_SENT_HOME (d) " THEN 'sent_home' END," \
  "           (SELECT CASE t.purpose WHEN 'business' THEN 'business_trip' ELSE 'private_trip' END" \
  "            FROM trip t WHERE" FY_SQL_TRIP_COVERS (d) " ORDER BY t.depart_on DESC LIMIT 1), '')"
#define FY_SQL_NOT_AWAY_ON_DAY FY_SQL_NOT_AWAY_AT ("?1")
#define FY_SQL_AWAY_REASON     FY_SQL_AWAY_REASON_AT ("?1")

/* A person's nucleic-acid cadence in hours, the one rule of fy-tests.h:
 * a rule for their post, else for their department, else the high-contact
 * or the default setting (the SQL parameters `high` and `dflt`). Staff is
 * aliased s; FY_SQL_CADENCE_JOINS brings the rules in as p and d (looked up
 * by key: the due-list plan test names them). */
#define FY_SQL_CADENCE_JOINS \
  " LEFT JOIN cadence_rule p ON p.scope = 'post' AND p.value = s.post" \
  " LEFT JOIN cadence_rule d ON d.scope = 'department' AND d.value = s.department"
#define FY_SQL_CADENCE(high, dflt) \
  "coalesce(p.hours, d.hours, CASE WHEN s.high_contact THEN " high " ELSE " dflt " END)"

/* The queries whose plans the tests assert (no full scan of reading or
 * test_result). */
extern const char fy_health_missing_sql[];
extern const char fy_health_fill_sql[];
extern const char fy_tests_due_sql[];
extern const char fy_health_follow_up_list_sql[];

/* Test accessors (declared here: only the tests and benchmarks call them). */
gint64        fy_health_count_day         (FyStore              *store,
                                           const char           *day,
                                           const FyHealthFilter *filter,
                                           GError              **error);
gint64        fy_health_count_open_follow_ups (FyStore          *store,
                                           GError              **error);
/* The entry grid of a day: everyone of the filter who had not left by that
 * day (plus anyone with an entry that day), with both sessions, ordered by
 * department, team, name; a page of `limit` rows from `offset`.
 * GPtrArray of FyHealthDayRow*. */
GPtrArray    *fy_health_list_day          (FyStore              *store,
                                           const char           *day,
                                           const FyHealthFilter *filter,
                                           guint                 offset,
                                           guint                 limit,
                                           GError              **error);
/* Rebuilds staff.last_test_at from the test table (after a bulk import). */
gboolean      fy_tests_rebuild_last_test (FyStore             *store,
                                         GError              **error);
/* Trips of one person, newest first. */
GPtrArray    *fy_trips_list_for_staff     (FyStore             *store,
                                           gint64               staff_id,
                                           GError             **error);

G_END_DECLS

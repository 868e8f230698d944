/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-daily-report.c — the numbers of one day and the abnormal-situation text
 * (日报告 / 零报告). Aggregate SQL only: a few statements, each answering
 * many numbers at once, over the day's slice of the day-first tables. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-daily-report.h"
#include "fy-daily-report-private.h"
#include "fy-gate.h"
#include "fy-health-private.h"
#include "fy-tests.h"
#include "fy-validate.h"

/* At most this many people are named per kind of event in the text; more
 * are summarised ("… and 3 more"), the full lists are in the ledgers. */
#define NAMES_MAX 10

/* Longest look-back for "the last sample before the day": no cadence may
 * exceed FY_CADENCE_MAX_HOURS, so older samples never matter. */
#define WINDOW_HOURS FY_CADENCE_MAX_HOURS

/* How long after sampling a result may arrive and still be looked for
 * (bounds the scan for results received on the day: test_result is keyed
 * by sample time). */
#define RESULT_LAG_DAYS 14

/* ?1 day, ?2 today (for FY_SQL_ELIGIBLE_ON_DAY), ?3 ?4 '' (no filter),
 * ?5 start of the day, ?6 start of the next day. */
static const char counts_sql[] =
  "SELECT"
  " (SELECT count(*) FROM staff s WHERE s.status <> 'left' OR s.left_on > ?1),"
  " (SELECT count(*) FROM staff s WHERE" FY_SQL_ELIGIBLE_ON_DAY FY_SQL_NOT_AWAY_ON_DAY "),"
  " (SELECT count(*) FROM reading WHERE day = ?1 AND session = 0),"
  " (SELECT count(*) FROM reading WHERE day = ?1 AND session = 0 AND status = 'normal_unmeasured'),"
  " (SELECT count(*) FROM reading WHERE day = ?1 AND session = 1),"
  " (SELECT count(*) FROM reading WHERE day = ?1 AND session = 1 AND status = 'normal_unmeasured'),"
  " (SELECT count(DISTINCT staff_id) FROM reading WHERE day = ?1 AND temp_tenths >= fever_line),"
  " (SELECT count(DISTINCT staff_id) FROM reading WHERE day = ?1 AND symptoms <> ''),"
  " (SELECT count(DISTINCT staff_id) FROM reading WHERE day = ?1 AND code_colour = 'red'),"
  " (SELECT count(*) FROM (SELECT staff_id FROM reading WHERE day = ?1 AND code_colour IN ('red', 'yellow')"
  "   GROUP BY staff_id HAVING max(code_colour = 'red') = 0)),"
  " (SELECT count(DISTINCT staff_id) FROM reading WHERE day = ?1"
  "   AND (temp_tenths >= fever_line OR symptoms <> '' OR code_colour IN ('red', 'yellow'))),"
  " (SELECT count(*) FROM follow_up WHERE day = ?1),"
  " (SELECT count(*) FROM follow_up WHERE day <= ?1 AND (closed_at IS NULL OR closed_at >= ?6)),"
  " (SELECT count(DISTINCT staff_id) FROM trip WHERE returned_on = ?1),"
  " (SELECT count(DISTINCT staff_id) FROM trip WHERE returned_on = ?1 AND return_risk IN ('medium', 'high')),"
  " (SELECT count(*) FROM quarantine WHERE start_day = ?1),"
  " (SELECT count(*) FROM quarantine WHERE released_on = ?1),"
  " (SELECT count(DISTINCT staff_id) FROM test_result WHERE kind = 'pcr' AND sampled_at >= ?5 AND sampled_at < ?6),"
  " (SELECT count(DISTINCT staff_id) FROM test_result WHERE kind = 'antigen' AND sampled_at >= ?5 AND sampled_at < ?6),"
  " (SELECT count(DISTINCT staff_id) FROM test_result WHERE result = 'positive'"
  "   AND sampled_at >= ?7 AND sampled_at < ?6 AND result_at >= ?5 AND result_at < ?6)";

/* Who is under quarantine on the day, by the kind of the phase covering it
 * (past the planned end and not yet released: the last phase), plus an
 * isolation status set by hand without a quarantine record, which only
 * holds from today on (as in FY_SQL_ELIGIBLE_ON_DAY). ?1 day, ?2 today. */
#define COVERS_DAY(q) " " q ".start_day <= ?1 AND (" q ".released_on IS NULL OR " q ".released_on > ?1)"
static const char quarantine_sql[] =
  "SELECT kind, count(*) FROM ("
  " SELECT coalesce((SELECT p.kind FROM quarantine_phase p WHERE p.quarantine_id = q.id AND p.start_day <= ?1"
  "                  ORDER BY p.position DESC LIMIT 1), 'observation') AS kind"
  " FROM quarantine q WHERE" COVERS_DAY ("q")
  " UNION ALL"
  " SELECT s.status FROM staff s"
  " WHERE ?1 >= ?2 AND s.status IN ('home_isolation', 'central_isolation', 'observation')"
  " AND NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.staff_id = s.id AND" COVERS_DAY ("q") "))"
  " GROUP BY kind";

/* Nucleic-acid tests due on the day.
 * Routine: on site that day, and the last sample before the day (looked
 * for within ?7 … ?5) plus the person's cadence falls before the day ends;
 * never tested = due since ever (due_at 0). The cadence is FY_SQL_CADENCE
 * (?8 the default, ?9 the high-contact hours).
 * Quarantine: planned test days up to the day of a quarantine covering it,
 * still open at the start of the day; per person the earliest.
 * Then: due, due and sampled that day, still open and past due at ?10 (the
 * "as of" instant). ?1 day, ?2 today, ?3 ?4 '', ?5/?6 the day's bounds. */
#define DAILY_CADENCE FY_SQL_CADENCE ("?9", "?8")
static const char due_sql[] =
  "WITH last AS ("
  "  SELECT staff_id, max(sampled_at) AS at FROM test_result"
  "  WHERE kind = 'pcr' AND sampled_at >= ?7 AND sampled_at < ?5 GROUP BY staff_id),"
  " done AS ("
  "  SELECT DISTINCT staff_id FROM test_result WHERE kind = 'pcr' AND sampled_at >= ?5 AND sampled_at < ?6),"
  " routine AS ("
  "  SELECT s.id AS staff_id, ifnull(l.at + " DAILY_CADENCE " * 3600, 0) AS due_at FROM staff s"
  FY_SQL_CADENCE_JOINS
  "  LEFT JOIN last l ON l.staff_id = s.id"
  "  WHERE" FY_SQL_ELIGIBLE_ON_DAY FY_SQL_NOT_AWAY_ON_DAY
  "  AND (l.at IS NULL OR l.at + " DAILY_CADENCE " * 3600 < ?6)),"
  " planned AS ("
  "  SELECT qt.staff_id, min(qt.day) AS day FROM quarantine q"
  "  JOIN quarantine_test qt ON qt.quarantine_id = q.id"
  "  LEFT JOIN test_result r ON r.id = qt.result_id"
  "  WHERE" COVERS_DAY ("q") " AND qt.day <= ?1 AND (qt.result_id IS NULL OR r.sampled_at >= ?5)"
  "  GROUP BY qt.staff_id),"
  " due AS ("
  "  SELECT staff_id, due_at < ?10 AS late FROM routine"
  "  UNION ALL SELECT staff_id, day < ?1 FROM planned)"
  " SELECT count(*),"
  "  ifnull(sum(staff_id IN done), 0),"
  "  ifnull(sum(staff_id NOT IN done AND late), 0),"
  "  (SELECT count(*) FROM quarantine q JOIN quarantine_test qt ON qt.quarantine_id = q.id"
  "   WHERE qt.day = ?1 AND" COVERS_DAY ("q") "),"
  "  (SELECT count(*) FROM quarantine q JOIN quarantine_test qt ON qt.quarantine_id = q.id"
  "   WHERE qt.day = ?1 AND" COVERS_DAY ("q") " AND qt.staff_id IN done)"
  " FROM due";

/* The people behind each kind of abnormal event, for the text. One row per
 * person and kind: kind, name, department, detail (a number or codes). */
static const char events_sql[] =
  "SELECT 0, s.name, s.department, max(r.temp_tenths), '' FROM reading r JOIN staff s ON s.id = r.staff_id"
  " WHERE r.day = ?1 AND r.temp_tenths >= r.fever_line GROUP BY r.staff_id"
  " UNION ALL"
  " SELECT 1, s.name, s.department, 0, group_concat(r.symptoms) FROM reading r JOIN staff s ON s.id = r.staff_id"
  " WHERE r.day = ?1 AND r.symptoms <> '' GROUP BY r.staff_id"
  " UNION ALL"
  " SELECT 2, s.name, s.department, max(r.code_colour = 'red'), '' FROM reading r JOIN staff s ON s.id = r.staff_id"
  " WHERE r.day = ?1 AND r.code_colour IN ('red', 'yellow') GROUP BY r.staff_id"
  " UNION ALL"
  " SELECT 3, s.name, s.department, 0, group_concat(DISTINCT t.kind) FROM test_result t JOIN staff s ON s.id = t.staff_id"
  " WHERE t.result = 'positive' AND t.sampled_at >= ?4 AND t.sampled_at < ?3"
  " AND t.result_at >= ?2 AND t.result_at < ?3 GROUP BY t.staff_id"
  " UNION ALL"
  " SELECT 4, s.name, s.department, 0, q.reason FROM quarantine q JOIN staff s ON s.id = q.staff_id"
  " WHERE q.start_day = ?1"
  " UNION ALL"
  " SELECT 5, s.name, s.department, 0, group_concat(t.destination) FROM trip t JOIN staff s ON s.id = t.staff_id"
  " WHERE t.returned_on = ?1 AND t.return_risk IN ('medium', 'high') GROUP BY t.staff_id"
  " UNION ALL"
  " SELECT 6, s.name, s.department, 0, min(f.day) FROM follow_up f JOIN staff s ON s.id = f.staff_id"
  " WHERE f.day < ?1 AND (f.closed_at IS NULL OR f.closed_at >= ?3) GROUP BY f.staff_id"
  " UNION ALL"
  " SELECT 7, s.name, s.department, 0, group_concat(DISTINCT t.kind) FROM test_result t"
  " JOIN staff s ON s.id = t.staff_id"
  " WHERE t.sampled_at >= ?4 AND t.sampled_at < ?3 AND (t.result = 'pending' OR t.result_at >= ?3)"
  " AND EXISTS (SELECT 1 FROM follow_up f WHERE f.day BETWEEN date (?1, '-28 days') AND ?1"
  "             AND f.staff_id = t.staff_id AND f.reasons LIKE '%fever%'"
  "             AND f.opened_at <= t.sampled_at AND f.opened_at >= t.sampled_at - 14 * 86400)"
  " GROUP BY t.staff_id"
  /* The gate: visits refused that day (the visitor or driver, with the
   * company or plate and the reasons' bits); visits inside at ?5 past their
   * limit (?6 trucks, ?7 visitors, seconds), in minutes; events from the day
   * to ?8 (a week on) without an approval on file that day. */
  " UNION ALL"
  " SELECT 8, o.name, iif(v.kind = 'truck', v.plate, o.company), v.reasons, v.kind FROM gate_visit v"
  " JOIN gate_person p ON p.visit_id = v.id AND p.position = 0 JOIN outsider o ON o.id = p.outsider_id"
  " WHERE v.status = 'refused' AND v.arrived_at >= ?2 AND v.arrived_at < ?3"
  " UNION ALL"
  " SELECT 9, o.name, iif(v.kind = 'truck', v.plate, o.company), (?5 - v.arrived_at) / 60, v.kind FROM gate_visit v"
  " JOIN gate_person p ON p.visit_id = v.id AND p.position = 0 JOIN outsider o ON o.id = p.outsider_id"
  " WHERE v.id IN (SELECT id FROM gate_visit WHERE status = 'inside'"
  "                UNION ALL SELECT id FROM gate_visit WHERE arrived_at >= ?2 - 30 * 86400 AND arrived_at <= ?5"
  "                AND left_at > ?5)"
  " AND v.arrived_at <= ?5 AND ?5 - v.arrived_at > iif(v.kind = 'truck', ?6, ?7)"
  " UNION ALL"
  " SELECT 10, e.name, '', e.headcount, e.held_on FROM gate_event e"
  " WHERE e.held_on BETWEEN ?1 AND ?8 AND (e.approved_on IS NULL OR e.approved_on > ?1)"
  " ORDER BY 1, 3, 2";

enum { EVENT_FEVER, EVENT_SYMPTOMS, EVENT_CODE, EVENT_POSITIVE, EVENT_QUARANTINE, EVENT_RETURN,
       EVENT_OPEN_FOLLOW_UP, EVENT_PENDING_AFTER_FEVER, EVENT_GATE_REFUSED, EVENT_GATE_OVERSTAY,
       EVENT_GATE_APPROVAL, N_EVENTS };

static guint
column_uint (sqlite3_stmt *stmt, int column)
{
  gint64 v = sqlite3_column_int64 (stmt, column);
  return v > 0 ? (guint) MIN (v, G_MAXUINT) : 0;
}

static int
max_cadence_hours (FyStore *store)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store, "SELECT max(hours) FROM cadence_rule", NULL);
  int hours = MAX (fy_tests_get_cadence (store, FY_CADENCE_DEFAULT, NULL),
                   fy_tests_get_cadence (store, FY_CADENCE_HIGH_CONTACT, NULL));

  if (stmt != NULL)
    {
      if (sqlite3_step (stmt) == SQLITE_ROW)
        hours = MAX (hours, sqlite3_column_int (stmt, 0));
      sqlite3_reset (stmt);
    }
  return CLAMP (hours, 1, WINDOW_HOURS);
}

static gboolean
step_row (FyStore *store, sqlite3_stmt *stmt, GError **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;
  sqlite3_reset (stmt);
  return fy_store_fail (store, rc, error);
}

static gboolean
load_counts (FyStore *store, FyDailyReport *r, const char *today, gint64 start, gint64 end, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store, counts_sql, error);
  guint *const fields[] = {
    &r->headcount, &r->on_site,
    &r->entered[FY_SESSION_MORNING], &r->entered_unmeasured[FY_SESSION_MORNING],
    &r->entered[FY_SESSION_AFTERNOON], &r->entered_unmeasured[FY_SESSION_AFTERNOON],
    &r->fever, &r->symptoms, &r->red_code, &r->yellow_code, &r->abnormal_people,
    &r->follow_ups_new, &r->follow_ups_open,
    &r->returnees, &r->returnees_risk, &r->quarantine_started, &r->quarantine_released,
    &r->tests_done, &r->antigen_done, &r->tests_positive,
  };

  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, r->day);
  fy_bind_text (stmt, 2, today);
  fy_bind_text (stmt, 3, "");
  fy_bind_text (stmt, 4, "");
  sqlite3_bind_int64 (stmt, 5, start);
  sqlite3_bind_int64 (stmt, 6, end);
  sqlite3_bind_int64 (stmt, 7, start - (gint64) RESULT_LAG_DAYS * 86400);
  if (!step_row (store, stmt, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    *fields[i] = column_uint (stmt, (int) i);
  sqlite3_reset (stmt);
  r->not_on_site = r->headcount > r->on_site ? r->headcount - r->on_site : 0;
  return TRUE;
}

static gboolean
load_quarantine (FyStore *store, FyDailyReport *r, const char *today, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store, quarantine_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, r->day);
  fy_bind_text (stmt, 2, today);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FyQuarantineKind kind = fy_quarantine_kind_from_code (fy_column_text (stmt, 0));
      guint n = column_uint (stmt, 1);
      if ((int) kind >= 0 && kind < FY_N_QUARANTINE_KINDS)
        r->quarantine[kind] += n;
      r->quarantine_total += n;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return fy_store_fail (store, rc, error);
  return TRUE;
}

static gboolean
load_due (FyStore *store, FyDailyReport *r, const char *today, gint64 start, gint64 end, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store, due_sql, error);

  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, r->day);
  fy_bind_text (stmt, 2, today);
  fy_bind_text (stmt, 3, "");
  fy_bind_text (stmt, 4, "");
  sqlite3_bind_int64 (stmt, 5, start);
  sqlite3_bind_int64 (stmt, 6, end);
  sqlite3_bind_int64 (stmt, 7, start - (gint64) max_cadence_hours (store) * 3600);
  sqlite3_bind_int (stmt, 8, fy_tests_get_cadence (store, FY_CADENCE_DEFAULT, NULL));
  sqlite3_bind_int (stmt, 9, fy_tests_get_cadence (store, FY_CADENCE_HIGH_CONTACT, NULL));
  sqlite3_bind_int64 (stmt, 10, r->as_of);
  if (!step_row (store, stmt, error))
    return FALSE;
  r->tests_due = column_uint (stmt, 0);
  r->tests_due_done = column_uint (stmt, 1);
  r->tests_overdue = column_uint (stmt, 2);
  r->quarantine_tests = column_uint (stmt, 3);
  r->quarantine_tests_done = column_uint (stmt, 4);
  sqlite3_reset (stmt);
  r->tests_not_done = r->tests_due > r->tests_due_done ? r->tests_due - r->tests_due_done : 0;
  return TRUE;
}

/* "张三（生产部）37.8 ℃": a person and what happened to them. */
static char *
describe_person (int kind, sqlite3_stmt *stmt)
{
  const char *name = fy_column_text (stmt, 1);
  const char *department = fy_column_text (stmt, 2);
  const char *codes = fy_column_text (stmt, 4);
  g_autofree char *who = *department
    /* Translators: a person in the abnormal-situation text: name (department). */
    ? g_strdup_printf (_("%s (%s)"), name, department) : g_strdup (name);
  g_autofree char *detail = NULL;

  switch (kind)
    {
    case EVENT_FEVER:
      {
        g_autofree char *t = fy_format_temperature (sqlite3_column_int (stmt, 3));
        detail = g_strdup_printf ("%s °C", t);
      }
      break;
    case EVENT_SYMPTOMS:
      detail = fy_symptoms_label (fy_symptoms_from_codes (codes));
      break;
    case EVENT_CODE:
      detail = g_strdup (fy_code_colour_label (sqlite3_column_int (stmt, 3) ? FY_CODE_RED : FY_CODE_YELLOW));
      break;
    case EVENT_POSITIVE:
      {
        g_auto(GStrv) kinds = g_strsplit (codes, ",", -1);
        GString *s = g_string_new (NULL);
        for (guint i = 0; kinds[i]; i++)
          {
            if (s->len)
              g_string_append (s, _(", "));
            g_string_append (s, fy_test_kind_label (fy_test_kind_from_code (kinds[i])));
          }
        detail = g_string_free (s, FALSE);
      }
      break;
    case EVENT_QUARANTINE:
      {
        FyQuarantineReason reason = fy_quarantine_reason_from_code (codes);
        if (reason != FY_QUARANTINE_REASON_NONE)
          detail = g_strdup (fy_quarantine_reason_label (reason));
      }
      break;
    case EVENT_RETURN:
      detail = g_strdup (codes);
      break;
    case EVENT_OPEN_FOLLOW_UP:
      /* Translators: after a person with a follow-up still open; %s is the day of the reading. */
      detail = g_strdup_printf (_("since %s"), codes);
      break;
    case EVENT_PENDING_AFTER_FEVER:
      {
        g_auto(GStrv) kinds = g_strsplit (codes, ",", -1);
        detail = g_strdup (kinds[0] ? fy_test_kind_label (fy_test_kind_from_code (kinds[0])) : "");
      }
      break;
    case EVENT_GATE_REFUSED:
      detail = fy_gate_reasons_text ((guint) sqlite3_column_int (stmt, 3));
      break;
    case EVENT_GATE_OVERSTAY:
      {
        g_autofree char *stay = fy_format_minutes (sqlite3_column_int (stmt, 3));
        /* Translators: after a visitor or driver still inside past the limit: how long ("1 h 49 min"). */
        detail = g_strdup_printf (_("inside for %s"), stay);
      }
      break;
    case EVENT_GATE_APPROVAL:
      /* Translators: after the name of an event over 200 people without approval: its day, headcount. */
      detail = g_strdup_printf (_("on %s, %d people"), codes, sqlite3_column_int (stmt, 3));
      break;
    default:
      break;
    }
  if (detail == NULL || *detail == '\0')
    return g_steal_pointer (&who);
  /* Translators: a person and what was abnormal: "张三（生产部）37.8 ℃". */
  return g_strdup_printf (_("%s %s"), who, detail);
}

static const char *
event_title (int kind)
{
  switch (kind)
    {
    case EVENT_FEVER:
      return _("Temperature at or above the fever line");
    case EVENT_SYMPTOMS:
      return _("Symptoms");
    case EVENT_CODE:
      return _("Red or yellow health code");
    case EVENT_POSITIVE:
      return _("Positive test result");
    case EVENT_QUARANTINE:
      return _("Quarantine started");
    case EVENT_RETURN:
      return _("Back from a medium- or high-risk area");
    case EVENT_OPEN_FOLLOW_UP:
      return _("Follow-up still open");
    case EVENT_PENDING_AFTER_FEVER:
      return _("Test result pending after a fever");
    case EVENT_GATE_REFUSED:
      return _("Refused at the gate");
    case EVENT_GATE_OVERSTAY:
      return _("Inside past the time limit");
    case EVENT_GATE_APPROVAL:
      return _("Event over 200 people without approval");
    default:
      return "";
    }
}

static void
append_event (GString *text, int kind, guint n, GString *names)
{
  if (n == 0)
    return;
  if (text->len)
    /* Translators: separator between the kinds of events in the abnormal-situation text. */
    g_string_append (text, _("; "));
  if (kind == EVENT_GATE_APPROVAL)
    g_string_append_printf (text,
                            /* Translators: "未获审批的200人以上活动 1 项：年会（2026-11-27，350 人）" */
                            g_dngettext (GETTEXT_PACKAGE, "%s: %u event — %s", "%s: %u events — %s", n),
                            event_title (kind), n, names->str);
  else
    g_string_append_printf (text,
                            /* Translators: "体温异常 2 人：张三（生产部）37.8 ℃、…" */
                            g_dngettext (GETTEXT_PACKAGE, "%s: %u person — %s", "%s: %u people — %s", n),
                            event_title (kind), n, names->str);
  if (n > NAMES_MAX)
    /* Translators: after a list of names cut short; %u is how many were left out. */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, " and %u more", " and %u more",
                                               n - NAMES_MAX),
                            n - NAMES_MAX);
}

static gboolean
load_events (FyStore *store, FyDailyReport *r, gint64 start, gint64 end, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store, events_sql, error);
  g_autofree char *week_on = fy_date_add_days (r->day, FY_GATE_EVENT_APPROVAL_DAYS);
  FyGateRules rules;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) names = g_string_new (NULL);
  int current = -1;
  guint n = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, r->day);
  sqlite3_bind_int64 (stmt, 2, start);
  sqlite3_bind_int64 (stmt, 3, end);
  sqlite3_bind_int64 (stmt, 4, start - (gint64) RESULT_LAG_DAYS * 86400);
  fy_gate_rules_load (store, &rules);
  sqlite3_bind_int64 (stmt, 5, r->as_of);
  sqlite3_bind_int64 (stmt, 6, (gint64) rules.truck_dwell_min * 60);
  sqlite3_bind_int64 (stmt, 7, (gint64) rules.visitor_dwell_min * 60);
  fy_bind_text (stmt, 8, week_on);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int kind = sqlite3_column_int (stmt, 0);

      if (kind == EVENT_GATE_APPROVAL)
        r->events_unapproved++;

      if (kind != current)
        {
          append_event (text, current, n, names);
          g_string_truncate (names, 0);
          current = kind;
          n = 0;
        }
      if (n < NAMES_MAX)
        {
          g_autofree char *person = describe_person (kind, stmt);
          if (names->len)
            g_string_append (names, _(", "));
          g_string_append (names, person);
        }
      n++;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return fy_store_fail (store, rc, error);
  append_event (text, current, n, names);

  r->zero = text->len == 0;
  if (r->zero)
    /* Translators: the abnormal-situation text of a zero report (零报告): “无”. */
    r->abnormal_text = g_strdup (C_("daily report", "None"));
  else
    r->abnormal_text = g_string_free (g_steal_pointer (&text), FALSE);
  return TRUE;
}

/* Lapses of the desk, listed whether or not the day is a zero report. */
static char *
gaps_text (const FyDailyReport *r)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint s = 0; s < 2; s++)
    if (r->missing[s] > 0)
      {
        if (text->len)
          g_string_append (text, _("; "));
        /* Translators: daily report compliance gap; %s is the session (上午 / 下午). */
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s check: %u person without an entry",
                                                   "%s check: %u people without an entry", r->missing[s]),
                                fy_health_session_label (s), r->missing[s]);
      }
  if (r->tests_overdue > 0)
    {
      if (text->len)
        g_string_append (text, _("; "));
      /* Translators: daily report compliance gap: nucleic-acid tests past their due time. */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "nucleic-acid test overdue: %u person",
                                                 "nucleic-acid tests overdue: %u people", r->tests_overdue),
                              r->tests_overdue);
    }
  return text->len ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

FyDailyReport *
fy_daily_report_compute (FyStore *store, const char *day, gint64 now, GError **error)
{
  g_autoptr(FyDailyReport) r = NULL;
  g_autofree char *today = fy_today ();
  g_autofree char *next = NULL;
  gint64 start, end;

  g_return_val_if_fail (FY_IS_STORE (store), NULL);

  r = g_new0 (FyDailyReport, 1);
  r->day = fy_health_check_day (day ? day : today, FALSE, error);
  if (r->day == NULL)
    return NULL;
  next = fy_date_add_days (r->day, 1);
  start = fy_local_day_start (r->day);
  end = fy_local_day_start (next);
  r->is_today = g_str_equal (r->day, today);
  /* During the day "overdue" is as of now; afterwards as of its last second
   * (and a clock behind a fixed FANGYI_TODAY reads as its first). */
  r->as_of = CLAMP (now, start, end - 1);

  if (!load_counts (store, r, today, start, end, error)
      || !load_quarantine (store, r, today, error)
      || !load_due (store, r, today, start, end, error)
      || !load_events (store, r, start, end, error))
    return NULL;

  for (guint s = 0; s < 2; s++)
    {
      gint64 missing = fy_health_count_missing (store, r->day, s, NULL, error);
      if (missing < 0)
        return NULL;
      r->missing[s] = (guint) missing;
    }
  if (!fy_absence_count_away (store, r->day, r->away, error)
      || !fy_gate_day_counts (store, r->day, r->as_of, &r->gate, error))
    return NULL;
  r->absent_sick = r->away[FY_AWAY_SICK_LEAVE] + r->away[FY_AWAY_SENT_HOME];
  r->absent = r->absent_sick + r->away[FY_AWAY_LEAVE] + r->away[FY_AWAY_PRIVATE_TRIP];
  r->gaps_text = gaps_text (r);
  return g_steal_pointer (&r);
}

gboolean
fy_daily_report_is_zero (const FyDailyReport *report)
{
  g_return_val_if_fail (report != NULL, FALSE);
  return report->zero;
}

void
fy_daily_report_free (FyDailyReport *report)
{
  if (report == NULL)
    return;
  g_free (report->day);
  g_free (report->abnormal_text);
  g_free (report->gaps_text);
  g_free (report);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-health.c — temperatures twice a day: record with history, fill normal,
 * missing list, the per-day entry grid; shared person-state helpers. */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "fy-health-private.h"
#include "fy-settings.h"
#include "fy-validate.h"

/* ------------------------------------------------------------------ */
/* Settings and time                                                   */

int
fy_health_get_fever_line (FyStore *store)
{
  int line = fy_store_get_setting_int (store, "fever_line");

  /* A damaged or absurd setting must not turn every reading into a fever:
   * the same range and default as the settings record (fy-settings.h). */
  return line >= FY_SETTINGS_FEVER_LINE_MIN && line <= FY_SETTINGS_FEVER_LINE_MAX
         ? line : FY_HEALTH_DEFAULT_FEVER_LINE;
}

int
fy_health_get_late_hours (FyStore *store)
{
  g_autofree char *value = fy_store_get_setting (store, "health.late_hours");
  gint64 hours = value && *value ? g_ascii_strtoll (value, NULL, 10) : FY_HEALTH_DEFAULT_LATE_HOURS;

  return hours >= 1 && hours <= 24 * 30 ? (int) hours : FY_HEALTH_DEFAULT_LATE_HOURS;
}

gint64
fy_health_session_end (const char *day, FyHealthSession session)
{
  g_autoptr(GDateTime) start = fy_local_day_midnight (day);
  g_autoptr(GDateTime) end = NULL;

  g_return_val_if_fail (start != NULL, 0);
  end = g_date_time_add_hours (start, session == FY_SESSION_AFTERNOON
                                       ? FY_HEALTH_AFTERNOON_END_HOUR : FY_HEALTH_MORNING_END_HOUR);
  return g_date_time_to_unix (end);
}

char *
fy_health_check_day (const char *day, gboolean allow_future, GError **error)
{
  if (day == NULL || *day == '\0')
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Enter a date, for example 2026-11-02."));
      return NULL;
    }
  return allow_future ? fy_validate_date (day, error) : fy_validate_past_date (day, error);
}

char *
fy_health_check_text (const char *text, guint max_chars, const char *what, GError **error)
{
  g_autofree char *norm = fy_normalize_text (text ? text : "");

  if (g_utf8_strlen (norm, -1) > (glong) max_chars)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("%s is too long: at most %u characters."), what, max_chars);
      return NULL;
    }
  for (const char *p = norm; *p; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      {
        g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                     _("%s contains a control character: remove it and try again."), what);
        return NULL;
      }
  return g_steal_pointer (&norm);
}

/* ------------------------------------------------------------------ */
/* Person state                                                        */

void
fy_person_state_clear (FyPersonState *state)
{
  g_clear_pointer (&state->name, g_free);
  g_clear_pointer (&state->left_on, g_free);
  g_clear_pointer (&state->quarantine_start, g_free);
  g_clear_pointer (&state->quarantine_end, g_free);
  memset (state, 0, sizeof *state);
}

gboolean
fy_person_state_load (FyStore *store, gint64 staff_id, const char *day_in,
                      FyPersonState *state, GError **error)
{
  g_autofree char *today = fy_today ();
  const char *day = day_in ? day_in : today;
  sqlite3_stmt *stmt;
  int rc;

  memset (state, 0, sizeof *state);
  stmt = fy_store_prepare_cached (store,
      "SELECT s.name, s.status, s.left_on,"
      " (SELECT id FROM quarantine q WHERE q.staff_id = s.id AND q.released_on IS NULL)"
      " FROM staff s WHERE s.id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  if (!fy_store_step_row (store, stmt, _("This person is not in the roster."), error))
    return FALSE;
  state->staff_id = staff_id;
  state->name = g_strdup (fy_column_text (stmt, 0));
  state->status = fy_staff_status_from_code (fy_column_text (stmt, 1));
  if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
    state->left_on = g_strdup (fy_column_text (stmt, 2));
  state->active_quarantine_id = sqlite3_column_int64 (stmt, 3);
  sqlite3_reset (stmt);

  /* Leaving day: not present on it nor after. */
  state->left = state->status == FY_STAFF_LEFT
                && (state->left_on == NULL || strcmp (state->left_on, day) <= 0);

  stmt = fy_store_prepare_cached (store,
      "SELECT id, start_day, end_day FROM quarantine"
      " WHERE staff_id = ?1 AND start_day <= ?2 AND (released_on IS NULL OR released_on > ?2)"
      " ORDER BY start_day DESC LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  fy_bind_text (stmt, 2, day);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      state->quarantine_id = sqlite3_column_int64 (stmt, 0);
      state->quarantine_start = g_strdup (fy_column_text (stmt, 1));
      state->quarantine_end = g_strdup (fy_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return fy_store_fail (store, rc, error);

  /* An isolation status set by hand (no quarantine record) counts from
   * today on: earlier days are history we cannot date. */
  state->isolated = state->quarantine_id != 0
                    || (state->status != FY_STAFF_ON_SITE && state->status != FY_STAFF_LEFT
                        && strcmp (day, today) >= 0);
  return TRUE;
}

gboolean
fy_person_state_error_left (const FyPersonState *state, GError **error)
{
  if (state->left_on)
    g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                 _("%s left the company on %s: nothing can be recorded for them from that day on."),
                 state->name, state->left_on);
  else
    g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                 _("%s has left the company: nothing can be recorded for them."), state->name);
  return FALSE;
}

gboolean
fy_person_state_error_quarantined (const FyPersonState *state, GError **error)
{
  if (state->quarantine_id)
    g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                 _("%s is under quarantine on that day (from %s, planned until %s) and is not on site, "
                   "so no on-site reading can be recorded. Release the quarantine first if they are back."),
                 state->name, state->quarantine_start, state->quarantine_end);
  else
    g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                 _("%s is marked “%s” in the roster and is not on site, so no on-site reading can be "
                   "recorded. Change their status in the roster if they are back."),
                 state->name, fy_staff_status_label (state->status));
  return FALSE;
}

void
fy_health_person_from_row (FyHealthPerson *p, sqlite3_stmt *stmt, int first)
{
  p->staff_id = sqlite3_column_int64 (stmt, first);
  p->employee_no = g_strdup (fy_column_text (stmt, first + 1));
  p->name = g_strdup (fy_column_text (stmt, first + 2));
  p->department = g_strdup (fy_column_text (stmt, first + 3));
  p->team = g_strdup (fy_column_text (stmt, first + 4));
  p->post = g_strdup (fy_column_text (stmt, first + 5));
}

char *
fy_health_explain (FyStore *store, const char *sql, GError **error)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  g_autoptr(sqlite3_stmt) stmt = fy_store_prepare (store, explain, error);
  GString *plan;

  if (stmt == NULL)
    return NULL;
  plan = g_string_new (NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (plan, "%s\n", fy_column_text (stmt, 3));
  return g_string_free (plan, FALSE);
}

/* ------------------------------------------------------------------ */
/* Freeing                                                             */

void
fy_reading_clear (FyReading *r)
{
  g_clear_pointer (&r->entered_by, g_free);
  g_clear_pointer (&r->note, g_free);
}

void
fy_health_person_clear (FyHealthPerson *p)
{
  g_clear_pointer (&p->employee_no, g_free);
  g_clear_pointer (&p->name, g_free);
  g_clear_pointer (&p->department, g_free);
  g_clear_pointer (&p->team, g_free);
  g_clear_pointer (&p->post, g_free);
}

void
fy_health_person_free (FyHealthPerson *p)
{
  if (p == NULL)
    return;
  fy_health_person_clear (p);
  g_free (p);
}

void
fy_health_day_row_free (FyHealthDayRow *row)
{
  if (row == NULL)
    return;
  fy_health_person_clear (&row->person);
  fy_reading_clear (&row->readings[0]);
  fy_reading_clear (&row->readings[1]);
  g_free (row);
}

/* ------------------------------------------------------------------ */
/* Reading rows                                                        */

static FyAbnormal
abnormal_of (FyReadingStatus status, int temp, int fever_line, FySymptoms sym, FyCodeColour code)
{
  FyAbnormal a = FY_ABNORMAL_NONE;

  if (status == FY_READING_MEASURED && temp >= fever_line)
    a |= FY_ABNORMAL_FEVER;
  if (sym != FY_SYMPTOM_NONE)
    a |= FY_ABNORMAL_SYMPTOMS;
  if (code == FY_CODE_YELLOW || code == FY_CODE_RED)
    a |= FY_ABNORMAL_CODE;
  return a;
}

/* The ten reading columns in this order, from `first`: status, temp_tenths,
 * recheck_tenths, fever_line, symptoms, code_colour, method, entered_at,
 * entered_by, note. A NULL status means no row (LEFT JOIN). */
#define READING_COLUMNS(t) \
  t ".status, " t ".temp_tenths, " t ".recheck_tenths, " t ".fever_line, " t ".symptoms, " \
  t ".code_colour, " t ".method, " t ".entered_at, " t ".entered_by, " t ".note"

static void
reading_from_row (FyReading *r, sqlite3_stmt *stmt, int first, const char *day,
                  FyHealthSession session, int late_hours)
{
  memset (r, 0, sizeof *r);
  r->temp_tenths = -1;
  r->recheck_tenths = -1;
  if (sqlite3_column_type (stmt, first) == SQLITE_NULL)
    return;
  r->status = g_str_equal (fy_column_text (stmt, first), "measured")
              ? FY_READING_MEASURED : FY_READING_NORMAL_UNMEASURED;
  if (sqlite3_column_type (stmt, first + 1) != SQLITE_NULL)
    r->temp_tenths = sqlite3_column_int (stmt, first + 1);
  if (sqlite3_column_type (stmt, first + 2) != SQLITE_NULL)
    r->recheck_tenths = sqlite3_column_int (stmt, first + 2);
  r->fever_line = sqlite3_column_int (stmt, first + 3);
  r->symptoms = fy_symptoms_from_codes (fy_column_text (stmt, first + 4));
  r->code_colour = fy_code_colour_from_code (fy_column_text (stmt, first + 5));
  r->method = fy_temp_method_from_code (fy_column_text (stmt, first + 6));
  r->entered_at = sqlite3_column_int64 (stmt, first + 7);
  r->entered_by = g_strdup (fy_column_text (stmt, first + 8));
  r->note = g_strdup (fy_column_text (stmt, first + 9));
  r->abnormal = abnormal_of (r->status, r->temp_tenths, r->fever_line, r->symptoms, r->code_colour);
  r->late = r->entered_at > fy_health_session_end (day, session) + (gint64) late_hours * 3600;
}

gboolean
fy_health_get_reading (FyStore *store, gint64 staff_id, const char *day, FyHealthSession session,
                       FyReading *reading, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT " READING_COLUMNS ("reading") " FROM reading"
      " WHERE day = ?1 AND session = ?2 AND staff_id = ?3", error);
  int rc;

  memset (reading, 0, sizeof *reading);
  reading->temp_tenths = reading->recheck_tenths = -1;
  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, day);
  sqlite3_bind_int (stmt, 2, session);
  sqlite3_bind_int64 (stmt, 3, staff_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    reading_from_row (reading, stmt, 0, day, session, fy_health_get_late_hours (store));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return fy_store_fail (store, rc, error);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Recording                                                           */

typedef struct
{
  FyReadingStatus status;
  int             temp;        /* -1 for normal_unmeasured */
  char           *symptoms;
  const char     *code;
  const char     *method;
  char           *note;
} CheckedEntry;

static void
checked_entry_clear (CheckedEntry *c)
{
  g_free (c->symptoms);
  g_free (c->note);
}

static gboolean
check_entry (const FyReadingEntry *e, CheckedEntry *c, GError **error)
{
  memset (c, 0, sizeof *c);
  if (e->method >= FY_N_METHODS || e->code_colour >= FY_N_CODES
      || (e->symptoms & ~FY_SYMPTOM_ALL) != 0)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("The method, health code or symptom chosen is not one Fangyi knows."));
      return FALSE;
    }
  if (e->normal_unmeasured)
    {
      if ((e->temperature && *e->temperature) || e->tenths != 0)
        {
          g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                               _("Choose either a measured temperature or “normal, not measured”, not both."));
          return FALSE;
        }
      if (e->symptoms != FY_SYMPTOM_NONE || e->code_colour == FY_CODE_YELLOW || e->code_colour == FY_CODE_RED)
        {
          g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                               _("A person with symptoms or a yellow or red code cannot be marked “normal”: "
                                 "measure and enter the temperature."));
          return FALSE;
        }
      c->status = FY_READING_NORMAL_UNMEASURED;
      c->temp = -1;
    }
  else if (e->temperature != NULL)
    {
      if (!fy_validate_temperature (e->temperature, &c->temp, error))
        return FALSE;
      c->status = FY_READING_MEASURED;
    }
  else
    {
      g_autofree char *text = NULL;
      if (e->tenths == 0)
        {
          g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                               _("Enter the temperature in °C, for example 36.5."));
          return FALSE;
        }
      /* Same rules as typed text, so both paths give the same messages. */
      text = fy_format_temperature (e->tenths);
      if (e->tenths < 0 || !fy_validate_temperature (text, &c->temp, error))
        {
          if (error && *error == NULL)
            g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                                 _("A body temperature must be between 34.0 and 42.5 °C: check the reading."));
          return FALSE;
        }
      c->status = FY_READING_MEASURED;
    }
  c->note = fy_health_check_text (e->note, 200, _("The note"), error);
  if (c->note == NULL)
    return FALSE;
  c->symptoms = fy_symptoms_to_codes (e->symptoms);
  c->code = fy_code_colour_to_code (e->code_colour);
  c->method = fy_temp_method_to_code (e->method);
  return TRUE;
}

static gboolean
open_follow_up (FyStore *store, const char *day, FyHealthSession session, gint64 staff_id,
                FyAbnormal abnormal, gint64 now, GError **error)
{
  GString *reasons = g_string_new (NULL);
  sqlite3_stmt *stmt;
  gboolean ok;

  if (abnormal & FY_ABNORMAL_FEVER)
    g_string_append (reasons, "fever,");
  if (abnormal & FY_ABNORMAL_SYMPTOMS)
    g_string_append (reasons, "symptoms,");
  if (abnormal & FY_ABNORMAL_CODE)
    g_string_append (reasons, "code,");
  g_string_truncate (reasons, reasons->len - 1);

  /* An existing follow-up (open or closed) keeps its state; only the
   * reasons follow the corrected reading. */
  stmt = fy_store_prepare_cached (store,
      "INSERT INTO follow_up (day, session, staff_id, reasons, opened_at, updated_at)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?5)"
      " ON CONFLICT (day, session, staff_id) DO UPDATE SET reasons = excluded.reasons,"
      " updated_at = excluded.updated_at WHERE reasons <> excluded.reasons", error);
  if (stmt == NULL)
    {
      g_string_free (reasons, TRUE);
      return FALSE;
    }
  fy_bind_text (stmt, 1, day);
  sqlite3_bind_int (stmt, 2, session);
  sqlite3_bind_int64 (stmt, 3, staff_id);
  fy_bind_text (stmt, 4, reasons->str);
  sqlite3_bind_int64 (stmt, 5, now);
  ok = fy_store_step_done (store, stmt, error);
  g_string_free (reasons, TRUE);
  return ok;
}

/* Inside the transaction: insert or correct the row. *fever_line gets the
 * line that applies to it. */
static gboolean
write_reading (FyStore *store, const FyReadingSlot *slot, const CheckedEntry *c, gint64 now, int *fever_line,
               GError **error)
{
  const char *day = slot->day;
  FyHealthSession session = slot->session;
  gint64 staff_id = slot->staff_id;
  FyReading old = { 0 };
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!fy_health_get_reading (store, staff_id, day, session, &old, error))
    return FALSE;

  if (old.status == FY_READING_NONE)
    {
      *fever_line = fy_health_get_fever_line (store);
      stmt = fy_store_prepare_cached (store,
          "INSERT INTO reading (day, session, staff_id, status, temp_tenths, method, symptoms,"
          " code_colour, fever_line, entered_at, entered_by, note)"
          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)", error);
    }
  else
    {
      g_autofree char *old_symptoms = fy_symptoms_to_codes (old.symptoms);
      gboolean same = old.status == c->status && old.temp_tenths == c->temp
                      && g_str_equal (old_symptoms, c->symptoms)
                      && g_str_equal (fy_code_colour_to_code (old.code_colour), c->code)
                      && g_str_equal (fy_temp_method_to_code (old.method), c->method)
                      && g_strcmp0 (old.note, c->note) == 0;

      /* The line in force when the reading was first taken stays with it. */
      *fever_line = old.fever_line;
      fy_reading_clear (&old);
      if (same)
        return TRUE;
      /* The trigger copies the old values into reading_history. */
      stmt = fy_store_prepare_cached (store,
          "UPDATE reading SET status = ?4, temp_tenths = ?5, method = ?6, symptoms = ?7,"
          " code_colour = ?8, entered_at = ?10, entered_by = ?11, note = ?12,"
          " recheck_tenths = CASE WHEN ?4 = 'measured' THEN recheck_tenths END"
          " WHERE day = ?1 AND session = ?2 AND staff_id = ?3", error);
    }
  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, day);
  sqlite3_bind_int (stmt, 2, session);
  sqlite3_bind_int64 (stmt, 3, staff_id);
  fy_bind_text (stmt, 4, c->status == FY_READING_MEASURED ? "measured" : "normal_unmeasured");
  if (c->status == FY_READING_MEASURED)
    sqlite3_bind_int (stmt, 5, c->temp);
  else
    sqlite3_bind_null (stmt, 5);
  fy_bind_text (stmt, 6, c->method);
  fy_bind_text (stmt, 7, c->symptoms);
  fy_bind_text (stmt, 8, c->code);
  sqlite3_bind_int (stmt, 9, *fever_line);
  sqlite3_bind_int64 (stmt, 10, now);
  fy_bind_text (stmt, 11, fy_store_get_actor (store));
  fy_bind_text (stmt, 12, c->note);
  ok = fy_store_step_done (store, stmt, error);
  return ok;
}

gboolean
fy_health_record (FyStore *store, const FyReadingSlot *slot, const FyReadingEntry *entry, gint64 now,
                  FyAbnormal *abnormal_out, GError **error)
{
  gint64 staff_id = slot->staff_id;
  const char *day_in = slot->day;
  FyHealthSession session = slot->session;
  g_auto(FyPersonState) state = { 0 };
  g_autofree char *day = NULL;
  CheckedEntry c;
  FyAbnormal abnormal;
  int fever_line = 0;

  g_return_val_if_fail (FY_IS_STORE (store), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);
  if (abnormal_out)
    *abnormal_out = FY_ABNORMAL_NONE;

  /* Validate everything before BEGIN: a refusal writes nothing. */
  if (session != FY_SESSION_MORNING && session != FY_SESSION_AFTERNOON)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Choose the morning or the afternoon check."));
      return FALSE;
    }
  day = fy_health_check_day (day_in, FALSE, error);
  if (day == NULL)
    return FALSE;
  if (!check_entry (entry, &c, error))
    {
      checked_entry_clear (&c);
      return FALSE;
    }
  if (!fy_person_state_load (store, staff_id, day, &state, error))
    {
      checked_entry_clear (&c);
      return FALSE;
    }
  if (state.left || state.isolated)
    {
      checked_entry_clear (&c);
      return state.left ? fy_person_state_error_left (&state, error)
                        : fy_person_state_error_quarantined (&state, error);
    }

  if (!fy_store_begin (store, error))
    {
      checked_entry_clear (&c);
      return FALSE;
    }
  if (!write_reading (store, &(FyReadingSlot) { .staff_id = staff_id, .day = day, .session = session },
                      &c, now, &fever_line, error))
    goto fail;
  abnormal = abnormal_of (c.status, c.temp, fever_line, entry->symptoms, entry->code_colour);
  if (abnormal != FY_ABNORMAL_NONE
      && !open_follow_up (store, day, session, staff_id, abnormal, now, error))
    goto fail;
  if (!fy_store_commit (store, error))
    {
      checked_entry_clear (&c);
      return FALSE;
    }
  checked_entry_clear (&c);
  if (abnormal_out)
    *abnormal_out = abnormal;
  fy_store_emit_changed (store, FY_STORE_CHANGE_HEALTH);
  return TRUE;

fail:
  fy_store_rollback (store);
  checked_entry_clear (&c);
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Fill normal, missing list                                           */

#define NO_ENTRY_IN_SESSION \
  " AND NOT EXISTS (SELECT 1 FROM reading WHERE reading.day = ?1 AND reading.session = ?5" \
  "                 AND reading.staff_id = s.id)"

const char fy_health_fill_sql[] =
  "INSERT INTO reading (day, session, staff_id, status, temp_tenths, fever_line, entered_at, entered_by)"
  " SELECT ?1, ?5, s.id, 'normal_unmeasured', NULL, ?6, ?7, ?8 FROM staff s"
  " WHERE" FY_SQL_ELIGIBLE_ON_DAY FY_SQL_NOT_AWAY_ON_DAY NO_ENTRY_IN_SESSION
  " ORDER BY s.id";

const char fy_health_missing_sql[] =
  "SELECT s.id, s.employee_no, s.name, s.department, s.team, s.post FROM staff s"
  " WHERE" FY_SQL_ELIGIBLE_ON_DAY FY_SQL_NOT_AWAY_ON_DAY NO_ENTRY_IN_SESSION
  " ORDER BY s.department, s.team, s.name, s.id";

static const char count_missing_sql[] =
  "SELECT count(*) FROM staff s WHERE" FY_SQL_ELIGIBLE_ON_DAY FY_SQL_NOT_AWAY_ON_DAY NO_ENTRY_IN_SESSION;

void
fy_health_bind_day_filter (sqlite3_stmt *stmt, const char *day, const FyHealthFilter *filter)
{
  g_autofree char *today = fy_today ();

  fy_bind_text (stmt, 1, day);
  fy_bind_text (stmt, 2, today);
  fy_bind_text (stmt, 3, filter ? filter->department : NULL);
  fy_bind_text (stmt, 4, filter ? filter->team : NULL);
}

static gboolean
check_session (FyHealthSession session, GError **error)
{
  if (session == FY_SESSION_MORNING || session == FY_SESSION_AFTERNOON)
    return TRUE;
  g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Choose the morning or the afternoon check."));
  return FALSE;
}

/* Fill normal and its undo: the count zeroed, the session and the day
 * (not in the future) checked; the canonical day or NULL. */
static char *
check_fill_slot (const char *day_in, FyHealthSession session, guint *n, GError **error)
{
  if (n)
    *n = 0;
  if (!check_session (session, error))
    return NULL;
  return fy_health_check_day (day_in, FALSE, error);
}

gboolean
fy_health_fill_normal (FyStore *store, const char *day_in, FyHealthSession session,
                       const FyHealthFilter *filter, gint64 now, guint *n_filled, GError **error)
{
  g_autofree char *day = check_fill_slot (day_in, session, n_filled, error);
  sqlite3_stmt *stmt;
  guint n;

  if (day == NULL)
    return FALSE;

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store, fy_health_fill_sql, error);
  if (stmt == NULL)
    {
      fy_store_rollback (store);
      return FALSE;
    }
  fy_health_bind_day_filter (stmt, day, filter);
  sqlite3_bind_int (stmt, 5, session);
  sqlite3_bind_int (stmt, 6, fy_health_get_fever_line (store));
  sqlite3_bind_int64 (stmt, 7, now);
  fy_bind_text (stmt, 8, fy_store_get_actor (store));
  if (!fy_store_step_done (store, stmt, error))
    {
      fy_store_rollback (store);
      return FALSE;
    }
  n = (guint) sqlite3_changes (fy_store_get_db (store));
  if (!fy_store_commit (store, error))
    return FALSE;
  if (n_filled)
    *n_filled = n;
  if (n > 0)
    fy_store_emit_changed (store, FY_STORE_CHANGE_HEALTH);
  return TRUE;
}

gboolean
fy_health_fill_normal_undo (FyStore *store, const char *day_in, FyHealthSession session,
                            gint64 filled_at, guint *n_removed, GError **error)
{
  g_autofree char *day = check_fill_slot (day_in, session, n_removed, error);
  g_autofree char *what = NULL;
  sqlite3_stmt *stmt;
  guint n;

  if (day == NULL)
    return FALSE;

  if (!fy_store_begin (store, error))
    return FALSE;
  /* A corrected entry has a later entered_at (and its history row), so it stays. */
  stmt = fy_store_prepare_cached (store,
      "DELETE FROM reading WHERE day = ?1 AND session = ?2 AND status = 'normal_unmeasured'"
      " AND entered_at = ?3 AND entered_by = ?4", error);
  if (stmt == NULL)
    goto fail;
  fy_bind_text (stmt, 1, day);
  sqlite3_bind_int (stmt, 2, session);
  sqlite3_bind_int64 (stmt, 3, filled_at);
  fy_bind_text (stmt, 4, fy_store_get_actor (store));
  if (!fy_store_step_done (store, stmt, error))
    goto fail;
  n = (guint) sqlite3_changes (fy_store_get_db (store));
  what = g_strdup_printf ("%s/%d: %u", day, session, n);
  if (!fy_store_audit (store,
                       &(FyAuditEntry) { .entity = "reading", .entity_id = 0, .action = "delete",
                                          .field = "undo_fill_normal", .old_value = what,
                                          .new_value = NULL },
                       error))
    goto fail;
  if (!fy_store_commit (store, error))
    return FALSE;
  if (n_removed)
    *n_removed = n;
  if (n > 0)
    fy_store_emit_changed (store, FY_STORE_CHANGE_HEALTH);
  return TRUE;

fail:
  fy_store_rollback (store);
  return FALSE;
}

static gpointer
person_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyHealthPerson *p = g_new0 (FyHealthPerson, 1);

  fy_health_person_from_row (p, stmt, 0);
  return p;
}

GPtrArray *
fy_health_list_missing (FyStore *store, const char *day, FyHealthSession session,
                        const FyHealthFilter *filter, GError **error)
{
  sqlite3_stmt *stmt;

  if (!check_session (session, error))
    return NULL;
  stmt = fy_store_prepare_cached (store, fy_health_missing_sql, error);
  if (stmt == NULL)
    return NULL;
  fy_health_bind_day_filter (stmt, day, filter);
  sqlite3_bind_int (stmt, 5, session);
  return fy_store_collect (store, stmt, person_from_row, NULL, (GDestroyNotify) fy_health_person_free, error);
}

gint64
fy_health_count_missing (FyStore *store, const char *day, FyHealthSession session,
                         const FyHealthFilter *filter, GError **error)
{
  sqlite3_stmt *stmt;
  gint64 n = -1;
  int rc;

  if (!check_session (session, error))
    return -1;
  stmt = fy_store_prepare_cached (store, count_missing_sql, error);
  if (stmt == NULL)
    return -1;
  fy_health_bind_day_filter (stmt, day, filter);
  sqlite3_bind_int (stmt, 5, session);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    fy_store_fail (store, rc, error);
  return n;
}

/* ------------------------------------------------------------------ */
/* The entry grid                                                      */

#define DAY_FROM \
  " FROM staff s" \
  " LEFT JOIN reading m ON m.day = ?1 AND m.session = 0 AND m.staff_id = s.id" \
  " LEFT JOIN reading a ON a.day = ?1 AND a.session = 1 AND a.staff_id = s.id" \
  " WHERE (?2 = '' OR s.department = ?2) AND (?3 = '' OR s.team = ?3)" \
  " AND (s.status <> 'left' OR s.left_on > ?1 OR m.staff_id IS NOT NULL OR a.staff_id IS NOT NULL)"

typedef struct
{
  const char *day;
  int         late_hours;
} DayRowContext;

static gpointer
day_row_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  const DayRowContext *ctx = user_data;
  FyHealthDayRow *row = g_new0 (FyHealthDayRow, 1);
  const char *left_on = sqlite3_column_type (stmt, 7) == SQLITE_NULL ? NULL : fy_column_text (stmt, 7);

  fy_health_person_from_row (&row->person, stmt, 0);
  row->status = fy_staff_status_from_code (fy_column_text (stmt, 6));
  row->left = row->status == FY_STAFF_LEFT && (left_on == NULL || strcmp (left_on, ctx->day) <= 0);
  row->quarantined = sqlite3_column_int (stmt, 8) != 0;
  reading_from_row (&row->readings[0], stmt, 9, ctx->day, FY_SESSION_MORNING, ctx->late_hours);
  reading_from_row (&row->readings[1], stmt, 19, ctx->day, FY_SESSION_AFTERNOON, ctx->late_hours);
  return row;
}

GPtrArray *
fy_health_list_day (FyStore *store, const char *day, const FyHealthFilter *filter,
                    guint offset, guint limit, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT s.id, s.employee_no, s.name, s.department, s.team, s.post, s.status, s.left_on,"
      " EXISTS (SELECT 1 FROM quarantine q WHERE q.staff_id = s.id AND q.start_day <= ?1"
      "         AND (q.released_on IS NULL OR q.released_on > ?1)),"
      " " READING_COLUMNS ("m") ", " READING_COLUMNS ("a")
      DAY_FROM
      " ORDER BY s.department, s.team, s.name, s.id LIMIT ?4 OFFSET ?5", error);
  DayRowContext ctx = { day, fy_health_get_late_hours (store) };

  if (stmt == NULL)
    return NULL;
  fy_bind_text (stmt, 1, day);
  fy_bind_text (stmt, 2, filter ? filter->department : NULL);
  fy_bind_text (stmt, 3, filter ? filter->team : NULL);
  sqlite3_bind_int64 (stmt, 4, limit);
  sqlite3_bind_int64 (stmt, 5, offset);
  return fy_store_collect (store, stmt, day_row_from_row, &ctx, (GDestroyNotify) fy_health_day_row_free, error);
}

gint64
fy_health_count_day (FyStore *store, const char *day, const FyHealthFilter *filter, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store, "SELECT count(*)" DAY_FROM, error);
  gint64 n = -1;
  int rc;

  if (stmt == NULL)
    return -1;
  fy_bind_text (stmt, 1, day);
  fy_bind_text (stmt, 2, filter ? filter->department : NULL);
  fy_bind_text (stmt, 3, filter ? filter->team : NULL);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    fy_store_fail (store, rc, error);
  return n;
}

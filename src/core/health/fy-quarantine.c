/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-quarantine.c — quarantine templates (data), plans, start, release,
 * roster status, and the link between planned test days and samples. */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "fy-health-private.h"
#include "fy-quarantine.h"
#include "fy-validate.h"

static const FyCodeLabel kinds[FY_N_QUARANTINE_KINDS] = {
  { "observation", N_("In-factory observation") },
  { "home_isolation", N_("Home isolation") },
  { "central_isolation", N_("Central isolation") },
};

const FyCodeLabel fy_quarantine_reason_labels[FY_N_QUARANTINE_REASONS + 1] = {
  { "", N_("Not given") },
  { "returnee", N_("Returned from a risk area") },
  { "close_contact", N_("Close contact") },
  { "secondary_contact", N_("Contact of a close contact") },
  { "abnormal", N_("Abnormal health check") },
  { "other", N_("Other") },
  FY_CODE_LABEL_END
};

/* The names of the templates seeded by 002-health.sql, for xgettext. */
static const char *const template_names[] G_GNUC_UNUSED = {
  N_("14-day in-factory observation"),
  N_("7-day home isolation"),
  N_("5 days central isolation + 3 days home isolation"),
  N_("Custom"),
};

const char *
fy_quarantine_kind_to_code (FyQuarantineKind kind)
{
  g_return_val_if_fail (kind < FY_N_QUARANTINE_KINDS, "observation");
  return kinds[kind].code;
}

FyQuarantineKind
fy_quarantine_kind_from_code (const char *code)
{
  return fy_code_lookup (kinds, FY_N_QUARANTINE_KINDS, code, FY_QUARANTINE_OBSERVATION);
}

const char *
fy_quarantine_kind_label (FyQuarantineKind kind)
{
  g_return_val_if_fail (kind < FY_N_QUARANTINE_KINDS, "");
  return g_dgettext (GETTEXT_PACKAGE, kinds[kind].label);
}

const char *
fy_quarantine_reason_to_code (FyQuarantineReason reason)
{
  g_return_val_if_fail (reason < FY_N_QUARANTINE_REASONS, "");
  return fy_quarantine_reason_labels[reason].code;
}

FyQuarantineReason
fy_quarantine_reason_from_code (const char *code)
{
  return fy_code_lookup (fy_quarantine_reason_labels, FY_N_QUARANTINE_REASONS, code, FY_QUARANTINE_REASON_NONE);
}

const char *
fy_quarantine_reason_label (FyQuarantineReason reason)
{
  g_return_val_if_fail (reason < FY_N_QUARANTINE_REASONS, "");
  return g_dgettext (GETTEXT_PACKAGE, fy_quarantine_reason_labels[reason].label);
}

const char *
fy_quarantine_template_label (const FyQuarantineTemplate *tmpl)
{
  return g_dgettext (GETTEXT_PACKAGE, tmpl->name);
}

/* ------------------------------------------------------------------ */
/* Freeing                                                             */

void
fy_quarantine_phase_free (FyQuarantinePhase *p)
{
  if (p == NULL)
    return;
  g_free (p->test_days);
  g_free (p->start_day);
  g_free (p->end_day);
  g_free (p);
}

void
fy_quarantine_template_free (FyQuarantineTemplate *t)
{
  if (t == NULL)
    return;
  g_free (t->code);
  g_free (t->name);
  g_clear_pointer (&t->phases, g_ptr_array_unref);
  g_free (t);
}

void
fy_quarantine_test_free (FyQuarantineTest *t)
{
  if (t == NULL)
    return;
  g_free (t->day);
  g_free (t);
}

void
fy_quarantine_plan_free (FyQuarantinePlan *plan)
{
  if (plan == NULL)
    return;
  g_free (plan->start_day);
  g_free (plan->end_day);
  g_clear_pointer (&plan->phases, g_ptr_array_unref);
  g_clear_pointer (&plan->tests, g_ptr_array_unref);
  g_free (plan);
}

void
fy_quarantine_free (FyQuarantine *q)
{
  if (q == NULL)
    return;
  fy_health_person_clear (&q->person);
  g_free (q->template_code);
  g_free (q->template_name);
  g_free (q->place);
  g_free (q->note);
  g_free (q->start_day);
  g_free (q->end_day);
  g_free (q->released_on);
  g_free (q->release_note);
  g_free (q->released_by);
  g_clear_pointer (&q->phases, g_ptr_array_unref);
  g_clear_pointer (&q->tests, g_ptr_array_unref);
  g_free (q);
}

/* ------------------------------------------------------------------ */
/* Templates and plans                                                 */

/* user_data: non-NULL when the phases of a plan carry their days. */
static gpointer
phase_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyQuarantinePhase *p = g_new0 (FyQuarantinePhase, 1);

  p->kind = fy_quarantine_kind_from_code (fy_column_text (stmt, 0));
  p->days = sqlite3_column_int (stmt, 1);
  p->test_days = g_strdup (fy_column_text (stmt, 2));
  if (user_data != NULL)
    {
      p->start_day = g_strdup (fy_column_text (stmt, 3));
      p->end_day = g_strdup (fy_column_text (stmt, 4));
    }
  return p;
}

static GPtrArray *
load_phases (FyStore *store, const char *sql, gint64 id, gboolean dated, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = fy_store_prepare (store, sql, error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return fy_store_collect (store, stmt, phase_from_row, dated ? GINT_TO_POINTER (1) : NULL,
                           (GDestroyNotify) fy_quarantine_phase_free, error);
}

static FyQuarantineTemplate *
template_from_row (FyStore *store, sqlite3_stmt *stmt, GError **error)
{
  g_autoptr(FyQuarantineTemplate) t = g_new0 (FyQuarantineTemplate, 1);

  t->id = sqlite3_column_int64 (stmt, 0);
  t->code = g_strdup (fy_column_text (stmt, 1));
  t->name = g_strdup (fy_column_text (stmt, 2));
  t->builtin = sqlite3_column_int (stmt, 3) != 0;
  t->phases = load_phases (store,
                           "SELECT kind, days, test_days FROM quarantine_template_phase"
                           " WHERE template_id = ?1 ORDER BY position", t->id, FALSE, error);
  if (t->phases == NULL)
    return NULL;
  return g_steal_pointer (&t);
}

GPtrArray *
fy_quarantine_list_templates (FyStore *store, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = fy_store_prepare (store,
      "SELECT id, code, name, builtin FROM quarantine_template ORDER BY id", error);
  g_autoptr(GPtrArray) list = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_quarantine_template_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FyQuarantineTemplate *t = template_from_row (store, stmt, error);
      if (t == NULL)
        return NULL;
      g_ptr_array_add (list, t);
    }
  if (rc != SQLITE_DONE)
    {
      fy_store_fail (store, rc, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

FyQuarantineTemplate *
fy_quarantine_get_template (FyStore *store, const char *code, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = fy_store_prepare (store,
      "SELECT id, code, name, builtin FROM quarantine_template WHERE code = ?1", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  fy_bind_text (stmt, 1, code);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return template_from_row (store, stmt, error);
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Choose one of the quarantine rules."));
  else
    fy_store_fail (store, rc, error);
  return NULL;
}

/* "1, 3,5" → ascending day numbers within 1…days, normalised "1,3,5". */
static char *
parse_test_days (const char *text, int days, GError **error)
{
  g_autofree char *norm = fy_normalize_text (text ? text : "");
  g_auto(GStrv) parts = g_strsplit_set (norm, ",，、 ", -1);
  GString *out = g_string_new (NULL);
  int previous = 0;

  for (guint i = 0; parts[i]; i++)
    {
      char *end = NULL;
      gint64 day;

      if (*parts[i] == '\0')
        continue;
      day = g_ascii_strtoll (parts[i], &end, 10);
      if (end == parts[i] || *end != '\0' || day < 1 || day > days || day <= previous)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                       _("Test days must be day numbers from 1 to %d in increasing order, for example 1,3,5."),
                       days);
          g_string_free (out, TRUE);
          return NULL;
        }
      g_string_append_printf (out, "%s%d", out->len ? "," : "", (int) day);
      previous = (int) day;
    }
  return g_string_free (out, FALSE);
}

FyQuarantinePlan *
fy_quarantine_plan (const char *start_in, const FyQuarantinePhase *phases, guint n_phases,
                    GError **error)
{
  g_autoptr(FyQuarantinePlan) plan = g_new0 (FyQuarantinePlan, 1);
  g_autofree char *cursor = NULL;

  plan->start_day = fy_validate_date (start_in ? start_in : "", error);
  if (plan->start_day == NULL)
    return NULL;
  if (n_phases == 0 || n_phases > FY_QUARANTINE_MAX_PHASES)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("A quarantine has 1 to %d phases (for example central isolation, then home isolation)."),
                   FY_QUARANTINE_MAX_PHASES);
      return NULL;
    }
  plan->phases = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_quarantine_phase_free);
  plan->tests = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_quarantine_test_free);
  cursor = g_strdup (plan->start_day);
  for (guint i = 0; i < n_phases; i++)
    {
      const FyQuarantinePhase *in = &phases[i];
      FyQuarantinePhase *p;
      g_auto(GStrv) numbers = NULL;

      if (in->kind >= FY_N_QUARANTINE_KINDS)
        {
          g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                               _("Choose where each phase is spent: in-factory observation, home or central isolation."));
          return NULL;
        }
      if (in->days < 1 || in->days > FY_QUARANTINE_MAX_PHASE_DAYS)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                       _("Each phase lasts 1 to %d days."), FY_QUARANTINE_MAX_PHASE_DAYS);
          return NULL;
        }
      p = g_new0 (FyQuarantinePhase, 1);
      g_ptr_array_add (plan->phases, p);
      p->kind = in->kind;
      p->days = in->days;
      p->test_days = parse_test_days (in->test_days, in->days, error);
      if (p->test_days == NULL)
        return NULL;
      p->start_day = g_strdup (cursor);
      p->end_day = fy_date_add_days (cursor, in->days - 1);
      numbers = g_strsplit (p->test_days, ",", -1);
      for (guint k = 0; numbers[k] && *numbers[k]; k++)
        {
          FyQuarantineTest *t = g_new0 (FyQuarantineTest, 1);
          t->phase = (int) i + 1;
          t->phase_day = (int) g_ascii_strtoll (numbers[k], NULL, 10);
          t->day = fy_date_add_days (p->start_day, t->phase_day - 1);
          g_ptr_array_add (plan->tests, t);
        }
      g_free (cursor);
      cursor = fy_date_add_days (p->end_day, 1);
    }
  plan->end_day = g_strdup (((FyQuarantinePhase *) g_ptr_array_index (plan->phases, n_phases - 1))->end_day);
  return g_steal_pointer (&plan);
}

/* The phase kind in force on `day`: the phase covering it, else (past the
 * end, awaiting release) the last one. */
static FyQuarantineKind
kind_on (GPtrArray *phases, const char *day)
{
  for (guint i = 0; i < phases->len; i++)
    {
      FyQuarantinePhase *p = g_ptr_array_index (phases, i);
      if (strcmp (day, p->end_day) <= 0)
        return p->kind;
    }
  return ((FyQuarantinePhase *) g_ptr_array_index (phases, phases->len - 1))->kind;
}

/* ------------------------------------------------------------------ */
/* Start                                                               */

struct _FyQuarantineStart
{
  gint64              staff_id;
  char               *staff_name;
  char               *old_status;
  gint64              template_id;
  FyQuarantineReason  reason;
  char               *place;
  char               *note;
  gint64              trip_id;
  FyQuarantinePlan   *plan;
};

void
fy_quarantine_start_free (FyQuarantineStart *s)
{
  if (s == NULL)
    return;
  g_free (s->staff_name);
  g_free (s->old_status);
  g_free (s->place);
  g_free (s->note);
  fy_quarantine_plan_free (s->plan);
  g_free (s);
}

static gboolean
check_trip (FyStore *store, gint64 trip_id, gint64 staff_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = fy_store_prepare (store, "SELECT staff_id FROM trip WHERE id = ?1", error);
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, trip_id);
  ok = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int64 (stmt, 0) == staff_id;
  if (!ok)
    g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("The trip given is not one of this person’s trips."));
  return ok;
}

FyQuarantineStart *
fy_quarantine_start_prepare (FyStore *store, const FyQuarantineSpec *spec, GError **error)
{
  g_autoptr(FyQuarantineStart) s = g_new0 (FyQuarantineStart, 1);
  g_autoptr(FyQuarantineTemplate) tmpl = NULL;
  g_auto(FyPersonState) state = { 0 };
  g_autofree char *start = NULL;
  g_autoptr(GArray) phases = g_array_new (FALSE, TRUE, sizeof (FyQuarantinePhase));

  g_return_val_if_fail (spec != NULL, NULL);
  tmpl = fy_quarantine_get_template (store, spec->template_code, error);
  if (tmpl == NULL)
    return NULL;
  if (tmpl->phases->len == 0)
    {
      if (spec->custom_phases == NULL || spec->n_custom_phases == 0)
        {
          g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                               _("Give the phases of the custom quarantine: where, how many days, which test days."));
          return NULL;
        }
      g_array_append_vals (phases, spec->custom_phases, spec->n_custom_phases);
    }
  else
    for (guint i = 0; i < tmpl->phases->len; i++)
      g_array_append_val (phases, *(FyQuarantinePhase *) g_ptr_array_index (tmpl->phases, i));

  start = fy_health_check_day (spec->start_day, FALSE, error);
  if (start == NULL)
    return NULL;
  s->plan = fy_quarantine_plan (start, (FyQuarantinePhase *) phases->data, phases->len, error);
  if (s->plan == NULL)
    return NULL;
  if (spec->reason >= FY_N_QUARANTINE_REASONS)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Choose the reason for the quarantine."));
      return NULL;
    }
  s->place = fy_health_check_text (spec->place, 100, _("The place"), error);
  if (s->place == NULL)
    return NULL;
  s->note = fy_health_check_text (spec->note, 500, _("The note"), error);
  if (s->note == NULL)
    return NULL;

  if (!fy_person_state_load (store, spec->staff_id, start, &state, error))
    return NULL;
  if (state.left)
    {
      fy_person_state_error_left (&state, error);
      return NULL;
    }
  if (state.active_quarantine_id != 0)
    {
      g_autoptr(FyQuarantine) q = fy_quarantine_get (store, state.active_quarantine_id, NULL);
      g_set_error (error, FY_ERROR, FY_ERROR_CONFLICT,
                   _("%s is already under quarantine since %s. Release that quarantine before starting another."),
                   state.name, q ? q->start_day : "?");
      return NULL;
    }
  if (spec->trip_id != 0 && !check_trip (store, spec->trip_id, spec->staff_id, error))
    return NULL;

  s->staff_id = spec->staff_id;
  s->staff_name = g_strdup (state.name);
  s->old_status = g_strdup (fy_staff_status_to_code (state.status));
  s->template_id = tmpl->id;
  s->reason = spec->reason;
  s->trip_id = spec->trip_id;
  return g_steal_pointer (&s);
}

/* A nucleic-acid sample of the person already taken on a planned day. */
static gint64
sample_on_day (FyStore *store, gint64 staff_id, const char *day, GError **error)
{
  g_autofree char *next = fy_date_add_days (day, 1);
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT id FROM test_result WHERE sampled_at >= ?2 AND sampled_at < ?3 AND staff_id = ?1"
      " AND kind = 'pcr' ORDER BY sampled_at LIMIT 1", error);
  gint64 id = 0;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  sqlite3_bind_int64 (stmt, 2, fy_local_day_start (day));
  sqlite3_bind_int64 (stmt, 3, fy_local_day_start (next));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

static gboolean
set_status (FyStore *store, gint64 staff_id, const char *old_status, const char *status, GError **error)
{
  sqlite3_stmt *stmt;

  if (g_strcmp0 (old_status, status) == 0)
    return TRUE;
  stmt = fy_store_prepare_cached (store,
      "UPDATE staff SET status = ?2, updated_at = fy_now () WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  fy_bind_text (stmt, 2, status);
  return fy_store_step_done (store, stmt, error)
      && fy_store_audit (store,
                         &(FyAuditEntry) { .entity = "staff", .entity_id = staff_id, .action = "update",
                                            .field = "status", .old_value = old_status, .new_value = status },
                         error);
}

gboolean
fy_quarantine_start_write (FyStore *store, FyQuarantineStart *s, gint64 now, gint64 *id_out,
                           GError **error)
{
  g_autofree char *today = fy_today ();
  FyQuarantinePlan *plan = s->plan;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (fy_store_in_transaction (store), FALSE);

  stmt = fy_store_prepare_cached (store,
      "INSERT INTO quarantine (staff_id, template_id, reason, trip_id, place, start_day, end_day, note,"
      " created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, s->staff_id);
  sqlite3_bind_int64 (stmt, 2, s->template_id);
  fy_bind_text (stmt, 3, fy_quarantine_reason_to_code (s->reason));
  if (s->trip_id)
    sqlite3_bind_int64 (stmt, 4, s->trip_id);
  else
    sqlite3_bind_null (stmt, 4);
  fy_bind_text (stmt, 5, s->place);
  fy_bind_text (stmt, 6, plan->start_day);
  fy_bind_text (stmt, 7, plan->end_day);
  fy_bind_text (stmt, 8, s->note);
  sqlite3_bind_int64 (stmt, 9, now);
  fy_bind_text (stmt, 10, fy_store_get_actor (store));
  if (!fy_store_step_done (store, stmt, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (fy_store_get_db (store));

  for (guint i = 0; i < plan->phases->len; i++)
    {
      FyQuarantinePhase *p = g_ptr_array_index (plan->phases, i);
      stmt = fy_store_prepare_cached (store,
          "INSERT INTO quarantine_phase (quarantine_id, position, kind, start_day, end_day, test_days)"
          " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int) i + 1);
      fy_bind_text (stmt, 3, fy_quarantine_kind_to_code (p->kind));
      fy_bind_text (stmt, 4, p->start_day);
      fy_bind_text (stmt, 5, p->end_day);
      fy_bind_text (stmt, 6, p->test_days);
      if (!fy_store_step_done (store, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < plan->tests->len; i++)
    {
      FyQuarantineTest *t = g_ptr_array_index (plan->tests, i);
      gint64 sample = strcmp (t->day, today) <= 0 ? sample_on_day (store, s->staff_id, t->day, error) : 0;

      if (sample < 0)
        return FALSE;
      stmt = fy_store_prepare_cached (store,
          "INSERT INTO quarantine_test (quarantine_id, day, staff_id, phase, phase_day, result_id)"
          " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      fy_bind_text (stmt, 2, t->day);
      sqlite3_bind_int64 (stmt, 3, s->staff_id);
      sqlite3_bind_int (stmt, 4, t->phase);
      sqlite3_bind_int (stmt, 5, t->phase_day);
      if (sample > 0)
        sqlite3_bind_int64 (stmt, 6, sample);
      else
        sqlite3_bind_null (stmt, 6);
      if (!fy_store_step_done (store, stmt, error))
        return FALSE;
    }

  if (!fy_store_audit (store,
                       &(FyAuditEntry) { .entity = "quarantine", .entity_id = id, .action = "insert",
                                          .field = "", .old_value = NULL, .new_value = plan->start_day },
                       error)
      || !set_status (store, s->staff_id, s->old_status,
                      fy_quarantine_kind_to_code (kind_on (plan->phases, today)), error))
    return FALSE;
  if (id_out)
    *id_out = id;
  return TRUE;
}

gboolean
fy_quarantine_start (FyStore *store, const FyQuarantineSpec *spec, gint64 now, gint64 *id,
                     GError **error)
{
  g_autoptr(FyQuarantineStart) s = fy_quarantine_start_prepare (store, spec, error);

  if (s == NULL)
    return FALSE;
  if (!fy_store_begin (store, error))
    return FALSE;
  if (!fy_quarantine_start_write (store, s, now, id, error))
    {
      fy_store_rollback (store);
      return FALSE;
    }
  if (!fy_store_commit (store, error))
    return FALSE;
  fy_store_emit_changed (store, FY_STORE_CHANGE_QUARANTINE | FY_STORE_CHANGE_STAFF);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Reading                                                             */

static gpointer
planned_test_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyQuarantineTest *t = g_new0 (FyQuarantineTest, 1);

  t->day = g_strdup (fy_column_text (stmt, 0));
  t->phase = sqlite3_column_int (stmt, 1);
  t->phase_day = sqlite3_column_int (stmt, 2);
  t->result_id = sqlite3_column_int64 (stmt, 3);
  return t;
}

FyQuarantine *
fy_quarantine_get (FyStore *store, gint64 id, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT q.id, s.id, s.employee_no, s.name, s.department, s.team, s.post,"
      " q.template_id, t.code, t.name, q.reason, q.trip_id, q.place, q.note, q.start_day, q.end_day,"
      " q.released_on, q.release_note, q.released_by"
      " FROM quarantine q JOIN staff s ON s.id = q.staff_id"
      " JOIN quarantine_template t ON t.id = q.template_id WHERE q.id = ?1", error);
  g_autoptr(FyQuarantine) q = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!fy_store_step_row (store, stmt, _("This quarantine no longer exists. Reload the list."), error))
    return NULL;
  q = g_new0 (FyQuarantine, 1);
  q->id = sqlite3_column_int64 (stmt, 0);
  fy_health_person_from_row (&q->person, stmt, 1);
  q->template_id = sqlite3_column_int64 (stmt, 7);
  q->template_code = g_strdup (fy_column_text (stmt, 8));
  q->template_name = g_strdup (fy_column_text (stmt, 9));
  q->reason = fy_quarantine_reason_from_code (fy_column_text (stmt, 10));
  q->trip_id = sqlite3_column_int64 (stmt, 11);
  q->place = g_strdup (fy_column_text (stmt, 12));
  q->note = g_strdup (fy_column_text (stmt, 13));
  q->start_day = g_strdup (fy_column_text (stmt, 14));
  q->end_day = g_strdup (fy_column_text (stmt, 15));
  if (sqlite3_column_type (stmt, 16) != SQLITE_NULL)
    q->released_on = g_strdup (fy_column_text (stmt, 16));
  q->release_note = g_strdup (fy_column_text (stmt, 17));
  q->released_by = g_strdup (fy_column_text (stmt, 18));
  sqlite3_reset (stmt);

  q->phases = load_phases (store,
                           "SELECT kind, CAST(julianday(end_day) - julianday(start_day) + 1 AS INTEGER),"
                           " test_days, start_day, end_day FROM quarantine_phase"
                           " WHERE quarantine_id = ?1 ORDER BY position", id, TRUE, error);
  if (q->phases == NULL)
    return NULL;
  {
    g_autoptr(sqlite3_stmt) tests = fy_store_prepare (store,
        "SELECT day, phase, phase_day, result_id FROM quarantine_test WHERE quarantine_id = ?1 ORDER BY day", error);
    if (tests == NULL)
      return NULL;
    sqlite3_bind_int64 (tests, 1, id);
    q->tests = fy_store_collect (store, tests, planned_test_from_row, NULL,
                                 (GDestroyNotify) fy_quarantine_test_free, error);
    if (q->tests == NULL)
      return NULL;
  }
  return g_steal_pointer (&q);
}

static GPtrArray *
list_by (FyStore *store, const char *sql, const char *a, const char *b, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = fy_store_prepare (store, sql, error);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (stmt == NULL)
    return NULL;
  if (a || b)
    {
      fy_bind_text (stmt, 1, a);
      fy_bind_text (stmt, 2, b);
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      fy_store_fail (store, rc, error);
      return NULL;
    }
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_quarantine_free);
  for (guint i = 0; i < ids->len; i++)
    {
      FyQuarantine *q = fy_quarantine_get (store, g_array_index (ids, gint64, i), error);
      if (q == NULL)
        return NULL;
      g_ptr_array_add (list, q);
    }
  return g_steal_pointer (&list);
}

GPtrArray *
fy_quarantine_list_active (FyStore *store, GError **error)
{
  return list_by (store, "SELECT id FROM quarantine WHERE released_on IS NULL ORDER BY start_day, id",
                  NULL, NULL, error);
}

GPtrArray *
fy_quarantine_list (FyStore *store, const char *from, const char *to, GError **error)
{
  /* Covers [start_day, released_on) — or on, while not released. */
  return list_by (store,
                  "SELECT id FROM quarantine WHERE (?2 = '' OR start_day <= ?2)"
                  " AND (?1 = '' OR released_on IS NULL OR released_on > ?1) ORDER BY start_day, id",
                  from ? from : "", to ? to : "", error);
}

/* ------------------------------------------------------------------ */
/* Release and status                                                  */

gboolean
fy_quarantine_release (FyStore *store, gint64 id, const char *day_in, const char *note_in,
                       gint64 now, GError **error)
{
  g_autoptr(FyQuarantine) q = fy_quarantine_get (store, id, error);
  g_auto(FyPersonState) state = { 0 };
  g_autofree char *day = NULL;
  g_autofree char *note = NULL;
  sqlite3_stmt *stmt;

  if (q == NULL)
    return FALSE;
  if (q->released_on)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("This quarantine was already released on %s."), q->released_on);
      return FALSE;
    }
  day = fy_health_check_day (day_in, FALSE, error);
  if (day == NULL)
    return FALSE;
  if (strcmp (day, q->start_day) < 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The release date is before the quarantine started (%s): check the date."), q->start_day);
      return FALSE;
    }
  note = fy_health_check_text (note_in, 500, _("The note"), error);
  if (note == NULL)
    return FALSE;
  if (strcmp (day, q->end_day) <= 0 && *note == '\0')
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The planned quarantine lasts until %s. To release earlier, write the reason or the decision in the note."),
                   q->end_day);
      return FALSE;
    }
  if (!fy_person_state_load (store, q->person.staff_id, NULL, &state, error))
    return FALSE;

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "UPDATE quarantine SET released_on = ?2, release_note = ?3, released_at = ?4, released_by = ?5"
      " WHERE id = ?1 AND released_on IS NULL", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  fy_bind_text (stmt, 2, day);
  fy_bind_text (stmt, 3, note);
  sqlite3_bind_int64 (stmt, 4, now);
  fy_bind_text (stmt, 5, fy_store_get_actor (store));
  if (!fy_store_step_done (store, stmt, error)
      || !fy_store_audit (store,
                          &(FyAuditEntry) { .entity = "quarantine", .entity_id = id, .action = "update",
                                             .field = "released_on", .old_value = NULL, .new_value = day },
                          error))
    goto fail;
  /* Someone who left meanwhile stays "left". */
  if (state.status != FY_STAFF_LEFT
      && !set_status (store, q->person.staff_id, fy_staff_status_to_code (state.status), "on_site", error))
    goto fail;
  if (!fy_store_commit (store, error))
    return FALSE;
  fy_store_emit_changed (store, FY_STORE_CHANGE_QUARANTINE | FY_STORE_CHANGE_STAFF);
  return TRUE;

fail:
  fy_store_rollback (store);
  return FALSE;
}

gboolean
fy_quarantine_refresh_status (FyStore *store, guint *n_changed, GError **error)
{
  g_autoptr(GPtrArray) active = fy_quarantine_list_active (store, error);
  g_autofree char *today = fy_today ();
  guint n = 0;

  if (n_changed)
    *n_changed = 0;
  if (active == NULL)
    return FALSE;
  if (!fy_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < active->len; i++)
    {
      FyQuarantine *q = g_ptr_array_index (active, i);
      g_auto(FyPersonState) state = { 0 };
      const char *want;

      if (q->phases->len == 0 || strcmp (today, q->start_day) < 0)
        continue;
      if (!fy_person_state_load (store, q->person.staff_id, today, &state, error))
        goto fail;
      if (state.status == FY_STAFF_LEFT)
        continue;
      want = fy_quarantine_kind_to_code (kind_on (q->phases, today));
      if (g_str_equal (want, fy_staff_status_to_code (state.status)))
        continue;
      if (!set_status (store, q->person.staff_id, fy_staff_status_to_code (state.status), want, error))
        goto fail;
      n++;
    }
  if (!fy_store_commit (store, error))
    return FALSE;
  if (n_changed)
    *n_changed = n;
  if (n > 0)
    fy_store_emit_changed (store, FY_STORE_CHANGE_STAFF);
  return TRUE;

fail:
  fy_store_rollback (store);
  return FALSE;
}

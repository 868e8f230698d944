/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-tests.c — nucleic-acid and antigen tests: rounds, results, cadence
 * rules and the due / overdue list. */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "fy-health-private.h"
#include "fy-settings.h"
#include "fy-tests.h"
#include "fy-validate.h"

const FyCodeLabel fy_test_kind_labels[FY_N_TEST_KINDS + 1] = {
  { "pcr", N_("Nucleic acid") },
  { "antigen", N_("Antigen") },
  FY_CODE_LABEL_END
};

const FyCodeLabel fy_test_sampling_labels[FY_N_SAMPLINGS + 1] = {
  /* Translators: how a nucleic-acid sample was taken: not recorded (未登记). */
  { "", N_("Not recorded") },
  /* Translators: 单采: one person per tube. */
  { "single", N_("Single sample") },
  /* Translators: 混采: several people pooled in one tube. */
  { "pooled", N_("Pooled sample") },
  FY_CODE_LABEL_END
};

const FyCodeLabel fy_test_result_labels[FY_N_RESULTS + 1] = {
  { "pending", N_("Pending") },
  { "negative", N_("Negative") },
  { "positive", N_("Positive") },
  FY_CODE_LABEL_END
};

const char *
fy_test_kind_to_code (FyTestKind kind)
{
  g_return_val_if_fail (kind < FY_N_TEST_KINDS, "pcr");
  return fy_test_kind_labels[kind].code;
}

FyTestKind
fy_test_kind_from_code (const char *code)
{
  return g_strcmp0 (code, "antigen") == 0 ? FY_TEST_ANTIGEN : FY_TEST_PCR;
}

const char *
fy_test_kind_label (FyTestKind kind)
{
  g_return_val_if_fail (kind < FY_N_TEST_KINDS, "");
  return g_dgettext (GETTEXT_PACKAGE, fy_test_kind_labels[kind].label);
}

const char *
fy_test_outcome_to_code (FyTestOutcome outcome)
{
  g_return_val_if_fail (outcome < FY_N_RESULTS, "pending");
  return fy_test_result_labels[outcome].code;
}

FyTestOutcome
fy_test_outcome_from_code (const char *code)
{
  return fy_code_lookup (fy_test_result_labels, FY_N_RESULTS, code, FY_RESULT_PENDING);
}

const char *
fy_test_outcome_label (FyTestOutcome outcome)
{
  g_return_val_if_fail (outcome < FY_N_RESULTS, "");
  return g_dgettext (GETTEXT_PACKAGE, fy_test_result_labels[outcome].label);
}

const char *
fy_test_sampling_to_code (FyTestSampling sampling)
{
  g_return_val_if_fail (sampling < FY_N_SAMPLINGS, "");
  return fy_test_sampling_labels[sampling].code;
}

FyTestSampling
fy_test_sampling_from_code (const char *code)
{
  for (guint i = 1; i < FY_N_SAMPLINGS; i++)
    if (g_strcmp0 (code, fy_test_sampling_labels[i].code) == 0)
      return i;
  return FY_SAMPLING_UNKNOWN;
}

const char *
fy_test_sampling_label (FyTestSampling sampling)
{
  g_return_val_if_fail (sampling < FY_N_SAMPLINGS, "");
  return g_dgettext (GETTEXT_PACKAGE, fy_test_sampling_labels[sampling].label);
}

void
fy_cadence_rule_free (FyCadenceRule *rule)
{
  if (rule == NULL)
    return;
  g_free (rule->value);
  g_free (rule);
}

void
fy_due_test_free (FyDueTest *due)
{
  if (due == NULL)
    return;
  fy_health_person_clear (&due->person);
  g_free (due->planned_day);
  g_free (due);
}

void
fy_test_result_free (FyTestResult *r)
{
  if (r == NULL)
    return;
  fy_health_person_clear (&r->person);
  g_free (r->place);
  g_free (r);
}

void
fy_test_round_free (FyTestRound *round)
{
  if (round == NULL)
    return;
  g_free (round->place);
  g_free (round->note);
  g_free (round);
}

/* ------------------------------------------------------------------ */
/* Validation                                                          */

static gboolean
check_sample_time (gint64 sampled_at, gint64 now, GError **error)
{
  if (sampled_at <= 0)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Enter the date and time the sample was taken."));
      return FALSE;
    }
  if (sampled_at > now)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("The sample time is in the future: enter when the sample was actually taken."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_result (FyTestOutcome result, gint64 sampled_at, gint64 result_at, gint64 now, GError **error)
{
  if (result >= FY_N_RESULTS)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Choose negative, positive or pending."));
      return FALSE;
    }
  if (result == FY_RESULT_PENDING)
    return TRUE;
  if (result_at <= 0)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Enter when the result came out."));
      return FALSE;
    }
  if (result_at < sampled_at)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("The result time is before the sample time: a result cannot come out before the sample "
                             "is taken. Check both times."));
      return FALSE;
    }
  if (result_at > now)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("The result time is in the future: enter when the result actually came out."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_kind (FyTestKind kind, GError **error)
{
  if (kind < FY_N_TEST_KINDS)
    return TRUE;
  g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Choose nucleic acid or antigen."));
  return FALSE;
}

/* 单采 / 混采 is a property of a nucleic-acid sample only. */
static gboolean
check_sampling (FyTestKind kind, FyTestSampling sampling, GError **error)
{
  if (sampling >= FY_N_SAMPLINGS)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Choose single or pooled sampling."));
      return FALSE;
    }
  if (kind != FY_TEST_PCR && sampling != FY_SAMPLING_UNKNOWN)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("Single or pooled sampling applies to nucleic-acid tests only."));
      return FALSE;
    }
  return TRUE;
}

/* A person may be sampled unless they had left by the sample day. */
static gboolean
check_person (FyStore *store, gint64 staff_id, const char *day, GError **error)
{
  g_auto(FyPersonState) state = { 0 };

  if (!fy_person_state_load (store, staff_id, day, &state, error))
    return FALSE;
  if (state.left)
    return fy_person_state_error_left (&state, error);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Writing                                                             */

/* Inside the transaction: keep staff.last_test_at and the quarantine plan
 * in step with a new nucleic-acid sample. */
static gboolean
after_single_sample (FyStore *store, gint64 staff_id, gint64 sampled_at, FyTestKind kind,
                     gint64 result_id, GError **error)
{
  sqlite3_stmt *stmt;

  if (kind != FY_TEST_PCR)
    return TRUE;
  stmt = fy_store_prepare_cached (store,
      "UPDATE staff SET last_test_at = ?2 WHERE id = ?1 AND (last_test_at IS NULL OR last_test_at < ?2)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  sqlite3_bind_int64 (stmt, 2, sampled_at);
  if (!fy_store_step_done (store, stmt, error))
    return FALSE;
  return fy_quarantine_link_test (store, staff_id, sampled_at, result_id, error);
}

/* One test_result row; `test` holds the already checked values (the place
 * normalised). `round_id` 0 = a single test. */
static gboolean
insert_result (FyStore *store, const FyTestRecordInput *test, gint64 round_id, gint64 now, gint64 *id,
               GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "INSERT INTO test_result (staff_id, sampled_at, kind, result, result_at, place, round_id,"
      " entered_at, entered_by, sampling) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, test->staff_id);
  sqlite3_bind_int64 (stmt, 2, test->sampled_at);
  fy_bind_text (stmt, 3, fy_test_kind_to_code (test->kind));
  fy_bind_text (stmt, 4, fy_test_outcome_to_code (test->result));
  if (test->result != FY_RESULT_PENDING)
    sqlite3_bind_int64 (stmt, 5, test->result_at);
  else
    sqlite3_bind_null (stmt, 5);
  fy_bind_text (stmt, 6, test->place);
  if (round_id)
    sqlite3_bind_int64 (stmt, 7, round_id);
  else
    sqlite3_bind_null (stmt, 7);
  sqlite3_bind_int64 (stmt, 8, now);
  fy_bind_text (stmt, 9, fy_store_get_actor (store));
  fy_bind_text (stmt, 10, fy_test_sampling_to_code (test->sampling));
  if (!fy_store_step_done (store, stmt, error))
    return FALSE;
  if (id)
    *id = sqlite3_last_insert_rowid (fy_store_get_db (store));
  return TRUE;
}

gboolean
fy_tests_record (FyStore *store, const FyTestRecordInput *input, gint64 now, gint64 *result_id, GError **error)
{
  gint64 staff_id = input->staff_id;
  gint64 sampled_at = input->sampled_at;
  FyTestKind kind = input->kind;
  FyTestOutcome result = input->result;
  gint64 result_at = input->result_at;
  g_autofree char *place = NULL;
  g_autofree char *day = NULL;
  gint64 id = 0;

  if (!check_kind (kind, error) || !check_sampling (kind, input->sampling, error)
      || !check_sample_time (sampled_at, now, error)
      || !check_result (result, sampled_at, result_at, now, error))
    return FALSE;
  place = fy_health_check_text (input->place, 100, _("The place"), error);
  if (place == NULL)
    return FALSE;
  day = fy_local_day_of (sampled_at);
  if (!check_person (store, staff_id, day, error))
    return FALSE;

  if (!fy_store_begin (store, error))
    return FALSE;
  if (!insert_result (store,
                      &(FyTestRecordInput) { .staff_id = staff_id, .sampled_at = sampled_at, .kind = kind,
                                             .place = place, .result = result, .result_at = result_at,
                                             .sampling = input->sampling },
                      0, now, &id, error)
      || !after_single_sample (store, staff_id, sampled_at, kind, id, error))
    {
      fy_store_rollback (store);
      return FALSE;
    }
  if (!fy_store_commit (store, error))
    return FALSE;
  if (result_id)
    *result_id = id;
  fy_store_emit_changed (store, FY_STORE_CHANGE_TESTS);
  return TRUE;
}

gboolean
fy_tests_create_round (FyStore *store, const FyTestRoundInput *input,
                       gint64 now, gint64 *round_id_out, guint *n_people, GError **error)
{
  gint64 sampled_at = input->sampled_at;
  FyTestKind kind = input->kind;
  const FyHealthFilter *filter = input->filter;
  GArray *staff_ids = input->staff_ids;
  g_autofree char *place = NULL;
  g_autofree char *note = NULL;
  g_autofree char *day = NULL;
  g_autofree char *today = fy_today ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  gint64 round_id;
  guint n = 0;

  if (n_people)
    *n_people = 0;
  if (!check_kind (kind, error) || !check_sampling (kind, input->sampling, error)
      || !check_sample_time (sampled_at, now, error))
    return FALSE;
  place = fy_health_check_text (input->place, 100, _("The place"), error);
  if (place == NULL)
    return FALSE;
  note = fy_health_check_text (input->note, 500, _("The note"), error);
  if (note == NULL)
    return FALSE;
  day = fy_local_day_of (sampled_at);

  /* Chosen people: every one must be valid before anything is written. */
  if (staff_ids != NULL)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
      for (guint i = 0; i < staff_ids->len; i++)
        {
          gint64 *id = &g_array_index (staff_ids, gint64, i);
          if (!g_hash_table_add (seen, id))
            continue;
          if (!check_person (store, *id, day, error))
            return FALSE;
          g_array_append_val (ids, *id);
        }
      if (ids->len == 0)
        {
          g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Choose at least one person for the test round."));
          return FALSE;
        }
    }

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "INSERT INTO test_round (sampled_at, kind, place, note, created_at, created_by)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, sampled_at);
  fy_bind_text (stmt, 2, fy_test_kind_to_code (kind));
  fy_bind_text (stmt, 3, place);
  fy_bind_text (stmt, 4, note);
  sqlite3_bind_int64 (stmt, 5, now);
  fy_bind_text (stmt, 6, fy_store_get_actor (store));
  if (!fy_store_step_done (store, stmt, error))
    goto fail;
  round_id = sqlite3_last_insert_rowid (fy_store_get_db (store));

  if (staff_ids != NULL)
    {
      for (guint i = 0; i < ids->len; i++)
        if (!insert_result (store,
                            &(FyTestRecordInput) { .staff_id = g_array_index (ids, gint64, i),
                                                   .sampled_at = sampled_at, .kind = kind, .place = place,
                                                   .result = FY_RESULT_PENDING, .sampling = input->sampling },
                            round_id, now, NULL, error))
          goto fail;
      n = ids->len;
    }
  else
    {
      stmt = fy_store_prepare_cached (store,
          "INSERT INTO test_result (staff_id, sampled_at, kind, place, round_id, entered_at, entered_by, sampling)"
          " SELECT s.id, ?5, ?6, ?7, ?8, ?9, ?10, ?11 FROM staff s WHERE" FY_SQL_ELIGIBLE_ON_DAY FY_SQL_NOT_AWAY_ON_DAY
          " ORDER BY s.id", error);
      if (stmt == NULL)
        goto fail;
      fy_bind_text (stmt, 1, day);
      fy_bind_text (stmt, 2, today);
      fy_bind_text (stmt, 3, filter ? filter->department : NULL);
      fy_bind_text (stmt, 4, filter ? filter->team : NULL);
      sqlite3_bind_int64 (stmt, 5, sampled_at);
      fy_bind_text (stmt, 6, fy_test_kind_to_code (kind));
      fy_bind_text (stmt, 7, place);
      sqlite3_bind_int64 (stmt, 8, round_id);
      sqlite3_bind_int64 (stmt, 9, now);
      fy_bind_text (stmt, 10, fy_store_get_actor (store));
      fy_bind_text (stmt, 11, fy_test_sampling_to_code (input->sampling));
      if (!fy_store_step_done (store, stmt, error))
        goto fail;
      n = (guint) sqlite3_changes (fy_store_get_db (store));
      if (n == 0)
        {
          g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                               _("No one on site matches the chosen department and team: the round was not created."));
          goto fail;
        }
    }

  if (kind == FY_TEST_PCR)
    {
      stmt = fy_store_prepare_cached (store,
          "UPDATE staff SET last_test_at = ?2"
          " WHERE id IN (SELECT staff_id FROM test_result WHERE round_id = ?1)"
          " AND (last_test_at IS NULL OR last_test_at < ?2)", error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, round_id);
      sqlite3_bind_int64 (stmt, 2, sampled_at);
      if (!fy_store_step_done (store, stmt, error)
          || !fy_quarantine_link_round (store, round_id, sampled_at, error))
        goto fail;
    }
  if (!fy_store_commit (store, error))
    return FALSE;
  if (round_id_out)
    *round_id_out = round_id;
  if (n_people)
    *n_people = n;
  fy_store_emit_changed (store, FY_STORE_CHANGE_TESTS);
  return TRUE;

fail:
  fy_store_rollback (store);
  return FALSE;
}

gboolean
fy_tests_set_result (FyStore *store, gint64 result_id, FyTestOutcome result, gint64 result_at,
                     gint64 now, GError **error)
{
  return fy_tests_correct_result (store, result_id, result, result_at, NULL, now, error);
}

gboolean
fy_tests_correct_result (FyStore *store, gint64 result_id, FyTestOutcome result, gint64 result_at,
                         const char *reason_in, gint64 now, GError **error)
{
  g_autofree char *reason = NULL;
  gboolean was_pending;
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT sampled_at, result, result_at FROM test_result WHERE id = ?1", error);
  g_autofree char *old = NULL;
  g_autofree char *new = NULL;
  gint64 sampled_at;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, result_id);
  if (!fy_store_step_row (store, stmt, _("This test no longer exists. Reload the list."), error))
    return FALSE;
  sampled_at = sqlite3_column_int64 (stmt, 0);
  old = g_strdup_printf ("%s@%" G_GINT64_FORMAT, fy_column_text (stmt, 1), (gint64) sqlite3_column_int64 (stmt, 2));
  was_pending = g_str_equal (fy_column_text (stmt, 1), "pending");
  sqlite3_reset (stmt);
  if (!check_result (result, sampled_at, result_at, now, error))
    return FALSE;
  if (result == FY_RESULT_PENDING)
    result_at = 0;
  new = g_strdup_printf ("%s@%" G_GINT64_FORMAT, fy_test_outcome_to_code (result), result_at);
  if (g_str_equal (old, new))
    return TRUE;
  if (reason_in != NULL)
    {
      reason = fy_health_check_text (reason_in, 200, _("The reason"), error);
      if (reason == NULL)
        return FALSE;
      if (*reason == '\0' && !was_pending)
        {
          g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                               _("Give the reason for correcting a result already recorded."));
          return FALSE;
        }
      if (*reason)
        {
          /* The audit row keeps the old value, the new one and why. */
          char *with = g_strdup_printf ("%s (%s)", new, reason);
          g_free (new);
          new = with;
        }
    }

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "UPDATE test_result SET result = ?2, result_at = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, result_id);
  fy_bind_text (stmt, 2, fy_test_outcome_to_code (result));
  if (result != FY_RESULT_PENDING)
    sqlite3_bind_int64 (stmt, 3, result_at);
  else
    sqlite3_bind_null (stmt, 3);
  if (!fy_store_step_done (store, stmt, error)
      || !fy_store_audit (store,
                          &(FyAuditEntry) { .entity = "test_result", .entity_id = result_id, .action = "update",
                                             .field = "result", .old_value = old, .new_value = new },
                          error))
    goto fail;
  if (!fy_store_commit (store, error))
    return FALSE;
  fy_store_emit_changed (store, FY_STORE_CHANGE_TESTS);
  return TRUE;

fail:
  fy_store_rollback (store);
  return FALSE;
}

gboolean
fy_tests_round_set_pending (FyStore *store, gint64 round_id, FyTestOutcome result, gint64 result_at,
                            gint64 now, guint *n_set, GError **error)
{
  g_autoptr(FyTestRound) round = fy_tests_get_round (store, round_id, error);
  sqlite3_stmt *stmt;
  guint n;

  if (n_set)
    *n_set = 0;
  if (round == NULL)
    return FALSE;
  if (result == FY_RESULT_PENDING)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Choose negative or positive."));
      return FALSE;
    }
  if (!check_result (result, round->sampled_at, result_at, now, error))
    return FALSE;

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "UPDATE test_result SET result = ?2, result_at = ?3 WHERE round_id = ?1 AND result = 'pending'", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, round_id);
  fy_bind_text (stmt, 2, fy_test_outcome_to_code (result));
  sqlite3_bind_int64 (stmt, 3, result_at);
  if (!fy_store_step_done (store, stmt, error))
    goto fail;
  n = (guint) sqlite3_changes (fy_store_get_db (store));
  {
    g_autofree char *value = g_strdup_printf ("%s@%" G_GINT64_FORMAT " ×%u",
                                              fy_test_outcome_to_code (result), result_at, n);
    if (!fy_store_audit (store,
                         &(FyAuditEntry) { .entity = "test_round", .entity_id = round_id, .action = "update",
                                            .field = "pending_results", .old_value = NULL, .new_value = value },
                         error))
      goto fail;
  }
  if (!fy_store_commit (store, error))
    return FALSE;
  if (n_set)
    *n_set = n;
  fy_store_emit_changed (store, FY_STORE_CHANGE_TESTS);
  return TRUE;

fail:
  fy_store_rollback (store);
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Reading                                                             */

#define ROUND_SELECT \
  "SELECT r.id, r.sampled_at, r.kind, r.place, r.note," \
  " (SELECT count(*) FROM test_result t WHERE t.round_id = r.id)," \
  " (SELECT count(*) FROM test_result t WHERE t.round_id = r.id AND t.result = 'pending')," \
  " (SELECT count(*) FROM test_result t WHERE t.round_id = r.id AND t.result = 'negative')," \
  " (SELECT count(*) FROM test_result t WHERE t.round_id = r.id AND t.result = 'positive')" \
  " FROM test_round r"

static gpointer
round_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyTestRound *r = g_new0 (FyTestRound, 1);

  r->id = sqlite3_column_int64 (stmt, 0);
  r->sampled_at = sqlite3_column_int64 (stmt, 1);
  r->kind = fy_test_kind_from_code (fy_column_text (stmt, 2));
  r->place = g_strdup (fy_column_text (stmt, 3));
  r->note = g_strdup (fy_column_text (stmt, 4));
  r->n_people = sqlite3_column_int (stmt, 5);
  r->n_pending = sqlite3_column_int (stmt, 6);
  r->n_negative = sqlite3_column_int (stmt, 7);
  r->n_positive = sqlite3_column_int (stmt, 8);
  return r;
}

FyTestRound *
fy_tests_get_round (FyStore *store, gint64 round_id, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store, ROUND_SELECT " WHERE r.id = ?1", error);
  FyTestRound *round;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, round_id);
  if (!fy_store_step_row (store, stmt, _("This test round no longer exists. Reload the list."), error))
    return NULL;
  round = round_from_row (stmt, NULL);
  sqlite3_reset (stmt);
  return round;
}

GPtrArray *
fy_tests_list_rounds (FyStore *store, gint64 from, gint64 to, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      ROUND_SELECT " WHERE r.sampled_at >= ?1 AND r.sampled_at < ?2 ORDER BY r.sampled_at DESC, r.id DESC", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, to);
  return fy_store_collect (store, stmt, round_from_row, NULL, (GDestroyNotify) fy_test_round_free, error);
}

#define RESULT_SELECT \
  "SELECT t.id, s.id, s.employee_no, s.name, s.department, s.team, s.post," \
  " t.sampled_at, t.kind, t.result, t.result_at, t.place, t.round_id, t.sampling" \
  " FROM test_result t JOIN staff s ON s.id = t.staff_id"

static gpointer
result_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyTestResult *r = g_new0 (FyTestResult, 1);

  r->id = sqlite3_column_int64 (stmt, 0);
  fy_health_person_from_row (&r->person, stmt, 1);
  r->sampled_at = sqlite3_column_int64 (stmt, 7);
  r->kind = fy_test_kind_from_code (fy_column_text (stmt, 8));
  r->result = fy_test_outcome_from_code (fy_column_text (stmt, 9));
  r->result_at = sqlite3_column_int64 (stmt, 10);
  r->place = g_strdup (fy_column_text (stmt, 11));
  r->round_id = sqlite3_column_int64 (stmt, 12);
  r->sampling = fy_test_sampling_from_code (fy_column_text (stmt, 13));
  return r;
}

static GPtrArray *
collect_results (FyStore *store, sqlite3_stmt *stmt, GError **error)
{
  return fy_store_collect (store, stmt, result_from_row, NULL, (GDestroyNotify) fy_test_result_free, error);
}

GPtrArray *
fy_tests_list_round (FyStore *store, gint64 round_id, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      RESULT_SELECT " WHERE t.round_id = ?1 ORDER BY s.department, s.team, s.name, s.id", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, round_id);
  return collect_results (store, stmt, error);
}

GPtrArray *
fy_tests_list_for_staff (FyStore *store, gint64 staff_id, gint64 since, GError **error)
{
  /* The sampled_at index bounds the search; there is no per-person index. */
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      RESULT_SELECT " WHERE t.sampled_at >= ?2 AND t.staff_id = ?1 ORDER BY t.sampled_at DESC, t.id DESC", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  sqlite3_bind_int64 (stmt, 2, since);
  return collect_results (store, stmt, error);
}

/* ------------------------------------------------------------------ */
/* The due list                                                        */

/* ?1 now + window, ?2 the local day of that instant, ?3 department, ?4 team,
 * ?5 default hours, ?6 high-contact hours. Routine part: one pass over staff
 * (a plain scan: nearly everyone is on site, so the status index would only
 * add lookups) with key lookups into cadence_rule and the active-quarantine
 * index; quarantine part: open planned test days. Never the test table. */
#define DUE_CADENCE FY_SQL_CADENCE ("?6", "?5")
const char fy_tests_due_sql[] =
  "SELECT s.id, s.employee_no, s.name, s.department, s.team, s.post, 0, s.last_test_at,"
  " " DUE_CADENCE ", NULL, NULL"
  " FROM staff s"
  FY_SQL_CADENCE_JOINS
  " WHERE +s.status = 'on_site' AND (?3 = '' OR s.department = ?3) AND (?4 = '' OR s.team = ?4)"
  " AND NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.staff_id = s.id AND q.released_on IS NULL)"
  " AND (s.last_test_at IS NULL OR s.last_test_at + " DUE_CADENCE " * 3600 <= ?1)"
  " UNION ALL"
  " SELECT s.id, s.employee_no, s.name, s.department, s.team, s.post, 1, s.last_test_at, 0,"
  "  qt.quarantine_id, qt.day"
  " FROM quarantine q JOIN quarantine_test qt ON qt.quarantine_id = q.id"
  " JOIN staff s ON s.id = q.staff_id"
  " WHERE q.released_on IS NULL AND qt.result_id IS NULL AND qt.day <= ?2"
  " AND (?3 = '' OR s.department = ?3) AND (?4 = '' OR s.team = ?4)";

static int
compare_due (gconstpointer a, gconstpointer b)
{
  const FyDueTest *x = *(FyDueTest *const *) a;
  const FyDueTest *y = *(FyDueTest *const *) b;
  int c;

  if (x->due_at != y->due_at)
    return x->due_at < y->due_at ? -1 : 1;
  if ((c = g_strcmp0 (x->person.department, y->person.department)) != 0
      || (c = g_strcmp0 (x->person.team, y->person.team)) != 0
      || (c = g_strcmp0 (x->person.name, y->person.name)) != 0)
    return c;
  return (x->person.staff_id > y->person.staff_id) - (x->person.staff_id < y->person.staff_id);
}

typedef struct
{
  gint64      now;
  const char *today;
} DueContext;

static gpointer
due_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  const DueContext *ctx = user_data;
  FyDueTest *due = g_new0 (FyDueTest, 1);

  fy_health_person_from_row (&due->person, stmt, 0);
  due->reason = sqlite3_column_int (stmt, 6) ? FY_DUE_QUARANTINE : FY_DUE_ROUTINE;
  due->last_sampled_at = sqlite3_column_int64 (stmt, 7);
  if (due->reason == FY_DUE_ROUTINE)
    {
      due->cadence_hours = sqlite3_column_int (stmt, 8);
      if (due->last_sampled_at == 0)
        due->overdue = TRUE;        /* never tested */
      else
        {
          due->due_at = due->last_sampled_at + (gint64) due->cadence_hours * 3600;
          /* At exactly the cadence the test is due, one second later overdue. */
          due->overdue = ctx->now > due->due_at;
          if (due->overdue)
            due->hours_overdue = (int) ((ctx->now - due->due_at) / 3600);
        }
    }
  else
    {
      g_autofree char *next = NULL;
      due->quarantine_id = sqlite3_column_int64 (stmt, 9);
      due->planned_day = g_strdup (fy_column_text (stmt, 10));
      due->due_at = fy_local_day_start (due->planned_day);
      due->overdue = strcmp (due->planned_day, ctx->today) < 0;
      if (due->overdue)
        {
          next = fy_date_add_days (due->planned_day, 1);
          due->hours_overdue = (int) ((ctx->now - fy_local_day_start (next)) / 3600);
        }
    }
  return due;
}

GPtrArray *
fy_tests_list_due (FyStore *store, gint64 now, int due_within_hours, const FyHealthFilter *filter,
                   GError **error)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *today = fy_local_day_of (now);
  g_autofree char *limit_day = NULL;
  DueContext ctx = { now, today };
  gint64 limit;
  sqlite3_stmt *stmt;

  if (due_within_hours < 0 || due_within_hours > FY_CADENCE_MAX_HOURS)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("Look ahead between 0 and %d hours."), FY_CADENCE_MAX_HOURS);
      return NULL;
    }
  limit = now + (gint64) due_within_hours * 3600;
  limit_day = fy_local_day_of (limit);
  stmt = fy_store_prepare_cached (store, fy_tests_due_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, limit);
  fy_bind_text (stmt, 2, limit_day);
  fy_bind_text (stmt, 3, filter ? filter->department : NULL);
  fy_bind_text (stmt, 4, filter ? filter->team : NULL);
  sqlite3_bind_int (stmt, 5, fy_tests_get_cadence (store, FY_CADENCE_DEFAULT, NULL));
  sqlite3_bind_int (stmt, 6, fy_tests_get_cadence (store, FY_CADENCE_HIGH_CONTACT, NULL));
  list = fy_store_collect (store, stmt, due_from_row, &ctx, (GDestroyNotify) fy_due_test_free, error);
  if (list == NULL)
    return NULL;
  g_ptr_array_sort (list, compare_due);
  return g_steal_pointer (&list);
}

gboolean
fy_tests_rebuild_last_test (FyStore *store, GError **error)
{
  if (!fy_store_begin (store, error))
    return FALSE;
  /* One pass over the test table grouped by person, not one scan per person. */
  if (!fy_store_exec (store,
                      "UPDATE staff SET last_test_at = NULL;"
                      "UPDATE staff SET last_test_at = m.last FROM"
                      " (SELECT staff_id, max(sampled_at) AS last FROM test_result WHERE kind = 'pcr'"
                      "  GROUP BY staff_id) AS m WHERE m.staff_id = staff.id;", error))
    {
      fy_store_rollback (store);
      return FALSE;
    }
  return fy_store_commit (store, error);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-checklist-store.c — the SQL of checklists: templates and their
 * versions, runs (items copied at start), answers with their corrective
 * actions, sign-off, and the proposed answers read from the app's own data
 * (trips, readings, the zone map, the task force, the register, drills). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-checklist.h"
#include "fy-clock.h"
#include "fy-plans-private.h"
#include "fy-store-private.h"
#include "fy-validate.h"

/* ---- templates ------------------------------------------------------------ */

static gpointer
item_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyChecklistItem *item = g_new0 (FyChecklistItem, 1);

  item->position = sqlite3_column_int (stmt, 0);
  item->category = g_strdup (fy_column_text (stmt, 1));
  item->content = g_strdup (fy_column_text (stmt, 2));
  item->method = fy_code_lookup (fy_check_method_labels, FY_N_CHECK_METHODS,
                                 fy_column_text (stmt, 3), FY_CHECK_BY_RECORD);
  item->evidence_required = sqlite3_column_int (stmt, 4);
  item->probe = g_strdup (fy_column_text (stmt, 5));
  item->answer = fy_code_lookup (fy_check_answer_labels, FY_N_ANSWERS,
                                 fy_column_text (stmt, 6), FY_ANSWER_NONE);
  item->problem = g_strdup (fy_column_text (stmt, 7));
  item->evidence_name = g_strdup (fy_column_text (stmt, 8));
  return item;
}

static GPtrArray *
template_items (FyStore *store, gint64 template_id, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT position, category, content, method, evidence_required, probe, '', '', ''"
      " FROM checklist_template_item WHERE template_id = ?1 ORDER BY position", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, template_id);
  return fy_store_collect (store, stmt, item_from_row, NULL,
                           (GDestroyNotify) fy_checklist_item_free, error);
}

static gpointer
template_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyChecklistTemplate *t = g_new0 (FyChecklistTemplate, 1);

  t->id = sqlite3_column_int64 (stmt, 0);
  t->code = g_strdup (fy_column_text (stmt, 1));
  t->version = sqlite3_column_int (stmt, 2);
  t->name = g_strdup (fy_column_text (stmt, 3));
  t->retired_at = sqlite3_column_int64 (stmt, 4);
  return t;
}

GPtrArray *
fy_checklist_list_templates (FyStore *store, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT id, code, version, name, ifnull(retired_at, 0) FROM checklist_template t WHERE kind = 'checklist'"
      " AND retired_at IS NULL AND version = (SELECT max(version) FROM checklist_template u WHERE u.code = t.code)"
      " ORDER BY (SELECT min(id) FROM checklist_template u WHERE u.code = t.code)", error);
  g_autoptr(GPtrArray) list = NULL;

  if (stmt == NULL)
    return NULL;
  list = fy_store_collect (store, stmt, template_from_row, NULL,
                           (GDestroyNotify) fy_checklist_template_free, error);
  if (list == NULL)
    return NULL;
  for (guint i = 0; i < list->len; i++)
    {
      FyChecklistTemplate *t = list->pdata[i];
      if (!(t->items = template_items (store, t->id, error)))
        return NULL;
    }
  return g_steal_pointer (&list);
}

FyChecklistTemplate *
fy_checklist_get_template (FyStore *store, const char *code, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT id, code, version, name, ifnull(retired_at, 0) FROM checklist_template WHERE code = ?1"
      " ORDER BY version DESC LIMIT 1", error);
  g_autoptr(FyChecklistTemplate) t = NULL;

  if (stmt == NULL)
    return NULL;
  fy_bind_text (stmt, 1, code);
  if (!fy_store_step_row (store, stmt, _("This checklist no longer exists."), error))
    return NULL;
  t = template_from_row (stmt, NULL);
  sqlite3_reset (stmt);
  if (!(t->items = template_items (store, t->id, error)))
    return NULL;
  return g_steal_pointer (&t);
}

gboolean
fy_checklist_save_template (FyStore *store, const char *code, const char *name,
                            const FyChecklistItem *items, guint n_items, gint64 now,
                            gint64 *template_id, GError **error)
{
  g_autofree char *clean_code = NULL, *clean_name = NULL;
  g_autoptr(GPtrArray) category = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) content = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  gint64 id = 0;
  gboolean ok;

  if (!(clean_code = fy_plans_required_text (code, 32, _("The checklist code"), error))
      || !(clean_name = fy_plans_required_text (name, 64, _("The checklist name"), error)))
    return FALSE;
  if (n_items == 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("A checklist needs at least one item."));
      return FALSE;
    }
  for (guint i = 0; i < n_items; i++)
    {
      char *c = fy_plans_required_text (items[i].category, 32, _("The category"), error);
      char *t = c ? fy_plans_required_text (items[i].content, 300, _("The item"), error) : NULL;
      if (t == NULL)
        {
          g_free (c);
          g_prefix_error (error, _("Item %u: "), i + 1);
          return FALSE;
        }
      g_ptr_array_add (category, c);
      g_ptr_array_add (content, t);
    }

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "INSERT INTO checklist_template (code, version, name, created_at, created_by)"
      " VALUES (?1, (SELECT coalesce(max(version), 0) + 1 FROM checklist_template WHERE code = ?1),"
      " ?2, ?3, ?4)", error);
  ok = stmt != NULL;
  if (ok)
    {
      fy_bind_text (stmt, 1, clean_code);
      fy_bind_text (stmt, 2, clean_name);
      sqlite3_bind_int64 (stmt, 3, now);
      fy_bind_text (stmt, 4, fy_store_get_actor (store));
      ok = fy_store_step_done (store, stmt, error);
      id = sqlite3_last_insert_rowid (fy_store_get_db (store));
    }
  for (guint i = 0; ok && i < n_items; i++)
    {
      stmt = fy_store_prepare_cached (store,
          "INSERT INTO checklist_template_item (template_id, position, category, content, method,"
          " evidence_required, probe) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
      ok = stmt != NULL;
      if (!ok)
        break;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int) i + 1);
      fy_bind_text (stmt, 3, category->pdata[i]);
      fy_bind_text (stmt, 4, content->pdata[i]);
      fy_bind_text (stmt, 5, fy_check_method_labels[items[i].method].code);
      sqlite3_bind_int (stmt, 6, items[i].evidence_required ? 1 : 0);
      fy_bind_text (stmt, 7, items[i].probe);
      ok = fy_store_step_done (store, stmt, error);
    }
  if (ok && template_id)
    *template_id = id;
  return fy_plans_commit (store, ok, FY_STORE_CHANGE_PLANS, error);
}

gboolean
fy_checklist_retire_template (FyStore *store, const char *code, gint64 now, GError **error)
{
  g_autoptr(FyChecklistTemplate) tmpl = fy_checklist_get_template (store, code, error);
  sqlite3_stmt *stmt;
  gboolean ok;

  if (tmpl == NULL)
    return FALSE;
  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "UPDATE checklist_template SET retired_at = ?2 WHERE code = ?1 AND retired_at IS NULL", error);
  ok = stmt != NULL;
  if (ok)
    {
      fy_bind_text (stmt, 1, tmpl->code);
      sqlite3_bind_int64 (stmt, 2, now);
      ok = fy_store_step_done (store, stmt, error)
           && fy_store_audit (store, &(FyAuditEntry) { .entity = "checklist_template", .entity_id = tmpl->id,
                                                       .action = "update", .field = "retired_at",
                                                       .new_value = tmpl->code }, error);
    }
  return fy_plans_commit (store, ok, FY_STORE_CHANGE_PLANS, error);
}

/* ---- runs ------------------------------------------------------------------- */

gboolean
fy_checklist_start_run (FyStore *store, const char *code, const char *day, const char *inspector,
                        gint64 now, gint64 *run_id, GError **error)
{
  g_autoptr(FyChecklistTemplate) tmpl = NULL;
  g_autofree char *clean_day = NULL, *clean_inspector = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;
  gboolean ok;

  if (!(clean_day = fy_validate_past_date (day, error))
      || !(clean_inspector = fy_plans_optional_text (inspector, 64, _("The inspector"), error))
      || !(tmpl = fy_checklist_get_template (store, code, error)))
    return FALSE;
  if (tmpl->retired_at != 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("This checklist has been retired: it can no longer be started."));
      return FALSE;
    }

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "INSERT INTO checklist_run (template_id, day, inspector, created_at, created_by)"
      " VALUES (?1, ?2, ?3, ?4, ?5)", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, tmpl->id);
      fy_bind_text (stmt, 2, clean_day);
      fy_bind_text (stmt, 3, clean_inspector);
      sqlite3_bind_int64 (stmt, 4, now);
      fy_bind_text (stmt, 5, fy_store_get_actor (store));
      ok = fy_store_step_done (store, stmt, error);
      id = sqlite3_last_insert_rowid (fy_store_get_db (store));
    }
  if (ok)
    {
      stmt = fy_store_prepare_cached (store,
          "INSERT INTO checklist_run_item (run_id, position, category, content, method,"
          " evidence_required, probe) SELECT ?1, position, category, content, method,"
          " evidence_required, probe FROM checklist_template_item WHERE template_id = ?2", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_int64 (stmt, 2, tmpl->id);
          ok = fy_store_step_done (store, stmt, error);
        }
    }
  if (ok && run_id)
    *run_id = id;
  return fy_plans_commit (store, ok, FY_STORE_CHANGE_PLANS, error);
}

/* The run's day, and whether it is signed; NOT_FOUND when gone. */
static char *
run_state (FyStore *store, gint64 run_id, gboolean *signed_off, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT day, signed_at IS NOT NULL FROM checklist_run WHERE id = ?1", error);
  char *day;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, run_id);
  if (!fy_store_step_row (store, stmt, _("This checklist run no longer exists."), error))
    return NULL;
  day = g_strdup (fy_column_text (stmt, 0));
  *signed_off = sqlite3_column_int (stmt, 1);
  sqlite3_reset (stmt);
  return day;
}

gboolean
fy_checklist_answer (FyStore *store, gint64 run_id, const FyCheckAnswerInput *input, gint64 now,
                     GError **error)
{
  g_autofree char *day = NULL, *problem = NULL, *deadline = NULL, *raised = NULL;
  g_autofree char *evidence_name = NULL;
  g_autoptr(GBytes) evidence = NULL;
  gboolean signed_off = FALSE, with_action, ok;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (input->answer < FY_N_ANSWERS, FALSE);
  if (!(day = run_state (store, run_id, &signed_off, error)))
    return FALSE;
  if (signed_off)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("This checklist is signed off; its answers can no longer change."));
      return FALSE;
    }
  if (!(problem = fy_plans_optional_text (input->problem, 300, _("The problem"), error)))
    return FALSE;
  with_action = input->answer == FY_ANSWER_NO && input->action && *input->action;
  if (with_action)
    {
      FyActionInput action = {
        .source = FY_ACTION_FROM_CHECKLIST, .source_id = run_id, .position = input->position,
        .problem = *problem ? problem : input->action, .action = input->action,
        .responsible = input->responsible, .deadline = input->deadline, .raised_on = day,
      };
      if (!fy_action_validate (&action, &deadline, &raised, error))
        return FALSE;
    }
  if (input->evidence_path && *input->evidence_path)
    {
      if (!(evidence = fy_plans_read_attachment (input->evidence_path, error)))
        return FALSE;
      evidence_name = g_path_get_basename (input->evidence_path);
    }

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "UPDATE checklist_run_item SET answer = ?3, problem = ?4, answered_at = ?5,"
      " evidence_name = CASE WHEN ?6 IS NULL THEN evidence_name ELSE ?6 END,"
      " evidence_data = CASE WHEN ?6 IS NULL THEN evidence_data ELSE ?7 END"
      " WHERE run_id = ?1 AND position = ?2", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, run_id);
      sqlite3_bind_int (stmt, 2, input->position);
      fy_bind_text (stmt, 3, fy_check_answer_labels[input->answer].code);
      fy_bind_text (stmt, 4, problem);
      sqlite3_bind_int64 (stmt, 5, now);
      if (evidence)
        {
          fy_bind_text (stmt, 6, evidence_name);
          sqlite3_bind_blob64 (stmt, 7, g_bytes_get_data (evidence, NULL), g_bytes_get_size (evidence),
                               SQLITE_STATIC);
        }
      else
        {
          sqlite3_bind_null (stmt, 6);
          sqlite3_bind_null (stmt, 7);
        }
      ok = fy_store_step_done (store, stmt, error);
      sqlite3_clear_bindings (stmt);
      if (ok && sqlite3_changes (fy_store_get_db (store)) == 0)
        ok = (g_set_error (error, FY_ERROR, FY_ERROR_NOT_FOUND,
                           _("This checklist has no item %d."), input->position), FALSE);
    }
  if (ok && with_action)
    {
      stmt = fy_store_prepare_cached (store,
          "INSERT INTO action_item (source, source_id, position, problem, action, responsible, deadline,"
          " raised_on, created_at, created_by) VALUES ('checklist', ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
          error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, run_id);
          sqlite3_bind_int (stmt, 2, input->position);
          fy_bind_text (stmt, 3, *problem ? problem : input->action);
          fy_bind_text (stmt, 4, input->action);
          fy_bind_text (stmt, 5, input->responsible);
          fy_bind_text (stmt, 6, deadline);
          fy_bind_text (stmt, 7, raised);
          sqlite3_bind_int64 (stmt, 8, now);
          fy_bind_text (stmt, 9, fy_store_get_actor (store));
          ok = fy_store_step_done (store, stmt, error);
        }
    }
  return fy_plans_commit (store, ok, FY_STORE_CHANGE_PLANS, error);
}

GBytes *
fy_checklist_get_evidence (FyStore *store, gint64 run_id, int position, char **file_name, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT evidence_name, evidence_data FROM checklist_run_item WHERE run_id = ?1 AND position = ?2"
      " AND evidence_data IS NOT NULL", error);
  GBytes *bytes;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, run_id);
  sqlite3_bind_int (stmt, 2, position);
  if (!fy_store_step_row (store, stmt, _("This item has no evidence attached."), error))
    return NULL;
  if (file_name)
    *file_name = g_strdup (fy_column_text (stmt, 0));
  bytes = g_bytes_new (sqlite3_column_blob (stmt, 1), sqlite3_column_bytes (stmt, 1));
  sqlite3_reset (stmt);
  return bytes;
}

gboolean
fy_checklist_sign (FyStore *store, gint64 run_id, const char *inspector, const char *confirmer,
                   gint64 now, GError **error)
{
  g_autofree char *day = NULL, *who = NULL, *boss = NULL;
  gboolean signed_off = FALSE, ok;
  sqlite3_stmt *stmt;
  int unanswered;

  if (!(day = run_state (store, run_id, &signed_off, error)))
    return FALSE;
  if (signed_off)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("This checklist is already signed off."));
      return FALSE;
    }
  if (!(who = fy_plans_required_text (inspector, 64, _("The inspector"), error))
      || !(boss = fy_plans_required_text (confirmer, 64, _("The company’s confirmation"), error)))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "SELECT count(*) FROM checklist_run_item WHERE run_id = ?1 AND answer = ''", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, run_id);
  if (!fy_store_step_row (store, stmt, "", error))
    return FALSE;
  unanswered = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  if (unanswered > 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE, "%d item is not answered yet; answer it before signing off.",
                                "%d items are not answered yet; answer them before signing off.",
                                unanswered), unanswered);
      return FALSE;
    }

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "UPDATE checklist_run SET inspector = ?2, confirmer = ?3, signed_at = ?4 WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, run_id);
      fy_bind_text (stmt, 2, who);
      fy_bind_text (stmt, 3, boss);
      sqlite3_bind_int64 (stmt, 4, now);
      ok = fy_store_step_done (store, stmt, error);
    }
  return fy_plans_commit (store, ok, FY_STORE_CHANGE_PLANS, error);
}

static gpointer
run_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyChecklistRun *r = g_new0 (FyChecklistRun, 1);

  r->id = sqlite3_column_int64 (stmt, 0);
  r->template_id = sqlite3_column_int64 (stmt, 1);
  r->template_code = g_strdup (fy_column_text (stmt, 2));
  r->template_version = sqlite3_column_int (stmt, 3);
  r->name = g_strdup (fy_column_text (stmt, 4));
  r->day = g_strdup (fy_column_text (stmt, 5));
  r->inspector = g_strdup (fy_column_text (stmt, 6));
  r->confirmer = g_strdup (fy_column_text (stmt, 7));
  r->signed_at = sqlite3_column_int64 (stmt, 8);
  return r;
}

#define RUN_COLUMNS \
  "SELECT r.id, t.id, t.code, t.version, t.name, r.day, r.inspector, r.confirmer," \
  " coalesce(r.signed_at, 0) FROM checklist_run r JOIN checklist_template t ON t.id = r.template_id "

FyChecklistRun *
fy_checklist_get_run (FyStore *store, gint64 run_id, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store, RUN_COLUMNS "WHERE r.id = ?1", error);
  g_autoptr(FyChecklistRun) run = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, run_id);
  if (!fy_store_step_row (store, stmt, _("This checklist run no longer exists."), error))
    return NULL;
  run = run_from_row (stmt, NULL);
  sqlite3_reset (stmt);
  stmt = fy_store_prepare_cached (store,
      "SELECT position, category, content, method, evidence_required, probe, answer, problem,"
      " evidence_name FROM checklist_run_item WHERE run_id = ?1 ORDER BY position", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, run_id);
  run->items = fy_store_collect (store, stmt, item_from_row, NULL,
                                 (GDestroyNotify) fy_checklist_item_free, error);
  return run->items ? g_steal_pointer (&run) : NULL;
}

GPtrArray *
fy_checklist_list_runs (FyStore *store, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store, RUN_COLUMNS "ORDER BY r.day DESC, r.id DESC",
                                                error);

  if (stmt == NULL)
    return NULL;
  return fy_store_collect (store, stmt, run_from_row, NULL, (GDestroyNotify) fy_checklist_run_free,
                           error);
}

/* ---- proposed answers ------------------------------------------------------- */

/* One integer from a statement bound with the day as ?1. */
static gboolean
count_for_day (FyStore *store, sqlite3_stmt *stmt, const char *day, int *count, GError **error)
{
  if (stmt == NULL)
    return FALSE;
  if (strstr (sqlite3_sql (stmt), "?1"))
    fy_bind_text (stmt, 1, day);
  if (!fy_store_step_row (store, stmt, "", error))
    return FALSE;
  *count = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static FyCheckProposal *
proposal (FyCheckAnswer answer, char *reason)
{
  FyCheckProposal *p = g_new0 (FyCheckProposal, 1);

  p->answer = answer;
  p->reason = reason;
  return p;
}

FyCheckProposal *
fy_checklist_propose (FyStore *store, const char *probe, const char *day, GError **error)
{
  int n = 0, m = 0;

  if (g_strcmp0 (probe, "trips") == 0)
    {
      if (!count_for_day (store, fy_store_prepare_cached (store,
              "SELECT count(DISTINCT t.staff_id) FROM trip t JOIN staff s ON s.id = t.staff_id"
              " WHERE s.status <> 'left' AND t.returned_on IS NULL AND t.depart_on <= ?1", error),
            day, &n, error))
        return NULL;
      if (n > 0)
        return proposal (FY_ANSWER_NO,
                         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "%d person with a trip not yet returned",
                                                       "%d people with a trip not yet returned", n), n));
      return proposal (FY_ANSWER_YES, g_strdup (_("Every registered trip has returned")));
    }
  if (g_strcmp0 (probe, "readings") == 0)
    {
      if (!count_for_day (store, fy_store_prepare_cached (store,
              "SELECT count(*) FROM staff s WHERE s.status = 'on_site' AND NOT EXISTS"
              " (SELECT 1 FROM reading r WHERE r.day = ?1 AND r.session = 0 AND r.staff_id = s.id)",
              error), day, &n, error))
        return NULL;
      if (n > 0)
        return proposal (FY_ANSWER_NO,
                         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "%d morning reading missing on %s",
                                                       "%d morning readings missing on %s", n), n, day));
      return proposal (FY_ANSWER_YES, g_strdup_printf (_("Every morning reading of %s is entered"), day));
    }
  if (g_strcmp0 (probe, "taskforce") == 0)
    {
      if (!count_for_day (store, fy_store_prepare_cached (store,
              "SELECT count(*) FROM taskforce_member", error), day, &n, error)
          || !count_for_day (store, fy_store_prepare_cached (store,
              "SELECT count(*) FROM taskforce_member WHERE role IN ('leader', 'liaison')", error),
              day, &m, error))
        return NULL;
      if (m < 2 && n > 0)
        return proposal (FY_ANSWER_NO, g_strdup (_("The task force has no leader or no information reporter")));
      if (n == 0)
        return proposal (FY_ANSWER_NO, g_strdup (_("No task force is recorded")));
      return proposal (FY_ANSWER_YES,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Task force of %d person recorded",
                                                     "Task force of %d people recorded", n), n));
    }
  if (g_strcmp0 (probe, "plans") == 0)
    {
      if (!count_for_day (store, fy_store_prepare_cached (store,
              "SELECT count(DISTINCT kind) FROM plan_document WHERE kind IN ('prevention', 'emergency')",
              error), day, &n, error))
        return NULL;
      if (n < 2)
        return proposal (FY_ANSWER_NO,
                         g_strdup (_("The register lacks a prevention plan or an emergency plan")));
      return proposal (FY_ANSWER_YES, g_strdup (_("Prevention and emergency plans are in the register")));
    }
  if (g_strcmp0 (probe, "quarantine") == 0)
    {
      if (!count_for_day (store, fy_store_prepare_cached (store,
              "SELECT count(*) FROM zone_point WHERE kind IN ('isolation', 'observation')", error),
              day, &n, error))
        return NULL;
      if (n == 0)
        return proposal (FY_ANSWER_NO, g_strdup (_("The zone map marks no isolation or observation point")));
      return proposal (FY_ANSWER_YES, g_strdup (_("The zone map marks an isolation or observation point")));
    }
  if (g_strcmp0 (probe, "drills") == 0)
    {
      g_autoptr(GError) local = NULL;
      g_autofree char *last = fy_drill_last_held (store, &local);
      int interval = fy_drill_interval_days (store);

      if (local)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }
      if (last == NULL || fy_date_diff_days (last, day) > interval)
        return proposal (FY_ANSWER_NO,
                         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "No drill within the last %d day",
                                                       "No drill within the last %d days", interval),
                                          interval));
      return proposal (FY_ANSWER_YES, g_strdup_printf (_("Last drill held on %s"), last));
    }
  return NULL;
}

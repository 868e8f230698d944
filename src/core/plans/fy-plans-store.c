/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-plans-store.c — the SQL of the task force, the plan register, the
 * corrective actions and the drills. Each user action is validated first,
 * then written in one transaction that announces FY_STORE_CHANGE_PLANS. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-clock.h"
#include "fy-plans-private.h"
#include "fy-store-private.h"
#include "fy-validate.h"

static char *
dup_or_null (sqlite3_stmt *stmt, int col)
{
  return sqlite3_column_type (stmt, col) == SQLITE_NULL ? NULL : g_strdup (fy_column_text (stmt, col));
}

static void
bind_text_or_null (sqlite3_stmt *stmt, int index, const char *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    fy_bind_text (stmt, index, text);
}

gboolean
fy_plans_commit (FyStore *store, gboolean ok, FyStoreChange change, GError **error)
{
  if (!ok || !fy_store_commit (store, error))
    {
      fy_store_rollback (store);
      return FALSE;
    }
  fy_store_emit_changed (store, change);
  return TRUE;
}

/* ---- task force ---------------------------------------------------------- */

gboolean
fy_taskforce_add (FyStore *store, const FyTaskforceInput *input, gint64 *id, GError **error)
{
  g_autofree char *name = NULL, *phone = NULL, *duty = NULL, *group = NULL;
  g_autofree char *roster_name = NULL, *roster_phone = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (input->role < FY_N_TASKFORCE_ROLES, FALSE);
  if (input->staff_id != 0)
    {
      stmt = fy_store_prepare_cached (store, "SELECT name, phone FROM staff WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, input->staff_id);
      if (!fy_store_step_row (store, stmt, _("This person is no longer on the roster."), error))
        return FALSE;
      roster_name = g_strdup (fy_column_text (stmt, 0));
      roster_phone = g_strdup (fy_column_text (stmt, 1));
      sqlite3_reset (stmt);
    }
  name = fy_validate_name (input->name && *input->name ? input->name : roster_name, error);
  if (name == NULL)
    return FALSE;
  if (input->phone && *input->phone)
    {
      phone = fy_validate_phone (input->phone, NULL, error);
      if (phone == NULL)
        return FALSE;
    }
  else
    phone = g_strdup (roster_phone ? roster_phone : "");
  if (!(duty = fy_plans_optional_text (input->duty, 200, _("The duty"), error))
      || !(group = fy_plans_optional_text (input->group_name, 32, _("The working group"), error)))
    return FALSE;
  if (input->group_leader && *group == '\0')
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("A group leader needs the name of the working group."));
      return FALSE;
    }

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "INSERT INTO taskforce_member (role, group_name, group_leader, staff_id, name, phone, duty, position)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, (SELECT coalesce(max(position), 0) + 1 FROM taskforce_member))",
      error);
  ok = stmt != NULL;
  if (ok)
    {
      fy_bind_text (stmt, 1, fy_taskforce_role_labels[input->role].code);
      fy_bind_text (stmt, 2, group);
      sqlite3_bind_int (stmt, 3, input->group_leader ? 1 : 0);
      if (input->staff_id)
        sqlite3_bind_int64 (stmt, 4, input->staff_id);
      else
        sqlite3_bind_null (stmt, 4);
      fy_bind_text (stmt, 5, name);
      fy_bind_text (stmt, 6, phone);
      fy_bind_text (stmt, 7, duty);
      ok = fy_store_step_done (store, stmt, error);
    }
  if (ok && id)
    *id = sqlite3_last_insert_rowid (fy_store_get_db (store));
  return fy_plans_commit (store, ok, FY_STORE_CHANGE_PLANS, error);
}

gboolean
fy_taskforce_remove (FyStore *store, gint64 id, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store, "DELETE FROM taskforce_member WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = fy_store_step_done (store, stmt, error)
           && fy_store_audit (store, &(FyAuditEntry) { .entity = "taskforce_member", .entity_id = id,
                                                       .action = "delete", .field = "" }, error);
    }
  return fy_plans_commit (store, ok, FY_STORE_CHANGE_PLANS, error);
}

static gpointer
member_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyTaskforceMember *m = g_new0 (FyTaskforceMember, 1);

  m->id = sqlite3_column_int64 (stmt, 0);
  m->role = fy_code_lookup (fy_taskforce_role_labels, FY_N_TASKFORCE_ROLES,
                            fy_column_text (stmt, 1), FY_TASKFORCE_MEMBER);
  m->group_name = g_strdup (fy_column_text (stmt, 2));
  m->group_leader = sqlite3_column_int (stmt, 3);
  m->staff_id = sqlite3_column_int64 (stmt, 4);
  m->name = g_strdup (fy_column_text (stmt, 5));
  m->phone = g_strdup (fy_column_text (stmt, 6));
  m->duty = g_strdup (fy_column_text (stmt, 7));
  return m;
}

GPtrArray *
fy_taskforce_list (FyStore *store, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT id, role, group_name, group_leader, coalesce(staff_id, 0), name, phone, duty"
      " FROM taskforce_member ORDER BY"
      " CASE role WHEN 'leader' THEN 0 WHEN 'deputy' THEN 1 WHEN 'liaison' THEN 2 ELSE 3 END,"
      " group_name, 1 - group_leader, position, id", error);

  if (stmt == NULL)
    return NULL;
  return fy_store_collect (store, stmt, member_from_row, NULL,
                           (GDestroyNotify) fy_taskforce_member_free, error);
}

/* ---- plan documents ------------------------------------------------------ */

gboolean
fy_plan_document_add (FyStore *store, const FyPlanDocumentInput *input, gint64 now,
                      gint64 *id, GError **error)
{
  g_autofree char *title = NULL, *version = NULL, *approved_by = NULL;
  g_autofree char *approved_on = NULL, *next_review = NULL, *file_name = NULL;
  g_autoptr(GBytes) file = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (input->kind < FY_N_PLAN_KINDS, FALSE);
  if (!(title = fy_plans_required_text (input->title, 100, _("The title"), error))
      || !(version = fy_plans_optional_text (input->version, 20, _("The version"), error))
      || !(approved_by = fy_plans_optional_text (input->approved_by, 64, _("Approved by"), error)))
    return FALSE;
  if (input->approved_on && *input->approved_on
      && !(approved_on = fy_validate_past_date (input->approved_on, error)))
    return FALSE;
  if (input->next_review && *input->next_review
      && !(next_review = fy_validate_date (input->next_review, error)))
    return FALSE;
  if (approved_on && next_review && strcmp (next_review, approved_on) < 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The next review (%s) is before the approval (%s)."), next_review, approved_on);
      return FALSE;
    }
  if (input->file_path && *input->file_path)
    {
      file = fy_plans_read_attachment (input->file_path, error);
      if (file == NULL)
        return FALSE;
      file_name = g_path_get_basename (input->file_path);
    }

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "INSERT INTO plan_document (kind, title, version, approved_on, approved_by, next_review,"
      " file_name, file_data, file_size, created_at, created_by)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);
  ok = stmt != NULL;
  if (ok)
    {
      fy_bind_text (stmt, 1, fy_plan_kind_labels[input->kind].code);
      fy_bind_text (stmt, 2, title);
      fy_bind_text (stmt, 3, version);
      bind_text_or_null (stmt, 4, approved_on);
      fy_bind_text (stmt, 5, approved_by);
      bind_text_or_null (stmt, 6, next_review);
      fy_bind_text (stmt, 7, file_name);
      if (file)
        sqlite3_bind_blob64 (stmt, 8, g_bytes_get_data (file, NULL), g_bytes_get_size (file),
                             SQLITE_STATIC);
      else
        sqlite3_bind_null (stmt, 8);
      sqlite3_bind_int64 (stmt, 9, file ? (gint64) g_bytes_get_size (file) : 0);
      sqlite3_bind_int64 (stmt, 10, now);
      fy_bind_text (stmt, 11, fy_store_get_actor (store));
      ok = fy_store_step_done (store, stmt, error);
      sqlite3_clear_bindings (stmt);
    }
  if (ok && id)
    *id = sqlite3_last_insert_rowid (fy_store_get_db (store));
  return fy_plans_commit (store, ok, FY_STORE_CHANGE_PLANS, error);
}

GBytes *
fy_plan_document_get_file (FyStore *store, gint64 id, char **file_name, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT file_name, file_data FROM plan_document WHERE id = ?1 AND file_data IS NOT NULL", error);
  GBytes *bytes;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!fy_store_step_row (store, stmt, _("This document has no file kept."), error))
    return NULL;
  if (file_name)
    *file_name = g_strdup (fy_column_text (stmt, 0));
  bytes = g_bytes_new (sqlite3_column_blob (stmt, 1), sqlite3_column_bytes (stmt, 1));
  sqlite3_reset (stmt);
  return bytes;
}

static gpointer
document_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyPlanDocument *d = g_new0 (FyPlanDocument, 1);

  d->id = sqlite3_column_int64 (stmt, 0);
  d->kind = fy_code_lookup (fy_plan_kind_labels, FY_N_PLAN_KINDS, fy_column_text (stmt, 1), FY_PLAN_OTHER);
  d->title = g_strdup (fy_column_text (stmt, 2));
  d->version = g_strdup (fy_column_text (stmt, 3));
  d->approved_on = dup_or_null (stmt, 4);
  d->approved_by = g_strdup (fy_column_text (stmt, 5));
  d->next_review = dup_or_null (stmt, 6);
  d->file_name = g_strdup (fy_column_text (stmt, 7));
  d->file_size = sqlite3_column_int64 (stmt, 8);
  return d;
}

#define DOCUMENT_COLUMNS \
  "SELECT id, kind, title, version, approved_on, approved_by, next_review, file_name, file_size" \
  " FROM plan_document "

GPtrArray *
fy_plan_document_list (FyStore *store, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      DOCUMENT_COLUMNS "ORDER BY CASE kind WHEN 'prevention' THEN 0 WHEN 'reopening' THEN 1"
      " WHEN 'emergency' THEN 2 WHEN 'commitment' THEN 3 WHEN 'rule' THEN 4 ELSE 5 END, title, id", error);

  if (stmt == NULL)
    return NULL;
  return fy_store_collect (store, stmt, document_from_row, NULL,
                           (GDestroyNotify) fy_plan_document_free, error);
}

GPtrArray *
fy_plan_document_list_review_due (FyStore *store, const char *day, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      DOCUMENT_COLUMNS "WHERE next_review IS NOT NULL AND next_review <= ?1 ORDER BY next_review, id",
      error);

  if (stmt == NULL)
    return NULL;
  fy_bind_text (stmt, 1, day);
  return fy_store_collect (store, stmt, document_from_row, NULL,
                           (GDestroyNotify) fy_plan_document_free, error);
}

/* ---- corrective actions ------------------------------------------------- */

/* An action checked and normalised, ready to insert (owned strings). */
typedef struct
{
  FyActionSource source;
  gint64         source_id;
  int            position;
  char          *problem;
  char          *action;
  char          *responsible;
  char          *deadline;
  char          *raised;
} CleanAction;

static void
clean_action_clear (CleanAction *a)
{
  g_free (a->problem);
  g_free (a->action);
  g_free (a->responsible);
  g_free (a->deadline);
  g_free (a->raised);
}

static gboolean
clean_action (const FyActionInput *input, CleanAction *out, GError **error)
{
  g_return_val_if_fail (input->source < FY_N_ACTION_SOURCES, FALSE);
  out->source = input->source;
  out->source_id = input->source_id;
  out->position = input->position;
  return fy_action_validate (input, &out->deadline, &out->raised, error)
      && (out->problem = fy_plans_required_text (input->problem, 300, _("The problem"), error))
      && (out->action = fy_plans_optional_text (input->action, 300, _("The corrective action"), error))
      && (out->responsible = fy_plans_optional_text (input->responsible, 64, _("The responsible person"),
                                                     error));
}

/* Inside a transaction. */
static gboolean
insert_action (FyStore *store, const CleanAction *a, gint64 now, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "INSERT INTO action_item (source, source_id, position, problem, action, responsible, deadline,"
      " raised_on, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);

  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, fy_action_source_labels[a->source].code);
  sqlite3_bind_int64 (stmt, 2, a->source_id);
  sqlite3_bind_int (stmt, 3, a->position);
  fy_bind_text (stmt, 4, a->problem);
  fy_bind_text (stmt, 5, a->action);
  fy_bind_text (stmt, 6, a->responsible);
  fy_bind_text (stmt, 7, a->deadline);
  fy_bind_text (stmt, 8, a->raised);
  sqlite3_bind_int64 (stmt, 9, now);
  fy_bind_text (stmt, 10, fy_store_get_actor (store));
  return fy_store_step_done (store, stmt, error);
}

gboolean
fy_action_add (FyStore *store, const FyActionInput *input, gint64 now, gint64 *id, GError **error)
{
  CleanAction a = { 0 };
  gboolean ok = clean_action (input, &a, error) && fy_store_begin (store, error);

  if (ok)
    {
      ok = insert_action (store, &a, now, error);
      if (ok && id)
        *id = sqlite3_last_insert_rowid (fy_store_get_db (store));
      ok = fy_plans_commit (store, ok, FY_STORE_CHANGE_PLANS, error);
    }
  clean_action_clear (&a);
  return ok;
}

gboolean
fy_action_close (FyStore *store, gint64 id, const char *day, const char *recheck, GError **error)
{
  g_autofree char *done = NULL, *text = NULL, *raised = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!(done = fy_validate_past_date (day, error))
      || !(text = fy_plans_required_text (recheck, 300, _("The recheck result"), error)))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "SELECT raised_on FROM action_item WHERE id = ?1 AND done_on IS NULL", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!fy_store_step_row (store, stmt, _("This corrective action is already closed or no longer exists."),
                          error))
    return FALSE;
  raised = g_strdup (fy_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (strcmp (done, raised) < 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The action cannot be done on %s, before the problem was found (%s)."), done, raised);
      return FALSE;
    }

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "UPDATE action_item SET done_on = ?2, recheck = ?3 WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      fy_bind_text (stmt, 2, done);
      fy_bind_text (stmt, 3, text);
      ok = fy_store_step_done (store, stmt, error);
    }
  return fy_plans_commit (store, ok, FY_STORE_CHANGE_PLANS, error);
}

static gpointer
action_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyActionItem *a = g_new0 (FyActionItem, 1);

  a->id = sqlite3_column_int64 (stmt, 0);
  a->source = fy_code_lookup (fy_action_source_labels, FY_N_ACTION_SOURCES,
                              fy_column_text (stmt, 1), FY_ACTION_FROM_OTHER);
  a->source_id = sqlite3_column_int64 (stmt, 2);
  a->position = sqlite3_column_int (stmt, 3);
  a->problem = g_strdup (fy_column_text (stmt, 4));
  a->action = g_strdup (fy_column_text (stmt, 5));
  a->responsible = g_strdup (fy_column_text (stmt, 6));
  a->deadline = g_strdup (fy_column_text (stmt, 7));
  a->raised_on = g_strdup (fy_column_text (stmt, 8));
  a->done_on = dup_or_null (stmt, 9);
  a->recheck = g_strdup (fy_column_text (stmt, 10));
  return a;
}

GPtrArray *
fy_action_list (FyStore *store, gboolean open_only, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT id, source, source_id, position, problem, action, responsible, deadline, raised_on,"
      " done_on, recheck FROM action_item WHERE ?1 = 0 OR done_on IS NULL"
      " ORDER BY done_on IS NOT NULL, deadline, id", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, open_only ? 1 : 0);
  return fy_store_collect (store, stmt, action_from_row, NULL,
                           (GDestroyNotify) fy_action_item_free, error);
}

/* ---- drills ---------------------------------------------------------------- */

gboolean
fy_drill_save (FyStore *store, const FyDrill *drill, gint64 now, gint64 *id, GError **error)
{
  return fy_drill_save_with_actions (store, drill, NULL, 0, now, id, error);
}

gboolean
fy_drill_save_with_actions (FyStore *store, const FyDrill *drill, const FyActionInput *actions,
                            guint n_actions, gint64 now, gint64 *id, GError **error)
{
  g_autoptr(GArray) clean = g_array_new (FALSE, TRUE, sizeof (CleanAction));
  gint64 drill_id;
  g_autofree char *scenario = NULL, *day = NULL, *place = NULL, *organiser = NULL;
  g_autofree char *commander = NULL, *participants = NULL, *record = NULL, *recorder = NULL;
  const FyDrillEvaluation *ev = &drill->evaluation;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (drill->kind < FY_N_DRILL_KINDS, FALSE);
  if (!(scenario = fy_plans_required_text (drill->scenario, 200, _("The scenario"), error))
      || !(day = drill->held ? fy_validate_past_date (drill->day, error)
                             : fy_validate_date (drill->day, error))
      || !(place = fy_plans_optional_text (drill->place, 64, _("The place"), error))
      || !(organiser = fy_plans_optional_text (drill->organiser, 64, _("The organiser"), error))
      || !(commander = fy_plans_optional_text (drill->commander, 64, _("The commander"), error))
      || !(participants = fy_plans_optional_text (drill->participants, 2000, _("The participants"), error))
      || !(record = fy_plans_optional_text (drill->record, 4000, _("The record"), error))
      || !(recorder = fy_plans_optional_text (drill->recorder, 64, _("The recorder"), error)))
    return FALSE;
  g_array_set_clear_func (clean, (GDestroyNotify) clean_action_clear);
  if (n_actions > 0 && !drill->held)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("Problems and corrective actions are recorded once the drill has been held."));
      return FALSE;
    }
  for (guint i = 0; i < n_actions; i++)
    {
      FyActionInput in = actions[i];
      CleanAction a = { 0 };

      /* Found on the day of the drill, whatever the caller says. */
      in.source = FY_ACTION_FROM_DRILL;
      in.raised_on = day;
      in.position = (int) i + 1;
      if (!clean_action (&in, &a, error))
        {
          clean_action_clear (&a);
          return FALSE;
        }
      g_array_append_val (clean, a);
    }

  if (!fy_store_begin (store, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "INSERT INTO drill (id, plan_id, kind, scenario, day, place, organiser, commander, participants,"
      " record, held, people_in_place, supplies_sufficient, ppe_worn, efficient, objective_achieved,"
      " revise_plan, recorder, created_at, created_by)"
      " VALUES (nullif(?1, 0), nullif(?2, 0), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
      " ?16, ?17, ?18, ?19, ?20)"
      " ON CONFLICT (id) DO UPDATE SET plan_id = excluded.plan_id, kind = excluded.kind,"
      " scenario = excluded.scenario, day = excluded.day, place = excluded.place,"
      " organiser = excluded.organiser, commander = excluded.commander,"
      " participants = excluded.participants, record = excluded.record, held = excluded.held,"
      " people_in_place = excluded.people_in_place, supplies_sufficient = excluded.supplies_sufficient,"
      " ppe_worn = excluded.ppe_worn, efficient = excluded.efficient,"
      " objective_achieved = excluded.objective_achieved, revise_plan = excluded.revise_plan,"
      " recorder = excluded.recorder", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, drill->id);
      sqlite3_bind_int64 (stmt, 2, drill->plan_id);
      fy_bind_text (stmt, 3, fy_drill_kind_labels[drill->kind].code);
      fy_bind_text (stmt, 4, scenario);
      fy_bind_text (stmt, 5, day);
      fy_bind_text (stmt, 6, place);
      fy_bind_text (stmt, 7, organiser);
      fy_bind_text (stmt, 8, commander);
      fy_bind_text (stmt, 9, participants);
      fy_bind_text (stmt, 10, record);
      sqlite3_bind_int (stmt, 11, drill->held ? 1 : 0);
      sqlite3_bind_int (stmt, 12, ev->people_in_place ? 1 : 0);
      sqlite3_bind_int (stmt, 13, ev->supplies_sufficient ? 1 : 0);
      sqlite3_bind_int (stmt, 14, ev->ppe_worn ? 1 : 0);
      sqlite3_bind_int (stmt, 15, ev->efficient ? 1 : 0);
      sqlite3_bind_int (stmt, 16, ev->objective_achieved ? 1 : 0);
      sqlite3_bind_int (stmt, 17, ev->revise_plan ? 1 : 0);
      fy_bind_text (stmt, 18, recorder);
      sqlite3_bind_int64 (stmt, 19, now);
      fy_bind_text (stmt, 20, fy_store_get_actor (store));
      ok = fy_store_step_done (store, stmt, error);
    }
  drill_id = drill->id ? drill->id : sqlite3_last_insert_rowid (fy_store_get_db (store));
  for (guint i = 0; ok && i < clean->len; i++)
    {
      CleanAction *a = &g_array_index (clean, CleanAction, i);
      a->source_id = drill_id;
      ok = insert_action (store, a, now, error);
    }
  if (ok && id)
    *id = drill_id;
  return fy_plans_commit (store, ok, FY_STORE_CHANGE_PLANS, error);
}

static gpointer
drill_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyDrill *d = g_new0 (FyDrill, 1);

  d->id = sqlite3_column_int64 (stmt, 0);
  d->plan_id = sqlite3_column_int64 (stmt, 1);
  d->kind = fy_code_lookup (fy_drill_kind_labels, FY_N_DRILL_KINDS, fy_column_text (stmt, 2),
                            FY_DRILL_TABLETOP);
  d->scenario = g_strdup (fy_column_text (stmt, 3));
  d->day = g_strdup (fy_column_text (stmt, 4));
  d->place = g_strdup (fy_column_text (stmt, 5));
  d->organiser = g_strdup (fy_column_text (stmt, 6));
  d->commander = g_strdup (fy_column_text (stmt, 7));
  d->participants = g_strdup (fy_column_text (stmt, 8));
  d->record = g_strdup (fy_column_text (stmt, 9));
  d->held = sqlite3_column_int (stmt, 10);
  d->evaluation.people_in_place = sqlite3_column_int (stmt, 11);
  d->evaluation.supplies_sufficient = sqlite3_column_int (stmt, 12);
  d->evaluation.ppe_worn = sqlite3_column_int (stmt, 13);
  d->evaluation.efficient = sqlite3_column_int (stmt, 14);
  d->evaluation.objective_achieved = sqlite3_column_int (stmt, 15);
  d->evaluation.revise_plan = sqlite3_column_int (stmt, 16);
  d->recorder = g_strdup (fy_column_text (stmt, 17));
  return d;
}

GPtrArray *
fy_drill_list (FyStore *store, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT id, coalesce(plan_id, 0), kind, scenario, day, place, organiser, commander, participants,"
      " record, held, people_in_place, supplies_sufficient, ppe_worn, efficient, objective_achieved,"
      " revise_plan, recorder FROM drill ORDER BY day DESC, id DESC", error);

  if (stmt == NULL)
    return NULL;
  return fy_store_collect (store, stmt, drill_from_row, NULL, (GDestroyNotify) fy_drill_free, error);
}

char *
fy_drill_last_held (FyStore *store, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT max(day) FROM drill WHERE held = 1", error);
  char *day;

  if (stmt == NULL || !fy_store_step_row (store, stmt, "", error))
    return NULL;
  day = dup_or_null (stmt, 0);
  sqlite3_reset (stmt);
  return day;
}

int
fy_drill_interval_days (FyStore *store)
{
  int days = fy_store_get_setting_int (store, "plans.drill_interval_days");

  return days > 0 ? days : 180;
}

gboolean
fy_drill_set_interval_days (FyStore *store, int days, GError **error)
{
  g_autofree char *value = NULL;
  gboolean ok;

  if (days < FY_DRILL_INTERVAL_MIN || days > FY_DRILL_INTERVAL_MAX)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("A drill interval of %d days is not possible. Enter %d to %d days."), days,
                   FY_DRILL_INTERVAL_MIN, FY_DRILL_INTERVAL_MAX);
      return FALSE;
    }
  value = g_strdup_printf ("%d", days);
  if (!fy_store_begin (store, error))
    return FALSE;
  ok = fy_store_set_setting (store, "plans.drill_interval_days", value, error);
  /* Settings only: the Plans page keeps its rows (and the focus in the field). */
  return fy_plans_commit (store, ok, FY_STORE_CHANGE_SETTINGS, error);
}

gboolean
fy_drill_reminder_due (FyStore *store, const char *today, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *last = fy_drill_last_held (store, &local);

  if (local)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return last == NULL || fy_date_diff_days (last, today) > fy_drill_interval_days (store);
}

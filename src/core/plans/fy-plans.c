/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-plans.c — the records of the plans domain: code ↔ label tables, the
 * free functions, and the rules checked before anything is written (texts,
 * deadlines, attachments, the overdue rule). The SQL is in
 * fy-plans-store.c. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "fy-error.h"
#include "fy-plans-private.h"
#include "fy-validate.h"

const FyCodeLabel fy_taskforce_role_labels[] = {
  [FY_TASKFORCE_LEADER] = { "leader", N_("Leader") },
  [FY_TASKFORCE_DEPUTY] = { "deputy", N_("Deputy leader") },
  [FY_TASKFORCE_MEMBER] = { "member", N_("Member") },
  [FY_TASKFORCE_LIAISON] = { "liaison", N_("Epidemic information reporter") },
  [FY_N_TASKFORCE_ROLES] = FY_CODE_LABEL_END,
};

const FyCodeLabel fy_plan_kind_labels[] = {
  [FY_PLAN_PREVENTION] = { "prevention", N_("Prevention plan") },
  [FY_PLAN_REOPENING] = { "reopening", N_("Reopening plan") },
  [FY_PLAN_EMERGENCY] = { "emergency", N_("Emergency plan") },
  [FY_PLAN_COMMITMENT] = { "commitment", N_("Letter of commitment") },
  [FY_PLAN_RULE] = { "rule", N_("Rules") },
  [FY_PLAN_OTHER] = { "other", N_("Other") },
  [FY_N_PLAN_KINDS] = FY_CODE_LABEL_END,
};

const FyCodeLabel fy_action_source_labels[] = {
  [FY_ACTION_FROM_CHECKLIST] = { "checklist", N_("Checklist") },
  [FY_ACTION_FROM_DRILL] = { "drill", N_("Drill") },
  [FY_ACTION_FROM_EMERGENCY] = { "emergency", N_("Emergency procedure") },
  [FY_ACTION_FROM_OTHER] = { "other", N_("Other") },
  [FY_N_ACTION_SOURCES] = FY_CODE_LABEL_END,
};

const FyCodeLabel fy_drill_kind_labels[] = {
  [FY_DRILL_TABLETOP] = { "tabletop", N_("Tabletop drill") },
  [FY_DRILL_FUNCTIONAL] = { "functional", N_("Functional drill") },
  [FY_DRILL_FULL] = { "full", N_("Full-scale drill") },
  [FY_N_DRILL_KINDS] = FY_CODE_LABEL_END,
};

char *
fy_plans_optional_text (const char *input, guint max, const char *what, GError **error)
{
  g_autofree char *text = fy_normalize_text (input ? input : "");

  if (g_utf8_strlen (text, -1) > (glong) max)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("%s is too long: at most %u characters."), what, max);
      return NULL;
    }
  return g_steal_pointer (&text);
}

char *
fy_plans_required_text (const char *input, guint max, const char *what, GError **error)
{
  g_autofree char *text = fy_plans_optional_text (input, max, what, error);

  if (text == NULL)
    return NULL;
  if (*text == '\0')
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("%s is required."), what);
      return NULL;
    }
  return g_steal_pointer (&text);
}

gboolean
fy_action_validate (const FyActionInput *input, char **deadline, char **raised_on,
                    GError **error)
{
  g_autofree char *problem = NULL, *raised = NULL, *due = NULL;

  problem = fy_plans_required_text (input->problem, 300, _("The problem"), error);
  if (problem == NULL)
    return FALSE;
  raised = input->raised_on ? fy_validate_date (input->raised_on, error) : fy_today ();
  if (raised == NULL)
    return FALSE;
  if (input->deadline == NULL || *input->deadline == '\0')
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("A corrective action needs a deadline."));
      return FALSE;
    }
  due = fy_validate_date (input->deadline, error);
  if (due == NULL)
    return FALSE;
  if (strcmp (due, raised) < 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The deadline %s is before the day the problem was found (%s)."), due, raised);
      return FALSE;
    }
  *deadline = g_steal_pointer (&due);
  *raised_on = g_steal_pointer (&raised);
  return TRUE;
}

gboolean
fy_action_is_overdue (const FyActionItem *item, const char *today)
{
  return item->done_on == NULL && strcmp (today, item->deadline) > 0;
}

GBytes *
fy_plans_read_attachment (const char *path, GError **error)
{
  GStatBuf st;
  char *data = NULL;
  gsize len = 0;

  if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("“%s” is not a file that can be attached."), path);
      return NULL;
    }
  if (st.st_size > FY_PLAN_FILE_MAX_BYTES)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The file is larger than %d MB and cannot be kept."),
                   FY_PLAN_FILE_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  if (!g_file_get_contents (path, &data, &len, NULL) || len > FY_PLAN_FILE_MAX_BYTES)
    {
      g_free (data);
      g_set_error (error, FY_ERROR, FY_ERROR_IO, _("The file “%s” could not be read."), path);
      return NULL;
    }
  return g_bytes_new_take (data, len);
}

void
fy_taskforce_member_free (FyTaskforceMember *member)
{
  if (member == NULL)
    return;
  g_free (member->group_name);
  g_free (member->name);
  g_free (member->phone);
  g_free (member->duty);
  g_free (member);
}

void
fy_plan_document_free (FyPlanDocument *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->title);
  g_free (doc->version);
  g_free (doc->approved_on);
  g_free (doc->approved_by);
  g_free (doc->next_review);
  g_free (doc->file_name);
  g_free (doc);
}

void
fy_action_item_free (FyActionItem *item)
{
  if (item == NULL)
    return;
  g_free (item->problem);
  g_free (item->action);
  g_free (item->responsible);
  g_free (item->deadline);
  g_free (item->raised_on);
  g_free (item->done_on);
  g_free (item->recheck);
  g_free (item);
}

void
fy_drill_free (FyDrill *drill)
{
  if (drill == NULL)
    return;
  g_free (drill->scenario);
  g_free (drill->day);
  g_free (drill->place);
  g_free (drill->organiser);
  g_free (drill->commander);
  g_free (drill->participants);
  g_free (drill->record);
  g_free (drill->recorder);
  g_free (drill);
}

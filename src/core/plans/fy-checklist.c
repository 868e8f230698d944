/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-checklist.c — the code ↔ label tables and free functions of
 * checklists. The SQL (templates, runs, proposed answers) is in
 * fy-checklist-store.c. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-checklist.h"

const FyCodeLabel fy_check_method_labels[] = {
  [FY_CHECK_BY_FILE] = { "file", N_("Check documents") },
  [FY_CHECK_BY_RECORD] = { "record", N_("Check records") },
  [FY_CHECK_BY_OBJECT] = { "object", N_("Check on site") },
  [FY_CHECK_BY_INQUIRY] = { "inquiry", N_("Ask") },
  [FY_N_CHECK_METHODS] = FY_CODE_LABEL_END,
};

const FyCodeLabel fy_check_answer_labels[] = {
  [FY_ANSWER_NONE] = { "", N_("Not answered") },
  [FY_ANSWER_YES] = { "yes", N_("Yes") },
  [FY_ANSWER_NO] = { "no", N_("No") },
  [FY_ANSWER_NA] = { "na", N_("Not applicable") },
  [FY_N_ANSWERS] = FY_CODE_LABEL_END,
};

void
fy_checklist_item_free (FyChecklistItem *item)
{
  if (item == NULL)
    return;
  g_free (item->category);
  g_free (item->content);
  g_free (item->probe);
  g_free (item->problem);
  g_free (item->evidence_name);
  g_free (item);
}

void
fy_checklist_template_free (FyChecklistTemplate *tmpl)
{
  if (tmpl == NULL)
    return;
  g_free (tmpl->code);
  g_free (tmpl->name);
  g_clear_pointer (&tmpl->items, g_ptr_array_unref);
  g_free (tmpl);
}

void
fy_checklist_run_free (FyChecklistRun *run)
{
  if (run == NULL)
    return;
  g_free (run->template_code);
  g_free (run->name);
  g_free (run->day);
  g_free (run->inspector);
  g_free (run->confirmer);
  g_clear_pointer (&run->items, g_ptr_array_unref);
  g_free (run);
}

void
fy_check_proposal_free (FyCheckProposal *proposal)
{
  if (proposal == NULL)
    return;
  g_free (proposal->reason);
  g_free (proposal);
}

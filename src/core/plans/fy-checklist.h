/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-checklist.h — checklist templates kept as data and the runs made of
 * them (企业疫情防控检查表 / 自查表 / 复工复产检查清单).
 *
 * A template is versioned: saving it writes a new version, and a run copies
 * the items of the version it was started from, so editing a template never
 * changes a run already made. Per item a run records 是 / 否 / 不适用, the
 * problem and evidence; a "no" with a corrective action adds it to the one
 * action list (fy-plans.h). A run is signed off (检查人, 企业负责人确认) only
 * when every item is answered. Where Fangyi knows the answer from its own
 * data an item carries a probe and fy_checklist_propose() suggests the
 * answer with its reason. */
#pragma once

#include <glib.h>

#include "fy-code-label.h"
#include "fy-types.h"

G_BEGIN_DECLS

typedef enum
{
  FY_CHECK_BY_FILE,      /* 查文件 */
  FY_CHECK_BY_RECORD,    /* 查记录 */
  FY_CHECK_BY_OBJECT,    /* 查实物 */
  FY_CHECK_BY_INQUIRY,   /* 问询 */
  FY_N_CHECK_METHODS
} FyCheckMethod;

extern const FyCodeLabel fy_check_method_labels[FY_N_CHECK_METHODS + 1];

typedef enum
{
  FY_ANSWER_NONE,
  FY_ANSWER_YES,         /* 是 */
  FY_ANSWER_NO,          /* 否 */
  FY_ANSWER_NA,          /* 不适用 */
  FY_N_ANSWERS
} FyCheckAnswer;

extern const FyCodeLabel fy_check_answer_labels[FY_N_ANSWERS + 1];

typedef struct
{
  int            position;       /* 1-based */
  char          *category;
  char          *content;
  FyCheckMethod  method;
  gboolean       evidence_required;
  char          *probe;          /* "" = none; see fy_checklist_propose () */
  /* In a run only: */
  FyCheckAnswer  answer;
  char          *problem;
  char          *evidence_name;  /* "" = none */
} FyChecklistItem;

typedef struct
{
  gint64     id;
  char      *code;
  int        version;
  char      *name;
  gint64     retired_at;         /* 0 = in use */
  GPtrArray *items;              /* FyChecklistItem* */
} FyChecklistTemplate;

typedef struct
{
  gint64     id;
  gint64     template_id;
  char      *template_code;
  int        template_version;
  char      *name;
  char      *day;
  char      *inspector;
  char      *confirmer;
  gint64     signed_at;          /* 0 while open */
  GPtrArray *items;              /* FyChecklistItem* */
} FyChecklistRun;

/* The latest version of every template, by code. FyChecklistTemplate*
 * with items. */
GPtrArray  *fy_checklist_list_templates (FyStore           *store,
                                         GError           **error);
FyChecklistTemplate *fy_checklist_get_template (FyStore    *store,
                                         const char        *code,
                                         GError           **error);
/* Writes the next version of template `code` (a new code starts at 1)
 * with these items (position is taken from the order). */
gboolean    fy_checklist_save_template  (FyStore           *store,
                                         const char        *code,
                                         const char        *name,
                                         const FyChecklistItem *items,
                                         guint              n_items,
                                         gint64             now,
                                         gint64            *template_id,
                                         GError           **error);

/* Retires template `code` (every version): it leaves the list of
 * templates and can no longer be started; the runs made of it stay. The
 * template is still found by code (fy_checklist_get_template), so a new
 * custom code never reuses it. */
gboolean    fy_checklist_retire_template (FyStore          *store,
                                          const char       *code,
                                          gint64            now,
                                          GError          **error);

/* Starts a run of the latest version of `code` for `day` (not in the
 * future), copying its items. */
gboolean    fy_checklist_start_run      (FyStore           *store,
                                         const char        *code,
                                         const char        *day,
                                         const char        *inspector,
                                         gint64             now,
                                         gint64            *run_id,
                                         GError           **error);

/* One answer; with answer NO and an action text, a corrective action is
 * added in the same transaction (deadline not before the run's day). */
typedef struct
{
  int            position;
  FyCheckAnswer  answer;
  const char    *problem;
  const char    *action;
  const char    *responsible;
  const char    *deadline;
  const char    *evidence_path;  /* NULL = keep; a file of at most FY_PLAN_FILE_MAX_BYTES */
} FyCheckAnswerInput;

gboolean    fy_checklist_answer         (FyStore           *store,
                                         gint64             run_id,
                                         const FyCheckAnswerInput *input,
                                         gint64             now,
                                         GError           **error);
/* The evidence file attached to item `position` of a run, with its name;
 * NOT_FOUND when none. */
GBytes     *fy_checklist_get_evidence   (FyStore           *store,
                                         gint64             run_id,
                                         int                position,
                                         char             **file_name,
                                         GError           **error);
/* Sign-off: refused while an item is unanswered or the run is signed. */
gboolean    fy_checklist_sign           (FyStore           *store,
                                         gint64             run_id,
                                         const char        *inspector,
                                         const char        *confirmer,
                                         gint64             now,
                                         GError           **error);
FyChecklistRun *fy_checklist_get_run    (FyStore           *store,
                                         gint64             run_id,
                                         GError           **error);
/* Newest first, without items. FyChecklistRun*. */
GPtrArray  *fy_checklist_list_runs      (FyStore           *store,
                                         GError           **error);

/* A suggested answer with its reason (translated), from the app's data on
 * `day`; NULL (no error) when the probe is "" or unknown. */
typedef struct
{
  FyCheckAnswer  answer;
  char          *reason;
} FyCheckProposal;

FyCheckProposal *fy_checklist_propose   (FyStore           *store,
                                         const char        *probe,
                                         const char        *day,
                                         GError           **error);

void        fy_checklist_item_free      (FyChecklistItem     *item);
void        fy_checklist_template_free  (FyChecklistTemplate *tmpl);
void        fy_checklist_run_free       (FyChecklistRun      *run);
void        fy_check_proposal_free      (FyCheckProposal     *proposal);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyChecklistTemplate, fy_checklist_template_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyChecklistRun, fy_checklist_run_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyCheckProposal, fy_check_proposal_free)

G_END_DECLS

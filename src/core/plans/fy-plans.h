/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-plans.h — the plans domain: the prevention task force (防控专班), the
 * register of plan documents (方案、预案、承诺书、制度), the one list of
 * corrective actions (整改) that checklists, drills and the emergency
 * procedure all feed, and drills (应急演练). Checklists are in
 * fy-checklist.h, the emergency procedure in fy-emergency.h.
 *
 * Every write is validated before BEGIN, is one transaction and announces
 * FY_STORE_CHANGE_PLANS. */
#pragma once

#include <glib.h>

#include "fy-code-label.h"
#include "fy-types.h"

G_BEGIN_DECLS

/* ---- task force --------------------------------------------------------- */

typedef enum
{
  FY_TASKFORCE_LEADER,     /* 组长: the legal representative */
  FY_TASKFORCE_DEPUTY,     /* 副组长 */
  FY_TASKFORCE_MEMBER,     /* 成员 */
  FY_TASKFORCE_LIAISON,    /* 疫情信息报告人 */
  FY_N_TASKFORCE_ROLES
} FyTaskforceRole;

extern const FyCodeLabel fy_taskforce_role_labels[FY_N_TASKFORCE_ROLES + 1];

typedef struct
{
  gint64           id;
  FyTaskforceRole  role;
  char            *group_name;    /* working group, "" = none */
  gboolean         group_leader;
  gint64           staff_id;      /* 0 = from outside the roster */
  char            *name;
  char            *phone;
  char            *duty;
} FyTaskforceMember;

/* What to add. With a staff id the name and phone come from the roster
 * when left empty. */
typedef struct
{
  FyTaskforceRole  role;
  const char      *group_name;
  gboolean         group_leader;
  gint64           staff_id;
  const char      *name;
  const char      *phone;
  const char      *duty;
} FyTaskforceInput;

gboolean   fy_taskforce_add        (FyStore                *store,
                                    const FyTaskforceInput *input,
                                    gint64                 *id,
                                    GError                **error);
gboolean   fy_taskforce_remove     (FyStore                *store,
                                    gint64                  id,
                                    GError                **error);
/* Leader, deputies, members, liaison; then by group. FyTaskforceMember*. */
GPtrArray *fy_taskforce_list       (FyStore                *store,
                                    GError                **error);
void       fy_taskforce_member_free (FyTaskforceMember     *member);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyTaskforceMember, fy_taskforce_member_free)

/* ---- plan documents ------------------------------------------------------ */

typedef enum
{
  FY_PLAN_PREVENTION,   /* 防控方案 */
  FY_PLAN_REOPENING,    /* 复工复产方案 */
  FY_PLAN_EMERGENCY,    /* 应急预案 */
  FY_PLAN_COMMITMENT,   /* 承诺书 */
  FY_PLAN_RULE,         /* 制度 */
  FY_PLAN_OTHER,
  FY_N_PLAN_KINDS
} FyPlanKind;

extern const FyCodeLabel fy_plan_kind_labels[FY_N_PLAN_KINDS + 1];

/* A file kept with a plan: larger files are refused. */
#define FY_PLAN_FILE_MAX_BYTES (20 * 1024 * 1024)

typedef struct
{
  gint64      id;
  FyPlanKind  kind;
  char       *title;
  char       *version;
  char       *approved_on;   /* NULL = not recorded */
  char       *approved_by;
  char       *next_review;   /* NULL = none */
  char       *file_name;     /* "" = no file */
  gint64      file_size;
} FyPlanDocument;

typedef struct
{
  FyPlanKind  kind;
  const char *title;
  const char *version;
  const char *approved_on;
  const char *approved_by;
  const char *next_review;
  const char *file_path;     /* NULL = no file; read and kept in the database */
} FyPlanDocumentInput;

gboolean   fy_plan_document_add    (FyStore                   *store,
                                    const FyPlanDocumentInput *input,
                                    gint64                     now,
                                    gint64                    *id,
                                    GError                   **error);
/* The stored file's bytes and name. */
GBytes    *fy_plan_document_get_file (FyStore                 *store,
                                    gint64                     id,
                                    char                     **file_name,
                                    GError                   **error);
/* By kind and title. FyPlanDocument*. */
GPtrArray *fy_plan_document_list   (FyStore                   *store,
                                    GError                   **error);
/* Documents whose next review is on or before `day` (today + notice). */
GPtrArray *fy_plan_document_list_review_due (FyStore          *store,
                                    const char                *day,
                                    GError                   **error);
void       fy_plan_document_free   (FyPlanDocument            *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyPlanDocument, fy_plan_document_free)

/* ---- corrective actions ------------------------------------------------- */

typedef enum
{
  FY_ACTION_FROM_CHECKLIST,
  FY_ACTION_FROM_DRILL,
  FY_ACTION_FROM_EMERGENCY,
  FY_ACTION_FROM_OTHER,
  FY_N_ACTION_SOURCES
} FyActionSource;

extern const FyCodeLabel fy_action_source_labels[FY_N_ACTION_SOURCES + 1];

typedef struct
{
  gint64          id;
  FyActionSource  source;
  gint64          source_id;
  int             position;      /* the checklist item, 0 = none */
  char           *problem;
  char           *action;
  char           *responsible;
  char           *deadline;
  char           *raised_on;
  char           *done_on;       /* NULL while open */
  char           *recheck;
} FyActionItem;

typedef struct
{
  FyActionSource  source;
  gint64          source_id;
  int             position;
  const char     *problem;
  const char     *action;
  const char     *responsible;
  const char     *deadline;      /* not before raised_on */
  const char     *raised_on;     /* NULL = today */
} FyActionInput;

/* Open and past its deadline day on `today`: due on the deadline itself,
 * overdue from the next day. */
gboolean   fy_action_is_overdue    (const FyActionItem *item,
                                    const char         *today);
gboolean   fy_action_add           (FyStore            *store,
                                    const FyActionInput *input,
                                    gint64              now,
                                    gint64             *id,
                                    GError            **error);
/* Closes an action: `day` (not before it was raised, not in the future)
 * and the recheck result (required). */
gboolean   fy_action_close         (FyStore            *store,
                                    gint64              id,
                                    const char         *day,
                                    const char         *recheck,
                                    GError            **error);
/* Open ones first, by deadline. FyActionItem*. */
GPtrArray *fy_action_list          (FyStore            *store,
                                    gboolean            open_only,
                                    GError            **error);
void       fy_action_item_free     (FyActionItem       *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyActionItem, fy_action_item_free)

/* The plans line of the daily report for `day`: the figures (plan reviews
 * due, corrective actions open at the end of the day, of which overdue) and
 * the remarks (the plans due and the overdue actions with their deadlines;
 * "" when none), both owned; `abnormal` when anything is due or overdue. */
gboolean   fy_plans_report_line    (FyStore            *store,
                                    const char         *day,
                                    char              **figures,
                                    char              **remarks,
                                    gboolean           *abnormal,
                                    GError            **error);

/* ---- drills ------------------------------------------------------------- */

typedef enum
{
  FY_DRILL_TABLETOP,     /* 桌面演练 */
  FY_DRILL_FUNCTIONAL,   /* 功能演练 */
  FY_DRILL_FULL,         /* 全面演练 */
  FY_N_DRILL_KINDS
} FyDrillKind;

extern const FyCodeLabel fy_drill_kind_labels[FY_N_DRILL_KINDS + 1];

/* The evaluation ticks of the drill record (ledgers.md §11). */
typedef struct
{
  gboolean people_in_place;
  gboolean supplies_sufficient;
  gboolean ppe_worn;
  gboolean efficient;
  gboolean objective_achieved;   /* FALSE = must re-drill */
  gboolean revise_plan;
} FyDrillEvaluation;

typedef struct
{
  gint64             id;
  gint64             plan_id;     /* 0 = none */
  FyDrillKind        kind;
  char              *scenario;
  char              *day;
  char              *place;
  char              *organiser;
  char              *commander;
  char              *participants;
  char              *record;
  char              *recorder;
  gboolean           held;
  FyDrillEvaluation  evaluation;
} FyDrill;

/* Plans a drill (held = FALSE) or records one (held = TRUE: the day may not
 * be in the future). Problems go to the action list with fy_action_add
 * (FY_ACTION_FROM_DRILL, the drill's id). */
gboolean   fy_drill_save           (FyStore            *store,
                                    const FyDrill      *drill,
                                    gint64              now,
                                    gint64             *id,
                                    GError            **error);
/* Saves a drill held with the problems it showed: each becomes a corrective
 * action (FY_ACTION_FROM_DRILL, raised on the drill's day, position 1…n) in
 * the same transaction; all are checked before anything is written. */
gboolean   fy_drill_save_with_actions (FyStore          *store,
                                    const FyDrill      *drill,
                                    const FyActionInput *actions,
                                    guint               n_actions,
                                    gint64              now,
                                    gint64             *id,
                                    GError            **error);
GPtrArray *fy_drill_list           (FyStore            *store,
                                    GError            **error);
/* The day of the last drill held, or NULL. */
char      *fy_drill_last_held      (FyStore            *store,
                                    GError            **error);
/* The days between drills (setting "plans.drill_interval_days", 180 when
 * unset) and whether one is due on `today`. */
int        fy_drill_interval_days  (FyStore            *store);
/* Sets the interval: FY_DRILL_INTERVAL_MIN … FY_DRILL_INTERVAL_MAX days. */
#define FY_DRILL_INTERVAL_MIN 7
#define FY_DRILL_INTERVAL_MAX 730
gboolean   fy_drill_set_interval_days (FyStore          *store,
                                    int                 days,
                                    GError            **error);
gboolean   fy_drill_reminder_due   (FyStore            *store,
                                    const char         *today,
                                    GError            **error);
void       fy_drill_free           (FyDrill            *drill);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyDrill, fy_drill_free)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-plans-dialogs.h — the dialogs of the Plans page: run a checklist (one
 * expandable row per item, keyboard first), start an emergency procedure,
 * close a corrective action, add a task force member, a plan document or a
 * drill. */
#pragma once

#include <adwaita.h>

#include "fy-emergency.h"
#include "fy-store.h"

G_BEGIN_DECLS

/* Opens a run (answers, problems, actions; sign-off). */
GtkWindow *fy_checklist_dialog_present (GtkWidget *parent,
                                        FyStore   *store,
                                        gint64     run_id);
/* The modal frame of the larger dialogs: Cancel (Close when not editable)
 * and Save (shown and default when editable) in the header, `content`
 * scrolled below, Esc cancels. Not yet presented. */
GtkWindow *fy_plans_frame_new          (GtkWidget  *parent,
                                        const char *title,
                                        gboolean    editable,
                                        GtkWidget  *content,
                                        GtkWidget **save);
/* A flat icon button named by its tooltip and accessible label. */
GtkWidget *fy_plans_icon_button        (const char *icon,
                                        const char *label);
/* The hidden error line of a dialog (named "error"). */
GtkLabel  *fy_plans_error_label        (void);
/* Opens bytes kept in the database with the desktop's default application,
 * through a private copy (0600) in the user's cache. */
void       fy_plans_open_bytes         (GtkWidget  *parent,
                                        const char *name,
                                        GBytes     *bytes);
/* How long an opened copy is kept: a day. */
#define FY_PLANS_OPEN_KEEP_S (24 * 3600)
/* Removes the copies fy_plans_open_bytes wrote more than `max_age_s`
 * seconds ago (the viewer has long read them; they hold plan documents and
 * evidence photos). Returns how many went. */
guint      fy_plans_open_clean         (gint64      max_age_s);
/* Edits a checklist template; Save writes its next version. With `code`
 * NULL: a new checklist of the company's own. */
GtkWindow *fy_template_dialog_present  (GtkWidget  *parent,
                                        FyStore    *store,
                                        const char *code);
/* Asks for the trigger (and a name when staff_id is 0), then starts. */
AdwMessageDialog *fy_emergency_dialog_present (GtkWidget          *parent,
                                               FyStore            *store,
                                               gint64              staff_id,
                                               FyEmergencyTrigger  trigger);
/* Asks for the recheck result, then closes the action today. */
AdwMessageDialog *fy_action_close_dialog_present (GtkWidget *parent,
                                                  FyStore   *store,
                                                  gint64     action_id);

/* Adds a task force member / registers a plan document / records a drill. */
AdwMessageDialog *fy_taskforce_dialog_present (GtkWidget *parent,
                                               FyStore   *store);
AdwMessageDialog *fy_document_dialog_present  (GtkWidget *parent,
                                               FyStore   *store);
AdwMessageDialog *fy_drill_dialog_present     (GtkWidget *parent,
                                               FyStore   *store);

G_END_DECLS

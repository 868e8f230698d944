/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-form-util.h — small helpers shared by the health record dialogs
 * (tests, trips, quarantine, vaccination): inline error labels, typed
 * date + time fields, choice lists from a label function, toasts. */
#pragma once

#include <adwaita.h>

#include "fy-types.h"

G_BEGIN_DECLS

/* The health views reload this long after the last data change (results
 * typed one by one), not on every change. */
#define FY_VIEW_RELOAD_DELAY_MS 250

/* Shows `message` in `label` (an ".error" label under a form), or hides
 * the label for NULL. */
void           fy_form_set_error      (GtkLabel    *label,
                                       const char  *message);
/* Fills a date and a time field with now (fy_now). */
void           fy_form_set_now        (GtkEditable *day,
                                       GtkEditable *time_of_day);
/* Reads a date and a time field (fy_parse_local_instant). */
gboolean       fy_form_read_instant   (GtkEditable *day,
                                       GtkEditable *time_of_day,
                                       gint64      *instant,
                                       GError     **error);
/* A string list of `n` labels label_func (0) … label_func (n - 1). */
GtkStringList *fy_form_labels         (const char *(*label_func) (int value),
                                       int          n);
/* A toast in the main window `widget` belongs to (directly or through the
 * dialogs it is transient for); nothing if there is none. */
void           fy_form_toast          (GtkWidget   *widget,
                                       const char  *text);
/* A boxed list with one row naming a person (name; employee no.,
 * department, team, post, status), or NULL with `error` set. */
GtkWidget     *fy_form_person_row     (FyStore     *store,
                                       gint64       staff_id,
                                       GError     **error);
/* A quarantine plan in words: "Until 2026-11-28 (7 days). Home isolation
 * 11-22 – 11-28. Tests on 11-22, 11-24, 11-26, 11-28." Owned. */
char          *fy_form_describe_plan  (const FyQuarantinePlan *plan);
/* Puts the focus of a dialog just shown in its first text field (else its
 * first focusable control below the header bar), never on Cancel. */
void           fy_form_focus_first_field (GtkWindow *dialog);
/* A wrapping grid of check buttons (symptoms, areas, ticks), at most
 * `per_line` a line, that is one Tab stop: Tab leaves it, arrows move
 * from check to check, Space ticks. */
GtkWidget     *fy_form_check_grid     (guint        per_line);
/* Adds `check` to a grid of fy_form_check_grid. */
void           fy_form_check_grid_add (GtkWidget   *grid,
                                       GtkWidget   *check);
/* The window to make a dialog transient for. */
GtkWindow     *fy_form_window_of      (GtkWidget   *widget);

G_END_DECLS

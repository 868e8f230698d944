/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-tests-view.h — the Health page's "tests" view: who must be tested
 * today and who is overdue (nucleic acid, by cadence and quarantine test
 * days), the recent test rounds, and the ways in: a new round, one
 * person's test, results of a round, the cadence rules. */
#pragma once

#include <gtk/gtk.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_TESTS_VIEW (fy_tests_view_get_type ())
G_DECLARE_FINAL_TYPE (FyTestsView, fy_tests_view, FY, TESTS_VIEW, GtkWidget)

GtkWidget  *fy_tests_view_new             (FyStore     *store);
void        fy_tests_view_reload          (FyTestsView *self);

G_END_DECLS

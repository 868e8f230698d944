/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-today-page.h — the first page: the day at a glance (headcount, entries
 * and missing per session, abnormal readings, tests due and overdue,
 * quarantine with today's tests, open follow-ups), each a click away from
 * where to act, and the daily / zero report. Keeps quarantine statuses
 * current at start-up and when the day changes. */
#pragma once

#include <gtk/gtk.h>

#include "fy-daily-report.h"
#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_TODAY_PAGE (fy_today_page_get_type ())
G_DECLARE_FINAL_TYPE (FyTodayPage, fy_today_page, FY, TODAY_PAGE, GtkWidget)

/* Recomputes the numbers now (the page also does it on every store change,
 * coalesced, and at midnight). */
void                 fy_today_page_reload     (FyTodayPage *self);

G_END_DECLS

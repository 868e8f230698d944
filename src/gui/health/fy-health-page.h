/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-health-page.h — the Health page: the day, the session and the
 * department / team filter in a toolbar, and an inner view switcher over
 * views: "entry" (daily temperatures, this page's own), "tests" and
 * "travel" (added by their modules with fy_health_page_add_view).
 *
 * Views that follow the day or filter read the page's properties "day"
 * (YYYY-MM-DD), "session" (FyHealthSession), "department" and "team"
 * ("" = any) and listen to their notify signals. */
#pragma once

#include <adwaita.h>

#include "fy-daily-entry.h"
#include "fy-health.h"

G_BEGIN_DECLS

#define FY_TYPE_HEALTH_PAGE (fy_health_page_get_type ())
G_DECLARE_FINAL_TYPE (FyHealthPage, fy_health_page, FY, HEALTH_PAGE, GtkWidget)

/* Shows a view by name ("entry", "tests", "travel"); unknown names are ignored. */
void          fy_health_page_show           (FyHealthPage *page,
                                             const char   *view);
/* Adds a view to the inner switcher (title is shown as given: translate it). */
void          fy_health_page_add_view       (FyHealthPage *page,
                                             GtkWidget    *view,
                                             const char   *name,
                                             const char   *title,
                                             const char   *icon);
/* The daily-entry view (borrowed): fy_daily_entry_show() on it to go to a
 * day, session and person; the toolbar follows. */
FyDailyEntry *fy_health_page_get_entry      (FyHealthPage *page);

G_END_DECLS

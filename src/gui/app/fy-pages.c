/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-pages.c — the table of the window's pages. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-disinfection-page.h"
#include "fy-gate-page.h"
#include "fy-health-page.h"
#include "fy-ledgers-page.h"
#include "fy-pages.h"
#include "fy-plans-page.h"
#include "fy-staff-page.h"
#include "fy-supplies-page.h"
#include "fy-today-page.h"
#include "fy-zones-page.h"

static const FyPageInfo pages[] = {
  { "today", N_("Today"), "x-office-calendar-symbolic", fy_today_page_get_type },
  { "staff", N_("Staff"), "system-users-symbolic", fy_staff_page_get_type },
  { "health", N_("Health"), "emblem-favorite-symbolic", fy_health_page_get_type },
  { "zones", N_("Zones"), "mark-location-symbolic", fy_zones_page_get_type },
  { "supplies", N_("Supplies"), "package-x-generic-symbolic", fy_supplies_page_get_type },
  { "disinfection", N_("Disinfection"), "weather-showers-scattered-symbolic", fy_disinfection_page_get_type },
  { "plans", N_("Plans"), "view-list-bullet-symbolic", fy_plans_page_get_type },
  { "gate", N_("Gate"), "security-medium-symbolic", fy_gate_page_get_type },
  { "ledgers", N_("Ledgers"), "x-office-spreadsheet-symbolic", fy_ledgers_page_get_type },
};

const FyPageInfo *
fy_pages_get (guint *n_pages)
{
  *n_pages = G_N_ELEMENTS (pages);
  return pages;
}

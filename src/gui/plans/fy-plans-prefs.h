/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-plans-prefs.h — the Plans page of Preferences: the drill interval
 * (setting plans.drill_interval_days) after which Today reminds. */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

AdwPreferencesPage *fy_plans_prefs_page_new (FyStore *store);

G_END_DECLS

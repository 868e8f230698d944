/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supplies-prefs.h — the Supplies page of Preferences. */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

AdwPreferencesPage *fy_supplies_prefs_page_new (FyStore *store);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-disinfection-prefs.h — the Disinfection page of Preferences: the risk
 * rules (the least frequency for areas of each level; red and yellow each
 * shift by default) and the number of shifts a day. Saved on change. */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

AdwPreferencesPage *fy_disinfection_prefs_page_new (FyStore *store);

G_END_DECLS

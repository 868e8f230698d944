/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-prefs.h — the Gate page of Preferences: how old a test may be at
 * the gate (hours), how far ahead a truck is declared (hours), and how
 * long trucks and visitors may stay (minutes). Saved on change. */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

AdwPreferencesPage *fy_gate_prefs_page_new (FyStore *store);

G_END_DECLS

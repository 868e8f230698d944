/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-preferences-private.h — what fy-preferences.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-preferences.h"

G_BEGIN_DECLS

/* The field of the last refused value, FY_SETTINGS_FIELD_NONE after a save. */
FySettingsField  fy_preferences_get_error_field  (FyPreferences   *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-validate-private.h — what fy-validate.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-validate.h"

G_BEGIN_DECLS

/* Licence plate (GA 36). Returns the normalised plate (owned). A plate of
 * another kind (military, embassy) fails with FY_ERROR_INVALID unless
 * allow_other, in which case it is returned and *is_other is TRUE. */
char     *fy_validate_plate        (const char  *input,
                                    gboolean     allow_other,
                                    gboolean    *is_other,
                                    GError     **error);

G_END_DECLS

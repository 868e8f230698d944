/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-staff-import-private.h — what fy-staff-import.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-staff-import.h"

G_BEGIN_DECLS

/* Column titles as written in the file: recognised ones, and the others
 * (which are left alone). NULL-terminated, borrowed. */
const char * const     *fy_staff_import_get_mapped_headers (FyStaffImport  *import);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-health-entry-private.h — for fy-health-entry.c and its unit test. */
#pragma once

#include "fy-health-entry.h"
#include "fy-health-private.h"

G_BEGIN_DECLS

/* The page query, whose plan the test asserts (an index walk in list order:
 * no sort of the roster, no scan of reading). */
extern const char fy_health_entry_list_sql[];

G_END_DECLS

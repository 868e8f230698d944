/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-disinfection-due-private.h — what the tests read of the "Disinfection
 * now" section. */
#pragma once

#include "fy-disinfection-due.h"

G_BEGIN_DECLS

/* Due and overdue lines shown. */
guint fy_disinfection_due_get_n_lines (FyDisinfectionDue *self);

G_END_DECLS

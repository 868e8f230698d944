/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-error.h — the one error domain of Fangyi's core.
 *
 * Messages are sentences for the user, already translated; callers show
 * error->message as is and branch on the code only when they must. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define FY_ERROR (fy_error_quark ())

typedef enum
{
  FY_ERROR_FAILED,        /* anything else */
  FY_ERROR_INVALID,       /* user input broke a rule; nothing was written */
  FY_ERROR_NOT_FOUND,
  FY_ERROR_CONFLICT,      /* e.g. duplicate employee number */
  FY_ERROR_STORE,         /* SQLite failed */
  FY_ERROR_DISK_FULL,
  FY_ERROR_NEWER,         /* database made by a newer Fangyi: refused, untouched */
  FY_ERROR_CORRUPT,       /* damaged database: moved aside */
  FY_ERROR_FOREIGN,       /* not a Fangyi database */
  FY_ERROR_IO,
  FY_ERROR_CANCELLED,
} FyErrorCode;

GQuark fy_error_quark (void);

G_END_DECLS

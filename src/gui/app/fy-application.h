/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-application.h — the GUI application: opens the store, owns backups. */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_APPLICATION (fy_application_get_type ())
G_DECLARE_FINAL_TYPE (FyApplication, fy_application, FY, APPLICATION, AdwApplication)

FyApplication *fy_application_new        (void);
FyStore       *fy_application_get_store  (FyApplication *self);
/* Reopens the database (after a restore). */
gboolean       fy_application_reopen     (FyApplication *self,
                                          GError       **error);
GSettings     *fy_application_get_settings (FyApplication *self);

G_END_DECLS

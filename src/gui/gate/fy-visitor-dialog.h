/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-visitor-dialog.h — declare a visitor ahead (or edit an expected
 * visit): who (found again by ID number or phone), when, why, whom they
 * visit, the areas they may enter, their car, travel, health code, last
 * test, vaccination and companions. */
#pragma once

#include <gtk/gtk.h>

#include "fy-store.h"

G_BEGIN_DECLS

/* `visit_id` 0 = a new declaration. Returns the dialog (NULL when the
 * visit could not be read: an error dialog was shown). */
GtkWindow *fy_visitor_dialog_present (GtkWindow *parent,
                                      FyStore   *store,
                                      gint64     visit_id);

G_END_DECLS

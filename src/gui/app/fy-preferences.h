/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-preferences.h — the Preferences window: the company settings stored in
 * the database (company, signatures, fever line, test cadences, backups). */
#pragma once

#include <adwaita.h>

#include "fy-settings.h"
#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_PREFERENCES (fy_preferences_get_type ())
G_DECLARE_FINAL_TYPE (FyPreferences, fy_preferences, FY, PREFERENCES, AdwPreferencesWindow)

/* Shows the window (or raises the one already open for this store). A row
 * is saved when it is applied (entry rows: the ✓ button or Enter; spin and
 * combo rows: on change) and everything left over when the window closes.
 * Each save is one transaction; a refused value marks its row, shows the
 * sentence under the row's group and saves nothing. */
void             fy_preferences_present          (GtkWindow       *parent,
                                                  FyStore         *store);

/* For tests and assistive technology. */
FyPreferences   *fy_preferences_new              (GtkWindow       *parent,
                                                  FyStore         *store);
/* The AdwEntryRow, GtkSpinButton or AdwComboRow editing a field. */
GtkWidget       *fy_preferences_get_field_widget (FyPreferences   *self,
                                                  FySettingsField  field);
/* The label under the field's group that shows its error (hidden when none). */
GtkLabel        *fy_preferences_get_error_label  (FyPreferences   *self,
                                                  FySettingsField  field);
/* Saves every field as shown now; FALSE (and the error shown) if refused. */
gboolean         fy_preferences_save_all         (FyPreferences   *self);

G_END_DECLS

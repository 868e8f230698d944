/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-operator-dialog.h — "Switch Operator…" of the primary menu: who sits
 * at the desk now. Every record made from then on is signed with that name
 * (the store's operator); empty goes back to the 填表人 of Preferences. */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

/* The dialog (an AdwMessageDialog), shown, focus in the name field. */
GtkWidget *fy_operator_dialog_present (GtkWindow *parent,
                                       FyStore   *store);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supply-item-dialog.h — a new or edited supply item: code, name, category,
 * spec, unit, place, minimum stock, consumption rule and its amount,
 * reserve days. */
#pragma once

#include <adwaita.h>

#include "fy-store.h"
#include "fy-supplies.h"

G_BEGIN_DECLS

#define FY_TYPE_SUPPLY_ITEM_DIALOG (fy_supply_item_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FySupplyItemDialog, fy_supply_item_dialog, FY, SUPPLY_ITEM_DIALOG, AdwWindow)

FySupplyItemDialog *fy_supply_item_dialog_new (GtkWindow *parent,
                                               FyStore   *store);
/* The form filled with `item` (NULL = a new item); Save updates it. */
FySupplyItemDialog *fy_supply_item_dialog_new_edit (GtkWindow          *parent,
                                                    FyStore            *store,
                                                    const FySupplyItem *item);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supply-item-window.h — one supply item in detail: its batches with
 * expiry (expired red, within 30 days amber), the stock over the last 90
 * days with the reserve line, its movements newest first, and the actions
 * on it: edit, return to a batch, scrap, stock-take, and reversing a
 * movement (Enter on its line). */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_SUPPLY_ITEM_WINDOW (fy_supply_item_window_get_type ())
G_DECLARE_FINAL_TYPE (FySupplyItemWindow, fy_supply_item_window, FY, SUPPLY_ITEM_WINDOW, AdwWindow)

FySupplyItemWindow *fy_supply_item_window_new (GtkWindow *parent,
                                               FyStore   *store,
                                               gint64     item_id);

G_END_DECLS

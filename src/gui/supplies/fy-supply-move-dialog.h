/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supply-move-dialog.h — typing receipts or issues one after another
 * without the mouse: item by code or name (completion), quantity, Enter;
 * the next one starts at once. An issue shows its first-expiry-first-out
 * split across batches before Enter confirms it; a refusal (more than on
 * hand, an expired batch…) is shown under the form and nothing is written.
 * The last entry can be reversed (红冲) with a reason. */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

typedef enum
{
  FY_SUPPLY_MOVE_RECEIPT,
  FY_SUPPLY_MOVE_ISSUE,
} FySupplyMoveKind;

#define FY_TYPE_SUPPLY_MOVE_DIALOG (fy_supply_move_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FySupplyMoveDialog, fy_supply_move_dialog, FY, SUPPLY_MOVE_DIALOG, AdwWindow)

FySupplyMoveDialog *fy_supply_move_dialog_new (GtkWindow        *parent,
                                               FyStore          *store,
                                               FySupplyMoveKind  kind);

G_END_DECLS

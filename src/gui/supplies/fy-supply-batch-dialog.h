/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supply-batch-dialog.h — the small forms of an item's window: a return
 * to a batch (退库), a scrap from a batch with its approval note (报废), a
 * stock-take with the counted quantity of every batch and the reason of a
 * difference (盘点), and reversing one movement with a reason (红冲). Enter
 * saves, a refusal shows under the form with nothing written, Esc closes. */
#pragma once

#include <adwaita.h>

#include "fy-store.h"
#include "fy-supplies.h"

G_BEGIN_DECLS

typedef enum
{
  FY_SUPPLY_BATCH_RETURN,
  FY_SUPPLY_BATCH_SCRAP,
  FY_SUPPLY_BATCH_STOCKTAKE,
  FY_SUPPLY_BATCH_REVERSE,
} FySupplyBatchAction;

#define FY_TYPE_SUPPLY_BATCH_DIALOG (fy_supply_batch_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FySupplyBatchDialog, fy_supply_batch_dialog, FY, SUPPLY_BATCH_DIALOG, AdwWindow)

/* `movement` is the line to reverse (FY_SUPPLY_BATCH_REVERSE only, else
 * NULL). */
FySupplyBatchDialog *fy_supply_batch_dialog_new (GtkWindow               *parent,
                                                 FyStore                 *store,
                                                 gint64                   item_id,
                                                 FySupplyBatchAction      action,
                                                 const FySupplyMovement  *movement);

G_END_DECLS

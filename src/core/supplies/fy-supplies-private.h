/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supplies-private.h — shared between the supply files of src/core:
 * input checks used by the store functions. Not for the GUI. */
#pragma once

#include "fy-supplies.h"

G_BEGIN_DECLS

typedef struct
{
  char *day;
  char *produced;
  char *expires;
} FySupplyReceiptDays;

gboolean  fy_supplies_check_quantity      (gint64                      quantity,
                                           GError                    **error);
char     *fy_supplies_check_day           (const char                 *day,
                                           gboolean                    required,
                                           GError                    **error);
gboolean  fy_supplies_check_receipt       (const FySupplyReceiptInput *input,
                                           FySupplyReceiptDays        *days,
                                           GError                    **error);
void      fy_supplies_receipt_days_clear  (FySupplyReceiptDays        *days);
char     *fy_supplies_text                (const char                 *text);

G_END_DECLS

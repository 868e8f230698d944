/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledgers-private.h — helpers shared by the health ledger definitions
 * (fy-ledgers-health.c, fy-ledgers-month.c, fy-ledgers-nat.c,
 * fy-ledgers-travel.c). Core only. */
#pragma once

#include "fy-ledger.h"

G_BEGIN_DECLS

/* Binds what most health ledgers use:
 *   :sep       separator of remarks ("; " → "；")
 *   :list_sep  separator of lists (", " → "、")
 *   :from_ts   local midnight starting :from (Unix seconds)
 *   :to_ts     local midnight after :to
 *   :now       the instant "now" stands for: the real time when today is
 *              the real date, else noon of fy_today () (FANGYI_TODAY), so
 *              ledgers made for a fixed day are the same at any hour. */
void    fy_ledgers_bind_common    (FyLedger *ledger);

/* The marks of a temperature cell that holds no number, explained in the
 * legend under the table: n ✓ (marked normal, not measured), q 隔
 * (quarantine), t 差 (business trip), l 假 (leave, private trip), s 病 (sick
 * leave), h 返 (sent home). Numbers stay numbers (filterable in a
 * spreadsheet); a mark never pretends to be one. */
extern const FyCodeLabel fy_ledger_health_marks[];

/* The instant described above for :now. */
gint64  fy_ledgers_now            (void);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-code-label.h — a stored code and its label, the one table type of every
 * enumeration kept in the database (trip purposes, test results, zone
 * levels…). Each enumeration's table is defined once in its domain file,
 * indexed by the enum and ended by FY_CODE_LABEL_END, and shared by the
 * domain (code <-> enum, translated label) and the ledger columns. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *code;    /* stored value, e.g. "on_site" */
  const char *label;   /* msgid, e.g. N_("On site") */
} FyCodeLabel;

/* Ends a table, so the ledger can walk it without a count. */
#define FY_CODE_LABEL_END { NULL, NULL }

/* The index of `code` among the first `n` entries of `table`, or `fallback`
 * for an unknown code. */
int                fy_code_lookup      (const FyCodeLabel *table,
                                        guint              n,
                                        const char        *code,
                                        int                fallback);
/* The entry of `code` in a table ended by FY_CODE_LABEL_END, or NULL. */
const FyCodeLabel *fy_code_label_find  (const FyCodeLabel *table,
                                        const char        *code);
/* The translated label of `entry`; an empty msgid stays "" (gettext would
 * return the catalogue header for it). */
const char        *fy_code_label_text  (const FyCodeLabel *entry);

G_END_DECLS

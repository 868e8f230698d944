/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-measure.h — how many lines a cell's text wraps to, and how tall
 * it is, at a column width: the one measurement shared by the printed pages
 * (fy-ledger-pages.c) and the .xlsx row heights (fy-ledger-xlsx.c), so both
 * break a long remark the same way. Core only. */
#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef struct _FyLedgerMeasure FyLedgerMeasure;

/* A point-based (72 dpi, unhinted) Pango context, as the pages use: text
 * measured with it has the same size on any surface. New reference. */
PangoContext    *fy_ledger_measure_context_new (void);

/* Measures with `regular` / `bold` (copied) in `context` (a reference is
 * taken). */
FyLedgerMeasure *fy_ledger_measure_new         (PangoContext               *context,
                                                const PangoFontDescription *regular,
                                                const PangoFontDescription *bold);
void             fy_ledger_measure_free        (FyLedgerMeasure            *self);

/* Height in points of `text` wrapped (PANGO_WRAP_WORD_CHAR) to `width`
 * points; the number of lines in `lines` if not NULL. Results are cached
 * per (text, width, weight), and text that cannot reach the width even at
 * one em per character is one line without asking Pango, so measuring the
 * cells of a huge ledger stays cheap. */
double           fy_ledger_measure_text        (FyLedgerMeasure            *self,
                                                const char                 *text,
                                                double                      width,
                                                gboolean                    bold,
                                                guint                      *lines);
/* The height of one line (regular weight, Latin and CJK glyphs). */
double           fy_ledger_measure_line_height (FyLedgerMeasure            *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyLedgerMeasure, fy_ledger_measure_free)

G_END_DECLS

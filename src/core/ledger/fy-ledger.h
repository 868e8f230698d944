/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger.h — the ledger engine: one definition, four outputs.
 *
 * A ledger definition (FyLedgerDef) names an inspector's ledger, its columns
 * and the SQL that produces its rows. fy_ledger_new() binds a definition to a
 * store and parameters (period, department…) and resolves the title block.
 * The same FyLedger then feeds the screen (paged cursor), .xlsx, PDF / print
 * pages and CSV. Adding a ledger = adding one FyLedgerDef to the registry
 * (fy-ledger-registry.c); nothing else changes.
 *
 * Row source contract: the definition's SQL returns one result column per
 * ledger column, in order. If it returns one extra trailing integer column,
 * that is a highlight mask: bit i set = cell i is abnormal (coloured / bold).
 * Named parameters that appear in the SQL are bound from FyLedgerParams:
 *   :from :to (YYYY-MM-DD), :department :team :status :search (text, ''
 *   means "any"), :fever (tenths °C from the settings), :today.
 * A mask names its bits by column key, never by number: :bit_KEY is bound
 * to the bit of the column whose key is KEY (iif(cond, :bit_code, 0)).
 * Cell values: TEXT as is; NUMBER integer/real; TEMPERATURE integer tenths
 * of °C (formatted 36.5) or a text code looked up in `labels`; ENUM a text
 * code looked up in `labels`; BOOL 0/1 (Yes/No); DATE 'YYYY-MM-DD';
 * DATETIME unix seconds (shown local 'YYYY-MM-DD HH:MM'); SERIAL is
 * generated (1, 2, 3…) and its SQL column is ignored but must exist. An
 * ENUM cell may hold several codes joined by ',' (shown as their labels,
 * without repeats, joined by ", ").
 *
 * Wide pivots (the month grid) set a cells SQL in build(): the columns from
 * `first_column` to the end then come from it, not from the row SQL. The
 * row SQL returns the row's integer key in column `first_column` (the other
 * columns of that block are ignored but must exist); the cells SQL returns
 * (key, column index, value [, highlighted [, note]]) for the keys bound
 * to :fy_keys as a JSON array (use `IN (SELECT value FROM json_each(:fy_keys))`;
 * :fy_all is 1 when the batch holds every row, so that filter may be
 * skipped) — a batch of rows at a time, so memory stays flat. A cell
 * without a row in the cells SQL is empty; the first value for a cell wins;
 * non-empty notes are joined into the row's last column (highlighted).
 */
#pragma once

#include <gio/gio.h>
#include <cairo.h>

#include "fy-code-label.h"
#include "fy-store.h"
#include "fy-types.h"
#include "fy-validate.h"   /* fy_mask_id_number, fy_mask_phone */

G_BEGIN_DECLS

typedef enum
{
  FY_COLUMN_TEXT,
  FY_COLUMN_NUMBER,
  FY_COLUMN_DATE,
  FY_COLUMN_TIME,
  FY_COLUMN_DATETIME,
  FY_COLUMN_TEMPERATURE,
  FY_COLUMN_ENUM,
  FY_COLUMN_BOOL,
  FY_COLUMN_SERIAL,
} FyColumnType;

typedef enum
{
  FY_SENSITIVE_NONE,
  FY_SENSITIVE_ID,      /* 110105********002X */
  FY_SENSITIVE_PHONE,   /* 138****5678 */
} FySensitivity;

typedef enum
{
  FY_ALIGN_START,
  FY_ALIGN_CENTER,
  FY_ALIGN_END,
} FyAlign;

typedef enum
{
  FY_PERIOD_NONE,    /* a list as of today (roster, zones) */
  FY_PERIOD_DAY,     /* one date: from == to */
  FY_PERIOD_RANGE,   /* from … to */
  FY_PERIOD_MONTH,   /* a calendar month: from = first day */
} FyPeriodKind;

typedef struct
{
  const char        *key;        /* stable name, e.g. "employee_no" */
  const char        *header;     /* msgid in definitions; translated text in a FyLedger */
  const char        *group;      /* optional upper header over consecutive columns (msgid / text) */
  FyColumnType       type;
  double             width;      /* in characters (Excel units) */
  FyAlign            align;
  FySensitivity      sensitive;
  const FyCodeLabel *labels;     /* ENUM / TEMPERATURE codes, ended by FY_CODE_LABEL_END */
  /* msgctxt of `header` when the short word has other meanings elsewhere:
   * write the header NC_("test method", "Method") and this "test method". */
  const char        *context;
} FyLedgerColumn;


typedef struct
{
  const char           *id;          /* command-line name: "roster" */
  const char           *title;       /* msgid: N_("Staff Roster") */
  const char           *description; /* msgid, one line for menus and --help */
  FyPeriodKind          period;
  const FyLedgerColumn *columns;     /* static columns … */
  guint                 n_columns;
  const char           *sql;         /* … and static SQL; or: */
  /* optional: set columns and SQL from the parameters (e.g. month grid days)
   * with fy_ledger_add_column() / fy_ledger_set_sql(). */
  gboolean            (*build)       (FyLedger *ledger, FyStore *store, GError **error);
  const char           *note;        /* msgid printed under the table (legend, 填表说明), or NULL */
  const char           *sheet;       /* NC_("sheet name", …): a spreadsheet tab, short (≤ 20 characters); NULL: the title */
  /* optional: the values the Ledgers page offers for :search (e.g. the areas
   * of the disinfection record), array of owned strings; NULL = no choice.
   * search_label (msgid) names the choice, e.g. N_("Area"). */
  GPtrArray          *(*search_choices) (FyStore *store, GError **error);
  const char           *search_label;
} FyLedgerDef;

typedef struct
{
  const char *from;        /* YYYY-MM-DD or NULL (today) */
  const char *to;
  const char *department;  /* NULL or "" = all */
  const char *team;
  const char *status;
  const char *search;
  gboolean    unmasked;    /* explicit choice to show full ID numbers / phones */
} FyLedgerParams;

/* A DATE, TIME or DATETIME cell, local time: a DATE has 0:00, a TIME
 * year 0 (a time of day without a date). */
typedef struct
{
  int year, month, day, hour, minute;
} FyLedgerDateTime;

typedef void (*FyProgressFunc) (double fraction, gpointer user_data);

/* Registry */
const FyLedgerDef *fy_ledger_lookup          (const char *id);
const FyLedgerDef *const *fy_ledger_list     (guint *n_defs);

/* An instance */
FyLedger   *fy_ledger_new                    (FyStore              *store,
                                              const char           *id,
                                              const FyLedgerParams *params,
                                              GError              **error);
void        fy_ledger_free                   (FyLedger             *ledger);
/* A period that one table cannot show is split into parts, each a ledger of
 * its own: a monthly ledger over several months gives one part per month
 * (the first and last clipped to from / to), a daily one over a range one
 * part per day. The ledger itself is part 0 and holds the first period;
 * the outputs write every part (a sheet each, pages one after another).
 * 1 when the period is not split. */
guint       fy_ledger_get_n_parts            (FyLedger             *ledger);
FyLedger   *fy_ledger_get_part               (FyLedger             *ledger,
                                              guint                 index);
const FyLedgerDef *fy_ledger_get_def         (FyLedger             *ledger);
FyStore    *fy_ledger_get_store              (FyLedger             *ledger);
const char *fy_ledger_get_title              (FyLedger             *ledger);
const char *fy_ledger_get_company            (FyLedger             *ledger);
const char *fy_ledger_get_period_text        (FyLedger             *ledger);
/* The period alone, short, for a sheet name: "2026-11", "2026-11-27". */
const char *fy_ledger_get_period_part        (FyLedger             *ledger);
const char *fy_ledger_get_preparer           (FyLedger             *ledger);
const char *fy_ledger_get_reviewer           (FyLedger             *ledger);
const char *fy_ledger_get_note               (FyLedger             *ledger);
const char *fy_ledger_get_from               (FyLedger             *ledger);
const char *fy_ledger_get_to                 (FyLedger             *ledger);
guint       fy_ledger_get_n_columns          (FyLedger             *ledger);
const FyLedgerColumn *fy_ledger_get_column   (FyLedger             *ledger,
                                              guint                 index);
gboolean    fy_ledger_has_groups             (FyLedger             *ledger);
/* The index of the column called `key`, or -1. */
int         fy_ledger_column_index           (FyLedger             *ledger,
                                              const char           *key);
/* The highlight-mask bit of the column called `key`; 0 (and a critical: a
 * definition that names no column is a bug) for an unknown key. */
guint64     fy_ledger_column_bit             (FyLedger             *ledger,
                                              const char           *key);
gboolean    fy_ledger_get_unmasked           (FyLedger             *ledger);
/* The ledger's SQL uses the named parameter (":department"): the filter
 * applies to it (for help texts and forms). */
gboolean    fy_ledger_uses_param             (FyLedger             *ledger,
                                              const char           *name);
/* Title-block and footer lines, translated, shared by every output so that
 * xlsx, PDF and print say the same thing. Owned.
 * "单位名称：<company>", "制表日期：<today>",
 * "填表人：<officer>    审核人：<reviewer>    日期：____年__月__日". */
char       *fy_ledger_dup_company_line       (FyLedger             *ledger);
char       *fy_ledger_dup_date_line          (FyLedger             *ledger);
char       *fy_ledger_dup_signature_line     (FyLedger             *ledger);
/* For a register with its own title block or signatures (the supply
 * ledgers: 仓库, 保管员 · 记账员 · 负责人 · 盘点日期), set in build():
 * the dup functions above and the printed pages then use them. The getters
 * return NULL when none was set. */
void        fy_ledger_set_company_line       (FyLedger             *ledger,
                                              const char           *text);
void        fy_ledger_set_signature_line     (FyLedger             *ledger,
                                              const char           *text);
const char *fy_ledger_get_company_line       (FyLedger             *ledger);
const char *fy_ledger_get_signature_line     (FyLedger             *ledger);

/* For definitions' build(): headers and groups are final text (copied). */
void        fy_ledger_add_column             (FyLedger             *ledger,
                                              const FyLedgerColumn *column);
void        fy_ledger_set_sql                (FyLedger             *ledger,
                                              const char           *sql);
void        fy_ledger_set_title              (FyLedger             *ledger,
                                              const char           *title);
/* Replaces the definition's note (text, not a msgid); NULL or "" = none. */
void        fy_ledger_set_note               (FyLedger             *ledger,
                                              const char           *note);
/* Named parameters for the SQL beyond the documented ones (e.g. ":late_at",
 * a translated word for a remark). Bound wherever the SQL uses them. */
void        fy_ledger_set_param_int          (FyLedger             *ledger,
                                              const char           *name,
                                              gint64                value);
void        fy_ledger_set_param_text         (FyLedger             *ledger,
                                              const char           *name,
                                              const char           *value);
/* See "Wide pivots" above; NULL removes it. */
void        fy_ledger_set_cells_sql          (FyLedger             *ledger,
                                              guint                 first_column,
                                              const char           *sql);

/* For build() callbacks whose rows are computed in C (the daily report):
 * the rows go through bound statements into a TEMP table of the ledger's own
 * connection and the ledger's SQL reads them back, so no value is ever
 * spliced into SQL. Call _rows_begin once, then _rows_add in order; each row
 * has one cell per column after the SERIAL column (text), and a highlight
 * mask in column numbering. */
gboolean    fy_ledger_rows_begin             (FyLedger             *ledger,
                                              GError              **error);
gboolean    fy_ledger_rows_add               (FyLedger             *ledger,
                                              const char *const    *cells,
                                              guint64               highlight,
                                              GError              **error);

gint64      fy_ledger_count_rows             (FyLedger             *ledger,
                                              GError              **error);

/* Rows [offset, offset + limit); limit < 0 = to the end. */
FyLedgerCursor *fy_ledger_query              (FyLedger             *ledger,
                                              gint64                offset,
                                              gint64                limit,
                                              GError              **error);
/* FALSE at the end (error unset) or on failure (error set). */
gboolean    fy_ledger_cursor_next            (FyLedgerCursor       *cursor,
                                              GError              **error);
/* Display text of a cell: formatted, translated, masked unless unmasked.
 * Borrowed, valid until the next call to _next(). Never NULL. */
const char *fy_ledger_cursor_get_text        (FyLedgerCursor       *cursor,
                                              guint                 column);
/* The numeric value of NUMBER / TEMPERATURE (°C) / SERIAL cells, if any. */
gboolean    fy_ledger_cursor_get_number      (FyLedgerCursor       *cursor,
                                              guint                 column,
                                              double               *value);
/* The value of a DATE / TIME / DATETIME cell, so a spreadsheet gets a real
 * date; FALSE when empty or not a date (then use the text). */
gboolean    fy_ledger_cursor_get_datetime    (FyLedgerCursor       *cursor,
                                              guint                 column,
                                              FyLedgerDateTime     *value);
gboolean    fy_ledger_cursor_is_highlighted  (FyLedgerCursor       *cursor,
                                              guint                 column);
void        fy_ledger_cursor_free            (FyLedgerCursor       *cursor);

/* Outputs. Paths are written to a temporary file and renamed on success.
 * Progress and cancellation may be used from a worker thread (then the
 * FyLedger must be on a store opened in that thread). */
gboolean    fy_ledger_export                 (FyLedger             *ledger,
                                              const char           *path, /* by extension */
                                              FyProgressFunc        progress,
                                              gpointer              user_data,
                                              GCancellable         *cancellable,
                                              GError              **error);
gboolean    fy_ledger_write_xlsx             (FyLedger *ledger, const char *path, FyProgressFunc progress,
                                              gpointer user_data, GCancellable *cancellable, GError **error);
gboolean    fy_ledger_write_csv              (FyLedger *ledger, const char *path, FyProgressFunc progress,
                                              gpointer user_data, GCancellable *cancellable, GError **error);
gboolean    fy_ledger_write_pdf              (FyLedger *ledger, const char *path, FyProgressFunc progress,
                                              gpointer user_data, GCancellable *cancellable, GError **error);

/* Sets FY_ERROR_CANCELLED "The export was cancelled; no file was written." */
void        fy_ledger_set_cancelled_error    (GError              **error);
/* Before an output with full ID numbers / phones (export or print): one
 * audit row saying who, which ledger, which period and where to (`output`,
 * a file or "print"); the row's time says when. Nothing to do for a masked
 * output or a ledger without personal columns. FALSE (and no output may be
 * made) when the row cannot be written. fy_ledger_export calls it. */
gboolean    fy_ledger_audit_unmasked         (FyLedger             *ledger,
                                              const char           *output,
                                              GError              **error);
/* For exporters, after each row written: counts it in `done` and, every
 * few hundred rows, checks `cancellable` and reports done / total (kept
 * below 1: the file is not finished yet). FALSE when cancelled. */
gboolean    fy_ledger_output_row_done        (gint64               *done,
                                              gint64                total,
                                              FyProgressFunc        progress,
                                              gpointer              user_data,
                                              GCancellable         *cancellable);

/* Printed pages (shared by PDF export and GtkPrintOperation). Sizes in
 * points; the layout is A4 landscape-friendly but follows the given size. */
FyLedgerPages *fy_ledger_paginate            (FyLedger             *ledger,
                                              double                page_width,
                                              double                page_height,
                                              GError              **error);
guint       fy_ledger_pages_get_n_pages      (FyLedgerPages        *pages);
gboolean    fy_ledger_pages_draw             (FyLedgerPages        *pages,
                                              cairo_t              *cr,
                                              guint                 page_index,
                                              GError              **error);
void        fy_ledger_pages_free             (FyLedgerPages        *pages);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyLedger, fy_ledger_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyLedgerCursor, fy_ledger_cursor_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyLedgerPages, fy_ledger_pages_free)

G_END_DECLS

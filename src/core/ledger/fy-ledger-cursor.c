/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-cursor.c — the rows of a ledger: counting them, a cursor over
 * a range of them (with the cells of a wide pivot, fy-ledger-cells.c) and
 * each cell's text as every output shows it: formatted, translated, masked. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <time.h>
#include <glib/gi18n-lib.h>

#include "fy-ledger-private.h"
#include "fy-validate.h"

struct _FyLedgerCursor
{
  FyLedger     *ledger;          /* borrowed: must outlive the cursor */
  sqlite3_stmt *stmt;
  gint64        row_number;      /* of the current row, 1-based */
  gboolean      has_mask;
  gboolean      on_row;          /* _next() returned TRUE last time */
  gboolean      finished;
  guint64       mask;
  guint         n_columns;
  GString     **texts;
  guint8       *ready;           /* texts[i] is formatted for this row */
  FyLedgerCells *cells;          /* batches of the cells SQL, or NULL … */
  guint          cells_first;    /* … for the columns from this one on */
  const FyLedgerCell *row_cells; /* this row's cells from cells_first on, or NULL */
};

gint64
fy_ledger_count_rows (FyLedger *ledger, GError **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM (%s)", fy_ledger_get_sql (ledger));
  g_autoptr(sqlite3_stmt) stmt = fy_store_prepare (fy_ledger_get_store (ledger), sql, error);
  int rc;

  if (stmt == NULL)
    return -1;
  fy_ledger_bind_params (ledger, stmt);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      fy_store_fail (fy_ledger_get_store (ledger), rc, error);
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}

FyLedgerCursor *
fy_ledger_query (FyLedger *ledger, gint64 offset, gint64 limit, GError **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM (%s) LIMIT :fy_limit OFFSET :fy_offset",
                                          fy_ledger_get_sql (ledger));
  sqlite3_stmt *stmt = fy_store_prepare (fy_ledger_get_store (ledger), sql, error);
  FyLedgerCursor *cursor;
  guint n_columns = fy_ledger_get_n_columns (ledger);
  int n_result;

  if (stmt == NULL)
    return NULL;
  n_result = sqlite3_column_count (stmt);
  if (n_result != (int) n_columns && n_result != (int) n_columns + 1)
    {
      sqlite3_finalize (stmt);
      g_set_error (error, FY_ERROR, FY_ERROR_FAILED,
                   _("The ledger “%s” is not defined correctly (%d columns of data for %u columns). Please report this problem."),
                   fy_ledger_get_def (ledger)->id, n_result, n_columns);
      return NULL;
    }
  fy_ledger_bind_params (ledger, stmt);
  offset = MAX (offset, 0);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":fy_limit"), limit < 0 ? -1 : limit);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":fy_offset"), offset);

  cursor = g_new0 (FyLedgerCursor, 1);
  cursor->ledger = ledger;
  cursor->stmt = stmt;
  cursor->row_number = offset;
  cursor->has_mask = n_result == (int) n_columns + 1;
  cursor->n_columns = n_columns;
  cursor->texts = g_new0 (GString *, n_columns);
  for (guint i = 0; i < n_columns; i++)
    cursor->texts[i] = g_string_sized_new (32);
  cursor->ready = g_new0 (guint8, n_columns);
  if (fy_ledger_get_cells_sql (ledger, &cursor->cells_first)
      && (cursor->cells = fy_ledger_cells_new (ledger, offset, limit, error)) == NULL)
    {
      fy_ledger_cursor_free (cursor);
      return NULL;
    }
  return cursor;
}

gboolean
fy_ledger_cursor_next (FyLedgerCursor *cursor, GError **error)
{
  int rc;

  cursor->on_row = FALSE;
  cursor->row_cells = NULL;
  if (cursor->finished)
    return FALSE;
  rc = sqlite3_step (cursor->stmt);
  if (rc == SQLITE_ROW)
    {
      cursor->row_number++;
      memset (cursor->ready, 0, cursor->n_columns);
      cursor->mask = cursor->has_mask
                     ? (guint64) sqlite3_column_int64 (cursor->stmt, (int) cursor->n_columns) : 0;
      /* The row's key is in its first cells column. */
      if (cursor->cells
          && !fy_ledger_cells_lookup (cursor->cells,
                                      sqlite3_column_int64 (cursor->stmt, (int) cursor->cells_first),
                                      &cursor->row_cells, error))
        {
          cursor->finished = TRUE;
          return FALSE;
        }
      cursor->on_row = TRUE;
      return TRUE;
    }
  /* sqlite3_step() after DONE would start the query over. */
  cursor->finished = TRUE;
  if (rc != SQLITE_DONE)
    fy_store_fail (fy_ledger_get_store (cursor->ledger), rc, error);
  return FALSE;
}

static const char *
label_for (const FyCodeLabel *labels, const char *code)
{
  const FyCodeLabel *entry = fy_code_label_find (labels, code);

  return entry ? fy_code_label_text (entry) : code;
}

/* "cough,fatigue": each code's label, without repeats, joined by ", "
 * (、 in Chinese). A single code is looked up as is. */
static void
append_labels (GString *out, const FyCodeLabel *labels, const char *codes)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) seen = NULL;

  if (strchr (codes, ',') == NULL)
    {
      g_string_append (out, label_for (labels, codes));
      return;
    }
  parts = g_strsplit (codes, ",", -1);
  seen = g_ptr_array_new ();
  for (guint i = 0; parts[i]; i++)
    {
      const char *label;
      g_strstrip (parts[i]);
      if (*parts[i] == '\0')
        continue;
      label = label_for (labels, parts[i]);
      if (g_ptr_array_find_with_equal_func (seen, label, g_str_equal, NULL))
        continue;
      if (seen->len > 0)
        g_string_append (out, _(", "));
      g_string_append (out, label);
      g_ptr_array_add (seen, (gpointer) label);
    }
}

static gboolean
is_numeric (int type)
{
  return type == SQLITE_INTEGER || type == SQLITE_FLOAT;
}

/* Where a cell's value is: a column of the row statement, or a value of
 * the cells SQL (NULL = no value). */
typedef struct
{
  sqlite3_stmt        *stmt;
  int                  column;
  const FyLedgerCell  *cell;
} CellSource;

static CellSource
cell_source (FyLedgerCursor *cursor, guint column)
{
  CellSource src = { cursor->stmt, (int) column, NULL };

  if (cursor->cells && column >= cursor->cells_first)
    {
      src.stmt = NULL;
      src.cell = cursor->row_cells ? &cursor->row_cells[column - cursor->cells_first] : NULL;
    }
  return src;
}

static int
src_type (const CellSource *src)
{
  if (src->stmt)
    return sqlite3_column_type (src->stmt, src->column);
  return src->cell && src->cell->type ? src->cell->type : SQLITE_NULL;
}

static gint64
src_int64 (const CellSource *src)
{
  if (src->stmt)
    return sqlite3_column_int64 (src->stmt, src->column);
  return src->cell->type == SQLITE_FLOAT ? (gint64) src->cell->d : src->cell->i;
}

static double
src_double (const CellSource *src)
{
  if (src->stmt)
    return sqlite3_column_double (src->stmt, src->column);
  return src->cell->type == SQLITE_FLOAT ? src->cell->d : (double) src->cell->i;
}

/* The cell as text; a number of the cells SQL is printed into `buf`. */
static const char *
src_text (const CellSource *src, char buf[G_ASCII_DTOSTR_BUF_SIZE])
{
  if (src->stmt)
    return fy_column_text (src->stmt, src->column);
  if (src->cell == NULL || src->cell->type == 0)
    return "";
  if (src->cell->type == SQLITE_TEXT)
    return src->cell->text;
  if (src->cell->type == SQLITE_INTEGER)
    g_snprintf (buf, G_ASCII_DTOSTR_BUF_SIZE, "%" G_GINT64_FORMAT, src->cell->i);
  else
    g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, "%.15g", src->cell->d);
  return buf;
}

static void
format_cell (FyLedgerCursor *cursor, guint column, GString *out)
{
  const FyLedgerColumn *col = fy_ledger_get_column (cursor->ledger, column);
  CellSource src = cell_source (cursor, column);
  int type = src_type (&src);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_truncate (out, 0);
  if (col->type == FY_COLUMN_SERIAL)
    {
      g_string_append_printf (out, "%" G_GINT64_FORMAT, cursor->row_number);
      return;
    }
  if (type == SQLITE_NULL)
    return;

  switch (col->type)
    {
    case FY_COLUMN_NUMBER:
      if (type == SQLITE_INTEGER)
        g_string_append_printf (out, "%" G_GINT64_FORMAT, src_int64 (&src));
      else if (type == SQLITE_FLOAT)
        g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.6g", src_double (&src)));
      else
        g_string_append (out, src_text (&src, buf));
      break;

    case FY_COLUMN_TEMPERATURE:
      if (is_numeric (type))
        {
          g_autofree char *t = fy_format_temperature ((int) lround (src_double (&src)));
          g_string_append (out, t);
        }
      else
        g_string_append (out, label_for (col->labels, src_text (&src, buf)));
      break;

    case FY_COLUMN_ENUM:
      append_labels (out, col->labels, src_text (&src, buf));
      break;

    case FY_COLUMN_BOOL:
      if (is_numeric (type))
        g_string_append (out, src_int64 (&src) ? _("Yes") : _("No"));
      else
        {
          const char *text = src_text (&src, buf);
          if (*text)
            g_string_append (out, g_str_equal (text, "0") ? _("No") : _("Yes"));
        }
      break;

    case FY_COLUMN_DATETIME:
      if (is_numeric (type))
        {
          g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (src_int64 (&src));
          g_autofree char *s = dt ? g_date_time_format (dt, "%Y-%m-%d %H:%M") : NULL;
          if (s)
            g_string_append (out, s);
        }
      else
        g_string_append (out, src_text (&src, buf));
      break;

    case FY_COLUMN_TEXT:
    case FY_COLUMN_DATE:
    case FY_COLUMN_TIME:
    default:
      g_string_append (out, src_text (&src, buf));
      break;
    }

  if (col->sensitive != FY_SENSITIVE_NONE && !fy_ledger_get_unmasked (cursor->ledger) && out->len > 0)
    {
      g_autofree char *masked = col->sensitive == FY_SENSITIVE_ID ? fy_mask_id_number (out->str)
                                                                   : fy_mask_phone (out->str);
      g_string_assign (out, masked ? masked : "");
    }
}

const char *
fy_ledger_cursor_get_text (FyLedgerCursor *cursor, guint column)
{
  if (column >= cursor->n_columns || !cursor->on_row)
    return "";
  if (!cursor->ready[column])
    {
      format_cell (cursor, column, cursor->texts[column]);
      cursor->ready[column] = TRUE;
    }
  return cursor->texts[column]->str;
}

gboolean
fy_ledger_cursor_get_number (FyLedgerCursor *cursor, guint column, double *value)
{
  const FyLedgerColumn *col;
  CellSource src;

  if (column >= cursor->n_columns || !cursor->on_row)
    return FALSE;
  col = fy_ledger_get_column (cursor->ledger, column);
  if (col->type == FY_COLUMN_SERIAL)
    {
      if (value)
        *value = (double) cursor->row_number;
      return TRUE;
    }
  if (col->type != FY_COLUMN_NUMBER && col->type != FY_COLUMN_TEMPERATURE)
    return FALSE;
  src = cell_source (cursor, column);
  if (!is_numeric (src_type (&src)))
    return FALSE;
  if (value)
    {
      if (col->type == FY_COLUMN_TEMPERATURE)
        *value = lround (src_double (&src)) / 10.0;
      else
        *value = src_double (&src);
    }
  return TRUE;
}

/* "YYYY-MM-DD", "HH:MM" or "YYYY-MM-DD HH:MM" (a 'T' also separates). */
static gboolean
parse_datetime (const char *text, gboolean has_date, gboolean has_time, FyLedgerDateTime *v)
{
  const char *p = text;
  char *end;

  memset (v, 0, sizeof *v);
  if (has_date)
    {
      if (!g_ascii_isdigit (p[0]) || strlen (p) < 10 || p[4] != '-' || p[7] != '-')
        return FALSE;
      v->year = (int) g_ascii_strtoll (p, NULL, 10);
      v->month = (int) g_ascii_strtoll (p + 5, NULL, 10);
      v->day = (int) g_ascii_strtoll (p + 8, &end, 10);
      if (!g_date_valid_dmy ((GDateDay) v->day, (GDateMonth) v->month, (GDateYear) v->year) || v->year < 1900)
        return FALSE;
      p = end;
      if (!has_time)
        return *p == '\0';
      if (*p == '\0')
        return TRUE;   /* a date-time column holding only a date */
      if (*p != ' ' && *p != 'T')
        return FALSE;
      p++;
    }
  if (!g_ascii_isdigit (p[0]))
    return FALSE;
  v->hour = (int) g_ascii_strtoll (p, &end, 10);
  if (*end != ':')
    return FALSE;
  v->minute = (int) g_ascii_strtoll (end + 1, &end, 10);
  return v->hour >= 0 && v->hour < 24 && v->minute >= 0 && v->minute < 60 && (*end == '\0' || *end == ':');
}

gboolean
fy_ledger_cursor_get_datetime (FyLedgerCursor *cursor, guint column, FyLedgerDateTime *value)
{
  const FyLedgerColumn *col;
  CellSource src;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  int type;

  if (column >= cursor->n_columns || !cursor->on_row)
    return FALSE;
  col = fy_ledger_get_column (cursor->ledger, column);
  if (col->type != FY_COLUMN_DATE && col->type != FY_COLUMN_TIME && col->type != FY_COLUMN_DATETIME)
    return FALSE;
  src = cell_source (cursor, column);
  type = src_type (&src);
  if (type == SQLITE_NULL)
    return FALSE;
  if (col->type == FY_COLUMN_DATETIME && is_numeric (type))
    {
      /* localtime_r, not GDateTime: this runs for every date cell of an
       * export, and both read the same zone (TZ or /etc/localtime). */
      time_t t = (time_t) src_int64 (&src);
      struct tm tm;
      if (localtime_r (&t, &tm) == NULL || tm.tm_year < 0)
        return FALSE;
      *value = (FyLedgerDateTime) { tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min };
      return TRUE;
    }
  return parse_datetime (src_text (&src, buf), col->type != FY_COLUMN_TIME, col->type != FY_COLUMN_DATE, value);
}

gboolean
fy_ledger_cursor_is_highlighted (FyLedgerCursor *cursor, guint column)
{
  if (!cursor->on_row || column >= cursor->n_columns)
    return FALSE;
  if (cursor->cells && column >= cursor->cells_first)
    return cursor->row_cells && cursor->row_cells[column - cursor->cells_first].highlight;
  return column < 64 && (cursor->mask & (G_GUINT64_CONSTANT (1) << column)) != 0;
}

gint64
fy_ledger_cursor_get_row_number (FyLedgerCursor *cursor)
{
  return cursor->row_number;
}

void
fy_ledger_cursor_free (FyLedgerCursor *cursor)
{
  if (cursor == NULL)
    return;
  g_clear_pointer (&cursor->cells, fy_ledger_cells_free);
  sqlite3_finalize (cursor->stmt);
  for (guint i = 0; i < cursor->n_columns; i++)
    g_string_free (cursor->texts[i], TRUE);
  g_free (cursor->texts);
  g_free (cursor->ready);
  g_free (cursor);
}

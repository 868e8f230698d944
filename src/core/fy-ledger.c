/* fy-ledger.c — a ledger definition bound to a store and parameters:
 * title block, columns, paged rows and cell text. The outputs (xlsx, CSV,
 * PDF) and the screen read rows only through this file. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "fy-ledger.h"
#include "fy-store-private.h"
#include "fy-validate.h"

struct _FyLedger
{
  const FyLedgerDef *def;
  FyStore           *store;
  GPtrArray         *strings;    /* owns every string the columns point to */
  GArray            *columns;    /* FyLedgerColumn */
  char              *sql;
  char              *title;
  char              *company;
  char              *period_text;
  char              *preparer;
  char              *reviewer;
  char              *note;
  char              *today;
  char              *from;
  char              *to;
  char              *department;
  char              *team;
  char              *status;
  char              *search;     /* normalised */
  int                fever;      /* tenths of °C */
  gboolean           unmasked;
  gint64             n_static_rows;  /* fy_ledger_rows_add */
  char              *rows_key;       /* this instance's rows in temp.fy_ledger_rows */
};

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
};

/* Translate a msgid from a definition; "" stays "" (gettext would return
 * the catalogue header for it). */
static const char *
tr (const char *msgid)
{
  if (msgid == NULL || *msgid == '\0')
    return "";
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

static const char *
keep (FyLedger *ledger, const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;
  copy = g_strdup (text);
  g_ptr_array_add (ledger->strings, copy);
  return copy;
}

/* g_set_str() is GLib 2.76. */
static void
set_str (char **field, const char *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
}

/* Fills from/to from the parameters and the period kind. Defaults are
 * today; a month always runs from its first to its last day. */
static gboolean
resolve_dates (FyLedger *ledger, const FyLedgerParams *params, GError **error)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (params && params->from && *params->from
      && (from = fy_validate_date (params->from, error)) == NULL)
    return FALSE;
  if (params && params->to && *params->to
      && (to = fy_validate_date (params->to, error)) == NULL)
    return FALSE;

  switch (ledger->def->period)
    {
    case FY_PERIOD_DAY:
      ledger->from = g_strdup (from ? from : to ? to : ledger->today);
      ledger->to = g_strdup (ledger->from);
      break;

    case FY_PERIOD_MONTH:
      {
        const char *base = from ? from : to ? to : ledger->today;
        int y = 0, m = 0;
        if (sscanf (base, "%d-%d", &y, &m) != 2 || !g_date_valid_dmy (1, m, y))
          {
            g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("“%s” is not a valid month."), base);
            return FALSE;
          }
        ledger->from = g_strdup_printf ("%04d-%02d-01", y, m);
        ledger->to = g_strdup_printf ("%04d-%02d-%02d", y, m, g_date_get_days_in_month (m, y));
      }
      break;

    case FY_PERIOD_NONE:
    case FY_PERIOD_RANGE:
    default:
      if (from && to && strcmp (from, to) > 0)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                       _("The start date %s is after the end date %s. Swap them or choose other dates."),
                       from, to);
          return FALSE;
        }
      ledger->from = g_strdup (from ? from : ledger->today);
      ledger->to = g_strdup (to ? to : ledger->today);
      /* Only one end given: never make an empty range out of the default. */
      if (strcmp (ledger->from, ledger->to) > 0)
        {
          if (from == NULL)
            set_str (&ledger->from, ledger->to);
          else
            set_str (&ledger->to, ledger->from);
        }
      break;
    }
  return TRUE;
}

static char *
make_period_text (FyLedger *ledger)
{
  switch (ledger->def->period)
    {
    case FY_PERIOD_NONE:
      /* Translators: period line of a list such as the roster; %s is today's date. */
      return g_strdup_printf (_("As of %s"), ledger->today);

    case FY_PERIOD_DAY:
      return g_strdup (ledger->from);

    case FY_PERIOD_MONTH:
      {
        int y = 0, m = 0;
        sscanf (ledger->from, "%d-%d", &y, &m);
        /* Translators: period line of a monthly ledger: year, month (e.g. 2026年11月). */
        return g_strdup_printf (_("%d-%02d"), y, m);
      }

    case FY_PERIOD_RANGE:
    default:
      if (g_str_equal (ledger->from, ledger->to))
        return g_strdup (ledger->from);
      /* Translators: a period from one date to another, e.g. "2026-11-01 至 2026-11-30". */
      return g_strdup_printf (_("%s to %s"), ledger->from, ledger->to);
    }
}

static char *
setting (FyStore *store, const char *key)
{
  g_autofree char *value = fy_store_get_setting (store, key);
  return g_strstrip (g_strdup (value ? value : ""));
}

FyLedger *
fy_ledger_new (FyStore              *store,
               const char           *id,
               const FyLedgerParams *params,
               GError              **error)
{
  g_autoptr(FyLedger) ledger = NULL;
  const FyLedgerDef *def;

  g_return_val_if_fail (FY_IS_STORE (store), NULL);

  def = fy_ledger_lookup (id);
  if (def == NULL)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_NOT_FOUND,
                   _("There is no ledger called “%s”. Choose one from the list of ledgers."), id ? id : "");
      return NULL;
    }

  ledger = g_new0 (FyLedger, 1);
  ledger->def = def;
  ledger->store = g_object_ref (store);
  ledger->strings = g_ptr_array_new_with_free_func (g_free);
  ledger->columns = g_array_new (FALSE, TRUE, sizeof (FyLedgerColumn));
  ledger->today = fy_today ();
  ledger->title = g_strdup (tr (def->title));
  ledger->note = def->note ? g_strdup (tr (def->note)) : NULL;
  ledger->unmasked = params ? params->unmasked : FALSE;
  ledger->department = g_strdup (params && params->department ? params->department : "");
  ledger->team = g_strdup (params && params->team ? params->team : "");
  ledger->status = g_strdup (params && params->status ? params->status : "");
  ledger->search = params && params->search ? fy_normalize_text (params->search) : g_strdup ("");
  ledger->fever = fy_store_get_setting_int (store, "fever_line");

  if (!resolve_dates (ledger, params, error))
    return NULL;
  ledger->period_text = make_period_text (ledger);

  ledger->company = setting (store, "company.name");
  if (*ledger->company == '\0')
    set_str (&ledger->company, _("[Company name not set]"));
  ledger->preparer = setting (store, "officer");
  ledger->reviewer = setting (store, "reviewer");

  for (guint i = 0; i < def->n_columns; i++)
    {
      FyLedgerColumn column = def->columns[i];
      column.header = tr (column.header);
      column.group = column.group && *column.group ? tr (column.group) : NULL;
      fy_ledger_add_column (ledger, &column);
    }
  if (def->sql)
    fy_ledger_set_sql (ledger, def->sql);
  if (def->build && !def->build (ledger, store, error))
    return NULL;

  if (ledger->sql == NULL || ledger->columns->len == 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_FAILED,
                   _("The ledger “%s” is not defined completely. Please report this problem."), def->id);
      return NULL;
    }
  return g_steal_pointer (&ledger);
}

void
fy_ledger_free (FyLedger *ledger)
{
  if (ledger == NULL)
    return;
  if (ledger->rows_key != NULL && ledger->store != NULL)
    {
      sqlite3_stmt *drop = fy_store_prepare_cached (ledger->store,
                                                    "DELETE FROM temp.fy_ledger_rows WHERE ledger = ?1", NULL);
      if (drop != NULL)
        {
          fy_bind_text (drop, 1, ledger->rows_key);
          fy_store_step_done (ledger->store, drop, NULL);
        }
      g_free (ledger->rows_key);
    }
  g_clear_object (&ledger->store);
  g_clear_pointer (&ledger->columns, g_array_unref);
  g_clear_pointer (&ledger->strings, g_ptr_array_unref);
  g_free (ledger->sql);
  g_free (ledger->title);
  g_free (ledger->company);
  g_free (ledger->period_text);
  g_free (ledger->preparer);
  g_free (ledger->reviewer);
  g_free (ledger->note);
  g_free (ledger->today);
  g_free (ledger->from);
  g_free (ledger->to);
  g_free (ledger->department);
  g_free (ledger->team);
  g_free (ledger->status);
  g_free (ledger->search);
  g_free (ledger);
}

const FyLedgerDef *
fy_ledger_get_def (FyLedger *ledger)
{
  return ledger->def;
}

FyStore *
fy_ledger_get_store (FyLedger *ledger)
{
  return ledger->store;
}

const char *
fy_ledger_get_title (FyLedger *ledger)
{
  return ledger->title;
}

const char *
fy_ledger_get_company (FyLedger *ledger)
{
  return ledger->company;
}

const char *
fy_ledger_get_period_text (FyLedger *ledger)
{
  return ledger->period_text;
}

const char *
fy_ledger_get_preparer (FyLedger *ledger)
{
  return ledger->preparer;
}

const char *
fy_ledger_get_reviewer (FyLedger *ledger)
{
  return ledger->reviewer;
}

const char *
fy_ledger_get_note (FyLedger *ledger)
{
  return ledger->note;
}

const char *
fy_ledger_get_from (FyLedger *ledger)
{
  return ledger->from;
}

const char *
fy_ledger_get_to (FyLedger *ledger)
{
  return ledger->to;
}

const char *
fy_ledger_get_today (FyLedger *ledger)
{
  return ledger->today;
}

guint
fy_ledger_get_n_columns (FyLedger *ledger)
{
  return ledger->columns->len;
}

const FyLedgerColumn *
fy_ledger_get_column (FyLedger *ledger, guint index)
{
  g_return_val_if_fail (index < ledger->columns->len, NULL);
  return &g_array_index (ledger->columns, FyLedgerColumn, index);
}

gboolean
fy_ledger_has_groups (FyLedger *ledger)
{
  for (guint i = 0; i < ledger->columns->len; i++)
    {
      const FyLedgerColumn *c = &g_array_index (ledger->columns, FyLedgerColumn, i);
      if (c->group && *c->group)
        return TRUE;
    }
  return FALSE;
}

gboolean
fy_ledger_get_unmasked (FyLedger *ledger)
{
  return ledger->unmasked;
}

static const char *
or_blank (const char *name)
{
  /* An empty name leaves room to sign by hand. */
  return name && *name ? name : "__________";
}

char *
fy_ledger_dup_company_line (FyLedger *ledger)
{
  /* Translators: left of the second title row; %s is the company name. */
  return g_strdup_printf (_("Company: %s"), ledger->company);
}

char *
fy_ledger_dup_date_line (FyLedger *ledger)
{
  /* Translators: right of the second title row; %s is the date the table was made. */
  return g_strdup_printf (_("Date made: %s"), ledger->today);
}

char *
fy_ledger_dup_signature_line (FyLedger *ledger)
{
  /* Translators: signature line under a ledger (填表人 / 审核人 / 日期);
   * keep the blanks for writing the date by hand. */
  return g_strdup_printf (_("Prepared by: %s    Reviewed by: %s    Date: ______ / ____ / ____"),
                          or_blank (ledger->preparer), or_blank (ledger->reviewer));
}

void
fy_ledger_add_column (FyLedger *ledger, const FyLedgerColumn *column)
{
  FyLedgerColumn copy = *column;

  copy.key = keep (ledger, column->key ? column->key : "");
  copy.header = keep (ledger, column->header ? column->header : "");
  copy.group = column->group && *column->group ? keep (ledger, column->group) : NULL;
  g_array_append_val (ledger->columns, copy);
}

void
fy_ledger_set_sql (FyLedger *ledger, const char *sql)
{
  char *copy = g_strstrip (g_strdup (sql));
  gsize len = strlen (copy);

  /* The SQL is wrapped in SELECT … FROM (…): a trailing ';' would break it. */
  while (len > 0 && (copy[len - 1] == ';' || g_ascii_isspace (copy[len - 1])))
    copy[--len] = '\0';
  g_free (ledger->sql);
  ledger->sql = copy;
}

#define ROWS_MAX_CELLS 8

gboolean
fy_ledger_rows_begin (FyLedger *ledger, GError **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT n");
  sqlite3_stmt *clear;

  g_return_val_if_fail (ledger->columns->len >= 2 && ledger->columns->len - 1 <= ROWS_MAX_CELLS, FALSE);
  if (!fy_store_exec (ledger->store,
                      "CREATE TEMP TABLE IF NOT EXISTS fy_ledger_rows ("
                      " ledger TEXT NOT NULL, n INTEGER NOT NULL, mask INTEGER NOT NULL,"
                      " c1 TEXT, c2 TEXT, c3 TEXT, c4 TEXT, c5 TEXT, c6 TEXT, c7 TEXT, c8 TEXT)", error))
    return FALSE;
  /* Each instance has its own rows: two reports for two days may be open at once. */
  if (ledger->rows_key == NULL)
    {
      static gint counter;
      ledger->rows_key = g_strdup_printf ("%s#%d", ledger->def->id, g_atomic_int_add (&counter, 1));
    }
  clear = fy_store_prepare_cached (ledger->store, "DELETE FROM temp.fy_ledger_rows WHERE ledger = ?1", error);
  if (clear == NULL)
    return FALSE;
  fy_bind_text (clear, 1, ledger->rows_key);
  if (!fy_store_step_done (ledger->store, clear, error))
    return FALSE;
  for (guint c = 1; c < ledger->columns->len; c++)
    g_string_append_printf (sql, ", c%u", c);
  /* :ledger is bound by the cursor like the other named parameters. */
  g_string_append (sql, ", mask FROM temp.fy_ledger_rows WHERE ledger = :ledger ORDER BY n");
  fy_ledger_set_sql (ledger, sql->str);
  ledger->n_static_rows = 0;
  return TRUE;
}

gboolean
fy_ledger_rows_add (FyLedger *ledger, const char *const *cells, guint64 highlight, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (ledger->store,
      "INSERT INTO temp.fy_ledger_rows (ledger, n, mask, c1, c2, c3, c4, c5, c6, c7, c8)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);

  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, ledger->rows_key);
  sqlite3_bind_int64 (stmt, 2, ++ledger->n_static_rows);
  sqlite3_bind_int64 (stmt, 3, (sqlite3_int64) highlight);
  for (guint c = 1; c < ledger->columns->len; c++)
    fy_bind_text (stmt, 3 + c, cells[c - 1]);
  return fy_store_step_done (ledger->store, stmt, error);
}

void
fy_ledger_set_title (FyLedger *ledger, const char *title)
{
  set_str (&ledger->title, title ? title : "");
}

/* Binds the documented named parameters that the SQL uses. */
static void
bind_params (FyLedger *ledger, sqlite3_stmt *stmt)
{
  const struct { const char *name; const char *value; } texts[] = {
    { ":from", ledger->from },
    { ":to", ledger->to },
    { ":department", ledger->department },
    { ":team", ledger->team },
    { ":status", ledger->status },
    { ":search", ledger->search },
    { ":today", ledger->today },
    { ":ledger", ledger->rows_key },
  };
  int index;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if ((index = sqlite3_bind_parameter_index (stmt, texts[i].name)) > 0)
      fy_bind_text (stmt, index, texts[i].value);
  if ((index = sqlite3_bind_parameter_index (stmt, ":fever")) > 0)
    sqlite3_bind_int (stmt, index, ledger->fever);
}

gint64
fy_ledger_count_rows (FyLedger *ledger, GError **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM (%s)", ledger->sql);
  g_autoptr(sqlite3_stmt) stmt = fy_store_prepare (ledger->store, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;
  bind_params (ledger, stmt);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      fy_store_fail (ledger->store, rc, error);
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}

FyLedgerCursor *
fy_ledger_query (FyLedger *ledger, gint64 offset, gint64 limit, GError **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM (%s) LIMIT :fy_limit OFFSET :fy_offset",
                                          ledger->sql);
  sqlite3_stmt *stmt = fy_store_prepare (ledger->store, sql, error);
  FyLedgerCursor *cursor;
  guint n_columns = ledger->columns->len;
  int n_result;

  if (stmt == NULL)
    return NULL;
  n_result = sqlite3_column_count (stmt);
  if (n_result != (int) n_columns && n_result != (int) n_columns + 1)
    {
      sqlite3_finalize (stmt);
      g_set_error (error, FY_ERROR, FY_ERROR_FAILED,
                   _("The ledger “%s” is not defined correctly (%d columns of data for %u columns). Please report this problem."),
                   ledger->def->id, n_result, n_columns);
      return NULL;
    }
  bind_params (ledger, stmt);
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
  return cursor;
}

gboolean
fy_ledger_cursor_next (FyLedgerCursor *cursor, GError **error)
{
  int rc;

  cursor->on_row = FALSE;
  if (cursor->finished)
    return FALSE;
  rc = sqlite3_step (cursor->stmt);
  if (rc == SQLITE_ROW)
    {
      cursor->on_row = TRUE;
      cursor->row_number++;
      memset (cursor->ready, 0, cursor->n_columns);
      cursor->mask = cursor->has_mask
                     ? (guint64) sqlite3_column_int64 (cursor->stmt, (int) cursor->n_columns) : 0;
      return TRUE;
    }
  /* sqlite3_step() after DONE would start the query over. */
  cursor->finished = TRUE;
  if (rc != SQLITE_DONE)
    fy_store_fail (cursor->ledger->store, rc, error);
  return FALSE;
}

static const char *
label_for (const FyEnumLabel *labels, const char *code)
{
  for (guint i = 0; labels && labels[i].code; i++)
    if (g_str_equal (labels[i].code, code))
      return tr (labels[i].label);
  return code;
}

static gboolean
is_numeric (int type)
{
  return type == SQLITE_INTEGER || type == SQLITE_FLOAT;
}

static void
format_cell (FyLedgerCursor *cursor, guint column, GString *out)
{
  const FyLedgerColumn *col = &g_array_index (cursor->ledger->columns, FyLedgerColumn, column);
  sqlite3_stmt *stmt = cursor->stmt;
  int type = sqlite3_column_type (stmt, (int) column);

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
        g_string_append_printf (out, "%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, (int) column));
      else if (type == SQLITE_FLOAT)
        {
          char buf[G_ASCII_DTOSTR_BUF_SIZE];
          g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.6g", sqlite3_column_double (stmt, (int) column)));
        }
      else
        g_string_append (out, fy_column_text (stmt, (int) column));
      break;

    case FY_COLUMN_TEMPERATURE:
      if (is_numeric (type))
        {
          g_autofree char *t = fy_format_temperature ((int) lround (sqlite3_column_double (stmt, (int) column)));
          g_string_append (out, t);
        }
      else
        g_string_append (out, label_for (col->labels, fy_column_text (stmt, (int) column)));
      break;

    case FY_COLUMN_ENUM:
      g_string_append (out, label_for (col->labels, fy_column_text (stmt, (int) column)));
      break;

    case FY_COLUMN_BOOL:
      if (is_numeric (type))
        g_string_append (out, sqlite3_column_int64 (stmt, (int) column) ? _("Yes") : _("No"));
      else
        {
          const char *text = fy_column_text (stmt, (int) column);
          if (*text)
            g_string_append (out, g_str_equal (text, "0") ? _("No") : _("Yes"));
        }
      break;

    case FY_COLUMN_DATETIME:
      if (is_numeric (type))
        {
          g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (sqlite3_column_int64 (stmt, (int) column));
          g_autofree char *s = dt ? g_date_time_format (dt, "%Y-%m-%d %H:%M") : NULL;
          if (s)
            g_string_append (out, s);
        }
      else
        g_string_append (out, fy_column_text (stmt, (int) column));
      break;

    case FY_COLUMN_TEXT:
    case FY_COLUMN_DATE:
    case FY_COLUMN_TIME:
    default:
      g_string_append (out, fy_column_text (stmt, (int) column));
      break;
    }

  if (col->sensitive != FY_SENSITIVE_NONE && !cursor->ledger->unmasked && out->len > 0)
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
  int type;

  if (column >= cursor->n_columns || !cursor->on_row)
    return FALSE;
  col = &g_array_index (cursor->ledger->columns, FyLedgerColumn, column);
  if (col->type == FY_COLUMN_SERIAL)
    {
      if (value)
        *value = (double) cursor->row_number;
      return TRUE;
    }
  if (col->type != FY_COLUMN_NUMBER && col->type != FY_COLUMN_TEMPERATURE)
    return FALSE;
  type = sqlite3_column_type (cursor->stmt, (int) column);
  if (!is_numeric (type))
    return FALSE;
  if (value)
    {
      if (col->type == FY_COLUMN_TEMPERATURE)
        *value = lround (sqlite3_column_double (cursor->stmt, (int) column)) / 10.0;
      else
        *value = sqlite3_column_double (cursor->stmt, (int) column);
    }
  return TRUE;
}

gboolean
fy_ledger_cursor_is_highlighted (FyLedgerCursor *cursor, guint column)
{
  return cursor->on_row && column < 64 && (cursor->mask & (G_GUINT64_CONSTANT (1) << column)) != 0;
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
  sqlite3_finalize (cursor->stmt);
  for (guint i = 0; i < cursor->n_columns; i++)
    g_string_free (cursor->texts[i], TRUE);
  g_free (cursor->texts);
  g_free (cursor->ready);
  g_free (cursor);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger.c — a ledger definition bound to a store and parameters:
 * title block, columns, parameters and SQL. Rows and cell text are in
 * fy-ledger-cursor.c; the outputs and the screen read rows only there. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "fy-ledger-private.h"
#include "fy-staff.h"       /* fy_staff_status_labels: the status filter in words */
#include "fy-validate.h"

/* A named parameter set by a definition's build() (fy_ledger_set_param_*). */
typedef struct
{
  char    *name;
  char    *text;       /* NULL: an integer */
  gint64   value;
} ExtraParam;

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
  char              *company_line;   /* set by build(): replaces the default */
  char              *signature;      /* set by build(): replaces the default */
  char              *today;
  char              *from;
  char              *to;
  char              *department;
  char              *team;
  char              *status;
  char              *search;     /* normalised */
  int                fever;      /* tenths of °C */
  gboolean           unmasked;
  GArray            *params;     /* ExtraParam */
  char              *cells_sql;  /* columns from cells_first on come from it */
  guint              cells_first;
  gint64             n_static_rows;  /* fy_ledger_rows_add */
  char              *rows_key;       /* this instance's rows in temp.fy_ledger_rows */
  char              *period_part;
  GPtrArray         *parts;          /* FyLedger: parts 1… of a split period, or NULL */
};

/* A daily ledger over a range is one sheet per day; more than a year of
 * sheets is a mistake, not a ledger. */
#define MAX_PARTS 366

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
        /* Both ends given: exactly those days (the month of `from`; the
         * months after it are the other parts). */
        if (from && to)
          {
            if (strcmp (from, to) > 0)
              {
                g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                             _("The start date %s is after the end date %s. Swap them or choose other dates."),
                             from, to);
                return FALSE;
              }
            set_str (&ledger->from, from);
            if (strcmp (to, ledger->to) < 0)
              set_str (&ledger->to, to);
          }
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

/* from … to is a whole calendar month. */
static gboolean
is_whole_month (FyLedger *ledger)
{
  int y = 0, m = 0;

  return sscanf (ledger->from, "%d-%d", &y, &m) == 2 && g_str_has_suffix (ledger->from, "-01")
         && strncmp (ledger->from, ledger->to, 8) == 0
         && atoi (ledger->to + 8) == g_date_get_days_in_month ((GDateMonth) m, (GDateYear) y);
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
        if (is_whole_month (ledger))
          /* Translators: period line of a monthly ledger: year, month (e.g. 2026年11月). */
          return g_strdup_printf (_("%d-%02d"), y, m);
        /* Part of a month. */
        return g_strdup_printf (_("%s to %s"), ledger->from, ledger->to);
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

static void
append_filter (GString *text, const char *name, const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  g_string_append (text, "  ");
  g_string_append (text, name);
  g_string_append (text, value);
}

/* The title block names every filter applied, after the period:
 * "2026-11  部门：生产部  班组：一班  状态：在岗". */
static void
append_filters (FyLedger *ledger)
{
  GString *text = g_string_new (ledger->period_text);
  const FyCodeLabel *status = fy_code_label_find (fy_staff_status_labels, ledger->status);

  /* Translators: a filter named in a ledger's title block, before its
   * value: 部门： */
  append_filter (text, _("Department: "), ledger->department);
  /* Translators: a filter named in a ledger's title block: 班组： */
  append_filter (text, _("Team: "), ledger->team);
  /* Translators: a filter named in a ledger's title block: 状态： */
  append_filter (text, _("Status: "), status ? fy_code_label_text (status) : ledger->status);
  /* Translators: a filter named in a ledger's title block: 含有： */
  append_filter (text, _("Containing: "), ledger->search);
  g_free (ledger->period_text);
  ledger->period_text = g_string_free (text, FALSE);
}

/* Parts 1… of a period one table cannot show (see fy_ledger_get_n_parts):
 * each starts the day after the previous part ends. */
static gboolean
add_parts (FyLedger *ledger, const FyLedgerParams *params, GError **error)
{
  g_autofree char *end = NULL;
  g_autofree char *next = NULL;

  if (params == NULL || params->from == NULL || params->to == NULL || !*params->from || !*params->to
      || (ledger->def->period != FY_PERIOD_MONTH && ledger->def->period != FY_PERIOD_DAY))
    return TRUE;
  if ((end = fy_validate_date (params->to, error)) == NULL)
    return FALSE;
  next = fy_date_add_days (ledger->to, 1);
  if (strcmp (next, end) <= 0 && fy_date_diff_days (next, end) >= MAX_PARTS)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The period from %s to %s is too long for one file. Export at most a year at a time."),
                   ledger->from, end);
      return FALSE;
    }
  while (strcmp (next, end) <= 0)
    {
      FyLedgerParams part = *params;
      g_autofree char *part_end = NULL;
      FyLedger *child;
      char *after;
      int y = 0, m = 0;

      if (ledger->def->period == FY_PERIOD_DAY)
        part_end = g_strdup (next);
      else
        {
          sscanf (next, "%d-%d", &y, &m);
          part_end = g_strdup_printf ("%04d-%02d-%02d", y, m,
                                      g_date_get_days_in_month ((GDateMonth) m, (GDateYear) y));
          if (strcmp (part_end, end) > 0)
            {
              g_free (part_end);
              part_end = g_strdup (end);
            }
        }
      part.from = next;
      part.to = part_end;
      /* Within one day or month: the part is not split again. */
      if ((child = fy_ledger_new (ledger->store, ledger->def->id, &part, error)) == NULL)
        return FALSE;
      if (ledger->parts == NULL)
        ledger->parts = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_ledger_free);
      g_ptr_array_add (ledger->parts, child);
      after = fy_date_add_days (child->to, 1);
      g_free (next);
      next = after;
    }
  return TRUE;
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
  ledger->params = g_array_new (FALSE, TRUE, sizeof (ExtraParam));
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
  ledger->period_part = def->period == FY_PERIOD_MONTH && is_whole_month (ledger)
                        ? g_strndup (ledger->from, 7)
                        : g_strdup (def->period == FY_PERIOD_NONE ? ledger->today : ledger->from);
  append_filters (ledger);

  ledger->company = setting (store, "company.name");
  if (*ledger->company == '\0')
    set_str (&ledger->company, _("[Company name not set]"));
  ledger->preparer = setting (store, "officer");
  ledger->reviewer = setting (store, "reviewer");

  for (guint i = 0; i < def->n_columns; i++)
    {
      FyLedgerColumn column = def->columns[i];
      column.header = column.context && column.header && *column.header
                      ? g_dpgettext2 (GETTEXT_PACKAGE, column.context, column.header) : tr (column.header);
      column.group = column.group && *column.group ? tr (column.group) : NULL;
      fy_ledger_add_column (ledger, &column);
    }
  if (def->sql)
    fy_ledger_set_sql (ledger, def->sql);
  if (def->build && !def->build (ledger, store, error))
    return NULL;

  if (ledger->sql == NULL || ledger->columns->len == 0
      || (ledger->cells_sql && ledger->cells_first >= ledger->columns->len))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_FAILED,
                   _("The ledger “%s” is not defined completely. Please report this problem."), def->id);
      return NULL;
    }
  if (!add_parts (ledger, params, error))
    return NULL;
  return g_steal_pointer (&ledger);
}

static gboolean
sql_uses (const char *sql, const char *name)
{
  gsize len = strlen (name);

  for (const char *p = sql ? strstr (sql, name) : NULL; p; p = strstr (p + 1, name))
    if (!g_ascii_isalnum (p[len]) && p[len] != '_')
      return TRUE;
  return FALSE;
}

gboolean
fy_ledger_uses_param (FyLedger *ledger, const char *name)
{
  g_return_val_if_fail (ledger != NULL && name != NULL, FALSE);
  return sql_uses (ledger->sql, name) || sql_uses (ledger->cells_sql, name);
}

guint
fy_ledger_get_n_parts (FyLedger *ledger)
{
  return 1 + (ledger->parts ? ledger->parts->len : 0);
}

FyLedger *
fy_ledger_get_part (FyLedger *ledger, guint index)
{
  if (index == 0)
    return ledger;
  g_return_val_if_fail (ledger->parts && index - 1 < ledger->parts->len, NULL);
  return g_ptr_array_index (ledger->parts, index - 1);
}

const char *
fy_ledger_get_period_part (FyLedger *ledger)
{
  return ledger->period_part;
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
  for (guint i = 0; ledger->params && i < ledger->params->len; i++)
    {
      ExtraParam *p = &g_array_index (ledger->params, ExtraParam, i);
      g_free (p->name);
      g_free (p->text);
    }
  g_clear_pointer (&ledger->params, g_array_unref);
  g_free (ledger->cells_sql);
  g_free (ledger->sql);
  g_free (ledger->title);
  g_free (ledger->company);
  g_free (ledger->company_line);
  g_free (ledger->signature);
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
  g_free (ledger->period_part);
  g_clear_pointer (&ledger->parts, g_ptr_array_unref);
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

int
fy_ledger_column_index (FyLedger *ledger, const char *key)
{
  for (guint i = 0; i < ledger->columns->len; i++)
    if (g_strcmp0 (g_array_index (ledger->columns, FyLedgerColumn, i).key, key) == 0)
      return (int) i;
  return -1;
}

guint64
fy_ledger_column_bit (FyLedger *ledger, const char *key)
{
  int index = fy_ledger_column_index (ledger, key);

  if (index < 0 || index >= 64)
    {
      g_critical ("Ledger “%s” has no column “%s” for a highlight bit", ledger->def->id, key);
      return 0;
    }
  return G_GUINT64_CONSTANT (1) << index;
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
  if (ledger->company_line)
    return g_strdup (ledger->company_line);
  /* Translators: left of the second title row; %s is the company name. */
  return g_strdup_printf (_("Company: %s"), ledger->company);
}

char *
fy_ledger_dup_date_line (FyLedger *ledger)
{
  /* Translators: right of the second title row; %s is the date the table was made. */
  return g_strdup_printf (_("Date made: %s"), ledger->today);
}

const char *
fy_ledger_get_company_line (FyLedger *ledger)
{
  return ledger->company_line;
}

const char *
fy_ledger_get_signature_line (FyLedger *ledger)
{
  return ledger->signature;
}

void
fy_ledger_set_company_line (FyLedger *ledger, const char *text)
{
  set_str (&ledger->company_line, text);
}

void
fy_ledger_set_signature_line (FyLedger *ledger, const char *text)
{
  set_str (&ledger->signature, text);
}

char *
fy_ledger_dup_signature_line (FyLedger *ledger)
{
  if (ledger->signature)
    return g_strdup (ledger->signature);
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

/* The SQL is wrapped in SELECT … FROM (…): a trailing ';' would break it. */
static char *
strip_sql (const char *sql)
{
  char *copy = g_strstrip (g_strdup (sql));
  gsize len = strlen (copy);

  while (len > 0 && (copy[len - 1] == ';' || g_ascii_isspace (copy[len - 1])))
    copy[--len] = '\0';
  return copy;
}

void
fy_ledger_set_sql (FyLedger *ledger, const char *sql)
{
  g_free (ledger->sql);
  ledger->sql = strip_sql (sql);
}

void
fy_ledger_set_cells_sql (FyLedger *ledger, guint first_column, const char *sql)
{
  g_free (ledger->cells_sql);
  ledger->cells_sql = sql ? strip_sql (sql) : NULL;
  ledger->cells_first = first_column;
}

static ExtraParam *
extra_param (FyLedger *ledger, const char *name)
{
  ExtraParam added = { 0 };

  for (guint i = 0; i < ledger->params->len; i++)
    {
      ExtraParam *p = &g_array_index (ledger->params, ExtraParam, i);
      if (g_str_equal (p->name, name))
        return p;
    }
  added.name = g_strdup (name);
  g_array_append_val (ledger->params, added);
  return &g_array_index (ledger->params, ExtraParam, ledger->params->len - 1);
}

void
fy_ledger_set_param_int (FyLedger *ledger, const char *name, gint64 value)
{
  ExtraParam *p = extra_param (ledger, name);

  g_clear_pointer (&p->text, g_free);
  p->value = value;
}

void
fy_ledger_set_param_text (FyLedger *ledger, const char *name, const char *value)
{
  ExtraParam *p = extra_param (ledger, name);

  g_free (p->text);
  p->text = g_strdup (value ? value : "");
}

const char *
fy_ledger_get_sql (FyLedger *ledger)
{
  return ledger->sql;
}

const char *
fy_ledger_get_cells_sql (FyLedger *ledger, guint *first_column)
{
  if (first_column)
    *first_column = ledger->cells_first;
  return ledger->cells_sql;
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

void
fy_ledger_set_note (FyLedger *ledger, const char *note)
{
  g_clear_pointer (&ledger->note, g_free);
  if (note && *note)
    ledger->note = g_strdup (note);
}

/* Binds the documented named parameters that the SQL uses, and those a
 * definition's build() set. */
void
fy_ledger_bind_params (FyLedger *ledger, sqlite3_stmt *stmt)
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
    { ":ledger", ledger->rows_key },
  };
  int index;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if ((index = sqlite3_bind_parameter_index (stmt, texts[i].name)) > 0)
      fy_bind_text (stmt, index, texts[i].value);
  if ((index = sqlite3_bind_parameter_index (stmt, ":fever")) > 0)
    sqlite3_bind_int (stmt, index, ledger->fever);
  for (index = 1; index <= sqlite3_bind_parameter_count (stmt); index++)
    {
      const char *name = sqlite3_bind_parameter_name (stmt, index);
      if (name && g_str_has_prefix (name, ":bit_"))
        sqlite3_bind_int64 (stmt, index, (sqlite3_int64) fy_ledger_column_bit (ledger, name + strlen (":bit_")));
    }
  for (guint i = 0; i < ledger->params->len; i++)
    {
      const ExtraParam *p = &g_array_index (ledger->params, ExtraParam, i);
      if ((index = sqlite3_bind_parameter_index (stmt, p->name)) <= 0)
        continue;
      if (p->text)
        fy_bind_text (stmt, index, p->text);
      else
        sqlite3_bind_int64 (stmt, index, p->value);
    }
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-staff-import.c — staff roster import from CSV: map the title line,
 * turn every row into an FyStaff merged with the roster and validate it
 * (the preview), then write the valid rows in one transaction. */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "fy-csv-read.h"
#include "fy-error.h"
#include "fy-staff-columns.h"
#include "fy-staff-import.h"
#include "fy-staff-import-private.h"
#include "fy-store-private.h"
#include "fy-validate.h"

typedef struct
{
  FyStaffImportRow pub;
  guint32          apply_mask;   /* bits (1 << FyStaffColumn) this row sets on a stored person */
} Row;

struct _FyStaffImport
{
  const char *encoding;
  char        delimiter;
  int         col_index[FY_STAFF_N_COLS];  /* field index in a record, -1 = absent */
  char       *col_title[FY_STAFF_N_COLS];  /* the title as written in the file */
  GPtrArray  *mapped;                      /* char*, NULL-terminated */
  GPtrArray  *ignored;                     /* char*, NULL-terminated */
  GPtrArray  *rows;                        /* Row* */
  guint       n_header_fields;
  guint       n_valid, n_invalid, n_new, n_updates, n_unchanged;
};

static void
row_free (Row *row)
{
  fy_staff_free (row->pub.staff);
  g_free (row->pub.error);
  g_free (row->pub.warning);
  g_free (row);
}

void
fy_staff_import_free (FyStaffImport *imp)
{
  if (imp == NULL)
    return;
  for (guint i = 0; i < FY_STAFF_N_COLS; i++)
    g_free (imp->col_title[i]);
  g_ptr_array_unref (imp->mapped);
  g_ptr_array_unref (imp->ignored);
  g_ptr_array_unref (imp->rows);
  g_free (imp);
}

static FyStaffImport *
import_new (void)
{
  FyStaffImport *imp = g_new0 (FyStaffImport, 1);

  for (guint i = 0; i < FY_STAFF_N_COLS; i++)
    imp->col_index[i] = -1;
  imp->mapped = g_ptr_array_new_with_free_func (g_free);
  imp->ignored = g_ptr_array_new_with_free_func (g_free);
  imp->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  return imp;
}

/* ---- Column titles ------------------------------------------------------ */

static char *
join_titles (GPtrArray *titles)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < titles->len && g_ptr_array_index (titles, i); i++)
    {
      if (i > 0)
        g_string_append (s, _(", "));
      g_string_append (s, g_ptr_array_index (titles, i));
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static gboolean
map_headers (FyStaffImport *imp, const FyCsvRecord *header, GError **error)
{
  static const FyStaffColumn required[] = { FY_STAFF_COL_NAME, FY_STAFF_COL_EMPLOYEE_NO };

  imp->n_header_fields = header->n_fields;
  for (guint i = 0; i < header->n_fields; i++)
    {
      g_autofree char *title = fy_normalize_text (header->fields[i]);
      int c = fy_staff_column_for_title (title);

      if (*title == '\0')
        continue;
      if (c >= 0 && imp->col_index[c] < 0)
        {
          imp->col_index[c] = i;
          imp->col_title[c] = g_strdup (title);
          g_ptr_array_add (imp->mapped, g_steal_pointer (&title));
        }
      else
        g_ptr_array_add (imp->ignored, g_steal_pointer (&title));   /* unknown, or a second 部门 */
    }
  g_ptr_array_add (imp->mapped, NULL);
  g_ptr_array_add (imp->ignored, NULL);

  for (guint r = 0; r < G_N_ELEMENTS (required); r++)
    {
      FyStaffColumn c = required[r];
      g_autoptr(GPtrArray) accepted = NULL;
      g_autofree char *accepted_text = NULL;
      g_autofree char *found_text = NULL;

      if (imp->col_index[c] >= 0)
        continue;
      accepted = g_ptr_array_new ();
      for (guint a = 0; a < 4 && fy_staff_column_alias (c, a); a++)
        g_ptr_array_add (accepted, (gpointer) fy_staff_column_alias (c, a));
      accepted_text = join_titles (accepted);
      found_text = join_titles (imp->mapped);
      if (*found_text == '\0')
        g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                     _("No column title in the first line was recognised, so nothing was imported. "
                       "The first line must hold the column titles, including “%s” (%s)."),
                     fy_staff_column_alias (c, 0), accepted_text);
      else
        g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                     _("The file has no “%s” column (accepted titles: %s), so nothing was imported. "
                       "Recognised columns: %s."),
                     fy_staff_column_alias (c, 0), accepted_text, found_text);
      return FALSE;
    }
  return TRUE;
}

/* ---- Merging ----------------------------------------------------------- */

static void
replace (char **field, char *value)
{
  g_free (*field);
  *field = value;
}

static gboolean
staff_equal (const FyStaff *a, const FyStaff *b)
{
  return g_strcmp0 (a->employee_no, b->employee_no) == 0 && g_strcmp0 (a->name, b->name) == 0
      && g_strcmp0 (a->gender, b->gender) == 0 && g_strcmp0 (a->department, b->department) == 0
      && g_strcmp0 (a->team, b->team) == 0 && g_strcmp0 (a->post, b->post) == 0
      && !a->high_contact == !b->high_contact && g_strcmp0 (a->phone, b->phone) == 0
      && g_strcmp0 (a->id_kind, b->id_kind) == 0 && g_strcmp0 (a->id_number, b->id_number) == 0
      && g_strcmp0 (a->dormitory, b->dormitory) == 0 && !a->outsourced == !b->outsourced
      && a->vaccine_doses == b->vaccine_doses && a->status == b->status
      && g_strcmp0 (a->left_on, b->left_on) == 0 && g_strcmp0 (a->note, b->note) == 0;
}

/* Copies the fields of the columns in `mask` from `from` onto `to`. */
static void
apply_columns (FyStaff *to, const FyStaff *from, guint32 mask)
{
#define HAS(c) ((mask & (1u << (c))) != 0)
  if (HAS (FY_STAFF_COL_EMPLOYEE_NO))
    replace (&to->employee_no, g_strdup (from->employee_no));
  if (HAS (FY_STAFF_COL_NAME))
    replace (&to->name, g_strdup (from->name));
  if (HAS (FY_STAFF_COL_GENDER))
    replace (&to->gender, g_strdup (from->gender));
  if (HAS (FY_STAFF_COL_DEPARTMENT))
    replace (&to->department, g_strdup (from->department));
  if (HAS (FY_STAFF_COL_TEAM))
    replace (&to->team, g_strdup (from->team));
  if (HAS (FY_STAFF_COL_POST))
    replace (&to->post, g_strdup (from->post));
  if (HAS (FY_STAFF_COL_PHONE))
    replace (&to->phone, g_strdup (from->phone));
  if (HAS (FY_STAFF_COL_ID_NUMBER))
    {
      replace (&to->id_number, g_strdup (from->id_number));
      replace (&to->id_kind, g_strdup (from->id_kind));
    }
  if (HAS (FY_STAFF_COL_DORMITORY))
    replace (&to->dormitory, g_strdup (from->dormitory));
  if (HAS (FY_STAFF_COL_OUTSOURCED))
    to->outsourced = from->outsourced;
  if (HAS (FY_STAFF_COL_VACCINE_DOSES))
    to->vaccine_doses = from->vaccine_doses;
  if (HAS (FY_STAFF_COL_HIGH_CONTACT))
    to->high_contact = from->high_contact;
  if (HAS (FY_STAFF_COL_STATUS))
    to->status = from->status;
  if (HAS (FY_STAFF_COL_STATUS) || HAS (FY_STAFF_COL_LEFT_ON))
    replace (&to->left_on, g_strdup (from->left_on));
  if (HAS (FY_STAFF_COL_NOTE))
    replace (&to->note, g_strdup (from->note));
#undef HAS
}

/* ---- Rows --------------------------------------------------------------- */

typedef struct
{
  FyStaffImport *imp;
  GPtrArray     *errors;     /* char* sentences */
  FyStaffField   first_field;
} RowErrors;

static void
add_error (RowErrors *e, FyStaffColumn c, const char *message)
{
  const char *title = NULL;
  g_autofree char *masked = NULL;

  if (c < FY_STAFF_N_COLS)
    title = e->imp->col_title[c] ? e->imp->col_title[c] : fy_staff_column_label (c);
  if (e->errors->len == 0)
    e->first_field = c < FY_STAFF_N_COLS ? fy_staff_column_field (c) : FY_STAFF_FIELD_NONE;
  /* A cell is echoed in its message, and in a shifted or mislabelled row
   * an ID number or phone can be in any column: never show one whole. */
  masked = fy_mask_numbers_in (message);
  if (title)
    g_ptr_array_add (e->errors, g_strdup_printf (_("%s: %s"), title, masked));
  else
    g_ptr_array_add (e->errors, g_steal_pointer (&masked));
}

static void
add_gerror (RowErrors *e, FyStaffColumn c, GError *error)
{
  add_error (e, c, error->message);
  g_error_free (error);
}

/* After a failed check, a harmless value lets the next check run. */
static gboolean
neutralise (FyStaff *s, FyStaffField field)
{
  switch (field)
    {
    case FY_STAFF_FIELD_EMPLOYEE_NO: replace (&s->employee_no, g_strdup ("X")); return TRUE;
    case FY_STAFF_FIELD_NAME: replace (&s->name, g_strdup ("X")); return TRUE;
    case FY_STAFF_FIELD_PHONE: replace (&s->phone, g_strdup ("")); return TRUE;
    case FY_STAFF_FIELD_ID_NUMBER: replace (&s->id_number, g_strdup ("")); return TRUE;
    case FY_STAFF_FIELD_VACCINE_DOSES: s->vaccine_doses = 0; return TRUE;
    case FY_STAFF_FIELD_GENDER: replace (&s->gender, g_strdup ("")); return TRUE;
    case FY_STAFF_FIELD_LEFT_ON: g_clear_pointer (&s->left_on, g_free); return TRUE;
    case FY_STAFF_FIELD_NONE: default: return FALSE;
    }
}

/* fy_staff_validate on a copy, again after each failure with the failing
 * field made harmless, so one preview lists every problem of the row. A
 * valid row keeps the normalised form the check produced. */
static void
check_row (RowErrors *e, FyStaff **s)
{
  g_autoptr(FyStaff) check = fy_staff_copy (*s);
  FyStaffField last = FY_STAFF_FIELD_NONE;

  for (guint attempt = 0; attempt < 8; attempt++)
    {
      FyStaffField field = FY_STAFF_FIELD_NONE;
      GError *error = NULL;

      if (fy_staff_validate (check, &field, &error))
        break;
      add_gerror (e, fy_staff_column_of_field (field), error);
      if (field == last || !neutralise (check, field))
        break;
      last = field;
    }
  if (e->errors->len == 0)
    {
      fy_staff_free (*s);
      *s = g_steal_pointer (&check);
    }
}

static const char *
cell (FyStaffImport *imp, const FyCsvRecord *rec, FyStaffColumn c)
{
  return imp->col_index[c] >= 0 ? fy_csv_record_get (rec, imp->col_index[c]) : NULL;
}

/* What the rows are checked against: the roster and the rows before. */
typedef struct
{
  GHashTable *roster;       /* employee number → FyStaff* (owned) */
  GHashTable *roster_ids;   /* ID number → FyStaff* of current staff (borrowed) */
  GHashTable *seen;         /* employee number → first line in the file */
  GHashTable *seen_ids;     /* ID number → first line of a current person */
} Lookups;

/* One ID number, one current person: in the file and against the roster;
 * the message names both (the number masked). */
static void
check_id_number (RowErrors *e, const FyStaff *s, guint line, Lookups *l)
{
  const FyStaff *holder;
  guint first;
  g_autofree char *masked = NULL;
  g_autofree char *msg = NULL;

  if (s->status == FY_STAFF_LEFT || s->id_number == NULL || *s->id_number == '\0')
    return;
  masked = fy_mask_id_number (s->id_number);
  first = GPOINTER_TO_UINT (g_hash_table_lookup (l->seen_ids, s->id_number));
  holder = g_hash_table_lookup (l->roster_ids, s->id_number);
  if (holder != NULL && !g_str_equal (holder->employee_no, s->employee_no))
    msg = g_strdup_printf (_("The ID number %s already belongs to %s (employee number %s). One person has one ID number: check both records."),
                           masked, holder->name, holder->employee_no);
  else if (first)
    msg = g_strdup_printf (_("The ID number %s is also on line %u of this file: one person has one ID number."),
                           masked, first);
  else
    g_hash_table_insert (l->seen_ids, g_strdup (s->id_number), GUINT_TO_POINTER (line));
  if (msg)
    add_error (e, FY_STAFF_COL_ID_NUMBER, msg);
}

static Row *
build_row (FyStaffImport *imp, const FyCsvRecord *rec, Lookups *l)
{
  GHashTable *roster = l->roster, *seen = l->seen;
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  RowErrors e = { imp, errors, FY_STAFF_FIELD_NONE };
  Row *row = g_new0 (Row, 1);
  g_autofree char *no = fy_normalize_identifier (cell (imp, rec, FY_STAFF_COL_EMPLOYEE_NO));
  const FyStaff *old = *no ? g_hash_table_lookup (roster, no) : NULL;
  g_autoptr(FyStaff) s = old ? fy_staff_copy (old) : fy_staff_new ();
  const char *value;
  GError *local = NULL;
  gboolean shifted = FALSE;

  row->pub.line = rec->line;
  row->pub.is_update = old != NULL;

  /* Extra non-empty fields usually mean an unquoted comma shifted the row:
   * reading it would put values in the wrong fields. */
  for (guint i = imp->n_header_fields; i < rec->n_fields && !shifted; i++)
    shifted = !fy_staff_cell_is_blank (rec->fields[i]);
  if (shifted)
    {
      g_autofree char *msg = g_strdup_printf (
          _("This line has %u fields but the title line has %u; a value probably contains an unquoted "
            "comma or tab."), rec->n_fields, imp->n_header_fields);
      add_error (&e, FY_STAFF_N_COLS, msg);
    }

  for (FyStaffColumn c = 0; c < FY_STAFF_N_COLS && !shifted; c++)
    {
      if ((value = cell (imp, rec, c)) == NULL)
        continue;
      row->apply_mask |= 1u << c;
      switch (c)
        {
        case FY_STAFF_COL_EMPLOYEE_NO: replace (&s->employee_no, g_strdup (value)); break;
        case FY_STAFF_COL_NAME: replace (&s->name, g_strdup (value)); break;
        case FY_STAFF_COL_DEPARTMENT: replace (&s->department, g_strdup (value)); break;
        case FY_STAFF_COL_TEAM: replace (&s->team, g_strdup (value)); break;
        case FY_STAFF_COL_POST: replace (&s->post, g_strdup (value)); break;
        case FY_STAFF_COL_PHONE: replace (&s->phone, g_strdup (value)); break;
        case FY_STAFF_COL_DORMITORY: replace (&s->dormitory, g_strdup (value)); break;
        case FY_STAFF_COL_NOTE: replace (&s->note, g_strdup (value)); break;
        case FY_STAFF_COL_GENDER:
          {
            const char *gender = "";
            if (fy_staff_cell_gender (value, &gender, &local))
              replace (&s->gender, g_strdup (gender));
            else
              add_gerror (&e, c, g_steal_pointer (&local));
          }
          break;
        case FY_STAFF_COL_OUTSOURCED:
          if (!fy_staff_cell_yes_no (value, &s->outsourced, &local))
            add_gerror (&e, c, g_steal_pointer (&local));
          break;
        case FY_STAFF_COL_HIGH_CONTACT:
          if (!fy_staff_cell_yes_no (value, &s->high_contact, &local))
            add_gerror (&e, c, g_steal_pointer (&local));
          break;
        case FY_STAFF_COL_VACCINE_DOSES:
          if (!fy_staff_cell_doses (value, &s->vaccine_doses, &local))
            add_gerror (&e, c, g_steal_pointer (&local));
          break;
        case FY_STAFF_COL_STATUS:
          {
            g_autofree char *key = fy_staff_cell_key (value);
            /* A blank status keeps the stored one: never end an isolation by omission. */
            if (*key == '\0')
              row->apply_mask &= ~(1u << c);
            else if (!fy_staff_cell_status (value, &s->status, &local))
              add_gerror (&e, c, g_steal_pointer (&local));
          }
          break;
        case FY_STAFF_COL_LEFT_ON:
          {
            g_autofree char *text = fy_normalize_text (value);
            g_autofree char *date = NULL;
            /* Blank keeps the stored date (a new person who left gets today). */
            if (*text == '\0')
              row->apply_mask &= ~(1u << c);
            else if ((date = fy_validate_past_date (text, &local)) != NULL)
              replace (&s->left_on, g_steal_pointer (&date));
            else
              add_gerror (&e, c, g_steal_pointer (&local));
          }
          break;
        case FY_STAFF_COL_ID_NUMBER:
          {
            g_autofree char *id = fy_normalize_identifier (value);
            if (strlen (id) == 15 && fy_staff_looks_like_resident_id (id))
              {
                /* Old 15-digit numbers: accepted on import only, stored as 18. */
                g_autofree char *id18 = fy_validate_id_number (id, TRUE, NULL, NULL, NULL, &local);
                if (id18)
                  replace (&id, g_steal_pointer (&id18));
                else
                  add_gerror (&e, c, g_steal_pointer (&local));
              }
            if (*id == '\0' || fy_staff_looks_like_resident_id (id))
              replace (&s->id_kind, g_strdup ("resident"));
            replace (&s->id_number, g_steal_pointer (&id));
            /* The gender follows the ID unless the file states it. */
            if (fy_staff_looks_like_resident_id (s->id_number) && fy_staff_cell_is_blank (cell (imp, rec, FY_STAFF_COL_GENDER)))
              {
                replace (&s->gender, g_strdup (""));
                row->apply_mask |= 1u << FY_STAFF_COL_GENDER;
              }
          }
          break;
        case FY_STAFF_N_COLS: default: break;
        }
    }

  /* The first of two rows with one employee number is the one kept. */
  if (*no && !shifted)
    {
      guint first = GPOINTER_TO_UINT (g_hash_table_lookup (seen, no));
      if (first)
        {
          g_autofree char *msg = g_strdup_printf (_("The employee number “%s” is already used on line %u of this file."),
                                                  no, first);
          add_error (&e, FY_STAFF_COL_EMPLOYEE_NO, msg);
        }
      else
        g_hash_table_insert (seen, g_strdup (no), GUINT_TO_POINTER (rec->line));
    }

  if (!shifted)
    check_row (&e, &s);
  if (errors->len == 0)
    check_id_number (&e, s, rec->line, l);
  /* Numbers no operator has been given: imported, but worth a look. */
  if (errors->len == 0 && s->phone && *s->phone)
    {
      g_autofree char *warning = NULL;
      g_autofree char *phone = fy_validate_phone (s->phone, &warning, NULL);
      if (warning)
        {
          g_autofree char *masked = fy_mask_numbers_in (warning);
          row->pub.warning = g_strdup_printf (_("%s: %s"), imp->col_title[FY_STAFF_COL_PHONE]
                                              ? imp->col_title[FY_STAFF_COL_PHONE]
                                              : fy_staff_column_label (FY_STAFF_COL_PHONE), masked);
        }
    }

  if (errors->len > 0)
    {
      g_ptr_array_add (errors, NULL);
      /* Several problems of one row, on one line of the preview. Each
       * ends with a full stop already. */
      row->pub.error = g_strjoinv (C_("between the problems of one row", " "), (char **) errors->pdata);
      row->pub.field = e.first_field;
    }
  else if (old && staff_equal (old, s))
    row->pub.unchanged = TRUE;
  row->pub.staff = g_steal_pointer (&s);
  return row;
}

/* The whole roster in one query: employee number → FyStaff. */
static GHashTable *
load_roster (FyStore *store, GError **error)
{
  FyStaffFilter everyone = { .status = -1 };
  g_autoptr(GPtrArray) list = fy_staff_list (store, &everyone, error);
  GHashTable *roster;

  if (list == NULL)
    return NULL;
  roster = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) fy_staff_free);
  for (guint i = 0; i < list->len; i++)
    {
      FyStaff *s = g_ptr_array_steal_index_fast (list, i--);
      g_hash_table_replace (roster, s->employee_no, s);
    }
  return roster;
}

FyStaffImport *
fy_staff_import_parse (FyStore *store, GBytes *contents, GCancellable *cancellable, GError **error)
{
  g_autoptr(FyStaffImport) imp = import_new ();
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GHashTable) roster = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GHashTable) roster_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Lookups lookups;
  GHashTableIter iter;
  FyStaff *person;
  g_autofree char *text = NULL;

  g_return_val_if_fail (FY_IS_STORE (store), NULL);
  g_return_val_if_fail (contents != NULL, NULL);

  text = fy_csv_decode (contents, &imp->encoding, error);
  if (text == NULL)
    return NULL;
  imp->delimiter = fy_csv_sniff_delimiter (text);
  records = fy_csv_parse (text, imp->delimiter, cancellable, error);
  if (records == NULL)
    return NULL;
  g_clear_pointer (&text, g_free);
  if (records->len == 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("The file is empty."));
      return NULL;
    }
  if (!map_headers (imp, g_ptr_array_index (records, 0), error))
    return NULL;
  if (records->len == 1)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The file has only the line of column titles and no staff rows."));
      return NULL;
    }

  roster = load_roster (store, error);
  if (roster == NULL)
    return NULL;
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_iter_init (&iter, roster);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &person))
    if (person->status != FY_STAFF_LEFT && person->id_number && *person->id_number)
      g_hash_table_insert (roster_ids, person->id_number, person);
  lookups = (Lookups) { roster, roster_ids, seen, seen_ids };
  for (guint i = 1; i < records->len; i++)
    {
      Row *row;

      if (i % 256 == 0 && g_cancellable_is_cancelled (cancellable))
        {
          g_set_error (error, FY_ERROR, FY_ERROR_CANCELLED, _("The import was cancelled."));
          return NULL;
        }
      row = build_row (imp, g_ptr_array_index (records, i), &lookups);
      g_ptr_array_add (imp->rows, row);
      if (row->pub.error)
        imp->n_invalid++;
      else
        {
          imp->n_valid++;
          if (!row->pub.is_update)
            imp->n_new++;
          else if (row->pub.unchanged)
            imp->n_unchanged++;
          else
            imp->n_updates++;
        }
    }
  return g_steal_pointer (&imp);
}

FyStaffImport *
fy_staff_import_parse_file (FyStore *store, const char *path, GCancellable *cancellable, GError **error)
{
  g_autoptr(GBytes) contents = fy_csv_read_file (path, cancellable, error);

  if (contents == NULL)
    return NULL;
  return fy_staff_import_parse (store, contents, cancellable, error);
}

/* ---- Getters ------------------------------------------------------------ */

const char *
fy_staff_import_get_encoding (FyStaffImport *imp)
{
  return imp->encoding;
}

char
fy_staff_import_get_delimiter (FyStaffImport *imp)
{
  return imp->delimiter;
}

const char * const *
fy_staff_import_get_mapped_headers (FyStaffImport *imp)
{
  return (const char * const *) imp->mapped->pdata;
}

const char * const *
fy_staff_import_get_ignored_headers (FyStaffImport *imp)
{
  return (const char * const *) imp->ignored->pdata;
}

guint
fy_staff_import_get_n_rows (FyStaffImport *imp)
{
  return imp->rows->len;
}

const FyStaffImportRow *
fy_staff_import_get_row (FyStaffImport *imp, guint i)
{
  g_return_val_if_fail (i < imp->rows->len, NULL);
  return &((Row *) g_ptr_array_index (imp->rows, i))->pub;
}

guint fy_staff_import_get_n_valid (FyStaffImport *imp) { return imp->n_valid; }
guint fy_staff_import_get_n_invalid (FyStaffImport *imp) { return imp->n_invalid; }
guint fy_staff_import_get_n_new (FyStaffImport *imp) { return imp->n_new; }
guint fy_staff_import_get_n_updates (FyStaffImport *imp) { return imp->n_updates; }
guint fy_staff_import_get_n_unchanged (FyStaffImport *imp) { return imp->n_unchanged; }

/* ---- Apply -------------------------------------------------------------- */

static gboolean
row_failed (const Row *row, GError **error, GError *cause)
{
  g_set_error (error, cause->domain, cause->code, _("Line %u: %s"), row->pub.line, cause->message);
  g_error_free (cause);
  return FALSE;
}

/* Saves one valid row against the roster as it is now. */
static gboolean
apply_row (FyStore *store, const Row *row, guint *n_new, guint *n_updated, GError **error)
{
  GError *local = NULL;
  g_autoptr(FyStaff) current = fy_staff_get_by_employee_no (store, row->pub.staff->employee_no, &local);
  g_autoptr(FyStaff) s = NULL;

  if (current == NULL && !g_error_matches (local, FY_ERROR, FY_ERROR_NOT_FOUND))
    return row_failed (row, error, local);
  g_clear_error (&local);

  if (current)
    {
      s = fy_staff_copy (current);
      apply_columns (s, row->pub.staff, row->apply_mask);
    }
  else
    {
      s = fy_staff_copy (row->pub.staff);
      s->id = 0;
    }
  /* Checked again: someone may have edited the roster since the preview. */
  if (!fy_staff_validate (s, NULL, &local))
    return row_failed (row, error, local);
  if (current && staff_equal (current, s))
    return TRUE;
  if (!fy_staff_save_in_transaction (store, s, &local))
    return row_failed (row, error, local);
  if (current)
    (*n_updated)++;
  else
    (*n_new)++;
  return TRUE;
}

gboolean
fy_staff_import_apply (FyStore *store, FyStaffImport *imp, gboolean valid_only,
                       guint *n_new_out, guint *n_updated_out, GError **error)
{
  guint n_new = 0, n_updated = 0;

  g_return_val_if_fail (FY_IS_STORE (store), FALSE);
  g_return_val_if_fail (imp != NULL, FALSE);

  if (imp->n_invalid > 0 && !valid_only)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u row has errors, so nothing was imported. Fix it in the file, or import only the valid rows.",
                                "%u rows have errors, so nothing was imported. Fix them in the file, or import only the valid rows.",
                                imp->n_invalid), imp->n_invalid);
      return FALSE;
    }
  if (imp->n_valid == 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("No row of the file is valid, so nothing was imported. Fix the rows with errors and try again."));
      return FALSE;
    }

  if (!fy_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < imp->rows->len; i++)
    {
      const Row *row = g_ptr_array_index (imp->rows, i);

      if (row->pub.error)
        continue;
      if (!apply_row (store, row, &n_new, &n_updated, error))
        {
          fy_store_rollback (store);
          return FALSE;
        }
    }
  if (!fy_store_commit (store, error))
    return FALSE;

  if (n_new_out)
    *n_new_out = n_new;
  if (n_updated_out)
    *n_updated_out = n_updated;
  fy_store_emit_changed (store, FY_STORE_CHANGE_STAFF);
  return TRUE;
}

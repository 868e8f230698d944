/* fy-staff-import.c — staff roster import from CSV: column titles, cells to
 * FyStaff, validation of every row (the preview), then one transaction. */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "fy-csv-read.h"
#include "fy-error.h"
#include "fy-staff-import.h"
#include "fy-store-private.h"
#include "fy-validate.h"

typedef enum
{
  COL_EMPLOYEE_NO,
  COL_NAME,
  COL_GENDER,
  COL_DEPARTMENT,
  COL_TEAM,
  COL_POST,
  COL_PHONE,
  COL_ID_NUMBER,
  COL_DORMITORY,
  COL_OUTSOURCED,
  COL_VACCINE_DOSES,
  COL_HIGH_CONTACT,
  COL_STATUS,
  COL_LEFT_ON,
  COL_NOTE,
  N_COLS
} Column;

/* Titles are compared after header_key(): NFKC, case-folded, without spaces,
 * '_', '-', '.', '*', ':' and a trailing "(…)" hint. Keep the aliases in that
 * form. The first alias is the one named in messages. */
static const struct
{
  const char *label;      /* msgid, for messages when the file has no such column */
  const char *aliases[14];
} columns[N_COLS] = {
  [COL_EMPLOYEE_NO] = { N_("Employee No."), { "工号", "员工编号", "编号", "员工工号", "员工号", "职工编号", "职工号",
                                             "employeeno", "employeenumber", "employeeid", "staffno", "empno",
                                             "jobnumber", NULL } },
  [COL_NAME] = { N_("Name"), { "姓名", "员工姓名", "名字", "name", "fullname", "staffname", NULL } },
  [COL_GENDER] = { N_("Gender"), { "性别", "gender", "sex", NULL } },
  [COL_DEPARTMENT] = { N_("Department"), { "部门", "车间", "部门/车间", "所属部门", "所在部门", "department", "dept",
                                           "workshop", NULL } },
  [COL_TEAM] = { N_("Team"), { "班组", "班组名称", "所属班组", "team", "teamname", "group", NULL } },
  [COL_POST] = { N_("Post"), { "岗位", "职务", "岗位/职务", "工种", "post", "position", "job", "jobtitle", NULL } },
  [COL_PHONE] = { N_("Mobile phone"), { "手机", "手机号", "手机号码", "联系电话", "电话", "联系方式", "电话号码",
                                        "phone", "mobile", "mobilephone", "phonenumber", "tel", NULL } },
  [COL_ID_NUMBER] = { N_("ID number"), { "身份证号", "身份证号码", "证件号码", "证件号", "身份证", "idnumber",
                                         "idcard", "idno", "idcardnumber", NULL } },
  [COL_DORMITORY] = { N_("Dormitory"), { "宿舍", "宿舍号", "宿舍号码", "dormitory", "dorm", NULL } },
  [COL_OUTSOURCED] = { N_("Outsourced / dispatched"), { "是否外包", "外包", "劳务派遣", "外包/劳务派遣", "是否劳务派遣",
                                                        "outsourced", "dispatched", NULL } },
  [COL_VACCINE_DOSES] = { N_("Vaccine doses"), { "疫苗剂次", "疫苗接种剂次", "接种剂次", "疫苗接种", "接种针次",
                                                 "疫苗针次", "vaccinedoses", "doses", "vaccine", NULL } },
  [COL_HIGH_CONTACT] = { N_("High-contact post"), { "高风险岗位", "重点岗位", "是否高风险岗位", "是否重点岗位",
                                                    "highcontact", "highcontactpost", "highrisk", NULL } },
  [COL_STATUS] = { N_("Status"), { "状态", "人员状态", "在岗状态", "status", NULL } },
  [COL_LEFT_ON] = { N_("Left on"), { "离职日期", "离职时间", "lefton", "leftdate", "leavingdate", NULL } },
  [COL_NOTE] = { N_("Note"), { "备注", "说明", "note", "notes", "remark", "remarks", "comment", NULL } },
};

/* Status cells: codes, English and Chinese words (header_key form). */
static const struct { const char *word; FyStaffStatus status; } status_words[] = {
  { "onsite", FY_STAFF_ON_SITE }, { "在岗", FY_STAFF_ON_SITE }, { "在厂", FY_STAFF_ON_SITE },
  { "在职", FY_STAFF_ON_SITE }, { "正常", FY_STAFF_ON_SITE },
  { "homeisolation", FY_STAFF_HOME_ISOLATION }, { "居家隔离", FY_STAFF_HOME_ISOLATION },
  { "centralisolation", FY_STAFF_CENTRAL_ISOLATION }, { "集中隔离", FY_STAFF_CENTRAL_ISOLATION },
  { "observation", FY_STAFF_OBSERVATION }, { "医学观察", FY_STAFF_OBSERVATION }, { "观察", FY_STAFF_OBSERVATION },
  { "left", FY_STAFF_LEFT }, { "离职", FY_STAFF_LEFT }, { "已离职", FY_STAFF_LEFT },
};

typedef struct
{
  FyStaffImportRow pub;
  guint32          apply_mask;   /* bits (1 << Column) this row sets on a stored person */
} Row;

struct _FyStaffImport
{
  const char *encoding;
  char        delimiter;
  int         col_index[N_COLS];   /* field index in a record, -1 = absent */
  char       *col_title[N_COLS];   /* the title as written in the file */
  GPtrArray  *mapped;              /* char*, NULL-terminated */
  GPtrArray  *ignored;             /* char*, NULL-terminated */
  GPtrArray  *rows;                /* Row* */
  guint       n_header_fields;
  guint       n_valid, n_invalid, n_new, n_updates, n_unchanged;
};

static void
row_free (Row *row)
{
  fy_staff_free (row->pub.staff);
  g_free (row->pub.error);
  g_free (row);
}

void
fy_staff_import_free (FyStaffImport *imp)
{
  if (imp == NULL)
    return;
  for (guint i = 0; i < N_COLS; i++)
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

  for (guint i = 0; i < N_COLS; i++)
    imp->col_index[i] = -1;
  imp->mapped = g_ptr_array_new_with_free_func (g_free);
  imp->ignored = g_ptr_array_new_with_free_func (g_free);
  imp->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  return imp;
}

/* ---- Column titles ------------------------------------------------------ */

static char *
header_key (const char *title)
{
  g_autofree char *norm = fy_normalize_text (title);
  g_autofree char *folded = g_utf8_casefold (norm, -1);
  GString *key = g_string_new (NULL);
  char *open;

  /* "手机号(必填)", "疫苗剂次(针)": the hint in brackets is not the name. */
  if (g_str_has_suffix (folded, ")") && (open = strrchr (folded, '(')) != NULL && open != folded)
    *open = '\0';
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || c == '_' || c == '-' || c == '.' || c == '*' || c == ':' || c == 0xfeff)
        continue;
      g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}

static int
column_for_title (const char *title)
{
  g_autofree char *key = header_key (title);

  if (*key == '\0')
    return -1;
  for (int c = 0; c < N_COLS; c++)
    for (guint a = 0; columns[c].aliases[a]; a++)
      if (g_str_equal (key, columns[c].aliases[a]))
        return c;
  return -1;
}

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
  static const Column required[] = { COL_NAME, COL_EMPLOYEE_NO };

  imp->n_header_fields = header->n_fields;
  for (guint i = 0; i < header->n_fields; i++)
    {
      g_autofree char *title = fy_normalize_text (header->fields[i]);
      int c = column_for_title (title);

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
      Column c = required[r];
      g_autoptr(GPtrArray) accepted = NULL;
      g_autofree char *accepted_text = NULL;
      g_autofree char *found_text = NULL;

      if (imp->col_index[c] >= 0)
        continue;
      accepted = g_ptr_array_new ();
      for (guint a = 0; columns[c].aliases[a] && a < 4; a++)
        g_ptr_array_add (accepted, (gpointer) columns[c].aliases[a]);
      accepted_text = join_titles (accepted);
      found_text = join_titles (imp->mapped);
      if (*found_text == '\0')
        g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                     _("No column title in the first line was recognised, so nothing was imported. "
                       "The first line must hold the column titles, including “%s” (%s)."),
                     columns[c].aliases[0], accepted_text);
      else
        g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                     _("The file has no “%s” column (accepted titles: %s), so nothing was imported. "
                       "Recognised columns: %s."),
                     columns[c].aliases[0], accepted_text, found_text);
      return FALSE;
    }
  return TRUE;
}

/* ---- Cells -------------------------------------------------------------- */

static void
replace (char **field, char *value)
{
  g_free (*field);
  *field = value;
}

static gboolean
is_blank_cell (const char *cell)
{
  g_autofree char *text = NULL;

  if (cell == NULL)
    return TRUE;
  text = fy_normalize_text (cell);
  return *text == '\0';
}

static gboolean
parse_yes_no (const char *cell, gboolean *value, GError **error)
{
  static const char *yes[] = { "是", "y", "yes", "1", "true", "t", "√", "✓", "有" };
  static const char *no[] = { "否", "n", "no", "0", "false", "f", "×", "无", "" };
  g_autofree char *key = header_key (cell);

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (g_str_equal (key, yes[i]))
      {
        *value = TRUE;
        return TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (g_str_equal (key, no[i]))
      {
        *value = FALSE;
        return TRUE;
      }
  g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("“%s” is not a yes/no value; write 是 or 否 (Y/N, 1/0)."), cell);
  return FALSE;
}

static gboolean
parse_gender (const char *cell, const char **gender, GError **error)
{
  g_autofree char *key = header_key (cell);

  if (*key == '\0')
    *gender = "";
  else if (g_str_equal (key, "男") || g_str_equal (key, "m") || g_str_equal (key, "male"))
    *gender = "M";
  else if (g_str_equal (key, "女") || g_str_equal (key, "f") || g_str_equal (key, "female"))
    *gender = "F";
  else
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("“%s” is not a gender; write 男 or 女 (M/F)."), cell);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_doses (const char *cell, int *doses, GError **error)
{
  g_autofree char *key = header_key (cell);
  guint64 n = 0;

  *doses = 0;
  if (*key == '\0')
    return TRUE;
  /* "3针", "2剂", "3剂次" */
  for (const char *suffix[] = { "剂次", "针次", "剂", "针", NULL }, **s = suffix; *s; s++)
    if (g_str_has_suffix (key, *s) && strlen (key) > strlen (*s))
      {
        key[strlen (key) - strlen (*s)] = '\0';
        break;
      }
  if (!g_ascii_string_to_unsigned (key, 10, 0, 99, &n, NULL))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("“%s” is not a number of doses; write a number from 0 to 9."), cell);
      return FALSE;
    }
  *doses = (int) n;
  return TRUE;
}

static gboolean
parse_status (const char *cell, FyStaffStatus *status, GError **error)
{
  g_autofree char *key = header_key (cell);

  for (guint i = 0; i < G_N_ELEMENTS (status_words); i++)
    if (g_str_equal (key, status_words[i].word))
      {
        *status = status_words[i].status;
        return TRUE;
      }
  for (guint i = 0; i < FY_STAFF_N_STATUSES; i++)
    {
      g_autofree char *label = header_key (fy_staff_status_label (i));
      g_autofree char *code = header_key (fy_staff_status_to_code (i));
      if (g_str_equal (key, label) || g_str_equal (key, code))
        {
          *status = i;
          return TRUE;
        }
    }
  g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
               _("“%s” is not a status; write 在岗, 居家隔离, 集中隔离, 医学观察 or 离职."), cell);
  return FALSE;
}

/* 15 or 18 characters, digits (an X last): a resident ID, not a passport. */
static gboolean
looks_like_resident_id (const char *id)
{
  gsize n = strlen (id);

  if (n != 15 && n != 18)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (id[i]) && !(i == n - 1 && n == 18 && id[i] == 'X'))
      return FALSE;
  return TRUE;
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
  if (HAS (COL_EMPLOYEE_NO))
    replace (&to->employee_no, g_strdup (from->employee_no));
  if (HAS (COL_NAME))
    replace (&to->name, g_strdup (from->name));
  if (HAS (COL_GENDER))
    replace (&to->gender, g_strdup (from->gender));
  if (HAS (COL_DEPARTMENT))
    replace (&to->department, g_strdup (from->department));
  if (HAS (COL_TEAM))
    replace (&to->team, g_strdup (from->team));
  if (HAS (COL_POST))
    replace (&to->post, g_strdup (from->post));
  if (HAS (COL_PHONE))
    replace (&to->phone, g_strdup (from->phone));
  if (HAS (COL_ID_NUMBER))
    {
      replace (&to->id_number, g_strdup (from->id_number));
      replace (&to->id_kind, g_strdup (from->id_kind));
    }
  if (HAS (COL_DORMITORY))
    replace (&to->dormitory, g_strdup (from->dormitory));
  if (HAS (COL_OUTSOURCED))
    to->outsourced = from->outsourced;
  if (HAS (COL_VACCINE_DOSES))
    to->vaccine_doses = from->vaccine_doses;
  if (HAS (COL_HIGH_CONTACT))
    to->high_contact = from->high_contact;
  if (HAS (COL_STATUS))
    to->status = from->status;
  if (HAS (COL_STATUS) || HAS (COL_LEFT_ON))
    replace (&to->left_on, g_strdup (from->left_on));
  if (HAS (COL_NOTE))
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

static Column
column_of_field (FyStaffField field)
{
  switch (field)
    {
    case FY_STAFF_FIELD_EMPLOYEE_NO: return COL_EMPLOYEE_NO;
    case FY_STAFF_FIELD_NAME: return COL_NAME;
    case FY_STAFF_FIELD_PHONE: return COL_PHONE;
    case FY_STAFF_FIELD_ID_NUMBER: return COL_ID_NUMBER;
    case FY_STAFF_FIELD_VACCINE_DOSES: return COL_VACCINE_DOSES;
    case FY_STAFF_FIELD_LEFT_ON: return COL_LEFT_ON;
    case FY_STAFF_FIELD_GENDER: return COL_GENDER;
    case FY_STAFF_FIELD_NONE: default: return N_COLS;
    }
}

static FyStaffField
field_of_column (Column c)
{
  switch (c)
    {
    case COL_EMPLOYEE_NO: return FY_STAFF_FIELD_EMPLOYEE_NO;
    case COL_NAME: return FY_STAFF_FIELD_NAME;
    case COL_PHONE: return FY_STAFF_FIELD_PHONE;
    case COL_ID_NUMBER: return FY_STAFF_FIELD_ID_NUMBER;
    case COL_VACCINE_DOSES: return FY_STAFF_FIELD_VACCINE_DOSES;
    case COL_LEFT_ON: return FY_STAFF_FIELD_LEFT_ON;
    case COL_GENDER: return FY_STAFF_FIELD_GENDER;
    default: return FY_STAFF_FIELD_NONE;
    }
}

/* "证件号码: The check character is wrong…" — the column as the file names it. */
static void
add_error (RowErrors *e, Column c, const char *message)
{
  const char *title = NULL;

  if (c < N_COLS)
    title = e->imp->col_title[c] ? e->imp->col_title[c] : g_dgettext (GETTEXT_PACKAGE, columns[c].label);
  if (e->errors->len == 0)
    e->first_field = c < N_COLS ? field_of_column (c) : FY_STAFF_FIELD_NONE;
  if (title)
    g_ptr_array_add (e->errors, g_strdup_printf (_("%s: %s"), title, message));
  else
    g_ptr_array_add (e->errors, g_strdup (message));
}

static void
add_gerror (RowErrors *e, Column c, GError *error)
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
      add_gerror (e, column_of_field (field), error);
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
cell (FyStaffImport *imp, const FyCsvRecord *rec, Column c)
{
  return imp->col_index[c] >= 0 ? fy_csv_record_get (rec, imp->col_index[c]) : NULL;
}

static Row *
build_row (FyStaffImport *imp, const FyCsvRecord *rec, GHashTable *roster, GHashTable *seen)
{
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  RowErrors e = { imp, errors, FY_STAFF_FIELD_NONE };
  Row *row = g_new0 (Row, 1);
  g_autofree char *no = fy_normalize_identifier (cell (imp, rec, COL_EMPLOYEE_NO));
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
    shifted = !is_blank_cell (rec->fields[i]);
  if (shifted)
    {
      g_autofree char *msg = g_strdup_printf (
          _("This line has %u fields but the title line has %u; a value probably contains an unquoted "
            "comma or tab."), rec->n_fields, imp->n_header_fields);
      add_error (&e, N_COLS, msg);
    }

  for (Column c = 0; c < N_COLS && !shifted; c++)
    {
      if ((value = cell (imp, rec, c)) == NULL)
        continue;
      row->apply_mask |= 1u << c;
      switch (c)
        {
        case COL_EMPLOYEE_NO: replace (&s->employee_no, g_strdup (value)); break;
        case COL_NAME: replace (&s->name, g_strdup (value)); break;
        case COL_DEPARTMENT: replace (&s->department, g_strdup (value)); break;
        case COL_TEAM: replace (&s->team, g_strdup (value)); break;
        case COL_POST: replace (&s->post, g_strdup (value)); break;
        case COL_PHONE: replace (&s->phone, g_strdup (value)); break;
        case COL_DORMITORY: replace (&s->dormitory, g_strdup (value)); break;
        case COL_NOTE: replace (&s->note, g_strdup (value)); break;
        case COL_GENDER:
          {
            const char *gender = "";
            if (parse_gender (value, &gender, &local))
              replace (&s->gender, g_strdup (gender));
            else
              add_gerror (&e, c, g_steal_pointer (&local));
          }
          break;
        case COL_OUTSOURCED:
          if (!parse_yes_no (value, &s->outsourced, &local))
            add_gerror (&e, c, g_steal_pointer (&local));
          break;
        case COL_HIGH_CONTACT:
          if (!parse_yes_no (value, &s->high_contact, &local))
            add_gerror (&e, c, g_steal_pointer (&local));
          break;
        case COL_VACCINE_DOSES:
          if (!parse_doses (value, &s->vaccine_doses, &local))
            add_gerror (&e, c, g_steal_pointer (&local));
          break;
        case COL_STATUS:
          {
            g_autofree char *key = header_key (value);
            /* A blank status keeps the stored one: never end an isolation by omission. */
            if (*key == '\0')
              row->apply_mask &= ~(1u << c);
            else if (!parse_status (value, &s->status, &local))
              add_gerror (&e, c, g_steal_pointer (&local));
          }
          break;
        case COL_LEFT_ON:
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
        case COL_ID_NUMBER:
          {
            g_autofree char *id = fy_normalize_identifier (value);
            if (strlen (id) == 15 && looks_like_resident_id (id))
              {
                /* Old 15-digit numbers: accepted on import only, stored as 18. */
                g_autofree char *id18 = fy_validate_id_number (id, TRUE, NULL, NULL, NULL, &local);
                if (id18)
                  replace (&id, g_steal_pointer (&id18));
                else
                  add_gerror (&e, c, g_steal_pointer (&local));
              }
            if (*id == '\0' || looks_like_resident_id (id))
              replace (&s->id_kind, g_strdup ("resident"));
            replace (&s->id_number, g_steal_pointer (&id));
            /* The gender follows the ID unless the file states it. */
            if (looks_like_resident_id (s->id_number) && is_blank_cell (cell (imp, rec, COL_GENDER)))
              {
                replace (&s->gender, g_strdup (""));
                row->apply_mask |= 1u << COL_GENDER;
              }
          }
          break;
        case N_COLS: default: break;
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
          add_error (&e, COL_EMPLOYEE_NO, msg);
        }
      else
        g_hash_table_insert (seen, g_strdup (no), GUINT_TO_POINTER (rec->line));
    }

  if (!shifted)
    check_row (&e, &s);

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
  for (guint i = 1; i < records->len; i++)
    {
      Row *row;

      if (i % 256 == 0 && g_cancellable_is_cancelled (cancellable))
        {
          g_set_error (error, FY_ERROR, FY_ERROR_CANCELLED, _("The import was cancelled."));
          return NULL;
        }
      row = build_row (imp, g_ptr_array_index (records, i), roster, seen);
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
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GError) local = NULL;

  contents = g_file_load_bytes (file, cancellable, NULL, &local);
  if (contents == NULL)
    {
      if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_set_error (error, FY_ERROR, FY_ERROR_CANCELLED, _("The import was cancelled."));
      else
        g_set_error (error, FY_ERROR, FY_ERROR_IO, _("Cannot read “%s”: %s."), path, local->message);
      return NULL;
    }
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
  fy_store_emit_changed (store, "staff");
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-staff-columns.c — column titles and cell values of roster files. */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "fy-error.h"
#include "fy-staff-columns.h"
#include "fy-validate.h"

/* Titles are compared in fy_staff_cell_key() form (NFKC, case-folded, no
 * spaces, '_', '-', '.', '*', ':' or trailing "(…)" hint): keep the aliases
 * in that form. The first alias is the one named in messages. */
static const struct
{
  const char *label;      /* msgid, for messages when the file has no such column */
  const char *aliases[14];
} columns[FY_STAFF_N_COLS] = {
  [FY_STAFF_COL_EMPLOYEE_NO] = { N_("Employee No."),
    { "工号", "员工编号", "编号", "员工工号", "员工号", "职工编号", "职工号", "employeeno", "employeenumber", "employeeid",
      "staffno", "empno", "jobnumber", NULL } },
  [FY_STAFF_COL_NAME] = { N_("Name"),
    { "姓名", "员工姓名", "名字", "name", "fullname", "staffname", NULL } },
  [FY_STAFF_COL_GENDER] = { N_("Gender"),
    { "性别", "gender", "sex", NULL } },
  [FY_STAFF_COL_DEPARTMENT] = { N_("Department"),
    { "部门", "车间", "部门/车间", "所属部门", "所在部门", "department", "dept", "workshop", NULL } },
  [FY_STAFF_COL_TEAM] = { N_("Team"),
    { "班组", "班组名称", "所属班组", "team", "teamname", "group", NULL } },
  [FY_STAFF_COL_POST] = { N_("Post"),
    { "岗位", "职务", "岗位/职务", "工种", "post", "position", "job", "jobtitle", NULL } },
  [FY_STAFF_COL_PHONE] = { N_("Mobile phone"),
    { "手机", "手机号", "手机号码", "联系电话", "电话", "联系方式", "电话号码", "phone", "mobile", "mobilephone", "phonenumber",
      "tel", NULL } },
  [FY_STAFF_COL_ID_NUMBER] = { N_("ID number"),
    { "身份证号", "身份证号码", "证件号码", "证件号", "身份证", "idnumber", "idcard", "idno", "idcardnumber", NULL } },
  [FY_STAFF_COL_DORMITORY] = { N_("Dormitory"),
    { "宿舍", "宿舍号", "宿舍号码", "dormitory", "dorm", NULL } },
  [FY_STAFF_COL_OUTSOURCED] = { N_("Outsourced / dispatched"),
    { "是否外包", "外包", "劳务派遣", "外包/劳务派遣", "是否劳务派遣", "outsourced", "dispatched", NULL } },
  [FY_STAFF_COL_VACCINE_DOSES] = { N_("Vaccine doses"),
    { "疫苗剂次", "疫苗接种剂次", "接种剂次", "疫苗接种", "接种针次", "疫苗针次", "vaccinedoses", "doses", "vaccine", NULL } },
  [FY_STAFF_COL_HIGH_CONTACT] = { N_("High-contact post"),
    { "高风险岗位", "重点岗位", "是否高风险岗位", "是否重点岗位", "highcontact", "highcontactpost", "highrisk", NULL } },
  [FY_STAFF_COL_STATUS] = { N_("Status"),
    { "状态", "人员状态", "在岗状态", "status", NULL } },
  [FY_STAFF_COL_LEFT_ON] = { N_("Left on"),
    { "离职日期", "离职时间", "lefton", "leftdate", "leavingdate", NULL } },
  [FY_STAFF_COL_NOTE] = { N_("Note"),
    { "备注", "说明", "note", "notes", "remark", "remarks", "comment", NULL } },
};

/* Status cells: codes, English and Chinese words (fy_staff_cell_key form). */
static const struct { const char *word; FyStaffStatus status; } status_words[] = {
  { "onsite", FY_STAFF_ON_SITE }, { "在岗", FY_STAFF_ON_SITE }, { "在厂", FY_STAFF_ON_SITE },
  { "在职", FY_STAFF_ON_SITE }, { "正常", FY_STAFF_ON_SITE },
  { "homeisolation", FY_STAFF_HOME_ISOLATION }, { "居家隔离", FY_STAFF_HOME_ISOLATION },
  { "centralisolation", FY_STAFF_CENTRAL_ISOLATION }, { "集中隔离", FY_STAFF_CENTRAL_ISOLATION },
  { "observation", FY_STAFF_OBSERVATION }, { "医学观察", FY_STAFF_OBSERVATION }, { "观察", FY_STAFF_OBSERVATION },
  { "left", FY_STAFF_LEFT }, { "离职", FY_STAFF_LEFT }, { "已离职", FY_STAFF_LEFT },
};

char *
fy_staff_cell_key (const char *title)
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

int
fy_staff_column_for_title (const char *title)
{
  g_autofree char *key = fy_staff_cell_key (title);

  if (*key == '\0')
    return -1;
  for (int c = 0; c < FY_STAFF_N_COLS; c++)
    for (guint a = 0; columns[c].aliases[a]; a++)
      if (g_str_equal (key, columns[c].aliases[a]))
        return c;
  return -1;
}

gboolean
fy_staff_cell_is_blank (const char *cell)
{
  g_autofree char *text = NULL;

  if (cell == NULL)
    return TRUE;
  text = fy_normalize_text (cell);
  return *text == '\0';
}

gboolean
fy_staff_cell_yes_no (const char *cell, gboolean *value, GError **error)
{
  static const char *yes[] = { "是", "y", "yes", "1", "true", "t", "√", "✓", "有" };
  static const char *no[] = { "否", "n", "no", "0", "false", "f", "×", "无", "" };
  g_autofree char *key = fy_staff_cell_key (cell);

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

gboolean
fy_staff_cell_gender (const char *cell, const char **gender, GError **error)
{
  g_autofree char *key = fy_staff_cell_key (cell);

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

gboolean
fy_staff_cell_doses (const char *cell, int *doses, GError **error)
{
  g_autofree char *key = fy_staff_cell_key (cell);
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

gboolean
fy_staff_cell_status (const char *cell, FyStaffStatus *status, GError **error)
{
  g_autofree char *key = fy_staff_cell_key (cell);

  for (guint i = 0; i < G_N_ELEMENTS (status_words); i++)
    if (g_str_equal (key, status_words[i].word))
      {
        *status = status_words[i].status;
        return TRUE;
      }
  for (guint i = 0; i < FY_STAFF_N_STATUSES; i++)
    {
      g_autofree char *label = fy_staff_cell_key (fy_staff_status_label (i));
      g_autofree char *code = fy_staff_cell_key (fy_staff_status_to_code (i));
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
gboolean
fy_staff_looks_like_resident_id (const char *id)
{
  gsize n = strlen (id);

  if (n != 15 && n != 18)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (id[i]) && !(i == n - 1 && n == 18 && id[i] == 'X'))
      return FALSE;
  return TRUE;
}

FyStaffColumn
fy_staff_column_of_field (FyStaffField field)
{
  switch (field)
    {
    case FY_STAFF_FIELD_EMPLOYEE_NO: return FY_STAFF_COL_EMPLOYEE_NO;
    case FY_STAFF_FIELD_NAME: return FY_STAFF_COL_NAME;
    case FY_STAFF_FIELD_PHONE: return FY_STAFF_COL_PHONE;
    case FY_STAFF_FIELD_ID_NUMBER: return FY_STAFF_COL_ID_NUMBER;
    case FY_STAFF_FIELD_VACCINE_DOSES: return FY_STAFF_COL_VACCINE_DOSES;
    case FY_STAFF_FIELD_LEFT_ON: return FY_STAFF_COL_LEFT_ON;
    case FY_STAFF_FIELD_GENDER: return FY_STAFF_COL_GENDER;
    case FY_STAFF_FIELD_NONE: default: return FY_STAFF_N_COLS;
    }
}

FyStaffField
fy_staff_column_field (FyStaffColumn c)
{
  switch (c)
    {
    case FY_STAFF_COL_EMPLOYEE_NO: return FY_STAFF_FIELD_EMPLOYEE_NO;
    case FY_STAFF_COL_NAME: return FY_STAFF_FIELD_NAME;
    case FY_STAFF_COL_PHONE: return FY_STAFF_FIELD_PHONE;
    case FY_STAFF_COL_ID_NUMBER: return FY_STAFF_FIELD_ID_NUMBER;
    case FY_STAFF_COL_VACCINE_DOSES: return FY_STAFF_FIELD_VACCINE_DOSES;
    case FY_STAFF_COL_LEFT_ON: return FY_STAFF_FIELD_LEFT_ON;
    case FY_STAFF_COL_GENDER: return FY_STAFF_FIELD_GENDER;
    default: return FY_STAFF_FIELD_NONE;
    }
}

const char *
fy_staff_column_label (FyStaffColumn column)
{
  g_return_val_if_fail (column < FY_STAFF_N_COLS, "");
  return g_dgettext (GETTEXT_PACKAGE, columns[column].label);
}

const char *
fy_staff_column_alias (FyStaffColumn column, guint i)
{
  g_return_val_if_fail (column < FY_STAFF_N_COLS, NULL);
  for (guint a = 0; a <= i; a++)
    if (columns[column].aliases[a] == NULL)
      return NULL;
  return columns[column].aliases[i];
}

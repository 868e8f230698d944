/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledgers-staff.c — ledgers about the staff list: the roster (员工花名册). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-ledger-defs.h"
#include "fy-staff.h"

/* Genders from "M" on: a gender not given stays a blank cell. */
#define GENDER_LABELS (&fy_staff_gender_labels[1])

static const FyLedgerColumn roster_columns[] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "employee_no", N_("Employee No."), NULL, FY_COLUMN_TEXT, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "name", N_("Name"), NULL, FY_COLUMN_TEXT, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "gender", N_("Gender"), NULL, FY_COLUMN_ENUM, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, GENDER_LABELS },
  { "department", N_("Department"), NULL, FY_COLUMN_TEXT, 13, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "team", N_("Team"), NULL, FY_COLUMN_TEXT, 11, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "post", N_("Post"), NULL, FY_COLUMN_TEXT, 16, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "high_contact", N_("High-risk post"), NULL, FY_COLUMN_BOOL, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "phone", N_("Mobile phone"), NULL, FY_COLUMN_TEXT, 14, FY_ALIGN_CENTER, FY_SENSITIVE_PHONE, NULL },
  { "id_number", N_("ID number"), NULL, FY_COLUMN_TEXT, 21, FY_ALIGN_CENTER, FY_SENSITIVE_ID, NULL },
  /* Translators: 所在区域 / 网格 of the roster: "冲压车间区 / 东网格". */
  { "zone", N_("Zone / grid"), NULL, FY_COLUMN_TEXT, 26, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "dormitory", N_("Dormitory"), NULL, FY_COLUMN_TEXT, 13, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "outsourced", N_("Outsourced / dispatched"), NULL, FY_COLUMN_BOOL, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "vaccine_doses", N_("Vaccine doses"), NULL, FY_COLUMN_NUMBER, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "status", N_("Status"), NULL, FY_COLUMN_ENUM, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_staff_status_labels },
  { "note", N_("Note"), NULL, FY_COLUMN_TEXT, 18, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
};

/* :status '' = everyone who has not left; 'all' = including those who left.
 * The trailing column highlights the status of people not at work as usual
 * (the bit of the status column). */
static const char roster_sql[] =
  "SELECT 0, employee_no, name, gender, department, team, post, high_contact, phone,"
  " id_number,"
  " (SELECT a.name || coalesce(' / ' || g.name, '') FROM staff_zone z JOIN zone_area a ON a.id = z.area_id"
  "   LEFT JOIN zone_grid g ON g.id = z.grid_id WHERE z.staff_id = staff.id),"
  " dormitory, outsourced, vaccine_doses, status, note,"
  " CASE WHEN status IN ('home_isolation', 'central_isolation', 'observation')"
  "      THEN :bit_status ELSE 0 END"
  " FROM staff"
  " WHERE (:department = '' OR department = :department)"
  " AND (:team = '' OR team = :team)"
  " AND ((:status = '' AND status <> 'left') OR :status = 'all' OR status = :status)"
  " AND (:search = '' OR name LIKE '%' || :search || '%' OR employee_no LIKE :search || '%'"
  "      OR phone LIKE '%' || :search || '%' OR id_number LIKE '%' || :search || '%')"
  " ORDER BY department, team, employee_no";

const FyLedgerDef fy_ledger_def_roster = {
  .id = "roster",
  .title = N_("Staff Roster"),
  /* Translators: the tab of this ledger in a spreadsheet; short. */
  .sheet = NC_("sheet name", "Roster"),
  .description = N_("Everyone on the staff list: department, post, contact, ID and status"),
  .period = FY_PERIOD_NONE,
  .columns = roster_columns,
  .n_columns = G_N_ELEMENTS (roster_columns),
  .sql = roster_sql,
  .build = NULL,
  .note = NULL,
};

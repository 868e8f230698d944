/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-staff-columns.h — what the columns of a roster file mean: the titles
 * HR systems and spreadsheets use for each staff field (Chinese and
 * English), and how a cell becomes a value (是/否, 男/女, "3针", 在岗…).
 * Used by the staff import; no database, no I/O. */
#pragma once

#include <glib.h>

#include "fy-staff.h"

G_BEGIN_DECLS

typedef enum
{
  FY_STAFF_COL_EMPLOYEE_NO,
  FY_STAFF_COL_NAME,
  FY_STAFF_COL_GENDER,
  FY_STAFF_COL_DEPARTMENT,
  FY_STAFF_COL_TEAM,
  FY_STAFF_COL_POST,
  FY_STAFF_COL_PHONE,
  FY_STAFF_COL_ID_NUMBER,
  FY_STAFF_COL_DORMITORY,
  FY_STAFF_COL_OUTSOURCED,
  FY_STAFF_COL_VACCINE_DOSES,
  FY_STAFF_COL_HIGH_CONTACT,
  FY_STAFF_COL_STATUS,
  FY_STAFF_COL_LEFT_ON,
  FY_STAFF_COL_NOTE,
  FY_STAFF_N_COLS
} FyStaffColumn;
/* The column a title names (after NFKC, case folding, without spaces, '_',
 * '-', '.', '*', ':' and a trailing "(…)" hint), or -1. */
int           fy_staff_column_for_title       (const char    *title);
/* Translated field name, for a message when the file has no such column. */
const char   *fy_staff_column_label           (FyStaffColumn  column);
/* The accepted titles, in comparison form; NULL past the last. The first
 * one is the usual Chinese title. */
const char   *fy_staff_column_alias           (FyStaffColumn  column,
                                               guint          i);
/* FyStaff's field for validation messages, and back (NONE / N_COLS when
 * there is no match). */
FyStaffField  fy_staff_column_field           (FyStaffColumn  column);
FyStaffColumn fy_staff_column_of_field        (FyStaffField   field);

/* The comparison form of a title or a word in a cell (see above). Owned. */
char         *fy_staff_cell_key               (const char    *text);
/* NULL, or only spaces after normalisation. */
gboolean      fy_staff_cell_is_blank          (const char    *cell);
/* Cell parsers: FY_ERROR_INVALID with a sentence saying what to write.
 * A blank cell is "no", "", 0 doses; a blank status is an error (callers
 * decide what blank means for them). */
gboolean      fy_staff_cell_yes_no            (const char    *cell,
                                               gboolean      *value,
                                               GError       **error);
gboolean      fy_staff_cell_gender            (const char    *cell,
                                               const char   **gender,
                                               GError       **error);
gboolean      fy_staff_cell_doses             (const char    *cell,
                                               int           *doses,
                                               GError       **error);
gboolean      fy_staff_cell_status            (const char    *cell,
                                               FyStaffStatus *status,
                                               GError       **error);
/* 15 or 18 digits (an X last for 18): a resident ID rather than a passport. */
gboolean      fy_staff_looks_like_resident_id (const char    *id);

G_END_DECLS

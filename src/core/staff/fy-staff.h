/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-staff.h — the staff roster (员工花名册, 一人一档 basics). */
#pragma once

#include <glib.h>

#include "fy-code-label.h"
#include "fy-store.h"

G_BEGIN_DECLS

typedef enum
{
  FY_STAFF_ON_SITE,
  FY_STAFF_HOME_ISOLATION,
  FY_STAFF_CENTRAL_ISOLATION,
  FY_STAFF_OBSERVATION,
  FY_STAFF_LEFT,
  FY_STAFF_N_STATUSES
} FyStaffStatus;

/* Codes and labels (fy-code-label.h): statuses indexed by FyStaffStatus;
 * genders "" (not given), "M", "F". */
#define FY_STAFF_N_GENDERS 3
extern const FyCodeLabel fy_staff_status_labels[FY_STAFF_N_STATUSES + 1];
extern const FyCodeLabel fy_staff_gender_labels[FY_STAFF_N_GENDERS + 1];

/* One person. Plain struct: strings are owned by the record. */
typedef struct _FyStaff
{
  gint64        id;            /* 0 = not saved yet */
  char         *employee_no;
  char         *name;
  char         *gender;        /* "", "M", "F" */
  char         *department;
  char         *team;
  char         *post;
  gboolean      high_contact;
  char         *phone;
  char         *id_kind;       /* "resident" | "other" */
  char         *id_number;
  char         *dormitory;
  gboolean      outsourced;
  int           vaccine_doses;
  FyStaffStatus status;
  char         *left_on;       /* YYYY-MM-DD or NULL */
  char         *note;
} FyStaff;

/* Which field a validation error belongs to (for the message beside it). */
typedef enum
{
  FY_STAFF_FIELD_NONE,
  FY_STAFF_FIELD_EMPLOYEE_NO,
  FY_STAFF_FIELD_NAME,
  FY_STAFF_FIELD_PHONE,
  FY_STAFF_FIELD_ID_NUMBER,
  FY_STAFF_FIELD_VACCINE_DOSES,
  FY_STAFF_FIELD_LEFT_ON,
  FY_STAFF_FIELD_GENDER,
} FyStaffField;

typedef struct
{
  const char *department;   /* NULL or "" = any */
  const char *team;
  int         status;       /* -1 = any, -2 = any but left */
  const char *search;       /* name, employee no., phone or ID digits */
  gint64      area_id;      /* 0 = any; else people assigned to that zone area */
} FyStaffFilter;

FyStaff      *fy_staff_new              (void);
FyStaff      *fy_staff_copy             (const FyStaff *staff);
void          fy_staff_free             (FyStaff       *staff);

const char   *fy_staff_status_to_code   (FyStaffStatus  status);
FyStaffStatus fy_staff_status_from_code (const char    *code);
const char   *fy_staff_status_label     (FyStaffStatus  status); /* translated */

/* Normalises every field in place and checks the rules; on failure sets
 * FY_ERROR_INVALID and *field. Derives gender from a resident ID when empty. */
gboolean      fy_staff_validate         (FyStaff       *staff,
                                         FyStaffField  *field,
                                         GError       **error);

/* Insert (id == 0) or update, in one transaction, with audit rows. */
gboolean      fy_staff_save             (FyStore       *store,
                                         FyStaff       *staff,
                                         FyStaffField  *field,
                                         GError       **error);
/* Same but inside the caller's transaction (bulk import). */
gboolean      fy_staff_save_in_transaction (FyStore    *store,
                                         FyStaff       *staff,
                                         GError       **error);
FyStaff      *fy_staff_get              (FyStore       *store,
                                         gint64         id,
                                         GError       **error);
FyStaff      *fy_staff_get_by_employee_no (FyStore     *store,
                                         const char    *employee_no,
                                         GError       **error);
/* Marks as left on `date` (never deletes people with records). */
gboolean      fy_staff_mark_left        (FyStore       *store,
                                         gint64         id,
                                         const char    *date,
                                         GError       **error);
/* A GPtrArray of FyStaff*, ordered by department, team, name. */
GPtrArray    *fy_staff_list             (FyStore       *store,
                                         const FyStaffFilter *filter,
                                         GError       **error);
gint64        fy_staff_count            (FyStore       *store,
                                         const FyStaffFilter *filter,
                                         GError       **error);
/* The zone areas people can be filtered by: GPtrArray of FyStaffArea*,
 * ordered by map and area name (empty when no map has areas). */
typedef struct
{
  gint64  area_id;
  char   *label;     /* "厂区 · 冲压车间" */
} FyStaffArea;
GPtrArray    *fy_staff_list_areas       (FyStore       *store);
void          fy_staff_area_free        (FyStaffArea   *area);

/* Distinct departments / teams (of a department, or all) in use. */
GStrv         fy_staff_list_departments (FyStore       *store);
GStrv         fy_staff_list_teams       (FyStore       *store,
                                         const char    *department);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyStaff, fy_staff_free)

G_END_DECLS

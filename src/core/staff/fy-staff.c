/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-staff.c — the staff roster: validation, save with audit, listing. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-ledger.h"
#include "fy-staff.h"
#include "fy-store-private.h"
#include "fy-validate.h"

const FyCodeLabel fy_staff_status_labels[FY_STAFF_N_STATUSES + 1] = {
  { "on_site", N_("On site") },
  { "home_isolation", N_("Home isolation") },
  { "central_isolation", N_("Central isolation") },
  { "observation", N_("Observation") },
  { "left", N_("Left") },
  FY_CODE_LABEL_END
};

const FyCodeLabel fy_staff_gender_labels[FY_STAFF_N_GENDERS + 1] = {
  { "", N_("Not given") },
  { "M", N_("Male") },
  { "F", N_("Female") },
  FY_CODE_LABEL_END
};

const char *
fy_staff_status_to_code (FyStaffStatus status)
{
  g_return_val_if_fail (status < FY_STAFF_N_STATUSES, "on_site");
  return fy_staff_status_labels[status].code;
}

FyStaffStatus
fy_staff_status_from_code (const char *code)
{
  return fy_code_lookup (fy_staff_status_labels, FY_STAFF_N_STATUSES, code, FY_STAFF_ON_SITE);
}

const char *
fy_staff_status_label (FyStaffStatus status)
{
  g_return_val_if_fail (status < FY_STAFF_N_STATUSES, "");
  return g_dgettext (GETTEXT_PACKAGE, fy_staff_status_labels[status].label);
}

FyStaff *
fy_staff_new (void)
{
  FyStaff *staff = g_new0 (FyStaff, 1);

  staff->employee_no = g_strdup ("");
  staff->name = g_strdup ("");
  staff->gender = g_strdup ("");
  staff->department = g_strdup ("");
  staff->team = g_strdup ("");
  staff->post = g_strdup ("");
  staff->phone = g_strdup ("");
  staff->id_kind = g_strdup ("resident");
  staff->id_number = g_strdup ("");
  staff->dormitory = g_strdup ("");
  staff->note = g_strdup ("");
  staff->status = FY_STAFF_ON_SITE;
  return staff;
}

FyStaff *
fy_staff_copy (const FyStaff *s)
{
  FyStaff *c = g_new0 (FyStaff, 1);

  *c = *s;
  c->employee_no = g_strdup (s->employee_no);
  c->name = g_strdup (s->name);
  c->gender = g_strdup (s->gender);
  c->department = g_strdup (s->department);
  c->team = g_strdup (s->team);
  c->post = g_strdup (s->post);
  c->phone = g_strdup (s->phone);
  c->id_kind = g_strdup (s->id_kind);
  c->id_number = g_strdup (s->id_number);
  c->dormitory = g_strdup (s->dormitory);
  c->left_on = g_strdup (s->left_on);
  c->note = g_strdup (s->note);
  return c;
}

void
fy_staff_free (FyStaff *s)
{
  if (s == NULL)
    return;
  g_free (s->employee_no);
  g_free (s->name);
  g_free (s->gender);
  g_free (s->department);
  g_free (s->team);
  g_free (s->post);
  g_free (s->phone);
  g_free (s->id_kind);
  g_free (s->id_number);
  g_free (s->dormitory);
  g_free (s->left_on);
  g_free (s->note);
  g_free (s);
}

static void
replace (char **field, char *value)
{
  g_free (*field);
  *field = value;
}

static gboolean
invalid (FyStaffField *field_out, FyStaffField field, GError **error, GError *cause)
{
  if (field_out)
    *field_out = field;
  g_propagate_error (error, cause);
  return FALSE;
}

gboolean
fy_staff_validate (FyStaff *s, FyStaffField *field, GError **error)
{
  GError *local = NULL;
  char *value;

  if (field)
    *field = FY_STAFF_FIELD_NONE;

  value = fy_normalize_identifier (s->employee_no ? s->employee_no : "");
  replace (&s->employee_no, value);
  if (*s->employee_no == '\0' || strlen (s->employee_no) > 32)
    {
      g_set_error (&local, FY_ERROR, FY_ERROR_INVALID,
                   _("Enter the employee number (1 to 32 letters or digits)."));
      return invalid (field, FY_STAFF_FIELD_EMPLOYEE_NO, error, local);
    }

  value = fy_validate_name (s->name ? s->name : "", &local);
  if (value == NULL)
    return invalid (field, FY_STAFF_FIELD_NAME, error, local);
  replace (&s->name, value);

  replace (&s->department, fy_normalize_text (s->department ? s->department : ""));
  replace (&s->team, fy_normalize_text (s->team ? s->team : ""));
  replace (&s->post, fy_normalize_text (s->post ? s->post : ""));
  replace (&s->dormitory, fy_normalize_text (s->dormitory ? s->dormitory : ""));
  replace (&s->note, fy_normalize_text (s->note ? s->note : ""));

  if (s->phone && *s->phone)
    {
      g_autofree char *warning = NULL;
      value = fy_validate_phone (s->phone, &warning, &local);
      if (value == NULL)
        return invalid (field, FY_STAFF_FIELD_PHONE, error, local);
      replace (&s->phone, value);
    }
  else
    replace (&s->phone, g_strdup (""));

  if (g_strcmp0 (s->id_kind, "other") != 0 && s->id_number && *s->id_number)
    {
      char gender = 0;
      value = fy_validate_id_number (s->id_number, FALSE, NULL, &gender, NULL, &local);
      if (value == NULL)
        return invalid (field, FY_STAFF_FIELD_ID_NUMBER, error, local);
      replace (&s->id_number, value);
      replace (&s->id_kind, g_strdup ("resident"));
      if (s->gender == NULL || *s->gender == '\0')
        replace (&s->gender, g_strdup (gender == 'F' ? "F" : "M"));
      else if (gender && s->gender[0] != gender)
        {
          g_set_error (&local, FY_ERROR, FY_ERROR_INVALID,
                       _("The gender does not match the ID number (its 17th digit is odd for men, even for women)."));
          return invalid (field, FY_STAFF_FIELD_GENDER, error, local);
        }
    }
  else
    {
      /* Passports and other documents: free text, marked unverified. */
      replace (&s->id_number, fy_normalize_identifier (s->id_number ? s->id_number : ""));
      replace (&s->id_kind, g_strdup (*s->id_number ? (s->id_kind ? s->id_kind : "other") : "resident"));
      if (strlen (s->id_number) > 32)
        {
          g_set_error (&local, FY_ERROR, FY_ERROR_INVALID, _("The document number is too long (at most 32 characters)."));
          return invalid (field, FY_STAFF_FIELD_ID_NUMBER, error, local);
        }
    }

  if (s->gender == NULL || (g_strcmp0 (s->gender, "") != 0 && g_strcmp0 (s->gender, "M") != 0
                            && g_strcmp0 (s->gender, "F") != 0))
    {
      g_set_error (&local, FY_ERROR, FY_ERROR_INVALID, _("Choose the gender."));
      return invalid (field, FY_STAFF_FIELD_GENDER, error, local);
    }

  if (s->vaccine_doses < 0 || s->vaccine_doses > 9)
    {
      g_set_error (&local, FY_ERROR, FY_ERROR_INVALID, _("Vaccine doses must be between 0 and 9."));
      return invalid (field, FY_STAFF_FIELD_VACCINE_DOSES, error, local);
    }

  if (s->status == FY_STAFF_LEFT)
    {
      if (s->left_on == NULL || *s->left_on == '\0')
        replace (&s->left_on, fy_today ());
      value = fy_validate_past_date (s->left_on, &local);
      if (value == NULL)
        return invalid (field, FY_STAFF_FIELD_LEFT_ON, error, local);
      replace (&s->left_on, value);
    }
  else
    g_clear_pointer (&s->left_on, g_free);

  return TRUE;
}

#define STAFF_COLUMNS \
  "id, employee_no, name, gender, department, team, post, high_contact, phone, id_kind," \
  " id_number, dormitory, outsourced, vaccine_doses, status, left_on, note"

static gpointer
staff_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FyStaff *s = g_new0 (FyStaff, 1);

  s->id = sqlite3_column_int64 (stmt, 0);
  s->employee_no = g_strdup (fy_column_text (stmt, 1));
  s->name = g_strdup (fy_column_text (stmt, 2));
  s->gender = g_strdup (fy_column_text (stmt, 3));
  s->department = g_strdup (fy_column_text (stmt, 4));
  s->team = g_strdup (fy_column_text (stmt, 5));
  s->post = g_strdup (fy_column_text (stmt, 6));
  s->high_contact = sqlite3_column_int (stmt, 7);
  s->phone = g_strdup (fy_column_text (stmt, 8));
  s->id_kind = g_strdup (fy_column_text (stmt, 9));
  s->id_number = g_strdup (fy_column_text (stmt, 10));
  s->dormitory = g_strdup (fy_column_text (stmt, 11));
  s->outsourced = sqlite3_column_int (stmt, 12);
  s->vaccine_doses = sqlite3_column_int (stmt, 13);
  s->status = fy_staff_status_from_code (fy_column_text (stmt, 14));
  s->left_on = sqlite3_column_type (stmt, 15) == SQLITE_NULL ? NULL : g_strdup (fy_column_text (stmt, 15));
  s->note = g_strdup (fy_column_text (stmt, 16));
  return s;
}

FyStaff *
fy_staff_get (FyStore *store, gint64 id, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store, "SELECT " STAFF_COLUMNS " FROM staff WHERE id = ?1", error);
  FyStaff *s;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!fy_store_step_row (store, stmt, _("This person is not in the roster."), error))
    return NULL;
  s = staff_from_row (stmt, NULL);
  sqlite3_reset (stmt);
  return s;
}

FyStaff *
fy_staff_get_by_employee_no (FyStore *store, const char *employee_no, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT " STAFF_COLUMNS " FROM staff WHERE employee_no = ?1", error);
  g_autofree char *not_found = NULL;
  FyStaff *s;

  if (stmt == NULL)
    return NULL;
  fy_bind_text (stmt, 1, employee_no);
  not_found = g_strdup_printf (_("No one in the roster has the employee number “%s”."), employee_no);
  if (!fy_store_step_row (store, stmt, not_found, error))
    return NULL;
  s = staff_from_row (stmt, NULL);
  sqlite3_reset (stmt);
  return s;
}

/* Audit values: sensitive fields are recorded masked, never in full. */
static char *
audit_value (const char *field, const char *value)
{
  if (value == NULL)
    return NULL;
  if (g_str_equal (field, "id_number"))
    return fy_mask_id_number (value);
  if (g_str_equal (field, "phone"))
    return fy_mask_phone (value);
  return g_strdup (value);
}

static gboolean
audit_change (FyStore *store, gint64 id, const char *field, const char *old_value,
              const char *new_value, GError **error)
{
  g_autofree char *o = NULL;
  g_autofree char *n = NULL;

  if (g_strcmp0 (old_value, new_value) == 0)
    return TRUE;
  o = audit_value (field, old_value);
  n = audit_value (field, new_value);
  return fy_store_audit (store,
                         &(FyAuditEntry) { .entity = "staff", .entity_id = id, .action = "update",
                                            .field = field, .old_value = o, .new_value = n },
                         error);
}

static gboolean
audit_int (FyStore *store, gint64 id, const char *field, gint64 a, gint64 b, GError **error)
{
  g_autofree char *o = g_strdup_printf ("%" G_GINT64_FORMAT, a);
  g_autofree char *n = g_strdup_printf ("%" G_GINT64_FORMAT, b);
  return audit_change (store, id, field, o, n, error);
}

static gboolean
audit_update (FyStore *store, const FyStaff *old, const FyStaff *s, GError **error)
{
  return audit_change (store, s->id, "employee_no", old->employee_no, s->employee_no, error)
      && audit_change (store, s->id, "name", old->name, s->name, error)
      && audit_change (store, s->id, "gender", old->gender, s->gender, error)
      && audit_change (store, s->id, "department", old->department, s->department, error)
      && audit_change (store, s->id, "team", old->team, s->team, error)
      && audit_change (store, s->id, "post", old->post, s->post, error)
      && audit_int (store, s->id, "high_contact", old->high_contact, s->high_contact, error)
      && audit_change (store, s->id, "phone", old->phone, s->phone, error)
      && audit_change (store, s->id, "id_number", old->id_number, s->id_number, error)
      && audit_change (store, s->id, "dormitory", old->dormitory, s->dormitory, error)
      && audit_int (store, s->id, "outsourced", old->outsourced, s->outsourced, error)
      && audit_int (store, s->id, "vaccine_doses", old->vaccine_doses, s->vaccine_doses, error)
      && audit_change (store, s->id, "status", fy_staff_status_to_code (old->status),
                       fy_staff_status_to_code (s->status), error)
      && audit_change (store, s->id, "left_on", old->left_on, s->left_on, error)
      && audit_change (store, s->id, "note", old->note, s->note, error);
}

static void
bind_fields (sqlite3_stmt *stmt, const FyStaff *s)
{
  fy_bind_text (stmt, 1, s->employee_no);
  fy_bind_text (stmt, 2, s->name);
  fy_bind_text (stmt, 3, s->gender);
  fy_bind_text (stmt, 4, s->department);
  fy_bind_text (stmt, 5, s->team);
  fy_bind_text (stmt, 6, s->post);
  sqlite3_bind_int (stmt, 7, s->high_contact ? 1 : 0);
  fy_bind_text (stmt, 8, s->phone);
  fy_bind_text (stmt, 9, s->id_kind);
  fy_bind_text (stmt, 10, s->id_number);
  fy_bind_text (stmt, 11, s->dormitory);
  sqlite3_bind_int (stmt, 12, s->outsourced ? 1 : 0);
  sqlite3_bind_int (stmt, 13, s->vaccine_doses);
  fy_bind_text (stmt, 14, fy_staff_status_to_code (s->status));
  if (s->left_on)
    fy_bind_text (stmt, 15, s->left_on);
  else
    sqlite3_bind_null (stmt, 15);
  fy_bind_text (stmt, 16, s->note);
}

static gboolean
employee_no_taken (FyStore *store, const FyStaff *s, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT name FROM staff WHERE employee_no = ?1 AND id <> ?2", NULL);
  gboolean taken = FALSE;

  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, s->employee_no);
  sqlite3_bind_int64 (stmt, 2, s->id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      taken = TRUE;
      g_set_error (error, FY_ERROR, FY_ERROR_CONFLICT,
                   _("The employee number “%s” already belongs to %s."),
                   s->employee_no, fy_column_text (stmt, 0));
    }
  sqlite3_reset (stmt);
  return taken;
}

/* One ID number, one person among current staff (the schema enforces it
 * too; this says who has it). */
static gboolean
id_number_taken (FyStore *store, const FyStaff *s, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean taken = FALSE;

  if (s->status == FY_STAFF_LEFT || s->id_number == NULL || *s->id_number == '\0')
    return FALSE;
  stmt = fy_store_prepare_cached (store,
      "SELECT name, employee_no FROM staff WHERE id_number = ?1 AND status <> 'left' AND id <> ?2", NULL);
  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, s->id_number);
  sqlite3_bind_int64 (stmt, 2, s->id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *masked = fy_mask_id_number (s->id_number);
      taken = TRUE;
      g_set_error (error, FY_ERROR, FY_ERROR_CONFLICT,
                   /* Translators: the masked ID number, a name, an employee number. */
                   _("The ID number %s already belongs to %s (employee number %s). One person has one ID number: check both records."),
                   masked, fy_column_text (stmt, 0), fy_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  return taken;
}

gboolean
fy_staff_save_in_transaction (FyStore *store, FyStaff *s, GError **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (fy_store_in_transaction (store), FALSE);

  if (employee_no_taken (store, s, error) || id_number_taken (store, s, error))
    return FALSE;

  if (s->id == 0)
    {
      stmt = fy_store_prepare_cached (store,
          "INSERT INTO staff (employee_no, name, gender, department, team, post, high_contact, phone,"
          " id_kind, id_number, dormitory, outsourced, vaccine_doses, status, left_on, note, created_at, updated_at)"
          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, fy_now (), fy_now ())", error);
      if (stmt == NULL)
        return FALSE;
      bind_fields (stmt, s);
      if (!fy_store_step_done (store, stmt, error))
        return FALSE;
      s->id = sqlite3_last_insert_rowid (fy_store_get_db (store));
      return fy_store_audit (store,
                             &(FyAuditEntry) { .entity = "staff", .entity_id = s->id, .action = "insert",
                                                .field = "", .old_value = NULL, .new_value = s->employee_no },
                             error);
    }
  else
    {
      g_autoptr(FyStaff) old = fy_staff_get (store, s->id, error);
      if (old == NULL)
        return FALSE;
      stmt = fy_store_prepare_cached (store,
          "UPDATE staff SET employee_no = ?1, name = ?2, gender = ?3, department = ?4, team = ?5,"
          " post = ?6, high_contact = ?7, phone = ?8, id_kind = ?9, id_number = ?10, dormitory = ?11,"
          " outsourced = ?12, vaccine_doses = ?13, status = ?14, left_on = ?15, note = ?16,"
          " updated_at = fy_now () WHERE id = ?17", error);
      if (stmt == NULL)
        return FALSE;
      bind_fields (stmt, s);
      sqlite3_bind_int64 (stmt, 17, s->id);
      if (!fy_store_step_done (store, stmt, error))
        return FALSE;
      return audit_update (store, old, s, error);
    }
}

gboolean
fy_staff_save (FyStore *store, FyStaff *s, FyStaffField *field, GError **error)
{
  gint64 original_id = s->id;

  /* Validate before BEGIN: a rejected input writes nothing. */
  if (!fy_staff_validate (s, field, error))
    return FALSE;
  if (!fy_store_begin (store, error))
    return FALSE;
  /* Checked first here too, so that the form marks the right field. */
  if (id_number_taken (store, s, error))
    {
      if (field)
        *field = FY_STAFF_FIELD_ID_NUMBER;
      fy_store_rollback (store);
      return FALSE;
    }
  if (!fy_staff_save_in_transaction (store, s, error))
    {
      if (field && g_error_matches (*error, FY_ERROR, FY_ERROR_CONFLICT))
        *field = FY_STAFF_FIELD_EMPLOYEE_NO;
      fy_store_rollback (store);
      s->id = original_id;
      return FALSE;
    }
  if (!fy_store_commit (store, error))
    {
      s->id = original_id;
      return FALSE;
    }
  return TRUE;
}

gboolean
fy_staff_mark_left (FyStore *store, gint64 id, const char *date, GError **error)
{
  g_autoptr(FyStaff) s = fy_staff_get (store, id, error);

  if (s == NULL)
    return FALSE;
  s->status = FY_STAFF_LEFT;
  g_free (s->left_on);
  s->left_on = date ? g_strdup (date) : fy_today ();
  return fy_staff_save (store, s, NULL, error);
}

/* Filters are bound parameters; '' / -1 mean "any". */
#define STAFF_FILTER \
  " WHERE (?1 = '' OR department = ?1) AND (?2 = '' OR team = ?2)" \
  " AND (?3 = -1 OR (?3 = -2 AND status <> 'left') OR status = ?4)" \
  " AND (?5 = '' OR name LIKE '%' || ?5 || '%' OR employee_no LIKE ?5 || '%'" \
  "      OR phone LIKE '%' || ?5 || '%' OR id_number LIKE '%' || ?5 || '%')" \
  " AND (?6 = 0 OR id IN (SELECT staff_id FROM staff_zone WHERE area_id = ?6))"

static void
bind_filter (sqlite3_stmt *stmt, const FyStaffFilter *f)
{
  int status = f ? f->status : -1;
  g_autofree char *search = f && f->search ? fy_normalize_text (f->search) : g_strdup ("");

  fy_bind_text (stmt, 1, f ? f->department : NULL);
  fy_bind_text (stmt, 2, f ? f->team : NULL);
  sqlite3_bind_int (stmt, 3, status < 0 ? status : 0);
  fy_bind_text (stmt, 4, status >= 0 ? fy_staff_status_to_code (status) : "");
  fy_bind_text (stmt, 5, search);
  sqlite3_bind_int64 (stmt, 6, f ? f->area_id : 0);
}

GPtrArray *
fy_staff_list (FyStore *store, const FyStaffFilter *filter, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT " STAFF_COLUMNS " FROM staff" STAFF_FILTER " ORDER BY department, team, name, employee_no", error);

  if (stmt == NULL)
    return NULL;
  bind_filter (stmt, filter);
  return fy_store_collect (store, stmt, staff_from_row, NULL, (GDestroyNotify) fy_staff_free, error);
}

gint64
fy_staff_count (FyStore *store, const FyStaffFilter *filter, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store, "SELECT count(*) FROM staff" STAFF_FILTER, error);
  gint64 n = -1;
  int rc;

  if (stmt == NULL)
    return -1;
  bind_filter (stmt, filter);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  else
    fy_store_fail (store, rc, error);
  sqlite3_reset (stmt);
  return n;
}

static GStrv
collect_strings (sqlite3_stmt *stmt)
{
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (b, fy_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return g_strv_builder_end (b);
}

void
fy_staff_area_free (FyStaffArea *area)
{
  if (area == NULL)
    return;
  g_free (area->label);
  g_free (area);
}

GPtrArray *
fy_staff_list_areas (FyStore *store)
{
  GPtrArray *areas = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_staff_area_free);
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT a.id, m.name, a.name FROM zone_area a JOIN zone_map m ON m.id = a.map_id"
      " ORDER BY m.name, a.name", NULL);

  while (stmt && sqlite3_step (stmt) == SQLITE_ROW)
    {
      FyStaffArea *area = g_new0 (FyStaffArea, 1);
      area->area_id = sqlite3_column_int64 (stmt, 0);
      area->label = g_strdup_printf ("%s · %s", fy_column_text (stmt, 1), fy_column_text (stmt, 2));
      g_ptr_array_add (areas, area);
    }
  if (stmt)
    sqlite3_reset (stmt);
  return areas;
}

GStrv
fy_staff_list_departments (FyStore *store)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT DISTINCT department FROM staff WHERE department <> '' ORDER BY department", NULL);
  return stmt ? collect_strings (stmt) : g_new0 (char *, 1);
}

GStrv
fy_staff_list_teams (FyStore *store, const char *department)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT DISTINCT team FROM staff WHERE team <> '' AND (?1 = '' OR department = ?1) ORDER BY team", NULL);
  if (stmt == NULL)
    return g_new0 (char *, 1);
  fy_bind_text (stmt, 1, department);
  return collect_strings (stmt);
}

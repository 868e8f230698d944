/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-settings.c — company settings: load, normalise, validate, save in one
 * transaction. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-settings.h"
#include "fy-store-private.h"
#include "fy-validate.h"

typedef enum { KIND_TEXT, KIND_INT } Kind;

/* One row per key: where it lives in the record and how it is stored. */
static const struct
{
  const char     *key;
  FySettingsField field;
  Kind            kind;
  gsize           offset;
  int             fallback;     /* for numbers out of range when loading */
} keys[] = {
  { "company.name", FY_SETTINGS_FIELD_COMPANY_NAME, KIND_TEXT, G_STRUCT_OFFSET (FyCompanySettings, company_name), 0 },
  { "company.address", FY_SETTINGS_FIELD_ADDRESS, KIND_TEXT, G_STRUCT_OFFSET (FyCompanySettings, address), 0 },
  { "company.phone", FY_SETTINGS_FIELD_PHONE, KIND_TEXT, G_STRUCT_OFFSET (FyCompanySettings, phone), 0 },
  { "officer", FY_SETTINGS_FIELD_OFFICER, KIND_TEXT, G_STRUCT_OFFSET (FyCompanySettings, officer), 0 },
  { "reviewer", FY_SETTINGS_FIELD_REVIEWER, KIND_TEXT, G_STRUCT_OFFSET (FyCompanySettings, reviewer), 0 },
  { "fever_line", FY_SETTINGS_FIELD_FEVER_LINE, KIND_INT, G_STRUCT_OFFSET (FyCompanySettings, fever_line_tenths), 373 },
  { "cadence.default_hours", FY_SETTINGS_FIELD_DEFAULT_CADENCE, KIND_INT,
    G_STRUCT_OFFSET (FyCompanySettings, default_cadence_hours), 48 },
  { "cadence.high_contact_hours", FY_SETTINGS_FIELD_HIGH_CONTACT_CADENCE, KIND_INT,
    G_STRUCT_OFFSET (FyCompanySettings, high_contact_cadence_hours), 24 },
  { "backup.keep", FY_SETTINGS_FIELD_BACKUP_KEEP, KIND_INT, G_STRUCT_OFFSET (FyCompanySettings, backup_keep), 10 },
  { "retention_days", FY_SETTINGS_FIELD_RETENTION_DAYS, KIND_INT, G_STRUCT_OFFSET (FyCompanySettings, retention_days), 0 },
};

#define TEXT_AT(s, i) (G_STRUCT_MEMBER_P ((s), keys[i].offset))
#define INT_AT(s, i)  (G_STRUCT_MEMBER (int, (s), keys[i].offset))

static const int cadences[] = { 12, 24, 48, 72, 168 };

const int *
fy_settings_cadences (guint *n_out)
{
  if (n_out)
    *n_out = G_N_ELEMENTS (cadences);
  return cadences;
}

gboolean
fy_settings_cadence_allowed (int hours)
{
  for (guint i = 0; i < G_N_ELEMENTS (cadences); i++)
    if (cadences[i] == hours)
      return TRUE;
  return FALSE;
}

static gboolean
int_in_range (FySettingsField field, int value)
{
  switch (field)
    {
    case FY_SETTINGS_FIELD_FEVER_LINE:
      return value >= FY_SETTINGS_FEVER_LINE_MIN && value <= FY_SETTINGS_FEVER_LINE_MAX;
    case FY_SETTINGS_FIELD_DEFAULT_CADENCE:
    case FY_SETTINGS_FIELD_HIGH_CONTACT_CADENCE:
      return fy_settings_cadence_allowed (value);
    case FY_SETTINGS_FIELD_BACKUP_KEEP:
      return value >= FY_SETTINGS_BACKUP_KEEP_MIN && value <= FY_SETTINGS_BACKUP_KEEP_MAX;
    case FY_SETTINGS_FIELD_RETENTION_DAYS:
      return value >= 0 && value <= FY_SETTINGS_RETENTION_DAYS_MAX;
    case FY_SETTINGS_FIELD_NONE:
    case FY_SETTINGS_FIELD_COMPANY_NAME:
    case FY_SETTINGS_FIELD_ADDRESS:
    case FY_SETTINGS_FIELD_PHONE:
    case FY_SETTINGS_FIELD_OFFICER:
    case FY_SETTINGS_FIELD_REVIEWER:
    default:
      return TRUE;
    }
}

/* A stored number: all digits (an optional minus), else the fallback. */
static int
parse_stored_int (const char *text, int fallback, gboolean *ok)
{
  gint64 value = 0;

  *ok = text != NULL && *text != '\0'
        && g_ascii_string_to_signed (text, 10, G_MININT, G_MAXINT, &value, NULL);
  return *ok ? (int) value : fallback;
}

FyCompanySettings *
fy_company_settings_load (FyStore *store)
{
  FyCompanySettings *s = g_new0 (FyCompanySettings, 1);

  g_return_val_if_fail (FY_IS_STORE (store), s);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      char *value = fy_store_get_setting (store, keys[i].key);

      if (keys[i].kind == KIND_TEXT)
        {
          *(char **) TEXT_AT (s, i) = value;
          continue;
        }
      {
        gboolean ok;
        int n = parse_stored_int (value, keys[i].fallback, &ok);

        /* A bad stored value (an old version, a hand edit) must not make
         * every later save fail on a field the user did not touch. */
        if (!ok || !int_in_range (keys[i].field, n))
          n = keys[i].fallback;
        INT_AT (s, i) = n;
        g_free (value);
      }
    }
  return s;
}

FyCompanySettings *
fy_company_settings_copy (const FyCompanySettings *settings)
{
  FyCompanySettings *copy = g_memdup2 (settings, sizeof *settings);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (keys[i].kind == KIND_TEXT)
      *(char **) TEXT_AT (copy, i) = g_strdup (*(char **) TEXT_AT (settings, i));
  return copy;
}

void
fy_company_settings_free (FyCompanySettings *settings)
{
  if (settings == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (keys[i].kind == KIND_TEXT)
      g_free (*(char **) TEXT_AT (settings, i));
  g_free (settings);
}

gboolean
fy_company_settings_equal (const FyCompanySettings *a, const FyCompanySettings *b)
{
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      if (keys[i].kind == KIND_TEXT)
        {
          const char *x = *(char **) TEXT_AT (a, i), *y = *(char **) TEXT_AT (b, i);
          if (g_strcmp0 (x ? x : "", y ? y : "") != 0)
            return FALSE;
        }
      else if (INT_AT (a, i) != INT_AT (b, i))
        return FALSE;
    }
  return TRUE;
}

/* ---- phone ---------------------------------------------------------- */

static gboolean
all_digits (const char *s)
{
  return *s != '\0' && strspn (s, "0123456789") == strlen (s);
}

/* Splits off an extension written "转123", "分机123", "ext 123" or "#123". */
static char *
split_extension (char *text)
{
  static const char *marks[] = { "转", "分机", "ext.", "ext", "EXT", "Ext", "#", "x", "X" };

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      char *at = strstr (text, marks[i]);
      if (at != NULL && at != text)
        {
          char *ext = g_strstrip (g_strdup (at + strlen (marks[i])));
          *at = '\0';
          return ext;
        }
    }
  return NULL;
}

/* Digits only, and the positions of the separator-delimited groups. */
static char *
squeeze (const char *text, GPtrArray *groups)
{
  GString *digits = g_string_new (NULL);
  GString *group = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isdigit (*p) || *p == '+')
        {
          g_string_append_c (digits, *p);
          g_string_append_c (group, *p);
        }
      else if (group->len > 0)
        {
          g_ptr_array_add (groups, g_string_free (group, FALSE));
          group = g_string_new (NULL);
        }
    }
  if (group->len > 0)
    g_ptr_array_add (groups, g_string_free (group, FALSE));
  else
    g_string_free (group, TRUE);
  return g_string_free (digits, FALSE);
}

static gboolean
only_separators_and_digits (const char *text)
{
  for (const char *p = text; *p; p++)
    if (!g_ascii_isdigit (*p) && !strchr ("+-() .·/", *p) && !g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

/* 0 + area code (3 digits for 010 and 02X, else 4) + 7–8 digit number. */
static char *
format_fixed (const char *digits)
{
  gsize area = (digits[1] == '1' || digits[1] == '2') ? 3 : 4;
  gsize rest;

  if (digits[0] != '0' || strlen (digits) <= area)
    return NULL;
  rest = strlen (digits) - area;
  if (rest < 7 || rest > 8 || digits[area] == '0')
    return NULL;
  return g_strdup_printf ("%.*s-%s", (int) area, digits, digits + area);
}

/* Like fy-validate's messages, the input is not echoed: the row shows it. */
static gboolean
phone_error (GError **error)
{
  g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                       _("The company phone is not a phone number. Enter a mobile number (11 digits starting "
                         "with 1) or a fixed line with its area code, for example 0755-12345678."));
  return FALSE;
}

char *
fy_settings_validate_phone (const char *input, GError **error)
{
  g_autofree char *text = fy_normalize_text (input ? input : "");
  g_autofree char *ext = NULL;
  g_autofree char *digits = NULL;
  g_autofree char *number = NULL;
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_free);
  const char *d;

  if (text == NULL || *text == '\0')
    return g_strdup ("");

  ext = split_extension (text);
  if (ext != NULL && (!all_digits (ext) || strlen (ext) > 6))
    {
      phone_error (error);
      return NULL;
    }
  if (!only_separators_and_digits (text))
    {
      phone_error (error);
      return NULL;
    }
  digits = squeeze (text, groups);
  d = digits;
  /* A country code in front: +86 / 0086 / 86 before a mobile number. */
  if (g_str_has_prefix (d, "+86"))
    d += 3;
  else if (g_str_has_prefix (d, "0086"))
    d += 4;
  else if (g_str_has_prefix (d, "86") && strlen (d) == 13 && d[2] == '1')
    d += 2;
  if (strchr (d, '+') != NULL)
    {
      phone_error (error);
      return NULL;
    }

  if (d[0] == '1')
    {
      g_autoptr(GError) local = NULL;
      g_autofree char *warning = NULL;
      char *mobile;

      if (ext != NULL)
        {
          phone_error (error);
          return NULL;
        }
      mobile = fy_validate_phone (d, &warning, &local);
      if (mobile == NULL)
        phone_error (error);
      return mobile;
    }

  if (d != digits && d[0] != '0')
    {
      /* +86 755 12345678: the trunk 0 is dropped after the country code. */
      char *with_trunk = g_strconcat ("0", d, NULL);
      g_free (number);
      number = with_trunk;
    }
  else
    number = g_strdup (d);

  if (g_str_has_prefix (number, "400") || g_str_has_prefix (number, "800"))
    {
      if (strlen (number) == 10 && ext == NULL)
        return g_strdup_printf ("%.3s-%.3s-%s", number, number + 3, number + 6);
      phone_error (error);
      return NULL;
    }

  {
    char *fixed = format_fixed (number);

    /* 0755-12345678-123: a third group after a valid number is an extension. */
    if (fixed == NULL && ext == NULL && groups->len >= 3)
      {
        const char *last = g_ptr_array_index (groups, groups->len - 1);
        gsize cut = strlen (number) - strlen (last);
        g_autofree char *head = g_strndup (number, cut);

        if (strlen (last) <= 6 && (fixed = format_fixed (head)) != NULL)
          ext = g_strdup (last);
      }
    if (fixed == NULL)
      {
        if (all_digits (number) && strlen (number) >= 7 && strlen (number) <= 8 && number[0] != '0')
          g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                               _("The company phone has no area code. Write it with the area code, for example 0755-12345678."));
        else
          phone_error (error);
        return NULL;
      }
    if (ext != NULL)
      {
        char *with_ext = g_strdup_printf ("%s-%s", fixed, ext);
        g_free (fixed);
        fixed = with_ext;
      }
    return fixed;
  }
}

/* ---- validation ----------------------------------------------------- */

static gboolean
fail (FySettingsField *field, FySettingsField which, GError **error, GError *local)
{
  if (field)
    *field = which;
  g_propagate_error (error, local);
  return FALSE;
}

/* g_dngettext straight inside the call, so the format is still checked. */
static GError *
text_error (FySettingsField which, int max)
{
  switch (which)
    {
    case FY_SETTINGS_FIELD_COMPANY_NAME:
      return g_error_new (FY_ERROR, FY_ERROR_INVALID,
                          g_dngettext (GETTEXT_PACKAGE, "The company name can be at most %d character long.",
                                       "The company name can be at most %d characters long.", max), max);
    case FY_SETTINGS_FIELD_ADDRESS:
      return g_error_new (FY_ERROR, FY_ERROR_INVALID,
                          g_dngettext (GETTEXT_PACKAGE, "The address can be at most %d character long.",
                                       "The address can be at most %d characters long.", max), max);
    case FY_SETTINGS_FIELD_OFFICER:
      return g_error_new (FY_ERROR, FY_ERROR_INVALID,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "The name of the person filling in the ledgers can be at most %d character long.",
                                       "The name of the person filling in the ledgers can be at most %d characters long.",
                                       max), max);
    case FY_SETTINGS_FIELD_REVIEWER:
      return g_error_new (FY_ERROR, FY_ERROR_INVALID,
                          g_dngettext (GETTEXT_PACKAGE, "The name of the reviewer can be at most %d character long.",
                                       "The name of the reviewer can be at most %d characters long.", max), max);
    case FY_SETTINGS_FIELD_NONE:
    case FY_SETTINGS_FIELD_PHONE:
    case FY_SETTINGS_FIELD_FEVER_LINE:
    case FY_SETTINGS_FIELD_DEFAULT_CADENCE:
    case FY_SETTINGS_FIELD_HIGH_CONTACT_CADENCE:
    case FY_SETTINGS_FIELD_BACKUP_KEEP:
    case FY_SETTINGS_FIELD_RETENTION_DAYS:
    default:
      break;
    }
  g_assert_not_reached ();
  return NULL;
}

static GError *
control_error (FySettingsField which)
{
  const char *what = which == FY_SETTINGS_FIELD_COMPANY_NAME ? _("The company name")
                   : which == FY_SETTINGS_FIELD_ADDRESS ? _("The address")
                   : which == FY_SETTINGS_FIELD_OFFICER ? _("The name of the person filling in the ledgers")
                   : _("The name of the reviewer");
  /* TRANSLATORS: %s is one of “The company name”, “The address”, … */
  return g_error_new (FY_ERROR, FY_ERROR_INVALID,
                      _("%s contains a line break or another invisible control character. Type it on one line."),
                      what);
}

static GError *
check_text (FySettingsField which, char **value)
{
  int max = which == FY_SETTINGS_FIELD_COMPANY_NAME ? FY_SETTINGS_COMPANY_NAME_MAX
          : which == FY_SETTINGS_FIELD_ADDRESS ? FY_SETTINGS_ADDRESS_MAX
          : FY_SETTINGS_PERSON_MAX;
  char *normal = fy_normalize_text (*value ? *value : "");

  if (normal == NULL)
    normal = g_strdup ("");
  g_free (*value);
  *value = normal;
  if (!g_utf8_validate (normal, -1, NULL))
    return control_error (which);
  for (const char *p = normal; *p; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      return control_error (which);
  if (g_utf8_strlen (normal, -1) > max)
    return text_error (which, max);
  return NULL;
}

static GError *
check_int (FySettingsField which, int value)
{
  if (int_in_range (which, value))
    return NULL;
  switch (which)
    {
    case FY_SETTINGS_FIELD_FEVER_LINE:
      {
        g_autofree char *shown = g_strdup_printf ("%d.%d", value / 10, ABS (value % 10));
        return g_error_new (FY_ERROR, FY_ERROR_INVALID,
                            _("A fever line of %s °C is not allowed. Choose a value from 37.0 to 38.5 °C (usually 37.3)."),
                            shown);
      }
    case FY_SETTINGS_FIELD_DEFAULT_CADENCE:
      return g_error_new (FY_ERROR, FY_ERROR_INVALID,
                          _("A test every %d hours is not one of the choices for most staff. Choose 12, 24, 48, 72 or 168 hours."),
                          value);
    case FY_SETTINGS_FIELD_HIGH_CONTACT_CADENCE:
      return g_error_new (FY_ERROR, FY_ERROR_INVALID,
                          _("A test every %d hours is not one of the choices for high-contact posts. Choose 12, 24, 48, 72 or 168 hours."),
                          value);
    case FY_SETTINGS_FIELD_BACKUP_KEEP:
      return g_error_new (FY_ERROR, FY_ERROR_INVALID,
                          _("Keeping %d backups is not possible. Keep from 1 to 100 backups of each kind."), value);
    case FY_SETTINGS_FIELD_RETENTION_DAYS:
      return g_error_new (FY_ERROR, FY_ERROR_INVALID,
                          _("A retention period of %d days is not possible. Enter 0 (keep everything) or up to 3650 days."),
                          value);
    case FY_SETTINGS_FIELD_NONE:
    case FY_SETTINGS_FIELD_COMPANY_NAME:
    case FY_SETTINGS_FIELD_ADDRESS:
    case FY_SETTINGS_FIELD_PHONE:
    case FY_SETTINGS_FIELD_OFFICER:
    case FY_SETTINGS_FIELD_REVIEWER:
    default:
      g_assert_not_reached ();
    }
  return NULL;
}

gboolean
fy_company_settings_validate (FyCompanySettings *settings, FySettingsField *field, GError **error)
{
  g_return_val_if_fail (settings != NULL, FALSE);

  if (field)
    *field = FY_SETTINGS_FIELD_NONE;

  /* In the order of the Preferences window, so the first error shown is the
   * first wrong field on screen. */
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GError *local = NULL;

      if (keys[i].field == FY_SETTINGS_FIELD_PHONE)
        {
          char **value = TEXT_AT (settings, i);
          char *phone = fy_settings_validate_phone (*value, &local);
          if (phone == NULL)
            return fail (field, keys[i].field, error, local);
          g_free (*value);
          *value = phone;
        }
      else if (keys[i].kind == KIND_TEXT)
        local = check_text (keys[i].field, TEXT_AT (settings, i));
      else
        local = check_int (keys[i].field, INT_AT (settings, i));
      if (local != NULL)
        return fail (field, keys[i].field, error, local);
    }
  return TRUE;
}

/* ---- save ----------------------------------------------------------- */

static char *
stored_form (const FyCompanySettings *s, guint i)
{
  if (keys[i].kind == KIND_TEXT)
    {
      const char *text = *(char **) TEXT_AT (s, i);
      return g_strdup (text ? text : "");
    }
  return g_strdup_printf ("%d", INT_AT (s, i));
}

gboolean
fy_company_settings_save (FyStore *store, FyCompanySettings *settings, FySettingsField *field, GError **error)
{
  g_autoptr(FyCompanySettings) before = NULL;

  g_return_val_if_fail (FY_IS_STORE (store), FALSE);
  g_return_val_if_fail (settings != NULL, FALSE);

  if (!fy_company_settings_validate (settings, field, error))
    return FALSE;

  before = fy_company_settings_load (store);
  if (!fy_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *old_value = stored_form (before, i);
      g_autofree char *new_value = stored_form (settings, i);

      if (!fy_store_set_setting (store, keys[i].key, new_value, error))
        goto failed;
      /* The audit trail shows when the fever line or a cadence changed:
       * inspectors ask why a reading was not flagged. */
      if (!g_str_equal (old_value, new_value)
          && !fy_store_audit (store,
                              &(FyAuditEntry) { .entity = "setting", .entity_id = 0, .action = "update",
                                                 .field = keys[i].key, .old_value = old_value, .new_value = new_value },
                              error))
        goto failed;
    }
  if (!fy_store_commit (store, error))
    return FALSE;
  fy_store_emit_changed (store, FY_STORE_CHANGE_SETTINGS);
  return TRUE;

failed:
  fy_store_rollback (store);
  return FALSE;
}

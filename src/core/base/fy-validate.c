/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-validate.c — input rules (reference/validation.md).
 *
 * Everything is normalised (NFKC + trim) before it is checked, because
 * Chinese input methods type full-width digits and ideographic spaces.
 * Checks are done on bytes after normalisation with explicit whitelists;
 * no strtod/strtol on user text (they accept nan, inf, hex, exponents). */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "fy-error.h"
#include "fy-validate.h"

/* ------------------------------------------------------------------ */
/* Normalisation                                                       */

/* Unicode whitespace or a bidi/zero-width mark that should not survive a
 * trim at either end of a field. */
static gboolean
is_trim_char (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x200B || c == 0xFEFF;
}

char *
fy_normalize_text (const char *text)
{
  const char *end = NULL;
  g_autofree char *valid = NULL;
  g_autofree char *norm = NULL;
  const char *start;
  const char *stop;

  if (text == NULL)
    return g_strdup ("");

  /* Invalid UTF-8: keep the valid prefix rather than failing or crashing. */
  if (!g_utf8_validate (text, -1, &end))
    valid = g_strndup (text, end - text);
  else
    valid = g_strdup (text);

  norm = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKC);
  if (norm == NULL)
    return g_strdup ("");

  start = norm;
  while (*start && is_trim_char (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  stop = norm + strlen (norm);
  while (stop > start)
    {
      const char *prev = g_utf8_prev_char (stop);
      if (!is_trim_char (g_utf8_get_char (prev)))
        break;
      stop = prev;
    }
  return g_strndup (start, stop - start);
}

char *
fy_normalize_identifier (const char *text)
{
  g_autofree char *norm = fy_normalize_text (text);
  GString *out = g_string_sized_new (strlen (norm));

  for (const char *p = norm; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Separators people type inside numbers and plates (京A·12345,
       * 138-1234-5678, 110105 1949…). */
      if (g_unichar_isspace (c) || c == '-' || c == 0x00B7 || c == 0x30FB)
        continue;
      if (c < 0x80)
        g_string_append_c (out, g_ascii_toupper ((char) c));
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
all_digits (const char *s, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

/* Value of n ASCII digits (already checked). */
static int
digits_value (const char *s, gsize n)
{
  int v = 0;

  for (gsize i = 0; i < n; i++)
    v = v * 10 + (s[i] - '0');
  return v;
}

/* ------------------------------------------------------------------ */
/* Dates                                                               */

/* Parses canonical YYYY-MM-DD into a valid GDate. */
static gboolean
parse_canonical (const char *s, GDate *date)
{
  int y, m, d;

  if (s == NULL || strlen (s) != 10 || s[4] != '-' || s[7] != '-'
      || !all_digits (s, 4) || !all_digits (s + 5, 2) || !all_digits (s + 8, 2))
    return FALSE;
  y = digits_value (s, 4);
  m = digits_value (s + 5, 2);
  d = digits_value (s + 8, 2);
  if (y < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date), (guint) g_date_get_day (date));
}

/* Reads 1 or 2 digits; returns the number of digits read (0 = none). */
static int
read_small (const char **p, int *value)
{
  int n = 0;

  *value = 0;
  while (n < 2 && g_ascii_isdigit (**p))
    {
      *value = *value * 10 + (**p - '0');
      (*p)++;
      n++;
    }
  return n;
}

/* Splits a normalised date into y/m/d. Accepts YYYY-M-D with '-', '/' or
 * '.', YYYYMMDD and YYYY年M月D日. Says nothing about calendar validity. */
static gboolean
split_date (const char *s, int *y, int *m, int *d)
{
  static const char *const sep_year = "年", *const sep_month = "月", *const sep_day = "日";
  const char *p = s;
  gsize len = strlen (s);

  if (len == 8 && all_digits (s, 8))
    {
      *y = digits_value (s, 4);
      *m = (s[4] - '0') * 10 + (s[5] - '0');
      *d = (s[6] - '0') * 10 + (s[7] - '0');
      return TRUE;
    }
  if (len < 8 || !all_digits (s, 4))
    return FALSE;
  *y = digits_value (s, 4);
  p = s + 4;

  if (*p == '-' || *p == '/' || *p == '.')
    {
      char sep = *p++;
      if (read_small (&p, m) == 0 || *p++ != sep || read_small (&p, d) == 0)
        return FALSE;
      return *p == '\0';
    }
  if (g_str_has_prefix (p, sep_year))
    {
      p += strlen (sep_year);
      if (read_small (&p, m) == 0 || !g_str_has_prefix (p, sep_month))
        return FALSE;
      p += strlen (sep_month);
      if (read_small (&p, d) == 0)
        return FALSE;
      if (g_str_has_prefix (p, sep_day))
        p += strlen (sep_day);
      return *p == '\0';
    }
  return FALSE;
}

char *
fy_validate_date (const char *input, GError **error)
{
  g_autofree char *norm = fy_normalize_text (input);
  GDate date;
  int y = 0, m = 0, d = 0;

  if (*norm == '\0')
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("Enter a date, for example 2026-11-02."));
      return NULL;
    }
  /* Spaces inside a date ("2026 年 11 月 2 日") are tolerated. */
  {
    char *w = norm;
    for (const char *r = norm; *r; r++)
      if (*r != ' ')
        *w++ = *r;
    *w = '\0';
  }
  if (!split_date (norm, &y, &m, &d))
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("Enter the date as year-month-day, for example 2026-11-02."));
      return NULL;
    }
  if (y < 1 || m < 1 || m > 12 || d < 1 || !g_date_valid_dmy (d, m, y))
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("This is not a real calendar date: check the month and the day."));
      return NULL;
    }
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return format_date (&date);
}

gboolean
fy_date_is_canonical (const char *date)
{
  GDate d;

  return parse_canonical (date, &d);
}

char *
fy_validate_past_date (const char *input, GError **error)
{
  g_autofree char *date = fy_validate_date (input, error);
  g_autofree char *today = NULL;

  if (date == NULL)
    return NULL;
  today = fy_today ();
  /* Canonical dates compare as strings. */
  if (strcmp (date, today) > 0)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("The date is in the future: enter a date up to today."));
      return NULL;
    }
  return g_steal_pointer (&date);
}

int
fy_date_diff_days (const char *a, const char *b)
{
  GDate da, db;

  g_return_val_if_fail (parse_canonical (a, &da), 0);
  g_return_val_if_fail (parse_canonical (b, &db), 0);
  return g_date_days_between (&da, &db);
}

char *
fy_date_add_days (const char *date, int days)
{
  GDate d;
  gint64 julian;

  g_return_val_if_fail (parse_canonical (date, &d), NULL);
  julian = (gint64) g_date_get_julian (&d) + days;
  /* Keep within 0001-01-01 … 9999-12-31 so the result stays canonical. */
  julian = CLAMP (julian, 1, 3652059);
  g_date_set_julian (&d, (guint32) julian);
  return format_date (&d);
}

/* ------------------------------------------------------------------ */
/* Resident ID numbers (GB 11643-1999)                                 */

static const int id_weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

static const char *const provinces[] = {
  "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
  "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
  "65", "71", "81", "82", "83",
};

char
fy_id_number_check_char (const char *first17)
{
  int sum = 0;

  if (first17 == NULL || strnlen (first17, 17) < 17 || !all_digits (first17, 17))
    return '\0';
  for (int i = 0; i < 17; i++)
    sum += (first17[i] - '0') * id_weights[i];
  return "10X98765432"[sum % 11];
}

gboolean
fy_id_number_checksum_ok (const char *id18)
{
  char check;

  if (id18 == NULL || strlen (id18) != 18)
    return FALSE;
  check = fy_id_number_check_char (id18);
  return check != '\0' && g_ascii_toupper (id18[17]) == check;
}

static gboolean
province_ok (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (provinces); i++)
    if (id[0] == provinces[i][0] && id[1] == provinces[i][1])
      return TRUE;
  return FALSE;
}

static gboolean
invalid (GError **error, const char *message)
{
  g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, message);
  return FALSE;
}

char *
fy_validate_id_number (const char  *input,
                       gboolean     allow_15,
                       char       **birth_date,
                       char        *gender,
                       FyIdKind    *kind,
                       GError     **error)
{
  g_autofree char *id = fy_normalize_identifier (input);
  g_autofree char *today = NULL;
  char birth[11];
  int y, m, d;
  glong n = g_utf8_strlen (id, -1);

  if (n == 0)
    {
      invalid (error, _("Enter the ID number."));
      return NULL;
    }
  if (n == 15 && all_digits (id, 15))
    {
      char first17[18];

      if (!allow_15)
        {
          invalid (error, _("This is an old 15-digit ID number. Enter the current 18-character number "
                            "(old numbers are accepted only when importing)."));
          return NULL;
        }
      /* Old numbers have a two-digit year of the 1900s and no check char. */
      memcpy (first17, id, 6);
      memcpy (first17 + 6, "19", 2);
      memcpy (first17 + 8, id + 6, 9);
      first17[17] = '\0';
      g_free (id);
      id = g_strdup_printf ("%s%c", first17, fy_id_number_check_char (first17));
    }
  else if (n != 18)
    {
      invalid (error, _("An ID number has 18 characters: check that none is missing or extra."));
      return NULL;
    }
  else if (!all_digits (id, 17) || !(g_ascii_isdigit (id[17]) || id[17] == 'X'))
    {
      invalid (error, _("An ID number has 17 digits followed by a digit or the letter X; "
                        "this one contains other characters."));
      return NULL;
    }

  if (!province_ok (id))
    {
      invalid (error, _("The first two digits of the ID number are not a province code: check them."));
      return NULL;
    }

  y = digits_value (id + 6, 4);
  m = digits_value (id + 10, 2);
  d = digits_value (id + 12, 2);
  if (m < 1 || m > 12 || d < 1 || y < 1 || !g_date_valid_dmy (d, m, y))
    {
      invalid (error, _("The birth date in the ID number (digits 7 to 14) is not a real date: check them."));
      return NULL;
    }
  if (y < 1850)
    {
      invalid (error, _("The birth date in the ID number (digits 7 to 14) is before 1850: check them."));
      return NULL;
    }
  g_snprintf (birth, sizeof birth, "%04d-%02d-%02d", y, m, d);
  today = fy_today ();
  if (strcmp (birth, today) > 0)
    {
      invalid (error, _("The birth date in the ID number (digits 7 to 14) is in the future: check them."));
      return NULL;
    }

  if (!fy_id_number_checksum_ok (id))
    {
      invalid (error, _("The ID number has a typo: its check character does not match. "
                        "Check every digit, especially the last character."));
      return NULL;
    }

  if (birth_date)
    *birth_date = g_strdup (birth);
  if (gender)
    *gender = ((id[16] - '0') % 2 == 1) ? 'M' : 'F';
  if (kind)
    *kind = (g_str_has_prefix (id, "810000") || g_str_has_prefix (id, "820000")
             || g_str_has_prefix (id, "830000")) ? FY_ID_HKMOTW : FY_ID_RESIDENT;
  return g_steal_pointer (&id);
}

/* ------------------------------------------------------------------ */
/* Mobile phones                                                       */

/* Allocated 3-digit mobile prefixes (public numbering plan). A prefix not
 * listed only warns: new ranges keep appearing. */
static const char *const phone_prefixes[] = {
  "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
  "145", "146", "147", "148", "149",
  "150", "151", "152", "153", "155", "156", "157", "158", "159",
  "162", "165", "166", "167",
  "170", "171", "172", "173", "175", "176", "177", "178",
  "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
  "190", "191", "192", "193", "195", "196", "197", "198", "199",
};

char *
fy_validate_phone (const char *input, char **warning, GError **error)
{
  g_autofree char *norm = fy_normalize_identifier (input);
  const char *p = norm;
  gboolean known = FALSE;

  if (warning)
    *warning = NULL;
  if (*p == '\0')
    {
      invalid (error, _("Enter the mobile number."));
      return NULL;
    }
  if (g_str_has_prefix (p, "+86"))
    p += 3;
  else if (g_str_has_prefix (p, "0086"))
    p += 4;
  else if (strlen (p) == 13 && g_str_has_prefix (p, "86"))
    p += 2;

  if (*p == '\0' || !all_digits (p, strlen (p)))
    {
      invalid (error, _("A mobile number may contain only digits (with +86, spaces or hyphens if you like)."));
      return NULL;
    }
  if (strlen (p) != 11 || p[0] != '1' || p[1] < '3')
    {
      invalid (error, _("A mobile number has 11 digits and starts with 13 to 19: check it."));
      return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (phone_prefixes); i++)
    if (strncmp (p, phone_prefixes[i], 3) == 0)
      known = TRUE;
  if (!known && warning)
    *warning = g_strdup_printf (_("No mobile numbers start with %.3s as far as Fangyi knows: check the number."), p);
  return g_strdup (p);
}

/* ------------------------------------------------------------------ */
/* Licence plates (GA 36)                                              */

static const char plate_provinces[] =
  "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
static const char plate_suffixes[] = "挂学警港澳";

static gboolean
plate_letter (gunichar c)
{
  return c >= 'A' && c <= 'Z' && c != 'I' && c != 'O';
}

static gboolean
plate_alnum (gunichar c)
{
  return plate_letter (c) || (c >= '0' && c <= '9');
}

static gboolean
char_in (gunichar c, const char *set)
{
  for (const char *p = set; *p; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) == c)
      return TRUE;
  return FALSE;
}

/* Returns NULL when the plate is a regular one, else a message why not. */
static const char *
plate_problem (const gunichar *c, glong n)
{
  if (n != 7 && n != 8)
    return _("A licence plate has 7 characters (8 for new-energy vehicles): check the plate.");
  if (!char_in (c[0], plate_provinces))
    return _("A licence plate starts with a province character such as 京 or 粤.");
  if (c[1] == 'I' || c[1] == 'O')
    return _("Licence plates never use the letters I or O: did you mean 1 or 0?");
  if (!plate_letter (c[1]))
    return _("The second character of a licence plate is a letter (A to Z).");

  for (glong i = 2; i < n; i++)
    {
      if (c[i] == 'I' || c[i] == 'O')
        return _("Licence plates never use the letters I or O: did you mean 1 or 0?");
      if (i == n - 1 && n == 7 && char_in (c[i], plate_suffixes))
        continue;
      if (!plate_alnum (c[i]))
        return _("After the province character and letter, a licence plate has only letters and digits.");
    }
  /* New-energy: D/F first (small car) or last (large car) of the six. */
  if (n == 8 && !(c[2] == 'D' || c[2] == 'F' || c[7] == 'D' || c[7] == 'F'))
    return _("An 8-character (new-energy) plate has D or F right after the letter or at the end.");
  return NULL;
}

char *
fy_validate_plate (const char  *input,
                   gboolean     allow_other,
                   gboolean    *is_other,
                   GError     **error)
{
  g_autofree char *plate = fy_normalize_identifier (input);
  g_autofree gunichar *chars = NULL;
  glong n = 0;
  const char *problem;

  if (is_other)
    *is_other = FALSE;
  if (*plate == '\0')
    {
      invalid (error, _("Enter the licence plate."));
      return NULL;
    }
  chars = g_utf8_to_ucs4_fast (plate, -1, &n);
  problem = plate_problem (chars, n);
  if (problem == NULL)
    return g_steal_pointer (&plate);

  if (allow_other)
    {
      /* Military, embassy and the like: kept as typed (normalised). */
      if (n > 16)
        {
          invalid (error, _("The plate is too long (at most 16 characters)."));
          return NULL;
        }
      for (glong i = 0; i < n; i++)
        if (g_unichar_iscntrl (chars[i]))
          {
            invalid (error, _("The plate contains invisible control characters: retype it."));
            return NULL;
          }
      if (is_other)
        *is_other = TRUE;
      return g_steal_pointer (&plate);
    }
  invalid (error, problem);
  return NULL;
}

/* ------------------------------------------------------------------ */
/* Temperatures                                                        */

gboolean
fy_validate_temperature (const char *input, int *tenths, GError **error)
{
  g_autofree char *t = fy_normalize_text (input);
  gsize len = strlen (t);
  int value;

  if (len == 0)
    return invalid (error, _("Enter the temperature in °C, for example 36.5."));
  /* Whitelist ^\d{2}(\.\d)?$ before any conversion. */
  if (!((len == 2 && all_digits (t, 2))
        || (len == 4 && all_digits (t, 2) && t[2] == '.' && g_ascii_isdigit (t[3]))))
    return invalid (error, _("Enter the temperature in °C with at most one decimal, for example 36.5."));

  value = (t[0] - '0') * 100 + (t[1] - '0') * 10 + (len == 4 ? t[3] - '0' : 0);
  if (value >= 930 && value <= 1099)
    return invalid (error, _("This looks like a temperature in °F: enter it in °C (for example 36.5)."));
  if (value < 340 || value > 425)
    return invalid (error, _("A body temperature must be between 34.0 and 42.5 °C: check the reading."));
  if (tenths)
    *tenths = value;
  return TRUE;
}

char *
fy_format_temperature (int tenths)
{
  int a = ABS (tenths);

  return g_strdup_printf ("%s%d.%d", tenths < 0 ? "-" : "", a / 10, a % 10);
}

/* ------------------------------------------------------------------ */
/* Names                                                               */

static gboolean
is_forbidden_mark (gunichar c)
{
  return g_unichar_iscntrl (c)
         || c == 0x200E || c == 0x200F || c == 0x061C
         || (c >= 0x202A && c <= 0x202E)
         || (c >= 0x2066 && c <= 0x2069);
}

char *
fy_validate_name (const char *input, GError **error)
{
  g_autofree char *name = fy_normalize_text (input);
  glong n = g_utf8_strlen (name, -1);

  if (n == 0)
    {
      invalid (error, _("Enter a name."));
      return NULL;
    }
  if (n > 64)
    {
      invalid (error, _("The name is too long (at most 64 characters)."));
      return NULL;
    }
  for (const char *p = name; *p; p = g_utf8_next_char (p))
    if (is_forbidden_mark (g_utf8_get_char (p)))
      {
        invalid (error, _("The name contains invisible control or direction characters: retype it."));
        return NULL;
      }
  return g_steal_pointer (&name);
}

/* ------------------------------------------------------------------ */
/* Masking                                                             */

/* Shows `head` and `tail` characters and stars in between (UTF-8 aware). */
static char *
mask_middle (const char *text, glong head, glong tail)
{
  glong n = g_utf8_strlen (text, -1);
  GString *out = g_string_new (NULL);
  const char *p = text;

  for (glong i = 0; i < n; i++, p = g_utf8_next_char (p))
    {
      if (i < head || i >= n - tail)
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      else
        g_string_append_c (out, '*');
    }
  return g_string_free (out, FALSE);
}

/* Other lengths: at most 2 + 2 visible, fewer for short values so that
 * most of the value always stays hidden. */
static char *
mask_generic (const char *text)
{
  glong n = g_utf8_strlen (text, -1);
  glong keep = n >= 8 ? 2 : n >= 4 ? 1 : 0;

  return mask_middle (text, keep, keep);
}

static char *
mask_prepare (const char *text)
{
  const char *end = NULL;

  if (text == NULL)
    return g_strdup ("");
  g_utf8_validate (text, -1, &end);
  return g_strndup (text, end - text);
}

char *
fy_mask_id_number (const char *id_number)
{
  g_autofree char *s = mask_prepare (id_number);

  if (g_utf8_strlen (s, -1) == 18)
    return mask_middle (s, 6, 4);
  return mask_generic (s);
}

char *
fy_mask_phone (const char *phone)
{
  g_autofree char *s = mask_prepare (phone);

  if (g_utf8_strlen (s, -1) == 11)
    return mask_middle (s, 3, 4);
  return mask_generic (s);
}

char *
fy_mask_numbers_in (const char *text)
{
  g_autofree char *s = mask_prepare (text);
  GString *out = g_string_new (NULL);
  const char *p = s;

  while (*p)
    {
      gsize run = strspn (p, "0123456789");

      /* An ID number may end in X. */
      if (run == 17 && (p[17] == 'X' || p[17] == 'x'))
        run = 18;
      if (run >= 11)
        {
          g_autofree char *number = g_strndup (p, run);
          g_autofree char *masked = run == 11 ? fy_mask_phone (number) : fy_mask_id_number (number);
          g_string_append (out, masked);
          p += run;
        }
      else if (run > 0)
        {
          g_string_append_len (out, p, run);
          p += run;
        }
      else
        {
          const char *next = g_utf8_next_char (p);
          g_string_append_len (out, p, next - p);
          p = next;
        }
    }
  return g_string_free (out, FALSE);
}

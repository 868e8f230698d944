/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-validate.c — input rules (reference/validation.md), table-driven.
 *
 * Failures are grouped by the rule they break: every group must produce
 * one message of its own (the GUI shows it next to the field), so tests
 * compare messages between groups instead of hard-coding English text. */
#include "config.h"

#include <string.h>

#include "fy-error.h"
#include "fy-test-support.h"
#include "fy-validate.h"

#define TODAY "2026-03-15"

/* Collects the first message seen for each failure group and checks that
 * a group always gives the same message and different groups differ. */
typedef struct
{
  GHashTable *by_group;
} Messages;

static void
messages_init (Messages *m)
{
  m->by_group = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
}

static void
messages_add (Messages *m, const char *group, const GError *error)
{
  const char *seen = g_hash_table_lookup (m->by_group, group);

  g_assert_nonnull (error);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_cmpstr (error->message, !=, "");
  if (seen)
    g_assert_cmpstr (seen, ==, error->message);
  else
    g_hash_table_insert (m->by_group, (gpointer) group, g_strdup (error->message));
}

static void
messages_check_distinct (Messages *m, guint expected_groups)
{
  g_autoptr(GHashTable) texts = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;

  g_assert_cmpuint (g_hash_table_size (m->by_group), ==, expected_groups);
  g_hash_table_iter_init (&iter, m->by_group);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (g_hash_table_contains (texts, value))
        g_error ("group %s shares its message with another group: %s", (char *) key, (char *) value);
      g_hash_table_add (texts, value);
    }
  g_hash_table_unref (m->by_group);
}

/* ------------------------------------------------------------------ */

static void
test_normalize_text (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "３６．５", "36.5" },
    { "\u3000张三\u3000", "张三" },               /* ideographic spaces */
    { "  a  b \t\n", "a  b" },
    { "\u00A0x\u00A0", "x" },                     /* no-break spaces */
    { "ＡＢＣ１２３", "ABC123" },
    { "", "" },
    { "ab\xff\xfe" "cd", "ab" },                  /* invalid UTF-8: valid prefix */
    { "\xc3", "" },                               /* truncated sequence */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = fy_normalize_text (cases[i].in);
      g_assert_cmpstr (out, ==, cases[i].out);
      g_assert_true (g_utf8_validate (out, -1, NULL));
    }
  {
    g_autofree char *out = fy_normalize_text (NULL);
    g_assert_cmpstr (out, ==, "");
  }
}

static void
test_normalize_identifier (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "京a·12345", "京A12345" },
    { "138-1234 5678", "13812345678" },
    { "１１０１０５ １９４９１２３１ ００２ｘ", "11010519491231002X" },
    { "ab・cd", "ABCD" },
    { "\u3000e12345678\u3000", "E12345678" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = fy_normalize_identifier (cases[i].in);
      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

/* ------------------------------------------------------------------ */

static char *
with_check (const char *first17)
{
  char c = fy_id_number_check_char (first17);

  g_assert_cmpint (c, !=, '\0');
  return g_strdup_printf ("%s%c", first17, c);
}

static void
test_id_check_char (void)
{
  /* Values computed independently (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2). */
  static const struct { const char *first17; char check; } cases[] = {
    { "11010519491231002", 'X' },
    { "44030619900307123", '2' },
    { "81000019900101001", '9' },
    { "31011519880808456", '9' },
    { "11010519800101001", '6' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (fy_id_number_check_char (cases[i].first17), ==, cases[i].check);
  g_assert_cmpint (fy_id_number_check_char ("1234"), ==, '\0');
  g_assert_cmpint (fy_id_number_check_char ("1101051949123100A"), ==, '\0');
  g_assert_cmpint (fy_id_number_check_char (NULL), ==, '\0');

  g_assert_true (fy_id_number_checksum_ok ("11010519491231002X"));
  g_assert_true (fy_id_number_checksum_ok ("11010519491231002x"));
  g_assert_false (fy_id_number_checksum_ok ("110105194912310021"));
  g_assert_false (fy_id_number_checksum_ok ("11010519491231002"));
  g_assert_false (fy_id_number_checksum_ok (NULL));
}

static void
test_id_valid (void)
{
  static const struct
  {
    const char *in;
    gboolean allow_15;
    const char *out, *birth;
    char gender;
    FyIdKind kind;
  } cases[] = {
    /* The standard's own example. */
    { "11010519491231002X", FALSE, "11010519491231002X", "1949-12-31", 'F', FY_ID_RESIDENT },
    { "11010519491231002x", FALSE, "11010519491231002X", "1949-12-31", 'F', FY_ID_RESIDENT },
    { "１１０１０５１９４９１２３１００２Ｘ", FALSE, "11010519491231002X", "1949-12-31", 'F', FY_ID_RESIDENT },
    { " 110105 19491231 002x ", FALSE, "11010519491231002X", "1949-12-31", 'F', FY_ID_RESIDENT },
    { "440306199003071232", FALSE, "440306199003071232", "1990-03-07", 'M', FY_ID_RESIDENT },
    { "110105202002290012", FALSE, "110105202002290012", "2020-02-29", 'M', FY_ID_RESIDENT },
    /* Hong Kong residence permit. */
    { "810000199001010019", FALSE, "810000199001010019", "1990-01-01", 'M', FY_ID_HKMOTW },
    /* Old 15-digit numbers, import only: "19" inserted, check char computed. */
    { "110105491231002", TRUE, "11010519491231002X", "1949-12-31", 'F', FY_ID_RESIDENT },
    { "440306850715123", TRUE, "440306198507151231", "1985-07-15", 'M', FY_ID_RESIDENT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *birth = NULL;
      char gender = 0;
      FyIdKind kind = 42;
      g_autofree char *out = fy_validate_id_number (cases[i].in, cases[i].allow_15,
                                                    &birth, &gender, &kind, &error);

      g_test_message ("case %u: %s", i, cases[i].in);
      g_assert_no_error (error);
      g_assert_cmpstr (out, ==, cases[i].out);
      g_assert_cmpstr (birth, ==, cases[i].birth);
      g_assert_cmpint (gender, ==, cases[i].gender);
      g_assert_cmpint (kind, ==, cases[i].kind);
    }

  /* Born today is fine; outputs are optional. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *id = with_check ("11010520260315001");
    g_autofree char *out = fy_validate_id_number (id, FALSE, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (out, ==, id);
  }
}

static void
test_id_invalid (void)
{
  g_autofree char *tomorrow = with_check ("11010520260316001");
  g_autofree char *month13 = with_check ("11010519801301001");
  g_autofree char *day00 = with_check ("11010519800100001");
  const struct { const char *in; gboolean allow_15; const char *group; } cases[] = {
    { "", FALSE, "empty" },
    { "   ", FALSE, "empty" },
    { "1101051949123100", FALSE, "length" },
    { "110105194912310021X", FALSE, "length" },
    { "11010519491231", TRUE, "length" },
    { "11010519491231002A", FALSE, "chars" },
    { "X10105194912310021", FALSE, "chars" },
    { "1101051949123100二X", FALSE, "chars" },
    { "990105194912310023", FALSE, "province" },   /* checksum right, province wrong */
    { "000105194912310021", FALSE, "province" },
    { "110105202302300016", FALSE, "birth" },      /* Feb 30, checksum right */
    { "", FALSE, NULL },                            /* placeholder, replaced below */
    { "", FALSE, NULL },
    { "440306209912311236", FALSE, "future" },
    { "", FALSE, NULL },
    { "110105184912310020", FALSE, "before1850" },
    { "110105194912310021", FALSE, "checksum" },
    { "11010519491231012X", FALSE, "checksum" },
    { "110105491231002", FALSE, "old15" },
  };
  Messages m;

  messages_init (&m);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      const char *in = cases[i].in;
      const char *group = cases[i].group;
      char *out;

      if (group == NULL)
        {
          /* Computed numbers with a correct checksum. */
          in = i == 11 ? month13 : i == 12 ? day00 : tomorrow;
          group = i == 14 ? "future" : "birth";
        }
      g_test_message ("case %u: %s", i, in);
      out = fy_validate_id_number (in, cases[i].allow_15, NULL, NULL, NULL, &error);
      g_assert_null (out);
      messages_add (&m, group, error);
    }
  messages_check_distinct (&m, 9);

  /* A wrong checksum is reported as INVALID with the checksum message,
   * whichever character is mistyped. */
  {
    g_autoptr(GError) error = NULL;
    g_assert_null (fy_validate_id_number ("11010519491231002Y", FALSE, NULL, NULL, NULL, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  }
}

/* ------------------------------------------------------------------ */

static void
test_phone (void)
{
  static const struct { const char *in, *out; gboolean warn; } ok[] = {
    { "13812345678", "13812345678", FALSE },
    { "+8613812345678", "13812345678", FALSE },
    { "+86 138 1234 5678", "13812345678", FALSE },
    { "0086-138-1234-5678", "13812345678", FALSE },
    { "8613812345678", "13812345678", FALSE },
    { "１３８１２３４５６７８", "13812345678", FALSE },
    { "＋８６ １３８-１２３４-５６７８", "13812345678", FALSE },
    { "138 1234 5678", "13812345678", FALSE },
    { "19912345678", "19912345678", FALSE },
    { "16612345678", "16612345678", FALSE },
    { "14012345678", "14012345678", TRUE },    /* unallocated: warning only */
    { "15412345678", "15412345678", TRUE },
    { "17412345678", "17412345678", TRUE },
    { "+8616912345678", "16912345678", TRUE },
  };
  static const struct { const char *in, *group; } bad[] = {
    { "", "empty" },
    { "138abc45678", "chars" },
    { "138.1234.5678", "chars" },
    { "+85213812345678", "chars" },
    { "1381234567", "shape" },
    { "138123456789", "shape" },
    { "23812345678", "shape" },
    { "12812345678", "shape" },
    { "010-12345678", "shape" },
    { "86138123456", "shape" },                /* 11 digits: 86 is not a prefix here */
  };
  Messages m;

  for (guint i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *warning = g_strdup ("stale");
      g_autofree char *out = NULL;

      g_free (warning);
      warning = NULL;
      out = fy_validate_phone (ok[i].in, &warning, &error);
      g_test_message ("phone %s", ok[i].in);
      g_assert_no_error (error);
      g_assert_cmpstr (out, ==, ok[i].out);
      if (ok[i].warn)
        {
          g_assert_nonnull (warning);
          g_assert_cmpstr (warning, !=, "");
        }
      else
        g_assert_null (warning);
    }
  /* warning may be NULL. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *out = fy_validate_phone ("14012345678", NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (out, ==, "14012345678");
  }

  messages_init (&m);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *warning = NULL;

      g_test_message ("phone %s", bad[i].in);
      g_assert_null (fy_validate_phone (bad[i].in, &warning, &error));
      g_assert_null (warning);
      messages_add (&m, bad[i].group, error);
    }
  messages_check_distinct (&m, 3);
}

/* ------------------------------------------------------------------ */

static void
test_plate (void)
{
  static const struct { const char *in, *out; } ok[] = {
    { "京A12345", "京A12345" },
    { "京a·12345", "京A12345" },
    { "沪 B-9X8Y7", "沪B9X8Y7" },
    { "粤B1234挂", "粤B1234挂" },
    { "川A1234学", "川A1234学" },
    { "粤Z1234港", "粤Z1234港" },
    { "粤Z1234澳", "粤Z1234澳" },
    { "京AD12345", "京AD12345" },     /* new energy, small car */
    { "京AF1A345", "京AF1A345" },
    { "苏E12345D", "苏E12345D" },     /* new energy, large car */
    { "苏E12345F", "苏E12345F" },
    { "浙AF12345", "浙AF12345" },
    { "京A1234警", "京A1234警" },
    { "京AD1234", "京AD1234" },       /* 7 characters: an ordinary plate with a D */
    { "琼ＡＤ１２３４５", "琼AD12345" },
  };
  static const struct { const char *in; const char *group; } bad[] = {
    { "", "empty" },
    { "京A1234", "length" },
    { "京A1234567", "length" },
    { "AA12345", "province" },
    { "港A12345", "province" },
    { "京I12345", "io" },
    { "京O12345", "io" },
    { "京AI2345", "io" },
    { "京A1234O", "io" },
    { "京112345", "letter" },
    { "京A12#45", "rest" },
    { "京A12挂45", "rest" },
    { "京A12345挂", "rest" },        /* suffix only on 7-character plates */
    { "京A123456", "newenergy" },
    { "京A12D456", "newenergy" },     /* D neither first nor last of the six */
    { "XB12345", "province" },
    { "京AD1234O", "io" },
    { "京A", "length" },
  };
  Messages m;

  for (guint i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean is_other = TRUE;
      g_autofree char *out = fy_validate_plate (ok[i].in, FALSE, &is_other, &error);

      g_test_message ("plate %s", ok[i].in);
      g_assert_no_error (error);
      g_assert_cmpstr (out, ==, ok[i].out);
      g_assert_false (is_other);
    }

  messages_init (&m);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("plate %s", bad[i].in);
      g_assert_null (fy_validate_plate (bad[i].in, FALSE, NULL, &error));
      messages_add (&m, bad[i].group, error);
    }
  messages_check_distinct (&m, 7);

  /* Military and embassy plates: only as "other". */
  {
    const char *others[] = { "VA12345", "使123456", "WJ京12345" };
    for (guint i = 0; i < G_N_ELEMENTS (others); i++)
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *out = NULL;
        gboolean is_other = FALSE;

        g_assert_null (fy_validate_plate (others[i], FALSE, &is_other, &error));
        g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
        g_assert_false (is_other);
        g_clear_error (&error);

        out = fy_validate_plate (others[i], TRUE, &is_other, &error);
        g_assert_no_error (error);
        g_assert_cmpstr (out, ==, others[i]);
        g_assert_true (is_other);
      }
  }
  /* A regular plate with allow_other is still regular; empty is never ok. */
  {
    g_autoptr(GError) error = NULL;
    gboolean is_other = TRUE;
    g_autofree char *out = fy_validate_plate ("京A12345", TRUE, &is_other, &error);
    g_assert_no_error (error);
    g_assert_false (is_other);
    g_assert_null (fy_validate_plate (" ", TRUE, &is_other, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  }
}

/* ------------------------------------------------------------------ */

static void
test_temperature (void)
{
  static const struct { const char *in; int tenths; } ok[] = {
    { "36.5", 365 },
    { "３６．５", 365 },
    { " 36.5 ", 365 },
    { "\u300037.3\u3000", 373 },
    { "37", 370 },
    { "34.0", 340 },
    { "42.5", 425 },
  };
  static const struct { const char *in, *group; } bad[] = {
    { "", "empty" },
    { "nan", "format" },
    { "NaN", "format" },
    { "inf", "format" },
    { "-inf", "format" },
    { "3.65e1", "format" },
    { "0x24", "format" },
    { " 36.5abc", "format" },
    { "36.55", "format" },
    { "-36", "format" },
    { "+36.5", "format" },
    { "36,5", "format" },
    { "36.", "format" },
    { ".5", "format" },
    { "365", "format" },
    { "36 .5", "format" },
    { "\u0663\u0666.\u0665", "format" },    /* Arabic-Indic digits */
    { "36.5℃", "format" },
    { "98.6", "fahrenheit" },
    { "93.0", "fahrenheit" },
    { "99.9", "fahrenheit" },
    { "33.9", "range" },
    { "42.6", "range" },
    { "92.9", "range" },
    { "00", "range" },
  };
  Messages m;

  for (guint i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_autoptr(GError) error = NULL;
      int tenths = -1;

      g_test_message ("temperature '%s'", ok[i].in);
      g_assert_true (fy_validate_temperature (ok[i].in, &tenths, &error));
      g_assert_no_error (error);
      g_assert_cmpint (tenths, ==, ok[i].tenths);
    }

  messages_init (&m);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      int tenths = -1;

      g_test_message ("temperature '%s'", bad[i].in);
      g_assert_false (fy_validate_temperature (bad[i].in, &tenths, &error));
      g_assert_cmpint (tenths, ==, -1);
      messages_add (&m, bad[i].group, error);
    }
  messages_check_distinct (&m, 4);

  {
    static const struct { int tenths; const char *text; } fmt[] = {
      { 365, "36.5" }, { 370, "37.0" }, { 425, "42.5" }, { 5, "0.5" }, { -5, "-0.5" }, { 0, "0.0" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (fmt); i++)
      {
        g_autofree char *text = fy_format_temperature (fmt[i].tenths);
        g_assert_cmpstr (text, ==, fmt[i].text);
      }
  }
}

/* ------------------------------------------------------------------ */

static void
test_dates (void)
{
  static const struct { const char *in, *out; } ok[] = {
    { "2026-11-02", "2026-11-02" },
    { "2026-1-2", "2026-01-02" },
    { "2026/11/2", "2026-11-02" },
    { "2026/01/02", "2026-01-02" },
    { "2026.11.2", "2026-11-02" },
    { "20261102", "2026-11-02" },
    { "2026年11月2日", "2026-11-02" },
    { "2026年11月2", "2026-11-02" },
    { "２０２６年１１月２日", "2026-11-02" },
    { "２０２６－１１－０２", "2026-11-02" },
    { " 2026-11-02 ", "2026-11-02" },
    { "2024-02-29", "2024-02-29" },
    { "2000-02-29", "2000-02-29" },
    { "1850-01-01", "1850-01-01" },
  };
  static const struct { const char *in, *group; } bad[] = {
    { "", "empty" },
    { "abc", "format" },
    { "2026-11", "format" },
    { "26-11-02", "format" },
    { "2026/11-02", "format" },
    { "2026-11-02x", "format" },
    { "2026-011-02", "format" },
    { "2026-11-02 10:00", "format" },
    { "2026年11-02", "format" },
    { "2023-02-30", "impossible" },
    { "2023-02-29", "impossible" },
    { "1900-02-29", "impossible" },
    { "2023-13-01", "impossible" },
    { "2023-00-10", "impossible" },
    { "2023-04-31", "impossible" },
    { "20230230", "impossible" },
    { "2023年2月30日", "impossible" },
    { "0000-01-01", "impossible" },
  };
  Messages m;

  for (guint i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *out = fy_validate_date (ok[i].in, &error);

      g_test_message ("date '%s'", ok[i].in);
      g_assert_no_error (error);
      g_assert_cmpstr (out, ==, ok[i].out);
    }

  messages_init (&m);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("date '%s'", bad[i].in);
      g_assert_null (fy_validate_date (bad[i].in, &error));
      messages_add (&m, bad[i].group, error);
    }
  messages_check_distinct (&m, 3);
}

static void
test_past_date_and_today (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = fy_today ();
  g_autofree char *a = NULL, *b = NULL, *c = NULL;

  g_assert_cmpstr (today, ==, TODAY);

  a = fy_validate_past_date ("2026-03-15", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a, ==, "2026-03-15");
  b = fy_validate_past_date ("2020/1/1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (b, ==, "2020-01-01");

  g_assert_null (fy_validate_past_date ("2026-03-16", &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  c = g_strdup (error->message);
  g_clear_error (&error);
  /* An impossible date keeps its own message. */
  g_assert_null (fy_validate_past_date ("2023-02-30", &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_cmpstr (error->message, !=, c);
  g_clear_error (&error);

  /* Without FANGYI_TODAY: the local date. */
  {
    g_autoptr(GDateTime) now = NULL;
    g_autofree char *real = NULL, *expected = NULL;

    g_unsetenv ("FANGYI_TODAY");
    real = fy_today ();
    now = g_date_time_new_now_local ();
    expected = g_date_time_format (now, "%Y-%m-%d");
    g_assert_cmpstr (real, ==, expected);
    g_setenv ("FANGYI_TODAY", TODAY, TRUE);
  }
}

static void
test_date_arithmetic (void)
{
  static const struct { const char *a, *b; int diff; } diffs[] = {
    { "2026-03-01", "2026-03-15", 14 },
    { "2026-03-15", "2026-03-01", -14 },
    { "2024-02-28", "2024-03-01", 2 },
    { "2023-02-28", "2023-03-01", 1 },
    { "2025-12-31", "2026-01-01", 1 },
    { "2026-03-15", "2026-03-15", 0 },
  };
  static const struct { const char *date; int days; const char *out; } adds[] = {
    { "2026-03-15", -29, "2026-02-14" },
    { "2024-02-28", 1, "2024-02-29" },
    { "2023-02-28", 1, "2023-03-01" },
    { "2026-12-31", 1, "2027-01-01" },
    { "2026-03-15", 0, "2026-03-15" },
    { "2026-03-01", -1, "2026-02-28" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (diffs); i++)
    g_assert_cmpint (fy_date_diff_days (diffs[i].a, diffs[i].b), ==, diffs[i].diff);
  for (guint i = 0; i < G_N_ELEMENTS (adds); i++)
    {
      g_autofree char *out = fy_date_add_days (adds[i].date, adds[i].days);
      g_assert_cmpstr (out, ==, adds[i].out);
    }
}

/* ------------------------------------------------------------------ */

static void
test_name (void)
{
  static const struct { const char *in, *out; } ok[] = {
    { "张三", "张三" },
    { "\u3000李四\u3000", "李四" },
    { "Ｊｏｈｎ Ｓｍｉｔｈ", "John Smith" },
    { "阿卜杜·热合曼", "阿卜杜·热合曼" },
    { "O'Brien; DROP TABLE staff;--", "O'Brien; DROP TABLE staff;--" },
  };
  static const struct { const char *in, *group; } bad[] = {
    { "", "empty" },
    { " \u3000 ", "empty" },
    { "a\u202Eb", "control" },
    { "a\u200Fb", "control" },
    { "a\u200Eb", "control" },
    { "\u2066x\u2069", "control" },
    { "a\tb", "control" },
    { "a\x01" "b", "control" },
    { "a\x7f" "b", "control" },
  };
  Messages m;

  for (guint i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *out = fy_validate_name (ok[i].in, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (out, ==, ok[i].out);
    }

  messages_init (&m);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_test_message ("name %u", i);
      g_assert_null (fy_validate_name (bad[i].in, &error));
      messages_add (&m, bad[i].group, error);
    }
  /* Length limit: 64 characters (not bytes) fit, 65 do not. */
  {
    g_autoptr(GString) s = g_string_new (NULL);
    g_autoptr(GError) error = NULL;
    g_autofree char *out = NULL;

    for (int i = 0; i < 64; i++)
      g_string_append (s, "张");
    out = fy_validate_name (s->str, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (out, ==, s->str);
    g_string_append (s, "张");
    g_assert_null (fy_validate_name (s->str, &error));
    messages_add (&m, "length", error);
  }
  messages_check_distinct (&m, 3);

  /* Invalid UTF-8 never crashes: the valid prefix is used. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *out = fy_validate_name ("王\xff\xfe", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (out, ==, "王");
  }
}

/* ------------------------------------------------------------------ */

static void
test_masking (void)
{
  static const struct { const char *in, *out; } ids[] = {
    { "11010519491231002X", "110105********002X" },
    { "E12345678", "E1*****78" },      /* passport: at most 2 + 2 visible */
    { "110105491231002", "11***********02" },
    { "12345", "1***5" },
    { "abc", "***" },
    { "", "" },
  };
  static const struct { const char *in, *out; } phones[] = {
    { "13812345678", "138****5678" },
    { "12345678", "12****78" },
    { "021123456789", "02********89" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *out = fy_mask_id_number (ids[i].in);
      g_assert_cmpstr (out, ==, ids[i].out);
    }
  for (guint i = 0; i < G_N_ELEMENTS (phones); i++)
    {
      g_autofree char *out = fy_mask_phone (phones[i].in);
      g_assert_cmpstr (out, ==, phones[i].out);
    }
  {
    g_autofree char *a = fy_mask_id_number (NULL);
    g_autofree char *b = fy_mask_phone (NULL);
    g_assert_cmpstr (a, ==, "");
    g_assert_cmpstr (b, ==, "");
  }
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, TODAY);

  g_test_add_func ("/validate/normalize-text", test_normalize_text);
  g_test_add_func ("/validate/normalize-identifier", test_normalize_identifier);
  g_test_add_func ("/validate/id/check-char", test_id_check_char);
  g_test_add_func ("/validate/id/valid", test_id_valid);
  g_test_add_func ("/validate/id/invalid", test_id_invalid);
  g_test_add_func ("/validate/phone", test_phone);
  g_test_add_func ("/validate/plate", test_plate);
  g_test_add_func ("/validate/temperature", test_temperature);
  g_test_add_func ("/validate/dates", test_dates);
  g_test_add_func ("/validate/past-date-and-today", test_past_date_and_today);
  g_test_add_func ("/validate/date-arithmetic", test_date_arithmetic);
  g_test_add_func ("/validate/name", test_name);
  g_test_add_func ("/validate/masking", test_masking);
  return g_test_run ();
}

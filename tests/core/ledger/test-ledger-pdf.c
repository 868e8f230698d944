/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Printed pages / PDF of a ledger: page count agrees with pdfinfo, A4
 * landscape, title block, footer "page N of M", names and masked IDs read
 * back with pdftotext, mode 0600, cancel leaves nothing behind, the header
 * row is filled grey and drawing never paints over the whole page. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <cairo.h>

#include "fy-error.h"
#include "fy-ledger.h"
#include "fy-staff.h"
#include "fy-test-support.h"
#include "fy-validate.h"

#define COMPANY   "华东精密制造有限公司"
#define PREPARER  "李娜"
#define KNOWN     "张伟"

static const char *departments[] = { "冲压车间", "焊装车间", "质检部", "行政部" };

/* A valid resident ID: area 110105, birth 1990-01-01, sequence n. */
static char *
make_id (guint n)
{
  g_autofree char *first17 = g_strdup_printf ("11010519900101%03u", n % 1000);
  return g_strdup_printf ("%s%c", first17, fy_id_number_check_char (first17));
}

/* n people; person 7 is KNOWN. */
static FyStore *
make_store (guint n)
{
  g_autoptr(GError) error = NULL;
  FyStore *store = fy_test_open_store ();

  g_assert_true (fy_store_set_setting (store, "company.name", COMPANY, &error));
  g_assert_true (fy_store_set_setting (store, "officer", PREPARER, &error));
  g_assert_true (fy_store_set_setting (store, "reviewer", "王强", &error));
  g_assert_no_error (error);

  g_assert_true (fy_store_begin (store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *no = g_strdup_printf ("E%04u", i + 1);
      g_autofree char *name = i == 7 ? g_strdup (KNOWN) : g_strdup_printf ("员工%03u", i + 1);
      g_autofree char *phone = g_strdup_printf ("138%08u", i + 1);
      g_autofree char *id = make_id (i + 1);
      g_autoptr(FyStaff) s = fy_test_staff_new (no, name);

      fy_test_set_text (&s->phone, phone);
      fy_test_set_text (&s->id_number, id);
      fy_test_set_text (&s->department, departments[i % G_N_ELEMENTS (departments)]);
      fy_test_set_text (&s->team, i % 2 ? "甲班" : "乙班");
      fy_test_set_text (&s->post, "操作工");
      if (i == 9)  /* a long cell must wrap, not overflow */
        fy_test_set_text (&s->note, "长期驻外，返岗前需提供48小时内核酸检测阴性证明并在蓝区观察三天后方可进入生产区域");
      g_assert_true (fy_staff_save_in_transaction (store, s, &error));
      g_assert_no_error (error);
    }
  g_assert_true (fy_store_commit (store, &error));
  g_assert_no_error (error);
  return store;
}

static void
record_progress (double fraction, gpointer user_data)
{
  GArray *seen = user_data;
  g_array_append_val (seen, fraction);
}

static void
test_roster_pdf (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = make_store (120);
  g_autoptr(FyLedger) ledger = fy_test_roster (store, NULL);
  g_autoptr(FyLedgerPages) pages = NULL;
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "roster.pdf", NULL);
  g_autofree char *size = NULL;
  g_autofree char *text = NULL;
  g_autofree char *first_footer = NULL;
  g_autofree char *last_footer = NULL;
  g_autofree char *known_id = make_id (8);
  g_autofree char *masked = fy_mask_id_number (known_id);
  GStatBuf st;
  guint n;

  pages = fy_ledger_paginate (ledger, 842, 595, &error);
  g_assert_no_error (error);
  n = fy_ledger_pages_get_n_pages (pages);
  g_assert_cmpuint (n, >=, 3);

  g_assert_true (fy_ledger_write_pdf (ledger, path, record_progress, seen, NULL, &error));
  g_assert_no_error (error);

  /* The file: mode 0600, nothing else left in the folder. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (fy_test_count_entries (dir), ==, 1);

  /* Progress only goes forward and ends at 1. */
  g_assert_cmpuint (seen->len, >=, n);
  for (guint i = 1; i < seen->len; i++)
    g_assert_cmpfloat (g_array_index (seen, double, i), >=, g_array_index (seen, double, i - 1));
  g_assert_cmpfloat (g_array_index (seen, double, seen->len - 1), ==, 1.0);

  /* Pages and paper: A4 landscape. */
  g_assert_cmpuint (fy_test_pdf_pages (path, &size), ==, n);
  g_assert_nonnull (size);
  g_assert_true (g_str_has_prefix (size, "842 x 595 pts"));

  /* What a reader sees. The footer text goes through _() so the test holds
   * with or without the Chinese translation. */
  text = fy_test_pdf_text (path);
  g_assert_nonnull (text);
  first_footer = g_strdup_printf (_("Page %u of %u"), 1, n);
  last_footer = g_strdup_printf (_("Page %u of %u"), n, n);
  g_assert_nonnull (strstr (text, COMPANY));
  g_assert_nonnull (strstr (text, fy_ledger_get_title (ledger)));
  g_assert_nonnull (strstr (text, first_footer));
  g_assert_nonnull (strstr (text, last_footer));
  g_assert_nonnull (strstr (text, PREPARER));
  g_assert_nonnull (strstr (text, KNOWN));
  g_assert_nonnull (strstr (text, "员工120"));          /* the last row made it */
  g_assert_nonnull (strstr (text, masked));
  g_assert_null (strstr (text, known_id));              /* masked by default */
  /* Each person is printed exactly once: no row lost or repeated at page
   * breaks. */
  for (guint i = 1; i <= 120; i++)
    {
      g_autofree char *name = i == 8 ? g_strdup (KNOWN) : g_strdup_printf ("员工%03u", i);
      guint count = 0;
      for (const char *p = text; (p = strstr (p, name)) != NULL; p += strlen (name))
        count++;
      g_assert_cmpuint (count, ==, 1);
    }
  /* Every page repeats the title block. */
  {
    guint count = 0;
    for (const char *p = text; (p = strstr (p, COMPANY)) != NULL; p += strlen (COMPANY))
      count++;
    g_assert_cmpuint (count, >=, n);
  }
}

static void
cancel_on_progress (double fraction, gpointer user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
}

static void
test_cancel_leaves_nothing (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = make_store (120);
  g_autoptr(FyLedger) ledger = fy_test_roster (store, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "roster.pdf", NULL);
  g_autofree char *other = g_build_filename (dir, "old.pdf", NULL);
  g_autofree char *contents = NULL;

  /* Cancelled while working: no file, no temporary file. */
  g_assert_false (fy_ledger_write_pdf (ledger, path, cancel_on_progress, cancellable, cancellable, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (fy_test_count_entries (dir), ==, 0);
  g_clear_error (&error);

  /* Cancelled before it starts: an existing file is left as it was. */
  g_assert_true (g_file_set_contents (other, "old", -1, NULL));
  g_assert_false (fy_ledger_write_pdf (ledger, other, NULL, NULL, cancellable, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (other, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_assert_cmpuint (fy_test_count_entries (dir), ==, 1);
}

static void
test_unwritable_folder (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = make_store (3);
  g_autoptr(FyLedger) ledger = fy_test_roster (store, NULL);
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "no-such-folder", "roster.pdf", NULL);

  g_assert_false (fy_ledger_write_pdf (ledger, path, NULL, NULL, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_IO);
  g_assert_cmpuint (fy_test_count_entries (dir), ==, 0);
}

static void
pixel (cairo_surface_t *surface, int x, int y, guint *r, guint *g, guint *b)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  guint32 p = *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4);

  *r = (p >> 16) & 0xff;
  *g = (p >> 8) & 0xff;
  *b = p & 0xff;
}

static gboolean
is_header_grey (guint r, guint g, guint b)
{
  return r == g && g == b && r >= 205 && r <= 230;
}

static void
test_draw_on_image (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = make_store (40);
  g_autoptr(FyLedger) ledger = fy_test_roster (store, NULL);
  g_autoptr(FyLedgerPages) pages = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 842, 595);
  cairo_t *cr = cairo_create (surface);
  int grey_top = -1, grey_bottom = -1, first_dark = -1, dark_below = 0;
  guint r, g, b;

  /* White page with a blue mark in the corner margin: drawing must keep it. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 1);
  cairo_rectangle (cr, 0, 0, 10, 10);
  cairo_fill (cr);

  pages = fy_ledger_paginate (ledger, 842, 595, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_ledger_pages_get_n_pages (pages), >=, 1);
  g_assert_true (fy_ledger_pages_draw (pages, cr, 0, &error));
  g_assert_no_error (error);
  cairo_surface_flush (surface);

  pixel (surface, 3, 3, &r, &g, &b);
  g_assert_cmpuint (r, ==, 0);
  g_assert_cmpuint (b, ==, 255);

  /* Walk down a line that crosses the table near its left edge (inside the
   * first column, left of its header text): title text first, then a grey
   * header band of many pixels, then dark text / rules below it. Edges of
   * anti-aliased text or rules can look grey too: take the longest run. */
  {
    int run_top = -1, run_bottom = -1;

    for (int y = 0; y < 595; y++)
      {
        gboolean dark = FALSE;
        for (int x = 30; x < 812; x++)
          {
            pixel (surface, x, y, &r, &g, &b);
            if (r < 100 && g < 100 && b < 100)
              dark = TRUE;
          }
        if (dark && first_dark < 0)
          first_dark = y;
        pixel (surface, 31, y, &r, &g, &b);
        if (!is_header_grey (r, g, b))
          continue;
        if (run_top < 0 || y > run_bottom + 2)
          run_top = y;
        run_bottom = y;
        if (run_bottom - run_top > grey_bottom - grey_top)
          {
            grey_top = run_top;
            grey_bottom = run_bottom;
          }
      }
    for (int y = grey_bottom + 3; grey_bottom >= 0 && y < 595; y++)
      for (int x = 30; x < 812; x++)
        {
          pixel (surface, x, y, &r, &g, &b);
          if (r < 100 && g < 100 && b < 100)
            {
              dark_below++;
              break;
            }
        }
  }
  g_assert_cmpint (first_dark, >=, 0);
  g_assert_cmpint (grey_top, >, first_dark);       /* title above the header */
  g_assert_cmpint (grey_bottom - grey_top, >=, 8); /* a filled band, not a line */
  g_assert_cmpint (dark_below, >, 100);             /* rows under it */

  /* Nothing drawn outside the page; corners of the bottom margin stay white. */
  pixel (surface, 841, 594, &r, &g, &b);
  g_assert_cmpuint (r + g + b, ==, 3 * 255);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_empty_ledger (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyLedger) ledger = fy_test_roster (store, NULL);
  g_autoptr(FyLedgerPages) pages = NULL;
  g_autofree char *path = fy_test_tmp_path ("empty.pdf");
  g_autofree char *text = NULL;

  pages = fy_ledger_paginate (ledger, 842, 595, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_ledger_pages_get_n_pages (pages), ==, 1);
  g_assert_true (fy_ledger_write_pdf (ledger, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fy_test_pdf_pages (path, NULL), ==, 1);
  text = fy_test_pdf_text (path);
  g_assert_nonnull (strstr (text, _("No records")));
  g_assert_nonnull (strstr (text, fy_ledger_get_title (ledger)));
}

static void
test_small_page_refused (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = make_store (3);
  g_autoptr(FyLedger) ledger = fy_test_roster (store, NULL);
  FyLedgerPages *pages = fy_ledger_paginate (ledger, 100, 80, &error);

  g_assert_null (pages);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
}

/* Portrait A4 (a printer's choice) still paginates and every page draws. */
static void
test_portrait_pages (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = make_store (120);
  g_autoptr(FyLedger) ledger = fy_test_roster (store, NULL);
  g_autoptr(FyLedgerPages) landscape = fy_ledger_paginate (ledger, 842, 595, &error);
  g_autoptr(FyLedgerPages) portrait = fy_ledger_paginate (ledger, 595, 842, &error);
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);

  g_assert_no_error (error);
  g_assert_nonnull (portrait);
  for (guint i = 0; i < fy_ledger_pages_get_n_pages (portrait); i++)
    {
      g_assert_true (fy_ledger_pages_draw (portrait, cr, i, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpuint (fy_ledger_pages_get_n_pages (portrait), >=, 2);
  g_assert_cmpuint (fy_ledger_pages_get_n_pages (landscape), >=, 3);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static cairo_surface_t *
render_page (FyLedgerPages *pages, guint index)
{
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 842, 595);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  g_assert_true (fy_ledger_pages_draw (pages, cr, index, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static gboolean
same_pixels (cairo_surface_t *a, cairo_surface_t *b)
{
  return memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                 (gsize) cairo_image_surface_get_stride (a) * 595) == 0;
}

/* A page looks the same whether drawn right after the previous one (one
 * continued cursor) or on its own, in any order (a preview jumping). */
static void
test_pages_in_any_order (void)
{
  FY_TEST_LAST_REF FyStore *store = make_store (120);
  g_autoptr(FyLedger) ledger = fy_test_roster (store, NULL);
  g_autoptr(FyLedgerPages) in_order = fy_ledger_paginate (ledger, 842, 595, NULL);
  g_autoptr(FyLedgerPages) jumping = fy_ledger_paginate (ledger, 842, 595, NULL);
  cairo_surface_t *seq[3], *jump[3];

  g_assert_cmpuint (fy_ledger_pages_get_n_pages (in_order), >=, 3);
  for (guint i = 0; i < 3; i++)
    seq[i] = render_page (in_order, i);
  jump[2] = render_page (jumping, 2);
  jump[0] = render_page (jumping, 0);
  jump[1] = render_page (jumping, 1);
  for (guint i = 0; i < 3; i++)
    g_assert_true (same_pixels (seq[i], jump[i]));
  g_assert_false (same_pixels (seq[0], seq[1]));
  g_assert_false (same_pixels (seq[1], seq[2]));
  for (guint i = 0; i < 3; i++)
    {
      cairo_surface_destroy (seq[i]);
      cairo_surface_destroy (jump[i]);
    }
}

/* Every registered ledger paginates and draws its first pages. */
static void
test_every_ledger_draws (void)
{
  FY_TEST_LAST_REF FyStore *store = make_store (30);
  g_autofree char *today = fy_today ();
  guint n_defs = 0;
  const FyLedgerDef *const *defs = fy_ledger_list (&n_defs);

  g_assert_cmpuint (n_defs, >=, 1);
  for (guint d = 0; d < n_defs; d++)
    {
      g_autoptr(GError) error = NULL;
      FyLedgerParams params = { .from = today, .to = today };
      g_autoptr(FyLedger) ledger = fy_ledger_new (store, defs[d]->id, &params, &error);
      g_autoptr(FyLedgerPages) pages = NULL;
      cairo_surface_t *surface;
      cairo_t *cr;

      g_test_message ("ledger %s", defs[d]->id);
      g_assert_no_error (error);
      pages = fy_ledger_paginate (ledger, 842, 595, &error);
      g_assert_no_error (error);
      surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cr = cairo_create (surface);
      for (guint i = 0; i < MIN (2, fy_ledger_pages_get_n_pages (pages)); i++)
        {
          g_assert_true (fy_ledger_pages_draw (pages, cr, i, &error));
          g_assert_no_error (error);
        }
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, "2026-11-22");
  g_test_add_func ("/ledger-pdf/roster", test_roster_pdf);
  g_test_add_func ("/ledger-pdf/cancel-leaves-nothing", test_cancel_leaves_nothing);
  g_test_add_func ("/ledger-pdf/unwritable-folder", test_unwritable_folder);
  g_test_add_func ("/ledger-pdf/draw-on-image", test_draw_on_image);
  g_test_add_func ("/ledger-pdf/empty-ledger", test_empty_ledger);
  g_test_add_func ("/ledger-pdf/small-page-refused", test_small_page_refused);
  g_test_add_func ("/ledger-pdf/portrait-pages", test_portrait_pages);
  g_test_add_func ("/ledger-pdf/pages-in-any-order", test_pages_in_any_order);
  g_test_add_func ("/ledger-pdf/every-ledger-draws", test_every_ledger_draws);
  return g_test_run ();
}

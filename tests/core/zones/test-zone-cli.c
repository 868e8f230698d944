/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The built `fangyi` on the command line: `export map` (PDF pages and paper,
 * PNG size and colours, SVG, the map chosen by name, clear errors listing
 * the maps), `export zones` / `export zone-history` through the ledger path,
 * --help, and the exit codes 0 / 1 / 2. Runs the real program on a database
 * holding the demo company. */
#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <gdk-pixbuf/gdk-pixbuf.h>

#include "fy-demo.h"
#include "fy-test-support.h"

#define TODAY "2026-11-22"

typedef struct
{
  int   status;   /* exit status */
  char *out;
  char *err;
} Run;

static void
run_clear (Run *r)
{
  g_free (r->out);
  g_free (r->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs build/src/fangyi --database DB ARGS… (NULL-terminated). */
static Run
run_fangyi (const char *database, ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  Run r = { 0 };
  const char *arg;
  va_list ap;

  va_start (ap, database);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  r.status = fy_test_spawn_cli (database, (const char *const *) args->pdata, &r.out, &r.err);
  g_assert_cmpint (r.status, >=, 0);
  return r;
}

/* The program's own lines on stderr ("fangyi: …"), without what a
 * sanitizer build may add. Owned. */
static char *
own_errors (const Run *r)
{
  g_auto(GStrv) lines = g_strsplit (r->err, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], "fangyi: "))
      g_string_append_printf (out, "%s\n", lines[i]);
  return g_string_free (out, FALSE);
}

static char *demo_db;
static char *empty_db;
static char *out_dir;

static char *
out_path (const char *name)
{
  return g_build_filename (out_dir, name, NULL);
}

static void
test_help (void)
{
  g_auto(Run) r = run_fangyi (NULL, "--help", NULL);

  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "export map [--map NAME] -o FILE.pdf|.png|.svg [--paper a4|a3]"));
  g_assert_true (g_regex_match_simple ("^  zones +\\S", r.out, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^  zone-history +\\S", r.out, G_REGEX_MULTILINE, 0));
}

static void
test_map_pdf (void)
{
  g_autofree char *a4 = out_path ("plant.pdf");
  g_autofree char *a3 = out_path ("dorms.pdf");
  g_autofree char *size4 = NULL;
  g_autofree char *size3 = NULL;
  g_autofree char *text4 = NULL;
  g_autofree char *text3 = NULL;
  g_auto(Run) r4 = run_fangyi (demo_db, "export", "map", "-o", a4, NULL);
  g_auto(Run) r3 = run_fangyi (demo_db, "export", "map", "--paper", "A3", "--map", "宿舍区", "-o", a3, NULL);

  /* Without --map: the first map, named in the message. */
  g_assert_cmpint (r4.status, ==, 0);
  g_assert_nonnull (strstr (r4.out, "厂区"));
  g_assert_null (strstr (r4.err, "fangyi:"));
  g_assert_cmpuint (fy_test_pdf_pages (a4, &size4), ==, 1);
  g_assert_true (g_str_has_prefix (size4, "841.89 x 595.276") || g_str_has_prefix (size4, "842 x 595"));
  text4 = fy_test_pdf_text (a4);
  g_assert_nonnull (strstr (text4, "苏州澄湖精密机械有限公司"));
  g_assert_nonnull (strstr (text4, "临时隔离区"));
  g_assert_nonnull (strstr (text4, "冲压车间"));
  g_assert_null (strstr (text4, "2号宿舍楼"));

  g_assert_cmpint (r3.status, ==, 0);
  g_assert_nonnull (strstr (r3.out, "宿舍区"));
  g_assert_cmpuint (fy_test_pdf_pages (a3, &size3), ==, 1);
  g_assert_true (g_str_has_prefix (size3, "1190.55 x 841.89") || g_str_has_prefix (size3, "1191 x 842"));
  text3 = fy_test_pdf_text (a3);
  g_assert_nonnull (strstr (text3, "2号宿舍楼"));
  g_assert_null (strstr (text3, "冲压车间"));
}

static void
test_map_png_svg (void)
{
  g_autofree char *png = out_path ("plant.png");
  g_autofree char *svg = out_path ("plant.svg");
  g_autofree char *svg_text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_auto(Run) rp = run_fangyi (demo_db, "export", "map", "--map", "厂区", "-o", png, NULL);
  g_auto(Run) rs = run_fangyi (demo_db, "export", "map", "-o", svg, NULL);
  guint reddish = 0, bluish = 0, yellowish = 0, greenish = 0;
  int w, h, stride, n_channels;
  const guint8 *pixels;

  g_assert_cmpint (rp.status, ==, 0);
  /* A4 landscape at 150 dpi. */
  pixbuf = gdk_pixbuf_new_from_file (png, &error);
  g_assert_no_error (error);
  w = gdk_pixbuf_get_width (pixbuf);
  h = gdk_pixbuf_get_height (pixbuf);
  g_assert_cmpint (w, ==, 1754);
  g_assert_cmpint (h, >=, 1240);
  g_assert_cmpint (h, <=, 1241);

  /* All four levels are on the plant map, so all four colours are in the picture. */
  stride = gdk_pixbuf_get_rowstride (pixbuf);
  n_channels = gdk_pixbuf_get_n_channels (pixbuf);
  pixels = gdk_pixbuf_read_pixels (pixbuf);
  for (int y = 0; y < h; y += 2)
    for (int x = 0; x < w; x += 2)
      {
        const guint8 *p = pixels + y * stride + x * n_channels;
        int r = p[0], g = p[1], b = p[2];
        reddish += r > 180 && g < 130 && b < 130;
        bluish += b > 180 && r < 150 && g < 190 && b > r + 40;
        yellowish += r > 200 && r >= g && g > b + 40 && b < r - 60;   /* the pale yellow fill */
        greenish += g > 150 && r < 170 && b < 170 && g > r + 25 && g > b + 25;
      }
  g_test_message ("red %u, blue %u, yellow %u, green %u", reddish, bluish, yellowish, greenish);
  g_assert_cmpuint (reddish, >, 200);
  g_assert_cmpuint (bluish, >, 200);
  g_assert_cmpuint (yellowish, >, 400);
  g_assert_cmpuint (greenish, >, 2000);

  g_assert_cmpint (rs.status, ==, 0);
  g_assert_true (g_file_get_contents (svg, &svg_text, NULL, NULL));
  g_assert_nonnull (strstr (svg_text, "<svg"));
  g_assert_nonnull (strstr (svg_text, "width=\"841.88"));   /* A4 landscape, in points */
}

static void
test_map_errors (void)
{
  g_autofree char *pdf = out_path ("never.pdf");
  g_autofree char *jpg = out_path ("never.jpg");
  g_autofree char *nowhere = g_build_filename (out_dir, "no-such-folder", "map.pdf", NULL);
  guint before = fy_test_count_entries (out_dir);

  {
    /* An unknown name: failure (1), and the maps that exist are listed. */
    g_auto(Run) r = run_fangyi (demo_db, "export", "map", "--map", "三号厂区", "-o", pdf, NULL);
    g_autofree char *err = own_errors (&r);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (err, "三号厂区"));
    g_assert_nonnull (strstr (err, "厂区,") ? err : strstr (err, "厂区，"));
    g_assert_nonnull (strstr (err, "宿舍区"));
    g_assert_true (strchr (err, '\n') == err + strlen (err) - 1);   /* one line */
    g_assert_cmpstr (r.out, ==, "");
  }
  {
    g_auto(Run) r = run_fangyi (empty_db, "export", "map", "-o", pdf, NULL);
    g_autofree char *err = own_errors (&r);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_cmpstr (err, !=, "");
  }
  {
    g_auto(Run) r = run_fangyi (demo_db, "export", "map", "-o", nowhere, NULL);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "no-such-folder"));
  }
  /* Wrong usage (2): no output, an unknown type, paper, option, a missing value. */
  {
    g_auto(Run) r = run_fangyi (demo_db, "export", "map", NULL);
    g_assert_cmpint (r.status, ==, 2);
  }
  {
    g_auto(Run) r = run_fangyi (demo_db, "export", "map", "-o", jpg, NULL);
    g_assert_cmpint (r.status, ==, 2);
  }
  {
    g_auto(Run) r = run_fangyi (demo_db, "export", "map", "--paper", "b5", "-o", pdf, NULL);
    g_assert_cmpint (r.status, ==, 2);
    g_assert_nonnull (strstr (r.err, "b5"));
  }
  {
    g_auto(Run) r = run_fangyi (demo_db, "export", "map", "--dpi", "300", "-o", pdf, NULL);
    g_assert_cmpint (r.status, ==, 2);
    g_assert_nonnull (strstr (r.err, "--dpi"));
  }
  {
    g_auto(Run) r = run_fangyi (demo_db, "export", "map", "-o", pdf, "--map", NULL);
    g_assert_cmpint (r.status, ==, 2);
  }
  /* Nothing was written by any of these, not even a temporary file. */
  g_assert_cmpuint (fy_test_count_entries (out_dir), ==, before);
}

static guint
count_lines (const char *path)
{
  g_autofree char *data = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    n += *g_strstrip (lines[i]) != '\0';
  return n;
}

static void
test_zone_ledgers (void)
{
  g_autofree char *zones = out_path ("zones.csv");
  g_autofree char *zones_xlsx = out_path ("zones.xlsx");
  g_autofree char *history = out_path ("history.csv");
  g_autofree char *today = out_path ("today.csv");
  g_autofree char *bad = out_path ("bad.csv");
  g_autofree char *data = NULL;
  g_auto(Run) rz = run_fangyi (demo_db, "export", "zones", "-o", zones, NULL);
  g_auto(Run) rx = run_fangyi (demo_db, "export", "zones", "-o", zones_xlsx, NULL);
  g_auto(Run) rh = run_fangyi (demo_db, "export", "zone-history", "--from", "2026-11-16", "--to", TODAY,
                               "-o", history, NULL);
  g_auto(Run) rt = run_fangyi (demo_db, "export", "zone-history", "-o", today, NULL);
  g_auto(Run) rb = run_fangyi (demo_db, "export", "zone-history", "--from", TODAY, "--to", "2026-11-21",
                               "-o", bad, NULL);
  g_auto(Run) rd = run_fangyi (demo_db, "export", "zone-history", "--from", "2026-13-01", "-o", bad, NULL);

  /* 25 areas and 21 grids, plus the header line. */
  g_assert_cmpint (rz.status, ==, 0);
  g_assert_cmpuint (count_lines (zones), ==, 1 + 25 + 21);
  g_assert_true (g_file_get_contents (zones, &data, NULL, NULL));
  g_assert_true (g_regex_match_simple ("1\\d\\d\\*\\*\\*\\*\\d{4}", data, 0, 0));
  g_assert_false (g_regex_match_simple ("1[3-9]\\d{9}", data, 0, 0));
  g_assert_cmpint (rx.status, ==, 0);
  g_assert_true (g_file_test (zones_xlsx, G_FILE_TEST_IS_REGULAR));

  /* The areas drawn six days ago and four level changes; today's one change. */
  g_assert_cmpint (rh.status, ==, 0);
  g_assert_cmpuint (count_lines (history), ==, 1 + 25 + 4);
  g_assert_cmpint (rt.status, ==, 0);
  g_assert_cmpuint (count_lines (today), ==, 1 + 1);

  g_assert_cmpint (rb.status, ==, 1);
  g_assert_cmpint (rd.status, ==, 1);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  int status;

  fy_test_init (&argc, &argv, TODAY);

  /* One demo company for every test (the program only reads it). */
  {
    FY_TEST_LAST_REF FyStore *demo = fy_test_open_demo_store ();
    FY_TEST_LAST_REF FyStore *empty = fy_test_open_store ();
    demo_db = g_strdup (fy_store_get_path (demo));
    empty_db = g_strdup (fy_store_get_path (empty));
  }
  dir = fy_test_make_tmpdir ();
  out_dir = g_steal_pointer (&dir);

  g_test_add_func ("/zone-cli/help", test_help);
  g_test_add_func ("/zone-cli/map/pdf", test_map_pdf);
  g_test_add_func ("/zone-cli/map/png-svg", test_map_png_svg);
  g_test_add_func ("/zone-cli/map/errors", test_map_errors);
  g_test_add_func ("/zone-cli/ledgers", test_zone_ledgers);
  status = g_test_run ();
  g_free (demo_db);
  g_free (empty_db);
  g_free (out_dir);
  return status;
}

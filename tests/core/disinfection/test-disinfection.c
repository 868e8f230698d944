/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The disinfection log in a store: places from the zone map, schedules and
 * the risk rule raising them, entries with the bad input of the issue
 * refused (nothing written), yesterday's round repeated in one action, the
 * gaps and the map states, the daily report's line, and the ledger
 * 消毒消杀记录表 read back with openpyxl. China's time zone. */
#include "config.h"

#include <string.h>

#include "fy-disinfection-compliance.h"
#include "fy-disinfection.h"
#include "fy-error.h"
#include "fy-ledger.h"
#include "fy-test-support.h"
#include "fy-zone-map.h"
#include "fy-zone-render.h"

#define TODAY     "2026-11-22"
#define YESTERDAY "2026-11-21"

typedef struct
{
  FyStore   *store;
  FyZoneMap *map;
  gint64     dock, red, canteen, point;
  guint      changes;
} Fixture;

static void
on_changed (FyStore *store, FyStoreChange change, gpointer user_data)
{
  Fixture *f = user_data;

  if (change & FY_STORE_CHANGE_DISINFECTION)
    f->changes++;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  FyZonePoint point = { 0, FY_ZONE_POINT_DISINFECTION, 10, 20, (char *) "消杀点", (char *) "" };

  f->store = fy_test_open_store ();
  f->map = fy_zone_map_create (f->store, "厂区", 100, 60, &error);
  g_assert_no_error (error);
  f->dock = fy_test_add_rect (f->map, "装卸区", FY_ZONE_LEVEL_GREEN, 0, 0, 20, 40);
  f->red = fy_test_add_rect (f->map, "隔离区", FY_ZONE_LEVEL_RED, 30, 0, 50, 40);
  f->canteen = fy_test_add_rect (f->map, "食堂", FY_ZONE_LEVEL_GREEN, 60, 0, 80, 40);
  f->point = fy_zone_map_add_point (f->map, &point, &error);
  g_assert_no_error (error);
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->map);
  g_assert_finalize_object (f->store);
}

static FyDisinfectionEntry *
entry (gint64 area, gint64 at)
{
  FyDisinfectionEntry *e = fy_disinfection_entry_new ();

  e->area_id = area;
  e->at = at;
  fy_test_set_text (&e->objects, "floor,door_handles");
  fy_test_set_text (&e->executor, "王师傅");
  fy_test_set_text (&e->checker, "李主管");
  e->volume_ml = 10000;
  e->concentrate = 100;
  e->water_ml = 9900;
  return e;
}

static void
add (Fixture *f, FyDisinfectionEntry *e)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fy_disinfection_add_entries (f->store, &e, 1, fy_test_at (TODAY, 23, 0), &error));
  g_assert_no_error (error);
  g_assert_cmpint (e->id, >, 0);
}

static gint64
count_entries (Fixture *f)
{
  return fy_test_query_int (f->store, "SELECT count(*) FROM disinfection_entry");
}

static void
test_places (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) places = fy_disinfection_list_places (f->store, &error);
  const FyDisinfectionPlace *p;

  g_assert_no_error (error);
  /* By name (食堂, 装卸区, 隔离区 in the collation), the symbol after its area. */
  g_assert_cmpuint (places->len, ==, 4);
  for (guint i = 0; i < places->len; i++)
    {
      p = places->pdata[i];
      if (p->point_id != 0)
        {
          g_assert_cmpint (p->area_id, ==, f->dock);
          g_assert_cmpstr (p->title, ==, "装卸区 · 消杀点");
          g_assert_cmpint (((FyDisinfectionPlace *) places->pdata[i - 1])->area_id, ==, f->dock);
        }
    }
}

static void
test_schedule_and_rule (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDisinfectionSchedule) s = fy_disinfection_schedule_new ();
  g_autoptr(FyDisinfectionSchedule) bad = fy_disinfection_schedule_new ();
  g_autoptr(GPtrArray) list = NULL;
  const FyDisinfectionSchedule *red;

  s->area_id = f->red;
  s->frequency = FY_DISINFECTION_DAILY;
  g_assert_true (fy_disinfection_save_schedule (f->store, s, &error));
  g_assert_no_error (error);
  g_assert_cmpint (s->id, >, 0);
  g_assert_cmpuint (f->changes, ==, 1);
  /* An edit keeps the old values in the audit trail. */
  s->frequency = FY_DISINFECTION_TWICE_DAILY;
  g_assert_true (fy_disinfection_save_schedule (f->store, s, &error));
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM audit WHERE entity = 'disinfection_schedule'"
                                                " AND action = 'update' AND old_value LIKE '隔离区: daily,%'"
                                                " AND new_value LIKE '隔离区: twice_daily,%'"), ==, 1);
  s->frequency = FY_DISINFECTION_DAILY;
  g_assert_true (fy_disinfection_save_schedule (f->store, s, &error));
  f->changes = 1;

  /* A concentration 84 cannot give. */
  bad->area_id = f->dock;
  bad->concentration = 80000;
  g_assert_false (fy_disinfection_save_schedule (f->store, bad, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  /* UV with a disinfectant. */
  bad->concentration = 500;
  bad->method = FY_DISINFECTION_UV;
  g_assert_false (fy_disinfection_save_schedule (f->store, bad, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM disinfection_schedule"), ==, 1);

  list = fy_disinfection_list_schedules (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  red = list->pdata[0];
  g_assert_cmpstr (red->place_title, ==, "隔离区");
  g_assert_cmpint (red->level, ==, FY_ZONE_LEVEL_RED);
  /* The default rule: red areas each shift; without a rule, as scheduled. */
  g_assert_cmpint (fy_disinfection_effective_frequency (f->store, red), ==, FY_DISINFECTION_EACH_SHIFT);
  g_assert_true (fy_disinfection_set_rule (f->store, FY_ZONE_LEVEL_RED, FALSE, 0, &error));
  g_assert_cmpint (fy_disinfection_effective_frequency (f->store, red), ==, FY_DISINFECTION_DAILY);
  g_assert_true (fy_disinfection_set_rule (f->store, FY_ZONE_LEVEL_RED, TRUE, FY_DISINFECTION_TWICE_DAILY, &error));
  g_assert_cmpint (fy_disinfection_effective_frequency (f->store, red), ==, FY_DISINFECTION_TWICE_DAILY);
  g_assert_cmpint (fy_disinfection_get_shifts (f->store), ==, 3);
  g_assert_true (fy_disinfection_set_shifts (f->store, 2, &error));
  g_assert_cmpint (fy_disinfection_get_shifts (f->store), ==, 2);
  g_assert_false (fy_disinfection_set_shifts (f->store, 0, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
}

static void
refused (Fixture *f, FyDisinfectionEntry *e, const char *fragment)
{
  g_autoptr(GError) error = NULL;
  guint changes = f->changes;

  g_assert_false (fy_disinfection_add_entries (f->store, &e, 1, fy_test_at (TODAY, 12, 0), &error));
  g_assert_true (g_error_matches (error, FY_ERROR, FY_ERROR_INVALID)
                 || g_error_matches (error, FY_ERROR, FY_ERROR_NOT_FOUND));
  g_assert_nonnull (strstr (error->message, fragment));
  g_assert_cmpint (count_entries (f), ==, 0);
  g_assert_cmpuint (f->changes, ==, changes);
  fy_disinfection_entry_free (e);
}

static void
test_bad_input (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  FyDisinfectionEntry *e;
  gint64 gone;

  /* In the future (now is 12:00). */
  refused (f, entry (f->dock, fy_test_at (TODAY, 12, 1)), "future");
  e = entry (f->dock, fy_test_at (TODAY, 9, 0));
  e->contact_min = 0;
  refused (f, e, "contact time");
  e = entry (f->dock, fy_test_at (TODAY, 9, 0));
  e->concentration = 60000;
  refused (f, e, "50000 mg/L");
  e = entry (f->dock, fy_test_at (TODAY, 9, 0));
  e->product = FY_DISINFECTANT_ALCOHOL;
  e->strength = 75;
  e->concentration = 500;
  refused (f, e, "neat");
  e = entry (f->dock, fy_test_at (TODAY, 9, 0));
  fy_test_set_text (&e->executor, "  ");
  refused (f, e, "who disinfected");

  /* An area deleted from the map. */
  gone = f->canteen;
  g_assert_true (fy_zone_map_delete_area (f->map, gone, &error));
  refused (f, entry (gone, fy_test_at (TODAY, 9, 0)), "no longer exists");

  /* One bad entry in a batch: none of them is written. */
  {
    FyDisinfectionEntry *batch[] = { entry (f->dock, fy_test_at (TODAY, 8, 0)), entry (f->red, fy_test_at (TODAY, 13, 0)) };

    g_assert_false (fy_disinfection_add_entries (f->store, batch, 2, fy_test_at (TODAY, 12, 0), &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_assert_cmpint (count_entries (f), ==, 0);
    fy_disinfection_entry_free (batch[0]);
    fy_disinfection_entry_free (batch[1]);
  }
}

static void
test_entry_kept (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDisinfectionEntry) e = entry (f->dock, fy_test_at (TODAY, 9, 30));
  g_autoptr(GPtrArray) list = NULL;
  const FyDisinfectionEntry *back;

  e->point_id = f->point;
  add (f, e);
  g_assert_cmpuint (f->changes, ==, 1);
  list = fy_disinfection_list_entries (f->store, TODAY, TODAY, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  back = list->pdata[0];
  g_assert_cmpstr (back->area_name, ==, "装卸区");
  g_assert_cmpstr (back->point_name, ==, "消杀点");
  g_assert_cmpfloat (back->concentrate, ==, 100);
  g_assert_cmpint (back->water_ml, ==, 9900);
  g_assert_cmpfloat (back->strength, ==, 5);
  g_assert_cmpint (back->concentration, ==, 500);
  g_assert_cmpstr (back->executor, ==, "王师傅");
  /* Other days and other areas are not listed. */
  g_clear_pointer (&list, g_ptr_array_unref);
  list = fy_disinfection_list_entries (f->store, YESTERDAY, YESTERDAY, 0, &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = fy_disinfection_list_entries (f->store, TODAY, TODAY, f->red, &error);
  g_assert_cmpuint (list->len, ==, 0);
}

static void
test_repeat_yesterday (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDisinfectionEntry) a = entry (f->dock, fy_test_at (YESTERDAY, 8, 0));
  g_autoptr(FyDisinfectionEntry) b = entry (f->dock, fy_test_at (YESTERDAY, 17, 0));
  g_autoptr(FyDisinfectionEntry) c = entry (f->red, fy_test_at (YESTERDAY, 9, 0));
  g_autoptr(GPtrArray) today = NULL;
  const gint64 both[] = { f->dock, f->red };
  const gint64 with_canteen[] = { f->dock, f->canteen };
  gint64 now = fy_test_at (TODAY, 10, 15);
  guint n = 0;

  fy_test_set_text (&b->note, "下班前");
  b->product = FY_DISINFECTANT_ALCOHOL;
  b->strength = 75;
  b->concentration = 75;
  add (f, a);
  add (f, b);
  add (f, c);

  /* The canteen had nothing yesterday: the whole action is refused. */
  g_assert_false (fy_disinfection_repeat_yesterday (f->store, with_canteen, 2, now, &n, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "食堂"));
  g_clear_error (&error);
  g_assert_cmpint (count_entries (f), ==, 3);

  g_assert_true (fy_disinfection_repeat_yesterday (f->store, both, 2, now, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (count_entries (f), ==, 5);
  today = fy_disinfection_list_entries (f->store, TODAY, TODAY, f->dock, &error);
  g_assert_cmpuint (today->len, ==, 1);
  /* The last round of yesterday, at now, without its note. */
  g_assert_cmpint (((FyDisinfectionEntry *) today->pdata[0])->at, ==, now);
  g_assert_cmpint (((FyDisinfectionEntry *) today->pdata[0])->product, ==, FY_DISINFECTANT_ALCOHOL);
  g_assert_cmpstr (((FyDisinfectionEntry *) today->pdata[0])->note, ==, "");
  g_assert_cmpstr (((FyDisinfectionEntry *) today->pdata[0])->checker, ==, "李主管");
}

/* The risk rule follows the level the area had on each past day (zone
 * history): red from 18 Nov 10:00 to 20 Nov 15:00 asks each shift on 19 and
 * 20 Nov only (a change counts from the next day), green days once. */
static void
test_level_history (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDisinfectionSchedule) dock = fy_disinfection_schedule_new ();
  g_autoptr(GPtrArray) gaps = NULL;
  g_autofree char *sql = NULL;
  const FyDisinfectionGap *gap;

  dock->area_id = f->dock;
  fy_test_set_text (&dock->start_day, "2026-11-01");
  g_assert_true (fy_disinfection_save_schedule (f->store, dock, &error));
  g_assert_no_error (error);
  for (int d = 15; d <= 21; d++)
    {
      g_autofree char *day = g_strdup_printf ("2026-11-%02d", d);
      FyDisinfectionEntry *e = entry (f->dock, fy_test_at (day, 9, 0));

      add (f, e);
      fy_disinfection_entry_free (e);
    }
  /* Once a day: every window met while the level never changed. */
  gaps = fy_disinfection_gaps (f->store, "2026-11-15", YESTERDAY, f->dock, fy_test_at (TODAY, 10, 0), &error);
  g_assert_no_error (error);
  gap = gaps->pdata[0];
  g_assert_cmpuint (gap->tally.windows, ==, 7);
  g_assert_cmpuint (gap->tally.missed, ==, 0);
  g_clear_pointer (&gaps, g_ptr_array_unref);

  sql = g_strdup_printf ("INSERT INTO zone_history (map_id, area_id, area_name, at, kind, old_level, new_level)"
                         " SELECT map_id, area_id, area_name, %" G_GINT64_FORMAT ", 'change', 'green', 'red'"
                         " FROM zone_history WHERE area_id = %" G_GINT64_FORMAT
                         " UNION ALL SELECT map_id, area_id, area_name, %" G_GINT64_FORMAT ", 'change', 'red', 'green'"
                         " FROM zone_history WHERE area_id = %" G_GINT64_FORMAT " RETURNING 1",
                         fy_test_at ("2026-11-18", 10, 0), f->dock, fy_test_at ("2026-11-20", 15, 0), f->dock);
  g_assert_cmpint (fy_test_query_int (f->store, sql), ==, 1);
  gaps = fy_disinfection_gaps (f->store, "2026-11-15", YESTERDAY, f->dock, fy_test_at (TODAY, 10, 0), &error);
  g_assert_no_error (error);
  gap = gaps->pdata[0];
  /* 5 green days (1 window each) + 19 and 20 Nov (3 shifts each, 1 met). */
  g_assert_cmpuint (gap->tally.windows, ==, 11);
  g_assert_cmpuint (gap->tally.missed, ==, 4);
  g_assert_cmpuint (gap->tally.scheduled, ==, 11);
  g_assert_cmpuint (gap->tally.done, ==, 7);
  /* Now: the current level (green), once a day. */
  g_assert_cmpint (gap->frequency, ==, FY_DISINFECTION_DAILY);
  g_assert_cmpint (gap->now.status, ==, FY_DISINFECTION_STATUS_DUE);
}

static void
test_gaps_and_states (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDisinfectionSchedule) dock = fy_disinfection_schedule_new ();
  g_autoptr(FyDisinfectionSchedule) red = fy_disinfection_schedule_new ();
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GHashTable) states = NULL;
  g_autofree char *figures = NULL;
  g_autofree char *remarks = NULL;
  gint64 now = fy_test_at (TODAY, 10, 0);
  gboolean behind = FALSE;

  dock->area_id = f->dock;
  dock->frequency = FY_DISINFECTION_TWO_PER_THREE_DAYS;
  fy_test_set_text (&dock->start_day, "2026-11-01");
  red->area_id = f->red;
  fy_test_set_text (&red->start_day, "2026-11-01");
  g_assert_true (fy_disinfection_save_schedule (f->store, dock, &error));
  g_assert_true (fy_disinfection_save_schedule (f->store, red, &error));
  g_assert_no_error (error);
  {
    FyDisinfectionEntry *e = entry (f->dock, fy_test_at ("2026-11-20", 9, 0));
    add (f, e);
    fy_disinfection_entry_free (e);
    /* Red: each shift (the rule); 08–16 today done, 00–08 missed. */
    e = entry (f->red, fy_test_at (TODAY, 9, 0));
    add (f, e);
    fy_disinfection_entry_free (e);
  }

  gaps = fy_disinfection_gaps (f->store, TODAY, TODAY, 0, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gaps->len, ==, 2);
  {
    const FyDisinfectionGap *g0 = gaps->pdata[0], *g1 = gaps->pdata[1];
    const FyDisinfectionGap *gd = g0->area_id == f->dock ? g0 : g1;
    const FyDisinfectionGap *gr = g0->area_id == f->dock ? g1 : g0;
    g_autofree char *line = fy_disinfection_now_text (gd->place_title, gd->frequency, &gd->now);

    g_assert_cmpstr (line, ==, "装卸区: 1 of 2 in this 3-day window");
    /* The window ending yesterday (19–21 Nov) had one day: overdue. */
    g_assert_cmpint (gd->now.status, ==, FY_DISINFECTION_STATUS_OVERDUE);
    g_assert_cmpint (gr->frequency, ==, FY_DISINFECTION_EACH_SHIFT);
    g_assert_cmpint (gr->now.status, ==, FY_DISINFECTION_STATUS_DONE);
    g_assert_cmpuint (gr->tally.missed, ==, 1);
  }

  states = fy_disinfection_area_states (f->store, now, &error);
  g_assert_no_error (error);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (states, &f->dock)) - 1, ==, FY_DISINFECTION_STATUS_OVERDUE);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (states, &f->red)) - 1, ==, FY_DISINFECTION_STATUS_DONE);
  g_assert_null (g_hash_table_lookup (states, &f->canteen));

  /* The map layer: overdue red and solid, done green; drawn by the renderer. */
  {
    g_autoptr(GHashTable) tints = fy_disinfection_map_tints (f->store, now, &error);
    const FyZoneTint *dock_tint = g_hash_table_lookup (tints, &f->dock);
    const FyZoneTint *red_tint = g_hash_table_lookup (tints, &f->red);
    FyZoneRenderer *renderer = fy_zone_renderer_new ();
    FyZoneRenderOptions options;
    cairo_surface_t *plain = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 100, 60);
    cairo_surface_t *layered = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 100, 60);
    cairo_t *cr;
    guint32 a, b;

    g_assert_no_error (error);
    g_assert_cmpuint (g_hash_table_size (tints), ==, 2);
    g_assert_false (dock_tint->dashed);
    g_assert_cmpfloat (dock_tint->red, >, dock_tint->green);
    g_assert_cmpfloat (red_tint->green, >, red_tint->red);
    fy_zone_render_options_init (&options);
    options.flags = FY_ZONE_DRAW_AREAS;
    cr = cairo_create (plain);
    fy_zone_renderer_render (renderer, cr, f->map, &options);
    cairo_destroy (cr);
    options.area_tints = tints;
    cr = cairo_create (layered);
    fy_zone_renderer_render (renderer, cr, f->map, &options);
    cairo_destroy (cr);
    cairo_surface_flush (plain);
    cairo_surface_flush (layered);
    /* The middle of the loading yard (10, 20 m at 1 px per m) is redder with the layer. */
    a = ((guint32 *) cairo_image_surface_get_data (plain))[20 * cairo_image_surface_get_stride (plain) / 4 + 10];
    b = ((guint32 *) cairo_image_surface_get_data (layered))[20 * cairo_image_surface_get_stride (layered) / 4 + 10];
    g_assert_cmpuint ((b >> 16) & 0xff, >=, (a >> 16) & 0xff);
    g_assert_cmpuint ((b >> 8) & 0xff, <, (a >> 8) & 0xff);
    cairo_surface_destroy (plain);
    cairo_surface_destroy (layered);
    fy_zone_renderer_free (renderer);
  }

  g_assert_true (fy_disinfection_report_line (f->store, TODAY, now, &figures, &remarks, &behind, &error));
  g_assert_cmpstr (figures, ==, "1 times in 1 areas");
  g_assert_true (behind);
  g_assert_nonnull (strstr (remarks, "隔离区"));
}

static const char xlsx_check[] =
  "import sys, openpyxl\n"
  "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
  "assert ws['A1'].value.endswith('Disinfection Record'), ws['A1'].value\n"
  "rows = [[c.value for c in r] for r in ws.iter_rows()]\n"
  "h = [i for i, r in enumerate(rows) if r[0] == 'No.'][0]\n"
  "assert rows[h][1:5] == ['Date', 'Time', 'Area / point', 'Objects'], rows[h]\n"
  "data = rows[h + 1:h + 3]\n"
  "assert data[0][3] == '装卸区 · 消杀点', data[0]\n"
  "assert data[0][4] == 'Floor, Door handles', data[0]\n"
  "assert data[0][5] == '84 disinfectant', data[0]\n"
  "assert data[0][6] == '500 mg/L (100 mL + 9900 mL water)', data[0]\n"
  "assert data[0][7] == 'Wipe' and data[0][8] == 30, data[0]\n"
  "assert data[0][10] == '王师傅' and data[0][11] == '李主管', data[0]\n"
  "assert data[1][3] == '隔离区' and data[1][6] == '75 %', data[1]\n"
  "print(len([r for r in rows[h + 1:] if isinstance(r[0], (int, float))]))\n";

static void
test_ledger (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDisinfectionEntry) a = entry (f->dock, fy_test_at (YESTERDAY, 8, 0));
  g_autoptr(FyDisinfectionEntry) b = entry (f->red, fy_test_at (YESTERDAY, 9, 0));
  g_autoptr(FyDisinfectionEntry) c = entry (f->red, fy_test_at ("2026-11-10", 9, 0));
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *xlsx = g_build_filename (dir, "d.xlsx", NULL);
  g_autofree char *one = g_build_filename (dir, "one.csv", NULL);
  g_autofree char *out = NULL;
  g_autofree char *csv = NULL;
  FyLedgerParams params = { .from = "2026-11-15", .to = TODAY };
  g_autoptr(FyLedger) ledger = NULL;
  g_autoptr(FyLedger) only = NULL;

  a->point_id = f->point;
  b->product = FY_DISINFECTANT_ALCOHOL;
  b->strength = 75;
  b->concentration = 75;
  b->volume_ml = 500;
  b->concentrate = 500;
  b->water_ml = 0;
  add (f, a);
  add (f, b);
  add (f, c);
  ledger = fy_ledger_new (f->store, "disinfection", &params, &error);
  g_assert_no_error (error);
  g_assert_true (fy_ledger_export (ledger, xlsx, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  out = fy_test_read_xlsx (xlsx, xlsx_check, NULL);
  g_assert_cmpstr (out, ==, "2\n");

  /* One area: its name as the search. */
  params.search = "装卸区";
  only = fy_ledger_new (f->store, "disinfection", &params, &error);
  g_assert_true (fy_ledger_export (only, one, NULL, NULL, NULL, &error));
  g_assert_true (g_file_get_contents (one, &csv, NULL, NULL));
  g_assert_nonnull (strstr (csv, "装卸区"));
  g_assert_null (strstr (csv, "隔离区"));
}

/* The demo: every schedule written with 30 days of entries; only the
 * toilets are overdue (the loading yard has the trucks' entries). */
static void
test_demo (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  g_autoptr(GPtrArray) gaps = fy_disinfection_gaps (store, "2026-10-24", TODAY, 0, fy_test_at (TODAY, 10, 15), &error);
  guint overdue = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (gaps->len, >=, 10);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(DISTINCT date(at, 'unixepoch', 'localtime'))"
                                             " FROM disinfection_entry"), ==, 30);
  for (guint i = 0; i < gaps->len; i++)
    {
      const FyDisinfectionGap *gap = gaps->pdata[i];

      if (gap->now.status == FY_DISINFECTION_STATUS_OVERDUE)
        {
          overdue++;
          g_assert_cmpstr (gap->place_title, ==, "公共卫生间");
          g_assert_cmpuint (gap->tally.missed, >=, 3);
        }
      else if (gap->frequency != FY_DISINFECTION_PER_TRUCK)
        g_assert_cmpuint (gap->tally.missed, ==, 0);
    }
  g_assert_cmpuint (overdue, ==, 1);

  /* 84 and alcohol leave the stock only with the entries (issue 13 e.):
   * every bottle an entry took is one issue of the same day, no other
   * issue of them, and no item's balance is ever below zero. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM disinfection_entry"
                                             " WHERE product IN ('chlorine84', 'alcohol75') AND supply_qty > 0"), >=, 30);
  g_assert_cmpint (fy_test_query_int (store, "SELECT sum(supply_qty) FROM disinfection_entry"), ==,
                   fy_test_query_int (store, "SELECT -sum(m.qty) FROM supply_move m JOIN supply_item i ON i.id = m.item_id"
                                             " WHERE i.code IN ('XD-001', 'XD-002') AND m.kind = 'issue'"));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_doc d JOIN supply_item i ON i.id = d.item_id"
                                             " WHERE i.code IN ('XD-001', 'XD-002') AND d.kind = 'issue'"
                                             " AND d.id NOT IN (SELECT supply_doc_id FROM disinfection_entry"
                                             "                  WHERE supply_doc_id IS NOT NULL)"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM disinfection_entry e JOIN supply_doc d"
                                             " ON d.id = e.supply_doc_id"
                                             " WHERE d.day <> date(e.at, 'unixepoch', 'localtime')"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM (SELECT sum(qty) OVER (PARTITION BY item_id"
                                             " ORDER BY day, id) AS balance FROM supply_move) WHERE balance < 0"), ==, 0);
}

/* The command line: the ledger of one area, and the map with the layer. */
static void
test_cli (void)
{
  g_autofree char *db = fy_test_tmp_path ("cli.db");
  g_autofree char *csv = fy_test_tmp_path ("dock.csv");
  g_autofree char *png = fy_test_tmp_path ("layer.png");
  g_autofree char *bad_png = fy_test_tmp_path ("bad.png");
  g_autofree char *data = NULL;
  const char *demo[] = { "demo", NULL };
  const char *ledger[] = { "export", "disinfection", "--from", "2026-11-20", "--to", TODAY, "--area", "装卸区",
                           "-o", csv, NULL };
  const char *map[] = { "export", "map", "--layer", "disinfection", "-o", png, NULL };
  const char *bad[] = { "export", "map", "--layer", "stock", "-o", bad_png, NULL };

  g_assert_cmpint (fy_test_run_cli (db, demo, NULL), ==, 0);
  g_assert_cmpint (fy_test_run_cli (db, ledger, NULL), ==, 0);
  g_assert_true (g_file_get_contents (csv, &data, NULL, NULL));
  g_assert_nonnull (strstr (data, "装卸区"));
  g_assert_null (strstr (data, "员工食堂"));
  g_assert_cmpint (fy_test_run_cli (db, map, NULL), ==, 0);
  g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));
  g_assert_cmpint (fy_test_run_cli (db, bad, NULL), !=, 0);
  g_assert_false (g_file_test (bad_png, G_FILE_TEST_EXISTS));
}

#define ADD(path, fn) g_test_add ("/disinfection/" path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)

int
main (int argc, char **argv)
{
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  fy_test_init (&argc, &argv, TODAY);
  ADD ("places", test_places);
  ADD ("schedule-and-rule", test_schedule_and_rule);
  ADD ("bad-input", test_bad_input);
  ADD ("entry-kept", test_entry_kept);
  ADD ("repeat-yesterday", test_repeat_yesterday);
  ADD ("gaps-and-states", test_gaps_and_states);
  ADD ("ledger", test_ledger);
  ADD ("level-history", test_level_history);
  g_test_add_func ("/disinfection/demo", test_demo);
  g_test_add_func ("/disinfection/cli", test_cli);
  return g_test_run ();
}

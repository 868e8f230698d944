/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The stock view on a fixed fixture: usable stock leaves out expired
 * batches, average daily use over the window (net of a reversed issue),
 * planned use from each consumption rule and today's people on site, areas
 * and shifts, days of cover, reserve target, shortfall, urgency order and
 * the warning counts. */
#include "config.h"

#include "fy-error.h"
#include "fy-store-private.h"
#include "fy-supplies-chart.h"
#include "fy-supplies-stock.h"
#include "fy-test-support.h"
#include "fy-zone-map.h"

#define TODAY "2026-11-20"

static gint64
add_item (FyStore *store, const char *code, FySupplyRule rule, gint64 milli, gint64 min_stock, int reserve_days)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FySupplyItem) item = fy_supply_item_new ();
  gint64 id;

  fy_test_set_text (&item->code, code);
  fy_test_set_text (&item->name, code);
  fy_test_set_text (&item->unit, "个");
  item->category = FY_SUPPLY_PROTECTIVE;
  item->rule = rule;
  item->rule_milli = milli;
  item->min_stock = min_stock;
  item->reserve_days = reserve_days;
  id = fy_supplies_save_item (store, item, &error);
  g_assert_no_error (error);
  return id;
}

static void
receive (FyStore *store, gint64 item, const char *day, gint64 qty, const char *expires)
{
  g_autoptr(GError) error = NULL;
  FySupplyReceiptInput in = { .day = day, .item_id = item, .quantity = qty, .expires = expires,
                              .unit_price_fen = -1 };

  g_assert_cmpint (fy_supplies_receive (store, &in, &error), >, 0);
  g_assert_no_error (error);
}

static gint64
issue (FyStore *store, gint64 item, const char *day, gint64 qty)
{
  g_autoptr(GError) error = NULL;
  FySupplyIssueInput in = { .day = day, .item_id = item, .quantity = qty, .recipient = "车间" };
  gint64 doc = fy_supplies_issue (store, &in, &error);

  g_assert_no_error (error);
  return doc;
}

static FySupplyStock *
find (GPtrArray *stock, const char *code)
{
  for (guint i = 0; i < stock->len; i++)
    if (g_strcmp0 (((FySupplyStock *) g_ptr_array_index (stock, i))->code, code) == 0)
      return g_ptr_array_index (stock, i);
  g_assert_not_reached ();
}

static void
test_stock_view (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FY_TEST_LAST_REF FyZoneMap *map = fy_zone_map_create (store, "厂区", 100, 80, &error);
  gint64 a, b, c, d, e, reversed;
  g_autoptr(GPtrArray) stock = NULL;
  FySupplyWarnings w;
  FySupplyStock *s;

  /* Ten people, one has left: nine on site; two areas; three shifts. */
  for (int i = 0; i < 10; i++)
    {
      g_autofree char *no = g_strdup_printf ("E%d", i);
      fy_test_add_staff (store, no, "员工", NULL);
    }
  g_assert_true (fy_store_exec (store, "UPDATE staff SET status = 'left' WHERE employee_no = 'E0'", NULL));
  fy_test_add_rect (map, "车间", FY_ZONE_LEVEL_GREEN, 0, 0, 10, 10);
  fy_test_add_rect (map, "宿舍", FY_ZONE_LEVEL_GREEN, 20, 0, 30, 10);
  g_assert_true (fy_store_set_setting (store, "supplies.shifts", "3", &error));

  /* A: 2 a person a day (18 planned), 20 a day used over the last 30 days. */
  a = add_item (store, "A", FY_SUPPLY_RULE_PERSON_DAY, 2000, 100, 0);
  receive (store, a, "2026-10-01", 1000, "2026-12-10");
  issue (store, a, "2026-10-10", 100);                 /* before the window */
  for (int i = 0; i < 30; i++)
    {
      g_autofree char *day = fy_date_add_days ("2026-10-22", i);
      issue (store, a, day, 20);
    }
  reversed = issue (store, a, "2026-11-19", 50);
  g_assert_cmpint (fy_supplies_reverse (store, reversed, TODAY, "重复登记", &error), >, 0);
  /* B: half a unit per area a day (1 a day), 30 days' reserve, some expired. */
  b = add_item (store, "B", FY_SUPPLY_RULE_AREA_DAY, 500, 0, 30);
  receive (store, b, "2026-10-01", 15, "2026-11-01");
  receive (store, b, "2026-10-01", 25, "2027-10-01");
  /* C: 3 a day fixed, minimum 50, only 40. */
  c = add_item (store, "C", FY_SUPPLY_RULE_FIXED_DAY, 3000, 50, 0);
  receive (store, c, "2026-10-01", 40, "");
  /* D: no rule, nothing. E: 1 a person a shift, nothing on hand. */
  d = add_item (store, "D", FY_SUPPLY_RULE_NONE, 0, 0, 0);
  e = add_item (store, "E", FY_SUPPLY_RULE_PERSON_SHIFT, 1000, 0, 0);

  stock = fy_supplies_stock (store, TODAY, 30, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stock->len, ==, 5);

  s = find (stock, "A");
  g_assert_cmpint (s->item_id, ==, a);
  g_assert_cmpint (s->on_hand, ==, 300);
  g_assert_cmpint (s->usable, ==, 300);
  g_assert_cmpint (s->expiring, ==, 300);
  g_assert_cmpstr (s->next_expiry, ==, "2026-12-10");
  g_assert_cmpint (s->used, ==, 600);
  g_assert_cmpint (s->actual_milli, ==, 20000);
  g_assert_cmpint (s->planned_milli, ==, 18000);
  g_assert_cmpint (s->cover_tenths, ==, 150);
  g_assert_cmpint (s->reserve_days, ==, FY_SUPPLY_DEFAULT_RESERVE_DAYS);
  g_assert_cmpint (s->target, ==, 252);
  g_assert_cmpint (s->shortfall, ==, 0);
  g_assert_cmpint (s->urgency, ==, FY_SUPPLY_URGENT_EXPIRING);

  s = find (stock, "B");
  g_assert_cmpint (s->item_id, ==, b);
  g_assert_cmpint (s->on_hand, ==, 40);
  g_assert_cmpint (s->expired, ==, 15);
  g_assert_cmpint (s->usable, ==, 25);
  g_assert_cmpint (s->planned_milli, ==, 1000);
  g_assert_cmpint (s->cover_tenths, ==, 250);
  g_assert_cmpint (s->target, ==, 30);
  g_assert_cmpint (s->shortfall, ==, 5);
  g_assert_cmpint (s->urgency, ==, FY_SUPPLY_URGENT_BELOW_TARGET);

  s = find (stock, "C");
  g_assert_cmpint (s->item_id, ==, c);
  g_assert_cmpint (s->cover_tenths, ==, 133);
  g_assert_cmpint (s->target, ==, 42);
  g_assert_cmpint (s->shortfall, ==, 10);
  g_assert_cmpint (s->urgency, ==, FY_SUPPLY_URGENT_BELOW_MINIMUM);

  s = find (stock, "D");
  g_assert_cmpint (s->item_id, ==, d);
  g_assert_cmpint (s->cover_tenths, ==, -1);
  g_assert_cmpint (s->urgency, ==, FY_SUPPLY_URGENT_NONE);

  s = find (stock, "E");
  g_assert_cmpint (s->item_id, ==, e);
  g_assert_cmpint (s->planned_milli, ==, 27000);
  g_assert_cmpint (s->target, ==, 378);
  g_assert_cmpint (s->shortfall, ==, 378);
  g_assert_cmpint (s->cover_tenths, ==, 0);
  g_assert_cmpint (s->urgency, ==, FY_SUPPLY_URGENT_BELOW_MINIMUM);

  /* Most urgent first, fewest days of cover first within a level. */
  {
    const char *order[] = { "E", "C", "B", "A", "D" };
    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      g_assert_cmpstr (((FySupplyStock *) g_ptr_array_index (stock, i))->code, ==, order[i]);
  }
  g_assert_true (fy_supplies_count_warnings (stock, &w));
  g_assert_cmpuint (w.below_minimum, ==, 2);
  g_assert_cmpuint (w.below_target, ==, 1);
  g_assert_cmpuint (w.expiring, ==, 1);
  g_assert_cmpuint (w.expired, ==, 1);

  /* A company reserve of 7 days halves A's target. */
  g_assert_true (fy_store_set_setting (store, "supplies.reserve_days", "7", &error));
  g_clear_pointer (&stock, g_ptr_array_unref);
  stock = fy_supplies_stock (store, TODAY, 30, &error);
  g_assert_cmpint (find (stock, "A")->target, ==, 126);
  g_assert_cmpint (find (stock, "B")->target, ==, 30);
}

/* The demo company's store shows every state the inspector looks for. */
static void
test_demo (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  g_autofree char *today = fy_today ();
  g_autoptr(GPtrArray) stock = fy_supplies_stock (store, today, 30, &error);
  FySupplyWarnings w;
  FySupplyStock *masks = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (stock->len, ==, 40);
  fy_supplies_count_warnings (stock, &w);
  g_assert_cmpuint (w.below_minimum, ==, 0);
  g_assert_cmpuint (w.below_target, ==, 1);
  g_assert_cmpuint (w.expiring, >=, 3);
  g_assert_cmpuint (w.expired, ==, 1);
  g_assert_cmpstr (((FySupplyStock *) g_ptr_array_index (stock, 0))->code, ==, "KZ-003");
  for (guint i = 0; i < stock->len; i++)
    if (g_str_equal (((FySupplyStock *) g_ptr_array_index (stock, i))->code, "KZ-001"))
      masks = g_ptr_array_index (stock, i);
  /* Surgical masks follow the headcount: 2 a person a day, issued at 70–120 %. */
  g_assert_nonnull (masks);
  g_assert_cmpint (masks->actual_milli, >=, masks->planned_milli * 6 / 10);
  g_assert_cmpint (masks->actual_milli, <=, masks->planned_milli * 13 / 10);
  /* 90 days of movements, balances equal to them, nothing below zero. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT julianday(max(day)) - julianday(min(day)) FROM supply_move"), ==, 89);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_batch b WHERE on_hand <>"
                                             " (SELECT sum(qty) FROM supply_move m WHERE m.batch_id = b.id)"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_doc WHERE kind = 'reversal'"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_doc WHERE kind = 'scrap'"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_doc WHERE kind = 'adjust'"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_doc WHERE kind = 'issue'"), >, 1000);
}

static guint32
pixel (cairo_surface_t *surface, int x, int y)
{
  cairo_surface_flush (surface);
  return ((guint32 *) (cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface)))[x]
         & 0xffffff;
}

/* Day-by-day figures exactly, and the pictures drawn from them. */
static void
test_chart (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 a = add_item (store, "A", FY_SUPPLY_RULE_FIXED_DAY, 10000, 200, 0);
  g_autoptr(FySupplyDays) days = NULL;
  g_autoptr(GPtrArray) stock = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean amber = FALSE, red = FALSE;

  receive (store, a, "2026-11-01", 100, "");
  receive (store, a, "2026-11-16", 50, "");
  issue (store, a, "2026-11-16", 10);
  issue (store, a, "2026-11-17", 10);
  issue (store, a, "2026-11-18", 10);
  days = fy_supplies_days (store, a, "2026-11-16", TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (days->n, ==, 5);
  g_assert_cmpint (days->opening, ==, 100);
  g_assert_cmpint (days->balance[0], ==, 140);
  g_assert_cmpint (days->balance[2], ==, 120);
  g_assert_cmpint (days->balance[4], ==, 120);
  g_assert_cmpint (days->received[0], ==, 50);
  g_assert_cmpint (days->issued[1], ==, 10);
  g_assert_cmpint (days->issued[3], ==, 0);
  g_assert_null (fy_supplies_days (store, a, TODAY, "2026-11-01", &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);

  /* The reserve line (140 = 10 a day × 14 days) is amber across the plot. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 200);
  cr = cairo_create (surface);
  fy_supplies_draw_stock_chart (cr, days, 140, 400, 200);
  /* Amber, or amber blended with white at the line's anti-aliased edge. */
  for (int x = 190; x < 210; x++)
    for (int y = 0; y < 200; y++)
      {
        guint32 p = pixel (surface, x, y);
        amber = amber || ((p >> 16) > 0xb0 && ((p >> 8) & 0xff) > 0x70 && ((p >> 8) & 0xff) < 0xb0 && (p & 0xff) < 0x60);
      }
  g_assert_true (amber);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  /* Below its minimum of 200: a red bar. */
  stock = fy_supplies_stock (store, TODAY, 30, &error);
  g_assert_no_error (error);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 100);
  cr = cairo_create (surface);
  fy_supplies_draw_cover_bars (cr, stock, 30, 400, 100);
  for (int x = 160; x < 400; x++)
    red = red || pixel (surface, x, 24 + 10) == 0xc01c28;
  g_assert_true (red);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_format (void)
{
  g_autofree char *c1 = fy_supplies_format_cover (150);
  g_autofree char *c2 = fy_supplies_format_cover (7);
  g_autofree char *m1 = fy_supplies_format_milli (1250);
  g_autofree char *m2 = fy_supplies_format_milli (18000);
  g_autofree char *m3 = fy_supplies_format_milli (5);

  g_assert_cmpstr (c1, ==, "15.0");
  g_assert_cmpstr (c2, ==, "0.7");
  g_assert_cmpstr (m1, ==, "1.25");
  g_assert_cmpstr (m2, ==, "18");
  g_assert_cmpstr (m3, ==, "0.005");
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, TODAY);
  g_test_add_func ("/supplies-stock/view", test_stock_view);
  g_test_add_func ("/supplies-stock/format", test_format);
  g_test_add_func ("/supplies-stock/demo", test_demo);
  g_test_add_func ("/supplies-stock/chart", test_chart);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-demo-disinfection.c — the demo company's disinfection log: schedules
 * for the plant's and the dormitories' areas (the red isolation area, the
 * yellow observation area and the yellow dormitory raised to each shift by
 * the default risk rule, the canteen and toilets twice a day, the loading
 * yard "twice in 3 days", the finished-goods store after each truck) and
 * 30 days of entries with their dilutions. One area is behind schedule on
 * purpose: the toilets have had only their morning round for the last
 * three days, so they show as overdue on Today, the map layer and in the
 * gaps. (The loading yard was that area until the gate's demo: each truck
 * checked in there now writes its vehicle disinfection into the yard.)
 *
 * The 84 and the 75 % alcohol of the entries come from the Supplies stock
 * (the supplies demo, run before, issues neither by rule): each area opens
 * a 500 mL bottle when the concentrate of its rounds (alcohol: the volume,
 * used neat) needs one, and that entry takes it, first-expiry-first-out,
 * so the stock-out ledger and the disinfection log tell the same story.
 *
 * Like the rest of the demo, the data is Chinese and not translated; it is
 * generated in memory, then written with plain INSERTs inside the demo's
 * one transaction (after the zone maps). */
#include "config.h"

#include "fy-clock.h"
#include "fy-demo-private.h"
#include "fy-dilution.h"
#include "fy-disinfection.h"
#include "fy-store-private.h"

#define DAYS 30

typedef struct
{
  const char             *area;
  FyDisinfectionFrequency frequency;
  const char             *objects;
  FyDisinfectionMethod    method;
  FyDisinfectant          product;
  int                     target;        /* mg/L; alcohol: its strength */
  int                     volume_ml;
  int                     ventilation_min;
  const char             *executor;
  /* Hours of the day the rounds are done at, -1 ended. */
  int                     hours[4];
} ScheduleSpec;

static const ScheduleSpec specs[] = {
  { "临时隔离区", FY_DISINFECTION_DAILY, "floor,door_handles,surfaces,air", FY_DISINFECTION_SPRAY,
    FY_DISINFECTANT_CHLORINE84, 1000, 5000, 30, "周建国", { 6, 14, 22, -1 } },
  { "健康观察区", FY_DISINFECTION_DAILY, "floor,door_handles,surfaces", FY_DISINFECTION_WIPE,
    FY_DISINFECTANT_CHLORINE84, 500, 5000, 30, "周建国", { 7, 15, 23, -1 } },
  { "2号宿舍楼", FY_DISINFECTION_DAILY, "floor,door_handles,lifts", FY_DISINFECTION_WIPE,
    FY_DISINFECTANT_TABLET, 500, 10000, 30, "吴秀兰", { 7, 13, 21, -1 } },
  { "员工食堂", FY_DISINFECTION_TWICE_DAILY, "floor,surfaces", FY_DISINFECTION_WIPE,
    FY_DISINFECTANT_CHLORINE84, 500, 10000, 30, "吴秀兰", { 9, 14, -1 } },
  { "公共卫生间", FY_DISINFECTION_TWICE_DAILY, "floor,door_handles", FY_DISINFECTION_SPRAY,
    FY_DISINFECTANT_POWDER, 1000, 5000, 0, "吴秀兰", { 8, 16, -1 } },
  { "综合办公楼", FY_DISINFECTION_DAILY, "door_handles,lifts", FY_DISINFECTION_WIPE,
    FY_DISINFECTANT_ALCOHOL, 75, 500, 30, "郑丽", { 8, -1 } },
  { "1号门岗", FY_DISINFECTION_DAILY, "floor,door_handles", FY_DISINFECTION_SPRAY,
    FY_DISINFECTANT_CHLORINE84, 500, 5000, 0, "钱伟", { 7, -1 } },
  { "1号宿舍楼", FY_DISINFECTION_DAILY, "floor,door_handles,lifts", FY_DISINFECTION_WIPE,
    FY_DISINFECTANT_CHLORINE84, 500, 10000, 30, "吴秀兰", { 8, -1 } },
  { "质检中心", FY_DISINFECTION_DAILY, "air", FY_DISINFECTION_UV, FY_DISINFECTANT_NONE, 0, 0, 30, "郑丽",
    { 18, -1 } },
  { "装卸区", FY_DISINFECTION_TWO_PER_THREE_DAYS, "floor,vehicles,goods", FY_DISINFECTION_SPRAY,
    FY_DISINFECTANT_CHLORINE84, 500, 10000, 0, "孙强", { 17, -1 } },
  { "成品仓库", FY_DISINFECTION_PER_TRUCK, "vehicles,goods", FY_DISINFECTION_SPRAY,
    FY_DISINFECTANT_CHLORINE84, 500, 5000, 0, "孙强", { 10, 15, -1 } },
};

static gboolean
done_on (const ScheduleSpec *spec, int back, int round)
{
  /* The loading yard every other day; the toilets' afternoon round
   * skipped for the last three days (days back from today). */
  if (g_str_equal (spec->area, "装卸区"))
    return back % 2 == 0;
  if (g_str_equal (spec->area, "公共卫生间"))
    return round == 0 || back > 3;
  if (spec->frequency == FY_DISINFECTION_PER_TRUCK)
    return (back + round) % 3 != 0;
  return TRUE;
}

/* Now for the demo: the real time when today is the real day (entries
 * stop there), otherwise the middle of the demo's morning. */
static gint64
demo_instant (const char *today)
{
  gint64 start = fy_local_day_start (today);
  gint64 real = fy_clock_real_now ();

  if (real >= start && real < start + 86400)
    return real;
  return start + 10 * 3600 + 15 * 60;
}

gint64
fy_demo_area_id (FyStore *store, const char *name, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store, "SELECT id FROM zone_area WHERE name = ?1 ORDER BY id LIMIT 1",
                                                error);
  gint64 id = 0;

  if (stmt == NULL)
    return -1;
  fy_bind_text (stmt, 1, name);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

static gboolean
write_schedule (FyStore *store, const ScheduleSpec *spec, gint64 area, const char *start, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "INSERT INTO disinfection_schedule (area_id, frequency, objects, method, product, concentration,"
      " ventilation_min, start_day) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, area);
  fy_bind_text (stmt, 2, fy_disinfection_frequency_labels[spec->frequency].code);
  fy_bind_text (stmt, 3, spec->objects);
  fy_bind_text (stmt, 4, fy_disinfection_method_labels[spec->method].code);
  fy_bind_text (stmt, 5, fy_disinfectant_labels[spec->product].code);
  sqlite3_bind_int (stmt, 6, spec->target);
  sqlite3_bind_int (stmt, 7, spec->ventilation_min);
  fy_bind_text (stmt, 8, start);
  return fy_store_step_done (store, stmt, error);
}

/* The stock item a product is taken from (0: none taken), by its code in
 * the supplies demo. */
static gint64
stock_item (FyStore *store, FyDisinfectant product, GError **error)
{
  const char *code = product == FY_DISINFECTANT_CHLORINE84 ? "XD-001"
                     : product == FY_DISINFECTANT_ALCOHOL ? "XD-002" : NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;

  if (code == NULL)
    return 0;
  stmt = fy_store_prepare_cached (store, "SELECT id FROM supply_item WHERE code = ?1", error);
  if (stmt == NULL)
    return -1;
  fy_bind_text (stmt, 1, code);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

#define BOTTLE_ML 500.0

static gboolean
write_entry (FyStore *store, const ScheduleSpec *spec, gint64 area, gint64 at, const FyDilution *d,
             const char *checker, gint64 item, gint64 bottles, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "INSERT INTO disinfection_entry (at, area_id, area_name, objects, method, product, strength,"
      " concentration, volume_ml, concentrate, water_ml, contact_min, ventilation_min, executor, checker,"
      " supply_item_id, supply_qty)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, nullif (?16, 0), ?17)", error);
  FyDisinfectionEntry taken = { 0 };

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, at);
  sqlite3_bind_int64 (stmt, 2, area);
  fy_bind_text (stmt, 3, spec->area);
  fy_bind_text (stmt, 4, spec->objects);
  fy_bind_text (stmt, 5, fy_disinfection_method_labels[spec->method].code);
  fy_bind_text (stmt, 6, fy_disinfectant_labels[spec->product].code);
  sqlite3_bind_double (stmt, 7, fy_dilution_default_strength (spec->product));
  sqlite3_bind_int (stmt, 8, d->concentration);
  sqlite3_bind_int (stmt, 9, spec->volume_ml);
  sqlite3_bind_double (stmt, 10, d->concentrate);
  sqlite3_bind_int (stmt, 11, d->water_ml);
  sqlite3_bind_int (stmt, 12, d->contact_min);
  sqlite3_bind_int (stmt, 13, spec->ventilation_min);
  fy_bind_text (stmt, 14, spec->executor);
  fy_bind_text (stmt, 15, checker);
  sqlite3_bind_int64 (stmt, 16, bottles > 0 ? item : 0);
  sqlite3_bind_int64 (stmt, 17, bottles > 0 ? bottles : 0);
  if (!fy_store_step_done (store, stmt, error))
    return FALSE;
  if (bottles <= 0)
    return TRUE;
  taken.id = sqlite3_last_insert_rowid (fy_store_get_db (store));
  taken.at = at;
  taken.area_name = (char *) spec->area;
  taken.executor = (char *) spec->executor;
  taken.supply_item_id = item;
  taken.supply_qty = bottles;
  return fy_disinfection_consume_stock (store, &taken, error);
}

gboolean
fy_demo_populate_disinfection (FyDemo *demo, FyStore *store, GError **error)
{
  g_autofree char *today = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&demo->today),
                                            g_date_get_month (&demo->today), g_date_get_day (&demo->today));
  g_autofree char *checker = fy_store_get_setting (store, "officer");
  g_autoptr(GDateTime) midnight = fy_local_day_midnight (today);
  g_autoptr(GDateTime) first = g_date_time_add_days (midnight, -(DAYS - 1));
  g_autofree char *start = g_date_time_format (first, "%Y-%m-%d");
  gint64 now = demo_instant (today);

  g_return_val_if_fail (fy_store_in_transaction (store), FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      const ScheduleSpec *spec = &specs[i];
      FyDilutionInput input = { spec->product, fy_dilution_default_strength (spec->product), spec->target,
                                spec->volume_ml };
      FyDilution dilution;
      gint64 area = fy_demo_area_id (store, spec->area, error);
      gint64 item = stock_item (store, spec->product, error);
      double used_ml = 0;
      gint64 opened = 0;

      if (area < 0 || item < 0)
        return FALSE;
      if (area == 0)
        continue;   /* an area the zone step did not draw */
      if (!fy_dilution_compute (&input, &dilution, error) || !write_schedule (store, spec, area, start, error))
        return FALSE;
      for (int back = DAYS - 1; back >= 0; back--)
        {
          g_autoptr(GDateTime) day = g_date_time_add_days (midnight, -back);

          for (int r = 0; r < 4 && spec->hours[r] >= 0; r++)
            {
              /* A few minutes' jitter so the log looks written by hand. */
              gint64 at = g_date_time_to_unix (day) + spec->hours[r] * 3600 + fy_demo_rand (demo, 0, 40) * 60;

              gint64 bottles = 0;

              if (at > now || !done_on (spec, back, r))
                continue;
              if (item > 0)
                {
                  used_ml += spec->product == FY_DISINFECTANT_ALCOHOL ? spec->volume_ml : dilution.concentrate;
                  bottles = (gint64) ((used_ml + BOTTLE_ML - 1) / BOTTLE_ML) - opened;
                  opened += bottles;
                }
              if (!write_entry (store, spec, area, at, &dilution, checker ? checker : "", item, bottles, error))
                return FALSE;
            }
        }
    }
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-gate.c — the gate of a plant with three years of history: 200
 * visitors and 50 trucks a day for 1,095 days (about 274,000 visits, their
 * people, and outsiders who come back: a pool of 30,000 visitors and 4,000
 * drivers), written with direct SQL in one transaction. Today's 250
 * arrivals are expected, 40 earlier visitors are inside.
 *
 * One gate check = fy_gate_search by a plate tail (trucks) or the last 4
 * characters of an ID number (visitors) + fy_gate_get + fy_gate_evaluate +
 * fy_gate_check_in (a truck's vehicle disinfection entry included), each
 * run on another expected visit. The bare loop does the same job with the
 * same SQL by hand (search, the visit with its people and areas, the
 * rules in a few lines, then one transaction: the outsiders, the
 * disinfection entry, the visit, its people, an audit row). Prints median
 * and p95 of both, run alternately. Target: the app's median < 50 ms.
 * Usage: bench-gate [--runs N] [--keep FILE] */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "fy-bench.h"
#include "fy-bench-data.h"
#include "fy-clock.h"
#include "fy-disinfection.h"
#include "fy-gate.h"
#include "fy-test-support.h"
#include "fy-validate.h"
#include "fy-zone-map.h"

#define N_DAYS         1095   /* --days: fewer for the smoke test */
#define VISITORS_A_DAY 200
#define TRUCKS_A_DAY   50
#define VISITOR_POOL   30000
#define DRIVER_POOL    4000
#define INSIDE_NOW     40

static int n_days = N_DAYS;

typedef struct
{
  FyStore *store;
  char    *today;
  gint64   now;
  gint64   dock;
  GArray  *app_queue;    /* gint64 ids of today's expected visits, for the app */
  GArray  *bare_queue;   /* and for the bare loop */
  guint    next_app, next_bare;
} Bench;

static void
id_number_of (int n, char out[19])
{
  char first17[18];

  /* Unique for n < 40,000: the birth year from n / 1000, the sequence
   * number from n % 1000. */
  g_snprintf (first17, sizeof first17, "440106%04d%02d%02d%03d", 1960 + n / 1000, 1 + n % 12, 1 + n % 28,
              n % 1000);
  g_snprintf (out, 19, "%s%c", first17, fy_id_number_check_char (first17));
}

/* Outsider n: visitors first, then drivers; each has a unique ID number
 * (from n) and phone. */
static void
generate (Bench *b)
{
  sqlite3 *db = fy_store_get_db (b->store);
  sqlite3_stmt *out = NULL, *visit = NULL, *person = NULL;
  GRand *rand = g_rand_new_with_seed (15);
  gint64 today_start = fy_local_day_start (b->today);
  guint n_visits = 0, n_people = 0;

  fy_bench_exec (db, "BEGIN");
  sqlite3_prepare_v2 (db, "INSERT INTO outsider (id, name, id_number, phone, company, vaccine_doses, created_at)"
                          " VALUES (?1, ?2, ?3, ?4, '某某公司', 3, 0)", -1, &out, NULL);
  for (int n = 1; n <= VISITOR_POOL + DRIVER_POOL; n++)
    {
      char id[19];
      char phone[12];
      g_autofree char *name = g_strdup_printf ("%s%d", n > VISITOR_POOL ? "司机" : "访客", n);

      id_number_of (n, id);
      g_snprintf (phone, sizeof phone, "139%08d", n);
      sqlite3_bind_int (out, 1, n);
      sqlite3_bind_text (out, 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (out, 3, id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (out, 4, phone, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (out) != SQLITE_DONE)
        g_error ("outsider: %s", sqlite3_errmsg (db));
      sqlite3_reset (out);
    }
  sqlite3_prepare_v2 (db, "INSERT INTO gate_visit (kind, status, planned_at, declared_at, purpose, host_name, plate,"
                          " vehicle_type, cargo, unload_area_id, unload_name, arrived_at, left_at, checked_by, left_by)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, '王主管', ?6, ?7, ?8, ?9, ?10, ?11, ?12, '门卫', ?13)",
                      -1, &visit, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO gate_person (visit_id, position, outsider_id, code_colour, test_at,"
                          " test_result, vaccine_doses, temp1) VALUES (?1, ?2, ?3, 'green', ?4, 'negative', 3, ?5)",
                      -1, &person, NULL);
  for (int d = n_days; d >= 0; d--)
    {
      gint64 day_start = today_start - (gint64) d * 86400;

      for (int k = 0; k < VISITORS_A_DAY + TRUCKS_A_DAY; k++)
        {
          gboolean truck = k >= VISITORS_A_DAY;
          gint64 planned = day_start + 8 * 3600 + g_rand_int_range (rand, 0, 10 * 3600);
          gint64 arrived = planned + g_rand_int_range (rand, 0, 1800);
          gboolean expected = d == 0;
          gboolean inside = d == 0 && !truck && k < INSIDE_NOW;
          int riders = truck ? g_rand_int_range (rand, 0, 2) : (g_rand_int_range (rand, 0, 5) == 0 ? 1 : 0);
          char plate[32];
          gint64 visit_id;

          if (inside)
            {
              planned = today_start + 60 * k;
              arrived = planned;
              expected = FALSE;
            }
          if (truck)
            g_snprintf (plate, sizeof plate, "粤B%05d", g_rand_int_range (rand, 0, 100000));
          else
            plate[0] = '\0';
          sqlite3_bind_text (visit, 1, truck ? "truck" : "visitor", -1, SQLITE_STATIC);
          sqlite3_bind_text (visit, 2, expected ? "expected" : inside ? "inside" : "left", -1, SQLITE_STATIC);
          sqlite3_bind_int64 (visit, 3, planned);
          sqlite3_bind_int64 (visit, 4, planned - 2 * 86400);
          sqlite3_bind_text (visit, 5, truck ? "" : "商务洽谈", -1, SQLITE_STATIC);
          sqlite3_bind_text (visit, 6, plate, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (visit, 7, truck ? "box" : "", -1, SQLITE_STATIC);
          sqlite3_bind_text (visit, 8, truck ? "原材料" : "", -1, SQLITE_STATIC);
          if (truck)
            sqlite3_bind_int64 (visit, 9, b->dock);
          else
            sqlite3_bind_null (visit, 9);
          sqlite3_bind_text (visit, 10, truck ? "装卸区" : "", -1, SQLITE_STATIC);
          if (expected)
            {
              sqlite3_bind_null (visit, 11);
              sqlite3_bind_null (visit, 12);
            }
          else
            {
              sqlite3_bind_int64 (visit, 11, arrived);
              if (inside)
                sqlite3_bind_null (visit, 12);
              else
                sqlite3_bind_int64 (visit, 12, arrived + g_rand_int_range (rand, 1800, 5 * 3600));
            }
          sqlite3_bind_text (visit, 13, expected || inside ? "" : "门卫", -1, SQLITE_STATIC);
          if (sqlite3_step (visit) != SQLITE_DONE)
            g_error ("visit: %s", sqlite3_errmsg (db));
          sqlite3_reset (visit);
          visit_id = sqlite3_last_insert_rowid (db);
          n_visits++;
          if (expected)
            g_array_append_val (n_visits % 2 ? b->app_queue : b->bare_queue, visit_id);
          for (int p = 0; p <= riders; p++)
            {
              /* Repeat visitors: most come from a smaller regular pool. */
              int who = truck ? VISITOR_POOL + 1 + g_rand_int_range (rand, 0, DRIVER_POOL)
                              : 1 + g_rand_int_range (rand, 0, g_rand_int_range (rand, 0, 2) ? 3000 : VISITOR_POOL);

              sqlite3_bind_int64 (person, 1, visit_id);
              sqlite3_bind_int (person, 2, p);
              sqlite3_bind_int (person, 3, who);
              sqlite3_bind_int64 (person, 4, (expected ? b->now : arrived) - 10 * 3600);
              if (expected)
                sqlite3_bind_null (person, 5);
              else
                sqlite3_bind_int (person, 5, 360 + g_rand_int_range (rand, 0, 10));
              /* The same person twice on a visit breaks the key: skip. */
              if (sqlite3_step (person) == SQLITE_DONE)
                n_people++;
              sqlite3_reset (person);
            }
        }
    }
  sqlite3_finalize (out);
  sqlite3_finalize (visit);
  sqlite3_finalize (person);
  fy_bench_exec (db, "COMMIT");
  fy_bench_exec (db, "ANALYZE");
  g_rand_free (rand);
  g_print ("generated %u visits, %u people at the gate, %d outsiders over %d days\n", n_visits, n_people,
           VISITOR_POOL + DRIVER_POOL, n_days + 1);
}

/* What the officer types: a plate tail for a truck, the last 4 of the
 * first person's ID number for a visitor. */
static char *
query_for (Bench *b, gint64 visit_id)
{
  g_autofree char *sql = g_strdup_printf (
      "SELECT CASE WHEN v.kind = 'truck' THEN substr(v.plate, -5) ELSE substr(o.id_number, -4) END"
      " FROM gate_visit v JOIN gate_person p ON p.visit_id = v.id AND p.position = 0"
      " JOIN outsider o ON o.id = p.outsider_id WHERE v.id = %" G_GINT64_FORMAT, visit_id);
  sqlite3_stmt *stmt = NULL;
  char *query;

  sqlite3_prepare_v2 (fy_store_get_db (b->store), sql, -1, &stmt, NULL);
  sqlite3_step (stmt);
  query = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return query;
}

static void
app_check (gpointer data)
{
  Bench *b = data;
  gint64 id = g_array_index (b->app_queue, gint64, b->next_app++);
  g_autofree char *query = query_for (b, id);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(FyGateVisit) v = NULL;
  FyGateRules rules;
  FyGateCheckIn check = { 0 };
  gint64 match = 0;

  found = fy_gate_search (b->store, b->today, query, &error);
  fy_bench_die_on (error, "search");
  for (guint i = 0; i < found->len && match == 0; i++)
    if (((FyGateVisit *) g_ptr_array_index (found, i))->id == id)
      match = id;
  if (match == 0)
    g_error ("search for %s did not find visit %" G_GINT64_FORMAT, query, id);
  v = fy_gate_get (b->store, match, &error);
  fy_bench_die_on (error, "get");
  for (guint i = 0; i < v->people->len; i++)
    ((FyGatePerson *) g_ptr_array_index (v->people, i))->temp1 = 365;
  fy_gate_rules_load (b->store, &rules);
  check.visit = v;
  check.at = b->now;
  check.admit = fy_gate_evaluate (&rules, NULL, v, b->now) == 0;
  check.override_reason = check.admit ? NULL : "bench";
  if (v->kind == FY_GATE_TRUCK)
    {
      check.disinfected = TRUE;
      check.disinfection_product = FY_DISINFECTANT_CHLORINE84;
      check.disinfection_concentration = 500;
      check.disinfection_contact_min = 30;
      v->stayed_in_cab = 1;
    }
  if (!fy_gate_check_in (b->store, &check, &error))
    fy_bench_die_on (error, "check in");
}

/* ---- The bare loop: the same SQL by hand ----------------------------------- */

static sqlite3_stmt *
prep (sqlite3 *db, sqlite3_stmt **cache, const char *sql)
{
  if (*cache == NULL && sqlite3_prepare_v3 (db, sql, -1, SQLITE_PREPARE_PERSISTENT, cache, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  sqlite3_reset (*cache);
  sqlite3_clear_bindings (*cache);
  return *cache;
}

static void
step_done (sqlite3_stmt *stmt)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    g_error ("%s", sqlite3_errmsg (sqlite3_db_handle (stmt)));
  sqlite3_reset (stmt);
}

static void
bare_check (gpointer data)
{
  static sqlite3_stmt *search, *row, *people, *areas, *find, *upd, *disinfect, *visit, *del, *ins, *audit;
  Bench *b = data;
  sqlite3 *db = fy_store_get_db (b->store);
  gint64 id = g_array_index (b->bare_queue, gint64, b->next_bare++);
  g_autofree char *query = query_for (b, id);
  gint64 start = fy_local_day_start (b->today);
  gint64 outsiders[8], entry = 0;
  int temps[8], n = 0;
  gboolean truck, found = FALSE, fail = FALSE;
  sqlite3_stmt *s;

  s = prep (db, &search,
            "WITH cand (id) AS (SELECT id FROM gate_visit WHERE status = 'expected' AND planned_at >= ?1"
            " AND planned_at < ?2 UNION SELECT id FROM gate_visit WHERE status = 'inside')"
            " SELECT v.id FROM cand JOIN gate_visit v ON v.id = cand.id JOIN gate_person p ON p.visit_id = v.id"
            " JOIN outsider o ON o.id = p.outsider_id WHERE v.plate = ?3 OR substr(v.plate, -length(?3)) = ?3"
            " OR substr(o.id_number, -length(?3)) = ?3 OR substr(o.phone, -length(?3)) = ?3"
            " GROUP BY v.id ORDER BY v.planned_at");
  sqlite3_bind_int64 (s, 1, start - 86400);
  sqlite3_bind_int64 (s, 2, start + 86400);
  sqlite3_bind_text (s, 3, query, -1, SQLITE_STATIC);
  while (sqlite3_step (s) == SQLITE_ROW)
    found = found || sqlite3_column_int64 (s, 0) == id;
  sqlite3_reset (s);
  g_assert (found);
  s = prep (db, &row, "SELECT kind, status, planned_at, plate, unload_area_id FROM gate_visit WHERE id = ?1");
  sqlite3_bind_int64 (s, 1, id);
  sqlite3_step (s);
  truck = g_str_equal ((const char *) sqlite3_column_text (s, 0), "truck");
  sqlite3_reset (s);
  s = prep (db, &people, "SELECT p.outsider_id, o.id_number, o.phone, p.code_colour, p.test_at, p.test_result,"
                         " p.travel_risk FROM gate_person p JOIN outsider o ON o.id = p.outsider_id"
                         " WHERE p.visit_id = ?1 ORDER BY p.position");
  sqlite3_bind_int64 (s, 1, id);
  while (sqlite3_step (s) == SQLITE_ROW && n < 8)
    {
      outsiders[n] = sqlite3_column_int64 (s, 0);
      temps[n++] = 365;
      fail = fail || strcmp ((const char *) sqlite3_column_text (s, 3), "green") != 0
             || b->now - sqlite3_column_int64 (s, 4) > 48 * 3600
             || strcmp ((const char *) sqlite3_column_text (s, 5), "negative") != 0
             || strcmp ((const char *) sqlite3_column_text (s, 6), "low") != 0;
    }
  sqlite3_reset (s);
  s = prep (db, &areas, "SELECT area_id, area_name FROM gate_visit_area WHERE visit_id = ?1 ORDER BY position");
  sqlite3_bind_int64 (s, 1, id);
  while (sqlite3_step (s) == SQLITE_ROW)
    ;
  sqlite3_reset (s);
  g_assert (!fail);

  fy_bench_exec (db, "BEGIN IMMEDIATE");
  for (int i = 0; i < n; i++)
    {
      s = prep (db, &find, "SELECT id FROM outsider WHERE id = ?1");
      sqlite3_bind_int64 (s, 1, outsiders[i]);
      sqlite3_step (s);
      sqlite3_reset (s);
      s = prep (db, &upd, "UPDATE outsider SET name = name WHERE id = ?1");
      sqlite3_bind_int64 (s, 1, outsiders[i]);
      step_done (s);
    }
  if (truck)
    {
      s = prep (db, &disinfect, "INSERT INTO disinfection_entry (at, area_id, area_name, objects, method, product,"
                                " strength, concentration, contact_min, executor, note)"
                                " VALUES (?1, ?2, '装卸区', 'vehicles,goods', 'spray', 'chlorine84', 5, 500, 30, '门卫', '')");
      sqlite3_bind_int64 (s, 1, b->now);
      sqlite3_bind_int64 (s, 2, b->dock);
      step_done (s);
      entry = sqlite3_last_insert_rowid (db);
    }
  s = prep (db, &visit, "UPDATE gate_visit SET status = 'inside', arrived_at = ?2, checked_by = '门卫',"
                        " disinfection_entry_id = nullif(?3, 0), stayed_in_cab = CASE WHEN ?4 THEN 1 END WHERE id = ?1");
  sqlite3_bind_int64 (s, 1, id);
  sqlite3_bind_int64 (s, 2, b->now);
  sqlite3_bind_int64 (s, 3, entry);
  sqlite3_bind_int (s, 4, truck);
  step_done (s);
  s = prep (db, &del, "DELETE FROM gate_person WHERE visit_id = ?1");
  sqlite3_bind_int64 (s, 1, id);
  step_done (s);
  for (int i = 0; i < n; i++)
    {
      s = prep (db, &ins, "INSERT INTO gate_person (visit_id, position, outsider_id, code_colour, test_at,"
                          " test_result, temp1) VALUES (?1, ?2, ?3, 'green', ?4, 'negative', ?5)");
      sqlite3_bind_int64 (s, 1, id);
      sqlite3_bind_int (s, 2, i);
      sqlite3_bind_int64 (s, 3, outsiders[i]);
      sqlite3_bind_int64 (s, 4, b->now - 10 * 3600);
      sqlite3_bind_int (s, 5, temps[i]);
      step_done (s);
    }
  s = prep (db, &audit, "INSERT INTO audit (actor, entity, entity_id, action, new_value)"
                        " VALUES ('门卫', 'gate_visit', ?1, 'update', 'inside')");
  sqlite3_bind_int64 (s, 1, id);
  step_done (s);
  fy_bench_exec (db, "COMMIT");
}

static void
app_day_counts (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  FyGateDayCounts counts;

  if (!fy_gate_day_counts (b->store, b->today, b->now, &counts, &error))
    fy_bench_die_on (error, "day counts");
}

static void
app_lists (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) expected = fy_gate_list_expected (b->store, b->today, &error);
  g_autoptr(GPtrArray) inside = NULL;

  fy_bench_die_on (error, "expected");
  inside = fy_gate_list_inside (b->store, b->now, &error);
  fy_bench_die_on (error, "inside");
}

static double
percentile (double *sorted, guint n, double p)
{
  guint i = (guint) (p * (n - 1) + 0.5);

  return sorted[MIN (i, n - 1)];
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  int runs = 41;
  g_autofree char *keep = NULL;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Gate checks timed (median, p95)", "N" },
    { "days", 0, 0, G_OPTION_ARG_INT, &n_days, "Days of visits before today (default 1095)", "N" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "Write the database here and keep it", "FILE" },
    { NULL },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autofree double *app = NULL;
  g_autofree double *bare = NULL;
  g_autoptr(FyZoneMap) map = NULL;
  Bench b = { 0 };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    fy_bench_die_on (error, "options");
  runs = CLAMP (runs, 1, 45);   /* 25 trucks a queue: odd runs take them from the end */
  b.today = fy_today ();
  b.now = fy_local_day_start (b.today) + 12 * 3600;
  {
    /* The checks happen at noon today; the clock agrees. */
    g_autofree char *noon = g_strdup_printf ("%s 12:00", b.today);

    g_setenv ("FANGYI_NOW", noon, TRUE);
  }
  dir = g_dir_make_tmp ("fangyi-bench-gate-XXXXXX", &error);
  fy_bench_die_on (error, "tmpdir");
  db = keep ? g_strdup (keep) : g_build_filename (dir, "gate.db", NULL);
  b.store = fy_store_open (db, &error);
  fy_bench_die_on (error, "open");
  fy_store_set_actor (b.store, "门卫");
  map = fy_zone_map_create (b.store, "厂区", 100, 60, &error);
  fy_bench_die_on (error, "map");
  b.dock = fy_test_add_rect (map, "装卸区", FY_ZONE_LEVEL_GREEN, 0, 0, 20, 40);
  b.app_queue = g_array_new (FALSE, FALSE, sizeof (gint64));
  b.bare_queue = g_array_new (FALSE, FALSE, sizeof (gint64));
  generate (&b);

  app = g_new0 (double, runs);
  bare = g_new0 (double, runs);
  app_check (&b);    /* warm-up: statements, caches */
  bare_check (&b);
  for (int i = 0; i < runs; i++)
    {
      gint64 t0;

      /* Interleave trucks and visitors: the queues hold today's visits
       * in the order generated (visitors, then trucks). */
      b.next_app = b.next_bare = i % 2 ? b.app_queue->len - 1 - (guint) i / 2 : 1 + (guint) i / 2;
      t0 = g_get_monotonic_time ();
      app_check (&b);
      app[i] = (g_get_monotonic_time () - t0) / 1000.0;
      t0 = g_get_monotonic_time ();
      bare_check (&b);
      bare[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  qsort (app, runs, sizeof (double), fy_bench_cmp_double);
  qsort (bare, runs, sizeof (double), fy_bench_cmp_double);
  g_print ("%-44s app %7.2f ms (p95 %7.2f)   bare %7.2f ms (p95 %7.2f)   ratio %5.2f%s\n",
           "gate check: search + get + rules + check in", percentile (app, runs, 0.5),
           percentile (app, runs, 0.95), percentile (bare, runs, 0.5), percentile (bare, runs, 0.95),
           percentile (app, runs, 0.5) / MAX (percentile (bare, runs, 0.5), 0.001),
           percentile (app, runs, 0.5) >= 50 ? "  OVER (target < 50 ms)" : "  (target < 50 ms)");

  g_print ("%-44s app %7.2f ms\n", "the day's counts (Today)", fy_bench_median_ms (11, NULL, app_day_counts, &b));
  g_print ("%-44s app %7.2f ms\n", "expected today + inside now, with people",
           fy_bench_median_ms (11, NULL, app_lists, &b));

  g_clear_object (&map);
  fy_store_close (b.store);
  g_object_unref (b.store);
  if (keep == NULL)
    {
      g_autofree char *wal = g_strconcat (db, "-wal", NULL);
      g_autofree char *shm = g_strconcat (db, "-shm", NULL);

      g_unlink (db);
      g_unlink (wal);
      g_unlink (shm);
    }
  g_rmdir (dir);
  g_array_unref (b.app_queue);
  g_array_unref (b.bare_queue);
  g_free (b.today);
  return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-demo-private.h — shared by the steps of the demo company (fy-demo*.c).
 *
 * A step in two halves: fy_demo_generate_THING builds and validates records
 * in memory (before BEGIN, drawing only from demo->rand so that a seed gives
 * one company); fy-demo.c writes them inside the one transaction. */
#pragma once

#include <glib.h>

#include "fy-error.h"
#include "fy-staff.h"
#include "fy-store.h"

G_BEGIN_DECLS

typedef struct
{
  GRand     *rand;
  GDate      today;      /* ages, leaving dates… are relative to it */
  GPtrArray *staff;      /* FyStaff*, validated, saved in this order */
  struct _FyDemoZones *zones;   /* fy-demo-zones.c, NULL until generated */
} FyDemo;

/* A whole number in [lo, hi]. */
int       fy_demo_rand           (FyDemo   *demo,
                                  int       lo,
                                  int       hi);
gboolean  fy_demo_chance         (FyDemo   *demo,
                                  guint     percent);

/* fy-demo-staff.c: the roster. */
gboolean  fy_demo_generate_staff (FyDemo   *demo,
                                  GError  **error);

/* fy-demo-health.c: the last 30 days of temperatures, tests, vaccination,
 * trips and quarantines. Unlike the roster it is drawn while writing,
 * inside the demo's transaction (after the roster and the settings): it
 * needs the saved ids and the health rules' own SQL. */
gboolean  fy_demo_populate_health (FyDemo  *demo,
                                   FyStore *store,
                                   GError **error);
/* fy-demo-zones.c: the zone maps (厂区, 宿舍区) with areas, grids, symbols,
 * who works where and a few days of level history. Generate after the
 * staff; populate after the staff are saved (it needs their ids). */
gboolean  fy_demo_generate_zones (FyDemo   *demo,
                                  GError  **error);
gboolean  fy_demo_populate_zones (FyDemo   *demo,
                                  FyStore  *store,
                                  GError  **error);
void      fy_demo_zones_free     (struct _FyDemoZones *zones);
/* fy-demo-supplies.c: 40 items and 90 days of stock movements. Populate
 * last: the planned use follows the final headcount and areas. */
gboolean  fy_demo_populate_supplies (FyDemo  *demo,
                                     FyStore *store,
                                     GError **error);

/* fy-demo-plans.c: the task force, plan register, checklists with their
 * corrective actions, a drill and a finished emergency procedure. Populate
 * after the health step (the emergency links its close contacts). */
gboolean  fy_demo_populate_plans (FyDemo   *demo,
                                  FyStore  *store,
                                  GError  **error);

/* fy-demo-disinfection.c: schedules and 30 days of disinfections, after
 * the zones, one area behind schedule. */
gboolean  fy_demo_populate_disinfection (FyDemo  *demo,
                                         FyStore *store,
                                         GError **error);

/* fy-demo-disinfection.c: the id of the first zone area called `name`, 0
 * when there is none, -1 with `error` set on a failure of the store. */
gint64    fy_demo_area_id        (FyStore  *store,
                                  const char *name,
                                  GError  **error);

/* fy-demo-gate.c: 30 days of visitors and trucks at the gate and the
 * register of events over 200 people. Populate after the zones, the roster
 * and the disinfection step (trucks write their disinfection entries). */
gboolean  fy_demo_populate_gate  (FyDemo   *demo,
                                  FyStore  *store,
                                  GError  **error);

/* fy-demo-plan.c: floor plans drawn by the app, as PNG bytes (owned), with
 * their size in metres. */
typedef enum
{
  FY_DEMO_PLAN_PLANT,
  FY_DEMO_PLAN_DORMS,
} FyDemoPlan;

GBytes   *fy_demo_draw_plan      (FyDemoPlan  which,
                                  double     *width_m,
                                  double     *height_m,
                                  GError    **error);

G_END_DECLS

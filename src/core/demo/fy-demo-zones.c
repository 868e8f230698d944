/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-demo-zones.c — the demo company's zone maps: the plant (厂区) and the
 * dormitory compound (宿舍区) on floor plans the app draws itself
 * (fy-demo-plan.c), 25 areas of all four levels, grids with leaders from
 * the roster, the symbols of the issue (isolation point inside red,
 * observation point inside yellow, gates with place codes, sampling booth,
 * disinfection, delivery locker, truck loading), everyone at work placed in
 * the area of their department (team → grid), and six days of history:
 * 涂装车间 went green → yellow → blue, 2号宿舍楼 turned yellow, and this
 * morning the loading yard turned blue.
 *
 * The story on the map: a painter's family member tested positive, the
 * paint shop was handled as close contacts, then moved on to observation.
 * One warning is deliberate: more logistics staff are assigned to the
 * loading yard than its limit of people working there at once.
 *
 * Like the roster, the data is Chinese and not translated. Everything is
 * built and validated before BEGIN (fy_demo_generate_zones) and written in
 * the demo's one transaction (fy_demo_populate_zones) with plain INSERTs:
 * the map's own edit functions each open a transaction of their own. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-demo-private.h"
#include "fy-store-private.h"
#include "fy-zone-map-private.h"   /* fy_zone_points_to_text: the stored geometry format */

/* ---- The plan ----------------------------------------------------------- */

typedef struct
{
  const char  *name;
  FyDemoPlan   plan;
} MapSpec;

static const MapSpec map_specs[] = {
  { "厂区", FY_DEMO_PLAN_PLANT },
  { "宿舍区", FY_DEMO_PLAN_DORMS },
};

/* Who leads: the first person (not left) of the department (and team, if
 * given) with the post; failing that, the first person of the team. */
typedef struct
{
  const char *department;
  const char *team;
  const char *post;
} LeaderSpec;

#define NO_LEADER { NULL, NULL, NULL }

typedef struct
{
  guint           map;
  const char     *name;
  FyZoneLevel     level;       /* now; earlier levels come from `changes` */
  FyZoneFunction  function;
  const char     *place_code;
  int             capacity;
  const char     *note;
  double          x0, y0, x1, y1;   /* a rectangle unless `polygon` is set */
  const FyPoint  *polygon;
  guint           n_polygon;
  LeaderSpec      leader;
} AreaSpec;

#define G FY_ZONE_LEVEL_GREEN
#define B FY_ZONE_LEVEL_BLUE
#define Y FY_ZONE_LEVEL_YELLOW
#define R FY_ZONE_LEVEL_RED
#define F(x) FY_ZONE_FUNCTION_##x

/* The yard in front of the warehouses: wide along the bays, narrower where
 * the trucks turn out through the east gate. */
static const FyPoint loading_yard[] = {
  { 156, 100 }, { 232, 100 }, { 232, 128 }, { 204, 128 }, { 204, 118 }, { 156, 118 },
};

/* Drawing order: roads first so that buildings lie on top. */
static const AreaSpec area_specs[] = {
  /* 厂区 */
  { 0, "中央主干道", G, F (ROAD), "", 0, "东西向主干道，人车分流", 4, 54, 236, 66, NULL, 0, NO_LEADER },
  { 0, "南北通道", G, F (ROAD), "", 0, "1号门至中央主干道", 134, 66, 152, 142, NULL, 0, NO_LEADER },
  { 0, "冲压车间", G, F (WORKSHOP), "320506-CHJM-0101", 60, "1#厂房", 8, 8, 56, 50, NULL, 0,
    { "冲压车间", NULL, "车间主任" } },
  { 0, "焊装车间", G, F (WORKSHOP), "320506-CHJM-0102", 60, "2#厂房", 62, 8, 110, 50, NULL, 0,
    { "焊装车间", NULL, "车间主任" } },
  { 0, "涂装车间", B, F (WORKSHOP), "320506-CHJM-0103", 40, "3#厂房；解除黄区后观察3天", 116, 8, 156, 50, NULL, 0,
    { "涂装车间", NULL, "车间主任" } },
  { 0, "动力站及设备维修间", G, F (OTHER), "320506-CHJM-0104", 15, "空压站、配电房、维修间", 162, 8, 194, 50, NULL, 0,
    { "设备部", NULL, "设备部部长" } },
  { 0, "临时隔离区", R, F (OTHER), "320506-CHJM-0901", 4, "单人单间，独立卫生间；待转运人员暂留", 212, 8, 232, 26,
    NULL, 0, { "行政部", "综合组", "防疫专员" } },
  { 0, "健康观察区", Y, F (OTHER), "320506-CHJM-0902", 8, "密接人员转运前观察", 212, 32, 232, 50, NULL, 0,
    { "行政部", "综合组", "安全员" } },
  { 0, "机加工车间", G, F (WORKSHOP), "320506-CHJM-0105", 40, "4#厂房", 8, 70, 52, 112, NULL, 0,
    { "机加工车间", NULL, "车间主任" } },
  { 0, "总装车间", G, F (WORKSHOP), "320506-CHJM-0106", 70, "5#厂房", 58, 70, 130, 112, NULL, 0,
    { "总装车间", NULL, "车间主任" } },
  { 0, "原材料仓库", G, F (WAREHOUSE), "320506-CHJM-0201", 15, "1#仓库；来料在此检验", 156, 70, 188, 98, NULL, 0,
    { "仓储物流部", "仓库组", "组长" } },
  { 0, "成品仓库", G, F (WAREHOUSE), "320506-CHJM-0202", 15, "2#仓库", 194, 70, 232, 98, NULL, 0,
    { "仓储物流部", NULL, "仓储物流部部长" } },
  { 0, "装卸区", B, F (LOADING_DOCK), "320506-CHJM-0203", 6, "限同时作业6人；司机不下车，即停即卸即走", 0, 0, 0, 0,
    loading_yard, G_N_ELEMENTS (loading_yard), { "仓储物流部", "物流组", "组长" } },
  { 0, "综合办公楼", G, F (OFFICE), "320506-CHJM-0301", 60, "一层行政，二层销售，三层总经办", 8, 120, 52, 156, NULL, 0,
    { "行政部", NULL, "行政部经理" } },
  { 0, "质检中心", G, F (OFFICE), "320506-CHJM-0302", 20, "质检楼", 58, 120, 86, 156, NULL, 0,
    { "质量部", NULL, "质量部经理" } },
  { 0, "员工食堂", G, F (CANTEEN), "320506-CHJM-0401", 120, "分时段就餐，隔板就座", 92, 120, 130, 156, NULL, 0,
    { "后勤保障部", "食堂", "后勤保障部部长" } },
  { 0, "公共卫生间", G, F (TOILET), "320506-CHJM-0402", 0, "每日消杀4次", 156, 124, 170, 134, NULL, 0,
    { "后勤保障部", "保洁", "保洁组长" } },
  { 0, "1号门岗", B, F (ENTRANCE), "320506-CHJM-0001", 10, "人员主入口：测温、验码、登记", 134, 142, 152, 160, NULL, 0,
    { "后勤保障部", "保安", "保安队长" } },
  { 0, "访客缓冲区", B, F (OUTDOOR), "320506-CHJM-0002", 10, "外来人员在此等候核验", 156, 138, 178, 156, NULL, 0,
    { "后勤保障部", "保安", "保安队长" } },
  { 0, "停车场", G, F (OUTDOOR), "", 0, "", 184, 134, 232, 156, NULL, 0, NO_LEADER },
  /* 宿舍区 */
  { 1, "1号宿舍楼", G, F (DORMITORY), "320506-CHJM-0501", 0, "床位240张，车间男职工", 8, 8, 32, 40, NULL, 0,
    { "行政部", "综合组", "行政专员" } },
  { 1, "2号宿舍楼", Y, F (DORMITORY), "320506-CHJM-0502", 0, "床位120张；涂装车间密接人员集中居住", 40, 8, 64, 40,
    NULL, 0, { "行政部", "综合组", "安全员" } },
  { 1, "3号宿舍楼", G, F (DORMITORY), "320506-CHJM-0503", 0, "床位120张，女职工", 72, 8, 96, 40, NULL, 0,
    { "行政部", "人事组", "人事专员" } },
  { 1, "过渡宿舍", B, F (DORMITORY), "320506-CHJM-0504", 12, "外地返岗人员厂内健康观察", 8, 48, 30, 60, NULL, 0,
    { "行政部", "综合组", "防疫专员" } },
  { 1, "宿舍区门岗", G, F (ENTRANCE), "320506-CHJM-0003", 4, "", 48, 52, 62, 64, NULL, 0,
    { "后勤保障部", "保安", "保安队长" } },
};

#undef G
#undef B
#undef Y
#undef R
#undef F

/* Grids: an optional outline (all zero = none) inside the area. */
typedef struct
{
  const char *area;
  const char *name;
  LeaderSpec  leader;
  double      x0, y0, x1, y1;
} GridSpec;

static const GridSpec grid_specs[] = {
  { "冲压车间", "冲压甲班网格", { "冲压车间", "甲班", "班长" }, 8, 8, 24, 50 },
  { "冲压车间", "冲压乙班网格", { "冲压车间", "乙班", "班长" }, 24, 8, 40, 50 },
  { "冲压车间", "冲压丙班网格", { "冲压车间", "丙班", "班长" }, 40, 8, 56, 50 },
  { "焊装车间", "焊装甲班网格", { "焊装车间", "甲班", "班长" }, 62, 8, 78, 50 },
  { "焊装车间", "焊装乙班网格", { "焊装车间", "乙班", "班长" }, 78, 8, 94, 50 },
  { "焊装车间", "焊装丙班网格", { "焊装车间", "丙班", "班长" }, 94, 8, 110, 50 },
  { "涂装车间", "涂装甲班网格", { "涂装车间", "甲班", "班长" }, 116, 8, 136, 50 },
  { "涂装车间", "涂装乙班网格", { "涂装车间", "乙班", "班长" }, 136, 8, 156, 50 },
  { "机加工车间", "机加一组网格", { "机加工车间", "一组", "组长" }, 8, 70, 30, 112 },
  { "机加工车间", "机加二组网格", { "机加工车间", "二组", "组长" }, 30, 70, 52, 112 },
  { "总装车间", "总装一组网格", { "总装车间", "一组", "组长" }, 58, 70, 76, 112 },
  { "总装车间", "总装二组网格", { "总装车间", "二组", "组长" }, 76, 70, 94, 112 },
  { "总装车间", "总装三组网格", { "总装车间", "三组", "组长" }, 94, 70, 112, 112 },
  { "总装车间", "总装四组网格", { "总装车间", "四组", "组长" }, 112, 70, 130, 112 },
  { "动力站及设备维修间", "动力站网格", { "设备部", "动力组", "组长" }, 162, 8, 194, 30 },
  { "动力站及设备维修间", "维修间网格", { "设备部", "维修组", "组长" }, 162, 34, 194, 50 },
  { "质检中心", "过程检验网格", { "质量部", "过程检验组", "组长" }, 0, 0, 0, 0 },
  { "质检中心", "成品检验网格", { "质量部", "成品检验组", "组长" }, 0, 0, 0, 0 },
  { "综合办公楼", "行政网格", { "行政部", "综合组", "防疫专员" }, 0, 0, 0, 0 },
  { "综合办公楼", "销售网格", { "销售部", NULL, "销售部经理" }, 0, 0, 0, 0 },
  { "综合办公楼", "总经办网格", { "总经办", NULL, "总经理" }, 0, 0, 0, 0 },
};

/* Where people work: department (and team) → area, and grid. Several
 * areas separated by '|' share the team out in turn. First match wins. */
typedef struct
{
  const char *department;
  const char *team;        /* NULL = every team */
  const char *areas;
  const char *grid;        /* NULL = no grid */
} PlacementSpec;

static const PlacementSpec placement_specs[] = {
  { "冲压车间", "甲班", "冲压车间", "冲压甲班网格" },
  { "冲压车间", "乙班", "冲压车间", "冲压乙班网格" },
  { "冲压车间", "丙班", "冲压车间", "冲压丙班网格" },
  { "焊装车间", "甲班", "焊装车间", "焊装甲班网格" },
  { "焊装车间", "乙班", "焊装车间", "焊装乙班网格" },
  { "焊装车间", "丙班", "焊装车间", "焊装丙班网格" },
  { "涂装车间", "甲班", "涂装车间", "涂装甲班网格" },
  { "涂装车间", "乙班", "涂装车间", "涂装乙班网格" },
  { "机加工车间", "一组", "机加工车间", "机加一组网格" },
  { "机加工车间", "二组", "机加工车间", "机加二组网格" },
  { "总装车间", "一组", "总装车间", "总装一组网格" },
  { "总装车间", "二组", "总装车间", "总装二组网格" },
  { "总装车间", "三组", "总装车间", "总装三组网格" },
  { "总装车间", "四组", "总装车间", "总装四组网格" },
  { "质量部", "来料检验组", "原材料仓库", NULL },
  { "质量部", "过程检验组", "质检中心", "过程检验网格" },
  { "质量部", "成品检验组", "质检中心", "成品检验网格" },
  { "仓储物流部", "仓库组", "成品仓库|原材料仓库", NULL },
  { "仓储物流部", "物流组", "装卸区", NULL },
  { "设备部", "维修组", "动力站及设备维修间", "维修间网格" },
  { "设备部", "动力组", "动力站及设备维修间", "动力站网格" },
  { "行政部", NULL, "综合办公楼", "行政网格" },
  { "销售部", NULL, "综合办公楼", "销售网格" },
  { "总经办", NULL, "综合办公楼", "总经办网格" },
  { "后勤保障部", "食堂", "员工食堂", NULL },
  { "后勤保障部", "保洁", "1号宿舍楼|3号宿舍楼|公共卫生间|2号宿舍楼|综合办公楼", NULL },
  { "后勤保障部", "保安", "1号门岗|1号门岗|宿舍区门岗", NULL },
};

/* Staff back from elsewhere under in-plant observation live in the blue
 * transition dormitory; people isolated off site are on no map. */
#define OBSERVATION_AREA "过渡宿舍"

typedef struct
{
  guint            map;
  FyZonePointKind  kind;
  double           x, y;
  const char      *name;
  const char      *place_code;
} PointSpec;

static const PointSpec point_specs[] = {
  { 0, FY_ZONE_POINT_ISOLATION, 228, 22, "临时隔离点", "" },
  { 0, FY_ZONE_POINT_OBSERVATION, 228, 46, "健康观察点", "" },
  { 0, FY_ZONE_POINT_ENTRANCE, 143, 160, "1号门（人员主入口）", "320506-CHJM-M001" },
  { 0, FY_ZONE_POINT_ENTRANCE, 236, 116, "2号门（物流门）", "320506-CHJM-M002" },
  { 0, FY_ZONE_POINT_SAMPLING, 159, 153, "核酸采样屋", "" },
  { 0, FY_ZONE_POINT_LOCKER, 175, 153, "快递柜（无接触取件）", "" },
  { 0, FY_ZONE_POINT_DISINFECTION, 226, 114, "车辆消杀点", "" },
  { 0, FY_ZONE_POINT_DISINFECTION, 143, 139, "人员消杀通道", "" },
  { 0, FY_ZONE_POINT_TRUCK_LOADING, 182, 109, "货车装卸点", "" },
  { 1, FY_ZONE_POINT_ENTRANCE, 55, 64, "宿舍区大门", "320506-CHJM-M003" },
  { 1, FY_ZONE_POINT_OBSERVATION, 58, 35, "2号楼观察点", "" },
  { 1, FY_ZONE_POINT_DISINFECTION, 44, 56, "宿舍区消杀点", "" },
};

/* Level changes after the areas were drawn: days before today, time. */
typedef struct
{
  const char  *area;
  int          days_ago;
  int          hour, minute;
  FyZoneLevel  from, to;
  const char  *reason;
} ChangeSpec;

#define DRAWN_DAYS_AGO 6

static const ChangeSpec change_specs[] = {
  { "涂装车间", 4, 10, 15, FY_ZONE_LEVEL_GREEN, FY_ZONE_LEVEL_YELLOW,
    "乙班一名员工的同住家属核酸阳性，全车间按密接管理" },
  { "2号宿舍楼", 4, 10, 40, FY_ZONE_LEVEL_GREEN, FY_ZONE_LEVEL_YELLOW,
    "涂装车间密接人员集中居住，整栋封闭管理" },
  { "涂装车间", 1, 9, 30, FY_ZONE_LEVEL_YELLOW, FY_ZONE_LEVEL_BLUE,
    "全员连续3次核酸阴性，解除黄区，转蓝区观察3天" },
  { "装卸区", 0, 8, 40, FY_ZONE_LEVEL_GREEN, FY_ZONE_LEVEL_BLUE,
    "外省货车司机增多，装卸区按蓝区管理" },
};

/* ---- Generated records --------------------------------------------------- */

typedef struct
{
  char    *name;
  double   width_m;
  double   height_m;
  GBytes  *png;
  int      png_width;
  int      png_height;
  gint64   id;
} DemoMap;

typedef struct
{
  const AreaSpec *spec;
  FyZoneArea     *area;     /* validated; id set when written */
  FyZoneLevel     first;    /* the level it was drawn with */
  FyStaff        *leader;   /* borrowed from demo->staff */
} DemoArea;

typedef struct
{
  guint     area;           /* index into areas */
  FyZoneGrid *grid;
  FyStaff  *leader;
} DemoGrid;

typedef struct
{
  FyStaff *staff;
  guint    area;
  int      grid;            /* index into grids, -1 = none */
} DemoPlacement;

typedef struct
{
  guint        map;
  FyZonePoint *point;       /* validated */
} DemoPoint;

struct _FyDemoZones
{
  DemoMap    maps[G_N_ELEMENTS (map_specs)];
  GArray    *areas;         /* DemoArea */
  GArray    *grids;         /* DemoGrid */
  GArray    *placements;    /* DemoPlacement */
  GArray    *points;        /* DemoPoint */
  char      *reasons[G_N_ELEMENTS (change_specs)];   /* normalised like typed ones */
  GDate      today;
  const char *actor;        /* the prevention officer's name */
};

static void
demo_area_clear (DemoArea *a)
{
  fy_zone_area_free (a->area);
}

static void
demo_grid_clear (DemoGrid *g)
{
  fy_zone_grid_free (g->grid);
}

static void
demo_point_clear (DemoPoint *p)
{
  fy_zone_point_free (p->point);
}

void
fy_demo_zones_free (struct _FyDemoZones *z)
{
  if (z == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (z->maps); i++)
    {
      g_free (z->maps[i].name);
      g_clear_pointer (&z->maps[i].png, g_bytes_unref);
    }
  g_array_unref (z->areas);
  g_array_unref (z->grids);
  g_array_unref (z->placements);
  g_array_unref (z->points);
  for (guint i = 0; i < G_N_ELEMENTS (z->reasons); i++)
    g_free (z->reasons[i]);
  g_free (z);
}

/* ---- Generating ---------------------------------------------------------- */

static gboolean
is_present (const FyStaff *s)
{
  return s->status != FY_STAFF_LEFT;
}

static FyStaff *
find_leader (FyDemo *demo, const LeaderSpec *spec)
{
  FyStaff *fallback = NULL;

  if (spec->department == NULL)
    return NULL;
  for (guint i = 0; i < demo->staff->len; i++)
    {
      FyStaff *s = g_ptr_array_index (demo->staff, i);
      if (!is_present (s) || !g_str_equal (s->department, spec->department)
          || (spec->team && !g_str_equal (s->team, spec->team)))
        continue;
      if (g_str_equal (s->post, spec->post))
        return s;
      if (fallback == NULL)
        fallback = s;
    }
  return fallback;
}

static int
find_area (struct _FyDemoZones *z, const char *name)
{
  for (guint i = 0; i < z->areas->len; i++)
    if (g_str_equal (g_array_index (z->areas, DemoArea, i).spec->name, name))
      return (int) i;
  return -1;
}

static int
find_grid (struct _FyDemoZones *z, const char *name)
{
  for (guint i = 0; i < z->grids->len; i++)
    if (g_str_equal (g_array_index (z->grids, DemoGrid, i).grid->name, name))
      return (int) i;
  return -1;
}

/* A mistake in the tables above is a programming error, but say so as a
 * sentence rather than crash. */
static gboolean
table_error (GError **error, const char *what)
{
  g_set_error (error, FY_ERROR, FY_ERROR_FAILED,
               /* Translators: %s names the faulty entry (in Chinese). */
               _("The demo zone map is inconsistent (%s). Please report this problem."), what);
  return FALSE;
}

static gboolean
generate_maps (struct _FyDemoZones *z, GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (map_specs); i++)
    {
      DemoMap *m = &z->maps[i];
      const char *type = NULL;

      m->name = g_strdup (map_specs[i].name);
      m->png = fy_demo_draw_plan (map_specs[i].plan, &m->width_m, &m->height_m, error);
      /* The image must pass the same checks as one the officer imports. */
      if (m->png == NULL || !fy_zone_check_image (m->png, &type, &m->png_width, &m->png_height, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
generate_areas (FyDemo *demo, struct _FyDemoZones *z, GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (area_specs); i++)
    {
      const AreaSpec *spec = &area_specs[i];
      DemoArea a = { spec, fy_zone_area_new (), spec->level, NULL };

      g_free (a.area->name);
      a.area->name = g_strdup (spec->name);
      g_free (a.area->place_code);
      a.area->place_code = g_strdup (spec->place_code);
      g_free (a.area->note);
      a.area->note = g_strdup (spec->note);
      a.area->level = spec->level;
      a.area->function = spec->function;
      a.area->capacity = spec->capacity;
      a.area->z = i;
      if (spec->polygon)
        {
          a.area->shape = FY_ZONE_SHAPE_POLYGON;
          fy_zone_area_set_points (a.area, spec->polygon, spec->n_polygon);
        }
      else
        {
          FyPoint corners[4];
          a.area->shape = FY_ZONE_SHAPE_RECT;
          fy_rect_to_polygon (&(FyRect) { spec->x0, spec->y0, spec->x1, spec->y1 }, corners);
          fy_zone_area_set_points (a.area, corners, 4);
        }
      a.leader = find_leader (demo, &spec->leader);
      g_array_append_val (z->areas, a);
      if (!fy_zone_area_validate (a.area, error))
        return FALSE;
      if (spec->leader.department && a.leader == NULL)
        return table_error (error, spec->name);
    }

  /* Each area starts at the level its first recorded change left. */
  for (guint i = 0; i < G_N_ELEMENTS (change_specs); i++)
    {
      int k = find_area (z, change_specs[i].area);
      if (k < 0)
        return table_error (error, change_specs[i].area);
    }
  for (guint k = 0; k < z->areas->len; k++)
    {
      DemoArea *a = &g_array_index (z->areas, DemoArea, k);
      for (guint i = 0; i < G_N_ELEMENTS (change_specs); i++)
        if (g_str_equal (change_specs[i].area, a->spec->name))
          {
            a->first = change_specs[i].from;
            break;
          }
    }
  return TRUE;
}

static gboolean
generate_grids (FyDemo *demo, struct _FyDemoZones *z, GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (grid_specs); i++)
    {
      const GridSpec *spec = &grid_specs[i];
      int area = find_area (z, spec->area);
      DemoGrid g = { 0 };

      if (area < 0)
        return table_error (error, spec->name);
      g.area = (guint) area;
      g.grid = fy_zone_grid_new ();
      g_free (g.grid->name);
      g.grid->name = g_strdup (spec->name);
      if (spec->x1 > spec->x0)
        {
          FyPoint corners[4];
          fy_rect_to_polygon (&(FyRect) { spec->x0, spec->y0, spec->x1, spec->y1 }, corners);
          g.grid->points = g_memdup2 (corners, sizeof corners);
          g.grid->n_points = 4;
        }
      g.leader = find_leader (demo, &spec->leader);
      g_array_append_val (z->grids, g);
      if (!fy_zone_validate_text_field (&g.grid->name, 64, _("grid name"), error))
        return FALSE;
      if (g.leader == NULL)
        return table_error (error, spec->name);
    }
  return TRUE;
}

static const PlacementSpec *
placement_for (const FyStaff *s)
{
  for (guint i = 0; i < G_N_ELEMENTS (placement_specs); i++)
    {
      const PlacementSpec *p = &placement_specs[i];
      if (g_str_equal (p->department, s->department) && (p->team == NULL || g_str_equal (p->team, s->team)))
        return p;
    }
  return NULL;
}

static gboolean
generate_placements (FyDemo *demo, struct _FyDemoZones *z, GError **error)
{
  g_autoptr(GHashTable) turns = g_hash_table_new (g_direct_hash, g_direct_equal);
  int observation = find_area (z, OBSERVATION_AREA);

  if (observation < 0)
    return table_error (error, OBSERVATION_AREA);
  for (guint i = 0; i < demo->staff->len; i++)
    {
      FyStaff *s = g_ptr_array_index (demo->staff, i);
      DemoPlacement p = { s, 0, -1 };
      const PlacementSpec *spec;

      if (s->status == FY_STAFF_LEFT || s->status == FY_STAFF_HOME_ISOLATION
          || s->status == FY_STAFF_CENTRAL_ISOLATION)
        continue;
      if (s->status == FY_STAFF_OBSERVATION)
        p.area = (guint) observation;
      else if ((spec = placement_for (s)) != NULL)
        {
          g_auto(GStrv) areas = g_strsplit (spec->areas, "|", -1);
          guint turn = GPOINTER_TO_UINT (g_hash_table_lookup (turns, spec));
          int area = find_area (z, areas[turn % g_strv_length (areas)]);

          g_hash_table_insert (turns, (gpointer) spec, GUINT_TO_POINTER (turn + 1));
          if (area < 0)
            return table_error (error, spec->areas);
          p.area = (guint) area;
          if (spec->grid && (p.grid = find_grid (z, spec->grid)) < 0)
            return table_error (error, spec->grid);
        }
      else
        continue;   /* a department without a workplace on the map */
      g_array_append_val (z->placements, p);
    }
  return TRUE;
}

/* Symbols and reasons get the same normalisation as typed ones. */
static gboolean
generate_points_and_reasons (struct _FyDemoZones *z, GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (point_specs); i++)
    {
      const PointSpec *spec = &point_specs[i];
      DemoPoint p = { spec->map, fy_zone_point_new () };

      p.point->kind = spec->kind;
      p.point->x = spec->x;
      p.point->y = spec->y;
      g_free (p.point->name);
      p.point->name = g_strdup (spec->name);
      g_free (p.point->place_code);
      p.point->place_code = g_strdup (spec->place_code);
      g_array_append_val (z->points, p);
      if (!fy_zone_validate_text_field (&p.point->name, 64, _("symbol name"), error)
          || !fy_zone_validate_text_field (&p.point->place_code, 64, _("place code"), error))
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (change_specs); i++)
    {
      z->reasons[i] = g_strdup (change_specs[i].reason);
      if (!fy_zone_validate_text_field (&z->reasons[i], 200, _("reason"), error))
        return FALSE;
    }
  return TRUE;
}

gboolean
fy_demo_generate_zones (FyDemo *demo, GError **error)
{
  struct _FyDemoZones *z = g_new0 (struct _FyDemoZones, 1);

  z->areas = g_array_new (FALSE, TRUE, sizeof (DemoArea));
  g_array_set_clear_func (z->areas, (GDestroyNotify) demo_area_clear);
  z->grids = g_array_new (FALSE, TRUE, sizeof (DemoGrid));
  g_array_set_clear_func (z->grids, (GDestroyNotify) demo_grid_clear);
  z->placements = g_array_new (FALSE, TRUE, sizeof (DemoPlacement));
  z->points = g_array_new (FALSE, TRUE, sizeof (DemoPoint));
  g_array_set_clear_func (z->points, (GDestroyNotify) demo_point_clear);
  z->today = demo->today;
  demo->zones = z;

  z->actor = "";
  for (guint i = 0; i < demo->staff->len; i++)
    {
      FyStaff *s = g_ptr_array_index (demo->staff, i);
      if (g_str_equal (s->post, "防疫专员"))
        {
          z->actor = s->name;
          break;
        }
    }

  return generate_maps (z, error)
         && generate_areas (demo, z, error)
         && generate_grids (demo, z, error)
         && generate_placements (demo, z, error)
         && generate_points_and_reasons (z, error);
}

/* ---- Writing (inside the demo's transaction) ---------------------------- */

/* Unix time of a local clock time `days_ago` days before the demo's today. */
static gint64
local_time (const GDate *today, int days_ago, int hour, int minute)
{
  GDate d = *today;
  g_autoptr(GDateTime) dt = NULL;

  g_date_subtract_days (&d, (guint) days_ago);
  dt = g_date_time_new_local (g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d), hour, minute, 0);
  return dt ? g_date_time_to_unix (dt) : 0;
}

static void
bind_staff (sqlite3_stmt *stmt, int index, const FyStaff *s)
{
  if (s != NULL && s->id > 0)
    sqlite3_bind_int64 (stmt, index, s->id);
  else
    sqlite3_bind_null (stmt, index);
}

static gboolean
write_maps (struct _FyDemoZones *z, FyStore *store, GError **error)
{
  gint64 drawn = local_time (&z->today, DRAWN_DAYS_AGO, 8, 0);

  for (guint i = 0; i < G_N_ELEMENTS (z->maps); i++)
    {
      DemoMap *m = &z->maps[i];
      gsize size;
      gconstpointer data = g_bytes_get_data (m->png, &size);
      sqlite3_stmt *stmt = fy_store_prepare_cached (store,
          "INSERT INTO zone_map (name, width_m, height_m, background, background_type, background_width,"
          " background_height, metres_per_pixel, grid_step_m, created_at, updated_at)"
          " VALUES (?1, ?2, ?3, ?4, 'png', ?5, ?6, ?7, 1, ?8, ?8)", error);

      if (stmt == NULL)
        return FALSE;
      fy_bind_text (stmt, 1, m->name);
      sqlite3_bind_double (stmt, 2, m->width_m);
      sqlite3_bind_double (stmt, 3, m->height_m);
      sqlite3_bind_blob64 (stmt, 4, data, size, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 5, m->png_width);
      sqlite3_bind_int (stmt, 6, m->png_height);
      sqlite3_bind_double (stmt, 7, m->width_m / m->png_width);
      sqlite3_bind_int64 (stmt, 8, drawn);
      if (!fy_store_step_done (store, stmt, error))
        return FALSE;
      sqlite3_bind_null (stmt, 4);   /* do not keep a pointer into the bytes */
      m->id = sqlite3_last_insert_rowid (fy_store_get_db (store));
    }
  return TRUE;
}

/* One zone_history row of an area; a level < 0 = none. */
typedef struct
{
  gint64      at;
  const char *kind;
  int         from;
  int         to;
  const char *reason;
} DemoHistory;

static gboolean
write_history (struct _FyDemoZones *z, FyStore *store, const DemoArea *a, const DemoHistory *h, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "INSERT INTO zone_history (map_id, area_id, area_name, at, kind, old_level, new_level, reason, actor)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, z->maps[a->spec->map].id);
  sqlite3_bind_int64 (stmt, 2, a->area->id);
  fy_bind_text (stmt, 3, a->area->name);
  sqlite3_bind_int64 (stmt, 4, h->at);
  fy_bind_text (stmt, 5, h->kind);
  if (h->from >= 0)
    fy_bind_text (stmt, 6, fy_zone_level_to_code (h->from));
  if (h->to >= 0)
    fy_bind_text (stmt, 7, fy_zone_level_to_code (h->to));
  fy_bind_text (stmt, 8, h->reason);
  fy_bind_text (stmt, 9, z->actor);
  return fy_store_step_done (store, stmt, error);
}

static gboolean
write_areas (struct _FyDemoZones *z, FyStore *store, GError **error)
{
  for (guint i = 0; i < z->areas->len; i++)
    {
      DemoArea *a = &g_array_index (z->areas, DemoArea, i);
      sqlite3_stmt *stmt = fy_store_prepare_cached (store,
          "INSERT INTO zone_area (map_id, name, level, function, shape, geometry, place_code, capacity,"
          " leader_staff_id, note, z) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, z->maps[a->spec->map].id);
      fy_bind_text (stmt, 2, a->area->name);
      fy_bind_text (stmt, 3, fy_zone_level_to_code (a->area->level));
      fy_bind_text (stmt, 4, fy_zone_function_to_code (a->area->function));
      fy_bind_text (stmt, 5, a->area->shape == FY_ZONE_SHAPE_RECT ? "rect" : "polygon");
      sqlite3_bind_text (stmt, 6, fy_zone_points_to_text (a->area->points, a->area->n_points), -1, g_free);
      fy_bind_text (stmt, 7, a->area->place_code);
      sqlite3_bind_int (stmt, 8, a->area->capacity);
      bind_staff (stmt, 9, a->leader);
      fy_bind_text (stmt, 10, a->area->note);
      sqlite3_bind_int64 (stmt, 11, a->area->z);
      if (!fy_store_step_done (store, stmt, error))
        return FALSE;
      a->area->id = sqlite3_last_insert_rowid (fy_store_get_db (store));

      /* Drawn one after the other on the first morning. */
      if (!write_history (z, store, a,
                          &(DemoHistory) { .at = local_time (&z->today, DRAWN_DAYS_AGO, 8, 30) + 60 * i,
                                           .kind = "create", .from = -1, .to = a->first, .reason = "" },
                          error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_grids (struct _FyDemoZones *z, FyStore *store, GError **error)
{
  for (guint i = 0; i < z->grids->len; i++)
    {
      DemoGrid *g = &g_array_index (z->grids, DemoGrid, i);
      const DemoArea *a = &g_array_index (z->areas, DemoArea, g->area);
      sqlite3_stmt *stmt = fy_store_prepare_cached (store,
          "INSERT INTO zone_grid (area_id, name, leader_staff_id, geometry) VALUES (?1, ?2, ?3, ?4)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, a->area->id);
      fy_bind_text (stmt, 2, g->grid->name);
      bind_staff (stmt, 3, g->leader);
      sqlite3_bind_text (stmt, 4, fy_zone_points_to_text (g->grid->points, g->grid->n_points), -1, g_free);
      if (!fy_store_step_done (store, stmt, error))
        return FALSE;
      g->grid->id = sqlite3_last_insert_rowid (fy_store_get_db (store));
    }
  return TRUE;
}

static gboolean
write_points (struct _FyDemoZones *z, FyStore *store, GError **error)
{
  for (guint i = 0; i < z->points->len; i++)
    {
      const DemoPoint *d = &g_array_index (z->points, DemoPoint, i);
      const FyZonePoint *p = d->point;
      sqlite3_stmt *stmt = fy_store_prepare_cached (store,
          "INSERT INTO zone_point (map_id, kind, x, y, name, place_code) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, z->maps[d->map].id);
      fy_bind_text (stmt, 2, fy_zone_point_kind_to_code (p->kind));
      sqlite3_bind_double (stmt, 3, p->x);
      sqlite3_bind_double (stmt, 4, p->y);
      fy_bind_text (stmt, 5, p->name);
      fy_bind_text (stmt, 6, p->place_code);
      if (!fy_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_placements (struct _FyDemoZones *z, FyStore *store, GError **error)
{
  for (guint i = 0; i < z->placements->len; i++)
    {
      const DemoPlacement *p = &g_array_index (z->placements, DemoPlacement, i);
      const DemoArea *a = &g_array_index (z->areas, DemoArea, p->area);
      sqlite3_stmt *stmt = fy_store_prepare_cached (store,
          "INSERT INTO staff_zone (staff_id, area_id, grid_id) VALUES (?1, ?2, ?3)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, p->staff->id);
      sqlite3_bind_int64 (stmt, 2, a->area->id);
      if (p->grid >= 0)
        sqlite3_bind_int64 (stmt, 3, g_array_index (z->grids, DemoGrid, p->grid).grid->id);
      else
        sqlite3_bind_null (stmt, 3);
      if (!fy_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_changes (struct _FyDemoZones *z, FyStore *store, GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (change_specs); i++)
    {
      const ChangeSpec *c = &change_specs[i];
      const DemoArea *a = &g_array_index (z->areas, DemoArea, find_area (z, c->area));

      if (!write_history (z, store, a,
                          &(DemoHistory) { .at = local_time (&z->today, c->days_ago, c->hour, c->minute),
                                           .kind = "change", .from = c->from, .to = c->to,
                                           .reason = z->reasons[i] },
                          error))
        return FALSE;
    }
  return TRUE;
}

gboolean
fy_demo_populate_zones (FyDemo *demo, FyStore *store, GError **error)
{
  struct _FyDemoZones *z = demo->zones;

  g_return_val_if_fail (z != NULL, FALSE);
  return write_maps (z, store, error)
         && write_areas (z, store, error)
         && write_grids (z, store, error)
         && write_points (z, store, error)
         && write_placements (z, store, error)
         && write_changes (z, store, error);
}

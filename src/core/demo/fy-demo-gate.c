/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-demo-gate.c — the demo company's gate: 30 days of visitors (suppliers,
 * customers, service engineers, auditors; hosts from the roster, areas from
 * the plant map, the visitor buffer first) and trucks (carriers from the
 * Yangtze delta, unloading at the loading yard's truck point, the driver in
 * the cab, the vehicle disinfected at the gate), nearly all declared ahead,
 * many visitors coming back with the same ID number. On purpose, exactly:
 * one visitor refused for a 37.6 °C reading confirmed by the re-take, one
 * truck declared late, one visitor who came without a declaration. Today:
 * visits of the morning done, two visitors and one truck inside now (the
 * truck past its dwell limit), several arrivals still expected. The events
 * register: one event five days ahead without approval, one approved.
 *
 * Every visit goes through the gate's API inside the demo's one transaction
 * (after the zones, the roster and the disinfection schedules): declared by
 * the officer (fy_gate_declare: validation, 迟报), checked by a guard who
 * follows the rules' proposal (fy_gate_evaluate, fy_gate_check_in with the
 * truck's disinfection entry), checked out; the events through
 * fy_gate_event_save. Draws only from demo->rand; the data is Chinese and
 * not translated. */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "fy-clock.h"
#include "fy-demo-private.h"
#include "fy-disinfection.h"
#include "fy-gate.h"
#include "fy-store-private.h"
#include "fy-validate.h"

#define DAYS            30
#define FEVER_BACK      12   /* days before today: the refusal */
#define LATE_BACK       8    /* the late truck declaration */
#define UNDECLARED_BACK 5    /* the visitor without declaration */

/* Who comes to see whom: a company, the department they visit, what for
 * and where they go (after the visitor buffer at the gate). */
typedef struct
{
  const char *company;
  const char *county;        /* ID number address code of its people */
  const char *plate;         /* province and city letters of their cars */
  const char *department;
  const char *purposes[3];
  const char *area;
} VisitorSpec;

static const VisitorSpec visitor_specs[] = {
  { "上海汇通汽车零部件有限公司", "310114", "沪A", "销售部", { "商务洽谈", "新品送样", "年度合同谈判" }, "综合办公楼" },
  { "宁波舜宇模具有限公司", "330206", "浙B", "设备部", { "模具维修", "模具试模", NULL }, "冲压车间" },
  { "昆山精工自动化设备有限公司", "320583", "苏E", "设备部", { "焊装机器人保养", "设备调试", NULL }, "焊装车间" },
  { "苏州质信检测技术有限公司", "320505", "苏E", "质量部", { "计量器具校准", "第三方检测取样", NULL }, "质检中心" },
  { "常州恒力涂料有限公司", "320412", "苏D", "质量部", { "来料质量问题沟通", "涂层附着力复测", NULL }, "涂装车间" },
  { "杭州博远管理咨询有限公司", "330106", "浙A", "总经办", { "IATF 16949 内审辅导", "管理评审", NULL }, "综合办公楼" },
  { "江苏长城电梯工程有限公司", "320104", "苏A", "行政部", { "电梯月度维保", NULL, NULL }, "综合办公楼" },
  { "苏州绿源环保科技有限公司", "320506", "苏E", "行政部", { "危废清运", "环保设施巡检", NULL }, "动力站及设备维修间" },
  { "南京金鼎软件有限公司", "320106", "苏A", "总经办", { "ERP 系统实施", "系统培训", NULL }, "综合办公楼" },
  { "上海安联叉车服务有限公司", "310115", "沪A", "仓储物流部", { "叉车保养", "叉车年检", NULL }, "原材料仓库" },
  { "无锡华诚钢材贸易有限公司", "320211", "苏B", "仓储物流部", { "来料对账", "库存盘点核对", NULL }, "原材料仓库" },
  { "合肥江淮汽车股份有限公司", "340104", "皖A", "销售部", { "客户验厂", "质量审核", "商务洽谈" }, "总装车间" },
};

/* Carriers, where they come from, the way and what they bring. */
typedef struct
{
  const char *carrier;
  const char *county;
  const char *plate;
  const char *origin;
  const char *route;
  const char *cargo;
  const char *vehicle;   /* a code of fy_gate_vehicle_labels */
} TruckSpec;

static const TruckSpec truck_specs[] = {
  { "安徽顺达物流有限公司", "340102", "皖A", "安徽合肥", "G42沪蓉高速、G2京沪高速", "冷轧钢板卷", "semi_trailer" },
  { "无锡锡通运输有限公司", "320211", "苏B", "江苏无锡", "G2京沪高速", "铝型材", "stake" },
  { "上海佳吉快运有限公司", "310114", "沪D", "上海嘉定", "G15沈海高速、S17苏嘉杭高速", "外购标准件", "box" },
  { "宁波港联物流有限公司", "330206", "浙B", "浙江宁波", "G92杭州湾环线、G1521常嘉高速", "模具配件", "box" },
  { "苏州德邦物流有限公司", "320506", "苏E", "江苏苏州", "市内", "包装纸箱", "light_box" },
  { "常州恒力涂料有限公司", "320412", "苏D", "江苏常州", "G42沪蓉高速", "涂料及稀释剂", "box" },
  { "江苏安吉物流有限公司", "320505", "苏E", "江苏苏州", "市内（空车入厂装货）", "成品发货：座椅骨架总成", "box" },
};

static const char *const surnames[] = {
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
  "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
  "蒋", "蔡", "沈", "钱", "顾", "陆", "姚", "潘",
};

static const char *const given_names[] = {
  "伟", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞", "鑫",
  "波", "宁", "凯", "浩", "建国", "志强", "海峰", "永刚", "晓东", "文杰", "俊杰", "建华", "国庆", "立新",
  "丽", "静", "敏", "燕", "艳", "娟", "霞", "婷", "雪", "琳", "晓燕", "丽娟", "春梅", "海燕", "雅琴",
};

static const char *const phone_prefixes[] = {
  "133", "135", "136", "137", "138", "139", "150", "151", "152", "158", "159", "177", "180", "186", "189",
};

/* A person the demo sends to the gate, again and again. */
typedef struct
{
  char *name;
  char *id_number;
  char *phone;
  char *company;
  int   vaccine_doses;
  gint64 outsider_id;   /* 0 until written */
} Guest;

static void
guest_free (Guest *g)
{
  g_free (g->name);
  g_free (g->id_number);
  g_free (g->phone);
  g_free (g->company);
  g_free (g);
}

typedef struct
{
  FyDemo       *demo;
  FyStore      *store;
  FyGateRules   rules;
  char         *today;
  gint64        now;
  GHashTable   *ids;            /* ID numbers handed out */
  GPtrArray    *guests;         /* Guest*, per visitor_specs: 4 each */
  GPtrArray    *drivers;        /* Guest*, per truck_specs: 3 each (2 drivers, a co-rider) */
  GPtrArray    *plates;         /* char*, per truck_specs: 2 each, one per driver */
  GPtrArray    *guards;         /* const char*: 门岗保安 of the roster */
  const char   *dock_keeper;    /* signs the hand-over for the plant */
  gint64        buffer_area;    /* 访客缓冲区 */
  gint64        dock_area;      /* 装卸区 */
  gint64        dock_point;     /* 货车装卸点 */
} Gate;

/* ---- people ------------------------------------------------------------- */

static int
rnd (Gate *g, int lo, int hi)
{
  return fy_demo_rand (g->demo, lo, hi);
}

static const char *
pick (Gate *g, const char *const *items, guint n)
{
  return items[rnd (g, 0, (int) n - 1)];
}

static char *
make_id_number (Gate *g, const char *county)
{
  for (;;)
    {
      int year = rnd (g, 1966, 2000);
      g_autofree char *first17 = g_strdup_printf ("%s%04d%02d%02d%03d", county, year, rnd (g, 1, 12),
                                                  rnd (g, 1, 28), rnd (g, 1, 999));
      char *id = g_strdup_printf ("%s%c", first17, fy_id_number_check_char (first17));

      if (g_hash_table_add (g->ids, id))
        return g_strdup (id);
    }
}

static Guest *
make_guest (Gate *g, const char *company, const char *county)
{
  Guest *guest = g_new0 (Guest, 1);

  guest->name = g_strconcat (pick (g, surnames, G_N_ELEMENTS (surnames)),
                             pick (g, given_names, G_N_ELEMENTS (given_names)), NULL);
  guest->id_number = make_id_number (g, county);
  guest->phone = g_strdup_printf ("%s%08d", pick (g, phone_prefixes, G_N_ELEMENTS (phone_prefixes)),
                                  rnd (g, 0, 99999999));
  guest->company = g_strdup (company);
  guest->vaccine_doses = rnd (g, 2, 3);
  return guest;
}

/* A plate of the region: letters and digits, no I or O (GA 36). */
static char *
make_plate (Gate *g, const char *prefix)
{
  static const char letters[] = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  GString *plate = g_string_new (prefix);

  for (int i = 0; i < 5; i++)
    if (i == 0 && rnd (g, 0, 2) == 0)
      g_string_append_c (plate, letters[rnd (g, 0, (int) strlen (letters) - 1)]);
    else
      g_string_append_c (plate, (char) ('0' + rnd (g, 0, 9)));
  return g_string_free (plate, FALSE);
}

/* A sample taken by day (07:00–17:00) the day before, or the same
 * morning for an afternoon arrival: always within the 48 hours. */
static gint64
sampled_before (Gate *g, gint64 arrive)
{
  g_autofree char *day = fy_local_day_of (arrive);
  gint64 start = fy_local_day_start (day);
  gint64 same_day = start + rnd (g, 7 * 60, 11 * 60) * 60;

  if (arrive - start >= 13 * 3600 && fy_demo_chance (g->demo, 30))
    return same_day;
  return start - 86400 + rnd (g, 7 * 60, 17 * 60) * 60;
}

static FyGatePerson *
at_gate (Gate *g, Guest *guest, FyGateRole role, gint64 arrive)
{
  FyGatePerson *p = fy_gate_person_new (role);

  g_free (p->name);
  p->name = g_strdup (guest->name);
  g_free (p->id_number);
  p->id_number = g_strdup (guest->id_number);
  g_free (p->phone);
  p->phone = g_strdup (guest->phone);
  g_free (p->company);
  p->company = g_strdup (guest->company);
  p->outsider_id = guest->outsider_id;
  p->vaccine_doses = guest->vaccine_doses;
  p->travel_risk = FY_RISK_LOW;
  p->code = FY_CODE_GREEN;
  p->test_at = sampled_before (g, arrive);
  p->test_result = FY_RESULT_NEGATIVE;
  p->temp1 = rnd (g, 360, 369);
  p->declared = TRUE;
  return p;
}

/* ---- one visit ---------------------------------------------------------- */

typedef struct
{
  FyGateKind  kind;
  gint64      planned_at;
  gint64      declared_at;   /* 0 = came without a declaration */
  gint64      arrive;        /* 0 = still expected */
  gint64      leave;         /* 0 = still inside */
  Guest      *people[3];
  guint       n_people;
  int         fever;         /* tenths of °C of the first person, both readings; 0 = normal */
  gboolean    alone;         /* a visitor without companions */
} Plan;

/* The visit as the officer and the guards make it, through the gate's API
 * (joining the demo's transaction): declared by the officer, checked at the
 * gate by a guard who follows the rules' proposal, checked out. */
static gboolean
run_visit (Gate *g, const Plan *plan, FyGateVisit *v, GError **error)
{
  g_autoptr(FyGateVisit) declared = NULL;
  const char *guard = g_ptr_array_index (g->guards, (guint) rnd (g, 0, (int) g->guards->len - 1));
  g_autofree char *officer = g_strdup (fy_store_get_actor (g->store));
  gint64 at = plan->arrive ? plan->arrive : plan->planned_at;
  FyGateCheckIn check = { .visit = v, .at = plan->arrive, .now = g->now };
  gboolean ok = TRUE;

  v->planned_at = plan->planned_at;
  for (guint i = 0; i < plan->n_people; i++)
    g_ptr_array_add (v->people, at_gate (g, plan->people[i],
                                         i == 0 ? (plan->kind == FY_GATE_TRUCK ? FY_GATE_ROLE_DRIVER
                                                                               : FY_GATE_ROLE_VISITOR)
                                                : (plan->kind == FY_GATE_TRUCK ? FY_GATE_ROLE_RIDER
                                                                               : FY_GATE_ROLE_COMPANION),
                                         at));
  /* Still expected: the test they will show is the one they declared. */
  for (guint i = 0; plan->arrive == 0 && plan->declared_at && i < plan->n_people; i++)
    ((FyGatePerson *) g_ptr_array_index (v->people, i))->test_at = plan->declared_at - rnd (g, 1, 12) * 3600;
  if (plan->declared_at)
    {
      gint64 sampled[G_N_ELEMENTS (plan->people)];

      /* The test they show at the gate is often taken after declaring. */
      for (guint i = 0; i < plan->n_people; i++)
        {
          FyGatePerson *p = g_ptr_array_index (v->people, i);

          sampled[i] = p->test_at;
          if (p->test_at > plan->declared_at)
            {
              p->test_at = 0;
              p->test_result = FY_RESULT_PENDING;
            }
        }
      if (!fy_gate_declare (g->store, v, plan->declared_at, error))
        return FALSE;
      declared = fy_gate_visit_copy (v);
      for (guint i = 0; i < plan->n_people; i++)
        {
          FyGatePerson *p = g_ptr_array_index (v->people, i);

          p->test_at = sampled[i];
          p->test_result = FY_RESULT_NEGATIVE;
        }
    }
  if (plan->arrive != 0)
    {
      if (plan->fever)
        {
          FyGatePerson *first = g_ptr_array_index (v->people, 0);

          first->temp1 = first->temp2 = plan->fever;
        }
      check.admit = fy_gate_evaluate (&g->rules, declared, v, plan->arrive) == 0;
      if (v->kind == FY_GATE_TRUCK && check.admit)
        {
          v->stayed_in_cab = 1;
          check.disinfected = TRUE;
          check.disinfection_product = FY_DISINFECTANT_CHLORINE84;
          check.disinfection_concentration = 500;
          check.disinfection_contact_min = 30;
        }
      fy_store_set_actor (g->store, guard);
      ok = fy_gate_check_in (g->store, &check, error);
      if (ok && check.admit && plan->leave)
        ok = fy_gate_check_out (g->store, v->id, plan->leave,
                                v->kind == FY_GATE_TRUCK ? g->dock_keeper : "",
                                v->kind == FY_GATE_TRUCK ? plan->people[0]->name : "", g->now, error);
      fy_store_set_actor (g->store, officer);
    }
  /* The same people come again: found by their outsider row next time. */
  for (guint i = 0; ok && i < plan->n_people; i++)
    plan->people[i]->outsider_id = ((FyGatePerson *) g_ptr_array_index (v->people, i))->outsider_id;
  return ok;
}

static gboolean
visitor_visit (Gate *g, Plan *plan, GError **error)
{
  guint spec_index = (guint) rnd (g, 0, G_N_ELEMENTS (visitor_specs) - 1);
  const VisitorSpec *spec = &visitor_specs[spec_index];
  g_autoptr(FyGateVisit) v = fy_gate_visit_new (FY_GATE_VISITOR);
  const FyStaff *host = NULL;
  guint n_purposes = spec->purposes[2] ? 3 : spec->purposes[1] ? 2 : 1;
  guint first = (guint) rnd (g, 0, 3);
  gint64 area;

  plan->kind = FY_GATE_VISITOR;
  plan->n_people = fy_demo_chance (g->demo, 70) || plan->alone ? 1 : fy_demo_chance (g->demo, 85) ? 2 : 3;
  for (guint i = 0; i < plan->n_people; i++)
    plan->people[i] = g_ptr_array_index (g->guests, spec_index * 4 + (first + i) % 4);

  /* The department's head receives; else anyone of it. */
  for (guint i = 0; i < g->demo->staff->len && host == NULL; i++)
    {
      const FyStaff *s = g_ptr_array_index (g->demo->staff, i);
      if (g_str_equal (s->department, spec->department)
          && (g_str_has_suffix (s->post, "经理") || g_str_has_suffix (s->post, "部长")
              || g_str_has_suffix (s->post, "总经理") || g_str_has_suffix (s->post, "组长")))
        host = s;
    }
  g_free (v->purpose);
  v->purpose = g_strdup (spec->purposes[rnd (g, 0, (int) n_purposes - 1)]);
  if (host)
    {
      v->host_staff_id = host->id;
      g_free (v->host_name);
      v->host_name = g_strdup (host->name);
      g_free (v->host_department);
      v->host_department = g_strdup (host->department);
    }
  if (fy_demo_chance (g->demo, 35))
    {
      g_free (v->plate);
      v->plate = make_plate (g, spec->plate);
    }
  g_array_append_val (v->area_ids, g->buffer_area);
  area = fy_demo_area_id (g->store, spec->area, NULL);
  if (area > 0)
    g_array_append_val (v->area_ids, area);
  return run_visit (g, plan, v, error);
}

static gboolean
truck_visit (Gate *g, Plan *plan, GError **error)
{
  guint spec_index = (guint) rnd (g, 0, G_N_ELEMENTS (truck_specs) - 1);
  const TruckSpec *spec = &truck_specs[spec_index];
  g_autoptr(FyGateVisit) v = fy_gate_visit_new (FY_GATE_TRUCK);
  guint truck = (guint) rnd (g, 0, 1);

  plan->kind = FY_GATE_TRUCK;
  plan->n_people = fy_demo_chance (g->demo, 30) ? 2 : 1;
  /* Each carrier sends one of its two trucks, each with its driver. */
  plan->people[0] = g_ptr_array_index (g->drivers, spec_index * 3 + truck);
  plan->people[1] = g_ptr_array_index (g->drivers, spec_index * 3 + 2);
  g_free (v->plate);
  v->plate = g_strdup (g_ptr_array_index (g->plates, spec_index * 2 + truck));
  g_free (v->vehicle_type);
  v->vehicle_type = g_strdup (spec->vehicle);
  g_free (v->origin);
  v->origin = g_strdup (spec->origin);
  g_free (v->route);
  v->route = g_strdup (spec->route);
  g_free (v->cargo);
  v->cargo = g_strdup (spec->cargo);
  v->unload_area_id = g->dock_area;
  v->unload_point_id = g->dock_point;
  return run_visit (g, plan, v, error);
}

/* ---- 30 days --------------------------------------------------------------- */

static gint64
at_minute (const char *day, int minute)
{
  return fy_local_day_start (day) + (gint64) minute * 60;
}

/* A visit of a past day: declared one to three days ahead (a truck at
 * least 26 hours), in on time give or take a quarter of an hour, out after
 * a stay of the usual length. */
static gboolean
past_visit (Gate *g, const char *day, FyGateKind kind, GError **error)
{
  Plan plan = { 0 };
  int minute = kind == FY_GATE_TRUCK ? rnd (g, 7 * 60, 16 * 60 + 30) : rnd (g, 8 * 60 + 30, 15 * 60 + 30);
  gint64 stay = kind == FY_GATE_TRUCK ? rnd (g, 25, 55) : rnd (g, 40, 200);

  plan.planned_at = at_minute (day, minute - minute % 15);
  plan.declared_at = plan.planned_at - (kind == FY_GATE_TRUCK ? rnd (g, 26, 72) : rnd (g, 20, 72)) * 3600;
  plan.arrive = plan.planned_at + rnd (g, -10, 15) * 60;
  plan.leave = plan.arrive + stay * 60;
  return kind == FY_GATE_TRUCK ? truck_visit (g, &plan, error) : visitor_visit (g, &plan, error);
}

static gboolean
past_day (Gate *g, int back, GError **error)
{
  g_autofree char *day = fy_date_add_days (g->today, -back);
  GDate date;
  gboolean weekend;
  int people, trucks;

  g_date_clear (&date, 1);
  date = g->demo->today;
  g_date_subtract_days (&date, (guint) back);
  weekend = g_date_get_weekday (&date) >= G_DATE_SATURDAY;
  people = weekend ? rnd (g, 0, 3) : rnd (g, 5, 15);
  trucks = weekend ? rnd (g, 0, 2) : rnd (g, 2, 6);
  if (back == LATE_BACK)
    trucks = MAX (trucks, 1);

  for (int i = 0; i < trucks; i++)
    {
      Plan plan = { 0 };
      if (i == 0 && back == LATE_BACK)
        {
          /* Declared that morning for the afternoon: less than 24 hours. */
          plan.planned_at = at_minute (day, 14 * 60);
          plan.declared_at = at_minute (day, 8 * 60 + 40);
          plan.arrive = plan.planned_at + 5 * 60;
          plan.leave = plan.arrive + 42 * 60;
          if (!truck_visit (g, &plan, error))
            return FALSE;
        }
      else if (!past_visit (g, day, FY_GATE_TRUCK, error))
        return FALSE;
    }
  if (back == FEVER_BACK)
    {
      /* 37.6 °C at the gate, 37.6 again at the re-take: refused. */
      Plan plan = { .planned_at = at_minute (day, 10 * 60), .arrive = at_minute (day, 9 * 60 + 52),
                    .fever = 376 };
      plan.declared_at = plan.planned_at - 30 * 3600;
      if (!visitor_visit (g, &plan, error))
        return FALSE;
      people -= (int) plan.n_people;
    }
  if (back == UNDECLARED_BACK)
    {
      /* A service engineer sent at short notice, registered at the gate. */
      Plan plan = { .planned_at = at_minute (day, 13 * 60 + 20), .arrive = at_minute (day, 13 * 60 + 20),
                    .leave = at_minute (day, 15 * 60 + 5) };
      if (!visitor_visit (g, &plan, error))
        return FALSE;
      people -= (int) plan.n_people;
    }
  while (people > 0)
    {
      Plan plan = { 0 };
      int minute = rnd (g, 8 * 60 + 30, 15 * 60 + 30);

      plan.planned_at = at_minute (day, minute - minute % 15);
      plan.declared_at = plan.planned_at - rnd (g, 20, 72) * 3600;
      plan.arrive = plan.planned_at + rnd (g, -10, 15) * 60;
      plan.leave = plan.arrive + rnd (g, 40, 200) * 60;
      if (!visitor_visit (g, &plan, error))
        return FALSE;
      people -= (int) plan.n_people;
    }
  return TRUE;
}

/* Today: the morning's visits done (those over by now), two visitors and a
 * truck inside (the truck for 95 minutes, past the 60-minute limit), and
 * five arrivals still expected later on. */
static gboolean
today (Gate *g, GError **error)
{
  static const struct { FyGateKind kind; int minutes; } inside[] = {
    { FY_GATE_VISITOR, -50 }, { FY_GATE_VISITOR, -20 }, { FY_GATE_TRUCK, -95 },
  };
  static const struct { FyGateKind kind; int minutes; } expected[] = {
    { FY_GATE_VISITOR, 25 }, { FY_GATE_TRUCK, 45 }, { FY_GATE_VISITOR, 80 }, { FY_GATE_VISITOR, 140 },
    { FY_GATE_TRUCK, 170 },
  };
  gint64 start = fy_local_day_start (g->today);

  gint64 last = start + 86400 - 5 * 60;
  guint n = 0;

  for (int minute = 8 * 60 + 30; start + (minute + 45) * 60 < g->now - 100 * 60 && minute < 12 * 60; minute += 45)
    {
      Plan plan = { .planned_at = start + minute * 60, .arrive = start + (minute + rnd (g, -5, 10)) * 60 };

      plan.declared_at = plan.planned_at - rnd (g, 20, 50) * 3600;
      plan.leave = plan.arrive + rnd (g, 25, 40) * 60;
      if (!(n++ % 3 ? visitor_visit (g, &plan, error) : truck_visit (g, &plan, error)))
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (inside); i++)
    {
      Plan plan = { .arrive = g->now + inside[i].minutes * 60, .alone = TRUE };

      plan.planned_at = plan.arrive - plan.arrive % 900;
      plan.declared_at = plan.planned_at - 28 * 3600;
      if (!(inside[i].kind == FY_GATE_TRUCK ? truck_visit (g, &plan, error) : visitor_visit (g, &plan, error)))
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      Plan plan = { .planned_at = g->now + expected[i].minutes * 60 };

      /* Late in the evening they still come today, closer together. */
      if (g->now + expected[G_N_ELEMENTS (expected) - 1].minutes * 60 > last)
        {
          /* Signed: just before midnight `last` is already past. */
          gint64 room = MAX (last - g->now, (gint64) 5 * 60);

          plan.planned_at = g->now + room * (gint64) (i + 1) / (gint64) (G_N_ELEMENTS (expected) + 1);
        }
      else
        plan.planned_at -= plan.planned_at % 300;
      /* Declared a day or so ahead (not late), after the test they will
       * show, which is still within 48 hours when they come. */
      plan.declared_at = plan.planned_at - rnd (g, 25, 34) * 3600;
      if (!(expected[i].kind == FY_GATE_TRUCK ? truck_visit (g, &plan, error) : visitor_visit (g, &plan, error)))
        return FALSE;
    }
  return TRUE;
}

/* Events over 200 people: the suppliers' conference in five days has no
 * approval on file yet (the register and Today warn); the year-end meeting
 * in twelve days was approved. */
static gboolean
events (Gate *g, GError **error)
{
  static const struct { const char *name; int in_days; int headcount; int approved_back; const char *authority; }
  specs[] = {
    { "2026年度供应商大会", 5, 260, -1, NULL },
    { "年终总结表彰大会", 12, 420, 3, "甪直镇疫情防控工作领导小组" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      g_autoptr(FyGateEvent) event = fy_gate_event_new ();

      g_free (event->name);
      event->name = g_strdup (specs[i].name);
      g_free (event->held_on);
      event->held_on = fy_date_add_days (g->today, specs[i].in_days);
      event->headcount = specs[i].headcount;
      if (specs[i].approved_back >= 0)
        {
          event->approved_on = fy_date_add_days (g->today, -specs[i].approved_back);
          g_free (event->authority);
          event->authority = g_strdup (specs[i].authority);
        }
      if (!fy_gate_event_save (g->store, event, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- setting up ------------------------------------------------------------ */

static gint64
point_id (FyStore *store, const char *name)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store, "SELECT id FROM zone_point WHERE name = ?1 LIMIT 1", NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  fy_bind_text (stmt, 1, name);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

/* Now for the demo: the real time on the real day, else half past ten (a
 * fixed day shows the same morning whenever it is built). */
static gint64
demo_now (const char *today)
{
  gint64 start = fy_local_day_start (today);
  gint64 real = fy_clock_real_now ();

  return real >= start && real < start + 86400 ? real : start + 10 * 3600 + 30 * 60;
}

static gboolean
set_up (Gate *g, GError **error)
{
  g->today = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&g->demo->today),
                              g_date_get_month (&g->demo->today), g_date_get_day (&g->demo->today));
  g->now = demo_now (g->today);
  fy_gate_rules_load (g->store, &g->rules);
  g->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g->guests = g_ptr_array_new_with_free_func ((GDestroyNotify) guest_free);
  g->drivers = g_ptr_array_new_with_free_func ((GDestroyNotify) guest_free);
  g->plates = g_ptr_array_new_with_free_func (g_free);
  g->guards = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (visitor_specs); i++)
    for (guint k = 0; k < 4; k++)
      g_ptr_array_add (g->guests, make_guest (g, visitor_specs[i].company, visitor_specs[i].county));
  for (guint i = 0; i < G_N_ELEMENTS (truck_specs); i++)
    for (guint k = 0; k < 3; k++)
      {
        g_ptr_array_add (g->drivers, make_guest (g, truck_specs[i].carrier, truck_specs[i].county));
        if (k < 2)
          g_ptr_array_add (g->plates, make_plate (g, truck_specs[i].plate));
      }
  for (guint i = 0; i < g->demo->staff->len; i++)
    {
      const FyStaff *s = g_ptr_array_index (g->demo->staff, i);
      if (g_str_equal (s->post, "门岗保安") && s->status == FY_STAFF_ON_SITE)
        g_ptr_array_add (g->guards, s->name);
      else if (g->dock_keeper == NULL && g_str_equal (s->team, "物流组"))
        g->dock_keeper = s->name;
    }
  g->buffer_area = fy_demo_area_id (g->store, "访客缓冲区", error);
  g->dock_area = fy_demo_area_id (g->store, "装卸区", error);
  g->dock_point = point_id (g->store, "货车装卸点");
  if (g->buffer_area <= 0 || g->dock_area <= 0 || g->guards->len == 0 || g->dock_keeper == NULL)
    {
      if (error && *error == NULL)
        g_set_error (error, FY_ERROR, FY_ERROR_FAILED,
                     _("The demo company’s gate could not be set up: its plant map or its guards are missing."));
      return FALSE;
    }
  return TRUE;
}

static void
tear_down (Gate *g)
{
  g_free (g->today);
  g_clear_pointer (&g->ids, g_hash_table_unref);
  g_clear_pointer (&g->guests, g_ptr_array_unref);
  g_clear_pointer (&g->drivers, g_ptr_array_unref);
  g_clear_pointer (&g->plates, g_ptr_array_unref);
  g_clear_pointer (&g->guards, g_ptr_array_unref);
}

gboolean
fy_demo_populate_gate (FyDemo *demo, FyStore *store, GError **error)
{
  Gate g = { .demo = demo, .store = store };
  gboolean ok;

  g_return_val_if_fail (fy_store_in_transaction (store), FALSE);

  ok = set_up (&g, error);
  for (int back = DAYS - 1; ok && back > 0; back--)
    ok = past_day (&g, back, error);
  ok = ok && today (&g, error) && events (&g, error);
  tear_down (&g);
  return ok;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-demo-supplies.c — the demo company's supply store: 40 items of the
 * five categories with their consumption rules, and 90 days of receipts and
 * issues following the rules and today's headcount, with replenishment
 * when the usable stock nears the reserve target. The states an inspector
 * looks for are there on purpose: several batches expire within 30 days,
 * one expired batch of 布洛芬 is still in store, N95 masks were not
 * replenished and are below their reserve target, one issue was reversed
 * (红冲), one stock-take found a loss and one damaged bottle was scrapped.
 *
 * It writes through the supplies API inside the demo's one transaction
 * (each write joins it), after the roster, zones and health, so that the
 * planned use is computed from the final headcount and areas. The data is
 * Chinese and not translated. */
#include "config.h"

#include <string.h>

#include "fy-demo-private.h"
#include "fy-supplies-stock.h"

typedef struct
{
  const char      *code;
  const char      *name;
  FySupplyCategory category;
  const char      *spec;
  const char      *unit;
  const char      *maker;
  gint64           min_stock;
  FySupplyRule     rule;
  gint64           milli;         /* rule amount, thousandths */
  int              reserve_days;  /* 0 = company default (14) */
  int              shelf_days;    /* shelf life of new batches */
  int              every;         /* issued every N days; 0 = on demand only */
  gboolean         soon;          /* the first batch expires within 30 days */
} ItemSpec;

#define P FY_SUPPLY_PROTECTIVE
#define D FY_SUPPLY_DISINFECTION
#define T FY_SUPPLY_TESTING
#define M FY_SUPPLY_MEDICAL
#define L FY_SUPPLY_LIVING
#define PD FY_SUPPLY_RULE_PERSON_DAY
#define PS FY_SUPPLY_RULE_PERSON_SHIFT
#define AD FY_SUPPLY_RULE_AREA_DAY
#define FD FY_SUPPLY_RULE_FIXED_DAY
#define NO FY_SUPPLY_RULE_NONE

static const ItemSpec items[] = {
  { "KZ-001", "医用外科口罩", P, "YY 0469 一次性", "只", "稳健医疗", 2000, PD, 2000, 0, 730, 1, FALSE },
  { "KZ-002", "KN95口罩", P, "GB 2626 KN95", "只", "3M中国", 500, PD, 200, 0, 1095, 2, FALSE },
  { "KZ-003", "N95医用防护口罩", P, "GB 19083", "只", "3M中国", 150, FD, 20000, 0, 1095, 1, FALSE },
  { "FH-001", "医用一次性防护服", P, "GB 19082 L/XL", "套", "振德医疗", 50, FD, 5000, 0, 730, 1, FALSE },
  { "FH-002", "一次性隔离衣", P, "均码", "件", "振德医疗", 50, FD, 8000, 0, 730, 1, FALSE },
  { "ST-001", "一次性丁腈手套", P, "M号 100只/盒", "副", "英科医疗", 1000, PD, 300, 0, 1095, 1, FALSE },
  { "ST-002", "一次性PE手套", P, "均码", "副", "英科医疗", 1000, PD, 500, 0, 1095, 1, FALSE },
  { "HM-001", "防护护目镜", P, "防雾型", "副", "霍尼韦尔", 20, FD, 1000, 0, 0, 7, FALSE },
  { "HM-002", "防护面屏", P, "可调节头带", "个", "霍尼韦尔", 30, FD, 2000, 0, 0, 3, FALSE },
  { "XT-001", "一次性鞋套", P, "加厚防滑", "双", "振德医疗", 200, FD, 20000, 0, 1095, 1, FALSE },
  { "MZ-001", "一次性医用帽", P, "无纺布", "个", "振德医疗", 200, FD, 20000, 0, 1095, 1, FALSE },
  /* 84 and alcohol leave the store with the disinfection entries
   * (fy-demo-disinfection.c), not by rule: issued here too, they would be
   * counted twice. */
  { "XD-001", "84消毒液", D, "500ml/瓶", "瓶", "蓝月亮", 50, AD, 500, 0, 365, 0, FALSE },
  { "XD-002", "75%医用酒精", D, "500ml/瓶", "瓶", "利尔康", 40, AD, 300, 0, 730, 0, TRUE },
  { "XD-003", "免洗手消毒凝胶", D, "500ml/瓶", "瓶", "威露士", 30, PD, 10, 0, 730, 3, FALSE },
  { "XD-004", "含氯消毒片", D, "100片/瓶", "瓶", "利尔康", 20, AD, 100, 0, 730, 5, FALSE },
  { "XD-005", "过氧乙酸消毒液", D, "500ml/瓶", "瓶", "利尔康", 10, FD, 500, 0, 365, 4, FALSE },
  { "XD-006", "酒精棉片", D, "单片独立包装", "片", "稳健医疗", 500, PD, 100, 0, 730, 2, TRUE },
  { "XD-007", "消毒湿巾", D, "80抽/包", "包", "滴露", 100, PD, 50, 0, 730, 3, FALSE },
  { "JC-001", "新冠抗原检测试剂", T, "1人份/盒", "盒", "万孚生物", 300, PD, 150, 0, 540, 1, TRUE },
  { "JC-002", "核酸采样管", T, "3ml 灭活型", "支", "达安基因", 200, PD, 100, 0, 365, 2, FALSE },
  { "JC-003", "红外额温枪", T, "非接触式", "把", "鱼跃医疗", 10, NO, 0, 0, 0, 0, FALSE },
  { "JC-004", "电子体温计", T, "腋下式", "支", "鱼跃医疗", 20, NO, 0, 0, 0, 0, FALSE },
  { "JC-005", "一次性采样拭子", T, "植绒型", "支", "达安基因", 200, PD, 100, 0, 730, 2, FALSE },
  { "YP-001", "布洛芬缓释胶囊", M, "0.3g×20粒", "盒", "中美史克", 20, FD, 300, 0, 730, 0, FALSE },
  { "YP-002", "连花清瘟胶囊", M, "0.35g×24粒", "盒", "以岭药业", 20, FD, 500, 0, 730, 10, FALSE },
  { "YP-003", "对乙酰氨基酚片", M, "0.5g×12片", "盒", "华润三九", 20, FD, 300, 0, 730, 10, FALSE },
  { "YP-004", "医用酒精棉球", M, "25g/包", "包", "稳健医疗", 10, FD, 500, 0, 730, 7, FALSE },
  { "YP-005", "碘伏消毒液", M, "100ml/瓶", "瓶", "利尔康", 10, FD, 200, 0, 730, 10, FALSE },
  { "YP-006", "医用纱布块", M, "7.5cm×7.5cm", "包", "振德医疗", 10, FD, 200, 0, 1095, 10, FALSE },
  { "SH-001", "方便面", L, "5连包", "箱", "康师傅", 20, PD, 50, 7, 180, 3, TRUE },
  { "SH-002", "饮用矿泉水", L, "550ml×24瓶", "箱", "农夫山泉", 30, PD, 100, 7, 365, 1, FALSE },
  { "SH-003", "大米", L, "10kg/袋", "袋", "中粮", 10, PD, 30, 7, 365, 2, FALSE },
  { "SH-004", "食用油", L, "5L/桶", "桶", "金龙鱼", 5, PD, 5, 7, 540, 5, FALSE },
  { "SH-005", "挂面", L, "1kg/包", "包", "中粮", 10, PD, 20, 7, 365, 3, FALSE },
  { "SH-006", "卫生纸", L, "10卷/提", "提", "维达", 10, PD, 20, 7, 1095, 3, FALSE },
  { "SH-007", "垃圾袋", L, "60×80cm 30只/卷", "卷", "妙洁", 30, AD, 1000, 7, 0, 2, FALSE },
  { "SH-008", "洗衣液", L, "2kg/瓶", "瓶", "蓝月亮", 10, PD, 5, 7, 1095, 7, FALSE },
  { "SH-009", "医疗废物专用袋", L, "黄色 50只/包", "个", "稳健医疗", 50, AD, 2000, 0, 0, 2, FALSE },
  { "SH-010", "折叠床", L, "190×70cm", "张", "宜家", 5, NO, 0, 0, 0, 0, FALSE },
  { "SH-011", "被褥四件套", L, "单人", "套", "罗莱", 5, NO, 0, 0, 0, 0, FALSE },
};

static const char *const suppliers[] = {
  "苏州康健医疗器械有限公司", "昆山惠民商贸有限公司", "上海申康医药有限公司", "江苏鑫源劳保用品有限公司",
};

#define DAYS 90
/* An expiry offset meaning "does not expire". */
#define NEVER G_MININT

typedef struct
{
  FyDemo     *demo;
  FyStore    *store;
  const char *keeper;
  const char *approver;
  GPtrArray  *takers;        /* names of people at work (borrowed) */
  GPtrArray  *departments;   /* distinct departments (borrowed) */
  guint       receipts;
} Sim;

static char *
day_at (FyDemo *demo, int offset)
{
  GDate d = demo->today;
  char text[11];

  if (offset < 0)
    g_date_subtract_days (&d, -offset);
  else
    g_date_add_days (&d, offset);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &d);
  return g_strdup (text);
}

/* A new batch received on `day` (days from today) expiring on day
 * `expires_in` (NEVER: does not expire). */
static gboolean
receive (Sim *sim, gint64 item_id, const ItemSpec *spec, int day, gint64 quantity, int expires_in,
         GError **error)
{
  g_autofree char *on = day_at (sim->demo, day);
  g_autofree char *produced = day_at (sim->demo, day - fy_demo_rand (sim->demo, 10, 60));
  g_autofree char *expires = expires_in != NEVER ? day_at (sim->demo, expires_in) : NULL;
  g_autofree char *batch_no = NULL;
  FySupplyReceiptInput in = {
    .day = on, .item_id = item_id, .quantity = quantity, .produced = produced, .expires = expires,
    .maker = spec->maker, .place = NULL, .inspector = sim->approver, .keeper = sim->keeper,
    .unit_price_fen = -1, .disinfected = spec->category != FY_SUPPLY_LIVING || fy_demo_chance (sim->demo, 50),
  };

  batch_no = g_strdup_printf ("%s%02d%03d", on + 2, fy_demo_rand (sim->demo, 1, 28), ++sim->receipts);
  g_strdelimit (batch_no, "-", '0');
  in.batch_no = batch_no;
  /* Mostly bought; some from the district's allocation and a donation. */
  if (fy_demo_chance (sim->demo, 15))
    in.source = FY_SUPPLY_SOURCE_ALLOCATION;
  else if (fy_demo_chance (sim->demo, 5))
    in.source = FY_SUPPLY_SOURCE_DONATION;
  else
    {
      in.source = FY_SUPPLY_SOURCE_PURCHASE;
      in.supplier = suppliers[fy_demo_rand (sim->demo, 0, G_N_ELEMENTS (suppliers) - 1)];
      in.unit_price_fen = fy_demo_rand (sim->demo, 30, 5000);
    }
  return fy_supplies_receive (sim->store, &in, error) > 0;
}

static gint64
issue (Sim *sim, gint64 item_id, int day, gint64 quantity, GError **error)
{
  g_autofree char *on = day_at (sim->demo, day);
  FySupplyIssueInput in = {
    .day = on, .item_id = item_id, .quantity = quantity, .recipient_kind = FY_SUPPLY_TO_DEPARTMENT,
    .recipient = g_ptr_array_index (sim->departments, fy_demo_rand (sim->demo, 0, sim->departments->len - 1)),
    .purpose = "日常防疫",
    .taker = g_ptr_array_index (sim->takers, fy_demo_rand (sim->demo, 0, sim->takers->len - 1)),
    .approver = sim->approver, .issuer = sim->keeper,
  };

  return fy_supplies_issue (sim->store, &in, error);
}

/* Usable units of an item on `day` (what an issue could take). */
static gint64
usable_on (Sim *sim, gint64 item_id, int day, GError **error)
{
  g_autofree char *on = day_at (sim->demo, day);
  g_autoptr(GPtrArray) batches = fy_supplies_list_batches (sim->store, item_id, FALSE, error);
  gint64 n = 0;

  if (batches == NULL)
    return -1;
  for (guint i = 0; i < batches->len; i++)
    {
      FySupplyBatch *b = g_ptr_array_index (batches, i);
      if (*b->expires == '\0' || strcmp (b->expires, on) >= 0)
        n += b->on_hand;
    }
  return n;
}

static gboolean
simulate_item (Sim *sim, const ItemSpec *spec, gint64 item_id, gint64 planned_milli, GError **error)
{
  gint64 daily = MAX (1, (planned_milli + 999) / 1000);
  int reserve = spec->reserve_days > 0 ? spec->reserve_days : FY_SUPPLY_DEFAULT_RESERVE_DAYS;
  gint64 target = MAX ((planned_milli * reserve + 999) / 1000, spec->min_stock);
  gboolean n95 = g_str_equal (spec->code, "KZ-003");
  gint64 first;
  int expires;

  /* The opening stock: 60 days' use (100 for a batch that is about to
   * expire, so some of it is still there); N95 exactly what leaves it just
   * below target today. */
  first = MAX (daily * (spec->soon ? 100 : 60), spec->min_stock * 3);
  if (n95)
    first = daily * (DAYS - 1) + target - daily * 2;
  expires = spec->soon ? fy_demo_rand (sim->demo, 12, 28) : spec->shelf_days ? spec->shelf_days - (DAYS - 1) : NEVER;
  if (!receive (sim, item_id, spec, -(DAYS - 1), first, expires, error))
    return FALSE;
  if (g_str_equal (spec->code, "YP-001"))
    {
      /* An old batch that expired five days ago, one box issued from it. */
      if (!receive (sim, item_id, spec, -(DAYS - 2), 12, -5, error) || issue (sim, item_id, -60, 1, error) == 0)
        return FALSE;
    }
  for (int day = -(DAYS - 2); day <= 0; day++)
    {
      gint64 usable;

      if (spec->every > 0 && (day % spec->every) == 0)
        {
          gint64 q = n95 ? daily * spec->every
                         : MAX (1, daily * spec->every * fy_demo_rand (sim->demo, 70, 120) / 100);
          if (issue (sim, item_id, day, q, error) == 0)
            return FALSE;
        }
      if (n95)
        continue;
      usable = usable_on (sim, item_id, day, error);
      if (usable < 0)
        return FALSE;
      if (usable < target * 13 / 10
          && !receive (sim, item_id, spec, day, MAX (daily * 45, target),
                       spec->shelf_days ? day + spec->shelf_days : NEVER, error))
        return FALSE;
    }
  return TRUE;
}

static void
collect_people (Sim *sim)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < sim->demo->staff->len; i++)
    {
      FyStaff *s = g_ptr_array_index (sim->demo->staff, i);

      if (s->status != FY_STAFF_ON_SITE)
        continue;
      g_ptr_array_add (sim->takers, s->name);
      if (s->department && *s->department && g_hash_table_add (seen, s->department))
        g_ptr_array_add (sim->departments, s->department);
      if (sim->keeper == NULL && g_strcmp0 (s->department, "后勤保障部") == 0)
        sim->keeper = s->name;
    }
  sim->approver = sim->takers->len > 0 ? g_ptr_array_index (sim->takers, 0) : "王主任";
  if (sim->keeper == NULL)
    sim->keeper = "仓库保管员";
}

/* The corrections an inspector expects to see handled properly. */
static gboolean
corrections (Sim *sim, gint64 *ids, GError **error)
{
  g_autofree char *yesterday = day_at (sim->demo, -1);
  g_autofree char *today = day_at (sim->demo, 0);
  g_autoptr(GPtrArray) batches = NULL;
  gint64 doc;

  /* A double entry of gloves, reversed the next day. */
  doc = issue (sim, ids[5], -2, 40, error);
  if (doc == 0 || fy_supplies_reverse (sim->store, doc, yesterday, "领用登记重复，红冲", error) == 0)
    return FALSE;
  /* One bottle of 84 broken in the store, scrapped; a stock-take of the
   * hand gel found two bottles fewer than the books. */
  batches = fy_supplies_list_batches (sim->store, ids[11], FALSE, error);
  if (batches == NULL || batches->len == 0)
    return batches != NULL;
  {
    FySupplyBatch *b = g_ptr_array_index (batches, 0);
    FySupplyBatchMoveInput scrap = { .day = today, .batch_id = b->id, .quantity = 1,
                                     .reason = "搬运时破损，经后勤主管批准报废", .person = sim->approver };
    if (fy_supplies_scrap (sim->store, &scrap, error) == 0)
      return FALSE;
  }
  g_clear_pointer (&batches, g_ptr_array_unref);
  batches = fy_supplies_list_batches (sim->store, ids[13], FALSE, error);
  if (batches == NULL || batches->len == 0)
    return batches != NULL;
  {
    FySupplyBatch *b = g_ptr_array_index (batches, 0);
    FySupplyCount count = { b->id, MAX (0, b->on_hand - 2) };
    return fy_supplies_stocktake (sim->store, today, ids[13], &count, 1, "月末盘点，盘亏2瓶（使用未登记）",
                                  error) > 0;
  }
}

gboolean
fy_demo_populate_supplies (FyDemo *demo, FyStore *store, GError **error)
{
  g_autoptr(GPtrArray) takers = g_ptr_array_new ();
  g_autoptr(GPtrArray) departments = g_ptr_array_new ();
  g_autoptr(GPtrArray) stock = NULL;
  g_autofree char *today = day_at (demo, 0);
  gint64 ids[G_N_ELEMENTS (items)];
  Sim sim = { demo, store, NULL, NULL, takers, departments, 0 };

  collect_people (&sim);
  if (departments->len == 0)
    g_ptr_array_add (departments, "行政部");
  if (takers->len == 0)
    g_ptr_array_add (takers, "王主任");
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(FySupplyItem) item = fy_supply_item_new ();

      g_free (item->code);
      item->code = g_strdup (items[i].code);
      g_free (item->name);
      item->name = g_strdup (items[i].name);
      g_free (item->spec);
      item->spec = g_strdup (items[i].spec);
      g_free (item->unit);
      item->unit = g_strdup (items[i].unit);
      g_free (item->place);
      item->place = g_strdup_printf ("%s-%02u", items[i].category == FY_SUPPLY_LIVING ? "B库" : "A库", i + 1);
      item->category = items[i].category;
      item->min_stock = items[i].min_stock;
      item->rule = items[i].rule;
      item->rule_milli = items[i].milli;
      item->reserve_days = items[i].reserve_days;
      ids[i] = fy_supplies_save_item (store, item, error);
      if (ids[i] == 0)
        return FALSE;
    }
  /* Planned use from today's headcount and areas, before any movement. */
  stock = fy_supplies_stock (store, today, 0, error);
  if (stock == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      gint64 planned = 0;

      for (guint j = 0; j < stock->len; j++)
        if (((FySupplyStock *) g_ptr_array_index (stock, j))->item_id == ids[i])
          planned = ((FySupplyStock *) g_ptr_array_index (stock, j))->planned_milli;
      if (!simulate_item (&sim, &items[i], ids[i], planned, error))
        return FALSE;
    }
  return corrections (&sim, ids, error);
}

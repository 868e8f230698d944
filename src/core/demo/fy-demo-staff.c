/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-demo-staff.c — the demo company's roster: about 330 people over
 * workshops, offices and support teams, who look like the staff of a
 * Suzhou machinery plant (names, birthplaces, ages, posts, dormitories).
 *
 * The data is a Chinese company's data, so it is written in Chinese and
 * is not translated. */
#include "config.h"

#include "fy-demo-private.h"
#include "fy-validate.h"

/* A weighted choice: text and relative weight. Tables end with { NULL }. */
typedef struct
{
  const char *text;
  guint       weight;
} DemoChoice;

/* One team of the organisation chart and how its people look. */
typedef struct
{
  const char       *department;
  const char       *team;
  guint             headcount;
  const char       *head_post;       /* department head (first unit of a department only) */
  const char       *lead_post;       /* first person of the team, NULL = none */
  const DemoChoice *posts;           /* everyone else */
  guint8            male_pct;
  guint8            min_age;
  guint8            max_age;
  guint8            dorm_pct;        /* lives in the company dormitory */
  guint8            outsourced_pct;  /* outsourced / labour dispatch */
  guint8            local_pct;       /* born in the Suzhou area */
  gboolean          high_contact;    /* the whole team (security, canteen, …) */
  const char       *outsourced_prefix; /* "PQ" labour dispatch, "WB" outsourced service */
  const char       *outsourced_note;
} DemoUnit;

/* ---- Names ------------------------------------------------------------- */

/* Roughly the frequency of the commonest surnames (per mille). */
static const DemoChoice surnames[] = {
  { "王", 71 }, { "李", 70 }, { "张", 67 }, { "刘", 54 }, { "陈", 45 }, { "杨", 31 },
  { "黄", 22 }, { "赵", 20 }, { "吴", 20 }, { "周", 19 }, { "徐", 15 }, { "孙", 15 },
  { "马", 13 }, { "朱", 13 }, { "胡", 12 }, { "郭", 11 }, { "何", 11 }, { "高", 10 },
  { "林", 10 }, { "罗", 9 }, { "郑", 9 }, { "梁", 9 }, { "谢", 8 }, { "宋", 8 },
  { "唐", 7 }, { "许", 7 }, { "韩", 7 }, { "冯", 7 }, { "邓", 7 }, { "曹", 6 },
  { "彭", 6 }, { "曾", 6 }, { "肖", 6 }, { "田", 6 }, { "董", 5 }, { "袁", 5 },
  { "潘", 5 }, { "于", 5 }, { "蒋", 5 }, { "蔡", 5 }, { "余", 5 }, { "杜", 5 },
  { "叶", 4 }, { "程", 4 }, { "苏", 4 }, { "魏", 4 }, { "吕", 4 }, { "丁", 4 },
  { "任", 4 }, { "沈", 4 }, { "姚", 4 }, { "卢", 4 }, { "姜", 3 }, { "崔", 3 },
  { "钟", 3 }, { "谭", 3 }, { "陆", 3 }, { "汪", 3 }, { "范", 3 }, { "金", 3 },
  { "石", 3 }, { "廖", 3 }, { "贾", 3 }, { "夏", 3 }, { "韦", 3 }, { "付", 3 },
  { "方", 3 }, { "白", 2 }, { "邹", 2 }, { "孟", 2 }, { "熊", 2 }, { "秦", 2 },
  { "邱", 2 }, { "江", 2 }, { "尹", 2 }, { "薛", 2 }, { "闫", 2 }, { "段", 2 },
  { "雷", 2 }, { "侯", 2 }, { "龙", 2 }, { "史", 2 }, { "陶", 2 }, { "黎", 2 },
  { "贺", 2 }, { "顾", 2 }, { "毛", 2 }, { "郝", 2 }, { "龚", 2 }, { "邵", 2 },
  { "万", 2 }, { "钱", 2 }, { "严", 2 }, { "戴", 1 }, { "武", 1 }, { "莫", 1 },
  { "孔", 1 }, { "向", 1 }, { "汤", 1 }, { "欧阳", 1 }, { "诸葛", 1 },
  { NULL }
};

/* Given-name characters. Names follow fashions, so people born before
 * 1980 draw two-character names from other pools than younger ones. */
static const char male_single[] =
  "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳亮峰东兵彬博晨锋坤毅";
static const char female_single[] =
  "芳娜敏静丽艳娟霞燕玲婷雪慧琳洁红梅莉萍颖倩琴丹璐欣佳";
static const char male_first_old[] = "建国志永德春海卫立长学金光文振庆新宏明福";
static const char male_second_old[] = "国华军平明林强伟东峰生荣民良成忠刚祥";
static const char male_first_young[] = "子浩宇俊嘉晨梓一思天博雨家明志文佳泽宏鹏";
static const char male_second_young[] = "轩然宇杰豪涛阳航辰博哲凯鑫磊旭睿浩鹏帆鸣";
static const char female_first_old[] = "秀桂玉春淑丽美红小凤金海素翠慧月晓";
static const char female_second_old[] = "英兰珍芳梅华霞琴萍红莲娟云凤燕玲芬";
static const char female_first_young[] = "欣雨梓佳思诗子晓一可梦雅嘉紫婉心语静";
static const char female_second_young[] = "怡萱涵琪婷妍悦琳雪颖璐洁菲瑶敏彤倩薇";

/* ---- Birthplaces (resident ID address codes) ---------------------------- */

/* Suzhou districts and county-level cities: the local staff. */
static const char *const suzhou_counties[] = {
  "320505", "320506", "320507", "320508", "320509", "320581", "320582", "320583", "320585", NULL
};

typedef struct
{
  guint              weight;
  const char *const *counties;
} DemoProvince;

static const char *const jiangsu_counties[] = {
  "320506", "320509", "320583", "320981", "321281", "320321", "320322", "320324", "321322",
  "320826", NULL
};
static const char *const anhui_counties[] = {
  "341221", "341222", "341225", "341226", "341282", "341321", "341322", "341323", "341324",
  "341522", "341523", "340321", "341621", "341623", NULL
};
static const char *const henan_counties[] = {
  "411421", "411422", "411424", "411425", "411426", "411621", "411623", "411625", "411627",
  "411628", "411721", "411724", "411525", "411526", NULL
};
static const char *const sichuan_counties[] = {
  "511321", "511304", "510821", "511623", "511722", "511725", "511921", "511123", NULL
};
static const char *const hubei_counties[] = {
  "420921", "421122", "421125", "421126", "421182", "420682", "421022", "421087", NULL
};
static const char *const hunan_counties[] = {
  "430524", "430525", "431121", "431021", "430621", "430923", NULL
};
static const char *const jiangxi_counties[] = {
  "360731", "360732", "361128", "361127", "360429", "360321", NULL
};
static const char *const guizhou_counties[] = {
  "520221", "520521", "520522", "520524", "520526", "520621", NULL
};
static const char *const shandong_counties[] = {
  "371321", "371323", "371325", "371327", "371722", "371723", "371725", NULL
};
static const char *const gansu_counties[] = {
  "620421", "621121", "621122", "620522", "620523", NULL
};
static const char *const chongqing_counties[] = {
  "500229", "500230", "500231", "500233", "500235", "500236", "500237", NULL
};
static const char *const yunnan_counties[] = { "530322", "530324", "530381", "530621", NULL };
static const char *const guangxi_counties[] = { "450881", "450921", "450923", NULL };

/* Where a Suzhou factory's workers come from. */
static const DemoProvince provinces[] = {
  { 24, jiangsu_counties }, { 20, anhui_counties }, { 16, henan_counties },
  { 8, sichuan_counties }, { 6, hubei_counties }, { 5, hunan_counties },
  { 5, jiangxi_counties }, { 5, guizhou_counties }, { 4, shandong_counties },
  { 3, chongqing_counties }, { 2, gansu_counties }, { 1, yunnan_counties },
  { 1, guangxi_counties },
};

/* Mobile prefixes in wide use by the three operators. */
static const char *const phone_prefixes[] = {
  "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
  "153", "155", "156", "157", "158", "159", "166", "173", "176", "177", "180", "181",
  "182", "183", "185", "186", "187", "188", "189", "191", "198", "199",
};

/* ---- The organisation chart ------------------------------------------ */

static const DemoChoice stamping_posts[] = {
  { "冲压操作工", 6 }, { "上下料工", 2 }, { "模具工", 1 }, { "叉车工", 1 }, { NULL }
};
static const DemoChoice welding_posts[] = {
  { "焊工", 5 }, { "焊装机器人操作员", 2 }, { "打磨工", 2 }, { NULL }
};
static const DemoChoice painting_posts[] = {
  { "喷涂工", 4 }, { "前处理操作工", 2 }, { "调漆工", 1 }, { "打磨工", 1 }, { NULL }
};
static const DemoChoice machining_posts[] = {
  { "数控车床操作工", 4 }, { "加工中心操作工", 4 }, { "磨床工", 1 }, { "刀具管理员", 1 }, { NULL }
};
static const DemoChoice assembly_posts[] = {
  { "装配工", 7 }, { "线边物料员", 1 }, { "下线检测员", 1 }, { NULL }
};
static const DemoChoice quality_posts[] = {
  { "质检员", 5 }, { "质量工程师", 1 }, { "计量员", 1 }, { NULL }
};
static const DemoChoice warehouse_posts[] = {
  { "仓管员", 3 }, { "叉车司机", 2 }, { "收发员", 1 }, { NULL }
};
static const DemoChoice logistics_posts[] = {
  { "货车司机", 2 }, { "物流专员", 2 }, { "装卸工", 2 }, { NULL }
};
static const DemoChoice maintenance_posts[] = {
  { "设备维修工", 3 }, { "钳工", 1 }, { "电工", 1 }, { NULL }
};
static const DemoChoice utilities_posts[] = {
  { "电工", 2 }, { "空压站操作工", 1 }, { "水处理操作工", 1 }, { NULL }
};
static const DemoChoice management_posts[] = {
  { "副总经理", 1 }, { "总经理助理", 1 }, { NULL }
};
static const DemoChoice general_affairs_posts[] = {
  { "行政专员", 2 }, { "前台", 1 }, { "公务车司机", 1 }, { "安全员", 1 }, { NULL }
};
static const DemoChoice hr_posts[] = { { "人事专员", 2 }, { "招聘专员", 1 }, { NULL } };
static const DemoChoice finance_posts[] = { { "会计", 2 }, { "出纳", 1 }, { NULL } };
static const DemoChoice domestic_sales_posts[] = {
  { "销售代表", 3 }, { "销售助理", 1 }, { "客服专员", 1 }, { NULL }
};
static const DemoChoice export_sales_posts[] = { { "外贸业务员", 3 }, { "单证员", 1 }, { NULL } };
static const DemoChoice canteen_posts[] = {
  { "厨师", 2 }, { "帮厨", 3 }, { "打菜员", 2 }, { "洗碗工", 1 }, { NULL }
};
static const DemoChoice cleaning_posts[] = { { "保洁员", 1 }, { NULL } };
static const DemoChoice security_posts[] = { { "门岗保安", 2 }, { "巡逻保安", 1 }, { NULL } };

#define DISPATCH "PQ", "劳务派遣"

static const DemoUnit units[] = {
  /* department, team, n, head, lead, posts, male%, ages, dorm%, outsourced%, local%, high contact */
  { "总经办", "", 3, "总经理", NULL, management_posts, 70, 38, 56, 0, 0, 70, FALSE, NULL, NULL },
  { "冲压车间", "甲班", 15, "车间主任", "班长", stamping_posts, 85, 20, 50, 60, 15, 15, FALSE, DISPATCH },
  { "冲压车间", "乙班", 15, NULL, "班长", stamping_posts, 85, 20, 50, 60, 15, 15, FALSE, DISPATCH },
  { "冲压车间", "丙班", 14, NULL, "班长", stamping_posts, 85, 20, 50, 60, 15, 15, FALSE, DISPATCH },
  { "焊装车间", "甲班", 16, "车间主任", "班长", welding_posts, 90, 20, 48, 60, 15, 15, FALSE, DISPATCH },
  { "焊装车间", "乙班", 16, NULL, "班长", welding_posts, 90, 20, 48, 60, 15, 15, FALSE, DISPATCH },
  { "焊装车间", "丙班", 16, NULL, "班长", welding_posts, 90, 20, 48, 60, 15, 15, FALSE, DISPATCH },
  { "涂装车间", "甲班", 16, "车间主任", "班长", painting_posts, 75, 20, 50, 55, 10, 15, FALSE, DISPATCH },
  { "涂装车间", "乙班", 16, NULL, "班长", painting_posts, 75, 20, 50, 55, 10, 15, FALSE, DISPATCH },
  { "机加工车间", "一组", 17, "车间主任", "组长", machining_posts, 85, 21, 50, 50, 10, 20, FALSE, DISPATCH },
  { "机加工车间", "二组", 16, NULL, "组长", machining_posts, 85, 21, 50, 50, 10, 20, FALSE, DISPATCH },
  { "总装车间", "一组", 14, "车间主任", "组长", assembly_posts, 65, 19, 45, 65, 25, 10, FALSE, DISPATCH },
  { "总装车间", "二组", 14, NULL, "组长", assembly_posts, 65, 19, 45, 65, 25, 10, FALSE, DISPATCH },
  { "总装车间", "三组", 14, NULL, "组长", assembly_posts, 65, 19, 45, 65, 25, 10, FALSE, DISPATCH },
  { "总装车间", "四组", 14, NULL, "组长", assembly_posts, 65, 19, 45, 65, 25, 10, FALSE, DISPATCH },
  { "质量部", "来料检验组", 6, "质量部经理", "组长", quality_posts, 50, 22, 50, 30, 0, 40, FALSE, NULL, NULL },
  { "质量部", "过程检验组", 8, NULL, "组长", quality_posts, 50, 22, 50, 30, 0, 40, FALSE, NULL, NULL },
  { "质量部", "成品检验组", 6, NULL, "组长", quality_posts, 50, 22, 50, 30, 0, 40, FALSE, NULL, NULL },
  { "仓储物流部", "仓库组", 12, "仓储物流部部长", "组长", warehouse_posts, 80, 22, 52, 40, 10, 25, FALSE, DISPATCH },
  { "仓储物流部", "物流组", 10, NULL, "组长", logistics_posts, 90, 23, 55, 40, 10, 25, TRUE, DISPATCH },
  { "设备部", "维修组", 8, "设备部部长", "组长", maintenance_posts, 95, 25, 55, 20, 0, 40, FALSE, NULL, NULL },
  { "设备部", "动力组", 5, NULL, "组长", utilities_posts, 95, 25, 55, 20, 0, 40, FALSE, NULL, NULL },
  /* The prevention officer (填表人) leads general affairs; the reviewer
   * (审核人) is the head of administration. */
  { "行政部", "综合组", 7, "行政部经理", "防疫专员", general_affairs_posts, 40, 24, 55, 10, 0, 60, FALSE, NULL, NULL },
  { "行政部", "人事组", 4, NULL, NULL, hr_posts, 35, 24, 50, 10, 0, 60, FALSE, NULL, NULL },
  { "行政部", "财务组", 4, NULL, NULL, finance_posts, 25, 26, 55, 0, 0, 70, FALSE, NULL, NULL },
  { "销售部", "国内销售组", 8, "销售部经理", "组长", domestic_sales_posts, 65, 24, 50, 0, 0, 50, TRUE, NULL, NULL },
  { "销售部", "外贸组", 5, NULL, NULL, export_sales_posts, 45, 24, 45, 0, 0, 50, TRUE, NULL, NULL },
  { "后勤保障部", "食堂", 12, "后勤保障部部长", "厨师长", canteen_posts, 40, 30, 56, 50, 70, 20, TRUE, "WB", "外包餐饮" },
  { "后勤保障部", "保洁", 10, NULL, "保洁组长", cleaning_posts, 20, 38, 58, 20, 100, 30, TRUE, "WB", "外包保洁" },
  { "后勤保障部", "保安", 12, NULL, "保安队长", security_posts, 95, 25, 58, 60, 100, 20, TRUE, "WB", "外包保安" },
};

#undef DISPATCH

#define DORM_ROOM_BEDS  6

/* ---- The generator ----------------------------------------------------- */

/* Scratch state of one run of the roster generator. */
typedef struct
{
  FyDemo     *demo;
  GHashTable *names;        /* full names in use (borrowed from staff) */
  GHashTable *phones;       /* owned keys */
  GHashTable *ids;          /* owned keys */
  GArray     *unit_of;      /* guint: index into units[] per person */
  guint       dorm_beds[3]; /* beds taken per building */
} StaffGen;

static int
rnd (StaffGen *gen, int lo, int hi)
{
  return fy_demo_rand (gen->demo, lo, hi);
}

static gboolean
chance (StaffGen *gen, guint percent)
{
  return fy_demo_chance (gen->demo, percent);
}

static const char *
pick_weighted (StaffGen *gen, const DemoChoice *choices)
{
  guint total = 0;
  int r;

  for (const DemoChoice *c = choices; c->text; c++)
    total += c->weight;
  r = rnd (gen, 0, (int) total - 1);
  for (const DemoChoice *c = choices; c->text; c++)
    {
      r -= (int) c->weight;
      if (r < 0)
        return c->text;
    }
  g_assert_not_reached ();
  return choices[0].text;
}

/* One UTF-8 character of a pool, appended to `out`. */
static void
append_char_of (StaffGen *gen, GString *out, const char *pool)
{
  glong n = g_utf8_strlen (pool, -1);
  const char *p = g_utf8_offset_to_pointer (pool, rnd (gen, 0, (int) n - 1));

  g_string_append_len (out, p, g_utf8_next_char (p) - p);
}

static char *
make_given_name (StaffGen *gen, gboolean male, int birth_year)
{
  GString *name = g_string_new (NULL);
  gboolean older = birth_year < 1980;

  /* About a third of people have a one-character given name. */
  if (chance (gen, 30))
    append_char_of (gen, name, male ? male_single : female_single);
  else
    {
      g_autoptr(GString) second = g_string_new (NULL);
      append_char_of (gen, name, male ? (older ? male_first_old : male_first_young)
                                       : (older ? female_first_old : female_first_young));
      do
        {
          g_string_truncate (second, 0);
          append_char_of (gen, second, male ? (older ? male_second_old : male_second_young)
                                             : (older ? female_second_old : female_second_young));
        }
      while (g_str_equal (second->str, name->str));
      g_string_append (name, second->str);
    }
  return g_string_free (name, FALSE);
}

/* A full name, distinct from everyone else's (real rosters of this size
 * rarely repeat one, and the officer searches by name). */
static char *
make_name (StaffGen *gen, gboolean male, int birth_year)
{
  for (;;)
    {
      const char *surname = pick_weighted (gen, surnames);
      g_autofree char *given = make_given_name (gen, male, birth_year);
      char *name = g_strconcat (surname, given, NULL);

      if (!g_hash_table_contains (gen->names, name))
        return name;
      g_free (name);
    }
}

static const char *
pick_county (StaffGen *gen, guint local_pct)
{
  const char *const *counties = suzhou_counties;

  if (!chance (gen, local_pct))
    {
      guint total = 0;
      int r;

      for (guint i = 0; i < G_N_ELEMENTS (provinces); i++)
        total += provinces[i].weight;
      r = rnd (gen, 0, (int) total - 1);
      for (guint i = 0; i < G_N_ELEMENTS (provinces); i++)
        {
          r -= (int) provinces[i].weight;
          if (r < 0)
            {
              counties = provinces[i].counties;
              break;
            }
        }
    }
  return counties[rnd (gen, 0, (int) g_strv_length ((char **) counties) - 1)];
}

/* An 18-character resident ID: address code, birth date, a sequence whose
 * last digit is odd for men and even for women, and the check character. */
static char *
make_id_number (StaffGen *gen, const GDate *birth, gboolean male, guint local_pct)
{
  for (;;)
    {
      int seq = rnd (gen, 0, 99) * 10 + rnd (gen, 0, 4) * 2 + (male ? 1 : 0);
      g_autofree char *first17 = g_strdup_printf ("%s%04d%02d%02d%03d", pick_county (gen, local_pct),
                                                  g_date_get_year (birth), g_date_get_month (birth),
                                                  g_date_get_day (birth), seq);
      char *id = g_strdup_printf ("%s%c", first17, fy_id_number_check_char (first17));

      if (g_hash_table_add (gen->ids, id))
        return g_strdup (id);
    }
}

static char *
make_phone (StaffGen *gen)
{
  for (;;)
    {
      char *phone = g_strdup_printf ("%s%08d", phone_prefixes[rnd (gen, 0, G_N_ELEMENTS (phone_prefixes) - 1)],
                                     rnd (gen, 0, 99999999));
      if (g_hash_table_add (gen->phones, phone))
        return g_strdup (phone);
    }
}

/* Birth date giving exactly `age` years today. */
static void
make_birth_date (StaffGen *gen, int age, GDate *birth)
{
  *birth = gen->demo->today;
  g_date_subtract_years (birth, age);
  g_date_subtract_days (birth, rnd (gen, 1, 364));
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* Men in workshops live in building 1, other men in 2, women in 3; rooms
 * of six beds filled in order, ten rooms a floor, so a team shares rooms. */
static char *
assign_dormitory (StaffGen *gen, const DemoUnit *unit, gboolean male)
{
  guint building = !male ? 2 : g_str_has_suffix (unit->department, "车间") ? 0 : 1;
  guint room = gen->dorm_beds[building]++ / DORM_ROOM_BEDS;

  return g_strdup_printf ("%u号楼%u%02u", building + 1, room / 10 + 1, room % 10 + 1);
}

static void
set_text (char **field, const char *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

/* Vaccination: most people have the booster, some stopped at two. */
static int
make_vaccine_doses (StaffGen *gen, int age)
{
  int r = rnd (gen, 0, 99);

  if (r < (age >= 50 ? 72 : 84))
    return 3;
  if (r < 94)
    return 2;
  if (r < 96)
    return 1;
  return 0;
}

static FyStaff *
make_person (StaffGen *gen, const DemoUnit *unit, const char *post, int min_age, int max_age,
             gboolean may_outsource)
{
  FyStaff *s = fy_staff_new ();
  gboolean male = chance (gen, unit->male_pct);
  /* The average of two draws: fewer people at the ends of the range. */
  int age = (rnd (gen, min_age, max_age) + rnd (gen, min_age, max_age) + 1) / 2;
  GDate birth;

  make_birth_date (gen, age, &birth);
  s->outsourced = may_outsource && unit->outsourced_pct > 0 && chance (gen, unit->outsourced_pct);

  set_text (&s->gender, male ? "M" : "F");
  g_free (s->name);
  s->name = make_name (gen, male, g_date_get_year (&birth));
  g_hash_table_add (gen->names, s->name);
  set_text (&s->department, unit->department);
  set_text (&s->team, unit->team);
  set_text (&s->post, post);
  s->high_contact = unit->high_contact;
  g_free (s->phone);
  s->phone = make_phone (gen);
  set_text (&s->id_kind, "resident");
  g_free (s->id_number);
  s->id_number = make_id_number (gen, &birth, male, unit->local_pct);
  if (unit->dorm_pct > 0 && chance (gen, unit->dorm_pct))
    {
      g_free (s->dormitory);
      s->dormitory = assign_dormitory (gen, unit, male);
    }
  s->vaccine_doses = make_vaccine_doses (gen, age);
  if (s->vaccine_doses == 0 && chance (gen, 60))
    set_text (&s->note, "有接种禁忌证");
  if (s->outsourced)
    set_text (&s->note, unit->outsourced_note);
  /* The employee number is given later (see assign_employee_numbers). */
  set_text (&s->employee_no, s->outsourced ? unit->outsourced_prefix : "CH");
  return s;
}

/* Employee numbers: a prefix (CH own staff, PQ labour dispatch, WB
 * outsourced service) and the hiring number. Numbers are handed out in a
 * shuffled order, with gaps for people who left long ago. */
static void
assign_employee_numbers (StaffGen *gen, const char *prefix, guint digits)
{
  g_autoptr(GArray) pool = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = 0, next = 0;

  for (guint i = 0; i < gen->demo->staff->len; i++)
    if (g_str_equal (((FyStaff *) g_ptr_array_index (gen->demo->staff, i))->employee_no, prefix))
      n++;
  for (guint k = 1; k <= n + n / 4 + 1; k++)
    g_array_append_val (pool, k);
  for (guint k = pool->len - 1; k > 0; k--)
    {
      guint j = (guint) rnd (gen, 0, (int) k);
      guint t = g_array_index (pool, guint, k);
      g_array_index (pool, guint, k) = g_array_index (pool, guint, j);
      g_array_index (pool, guint, j) = t;
    }
  for (guint i = 0; i < gen->demo->staff->len; i++)
    {
      FyStaff *s = g_ptr_array_index (gen->demo->staff, i);
      if (g_str_equal (s->employee_no, prefix))
        {
          g_free (s->employee_no);
          s->employee_no = g_strdup_printf ("%s%0*u", prefix, (int) digits,
                                            g_array_index (pool, guint, next++));
        }
    }
}

static gboolean
is_rank_and_file (StaffGen *gen, guint i)
{
  FyStaff *s = g_ptr_array_index (gen->demo->staff, i);
  const DemoUnit *unit = &units[g_array_index (gen->unit_of, guint, i)];

  return s->status == FY_STAFF_ON_SITE
      && g_strcmp0 (s->post, unit->lead_post) != 0 && g_strcmp0 (s->post, unit->head_post) != 0;
}

/* Picks someone still on site, not a head or team lead, from a workshop
 * when `workshop_only`. */
static FyStaff *
pick_person (StaffGen *gen, gboolean workshop_only)
{
  for (;;)
    {
      guint i = (guint) rnd (gen, 0, (int) gen->demo->staff->len - 1);
      FyStaff *s = g_ptr_array_index (gen->demo->staff, i);

      if (is_rank_and_file (gen, i) && (!workshop_only || g_str_has_suffix (s->department, "车间")))
        return s;
    }
}

/* A few people away from the plant, and a few who left. */
static void
assign_statuses (StaffGen *gen)
{
  static const struct { FyStaffStatus status; guint count; const char *note; } away[] = {
    { FY_STAFF_OBSERVATION, 3, "外地返岗后厂内健康观察" },
    { FY_STAFF_HOME_ISOLATION, 2, "密切接触者居家隔离" },
    { FY_STAFF_CENTRAL_ISOLATION, 1, "次密接集中隔离" },
  };
  guint n_left = (guint) rnd (gen, 5, 8);

  for (guint k = 0; k < G_N_ELEMENTS (away); k++)
    for (guint j = 0; j < away[k].count; j++)
      {
        FyStaff *s = pick_person (gen, FALSE);
        s->status = away[k].status;
        set_text (&s->note, away[k].note);
      }

  for (guint j = 0; j < n_left; j++)
    {
      FyStaff *s = pick_person (gen, TRUE);
      GDate left = gen->demo->today;

      g_date_subtract_days (&left, rnd (gen, 3, 150));
      s->status = FY_STAFF_LEFT;
      g_free (s->left_on);
      s->left_on = format_date (&left);
      set_text (&s->dormitory, "");
      set_text (&s->note, s->outsourced ? "派遣期满离岗" : "个人原因离职");
    }
}

gboolean
fy_demo_generate_staff (FyDemo *demo, GError **error)
{
  StaffGen state = { .demo = demo };
  StaffGen *gen = &state;
  gboolean ok = TRUE;

  gen->names = g_hash_table_new (g_str_hash, g_str_equal);
  gen->phones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gen->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gen->unit_of = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      const DemoUnit *unit = &units[u];

      for (guint k = 0; k < unit->headcount; k++)
        {
          FyStaff *s;

          /* Heads and team leads are own staff with some seniority;
           * fully outsourced teams (security, cleaning) have their own lead. */
          if (k == 0 && unit->head_post)
            s = make_person (gen, unit, unit->head_post, MAX (unit->min_age, 35),
                             MAX (unit->max_age - 2, 40), FALSE);
          else if (unit->lead_post && k == (unit->head_post ? 1u : 0u))
            s = make_person (gen, unit, unit->lead_post, MAX (unit->min_age, 28), unit->max_age,
                             unit->outsourced_pct == 100);
          else
            s = make_person (gen, unit, pick_weighted (gen, unit->posts), unit->min_age,
                             unit->max_age, TRUE);
          g_ptr_array_add (gen->demo->staff, s);
          g_array_append_val (gen->unit_of, u);
        }
    }

  assign_employee_numbers (gen, "CH", 4);
  assign_employee_numbers (gen, "PQ", 4);
  assign_employee_numbers (gen, "WB", 3);
  assign_statuses (gen);

  g_hash_table_unref (gen->names);
  g_hash_table_unref (gen->phones);
  g_hash_table_unref (gen->ids);
  g_array_unref (gen->unit_of);

  /* The demo must never hold data the app would reject. */
  for (guint i = 0; ok && i < demo->staff->len; i++)
    ok = fy_staff_validate (g_ptr_array_index (demo->staff, i), NULL, error);
  return ok;
}


/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-demo-plans.c — the demo company's plans: the task force (the general
 * manager leads, working groups led by managers), the plan register (one
 * review falling due), a signed reopening checklist, a self-inspection with
 * two open corrective actions (one overdue), a drill held last month, and
 * a finished emergency procedure from last week whose contacts are the
 * demo's close contacts under home isolation. Written inside the demo's
 * transaction, after the health step (it links those quarantines). Texts
 * are the company's own records (Chinese), not translated. */
#include "config.h"

#include "fy-clock.h"
#include "fy-demo-private.h"
#include "fy-store-private.h"
#include "fy-validate.h"

/* The demo's own records, with @D-n@ standing for the day n days ago and
 * @T-n@ for 09:00 on it (Unix seconds). */
static const char plans_sql[] =
  /* 防控专班 */
  "INSERT INTO taskforce_member (role, staff_id, name, phone, duty, position)"
  " SELECT 'leader', id, name, phone, '全面负责本企业疫情防控工作，第一责任人', 1 FROM staff"
  "  WHERE post = '总经理' ORDER BY id LIMIT 1;"
  "INSERT INTO taskforce_member (role, staff_id, name, phone, duty, position)"
  " SELECT 'deputy', id, name, phone, '协助组长，分管复工复产和物资保障', 2 FROM staff"
  "  WHERE department = '总经办' AND post <> '总经理' ORDER BY post = '副总经理' DESC, id LIMIT 1;"
  "INSERT INTO taskforce_member (role, staff_id, name, phone, duty, position)"
  " SELECT 'liaison', id, name, phone, '每日向属地指挥部报送疫情信息和零报告', 3 FROM staff"
  "  WHERE name = (SELECT value FROM setting WHERE key = 'officer') ORDER BY id LIMIT 1;"
  "INSERT INTO taskforce_member (role, group_name, group_leader, staff_id, name, phone, duty, position)"
  " SELECT 'member', g.name, 1, s.id, s.name, s.phone, g.duty, 3 + g.n FROM"
  "  (SELECT 1 AS n, '综合协调组' AS name, '统筹协调，台账汇总' AS duty UNION ALL"
  "   SELECT 2, '防控督导组', '每日巡查，督促整改' UNION ALL"
  "   SELECT 3, '后勤保障组', '防疫物资采购、发放和储备' UNION ALL"
  "   SELECT 4, '宣传组', '防疫知识宣传和培训' UNION ALL"
  "   SELECT 5, '应急处置组', '异常人员转移、消杀和应急处置') g"
  "  JOIN (SELECT id, name, phone, row_number() OVER (ORDER BY id) AS n FROM staff"
  "        WHERE (post LIKE '%经理' OR post LIKE '%主管' OR post LIKE '%长') AND department <> '总经办'"
  "        AND status = 'on_site') s ON s.n = g.n;"
  "INSERT INTO taskforce_member (role, group_name, staff_id, name, phone, duty, position)"
  " VALUES ('member', '应急处置组', NULL, '周卫东', '13962112345', '属地社区卫生服务中心联络医生（外聘）', 20);"
  /* 方案预案登记 */
  "INSERT INTO plan_document (kind, title, version, approved_on, approved_by, next_review, created_at) VALUES"
  " ('prevention', '新冠肺炎疫情防控工作方案', 'V3.0', '@D-120@', '总经理', '@D+60@', @T-120@),"
  " ('reopening', '复工复产方案', 'V1.2', '@D-300@', '总经理', '@D+65@', @T-300@),"
  " ('emergency', '疫情防控应急处置预案', 'V2.1', '@D-200@', '总经理', '@D-3@', @T-200@),"
  " ('commitment', '复工复产疫情防控承诺书', '', '@D-300@', '总经理', NULL, @T-300@),"
  " ('rule', '员工健康监测和报告制度', 'V1.0', '@D-250@', '防控专班', '@D+115@', @T-250@);"
  /* A signed reopening checklist, every item yes. */
  "INSERT INTO checklist_run (id, template_id, day, inspector, confirmer, signed_at, created_at)"
  " VALUES (1, 1, '@D-30@', '防控督导组', '总经理', @T-30@, @T-30@);"
  "INSERT INTO checklist_run_item (run_id, position, category, content, method, evidence_required, probe,"
  " answer, answered_at) SELECT 1, position, category, content, method, evidence_required, probe, 'yes', @T-30@"
  " FROM checklist_template_item WHERE template_id = 1;"
  /* A signed self-inspection: two items not met, with their actions. */
  "INSERT INTO checklist_run (id, template_id, day, inspector, confirmer, signed_at, created_at)"
  " VALUES (2, 3, '@D-5@', '防控督导组', '总经理', @T-5@, @T-5@);"
  "INSERT INTO checklist_run_item (run_id, position, category, content, method, evidence_required, probe,"
  " answer, problem, answered_at) SELECT 2, position, category, content, method, evidence_required, probe,"
  " CASE position WHEN 9 THEN 'no' WHEN 13 THEN 'no' WHEN 12 THEN 'na' ELSE 'yes' END,"
  " CASE position WHEN 9 THEN '食堂午餐高峰排队间距不足1米' WHEN 13 THEN '2号楼电梯消毒记录缺3天' ELSE '' END,"
  " @T-5@ FROM checklist_template_item WHERE template_id = 3;"
  "INSERT INTO action_item (source, source_id, position, problem, action, responsible, deadline, raised_on,"
  " created_at) VALUES"
  " ('checklist', 2, 9, '食堂午餐高峰排队间距不足1米', '地面贴1米线，分三批错峰就餐', '行政部', '@D-1@', '@D-5@', @T-5@),"
  " ('checklist', 2, 13, '2号楼电梯消毒记录缺3天', '指定专人每日两次消毒并当班登记', '物业', '@D+3@', '@D-5@', @T-5@);"
  /* A drill held last month, with its problem fixed. */
  "INSERT INTO drill (id, plan_id, kind, scenario, day, place, organiser, commander, participants, record, held,"
  " people_in_place, supplies_sufficient, ppe_worn, efficient, objective_achieved, revise_plan, recorder,"
  " created_at) VALUES (1, (SELECT id FROM plan_document WHERE kind = 'emergency'), 'functional',"
  " '门岗测温发现员工体温37.8℃', '@D-40@', '1号门岗、临时观察室', '防控专班', '总经理', '门岗、应急处置组、后勤保障组共12人',"
  " '发现异常→复测→转入临时观察室→报告专班→联系属地社区→观察室终末消毒，全程18分钟', 1, 1, 1, 1, 0, 1, 1,"
  " '防控督导组', @T-40@);"
  "INSERT INTO action_item (source, source_id, problem, action, responsible, deadline, raised_on, done_on,"
  " recheck, created_at) VALUES ('drill', 1, '转运路线指引不清，耽误约5分钟', '沿途增设地面指引标识',"
  " '后勤保障组', '@D-33@', '@D-40@', '@D-35@', '标识已设置，复查合格', @T-40@);";

/* A finished emergency procedure from last week: the community reported a
 * positive case among outside cleaners; the close contacts on the roster
 * were sent home (the demo's home_7 quarantines). */
static const char emergency_sql[] =
  "INSERT INTO emergency (id, staff_id, person_name, trigger, started_at, started_by, finished_at, note)"
  " VALUES (1, NULL, '外包保洁员（社区通报阳性）', 'manual', @E@, '防控专班', @E@ + 3 * 86400,"
  " '社区通报外包保洁人员核酸阳性，启动应急预案');"
  "INSERT INTO emergency_step (emergency_id, step, position, started_at, due_at, done_at, done_by, note)"
  " VALUES (1, 'report', 1, @E@, NULL, @E@ + 600, '防控专班', '电话报告属地疫情防控指挥部'),"
  " (1, 'observation', 2, @E@, NULL, @E@ + 1800, '应急处置组', '相关人员转入临时观察室'),"
  " (1, 'retest', 3, @E@, @E@ + 21600, @E@ + 14400, '应急处置组', '复核核酸阴性'),"
  " (1, 'contacts', 4, @E@, NULL, @E@ + 43200, '防控专班', '密接人员居家隔离'),"
  " (1, 'zones', 5, @E@, NULL, @E@ + 3600, '防控专班', ''),"
  " (1, 'disinfect', 6, @E@, NULL, @E@ + 28800, '后勤保障组', '保洁工具间及办公楼2层终末消毒'),"
  " (1, 'investigation', 7, @E@, NULL, @E@ + 86400, '防控专班', '向疾控提供近14天活动轨迹'),"
  " (1, 'production', 8, @E@, NULL, @E@ + 7200, '防控专班', '其他区域正常生产'),"
  " (1, 'shutdown', 9, NULL, NULL, NULL, '', '未停产');"
  "INSERT INTO emergency_contact (emergency_id, staff_id, name, source, quarantine_id)"
  " SELECT 1, q.staff_id, s.name, 'manual', q.id FROM quarantine q JOIN staff s ON s.id = q.staff_id"
  "  WHERE q.reason = 'close_contact' ORDER BY q.id;";

static char *
expand (const char *sql, const char *today, gint64 emergency_at)
{
  g_autoptr(GRegex) re = g_regex_new ("@([DT])([+-][0-9]+)@|@E@", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GString *out = g_string_new (NULL);
  const char *p = sql;
  int start, end;

  g_regex_match (re, sql, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *kind = g_match_info_fetch (match, 1);
      g_autofree char *offset = g_match_info_fetch (match, 2);

      g_match_info_fetch_pos (match, 0, &start, &end);
      g_string_append_len (out, p, sql + start - p);
      if (kind == NULL || *kind == '\0')
        g_string_append_printf (out, "%" G_GINT64_FORMAT, emergency_at);
      else
        {
          g_autofree char *day = fy_date_add_days (today, (int) g_ascii_strtoll (offset, NULL, 10));
          if (*kind == 'D')
            g_string_append (out, day);
          else
            g_string_append_printf (out, "%" G_GINT64_FORMAT, fy_local_day_start (day) + 9 * 3600);
        }
      p = sql + end;
      g_match_info_next (match, NULL);
    }
  g_string_append (out, p);
  return g_string_free (out, FALSE);
}

gboolean
fy_demo_populate_plans (FyDemo *demo, FyStore *store, GError **error)
{
  char today[16];
  g_autofree char *plans = NULL, *emergency = NULL, *first = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 at;

  g_date_strftime (today, sizeof today, "%Y-%m-%d", &demo->today);
  plans = expand (plans_sql, today, 0);
  if (!fy_store_exec (store, plans, error))
    return FALSE;

  /* The emergency began the evening before the first close contact went
   * home; without such quarantines, a week ago. */
  stmt = fy_store_prepare (store, "SELECT min(start_day) FROM quarantine WHERE reason = 'close_contact'", error);
  if (stmt == NULL || !fy_store_step_row (store, stmt, "", error))
    return FALSE;
  first = g_strdup (sqlite3_column_type (stmt, 0) == SQLITE_NULL ? "" : fy_column_text (stmt, 0));
  if (*first == '\0')
    {
      g_free (first);
      first = fy_date_add_days (today, -7);
    }
  at = fy_local_day_start (first) - 4 * 3600;   /* 20:00 the day before */
  emergency = expand (emergency_sql, today, at);
  return fy_store_exec (store, emergency, error);
}

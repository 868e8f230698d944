/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledgers-nat.c — the nucleic-acid test ledger (核酸检测台账: every
 * sample of a period with the person's category, required interval, result,
 * when the next one was due and whether it came late) and the vaccination
 * ledger (疫苗接种登记: dose dates per person, makers, why not vaccinated). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-health-private.h"
#include "fy-ledger-defs.h"
#include "fy-ledger-private.h"
#include "fy-ledgers-private.h"
#include "fy-tests.h"

/* ---- nucleic-acid tests ------------------------------------------------- */

static const FyCodeLabel category_labels[] = {
  /* Translators: 人群类别 in the nucleic-acid ledger: under quarantine. */
  { "quarantine", N_("Under quarantine") },
  /* Translators: 人群类别: staff of a high-contact post (guards, canteen…). */
  { "high_contact", N_("High-contact post") },
  /* Translators: 人群类别: everyone else. */
  { "general", N_("General staff") },
  FY_CODE_LABEL_END
};

static const FyCodeLabel overdue_labels[] = {
  /* Translators: the nucleic-acid ledger's 逾期 column: the next test was
   * due and none was taken yet (逾期未检). */
  { "overdue", N_("Overdue") },
  /* Translators: 逾期 column: the next test was taken, but after it was due (逾期后补检). */
  { "late", N_("Tested late") },
  FY_CODE_LABEL_END
};

/* The sampling column shows nothing for "not recorded" (older samples,
 * antigen tests): a blank cell, not a claim. */
static const FyCodeLabel sampling_labels[] = {
  { "single", N_("Single sample") },
  { "pooled", N_("Pooled sample") },
  FY_CODE_LABEL_END
};

static const FyLedgerColumn nat_columns[] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "name", N_("Name"), NULL, FY_COLUMN_TEXT, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "department", N_("Department"), NULL, FY_COLUMN_TEXT, 11, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  /* Translators: 人群类别 */
  { "category", N_("Category"), NULL, FY_COLUMN_ENUM, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, category_labels },
  /* Translators: 要求频次（小时）: hours between two required tests. */
  { "interval", N_("Required every (h)"), NULL, FY_COLUMN_NUMBER, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "sampled_at", N_("Sampled at"), NULL, FY_COLUMN_DATETIME, 14, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: how a sample was tested (nucleic acid / antigen): 检测方式;
   * not the thermometer's 测温方式. */
  { "kind", NC_("test method", "Method"), NULL, FY_COLUMN_ENUM, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE,
    fy_test_kind_labels, "test method" },
  /* Translators: 采样方式: 单采 / 混采. */
  { "sampling", N_("Sampling"), NULL, FY_COLUMN_ENUM, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, sampling_labels },
  { "result", N_("Result"), NULL, FY_COLUMN_ENUM, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_test_result_labels },
  { "result_at", N_("Result at"), NULL, FY_COLUMN_DATETIME, 14, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: 下次应检: when the next test is due. */
  { "next_due", N_("Next due"), NULL, FY_COLUMN_DATETIME, 14, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: 逾期 */
  { "overdue", N_("Overdue"), NULL, FY_COLUMN_ENUM, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, overdue_labels },
  { "remarks", N_("Remarks"), NULL, FY_COLUMN_TEXT, 16, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
};

/* Samples taken in [:from_ts, :to_ts). The next sample of the same person
 * and kind comes from a window over the samples since :from_ts (the table
 * is kept in time order and has no per-person index on purpose). The
 * cadence is the person's rule, FY_SQL_CADENCE. Only nucleic-acid samples
 * have a cadence; samples planned by a quarantine follow its plan. */
static const char nat_sql[] =
  "WITH t AS ("
  "  SELECT id, staff_id, sampled_at, kind, result, result_at, place, sampling,"
  "   lead (sampled_at) OVER (PARTITION BY staff_id, kind ORDER BY sampled_at, id) AS next_at"
  "  FROM test_result WHERE sampled_at >= :from_ts),"
  " r AS ("
  "  SELECT t.*, s.name, s.department, s.team, s.status, qt.quarantine_id, qt.phase_day,"
  "   s.high_contact,"
  "   CASE WHEN t.kind = 'pcr' THEN " FY_SQL_CADENCE (":hours_high_contact", ":hours_default") " END AS hours"
  "  FROM t JOIN staff s ON s.id = t.staff_id"
  FY_SQL_CADENCE_JOINS
  "  LEFT JOIN quarantine_test qt ON qt.result_id = t.id"
  "  WHERE t.sampled_at < :to_ts"
  "  AND (:department = '' OR s.department = :department) AND (:team = '' OR s.team = :team)),"
  " f AS ("
  "  SELECT r.*, iif(quarantine_id IS NULL, sampled_at + hours * 3600, NULL) AS due,"
  "   CASE WHEN hours IS NULL OR quarantine_id IS NOT NULL THEN NULL"
  /* Late = on a later calendar day than due: "every 48 h" means every
   * other day to the people doing it, not to the minute. */
  "        WHEN next_at IS NOT NULL THEN iif(next_at > sampled_at + hours * 3600"
  "          AND date(next_at, 'unixepoch', 'localtime')"
  "              > date(sampled_at + hours * 3600, 'unixepoch', 'localtime'), 'late', NULL)"
  "        WHEN status = 'on_site' AND sampled_at + hours * 3600 <= :now THEN 'overdue' END AS flag"
  "  FROM r)"
  " SELECT 0, name, department,"
  "  CASE WHEN quarantine_id IS NOT NULL THEN 'quarantine' WHEN high_contact THEN 'high_contact' ELSE 'general' END,"
  "  iif(quarantine_id IS NULL, hours, NULL), sampled_at, kind, sampling, result, result_at, due, flag,"
  "  substr(iif(place <> '', :sep || place, '')"
  "   || iif(quarantine_id IS NOT NULL, :sep || printf (:t_planned, phase_day), ''), length(:sep) + 1),"
  "  iif(result = 'positive', :bit_result, 0)"
  "  | iif(flag IS NOT NULL, :bit_overdue, 0)"
  " FROM f ORDER BY sampled_at, department, team, name, id";

/* Who was due a nucleic-acid test in the period and who was tested
 * (completion, 应检 / 实检): everyone on site now in the ledger's
 * department / team whose last sample before the period plus their cadence
 * falls before the period's end (never tested = due), tested when they have
 * a sample in the period. Reads only the samples of the period and the
 * longest cadence before it (the sampled_at index), never the whole table. */
static const char nat_completion_sql[] =
  "WITH a AS ("
  "  SELECT staff_id, max(sampled_at) FILTER (WHERE sampled_at < :from_ts) AS before,"
  "   count(*) FILTER (WHERE sampled_at >= :from_ts) AS n_in"
  "  FROM test_result WHERE kind = 'pcr' AND sampled_at >= :from_ts - :max_hours * 3600"
  "   AND sampled_at < :to_ts GROUP BY staff_id)"
  " SELECT s.name, s.department, coalesce(a.n_in, 0) > 0"
  " FROM staff s LEFT JOIN a ON a.staff_id = s.id"
  FY_SQL_CADENCE_JOINS
  " WHERE s.status = 'on_site'"
  " AND (:department = '' OR s.department = :department) AND (:team = '' OR s.team = :team)"
  " AND (a.n_in > 0 OR coalesce(a.before, 0) + "
  FY_SQL_CADENCE (":hours_high_contact", ":hours_default") " * 3600 < min(:to_ts, :now))"
  " ORDER BY s.department, s.team, s.name, s.id";

/* So many names are a list no one reads in a note: the rest are counted. */
#define NAT_UNTESTED_LISTED 300

static gboolean
nat_add_completion (FyLedger *ledger, FyStore *store, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = fy_store_prepare (store, nat_completion_sql, error);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) note = g_string_new (NULL);
  const char *list_sep = _(", ");
  guint due = 0, tested = 0, untested = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  fy_ledger_bind_params (ledger, stmt);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      due++;
      if (sqlite3_column_int (stmt, 2))
        {
          tested++;
          continue;
        }
      if (++untested > NAT_UNTESTED_LISTED)
        continue;
      if (names->len > 0)
        g_string_append (names, list_sep);
      /* Translators: one person in the list of people due but not tested:
       * "张三（生产部）". */
      g_string_append_printf (names, _("%s (%s)"), (const char *) sqlite3_column_text (stmt, 0),
                              (const char *) sqlite3_column_text (stmt, 1));
    }
  if (rc != SQLITE_DONE)
    return fy_store_fail (store, rc, error);

  g_string_append (note, g_dgettext (GETTEXT_PACKAGE, fy_ledger_def_nat.note));
  g_string_append_c (note, '\n');
  if (due == 0)
    /* Translators: end of the nucleic-acid ledger when no one was due a test. */
    g_string_append (note, _("Completion: no one was due a nucleic-acid test in this period."));
  else
    /* Translators: end of the nucleic-acid ledger: 完成率：应检 %u 人，实检 %u 人，完成率 %.1f%%. */
    g_string_append_printf (note, _("Completion: %u due, %u tested, %.1f%%."), due, tested,
                            100.0 * tested / due);
  if (untested > 0)
    {
      g_string_append_c (note, '\n');
      /* Translators: 应检未检（%u 人）：followed by the names. */
      g_string_append_printf (note, _("Due but not tested (%u): "), untested);
      g_string_append (note, names->str);
      if (untested > NAT_UNTESTED_LISTED)
        g_string_append_printf (note, g_dngettext (GETTEXT_PACKAGE, " and %u more", " and %u more",
                                                   untested - NAT_UNTESTED_LISTED),
                                untested - NAT_UNTESTED_LISTED);
    }
  fy_ledger_set_note (ledger, note->str);
  return TRUE;
}

static gboolean
nat_build (FyLedger *ledger, FyStore *store, GError **error)
{
  fy_ledgers_bind_common (ledger);
  fy_ledger_set_param_int (ledger, ":hours_default", fy_tests_get_cadence (store, FY_CADENCE_DEFAULT, NULL));
  fy_ledger_set_param_int (ledger, ":hours_high_contact",
                           fy_tests_get_cadence (store, FY_CADENCE_HIGH_CONTACT, NULL));
  /* Translators: remark in the nucleic-acid ledger: a test planned by a
   * quarantine, on day %d of it (隔离计划检测，第%d天). SQL printf. */
  fy_ledger_set_param_text (ledger, ":t_planned", _("Planned quarantine test, day %d"));
  fy_ledger_set_param_int (ledger, ":max_hours", FY_CADENCE_MAX_HOURS);
  return nat_add_completion (ledger, store, error);
}

const FyLedgerDef fy_ledger_def_nat = {
  .id = "nat",
  .title = N_("Nucleic Acid Test Ledger"),
  /* Translators: the tab of this ledger in a spreadsheet; short. */
  .sheet = NC_("sheet name", "Tests"),
  .description = N_("Every sample of a period: category, required interval, result, next due date and lateness"),
  .period = FY_PERIOD_RANGE,
  .columns = nat_columns,
  .n_columns = G_N_ELEMENTS (nat_columns),
  .sql = nat_sql,
  .build = nat_build,
  .note = N_("Required every (h): the interval between nucleic-acid tests set for the person’s post, "
             "department or high-contact post. Next due: the sample time plus that interval. Overdue: no later "
             "sample yet although the interval has passed; Tested late: the next sample came on a later day "
             "than it was due. Tests planned by a quarantine follow its plan. Completion counts everyone on site whose "
             "next nucleic-acid test fell due before the end of the period."),
};

/* ---- vaccination -------------------------------------------------------- */

static const FyLedgerColumn vaccination_columns[] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "department", N_("Department"), NULL, FY_COLUMN_TEXT, 12, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "name", N_("Name"), NULL, FY_COLUMN_TEXT, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: 第1剂 (date) */
  { "dose1", N_("Dose 1"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: 第2剂 (date) */
  { "dose2", N_("Dose 2"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: 加强针 (date) */
  { "booster", N_("Booster"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: 疫苗厂家 */
  { "maker", N_("Vaccine maker"), NULL, FY_COLUMN_TEXT, 18, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  /* Translators: 未接种原因 */
  { "reason", N_("Reason not vaccinated"), NULL, FY_COLUMN_TEXT, 18, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "remarks", N_("Remarks"), NULL, FY_COLUMN_TEXT, 16, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
};

/* One row per person who has not left, doses from the vaccination table
 * (its (staff_id, dose) key makes each a lookup). A dose the roster counts
 * but whose date was never entered says so; nobody vaccinated without a
 * reason is highlighted. */
static const char vaccination_sql[] =
  "SELECT 0, s.department, s.name,"
  " coalesce((SELECT day FROM vaccination WHERE staff_id = s.id AND dose = 1), iif(s.vaccine_doses >= 1, :t_no_date, NULL)),"
  " coalesce((SELECT day FROM vaccination WHERE staff_id = s.id AND dose = 2), iif(s.vaccine_doses >= 2, :t_no_date, NULL)),"
  " coalesce((SELECT day FROM vaccination WHERE staff_id = s.id AND dose = 3), iif(s.vaccine_doses >= 3, :t_no_date, NULL)),"
  " (SELECT group_concat (vaccine, :list_sep) FROM"
  "   (SELECT vaccine FROM vaccination WHERE staff_id = s.id AND vaccine <> '' GROUP BY vaccine ORDER BY min(dose))),"
  " s.unvaccinated_reason,"
  " substr(coalesce(:sep || (SELECT group_concat (printf (:t_dose, dose, day), :sep) FROM"
  "   (SELECT dose, day FROM vaccination WHERE staff_id = s.id AND dose > 3 ORDER BY dose)), '')"
  "  || coalesce(:sep || (SELECT group_concat (note, :sep) FROM"
  "   (SELECT note FROM vaccination WHERE staff_id = s.id AND note <> '' ORDER BY dose)), ''),"
  "  length(:sep) + 1),"
  " iif(s.vaccine_doses = 0 AND s.unvaccinated_reason = '', :bit_reason, 0)"
  " FROM staff s"
  " WHERE s.status <> 'left'"
  " AND (:department = '' OR s.department = :department) AND (:team = '' OR s.team = :team)"
  " ORDER BY s.department, s.team, s.name, s.id";

static gboolean
vaccination_build (FyLedger *ledger, FyStore *store, GError **error)
{
  fy_ledgers_bind_common (ledger);
  /* Translators: a vaccination cell: the roster says this dose was given
   * but its date was never entered (已接种，日期未登记). */
  fy_ledger_set_param_text (ledger, ":t_no_date", _("Given, date not entered"));
  /* Translators: remark in the vaccination ledger for a dose after the
   * booster: "第4剂 2022-11-02". SQL printf: keep %d before %s. */
  fy_ledger_set_param_text (ledger, ":t_dose", _("Dose %d %s"));
  return TRUE;
}

const FyLedgerDef fy_ledger_def_vaccination = {
  .id = "vaccination",
  .title = N_("Vaccination Register"),
  /* Translators: the tab of this ledger in a spreadsheet; short. */
  .sheet = NC_("sheet name", "Vaccination"),
  .description = N_("Everyone on the staff list: dates of the doses, makers, and why someone is not vaccinated"),
  .period = FY_PERIOD_NONE,
  .columns = vaccination_columns,
  .n_columns = G_N_ELEMENTS (vaccination_columns),
  .sql = vaccination_sql,
  .build = vaccination_build,
  .note = N_("Highlighted: not vaccinated and no reason recorded."),
};

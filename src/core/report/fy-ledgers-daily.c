/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledgers-daily.c — the daily report / zero report (日报告 / 零报告) as a
 * ledger: one row per field of reference/ledgers.md §12 (item | figures |
 * remarks), titled "Zero Report" when nothing abnormal happened that day.
 *
 * The figures are computed by fy_daily_report_compute (aggregate SQL over the
 * health tables); build() hands them to the engine as rows computed in C
 * (fy_ledger_rows_add: bound into a TEMP table, never spliced into SQL). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-clock.h"
#include "fy-daily-report.h"
#include "fy-disinfection-compliance.h"
#include "fy-health.h"
#include "fy-ledger-defs.h"
#include "fy-plans.h"
#include "fy-supplies-stock.h"
#include "fy-zone-summary.h"

static const FyLedgerColumn daily_columns[] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "item", N_("Item"), NULL, FY_COLUMN_TEXT, 24, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "figures", N_("Figures"), NULL, FY_COLUMN_TEXT, 46, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "remarks", N_("Remarks"), NULL, FY_COLUMN_TEXT, 34, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
};

typedef struct
{
  FyLedger *ledger;
  GError   *error;      /* the first failure; later rows are skipped */
} Rows;

static void
add_row (Rows *rows, const char *item, const char *figures, const char *remarks, gboolean abnormal)
{
  const char *cells[] = { item, figures ? figures : "", remarks ? remarks : "" };

  if (rows->error == NULL)
    fy_ledger_rows_add (rows->ledger, cells, abnormal ? fy_ledger_column_bit (rows->ledger, "figures") : 0u, &rows->error);
}

static char *
people (guint n)
{
  /* Translators: a number of people in the daily report: “12 人”. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", n), n);
}

static const char *
not_tracked (void)
{
  /* Translators: the figure of a field the app does not record yet. */
  return _("—");
}

static void
add_session (Rows *rows, const FyDailyReport *r, FyHealthSession session)
{
  g_autofree char *item = NULL;
  g_autofree char *figures = NULL;
  g_autofree char *remarks = NULL;

  /* Translators: daily report item, %s is the session (上午 / 下午). */
  item = g_strdup_printf (_("Temperature checks (%s)"), fy_health_session_label (session));
  /* Translators: daily report figures: people with an entry, people without one. */
  figures = g_strdup_printf (_("Entered %u, not entered %u"), r->entered[session], r->missing[session]);
  if (r->entered_unmeasured[session] > 0)
    /* Translators: daily report remark: entries stored as "normal, no symptoms" without a number. */
    remarks = g_strdup_printf (_("of which %u recorded as “normal, no symptoms” without a reading"),
                               r->entered_unmeasured[session]);
  add_row (rows, item, figures, remarks, FALSE);
}

/* Risk areas by level now, and the day's level changes with their reasons. */
static void
add_zone_row (Rows *rows, FyStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyZoneSummary) zones = fy_zone_summary_new (store, fy_ledger_get_from (rows->ledger), &error);
  g_autoptr(GString) figures = g_string_new (NULL);
  g_autoptr(GString) remarks = g_string_new (NULL);

  if (zones == NULL || fy_zone_summary_is_empty (zones))
    {
      add_row (rows, _("Risk areas (red / yellow / blue / green)"), not_tracked (),
               _("No zone map drawn yet"), FALSE);
      return;
    }
  for (int level = FY_ZONE_N_LEVELS - 1; level >= 0; level--)
    {
      if (figures->len)
        g_string_append (figures, _("; "));
      /* Translators: daily report: a risk level, its areas and the people assigned to them. */
      g_string_append_printf (figures, _("%s %d (%d people)"), fy_zone_level_label (level),
                              zones->levels[level].n_areas, zones->levels[level].n_people);
    }
  for (guint i = 0; i < zones->changes->len; i++)
    {
      g_autofree char *line = fy_zone_summary_change_dup_text (g_ptr_array_index (zones->changes, i));
      if (remarks->len)
        g_string_append (remarks, _("; "));
      g_string_append (remarks, line);
    }
  add_row (rows, _("Risk areas (red / yellow / blue / green)"), figures->str,
           remarks->len ? remarks->str : _("No area level changed on this day."),
           zones->levels[FY_ZONE_LEVEL_RED].n_areas > 0 || zones->n_level_changes > 0);
}

/* 物资预警: items below minimum or reserve target, expiring, expired in store. */
static void
add_supply_row (Rows *rows, FyStore *store, const char *day)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *figures = NULL;
  g_autofree char *remarks = NULL;

  if (!fy_supplies_warning_lines (store, day, &figures, &remarks, &error))
    {
      add_row (rows, _("Supply warnings"), not_tracked (), error->message, FALSE);
      return;
    }
  add_row (rows, _("Supply warnings"), figures, remarks, *remarks != '\0');
}

/* 访客人次, 货车车次, then what the gate turned away, let in without a
 * declaration and still has inside (past the limit: highlighted, like a
 * refusal; both are in the abnormal situation too). */
static void
add_gate_rows (Rows *rows, const FyDailyReport *r)
{
  const FyGateDayCounts *g = &r->gate;
  g_autofree char *figures = NULL;
  g_autofree char *remarks = NULL;

  /* Translators: daily report figures: people admitted as visitors (人次). */
  figures = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d person-visit", "%d person-visits",
                                          g->visitor_people), g->visitor_people);
  /* Translators: daily report remark beside the visitors: the visits (groups) they came in. */
  remarks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %d visit", "in %d visits", g->visitor_visits),
                             g->visitor_visits);
  add_row (rows, _("Visitors (visits)"), figures, remarks, FALSE);
  g_clear_pointer (&figures, g_free);
  g_clear_pointer (&remarks, g_free);

  /* Translators: daily report figures: trucks admitted (车次). */
  figures = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d truck arrival", "%d truck arrivals", g->trucks),
                             g->trucks);
  /* Translators: daily report remark beside the trucks: drivers and co-riders, late declarations. */
  remarks = g_strdup_printf (_("Drivers and co-riders %d; declared late %d"), g->truck_people, g->late);
  add_row (rows, _("Trucks (arrivals)"), figures, remarks, FALSE);
  g_clear_pointer (&figures, g_free);
  g_clear_pointer (&remarks, g_free);

  /* Translators: daily report figures of the gate: visits refused (劝返), arrivals without declaration
   * (未预约), visits inside at the end of the day or now (在厂), of which past the time limit (超时). */
  figures = g_strdup_printf (_("Refused %d, not declared %d, inside %d (over the time limit %d)"),
                             g->refused, g->undeclared, g->inside_now, g->overstay);
  /* Translators: daily report remark of the gate: declared visits that have not arrived. */
  remarks = g_strdup_printf (_("Still expected %d"), g->expected_left);
  if (r->events_unapproved > 0)
    {
      char *more = g_strdup_printf ("%s%s%s", remarks, _("; "),
                                    /* Translators: daily report remark of the gate. */
                                    g_dngettext (GETTEXT_PACKAGE, "an event over 200 people without approval",
                                                 "events over 200 people without approval",
                                                 r->events_unapproved));
      g_free (remarks);
      remarks = more;
    }
  add_row (rows, _("Gate: refused / not declared / inside"), figures, remarks,
           g->refused > 0 || g->overstay > 0 || r->events_unapproved > 0);
}

/* "Not on site: 3 (In quarantine 1, Sick leave 2)", or NULL. */
static char *
away_remark (const FyDailyReport *r)
{
  g_autoptr(GString) reasons = g_string_new (NULL);

  if (r->not_on_site == 0)
    return NULL;
  for (int i = FY_N_AWAY_REASONS - 1; i > FY_AWAY_NONE; i--)
    if (r->away[i] > 0)
      {
        if (reasons->len)
          g_string_append (reasons, _(", "));
        g_string_append_printf (reasons, "%s %u", fy_away_reason_label (i), r->away[i]);
      }
  /* Translators: daily report remark beside the people on site; %s lists the reasons with their counts. */
  return g_strdup_printf (_("Not on site: %u (%s)"), r->not_on_site, reasons->str);
}

static void
add_rows (Rows *rows, FyLedger *ledger, FyStore *store, const FyDailyReport *r)
{
  g_autofree char *phone = fy_store_get_setting (store, "company.phone");
  g_autofree char *s1 = NULL;
  g_autofree char *s2 = NULL;
  g_autofree char *fever_line = fy_format_temperature (fy_health_get_fever_line (store));

  add_row (rows, _("Report date"), r->day, r->zero ? _("Zero report: nothing abnormal") : NULL, FALSE);
  add_row (rows, _("Company"), fy_ledger_get_company (ledger), NULL, FALSE);

  s1 = people (r->headcount);
  add_row (rows, _("Headcount (on the roster)"), s1, NULL, FALSE);
  g_clear_pointer (&s1, g_free);
  s1 = people (r->on_site);
  s2 = away_remark (r);
  add_row (rows, _("On site today"), s1, s2, FALSE);
  g_clear_pointer (&s1, g_free);
  g_clear_pointer (&s2, g_free);

  /* Translators: daily report figures: people on leave or absent, of whom for illness. */
  s1 = g_strdup_printf (_("%u (of which sick %u)"), r->absent, r->absent_sick);
  if (r->away[FY_AWAY_BUSINESS_TRIP] > 0)
    /* Translators: daily report remark beside leave: people away on business (not counted as absent). */
    s2 = g_strdup_printf (_("On business trips: %u"), r->away[FY_AWAY_BUSINESS_TRIP]);
  add_row (rows, _("On leave / absent (of which sick)"), s1, s2, FALSE);
  g_clear_pointer (&s1, g_free);
  g_clear_pointer (&s2, g_free);

  add_session (rows, r, FY_SESSION_MORNING);
  add_session (rows, r, FY_SESSION_AFTERNOON);

  s1 = people (r->fever);
  /* Translators: daily report remark; %s is the fever line, e.g. 37.3 ℃. */
  s2 = g_strdup_printf (_("Fever line %s °C"), fever_line);
  add_row (rows, _("Abnormal temperature"), s1, s2, r->fever > 0);
  g_clear_pointer (&s1, g_free);
  g_clear_pointer (&s2, g_free);

  s1 = people (r->symptoms);
  add_row (rows, _("People with symptoms"), s1, NULL, r->symptoms > 0);
  g_clear_pointer (&s1, g_free);

  /* Translators: daily report figures: people with a red code, with a yellow code. */
  s1 = g_strdup_printf (_("Red %u, yellow %u"), r->red_code, r->yellow_code);
  add_row (rows, _("Red / yellow health code"), s1, NULL, r->red_code + r->yellow_code > 0);
  g_clear_pointer (&s1, g_free);

  s1 = people (r->returnees);
  if (r->returnees_risk > 0)
    /* Translators: daily report remark beside the returnees. */
    s2 = g_strdup_printf (_("of which %u from a medium- or high-risk area"), r->returnees_risk);
  add_row (rows, _("New returnees"), s1, s2, r->returnees_risk > 0);
  g_clear_pointer (&s1, g_free);
  g_clear_pointer (&s2, g_free);

  /* Translators: daily report figures: people in central isolation, home isolation, in-factory observation. */
  s1 = g_strdup_printf (_("Central %u, home %u, in-factory %u"), r->quarantine[FY_QUARANTINE_CENTRAL],
                        r->quarantine[FY_QUARANTINE_HOME], r->quarantine[FY_QUARANTINE_OBSERVATION]);
  /* Translators: daily report remark: quarantines started and released that day, planned tests. */
  s2 = g_strdup_printf (_("Started today %u, released today %u; planned tests today %u (done %u)"),
                        r->quarantine_started, r->quarantine_released, r->quarantine_tests,
                        r->quarantine_tests_done);
  add_row (rows, _("Quarantine and observation (central / home / in-factory)"), s1, s2,
           r->quarantine_started > 0);
  g_clear_pointer (&s1, g_free);
  g_clear_pointer (&s2, g_free);

  /* Translators: daily report figures of nucleic-acid tests: due, done, positive (people). */
  s1 = g_strdup_printf (_("Due %u, done %u, positive %u"), r->tests_due, r->tests_done, r->tests_positive);
  /* Translators: daily report remark of nucleic-acid tests. */
  s2 = g_strdup_printf (_("Due but not done %u (overdue %u); antigen tests %u"), r->tests_not_done,
                        r->tests_overdue, r->antigen_done);
  add_row (rows, _("Nucleic-acid tests (due / done / positive)"), s1, s2, r->tests_positive > 0);
  g_clear_pointer (&s1, g_free);
  g_clear_pointer (&s2, g_free);

  /* Translators: daily report figures: follow-ups opened that day, still open at its end. */
  s1 = g_strdup_printf (_("New %u, open %u"), r->follow_ups_new, r->follow_ups_open);
  add_row (rows, _("Follow-ups of abnormal readings"), s1, NULL, FALSE);
  g_clear_pointer (&s1, g_free);

  add_zone_row (rows, store);

  add_gate_rows (rows, r);
  {
    gboolean behind = FALSE;
    if (fy_disinfection_report_line (store, fy_ledger_get_from (ledger), fy_now (), &s1, &s2, &behind, &rows->error))
      add_row (rows, _("Disinfections"), s1, s2, behind);
    g_clear_pointer (&s1, g_free);
    g_clear_pointer (&s2, g_free);
  }
  add_supply_row (rows, store, r->day);
  {
    gboolean due = FALSE;
    if (fy_plans_report_line (store, r->day, &s1, &s2, &due, &rows->error))
      add_row (rows, _("Plans and corrective actions"), s1, s2, due);
    g_clear_pointer (&s1, g_free);
    g_clear_pointer (&s2, g_free);
  }

  add_row (rows, _("Abnormal situation"), r->abnormal_text, r->gaps_text, !r->zero);

  add_row (rows, _("Reported by"), fy_ledger_get_preparer (ledger), NULL, FALSE);
  add_row (rows, _("Reviewed by"), fy_ledger_get_reviewer (ledger), NULL, FALSE);
  add_row (rows, _("Contact phone"), phone, NULL, FALSE);
  /* Translators: left blank to be filled in by hand when the report is sent. */
  add_row (rows, _("Time sent"), _("______ / ____ / ____  ____ : ____"), NULL, FALSE);
}

static gboolean
daily_build (FyLedger *ledger, FyStore *store, GError **error)
{
  g_autoptr(FyDailyReport) report = NULL;
  Rows rows = { ledger, NULL };

  report = fy_daily_report_compute (store, fy_ledger_get_from (ledger), fy_clock_real_now (),
                                    error);
  if (report == NULL || !fy_ledger_rows_begin (ledger, error))
    return FALSE;
  fy_ledger_set_title (ledger, report->zero ? _("Zero Report") : _("Daily Report"));
  add_rows (&rows, ledger, store, report);
  if (rows.error != NULL)
    {
      g_propagate_error (error, rows.error);
      return FALSE;
    }
  return TRUE;
}

const FyLedgerDef fy_ledger_def_daily_report = {
  .id = "daily-report",
  .title = N_("Daily / Zero Report"),
  /* Translators: the tab of this ledger in a spreadsheet; short. */
  .sheet = NC_("sheet name", "Daily report"),
  .description = N_("The day's figures for the authorities; a zero report when nothing abnormal happened"),
  .period = FY_PERIOD_DAY,
  .columns = daily_columns,
  .n_columns = G_N_ELEMENTS (daily_columns),
  .sql = NULL,
  .build = daily_build,
  .note = N_("Figures are people unless stated. “—” marks a field with nothing to count yet (no zone map). "
             "“Abnormal situation” reads “None” for a zero report; missing entries and overdue tests "
             "are always listed beside it."),
};

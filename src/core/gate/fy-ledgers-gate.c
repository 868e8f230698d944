/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledgers-gate.c — the gate's two registers (reference/ledgers.md §7–8):
 * 外来人员（访客）登记表, every visitor and companion who came to the gate in
 * a period, and 货车司乘人员登记表, every truck with its driver and
 * co-riders. Refused arrivals are in both, with the reasons.
 *
 * Both have one row per person. The rules apply to each occupant (test within
 * the limit, temperature, code, travel) and the inspector checks each one, so
 * each gets the columns of their own; a truck's vehicle columns (type, route,
 * cargo, unloading point, cab, disinfection, times out, hand-over, declaration,
 * result) are on its driver's row, and a co-rider's row repeats only the date,
 * time in and plate, so that a spreadsheet still sorts and filters by truck.
 * The arrival counts (人次 / 车次) are the daily report's. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-gate.h"
#include "fy-ledger-defs.h"
#include "fy-ledgers-private.h"
#include "fy-tests.h"
#include "fy-trips.h"

/* A health code not shown at the gate is a reason to refuse, so it is
 * written out rather than left blank like an unchecked daily entry. */
static const FyCodeLabel code_labels[] = {
  { "green", N_("Green") },
  { "yellow", N_("Yellow") },
  { "red", N_("Red") },
  /* Translators: gate registers: the health code was not shown (未出示). */
  { "none", N_("Not shown") },
  FY_CODE_LABEL_END
};

static const FyCodeLabel role_labels[] = {
  /* Translators: truck register: the person is the driver (司机). */
  { "driver", N_("Driver") },
  /* Translators: truck register: the person rides along (随车人员). */
  { "rider", N_("Co-rider") },
  FY_CODE_LABEL_END
};

static const FyCodeLabel declaration_labels[] = {
  /* Translators: truck register: declared the required hours ahead (提前申报). */
  { "ahead", N_("Declared ahead") },
  /* Translators: truck register: declared less than the required hours ahead (迟报). */
  { "late", N_("Declared late") },
  /* Translators: gate registers: arrived without a declaration (未预约). */
  { "undeclared", N_("Not declared") },
  FY_CODE_LABEL_END
};

/* ---- SQL shared by both registers ---------------------------------------- */

#define LOCAL(ts) " " ts ", 'unixepoch', 'localtime'"

/* The reasons of a refusal (FyGateReason bits), each label bound as :rN. */
#define REASON(n) " || iif(v.reasons & (1 << " #n "), :list_sep || :r" #n ", '')"
#define REASONS "substr(''" REASON (0) REASON (1) REASON (2) REASON (3) REASON (4) REASON (5) \
  REASON (6) REASON (7) ", length(:list_sep) + 1)"

/* 放行 / 劝返 with the reasons, an override with its reason, still inside
 * (past the dwell limit :dwell_s at :now), left on another day, the note. */
#define RESULT \
  "CASE v.status WHEN 'refused' THEN :t_refused || iif(v.reasons <> 0, :t_colon || " REASONS ", '')" \
  " ELSE :t_admitted END" \
  " || iif(v.flags & 4 AND v.override_reason <> '', printf(:t_override, v.override_reason), '')" \
  " || iif(v.status = 'inside', :sep || :t_inside" \
  "     || iif(:now - v.arrived_at > :dwell_s, :sep || :t_overstay, ''), '')" \
  " || iif(v.left_at IS NOT NULL AND date(" LOCAL ("v.left_at") ") <> date(" LOCAL ("v.arrived_at") ")," \
  "     :sep || printf(:t_left_on, date(" LOCAL ("v.left_at") ")), '')" \
  " || iif(v.note <> '', :sep || v.note, '')"

/* One person's checks: health code, travel, test time and result,
 * temperature and its re-take. */
#define CODE "iif(p.code_colour = '', 'none', p.code_colour)"
#define TRAVEL \
  "CASE p.travel_risk WHEN 'low' THEN :t_no" \
  " ELSE iif(p.travel_risk = 'high', :t_high, :t_medium) || iif(p.travel_note <> '', :t_colon || p.travel_note, '')" \
  " END"
#define TEST_AT "p.test_at"
#define TEST_RESULT "iif(p.test_at IS NULL, NULL, p.test_result)"

/* Highlights of a person's cells: a reading at or above the fever line, a
 * code not green or not shown, medium or high risk travel, no test or one
 * older than the limit at arrival, a result not negative. */
#define PERSON_MASK \
  " iif(p.temp1 >= :fever, :bit_temp1, 0) | iif(p.temp2 >= :fever, :bit_temp2, 0)" \
  " | iif(p.code_colour <> 'green', :bit_code, 0)" \
  " | iif(p.travel_risk <> 'low', :bit_travel, 0)" \
  " | iif(p.test_at IS NULL OR v.arrived_at - p.test_at > :test_max_s, :bit_test_at, 0)" \
  " | iif(p.test_at IS NOT NULL AND p.test_result <> 'negative', :bit_test_result, 0)"

/* The result is highlighted for a refusal, an arrival without declaration,
 * an override and a stay past the limit. */
#define RESULT_MASK \
  " iif(v.status = 'refused' OR v.flags & 5 OR (v.status = 'inside' AND :now - v.arrived_at > :dwell_s)" \
  "     OR v.left_at - v.arrived_at > :dwell_s, :bit_result, 0)"

/* Arrivals (and refusals) of the period, by time, then the people in order. */
#define ARRIVED_IN_PERIOD(kind) \
  " FROM gate_visit v JOIN gate_person p ON p.visit_id = v.id JOIN outsider o ON o.id = p.outsider_id" \
  " WHERE v.kind = '" kind "' AND v.arrived_at >= :from_ts AND v.arrived_at < :to_ts"

/* ---- visitors ------------------------------------------------------------ */

static const FyLedgerColumn visitor_columns[] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "day", N_("Date"), NULL, FY_COLUMN_DATE, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: gate registers: time of arrival at the gate (进入时间). */
  { "time_in", NC_("visitor register", "Time in"), NULL,
    FY_COLUMN_TIME, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL, "visitor register" },
  { "name", N_("Name"), NULL, FY_COLUMN_TEXT, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Masked unless the export asks for the full numbers (ledgers.md). */
  { "id_number", N_("ID number"), NULL, FY_COLUMN_TEXT, 19, FY_ALIGN_CENTER, FY_SENSITIVE_ID, NULL },
  { "phone", N_("Mobile phone"), NULL, FY_COLUMN_TEXT, 12, FY_ALIGN_CENTER, FY_SENSITIVE_PHONE, NULL },
  /* Translators: visitor register: the visitor's company (来访单位). */
  { "company", N_("Visitor’s company"), NULL, FY_COLUMN_TEXT, 14, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  /* Translators: visitor register: why they came (事由). */
  { "purpose", N_("Reason for visit"), NULL, FY_COLUMN_TEXT, 12, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  /* Translators: visitor register: the staff member visited and their department (被访人/部门). */
  { "host", N_("Host / department"), NULL, FY_COLUMN_TEXT, 12, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  /* Translators: gate registers: the first temperature at the gate (初测), under “Temperature”. */
  { "temp1", NC_("gate register", "First"), N_("Temperature (°C)"),
    FY_COLUMN_TEMPERATURE, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL, "gate register" },
  /* Translators: gate registers: the temperature taken again (复测), under “Temperature”. */
  { "temp2", NC_("gate register", "Re-take"), N_("Temperature (°C)"),
    FY_COLUMN_TEMPERATURE, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL, "gate register" },
  { "code", N_("Health code"), NULL, FY_COLUMN_ENUM, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, code_labels },
  /* Translators: gate registers: travel to a medium- or high-risk area in 7 days (7日内中高风险地区). */
  { "travel", N_("Risk-area travel (7 days)"), NULL, FY_COLUMN_TEXT, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: gate registers: when the last nucleic-acid sample was taken, under “Nucleic-acid test”. */
  { "test_at", N_("Sampled at"), N_("Nucleic-acid test"),
    FY_COLUMN_DATETIME, 14, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "test_result", N_("Result"), N_("Nucleic-acid test"), FY_COLUMN_ENUM, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE,
    fy_test_result_labels },
  /* Translators: gate registers: the number plate of the car they came in (车牌). */
  { "plate", NC_("gate register", "Plate"), NULL,
    FY_COLUMN_TEXT, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL, "gate register" },
  /* Translators: visitor register: the areas of the plant the visitor may enter (活动区域). */
  { "areas", N_("Areas allowed"), NULL, FY_COLUMN_TEXT, 12, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  /* Translators: visitor register: time the visitor left (离开时间). */
  { "time_out", NC_("visitor register", "Time out"), NULL,
    FY_COLUMN_TIME, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL, "visitor register" },
  /* Translators: visitor register: an empty column the visitor signs in (访客签字). */
  { "signature", N_("Visitor’s signature"), NULL, FY_COLUMN_TEXT, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: gate registers: the guard who checked them in (登记人). */
  { "checked_by", N_("Registered by"), NULL, FY_COLUMN_TEXT, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: gate registers: admitted or refused, with the reasons (结果). */
  { "result", N_("Result"), NULL, FY_COLUMN_TEXT, 16, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
};

static const char visitor_sql[] =
  "SELECT 0, date(" LOCAL ("v.arrived_at") "), strftime('%H:%M'," LOCAL ("v.arrived_at") "),"
  " o.name, o.id_number, o.phone, o.company, v.purpose,"
  " v.host_name || iif(v.host_department <> '', :t_slash || v.host_department, ''),"
  " p.temp1, p.temp2, " CODE ", " TRAVEL ", " TEST_AT ", " TEST_RESULT ", v.plate,"
  " (SELECT group_concat(a.area_name, :list_sep) FROM"
  "   (SELECT area_name FROM gate_visit_area WHERE visit_id = v.id ORDER BY position) AS a),"
  " strftime('%H:%M'," LOCAL ("v.left_at") "), '', v.checked_by,"
  " iif(p.position = 0, " RESULT " || iif(v.flags & 1, :sep || :t_undeclared, ''),"
  "     iif(p.declared = 0, :t_added, NULL)),"
  PERSON_MASK " | iif(p.position = 0, " RESULT_MASK ", 0)"
  ARRIVED_IN_PERIOD ("visitor")
  " AND (:department = '' OR v.host_department = :department)"
  " ORDER BY v.arrived_at, v.id, p.position";

/* ---- trucks -------------------------------------------------------------- */

static const FyLedgerColumn truck_columns[] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 4, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "day", N_("Date"), NULL, FY_COLUMN_DATE, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "time_in", NC_("truck register", "Time in"), NULL,
    FY_COLUMN_TIME, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL, "truck register" },
  /* Translators: truck register: the truck's number plate (车牌号). */
  { "plate", NC_("truck register", "Plate number"), NULL,
    FY_COLUMN_TEXT, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL, "truck register" },
  /* Translators: truck register: the kind of vehicle (车型). */
  { "vehicle_type", N_("Vehicle type"), NULL, FY_COLUMN_ENUM, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE,
    fy_gate_vehicle_labels },
  /* Translators: truck register: driver or co-rider (身份). */
  { "role", NC_("truck register", "Role"), NULL,
    FY_COLUMN_ENUM, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, role_labels, "truck register" },
  { "name", N_("Name"), NULL, FY_COLUMN_TEXT, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "id_number", N_("ID number"), NULL, FY_COLUMN_TEXT, 19, FY_ALIGN_CENTER, FY_SENSITIVE_ID, NULL },
  { "phone", N_("Mobile phone"), NULL, FY_COLUMN_TEXT, 12, FY_ALIGN_CENTER, FY_SENSITIVE_PHONE, NULL },
  /* Translators: truck register: where the truck set out from (始发地). */
  { "origin", NC_("truck register", "Origin"), NULL,
    FY_COLUMN_TEXT, 9, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL, "truck register" },
  /* Translators: truck register: places on the way (途经地). */
  { "route", NC_("truck register", "Via"), NULL,
    FY_COLUMN_TEXT, 12, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL, "truck register" },
  { "travel", N_("Risk-area travel (7 days)"), NULL, FY_COLUMN_TEXT, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "code", N_("Health code"), NULL, FY_COLUMN_ENUM, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, code_labels },
  { "test_at", N_("Sampled at"), N_("Nucleic-acid test"),
    FY_COLUMN_DATETIME, 14, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "test_result", N_("Result"), N_("Nucleic-acid test"), FY_COLUMN_ENUM, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE,
    fy_test_result_labels },
  { "temp1", NC_("gate register", "First"), N_("Temperature (°C)"),
    FY_COLUMN_TEMPERATURE, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL, "gate register" },
  { "temp2", NC_("gate register", "Re-take"), N_("Temperature (°C)"),
    FY_COLUMN_TEMPERATURE, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL, "gate register" },
  /* Translators: truck register: the goods carried (货物). */
  { "cargo", NC_("truck register", "Cargo"), NULL,
    FY_COLUMN_TEXT, 10, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL, "truck register" },
  /* Translators: truck register: where the truck unloads (卸货点). */
  { "unload", N_("Unloading point"), NULL, FY_COLUMN_TEXT, 10, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  /* Translators: truck register: did the driver get out of the cab (是否下车). */
  { "got_out", N_("Left the cab"), NULL, FY_COLUMN_BOOL, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: truck register: vehicle and goods disinfected, and by whom (车辆消杀). */
  { "disinfection", N_("Vehicle disinfected"), NULL, FY_COLUMN_TEXT, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: truck register: time the truck left the plant (离厂时间). */
  { "time_out", NC_("truck register", "Time out"), NULL,
    FY_COLUMN_TIME, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL, "truck register" },
  /* Translators: truck register: minutes between time in and time out (停留时长（分钟）). */
  { "dwell", N_("Stay (min)"), NULL, FY_COLUMN_NUMBER, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: truck register: who signed the hand-over, for the plant / for the carrier (交接签字). */
  { "handover", N_("Hand-over signed (plant / carrier)"), NULL,
    FY_COLUMN_TEXT, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "checked_by", N_("Registered by"), NULL, FY_COLUMN_TEXT, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  /* Translators: truck register: declared ahead, late or not at all (申报). */
  { "declaration", NC_("truck register", "Declaration"), NULL,
    FY_COLUMN_ENUM, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, declaration_labels, "truck register" },
  { "result", N_("Result"), NULL, FY_COLUMN_TEXT, 13, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
};

/* Vehicle columns on the driver's row (position 0) only. */
#define DRIVER(x) "iif(p.position = 0, " x ", NULL)"

static const char truck_sql[] =
  "SELECT 0, date(" LOCAL ("v.arrived_at") "), strftime('%H:%M'," LOCAL ("v.arrived_at") "), v.plate,"
  " " DRIVER ("v.vehicle_type") ", iif(p.position = 0, 'driver', 'rider'),"
  " o.name, o.id_number, o.phone, " DRIVER ("v.origin") ", " DRIVER ("v.route") ","
  " " TRAVEL ", " CODE ", " TEST_AT ", " TEST_RESULT ", p.temp1, p.temp2,"
  " " DRIVER ("v.cargo") ", " DRIVER ("v.unload_name") ","
  " " DRIVER ("1 - v.stayed_in_cab") ","
  " " DRIVER ("iif(v.status = 'refused', NULL, iif(d.id IS NULL, :t_no,"
  "   iif(d.executor <> '', printf(:t_done_by, d.executor), :t_yes)))") ","
  " " DRIVER ("strftime('%H:%M'," LOCAL ("v.left_at") ")") ","
  " " DRIVER ("iif(v.status = 'refused', NULL, (coalesce(v.left_at, :now) - v.arrived_at) / 60)") ","
  " " DRIVER ("nullif(v.handover_ours || iif(v.handover_theirs <> '', :t_slash || v.handover_theirs, ''), '')") ","
  " " DRIVER ("v.checked_by") ","
  " " DRIVER ("CASE WHEN v.flags & 1 THEN 'undeclared' WHEN v.flags & 2 THEN 'late' ELSE 'ahead' END") ","
  " iif(p.position = 0, " RESULT ", iif(p.declared = 0, :t_added, NULL)),"
  PERSON_MASK
  " | iif(p.position = 0, " RESULT_MASK
  "   | iif(v.flags & 3, :bit_declaration, 0)"
  "   | iif(v.stayed_in_cab = 0, :bit_got_out, 0)"
  "   | iif(v.status <> 'refused' AND d.id IS NULL, :bit_disinfection, 0)"
  "   | iif(v.status <> 'refused' AND (coalesce(v.left_at, :now) - v.arrived_at) > :dwell_s, :bit_dwell, 0), 0)"
  " FROM gate_visit v JOIN gate_person p ON p.visit_id = v.id JOIN outsider o ON o.id = p.outsider_id"
  " LEFT JOIN disinfection_entry d ON d.id = v.disinfection_entry_id"
  " WHERE v.kind = 'truck' AND v.arrived_at >= :from_ts AND v.arrived_at < :to_ts"
  " ORDER BY v.arrived_at, v.id, p.position";

/* ---- build --------------------------------------------------------------- */

/* The rules in force (test age, the dwell limit of `kind`) and the words
 * the SQL writes into the result. */
static void
bind_params (FyLedger *ledger, FyGateKind kind)
{
  FyGateRules rules;
  int dwell_min;

  fy_gate_rules_load (fy_ledger_get_store (ledger), &rules);
  dwell_min = kind == FY_GATE_TRUCK ? rules.truck_dwell_min : rules.visitor_dwell_min;
  fy_ledgers_bind_common (ledger);
  fy_ledger_set_param_int (ledger, ":test_max_s", (gint64) rules.test_max_hours * 3600);
  fy_ledger_set_param_int (ledger, ":dwell_s", (gint64) dwell_min * 60);
  for (guint i = 0; i < FY_GATE_N_REASONS; i++)
    {
      g_autofree char *name = g_strdup_printf (":r%u", i);
      fy_ledger_set_param_text (ledger, name, fy_code_label_text (&fy_gate_reason_labels[i]));
    }
  /* Translators: gate registers: between a word and what it is about (“劝返：体温”). */
  fy_ledger_set_param_text (ledger, ":t_colon", _(": "));
  /* Translators: gate registers: between a host and their department (张三/生产部), between the two
   * signers of a truck's hand-over. */
  fy_ledger_set_param_text (ledger, ":t_slash", _("/"));
  fy_ledger_set_param_text (ledger, ":t_no", _("No"));
  fy_ledger_set_param_text (ledger, ":t_yes", _("Yes"));
  fy_ledger_set_param_text (ledger, ":t_medium", fy_risk_level_label (FY_RISK_MEDIUM));
  fy_ledger_set_param_text (ledger, ":t_high", fy_risk_level_label (FY_RISK_HIGH));
  /* Translators: gate registers: let in (放行). */
  fy_ledger_set_param_text (ledger, ":t_admitted", _("Admitted"));
  /* Translators: gate registers: turned away at the gate (劝返). */
  fy_ledger_set_param_text (ledger, ":t_refused", _("Refused"));
  /* Translators: gate registers: the guard decided against the rules' proposal, with the reason
   * (“（例外：经理批准）”). SQL printf: keep the %s. */
  fy_ledger_set_param_text (ledger, ":t_override", _(" (exception: %s)"));
  /* Translators: gate registers: still inside the plant (在厂). */
  fy_ledger_set_param_text (ledger, ":t_inside", _("Still inside"));
  /* Translators: gate registers: inside longer than the limit (超时). */
  fy_ledger_set_param_text (ledger, ":t_overstay", _("Over the time limit"));
  /* Translators: gate registers: left on a later day than they came; %s is the date. SQL printf: keep the %s. */
  fy_ledger_set_param_text (ledger, ":t_left_on", _("left on %s"));
  fy_ledger_set_param_text (ledger, ":t_undeclared", fy_code_label_text (&declaration_labels[2]));
  /* Translators: gate registers: a companion or co-rider not on the declaration, added at the gate. */
  fy_ledger_set_param_text (ledger, ":t_added", _("Added at the gate"));
  /* Translators: truck register: disinfected, by whom (“是（孙强）”). SQL printf: keep the %s. */
  fy_ledger_set_param_text (ledger, ":t_done_by", _("Yes (%s)"));
}

static gboolean
visitor_build (FyLedger *ledger, FyStore *store, GError **error)
{
  bind_params (ledger, FY_GATE_VISITOR);
  return TRUE;
}

static gboolean
truck_build (FyLedger *ledger, FyStore *store, GError **error)
{
  bind_params (ledger, FY_GATE_TRUCK);
  return TRUE;
}

const FyLedgerDef fy_ledger_def_visitors = {
  .id = "visitors",
  .title = N_("Visitor Register"),
  /* Translators: the tab of this ledger in a spreadsheet; short. */
  .sheet = NC_("sheet name", "Visitors"),
  .description = N_("Visitors and companions who came to the gate in a period: who, whom they visited, "
                    "checks at the gate, areas, times in and out, admitted or refused"),
  .period = FY_PERIOD_RANGE,
  .columns = visitor_columns,
  .n_columns = G_N_ELEMENTS (visitor_columns),
  .sql = visitor_sql,
  .build = visitor_build,
  .note = N_("One row per person; a visitor’s result is on their row, companions follow. Temperatures in °C; "
             "the re-take is the reading that counts. Bold red: at or above the fever line, a code not green or "
             "not shown, travel to a medium- or high-risk area in the last 7 days, no test or one older than the "
             "limit at arrival, a result not negative, and in the result a refusal, an arrival without "
             "declaration, an exception to the rules or a stay past the limit."),
};

const FyLedgerDef fy_ledger_def_trucks = {
  .id = "trucks",
  .title = N_("Truck Driver and Crew Register"),
  /* Translators: the tab of this ledger in a spreadsheet; short. */
  .sheet = NC_("sheet name", "Trucks"),
  .description = N_("Trucks that came to the gate in a period: plate, driver and co-riders with their checks, "
                    "route, cargo, unloading point, cab, disinfection, times, hand-over and declaration"),
  .period = FY_PERIOD_RANGE,
  .columns = truck_columns,
  .n_columns = G_N_ELEMENTS (truck_columns),
  .sql = truck_sql,
  .build = truck_build,
  .note = N_("One row per person: the truck’s columns are on its driver’s row, co-riders follow with the date, "
             "time in and plate. Temperatures in °C; the re-take is the reading that counts. Bold red: at or "
             "above the fever line, a code not green or not shown, travel to a medium- or high-risk area in the "
             "last 7 days, no test or one older than the limit at arrival, a result not negative, a driver who "
             "left the cab, no vehicle disinfection, a stay past the limit, a late or missing declaration, and "
             "in the result a refusal or an exception to the rules."),
};

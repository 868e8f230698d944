/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledgers-disinfection.c — the disinfection record (消毒消杀记录表,
 * reference/ledgers.md §6): every disinfection of a period, of all areas or
 * one (the area's name as :search), with the dilution kept with it; the
 * note says when the stock the entry took was reversed (红冲). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-disinfection.h"
#include "fy-ledger-defs.h"

static const FyLedgerColumn disinfection_columns[] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "day", N_("Date"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "time", N_("Time"), NULL, FY_COLUMN_TIME, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "area", N_("Area / point"), NULL, FY_COLUMN_TEXT, 16, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "objects", N_("Objects"), NULL, FY_COLUMN_ENUM, 16, FY_ALIGN_START, FY_SENSITIVE_NONE, fy_disinfection_object_labels },
  { "product", N_("Disinfectant"), NULL, FY_COLUMN_ENUM, 12, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_disinfectant_labels },
  { "dilution", N_("Dilution / concentration"), NULL, FY_COLUMN_TEXT, 20, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "method", N_("Method"), NULL, FY_COLUMN_ENUM, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_disinfection_method_labels },
  { "contact", N_("Contact time (min)"), NULL, FY_COLUMN_NUMBER, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "ventilation", N_("Ventilation (min)"), NULL, FY_COLUMN_NUMBER, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "executor", N_("Done by"), NULL, FY_COLUMN_TEXT, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "checker", N_("Checked by"), NULL, FY_COLUMN_TEXT, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "note", N_("Note"), NULL, FY_COLUMN_TEXT, 16, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
};

/* Local days and times, oldest first. The dilution reads "500 mg/L" or
 * "75 %", then the amounts kept with the entry: "(100 mL + 9900 mL)";
 * :u_ml / :u_g / :u_tab / :u_water are the translated units (build()). */
static const char disinfection_sql[] =
  "SELECT 0, date(e.at, 'unixepoch', 'localtime'), strftime('%H:%M', e.at, 'unixepoch', 'localtime'),"
  " e.area_name || CASE WHEN e.point_name <> '' THEN ' · ' || e.point_name ELSE '' END,"
  " e.objects, e.product,"
  " CASE e.product WHEN 'none' THEN ''"
  "  WHEN 'alcohol75' THEN e.concentration || ' %'"
  "  ELSE e.concentration || ' mg/L' END"
  " || CASE WHEN e.concentrate > 0 AND e.product NOT IN ('none', 'alcohol75')"
  "   THEN ' (' || printf('%g', e.concentrate) || ' '"
  "     || CASE e.product WHEN 'chlorine_powder' THEN :u_g WHEN 'chlorine_tablet' THEN :u_tab ELSE :u_ml END"
  "     || ' + ' || e.water_ml || ' ' || :u_water || ')'"
  "   ELSE '' END,"
  " e.method, e.contact_min, e.ventilation_min, e.executor, e.checker,"
  " e.note || CASE WHEN EXISTS (SELECT 1 FROM supply_doc r WHERE r.reverses_id = e.supply_doc_id)"
  "   THEN CASE WHEN e.note <> '' THEN '; ' ELSE '' END || :u_reversed ELSE '' END"
  " FROM disinfection_entry e"
  " WHERE date(e.at, 'unixepoch', 'localtime') BETWEEN :from AND :to"
  " AND (:search = '' OR e.area_name = :search)"
  " ORDER BY e.at, e.id";

static gboolean
disinfection_build (FyLedger *ledger, FyStore *store, GError **error)
{
  (void) store;
  (void) error;
  fy_ledger_set_param_text (ledger, ":u_ml", C_("unit", "mL"));
  fy_ledger_set_param_text (ledger, ":u_g", C_("unit", "g"));
  fy_ledger_set_param_text (ledger, ":u_tab", C_("unit", "tablets"));
  /* Translators: in the disinfection record: "(100 mL + 9900 mL water)". */
  fy_ledger_set_param_text (ledger, ":u_water", _("mL water"));
  /* Translators: in the note of the disinfection record when the stock the
   * entry took was handed back by a reversing document (红冲). */
  fy_ledger_set_param_text (ledger, ":u_reversed", _("stock issue reversed"));
  return TRUE;
}

/* The areas of the zone maps, each name once (a point is in its area). */
static GPtrArray *
disinfection_areas (FyStore *store, GError **error)
{
  g_autoptr(GPtrArray) places = fy_disinfection_list_places (store, error);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *names;

  if (places == NULL)
    return NULL;
  names = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < places->len; i++)
    {
      const FyDisinfectionPlace *p = places->pdata[i];

      if (g_hash_table_add (seen, p->area_name))
        g_ptr_array_add (names, g_strdup (p->area_name));
    }
  return names;
}

const FyLedgerDef fy_ledger_def_disinfection = {
  .id = "disinfection",
  .title = N_("Disinfection Record"),
  .description = N_("Every disinfection in a period: area, objects, disinfectant and dilution, method, contact "
                    "time, ventilation, who did it and who checked"),
  .period = FY_PERIOD_RANGE,
  .columns = disinfection_columns,
  .n_columns = G_N_ELEMENTS (disinfection_columns),
  .sql = disinfection_sql,
  .build = disinfection_build,
  .note = N_("Chlorine disinfectants are given in mg/L of available chlorine, with the concentrate and water "
             "used. Weekly check and summary by the person in charge: ____________"),
  .search_choices = disinfection_areas,
  .search_label = N_("Area"),
};

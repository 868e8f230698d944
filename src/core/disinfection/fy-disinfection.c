/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-disinfection.c — the disinfection log's codes and labels, records,
 * validation and the risk rules kept in the settings (see fy-disinfection.h). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-dilution.h"
#include "fy-disinfection.h"
#include "fy-clock.h"
#include "fy-error.h"
#include "fy-validate.h"

const FyCodeLabel fy_disinfection_frequency_labels[FY_DISINFECTION_N_FREQUENCIES + 1] = {
  { "per_truck", N_("After each truck") },
  { "two_per_three_days", N_("Twice in 3 days") },
  { "daily", N_("Daily") },
  { "twice_daily", N_("Twice a day") },
  { "each_shift", N_("Each shift") },
  FY_CODE_LABEL_END
};

const FyCodeLabel fy_disinfectant_labels[FY_DISINFECTANT_N + 1] = {
  { "chlorine84", N_("84 disinfectant") },
  { "chlorine_tablet", N_("Chlorine tablets") },
  { "chlorine_powder", N_("Chlorine powder") },
  { "alcohol75", N_("Alcohol (75%)") },
  { "none", N_("None (ultraviolet)") },
  FY_CODE_LABEL_END
};

const FyCodeLabel fy_disinfection_method_labels[FY_DISINFECTION_N_METHODS + 1] = {
  { "wipe", N_("Wipe") },
  { "spray", N_("Spray") },
  { "soak", N_("Soak") },
  { "uv", N_("Ultraviolet") },
  FY_CODE_LABEL_END
};

const FyCodeLabel fy_disinfection_object_labels[FY_DISINFECTION_N_OBJECTS + 1] = {
  { "floor", N_("Floor") },
  { "door_handles", N_("Door handles") },
  { "lifts", N_("Lifts") },
  { "surfaces", N_("Tables and surfaces") },
  { "vehicles", N_("Vehicles") },
  { "goods", N_("Goods") },
  { "air", N_("Air") },
  FY_CODE_LABEL_END
};

static const char *
label_of (const FyCodeLabel *table, guint n, int index)
{
  if (index < 0 || (guint) index >= n)
    return "";
  return fy_code_label_text (&table[index]);
}

const char *
fy_disinfection_frequency_label (FyDisinfectionFrequency frequency)
{
  return label_of (fy_disinfection_frequency_labels, FY_DISINFECTION_N_FREQUENCIES, frequency);
}

const char *
fy_disinfectant_label (FyDisinfectant product)
{
  return label_of (fy_disinfectant_labels, FY_DISINFECTANT_N, product);
}

const char *
fy_disinfection_method_label (FyDisinfectionMethod method)
{
  return label_of (fy_disinfection_method_labels, FY_DISINFECTION_N_METHODS, method);
}

char *
fy_disinfection_objects_text (const char *codes)
{
  g_auto(GStrv) parts = g_strsplit (codes ? codes : "", ",", -1);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const FyCodeLabel *entry = fy_code_label_find (fy_disinfection_object_labels, parts[i]);

      if (parts[i][0] == '\0')
        continue;
      if (text->len > 0)
        /* Translators: between objects disinfected (地面、门把手). */
        g_string_append (text, _(", "));
      g_string_append (text, entry ? fy_code_label_text (entry) : parts[i]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

FyDisinfectionFrequency
fy_disinfection_frequency_raise (FyDisinfectionFrequency a, FyDisinfectionFrequency b)
{
  return MAX (a, b);
}

char *
fy_disinfection_concentration_text (FyDisinfectant product, int concentration)
{
  if (product == FY_DISINFECTANT_NONE || concentration <= 0)
    return g_strdup ("");
  if (product == FY_DISINFECTANT_ALCOHOL)
    return g_strdup_printf ("%d %%", concentration);
  return g_strdup_printf ("%d mg/L", concentration);
}

/* ---- Records ------------------------------------------------------------- */

void
fy_disinfection_place_free (FyDisinfectionPlace *place)
{
  if (place == NULL)
    return;
  g_free (place->map_name);
  g_free (place->area_name);
  g_free (place->point_name);
  g_free (place->title);
  g_free (place);
}

FyDisinfectionSchedule *
fy_disinfection_schedule_new (void)
{
  FyDisinfectionSchedule *s = g_new0 (FyDisinfectionSchedule, 1);

  s->frequency = FY_DISINFECTION_DAILY;
  s->objects = g_strdup ("floor");
  s->method = FY_DISINFECTION_WIPE;
  s->product = FY_DISINFECTANT_CHLORINE84;
  s->concentration = FY_DILUTION_TARGET_MEDIUM;
  s->start_day = fy_today ();
  s->place_title = g_strdup ("");
  return s;
}

void
fy_disinfection_schedule_free (FyDisinfectionSchedule *s)
{
  if (s == NULL)
    return;
  g_free (s->objects);
  g_free (s->start_day);
  g_free (s->place_title);
  g_free (s);
}

FyDisinfectionEntry *
fy_disinfection_entry_new (void)
{
  FyDisinfectionEntry *e = g_new0 (FyDisinfectionEntry, 1);

  e->area_name = g_strdup ("");
  e->point_name = g_strdup ("");
  e->objects = g_strdup ("");
  e->method = FY_DISINFECTION_WIPE;
  e->product = FY_DISINFECTANT_CHLORINE84;
  e->strength = fy_dilution_default_strength (e->product);
  e->concentration = FY_DILUTION_TARGET_MEDIUM;
  e->contact_min = 30;
  e->executor = g_strdup ("");
  e->checker = g_strdup ("");
  e->note = g_strdup ("");
  return e;
}

void
fy_disinfection_entry_free (FyDisinfectionEntry *e)
{
  if (e == NULL)
    return;
  g_free (e->area_name);
  g_free (e->point_name);
  g_free (e->objects);
  g_free (e->executor);
  g_free (e->checker);
  g_free (e->note);
  g_free (e);
}

/* ---- Validation ------------------------------------------------------------ */

static gboolean
fail (GError **error, const char *message)
{
  g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
blank (const char *text)
{
  for (const char *p = text ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static gboolean
objects_valid (const char *codes)
{
  g_auto(GStrv) parts = g_strsplit (codes ? codes : "", ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (fy_code_label_find (fy_disinfection_object_labels, parts[i]) == NULL)
      return FALSE;
  return TRUE;
}

/* UV needs no product and a chemical method needs one. */
static gboolean
method_matches (FyDisinfectionMethod method, FyDisinfectant product, GError **error)
{
  if ((int) method < 0 || method >= FY_DISINFECTION_N_METHODS)
    return fail (error, _("Choose how it was disinfected."));
  if ((method == FY_DISINFECTION_UV) != (product == FY_DISINFECTANT_NONE))
    return fail (error, _("An ultraviolet lamp uses no disinfectant; wiping, spraying and soaking need one."));
  return TRUE;
}

gboolean
fy_disinfection_entry_validate (const FyDisinfectionEntry *e, gint64 now, GError **error)
{
  if (e->area_id <= 0)
    return fail (error, _("Choose the area that was disinfected."));
  if (e->at <= 0)
    return fail (error, _("Enter when it was disinfected."));
  if (e->at > now)
    return fail (error, _("A disinfection cannot be recorded in the future: check the date and time."));
  if (e->objects == NULL || e->objects[0] == '\0' || !objects_valid (e->objects))
    return fail (error, _("Choose what was disinfected."));
  if (!method_matches (e->method, e->product, error))
    return FALSE;
  if (!fy_dilution_check (e->product, e->strength, e->concentration, error))
    return FALSE;
  if (e->contact_min <= 0 || e->contact_min > 1440)
    return fail (error, _("The contact time must be between 1 and 1440 minutes."));
  if (e->ventilation_min < 0 || e->ventilation_min > 1440)
    return fail (error, _("The ventilation time must be between 0 and 1440 minutes."));
  if (e->volume_ml < 0 || e->water_ml < 0 || e->concentrate < 0)
    return fail (error, _("The dilution figures cannot be negative."));
  if (blank (e->executor))
    return fail (error, _("Enter who disinfected."));
  if (g_utf8_strlen (e->executor, -1) > 32 || g_utf8_strlen (e->checker ? e->checker : "", -1) > 32)
    return fail (error, _("A name can have at most 32 characters."));
  if (g_utf8_strlen (e->note ? e->note : "", -1) > 200)
    return fail (error, _("The note can have at most 200 characters."));
  return TRUE;
}

gboolean
fy_disinfection_schedule_validate (const FyDisinfectionSchedule *s, GError **error)
{
  g_autofree char *day = NULL;

  if (s->area_id <= 0)
    return fail (error, _("Choose the area that was disinfected."));
  if ((int) s->frequency < 0 || s->frequency >= FY_DISINFECTION_N_FREQUENCIES)
    return fail (error, _("Choose how often."));
  if (s->objects == NULL || s->objects[0] == '\0' || !objects_valid (s->objects))
    return fail (error, _("Choose what was disinfected."));
  if (!method_matches (s->method, s->product, error))
    return FALSE;
  if (!fy_dilution_check (s->product, fy_dilution_default_strength (s->product), s->concentration, error))
    return FALSE;
  if (s->ventilation_min < 0 || s->ventilation_min > 1440)
    return fail (error, _("The ventilation time must be between 0 and 1440 minutes."));
  day = fy_validate_date (s->start_day ? s->start_day : "", error);
  return day != NULL;
}

/* ---- Risk rules ------------------------------------------------------------ */

#define SHIFTS_DEFAULT 3

static char *
rule_key (FyZoneLevel level)
{
  return g_strdup_printf ("disinfection.rule.%s", fy_zone_level_to_code (level));
}

gboolean
fy_disinfection_get_rule (FyStore *store, FyZoneLevel level, FyDisinfectionFrequency *frequency)
{
  g_autofree char *key = rule_key (level);
  g_autofree char *code = fy_store_get_setting (store, key);
  int f;

  if (code == NULL || code[0] == '\0')
    {
      /* Red and yellow areas: each shift, unless the officer says otherwise. */
      *frequency = FY_DISINFECTION_EACH_SHIFT;
      return level == FY_ZONE_LEVEL_RED || level == FY_ZONE_LEVEL_YELLOW;
    }
  f = fy_code_lookup (fy_disinfection_frequency_labels, FY_DISINFECTION_N_FREQUENCIES, code, -1);
  if (f < 0)
    return FALSE;
  *frequency = f;
  return TRUE;
}

gboolean
fy_disinfection_set_rule (FyStore *store, FyZoneLevel level, gboolean has_rule,
                          FyDisinfectionFrequency frequency, GError **error)
{
  g_autofree char *key = rule_key (level);

  if ((int) frequency < 0 || frequency >= FY_DISINFECTION_N_FREQUENCIES)
    return fail (error, _("Choose how often."));
  if (!fy_store_set_setting (store, key,
                             has_rule ? fy_disinfection_frequency_labels[frequency].code : "none", error))
    return FALSE;
  fy_store_emit_changed (store, FY_STORE_CHANGE_DISINFECTION | FY_STORE_CHANGE_SETTINGS);
  return TRUE;
}

int
fy_disinfection_get_shifts (FyStore *store)
{
  g_autofree char *value = fy_store_get_setting (store, "disinfection.shifts");
  int n = value && value[0] ? (int) g_ascii_strtoll (value, NULL, 10) : SHIFTS_DEFAULT;

  return n >= 1 && n <= 4 ? n : SHIFTS_DEFAULT;
}

gboolean
fy_disinfection_set_shifts (FyStore *store, int shifts, GError **error)
{
  char value[8];

  if (shifts < 1 || shifts > 4)
    return fail (error, _("A day has 1 to 4 shifts."));
  g_snprintf (value, sizeof value, "%d", shifts);
  if (!fy_store_set_setting (store, "disinfection.shifts", value, error))
    return FALSE;
  fy_store_emit_changed (store, FY_STORE_CHANGE_DISINFECTION | FY_STORE_CHANGE_SETTINGS);
  return TRUE;
}

FyDisinfectionFrequency
fy_disinfection_effective_frequency (FyStore *store, const FyDisinfectionSchedule *schedule)
{
  FyDisinfectionFrequency rule;

  if (fy_disinfection_get_rule (store, schedule->level, &rule))
    return fy_disinfection_frequency_raise (schedule->frequency, rule);
  return schedule->frequency;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-health-codes.c — the stored codes of the health records (thermometer,
 * health-code colour, follow-up action, symptoms) and their translated
 * labels. */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "fy-health-private.h"

/* ------------------------------------------------------------------ */
/* Codes and labels                                                    */

static const FyCodeLabel methods[FY_N_METHODS] = {
  { "", N_("Not recorded") },
  { "axillary", N_("Axillary") },
  { "forehead", N_("Forehead") },
  { "ear", N_("Ear") },
};

static const FyCodeLabel colours[FY_N_CODES] = {
  { "", N_("Not checked") },
  { "green", N_("Green") },
  { "yellow", N_("Yellow") },
  { "red", N_("Red") },
};

static const FyCodeLabel actions[FY_N_FOLLOW_UP_ACTIONS] = {
  { "", N_("Not decided") },
  { "observation_point", N_("Observation point") },
  { "fever_clinic", N_("Fever clinic") },
  { "home", N_("Sent home") },
};

static const struct { FySymptoms flag; const char *code; const char *label; } symptoms[] = {
  { FY_SYMPTOM_FEVERISH, "feverish", N_("Feels feverish") },
  { FY_SYMPTOM_COUGH, "cough", N_("Cough") },
  { FY_SYMPTOM_SORE_THROAT, "sore_throat", N_("Sore throat") },
  { FY_SYMPTOM_FATIGUE, "fatigue", N_("Fatigue") },
  { FY_SYMPTOM_BREATHING, "breathing", N_("Short of breath") },
  { FY_SYMPTOM_DIARRHOEA, "diarrhoea", N_("Diarrhoea or vomiting") },
  { FY_SYMPTOM_TASTE_SMELL, "taste_smell", N_("Loss of taste or smell") },
  { FY_SYMPTOM_OTHER, "other", N_("Other discomfort") },
};

int
fy_code_lookup (const FyCodeLabel *table, guint n, const char *code, int fallback)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (table[i].code, code) == 0)
      return (int) i;
  return fallback;
}

const char *
fy_temp_method_to_code (FyTempMethod method)
{
  g_return_val_if_fail (method < FY_N_METHODS, "");
  return methods[method].code;
}

FyTempMethod
fy_temp_method_from_code (const char *code)
{
  return fy_code_lookup (methods, FY_N_METHODS, code, FY_METHOD_UNKNOWN);
}

const char *
fy_temp_method_label (FyTempMethod method)
{
  g_return_val_if_fail (method < FY_N_METHODS, "");
  return g_dgettext (GETTEXT_PACKAGE, methods[method].label);
}

const char *
fy_code_colour_to_code (FyCodeColour colour)
{
  g_return_val_if_fail (colour < FY_N_CODES, "");
  return colours[colour].code;
}

FyCodeColour
fy_code_colour_from_code (const char *code)
{
  return fy_code_lookup (colours, FY_N_CODES, code, FY_CODE_UNKNOWN);
}

const char *
fy_code_colour_label (FyCodeColour colour)
{
  g_return_val_if_fail (colour < FY_N_CODES, "");
  return g_dgettext (GETTEXT_PACKAGE, colours[colour].label);
}

const char *
fy_follow_up_action_to_code (FyFollowUpAction action)
{
  g_return_val_if_fail (action < FY_N_FOLLOW_UP_ACTIONS, "");
  return actions[action].code;
}

FyFollowUpAction
fy_follow_up_action_from_code (const char *code)
{
  return fy_code_lookup (actions, FY_N_FOLLOW_UP_ACTIONS, code, FY_FOLLOW_UP_ACTION_NONE);
}

const char *
fy_follow_up_action_label (FyFollowUpAction action)
{
  g_return_val_if_fail (action < FY_N_FOLLOW_UP_ACTIONS, "");
  return g_dgettext (GETTEXT_PACKAGE, actions[action].label);
}

const char *
fy_health_session_label (FyHealthSession session)
{
  return session == FY_SESSION_AFTERNOON ? _("Afternoon") : _("Morning");
}

char *
fy_symptoms_to_codes (FySymptoms flags)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (symptoms); i++)
    if (flags & symptoms[i].flag)
      {
        if (text->len)
          g_string_append_c (text, ',');
        g_string_append (text, symptoms[i].code);
      }
  return g_string_free (text, FALSE);
}

FySymptoms
fy_symptoms_from_codes (const char *codes)
{
  g_auto(GStrv) parts = NULL;
  FySymptoms flags = FY_SYMPTOM_NONE;

  if (codes == NULL || *codes == '\0')
    return FY_SYMPTOM_NONE;
  parts = g_strsplit (codes, ",", -1);
  for (guint p = 0; parts[p]; p++)
    for (guint i = 0; i < G_N_ELEMENTS (symptoms); i++)
      if (g_str_equal (parts[p], symptoms[i].code))
        flags |= symptoms[i].flag;
  return flags;
}

const char *
fy_symptom_label (FySymptoms one)
{
  for (guint i = 0; i < G_N_ELEMENTS (symptoms); i++)
    if (symptoms[i].flag == one)
      return g_dgettext (GETTEXT_PACKAGE, symptoms[i].label);
  return "";
}

char *
fy_symptoms_label (FySymptoms flags)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (symptoms); i++)
    if (flags & symptoms[i].flag)
      {
        if (text->len)
          /* TRANSLATORS: separator between symptoms in a list */
          g_string_append (text, _(", "));
        g_string_append (text, g_dgettext (GETTEXT_PACKAGE, symptoms[i].label));
      }
  return g_string_free (text, FALSE);
}


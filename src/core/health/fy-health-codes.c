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

const FyCodeLabel fy_code_colour_labels[FY_N_CODES + 1] = {
  { "", N_("Not checked") },
  { "green", N_("Green") },
  { "yellow", N_("Yellow") },
  { "red", N_("Red") },
  FY_CODE_LABEL_END
};

static const FyCodeLabel actions[FY_N_FOLLOW_UP_ACTIONS] = {
  { "", N_("Not decided") },
  { "observation_point", N_("Observation point") },
  { "fever_clinic", N_("Fever clinic") },
  { "home", N_("Sent home") },
};

/* Entry i is the symptom of flag 1 << i. */
const FyCodeLabel fy_symptom_labels[FY_N_SYMPTOMS + 1] = {
  { "feverish", N_("Feels feverish") },
  { "cough", N_("Cough") },
  { "sore_throat", N_("Sore throat") },
  { "fatigue", N_("Fatigue") },
  { "breathing", N_("Short of breath") },
  { "diarrhoea", N_("Diarrhoea or vomiting") },
  { "taste_smell", N_("Loss of taste or smell") },
  { "other", N_("Other discomfort") },
  FY_CODE_LABEL_END
};

#define SYMPTOM_FLAG(i) ((FySymptoms) (1u << (i)))

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
  return fy_code_colour_labels[colour].code;
}

FyCodeColour
fy_code_colour_from_code (const char *code)
{
  return fy_code_lookup (fy_code_colour_labels, FY_N_CODES, code, FY_CODE_UNKNOWN);
}

const char *
fy_code_colour_label (FyCodeColour colour)
{
  g_return_val_if_fail (colour < FY_N_CODES, "");
  return g_dgettext (GETTEXT_PACKAGE, fy_code_colour_labels[colour].label);
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

  for (guint i = 0; i < FY_N_SYMPTOMS; i++)
    if (flags & SYMPTOM_FLAG (i))
      {
        if (text->len)
          g_string_append_c (text, ',');
        g_string_append (text, fy_symptom_labels[i].code);
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
    for (guint i = 0; i < FY_N_SYMPTOMS; i++)
      if (g_str_equal (parts[p], fy_symptom_labels[i].code))
        flags |= SYMPTOM_FLAG (i);
  return flags;
}

const char *
fy_symptom_label (FySymptoms one)
{
  for (guint i = 0; i < FY_N_SYMPTOMS; i++)
    if (SYMPTOM_FLAG (i) == one)
      return g_dgettext (GETTEXT_PACKAGE, fy_symptom_labels[i].label);
  return "";
}

char *
fy_symptoms_label (FySymptoms flags)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < FY_N_SYMPTOMS; i++)
    if (flags & SYMPTOM_FLAG (i))
      {
        if (text->len)
          /* TRANSLATORS: separator between symptoms in a list */
          g_string_append (text, _(", "));
        g_string_append (text, g_dgettext (GETTEXT_PACKAGE, fy_symptom_labels[i].label));
      }
  return g_string_free (text, FALSE);
}


/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-emergency.c — the emergency procedure's tables, clocks and step
 * states (pure arithmetic on stored instants) and free functions. The SQL
 * is in fy-emergency-store.c. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-emergency.h"

const FyCodeLabel fy_emergency_step_labels[] = {
  [FY_STEP_REPORT] = { "report", N_("Reported to the local command") },
  [FY_STEP_OBSERVATION] = { "observation", N_("Moved to the observation point") },
  [FY_STEP_RETEST] = { "retest", N_("Re-tested within 6 hours") },
  [FY_STEP_CONTACTS] = { "contacts", N_("Contacts listed and isolated") },
  [FY_STEP_ZONES] = { "zones", N_("Zones activated") },
  [FY_STEP_DISINFECT] = { "disinfect", N_("Disinfection done") },
  [FY_STEP_INVESTIGATION] = { "investigation", N_("Epidemiological investigation supported") },
  [FY_STEP_PRODUCTION] = { "production", N_("Other areas keep producing") },
  [FY_STEP_SHUTDOWN] = { "shutdown", N_("Shutdown no longer than 3 days") },
  [FY_N_EMERGENCY_STEPS] = FY_CODE_LABEL_END,
};

const FyCodeLabel fy_emergency_trigger_labels[] = {
  [FY_EMERGENCY_POSITIVE] = { "positive", N_("Positive test result") },
  [FY_EMERGENCY_FEVER] = { "fever", N_("Fever follow-up") },
  [FY_EMERGENCY_MANUAL] = { "manual", N_("Started by hand") },
  [FY_N_EMERGENCY_TRIGGERS] = FY_CODE_LABEL_END,
};

gint64
fy_emergency_retest_due (gint64 started_at)
{
  return started_at + FY_EMERGENCY_RETEST_HOURS * 3600;
}

gint64
fy_emergency_shutdown_due (gint64 stopped_at)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_unix_local (stopped_at);
  g_autoptr(GDateTime) due = g_date_time_add_days (start, FY_EMERGENCY_SHUTDOWN_DAYS);

  return g_date_time_to_unix (due);
}

FyStepState
fy_emergency_step_state (const FyEmergencyStep *step, gint64 now)
{
  if (step->done_at)
    return step->due_at && step->done_at > step->due_at ? FY_STEP_DONE_LATE : FY_STEP_DONE;
  if (step->started_at == 0)
    return FY_STEP_NOT_STARTED;
  return step->due_at && now > step->due_at ? FY_STEP_LATE : FY_STEP_PENDING;
}

char *
fy_emergency_zone_reason (const FyEmergency *emergency)
{
  const FyCodeLabel *trigger = &fy_emergency_trigger_labels[emergency->trigger];

  /* TRANSLATORS: the reason of an area's level change; %1$s the trigger, %2$s the person. */
  return g_strdup_printf (_("Emergency procedure: %1$s (%2$s)"), fy_code_label_text (trigger),
                          emergency->person_name);
}

void
fy_emergency_step_free (FyEmergencyStep *step)
{
  if (step == NULL)
    return;
  g_free (step->done_by);
  g_free (step->note);
  g_free (step);
}

void
fy_emergency_contact_free (FyEmergencyContact *contact)
{
  if (contact == NULL)
    return;
  g_free (contact->name);
  g_free (contact->source);
  g_free (contact);
}

void
fy_emergency_free (FyEmergency *emergency)
{
  if (emergency == NULL)
    return;
  g_free (emergency->person_name);
  g_free (emergency->started_by);
  g_free (emergency->note);
  g_clear_pointer (&emergency->steps, g_ptr_array_unref);
  g_clear_pointer (&emergency->contacts, g_ptr_array_unref);
  g_free (emergency);
}

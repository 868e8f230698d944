/* SPDX-License-Identifier: GPL-3.0-or-later */
/* gate-test-util.h — what the gate's two test programs share: valid ID
 * numbers and a person who passes every rule of the gate check. */
#pragma once

#include "fy-gate.h"
#include "fy-test-support.h"
#include "fy-validate.h"

/* A valid resident ID number from its first 17 characters. */
static inline char *
id_number (const char *first17)
{
  return g_strdup_printf ("%s%c", first17, fy_id_number_check_char (first17));
}

/* A person who passes every rule at `now`. */
static inline FyGatePerson *
good_person (FyGateRole role, const char *name, const char *first17, const char *phone, gint64 now)
{
  FyGatePerson *p = fy_gate_person_new (role);
  g_autofree char *id = first17 ? id_number (first17) : g_strdup ("");

  fy_test_set_text (&p->name, name);
  fy_test_set_text (&p->id_number, id);
  fy_test_set_text (&p->phone, phone ? phone : "");
  fy_test_set_text (&p->company, "运输公司");
  p->code = FY_CODE_GREEN;
  p->test_at = now - 20 * 3600;
  p->test_result = FY_RESULT_NEGATIVE;
  p->vaccine_doses = 3;
  p->temp1 = 365;
  return p;
}


/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-vaccination.h — vaccination doses with dates per person, and the
 * reason someone is not vaccinated. staff.vaccine_doses (the roster column)
 * follows the highest dose recorded here. */
#pragma once

#include <glib.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_VACCINATION_MAX_DOSE 9

typedef struct _FyVaccination
{
  gint64  id;
  gint64  staff_id;
  int     dose;          /* 1, 2, 3 (booster) … */
  char   *day;           /* YYYY-MM-DD */
  char   *vaccine;       /* product / maker, free text */
  char   *note;
} FyVaccination;

/* Records one dose (one transaction, audited). Refused: unknown person, a
 * dose number outside 1…9 or already recorded, a date in the future or out
 * of order with the person's other doses. Recording a dose clears the
 * "not vaccinated" reason. */
typedef struct
{
  gint64       staff_id;
  int          dose;          /* 1…9 */
  const char  *day;
  const char  *vaccine;
  const char  *note;
} FyVaccinationInput;
gboolean    fy_vaccination_record      (FyStore                  *store,
                                        const FyVaccinationInput *input,
                                        gint64                    now,
                                        gint64                   *vaccination_id,
                                        GError                  **error);
/* The doses of a person by dose number. GPtrArray of FyVaccination*. */
GPtrArray  *fy_vaccination_list_for_staff (FyStore  *store,
                                        gint64       staff_id,
                                        GError     **error);
/* Why a person is not vaccinated (contraindication, pregnancy, …), free
 * text of at most 100 characters; "" clears it. Refused for someone with a
 * dose recorded. */
gboolean    fy_vaccination_set_unvaccinated_reason (FyStore *store,
                                        gint64       staff_id,
                                        const char  *reason,
                                        GError     **error);
/* Owned; "" when none. */
char       *fy_vaccination_get_unvaccinated_reason (FyStore *store,
                                        gint64       staff_id,
                                        GError     **error);

void        fy_vaccination_free        (FyVaccination *vaccination);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyVaccination, fy_vaccination_free)

G_END_DECLS

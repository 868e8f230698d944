/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-cli-plans.c — `fangyi export person-history --person EMPLOYEE_NO`: one
 * person's last 14 days (readings, tests, trips, quarantines, work area) for
 * the epidemiological investigation, as the emergency procedure exports it;
 * --from / --to choose another period. An unknown person is refused. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-cli-plans.h"
#include "fy-clock.h"
#include "fy-staff.h"

#define HISTORY_DAYS 14

int
fy_cli_export_person_history (FyCliContext *ctx, int argc, char **argv)
{
  FyCliLedgerOptions o = { 0 };
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStaff) staff = NULL;
  g_autofree char *message = NULL, *today = fy_today ();
  g_autofree char *from = fy_date_add_days (today, -(HISTORY_DAYS - 1));
  const char *person = NULL;
  FyStore *store;
  int status;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--person") && i + 1 < argc)
        person = argv[++i];
      else
        g_ptr_array_add (rest, argv[i]);
    }
  if (person == NULL || *person == '\0')
    return fy_cli_usage (_("Name the person: fangyi export person-history --person EMPLOYEE_NO"));
  if (!fy_cli_parse_ledger_options ((int) rest->len, (char **) rest->pdata, &o, &message))
    return fy_cli_usage (message);
  store = fy_cli_open_store (ctx, &error);
  if (store == NULL || !(staff = fy_staff_get_by_employee_no (store, person, &error)))
    return fy_cli_fail (error);
  if (o.params.from == NULL && o.params.to == NULL && o.date == NULL && o.month == NULL)
    {
      o.params.from = from;
      o.params.to = today;
    }
  o.params.search = person;
  status = fy_cli_export_ledger (ctx, "person-history", &o);
  fy_cli_ledger_options_clear (&o);
  return status;
}

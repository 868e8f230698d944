/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-health-test-support.c — helpers shared by the health and daily report
 * tests; see fy-health-test-support.h. */
#include "config.h"

#include <string.h>

#include "fy-health-test-support.h"

void
fy_test_health_init (int *argc, char ***argv, const char *today)
{
  g_setenv ("TZ", "CST-8", TRUE);
  fy_test_init (argc, argv, today);
}

gint64
fy_test_add_person_full (FyStore *store, const char *no, const char *name, const char *department,
                         const char *team, const char *post, gboolean high_contact)
{
  g_autoptr(FyStaff) s = fy_test_staff_new (no, name);

  fy_test_set_text (&s->department, department);
  fy_test_set_text (&s->team, team);
  fy_test_set_text (&s->post, post);
  s->high_contact = high_contact;
  fy_test_save_staff (store, s);
  return s->id;
}

gint64
fy_test_add_person (FyStore *store, const char *no, const char *name, const char *department)
{
  return fy_test_add_person_full (store, no, name, department, "甲班", "操作工", FALSE);
}

char *
fy_test_health_snapshot (FyStore *store)
{
  static const char *const tables[] = {
    "reading", "reading_history", "follow_up", "test_round", "test_result", "vaccination",
    "trip", "trip_companion", "quarantine", "quarantine_phase", "quarantine_test", "audit",
    "cadence_rule", "absence",
  };
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);
      g_string_append_printf (s, "%s=%" G_GINT64_FORMAT " ", tables[i], fy_test_query_int (store, sql));
    }
  g_string_append_printf (s, "staff-state=%" G_GINT64_FORMAT,
                          fy_test_query_int (store, "SELECT total(length(status) * id) + total(ifnull(last_test_at, 0))"
                                                    " + total(vaccine_doses * id) FROM staff"));
  return g_string_free (s, FALSE);
}

char *
fy_test_staff_status (FyStore *store, gint64 id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStaff) s = fy_staff_get (store, id, &error);

  g_assert_no_error (error);
  return g_strdup (fy_staff_status_to_code (s->status));
}

void
fy_test_assert_plan_no_scan (const char *plan, const char *const *names)
{
  g_auto(GStrv) lines = g_strsplit (plan, "\n", -1);

  g_test_message ("plan:\n%s", plan);
  for (guint i = 0; lines[i]; i++)
    for (guint n = 0; names[n]; n++)
      {
        g_autofree char *scan = g_strdup_printf ("SCAN %s", names[n]);
        const char *hit = strstr (lines[i], scan);
        if (hit != NULL)
          {
            char next = hit[strlen (scan)];
            if (next == '\0' || next == ' ')
              g_error ("full scan of %s in plan line “%s”", names[n], lines[i]);
          }
      }
}

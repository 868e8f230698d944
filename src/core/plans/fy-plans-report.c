/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-plans-report.c — the plans line of the daily report: plan documents
 * whose review has fallen due and corrective actions still open at the end
 * of the day (overdue ones named with their deadlines), read in one query
 * so the report needs nothing else from this domain. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-plans.h"
#include "fy-store-private.h"

/* At most this many overdue actions are named; the count says the rest. */
#define NAMED_MAX 5

gboolean
fy_plans_report_line (FyStore *store, const char *day, char **figures, char **remarks,
                      gboolean *abnormal, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT (SELECT count(*) FROM plan_document WHERE next_review IS NOT NULL AND next_review <= ?1),"
      " (SELECT group_concat(title, '、') FROM (SELECT title FROM plan_document"
      "   WHERE next_review IS NOT NULL AND next_review <= ?1 ORDER BY next_review, id)),"
      " (SELECT count(*) FROM action_item WHERE raised_on <= ?1 AND (done_on IS NULL OR done_on > ?1)),"
      " (SELECT count(*) FROM action_item WHERE raised_on <= ?1 AND (done_on IS NULL OR done_on > ?1)"
      "   AND deadline < ?1)", error);
  g_autoptr(GString) text = g_string_new (NULL);
  int reviews, open, overdue;

  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, day);
  if (!fy_store_step_row (store, stmt, "", error))
    return FALSE;
  reviews = sqlite3_column_int (stmt, 0);
  if (reviews > 0)
    /* Translators: daily report remark; %s lists plan titles. */
    g_string_append_printf (text, _("Review due: %s"), fy_column_text (stmt, 1));
  open = sqlite3_column_int (stmt, 2);
  overdue = sqlite3_column_int (stmt, 3);
  sqlite3_reset (stmt);

  /* Translators: daily report figures of the plans line. */
  *figures = g_strdup_printf (_("Plan reviews due %d; corrective actions open %d, of which overdue %d"),
                              reviews, open, overdue);
  if (overdue > 0)
    {
      stmt = fy_store_prepare_cached (store,
          "SELECT problem, deadline FROM action_item WHERE raised_on <= ?1"
          " AND (done_on IS NULL OR done_on > ?1) AND deadline < ?1 ORDER BY deadline, id LIMIT ?2", error);
      if (stmt == NULL)
        return FALSE;
      fy_bind_text (stmt, 1, day);
      sqlite3_bind_int (stmt, 2, NAMED_MAX);
      if (text->len)
        g_string_append (text, _("; "));
      /* Translators: daily report remark, followed by the overdue actions. */
      g_string_append (text, _("Overdue: "));
      for (int i = 0; ; i++)
        {
          int rc = sqlite3_step (stmt);
          if (rc != SQLITE_ROW)
            {
              gboolean ok = rc == SQLITE_DONE || fy_store_fail (store, rc, error);
              sqlite3_reset (stmt);
              if (!ok)
                return FALSE;
              break;
            }
          if (i > 0)
            g_string_append (text, "、");
          /* Translators: an overdue action in the daily report: the problem and its deadline. */
          g_string_append_printf (text, _("%s (due %s)"), fy_column_text (stmt, 0), fy_column_text (stmt, 1));
        }
      if (overdue > NAMED_MAX)
        g_string_append (text, "…");
    }
  *remarks = g_string_free (g_steal_pointer (&text), FALSE);
  *abnormal = overdue > 0 || reviews > 0;
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supplies-stock.c — the stock view's records and the warnings counted
 * from them (the figures themselves come from one SQL shared with the
 * ledgers, FY_SUPPLY_STOCK_CTE, run in fy-supplies-store.c). */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fy-supplies-stock.h"

void
fy_supply_stock_free (FySupplyStock *stock)
{
  if (stock == NULL)
    return;
  g_free (stock->code);
  g_free (stock->name);
  g_free (stock->spec);
  g_free (stock->unit);
  g_free (stock->next_expiry);
  g_free (stock);
}

void
fy_supply_days_free (FySupplyDays *days)
{
  if (days == NULL)
    return;
  g_free (days->from);
  g_free (days->balance);
  g_free (days->received);
  g_free (days->issued);
  g_free (days);
}

gboolean
fy_supplies_count_warnings (GPtrArray *stock, FySupplyWarnings *warnings)
{
  *warnings = (FySupplyWarnings) { 0 };
  for (guint i = 0; i < stock->len; i++)
    {
      FySupplyStock *s = g_ptr_array_index (stock, i);

      warnings->below_minimum += s->urgency == FY_SUPPLY_URGENT_BELOW_MINIMUM;
      warnings->below_target += s->urgency == FY_SUPPLY_URGENT_BELOW_TARGET;
      warnings->expiring += s->expiring > 0;
      warnings->expired += s->expired > 0;
    }
  return warnings->below_minimum + warnings->below_target + warnings->expiring + warnings->expired > 0;
}

char *
fy_supplies_format_cover (gint64 cover_tenths)
{
  if (cover_tenths < 0)
    /* Translators: days of cover of an item nobody uses. */
    return g_strdup (_("—"));
  return g_strdup_printf ("%lld.%lld", (long long) (cover_tenths / 10), (long long) (cover_tenths % 10));
}

char *
fy_supplies_format_milli (gint64 milli)
{
  char *text = g_strdup_printf ("%lld.%03lld", (long long) (milli / 1000), (long long) (milli % 1000));
  char *end = text + strlen (text) - 1;

  while (*end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';
  return text;
}

/* "N95医用防护口罩 (below reserve target)", at most `max` items then "…". */
static void
append_names (GString *out, GPtrArray *stock, FySupplyUrgency urgency, gboolean expired, const char *what)
{
  guint n = 0;

  for (guint i = 0; i < stock->len; i++)
    {
      FySupplyStock *s = g_ptr_array_index (stock, i);

      if (expired ? s->expired == 0 : s->urgency != urgency)
        continue;
      if (n++ == 5)
        {
          g_string_append (out, _("…"));
          break;
        }
      if (out->len > 0)
        g_string_append (out, _("; "));
      /* Translators: an item in the supply warnings of the daily report: name (what is wrong). */
      g_string_append_printf (out, _("%s (%s)"), s->name, what);
    }
}

gboolean
fy_supplies_warning_lines (FyStore *store, const char *day, char **figures, char **remarks, GError **error)
{
  g_autoptr(GPtrArray) stock = fy_supplies_stock (store, day, 0, error);
  g_autoptr(GString) names = g_string_new (NULL);
  FySupplyWarnings w;

  if (stock == NULL)
    return FALSE;
  fy_supplies_count_warnings (stock, &w);
  /* Translators: supply warnings in the daily report: numbers of items. */
  *figures = g_strdup_printf (_("Below minimum %u, below reserve target %u, expiring within 30 days %u, "
                                "expired in store %u"),
                              w.below_minimum, w.below_target, w.expiring, w.expired);
  append_names (names, stock, FY_SUPPLY_URGENT_BELOW_MINIMUM, FALSE, _("below minimum stock"));
  append_names (names, stock, FY_SUPPLY_URGENT_BELOW_TARGET, FALSE, _("below reserve target"));
  append_names (names, stock, FY_SUPPLY_URGENT_NONE, TRUE, _("expired stock on hand"));
  *remarks = g_string_free (g_steal_pointer (&names), FALSE);
  return TRUE;
}

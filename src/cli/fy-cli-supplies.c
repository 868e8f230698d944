/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-cli-supplies.c — `fangyi stock`: the supply warnings of today, one line
 * per item that needs attention, most urgent first, for a person or a
 * scheduled check. Exit status 3 when an item is below its reserve target
 * or minimum stock (0 otherwise, 1 on failure). */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-cli-supplies.h"
#include "fy-supplies-stock.h"

/* "below minimum, expired stock on hand" for one item. Owned. */
static char *
warning_text (const FySupplyStock *s)
{
  GString *out = g_string_new (NULL);
  const char *parts[4] = { NULL };
  guint n = 0;

  if (s->urgency == FY_SUPPLY_URGENT_BELOW_MINIMUM)
    parts[n++] = _("below minimum stock");
  else if (s->urgency == FY_SUPPLY_URGENT_BELOW_TARGET)
    parts[n++] = _("below reserve target");
  if (s->expired > 0)
    parts[n++] = _("expired stock on hand");
  if (s->expiring > 0)
    parts[n++] = _("stock expiring within 30 days");
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, _(", "));
      g_string_append (out, parts[i]);
    }
  return g_string_free (out, FALSE);
}

int
fy_cli_stock (FyCliContext *ctx, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stock = NULL;
  g_autofree char *today = fy_today ();
  FySupplyWarnings w;
  FyStore *store;

  if (argc > 1)
    return fy_cli_usage (_("“fangyi stock” takes no options."));
  store = fy_cli_open_store (ctx, &error);
  if (store == NULL)
    return fy_cli_fail (error);
  stock = fy_supplies_stock (store, today, 0, &error);
  if (stock == NULL)
    return fy_cli_fail (error);
  fy_supplies_count_warnings (stock, &w);
  /* Translators: first line of `fangyi stock`: the date, then counts of items. */
  g_print (_("Supplies on %s: %u below minimum stock, %u below reserve target, %u with stock expiring "
             "within 30 days, %u with expired stock\n"),
           today, w.below_minimum, w.below_target, w.expiring, w.expired);
  for (guint i = 0; i < stock->len; i++)
    {
      const FySupplyStock *s = g_ptr_array_index (stock, i);
      g_autofree char *cover = NULL;
      g_autofree char *warnings = NULL;

      if (s->urgency == FY_SUPPLY_URGENT_NONE)
        continue;
      cover = fy_supplies_format_cover (s->cover_tenths);
      warnings = warning_text (s);
      /* Translators: one item in `fangyi stock`: code, name, usable stock and
       * unit, reserve target, days of cover, quantity to buy, the warnings. */
      g_print (_("  %s %s: usable %lld %s, target %lld, days of cover %s, to buy %lld — %s\n"),
               s->code, s->name, (long long) s->usable, s->unit, (long long) s->target, cover,
               (long long) s->shortfall, warnings);
    }
  return w.below_minimum + w.below_target > 0 ? 3 : 0;
}

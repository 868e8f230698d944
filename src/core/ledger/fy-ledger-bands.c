/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-bands.c — which columns of a too-wide ledger go on which
 * printed page of a row of pages ("bands"), as paper month ledgers are
 * printed: the identifying columns before the first column group (序号,
 * 姓名…) repeat on every band, a column group (a day: AM | PM) never
 * splits, and the bands carry about the same number of groups so none is
 * left with one lonely day. Pure arithmetic on widths; fy-ledger-pages.c
 * measures the widths and draws. */
#include "config.h"

#include "fy-ledger-pages-private.h"

/* Units: runs of columns with the same group, or a single ungrouped
 * column. Returns their first columns; *n_units set. */
static guint *
find_units (const char *const *groups, guint n, guint n_lead, guint *n_units)
{
  guint *first = g_new0 (guint, MAX (n, 1));
  guint k = 0;

  for (guint i = n_lead; i < n; k++)
    {
      guint j = i;
      first[k] = i;
      while (groups[i] && j + 1 < n && g_strcmp0 (groups[j + 1], groups[i]) == 0)
        j++;
      i = j + 1;
    }
  *n_units = k;
  return first;
}

/* The columns cut into units, and the room for them. */
typedef struct
{
  const double *min_w;        /* per column */
  guint         n;            /* columns */
  const guint  *unit_first;
  guint         n_units;
  double        lead_w;       /* the repeated leading columns */
  double        table_width;
} Units;

static double
unit_width (const Units *units, guint u)
{
  guint end = u + 1 < units->n_units ? units->unit_first[u + 1] : units->n;
  double w = 0;

  for (guint i = units->unit_first[u]; i < end; i++)
    w += units->min_w[i];
  return w;
}

/* Fills bands greedily, at most `cap` units each; the number of bands, or
 * 0 when a unit does not fit next to the leading columns. */
static guint
fill (const Units *units, guint cap, guint *band_of_unit)
{
  guint bands = 0, in_band = 0;
  double used = 0;

  for (guint u = 0; u < units->n_units; u++)
    {
      double w = unit_width (units, u);

      if (units->lead_w + w > units->table_width)
        return 0;
      if (bands == 0 || used + w > units->table_width || in_band >= cap)
        {
          bands++;
          used = units->lead_w;
          in_band = 0;
        }
      used += w;
      in_band++;
      band_of_unit[u] = bands - 1;
    }
  return bands;
}

gboolean
fy_ledger_plan_bands (const double       *min_w,
                      const char *const  *groups,
                      guint               n,
                      double              table_width,
                      FyLedgerBands      *bands)
{
  g_autofree guint *unit_first = NULL;
  g_autofree guint *band_of_unit = NULL;
  guint n_lead = 0, n_units = 0, k, cap;
  double lead_w = 0;
  Units units;

  memset (bands, 0, sizeof *bands);
  while (n_lead < n && groups[n_lead] == NULL)
    lead_w += min_w[n_lead++];
  if (n_lead == n || lead_w >= table_width)
    return FALSE;

  unit_first = find_units (groups, n, n_lead, &n_units);
  band_of_unit = g_new0 (guint, MAX (n_units, 1));
  units = (Units) { .min_w = min_w, .n = n, .unit_first = unit_first, .n_units = n_units,
                    .lead_w = lead_w, .table_width = table_width };
  k = fill (&units, G_MAXUINT, band_of_unit);
  if (k == 0)
    return FALSE;
  /* As few bands as greedy needs, but evenly filled. */
  cap = (n_units + k - 1) / k;
  if (fill (&units, cap, band_of_unit) != k)
    fill (&units, G_MAXUINT, band_of_unit);

  bands->n_bands = k;
  bands->n_lead = n_lead;
  bands->first = g_new0 (guint, k);
  bands->last = g_new0 (guint, k);
  for (guint b = 0; b < k; b++)
    bands->last[b] = G_MAXUINT;
  for (guint u = n_units; u-- > 0;)
    {
      guint b = band_of_unit[u];
      guint end = u + 1 < n_units ? unit_first[u + 1] : n;
      bands->first[b] = unit_first[u];
      if (bands->last[b] == G_MAXUINT)
        bands->last[b] = end - 1;
    }
  return TRUE;
}

void
fy_ledger_bands_clear (FyLedgerBands *bands)
{
  g_clear_pointer (&bands->first, g_free);
  g_clear_pointer (&bands->last, g_free);
  bands->n_bands = 0;
}

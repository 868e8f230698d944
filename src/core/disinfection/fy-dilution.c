/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-dilution.c — the dilution helper's arithmetic (see fy-dilution.h). */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "fy-dilution.h"
#include "fy-error.h"

/* A tablet or powder solution stronger than this is not a working
 * solution (the strongest in the guidance is 5 000 mg/L for spills);
 * 10 000 leaves room without accepting a slip of the keyboard. */
#define SOLID_MAX_MG_L 10000

/* Contact times of the guidance (常州卫健委 2020): chlorine solutions 30
 * minutes on surfaces; alcohol wiped and left to dry, a few minutes. */
#define CHLORINE_CONTACT_MIN 30
#define ALCOHOL_CONTACT_MIN 3
#define UV_CONTACT_MIN 30

double
fy_dilution_default_strength (FyDisinfectant product)
{
  switch (product)
    {
    case FY_DISINFECTANT_CHLORINE84: return 5;
    case FY_DISINFECTANT_TABLET: return 500;
    case FY_DISINFECTANT_POWDER: return 12;
    case FY_DISINFECTANT_ALCOHOL: return 75;
    case FY_DISINFECTANT_NONE:
    case FY_DISINFECTANT_N:
    default: return 0;
    }
}

int
fy_dilution_max_concentration (FyDisinfectant product, double strength)
{
  switch (product)
    {
    case FY_DISINFECTANT_CHLORINE84:
      return (int) floor (strength * 10000 + 0.5);
    case FY_DISINFECTANT_TABLET:
    case FY_DISINFECTANT_POWDER:
      return SOLID_MAX_MG_L;
    case FY_DISINFECTANT_ALCOHOL:
      return (int) floor (strength + 0.5);
    case FY_DISINFECTANT_NONE:
    case FY_DISINFECTANT_N:
    default:
      return 0;
    }
}

static gboolean
check_strength (FyDisinfectant product, double strength, GError **error)
{
  gboolean ok = TRUE;

  switch (product)
    {
    case FY_DISINFECTANT_CHLORINE84:
    case FY_DISINFECTANT_POWDER:
      ok = strength > 0 && strength <= 100;
      break;
    case FY_DISINFECTANT_TABLET:
      ok = strength > 0 && strength <= 10000;
      break;
    case FY_DISINFECTANT_ALCOHOL:
      ok = strength >= 60 && strength <= 95;
      break;
    case FY_DISINFECTANT_NONE:
    case FY_DISINFECTANT_N:
    default:
      break;
    }
  if (!ok)
    g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                 _("The strength of %s is not possible: check the label of the product."),
                 fy_disinfectant_label (product));
  return ok;
}

gboolean
fy_dilution_check (FyDisinfectant product, double strength, int concentration, GError **error)
{
  int max;

  if ((int) product < 0 || product >= FY_DISINFECTANT_N)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Choose a disinfectant."));
      return FALSE;
    }
  if (product == FY_DISINFECTANT_NONE)
    return TRUE;
  if (!check_strength (product, strength, error))
    return FALSE;
  max = fy_dilution_max_concentration (product, strength);
  if (product == FY_DISINFECTANT_ALCOHOL)
    {
      if (concentration != max)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                       _("Alcohol is used neat: its concentration is %d %%, not %d %%."), max,
                       concentration);
          return FALSE;
        }
      return TRUE;
    }
  if (concentration <= 0 || concentration > max)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("%s can give 1 to %d mg/L available chlorine, not %d mg/L."),
                   fy_disinfectant_label (product), max, concentration);
      return FALSE;
    }
  return TRUE;
}

gboolean
fy_dilution_compute (const FyDilutionInput *in, FyDilution *out, GError **error)
{
  double v = in->volume_ml;

  *out = (FyDilution) { 0 };
  if (in->product == FY_DISINFECTANT_NONE)
    {
      out->contact_min = UV_CONTACT_MIN;
      return TRUE;
    }
  if (in->product == FY_DISINFECTANT_ALCOHOL)
    {
      if (!check_strength (in->product, in->strength, error))
        return FALSE;
    }
  else if (!fy_dilution_check (in->product, in->strength, in->target, error))
    return FALSE;
  if (in->volume_ml <= 0 || in->volume_ml > 1000000)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("The volume of solution must be between 1 mL and 1000 L."));
      return FALSE;
    }

  switch (in->product)
    {
    case FY_DISINFECTANT_CHLORINE84:
      out->concentrate = in->target * v / (in->strength * 10000);
      out->water_ml = (int) floor (v - out->concentrate + 0.5);
      out->concentration = in->target;
      out->contact_min = CHLORINE_CONTACT_MIN;
      break;
    case FY_DISINFECTANT_TABLET:
      out->concentrate = in->target * v / (in->strength * 1000);
      out->water_ml = in->volume_ml;
      out->concentration = in->target;
      out->contact_min = CHLORINE_CONTACT_MIN;
      break;
    case FY_DISINFECTANT_POWDER:
      out->concentrate = in->target * v / (in->strength * 10000);
      out->water_ml = in->volume_ml;
      out->concentration = in->target;
      out->contact_min = CHLORINE_CONTACT_MIN;
      break;
    case FY_DISINFECTANT_ALCOHOL:
      out->concentrate = v;
      out->water_ml = 0;
      out->concentration = fy_dilution_max_concentration (in->product, in->strength);
      out->contact_min = ALCOHOL_CONTACT_MIN;
      break;
    case FY_DISINFECTANT_NONE:
    case FY_DISINFECTANT_N:
    default:
      g_assert_not_reached ();
    }
  /* Figures people measure: 0.1 mL / g, a quarter tablet. */
  if (in->product == FY_DISINFECTANT_TABLET)
    out->concentrate = floor (out->concentrate * 4 + 0.5) / 4;
  else
    out->concentrate = floor (out->concentrate * 10 + 0.5) / 10;
  return TRUE;
}

const char *
fy_dilution_concentrate_unit (FyDisinfectant product)
{
  switch (product)
    {
    case FY_DISINFECTANT_POWDER:
      return C_("unit", "g");
    case FY_DISINFECTANT_TABLET:
      return C_("unit", "tablets");
    case FY_DISINFECTANT_CHLORINE84:
    case FY_DISINFECTANT_ALCOHOL:
    case FY_DISINFECTANT_NONE:
    case FY_DISINFECTANT_N:
    default:
      return C_("unit", "mL");
    }
}

static char *
format_water (int ml)
{
  if (ml >= 1000)
    /* Translators: litres of water in the dilution helper. */
    return g_strdup_printf (_("%g L"), floor (ml / 100.0 + 0.5) / 10);
  /* Translators: millilitres of water in the dilution helper. */
  return g_strdup_printf (_("%d mL"), ml);
}

char *
fy_dilution_describe (FyDisinfectant product, const FyDilution *d)
{
  g_autofree char *water = NULL;

  if (product == FY_DISINFECTANT_NONE)
    /* Translators: the dilution helper for an ultraviolet lamp. */
    return g_strdup_printf (_("No chemical; %d min"), d->contact_min);
  if (product == FY_DISINFECTANT_ALCOHOL)
    /* Translators: the dilution helper for alcohol: volume, product, contact time. */
    return g_strdup_printf (_("%g mL %s, neat; %d min"), d->concentrate, fy_disinfectant_label (product),
                            d->contact_min);
  water = format_water (d->water_ml);
  /* Translators: the dilution helper: amount, unit, product, water, contact time,
   * e.g. “100 mL 84消毒液 + 9.9 L 水，作用 30 分钟”. */
  return g_strdup_printf (_("%g %s %s + %s water; %d min"), d->concentrate,
                          fy_dilution_concentrate_unit (product), fy_disinfectant_label (product), water,
                          d->contact_min);
}

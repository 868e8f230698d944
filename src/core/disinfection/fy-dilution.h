/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-dilution.h — the dilution helper (配比): from a disinfectant, its
 * strength, the target concentration and the volume of solution wanted, how
 * much concentrate and water to use and how long to leave it on.
 *
 * Chlorine products are reckoned in available chlorine (有效氯):
 *   84 消毒液 at s % holds s × 10 000 mg/L, so V mL at C mg/L takes
 *   C × V / (s × 10 000) mL of it, topped up with water to V;
 *   tablets of m mg: C × V / (m × 1000) tablets in V mL of water;
 *   powder at s %: C × V / (s × 10 000) g in V mL of water.
 * 75 % alcohol is used neat: the concentration is its own strength, the
 * concentrate is the whole volume, no water. Ultraviolet takes nothing. */
#pragma once

#include <glib.h>

#include "fy-disinfection.h"

G_BEGIN_DECLS

/* Preset targets offered for chlorine products, mg/L. */
#define FY_DILUTION_TARGET_LOW     250
#define FY_DILUTION_TARGET_MEDIUM  500
#define FY_DILUTION_TARGET_HIGH   1000

typedef struct
{
  FyDisinfectant product;
  double         strength;     /* % (84, powder, alcohol) or mg per tablet */
  int            target;       /* mg/L available chlorine; ignored for alcohol / UV */
  int            volume_ml;    /* solution wanted, > 0 (ignored for UV) */
} FyDilutionInput;

typedef struct
{
  double concentrate;          /* mL (84, alcohol), g (powder), tablets */
  int    water_ml;
  int    concentration;        /* what the entry records: mg/L, % for alcohol, 0 for UV */
  int    contact_min;          /* suggested contact time */
} FyDilution;

/* The product's usual strength: 5 (%), 500 (mg), 12 (%), 75 (%), 0. */
double      fy_dilution_default_strength (FyDisinfectant product);
/* Highest concentration the product can give at that strength, mg/L (or
 * the strength itself for alcohol); 0 for UV. */
int         fy_dilution_max_concentration (FyDisinfectant product,
                                           double         strength);
/* Checks the strength and the target against what the product can give
 * (FY_ERROR_INVALID with a sentence naming the range). */
gboolean    fy_dilution_check            (FyDisinfectant product,
                                          double         strength,
                                          int            concentration,
                                          GError       **error);
gboolean    fy_dilution_compute          (const FyDilutionInput *input,
                                          FyDilution            *out,
                                          GError               **error);
/* "100 mL 84 disinfectant + 9.9 L water, 30 min" (translated). Owned. */
char       *fy_dilution_describe         (FyDisinfectant         product,
                                          const FyDilution      *dilution);
/* The unit of the concentrate: "mL", "g", "tablets" (translated). */
const char *fy_dilution_concentrate_unit (FyDisinfectant         product);

G_END_DECLS

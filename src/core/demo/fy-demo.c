/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-demo.c — the demo company (苏州澄湖精密机械有限公司): runs the steps
 * (fy-demo-private.h) and writes everything in one transaction.
 *
 * The demo data is a Chinese company's data, so it is written in Chinese
 * and is not translated; only messages to the user are. */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "fy-demo.h"
#include "fy-demo-private.h"
#include "fy-validate.h"

#define COMPANY_NAME    "苏州澄湖精密机械有限公司"
#define COMPANY_ADDRESS "江苏省苏州市吴中区甪直镇澄湖工业园澄湖东路18号"
#define COMPANY_PHONE   "0512-66108800"
/* The officer (填表人) and the reviewer (审核人) are people of the roster. */
#define OFFICER_POST    "防疫专员"
#define REVIEWER_POST   "行政部经理"

int
fy_demo_rand (FyDemo *demo, int lo, int hi)
{
  return g_rand_int_range (demo->rand, lo, hi + 1);
}

gboolean
fy_demo_chance (FyDemo *demo, guint percent)
{
  return (guint) fy_demo_rand (demo, 0, 99) < percent;
}

static FyDemo *
fy_demo_new (guint32 seed, GError **error)
{
  g_autofree char *today = fy_today ();
  FyDemo *demo;
  int y, m, d;

  if (today == NULL || sscanf (today, "%d-%d-%d", &y, &m, &d) != 3
      || !g_date_valid_dmy (d, m, y))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_FAILED,
                   _("Today’s date could not be read. Check the computer’s clock and try again."));
      return NULL;
    }

  demo = g_new0 (FyDemo, 1);
  demo->rand = g_rand_new_with_seed (seed);
  g_date_clear (&demo->today, 1);
  g_date_set_dmy (&demo->today, d, m, y);
  demo->staff = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_staff_free);
  return demo;
}

static void
fy_demo_free (FyDemo *demo)
{
  g_rand_free (demo->rand);
  g_clear_pointer (&demo->zones, fy_demo_zones_free);
  g_ptr_array_unref (demo->staff);
  g_free (demo);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyDemo, fy_demo_free)

static const char *
name_with_post (FyDemo *demo, const char *post)
{
  for (guint i = 0; i < demo->staff->len; i++)
    {
      FyStaff *s = g_ptr_array_index (demo->staff, i);
      if (g_str_equal (s->post, post))
        return s->name;
    }
  return "";
}

/* ---- Writing ----------------------------------------------------------- */

static gboolean
populate_staff (FyDemo *demo, FyStore *store, GError **error)
{
  for (guint i = 0; i < demo->staff->len; i++)
    if (!fy_staff_save_in_transaction (store, g_ptr_array_index (demo->staff, i), error))
      return FALSE;
  return TRUE;
}

static gboolean
populate_settings (FyDemo *demo, FyStore *store, GError **error)
{
  const struct { const char *key; const char *value; } settings[] = {
    { "company.name", COMPANY_NAME },
    { "company.address", COMPANY_ADDRESS },
    { "company.phone", COMPANY_PHONE },
    { "officer", name_with_post (demo, OFFICER_POST) },
    { "reviewer", name_with_post (demo, REVIEWER_POST) },
    { "fever_line", "373" },
    { "cadence.default_hours", "48" },
    { "cadence.high_contact_hours", "24" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    if (!fy_store_set_setting (store, settings[i].key, settings[i].value, error))
      return FALSE;
  return TRUE;
}

static gboolean
refuse_if_not_empty (FyStore *store, GError **error)
{
  if (fy_store_is_empty (store))
    return TRUE;
  g_set_error (error, FY_ERROR, FY_ERROR_CONFLICT,
               _("The demo company can only be loaded into an empty database. This one already has "
                 "staff, so nothing was changed."));
  return FALSE;
}

gboolean
fy_demo_populate (FyStore *store, guint32 seed, GError **error)
{
  g_autoptr(FyDemo) demo = NULL;

  g_return_val_if_fail (FY_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!refuse_if_not_empty (store, error))
    return FALSE;

  /* Build and validate everything before BEGIN. */
  demo = fy_demo_new (seed, error);
  if (demo == NULL || !fy_demo_generate_staff (demo, error) || !fy_demo_generate_zones (demo, error))
    return FALSE;

  if (!fy_store_begin (store, error))
    return FALSE;
  /* Checked again under the write lock: another window may have saved. */
  if (!refuse_if_not_empty (store, error)
      || !populate_staff (demo, store, error)
      || !populate_settings (demo, store, error)
      || !fy_demo_populate_zones (demo, store, error)
      || !fy_demo_populate_health (demo, store, error)
      || !fy_demo_populate_supplies (demo, store, error)
      /* after the supplies: its entries take 84 and alcohol from that stock */
      || !fy_demo_populate_disinfection (demo, store, error)
      || !fy_demo_populate_plans (demo, store, error)
      /* after the disinfection schedules: each truck's check writes an entry */
      || !fy_demo_populate_gate (demo, store, error))
    {
      fy_store_rollback (store);
      return FALSE;
    }
  if (!fy_store_commit (store, error))
    return FALSE;

  fy_store_emit_changed (store, FY_STORE_CHANGE_ALL);
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-cli-extra.c — command-line entries contributed by feature modules.
 * Add a row here to add a command or an `export` target that is not a ledger. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-cli-commands.h"
#include "fy-cli-health.h"
#include "fy-cli-plans.h"
#include "fy-cli-storage.h"
#include "fy-cli-supplies.h"
#include "fy-clock.h"
#include "fy-disinfection-compliance.h"
#include "fy-error.h"
#include "fy-zone-map.h"
#include "fy-zone-render.h"
#include "fy-zone-sheet.h"

/* ---- fangyi export map ------------------------------------------------ */

#define MAP_USAGE "[--map NAME] -o FILE.pdf|.png|.svg [--paper a4|a3] [--layer disinfection]"

static int
map_usage (const char *message)
{
  g_autofree char *text = g_strdup_printf ("%s\n%s", message, _("Usage: fangyi export map [--map NAME] -o FILE.pdf|.png|.svg [--paper a4|a3]"));
  return fy_cli_usage (text);
}

static gboolean
has_map_extension (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  return g_str_has_suffix (lower, ".pdf") || g_str_has_suffix (lower, ".png") || g_str_has_suffix (lower, ".svg");
}

/* The names of all maps, "厂区, 宿舍区", for messages. Owned. */
static char *
join_map_names (GPtrArray *maps)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < maps->len; i++)
    {
      const FyZoneMapInfo *info = g_ptr_array_index (maps, i);
      if (i > 0)
        g_string_append (out, _(", "));
      g_string_append (out, info->name);
    }
  return g_string_free (out, FALSE);
}

/* The map called `name` (NULL = the first one); sets a sentence naming the
 * maps there are when there is no such map. Borrowed from `maps`. */
static const FyZoneMapInfo *
find_map (GPtrArray *maps, const char *name, GError **error)
{
  g_autofree char *wanted = name ? g_strstrip (g_strdup (name)) : NULL;
  g_autofree char *names = NULL;

  if (maps->len == 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_NOT_FOUND,
                   _("There is no zone map yet. Draw one on the Zones page first."));
      return NULL;
    }
  if (wanted == NULL)
    return g_ptr_array_index (maps, 0);
  for (guint i = 0; i < maps->len; i++)
    {
      const FyZoneMapInfo *info = g_ptr_array_index (maps, i);
      if (g_str_equal (info->name, wanted))
        return info;
    }
  names = join_map_names (maps);
  g_set_error (error, FY_ERROR, FY_ERROR_NOT_FOUND,
               /* Translators: the first %s is the name asked for, the second the list of maps. */
               _("There is no map named “%s”. The maps are: %s."), wanted, names);
  return NULL;
}

/* `fangyi export map [--map NAME] -o FILE [--paper a4|a3]`: the printed
 * page (title block, map, legend, 填表人 line) through the same renderer as
 * the window; no display needed. */
static int
run_export_map (FyCliContext *ctx, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) maps = NULL;
  g_autoptr(FyZoneMap) map = NULL;
  g_autoptr(GHashTable) tints = NULL;
  FyZoneExportOptions options = { FY_ZONE_PAPER_A4, 0, NULL, NULL, NULL, NULL };
  const char *name = NULL, *output = NULL, *paper = NULL, *layer = NULL;
  const FyZoneMapInfo *info;
  FyStore *store;

  for (int i = 1; i < argc; i++)
    {
      const char *a = argv[i];
      const char **target;

      if (g_str_equal (a, "--map"))
        target = &name;
      else if (g_str_equal (a, "-o") || g_str_equal (a, "--output"))
        target = &output;
      else if (g_str_equal (a, "--paper"))
        target = &paper;
      else if (g_str_equal (a, "--layer"))
        target = &layer;
      else
        {
          g_autofree char *msg = g_strdup_printf (_("Unknown option “%s”."), a);
          return map_usage (msg);
        }
      if (i + 1 >= argc)
        {
          g_autofree char *msg = g_strdup_printf (_("“%s” needs a value."), a);
          return map_usage (msg);
        }
      *target = argv[++i];
    }
  if (output == NULL)
    return map_usage (_("Name the file to write with -o, e.g. “-o map.pdf”."));
  if (!has_map_extension (output))
    return map_usage (_("The map can be written as .pdf, .png or .svg: end the file name with one of these."));
  if (paper != NULL)
    {
      if (g_ascii_strcasecmp (paper, "a4") == 0)
        options.paper = FY_ZONE_PAPER_A4;
      else if (g_ascii_strcasecmp (paper, "a3") == 0)
        options.paper = FY_ZONE_PAPER_A3;
      else
        {
          g_autofree char *msg = g_strdup_printf (_("Unknown paper size “%s”: use a4 or a3."), paper);
          return map_usage (msg);
        }
    }

  if (layer != NULL && !g_str_equal (layer, "disinfection"))
    {
      g_autofree char *msg = g_strdup_printf (_("Unknown layer “%s”: use disinfection."), layer);
      return map_usage (msg);
    }

  store = fy_cli_open_store (ctx, &error);
  if (store == NULL)
    return fy_cli_fail (error);
  /* The areas coloured by their disinfection state now, as on the Zones page. */
  if (layer != NULL && (options.area_tints = tints = fy_disinfection_map_tints (store, fy_now (), &error)) == NULL)
    return fy_cli_fail (error);
  maps = fy_zone_map_list (store, &error);
  if (maps == NULL)
    return fy_cli_fail (error);
  info = find_map (maps, name, &error);
  if (info == NULL)
    return fy_cli_fail (error);
  map = fy_zone_map_load (store, info->id, &error);
  if (map == NULL || !fy_zone_map_export (map, output, &options, &error))
    return fy_cli_fail (error);
  /* Translators: the file written and the map's name. */
  g_print (_("Wrote %s (map “%s”)\n"), output, fy_zone_map_get_name (map));
  return 0;
}

static const FyCliExtra extra_commands[] = {
  { "backups", "", N_("List the backups, newest first, each checked"), fy_cli_backups },
  { "restore", "[BACKUP]", N_("Replace the database with a backup (the newest verified one if none is named)"),
    fy_cli_restore },
  { "purge", "[--dry-run]", N_("Delete what is older than the retention period (--dry-run only counts it)"),
    fy_cli_purge },
  { "stock", "", N_("Print today’s supply warnings; exit status 3 when an item is below its reserve target or "
                    "minimum stock"), fy_cli_stock },
  { NULL, NULL, NULL, NULL },
};

/* Zone ledgers ("zones", "zone-history") need no row here: they go through
 * the normal ledger path. */
static const FyCliExtra extra_exports[] = {
  { "health", "[--date DATE | --month YYYY-MM | --from DATE --to DATE]",
    N_("Health ledger: one day (--date, or --from = --to) gives the daily sheet; a month (--month, or "
       "--from/--to within one month) gives the month grid"),
    fy_cli_export_health },
  { "tests", "[--from DATE] [--to DATE]", N_("Nucleic-acid test ledger (same as “nat”)"), fy_cli_export_tests },
  { "person-history", "--person EMPLOYEE_NO [--from DATE] [--to DATE] [-o FILE]",
    N_("One person’s last 14 days (readings, tests, trips, quarantines, work area) for the epidemiological "
       "investigation"), fy_cli_export_person_history },
  { "map", MAP_USAGE,
    N_("Draw a zone map with its legend on a page (first map unless --map names one; A4 unless --paper a3)"),
    run_export_map },
  { NULL, NULL, NULL, NULL },
};

guint
fy_cli_n_extra_commands (void)
{
  return G_N_ELEMENTS (extra_commands) - 1;
}

const FyCliExtra *
fy_cli_extra_command (guint i)
{
  return &extra_commands[i];
}

guint
fy_cli_n_extra_exports (void)
{
  return G_N_ELEMENTS (extra_exports) - 1;
}

const FyCliExtra *
fy_cli_extra_export (guint i)
{
  return &extra_exports[i];
}

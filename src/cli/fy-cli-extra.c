/* fy-cli-extra.c — command-line entries contributed by feature modules.
 * Add a row here to add a command or an `export` target that is not a ledger. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-cli-commands.h"
#include "fy-cli-health.h"

static const FyCliExtra extra_commands[] = {
  { NULL, NULL, NULL, NULL },
};

static const FyCliExtra extra_exports[] = {
  { "health", "[--date DATE | --month YYYY-MM | --from DATE --to DATE]",
    N_("Daily health sheet for one day, or the month grid for a month (or dates within one month)"),
    fy_cli_export_health },
  { "tests", "[--from DATE] [--to DATE]", N_("Nucleic-acid test ledger (same as “nat”)"), fy_cli_export_tests },
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

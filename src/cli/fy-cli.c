/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-cli.c — `fangyi SUBCOMMAND …`: the same core as the window, no display.
 * Exit status: 0 ok, 1 failure (one line on stderr), 2 usage. */
#include "config.h"

#include <stdio.h>
#include <unistd.h>
#include <glib/gi18n.h>

#include "fy-backup.h"
#include "fy-cli.h"
#include "fy-cli-commands.h"
#include "fy-error.h"
#include "fy-ledger.h"
#include "fy-store.h"
#include "fy-validate.h"

typedef struct
{
  const char *name;
  const char *args;     /* usage after the name */
  const char *summary;  /* msgid */
  int       (*run) (FyCliContext *ctx, int argc, char **argv);
} FyCliCommand;

static int run_demo (FyCliContext *ctx, int argc, char **argv);
static int run_import (FyCliContext *ctx, int argc, char **argv);
static int run_export (FyCliContext *ctx, int argc, char **argv);
static int run_report (FyCliContext *ctx, int argc, char **argv);
static int run_backup (FyCliContext *ctx, int argc, char **argv);
static int run_check (FyCliContext *ctx, int argc, char **argv);

static const FyCliCommand commands[] = {
  { "demo", "", N_("Fill an empty database with the demo company"), run_demo },
  { "import", "staff FILE.csv [--valid-only]", N_("Import staff from a CSV file (UTF-8 or GBK)"), run_import },
  { "export", "LEDGER [--from DATE] [--to DATE] [--date DATE] [--month YYYY-MM]\n"
              "         [--department NAME] [--team NAME] [--status STATUS] [--unmasked] [-o FILE.xlsx|.pdf|.csv]",
    N_("Export a ledger (see the list below; “fangyi export LEDGER --help” lists its options)"), run_export },
  { "report", "daily [--date DATE] [-o FILE]", N_("Print or export the daily / zero report"), run_report },
  { "backup", "", N_("Make a verified backup now"), run_backup },
  { "check", "", N_("Check the database's integrity"), run_check },
};

int
fy_cli_fail (GError *error)
{
  /* One line: the sentence already says what to do. */
  g_printerr ("fangyi: %s\n", error ? error->message : _("Failed."));
  return 1;
}

int
fy_cli_usage (const char *message)
{
  g_printerr ("fangyi: %s\n", message);
  g_printerr (_("Run “fangyi --help” for usage.\n"));
  return 2;
}

static void
print_help (void)
{
  guint n_defs = 0;
  const FyLedgerDef *const *defs = fy_ledger_list (&n_defs);

  g_print (_("Usage: fangyi [--database PATH] [--operator NAME] [COMMAND …]\n"
             "Without a command, opens the Fangyi window.\n\nCommands:\n"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %s %s\n      %s\n", commands[i].name, commands[i].args, _(commands[i].summary));
  for (guint i = 0; i < fy_cli_n_extra_commands (); i++)
    {
      const FyCliExtra *x = fy_cli_extra_command (i);
      g_print ("  %s %s\n      %s\n", x->name, x->args, _(x->summary));
    }
  for (guint i = 0; i < fy_cli_n_extra_exports (); i++)
    {
      const FyCliExtra *x = fy_cli_extra_export (i);
      g_print ("  export %s %s\n      %s\n", x->name, x->args, _(x->summary));
    }
  g_print (_("\nLedgers:\n"));
  for (guint i = 0; i < n_defs; i++)
    g_print ("  %-16s %s\n", defs[i]->id, g_dgettext (GETTEXT_PACKAGE, defs[i]->title));
  g_print (_("\nOptions:\n"
             "  --database PATH   use this database (default: %s; or $FANGYI_DATABASE)\n"
             "  --operator NAME   who makes the changes (default: the form filler of the settings)\n"
             "  --help            show this help\n"
             "  --version         show the version\n"
             "\nExit status: 0 success, 1 failure, 2 wrong usage.\n"),
           "~/.local/share/fangyi/fangyi.db");
}

/* The options every command takes, before or after it. */
static const char *const global_options[] = { "--database", "--operator" };

/* Strips the global options (--database, --operator) from argv; returns
 * FALSE on a usage error (*missing names the option without its value). */
static gboolean
take_global_options (int *argc, char **argv, char *values[G_N_ELEMENTS (global_options)],
                     const char **missing)
{
  int out = 1;

  for (int i = 1; i < *argc; i++)
    {
      gboolean taken = FALSE;

      for (guint k = 0; k < G_N_ELEMENTS (global_options) && !taken; k++)
        {
          gsize len = strlen (global_options[k]);

          if (g_str_equal (argv[i], global_options[k]))
            {
              if (i + 1 >= *argc)
                {
                  *missing = global_options[k];
                  return FALSE;
                }
              g_free (values[k]);
              values[k] = g_strdup (argv[++i]);
              taken = TRUE;
            }
          else if (g_str_has_prefix (argv[i], global_options[k]) && argv[i][len] == '=')
            {
              g_free (values[k]);
              values[k] = g_strdup (argv[i] + len + 1);
              taken = TRUE;
            }
        }
      if (!taken)
        argv[out++] = argv[i];
    }
  argv[out] = NULL;
  *argc = out;
  return TRUE;
}

gboolean
fy_cli_wants (int argc, char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      gboolean global = FALSE;

      for (guint k = 0; k < G_N_ELEMENTS (global_options) && !global; k++)
        {
          gsize len = strlen (global_options[k]);
          if (g_str_equal (argv[i], global_options[k]))
            i++, global = TRUE;
          else if (g_str_has_prefix (argv[i], global_options[k]) && argv[i][len] == '=')
            global = TRUE;
        }
      if (global)
        continue;
      /* The first other word decides. GApplication options stay with the GUI. */
      return argv[i][0] != '-' || g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h")
             || g_str_equal (argv[i], "--version");
    }
  return FALSE;
}

FyStore *
fy_cli_open_store (FyCliContext *ctx, GError **error)
{
  if (ctx->store == NULL)
    {
      ctx->store = fy_store_open (ctx->database, error);
      if (ctx->store && ctx->operator)
        fy_store_set_actor (ctx->store, ctx->operator);
    }
  return ctx->store;
}

int
fy_cli_run (int argc, char **argv)
{
  char *values[G_N_ELEMENTS (global_options)] = { NULL, NULL };
  g_autofree char *database = NULL;
  g_autofree char *operator = NULL;
  const char *missing = NULL;
  FyCliContext ctx = { 0 };
  int status = 2;

  if (!take_global_options (&argc, argv, values, &missing))
    {
      g_free (values[0]);
      g_free (values[1]);
      return fy_cli_usage (g_str_equal (missing, "--database") ? _("--database needs a path.")
                                                                : _("--operator needs a name."));
    }
  database = values[0];
  operator = values[1];
  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")
      || g_str_equal (argv[1], "help"))
    {
      print_help ();
      return argc < 2 ? 2 : 0;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("fangyi %s\n", PACKAGE_VERSION);
      return 0;
    }

  ctx.database = database ? g_strdup (database) : fy_store_default_path ();
  ctx.operator = operator;
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        status = commands[i].run (&ctx, argc - 1, argv + 1);
        goto done;
      }
  for (guint i = 0; i < fy_cli_n_extra_commands (); i++)
    {
      const FyCliExtra *x = fy_cli_extra_command (i);
      if (g_str_equal (argv[1], x->name))
        {
          status = x->run (&ctx, argc - 1, argv + 1);
          goto done;
        }
    }
  {
    g_autofree char *msg = g_strdup_printf (_("Unknown command “%s”."), argv[1]);
    status = fy_cli_usage (msg);
  }

done:
  g_clear_object (&ctx.store);
  g_free (ctx.database);
  return status;
}

static int
run_demo (FyCliContext *ctx, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  FyStore *store;

  if (argc > 1)
    return fy_cli_usage (_("“demo” takes no arguments."));
  store = fy_cli_open_store (ctx, &error);
  if (store == NULL)
    return fy_cli_fail (error);
  if (!fy_cli_populate_demo (store, &error))
    return fy_cli_fail (error);
  g_print (_("The demo company is ready in %s.\n"), fy_store_get_path (store));
  return 0;
}

static int
run_import (FyCliContext *ctx, int argc, char **argv)
{
  gboolean valid_only = FALSE;
  const char *file = NULL;

  if (argc < 2 || !g_str_equal (argv[1], "staff"))
    return fy_cli_usage (_("Usage: fangyi import staff FILE.csv [--valid-only]"));
  for (int i = 2; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--valid-only"))
        valid_only = TRUE;
      else if (file == NULL && argv[i][0] != '-')
        file = argv[i];
      else
        return fy_cli_usage (_("Usage: fangyi import staff FILE.csv [--valid-only]"));
    }
  if (file == NULL)
    return fy_cli_usage (_("Name the CSV file to import."));
  return fy_cli_import_staff (ctx, file, valid_only);
}

/* Parses the ledger options shared by export and report. */
gboolean
fy_cli_parse_ledger_options (int argc, char **argv, FyCliLedgerOptions *o, char **message)
{
  for (int i = 0; i < argc; i++)
    {
      const char *a = argv[i];
      const char **target = NULL;

      if (g_str_equal (a, "--unmasked"))
        {
          o->params.unmasked = TRUE;
          continue;
        }
      if (g_str_equal (a, "-o") || g_str_equal (a, "--output"))
        target = &o->output;
      else if (g_str_equal (a, "--from"))
        target = &o->params.from;
      else if (g_str_equal (a, "--to"))
        target = &o->params.to;
      else if (g_str_equal (a, "--date"))
        target = &o->date;
      else if (g_str_equal (a, "--month"))
        target = &o->month;
      else if (g_str_equal (a, "--department"))
        target = &o->params.department;
      else if (g_str_equal (a, "--team"))
        target = &o->params.team;
      else if (g_str_equal (a, "--status"))
        target = &o->params.status;
      else if (g_str_equal (a, "--area"))
        target = &o->params.search;
      else if (g_str_equal (a, "--map"))
        target = &o->map;
      else
        {
          *message = g_strdup_printf (_("Unknown option “%s”."), a);
          return FALSE;
        }
      if (i + 1 >= argc)
        {
          *message = g_strdup_printf (_("“%s” needs a value."), a);
          return FALSE;
        }
      *target = argv[++i];
    }
  return TRUE;
}

/* Normalises and checks the dates; fills params.from/to from --date/--month. */
gboolean
fy_cli_resolve_period (FyCliLedgerOptions *o, GError **error)
{
  const char *inputs[] = { o->params.from, o->params.to, o->date };
  char **outputs[] = { &o->from_buf, &o->to_buf, &o->date_buf };

  /* May run twice on the same options (export health resolves, then
   * exports): the inputs may be the buffers themselves. */
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    if (inputs[i])
      {
        char *value = fy_validate_date (inputs[i], error);
        if (value == NULL)
          return FALSE;
        g_free (*outputs[i]);
        *outputs[i] = value;
      }
  o->params.from = o->from_buf;
  o->params.to = o->to_buf;
  if (o->date_buf)
    o->params.from = o->params.to = o->date_buf;
  if (o->month)
    {
      g_autofree char *first = g_strdup_printf ("%s-01", o->month);
      g_autofree char *next = NULL;
      int y = 0, m = 0;
      g_free (o->from_buf);
      o->from_buf = fy_validate_date (first, error);
      if (o->from_buf == NULL || sscanf (o->month, "%d-%d", &y, &m) != 2)
        return FALSE;
      next = g_strdup_printf ("%04d-%02d-01", m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1);
      g_free (o->to_buf);
      o->to_buf = fy_date_add_days (next, -1);
      o->params.from = o->from_buf;
      o->params.to = o->to_buf;
    }
  if (o->params.from && o->params.to && strcmp (o->params.from, o->params.to) > 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("The start date %s is after the end date %s."),
                   o->params.from, o->params.to);
      return FALSE;
    }
  return TRUE;
}

void
fy_cli_ledger_options_clear (FyCliLedgerOptions *o)
{
  g_clear_pointer (&o->from_buf, g_free);
  g_clear_pointer (&o->to_buf, g_free);
  g_clear_pointer (&o->date_buf, g_free);
}

static void
print_progress (double fraction, gpointer user_data)
{
  if (isatty (fileno (stderr)))
    g_printerr ("\r%3d %%", (int) (fraction * 100));
}

int
fy_cli_export_ledger (FyCliContext *ctx, const char *id, FyCliLedgerOptions *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) ledger = NULL;
  g_autofree char *output = NULL;
  FyStore *store;

  if (fy_ledger_lookup (id) == NULL)
    {
      g_autofree char *msg = g_strdup_printf (_("Unknown ledger “%s”."), id);
      return fy_cli_usage (msg);
    }
  if (!fy_cli_resolve_period (o, &error))
    return fy_cli_fail (error);
  store = fy_cli_open_store (ctx, &error);
  if (store == NULL)
    return fy_cli_fail (error);
  ledger = fy_ledger_new (store, id, &o->params, &error);
  if (ledger == NULL)
    return fy_cli_fail (error);
  output = o->output ? g_strdup (o->output) : g_strdup_printf ("%s-%s.xlsx", id, fy_ledger_get_to (ledger));
  /* No terminal, no progress: the exporters then skip counting the rows. */
  if (!fy_ledger_export (ledger, output, isatty (fileno (stderr)) ? print_progress : NULL, NULL, NULL, &error))
    {
      if (isatty (fileno (stderr)))
        g_printerr ("\r");
      return fy_cli_fail (error);
    }
  if (isatty (fileno (stderr)))
    g_printerr ("\r");
  g_print (_("Wrote %s\n"), output);
  return 0;
}

static int
run_export (FyCliContext *ctx, int argc, char **argv)
{
  FyCliLedgerOptions o = { 0 };
  g_autofree char *message = NULL;
  int status;

  if (argc < 2)
    return fy_cli_usage (_("Name the ledger to export, e.g. “fangyi export roster -o roster.xlsx”."));
  for (int i = 2; i < argc; i++)
    if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
      {
        for (guint k = 0; k < fy_cli_n_extra_exports (); k++)
          {
            const FyCliExtra *x = fy_cli_extra_export (k);
            if (g_str_equal (argv[1], x->name))
              {
                g_print ("fangyi export %s %s\n%s\n", x->name, x->args, _(x->summary));
                return 0;
              }
          }
        return fy_cli_ledger_help (argv[1]);
      }
  for (guint i = 0; i < fy_cli_n_extra_exports (); i++)
    {
      const FyCliExtra *x = fy_cli_extra_export (i);
      if (g_str_equal (argv[1], x->name))
        return x->run (ctx, argc - 1, argv + 1);
    }
  if (!fy_cli_parse_ledger_options (argc - 2, argv + 2, &o, &message))
    return fy_cli_usage (message);
  status = fy_cli_export_ledger (ctx, argv[1], &o);
  fy_cli_ledger_options_clear (&o);
  return status;
}

static int
run_report (FyCliContext *ctx, int argc, char **argv)
{
  FyCliLedgerOptions o = { 0 };
  g_autofree char *message = NULL;
  int status;

  if (argc < 2 || !g_str_equal (argv[1], "daily"))
    return fy_cli_usage (_("Usage: fangyi report daily [--date DATE] [-o FILE]"));
  if (!fy_cli_parse_ledger_options (argc - 2, argv + 2, &o, &message))
    return fy_cli_usage (message);
  status = fy_cli_daily_report (ctx, &o);
  fy_cli_ledger_options_clear (&o);
  return status;
}

static int
run_backup (FyCliContext *ctx, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  FyStore *store;

  if (argc > 1)
    return fy_cli_usage (_("“backup” takes no arguments."));
  store = fy_cli_open_store (ctx, &error);
  if (store == NULL)
    return fy_cli_fail (error);
  if (!fy_backup_create (store, "manual", &path, &error))
    return fy_cli_fail (error);
  g_print (_("Backup verified and saved: %s\n"), path);
  return 0;
}

static int
run_check (FyCliContext *ctx, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  FyStore *store;

  if (argc > 1)
    return fy_cli_usage (_("“check” takes no arguments."));
  store = fy_cli_open_store (ctx, &error);
  if (store == NULL)
    return fy_cli_fail (error);
  if (!fy_store_check (store, &report, &error))
    {
      if (report)
        g_printerr ("%s", report);
      return fy_cli_fail (error);
    }
  g_print (_("The database is intact (data version %d).\n"), fy_store_get_schema_version (store));
  return 0;
}

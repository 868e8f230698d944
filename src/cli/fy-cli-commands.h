/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-cli-commands.h — shared by the command-line modules. */
#pragma once

#include <glib.h>

#include "fy-ledger.h"
#include "fy-store.h"

G_BEGIN_DECLS

typedef struct
{
  char    *database;
  char    *operator;   /* --operator, else NULL: the 填表人 of the settings */
  FyStore *store;      /* opened on first use */
} FyCliContext;

typedef struct
{
  FyLedgerParams params;
  const char    *output;
  const char    *date;
  const char    *month;
  const char    *map;
  char          *from_buf, *to_buf, *date_buf;
} FyCliLedgerOptions;

/* A command (or `export` target) contributed by a feature module. */
typedef struct
{
  const char *name;
  const char *args;
  const char *summary;   /* msgid */
  int       (*run) (FyCliContext *ctx, int argc, char **argv);
} FyCliExtra;

int       fy_cli_fail                  (GError *error);
int       fy_cli_usage                 (const char *message);
FyStore  *fy_cli_open_store            (FyCliContext *ctx, GError **error);
gboolean  fy_cli_parse_ledger_options  (int argc, char **argv, FyCliLedgerOptions *o, char **message);
gboolean  fy_cli_resolve_period        (FyCliLedgerOptions *o, GError **error);
void      fy_cli_ledger_options_clear  (FyCliLedgerOptions *o);
int       fy_cli_export_ledger         (FyCliContext *ctx, const char *id, FyCliLedgerOptions *o);

/* fy-cli-ledger-help.c: `fangyi export LEDGER --help`. */
int       fy_cli_ledger_help           (const char *id);

/* fy-cli-data.c */
gboolean  fy_cli_populate_demo         (FyStore *store, GError **error);
int       fy_cli_import_staff          (FyCliContext *ctx, const char *file, gboolean valid_only);
int       fy_cli_daily_report          (FyCliContext *ctx, FyCliLedgerOptions *o);

/* fy-cli-extra.c: commands and export targets of feature modules (map…). */
guint             fy_cli_n_extra_commands (void);
const FyCliExtra *fy_cli_extra_command    (guint i);
guint             fy_cli_n_extra_exports  (void);
const FyCliExtra *fy_cli_extra_export     (guint i);

G_END_DECLS

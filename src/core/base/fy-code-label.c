/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-code-label.c — looking codes up in the code <-> label tables of the
 * stored enumerations (see fy-code-label.h). */
#include "config.h"

#include "fy-code-label.h"

int
fy_code_lookup (const FyCodeLabel *table, guint n, const char *code, int fallback)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (table[i].code, code) == 0)
      return (int) i;
  return fallback;
}

const FyCodeLabel *
fy_code_label_find (const FyCodeLabel *table, const char *code)
{
  for (guint i = 0; table && table[i].code; i++)
    if (g_strcmp0 (table[i].code, code) == 0)
      return &table[i];
  return NULL;
}

const char *
fy_code_label_text (const FyCodeLabel *entry)
{
  if (entry->label == NULL || *entry->label == '\0')
    return "";
  return g_dgettext (GETTEXT_PACKAGE, entry->label);
}

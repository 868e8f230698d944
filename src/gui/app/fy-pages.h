/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-pages.h — the window's pages, in order. Adding a page is adding a row
 * to the table in fy-pages.c. Every page is a GtkWidget with a construct
 * property "store" (FyStore) and listens to the store's "changed" signal. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct
{
  const char *name;        /* "today" */
  const char *title;       /* msgid */
  const char *icon_name;
  GType     (*get_type) (void);
} FyPageInfo;

const FyPageInfo *fy_pages_get (guint *n_pages);

G_END_DECLS

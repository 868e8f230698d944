/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-lazy-reload.c — the "stale while hidden, reload on map" bookkeeping
 * that the roster, Today, tests and travel pages share: one flag, one
 * pending source, one "map" handler, so each page only says what to reload
 * and which changes matter. */
#include "config.h"

#include "fy-lazy-reload.h"

struct _FyLazyReload
{
  GtkWidget        *widget;
  FyLazyReloadFunc  reload;
  FyLazyReloadWhen  when;
  guint             settle_ms;
  gboolean          stale;
  guint             pending_id;
  gulong            map_id;
};

static void
reload (FyLazyReload *self)
{
  fy_lazy_reload_done (self);
  self->reload (self->widget);
}

static gboolean
pending_cb (gpointer data)
{
  FyLazyReload *self = data;

  self->pending_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* Runs after the widget's own map (its class handler): a page that must
 * reload for its own reasons there (a new day) has cleared the flag. */
static void
on_map_cb (GtkWidget *widget, FyLazyReload *self)
{
  if (self->stale)
    reload (self);
}

FyLazyReload *
fy_lazy_reload_new (GtkWidget *widget, FyLazyReloadFunc reload_func, FyLazyReloadWhen when, guint settle_ms)
{
  FyLazyReload *self;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (reload_func != NULL, NULL);

  self = g_new0 (FyLazyReload, 1);
  self->widget = widget;
  self->reload = reload_func;
  self->when = when;
  self->settle_ms = settle_ms;
  self->stale = TRUE;       /* never loaded */
  self->map_id = g_signal_connect (widget, "map", G_CALLBACK (on_map_cb), self);
  return self;
}

void
fy_lazy_reload_free (FyLazyReload *self)
{
  if (self == NULL)
    return;
  g_clear_handle_id (&self->pending_id, g_source_remove);
  g_clear_signal_handler (&self->map_id, self->widget);
  g_free (self);
}

void
fy_lazy_reload_request (FyLazyReload *self)
{
  g_return_if_fail (self != NULL);

  if (!gtk_widget_get_mapped (self->widget))
    {
      self->stale = TRUE;
      return;
    }
  switch (self->when)
    {
    case FY_LAZY_RELOAD_AT_ONCE:
      reload (self);
      break;
    case FY_LAZY_RELOAD_IDLE:
      if (self->pending_id == 0)
        self->pending_id = g_idle_add (pending_cb, self);
      break;
    case FY_LAZY_RELOAD_SETTLED:
    default:
      g_clear_handle_id (&self->pending_id, g_source_remove);
      self->pending_id = g_timeout_add (self->settle_ms, pending_cb, self);
      break;
    }
}

void
fy_lazy_reload_done (FyLazyReload *self)
{
  if (self == NULL)
    return;   /* a reload while the widget is disposed */
  self->stale = FALSE;
  g_clear_handle_id (&self->pending_id, g_source_remove);
}

gboolean
fy_lazy_reload_is_stale (FyLazyReload *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->stale;
}

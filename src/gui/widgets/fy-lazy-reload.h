/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-lazy-reload.h — "reload when shown": a page or view that lists data
 * reloads it only while it is on screen; a change made while it is hidden
 * marks it stale, and it reloads once when next shown (the first time
 * included). Nobody looks at a hidden page, and 10,000 rows cost time. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _FyLazyReload FyLazyReload;

/* When a request made while the widget is shown reloads. */
typedef enum
{
  FY_LAZY_RELOAD_AT_ONCE,   /* before fy_lazy_reload_request() returns */
  FY_LAZY_RELOAD_IDLE,      /* once the main loop is idle: a burst reloads once */
  FY_LAZY_RELOAD_SETTLED,   /* `settle_ms` after the last request of a burst */
} FyLazyReloadWhen;

typedef void (*FyLazyReloadFunc) (gpointer widget);

/* Watches `widget` (not referenced: the widget owns the result and frees
 * it in its dispose). It starts stale, so the first "map" reloads. */
FyLazyReload *fy_lazy_reload_new     (GtkWidget        *widget,
                                      FyLazyReloadFunc  reload,
                                      FyLazyReloadWhen  when,
                                      guint             settle_ms);
void          fy_lazy_reload_free    (FyLazyReload     *self);

/* The data changed: reload now / soon (as `when` says) if the widget is
 * shown, else when it is next shown. */
void          fy_lazy_reload_request (FyLazyReload     *self);
/* The widget has just reloaded by itself: nothing is stale or pending.
 * Call it at the start of the reload function (NULL is ignored). */
void          fy_lazy_reload_done    (FyLazyReload     *self);
gboolean      fy_lazy_reload_is_stale (FyLazyReload    *self);

G_END_DECLS

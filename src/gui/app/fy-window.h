/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-window.h — the main window: header bar, pages, toasts. */
#pragma once

#include <adwaita.h>

#include "fy-application.h"

G_BEGIN_DECLS

#define FY_TYPE_WINDOW (fy_window_get_type ())
G_DECLARE_FINAL_TYPE (FyWindow, fy_window, FY, WINDOW, AdwApplicationWindow)

FyWindow *fy_window_new          (FyApplication *app,
                                  FyStore       *store);
void      fy_window_toast        (FyWindow      *self,
                                  const char    *text);
/* Shows a toast made by the caller (fy_file_toast_new …). */
void      fy_window_add_toast    (FyWindow      *self,
                                  AdwToast      *toast);
/* Switch to a page by name: "today", "staff", "health", "zones", "ledgers". */
void      fy_window_show_page    (FyWindow      *self,
                                  const char    *name);
/* Long jobs (exports) show their progress in a strip at the bottom of the
 * window rather than in a window of their own: the officer keeps working,
 * and no new surface is made (its first frame took ~120 ms here). */
void      fy_window_add_job      (FyWindow      *self,
                                  GtkWidget     *strip);
void      fy_window_remove_job   (FyWindow      *self,
                                  GtkWidget     *strip);
/* Reloads every page after a data change made elsewhere (import, restore). */
void      fy_window_reload       (FyWindow      *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gui-test-support.h — shared helpers for the GUI test programs: start
 * GTK, run the main loop, find widgets and windows, press buttons. */
#pragma once

#include <adwaita.h>

#include "fy-test-support.h"
#include "fy-window.h"

G_BEGIN_DECLS

/* fy_test_init, then GTK and libadwaita. FALSE, after printing the TAP
 * "skip" plan, when there is no display: main() then returns 0. */
gboolean   fy_gui_test_init                (int *argc, char ***argv, const char *today);
/* Runs the main loop until nothing is pending. */
void       fy_gui_test_iterate             (void);
/* Runs the main loop until `done (data)` is TRUE (a worker's result has
 * arrived, say), then until idle; the 60 s deadline only keeps a broken
 * build from hanging the run, and reaching it fails the test. */
void       fy_gui_test_wait_until          (gboolean (*done) (gpointer data),
                                            gpointer data);

/* Activates a button as the keyboard does; GTK emits "clicked" when the
 * press animation ends (~250 ms), so the loop runs past it. */
void       fy_gui_test_press               (GtkButton  *button);
/* What a pointer click does, without GtkButton's "activate" animation:
 * asserts the button is shown and sensitive, emits "clicked", iterates. */
void       fy_gui_test_click               (gpointer    button);

/* Whether `widget` is the one looked for (`data` as given to the search). */
typedef gboolean (*FyGuiTestMatch) (GtkWidget *widget, gconstpointer data);
/* The first widget (depth first, `root` included) `match` takes, or NULL. */
GtkWidget *fy_gui_test_find_widget         (GtkWidget     *root,
                                            FyGuiTestMatch match,
                                            gconstpointer  data);
/* The first widget whose name (gtk_widget_set_name, or the template's
 * name property) is `name`, or NULL. */
GtkWidget *fy_gui_test_find_named          (GtkWidget  *root,
                                            const char *name);
/* The first widget with the builder id `id` (a template child), or NULL. */
GtkWidget *fy_gui_test_find_buildable_id   (GtkWidget  *root,
                                            const char *id);
/* The first widget (depth first, `root` included) of `type`, or NULL. */
GtkWidget *fy_gui_test_find_child_of_type  (GtkWidget  *root,
                                            GType       type);
/* The first button below `root` whose label is `label`, or NULL. */
GtkWidget *fy_gui_test_find_button         (GtkWidget  *root,
                                            const char *label);
/* The first toplevel window of `type`, or NULL. */
gpointer   fy_gui_test_find_toplevel       (GType       type);
/* Whether `window` is still one of the toplevel windows. */
gboolean   fy_gui_test_is_toplevel         (gpointer    window);

/* Runs the main loop until `widget` has drawn `n` more frames: the layout
 * of what was just shown is done (a paned has its position, say). */
void       fy_gui_test_wait_frames         (GtkWidget     *widget,
                                            guint          n);
/* Called with each widget shown by the walks below and where it is
 * ("health/tests"). */
typedef void (*FyGuiTestVisit) (GtkWidget *widget, const char *where, gpointer data);
/* Shows each page of every view stack below `root` in turn (the Health
 * page's views, say) and visits what is shown, nested stacks included. */
void       fy_gui_test_walk_views          (GtkWidget     *root,
                                            const char    *where,
                                            FyGuiTestVisit visit,
                                            gpointer       data);
/* Shows every page of the pages table (fy-pages.c) in `window` and walks
 * its views: pages added later are checked too. */
void       fy_gui_test_walk_pages          (FyWindow      *window,
                                            FyGuiTestVisit visit,
                                            gpointer       data);
/* Adds `line` (taken) to `problems` unless the same line is there. */
void       fy_gui_test_add_problem         (GPtrArray     *problems,
                                            char          *line);
/* Each problem as a test message ("`what`: line"), then the test fails
 * with their number; nothing when there are none. */
void       fy_gui_test_report_problems     (GPtrArray     *problems,
                                            const char    *what);

/* The gate's dialogs for the layout walks: 0 a new arrival, 1 the check
 * of a declared truck, 2 the check out of one inside (the trucks made with
 * fy_test_add_gate_truck), 3 and 4 a new visitor and truck declaration,
 * 5 the events register, 6 a new event; over `window` and laid out. Their names are
 * fy_gui_test_gate_dialog_names[which]. */
#define FY_GUI_TEST_N_GATE_DIALOGS 7
extern const char *const fy_gui_test_gate_dialog_names[FY_GUI_TEST_N_GATE_DIALOGS];
GtkWindow *fy_gui_test_open_gate_dialog    (FyWindow   *window,
                                            FyStore    *store,
                                            guint       which);

/* A main window on `store`, shown. */
FyWindow  *fy_gui_test_make_window         (FyStore    *store);
/* Destroys `window`, lets the loop finish with it and asserts it was
 * finalized. */
void       fy_gui_test_destroy             (gpointer    window);
/* Destroys every toplevel window. */
void       fy_gui_test_destroy_all_windows (void);

G_END_DECLS

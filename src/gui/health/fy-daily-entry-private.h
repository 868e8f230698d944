/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-daily-entry-private.h — shared by fy-daily-entry.c (the widget, loading,
 * the missing list, fill normal) and fy-daily-entry-keys.c (focus, keys,
 * saving). */
#pragma once

#include "fy-daily-entry.h"
#include "fy-entry-model.h"
#include "fy-entry-row.h"

G_BEGIN_DECLS

/* Rows a Page Up / Page Down moves. */
#define PAGE_STEP 10
/* Frames to wait for the list to show a row before giving up on it. */
#define FOCUS_TRIES 120

struct _FyDailyEntry
{
  GtkWidget        parent_instance;

  /* template children */
  GtkLabel        *count_label;
  GtkDropDown     *method_dropdown;
  GtkToggleButton *missing_button;
  GtkButton       *fill_button;
  GtkBox          *header_box;
  GtkStack        *list_stack;
  GtkScrolledWindow *scroller;
  GtkListView     *list_view;
  GtkRevealer     *missing_revealer;
  GtkLabel        *missing_title;
  GtkListView     *missing_view;

  /* owned */
  FyStore         *store;
  char            *day;
  FyHealthSession  session;
  char            *department;
  char            *team;
  FyEntryModel    *model;
  GtkNoSelection  *selection;
  GHashTable      *bound;            /* position → FyEntryRow* on screen */
  int              pending_focus;    /* position to focus once built, -1 none */
  int              scroll_target;    /* row to show on the next frame, -1 none */
  int              scroll_ahead;     /* and this many rows below (> 0) or above (< 0) it */
  int              focus_tries;
  guint            focus_tick;
  GArray          *typeahead;        /* keys typed while the focus moves (KeyPress) */
  guint            reload_idle;
  gboolean         saving;           /* our own save: its "changed" is handled here */
  GPtrArray       *missing;          /* FyHealthPerson* of the missing list */
  GtkStringList   *missing_strings;
  gint64           missing_count;
  gint64           on_site_count;   /* the list less the people away */
  char            *fill_day;         /* the last fill normal, for its Undo toast */
  FyHealthSession  fill_session;
  gint64           fill_at;
};

/* A key typed while the focus was on its way to another row. */
typedef struct
{
  guint           keyval;
  GdkModifierType state;
} KeyPress;

/* fy-daily-entry.c */
FyHealthFilter _fy_daily_entry_filter          (FyDailyEntry *self);
guint          _fy_daily_entry_n_rows          (FyDailyEntry *self);
void           _fy_daily_entry_toast           (FyDailyEntry *self,
                                                const char   *text);
/* The row whose temperature field has the keyboard focus, or NULL. */
FyEntryRow    *_fy_daily_entry_focused_row     (FyDailyEntry *self);
/* The thermometer chosen for new readings. */
FyTempMethod   _fy_daily_entry_method          (FyDailyEntry *self);
void           _fy_daily_entry_update_counts   (FyDailyEntry *self);
/* A person without an entry for the session got one (counts, missing list). */
void           _fy_daily_entry_entered         (FyDailyEntry *self,
                                                gint64        staff_id);
/* Refills the missing list when it is shown. */
void           _fy_daily_entry_load_missing    (FyDailyEntry *self);

/* fy-daily-entry-keys.c */
/* The key controller and the row's signals of a new row. */
void           _fy_daily_entry_setup_row       (FyDailyEntry *self,
                                                FyEntryRow   *row);
/* Moves the focus to a row (direction +1 down, -1 up, 0 a jump). */
void           _fy_daily_entry_focus_position  (FyDailyEntry *self,
                                                int           position,
                                                int           direction);
/* The frame callback that scrolls and focuses (started when needed). */
void           _fy_daily_entry_ensure_tick     (FyDailyEntry *self);

/* Test accessors (declared here: only the tests and benchmarks call them). */
const char *fy_daily_entry_get_day         (FyDailyEntry *entry);
FyHealthSession fy_daily_entry_get_session (FyDailyEntry *entry);
/* Whether a key does something in a temperature field (Enter, Escape, S,
 * G, Y, R…): the shortcuts window lists these. */
gboolean    fy_daily_entry_field_key_bound (guint           keyval,
                                            GdkModifierType mods);
/* The list's model (FyEntryItem items), the position whose temperature
 * field has the focus (-1 none), that field, and the missing list's model
 * (GtkStringList). */
GListModel *fy_daily_entry_get_model       (FyDailyEntry *entry);
int         fy_daily_entry_get_focus_position (FyDailyEntry *entry);
GtkWidget  *fy_daily_entry_get_focus_field (FyDailyEntry *entry);
GListModel *fy_daily_entry_get_missing_model (FyDailyEntry *entry);
/* The message shown under the focused row (NULL when none). */
const char *fy_daily_entry_get_focus_message (FyDailyEntry *entry);

G_END_DECLS

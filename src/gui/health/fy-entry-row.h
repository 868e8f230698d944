/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-entry-row.h — one person in the daily-entry list: name, number,
 * department / team, the temperature entry of the chosen session (the other
 * session read-only beside it), status, symptoms, health code, follow-up and
 * credibility markers, and the message of a refused value under the row.
 * The row only shows and collects; FyDailyEntry saves and moves the focus. */
#pragma once

#include <adwaita.h>

#include "fy-entry-model.h"

G_BEGIN_DECLS

#define FY_TYPE_ENTRY_ROW (fy_entry_row_get_type ())
G_DECLARE_FINAL_TYPE (FyEntryRow, fy_entry_row, FY, ENTRY_ROW, GtkWidget)

/* The header line with the same column widths as the rows. */
GtkWidget    *fy_entry_row_new_header       (void);

FyEntryRow   *fy_entry_row_new              (void);
/* Shows `item` for `session`. Resets what was typed and any message. */
void          fy_entry_row_bind             (FyEntryRow      *self,
                                             FyEntryItem     *item,
                                             FyHealthSession  session);
void          fy_entry_row_unbind           (FyEntryRow      *self);
FyEntryItem  *fy_entry_row_get_item         (FyEntryRow      *self);
FyHealthSession fy_entry_row_get_session    (FyEntryRow      *self);

/* The temperature field (a GtkEntry). */
GtkWidget    *fy_entry_row_get_entry        (FyEntryRow      *self);
/* Symptoms and code as chosen on the row (saved with the next commit). */
FySymptoms    fy_entry_row_get_symptoms     (FyEntryRow      *self);
void          fy_entry_row_set_symptoms     (FyEntryRow      *self,
                                             FySymptoms       symptoms);
FyCodeColour  fy_entry_row_get_code         (FyEntryRow      *self);
void          fy_entry_row_set_code         (FyEntryRow      *self,
                                             FyCodeColour     code);
/* Whether what is on the row differs from what is stored. */
gboolean      fy_entry_row_is_modified      (FyEntryRow      *self);
/* Puts the stored values back and hides the message. */
void          fy_entry_row_revert           (FyEntryRow      *self);
/* Shows (text) or hides (NULL) the message under the row. */
void          fy_entry_row_set_message      (FyEntryRow      *self,
                                             const char      *text);
const char   *fy_entry_row_get_message      (FyEntryRow      *self);
/* Opens the symptoms popover (keys 1–8 toggle, Enter or Escape close). */
void          fy_entry_row_popup_symptoms   (FyEntryRow      *self);
/* The follow-up of the row's reading (0 = none). */
gint64        fy_entry_row_get_follow_up    (FyEntryRow      *self);

G_END_DECLS

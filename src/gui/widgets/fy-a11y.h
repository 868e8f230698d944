/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-a11y.h — accessible names and states GTK 4.8 and libadwaita 1.2 do
 * not give by themselves: the part of a composite widget that takes the
 * focus named after the whole, list rows read as what they show, invalid
 * fields marked invalid. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Once per process (the application's startup, the GUI tests): from then
 * on every entry row's text is named by the row's title, every drop-down's
 * focused button by its name (fy_a11y_name) or its tooltip, every
 * icon-only button by its tooltip, text buttons once (not "_Save Save"),
 * and a combo row's shown value is no extra tab stop. */
void fy_a11y_install     (void);
/* Sets the accessible name of `widget` (a mnemonic underscore dropped) and, for a drop-down or a column
 * view, of the part that takes the focus (the button, the inner list). */
void fy_a11y_name        (GtkWidget   *widget,
                          const char  *label);
/* Names a form field that a mnemonic label `title` stands beside: a text
 * field is labelled by it already (a name of its own would be read
 * twice); a drop-down's button or a box of fields gets the title. */
void fy_a11y_name_field  (GtkWidget   *field,
                          GtkWidget   *title);
/* Names the row showing `item` in a list or column view (call from a
 * bind handler; the row is recycled, so every bind sets it). */
void fy_a11y_name_row    (GtkListItem *item,
                          const char  *label);
/* Names the row of a person: "吴林, E0123". */
void fy_a11y_name_person_row (GtkListItem *item,
                              const char  *name,
                              const char  *employee_no);
/* Makes a long list one Tab stop: Tab and Shift+Tab leave it in one step
 * (to the next control after or before it), arrows move inside it. The
 * key controller is named "fy-tab-out". */
void fy_a11y_single_tab_stop (GtkWidget *list);
/* Marks a field invalid (or valid again): the error style for the eye and
 * the invalid state for assistive technology. */
void fy_a11y_set_invalid (GtkWidget   *field,
                          gboolean     invalid);

G_END_DECLS

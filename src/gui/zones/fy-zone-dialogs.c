/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-dialogs.c — the zone map's small dialogs (AdwMessageDialog with
 * an extra child). Each keeps its callback and data on the dialog and
 * calls it once, from "response". */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "fy-error-dialog.h"
#include "fy-zone-dialogs.h"

typedef struct
{
  GCallback       done;
  gpointer        data;
  GDestroyNotify  destroy;
  GtkWidget      *entry;      /* text prompts */
  GtkWidget      *name;       /* map dialogs */
  GtkSpinButton  *width, *height, *grid;
  gboolean        required;
  gboolean        answered;   /* the callback runs once, whatever closes the dialog */
} Ask;

static void
ask_free (gpointer p)
{
  Ask *ask = p;

  if (ask->destroy)
    ask->destroy (ask->data);
  g_free (ask);
}

static Ask *
ask_attach (AdwMessageDialog *dialog, GCallback done, gpointer data, GDestroyNotify destroy)
{
  Ask *ask = g_new0 (Ask, 1);

  ask->done = done;
  ask->data = data;
  ask->destroy = destroy;
  g_object_set_data_full (G_OBJECT (dialog), "fy-ask", ask, ask_free);
  return ask;
}

/* The dialog's Ask if it has not answered yet (and now has), else NULL:
 * AdwMessageDialog emits "response" again for the close response when a
 * window closed after adw_message_dialog_response () is closed later. */
static Ask *
ask_answer (AdwMessageDialog *dialog)
{
  Ask *ask = g_object_get_data (G_OBJECT (dialog), "fy-ask");

  if (ask == NULL || ask->answered)
    return NULL;
  ask->answered = TRUE;
  return ask;
}

static AdwMessageDialog *
new_dialog (GtkWindow *parent, const char *heading, const char *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, NULL));

  if (body)
    adw_message_dialog_set_body (dialog, body);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  return dialog;
}

/* ------------------------------------------------------------------ */
/* Text                                                                */

static void
on_text_changed_cb (GtkEditable *entry, AdwMessageDialog *dialog)
{
  Ask *ask = g_object_get_data (G_OBJECT (dialog), "fy-ask");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (ask->required)
    adw_message_dialog_set_response_enabled (dialog, "ok", *text != '\0');
}

static void
on_text_response_cb (AdwMessageDialog *dialog, const char *response, gpointer unused)
{
  Ask *ask = ask_answer (dialog);
  g_autofree char *text = NULL;

  if (ask == NULL)
    return;
  if (g_str_equal (response, "ok"))
    text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (ask->entry))));
  if (ask->required && text && *text == '\0')
    g_clear_pointer (&text, g_free);
  ((FyZoneTextDone) ask->done) (text, ask->data);
}

/* Enter answers as the default button does: respond, then close (the
 * libadwaita 1.2 call only emits the signal and leaves the window open). */
static void
on_entry_activate_cb (GtkEntry *entry, AdwMessageDialog *dialog)
{
  if (!adw_message_dialog_get_response_enabled (dialog, "ok"))
    return;
  adw_message_dialog_response (dialog, "ok");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

AdwMessageDialog *
fy_zone_prompt_text (GtkWindow *parent, const FyZoneTextPrompt *prompt,
                     FyZoneTextDone done, gpointer data, GDestroyNotify destroy)
{
  AdwMessageDialog *dialog = new_dialog (parent, prompt->heading, prompt->body);
  Ask *ask = ask_attach (dialog, G_CALLBACK (done), data, destroy);

  ask->required = prompt->required;
  ask->entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (ask->entry), FALSE);
  if (prompt->placeholder)
    gtk_entry_set_placeholder_text (GTK_ENTRY (ask->entry), prompt->placeholder);
  gtk_editable_set_text (GTK_EDITABLE (ask->entry), prompt->initial ? prompt->initial : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (ask->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, prompt->heading, -1);
  adw_message_dialog_set_extra_child (dialog, ask->entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "ok", prompt->ok_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "ok", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "ok");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (ask->entry, "changed", G_CALLBACK (on_text_changed_cb), dialog);
  g_signal_connect (ask->entry, "activate", G_CALLBACK (on_entry_activate_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_text_response_cb), NULL);
  on_text_changed_cb (GTK_EDITABLE (ask->entry), dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (ask->entry);
  return dialog;
}

AdwMessageDialog *
fy_zone_ask_reason (GtkWindow *parent, const char *area_name, FyZoneLevel from, FyZoneLevel to,
                    FyZoneTextDone done, gpointer data, GDestroyNotify destroy)
{
  return fy_zone_ask_reason_filled (parent, area_name, from, to, NULL, done, data, destroy);
}

AdwMessageDialog *
fy_zone_ask_reason_filled (GtkWindow *parent, const char *area_name, FyZoneLevel from, FyZoneLevel to,
                           const char *initial, FyZoneTextDone done, gpointer data, GDestroyNotify destroy)
{
  /* Translators: "Change “Workshop 2” from Green zone to Red zone?" */
  g_autofree char *heading = g_strdup_printf (_("Change “%s” from %s to %s?"), area_name,
                                              fy_zone_level_label (from), fy_zone_level_label (to));
  FyZoneTextPrompt prompt = {
    .heading = heading,
    .body = _("Say why. The reason is kept in the zone history with the date and time, for the daily report "
              "and for inspectors."),
    .initial = initial ? initial : "",
    .placeholder = _("For example: a positive antigen test in this workshop"),
    .ok_label = _("C_hange Level"),
    .required = TRUE,
  };
  AdwMessageDialog *dialog = fy_zone_prompt_text (parent, &prompt, done, data, destroy);
  Ask *ask = g_object_get_data (G_OBJECT (dialog), "fy-ask");

  gtk_accessible_update_property (GTK_ACCESSIBLE (ask->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason for the level change"), -1);
  return dialog;
}

gboolean
fy_zone_parse_metres (const char *text, double *metres)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));
  char *end = NULL;
  double value;

  g_strdelimit (copy, ",", '.');
  value = g_ascii_strtod (copy, &end);
  if (end == copy || !(value > 0) || value > FY_ZONE_MAX_SIZE_M)
    return FALSE;
  while (*end == ' ')
    end++;
  if (*end != '\0' && strcmp (end, "m") != 0 && strcmp (end, "M") != 0 && strcmp (end, "米") != 0)
    return FALSE;
  *metres = value;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Map size                                                            */

static GtkSpinButton *
add_spin_row (GtkWidget *group, const char *title, double value, double lower, double upper, guint digits)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, digits ? 0.5 : 1);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return GTK_SPIN_BUTTON (spin);
}

static void
on_new_map_response_cb (AdwMessageDialog *dialog, const char *response, gpointer unused)
{
  Ask *ask = ask_answer (dialog);
  g_autofree char *name = NULL;

  if (ask == NULL)
    return;
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (ask->name))));

  gtk_spin_button_update (ask->width);
  gtk_spin_button_update (ask->height);
  ((FyZoneNewMapDone) ask->done) (response, name, gtk_spin_button_get_value (ask->width),
                                  gtk_spin_button_get_value (ask->height), ask->data);
}

static void
on_name_changed_cb (GtkEditable *entry, AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "blank", *text != '\0');
  adw_message_dialog_set_response_enabled (dialog, "plan", *text != '\0');
}

AdwMessageDialog *
fy_zone_ask_new_map (GtkWindow *parent, const char *suggested_name, FyZoneNewMapDone done,
                     gpointer data, GDestroyNotify destroy)
{
  AdwMessageDialog *dialog = new_dialog (parent, _("New Zone Map"),
                                         _("Start on a blank grid of the site's size in metres, or on a floor plan "
                                           "image (PNG or JPEG) and set its scale afterwards with the Scale tool."));
  Ask *ask = ask_attach (dialog, G_CALLBACK (done), data, destroy);
  GtkWidget *group = adw_preferences_group_new ();

  ask->name = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (ask->name), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (ask->name), suggested_name ? suggested_name : "");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), ask->name);
  ask->width = add_spin_row (group, _("Width (m)"), 200, 1, FY_ZONE_MAX_SIZE_M, 0);
  ask->height = add_spin_row (group, _("Height (m)"), 120, 1, FY_ZONE_MAX_SIZE_M, 0);
  adw_message_dialog_set_extra_child (dialog, group);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "plan", _("_Floor Plan…"),
                                    "blank", _("Create _Blank Map"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "blank", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "blank");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (ask->name, "changed", G_CALLBACK (on_name_changed_cb), dialog);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (ask->name), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_new_map_response_cb), NULL);
  on_name_changed_cb (GTK_EDITABLE (ask->name), dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (ask->name);
  return dialog;
}

static void
on_map_size_response_cb (AdwMessageDialog *dialog, const char *response, gpointer unused)
{
  Ask *ask = ask_answer (dialog);

  if (ask == NULL)
    return;

  gtk_spin_button_update (ask->width);
  gtk_spin_button_update (ask->height);
  gtk_spin_button_update (ask->grid);
  ((FyZoneMapSizeDone) ask->done) (response, gtk_spin_button_get_value (ask->width),
                                   gtk_spin_button_get_value (ask->height),
                                   gtk_spin_button_get_value (ask->grid), ask->data);
}

AdwMessageDialog *
fy_zone_ask_map_size (GtkWindow *parent, FyZoneMap *map, FyZoneMapSizeDone done, gpointer data,
                      GDestroyNotify destroy)
{
  gboolean plan = fy_zone_map_get_background (map) != NULL;
  AdwMessageDialog *dialog = new_dialog (parent, _("Map Size and Grid"),
                                         plan ? _("The size follows the floor plan and its scale; "
                                                  "use the Scale tool to correct it.")
                                              : _("The site's size in metres, and the spacing of the grid "
                                                  "that corners snap to (0 = no grid)."));
  Ask *ask = ask_attach (dialog, G_CALLBACK (done), data, destroy);
  GtkWidget *group = adw_preferences_group_new ();

  ask->width = add_spin_row (group, _("Width (m)"), fy_zone_map_get_width (map), 1, FY_ZONE_MAX_SIZE_M, 1);
  ask->height = add_spin_row (group, _("Height (m)"), fy_zone_map_get_height (map), 1, FY_ZONE_MAX_SIZE_M, 1);
  ask->grid = add_spin_row (group, _("Grid step (m)"), fy_zone_map_get_grid_step (map), 0, 1000, 1);
  gtk_widget_set_sensitive (GTK_WIDGET (ask->width), !plan);
  gtk_widget_set_sensitive (GTK_WIDGET (ask->height), !plan);
  adw_message_dialog_set_extra_child (dialog, group);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "apply", _("_Apply"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "apply");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_map_size_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (plan ? ask->grid : ask->width));
  return dialog;
}

/* ------------------------------------------------------------------ */
/* Confirmation and errors                                             */

static void
on_confirm_response_cb (AdwMessageDialog *dialog, const char *response, gpointer unused)
{
  Ask *ask = ask_answer (dialog);

  if (ask == NULL)
    return;
  ((FyZoneTextDone) ask->done) (response, ask->data);
}

AdwMessageDialog *
fy_zone_confirm (GtkWindow *parent, const char *heading, const char *body, const char *ok_label,
                 FyZoneTextDone done, gpointer data, GDestroyNotify destroy)
{
  AdwMessageDialog *dialog = fy_confirm_new (GTK_WIDGET (parent), heading, body, "delete", ok_label);

  ask_attach (dialog, G_CALLBACK (done), data, destroy);
  g_signal_connect (dialog, "response", G_CALLBACK (on_confirm_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

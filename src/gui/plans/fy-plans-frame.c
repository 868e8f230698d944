/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-plans-frame.c — what the larger Plans dialogs (a checklist run, a
 * template being edited) share: the modal window with Cancel and Save in
 * its header, the scrolled content, Esc to cancel, Save as the default;
 * the flat icon button with its tooltip and accessible name; the error
 * line shown in the dialog. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-form-util.h"
#include "fy-plans-dialogs.h"

GtkWidget *
fy_plans_icon_button (const char *icon, const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return button;
}

GtkLabel *
fy_plans_error_label (void)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (NULL));

  gtk_widget_set_name (GTK_WIDGET (label), "error");
  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_xalign (label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (label), "error");
  gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
  return label;
}

GtkWindow *
fy_plans_frame_new (GtkWidget *parent, const char *title, gboolean editable, GtkWidget *content,
                    GtkWidget **save_out)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (editable ? _("_Cancel") : _("_Close"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkEventController *keys = gtk_shortcut_controller_new ();

  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), fy_form_window_of (parent));
  gtk_window_set_default_size (GTK_WINDOW (window), 760, 640);
  gtk_window_set_title (GTK_WINDOW (window), title);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), window);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_visible (save, editable);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (toolbar), header);

  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 12);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), content);
  gtk_box_append (GTK_BOX (toolbar), scroller);
  adw_window_set_content (ADW_WINDOW (window), toolbar);

  if (editable)
    gtk_window_set_default_widget (GTK_WINDOW (window), save);
  /* Esc closes without saving. */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0), gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, keys);
  *save_out = save;
  return GTK_WINDOW (window);
}

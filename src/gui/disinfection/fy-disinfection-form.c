/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-disinfection-form.c — the shared frame of the disinfection dialogs
 * (see the header). */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-disinfection-form.h"
#include "fy-form-util.h"

static void
form_free (gpointer p)
{
  FyDisForm *form = p;

  if (form->destroy)
    form->destroy (form->data);
  g_free (form);
}

void
fy_dis_form_save (FyDisForm *form)
{
  g_autoptr(GError) error = NULL;

  if (form->done)
    return;
  if (!form->on_save (form, form->data, &error))
    {
      fy_form_set_error (form->error, error ? error->message : _("Not saved."));
      return;
    }
  form->done = TRUE;
  gtk_window_destroy (form->window);
}

static void
on_save_cb (GtkWidget *button, FyDisForm *form)
{
  fy_dis_form_save (form);
}

static void
on_activate_cb (GtkWidget *field, FyDisForm *form)
{
  fy_dis_form_save (form);
}

/* Enter on a check (objects, areas) saves, as in a single-line field;
 * Space still toggles it. */
static gboolean
on_key_pressed_cb (GtkEventControllerKey *keys, guint keyval, guint keycode, GdkModifierType state,
                   FyDisForm *form)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (form->window));

  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && GTK_IS_CHECK_BUTTON (focus))
    {
      fy_dis_form_save (form);
      return TRUE;
    }
  return FALSE;
}

FyDisForm *
fy_dis_form_new (GtkWindow *parent, const char *title, const char *save_label, FyDisFormSave on_save,
                 gpointer data, GDestroyNotify destroy)
{
  FyDisForm *form = g_new0 (FyDisForm, 1);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkEventController *keys = gtk_shortcut_controller_new ();

  form->on_save = on_save;
  form->data = data;
  form->destroy = destroy;
  form->window = GTK_WINDOW (gtk_window_new ());
  g_object_set_data_full (G_OBJECT (form->window), "fy-dis-form", form, form_free);
  gtk_window_set_title (form->window, title);
  gtk_window_set_modal (form->window, TRUE);
  gtk_window_set_transient_for (form->window, parent);
  gtk_window_set_destroy_with_parent (form->window, TRUE);
  gtk_window_set_default_size (form->window, 620, 640);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  form->save = gtk_button_new_with_mnemonic (save_label);
  gtk_widget_add_css_class (form->save, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), form->save);
  gtk_window_set_titlebar (form->window, header);
  gtk_window_set_default_widget (form->window, form->save);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), form->window);
  g_signal_connect (form->save, "clicked", G_CALLBACK (on_save_cb), form);

  form->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_row_spacing (form->grid, 8);
  gtk_grid_set_column_spacing (form->grid, 12);
  form->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (form->error, TRUE);
  gtk_label_set_xalign (form->error, 0);
  gtk_widget_add_css_class (GTK_WIDGET (form->error), "error");
  gtk_widget_set_name (GTK_WIDGET (form->error), "error");
  gtk_widget_set_visible (GTK_WIDGET (form->error), FALSE);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->grid));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->error));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_window_set_child (form->window, scroller);

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (GTK_WIDGET (form->window), keys);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), form);
  gtk_widget_add_controller (GTK_WIDGET (form->window), keys);
  return form;
}

GtkWidget *
fy_dis_form_add (FyDisForm *form, const char *label, const char *name, GtkWidget *field)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (title), 1);
  /* Level with the first line of a tall field (objects, areas). */
  gtk_widget_set_valign (title, GTK_ALIGN_START);
  gtk_widget_set_margin_top (title, 8);
  gtk_widget_add_css_class (title, "dim-label");
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), field);
  gtk_widget_set_name (field, name);
  gtk_widget_set_hexpand (field, TRUE);
  fy_a11y_name_field (field, title);
  gtk_grid_attach (form->grid, title, 0, form->rows, 1, 1);
  gtk_grid_attach (form->grid, field, 1, form->rows, 1, 1);
  form->rows++;
  return field;
}

GtkWidget *
fy_dis_form_entry (FyDisForm *form, const char *text)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  g_signal_connect (entry, "activate", G_CALLBACK (on_activate_cb), form);
  return entry;
}

GtkWidget *
fy_dis_form_spin (FyDisForm *form, double lo, double hi, double step, guint digits, double value)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (lo, hi, step);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  /* GTK 4.8's spin button has no "activate" of its own: its text has
   * (the spin button's handler, connected first, takes the typed value). */
  g_signal_connect (gtk_editable_get_delegate (GTK_EDITABLE (spin)), "activate", G_CALLBACK (on_activate_cb), form);
  return spin;
}

GtkWidget *
fy_dis_form_choice (const char *(*label_func) (int value), int n, int selected)
{
  GtkWidget *drop = gtk_drop_down_new (G_LIST_MODEL (fy_form_labels (label_func, n)), NULL);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), (guint) selected);
  return drop;
}

GtkWidget *
fy_dis_form_objects (const char *codes)
{
  g_auto(GStrv) set = g_strsplit (codes ? codes : "", ",", -1);
  GtkWidget *flow = fy_form_check_grid (7);

  for (guint i = 0; i < FY_DISINFECTION_N_OBJECTS; i++)
    {
      const FyCodeLabel *entry = &fy_disinfection_object_labels[i];
      GtkWidget *check = gtk_check_button_new_with_label (fy_code_label_text (entry));

      gtk_widget_set_name (check, entry->code);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_strv_contains ((const char *const *) set, entry->code));
      fy_form_check_grid_add (flow, check);
    }
  return flow;
}

char *
fy_dis_form_objects_get (GtkWidget *objects)
{
  g_autoptr(GString) codes = g_string_new (NULL);

  for (guint i = 0; i < FY_DISINFECTION_N_OBJECTS; i++)
    {
      GtkFlowBoxChild *child = gtk_flow_box_get_child_at_index (GTK_FLOW_BOX (objects), (int) i);
      GtkWidget *check = gtk_flow_box_child_get_child (child);

      if (!gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        continue;
      if (codes->len > 0)
        g_string_append_c (codes, ',');
      g_string_append (codes, gtk_widget_get_name (check));
    }
  return g_string_free (g_steal_pointer (&codes), FALSE);
}

void
fy_dis_form_present (FyDisForm *form, GtkWidget *first)
{
  gtk_window_present (form->window);
  gtk_widget_grab_focus (first);
}

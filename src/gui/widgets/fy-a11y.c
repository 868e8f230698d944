/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-a11y.c — accessible names GTK 4.8 and libadwaita 1.2 leave empty. A
 * screen reader announces a focused widget without a name by its type
 * ("GtkToggleButton"); the focus often lands on an inner part (a
 * drop-down's button, an entry row's text, a list's row), so the name of
 * the whole is copied onto that part. One emission hook on "realize"
 * covers every entry row, combo row, drop-down and button of the app:
 * icon-only buttons are named by their tooltip, text buttons lose the
 * second, raw copy of their mnemonic label. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-a11y.h"

#define NAME_KEY "fy-a11y-name"

static void
set_label (GtkWidget *widget, const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* A title without its mnemonic underscore ("_Note" → "Note"). */
static char *
plain_title (const char *title)
{
  GString *out = g_string_new (NULL);

  for (const char *p = title ? title : ""; *p; p++)
    {
      if (*p == '_' && p[1] != '_')
        continue;
      g_string_append_c (out, *p == '_' ? *++p : *p);
    }
  return g_string_free (out, FALSE);
}

static GtkWidget *
find_child (GtkWidget *root, GType type)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = G_TYPE_CHECK_INSTANCE_TYPE (c, type) ? c : find_child (c, type);
      if (found)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_by_id (GtkWidget *root, const char *id)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      const char *cid = gtk_buildable_get_buildable_id (GTK_BUILDABLE (c));
      GtkWidget *found = g_strcmp0 (cid, id) == 0 ? c : find_by_id (c, id);
      if (found)
        return found;
    }
  return NULL;
}

static void
name_drop_down (GtkWidget *dropdown)
{
  const char *name = g_object_get_data (G_OBJECT (dropdown), NAME_KEY);
  g_autofree char *tooltip = name ? NULL : g_strdup (gtk_widget_get_tooltip_text (dropdown));
  GtkWidget *button = find_child (dropdown, GTK_TYPE_TOGGLE_BUTTON);

  if (name == NULL)
    name = tooltip;
  if (button && name && *name)
    set_label (button, name);
}

/* An icon-only button is named by its tooltip (the words a sighted user
 * reads on it), unless fy_a11y_name gave it a name. */
static void
name_icon_button (GtkWidget *button, const char *text)
{
  const char *tooltip = gtk_widget_get_tooltip_text (button);

  if (text == NULL && tooltip && *tooltip && !g_object_get_data (G_OBJECT (button), NAME_KEY))
    set_label (button, tooltip);
}

static gboolean
on_realize_hook (GSignalInvocationHint *hint, guint n_values, const GValue *values, gpointer data)
{
  GtkWidget *widget = g_value_get_object (&values[0]);

  if (ADW_IS_ENTRY_ROW (widget))
    {
      GtkWidget *text = find_child (widget, GTK_TYPE_TEXT);
      g_autofree char *title = plain_title (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
      if (text && *title)
        set_label (text, title);
    }
  else if (ADW_IS_COMBO_ROW (widget))
    {
      /* The shown value is a list of its own that Tab would stop in. */
      GtkWidget *current = find_by_id (widget, "current");
      if (current)
        gtk_widget_set_can_focus (current, FALSE);
    }
  else if (ADW_IS_EXPANDER_ROW (widget))
    {
      /* The row and its header list (which takes the focus too) read as
       * the title, its markup dropped. */
      const char *markup = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
      g_autofree char *title = NULL;
      GtkWidget *header = find_child (widget, GTK_TYPE_LIST_BOX);
      if (!pango_parse_markup (markup ? markup : "", -1, 0, NULL, &title, NULL, NULL))
        title = g_strdup (markup ? markup : "");
      if (*title)
        {
          set_label (widget, title);
          if (header)
            set_label (header, title);
        }
    }
  else if (GTK_IS_LIST_BOX_ROW (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_STACK_SIDEBAR))
    {
      /* A stack sidebar's row reads as the page title it shows. */
      GtkWidget *label = find_child (widget, GTK_TYPE_LABEL);
      if (label)
        set_label (widget, gtk_label_get_text (GTK_LABEL (label)));
    }
  else if (GTK_IS_DROP_DOWN (widget))
    name_drop_down (widget);
  else if (GTK_IS_FLOW_BOX_CHILD (widget) && gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (widget))
           && gtk_widget_get_focusable (gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (widget))))
    /* A box of check buttons: the focus goes to each check (which says
     * what it is), not first to the nameless cell around it. */
    gtk_widget_set_focusable (widget, FALSE);
  else if (GTK_IS_MENU_BUTTON (widget))
    /* Its inner toggle is labelled by the menu button itself. */
    name_icon_button (widget, gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)));
  else if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget))
           && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (widget))))
    {
      /* GTK 4.8 labels a text button by its label widget and also by the
       * raw text, mnemonic underscore and all ("_Print… Print…"): keep
       * the text alone, without the underscore. */
      const char *label = gtk_button_get_label (GTK_BUTTON (widget));
      g_autofree char *text = gtk_button_get_use_underline (GTK_BUTTON (widget)) ? plain_title (label) : g_strdup (label);
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      set_label (widget, text);
    }
  else if (GTK_IS_BUTTON (widget) && !GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget)))
    name_icon_button (widget, gtk_button_get_label (GTK_BUTTON (widget)));
  else if (GTK_IS_LIST_BOX (widget))
    {
      /* libadwaita labels a group's list by the group's title; a group
       * without one is named by its message dialog's question, or else by
       * its window's title. */
      GtkWidget *group = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_GROUP);
      GtkWidget *dialog = gtk_widget_get_ancestor (widget, ADW_TYPE_MESSAGE_DIALOG);
      GtkRoot *root = gtk_widget_get_root (widget);
      const char *title = group ? adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)) : NULL;
      if ((title == NULL || *title == '\0') && group && dialog)
        set_label (widget, adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)));
      else if ((title == NULL || *title == '\0') && group && GTK_IS_WINDOW (root)
               && gtk_window_get_title (GTK_WINDOW (root)))
        set_label (widget, gtk_window_get_title (GTK_WINDOW (root)));
    }
  return TRUE;
}

void
fy_a11y_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      /* The signal exists once the class does. */
      g_type_class_unref (g_type_class_ref (GTK_TYPE_WIDGET));
      g_signal_add_emission_hook (g_signal_lookup ("realize", GTK_TYPE_WIDGET), 0, on_realize_hook, NULL, NULL);
      g_once_init_leave (&installed, 1);
    }
}

void
fy_a11y_name (GtkWidget *widget, const char *label)
{
  g_autofree char *plain = plain_title (label);

  g_return_if_fail (GTK_IS_WIDGET (widget));

  label = plain;
  set_label (widget, label);
  g_object_set_data_full (G_OBJECT (widget), NAME_KEY, g_strdup (label), g_free);
  if (GTK_IS_DROP_DOWN (widget))
    name_drop_down (widget);
  else if (GTK_IS_COLUMN_VIEW (widget))
    {
      /* The focus is in the column view's inner list. */
      GtkWidget *list = find_child (widget, GTK_TYPE_LIST_VIEW);
      if (list)
        set_label (list, label);
    }
}

void
fy_a11y_name_field (GtkWidget *field, GtkWidget *title)
{
  g_return_if_fail (GTK_IS_LABEL (title));

  if (!GTK_IS_EDITABLE (field))
    fy_a11y_name (field, gtk_label_get_text (GTK_LABEL (title)));
}

void
fy_a11y_name_row (GtkListItem *item, const char *label)
{
  GtkWidget *child = gtk_list_item_get_child (item);
  GtkWidget *cell = child ? gtk_widget_get_parent (child) : NULL;
  GtkWidget *row;

  if (cell == NULL)
    return;
  /* A list's row holds the child; a column view's row holds cells. */
  row = GTK_IS_LIST_VIEW (gtk_widget_get_parent (cell)) ? cell : gtk_widget_get_parent (cell);
  if (row)
    set_label (row, label);
}

void
fy_a11y_name_person_row (GtkListItem *item, const char *name, const char *employee_no)
{
  /* TRANSLATORS: a person's row as a screen reader reads it: name, employee number. */
  g_autofree char *label = g_strdup_printf (_("%s, %s"), name, employee_no);

  fy_a11y_name_row (item, label);
}

/* Moves the focus to the first control after (or before) `widget` in its
 * ancestors' child order, wrapping round at the window. */
static gboolean
focus_past (GtkWidget *widget, GtkDirectionType dir)
{
  for (GtkWidget *w = widget; w && gtk_widget_get_parent (w); w = gtk_widget_get_parent (w))
    for (GtkWidget *s = dir == GTK_DIR_TAB_FORWARD ? gtk_widget_get_next_sibling (w) : gtk_widget_get_prev_sibling (w);
         s; s = dir == GTK_DIR_TAB_FORWARD ? gtk_widget_get_next_sibling (s) : gtk_widget_get_prev_sibling (s))
      if (gtk_widget_is_drawable (s) && gtk_widget_child_focus (s, dir))
        return TRUE;
  /* Nothing after it: round to the window's first (or last) control. */
  if (GTK_IS_WINDOW (gtk_widget_get_root (widget)))
    {
      GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (widget));
      gtk_window_set_focus (window, NULL);
      return gtk_widget_child_focus (GTK_WIDGET (window), dir);
    }
  return FALSE;
}

static gboolean
on_tab_out_cb (GtkEventControllerKey *key, guint keyval, guint keycode, GdkModifierType state, gpointer data)
{
  GtkWidget *list = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (key));
  GtkDirectionType dir;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  if (keyval == GDK_KEY_ISO_Left_Tab || ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab) && (state & GDK_SHIFT_MASK)))
    dir = GTK_DIR_TAB_BACKWARD;
  else if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab)
    dir = GTK_DIR_TAB_FORWARD;
  else
    return FALSE;
  return focus_past (list, dir);
}

void
fy_a11y_single_tab_stop (GtkWidget *list)
{
  GtkEventController *key = gtk_event_controller_key_new ();

  /* Capture: before the rows' own widgets see the Tab. */
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (key, "fy-tab-out");
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_tab_out_cb), NULL);
  gtk_widget_add_controller (list, key);
}

void
fy_a11y_set_invalid (GtkWidget *field, gboolean invalid)
{
  if (invalid)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
  if (invalid)
    gtk_accessible_update_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID,
                                 GTK_ACCESSIBLE_INVALID_TRUE, -1);
  else
    gtk_accessible_reset_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID);
}

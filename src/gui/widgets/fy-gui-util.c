/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gui-util.c — small helpers shared by the GUI's widgets. */
#include "config.h"

#include "fy-gui-util.h"

AdwToast *
fy_toast_new_plain (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text ? text : "", -1);
  return adw_toast_new (escaped);
}

void
fy_widget_add_window_shortcut (GtkWidget *widget, guint keyval, const char *action, const char *string_param)
{
  GtkShortcutController *controller = g_object_get_data (G_OBJECT (widget), "fy-window-shortcuts");
  GtkShortcut *shortcut;

  if (controller == NULL)
    {
      controller = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
      /* GTK skips a global controller whose widget is not mapped, so a page's
       * keys work only while that page is shown. */
      gtk_shortcut_controller_set_scope (controller, GTK_SHORTCUT_SCOPE_GLOBAL);
      gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (controller));
      g_object_set_data (G_OBJECT (widget), "fy-window-shortcuts", controller);
    }
  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, GDK_CONTROL_MASK), gtk_named_action_new (action));
  if (string_param != NULL)
    gtk_shortcut_set_arguments (shortcut, g_variant_new_string (string_param));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

static void
setup_shrinking_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (ellipsize)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 4);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_shrinking_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer ellipsize)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  gpointer string = gtk_list_item_get_item (item);
  const char *text = GTK_IS_STRING_OBJECT (string) ? gtk_string_object_get_string (string) : "";

  gtk_label_set_text (GTK_LABEL (label), text);
  if (ellipsize)
    fy_widget_set_row_tooltip (label, text);
}

static GtkListItemFactory *
shrinking_factory (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_shrinking_cb), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_shrinking_cb), GINT_TO_POINTER (ellipsize));
  return factory;
}

void
fy_drop_down_let_shrink (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) shown = shrinking_factory (TRUE);
  g_autoptr(GtkListItemFactory) list = shrinking_factory (FALSE);

  gtk_drop_down_set_factory (dropdown, shown);
  gtk_drop_down_set_list_factory (dropdown, list);
}

void
fy_widget_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}

void
fy_widget_set_css_class (GtkWidget *widget, const char *name, gboolean on)
{
  if (on)
    gtk_widget_add_css_class (widget, name);
  else
    gtk_widget_remove_css_class (widget, name);
}

static gboolean
on_query_row_tooltip_cb (GtkWidget *widget, int x, int y, gboolean keyboard, GtkTooltip *tooltip, gpointer data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), "fy-row-tooltip");

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* GTK 4.8 asks the X server where the pointer is on every
 * gtk_widget_set_tooltip_text() of a shown widget: a round trip per call,
 * which made binding a list row cost ~0.4 ms. A row's tooltip changes with
 * each bind, so the text is kept here and handed over when GTK asks. */
void
fy_widget_set_row_tooltip (GtkWidget *widget, const char *text)
{
  if (text != NULL && *text == '\0')
    text = NULL;
  if (g_object_get_data (G_OBJECT (widget), "fy-row-tooltip-set") == NULL)
    {
      g_object_set_data (G_OBJECT (widget), "fy-row-tooltip-set", GINT_TO_POINTER (TRUE));
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_row_tooltip_cb), NULL);
    }
  g_object_set_data_full (G_OBJECT (widget), "fy-row-tooltip", g_strdup (text), g_free);
  gtk_widget_set_has_tooltip (widget, text != NULL);
  /* What a screen reader says, as a tooltip set the usual way would. */
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

GtkColumnViewColumn *
fy_column_view_append (GtkColumnView *view, const char *title, GCallback setup, GCallback bind, guint index)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", setup, GUINT_TO_POINTER (index));
  g_signal_connect (factory, "bind", bind, GUINT_TO_POINTER (index));
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (view, column);
  g_object_unref (column);
  return column;
}

/* ---- Folding wide tables on a narrow window ---- */

#define FOLDABLE_KEY "fy-foldable"

void
fy_column_view_column_set_foldable (GtkColumnViewColumn *column)
{
  g_object_set_data (G_OBJECT (column), FOLDABLE_KEY, GINT_TO_POINTER (TRUE));
}

static gboolean
window_is_narrow (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  int width = 0, height = 0;   /* GTK 4.8 takes no NULL here */

  if (!GTK_IS_WINDOW (root))
    return FALSE;
  gtk_window_get_default_size (GTK_WINDOW (root), &width, &height);
  return width > 0 && width < FY_NARROW_WINDOW_WIDTH;
}

static void
apply_fold (GtkColumnView *view)
{
  GListModel *columns = gtk_column_view_get_columns (view);
  gboolean narrow;

  if (!GTK_IS_WINDOW (gtk_widget_get_root (GTK_WIDGET (view))))
    return;
  narrow = window_is_narrow (GTK_WIDGET (view));
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      gboolean visible = !(narrow && g_object_get_data (G_OBJECT (column), FOLDABLE_KEY));

      if (gtk_column_view_column_get_visible (column) != visible)
        gtk_column_view_column_set_visible (column, visible);
    }
}

static void
apply_hide (GtkWidget *widget)
{
  gtk_widget_set_visible (widget, !window_is_narrow (widget));
}

static void
apply_switcher_policy (AdwViewSwitcher *switcher)
{
  AdwViewSwitcherPolicy policy = window_is_narrow (GTK_WIDGET (switcher)) ? ADW_VIEW_SWITCHER_POLICY_NARROW
                                                                           : ADW_VIEW_SWITCHER_POLICY_WIDE;

  if (adw_view_switcher_get_policy (switcher) != policy)
    adw_view_switcher_set_policy (switcher, policy);
}

typedef void (*NarrowFunc) (gpointer widget);

static void
on_root_width_cb (GObject *window, GParamSpec *pspec, GtkWidget *widget)
{
  ((NarrowFunc) g_object_get_data (G_OBJECT (widget), "fy-narrow-func")) (widget);
}

/* On (every) realize: follows the window's default width, connecting once
 * per window, and applies the widget's narrow function. */
static void
on_narrow_realize_cb (GtkWidget *widget, gpointer data)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (GTK_IS_WINDOW (root) && g_object_get_data (G_OBJECT (widget), "fy-fold-root") != root)
    {
      g_object_set_data (G_OBJECT (widget), "fy-fold-root", root);
      g_signal_connect_object (root, "notify::default-width", G_CALLBACK (on_root_width_cb), widget, 0);
    }
  ((NarrowFunc) g_object_get_data (G_OBJECT (widget), "fy-narrow-func")) (widget);
}

static void
follow_window_width (GtkWidget *widget, NarrowFunc func)
{
  g_object_set_data (G_OBJECT (widget), "fy-narrow-func", func);
  g_signal_connect (widget, "realize", G_CALLBACK (on_narrow_realize_cb), NULL);
  if (gtk_widget_get_realized (widget))
    on_narrow_realize_cb (widget, NULL);
}

void
fy_widget_hide_when_narrow (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  follow_window_width (widget, (NarrowFunc) apply_hide);
}

void
fy_view_switcher_narrow_when_narrow (AdwViewSwitcher *switcher)
{
  g_return_if_fail (ADW_IS_VIEW_SWITCHER (switcher));

  follow_window_width (GTK_WIDGET (switcher), (NarrowFunc) apply_switcher_policy);
}

void
fy_column_view_fold_when_narrow (GtkColumnView *view)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  follow_window_width (GTK_WIDGET (view), (NarrowFunc) apply_fold);
}

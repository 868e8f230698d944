/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-file-toast.c — the toast after an export: "Saved “roster.xlsx”" with
 * "Open" (the default application) and "Show in Folder" (the file manager,
 * the file selected where it supports org.freedesktop.FileManager1). A
 * libadwaita 1.2 toast has one button, so both live in its custom title. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-file-toast.h"

static GtkWindow *
window_of (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
on_open_clicked_cb (GtkButton *button, gpointer unused)
{
  const char *path = g_object_get_data (G_OBJECT (button), "fy-path");
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

  if (uri)
    gtk_show_uri (window_of (GTK_WIDGET (button)), uri, GDK_CURRENT_TIME);
}

typedef struct
{
  GtkWindow *window;
  char      *folder_uri;
} ShowItem;

static void
show_item_free (ShowItem *show)
{
  g_clear_object (&show->window);
  g_free (show->folder_uri);
  g_free (show);
}

static void
on_show_items_done (GObject *source, GAsyncResult *result, gpointer data)
{
  ShowItem *show = data;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, NULL);

  /* No file manager answering: open the folder itself. */
  if (reply == NULL)
    gtk_show_uri (show->window, show->folder_uri, GDK_CURRENT_TIME);
  show_item_free (show);
}

static void
on_show_clicked_cb (GtkButton *button, gpointer unused)
{
  const char *path = g_object_get_data (G_OBJECT (button), "fy-path");
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  ShowItem *show;
  const char *uris[] = { uri, NULL };

  if (uri == NULL)
    return;
  show = g_new0 (ShowItem, 1);
  show->window = window_of (GTK_WIDGET (button)) ? g_object_ref (window_of (GTK_WIDGET (button))) : NULL;
  show->folder_uri = g_filename_to_uri (folder, NULL, NULL);
  if (bus == NULL)
    {
      gtk_show_uri (show->window, show->folder_uri, GDK_CURRENT_TIME);
      show_item_free (show);
      return;
    }
  g_dbus_connection_call (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                          "org.freedesktop.FileManager1", "ShowItems", g_variant_new ("(^ass)", uris, ""),
                          NULL, G_DBUS_CALL_FLAGS_NONE, 5000, NULL, on_show_items_done, show);
}

static GtkWidget *
file_button (const char *label, const char *path, GCallback clicked)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "fy-path", g_strdup (path), g_free);
  g_signal_connect (button, "clicked", clicked, NULL);
  return button;
}

AdwToast *
fy_file_toast_new (const char *text, const char *path)
{
  AdwToast *toast = adw_toast_new ("");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_set_tooltip_text (label, path);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), file_button (_("_Open"), path, G_CALLBACK (on_open_clicked_cb)));
  gtk_box_append (GTK_BOX (box), file_button (_("Show in _Folder"), path, G_CALLBACK (on_show_clicked_cb)));
  adw_toast_set_custom_title (toast, box);
  adw_toast_set_timeout (toast, 8);
  return toast;
}

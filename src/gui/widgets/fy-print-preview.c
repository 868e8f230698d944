/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-print-preview.c — GTK previews a print job by writing a temporary PDF
 * and starting the program of the gtk-print-preview-command setting
 * (Evince, which removes the file). Without that program nothing would
 * appear and the PDF, full of personal data, would stay in /tmp: so then
 * the pages are drawn by Fangyi itself, in memory, in a window with page
 * navigation (buttons, Page Up / Page Down), Print (Enter) and Close
 * (Esc). Each page is rendered through GtkPrintOperationPreview into a
 * cairo recording surface at 72 dpi and scaled to the window. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-print-preview.h"

#define PREVIEW_KEY "fy-print-preview-window"
#define WANTS_PRINT_KEY "fy-print-preview-print"

typedef struct
{
  GtkPrintOperation        *operation;   /* owned */
  GtkPrintOperationPreview *preview;     /* the operation itself */
  GtkPrintContext          *context;     /* owned */
  GtkWindow                *window;      /* borrowed */
  GtkWidget                *area, *page_label, *prev_button, *next_button, *print_button;
  cairo_surface_t          *page;        /* the current page, recorded */
  double                    page_w, page_h;  /* points */
  int                       current, n_pages;
  gboolean                  ready, ended;
} Preview;

static void
preview_free (gpointer data)
{
  Preview *p = data;

  g_signal_handlers_disconnect_by_data (p->operation, p);
  g_clear_pointer (&p->page, cairo_surface_destroy);
  g_clear_object (&p->context);
  g_clear_object (&p->operation);
  g_free (p);
}

/* The program the preview command starts, found in PATH (owned), or NULL. */
static char *
preview_program (void)
{
  g_autofree char *command = NULL;
  g_auto(GStrv) argv = NULL;

  g_object_get (gtk_settings_get_default (), "gtk-print-preview-command", &command, NULL);
  if (command == NULL || !g_shell_parse_argv (command, NULL, &argv, NULL) || argv[0] == NULL)
    return NULL;
  return g_find_program_in_path (argv[0]);
}

static void
set_recording_context (Preview *p)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);

  gtk_print_context_set_cairo_context (p->context, cr, 72, 72);
  cairo_destroy (cr);
  g_clear_pointer (&p->page, cairo_surface_destroy);
  p->page = surface;
}

static void
render_current (Preview *p)
{
  g_autofree char *text = NULL;

  if (!p->ready || p->ended || p->n_pages <= 0)
    return;
  set_recording_context (p);
  gtk_print_operation_preview_render_page (p->preview, p->current);
  /* Translators: in the print preview, "Page 2 of 5" */
  text = g_strdup_printf (_("Page %d of %d"), p->current + 1, p->n_pages);
  gtk_label_set_text (GTK_LABEL (p->page_label), text);
  gtk_widget_set_sensitive (p->prev_button, p->current > 0);
  gtk_widget_set_sensitive (p->next_button, p->current + 1 < p->n_pages);
  gtk_accessible_update_property (GTK_ACCESSIBLE (p->area), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_widget_queue_draw (p->area);
}

static void
go_to (Preview *p, int page)
{
  page = CLAMP (page, 0, MAX (p->n_pages - 1, 0));
  if (page == p->current)
    return;
  p->current = page;
  render_current (p);
}

static void
on_got_page_size_cb (GtkPrintOperationPreview *preview, GtkPrintContext *context, GtkPageSetup *setup,
                     Preview *p)
{
  p->page_w = gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS);
  p->page_h = gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS);
}

static void
on_ready_cb (GtkPrintOperationPreview *preview, GtkPrintContext *context, Preview *p)
{
  g_object_get (p->operation, "n-pages", &p->n_pages, NULL);
  p->ready = TRUE;
  p->current = 0;
  render_current (p);
}

static void
draw_page_cb (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  Preview *p = data;
  double scale, x, y;

  if (p->page == NULL || p->page_w <= 0 || p->page_h <= 0 || !p->ready)
    return;
  scale = MIN ((width - 24) / p->page_w, (height - 24) / p->page_h);
  if (scale <= 0)
    return;
  x = (width - p->page_w * scale) / 2;
  y = (height - p->page_h * scale) / 2;
  /* A shadow, the white sheet, then the page. */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_rectangle (cr, x + 3, y + 3, p->page_w * scale, p->page_h * scale);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, p->page_w * scale, p->page_h * scale);
  cairo_fill (cr);
  cairo_save (cr);
  cairo_rectangle (cr, x, y, p->page_w * scale, p->page_h * scale);
  cairo_clip (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, p->page, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}

/* Ends the preview once: GTK's run() returns after this. */
static void
end_preview (Preview *p)
{
  if (p->ended)
    return;
  p->ended = TRUE;
  g_object_set_data (G_OBJECT (p->operation), PREVIEW_KEY, NULL);
  gtk_print_operation_preview_end_preview (p->preview);
}

static gboolean
on_close_request_cb (GtkWindow *window, Preview *p)
{
  end_preview (p);
  return FALSE;
}

static void
on_prev_clicked_cb (GtkButton *button, Preview *p)
{
  go_to (p, p->current - 1);
}

static void
on_next_clicked_cb (GtkButton *button, Preview *p)
{
  go_to (p, p->current + 1);
}

static void
on_print_clicked_cb (GtkButton *button, Preview *p)
{
  g_object_set_data (G_OBJECT (p->operation), WANTS_PRINT_KEY, GINT_TO_POINTER (TRUE));
  gtk_window_close (p->window);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *key, guint keyval, guint keycode, GdkModifierType state, Preview *p)
{
  switch (keyval)
    {
    case GDK_KEY_Escape:
      gtk_window_close (p->window);
      return TRUE;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      go_to (p, p->current - 1);
      return TRUE;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      go_to (p, p->current + 1);
      return TRUE;
    case GDK_KEY_Home:
      go_to (p, 0);
      return TRUE;
    case GDK_KEY_End:
      go_to (p, p->n_pages - 1);
      return TRUE;
    default:
      return FALSE;
    }
}

static GtkWidget *
icon_button (const char *icon, const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return button;
}

static void
build_window (Preview *p, GtkWindow *parent)
{
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *nav = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkEventController *key = gtk_event_controller_key_new ();

  p->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_title (p->window, _("Print Preview"));
  gtk_window_set_default_size (p->window, 900, 700);
  gtk_window_set_modal (p->window, TRUE);
  if (parent)
    gtk_window_set_transient_for (p->window, parent);
  gtk_window_set_titlebar (p->window, header);

  p->prev_button = icon_button ("go-previous-symbolic", _("Previous page"));
  p->next_button = icon_button ("go-next-symbolic", _("Next page"));
  p->page_label = gtk_label_new (NULL);
  gtk_box_append (GTK_BOX (nav), p->prev_button);
  gtk_box_append (GTK_BOX (nav), p->page_label);
  gtk_box_append (GTK_BOX (nav), p->next_button);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), nav);
  p->print_button = gtk_button_new_with_mnemonic (_("_Print…"));
  gtk_widget_add_css_class (p->print_button, "suggested-action");
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), p->print_button);

  p->area = gtk_drawing_area_new ();
  gtk_widget_set_hexpand (p->area, TRUE);
  gtk_widget_set_vexpand (p->area, TRUE);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (p->area), draw_page_cb, p, NULL);
  gtk_window_set_child (p->window, p->area);
  gtk_window_set_default_widget (p->window, p->print_button);

  g_signal_connect (p->prev_button, "clicked", G_CALLBACK (on_prev_clicked_cb), p);
  g_signal_connect (p->next_button, "clicked", G_CALLBACK (on_next_clicked_cb), p);
  g_signal_connect (p->print_button, "clicked", G_CALLBACK (on_print_clicked_cb), p);
  g_signal_connect (p->window, "close-request", G_CALLBACK (on_close_request_cb), p);
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), p);
  gtk_widget_add_controller (GTK_WIDGET (p->window), key);
  /* The window owns the state: it lives as long as the window. */
  g_object_set_data_full (G_OBJECT (p->window), "fy-preview", p, preview_free);
}

gboolean
fy_print_preview_check (GtkPrintOperation *operation, GtkPrintOperationPreview *preview, GtkPrintContext *context,
                        GtkWindow *parent)
{
  g_autofree char *program = preview_program ();
  Preview *p;

  if (program != NULL)
    return FALSE;
  g_return_val_if_fail (GTK_IS_PRINT_OPERATION_PREVIEW (preview), FALSE);
  g_return_val_if_fail (GTK_IS_PRINT_CONTEXT (context), FALSE);

  p = g_new0 (Preview, 1);
  p->operation = g_object_ref (operation);
  p->preview = preview;
  p->context = g_object_ref (context);
  g_object_set_data (G_OBJECT (operation), WANTS_PRINT_KEY, NULL);
  /* Pagination needs a cairo context before "ready". */
  set_recording_context (p);
  build_window (p, parent);
  g_object_set_data (G_OBJECT (operation), PREVIEW_KEY, p->window);
  g_signal_connect (preview, "ready", G_CALLBACK (on_ready_cb), p);
  g_signal_connect (preview, "got-page-size", G_CALLBACK (on_got_page_size_cb), p);
  gtk_window_present (p->window);
  gtk_widget_grab_focus (p->print_button);
  return TRUE;
}

gboolean
fy_print_preview_wants_print (GtkPrintOperation *operation)
{
  return g_object_get_data (G_OBJECT (operation), WANTS_PRINT_KEY) != NULL;
}

GtkWindow *
fy_print_preview_get_window (GtkPrintOperation *operation)
{
  return g_object_get_data (G_OBJECT (operation), PREVIEW_KEY);
}

int
fy_print_preview_get_page (GtkWindow *window)
{
  Preview *p = g_object_get_data (G_OBJECT (window), "fy-preview");

  return p ? p->current : -1;
}

int
fy_print_preview_get_n_pages (GtkWindow *window)
{
  Preview *p = g_object_get_data (G_OBJECT (window), "fy-preview");

  return p && p->ready ? p->n_pages : -1;
}

double
fy_print_preview_get_ink_area (GtkWindow *window)
{
  Preview *p = g_object_get_data (G_OBJECT (window), "fy-preview");
  double x, y, w = 0, h = 0;

  if (p && p->page)
    cairo_recording_surface_ink_extents (p->page, &x, &y, &w, &h);
  return w * h;
}

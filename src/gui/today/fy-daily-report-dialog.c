/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-daily-report-dialog.c — the daily / zero report on screen. It shows the
 * rows of the "daily-report" ledger, so the screen, the export and the print
 * say the same thing; export and print go through fy-export-flow. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-daily-report-dialog.h"
#include "fy-daily-report-dialog-private.h"
#include "fy-export-flow.h"
#include "fy-form-util.h"
#include "fy-gui-util.h"
#include "fy-ledger.h"
#include "fy-validate.h"

struct _FyDailyReportDialog
{
  AdwWindow      parent_instance;

  /* template children */
  GtkMenuButton *date_button;
  GtkPopover    *date_popover;
  GtkCalendar   *calendar;
  GtkLabel      *title_label;
  GtkLabel      *subtitle_label;
  GtkGrid       *grid;
  GtkLabel      *note_label;

  /* owned */
  FyStore       *store;
  char          *day;
  char          *title;
  GHashTable    *figures;        /* item → figures, as shown */
  gboolean       setting_calendar;
};

G_DEFINE_FINAL_TYPE (FyDailyReportDialog, fy_daily_report_dialog, ADW_TYPE_WINDOW)

static void
clear_grid (FyDailyReportDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  g_hash_table_remove_all (self->figures);
}

static GtkWidget *
cell (const char *text, gboolean header)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* An empty cell is no tab stop (a screen reader would read nothing). */
  gtk_label_set_selectable (GTK_LABEL (label), !header && text && *text);
  gtk_widget_set_hexpand (label, TRUE);
  if (header)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

/* Rebuilds the view from the ledger of self->day. */
static void
load (FyDailyReportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) ledger = NULL;
  g_autoptr(FyLedgerCursor) cursor = NULL;
  g_autofree char *today = fy_today ();
  FyLedgerParams params = { 0 };
  int row = 1;

  clear_grid (self);
  gtk_menu_button_set_label (self->date_button, self->day);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.next", strcmp (self->day, today) < 0);

  params.from = self->day;
  ledger = fy_ledger_new (self->store, "daily-report", &params, &error);
  if (ledger)
    cursor = fy_ledger_query (ledger, 0, -1, &error);
  if (cursor == NULL)
    {
      gtk_label_set_text (self->title_label, _("The report could not be made"));
      gtk_label_set_text (self->subtitle_label, error->message);
      gtk_label_set_text (self->note_label, "");
      return;
    }

  g_free (self->title);
  self->title = g_strdup (fy_ledger_get_title (ledger));
  gtk_label_set_text (self->title_label, self->title);
  gtk_window_set_title (GTK_WINDOW (self), self->title);
  {
    /* Translators: under the daily report's title: company, date. */
    g_autofree char *sub = g_strdup_printf (_("%s — %s"), fy_ledger_get_company (ledger), self->day);
    gtk_label_set_text (self->subtitle_label, sub);
  }
  gtk_label_set_text (self->note_label, fy_ledger_get_note (ledger) ? fy_ledger_get_note (ledger) : "");

  for (guint c = 1; c < 4 && c < fy_ledger_get_n_columns (ledger); c++)
    gtk_grid_attach (self->grid, cell (fy_ledger_get_column (ledger, c)->header, TRUE), (int) c - 1, 0, 1, 1);
  while (fy_ledger_cursor_next (cursor, &error))
    {
      const char *item = fy_ledger_cursor_get_text (cursor, 1);
      const char *figures = fy_ledger_cursor_get_text (cursor, 2);
      GtkWidget *item_cell = cell (item, FALSE);
      GtkWidget *figures_cell = cell (figures, FALSE);
      GtkWidget *remarks_cell = cell (fy_ledger_cursor_get_text (cursor, 3), FALSE);

      gtk_widget_add_css_class (item_cell, "dim-label");
      gtk_widget_add_css_class (remarks_cell, "dim-label");
      if (fy_ledger_cursor_is_highlighted (cursor, 2))
        gtk_widget_add_css_class (figures_cell, "abnormal");
      gtk_grid_attach (self->grid, item_cell, 0, row, 1, 1);
      gtk_grid_attach (self->grid, figures_cell, 1, row, 1, 1);
      gtk_grid_attach (self->grid, remarks_cell, 2, row, 1, 1);
      g_hash_table_insert (self->figures, g_strdup (item), g_strdup (figures));
      row++;
    }
  if (error)
    gtk_label_set_text (self->note_label, error->message);
}

void
fy_daily_report_dialog_set_day (FyDailyReportDialog *self, const char *day)
{
  g_autofree char *today = fy_today ();
  g_autofree char *valid = day ? fy_validate_past_date (day, NULL) : NULL;
  int y = 0, m = 0, d = 0;

  g_return_if_fail (FY_IS_DAILY_REPORT_DIALOG (self));

  g_free (self->day);
  self->day = valid ? g_steal_pointer (&valid) : g_steal_pointer (&today);
  if (sscanf (self->day, "%d-%d-%d", &y, &m, &d) == 3)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_local (y, m, d, 12, 0, 0);
      self->setting_calendar = TRUE;
      if (dt)
        gtk_calendar_select_day (self->calendar, dt);
      self->setting_calendar = FALSE;
    }
  load (self);
}

const char *
fy_daily_report_dialog_get_day (FyDailyReportDialog *self)
{
  g_return_val_if_fail (FY_IS_DAILY_REPORT_DIALOG (self), NULL);
  return self->day;
}

const char *
fy_daily_report_dialog_get_title_text (FyDailyReportDialog *self)
{
  g_return_val_if_fail (FY_IS_DAILY_REPORT_DIALOG (self), NULL);
  return self->title;
}

const char *
fy_daily_report_dialog_get_figures (FyDailyReportDialog *self, const char *item)
{
  g_return_val_if_fail (FY_IS_DAILY_REPORT_DIALOG (self), NULL);
  return g_hash_table_lookup (self->figures, item);
}

static void
on_day_selected_cb (FyDailyReportDialog *self)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *day = NULL;
  g_autofree char *today = fy_today ();

  if (self->setting_calendar)
    return;
  dt = gtk_calendar_get_date (self->calendar);
  day = g_date_time_format (dt, "%Y-%m-%d");
  gtk_popover_popdown (self->date_popover);
  if (strcmp (day, today) > 0)
    {
      /* No report for a day that has not come: back to today. */
      fy_daily_report_dialog_set_day (self, today);
      return;
    }
  fy_daily_report_dialog_set_day (self, day);
}

static void
step_day (FyDailyReportDialog *self, int days)
{
  g_autofree char *day = fy_date_add_days (self->day, days);

  if (day)
    fy_daily_report_dialog_set_day (self, day);
}

static void
previous_action (GtkWidget *widget, const char *name, GVariant *param)
{
  step_day (FY_DAILY_REPORT_DIALOG (widget), -1);
}

static void
next_action (GtkWidget *widget, const char *name, GVariant *param)
{
  step_day (FY_DAILY_REPORT_DIALOG (widget), 1);
}

static void
export_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyDailyReportDialog *self = FY_DAILY_REPORT_DIALOG (widget);
  FyLedgerParams params = { 0 };

  params.from = self->day;
  fy_export_flow_run (GTK_WINDOW (self), self->store, "daily-report", &params, g_variant_get_string (param, NULL));
}

static void
print_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyDailyReportDialog *self = FY_DAILY_REPORT_DIALOG (widget);
  FyLedgerParams params = { 0 };

  params.from = self->day;
  fy_export_flow_print (GTK_WINDOW (self), self->store, "daily-report", &params);
}

static void
on_store_changed_cb (FyStore *store, FyStoreChange change, FyDailyReportDialog *self)
{
  if (self->day)
    load (self);
}

static void
fy_daily_report_dialog_dispose (GObject *object)
{
  FyDailyReportDialog *self = FY_DAILY_REPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_DAILY_REPORT_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->day, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->figures, g_hash_table_unref);
  G_OBJECT_CLASS (fy_daily_report_dialog_parent_class)->dispose (object);
}

static void
fy_daily_report_dialog_class_init (FyDailyReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fy_daily_report_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-daily-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FyDailyReportDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, FyDailyReportDialog, date_popover);
  gtk_widget_class_bind_template_child (widget_class, FyDailyReportDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, FyDailyReportDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, FyDailyReportDialog, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, FyDailyReportDialog, grid);
  gtk_widget_class_bind_template_child (widget_class, FyDailyReportDialog, note_label);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected_cb);

  gtk_widget_class_install_action (widget_class, "report.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "report.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "report.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "report.print", NULL, print_action);
}

static void
fy_daily_report_dialog_init (FyDailyReportDialog *self)
{
  self->figures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

FyDailyReportDialog *
fy_daily_report_dialog_present (GtkWindow *parent, FyStore *store, const char *day)
{
  FyDailyReportDialog *self = g_object_new (FY_TYPE_DAILY_REPORT_DIALOG, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  fy_daily_report_dialog_set_day (self, day);
  gtk_window_present (GTK_WINDOW (self));
  fy_form_focus_first_field (GTK_WINDOW (self));
  return self;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-plans-today.c — the rows the Plans domain puts on the Today page:
 * running emergency procedures first (the next step due, late in red), then
 * open corrective actions (overdue in red), plan reviews due within 30 days
 * and the drill reminder. Activating a row shows the Plans page. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-clock.h"
#include "fy-emergency.h"
#include "fy-plans-today.h"
#include "fy-plans.h"
#include "fy-validate.h"
#include "fy-window.h"

#define REVIEW_NOTICE_DAYS 30

static void
add_row (GtkListBox *list, const char *title, const char *subtitle, const char *style)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *t = g_markup_escape_text (title, -1);
  g_autofree char *s = g_markup_escape_text (subtitle ? subtitle : "", -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), t);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), s);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  if (style)
    gtk_widget_add_css_class (row, style);
  gtk_list_box_append (list, row);
}

static void
on_row_activated_cb (GtkListBox *list, GtkListBoxRow *row, gpointer data)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (list));

  if (FY_IS_WINDOW (root))
    fy_window_show_page (FY_WINDOW (root), "plans");
}

static void
add_emergencies (GtkListBox *list, FyStore *store, gint64 now)
{
  g_autoptr(GPtrArray) running = fy_emergency_list (store, TRUE, NULL);

  for (guint i = 0; running && i < running->len; i++)
    {
      FyEmergency *e = running->pdata[i];
      g_autofree char *title = g_strdup_printf (_("Emergency procedure running: %s"), e->person_name);
      g_autofree char *subtitle = NULL;
      FyEmergencyStep *next = NULL;
      gboolean late = FALSE;

      /* The open step with the nearest deadline, else the first open one. */
      for (guint k = 0; k < e->steps->len; k++)
        {
          FyEmergencyStep *s = e->steps->pdata[k];
          FyStepState state = fy_emergency_step_state (s, now);
          if (state != FY_STEP_PENDING && state != FY_STEP_LATE)
            continue;
          if (next == NULL || (s->due_at && (!next->due_at || s->due_at < next->due_at)))
            next = s;
        }
      if (next && next->due_at)
        {
          g_autofree char *due = fy_format_instant (next->due_at);
          late = now > next->due_at;
          subtitle = g_strdup_printf (late ? _("%s — late, was due %s") : _("%s — due %s"),
                                      fy_code_label_text (&fy_emergency_step_labels[next->kind]), due);
        }
      else if (next)
        subtitle = g_strdup_printf (_("Next: %s"), fy_code_label_text (&fy_emergency_step_labels[next->kind]));
      add_row (list, title, subtitle, "error");
    }
}

static void
add_actions (GtkListBox *list, FyStore *store, const char *today)
{
  g_autoptr(GPtrArray) open = fy_action_list (store, TRUE, NULL);

  for (guint i = 0; open && i < open->len; i++)
    {
      FyActionItem *a = open->pdata[i];
      gboolean overdue = fy_action_is_overdue (a, today);
      g_autofree char *subtitle = g_strdup_printf (overdue ? _("Overdue: deadline %s · %s")
                                                           : _("Deadline %s · %s"),
                                                   a->deadline, *a->responsible ? a->responsible : "—");
      g_autofree char *title = g_strdup_printf (_("Corrective action: %s"), a->problem);
      add_row (list, title, subtitle, overdue ? "error" : NULL);
    }
}

void
fy_plans_today_fill (GtkListBox *list, FyStore *store, const char *today)
{
  g_autofree char *notice = fy_date_add_days (today, REVIEW_NOTICE_DAYS);
  g_autoptr(GPtrArray) reviews = fy_plan_document_list_review_due (store, notice, NULL);
  GtkWidget *child;

  if (!g_object_get_data (G_OBJECT (list), "fy-plans-today"))
    {
      g_object_set_data (G_OBJECT (list), "fy-plans-today", GINT_TO_POINTER (1));
      g_signal_connect (list, "row-activated", G_CALLBACK (on_row_activated_cb), NULL);
    }
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))))
    gtk_list_box_remove (list, child);

  add_emergencies (list, store, fy_now ());
  add_actions (list, store, today);
  for (guint i = 0; reviews && i < reviews->len; i++)
    {
      FyPlanDocument *d = reviews->pdata[i];
      g_autofree char *title = g_strdup_printf (_("Plan review due: %s"), d->title);
      g_autofree char *subtitle = g_strdup_printf (_("Next review %s"), d->next_review);
      add_row (list, title, subtitle, strcmp (d->next_review, today) < 0 ? "warning" : NULL);
    }
  if (fy_drill_reminder_due (store, today, NULL))
    {
      g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "No drill was held within the last %d day",
                                                                "No drill was held within the last %d days",
                                                                fy_drill_interval_days (store)),
                                                   fy_drill_interval_days (store));
      add_row (list, _("An emergency drill is due"), subtitle, "warning");
    }
  gtk_widget_set_visible (GTK_WIDGET (list), gtk_widget_get_first_child (GTK_WIDGET (list)) != NULL);
}

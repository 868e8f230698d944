/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-form-util.c — helpers shared by the health record dialogs. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-clock.h"
#include "fy-form-util.h"
#include "fy-quarantine.h"
#include "fy-staff.h"
#include "fy-validate.h"
#include "fy-window.h"

void
fy_form_set_error (GtkLabel *label, const char *message)
{
  gtk_label_set_text (label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

void
fy_form_set_now (GtkEditable *day, GtkEditable *time_of_day)
{
  gint64 now = fy_now ();
  g_autofree char *d = fy_format_day (now);
  g_autofree char *t = fy_format_time_of_day (now);

  gtk_editable_set_text (day, d);
  gtk_editable_set_text (time_of_day, t);
}

gboolean
fy_form_read_instant (GtkEditable *day, GtkEditable *time_of_day, gint64 *instant, GError **error)
{
  return fy_parse_local_instant (gtk_editable_get_text (day), gtk_editable_get_text (time_of_day),
                                 instant, error);
}

GtkStringList *
fy_form_labels (const char *(*label_func) (int value), int n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int i = 0; i < n; i++)
    gtk_string_list_append (list, label_func (i));
  return list;
}

static GtkWidget *
first_text_field (GtkWidget *widget)
{
  if (!gtk_widget_is_drawable (widget) || !gtk_widget_is_sensitive (widget) || ADW_IS_HEADER_BAR (widget))
    return NULL;
  if (GTK_IS_TEXT (widget) && gtk_editable_get_editable (GTK_EDITABLE (widget)))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = first_text_field (c);
      if (found)
        return found;
    }
  return NULL;
}

void
fy_form_focus_first_field (GtkWindow *dialog)
{
  GtkWidget *content = gtk_window_get_child (dialog);
  GtkWidget *field = content ? first_text_field (content) : NULL;

  if (field)
    {
      gtk_widget_grab_focus (field);
      return;
    }
  /* No text field: the first control of the content, in Tab order. */
  for (GtkWidget *c = content ? gtk_widget_get_first_child (content) : NULL; c; c = gtk_widget_get_next_sibling (c))
    if (!ADW_IS_HEADER_BAR (c) && gtk_widget_child_focus (c, GTK_DIR_TAB_FORWARD))
      return;
}

GtkWindow *
fy_form_window_of (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
fy_form_toast (GtkWidget *widget, const char *text)
{
  GtkWindow *window = GTK_IS_WINDOW (widget) ? GTK_WINDOW (widget) : fy_form_window_of (widget);

  while (window && !FY_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);
  if (window)
    fy_window_toast (FY_WINDOW (window), text);
}

GtkWidget *
fy_form_person_row (FyStore *store, gint64 staff_id, GError **error)
{
  g_autoptr(FyStaff) s = fy_staff_get (store, staff_id, error);
  g_autoptr(GString) details = NULL;
  GtkWidget *list, *row;

  if (s == NULL)
    return NULL;
  details = g_string_new (s->employee_no);
  for (const char *const *part = (const char *const[]) { s->department, s->team, s->post, NULL }; *part; part++)
    if (**part)
      g_string_append_printf (details, " · %s", *part);
  g_string_append_printf (details, " · %s", fy_staff_status_label (s->status));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, s->name, -1);
  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), s->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details->str);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return list;
}

char *
fy_form_describe_plan (const FyQuarantinePlan *plan)
{
  GString *s = g_string_new (NULL);
  int days = fy_date_diff_days (plan->start_day, plan->end_day) + 1;

  g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "Until %s (%d day).", "Until %s (%d days).", days),
                          plan->end_day, days);
  for (guint i = 0; i < plan->phases->len; i++)
    {
      const FyQuarantinePhase *p = g_ptr_array_index (plan->phases, i);
      g_string_append (s, " ");
      /* TRANSLATORS: a quarantine phase: where, first day, last day (MM-DD). */
      g_string_append_printf (s, _("%s %s – %s."), fy_quarantine_kind_label (p->kind), p->start_day + 5,
                              p->end_day + 5);
    }
  if (plan->tests->len == 0)
    g_string_append_printf (s, " %s", _("No test days."));
  else
    {
      g_autoptr(GString) list = g_string_new (NULL);
      for (guint i = 0; i < plan->tests->len; i++)
        {
          const FyQuarantineTest *t = g_ptr_array_index (plan->tests, i);
          g_string_append_printf (list, "%s%s", i ? _(", ") : "", t->day + 5);
        }
      g_string_append (s, " ");
      g_string_append_printf (s, _("Tests on %s."), list->str);
    }
  return g_string_free (s, FALSE);
}

GtkWidget *
fy_form_check_grid (guint per_line)
{
  GtkWidget *flow = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), per_line);
  fy_a11y_single_tab_stop (flow);
  return flow;
}

void
fy_form_check_grid_add (GtkWidget *grid, GtkWidget *check)
{
  /* Its flow-box cell is made unfocusable when realized (fy_a11y_install),
   * so the arrows land on the checks themselves. */
  gtk_flow_box_append (GTK_FLOW_BOX (grid), check);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-plans-page.c — the Plans page: six lists in a stack (emergency,
 * checklists, corrective actions, task force, documents, drills) rebuilt
 * from the core when shown after a change, the step buttons of a running
 * emergency procedure, and the window action "win.emergency-start". */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-checklist.h"
#include "fy-clock.h"
#include "fy-emergency.h"
#include "fy-error-dialog.h"
#include "fy-export-flow.h"
#include "fy-form-util.h"
#include "fy-gui-util.h"
#include "fy-lazy-reload.h"
#include "fy-plans-dialogs.h"
#include "fy-plans-page.h"
#include "fy-plans.h"
#include "fy-staff.h"
#include "fy-validate.h"
#include "fy-window.h"
#include "fy-zones-page.h"

struct _FyPlansPage
{
  GtkWidget     parent_instance;

  FyStore      *store;
  FyLazyReload *lazy;

  GtkStack     *stack;
  GtkListBox   *emergency_list;
  GtkListBox   *checklists_list;
  GtkListBox   *actions_list;
  GtkListBox   *taskforce_list;
  GtkListBox   *documents_list;
  GtkListBox   *drills_list;
};

G_DEFINE_FINAL_TYPE (FyPlansPage, fy_plans_page, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_STORE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))))
    gtk_list_box_remove (list, child);
}

static GtkWidget *
action_row (const char *title, const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *t = g_markup_escape_text (title ? title : "", -1);
  g_autofree char *s = g_markup_escape_text (subtitle ? subtitle : "", -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), t);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), s);
  return row;
}

static GtkWidget *
row_button (const char *icon, const char *label, GCallback callback, gpointer data)
{
  GtkWidget *button = fy_plans_icon_button (icon, label);

  g_signal_connect (button, "clicked", callback, data);
  return button;
}

static void
placeholder (GtkListBox *list, const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_list_box_set_placeholder (list, label);
}

/* ---- emergency ------------------------------------------------------------- */

static void
report_error (FyPlansPage *self, GError *error)
{
  fy_show_error (GTK_WIDGET (self), _("The emergency procedure was not updated"), error->message);
}

static void
on_step_done_cb (GtkButton *button, FyPlansPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fy-emergency"));
  int kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "fy-step"));
  gint64 now = fy_now ();

  if (!fy_emergency_complete_step (self->store, id, kind, now, NULL, now, &error))
    report_error (self, error);
}

static void
on_stop_production_cb (GtkButton *button, FyPlansPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fy-emergency"));
  gint64 now = fy_now ();

  if (!fy_emergency_stop_production (self->store, id, now, now, &error))
    report_error (self, error);
}

static void
on_list_contacts_cb (GtkButton *button, FyPlansPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fy-emergency"));
  g_autoptr(GPtrArray) found = fy_emergency_propose_contacts (self->store, id, &error);
  g_autofree char *text = NULL;

  for (guint i = 0; found && i < found->len; i++)
    {
      FyEmergencyContact *c = found->pdata[i];
      if (!fy_emergency_add_contact (self->store, id, c->staff_id, NULL, c->source, &error))
        break;
    }
  if (error)
    {
      report_error (self, error);
      return;
    }
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u contact listed from the zone map",
                                       "%u contacts listed from the zone map", found->len), found->len);
  fy_form_toast (GTK_WIDGET (self), text);
}

static void
on_isolate_cb (GtkButton *button, FyPlansPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fy-emergency"));
  g_autofree char *today = fy_today ();
  g_autofree char *text = NULL;
  guint n = 0;

  if (!fy_emergency_isolate_contacts (self->store, id, "central_5_home_3", today, fy_now (), &n, &error))
    {
      report_error (self, error);
      return;
    }
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u quarantine started", "%u quarantines started", n), n);
  fy_form_toast (GTK_WIDGET (self), text);
}

static GtkWidget *
find_of_type (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_of_type (c, type);
      if (found)
        return found;
    }
  return NULL;
}

/* The person's area on the zone map: the Zones page asks for the reason of
 * its move to red, filled in. Someone on no map: the reason goes to the
 * clipboard and the Zones page opens for the officer to choose the area. */
static void
on_zones_cb (GtkButton *button, FyPlansPage *self)
{
  const char *reason = g_object_get_data (G_OBJECT (button), "fy-reason");
  gint64 staff_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fy-staff"));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gint64 map_id = 0, area_id = 0;
  GtkWidget *zones;

  if (!FY_IS_WINDOW (root))
    return;
  fy_window_show_page (FY_WINDOW (root), "zones");
  zones = find_of_type (GTK_WIDGET (root), FY_TYPE_ZONES_PAGE);
  if (staff_id && zones && fy_emergency_person_area (self->store, staff_id, &map_id, &area_id, NULL))
    {
      fy_zones_page_ask_area_level (FY_ZONES_PAGE (zones), map_id, area_id, FY_ZONE_LEVEL_RED, reason);
      return;
    }
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), reason);
  fy_form_toast (GTK_WIDGET (self), _("The reason for the level change is on the clipboard"));
}

/* The epidemiological investigation: the person's last 14 days as a sheet. */
static void
on_history_cb (GtkButton *button, FyPlansPage *self)
{
  gint64 staff_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fy-staff"));
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStaff) staff = fy_staff_get (self->store, staff_id, &error);
  g_autofree char *to = fy_today ();
  g_autofree char *from = fy_date_add_days (to, -13);
  FyLedgerParams params = { .from = from, .to = to };

  if (staff == NULL)
    {
      report_error (self, error);
      return;
    }
  params.search = staff->employee_no;
  fy_export_flow_run (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store, "person-history",
                      &params, "xlsx");
}

static void
on_finish_cb (GtkButton *button, FyPlansPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fy-emergency"));

  if (!fy_emergency_finish (self->store, id, fy_now (), &error))
    report_error (self, error);
}

static char *
step_subtitle (const FyEmergencyStep *step, gint64 now)
{
  g_autofree char *due = step->due_at ? fy_format_instant (step->due_at) : NULL;
  g_autofree char *done = step->done_at ? fy_format_instant (step->done_at) : NULL;

  switch (fy_emergency_step_state (step, now))
    {
    case FY_STEP_NOT_STARTED:
      return g_strdup (_("Not started"));
    case FY_STEP_DONE:
      if (*step->done_by == '\0')
        return g_strdup_printf (_("Done %s"), done);
      return g_strdup_printf (_("Done %s by %s"), done, step->done_by);
    case FY_STEP_DONE_LATE:
      if (*step->done_by == '\0')
        return g_strdup_printf (_("Done %s — late, was due %s"), done, due);
      return g_strdup_printf (_("Done %s by %s — late, was due %s"), done, step->done_by, due);
    case FY_STEP_LATE:
      return g_strdup_printf (_("Late: was due %s"), due);
    case FY_STEP_PENDING:
    default:
      if (step->due_at)
        {
          gint64 left = step->due_at - now;
          return g_strdup_printf (_("Due %s (%d h %02d min left)"), due, (int) (left / 3600),
                                  (int) (left % 3600) / 60);
        }
      return g_strdup (_("To do"));
    }
}

static GtkWidget *
with_id (GtkWidget *button, gint64 id)
{
  g_object_set_data (G_OBJECT (button), "fy-emergency", GSIZE_TO_POINTER ((gsize) id));
  return button;
}

static GtkWidget *
emergency_row (FyPlansPage *self, FyEmergency *e, gint64 now)
{
  AdwExpanderRow *row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  g_autofree char *title = NULL, *started = fy_format_instant (e->started_at), *subtitle = NULL;
  gboolean running = e->finished_at == 0;

  title = g_markup_printf_escaped ("%s — %s", e->person_name,
                                   fy_code_label_text (&fy_emergency_trigger_labels[e->trigger]));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (running)
    subtitle = g_strdup_printf (_("Running since %s"), started);
  else
    {
      g_autofree char *finished = fy_format_instant (e->finished_at);
      subtitle = g_strdup_printf (_("%s – %s, finished"), started, finished);
    }
  adw_expander_row_set_subtitle (row, subtitle);
  adw_expander_row_set_expanded (row, running);

  for (guint i = 0; i < e->steps->len; i++)
    {
      FyEmergencyStep *step = e->steps->pdata[i];
      g_autofree char *sub = step_subtitle (step, now);
      const char *label = fy_code_label_text (&fy_emergency_step_labels[step->kind]);
      GtkWidget *srow = action_row (label, sub);
      FyStepState state = fy_emergency_step_state (step, now);

      if (state == FY_STEP_LATE || state == FY_STEP_DONE_LATE)
        gtk_widget_add_css_class (srow, "error");
      if (running && step->kind == FY_STEP_CONTACTS && !step->done_at)
        {
          adw_action_row_add_suffix (ADW_ACTION_ROW (srow),
              with_id (row_button ("system-search-symbolic", _("List people of the same area and grid"),
                                   G_CALLBACK (on_list_contacts_cb), self), e->id));
          adw_action_row_add_suffix (ADW_ACTION_ROW (srow),
              with_id (row_button ("system-lock-screen-symbolic", _("Send listed contacts to isolation"),
                                   G_CALLBACK (on_isolate_cb), self), e->id));
        }
      else if (running && step->kind == FY_STEP_ZONES && !step->done_at)
        {
          GtkWidget *b = with_id (row_button ("mark-location-symbolic", _("Change an area’s level"),
                                              G_CALLBACK (on_zones_cb), self), e->id);
          g_object_set_data_full (G_OBJECT (b), "fy-reason", fy_emergency_zone_reason (e), g_free);
          g_object_set_data (G_OBJECT (b), "fy-staff", GSIZE_TO_POINTER ((gsize) e->staff_id));
          adw_action_row_add_suffix (ADW_ACTION_ROW (srow), b);
        }
      if (step->kind == FY_STEP_INVESTIGATION && e->staff_id)
        {
          GtkWidget *b = row_button ("document-save-symbolic", _("Export the person’s last 14 days"),
                                     G_CALLBACK (on_history_cb), self);
          g_object_set_data (G_OBJECT (b), "fy-staff", GSIZE_TO_POINTER ((gsize) e->staff_id));
          adw_action_row_add_suffix (ADW_ACTION_ROW (srow), b);
        }
      if (running && state == FY_STEP_NOT_STARTED)
        adw_action_row_add_suffix (ADW_ACTION_ROW (srow),
            with_id (row_button ("media-playback-pause-symbolic", _("Production stopped now"),
                                 G_CALLBACK (on_stop_production_cb), self), e->id));
      else if (running && !step->done_at)
        {
          GtkWidget *b = with_id (row_button ("object-select-symbolic", _("Mark this step done now"),
                                              G_CALLBACK (on_step_done_cb), self), e->id);
          g_object_set_data (G_OBJECT (b), "fy-step", GINT_TO_POINTER (step->kind));
          adw_action_row_add_suffix (ADW_ACTION_ROW (srow), b);
        }
      adw_expander_row_add_row (row, srow);
    }
  if (running)
    adw_expander_row_add_action (row, with_id (row_button ("process-stop-symbolic", _("Finish the procedure"),
                                                           G_CALLBACK (on_finish_cb), self), e->id));
  return GTK_WIDGET (row);
}

static void
fill_emergency (FyPlansPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = fy_emergency_list (self->store, FALSE, &error);
  gint64 now = fy_now ();

  clear_list (self->emergency_list);
  for (guint i = 0; list && i < list->len; i++)
    {
      FyEmergency *e = list->pdata[i];
      g_autoptr(FyEmergency) full = fy_emergency_get (self->store, e->id, NULL);
      gtk_list_box_append (self->emergency_list, emergency_row (self, full ? full : e, now));
    }
}

/* ---- checklists -------------------------------------------------------------- */

static void
on_start_run_cb (GtkButton *button, FyPlansPage *self)
{
  const char *code = g_object_get_data (G_OBJECT (button), "fy-code");
  g_autoptr(GError) error = NULL;
  g_autofree char *today = fy_today ();
  gint64 run = 0;

  if (!fy_checklist_start_run (self->store, code, today, NULL, fy_now (), &run, &error))
    {
      fy_show_error (GTK_WIDGET (self), _("The checklist could not be started"), error->message);
      return;
    }
  fy_checklist_dialog_present (GTK_WIDGET (self), self->store, run);
}

static void
on_edit_template_cb (GtkButton *button, FyPlansPage *self)
{
  fy_template_dialog_present (GTK_WIDGET (self), self->store, g_object_get_data (G_OBJECT (button), "fy-code"));
}

static void
on_new_template_cb (GtkButton *button, FyPlansPage *self)
{
  fy_template_dialog_present (GTK_WIDGET (self), self->store, NULL);
}

static void
on_open_run_cb (GtkButton *button, FyPlansPage *self)
{
  gint64 run = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fy-run"));

  fy_checklist_dialog_present (GTK_WIDGET (self), self->store, run);
}

static void
fill_checklists (FyPlansPage *self)
{
  g_autoptr(GPtrArray) templates = fy_checklist_list_templates (self->store, NULL);
  g_autoptr(GPtrArray) runs = fy_checklist_list_runs (self->store, NULL);

  clear_list (self->checklists_list);
  {
    /* The first row: a checklist of the company's own (Enter presses it). */
    GtkWidget *row = action_row (_("New checklist…"), NULL);
    GtkWidget *b = row_button ("list-add-symbolic", _("New checklist…"), G_CALLBACK (on_new_template_cb), self);

    gtk_widget_set_name (b, "new-checklist");
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), b);
    adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), b);
    gtk_list_box_append (self->checklists_list, row);
  }
  for (guint i = 0; templates && i < templates->len; i++)
    {
      FyChecklistTemplate *t = templates->pdata[i];
      g_autofree char *sub = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item · version %d",
                                                           "%u items · version %d", t->items->len),
                                              t->items->len, t->version);
      GtkWidget *row = action_row (t->name, sub);
      GtkWidget *b = row_button ("media-playback-start-symbolic", _("Start a run for today"),
                                 G_CALLBACK (on_start_run_cb), self);
      g_object_set_data_full (G_OBJECT (b), "fy-code", g_strdup (t->code), g_free);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), b);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), b);
      b = row_button ("document-edit-symbolic", _("Edit this checklist"), G_CALLBACK (on_edit_template_cb), self);
      g_object_set_data_full (G_OBJECT (b), "fy-code", g_strdup (t->code), g_free);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), b);
      gtk_list_box_append (self->checklists_list, row);
    }
  for (guint i = 0; runs && i < runs->len && i < 30; i++)
    {
      FyChecklistRun *r = runs->pdata[i];
      g_autofree char *title = g_strdup_printf ("%s %s", r->day, r->name);
      g_autofree char *sub = r->signed_at ? g_strdup_printf (_("Signed off by %s and %s"), r->inspector, r->confirmer)
                                          : g_strdup (_("Open: not signed off yet"));
      GtkWidget *row = action_row (title, sub);
      GtkWidget *b = row_button (r->signed_at ? "document-open-symbolic" : "document-edit-symbolic",
                                 _("Open this run"), G_CALLBACK (on_open_run_cb), self);
      g_object_set_data (G_OBJECT (b), "fy-run", GSIZE_TO_POINTER ((gsize) r->id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), b);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), b);
      gtk_list_box_append (self->checklists_list, row);
    }
}

/* ---- actions, task force, documents, drills ------------------------------------ */

static void
on_close_action_cb (GtkButton *button, FyPlansPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fy-action"));

  fy_action_close_dialog_present (GTK_WIDGET (self), self->store, id);
}

static void
fill_actions (FyPlansPage *self)
{
  g_autoptr(GPtrArray) list = fy_action_list (self->store, FALSE, NULL);
  g_autofree char *today = fy_today ();

  clear_list (self->actions_list);
  for (guint i = 0; list && i < list->len; i++)
    {
      FyActionItem *a = list->pdata[i];
      g_autofree char *sub = a->done_on
        ? g_strdup_printf (_("Done %s · %s"), a->done_on, a->recheck)
        : g_strdup_printf (_("Deadline %s · %s · %s"), a->deadline, *a->responsible ? a->responsible : "—",
                           a->action);
      GtkWidget *row = action_row (a->problem, sub);

      if (fy_action_is_overdue (a, today))
        gtk_widget_add_css_class (row, "error");
      if (!a->done_on)
        {
          GtkWidget *b = row_button ("object-select-symbolic", _("Close after recheck"),
                                     G_CALLBACK (on_close_action_cb), self);
          g_object_set_data (G_OBJECT (b), "fy-action", GSIZE_TO_POINTER ((gsize) a->id));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), b);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), b);
        }
      gtk_list_box_append (self->actions_list, row);
    }
}

static void
fill_taskforce (FyPlansPage *self)
{
  g_autoptr(GPtrArray) list = fy_taskforce_list (self->store, NULL);

  clear_list (self->taskforce_list);
  for (guint i = 0; list && i < list->len; i++)
    {
      FyTaskforceMember *m = list->pdata[i];
      g_autofree char *phone = fy_mask_phone (m->phone);
      g_autofree char *title = *m->group_name
        ? g_strdup_printf ("%s · %s%s", m->name, m->group_name, m->group_leader ? _(" (leader)") : "")
        : g_strdup_printf ("%s · %s", m->name, fy_code_label_text (&fy_taskforce_role_labels[m->role]));
      g_autofree char *sub = g_strdup_printf ("%s  %s", m->duty, phone);
      gtk_list_box_append (self->taskforce_list, action_row (title, sub));
    }
}

static void
on_open_document_cb (GtkButton *button, FyPlansPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fy-doc"));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = fy_plan_document_get_file (self->store, id, &name, &error);

  if (bytes)
    fy_plans_open_bytes (GTK_WIDGET (self), name, bytes);
  else
    fy_show_error (GTK_WIDGET (self), _("The file could not be opened"), error->message);
}

static void
fill_documents (FyPlansPage *self)
{
  g_autoptr(GPtrArray) list = fy_plan_document_list (self->store, NULL);
  g_autofree char *today = fy_today ();

  clear_list (self->documents_list);
  for (guint i = 0; list && i < list->len; i++)
    {
      FyPlanDocument *d = list->pdata[i];
      g_autofree char *sub = g_strdup_printf (_("%s %s · approved %s · next review %s"),
                                              fy_code_label_text (&fy_plan_kind_labels[d->kind]), d->version,
                                              d->approved_on ? d->approved_on : "—",
                                              d->next_review ? d->next_review : "—");
      GtkWidget *row = action_row (d->title, sub);

      if (d->next_review && strcmp (d->next_review, today) <= 0)
        gtk_widget_add_css_class (row, "warning");
      if (*d->file_name)
        {
          GtkWidget *b = row_button ("document-open-symbolic", _("Open the file"),
                                     G_CALLBACK (on_open_document_cb), self);
          g_object_set_data (G_OBJECT (b), "fy-doc", GSIZE_TO_POINTER ((gsize) d->id));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), b);
        }
      gtk_list_box_append (self->documents_list, row);
    }
}

static void
fill_drills (FyPlansPage *self)
{
  g_autoptr(GPtrArray) list = fy_drill_list (self->store, NULL);

  clear_list (self->drills_list);
  for (guint i = 0; list && i < list->len; i++)
    {
      FyDrill *d = list->pdata[i];
      g_autofree char *title = g_strdup_printf ("%s %s", d->day, d->scenario);
      gboolean revise = d->held && d->evaluation.revise_plan;
      g_autofree char *sub = g_strdup_printf ("%s · %s%s%s · %s", fy_code_label_text (&fy_drill_kind_labels[d->kind]),
                                              d->held ? (d->evaluation.objective_achieved ? _("Objective achieved")
                                                                                          : _("Must be drilled again"))
                                                      : _("Planned"),
                                              revise ? " · " : "", revise ? _("The plan must be revised") : "",
                                              d->place);
      GtkWidget *row = action_row (title, sub);

      /* The drill found the plan wanting: marked until it is revised. */
      if (revise)
        gtk_widget_add_css_class (row, "warning");
      gtk_list_box_append (self->drills_list, row);
    }
}

typedef AdwMessageDialog *(*AddFunc) (GtkWidget *parent, FyStore *store);

static void
on_add_cb (GtkButton *button, FyPlansPage *self)
{
  AddFunc add = g_object_get_data (G_OBJECT (button), "fy-add");

  add (GTK_WIDGET (self), self->store);
}

/* The first row of a list: its "add" button (Enter on the row presses it). */
static void
add_row (FyPlansPage *self, GtkListBox *list, const char *title, AddFunc add)
{
  GtkWidget *row = action_row (title, NULL);
  GtkWidget *b = row_button ("list-add-symbolic", title, G_CALLBACK (on_add_cb), self);

  g_object_set_data (G_OBJECT (b), "fy-add", add);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), b);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), b);
  gtk_list_box_prepend (list, row);
}

static void
reload (gpointer widget)
{
  FyPlansPage *self = FY_PLANS_PAGE (widget);

  fy_lazy_reload_done (self->lazy);
  fill_emergency (self);
  fill_checklists (self);
  fill_actions (self);
  fill_taskforce (self);
  fill_documents (self);
  fill_drills (self);
  add_row (self, self->taskforce_list, _("Add a member…"), fy_taskforce_dialog_present);
  add_row (self, self->documents_list, _("Register a document…"), fy_document_dialog_present);
  add_row (self, self->drills_list, _("Record a drill…"), fy_drill_dialog_present);
}

static void
on_store_changed_cb (FyStore *store, FyStoreChange change, FyPlansPage *self)
{
  if (change & (FY_STORE_CHANGE_PLANS | FY_STORE_CHANGE_STAFF | FY_STORE_CHANGE_QUARANTINE))
    fy_lazy_reload_request (self->lazy);
}

/* ---- win.emergency-start ------------------------------------------------------ */

static void
emergency_start_activated (GSimpleAction *action, GVariant *parameter, gpointer data)
{
  FyPlansPage *self = FY_PLANS_PAGE (data);
  gint64 staff_id = g_variant_get_int64 (parameter);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (FY_IS_WINDOW (root))
    fy_window_show_page (FY_WINDOW (root), "plans");
  gtk_stack_set_visible_child_name (self->stack, "emergency");
  fy_emergency_dialog_present (GTK_WIDGET (self), self->store, staff_id,
                               staff_id ? FY_EMERGENCY_POSITIVE : FY_EMERGENCY_MANUAL);
}

static void
fy_plans_page_root (GtkWidget *widget)
{
  GtkRoot *root;

  GTK_WIDGET_CLASS (fy_plans_page_parent_class)->root (widget);
  root = gtk_widget_get_root (widget);
  if (G_IS_ACTION_MAP (root) && !g_action_map_lookup_action (G_ACTION_MAP (root), "emergency-start"))
    {
      g_autoptr(GSimpleAction) action = g_simple_action_new ("emergency-start", G_VARIANT_TYPE_INT64);
      g_signal_connect_object (action, "activate", G_CALLBACK (emergency_start_activated), widget, 0);
      g_action_map_add_action (G_ACTION_MAP (root), G_ACTION (action));
    }
}

static void
fy_plans_page_constructed (GObject *object)
{
  FyPlansPage *self = FY_PLANS_PAGE (object);

  G_OBJECT_CLASS (fy_plans_page_parent_class)->constructed (object);
  self->lazy = fy_lazy_reload_new (GTK_WIDGET (self), reload, FY_LAZY_RELOAD_IDLE, 0);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
}

static void
fy_plans_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_STORE)
    FY_PLANS_PAGE (object)->store = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
fy_plans_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_STORE)
    g_value_set_object (value, FY_PLANS_PAGE (object)->store);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
fy_plans_page_dispose (GObject *object)
{
  FyPlansPage *self = FY_PLANS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_PLANS_PAGE);
  fy_widget_unparent_children (GTK_WIDGET (self));
  g_clear_pointer (&self->lazy, fy_lazy_reload_free);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_plans_page_parent_class)->dispose (object);
}

static void
fy_plans_page_class_init (FyPlansPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fy_plans_page_constructed;
  object_class->dispose = fy_plans_page_dispose;
  object_class->set_property = fy_plans_page_set_property;
  object_class->get_property = fy_plans_page_get_property;
  widget_class->root = fy_plans_page_root;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, FY_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-plans-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FyPlansPage, stack);
  gtk_widget_class_bind_template_child (widget_class, FyPlansPage, emergency_list);
  gtk_widget_class_bind_template_child (widget_class, FyPlansPage, checklists_list);
  gtk_widget_class_bind_template_child (widget_class, FyPlansPage, actions_list);
  gtk_widget_class_bind_template_child (widget_class, FyPlansPage, taskforce_list);
  gtk_widget_class_bind_template_child (widget_class, FyPlansPage, documents_list);
  gtk_widget_class_bind_template_child (widget_class, FyPlansPage, drills_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fy_plans_page_init (FyPlansPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  placeholder (self->emergency_list, _("No emergency procedure so far"));
  placeholder (self->actions_list, _("No corrective actions"));
  placeholder (self->taskforce_list, _("No task force recorded"));
  placeholder (self->documents_list, _("No plan documents registered"));
  placeholder (self->drills_list, _("No drills recorded"));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-template-dialog.c — editing a checklist template: its name and, per
 * item, the category, the content, how it is checked and whether evidence
 * is required; items are added, removed and moved up or down. Save writes
 * a new version of the template (fy_checklist_save_template), so runs
 * already made keep the items they were started with. Without a code it
 * makes a new checklist of the company's own (code custom-N). A refused
 * save shows its message in the dialog and keeps everything typed. "Retire
 * Checklist…" takes a checklist no longer used out of the list, after a
 * confirmation; the checks made with it stay in the ledgers. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-checklist.h"
#include "fy-clock.h"
#include "fy-error-dialog.h"
#include "fy-form-util.h"
#include "fy-plans-dialogs.h"

typedef struct
{
  FyStore   *store;
  char      *code;
  GtkWindow *window;
  GtkEntry  *name;
  GtkBox    *items;     /* one GtkBox per item, in order */
  GtkLabel  *error;
} Edit;

static void
edit_free (Edit *edit)
{
  g_clear_object (&edit->store);
  g_free (edit->code);
  g_free (edit);
}

static GtkWidget *
labelled_entry (const char *label, const char *text, int width)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), label);
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (width > 0)
    gtk_editable_set_width_chars (GTK_EDITABLE (entry), width);
  return entry;
}

static void
on_up_cb (GtkButton *button, Edit *edit)
{
  GtkWidget *item = g_object_get_data (G_OBJECT (button), "fy-item");
  GtkWidget *prev = gtk_widget_get_prev_sibling (item);

  if (prev)
    gtk_box_reorder_child_after (edit->items, prev, item);
  gtk_widget_grab_focus (GTK_WIDGET (button));
}

static void
on_down_cb (GtkButton *button, Edit *edit)
{
  GtkWidget *item = g_object_get_data (G_OBJECT (button), "fy-item");
  GtkWidget *next = gtk_widget_get_next_sibling (item);

  if (next)
    gtk_box_reorder_child_after (edit->items, item, next);
  gtk_widget_grab_focus (GTK_WIDGET (button));
}

static void
on_remove_cb (GtkButton *button, Edit *edit)
{
  GtkWidget *item = g_object_get_data (G_OBJECT (button), "fy-item");
  GtkWidget *neighbour = gtk_widget_get_next_sibling (item);

  if (neighbour == NULL)
    neighbour = gtk_widget_get_prev_sibling (item);
  gtk_box_remove (edit->items, item);
  /* The focus goes to the neighbouring item's content, never lost. */
  if (neighbour)
    gtk_widget_grab_focus (g_object_get_data (G_OBJECT (neighbour), "fy-content"));
  else
    gtk_widget_grab_focus (GTK_WIDGET (edit->name));
}

/* One item: category and content on the first line; method, evidence and
 * the move / remove buttons on the second. The probe is kept so an edited
 * item still gets its proposed answer. */
static GtkWidget *
add_item (Edit *edit, const FyChecklistItem *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *line1 = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *line2 = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *category = labelled_entry (_("Category"), item ? item->category : "", 8);
  GtkWidget *content = labelled_entry (_("Item to check"), item ? item->content : "", 0);
  g_autoptr(GtkStringList) methods = gtk_string_list_new (NULL);
  GtkWidget *method, *evidence, *spacer, *buttons[3];
  const char *names[3] = { "up", "down", "remove" };
  const char *icons[3] = { "go-up-symbolic", "go-down-symbolic", "list-remove-symbolic" };
  const char *labels[3] = { _("Move this item up"), _("Move this item down"), _("Remove this item") };
  GCallback callbacks[3] = { G_CALLBACK (on_up_cb), G_CALLBACK (on_down_cb), G_CALLBACK (on_remove_cb) };

  for (int i = 0; i < FY_N_CHECK_METHODS; i++)
    gtk_string_list_append (methods, fy_code_label_text (&fy_check_method_labels[i]));
  method = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (methods)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (method), item ? item->method : FY_CHECK_BY_RECORD);
  gtk_accessible_update_property (GTK_ACCESSIBLE (method), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("How it is checked"), -1);
  gtk_widget_set_tooltip_text (method, _("How it is checked"));
  evidence = gtk_check_button_new_with_label (_("Evidence required"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (evidence), item && item->evidence_required);
  gtk_widget_set_hexpand (content, TRUE);
  spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_hexpand (spacer, TRUE);

  gtk_box_append (GTK_BOX (line1), category);
  gtk_box_append (GTK_BOX (line1), content);
  gtk_box_append (GTK_BOX (line2), method);
  gtk_box_append (GTK_BOX (line2), evidence);
  gtk_box_append (GTK_BOX (line2), spacer);
  for (int i = 0; i < 3; i++)
    {
      buttons[i] = fy_plans_icon_button (icons[i], labels[i]);
      gtk_widget_set_name (buttons[i], names[i]);
      g_object_set_data (G_OBJECT (buttons[i]), "fy-item", box);
      g_signal_connect (buttons[i], "clicked", callbacks[i], edit);
      gtk_box_append (GTK_BOX (line2), buttons[i]);
    }
  gtk_box_append (GTK_BOX (box), line1);
  gtk_box_append (GTK_BOX (box), line2);
  gtk_widget_add_css_class (box, "card");
  gtk_widget_set_margin_bottom (line2, 6);
  gtk_widget_set_margin_top (line1, 6);
  gtk_widget_set_margin_start (line1, 6);
  gtk_widget_set_margin_end (line1, 6);
  gtk_widget_set_margin_start (line2, 6);
  gtk_widget_set_margin_end (line2, 6);

  g_object_set_data (G_OBJECT (box), "fy-category", category);
  g_object_set_data (G_OBJECT (box), "fy-content", content);
  g_object_set_data (G_OBJECT (box), "fy-method", method);
  g_object_set_data (G_OBJECT (box), "fy-evidence", evidence);
  g_object_set_data_full (G_OBJECT (box), "fy-probe", g_strdup (item ? item->probe : ""), g_free);
  gtk_box_append (edit->items, box);
  return box;
}

static void
on_add_cb (GtkButton *button, Edit *edit)
{
  GtkWidget *item = add_item (edit, NULL);

  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (item), "fy-category"));
}

/* The first code custom-N no template has yet. Owned. */
static char *
new_code (FyStore *store)
{
  for (int n = 1;; n++)
    {
      g_autofree char *code = g_strdup_printf ("custom-%d", n);
      g_autoptr(FyChecklistTemplate) tmpl = fy_checklist_get_template (store, code, NULL);

      if (tmpl == NULL)
        return g_steal_pointer (&code);
    }
}

static void
on_save_cb (GtkButton *button, Edit *edit)
{
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (FyChecklistItem));
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;

  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (edit->items)); c; c = gtk_widget_get_next_sibling (c))
    {
      FyChecklistItem item = {
        .position = (int) items->len + 1,
        .category = (char *) gtk_editable_get_text (g_object_get_data (G_OBJECT (c), "fy-category")),
        .content = (char *) gtk_editable_get_text (g_object_get_data (G_OBJECT (c), "fy-content")),
        .method = gtk_drop_down_get_selected (g_object_get_data (G_OBJECT (c), "fy-method")),
        .evidence_required = gtk_check_button_get_active (g_object_get_data (G_OBJECT (c), "fy-evidence")),
        .probe = g_object_get_data (G_OBJECT (c), "fy-probe"),
      };
      g_array_append_val (items, item);
    }
  if (edit->code == NULL)
    code = new_code (edit->store);
  if (!fy_checklist_save_template (edit->store, edit->code ? edit->code : code,
                                   gtk_editable_get_text (GTK_EDITABLE (edit->name)),
                                   (FyChecklistItem *) items->data, items->len, fy_now (), NULL, &error))
    {
      fy_form_set_error (edit->error, error->message);
      return;
    }
  fy_form_toast (GTK_WIDGET (edit->window), edit->code ? _("Checklist saved as a new version")
                                                       : _("Checklist added"));
  gtk_window_close (edit->window);
}

static gboolean
close_later_cb (gpointer window)
{
  gtk_window_close (window);
  return G_SOURCE_REMOVE;
}

static void
on_retire_response_cb (AdwMessageDialog *confirm, const char *response, Edit *edit)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "retire"))
    return;
  if (!fy_checklist_retire_template (edit->store, edit->code, fy_now (), &error))
    {
      fy_form_set_error (edit->error, error->message);
      return;
    }
  fy_form_toast (GTK_WIDGET (edit->window), _("Checklist retired"));
  /* Not from inside the confirmation's own response: closing the editor
   * destroys the confirmation it carries. */
  g_idle_add_full (G_PRIORITY_DEFAULT, close_later_cb, g_object_ref (edit->window), g_object_unref);
}

static void
on_retire_cb (GtkButton *button, Edit *edit)
{
  AdwMessageDialog *confirm = fy_confirm_new (GTK_WIDGET (edit->window), _("Retire This Checklist?"),
      _("It leaves the list and can no longer be started. The checks already made with it stay in the ledgers."),
      "retire", _("_Retire"));

  gtk_widget_set_name (GTK_WIDGET (confirm), "retire-confirm");
  g_signal_connect (confirm, "response", G_CALLBACK (on_retire_response_cb), edit);
  gtk_window_present (GTK_WINDOW (confirm));
}

GtkWindow *
fy_template_dialog_present (GtkWidget *parent, FyStore *store, const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyChecklistTemplate) tmpl = code ? fy_checklist_get_template (store, code, &error) : NULL;
  Edit *edit;
  GtkWidget *box, *save, *add;
  g_autofree char *title = NULL;

  if (code != NULL && tmpl == NULL)
    {
      fy_show_error (parent, _("The checklist could not be opened"), error->message);
      return NULL;
    }
  edit = g_new0 (Edit, 1);
  edit->store = g_object_ref (store);
  edit->code = g_strdup (code);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  edit->name = GTK_ENTRY (labelled_entry (_("Checklist name"), tmpl ? tmpl->name : "", 0));
  gtk_widget_set_name (GTK_WIDGET (edit->name), "name");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (edit->name));
  edit->items = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  gtk_widget_set_name (GTK_WIDGET (edit->items), "items");
  for (guint i = 0; tmpl && i < tmpl->items->len; i++)
    add_item (edit, tmpl->items->pdata[i]);
  if (tmpl == NULL)
    add_item (edit, NULL);   /* a new checklist starts with one empty item */
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (edit->items));
  add = gtk_button_new_with_mnemonic (_("_Add Item"));
  gtk_widget_set_name (add, "add");
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_cb), edit);
  if (tmpl != NULL)
    {
      GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *retire = gtk_button_new_with_mnemonic (_("Re_tire Checklist…"));

      gtk_widget_set_name (retire, "retire");
      gtk_widget_add_css_class (retire, "destructive-action");
      gtk_widget_set_hexpand (retire, TRUE);
      gtk_widget_set_halign (retire, GTK_ALIGN_END);
      g_signal_connect (retire, "clicked", G_CALLBACK (on_retire_cb), edit);
      gtk_box_append (GTK_BOX (buttons), add);
      gtk_box_append (GTK_BOX (buttons), retire);
      gtk_box_append (GTK_BOX (box), buttons);
    }
  else
    gtk_box_append (GTK_BOX (box), add);
  edit->error = fy_plans_error_label ();
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (edit->error));

  /* TRANSLATORS: window title, e.g. "Edit checklist — 每日门岗检查 (version 2)". */
  title = tmpl ? g_strdup_printf (_("Edit checklist — %s (version %d)"), tmpl->name, tmpl->version)
               : g_strdup (_("New Checklist"));
  edit->window = fy_plans_frame_new (parent, title, TRUE, box, &save);
  g_object_set_data_full (G_OBJECT (edit->window), "fy-edit", edit, (GDestroyNotify) edit_free);
  g_signal_connect (save, "clicked", G_CALLBACK (on_save_cb), edit);
  gtk_window_present (edit->window);
  gtk_widget_grab_focus (GTK_WIDGET (edit->name));
  return edit->window;
}

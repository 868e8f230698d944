/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledgers-page.c — the ledger engine's screen output: a column view over
 * a paged model, rebuilt from the ledger's column definitions. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-export-flow.h"
#include "fy-gui-util.h"
#include "fy-lazy-reload.h"
#include "fy-ledger.h"
#include "fy-ledger-model.h"
#include "fy-ledgers-page.h"
#include "fy-ledgers-page-private.h"
#include "fy-validate.h"
#include "fy-wrap-layout.h"

struct _FyLedgersPage
{
  GtkWidget          parent_instance;

  /* template children */
  GtkListBox        *ledger_list;
  GtkEntry          *from_entry;
  GtkEntry          *to_entry;
  GtkLabel          *from_label;
  GtkLabel          *to_label;
  GtkLabel          *status_label;
  GtkLabel          *error_label;
  GtkCheckButton    *unmask_check;
  GtkScrolledWindow *scroller;
  GtkWidget         *search_row;      /* under the toolbar: the toolbar is full at 1280 px */
  GtkLabel          *search_label;
  GtkDropDown       *search_choice;   /* a ledger's :search choices (def->search_choices) */
  GtkStringList     *search_values;   /* "" (all) first */

  /* owned */
  FyStore           *store;
  FyLedgerModel     *model;
  const FyLedgerDef *def;
  FyLazyReload      *lazy;       /* the table is made when the page is shown */
};

G_DEFINE_FINAL_TYPE (FyLedgersPage, fy_ledgers_page, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_STORE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
read_params (FyLedgersPage *self, FyLedgerParams *params)
{
  params->from = gtk_editable_get_text (GTK_EDITABLE (self->from_entry));
  params->to = gtk_editable_get_text (GTK_EDITABLE (self->to_entry));
  if (self->def && self->def->period == FY_PERIOD_DAY)
    params->to = params->from;
  if (*params->from == '\0')
    params->from = NULL;
  if (params->to && *params->to == '\0')
    params->to = NULL;
  params->unmasked = gtk_check_button_get_active (self->unmask_check);
  params->search = NULL;
  if (self->def && self->def->search_choices && gtk_drop_down_get_selected (self->search_choice) > 0)
    params->search = gtk_string_list_get_string (self->search_values,
                                                 gtk_drop_down_get_selected (self->search_choice));
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  gtk_list_item_set_child (item, gtk_inscription_new (NULL));
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  FyLedgerRow *row = gtk_list_item_get_item (item);
  guint column = GPOINTER_TO_UINT (data);
  GtkWidget *cell = gtk_list_item_get_child (item);

  gtk_inscription_set_text (GTK_INSCRIPTION (cell), fy_ledger_row_get_text (row, column));
  fy_widget_set_css_class (cell, "abnormal", fy_ledger_row_is_highlighted (row, column));
  if (column == 0)
    {
      /* The row reads as its first cells (number, name, employee no. …). */
      guint n = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "fy-n-columns"));
      g_autoptr(GString) label = g_string_new (NULL);
      for (guint i = 0; i < MIN (n, 3); i++)
        {
          const char *text = fy_ledger_row_get_text (row, i);
          if (text && *text)
            g_string_append_printf (label, "%s%s", label->len ? ", " : "", text);
        }
      fy_a11y_name_row (item, label->str);
    }
}

static GtkWidget *
build_view (FyLedger *ledger, GListModel *model)
{
  g_autoptr(GtkNoSelection) selection = gtk_no_selection_new (g_object_ref (model));
  GtkWidget *view = gtk_column_view_new (GTK_SELECTION_MODEL (g_steal_pointer (&selection)));

  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (view), TRUE);
  gtk_column_view_set_show_column_separators (GTK_COLUMN_VIEW (view), TRUE);
  gtk_widget_add_css_class (view, "data-table");
  fy_a11y_name (view, g_dgettext (GETTEXT_PACKAGE, fy_ledger_get_def (ledger)->title));
  fy_a11y_single_tab_stop (view);
  for (guint i = 0; i < fy_ledger_get_n_columns (ledger); i++)
    {
      const FyLedgerColumn *col = fy_ledger_get_column (ledger, i);
      g_autofree char *title = col->group ? g_strdup_printf ("%s %s", col->group, col->header)
                                          : g_strdup (col->header);
      GtkColumnViewColumn *column = fy_column_view_append (GTK_COLUMN_VIEW (view), title,
                                                           G_CALLBACK (setup_cell_cb),
                                                           G_CALLBACK (bind_cell_cb), i);

      gtk_column_view_column_set_fixed_width (column, (int) (MAX (col->width, 3) * 9 + 12));
      g_object_set_data (G_OBJECT (gtk_column_view_column_get_factory (column)), "fy-n-columns",
                         GUINT_TO_POINTER (fy_ledger_get_n_columns (ledger)));
    }
  return view;
}

static void
show_error (FyLedgersPage *self, const char *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
refresh (FyLedgersPage *self)
{
  g_autoptr(GError) error = NULL;
  FyLedgerParams params = { 0 };
  FyLedger *ledger;
  g_autofree char *status = NULL;
  guint n;

  fy_lazy_reload_done (self->lazy);
  if (self->def == NULL)
    return;
  read_params (self, &params);
  ledger = fy_ledger_new (self->store, self->def->id, &params, &error);
  if (ledger == NULL)
    {
      show_error (self, error->message);
      return;
    }
  show_error (self, NULL);
  g_clear_object (&self->model);
  self->model = fy_ledger_model_new (ledger, &error);   /* takes the ledger */
  if (self->model == NULL)
    {
      show_error (self, error->message);
      gtk_scrolled_window_set_child (self->scroller, NULL);
      return;
    }
  gtk_scrolled_window_set_child (self->scroller, build_view (fy_ledger_model_get_ledger (self->model),
                                                             G_LIST_MODEL (self->model)));
  n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u row", "%s · %u rows", n),
                            fy_ledger_get_period_text (fy_ledger_model_get_ledger (self->model)), n);
  gtk_label_set_text (self->status_label, status);
}

static void
set_period_defaults (FyLedgersPage *self)
{
  g_autofree char *today = fy_today ();
  g_autofree char *from = NULL;
  gboolean has_period = self->def->period != FY_PERIOD_NONE;
  gboolean has_to = self->def->period == FY_PERIOD_RANGE || self->def->period == FY_PERIOD_MONTH;

  switch (self->def->period)
    {
    case FY_PERIOD_MONTH:
      from = g_strdup_printf ("%.8s01", today);
      break;
    case FY_PERIOD_RANGE:
      from = fy_date_add_days (today, -29);
      break;
    case FY_PERIOD_DAY:
    case FY_PERIOD_NONE:
    default:
      from = g_strdup (today);
      break;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), has_period ? from : "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), has_to ? today : "");
  gtk_label_set_text_with_mnemonic (self->from_label,
                                    self->def->period == FY_PERIOD_DAY ? _("_Date") : _("_From"));
  gtk_widget_set_visible (GTK_WIDGET (self->from_entry), has_period);
  gtk_widget_set_visible (GTK_WIDGET (self->from_label), has_period);
  gtk_widget_set_visible (GTK_WIDGET (self->to_entry), has_to);
  gtk_widget_set_visible (GTK_WIDGET (self->to_label), has_to);
}

static void on_period_changed_cb (FyLedgersPage *self);

/* The ledger's choices for :search, "All" first; hidden without. */
static void
set_search_choices (FyLedgersPage *self)
{
  g_autoptr(GPtrArray) values = NULL;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->search_values));

  gtk_string_list_splice (self->search_values, 0, n, NULL);
  if (self->def->search_choices != NULL)
    values = self->def->search_choices (self->store, NULL);
  gtk_widget_set_visible (self->search_row, values != NULL);
  g_signal_handlers_block_by_func (self->search_choice, on_period_changed_cb, self);
  if (values != NULL)
    {
      gtk_string_list_append (self->search_values, "");
      gtk_string_list_append (labels, C_("ledger filter", "All"));
      for (guint i = 0; i < values->len; i++)
        {
          gtk_string_list_append (self->search_values, values->pdata[i]);
          gtk_string_list_append (labels, values->pdata[i]);
        }
      gtk_label_set_text (self->search_label, g_dgettext (GETTEXT_PACKAGE, self->def->search_label));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_choice), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      g_dgettext (GETTEXT_PACKAGE, self->def->search_label), -1);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->search_choice),
                                   g_dgettext (GETTEXT_PACKAGE, self->def->search_label));
    }
  gtk_drop_down_set_model (self->search_choice, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->search_choice, 0);
  g_signal_handlers_unblock_by_func (self->search_choice, on_period_changed_cb, self);
}

/* A hidden page lets go of its rows: the table is made again when shown. */
static void
drop_when_hidden (FyLedgersPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    g_clear_object (&self->model);
}

/* The row of the ledger shown is marked (style and accessible state);
 * moving the focus along the list changes nothing until Enter, Space or a
 * click activates a row, so a screen reader can read the list first. */
static void
mark_shown_row (FyLedgersPage *self, GtkListBoxRow *shown)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->ledger_list)); row;
       row = gtk_widget_get_next_sibling (row))
    {
      gboolean on = row == GTK_WIDGET (shown);
      fy_widget_set_css_class (row, "fy-shown", on);
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_SELECTED, on, -1);
    }
}

static void
on_ledger_selected_cb (FyLedgersPage *self, GtkListBoxRow *row)
{
  guint n = 0;
  const FyLedgerDef *const *defs = fy_ledger_list (&n);

  if (row == NULL)
    return;
  mark_shown_row (self, row);
  self->def = defs[gtk_list_box_row_get_index (row)];
  set_period_defaults (self);
  set_search_choices (self);
  /* Hidden (the first ledger is chosen while the window is built): the
   * table is made when the page is shown. */
  drop_when_hidden (self);
  fy_lazy_reload_request (self->lazy);
}

static void
on_period_changed_cb (FyLedgersPage *self)
{
  refresh (self);
}

static void
on_store_changed_cb (FyStore *store, FyStoreChange change, FyLedgersPage *self)
{
  /* Every kind of change can show in some ledger. */
  drop_when_hidden (self);
  fy_lazy_reload_request (self->lazy);
}

gboolean
fy_ledgers_page_select (FyLedgersPage *self, const char *ledger_id)
{
  guint n = 0;
  const FyLedgerDef *const *defs = fy_ledger_list (&n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (defs[i]->id, ledger_id))
      {
        on_ledger_selected_cb (self, gtk_list_box_get_row_at_index (self->ledger_list, i));
        return TRUE;
      }
  return FALSE;
}

GListModel *
fy_ledgers_page_get_model (FyLedgersPage *self)
{
  return self->model ? G_LIST_MODEL (self->model) : NULL;
}

static void
export_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyLedgersPage *self = FY_LEDGERS_PAGE (widget);
  FyLedgerParams params = { 0 };

  if (self->def == NULL)
    return;
  read_params (self, &params);
  fy_export_flow_run (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, self->def->id, &params,
                      g_variant_get_string (param, NULL));
}

static void
print_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyLedgersPage *self = FY_LEDGERS_PAGE (widget);
  FyLedgerParams params = { 0 };

  if (self->def == NULL)
    return;
  read_params (self, &params);
  fy_export_flow_print (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, self->def->id, &params);
}

static void
fill_ledger_list (FyLedgersPage *self)
{
  guint n = 0;
  const FyLedgerDef *const *defs = fy_ledger_list (&n);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *title = gtk_label_new (g_dgettext (GETTEXT_PACKAGE, defs[i]->title));
      GtkWidget *sub = gtk_label_new (defs[i]->description ? g_dgettext (GETTEXT_PACKAGE, defs[i]->description) : defs[i]->id);

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_xalign (GTK_LABEL (sub), 0);
      gtk_label_set_wrap (GTK_LABEL (sub), TRUE);
      gtk_widget_add_css_class (sub, "dim-label");
      gtk_widget_add_css_class (sub, "caption");
      gtk_box_append (GTK_BOX (box), title);
      gtk_box_append (GTK_BOX (box), sub);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_list_box_append (self->ledger_list, box);
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      g_dgettext (GETTEXT_PACKAGE, defs[i]->title), -1);
    }
}

static void
fy_ledgers_page_constructed (GObject *object)
{
  FyLedgersPage *self = FY_LEDGERS_PAGE (object);

  G_OBJECT_CLASS (fy_ledgers_page_parent_class)->constructed (object);
  fill_ledger_list (self);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  on_ledger_selected_cb (self, gtk_list_box_get_row_at_index (self->ledger_list, 0));
}

static void
fy_ledgers_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_STORE)
    FY_LEDGERS_PAGE (object)->store = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
fy_ledgers_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_STORE)
    g_value_set_object (value, FY_LEDGERS_PAGE (object)->store);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
fy_ledgers_page_dispose (GObject *object)
{
  FyLedgersPage *self = FY_LEDGERS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_LEDGERS_PAGE);
  fy_widget_unparent_children (GTK_WIDGET (self));
  g_clear_pointer (&self->lazy, fy_lazy_reload_free);
  g_clear_object (&self->model);
  g_clear_object (&self->search_values);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_ledgers_page_parent_class)->dispose (object);
}

static void
fy_ledgers_page_class_init (FyLedgersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fy_ledgers_page_constructed;
  object_class->dispose = fy_ledgers_page_dispose;
  object_class->set_property = fy_ledgers_page_set_property;
  object_class->get_property = fy_ledgers_page_get_property;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, FY_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-ledgers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FyLedgersPage, ledger_list);
  gtk_widget_class_bind_template_child (widget_class, FyLedgersPage, from_entry);
  gtk_widget_class_bind_template_child (widget_class, FyLedgersPage, to_entry);
  gtk_widget_class_bind_template_child (widget_class, FyLedgersPage, from_label);
  gtk_widget_class_bind_template_child (widget_class, FyLedgersPage, to_label);
  gtk_widget_class_bind_template_child (widget_class, FyLedgersPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, FyLedgersPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, FyLedgersPage, unmask_check);
  gtk_widget_class_bind_template_child (widget_class, FyLedgersPage, scroller);
  gtk_widget_class_bind_template_callback (widget_class, on_ledger_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed_cb);

  gtk_widget_class_install_action (widget_class, "ledgers.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "ledgers.print", NULL, print_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fy_ledgers_page_init (FyLedgersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The period, the status and the buttons wrap onto a second row rather
   * than squeezing the status to a column of single characters. */
  fy_widget_wrap_bar (GTK_WIDGET (self), "toolbar", 6);
  self->search_values = gtk_string_list_new (NULL);
  self->search_choice = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_name (GTK_WIDGET (self->search_choice), "ledger-search");
  g_signal_connect_swapped (self->search_choice, "notify::selected", G_CALLBACK (on_period_changed_cb), self);
  self->search_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_mnemonic_widget (self->search_label, GTK_WIDGET (self->search_choice));
  self->search_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (self->search_row, 12);
  gtk_widget_set_margin_bottom (self->search_row, 8);
  gtk_box_append (GTK_BOX (self->search_row), GTK_WIDGET (self->search_label));
  gtk_box_append (GTK_BOX (self->search_row), GTK_WIDGET (self->search_choice));
  gtk_widget_set_visible (self->search_row, FALSE);
  {
    GtkWidget *toolbar = gtk_widget_get_parent (GTK_WIDGET (self->to_entry));

    gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (toolbar)), self->search_row, toolbar);
  }
  self->lazy = fy_lazy_reload_new (GTK_WIDGET (self), (FyLazyReloadFunc) refresh, FY_LAZY_RELOAD_AT_ONCE, 0);
  fy_widget_add_window_shortcut (GTK_WIDGET (self), GDK_KEY_e, "ledgers.export", "xlsx");
  fy_widget_add_window_shortcut (GTK_WIDGET (self), GDK_KEY_p, "ledgers.print", NULL);
}

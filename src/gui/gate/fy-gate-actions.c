/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-actions.c — the gate's window actions (see the header). The
 * dialogs are made transient for the window the action belongs to. An
 * action keeps only a weak reference to the store: the window's action
 * group may outlive the window's dispose, the store must not. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-error-dialog.h"
#include "fy-gate-actions.h"
#include "fy-gate-events.h"
#include "fy-gate.h"
#include "fy-truck-dialog.h"
#include "fy-visitor-dialog.h"

static void
weak_ref_free (gpointer ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

/* The store of `action`, a new reference (NULL once it is gone). */
static FyStore *
store_of (GSimpleAction *action)
{
  return g_weak_ref_get (g_object_get_data (G_OBJECT (action), "fy-store"));
}

static void
declare_activated (GSimpleAction *action, GVariant *parameter, gpointer data)
{
  GtkWindow *window = GTK_WINDOW (data);
  g_autoptr(FyStore) store = store_of (action);
  const char *kind = g_variant_get_string (parameter, NULL);

  if (store == NULL)
    return;
  if (g_str_equal (kind, "truck"))
    fy_truck_dialog_present (window, store, 0);
  else
    fy_visitor_dialog_present (window, store, 0);
}

static void
edit_activated (GSimpleAction *action, GVariant *parameter, gpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyGateVisit) visit = NULL;
  GtkWindow *window = GTK_WINDOW (data);
  g_autoptr(FyStore) store = store_of (action);

  if (store == NULL)
    return;
  visit = fy_gate_get (store, g_variant_get_int64 (parameter), &error);
  if (visit == NULL)
    {
      fy_show_error (GTK_WIDGET (window), _("The declaration could not be opened"), error->message);
      return;
    }
  if (visit->status != FY_GATE_EXPECTED)
    {
      fy_show_error (GTK_WIDGET (window), _("The declaration could not be opened"),
                     _("Only a visit still expected can be edited; this one has been checked at the gate "
                       "or withdrawn."));
      return;
    }
  if (visit->kind == FY_GATE_TRUCK)
    fy_truck_dialog_present (window, store, visit->id);
  else
    fy_visitor_dialog_present (window, store, visit->id);
}

static void
events_activated (GSimpleAction *action, GVariant *parameter, gpointer data)
{
  g_autoptr(FyStore) store = store_of (action);

  if (store != NULL)
    fy_gate_events_present (GTK_WINDOW (data), store);
}

static void
add_action (GtkWindow *window, FyStore *store, const char *name, const GVariantType *type, GCallback activated)
{
  g_autoptr(GSimpleAction) action = NULL;
  GWeakRef *ref;

  if (g_action_map_lookup_action (G_ACTION_MAP (window), name))
    return;
  action = g_simple_action_new (name, type);
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, store);
  g_object_set_data_full (G_OBJECT (action), "fy-store", ref, weak_ref_free);
  g_signal_connect_object (action, "activate", activated, window, 0);
  g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (action));
}

void
fy_gate_actions_install (GtkWindow *window, FyStore *store)
{
  g_return_if_fail (G_IS_ACTION_MAP (window));

  add_action (window, store, "gate-declare", G_VARIANT_TYPE_STRING, G_CALLBACK (declare_activated));
  add_action (window, store, "gate-edit", G_VARIANT_TYPE_INT64, G_CALLBACK (edit_activated));
  add_action (window, store, "gate-events", NULL, G_CALLBACK (events_activated));
}

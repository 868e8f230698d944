/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-entry-model.c — the daily-entry list's rows for FyPagedModel: pages
 * of fy_health_entry_list with each person's follow-up marks. Items are
 * stable (one live item per position): a page loaded again refreshes the
 * item a row still shows, so what is on screen updates in place. */
#include "config.h"

#include <string.h>

#include "fy-entry-model.h"
#include "fy-health-entry.h"

struct _FyEntryItem
{
  GObject         parent_instance;

  FyHealthDayRow *row;          /* owned */
  FyHealthEntryMarks marks;
  guint           position;
};

G_DEFINE_FINAL_TYPE (FyEntryItem, fy_entry_item, G_TYPE_OBJECT)

enum { ITEM_CHANGED, N_ITEM_SIGNALS };
static guint item_signals[N_ITEM_SIGNALS];

struct _FyEntryModel
{
  FyPagedModel parent_instance;

  FyStore     *store;
  char        *day;
  char        *department;
  char        *team;
};

G_DEFINE_FINAL_TYPE (FyEntryModel, fy_entry_model, FY_TYPE_PAGED_MODEL)

/* ------------------------------------------------------------------ */
/* Items                                                               */

static void
fy_entry_item_finalize (GObject *object)
{
  FyEntryItem *self = FY_ENTRY_ITEM (object);

  g_clear_pointer (&self->row, fy_health_day_row_free);
  G_OBJECT_CLASS (fy_entry_item_parent_class)->finalize (object);
}

static void
fy_entry_item_class_init (FyEntryItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fy_entry_item_finalize;

  /* The row data was replaced: views re-read it. */
  item_signals[ITEM_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
fy_entry_item_init (FyEntryItem *self)
{
}

const FyHealthDayRow *
fy_entry_item_get_row (FyEntryItem *item)
{
  g_return_val_if_fail (FY_IS_ENTRY_ITEM (item), NULL);
  return item->row;
}

gint64
fy_entry_item_get_staff_id (FyEntryItem *item)
{
  g_return_val_if_fail (FY_IS_ENTRY_ITEM (item), 0);
  return item->row ? item->row->person.staff_id : 0;
}

guint
fy_entry_item_get_position (FyEntryItem *item)
{
  g_return_val_if_fail (FY_IS_ENTRY_ITEM (item), 0);
  return item->position;
}

gint64
fy_entry_item_get_follow_up (FyEntryItem *item, FyHealthSession session, gboolean *closed)
{
  g_return_val_if_fail (FY_IS_ENTRY_ITEM (item), 0);
  session = session == FY_SESSION_AFTERNOON ? FY_SESSION_AFTERNOON : FY_SESSION_MORNING;
  if (closed)
    *closed = item->marks.closed[session];
  return item->marks.follow_up[session];
}

int
fy_entry_item_get_same_value (FyEntryItem *item)
{
  g_return_val_if_fail (FY_IS_ENTRY_ITEM (item), -1);
  return item->marks.same_value;
}

static void
item_set_row (FyEntryItem *item, FyHealthDayRow *row, const FyHealthEntryMarks *marks)
{
  g_clear_pointer (&item->row, fy_health_day_row_free);
  item->row = row;
  item->marks = *marks;
  g_signal_emit (item, item_signals[ITEM_CHANGED], 0);
}

/* The follow-ups and flags of a person (none on failure, with a warning:
 * a list cannot report errors). */
static void
load_marks (FyEntryModel *self, gint64 staff_id, FyHealthEntryMarks *marks)
{
  g_autoptr(GError) error = NULL;

  if (!fy_health_entry_marks (self->store, staff_id, self->day, marks, &error))
    {
      g_warning ("Reading the follow-ups of an entry failed: %s", error->message);
      memset (marks, 0, sizeof *marks);
      marks->same_value = -1;
    }
}

/* ------------------------------------------------------------------ */
/* Pages                                                               */

static gint64
fy_entry_model_count (FyPagedModel *model, GError **error)
{
  FyEntryModel *self = FY_ENTRY_MODEL (model);
  FyHealthFilter filter = { self->department, self->team };

  return fy_health_entry_count (self->store, self->day, &filter, error);
}

static GPtrArray *
fy_entry_model_fetch (FyPagedModel *model, guint offset, guint limit, GError **error)
{
  FyEntryModel *self = FY_ENTRY_MODEL (model);
  FyHealthFilter filter = { self->department, self->team };
  g_autoptr(GPtrArray) rows = fy_health_entry_list (self->store, self->day, &filter,
                                                    offset, limit, error);
  GPtrArray *items;

  if (rows == NULL)
    return NULL;
  items = g_ptr_array_new_full (rows->len, g_object_unref);
  for (guint i = 0; i < rows->len; i++)
    {
      FyEntryItem *item = g_object_new (FY_TYPE_ENTRY_ITEM, NULL);

      item->row = g_steal_pointer (&rows->pdata[i]);
      item->position = offset + i;
      load_marks (self, item->row->person.staff_id, &item->marks);
      g_ptr_array_add (items, item);
    }
  return items;
}

/* A row still shows `live`: it takes the fresh data and says so. */
static void
fy_entry_model_update (FyPagedModel *model, gpointer live, gpointer fresh)
{
  FyEntryItem *item = fresh;

  item_set_row (live, g_steal_pointer (&item->row), &item->marks);
}

/* An empty person for a row that vanished since counting. */
static gpointer
fy_entry_model_placeholder (FyPagedModel *model, guint position)
{
  FyEntryItem *item = g_object_new (FY_TYPE_ENTRY_ITEM, NULL);

  item->row = g_new0 (FyHealthDayRow, 1);
  item->row->person.name = g_strdup ("");
  item->marks.same_value = -1;
  item->position = position;
  return item;
}

/* ------------------------------------------------------------------ */
/* Refreshing                                                          */

gboolean
fy_entry_model_reload_item (FyEntryModel *self, FyEntryItem *item, GError **error)
{
  FyHealthDayRow *row;
  FyHealthEntryMarks marks;

  g_return_val_if_fail (FY_IS_ENTRY_MODEL (self), FALSE);
  g_return_val_if_fail (FY_IS_ENTRY_ITEM (item), FALSE);
  if (item->row == NULL || item->row->person.staff_id == 0)
    return TRUE;

  row = g_new0 (FyHealthDayRow, 1);
  row->person.staff_id = item->row->person.staff_id;
  row->person.employee_no = g_strdup (item->row->person.employee_no);
  row->person.name = g_strdup (item->row->person.name);
  row->person.department = g_strdup (item->row->person.department);
  row->person.team = g_strdup (item->row->person.team);
  row->person.post = g_strdup (item->row->person.post);
  row->status = item->row->status;
  row->away = item->row->away;
  for (int s = FY_SESSION_MORNING; s <= FY_SESSION_AFTERNOON; s++)
    if (!fy_health_get_reading (self->store, row->person.staff_id, self->day, s, &row->readings[s], error))
      {
        fy_health_day_row_free (row);
        return FALSE;
      }
  if (!fy_health_entry_marks (self->store, row->person.staff_id, self->day, &marks, error))
    {
      fy_health_day_row_free (row);
      return FALSE;
    }
  item_set_row (item, row, &marks);
  return TRUE;
}

void
fy_entry_model_refresh (FyEntryModel *self)
{
  g_autoptr(GPtrArray) items = NULL;

  g_return_if_fail (FY_IS_ENTRY_MODEL (self));
  fy_paged_model_drop_pages (FY_PAGED_MODEL (self));
  /* Only the items a row still shows are alive: a screenful, not the roster. */
  items = fy_paged_model_dup_live_items (FY_PAGED_MODEL (self));
  for (guint i = 0; i < items->len; i++)
    {
      FyEntryItem *item = items->pdata[i];
      FyHealthDayRow *row = g_new0 (FyHealthDayRow, 1);
      FyHealthEntryMarks marks;
      g_autoptr(GError) error = NULL;

      row->person = item->row->person;
      memset (&item->row->person, 0, sizeof item->row->person);
      row->status = item->row->status;
      for (int s = FY_SESSION_MORNING; s <= FY_SESSION_AFTERNOON; s++)
        if (!fy_health_get_reading (self->store, row->person.staff_id, self->day, s, &row->readings[s], &error))
          {
            g_warning ("Reading an entry failed: %s", error->message);
            row->readings[s].temp_tenths = row->readings[s].recheck_tenths = -1;
            break;
          }
      load_marks (self, row->person.staff_id, &marks);
      item_set_row (item, row, &marks);
    }
}

/* ------------------------------------------------------------------ */

static void
fy_entry_model_finalize (GObject *object)
{
  FyEntryModel *self = FY_ENTRY_MODEL (object);

  g_clear_object (&self->store);
  g_free (self->day);
  g_free (self->department);
  g_free (self->team);
  G_OBJECT_CLASS (fy_entry_model_parent_class)->finalize (object);
}

static void
fy_entry_model_class_init (FyEntryModelClass *klass)
{
  FyPagedModelClass *paged_class = FY_PAGED_MODEL_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = fy_entry_model_finalize;
  paged_class->item_type = FY_TYPE_ENTRY_ITEM;
  paged_class->count = fy_entry_model_count;
  paged_class->fetch = fy_entry_model_fetch;
  paged_class->placeholder = fy_entry_model_placeholder;
  paged_class->update = fy_entry_model_update;
}

static void
fy_entry_model_init (FyEntryModel *self)
{
}

FyEntryModel *
fy_entry_model_new (FyStore *store, const char *day, const char *department, const char *team,
                    GError **error)
{
  g_autoptr(FyEntryModel) self = NULL;

  g_return_val_if_fail (FY_IS_STORE (store), NULL);
  g_return_val_if_fail (day != NULL, NULL);

  self = g_object_new (FY_TYPE_ENTRY_MODEL, NULL);
  self->store = g_object_ref (store);
  self->day = g_strdup (day);
  self->department = g_strdup (department ? department : "");
  self->team = g_strdup (team ? team : "");
  if (!fy_paged_model_reload (FY_PAGED_MODEL (self), error))
    return NULL;
  return g_steal_pointer (&self);
}

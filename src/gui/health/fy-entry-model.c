/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-entry-model.c — pages of the daily-entry list fetched with LIMIT/OFFSET
 * (fy_health_entry_list) and kept in a small cache. Every position has at
 * most one live item: a page loaded again reuses the item a row still
 * shows, so refreshing it in place updates what is on screen. */
#include "config.h"

#include <string.h>

#include "fy-entry-model.h"
#include "fy-health-entry.h"

#define PAGE_ROWS 128
#define CACHED_PAGES 8

struct _FyEntryItem
{
  GObject         parent_instance;

  FyHealthDayRow *row;          /* owned */
  FyHealthEntryMarks marks;
  guint           position;
  FyEntryModel   *model;        /* weak: cleared when the model goes */
};

G_DEFINE_FINAL_TYPE (FyEntryItem, fy_entry_item, G_TYPE_OBJECT)

enum { ITEM_CHANGED, N_ITEM_SIGNALS };
static guint item_signals[N_ITEM_SIGNALS];

typedef struct
{
  guint      index;
  GPtrArray *items;             /* FyEntryItem*, reffed */
} Page;

struct _FyEntryModel
{
  GObject     parent_instance;

  FyStore    *store;
  char       *day;
  char       *department;
  char       *team;
  guint       n_rows;
  GQueue      pages;            /* Page*, most recently used first */
  GHashTable *alive;            /* position → FyEntryItem* (not reffed) */
};

static void fy_entry_model_list_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FyEntryModel, fy_entry_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, fy_entry_model_list_init))

/* ------------------------------------------------------------------ */
/* Items                                                               */

static void
fy_entry_item_finalize (GObject *object)
{
  FyEntryItem *self = FY_ENTRY_ITEM (object);

  if (self->model
      && g_hash_table_lookup (self->model->alive, GUINT_TO_POINTER (self->position)) == self)
    g_hash_table_remove (self->model->alive, GUINT_TO_POINTER (self->position));
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

static void
page_free (Page *page)
{
  g_ptr_array_unref (page->items);
  g_free (page);
}

static Page *
load_page (FyEntryModel *self, guint index)
{
  g_autoptr(GError) error = NULL;
  FyHealthFilter filter = { self->department, self->team };
  g_autoptr(GPtrArray) rows = fy_health_entry_list (self->store, self->day, &filter,
                                                    index * PAGE_ROWS, PAGE_ROWS, &error);
  Page *page = g_new0 (Page, 1);

  page->index = index;
  page->items = g_ptr_array_new_with_free_func (g_object_unref);
  /* The list cannot report errors: a failed page shows empty rows, and the
   * view says so when it reloads. */
  if (rows == NULL)
    {
      g_warning ("Reading the entry list failed: %s", error->message);
      return page;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      guint position = index * PAGE_ROWS + i;
      FyEntryItem *item = g_hash_table_lookup (self->alive, GUINT_TO_POINTER (position));
      FyHealthDayRow *row = g_steal_pointer (&rows->pdata[i]);
      FyHealthEntryMarks marks;

      load_marks (self, row->person.staff_id, &marks);
      if (item)
        {
          g_object_ref (item);
          item_set_row (item, row, &marks);
        }
      else
        {
          item = g_object_new (FY_TYPE_ENTRY_ITEM, NULL);
          item->row = row;
          item->marks = marks;
          item->position = position;
          item->model = self;
          g_hash_table_insert (self->alive, GUINT_TO_POINTER (position), item);
        }
      g_ptr_array_add (page->items, item);
    }
  return page;
}

static Page *
get_page (FyEntryModel *self, guint index)
{
  for (GList *l = self->pages.head; l; l = l->next)
    {
      Page *page = l->data;
      if (page->index == index)
        {
          g_queue_unlink (&self->pages, l);
          g_queue_push_head_link (&self->pages, l);
          return page;
        }
    }
  g_queue_push_head (&self->pages, load_page (self, index));
  while (self->pages.length > CACHED_PAGES)
    page_free (g_queue_pop_tail (&self->pages));
  return self->pages.head->data;
}

static GType
fy_entry_model_get_item_type (GListModel *model)
{
  return FY_TYPE_ENTRY_ITEM;
}

static guint
fy_entry_model_get_n_items (GListModel *model)
{
  return FY_ENTRY_MODEL (model)->n_rows;
}

static gpointer
fy_entry_model_get_item (GListModel *model, guint position)
{
  FyEntryModel *self = FY_ENTRY_MODEL (model);
  FyEntryItem *item;
  Page *page;
  guint offset = position % PAGE_ROWS;

  if (position >= self->n_rows)
    return NULL;
  page = get_page (self, position / PAGE_ROWS);
  if (offset < page->items->len)
    return g_object_ref (g_ptr_array_index (page->items, offset));

  /* Rows vanished since counting: an empty person keeps the view consistent. */
  item = g_object_new (FY_TYPE_ENTRY_ITEM, NULL);
  item->row = g_new0 (FyHealthDayRow, 1);
  item->row->person.name = g_strdup ("");
  item->marks.same_value = -1;
  item->position = position;
  return item;
}

static void
fy_entry_model_list_init (GListModelInterface *iface)
{
  iface->get_item_type = fy_entry_model_get_item_type;
  iface->get_n_items = fy_entry_model_get_n_items;
  iface->get_item = fy_entry_model_get_item;
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

static void
reload_alive_cb (gpointer key, gpointer value, gpointer data)
{
  GPtrArray *items = data;
  g_ptr_array_add (items, g_object_ref (value));
}

void
fy_entry_model_refresh (FyEntryModel *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (FY_IS_ENTRY_MODEL (self));
  g_queue_clear_full (&self->pages, (GDestroyNotify) page_free);
  /* Only the items a row still shows are alive: a screenful, not the roster. */
  g_hash_table_foreach (self->alive, reload_alive_cb, items);
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
clear_alive_cb (gpointer key, gpointer value, gpointer data)
{
  FY_ENTRY_ITEM (value)->model = NULL;
}

static void
fy_entry_model_finalize (GObject *object)
{
  FyEntryModel *self = FY_ENTRY_MODEL (object);

  g_queue_clear_full (&self->pages, (GDestroyNotify) page_free);
  g_hash_table_foreach (self->alive, clear_alive_cb, NULL);
  g_clear_pointer (&self->alive, g_hash_table_unref);
  g_clear_object (&self->store);
  g_free (self->day);
  g_free (self->department);
  g_free (self->team);
  G_OBJECT_CLASS (fy_entry_model_parent_class)->finalize (object);
}

static void
fy_entry_model_class_init (FyEntryModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fy_entry_model_finalize;
}

static void
fy_entry_model_init (FyEntryModel *self)
{
  g_queue_init (&self->pages);
  self->alive = g_hash_table_new (NULL, NULL);
}

FyEntryModel *
fy_entry_model_new (FyStore *store, const char *day, const char *department, const char *team,
                    GError **error)
{
  g_autoptr(FyEntryModel) self = NULL;
  FyHealthFilter filter = { department, team };
  gint64 n;

  g_return_val_if_fail (FY_IS_STORE (store), NULL);
  g_return_val_if_fail (day != NULL, NULL);

  n = fy_health_entry_count (store, day, &filter, error);
  if (n < 0)
    return NULL;
  self = g_object_new (FY_TYPE_ENTRY_MODEL, NULL);
  self->store = g_object_ref (store);
  self->day = g_strdup (day);
  self->department = g_strdup (department ? department : "");
  self->team = g_strdup (team ? team : "");
  self->n_rows = (guint) MIN (n, G_MAXUINT);
  return g_steal_pointer (&self);
}

const char *
fy_entry_model_get_day (FyEntryModel *self)
{
  g_return_val_if_fail (FY_IS_ENTRY_MODEL (self), NULL);
  return self->day;
}

void
fy_entry_model_get_filter (FyEntryModel *self, FyHealthFilter *filter)
{
  g_return_if_fail (FY_IS_ENTRY_MODEL (self));
  filter->department = self->department;
  filter->team = self->team;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-record-item.c — a list-model row wrapping one core record. */
#include "config.h"

#include "fy-record-item.h"

struct _FyRecordItem
{
  GObject         parent_instance;
  gpointer        record;
  GDestroyNotify  free_func;
};

G_DEFINE_FINAL_TYPE (FyRecordItem, fy_record_item, G_TYPE_OBJECT)

static void
fy_record_item_finalize (GObject *object)
{
  FyRecordItem *self = FY_RECORD_ITEM (object);

  if (self->record && self->free_func)
    self->free_func (self->record);
  G_OBJECT_CLASS (fy_record_item_parent_class)->finalize (object);
}

static void
fy_record_item_class_init (FyRecordItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fy_record_item_finalize;
}

static void
fy_record_item_init (FyRecordItem *self)
{
}

FyRecordItem *
fy_record_item_new (gpointer record, GDestroyNotify free_func)
{
  FyRecordItem *self = g_object_new (FY_TYPE_RECORD_ITEM, NULL);

  self->record = record;
  self->free_func = free_func;
  return self;
}

gpointer
fy_record_item_get (FyRecordItem *self)
{
  g_return_val_if_fail (FY_IS_RECORD_ITEM (self), NULL);
  return self->record;
}

void
fy_record_items_splice (GListStore *store, GPtrArray *records, GDestroyNotify free_func)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (records)
    {
      /* The items own the records from here on. */
      g_ptr_array_set_free_func (records, NULL);
      for (guint i = 0; i < records->len; i++)
        g_ptr_array_add (items, fy_record_item_new (g_ptr_array_index (records, i), free_func));
      g_ptr_array_set_size (records, 0);
    }
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items->pdata, items->len);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-paged-model.c — FyPagedModel over a fake source of numbered rows,
 * without a display: positions at page boundaries, out of range, which
 * pages are fetched and when (the fake counts its fetches), eviction from
 * the page cache, rows that vanished since counting, fetch and count
 * failures, invalidation and reload signals, and stable items refreshed in
 * place. */
#include "config.h"

#include "fy-paged-model.h"

#define PAGE_ROWS 10
#define CACHED_PAGES 3

/* An item: the row's number and a generation (which fetch made it). */
#define FAKE_TYPE_ITEM (fake_item_get_type ())
G_DECLARE_FINAL_TYPE (FakeItem, fake_item, FAKE, ITEM, GObject)

struct _FakeItem
{
  GObject parent_instance;
  int     value;
  guint   generation;
};

G_DEFINE_FINAL_TYPE (FakeItem, fake_item, G_TYPE_OBJECT)

static void fake_item_class_init (FakeItemClass *klass) { }
static void fake_item_init (FakeItem *self) { self->value = -1; }

/* The source: `n_rows` counted, `n_real` really there (fewer = rows
 * vanished since counting), every fetch recorded. */
#define FAKE_TYPE_MODEL (fake_model_get_type ())
G_DECLARE_DERIVABLE_TYPE (FakeModel, fake_model, FAKE, MODEL, FyPagedModel)

struct _FakeModelClass
{
  FyPagedModelClass parent_class;
};

typedef struct
{
  guint    n_rows;
  guint    n_real;
  gboolean fail_fetch;
  gboolean fail_count;
  GArray  *fetched;             /* guint offsets, in fetch order */
  guint    updates;
} FakeModelPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (FakeModel, fake_model, FY_TYPE_PAGED_MODEL)

static FakeModelPrivate *
fake (gpointer model)
{
  return fake_model_get_instance_private (FAKE_MODEL (model));
}

static gint64
fake_model_count (FyPagedModel *model, GError **error)
{
  if (fake (model)->fail_count)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "count failed");
      return -1;
    }
  return fake (model)->n_rows;
}

static GPtrArray *
fake_model_fetch (FyPagedModel *model, guint offset, guint limit, GError **error)
{
  FakeModelPrivate *priv = fake (model);
  GPtrArray *items;

  g_assert_cmpuint (limit, ==, PAGE_ROWS);
  g_assert_cmpuint (offset % PAGE_ROWS, ==, 0);
  g_array_append_val (priv->fetched, offset);
  if (priv->fail_fetch)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "fetch failed");
      return NULL;
    }
  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = offset; i < MIN (offset + limit, priv->n_real); i++)
    {
      FakeItem *item = g_object_new (FAKE_TYPE_ITEM, NULL);
      item->value = (int) i;
      item->generation = priv->fetched->len;
      g_ptr_array_add (items, item);
    }
  return items;
}

static void
fake_model_finalize (GObject *object)
{
  g_array_unref (fake (object)->fetched);
  G_OBJECT_CLASS (fake_model_parent_class)->finalize (object);
}

static void
fake_model_class_init (FakeModelClass *klass)
{
  FyPagedModelClass *paged_class = FY_PAGED_MODEL_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = fake_model_finalize;
  paged_class->item_type = FAKE_TYPE_ITEM;
  paged_class->page_rows = PAGE_ROWS;
  paged_class->cached_pages = CACHED_PAGES;
  paged_class->count = fake_model_count;
  paged_class->fetch = fake_model_fetch;
}

static void
fake_model_init (FakeModel *self)
{
  fake (self)->fetched = g_array_new (FALSE, FALSE, sizeof (guint));
}

/* The same source with stable items. */
#define STABLE_TYPE_MODEL (stable_model_get_type ())
G_DECLARE_FINAL_TYPE (StableModel, stable_model, STABLE, MODEL, FakeModel)

struct _StableModel
{
  FakeModel parent_instance;
};

G_DEFINE_FINAL_TYPE (StableModel, stable_model, FAKE_TYPE_MODEL)

static void
stable_model_update (FyPagedModel *model, gpointer live, gpointer fresh)
{
  g_assert_cmpint (FAKE_ITEM (live)->value, ==, FAKE_ITEM (fresh)->value);
  FAKE_ITEM (live)->generation = FAKE_ITEM (fresh)->generation;
  fake (model)->updates++;
}

static void
stable_model_class_init (StableModelClass *klass)
{
  FY_PAGED_MODEL_CLASS (klass)->update = stable_model_update;
}

static void
stable_model_init (StableModel *self)
{
}

static FyPagedModel *
make_model (GType type, guint n_rows)
{
  FyPagedModel *model = g_object_new (type, NULL);
  g_autoptr(GError) error = NULL;

  fake (model)->n_rows = fake (model)->n_real = n_rows;
  g_assert_true (fy_paged_model_reload (model, &error));
  g_assert_no_error (error);
  return model;
}

static guint
n_fetches (FyPagedModel *model)
{
  return fake (model)->fetched->len;
}

static guint
last_fetch (FyPagedModel *model)
{
  GArray *fetched = fake (model)->fetched;
  g_assert_cmpuint (fetched->len, >, 0);
  return g_array_index (fetched, guint, fetched->len - 1);
}

/* The item's value, checking its type; -2 for NULL. */
static int
value_at (FyPagedModel *model, guint position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (model), position);

  if (item == NULL)
    return -2;
  g_assert_true (FAKE_IS_ITEM (item));
  return FAKE_ITEM (item)->value;
}

/* The build logs structured messages, which g_test_expect_message() does
 * not see in GLib 2.74: a writer swallows the one warning expected. */
static const char *expected_warning;
static guint expected_seen;

static GLogWriterOutput
test_writer (GLogLevelFlags level, const GLogField *fields, gsize n_fields, gpointer data)
{
  for (gsize i = 0; expected_warning && (level & G_LOG_LEVEL_WARNING) && i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0
        && g_pattern_match_simple (expected_warning, fields[i].value))
      {
        expected_seen++;
        return G_LOG_WRITER_HANDLED;
      }
  return g_log_writer_default (level, fields, n_fields, data);
}

typedef struct
{
  guint position, removed, added;
  guint count;
} Changed;

static void
on_items_changed_cb (GListModel *list, guint position, guint removed, guint added, Changed *changed)
{
  changed->position = position;
  changed->removed = removed;
  changed->added = added;
  changed->count++;
}

static void
test_paged_pages (void)
{
  g_autoptr(FyPagedModel) model = make_model (FAKE_TYPE_MODEL, 35);

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == FAKE_TYPE_ITEM);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 35);
  /* Counting fetches nothing. */
  g_assert_cmpuint (n_fetches (model), ==, 0);

  g_assert_cmpint (value_at (model, 0), ==, 0);
  g_assert_cmpuint (n_fetches (model), ==, 1);
  g_assert_cmpint (value_at (model, PAGE_ROWS - 1), ==, PAGE_ROWS - 1);
  g_assert_cmpuint (n_fetches (model), ==, 1);
  g_assert_cmpint (value_at (model, PAGE_ROWS), ==, PAGE_ROWS);
  g_assert_cmpuint (n_fetches (model), ==, 2);
  g_assert_cmpuint (last_fetch (model), ==, PAGE_ROWS);
  /* The last, short page. */
  g_assert_cmpint (value_at (model, 34), ==, 34);
  g_assert_cmpuint (n_fetches (model), ==, 3);
  g_assert_cmpuint (last_fetch (model), ==, 30);
  /* Out of range: NULL, and no fetch. */
  g_assert_cmpint (value_at (model, 35), ==, -2);
  g_assert_cmpint (value_at (model, G_MAXUINT), ==, -2);
  g_assert_cmpuint (n_fetches (model), ==, 3);
  /* Cached pages are not fetched again. */
  g_assert_cmpint (value_at (model, 5), ==, 5);
  g_assert_cmpint (value_at (model, 15), ==, 15);
  g_assert_cmpuint (n_fetches (model), ==, 3);
}

static void
test_paged_eviction (void)
{
  g_autoptr(FyPagedModel) model = make_model (FAKE_TYPE_MODEL, 100);

  /* Pages 0..3: the cache holds three, so page 0 goes. */
  for (guint page = 0; page < 4; page++)
    g_assert_cmpint (value_at (model, page * PAGE_ROWS), ==, (int) (page * PAGE_ROWS));
  g_assert_cmpuint (n_fetches (model), ==, 4);
  /* Pages 1..3 are kept; touching page 1 makes it the most recent. */
  g_assert_cmpint (value_at (model, 12), ==, 12);
  g_assert_cmpint (value_at (model, 33), ==, 33);
  g_assert_cmpint (value_at (model, 25), ==, 25);
  g_assert_cmpuint (n_fetches (model), ==, 4);
  g_assert_cmpint (value_at (model, 14), ==, 14);
  g_assert_cmpuint (n_fetches (model), ==, 4);
  /* Page 0 again evicts the least recently used page (3), not page 1. */
  g_assert_cmpint (value_at (model, 0), ==, 0);
  g_assert_cmpuint (n_fetches (model), ==, 5);
  g_assert_cmpuint (last_fetch (model), ==, 0);
  g_assert_cmpint (value_at (model, 11), ==, 11);
  g_assert_cmpuint (n_fetches (model), ==, 5);
  g_assert_cmpint (value_at (model, 31), ==, 31);
  g_assert_cmpuint (n_fetches (model), ==, 6);
  g_assert_cmpuint (last_fetch (model), ==, 30);
}

static void
test_paged_vanished (void)
{
  g_autoptr(FyPagedModel) model = make_model (FAKE_TYPE_MODEL, 25);

  /* Five rows went since counting: the view still gets an item of the type. */
  fake (model)->n_real = 20;
  fy_paged_model_drop_pages (model);
  g_assert_cmpint (value_at (model, 19), ==, 19);
  g_assert_cmpint (value_at (model, 22), ==, -1);
  g_assert_cmpint (value_at (model, 24), ==, -1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 25);
}

static void
test_paged_failures (void)
{
  g_autoptr(FyPagedModel) model = make_model (FAKE_TYPE_MODEL, 25);
  g_autoptr(GError) error = NULL;
  Changed changed = { 0 };

  /* A failed page warns and shows placeholders; it is fetched again later. */
  fake (model)->fail_fetch = TRUE;
  expected_warning = "*FakeModel*fetch failed*";
  g_assert_cmpint (value_at (model, 3), ==, -1);
  g_assert_cmpuint (expected_seen, ==, 1);
  expected_warning = NULL;
  fake (model)->fail_fetch = FALSE;
  fy_paged_model_drop_pages (model);
  g_assert_cmpint (value_at (model, 3), ==, 3);

  /* A failed count leaves the model as it was, without a signal. */
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), &changed);
  fake (model)->fail_count = TRUE;
  fake (model)->n_rows = 50;
  g_assert_false (fy_paged_model_reload (model, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_cmpuint (changed.count, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 25);
}

static void
test_paged_invalidate (void)
{
  g_autoptr(FyPagedModel) model = make_model (FAKE_TYPE_MODEL, 35);
  g_autoptr(GObject) before = g_list_model_get_item (G_LIST_MODEL (model), 12);
  g_autoptr(GObject) after = NULL;
  Changed changed = { 0 };

  g_assert_cmpint (value_at (model, 3), ==, 3);
  g_assert_cmpuint (n_fetches (model), ==, 2);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), &changed);
  fy_paged_model_invalidate (model, 12);
  g_assert_cmpuint (changed.count, ==, 1);
  g_assert_cmpuint (changed.position, ==, 12);
  g_assert_cmpuint (changed.removed, ==, 1);
  g_assert_cmpuint (changed.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 35);

  /* Only the row's page is fetched again, and the row is a new item. */
  after = g_list_model_get_item (G_LIST_MODEL (model), 12);
  g_assert_cmpuint (n_fetches (model), ==, 3);
  g_assert_cmpuint (last_fetch (model), ==, PAGE_ROWS);
  g_assert_true (after != before);
  g_assert_cmpint (FAKE_ITEM (after)->value, ==, 12);
  g_assert_cmpint (value_at (model, 3), ==, 3);
  g_assert_cmpuint (n_fetches (model), ==, 3);
}

static void
test_paged_reload (void)
{
  g_autoptr(FyPagedModel) model = make_model (FAKE_TYPE_MODEL, 35);
  g_autoptr(GError) error = NULL;
  Changed changed = { 0 };

  g_assert_cmpint (value_at (model, 3), ==, 3);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), &changed);
  fake (model)->n_rows = fake (model)->n_real = 50;
  g_assert_true (fy_paged_model_reload (model, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed.count, ==, 1);
  g_assert_cmpuint (changed.position, ==, 0);
  g_assert_cmpuint (changed.removed, ==, 35);
  g_assert_cmpuint (changed.added, ==, 50);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 50);
  /* The cache went with it. */
  g_assert_cmpint (value_at (model, 3), ==, 3);
  g_assert_cmpuint (n_fetches (model), ==, 2);
  g_assert_cmpint (value_at (model, 45), ==, 45);

  /* Down to nothing, then nothing to nothing says nothing. */
  fake (model)->n_rows = fake (model)->n_real = 0;
  g_assert_true (fy_paged_model_reload (model, NULL));
  g_assert_cmpuint (changed.count, ==, 2);
  g_assert_cmpuint (changed.removed, ==, 50);
  g_assert_cmpuint (changed.added, ==, 0);
  g_assert_true (fy_paged_model_reload (model, NULL));
  g_assert_cmpuint (changed.count, ==, 2);
  g_assert_cmpint (value_at (model, 0), ==, -2);
}

static void
test_paged_stable (void)
{
  g_autoptr(FyPagedModel) model = make_model (STABLE_TYPE_MODEL, 100);
  g_autoptr(FakeItem) held = g_list_model_get_item (G_LIST_MODEL (model), 4);
  g_autoptr(FakeItem) again = NULL;
  g_autoptr(GPtrArray) live = NULL;

  g_assert_cmpuint (held->generation, ==, 1);
  /* Same rows, new values: the held item is updated, not replaced. */
  fy_paged_model_drop_pages (model);
  again = g_list_model_get_item (G_LIST_MODEL (model), 4);
  g_assert_true (again == held);
  g_assert_cmpuint (held->generation, ==, 2);
  /* Only the held item was still live, so only it was updated. */
  g_assert_cmpuint (fake (model)->updates, ==, 1);
  g_clear_object (&again);

  /* While its page is cached, every item of it is live; once the page is
   * gone only what a view holds stays. */
  live = fy_paged_model_dup_live_items (model);
  g_assert_cmpuint (live->len, ==, PAGE_ROWS);
  g_clear_pointer (&live, g_ptr_array_unref);
  fy_paged_model_drop_pages (model);
  live = fy_paged_model_dup_live_items (model);
  g_assert_cmpuint (live->len, ==, 1);
  g_assert_true (live->pdata[0] == held);
  g_clear_pointer (&live, g_ptr_array_unref);

  /* Evicted pages drop their items too. */
  for (guint page = 1; page <= CACHED_PAGES + 2; page++)
    g_assert_cmpint (value_at (model, page * PAGE_ROWS), ==, (int) (page * PAGE_ROWS));
  live = fy_paged_model_dup_live_items (model);
  g_assert_cmpuint (live->len, ==, 1 + CACHED_PAGES * PAGE_ROWS);
  g_clear_pointer (&live, g_ptr_array_unref);

  /* An invalidated row gets a new item; the old one is no longer updated. */
  fy_paged_model_invalidate (model, 4);
  again = g_list_model_get_item (G_LIST_MODEL (model), 4);
  g_assert_true (again != held);
  g_assert_cmpint (again->value, ==, 4);
  g_assert_cmpuint (held->generation, ==, 2);
  g_assert_cmpuint (fake (model)->updates, ==, 1);

  /* A reload forgets every live item. */
  g_clear_object (&again);
  again = g_list_model_get_item (G_LIST_MODEL (model), 5);
  g_assert_true (fy_paged_model_reload (model, NULL));
  live = fy_paged_model_dup_live_items (model);
  g_assert_cmpuint (live->len, ==, 0);
  g_clear_object (&held);
  held = g_list_model_get_item (G_LIST_MODEL (model), 5);
  g_assert_true (held != again);
}

static void
test_paged_outlives (void)
{
  FyPagedModel *model = make_model (STABLE_TYPE_MODEL, 30);
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (model), 7);

  /* A view may drop the model before its items: the live table must not
   * be touched after it is gone (valgrind / ASan would say). */
  g_object_unref (model);
  g_assert_cmpint (FAKE_ITEM (item)->value, ==, 7);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_log_set_writer_func (test_writer, NULL, NULL);
  g_test_add_func ("/paged-model/pages", test_paged_pages);
  g_test_add_func ("/paged-model/eviction", test_paged_eviction);
  g_test_add_func ("/paged-model/vanished", test_paged_vanished);
  g_test_add_func ("/paged-model/failures", test_paged_failures);
  g_test_add_func ("/paged-model/invalidate", test_paged_invalidate);
  g_test_add_func ("/paged-model/reload", test_paged_reload);
  g_test_add_func ("/paged-model/stable", test_paged_stable);
  g_test_add_func ("/paged-model/outlives", test_paged_outlives);
  return g_test_run ();
}

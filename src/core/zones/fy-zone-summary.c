/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-summary.c — counts per risk level and the day's level changes,
 * read straight from the store (no map needs to be loaded). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-store-private.h"
#include "fy-validate.h"
#include "fy-zone-summary.h"
#include "fy-zone-summary-private.h"

static void
change_free (FyZoneSummaryChange *c)
{
  if (c == NULL)
    return;
  g_free (c->time);
  g_free (c->map_name);
  g_free (c->area_name);
  g_free (c->reason);
  g_free (c->actor);
  g_free (c);
}

void
fy_zone_summary_free (FyZoneSummary *summary)
{
  if (summary == NULL)
    return;
  g_free (summary->day);
  g_ptr_array_unref (summary->changes);
  g_free (summary);
}

gboolean
fy_zone_summary_is_empty (const FyZoneSummary *summary)
{
  return summary->n_areas == 0 && summary->changes->len == 0;
}

static gboolean
read_levels (FyStore *store, FyZoneSummary *s, GError **error)
{
  /* Headcounts as on the map: people assigned and not marked as left. */
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT a.level, count(*), sum(a.capacity),"
      " sum((SELECT count(*) FROM staff_zone sz JOIN staff st ON st.id = sz.staff_id"
      "      WHERE sz.area_id = a.id AND st.status <> 'left'))"
      " FROM zone_area a GROUP BY a.level", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int level = fy_zone_level_from_code (fy_column_text (stmt, 0));
      if (level < 0)
        continue;   /* the schema's CHECK makes this impossible */
      s->levels[level].n_areas = sqlite3_column_int (stmt, 1);
      s->levels[level].n_capacity = sqlite3_column_int (stmt, 2);
      s->levels[level].n_people = sqlite3_column_int (stmt, 3);
      s->n_areas += s->levels[level].n_areas;
      s->n_people += s->levels[level].n_people;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return fy_store_fail (store, rc, error);

  stmt = fy_store_prepare_cached (store, "SELECT count(*) FROM zone_map", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    s->n_maps = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW ? TRUE : fy_store_fail (store, rc, error);
}

static char *
local_time (gint64 at)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (at);
  return dt ? g_date_time_format (dt, "%H:%M") : g_strdup ("");
}

static gboolean
read_changes (FyStore *store, FyZoneSummary *s, GError **error)
{
  /* A local day, like the zone-history ledger. */
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT h.at, m.name, h.area_id, coalesce((SELECT a.name FROM zone_area a WHERE a.id = h.area_id), h.area_name),"
      " h.kind, coalesce(h.old_level, ''),"
      " coalesce(h.new_level, ''), h.reason, h.actor, h.is_undo"
      " FROM zone_history h JOIN zone_map m ON m.id = h.map_id"
      " WHERE date(h.at, 'unixepoch', 'localtime') = ?1 ORDER BY h.at, h.id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, s->day, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FyZoneSummaryChange *c = g_new0 (FyZoneSummaryChange, 1);
      const char *kind = fy_column_text (stmt, 4);

      c->at = sqlite3_column_int64 (stmt, 0);
      c->time = local_time (c->at);
      c->map_name = g_strdup (fy_column_text (stmt, 1));
      c->area_id = sqlite3_column_int64 (stmt, 2);
      c->area_name = g_strdup (fy_column_text (stmt, 3));
      c->kind = g_str_equal (kind, "create") ? FY_ZONE_CHANGE_CREATED
                : g_str_equal (kind, "delete") ? FY_ZONE_CHANGE_DELETED : FY_ZONE_CHANGE_LEVEL;
      c->old_level = fy_zone_level_from_code (fy_column_text (stmt, 5));
      c->new_level = fy_zone_level_from_code (fy_column_text (stmt, 6));
      c->reason = g_strdup (fy_column_text (stmt, 7));
      c->actor = g_strdup (fy_column_text (stmt, 8));
      c->is_undo = sqlite3_column_int (stmt, 9) != 0;
      g_ptr_array_add (s->changes, c);
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE ? TRUE : fy_store_fail (store, rc, error);
}

static int
compare_at (gconstpointer a, gconstpointer b)
{
  const FyZoneSummaryChange *x = *(FyZoneSummaryChange *const *) a;
  const FyZoneSummaryChange *y = *(FyZoneSummaryChange *const *) b;

  return (x->at > y->at) - (x->at < y->at);
}

/* Counted as a person would: one change per area, from its level before
 * the day's first change to its level after the last, at the time of the
 * last; an area that ends the day as it began (a change and its Undo, an
 * area drawn and deleted) is left out; the name is the area's name now
 * ("Workshop 2", not the "Area 21" it was drawn as). */
static void
keep_net_changes (FyZoneSummary *s)
{
  g_autoptr(GHashTable) net = g_hash_table_new (g_int64_hash, g_int64_equal);   /* area id → change */
  g_autoptr(GPtrArray) rows = g_steal_pointer (&s->changes);

  s->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  for (guint i = 0; i < rows->len; i++)
    {
      FyZoneSummaryChange *c = g_ptr_array_index (rows, i);
      FyZoneSummaryChange *first = g_hash_table_lookup (net, &c->area_id);

      if (first == NULL)
        {
          rows->pdata[i] = NULL;
          g_hash_table_insert (net, &c->area_id, c);
          g_ptr_array_add (s->changes, c);
          continue;
        }
      /* Later rows move the end of the area's change. */
      first->new_level = c->new_level;
      first->at = c->at;
      g_free (first->time);
      first->time = g_strdup (c->time);
      g_free (first->reason);
      first->reason = g_strdup (c->reason);
      g_free (first->actor);
      first->actor = g_strdup (c->actor);
      first->is_undo = c->is_undo;
    }
  for (guint i = s->changes->len; i-- > 0;)
    {
      FyZoneSummaryChange *c = g_ptr_array_index (s->changes, i);

      if (c->old_level == c->new_level)
        {
          g_ptr_array_remove_index (s->changes, i);
          continue;
        }
      c->kind = c->old_level < 0 ? FY_ZONE_CHANGE_CREATED
                : c->new_level < 0 ? FY_ZONE_CHANGE_DELETED : FY_ZONE_CHANGE_LEVEL;
      /* The net change is what was meant, not the Undo that ended it. */
      c->is_undo = FALSE;
      if (c->kind == FY_ZONE_CHANGE_LEVEL)
        s->n_level_changes++;
      if (c->new_level >= 0)
        s->levels[c->new_level].n_entered++;
      if (c->old_level >= 0)
        s->levels[c->old_level].n_left++;
    }
  g_ptr_array_sort (s->changes, compare_at);
}

FyZoneSummary *
fy_zone_summary_new (FyStore *store, const char *day, GError **error)
{
  g_autoptr(FyZoneSummary) s = NULL;
  g_autofree char *clean = NULL;

  g_return_val_if_fail (FY_IS_STORE (store), NULL);
  if (day != NULL && *day != '\0')
    {
      clean = fy_validate_date (day, error);
      if (clean == NULL)
        return NULL;
    }
  else
    clean = fy_today ();

  s = g_new0 (FyZoneSummary, 1);
  s->day = g_steal_pointer (&clean);
  s->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  if (!read_levels (store, s, error) || !read_changes (store, s, error))
    return NULL;
  keep_net_changes (s);
  return g_steal_pointer (&s);
}

char *
fy_zone_summary_change_dup_text (const FyZoneSummaryChange *c)
{
  g_autofree char *what = NULL;

  switch (c->kind)
    {
    case FY_ZONE_CHANGE_CREATED:
      /* Translators: a new area on the map and its level, e.g. "drawn as 红区". */
      what = g_strdup_printf (_("drawn as %s"), c->new_level >= 0 ? fy_zone_level_label (c->new_level) : "");
      break;
    case FY_ZONE_CHANGE_DELETED:
      what = g_strdup (_("deleted"));
      break;
    case FY_ZONE_CHANGE_LEVEL:
    default:
      /* Translators: a level change of an area, e.g. "绿区 → 蓝区". */
      what = g_strdup_printf (_("%s → %s"),
                              c->old_level >= 0 ? fy_zone_level_label (c->old_level) : "",
                              c->new_level >= 0 ? fy_zone_level_label (c->new_level) : "");
      break;
    }
  if (c->is_undo)
    /* Translators: time, area, what happened; the change was an Undo. */
    return g_strdup_printf (_("%s %s: %s (undone)"), c->time, c->area_name, what);
  if (*c->reason)
    /* Translators: time, area, what happened, the reason typed by the officer. */
    return g_strdup_printf (_("%s %s: %s (%s)"), c->time, c->area_name, what, c->reason);
  /* Translators: time, area, what happened. */
  return g_strdup_printf (_("%s %s: %s"), c->time, c->area_name, what);
}

char *
fy_zone_summary_dup_text (const FyZoneSummary *s)
{
  GString *out = g_string_new (NULL);

  if (fy_zone_summary_is_empty (s))
    return g_string_free (out, FALSE);

  /* Highest risk first, as an inspector reads it. */
  for (int level = FY_ZONE_N_LEVELS - 1; level >= 0; level--)
    {
      const FyZoneLevelCount *n = &s->levels[level];
      g_autofree char *areas = NULL;
      g_autofree char *people = NULL;

      if (n->n_areas == 0)
        continue;
      areas = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d area", "%d areas", n->n_areas), n->n_areas);
      people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d person", "%d people", n->n_people),
                                n->n_people);
      /* Translators: a level with its number of areas and people, e.g. "红区 1 个区域，0 人". */
      g_string_append_printf (out, _("%s: %s, %s"), fy_zone_level_label (level), areas, people);
      g_string_append_c (out, '\n');
    }

  if (s->changes->len == 0)
    g_string_append (out, _("No area level changed on this day."));
  else
    {
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u zone change on this day:",
                                                "%u zone changes on this day:", s->changes->len),
                              s->changes->len);
      for (guint i = 0; i < s->changes->len; i++)
        {
          g_autofree char *line = fy_zone_summary_change_dup_text (g_ptr_array_index (s->changes, i));
          g_string_append_c (out, '\n');
          g_string_append (out, line);
        }
    }
  return g_string_free (out, FALSE);
}

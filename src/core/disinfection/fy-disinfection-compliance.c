/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-disinfection-compliance.c — windows, tallies and the state now of
 * disinfection schedules (the rules are in fy-disinfection-compliance.h). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-clock.h"
#include "fy-disinfection-compliance.h"
#include "fy-disinfection-private.h"
#include "fy-zone-render.h"

/* The instant `days` days after the start of local day `day`, plus `hours`. */
static gint64
day_instant (const char *day, int days, int hours)
{
  g_autoptr(GDateTime) midnight = fy_local_day_midnight (day);
  g_autoptr(GDateTime) moved = NULL;

  if (midnight == NULL)
    return 0;
  moved = g_date_time_add_days (midnight, days);
  if (hours != 0)
    {
      GDateTime *later = g_date_time_add_hours (moved, hours);
      g_date_time_unref (moved);
      moved = later;
    }
  return g_date_time_to_unix (moved);
}

static char *
day_add (const char *day, int days)
{
  return fy_local_day_of (day_instant (day, days, 12));
}

/* Index of the first instant >= t. */
static guint
lower_bound (const gint64 *at, guint n, gint64 t)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (at[mid] < t)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static guint
count_in (const gint64 *at, guint n, gint64 from, gint64 to)
{
  return lower_bound (at, n, to) - lower_bound (at, n, from);
}

/* Days among the `n_days` starting at `first` with a disinfection. */
static guint
days_with (const gint64 *at, guint n, const char *first, int n_days)
{
  guint days = 0;

  for (int i = 0; i < n_days; i++)
    if (count_in (at, n, day_instant (first, i, 0), day_instant (first, i + 1, 0)) > 0)
      days++;
  return days;
}

static guint
required_in_day (FyDisinfectionFrequency f)
{
  return f == FY_DISINFECTION_TWICE_DAILY ? 2 : 1;
}

static void
count_window (FyDisinfectionTally *t, gint64 end, gint64 now, guint required, guint done)
{
  if (end <= now)
    {
      t->windows++;
      if (done < required)
        t->missed++;
    }
  t->scheduled += required;
  t->done += MIN (done, required);
}

static int
shift_hours (const FyDisinfectionRule *rule)
{
  return 24 / CLAMP (rule->shifts, 1, 4);
}

static FyDisinfectionFrequency
frequency_on (const FyDisinfectionRule *rule, const char *day)
{
  gpointer f = rule->by_day ? g_hash_table_lookup (rule->by_day, day) : NULL;

  return f != NULL ? (FyDisinfectionFrequency) (GPOINTER_TO_INT (f) - 1) : rule->frequency;
}

void
fy_disinfection_tally (const FyDisinfectionRule *rule, const gint64 *at, guint n, const char *from,
                       const char *to, gint64 now, FyDisinfectionTally *t)
{
  g_autofree char *day = NULL;
  guint n_days = 0, entry_days = 0;

  *t = (FyDisinfectionTally) { 0 };
  if (rule->frequency == FY_DISINFECTION_PER_TRUCK && rule->by_day == NULL)
    {
      t->done = count_in (at, n, day_instant (from, 0, 0), day_instant (to, 1, 0));
      return;
    }
  day = g_strdup (g_strcmp0 (from, rule->start_day) >= 0 ? from : rule->start_day);
  while (g_strcmp0 (day, to) <= 0 && day_instant (day, 0, 0) <= now)
    {
      FyDisinfectionFrequency frequency = frequency_on (rule, day);
      char *next;

      switch (frequency)
        {
        case FY_DISINFECTION_DAILY:
        case FY_DISINFECTION_TWICE_DAILY:
          count_window (t, day_instant (day, 1, 0), now, required_in_day (frequency),
                        count_in (at, n, day_instant (day, 0, 0), day_instant (day, 1, 0)));
          break;
        case FY_DISINFECTION_EACH_SHIFT:
          for (int h = 0; h < 24 && day_instant (day, 0, h) <= now; h += shift_hours (rule))
            count_window (t, day_instant (day, 0, h + shift_hours (rule)), now, 1,
                          count_in (at, n, day_instant (day, 0, h), day_instant (day, 0, h + shift_hours (rule))));
          break;
        case FY_DISINFECTION_TWO_PER_THREE_DAYS:
          {
            g_autofree char *first = day_add (day, -2);

            n_days++;
            entry_days += days_with (at, n, day, 1);
            /* Rolling windows: only those wholly after the first day, and
             * complete; the tally of days is below. */
            if (g_strcmp0 (first, rule->start_day) >= 0 && day_instant (day, 1, 0) <= now)
              {
                t->windows++;
                if (days_with (at, n, first, 3) < 2)
                  t->missed++;
              }
          }
          break;
        case FY_DISINFECTION_PER_TRUCK:
          t->done += count_in (at, n, day_instant (day, 0, 0), day_instant (day, 1, 0));
          break;
        case FY_DISINFECTION_N_FREQUENCIES:
        default:
          break;
        }
      next = day_add (day, 1);
      g_free (day);
      day = next;
    }
  if (n_days > 0)
    {
      guint scheduled = (2 * n_days + 2) / 3;

      t->scheduled += scheduled;
      t->done += MIN (entry_days, scheduled);
    }
}

void
fy_disinfection_now (const FyDisinfectionRule *rule, const gint64 *at, guint n, gint64 now,
                     FyDisinfectionNow *out)
{
  g_autofree char *today = fy_local_day_of (now);
  gint64 prev_start = 0, prev_end = 0;
  guint prev_done = 0, prev_required = 0;
  gboolean prev_counts = FALSE;

  *out = (FyDisinfectionNow) { 0 };
  if (g_strcmp0 (today, rule->start_day) < 0)
    {
      out->status = FY_DISINFECTION_STATUS_NOT_STARTED;
      return;
    }
  switch (rule->frequency)
    {
    case FY_DISINFECTION_DAILY:
    case FY_DISINFECTION_TWICE_DAILY:
    case FY_DISINFECTION_PER_TRUCK:
      out->window_start = day_instant (today, 0, 0);
      out->window_end = day_instant (today, 1, 0);
      out->required = rule->frequency == FY_DISINFECTION_PER_TRUCK ? 0 : required_in_day (rule->frequency);
      out->done = count_in (at, n, out->window_start, out->window_end);
      prev_start = day_instant (today, -1, 0);
      prev_end = out->window_start;
      prev_required = out->required;
      prev_done = count_in (at, n, prev_start, prev_end);
      break;
    case FY_DISINFECTION_EACH_SHIFT:
      {
        int h = shift_hours (rule);
        int k = (int) ((now - day_instant (today, 0, 0)) / 3600) / h;

        out->window_start = day_instant (today, 0, k * h);
        out->window_end = day_instant (today, 0, (k + 1) * h);
        out->required = 1;
        out->done = count_in (at, n, out->window_start, out->window_end);
        prev_start = day_instant (today, 0, (k - 1) * h);
        prev_end = out->window_start;
        prev_required = 1;
        prev_done = count_in (at, n, prev_start, prev_end);
      }
      break;
    case FY_DISINFECTION_TWO_PER_THREE_DAYS:
      {
        g_autofree char *first = day_add (today, -2);
        g_autofree char *prev_first = day_add (today, -3);

        out->window_start = day_instant (first, 0, 0);
        out->window_end = day_instant (today, 1, 0);
        out->required = 2;
        out->done = days_with (at, n, first, 3);
        prev_start = day_instant (prev_first, 0, 0);
        prev_end = day_instant (today, 0, 0);
        prev_required = 2;
        prev_done = days_with (at, n, prev_first, 3);
      }
      break;
    case FY_DISINFECTION_N_FREQUENCIES:
    default:
      break;
    }
  if (rule->frequency == FY_DISINFECTION_PER_TRUCK)
    {
      out->status = FY_DISINFECTION_STATUS_AS_NEEDED;
      return;
    }
  prev_counts = prev_start >= day_instant (rule->start_day, 0, 0);
  if (out->done >= out->required)
    out->status = FY_DISINFECTION_STATUS_DONE;
  else if (prev_counts && prev_done < prev_required)
    out->status = FY_DISINFECTION_STATUS_OVERDUE;
  else
    out->status = FY_DISINFECTION_STATUS_DUE;
  (void) prev_end;
}

const char *
fy_disinfection_status_label (FyDisinfectionStatus status)
{
  switch (status)
    {
    case FY_DISINFECTION_STATUS_DONE: return C_("disinfection", "Done");
    case FY_DISINFECTION_STATUS_DUE: return C_("disinfection", "Due");
    case FY_DISINFECTION_STATUS_OVERDUE: return C_("disinfection", "Overdue");
    case FY_DISINFECTION_STATUS_AS_NEEDED: return C_("disinfection", "As needed");
    case FY_DISINFECTION_STATUS_NOT_STARTED: return C_("disinfection", "Not started");
    default: return "";
    }
}

char *
fy_disinfection_now_text (const char *place, FyDisinfectionFrequency frequency, const FyDisinfectionNow *now)
{
  switch (frequency)
    {
    case FY_DISINFECTION_TWO_PER_THREE_DAYS:
      /* Translators: Today's disinfection line: place, done, required. */
      return g_strdup_printf (_("%s: %u of %u in this 3-day window"), place, now->done, now->required);
    case FY_DISINFECTION_EACH_SHIFT:
      /* Translators: Today's disinfection line: place, done, required. */
      return g_strdup_printf (_("%s: %u of %u this shift"), place, now->done, now->required);
    case FY_DISINFECTION_PER_TRUCK:
      /* Translators: Today's disinfection line: place, disinfections today. */
      return g_strdup_printf (_("%s: after each truck, %u today"), place, now->done);
    case FY_DISINFECTION_DAILY:
    case FY_DISINFECTION_TWICE_DAILY:
    case FY_DISINFECTION_N_FREQUENCIES:
    default:
      /* Translators: Today's disinfection line: place, done, required. */
      return g_strdup_printf (_("%s: %u of %u today"), place, now->done, now->required);
    }
}

void
fy_disinfection_gap_free (FyDisinfectionGap *gap)
{
  if (gap == NULL)
    return;
  g_free (gap->place_title);
  g_free (gap);
}

/* The frequency the risk rule asked on each past day of from … to (before
 * today) from the level the area had at the START of that day in the zone
 * history: a level change counts from the next day on, because windows
 * already past cannot be asked for after the fact; today follows the
 * current level, as the state now does. NULL table = the level never
 * changed (every day as now). */
static gboolean
frequency_by_day (FyStore *store, const FyDisinfectionSchedule *s, const char *from, const char *to,
                  gint64 now, GHashTable **out, GError **error)
{
  g_autofree char *today = fy_local_day_of (now);
  g_autofree char *day = g_strdup (g_strcmp0 (from, s->start_day) >= 0 ? from : s->start_day);
  g_autoptr(GArray) changes = NULL;
  FyDisinfectionFrequency asked[FY_ZONE_N_LEVELS];
  const FyDisinfectionLevelChange *c;
  guint i = 0;
  int level;

  *out = NULL;
  changes = fy_disinfection_level_changes (store, s->area_id, day_instant (today, 0, 0), error);
  if (changes == NULL)
    return FALSE;
  if (changes->len == 0)
    return TRUE;
  for (int l = 0; l < FY_ZONE_N_LEVELS; l++)
    {
      FyDisinfectionFrequency raised;

      asked[l] = fy_disinfection_get_rule (store, l, &raised)
                 ? fy_disinfection_frequency_raise (s->frequency, raised) : s->frequency;
    }
  c = (const FyDisinfectionLevelChange *) changes->data;
  /* Before its first row the area had that row's old level (a drawing: its first). */
  level = c[0].old_level >= 0 ? c[0].old_level : c[0].new_level;
  *out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  while (g_strcmp0 (day, to) <= 0 && g_strcmp0 (day, today) < 0)
    {
      gint64 start = day_instant (day, 0, 0);
      char *next;

      for (; i < changes->len && c[i].at < start; i++)
        if (c[i].new_level >= 0)
          level = c[i].new_level;
      if (level >= 0 && level < FY_ZONE_N_LEVELS)
        g_hash_table_insert (*out, g_strdup (day), GINT_TO_POINTER (asked[level] + 1));
      next = day_add (day, 1);
      g_free (day);
      day = next;
    }
  return TRUE;
}

/* One schedule's tally and state: its entries from three days before the
 * period (the first rolling window reaches back) to the later of its end
 * and now. */
static FyDisinfectionGap *
evaluate (FyStore *store, const FyDisinfectionSchedule *s, const char *from, const char *to, gint64 now,
          int shifts, GError **error)
{
  g_autofree char *today = fy_local_day_of (now);
  const char *first = g_strcmp0 (from, today) < 0 ? from : today;
  const char *last = g_strcmp0 (to, today) > 0 ? to : today;
  g_autoptr(GArray) times = NULL;
  FyDisinfectionRule rule = { fy_disinfection_effective_frequency (store, s), shifts, s->start_day };
  g_autoptr(GHashTable) by_day = NULL;
  FyDisinfectionGap *gap;

  if (!frequency_by_day (store, s, from, to, now, &by_day, error))
    return NULL;
  rule.by_day = by_day;
  times = fy_disinfection_entry_times (store, s->area_id, s->point_id, day_instant (first, -4, 0),
                                       day_instant (last, 1, 0), error);
  if (times == NULL)
    return NULL;
  gap = g_new0 (FyDisinfectionGap, 1);
  gap->schedule_id = s->id;
  gap->area_id = s->area_id;
  gap->point_id = s->point_id;
  gap->place_title = g_strdup (s->place_title);
  gap->level = s->level;
  gap->frequency = rule.frequency;
  fy_disinfection_tally (&rule, (const gint64 *) times->data, times->len, from, to, now, &gap->tally);
  fy_disinfection_now (&rule, (const gint64 *) times->data, times->len, now, &gap->now);
  return gap;
}

GPtrArray *
fy_disinfection_gaps (FyStore *store, const char *from, const char *to, gint64 area_id, gint64 now,
                      GError **error)
{
  g_autoptr(GPtrArray) schedules = fy_disinfection_list_schedules (store, error);
  g_autoptr(GPtrArray) gaps = NULL;
  int shifts = fy_disinfection_get_shifts (store);

  if (schedules == NULL)
    return NULL;
  gaps = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_disinfection_gap_free);
  for (guint i = 0; i < schedules->len; i++)
    {
      const FyDisinfectionSchedule *s = schedules->pdata[i];
      FyDisinfectionGap *gap;

      if (area_id != 0 && s->area_id != area_id)
        continue;
      gap = evaluate (store, s, from, to, now, shifts, error);
      if (gap == NULL)
        return NULL;
      g_ptr_array_add (gaps, gap);
    }
  return g_steal_pointer (&gaps);
}

static int
severity (FyDisinfectionStatus status)
{
  switch (status)
    {
    case FY_DISINFECTION_STATUS_OVERDUE: return 3;
    case FY_DISINFECTION_STATUS_DUE: return 2;
    case FY_DISINFECTION_STATUS_DONE: return 1;
    case FY_DISINFECTION_STATUS_AS_NEEDED:
    case FY_DISINFECTION_STATUS_NOT_STARTED:
    default: return 0;
    }
}

GHashTable *
fy_disinfection_area_states (FyStore *store, gint64 now, GError **error)
{
  g_autofree char *today = fy_local_day_of (now);
  g_autoptr(GPtrArray) gaps = fy_disinfection_gaps (store, today, today, 0, now, error);
  GHashTable *states;

  if (gaps == NULL)
    return NULL;
  states = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < gaps->len; i++)
    {
      const FyDisinfectionGap *gap = gaps->pdata[i];
      gpointer old = g_hash_table_lookup (states, &gap->area_id);

      if (severity (gap->now.status) == 0)
        continue;
      if (old == NULL || severity (GPOINTER_TO_INT (old) - 1) < severity (gap->now.status))
        g_hash_table_insert (states, g_memdup2 (&gap->area_id, sizeof (gint64)),
                             GINT_TO_POINTER (gap->now.status + 1));
    }
  return states;
}

GHashTable *
fy_disinfection_map_tints (FyStore *store, gint64 now, GError **error)
{
  static const FyZoneTint done = { 0.13, 0.55, 0.25, 0.12, FALSE };
  static const FyZoneTint due = { 0.90, 0.55, 0.00, 0.25, TRUE };
  static const FyZoneTint overdue = { 0.80, 0.05, 0.05, 0.45, FALSE };
  g_autoptr(GHashTable) states = fy_disinfection_area_states (store, now, error);
  GHashTable *tints;
  GHashTableIter iter;
  gpointer key, value;

  if (states == NULL)
    return NULL;
  tints = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_hash_table_iter_init (&iter, states);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      FyDisinfectionStatus status = GPOINTER_TO_INT (value) - 1;
      const FyZoneTint *tint = status == FY_DISINFECTION_STATUS_OVERDUE ? &overdue
                               : status == FY_DISINFECTION_STATUS_DUE ? &due : &done;

      g_hash_table_insert (tints, g_memdup2 (key, sizeof (gint64)), (gpointer) tint);
    }
  return tints;
}

gboolean
fy_disinfection_report_line (FyStore *store, const char *day, gint64 now, char **figures, char **remarks,
                             gboolean *behind, GError **error)
{
  g_autoptr(GPtrArray) gaps = fy_disinfection_gaps (store, day, day, 0, now, error);
  g_autoptr(GString) late = g_string_new (NULL);
  g_autofree char *today = fy_local_day_of (now);
  guint entries = 0, areas = 0, n_late = 0;

  if (gaps == NULL || !fy_disinfection_count_day (store, day, &entries, &areas, error))
    return FALSE;
  for (guint i = 0; i < gaps->len; i++)
    {
      const FyDisinfectionGap *gap = gaps->pdata[i];

      /* A window missed that day, or for today a round overdue now. */
      if (gap->tally.missed == 0
          && !(g_str_equal (day, today) && gap->now.status == FY_DISINFECTION_STATUS_OVERDUE))
        continue;
      if (n_late++ > 0)
        g_string_append (late, _(", "));
      g_string_append (late, gap->place_title);
    }
  /* Translators: daily report figures: disinfections done that day, in how many areas. */
  *figures = g_strdup_printf (_("%u times in %u areas"), entries, areas);
  /* Translators: daily report remark: the places whose schedule was not kept that day. */
  *remarks = n_late > 0 ? g_strdup_printf (_("Behind schedule: %s"), late->str) : g_strdup ("");
  *behind = n_late > 0;
  return TRUE;
}

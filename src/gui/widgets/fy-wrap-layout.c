/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-wrap-layout.c — rows that wrap: children are placed left to right at
 * their natural width and start a new row when the next one does not fit
 * (a child wider than the whole bar gets the bar's width, not less than its
 * minimum). Used for the pages' tool and filter bars so that the window can
 * be 640 px wide with the sidebar folded. */
#include "config.h"

#include "fy-wrap-layout.h"

struct _FyWrapLayout
{
  GtkLayoutManager parent_instance;
  int              spacing;
};

G_DEFINE_FINAL_TYPE (FyWrapLayout, fy_wrap_layout, GTK_TYPE_LAYOUT_MANAGER)

/* The width `child` takes in a row of `width` px. */
static int
child_width (GtkWidget *child, int width)
{
  int min = 0, nat = 0;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  return MAX (min, MIN (nat, width));
}

static int
child_height (GtkWidget *child, int width)
{
  int min = 0;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &min, NULL, NULL, NULL);
  return min;
}

/* Lays the children out in rows of `width` px: with `allocate` places them,
 * else only counts. Returns the total height. */
static int
flow (FyWrapLayout *self, GtkWidget *widget, int width, gboolean allocate)
{
  GtkWidget *row_start = gtk_widget_get_first_child (widget);
  int y = 0;

  while (row_start != NULL)
    {
      GtkWidget *row_end = row_start, *child;
      int used = 0, n = 0, n_expand = 0, row_height = 0, x = 0, spare, given = 0;

      /* Collect the row: as many visible children as fit. */
      for (child = row_start; child != NULL; child = gtk_widget_get_next_sibling (child))
        {
          int w;

          if (!gtk_widget_should_layout (child))
            {
              row_end = gtk_widget_get_next_sibling (child);
              continue;
            }
          w = child_width (child, width);
          if (n > 0 && used + self->spacing + w > width)
            break;
          used += (n > 0 ? self->spacing : 0) + w;
          n++;
          if (gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL))
            n_expand++;
          row_height = MAX (row_height, child_height (child, w));
          row_end = gtk_widget_get_next_sibling (child);
        }
      if (n == 0)
        break;
      spare = MAX (0, width - used);

      if (allocate)
        for (child = row_start; child != row_end; child = gtk_widget_get_next_sibling (child))
          {
            int w;

            if (!gtk_widget_should_layout (child))
              continue;
            w = child_width (child, width);
            if (n_expand > 0 && gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL))
              {
                int extra = spare / n_expand;

                /* The last expanding child takes what division leaves. */
                if (--n_expand == 0)
                  extra = spare - given;
                given += extra;
                w += extra;
              }
            gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, w, row_height }, -1);
            x += w + self->spacing;
          }
      y += row_height + self->spacing;
      row_start = row_end;
    }
  return MAX (0, y - self->spacing);
}

static GtkSizeRequestMode
fy_wrap_layout_get_request_mode (GtkLayoutManager *manager, GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
fy_wrap_layout_measure (GtkLayoutManager *manager, GtkWidget *widget, GtkOrientation orientation,
                        int for_size, int *minimum, int *natural, int *minimum_baseline,
                        int *natural_baseline)
{
  FyWrapLayout *self = FY_WRAP_LAYOUT (manager);
  int min = 0, nat = 0, n = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* At least the widest child; naturally everything in one row. */
      for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
        {
          int cmin = 0, cnat = 0;

          if (!gtk_widget_should_layout (c))
            continue;
          gtk_widget_measure (c, GTK_ORIENTATION_HORIZONTAL, -1, &cmin, &cnat, NULL, NULL);
          min = MAX (min, cmin);
          nat += (n++ > 0 ? self->spacing : 0) + cnat;
        }
    }
  else
    {
      int width = for_size;

      if (width < 0)
        fy_wrap_layout_measure (manager, widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
      min = nat = flow (self, widget, width, FALSE);
    }
  if (minimum)
    *minimum = min;
  if (natural)
    *natural = nat;
  if (minimum_baseline)
    *minimum_baseline = -1;
  if (natural_baseline)
    *natural_baseline = -1;
}

static void
fy_wrap_layout_allocate (GtkLayoutManager *manager, GtkWidget *widget, int width, int height, int baseline)
{
  flow (FY_WRAP_LAYOUT (manager), widget, width, TRUE);
}

static void
fy_wrap_layout_class_init (FyWrapLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->get_request_mode = fy_wrap_layout_get_request_mode;
  manager_class->measure = fy_wrap_layout_measure;
  manager_class->allocate = fy_wrap_layout_allocate;
}

static void
fy_wrap_layout_init (FyWrapLayout *self)
{
}

GtkLayoutManager *
fy_wrap_layout_new (int spacing)
{
  FyWrapLayout *self = g_object_new (FY_TYPE_WRAP_LAYOUT, NULL);

  self->spacing = spacing;
  return GTK_LAYOUT_MANAGER (self);
}

static GtkWidget *
find_by_id (GtkWidget *widget, const char *id)
{
  if (g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_by_id (c, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

void
fy_widget_wrap_bar (GtkWidget *root, const char *id, int spacing)
{
  GtkWidget *bar = find_by_id (root, id);

  g_return_if_fail (bar != NULL);
  gtk_widget_set_layout_manager (bar, fy_wrap_layout_new (spacing));
}

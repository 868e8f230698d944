/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-labels.c — map labels (name + headcount) placed greedily so
 * that none overlaps another, a symbol or the legend: riskiest areas first,
 * each label tried at its anchor and then spiralling out while its centre
 * stays over its own area. */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "fy-zone-render-private.h"

static int
cmp_labels (gconstpointer pa, gconstpointer pb)
{
  const FyZoneLabel *a = pa, *b = pb;

  if (a->priority != b->priority)
    return b->priority - a->priority;
  return (b->weight > a->weight) - (b->weight < a->weight);
}

static gboolean
collides (GArray *placed, const FyRect *r)
{
  for (guint i = 0; i < placed->len; i++)
    {
      const FyRect *p = &g_array_index (placed, FyRect, i);
      if (r->x0 < p->x1 && p->x0 < r->x1 && r->y0 < p->y1 && p->y0 < r->y1)
        return TRUE;
    }
  return FALSE;
}

char *
fy_zone_count_text (int count, int capacity)
{
  if (capacity > 0)
    /* Translators: headcount / capacity on a map label */
    return g_strdup_printf (_("%d / %d people"), count, capacity);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d person", "%d people", count), count);
}

/* Label positions tried, in label widths / heights from the anchor. */
static const double cand_dx[] = { 0, 0, 0, -0.6, 0.6, 0, 0, -0.6, 0.6, -0.6, 0.6, 0, 0, -1.2, 1.2, 0, 0 };
static const double cand_dy[] = { 0, -0.6, 0.6, 0, 0, -1.2, 1.2, -0.6, -0.6, 0.6, 0.6, -1.8, 1.8, 0, 0, -2.4, 2.4 };

void
fy_zone_place_labels (GArray *placed, cairo_t *cr, const FyZoneView *view, GArray *labels, GArray *obstacles,
                      double font_size, const FyRect *clip)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");
  const double pad = MAX (1.5, font_size * 0.15);

  pango_font_description_set_absolute_size (font, font_size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  g_array_sort (labels, cmp_labels);
  g_array_set_size (placed, 0);

  for (guint i = 0; i < labels->len; i++)
    {
      FyZoneLabel *l = &g_array_index (labels, FyZoneLabel, i);
      g_autofree char *text = l->count ? g_strconcat (l->name, "\n", l->count, NULL) : NULL;
      PangoRectangle ext;
      double w, h;
      FyRect box;
      gboolean found = FALSE;

      pango_layout_set_text (layout, text ? text : l->name, -1);
      if (l->over)
        {
          PangoAttrList *attrs = pango_attr_list_new ();
          PangoAttribute *fg = pango_attr_foreground_new (0xC000, 0, 0);
          PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
          fg->start_index = bold->start_index = strlen (l->name) + 1;
          fg->end_index = bold->end_index = G_MAXUINT;
          pango_attr_list_insert (attrs, fg);
          pango_attr_list_insert (attrs, bold);
          pango_layout_set_attributes (layout, attrs);
          pango_attr_list_unref (attrs);
        }
      else
        pango_layout_set_attributes (layout, NULL);
      pango_layout_get_pixel_extents (layout, NULL, &ext);
      w = ext.width + 2 * pad;
      h = ext.height + 2 * pad;

      /* Candidates: on the anchor, then spiralling out while the label's
       * centre stays inside its area (symbols: right, left, above, below). */
      for (guint c = 0; c < G_N_ELEMENTS (cand_dx) && !found; c++)
        {
          double cx = l->x + cand_dx[c] * w, cy = l->y + cand_dy[c] * h;
          if (l->symbol_gap > 0)
            {
              static const double sx[] = { 1, -1, 0, 0 };
              static const double sy[] = { 0, 0, -1, 1 };
              if (c >= G_N_ELEMENTS (sx))
                break;
              cx = l->x + sx[c] * (l->symbol_gap + w / 2);
              cy = l->y + sy[c] * (l->symbol_gap + h / 2);
            }
          else if (c > 0)
            {
              FyPoint m = fy_zone_view_to_map (view, cx, cy);
              if (!fy_rect_contains (&l->area->bounds, m.x, m.y)
                  || !fy_polygon_contains (l->area->points, l->area->n_points, m.x, m.y))
                continue;
            }
          box = (FyRect) { cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2 };
          if (box.x0 >= clip->x0 && box.x1 <= clip->x1 && box.y0 >= clip->y0 && box.y1 <= clip->y1
              && !collides (placed, &box) && !collides (obstacles, &box))
            found = TRUE;
        }
      if (!found)
        continue;
      g_array_append_val (placed, box);

      cairo_rectangle (cr, box.x0, box.y0, w, h);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.78);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_move_to (cr, box.x0 + pad - ext.x, box.y0 + pad - ext.y);
      pango_cairo_show_layout (cr, layout);
    }
  pango_font_description_free (font);
  g_object_unref (layout);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-demo-plan.c — the demo company's floor plans, drawn by the app itself
 * with cairo (not a downloaded picture): a site plan of the plant (厂区总平面图)
 * and of the dormitory compound, as an architect's plan would show them —
 * wall and gates, roads, lawns and trees, buildings with their numbers,
 * workshop roof lines, loading bays, parking stalls, north arrow and scale.
 *
 * The footprints match the areas of fy-demo-zones.c (same metres), so the
 * risk areas sit exactly on the buildings. Text on the plan is the plan's
 * own (Chinese, like a real drawing), not translated. */
#include "config.h"

#include <math.h>
#include <cairo.h>
#include <pango/pangocairo.h>
#include <glib/gi18n-lib.h>

#include "fy-demo-private.h"

/* ---- Plan features ------------------------------------------------------ */

typedef enum
{
  STYLE_WORKSHOP,    /* long-span shed: skylight lines across the roof */
  STYLE_WAREHOUSE,   /* high-bay store: roof lines along, loading doors */
  STYLE_OFFICE,      /* multi-storey: window bands */
  STYLE_DORMITORY,   /* rooms along a corridor */
  STYLE_SMALL,       /* guard house, toilet block, plant room */
} BuildingStyle;

typedef struct
{
  const char    *label;   /* as printed on the drawing */
  BuildingStyle  style;
  double         x0, y0, x1, y1;
} Building;

typedef struct
{
  double x0, y0, x1, y1;
} Box;

typedef struct
{
  double           width_m;
  double           height_m;
  double           px_per_m;
  Box              wall;          /* site boundary */
  const Box       *gates;         /* openings in the wall (thin boxes on it) */
  guint            n_gates;
  const Box       *roads;
  guint            n_roads;
  const Box       *parking;       /* stalls drawn across the box */
  guint            n_parking;
  const Box       *courts;        /* hard standing: aprons, courts, squares */
  guint            n_courts;
  const Building  *buildings;
  guint            n_buildings;
  const Box       *bays;          /* truck bays (dashed) */
  guint            n_bays;
  Box              street;        /* the public road outside */
  const char      *street_name;
  double           street_label_x;
  double           north_x, north_y;
  double           scale_x, scale_y;
  const char      *title;
} Plan;

/* Plant: 240 × 170 m; the wall runs 4 m inside the edge, the public road
 * along the south. */
static const Box plant_gates[] = {
  { 134, 159, 152, 161 },   /* 1号门, south */
  { 235, 106, 237, 126 },   /* 2号门 (logistics), east */
};
static const Box plant_roads[] = {
  { 4, 56, 236, 64 },       /* central avenue */
  { 136, 64, 150, 142 },    /* north–south avenue to the main gate */
  { 134, 142, 152, 161 },   /* gate throat */
  { 153, 100, 236, 130 },   /* yard in front of the warehouses */
  { 199, 4, 207, 56 },      /* fire lane between plant room and isolation block */
};
static const Box plant_parking[] = {
  { 184, 134, 232, 156 },
};
static const Box plant_courts[] = {
  { 156, 138, 178, 156 },   /* visitor square */
};
static const Building plant_buildings[] = {
  { "1#厂房", STYLE_WORKSHOP, 8, 8, 56, 50 },
  { "2#厂房", STYLE_WORKSHOP, 62, 8, 110, 50 },
  { "3#厂房", STYLE_WORKSHOP, 116, 8, 156, 50 },
  { "动力站", STYLE_SMALL, 162, 8, 194, 30 },
  { "维修间", STYLE_SMALL, 162, 34, 194, 50 },
  { "隔离用房", STYLE_SMALL, 212, 8, 232, 26 },
  { "观察用房", STYLE_SMALL, 212, 32, 232, 50 },
  { "4#厂房", STYLE_WORKSHOP, 8, 70, 52, 112 },
  { "5#厂房", STYLE_WORKSHOP, 58, 70, 130, 112 },
  { "1#仓库", STYLE_WAREHOUSE, 156, 70, 188, 98 },
  { "2#仓库", STYLE_WAREHOUSE, 194, 70, 232, 98 },
  { "综合办公楼", STYLE_OFFICE, 8, 120, 52, 156 },
  { "质检楼", STYLE_OFFICE, 58, 120, 86, 156 },
  { "食堂", STYLE_OFFICE, 92, 120, 130, 156 },
  { "门卫", STYLE_SMALL, 134, 146, 140, 154 },
  { "卫生间", STYLE_SMALL, 156, 124, 170, 134 },
};
static const Box plant_bays[] = {
  { 160, 98, 164, 110 }, { 168, 98, 172, 110 }, { 176, 98, 180, 110 },
  { 200, 98, 204, 110 }, { 208, 98, 212, 110 }, { 216, 98, 220, 110 }, { 224, 98, 228, 110 },
};

static const Plan plant_plan = {
  .width_m = 240, .height_m = 170, .px_per_m = 5,
  .wall = { 4, 4, 236, 161 },
  .gates = plant_gates, .n_gates = G_N_ELEMENTS (plant_gates),
  .roads = plant_roads, .n_roads = G_N_ELEMENTS (plant_roads),
  .parking = plant_parking, .n_parking = G_N_ELEMENTS (plant_parking),
  .courts = plant_courts, .n_courts = G_N_ELEMENTS (plant_courts),
  .buildings = plant_buildings, .n_buildings = G_N_ELEMENTS (plant_buildings),
  .bays = plant_bays, .n_bays = G_N_ELEMENTS (plant_bays),
  .street = { 0, 163, 240, 170 }, .street_name = "澄湖东路", .street_label_x = 200,
  .north_x = 203, .north_y = 30,
  .scale_x = 8, .scale_y = 167.5,
  .title = "厂区总平面图",
};

/* Dormitory compound: 110 × 72 m. */
static const Box dorm_gates[] = {
  { 48, 63, 62, 65 },
};
static const Box dorm_roads[] = {
  { 3, 42, 107, 46 },       /* east–west path */
  { 36, 46, 70, 65 },       /* gate square */
};
static const Box dorm_courts[] = {
  { 74, 48, 100, 60 },      /* basketball court */
};
static const Building dorm_buildings[] = {
  { "1#宿舍楼", STYLE_DORMITORY, 8, 8, 32, 40 },
  { "2#宿舍楼", STYLE_DORMITORY, 40, 8, 64, 40 },
  { "3#宿舍楼", STYLE_DORMITORY, 72, 8, 96, 40 },
  { "过渡宿舍", STYLE_DORMITORY, 8, 48, 30, 60 },
  { "门卫", STYLE_SMALL, 48, 54, 54, 60 },
};

static const Plan dorm_plan = {
  .width_m = 110, .height_m = 72, .px_per_m = 8,
  .wall = { 3, 3, 107, 64 },
  .gates = dorm_gates, .n_gates = G_N_ELEMENTS (dorm_gates),
  .roads = dorm_roads, .n_roads = G_N_ELEMENTS (dorm_roads),
  .courts = dorm_courts, .n_courts = G_N_ELEMENTS (dorm_courts),
  .buildings = dorm_buildings, .n_buildings = G_N_ELEMENTS (dorm_buildings),
  .street = { 0, 66, 110, 72 }, .street_name = "澄湖东路", .street_label_x = 92,
  .north_x = 102, .north_y = 16,
  .scale_x = 4, .scale_y = 69.5,
  .title = "宿舍区平面图",
};

/* ---- Drawing ------------------------------------------------------------ */

static void
set_rgb (cairo_t *cr, guint32 rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
}

static void
fill_box (cairo_t *cr, const Box *b, guint32 rgb)
{
  cairo_rectangle (cr, b->x0, b->y0, b->x1 - b->x0, b->y1 - b->y0);
  set_rgb (cr, rgb);
  cairo_fill (cr);
}

#define NO_BACKING G_MAXUINT32

/* Text in metres: `size` is the letter height; (x, y) is the anchor, with
 * xalign / yalign 0 = left/top, 0.5 = centre, 1 = right/bottom; on a
 * patch of `backing` colour unless NO_BACKING (labels on the street). */
typedef struct
{
  double   size;
  double   xalign;
  double   yalign;
  guint32  rgb;
  gboolean bold;
} TextStyle;

static void
draw_text_full (cairo_t *cr, const char *text, double x, double y, const TextStyle *style, guint32 backing)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (style->bold ? "Sans Bold" : "Sans");
  double size = style->size;
  double left, top, w, h;
  int pw, ph;

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &pw, &ph);
  w = (double) pw / PANGO_SCALE;
  h = (double) ph / PANGO_SCALE;
  left = x - style->xalign * w;
  top = y - style->yalign * h;
  if (backing != NO_BACKING)
    {
      cairo_rectangle (cr, left - size * 0.4, top, w + size * 0.8, h);
      set_rgb (cr, backing);
      cairo_fill (cr);
    }
  cairo_move_to (cr, left, top);
  set_rgb (cr, style->rgb);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (font);
  g_object_unref (layout);
}

static void
draw_text (cairo_t *cr, const char *text, double x, double y, const TextStyle *style)
{
  draw_text_full (cr, text, x, y, style, NO_BACKING);
}

static void
draw_tree (cairo_t *cr, double x, double y, double r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, r, 0, 2 * G_PI);
  set_rgb (cr, 0xa9c79a);
  cairo_fill_preserve (cr);
  set_rgb (cr, 0x7a9e68);
  cairo_set_line_width (cr, 0.15);
  cairo_stroke (cr);
}

static gboolean
box_hits (const Box *boxes, guint n, double x, double y, double margin)
{
  for (guint i = 0; i < n; i++)
    if (x > boxes[i].x0 - margin && x < boxes[i].x1 + margin && y > boxes[i].y0 - margin
        && y < boxes[i].y1 + margin)
      return TRUE;
  return FALSE;
}

static gboolean
building_hits (const Plan *p, double x, double y, double margin)
{
  for (guint i = 0; i < p->n_buildings; i++)
    {
      const Building *b = &p->buildings[i];
      if (x > b->x0 - margin && x < b->x1 + margin && y > b->y0 - margin && y < b->y1 + margin)
        return TRUE;
    }
  return FALSE;
}

/* Trees wherever the ground is lawn: candidates on a fine lattice, kept
 * when clear of buildings, paving and walls and not too near another tree,
 * so that narrow strips between buildings get a row and open lawn a grove. */
static void
draw_trees (cairo_t *cr, const Plan *p)
{
  const double step = 1.5, spacing = 5.0, clear = 2.0;
  g_autoptr(GArray) trees = g_array_new (FALSE, FALSE, sizeof (double) * 2);

  for (double y = p->wall.y0 + clear; y <= p->wall.y1 - clear; y += step)
    for (double x = p->wall.x0 + clear; x <= p->wall.x1 - clear; x += step)
      {
        gboolean crowded = FALSE;

        if (building_hits (p, x, y, clear) || box_hits (p->roads, p->n_roads, x, y, clear - 0.5)
            || box_hits (p->courts, p->n_courts, x, y, clear) || box_hits (p->parking, p->n_parking, x, y, clear)
            || box_hits (p->bays, p->n_bays, x, y, clear)
            || (fabs (x - p->north_x) < 5 && y > p->north_y - 9 && y < p->north_y + 7))
          continue;
        for (guint i = 0; i < trees->len && !crowded; i++)
          {
            const double *t = &g_array_index (trees, double, 2 * i);
            crowded = (t[0] - x) * (t[0] - x) + (t[1] - y) * (t[1] - y) < spacing * spacing;
          }
        if (crowded)
          continue;
        g_array_append_vals (trees, (double[]) { x, y }, 1);
        draw_tree (cr, x, y, 1.3);
      }
}

static void
draw_roof (cairo_t *cr, const Building *b)
{
  double w = b->x1 - b->x0, h = b->y1 - b->y0;

  cairo_save (cr);
  cairo_rectangle (cr, b->x0, b->y0, w, h);
  cairo_clip (cr);
  set_rgb (cr, 0xb9b4aa);
  cairo_set_line_width (cr, 0.2);
  switch (b->style)
    {
    case STYLE_WORKSHOP:
      /* Skylight bands across the short side, every 6 m (the bay width). */
      for (double x = b->x0 + 6; x < b->x1 - 1; x += 6)
        {
          cairo_move_to (cr, x, b->y0 + 1.5);
          cairo_line_to (cr, x, b->y1 - 1.5);
        }
      cairo_stroke (cr);
      break;
    case STYLE_WAREHOUSE:
      cairo_move_to (cr, b->x0 + 1, (b->y0 + b->y1) / 2);
      cairo_line_to (cr, b->x1 - 1, (b->y0 + b->y1) / 2);
      cairo_stroke (cr);
      /* Loading doors on the south face. */
      set_rgb (cr, 0x8c8577);
      for (double x = b->x0 + 4; x < b->x1 - 3; x += 8)
        cairo_rectangle (cr, x, b->y1 - 0.8, 4, 0.8);
      cairo_fill (cr);
      break;
    case STYLE_OFFICE:
      /* Window bands: a storey every 3.6 m. */
      for (double y = b->y0 + 3.6; y < b->y1 - 1; y += 3.6)
        {
          cairo_move_to (cr, b->x0 + 1, y);
          cairo_line_to (cr, b->x1 - 1, y);
        }
      cairo_stroke (cr);
      break;
    case STYLE_DORMITORY:
      /* A corridor along the middle, rooms of 3.6 m on both sides. */
      cairo_move_to (cr, (b->x0 + b->x1) / 2 - 1, b->y0 + 0.5);
      cairo_line_to (cr, (b->x0 + b->x1) / 2 - 1, b->y1 - 0.5);
      cairo_move_to (cr, (b->x0 + b->x1) / 2 + 1, b->y0 + 0.5);
      cairo_line_to (cr, (b->x0 + b->x1) / 2 + 1, b->y1 - 0.5);
      for (double y = b->y0 + 3.6; y < b->y1 - 1; y += 3.6)
        {
          cairo_move_to (cr, b->x0, y);
          cairo_line_to (cr, (b->x0 + b->x1) / 2 - 1, y);
          cairo_move_to (cr, (b->x0 + b->x1) / 2 + 1, y);
          cairo_line_to (cr, b->x1, y);
        }
      cairo_stroke (cr);
      break;
    case STYLE_SMALL:
    default:
      cairo_move_to (cr, b->x0, b->y0);
      cairo_line_to (cr, b->x1, b->y1);
      cairo_move_to (cr, b->x1, b->y0);
      cairo_line_to (cr, b->x0, b->y1);
      cairo_stroke (cr);
      break;
    }
  cairo_restore (cr);
}

static void
draw_building (cairo_t *cr, const Building *b)
{
  double w = b->x1 - b->x0, h = b->y1 - b->y0;
  double size = MIN (2.6, h / 3);

  /* A soft shadow to the south-east, the footprint, the roof, the outline. */
  cairo_rectangle (cr, b->x0 + 0.6, b->y0 + 0.6, w, h);
  set_rgb (cr, 0xc8c2b6);
  cairo_fill (cr);
  cairo_rectangle (cr, b->x0, b->y0, w, h);
  set_rgb (cr, 0xf7f5f0);
  cairo_fill (cr);
  draw_roof (cr, b);
  cairo_rectangle (cr, b->x0, b->y0, w, h);
  set_rgb (cr, 0x4d4a44);
  cairo_set_line_width (cr, 0.45);
  cairo_stroke (cr);
  /* The building number in the top-left corner, out of the way of the
   * area labels the map puts in the middle. */
  draw_text (cr, b->label, b->x0 + 1, b->y0 + 0.8,
             &(TextStyle) { .size = size, .xalign = 0, .yalign = 0, .rgb = 0x4d4a44, .bold = FALSE });
}

static void
draw_road (cairo_t *cr, const Box *b)
{
  fill_box (cr, b, 0xd4d1ca);
}

static void
draw_parking (cairo_t *cr, const Box *b)
{
  double mid = (b->y0 + b->y1) / 2;

  fill_box (cr, b, 0xcfccc4);
  set_rgb (cr, 0xffffff);
  cairo_set_line_width (cr, 0.15);
  for (double x = b->x0 + 1; x <= b->x1 - 1; x += 2.5)
    {
      cairo_move_to (cr, x, b->y0 + 0.5);
      cairo_line_to (cr, x, mid - 2.5);
      cairo_move_to (cr, x, mid + 2.5);
      cairo_line_to (cr, x, b->y1 - 0.5);
    }
  cairo_stroke (cr);
  draw_text (cr, "P", (b->x0 + b->x1) / 2, mid,
             &(TextStyle) { .size = 3.5, .xalign = 0.5, .yalign = 0.5, .rgb = 0x5a7ca8, .bold = TRUE });
}

static void
draw_bays (cairo_t *cr, const Plan *p)
{
  static const double dash[] = { 0.8, 0.5 };

  cairo_save (cr);
  set_rgb (cr, 0xc9a227);
  cairo_set_line_width (cr, 0.2);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  for (guint i = 0; i < p->n_bays; i++)
    cairo_rectangle (cr, p->bays[i].x0, p->bays[i].y0, p->bays[i].x1 - p->bays[i].x0,
                     p->bays[i].y1 - p->bays[i].y0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The wall as four sides broken where the gates are. */
static void
draw_wall (cairo_t *cr, const Plan *p)
{
  const Box *w = &p->wall;

  cairo_save (cr);
  cairo_rectangle (cr, w->x0, w->y0, w->x1 - w->x0, w->y1 - w->y0);
  set_rgb (cr, 0x55524b);
  cairo_set_line_width (cr, 0.7);
  cairo_stroke (cr);
  for (guint i = 0; i < p->n_gates; i++)
    {
      const Box *g = &p->gates[i];
      /* Open the wall, then draw the gate posts and a sliding gate line. */
      fill_box (cr, g, 0xd4d1ca);
      set_rgb (cr, 0x55524b);
      if (g->x1 - g->x0 > g->y1 - g->y0)
        {
          double y = (g->y0 + g->y1) / 2;
          cairo_rectangle (cr, g->x0 - 0.6, y - 0.6, 1.2, 1.2);
          cairo_rectangle (cr, g->x1 - 0.6, y - 0.6, 1.2, 1.2);
          cairo_fill (cr);
        }
      else
        {
          double x = (g->x0 + g->x1) / 2;
          cairo_rectangle (cr, x - 0.6, g->y0 - 0.6, 1.2, 1.2);
          cairo_rectangle (cr, x - 0.6, g->y1 - 0.6, 1.2, 1.2);
          cairo_fill (cr);
        }
    }
  cairo_restore (cr);
}

static void
draw_street (cairo_t *cr, const Plan *p)
{
  static const double dash[] = { 3, 2 };
  const Box *s = &p->street;
  double mid = (s->y0 + s->y1) / 2;

  fill_box (cr, s, 0xa3a19b);
  cairo_save (cr);
  set_rgb (cr, 0xffffff);
  cairo_set_line_width (cr, 0.25);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, s->x0, mid);
  cairo_line_to (cr, s->x1, mid);
  cairo_stroke (cr);
  cairo_restore (cr);
  draw_text_full (cr, p->street_name, p->street_label_x, mid,
                  &(TextStyle) { .size = 2.6, .xalign = 0.5, .yalign = 0.5, .rgb = 0xffffff, .bold = TRUE },
                  0xa3a19b);
}

static void
draw_north_arrow (cairo_t *cr, double x, double y)
{
  cairo_move_to (cr, x, y - 6);
  cairo_line_to (cr, x + 2.2, y + 1);
  cairo_line_to (cr, x, y - 0.5);
  cairo_close_path (cr);
  set_rgb (cr, 0x3a3833);
  cairo_fill (cr);
  cairo_move_to (cr, x, y - 6);
  cairo_line_to (cr, x - 2.2, y + 1);
  cairo_line_to (cr, x, y - 0.5);
  cairo_close_path (cr);
  cairo_set_line_width (cr, 0.2);
  cairo_stroke (cr);
  draw_text (cr, "北", x, y + 1.5,
             &(TextStyle) { .size = 2.8, .xalign = 0.5, .yalign = 0, .rgb = 0x3a3833, .bold = TRUE });
}

/* 0 — 10 — 20 — 50 m, alternating black and white. */
static void
draw_scale_bar (cairo_t *cr, double x, double y)
{
  static const double marks[] = { 0, 10, 20, 30, 40, 50 };

  for (guint i = 0; i + 1 < G_N_ELEMENTS (marks); i++)
    {
      cairo_rectangle (cr, x + marks[i], y - 0.6, marks[i + 1] - marks[i], 1.2);
      set_rgb (cr, i % 2 ? 0xffffff : 0x3a3833);
      cairo_fill_preserve (cr);
      set_rgb (cr, 0x3a3833);
      cairo_set_line_width (cr, 0.15);
      cairo_stroke (cr);
    }
  draw_text (cr, "0", x, y - 0.9,
             &(TextStyle) { .size = 1.8, .xalign = 0.5, .yalign = 1, .rgb = 0xffffff, .bold = FALSE });
  draw_text (cr, "50 m", x + 50, y - 0.9,
             &(TextStyle) { .size = 1.8, .xalign = 0.5, .yalign = 1, .rgb = 0xffffff, .bold = FALSE });
}

static void
draw_plan (cairo_t *cr, const Plan *p)
{
  cairo_scale (cr, p->px_per_m, p->px_per_m);
  set_rgb (cr, 0xefece4);
  cairo_paint (cr);

  draw_street (cr, p);
  /* Lawn inside the wall, then everything paved or built on it. */
  fill_box (cr, &p->wall, 0xdde7d0);
  for (guint i = 0; i < p->n_roads; i++)
    draw_road (cr, &p->roads[i]);
  for (guint i = 0; i < p->n_courts; i++)
    fill_box (cr, &p->courts[i], 0xe3ddd0);
  for (guint i = 0; i < p->n_parking; i++)
    draw_parking (cr, &p->parking[i]);
  draw_trees (cr, p);
  draw_bays (cr, p);
  for (guint i = 0; i < p->n_buildings; i++)
    draw_building (cr, &p->buildings[i]);
  draw_wall (cr, p);
  draw_north_arrow (cr, p->north_x, p->north_y);
  draw_scale_bar (cr, p->scale_x, p->scale_y);
  draw_text_full (cr, p->title, p->scale_x + 56, p->scale_y,
                  &(TextStyle) { .size = 2.4, .xalign = 0, .yalign = 0.5, .rgb = 0xffffff, .bold = TRUE },
                  0xa3a19b);
}

static cairo_status_t
append_png (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
fy_demo_draw_plan (FyDemoPlan which, double *width_m, double *height_m, GError **error)
{
  const Plan *p = which == FY_DEMO_PLAN_DORMS ? &dorm_plan : &plant_plan;
  int w = (int) lround (p->width_m * p->px_per_m);
  int h = (int) lround (p->height_m * p->px_per_m);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
  g_autoptr(GByteArray) png = g_byte_array_new ();
  cairo_status_t status;
  cairo_t *cr = cairo_create (surface);

  draw_plan (cr, p);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, append_png, png);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_FAILED,
                   _("The demo floor plan could not be drawn (%s)."), cairo_status_to_string (status));
      return NULL;
    }
  *width_m = p->width_m;
  *height_m = p->height_m;
  return g_byte_array_free_to_bytes (g_steal_pointer (&png));
}

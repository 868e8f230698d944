/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Plane geometry of the zone map: inside tests on concave shapes and on
 * edges, self-intersection, areas and centroids, hit tests, snapping. */
#include "config.h"

#include <math.h>

#include "fy-geometry-private.h"
#include "fy-geometry.h"
#include "fy-test-support.h"

/* An L (concave): a 10 × 10 square with the top-right 5 × 5 cut away. */
static const FyPoint ell[] = {
  { 0, 0 }, { 5, 0 }, { 5, 5 }, { 10, 5 }, { 10, 10 }, { 0, 10 },
};

/* A U opening upward: the notch is outside. */
static const FyPoint you[] = {
  { 0, 0 }, { 3, 0 }, { 3, 6 }, { 6, 6 }, { 6, 0 }, { 9, 0 }, { 9, 9 }, { 0, 9 },
};

static void
test_contains_concave (void)
{
  /* Inside the L's two arms and its corner. */
  g_assert_true (fy_polygon_contains (ell, G_N_ELEMENTS (ell), 2, 2));
  g_assert_true (fy_polygon_contains (ell, G_N_ELEMENTS (ell), 8, 8));
  g_assert_true (fy_polygon_contains (ell, G_N_ELEMENTS (ell), 2, 8));
  /* The cut-away corner is outside, and so is everything around. */
  g_assert_false (fy_polygon_contains (ell, G_N_ELEMENTS (ell), 8, 2));
  g_assert_false (fy_polygon_contains (ell, G_N_ELEMENTS (ell), -1, 5));
  g_assert_false (fy_polygon_contains (ell, G_N_ELEMENTS (ell), 11, 8));
  g_assert_false (fy_polygon_contains (ell, G_N_ELEMENTS (ell), 5, 11));

  /* The U's notch (a ray from it crosses the shape twice). */
  g_assert_false (fy_polygon_contains (you, G_N_ELEMENTS (you), 4.5, 3));
  g_assert_true (fy_polygon_contains (you, G_N_ELEMENTS (you), 1.5, 3));
  g_assert_true (fy_polygon_contains (you, G_N_ELEMENTS (you), 7.5, 3));
  g_assert_true (fy_polygon_contains (you, G_N_ELEMENTS (you), 4.5, 7.5));
  /* A ray through a vertex's height (y = 6 passes the notch corners). */
  g_assert_true (fy_polygon_contains (you, G_N_ELEMENTS (you), 1, 6));
  g_assert_false (fy_polygon_contains (you, G_N_ELEMENTS (you), -2, 6));
}

static void
test_contains_edges (void)
{
  /* Points on edges and vertices count as inside. */
  g_assert_true (fy_polygon_contains (ell, G_N_ELEMENTS (ell), 0, 5));     /* left edge */
  g_assert_true (fy_polygon_contains (ell, G_N_ELEMENTS (ell), 7.5, 5));   /* inner horizontal edge */
  g_assert_true (fy_polygon_contains (ell, G_N_ELEMENTS (ell), 5, 2.5));   /* inner vertical edge */
  g_assert_true (fy_polygon_contains (ell, G_N_ELEMENTS (ell), 5, 5));     /* reflex vertex */
  g_assert_true (fy_polygon_contains (ell, G_N_ELEMENTS (ell), 10, 10));   /* corner */
  g_assert_true (fy_polygon_contains (ell, G_N_ELEMENTS (ell), 5.0005, 3)); /* within a millimetre */
  g_assert_false (fy_polygon_contains (ell, G_N_ELEMENTS (ell), 5.01, 3));  /* a centimetre out */
  /* Too few points never contain anything. */
  g_assert_false (fy_polygon_contains (ell, 2, 1, 0));
}

static void
test_simple (void)
{
  const FyPoint bowtie[] = { { 0, 0 }, { 4, 4 }, { 4, 0 }, { 0, 4 } };
  const FyPoint square[] = { { 0, 0 }, { 4, 0 }, { 4, 4 }, { 0, 4 } };
  const FyPoint dup[] = { { 0, 0 }, { 4, 0 }, { 4, 0 }, { 0, 4 } };
  const FyPoint spike[] = { { 0, 0 }, { 4, 0 }, { 2, 0 }, { 2, 4 } };     /* folds back along an edge */
  const FyPoint touching[] = { { 0, 0 }, { 6, 0 }, { 6, 6 }, { 3, 0 }, { 0, 6 } }; /* vertex on an edge */
  const FyPoint line[] = { { 0, 0 }, { 1, 1 }, { 2, 2 } };

  g_assert_true (fy_polygon_is_simple (square, 4));
  g_assert_true (fy_polygon_is_simple (ell, G_N_ELEMENTS (ell)));
  g_assert_true (fy_polygon_is_simple (you, G_N_ELEMENTS (you)));
  g_assert_false (fy_polygon_is_simple (bowtie, 4));
  g_assert_false (fy_polygon_is_simple (dup, 4));
  g_assert_false (fy_polygon_is_simple (spike, 4));
  g_assert_false (fy_polygon_is_simple (touching, 5));
  g_assert_false (fy_polygon_is_simple (line, 3));
  g_assert_false (fy_polygon_is_simple (square, 2));
}

static void
test_area_centroid_bounds (void)
{
  const FyPoint square[] = { { 2, 2 }, { 6, 2 }, { 6, 6 }, { 2, 6 } };
  FyPoint c;
  FyRect r;

  g_assert_cmpfloat_with_epsilon (fy_polygon_area (square, 4), 16, 1e-9);
  g_assert_cmpfloat_with_epsilon (fy_polygon_area (ell, G_N_ELEMENTS (ell)), 75, 1e-9);
  /* Winding does not change the area's size, only its sign. */
  g_assert_cmpfloat_with_epsilon (fy_polygon_signed_area (square, 4),
                                  -fy_polygon_signed_area ((FyPoint[]) { { 2, 2 }, { 2, 6 }, { 6, 6 }, { 6, 2 } }, 4),
                                  1e-9);

  c = fy_polygon_centroid (square, 4);
  g_assert_cmpfloat_with_epsilon (c.x, 4, 1e-9);
  g_assert_cmpfloat_with_epsilon (c.y, 4, 1e-9);
  /* L: (square 10×10 at (5,5) minus 5×5 at (7.5,2.5)) / 75. */
  c = fy_polygon_centroid (ell, G_N_ELEMENTS (ell));
  g_assert_cmpfloat_with_epsilon (c.x, (100 * 5 - 25 * 7.5) / 75, 1e-9);
  g_assert_cmpfloat_with_epsilon (c.y, (100 * 5 - 25 * 2.5) / 75, 1e-9);

  /* The U's centroid falls in its notch: the label point does not. */
  c = fy_polygon_centroid (you, G_N_ELEMENTS (you));
  g_assert_false (fy_polygon_contains (you, G_N_ELEMENTS (you), c.x, c.y));
  c = fy_polygon_label_point (you, G_N_ELEMENTS (you));
  g_assert_true (fy_polygon_contains (you, G_N_ELEMENTS (you), c.x, c.y));

  r = fy_polygon_bounds (ell, G_N_ELEMENTS (ell));
  g_assert_cmpfloat (r.x0, ==, 0);
  g_assert_cmpfloat (r.y0, ==, 0);
  g_assert_cmpfloat (r.x1, ==, 10);
  g_assert_cmpfloat (r.y1, ==, 10);
  g_assert_true (fy_rect_is_empty ((FyRect[]) { fy_rect_empty () }));
  g_assert_true (fy_rect_intersects (&r, &(FyRect) { 10, 10, 12, 12 }));
  g_assert_false (fy_rect_intersects (&r, &(FyRect) { 10.5, 0, 12, 12 }));
}

static void
test_hits_and_snap (void)
{
  FyPoint on;
  FyPoint s;
  FyPoint moved[G_N_ELEMENTS (ell)];

  g_assert_cmpint (fy_polygon_hit_vertex (ell, G_N_ELEMENTS (ell), 5.2, 4.9, 0.5), ==, 2);
  g_assert_cmpint (fy_polygon_hit_vertex (ell, G_N_ELEMENTS (ell), 5.6, 4.9, 0.5), ==, -1);
  /* Nearest of two candidates wins. */
  g_assert_cmpint (fy_polygon_hit_vertex (ell, G_N_ELEMENTS (ell), 9.9, 9.8, 5), ==, 4);

  g_assert_cmpint (fy_polygon_hit_edge (ell, G_N_ELEMENTS (ell), 2.5, -0.2, 0.5, &on), ==, 0);
  g_assert_cmpfloat_with_epsilon (on.x, 2.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (on.y, 0, 1e-9);
  g_assert_cmpint (fy_polygon_hit_edge (ell, G_N_ELEMENTS (ell), -0.3, 7, 0.5, &on), ==, 5); /* closing edge */
  g_assert_cmpint (fy_polygon_hit_edge (ell, G_N_ELEMENTS (ell), 2, 2, 0.5, NULL), ==, -1);

  g_assert_cmpfloat_with_epsilon (fy_segment_distance ((FyPoint) { 3, 4 }, (FyPoint) { 0, 0 },
                                                       (FyPoint) { 0, 0 }, NULL), 5, 1e-9);

  s = fy_snap_to_grid ((FyPoint) { 1.26, -0.74 }, 0.5);
  g_assert_cmpfloat_with_epsilon (s.x, 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (s.y, -0.5, 1e-9);
  s = fy_snap_to_grid ((FyPoint) { 1.26, 2 }, 0);
  g_assert_cmpfloat (s.x, ==, 1.26);

  memcpy (moved, ell, sizeof ell);
  fy_polygon_map_rect (moved, G_N_ELEMENTS (ell), &(FyRect) { 0, 0, 10, 10 }, &(FyRect) { 10, 20, 30, 25 });
  g_assert_cmpfloat_with_epsilon (moved[2].x, 20, 1e-9);     /* (5,5) → (20, 22.5) */
  g_assert_cmpfloat_with_epsilon (moved[2].y, 22.5, 1e-9);
  fy_polygon_translate (moved, G_N_ELEMENTS (ell), -10, -20);
  g_assert_cmpfloat_with_epsilon (moved[4].x, 20, 1e-9);
  g_assert_cmpfloat_with_epsilon (moved[4].y, 5, 1e-9);
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, NULL);
  g_test_add_func ("/geometry/contains/concave", test_contains_concave);
  g_test_add_func ("/geometry/contains/edges", test_contains_edges);
  g_test_add_func ("/geometry/simple", test_simple);
  g_test_add_func ("/geometry/area-centroid-bounds", test_area_centroid_bounds);
  g_test_add_func ("/geometry/hits-and-snap", test_hits_and_snap);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-canvas-private.h — shared by fy-zone-canvas.c (layers, drawing,
 * view, public API) and fy-zone-canvas-input.c (gestures and tools). */
#pragma once

#include "fy-zone-canvas.h"

G_BEGIN_DECLS

/* Pick distance for corners, edges and symbols, in pixels. */
#define FY_CANVAS_PICK_PX   8.0
/* Movement below this is a click, not a drag (pixels). */
#define FY_CANVAS_DRAG_PX   4.0

/* An offscreen picture of the map at one view. */
typedef struct
{
  cairo_surface_t *surface;
  FyZoneView       view;
  gint64           skip_area;   /* the area left out (being dragged) */
  int              width, height, scale_factor;
  gboolean         valid;
} FyCanvasLayer;

typedef enum
{
  FY_CANVAS_OP_NONE,
  FY_CANVAS_OP_PAN,
  FY_CANVAS_OP_MOVE_AREA,
  FY_CANVAS_OP_RESIZE,
  FY_CANVAS_OP_MOVE_VERTEX,
  FY_CANVAS_OP_MOVE_POINT,
  FY_CANVAS_OP_RECT,
  FY_CANVAS_OP_SCALE,
} FyCanvasOp;

struct _FyZoneCanvas
{
  GtkWidget        parent_instance;

  /* owned */
  FyZoneMap       *map;
  gulong           map_changed_id;
  FyZoneRenderer  *renderer;       /* the static layers */
  FyZoneRenderer  *overlay;        /* selection and previews, every frame */
  FyCanvasLayer    main;           /* the whole map */
  FyCanvasLayer    drag;           /* the map without the area being dragged */
  GHashTable      *area_tints;     /* the page's layer (disinfection status), or NULL */
  GHashTable      *controllers;    /* name → GtkEventController (borrowed) */
  GArray          *poly;           /* FyPoint: the polygon being drawn */
  char            *hint;
  char            *position;

  /* view */
  FyZoneView       view;
  double           fit_scale;
  gboolean         have_view;
  gboolean         fitted;         /* still the fitted view: re-fit on resize */
  gboolean         view_moving;    /* pan/zoom under way: stretch the old picture */
  guint            settle_id;
  guint            prepare_id;     /* idle: draw the drag layer for the selected area */
  gint64           last_render_us;
  guint            render_count;

  /* tools and selection */
  FyZoneTool       tool;
  FyZonePointKind  point_kind;
  gboolean         snap_grid;
  gint64           sel_area;
  gint64           sel_point;
  int              sel_vertex;     /* vertex tool: the chosen corner, or -1 */
  gint64           hover_area;
  gint64           drop_area;      /* department being dragged over it */

  /* the gesture under way */
  FyCanvasOp       op;
  gboolean         op_moved;
  double           press_x, press_y;      /* widget */
  FyPoint          press_m;               /* metres */
  FyZoneView       pan_start;
  gint64           op_area;
  gint64           op_point_id;
  int              op_index;              /* vertex, or resize handle 0..7 */
  FyZoneLevel      op_level;
  FyPoint         *op_orig;               /* the area's outline at press */
  FyPoint         *op_pts;                /* the outline as dragged */
  guint            op_n;
  FyZoneShape      op_shape;
  FyRect           op_bounds;             /* bounds at press */
  FyRect           op_new_bounds;
  FyPoint          op_ref;                /* the corner that snaps while moving */
  FyPoint          op_delta;
  FyPoint          op_a, op_b;            /* rectangle / scale line ends */
  gboolean         scale_done;            /* the scale line stays until answered */

  /* the pointer */
  gboolean         have_pointer;
  double           ptr_x, ptr_y;
  gboolean         snap_shown;
  gboolean         snap_on_vertex;
  FyPoint          snap_at;
  gboolean         space_down;
  double           zoom_start_scale;
  double           zoom_cx, zoom_cy;
  const char      *cursor;         /* name last set, static string */

  /* the keyboard cursor of the drawing tools (metres) */
  gboolean         kcursor_on;
  FyPoint          kcursor;
};

/* fy-zone-canvas-draw.c */
void     fy_canvas_layer_clear          (FyCanvasLayer *layer);
gboolean fy_zone_views_equal            (const FyZoneView *a,
                                         const FyZoneView *b);
/* Marks both layers for redrawing (the map changed). */
void     fy_zone_canvas_invalidate      (FyZoneCanvas *self);
void     fy_zone_canvas_snapshot        (GtkWidget    *widget,
                                         GtkSnapshot  *snapshot);

/* fy-zone-canvas-keys.c */
/* The canvas's accessible name: "Zone map: Workshop 2, Red zone, 12
 * people" while an item is selected. Owned. */
char    *fy_zone_canvas_describe_selection (FyZoneCanvas *self);

/* fy-zone-canvas.c */
void     fy_zone_canvas_set_view        (FyZoneCanvas *self,
                                         const FyZoneView *view,
                                         gboolean      moving);
void     fy_zone_canvas_zoom_at         (FyZoneCanvas *self,
                                         double        factor,
                                         double        x,
                                         double        y,
                                         gboolean      moving);
/* Ends a pan/zoom: the static layer is redrawn at the new view. */
void     fy_zone_canvas_settle          (FyZoneCanvas *self);
/* Draws the map without `skip_area` into the drag layer now (press time),
 * so frames during the drag only copy it. */
void     fy_zone_canvas_prepare_drag    (FyZoneCanvas *self,
                                         gint64        skip_area);
void     fy_zone_canvas_set_selection   (FyZoneCanvas *self,
                                         gint64        area_id,
                                         gint64        point_id);
void     fy_zone_canvas_update_hint     (FyZoneCanvas *self);
void     fy_zone_canvas_emit_error      (FyZoneCanvas *self,
                                         const GError *error);
void     fy_zone_canvas_emit_area_created (FyZoneCanvas *self,
                                         gint64        area_id);
void     fy_zone_canvas_emit_scale_line (FyZoneCanvas *self,
                                         FyPoint       a,
                                         FyPoint       b);
void     fy_zone_canvas_emit_department (FyZoneCanvas *self,
                                         const char   *department,
                                         gint64        area_id);
void     fy_zone_canvas_notify_tool     (FyZoneCanvas *self);
void     fy_zone_canvas_set_position_text (FyZoneCanvas *self,
                                         const char   *text);

/* fy-zone-canvas-input.c */
void     fy_zone_canvas_init_pointer    (FyZoneCanvas *self);
double   fy_zone_canvas_pick_metres     (FyZoneCanvas *self);
FyPoint  fy_zone_canvas_to_map          (FyZoneCanvas *self,
                                         double        x,
                                         double        y);
/* Snaps to another area's corner nearby, else to the grid (when on), and
 * remembers it for the snapping mark. */
FyPoint  fy_zone_canvas_snap            (FyZoneCanvas *self,
                                         FyPoint       m,
                                         gint64        exclude_area);
void     fy_zone_canvas_set_cursor      (FyZoneCanvas *self,
                                         const char   *name);
/* Emits "error" when !ok. */
void     fy_zone_canvas_report          (FyZoneCanvas *self,
                                         gboolean      ok,
                                         GError       *error);
int      fy_zone_canvas_hit_handle      (FyZoneCanvas *self,
                                         double        x,
                                         double        y);
/* Adds the polygon being drawn as an area (or says why not). */
void     fy_zone_canvas_close_polygon   (FyZoneCanvas *self);

/* Places a symbol of the current kind at `m` and selects it. */
void     fy_zone_canvas_place_point_at  (FyZoneCanvas *self,
                                         FyPoint       m);
/* Adds a corner at `m` (snapped) to the polygon being drawn. */
void     fy_zone_canvas_add_corner      (FyZoneCanvas *self,
                                         FyPoint       m);
/* Adds the rectangle op_a–op_b as an area (too small: nothing, TRUE). */
gboolean fy_zone_canvas_add_rect_area   (FyZoneCanvas *self,
                                         GError      **error);

/* fy-zone-canvas-place.c */
/* TRUE when the current tool draws (rectangle, polygon, symbol): then the
 * arrows move the keyboard cursor rather than the selection. */
gboolean fy_zone_canvas_cursor_applies  (FyZoneCanvas *self);
/* Shows the cursor (first press) or moves it by grid steps. */
void     fy_zone_canvas_cursor_move     (FyZoneCanvas *self,
                                         int           dx,
                                         int           dy,
                                         gboolean      large);
void     fy_zone_canvas_cursor_hide     (FyZoneCanvas *self);
/* Enter: places with the current tool at the cursor; FALSE when the
 * cursor is not shown. */
gboolean fy_zone_canvas_cursor_enter    (FyZoneCanvas *self);
void     fy_zone_canvas_draw_cursor     (FyZoneCanvas *self,
                                         cairo_t      *cr);

/* fy-zone-canvas-keys.c */
void     fy_zone_canvas_init_input      (FyZoneCanvas *self);
void     fy_zone_canvas_add_controller  (FyZoneCanvas *self,
                                         const char   *name,
                                         GtkEventController *controller);
/* Forgets the gesture under way without changing the map. */
void     fy_zone_canvas_abort_op        (FyZoneCanvas *self);
/* The eight resize handles of a box (device), in the order TL T TR R BR B BL L. */
void     fy_zone_canvas_handles         (const FyRect *device_box,
                                         FyPoint       out[8]);

/* Test accessors (declared here: only the tests and benchmarks call them). */
/* Test hook: the canvas's event controllers by name ("drag", "click",
 * "motion", "key", "scroll", "zoom"). Tests emit their signals with widget
 * coordinates ("drag-begin", "drag-update", "pressed", "key-pressed"…), which
 * runs exactly the handlers real input runs. Borrowed. */
GtkEventController *fy_zone_canvas_get_controller (FyZoneCanvas *self,
                                             const char     *name);
/* Microseconds the last full re-render of the static layer took (0 before
 * any), and how many re-renders happened: for the drag benchmark. */
gint64       fy_zone_canvas_get_last_render_us (FyZoneCanvas *self);
guint        fy_zone_canvas_get_render_count (FyZoneCanvas  *self);
/* The current map → widget transform, and conversions (tests, the page). */
const FyZoneView *fy_zone_canvas_get_view   (FyZoneCanvas   *self);
FyPoint      fy_zone_canvas_map_to_widget   (FyZoneCanvas   *self,
                                             FyPoint         map_point);
/* The keyboard cursor in metres; *shown says whether it is on. */
FyPoint      fy_zone_canvas_get_key_cursor  (FyZoneCanvas   *self,
                                             gboolean       *shown);

G_END_DECLS

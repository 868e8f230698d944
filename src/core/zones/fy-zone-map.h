/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-map.h — a zone map (分区图): floor plan, risk areas, grids, symbols,
 * who works where, with undo/redo.
 *
 * Coordinates are metres in the map's frame: x to the right, y DOWN (like
 * the floor-plan image, whose top-left corner is the origin). Pixels never
 * appear here; the editor converts device coordinates with its view
 * (fy-zone-render.h) and passes tolerances in metres.
 *
 * Editing. Every edit function validates first and fails with FY_ERROR_INVALID
 * (a translated sentence) without changing anything. When the map belongs to
 * a store, the edit is then written in ONE transaction; if that fails nothing
 * changes in memory either. Only after the commit is the in-memory model
 * updated, the command pushed on the undo stack (the redo stack is cleared)
 * and "changed" emitted. Undo and redo write their own single transaction the
 * same way, so the saved map always equals what is shown. A map created with
 * store == NULL lives only in memory (tests, benchmarks, previews).
 *
 * Interactive drags should draw a preview (FyZoneView.preview_*) and call the
 * edit function once when the drag ends: one gesture, one undo step, one
 * transaction.
 *
 * Borrowed pointers (const FyZoneArea * and friends) stay valid only until
 * the next edit, undo, redo or reload: keep ids, not pointers. */
#pragma once

#include <glib-object.h>

#include "fy-code-label.h"
#include "fy-geometry.h"
#include "fy-store.h"

G_BEGIN_DECLS

/* Risk levels, in increasing order of risk. */
typedef enum
{
  FY_ZONE_LEVEL_GREEN,    /* 绿区: normal production */
  FY_ZONE_LEVEL_BLUE,     /* 蓝区: newly arrived, under observation */
  FY_ZONE_LEVEL_YELLOW,   /* 黄区: close contacts */
  FY_ZONE_LEVEL_RED,      /* 红区: positive or abnormal */
  FY_ZONE_N_LEVELS
} FyZoneLevel;

typedef enum
{
  FY_ZONE_GROUP_HANDOVER,     /* 交接区 */
  FY_ZONE_GROUP_PRODUCTION,   /* 生产经营区 */
  FY_ZONE_GROUP_LIVING,       /* 生活区 */
  FY_ZONE_GROUP_PUBLIC,       /* 公共区 */
  FY_ZONE_GROUP_OTHER,
  FY_ZONE_N_GROUPS
} FyZoneGroup;

typedef enum
{
  FY_ZONE_FUNCTION_ENTRANCE,
  FY_ZONE_FUNCTION_LOADING_DOCK,
  FY_ZONE_FUNCTION_WAREHOUSE,
  FY_ZONE_FUNCTION_WORKSHOP,
  FY_ZONE_FUNCTION_OFFICE,
  FY_ZONE_FUNCTION_MEETING_ROOM,
  FY_ZONE_FUNCTION_CANTEEN,
  FY_ZONE_FUNCTION_DORMITORY,
  FY_ZONE_FUNCTION_ROAD,
  FY_ZONE_FUNCTION_OUTDOOR,
  FY_ZONE_FUNCTION_TOILET,
  FY_ZONE_FUNCTION_OTHER,
  FY_ZONE_N_FUNCTIONS
} FyZoneFunction;

/* Codes and labels, indexed by the enums (fy-code-label.h). */
extern const FyCodeLabel fy_zone_level_labels[FY_ZONE_N_LEVELS + 1];
extern const FyCodeLabel fy_zone_function_labels[FY_ZONE_N_FUNCTIONS + 1];

typedef enum
{
  FY_ZONE_SHAPE_RECT,      /* axis-aligned; vertex edits keep it rectangular */
  FY_ZONE_SHAPE_POLYGON,
} FyZoneShape;

typedef enum
{
  FY_ZONE_POINT_ISOLATION,      /* 临时隔离点: belongs inside a red area */
  FY_ZONE_POINT_OBSERVATION,    /* 观察点: belongs inside a yellow area */
  FY_ZONE_POINT_ENTRANCE,       /* 出入口 (has its own place code) */
  FY_ZONE_POINT_SAMPLING,       /* 核酸采样屋 */
  FY_ZONE_POINT_DISINFECTION,   /* 消杀点 */
  FY_ZONE_POINT_LOCKER,         /* 快递柜 */
  FY_ZONE_POINT_TRUCK_LOADING,  /* 货车装卸区 */
  FY_ZONE_N_POINT_KINDS
} FyZonePointKind;

/* Codes are the stored values ("red", "workshop", "isolation"); labels are
 * translated. from_code returns -1 for an unknown code. */
const char     *fy_zone_level_to_code      (FyZoneLevel      level);
int             fy_zone_level_from_code    (const char      *code);
const char     *fy_zone_level_label        (FyZoneLevel      level);   /* "Red zone" / 红区 */
const char     *fy_zone_function_to_code   (FyZoneFunction   function);
int             fy_zone_function_from_code (const char      *code);
const char     *fy_zone_function_label     (FyZoneFunction   function);
FyZoneGroup     fy_zone_function_group     (FyZoneFunction   function);
const char     *fy_zone_group_label        (FyZoneGroup      group);
const char     *fy_zone_point_kind_to_code (FyZonePointKind  kind);
int             fy_zone_point_kind_from_code (const char    *code);
const char     *fy_zone_point_kind_label   (FyZonePointKind  kind);

/* One risk area. Strings and points are owned by the record. */
typedef struct _FyZoneArea
{
  gint64          id;               /* 0 until added */
  char           *name;
  FyZoneLevel     level;
  FyZoneFunction  function;
  FyZoneShape     shape;
  FyPoint        *points;           /* metres, >= 3, simple polygon */
  guint           n_points;
  char           *place_code;       /* 场所码, may be "" */
  int             capacity;         /* 0 = not set; never negative */
  gint64          leader_staff_id;  /* grid leader of the whole area, 0 = none */
  char           *note;
  gint64          z;                /* drawing order, managed by the map */
  FyRect          bounds;           /* kept up to date by the map */
} FyZoneArea;

/* A grid (小网格) inside an area, with its own leader (网格长). */
typedef struct _FyZoneGrid
{
  gint64   id;
  gint64   area_id;
  char    *name;
  gint64   leader_staff_id;   /* 0 = none */
  FyPoint *points;            /* optional outline (n_points 0 = none) */
  guint    n_points;
  char    *note;
} FyZoneGrid;

/* A symbol on the map. */
typedef struct _FyZonePoint
{
  gint64           id;
  FyZonePointKind  kind;
  double           x;
  double           y;
  char            *name;
  char            *place_code;
} FyZonePoint;

FyZoneArea  *fy_zone_area_new       (void);
FyZoneArea  *fy_zone_area_copy      (const FyZoneArea  *area);
void         fy_zone_area_free      (FyZoneArea        *area);
/* Replaces the outline (copies `points`) and recomputes bounds. */
void         fy_zone_area_set_points (FyZoneArea       *area,
                                      const FyPoint    *points,
                                      guint             n_points);
FyZoneGrid  *fy_zone_grid_new       (void);
FyZoneGrid  *fy_zone_grid_copy      (const FyZoneGrid  *grid);
void         fy_zone_grid_free      (FyZoneGrid        *grid);
FyZonePoint *fy_zone_point_new      (void);
FyZonePoint *fy_zone_point_copy     (const FyZonePoint *point);
void         fy_zone_point_free     (FyZonePoint       *point);

/* Limits (bad input beyond them is refused with a message). */
#define FY_ZONE_MAX_SIZE_M          100000.0   /* 100 km */
#define FY_ZONE_MAX_VERTICES        1000
#define FY_ZONE_MAX_CAPACITY        1000000
#define FY_ZONE_MAX_IMAGE_SIDE      16384      /* pixels */
#define FY_ZONE_MAX_IMAGE_PIXELS    (50 * 1000 * 1000)
#define FY_ZONE_MAX_IMAGE_BYTES     (64 * 1024 * 1024)
#define FY_ZONE_UNDO_LIMIT          200

/* Validation (also used by every edit; exposed so dialogs can check a field
 * before the user presses OK). */
gboolean     fy_zone_validate_polygon (const FyPoint   *points,
                                       guint            n_points,
                                       GError         **error);
/* Normalises the text fields in place and checks every field except the
 * leader's existence (the map checks that against the store). */
gboolean     fy_zone_area_validate  (FyZoneArea        *area,
                                     GError           **error);
/* Checks that `bytes` is a PNG or JPEG within the size limits without
 * decoding more than its header; returns its type ("png"/"jpeg") and size. */
gboolean     fy_zone_check_image    (GBytes            *bytes,
                                     const char       **type,
                                     int               *width_px,
                                     int               *height_px,
                                     GError           **error);

/* ---- The map ---- */

#define FY_TYPE_ZONE_MAP (fy_zone_map_get_type ())
G_DECLARE_FINAL_TYPE (FyZoneMap, fy_zone_map, FY, ZONE_MAP, GObject)

/* Signals:
 *   "changed"  (void)  after any edit, undo, redo or reload: redraw.
 * The store also emits "changed" (FY_STORE_CHANGE_ZONES) after each write. */

typedef struct
{
  gint64  id;
  char   *name;
  double  width_m;
  double  height_m;
  gboolean has_background;
} FyZoneMapInfo;

void         fy_zone_map_info_free  (FyZoneMapInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyZoneMapInfo, fy_zone_map_info_free)

/* The maps in a store, by name (GPtrArray of FyZoneMapInfo*, owned). */
GPtrArray   *fy_zone_map_list       (FyStore     *store,
                                     GError     **error);
/* A new blank map of width × height metres (grid step 1 m); with a store it
 * is saved at once (one transaction). Owned. */
FyZoneMap   *fy_zone_map_create     (FyStore     *store,
                                     const char  *name,
                                     double       width_m,
                                     double       height_m,
                                     GError     **error);
/* Loads a saved map (areas, grids, points, assignments and headcounts).
 * The background image stays encoded until first drawn. Owned. */
FyZoneMap   *fy_zone_map_load       (FyStore     *store,
                                     gint64       map_id,
                                     GError     **error);
/* Deletes a saved map with everything on it (not undoable: ask first). */
gboolean     fy_zone_map_delete_saved (FyStore   *store,
                                     gint64       map_id,
                                     GError     **error);
/* Re-reads only who works where and who has left (after roster changes);
 * keeps undo/redo. */
gboolean     fy_zone_map_refresh_staff (FyZoneMap *self,
                                     GError     **error);

FyStore     *fy_zone_map_get_store  (FyZoneMap   *self);   /* borrowed, may be NULL */
gint64       fy_zone_map_get_id     (FyZoneMap   *self);
const char  *fy_zone_map_get_name   (FyZoneMap   *self);
double       fy_zone_map_get_width  (FyZoneMap   *self);   /* metres */
double       fy_zone_map_get_height (FyZoneMap   *self);
double       fy_zone_map_get_grid_step (FyZoneMap *self);  /* metres, 0 = no grid */
/* The floor plan: encoded PNG/JPEG bytes (borrowed, NULL for a blank map),
 * its size in pixels and the scale. The image's top-left pixel is at (0, 0)
 * and each pixel is metres_per_pixel wide. */
GBytes      *fy_zone_map_get_background (FyZoneMap *self);
void         fy_zone_map_get_background_size (FyZoneMap *self,
                                     int         *width_px,
                                     int         *height_px);
double       fy_zone_map_get_metres_per_pixel (FyZoneMap *self);

/* Areas in drawing order (bottom first; hit tests take the top one). */
guint              fy_zone_map_get_n_areas   (FyZoneMap *self);
const FyZoneArea  *fy_zone_map_get_area      (FyZoneMap *self,
                                              guint      index);
const FyZoneArea  *fy_zone_map_lookup_area   (FyZoneMap *self,
                                              gint64     area_id);
guint              fy_zone_map_get_n_points  (FyZoneMap *self);
const FyZonePoint *fy_zone_map_get_point     (FyZoneMap *self,
                                              guint      index);
const FyZonePoint *fy_zone_map_lookup_point  (FyZoneMap *self,
                                              gint64     point_id);
/* Grids of one area (0 = all), as a new array of borrowed pointers. */
GPtrArray         *fy_zone_map_list_grids    (FyZoneMap *self,
                                              gint64     area_id);
const FyZoneGrid  *fy_zone_map_lookup_grid   (FyZoneMap *self,
                                              gint64     grid_id);

/* People (not marked as left) assigned to an area, or to one grid of it. */
int          fy_zone_map_get_headcount      (FyZoneMap *self,
                                             gint64     area_id);
int          fy_zone_map_get_grid_headcount (FyZoneMap *self,
                                             gint64     grid_id);
/* Staff ids assigned to the area (grid_id 0 = the whole area), sorted. Owned. */
GArray      *fy_zone_map_list_staff         (FyZoneMap *self,
                                             gint64     area_id,
                                             gint64     grid_id);
/* Where a person works on this map: FALSE if not on it. */
gboolean     fy_zone_map_get_assignment     (FyZoneMap *self,
                                             gint64     staff_id,
                                             gint64    *area_id,
                                             gint64    *grid_id);

/* ---- Edits (each one undo step and one transaction) ---- */

/* Map properties. */
gboolean     fy_zone_map_rename        (FyZoneMap   *self,
                                        const char  *name,
                                        GError     **error);
/* Size of a blank map (a map with a floor plan takes the image's size). */
gboolean     fy_zone_map_set_size      (FyZoneMap   *self,
                                        double       width_m,
                                        double       height_m,
                                        GError     **error);
gboolean     fy_zone_map_set_grid_step (FyZoneMap   *self,
                                        double       step_m,
                                        GError     **error);
/* Sets (or with NULL removes) the floor plan. A new image is scaled to the
 * map's current width; calibrate afterwards. */
gboolean     fy_zone_map_set_background (FyZoneMap  *self,
                                        GBytes      *image,
                                        GError     **error);
/* Reads a PNG/JPEG file and sets it as the floor plan. */
gboolean     fy_zone_map_set_background_file (FyZoneMap *self,
                                        const char  *path,
                                        GError     **error);
/* Scale from a line of known length: the segment a–b (map coordinates as
 * currently drawn) is really `metres` long. Everything on the map (image,
 * areas, grids, symbols) is scaled about the origin so drawings stay on the
 * plan's features. */
gboolean     fy_zone_map_calibrate     (FyZoneMap   *self,
                                        FyPoint      a,
                                        FyPoint      b,
                                        double       metres,
                                        GError     **error);

/* Areas. add: `area` is validated (on a copy) and added with its level; the
 * history gets a "create" row. Returns the new id, 0 on error. */
gint64       fy_zone_map_add_area      (FyZoneMap        *self,
                                        const FyZoneArea *area,
                                        GError          **error);
/* Name, function, place code, capacity, leader and note from `values`
 * (looked up by values->id). Level and outline are NOT changed here. */
gboolean     fy_zone_map_update_area   (FyZoneMap        *self,
                                        const FyZoneArea *values,
                                        GError          **error);
/* A level change needs a reason; it is recorded in zone_history with time
 * and actor (fy_store_set_actor). */
gboolean     fy_zone_map_set_area_level (FyZoneMap       *self,
                                        gint64            area_id,
                                        FyZoneLevel       level,
                                        const char       *reason,
                                        GError          **error);
gboolean     fy_zone_map_move_area     (FyZoneMap        *self,
                                        gint64            area_id,
                                        double            dx,
                                        double            dy,
                                        GError          **error);
/* Stretches the outline from its bounds to `bounds` (resize handles). */
gboolean     fy_zone_map_resize_area   (FyZoneMap        *self,
                                        gint64            area_id,
                                        const FyRect     *bounds,
                                        GError          **error);
/* Vertex edits. A rectangle's corner drags its neighbours so it stays a
 * rectangle; inserting or removing a vertex turns it into a polygon. */
gboolean     fy_zone_map_move_vertex   (FyZoneMap        *self,
                                        gint64            area_id,
                                        guint             index,
                                        FyPoint           to,
                                        GError          **error);
gboolean     fy_zone_map_insert_vertex (FyZoneMap        *self,
                                        gint64            area_id,
                                        guint             index,
                                        FyPoint           at,
                                        GError          **error);
gboolean     fy_zone_map_remove_vertex (FyZoneMap        *self,
                                        gint64            area_id,
                                        guint             index,
                                        GError          **error);
/* Removes the area with its grids and assignments (undo brings all back). */
gboolean     fy_zone_map_delete_area   (FyZoneMap        *self,
                                        gint64            area_id,
                                        GError          **error);
/* Moves an area to the top (TRUE) or bottom of the drawing order. */
gboolean     fy_zone_map_raise_area    (FyZoneMap        *self,
                                        gint64            area_id,
                                        gboolean          to_top,
                                        GError          **error);

/* Grids: `grid->area_id` names the area. add returns the id or 0. */
gint64       fy_zone_map_add_grid      (FyZoneMap        *self,
                                        const FyZoneGrid *grid,
                                        GError          **error);
gboolean     fy_zone_map_update_grid   (FyZoneMap        *self,
                                        const FyZoneGrid *grid,
                                        GError          **error);
/* People in the grid stay in its area, without a grid. */
gboolean     fy_zone_map_delete_grid   (FyZoneMap        *self,
                                        gint64            grid_id,
                                        GError          **error);

/* Symbols. add returns the id or 0. */
gint64       fy_zone_map_add_point     (FyZoneMap         *self,
                                        const FyZonePoint *point,
                                        GError           **error);
/* Kind, position, name and place code (looked up by point->id). */
gboolean     fy_zone_map_update_point  (FyZoneMap         *self,
                                        const FyZonePoint *point,
                                        GError           **error);
gboolean     fy_zone_map_move_point    (FyZoneMap         *self,
                                        gint64             point_id,
                                        FyPoint            to,
                                        GError           **error);
gboolean     fy_zone_map_delete_point  (FyZoneMap         *self,
                                        gint64             point_id,
                                        GError           **error);

/* Staff: assigns a person to an area of this map (and a grid of that area,
 * or 0), moving them from wherever they were; area_id 0 removes them from
 * this map. The person must be in the roster (needs a store). */
gboolean     fy_zone_map_assign_staff  (FyZoneMap   *self,
                                        gint64       staff_id,
                                        gint64       area_id,
                                        gint64       grid_id,
                                        GError     **error);

/* ---- Undo / redo ---- */
gboolean     fy_zone_map_can_undo      (FyZoneMap   *self);
gboolean     fy_zone_map_can_redo      (FyZoneMap   *self);
/* What undo/redo would do, translated ("Move area"), or NULL. Borrowed. */
const char  *fy_zone_map_get_undo_label (FyZoneMap  *self);
const char  *fy_zone_map_get_redo_label (FyZoneMap  *self);
gboolean     fy_zone_map_undo          (FyZoneMap   *self,
                                        GError     **error);
gboolean     fy_zone_map_redo          (FyZoneMap   *self,
                                        GError     **error);

/* ---- Hit tests and snapping (map units) ---- */

typedef enum
{
  FY_ZONE_HIT_NONE,
  FY_ZONE_HIT_POINT,     /* a symbol: id = point id */
  FY_ZONE_HIT_VERTEX,    /* a vertex of area `id`, index = vertex */
  FY_ZONE_HIT_EDGE,      /* an edge of area `id` from vertex `index`; at = nearest point */
  FY_ZONE_HIT_AREA,      /* inside area `id` */
} FyZoneHitKind;

typedef struct
{
  FyZoneHitKind kind;
  gint64        id;
  int           index;
  FyPoint       at;
} FyZoneHit;

/* Topmost area containing (x, y), 0 if none. */
gint64       fy_zone_map_hit_area      (FyZoneMap  *self,
                                        double      x,
                                        double      y);
/* Nearest symbol within `tolerance` metres, 0 if none. */
gint64       fy_zone_map_hit_point     (FyZoneMap  *self,
                                        double      x,
                                        double      y,
                                        double      tolerance);
/* What a click at (x, y) touches, in order of preference: a symbol, a vertex
 * or edge of `selected_area` (0 = none), then the topmost area. */
FyZoneHit    fy_zone_map_hit_test      (FyZoneMap  *self,
                                        double      x,
                                        double      y,
                                        double      tolerance,
                                        gint64      selected_area);
/* Snaps a position being drawn: to the nearest vertex of another area
 * (not `exclude_area`) within `tolerance`, else to the map's grid when
 * `to_grid`. Returns TRUE when it snapped to a vertex. */
gboolean     fy_zone_map_snap          (FyZoneMap  *self,
                                        FyPoint     p,
                                        double      tolerance,
                                        gint64      exclude_area,
                                        gboolean    to_grid,
                                        FyPoint    *out);

/* ---- Checks ---- */

typedef enum
{
  FY_ZONE_WARNING_ISOLATION_NOT_IN_RED,
  FY_ZONE_WARNING_OBSERVATION_NOT_IN_YELLOW,
  FY_ZONE_WARNING_OVER_CAPACITY,
  FY_ZONE_WARNING_ENTRANCE_WITHOUT_PLACE_CODE,
} FyZoneWarningKind;

typedef struct
{
  FyZoneWarningKind kind;
  gint64            area_id;    /* or 0 */
  gint64            point_id;   /* or 0 */
  char             *message;    /* translated sentence */
} FyZoneWarning;

void         fy_zone_warning_free      (FyZoneWarning *warning);
/* Things to fix but not forbidden (GPtrArray of FyZoneWarning*, owned,
 * possibly empty). */
GPtrArray   *fy_zone_map_check         (FyZoneMap  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyZoneArea, fy_zone_area_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyZoneGrid, fy_zone_grid_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyZonePoint, fy_zone_point_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyZoneWarning, fy_zone_warning_free)

G_END_DECLS

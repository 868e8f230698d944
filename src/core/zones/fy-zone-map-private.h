/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-map-private.h — shared by fy-zone-map*.c and fy-zone-store.c only.
 *
 * An edit is a command: a list of changes, each taking one record (map
 * properties, area, grid, symbol or assignment) from a `before` state to an
 * `after` state (NULL = does not exist). Doing a command writes every
 * `after` in order; undoing writes every `before` in reverse order. The same
 * code path therefore serves do, undo and redo, both in SQL and in memory. */
#pragma once

#include <gdk-pixbuf/gdk-pixbuf.h>

#include "fy-zone-map.h"

G_BEGIN_DECLS

typedef struct
{
  gint64   id;
  char    *name;
  double   width_m;
  double   height_m;
  double   grid_step_m;
  double   metres_per_pixel;
  GBytes  *background;        /* NULL = blank map */
  char    *background_type;   /* "", "png", "jpeg" */
  int      background_width;
  int      background_height;
} FyZoneMapProps;

typedef struct
{
  gint64   staff_id;
  gint64   area_id;
  gint64   grid_id;           /* 0 = none */
  gboolean active;            /* not marked as left: counts in headcount */
} FyZoneAssignment;

typedef enum
{
  FY_ZONE_CHANGE_MAP,
  FY_ZONE_CHANGE_AREA,
  FY_ZONE_CHANGE_GRID,
  FY_ZONE_CHANGE_POINT,
  FY_ZONE_CHANGE_ASSIGN,
} FyZoneChangeKind;

/* The record a change is about; the member to read is given by the kind. */
typedef union
{
  gpointer          any;     /* NULL = none (created / deleted) */
  FyZoneMapProps   *map;
  FyZoneArea       *area;
  FyZoneGrid       *grid;
  FyZonePoint      *point;
  FyZoneAssignment *assign;
} FyZoneRecord;

typedef struct
{
  FyZoneChangeKind kind;
  FyZoneRecord     before;
  FyZoneRecord     after;
  char            *reason;   /* area level changes: why (zone history) */
} FyZoneChange;

typedef struct
{
  char      *label;          /* translated, for "Undo …" */
  GPtrArray *changes;        /* FyZoneChange* */
} FyZoneCommand;

struct _FyZoneMap
{
  GObject         parent_instance;

  FyStore        *store;         /* owned ref, may be NULL */
  FyZoneMapProps *props;
  GPtrArray      *areas;         /* FyZoneArea*, sorted by (z, id) */
  GPtrArray      *grids;         /* FyZoneGrid*, sorted by id */
  GPtrArray      *points;        /* FyZonePoint*, sorted by id */
  GHashTable     *assignments;   /* staff id → FyZoneAssignment* (areas of this map only) */
  GHashTable     *headcounts;    /* area/grid key → count; NULL when stale */
  GPtrArray      *undo;          /* FyZoneCommand*, last = next to undo */
  GPtrArray      *redo;
  gint64          next_local_id; /* ids for maps without a store */
};

/* Records */
FyZoneMapProps   *fy_zone_map_props_copy (const FyZoneMapProps *props);
void              fy_zone_map_props_free (FyZoneMapProps       *props);
FyZoneAssignment *fy_zone_assignment_copy (const FyZoneAssignment *a);
void              fy_zone_change_free    (FyZoneChange *change);
void              fy_zone_command_free   (FyZoneCommand *command);
char             *fy_zone_points_to_text (const FyPoint *points,
                                          guint          n);
gboolean          fy_zone_points_from_text (const char  *text,
                                          FyPoint      **points,
                                          guint         *n);
/* Decodes a PNG/JPEG (already checked with fy_zone_check_image); with
 * max_side > 0 a larger image is decoded scaled down to fit. Owned. */
GdkPixbuf        *fy_zone_decode_image   (GBytes        *bytes,
                                          int            max_side,
                                          GError       **error);
gboolean          fy_zone_validate_text_field (char      **value,
                                          guint         max_chars,
                                          const char   *what,
                                          GError      **error);

/* Store side (fy-zone-store.c): runs inside the caller's transaction. */
gboolean          fy_zone_store_put      (FyZoneMap          *self,
                                          const FyZoneChange *change,
                                          gboolean            forward,
                                          gboolean            is_undo,
                                          GError            **error);
gboolean          fy_zone_store_touch    (FyZoneMap          *self,
                                          GError            **error);
gboolean          fy_zone_store_load     (FyZoneMap          *self,
                                          gint64              map_id,
                                          GError            **error);
gboolean          fy_zone_store_load_staff (FyZoneMap        *self,
                                          GError            **error);
gboolean          fy_zone_store_insert_map (FyStore          *store,
                                          FyZoneMapProps     *props,
                                          GError            **error);
gboolean          fy_zone_store_staff_exists (FyStore        *store,
                                          gint64              staff_id,
                                          gboolean           *active,
                                          GError            **error);
/* Where a person works now (any map); FALSE with no error when nowhere. */
gboolean          fy_zone_store_get_assignment (FyStore       *store,
                                          gint64              staff_id,
                                          FyZoneAssignment   *out,
                                          GError            **error);

/* Commands and shared checks (fy-zone-map.c) */
FyZoneCommand    *fy_zone_command_new    (const char    *label);
/* Add a change taking ownership of before/after (NULL = none); return it
 * (borrowed). */
FyZoneChange     *fy_zone_command_add_map    (FyZoneCommand    *cmd,
                                              FyZoneMapProps   *before,
                                              FyZoneMapProps   *after);
FyZoneChange     *fy_zone_command_add_area   (FyZoneCommand    *cmd,
                                              FyZoneArea       *before,
                                              FyZoneArea       *after);
FyZoneChange     *fy_zone_command_add_grid   (FyZoneCommand    *cmd,
                                              FyZoneGrid       *before,
                                              FyZoneGrid       *after);
FyZoneChange     *fy_zone_command_add_point  (FyZoneCommand    *cmd,
                                              FyZonePoint      *before,
                                              FyZonePoint      *after);
FyZoneChange     *fy_zone_command_add_assign (FyZoneCommand    *cmd,
                                              FyZoneAssignment *before,
                                              FyZoneAssignment *after);
/* Writes (one transaction), applies in memory, pushes on the undo stack,
 * emits "changed". Takes ownership of cmd. */
gboolean          fy_zone_map_run_command (FyZoneMap    *self,
                                          FyZoneCommand *cmd,
                                          GError       **error);
int               fy_zone_map_find_area  (FyZoneMap     *self,
                                          gint64         area_id);
const FyZoneArea *fy_zone_map_require_area (FyZoneMap   *self,
                                          gint64         area_id,
                                          GError       **error);
const FyZoneGrid *fy_zone_map_require_grid (FyZoneMap   *self,
                                          gint64         grid_id,
                                          GError       **error);
gboolean          fy_zone_map_check_leader (FyZoneMap   *self,
                                          gint64         staff_id,
                                          GError       **error);
gint64            fy_zone_map_top_z      (FyZoneMap     *self,
                                          gboolean       top);
gboolean          fy_zone_validate_map_name (const char *input,
                                          char         **out,
                                          GError       **error);
gboolean          fy_zone_validate_size  (double         width_m,
                                          double         height_m,
                                          GError       **error);
/* Changes taking the people of an area (grid_id 0) out of it, or the
 * people of one grid out of that grid (they stay in the area). */
void              fy_zone_map_add_unassign_changes (FyZoneMap *self,
                                          FyZoneCommand *cmd,
                                          gint64         area_id,
                                          gint64         grid_id);

/* Memory side (fy-zone-map.c) */
void              fy_zone_map_apply_memory (FyZoneMap        *self,
                                          const FyZoneChange *change,
                                          gboolean            forward);
void              fy_zone_map_insert_area_sorted (FyZoneMap  *self,
                                          FyZoneArea         *area);

/* Test accessors (declared here: only the tests and benchmarks call them). */
gboolean     fy_zone_map_set_area_points (FyZoneMap      *self,
                                        gint64            area_id,
                                        const FyPoint    *points,
                                        guint             n_points,
                                        GError          **error);

G_END_DECLS

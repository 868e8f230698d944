/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-model.c — zone map records: codes and labels, copy/free,
 * validation with translated messages, geometry text, image checks. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <gdk-pixbuf/gdk-pixbuf.h>

#include "fy-error.h"
#include "fy-validate.h"
#include "fy-zone-map-private.h"

/* ------------------------------------------------------------------ */
/* Codes and labels                                                    */

const FyCodeLabel fy_zone_level_labels[FY_ZONE_N_LEVELS + 1] = {
  { "green", N_("Green zone") },
  { "blue", N_("Blue zone") },
  { "yellow", N_("Yellow zone") },
  { "red", N_("Red zone") },
  FY_CODE_LABEL_END
};

const FyCodeLabel fy_zone_function_labels[FY_ZONE_N_FUNCTIONS + 1] = {
  { "entrance", N_("Entrance") },
  { "loading_dock", N_("Loading dock") },
  { "warehouse", N_("Warehouse") },
  { "workshop", N_("Workshop") },
  { "office", N_("Office") },
  { "meeting_room", N_("Meeting room") },
  { "canteen", N_("Canteen") },
  { "dormitory", N_("Dormitory") },
  { "road", N_("Road") },
  { "outdoor", N_("Outdoor ground") },
  { "toilet", N_("Toilet") },
  { "other", N_("Other") },
  FY_CODE_LABEL_END
};

/* The group of each function, in the order of fy_zone_function_labels. */
static const FyZoneGroup function_groups[FY_ZONE_N_FUNCTIONS] = {
  FY_ZONE_GROUP_HANDOVER, FY_ZONE_GROUP_HANDOVER, FY_ZONE_GROUP_HANDOVER,
  FY_ZONE_GROUP_PRODUCTION, FY_ZONE_GROUP_PRODUCTION, FY_ZONE_GROUP_PRODUCTION,
  FY_ZONE_GROUP_LIVING, FY_ZONE_GROUP_LIVING,
  FY_ZONE_GROUP_PUBLIC, FY_ZONE_GROUP_PUBLIC, FY_ZONE_GROUP_PUBLIC,
  FY_ZONE_GROUP_OTHER,
};

static const char *groups[FY_ZONE_N_GROUPS] = {
  N_("Handover area"),
  N_("Production and office area"),
  N_("Living area"),
  N_("Public space"),
  N_("Other"),
};

static const FyCodeLabel point_kinds[FY_ZONE_N_POINT_KINDS] = {
  { "isolation", N_("Isolation point") },
  { "observation", N_("Observation point") },
  { "entrance", N_("Entrance or gate") },
  { "sampling", N_("Sampling booth") },
  { "disinfection", N_("Disinfection station") },
  { "locker", N_("Delivery locker") },
  { "truck_loading", N_("Truck loading area") },
};

const char *
fy_zone_level_to_code (FyZoneLevel level)
{
  g_return_val_if_fail (level < FY_ZONE_N_LEVELS, "green");
  return fy_zone_level_labels[level].code;
}

int
fy_zone_level_from_code (const char *code)
{
  return fy_code_lookup (fy_zone_level_labels, FY_ZONE_N_LEVELS, code, -1);
}

const char *
fy_zone_level_label (FyZoneLevel level)
{
  g_return_val_if_fail (level < FY_ZONE_N_LEVELS, "");
  return _(fy_zone_level_labels[level].label);
}

const char *
fy_zone_function_to_code (FyZoneFunction function)
{
  g_return_val_if_fail (function < FY_ZONE_N_FUNCTIONS, "other");
  return fy_zone_function_labels[function].code;
}

int
fy_zone_function_from_code (const char *code)
{
  return fy_code_lookup (fy_zone_function_labels, FY_ZONE_N_FUNCTIONS, code, -1);
}

const char *
fy_zone_function_label (FyZoneFunction function)
{
  g_return_val_if_fail (function < FY_ZONE_N_FUNCTIONS, "");
  return _(fy_zone_function_labels[function].label);
}

FyZoneGroup
fy_zone_function_group (FyZoneFunction function)
{
  g_return_val_if_fail (function < FY_ZONE_N_FUNCTIONS, FY_ZONE_GROUP_OTHER);
  return function_groups[function];
}

const char *
fy_zone_group_label (FyZoneGroup group)
{
  g_return_val_if_fail (group < FY_ZONE_N_GROUPS, "");
  return _(groups[group]);
}

const char *
fy_zone_point_kind_to_code (FyZonePointKind kind)
{
  g_return_val_if_fail (kind < FY_ZONE_N_POINT_KINDS, "entrance");
  return point_kinds[kind].code;
}

int
fy_zone_point_kind_from_code (const char *code)
{
  return fy_code_lookup (point_kinds, FY_ZONE_N_POINT_KINDS, code, -1);
}

const char *
fy_zone_point_kind_label (FyZonePointKind kind)
{
  g_return_val_if_fail (kind < FY_ZONE_N_POINT_KINDS, "");
  return _(point_kinds[kind].label);
}

/* ------------------------------------------------------------------ */
/* Records                                                             */

FyZoneArea *
fy_zone_area_new (void)
{
  FyZoneArea *area = g_new0 (FyZoneArea, 1);

  area->name = g_strdup ("");
  area->place_code = g_strdup ("");
  area->note = g_strdup ("");
  area->level = FY_ZONE_LEVEL_GREEN;
  area->function = FY_ZONE_FUNCTION_OTHER;
  area->shape = FY_ZONE_SHAPE_POLYGON;
  area->bounds = fy_rect_empty ();
  return area;
}

FyZoneArea *
fy_zone_area_copy (const FyZoneArea *area)
{
  FyZoneArea *c = g_new (FyZoneArea, 1);

  *c = *area;
  c->name = g_strdup (area->name ? area->name : "");
  c->place_code = g_strdup (area->place_code ? area->place_code : "");
  c->note = g_strdup (area->note ? area->note : "");
  c->points = g_memdup2 (area->points, sizeof (FyPoint) * area->n_points);
  return c;
}

void
fy_zone_area_free (FyZoneArea *area)
{
  if (area == NULL)
    return;
  g_free (area->name);
  g_free (area->place_code);
  g_free (area->note);
  g_free (area->points);
  g_free (area);
}

void
fy_zone_area_set_points (FyZoneArea *area, const FyPoint *points, guint n_points)
{
  FyPoint *copy = g_memdup2 (points, sizeof (FyPoint) * n_points);

  g_free (area->points);
  area->points = copy;
  area->n_points = n_points;
  area->bounds = fy_polygon_bounds (points, n_points);
}

FyZoneGrid *
fy_zone_grid_new (void)
{
  FyZoneGrid *grid = g_new0 (FyZoneGrid, 1);

  grid->name = g_strdup ("");
  grid->note = g_strdup ("");
  return grid;
}

FyZoneGrid *
fy_zone_grid_copy (const FyZoneGrid *grid)
{
  FyZoneGrid *c = g_new (FyZoneGrid, 1);

  *c = *grid;
  c->name = g_strdup (grid->name ? grid->name : "");
  c->note = g_strdup (grid->note ? grid->note : "");
  c->points = g_memdup2 (grid->points, sizeof (FyPoint) * grid->n_points);
  return c;
}

void
fy_zone_grid_free (FyZoneGrid *grid)
{
  if (grid == NULL)
    return;
  g_free (grid->name);
  g_free (grid->note);
  g_free (grid->points);
  g_free (grid);
}

FyZonePoint *
fy_zone_point_new (void)
{
  FyZonePoint *point = g_new0 (FyZonePoint, 1);

  point->name = g_strdup ("");
  point->place_code = g_strdup ("");
  return point;
}

FyZonePoint *
fy_zone_point_copy (const FyZonePoint *point)
{
  FyZonePoint *c = g_new (FyZonePoint, 1);

  *c = *point;
  c->name = g_strdup (point->name ? point->name : "");
  c->place_code = g_strdup (point->place_code ? point->place_code : "");
  return c;
}

void
fy_zone_point_free (FyZonePoint *point)
{
  if (point == NULL)
    return;
  g_free (point->name);
  g_free (point->place_code);
  g_free (point);
}

FyZoneMapProps *
fy_zone_map_props_copy (const FyZoneMapProps *props)
{
  FyZoneMapProps *c = g_new (FyZoneMapProps, 1);

  *c = *props;
  c->name = g_strdup (props->name);
  c->background_type = g_strdup (props->background_type ? props->background_type : "");
  c->background = props->background ? g_bytes_ref (props->background) : NULL;
  return c;
}

void
fy_zone_map_props_free (FyZoneMapProps *props)
{
  if (props == NULL)
    return;
  g_free (props->name);
  g_free (props->background_type);
  g_clear_pointer (&props->background, g_bytes_unref);
  g_free (props);
}

FyZoneAssignment *
fy_zone_assignment_copy (const FyZoneAssignment *a)
{
  return g_memdup2 (a, sizeof *a);
}

static void
free_record (FyZoneChangeKind kind, FyZoneRecord record)
{
  if (record.any == NULL)
    return;
  switch (kind)
    {
    case FY_ZONE_CHANGE_MAP: fy_zone_map_props_free (record.map); break;
    case FY_ZONE_CHANGE_AREA: fy_zone_area_free (record.area); break;
    case FY_ZONE_CHANGE_GRID: fy_zone_grid_free (record.grid); break;
    case FY_ZONE_CHANGE_POINT: fy_zone_point_free (record.point); break;
    case FY_ZONE_CHANGE_ASSIGN: g_free (record.assign); break;
    default: g_assert_not_reached ();
    }
}

void
fy_zone_change_free (FyZoneChange *change)
{
  if (change == NULL)
    return;
  free_record (change->kind, change->before);
  free_record (change->kind, change->after);
  g_free (change->reason);
  g_free (change);
}

void
fy_zone_command_free (FyZoneCommand *command)
{
  if (command == NULL)
    return;
  g_free (command->label);
  g_ptr_array_unref (command->changes);
  g_free (command);
}

void
fy_zone_warning_free (FyZoneWarning *warning)
{
  if (warning == NULL)
    return;
  g_free (warning->message);
  g_free (warning);
}

/* ------------------------------------------------------------------ */
/* Geometry as text: "x,y;x,y;…" in metres, millimetre precision.      */

char *
fy_zone_points_to_text (const FyPoint *points, guint n)
{
  GString *s = g_string_new (NULL);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (s, ';');
      g_string_append (s, g_ascii_formatd (buf, sizeof buf, "%.3f", points[i].x));
      g_string_append_c (s, ',');
      g_string_append (s, g_ascii_formatd (buf, sizeof buf, "%.3f", points[i].y));
    }
  return g_string_free (s, FALSE);
}

gboolean
fy_zone_points_from_text (const char *text, FyPoint **points, guint *n)
{
  g_auto(GStrv) pairs = NULL;
  g_autofree FyPoint *pts = NULL;
  guint count;

  *points = NULL;
  *n = 0;
  if (text == NULL || *text == '\0')
    return TRUE;
  pairs = g_strsplit (text, ";", -1);
  count = g_strv_length (pairs);
  pts = g_new (FyPoint, count);
  for (guint i = 0; i < count; i++)
    {
      char *end = NULL;
      const char *s = pairs[i];
      pts[i].x = g_ascii_strtod (s, &end);
      if (end == s || *end != ',')
        return FALSE;
      s = end + 1;
      pts[i].y = g_ascii_strtod (s, &end);
      if (end == s || *end != '\0' || !isfinite (pts[i].x) || !isfinite (pts[i].y))
        return FALSE;
    }
  *points = g_steal_pointer (&pts);
  *n = count;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Validation                                                          */

static gboolean
is_hidden_mark (gunichar c)
{
  /* Control characters and bidirectional overrides make text that looks
   * different from what is stored. */
  return (g_unichar_iscntrl (c) && c != '\n' && c != '\t')
      || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
      || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

/* Normalises *value in place; `what` names the field in messages. An empty
 * value is allowed here (callers that need one check it). */
gboolean
fy_zone_validate_text_field (char **value, guint max_chars, const char *what, GError **error)
{
  char *norm = fy_normalize_text (*value);

  if (g_utf8_strlen (norm, -1) > (glong) max_chars)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   /* Translators: %s is a field such as "area name" */
                   _("The %s is too long (at most %u characters)."), what, max_chars);
      g_free (norm);
      return FALSE;
    }
  for (const char *p = norm; *p; p = g_utf8_next_char (p))
    if (is_hidden_mark (g_utf8_get_char (p)))
      {
        g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                     _("The %s contains invisible control or direction characters: retype it."), what);
        g_free (norm);
        return FALSE;
      }
  g_free (*value);
  *value = norm;
  return TRUE;
}

gboolean
fy_zone_validate_polygon (const FyPoint *points, guint n_points, GError **error)
{
  if (n_points < 3)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("An area needs at least 3 corners. Click at least three points to draw it."));
      return FALSE;
    }
  if (n_points > FY_ZONE_MAX_VERTICES)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("An area may have at most %d corners. Simplify the outline."), FY_ZONE_MAX_VERTICES);
      return FALSE;
    }
  for (guint i = 0; i < n_points; i++)
    if (!isfinite (points[i].x) || !isfinite (points[i].y)
        || fabs (points[i].x) > FY_ZONE_MAX_SIZE_M || fabs (points[i].y) > FY_ZONE_MAX_SIZE_M)
      {
        g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                     _("A corner of the area lies too far outside the map. Draw the area on the map."));
        return FALSE;
      }
  if (!fy_polygon_is_simple (points, n_points))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The outline crosses itself or has two corners on the same spot. Move the corners so the edges do not cross."));
      return FALSE;
    }
  if (fy_polygon_area (points, n_points) < 0.01)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The area is too small (less than 0.01 m²). Draw a larger area."));
      return FALSE;
    }
  return TRUE;
}

gboolean
fy_zone_area_validate (FyZoneArea *area, GError **error)
{
  if (!fy_zone_validate_text_field (&area->name, 64, _("area name"), error))
    return FALSE;
  if (*area->name == '\0')
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("Enter a name for the area."));
      return FALSE;
    }
  if ((guint) area->level >= FY_ZONE_N_LEVELS)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("Choose the risk level of the area."));
      return FALSE;
    }
  if ((guint) area->function >= FY_ZONE_N_FUNCTIONS)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("Choose what the area is used for."));
      return FALSE;
    }
  if (area->shape != FY_ZONE_SHAPE_RECT && area->shape != FY_ZONE_SHAPE_POLYGON)
    area->shape = FY_ZONE_SHAPE_POLYGON;
  if (!fy_zone_validate_text_field (&area->place_code, 64, _("place code"), error)
      || !fy_zone_validate_text_field (&area->note, 500, _("note"), error))
    return FALSE;
  if (area->capacity < 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The capacity cannot be negative. Enter the number of people the area can hold, or 0 for no limit."));
      return FALSE;
    }
  if (area->capacity > FY_ZONE_MAX_CAPACITY)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The capacity is too large (at most %d people)."), FY_ZONE_MAX_CAPACITY);
      return FALSE;
    }
  if (area->leader_staff_id < 0)
    area->leader_staff_id = 0;
  if (!fy_zone_validate_polygon (area->points, area->n_points, error))
    return FALSE;
  area->bounds = fy_polygon_bounds (area->points, area->n_points);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Images                                                              */

typedef struct
{
  int      width;
  int      height;
  gboolean prepared;
} SizeProbe;

static void
on_size_prepared_cb (GdkPixbufLoader *loader, int width, int height, gpointer data)
{
  SizeProbe *probe = data;

  probe->width = width;
  probe->height = height;
  probe->prepared = TRUE;
  /* Decode at 1×1 from here on: we only wanted the header. */
  gdk_pixbuf_loader_set_size (loader, 1, 1);
}

gboolean
fy_zone_check_image (GBytes *bytes, const char **type, int *width_px, int *height_px,
                     GError **error)
{
  static const guchar png_magic[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  static const guchar jpeg_magic[] = { 0xFF, 0xD8, 0xFF };
  g_autoptr(GdkPixbufLoader) loader = NULL;
  g_autoptr(GError) local = NULL;
  SizeProbe probe = { 0 };
  const guchar *data;
  gsize size, offset = 0;
  const char *kind;

  data = bytes ? g_bytes_get_data (bytes, &size) : NULL;
  if (data == NULL || size == 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("The image file is empty."));
      return FALSE;
    }
  if (size >= sizeof png_magic && memcmp (data, png_magic, sizeof png_magic) == 0)
    kind = "png";
  else if (size >= sizeof jpeg_magic && memcmp (data, jpeg_magic, sizeof jpeg_magic) == 0)
    kind = "jpeg";
  else
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The file is not a PNG or JPEG image. Save the floor plan as PNG or JPEG and try again."));
      return FALSE;
    }
  if (size > FY_ZONE_MAX_IMAGE_BYTES)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The image file is too large (more than %d MB). Save the floor plan with a smaller size."),
                   FY_ZONE_MAX_IMAGE_BYTES / (1024 * 1024));
      return FALSE;
    }

  /* Feed the header in small pieces and stop as soon as the size is known,
   * so a 20000 × 20000 bomb is refused without being decoded. */
  loader = gdk_pixbuf_loader_new_with_type (kind, &local);
  if (loader == NULL)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_FAILED,
                   _("This computer cannot read %s images (the image loader is missing)."), kind);
      return FALSE;
    }
  g_signal_connect (loader, "size-prepared", G_CALLBACK (on_size_prepared_cb), &probe);
  while (!probe.prepared && offset < size)
    {
      gsize chunk = MIN (size - offset, 4096);
      if (!gdk_pixbuf_loader_write (loader, data + offset, chunk, &local))
        break;
      offset += chunk;
    }
  gdk_pixbuf_loader_close (loader, NULL);
  if (!probe.prepared || probe.width <= 0 || probe.height <= 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The image is damaged and cannot be read. Save the floor plan again as PNG or JPEG."));
      return FALSE;
    }
  if (probe.width > FY_ZONE_MAX_IMAGE_SIDE || probe.height > FY_ZONE_MAX_IMAGE_SIDE
      || (gint64) probe.width * probe.height > FY_ZONE_MAX_IMAGE_PIXELS)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The image is too large (%d × %d pixels). Use an image of at most %d pixels on each side and %d million pixels in total."),
                   probe.width, probe.height, FY_ZONE_MAX_IMAGE_SIDE, FY_ZONE_MAX_IMAGE_PIXELS / 1000000);
      return FALSE;
    }
  if (type)
    *type = kind;
  if (width_px)
    *width_px = probe.width;
  if (height_px)
    *height_px = probe.height;
  return TRUE;
}

typedef struct
{
  int      max_side;
  gboolean scaled;
  int      rows_done;   /* lowest row delivered so far (unscaled decode) */
} DecodeState;

static void
on_scale_prepared_cb (GdkPixbufLoader *loader, int width, int height, gpointer data)
{
  DecodeState *st = data;
  double f;

  if (st->max_side <= 0 || MAX (width, height) <= st->max_side)
    return;
  f = (double) st->max_side / MAX (width, height);
  st->scaled = TRUE;
  gdk_pixbuf_loader_set_size (loader, MAX (1, (int) (width * f + 0.5)), MAX (1, (int) (height * f + 0.5)));
}

static void
on_area_updated_cb (GdkPixbufLoader *loader, int x, int y, int width, int height, gpointer data)
{
  DecodeState *st = data;

  st->rows_done = MAX (st->rows_done, y + height);
}

GdkPixbuf *
fy_zone_decode_image (GBytes *bytes, int max_side, GError **error)
{
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new ();
  DecodeState st = { max_side, FALSE, 0 };
  gsize size;
  const guchar *data = g_bytes_get_data (bytes, &size);
  GdkPixbuf *pixbuf = NULL;
  gboolean ok;

  g_signal_connect (loader, "size-prepared", G_CALLBACK (on_scale_prepared_cb), &st);
  g_signal_connect (loader, "area-updated", G_CALLBACK (on_area_updated_cb), &st);
  ok = gdk_pixbuf_loader_write (loader, data, size, NULL);
  ok = gdk_pixbuf_loader_close (loader, NULL) && ok;
  if (ok)
    pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  /* The PNG loader returns a picture even when the file stops half way:
   * the rows it delivered tell. */
  if (pixbuf != NULL && !st.scaled && st.rows_done < gdk_pixbuf_get_height (pixbuf))
    pixbuf = NULL;
  if (pixbuf == NULL)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("The image is damaged and cannot be read. Save the floor plan again as PNG or JPEG."));
      return NULL;
    }
  return g_object_ref (pixbuf);
}

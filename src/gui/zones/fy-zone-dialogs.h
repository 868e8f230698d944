/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-dialogs.h — the small questions the zone map asks: a name, a
 * reason for a level change, a length, a new map's size, a confirmation.
 * All are AdwMessageDialogs, modal on `parent`; the answer comes back
 * through a callback (text NULL / response "cancel" when cancelled). */
#pragma once

#include <adwaita.h>

#include "fy-zone-map.h"

G_BEGIN_DECLS

typedef void (*FyZoneTextDone) (const char *text, gpointer data);

/* What a one-line text prompt says; body, initial and placeholder may be
 * NULL. With `required` the OK button stays off while the entry is blank. */
typedef struct
{
  const char *heading;
  const char *body;
  const char *initial;
  const char *placeholder;
  const char *ok_label;
  gboolean    required;
} FyZoneTextPrompt;

/* One line of text. `data` is released with `destroy` after `done` ran. */
AdwMessageDialog *fy_zone_prompt_text   (GtkWindow              *parent,
                                         const FyZoneTextPrompt *prompt,
                                         FyZoneTextDone          done,
                                         gpointer                data,
                                         GDestroyNotify          destroy);

/* The reason for moving an area from one level to another (required). */
AdwMessageDialog *fy_zone_ask_reason    (GtkWindow      *parent,
                                         const char     *area_name,
                                         FyZoneLevel     from,
                                         FyZoneLevel     to,
                                         FyZoneTextDone  done,
                                         gpointer        data,
                                         GDestroyNotify  destroy);
/* The same with the reason filled in (`initial`, may be NULL), e.g. from
 * an emergency procedure. */
AdwMessageDialog *fy_zone_ask_reason_filled (GtkWindow  *parent,
                                         const char     *area_name,
                                         FyZoneLevel     from,
                                         FyZoneLevel     to,
                                         const char     *initial,
                                         FyZoneTextDone  done,
                                         gpointer        data,
                                         GDestroyNotify  destroy);

/* Parses a length typed by a person: "12.5", "12,5", "12.5 m", "12.5米".
 * FALSE when it is not a positive number. */
gboolean          fy_zone_parse_metres  (const char     *text,
                                         double         *metres);

/* New map: name and size; response "blank" (create a blank grid), "plan"
 * (choose a floor plan image next) or "cancel". */
typedef void (*FyZoneNewMapDone) (const char *response,
                                  const char *name,
                                  double      width_m,
                                  double      height_m,
                                  gpointer    data);
AdwMessageDialog *fy_zone_ask_new_map   (GtkWindow       *parent,
                                         const char      *suggested_name,
                                         FyZoneNewMapDone done,
                                         gpointer         data,
                                         GDestroyNotify   destroy);

/* Map size and grid step ("apply" / "cancel"); the size is fixed (shown
 * but not editable) when the map has a floor plan. */
typedef void (*FyZoneMapSizeDone) (const char *response,
                                   double      width_m,
                                   double      height_m,
                                   double      grid_m,
                                   gpointer    data);
AdwMessageDialog *fy_zone_ask_map_size  (GtkWindow        *parent,
                                         FyZoneMap        *map,
                                         FyZoneMapSizeDone done,
                                         gpointer          data,
                                         GDestroyNotify    destroy);

/* "Delete …?" with a destructive button; `done` gets "delete" or "cancel". */
AdwMessageDialog *fy_zone_confirm       (GtkWindow      *parent,
                                         const char     *heading,
                                         const char     *body,
                                         const char     *ok_label,
                                         FyZoneTextDone  done,
                                         gpointer        data,
                                         GDestroyNotify  destroy);

G_END_DECLS

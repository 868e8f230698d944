/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-private.h — between the files of the gate domain: a visit read
 * from its row (the columns of FY_GATE_VISIT_COLUMNS, then its people and
 * areas) and a few small shared checks. Core only (it includes sqlite3.h). */
#pragma once

#include "fy-gate.h"
#include "fy-store-private.h"

G_BEGIN_DECLS

#define FY_GATE_VISIT_GONE \
  _("This visit no longer exists. It may have been deleted by the retention period.")

#define FY_GATE_VISIT_COLUMNS \
  "v.id, v.kind, v.status, v.planned_at, ifnull(v.declared_at, 0), v.declared_by, v.purpose," \
  " ifnull(v.host_staff_id, 0), v.host_name, v.host_department, v.plate, v.vehicle_type, v.origin," \
  " v.route, v.cargo, ifnull(v.unload_area_id, 0), ifnull(v.unload_point_id, 0), v.unload_name," \
  " ifnull(v.arrived_at, 0), ifnull(v.left_at, 0), v.reasons, v.flags, v.override_reason, v.checked_by," \
  " ifnull(v.stayed_in_cab, -1), ifnull(v.disinfection_entry_id, 0), v.handover_ours, v.handover_theirs," \
  " v.left_by, v.note, v.cancelled_reason"

/* A visit from a row starting with FY_GATE_VISIT_COLUMNS, without people
 * or areas (FyStoreRowFunc). */
gpointer  fy_gate_visit_from_row   (sqlite3_stmt *stmt,
                                    gpointer      user_data);
/* Reads the people and areas of `visit` from the store. */
gboolean  fy_gate_load_children    (FyStore      *store,
                                    FyGateVisit  *visit,
                                    GError      **error);
/* The visits of `stmt` (bound, FY_GATE_VISIT_COLUMNS first), each with
 * its people and areas (owned). */
GPtrArray *fy_gate_collect_visits  (FyStore      *store,
                                    sqlite3_stmt *stmt,
                                    GError      **error);
/* The local day's [start, end) of "YYYY-MM-DD"; FALSE with FY_ERROR_INVALID
 * for anything else. */
gboolean  fy_gate_day_bounds       (const char   *day,
                                    gint64       *start,
                                    gint64       *end,
                                    GError      **error);
/* Whether `person` is on the declaration (ID number, else phone). */
gboolean  fy_gate_on_declaration   (const FyGateVisit  *declared,
                                    const FyGatePerson *person);
/* Replaces an owned string field. */
void      fy_gate_set_text         (char              **field,
                                    const char         *value);
/* Dwell limit in minutes of a visit of `kind` under `rules`. */
int       fy_gate_dwell_limit      (const FyGateRules *rules,
                                    FyGateKind         kind);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-types.h — forward declarations of the core's object and record types,
 * so that a header can name a type (FyStore *store) without including the
 * header that defines it, and without falling back to gpointer. Include the
 * defining header where the members or functions are used. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Objects (GObject types and opaque handles) */
typedef struct _FyStore             FyStore;
typedef struct _FyLedger            FyLedger;
typedef struct _FyLedgerCursor      FyLedgerCursor;
typedef struct _FyLedgerPages       FyLedgerPages;
typedef struct _FyStaffImport       FyStaffImport;
typedef struct _FyZoneMap           FyZoneMap;
typedef struct _FyZoneRenderer      FyZoneRenderer;

/* Records (plain structs owned by the caller) */
typedef struct _FyStaff             FyStaff;
typedef struct _FyFollowUp          FyFollowUp;
typedef struct _FyQuarantine        FyQuarantine;
typedef struct _FyQuarantinePlan    FyQuarantinePlan;
typedef struct _FyTestResult        FyTestResult;
typedef struct _FyTestRound         FyTestRound;
typedef struct _FyTrip              FyTrip;
typedef struct _FyVaccination       FyVaccination;
typedef struct _FyZoneArea          FyZoneArea;
typedef struct _FyZoneGrid          FyZoneGrid;
typedef struct _FyZonePoint         FyZonePoint;

G_END_DECLS

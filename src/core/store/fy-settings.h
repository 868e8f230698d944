/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-settings.h — the company settings as one typed, validated record.
 *
 * They live in the database (table `setting`, through fy_store_get_setting)
 * so that they travel with the data: every ledger's title block and footer
 * uses them. Personal preferences and window state are GSettings instead. */
#pragma once

#include <glib.h>

#include "fy-store.h"

G_BEGIN_DECLS

typedef struct
{
  char *company_name;             /* "company.name", at most 100 characters */
  char *address;                  /* "company.address" */
  char *phone;                    /* "company.phone": "" or a fixed-line / mobile number */
  char *officer;                  /* "officer" 填表人 */
  char *reviewer;                 /* "reviewer" 审核人 */
  int   fever_line_tenths;        /* "fever_line": 370–385 (37.0–38.5 °C) */
  int   default_cadence_hours;    /* "cadence.default_hours": 12/24/48/72/168 */
  int   high_contact_cadence_hours; /* "cadence.high_contact_hours": same set */
  int   backup_keep;              /* "backup.keep": 1–100 per kind */
  int   retention_days;           /* "retention_days": 0 = keep everything */
} FyCompanySettings;

/* Which field a validation error belongs to (for the message beside it). */
typedef enum
{
  FY_SETTINGS_FIELD_NONE,
  FY_SETTINGS_FIELD_COMPANY_NAME,
  FY_SETTINGS_FIELD_ADDRESS,
  FY_SETTINGS_FIELD_PHONE,
  FY_SETTINGS_FIELD_OFFICER,
  FY_SETTINGS_FIELD_REVIEWER,
  FY_SETTINGS_FIELD_FEVER_LINE,
  FY_SETTINGS_FIELD_DEFAULT_CADENCE,
  FY_SETTINGS_FIELD_HIGH_CONTACT_CADENCE,
  FY_SETTINGS_FIELD_BACKUP_KEEP,
  FY_SETTINGS_FIELD_RETENTION_DAYS,
} FySettingsField;

#define FY_SETTINGS_COMPANY_NAME_MAX   100
#define FY_SETTINGS_ADDRESS_MAX        200
#define FY_SETTINGS_PERSON_MAX          64
#define FY_SETTINGS_FEVER_LINE_MIN     370
#define FY_SETTINGS_FEVER_LINE_MAX     385
#define FY_SETTINGS_BACKUP_KEEP_MIN      1
#define FY_SETTINGS_BACKUP_KEEP_MAX    100
#define FY_SETTINGS_RETENTION_DAYS_MAX 3650

/* The test cadences one may choose, in hours, ascending; n_out gets the count. */
const int         *fy_settings_cadences           (guint *n_out);
gboolean           fy_settings_cadence_allowed    (int    hours);

/* Reads every key; a missing or out-of-range stored number gives the
 * documented default, so the record is always valid to show. Never NULL. */
FyCompanySettings *fy_company_settings_load       (FyStore                 *store);
FyCompanySettings *fy_company_settings_copy       (const FyCompanySettings *settings);
void               fy_company_settings_free       (FyCompanySettings       *settings);
gboolean           fy_company_settings_equal      (const FyCompanySettings *a,
                                                   const FyCompanySettings *b);

/* Normalises the text fields in place (NFKC, trim; the phone to its
 * canonical form) and checks every rule. On failure sets FY_ERROR_INVALID
 * with a sentence naming the field and *field (if wanted). */
gboolean           fy_company_settings_validate   (FyCompanySettings       *settings,
                                                   FySettingsField         *field,
                                                   GError                 **error);
/* Validates (in place, as above), then writes every key in ONE transaction
 * with an audit row per changed key, then emits "changed" (FY_STORE_CHANGE_SETTINGS).
 * Nothing is written when validation or the database fails. */
gboolean           fy_company_settings_save       (FyStore                 *store,
                                                   FyCompanySettings       *settings,
                                                   FySettingsField         *field,
                                                   GError                 **error);

/* A company phone: empty, a mobile number (11 digits, +86 allowed) or a
 * fixed line with area code (010-12345678, 0755-1234567, an extension after
 * “转” or “-”) or a 400/800 service number. Returns the canonical form
 * (owned): mobile "13812345678", fixed "0755-12345678" / "0755-12345678-123",
 * service "400-123-4567"; "" for empty. */
char              *fy_settings_validate_phone     (const char              *input,
                                                   GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyCompanySettings, fy_company_settings_free)

G_END_DECLS

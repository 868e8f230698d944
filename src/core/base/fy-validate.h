/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-validate.h — input rules (reference/validation.md): normalise first,
 * then validate; callers store the normalised form. Every failure sets a
 * FY_ERROR_INVALID error whose message is a translated sentence naming the
 * problem, suitable to show next to the field. No function here touches
 * the database. */
#pragma once

#include <glib.h>

#include "fy-clock.h"   /* fy_today () */

G_BEGIN_DECLS

/* NFKC + trim (full-width ３６．５ → 36.5, ideographic spaces). Owned. */
char     *fy_normalize_text        (const char *text);
/* fy_normalize_text, then drop inner spaces, '-', '·', and upper-case Latin
 * letters: for ID numbers, phones, plates. Owned. */
char     *fy_normalize_identifier  (const char *text);

typedef enum
{
  FY_ID_RESIDENT,      /* mainland resident ID, 18 chars, MOD 11-2 */
  FY_ID_HKMOTW,        /* HK / Macau / Taiwan residence permit (810000/820000/830000) */
} FyIdKind;

/* Validates a resident ID (or HK/MO/TW permit) number. Accepts lower-case x.
 * A 15-digit number is accepted only when allow_15 (CSV import) and is then
 * converted to 18 digits. On success returns the normalised 18-char number
 * (owned) and, if wanted, birth date (YYYY-MM-DD, owned), gender ('M'/'F')
 * and kind. */
char     *fy_validate_id_number    (const char  *input,
                                    gboolean     allow_15,
                                    char       **birth_date,
                                    char        *gender,
                                    FyIdKind    *kind,
                                    GError     **error);
gboolean  fy_id_number_checksum_ok (const char *id18);
char      fy_id_number_check_char  (const char *first17);

/* Mobile phone: strips +86 / 0086, spaces, hyphens. Returns 11 digits
 * (owned). `warning` (owned, may be NULL) is set for an unallocated prefix. */
char     *fy_validate_phone        (const char  *input,
                                    char       **warning,
                                    GError     **error);

/* Temperature: whitelist ^\d{2}(\.\d)?$ after normalisation, range
 * 34.0–42.5, 93–109 is rejected as Fahrenheit with its own message.
 * Returns tenths of °C in *tenths. */
gboolean  fy_validate_temperature  (const char  *input,
                                    int         *tenths,
                                    GError     **error);
/* "36.5" for 365. Owned. */
char     *fy_format_temperature    (int          tenths);

/* Dates: canonical YYYY-MM-DD, a real calendar day. Also accepts
 * YYYY/MM/DD, YYYY.MM.DD, YYYYMMDD and 2026年11月2日 and returns the
 * canonical form (owned). */
char     *fy_validate_date         (const char  *input,
                                    GError     **error);
/* Same, and the date may not be after today (local). */
char     *fy_validate_past_date    (const char  *input,
                                    GError     **error);
/* A real calendar day written exactly YYYY-MM-DD. */
gboolean  fy_date_is_canonical     (const char *date);
/* Days between two canonical dates (b - a). */
int       fy_date_diff_days        (const char *a,
                                    const char *b);
/* Canonical date + n days (owned). */
char     *fy_date_add_days         (const char *date,
                                    int         days);

/* Licence plate (GA 36), new-energy plates and the 挂/学/警/港/澳 suffixes
 * included. Returns the normalised plate (owned). A plate of another kind
 * (military, embassy) fails with FY_ERROR_INVALID unless allow_other, in
 * which case it is returned and *is_other is TRUE. */
char     *fy_validate_plate        (const char  *input,
                                    gboolean     allow_other,
                                    gboolean    *is_other,
                                    GError     **error);

/* A name: 1–64 characters after normalisation, no control characters. */
char     *fy_validate_name         (const char  *input,
                                    GError     **error);

/* Masking for outputs (PIPL): an 18-character ID keeps the first 6 and last
 * 4 (110105********002X), an 11-digit phone the first 3 and last 4
 * (138****5678); any other length keeps at most 2 + 2 characters. "" and
 * NULL give "". Owned. */
char     *fy_mask_id_number        (const char  *id_number);
char     *fy_mask_phone            (const char  *phone);
/* `text` with every run of 11 or more digits (17 and an X) masked as above
 * (11 digits as a phone, others as an ID number): for echoing a cell of a file in a
 * message, where an ID or phone may sit in any column. Owned. */
char     *fy_mask_numbers_in       (const char  *text);

G_END_DECLS

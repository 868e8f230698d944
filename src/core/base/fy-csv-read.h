/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-csv-read.h — reading delimited text files made by spreadsheets and HR
 * systems: decoding to UTF-8, delimiter sniffing, RFC 4180 records.
 * Used by the staff import; nothing here knows what the columns mean. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* One record: its fields (UTF-8, as written, quotes removed) and the
 * physical line it starts on (1-based; a quoted field may span lines). */
typedef struct
{
  guint   line;
  guint   n_fields;
  char  **fields;
} FyCsvRecord;

/* Decodes a whole file to UTF-8: a UTF-8 BOM is dropped; UTF-16 with a BOM
 * is converted; valid UTF-8 stays; anything else is read as GB18030 (a
 * superset of GBK / GB2312). *encoding is a static name ("UTF-8",
 * "UTF-8 (BOM)", "UTF-16 (BOM)", "GB18030"). Fails with FY_ERROR_INVALID
 * (a sentence for the user) for an empty file, a spreadsheet workbook or
 * anything that is not text. Owned. */
char      *fy_csv_decode          (GBytes        *contents,
                                   const char   **encoding,
                                   GError       **error);
/* ',' or '\t': whichever occurs more often, outside quotes, on the first line. */
char       fy_csv_sniff_delimiter (const char    *text);
/* Splits decoded text into records (a GPtrArray of FyCsvRecord*, freeing
 * them). Line ends may be CRLF, LF or CR; inside quoted fields they become
 * "\n". Blank records (only empty fields) are skipped. Fails with
 * FY_ERROR_INVALID for a quote that is never closed, FY_ERROR_CANCELLED. */
GPtrArray *fy_csv_parse           (const char    *text,
                                   char           delimiter,
                                   GCancellable  *cancellable,
                                   GError       **error);
void       fy_csv_record_free     (FyCsvRecord   *record);
/* Reads a file in chunks, stopping (FY_ERROR_INVALID, "too large") as soon
 * as it passes the size no roster reaches: /dev/zero or a disk image is
 * refused without holding more than that in memory. FY_ERROR_IO with the
 * file's name when it cannot be read, FY_ERROR_CANCELLED. */
GBytes    *fy_csv_read_file       (const char    *path,
                                   GCancellable  *cancellable,
                                   GError       **error);
/* The field at `i`, or "" past the end of a short record. Borrowed. */
const char *fy_csv_record_get     (const FyCsvRecord *record,
                                   guint          i);

G_END_DECLS

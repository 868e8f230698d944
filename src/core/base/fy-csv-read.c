/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-csv-read.c — decoding, delimiter sniffing and an RFC 4180 reader for
 * files exported by spreadsheets and HR systems (often GBK on Chinese
 * Windows, UTF-8 with a BOM from "CSV UTF-8", UTF-16 from "Unicode text"). */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "fy-csv-read.h"
#include "fy-error.h"

/* A roster of 100,000 people is far below this; anything larger is not one. */
#define MAX_FILE_SIZE (64 * 1024 * 1024)

static void
set_too_large (GError **error)
{
  g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
               _("The file is too large (over 64 MB) to be a staff roster. Check that you chose the right file."));
}

GBytes *
fy_csv_read_file (const char *path, GCancellable *cancellable, GError **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GError) local = NULL;
  guint8 chunk[65536];
  gssize n;

  in = g_file_read (file, cancellable, &local);
  while (in != NULL
         && (n = g_input_stream_read (G_INPUT_STREAM (in), chunk, sizeof chunk, cancellable, &local)) > 0)
    {
      /* Stop at the limit: a device or a huge file is never read whole. */
      if (data->len + (gsize) n > MAX_FILE_SIZE)
        {
          set_too_large (error);
          return NULL;
        }
      g_byte_array_append (data, chunk, (guint) n);
    }
  if (local != NULL)
    {
      g_autofree char *display = g_filename_display_name (path);
      if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_set_error (error, FY_ERROR, FY_ERROR_CANCELLED, _("The import was cancelled."));
      else
        g_set_error (error, FY_ERROR, FY_ERROR_IO, _("Cannot read “%s”: %s."), display, local->message);
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

static char *
not_text (GError **error)
{
  g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
               _("This file is not a text (CSV) file. In the spreadsheet program, save the roster "
                 "as “CSV UTF-8” (or “CSV”) and choose that file."));
  return NULL;
}

static gboolean
has_prefix (const guint8 *data, gsize size, const char *prefix, gsize n)
{
  return size >= n && memcmp (data, prefix, n) == 0;
}

/* Too many control characters (other than tab and line ends) mean a binary file
 * that happened to decode; a stray one in a cell is left for validation. */
static gboolean
looks_like_text (const char *text)
{
  gsize chars = 0, controls = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      chars++;
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f
          || (c >= 0x80 && c < 0xa0) || c == 0xfffd)
        controls++;
    }
  return controls == 0 || controls * 100 < chars;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c) && c != 0xfeff && c != ',' && c != '\t')
        return FALSE;
    }
  return TRUE;
}

char *
fy_csv_decode (GBytes *contents, const char **encoding, GError **error)
{
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (contents, &size);
  g_autofree char *text = NULL;
  const char *enc = NULL;

  if (size == 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("The file is empty."));
      return NULL;
    }
  if (size > MAX_FILE_SIZE)
    {
      set_too_large (error);
      return NULL;
    }
  /* People pick the workbook instead of the CSV: say what to do. */
  if (has_prefix (data, size, "PK\003\004", 4) || has_prefix (data, size, "\320\317\021\340", 4))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("This is a spreadsheet workbook, not a CSV file. Open it in the spreadsheet program, "
                     "save it as “CSV UTF-8” (or “CSV”) and import that file."));
      return NULL;
    }

  if (has_prefix (data, size, "\357\273\277", 3))
    {
      if (!g_utf8_validate_len ((const char *) data + 3, size - 3, NULL))
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                       _("The file says it is UTF-8 but contains bytes that are not. "
                         "Save it again as “CSV UTF-8” and retry."));
          return NULL;
        }
      text = g_strndup ((const char *) data + 3, size - 3);
      enc = "UTF-8 (BOM)";
    }
  else if (has_prefix (data, size, "\377\376", 2) || has_prefix (data, size, "\376\377", 2))
    {
      const char *from = data[0] == 0xff ? "UTF-16LE" : "UTF-16BE";
      text = g_convert ((const char *) data + 2, size - 2, "UTF-8", from, NULL, NULL, NULL);
      if (text == NULL)
        return not_text (error);
      enc = "UTF-16 (BOM)";
    }
  else
    {
      /* Text files never hold NUL; nearly every binary file does. */
      if (memchr (data, '\0', size) != NULL)
        return not_text (error);
      if (g_utf8_validate_len ((const char *) data, size, NULL))
        {
          text = g_strndup ((const char *) data, size);
          enc = "UTF-8";
        }
      else
        {
          text = g_convert ((const char *) data, size, "UTF-8", "GB18030", NULL, NULL, NULL);
          if (text == NULL)
            return not_text (error);
          enc = "GB18030";
        }
    }

  /* Old DOS tools end files with Ctrl-Z. */
  {
    gsize n = strlen (text);
    while (n > 0 && text[n - 1] == 0x1a)
      text[--n] = '\0';
  }
  if (is_blank (text))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("The file is empty."));
      return NULL;
    }
  if (!looks_like_text (text))
    return not_text (error);
  if (encoding)
    *encoding = enc;
  return g_steal_pointer (&text);
}

char
fy_csv_sniff_delimiter (const char *text)
{
  guint tabs = 0, commas = 0;
  gboolean quoted = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        break;
      else if (!quoted && *p == '\t')
        tabs++;
      else if (!quoted && *p == ',')
        commas++;
    }
  return tabs > commas ? '\t' : ',';
}

void
fy_csv_record_free (FyCsvRecord *record)
{
  if (record == NULL)
    return;
  g_strfreev (record->fields);
  g_free (record);
}

const char *
fy_csv_record_get (const FyCsvRecord *record, guint i)
{
  return i < record->n_fields ? record->fields[i] : "";
}

static gboolean
record_is_blank (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    {
      const char *f = g_ptr_array_index (fields, i);
      for (const char *p = f; *p; p++)
        if (!g_ascii_isspace (*p))
          return FALSE;
    }
  return TRUE;
}

/* Consumes one line end (CRLF, LF or CR) at *pos if there is one. */
static gboolean
eat_line_end (const char *text, gsize *pos)
{
  if (text[*pos] == '\r')
    {
      (*pos)++;
      if (text[*pos] == '\n')
        (*pos)++;
      return TRUE;
    }
  if (text[*pos] == '\n')
    {
      (*pos)++;
      return TRUE;
    }
  return FALSE;
}

GPtrArray *
fy_csv_parse (const char *text, char delimiter, GCancellable *cancellable, GError **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_csv_record_free);
  g_autoptr(GString) field = g_string_new (NULL);
  gsize len = strlen (text);
  gsize pos = 0;
  guint line = 1;

  /* All the syntax is ASCII, so walking UTF-8 bytes is safe. */
  while (pos < len)
    {
      g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
      guint record_line = line;
      gboolean end_of_record = FALSE;

      if (records->len % 1024 == 1023 && g_cancellable_set_error_if_cancelled (cancellable, NULL))
        {
          g_set_error (error, FY_ERROR, FY_ERROR_CANCELLED, _("The import was cancelled."));
          return NULL;
        }

      while (!end_of_record)
        {
          g_string_truncate (field, 0);
          if (text[pos] == '"')
            {
              guint quote_line = line;
              pos++;
              for (;;)
                {
                  if (pos >= len)
                    {
                      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                                   _("The quotation mark opened on line %u is never closed, so the rest of "
                                     "the file cannot be read. Check that line in the spreadsheet and save "
                                     "the file again."), quote_line);
                      return NULL;
                    }
                  if (text[pos] == '"')
                    {
                      if (text[pos + 1] == '"')
                        {
                          g_string_append_c (field, '"');
                          pos += 2;
                          continue;
                        }
                      pos++;
                      break;
                    }
                  if (eat_line_end (text, &pos))
                    {
                      g_string_append_c (field, '\n');
                      line++;
                      continue;
                    }
                  g_string_append_c (field, text[pos++]);
                }
            }
          /* Unquoted text, or stray text after a closing quote: taken as is. */
          while (pos < len && text[pos] != delimiter && text[pos] != '\n' && text[pos] != '\r')
            g_string_append_c (field, text[pos++]);

          g_ptr_array_add (fields, g_strndup (field->str, field->len));
          if (pos < len && text[pos] == delimiter)
            pos++;
          else
            {
              if (eat_line_end (text, &pos))
                line++;
              end_of_record = TRUE;
            }
        }

      if (!record_is_blank (fields))
        {
          FyCsvRecord *record = g_new0 (FyCsvRecord, 1);
          record->line = record_line;
          record->n_fields = fields->len;
          g_ptr_array_add (fields, NULL);
          record->fields = (char **) g_ptr_array_steal (fields, NULL);
          g_ptr_array_add (records, record);
        }
    }
  return g_steal_pointer (&records);
}

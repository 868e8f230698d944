/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fuzz harness for the staff CSV import: any bytes go through decoding,
 * delimiter sniffing, the RFC 4180 reader, the column mapping, every row's
 * checks and the preview, then the valid rows are applied to an in-memory
 * database (and removed again). Built two ways:
 *   - with -DFY_LIBFUZZER under clang -fsanitize=fuzzer (build-aux/fuzz):
 *     libFuzzer drives LLVMFuzzerTestOneInput;
 *   - otherwise with its own main (the test suite, AFL): every file named
 *     on the command line, or in a folder named there, is replayed once,
 *     or standard input when nothing is named. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <gio/gio.h>

#include "fy-staff-import.h"
#include "fy-store.h"
#include "fy-store-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static FyStore *
shared_store (void)
{
  static FyStore *store;

  if (store == NULL)
    {
      g_autoptr(GError) error = NULL;
      store = fy_store_open (":memory:", &error);
      if (store == NULL)
        g_error ("in-memory store: %s", error->message);
    }
  return store;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  FyStore *store = shared_store ();
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  FyStaffImport *imp = fy_staff_import_parse (store, bytes, NULL, &error);
  gsize seen = 0;

  if (imp == NULL)
    {
      /* Every refusal is a sentence for the user. */
      g_assert (error != NULL && error->message[0] != '\0');
      return 0;
    }
  for (guint i = 0; i < fy_staff_import_get_n_rows (imp); i++)
    {
      const FyStaffImportRow *row = fy_staff_import_get_row (imp, i);
      g_assert (row->staff != NULL);
      seen += strlen (row->staff->name) + (row->error ? strlen (row->error) : 0)
              + (row->warning ? strlen (row->warning) : 0);
    }
  g_assert (fy_staff_import_get_n_valid (imp) + fy_staff_import_get_n_invalid (imp)
            == fy_staff_import_get_n_rows (imp));
  if (fy_staff_import_get_n_valid (imp) > 0
      && !fy_staff_import_apply (store, imp, TRUE, NULL, NULL, &error))
    g_assert (error != NULL);
  fy_staff_import_free (imp);
  fy_store_exec (store, "DELETE FROM staff; DELETE FROM audit;", NULL);
  return seen == G_MAXSIZE;   /* keeps `seen` from being optimised away */
}

#ifndef FY_LIBFUZZER
static guint
replay_path (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  guint n = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          n += replay_path (child);
        }
      return n;
    }
  if (!g_file_get_contents (path, &data, &len, NULL))
    g_error ("cannot read %s", path);
  LLVMFuzzerTestOneInput ((const uint8_t *) data, len);
  return 1;
}

int
main (int argc, char **argv)
{
  guint n = 0;

  if (argc < 2)
    {
      g_autoptr(GByteArray) input = g_byte_array_new ();
      guint8 chunk[4096];
      size_t got;

      while ((got = fread (chunk, 1, sizeof chunk, stdin)) > 0)
        g_byte_array_append (input, chunk, (guint) got);
      LLVMFuzzerTestOneInput (input->data, input->len);
      return 0;
    }
  for (int i = 1; i < argc; i++)
    n += replay_path (argv[i]);
  g_print ("1..1\nok 1 - %u inputs replayed\n", n);
  return 0;
}
#endif

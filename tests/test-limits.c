/* test-limits.c: every limit of src/ind-limits.h holds at N and refuses
 * N + 1, in each reader that enforces it, with a Spanish line naming the
 * file and the limit. The limits are lowered to what the real sample
 * and fixtures hold, so that no test needs a 20,000-page PDF.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <unzip.h>

#include "ind-error.h"
#include "ind-format.h"
#include "ind-limits-private.h"
#include "ind-load.h"
#include "ind-reader-pdf-private.h"
#include "ind-reader-text-private.h"
#include "ind-reader-xlsx-private.h"
#include "ind-test-util.h"

typedef void (*SetLimit) (IndLimits *limits,
                          guint64    value);

static void set_bytes (IndLimits *l, guint64 v) { l->bytes = v; }
static void set_pages (IndLimits *l, guint64 v) { l->pages = v; }
static void set_rows (IndLimits *l, guint64 v) { l->rows = v; }
static void set_row_cells (IndLimits *l, guint64 v) { l->row_cells = v; }
static void set_cells (IndLimits *l, guint64 v) { l->cells = v; }
static void set_part_bytes (IndLimits *l, guint64 v) { l->part_bytes = v; }
static void set_inflated_bytes (IndLimits *l, guint64 v) { l->inflated_bytes = v; }
static void set_parts (IndLimits *l, guint64 v) { l->parts = v; }

static void
override (SetLimit set,
          guint64  value)
{
  IndLimits limits;

  _ind_limits_override (NULL);
  limits = *ind_limits_get ();
  set (&limits, value);
  _ind_limits_override (&limits);
}

/* With one limit at @n the file at @path opens as a report; at @n - 1
 * (the file one past it) it is refused with "name: @message". */
static void
assert_limit (const char *path,
              SetLimit    set,
              guint64     n,
              const char *message)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *expected = g_strdup_printf ("%s: %s", name, message);
  g_autoptr(IndReport) report = NULL;
  g_autoptr(GError) error = NULL;

  override (set, n);
  report = ind_report_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_clear_object (&report);

  override (set, n - 1);
  report = ind_report_load (file, NULL, &error);
  _ind_limits_override (NULL);
  g_assert_null (report);
  g_assert_error (error, IND_ERROR, IND_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, expected);
}

typedef IndRawTable *(*Reader) (GBytes *, GCancellable *, GError **);

static IndRawTable *
read_file (const char *path,
           Reader      reader)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  IndRawTable *table;
  char *contents;
  gsize len;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (contents, len);
  table = reader (bytes, NULL, &error);
  g_assert_no_error (error);
  return table;
}

/* Rows, the widest row and all cells of the table @reader makes of @path. */
static void
measure_table (const char *path,
               Reader      reader,
               guint      *rows,
               guint      *widest,
               guint64    *cells)
{
  g_autoptr(IndRawTable) table = read_file (path, reader);

  *rows = ind_raw_table_get_n_rows (table);
  *widest = 0;
  *cells = 0;
  for (guint r = 0; r < *rows; r++)
    {
      const IndRawRow *row = ind_raw_table_get_row (table, r);

      *widest = MAX (*widest, row->n_cells);
      *cells += row->n_cells;
    }
}

/* The rows, the cells of a row and of the whole table of @path. */
static void
assert_table_limits (const char *path,
                     Reader      reader)
{
  guint rows, widest;
  guint64 cells;
  g_autofree char *rows_text = NULL;
  g_autofree char *widest_text = NULL;
  g_autofree char *cells_text = NULL;
  g_autofree char *rows_message = NULL;
  g_autofree char *widest_message = NULL;
  g_autofree char *cells_message = NULL;

  measure_table (path, reader, &rows, &widest, &cells);
  /* a report's, not a handful of cells */
  g_assert_cmpuint (rows, >, 50);
  g_assert_cmpuint (widest, >=, 10);
  g_assert_cmpuint (cells, >, 500);
  rows_text = ind_format_integer (rows - 1);
  widest_text = ind_format_integer (widest - 1);
  cells_text = ind_format_integer (cells - 1);
  rows_message = g_strdup_printf ("El archivo tiene más filas que el límite de %s.", rows_text);
  widest_message = g_strdup_printf ("Una fila tiene más celdas que el límite de %s.", widest_text);
  cells_message = g_strdup_printf ("El archivo tiene más celdas que el límite de %s.", cells_text);

  assert_limit (path, set_rows, rows, rows_message);
  assert_limit (path, set_row_cells, widest, widest_message);
  assert_limit (path, set_cells, cells, cells_message);
}

/* The default limits, as README states them. */
static void
test_defaults (void)
{
  const IndLimits *limits = ind_limits_get ();

  g_assert_cmpuint (limits->bytes, ==, 512 * 1024 * 1024);
  g_assert_cmpuint (limits->pages, ==, 20000);
  g_assert_cmpuint (limits->rows, ==, 2000000);
  g_assert_cmpuint (limits->row_cells, ==, 1000);
  g_assert_cmpuint (limits->cells, ==, 20000000);
  g_assert_cmpuint (limits->part_bytes, ==, 256 * 1024 * 1024);
  g_assert_cmpuint (limits->inflated_bytes, ==, 1024 * 1024 * 1024);
  g_assert_cmpuint (limits->parts, ==, 10000);
}

/* The bytes a reader is handed, whoever read them. */
static void
test_bytes (void)
{
  g_autofree char *path = ind_test_fixture_path ("sample-libreoffice.pdf");
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  /* 41,385 bytes: 40 KB */
  assert_limit (path, set_bytes, st.st_size, "Pesa 40 KB; el límite es 40 KB.");
  override (set_bytes, 1024);
  {
    g_autoptr(GBytes) bytes = g_bytes_new_take (g_malloc0 (1025), 1025);
    g_autoptr(GError) error = NULL;
    const Reader readers[] = { ind_read_text, ind_read_xlsx, ind_read_pdf };

    for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
      {
        g_autoptr(IndRawTable) table = readers[i] (bytes, NULL, &error);

        g_assert_null (table);
        g_assert_error (error, IND_ERROR, IND_ERROR_TOO_LARGE);
        g_assert_cmpstr (error->message, ==, "Pesa 1 KB; el límite es 1 KB.");
        g_clear_error (&error);
      }
  }
  _ind_limits_override (NULL);
}

/* The sample printed to PDF has 5 pages. */
static void
test_pages (void)
{
  g_autofree char *path = ind_test_fixture_path ("sample-libreoffice.pdf");

  assert_limit (path, set_pages, 5, "El PDF tiene 5 páginas; el límite es 4.");
}

static void
test_text_table (void)
{
  assert_table_limits (ind_test_sample_path (), ind_read_text);
}

/* The sample as CSV, every cell quoted. */
static void
test_csv_table (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "informe.csv", NULL);
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  g_file_get_contents (ind_test_sample_path (), &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL && (lines[i][0] != '\0' || lines[i + 1] != NULL); i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], "\t", -1);

      for (guint c = 0; cells[c] != NULL; c++)
        g_string_append_printf (csv, "%s\"%s\"", c > 0 ? "," : "", cells[c]);
      g_string_append_c (csv, '\n');
    }
  g_file_set_contents (path, csv->str, csv->len, &error);
  g_assert_no_error (error);

  assert_table_limits (path, ind_read_text);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_pdf_table (void)
{
  g_autofree char *path = ind_test_fixture_path ("sample-libreoffice.pdf");

  assert_table_limits (path, ind_read_pdf);
}

static void
test_xlsx_table (void)
{
  g_autofree char *path = ind_test_fixture_path ("sample.xlsx");

  assert_table_limits (path, ind_read_xlsx);
}

/* Parts of a workbook the reader has no use for. */
static gboolean
is_unread_part (const char *name)
{
  return g_str_equal (name, "[Content_Types].xml") || g_str_has_prefix (name, "docProps/") ||
         g_str_has_prefix (name, "xl/theme/");
}

/* The workbook at @path as the reader inflates it: its parts, the
 * largest of them, and the bytes of those it reads, @sheet_reads times
 * @sheet for a sheet listed more than once. */
static void
measure_workbook (const char *path,
                  const char *sheet,
                  guint       sheet_reads,
                  guint      *n_parts,
                  char      **largest_name,
                  guint64    *largest,
                  guint64    *inflated)
{
  unzFile zip = unzOpen64 (path);
  unz_global_info64 global;

  *largest = *inflated = 0;
  g_assert_nonnull (zip);
  g_assert_cmpint (unzGetGlobalInfo64 (zip, &global), ==, UNZ_OK);
  *n_parts = global.number_entry;
  for (int status = unzGoToFirstFile (zip); status == UNZ_OK; status = unzGoToNextFile (zip))
    {
      unz_file_info64 info;
      char name[256];

      g_assert_cmpint (unzGetCurrentFileInfo64 (zip, &info, name, sizeof name, NULL, 0, NULL, 0), ==, UNZ_OK);
      if (info.uncompressed_size > *largest)
        {
          *largest = info.uncompressed_size;
          g_free (*largest_name);
          *largest_name = g_strdup (name);
        }
      if (!is_unread_part (name))
        *inflated += info.uncompressed_size * (g_strcmp0 (name, sheet) == 0 ? sheet_reads : 1);
    }
  unzClose (zip);
}

/* "44 KB", as the limits' messages write a size under a megabyte. */
static char *
kilobytes (guint64 bytes)
{
  return g_strdup_printf ("%u KB", (guint)(bytes / 1024.0 + 0.5));
}

/* The workbook at @path reads with all its parts at @inflated bytes
 * together, and is refused one byte below. */
static void
assert_inflated_limit (const char *path,
                       guint64     inflated)
{
  g_autofree char *kb = kilobytes (inflated - 1);
  g_autofree char *message = g_strdup_printf ("Descomprimido, el libro pesa más que el límite de %s.", kb);

  assert_limit (path, set_inflated_bytes, inflated, message);
}

/* The parts of the workbook, the largest once inflated, and all those
 * read, inflated together. */
static void
test_xlsx_parts (void)
{
  g_autofree char *path = ind_test_fixture_path ("sample.xlsx");
  guint n_parts;
  guint64 largest, inflated;
  g_autofree char *largest_name = NULL;
  g_autofree char *parts_message = NULL;
  g_autofree char *part_message = NULL;
  g_autofree char *kb = NULL;

  measure_workbook (path, NULL, 1, &n_parts, &largest_name, &largest, &inflated);
  /* the report's sheet, a few times larger than the rest */
  g_assert_cmpstr (largest_name, ==, "xl/worksheets/sheet2.xml");

  parts_message = g_strdup_printf ("El libro tiene %u partes; el límite es %u.", n_parts, n_parts - 1);
  assert_limit (path, set_parts, n_parts, parts_message);

  kb = kilobytes (largest);
  part_message = g_strdup_printf ("La parte «%s» del libro pesa %s descomprimida; el límite es %s.",
                                  largest_name, kb, kb);
  assert_limit (path, set_part_bytes, largest, part_message);

  assert_inflated_limit (path, inflated);
}

/* A workbook that lists its first sheet (the notes, without the
 * report's header) three times before the report: each listing is read,
 * and counts against the limit of all parts together; a workbook listing
 * a sheet thousands of times stops there. */
static void
test_xlsx_sheet_listed_again (void)
{
  static const char script[] =
    "import sys, zipfile\n"
    "notes = '<sheet name=\"Notas\" sheetId=\"1\" r:id=\"rId1\"/>'\n"
    "with zipfile.ZipFile(sys.argv[1]) as source, "
    "zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as target:\n"
    "    for info in source.infolist():\n"
    "        data = source.read(info)\n"
    "        if info.filename == 'xl/workbook.xml':\n"
    "            assert data.count(notes.encode()) == 1\n"
    "            data = data.replace(notes.encode(), 3 * notes.encode())\n"
    "        target.writestr(info, data)\n";
  g_autofree char *sample = ind_test_fixture_path ("sample.xlsx");
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "hojas-repetidas.xlsx", NULL);
  const char *argv[] = { "python3", "-c", script, sample, path, NULL };
  guint n_parts;
  guint64 largest, inflated, sample_inflated;
  g_autofree char *largest_name = NULL;

  g_free (ind_test_run_tool (argv));
  measure_workbook (sample, NULL, 1, &n_parts, &largest_name, &largest, &sample_inflated);
  measure_workbook (path, "xl/worksheets/sheet1.xml", 3, &n_parts, &largest_name, &largest, &inflated);
  g_assert_cmpuint (inflated, >, sample_inflated);

  assert_inflated_limit (path, inflated);

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  ind_test_init (&argc, &argv);

  g_test_add_func ("/limits/defaults", test_defaults);
  g_test_add_func ("/limits/bytes", test_bytes);
  g_test_add_func ("/limits/pages", test_pages);
  g_test_add_func ("/limits/text-table", test_text_table);
  g_test_add_func ("/limits/csv-table", test_csv_table);
  g_test_add_func ("/limits/pdf-table", test_pdf_table);
  g_test_add_func ("/limits/xlsx-table", test_xlsx_table);
  g_test_add_func ("/limits/xlsx-parts", test_xlsx_parts);
  g_test_add_func ("/limits/xlsx-sheet-listed-again", test_xlsx_sheet_listed_again);

  return g_test_run ();
}

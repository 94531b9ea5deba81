/* test-readers.c: the printed PDF and the XLSX export of the sample reach
 * exactly the model the text reader reaches; what is not such a report
 * is refused with a message naming the file
 *
 * The fixtures are made by tests/fixtures/make-fixtures.py.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "ind-error.h"
#include "ind-load.h"
#include "ind-reader-pdf-private.h"
#include "ind-reader-xlsx-private.h"
#include "ind-report-json.h"
#include "ind-test-util.h"

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
}

static IndReport *
load_fixture (const char  *name,
              GError     **error)
{
  g_autofree char *path = fixture_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return ind_report_load (file, NULL, error);
}

static GBytes *
fixture_bytes (const char *name)
{
  g_autofree char *path = fixture_path (name);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (g_steal_pointer (&contents), len);
}

/* Where a source's own place in its file shows: it may differ. */
static gboolean
is_place (const char *member)
{
  return g_str_equal (member, "format") || g_str_equal (member, "line") || g_str_equal (member, "page");
}

/* Fails at the first difference, naming where it is. */
static void
assert_same_json (JsonNode   *a,
                  JsonNode   *b,
                  const char *where)
{
  if (JSON_NODE_HOLDS_OBJECT (a) && JSON_NODE_HOLDS_OBJECT (b))
    {
      JsonObject *oa = json_node_get_object (a), *ob = json_node_get_object (b);
      g_autoptr(GList) members = json_object_get_members (oa);

      for (GList *m = members; m != NULL; m = m->next)
        {
          g_autofree char *inner = g_strdup_printf ("%s.%s", where, (char *)m->data);

          if (is_place (m->data))
            continue;
          if (!json_object_has_member (ob, m->data))
            g_error ("%s is missing", inner);
          assert_same_json (json_object_get_member (oa, m->data), json_object_get_member (ob, m->data), inner);
        }
      g_clear_pointer (&members, g_list_free);
      members = json_object_get_members (ob);
      for (GList *m = members; m != NULL; m = m->next)
        if (!is_place (m->data) && !json_object_has_member (oa, m->data))
          g_error ("%s.%s is extra", where, (char *)m->data);
    }
  else if (JSON_NODE_HOLDS_ARRAY (a) && JSON_NODE_HOLDS_ARRAY (b))
    {
      JsonArray *aa = json_node_get_array (a), *ab = json_node_get_array (b);

      if (json_array_get_length (aa) != json_array_get_length (ab))
        g_error ("%s: %u elements, not %u", where, json_array_get_length (ab), json_array_get_length (aa));
      for (guint i = 0; i < json_array_get_length (aa); i++)
        {
          g_autofree char *inner = g_strdup_printf ("%s[%u]", where, i);

          assert_same_json (json_array_get_element (aa, i), json_array_get_element (ab, i), inner);
        }
    }
  else if (!json_node_equal (a, b))
    {
      g_autofree char *sa = json_to_string (a, FALSE);
      g_autofree char *sb = json_to_string (b, FALSE);

      g_error ("%s: %s, not %s", where, sb, sa);
    }
}

static JsonNode *
report_json (IndReport *report)
{
  g_autofree char *text = ind_report_to_json (report);
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  return node;
}

static void
assert_same_as_text (IndReport *report)
{
  g_autoptr(IndReport) sample = ind_test_load_sample ();
  g_autoptr(JsonNode) expected = report_json (sample);
  g_autoptr(JsonNode) got = report_json (report);

  assert_same_json (expected, got, "report");
}

/* The lost page of program 103 shows as a page break in the printed
 * report: the stray text and the orphans sit on the page after the
 * last row seen before it, and the diagnostics say so. */
static void
assert_lost_page_on_its_page (IndReport *report)
{
  IndItem *before = ind_report_find_item (report, "103/C01/A04");
  IndItem *orphan = ind_report_find_item (report, "103/C?1/A02");
  IndDiagnostic *stray = ind_test_find_diagnostic (report, "stray-text", "103/C?1");
  IndDiagnostic *missing = ind_test_find_diagnostic (report, "missing-header", "103/C?1");

  g_assert_nonnull (before);
  g_assert_nonnull (orphan);
  g_assert_nonnull (stray);
  g_assert_nonnull (missing);
  g_assert_cmpuint (ind_item_get_page (before), >, 0);
  g_assert_cmpuint (ind_item_get_page (orphan), ==, ind_item_get_page (before) + 1);
  g_assert_cmpuint (ind_diagnostic_get_page (stray), ==, ind_item_get_page (orphan));
  g_assert_cmpuint (ind_diagnostic_get_page (missing), ==, ind_item_get_page (orphan));
  g_assert_cmpuint (ind_diagnostic_get_line (stray), <, ind_diagnostic_get_line (missing));
}

static void
test_pdf (gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IndReport) report = load_fixture (data, &error);

  g_assert_no_error (error);
  g_assert_cmpint (ind_report_get_format (report), ==, IND_FORMAT_PDF);
  assert_same_as_text (report);
  assert_lost_page_on_its_page (report);
}

static void
test_xlsx (gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IndReport) report = load_fixture (data, &error);

  g_assert_no_error (error);
  g_assert_cmpint (ind_report_get_format (report), ==, IND_FORMAT_XLSX);
  assert_same_as_text (report);
  /* a sheet row is the line */
  g_assert_cmpuint (ind_item_get_line (ind_report_find_item (report, "101")), ==, 6);
  g_assert_cmpuint (ind_item_get_page (ind_report_find_item (report, "101")), ==, 0);
}

static const IndRawRow *
find_row (IndRawTable *table,
          const char  *first_cell,
          guint        nth)
{
  for (guint i = 0; i < ind_raw_table_get_n_rows (table); i++)
    {
      const IndRawRow *row = ind_raw_table_get_row (table, i);

      if (row->n_cells > 0 && g_str_equal (row->cells[0], first_cell) && nth-- == 0)
        return row;
    }
  g_error ("no row «%s»", first_cell);
}

/* Numbers are read as the builder reads text: money with its centavos,
 * fractions formatted as percentages back in percent units, a bare
 * number as it is; the title rows above the header and the empty rows
 * (the sample's page breaks) are kept. */
static void
test_xlsx_cells (void)
{
  g_autoptr(GBytes) bytes = fixture_bytes ("sample.xlsx");
  g_autoptr(GError) error = NULL;
  g_autoptr(IndRawTable) table = ind_read_xlsx (bytes, NULL, &error);
  const IndRawRow *row;

  g_assert_no_error (error);
  g_assert_cmpstr (ind_raw_table_get_row (table, 0)->cells[0], ==, "ORGANISMO OPERADOR DE LOS SERVICIOS DE AGUA POTABLE");
  g_assert_cmpstr (ind_raw_table_get_row (table, 2)->cells[0], ==, "INDICADORES DE RESULTADOS AL 31 DE MARZO DE 2024.");
  g_assert_cmpuint (ind_raw_table_get_row (table, 3)->n_cells, ==, 0);
  g_assert_cmpstr (ind_raw_table_get_row (table, 4)->cells[10], ==, "Unidad de Medida");

  row = find_row (table, "101", 0);
  g_assert_cmpstr (row->cells[2], ==, "14757499.81");
  g_assert_cmpstr (row->cells[9], ==, "0");

  row = find_row (table, "Actividad 01", 0);  /* 101/C01/A01 */
  g_assert_cmpuint (row->line, ==, 8);
  g_assert_cmpstr (row->cells[2], ==, "36300.00");
  g_assert_cmpstr (row->cells[4], ==, "0.00");
  g_assert_cmpstr (row->cells[5], ==, "8.508%");
  g_assert_cmpstr (row->cells[7], ==, "0.246%");
  g_assert_cmpstr (row->cells[10], ==, "0 SEGUIMIENTO");

  row = find_row (table, "Componente 03", 1);  /* 104/C03: 0.0180% */
  g_assert_cmpstr (row->cells[7], ==, "0.0180%");

  row = find_row (table, "Actividad 01", 7);  /* 103/C01/A01: 52.716 with no sign */
  g_assert_cmpstr (row->cells[1], ==, "INTEGRAR 4 REPORTES ESTADISTICOS DE LOS MANTENIMIENTO REALIZADOS PARA LAS REDES COMERCIALES, HABITAC");
  g_assert_cmpstr (row->cells[5], ==, "52.716");

  row = find_row (table, "SUMAS", 0);
  g_assert_cmpstr (row->cells[2], ==, "168837476.42");
}

/* The printed rows come back as the table: one header, every row with
 * its page, a blank row at each page break, no page numbers. */
static void
test_pdf_rows (void)
{
  g_autoptr(GBytes) bytes = fixture_bytes ("sample-cairo-top.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(IndRawTable) table = ind_read_pdf (bytes, NULL, &error);
  guint headers = 0, blanks = 0;
  const IndRawRow *row;

  g_assert_no_error (error);
  for (guint i = 0; i < ind_raw_table_get_n_rows (table); i++)
    {
      row = ind_raw_table_get_row (table, i);
      g_assert_cmpuint (row->page, >, 0);
      headers += ind_report_match_header_cells ((const char * const *)row->cells, row->n_cells, NULL);
      blanks += row->n_cells == 0;
      for (guint c = 0; c < row->n_cells; c++)
        g_assert_null (strstr (row->cells[c], "Página"));
    }
  g_assert_cmpuint (headers, ==, 1);
  g_assert_cmpuint (blanks, ==, 4);  /* five pages */

  /* 102/C04: a name wrapped over three lines, the key on the first */
  row = find_row (table, "Componente 04", 0);
  g_assert_cmpstr (row->cells[1], ==, "ACCIONES ENCAMINADAS A LA DIGITALIZACION Y CONSERVACION DEL ARCHIVO HISTORICO.");
  g_assert_cmpstr (row->cells[2], ==, "26,500.20");
  g_assert_cmpstr (row->cells[7], ==, "2.818%");
}

/* Rows as tight as the lines of a name, each name of two lines fitting
 * the key above it as well as the key below it: the report opens, with
 * one warning that says so. */
static void
test_pdf_ambiguous_rows (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IndReport) report = load_fixture ("ambiguous-rows.pdf", &error);
  IndDiagnostic *d;

  g_assert_no_error (error);
  g_assert_nonnull (ind_report_find_item (report, "201/C01/A08"));
  d = ind_test_find_diagnostic (report, "ambiguous-rows", NULL);
  g_assert_nonnull (d);
  g_assert_cmpint (ind_diagnostic_get_severity (d), ==, IND_SEVERITY_WARNING);
  g_assert_cmpuint (ind_test_count_code (report, "ambiguous-rows", NULL), ==, 1);
}

/* The format comes from the content, not from the name. */
static void
test_detected_by_content (void)
{
  static const char *names[] = { "sample-cairo-bottom.pdf", "sample.xlsx" };
  static const IndFormat formats[] = { IND_FORMAT_PDF, IND_FORMAT_XLSX };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GBytes) bytes = fixture_bytes (names[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(IndReport) report = ind_report_load_bytes (bytes, "informe.txt", NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpint (ind_report_get_format (report), ==, formats[i]);
    }
}

typedef struct
{
  const char *fixture;
  int         code;   /* IndError */
  const char *names;  /* what the message names besides the file, if any */
} Refusal;

static const Refusal refusals[] = {
  { "encrypted.pdf", IND_ERROR_ENCRYPTED, NULL },
  { "scanned.pdf", IND_ERROR_SCANNED, NULL },
  { "truncated.pdf", IND_ERROR_DAMAGED, NULL },
  { "truncated.xlsx", IND_ERROR_DAMAGED, NULL },
  { "corrupt.xlsx", IND_ERROR_DAMAGED, NULL },
  { "broken-xml.xlsx", IND_ERROR_DAMAGED, "xl/worksheets/sheet2.xml" },
  { "huge-part.xlsx", IND_ERROR_TOO_LARGE, "xl/worksheets/sheet2.xml" },
  { "other-report.xlsx", IND_ERROR_NOT_A_REPORT, "ESTADO ANALÍTICO DEL EJERCICIO DEL PRESUPUESTO DE EGRESOS" },
  { "other-report.pdf", IND_ERROR_NOT_A_REPORT, "ESTADO ANALÍTICO DEL EJERCICIO DEL PRESUPUESTO DE EGRESOS" },
  { "not-a-workbook.xlsx", IND_ERROR_UNSUPPORTED, NULL },
};

static void
test_refusal (gconstpointer data)
{
  const Refusal *refusal = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(IndReport) report = load_fixture (refusal->fixture, &error);
  g_autofree char *prefix = g_strconcat (refusal->fixture, ": ", NULL);

  g_assert_null (report);
  g_assert_error (error, IND_ERROR, refusal->code);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_true (refusal->names == NULL || strstr (error->message, refusal->names) != NULL);
}

/* poppler cannot make sense of it, though it ends as a PDF should. */
static void
test_damaged_pdf (void)
{
  static const char text[] = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n%%EOF\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(IndReport) report = ind_report_load_bytes (bytes, "informe.pdf", NULL, &error);

  g_assert_null (report);
  g_assert_error (error, IND_ERROR, IND_ERROR_DAMAGED);
  g_assert_true (g_str_has_prefix (error->message, "informe.pdf: "));
}

/* The command line: exit status 2 and one line naming the file. */
static void
test_command_line_refusal (void)
{
  g_autofree char *path = fixture_path ("encrypted.pdf");
  const char *argv[] = { g_getenv ("INDICADORES_BIN"), "--json", path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_nonnull (argv[0]);
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_error (error, G_SPAWN_EXIT_ERROR, 2);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "encrypted.pdf"));
}

int
main (int   argc,
      char *argv[])
{
  ind_test_init (&argc, &argv);

  g_test_add_data_func ("/readers/pdf/libreoffice", "sample-libreoffice.pdf", test_pdf);
  g_test_add_data_func ("/readers/pdf/cairo-key-first", "sample-cairo-top.pdf", test_pdf);
  g_test_add_data_func ("/readers/pdf/cairo-key-last", "sample-cairo-bottom.pdf", test_pdf);
  g_test_add_data_func ("/readers/pdf/cairo-key-middle", "sample-cairo-middle.pdf", test_pdf);
  g_test_add_data_func ("/readers/pdf/cairo-wide-dated-footer", "sample-cairo-wide.pdf", test_pdf);
  g_test_add_data_func ("/readers/pdf/cairo-a4-narrow", "sample-cairo-a4-narrow.pdf", test_pdf);
  g_test_add_data_func ("/readers/pdf/libreoffice-key-middle", "sample-libreoffice-middle.pdf", test_pdf);
  g_test_add_data_func ("/readers/pdf/libreoffice-narrow", "sample-libreoffice-narrow.pdf", test_pdf);
  g_test_add_data_func ("/readers/pdf/libreoffice-a4", "sample-libreoffice-a4.pdf", test_pdf);
  g_test_add_data_func ("/readers/pdf/libreoffice-a4-key-middle", "sample-libreoffice-a4-middle.pdf", test_pdf);
  g_test_add_func ("/readers/pdf/rows", test_pdf_rows);
  g_test_add_func ("/readers/pdf/ambiguous-rows", test_pdf_ambiguous_rows);
  g_test_add_data_func ("/readers/xlsx/xlsxwriter", "sample.xlsx", test_xlsx);
  g_test_add_data_func ("/readers/xlsx/libreoffice", "sample-libreoffice.xlsx", test_xlsx);
  g_test_add_func ("/readers/xlsx/cells", test_xlsx_cells);
  g_test_add_func ("/readers/detected-by-content", test_detected_by_content);
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *name = g_strdup_printf ("/readers/refusal/%s", refusals[i].fixture);

      g_test_add_data_func (name, &refusals[i], test_refusal);
    }
  g_test_add_func ("/readers/refusal/damaged-pdf", test_damaged_pdf);
  g_test_add_func ("/readers/refusal/command-line", test_command_line_refusal);

  return g_test_run ();
}

/* test-reader-text.c: the text and CSV forms of the report, in the
 * encodings and line ends they arrive in, and input that is no report
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ind-error.h"
#include "ind-load.h"
#include "ind-reader-text-private.h"
#include "ind-test-util.h"

static IndReport *sample;
static char *sample_text;

static IndReport *
load_bytes (const char  *data,
            gsize        len,
            GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, len);

  return ind_report_load_bytes (bytes, "informe-prueba.txt", NULL, error);
}

static IndReport *
load_ok (const char *data,
         gsize       len)
{
  g_autoptr(GError) error = NULL;
  IndReport *report = load_bytes (data, len, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static void
assert_refused (const char *data,
                gsize       len,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IndReport) report = load_bytes (data, len, &error);

  g_assert_null (report);
  g_assert_error (error, IND_ERROR, code);
  /* the message names the file */
  g_assert_true (g_str_has_prefix (error->message, "informe-prueba.txt: "));
}

static void
test_windows_1252_crlf (void)
{
  g_autofree char *crlf = NULL;
  g_autofree char *cp1252 = NULL;
  g_auto(GStrv) lines = g_strsplit (sample_text, "\n", -1);
  g_autoptr(IndReport) report = NULL;
  gsize len;

  crlf = g_strjoinv ("\r\n", lines);
  cp1252 = g_convert (crlf, -1, "WINDOWS-1252", "UTF-8", NULL, &len, NULL);
  g_assert_nonnull (cp1252);
  g_assert_false (g_utf8_validate (cp1252, len, NULL));

  report = load_ok (cp1252, len);
  g_assert_cmpint (ind_report_get_format (report), ==, IND_FORMAT_TEXT);
  ind_test_assert_same_model (sample, report);
  g_assert_cmpuint (ind_item_get_line (ind_report_find_item (report, "103/C?1/A02")), ==, 97);
}

static void
test_utf16_and_bom (void)
{
  g_autofree char *utf16 = NULL;
  g_autoptr(GString) with_bom = g_string_new ("\xEF\xBB\xBF");
  g_autoptr(IndReport) from_utf16 = NULL;
  g_autoptr(IndReport) from_bom = NULL;
  gsize len;

  utf16 = g_convert (sample_text, -1, "UTF-16", "UTF-8", NULL, &len, NULL);
  g_assert_nonnull (utf16);
  from_utf16 = load_ok (utf16, len);
  ind_test_assert_same_model (sample, from_utf16);

  g_string_append (with_bom, sample_text);
  from_bom = load_ok (with_bom->str, with_bom->len);
  ind_test_assert_same_model (sample, from_bom);
}

/* The sample re-saved as CSV: every cell quoted when it must be. */
static char *
sample_as_csv (char delimiter)
{
  g_auto(GStrv) lines = g_strsplit (sample_text, "\n", -1);
  GString *csv = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], "\t", -1);

      for (guint c = 0; cells[c] != NULL; c++)
        {
          gboolean quote = strchr (cells[c], delimiter) || strchr (cells[c], '"');

          if (c > 0)
            g_string_append_c (csv, delimiter);
          if (quote)
            {
              g_autoptr(GString) escaped = g_string_new (cells[c]);

              g_string_replace (escaped, "\"", "\"\"", 0);
              g_string_append_printf (csv, "\"%s\"", escaped->str);
            }
          else
            g_string_append (csv, cells[c]);
        }
      g_string_append (csv, "\r\n");
    }
  return g_string_free (csv, FALSE);
}

static void
test_csv (void)
{
  g_autofree char *comma = sample_as_csv (',');
  g_autofree char *semicolon = sample_as_csv (';');
  g_autoptr(IndReport) from_comma = load_ok (comma, strlen (comma));
  g_autoptr(IndReport) from_semicolon = load_ok (semicolon, strlen (semicolon));

  g_assert_cmpint (ind_report_get_format (from_comma), ==, IND_FORMAT_CSV);
  g_assert_cmpint (ind_report_get_format (from_semicolon), ==, IND_FORMAT_CSV);
  ind_test_assert_same_model (sample, from_comma);
  ind_test_assert_same_model (sample, from_semicolon);
}

/* A spreadsheet keeps a wrapped name in one quoted cell. */
static void
test_csv_quoted_line_break (void)
{
  const char *csv =
    "Clave,Nombre,Modificado,Devengado,Pagado\n"
    "201,\"PROGRAMA \"\"A\"\", CON\nSALTO\",\"1,000.00\",0.00,0.00\n"
    "Componente 01,UNO,\"1,000.00\",0.00,0.00\n";
  g_autoptr(IndReport) report = load_ok (csv, strlen (csv));

  g_assert_cmpstr (ind_item_get_nombre (ind_report_find_item (report, "201")), ==, "PROGRAMA \"A\", CON SALTO");
  g_assert_cmpuint (ind_item_get_line (ind_report_find_item (report, "201/C01")), ==, 4);
}

static void
test_invalid_utf8_named_by_line (void)
{
  g_autoptr(GString) text = g_string_new (sample_text);
  g_autoptr(IndReport) report = NULL;
  IndDiagnostic *d;
  char *row;

  /* damage one byte on line 13 (101/C01/A04), keep the rest UTF-8 */
  row = strstr (text->str, "REALIZAR 12 INFORMES DEL SERVICIO");
  g_assert_nonnull (row);
  row[0] = '\xFF';

  report = load_ok (text->str, text->len);
  d = ind_test_find_diagnostic (report, "bad-encoding", NULL);
  g_assert_nonnull (d);
  g_assert_cmpuint (ind_diagnostic_get_line (d), ==, 13);
  /* accented names elsewhere survive */
  g_assert_cmpstr (ind_report_get_entity (report), ==, ind_report_get_entity (sample));
  g_assert_true (g_str_has_prefix (ind_item_get_nombre (ind_report_find_item (report, "101/C01/A04")), "\xEF\xBF\xBD" "EALIZAR"));
}

static void
test_empty (void)
{
  assert_refused ("", 0, IND_ERROR_EMPTY);
  assert_refused ("\n\n  \n", 4, IND_ERROR_NOT_A_REPORT);
}

static void
test_binary (void)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01";

  assert_refused (png, sizeof png - 1, IND_ERROR_BINARY);
}

/* The text reader on its own, handed a PDF, refuses it. */
static void
test_pdf_to_text_reader (void)
{
  static const char pdf[] = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Length 4 >>\nstream\n\0\x01\x02\x03\nendstream\nendobj\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (pdf, sizeof pdf - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(IndRawTable) table = ind_read_text (bytes, NULL, &error);

  g_assert_null (table);
  g_assert_error (error, IND_ERROR, IND_ERROR_BINARY);
}

/* A line of 655,360 cells is refused at the limit of cells of a row,
 * before it is split. */
static void
test_huge_single_line (void)
{
  gsize len = 5 * 1024 * 1024;
  g_autofree char *line = g_malloc (len);

  memset (line, 'A', len);
  for (gsize i = 7; i < len; i += 8)
    line[i] = '\t';
  assert_refused (line, len, IND_ERROR_TOO_LARGE);
}

static void
test_broken_numbers_keep_the_report (void)
{
  g_autoptr(GString) text = g_string_new (sample_text);
  g_autoptr(IndReport) report = NULL;
  IndDiagnostic *d;

  g_string_replace (text, "14,012,999.96", "14,O12,999.96", 1);
  report = load_ok (text->str, text->len);
  d = ind_test_find_diagnostic (report, "bad-number", "101/C01/A05");
  g_assert_nonnull (d);
  g_assert_cmpuint (ind_diagnostic_get_line (d), ==, 14);
  g_assert_false (ind_item_get_money (ind_report_find_item (report, "101/C01/A05"), IND_MONEY_MODIFICADO, NULL));
  /* its parent now says why its sum is off */
  g_assert_nonnull (ind_test_find_diagnostic (report, "sum-mismatch", "101/C01"));
}

/* A spreadsheet of another quarterly report with similar words and money
 * written the other way ($11.496.759,89). */
static void
test_other_report (void)
{
  const char *csv =
    "MUNICIPIO DE TEHUACAN\n"
    "Estado Analítico del Ejercicio del Presupuesto de Egresos\n"
    "Concepto;Aprobado;Ampliaciones;Modificado;Devengado;Pagado\n"
    "Servicios personales;$11.496.759,89;$0,00;$11.496.759,89;$2.100.000,00;$2.000.000,00\n";
  const char *portal =
    "Ejercicio,Nombre del programa,Objetivo institucional,Nombre del indicador,Meta programada,Unidad de medida\n"
    "2024,Agua potable,Abastecer,Cobertura,95,Porcentaje\n";
  const char *xls = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0";

  assert_refused (csv, strlen (csv), IND_ERROR_NOT_A_REPORT);
  assert_refused (portal, strlen (portal), IND_ERROR_NOT_A_REPORT);
  assert_refused (xls, 12, IND_ERROR_UNSUPPORTED);
}

/* What a print puts on every page, and report lines that look like it. */
static void
test_furniture_forms (void)
{
  static const char *furniture[] = {
    "Página 3", "Página 3 de 12", "Pág. 3/12", "HOJA 2 DE 5", "- 4 -", "Continúa…",
    "Continúa en la siguiente página", "(continuación)", "Fecha de impresión: 05/12/2026 10:31:07",
    "Impreso el 5 de diciembre de 2026, 10:31 a. m.", "Usuario: MARIA GARCIA",
    "Fecha: 05/12/2026 | Usuario: MGARCIA | Página 1 de 4",
  };
  static const char *not_furniture[] = {
    "31 DE MARZO DE 2024", "INDICADORES DE RESULTADOS AL 31 DE MARZO DE 2024",
    "USUARIOS EN SITUACION DE", "4 MESES.", "2024", "101", "Actividad 01", "CONTINUACION DE LA OBRA",
    "CLORACION DE LOS 24 POZOS, 4 TANQ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (furniture); i++)
    if (!ind_text_is_page_furniture (furniture[i]))
      g_error ("«%s» is page furniture", furniture[i]);
  for (guint i = 0; i < G_N_ELEMENTS (not_furniture); i++)
    if (ind_text_is_page_furniture (not_furniture[i]))
      g_error ("«%s» is not page furniture", not_furniture[i]);
}

/* The text of a report printed with a footer and the title and header
 * repeated every 40 rows: the same model, no error or warning more. */
static void
test_page_furniture (void)
{
  g_auto(GStrv) lines = g_strsplit (sample_text, "\n", -1);
  g_autoptr(GString) paged = g_string_new (NULL);
  g_autoptr(IndReport) report = NULL;
  guint header = 0, rows = 0, page = 1;

  while (!g_str_has_prefix (lines[header], "Clave"))
    header++;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_string_append_printf (paged, "%s\n", lines[i]);
      if (i <= header || lines[i + 1] == NULL || ++rows % 40 != 0)
        continue;
      g_string_append_printf (paged, "\tFecha de impresión: 05/12/2026 10:31\tUsuario: MGARCIA\tPágina %u de 4\n\f", page++);
      for (guint t = 0; t <= header; t++)
        g_string_append_printf (paged, "%s\n", lines[t]);
    }
  g_assert_cmpuint (page, ==, 4);

  report = load_ok (paged->str, paged->len);
  ind_test_assert_same_model (sample, report);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  ind_test_init (&argc, &argv);
  sample = ind_test_load_sample ();
  g_file_get_contents (ind_test_sample_path (), &sample_text, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/reader-text/windows-1252-crlf", test_windows_1252_crlf);
  g_test_add_func ("/reader-text/utf16-and-bom", test_utf16_and_bom);
  g_test_add_func ("/reader-text/csv", test_csv);
  g_test_add_func ("/reader-text/csv-quoted-line-break", test_csv_quoted_line_break);
  g_test_add_func ("/reader-text/invalid-utf8-named-by-line", test_invalid_utf8_named_by_line);
  g_test_add_func ("/reader-text/empty", test_empty);
  g_test_add_func ("/reader-text/binary", test_binary);
  g_test_add_func ("/reader-text/pdf-to-text-reader", test_pdf_to_text_reader);
  g_test_add_func ("/reader-text/huge-single-line", test_huge_single_line);
  g_test_add_func ("/reader-text/broken-numbers-keep-the-report", test_broken_numbers_keep_the_report);
  g_test_add_func ("/reader-text/other-report", test_other_report);

  g_test_add_func ("/reader-text/furniture-forms", test_furniture_forms);
  g_test_add_func ("/reader-text/page-furniture", test_page_furniture);

  status = g_test_run ();
  g_object_unref (sample);
  g_free (sample_text);
  return status;
}

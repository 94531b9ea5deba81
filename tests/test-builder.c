/* test-builder.c: the builder on small hand-made reports, one quirk at
 * a time
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ind-error.h"
#include "ind-test-util.h"

#define TITLE  "**ENTE DE PRUEBA\nINDICADORES DE RESULTADOS AL 30 DE JUNIO DE 2025.**\n"
#define HEADER "Clave\tNombre\tModificado\tDevengado\tPagado\t%AV.FIN\t%AV.FIS\tPonderado %\tMeta:\tUnidades\tUnidad de Medida\n"

/* Builds (without validating) from tab-separated text. */
static IndReport *
build (const char  *tsv,
       GError     **error)
{
  g_autoptr(IndRawTable) table = ind_test_table_from_tsv (IND_FORMAT_TEXT, tsv);

  return ind_report_build (table, error);
}

static IndReport *
build_ok (const char *tsv)
{
  g_autoptr(GError) error = NULL;
  IndReport *report = build (tsv, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static gint64
money (IndReport  *report,
       const char *path,
       IndMoney    column)
{
  IndItem *item = ind_report_find_item (report, path);
  gint64 value = -1;

  g_assert_nonnull (item);
  g_assert_true (ind_item_get_money (item, column, &value));
  return value;
}

static void
test_minimal (void)
{
  g_autoptr(IndReport) report = build_ok (TITLE HEADER
    "201\tPROGRAMA UNO\t1,000.00\t500.00\t250.00\t\t\t\t\t\t\n"
    "Componente 01\tCOMPONENTE UNO\t1,000.00\t500.00\t250.00\t50.000%\t0.000%\t100.000%\t\t\t\n"
    "Actividad 01\tACTIVIDAD UNO\t1,000.00\t500.00\t250.00\t50.000%\t0.000%\t100.000%\t4\t1\tINFORME\n"
    "\nSUMAS\n\n1,000.00\t500.00\t250.00\n------\t-----\t-----\n");
  const GDate *period = ind_report_get_period_end (report);
  gint64 total;

  g_assert_cmpstr (ind_report_get_entity (report), ==, "ENTE DE PRUEBA");
  g_assert_cmpstr (ind_report_get_title (report), ==, "INDICADORES DE RESULTADOS AL 30 DE JUNIO DE 2025");
  g_assert_cmpint (g_date_get_month (period), ==, 6);
  g_assert_cmpuint (ind_report_get_quarter (report), ==, 2);
  g_assert_cmpuint (ind_report_get_n_programs (report), ==, 1);
  g_assert_cmpint (money (report, "201/C01/A01", IND_MONEY_PAGADO), ==, 25000);
  g_assert_true (ind_report_get_total (report, IND_MONEY_DEVENGADO, &total));
  g_assert_cmpint (total, ==, 50000);
  g_assert_cmpuint (g_list_model_get_n_items (ind_report_get_diagnostics (report)), ==, 0);
  g_assert_cmpstr (ind_item_get_clave (ind_report_find_item (report, "201/C01")), ==, "Componente 01");
}

/* Columns are found by their header, in any order (CSV exports). */
static void
test_columns_by_header (void)
{
  g_autoptr(IndReport) report = build_ok (
    "Pagado\tDevengado\tModificado\tNombre\tClave\n"
    "3.00\t20.00\t100.00\tP\t301\n"
    "3.00\t20.00\t100.00\tC\tComponente 01\n");

  g_assert_cmpint (money (report, "301", IND_MONEY_MODIFICADO), ==, 10000);
  g_assert_cmpint (money (report, "301/C01", IND_MONEY_PAGADO), ==, 300);
  g_assert_cmpstr (ind_item_get_nombre (ind_report_find_item (report, "301")), ==, "P");
  /* no title: a warning, not a refusal */
  g_assert_nonnull (ind_test_find_diagnostic (report, "no-title", NULL));
  g_assert_false (g_date_valid (ind_report_get_period_end (report)));
}

static void
test_wrapped_names (void)
{
  g_autoptr(IndReport) report = build_ok (HEADER
    "201\tPROGRAMA\t1.00\t0.00\t0.00\n"
    "\tQUE SIGUE\t\t\t\n"
    "Componente 01\tUNO\t1.00\t0.00\t0.00\n"
    "Actividad 01\tPRIMERA\t0.50\t0.00\t0.00\n"
    "\n"
    "\tTRAS SALTO DE PAGINA\t\t\t\n"
    "Actividad 02\tSEGUNDA\t0.50\t0.00\t0.00\n");

  g_assert_cmpstr (ind_item_get_nombre (ind_report_find_item (report, "201")), ==, "PROGRAMA QUE SIGUE");
  /* after a blank line, joined because the numbering goes on forward */
  g_assert_cmpstr (ind_item_get_nombre (ind_report_find_item (report, "201/C01/A01")), ==,
                   "PRIMERA TRAS SALTO DE PAGINA");
  g_assert_null (ind_test_find_diagnostic (report, "stray-text", NULL));
}

static void
test_lost_component_header (void)
{
  g_autoptr(IndReport) report = build_ok (HEADER
    "201\tPROGRAMA\t10.00\t0.00\t0.00\n"
    "Componente 01\tUNO\t6.00\t0.00\t0.00\n"
    "Actividad 01\tA\t3.00\t0.00\t0.00\n"
    "Actividad 02\tB\t3.00\t0.00\t0.00\n"
    "\n"
    "\tRESTO DE UNA PAGINA PERDIDA\t\t\t\n"
    "Actividad 02\tHUERFANA\t4.00\t0.00\t0.00\n"
    "Actividad 03\tOTRA\t0.00\t0.00\t0.00\n"
    "Componente 03\tTRES\t0.00\t0.00\t0.00\n");
  IndItem *placeholder = ind_report_find_item (report, "201/C?1");
  IndDiagnostic *d;

  g_assert_nonnull (placeholder);
  g_assert_true (ind_item_get_missing (placeholder));
  g_assert_cmpuint (ind_item_get_n_children (placeholder), ==, 2);
  g_assert_cmpstr (ind_item_get_nombre (ind_report_find_item (report, "201/C?1/A02")), ==, "HUERFANA");
  g_assert_cmpuint (ind_item_get_n_children (ind_report_find_item (report, "201/C01")), ==, 2);
  /* the next real header takes over again */
  g_assert_nonnull (ind_report_find_item (report, "201/C03"));
  g_assert_cmpstr (ind_item_get_nombre (ind_report_find_item (report, "201/C01/A02")), ==, "B");

  d = ind_test_find_diagnostic (report, "missing-header", "201/C?1");
  g_assert_nonnull (d);
  g_assert_cmpuint (ind_diagnostic_get_line (d), ==, 8);
  d = ind_test_find_diagnostic (report, "stray-text", "201/C?1");
  g_assert_nonnull (d);
  g_assert_cmpuint (ind_diagnostic_get_line (d), ==, 7);
}

static void
test_activity_before_component (void)
{
  g_autoptr(IndReport) report = build_ok (HEADER
    "201\tPROGRAMA\t1.00\t0.00\t0.00\n"
    "Actividad 01\tSUELTA\t1.00\t0.00\t0.00\n"
    "Componente 01\tUNO\t0.00\t0.00\t0.00\n");

  g_assert_nonnull (ind_report_find_item (report, "201/C?1/A01"));
  g_assert_nonnull (ind_report_find_item (report, "201/C01"));
  g_assert_cmpuint (ind_test_count_code (report, "missing-header", NULL), ==, 1);
}

static void
test_component_before_program (void)
{
  g_autoptr(IndReport) report = build_ok (HEADER
    "Componente 01\tSIN PROGRAMA\t1.00\t0.00\t0.00\n"
    "Actividad 01\tA\t1.00\t0.00\t0.00\n"
    "201\tPROGRAMA\t1.00\t0.00\t0.00\n");
  IndItem *lost = ind_report_find_item (report, "P?1");

  g_assert_nonnull (lost);
  g_assert_true (ind_item_get_missing (lost));
  g_assert_nonnull (ind_report_find_item (report, "P?1/C01/A01"));
  g_assert_cmpuint (ind_report_get_n_programs (report), ==, 2);
}

static void
test_duplicate_program (void)
{
  g_autoptr(IndReport) report = build_ok (HEADER
    "201\tUNO\t1.00\t0.00\t0.00\n"
    "201\tOTRA VEZ\t2.00\t0.00\t0.00\n");

  g_assert_cmpuint (ind_report_get_n_programs (report), ==, 2);
  g_assert_cmpstr (ind_item_get_nombre (ind_report_find_item (report, "201#3")), ==, "OTRA VEZ");
  g_assert_nonnull (ind_test_find_diagnostic (report, "duplicate-key", "201#3"));
}

static void
test_bad_numbers (void)
{
  g_autoptr(IndReport) report = build_ok (HEADER
    "201\tPROGRAMA\t1,0x0.00\t0.00\t0.00\n"
    "Componente 01\tUNO\t1.00\t0.00\t0.00\tmucho\n"
    "Actividad 01\tA\t1.00\t0.00\t0.00\t\t\t\tdoce\t0\tINFORME\n");
  IndItem *program = ind_report_find_item (report, "201");
  IndDiagnostic *d;

  g_assert_false (ind_item_get_money (program, IND_MONEY_MODIFICADO, NULL));
  g_assert_true (ind_item_get_money (program, IND_MONEY_DEVENGADO, NULL));
  g_assert_cmpuint (ind_test_count_code (report, "bad-number", NULL), ==, 3);
  d = ind_test_find_diagnostic (report, "bad-number", "201");
  g_assert_cmpuint (ind_diagnostic_get_line (d), ==, 2);
  g_assert_nonnull (strstr (ind_diagnostic_get_message (d), "1,0x0.00"));
  g_assert_nonnull (strstr (ind_diagnostic_get_message (d), "Modificado"));
  g_assert_cmpuint (ind_diagnostic_get_line (ind_test_find_diagnostic (report, "bad-number", "201/C01/A01")), ==, 4);
}

static void
test_targets (void)
{
  g_autoptr(IndReport) report = build_ok (HEADER
    "201\tPROGRAMA\t1.00\t0.00\t0.00\t\t\t\t\t0\t\n"
    "Componente 01\tUNO\t1.00\t0.00\t0.00\t\t\t\t\t\t0\n"
    "Actividad 01\tA\t0.50\t0.00\t0.00\t\t\t\t\t12\t3 SEGUIMIENTO\n"
    "Actividad 02\tB\t0.50\t0.00\t0.00\t\t\t\t1,020\t7\tDIGITALIZACION\n");
  IndItem *a01 = ind_report_find_item (report, "201/C01/A01");
  IndItem *a02 = ind_report_find_item (report, "201/C01/A02");
  gint64 value;

  g_assert_true (ind_item_get_meta (a01, &value));
  g_assert_cmpint (value, ==, 12);
  g_assert_true (ind_item_get_alcanzado (a01, &value));
  g_assert_cmpint (value, ==, 3);
  g_assert_cmpstr (ind_item_get_unidad (a01), ==, "SEGUIMIENTO");
  g_assert_true (ind_item_get_meta (a02, &value));
  g_assert_cmpint (value, ==, 1020);
  g_assert_true (ind_item_get_alcanzado (a02, &value));
  g_assert_cmpint (value, ==, 7);
  g_assert_cmpstr (ind_item_get_unidad (a02), ==, "DIGITALIZACION");
  g_assert_false (ind_item_get_alcanzado (ind_report_find_item (report, "201"), NULL));
  g_assert_false (ind_item_get_alcanzado (ind_report_find_item (report, "201/C01"), NULL));
}

/* CSV and XLSX put the totals on the SUMAS row itself. */
static void
test_footer_on_same_row (void)
{
  g_autoptr(IndReport) report = build_ok (HEADER
    "201\tPROGRAMA\t1.00\t0.50\t0.25\n"
    "SUMAS\t\t1.00\t0.50\t0.25\n");
  gint64 total;

  g_assert_true (ind_report_get_total (report, IND_MONEY_PAGADO, &total));
  g_assert_cmpint (total, ==, 25);
}

/* A PDF repeats the column headers and the title on every page. */
static void
test_repeated_headers_skipped (void)
{
  g_autoptr(IndReport) report = build_ok (TITLE HEADER
    "201\tPROGRAMA\t1.00\t0.00\t0.00\n"
    "ENTE DE PRUEBA\n"
    HEADER
    "Componente 01\tUNO\t1.00\t0.00\t0.00\n");

  g_assert_nonnull (ind_report_find_item (report, "201/C01"));
  g_assert_cmpuint (ind_test_count_code (report, "unplaced-row", NULL), ==, 0);
}

static void
test_unplaced_row (void)
{
  g_autoptr(IndReport) report = build_ok (HEADER
    "201\tPROGRAMA\t1.00\t0.00\t0.00\n"
    "Subtotal\tALGO\t1.00\t0.00\t0.00\n"
    "Componente 01\tUNO\t1.00\t0.00\t0.00\n");
  IndDiagnostic *d = ind_test_find_diagnostic (report, "unplaced-row", NULL);

  g_assert_nonnull (d);
  g_assert_cmpuint (ind_diagnostic_get_line (d), ==, 3);
  g_assert_nonnull (strstr (ind_diagnostic_get_message (d), "Subtotal"));
}

static void
assert_refused (const char *tsv,
                int         code,
                const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IndReport) report = build (tsv, &error);

  g_assert_null (report);
  g_assert_error (error, IND_ERROR, code);
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("«%s» does not mention «%s»", error->message, fragment);
}

static void
test_not_a_report (void)
{
  assert_refused ("", IND_ERROR_EMPTY, "vacío");
  assert_refused ("hola\tmundo\n1\t2\n", IND_ERROR_NOT_A_REPORT, "Clave, Nombre, Modificado");
  /* the right header, but no program rows */
  assert_refused (HEADER "x\ty\t1.00\t1.00\t1.00\n", IND_ERROR_NOT_A_REPORT, "101");
  /* a look-alike with similar words */
  assert_refused ("MUNICIPIO DE PRUEBA\nGASTO POR CATEGORÍA PROGRAMÁTICA\n" HEADER "201\tP\t1.00\t1.00\t1.00\n",
                  IND_ERROR_NOT_A_REPORT, "GASTO POR CATEGORÍA PROGRAMÁTICA");
  assert_refused ("Estado Analítico del Ejercicio del Presupuesto de Egresos\nConcepto\tAprobado\tModificado\n",
                  IND_ERROR_NOT_A_REPORT, "Estado Analítico");
  /* mostly rows of another kind: refused rather than half read */
  assert_refused (HEADER "201\tP\t1.00\t1.00\t1.00\nE001\tX\t1.00\t1.00\t1.00\nE002\tY\t1.00\t1.00\t1.00\n",
                  IND_ERROR_NOT_A_REPORT, "línea 3");
}

int
main (int   argc,
      char *argv[])
{
  ind_test_init (&argc, &argv);

  g_test_add_func ("/builder/minimal", test_minimal);
  g_test_add_func ("/builder/columns-by-header", test_columns_by_header);
  g_test_add_func ("/builder/wrapped-names", test_wrapped_names);
  g_test_add_func ("/builder/lost-component-header", test_lost_component_header);
  g_test_add_func ("/builder/activity-before-component", test_activity_before_component);
  g_test_add_func ("/builder/component-before-program", test_component_before_program);
  g_test_add_func ("/builder/duplicate-program", test_duplicate_program);
  g_test_add_func ("/builder/bad-numbers", test_bad_numbers);
  g_test_add_func ("/builder/targets", test_targets);
  g_test_add_func ("/builder/footer-on-same-row", test_footer_on_same_row);
  g_test_add_func ("/builder/repeated-headers-skipped", test_repeated_headers_skipped);
  g_test_add_func ("/builder/unplaced-row", test_unplaced_row);
  g_test_add_func ("/builder/not-a-report", test_not_a_report);

  return g_test_run ();
}

/* test-validate.c: each arithmetic check on a small made-up report
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ind-test-util.h"

#define HEADER "Clave\tNombre\tModificado\tDevengado\tPagado\t%AV.FIN\t%AV.FIS\tPonderado %\tMeta:\tUnidades\tUnidad de Medida\n"

static IndReport *
load (const char *tsv)
{
  g_autoptr(GError) error = NULL;
  IndReport *report = ind_test_load_string (tsv, &error);

  g_assert_no_error (error);
  return report;
}

static void
test_sums_hold (void)
{
  g_autoptr(IndReport) report = load ("ENTE\nINDICADORES DE RESULTADOS AL 31 DE DICIEMBRE DE 2025\n" HEADER
    "201\tP\t10.00\t4.00\t2.00\n"
    "Componente 01\tC1\t6.00\t3.00\t1.50\t\t\t60.000%\n"
    "Actividad 01\tA\t6.00\t3.00\t1.50\t\t\t60.000%\t1\t0\tINFORME\n"
    "Componente 02\tC2\t4.00\t1.00\t0.50\t\t\t40.000%\n"
    "Actividad 01\tB\t4.00\t1.00\t0.50\t\t\t40.000%\t1\t0\tINFORME\n"
    "SUMAS\t\t10.00\t4.00\t2.00\n");

  g_assert_cmpuint (g_list_model_get_n_items (ind_report_get_diagnostics (report)), ==, 0);
}

static void
test_sum_mismatch_each_column (void)
{
  g_autoptr(IndReport) report = load (HEADER
    "201\tP\t10.00\t4.00\t2.00\n"
    "Componente 01\tC1\t9.99\t4.00\t2.01\n");
  IndDiagnostic *d;

  /* to the centavo, per column, with the difference */
  g_assert_cmpuint (ind_test_count_code (report, "sum-mismatch", "201"), ==, 2);
  d = ind_test_find_diagnostic (report, "sum-mismatch", "201");
  g_assert_nonnull (strstr (ind_diagnostic_get_message (d), "Modificado"));
  g_assert_nonnull (strstr (ind_diagnostic_get_message (d), "$0.01"));
  g_assert_cmpuint (ind_diagnostic_get_line (d), ==, 2);
  g_assert_cmpint (ind_diagnostic_get_severity (d), ==, IND_SEVERITY_WARNING);
}

static void
test_totals (void)
{
  g_autoptr(IndReport) mismatch = load (HEADER
    "201\tP\t10.00\t4.00\t2.00\n"
    "202\tQ\t5.00\t1.00\t1.00\n"
    "SUMAS\t\t15.00\t5.00\t2.50\n");
  g_autoptr(IndReport) none = load (HEADER "201\tP\t10.00\t4.00\t2.00\n");
  IndDiagnostic *d;

  g_assert_cmpuint (ind_test_count_code (mismatch, "totals-mismatch", NULL), ==, 1);
  d = ind_test_find_diagnostic (mismatch, "totals-mismatch", NULL);
  g_assert_nonnull (strstr (ind_diagnostic_get_message (d), "Pagado"));
  g_assert_nonnull (strstr (ind_diagnostic_get_message (d), "$3.00"));
  g_assert_nonnull (strstr (ind_diagnostic_get_message (d), "-$0.50"));

  g_assert_nonnull (ind_test_find_diagnostic (none, "no-totals", NULL));
}

static void
test_weights (void)
{
  g_autoptr(IndReport) report = load (HEADER
    "201\tP\t3.00\t0.00\t0.00\n"
    "Componente 01\tC1\t1.00\t0.00\t0.00\t\t\t33.333%\n"   /* 33.3333… within 0.01 */
    "Componente 02\tC2\t1.00\t0.00\t0.00\t\t\t33.350%\n"   /* 0.017 off */
    "Componente 03\tC3\t1.00\t0.00\t0.00\t\t\t33.343%\n"); /* 0.0097 off */

  g_assert_cmpuint (ind_test_count_code (report, "weight-mismatch", NULL), ==, 1);
  g_assert_nonnull (ind_test_find_diagnostic (report, "weight-mismatch", "201/C02"));
}

/* Weights of activities are shares of the program, not of the component. */
static void
test_weights_against_program (void)
{
  g_autoptr(IndReport) report = load (HEADER
    "201\tP\t100.00\t0.00\t0.00\n"
    "Componente 01\tC1\t50.00\t0.00\t0.00\t\t\t50.000%\n"
    "Actividad 01\tA\t10.00\t0.00\t0.00\t\t\t10.000%\n"
    "Actividad 02\tB\t40.00\t0.00\t0.00\t\t\t80.000%\n"
    "Componente 02\tC2\t50.00\t0.00\t0.00\t\t\t50.000%\n"
    "Actividad 01\tC\t50.00\t0.00\t0.00\t\t\t50.000%\n");

  g_assert_cmpuint (ind_test_count_code (report, "weight-mismatch", NULL), ==, 1);
  g_assert_nonnull (ind_test_find_diagnostic (report, "weight-mismatch", "201/C01/A02"));
}

static void
test_paid_and_accrued (void)
{
  g_autoptr(IndReport) report = load (HEADER
    "201\tP\t10.00\t12.00\t13.00\n"
    "202\tQ\t10.00\t5.00\t5.00\n");

  g_assert_nonnull (ind_test_find_diagnostic (report, "pagado-exceeds-devengado", "201"));
  g_assert_nonnull (ind_test_find_diagnostic (report, "devengado-exceeds-modificado", "201"));
  g_assert_null (ind_test_find_diagnostic (report, "pagado-exceeds-devengado", "202"));
  g_assert_null (ind_test_find_diagnostic (report, "devengado-exceeds-modificado", "202"));
}

static void
test_negative (void)
{
  g_autoptr(IndReport) report = load (HEADER "201\tP\t10.00\t-1,500.00\t0.00\n");
  IndDiagnostic *d = ind_test_find_diagnostic (report, "negative", "201");

  g_assert_nonnull (d);
  g_assert_nonnull (strstr (ind_diagnostic_get_message (d), "Devengado"));
  g_assert_nonnull (strstr (ind_diagnostic_get_message (d), "-$1,500.00"));
}

static void
test_name_against_target (void)
{
  g_autoptr(IndReport) report = load (HEADER
    "201\tP\t2.00\t0.00\t0.00\n"
    "Componente 01\tC\t2.00\t0.00\t0.00\n"
    "Actividad 01\tREALIZAR 4 REPORTES\t1.00\t0.00\t0.00\t\t\t\t5\t0\tREPORTE\n"
    "Actividad 02\tREALIZAR 12 INFORMES\t1.00\t0.00\t0.00\t\t\t\t12\t0\tINFORME\n"
    "Actividad 03\tREALIZAR UN INFORME\t0.00\t0.00\t0.00\t\t\t\t4\t0\tINFORME\n");
  IndDiagnostic *d = ind_test_find_diagnostic (report, "name-target-mismatch", NULL);

  g_assert_cmpuint (ind_test_count_code (report, "name-target-mismatch", NULL), ==, 1);
  g_assert_cmpstr (ind_diagnostic_get_path (d), ==, "201/C01/A01");
  g_assert_cmpint (ind_diagnostic_get_severity (d), ==, IND_SEVERITY_INFO);
}

static void
test_orphans_and_unknown_children (void)
{
  g_autoptr(IndReport) report = load (HEADER
    "201\tP\t10.00\t0.00\t0.00\n"
    "Componente 01\tC\t4.00\t0.00\t0.00\n"
    "Actividad 01\tA\t4.00\t0.00\t0.00\n"
    "Actividad 01\tH\t6.00\t0.00\t0.00\n");
  IndDiagnostic *d;

  g_assert_nonnull (ind_test_find_diagnostic (report, "orphan", "201/C?1/A01"));
  /* the placeholder has no figure: counted out of the sum, said so */
  d = ind_test_find_diagnostic (report, "sum-mismatch", "201");
  g_assert_nonnull (d);
  g_assert_nonnull (strstr (ind_diagnostic_get_message (d), "$6.00"));
  g_assert_nonnull (strstr (ind_diagnostic_get_message (d), "1 de ellos"));
  /* no check runs on the placeholder itself */
  g_assert_null (ind_test_find_diagnostic (report, "sum-mismatch", "201/C?1"));
}

int
main (int   argc,
      char *argv[])
{
  ind_test_init (&argc, &argv);

  g_test_add_func ("/validate/sums-hold", test_sums_hold);
  g_test_add_func ("/validate/sum-mismatch-each-column", test_sum_mismatch_each_column);
  g_test_add_func ("/validate/totals", test_totals);
  g_test_add_func ("/validate/weights", test_weights);
  g_test_add_func ("/validate/weights-against-program", test_weights_against_program);
  g_test_add_func ("/validate/paid-and-accrued", test_paid_and_accrued);
  g_test_add_func ("/validate/negative", test_negative);
  g_test_add_func ("/validate/name-against-target", test_name_against_target);
  g_test_add_func ("/validate/orphans-and-unknown-children", test_orphans_and_unknown_children);

  return g_test_run ();
}

/* test-sample.c: the real report of 31 March 2024, read as its users
 * rely on it
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ind-test-util.h"

static IndReport *sample;

static gint64
money (const char *path,
       IndMoney    column)
{
  IndItem *item = ind_report_find_item (sample, path);
  gint64 value = -1;

  g_assert_nonnull (item);
  g_assert_true (ind_item_get_money (item, column, &value));
  return value;
}

static double
percent (const char *path,
         IndPercent  column)
{
  IndItem *item = ind_report_find_item (sample, path);
  double value = -1;

  g_assert_nonnull (item);
  g_assert_true (ind_item_get_percent (item, column, &value));
  return value;
}

static void
test_title (void)
{
  const GDate *period = ind_report_get_period_end (sample);

  g_assert_cmpstr (ind_report_get_entity (sample), ==,
                   "ORGANISMO OPERADOR DE LOS SERVICIOS DE AGUA POTABLE Y ALCANTARILLADO DEL MUNICIPIO DE TEHUACÁN, PUEBLA");
  g_assert_cmpstr (ind_report_get_title (sample), ==, "INDICADORES DE RESULTADOS AL 31 DE MARZO DE 2024");
  g_assert_true (g_date_valid (period));
  g_assert_cmpint (g_date_get_year (period), ==, 2024);
  g_assert_cmpint (g_date_get_month (period), ==, 3);
  g_assert_cmpint (g_date_get_day (period), ==, 31);
  g_assert_cmpuint (ind_report_get_quarter (sample), ==, 1);
}

static void
test_pace (void)
{
  double pace;

  g_assert_true (ind_report_get_expected_pace (sample, &pace));
  g_assert_cmpfloat_with_epsilon (pace, 25.0, 1e-9);
}

static void
test_hierarchy_counts (void)
{
  IndItem *p103;
  guint missing = 0;

  g_assert_cmpuint (ind_report_get_n_programs (sample), ==, 4);
  g_assert_cmpuint (ind_report_count_items (sample, IND_KIND_PROGRAMA), ==, 4);
  /* 13 components with a header, plus the placeholder for the lost one */
  g_assert_cmpuint (ind_report_count_items (sample, IND_KIND_COMPONENTE), ==, 14);
  g_assert_cmpuint (ind_report_count_items (sample, IND_KIND_ACTIVIDAD), ==, 66);

  g_assert_cmpstr (ind_item_get_path (ind_report_get_program (sample, 0)), ==, "101");
  g_assert_cmpstr (ind_item_get_path (ind_report_get_program (sample, 3)), ==, "104");

  p103 = ind_report_find_item (sample, "103");
  g_assert_cmpuint (ind_item_get_n_children (p103), ==, 2);
  for (guint i = 0; i < ind_item_get_n_children (p103); i++)
    missing += ind_item_get_missing (ind_item_get_child (p103, i));
  g_assert_cmpuint (missing, ==, 1);
}

static void
test_lost_page (void)
{
  IndItem *placeholder = ind_report_find_item (sample, "103/C?1");
  IndItem *c01 = ind_report_find_item (sample, "103/C01");
  const char *orphans[] = { "103/C?1/A02", "103/C?1/A03", "103/C?1/A04" };

  g_assert_nonnull (placeholder);
  g_assert_true (ind_item_get_missing (placeholder));
  g_assert_null (ind_item_get_clave (placeholder));
  g_assert_false (ind_item_get_money (placeholder, IND_MONEY_MODIFICADO, NULL));
  g_assert_cmpuint (ind_item_get_n_children (placeholder), ==, 3);
  g_assert_true (ind_item_get_parent (placeholder) == ind_report_find_item (sample, "103"));

  /* the orphans are not filed under Componente 01 */
  g_assert_cmpuint (ind_item_get_n_children (c01), ==, 4);
  g_assert_null (ind_report_find_item (sample, "103/C01/A05"));

  for (guint i = 0; i < G_N_ELEMENTS (orphans); i++)
    g_assert_true (ind_item_get_child (placeholder, i) == ind_report_find_item (sample, orphans[i]));
  g_assert_cmpint (money ("103/C?1/A02", IND_MONEY_MODIFICADO), ==, 2700000);
  g_assert_cmpint (money ("103/C?1/A03", IND_MONEY_PAGADO), ==, 153500);
  g_assert_cmpint (money ("103/C?1/A04", IND_MONEY_MODIFICADO), ==, 2449764);
  /* their weights are shares of program 103's budget */
  g_assert_cmpfloat_with_epsilon (percent ("103/C?1/A02", IND_PERCENT_PONDERADO), 0.062, 1e-9);
  g_assert_cmpfloat_with_epsilon (percent ("103/C?1/A03", IND_PERCENT_PONDERADO), 0.116, 1e-9);
  g_assert_cmpfloat_with_epsilon (percent ("103/C?1/A04", IND_PERCENT_PONDERADO), 0.056, 1e-9);
}

static void
test_amounts (void)
{
  g_assert_cmpint (money ("101", IND_MONEY_MODIFICADO), ==, 1475749981);
  g_assert_cmpint (money ("101", IND_MONEY_DEVENGADO), ==, 1179230584);
  g_assert_cmpint (money ("101", IND_MONEY_PAGADO), ==, 1172935993);
  g_assert_cmpint (money ("102", IND_MONEY_MODIFICADO), ==, 94050208);
  g_assert_cmpint (money ("103", IND_MONEY_MODIFICADO), ==, 4389225012);
  g_assert_cmpint (money ("104", IND_MONEY_MODIFICADO), ==, 10924722441);
  g_assert_cmpint (money ("101/C01/A05", IND_MONEY_MODIFICADO), ==, 1401299996);
  g_assert_cmpint (money ("104/C01/A02", IND_MONEY_DEVENGADO), ==, 1606662466);
  g_assert_cmpint (money ("104/C05/A04", IND_MONEY_PAGADO), ==, 0);
  g_assert_cmpint (money ("102/C01/A02", IND_MONEY_MODIFICADO), ==, 99996);
  g_assert_cmpint (money ("103/C01", IND_MONEY_MODIFICADO), ==, 279705952);
}

static void
test_totals (void)
{
  static const gint64 sumas[IND_N_MONEY] = { 16883747642, 4545538004, 4216507284 };

  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      gint64 total;

      g_assert_true (ind_report_get_total (sample, m, &total));
      g_assert_cmpint (total, ==, sumas[m]);
      g_assert_cmpint (ind_report_sum_programs (sample, m), ==, sumas[m]);
    }
}

static void
test_percent_forms (void)
{
  g_assert_cmpfloat_with_epsilon (percent ("101/C01/A01", IND_PERCENT_AVANCE_FINANCIERO), 8.508, 1e-9);
  g_assert_cmpfloat_with_epsilon (percent ("101/C01/A01", IND_PERCENT_PONDERADO), 0.246, 1e-9);
  g_assert_cmpfloat_with_epsilon (percent ("104/C03", IND_PERCENT_PONDERADO), 0.018, 1e-9);
  g_assert_cmpfloat_with_epsilon (percent ("104/C03/A02", IND_PERCENT_AVANCE_FINANCIERO), 100.0, 1e-9);
  /* printed without the sign */
  g_assert_cmpfloat_with_epsilon (percent ("103/C01/A01", IND_PERCENT_AVANCE_FINANCIERO), 52.716, 1e-9);
  g_assert_cmpfloat_with_epsilon (percent ("103/C01/A02", IND_PERCENT_AVANCE_FINANCIERO), 19.389, 1e-9);
  g_assert_cmpfloat_with_epsilon (percent ("101/C01/A01", IND_PERCENT_AVANCE_FISICO), 0.0, 1e-9);
  /* program rows print no percentages */
  g_assert_false (ind_item_get_percent (ind_report_find_item (sample, "101"), IND_PERCENT_AVANCE_FINANCIERO, NULL));
}

static void
test_ejercido_beside_reported (void)
{
  IndItem *a01 = ind_report_find_item (sample, "101/C01/A01");
  IndItem *a02 = ind_report_find_item (sample, "101/C01/A02");
  double ejercido;

  /* 3,088.52 ÷ 36,300.00 = 8.508 %, as reported */
  g_assert_true (ind_item_get_ejercido (a01, &ejercido));
  g_assert_cmpfloat_with_epsilon (ejercido, 100.0 * 308852 / 3630000, 1e-9);
  g_assert_cmpfloat_with_epsilon (ejercido, 8.508, 0.0005);
  /* 4,393.52 ÷ 75,999.64 = 5.781 %, while the report prints 4.064 %:
   * both are kept */
  g_assert_true (ind_item_get_ejercido (a02, &ejercido));
  g_assert_cmpfloat_with_epsilon (ejercido, 100.0 * 439352 / 7599964, 1e-9);
  g_assert_cmpfloat_with_epsilon (percent ("101/C01/A02", IND_PERCENT_AVANCE_FINANCIERO), 4.064, 1e-9);
}

static void
assert_targets (const char *path,
                gint64      meta,
                gint64      alcanzado,
                const char *unidad)
{
  IndItem *item = ind_report_find_item (sample, path);
  gint64 value;

  g_assert_nonnull (item);
  g_assert_true (ind_item_get_meta (item, &value));
  g_assert_cmpint (value, ==, meta);
  g_assert_true (ind_item_get_alcanzado (item, &value));
  g_assert_cmpint (value, ==, alcanzado);
  g_assert_cmpstr (ind_item_get_unidad (item), ==, unidad);
}

static void
test_targets_both_layouts (void)
{
  /* program 101: target under "Unidades", "0 SEGUIMIENTO" under "Unidad" */
  assert_targets ("101/C01/A01", 12, 0, "SEGUIMIENTO");
  assert_targets ("101/C01/A02", 3, 0, "CAMPAÑA");
  assert_targets ("101/C02/A05", 5, 0, "REPORTE");
  /* from 102 on: target, achieved and unit in their own columns */
  assert_targets ("102/C01/A03", 24, 0, "CAPACITACION");
  assert_targets ("102/C04/A01", 1020, 0, "DIGITALIZACION");
  assert_targets ("104/C05/A01", 1800, 0, "PAGOS");

  /* the stray "0" of program and component rows is not a target */
  for (guint i = 0; i < 4; i++)
    {
      IndItem *program = ind_report_get_program (sample, i);

      g_assert_false (ind_item_get_meta (program, NULL));
      g_assert_false (ind_item_get_alcanzado (program, NULL));
      g_assert_null (ind_item_get_unidad (program));
    }
  g_assert_false (ind_item_get_alcanzado (ind_report_find_item (sample, "101/C01"), NULL));
  g_assert_false (ind_item_get_alcanzado (ind_report_find_item (sample, "104/C01"), NULL));
}

static void
test_wrapped_names (void)
{
  g_assert_cmpstr (ind_item_get_nombre (ind_report_find_item (sample, "102/C04")), ==,
                   "ACCIONES ENCAMINADAS A LA DIGITALIZACION Y CONSERVACION DEL ARCHIVO HISTORICO.");
  g_assert_cmpstr (ind_item_get_nombre (ind_report_find_item (sample, "103")), ==,
                   "PROGRAMA DE INVERSIÓN PÚBLICA Y ATENCIÓN TÉCNICA AL USUARIO.");
  /* continued after the blank line of a page break */
  g_assert_cmpstr (ind_item_get_nombre (ind_report_find_item (sample, "102/C01/A02")), ==,
                   "GENERAR 12 INFORMES DE VERIFICACION INTERNA RESPECTO DE LA PUBLICACION DE OBLIGACIONES EN LA PLATAFO");
  g_assert_cmpstr (ind_item_get_nombre (ind_report_find_item (sample, "102/C04/A01")), ==,
                   "REALIZAR EL PROCESO DE DIGITALIZACION DE ARCHIVOS, DOCUMENTOS Y EXPEDIENTES DE LAS DIFERENTES AREAS");
  /* the stray line of the lost page is appended to nothing */
  g_assert_cmpstr (ind_item_get_nombre (ind_report_find_item (sample, "103/C01/A04")), ==,
                   "REALIZAR 12 REPORTES ESTADISTICOS AL");
}

static void
test_lines (void)
{
  g_assert_cmpuint (ind_item_get_line (ind_report_find_item (sample, "101")), ==, 8);
  g_assert_cmpuint (ind_item_get_line (ind_report_find_item (sample, "103/C?1/A02")), ==, 97);
}

static void
test_diagnostics (void)
{
  IndDiagnostic *d;

  /* program 103's components do not add up */
  g_assert_cmpuint (ind_test_count_code (sample, "sum-mismatch", "103"), ==, 3);
  d = ind_test_find_diagnostic (sample, "sum-mismatch", "103");
  g_assert_nonnull (strstr (ind_diagnostic_get_message (d), "41,095,190.60"));
  g_assert_nonnull (strstr (ind_diagnostic_get_message (d), "Modificado"));
  g_assert_cmpuint (ind_diagnostic_get_line (d), ==, 80);

  /* nor do 103/C01's activities */
  g_assert_cmpuint (ind_test_count_code (sample, "sum-mismatch", "103/C01"), ==, 3);
  d = ind_test_find_diagnostic (sample, "sum-mismatch", "103/C01");
  g_assert_nonnull (strstr (ind_diagnostic_get_message (d), "415,107.64"));

  /* the lost header and the stray line */
  d = ind_test_find_diagnostic (sample, "missing-header", "103/C?1");
  g_assert_nonnull (d);
  g_assert_cmpint (ind_diagnostic_get_severity (d), ==, IND_SEVERITY_ERROR);
  g_assert_cmpuint (ind_diagnostic_get_line (d), ==, 97);
  d = ind_test_find_diagnostic (sample, "stray-text", NULL);
  g_assert_nonnull (d);
  g_assert_cmpuint (ind_diagnostic_get_line (d), ==, 96);
  g_assert_nonnull (strstr (ind_diagnostic_get_message (d), "CLORACION DE LOS 24 POZOS, 4 TANQ"));
  g_assert_cmpuint (ind_test_count_code (sample, "orphan", NULL), ==, 3);

  /* no false alarm where the sums hold */
  g_assert_cmpuint (ind_test_count_code (sample, "sum-mismatch", NULL), ==, 6);
  g_assert_cmpuint (ind_test_count_code (sample, "totals-mismatch", NULL), ==, 0);
  g_assert_cmpuint (ind_test_count_code (sample, "bad-number", NULL), ==, 0);
  g_assert_cmpuint (ind_test_count_code (sample, "unplaced-row", NULL), ==, 0);
  g_assert_cmpuint (ind_test_count_code (sample, "pagado-exceeds-devengado", NULL), ==, 0);

  /* the one weight the report misprints: 24,201.44 ÷ 940,502.08 is
   * 2.573 %, printed 2.673 % */
  g_assert_cmpuint (ind_test_count_code (sample, "weight-mismatch", NULL), ==, 1);
  g_assert_nonnull (ind_test_find_diagnostic (sample, "weight-mismatch", "102/C05"));

  /* "REALIZAR 4 REPORTES" with Meta 5 */
  g_assert_cmpuint (ind_test_count_code (sample, "name-target-mismatch", NULL), ==, 1);
  g_assert_nonnull (ind_test_find_diagnostic (sample, "name-target-mismatch", "101/C02/A05"));
}

static void
test_diagnostics_in_report_order (void)
{
  GListModel *diagnostics = ind_report_get_diagnostics (sample);
  guint previous = 0;

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(IndDiagnostic) d = g_list_model_get_item (diagnostics, i);

      g_assert_cmpuint (ind_diagnostic_get_line (d), >=, previous);
      previous = ind_diagnostic_get_line (d);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ind_test_init (&argc, &argv);
  sample = ind_test_load_sample ();

  g_test_add_func ("/sample/title", test_title);
  g_test_add_func ("/sample/pace", test_pace);
  g_test_add_func ("/sample/hierarchy-counts", test_hierarchy_counts);
  g_test_add_func ("/sample/lost-page", test_lost_page);
  g_test_add_func ("/sample/amounts", test_amounts);
  g_test_add_func ("/sample/totals", test_totals);
  g_test_add_func ("/sample/percent-forms", test_percent_forms);
  g_test_add_func ("/sample/ejercido-beside-reported", test_ejercido_beside_reported);
  g_test_add_func ("/sample/targets-both-layouts", test_targets_both_layouts);
  g_test_add_func ("/sample/wrapped-names", test_wrapped_names);
  g_test_add_func ("/sample/lines", test_lines);
  g_test_add_func ("/sample/diagnostics", test_diagnostics);
  g_test_add_func ("/sample/diagnostics-in-report-order", test_diagnostics_in_report_order);

  status = g_test_run ();
  g_object_unref (sample);
  return status;
}

/* test-comparison.c: the sample (31 March 2024) beside a second quarter
 * made from it (tests/fixtures/make-second-quarter.py tells how)
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ind-comparison.h"
#include "ind-error.h"
#include "ind-test-util.h"

#define SECOND_QUARTER "oosapat-indicadores-2024-06.txt"

static IndReport *q1;
static IndReport *q2;

static IndComparison *
compare (IndReport *a,
         IndReport *b,
         GError   **error)
{
  IndReport *reports[] = { a, b };

  return ind_comparison_new (reports, G_N_ELEMENTS (reports), error);
}

static IndComparisonRow *
row (IndComparison *comparison,
     const char    *path)
{
  IndComparisonRow *found = ind_comparison_find_row (comparison, path);

  g_assert_nonnull (found);
  g_assert_cmpstr (ind_comparison_row_get_path (found), ==, path);
  return found;
}

static gint64
money (IndComparisonRow *r,
       guint             period,
       IndMoney          column)
{
  gint64 value = -1;

  g_assert_true (ind_comparison_row_get_money (r, period, column, &value));
  return value;
}

static guint
position_of (GListModel *model,
             const char *path)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(IndComparisonRow) r = g_list_model_get_item (model, i);

      if (g_str_equal (ind_comparison_row_get_path (r), path))
        return i;
    }
  g_assert_not_reached ();
}

static void
assert_paths (GListModel *model,
              const char *expected)
{
  g_autoptr(GString) paths = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(IndComparisonRow) r = g_list_model_get_item (model, i);

      g_string_append_printf (paths, "%s%s", i > 0 ? " " : "", ind_comparison_row_get_path (r));
    }
  g_assert_cmpstr (paths->str, ==, expected);
}

static void
test_periods_in_order (void)
{
  g_autoptr(GError) error = NULL;
  /* Given newest first: the comparison orders by period end. */
  g_autoptr(IndComparison) comparison = compare (q2, q1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ind_comparison_get_n_periods (comparison), ==, 2);
  g_assert_true (ind_comparison_get_report (comparison, 0) == q1);
  g_assert_true (ind_comparison_get_report (comparison, 1) == q2);
  g_assert_cmpuint (ind_report_get_quarter (ind_comparison_get_report (comparison, 1)), ==, 2);
}

static void
test_matched_figures (void)
{
  g_autoptr(IndComparison) comparison = compare (q1, q2, NULL);
  IndComparisonRow *r;

  /* 84 paths in each quarter, one removed and one added: 85 in all. */
  g_assert_cmpuint (g_list_model_get_n_items (ind_comparison_get_rows (comparison)), ==, 85);

  r = row (comparison, "101/C01/A01");
  g_assert_cmpuint (ind_comparison_row_get_changes (r), ==, IND_CHANGE_NONE);
  g_assert_cmpint (ind_comparison_row_get_kind (r), ==, IND_KIND_ACTIVIDAD);
  g_assert_cmpint (money (r, 0, IND_MONEY_MODIFICADO), ==, 3630000);
  g_assert_cmpint (money (r, 1, IND_MONEY_MODIFICADO), ==, 3630000);
  g_assert_cmpint (money (r, 0, IND_MONEY_DEVENGADO), ==, 308852);
  g_assert_cmpint (money (r, 1, IND_MONEY_DEVENGADO), ==, 617704);
  g_assert_cmpint (money (r, 0, IND_MONEY_PAGADO), ==, 0);
  g_assert_cmpint (money (r, 1, IND_MONEY_PAGADO), ==, 0);

  /* Doubled past its budget, so held at Modificado. */
  r = row (comparison, "101/C01/A04");
  g_assert_cmpint (money (r, 0, IND_MONEY_DEVENGADO), ==, 2888852);
  g_assert_cmpint (money (r, 1, IND_MONEY_DEVENGADO), ==, 4980005);
  g_assert_cmpint (money (r, 1, IND_MONEY_PAGADO), ==, 4980005);

  /* A component that lost an activity. */
  r = row (comparison, "101/C02");
  g_assert_cmpint (money (r, 0, IND_MONEY_MODIFICADO), ==, 50140012);
  g_assert_cmpint (money (r, 1, IND_MONEY_MODIFICADO), ==, 46140016);
  g_assert_cmpint (money (r, 1, IND_MONEY_DEVENGADO), ==, 20500800);

  r = row (comparison, "104");
  g_assert_cmpint (money (r, 0, IND_MONEY_DEVENGADO), ==, 2517104952);
  g_assert_cmpint (money (r, 1, IND_MONEY_DEVENGADO), ==, 4977417988);
  g_assert_cmpint (money (r, 1, IND_MONEY_PAGADO), ==, 4583724650);
}

static void
test_added_and_vanished (void)
{
  g_autoptr(IndComparison) comparison = compare (q1, q2, NULL);
  GListModel *rows = ind_comparison_get_rows (comparison);
  IndComparisonRow *r;
  double percent;

  assert_paths (ind_comparison_get_added (comparison), "101/C01/A06");
  assert_paths (ind_comparison_get_vanished (comparison), "101/C02/A05");

  r = row (comparison, "101/C01/A06");
  g_assert_cmpuint (ind_comparison_row_get_changes (r), ==, IND_CHANGE_ADDED);
  g_assert_cmpstr (ind_comparison_row_get_nombre (r), ==,
                   "REALIZAR 4 CAMPAÑAS DE REGULARIZACIÓN DE TOMAS CLANDESTINAS");
  g_assert_null (ind_comparison_row_get_item (r, 0));
  g_assert_false (ind_comparison_row_get_money (r, 0, IND_MONEY_DEVENGADO, NULL));
  g_assert_false (ind_comparison_row_get_ejercido (r, 0, NULL));
  g_assert_cmpint (money (r, 1, IND_MONEY_MODIFICADO), ==, 3999996);
  g_assert_cmpint (money (r, 1, IND_MONEY_DEVENGADO), ==, 1000000);
  g_assert_cmpint (money (r, 1, IND_MONEY_PAGADO), ==, 500000);
  g_assert_true (ind_comparison_row_get_ejercido (r, 1, &percent));
  g_assert_cmpfloat_with_epsilon (percent, 100.0 * 1000000 / 3999996, 1e-9);

  r = row (comparison, "101/C02/A05");
  g_assert_cmpuint (ind_comparison_row_get_changes (r), ==, IND_CHANGE_VANISHED);
  g_assert_nonnull (ind_comparison_row_get_item (r, 0));
  g_assert_null (ind_comparison_row_get_item (r, 1));
  g_assert_cmpint (money (r, 0, IND_MONEY_MODIFICADO), ==, 3999996);
  g_assert_false (ind_comparison_row_get_money (r, 1, IND_MONEY_MODIFICADO, NULL));

  /* Each where its report put it: the new one after its elder sibling,
   * the vanished one after the last activity of its component. */
  g_assert_cmpuint (position_of (rows, "101/C01/A06"), ==, position_of (rows, "101/C01/A05") + 1);
  g_assert_cmpuint (position_of (rows, "101/C02"), ==, position_of (rows, "101/C01/A06") + 1);
  g_assert_cmpuint (position_of (rows, "101/C02/A05"), ==, position_of (rows, "101/C02/A04") + 1);
  g_assert_cmpuint (position_of (rows, "102"), ==, position_of (rows, "101/C02/A05") + 1);
}

static void
test_renamed (void)
{
  g_autoptr(IndComparison) comparison = compare (q1, q2, NULL);
  IndComparisonRow *r = row (comparison, "102/C01/A06");

  assert_paths (ind_comparison_get_renamed (comparison), "102/C01/A06");
  g_assert_cmpuint (ind_comparison_row_get_changes (r), ==, IND_CHANGE_RENAMED);
  g_assert_cmpstr (ind_item_get_nombre (ind_comparison_row_get_item (r, 0)), ==,
                   "REALIZAR INFORME DE ACTIVIDADES DE LA UNIDAD DE TRANSPARENCIA");
  g_assert_cmpstr (ind_comparison_row_get_nombre (r), ==,
                   "ELABORAR EL INFORME ANUAL DE ACTIVIDADES DE LA UNIDAD DE TRANSPARENCIA");
  g_assert_cmpint (money (r, 1, IND_MONEY_MODIFICADO), ==, 99996);
}

/* The data behind the chart "% ejercido by quarter, per program". */
static void
test_programs_per_period (void)
{
  static const struct {
    const char *path;
    gint64      modificado;
    double      ejercido[2];
  } expected[] = {
    { "101", 1475749981, { 79.907206, 97.186869 } },
    { "102", 94050208, { 21.368567, 42.737135 } },
    { "103", 4389225012, { 18.889560, 20.928176 } },
    { "104", 10924722441, { 23.040448, 45.561048 } },
  };
  g_autoptr(IndComparison) comparison = compare (q1, q2, NULL);
  GListModel *programs = ind_comparison_get_programs (comparison);

  g_assert_cmpuint (g_list_model_get_n_items (programs), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(IndComparisonRow) r = g_list_model_get_item (programs, i);

      g_assert_cmpstr (ind_comparison_row_get_path (r), ==, expected[i].path);
      g_assert_cmpint (ind_comparison_row_get_kind (r), ==, IND_KIND_PROGRAMA);
      for (guint period = 0; period < 2; period++)
        {
          double percent;

          g_assert_cmpint (money (r, period, IND_MONEY_MODIFICADO), ==, expected[i].modificado);
          g_assert_true (ind_comparison_row_get_ejercido (r, period, &percent));
          g_assert_cmpfloat_with_epsilon (percent, expected[i].ejercido[period], 1e-6);
        }
    }
}

static void
test_placeholder_flagged (void)
{
  g_autoptr(IndComparison) comparison = compare (q1, q2, NULL);
  IndComparisonRow *r = row (comparison, "103/C?1");

  /* Matched by path like any other, and flagged. */
  g_assert_true (ind_comparison_row_get_missing (r));
  g_assert_cmpuint (ind_comparison_row_get_changes (r), ==, IND_CHANGE_NONE);
  g_assert_nonnull (ind_comparison_row_get_item (r, 0));
  g_assert_nonnull (ind_comparison_row_get_item (r, 1));
  g_assert_false (ind_comparison_row_get_money (r, 1, IND_MONEY_MODIFICADO, NULL));

  r = row (comparison, "103/C?1/A03");
  g_assert_false (ind_comparison_row_get_missing (r));
  g_assert_cmpint (money (r, 0, IND_MONEY_DEVENGADO), ==, 1317654);
  g_assert_cmpint (money (r, 1, IND_MONEY_DEVENGADO), ==, 2635308);
  g_assert_false (ind_comparison_row_get_missing (row (comparison, "103/C01")));
}

static char *
sample_text (void)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (ind_test_sample_path (), &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static IndReport *
load_replaced (const char *text,
               const char *from,
               const char *to)
{
  g_autoptr(GString) edited = g_string_new (text);
  g_autoptr(GError) error = NULL;
  IndReport *report;

  g_assert_cmpuint (g_string_replace (edited, from, to, 0), >=, 1);
  report = ind_test_load_string (edited->str, &error);
  g_assert_no_error (error);
  return report;
}

/* Q1, Q2 and a Q3 that is Q1 again: what vanished in Q2 comes back, what
 * Q2 added goes, the renamed activity takes its old name back. */
static void
test_three_periods (void)
{
  g_autofree char *text = sample_text ();
  g_autoptr(IndReport) q3 = load_replaced (text, "AL 31 DE MARZO DE 2024", "AL 30 DE SEPTIEMBRE DE 2024");
  IndReport *reports[] = { q3, q1, q2 };
  g_autoptr(GError) error = NULL;
  g_autoptr(IndComparison) comparison = ind_comparison_new (reports, 3, &error);
  IndComparisonRow *r;

  g_assert_no_error (error);
  g_assert_true (ind_comparison_get_report (comparison, 2) == q3);

  r = row (comparison, "101/C02/A05");
  g_assert_cmpuint (ind_comparison_row_get_changes (r), ==, IND_CHANGE_ADDED | IND_CHANGE_VANISHED);
  g_assert_null (ind_comparison_row_get_item (r, 1));
  g_assert_nonnull (ind_comparison_row_get_item (r, 2));

  r = row (comparison, "101/C01/A06");
  g_assert_cmpuint (ind_comparison_row_get_changes (r), ==, IND_CHANGE_ADDED | IND_CHANGE_VANISHED);
  /* Its name from the last period that has it. */
  g_assert_cmpstr (ind_comparison_row_get_nombre (r), ==,
                   "REALIZAR 4 CAMPAÑAS DE REGULARIZACIÓN DE TOMAS CLANDESTINAS");

  r = row (comparison, "102/C01/A06");
  g_assert_cmpuint (ind_comparison_row_get_changes (r), ==, IND_CHANGE_RENAMED);
  g_assert_cmpstr (ind_comparison_row_get_nombre (r), ==,
                   "REALIZAR INFORME DE ACTIVIDADES DE LA UNIDAD DE TRANSPARENCIA");

  assert_paths (ind_comparison_get_added (comparison), "101/C01/A06 101/C02/A05");
  assert_paths (ind_comparison_get_vanished (comparison), "101/C01/A06 101/C02/A05");
  g_assert_cmpint (money (row (comparison, "101"), 2, IND_MONEY_DEVENGADO), ==, 1179230584);
}

/* A component only in the earlier report goes after the whole component
 * before it, including the activity that only the later report has. */
static void
test_vanished_component_order (void)
{
  g_autofree char *text = sample_text ();
  g_autoptr(IndReport) earlier = load_replaced (text, "\t5\t0 REPORTE\n",
                                                "\t5\t0 REPORTE\n"
                                                "Componente 03\tCOMPONENTE QUE DESAPARECE\t0.00\t0.00\t0.00\t0.000%\t0.000%\t0.000%\t\t\t\n"
                                                "Actividad 01\tSU ACTIVIDAD\t0.00\t0.00\t0.00\t0.000%\t0.000%\t0.000%\t\t1\t0 REPORTE\n");
  g_autoptr(IndReport) later = NULL;
  g_autoptr(IndComparison) comparison = NULL;
  GListModel *rows;

  g_assert_nonnull (ind_report_find_item (earlier, "101/C03/A01"));
  later = load_replaced (text, "\t5\t0 REPORTE\n",
                         "\t5\t0 REPORTE\n"
                         "Actividad 06\tACTIVIDAD NUEVA\t0.00\t0.00\t0.00\t0.000%\t0.000%\t0.000%\t\t1\t0 REPORTE\n");
  ind_report_set_period_end (later, ind_report_get_period_end (q2));
  comparison = compare (earlier, later, NULL);
  rows = ind_comparison_get_rows (comparison);

  g_assert_cmpuint (position_of (rows, "101/C02/A06"), ==, position_of (rows, "101/C02/A05") + 1);
  g_assert_cmpuint (position_of (rows, "101/C03"), ==, position_of (rows, "101/C02/A06") + 1);
  g_assert_cmpuint (position_of (rows, "101/C03/A01"), ==, position_of (rows, "101/C03") + 1);
  g_assert_cmpuint (position_of (rows, "102"), ==, position_of (rows, "101/C03/A01") + 1);
  assert_paths (ind_comparison_get_vanished (comparison), "101/C03 101/C03/A01");
  assert_paths (ind_comparison_get_added (comparison), "101/C02/A06");
}

static void
test_refuses_other_entity (void)
{
  g_autofree char *text = sample_text ();
  g_autoptr(IndReport) other = load_replaced (text, "DE TEHUACÁN, PUEBLA", "DE TLAXCALA, TLAXCALA");
  g_autoptr(IndReport) spaced = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(IndComparison) comparison = NULL;
  g_autoptr(IndComparison) same = NULL;

  comparison = compare (q2, other, &error);
  g_assert_error (error, IND_ERROR, IND_ERROR_INCOMPATIBLE);
  g_assert_null (comparison);
  g_assert_nonnull (strstr (error->message, SECOND_QUARTER));
  g_assert_nonnull (strstr (error->message, "prueba.txt"));

  /* The same entity written with other case and spacing is the same. */
  spaced = ind_test_load_fixture (SECOND_QUARTER);
  ind_report_set_entity (spaced, "Organismo operador de los servicios  de agua potable y alcantarillado "
                                 "del municipio de Tehuacán, Puebla");
  g_clear_error (&error);
  same = compare (q1, spaced, &error);
  g_assert_no_error (error);
}

static void
test_refuses_same_period (void)
{
  g_autoptr(IndReport) again = ind_test_load_sample ();
  g_autoptr(IndReport) undated = ind_test_load_fixture (SECOND_QUARTER);
  IndReport *three[] = { q2, q1, again };
  g_autoptr(GError) error = NULL;
  g_autoptr(IndComparison) comparison = ind_comparison_new (three, 3, &error);

  g_assert_error (error, IND_ERROR, IND_ERROR_INCOMPATIBLE);
  g_assert_null (comparison);
  /* Names both files and the period. */
  g_assert_nonnull (strstr (error->message, "oosapat-indicadores-2024-03.txt"));
  g_clear_error (&error);

  ind_report_set_period_end (undated, NULL);
  comparison = compare (q1, undated, &error);
  g_assert_error (error, IND_ERROR, IND_ERROR_INCOMPATIBLE);
  g_assert_null (comparison);
}

static void
test_summary (void)
{
  g_autoptr(IndComparison) comparison = compare (q1, q2, NULL);
  g_autofree char *summary = ind_comparison_to_summary (comparison);
  const char *added, *vanished;

  g_assert_true (g_str_has_prefix (summary, "ORGANISMO OPERADOR"));
  /* Periods listed oldest first with their files. */
  g_assert_nonnull (strstr (summary, "1. al 31 de marzo de 2024"));
  g_assert_nonnull (strstr (summary, "(" SECOND_QUARTER ")"));
  /* Program 101: Modificado and % ejercido in each quarter. */
  g_assert_nonnull (strstr (summary, "$14,757,499.81"));
  g_assert_nonnull (strstr (summary, "79.9"));
  g_assert_nonnull (strstr (summary, "97.2"));

  added = strstr (summary, "- 101/C01/A06 REALIZAR 4 CAMPAÑAS");
  vanished = strstr (summary, "- 101/C02/A05 REALIZAR 4 REPORTES DE LA SITUACION");
  g_assert_nonnull (added);
  g_assert_nonnull (vanished);
  g_assert_true (added < vanished);
  g_assert_nonnull (strstr (summary, "- 102/C01/A06 «REALIZAR INFORME DE ACTIVIDADES DE LA UNIDAD DE TRANSPARENCIA» → "
                                     "«ELABORAR EL INFORME ANUAL DE ACTIVIDADES DE LA UNIDAD DE TRANSPARENCIA»"));
}

int
main (int    argc,
      char **argv)
{
  int status;

  ind_test_init (&argc, &argv);
  q1 = ind_test_load_sample ();
  q2 = ind_test_load_fixture (SECOND_QUARTER);

  g_test_add_func ("/comparison/periods-in-order", test_periods_in_order);
  g_test_add_func ("/comparison/matched-figures", test_matched_figures);
  g_test_add_func ("/comparison/added-and-vanished", test_added_and_vanished);
  g_test_add_func ("/comparison/renamed", test_renamed);
  g_test_add_func ("/comparison/programs-per-period", test_programs_per_period);
  g_test_add_func ("/comparison/placeholder-flagged", test_placeholder_flagged);
  g_test_add_func ("/comparison/three-periods", test_three_periods);
  g_test_add_func ("/comparison/vanished-component-order", test_vanished_component_order);
  g_test_add_func ("/comparison/refuses-other-entity", test_refuses_other_entity);
  g_test_add_func ("/comparison/refuses-same-period", test_refuses_same_period);
  g_test_add_func ("/comparison/summary", test_summary);

  status = g_test_run ();
  g_object_unref (q1);
  g_object_unref (q2);
  return status;
}

/* test-window-comparison.c: the comparison page: the report beside other quarters, in the window and the exports;
 * run under Xvfb by run-under-xvfb
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include "ind-comparison-view-private.h"
#include "ind-test-window.h"
#include "ind-window-actions-private.h"

/* Comparison --------------------------------------------------------------- */

static void
compare_with (IndWindow  *window,
              const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  _ind_window_compare_with (window, &file, 1);
  WAIT_FOR (!_ind_window_is_comparing (window));
}

static guint
n_list_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static char *
column_titles (GtkColumnView *view)
{
  GListModel *columns = gtk_column_view_get_columns (view);
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_string_append_printf (titles, "%s%s", i > 0 ? " | " : "", gtk_column_view_column_get_title (column));
    }
  return g_string_free (titles, FALSE);
}

/* The tooltip of the first bar found on a grid over the chart, once the
 * page is drawn. */
static char *
describe_somewhere (IndComparisonView *view)
{
  for (int y = 0; y < gtk_widget_get_height (GTK_WIDGET (view)); y += 16)
    for (int x = 0; x < gtk_widget_get_width (GTK_WIDGET (view)); x += 16)
      {
        char *markup = ind_comparison_view_describe_at (view, x, y);

        if (markup != NULL && strstr (markup, "Ejercido") != NULL)
          return markup;
        g_free (markup);
      }
  return NULL;
}

/* The sample beside its second quarter: the page shows the four programs
 * with both quarters' figures, and what was added, removed, renamed. */
static void
test_comparison (void)
{
  IndWindow *window = open_sample ();
  g_autofree char *june = ind_test_fixture_path ("oosapat-indicadores-2024-06.txt");
  IndComparisonView *view = _ind_window_get_comparison_view (window);
  GtkColumnView *programs_view = _ind_comparison_view_get_programs_view (view);
  g_autofree char *titles = NULL;
  g_autofree char *markup = NULL;
  GListModel *programs;
  IndComparisonRow *row;
  IndComparison *comparison;
  gint64 centavos;
  double percent;

  g_assert_false (adw_view_stack_page_get_visible (_ind_window_get_comparison_page (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "comparison"));
  g_assert_cmpstr (_ind_window_get_visible_page (window), ==, "table");

  compare_with (window, june);
  g_assert_null (find_error_dialog (window));
  comparison = ind_comparison_view_get_comparison (view);
  g_assert_nonnull (comparison);
  g_assert_true (_ind_window_get_comparison (window) == comparison);
  g_assert_true (adw_view_stack_page_get_visible (_ind_window_get_comparison_page (window)));
  g_assert_cmpstr (_ind_window_get_visible_page (window), ==, "comparison");

  /* a row per program, and per quarter its Modificado and % ejercido */
  titles = column_titles (programs_view);
  g_assert_cmpstr (titles, ==, "Programa | Modificado T1 2024 | % Ejercido T1 2024 | Modificado T2 2024 | % Ejercido T2 2024");
  programs = G_LIST_MODEL (gtk_column_view_get_model (programs_view));
  g_assert_cmpuint (g_list_model_get_n_items (programs), ==, 4);
  row = g_list_model_get_item (programs, 0);
  g_object_unref (row); /* the comparison keeps it */
  g_assert_cmpstr (ind_comparison_row_get_path (row), ==, "101");
  g_assert_true (ind_comparison_row_get_money (row, 0, IND_MONEY_MODIFICADO, &centavos));
  g_assert_cmpint (centavos, ==, 1475749981);
  g_assert_true (ind_comparison_row_get_money (row, 1, IND_MONEY_MODIFICADO, &centavos));
  g_assert_cmpint (centavos, ==, 1475749981);
  g_assert_true (ind_comparison_row_get_money (row, 1, IND_MONEY_DEVENGADO, &centavos));
  g_assert_cmpint (centavos, ==, 1434235203);
  g_assert_true (ind_comparison_row_get_ejercido (row, 0, &percent));
  g_assert_cmpfloat_with_epsilon (percent, 79.907, 0.001);

  /* one activity added, one removed, one renamed */
  g_assert_cmpuint (n_list_rows (_ind_comparison_view_get_changes (view, IND_CHANGE_ADDED)), ==, 1);
  g_assert_cmpuint (n_list_rows (_ind_comparison_view_get_changes (view, IND_CHANGE_VANISHED)), ==, 1);
  g_assert_cmpuint (n_list_rows (_ind_comparison_view_get_changes (view, IND_CHANGE_RENAMED)), ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (_ind_comparison_view_get_changes (view, IND_CHANGE_ADDED), 0))),
                   ==, "REALIZAR 4 CAMPAÑAS DE REGULARIZACIÓN DE TOMAS CLANDESTINAS");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_list_box_get_row_at_index (_ind_comparison_view_get_changes (view, IND_CHANGE_RENAMED), 0))),
                   ==, "102/C01/A06 · antes REALIZAR INFORME DE ACTIVIDADES DE LA UNIDAD DE TRANSPARENCIA");
  g_assert_true (shows_text (GTK_WIDGET (view), "Elementos nuevos (1)"));

  /* the chart's tooltip gives the figures of the bar under the pointer */
  WAIT_FOR ((markup = describe_somewhere (view)) != NULL);
  g_assert_true (g_str_has_prefix (markup, "<b>10"));
  g_assert_nonnull (strstr (markup, "Modificado $"));
  g_assert_nonnull (strstr (markup, "Ejercido: "));
  g_assert_true (strstr (markup, "T1 2024: ") != NULL || strstr (markup, "T2 2024: ") != NULL);

  /* closed, the page goes */
  activate (window, "win.close-comparison");
  g_assert_null (_ind_window_get_comparison (window));
  g_assert_false (adw_view_stack_page_get_visible (_ind_window_get_comparison_page (window)));
  g_assert_cmpstr (_ind_window_get_visible_page (window), ==, "table");
  close_window (window);
}

/* While the comparison is open it goes into the exports: a sheet of the
 * workbook, a section of the summary, and the printout. */
static void
test_comparison_exported (void)
{
  IndWindow *window = open_sample ();
  g_autofree char *june = ind_test_fixture_path ("oosapat-indicadores-2024-06.txt");
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "comparacion.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "comparacion.xlsx", NULL);
  g_autofree char *printed = g_build_filename (dir, "impreso.pdf", NULL);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  /* without a comparison, the workbook has its three sheets */
  _ind_window_export_to (window, "win.export-xlsx", xlsx);
  WAIT_FOR (!ind_export_flow_get_busy (_ind_window_get_export_flow (window)));
  g_file_get_contents (xlsx, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_true (contains (contents, length, "xl/worksheets/sheet3.xml"));
  g_assert_false (contains (contents, length, "xl/worksheets/sheet4.xml"));
  g_clear_pointer (&contents, g_free);

  compare_with (window, june);
  _ind_window_export_to (window, "win.export-xlsx", xlsx);
  WAIT_FOR (!ind_export_flow_get_busy (_ind_window_get_export_flow (window)));
  g_file_get_contents (xlsx, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_true (contains (contents, length, "xl/worksheets/sheet4.xml"));

  _ind_window_export_to (window, "win.export-pdf", pdf);
  WAIT_FOR (!ind_export_flow_get_busy (_ind_window_get_export_flow (window)));
  g_assert_null (find_error_dialog (window));
  text = ind_test_run_tool ((const char *[]) { "pdftotext", "-raw", pdf, "-", NULL });
  g_assert_nonnull (strstr (text, "Elementos nuevos"));
  g_assert_nonnull (strstr (text, "REALIZAR 4 CAMPAÑAS DE REGULARIZACIÓN DE TOMAS CLANDESTINAS"));
  g_clear_pointer (&text, g_free);

  operation = _ind_window_new_print_operation (window);
  gtk_print_operation_set_export_filename (operation, printed);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  text = ind_test_run_tool ((const char *[]) { "pdftotext", "-raw", printed, "-", NULL });
  g_assert_nonnull (strstr (text, "REALIZAR 4 CAMPAÑAS DE REGULARIZACIÓN DE TOMAS CLANDESTINAS"));

  close_window (window);
  g_unlink (pdf);
  g_unlink (xlsx);
  g_unlink (printed);
  g_rmdir (dir);
}

/* Reports of two entities cannot be compared: a dialog says so, naming
 * the files, and no page appears. */
static void
test_comparison_refused (void)
{
  IndWindow *window = open_sample ();
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *june = ind_test_fixture_path ("oosapat-indicadores-2024-06.txt");
  g_autofree char *other = g_build_filename (dir, "otro-organismo-2024-06.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) changed = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  g_file_get_contents (june, &contents, NULL, &error);
  g_assert_no_error (error);
  changed = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (changed, "MUNICIPIO DE TEHUACÁN, PUEBLA", "MUNICIPIO DE ATLIXCO, PUEBLA", 1), ==, 1);
  g_file_set_contents (other, changed->str, -1, &error);
  g_assert_no_error (error);

  compare_with (window, other);
  dialog = find_error_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "No se pueden comparar estos informes");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "otro-organismo-2024-06.txt"));
  g_assert_null (_ind_window_get_comparison (window));
  g_assert_false (adw_view_stack_page_get_visible (_ind_window_get_comparison_page (window)));
  g_assert_cmpstr (_ind_window_get_visible_page (window), ==, "table");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* nor with itself, the same period */
  compare_with (window, ind_test_sample_path ());
  dialog = find_error_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "No se pueden comparar estos informes");
  g_assert_false (adw_view_stack_page_get_visible (_ind_window_get_comparison_page (window)));
  gtk_window_destroy (GTK_WINDOW (dialog));

  close_window (window);
  g_unlink (other);
  g_rmdir (dir);
}

/* Another report in the window ends the comparison of the one before. */
static void
test_comparison_closed_by_open (void)
{
  IndWindow *window = open_sample ();
  g_autofree char *june = ind_test_fixture_path ("oosapat-indicadores-2024-06.txt");
  g_autoptr(GFile) file = g_file_new_for_path (june);

  compare_with (window, june);
  g_assert_nonnull (_ind_window_get_comparison (window));
  ind_window_open (window, file);
  WAIT_FOR (!ind_window_is_loading (window));
  g_assert_null (_ind_window_get_comparison (window));
  g_assert_false (adw_view_stack_page_get_visible (_ind_window_get_comparison_page (window)));
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  /* G_TEST_OPTION_ISOLATE_DIRS would hide the system's schemas and icons
   * from GTK; run-under-xvfb gives the user's own folders instead. */
  ind_test_init_locale ();
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/window/comparison", test_comparison);
  g_test_add_func ("/window/comparison-exported", test_comparison_exported);
  g_test_add_func ("/window/comparison-refused", test_comparison_refused);
  g_test_add_func ("/window/comparison-closed-by-open", test_comparison_closed_by_open);

  return g_test_run ();
}

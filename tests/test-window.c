/* test-window.c: the main window: the table, search, the review page, recent files, menus and the charts page;
 * run under Xvfb by run-under-xvfb
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include "ind-observations-private.h"
#include "ind-preferences-window.h"
#include "ind-report-table-private.h"
#include "ind-test-window.h"
#include "ind-ui-util.h"

static GListModel *
get_rows (IndWindow *window)
{
  return _ind_report_table_get_rows (_ind_window_get_table (window));
}

static IndItem *
row_item (IndWindow *window,
          guint      position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (get_rows (window), position);
  g_autoptr(GObject) item = NULL;

  g_assert_nonnull (row);
  item = gtk_tree_list_row_get_item (row);
  return IND_ITEM (item); /* the report keeps it */
}

static const char *
row_path (IndWindow *window,
          guint      position)
{
  return ind_item_get_path (row_item (window, position));
}

static guint
n_rows (IndWindow *window)
{
  return g_list_model_get_n_items (get_rows (window));
}

static guint
row_position (IndWindow  *window,
              const char *path)
{
  for (guint i = 0; i < n_rows (window); i++)
    if (g_str_equal (row_path (window, i), path))
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static gint64
modificado (IndItem *item)
{
  gint64 value;

  return ind_item_get_money (item, IND_MONEY_MODIFICADO, &value) ? value : G_MININT64;
}

/* The sample opens with its 4 programs expanded on their 14 components
 * (13 with a header and the placeholder of the lost one). */
static void
test_open_sample (void)
{
  IndWindow *window = open_sample ();
  static const char *expected[] = {
    "101", "101/C01", "101/C02",
    "102", "102/C01", "102/C02", "102/C03", "102/C04", "102/C05",
    "103", "103/C01", "103/C?1",
    "104", "104/C01", "104/C02", "104/C03", "104/C04", "104/C05",
  };

  g_assert_cmpuint (n_rows (window), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (row_path (window, i), ==, expected[i]);
  g_assert_true (ind_item_get_missing (row_item (window, 11)));
  g_assert_cmpstr (selected_path (window), ==, "101");
  g_assert_cmpstr (ind_report_get_source_name (ind_window_get_report (window)), ==,
                   "oosapat-indicadores-2024-03.txt");
  /* the title tells the period and the entity, the subtitle the file */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "T1 2024 · ORGANISMO OPERADOR DE LOS SERVICIOS DE AGUA POTABLE Y ALCANTARILLADO "
                   "DEL MUNICIPIO DE TEHUACÁN, PUEBLA");
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (_ind_window_get_switcher_title (window)), ==,
                   "oosapat-indicadores-2024-03.txt");
  close_window (window);
}

static void
test_expand_collapse (void)
{
  IndWindow *window = open_sample ();
  IndReportTable *table = _ind_window_get_table (window);

  activate (window, "win.expand-all");
  g_assert_cmpuint (n_rows (window), ==, 4 + 14 + 66);
  g_assert_cmpstr (row_path (window, 1), ==, "101/C01");
  g_assert_cmpstr (row_path (window, 2), ==, "101/C01/A01");
  g_assert_cmpstr (row_path (window, 83), ==, "104/C05/A04");

  activate (window, "win.collapse-all");
  g_assert_cmpuint (n_rows (window), ==, 4);

  /* the keys of a single row: 102 opens on its 5 components, then goes */
  g_assert_true (ind_report_table_reveal (table, ind_report_find_item (ind_window_get_report (window), "102")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "table.expand-row", NULL));
  g_assert_cmpuint (n_rows (window), ==, 4 + 5);
  g_assert_cmpstr (row_path (window, 2), ==, "102/C01");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "table.collapse-row", NULL));
  g_assert_cmpuint (n_rows (window), ==, 4);
  close_window (window);
}

/* Every row sits right under its parent, and siblings come in @order. */
static void
assert_tree_sorted (IndWindow   *window,
                    GtkSortType  order)
{
  IndItem *ancestors[3] = { NULL, NULL, NULL };

  for (guint i = 0; i < n_rows (window); i++)
    {
      IndItem *item = row_item (window, i);
      guint depth = ind_item_get_depth (item);
      IndItem *previous = ancestors[depth];

      g_assert_cmpuint (depth, <, 3);
      if (depth > 0)
        g_assert_true (ind_item_get_parent (item) == ancestors[depth - 1]);
      if (previous != NULL && ind_item_get_parent (previous) == ind_item_get_parent (item))
        {
          if (order == GTK_SORT_DESCENDING)
            g_assert_cmpint (modificado (previous), >=, modificado (item));
          else
            g_assert_cmpint (modificado (previous), <=, modificado (item));
        }
      ancestors[depth] = item;
      for (guint d = depth + 1; d < 3; d++)
        ancestors[d] = NULL;
    }
}

static void
assert_programs (IndWindow  *window,
                 const char *first,
                 const char *second,
                 const char *third,
                 const char *fourth)
{
  const char *expected[] = { first, second, third, fourth };
  guint n = 0;

  for (guint i = 0; i < n_rows (window); i++)
    if (ind_item_get_depth (row_item (window, i)) == 0)
      {
        g_assert_cmpuint (n, <, 4);
        g_assert_cmpstr (row_path (window, i), ==, expected[n++]);
      }
  g_assert_cmpuint (n, ==, 4);
}

static void
test_sort_keeps_children (void)
{
  IndWindow *window = open_sample ();
  GtkColumnViewColumn *column = _ind_report_table_get_column (_ind_window_get_table (window), "modificado");
  GtkColumnView *view = gtk_column_view_column_get_column_view (column);

  activate (window, "win.expand-all");
  gtk_column_view_sort_by_column (view, column, GTK_SORT_DESCENDING);
  g_assert_cmpuint (n_rows (window), ==, 84);
  assert_programs (window, "104", "103", "101", "102");
  assert_tree_sorted (window, GTK_SORT_DESCENDING);
  /* 104's biggest component first; the lost header, with no figure, last */
  g_assert_cmpstr (row_path (window, 1), ==, "104/C01");
  g_assert_cmpstr (row_path (window, 2), ==, "104/C01/A02");
  g_assert_cmpuint (row_position (window, "103/C?1"), >, row_position (window, "103/C01/A04"));

  gtk_column_view_sort_by_column (view, column, GTK_SORT_ASCENDING);
  assert_programs (window, "102", "101", "103", "104");
  assert_tree_sorted (window, GTK_SORT_ASCENDING);

  /* unsorted again: the report's own order */
  gtk_column_view_sort_by_column (view, NULL, GTK_SORT_ASCENDING);
  assert_programs (window, "101", "102", "103", "104");
  g_assert_cmpstr (row_path (window, 2), ==, "101/C01/A01");
  close_window (window);
}

static void
test_search_reveals (void)
{
  IndWindow *window = open_sample ();
  GtkEditable *entry = _ind_window_get_search_entry (window);
  GtkWidget *focus;

  activate (window, "win.collapse-all");
  g_assert_cmpuint (n_rows (window), ==, 4);

  activate (window, "win.search");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (entry) || gtk_widget_is_ancestor (focus, GTK_WIDGET (entry)));
  gtk_editable_set_text (entry, "DIGITALIZACION");
  /* the component and one activity match; only their ancestors open */
  WAIT_FOR (g_strcmp0 (selected_path (window), "102/C04") == 0);
  g_assert_cmpuint (n_rows (window), ==, 4 + 5 + 5);
  g_assert_cmpuint (row_position (window, "102/C04/A01"), ==, row_position (window, "102/C04") + 1);

  activate (window, "win.find-next");
  g_assert_cmpstr (selected_path (window), ==, "102/C04/A01");
  activate (window, "win.find-next");
  g_assert_cmpstr (selected_path (window), ==, "102/C04");
  activate (window, "win.find-previous");
  g_assert_cmpstr (selected_path (window), ==, "102/C04/A01");

  /* by key, case aside: "c04/a01" is in 102 and in 104 */
  activate (window, "win.collapse-all");
  gtk_editable_set_text (entry, "c04/a01");
  WAIT_FOR (n_rows (window) == 4 + 5 + 5 + 5 + 3);
  g_assert_cmpstr (selected_path (window), ==, "102/C04/A01");
  activate (window, "win.find-next");
  g_assert_cmpstr (selected_path (window), ==, "104/C04/A01");
  close_window (window);
}

static GtkListBoxRow *
find_observation_row (IndWindow  *window,
                      const char *code,
                      const char *path)
{
  GListModel *diagnostics = ind_report_get_diagnostics (ind_window_get_report (window));
  GtkListBox *list = _ind_observations_get_list_box (_ind_window_get_observations (window));

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(IndDiagnostic) d = g_list_model_get_item (diagnostics, i);

      if (g_str_equal (ind_diagnostic_get_code (d), code) &&
          g_strcmp0 (ind_diagnostic_get_path (d), path) == 0)
        return gtk_list_box_get_row_at_index (list, i);
    }
  return NULL;
}

static void
test_observation_selects_row (void)
{
  IndWindow *window = open_sample ();
  GtkListBoxRow *row;

  activate (window, "win.collapse-all");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "observations"));
  g_assert_cmpstr (_ind_window_get_visible_page (window), ==, "observations");

  row = find_observation_row (window, "sum-mismatch", "103");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate (GTK_WIDGET (row)));
  g_assert_cmpstr (_ind_window_get_visible_page (window), ==, "table");
  g_assert_cmpstr (selected_path (window), ==, "103");

  /* an orphan of the lost page, two levels down in collapsed rows */
  activate (window, "win.collapse-all");
  row = find_observation_row (window, "orphan", "103/C?1/A02");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate (GTK_WIDGET (row)));
  g_assert_cmpstr (selected_path (window), ==, "103/C?1/A02");
  close_window (window);
}

/* A report of @n_programs programs (from 500 to 999) of two components
 * of two activities, every sum and weight consistent. */
static char *
write_programs (const char *dir,
                guint       n_programs)
{
  g_autoptr(GString) text = g_string_new ("**ORGANISMO OPERADOR DE PRUEBA\n"
                                          "INDICADORES DE RESULTADOS AL 31 DE MARZO DE 2024.**\n\n"
                                          "Clave\tNombre\tModificado\tDevengado\tPagado\t%AV.FIN\t%AV.FIS\t"
                                          "Ponderado %\tMeta:\tUnidades\tUnidad de Medida\n");
  char *path = g_build_filename (dir, "programs.txt", NULL);
  g_autoptr(GError) error = NULL;

  for (guint p = 0; p < n_programs; p++)
    {
      g_string_append_printf (text, "%u\tPROGRAMA %u\t4.00\t2.00\t1.00\t\t\t\t\t\t\n", 101 + p, 101 + p);
      for (guint c = 1; c <= 2; c++)
        {
          g_string_append_printf (text, "Componente %02u\tCOMPONENTE %u\t2.00\t1.00\t0.50\t50.000%%\t0.000%%\t50.000%%\t\t\t\n",
                                  c, c);
          for (guint a = 1; a <= 2; a++)
            g_string_append_printf (text, "Actividad %02u\tACTIVIDAD %u\t1.00\t0.50\t0.25\t50.000%%\t0.000%%\t25.000%%\t1\t0\tINFORME\n",
                                    a, a);
        }
    }
  /* SUMAS, for fewer than 1,000 programs */
  g_string_append_printf (text, "SUMAS\n\n%u,%03u.00\t%u,%03u.00\t%u.00\n", 4 * n_programs / 1000, 4 * n_programs % 1000,
                          2 * n_programs / 1000, 2 * n_programs % 1000, n_programs);
  g_file_set_contents (path, text->str, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* The rows the table has bound to a row of the tree. */
static guint
count_bound_rows (GtkWidget *widget)
{
  guint n = GTK_IS_TREE_EXPANDER (widget) && gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (widget)) != NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_bound_rows (child);
  return n;
}

/* A big report opens with its programs expanded, and the tree makes the
 * children of a row only when it is expanded, or when the row is bound
 * and its expander asks whether it has any: never for every row. */
static void
test_children_on_expand (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = write_programs (dir, 600);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  IndWindow *window = new_window ();
  IndReportTable *table = _ind_window_get_table (window);
  g_autoptr(GtkTreeListRow) component = NULL;
  guint made;

  ind_window_open (window, file);
  WAIT_FOR (!ind_window_is_loading (window));
  g_assert_cmpuint (ind_report_count_items (ind_window_get_report (window), IND_KIND_PROGRAMA), ==, 600);
  g_assert_cmpuint (g_list_model_get_n_items (ind_report_get_diagnostics (ind_window_get_report (window))), ==, 0);
  /* the programs and their components are shown, a screen of them in
   * the first frame and all a few frames later */
  WAIT_FOR (n_rows (window) == 600 * 3);
  wait_frames (GTK_WIDGET (window), 2);
  made = _ind_report_table_get_n_children_made (table);
  g_assert_cmpuint (made, >=, 600);
  g_assert_cmpuint (made, <=, 600 + count_bound_rows (GTK_WIDGET (table)));
  g_assert_cmpuint (made, <, 600 + 1200);

  /* a component's activities, once it is expanded */
  component = g_list_model_get_item (get_rows (window), 1);
  g_assert_cmpstr (ind_item_get_path (row_item (window, 1)), ==, "101/C01");
  gtk_tree_list_row_set_expanded (component, TRUE);
  g_assert_cmpuint (n_rows (window), ==, 600 * 3 + 2);
  g_assert_cmpstr (ind_item_get_path (row_item (window, 2)), ==, "101/C01/A01");
  g_assert_cmpuint (_ind_report_table_get_n_children_made (table), >, made);

  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* The review page makes its rows when it is first shown, not while the
 * report opens: a big report may have a thousand review items. */
static void
test_review_rows_when_shown (void)
{
  IndWindow *window = open_sample ();
  GListModel *diagnostics = ind_report_get_diagnostics (ind_window_get_report (window));
  GtkListBox *list = _ind_observations_get_list_box (_ind_window_get_observations (window));
  guint n = g_list_model_get_n_items (diagnostics);

  wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpuint (n, >, 0);
  g_assert_null (gtk_list_box_get_row_at_index (list, 0));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "observations"));
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, n - 1));
  g_assert_null (gtk_list_box_get_row_at_index (list, n));
  close_window (window);
}

static void
test_bad_file_keeps_report (void)
{
  IndWindow *window = open_sample ();
  IndReport *report = ind_window_get_report (window);
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "empty-report.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);
  g_assert_null (find_error_dialog (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-uri", "s", uri));
  WAIT_FOR (!ind_window_is_loading (window));

  /* the error names the file, and the sample is still shown */
  dialog = find_error_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "empty-report.txt"));
  g_assert_true (ind_window_get_report (window) == report);
  g_assert_cmpuint (n_rows (window), ==, 18);
  g_assert_cmpstr (row_path (window, 0), ==, "101");

  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

static guint
count_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      n += IND_IS_WINDOW (toplevel);
    }
  return n;
}

static IndWindow *
find_other_window (IndWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (IND_IS_WINDOW (toplevel) && toplevel != G_OBJECT (window))
        return IND_WINDOW (toplevel);
    }
  return NULL;
}

/* A file opened while a report is shown (a double-click in the file
 * manager) gets a window of its own once read; one that cannot be read
 * is told on the window shown, and no empty window stays behind. */
static void
test_open_beside (void)
{
  IndWindow *window = open_sample ();
  IndReport *report = ind_window_get_report (window);
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "dañado.indicadores", NULL);
  g_autoptr(GFile) damaged = g_file_new_for_path (path);
  g_autofree char *june_path = ind_test_fixture_path (IND_TEST_SECOND_QUARTER);
  g_autoptr(GFile) june = g_file_new_for_path (june_path);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  IndWindow *other;

  g_file_set_contents (path, "{ \"format\": \"indicadores-remarks\", ", -1, &error);
  g_assert_no_error (error);
  ind_window_open_beside (window, damaged);
  WAIT_FOR (find_error_dialog (window) != NULL);
  dialog = find_error_dialog (window);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "dañado.indicadores"));
  g_assert_cmpuint (count_windows (), ==, 1);
  g_assert_true (ind_window_get_report (window) == report);
  gtk_window_destroy (GTK_WINDOW (dialog));

  ind_window_open_beside (window, june);
  WAIT_FOR (count_windows () == 2);
  other = find_other_window (window);
  g_assert_true (ind_window_has_report (other));
  g_assert_cmpstr (ind_report_get_source_name (ind_window_get_report (other)), ==,
                   "oosapat-indicadores-2024-06.txt");
  g_assert_true (ind_window_get_report (window) == report);
  g_assert_null (find_error_dialog (window));

  close_window (other);
  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* A report read from disk is remembered; the bundled example is not. */
static void
test_recent (void)
{
  IndWindow *window = new_window ();
  g_autoptr(GFile) file = g_file_new_for_path (ind_test_sample_path ());
  g_autoptr(GFile) first = NULL;

  activate (window, "win.open-sample");
  WAIT_FOR (!ind_window_is_loading (window));
  g_assert_cmpuint (g_list_model_get_n_items (_ind_window_get_recent_files (window)), ==, 0);

  ind_window_open (window, file);
  WAIT_FOR (g_list_model_get_n_items (_ind_window_get_recent_files (window)) == 1);
  first = g_list_model_get_item (_ind_window_get_recent_files (window), 0);
  g_assert_true (g_file_equal (first, file));
  close_window (window);
}

static GtkMenuButton *
find_menu_button (GtkWidget *widget,
                  gboolean   primary)
{
  if (GTK_IS_MENU_BUTTON (widget) &&
      gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)) == primary &&
      gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL)
    return GTK_MENU_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_menu_button (child, primary);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The actions of a menu's items, those in its sections included, in
 * order, joined with spaces. */
static void
collect_actions (GMenuModel *menu,
                 GString    *actions)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *action = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        g_string_append_printf (actions, "%s%s", actions->len > 0 ? " " : "", action);
      if (section != NULL)
        collect_actions (section, actions);
    }
}

static char *
menu_actions (IndWindow *window,
              gboolean   primary)
{
  GtkMenuButton *button = find_menu_button (GTK_WIDGET (window), primary);
  GString *actions = g_string_new (NULL);

  g_assert_nonnull (button);
  collect_actions (gtk_menu_button_get_menu_model (button), actions);
  return g_string_free (actions, FALSE);
}

/* The main menu ends as GNOME apps' do; the export menu has the workbook,
 * the summary, the slides and printing. */
static void
test_menus (void)
{
  IndWindow *window = open_sample ();
  g_autofree char *primary = menu_actions (window, TRUE);
  g_autofree char *export = menu_actions (window, FALSE);

  g_assert_true (g_str_has_suffix (primary, " app.preferences win.show-help-overlay win.help app.about"));
  g_assert_cmpstr (export, ==, "win.export-xlsx win.export-pdf win.export-slides win.export-pptx win.print");
  close_window (window);
}

static void
test_charts_page (void)
{
  IndWindow *window = open_sample ();
  g_autoptr(GFile) file = g_file_new_for_path (ind_test_sample_path ());

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "charts"));
  g_assert_cmpstr (_ind_window_get_visible_page (window), ==, "charts");
  g_assert_true (ind_chart_view_get_report (_ind_window_get_charts (window)) == ind_window_get_report (window));
  g_assert_cmpuint (ind_report_get_n_programs (ind_chart_view_get_report (_ind_window_get_charts (window))), ==, 4);

  /* another report reaches the charts too */
  ind_window_open (window, file);
  WAIT_FOR (!ind_window_is_loading (window));
  g_assert_true (ind_chart_view_get_report (_ind_window_get_charts (window)) == ind_window_get_report (window));
  close_window (window);
}

/* The preferences write the settings; the charts redraw with them. */
static void
test_bands_follow_settings (void)
{
  IndWindow *window = open_sample ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  IndSemaforoBands bands;

  ind_chart_view_get_bands (_ind_window_get_charts (window), &bands);
  g_assert_cmpfloat (bands.green, ==, 5.0);
  g_assert_cmpfloat (bands.yellow, ==, 15.0);

  g_settings_set_double (settings, "semaforo-green", 8.5);
  ind_chart_view_get_bands (_ind_window_get_charts (window), &bands);
  g_assert_cmpfloat (bands.green, ==, 8.5);
  g_settings_set_double (settings, "semaforo-yellow", 20.0);
  ind_chart_view_get_bands (_ind_window_get_charts (window), &bands);
  g_assert_cmpfloat (bands.yellow, ==, 20.0);

  g_settings_reset (settings, "semaforo-green");
  g_settings_reset (settings, "semaforo-yellow");
  ind_chart_view_get_bands (_ind_window_get_charts (window), &bands);
  g_assert_cmpfloat (bands.green, ==, 5.0);
  close_window (window);
}

/* ---- The table at a glance ------------------------------------------------ */

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Every label of a figure shows all of it: allocated at least its natural
 * width, and not ellipsized. Returns how many were checked. */
static guint
assert_figures_whole (GtkWidget *widget)
{
  guint n = 0;

  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "numeric") &&
      gtk_widget_get_mapped (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    {
      int natural;

      gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      if (gtk_widget_get_width (widget) < natural ||
          pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))))
        g_error ("«%s» is cut: %d px of %d", gtk_label_get_text (GTK_LABEL (widget)),
                 gtk_widget_get_width (widget), natural);
      return 1;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += assert_figures_whole (child);
  return n;
}

static GtkWidget *
get_column_view (IndWindow *window)
{
  return find_descendant (GTK_WIDGET (_ind_window_get_table (window)), GTK_TYPE_COLUMN_VIEW);
}

/* The width of the name's cells, from the first row's. */
static int
name_width (IndWindow *window)
{
  GtkWidget *expander = find_descendant (get_column_view (window), GTK_TYPE_TREE_EXPANDER);

  return gtk_widget_get_width (gtk_widget_get_parent (expander));
}

static gboolean
scrolls_sideways (IndWindow *window)
{
  GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (get_column_view (window)));

  return gtk_adjustment_get_upper (h) > gtk_adjustment_get_page_size (h);
}

/* On a 1366 × 768 laptop with the detail pane open, the name takes the
 * free width (two lines of it, the whole name in a tooltip) and no
 * figure is cut. */
static void
test_table_names_first (void)
{
  IndWindow *window = open_sample_at (1366, 768);
  GtkWidget *view = get_column_view (window);
  GtkWidget *expander = find_descendant (view, GTK_TYPE_TREE_EXPANDER);
  GtkWidget *label = gtk_widget_get_first_child (gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander)));

  g_assert_false (adw_flap_get_folded (_ind_window_get_flap (window)));
  g_assert_true (adw_flap_get_reveal_flap (_ind_window_get_flap (window)));
  g_assert_cmpint (name_width (window) * 100, >=, 40 * gtk_widget_get_width (view));
  g_assert_false (scrolls_sideways (window));
  /* Modificado, Devengado, Pagado and % ejercido of every row shown (a
   * dozen rows or more fit) */
  g_assert_cmpuint (assert_figures_whole (view), >=, 12 * 4);

  g_assert_cmpint (gtk_label_get_lines (GTK_LABEL (label)), ==, 2);
  g_assert_true (gtk_label_get_wrap (GTK_LABEL (label)));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==,
                   "PROGRAMA DE RECAUDACIÓN EFICIENTE, PARA UN OOSAPAT AL SERVICIO DE LA GENTE");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (label), ==, gtk_label_get_text (GTK_LABEL (label)));
  close_window (window);
}

/* The header menu shows and hides columns, and the settings remember
 * them; at 1600 px Meta, Alcanzado and Unidad fit beside the rest. */
static void
test_table_columns (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  IndWindow *window = open_sample_at (1600, 900);
  IndReportTable *table = _ind_window_get_table (window);
  GtkColumnViewColumn *meta = _ind_report_table_get_column (table, "meta");
  g_auto(GStrv) shown = NULL;
  GMenuModel *menu;

  menu = gtk_column_view_column_get_header_menu (_ind_report_table_get_column (table, "modificado"));
  g_assert_nonnull (menu);
  g_assert_false (gtk_column_view_column_get_visible (meta));

  for (guint i = 0; i < 3; i++)
    {
      static const char *actions[] = { "columns.meta", "columns.alcanzado", "columns.unidad" };

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), actions[i], NULL));
    }
  g_assert_true (gtk_column_view_column_get_visible (meta));
  shown = g_settings_get_strv (settings, "table-columns");
  g_assert_true (g_strv_equal ((const char * const *)shown,
                               (const char *[]) { "clave", "modificado", "devengado", "pagado", "ejercido",
                                                  "meta", "alcanzado", "unidad", NULL }));
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_false (scrolls_sideways (window));
  g_assert_cmpuint (assert_figures_whole (get_column_view (window)), >=, 17 * 4);
  close_window (window);

  /* the next window shows them too, until they are hidden again */
  window = open_sample_at (1600, 900);
  g_assert_true (gtk_column_view_column_get_visible (_ind_report_table_get_column (_ind_window_get_table (window), "meta")));
  g_settings_reset (settings, "table-columns");
  g_assert_false (gtk_column_view_column_get_visible (_ind_report_table_get_column (_ind_window_get_table (window), "meta")));
  close_window (window);
}

/* Every % ejercido cell shown carries its row's semáforo, as a CSS class
 * and a shape, the same as ind_semaforo_classify() in @bands. Returns
 * how many cells had one. */
static guint
assert_semaforo_cells (GtkWidget              *widget,
                       IndReport              *report,
                       const IndSemaforoBands *bands)
{
  guint n = 0;

  if (gtk_widget_has_css_class (widget, "ejercido-cell") && gtk_widget_get_mapped (widget))
    {
      IndItem *item = g_object_get_data (G_OBJECT (widget), "ind-item");
      GtkWidget *mark = gtk_widget_get_first_child (widget);
      double ejercido, pace;
      IndSemaforo semaforo;
      g_autofree char *icon = NULL;

      g_assert_nonnull (item);
      g_assert_true (ind_report_get_expected_pace (report, &pace));
      if (!ind_item_get_ejercido (item, &ejercido))
        {
          g_assert_false (gtk_widget_get_visible (mark));
          return 0;
        }
      semaforo = ind_semaforo_classify (bands, ejercido, pace);
      for (IndSemaforo s = IND_SEMAFORO_GREEN; s <= IND_SEMAFORO_RED; s++)
        g_assert_true (gtk_widget_has_css_class (widget, ind_ui_semaforo_css_class (s)) == (s == semaforo));
      icon = g_strdup_printf ("indicadores-semaforo-%s-symbolic",
                              semaforo == IND_SEMAFORO_GREEN ? "green" : semaforo == IND_SEMAFORO_YELLOW ? "yellow" : "red");
      g_assert_true (gtk_widget_get_visible (mark));
      g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (mark)), ==, icon);
      g_assert_cmpstr (gtk_widget_get_tooltip_text (mark), ==, ind_semaforo_label (semaforo));
      return 1;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += assert_semaforo_cells (child, report, bands);
  return n;
}

/* The table shows the semáforo of the charts, in the bands of the
 * preferences; the summary band the pace and how the programs stand. */
static void
test_table_semaforo (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  IndWindow *window = open_sample_at (1366, 768);
  IndReport *report = ind_window_get_report (window);
  GtkWidget *view = get_column_view (window);
  IndSemaforoBands bands;

  ind_semaforo_bands_init (&bands);
  g_assert_cmpuint (assert_semaforo_cells (view, report, &bands), >=, 12);
  /* 101 spent 79.9% against a pace of 25.0%: far off, a red square */
  g_assert_true (shows_text (GTK_WIDGET (_ind_window_get_summary_band (window)), "Ritmo esperado: 25.0%"));
  /* 102 and 104 within 5 points, 103 6.1 behind, 101 54.9 ahead */
  g_assert_true (shows_text (GTK_WIDGET (_ind_window_get_summary_band (window)), "2 en ritmo"));
  g_assert_true (shows_text (GTK_WIDGET (_ind_window_get_summary_band (window)), "1 fuera de ritmo"));
  g_assert_true (shows_text (GTK_WIDGET (_ind_window_get_summary_band (window)), "1 muy por delante"));

  /* wider bands: 101 is only off pace, 103 on it */
  g_settings_set_double (settings, "semaforo-green", 7.0);
  g_settings_set_double (settings, "semaforo-yellow", 60.0);
  ind_preferences_get_bands (settings, &bands);
  g_assert_cmpuint (assert_semaforo_cells (view, report, &bands), >=, 12);
  g_assert_true (shows_text (GTK_WIDGET (_ind_window_get_summary_band (window)), "3 en ritmo"));
  g_assert_true (shows_text (GTK_WIDGET (_ind_window_get_summary_band (window)), "1 fuera de ritmo"));
  g_settings_reset (settings, "semaforo-green");
  g_settings_reset (settings, "semaforo-yellow");
  close_window (window);
}

/* Half of a 1920 px screen, or a small laptop: the detail pane folds
 * away and comes back over the table on F9; the window goes down to
 * 800 px wide and 600 high. */
static void
test_narrow_window (void)
{
  IndWindow *window = open_sample_at (960, 600);
  int minimum;

  g_assert_true (adw_flap_get_folded (_ind_window_get_flap (window)));
  g_assert_false (adw_flap_get_reveal_flap (_ind_window_get_flap (window)));
  g_assert_cmpuint (assert_figures_whole (get_column_view (window)), >=, 4 * 4);
  g_assert_cmpint (name_width (window), >=, 160);

  activate (window, "win.show-details");
  g_assert_true (adw_flap_get_reveal_flap (_ind_window_get_flap (window)));
  activate (window, "win.show-details");
  g_assert_false (adw_flap_get_reveal_flap (_ind_window_get_flap (window)));

  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 800);
  /* and fits a 1024 × 600 screen, the detail pane shown */
  activate (window, "win.show-details");
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, 1024, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 600);
  close_window (window);
}

/* The part of @label's text marked by a background, or NULL. */
static char *
marked_text (GtkLabel *label)
{
  PangoAttrList *attrs = gtk_label_get_attributes (label);
  g_autoptr(GSList) list = NULL;
  const char *text = gtk_label_get_text (label);

  if (attrs == NULL)
    return NULL;
  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;

      if (attr->klass->type == PANGO_ATTR_BACKGROUND)
        {
          char *marked = g_strndup (text + attr->start_index, attr->end_index - attr->start_index);

          g_slist_free_full (g_steal_pointer (&list), (GDestroyNotify)pango_attribute_destroy);
          return marked;
        }
    }
  g_slist_free_full (g_steal_pointer (&list), (GDestroyNotify)pango_attribute_destroy);
  return NULL;
}

static GtkLabel *
name_label_of (IndWindow  *window,
               const char *prefix,
               GtkWidget  *widget)
{
  if (GTK_IS_TREE_EXPANDER (widget))
    {
      GtkWidget *label = gtk_widget_get_first_child (gtk_tree_expander_get_child (GTK_TREE_EXPANDER (widget)));

      return gtk_widget_get_mapped (label) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (label)), prefix)
             ? GTK_LABEL (label) : NULL;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = name_label_of (window, prefix, child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Search tells which match is selected, of how many, steps through them
 * and marks the match in the name, accents aside. */
static void
test_search_steps (void)
{
  IndWindow *window = open_sample_at (1366, 768);
  GtkEditable *entry = _ind_window_get_search_entry (window);
  g_autofree char *marked = NULL;
  GtkLabel *label;

  activate (window, "win.search");
  gtk_editable_set_text (entry, "DIGITALIZACION");
  WAIT_FOR (g_strcmp0 (selected_path (window), "102/C04") == 0);
  g_assert_cmpstr (gtk_label_get_text (_ind_window_get_match_label (window)), ==, "1 de 2");
  activate (window, "win.find-next");
  g_assert_cmpstr (selected_path (window), ==, "102/C04/A01");
  g_assert_cmpstr (gtk_label_get_text (_ind_window_get_match_label (window)), ==, "2 de 2");
  activate (window, "win.find-previous");
  g_assert_cmpstr (gtk_label_get_text (_ind_window_get_match_label (window)), ==, "1 de 2");
  /* a row that is not a match: only the count */
  activate (window, "win.collapse-all");
  g_assert_true (ind_report_table_reveal (_ind_window_get_table (window),
                                          ind_report_find_item (ind_window_get_report (window), "101")));
  g_assert_cmpstr (gtk_label_get_text (_ind_window_get_match_label (window)), ==, "2 coincidencias");

  /* "recaudacion" finds "RECAUDACIÓN" and marks it whole */
  gtk_editable_set_text (entry, "recaudacion");
  /* the entry waits a moment before it searches */
  WAIT_FOR (g_str_has_prefix (gtk_label_get_text (_ind_window_get_match_label (window)), "1 de "));
  g_assert_cmpstr (selected_path (window), ==, "101");
  wait_frames (GTK_WIDGET (window), 2);
  label = name_label_of (window, "PROGRAMA DE RECAUDACIÓN", get_column_view (window));
  g_assert_nonnull (label);
  marked = marked_text (label);
  g_assert_cmpstr (marked, ==, "RECAUDACIÓN");

  /* no search, no mark */
  gtk_editable_set_text (entry, "");
  WAIT_FOR (gtk_label_get_attributes (label) == NULL);
  g_assert_cmpstr (gtk_label_get_text (_ind_window_get_match_label (window)), ==, "");
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

  g_test_add_func ("/window/open-sample", test_open_sample);
  g_test_add_func ("/window/expand-collapse", test_expand_collapse);
  g_test_add_func ("/window/sort-keeps-children", test_sort_keeps_children);
  g_test_add_func ("/window/search-reveals", test_search_reveals);
  g_test_add_func ("/window/observation-selects-row", test_observation_selects_row);
  g_test_add_func ("/window/children-on-expand", test_children_on_expand);
  g_test_add_func ("/window/review-rows-when-shown", test_review_rows_when_shown);
  g_test_add_func ("/window/bad-file-keeps-report", test_bad_file_keeps_report);
  g_test_add_func ("/window/recent", test_recent);
  g_test_add_func ("/window/open-beside", test_open_beside);
  g_test_add_func ("/window/menus", test_menus);
  g_test_add_func ("/window/charts-page", test_charts_page);
  g_test_add_func ("/window/bands-follow-settings", test_bands_follow_settings);
  g_test_add_func ("/window/table-names-first", test_table_names_first);
  g_test_add_func ("/window/table-columns", test_table_columns);
  g_test_add_func ("/window/table-semaforo", test_table_semaforo);
  g_test_add_func ("/window/narrow-window", test_narrow_window);
  g_test_add_func ("/window/search-steps", test_search_steps);

  return g_test_run ();
}

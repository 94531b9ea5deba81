/* test-window.c: the main window, driven by its actions as a user would
 * drive it with the keyboard; run under Xvfb by run-under-xvfb
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ind-print.h"
#include "ind-test-util.h"
#include "ind-window-private.h"

static gboolean timed_out;

static gboolean
time_out (gpointer user_data)
{
  timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @cond holds, failing after ten seconds. */
#define WAIT_FOR(cond)                                                   \
  G_STMT_START {                                                         \
    guint timeout_id = g_timeout_add_seconds (10, time_out, NULL);       \
    timed_out = FALSE;                                                   \
    while (!(cond) && !timed_out)                                        \
      g_main_context_iteration (NULL, TRUE);                             \
    if (!timed_out)                                                      \
      g_source_remove (timeout_id);                                      \
    g_assert_true (cond);                                                \
  } G_STMT_END

static void
activate (IndWindow  *window,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
}

static IndWindow *
new_window (void)
{
  IndWindow *window = ind_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static IndWindow *
open_sample (void)
{
  IndWindow *window = new_window ();

  g_assert_false (ind_window_has_report (window));
  activate (window, "win.open-sample");
  WAIT_FOR (!ind_window_is_loading (window));
  g_assert_true (ind_window_has_report (window));
  return window;
}

static void
close_window (IndWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

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

static const char *
selected_path (IndWindow *window)
{
  IndItem *item = ind_report_table_get_selected_item (_ind_window_get_table (window));

  return item != NULL ? ind_item_get_path (item) : NULL;
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
  GtkListBox *list = _ind_observations_get_list_box (window->observations);

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

static gpointer
find_toplevel (IndWindow *window,
               GType      type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return toplevel;
    }
  return NULL;
}

static AdwMessageDialog *
find_error_dialog (IndWindow *window)
{
  return find_toplevel (window, ADW_TYPE_MESSAGE_DIALOG);
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

/* A report read from disk is remembered; the bundled example is not. */
static void
test_recent (void)
{
  IndWindow *window = new_window ();
  g_autoptr(GFile) file = g_file_new_for_path (ind_test_sample_path ());
  g_autoptr(GFile) first = NULL;

  activate (window, "win.open-sample");
  WAIT_FOR (!ind_window_is_loading (window));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->recent_files)), ==, 0);

  ind_window_open (window, file);
  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (window->recent_files)) == 1);
  first = g_list_model_get_item (G_LIST_MODEL (window->recent_files), 0);
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

  g_assert_true (g_str_has_suffix (primary, " app.preferences win.show-help-overlay app.about"));
  g_assert_cmpstr (export, ==, "win.export-xlsx win.export-pdf win.export-slides win.print");
  close_window (window);
}

static void
test_charts_page (void)
{
  IndWindow *window = open_sample ();
  g_autoptr(GFile) file = g_file_new_for_path (ind_test_sample_path ());

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "charts"));
  g_assert_cmpstr (_ind_window_get_visible_page (window), ==, "charts");
  g_assert_true (ind_chart_view_get_report (window->charts) == ind_window_get_report (window));
  g_assert_cmpuint (ind_report_get_n_programs (ind_chart_view_get_report (window->charts)), ==, 4);

  /* another report reaches the charts too */
  ind_window_open (window, file);
  WAIT_FOR (!ind_window_is_loading (window));
  g_assert_true (ind_chart_view_get_report (window->charts) == ind_window_get_report (window));
  close_window (window);
}

/* The preferences write the settings; the charts redraw with them. */
static void
test_bands_follow_settings (void)
{
  IndWindow *window = open_sample ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  IndSemaforoBands bands;

  ind_chart_view_get_bands (window->charts, &bands);
  g_assert_cmpfloat (bands.green, ==, 5.0);
  g_assert_cmpfloat (bands.yellow, ==, 15.0);

  g_settings_set_double (settings, "semaforo-green", 8.5);
  ind_chart_view_get_bands (window->charts, &bands);
  g_assert_cmpfloat (bands.green, ==, 8.5);
  g_settings_set_double (settings, "semaforo-yellow", 20.0);
  ind_chart_view_get_bands (window->charts, &bands);
  g_assert_cmpfloat (bands.yellow, ==, 20.0);

  g_settings_reset (settings, "semaforo-green");
  g_settings_reset (settings, "semaforo-yellow");
  ind_chart_view_get_bands (window->charts, &bands);
  g_assert_cmpfloat (bands.green, ==, 5.0);
  close_window (window);
}

/* The label of a toast (or any label) under @widget that shows @text. */
static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;
  return FALSE;
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* Whether @needle is among the bytes of a binary file. */
static gboolean
contains (const char *data,
          gsize       length,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static void
test_export_xlsx (void)
{
  IndWindow *window = open_sample ();
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "Indicadores 2024-T1.xlsx", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  g_assert_true (gtk_widget_get_visible (window->export_button));
  g_assert_true (gtk_widget_is_sensitive (window->export_button));
  g_assert_false (shows_text (GTK_WIDGET (window->toast_overlay), "Indicadores 2024-T1.xlsx"));

  /* the export runs in a thread; meanwhile its progress shows instead of
   * the Export button, and a second one cannot start */
  _ind_window_export_to (window, "win.export-xlsx", path);
  g_assert_true (ind_export_flow_get_busy (window->export_flow));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->export_flow)));
  g_assert_false (gtk_widget_get_visible (window->export_button));
  activate (window, "win.export-xlsx");
  g_assert_null (find_toplevel (window, GTK_TYPE_FILE_CHOOSER_DIALOG));
  WAIT_FOR (!ind_export_flow_get_busy (window->export_flow));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->export_flow)));
  g_assert_true (gtk_widget_get_visible (window->export_button));

  /* a whole workbook: a zip with its sheets */
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 4096);
  g_assert_true (memcmp (contents, "PK\x03\x04", 4) == 0);
  g_assert_true (contains (contents, length, "xl/workbook.xml"));
  g_assert_true (contains (contents, length, "xl/worksheets/sheet3.xml"));
  g_assert_cmpuint (count_files (dir), ==, 1);

  /* the toast names the file, and offers to open it */
  g_assert_true (shows_text (GTK_WIDGET (window->toast_overlay), "Se exportó «Indicadores 2024-T1.xlsx»"));
  g_assert_true (shows_text (GTK_WIDGET (window->toast_overlay), "Abrir"));
  g_assert_null (find_error_dialog (window));

  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* The summary and the slides go through the same flow as the workbook:
 * in a thread, then a toast naming the file. */
static void
test_export_pdf (void)
{
  static const struct
  {
    const char *action;
    const char *name;
    const char *size;
  } documents[] = {
    { "win.export-pdf", "Indicadores 2024-T1 (resumen).pdf", "792 x 612 pts (letter)" },
    { "win.export-slides", "Indicadores 2024-T1 (diapositivas).pdf", "960 x 540 pts" },
  };
  IndWindow *window = open_sample ();
  g_autofree char *dir = ind_test_tmpdir ();

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autofree char *path = g_build_filename (dir, documents[i].name, NULL);
      g_autofree char *contents = NULL;
      g_autofree char *toast = g_strdup_printf ("Se exportó «%s»", documents[i].name);
      g_autofree char *info = NULL;
      gsize length;
      g_autoptr(GError) error = NULL;

      _ind_window_export_to (window, documents[i].action, path);
      g_assert_true (ind_export_flow_get_busy (window->export_flow));
      /* the thread reads the remarks: they wait for it */
      g_assert_false (gtk_text_view_get_editable (_ind_detail_pane_get_remark_view (window->detail_pane)));
      WAIT_FOR (!ind_export_flow_get_busy (window->export_flow));
      g_assert_true (gtk_text_view_get_editable (_ind_detail_pane_get_remark_view (window->detail_pane)));

      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (length, >, 4096);
      g_assert_true (g_str_has_prefix (contents, "%PDF-"));
      info = ind_test_run_tool ((const char *[]) { "pdfinfo", path, NULL });
      g_assert_nonnull (strstr (info, documents[i].size));
      WAIT_FOR (shows_text (GTK_WIDGET (window->toast_overlay), toast));
      g_assert_null (find_error_dialog (window));
      g_unlink (path);
    }
  close_window (window);
  g_rmdir (dir);
}

/* The PDF's page size is the one of the preferences. */
static void
test_export_pdf_a4 (void)
{
  IndWindow *window = open_sample ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "resumen.pdf", NULL);
  g_autofree char *info = NULL;

  g_settings_set_string (settings, "pdf-page-size", "a4");
  _ind_window_export_to (window, "win.export-pdf", path);
  WAIT_FOR (!ind_export_flow_get_busy (window->export_flow));
  g_settings_reset (settings, "pdf-page-size");

  info = ind_test_run_tool ((const char *[]) { "pdfinfo", path, NULL });
  g_assert_nonnull (strstr (info, "841.89 x 595.276 pts (A4)"));
  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* Ctrl+P builds the print operation of the summary, on the page size of
 * the preferences; here it prints to a file instead of showing the
 * dialog. */
static void
test_print (void)
{
  IndWindow *window = open_sample ();
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "impreso.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  operation = _ind_window_new_print_operation (window);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  text = ind_test_run_tool ((const char *[]) { "pdftotext", path, "-", NULL });
  g_assert_nonnull (strstr (text, "$168,837,476.42"));
  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* A folder under a regular file cannot exist: the export fails, says so
 * naming the file, and leaves nothing behind. */
static void
test_export_unwritable (void)
{
  IndWindow *window = open_sample ();
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *blocker = g_build_filename (dir, "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (blocker, "Indicadores 2024-T1.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  g_file_set_contents (blocker, "", 0, &error);
  g_assert_no_error (error);

  _ind_window_export_to (window, "win.export-xlsx", path);
  WAIT_FOR (!ind_export_flow_get_busy (window->export_flow));

  dialog = find_error_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "No se pudo exportar el informe");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Indicadores 2024-T1.xlsx"));
  g_assert_false (shows_text (GTK_WIDGET (window->toast_overlay), "Indicadores 2024-T1.xlsx"));
  g_assert_true (g_file_test (blocker, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_files (dir), ==, 1);
  g_assert_true (gtk_widget_get_visible (window->export_button));

  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
  g_unlink (blocker);
  g_rmdir (dir);
}

/* An export that only ends when cancelled, to stop it for sure while it
 * runs. */
static void
cancelled (GCancellable *cancellable,
           GTask        *task)
{
  g_task_return_error_if_cancelled (task);
}

static void
start_until_cancelled (IndReport           *report,
                       const char          *path,
                       GSettings           *settings,
                       gpointer             data,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  GTask *task = g_task_new (report, cancellable, callback, user_data);

  g_cancellable_connect (cancellable, G_CALLBACK (cancelled), task, g_object_unref);
}

static gboolean
finish_until_cancelled (IndReport     *report,
                        GAsyncResult  *result,
                        GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static char *
suggest_never (IndReport *report)
{
  g_assert_not_reached ();
}

static void
test_export_cancel (void)
{
  static const IndExportFormat format = {
    .title = "Never",
    .filter_name = "Never",
    .suffix = "never",
    .suggest_name = suggest_never,
    .start = start_until_cancelled,
    .finish = finish_until_cancelled,
  };
  IndWindow *window = open_sample ();
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/never");

  ind_export_flow_export_to (window->export_flow, &format, ind_window_get_report (window), file, NULL);
  g_assert_true (ind_export_flow_get_busy (window->export_flow));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->export_flow)));

  /* the Cancel button next to the spinner */
  ind_export_flow_cancel (window->export_flow);
  WAIT_FOR (!ind_export_flow_get_busy (window->export_flow));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->export_flow)));
  g_assert_null (find_error_dialog (window));
  g_assert_false (shows_text (GTK_WIDGET (window->toast_overlay), "never"));
  close_window (window);
}

/* The save dialog starts in the export folder of the preferences, else in
 * the report's folder; the bundled example has none on disk. */
static void
test_export_default_folder (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GFile) sample = g_file_new_for_path (ind_test_sample_path ());
  g_autoptr(GFile) sample_dir = g_file_get_parent (sample);
  g_autoptr(GFile) resource = g_file_new_for_uri ("resource:///mx/oosapat/Indicadores/sample/oosapat-indicadores-2024-03.txt");
  g_autoptr(GFile) exports = g_file_new_for_path ("/srv/consejo/exportaciones");
  g_autofree char *exports_uri = g_file_get_uri (exports);
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GFile) fallback = g_file_new_for_path (documents != NULL ? documents : g_get_home_dir ());
  g_autoptr(GFile) folder = NULL;

  folder = ind_export_default_folder (settings, sample);
  g_assert_true (g_file_equal (folder, sample_dir));
  g_clear_object (&folder);

  folder = ind_export_default_folder (settings, resource);
  g_assert_true (g_file_equal (folder, fallback));
  g_clear_object (&folder);

  g_settings_set_string (settings, "export-folder", exports_uri);
  folder = ind_export_default_folder (settings, sample);
  g_assert_true (g_file_equal (folder, exports));
  g_clear_object (&folder);
  folder = ind_export_default_folder (settings, resource);
  g_assert_true (g_file_equal (folder, exports));
  g_settings_reset (settings, "export-folder");
}

/* Remarks ------------------------------------------------------------------ */

#define REMARK_103 "El programa 103 va atrasado: la CFE no ha facturado el bombeo de marzo."

static IndWindow *
open_file (const char *path)
{
  IndWindow *window = new_window ();
  g_autoptr(GFile) file = g_file_new_for_path (path);

  ind_window_open (window, file);
  WAIT_FOR (!ind_window_is_loading (window));
  g_assert_true (ind_window_has_report (window));
  return window;
}

/* A copy of the sample in a folder of its own, as a user's report. */
static char *
copy_sample (const char *dir,
             const char *name)
{
  g_autofree char *contents = NULL;
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_get_contents (ind_test_sample_path (), &contents, NULL, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static GtkTextBuffer *
remark_buffer (IndWindow *window)
{
  return gtk_text_view_get_buffer (_ind_detail_pane_get_remark_view (window->detail_pane));
}

static char *
remark_text (IndWindow *window)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (remark_buffer (window), &start, &end);
  return gtk_text_buffer_get_text (remark_buffer (window), &start, &end, FALSE);
}

static void
select_path (IndWindow  *window,
             const char *path)
{
  IndItem *item = ind_report_find_item (ind_window_get_report (window), path);

  g_assert_nonnull (item);
  g_assert_true (ind_report_table_reveal (_ind_window_get_table (window), item));
  g_assert_true (ind_detail_pane_get_item (window->detail_pane) == item);
}

/* Selects the row of @path and types @text, a few words at a time, in
 * the detail pane's remark. */
static void
type_remark (IndWindow  *window,
             const char *path,
             const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);

  select_path (window, path);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (i > 0)
        gtk_text_buffer_insert_at_cursor (remark_buffer (window), " ", -1);
      gtk_text_buffer_insert_at_cursor (remark_buffer (window), words[i], -1);
    }
}

static const char *
note_of (IndWindow  *window,
         const char *path)
{
  return ind_item_get_note (ind_report_find_item (ind_window_get_report (window), path));
}

static const char *
subtitle (IndWindow *window)
{
  return adw_view_switcher_title_get_subtitle (window->switcher_title);
}

/* The autosaved copy of the sample is shared by every test: a test that
 * writes remarks removes it as it closes its window. */
static void
close_and_forget (IndWindow *window)
{
  g_autoptr(GFile) autosave = ind_project_get_autosave_file (_ind_window_get_project (window));

  close_window (window);
  g_file_delete (autosave, NULL, NULL);
}

/* Typed in the detail pane, the remark is the item's note and the
 * project's; the row shows it; undo and redo go back and forth, and show
 * the item they changed. */
static void
test_remark_typed (void)
{
  IndWindow *window = open_sample ();
  IndProject *project = _ind_window_get_project (window);
  g_autofree char *text = NULL;

  g_assert_nonnull (project);
  g_assert_cmpstr (subtitle (window), ==, "oosapat-indicadores-2024-03.txt");
  g_assert_false (ind_project_get_can_undo (project));

  type_remark (window, "103", REMARK_103);
  g_assert_cmpstr (note_of (window, "103"), ==, REMARK_103);
  g_assert_cmpstr (ind_project_get_remark (project, "103"), ==, REMARK_103);
  g_assert_true (ind_project_get_dirty (project));
  g_assert_cmpstr (subtitle (window), ==, "oosapat-indicadores-2024-03.txt •");
  g_assert_true (ind_project_get_can_undo (project));

  /* another row shows its own (empty) remark */
  select_path (window, "101");
  text = remark_text (window);
  g_assert_cmpstr (text, ==, "");
  g_clear_pointer (&text, g_free);

  /* the words typed go back as one step, and 103 is selected again */
  activate (window, "win.undo");
  g_assert_null (note_of (window, "103"));
  g_assert_null (ind_project_get_remark (project, "103"));
  g_assert_cmpstr (selected_path (window), ==, "103");
  text = remark_text (window);
  g_assert_cmpstr (text, ==, "");
  g_clear_pointer (&text, g_free);
  g_assert_false (ind_project_get_can_undo (project));

  select_path (window, "104");
  activate (window, "win.redo");
  g_assert_cmpstr (note_of (window, "103"), ==, REMARK_103);
  g_assert_cmpstr (selected_path (window), ==, "103");
  text = remark_text (window);
  g_assert_cmpstr (text, ==, REMARK_103);
  g_assert_false (ind_project_get_can_redo (project));

  /* emptied, the remark is gone */
  gtk_text_buffer_set_text (remark_buffer (window), "", -1);
  g_assert_null (note_of (window, "103"));
  close_and_forget (window);
}

/* Printing draws the remark under its row, as the PDF summary does. */
static void
test_remark_printed (void)
{
  IndWindow *window = open_sample ();
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "impreso.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  type_remark (window, "103", REMARK_103);
  operation = _ind_window_new_print_operation (window);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  text = ind_test_run_tool ((const char *[]) { "pdftotext", "-raw", path, "-", NULL });
  /* the remark may wrap anywhere in the name's column */
  g_strdelimit (text, "\n", ' ');
  g_assert_nonnull (strstr (text, "la CFE no ha facturado"));
  close_and_forget (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* Saved to a project file, the remark comes back with its report when
 * the file is opened in another window. */
static void
test_remark_saved (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *report = copy_sample (dir, "informe-marzo.txt");
  g_autofree char *path = g_build_filename (dir, "consejo.indicadores", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  IndWindow *window = open_file (report);

  type_remark (window, "103", REMARK_103);
  g_assert_true (_ind_window_save_project_to (window, file));
  g_assert_cmpstr (subtitle (window), ==, "consejo.indicadores");
  g_assert_false (ind_project_get_dirty (_ind_window_get_project (window)));
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "\"103\""));
  g_assert_nonnull (strstr (contents, "la CFE no ha facturado"));

  /* Ctrl+S writes the same file again */
  gtk_text_buffer_insert_at_cursor (remark_buffer (window), " Se pagará en abril.", -1);
  g_assert_cmpstr (subtitle (window), ==, "consejo.indicadores •");
  activate (window, "win.save");
  g_assert_cmpstr (subtitle (window), ==, "consejo.indicadores");
  close_and_forget (window);

  window = open_file (path);
  g_assert_cmpstr (note_of (window, "103"), ==, REMARK_103 " Se pagará en abril.");
  g_assert_cmpstr (subtitle (window), ==, "consejo.indicadores");
  g_assert_cmpstr (ind_report_get_source_name (ind_window_get_report (window)), ==, "informe-marzo.txt");
  select_path (window, "103");
  g_clear_pointer (&contents, g_free);
  contents = remark_text (window);
  g_assert_cmpstr (contents, ==, REMARK_103 " Se pagará en abril.");
  close_and_forget (window);

  g_unlink (path);
  g_unlink (report);
  g_rmdir (dir);
}

/* Without a project file, the remark is written to the autosaved copy
 * once typing pauses, and opening the same report brings it back. */
static void
test_remark_autosaved (void)
{
  IndWindow *window = open_sample ();
  IndProject *project = _ind_window_get_project (window);
  g_autoptr(GFile) autosave = ind_project_get_autosave_file (project);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (g_file_query_exists (autosave, NULL));
  ind_project_set_autosave_delay (project, 50);
  type_remark (window, "103", REMARK_103);
  /* not at once: after the pause */
  g_assert_false (g_file_query_exists (autosave, NULL));
  WAIT_FOR (g_file_query_exists (autosave, NULL));
  g_file_load_contents (autosave, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "la CFE no ha facturado"));
  close_window (window);

  window = open_sample ();
  g_assert_cmpstr (note_of (window, "103"), ==, REMARK_103);
  close_and_forget (window);
}

/* The report was corrected after the remarks were written: the remark on
 * an activity it no longer has is kept and listed, never dropped. */
static void
test_remark_orphaned (void)
{
  static const char *removed = "Actividad 05\tREALIZAR 4 REPORTES DE LA SITUACION QUE GUARDA LOS CONVENIOS";
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *report = copy_sample (dir, "informe.txt");
  g_autofree char *path = g_build_filename (dir, "consejo.indicadores", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_autoptr(GString) changed = g_string_new (NULL);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  IndWindow *window = open_file (report);
  GtkListBox *orphan_list;
  AdwPreferencesRow *row;
  IndProject *project;

  type_remark (window, "101/C02/A05", "Sin avance: el convenio con el Ayuntamiento sigue sin firmarse.");
  type_remark (window, "103", REMARK_103);
  g_assert_true (_ind_window_save_project_to (window, file));
  close_and_forget (window);

  /* the corrected report has no 101/C02/A05 */
  g_file_get_contents (report, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (!g_str_has_prefix (lines[i], removed))
      g_string_append_printf (changed, "%s%s", lines[i], lines[i + 1] != NULL ? "\n" : "");
  g_assert_cmpuint (changed->len, <, strlen (contents));
  g_file_set_contents (report, changed->str, -1, &error);
  g_assert_no_error (error);

  window = open_file (path);
  project = _ind_window_get_project (window);
  g_assert_true (ind_project_get_report_changed (project));
  g_assert_null (ind_report_find_item (ind_window_get_report (window), "101/C02/A05"));
  g_assert_cmpstr (note_of (window, "103"), ==, REMARK_103);
  g_assert_cmpstr (ind_project_get_remark (project, "101/C02/A05"), ==,
                   "Sin avance: el convenio con el Ayuntamiento sigue sin firmarse.");
  g_assert_true (shows_text (GTK_WIDGET (window->toast_overlay), "1 observación ya no tiene elemento"));

  /* listed on the observations page, with its path and old name */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "observations"));
  orphan_list = _ind_observations_get_orphan_list (window->observations);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (orphan_list)));
  row = ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (orphan_list, 0));
  g_assert_nonnull (row);
  g_assert_null (gtk_list_box_get_row_at_index (orphan_list, 1));
  g_assert_cmpstr (adw_preferences_row_get_title (row), ==,
                   "Sin avance: el convenio con el Ayuntamiento sigue sin firmarse.");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "101/C02/A05 · REALIZAR 4 REPORTES DE LA SITUACION QUE GUARDA LOS CONVENIOS Y LAS ACTIVIDADES DE RECUPERACIÓN QUE S");

  /* the summary ends with it */
  pdf = g_build_filename (dir, "resumen.pdf", NULL);
  _ind_window_export_to (window, "win.export-pdf", pdf);
  WAIT_FOR (!ind_export_flow_get_busy (window->export_flow));
  text = ind_test_run_tool ((const char *[]) { "pdftotext", "-raw", pdf, "-", NULL });
  /* each may wrap anywhere in its column */
  g_strdelimit (text, "\n", ' ');
  g_assert_nonnull (strstr (text, "el convenio con el Ayuntamiento sigue sin firmarse"));
  g_assert_nonnull (strstr (text, "la CFE no ha facturado"));
  g_unlink (pdf);

  /* saved again, it is still there */
  activate (window, "win.save");
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "\"101/C02/A05\""));

  /* deleting it is the user's choice, and can be undone */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-remark", "s", "101/C02/A05"));
  g_assert_null (ind_project_get_remark (project, "101/C02/A05"));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (orphan_list))));
  activate (window, "win.undo");
  g_assert_nonnull (ind_project_get_remark (project, "101/C02/A05"));
  g_assert_cmpstr (_ind_window_get_visible_page (window), ==, "observations");
  g_assert_nonnull (gtk_list_box_get_row_at_index (orphan_list, 0));
  close_and_forget (window);

  /* a project whose report is gone asks where it is */
  g_unlink (report);
  window = new_window ();
  ind_window_open (window, file);
  WAIT_FOR (!ind_window_is_loading (window));
  g_assert_false (ind_window_has_report (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (find_error_dialog (window)), ==, "¿Dónde está el informe?");
  gtk_window_destroy (GTK_WINDOW (find_error_dialog (window)));
  close_window (window);

  g_unlink (path);
  g_rmdir (dir);
}

static void
set_flag (gboolean *flag)
{
  *flag = TRUE;
}

/* Closing asks only when the remarks could not be written; "Discard"
 * then closes. */
static void
test_close_unsaved (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *folder = g_build_filename (dir, "consejo", NULL);
  g_autofree char *path = g_build_filename (folder, "consejo.indicadores", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) autosave = NULL;
  g_autoptr(GError) error = NULL;
  IndWindow *window = open_sample ();
  AdwMessageDialog *dialog;
  gboolean destroyed = FALSE;

  autosave = ind_project_get_autosave_file (_ind_window_get_project (window));
  g_signal_connect_swapped (window, "destroy", G_CALLBACK (set_flag), &destroyed);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  type_remark (window, "103", REMARK_103);
  g_assert_true (_ind_window_save_project_to (window, file));

  /* the project's folder became a file: the next write fails */
  g_unlink (path);
  g_rmdir (folder);
  g_file_set_contents (folder, "", 0, &error);
  g_assert_no_error (error);
  gtk_text_buffer_insert_at_cursor (remark_buffer (window), " Otra línea.", -1);

  gtk_window_close (GTK_WINDOW (window));
  dialog = find_error_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_false (destroyed);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "No se pudieron guardar las observaciones");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "consejo.indicadores"));
  adw_message_dialog_response (dialog, "discard");
  WAIT_FOR (destroyed);

  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_file_delete (autosave, NULL, NULL);
  g_unlink (folder);
  g_rmdir (dir);
}

/* Closing with everything written asks nothing. */
static void
test_close_saved (void)
{
  IndWindow *window = open_sample ();
  g_autoptr(GFile) autosave = ind_project_get_autosave_file (_ind_window_get_project (window));
  gboolean destroyed = FALSE;

  g_signal_connect_swapped (window, "destroy", G_CALLBACK (set_flag), &destroyed);
  type_remark (window, "103", REMARK_103);
  gtk_window_close (GTK_WINDOW (window));
  WAIT_FOR (destroyed);
  g_assert_true (g_file_query_exists (autosave, NULL));
  g_file_delete (autosave, NULL, NULL);
}

/* Comparison --------------------------------------------------------------- */

static void
compare_with (IndWindow  *window,
              const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  _ind_window_compare_with (window, &file, 1);
  WAIT_FOR (window->comparing == NULL);
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
  IndComparisonView *view = window->comparison_view;
  GtkColumnView *programs_view = _ind_comparison_view_get_programs_view (view);
  g_autofree char *titles = NULL;
  g_autofree char *markup = NULL;
  GListModel *programs;
  IndComparisonRow *row;
  IndComparison *comparison;
  gint64 centavos;
  double percent;

  g_assert_false (adw_view_stack_page_get_visible (window->comparison_page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "comparison"));
  g_assert_cmpstr (_ind_window_get_visible_page (window), ==, "table");

  compare_with (window, june);
  g_assert_null (find_error_dialog (window));
  comparison = ind_comparison_view_get_comparison (view);
  g_assert_nonnull (comparison);
  g_assert_true (window->comparison == comparison);
  g_assert_true (adw_view_stack_page_get_visible (window->comparison_page));
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
  g_assert_null (window->comparison);
  g_assert_false (adw_view_stack_page_get_visible (window->comparison_page));
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
  WAIT_FOR (!ind_export_flow_get_busy (window->export_flow));
  g_file_get_contents (xlsx, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_true (contains (contents, length, "xl/worksheets/sheet3.xml"));
  g_assert_false (contains (contents, length, "xl/worksheets/sheet4.xml"));
  g_clear_pointer (&contents, g_free);

  compare_with (window, june);
  _ind_window_export_to (window, "win.export-xlsx", xlsx);
  WAIT_FOR (!ind_export_flow_get_busy (window->export_flow));
  g_file_get_contents (xlsx, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_true (contains (contents, length, "xl/worksheets/sheet4.xml"));

  _ind_window_export_to (window, "win.export-pdf", pdf);
  WAIT_FOR (!ind_export_flow_get_busy (window->export_flow));
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
  g_assert_null (window->comparison);
  g_assert_false (adw_view_stack_page_get_visible (window->comparison_page));
  g_assert_cmpstr (_ind_window_get_visible_page (window), ==, "table");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* nor with itself, the same period */
  compare_with (window, ind_test_sample_path ());
  dialog = find_error_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "No se pueden comparar estos informes");
  g_assert_false (adw_view_stack_page_get_visible (window->comparison_page));
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
  g_assert_nonnull (window->comparison);
  ind_window_open (window, file);
  WAIT_FOR (!ind_window_is_loading (window));
  g_assert_null (window->comparison);
  g_assert_false (adw_view_stack_page_get_visible (window->comparison_page));
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
  g_test_add_func ("/window/bad-file-keeps-report", test_bad_file_keeps_report);
  g_test_add_func ("/window/recent", test_recent);
  g_test_add_func ("/window/menus", test_menus);
  g_test_add_func ("/window/charts-page", test_charts_page);
  g_test_add_func ("/window/bands-follow-settings", test_bands_follow_settings);
  g_test_add_func ("/window/export-xlsx", test_export_xlsx);
  g_test_add_func ("/window/export-pdf", test_export_pdf);
  g_test_add_func ("/window/export-pdf-a4", test_export_pdf_a4);
  g_test_add_func ("/window/print", test_print);
  g_test_add_func ("/window/export-unwritable", test_export_unwritable);
  g_test_add_func ("/window/export-cancel", test_export_cancel);
  g_test_add_func ("/window/export-default-folder", test_export_default_folder);
  g_test_add_func ("/window/remark-typed", test_remark_typed);
  g_test_add_func ("/window/remark-printed", test_remark_printed);
  g_test_add_func ("/window/remark-saved", test_remark_saved);
  g_test_add_func ("/window/remark-autosaved", test_remark_autosaved);
  g_test_add_func ("/window/remark-orphaned", test_remark_orphaned);
  g_test_add_func ("/window/close-unsaved", test_close_unsaved);
  g_test_add_func ("/window/close-saved", test_close_saved);
  g_test_add_func ("/window/comparison", test_comparison);
  g_test_add_func ("/window/comparison-exported", test_comparison_exported);
  g_test_add_func ("/window/comparison-refused", test_comparison_refused);
  g_test_add_func ("/window/comparison-closed-by-open", test_comparison_closed_by_open);

  return g_test_run ();
}

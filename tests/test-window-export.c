/* test-window-export.c: exporting and printing from the window, in a thread, with a toast naming the file;
 * run under Xvfb by run-under-xvfb
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include "ind-detail-pane-private.h"
#include "ind-print.h"
#include "ind-test-window.h"
#include "ind-window-actions-private.h"

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

static void
test_export_xlsx (void)
{
  IndWindow *window = open_sample ();
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "Indicadores 2024-T1.xlsx", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  g_assert_true (gtk_widget_get_visible (_ind_window_get_export_button (window)));
  g_assert_true (gtk_widget_is_sensitive (_ind_window_get_export_button (window)));
  g_assert_false (shows_text (GTK_WIDGET (_ind_window_get_toast_overlay (window)), "Indicadores 2024-T1.xlsx"));

  /* the export runs in a thread; meanwhile its progress shows instead of
   * the Export button, and a second one cannot start */
  _ind_window_export_to (window, "win.export-xlsx", path);
  g_assert_true (ind_export_flow_get_busy (_ind_window_get_export_flow (window)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (_ind_window_get_export_flow (window))));
  g_assert_false (gtk_widget_get_visible (_ind_window_get_export_button (window)));
  activate (window, "win.export-xlsx");
  g_assert_null (find_toplevel (window, GTK_TYPE_FILE_CHOOSER_DIALOG));
  WAIT_FOR (!ind_export_flow_get_busy (_ind_window_get_export_flow (window)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (_ind_window_get_export_flow (window))));
  g_assert_true (gtk_widget_get_visible (_ind_window_get_export_button (window)));

  /* a whole workbook: a zip with its sheets */
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 4096);
  g_assert_true (memcmp (contents, "PK\x03\x04", 4) == 0);
  g_assert_true (contains (contents, length, "xl/workbook.xml"));
  g_assert_true (contains (contents, length, "xl/worksheets/sheet3.xml"));
  g_assert_cmpuint (count_files (dir), ==, 1);

  /* the toast names the file, and offers to open it */
  g_assert_true (shows_text (GTK_WIDGET (_ind_window_get_toast_overlay (window)), "Se exportó «Indicadores 2024-T1.xlsx»"));
  g_assert_true (shows_text (GTK_WIDGET (_ind_window_get_toast_overlay (window)), "Abrir"));
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
      g_assert_true (ind_export_flow_get_busy (_ind_window_get_export_flow (window)));
      /* the thread reads the remarks: they wait for it */
      g_assert_false (gtk_text_view_get_editable (_ind_detail_pane_get_remark_view (_ind_window_get_detail_pane (window))));
      WAIT_FOR (!ind_export_flow_get_busy (_ind_window_get_export_flow (window)));
      g_assert_true (gtk_text_view_get_editable (_ind_detail_pane_get_remark_view (_ind_window_get_detail_pane (window))));

      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (length, >, 4096);
      g_assert_true (g_str_has_prefix (contents, "%PDF-"));
      info = ind_test_run_tool ((const char *[]) { "pdfinfo", path, NULL });
      g_assert_nonnull (strstr (info, documents[i].size));
      WAIT_FOR (shows_text (GTK_WIDGET (_ind_window_get_toast_overlay (window)), toast));
      g_assert_null (find_error_dialog (window));
      g_unlink (path);
    }
  close_window (window);
  g_rmdir (dir);
}

/* The slides as PowerPoint: in the Export menu, and through the same
 * flow, with a toast naming the file. */
static void
test_export_pptx (void)
{
  IndWindow *window = open_sample ();
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "Indicadores 2024-T1 (diapositivas).pptx", NULL);
  GMenuModel *section = _ind_window_get_export_section (window);
  g_autofree char *contents = NULL;
  gboolean listed = FALSE;
  gsize length;
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < g_menu_model_get_n_items (section); i++)
    {
      g_autofree char *action = NULL;
      g_autofree char *label = NULL;

      g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
      g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
      if (g_strcmp0 (action, "win.export-pptx") == 0)
        listed = g_str_equal (g_dgettext (GETTEXT_PACKAGE, label), "P_resentación editable (PowerPoint)…");
    }
  g_assert_true (listed);

  _ind_window_export_to (window, "win.export-pptx", path);
  g_assert_true (ind_export_flow_get_busy (_ind_window_get_export_flow (window)));
  WAIT_FOR (!ind_export_flow_get_busy (_ind_window_get_export_flow (window)));
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_true (memcmp (contents, "PK\x03\x04", 4) == 0);
  g_assert_true (contains (contents, length, "ppt/presentation.xml"));
  g_assert_cmpuint (count_files (dir), ==, 1);
  WAIT_FOR (shows_text (GTK_WIDGET (_ind_window_get_toast_overlay (window)), "Se exportó «Indicadores 2024-T1 (diapositivas).pptx»"));
  g_assert_null (find_error_dialog (window));

  close_window (window);
  g_unlink (path);
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
  WAIT_FOR (!ind_export_flow_get_busy (_ind_window_get_export_flow (window)));
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
  WAIT_FOR (!ind_export_flow_get_busy (_ind_window_get_export_flow (window)));

  dialog = find_error_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "No se pudo exportar el informe");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Indicadores 2024-T1.xlsx"));
  g_assert_false (shows_text (GTK_WIDGET (_ind_window_get_toast_overlay (window)), "Indicadores 2024-T1.xlsx"));
  g_assert_true (g_file_test (blocker, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_files (dir), ==, 1);
  g_assert_true (gtk_widget_get_visible (_ind_window_get_export_button (window)));

  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
  g_unlink (blocker);
  g_rmdir (dir);
}

/* An export that only ends when cancelled, to stop it for sure while it
 * runs: it waits in its thread for the cancellable's file descriptor. */
static gboolean
write_until_cancelled (IndReport               *report,
                       const char              *path,
                       const IndExportOptions  *options,
                       GCancellable            *cancellable,
                       GError                 **error)
{
  GPollFD fd;

  g_assert_true (g_cancellable_make_pollfd (cancellable, &fd));
  while (!g_cancellable_is_cancelled (cancellable))
    g_poll (&fd, 1, -1);
  g_cancellable_release_fd (cancellable);
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
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
    .write = write_until_cancelled,
  };
  IndWindow *window = open_sample ();
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/never");

  ind_export_flow_export_to (_ind_window_get_export_flow (window), &format, ind_window_get_report (window), file, NULL);
  g_assert_true (ind_export_flow_get_busy (_ind_window_get_export_flow (window)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (_ind_window_get_export_flow (window))));

  /* the Cancel button next to the spinner */
  ind_export_flow_cancel (_ind_window_get_export_flow (window));
  WAIT_FOR (!ind_export_flow_get_busy (_ind_window_get_export_flow (window)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (_ind_window_get_export_flow (window))));
  g_assert_null (find_error_dialog (window));
  g_assert_false (shows_text (GTK_WIDGET (_ind_window_get_toast_overlay (window)), "never"));
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

  g_test_add_func ("/window/export-xlsx", test_export_xlsx);
  g_test_add_func ("/window/export-pdf", test_export_pdf);
  g_test_add_func ("/window/export-pdf-a4", test_export_pdf_a4);
  g_test_add_func ("/window/export-pptx", test_export_pptx);
  g_test_add_func ("/window/print", test_print);
  g_test_add_func ("/window/export-unwritable", test_export_unwritable);
  g_test_add_func ("/window/export-cancel", test_export_cancel);
  g_test_add_func ("/window/export-default-folder", test_export_default_folder);

  return g_test_run ();
}

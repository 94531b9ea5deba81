/* test-window-remarks.c: the remarks typed in the detail pane: undo, saving, autosaving, orphans and closing the window;
 * run under Xvfb by run-under-xvfb
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include "ind-detail-pane-private.h"
#include "ind-observations-private.h"
#include "ind-test-window.h"
#include "ind-window-actions-private.h"

/* Remarks ------------------------------------------------------------------ */

#define REMARK_103 "El programa 103 va atrasado: la CFE no ha facturado el bombeo de marzo."

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
  return gtk_text_view_get_buffer (_ind_detail_pane_get_remark_view (_ind_window_get_detail_pane (window)));
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
  g_assert_true (ind_detail_pane_get_item (_ind_window_get_detail_pane (window)) == item);
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
  return adw_view_switcher_title_get_subtitle (_ind_window_get_switcher_title (window));
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
  IndWindow *window = open_path (report);

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

  window = open_path (path);
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
  IndWindow *window = open_path (report);
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

  window = open_path (path);
  project = _ind_window_get_project (window);
  g_assert_true (ind_project_get_report_changed (project));
  g_assert_null (ind_report_find_item (ind_window_get_report (window), "101/C02/A05"));
  g_assert_cmpstr (note_of (window, "103"), ==, REMARK_103);
  g_assert_cmpstr (ind_project_get_remark (project, "101/C02/A05"), ==,
                   "Sin avance: el convenio con el Ayuntamiento sigue sin firmarse.");
  g_assert_true (shows_text (GTK_WIDGET (_ind_window_get_toast_overlay (window)), "1 comentario ya no tiene elemento"));

  /* listed on the observations page, with its path and old name */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "observations"));
  orphan_list = _ind_observations_get_orphan_list (_ind_window_get_observations (window));
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
  WAIT_FOR (!ind_export_flow_get_busy (_ind_window_get_export_flow (window)));
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
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "No se pudieron guardar los comentarios");
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

  g_test_add_func ("/window/remark-typed", test_remark_typed);
  g_test_add_func ("/window/remark-printed", test_remark_printed);
  g_test_add_func ("/window/remark-saved", test_remark_saved);
  g_test_add_func ("/window/remark-autosaved", test_remark_autosaved);
  g_test_add_func ("/window/remark-orphaned", test_remark_orphaned);
  g_test_add_func ("/window/close-unsaved", test_close_unsaved);
  g_test_add_func ("/window/close-saved", test_close_saved);

  return g_test_run ();
}

/* test-window-reading.c: a report that changes on disk while it is open,
 * and reading cancelled from the window; run under Xvfb by run-under-xvfb
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include "ind-observations-private.h"
#include "ind-test-window.h"

#define REMARK_103  "El programa 103 va atrasado: la CFE no ha facturado el bombeo de marzo."
#define REMARK_GONE "Se pidió al área comercial el informe de convenios."
#define GONE_PATH   "101/C02/A05"

/* The sample's program 101, Modificado, and a figure the staff would
 * notice if the accounting office printed it again. */
#define MODIFICADO_101     "14,757,499.81"
#define MODIFICADO_101_NEW "14,857,499.81"

/* Writes @contents to @path, as a program saving the report would. */
static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static char *
read_sample (void)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (ind_test_sample_path (), &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* The sample as the accounting office would print it again: another
 * Modificado for program 101, and the activity GONE_PATH left out. */
static char *
edited_sample (void)
{
  g_autofree char *sample = read_sample ();
  g_auto(GStrv) lines = g_strsplit (sample, "\n", -1);
  g_autoptr(GString) edited = g_string_new (NULL);
  gboolean in_101_c02 = FALSE;
  guint replaced = 0, removed = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (g_str_has_prefix (line, "Componente "))
        in_101_c02 = g_str_has_prefix (line, "Componente 02\tMECANISMOS PARA EL FORTALECIMIENTO DE LA RECAUDACIÓN");
      else if (g_str_has_prefix (line, "1") || g_str_has_prefix (line, "2"))
        in_101_c02 = FALSE;
      if (in_101_c02 && g_str_has_prefix (line, "Actividad 05\t"))
        {
          removed++;
          continue;
        }
      if (g_str_has_prefix (line, "101\t") && strstr (line, MODIFICADO_101) != NULL)
        {
          g_autofree char *head = g_strndup (line, strstr (line, MODIFICADO_101) - line);

          g_string_append_printf (edited, "%s%s%s", head, MODIFICADO_101_NEW,
                                  strstr (line, MODIFICADO_101) + strlen (MODIFICADO_101));
          replaced++;
        }
      else
        g_string_append (edited, line);
      if (lines[i + 1] != NULL)
        g_string_append_c (edited, '\n');
    }
  g_assert_cmpuint (replaced, ==, 1);
  g_assert_cmpuint (removed, ==, 1);
  return g_string_free (g_steal_pointer (&edited), FALSE);
}

static gint64
modificado (IndWindow  *window,
            const char *path)
{
  gint64 centavos = 0;

  g_assert_true (ind_item_get_money (ind_report_find_item (ind_window_get_report (window), path),
                                     IND_MONEY_MODIFICADO, &centavos));
  return centavos;
}

static void
select_path (IndWindow  *window,
             const char *path)
{
  IndItem *item = ind_report_find_item (ind_window_get_report (window), path);

  g_assert_nonnull (item);
  g_assert_true (ind_report_table_reveal (_ind_window_get_table (window), item));
  g_assert_cmpstr (selected_path (window), ==, path);
}

/* Waits for the cancelled read to come back, so that anything it would
 * say is said before the test looks. */
static void
wait_reads_returned (IndWindow *window)
{
  WAIT_FOR (_ind_window_get_n_reads (window) == 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Closes the window and forgets the remarks it autosaved. */
static void
close_and_forget (IndWindow *window,
                  GFile     *other_autosave)
{
  g_autoptr(GFile) autosave = ind_project_get_autosave_file (_ind_window_get_project (window));

  close_window (window);
  g_file_delete (autosave, NULL, NULL);
  if (other_autosave != NULL)
    g_file_delete (other_autosave, NULL, NULL);
}

/* The report is printed again over the open one, as an editor saves (a
 * new file renamed over the old): the window offers to read it again,
 * and reading it keeps the comments for the council on their items, the
 * one whose activity is gone among the review's orphans, and the row
 * selected; the new figure shows. */
static void
test_changed_on_disk (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "informe.txt", NULL);
  g_autofree char *sample = read_sample ();
  g_autofree char *edited = edited_sample ();
  g_autoptr(GError) error = NULL;
  g_autoptr(IndReport) before = NULL;
  g_autoptr(GFile) old_autosave = NULL;
  IndWindow *window;
  IndProject *project;
  GListModel *orphans;
  g_autoptr(IndRemark) orphan = NULL;

  write_file (path, sample);
  window = open_path (path);
  before = g_object_ref (ind_window_get_report (window));
  project = _ind_window_get_project (window);
  old_autosave = ind_project_get_autosave_file (project);
  g_assert_cmpint (modificado (window, "101"), ==, 1475749981);
  g_assert_true (ind_project_set_remark (project, "103", REMARK_103));
  g_assert_true (ind_project_set_remark (project, GONE_PATH, REMARK_GONE));
  select_path (window, "101/C01/A02");
  g_assert_false (_ind_window_offers_reread (window));

  /* g_file_set_contents() writes another file and renames it over */
  write_file (path, edited);
  WAIT_FOR (_ind_window_offers_reread (window));
  g_assert_true (shows_text (GTK_WIDGET (_ind_window_get_changed_banner (window)), "El informe cambió en el disco"));
  g_assert_true (shows_text (GTK_WIDGET (_ind_window_get_changed_banner (window)), "Volver a leer"));
  /* nothing changes until the user asks */
  g_assert_true (ind_window_get_report (window) == before);

  activate (window, "win.reload");
  g_assert_false (_ind_window_offers_reread (window));
  WAIT_FOR (!ind_window_is_loading (window));
  g_assert_null (find_error_dialog (window));
  g_assert_true (ind_window_get_report (window) != before);

  /* the new figure */
  g_assert_cmpint (modificado (window, "101"), ==, 1485749981);
  g_assert_null (ind_report_find_item (ind_window_get_report (window), GONE_PATH));
  /* the comments, on their items or kept without one */
  project = _ind_window_get_project (window);
  g_assert_cmpstr (ind_item_get_note (ind_report_find_item (ind_window_get_report (window), "103")), ==, REMARK_103);
  g_assert_cmpstr (ind_project_get_remark (project, "103"), ==, REMARK_103);
  g_assert_cmpstr (ind_project_get_remark (project, GONE_PATH), ==, REMARK_GONE);
  orphans = ind_project_get_orphans (project);
  g_assert_cmpuint (g_list_model_get_n_items (orphans), ==, 1);
  orphan = g_list_model_get_item (orphans, 0);
  g_assert_cmpstr (ind_remark_get_path (orphan), ==, GONE_PATH);
  g_assert_true (ind_project_get_report_changed (project));
  /* the review shows it */
  g_assert_nonnull (gtk_list_box_get_row_at_index (_ind_observations_get_orphan_list (_ind_window_get_observations (window)), 0));
  /* the selection */
  g_assert_cmpstr (selected_path (window), ==, "101/C01/A02");

  /* the remarks are autosaved for the new bytes */
  g_assert_true (ind_project_flush (project, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GFile) autosave = ind_project_get_autosave_file (project);

    g_assert_false (g_file_equal (autosave, old_autosave));
    g_assert_true (g_file_query_exists (autosave, NULL));
  }

  close_and_forget (window, old_autosave);
  g_unlink (path);
  g_rmdir (dir);
}

/* A file written again with the report while it is read again: the
 * offer comes back once the writer is done, the second change is not
 * missed. */
static void
test_changed_twice (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "informe.txt", NULL);
  g_autofree char *sample = read_sample ();
  g_autofree char *edited = edited_sample ();
  IndWindow *window;

  write_file (path, sample);
  window = open_path (path);

  write_file (path, edited);
  WAIT_FOR (_ind_window_offers_reread (window));
  activate (window, "win.reload");
  WAIT_FOR (!ind_window_is_loading (window));
  g_assert_cmpint (modificado (window, "101"), ==, 1485749981);

  /* written in place this time, as a program that truncates and writes */
  {
    FILE *out = g_fopen (path, "w");

    g_assert_nonnull (out);
    g_assert_cmpint (fputs (sample, out), >=, 0);
    g_assert_cmpint (fclose (out), ==, 0);
  }
  WAIT_FOR (_ind_window_offers_reread (window));
  activate (window, "win.reload");
  WAIT_FOR (!ind_window_is_loading (window));
  g_assert_cmpint (modificado (window, "101"), ==, 1475749981);
  g_assert_null (find_error_dialog (window));

  close_and_forget (window, NULL);
  g_unlink (path);
  g_rmdir (dir);
}

/* Reading the changed file again, cancelled: the report shown stays,
 * and so does the offer, since the file still differs from it. */
static void
test_reload_cancelled (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "informe.txt", NULL);
  g_autofree char *sample = read_sample ();
  g_autofree char *edited = edited_sample ();
  IndWindow *window;
  IndReport *report;

  write_file (path, sample);
  window = open_path (path);
  report = ind_window_get_report (window);
  write_file (path, edited);
  WAIT_FOR (_ind_window_offers_reread (window));

  activate (window, "win.reload");
  g_assert_true (ind_window_is_loading (window));
  g_assert_false (_ind_window_offers_reread (window));
  activate (window, "win.cancel-reading");
  g_assert_false (ind_window_is_loading (window));
  g_assert_true (_ind_window_offers_reread (window));
  wait_reads_returned (window);
  g_assert_null (find_error_dialog (window));
  g_assert_true (ind_window_get_report (window) == report);
  g_assert_cmpint (modificado (window, "101"), ==, 1475749981);

  close_and_forget (window, NULL);
  g_unlink (path);
  g_rmdir (dir);
}

/* The report written again while the window first read it, before the
 * window watched the file: whichever of the two the reading got, the
 * window never shows the old figures without offering the new ones. */
static void
test_changed_during_first_read (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "informe.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *sample = read_sample ();
  g_autofree char *edited = edited_sample ();
  IndWindow *window;

  write_file (path, sample);
  ind_test_date_back (path);
  window = new_window ();
  ind_window_open (window, file);
  write_file (path, edited);
  WAIT_FOR (!ind_window_is_loading (window));
  g_assert_true (ind_window_has_report (window));
  if (modificado (window, "101") == 1475749981)
    {
      g_test_message ("the reading got the report as it was before");
      /* seen as the window began to watch, not by the watch */
      g_assert_true (_ind_window_will_offer_reread (window));
      WAIT_FOR (_ind_window_offers_reread (window));
      activate (window, "win.reload");
      WAIT_FOR (!ind_window_is_loading (window));
    }
  g_assert_cmpint (modificado (window, "101"), ==, 1485749981);
  g_assert_null (find_error_dialog (window));

  close_and_forget (window, NULL);
  g_unlink (path);
  g_rmdir (dir);
}

/* A report that did not change since it was read is not offered again:
 * once the window watches it, no offer is shown or waiting. */
static void
test_unchanged_not_offered (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "informe.txt", NULL);
  g_autofree char *sample = read_sample ();
  IndWindow *window;

  write_file (path, sample);
  window = open_path (path);
  g_assert_true (_ind_window_is_monitoring (window));
  g_assert_false (_ind_window_will_offer_reread (window));
  g_assert_false (_ind_window_offers_reread (window));

  close_and_forget (window, NULL);
  g_unlink (path);
  g_rmdir (dir);
}

/* The bundled example is not a file of the user's: nothing to watch. */
static void
test_sample_not_watched (void)
{
  IndWindow *window = open_sample ();

  g_assert_false (_ind_window_is_monitoring (window));
  close_window (window);
}

static char *large_dir;
static char *large_path;

/* The 100,000-activity report of build-aux/generate-report, made once. */
static const char *
large_report (void)
{
  if (large_path == NULL)
    {
      g_autofree char *script = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "build-aux",
                                                  "generate-report", NULL);
      const char *argv[] = { "python3", script, "--activities", "100000", "--output", NULL, NULL };

      large_dir = ind_test_tmpdir ();
      large_path = g_build_filename (large_dir, "grande.txt", NULL);
      argv[5] = large_path;
      g_free (ind_test_run_tool (argv));
      g_assert_true (g_file_test (large_path, G_FILE_TEST_IS_REGULAR));
    }
  return large_path;
}

/* Cancel while a large report is read over the one shown: the window
 * shows the report it showed, with its title, selection and comments;
 * no error is said. */
static void
test_cancel_keeps_report (void)
{
  IndWindow *window = open_sample ();
  g_autoptr(GFile) large = g_file_new_for_path (large_report ());
  IndReport *report = ind_window_get_report (window);
  IndProject *project = _ind_window_get_project (window);
  g_autofree char *title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));

  g_assert_true (ind_project_set_remark (project, "103", REMARK_103));
  select_path (window, "101/C01/A02");
  g_assert_false (gtk_widget_get_visible (_ind_window_get_cancel_button (window)));

  ind_window_open (window, large);
  g_assert_true (ind_window_is_loading (window));
  /* the report stays in view while the other is read; "Cancelar" shows */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (_ind_window_get_main_stack (window)), ==, "report");
  g_assert_true (gtk_widget_get_visible (_ind_window_get_cancel_button (window)));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (_ind_window_get_cancel_button (window))), ==, "_Cancelar");

  g_signal_emit_by_name (_ind_window_get_cancel_button (window), "clicked");
  g_assert_false (ind_window_is_loading (window));
  g_assert_false (gtk_widget_get_visible (_ind_window_get_cancel_button (window)));
  wait_reads_returned (window);

  g_assert_null (find_error_dialog (window));
  g_assert_true (ind_window_get_report (window) == report);
  g_assert_true (_ind_window_get_project (window) == project);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);
  g_assert_cmpstr (selected_path (window), ==, "101/C01/A02");
  g_assert_cmpstr (ind_project_get_remark (project, "103"), ==, REMARK_103);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (_ind_window_get_main_stack (window)), ==, "report");

  close_and_forget (window, NULL);
}

/* Escape, as the window's shortcuts have it: TRUE if it did something,
 * FALSE if the key went on to whatever else wants it. */
static gboolean
press_escape (IndWindow *window)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  g_autoptr(GtkShortcutTrigger) escape = gtk_keyval_trigger_new (GDK_KEY_Escape, 0);
  guint found = 0;
  gboolean activated = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          /* the window's own, not those its children add to it */
          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), escape) &&
              GTK_IS_NAMED_ACTION (action) &&
              g_str_has_prefix (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "win."))
            {
              found++;
              activated = gtk_shortcut_action_activate (action, 0, GTK_WIDGET (window), NULL);
            }
        }
    }
  g_assert_cmpuint (found, ==, 1);
  return activated;
}

/* Escape while the first report is read: the empty page again, and no
 * error; while nothing is read, Escape is left to others (the search
 * bar, a dialog). */
static void
test_cancel_first_report (void)
{
  IndWindow *window = new_window ();
  g_autoptr(GFile) large = g_file_new_for_path (large_report ());
  g_autofree char *title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));

  g_assert_false (press_escape (window));
  ind_window_open (window, large);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (_ind_window_get_main_stack (window)), ==, "loading");
  g_assert_true (shows_text (gtk_stack_get_visible_child (_ind_window_get_main_stack (window)), "Cancelar"));

  g_assert_true (press_escape (window));
  g_assert_false (ind_window_is_loading (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (_ind_window_get_main_stack (window)), ==, "empty");
  wait_reads_returned (window);

  g_assert_null (find_error_dialog (window));
  g_assert_false (ind_window_has_report (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (_ind_window_get_main_stack (window)), ==, "empty");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ind_test_init_locale ();
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/window/reading/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/window/reading/changed-twice", test_changed_twice);
  g_test_add_func ("/window/reading/reload-cancelled", test_reload_cancelled);
  g_test_add_func ("/window/reading/changed-during-first-read", test_changed_during_first_read);
  g_test_add_func ("/window/reading/unchanged-not-offered", test_unchanged_not_offered);
  g_test_add_func ("/window/reading/sample-not-watched", test_sample_not_watched);
  g_test_add_func ("/window/reading/cancel-keeps-report", test_cancel_keeps_report);
  g_test_add_func ("/window/reading/cancel-first-report", test_cancel_first_report);

  status = g_test_run ();
  if (large_path != NULL)
    {
      g_unlink (large_path);
      g_rmdir (large_dir);
      g_free (large_path);
      g_free (large_dir);
    }
  return status;
}

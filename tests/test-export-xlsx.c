/* test-export-xlsx.c: the Excel workbook for the council, read back by an
 * independent reader (tests/check-xlsx.py, with openpyxl) and checked
 * against the model, amount by amount
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <linux/fs.h>
#endif

#include <json-glib/json-glib.h>
#include <poppler.h>

#include "ind-error.h"
#include "ind-export-xlsx.h"
#include "ind-format.h"
#include "ind-report-json.h"
#include "ind-test-util.h"

#define SKIPPED 77

/* Runs check-xlsx.py on @xlsx against @report as JSON, with the
 * semáforo's @bands ("3,10"; NULL: the defaults); returns its exit
 * status, with its findings in the test log. */
static int
run_checker (const char *xlsx,
             IndReport  *report,
             const char *bands,
             gboolean    recalculate)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *json_path = g_build_filename (dir, "report.json", NULL);
  g_autofree char *json = ind_report_to_json (report);
  g_autofree char *checker = g_test_build_filename (G_TEST_DIST, "check-xlsx.py", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = {
    "/usr/bin/python3", checker, xlsx, json_path,
    "--bands", bands != NULL ? bands : "5,15",
    recalculate ? "--recalculate" : NULL, NULL
  };
  int status;

  g_file_set_contents (json_path, json, -1, &error);
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("check-xlsx.py: %s%s", out, err);
  g_unlink (json_path);
  g_rmdir (dir);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
assert_workbook_matches (const char *xlsx,
                         IndReport  *report)
{
  g_assert_cmpint (run_checker (xlsx, report, NULL, FALSE), ==, 0);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* The names in @dir, sorted and joined by spaces: to see that no
 * temporary file was left. */
static char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **)names->pdata);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static IndItem *
add_item (IndReport  *report,
          IndItem    *parent,
          IndKind     kind,
          const char *clave,
          const char *path,
          const char *nombre,
          gint64      modificado,
          gint64      devengado,
          gint64      pagado)
{
  g_autoptr(IndItem) item = ind_item_new (kind, clave, path);

  ind_item_set_nombre (item, nombre);
  ind_item_set_money (item, IND_MONEY_MODIFICADO, modificado);
  ind_item_set_money (item, IND_MONEY_DEVENGADO, devengado);
  ind_item_set_money (item, IND_MONEY_PAGADO, pagado);
  if (parent != NULL)
    ind_item_append_child (parent, item);
  else
    ind_report_append_program (report, item);
  return item;  /* its parent or the report holds it */
}

/* Names a spreadsheet would read as formulas, a lost header, a program
 * with no budget, a negative and a very large amount, and a remark. */
static IndReport *
build_hostile_report (void)
{
  IndReport *report = ind_report_new (IND_FORMAT_TEXT);
  IndItem *program, *component, *activity;
  GDate period;

  g_date_clear (&period, 1);
  g_date_set_dmy (&period, 30, G_DATE_JUNE, 2024);
  ind_report_set_entity (report, "=ENTIDAD()");
  ind_report_set_title (report, "INDICADORES DE RESULTADOS AL 30 DE JUNIO DE 2024");
  ind_report_set_period_end (report, &period);

  program = add_item (report, NULL, IND_KIND_PROGRAMA, "201", "201", "=1+1",
                      100000000, 45000000, 39999999);
  component = add_item (report, program, IND_KIND_COMPONENTE, "Componente 01", "201/C01",
                        "+SUM(A1:A2)", 60000000, 30000000, 25000000);
  ind_item_set_percent (component, IND_PERCENT_PONDERADO, 60.0);
  activity = add_item (report, component, IND_KIND_ACTIVIDAD, "Actividad 01", "201/C01/A01",
                       "-2", 10000000, 5000000, 5000000);
  ind_item_set_percent (activity, IND_PERCENT_AVANCE_FINANCIERO, 50.0);
  ind_item_set_percent (activity, IND_PERCENT_AVANCE_FISICO, 0.0);
  ind_item_set_meta (activity, 12);
  ind_item_set_alcanzado (activity, 6);
  ind_item_set_unidad (activity, "@INFORME");
  activity = add_item (report, component, IND_KIND_ACTIVIDAD, "Actividad 02", "201/C01/A02",
                       "@HOLA", 50000000, 25000000, 20000000);
  ind_item_set_note (activity, "=HYPERLINK(\"http://example.com\",\"nota\")");
  component = add_item (report, program, IND_KIND_COMPONENTE, "Componente 02", "201/C02",
                        "=HYPERLINK(\"http://example.com\",\"clic\")", 40000000, 15000000, 14999999);
  add_item (report, component, IND_KIND_ACTIVIDAD, "Actividad 01", "201/C02/A01",
            "Ñandú «comillas» & <xml> ; 1,5", 40000000, 15000000, 15000000);
  add_item (report, component, IND_KIND_ACTIVIDAD, "Actividad 02", "201/C02/A02",
            "DEVOLUCIÓN", 0, 0, -1);

  program = add_item (report, NULL, IND_KIND_PROGRAMA, "202", "202", "SIN PRESUPUESTO", 0, 0, 0);
  {
    g_autoptr(IndItem) lost = ind_item_new (IND_KIND_COMPONENTE, NULL, "202/C?1");

    ind_item_set_missing (lost, TRUE);
    ind_item_append_child (program, lost);
    add_item (report, lost, IND_KIND_ACTIVIDAD, "Actividad 02", "202/C?1/A02",
              "=CMD|' /C calc'!A0", G_GINT64_CONSTANT (123456789012345), 1, 0);
  }

  ind_report_set_total (report, IND_MONEY_MODIFICADO, 100000000);
  {
    g_autoptr(IndDiagnostic) d1 =
      ind_diagnostic_new (IND_SEVERITY_ERROR, "missing-header", "202/C?1", 12, 3, "=mensaje");
    g_autoptr(IndDiagnostic) d2 =
      ind_diagnostic_new (IND_SEVERITY_INFO, "no-sumas", NULL, 0, 0, "-sin SUMAS");

    ind_report_add_diagnostic (report, d1);
    ind_report_add_diagnostic (report, d2);
  }
  return report;
}

static char *
export_to_tmp (IndReport  *report,
               char      **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = ind_export_xlsx_suggest_name (report);
  char *path;

  *dir = ind_test_tmpdir ();
  path = g_build_filename (*dir, name, NULL);
  g_assert_true (ind_export_xlsx (report, path, NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_sample (void)
{
  g_autoptr(IndReport) report = ind_test_load_sample ();
  g_autofree char *dir = NULL;
  g_autofree char *path = export_to_tmp (report, &dir);
  g_autofree char *files = list_dir (dir);

  g_assert_cmpstr (files, ==, "Indicadores 2024-T1.xlsx");
  assert_workbook_matches (path, report);
  remove_tree (dir);
}

/* The name the save dialog proposes; a report without a period or any
 * program still exports. */
static void
test_suggest_name (void)
{
  g_autoptr(IndReport) sample = ind_test_load_sample ();
  g_autoptr(IndReport) hostile = build_hostile_report ();
  g_autoptr(IndReport) empty = ind_report_new (IND_FORMAT_TEXT);
  g_autofree char *sample_name = ind_export_xlsx_suggest_name (sample);
  g_autofree char *hostile_name = ind_export_xlsx_suggest_name (hostile);
  g_autofree char *empty_name = ind_export_xlsx_suggest_name (empty);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  g_assert_cmpstr (sample_name, ==, "Indicadores 2024-T1.xlsx");
  g_assert_cmpstr (hostile_name, ==, "Indicadores 2024-T2.xlsx");
  g_assert_cmpstr (empty_name, ==, "Indicadores.xlsx");

  path = export_to_tmp (empty, &dir);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  remove_tree (dir);
}

/* A name that starts with =, +, - or @ stays text, in every sheet and in
 * LibreOffice's hands too. */
static void
test_formula_names (void)
{
  g_autoptr(IndReport) report = build_hostile_report ();
  g_autofree char *dir = NULL;
  g_autofree char *path = export_to_tmp (report, &dir);
  int status;

  status = run_checker (path, report, NULL, TRUE);
  if (status == SKIPPED)
    g_test_message ("LibreOffice is missing: only the static checks ran");
  else
    g_assert_cmpint (status, ==, 0);
  remove_tree (dir);
}

/* Debian's libxlsxwriter prints numbers with the locale's decimal
 * separator: under es_ES it would write 14757499,81. */
static void
test_decimal_comma (void)
{
  g_autoptr(IndReport) report = ind_test_load_sample ();
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  char number[16];

  if (setlocale (LC_ALL, "es_ES.UTF-8") == NULL)
    {
      g_test_skip ("The es_ES.UTF-8 locale is missing (build-aux/install-deps makes it)");
      return;
    }
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");

  path = export_to_tmp (report, &dir);

  /* the caller's locale is back */
  g_snprintf (number, sizeof number, "%.2f", 1.5);
  g_assert_cmpstr (number, ==, "1,50");
  setlocale (LC_ALL, "");

  assert_workbook_matches (path, report);
  remove_tree (dir);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
export_async (IndReport    *report,
              const char   *path,
              GCancellable *cancellable)
{
  GAsyncResult *result = NULL;

  ind_export_async (report, ind_export_xlsx, path, NULL, cancellable, on_exported, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return result;
}

static void
test_async (void)
{
  g_autoptr(IndReport) report = ind_test_load_sample ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "async.xlsx", NULL);
  g_autoptr(GAsyncResult) done = NULL;
  g_autoptr(GAsyncResult) cancelled = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *files = NULL;

  done = export_async (report, path, NULL);
  g_assert_true (ind_export_finish (report, done, &error));
  g_assert_no_error (error);
  assert_workbook_matches (path, report);
  g_unlink (path);

  g_cancellable_cancel (cancellable);
  cancelled = export_async (report, path, cancellable);
  g_assert_false (ind_export_finish (report, cancelled, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  files = list_dir (dir);
  g_assert_cmpstr (files, ==, "");
  remove_tree (dir);
}

/* Makes @dir refuse new files, or accept them again. Root ignores
 * permission bits, so as root the folder is made immutable (chattr +i),
 * which binds root as well; other users get a plain 0555 folder. FALSE
 * where neither can be done (a file system without the immutable flag). */
static gboolean
set_read_only (const char *dir,
               gboolean    read_only)
{
  if (geteuid () != 0)
    return g_chmod (dir, read_only ? 0555 : 0755) == 0;
#ifdef FS_IOC_SETFLAGS
  {
    int fd = g_open (dir, O_RDONLY | O_DIRECTORY, 0);
    int flags = 0;
    gboolean ok;

    if (fd < 0)
      return FALSE;
    ok = ioctl (fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (ok)
      {
        flags = read_only ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ioctl (fd, FS_IOC_SETFLAGS, &flags) == 0;
      }
    close (fd);
    return ok;
  }
#else
  return FALSE;
#endif
}

static void
test_read_only_folder (void)
{
  g_autoptr(IndReport) report = ind_test_load_sample ();
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *old = g_build_filename (dir, "anterior.xlsx", NULL);
  g_autofree char *plain = g_build_filename (dir, "informe.txt", NULL);
  g_autofree char *under_file = g_build_filename (plain, "nuevo.xlsx", NULL);
  g_autofree char *fresh = g_build_filename (dir, "nuevo.xlsx", NULL);
  g_autofree char *probe = g_build_filename (dir, "probe", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *files = NULL;
  g_autoptr(GError) error = NULL;
  gboolean replaced, created;
  int probe_fd, probe_errno;
  g_autoptr(GError) replace_error = NULL;
  g_autoptr(GError) create_error = NULL;

  g_file_set_contents (old, "old workbook", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (plain, "not a folder", -1, &error);
  g_assert_no_error (error);

  /* A "folder" that is a file fails for root too. */
  g_assert_false (ind_export_xlsx (report, under_file, NULL, NULL, &error));
  g_assert_error (error, IND_ERROR, IND_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "nuevo.xlsx"));
  g_clear_error (&error);

  if (!set_read_only (dir, TRUE))
    {
      g_test_skip ("This file system cannot make a folder read-only for this user "
                   "(root needs the immutable flag, chattr +i)");
      remove_tree (dir);
      return;
    }
  probe_fd = g_open (probe, O_WRONLY | O_CREAT, 0644);
  probe_errno = errno;
  replaced = ind_export_xlsx (report, old, NULL, NULL, &replace_error);
  created = ind_export_xlsx (report, fresh, NULL, NULL, &create_error);
  g_assert_true (set_read_only (dir, FALSE));

  g_assert_cmpint (probe_fd, <, 0);
  g_assert_false (replaced);
  g_assert_error (replace_error, IND_ERROR, IND_ERROR_WRITE);
  g_test_message ("%s", replace_error->message);
  g_assert_nonnull (strstr (replace_error->message, "anterior.xlsx"));
  /* The reason is the app's own sentence in the user's language (the
   * export switches only LC_NUMERIC), naming the folder. */
  g_assert_true (probe_errno == EPERM || probe_errno == EACCES);
  g_assert_nonnull (strstr (replace_error->message, "no tiene permiso para escribir en la carpeta"));
  g_assert_false (created);
  g_assert_error (create_error, IND_ERROR, IND_ERROR_WRITE);
  g_assert_nonnull (strstr (create_error->message, "nuevo.xlsx"));

  g_file_get_contents (old, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "old workbook");
  files = list_dir (dir);
  g_assert_cmpstr (files, ==, "anterior.xlsx informe.txt");
  remove_tree (dir);
}

static IndItem *
last_item (IndReport *report)
{
  IndItem *item = ind_report_get_program (report, ind_report_get_n_programs (report) - 1);

  while (ind_item_get_n_children (item) > 0)
    item = ind_item_get_child (item, ind_item_get_n_children (item) - 1);
  return item;
}

/* An existing workbook is replaced only by a complete new one. */
static void
test_replace_only_on_success (void)
{
  g_autoptr(IndReport) report = ind_test_load_sample ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "consejo.xlsx", NULL);
  g_autofree char *long_note = g_strnfill (40000, 'x');
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  char *files = NULL;
  gsize length;

  g_file_set_contents (path, "the workbook of last quarter", -1, &error);
  g_assert_no_error (error);

  /* cancelled */
  g_cancellable_cancel (cancellable);
  g_assert_false (ind_export_xlsx (report, path, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "the workbook of last quarter");
  g_clear_pointer (&contents, g_free);
  files = list_dir (dir);
  g_assert_cmpstr (files, ==, "consejo.xlsx");
  g_clear_pointer (&files, g_free);

  /* failing midway: the last row of Detalle holds a remark longer than
   * an Excel cell can */
  ind_item_set_note (last_item (report), long_note);
  g_assert_false (ind_export_xlsx (report, path, NULL, NULL, &error));
  g_assert_error (error, IND_ERROR, IND_ERROR_WRITE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "consejo.xlsx"));
  g_clear_error (&error);
  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "the workbook of last quarter");
  g_clear_pointer (&contents, g_free);
  files = list_dir (dir);
  g_assert_cmpstr (files, ==, "consejo.xlsx");
  g_clear_pointer (&files, g_free);

  /* success */
  ind_item_set_note (last_item (report), "Revisar con Tesorería");
  g_assert_true (ind_export_xlsx (report, path, NULL, NULL, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, &length, NULL);
  g_assert_cmpuint (length, >, 4);
  g_assert_cmpmem (contents, 2, "PK", 2);
  g_free (contents);
  files = list_dir (dir);
  g_assert_cmpstr (files, ==, "consejo.xlsx");
  g_free (files);
  assert_workbook_matches (path, report);
  remove_tree (dir);
}

static int
run_cli (const char * const *args,
         const char         *lc_all,
         char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status;

  g_ptr_array_add (argv, (char *)g_getenv ("INDICADORES_BIN"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *)args[i]);
  g_ptr_array_add (argv, NULL);
  if (lc_all != NULL)
    envp = g_environ_setenv (envp, "LC_ALL", lc_all, TRUE);

  g_spawn_sync (NULL, (char **)argv->pdata, envp, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_cli (void)
{
  g_autoptr(IndReport) report = ind_test_load_sample ();
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *out = g_build_filename (dir, "cli.xlsx", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "no-such-folder", "cli.xlsx", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-report.txt", NULL);
  g_autofree char *err = NULL;
  const char *export_sample[] = { "--export-xlsx", out, ind_test_sample_path (), NULL };
  const char *export_nowhere[] = { "--export-xlsx", nowhere, ind_test_sample_path (), NULL };
  const char *export_missing[] = { "--export-xlsx", out, missing, NULL };

  g_assert_cmpint (run_cli (export_nowhere, NULL, &err), ==, 3);
  g_assert_nonnull (strstr (err, "cli.xlsx"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (export_missing, NULL, &err), ==, 2);
  g_assert_nonnull (strstr (err, "no-such-report.txt"));
  g_clear_pointer (&err, g_free);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  /* a decimal-comma locale changes nothing in the file */
  if (setlocale (LC_NUMERIC, "es_ES.UTF-8") == NULL)
    {
      g_test_skip ("The es_ES.UTF-8 locale is missing (build-aux/install-deps makes it)");
      remove_tree (dir);
      return;
    }
  setlocale (LC_NUMERIC, "");
  g_assert_cmpint (run_cli (export_sample, "es_ES.UTF-8", &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  assert_workbook_matches (out, report);
  remove_tree (dir);
}

/* ---- Remarks and the comparison ----------------------------------------- */

static void
add_centavos (JsonBuilder      *builder,
              const char       *member,
              IndComparisonRow *row,
              IndMoney          column)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint p = 0; p < ind_comparison_row_get_n_periods (row); p++)
    {
      gint64 centavos;

      if (ind_comparison_row_get_money (row, p, column, &centavos))
        json_builder_add_int_value (builder, centavos);
      else
        json_builder_add_null_value (builder);
    }
  json_builder_end_array (builder);
}

static void
add_rows (JsonBuilder *builder,
          const char  *member,
          GListModel  *rows)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(IndComparisonRow) row = g_list_model_get_item (rows, i);
      IndChange changes = ind_comparison_row_get_changes (row);
      g_autoptr(GString) text = g_string_new (NULL);

      /* the words a reader of the sheet sees, in Spanish */
      if (changes & IND_CHANGE_ADDED)
        g_string_append (text, "nuevo");
      if (changes & IND_CHANGE_VANISHED)
        g_string_append_printf (text, "%sdesapareció", text->len > 0 ? ", " : "");
      if (changes & IND_CHANGE_RENAMED)
        g_string_append_printf (text, "%srenombrado", text->len > 0 ? ", " : "");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "path");
      json_builder_add_string_value (builder, ind_comparison_row_get_path (row));
      json_builder_set_member_name (builder, "nombre");
      json_builder_add_string_value (builder, ind_comparison_row_get_nombre (row));
      add_centavos (builder, "modificado", row, IND_MONEY_MODIFICADO);
      add_centavos (builder, "devengado", row, IND_MONEY_DEVENGADO);
      json_builder_set_member_name (builder, "changes");
      json_builder_add_string_value (builder, text->str);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* [path, nombre, period] lines, as the sheet lists the changes. */
static void
add_lines (JsonBuilder        *builder,
           const char         *member,
           const char * const *lines)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; lines[i] != NULL; i += 3)
    {
      json_builder_begin_array (builder);
      if (*lines[i] != '\0')
        json_builder_add_string_value (builder, lines[i]);
      else
        json_builder_add_null_value (builder);
      json_builder_add_string_value (builder, lines[i + 1]);
      json_builder_add_string_value (builder, lines[i + 2]);
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);
}

/* What check-xlsx-extras.py expects of a workbook of the sample with the
 * remarks of ind_test_write_remarks() and, if @comparison, beside the
 * second quarter. */
static char *
extras_expected (gboolean comparison)
{
  static const char *added[] = {
    "101/C01/A06", "REALIZAR 4 CAMPAÑAS DE REGULARIZACIÓN DE TOMAS CLANDESTINAS", "T2 2024", NULL,
  };
  static const char *vanished[] = {
    "101/C02/A05",
    "REALIZAR 4 REPORTES DE LA SITUACION QUE GUARDA LOS CONVENIOS Y LAS ACTIVIDADES DE RECUPERACIÓN QUE S",
    "T1 2024", NULL,
  };
  static const char *renamed[] = {
    "102/C01/A06", "REALIZAR INFORME DE ACTIVIDADES DE LA UNIDAD DE TRANSPARENCIA", "T1 2024",
    "", "ELABORAR EL INFORME ANUAL DE ACTIVIDADES DE LA UNIDAD DE TRANSPARENCIA", "T2 2024", NULL,
  };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "remarks");
  json_builder_begin_object (builder);
  for (guint i = 0; i < IND_TEST_N_REMARKS; i++)
    if (!g_str_equal (ind_test_remarks[i].path, "101/C01/A06"))
      {
        json_builder_set_member_name (builder, ind_test_remarks[i].path);
        json_builder_add_string_value (builder, ind_test_remarks[i].text);
      }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "orphans");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "path");
  json_builder_add_string_value (builder, "101/C01/A06");
  json_builder_set_member_name (builder, "nombre");
  json_builder_add_string_value (builder, added[1]);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, ind_test_remarks[3].text);
  json_builder_end_object (builder);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "comparison");
  if (!comparison)
    json_builder_add_null_value (builder);
  else
    {
      g_autoptr(IndReport) sample = ind_test_load_sample ();
      g_autoptr(IndComparison) quarters = ind_test_compare_with_second_quarter (sample);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "periods");
      json_builder_begin_array (builder);
      json_builder_add_string_value (builder, "T1 2024");
      json_builder_add_string_value (builder, "T2 2024");
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "paces");
      json_builder_begin_array (builder);
      json_builder_add_double_value (builder, 0.25);
      json_builder_add_double_value (builder, 0.5);
      json_builder_end_array (builder);
      add_rows (builder, "programs", ind_comparison_get_programs (quarters));
      add_rows (builder, "rows", ind_comparison_get_rows (quarters));
      add_lines (builder, "added", added);
      add_lines (builder, "vanished", vanished);
      add_lines (builder, "renamed", renamed);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, TRUE);
}

static int
run_extras_checker (const char *xlsx,
                    gboolean    comparison)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *json_path = g_build_filename (dir, "expected.json", NULL);
  g_autofree char *json = extras_expected (comparison);
  g_autofree char *checker = g_test_build_filename (G_TEST_DIST, "check-xlsx-extras.py", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "/usr/bin/python3", checker, xlsx, json_path, NULL };
  int status;

  g_file_set_contents (json_path, json, -1, &error);
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("check-xlsx-extras.py: %s%s", out, err);
  remove_tree (dir);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* The remarks on Resumen (programs) and Detalle, the one whose item is
 * gone on Observaciones; the comparison's sheet with its figures to the
 * centavo, its formulas, its chart and the lists of changes. */
static void
test_remarks_and_comparison (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *remarks = ind_test_write_remarks (dir);
  g_autofree char *with = g_build_filename (dir, "con-comparacion.xlsx", NULL);
  g_autofree char *without = g_build_filename (dir, "sin-comparacion.xlsx", NULL);
  g_autoptr(IndProject) project = ind_test_load_remarks_on_sample (remarks);
  IndReport *report = ind_project_get_report (project);
  g_autoptr(IndComparison) quarters = ind_test_compare_with_second_quarter (report);
  IndExportOptions options;
  g_autoptr(GError) error = NULL;

  /* the model the sheet is checked against */
  g_assert_cmpstr (ind_item_get_note (ind_report_find_item (report, "101")), ==, ind_test_remarks[0].text);
  {
    IndComparisonRow *p104 = ind_comparison_find_row (quarters, "104");
    gint64 devengado;

    g_assert_true (ind_comparison_row_get_money (p104, 1, IND_MONEY_DEVENGADO, &devengado));
    g_assert_cmpint (devengado, ==, 4977417988);
  }

  ind_export_options_init (&options);
  g_assert_null (options.project);
  g_assert_null (options.comparison);
  options.project = project;
  g_assert_true (ind_export_xlsx (report, without, &options, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (run_extras_checker (without, FALSE), ==, 0);

  options.comparison = quarters;
  g_assert_true (ind_export_xlsx (report, with, &options, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (run_extras_checker (with, TRUE), ==, 0);
  remove_tree (dir);
}

/* The thread holds the project and the comparison: the caller may drop
 * its own references at once. */
static void
test_async_comparison (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *remarks = ind_test_write_remarks (dir);
  g_autofree char *path = g_build_filename (dir, "async.xlsx", NULL);
  IndProject *project = ind_test_load_remarks_on_sample (remarks);
  g_autoptr(IndReport) report = g_object_ref (ind_project_get_report (project));
  IndExportOptions options;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  ind_export_options_init (&options);
  options.project = project;
  options.comparison = ind_test_compare_with_second_quarter (report);
  ind_export_async (report, ind_export_xlsx, path, &options, NULL, on_exported, &result);
  g_object_unref (options.comparison);
  g_object_unref (project);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (ind_export_finish (report, result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (run_extras_checker (path, TRUE), ==, 0);
  remove_tree (dir);
}

/* The same workbook from the command line, and what it refuses. */
static void
test_cli_remarks_and_comparison (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *remarks = ind_test_write_remarks (dir);
  g_autofree char *june = ind_test_fixture_path (IND_TEST_SECOND_QUARTER);
  g_autofree char *out = g_build_filename (dir, "cli.xlsx", NULL);
  g_autofree char *err = NULL;
  const char *export[] = {
    "--export-xlsx", out, "--remarks", remarks, "--compare", june, ind_test_sample_path (), NULL,
  };

  g_assert_cmpint (run_cli (export, NULL, &err), ==, 0);
  /* the remark without an item is said, not an error */
  g_assert_nonnull (strstr (err, "observaciones.indicadores: 1 comentario es sobre un elemento"));
  g_assert_cmpint (run_extras_checker (out, TRUE), ==, 0);
  remove_tree (dir);
}

/* Comparación has a column per figure and period: past the columns it
 * can hold, the workbook is refused, not cut. */
static void
test_too_many_periods (void)
{
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(IndComparison) comparison = NULL;
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "diez-años.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  IndExportOptions options;

  /* 42 quarters, from March 2014 */
  for (guint q = 0; q < 42; q++)
    {
      IndReport *report = ind_test_load_sample ();
      g_autoptr(GDate) end = g_date_new_dmy (1, 3 * (q % 4) + 3, 2014 + q / 4);

      g_date_set_day (end, g_date_get_days_in_month (g_date_get_month (end), g_date_get_year (end)));
      ind_report_set_period_end (report, end);
      g_ptr_array_add (reports, report);
    }
  comparison = ind_comparison_new ((IndReport **)reports->pdata, reports->len, &error);
  g_assert_no_error (error);
  ind_export_options_init (&options);
  options.comparison = comparison;
  g_assert_false (ind_export_xlsx (g_ptr_array_index (reports, 0), path, &options, NULL, &error));
  g_assert_error (error, IND_ERROR, IND_ERROR_WRITE);
  g_assert_cmpstr (error->message, ==, "No se pudo escribir «diez-años.xlsx»: un libro compara 41 periodos como máximo.");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

/* The semáforo's rules take the bands of the export, and the pace from
 * its cell. */
static void
test_bands (void)
{
  g_autoptr(IndReport) report = ind_test_load_sample ();
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "bandas.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  IndExportOptions options;

  ind_export_options_init (&options);
  options.bands.green = 3;
  options.bands.yellow = 10;
  g_assert_true (ind_export_xlsx (report, path, &options, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (run_checker (path, report, "3,10", FALSE), ==, 0);
  /* the checker tells the bands apart */
  g_assert_cmpint (run_checker (path, report, "5,15", FALSE), ==, 1);
  remove_tree (dir);
}

/* LibreOffice converts @xlsx into @dir/NAME.pdf, with a profile of its
 * own in @dir; FALSE when it is not installed. */
static gboolean
print_with_libreoffice (const char *xlsx,
                        const char *dir)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *profile = NULL;
  g_autofree char *user_installation = NULL;
  g_auto(GStrv) env = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (soffice == NULL)
    return FALSE;
  profile = g_build_filename (dir, "profile", NULL);
  user_installation = g_strconcat ("-env:UserInstallation=file://", profile, NULL);
  /* fatal-criticals would turn LibreOffice's own complaints (dconf in a
   * throwaway HOME) into a crash */
  env = g_environ_unsetenv (g_get_environ (), "G_DEBUG");
  env = g_environ_setenv (env, "HOME", dir, TRUE);
  {
    const char *argv[] = {
      soffice, "--headless", "--norestore", "--nolockcheck", user_installation,
      "--convert-to", "pdf", "--outdir", dir, xlsx, NULL
    };

    g_spawn_sync (NULL, (char **)argv, env, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                  NULL, NULL, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return TRUE;
}

/* Whether LibreOffice has Carlito for the workbook's Calibri, as Excel
 * has Calibri: with a wider font in its place, every page is smaller. */
static gboolean
has_calibri_metrics (void)
{
  const char *argv[] = { "fc-match", "--format=%{family}", "Calibri", NULL };
  g_autofree char *family = NULL;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &family, NULL, NULL, NULL))
    return FALSE;
  return strstr (family, "Carlito") != NULL || strstr (family, "Calibri") != NULL;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* The size of each character of @page, in points, into @sizes. */
static void
collect_font_sizes (PopplerPage *page,
                    GArray      *sizes)
{
  GList *attributes = poppler_page_get_text_attributes (page);

  for (GList *l = attributes; l != NULL; l = l->next)
    {
      PopplerTextAttributes *a = l->data;

      for (int i = a->start_index; i <= a->end_index; i++)
        g_array_append_val (sizes, a->font_size);
    }
  poppler_page_free_text_attributes (attributes);
}

/* Every word of @name, in order, in @text from @from on, none of them
 * cut: poppler gives the cells in an order of its own, joined without
 * spaces, but each cell's words in theirs. */
static void
find_words (const char *text,
            const char *from,
            const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *found = *words[i] != '\0' ? strstr (from, words[i]) : from;

      if (found == NULL)
        g_error ("«%s» of «%s» is not whole on the printed page:\n%s", words[i], name, text);
      from = found + strlen (words[i]);
    }
}

/* The sample's workbook as LibreOffice prints it, the way a council
 * member gets it on paper: Resumen on its page with every program's
 * name whole; Detalle over several pages, its header on each, and its
 * text at 7 pt or more, not squeezed onto one page. */
static void
test_printed (void)
{
  g_autoptr(IndReport) report = ind_test_load_sample ();
  g_autofree char *dir = NULL;
  g_autofree char *xlsx = export_to_tmp (report, &dir);
  g_autofree char *pdf = g_build_filename (dir, "Indicadores 2024-T1.pdf", NULL);
  g_autofree char *uri = NULL;
  g_autoptr(GObject) document = NULL;
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  guint detalle = 0, resumen = 0;
  double median;

  if (!has_calibri_metrics ())
    {
      g_test_skip ("Carlito is not installed: build-aux/install-deps --tests installs it");
      remove_tree (dir);
      return;
    }
  if (!print_with_libreoffice (xlsx, dir))
    {
      g_test_skip ("LibreOffice (soffice) is not installed: build-aux/install-deps --tests installs it");
      remove_tree (dir);
      return;
    }

  uri = g_filename_to_uri (pdf, NULL, &error);
  g_assert_no_error (error);
  document = G_OBJECT (poppler_document_new_from_file (uri, NULL, &error));
  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (POPPLER_DOCUMENT (document)); i++)
    {
      g_autoptr(GObject) object = G_OBJECT (poppler_document_get_page (POPPLER_DOCUMENT (document), i));
      PopplerPage *page = POPPLER_PAGE (object);
      g_autofree char *text = poppler_page_get_text (page);
      double width, height;

      /* Letter, landscape */
      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, 792, 1);
      g_assert_cmpfloat_with_epsilon (height, 612, 1);
      /* the footer names the entity and the sheet */
      g_assert_nonnull (strstr (text, ind_report_get_entity (report)));
      if (strstr (text, "Resumen · página") != NULL)
        {
          /* the table, below the title */
          const char *table = strstr (text, "Nombre");

          resumen++;
          g_assert_nonnull (table);
          for (guint p = 0; p < ind_report_get_n_programs (report); p++)
            find_words (text, table, ind_item_get_nombre (ind_report_get_program (report, p)));
        }
      if (strstr (text, "Detalle · página") == NULL)
        continue;
      detalle++;
      /* the header, repeated */
      g_assert_nonnull (strstr (text, "Modificado"));
      g_assert_nonnull (strstr (text, "Alcanzado"));
      collect_font_sizes (page, sizes);
    }
  g_assert_cmpuint (resumen, ==, 1);
  g_test_message ("Detalle: %u pages", detalle);
  g_assert_cmpuint (detalle, >=, 3);

  g_array_sort (sizes, compare_doubles);
  median = g_array_index (sizes, double, sizes->len / 2);
  g_test_message ("Detalle: median text size %.2f pt over %u characters", median, sizes->len);
  g_assert_cmpfloat (median, >=, 7.0);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  ind_test_init (&argc, &argv);

  g_test_add_func ("/export-xlsx/sample", test_sample);
  g_test_add_func ("/export-xlsx/suggest-name", test_suggest_name);
  g_test_add_func ("/export-xlsx/formula-names", test_formula_names);
  g_test_add_func ("/export-xlsx/decimal-comma", test_decimal_comma);
  g_test_add_func ("/export-xlsx/async", test_async);
  g_test_add_func ("/export-xlsx/read-only-folder", test_read_only_folder);
  g_test_add_func ("/export-xlsx/replace-only-on-success", test_replace_only_on_success);
  g_test_add_func ("/export-xlsx/cli", test_cli);
  g_test_add_func ("/export-xlsx/remarks-and-comparison", test_remarks_and_comparison);
  g_test_add_func ("/export-xlsx/async-comparison", test_async_comparison);
  g_test_add_func ("/export-xlsx/cli-remarks-and-comparison", test_cli_remarks_and_comparison);
  g_test_add_func ("/export-xlsx/too-many-periods", test_too_many_periods);
  g_test_add_func ("/export-xlsx/bands", test_bands);
  g_test_add_func ("/export-xlsx/printed", test_printed);

  return g_test_run ();
}

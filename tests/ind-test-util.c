/* ind-test-util.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <utime.h>

#include <json-glib/json-glib.h>

#include "ind-comparison.h"
#include "ind-load.h"
#include "ind-project.h"
#include "ind-raw-table-private.h"
#include "ind-report-json.h"
#include "ind-test-util.h"

/* The locale of the environment, with the catalogs of the build tree. */
void
ind_test_init_locale (void)
{
  const char *localedir = g_getenv ("INDICADORES_LOCALEDIR");

  setlocale (LC_ALL, "");
  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

void
ind_test_init (int    *argc,
               char ***argv)
{
  ind_test_init_locale ();
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
}

const char *
ind_test_sample_path (void)
{
  const char *path = g_getenv ("INDICADORES_SAMPLE");

  g_assert_nonnull (path);
  return path;
}

IndReport *
ind_test_load_sample (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (ind_test_sample_path ());
  g_autoptr(GError) error = NULL;
  IndReport *report = ind_report_load (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

IndReport *
ind_test_load_string (const char  *text,
                      GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return ind_report_load_bytes (bytes, "prueba.txt", NULL, error);
}

/* A file of tests/fixtures. */
char *
ind_test_fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
}

IndReport *
ind_test_load_fixture (const char *name)
{
  g_autofree char *path = ind_test_fixture_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  IndReport *report = ind_report_load (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

/* Rows separated by "\n", cells by "\t"; line numbers from 1. */
IndRawTable *
ind_test_table_from_tsv (IndFormat   format,
                         const char *tsv)
{
  IndRawTable *table = ind_raw_table_new (format);
  g_auto(GStrv) lines = g_strsplit (tsv, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    ind_raw_table_add_row_split (table, lines[i], strlen (lines[i]), '\t', i + 1, 0);
  return table;
}

/* A fresh folder under $TMPDIR, which the test setup points into the
 * build tree (tests/meson.build). */
char *
ind_test_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("indicadores-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* Dates the file at @path a minute back. File times are coarse (a tick
 * of the kernel's clock): written again now, the file has another time,
 * and so another entity tag, however close the two writes. */
void
ind_test_date_back (const char *path)
{
  time_t back = time (NULL) - 60;

  g_assert_cmpint (g_utime (path, &(struct utimbuf) { back, back }), ==, 0);
}

/* Runs a tool of poppler-utils (pdfinfo, pdftotext…) and returns what it
 * printed; fails the test if it cannot run or fails. */
char *
ind_test_run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

IndDiagnostic *
ind_test_find_diagnostic (IndReport  *report,
                          const char *code,
                          const char *path)
{
  GListModel *diagnostics = ind_report_get_diagnostics (report);

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(IndDiagnostic) d = g_list_model_get_item (diagnostics, i);

      if (g_str_equal (ind_diagnostic_get_code (d), code) &&
          (path == NULL || g_strcmp0 (ind_diagnostic_get_path (d), path) == 0))
        return d; /* the report keeps its own reference */
    }
  return NULL;
}

/* Diagnostics with @code, about @path (any path when NULL). */
guint
ind_test_count_code (IndReport  *report,
                     const char *code,
                     const char *path)
{
  GListModel *diagnostics = ind_report_get_diagnostics (report);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(IndDiagnostic) d = g_list_model_get_item (diagnostics, i);

      if (g_str_equal (ind_diagnostic_get_code (d), code) &&
          (path == NULL || g_strcmp0 (ind_diagnostic_get_path (d), path) == 0))
        count++;
    }
  return count;
}

/* Drops what legitimately differs between formats: the format name and
 * where each row stood in its source. */
static void
strip_source (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      json_object_remove_member (object, "format");
      json_object_remove_member (object, "line");
      json_object_remove_member (object, "page");
      for (GList *l = members; l != NULL; l = l->next)
        if (json_object_has_member (object, l->data))
          strip_source (json_object_get_member (object, l->data));
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        strip_source (json_array_get_element (array, i));
    }
}

static char *
model_json (IndReport *report)
{
  g_autofree char *json = ind_report_to_json (report);
  g_autoptr(JsonNode) root = json_from_string (json, NULL);

  g_assert_nonnull (root);
  strip_source (root);
  return json_to_string (root, TRUE);
}

/* The same model: equal JSON apart from format, line and page. */
void
ind_test_assert_same_model (IndReport *expected,
                            IndReport *actual)
{
  g_autofree char *a = model_json (expected);
  g_autofree char *b = model_json (actual);

  g_assert_cmpstr (a, ==, b);
}

/* The staff's remarks, written on the second quarter. */
const IndTestRemark ind_test_remarks[IND_TEST_N_REMARKS] = {
  { "101", "El programa 101 va adelantado porque se pagó el convenio anual de recaudación en el primer trimestre." },
  /* not a formula, whatever a spreadsheet thinks */
  { "102", "=2+2 no es una fórmula: la unidad de transparencia repite el informe." },
  { "104/C01", "Nómina del trimestre." },
  /* new in June: orphaned on the sample */
  { "101/C01/A06", "Campaña nueva aprobada por el consejo en abril; se ejerce desde el segundo trimestre." },
};

/**
 * ind_test_write_remarks:
 *
 * Writes ind_test_remarks, as written on the second quarter's report, to
 * a project file in @dir and returns its path.
 */
char *
ind_test_write_remarks (const char *dir)
{
  g_autofree char *report_path = ind_test_fixture_path (IND_TEST_SECOND_QUARTER);
  g_autoptr(GFile) report_file = g_file_new_for_path (report_path);
  g_autoptr(IndReport) report = ind_test_load_fixture (IND_TEST_SECOND_QUARTER);
  g_autoptr(IndProject) project = ind_project_new (report, report_file);
  char *path = g_build_filename (dir, "observaciones" IND_PROJECT_SUFFIX, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < IND_TEST_N_REMARKS; i++)
    g_assert_true (ind_project_set_remark (project, ind_test_remarks[i].path, ind_test_remarks[i].text));
  g_assert_true (ind_project_save (project, file, &error));
  g_assert_no_error (error);
  return path;
}

/* The project of ind_test_write_remarks() on the sample: the remark on
 * 101/C01/A06 is an orphan there. */
IndProject *
ind_test_load_remarks_on_sample (const char *project_path)
{
  g_autoptr(GFile) file = g_file_new_for_path (project_path);
  g_autoptr(GFile) sample = g_file_new_for_path (ind_test_sample_path ());
  g_autoptr(GError) error = NULL;
  IndProject *project = ind_project_load (file, sample, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ind_project_get_orphans (project)), ==, 1);
  return project;
}

/* @report beside the second quarter. */
IndComparison *
ind_test_compare_with_second_quarter (IndReport *report)
{
  g_autoptr(IndReport) june = ind_test_load_fixture (IND_TEST_SECOND_QUARTER);
  IndReport *reports[] = { report, june };
  g_autoptr(GError) error = NULL;
  IndComparison *comparison = ind_comparison_new (reports, G_N_ELEMENTS (reports), &error);

  g_assert_no_error (error);
  return comparison;
}

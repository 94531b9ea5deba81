/* test-project.c: remarks for the council are never lost
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include "ind-error.h"
#include "ind-load.h"
#include "ind-project.h"
#include "ind-test-util.h"

#define REMARK_MULTILINE "Se adelantó el pago anual de apoyos a jubilados.\n\nSe regulariza en el segundo trimestre: «INAPAM»."
/* The line of 101/C02/A05, the only one ending so. */
#define A05_TAIL "\t5\t0 REPORTE\n"
#define RENAMED_FROM "REALIZAR INFORME DE ACTIVIDADES DE LA UNIDAD DE TRANSPARENCIA"
#define RENAMED_TO "ELABORAR EL INFORME ANUAL DE ACTIVIDADES DE LA UNIDAD DE TRANSPARENCIA"

/* The writer that /project/atomic-kill starts and kills. */
#define WRITER_ENV "INDICADORES_TEST_WRITER"
#define WRITER_PATHS 20

static const char *self_exe;

static char *
sample_text (void)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (ind_test_sample_path (), &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static GFile *
write_text (const char *dir,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static GFile *
copy_sample (const char *dir,
             const char *name)
{
  g_autofree char *text = sample_text ();

  return write_text (dir, name, text);
}

static GFile *
child (const char *dir,
       const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return g_file_new_for_path (path);
}

static IndProject *
open_ok (GFile *file)
{
  g_autoptr(GError) error = NULL;
  IndProject *project = ind_project_open (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);
  return project;
}

static IndProject *
load_ok (GFile *project_file,
         GFile *report_file)
{
  g_autoptr(GError) error = NULL;
  IndProject *project = ind_project_load (project_file, report_file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);
  return project;
}

static void
save_ok (IndProject *project,
         GFile      *file)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ind_project_save (project, file, &error));
  g_assert_no_error (error);
}

static IndItem *
item (IndProject *project,
      const char *path)
{
  IndItem *found = ind_report_find_item (ind_project_get_report (project), path);

  g_assert_nonnull (found);
  return found;
}

static JsonObject *
read_json (GFile *file)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* Borrowed: the model keeps its own reference. */
static IndRemark *
remark_at (GListModel *remarks,
           guint       position)
{
  g_autoptr(IndRemark) remark = g_list_model_get_item (remarks, position);

  g_assert_nonnull (remark);
  return remark;
}

static char *
remark_paths (GListModel *remarks)
{
  GString *paths = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (remarks); i++)
    {
      g_autoptr(IndRemark) remark = g_list_model_get_item (remarks, i);

      g_string_append_printf (paths, "%s%s", i > 0 ? " " : "", ind_remark_get_path (remark));
    }
  return g_string_free (paths, FALSE);
}

static void
test_checksum (void)
{
  g_autoptr(IndReport) report = ind_test_load_sample ();
  g_autofree char *text = NULL;
  gsize length;
  g_autofree char *expected = NULL;

  g_assert_true (g_file_get_contents (ind_test_sample_path (), &text, &length, NULL));
  expected = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)text, length);
  g_assert_cmpstr (ind_report_get_source_checksum (report), ==, expected);
  g_assert_cmpuint (strlen (expected), ==, 64);
}

/* Written, saved, closed, opened again: as the report, as the project. */
static void
test_reopen (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autoptr(GFile) report_file = copy_sample (dir, "informe.txt");
  g_autoptr(GFile) project_file = child (dir, "observaciones.indicadores");
  g_autoptr(IndProject) project = open_ok (report_file);
  g_autoptr(JsonObject) json = NULL;
  g_autofree char *paths = NULL;
  JsonObject *remarks;
  IndRemark *remark;

  g_assert_cmpuint (g_list_model_get_n_items (ind_project_get_remarks (project)), ==, 0);
  g_assert_false (ind_project_get_dirty (project));
  g_assert_null (ind_project_get_file (project));

  /* The window may set the note directly; the project sees it. */
  ind_item_set_note (item (project, "101/C01/A05"), REMARK_MULTILINE);
  g_assert_cmpstr (ind_project_get_remark (project, "101/C01/A05"), ==, REMARK_MULTILINE);
  g_assert_true (ind_project_get_dirty (project));
  g_assert_true (ind_project_set_remark (project, "104/C05/A03", "Pago de CFE al corriente."));
  g_assert_cmpstr (ind_item_get_note (item (project, "104/C05/A03")), ==, "Pago de CFE al corriente.");
  g_assert_true (ind_project_set_remark (project, "103/C?1", "Falta la hoja del componente 02."));
  g_assert_false (ind_project_set_remark (project, "999/C01", "nada"));

  save_ok (project, project_file);
  g_assert_false (ind_project_get_dirty (project));
  g_assert_true (g_file_equal (ind_project_get_file (project), project_file));

  json = read_json (project_file);
  g_assert_cmpstr (json_object_get_string_member (json, "format"), ==, "indicadores-remarks");
  g_assert_cmpint (json_object_get_int_member (json, "version"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json, "report"), "sha256"), ==,
                   ind_report_get_source_checksum (ind_project_get_report (project)));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json, "report"), "name"), ==,
                   "informe.txt");
  remarks = json_object_get_object_member (json, "remarks");
  g_assert_cmpuint (json_object_get_size (remarks), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (remarks, "103/C?1"), "text"), ==,
                   "Falta la hoja del componente 02.");
  g_clear_object (&project);

  /* The project alone finds its report. */
  project = load_ok (project_file, NULL);
  g_assert_false (ind_project_get_report_changed (project));
  g_assert_false (ind_project_get_dirty (project));
  g_assert_true (g_file_equal (ind_project_get_report_file (project), report_file));
  g_assert_cmpstr (ind_item_get_note (item (project, "101/C01/A05")), ==, REMARK_MULTILINE);
  g_assert_cmpstr (ind_item_get_note (item (project, "104/C05/A03")), ==, "Pago de CFE al corriente.");
  g_assert_cmpstr (ind_item_get_note (item (project, "103/C?1")), ==, "Falta la hoja del componente 02.");
  g_assert_null (ind_item_get_note (item (project, "101/C01/A01")));
  paths = remark_paths (ind_project_get_remarks (project));
  g_assert_cmpstr (paths, ==, "101/C01/A05 103/C?1 104/C05/A03");
  g_assert_cmpuint (g_list_model_get_n_items (ind_project_get_orphans (project)), ==, 0);
  remark = remark_at (ind_project_get_remarks (project), 0);
  g_assert_cmpstr (ind_remark_get_nombre (remark), ==, ind_item_get_nombre (item (project, "101/C01/A05")));
  g_assert_nonnull (ind_remark_get_modified (remark));
  g_assert_false (ind_remark_get_orphaned (remark));
  g_assert_false (ind_remark_get_renamed (remark));
  g_clear_object (&project);

  /* "Open" tells a project from a report by content. */
  project = open_ok (project_file);
  g_assert_cmpstr (ind_project_get_remark (project, "104/C05/A03"), ==, "Pago de CFE al corriente.");
  g_clear_object (&project);

  /* Opening the report alone brings them back too, linked to the project
   * file they were saved to. */
  project = open_ok (report_file);
  g_assert_cmpstr (ind_item_get_note (item (project, "101/C01/A05")), ==, REMARK_MULTILINE);
  g_assert_cmpuint (g_list_model_get_n_items (ind_project_get_remarks (project)), ==, 3);
  g_assert_nonnull (ind_project_get_file (project));
  g_assert_true (g_file_equal (ind_project_get_file (project), project_file));
  g_assert_false (ind_project_get_dirty (project));
}

/* A corrected report without one activity and with another renamed: the
 * remark of the first is kept as an orphan, through saves and loads. */
static void
test_changed_report (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *text = sample_text ();
  g_autoptr(GFile) report_file = write_text (dir, "informe.txt", text);
  g_autoptr(GFile) changed_file = NULL;
  g_autoptr(GFile) project_file = child (dir, "observaciones.indicadores");
  g_autoptr(IndProject) project = open_ok (report_file);
  g_autoptr(GString) changed = g_string_new (text);
  g_autoptr(JsonObject) json = NULL;
  g_autoptr(IndRemark) orphan = NULL;
  g_autofree char *paths = NULL;
  g_autofree char *removed_name = g_strdup (ind_item_get_nombre (item (project, "101/C02/A05")));
  IndRemark *renamed;
  JsonObject *remarks;

  ind_project_set_remark (project, "101/C02/A05", "Convenios en revisión por jurídico.");
  ind_project_set_remark (project, "101/C01/A01", "Sin avance: falta personal.");
  ind_project_set_remark (project, "102/C01/A06", "El informe se entrega en diciembre.");
  save_ok (project, project_file);
  g_clear_object (&project);

  /* Drop the line of 101/C02/A05 and rename 102/C01/A06. */
  {
    const char *tail = strstr (changed->str, A05_TAIL);
    const char *start = tail;

    g_assert_nonnull (tail);
    while (start > changed->str && start[-1] != '\n')
      start--;
    g_string_erase (changed, start - changed->str, tail + strlen (A05_TAIL) - start);
  }
  g_assert_cmpuint (g_string_replace (changed, RENAMED_FROM, RENAMED_TO, 0), ==, 1);
  changed_file = write_text (dir, "informe-corregido.txt", changed->str);

  project = load_ok (project_file, changed_file);
  g_assert_null (ind_report_find_item (ind_project_get_report (project), "101/C02/A05"));
  g_assert_true (ind_project_get_report_changed (project));
  g_assert_false (ind_project_get_dirty (project));
  g_assert_cmpuint (g_list_model_get_n_items (ind_project_get_orphans (project)), ==, 1);
  orphan = g_list_model_get_item (ind_project_get_orphans (project), 0);
  g_assert_cmpstr (ind_remark_get_path (orphan), ==, "101/C02/A05");
  g_assert_cmpstr (ind_remark_get_text (orphan), ==, "Convenios en revisión por jurídico.");
  g_assert_cmpstr (ind_remark_get_nombre (orphan), ==, removed_name);
  g_assert_true (ind_remark_get_orphaned (orphan));
  g_assert_cmpstr (ind_project_get_remark (project, "101/C02/A05"), ==, "Convenios en revisión por jurídico.");
  /* Orphans come last. */
  paths = remark_paths (ind_project_get_remarks (project));
  g_assert_cmpstr (paths, ==, "101/C01/A01 102/C01/A06 101/C02/A05");
  /* Still on its item, with the name change pointed out. */
  renamed = remark_at (ind_project_get_remarks (project), 1);
  g_assert_true (ind_remark_get_renamed (renamed));
  g_assert_cmpstr (ind_remark_get_nombre (renamed), ==, RENAMED_FROM);
  g_assert_cmpstr (ind_item_get_note (item (project, "102/C01/A06")), ==, "El informe se entrega en diciembre.");
  g_assert_false (ind_remark_get_renamed (remark_at (ind_project_get_remarks (project), 0)));

  /* Saved again for the corrected report, the orphan stays in the file. */
  save_ok (project, NULL);
  json = read_json (project_file);
  remarks = json_object_get_object_member (json, "remarks");
  g_assert_true (json_object_has_member (remarks, "101/C02/A05"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (remarks, "101/C02/A05"), "text"), ==,
                   "Convenios en revisión por jurídico.");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json, "report"), "sha256"), ==,
                   ind_report_get_source_checksum (ind_project_get_report (project)));
  g_clear_object (&project);

  /* Now it belongs to the corrected report, and still keeps the orphan. */
  project = load_ok (project_file, NULL);
  g_assert_true (g_file_equal (ind_project_get_report_file (project), changed_file));
  g_assert_false (ind_project_get_report_changed (project));
  g_assert_cmpuint (g_list_model_get_n_items (ind_project_get_orphans (project)), ==, 1);

  /* Letting it go is the user's decision, and undoable. */
  g_assert_true (ind_project_set_remark (project, "101/C02/A05", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (ind_project_get_orphans (project)), ==, 0);
  g_assert_null (ind_project_get_remark (project, "101/C02/A05"));
  g_assert_cmpstr (ind_project_undo (project), ==, "101/C02/A05");
  g_assert_cmpuint (g_list_model_get_n_items (ind_project_get_orphans (project)), ==, 1);
  g_clear_object (&orphan);
  orphan = g_list_model_get_item (ind_project_get_orphans (project), 0);
  g_assert_cmpstr (ind_remark_get_text (orphan), ==, "Convenios en revisión por jurídico.");
  g_assert_cmpstr (ind_remark_get_nombre (orphan), ==, removed_name);
}

/* The report's file written again while the project is open ("Reload"
 * in the window: the new project made in a thread takes the remarks): the remarks follow their paths, the one whose item is
 * gone is kept as an orphan, the file and date stay; the same bytes read
 * again change nothing. */
static void
test_reread (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *text = sample_text ();
  g_autoptr(GFile) report_file = write_text (dir, "informe.txt", text);
  g_autoptr(GFile) project_file = child (dir, "comentarios.indicadores");
  g_autoptr(IndProject) project = open_ok (report_file);
  g_autoptr(IndProject) reread = NULL;
  g_autoptr(IndProject) same = NULL;
  g_autoptr(IndReport) report = NULL;
  g_autoptr(GString) changed = g_string_new (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) old_autosave = NULL;
  g_autoptr(GFile) new_autosave = NULL;
  g_autofree char *paths = NULL;
  const char *tail, *start;

  ind_project_set_remark (project, "101/C02/A05", "Convenios en revisión por jurídico.");
  ind_project_set_remark (project, "102/C01/A06", "El informe se entrega en diciembre.");
  save_ok (project, project_file);
  old_autosave = ind_project_get_autosave_file (project);

  /* the same bytes: nothing changed for the remarks */
  report = ind_report_load (report_file, NULL, &error);
  g_assert_no_error (error);
  same = ind_project_new (report, report_file);
  ind_project_take_remarks (same, project);
  g_assert_false (ind_project_get_report_changed (same));
  g_assert_false (ind_project_get_dirty (same));
  g_assert_cmpuint (g_list_model_get_n_items (ind_project_get_orphans (same)), ==, 0);
  g_assert_cmpstr (ind_item_get_note (item (same, "101/C02/A05")), ==, "Convenios en revisión por jurídico.");
  g_clear_object (&report);

  tail = strstr (changed->str, A05_TAIL);
  g_assert_nonnull (tail);
  for (start = tail; start > changed->str && start[-1] != '\n'; start--)
    ;
  g_string_erase (changed, start - changed->str, tail + strlen (A05_TAIL) - start);
  g_assert_cmpuint (g_string_replace (changed, RENAMED_FROM, RENAMED_TO, 0), ==, 1);
  g_object_unref (write_text (dir, "informe.txt", changed->str));
  report = ind_report_load (report_file, NULL, &error);
  g_assert_no_error (error);

  ind_project_set_autosave_delay (project, 60 * 1000);
  reread = ind_project_new (report, report_file);
  ind_project_take_remarks (reread, project);
  g_assert_true (ind_project_get_report (reread) == report);
  g_assert_true (g_file_equal (ind_project_get_file (reread), project_file));
  g_assert_true (g_file_equal (ind_project_get_report_file (reread), report_file));
  g_assert_cmpuint (ind_project_get_autosave_delay (reread), ==, 60 * 1000);
  g_assert_true (ind_project_get_report_changed (reread));
  g_assert_false (ind_project_get_can_undo (reread));
  paths = remark_paths (ind_project_get_remarks (reread));
  g_assert_cmpstr (paths, ==, "102/C01/A06 101/C02/A05");
  g_assert_true (ind_remark_get_orphaned (remark_at (ind_project_get_orphans (reread), 0)));
  g_assert_true (ind_remark_get_renamed (remark_at (ind_project_get_remarks (reread), 0)));
  g_assert_cmpstr (ind_item_get_note (item (reread, "102/C01/A06")), ==, "El informe se entrega en diciembre.");
  /* the old project's remarks are untouched */
  g_assert_cmpuint (g_list_model_get_n_items (ind_project_get_orphans (project)), ==, 0);

  /* written for the new bytes, in the user's file and the autosave */
  g_assert_true (ind_project_flush (reread, &error));
  g_assert_no_error (error);
  new_autosave = ind_project_get_autosave_file (reread);
  g_assert_false (g_file_equal (new_autosave, old_autosave));
  g_assert_true (g_file_query_exists (new_autosave, NULL));
  {
    g_autoptr(JsonObject) json = read_json (project_file);

    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json, "report"), "sha256"), ==,
                     ind_report_get_source_checksum (report));
    g_assert_true (json_object_has_member (json_object_get_object_member (json, "remarks"), "101/C02/A05"));
  }
  g_file_delete (new_autosave, NULL, NULL);
  g_file_delete (old_autosave, NULL, NULL);
}

/* A folder with the report and its project, moved elsewhere. */
static void
test_report_moved (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *old_folder = g_build_filename (dir, "antes", NULL);
  g_autofree char *new_folder = g_build_filename (dir, "despues", NULL);
  g_autoptr(GFile) report_file = NULL;
  g_autoptr(GFile) project_file = NULL;
  g_autoptr(GFile) moved_report = NULL;
  g_autoptr(GFile) moved_project = NULL;
  g_autoptr(IndProject) project = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (old_folder, 0700), ==, 0);
  report_file = copy_sample (old_folder, "informe.txt");
  project_file = child (old_folder, "obs.indicadores");
  project = open_ok (report_file);
  ind_project_set_remark (project, "102", "Transparencia al día.");
  save_ok (project, project_file);
  g_clear_object (&project);

  g_assert_cmpint (g_rename (old_folder, new_folder), ==, 0);
  moved_report = child (new_folder, "informe.txt");
  moved_project = child (new_folder, "obs.indicadores");
  project = load_ok (moved_project, NULL);
  g_assert_true (g_file_equal (ind_project_get_report_file (project), moved_report));
  g_assert_cmpstr (ind_project_get_remark (project, "102"), ==, "Transparencia al día.");
  g_clear_object (&project);

  /* Without its report: a clear error the window answers by asking. */
  g_assert_true (g_file_delete (moved_report, NULL, NULL));
  project = ind_project_load (moved_project, NULL, NULL, &error);
  g_assert_null (project);
  g_assert_error (error, IND_ERROR, IND_ERROR_REPORT_MISSING);
  g_assert_nonnull (strstr (error->message, "obs.indicadores"));
  g_assert_nonnull (strstr (error->message, "informe.txt"));
}

static void
assert_load_fails (const char *dir,
                   const char *contents,
                   int         code)
{
  g_autoptr(GFile) report_file = copy_sample (dir, "informe.txt");
  g_autoptr(GFile) file = write_text (dir, "malo.indicadores", contents);
  g_autoptr(GError) error = NULL;
  g_autoptr(IndProject) project = ind_project_load (file, report_file, NULL, &error);

  g_assert_null (project);
  g_assert_error (error, IND_ERROR, code);
  g_assert_nonnull (strstr (error->message, "malo.indicadores"));
}

static void
test_not_a_project (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autoptr(GFile) report_file = copy_sample (dir, "informe.txt");
  g_autoptr(GFile) project_file = child (dir, "bueno.indicadores");
  g_autoptr(IndProject) project = open_ok (report_file);
  g_autofree char *good = NULL;
  g_autofree char *truncated = NULL;
  gsize length;

  ind_project_set_remark (project, "101", "Bien.");
  save_ok (project, project_file);
  g_assert_true (g_file_load_contents (project_file, NULL, &good, &length, NULL, NULL));
  truncated = g_strndup (good, length / 2);

  assert_load_fails (dir, "{\"a\": 1}", IND_ERROR_NOT_A_PROJECT);
  assert_load_fails (dir, "Clave\tNombre\n", IND_ERROR_NOT_A_PROJECT);
  assert_load_fails (dir, truncated, IND_ERROR_DAMAGED);
  assert_load_fails (dir, "{\"format\": \"indicadores-remarks\", \"version\": 99, \"report\": {}, \"remarks\": {}}",
                     IND_ERROR_NOT_A_PROJECT);
  assert_load_fails (dir, "{\"format\": \"indicadores-remarks\", \"version\": 1, \"report\": {}, \"remarks\": []}",
                     IND_ERROR_DAMAGED);
  assert_load_fails (dir, "{\"format\": \"indicadores-remarks\", \"version\": 1, \"report\": {}, "
                          "\"remarks\": {\"101\": {\"nombre\": \"sin texto\"}}}",
                     IND_ERROR_DAMAGED);
  assert_load_fails (dir, "{\"format\": \"indicadores-remarks\", \"version\": \"1\", \"report\": {}, \"remarks\": {}}",
                     IND_ERROR_DAMAGED);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
count_changed (IndProject *project,
               const char *path,
               guint      *count)
{
  (*count)++;
}

static void
test_undo_redo (void)
{
  g_autoptr(IndReport) report = ind_test_load_sample ();
  g_autoptr(IndProject) project = ind_project_new (report, NULL);
  guint can_undo_notified = 0, changed = 0;

  g_signal_connect (project, "notify::can-undo", G_CALLBACK (count_notify), &can_undo_notified);
  g_signal_connect (project, "changed", G_CALLBACK (count_changed), &changed);
  g_assert_false (ind_project_get_can_undo (project));
  g_assert_null (ind_project_undo (project));

  /* Typing one remark is one step. */
  ind_project_set_remark (project, "101", "Avance");
  ind_project_set_remark (project, "101", "Avance bajo");
  ind_project_set_remark (project, "102/C02", "Difusión pendiente");
  g_assert_true (ind_project_get_can_undo (project));
  g_assert_false (ind_project_get_can_redo (project));
  g_assert_cmpuint (can_undo_notified, ==, 1);
  g_assert_cmpuint (changed, ==, 3);

  g_assert_cmpstr (ind_project_undo (project), ==, "102/C02");
  g_assert_null (ind_item_get_note (ind_report_find_item (report, "102/C02")));
  g_assert_cmpstr (ind_project_get_remark (project, "101"), ==, "Avance bajo");
  g_assert_true (ind_project_get_can_redo (project));
  g_assert_cmpstr (ind_project_undo (project), ==, "101");
  g_assert_null (ind_project_get_remark (project, "101"));
  g_assert_false (ind_project_get_can_undo (project));
  g_assert_cmpuint (g_list_model_get_n_items (ind_project_get_remarks (project)), ==, 0);

  g_assert_cmpstr (ind_project_redo (project), ==, "101");
  g_assert_cmpstr (ind_item_get_note (ind_report_find_item (report, "101")), ==, "Avance bajo");
  g_assert_cmpstr (ind_project_redo (project), ==, "102/C02");
  g_assert_cmpstr (ind_project_get_remark (project, "102/C02"), ==, "Difusión pendiente");
  g_assert_false (ind_project_get_can_redo (project));
  g_assert_null (ind_project_redo (project));
  g_assert_cmpuint (changed, ==, 7);

  /* A new edit after an undo drops what could be redone. */
  ind_project_undo (project);
  g_assert_true (ind_project_get_can_redo (project));
  ind_project_set_remark (project, "101", "Otra cosa");
  g_assert_false (ind_project_get_can_redo (project));
  g_assert_cmpstr (ind_project_undo (project), ==, "101");
  g_assert_cmpstr (ind_project_get_remark (project, "101"), ==, "Avance bajo");

  /* A note set on the item directly is undone the same way. */
  ind_item_set_note (ind_report_find_item (report, "104/C01"), "Nómina");
  g_assert_cmpstr (ind_project_undo (project), ==, "104/C01");
  g_assert_null (ind_item_get_note (ind_report_find_item (report, "104/C01")));

  /* Typed and erased back: nothing to undo. */
  while (ind_project_get_can_undo (project))
    ind_project_undo (project);
  ind_project_set_remark (project, "103", "x");
  ind_project_set_remark (project, "103", "");
  g_assert_false (ind_project_get_can_undo (project));
  g_assert_null (ind_project_get_remark (project, "103"));

  /* After a pause, the next edit of the same remark is a step of its own. */
  ind_project_set_remark (project, "103", "Primera idea");
  g_usleep (G_USEC_PER_SEC + G_USEC_PER_SEC / 10);
  ind_project_set_remark (project, "103", "Primera idea, corregida");
  g_assert_cmpstr (ind_project_undo (project), ==, "103");
  g_assert_cmpstr (ind_project_get_remark (project, "103"), ==, "Primera idea");
  g_assert_cmpstr (ind_project_undo (project), ==, "103");
  g_assert_null (ind_project_get_remark (project, "103"));
}

static gboolean
file_contains (GFile      *file,
               const char *text)
{
  g_autofree char *contents = NULL;

  if (!g_file_load_contents (file, NULL, &contents, NULL, NULL, NULL))
    return FALSE;
  return strstr (contents, text) != NULL;
}

typedef struct
{
  GMainLoop  *loop;
  GFile      *file;
  const char *until;      /* quit once the file holds this */
  const char *watch;      /* note when the file first holds this */
  gint64      watch_seen;
} Poll;

static gboolean
poll_file (gpointer user_data)
{
  Poll *poll = user_data;

  if (poll->watch != NULL && poll->watch_seen == 0 && file_contains (poll->file, poll->watch))
    poll->watch_seen = g_get_monotonic_time ();
  if (file_contains (poll->file, poll->until))
    g_main_loop_quit (poll->loop);
  return G_SOURCE_CONTINUE;
}

static gboolean
quit_loop (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

static gboolean
give_up (gpointer user_data)
{
  g_error ("timed out waiting for the autosave");
  return G_SOURCE_REMOVE;
}

/* Runs the default main context until @file holds @until; returns when
 * @watch was first seen there. */
static gint64
wait_for_file (GFile      *file,
               const char *until,
               const char *watch)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Poll poll = { loop, file, until, watch, 0 };
  guint timeout = g_timeout_add_seconds (10, give_up, NULL);
  guint poller = g_timeout_add (5, poll_file, &poll);

  g_main_loop_run (loop);
  g_source_remove (timeout);
  g_source_remove (poller);
  return poll.watch_seen;
}

static void
run_for (guint msec)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (msec, quit_loop, loop);
  g_main_loop_run (loop);
}

#define DEBOUNCE_MSEC 300

static void
test_autosave_debounced (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autoptr(GFile) report_file = copy_sample (dir, "informe.txt");
  g_autoptr(IndProject) project = open_ok (report_file);
  g_autoptr(GFile) autosave = ind_project_get_autosave_file (project);
  g_autofree char *autosave_path = g_file_get_path (autosave);
  g_autofree char *expected_dir = g_build_filename (g_get_user_state_dir (), "indicadores", "autosave", NULL);
  g_autofree char *autosave_dir = g_path_get_dirname (autosave_path);
  gint64 start, second_seen;

  g_assert_cmpstr (autosave_dir, ==, expected_dir);
  g_assert_true (g_str_has_suffix (autosave_path, ".indicadores"));
  g_assert_nonnull (strstr (autosave_path, ind_report_get_source_checksum (ind_project_get_report (project))));

  ind_project_set_autosave_delay (project, DEBOUNCE_MSEC);
  start = g_get_monotonic_time ();
  ind_project_set_remark (project, "101", "primera");
  g_assert_false (g_file_query_exists (autosave, NULL));
  wait_for_file (autosave, "primera", NULL);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, DEBOUNCE_MSEC * 1000);

  /* Another change before the delay is over starts the wait again. */
  ind_project_set_remark (project, "102", "segunda");
  run_for (DEBOUNCE_MSEC / 6);
  start = g_get_monotonic_time ();
  ind_project_set_remark (project, "103", "tercera");
  second_seen = wait_for_file (autosave, "tercera", "segunda");
  g_assert_cmpint (second_seen - start, >=, DEBOUNCE_MSEC * 1000);
  g_assert_true (file_contains (autosave, "primera"));
  /* No file of the user's yet: still to be saved. */
  g_assert_true (ind_project_get_dirty (project));
  g_clear_object (&project);

  /* Reopening the same report finds them by its checksum. */
  project = open_ok (report_file);
  g_assert_cmpstr (ind_item_get_note (item (project, "101")), ==, "primera");
  g_assert_cmpstr (ind_item_get_note (item (project, "102")), ==, "segunda");
  g_assert_cmpstr (ind_item_get_note (item (project, "103")), ==, "tercera");
  g_assert_null (ind_project_get_file (project));
  g_assert_true (ind_project_get_dirty (project));
}

static void
on_notify_quit (GObject    *object,
                GParamSpec *pspec,
                GMainLoop  *loop)
{
  g_main_loop_quit (loop);
}

/* Once the user chose a file, the autosave goes there too. */
static void
test_autosave_to_project_file (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autoptr(GFile) report_file = copy_sample (dir, "informe.txt");
  g_autoptr(GFile) project_file = child (dir, "obs.indicadores");
  g_autoptr(IndProject) project = open_ok (report_file);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  guint timeout;

  save_ok (project, project_file);
  ind_project_set_autosave_delay (project, 20);
  ind_project_set_remark (project, "104", "Se espera el pago de CFE.");
  g_assert_true (ind_project_get_dirty (project));
  g_assert_false (file_contains (project_file, "CFE"));

  g_signal_connect (project, "notify::dirty", G_CALLBACK (on_notify_quit), loop);
  timeout = g_timeout_add_seconds (10, give_up, NULL);
  g_main_loop_run (loop);
  g_source_remove (timeout);

  g_assert_false (ind_project_get_dirty (project));
  g_assert_true (file_contains (project_file, "Se espera el pago de CFE."));
}

/* Closing before the delay is over loses nothing. */
static void
test_autosave_on_close (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autoptr(GFile) report_file = copy_sample (dir, "informe.txt");
  g_autoptr(IndProject) project = open_ok (report_file);
  g_autoptr(GFile) autosave = ind_project_get_autosave_file (project);
  g_autoptr(GError) error = NULL;

  ind_project_set_autosave_delay (project, 60 * 1000);
  ind_project_set_remark (project, "101/C01", "antes de cerrar");
  g_assert_true (ind_project_flush (project, &error));
  g_assert_no_error (error);
  g_assert_true (file_contains (autosave, "antes de cerrar"));

  ind_project_set_remark (project, "101/C02", "al cerrar");
  g_assert_false (file_contains (autosave, "al cerrar"));
  g_clear_object (&project);
  g_assert_true (file_contains (autosave, "al cerrar"));

  /* Autosave off: nothing is written behind the user's back. */
  g_assert_true (g_file_delete (autosave, NULL, NULL));
  project = open_ok (report_file);
  g_assert_cmpuint (ind_project_get_autosave_delay (project), ==, 0);
  ind_project_set_remark (project, "101/C03", "sin autoguardado");
  g_clear_object (&project);
  g_assert_false (g_file_query_exists (autosave, NULL));
}

static void
on_autosave_failed (IndProject   *project,
                    const GError *error,
                    GError      **copy)
{
  *copy = g_error_copy (error);
}

static void
test_autosave_failed (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autoptr(GFile) report_file = copy_sample (dir, "informe.txt");
  g_autoptr(IndProject) project = open_ok (report_file);
  g_autofree char *blocker = g_build_filename (g_get_user_state_dir (), "indicadores", NULL);
  g_autoptr(GError) error = NULL;

  /* A file where the autosave folder should be. */
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_state_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));

  g_signal_connect (project, "autosave-failed", G_CALLBACK (on_autosave_failed), &error);
  ind_project_set_autosave_delay (project, 10);
  ind_project_set_remark (project, "101", "no se puede guardar");
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, IND_ERROR, IND_ERROR_WRITE);
  /* Still held in memory. */
  g_assert_cmpstr (ind_project_get_remark (project, "101"), ==, "no se puede guardar");
  g_assert_cmpint (g_unlink (blocker), ==, 0);
}

static const char *writer_paths[] = { "101", "101/C01/A01", "102/C03", "103/C?1/A02", "104/C05/A04" };

static void
set_stamped (IndProject *project,
             guint64     stamp)
{
  for (guint i = 0; i < G_N_ELEMENTS (writer_paths); i++)
    {
      g_autofree char *text = g_strdup_printf ("%" G_GUINT64_FORMAT " %s", stamp,
                                               "Observación larga para que escribirla tome su tiempo. "
                                               "Observación larga para que escribirla tome su tiempo.");

      g_assert_true (ind_project_set_remark (project, writer_paths[i], text));
    }
}

/* The writer: saves whole sets of remarks in a loop until killed. */
static int
run_writer (const char *spec)
{
  g_auto(GStrv) parts = g_strsplit (spec, "|", 4);
  g_autoptr(GFile) report_file = g_file_new_for_path (parts[0]);
  g_autoptr(GFile) project_file = g_file_new_for_path (parts[1]);
  guint64 base = g_ascii_strtoull (parts[2], NULL, 10);
  pid_t parent = (pid_t)g_ascii_strtoll (parts[3], NULL, 10);
  g_autoptr(GError) error = NULL;
  g_autoptr(IndReport) report = ind_report_load (report_file, NULL, &error);
  g_autoptr(IndProject) project = NULL;

  if (report == NULL)
    g_error ("%s", error->message);
  project = ind_project_new (report, report_file);
  /* Until killed, or until the test that started it has died. */
  for (guint64 stamp = base; getppid () == parent; stamp++)
    {
      set_stamped (project, stamp);
      if (!ind_project_save (project, project_file, &error))
        g_error ("%s", error->message);
    }
  return 0;
}

/* The stamp of the set in the file, or 0 if it is not one whole set. */
static guint64
whole_set (GFile *file)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *path = g_file_get_path (file);
  JsonObject *remarks;
  g_autoptr(GList) members = NULL;
  guint64 stamp = 0;

  g_assert_true (json_parser_load_from_file (parser, path, NULL));
  g_assert_nonnull (json_parser_get_root (parser));
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  remarks = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "remarks");
  members = json_object_get_members (remarks);
  if (g_list_length (members) != G_N_ELEMENTS (writer_paths))
    return 0;
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *text = json_object_get_string_member (json_object_get_object_member (remarks, l->data), "text");
      guint64 k = g_ascii_strtoull (text, NULL, 10);

      if (stamp != 0 && k != stamp)
        return 0;
      stamp = k;
    }
  return stamp;
}

/* A writer killed at random moments, again and again: the file is always
 * a whole set of remarks, never a torn one. */
static void
test_atomic_kill (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autoptr(GFile) report_file = copy_sample (dir, "informe.txt");
  g_autoptr(GFile) project_file = child (dir, "obs.indicadores");
  g_autofree char *report_path = g_file_get_path (report_file);
  g_autofree char *project_path = g_file_get_path (project_file);
  g_autoptr(IndProject) project = open_ok (report_file);
  g_autoptr(GRand) rand = g_rand_new ();
  const guint rounds = 25;

  set_stamped (project, 1);
  save_ok (project, project_file);
  for (guint round = 1; round <= rounds; round++)
    {
      g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
      g_autoptr(GSubprocess) writer = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *spec = NULL;
      g_autoptr(IndProject) reloaded = NULL;
      guint64 base = (guint64)round * 1000000, stamp;
      gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

      spec = g_strdup_printf ("%s|%s|%" G_GUINT64_FORMAT "|%d", report_path, project_path, base, (int)getpid ());
      g_subprocess_launcher_setenv (launcher, WRITER_ENV, spec, TRUE);
      writer = g_subprocess_launcher_spawn (launcher, &error, self_exe, NULL);
      g_assert_no_error (error);

      /* Kill it once it is writing, at a random moment. Meanwhile the
       * file, read as the writer replaces it, is always one whole set. */
      while ((stamp = whole_set (project_file)) < base)
        {
          g_assert_cmpuint (stamp, !=, 0);
          g_assert_cmpint (g_get_monotonic_time (), <, deadline);
          g_usleep (1000);
        }
      g_usleep (g_rand_int_range (rand, 0, 20000));
      g_subprocess_force_exit (writer);
      g_assert_true (g_subprocess_wait (writer, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_signaled (writer));
      g_assert_cmpint (g_subprocess_get_term_sig (writer), ==, SIGKILL);

      stamp = whole_set (project_file);
      g_assert_cmpuint (stamp, >=, base);
      reloaded = load_ok (project_file, NULL);
      g_assert_cmpuint (g_list_model_get_n_items (ind_project_get_remarks (reloaded)), ==, G_N_ELEMENTS (writer_paths));
    }
}

/* A write that fails midway (the disk fills) leaves the old file as it
 * was and no temporary behind. */
static void
test_atomic_failure (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autoptr(GFile) report_file = copy_sample (dir, "informe.txt");
  g_autoptr(GFile) project_file = child (dir, "obs.indicadores");
  g_autoptr(IndProject) project = open_ok (report_file);
  g_autoptr(GString) long_remark = g_string_new (NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) folder = NULL;
  struct rlimit saved, limited;
  void (*saved_handler) (int);
  gboolean saved_ok;
  const char *name;
  guint files = 0;

  ind_project_set_remark (project, "101", "breve");
  save_ok (project, project_file);
  g_assert_true (g_file_get_contents (g_file_peek_path (project_file), &before, NULL, NULL));

  for (guint i = 0; i < 2000; i++)
    g_string_append (long_remark, "Observación que no cabe. ");
  ind_project_set_remark (project, "102", long_remark->str);

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limited = saved;
  limited.rlim_cur = 8192;
  saved_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limited), ==, 0);
  saved_ok = ind_project_save (project, NULL, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, saved_handler);

  g_assert_false (saved_ok);
  g_assert_error (error, IND_ERROR, IND_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "obs.indicadores"));
  g_assert_true (ind_project_get_dirty (project));

  g_assert_true (g_file_get_contents (g_file_peek_path (project_file), &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  folder = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_assert_true (g_str_equal (name, "informe.txt") || g_str_equal (name, "obs.indicadores"));
      files++;
    }
  g_assert_cmpuint (files, ==, 2);
}

/* An export reads the notes in its thread: while the report is held,
 * the model refuses every change to them, and holds nest. */
static void
test_notes_held_during_export (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autoptr(GFile) report_file = copy_sample (dir, "informe.txt");
  g_autoptr(IndProject) project = open_ok (report_file);
  IndReport *report = ind_project_get_report (project);
  IndItem *activity = item (project, "101/C01/A05");

  g_assert_true (ind_project_set_remark (project, "101/C01/A05", "Antes de exportar."));
  ind_report_hold_notes (report);
  ind_report_hold_notes (report);
  g_assert_true (ind_report_get_notes_held (report));

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*notes_held*");
  ind_item_set_note (activity, "Durante la exportación.");
  g_test_assert_expected_messages ();
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*notes_held*");
  g_assert_false (ind_project_set_remark (project, "104/C05/A03", "Tampoco."));
  g_test_assert_expected_messages ();
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*notes_held*");
  g_assert_null (ind_project_undo (project));
  g_test_assert_expected_messages ();
  g_assert_cmpstr (ind_item_get_note (activity), ==, "Antes de exportar.");
  g_assert_null (ind_project_get_remark (project, "104/C05/A03"));

  /* one export ends, the other still reads */
  ind_report_release_notes (report);
  g_assert_true (ind_report_get_notes_held (report));
  ind_report_release_notes (report);
  g_assert_false (ind_report_get_notes_held (report));
  ind_item_set_note (activity, "Después de exportar.");
  g_assert_cmpstr (ind_project_get_remark (project, "101/C01/A05"), ==, "Después de exportar.");
}

int
main (int    argc,
      char **argv)
{
  const char *writer = g_getenv (WRITER_ENV);

  if (writer != NULL)
    return run_writer (writer);

  self_exe = argv[0];
  ind_test_init (&argc, &argv);

  g_test_add_func ("/project/checksum", test_checksum);
  g_test_add_func ("/project/reopen", test_reopen);
  g_test_add_func ("/project/changed-report", test_changed_report);
  g_test_add_func ("/project/take-remarks", test_reread);
  g_test_add_func ("/project/report-moved", test_report_moved);
  g_test_add_func ("/project/not-a-project", test_not_a_project);
  g_test_add_func ("/project/undo-redo", test_undo_redo);
  g_test_add_func ("/project/notes-held-during-export", test_notes_held_during_export);
  g_test_add_func ("/project/autosave-debounced", test_autosave_debounced);
  g_test_add_func ("/project/autosave-to-project-file", test_autosave_to_project_file);
  g_test_add_func ("/project/autosave-on-close", test_autosave_on_close);
  g_test_add_func ("/project/autosave-failed", test_autosave_failed);
  g_test_add_func ("/project/atomic-kill", test_atomic_kill);
  g_test_add_func ("/project/atomic-failure", test_atomic_failure);

  return g_test_run ();
}

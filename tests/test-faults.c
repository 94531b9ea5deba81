/* test-faults.c: every export, and a project's save, onto a full disk
 * and into a read-only folder: the previous file stays whole, no
 * temporary is left, and the message names the file and says why
 *
 * The disks are small tmpfs mounts, which needs root (as CI runs); as a
 * normal user the test skips, saying so.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <sys/mount.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "ind-chart.h"
#include "ind-error.h"
#include "ind-export-pdf.h"
#include "ind-export-pptx.h"
#include "ind-export-xlsx.h"
#include "ind-load.h"
#include "ind-project.h"
#include "ind-test-util.h"

#define OLD_CONTENTS "the council's previous copy"

static IndReport *sample;

typedef gboolean (*Export) (const char *path, GError **error);

static gboolean
export_xlsx (const char  *path,
             GError     **error)
{
  return ind_export_xlsx (sample, path, NULL, NULL, error);
}

static gboolean
export_summary (const char  *path,
                GError     **error)
{
  return ind_export_pdf_summary (sample, path, NULL, NULL, error);
}

static gboolean
export_slides (const char  *path,
               GError     **error)
{
  return ind_export_pdf_slides (sample, path, NULL, NULL, error);
}

static gboolean
export_pptx (const char  *path,
             GError     **error)
{
  return ind_export_pptx (sample, path, NULL, NULL, error);
}

static gboolean
export_chart (const char  *path,
              GError     **error)
{
  return ind_chart_save (sample, IND_CHART_EJECUCION, 1920, 1080, NULL, path, error);
}

/* A project whose remark takes more than the small disks hold. */
static gboolean
save_project (const char  *path,
              GError     **error)
{
  g_autoptr(IndReport) report = ind_test_load_sample ();
  g_autoptr(IndProject) project = ind_project_new (report, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *remark = g_strnfill (16 * 1024, 'x');

  g_assert_true (ind_project_set_remark (project, "101", remark));
  return ind_project_save (project, file, error);
}

static const struct
{
  const char *name;
  Export      run;
} exports[] = {
  { "Indicadores 2024-T1.xlsx", export_xlsx },
  { "resumen.pdf", export_summary },
  { "diapositivas.pdf", export_slides },
  { "diapositivas.pptx", export_pptx },
  { "grafica.png", export_chart },
  { "observaciones.indicadores", save_project },
};

static char *
mount_tmpfs (const char *options)
{
  g_autofree char *dir = ind_test_tmpdir ();

  if (geteuid () != 0 || mount ("tmpfs", dir, "tmpfs", 0, options) != 0)
    return NULL;
  return g_steal_pointer (&dir);
}

static guint
count_entries (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint count = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    count++;
  return count;
}

static void
assert_refused (Export      run,
                const char *dir,
                const char *name,
                const char *reason,
                gboolean    had_old_file)
{
  g_autofree char *target = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (run (target, &error));
  g_assert_error (error, IND_ERROR, IND_ERROR_WRITE);
  /* names the file and gives the reason after it */
  if (strstr (error->message, name) == NULL || !g_str_has_suffix (error->message, reason))
    g_error ("«%s» does not name %s and say «%s»", error->message, name, reason);

  if (had_old_file)
    {
      g_file_get_contents (target, &contents, NULL, NULL);
      g_assert_cmpstr (contents, ==, OLD_CONTENTS);
    }
  else
    g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (dir), ==, had_old_file ? 1 : 0);
}

/* 8 KB: room for the old file, not for any export of the sample. */
static void
test_full_disk (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    {
      g_autofree char *dir = mount_tmpfs ("size=8k");
      g_autofree char *target = NULL;
      g_autofree char *full = NULL;
      g_autoptr(GError) error = NULL;

      if (dir == NULL)
        {
          g_test_skip ("mounting a tmpfs needs root");
          return;
        }
      target = g_build_filename (dir, exports[i].name, NULL);
      g_file_set_contents (target, OLD_CONTENTS, -1, &error);
      g_assert_no_error (error);

      full = g_strdup_printf ("el disco de la carpeta %s está lleno.", dir);
      assert_refused (exports[i].run, dir, exports[i].name, full, TRUE);
      g_assert_cmpint (umount (dir), ==, 0);
    }
}

static void
test_read_only_folder (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    {
      g_autofree char *dir = mount_tmpfs ("ro,size=8k");
      g_autofree char *read_only = NULL;

      if (dir == NULL)
        {
          g_test_skip ("mounting a tmpfs needs root");
          return;
        }
      read_only = g_strdup_printf ("la carpeta %s está en un disco de solo lectura.", dir);
      assert_refused (exports[i].run, dir, exports[i].name, read_only, FALSE);
      g_assert_cmpint (umount (dir), ==, 0);
    }
}

/* The report is read in one call, so a source removed meanwhile is read
 * whole or reported missing, never half read. */
static void
test_source_removed (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "informe.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(IndReport) report = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  g_file_get_contents (ind_test_sample_path (), &contents, &len, &error);
  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_unlink (path), ==, 0);

  report = ind_report_load (file, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "informe.txt: El archivo no existe.");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ind_test_init (&argc, &argv);
  sample = ind_test_load_sample ();

  g_test_add_func ("/faults/full-disk", test_full_disk);
  g_test_add_func ("/faults/read-only-folder", test_read_only_folder);
  g_test_add_func ("/faults/source-removed", test_source_removed);

  status = g_test_run ();
  g_object_unref (sample);
  return status;
}

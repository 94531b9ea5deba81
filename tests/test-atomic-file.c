/* test-atomic-file.c: an export appears whole or not at all, and the
 * file it replaces survives every failure
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sys/mount.h>
#include <unistd.h>

#include "ind-atomic-file.h"
#include "ind-error.h"
#include "ind-test-util.h"

static guint
count_entries (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint count = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    count++;
  return count;
}

static void
write_all (const char *path,
           gsize       size,
           gboolean    expect_ok)
{
  FILE *file = fopen (path, "wb");
  g_autofree char *block = g_malloc0 (4096);
  gboolean ok = file != NULL;

  for (gsize written = 0; ok && written < size; written += 4096)
    ok = fwrite (block, 1, 4096, file) == 4096;
  if (file != NULL)
    ok = (fclose (file) == 0) && ok;
  g_assert_true (ok == expect_ok);
}

static void
test_commit_replaces (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *target = g_build_filename (dir, "Indicadores 2024-T1.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(IndAtomicFile) atomic = NULL;
  g_autofree char *contents = NULL;
  GStatBuf st;

  g_file_set_contents (target, "old", -1, &error);
  g_assert_no_error (error);

  atomic = ind_atomic_file_new (target, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (ind_atomic_file_get_temp_path (atomic), dir));
  g_file_set_contents (ind_atomic_file_get_temp_path (atomic), "new", -1, &error);
  g_assert_no_error (error);

  /* until the commit the old file is what a reader finds */
  g_file_get_contents (target, &contents, NULL, &error);
  g_assert_cmpstr (contents, ==, "old");
  g_clear_pointer (&contents, g_free);

  g_assert_true (ind_atomic_file_commit (atomic, &error));
  g_assert_no_error (error);
  g_file_get_contents (target, &contents, NULL, &error);
  g_assert_cmpstr (contents, ==, "new");
  g_assert_cmpuint (count_entries (dir), ==, 1);

  /* the usual permissions, not the temporary's private ones */
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0044, ==, 0044);
}

static void
test_abandon_leaves_old_file (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *target = g_build_filename (dir, "resumen.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  IndAtomicFile *atomic;

  g_file_set_contents (target, "old", -1, &error);
  atomic = ind_atomic_file_new (target, &error);
  g_assert_no_error (error);
  write_all (ind_atomic_file_get_temp_path (atomic), 8192, TRUE);
  ind_atomic_file_free (atomic); /* the export failed or was cancelled */

  g_file_get_contents (target, &contents, NULL, &error);
  g_assert_cmpstr (contents, ==, "old");
  g_assert_cmpuint (count_entries (dir), ==, 1);
}

/* Mounts a small tmpfs for the test; as root only (CI runs as root). */
static char *
mount_tmpfs (const char *options)
{
  g_autofree char *dir = ind_test_tmpdir ();

  if (geteuid () != 0 || mount ("tmpfs", dir, "tmpfs", 0, options) != 0)
    return NULL;
  return g_steal_pointer (&dir);
}

static void
test_full_disk (void)
{
  g_autofree char *dir = mount_tmpfs ("size=64k");
  g_autofree char *target = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  IndAtomicFile *atomic;

  if (dir == NULL)
    {
      g_test_skip ("mounting a tmpfs needs root");
      return;
    }
  target = g_build_filename (dir, "resumen.pdf", NULL);
  g_file_set_contents (target, "old", -1, &error);
  g_assert_no_error (error);

  atomic = ind_atomic_file_new (target, &error);
  g_assert_no_error (error);
  write_all (ind_atomic_file_get_temp_path (atomic), 256 * 1024, FALSE);
  /* the writer says only "write error"; the full disk is said plainly */
  ind_atomic_file_set_error (atomic, &error, "write error");
  g_assert_error (error, IND_ERROR, IND_ERROR_WRITE);
  g_assert_true (g_str_has_suffix (error->message, "está lleno."));
  ind_atomic_file_free (atomic);

  g_file_get_contents (target, &contents, NULL, &error);
  g_assert_cmpstr (contents, ==, "old");
  g_assert_cmpuint (count_entries (dir), ==, 1);
  g_assert_cmpint (umount (dir), ==, 0);
}

static void
test_read_only_folder (void)
{
  g_autofree char *dir = mount_tmpfs ("ro,size=64k");
  g_autofree char *target = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  IndAtomicFile *atomic;

  if (dir == NULL)
    {
      g_test_skip ("mounting a tmpfs needs root");
      return;
    }
  target = g_build_filename (dir, "Indicadores 2024-T1.xlsx", NULL);
  atomic = ind_atomic_file_new (target, &error);
  g_assert_null (atomic);
  g_assert_error (error, IND_ERROR, IND_ERROR_WRITE);
  /* names the file and says why, in Spanish */
  expected = g_strdup_printf ("No se pudo escribir «Indicadores 2024-T1.xlsx»: "
                              "la carpeta %s está en un disco de solo lectura.", dir);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_cmpuint (count_entries (dir), ==, 0);
  g_assert_cmpint (umount (dir), ==, 0);
}

/* The app's own sentence names the folder that is missing, not the
 * system's peninsular "fichero". */
static void
test_missing_folder (void)
{
  g_autoptr(GError) error = NULL;
  IndAtomicFile *atomic = ind_atomic_file_new ("/nonexistent-folder/informes/x.xlsx", &error);

  g_assert_null (atomic);
  g_assert_error (error, IND_ERROR, IND_ERROR_WRITE);
  g_assert_cmpstr (error->message, ==,
                   "No se pudo escribir «x.xlsx»: la carpeta /nonexistent-folder/informes no existe.");
}

/* Root writes anywhere, so the other causes are given as errno. */
static void
test_errno_sentences (void)
{
  static const struct
  {
    int         errno_value;
    const char *message;
  } cases[] = {
    { EACCES, "No se pudo escribir «informe.pdf»: no tiene permiso para escribir en la carpeta /srv/actas." },
    { EPERM, "No se pudo escribir «informe.pdf»: no tiene permiso para escribir en la carpeta /srv/actas." },
    { ENOSPC, "No se pudo escribir «informe.pdf»: el disco de la carpeta /srv/actas está lleno." },
    { EDQUOT, "No se pudo escribir «informe.pdf»: el disco de la carpeta /srv/actas está lleno." },
    { EROFS, "No se pudo escribir «informe.pdf»: la carpeta /srv/actas está en un disco de solo lectura." },
    { EISDIR, "No se pudo escribir «informe.pdf»: ya hay una carpeta con ese nombre." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      ind_atomic_file_set_errno_error (&error, "/srv/actas/informe.pdf", cases[i].errno_value);
      g_assert_error (error, IND_ERROR, IND_ERROR_WRITE);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

int
main (int   argc,
      char *argv[])
{
  ind_test_init (&argc, &argv);

  g_test_add_func ("/atomic-file/commit-replaces", test_commit_replaces);
  g_test_add_func ("/atomic-file/abandon-leaves-old-file", test_abandon_leaves_old_file);
  g_test_add_func ("/atomic-file/full-disk", test_full_disk);
  g_test_add_func ("/atomic-file/read-only-folder", test_read_only_folder);
  g_test_add_func ("/atomic-file/missing-folder", test_missing_folder);
  g_test_add_func ("/atomic-file/errno-sentences", test_errno_sentences);

  return g_test_run ();
}

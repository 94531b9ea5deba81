/* test-hostile-files.c: files a person can pick by mistake are refused
 * before they are read, in the app's words: a pipe, a device, a file far
 * too large for a report, and the size limit at N and N + 1 bytes
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ind-error.h"
#include "ind-load-private.h"
#include "ind-load.h"
#include "ind-test-util.h"

/* Loads @path and returns its error, which must name the file. */
static GError *
load_error (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(IndReport) report = NULL;
  GError *error = NULL;

  report = ind_report_load (file, NULL, &error);
  g_assert_null (report);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, name));
  return error;
}

/* A 3 GB file (sparse: it takes no disk) is refused from its size alone:
 * nothing is read, so it costs no memory and no time. */
static void
test_huge_file (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "video.txt", NULL);
  g_autoptr(GError) error = NULL;
  int fd = g_open (path, O_CREAT | O_WRONLY, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t)3 * 1024 * 1024 * 1024), ==, 0);
  close (fd);

  error = load_error (path);
  g_assert_error (error, IND_ERROR, IND_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "video.txt: Pesa 3.0 GB; el límite es 512 MB.");
  g_unlink (path);
  g_rmdir (dir);
}

/* A named pipe would block a read forever: it is refused at once. */
static void
test_pipe (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "tuberia.txt", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  error = load_error (path);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_cmpstr (error->message, ==, "tuberia.txt: Es una tubería, no un archivo.");
  g_unlink (path);
  g_rmdir (dir);
}

/* A device never ends (/dev/zero) or means nothing as a report. */
static void
test_device (void)
{
  g_autoptr(GError) error = load_error ("/dev/zero");

  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_cmpstr (error->message, ==, "zero: Es un dispositivo, no un archivo.");
}

/* A folder, and a file that is not there, in plain words too. */
static void
test_folder_and_missing (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *missing = g_build_filename (dir, "no-existe.txt", NULL);
  g_autoptr(GError) folder_error = load_error (dir);
  g_autoptr(GError) missing_error = load_error (missing);
  g_autofree char *folder_name = g_path_get_basename (dir);
  g_autofree char *expected = g_strdup_printf ("%s: Es una carpeta, no un archivo.", folder_name);

  g_assert_cmpstr (folder_error->message, ==, expected);
  g_assert_error (missing_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (missing_error->message, ==, "no-existe.txt: El archivo no existe.");
  g_rmdir (dir);
}

/* The limit holds at N bytes and refuses N + 1. */
static void
test_limit (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "limite.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = g_strnfill (1001, 'x');
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, 1000, &error);
  g_assert_no_error (error);
  bytes = _ind_load_file_bytes_at_most (file, 1000, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 1000);

  g_file_set_contents (path, contents, 1001, &error);
  g_assert_no_error (error);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = _ind_load_file_bytes_at_most (file, 1000, NULL, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, IND_ERROR, IND_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "limite.txt: Pesa 1 KB; el límite es 1 KB.");
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  ind_test_init (&argc, &argv);

  g_test_add_func ("/hostile-files/huge-file", test_huge_file);
  g_test_add_func ("/hostile-files/pipe", test_pipe);
  g_test_add_func ("/hostile-files/device", test_device);
  g_test_add_func ("/hostile-files/folder-and-missing", test_folder_and_missing);
  g_test_add_func ("/hostile-files/limit", test_limit);

  return g_test_run ();
}

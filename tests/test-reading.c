/* test-reading.c: a report is read once, as one snapshot, and reading it
 * can be cancelled in every format
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ind-load.h"
#include "ind-project.h"
#include "ind-test-util.h"

/* A file that counts how often it is opened for reading, and gives
 * another report's bytes from the second time on: anything that read
 * the file twice would mix two reports. */

#define COUNTING_TYPE_FILE (counting_file_get_type ())
G_DECLARE_FINAL_TYPE (CountingFile, counting_file, COUNTING, FILE, GObject)

struct _CountingFile
{
  GObject  parent_instance;
  GFile   *first;    /* what the first read gives */
  GFile   *later;    /* what any other read gives */
  guint    n_reads;
};

static void counting_file_iface_init (GFileIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CountingFile, counting_file, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_FILE, counting_file_iface_init))

static CountingFile *
counting_file_new (GFile *first,
                   GFile *later)
{
  CountingFile *self = g_object_new (COUNTING_TYPE_FILE, NULL);

  self->first = g_object_ref (first);
  self->later = g_object_ref (later);
  return self;
}

static GFile *
current (GFile *file)
{
  CountingFile *self = COUNTING_FILE (file);

  return self->n_reads == 0 ? self->first : self->later;
}

static GFile *
counting_dup (GFile *file)
{
  CountingFile *self = COUNTING_FILE (file);

  return G_FILE (counting_file_new (self->first, self->later));
}

static guint
counting_hash (GFile *file)
{
  return g_file_hash (COUNTING_FILE (file)->first);
}

static gboolean
counting_equal (GFile *a,
                GFile *b)
{
  return COUNTING_IS_FILE (b) && g_file_equal (COUNTING_FILE (a)->first, COUNTING_FILE (b)->first);
}

static gboolean
counting_is_native (GFile *file)
{
  return FALSE;
}

static char *
counting_get_basename (GFile *file)
{
  return g_file_get_basename (COUNTING_FILE (file)->first);
}

static char *
counting_get_path (GFile *file)
{
  return NULL;
}

static char *
counting_get_uri (GFile *file)
{
  return g_file_get_uri (COUNTING_FILE (file)->first);
}

static char *
counting_get_parse_name (GFile *file)
{
  return g_file_get_parse_name (COUNTING_FILE (file)->first);
}

static GFile *
counting_get_parent (GFile *file)
{
  return g_file_get_parent (COUNTING_FILE (file)->first);
}

static GFileInfo *
counting_query_info (GFile                *file,
                     const char           *attributes,
                     GFileQueryInfoFlags   flags,
                     GCancellable         *cancellable,
                     GError              **error)
{
  return g_file_query_info (current (file), attributes, flags, cancellable, error);
}

static GFileInputStream *
counting_read (GFile         *file,
               GCancellable  *cancellable,
               GError       **error)
{
  GFileInputStream *stream = g_file_read (current (file), cancellable, error);

  COUNTING_FILE (file)->n_reads++;
  return stream;
}

static void
counting_file_iface_init (GFileIface *iface)
{
  iface->dup = counting_dup;
  iface->hash = counting_hash;
  iface->equal = counting_equal;
  iface->is_native = counting_is_native;
  iface->get_basename = counting_get_basename;
  iface->get_path = counting_get_path;
  iface->get_uri = counting_get_uri;
  iface->get_parse_name = counting_get_parse_name;
  iface->get_parent = counting_get_parent;
  iface->query_info = counting_query_info;
  iface->read_fn = counting_read;
}

static void
counting_file_finalize (GObject *object)
{
  CountingFile *self = COUNTING_FILE (object);

  g_object_unref (self->first);
  g_object_unref (self->later);
  G_OBJECT_CLASS (counting_file_parent_class)->finalize (object);
}

static void
counting_file_class_init (CountingFileClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = counting_file_finalize;
}

static void
counting_file_init (CountingFile *self)
{
}

static char *
checksum_of (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)contents, length);
}

/* The sample's period and figures, not the second quarter's. */
static void
assert_sample (IndReport *expected,
               IndReport *report)
{
  const GDate *end = ind_report_get_period_end (report);

  g_assert_cmpuint (g_date_get_month (end), ==, 3);
  g_assert_cmpint (g_date_compare (end, ind_report_get_period_end (expected)), ==, 0);
  for (IndMoney column = IND_MONEY_MODIFICADO; column <= IND_MONEY_PAGADO; column++)
    {
      gint64 total = 0, expected_total = 0;

      g_assert_true (ind_report_get_total (report, column, &total));
      g_assert_true (ind_report_get_total (expected, column, &expected_total));
      g_assert_cmpint (total, ==, expected_total);
    }
  g_assert_cmpuint (g_list_model_get_n_items (ind_report_get_diagnostics (report)), ==,
                    g_list_model_get_n_items (ind_report_get_diagnostics (expected)));
}

/* What the command line does with FILE, and with FILE and --remarks:
 * the report's file is opened once, and what is shown, checked and
 * recorded (the checksum the remarks are kept by) is that one snapshot. */
static void
test_read_once (void)
{
  g_autoptr(GFile) sample = g_file_new_for_path (ind_test_sample_path ());
  g_autofree char *second_path = ind_test_fixture_path ("oosapat-indicadores-2024-06.txt");
  g_autoptr(GFile) second = g_file_new_for_path (second_path);
  g_autofree char *sample_checksum = checksum_of (ind_test_sample_path ());
  g_autoptr(CountingFile) file = counting_file_new (sample, second);
  g_autoptr(IndReport) report = NULL;
  g_autoptr(IndReport) expected = ind_test_load_sample ();
  g_autoptr(GError) error = NULL;

  report = ind_report_load (G_FILE (file), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (file->n_reads, ==, 1);
  g_assert_cmpstr (ind_report_get_source_checksum (report), ==, sample_checksum);
  assert_sample (expected, report);
}

static void
test_read_once_with_remarks (void)
{
  g_autoptr(GFile) sample = g_file_new_for_path (ind_test_sample_path ());
  g_autofree char *second_path = ind_test_fixture_path ("oosapat-indicadores-2024-06.txt");
  g_autoptr(GFile) second = g_file_new_for_path (second_path);
  g_autofree char *sample_checksum = checksum_of (ind_test_sample_path ());
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *project_path = ind_test_write_remarks (dir);
  g_autoptr(GFile) project_file = g_file_new_for_path (project_path);
  g_autoptr(CountingFile) file = counting_file_new (sample, second);
  g_autoptr(IndProject) project = NULL;
  g_autoptr(IndReport) expected = ind_test_load_sample ();
  g_autoptr(GError) error = NULL;

  project = ind_project_load (project_file, G_FILE (file), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (file->n_reads, ==, 1);
  g_assert_cmpstr (ind_report_get_source_checksum (ind_project_get_report (project)), ==, sample_checksum);
  assert_sample (expected, ind_project_get_report (project));

  g_clear_object (&project);
  g_unlink (project_path);
  g_rmdir (dir);
}

/* A cancel before reading is heard in every format, and said as a
 * cancel: the window says nothing of it. */
static void
test_cancelled (void)
{
  const char *fixtures[] = { "sample-cairo-middle.pdf", "sample.xlsx", "oosapat-indicadores-2024-06.txt" };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  g_cancellable_cancel (cancellable);
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *path = ind_test_fixture_path (fixtures[i]);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize length;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(IndReport) report = NULL;

      g_test_message ("%s", fixtures[i]);
      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      report = ind_report_load_bytes (bytes, fixtures[i], cancellable, &error);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_null (report);
    }
}

static char *
etag_of (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                                                 NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (g_file_info_get_etag (info));
  return g_strdup (g_file_info_get_etag (info));
}

/* What was read carries the file's entity tag from when it was read,
 * whether it was read as a report or opened (as "Open" does): once the
 * file is written again, the tag is another, and the window can tell
 * that the figures it shows are no longer those on disk. */
static void
test_source_etag (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "informe.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *sample = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(IndReport) report = NULL;
  g_autoptr(IndProject) project = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(IndReport) from_bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (ind_test_sample_path (), &sample, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, sample, length, &error);
  g_assert_no_error (error);
  ind_test_date_back (path);
  before = etag_of (file);

  report = ind_report_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ind_report_get_source_etag (report), ==, before);
  project = ind_project_open (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ind_report_get_source_etag (ind_project_get_report (project)), ==, before);

  /* the same bytes written again: another version of the file all the same */
  g_file_set_contents (path, sample, length, &error);
  g_assert_no_error (error);
  after = etag_of (file);
  g_assert_cmpstr (after, !=, before);
  g_assert_cmpstr (ind_report_get_source_etag (report), ==, before);

  /* bytes from nowhere have no file to be a version of */
  bytes = g_bytes_new_static (sample, length);
  from_bytes = ind_report_load_bytes (bytes, "informe.txt", NULL, &error);
  g_assert_no_error (error);
  g_assert_null (ind_report_get_source_etag (from_bytes));

  g_clear_object (&project);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  ind_test_init (&argc, &argv);

  g_test_add_func ("/reading/read-once", test_read_once);
  g_test_add_func ("/reading/read-once-with-remarks", test_read_once_with_remarks);
  g_test_add_func ("/reading/cancelled", test_cancelled);
  g_test_add_func ("/reading/source-etag", test_source_etag);

  return g_test_run ();
}

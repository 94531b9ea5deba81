/* test-fuzz-regressions.c: every input the fuzzers were seeded with or
 * ever crashed on goes through the whole pipeline in every build, the
 * sanitizer build included
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz/fuzz-pdf-glyphs.h"
#include "ind-load.h"
#include "ind-reader-pdf-private.h"
#include "ind-reader-text-private.h"
#include "ind-reader-xlsx-private.h"
#include "ind-report-json.h"
#include "ind-report-summary.h"
#include "ind-test-util.h"
#include "ind-validate.h"

typedef IndRawTable *(*Reader) (GBytes *, GCancellable *, GError **);

/* Each reader on its own too: the content sniffing in front of them must
 * not be what keeps a bad input away from a reader. */
static void
replay_readers (GBytes *bytes)
{
  const Reader readers[] = { ind_read_text, ind_read_xlsx, ind_read_pdf };

  for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(IndRawTable) table = readers[i] (bytes, NULL, &error);
      g_autoptr(IndReport) report = NULL;

      g_assert_true ((table == NULL) == (error != NULL));
      if (table != NULL && (report = ind_report_build (table, NULL)) != NULL)
        ind_report_validate (report);
    }
}

/* Pages of glyphs (fuzz-pdf-glyphs.h) through the PDF reader's second
 * half, as the fuzzer gave them. */
static void
replay_glyphs (GBytes *bytes)
{
  gsize len;
  const guint8 *data = g_bytes_get_data (bytes, &len);
  g_autoptr(GArray) pages = glyph_pages_decode (data, len, GLYPH_MAX_PAGES);
  g_autoptr(GError) error = NULL;
  g_autoptr(IndRawTable) table = glyph_pages_read (pages, &error);
  g_autoptr(IndReport) report = NULL;

  g_assert_true ((table == NULL) == (error != NULL));
  if (table != NULL && (report = ind_report_build (table, NULL)) != NULL)
    {
      ind_report_validate (report);
      g_free (ind_report_to_json (report));
      g_free (ind_report_to_summary (report));
    }
}

static void
replay (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(IndReport) report = NULL;
  char *contents;
  gsize len;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (contents, len);
  if (g_str_has_suffix (path, ".glyphs"))
    {
      replay_glyphs (bytes);
      return;
    }
  replay_readers (bytes);

  report = ind_report_load_bytes (bytes, "fuzz", NULL, &error);
  if (report == NULL)
    {
      /* refused: with a reason that names the file */
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, "fuzz: "));
      return;
    }
  g_free (ind_report_to_json (report));
  g_free (ind_report_to_summary (report));
}

int
main (int   argc,
      char *argv[])
{
  const char *dirs[] = {
    "fuzz/crashers", "fuzz/seeds-text", "fuzz/seeds-csv", "fuzz/seeds-builder",
    "fuzz/seeds-xlsx", "fuzz/seeds-pdf", "fuzz/seeds-pdf-glyphs",
  };
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  ind_test_init (&argc, &argv);

  for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
    {
      g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, dirs[d], NULL);
      g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
      const char *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          char *test_path;

          if (name[0] == '.')
            continue;
          g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));
          test_path = g_strdup_printf ("/fuzz-regressions/%s/%s", dirs[d] + 5, name);
          g_test_add_data_func (test_path, g_ptr_array_index (paths, paths->len - 1), replay);
          g_free (test_path);
        }
    }

  return g_test_run ();
}

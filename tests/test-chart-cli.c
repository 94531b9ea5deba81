/* test-chart-cli.c: indicadores --export-chart, as a script would run it
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <poppler.h>
#include <sys/wait.h>

#include "ind-chart.h"
#include "ind-test-util.h"

static char *tmpdir;

/* Runs the indicadores binary with the arguments and returns its exit
 * status; its stderr goes to @err. */
static int
run_va (char    **err,
        va_list   args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *arg;
  int status;

  g_ptr_array_add (argv, (char *)g_getenv ("INDICADORES_BIN"));
  g_assert_nonnull (argv->pdata[0]);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *)arg);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* The arguments end with NULL. */
static int
run (char **err,
     ...)
{
  va_list args;
  int status;

  va_start (args, err);
  status = run_va (err, args);
  va_end (args);
  return status;
}

static char *
out_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static void
assert_png_size (const char *path,
                 int         width,
                 int         height)
{
  cairo_surface_t *image = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, height);
  cairo_surface_destroy (image);
}

static void
test_png (void)
{
  g_autofree char *png = out_path ("ejecucion.png");
  g_autofree char *err = NULL;

  g_assert_cmpint (run (&err, "--export-chart", png, ind_test_sample_path (), NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  assert_png_size (png, 1920, 1080);
}

static void
test_svg (void)
{
  g_autofree char *svg = out_path ("avance.svg");
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;

  g_assert_cmpint (run (&err, "--export-chart", svg, "--chart=avance", ind_test_sample_path (), NULL), ==, 0);
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, "width=\"1920"));
  g_assert_nonnull (strstr (contents, "height=\"1080"));
  g_assert_nonnull (strstr (contents, "</svg>"));
}

/* A PDF of one page of 1920 × 1080 points, as poppler reads it. */
static void
test_pdf (void)
{
  g_autofree char *pdf = out_path ("composicion.pdf");
  g_autofree char *uri = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  PopplerDocument *document;
  PopplerPage *page;
  double width, height;

  g_assert_cmpint (run (&err, "--export-chart", pdf, "--chart", "composicion", "--program", "103",
                        ind_test_sample_path (), NULL), ==, 0);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  uri = g_filename_to_uri (pdf, NULL, NULL);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  page = poppler_document_get_page (document, 0);
  poppler_page_get_size (page, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 1920, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 1080, 0.5);
  /* Poppler 22.02 has no autoptr for its types. */
  g_object_unref (page);
  g_object_unref (document);
}

/* The command line draws what the library draws with the same choices:
 * the slide's text scale and the drill-down. */
static void
test_same_as_library (void)
{
  g_autofree char *cli = out_path ("cli.png");
  g_autofree char *library = out_path ("library.png");
  g_autofree char *err = NULL;
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(IndReport) sample = ind_test_load_sample ();
  g_autoptr(GError) error = NULL;
  gsize a_len, b_len;
  IndChartOptions options;

  g_assert_cmpint (run (&err, "--export-chart", cli, "--chart=avance", "--program", "103/c01",
                        "--width", "1280", "--height", "720", ind_test_sample_path (), NULL), ==, 0);
  assert_png_size (cli, 1280, 720);

  ind_chart_options_init (&options);
  options.scope_path = "103/C01";
  options.text_scale = ind_chart_text_scale_for_size (1280, 720);
  g_assert_true (ind_chart_save (sample, IND_CHART_AVANCE, 1280, 720, &options, library, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (cli, &a, &a_len, NULL));
  g_assert_true (g_file_get_contents (library, &b, &b_len, NULL));
  g_assert_cmpmem (a, a_len, b, b_len);
}

/* Runs with the NULL-terminated arguments, expecting exit status
 * @expected, a message naming @named, and no file at @out. */
static void
assert_fails (int         expected,
              const char *named,
              const char *out,
              ...)
{
  g_autofree char *err = NULL;
  va_list args;
  int status;

  va_start (args, out);
  status = run_va (&err, args);
  va_end (args);

  g_assert_cmpint (status, ==, expected);
  /* one line that says what went wrong */
  g_assert_true (g_str_has_prefix (err, "indicadores: "));
  g_assert_true (strchr (err, '\n') == err + strlen (err) - 1);
  if (named != NULL)
    g_assert_nonnull (strstr (err, named));
  if (out != NULL)
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

static void
test_failures (void)
{
  const char *sample = ind_test_sample_path ();
  g_autofree char *png = out_path ("never.png");
  g_autofree char *gif = out_path ("chart.gif");
  g_autofree char *nowhere = g_build_filename (tmpdir, "no", "such", "chart.png", NULL);
  g_autofree char *missing = out_path ("missing.txt");
  g_autofree char *not_a_report = out_path ("not-a-report.txt");

  g_assert_true (g_file_set_contents (not_a_report, "Lista de compras\nleche\npan\n", -1, NULL));

  /* usage: 1 */
  assert_fails (1, "pastel", png, "--export-chart", png, "--chart=pastel", sample, NULL);
  assert_fails (1, "999", png, "--export-chart", png, "--program", "999", sample, NULL);
  assert_fails (1, "101/C01/A01", png, "--export-chart", png, "--program", "101/C01/A01", sample, NULL);
  assert_fails (1, NULL, png, "--export-chart", png, "--width=-5", sample, NULL);
  assert_fails (1, "--export-chart", png, "--export-chart", png, "--summary", sample, NULL);
  assert_fails (1, NULL, png, "--export-chart", png, NULL);
  /* the report cannot be read: 2 */
  assert_fails (2, "missing.txt", png, "--export-chart", png, missing, NULL);
  assert_fails (2, "not-a-report.txt", png, "--export-chart", png, not_a_report, NULL);
  /* the chart cannot be written: 3 */
  assert_fails (3, "chart.gif", gif, "--export-chart", gif, sample, NULL);
  assert_fails (3, "chart.png", nowhere, "--export-chart", nowhere, sample, NULL);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ind_test_init (&argc, &argv);
  tmpdir = ind_test_tmpdir ();

  g_test_add_func ("/chart-cli/png", test_png);
  g_test_add_func ("/chart-cli/svg", test_svg);
  g_test_add_func ("/chart-cli/pdf", test_pdf);
  g_test_add_func ("/chart-cli/same-as-library", test_same_as_library);
  g_test_add_func ("/chart-cli/failures", test_failures);

  status = g_test_run ();
  g_free (tmpdir);
  return status;
}

/* test-export-pptx.c: the slides as a PowerPoint presentation, read back
 * by an independent reader (tests/check-pptx.py) and by LibreOffice
 * Impress
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "ind-error.h"
#include "ind-export-pptx.h"
#include "ind-findings-private.h"
#include "ind-slides-private.h"
#include "ind-test-util.h"

static IndReport *sample;
static char *tmpdir;

static void
assert_contains (const char *text,
                 const char *fragment)
{
  if (strstr (text, fragment) == NULL)
    g_error ("«%s» not found in:\n%s", fragment, text);
}

/* Runs a command in @envp (NULL: this one); returns its standard
 * output, asserts its status. */
static char *
run_in (int                 expected_status,
        const char * const *argv,
        char              **envp,
        char              **err)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **)argv, envp, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, err, &status, &error);
  g_assert_no_error (error);
  if (!(WIFEXITED (status) && WEXITSTATUS (status) == expected_status))
    g_error ("%s exited with %d, not %d: %s", argv[0], WEXITSTATUS (status), expected_status,
             err != NULL && *err != NULL ? *err : "");
  return out;
}

static char *
run (int                 expected_status,
     const char * const *argv,
     char              **err)
{
  return run_in (expected_status, argv, NULL, err);
}

/* Whitespace in runs of one space: text wraps differently in each reader. */
static char *
squeeze (const char *text)
{
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

/* check-pptx.py's reading of @pptx; fails the test on any problem of
 * the package. */
static JsonObject *
check_pptx (const char *pptx)
{
  g_autofree char *checker = g_test_build_filename (G_TEST_DIST, "check-pptx.py", NULL);
  g_autofree char *out = run (0, (const char *[]) { "/usr/bin/python3", checker, pptx, NULL }, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static JsonObject *
get_slide (JsonObject *deck,
           guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (deck, "slides"), index);
}

static const char *
slide_string (JsonObject *deck,
              guint       index,
              const char *member)
{
  JsonObject *slide = get_slide (deck, index);

  return json_object_get_null_member (slide, member) ? NULL : json_object_get_string_member (slide, member);
}

static guint
pdf_n_pages (const char *pdf)
{
  g_autofree char *info = run (0, (const char *[]) { "pdfinfo", pdf, NULL }, NULL);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

/* The slide of @program in the deck of @report exported with @options. */
static guint
program_slide (IndReport                 *report,
               const IndExportOptions *options,
               const char                *path)
{
  g_autoptr(IndSlides) slides = ind_slides_new (report, options);

  for (guint i = 0; i < ind_slides_get_n_slides (slides); i++)
    {
      IndItem *program = NULL;

      if (ind_slides_get_kind (slides, i, &program) == IND_SLIDE_PROGRAM &&
          g_str_equal (ind_item_get_path (program), path))
        return i;
    }
  g_assert_not_reached ();
}

/* The sample with the test remarks on it, exported to @name. */
static char *
export_with_remarks (const char  *name,
                     IndProject **project_out)
{
  g_autofree char *remarks = ind_test_write_remarks (tmpdir);
  g_autoptr(IndProject) project = ind_test_load_remarks_on_sample (remarks);
  char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;
  IndExportOptions options;

  ind_export_options_init (&options);
  options.project = project;
  g_assert_true (ind_export_pptx (ind_project_get_report (project), path, &options, NULL, &error));
  g_assert_no_error (error);
  *project_out = g_steal_pointer (&project);
  return path;
}

/* The package part by part; the deck has the PDF's slides in its order,
 * their texts, the comments for the council as notes, the charts as
 * pictures with their alt text. */
static void
test_package (void)
{
  g_autoptr(IndProject) project = NULL;
  g_autofree char *pptx = export_with_remarks ("remarks.pptx", &project);
  g_autofree char *pdf = g_build_filename (tmpdir, "remarks.pdf", NULL);
  IndReport *report = ind_project_get_report (project);
  g_auto(GStrv) findings = ind_findings_build_brief (report);
  g_autoptr(JsonObject) deck = check_pptx (pptx);
  JsonArray *slides = json_object_get_array_member (deck, "slides");
  JsonObject *core = json_object_get_object_member (deck, "core");
  g_autoptr(GError) error = NULL;
  IndExportOptions options;
  guint p101, p103, p104;

  ind_export_options_init (&options);
  options.project = project;
  g_assert_true (ind_export_pdf_slides (report, pdf, &options, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (slides), ==, pdf_n_pages (pdf));
  g_assert_cmpuint (json_array_get_length (slides), ==, 14);

  g_assert_cmpstr (json_object_get_string_member (core, "title"), ==, "INDICADORES DE RESULTADOS AL 31 DE MARZO DE 2024");
  g_assert_cmpstr (json_object_get_string_member (core, "creator"), ==, ind_report_get_entity (report));
  g_assert_cmpstr (slide_string (deck, 0, "title"), ==, "INDICADORES DE RESULTADOS AL 31 DE MARZO DE 2024");
  assert_contains (slide_string (deck, 0, "text"), "Al 31 de marzo de 2024 · primer trimestre");
  /* the amounts rounded, as said aloud */
  g_assert_cmpstr (slide_string (deck, 1, "title"), ==, "El presupuesto de un vistazo");
  assert_contains (slide_string (deck, 1, "text"), "$168.8 millones");
  assert_contains (slide_string (deck, 1, "text"), "$45.5 millones");
  g_assert_cmpstr (slide_string (deck, 2, "title"), ==, "Hallazgos");
  assert_contains (slide_string (deck, 2, "text"), findings[0]);

  /* the chart of the programs, drawn at twice the slide's size, and
   * said in words */
  for (guint i = 0; i < json_array_get_length (slides); i++)
    if (g_strcmp0 (slide_string (deck, i, "title"), "Ejecución del presupuesto por programa") == 0)
    {
    JsonObject *picture = json_array_get_object_element (json_object_get_array_member (get_slide (deck, i), "pictures"), 0);

    g_assert_cmpstr (json_object_get_string_member (picture, "title"), ==, "Ejecución del presupuesto por programa");
    g_assert_cmpint (json_object_get_int_member (picture, "width"), ==, 2 * 864);
    assert_contains (json_object_get_string_member (picture, "descr"),
                     "101 PROGRAMA DE RECAUDACIÓN EFICIENTE, PARA UN OOSAPAT AL SERVICIO DE LA GENTE: "
                     "Modificado $14.8 millones, Devengado $11.8 millones, Pagado $11.7 millones.");
  }

  p101 = program_slide (report, &options, "101");
  p103 = program_slide (report, &options, "103");
  p104 = program_slide (report, &options, "104");
  g_assert_cmpstr (slide_string (deck, p101, "title"), ==, "Programa 101");
  assert_contains (slide_string (deck, p101, "text"), "PROGRAMA DE RECAUDACIÓN EFICIENTE, PARA UN OOSAPAT AL SERVICIO DE LA GENTE");
  assert_contains (slide_string (deck, p101, "text"), "$14.8 millones");
  assert_contains (slide_string (deck, p101, "notes"), "Comentario para el consejo");
  assert_contains (slide_string (deck, p101, "notes"), ind_test_remarks[0].text);
  /* a component's comment goes on its program's notes */
  assert_contains (slide_string (deck, p104, "notes"), "Nómina del trimestre.");
  g_assert_null (slide_string (deck, p103, "notes"));

  /* no internal codes: the lost component is named in words */
  for (guint i = 0; i < json_array_get_length (slides); i++)
    {
      JsonArray *pictures = json_object_get_array_member (get_slide (deck, i), "pictures");

      g_assert_null (strstr (slide_string (deck, i, "text"), "C?"));
      for (guint k = 0; k < json_array_get_length (pictures); k++)
        g_assert_null (strstr (json_object_get_string_member (json_array_get_object_element (pictures, k), "descr"), "C?"));
    }
}

/* Whether a slide rendered at 20 dpi has ink above its footer. */
static gboolean
page_has_content (const char *png)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (png);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);
  guint dark = 0;

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  for (int y = 0; y < height * 9 / 10; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *)(data + y * stride + 4 * x);

        dark += ((pixel >> 16) & 0xff) + ((pixel >> 8) & 0xff) + (pixel & 0xff) < 3 * 160;
      }
  cairo_surface_destroy (surface);
  /* a title alone is a few hundred pixels; a blank slide, none */
  return dark > 200;
}

/* LibreOffice Impress opens the deck: as many slides as the PDF, every
 * one with something on it, the names and the findings as text, and the
 * comments in the notes pages. */
static void
test_libreoffice (void)
{
  g_autoptr(IndProject) project = NULL;
  g_autofree char *pptx = export_with_remarks ("impress.pptx", &project);
  g_autofree char *pdf = g_build_filename (tmpdir, "impress.pdf", NULL);
  g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo-profile", tmpdir);
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  IndReport *report = ind_project_get_report (project);
  g_auto(GStrv) findings = ind_findings_build_brief (report);
  g_autoptr(IndSlides) slides = NULL;
  g_autofree char *slides_text = NULL;
  g_autofree char *notes_text = NULL;
  g_autofree char *first_finding = squeeze (findings[0]);
  /* GLib's fatal criticals would turn LibreOffice's complaints about
   * dconf in a sandboxed HOME into a crash */
  g_auto(GStrv) envp = g_environ_unsetenv (g_environ_setenv (g_get_environ (), "HOME", tmpdir, TRUE), "G_DEBUG");
  IndExportOptions options;
  guint n;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice Impress is needed: run build-aux/install-deps --tests");
      return;
    }
  ind_export_options_init (&options);
  options.project = project;
  slides = ind_slides_new (report, &options);
  n = ind_slides_get_n_slides (slides);

  /* one run: the slides, then a notes page each */
  g_free (run_in (0, (const char *[]) { soffice, "--headless", "--norestore", profile, "--convert-to",
                                        "pdf:impress_pdf_Export:{\"ExportNotesPages\":{\"type\":\"boolean\",\"value\":\"true\"}}",
                                        "--outdir", tmpdir, pptx, NULL }, envp, NULL));
  g_assert_cmpuint (pdf_n_pages (pdf), ==, 2 * n);
  {
    g_autofree char *last = g_strdup_printf ("%u", n);
    g_autofree char *raw = run (0, (const char *[]) { "pdftotext", "-l", last, pdf, "-", NULL }, NULL);

    slides_text = squeeze (raw);
  }
  for (guint i = 0; i < ind_report_get_n_programs (report); i++)
    {
      g_autofree char *name = squeeze (ind_item_get_nombre (ind_report_get_program (report, i)));

      assert_contains (slides_text, name);
    }
  assert_contains (slides_text, first_finding);
  {
    g_autofree char *page = g_strdup_printf ("%u", n + 1 + program_slide (report, &options, "101"));
    g_autofree char *raw = run (0, (const char *[]) { "pdftotext", "-f", page, "-l", page, pdf, "-", NULL }, NULL);

    notes_text = squeeze (raw);
    assert_contains (notes_text, ind_test_remarks[0].text);
  }

  /* no slide blank */
  {
    g_autofree char *prefix = g_build_filename (tmpdir, "impress", NULL);
    g_autofree char *last = g_strdup_printf ("%u", n);

    g_free (run (0, (const char *[]) { "pdftoppm", "-png", "-r", "20", "-l", last, pdf, prefix, NULL }, NULL));
    for (guint i = 1; i <= n; i++)
      {
        g_autofree char *png = g_strdup_printf ("%s-%02u.png", prefix, i);

        if (!page_has_content (png))
          g_error ("slide %u is blank in LibreOffice", i);
      }
  }
}

/* Names and comments with XML's special characters, accents and
 * control characters survive as they were. */
static void
test_escaping (void)
{
  g_autoptr(IndReport) report = ind_test_load_sample ();
  g_autofree char *pptx = g_build_filename (tmpdir, "escaping.pptx", NULL);
  IndItem *program = ind_report_get_program (report, 0);
  const char *name = "AGUA <POTABLE> & \"SANEAMIENTO\" 'TEHUACÁN' ÑANDÚ]]>";
  g_autoptr(JsonObject) deck = NULL;
  g_autoptr(GError) error = NULL;
  guint slide;

  ind_report_set_entity (report, "O&O <Tehuacán> \"Puebla\"");
  ind_item_set_nombre (program, name);
  ind_item_set_note (program, "Pagado </a:t></a:r> & \"más\"\x01 aquí.\nSegunda línea.");
  g_assert_true (ind_export_pptx (report, pptx, NULL, NULL, &error));
  g_assert_no_error (error);

  deck = check_pptx (pptx);
  slide = program_slide (report, NULL, "101");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (deck, "core"), "creator"),
                   ==, "O&O <Tehuacán> \"Puebla\"");
  assert_contains (slide_string (deck, 0, "text"), "O&O <Tehuacán> \"Puebla\"");
  assert_contains (slide_string (deck, slide, "text"), name);
  assert_contains (slide_string (deck, slide, "notes"), "Pagado </a:t></a:r> & \"más\" aquí.\nSegunda línea.");
}

/* The command line takes --remarks and --compare as --export-slides
 * does, and gives the same number of slides. */
static void
test_cli (void)
{
  g_autofree char *remarks = ind_test_write_remarks (tmpdir);
  g_autofree char *june = ind_test_fixture_path (IND_TEST_SECOND_QUARTER);
  g_autofree char *pptx = g_build_filename (tmpdir, "cli.pptx", NULL);
  g_autofree char *pdf = g_build_filename (tmpdir, "cli.pdf", NULL);
  const char *bin = g_getenv ("INDICADORES_BIN");
  g_autoptr(JsonObject) deck = NULL;
  JsonArray *slides;
  gboolean compared = FALSE, remarked = FALSE;

  g_free (run (0, (const char *[]) { bin, "--export-pptx", pptx, "--remarks", remarks, "--compare", june,
                                     ind_test_sample_path (), NULL }, NULL));
  g_free (run (0, (const char *[]) { bin, "--export-slides", pdf, "--remarks", remarks, "--compare", june,
                                     ind_test_sample_path (), NULL }, NULL));
  deck = check_pptx (pptx);
  slides = json_object_get_array_member (deck, "slides");
  g_assert_cmpuint (json_array_get_length (slides), ==, pdf_n_pages (pdf));
  for (guint i = 0; i < json_array_get_length (slides); i++)
    {
      const char *notes = slide_string (deck, i, "notes");

      compared |= g_strcmp0 (slide_string (deck, i, "title"), "% ejercido por periodo, por programa") == 0;
      remarked |= notes != NULL && strstr (notes, ind_test_remarks[0].text) != NULL;
    }
  g_assert_true (compared);
  g_assert_true (remarked);
}

/* A folder that cannot be written: status 3, a line naming the file,
 * and nothing left behind; an unreadable report: 2. */
static void
test_cli_unwritable (void)
{
  g_autofree char *missing = g_build_filename (tmpdir, "no-such-folder", "deck.pptx", NULL);
  g_autofree char *nothing = g_build_filename (tmpdir, "no-such-report.txt", NULL);
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *target = g_build_filename (dir, "deck.pptx", NULL);
  g_autofree char *err = NULL;
  const char *bin = g_getenv ("INDICADORES_BIN");

  g_free (run (3, (const char *[]) { bin, "--export-pptx", missing, ind_test_sample_path (), NULL }, &err));
  assert_contains (err, "deck.pptx");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);
  g_free (run (2, (const char *[]) { bin, "--export-pptx", target, nothing, NULL }, &err));
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);

    g_assert_null (g_dir_read_name (listing));
  }
  g_rmdir (dir);
}

/* A cancelled export leaves the previous file as it was, and no other. */
static void
test_cancel_keeps_previous (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "deck.pptx", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "previous", -1, NULL));
  g_cancellable_cancel (cancellable);
  g_assert_false (ind_export_pptx (sample, path, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "previous");
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "deck.pptx");
  g_assert_null (g_dir_read_name (listing));
  g_unlink (path);
  g_rmdir (dir);
}

/* The same report and date give the same file. */
static void
test_reproducible (void)
{
  g_autofree char *a = g_build_filename (tmpdir, "a.pptx", NULL);
  g_autofree char *b = g_build_filename (tmpdir, "b.pptx", NULL);
  g_autofree char *da = NULL, *db = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (1713196800);
  gsize la, lb;
  IndExportOptions options;

  ind_export_options_init (&options);
  options.generated = date;
  g_assert_true (ind_export_pptx (sample, a, &options, NULL, NULL));
  g_assert_true (ind_export_pptx (sample, b, &options, NULL, NULL));
  g_assert_true (g_file_get_contents (a, &da, &la, NULL));
  g_assert_true (g_file_get_contents (b, &db, &lb, NULL));
  g_assert_cmpmem (da, la, db, lb);
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} AsyncExport;

static void
async_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncExport *export = user_data;

  export->ok = ind_export_finish (IND_REPORT (source), result, &export->error);
  export->done = TRUE;
}

/* In a thread, with the main loop running meanwhile. */
static void
test_async (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "async.pptx", NULL);
  AsyncExport export = { FALSE, FALSE, NULL };

  ind_export_async (sample, ind_export_pptx, path, NULL, NULL, async_done, &export);
  while (!export.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (export.error);
  g_assert_true (export.ok);
  json_object_unref (check_pptx (path));
}

int
main (int   argc,
      char *argv[])
{
  ind_test_init (&argc, &argv);
  sample = ind_test_load_sample ();
  tmpdir = ind_test_tmpdir ();

  g_test_add_func ("/export-pptx/package", test_package);
  g_test_add_func ("/export-pptx/libreoffice", test_libreoffice);
  g_test_add_func ("/export-pptx/escaping", test_escaping);
  g_test_add_func ("/export-pptx/cli", test_cli);
  g_test_add_func ("/export-pptx/cli-unwritable", test_cli_unwritable);
  g_test_add_func ("/export-pptx/cancel-keeps-previous", test_cancel_keeps_previous);
  g_test_add_func ("/export-pptx/reproducible", test_reproducible);
  g_test_add_func ("/export-pptx/async", test_async);
  return g_test_run ();
}

/* test-export-pdf.c: the summary for the council, the slides and the
 * findings, checked as their readers would check them: with pdftotext,
 * pdffonts, qpdf, pdfinfo and pdftoppm on the files written
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>

#include "ind-error.h"
#include "ind-export-pdf.h"
#include "ind-findings-private.h"
#include "ind-format.h"
#include "ind-slides-private.h"
#include "ind-summary-layout.h"
#include "ind-test-util.h"

static IndReport *sample;
static char *tmpdir;
static char *sample_summary;  /* the sample's summary, written once */
static char *sample_slides;

/* ---- Helpers ------------------------------------------------------------ */

/* Runs a command; returns its standard output, asserts its status. */
static char *
run (int                 expected_status,
     const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL) && expected_status == 0)
    g_error ("%s failed: %s", argv[0], err);
  if (expected_status != 0)
    g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == expected_status);
  return out;
}

static char *
pdf_text (const char *path,
          int         page,   /* 0: all */
          gboolean    layout)
{
  g_autofree char *first = g_strdup_printf ("%d", page);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, "pdftotext");
  if (layout)
    g_ptr_array_add (argv, "-layout");
  if (page > 0)
    {
      g_ptr_array_add (argv, "-f");
      g_ptr_array_add (argv, first);
      g_ptr_array_add (argv, "-l");
      g_ptr_array_add (argv, first);
    }
  g_ptr_array_add (argv, (char *)path);
  g_ptr_array_add (argv, "-");
  g_ptr_array_add (argv, NULL);
  return run (0, (const char * const *)argv->pdata);
}

/* Whitespace, line ends included, squeezed to single spaces: a name
 * wrapped over two lines reads as one. */
static char *
squeeze (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t\f", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);
  return g_string_free (out, FALSE);
}

static void
assert_contains (const char *text,
                 const char *fragment)
{
  if (strstr (text, fragment) == NULL)
    g_error ("«%s» not found in:\n%s", fragment, text);
}

static guint
pdf_n_pages (const char *path)
{
  g_autofree char *info = run (0, (const char *[]) { "pdfinfo", path, NULL });
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint)g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

/* 15 April 2024, 10:00 in Mexico City: a fixed date, so that two runs
 * write the same file. */
static GDateTime *
generation_date (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_offset (-6 * 3600);

  return g_date_time_new (zone, 2024, 4, 15, 10, 0, 0);
}

static void
init_options (IndExportOptions *options)
{
  ind_export_options_init (options);
  options->generated = generation_date ();
}

static void
clear_options (IndExportOptions *options)
{
  g_clear_pointer (&options->generated, g_date_time_unref);
}

static char *
export (IndReport      *report,
        IndExportFunc   write,
        const char     *name)
{
  IndExportOptions options;
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (tmpdir, name, NULL);
  gboolean ok;

  init_options (&options);
  ok = write (report, path, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  clear_options (&options);
  return path;
}

/* A report as the accounting system prints it, with @n_programs ×
 * @n_components × @n_activities rows whose names are all @name_length
 * characters long, cut mid-word like the real ones. Every parent adds
 * up, so the only observations are about names. */
static char *
synthetic_report (guint n_programs,
                  guint n_components,
                  guint n_activities,
                  guint name_length)
{
  static const char *words = "REALIZAR SEGUIMIENTO PUNTUAL A LAS ACCIONES DE MANTENIMIENTO "
                             "PREVENTIVO Y CORRECTIVO DE LA RED DE AGUA POTABLE Y DRENAJE EN LAS "
                             "COLONIAS DEL MUNICIPIO CON REPORTES MENSUALES AL CONSEJO DIRECTIVO ";
  GString *out = g_string_new ("**ORGANISMO DE PRUEBA DE AGUA POTABLE\n"
                               "INDICADORES DE RESULTADOS AL 31 DE MARZO DE 2024.**\n\n"
                               "Clave\tNombre\tModificado\tDevengado\tPagado\t%AV.FIN\t%AV.FIS\t"
                               "Ponderado %\tMeta:\tUnidades\tUnidad de Medida\n");
  gint64 total[IND_N_MONEY] = { 0 };

  for (guint p = 0; p < n_programs; p++)
    {
      GString *components = g_string_new (NULL);
      gint64 program[IND_N_MONEY] = { 0 };

      for (guint c = 0; c < n_components; c++)
        {
          GString *activities = g_string_new (NULL);
          gint64 component[IND_N_MONEY] = { 0 };

          for (guint a = 0; a < n_activities; a++)
            {
              g_autofree char *prefix = g_strdup_printf ("%u.%u.%u ", p + 1, c + 1, a + 1);
              g_autofree char *name = g_strndup (words, name_length - strlen (prefix));
              gint64 money[IND_N_MONEY];

              money[IND_MONEY_MODIFICADO] = 100000 + 137 * (p * 1000 + c * 100 + a);
              money[IND_MONEY_DEVENGADO] = money[IND_MONEY_MODIFICADO] * (a % 7 + 1) / 9;
              money[IND_MONEY_PAGADO] = money[IND_MONEY_DEVENGADO] * 9 / 10;
              g_string_append_printf (activities, "Actividad %02u\t%s%s", a + 1, prefix, name);
              for (IndMoney m = 0; m < IND_N_MONEY; m++)
                {
                  g_autofree char *amount = ind_format_amount (money[m]);

                  g_string_append_printf (activities, "\t%s", amount);
                  component[m] += money[m];
                }
              g_string_append (activities, "\t\t\t\t\t12\t0 INFORME\n");
            }
          g_string_append_printf (components, "Componente %02u\tCOMPONENTE %u.%u DE PRUEBA", c + 1, p + 1, c + 1);
          for (IndMoney m = 0; m < IND_N_MONEY; m++)
            {
              g_autofree char *amount = ind_format_amount (component[m]);

              g_string_append_printf (components, "\t%s", amount);
              program[m] += component[m];
            }
          g_string_append_printf (components, "\t\t\t\t\t\t\n%s", activities->str);
          g_string_free (activities, TRUE);
        }
      g_string_append_printf (out, "%u\tPROGRAMA %u DE PRUEBA", 101 + p, p + 1);
      for (IndMoney m = 0; m < IND_N_MONEY; m++)
        {
          g_autofree char *amount = ind_format_amount (program[m]);

          g_string_append_printf (out, "\t%s", amount);
          total[m] += program[m];
        }
      g_string_append_printf (out, "\t\t\t\t\t\t\n%s", components->str);
      g_string_free (components, TRUE);
    }

  g_string_append (out, "\nSUMAS\n\n");
  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      g_autofree char *amount = ind_format_amount (total[m]);

      g_string_append_printf (out, "%s%s", m > 0 ? "\t" : "", amount);
    }
  g_string_append (out, "\n");
  return g_string_free (out, FALSE);
}

/* ---- The sample's summary ---------------------------------------------- */

static void
add_item_amounts (IndItem  *item,
                  gpointer  user_data)
{
  GPtrArray *expected = user_data;

  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      gint64 value;

      if (ind_item_get_money (item, m, &value))
        g_ptr_array_add (expected, ind_format_money (value));
    }
}

static void assert_in_order (const char         *text,
                             const char * const *fragments);

static void
test_summary_text (void)
{
  g_autofree char *raw = pdf_text (sample_summary, 0, FALSE);
  g_autofree char *text = squeeze (raw);
  g_autoptr(GPtrArray) amounts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *period = ind_format_period (ind_report_get_period_end (sample));

  assert_contains (text, "TEHUACÁN, PUEBLA");
  assert_contains (text, "INDICADORES DE RESULTADOS AL 31 DE MARZO DE 2024");
  assert_contains (text, period + 1); /* "al 31 de marzo…" is capitalised */

  for (guint i = 0; i < ind_report_get_n_programs (sample); i++)
    {
      IndItem *program = ind_report_get_program (sample, i);

      assert_contains (text, ind_item_get_nombre (program));
    }
  /* every amount of every row, programs first */
  ind_report_foreach_item (sample, add_item_amounts, amounts);
  g_assert_cmpuint (amounts->len, >, 200);
  for (guint i = 0; i < amounts->len; i++)
    assert_contains (text, g_ptr_array_index (amounts, i));

  /* the grand totals in es_MX form */
  assert_contains (text, "$168,837,476.42");
  assert_contains (text, "$45,455,380.04");
  assert_contains (text, "$42,165,072.84");
  /* % ejercido, % pagado, the pace and the count of observations */
  assert_contains (text, "26.9%");
  assert_contains (text, "25.0%");
  assert_contains (text, "79.9%");
  /* findings in the document: 101 far ahead of the pace, those behind it */
  assert_contains (text, "Ejercicio anticipado: el programa 101");
  assert_contains (text, "el 103 con el 18.9% (6.1 puntos menos)");
  /* the findings and the review of the report, each whole */
  {
    g_auto(GStrv) findings = ind_findings_build (sample);
    g_auto(GStrv) review = ind_findings_build_review (sample);

    g_assert_nonnull (findings[0]);
    g_assert_nonnull (review[0]);
    for (guint i = 0; findings[i] != NULL; i++)
      assert_contains (text, findings[i]);
    assert_in_order (text, (const char *[]) { "Hallazgos", findings[0], "Detalle por programa",
                                              "Revisión del informe", review[0], NULL });
    for (guint i = 0; review[i] != NULL; i++)
      assert_contains (text, review[i]);
  }
}

static void
test_summary_footer (void)
{
  guint n = pdf_n_pages (sample_summary);
  GDate date;
  g_autofree char *day = NULL;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 15, 4, 2024);
  day = ind_format_date (&date);
  g_assert_cmpuint (n, >=, 4);
  for (guint page = 1; page <= n; page++)
    {
      g_autofree char *raw = pdf_text (sample_summary, page, FALSE);
      g_autofree char *text = squeeze (raw);
      g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page, n);

      assert_contains (text, number);
      assert_contains (text, day);
    }
}

static void
test_summary_fonts (void)
{
  const char *files[] = { sample_summary, sample_slides };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *out = run (0, (const char *[]) { "pdffonts", files[f], NULL });
      g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
      guint fonts = 0;

      g_assert_cmpuint (g_strv_length (lines), >, 2);
      /* name, type, encoding, then emb sub uni object generation */
      for (guint i = 2; lines[i] != NULL; i++)
        {
          g_auto(GStrv) fields = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
          g_autoptr(GPtrArray) words = g_ptr_array_new ();

          for (guint k = 0; fields[k] != NULL; k++)
            if (*fields[k] != '\0')
              g_ptr_array_add (words, fields[k]);
          if (words->len == 0)
            continue;
          g_assert_cmpuint (words->len, >=, 7);
          if (g_strcmp0 (g_ptr_array_index (words, words->len - 5), "yes") != 0)
            g_error ("font not embedded in %s: %s", files[f], lines[i]);
          g_assert_true (strstr (lines[i], "Cantarell") != NULL || strstr (lines[i], "DejaVu") != NULL);
          fonts++;
        }
      g_assert_cmpuint (fonts, >=, 2);
    }
}

static void
test_qpdf_check (void)
{
  const char *files[] = { sample_summary, sample_slides };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *out = run (0, (const char *[]) { "qpdf", "--check", files[f], NULL });

      assert_contains (out, "No syntax or stream encoding errors found");
    }
}

static void
test_metadata (void)
{
  g_autofree char *info = run (0, (const char *[]) { "pdfinfo", "-isodates", sample_summary, NULL });
  g_autofree char *slides = run (0, (const char *[]) { "pdfinfo", sample_slides, NULL });

  assert_contains (info, "Title:           INDICADORES DE RESULTADOS AL 31 DE MARZO DE 2024");
  assert_contains (info, "Author:          ORGANISMO OPERADOR DE LOS SERVICIOS DE AGUA POTABLE");
  assert_contains (info, "Subject:         ");
  assert_contains (info, "CreationDate:    2024-04-15T10:00:00-06");
  /* Letter, landscape, by default */
  assert_contains (info, "Page size:       792 x 612 pts (letter)");
  assert_contains (slides, "Author:          ORGANISMO OPERADOR");
}

static guint
count_ink (const char *png)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (png);
  int width, height, stride;
  unsigned char *data;
  guint ink = 0;

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  data = cairo_image_surface_get_data (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(guint32 *)(data + y * stride + 4 * x);

        if (((pixel >> 16) & 0xff) < 200 || ((pixel >> 8) & 0xff) < 200 || (pixel & 0xff) < 200)
          ink++;
      }
  cairo_surface_destroy (surface);
  return ink;
}

/* Each page rendered by poppler has ink on at least 1 % of it. */
static void
assert_pages_not_blank (const char *pdf)
{
  guint n = pdf_n_pages (pdf);

  for (guint page = 1; page <= n; page++)
    {
      g_autofree char *number = g_strdup_printf ("%u", page);
      g_autofree char *prefix = g_build_filename (tmpdir, "page", NULL);
      g_autofree char *png = g_strconcat (prefix, ".png", NULL);
      cairo_surface_t *surface;
      guint area, ink;

      g_free (run (0, (const char *[]) { "pdftoppm", "-png", "-r", "30", "-f", number, "-l", number,
                                         "-singlefile", pdf, prefix, NULL }));
      surface = cairo_image_surface_create_from_png (png);
      area = cairo_image_surface_get_width (surface) * cairo_image_surface_get_height (surface);
      ink = count_ink (png);

      cairo_surface_destroy (surface);
      if (ink * 100 < area)
        g_error ("page %u of %s is blank: %u inked pixels of %u", page, pdf, ink, area);
      g_unlink (png);
    }
}

static void
test_pages_not_blank (void)
{
  assert_pages_not_blank (sample_summary);
  assert_pages_not_blank (sample_slides);
}

static void
test_reproducible (void)
{
  g_autofree char *again = export (sample, ind_export_pdf_summary, "again.pdf");
  g_autofree char *a = NULL, *b = NULL;
  gsize la, lb;

  g_assert_true (g_file_get_contents (sample_summary, &a, &la, NULL));
  g_assert_true (g_file_get_contents (again, &b, &lb, NULL));
  g_assert_cmpmem (a, la, b, lb);
}

static void
test_a4 (void)
{
  IndExportOptions options;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "a4.pdf", NULL);
  g_autofree char *info = NULL;

  init_options (&options);
  options.page_size = IND_PAGE_SIZE_A4;
  g_assert_true (ind_export_pdf_summary (sample, path, &options, NULL, &error));
  g_assert_no_error (error);
  clear_options (&options);
  info = run (0, (const char *[]) { "pdfinfo", path, NULL });
  assert_contains (info, "Page size:       841.89 x 595.276 pts (A4)");
}

/* ---- Pagination ------------------------------------------------------- */

static void
count_rows (IndItem  *item,
            gpointer  user_data)
{
  g_hash_table_insert (user_data, item, GUINT_TO_POINTER (0));
}

/* Every block inside the body, none overlapping, every row placed once,
 * and every page that shows rows shows the column headers above them. */
static guint
assert_pagination (IndReport        *report,
                   IndSummaryLayout *layout,
                   const char       *pdf)
{
  g_autoptr(GHashTable) rows = g_hash_table_new (NULL, NULL);
  guint n_pages = ind_summary_layout_get_n_pages (layout);
  guint continued_pages = 0, repeated_components = 0;
  double top, bottom;

  ind_report_foreach_item (report, count_rows, rows);
  ind_summary_layout_get_body (layout, &top, &bottom);
  if (pdf != NULL)
    g_assert_cmpuint (pdf_n_pages (pdf), ==, n_pages);

  for (guint page = 0; page < n_pages; page++)
    {
      IndSummaryPlacement placement, first;
      gboolean header_seen = FALSE, has_rows = FALSE, has_items = FALSE;
      double end = top;

      g_assert_true (ind_summary_layout_get_placement (layout, page, 0, &first));
      for (guint i = 0; ind_summary_layout_get_placement (layout, page, i, &placement); i++)
        {
          /* inside the body, after the block above it: no row cut by the
           * page's end, none drawn over another */
          g_assert_cmpfloat (placement.y, >=, end - 1e-6);
          g_assert_cmpfloat (placement.y + placement.height, <=, bottom + 1e-6);
          g_assert_cmpfloat (placement.height, >, 0);
          end = placement.y + placement.height;

          if (placement.part == IND_SUMMARY_PART_COLUMN_HEADER)
            header_seen = TRUE;
          if (placement.part == IND_SUMMARY_PART_ROW)
            {
              g_assert_true (header_seen);
              has_rows = TRUE;
            }
          if (placement.part == IND_SUMMARY_PART_ROW && placement.repeated)
            {
              /* the component of the activities that go on here */
              IndSummaryPlacement next;

              g_assert_cmpint (ind_item_get_kind (placement.item), ==, IND_KIND_COMPONENTE);
              g_assert_true (ind_summary_layout_get_placement (layout, page, i + 1, &next));
              g_assert_false (next.repeated);
              g_assert_true (ind_item_get_parent (next.item) == placement.item);
              repeated_components++;
              continue;
            }
          if (placement.part == IND_SUMMARY_PART_ROW)
            {
              gpointer seen;

              g_assert_true (g_hash_table_lookup_extended (rows, placement.item, NULL, &seen));
              g_assert_cmpuint (GPOINTER_TO_UINT (seen), ==, 0);
              has_items = TRUE;
              g_hash_table_insert (rows, placement.item, GUINT_TO_POINTER (page + 1));
            }
        }
      if (!has_rows)
        continue;

      /* a table that goes on from the page before starts the page with
       * its program's caption and the column headers */
      if (first.part == IND_SUMMARY_PART_CAPTION && first.repeated)
        {
          IndSummaryPlacement second;

          g_assert_true (ind_summary_layout_get_placement (layout, page, 1, &second));
          g_assert_cmpint (second.part, ==, IND_SUMMARY_PART_COLUMN_HEADER);
          g_assert_true (second.repeated);
          continued_pages++;
        }
      else
        g_assert_true (first.part == IND_SUMMARY_PART_CAPTION ||
                       first.part == IND_SUMMARY_PART_HEADING ||
                       first.part == IND_SUMMARY_PART_COLUMN_HEADER);

      if (pdf != NULL && has_items)
        {
          g_autofree char *text = pdf_text (pdf, page + 1, TRUE);
          g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
          int header = -1, row = -1, first_line = -1;

          for (int i = 0; lines[i] != NULL; i++)
            {
              g_strstrip (lines[i]);
              if (*lines[i] == '\0')
                continue;
              if (first_line < 0)
                first_line = i;
              if (header < 0 && strstr (lines[i], "Modificado") && strstr (lines[i], "Devengado") &&
                  strstr (lines[i], "Pagado"))
                header = i;
              if (row < 0 && (g_str_has_prefix (lines[i], "Actividad") || g_str_has_prefix (lines[i], "Componente")))
                row = i;
            }
          g_assert_cmpint (header, >=, 0);
          g_assert_cmpint (header, <, row);
          if (first.part == IND_SUMMARY_PART_CAPTION)
            {
              /* the page opens with the program's key and name */
              assert_contains (lines[first_line], ind_item_get_path (first.item));
              assert_contains (lines[first_line], "PROGRAMA");
            }
        }
    }

  /* every row of the report is on some page */
  {
    GHashTableIter iter;
    gpointer item, page;

    g_hash_table_iter_init (&iter, rows);
    while (g_hash_table_iter_next (&iter, &item, &page))
      if (GPOINTER_TO_UINT (page) == 0)
        g_error ("%s was not placed", ind_item_get_path (item));
  }
  /* a page that opens amid a component's activities names it */
  g_assert_cmpuint (repeated_components, <=, continued_pages);
  return continued_pages;
}

static void
test_pagination_large (void)
{
  g_autofree char *source = synthetic_report (4, 10, 50, 100);
  g_autoptr(GError) error = NULL;
  g_autoptr(IndReport) report = ind_test_load_string (source, &error);
  g_autoptr(IndSummaryLayout) layout = NULL;
  g_autofree char *pdf = NULL;
  IndExportOptions options;
  double width, height;

  g_assert_no_error (error);
  g_assert_cmpuint (ind_report_count_items (report, IND_KIND_ACTIVIDAD), ==, 2000);
  g_assert_cmpuint (strlen (ind_item_get_nombre (ind_report_find_item (report, "104/C10/A50"))), ==, 100);
  g_assert_cmpuint (ind_report_count_diagnostics (report, IND_SEVERITY_WARNING), ==, 0);

  init_options (&options);
  ind_export_pdf_page_size (options.page_size, &width, &height);
  layout = ind_summary_layout_new (report, &options);
  g_assert_true (ind_summary_layout_paginate (layout, width, height, 36, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ind_summary_layout_get_n_pages (layout), >, 50);

  pdf = export (report, ind_export_pdf_summary, "large.pdf");
  g_assert_cmpuint (assert_pagination (report, layout, pdf), >, 40);
  /* with 50 activities to a component, most pages open amid one */
  {
    IndSummaryPlacement third;
    guint with_component = 0;

    for (guint page = 0; page < ind_summary_layout_get_n_pages (layout); page++)
      if (ind_summary_layout_get_placement (layout, page, 2, &third) &&
          third.part == IND_SUMMARY_PART_ROW && third.repeated)
        with_component++;
    g_assert_cmpuint (with_component, >, ind_summary_layout_get_n_pages (layout) / 2);
  }
  clear_options (&options);
}

static void
test_pagination_sample (void)
{
  IndExportOptions options;
  g_autoptr(IndSummaryLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  double width, height;

  init_options (&options);
  for (IndPageSize size = IND_PAGE_SIZE_LETTER; size <= IND_PAGE_SIZE_A4; size++)
    {
      ind_export_pdf_page_size (size, &width, &height);
      g_clear_pointer (&layout, ind_summary_layout_free);
      layout = ind_summary_layout_new (sample, &options);
      g_assert_true (ind_summary_layout_paginate (layout, width, height, 36, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      assert_pagination (sample, layout, size == IND_PAGE_SIZE_LETTER ? sample_summary : NULL);
    }
  clear_options (&options);
}

/* A remark the user wrote on a row is printed under its name, in the
 * row, which grows to hold it. */
static void
test_note (void)
{
  g_autoptr(IndReport) report = ind_test_load_sample ();
  IndItem *item = ind_report_find_item (report, "101/C01/A02");
  const char *remark = "Revisar con tesorería el pago de abril; la campaña se amplió a 5 meses.";
  g_autoptr(IndSummaryLayout) plain = ind_summary_layout_new (report, NULL);
  g_autoptr(IndSummaryLayout) noted = ind_summary_layout_new (report, NULL);
  g_autofree char *pdf = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  double heights[2] = { 0, 0 };
  IndSummaryLayout *layouts[2] = { plain, noted };

  for (guint k = 0; k < 2; k++)
    {
      IndSummaryPlacement placement;

      ind_item_set_note (item, k == 0 ? NULL : remark);
      g_assert_true (ind_summary_layout_paginate (layouts[k], 792, 612, 36, NULL, NULL, NULL, NULL));
      for (guint page = 0; page < ind_summary_layout_get_n_pages (layouts[k]); page++)
        for (guint i = 0; ind_summary_layout_get_placement (layouts[k], page, i, &placement); i++)
          if (placement.part == IND_SUMMARY_PART_ROW && placement.item == item)
            heights[k] = placement.height;
    }
  g_assert_cmpfloat (heights[0], >, 0);
  g_assert_cmpfloat (heights[1], >, heights[0] + 8);

  pdf = export (report, ind_export_pdf_summary, "nota.pdf");
  raw = pdf_text (pdf, 0, FALSE);
  text = squeeze (raw);
  assert_contains (text, remark);
  /* right under the row's name */
  g_assert_true (strstr (text, "CONDONACIÓN EN 4 MESES.") < strstr (text, remark));
  g_assert_true (strstr (text, remark) < strstr (text, "INTEGRAR 2 INFORMES DE LAS GESTIONES"));
}

/* ---- Slides ------------------------------------------------------------- */

static void
test_slides (void)
{
  IndExportOptions options;
  g_autoptr(IndSlides) slides = NULL;
  g_autofree char *info = NULL;
  g_autofree char *last = NULL;
  guint n, n_programs = ind_report_get_n_programs (sample), program_slides = 0;

  n = pdf_n_pages (sample_slides);
  last = g_strdup_printf ("%u", n);
  info = run (0, (const char *[]) { "pdfinfo", "-f", "1", "-l", last, sample_slides, NULL });
  for (guint page = 1; page <= n; page++)
    {
      g_autofree char *key = g_strdup_printf ("Page %4u size:", page);
      const char *size = strstr (info, key);
      double w, h;
      char *end;

      g_assert_nonnull (size);
      w = g_ascii_strtod (size + strlen (key), &end);
      g_assert_true (g_str_has_prefix (end, " x "));
      h = g_ascii_strtod (end + 3, NULL);
      g_assert_cmpfloat_with_epsilon (w / h, 16.0 / 9.0, 1e-3);
      g_assert_cmpfloat (w, >=, 960);
    }

  init_options (&options);
  slides = ind_slides_new (sample, &options);
  clear_options (&options);
  g_assert_cmpuint (ind_slides_get_n_slides (slides), ==, n);
  g_assert_cmpint (ind_slides_get_kind (slides, 0, NULL), ==, IND_SLIDE_TITLE);

  /* one slide per program, each with its own figures and no other's */
  for (guint s = 0; s < n; s++)
    {
      IndItem *program = NULL;
      g_autofree char *raw = NULL;
      g_autofree char *text = NULL;

      if (ind_slides_get_kind (slides, s, &program) != IND_SLIDE_PROGRAM)
        continue;
      g_assert_true (program == ind_report_get_program (sample, program_slides));
      program_slides++;
      raw = pdf_text (sample_slides, s + 1, FALSE);
      text = squeeze (raw);
      for (guint i = 0; i < n_programs; i++)
        {
          IndItem *other = ind_report_get_program (sample, i);
          gint64 modificado;
          g_autofree char *amount = NULL;

          g_assert_true (ind_item_get_money (other, IND_MONEY_MODIFICADO, &modificado));
          amount = ind_format_money_short (modificado);
          if (other == program)
            {
              assert_contains (text, amount);
              assert_contains (text, ind_item_get_nombre (program));
            }
          else
            g_assert_null (strstr (text, amount));
        }
    }
  g_assert_cmpuint (program_slides, ==, n_programs);

  /* the totals in millions, and the first findings in brief */
  {
    g_autofree char *raw = pdf_text (sample_slides, 0, FALSE);
    g_autofree char *text = squeeze (raw);
    g_auto(GStrv) findings = ind_findings_build_brief (sample);

    assert_contains (text, "$168.8 M");
    assert_contains (text, "$45.5 M");
    assert_contains (text, "$42.2 M");
    assert_contains (text, findings[0]);
  }
}

/* ---- Remarks and the comparison ------------------------------------------ */

/* The line of pdftotext -layout's @text that has all of @fragments, in
 * their order; fails if there is none. */
static void
assert_line_with (const char         *text,
                  const char * const *fragments)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *at = lines[i];
      guint k;

      for (k = 0; fragments[k] != NULL && at != NULL; k++)
        if ((at = strstr (at, fragments[k])) != NULL)
          at += strlen (fragments[k]);
      if (at != NULL && fragments[k] == NULL)
        return;
    }
  g_error ("no line with «%s» … «%s» in:\n%s", fragments[0], fragments[1], text);
}

static void
assert_in_order (const char         *text,
                 const char * const *fragments)
{
  const char *at = text;

  for (guint k = 0; fragments[k] != NULL; k++)
    {
      const char *found = strstr (at, fragments[k]);

      if (found == NULL)
        g_error ("«%s» not found after «%s»", fragments[k], k > 0 ? fragments[k - 1] : "");
      at = found + strlen (fragments[k]);
    }
}

typedef struct
{
  char          *dir;
  IndProject    *project;     /* the remarks, on the sample */
  IndComparison *quarters;    /* the sample beside the second quarter */
  IndReport     *report;      /* the project's */
} Remarked;

static void
remarked_init (Remarked *r)
{
  g_autofree char *path = NULL;

  r->dir = ind_test_tmpdir ();
  path = ind_test_write_remarks (r->dir);
  r->project = ind_test_load_remarks_on_sample (path);
  r->report = ind_project_get_report (r->project);
  r->quarters = ind_test_compare_with_second_quarter (r->report);
}

static void
remarked_clear (Remarked *r)
{
  g_autofree char *project = g_build_filename (r->dir, "observaciones.indicadores", NULL);

  g_unlink (project);
  g_rmdir (r->dir);
  g_free (r->dir);
  g_object_unref (r->quarters);
  g_object_unref (r->project);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Remarked, remarked_clear)

static void
remarked_options (Remarked            *r,
                  IndExportOptions *options)
{
  init_options (options);
  options->project = r->project;
  options->comparison = r->quarters;
}

/* The summary with the remarks and the comparison: the comparison
 * section after the findings (chart, both % ejercido of each program,
 * the changes), the remarks under their rows, the orphan at the end. */
static void
test_summary_remarks_and_comparison (void)
{
  static const char *ejercido[][4] = {
    { "101", "$14,757,499.81", "79.9%", "97.2%" },
    { "102", "$940,502.08", "21.4%", "42.7%" },
    { "103", "$43,892,250.12", "18.9%", "20.9%" },
    { "104", "$109,247,224.41", "23.0%", "45.6%" },
  };
  g_auto(Remarked) r = { 0 };
  IndExportOptions options;
  g_autoptr(IndSummaryLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (tmpdir, "comparacion.pdf", NULL);
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autofree char *plain = NULL;
  guint comparison_page = 0, rows = 0, charts = 0;
  double top, bottom;

  remarked_init (&r);
  remarked_options (&r, &options);
  g_assert_true (ind_export_pdf_summary (r.report, pdf, &options, NULL, &error));
  g_assert_no_error (error);

  /* the blocks: one chart of the periods, taller than half the page
   * body, and a row per program */
  layout = ind_summary_layout_new (r.report, &options);
  g_assert_true (ind_summary_layout_paginate (layout, 792, 612, 36, NULL, NULL, NULL, NULL));
  ind_summary_layout_get_body (layout, &top, &bottom);
  for (guint page = 0; page < ind_summary_layout_get_n_pages (layout); page++)
    {
      IndSummaryPlacement placement;

      for (guint i = 0; ind_summary_layout_get_placement (layout, page, i, &placement); i++)
        {
          if (placement.part == IND_SUMMARY_PART_COMPARISON_CHART)
            {
              charts++;
              comparison_page = page + 1;
              g_assert_cmpfloat (placement.height, >, 0.5 * (bottom - top));
              g_assert_cmpfloat (placement.y + placement.height, <=, bottom + 1e-6);
            }
          if (placement.part == IND_SUMMARY_PART_COMPARISON_ROW && !placement.repeated)
            rows++;
        }
    }
  g_assert_cmpuint (charts, ==, 1);
  g_assert_cmpuint (rows, ==, 4);
  g_assert_cmpuint (ind_summary_layout_get_n_pages (layout), ==, pdf_n_pages (pdf));
  clear_options (&options);

  /* each program's Modificado and both % ejercido, on its line */
  raw = pdf_text (pdf, comparison_page, TRUE);
  assert_contains (raw, "Comparación con otros periodos");
  assert_contains (raw, "% ejercido por periodo, por programa");
  for (guint i = 0; i < G_N_ELEMENTS (ejercido); i++)
    assert_line_with (raw, (const char *[]) { ejercido[i][0], ejercido[i][1], ejercido[i][2],
                                              ejercido[i][1], ejercido[i][3], NULL });
  g_free (raw);

  raw = pdf_text (pdf, 0, FALSE);
  text = squeeze (raw);
  assert_in_order (text, (const char *[]) {
    "Hallazgos",
    "Comparación con otros periodos",
    "T1 2024: al 31 de marzo de 2024 · primer trimestre T2 2024: al 30 de junio de 2024 · segundo trimestre",
    "Elementos nuevos (1)",
    "101/C01/A06 REALIZAR 4 CAMPAÑAS DE REGULARIZACIÓN DE TOMAS CLANDESTINAS (desde T2 2024)",
    "Elementos que desaparecieron (1)",
    "101/C02/A05 REALIZAR 4 REPORTES DE LA SITUACION QUE GUARDA LOS CONVENIOS",
    "(último en T1 2024)",
    "Elementos renombrados (1)",
    "102/C01/A06: «REALIZAR INFORME DE ACTIVIDADES DE LA UNIDAD DE TRANSPARENCIA» (T1 2024) → "
    "«ELABORAR EL INFORME ANUAL DE ACTIVIDADES DE LA UNIDAD DE TRANSPARENCIA» (T2 2024)",
    "Detalle por programa",
    /* each remark under its row */
    "PROGRAMA DE RECAUDACIÓN EFICIENTE, PARA UN OOSAPAT AL SERVICIO DE LA GENTE",
    "Comentario para el consejo: El programa 101 va adelantado porque se pagó el convenio anual de recaudación en el primer trimestre.",
    "PROGRAMA PARA LA TRANSPARENCIA PROACTIVA Y GOBIERNO ABIERTO DEL ORGANISMO OPERADOR (OOSAPAT)",
    "Comentario para el consejo: =2+2 no es una fórmula",
    "MECANISMOS PARA LA ADMINISTRACION DE LOS RECURSOS HUMANOS",
    "Comentario para el consejo: Nómina del trimestre.",
    "Revisión del informe",
    /* and the one whose item is gone closes the document */
    "Comentarios para el consejo sin elemento",
    "Estos comentarios se escribieron para elementos que este informe no tiene.",
    "101/C01/A06 «REALIZAR 4 CAMPAÑAS DE REGULARIZACIÓN DE TOMAS CLANDESTINAS»: "
    "Campaña nueva aprobada por el consejo en abril; se ejerce desde el segundo trimestre.",
    NULL });
  /* the orphan is not printed as a row's remark */
  g_assert_null (strstr (text, "Comentario para el consejo: Campaña nueva"));

  /* none of it without the options */
  g_free (raw);
  raw = pdf_text (sample_summary, 0, FALSE);
  plain = squeeze (raw);
  g_assert_null (strstr (plain, "Comparación con otros periodos"));
  g_assert_null (strstr (plain, "sin elemento"));
}

/* The slides: a comparison slide after the % ejercido chart, the
 * program's remark on its slide. */
static void
test_slides_remarks_and_comparison (void)
{
  g_auto(Remarked) r = { 0 };
  IndExportOptions options;
  g_autoptr(IndSlides) slides = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (tmpdir, "comparacion-diapositivas.pdf", NULL);
  guint n, comparison = 0;

  remarked_init (&r);
  remarked_options (&r, &options);
  slides = ind_slides_new (r.report, &options);
  g_assert_true (ind_export_pdf_slides (r.report, pdf, &options, NULL, &error));
  g_assert_no_error (error);
  clear_options (&options);

  n = ind_slides_get_n_slides (slides);
  g_assert_cmpuint (n, ==, pdf_n_pages (pdf));
  /* the remark on 101 takes room from its chart, which goes to a slide
   * of its own: one slide more than the comparison's */
  g_assert_cmpuint (n, ==, pdf_n_pages (sample_slides) + 2);
  for (guint s = 0; s < n; s++)
    if (ind_slides_get_kind (slides, s, NULL) == IND_SLIDE_COMPARISON)
      {
        g_assert_cmpuint (comparison, ==, 0);
        comparison = s;
      }
  g_assert_cmpint (ind_slides_get_kind (slides, comparison - 1, NULL), ==, IND_SLIDE_AVANCE);

  for (guint s = 0; s < n; s++)
    {
      g_autofree char *raw = pdf_text (pdf, s + 1, FALSE);
      g_autofree char *text = squeeze (raw);
      IndItem *program = NULL;

      if (s == comparison)
        {
          assert_contains (text, "% ejercido por periodo, por programa");
          assert_contains (text, "T1 2024 (31 de marzo de 2024)");
          assert_contains (text, "T2 2024 (30 de junio de 2024)");
          assert_contains (text, "79.9%");
          assert_contains (text, "97.2%");
          assert_contains (text, "nuevos: 1, desaparecidos: 1, renombrados: 1");
        }
      if (ind_slides_get_kind (slides, s, &program) != IND_SLIDE_PROGRAM)
        continue;
      if (g_str_equal (ind_item_get_path (program), "101"))
        assert_contains (text, "Comentario para el consejo: El programa 101 va adelantado porque se pagó el convenio anual de "
                               "recaudación en el primer trimestre.");
      else if (g_str_equal (ind_item_get_path (program), "103"))
        g_assert_null (strstr (text, "Comentario para el consejo:"));
    }
}

/* ---- What the council sees ------------------------------------------------ */

/* What a council document must not show: codes made up for lost
 * headers ("103/C?1"), source lines, the source file's name. */
static void
assert_no_internals (const char *text,
                     const char *where)
{
  g_autofree char *source = g_path_get_basename (ind_test_sample_path ());

  if (strstr (text, "C?") != NULL || g_regex_match_simple ("[Ll][íi]nea [0-9]", text, 0, 0) ||
      strstr (text, source) != NULL)
    g_error ("internal detail in %s:\n%s", where, text);
}

static void
assert_no_centavos (const char *text,
                    const char *where)
{
  if (g_regex_match_simple ("\\$[0-9,]+\\.[0-9]{2}", text, 0, 0))
    g_error ("an amount to the centavo on %s:\n%s", where, text);
}

/* The findings slide shows the five most important findings, each in
 * its brief form and in their order: the sample's fit in five points;
 * the review's slide, its four points whole. */
static void
test_slides_findings (void)
{
  g_autoptr(IndSlides) slides = ind_slides_new (sample, NULL);
  g_auto(GStrv) brief = ind_findings_build_brief (sample);
  g_auto(GStrv) full = ind_findings_build (sample);
  g_auto(GStrv) review = ind_findings_build_review_brief (sample);
  guint found = 0;

  g_assert_cmpuint (g_strv_length (review), ==, 4);
  for (guint s = 0; s < ind_slides_get_n_slides (slides); s++)
    {
      IndSlideKind kind = ind_slides_get_kind (slides, s, NULL);
      g_autofree char *raw = NULL;
      g_autofree char *text = NULL;

      if (kind != IND_SLIDE_FINDINGS && kind != IND_SLIDE_REVIEW)
        continue;
      found++;
      raw = pdf_text (sample_slides, s + 1, FALSE);
      text = squeeze (raw);
      if (kind == IND_SLIDE_REVIEW)
        {
          g_assert_cmpuint (ind_slides_get_n_points (slides, s), ==, 4);
          assert_in_order (text, (const char *[]) { "Revisión del informe", review[0], review[1], review[2], review[3], NULL });
          continue;
        }
      g_assert_cmpuint (ind_slides_get_n_points (slides, s), ==, 5);
      assert_in_order (text, (const char *[]) { "Hallazgos", brief[0], brief[1], brief[2], brief[3], brief[4], NULL });
      /* the summary's sentence for 101, not the slide's */
      g_assert_null (strstr (text, full[0]));
      g_assert_null (strstr (text, brief[5]));
      assert_contains (text, "El resumen impreso trae todos los hallazgos.");
    }
  g_assert_cmpuint (found, ==, 2);
}

/* The words of a list slide's points: between its heading and the
 * footer, without the line that sends to the summary for the rest. */
static guint
count_point_words (const char *text,
                   const char *heading)
{
  g_autofree char *body = g_strdup (strstr (text, heading) + strlen (heading));
  char *end = strstr (body, "INDICADORES DE RESULTADOS AL");
  char *more = strstr (body, "El resumen impreso trae");
  g_auto(GStrv) words = NULL;
  guint n = 0;

  g_assert_nonnull (end);
  *end = '\0';
  if (more != NULL)
    *more = '\0';
  words = g_strsplit (body, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    n += *words[i] != '\0' && !g_str_equal (words[i], "•");
  return n;
}

/* How many activities of @item report physical progress. */
static void
count_activities (IndItem *item,
                  guint   *activities,
                  guint   *progressed)
{
  double fisico;

  if (ind_item_get_kind (item) == IND_KIND_ACTIVIDAD)
    {
      (*activities)++;
      *progressed += ind_item_get_percent (item, IND_PERCENT_AVANCE_FISICO, &fisico) && fisico > 0;
    }
  for (guint i = 0; i < ind_item_get_n_children (item); i++)
    count_activities (ind_item_get_child (item, i), activities, progressed);
}

/* The sample's slides as a council sees them: amounts rounded, every
 * component of a program named on its slides (a lost header in words),
 * 103's money that no component holds as a bar of its own, how the
 * targets stand, five points at most and about seventy words of them,
 * no internal codes, lines or file names. */
static void
test_slides_for_the_council (void)
{
  IndExportOptions options;
  g_autoptr(IndSlides) slides = NULL;
  g_autoptr(GHashTable) program_text = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  guint n, lists = 0;

  init_options (&options);
  slides = ind_slides_new (sample, &options);
  clear_options (&options);
  n = ind_slides_get_n_slides (slides);
  g_assert_cmpuint (n, ==, pdf_n_pages (sample_slides));

  for (guint s = 0; s < n; s++)
    {
      g_autofree char *raw = pdf_text (sample_slides, s + 1, FALSE);
      g_autofree char *text = squeeze (raw);
      g_autofree char *where = g_strdup_printf ("slide %u", s + 1);
      IndItem *program = NULL;
      IndSlideKind kind = ind_slides_get_kind (slides, s, &program);
      const char *bullet = text;
      guint points = 0;

      assert_no_centavos (text, where);
      assert_no_internals (text, where);
      while ((bullet = strstr (bullet, "•")) != NULL)
        {
          points++;
          bullet += strlen ("•");
        }
      g_assert_cmpuint (points, <=, 5);
      g_assert_cmpuint (points, ==, ind_slides_get_n_points (slides, s));
      if (kind == IND_SLIDE_FINDINGS || kind == IND_SLIDE_REVIEW)
        {
          guint words = count_point_words (text, kind == IND_SLIDE_FINDINGS ? "Hallazgos" : "Revisión del informe");

          g_assert_cmpuint (points, >=, 1);
          g_assert_cmpuint (words, <=, 75);
          lists++;
        }
      if (kind == IND_SLIDE_PROGRAM || kind == IND_SLIDE_PROGRAM_CONTINUED)
        {
          const char *before = g_hash_table_lookup (program_text, program);

          g_hash_table_insert (program_text, program, g_strconcat (before != NULL ? before : "", " ", text, NULL));
        }
    }
  g_assert_cmpuint (lists, ==, 2);

  for (guint i = 0; i < ind_report_get_n_programs (sample); i++)
    {
      IndItem *program = ind_report_get_program (sample, i);
      const char *text = g_hash_table_lookup (program_text, program);
      guint activities = 0, progressed = 0;
      g_autofree char *targets = NULL;

      g_assert_nonnull (text);
      for (guint c = 0; c < ind_item_get_n_children (program); c++)
        {
          IndItem *component = ind_item_get_child (program, c);
          g_autofree char *key = g_path_get_basename (ind_item_get_path (component));

          if (ind_item_get_missing (component))
            assert_contains (text, "componente sin encabezado en el informe");
          else
            assert_contains (text, key);
        }
      count_activities (program, &activities, &progressed);
      g_assert_cmpuint (progressed, ==, 0);
      targets = g_strdup_printf ("Metas: 0 de %u actividades con avance físico (informado)", activities);
      assert_contains (text, targets);
    }
  /* 103: $41.1 M that no component holds, drawn and named */
  {
    const char *text = g_hash_table_lookup (program_text, ind_report_find_item (sample, "103"));

    assert_contains (text, "sin componente en el informe");
    assert_contains (text, "$41.1 M");
    assert_contains (text, "$43.9 M");
  }
}

/* The summary for the council: the physical results beside the money,
 * "(calculado)" and "(informado)" where both kinds of percentage stand,
 * and no internal codes, lines or file names on any page. */
static void
test_summary_for_the_council (void)
{
  g_autofree char *raw = pdf_text (sample_summary, 0, FALSE);
  g_autofree char *text = squeeze (raw);
  g_autofree char *layout = pdf_text (sample_summary, 0, TRUE);

  assert_no_internals (text, "the summary");
  assert_contains (text, "Meta");
  assert_contains (text, "Alcanzado");
  assert_contains (text, "% avance físico (informado)");
  assert_contains (text, "% ejercido (calculado)");
  assert_contains (text, "componente sin encabezado en el informe");
  /* 101/C01/A01 on one line: its money, 8.5% ejercido, meta 12, none reached, 0.0% físico */
  assert_line_with (layout, (const char *[]) { "Actividad 01", "$36,300.00", "$3,088.52", "$0.00", "8.5%",
                                               "12", "0", "0.0%", NULL });
  /* a program's row has no meta of its own */
  assert_line_with (layout, (const char *[]) { "101", "$14,757,499.81", "79.9%", "—", "—", "—", NULL });
}

/* The two charts share the page after the findings, every bar labelled,
 * rather than leaving half of it blank and the second chart alone. */
static void
test_summary_charts_share_a_page (void)
{
  g_autofree char *page = pdf_text (sample_summary, 2, FALSE);

  assert_contains (page, "Ejecución del presupuesto por programa");
  assert_contains (page, "Gasto frente al ritmo esperado, por programa");
  /* 101's Modificado, Devengado and Pagado, and its pace */
  assert_contains (page, "$14.8 M");
  assert_contains (page, "$11.8 M");
  assert_contains (page, "$11.7 M");
  assert_contains (page, "79.9%");
}

/* The same from the command line. */
static void
test_cli_remarks_and_comparison (void)
{
  g_auto(Remarked) r = { 0 };
  g_autofree char *remarks = NULL;
  g_autofree char *june = ind_test_fixture_path (IND_TEST_SECOND_QUARTER);
  g_autofree char *pdf = g_build_filename (tmpdir, "cli-comparacion.pdf", NULL);
  g_autofree char *slides = g_build_filename (tmpdir, "cli-comparacion-diapositivas.pdf", NULL);
  const char *bin = g_getenv ("INDICADORES_BIN");
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;

  remarked_init (&r);
  remarks = g_build_filename (r.dir, "observaciones.indicadores", NULL);
  g_free (run (0, (const char *[]) { bin, "--export-pdf", pdf, "--remarks", remarks, "--compare", june,
                                     ind_test_sample_path (), NULL }));
  g_free (run (0, (const char *[]) { bin, "--export-slides", slides, "--remarks", remarks,
                                     "--compare", june, ind_test_sample_path (), NULL }));
  raw = pdf_text (pdf, 0, FALSE);
  text = squeeze (raw);
  assert_in_order (text, (const char *[]) { "Comparación con otros periodos", "Elementos nuevos (1)",
                                            "Comentario para el consejo: El programa 101 va adelantado",
                                            "Comentarios para el consejo sin elemento", NULL });
  g_assert_cmpuint (pdf_n_pages (slides), ==, pdf_n_pages (sample_slides) + 2);
  g_free (raw);
  g_free (text);
  raw = pdf_text (slides, 0, FALSE);
  text = squeeze (raw);
  assert_contains (text, "nuevos: 1, desaparecidos: 1, renombrados: 1");
  assert_contains (text, "Comentario para el consejo: El programa 101 va adelantado");
}

/* ---- Writing ---------------------------------------------------------- */

static void
write_old (const char *path)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "previous", -1, &error);
  g_assert_no_error (error);
}

static void
assert_only_file (const char *dir,
                  const char *name)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *entry;
  guint n = 0;

  while ((entry = g_dir_read_name (listing)) != NULL)
    {
      g_assert_cmpstr (entry, ==, name);
      n++;
    }
  g_assert_cmpuint (n, ==, 1);
}

static void
cancel_halfway (double   fraction,
                gpointer user_data)
{
  if (fraction > 0.5)
    g_cancellable_cancel (user_data);
}

static void
test_cancel_keeps_previous (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "resumen.pdf", NULL);
  IndExportOptions options;

  write_old (path);
  init_options (&options);
  for (guint attempt = 0; attempt < 3; attempt++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gboolean ok;

      /* cancelled before, during pagination or while drawing pages */
      options.progress = attempt == 0 ? NULL : cancel_halfway;
      options.progress_data = cancellable;
      if (attempt == 0)
        g_cancellable_cancel (cancellable);
      ok = attempt == 2
           ? ind_export_pdf_slides (sample, path, &options, cancellable, &error)
           : ind_export_pdf_summary (sample, path, &options, cancellable, &error);
      g_assert_false (ok);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "previous");
      assert_only_file (dir, "resumen.pdf");
    }
  clear_options (&options);
}

static void
cancel_at_once (double   fraction,
                gpointer user_data)
{
  /* the summary reports its pagination as the first 40 % */
  g_assert_cmpfloat (fraction, <, 0.4);
  g_cancellable_cancel (user_data);
}

/* A large report is cancelled while its rows are still being measured. */
static void
test_cancel_while_paginating (void)
{
  g_autofree char *source = synthetic_report (2, 5, 100, 60);
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "resumen.pdf", NULL);
  g_autoptr(IndReport) report = ind_test_load_string (source, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  IndExportOptions options;

  init_options (&options);
  options.progress = cancel_at_once;
  options.progress_data = cancellable;
  g_assert_false (ind_export_pdf_summary (report, path, &options, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  listing = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
  clear_options (&options);
}

static void
test_unwritable (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "no-such-folder", "resumen.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (ind_export_pdf_summary (sample, path, NULL, NULL, &error));
  g_assert_error (error, IND_ERROR, IND_ERROR_WRITE);
  assert_contains (error->message, "resumen.pdf");
}

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  g_array_append_val ((GArray *)user_data, fraction);
}

static void
test_progress (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "progress.pdf", NULL);
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  IndExportOptions options;

  init_options (&options);
  options.progress = record_progress;
  options.progress_data = fractions;
  g_assert_true (ind_export_pdf_summary (sample, path, &options, NULL, &error));
  g_assert_no_error (error);
  clear_options (&options);

  g_assert_cmpuint (fractions->len, >=, pdf_n_pages (path));
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
}

typedef struct
{
  GMainLoop *loop;
  GThread   *main_thread;
  guint      calls;
  double     last;
  gboolean   ok;
  GError    *error;
} AsyncRun;

static void
async_progress (double   fraction,
                gpointer user_data)
{
  AsyncRun *run = user_data;

  /* in the caller's thread, in order */
  g_assert_true (g_thread_self () == run->main_thread);
  g_assert_cmpfloat (fraction, >=, run->last);
  run->last = fraction;
  run->calls++;
}

static void
async_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncRun *run = user_data;

  run->ok = ind_export_finish (IND_REPORT (source), result, &run->error);
  g_main_loop_quit (run->loop);
}

static void
test_async (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "async.pdf", NULL);
  AsyncRun state = { g_main_loop_new (NULL, FALSE), g_thread_self (), 0, 0, FALSE, NULL };
  IndExportOptions options;

  init_options (&options);
  options.progress = async_progress;
  options.progress_data = &state;
  ind_export_async (sample, ind_export_pdf_slides, path, &options, NULL, async_done, &state);
  clear_options (&options);
  g_main_loop_run (state.loop);
  /* progress calls queued before the result are all delivered */
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_no_error (state.error);
  g_assert_true (state.ok);
  g_assert_cmpuint (state.calls, >, 0);
  g_assert_cmpfloat (state.last, ==, 1.0);
  g_assert_cmpuint (pdf_n_pages (path), ==, pdf_n_pages (sample_slides));
  g_main_loop_unref (state.loop);
}

/* The staff cannot change a note while the thread reads the report: the
 * runner holds the notes from the start to the callback. */
static void
test_async_holds_notes (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "held.pdf", NULL);
  AsyncRun state = { g_main_loop_new (NULL, FALSE), g_thread_self (), 0, 0, FALSE, NULL };
  IndItem *program = ind_report_get_program (sample, 0);
  g_autofree char *note = g_strdup (ind_item_get_note (program));

  ind_export_async (sample, ind_export_pdf_slides, path, NULL, NULL, async_done, &state);
  g_assert_true (ind_report_get_notes_held (sample));
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*notes_held*");
  ind_item_set_note (program, "Cambiada durante la exportación.");
  g_test_assert_expected_messages ();
  g_main_loop_run (state.loop);

  g_assert_no_error (state.error);
  g_assert_true (state.ok);
  g_assert_false (ind_report_get_notes_held (sample));
  g_assert_cmpstr (ind_item_get_note (program), ==, note);
  g_main_loop_unref (state.loop);
}

/* ---- Command line ------------------------------------------------------- */

static void
test_cli (void)
{
  g_autofree char *pdf = g_build_filename (tmpdir, "cli.pdf", NULL);
  g_autofree char *slides = g_build_filename (tmpdir, "cli-slides.pdf", NULL);
  g_autofree char *missing = g_build_filename (tmpdir, "no-such-folder", "out.pdf", NULL);
  g_autofree char *nothing = g_build_filename (tmpdir, "no-such-report.txt", NULL);
  const char *bin = g_getenv ("INDICADORES_BIN");

  g_free (run (0, (const char *[]) { bin, "--export-pdf", pdf, ind_test_sample_path (), NULL }));
  g_free (run (0, (const char *[]) { bin, "--export-slides", slides, ind_test_sample_path (), NULL }));
  g_assert_cmpuint (pdf_n_pages (pdf), ==, pdf_n_pages (sample_summary));
  g_assert_cmpuint (pdf_n_pages (slides), ==, pdf_n_pages (sample_slides));

  /* the report cannot be read: 2; the PDF cannot be written: 3 */
  g_free (run (2, (const char *[]) { bin, "--export-pdf", pdf, nothing, NULL }));
  g_free (run (3, (const char *[]) { bin, "--export-pdf", missing, ind_test_sample_path (), NULL }));
  g_free (run (3, (const char *[]) { bin, "--export-slides", missing, ind_test_sample_path (), NULL }));
  /* SOURCE_DATE_EPOCH fixes the date: the same report gives the same file */
  {
    g_autofree char *again = g_build_filename (tmpdir, "cli-again.pdf", NULL);
    g_autofree char *a = NULL, *b = NULL, *info = NULL;
    gsize la, lb;

    g_setenv ("SOURCE_DATE_EPOCH", "1713196800", TRUE);
    g_free (run (0, (const char *[]) { bin, "--export-pdf", pdf, ind_test_sample_path (), NULL }));
    g_free (run (0, (const char *[]) { bin, "--export-pdf", again, ind_test_sample_path (), NULL }));
    g_unsetenv ("SOURCE_DATE_EPOCH");
    g_assert_true (g_file_get_contents (pdf, &a, &la, NULL));
    g_assert_true (g_file_get_contents (again, &b, &lb, NULL));
    g_assert_cmpmem (a, la, b, lb);
    info = run (0, (const char *[]) { "pdfinfo", "-isodates", pdf, NULL });
    assert_contains (info, "CreationDate:    2024-04-15T16:00:00Z");
  }
  /* one action at a time */
  g_free (run (1, (const char *[]) { bin, "--export-pdf", pdf, "--summary", ind_test_sample_path (), NULL }));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ind_test_init (&argc, &argv);
  sample = ind_test_load_sample ();
  tmpdir = ind_test_tmpdir ();
  sample_summary = export (sample, ind_export_pdf_summary, "resumen.pdf");
  sample_slides = export (sample, ind_export_pdf_slides, "diapositivas.pdf");

  g_test_add_func ("/export-pdf/summary/text", test_summary_text);
  g_test_add_func ("/export-pdf/summary/footer", test_summary_footer);
  g_test_add_func ("/export-pdf/fonts-embedded", test_summary_fonts);
  g_test_add_func ("/export-pdf/qpdf-check", test_qpdf_check);
  g_test_add_func ("/export-pdf/metadata", test_metadata);
  g_test_add_func ("/export-pdf/pages-not-blank", test_pages_not_blank);
  g_test_add_func ("/export-pdf/reproducible", test_reproducible);
  g_test_add_func ("/export-pdf/a4", test_a4);
  g_test_add_func ("/export-pdf/pagination/sample", test_pagination_sample);
  g_test_add_func ("/export-pdf/pagination/2000-activities", test_pagination_large);
  g_test_add_func ("/export-pdf/note", test_note);
  g_test_add_func ("/export-pdf/slides", test_slides);
  g_test_add_func ("/export-pdf/summary/remarks-and-comparison", test_summary_remarks_and_comparison);
  g_test_add_func ("/export-pdf/slides/remarks-and-comparison", test_slides_remarks_and_comparison);
  g_test_add_func ("/export-pdf/slides/for-the-council", test_slides_for_the_council);
  g_test_add_func ("/export-pdf/summary/for-the-council", test_summary_for_the_council);
  g_test_add_func ("/export-pdf/summary/charts-share-a-page", test_summary_charts_share_a_page);
  g_test_add_func ("/export-pdf/cli-remarks-and-comparison", test_cli_remarks_and_comparison);
  g_test_add_func ("/export-pdf/cancel-keeps-previous", test_cancel_keeps_previous);
  g_test_add_func ("/export-pdf/cancel-while-paginating", test_cancel_while_paginating);
  g_test_add_func ("/export-pdf/unwritable", test_unwritable);
  g_test_add_func ("/export-pdf/progress", test_progress);
  g_test_add_func ("/export-pdf/async", test_async);
  g_test_add_func ("/export-pdf/async-holds-notes", test_async_holds_notes);
  g_test_add_func ("/export-pdf/cli", test_cli);
  /* last: it holds until the findings are written for speech */
  g_test_add_func ("/export-pdf/slides/findings", test_slides_findings);

  status = g_test_run ();
  g_object_unref (sample);
  g_free (sample_summary);
  g_free (sample_slides);
  g_free (tmpdir);
  return status;
}

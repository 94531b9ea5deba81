/* ind-export-pdf.c
 *
 * Both documents are written the same way: a page source (the paginated
 * summary or the slides) is drawn page by page on a cairo PDF surface
 * opened on the temporary file of an IndAtomicFile, which replaces the
 * target only once cairo has finished the file without error.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "ind-atomic-file.h"
#include "ind-error.h"
#include "ind-export-pdf.h"
#include "ind-slides-private.h"
#include "ind-summary-layout.h"

/* Share of the progress bar spent measuring the summary before the
 * first page is drawn. */
#define PAGINATION_SHARE 0.4

/* Landscape, in points. */
void
ind_export_pdf_page_size (IndPageSize  page_size,
                          double      *width,
                          double      *height)
{
  switch (page_size)
    {
    case IND_PAGE_SIZE_A4:
      *width = 297 / 25.4 * 72;
      *height = 210 / 25.4 * 72;
      break;
    case IND_PAGE_SIZE_LETTER:
    default:
      *width = 11 * 72;
      *height = 8.5 * 72;
      break;
    }
}

typedef void (*DrawPageFunc) (gpointer  document,
                              cairo_t  *cr,
                              guint     page);

typedef struct
{
  gpointer      document;
  DrawPageFunc  draw_page;
  guint         n_pages;
  double        width;
  double        height;
  const char   *subject;
} PageSource;

static void
set_metadata (cairo_surface_t           *surface,
              IndReport                 *report,
              const IndExportOptions    *options,
              const char                *subject)
{
  const char *title = ind_report_get_title (report);
  const char *entity = ind_report_get_entity (report);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (options->generated ? options->generated : now,
                                              "%Y-%m-%dT%H:%M:%S%:z");

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  title != NULL ? title : _("Indicadores de Resultados"));
  if (entity != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, entity);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Indicadores " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);
}

static void
report_progress (const IndExportOptions *options,
                 double                     fraction)
{
  if (options->progress != NULL)
    options->progress (fraction, options->progress_data);
}

static gboolean
write_pdf (IndReport                  *report,
           const char                 *path,
           const IndExportOptions     *options,
           const PageSource           *source,
           double                      progress_from,
           GCancellable               *cancellable,
           GError                    **error)
{
  g_autoptr(IndAtomicFile) file = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  gboolean cancelled = FALSE;

  file = ind_atomic_file_new (path, error);
  if (file == NULL)
    return FALSE;

  surface = cairo_pdf_surface_create (ind_atomic_file_get_temp_path (file), source->width, source->height);
  set_metadata (surface, report, options, source->subject);
  cr = cairo_create (surface);
  for (guint page = 0; page < source->n_pages; page++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        {
          cancelled = TRUE;
          break;
        }
      source->draw_page (source->document, cr, page);
      cairo_show_page (cr);
      report_progress (options, progress_from + (1 - progress_from) * (page + 1) / source->n_pages);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  /* Dropping the IndAtomicFile removes the temporary file. */
  if (cancelled)
    return !g_cancellable_set_error_if_cancelled (cancellable, error);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      ind_atomic_file_set_error (file, error, cairo_status_to_string (status));
      return FALSE;
    }
  return ind_atomic_file_commit (file, error);
}

typedef struct
{
  const IndExportOptions *options;
} PaginationProgress;

static void
pagination_progress (double   fraction,
                     gpointer user_data)
{
  PaginationProgress *pagination = user_data;

  report_progress (pagination->options, PAGINATION_SHARE * fraction);
}

/**
 * ind_export_pdf_summary:
 * @path: the PDF to write; replaced only when the new one is complete
 * @options: (nullable): page size, semáforo bands, generation date,
 *   progress; defaults when %NULL
 *
 * Writes the summary document for the council: title, key figures,
 * findings, charts, the comparison with other periods (with
 * @options->comparison), one table per program with the staff's remarks
 * under their items, the observations, and the remarks whose item is
 * gone (with @options->project).
 */
gboolean
ind_export_pdf_summary (IndReport                  *report,
                        const char                 *path,
                        const IndExportOptions     *options,
                        GCancellable               *cancellable,
                        GError                    **error)
{
  IndExportOptions defaults;
  g_autoptr(IndSummaryLayout) layout = NULL;
  PaginationProgress pagination;
  PageSource source = { 0 };

  options = ind_export_prepare (report, path, options, &defaults, cancellable, error);
  if (options == NULL)
    return FALSE;
  pagination.options = options;

  ind_export_pdf_page_size (options->page_size, &source.width, &source.height);
  layout = ind_summary_layout_new (report, options);
  if (!ind_summary_layout_paginate (layout, source.width, source.height, 36,
                                    pagination_progress, &pagination, cancellable, error))
    return FALSE;

  source.document = layout;
  source.draw_page = (DrawPageFunc)ind_summary_layout_draw_page;
  source.n_pages = ind_summary_layout_get_n_pages (layout);
  source.subject = _("Summary for the governing council");
  return write_pdf (report, path, options, &source, PAGINATION_SHARE, cancellable, error);
}

/**
 * ind_export_pdf_slides:
 *
 * Writes 16:9 slides: title, totals, findings, the two charts, the chart
 * of the periods compared (with @options->comparison), one slide per
 * program with its remark and its components' chart, and the
 * observations.
 */
gboolean
ind_export_pdf_slides (IndReport                  *report,
                       const char                 *path,
                       const IndExportOptions     *options,
                       GCancellable               *cancellable,
                       GError                    **error)
{
  IndExportOptions defaults;
  g_autoptr(IndSlides) slides = NULL;
  PageSource source = { 0 };

  options = ind_export_prepare (report, path, options, &defaults, cancellable, error);
  if (options == NULL)
    return FALSE;

  slides = ind_slides_new (report, options);
  source.document = slides;
  source.draw_page = (DrawPageFunc)ind_slides_draw;
  source.n_pages = ind_slides_get_n_slides (slides);
  source.width = IND_SLIDE_WIDTH;
  source.height = IND_SLIDE_HEIGHT;
  source.subject = _("Slides for the governing council");
  return write_pdf (report, path, options, &source, 0, cancellable, error);
}

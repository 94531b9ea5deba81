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

void
ind_export_pdf_options_init (IndExportPdfOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (IndExportPdfOptions) { 0 };
  options->page_size = IND_PAGE_SIZE_LETTER;
  ind_semaforo_bands_init (&options->bands);
}

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
              const IndExportPdfOptions *options,
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
report_progress (const IndExportPdfOptions *options,
                 double                     fraction)
{
  if (options->progress != NULL)
    options->progress (fraction, options->progress_data);
}

static gboolean
write_pdf (IndReport                  *report,
           const char                 *path,
           const IndExportPdfOptions  *options,
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
  const IndExportPdfOptions *options;
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
                        const IndExportPdfOptions  *options,
                        GCancellable               *cancellable,
                        GError                    **error)
{
  IndExportPdfOptions defaults;
  g_autoptr(IndSummaryLayout) layout = NULL;
  PaginationProgress pagination;
  PageSource source = { 0 };

  g_return_val_if_fail (IND_IS_REPORT (report), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (options == NULL || options->project == NULL ||
                        ind_project_get_report (options->project) == report, FALSE);

  if (options == NULL)
    {
      ind_export_pdf_options_init (&defaults);
      options = &defaults;
    }
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
                       const IndExportPdfOptions  *options,
                       GCancellable               *cancellable,
                       GError                    **error)
{
  IndExportPdfOptions defaults;
  g_autoptr(IndSlides) slides = NULL;
  PageSource source = { 0 };

  g_return_val_if_fail (IND_IS_REPORT (report), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (options == NULL || options->project == NULL ||
                        ind_project_get_report (options->project) == report, FALSE);

  if (options == NULL)
    {
      ind_export_pdf_options_init (&defaults);
      options = &defaults;
    }

  slides = ind_slides_new (report, options);
  source.document = slides;
  source.draw_page = (DrawPageFunc)ind_slides_draw;
  source.n_pages = ind_slides_get_n_slides (slides);
  source.width = IND_SLIDE_WIDTH;
  source.height = IND_SLIDE_HEIGHT;
  source.subject = _("Slides for the governing council");
  return write_pdf (report, path, options, &source, 0, cancellable, error);
}

/* ---- In a thread ------------------------------------------------------- */

typedef struct
{
  IndReport           *report;
  IndExportDocumentFunc write;
  char                *path;
  IndExportPdfOptions  options;
  IndPdfProgressFunc   progress;       /* the caller's, run in its context */
  gpointer             progress_data;
  GMainContext        *context;
  double               last_sent;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_object_unref (data->report);
  g_free (data->path);
  g_clear_pointer (&data->options.generated, g_date_time_unref);
  g_clear_object (&data->options.project);
  g_clear_object (&data->options.comparison);
  g_main_context_unref (data->context);
  g_free (data);
}

typedef struct
{
  GTask  *task;
  double  fraction;
} ProgressCall;

static void
progress_call_free (ProgressCall *call)
{
  g_object_unref (call->task);
  g_free (call);
}

static gboolean
call_progress (gpointer user_data)
{
  ProgressCall *call = user_data;
  ExportData *data = g_task_get_task_data (call->task);

  /* Nothing after the result: the caller may have freed what it passed. */
  if (!g_task_get_completed (call->task))
    data->progress (call->fraction, data->progress_data);
  return G_SOURCE_REMOVE;
}

/* In the worker: passes the fraction on to the caller's main context,
 * a hundred times at most. */
static void
forward_progress (double   fraction,
                  gpointer user_data)
{
  GTask *task = user_data;
  ExportData *data = g_task_get_task_data (task);
  ProgressCall *call;

  if (fraction < data->last_sent + 0.01 && fraction < 1.0)
    return;
  data->last_sent = fraction;
  call = g_new (ProgressCall, 1);
  call->task = g_object_ref (task);
  call->fraction = fraction;
  g_main_context_invoke_full (data->context, G_PRIORITY_DEFAULT, call_progress, call,
                              (GDestroyNotify)progress_call_free);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  GError *error = NULL;
  gboolean ok;

  ok = data->write (data->report, data->path, &data->options, cancellable, &error);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * ind_export_document_async:
 *
 * Runs @write, any document made with the PDF's options (the summary,
 * the slides, the PowerPoint deck), in a worker thread; finished by
 * ind_export_pdf_finish(). The report must not change until the export
 * finishes.
 */
void
ind_export_document_async (IndReport                 *report,
                           IndExportDocumentFunc      write,
                           const char                *path,
                           const IndExportPdfOptions *options,
                           GCancellable              *cancellable,
                           GAsyncReadyCallback        callback,
                           gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *data;

  g_return_if_fail (IND_IS_REPORT (report));
  g_return_if_fail (path != NULL);

  data = g_new0 (ExportData, 1);
  data->report = g_object_ref (report);
  data->write = write;
  data->path = g_strdup (path);
  if (options != NULL)
    data->options = *options;
  else
    ind_export_pdf_options_init (&data->options);
  if (data->options.generated != NULL)
    g_date_time_ref (data->options.generated);
  if (data->options.project != NULL)
    g_object_ref (data->options.project);
  if (data->options.comparison != NULL)
    g_object_ref (data->options.comparison);
  data->progress = data->options.progress;
  data->progress_data = data->options.progress_data;
  data->context = g_main_context_ref_thread_default ();
  data->last_sent = -1;

  /* The report builds its index of paths on first use, which the charts
   * of the slides and the deck need: build it here, not in two threads
   * at once. */
  ind_report_find_item (report, "");

  task = g_task_new (report, cancellable, callback, user_data);
  g_task_set_source_tag (task, ind_export_document_async);
  g_task_set_task_data (task, data, (GDestroyNotify)export_data_free);
  if (data->progress != NULL)
    {
      /* The task outlives the calls: each one holds a reference. */
      data->options.progress = forward_progress;
      data->options.progress_data = task;
    }
  g_task_run_in_thread (task, export_thread);
}

/**
 * ind_export_pdf_async:
 *
 * Exports @document in a worker thread.
 */
void
ind_export_pdf_async (IndReport                 *report,
                      IndPdfDocument             document,
                      const char                *path,
                      const IndExportPdfOptions *options,
                      GCancellable              *cancellable,
                      GAsyncReadyCallback        callback,
                      gpointer                   user_data)
{
  ind_export_document_async (report, document == IND_PDF_SLIDES ? ind_export_pdf_slides : ind_export_pdf_summary,
                             path, options, cancellable, callback, user_data);
}

gboolean
ind_export_pdf_finish (IndReport     *report,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, report), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ind-export-pdf.h: the PDF summary for the council and the slides
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ind-comparison.h"
#include "ind-project.h"
#include "ind-report.h"
#include "ind-semaforo.h"

G_BEGIN_DECLS

typedef enum
{
  IND_PAGE_SIZE_LETTER,  /* 11 × 8.5 in, landscape */
  IND_PAGE_SIZE_A4,      /* 297 × 210 mm, landscape */
} IndPageSize;

typedef enum
{
  IND_PDF_SUMMARY,
  IND_PDF_SLIDES,
} IndPdfDocument;

/* @fraction goes from 0 to 1, in the thread that exports. */
typedef void (*IndPdfProgressFunc) (double   fraction,
                                    gpointer user_data);

typedef struct
{
  IndPageSize         page_size;      /* the summary's; slides are 16:9 */
  IndSemaforoBands    bands;
  GDateTime          *generated;      /* footer and metadata; NULL: now */
  IndPdfProgressFunc  progress;
  gpointer            progress_data;
  /* The remarks' project, whose report is the one exported: the remarks
   * on its items are in their notes; those whose item is gone close the
   * summary. NULL: none. */
  IndProject         *project;
  /* Reports of other periods beside this one: a section of the summary
   * and a slide. NULL: none. */
  IndComparison      *comparison;
} IndExportPdfOptions;

void      ind_export_pdf_options_init   (IndExportPdfOptions        *options);
void      ind_export_pdf_page_size      (IndPageSize                 page_size,
                                         double                     *width,
                                         double                     *height);

gboolean  ind_export_pdf_summary        (IndReport                  *report,
                                         const char                 *path,
                                         const IndExportPdfOptions  *options,
                                         GCancellable               *cancellable,
                                         GError                    **error);
gboolean  ind_export_pdf_slides         (IndReport                  *report,
                                         const char                 *path,
                                         const IndExportPdfOptions  *options,
                                         GCancellable               *cancellable,
                                         GError                    **error);

/* A document made with these options: the summary, the slides, or the
 * slides as a PowerPoint deck (ind_export_pptx()). */
typedef gboolean (*IndExportDocumentFunc) (IndReport                 *report,
                                           const char                *path,
                                           const IndExportPdfOptions *options,
                                           GCancellable              *cancellable,
                                           GError                   **error);

/* The same in a thread; @options->progress, if set, is called in the
 * thread-default main context of the caller, never after @callback. */
void      ind_export_document_async     (IndReport                  *report,
                                         IndExportDocumentFunc       write,
                                         const char                 *path,
                                         const IndExportPdfOptions  *options,
                                         GCancellable               *cancellable,
                                         GAsyncReadyCallback         callback,
                                         gpointer                    user_data);
void      ind_export_pdf_async          (IndReport                  *report,
                                         IndPdfDocument              document,
                                         const char                 *path,
                                         const IndExportPdfOptions  *options,
                                         GCancellable               *cancellable,
                                         GAsyncReadyCallback         callback,
                                         gpointer                    user_data);
gboolean  ind_export_pdf_finish         (IndReport                  *report,
                                         GAsyncResult               *result,
                                         GError                    **error);

G_END_DECLS

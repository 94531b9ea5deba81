/* ind-export.h: what every export takes, and the thread that runs one
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

/* @fraction goes from 0 to 1, in the thread that exports. */
typedef void (*IndExportProgressFunc) (double   fraction,
                                       gpointer user_data);

/* The options of every export: the PDF summary, the PDF slides, the
 * PowerPoint deck and the workbook. An export ignores the fields that do
 * not apply to it. Fill with ind_export_options_init() first, so fields
 * added later get their defaults. */
typedef struct
{
  IndSemaforoBands       bands;
  /* The remarks' project, whose report is the one exported: the remarks
   * on its items are in their notes; those whose item is gone are listed
   * apart. NULL: none. */
  IndProject            *project;
  /* Reports of other periods beside this one. NULL: none. */
  IndComparison         *comparison;
  GDateTime             *generated;      /* the documents' date; NULL: now */
  IndPageSize            page_size;      /* the PDF summary's */
  IndExportProgressFunc  progress;       /* the PDF documents' */
  gpointer               progress_data;
} IndExportOptions;

void                    ind_export_options_init        (IndExportOptions        *options);
void                    ind_export_options_copy        (IndExportOptions        *dest,
                                                        const IndExportOptions  *src);
void                    ind_export_options_clear       (IndExportOptions        *options);
const IndExportOptions *ind_export_prepare             (IndReport               *report,
                                                        const char              *path,
                                                        const IndExportOptions  *options,
                                                        IndExportOptions        *defaults,
                                                        GCancellable            *cancellable,
                                                        GError                 **error);

/* An export: ind_export_pdf_summary(), ind_export_pdf_slides(),
 * ind_export_pptx() or ind_export_xlsx(). Each writes @path whole or
 * leaves it as it was (IndAtomicFile). */
typedef gboolean (*IndExportFunc) (IndReport               *report,
                                   const char              *path,
                                   const IndExportOptions  *options,
                                   GCancellable            *cancellable,
                                   GError                 **error);

void                    ind_export_async               (IndReport               *report,
                                                        IndExportFunc            write,
                                                        const char              *path,
                                                        const IndExportOptions  *options,
                                                        GCancellable            *cancellable,
                                                        GAsyncReadyCallback      callback,
                                                        gpointer                 user_data);
gboolean                ind_export_finish              (IndReport               *report,
                                                        GAsyncResult            *result,
                                                        GError                 **error);

G_END_DECLS

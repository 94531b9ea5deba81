/* ind-export-xlsx.h: the Excel workbook for the council
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

/* Fill with ind_export_xlsx_options_init() first, so fields added later
 * get their defaults. */
typedef struct
{
  IndSemaforoBands  bands;       /* the semáforo on "% ejercido" */
  /* The comments' project, whose report is the one exported: the
   * comments on its items are in their notes; those whose item is gone
   * are listed on "Revisión del informe". NULL: none. */
  IndProject       *project;
  /* Reports of other periods beside this one: a sheet "Comparación".
   * NULL: none. */
  IndComparison    *comparison;
} IndExportXlsxOptions;

void     ind_export_xlsx_options_init (IndExportXlsxOptions       *options);
char    *ind_export_xlsx_suggest_name (IndReport                  *report);

gboolean ind_export_xlsx              (IndReport                  *report,
                                       const char                 *path,
                                       const IndExportXlsxOptions *options,
                                       GCancellable               *cancellable,
                                       GError                    **error);

void     ind_export_xlsx_async        (IndReport                  *report,
                                       const char                 *path,
                                       const IndExportXlsxOptions *options,
                                       GCancellable               *cancellable,
                                       GAsyncReadyCallback         callback,
                                       gpointer                    user_data);
gboolean ind_export_xlsx_finish       (IndReport                  *report,
                                       GAsyncResult               *result,
                                       GError                    **error);

G_END_DECLS

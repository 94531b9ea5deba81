/* ind-export-pptx.h: the slides as an editable PowerPoint presentation
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ind-export-pdf.h"

G_BEGIN_DECLS

/* The slides' options (IndExportPdfOptions): the semáforo bands, the
 * date, the remarks' project and the comparison; the page size and the
 * progress are not used. */
gboolean ind_export_pptx         (IndReport                  *report,
                                  const char                 *path,
                                  const IndExportPdfOptions  *options,
                                  GCancellable               *cancellable,
                                  GError                    **error);

void     ind_export_pptx_async   (IndReport                  *report,
                                  const char                 *path,
                                  const IndExportPdfOptions  *options,
                                  GCancellable               *cancellable,
                                  GAsyncReadyCallback         callback,
                                  gpointer                    user_data);
gboolean ind_export_pptx_finish  (IndReport                  *report,
                                  GAsyncResult               *result,
                                  GError                    **error);

G_END_DECLS

/* ind-export-pdf.h: the PDF summary for the council and the slides
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ind-export.h"

G_BEGIN_DECLS

void      ind_export_pdf_page_size      (IndPageSize                 page_size,
                                         double                     *width,
                                         double                     *height);

gboolean  ind_export_pdf_summary        (IndReport                  *report,
                                         const char                 *path,
                                         const IndExportOptions     *options,
                                         GCancellable               *cancellable,
                                         GError                    **error);
gboolean  ind_export_pdf_slides         (IndReport                  *report,
                                         const char                 *path,
                                         const IndExportOptions     *options,
                                         GCancellable               *cancellable,
                                         GError                    **error);

G_END_DECLS

/* ind-export-xlsx.h: the Excel workbook for the council
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ind-export.h"

G_BEGIN_DECLS

char     *ind_export_xlsx_suggest_name (IndReport               *report);

/* Of the options, the semáforo bands, the remarks' project, the
 * comparison and the date. */
gboolean  ind_export_xlsx              (IndReport               *report,
                                        const char              *path,
                                        const IndExportOptions  *options,
                                        GCancellable            *cancellable,
                                        GError                 **error);

G_END_DECLS

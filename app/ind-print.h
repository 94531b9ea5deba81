/* ind-print.h: printing the summary
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ind-export-pdf.h"
#include "ind-report.h"

G_BEGIN_DECLS

GtkPrintOperation *ind_print_operation_new (IndReport                 *report,
                                            const IndExportOptions    *options);
void               ind_print_report        (GtkWindow                 *parent,
                                            IndReport                 *report,
                                            const IndExportOptions    *options);

G_END_DECLS

/* ind-builder-private.h: the one place that knows the report's layout
 * and quirks
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ind-raw-table-private.h"
#include "ind-report.h"

G_BEGIN_DECLS

IndReport *ind_report_build    (const IndRawTable  *table,
                                GError            **error);

gboolean   ind_report_is_column_name     (const char         *text);
gboolean   ind_report_match_header_cells (const char * const *cells,
                                          guint               n_cells,
                                          guint              *name_cell);

G_END_DECLS

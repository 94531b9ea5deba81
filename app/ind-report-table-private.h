/* ind-report-table-private.h: the table's parts the GUI tests reach
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ind-report-table.h"

G_BEGIN_DECLS

GtkColumnViewColumn *_ind_report_table_get_column (IndReportTable *self,
                                                   const char     *id);
GListModel          *_ind_report_table_get_rows   (IndReportTable *self);
guint                _ind_report_table_get_n_children_made (IndReportTable *self);

G_END_DECLS

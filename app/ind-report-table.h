/* ind-report-table.h: the report as an expandable, sortable table
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ind-report.h"
#include "ind-semaforo.h"

G_BEGIN_DECLS

#define IND_TYPE_REPORT_TABLE (ind_report_table_get_type ())
G_DECLARE_FINAL_TYPE (IndReportTable, ind_report_table, IND, REPORT_TABLE, AdwBin)

void       ind_report_table_prepare           (IndReport      *report);
IndReport *ind_report_table_get_report        (IndReportTable *self);
void       ind_report_table_set_report        (IndReportTable *self,
                                               IndReport      *report);
IndItem   *ind_report_table_get_selected_item (IndReportTable *self);
gboolean   ind_report_table_reveal            (IndReportTable *self,
                                               IndItem        *item);
void       ind_report_table_expand_all        (IndReportTable *self);
void       ind_report_table_collapse_all      (IndReportTable *self);
guint      ind_report_table_search            (IndReportTable *self,
                                               const char     *text);
gboolean   ind_report_table_find              (IndReportTable *self,
                                               gboolean        backwards);
guint      ind_report_table_get_match         (IndReportTable *self,
                                               guint          *n_matches);
void       ind_report_table_set_bands         (IndReportTable *self,
                                               const IndSemaforoBands *bands);

G_END_DECLS

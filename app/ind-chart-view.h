/* ind-chart-view.h: the charts page: a chart, its chooser, drill-down,
 * copy and save
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ind-chart.h"
#include "ind-report.h"

G_BEGIN_DECLS

#define IND_TYPE_CHART_VIEW (ind_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (IndChartView, ind_chart_view, IND, CHART_VIEW, GtkWidget)

GtkWidget    *ind_chart_view_new            (void);
IndReport    *ind_chart_view_get_report     (IndChartView           *self);
void          ind_chart_view_set_report     (IndChartView           *self,
                                             IndReport              *report);
IndChartKind  ind_chart_view_get_kind       (IndChartView           *self);
void          ind_chart_view_set_kind       (IndChartView           *self,
                                             IndChartKind            kind);
const char   *ind_chart_view_get_scope_path (IndChartView           *self);
void          ind_chart_view_set_scope_path (IndChartView           *self,
                                             const char             *scope_path);
gboolean      ind_chart_view_get_dark       (IndChartView           *self);
void          ind_chart_view_set_dark       (IndChartView           *self,
                                             gboolean                dark);
void          ind_chart_view_get_bands      (IndChartView           *self,
                                             IndSemaforoBands       *bands);
void          ind_chart_view_set_bands      (IndChartView           *self,
                                             const IndSemaforoBands *bands);
char         *ind_chart_view_describe_at    (IndChartView           *self,
                                             double                  x,
                                             double                  y);

G_END_DECLS

/* ind-chart-private.h: a chart drawn as one page of several, for the
 * slides and the deck
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ind-chart-layout-private.h"

G_BEGIN_DECLS

void _ind_chart_draw_page (cairo_t               *cr,
                           IndReport             *report,
                           IndChartKind           kind,
                           double                 width,
                           double                 height,
                           const IndChartOptions *options,
                           const IndChartPage    *page);

G_END_DECLS

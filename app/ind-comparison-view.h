/* ind-comparison-view.h: the comparison page: programs period by period,
 * the chart of % ejercido by period, and what was added, removed, renamed
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ind-comparison.h"
#include "ind-semaforo.h"

G_BEGIN_DECLS

#define IND_TYPE_COMPARISON_VIEW (ind_comparison_view_get_type ())
G_DECLARE_FINAL_TYPE (IndComparisonView, ind_comparison_view, IND, COMPARISON_VIEW, AdwBin)

IndComparison *ind_comparison_view_get_comparison (IndComparisonView      *self);
void           ind_comparison_view_set_comparison (IndComparisonView      *self,
                                                   IndComparison          *comparison);
void           ind_comparison_view_set_bands      (IndComparisonView      *self,
                                                   const IndSemaforoBands *bands);
char          *ind_comparison_view_describe_at    (IndComparisonView      *self,
                                                   double                  x,
                                                   double                  y);

G_END_DECLS

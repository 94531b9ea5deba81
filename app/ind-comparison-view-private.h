/* ind-comparison-view-private.h: the view's parts the GUI tests reach
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ind-comparison-view.h"

G_BEGIN_DECLS

GtkColumnView *_ind_comparison_view_get_programs_view (IndComparisonView *self);
GtkListBox    *_ind_comparison_view_get_changes       (IndComparisonView *self,
                                                       IndChange          change);

G_END_DECLS

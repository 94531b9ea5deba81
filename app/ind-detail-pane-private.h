/* ind-detail-pane-private.h: the pane's parts the GUI tests reach
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ind-detail-pane.h"

G_BEGIN_DECLS

GtkTextView *_ind_detail_pane_get_remark_view (IndDetailPane *self);

G_END_DECLS

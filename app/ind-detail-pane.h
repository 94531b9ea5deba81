/* ind-detail-pane.h: every figure of one row, and what is doubtful in it
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ind-report.h"

G_BEGIN_DECLS

#define IND_TYPE_DETAIL_PANE (ind_detail_pane_get_type ())
G_DECLARE_FINAL_TYPE (IndDetailPane, ind_detail_pane, IND, DETAIL_PANE, AdwBin)

IndReport *ind_detail_pane_get_report (IndDetailPane *self);
void       ind_detail_pane_set_report (IndDetailPane *self,
                                       IndReport     *report);
IndItem   *ind_detail_pane_get_item   (IndDetailPane *self);
void       ind_detail_pane_set_item   (IndDetailPane *self,
                                       IndItem       *item);
void       ind_detail_pane_set_remark_editable (IndDetailPane *self,
                                                gboolean       editable);

G_END_DECLS

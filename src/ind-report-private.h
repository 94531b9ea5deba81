/* ind-report-private.h: what the items need of their report and no one
 * else
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ind-report.h"

G_BEGIN_DECLS

void _ind_report_note_changed (IndReport *self,
                               IndItem   *item);

G_END_DECLS

/* ind-item-private.h: what the report needs of its items and no one else
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ind-report.h"

G_BEGIN_DECLS

void _ind_item_set_report (IndItem   *program,
                           IndReport *report);

G_END_DECLS

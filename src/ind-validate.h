/* ind-validate.h: the arithmetic checks a careful reader would make
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ind-report.h"

G_BEGIN_DECLS

void ind_report_validate (IndReport *report);

G_END_DECLS

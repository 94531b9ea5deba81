/* ind-report-summary.h: a plain-text summary for the terminal
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ind-report.h"

G_BEGIN_DECLS

char *ind_report_to_summary (IndReport *report);

G_END_DECLS

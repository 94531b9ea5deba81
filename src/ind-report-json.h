/* ind-report-json.h: the whole model as JSON, for scripts and tests
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ind-report.h"

G_BEGIN_DECLS

char *ind_report_to_json (IndReport *report);

G_END_DECLS

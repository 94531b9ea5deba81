/* ind-findings.h: what the figures say, in plain sentences
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ind-report.h"

G_BEGIN_DECLS

char **ind_findings_build               (IndReport *report);
char **ind_findings_count_observations (guint      errors,
                                        guint      warnings,
                                        guint      notes);

G_END_DECLS

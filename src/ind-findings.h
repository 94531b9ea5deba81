/* ind-findings.h: what the figures say, in plain sentences
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ind-report.h"

G_BEGIN_DECLS

/* Sentences for the council, most important first. */
char **ind_findings_build               (IndReport *report);
/* What is wrong with the report itself, in plain words and with the
 * money at stake, most important first; no internal codes or lines. */
char **ind_findings_build_review        (IndReport *report);
char **ind_findings_count_observations (guint      errors,
                                        guint      warnings,
                                        guint      notes);

G_END_DECLS

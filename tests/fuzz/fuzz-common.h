/* fuzz-common.h: one libFuzzer input through the whole pipeline
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ind-load.h"
#include "ind-report-json.h"
#include "ind-report-summary.h"
#include "ind-report.h"

/* Everything a user's file reaches: build, validation, JSON, summary. */
static inline void
fuzz_use_report (IndReport *report)
{
  g_autofree char *json = NULL;
  g_autofree char *summary = NULL;

  if (report == NULL)
    return;
  json = ind_report_to_json (report);
  summary = ind_report_to_summary (report);
  g_object_unref (report);
}

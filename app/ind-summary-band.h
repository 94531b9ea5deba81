/* ind-summary-band.h: the report at a glance, above the table
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ind-report.h"
#include "ind-semaforo.h"

G_BEGIN_DECLS

#define IND_TYPE_SUMMARY_BAND (ind_summary_band_get_type ())
G_DECLARE_FINAL_TYPE (IndSummaryBand, ind_summary_band, IND, SUMMARY_BAND, AdwBin)

IndReport *ind_summary_band_get_report (IndSummaryBand         *self);
void       ind_summary_band_set_report (IndSummaryBand         *self,
                                        IndReport              *report);
void       ind_summary_band_set_bands  (IndSummaryBand         *self,
                                        const IndSemaforoBands *bands);

G_END_DECLS

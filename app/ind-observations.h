/* ind-observations.h: every diagnostic of the report, each leading to its
 * row, and the remarks left without an item
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ind-report.h"

G_BEGIN_DECLS

#define IND_TYPE_OBSERVATIONS (ind_observations_get_type ())
G_DECLARE_FINAL_TYPE (IndObservations, ind_observations, IND, OBSERVATIONS, AdwBin)

IndReport *ind_observations_get_report (IndObservations *self);
void       ind_observations_set_report (IndObservations *self,
                                        IndReport       *report);
void       ind_observations_set_orphans (IndObservations *self,
                                         GListModel      *orphans);

G_END_DECLS

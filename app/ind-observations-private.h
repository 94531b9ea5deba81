/* ind-observations-private.h: the page's parts the GUI tests reach
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ind-observations.h"

G_BEGIN_DECLS

GtkListBox *_ind_observations_get_list_box    (IndObservations *self);
GtkListBox *_ind_observations_get_orphan_list (IndObservations *self);

G_END_DECLS

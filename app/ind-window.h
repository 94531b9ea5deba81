/* ind-window.h
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ind-application.h"
#include "ind-report.h"

G_BEGIN_DECLS

#define IND_TYPE_WINDOW (ind_window_get_type ())
G_DECLARE_FINAL_TYPE (IndWindow, ind_window, IND, WINDOW, AdwApplicationWindow)

IndWindow *ind_window_new         (IndApplication *application);
void       ind_window_open        (IndWindow      *self,
                                   GFile          *file);
void       ind_window_open_beside (IndWindow      *self,
                                   GFile          *file);
gboolean   ind_window_is_loading  (IndWindow      *self);
gboolean   ind_window_has_report  (IndWindow      *self);
IndReport *ind_window_get_report  (IndWindow      *self);

G_END_DECLS

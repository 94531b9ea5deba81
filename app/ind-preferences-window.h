/* ind-preferences-window.h
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ind-semaforo.h"

G_BEGIN_DECLS

#define IND_TYPE_PREFERENCES_WINDOW (ind_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (IndPreferencesWindow, ind_preferences_window, IND, PREFERENCES_WINDOW, AdwPreferencesWindow)

IndPreferencesWindow *ind_preferences_window_new (GtkWindow *parent,
                                                  GSettings *settings);

void                  ind_preferences_get_bands  (GSettings        *settings,
                                                  IndSemaforoBands *bands);

G_END_DECLS

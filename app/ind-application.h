/* ind-application.h
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define IND_TYPE_APPLICATION (ind_application_get_type ())
G_DECLARE_FINAL_TYPE (IndApplication, ind_application, IND, APPLICATION, AdwApplication)

IndApplication *ind_application_new          (void);
GSettings      *ind_application_get_settings (IndApplication *self);

G_END_DECLS

/* ind-diagnostic.h: something doubtful found in a report
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "ind-types.h"

G_BEGIN_DECLS

#define IND_TYPE_DIAGNOSTIC (ind_diagnostic_get_type ())
G_DECLARE_FINAL_TYPE (IndDiagnostic, ind_diagnostic, IND, DIAGNOSTIC, GObject)

IndDiagnostic *ind_diagnostic_new          (IndSeverity    severity,
                                            const char    *code,
                                            const char    *path,
                                            guint          line,
                                            guint          page,
                                            const char    *message);
IndSeverity    ind_diagnostic_get_severity (IndDiagnostic *self);
const char    *ind_diagnostic_get_code     (IndDiagnostic *self);
const char    *ind_diagnostic_get_path     (IndDiagnostic *self);
guint          ind_diagnostic_get_line     (IndDiagnostic *self);
guint          ind_diagnostic_get_page     (IndDiagnostic *self);
const char    *ind_diagnostic_get_message  (IndDiagnostic *self);
char          *ind_diagnostic_dup_location (IndDiagnostic *self);

G_END_DECLS

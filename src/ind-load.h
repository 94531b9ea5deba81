/* ind-load.h: a report from a file or from bytes: reader, builder, validation
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ind-report.h"

G_BEGIN_DECLS

IndReport *ind_report_load       (GFile        *file,
                                 GCancellable *cancellable,
                                 GError      **error);
IndReport *ind_report_load_bytes (GBytes       *bytes,
                                 const char   *display_name,
                                 GCancellable *cancellable,
                                 GError      **error);

G_END_DECLS

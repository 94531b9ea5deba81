/* ind-reader-pdf-private.h: the report as printed to PDF
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ind-raw-table-private.h"

G_BEGIN_DECLS

IndRawTable *ind_read_pdf (GBytes        *bytes,
                           GCancellable  *cancellable,
                           GError       **error);

G_END_DECLS

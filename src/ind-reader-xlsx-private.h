/* ind-reader-xlsx-private.h: the report as an Excel workbook
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ind-raw-table-private.h"

G_BEGIN_DECLS

IndRawTable *ind_read_xlsx (GBytes        *bytes,
                            GCancellable  *cancellable,
                            GError       **error);

G_END_DECLS

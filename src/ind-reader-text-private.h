/* ind-reader-text-private.h: the report as text, tab-separated or CSV
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ind-raw-table-private.h"

G_BEGIN_DECLS

IndRawTable *ind_read_text (GBytes        *bytes,
                            GCancellable  *cancellable,
                            GError       **error);

G_END_DECLS

/* ind-reader.h: turning each file format into an IndRawTable
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ind-raw-table.h"

G_BEGIN_DECLS

IndRawTable *ind_read_text (GBytes        *bytes,
                            GCancellable  *cancellable,
                            GError       **error);
IndRawTable *ind_read_pdf  (GBytes        *bytes,
                            GCancellable  *cancellable,
                            GError       **error);
IndRawTable *ind_read_xlsx (GBytes        *bytes,
                            GCancellable  *cancellable,
                            GError       **error);

G_END_DECLS

/* ind-reader.h: turning each file format into an IndRawTable
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ind-raw-table.h"

G_BEGIN_DECLS

/* Largest file accepted: a state-level report of 10⁵ rows is ~30 MB. */
#define IND_READER_MAX_BYTES (512u * 1024 * 1024)

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

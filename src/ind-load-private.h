/* ind-load-private.h: reading a file the user chose
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ind-report.h"

G_BEGIN_DECLS

GBytes *_ind_load_file_bytes         (GFile         *file,
                                      char         **etag,
                                      GCancellable  *cancellable,
                                      GError       **error);
GBytes *_ind_load_file_bytes_at_most (GFile         *file,
                                      guint64        max_bytes,
                                      char         **etag,
                                      GCancellable  *cancellable,
                                      GError       **error);
IndReport *_ind_load_report_bytes    (GBytes        *bytes,
                                      GFile         *file,
                                      const char    *etag,
                                      GCancellable  *cancellable,
                                      GError       **error);

G_END_DECLS

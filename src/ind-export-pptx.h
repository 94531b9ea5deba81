/* ind-export-pptx.h: the slides as an editable PowerPoint presentation
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ind-export.h"

G_BEGIN_DECLS

/* Of the options, the semáforo bands, the date, the remarks' project and
 * the comparison; the page size and the progress are not used. */
gboolean ind_export_pptx (IndReport               *report,
                          const char              *path,
                          const IndExportOptions  *options,
                          GCancellable            *cancellable,
                          GError                 **error);

G_END_DECLS

/* ind-atomic-file.h: exports appear whole or not at all
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _IndAtomicFile IndAtomicFile;

IndAtomicFile *ind_atomic_file_new             (const char     *target_path,
                                                GError        **error);
const char    *ind_atomic_file_get_temp_path   (IndAtomicFile  *self);
gboolean       ind_atomic_file_commit          (IndAtomicFile  *self,
                                                GError        **error);
void           ind_atomic_file_set_error       (IndAtomicFile  *self,
                                                GError        **error,
                                                const char     *writer_reason);
void           ind_atomic_file_set_errno_error (GError        **error,
                                                const char     *target_path,
                                                int             saved_errno);
void           ind_atomic_file_free            (IndAtomicFile  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IndAtomicFile, ind_atomic_file_free)

G_END_DECLS

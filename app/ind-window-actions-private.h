/* ind-window-actions-private.h: the window's actions, for ind-window.c
 * and the GUI tests
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ind-window.h"

G_BEGIN_DECLS

void _ind_window_class_actions_init (IndWindowClass *klass);
void _ind_window_update_actions     (IndWindow      *self);
void _ind_window_save_project_as    (IndWindow      *self);

/* Test-only: exports to @path as the export action @action_name
 * ("win.export-pdf") does after its dialog. */
void _ind_window_export_to (IndWindow  *self,
                            const char *action_name,
                            const char *path);

/* Test-only: the print operation of win.print, before its dialog. */
GtkPrintOperation *_ind_window_new_print_operation (IndWindow *self);

G_END_DECLS

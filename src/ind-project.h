/* ind-project.h: the user's remarks on a report, saved in a project file
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ind-report.h"

G_BEGIN_DECLS

/* What the window passes to ind_project_set_autosave_delay(). */
#define IND_PROJECT_AUTOSAVE_MSEC 2000

/* The extension of project files, with its dot. */
#define IND_PROJECT_SUFFIX ".indicadores"

/* One remark, as the project keeps it. Read-only outside the project. */
#define IND_TYPE_REMARK (ind_remark_get_type ())
G_DECLARE_FINAL_TYPE (IndRemark, ind_remark, IND, REMARK, GObject)

const char  *ind_remark_get_path      (IndRemark   *self);
const char  *ind_remark_get_text      (IndRemark   *self);
const char  *ind_remark_get_nombre    (IndRemark   *self);
GDateTime   *ind_remark_get_modified  (IndRemark   *self);
gboolean     ind_remark_get_orphaned  (IndRemark   *self);
gboolean     ind_remark_get_renamed   (IndRemark   *self);

#define IND_TYPE_PROJECT (ind_project_get_type ())
G_DECLARE_FINAL_TYPE (IndProject, ind_project, IND, PROJECT, GObject)

IndProject  *ind_project_new          (IndReport    *report,
                                       GFile        *report_file);
IndProject  *ind_project_open         (GFile        *file,
                                       GCancellable *cancellable,
                                       GError      **error);
IndProject  *ind_project_load         (GFile        *project_file,
                                       GFile        *report_file,
                                       GCancellable *cancellable,
                                       GError      **error);
void         ind_project_take_remarks (IndProject   *self,
                                       IndProject   *previous);
gboolean     ind_project_save         (IndProject   *self,
                                       GFile        *file,
                                       GError      **error);

IndReport   *ind_project_get_report   (IndProject   *self);
GFile       *ind_project_get_report_file (IndProject *self);
GFile       *ind_project_get_file     (IndProject   *self);
gboolean     ind_project_get_dirty    (IndProject   *self);
gboolean     ind_project_get_report_changed (IndProject *self);

const char  *ind_project_get_remark   (IndProject   *self,
                                       const char   *path);
gboolean     ind_project_set_remark   (IndProject   *self,
                                       const char   *path,
                                       const char   *text);
GListModel  *ind_project_get_remarks  (IndProject   *self);
GListModel  *ind_project_get_orphans  (IndProject   *self);

gboolean     ind_project_get_can_undo (IndProject   *self);
gboolean     ind_project_get_can_redo (IndProject   *self);
const char  *ind_project_undo         (IndProject   *self);
const char  *ind_project_redo         (IndProject   *self);

guint        ind_project_get_autosave_delay (IndProject *self);
void         ind_project_set_autosave_delay (IndProject *self,
                                       guint         msec);
GFile       *ind_project_get_autosave_file (IndProject *self);
gboolean     ind_project_flush        (IndProject   *self,
                                       GError      **error);

G_END_DECLS

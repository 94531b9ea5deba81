/* ind-item.h: one row of the report (programa, componente or actividad)
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ind-types.h"

G_BEGIN_DECLS

/* An IndItem is itself the GListModel of its children, so a
 * GtkTreeListModel can expand it without building another model. */
#define IND_TYPE_ITEM (ind_item_get_type ())
G_DECLARE_FINAL_TYPE (IndItem, ind_item, IND, ITEM, GObject)

IndItem    *ind_item_new             (IndKind      kind,
                                      const char  *clave,
                                      const char  *path);
IndKind     ind_item_get_kind        (IndItem     *self);
const char *ind_item_get_clave       (IndItem     *self);
const char *ind_item_get_path        (IndItem     *self);
const char *ind_item_get_nombre      (IndItem     *self);
void        ind_item_set_nombre      (IndItem     *self,
                                      const char  *nombre);
IndItem    *ind_item_get_parent      (IndItem     *self);
IndItem    *ind_item_get_program     (IndItem     *self);
guint       ind_item_get_n_children  (IndItem     *self);
IndItem    *ind_item_get_child       (IndItem     *self,
                                      guint        position);
void        ind_item_append_child    (IndItem     *self,
                                      IndItem     *child);
guint       ind_item_get_depth       (IndItem     *self);

gboolean    ind_item_get_money       (IndItem     *self,
                                      IndMoney     column,
                                      gint64      *centavos);
void        ind_item_set_money       (IndItem     *self,
                                      IndMoney     column,
                                      gint64       centavos);
gboolean    ind_item_get_percent     (IndItem     *self,
                                      IndPercent   column,
                                      double      *percent);
void        ind_item_set_percent     (IndItem     *self,
                                      IndPercent   column,
                                      double       percent);
gboolean    ind_item_get_ejercido    (IndItem     *self,
                                      double      *percent);
gboolean    ind_item_get_pagado_share (IndItem    *self,
                                      double      *percent);
gboolean    ind_item_get_computed_ponderado (IndItem *self,
                                      double      *percent);
gboolean    ind_item_avance_financiero_differs (IndItem *self);
gboolean    ind_item_reports_results (IndItem    *self);
IndItem    *ind_item_find_driver     (IndItem     *self,
                                      double       share);

gboolean    ind_item_get_meta        (IndItem     *self,
                                      gint64      *meta);
void        ind_item_set_meta        (IndItem     *self,
                                      gint64       meta);
gboolean    ind_item_get_alcanzado   (IndItem     *self,
                                      gint64      *alcanzado);
void        ind_item_set_alcanzado   (IndItem     *self,
                                      gint64       alcanzado);
const char *ind_item_get_unidad      (IndItem     *self);
void        ind_item_set_unidad      (IndItem     *self,
                                      const char  *unidad);

gboolean    ind_item_get_missing     (IndItem     *self);
void        ind_item_set_missing     (IndItem     *self,
                                      gboolean     missing);
const char *ind_item_get_note        (IndItem     *self);
void        ind_item_set_note        (IndItem     *self,
                                      const char  *note);
guint       ind_item_get_line        (IndItem     *self);
guint       ind_item_get_page        (IndItem     *self);
void        ind_item_set_source      (IndItem     *self,
                                      guint        line,
                                      guint        page);

G_END_DECLS
